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

/**
 * The groups an area's indicators are shown in: its sub-components where the tagged node has
 * them (pmprb-2014), else each tagged node itself (pmprb-2020, tagged in three components).
 */
export function indicatorGroups(tree: readonly ScoredNodeDto[]): ScoredNodeDto[] {
  return tree.flatMap((root) =>
    root.children?.some((c) => c.children) ? (root.children ?? []) : [root],
  );
}
