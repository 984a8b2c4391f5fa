import type { FigureSourceText } from '@rapor/shared/figures-file';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { formatDate } from '../../../lib/format';

/** A source document as a preview row shows it: the title, then issuer and date beneath. */
export function SourceLines({ source, note }: { source: FigureSourceText; note?: ReactNode }) {
  const { locale } = useI18n();
  return (
    <>
      {source.title}
      <div className="muted">
        {source.issuer}, {formatDate(source.date, locale)}
        {note}
      </div>
    </>
  );
}
