import type { OutcomeFigure } from '@rapor/shared/schemas';

/**
 * Figures Kemensos has published (PRODUCT.md, sources/004): used where they exist.
 * Everything else in the demo is invented but plausible and marked source 'demo'.
 */
export const PUBLISHED_INDEX: Readonly<Record<number, number>> = { 2021: 75.53, 2022: 77.1 };

type Figure = Omit<OutcomeFigure, 'year' | 'kind'>;
const pub = (
  value: number | null,
  text: string | null,
  unit: string | null,
  note: string,
): Figure => ({
  value,
  text,
  unit,
  source: 'published',
  note,
});
const demo = (value: number | null, text: string | null, unit: string | null): Figure => ({
  value,
  text,
  unit,
  source: 'demo',
  note: null,
});

/** Outcome figures per year; the year is the year the figure describes (BPK: the report's year). */
export const OUTCOMES: Readonly<Record<number, Partial<Record<OutcomeFigure['kind'], Figure>>>> = {
  2018: {
    sakip: demo(67.84, 'B', 'nilai'),
    bpk_opinion: pub(null, 'WTP', null, 'Opini BPK atas LK Kemensos 2016–2019: WTP'),
    integrity_survey: demo(72.1, null, 'indeks'),
    ombudsman: demo(74.35, null, 'nilai'),
    budget_realisation: pub(
      82.12,
      'Rp35,6 T dari Rp43,3 T (sementara, per 19 November 2018)',
      '%',
      'Angka sementara: realisasi hingga 19 November 2018, bukan realisasi akhir tahun; peringkat 4 K/L (rilis Kemensos)',
    ),
    public_satisfaction: demo(80.25, null, 'indeks'),
  },
  2019: {
    sakip: demo(70.16, 'BB', 'nilai'),
    bpk_opinion: pub(null, 'WTP', null, 'Opini BPK atas LK Kemensos 2016–2019: WTP'),
    integrity_survey: demo(72.8, null, 'indeks'),
    ombudsman: demo(76.2, null, 'nilai'),
    budget_realisation: demo(96.42, null, '%'),
    public_satisfaction: demo(81.4, null, 'indeks'),
  },
  2020: {
    sakip: demo(70.82, 'BB', 'nilai'),
    bpk_opinion: pub(null, 'WDP', null, 'Opini BPK atas LK Kemensos 2020: WDP'),
    integrity_survey: demo(70.35, null, 'indeks'),
    ombudsman: demo(78.4, null, 'nilai'),
    budget_realisation: demo(97.13, null, '%'),
    public_satisfaction: demo(82.1, null, 'indeks'),
  },
  2021: {
    sakip: demo(72.41, 'BB', 'nilai'),
    bpk_opinion: pub(null, 'WTP', null, 'Opini BPK atas LK Kemensos 2021: WTP'),
    integrity_survey: demo(70.95, null, 'indeks'),
    ombudsman: pub(
      81.05,
      null,
      'nilai',
      'Penilaian kepatuhan standar pelayanan publik Ombudsman RI 2021',
    ),
    budget_realisation: demo(95.84, null, '%'),
    public_satisfaction: demo(83.05, null, 'indeks'),
  },
  2022: {
    sakip: demo(73.62, 'BB', 'nilai'),
    bpk_opinion: pub(null, 'WTP', null, 'Opini BPK atas LK Kemensos 2022: WTP'),
    integrity_survey: pub(72.69, null, 'indeks', 'Survei Penilaian Integritas (SPI) KPK 2022'),
    ombudsman: pub(
      73.18,
      null,
      'nilai',
      'Penilaian kepatuhan standar pelayanan publik Ombudsman RI 2022',
    ),
    budget_realisation: demo(96.71, null, '%'),
    public_satisfaction: demo(84.2, null, 'indeks'),
  },
  2023: {
    sakip: demo(75.18, 'BB', 'nilai'),
    bpk_opinion: demo(null, 'WTP', null),
    integrity_survey: pub(76.34, null, 'indeks', 'Survei Penilaian Integritas (SPI) KPK 2023'),
    ombudsman: pub(
      78.71,
      null,
      'nilai',
      'Penilaian kepatuhan standar pelayanan publik Ombudsman RI 2023',
    ),
    budget_realisation: demo(97.35, null, '%'),
    public_satisfaction: demo(85.1, null, 'indeks'),
  },
  2024: {
    sakip: demo(76.92, 'BB', 'nilai'),
    bpk_opinion: demo(null, 'WTP', null),
    integrity_survey: demo(77.05, null, 'indeks'),
    ombudsman: demo(82.3, null, 'nilai'),
    budget_realisation: demo(97.8, null, '%'),
    public_satisfaction: demo(86.45, null, 'indeks'),
  },
  2025: {
    sakip: demo(77.6, 'BB', 'nilai'),
    integrity_survey: demo(77.9, null, 'indeks'),
    public_satisfaction: demo(87.1, null, 'indeks'),
  },
};
