import { QUARTER_LABEL, quarterList } from '@rapor/shared/action-plan';
import type { AreaCode } from '@rapor/shared/areas';
import { rowsWithMore, type SlidePage, shownOn, slideDirections } from '@rapor/shared/deck-pages';
import { targetSlideItems } from '@rapor/shared/forum';
import type { Deck, DeckArea, DeckPlan, Direction } from '@rapor/shared/forum-schemas';
import {
  appealTallyLine,
  CONTINUED_LABEL,
  DECK_LIST_HEADING,
  PLAN_STANDING_LABEL,
  SNAPSHOT_TAMPERED,
} from '@rapor/shared/labels';
import { predicateLabel } from '@rapor/shared/predicate';
import type { TargetBaikSummary } from '@rapor/shared/schemas';
import { LOGO_URL, useIdentity } from '../../../api/get-identity';
import {
  ClosedUnverifiedNote,
  IndexSourceTag,
  PredicateAssumedNote,
} from '../../../components/ui/index-labels';
import { StandingTag } from '../../../components/ui/standing-tag';
import { useLoweredText } from '../../../components/ui/target-baik';
import { useI18n } from '../../../i18n/i18n';
import {
  formatDate,
  formatDelta,
  formatNumber,
  formatPercent,
  formatPlainNumber,
} from '../../../lib/format';
import { AreaHistoryChart, DeckIndexChart, PartsChart, PartsLegend } from './deck-charts';
import { AreasSlide, ComponentsSlide, OutcomesSlide } from './overview-slides';
import { SlideHeader } from './slide-header';
import { SlideTableHead } from './slide-table-head';

/** What a slide shows besides the frozen deck: this forum's directions, captured live. */
export interface LiveDirections {
  stored: readonly Direction[];
  pending: readonly { text: string; owner: string; area: AreaCode | null }[];
  /**
   * the presenter window says which are still waiting to be sent; the projected slide shows
   * them as recorded (the room sees the direction, not the state of the network)
   */
  markPending: boolean;
}

/** One slide at its logical size, 1920 × 1080; the frame scales it to the screen or page. */
export function SlideView({
  deck,
  slide,
  index,
  count,
  live,
}: {
  deck: Deck;
  slide: SlidePage;
  index: number;
  count: number;
  live: LiveDirections;
}) {
  const area = 'area' in slide ? deck.areas.find((a) => a.code === slide.area) : undefined;
  return (
    <article
      className={`slide slide-${slide.kind}`}
      aria-roledescription="slide"
      data-part={slide.of > 1 ? `${slide.part + 1}/${slide.of}` : undefined}
    >
      {slide.kind === 'title' && <TitleSlide deck={deck} />}
      {slide.kind === 'overview' && <OverviewSlide deck={deck} />}
      {slide.kind === 'areas' && <AreasSlide deck={deck} />}
      {slide.kind === 'components' && <ComponentsSlide deck={deck} />}
      {slide.kind === 'outcomes' && <OutcomesSlide deck={deck} />}
      {slide.kind === 'targets' && deck.targetBaik && (
        <TargetsSlide deck={deck} page={slide} targets={deck.targetBaik} />
      )}
      {slide.kind === 'area-score' && area && <AreaScoreSlide area={area} />}
      {slide.kind === 'area-actions' && area && (
        <AreaActionsSlide
          deck={deck}
          page={slide}
          area={area}
          given={live.stored.filter((d) => d.area === area.code)}
          live={live}
        />
      )}
      {slide.kind === 'area-plan' && area?.plan && (
        <AreaPlanSlide deck={deck} page={slide} area={area} plan={area.plan} />
      )}
      {slide.kind === 'closing' && (
        <ClosingSlide
          deck={deck}
          page={slide}
          given={live.stored.filter((d) => d.area === null)}
          live={live}
        />
      )}
      <SlideFooter deck={deck} index={index} count={count} />
    </article>
  );
}

function SlideFooter({ deck, index, count }: { deck: Deck; index: number; count: number }) {
  const { t } = useI18n();
  return (
    <footer className="slide-footer">
      <span>{t('deck.footer', { year: deck.year })}</span>
      <span>
        <SnapshotLabel deck={deck} />
      </span>
      <span className="slide-number">
        {index + 1} / {count}
      </span>
    </footer>
  );
}

export function SnapshotLabel({ deck }: { deck: Deck }) {
  const { t, locale } = useI18n();
  const when = formatDateTime(deck.asOf, locale);
  if (!deck.snapshot) return t('deck.liveLabel', { when });
  return (
    <>
      {t('deck.snapshotLabel', { number: deck.snapshot.number, when })}{' '}
      <TamperedNote snapshot={deck.snapshot} />
    </>
  );
}

/** Beside a snapshot that no longer matches its fingerprint, on a slide or in a list. */
export function TamperedNote({ snapshot }: { snapshot: { intact: boolean } }) {
  const { pick } = useI18n();
  if (snapshot.intact) return null;
  return (
    <strong className="tampered" data-testid="snapshot-tampered">
      {pick(SNAPSHOT_TAMPERED)}
    </strong>
  );
}

/** An ISO moment in WIB, the ministry's time: "25 Nov 2026 10.00 WIB". */
export function formatDateTime(iso: string, locale: 'id' | 'en') {
  const wib = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
  return `${formatDate(wib, locale)} ${wib.slice(11, 16).replace(':', locale === 'id' ? '.' : ':')} WIB`;
}

function TitleSlide({ deck }: { deck: Deck }) {
  const { t, locale, pick } = useI18n();
  const identity = useIdentity().data;
  return (
    <div className="slide-body title-body">
      {identity?.logo && <img className="title-logo" src={LOGO_URL} alt="" />}
      <p className="kicker">{identity ? pick(identity.name) : t('deck.ministry')}</p>
      <h1>{t('deck.forumTitle')}</h1>
      <p className="title-year">{t('deck.evaluationYear', { year: deck.year })}</p>
      <p className="title-date">{formatDate(deck.asOf, locale)}</p>
      <p className="title-snapshot">
        <SnapshotLabel deck={deck} />
      </p>
    </div>
  );
}

function OverviewSlide({ deck }: { deck: Deck }) {
  const { t, locale, pick } = useI18n();
  const provisional = deck.standing !== 'final';
  return (
    <>
      <SlideHeader
        kicker={t('deck.overviewKicker')}
        title={t('deck.overviewTitle', { year: deck.year })}
      />
      <div className="slide-body split">
        <div className="chart-box">
          <DeckIndexChart deck={deck} width={1120} height={700} />
        </div>
        <div className="big-figures">
          <div className="big-figure">
            <span className="label">{t('deck.index', { year: deck.year })}</span>
            <span className="value">
              {formatNumber(deck.index, locale)}
              <span className="of"> / {formatNumber(deck.maxScore, locale, 0)}</span>
            </span>
            <IndexSourceTag source={deck.indexSource} />
          </div>
          <div
            className={`big-figure predicate-${deck.shownPredicate?.toLowerCase() ?? 'none'}`}
            data-testid="deck-predicate"
          >
            <span className="label">{t('deck.predicate')}</span>
            {deck.shownPredicate === null ? (
              <>
                <span className="value">—</span>
                <span className="basis">{t('standing.noPredicate')}</span>
              </>
            ) : (
              <>
                <span className="value">
                  {deck.shownPredicate}{' '}
                  <span className="of">{pick(predicateLabel(deck.shownPredicate))}</span>
                </span>
                <PredicateAssumedNote
                  assumed={deck.predicateAssumed}
                  source={deck.predicateSource}
                />
                <ClosedUnverifiedNote count={deck.areasClosedUnverified} />
                {deck.targetBaik && <DeckTargetBaik deck={deck} targets={deck.targetBaik} />}
              </>
            )}
          </div>
          <div className="big-figure">
            <span className="label">
              {deck.previousYear
                ? t('deck.changeFrom', { year: deck.previousYear })
                : t('deck.noPrevious')}
            </span>
            <span
              className={`value ${deck.indexDelta === null ? '' : deck.indexDelta >= 0 ? 'up' : 'down'}`}
            >
              {deck.indexDelta === null ? '—' : formatDelta(deck.indexDelta, locale)}
            </span>
            {deck.indexDelta !== null && deck.indexDeltaBasis === 'percent' && (
              <span className="basis">{t('deck.deltaAsPercent')}</span>
            )}
          </div>
          {deck.methodChanged && (
            <p className="method-note">{t('deck.methodChanged', { method: deck.method })}</p>
          )}
          {deck.versionChanged && (
            <p className="method-note">{t('deck.versionChanged', { framework: deck.framework })}</p>
          )}
          {provisional && (
            <p className="method-note">
              {t(deck.standing === 'incomplete' ? 'deck.incomplete' : 'deck.provisional', {
                answered: deck.completeness.answered,
                total: deck.completeness.total,
              })}
            </p>
          )}
        </div>
      </div>
    </>
  );
}

/**
 * Every counted item against its target baik, those that miss it first, in two columns so
 * that 22 rows stay readable from the back of the room.
 */
function TargetsSlide({
  deck,
  page,
  targets,
}: {
  deck: Deck;
  page: SlidePage;
  targets: TargetBaikSummary;
}) {
  const { t, locale, pick } = useI18n();
  const { rows: items, more } = rowsWithMore(targetSlideItems(targets.items), targets.total);
  const columns = [shownOn(page, 'targetsLeft', items), shownOn(page, 'targetsRight', items)];
  const lowered = useLoweredText(deck.shownPredicate, targets);
  return (
    <>
      <SlideHeader
        kicker={t('targetBaik.title')}
        title={t('deck.targetsTitle', { year: deck.year })}
        page={page}
      />
      <div className="slide-body targets-body">
        <p className="targets-share">
          <strong>{t('targetBaik.met', { met: targets.met, total: targets.total })}</strong>
          {lowered && ` — ${lowered}`}
        </p>
        <div className="targets-columns">
          {columns.map(
            (column, i) =>
              column && (
                <table className="targets-table" key={i === 0 ? 'first' : 'second'}>
                  <colgroup>
                    <col className="name" />
                    <col className="target" />
                    <col className="value" />
                    <col className="achievement" />
                  </colgroup>
                  <SlideTableHead
                    name={t('deck.targetsItem')}
                    numbers={[
                      t('deck.targetsTarget'),
                      t('deck.targetsValue'),
                      t('deck.targetsAchievement'),
                    ]}
                  />
                  <tbody>
                    {column.rows.map((item) =>
                      item === null ? (
                        <tr key="more" className="more">
                          <td colSpan={4}>{t('deck.andMore', { count: more })}</td>
                        </tr>
                      ) : (
                        <tr key={item.code} data-met={item.met}>
                          <th scope="row">
                            {item.area && <span className="area-code">{item.area}</span>}{' '}
                            {pick(item.name)}
                          </th>
                          <td className="num">≥ {formatPlainNumber(item.target, locale)}</td>
                          <td className="num">
                            {item.value === null ? '—' : formatPlainNumber(item.value, locale)}
                          </td>
                          <td className="num achievement">
                            {item.achievement === null
                              ? t('targetBaik.item.none')
                              : `${formatPercent(item.achievement, locale)} ${item.met ? '✓' : '✗'}`}
                          </td>
                        </tr>
                      ),
                    )}
                  </tbody>
                </table>
              ),
          )}
        </div>
        {deck.predicateAssumed && (
          <p className="method-note">
            {t('label.predicateAssumed.why', { source: deck.predicateSource ?? '—' })}
          </p>
        )}
      </div>
    </>
  );
}

/** Under the predicate: why it was lowered, or else the share of items meeting target baik. */
function DeckTargetBaik({ deck, targets }: { deck: Deck; targets: TargetBaikSummary }) {
  const { t } = useI18n();
  const lowered = useLoweredText(deck.shownPredicate, targets);
  return (
    <span className="basis" data-testid="deck-target-baik">
      {lowered ?? t('targetBaik.met', { met: targets.met, total: targets.total })}
    </span>
  );
}

function Presenter({ area }: { area: DeckArea }) {
  const { t } = useI18n();
  return (
    <p className="presenter">
      {t('deck.presentedBy')}
      <strong>{area.chair ?? t('deck.noChair')}</strong>
      {area.workingGroup && <span>{area.workingGroup}</span>}
    </p>
  );
}

function AreaScoreSlide({ area }: { area: DeckArea }) {
  const { t, locale, pick } = useI18n();
  return (
    <>
      <SlideHeader
        kicker={`${t('deck.areaKicker', { code: area.code })}`}
        title={pick(area.name)}
        aside={<Presenter area={area} />}
      />
      <div className="slide-body area-score">
        <section>
          <h3>{t('deck.areaHistoryTitle')}</h3>
          <AreaHistoryChart area={area} width={860} height={500} />
          <p className="legend">
            <span className="swatch current" /> {t('deck.percentOfMax')}{' '}
            <span className="swatch target" /> {t('deck.target')}
          </p>
        </section>
        <section>
          <h3>
            {t('deck.partsTitle')}{' '}
            <StandingTag standing={area.standing} answered={area.answered} total={area.total} />
          </h3>
          {area.parts.length > 0 ? (
            <>
              <PartsChart parts={area.parts} width={860} height={480} />
              <PartsLegend />
            </>
          ) : (
            <p className="empty">{t('deck.noParts')}</p>
          )}
        </section>
        <div className="score-strip">
          <span>
            {t('deck.points')}: <strong>{formatNumber(area.points, locale)}</strong> /{' '}
            {formatNumber(area.max, locale)}
          </span>
          <span>
            {t('deck.percentOfMax')}: <strong>{formatPercent(area.percent, locale, 1)}</strong>
          </span>
          <span>
            {t('deck.target')}:{' '}
            <strong>
              {area.targetPercent === null ? '—' : formatPercent(area.targetPercent, locale, 1)}
            </strong>
          </span>
          <span>
            {t('deck.status')}:{' '}
            <strong>
              {area.closedUnverified ? t('status.closedUnverified') : t(`status.${area.status}`)}
            </strong>
          </span>
        </div>
      </div>
    </>
  );
}

function More({ count }: { count: number }) {
  const { t } = useI18n();
  return count > 0 ? <li className="more">{t('deck.andMore', { count })}</li> : null;
}

/** A list's heading, marked where the list continues from the slide before. */
function ListHeading({ text, continued }: { text: string; continued: boolean }) {
  const { pick } = useI18n();
  return (
    <h3>
      {text}
      {continued && <span className="continued"> {pick(CONTINUED_LABEL)}</span>}
    </h3>
  );
}

/**
 * An area's achievements, this year's recommendations, the follow-up of earlier ones and the
 * minister's directions, in three columns; a column that runs past the slide continues on the
 * next (deck-pages), so no text is cut.
 */
function AreaActionsSlide({
  deck,
  page,
  area,
  given,
  live,
}: {
  deck: Deck;
  page: SlidePage;
  area: DeckArea;
  /** this forum's recorded directions for the area */
  given: readonly Direction[];
  /** those still waiting to be sent (on the area's last slide) */
  live: LiveDirections;
}) {
  const { t, locale, pick } = useI18n();
  const lists = {
    achievements: rowsWithMore(area.achievements, area.achievementCount),
    recommendations: rowsWithMore(area.recommendations, area.recommendationCount),
    earlier: rowsWithMore(area.earlier, area.earlierCount),
  };
  const achievements = shownOn(page, 'achievements', lists.achievements.rows);
  const recommendations = shownOn(page, 'recommendations', lists.recommendations.rows);
  const earlier = shownOn(page, 'earlier', lists.earlier.rows);
  const directions = shownOn(page, 'directions', slideDirections(area.directions, given));
  return (
    <>
      <SlideHeader
        kicker={`${t('deck.areaKicker', { code: area.code })}`}
        title={pick(area.name)}
        aside={<Presenter area={area} />}
        page={page}
      />
      <div className="slide-body area-actions">
        <section>
          {achievements && (
            <>
              <ListHeading
                text={pick(DECK_LIST_HEADING.achievements(area.achievementCount))}
                continued={achievements.continued}
              />
              {achievements.rows.length === 0 ? (
                <p className="empty">{t('deck.noAchievements')}</p>
              ) : (
                <ul className="rows">
                  {achievements.rows.map((a) =>
                    a ? (
                      <li key={`${a.title}-${a.date}`}>
                        <span className="tag">{t(`kind.${a.kind}`)}</span> {a.title}
                        {a.metric && <span className="muted"> — {a.metric}</span>}
                      </li>
                    ) : (
                      <More key="more" count={lists.achievements.more} />
                    ),
                  )}
                </ul>
              )}
            </>
          )}
        </section>
        <section>
          {recommendations && (
            <>
              <ListHeading
                text={pick(DECK_LIST_HEADING.recommendations(deck.year))}
                continued={recommendations.continued}
              />
              {recommendations.rows.length === 0 ? (
                <p className="empty">{t('deck.noRecommendations')}</p>
              ) : (
                <ul className="rows">
                  {recommendations.rows.map((r) =>
                    r ? (
                      <li key={r.id}>
                        <span className={`tag priority-${r.priority}`}>
                          {t(`priority.${r.priority}`)}
                        </span>{' '}
                        {r.text}
                      </li>
                    ) : (
                      <More key="more" count={lists.recommendations.more} />
                    ),
                  )}
                </ul>
              )}
            </>
          )}
          {earlier && (
            <>
              <ListHeading text={pick(DECK_LIST_HEADING.earlier())} continued={earlier.continued} />
              {earlier.rows.length === 0 ? (
                <p className="empty">{t('deck.noEarlier')}</p>
              ) : (
                <ul className="rows">
                  {earlier.rows.map((r) =>
                    r ? (
                      <li key={r.id}>
                        <span className={`tag rec-${r.status}`}>{t(`rec.${r.status}`)}</span>{' '}
                        <span className="muted">{r.year}</span> {r.text}
                      </li>
                    ) : (
                      <More key="more" count={lists.earlier.more} />
                    ),
                  )}
                </ul>
              )}
            </>
          )}
        </section>
        {/* a continuation without directions leaves the column bare, without its rule */}
        <section className={directions ? 'directions' : undefined}>
          {directions && (
            <>
              <ListHeading
                text={pick(DECK_LIST_HEADING.directions())}
                continued={directions.continued}
              />
              <DirectionRows
                rows={directions.rows}
                // what waits to be sent follows the last of the list
                pending={directions.ends ? live.pending.filter((d) => d.area === area.code) : []}
                markPending={live.markPending}
                locale={locale}
              />
            </>
          )}
        </section>
      </div>
    </>
  );
}

/**
 * The group's action plan on the deck's day: how far it is carried out, the budget, each
 * quarter's reporting, and the actions furthest behind (late ones first).
 */
function AreaPlanSlide({
  deck,
  page,
  area,
  plan,
}: {
  deck: Deck;
  page: SlidePage;
  area: DeckArea;
  plan: DeckPlan;
}) {
  const { t, locale, pick } = useI18n();
  const lastDue = plan.due.at(-1);
  const rows = shownOn(page, 'planRows', plan.rows)?.rows ?? [];
  const lastPart = page.part === page.of - 1;
  return (
    <>
      <SlideHeader
        kicker={t('deck.planKicker', { code: area.code, year: deck.year })}
        title={pick(area.name)}
        aside={<Presenter area={area} />}
        page={page}
      />
      <div className="slide-body area-plan">
        {page.part === 0 && (
          <div className="plan-headline">
            <div className="big-figure">
              <span className="label">
                {lastDue
                  ? t('deck.planImplementation', { quarter: QUARTER_LABEL[lastDue] })
                  : t('deck.planImplementationNone')}
              </span>
              <span className="value">
                {plan.implementation === null ? '—' : formatNumber(plan.implementation, locale)}
                <span className="of"> / 100</span>
              </span>
            </div>
            <div className="plan-side">
              <p>
                <span className={`plan-standing plan-${plan.standing}`}>
                  {pick(PLAN_STANDING_LABEL[plan.standing])}
                </span>{' '}
                {t('deck.planCounts', { actions: plan.actions, activities: plan.activities })}
              </p>
              <p>
                {t('deck.planBudget', {
                  realised: formatNumber(plan.budgetRealised, locale, 0),
                  due: formatNumber(plan.budgetDue, locale, 0),
                  total: formatNumber(plan.budgetTotal, locale, 0),
                })}
              </p>
              <ol className="plan-quarters" aria-label={t('deck.planQuarters')}>
                {plan.quarters.map((q) => (
                  <li key={q.quarter} data-state={q.state} className={`quarter-${q.state}`}>
                    <strong>{QUARTER_LABEL[q.quarter]}</strong>{' '}
                    {q.state === 'nothing'
                      ? '—'
                      : `${t(`deck.quarter.${q.state}`)} ${q.reported}/${q.of}`}
                  </li>
                ))}
              </ol>
            </div>
          </div>
        )}
        <table className="plan-rows">
          <colgroup>
            <col className="action" />
            <col className="target" />
            <col className="realised" />
            <col className="share" />
          </colgroup>
          <SlideTableHead
            name={t('deck.planAction')}
            numbers={[t('deck.planTargetDue'), t('deck.planRealisedDue'), t('deck.planShare')]}
          />
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-late={r.late.length > 0 || undefined}>
                <td>
                  <div className="plan-action">
                    {r.late.length > 0 && (
                      <span className="tag late">
                        {t('deck.planLate', { quarters: quarterList(r.late) })}
                      </span>
                    )}{' '}
                    {r.text}
                  </div>
                </td>
                <td className="num">
                  {formatPlainNumber(r.targetDue, locale)}{' '}
                  <span className="unit">{r.outputUnit}</span>
                </td>
                <td className="num">{formatPlainNumber(r.realisedDue, locale)}</td>
                <td className="num">
                  {r.percent === null ? '—' : formatPercent(r.percent, locale, 0)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {lastPart && plan.actions > plan.rows.length && (
          <p className="more">{t('deck.andMore', { count: plan.actions - plan.rows.length })}</p>
        )}
      </div>
    </>
  );
}

/** Directions as a slide lists them: earlier forums' with their status, then this forum's. */
function DirectionRows({
  rows,
  pending,
  markPending,
  locale,
}: {
  rows: ReturnType<typeof slideDirections<Deck['closing']['directions'][number], Direction>>;
  pending: LiveDirections['pending'];
  markPending: boolean;
  locale: 'id' | 'en';
}) {
  const { t } = useI18n();
  if (rows.length + pending.length === 0) return <p className="empty">{t('deck.noDirections')}</p>;
  return (
    <ul className="rows">
      {rows.map(({ given, d }) =>
        given ? (
          <li key={`s-${d.id}`} className="new-direction" data-direction="stored">
            <span className="tag dir-new">{t('deck.newDirection')}</span> {d.text}
            <span className="muted">
              {' '}
              — {d.owner}
              {d.dueDate && `, ${formatDate(d.dueDate, locale)}`}
            </span>
          </li>
        ) : (
          <li key={`e-${d.id}`}>
            <span className={`tag dir-${d.status}`}>{t(`rec.${d.status}`)}</span>{' '}
            <span className="muted">{d.year}</span> {d.text}
          </li>
        ),
      )}
      {pending.map((d) => (
        <li
          key={`p-${d.text}`}
          className={markPending ? 'new-direction pending' : 'new-direction'}
          data-direction="pending"
        >
          {markPending ? (
            <span className="tag dir-pending">{t('deck.pendingDirection')}</span>
          ) : (
            <span className="tag dir-new">{t('deck.newDirection')}</span>
          )}{' '}
          {d.text}
          <span className="muted"> — {d.owner}</span>
        </li>
      ))}
    </ul>
  );
}

function ClosingSlide({
  deck,
  page,
  given,
  live,
}: {
  deck: Deck;
  page: SlidePage;
  given: readonly Direction[];
  live: LiveDirections;
}) {
  const { t, locale, pick } = useI18n();
  const { followUp } = deck.closing;
  const priorityRows = rowsWithMore(deck.closing.priorities, deck.closing.priorityCount);
  const priorities = shownOn(page, 'priorities', priorityRows.rows);
  const directions = shownOn(
    page,
    'closingDirections',
    slideDirections(deck.closing.directions, given),
  );
  const pending = directions?.ends ? live.pending.filter((d) => d.area === null) : [];
  return (
    <>
      <SlideHeader
        kicker={t('deck.closingKicker')}
        title={t('deck.closingTitle', { year: deck.year })}
        page={page}
      />
      <div className="slide-body closing">
        <section>
          {priorities && (
            <>
              <ListHeading
                text={pick(DECK_LIST_HEADING.priorities(deck.closing.issued))}
                continued={priorities.continued}
              />
              {priorities.rows.length === 0 ? (
                <p className="empty">{t('deck.noPriorities')}</p>
              ) : (
                <ul className="rows">
                  {priorities.rows.map((r) =>
                    r ? (
                      <li key={r.id}>
                        <span className="tag">{r.area}</span> {r.text}
                      </li>
                    ) : (
                      <More key="more" count={priorityRows.more} />
                    ),
                  )}
                </ul>
              )}
            </>
          )}
          {directions && (
            <>
              <ListHeading
                text={pick(DECK_LIST_HEADING.closingDirections())}
                continued={directions.continued}
              />
              <DirectionRows
                rows={directions.rows}
                pending={pending}
                markPending={live.markPending}
                locale={locale}
              />
            </>
          )}
        </section>
        {page.part === 0 && (
          <section className="follow-up">
            <h3>{t('deck.followUpRate')}</h3>
            <p className="rate">
              {followUp.rate === null ? '—' : formatPercent(followUp.rate, locale, 0)}
            </p>
            <p>
              {t('deck.followUpCounts', {
                done: followUp.done,
                total: followUp.total - followUp.dropped,
                dropped: followUp.dropped,
              })}
            </p>
            {deck.closing.appeals && deck.closing.appeals.total > 0 && (
              <p className="appeals-line" data-testid="closing-appeals">
                {pick(appealTallyLine(deck.closing.appeals))}
              </p>
            )}
          </section>
        )}
      </div>
    </>
  );
}
