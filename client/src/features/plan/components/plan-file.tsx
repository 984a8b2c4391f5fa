import { QUARTER_LABEL } from '@rapor/shared/action-plan';
import type { ActionPlan } from '@rapor/shared/action-plan-schemas';
import { useState } from 'react';
import { FileErrors } from '../../../components/ui/file-errors';
import { ImportPreview } from '../../../components/ui/import-preview';
import { XlsxFileForm } from '../../../components/ui/xlsx-file-form';
import { useI18n } from '../../../i18n/i18n';
import { plansWorkbookHref } from '../../../lib/downloads';
import { planOwner, useImportPlan } from '../api/action-plan';

/**
 * The plan offline: its workbook to download, and for the chair a filled copy brought back —
 * previewed action by action, then applied at once on the version the page read.
 */
export function PlanFileCard({ plan, canImport }: { plan: ActionPlan; canImport: boolean }) {
  const { t, locale } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const upload = useImportPlan(plan.year, planOwner(plan));
  const preview = upload.data && !upload.data.applied ? upload.data : null;
  const done = upload.data?.applied ? upload.data : null;
  return (
    <section className="card" aria-labelledby="plan-file-title" data-testid="plan-file">
      <h2 id="plan-file-title">{t('plan.file.title')}</h2>
      <p>
        {t(canImport ? 'plan.file.help' : 'plan.file.helpRead')}{' '}
        <a href={plansWorkbookHref(plan.year, locale, planOwner(plan))} download>
          {t('plan.download')}
        </a>
      </p>
      {canImport && (
        <XlsxFileForm
          label={t('plan.file.input')}
          checkLabel={t('fig.file.check')}
          file={file}
          busy={upload.isPending}
          onPick={(picked) => {
            setFile(picked);
            upload.reset();
          }}
          onCheck={(picked) => upload.mutate({ file: picked })}
        />
      )}
      {upload.isError && <FileErrors error={upload.error} title={t('plan.file.refused')} />}
      {preview && (
        <ImportPreview
          count={preview.changes.length}
          noChanges={t('plan.file.noChanges')}
          caption={t('plan.file.preview', { count: preview.changes.length })}
          applyLabel={t('plan.file.apply', { count: preview.changes.length })}
          busy={!file || upload.isPending}
          onApply={() => file && upload.mutate({ file, version: preview.version })}
        >
          <thead>
            <tr>
              <th scope="col">{t('plan.file.row')}</th>
              <th scope="col">{t('plan.action')}</th>
              <th scope="col">{t('plan.file.change')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.changes.map((c) => (
              <tr key={`${c.row}-${c.action}-${c.what}-${c.quarter ?? ''}`}>
                <td className="num">{c.row ?? '—'}</td>
                <th scope="row">{c.action}</th>
                <td>
                  {t(`plan.file.what.${c.what}`, {
                    quarter: c.quarter ? QUARTER_LABEL[c.quarter] : '',
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </ImportPreview>
      )}
      {done && (
        <p className="state ok" role="status">
          {t('plan.file.applied', { count: done.changes.length })}
        </p>
      )}
    </section>
  );
}
