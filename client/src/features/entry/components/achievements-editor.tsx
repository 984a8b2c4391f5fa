import { ACHIEVEMENT_KINDS, type AreaResult } from '@rapor/shared/schemas';
import { useId, useState } from 'react';
import type { useResultActions } from '../../../api/result-actions';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { useI18n } from '../../../i18n/i18n';
import { formatDate } from '../../../lib/format';

type Kind = (typeof ACHIEVEMENT_KINDS)[number];

/** The year's achievements: add one (title, kind, date, evidence link), remove one. */
export function AchievementsEditor({
  result,
  editable,
  actions,
  waitForSave,
}: {
  result: AreaResult;
  editable: boolean;
  actions: ReturnType<typeof useResultActions>;
  /** an autosave is on its way: explicit writes wait for it (they carry the same version) */
  waitForSave: boolean;
}) {
  const { t, locale } = useI18n();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<Kind>('output');
  const [date, setDate] = useState('');
  const [url, setUrl] = useState('');
  const [editing, setEditing] = useState<number | null>(null);
  const ids = { title: useId(), kind: useId(), date: useId(), url: useId() };
  const add = editing === null ? actions.addAchievement : actions.editAchievement;
  const reset = () => {
    setTitle('');
    setDate('');
    setUrl('');
    setKind('output');
    setEditing(null);
  };
  return (
    <section className="card" aria-labelledby="ach-title">
      <h2 id="ach-title">{t('area.achievements', { year: result.year })}</h2>
      {result.achievements.length === 0 ? (
        <p className="muted">{t('area.noAchievements')}</p>
      ) : (
        <ul className="plain ach-list">
          {result.achievements.map((a) => (
            <li key={a.id}>
              <strong>{a.title}</strong>{' '}
              <span className="muted">
                {t(`kind.${a.kind}`)}
                {a.date && ` · ${formatDate(a.date, locale)}`}
              </span>{' '}
              {editable && (
                <button
                  type="button"
                  className="link"
                  aria-label={t('entry.editAchievement', { title: a.title })}
                  onClick={() => {
                    setEditing(a.id);
                    setTitle(a.title);
                    setKind(a.kind);
                    setDate(a.date ?? '');
                    setUrl(a.evidence[0]?.url ?? '');
                  }}
                >
                  {t('fig.edit')}
                </button>
              )}{' '}
              {editable && (
                <button
                  type="button"
                  className="link"
                  aria-label={t('entry.removeAchievement', { title: a.title })}
                  disabled={actions.removeAchievement.isPending || waitForSave}
                  onClick={() =>
                    actions.removeAchievement.mutate({ id: a.id, version: result.version })
                  }
                >
                  {t('entry.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form
          className="fig-form"
          onSubmit={(e) => {
            e.preventDefault();
            const body = {
              version: result.version,
              title: title.trim(),
              kind,
              date: date || null,
              evidence: url.trim() ? [{ label: title.trim(), url: url.trim() }] : [],
            };
            if (editing === null) actions.addAchievement.mutate(body, { onSuccess: reset });
            else actions.editAchievement.mutate({ id: editing, body }, { onSuccess: reset });
          }}
        >
          <label htmlFor={ids.title}>{t('entry.achTitle')}</label>
          <input
            id={ids.title}
            value={title}
            minLength={3}
            required
            onChange={(e) => setTitle(e.target.value)}
          />
          <label htmlFor={ids.kind}>{t('entry.achKind')}</label>
          <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {ACHIEVEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
          <label htmlFor={ids.date}>{t('entry.achDate')}</label>
          <input id={ids.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          <label htmlFor={ids.url}>{t('fig.evidence')}</label>
          <input
            id={ids.url}
            type="url"
            placeholder="https://"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
          <div className="actions">
            <button type="submit" disabled={add.isPending || waitForSave}>
              {editing === null ? t('entry.addAchievement') : t('entry.saveAchievement')}
            </button>
            {editing !== null && (
              <button type="button" onClick={reset}>
                {t('confirm.cancel')}
              </button>
            )}
          </div>
          <FormFeedback error={add.error} />
        </form>
      )}
    </section>
  );
}
