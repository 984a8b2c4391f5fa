/**
 * Query keys from general to specific; mutations invalidate through these (a key's prefix
 * invalidates everything under it), never through literals.
 */
export const queryKeys = {
  me: ['me'] as const,
  health: ['health'] as const,
  periods: ['periods'] as const,
  period: (year: number) => ['periods', year] as const,
  closing: (year: number) => ['periods', year, 'closing'] as const,
  frameworks: ['frameworks'] as const,
  users: ['users'] as const,
  audit: (filter: object) => ['audit', filter] as const,
  auditChain: ['audit-chain'] as const,
  figures: (year: number) => ['figures', year] as const,
  allSummaries: ['summary'] as const,
  summary: (from?: number, to?: number) => ['summary', { from, to }] as const,
  allOverviews: ['overview'] as const,
  overview: (year?: number) => ['overview', { year }] as const,
  outcomes: (from?: number, to?: number) => ['outcomes', { from, to }] as const,
  areasOfYear: (year: number) => ['area', year] as const,
  area: (year: number, code: string) => ['area', year, code] as const,
  areaComparison: (year: number, code: string) => ['area', year, code, 'comparison'] as const,
  decksOfYear: (year: number) => ['deck', year] as const,
  deck: (year: number, snapshot?: number) => ['deck', year, { snapshot }] as const,
  snapshots: (year: number) => ['deck', year, 'snapshots'] as const,
  agenda: (year: number, snapshot?: number) => ['agenda', year, { snapshot }] as const,
  allDirections: ['directions'] as const,
  directions: (filter: { year?: number; area?: string }) => ['directions', filter] as const,
  areaHistory: (year: number, code: string) => ['area', year, code, 'history'] as const,
  actionPlans: (year: number) => ['action-plan', year] as const,
  actionPlan: (year: number, code: string) => ['action-plan', year, code] as const,
  planGrading: (year: number) => ['plan-grading', year] as const,
};
