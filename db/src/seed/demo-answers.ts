import type { AnswerType, AnswerValue } from '@rapor/shared/answers';
import { fractionOf, SCALES } from '@rapor/shared/answers';
import { AREA_CODES, type AreaCode } from '@rapor/shared/areas';
import {
  areaMaxPoints,
  areaRoots,
  type Framework,
  type FrameworkNode,
  indicators,
} from '@rapor/shared/framework';
import { countingValue, evaluatorValueCounts } from '@rapor/shared/official-value';
import type { OutcomeKind } from '@rapor/shared/schemas';
import { scoreFramework } from '@rapor/shared/scoring';
import { summarize } from '@rapor/shared/summary';
import type { ResultStatus } from '@rapor/shared/workflow';
import { isVerified } from '@rapor/shared/workflow';
import { OUTCOMES, PUBLISHED_INDEX } from './published-facts';

export const DEMO_YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;
export const OPEN_YEAR = 2025;

/**
 * PermenPANRB 14/2014 until 2019; 26/2020 from 2020, with the KPK integrity survey from
 * 2021; RB General and RB Tematik (PermenPANRB 9/2023) from 2023, with the 2024 weights,
 * targets baik and predicate rule (KepmenPANRB 182/2024) from 2024.
 */
export function frameworkIdOfYear(year: number): string {
  if (year < 2020) return 'pmprb-2014';
  if (year >= 2024) return 'pmprb-2024';
  if (year === 2023) return 'pmprb-2023';
  return year === 2020 ? 'pmprb-2020' : 'pmprb-2021';
}

/**
 * Designed percent of maximum per area, 2018–2025 (evaluator's values). The index rises
 * unevenly, dips in 2020 (method change, WDP opinion), and PPU lags throughout.
 */
export const AREA_TRAJECTORY: Record<AreaCode, readonly number[]> = {
  MP: [72, 76, 73, 77, 80, 80, 82, 88],
  PPU: [58, 60, 51, 52, 54, 51, 53, 60],
  ORG: [66, 70, 67, 71, 74, 74, 77, 83],
  TTL: [64, 69, 69, 73, 77, 78, 81, 87],
  SDM: [70, 74, 70, 75, 77, 78, 81, 88],
  AKT: [74, 77, 74, 77, 79, 79, 81, 87],
  PWS: [68, 72, 69, 73, 75, 75, 78, 84],
  YAN: [75, 79, 76, 78, 80, 81, 83, 89],
};

/**
 * The index each year until 2022 is calibrated to; 2021 and 2022 are the published figures.
 * From 2023 (a new method, no published Kemensos index) the index is what the demo figures
 * give.
 */
export const INDEX_TARGET: Record<number, number> = {
  2018: 71.12,
  2019: 73.46,
  2020: 72.05,
  2021: PUBLISHED_INDEX[2021] ?? 0,
  2022: PUBLISHED_INDEX[2022] ?? 0,
};

/** The open year's workflow: some areas still in draft, some submitted, one returned, one verified. */
export const OPEN_YEAR_STATUS: Record<AreaCode, ResultStatus> = {
  MP: 'draft',
  PPU: 'draft',
  ORG: 'submitted',
  TTL: 'submitted',
  SDM: 'returned',
  AKT: 'verified',
  PWS: 'submitted',
  YAN: 'draft',
};

export function statusOf(year: number, area: AreaCode): ResultStatus {
  return year === OPEN_YEAR ? OPEN_YEAR_STATUS[area] : 'final';
}

export interface DemoAnswer {
  indicatorCode: string;
  areaCode: AreaCode | null;
  selfValue: AnswerValue | null;
  evaluatorValue: AnswerValue | null;
  evaluatorComment: string | null;
  /** on a sourced figure: the document it comes from, and whether the figure is published */
  figure?: DemoFigure;
}

export interface DemoFigure {
  sourcedBy: string;
  title: string;
  provenance: 'published' | 'demo';
  /** the evaluator has checked it against the source (closed years) */
  verified: boolean;
}

/** mulberry32: a tiny deterministic PRNG so the demo is the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The answers a worksheet offers for an indicator, from worst to best. */
function candidates(answer: AnswerType): AnswerValue[] {
  switch (answer.type) {
    case 'yesno':
      return [false, true];
    case 'scale':
      return Object.keys(SCALES[answer.scale]).reverse();
    case 'percent':
      return Array.from({ length: 21 }, (_, k) => k * 5);
    case 'number':
      if (answer.integer) {
        return Array.from({ length: answer.max - answer.min + 1 }, (_, k) => answer.min + k);
      }
      return Array.from(
        { length: 21 },
        (_, k) => Math.round((answer.min + ((answer.max - answer.min) * k) / 20) * 100) / 100,
      );
    case 'choice':
      return [...answer.options].sort((a, b) => a.fraction - b.fraction).map((o) => o.value);
  }
}

function fraction(answer: AnswerType, value: AnswerValue): number {
  const r = fractionOf(answer, value);
  return r.ok ? r.fraction : 0;
}

/**
 * Picks answers for an area's indicators whose points come as close as the worksheet allows
 * to `targetPercent` of the area's maximum: a noisy start, then greedy one-step moves.
 */
function answersNear(
  leaves: FrameworkNode[],
  max: number,
  targetPercent: number,
  rand: () => number,
) {
  const lists = leaves.map((l) => candidates(l.answer as AnswerType));
  const target = (max * targetPercent) / 100;
  const pick = lists.map((list, i) => {
    const leaf = leaves[i] as FrameworkNode;
    const wanted = Math.min(1, Math.max(0, targetPercent / 100 + (rand() - 0.5) * 0.35));
    let best = 0;
    list.forEach((v, k) => {
      const a = leaf.answer as AnswerType;
      if (
        Math.abs(fraction(a, v) - wanted) <
        Math.abs(fraction(a, list[best] as AnswerValue) - wanted)
      )
        best = k;
    });
    return best;
  });
  const points = () =>
    pick.reduce((s, k, i) => {
      const leaf = leaves[i] as FrameworkNode;
      return (
        s +
        leaf.weight *
          fraction(leaf.answer as AnswerType, (lists[i] as AnswerValue[])[k] as AnswerValue)
      );
    }, 0);
  for (let round = 0; round < 200; round++) {
    const current = Math.abs(points() - target);
    let bestMove: [number, number] | null = null;
    let bestGap = current;
    for (let i = 0; i < pick.length; i++) {
      for (const step of [-1, 1]) {
        const k = (pick[i] as number) + step;
        if (k < 0 || k >= (lists[i] as AnswerValue[]).length) continue;
        const before = pick[i] as number;
        pick[i] = k;
        const gap = Math.abs(points() - target);
        pick[i] = before;
        if (gap < bestGap - 1e-12) {
          bestGap = gap;
          bestMove = [i, k];
        }
      }
    }
    if (!bestMove) break;
    pick[bestMove[0]] = bestMove[1];
  }
  return pick.map((k, i) => ({ list: lists[i] as AnswerValue[], k }));
}

const EVALUATOR_NOTES = [
  'Data dukung belum menunjukkan pelaksanaan di seluruh unit; nilai disesuaikan.',
  'Bukti tindak lanjut belum lengkap; nilai diturunkan satu tingkat.',
  'Dokumen yang diunggah belum ditetapkan pimpinan.',
];

/** The answers of one area in one year: evaluator's values and the chair's (often higher) ones. */
export function areaAnswers(framework: Framework, year: number, area: AreaCode): DemoAnswer[] {
  const yearIndex = DEMO_YEARS.indexOf(year as (typeof DEMO_YEARS)[number]);
  const rand = prng(year * 100 + AREA_CODES.indexOf(area) + 1);
  const leaves = indicators(areaRoots(framework, area));
  const status = statusOf(year, area);
  const chosen = answersNear(
    leaves,
    areaMaxPoints(framework, area),
    AREA_TRAJECTORY[area][yearIndex] ?? 70,
    rand,
  );
  const hasEvaluator = isVerified(status) || status === 'returned';
  const lightest = leaves
    .filter((l) => !l.sourcedBy)
    .reduce<FrameworkNode | undefined>((a, l) => (a && a.weight <= l.weight ? a : l), undefined);
  return leaves.map((leaf, i) => {
    const { list, k } = chosen[i] as { list: AnswerValue[]; k: number };
    const evaluator = list[k] as AnswerValue;
    if (leaf.sourcedBy) {
      // An item that is a ministry outcome figure (SAKIP, SPI, SKM …) carries that figure.
      const outcome = leaf.outcome ? OUTCOMES[year]?.[leaf.outcome] : undefined;
      const value = outcome
        ? leaf.answer?.type === 'choice'
          ? outcome.text
          : outcome.value
        : null;
      const published = value !== null && outcome?.source === 'published';
      return {
        indicatorCode: leaf.code,
        areaCode: area,
        selfValue: value ?? evaluator,
        evaluatorValue: null,
        evaluatorComment: null,
        figure: {
          sourcedBy: leaf.sourcedBy,
          title: published
            ? (outcome?.note ?? `${leaf.name.id} ${year}`)
            : `Laporan ${leaf.sourcedBy}: ${leaf.name.id} ${year}`,
          provenance: published ? 'published' : 'demo',
          verified: year !== OPEN_YEAR,
        },
      };
    }
    const chairHigher = rand() < 0.35 && k + 1 < list.length;
    const self = chairHigher ? (list[k + 1] as AnswerValue) : evaluator;
    // A draft is only partly filled in: its lightest own indicator at least is still blank.
    const unanswered = status === 'draft' && (leaf === lightest || rand() < 0.12);
    return {
      indicatorCode: leaf.code,
      areaCode: area,
      selfValue: unanswered ? null : self,
      evaluatorValue: hasEvaluator ? evaluator : null,
      evaluatorComment:
        hasEvaluator && chairHigher
          ? (EVALUATOR_NOTES[Math.floor(rand() * EVALUATOR_NOTES.length)] ?? null)
          : null,
    };
  });
}

/** Which outcome figure feeds which Hasil leaf, and how (2014 surveys are 0–10 indices). */
const HASIL_FEEDS: Record<
  string,
  { kind: OutcomeKind | null; scale?: number; fallback?: AnswerValue }
> = {
  'H.1.1': { kind: 'sakip' },
  'H.1.2': { kind: null },
  'H.2.1': { kind: 'integrity_survey', scale: 0.1 },
  'H.2.2': { kind: 'bpk_opinion' },
  'H.3.1': { kind: 'public_satisfaction', scale: 0.1 },
  'H20.1.a': { kind: 'sakip' },
  'H20.1.b': { kind: 'bpk_opinion', fallback: 'WTP' },
  'H20.1.c': { kind: 'budget_realisation', fallback: 96.5 },
  'H20.2.a': { kind: 'ombudsman', fallback: 82.5 },
  'H20.2.b': { kind: 'public_satisfaction' },
  'H20.3.a': { kind: 'integrity_survey' },
  // 2020, before SPI: an anti-corruption perception survey (demo figure).
  'H20.3.b': { kind: null, fallback: 71.4 },
  'H20.4.a': { kind: null },
};

/** The indicator whose (demo) value makes the index equal INDEX_TARGET. */
const CALIBRATED = new Set(['H.1.2', 'H20.4.a']);

/**
 * Ministry-wide Hasil figures from the year's outcome figures, each with its source and
 * whether it is published; one indicator per framework is calibrated (and says so).
 */
function hasilAnswers(
  framework: Framework,
  year: number,
): { answers: DemoAnswer[]; calibrate: string } {
  const o = OUTCOMES[year] ?? {};
  // The open year's figures are the secretariat's estimates until the reports are out.
  const estimate = year === OPEN_YEAR;
  const hasil = framework.components.find((c) => c.code === 'HASIL');
  let calibrate = '';
  const answers = indicators(hasil?.children ?? []).map((leaf): DemoAnswer => {
    const feed = HASIL_FEEDS[leaf.code];
    if (!feed) throw new Error(`demo: no Hasil feed for ${leaf.code}`);
    if (CALIBRATED.has(leaf.code)) calibrate = leaf.code;
    const outcome = feed.kind ? o[feed.kind] : undefined;
    const raw: AnswerValue | null =
      outcome?.text && feed.kind === 'bpk_opinion'
        ? outcome.text
        : outcome?.value != null
          ? Math.round(outcome.value * (feed.scale ?? 1) * 100) / 100
          : estimate || !feed.kind
            ? (feed.fallback ?? null)
            : null;
    const published = outcome?.source === 'published';
    return {
      indicatorCode: leaf.code,
      areaCode: null,
      selfValue: raw,
      evaluatorValue: null,
      evaluatorComment: null,
      figure: {
        sourcedBy: leaf.sourcedBy ?? '',
        title: CALIBRATED.has(leaf.code)
          ? `${leaf.name.id} ${year} — angka demo, dikalibrasi agar Indeks RB sama dengan ${PUBLISHED_INDEX[year] !== undefined ? 'angka terbit' : 'rancangan demo'}`
          : published
            ? (outcome?.note ?? `${leaf.name.id} ${year}`)
            : `${leaf.name.id} ${year}`,
        provenance: published ? 'published' : 'demo',
        verified: !estimate,
      },
    };
  });
  if (!calibrate) throw new Error(`demo: no calibrated Hasil indicator in ${framework.id}`);
  return { answers, calibrate };
}

/** The 2023 coefficient per year: set by the national team after the evaluation (demo). */
const COEFFICIENT: Readonly<Record<number, number>> = { 2023: 0, 2024: 0.5 };

/**
 * Ministry-wide items of a framework without a Hasil component (PermenPANRB 9/2023): the
 * coefficient, and each theme's impact as the national team scores it. All demo figures;
 * the open year has no coefficient yet.
 */
function ministryWideAnswers(framework: Framework, year: number): DemoAnswer[] {
  const rand = prng(year * 7 + 3);
  const yearIndex = DEMO_YEARS.indexOf(year as (typeof DEMO_YEARS)[number]);
  return indicators(framework.components)
    .filter((leaf) => !leaf.area)
    .map((leaf): DemoAnswer => {
      const answer = leaf.answer as AnswerType;
      const value: AnswerValue | null = framework.components
        .find((c) => c.adjustment)
        ?.children?.includes(leaf)
        ? (COEFFICIENT[year] ?? null)
        : answer.type === 'number'
          ? Math.round((62 + yearIndex * 3 + rand() * 12) * 100) / 100
          : null;
      return {
        indicatorCode: leaf.code,
        areaCode: null,
        selfValue: value,
        evaluatorValue: null,
        evaluatorComment: null,
        figure: {
          sourcedBy: leaf.sourcedBy ?? '',
          title: `${leaf.name.id} ${year} (angka demo)`,
          provenance: 'demo',
          verified: year !== OPEN_YEAR,
        },
      };
    });
}

/** The value that counts, as the server computes it (officialValue; Hasil is ministry-wide). */
function officialOf(a: DemoAnswer, year: number): AnswerValue | null {
  const owner = a.areaCode
    ? { status: statusOf(year, a.areaCode) }
    : ({ ministryWide: true } as const);
  return countingValue(a.figure ?? {}, a, evaluatorValueCounts(owner));
}

/**
 * Every answer of the year, with the calibrating Hasil indicator set so that the index
 * computed from the values that count equals INDEX_TARGET (to the cent).
 */
export function yearAnswers(framework: Framework, year: number): DemoAnswer[] {
  const areaPart = framework.areas.flatMap((area) => areaAnswers(framework, year, area));
  if (!framework.components.some((c) => c.code === 'HASIL')) {
    return [...areaPart, ...ministryWideAnswers(framework, year)];
  }
  const { answers: hasil, calibrate } = hasilAnswers(framework, year);
  const all = [...areaPart, ...hasil];
  const byCode = new Map(all.map((a) => [a.indicatorCode, a]));
  const without = scoreFramework(framework, (n) => {
    const a = byCode.get(n.code);
    return a ? officialOf(a, year) : null;
  }).total;
  const leaf = indicators(framework.components).find((n) => n.code === calibrate);
  const answer = leaf?.answer;
  if (!leaf || !answer || (answer.type !== 'number' && answer.type !== 'percent')) {
    throw new Error(`calibration indicator ${calibrate} missing`);
  }
  const range = answer.type === 'number' ? answer : { min: 0, max: 100 };
  const needed = (INDEX_TARGET[year] ?? 0) - without;
  const value =
    Math.round((range.min + (needed / leaf.weight) * (range.max - range.min)) * 100) / 100;
  if (value < range.min + (range.max - range.min) * 0.4 || value > range.max) {
    throw new Error(`demo ${year}: ${calibrate} would need ${value}; retune AREA_TRAJECTORY`);
  }
  const calibrated = byCode.get(calibrate) as DemoAnswer;
  calibrated.selfValue = value;
  return all;
}

/** Each area's percent of maximum from the values that count, as the dashboard shows it. */
export function areaPercents(
  framework: Framework,
  year: number,
  answers: readonly DemoAnswer[],
): Map<AreaCode, number> {
  const byCode = new Map(answers.map((a) => [a.indicatorCode, a]));
  const scored = scoreFramework(framework, (n) => {
    const a = byCode.get(n.code);
    return a ? officialOf(a, year) : null;
  });
  return new Map(summarize(framework, scored).areas.map((a) => [a.code, a.percent]));
}
