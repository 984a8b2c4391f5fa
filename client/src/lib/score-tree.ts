import type { ScoredNodeDto } from '@rapor/shared/schemas';

// Walking an area's scored tree, one way for every screen that lists its indicators.

/** Every indicator below the given nodes (the nodes themselves when they are indicators). */
export function indicatorsOf(tree: readonly ScoredNodeDto[]): ScoredNodeDto[] {
  const out: ScoredNodeDto[] = [];
  const walk = (nodes: readonly ScoredNodeDto[]) => {
    for (const n of nodes) {
      if (n.indicator) out.push(n);
      if (n.children) walk(n.children);
    }
  };
  walk(tree);
  return out;
}

/** The group that holds an area's items where the area tags single items (from 2023). */
export const TAGGED_ITEMS: Pick<ScoredNodeDto, 'code' | 'name'> = {
  // No code of its own: it is not a node of the framework.
  code: '',
  name: { id: 'Butir yang ditandai untuk area ini', en: 'Items tagged to this area' },
};

/**
 * The groups an area's indicators are shown in: its sub-components where the tagged node has
 * them (pmprb-2014), else each tagged node itself (pmprb-2020, tagged in three components);
 * items tagged one by one (pmprb-2023) are gathered into one group.
 */
export function indicatorGroups(tree: readonly ScoredNodeDto[]): ScoredNodeDto[] {
  const items = tree.filter((n) => n.indicator);
  const groups = tree
    .filter((n) => !n.indicator)
    .flatMap((root) => (root.children?.some((c) => c.children) ? (root.children ?? []) : [root]));
  if (items.length === 0) return groups;
  const sum = (f: (n: ScoredNodeDto) => number) => items.reduce((s, n) => s + f(n), 0);
  return [
    ...groups,
    {
      ...TAGGED_ITEMS,
      weight: sum((n) => n.weight),
      points: sum((n) => n.points),
      selfPoints: sum((n) => n.selfPoints),
      answered: sum((n) => n.answered),
      indicatorCount: sum((n) => n.indicatorCount),
      children: items,
    },
  ];
}
