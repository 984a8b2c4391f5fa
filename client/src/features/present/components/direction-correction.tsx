import {
  type Direction,
  DirectionEditInput,
  DirectionWithdrawInput,
} from '@rapor/shared/forum-schemas';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useErrorText } from '../../../hooks/use-error-text';
import { useI18n } from '../../../i18n/i18n';
import { useCorrectDirection } from '../../../lib/directions-api';
import { type DirectionDraft, DirectionFields, useDirectionFieldError } from './direction-fields';

export type Correction = { direction: Direction; kind: 'edit' | 'withdraw' };

/**
 * The secretariat corrects a direction as it was typed in the room, or withdraws one recorded
 * by mistake; either way with a reason, which the audit log keeps beside the change.
 */
export function DirectionCorrection({
  correction,
  onDone,
  onCancel,
}: {
  correction: Correction;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const serverError = useErrorText();
  const { direction, kind } = correction;
  const [draft, setDraft] = useState<DirectionDraft>({
    text: direction.text,
    owner: direction.owner,
    dueDate: direction.dueDate ?? '',
  });
  const errorOf = useDirectionFieldError();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const send = useCorrectDirection();

  const confirm = () => {
    const common = { version: direction.version, reason };
    const parsed =
      kind === 'edit'
        ? DirectionEditInput.safeParse({ ...common, ...draft, dueDate: draft.dueDate || null })
        : DirectionWithdrawInput.safeParse(common);
    if (!parsed.success) {
      setInvalid(errorOf(parsed.error.issues[0]?.path[0]));
      return;
    }
    setInvalid(null);
    const change =
      kind === 'edit'
        ? { kind, id: direction.id, body: parsed.data as DirectionEditInput }
        : { kind, id: direction.id, body: parsed.data };
    send.mutate(change, { onSuccess: onDone });
  };

  const error = invalid ?? (send.error ? serverError(send.error) : null);
  return (
    <ConfirmDialog
      open
      title={kind === 'edit' ? t('forum.correct.editTitle') : t('forum.correct.withdrawTitle')}
      confirmLabel={kind === 'edit' ? t('forum.correct.save') : t('forum.correct.withdraw')}
      busy={send.isPending}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <div className="correction-form">
        {kind === 'edit' ? (
          <DirectionFields prefix="correct" draft={draft} onChange={setDraft} />
        ) : (
          <>
            <blockquote>{direction.text}</blockquote>
            <p>{t('forum.correct.withdrawHelp')}</p>
          </>
        )}
        <label htmlFor="correct-reason">{t('forum.correct.reason')}</label>
        <input
          id="correct-reason"
          className="wide-field"
          value={reason}
          maxLength={500}
          placeholder={t('forum.correct.reasonPlaceholder')}
          onChange={(e) => setReason(e.target.value)}
        />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </ConfirmDialog>
  );
}

/** Edit and withdraw, beside a direction wherever the secretariat reads this forum's list. */
export function CorrectionButtons({
  direction,
  onPick,
}: {
  direction: Direction;
  onPick: (correction: Correction) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <button type="button" onClick={() => onPick({ direction, kind: 'edit' })}>
        {t('forum.correct.edit')}
      </button>
      <button type="button" onClick={() => onPick({ direction, kind: 'withdraw' })}>
        {t('forum.correct.withdrawShort')}
      </button>
    </>
  );
}
