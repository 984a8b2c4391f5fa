import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { usePeriods } from '../api/get-periods';

export interface ViewParams {
  /** the year being looked at */
  year: number;
  /** the comparison range of the trend charts */
  from: number;
  to: number;
  years: number[];
  /** "?year=…&from=…&to=…", for links that keep the view */
  search: string;
}

/**
 * Year and comparison range live in the URL (?year=&from=&to=) so a view can be shared and
 * reloaded; defaults are the latest closed year and every year there is.
 */
export function useViewParams(): {
  params: ViewParams | null;
  set: (next: Partial<ViewParams>) => void;
} {
  const periods = usePeriods();
  const [search, setSearch] = useSearchParams();
  const years = periods.data?.periods.map((p) => p.year) ?? [];
  // The year shown first is the latest closed one: an open year is still being filled in, and
  // its provisional figures are one click away.
  const latestClosed = periods.data?.periods.findLast((p) => p.state === 'closed')?.year;
  const set = useCallback(
    (next: Partial<ViewParams>) => {
      setSearch(
        (current) => {
          const copy = new URLSearchParams(current);
          for (const key of ['year', 'from', 'to'] as const) {
            const value = next[key];
            if (value !== undefined) copy.set(key, String(value));
          }
          return copy;
        },
        { replace: false },
      );
    },
    [setSearch],
  );
  if (years.length === 0) return { params: null, set };
  const first = years[0] as number;
  const last = years.at(-1) as number;
  const pickYear = (key: string, fallback: number) => {
    const value = Number(search.get(key));
    return years.includes(value) ? value : fallback;
  };
  const from = pickYear('from', first);
  const to = Math.max(pickYear('to', last), from);
  const year = pickYear('year', latestClosed ?? last);
  return { params: { year, from, to, years, search: `?year=${year}&from=${from}&to=${to}` }, set };
}
