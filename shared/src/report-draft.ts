import { formatDelta, formatNumber, formatPercent } from './format';
import { componentRows } from './forum';
import {
  areasClosedUnverifiedLabel,
  INDEX_SOURCE_LABEL,
  PREDICATE_ASSUMED_LABEL,
  targetBaikLines,
} from './labels';
import type { Deck, DeckArea } from './schemas/forum';
import type { ReportSection } from './schemas/report';
import { predicateLabel } from './scoring/predicate';
import { percentOf } from './scoring/summary';

// The evaluation report's narrative drafted from the presentation model (the deck): every number
// as the overview and the forum show it, every status in words. The secretariat may rewrite a
// section before export; an emptied section is drafted again.

const n = (x: number, digits = 2) => formatNumber(x, 'id', digits);

/** "Indeks RB 2024 88,17 dari 110 (80,2% dari maksimum), predikat A- (Sangat Baik)". */
export function indexSentence(deck: Deck): string {
  const predicate =
    deck.shownPredicate === null
      ? 'belum berpredikat karena belum lengkap'
      : `predikat ${deck.shownPredicate} (${predicateLabel(deck.shownPredicate).id})`;
  return `Indeks RB ${deck.year} ${n(deck.index)} dari ${n(deck.maxScore, 0)} (${formatPercent(percentOf(deck.index, deck.maxScore), 'id', 1)} dari maksimum), ${predicate}`;
}

/** The change from last year in words, as the overview compares it, or why it is not compared. */
export function changeSentence(deck: Deck): string {
  if (deck.previousYear === null) return 'Belum ada tahun sebelumnya untuk dibandingkan.';
  if (deck.indexDelta === null)
    return `Perubahan dari ${deck.previousYear} belum dihitung karena tahun ini belum lengkap.`;
  const d = formatDelta(deck.indexDelta, 'id');
  return deck.indexDeltaBasis === 'percent'
    ? `Metode evaluasi berubah dari ${deck.previousYear} (kini ${deck.method}); angka indeks tidak sebanding langsung, sehingga perubahan dinyatakan dalam persen dari nilai maksimum: ${d} poin persen.`
    : `Dibandingkan ${deck.previousYear}, indeks berubah ${d} poin.`;
}

/**
 * Each status of the figures said in words (the report leaves no mark unexplained): open or
 * incomplete year, areas closed unverified, a predicate rule not yet official, demo data, a
 * version change, and whether the data is frozen.
 */
export function statusSentences(deck: Deck): string[] {
  const out: string[] = [];
  if (deck.standing === 'incomplete')
    out.push(
      `Angka bersifat sementara dan belum lengkap: ${deck.completeness.answered} dari ${deck.completeness.total} butir terisi; butir yang kosong dihitung nol dan predikat belum diberikan.`,
    );
  else if (deck.standing === 'provisional')
    out.push('Angka bersifat sementara: periode evaluasi masih berjalan dan nilai dapat berubah.');
  if (deck.areasClosedUnverified > 0)
    out.push(
      `${areasClosedUnverifiedLabel(deck.areasClosedUnverified).id}; predikat final sesuai keputusan penutupan.`,
    );
  if (deck.predicateAssumed)
    out.push(
      `Catatan: ${PREDICATE_ASSUMED_LABEL.id} (${deck.predicateSource ?? 'sumber belum disebut'}).`,
    );
  if (deck.indexSource)
    out.push(`Sumber angka indeks: ${INDEX_SOURCE_LABEL[deck.indexSource].id}.`);
  if (deck.versionChanged)
    out.push(
      `Versi kerangka evaluasi berubah tahun ini (${deck.framework}); metodenya sama, sehingga perubahan tetap dibaca dalam poin.`,
    );
  out.push(
    deck.snapshot
      ? `Angka diambil dari salinan beku #${deck.snapshot.number} (${deck.snapshot.createdAt.slice(0, 10)}).`
      : `Angka diambil dari data langsung per ${deck.asOf.slice(0, 10)}, belum dibekukan.`,
  );
  return out;
}

const strongestWeakest = (areas: readonly DeckArea[]) => {
  const counted = areas.filter((a) => a.standing !== 'incomplete');
  const sorted = [...counted].sort((a, b) => b.percent - a.percent);
  return { strongest: sorted[0] ?? null, weakest: sorted.at(-1) ?? null };
};

/** Every narrative section as drafted from the deck of the year (`ministry`: its name). */
export function reportDrafts(deck: Deck, ministry: string): Record<ReportSection, string> {
  const { strongest, weakest } = strongestWeakest(deck.areas);
  const { issued, priorityCount: high } = deck.closing;
  const f = deck.closing.followUp;
  const parts = componentRows(deck)
    .filter((r) => r.kind !== 'total' && !r.adjustment)
    .map((r) => `${r.name.id} ${n(r.points)} dari ${n(r.max, 0)}`);
  return {
    opening: [
      `Dengan hormat, bersama ini kami sampaikan Laporan Hasil Evaluasi pelaksanaan Reformasi Birokrasi ${ministry} tahun ${deck.year}.`,
      `${indexSentence(deck)}. ${changeSentence(deck)}`,
      ...statusSentences(deck),
      'Rincian hasil, rekomendasi dan tindak lanjutnya kami sampaikan dalam laporan terlampir.',
    ].join(' '),
    basis: `Evaluasi dilaksanakan berdasarkan ${deck.method} tentang evaluasi pelaksanaan Reformasi Birokrasi beserta pedoman teknisnya, dan surat tugas yang tercantum di atas.`,
    aims: `Evaluasi bertujuan menilai kemajuan pelaksanaan Reformasi Birokrasi ${ministry} tahun ${deck.year}, memastikan data dukung yang memadai, dan memberikan rekomendasi perbaikan kepada setiap kelompok kerja.`,
    scope: `Evaluasi mencakup ${deck.areas.length} area perubahan yang dinilai dengan lembar kerja evaluasi ${deck.framework}, beserta rencana aksi, capaian dan tindak lanjut rekomendasi tahun sebelumnya.`,
    method:
      'Kelompok kerja mengisi penilaian mandiri beserta data dukung; evaluator memeriksa data dukung, memberi nilai dan catatan, lalu memverifikasi hasil setiap area. Nilai dihitung oleh Rapor RB dengan bobot dan aturan predikat metode yang berlaku.',
    results: [
      `${indexSentence(deck)}.`,
      parts.length > 0 ? `Komponen: ${parts.join('; ')}.` : '',
      strongest && weakest && strongest !== weakest
        ? `Area dengan capaian tertinggi ${strongest.name.id} (${formatPercent(strongest.percent, 'id', 1)} dari maksimum), terendah ${weakest.name.id} (${formatPercent(weakest.percent, 'id', 1)}).`
        : '',
      changeSentence(deck),
    ]
      .filter(Boolean)
      .join(' '),
    targets: deck.targetBaik
      ? `${targetBaikLines(deck.targetBaik, deck.shownPredicate, 'id').join('. ')}.`
      : `Metode ${deck.method} tidak menetapkan target baik per butir.`,
    recommendations:
      issued > 0
        ? `Evaluasi ${deck.year} menghasilkan ${issued} rekomendasi, ${high} di antaranya berprioritas tinggi, masing-masing dengan penanggung jawab dan tenggat sebagai berikut.`
        : `Evaluasi ${deck.year} tidak menghasilkan rekomendasi baru.`,
    followUp:
      f.total === 0
        ? 'Tidak ada rekomendasi tahun sebelumnya yang perlu ditindaklanjuti.'
        : `Dari ${f.total - f.dropped} rekomendasi tahun-tahun sebelumnya yang ditindaklanjuti, ${f.done} telah selesai (${f.rate === null ? '—' : formatPercent(f.rate, 'id', 0)}); ${f.dropped} dibatalkan tidak dihitung.`,
    appreciation:
      'Kami menyampaikan penghargaan kepada para ketua dan anggota kelompok kerja serta seluruh unit kerja atas kerja sama dan data dukung yang disampaikan selama evaluasi.',
  };
}
