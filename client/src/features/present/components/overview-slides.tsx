import { areasAgainst, componentRows } from '@rapor/shared/forum';
import type { Deck } from '@rapor/shared/forum-schemas';
import { DECK_SLIDE_TITLE, DEMO_FIGURE_NOTE, OUTCOME_LABEL } from '@rapor/shared/labels';
import { outcomeTable, outcomeText } from '@rapor/shared/outcomes';
import { headlineParts, percentOf } from '@rapor/shared/summary';
import { useI18n } from '../../../i18n/i18n';
import { formatDelta, formatNumber, formatPercent } from '../../../lib/format';
import { SlideHeader } from './slide-header';
import { SlideTableHead } from './slide-table-head';

// The overview's other views as slides a forum's agenda may show (OPTIONAL_SLIDES in shared).

/**
 * Every area this year against last year and its target (optional, where the agenda shows it):
 * the overview's table for the room, the largest gain and fall marked.
 */
export function AreasSlide({ deck }: { deck: Deck }) {
  const { t, locale, pick } = useI18n();
  const { rows, gain, fall } = areasAgainst(deck);
  const previous = deck.previousYear;
  return (
    <>
      <SlideHeader
        kicker={t('deck.overviewKicker')}
        title={
          previous
            ? t('deck.areasTitle', { year: deck.year, previous })
            : t('deck.areasTitleFirst', { year: deck.year })
        }
      />
      <div className="slide-body areas-body">
        <table className="areas-table">
          <SlideTableHead
            name={t('deck.areasArea')}
            numbers={[
              deck.year,
              ...(previous ? [previous, t('deck.areasChange')] : []),
              t('deck.target'),
            ]}
          />
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} data-met={r.met ?? undefined}>
                <th scope="row" className="name">
                  <span className="area-code">{r.code}</span> {pick(r.name)}
                  {r.code === gain && <span className="tag up">{t('deck.areasGain')}</span>}
                  {r.code === fall && <span className="tag down">{t('deck.areasFall')}</span>}
                </th>
                <td className="num">{formatPercent(r.percent, locale, 1)}</td>
                {previous && (
                  <>
                    <td className="num">
                      {r.previous === null ? '—' : formatPercent(r.previous, locale, 1)}
                    </td>
                    <td
                      className={`num change${r.delta === null ? '' : r.delta >= 0 ? ' up' : ' down'}`}
                    >
                      {r.delta === null
                        ? t(`deck.areasApart.${r.apart ?? 'none'}`)
                        : formatDelta(r.delta, locale, 1)}
                    </td>
                  </>
                )}
                <td className="num achievement">
                  {r.targetPercent === null
                    ? '—'
                    : `${formatPercent(r.targetPercent, locale, 1)} ${r.met ? '✓' : '✗'}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="method-note">{t('deck.areasNote')}</p>
      </div>
    </>
  );
}

/**
 * The index traced to its components: from 2023 RB General against RB Tematik as two figures
 * with their share of the maximum, then every component as the overview's table has them.
 */
export function ComponentsSlide({ deck }: { deck: Deck }) {
  const { t, locale, pick } = useI18n();
  const headline = deck.general
    ? headlineParts({ components: deck.components ?? [], general: deck.general }).filter(
        (c) => !c.adjustment,
      )
    : [];
  return (
    <>
      <SlideHeader
        kicker={t('deck.overviewKicker')}
        title={pick(DECK_SLIDE_TITLE.components(deck.year, deck.general !== null))}
      />
      <div className="slide-body components-body">
        {headline.length > 0 && (
          <div className="headline-parts">
            {headline.map((c) => {
              const percent = percentOf(c.points, c.max);
              return (
                <div className="headline-part" key={c.code} data-testid={`headline-${c.code}`}>
                  <span className="label">{pick(c.name)}</span>
                  <span className="figure-line">
                    <span className="value">
                      {formatNumber(c.points, locale)}
                      <span className="of"> / {formatNumber(c.max, locale, 0)}</span>
                    </span>
                    <span className="share">
                      {t('deck.componentsShare', { percent: formatPercent(percent, locale, 1) })}
                    </span>
                  </span>
                  <span className="meter" aria-hidden="true">
                    <span style={{ width: `${Math.min(100, percent)}%` }} />
                  </span>
                </div>
              );
            })}
          </div>
        )}
        <table className="areas-table components-table">
          <SlideTableHead
            name={t('deck.componentsComponent')}
            numbers={[
              t('deck.componentsPoints'),
              t('deck.componentsMax'),
              t('deck.componentsPercent'),
            ]}
          />
          <tbody>
            {componentRows(deck).map((r) => (
              <tr key={r.code} className={r.kind}>
                <th scope="row" className="name">
                  {r.kind === 'component' && <span className="area-code">{r.code}</span>}{' '}
                  {pick(r.name)}
                  {r.kind === 'total' && ` · ${deck.shownPredicate ?? '—'}`}
                </th>
                <td className="num">
                  {r.adjustment ? formatDelta(r.points, locale) : formatNumber(r.points, locale)}
                </td>
                <td className="num">
                  {r.adjustment ? formatDelta(r.max, locale) : formatNumber(r.max, locale)}
                </td>
                <td className="num">
                  {r.percent === null ? '—' : formatPercent(r.percent, locale, 1)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {deck.general && deck.general.notApplicable > 0 && (
          <p className="method-note">
            {t('overview.rescaled', {
              n: deck.general.notApplicable,
              weight: formatNumber(deck.general.applicableWeight, locale),
              max: formatNumber(deck.general.max, locale, 0),
            })}
          </p>
        )}
        {deck.standing !== 'final' && (
          <p className="method-note">
            {t(deck.standing === 'incomplete' ? 'deck.incomplete' : 'deck.provisional', {
              answered: deck.completeness.answered,
              total: deck.completeness.total,
            })}
          </p>
        )}
      </div>
    </>
  );
}

/**
 * The ministry's outcome figures over the last years up to the deck's, each from its own
 * source; a year without a figure shows "—", demo data carries a star.
 */
export function OutcomesSlide({ deck }: { deck: Deck }) {
  const { t, locale, pick } = useI18n();
  const { years, rows, demo } = outcomeTable(deck.outcomes ?? [], deck.year);
  return (
    <>
      <SlideHeader
        kicker={t('deck.overviewKicker')}
        title={pick(DECK_SLIDE_TITLE.outcomes(years[0] ?? deck.year, deck.year))}
      />
      <div className="slide-body outcomes-body">
        <table className="areas-table outcomes-table">
          <SlideTableHead name={t('deck.outcomesIndicator')} numbers={years} />
          <tbody>
            {rows.map((r) => (
              <tr key={r.kind} data-testid={`outcome-row-${r.kind}`}>
                <th scope="row" className="name">
                  {pick(OUTCOME_LABEL[r.kind])}
                </th>
                {r.cells.map((cell, i) => (
                  <td className={`num${years[i] === deck.year ? ' current' : ''}`} key={years[i]}>
                    {outcomeText(cell, locale)}
                    {cell?.source === 'demo' && '*'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="method-note">
          {t('deck.outcomesNote')}
          {demo && ` ${pick(DEMO_FIGURE_NOTE)}`}
        </p>
      </div>
    </>
  );
}
