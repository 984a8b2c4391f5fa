import { predicateLabel } from '@rapor/shared/predicate';
import { formatNumber } from '../../../lib/format';
import { useSummary } from '../api/get-summary';

const STATE_LABEL = { open: 'Terbuka', review: 'Reviu', closed: 'Ditutup' } as const;

/** Index RB per year: the first view of the foundation; the full dashboard grows from here. */
export function IndexTable() {
  const summary = useSummary();
  if (summary.isPending) return <p role="status">Memuat data indeks…</p>;
  if (summary.isError) {
    return (
      <div role="alert" className="error">
        <p>{summary.error.message}</p>
        <button type="button" onClick={() => summary.refetch()}>
          Coba lagi
        </button>
      </div>
    );
  }
  const years = summary.data.years;
  if (years.length === 0) return <p>Belum ada periode evaluasi.</p>;
  return (
    <table aria-label="Indeks RB per tahun">
      <thead>
        <tr>
          <th scope="col">Tahun</th>
          <th scope="col">Kerangka</th>
          <th scope="col" className="num">
            Indeks RB
          </th>
          <th scope="col">Predikat</th>
          <th scope="col">Periode</th>
        </tr>
      </thead>
      <tbody>
        {years.map((y) => (
          <tr key={y.year}>
            <th scope="row">{y.year}</th>
            <td>{y.framework === 'pmprb-2014' ? 'PermenPANRB 14/2014' : 'PermenPANRB 26/2020'}</td>
            <td className="num" data-testid={`index-${y.year}`}>
              {formatNumber(y.index, 'id')}
            </td>
            <td>
              <strong>{y.predicate}</strong> — {predicateLabel(y.predicate).id}
            </td>
            <td>{STATE_LABEL[y.periodState]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
