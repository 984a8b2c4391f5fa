import type { AreaCode } from '@rapor/shared/areas';
import {
  type DeckArea,
  type DirectionInput,
  DirectionInput as DirectionSchema,
} from '@rapor/shared/forum-schemas';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { type DirectionDraft, DirectionFields, useDirectionFieldError } from './direction-fields';

/**
 * The secretariat types the minister's direction on the slide being presented, without
 * leaving the deck; it is queued and sent at once (or when the network is back).
 */
export function DirectionCapture({
  area,
  areas,
  onCapture,
  onClose,
}: {
  year: number;
  area: AreaCode | null;
  areas: readonly DeckArea[];
  onCapture: (input: DirectionInput) => void;
  onClose: () => void;
}) {
  const { t, pick } = useI18n();
  const ownerOf = (code: AreaCode | null) =>
    (code && areas.find((a) => a.code === code)?.workingGroup) || t('deck.defaultOwner');
  const [target, setTarget] = useState<AreaCode | null>(area);
  const [draft, setDraft] = useState<DirectionDraft>(() => ({
    text: '',
    owner: ownerOf(area),
    dueDate: '',
  }));
  const errorOf = useDirectionFieldError();
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = DirectionSchema.safeParse({
      clientId: crypto.randomUUID(),
      area: target,
      ...draft,
      dueDate: draft.dueDate || null,
    });
    if (!parsed.success) {
      setError(errorOf(parsed.error.issues[0]?.path[0]));
      return;
    }
    onCapture(parsed.data);
  };

  return (
    <div className="capture-backdrop">
      <form
        className="capture"
        role="dialog"
        aria-modal="true"
        aria-labelledby="capture-title"
        onSubmit={submit}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id="capture-title">{t('deck.captureTitle')}</h2>
        <label htmlFor="capture-area">{t('deck.captureArea')}</label>
        <select
          id="capture-area"
          value={target ?? ''}
          onChange={(e) => {
            const next = (e.target.value || null) as AreaCode | null;
            setTarget(next);
            setDraft((d) => ({ ...d, owner: ownerOf(next) }));
          }}
        >
          <option value="">{t('deck.wholeMinistry')}</option>
          {areas.map((a) => (
            <option key={a.code} value={a.code}>
              {a.code} — {pick(a.name)}
            </option>
          ))}
        </select>
        <DirectionFields prefix="capture" draft={draft} onChange={setDraft} textRef={first} />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="capture-actions">
          <button type="submit" className="primary">
            {t('deck.captureSave')}
          </button>
          <button type="button" onClick={onClose}>
            {t('deck.captureCancel')}
          </button>
        </div>
        <p className="muted">{t('deck.captureHint')}</p>
      </form>
    </div>
  );
}
