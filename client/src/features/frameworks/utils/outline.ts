import type { FrameworkDto, FrameworkNodeDto } from '@rapor/shared/schemas';

export interface OutlineRow {
  code: string;
  name: FrameworkNodeDto['name'];
  depth: number;
  weight: number;
  area: string | null;
  /** indicators below this node, and how many of them take each kind of answer */
  indicators: number;
  mix: Record<string, number>;
  /** the indicators themselves, for the rows that hold them directly */
  leaves: FrameworkNodeDto[];
  /** an adjustment on top of the index (the 2023 coefficient) */
  adjustment: boolean;
}

// The outline is the admin's check of a file before storing it, written in Bahasa Indonesia.
const ANSWER_WORDS: Record<string, string> = {
  number: 'angka',
  percent: 'persen',
  choice: 'pilihan',
};

const kindOf = (n: FrameworkNodeDto) =>
  n.answer?.type === 'scale'
    ? n.answer.scale
    : n.answer?.type === 'yesno'
      ? 'Ya/Tidak'
      : n.sourcedBy
        ? 'angka bersumber'
        : (ANSWER_WORDS[n.answer?.type ?? ''] ?? '');

function leavesOf(node: FrameworkNodeDto): FrameworkNodeDto[] {
  return node.answer ? [node] : (node.children ?? []).flatMap(leavesOf);
}

/**
 * The groups of a framework in tree order with what lies below each: what an admin checks
 * before storing an uploaded version (weights, areas, how many questions of which scale).
 */
export function outlineOf(framework: FrameworkDto): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const visit = (node: FrameworkNodeDto, depth: number) => {
    if (node.answer) return;
    const below = leavesOf(node);
    const mix: Record<string, number> = {};
    for (const leaf of below) mix[kindOf(leaf)] = (mix[kindOf(leaf)] ?? 0) + 1;
    rows.push({
      code: node.code,
      name: node.name,
      depth,
      weight: node.weight,
      area: node.areaRoot ? (node.area ?? null) : null,
      indicators: below.length,
      mix,
      leaves: (node.children ?? []).filter((c) => c.answer),
      adjustment: node.adjustment === true,
    });
    for (const child of node.children ?? []) visit(child, depth + 1);
  };
  for (const component of framework.components) visit(component, 0);
  return rows;
}
