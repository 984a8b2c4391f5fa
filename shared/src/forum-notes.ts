import { QUARTER_LABEL, quarterList } from './action-plan';
import type { LocalizedText } from './areas';
import { formatDelta, formatNumber, formatPercent, type Locale } from './format';
import { areasAgainst, type Slide, slideKey } from './forum';
import {
  areasClosedUnverifiedLabel,
  CLOSED_UNVERIFIED_LABEL,
  OUTCOME_LABEL,
  PLAN_STANDING_LABEL,
  STANDING_LABEL,
  targetBaikLines,
} from './labels';
import { outcomeTable } from './outcomes';
import type { Deck } from './schemas/forum';
import { headlineParts, percentOf } from './scoring/summary';

/**
 * What the speaker is reminded of on each slide, in both languages, written from the deck's
 * own figures and standings: the presenter view shows them and the PowerPoint carries them
 * as speaker notes, so both say the same.
 */
export function slideNotes(deck: Deck, slide: Slide): LocalizedText[] {
  const both = (write: (locale: Locale) => string): LocalizedText => ({
    id: write('id'),
    en: write('en'),
  });
  switch (slide.kind) {
    case 'title':
      return [
        {
          id: `Buka forum evaluasi RB tahun ${deck.year}; sebutkan data yang ditampilkan (${deck.snapshot ? `salinan beku #${deck.snapshot.number}` : 'data langsung, belum dibekukan'}).`,
          en: `Open the RB evaluation forum ${deck.year}; name the data on screen (${deck.snapshot ? `snapshot #${deck.snapshot.number}` : 'live data, not frozen'}).`,
        },
      ];
    case 'areas': {
      const { rows, gain, fall } = areasAgainst(deck);
      const met = rows.filter((r) => r.met === true).length;
      const targeted = rows.filter((r) => r.met !== null).length;
      const named = (code: string | null, l: Locale) => {
        const row = rows.find((r) => r.code === code);
        return row ? `${row.code} (${formatDelta(row.delta ?? 0, l)})` : '—';
      };
      return [
        both((l) =>
          l === 'id'
            ? `${met} dari ${targeted} area mencapai targetnya. Kenaikan terbesar: ${named(gain, l)}; penurunan terbesar: ${named(fall, l)} (poin persen dari maksimum).`
            : `${met} of ${targeted} areas meet their target. Largest gain: ${named(gain, l)}; largest fall: ${named(fall, l)} (percentage points of maximum).`,
        ),
        ...(rows.some((r) => r.apart === 'method')
          ? [
              {
                id: 'Metode evaluasi berubah dari tahun lalu: perubahan tidak dibandingkan.',
                en: 'The evaluation method changed from last year: no change is compared.',
              },
            ]
          : []),
      ];
    }
    case 'components': {
      const parts = headlineParts({
        components: deck.components ?? [],
        general: deck.general,
      }).filter((c) => !c.adjustment);
      return [
        both((l) =>
          parts
            .map(
              (c) =>
                `${c.name[l]} ${formatNumber(c.points, l)} / ${formatNumber(c.max, l, 0)} (${formatPercent(percentOf(c.points, c.max), l, 1)})`,
            )
            .join('; '),
        ),
        ...(deck.general && deck.general.notApplicable > 0
          ? [
              both((l) =>
                l === 'id'
                  ? `${deck.general?.notApplicable} butir tidak berlaku tahun ini: RB General dihitung dari bobot ${formatNumber(deck.general?.applicableWeight ?? 0, l)} yang berlaku.`
                  : `${deck.general?.notApplicable} item(s) not applicable this year: RB General is computed from the applicable weight of ${formatNumber(deck.general?.applicableWeight ?? 0, l)}.`,
              ),
            ]
          : []),
        ...(deck.standing === 'final' ? [] : [STANDING_LABEL[deck.standing]]),
      ];
    }
    case 'outcomes': {
      const { years, rows, demo } = outcomeTable(deck.outcomes ?? [], deck.year);
      const missing = rows.filter((r) => r.cells.at(-1) === null).map((r) => OUTCOME_LABEL[r.kind]);
      return [
        {
          id: `Indikator kinerja kementerian ${years[0]}–${deck.year}, dari sumbernya masing-masing; tidak dihitung ulang oleh Rapor RB.`,
          en: `The ministry's performance indicators ${years[0]}–${deck.year}, each from its own source; Rapor RB does not recompute them.`,
        },
        ...(missing.length > 0
          ? [
              both((l) =>
                l === 'id'
                  ? `Belum ada angka ${deck.year}: ${missing.map((m) => m.id).join(', ')}.`
                  : `No ${deck.year} figure yet: ${missing.map((m) => m.en).join(', ')}.`,
              ),
            ]
          : []),
        ...(demo
          ? [
              {
                id: 'Sebutkan: angka bertanda * adalah data demo, bukan angka yang dipublikasikan.',
                en: 'Say so: figures marked * are demo data, not published figures.',
              },
            ]
          : []),
      ];
    }
    case 'overview': {
      const { answered, total } = deck.completeness;
      return [
        both((l) => {
          const index = formatNumber(deck.index, l);
          const max = formatNumber(deck.maxScore, l, 0);
          if (deck.shownPredicate === null)
            return l === 'id'
              ? `Indeks RB ${index} / ${max} belum lengkap: ${answered} dari ${total} butir terisi, yang kosong dihitung nol; belum ada predikat.`
              : `RB index ${index} / ${max} is incomplete: ${answered} of ${total} items filled, empty ones count as zero; no predicate yet.`;
          return l === 'id'
            ? `Indeks RB ${index} / ${max}, predikat ${deck.shownPredicate}.`
            : `RB index ${index} / ${max}, predicate ${deck.shownPredicate}.`;
        }),
        ...(deck.areasClosedUnverified > 0
          ? [
              both((l) => {
                const what = areasClosedUnverifiedLabel(deck.areasClosedUnverified)[l];
                return l === 'id'
                  ? `Sebutkan: ${what}; predikat final sesuai keputusan penutupan.`
                  : `Say so: ${what}; the predicate is final as the closing decided.`;
              }),
            ]
          : []),
        ...(deck.standing === 'provisional'
          ? [
              {
                id: 'Angka sementara: periode masih berjalan dan nilai dapat berubah.',
                en: 'Provisional: the period is still open and the figures may change.',
              },
            ]
          : []),
        ...(deck.indexDelta === null
          ? []
          : [
              both((l) => {
                const d = formatDelta(deck.indexDelta ?? 0, l);
                if (deck.indexDeltaBasis === 'percent')
                  return l === 'id'
                    ? `Perubahan dari ${deck.previousYear}: ${d} poin persen dari nilai maksimum.`
                    : `Change from ${deck.previousYear}: ${d} percentage points of the maximum.`;
                return l === 'id'
                  ? `Perubahan dari ${deck.previousYear}: ${d} poin.`
                  : `Change from ${deck.previousYear}: ${d} points.`;
              }),
            ]),
        ...(deck.methodChanged
          ? [
              {
                id: `Ingatkan: metode berubah (${deck.method}); angka indeks tidak sebanding langsung, bandingkan persen dari maksimum.`,
                en: `Remind: the method changed (${deck.method}); index points are not directly comparable, compare percent of maximum.`,
              },
            ]
          : []),
        ...(deck.versionChanged
          ? [
              {
                id: `Catatan: versi kerangka berubah tahun ini (${deck.framework}), butir atau bobotnya berbeda; metodenya sama, jadi perubahan tetap dibaca dalam poin.`,
                en: `Note: the framework version changed this year (${deck.framework}), its items or weights differ; the method is the same, so the change is still read in points.`,
              },
            ]
          : []),
      ];
    }
    case 'targets': {
      const targets = deck.targetBaik;
      if (!targets) return [];
      const lines = (l: Locale) => targetBaikLines(targets, deck.shownPredicate, l);
      return [
        ...lines('id').map((id, i) => ({ id, en: lines('en')[i] ?? id })),
        ...(targets.unresolved.length > 0
          ? [
              {
                id: `Target ${targets.unresolved.map((u) => u.code).join(', ')} dari sumber tidak dihitung (tampak salah ketik di sumber).`,
                en: `The source's targets for ${targets.unresolved.map((u) => u.code).join(', ')} are not counted (apparent slips in the source).`,
              },
            ]
          : []),
        ...(deck.predicateAssumed
          ? [
              {
                id: `Sebutkan: aturan predikat dan target baik belum dari teks resmi pedoman (${deck.predicateSource ?? '—'}).`,
                en: `Say so: the predicate rule and targets are not from the guideline's official text (${deck.predicateSource ?? '—'}).`,
              },
            ]
          : []),
      ];
    }
    case 'area-score': {
      const area = deck.areas.find((a) => a.code === slide.area);
      if (!area) return [];
      // the bar standing for the parts past the slide's limit is not a component of its own
      const counted = area.parts.filter((p) => p.complete && !p.merged);
      const weakest = [...counted].sort((a, b) => a.percent - b.percent)[0];
      const unanswered = area.parts.reduce(
        (n, p) => n + (p.merged ? p.merged.incomplete : p.complete ? 0 : 1),
        0,
      );
      return [
        {
          id: `Dipaparkan oleh ${area.chair ?? 'ketua pokja (belum ditetapkan)'} (${area.workingGroup ?? area.code}).`,
          en: `Presented by ${area.chair ?? 'the working-group chair (not yet named)'} (${area.workingGroup ?? area.code}).`,
        },
        both((l) => {
          const percent = formatPercent(area.percent, l, 1);
          const target =
            area.targetPercent === null ? '—' : formatPercent(area.targetPercent, l, 1);
          return l === 'id'
            ? `${percent} dari maksimum; target ${target}.`
            : `${percent} of maximum; target ${target}.`;
        }),
        ...(area.standing === 'incomplete'
          ? [
              {
                id: `Belum lengkap: ${unanswered} bagian belum diisi dan dihitung nol; jangan dibaca sebagai penurunan.`,
                en: `Incomplete: ${unanswered} part(s) not filled in and counted as zero; do not read it as a fall.`,
              },
            ]
          : []),
        ...(area.closedUnverified
          ? [
              {
                id: `${CLOSED_UNVERIFIED_LABEL.id}: ${area.closedUnverified}`,
                en: `${CLOSED_UNVERIFIED_LABEL.en}: ${area.closedUnverified}`,
              },
            ]
          : []),
        ...(weakest
          ? [
              both((l) =>
                l === 'id'
                  ? `Komponen terlemah: ${weakest.name.id} (${formatPercent(weakest.percent, l, 1)}).`
                  : `Weakest component: ${weakest.name.en} (${formatPercent(weakest.percent, l, 1)}).`,
              ),
            ]
          : []),
      ];
    }
    case 'area-actions': {
      const area = deck.areas.find((a) => a.code === slide.area);
      if (!area) return [];
      const open = area.directions.filter((d) => d.status === 'open' || d.status === 'in_progress');
      return [
        {
          id: `${area.achievementCount} capaian, ${area.recommendationCount} rekomendasi baru, ${area.earlierCount} rekomendasi lama masih terbuka, ${open.length} arahan forum sebelumnya belum selesai.`,
          en: `${area.achievementCount} achievements, ${area.recommendationCount} new recommendations, ${area.earlierCount} earlier ones still open, ${open.length} directions of earlier forums not done.`,
        },
      ];
    }
    case 'area-plan': {
      const plan = deck.areas.find((a) => a.code === slide.area)?.plan;
      if (!plan) return [];
      return [
        both((l) => {
          const standing = PLAN_STANDING_LABEL[plan.standing][l].toLowerCase();
          const last = plan.due.at(-1);
          const done =
            plan.implementation === null || last === undefined
              ? l === 'id'
                ? 'belum ada triwulan yang jatuh tempo'
                : 'no quarter is due yet'
              : l === 'id'
                ? `tingkat pelaksanaan ${formatNumber(plan.implementation, l)} sampai ${QUARTER_LABEL[last]}`
                : `implementation ${formatNumber(plan.implementation, l)} up to ${QUARTER_LABEL[last]}`;
          return l === 'id'
            ? `Rencana aksi: ${plan.actions} aksi dalam ${plan.activities} kegiatan utama; ${done} (${standing}).`
            : `Action plan: ${plan.actions} action(s) under ${plan.activities} main activit(ies); ${done} (${standing}).`;
        }),
        ...(plan.lateQuarters.length > 0
          ? [
              {
                id: `Laporan ${quarterList(plan.lateQuarters)} belum masuk: tanyakan kapan pokja melaporkannya.`,
                en: `Reports for ${quarterList(plan.lateQuarters)} are missing: ask when the group will file them.`,
              },
            ]
          : []),
        ...(plan.actions > plan.rows.length
          ? [
              {
                id: `Slide menampilkan ${plan.rows.length} dari ${plan.actions} aksi, yang terlambat dan paling tertinggal lebih dulu.`,
                en: `The slide shows ${plan.rows.length} of ${plan.actions} actions, the late and furthest behind first.`,
              },
            ]
          : []),
      ];
    }
    case 'closing': {
      const f = deck.closing.followUp;
      return [
        both((l) => {
          const rate = f.rate === null ? '—' : formatPercent(f.rate, l, 0);
          return l === 'id'
            ? `Tingkat tindak lanjut ${rate} (${f.done} dari ${f.total - f.dropped}); ${deck.closing.issued} rekomendasi tahun ini.`
            : `Follow-up rate ${rate} (${f.done} of ${f.total - f.dropped}); ${deck.closing.issued} recommendations this year.`;
        }),
      ];
    }
  }
}

/**
 * The notes of a slide at this forum: the secretariat's own where it wrote them (a note a
 * line, as written, whatever the reader's language), else those the deck writes. A slide's
 * continuation (its rows past the first slide) has only a line saying so: its notes are on
 * the slide it continues.
 */
export function forumNotes(
  deck: Deck,
  slide: Slide & { part?: number; of?: number },
  edited: Readonly<Record<string, string>> | undefined,
): LocalizedText[] {
  if (slide.part) {
    const of = slide.of ?? slide.part + 1;
    return [
      {
        id: `Lanjutan slide sebelumnya (bagian ${slide.part + 1} dari ${of}): baris yang tidak muat di sana.`,
        en: `Continues the slide before (part ${slide.part + 1} of ${of}): the rows that did not fit there.`,
      },
    ];
  }
  const own = edited?.[slideKey(slide)]?.trim();
  if (!own) return slideNotes(deck, slide);
  return own
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ id: line, en: line }));
}
