import type { AnswerType, AnswerValue } from '@rapor/shared/answers';
import { useI18n } from '../../i18n/i18n';
import { formatNumber } from '../../lib/format';

/** An indicator answer as a person reads it: Ya/Tidak, a letter, 75%, 72,69 indeks, WTP. */
export function AnswerText({ answer, value }: { answer: AnswerType; value: AnswerValue | null }) {
  const { t, locale } = useI18n();
  if (value === null) return <span className="muted">{t('area.noAnswer')}</span>;
  if (answer.type === 'yesno') return <>{value === true ? t('yes') : t('no')}</>;
  if (typeof value === 'number') {
    if (answer.type === 'percent') return <>{formatNumber(value, locale)}%</>;
    // A level is a whole number as its source reports it: "level 3", not "3,00 level".
    const digits = answer.type === 'number' && answer.integer ? 0 : 2;
    return (
      <>
        {formatNumber(value, locale, digits)}
        {answer.type === 'number' && answer.unit ? ` ${answer.unit}` : ''}
      </>
    );
  }
  return <>{String(value)}</>;
}
