/** Query keys from general to specific; mutations invalidate through these. */
export const queryKeys = {
  me: ['me'] as const,
  periods: ['periods'] as const,
  period: (year: number) => ['periods', year] as const,
  frameworks: ['frameworks'] as const,
  users: ['users'] as const,
  audit: (filter: object) => ['audit', filter] as const,
  auditChain: ['audit-chain'] as const,
  figures: (year: number) => ['figures', year] as const,
  summary: (from?: number, to?: number) => ['summary', { from, to }] as const,
  overview: (year?: number) => ['overview', { year }] as const,
  outcomes: (from?: number, to?: number) => ['outcomes', { from, to }] as const,
  area: (year: number, code: string) => ['area', year, code] as const,
  areaComparison: (year: number, code: string) => ['area', year, code, 'comparison'] as const,
  areaHistory: (year: number, code: string) => ['area', year, code, 'history'] as const,
};
