import type { Appeal } from '@rapor/shared/appeal-schemas';
import { MIN_APPEAL_REASON } from '@rapor/shared/appeals';
import { EVIDENCE_EXTENSIONS } from '@rapor/shared/evidence';
import { useId, useState } from 'react';
import { useFileAppeal } from '../../api/appeals';
import { useI18n } from '../../i18n/i18n';
import { FormFeedback } from '../ui/form-feedback';
import { AppealDetail } from './appeals-panel';

/**
 * One item's appeal on the worksheet: its state when there is one, and for the chair while the
 * window is open a form to file one (a reason and a file, both required).
 */
export function ItemAppeal({
  year,
  area,
  code,
  appeal,
  canFile,
}: {
  year: number;
  area: string;
  code: string;
  /** the appeal that speaks for the item (the open one, else the latest) */
  appeal: Appeal | undefined;
  /** the user may file on this item now (shared `filingRefusal` found nothing in the way) */
  canFile: boolean;
}) {
  const { t } = useI18n();
  const file = useFileAppeal(year, area, t('entry.tooLarge'));
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [chosen, setChosen] = useState<File | null>(null);
  const ids = { reason: useId(), file: useId() };
  if (!appeal && !canFile) return null;
  const ready = reason.trim().length >= MIN_APPEAL_REASON && chosen !== null;
  return (
    <div className="item-appeal" data-testid={`appeal-${code}`}>
      <p className="field-label">{t('appeal.itemHeading')}</p>
      {appeal && <AppealDetail appeal={appeal} />}
      {canFile && !open && (
        <button type="button" onClick={() => setOpen(true)}>
          {appeal ? t('appeal.fileAgain') : t('appeal.fileButton')}
        </button>
      )}
      {canFile && open && (
        <form
          className="appeal-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!ready || !chosen) return;
            file.mutate(
              { code, reason, file: chosen },
              {
                onSuccess: () => {
                  setOpen(false);
                  setReason('');
                  setChosen(null);
                },
              },
            );
          }}
        >
          <p className="muted">{t('appeal.fileLead', { code })}</p>
          <label htmlFor={ids.reason} className="field-label">
            {t('appeal.reason')}
          </label>
          <textarea
            id={ids.reason}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <label htmlFor={ids.file} className="field-label">
            {t('appeal.file')}
          </label>
          <input
            id={ids.file}
            type="file"
            accept={EVIDENCE_EXTENSIONS.map((x) => `.${x}`).join(',')}
            onChange={(e) => setChosen(e.target.files?.[0] ?? null)}
          />
          {!ready && <p className="muted">{t('appeal.fileNeeds', { n: MIN_APPEAL_REASON })}</p>}
          <div className="row-actions">
            <button type="submit" className="primary" disabled={!ready || file.isPending}>
              {t('appeal.send')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('confirm.cancel')}
            </button>
          </div>
          <FormFeedback error={file.error} />
        </form>
      )}
    </div>
  );
}
