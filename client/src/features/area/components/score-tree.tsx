import { type AnswerValue, optionCodeOf } from '@rapor/shared/answers';
import type { Appeal } from '@rapor/shared/appeal-schemas';
import type { NationalItem } from '@rapor/shared/national-schemas';
import type { IndicatorResult, ScoredNodeDto } from '@rapor/shared/schemas';
import { AppealTag } from '../../../components/appeals/appeals-panel';
import { AnswerText } from '../../../components/ui/answer-value';
import { RubricLevels } from '../../../components/ui/rubric';
import { ItemTargetNote } from '../../../components/ui/target-baik';
import { useI18n } from '../../../i18n/i18n';
import { formatDate, formatNumber } from '../../../lib/format';
import { indicatorGroups, indicatorsOf } from '../../../lib/score-tree';

/**
 * Every option of a lettered or yes/no indicator with what it means for this indicator,
 * the chair's and the evaluator's choice marked: the reader sees why a letter scores what it does.
 */
type Appeals = ReadonlyMap<string, Appeal>;
type NationalItems = ReadonlyMap<string, NationalItem>;

function OptionCriteria({ node }: { node: ScoredNodeDto }) {
  const { t, pick } = useI18n();
  const ind = node.indicator;
  if (!node.options || !ind || ind.figure) return null;
  const code = (v: AnswerValue | null) => (v === null ? null : optionCodeOf(v));
  const self = code(ind.selfValue);
  const evaluator = code(ind.evaluatorValue);
  return (
    <details className="criteria">
      <summary className="criteria-toggle">{t('area.criteria')}</summary>
      <ul className="plain">
        {node.options.map((o) => {
          const marks = [
            o.code === self && t('area.chosenSelf'),
            o.code === evaluator && t('area.chosenEvaluator'),
          ].filter(Boolean);
          return (
            <li key={o.code} className={marks.length > 0 ? 'chosen' : undefined}>
              <span className="option-code">{o.code}</span>
              <span>{pick(o.criterion)}</span>
              {marks.length > 0 && <span className="badge">{marks.join(' · ')}</span>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** Where a sourced figure comes from and whether the evaluator has checked it. */
function FigureSourceLine({ figure }: { figure: NonNullable<IndicatorResult['figure']> }) {
  const { t, locale } = useI18n();
  return (
    <div className="figure-source muted">
      {t('area.figure', { source: figure.sourcedBy })}
      {figure.sourceTitle && <>: {figure.sourceTitle}</>}
      {figure.sourceDate && <> ({formatDate(figure.sourceDate, locale)})</>}
      {figure.provenance && (
        <span className="badge">{t(`area.provenance.${figure.provenance}`)}</span>
      )}
    </div>
  );
}

function IndicatorRows({
  node,
  appeal,
  national,
}: {
  node: ScoredNodeDto;
  appeal: Appeal | undefined;
  national: NationalItem | undefined;
}) {
  const { t, locale, pick } = useI18n();
  const ind = node.indicator;
  if (!ind) return null;
  const gap =
    ind.evaluatorValue !== null &&
    JSON.stringify(ind.evaluatorValue) !== JSON.stringify(ind.selfValue);
  return (
    <tr id={`node-${node.code}`} className={gap ? 'gap' : undefined}>
      <th scope="row">
        <span className="code">{node.code}</span> {pick(node.name)}
        {ind.error && <div className="form-error">{ind.error}</div>}
        {ind.figure && <FigureSourceLine figure={ind.figure} />}
        {national && (
          <div className="muted" data-testid={`tree-national-${node.code}`}>
            {t('area.national', {
              points: national.score === null ? '—' : formatNumber(national.score, locale),
            })}
            {national.note && <> — {national.note}</>}
          </div>
        )}
        {appeal && (
          <div className="muted" data-testid={`tree-appeal-${node.code}`}>
            {t('area.appeal')} <AppealTag appeal={appeal} />
          </div>
        )}
        <OptionCriteria node={node} />
        {!ind.figure && (
          <RubricLevels
            rubric={node.rubric}
            answer={ind.answer}
            selfValue={ind.selfValue}
            evaluatorValue={ind.evaluatorValue}
          />
        )}
      </th>
      <td className="num">{formatNumber(node.weight, locale)}</td>
      {ind.figure ? (
        <>
          <td>
            <AnswerText answer={ind.answer} value={ind.selfValue} />
            <div className="muted">{t('area.figureBy')}</div>
            <ItemTargetNote target={node.targetBaik} unresolved={node.targetUnresolved} />
          </td>
          <td>
            {ind.selfValue === null
              ? t('area.figureMissing')
              : ind.figure.verifiedBy
                ? t('area.figureVerified', { name: ind.figure.verifiedBy })
                : t('area.figureUnverified')}
          </td>
        </>
      ) : (
        <>
          <td>
            <AnswerText answer={ind.answer} value={ind.selfValue} />
          </td>
          <td>
            <AnswerText answer={ind.answer} value={ind.evaluatorValue} />
          </td>
        </>
      )}
      <td className="num">{formatNumber(node.points, locale)}</td>
      <td>
        {ind.evidence.length > 0 ? (
          <ul className="plain">
            {ind.evidence.map((e) => (
              <li key={e.url}>
                <a href={e.url} target="_blank" rel="noreferrer noopener">
                  {e.label}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="comments">
        {ind.selfComment && <p>{ind.selfComment}</p>}
        {ind.evaluatorComment && (
          <p>
            <strong>{t('area.evaluator')}:</strong> {ind.evaluatorComment}
          </p>
        )}
      </td>
    </tr>
  );
}

function Group({
  node,
  open,
  appeals,
  national,
}: {
  node: ScoredNodeDto;
  open: boolean;
  appeals: Appeals;
  national: NationalItems;
}) {
  const { t, locale, pick } = useI18n();
  const leaves = indicatorsOf(node.children ?? []);
  return (
    <details className="tree-group" id={`node-${node.code}`} open={open}>
      <summary>
        <span className="code">{node.code}</span> <span className="name">{pick(node.name)}</span>
        <span className="pts">
          {formatNumber(node.points, locale)} / {formatNumber(node.weight, locale)}{' '}
          {t('unit.points')}
          {node.selfPoints !== node.points && (
            <span className="muted">
              {' '}
              ({t('area.self')} {formatNumber(node.selfPoints, locale)})
            </span>
          )}
        </span>
        <span className="muted">
          {node.answered}/{node.indicatorCount}
        </span>
      </summary>
      <div className="table-wrap">
        <table className="data indicators">
          <thead>
            <tr>
              <th scope="col">{t('area.indicator')}</th>
              <th scope="col" className="num">
                {t('area.weight')}
              </th>
              <th scope="col">{t('area.self')}</th>
              <th scope="col">{t('area.evaluator')}</th>
              <th scope="col" className="num">
                {t('unit.points')}
              </th>
              <th scope="col">{t('area.evidence')}</th>
              <th scope="col">{t('area.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {leaves.map((leaf) => (
              <IndicatorRows
                key={leaf.code}
                node={leaf}
                appeal={appeals.get(leaf.code)}
                national={national.get(leaf.code)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** The area's parts down to each indicator: values, evidence and comments behind every number. */
export function ScoreTree({
  tree,
  openCode,
  appeals = new Map(),
  national = new Map(),
}: {
  tree: ScoredNodeDto[];
  openCode: string | null;
  /** each item's appeal (the open one, else the latest) */
  appeals?: Appeals;
  /** each item as KemenPANRB scored it (a closed year whose national result is recorded) */
  national?: NationalItems;
}) {
  // pmprb-2014 areas have sub-components under one tagged node; pmprb-2020 areas are tagged in three places
  const groups = indicatorGroups(tree);
  const contains = (g: ScoredNodeDto, code: string): boolean =>
    g.code === code || (g.children ?? []).some((c) => contains(c, code));
  return (
    <div className="tree">
      {groups.map((g) => (
        <Group
          key={g.code}
          node={g}
          open={openCode !== null && contains(g, openCode)}
          appeals={appeals}
          national={national}
        />
      ))}
    </div>
  );
}
