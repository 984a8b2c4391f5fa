import type { Period } from '@rapor/shared/schemas';
import { useSearchParams } from 'react-router';
import { usePeriods } from '../api/get-periods';

/**
 * The year a secretariat page works on: `?year=` when given, else the last year past its
 * review (the forum's and the report's year), else the latest. Choosing one sets `?year=`.
 */
export function useSelectedYear(): {
  periods: Period[];
  year: number | undefined;
  period: Period | undefined;
  choose: (year: string) => void;
} {
  const periods = usePeriods().data?.periods ?? [];
  const [search, setSearch] = useSearchParams();
  const fallback = (periods.findLast((p) => p.state !== 'open') ?? periods.at(-1))?.year;
  const year = Number(search.get('year')) || fallback;
  return {
    periods,
    year,
    period: periods.find((p) => p.year === year),
    choose: (chosen) => setSearch({ year: chosen }),
  };
}
