import type { FileError } from '@rapor/shared/framework-file';
import { useErrorText } from '../../hooks/use-error-text';
import { useI18n } from '../../i18n/i18n';
import { ApiError } from '../../lib/api-client';

/** An uploaded file's problems one per line, where the server listed them (sheet, row, column). */
export function FileErrors({ error, title }: { error: Error; title: string }) {
  const { t } = useI18n();
  const errorOf = useErrorText();
  const listed =
    error instanceof ApiError ? (error.details?.errors as FileError[] | undefined) : undefined;
  return (
    <div className="state error" role="alert">
      <p className="state-line">
        <strong>{title}</strong>
      </p>
      {listed && listed.length > 0 ? (
        <ul className="file-errors">
          {listed.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the server's list has no ids and never reorders
            <li key={i}>
              {[
                e.sheet && `${t('fw.sheet')} ${e.sheet}`,
                e.row && `${t('fw.row')} ${e.row}`,
                e.column && `${t('fw.column')} ${e.column}`,
              ]
                .filter(Boolean)
                .join(', ')}
              {(e.sheet || e.row || e.column) && ': '}
              {e.message}
            </li>
          ))}
        </ul>
      ) : (
        <p className="state-line">{errorOf(error)}</p>
      )}
    </div>
  );
}
