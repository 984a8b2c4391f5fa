import type { PlanStanding } from './action-plan';
import { type AppealLike, type AppealTally, awaitsRescore } from './appeals';
import type { LocalizedText } from './areas';
import { formatPercent } from './format';
import type {
  ACHIEVEMENT_KINDS,
  OutcomeKind,
  PRIORITIES,
  RECOMMENDATION_STATUSES,
  TargetBaikSummary,
} from './schemas/api';
import type { DirectionStatus } from './schemas/forum';
import type { Predicate } from './scoring/predicate';
import type { Standing } from './scoring/standing';
import type { PeriodState, ResultStatus } from './workflow';

// The words for the codes the API carries, for files that leave the app (the workbook and the
// PowerPoint): a reader sees "Ditutup", never "closed". The screens have the same words in
// their message catalogues.

/**
 * An appeal's state in words, the score change included: accepted appeals say whether the
 * evaluator has changed the score yet.
 */
export function appealStateLabel(appeal: AppealLike): LocalizedText {
  if (appeal.status === 'open') return { id: 'Menunggu jawaban', en: 'Awaiting answer' };
  if (appeal.status === 'rejected') return { id: 'Ditolak', en: 'Rejected' };
  return awaitsRescore(appeal)
    ? { id: 'Diterima, nilai belum diubah', en: 'Accepted, score not yet changed' }
    : { id: 'Diterima, nilai diubah', en: 'Accepted, score changed' };
}

/** The year's appeals in one line, for the closing slide (web and PowerPoint) and the report. */
export function appealTallyLine(tally: AppealTally): LocalizedText {
  if (tally.total === 0) return { id: 'Tidak ada sanggahan nilai.', en: 'No score appeals.' };
  const rescore = tally.awaitingRescore > 0;
  return {
    id: `${tally.total} sanggahan nilai: ${tally.accepted} diterima${rescore ? ` (${tally.awaitingRescore} nilainya belum diubah)` : ''}, ${tally.rejected} ditolak, ${tally.open} menunggu jawaban.`,
    en: `${tally.total} score appeals: ${tally.accepted} accepted${rescore ? ` (${tally.awaitingRescore} score not yet changed)` : ''}, ${tally.rejected} rejected, ${tally.open} awaiting an answer.`,
  };
}

export const PERIOD_STATE_LABEL: Record<PeriodState, LocalizedText> = {
  open: { id: 'Terbuka', en: 'Open' },
  review: { id: 'Reviu', en: 'Review' },
  closed: { id: 'Ditutup', en: 'Closed' },
};

export const RESULT_STATUS_LABEL: Record<ResultStatus, LocalizedText> = {
  draft: { id: 'Draf', en: 'Draft' },
  submitted: { id: 'Diajukan', en: 'Submitted' },
  returned: { id: 'Dikembalikan', en: 'Returned' },
  verified: { id: 'Terverifikasi', en: 'Verified' },
  final: { id: 'Final', en: 'Final' },
};

export const FIGURE_STATE_LABEL: Record<'missing' | 'entered' | 'verified', LocalizedText> = {
  missing: { id: 'Belum diisi', en: 'Not entered' },
  entered: { id: 'Belum diverifikasi', en: 'Not verified' },
  verified: { id: 'Terverifikasi', en: 'Verified' },
};

/** Where a seeded year's index comes from; a year entered in the app has no label. */
export const INDEX_SOURCE_LABEL: Record<'published' | 'demo', LocalizedText> = {
  published: { id: 'angka terbit', en: 'published figure' },
  demo: { id: 'data demo', en: 'demo data' },
};

/** A predicate read by a rule that is not the regulation's published text (assumed or unconfirmed). */
export const PREDICATE_ASSUMED_LABEL: LocalizedText = {
  id: 'aturan predikat belum resmi',
  en: 'predicate rule not yet official',
};

/** The share of items meeting target baik, and why a predicate was lowered, for files. */
export function targetBaikLines(
  targets: TargetBaikSummary,
  shownPredicate: Predicate | null,
  lang: keyof LocalizedText,
): string[] {
  const id = lang === 'id';
  const lines = [
    id
      ? `Target baik: ${targets.met} dari ${targets.total} butir tercapai`
      : `Good-practice targets: ${targets.met} of ${targets.total} items met`,
  ];
  if (targets.unvalued > 0) {
    lines.push(
      id
        ? `${targets.unvalued} butir belum bernilai (dihitung belum tercapai)`
        : `${targets.unvalued} items without a value (counted as not met)`,
    );
  }
  const item = (word: [string, string], i: TargetBaikSummary['strongest']) =>
    i?.achievement != null
      ? `${id ? word[0] : word[1]}: ${i.name[lang]} (${formatPercent(i.achievement, lang)} ${id ? 'dari target' : 'of target'})`
      : null;
  for (const line of [
    item(['Terkuat', 'Strongest'], targets.strongest),
    item(['Terlemah', 'Weakest'], targets.weakest),
  ]) {
    if (line) lines.push(line);
  }
  const lowered = loweredLine(targets, shownPredicate, lang);
  if (lowered) lines.push(lowered);
  return lines;
}

/** Why the predicate shown is a step lower than the index's band, or null when it is not. */
function loweredLine(
  targets: TargetBaikSummary,
  shownPredicate: Predicate | null,
  lang: keyof LocalizedText,
): string | null {
  const lowers = targets.lowers;
  if (!lowers || shownPredicate !== lowers.becomes) return null;
  const missed = targets.total - targets.met;
  return lang === 'id'
    ? `${lowers.becomes}, bukan ${lowers.predicate}: ${missed} butir di bawah target baik`
    : `${lowers.becomes}, not ${lowers.predicate}: ${missed} items below their target`;
}

/**
 * The one line under a predicate (the deck's overview, on screen and in the PowerPoint): why it
 * was lowered when it was, or else the share of items meeting target baik.
 */
export function targetBaikHeadline(
  targets: TargetBaikSummary,
  shownPredicate: Predicate | null,
  lang: keyof LocalizedText,
): string {
  return (
    loweredLine(targets, shownPredicate, lang) ??
    (targetBaikLines(targets, shownPredicate, lang)[0] as string)
  );
}

/** An area closed with the year before the evaluator verified it: never shown as plain "Final". */
export const CLOSED_UNVERIFIED_LABEL: LocalizedText = {
  id: 'Ditutup tanpa verifikasi',
  en: 'Closed without verification',
};

/** An area's status as a reader is told it: one closed unverified says so, for good. */
/** A frozen snapshot whose stored data no longer matches its fingerprint. */
export const SNAPSHOT_TAMPERED: LocalizedText = {
  id: 'PERINGATAN: isi salinan ini tidak cocok dengan sidik SHA-256-nya (diubah di luar aplikasi)',
  en: 'WARNING: this snapshot no longer matches its SHA-256 fingerprint (changed outside the app)',
};

/** Beside a closed year's predicate: how many areas were closed without the evaluator. */
export function areasClosedUnverifiedLabel(count: number): LocalizedText {
  return {
    id: `${count} area ditutup tanpa verifikasi`,
    en: `${count} ${count === 1 ? 'area' : 'areas'} closed without verification`,
  };
}

export function resultStatusLabel(
  status: ResultStatus,
  closedUnverified?: string | null,
): LocalizedText {
  return closedUnverified ? CLOSED_UNVERIFIED_LABEL : RESULT_STATUS_LABEL[status];
}

export const RECOMMENDATION_STATUS_LABEL: Record<
  (typeof RECOMMENDATION_STATUSES)[number] | DirectionStatus,
  LocalizedText
> = {
  open: { id: 'Terbuka', en: 'Open' },
  in_progress: { id: 'Dikerjakan', en: 'In progress' },
  proposed_done: { id: 'Diusulkan selesai', en: 'Proposed done' },
  done: { id: 'Selesai', en: 'Done' },
  dropped: { id: 'Dibatalkan', en: 'Dropped' },
};

export const PRIORITY_LABEL: Record<(typeof PRIORITIES)[number], LocalizedText> = {
  high: { id: 'Tinggi', en: 'High' },
  medium: { id: 'Sedang', en: 'Medium' },
  low: { id: 'Rendah', en: 'Low' },
};

export const ACHIEVEMENT_KIND_LABEL: Record<(typeof ACHIEVEMENT_KINDS)[number], LocalizedText> = {
  award: { id: 'Penghargaan', en: 'Award' },
  innovation: { id: 'Inovasi', en: 'Innovation' },
  regulation: { id: 'Regulasi', en: 'Regulation' },
  output: { id: 'Keluaran', en: 'Output' },
  outcome: { id: 'Hasil', en: 'Outcome' },
};

export const OUTCOME_LABEL: Record<OutcomeKind, LocalizedText> = {
  sakip: { id: 'Nilai SAKIP', en: 'SAKIP score' },
  bpk_opinion: { id: 'Opini BPK', en: 'BPK audit opinion' },
  integrity_survey: {
    id: 'Survei Penilaian Integritas (KPK)',
    en: 'Integrity Assessment Survey (KPK)',
  },
  ombudsman: { id: 'Kepatuhan pelayanan (Ombudsman)', en: 'Service compliance (Ombudsman)' },
  budget_realisation: { id: 'Realisasi anggaran', en: 'Budget realisation' },
  public_satisfaction: { id: 'Indeks Kepuasan Masyarakat', en: 'Public Satisfaction Index' },
};

export const STANDING_LABEL: Record<Standing, LocalizedText> = {
  final: { id: 'Final', en: 'Final' },
  provisional: { id: 'Sementara: periode masih berjalan', en: 'Provisional: period still open' },
  incomplete: {
    id: 'Belum lengkap: butir yang kosong dihitung nol',
    en: 'Incomplete: empty items count as zero',
  },
};

export const PLAN_STANDING_LABEL: Record<PlanStanding, LocalizedText> = {
  empty: { id: 'Belum disusun', en: 'Not drawn up' },
  'not-due': { id: 'Belum ada yang jatuh tempo', en: 'Nothing due yet' },
  late: { id: 'Ada laporan terlambat', en: 'Reports late' },
  behind: { id: 'Tertinggal dari target', en: 'Behind target' },
  'on-track': { id: 'Sesuai target', en: 'On track' },
};

/**
 * The headings of the deck's lists, on the web deck and in the PowerPoint alike; the text
 * budget (deck-pages) measures them in both languages.
 */
export const DECK_LIST_HEADING = {
  achievements: (count: number): LocalizedText => ({
    id: `Capaian unggulan (${count})`,
    en: `Top achievements (${count})`,
  }),
  recommendations: (year: number): LocalizedText => ({
    id: `Rekomendasi hasil evaluasi ${year}`,
    en: `Recommendations of the ${year} evaluation`,
  }),
  earlier: (): LocalizedText => ({
    id: 'Tindak lanjut rekomendasi sebelumnya',
    en: 'Follow-up of earlier recommendations',
  }),
  directions: (): LocalizedText => ({ id: 'Arahan Menteri', en: "Minister's directions" }),
  closingDirections: (): LocalizedText => ({
    id: 'Arahan Menteri untuk seluruh kementerian',
    en: "Minister's directions for the whole ministry",
  }),
  priorities: (count: number): LocalizedText => ({
    id: `Rekomendasi prioritas tinggi (dari ${count} rekomendasi)`,
    en: `High-priority recommendations (of ${count})`,
  }),
};

/** The titles of the overview's optional slides, on the web deck and in the PowerPoint alike. */
export const DECK_SLIDE_TITLE = {
  components: (year: number, general: boolean): LocalizedText =>
    general
      ? { id: `RB General dan RB Tematik ${year}`, en: `RB General and RB Tematik ${year}` }
      : { id: `Komponen Indeks RB ${year}`, en: `RB index components ${year}` },
  outcomes: (from: number, year: number): LocalizedText => {
    const span = from === year ? String(year) : `${from}–${year}`;
    return {
      id: `Indikator kinerja kementerian ${span}`,
      en: `Ministry performance indicators ${span}`,
    };
  },
};

/** Beside a figure that is demo data, with the note under the table saying what * means. */
export const DEMO_FIGURE_NOTE: LocalizedText = {
  id: '* data demo, bukan angka yang dipublikasikan',
  en: '* demo data, not a published figure',
};

/** After a list's heading where the list continues from the slide before. */
export const CONTINUED_LABEL: LocalizedText = { id: '(lanjutan)', en: '(continued)' };
