import { type AnswerType, type AnswerValue, SCALES } from '@rapor/shared/answers';
import { useI18n } from '../../i18n/i18n';
import { parseDecimal } from '../../lib/decimal';

/** The choices an answer type offers as [code, label]; none for numbers. */
function choicesOf(answer: AnswerType, pick: (t: { id: string; en: string }) => string) {
  switch (answer.type) {
    case 'yesno':
      return [
        ['Ya', 'Ya'],
        ['Tidak', 'Tidak'],
      ];
    case 'scale':
      return Object.keys(SCALES[answer.scale]).map((letter) => [letter, letter]);
    case 'choice':
      return answer.options.map((o) => [o.value, `${o.value} — ${pick(o.label)}`]);
    default:
      return null;
  }
}

/** What the field holds as a stored value: null while empty or not a number. */
export function answerFromText(answer: AnswerType, text: string): AnswerValue | null {
  if (text === '') return null;
  if (answer.type === 'yesno') return text === 'Ya';
  if (answer.type === 'scale' || answer.type === 'choice') return text;
  const parsed = parseDecimal(text);
  return parsed.ok ? parsed.value : null;
}

/** One value of an item, in the form its answer type takes: a list of choices or a decimal. */
export function AnswerInput({
  id,
  answer,
  text,
  onChange,
}: {
  id: string;
  answer: AnswerType;
  text: string;
  onChange: (text: string) => void;
}) {
  const { t, pick } = useI18n();
  const choices = choicesOf(answer, pick);
  if (choices) {
    return (
      <select id={id} value={text} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('appeal.chooseValue')}</option>
        {choices.map(([code, label]) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      id={id}
      inputMode="decimal"
      value={text}
      aria-invalid={text !== '' && !parseDecimal(text).ok}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
