/** Every URL of the app, in one place. */
export const paths = {
  home: '/',
  overview: '/overview',
  login: '/login',
  area: (code: string) => `/areas/${code}`,
  areaPattern: '/areas/:code',
  frameworks: '/admin/frameworks',
  periods: '/admin/periods',
  users: '/admin/users',
  audit: '/admin/audit',
  entry: (year: number, code: string) => `/entry/${year}/${code}`,
  entryPattern: '/entry/:year/:code',
  plan: (year: number, code: string) => `/plan/${year}/${code}`,
  planPattern: '/plan/:year/:code',
  themePlan: (year: number, theme: string) => `/plan/${year}/tema/${theme}`,
  themePlanPattern: '/plan/:year/tema/:theme',
  planGrading: (year: number) => `/plan/${year}/penilaian`,
  planGradingPattern: '/plan/:year/penilaian',
  reviewQueue: '/review',
  review: (year: number, code: string) => `/review/${year}/${code}`,
  reviewPattern: '/review/:year/:code',
  figures: '/figures',
  forum: '/forum',
  present: (year: number, snapshot?: number) =>
    `/present/${year}${snapshot ? `?snapshot=${snapshot}` : ''}`,
  presentPattern: '/present/:year',
  presenter: (year: number, snapshot?: number) =>
    `/present/${year}/presenter${snapshot ? `?snapshot=${snapshot}` : ''}`,
  presenterPattern: '/present/:year/presenter',
  handout: (year: number, snapshot?: number, per: 3 | 6 = 3) =>
    `/present/${year}/handout?per=${per}${snapshot ? `&snapshot=${snapshot}` : ''}`,
  handoutPattern: '/present/:year/handout',
} as const;
