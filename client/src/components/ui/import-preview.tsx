import type { ReactNode } from 'react';

/**
 * What an imported file would change, before anything is written: a table of the changes
 * (`children`: its head and body) and the button that applies them, or a plain "nothing
 * changes" when the file equals what is stored.
 */
export function ImportPreview({
  count,
  noChanges,
  caption,
  applyLabel,
  busy,
  onApply,
  children,
}: {
  count: number;
  noChanges: string;
  caption: string;
  applyLabel: string;
  busy: boolean;
  onApply: () => void;
  children: ReactNode;
}) {
  if (count === 0) return <p className="state empty">{noChanges}</p>;
  return (
    <>
      <div className="table-wrap">
        <table className="data">
          <caption>{caption}</caption>
          {children}
        </table>
      </div>
      <button type="button" className="primary" disabled={busy} onClick={onApply}>
        {applyLabel}
      </button>
    </>
  );
}
