import { type Framework, findNode } from './framework';

/**
 * What stops an open year moving from one framework version to another: only a newer version
 * of the same method (2023 → 2024 weights), the same areas, and every item already answered
 * or left out still there with the same answer and area, so no answer changes meaning. An
 * empty list means the move is safe.
 */
export function rebindProblems(
  from: Framework,
  to: Framework,
  usedCodes: readonly string[],
): string[] {
  if (from.id === to.id) return [`periode sudah memakai ${to.id}`];
  const problems: string[] = [];
  if (from.method !== to.method) {
    problems.push(
      `${to.id} memakai metode ${to.method}, bukan ${from.method}: pindah kerangka hanya di dalam satu metode`,
    );
  }
  const areas = (f: Framework) => [...f.areas].sort().join(',');
  if (areas(from) !== areas(to)) problems.push(`${to.id} menilai area yang lain`);
  for (const code of usedCodes) {
    const before = findNode(from, code);
    const after = findNode(to, code);
    if (!after?.answer) {
      problems.push(`butir ${code} sudah diisi tetapi tidak ada di ${to.id}`);
    } else if (JSON.stringify(after.answer) !== JSON.stringify(before?.answer)) {
      problems.push(`butir ${code} dijawab dengan cara lain di ${to.id}`);
    } else if (after.area !== before?.area) {
      problems.push(`butir ${code} milik area lain di ${to.id}`);
    }
  }
  return problems;
}
