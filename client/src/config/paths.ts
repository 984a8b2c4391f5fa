/** Every URL of the app, in one place. */
export const paths = {
  home: '/',
  login: '/login',
  area: (code: string) => `/areas/${code}`,
  areaPattern: '/areas/:code',
  frameworks: '/admin/frameworks',
  figures: (year: number) => `/figures/${year}`,
  figuresPattern: '/figures/:year',
} as const;
