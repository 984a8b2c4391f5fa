import { type AnswerValue, optionCodeOf, rangeText } from '@rapor/shared/answers';
import { EVIDENCE_EXTENSIONS } from '@rapor/shared/evidence';
import type { EvidenceLink, ScoredNodeDto } from '@rapor/shared/schemas';
import { type ReactNode, useId, useState } from 'react';
import { Link } from 'react-router';
import { AnswerText } from '../../../components/ui/answer-value';
import { RubricLevels } from '../../../components/ui/rubric';
import { ItemTargetNote } from '../../../components/ui/target-baik';
import { paths } from '../../../config/paths';
import { useErrorText } from '../../../hooks/use-error-text';
import { useI18n } from '../../../i18n/i18n';
import { decimalText, parseDecimal } from '../../../lib/decimal';
import { formatNumber } from '../../../lib/format';
import { useUploadEvidence } from '../api/upload-evidence';
import type { IndicatorEdit } from '../utils/worksheet';

/** The value an option code stands for: booleans for Ya/Tidak, the code otherwise. */
function valueOfOption(node: ScoredNodeDto, code: string): AnswerValue {
  if (node.indicator?.answer.type === 'yesno') return code === 'Ya';
  return code;
}

function EvidenceEditor({
  evidence,
  disabled,
  onChange,
  year,
  area,
}: {
  evidence: EvidenceLink[];
  disabled: boolean;
  onChange: (next: EvidenceLink[]) => void;
  year: number;
  area: string;
}) {
  const errorOf = useErrorText();
  const { t } = useI18n();
  const upload = useUploadEvidence(year, area, t('entry.tooLarge'));
  const fileId = useId();
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { label: useId(), url: useId() };
  const add = () => {
    if (!/^https?:\/\/\S+$/.test(url.trim())) {
      setProblem(t('entry.badUrl'));
      return;
    }
    onChange([...evidence, { label: label.trim() || url.trim(), url: url.trim() }]);
    setLabel('');
    setUrl('');
    setProblem(null);
  };
  return (
    <div className="evidence-editor">
      <span className="field-label">{t('area.evidence')}</span>
      {evidence.length > 0 ? (
        <ul className="plain">
          {evidence.map((e) => (
            <li key={e.url}>
              <a href={e.url} target="_blank" rel="noreferrer noopener">
                {e.label}
              </a>{' '}
              {!disabled && (
                <button
                  type="button"
                  className="link"
                  aria-label={t('entry.removeEvidence', { label: e.label })}
                  onClick={() => onChange(evidence.filter((x) => x.url !== e.url))}
                >
                  {t('entry.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('entry.noEvidence')}</p>
      )}
      {!disabled && (
        <div className="evidence-add">
          <label htmlFor={ids.label} className="sr-only">
            {t('entry.evidenceLabel')}
          </label>
          <input
            id={ids.label}
            placeholder={t('entry.evidenceLabel')}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
          />
          <label htmlFor={ids.url} className="sr-only">
            {t('entry.evidenceUrl')}
          </label>
          <input
            id={ids.url}
            type="url"
            placeholder="https://"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" onClick={add} disabled={!url.trim()}>
            {t('entry.addEvidence')}
          </button>
          <input
            id={fileId}
            type="file"
            className="sr-only"
            accept={EVIDENCE_EXTENSIONS.map((e) => `.${e}`).join(',')}
            disabled={upload.isPending}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              upload.mutate(file, {
                onSuccess: (stored) =>
                  onChange([...evidence, { label: stored.label, url: stored.url }]),
              });
            }}
          />
          <label htmlFor={fileId} className="button-like">
            {upload.isPending ? t('entry.uploading') : t('entry.upload')}
          </label>

          {upload.isError && (
            <span className="form-error" role="alert">
              {errorOf(upload.error)}
            </span>
          )}
          {problem && (
            <span className="form-error" role="alert">
              {problem}
            </span>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * One indicator as the chair answers it: every option with what it means for this question,
 * or a number with its range; evidence; a comment. Changes go to the autosave as they happen.
 */
export function IndicatorEditor({
  node,
  edit,
  refused,
  disabled,
  onEdit,
  year,
  area,
  children,
}: {
  year: number;
  area: string;
  node: ScoredNodeDto;
  edit: IndicatorEdit | undefined;
  refused: string | undefined;
  disabled: boolean;
  onEdit: (patch: IndicatorEdit) => void;
  /** what follows the item's own fields (its appeal) */
  children?: ReactNode;
}) {
  const { t, locale, pick } = useI18n();
  const ind = node.indicator;
  const name = useId();
  const commentId = useId();
  const numberId = useId();
  const [draftNumber, setDraftNumber] = useState<string | null>(null);
  if (!ind) return null;
  const value = edit && 'selfValue' in edit ? (edit.selfValue ?? null) : ind.selfValue;
  const evidence = edit?.evidence ?? ind.evidence;
  const comment =
    edit && 'selfComment' in edit ? (edit.selfComment ?? '') : (ind.selfComment ?? '');
  const chosen = value === null ? null : optionCodeOf(value);

  if (ind.figure) {
    return (
      <fieldset className="indicator figure" id={`ind-${node.code}`} disabled>
        <legend>
          <span className="code">{node.code}</span> {pick(node.name)}{' '}
          <span className="muted">({formatNumber(node.weight, locale)})</span>
        </legend>
        <p>
          <AnswerText answer={ind.answer} value={ind.value} />{' '}
          <span className="muted">
            — {t('entry.figureBySecretariat', { source: ind.figure.sourcedBy })}
          </span>
        </p>
        <ItemTargetNote target={node.targetBaik} unresolved={node.targetUnresolved} />
      </fieldset>
    );
  }

  return (
    <fieldset className={`indicator${value === null ? ' unanswered' : ''}`} id={`ind-${node.code}`}>
      <legend>
        <span className="code">{node.code}</span> {pick(node.name)}{' '}
        <span className="muted">
          ({formatNumber(node.weight, locale)} {t('unit.points')})
        </span>
      </legend>
      {node.note && <p className="muted item-note">{node.note}</p>}
      {ind.returnedReason && (
        <p className="evaluator-note returned-reason" role="note">
          <strong>{t('entry.returnedReason')}:</strong> {ind.returnedReason}
        </p>
      )}
      {ind.evaluatorValue !== null && ind.evaluatorValue !== ind.selfValue && (
        // the evaluator valued this item otherwise: once verified, theirs is what counts
        <p className="evaluator-note" role="note" data-testid={`evaluator-value-${node.code}`}>
          <strong>{t('entry.evaluatorValue')}:</strong>{' '}
          <AnswerText answer={ind.answer} value={ind.evaluatorValue} />{' '}
          <span className="muted">
            ({t('entry.yourAnswer')}: <AnswerText answer={ind.answer} value={ind.selfValue} />
            ). {t('entry.evaluatorValueCounts')}
          </span>
        </p>
      )}
      {ind.evaluatorComment && (
        <p className="evaluator-note">
          <strong>{t('area.evaluator')}:</strong> {ind.evaluatorComment}
        </p>
      )}
      {node.fromPlan ? (
        // A.1/A.2: computed from the plan's grading and reports, never typed here; the
        // evidence and the note below are the chair's as on any item
        <p className="from-plan">
          <strong>
            <AnswerText answer={ind.answer} value={ind.selfValue} />
          </strong>{' '}
          <span className="muted">— {t(`entry.fromPlan.${node.fromPlan}`)}</span>{' '}
          <Link to={paths.planGrading(year)}>{t('entry.fromPlan.open')}</Link>
        </p>
      ) : node.options ? (
        <div className="options" role="radiogroup" aria-label={pick(node.name)}>
          {node.options.map((o) => (
            <label key={o.code} className={`option${chosen === o.code ? ' chosen' : ''}`}>
              <input
                type="radio"
                name={name}
                value={o.code}
                checked={chosen === o.code}
                disabled={disabled}
                onChange={() => onEdit({ selfValue: valueOfOption(node, o.code) })}
              />
              <span className="option-code">{o.code}</span>
              <span>{pick(o.criterion)}</span>
            </label>
          ))}
        </div>
      ) : (
        <div className="number-answer">
          <label htmlFor={numberId}>
            {t('entry.value')} <span className="muted">({rangeText(ind.answer)})</span>
          </label>
          <input
            id={numberId}
            inputMode="decimal"
            disabled={disabled}
            value={draftNumber ?? decimalText(value)}
            onChange={(e) => {
              setDraftNumber(e.target.value);
              // Half-typed text ("72,") waits; a whole number or an empty field is saved.
              const parsed = parseDecimal(e.target.value);
              if (parsed.ok) onEdit({ selfValue: parsed.value });
            }}
            onBlur={() => setDraftNumber(null)}
          />
          {ind.answer.type === 'number' && ind.answer.unit && (
            <span className="muted"> {ind.answer.unit}</span>
          )}
        </div>
      )}
      <RubricLevels
        rubric={node.rubric}
        answer={ind.answer}
        selfValue={value}
        evaluatorValue={ind.evaluatorValue}
        open
      />
      {!disabled && value !== null && !node.fromPlan && (
        <button type="button" className="link" onClick={() => onEdit({ selfValue: null })}>
          {t('entry.clear')}
        </button>
      )}
      {refused && (
        <p className="form-error" role="alert">
          {refused}
        </p>
      )}
      <EvidenceEditor
        evidence={evidence}
        disabled={disabled}
        onChange={(next) => onEdit({ evidence: next })}
        year={year}
        area={area}
      />
      <label htmlFor={commentId} className="field-label">
        {t('entry.comment')}
      </label>
      <textarea
        id={commentId}
        rows={2}
        disabled={disabled}
        value={comment}
        onChange={(e) => onEdit({ selfComment: e.target.value || null })}
      />
      {children}
    </fieldset>
  );
}
