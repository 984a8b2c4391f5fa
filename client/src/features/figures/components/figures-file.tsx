import { useState } from 'react';
import { useImportFigures } from '../../../api/figures';
import { FileErrors } from '../../../components/ui/file-errors';
import { ImportPreview } from '../../../components/ui/import-preview';
import { XlsxFileForm } from '../../../components/ui/xlsx-file-form';
import { useI18n } from '../../../i18n/i18n';
import { figuresWorkbookHref } from '../../../lib/downloads';
import { plainValue } from '../../../lib/format';
import { SourceLines } from './source-lines';

/**
 * Working offline: the year's figures as one xlsx sheet. Everyone may download it; the
 * secretariat fills values and sources and brings it back, sees each change, then saves all.
 */
export function FiguresFileCard({ year, canImport }: { year: number; canImport: boolean }) {
  const { t, locale, pick } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const upload = useImportFigures(year);
  const preview = upload.data && !upload.data.applied ? upload.data : null;
  const done = upload.data?.applied ? upload.data : null;
  return (
    <section className="card" aria-labelledby="figures-file-title" data-testid="figures-file">
      <h2 id="figures-file-title">{t('fig.file.title')}</h2>
      <p>
        {t(canImport ? 'fig.file.help' : 'fig.file.helpRead')}{' '}
        <a href={figuresWorkbookHref(year, locale)} download>
          {t('fig.file.download', { year })}
        </a>
      </p>
      {canImport && (
        <XlsxFileForm
          label={t('fig.file.input')}
          checkLabel={t('fig.file.check')}
          file={file}
          busy={upload.isPending}
          onPick={(picked) => {
            setFile(picked);
            upload.reset();
          }}
          onCheck={(picked) => upload.mutate({ file: picked, apply: false })}
        />
      )}
      {upload.isError && <FileErrors error={upload.error} title={t('fig.file.refused')} />}
      {preview && (
        <ImportPreview
          count={preview.changes.length}
          noChanges={t('fig.file.noChanges')}
          caption={t('fig.file.preview', { count: preview.changes.length })}
          applyLabel={t('fig.file.apply', { count: preview.changes.length })}
          busy={!file || upload.isPending}
          onApply={() => file && upload.mutate({ file, apply: true })}
        >
          <thead>
            <tr>
              <th scope="col">{t('fig.figure')}</th>
              <th scope="col">{t('fig.file.now')}</th>
              <th scope="col">{t('fig.file.fromFile')}</th>
              <th scope="col">{t('fig.source')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.changes.map((c) => (
              <tr key={c.code}>
                <th scope="row">
                  <span className="code">{c.code}</span> {pick(c.name)}
                </th>
                <td>{plainValue(c.valueBefore, locale)}</td>
                <td>
                  {c.value === undefined ? (
                    <span className="muted">{t('fig.file.sameValue')}</span>
                  ) : (
                    <strong>{plainValue(c.value, locale)}</strong>
                  )}
                </td>
                <td>
                  {c.source ? (
                    <strong>
                      <SourceLines source={c.source} />
                    </strong>
                  ) : (
                    <span className="muted">{t('fig.file.sameSource')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </ImportPreview>
      )}
      {done && (
        <p className="state ok" role="status">
          {t('fig.file.applied', { count: done.changes.length })}
        </p>
      )}
    </section>
  );
}
