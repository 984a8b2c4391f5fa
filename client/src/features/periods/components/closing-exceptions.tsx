import { areaName } from '@rapor/shared/areas';
import type { ClosingException } from '@rapor/shared/closing';
import { useId } from 'react';
import { QueryState } from '../../../components/ui/query-state';
import { ResultStatusTag } from '../../../components/ui/result-status';
import { useI18n } from '../../../i18n/i18n';
import { useClosingCheck } from '../api/periods';

/** The shortest reason the server takes (PeriodMove): a word or two says nothing. */
export const MIN_REASON = 10;
const SHOWN_CODES = 10;

/** Every pending area named with a reason long enough: closing may be confirmed. */
export function exceptionsComplete(
  pending: readonly { area: string }[],
  reasons: Readonly<Record<string, string>>,
): boolean {
  return pending.every((p) => (reasons[p.area] ?? '').trim().length >= MIN_REASON);
}

export function toExceptions(
  pending: readonly { area: ClosingException['area'] }[],
  reasons: Readonly<Record<string, string>>,
): ClosingException[] {
  return pending.map((p) => ({ area: p.area, reason: (reasons[p.area] ?? '').trim() }));
}

function ReasonField({
  code,
  value,
  onChange,
}: {
  code: string;
  value: string;
  onChange: (reason: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const short = value.trim().length < MIN_REASON;
  return (
    <>
      <label htmlFor={id}>{t('periods.closing.reason', { code })}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={500}
        value={value}
        aria-invalid={value !== '' && short}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={`${id}-hint`} className="muted">
        {t('periods.closing.reasonHint', { min: MIN_REASON })}
      </span>
    </>
  );
}

/**
 * Before a year closes: each area the evaluator has not verified, its unanswered items, and
 * the secretariat's reason to close it anyway, which the area then carries for good.
 */
export function ClosingExceptions({
  year,
  frameworkId,
  reasons,
  onReason,
}: {
  year: number;
  frameworkId: string;
  reasons: Readonly<Record<string, string>>;
  onReason: (area: string, reason: string) => void;
}) {
  const { t, pick } = useI18n();
  const check = useClosingCheck(year);
  if (!check.data) return <QueryState query={check} />;
  const { pending, unansweredElsewhere, openAppeals } = check.data;
  const codes = (list: string[]) =>
    list.length > SHOWN_CODES
      ? t('periods.closing.moreCodes', {
          codes: list.slice(0, SHOWN_CODES).join(', '),
          count: list.length - SHOWN_CODES,
        })
      : list.join(', ');
  return (
    <div className="closing-check" data-testid="closing-check">
      {openAppeals.length > 0 && (
        <p className="form-error" role="alert" data-testid="closing-open-appeals">
          {t('periods.closing.openAppeals', {
            count: openAppeals.length,
            items: openAppeals.map((a) => `${a.area} ${a.code}`).join(', '),
          })}
        </p>
      )}
      {pending.length === 0 ? (
        <p>{t('periods.closing.allVerified')}</p>
      ) : (
        <>
          <p>
            <strong>{t('periods.closing.pending', { count: pending.length })}</strong>
          </p>
          <ul className="closing-areas">
            {pending.map((p) => (
              <li key={p.area} data-area={p.area}>
                <div>
                  <span className="code">{p.area}</span> {pick(areaName(p.area, frameworkId))}{' '}
                  <ResultStatusTag status={p.status} />
                </div>
                <div className="muted">
                  {p.unanswered.length > 0
                    ? t('periods.closing.unanswered', {
                        count: p.unanswered.length,
                        codes: codes(p.unanswered),
                      })
                    : t('periods.closing.allAnswered')}
                </div>
                <ReasonField
                  code={p.area}
                  value={reasons[p.area] ?? ''}
                  onChange={(reason) => onReason(p.area, reason)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {unansweredElsewhere.length > 0 && (
        <p>
          {t('periods.closing.elsewhere', {
            count: unansweredElsewhere.length,
            codes: codes(unansweredElsewhere),
          })}
        </p>
      )}
    </div>
  );
}
