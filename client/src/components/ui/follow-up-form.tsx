import { useId, useState } from 'react';
import { useErrorText } from '../../hooks/use-error-text';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/id';

/**
 * One follow-up on a tracked item (a recommendation, a minister's direction): the status it
 * moves to and a note. The caller sends it and says when it is done or what went wrong.
 */
export function FollowUpForm<S extends string>({
  statuses,
  initial,
  label,
  pending,
  error,
  onSubmit,
}: {
  statuses: readonly S[];
  initial: S;
  label?: string;
  pending: boolean;
  error: Error | null;
  onSubmit: (status: S, note: string, done: () => void) => void;
}) {
  const { t } = useI18n();
  const errorOf = useErrorText();
  const [status, setStatus] = useState<S>(initial);
  const [note, setNote] = useState('');
  const ids = { status: useId(), note: useId() };
  return (
    <form
      className="follow-up-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(status, note.trim(), () => setNote(''));
      }}
    >
      <label htmlFor={ids.status}>{t('entry.fuStatus')}</label>
      <select id={ids.status} value={status} onChange={(e) => setStatus(e.target.value as S)}>
        {statuses.map((s) => (
          <option key={s} value={s}>
            {t(`rec.${s}` as MessageKey)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.note}>{t('entry.fuNote')}</label>
      <input
        id={ids.note}
        value={note}
        minLength={3}
        required
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="submit" disabled={pending}>
        {t('entry.fuSave')}
      </button>
      {error && (
        <span className="form-error" role="alert">
          {errorOf(error)}
        </span>
      )}
    </form>
  );
}
