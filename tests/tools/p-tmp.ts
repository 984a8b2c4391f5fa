import { frameworkById } from '@rapor/shared/frameworks';
import { scoreFramework } from '@rapor/shared/scoring';
import { scoredAreaRoots } from '@rapor/shared/summary';

for (const id of ['pmprb-2014', 'pmprb-2020', 'pmprb-2023']) {
  const f = frameworkById(id);
  const s = scoreFramework(f, () => null, new Map());
  for (const a of ['MP', 'SDM', 'ORG'] as const) {
    const r = scoredAreaRoots(s, a);
    console.log(
      id,
      a,
      r.map((n) => `${n.code}:${n.name.id}:${n.weight}:${n.children?.length ?? 0}`).join(' | '),
    );
  }
}
