import type { Ref } from 'react';
import { useI18n } from '../../../i18n/i18n';

/** A direction as the form holds it: the due date is '' until one is chosen. */
export interface DirectionDraft {
  text: string;
  owner: string;
  dueDate: string;
}

/**
 * What a direction says, who carries it out and by when: the same fields when it is captured
 * in the room and when the secretariat corrects it afterwards.
 */
export function DirectionFields({
  prefix,
  draft,
  onChange,
  textRef,
}: {
  /** the fields' ids: `${prefix}-text`, … */
  prefix: string;
  draft: DirectionDraft;
  onChange: (draft: DirectionDraft) => void;
  textRef?: Ref<HTMLTextAreaElement>;
}) {
  const { t } = useI18n();
  return (
    <>
      <label htmlFor={`${prefix}-text`}>{t('deck.captureText')}</label>
      <textarea
        id={`${prefix}-text`}
        className="wide-field"
        ref={textRef}
        rows={4}
        value={draft.text}
        onChange={(e) => onChange({ ...draft, text: e.target.value })}
      />
      <div className="direction-fields-row">
        <div>
          <label htmlFor={`${prefix}-owner`}>{t('deck.captureOwner')}</label>
          <input
            id={`${prefix}-owner`}
            className="wide-field"
            value={draft.owner}
            onChange={(e) => onChange({ ...draft, owner: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor={`${prefix}-due`}>{t('deck.captureDue')}</label>
          <input
            id={`${prefix}-due`}
            className="wide-field"
            type="date"
            value={draft.dueDate}
            onChange={(e) => onChange({ ...draft, dueDate: e.target.value })}
          />
        </div>
      </div>
    </>
  );
}

/** The plain words for the first field the direction's schema refused. */
export function useDirectionFieldError() {
  const { t } = useI18n();
  return (field: PropertyKey | undefined) =>
    field === 'text'
      ? t('deck.errorText')
      : field === 'owner'
        ? t('deck.errorOwner')
        : field === 'dueDate'
          ? t('deck.errorDate')
          : t('forum.correct.errorReason');
}
