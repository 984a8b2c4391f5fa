import { type AnswerType, type AnswerValue, fractionOf, rangeText } from '@rapor/shared/answers';
import { invalidFieldMessage, ValidationError } from '../../errors';

/**
 * Refuses a value its indicator cannot take (wrong kind, out of range, not a whole level),
 * naming the field and, for numbers, the allowed range. Null and absent values pass: they
 * clear or leave the answer.
 */
export function assertValidAnswer(
  answer: AnswerType,
  field: string,
  value: AnswerValue | null | undefined,
): void {
  if (value === undefined || value === null) return;
  const check = fractionOf(answer, value);
  if (check.ok) return;
  const allowed = rangeText(answer);
  throw new ValidationError(invalidFieldMessage('body', field, check.message), {
    field,
    ...(allowed && { allowed }),
  });
}
