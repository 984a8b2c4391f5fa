import type { AreaResult } from '@rapor/shared/schemas';
import { useState } from 'react';
import { FileErrors } from '../../../components/ui/file-errors';
import { XlsxFileForm } from '../../../components/ui/xlsx-file-form';
import { useI18n } from '../../../i18n/i18n';
import { workbookHref } from '../../../lib/downloads';
import { plainValue } from '../../../lib/format';
import { useImportWorksheet } from '../api/import-worksheet';

/**
 * Working offline: the chair downloads the year's workbook, fills the area's sheet and brings
 * it back here; the changes are shown before anything is written.
 */
export function WorksheetImportCard({
  result,
  editable,
}: {
  result: AreaResult;
  editable: boolean;
}) {
  const { t, locale } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const upload = useImportWorksheet(result.year, result.area.code);
  const preview = upload.data && !upload.data.applied ? upload.data : null;
  const done = upload.data?.applied ? upload.data : null;
  return (
    <section className="card" aria-labelledby="offline-title">
      <h2 id="offline-title">{t('import.title')}</h2>
      <p>
        {t('import.help', { code: result.area.code })}{' '}
        <a href={workbookHref(result.year, locale)} download>
          {t('import.download', { year: result.year })}
        </a>
      </p>
      {editable ? (
        <XlsxFileForm
          label={t('import.file')}
          checkLabel={t('import.check')}
          file={file}
          busy={upload.isPending}
          onPick={(picked) => {
            setFile(picked);
            upload.reset();
          }}
          onCheck={(picked) =>
            upload.mutate({ file: picked, apply: false, version: result.version })
          }
        />
      ) : (
        <p className="muted">{t('import.locked')}</p>
      )}
      {upload.isError && <FileErrors error={upload.error} title={t('import.refused')} />}
      {preview &&
        (preview.changes.length === 0 ? (
          <p className="state empty">{t('import.noChanges')}</p>
        ) : (
          <>
            {preview.exportedVersion !== null && preview.exportedVersion !== preview.version && (
              <p className="note warn">
                {t('import.newer', { exported: preview.exportedVersion, now: preview.version })}
              </p>
            )}
            <table className="data" aria-label={t('import.previewTitle')}>
              <thead>
                <tr>
                  <th scope="col">{t('import.code')}</th>
                  <th scope="col">{t('import.before')}</th>
                  <th scope="col">{t('import.after')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.changes.map((c) => (
                  <tr key={c.code}>
                    <td className="code">{c.code}</td>
                    <td>{plainValue(c.before, locale)}</td>
                    <td>
                      <strong>{plainValue(c.after, locale)}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button
              type="button"
              className="primary"
              disabled={!file || upload.isPending}
              onClick={() => file && upload.mutate({ file, apply: true, version: preview.version })}
            >
              {t('import.apply', { n: preview.changes.length })}
            </button>
          </>
        ))}
      {done && (
        <p className="state ok" role="status">
          {t('import.applied', { n: done.changes.length })}
        </p>
      )}
    </section>
  );
}
