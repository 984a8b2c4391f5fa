import type { AnswerType, AnswerValue } from '@rapor/shared/answers';
import { rubricLevelOf } from '@rapor/shared/framework';
import type { RubricLevelDto } from '@rapor/shared/schemas';
import { useI18n } from '../../i18n/i18n';
import { formatPlainNumber } from '../../lib/format';

/**
 * What each level of a self-scored number means (a theme's strategy 0–100), like a lettered
 * question's criteria: each level's range and meaning, the levels the chair's and the
 * evaluator's values fall in marked. Open where the value is entered, folded elsewhere.
 */
export function RubricLevels({
  rubric,
  answer,
  selfValue,
  evaluatorValue,
  open = false,
}: {
  rubric: readonly RubricLevelDto[] | undefined;
  /** the item's answer: the lowest level starts at its range's minimum */
  answer: AnswerType | undefined;
  selfValue: AnswerValue | null;
  evaluatorValue?: AnswerValue | null;
  open?: boolean;
}) {
  const { t, pick, locale } = useI18n();
  if (!rubric || rubric.length === 0) return null;
  const min = answer?.type === 'number' ? answer.min : 0;
  const self = rubricLevelOf(rubric, selfValue);
  const evaluator = rubricLevelOf(rubric, evaluatorValue ?? null);
  const n = (x: number) => formatPlainNumber(x, locale);
  return (
    <details className="criteria rubric" open={open} data-testid="rubric">
      <summary className="criteria-toggle">{t('rubric.title')}</summary>
      <ul className="plain">
        {rubric.map((level, i) => {
          const from = i === 0 ? n(min) : `> ${n(rubric[i - 1]?.upTo ?? min)}`;
          const marks = [
            i === self && t('area.chosenSelf'),
            i === evaluator && t('area.chosenEvaluator'),
          ].filter(Boolean);
          return (
            <li key={level.upTo} className={marks.length > 0 ? 'chosen' : undefined}>
              <span className="option-code">
                {from}–{n(level.upTo)}
              </span>
              <span>{pick(level.meaning)}</span>
              {marks.length > 0 && <span className="badge">{marks.join(' · ')}</span>}
            </li>
          );
        })}
      </ul>
      <p className="muted rubric-source">{t('rubric.ours')}</p>
    </details>
  );
}
