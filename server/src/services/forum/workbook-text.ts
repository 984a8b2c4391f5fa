import type { Locale } from '@rapor/shared/format';

// The year's workbook in the requester's language: every word the sheets write that is not
// data. Labels of codes (statuses, priorities, standings) come from shared/labels.

export interface WorkbookText {
  sheets: { summary: string; achievements: string; recommendations: string; directions: string };
  title: string;
  asOf: string;
  framework: string;
  method: string;
  periodState: string;
  standing: string;
  answered: (answered: number, total: number) => string;
  index: string;
  /** "of 110 · demo data" */
  ofMax: (max: number) => string;
  predicate: string;
  targetBaik: string;
  noPredicate: string;
  component: string;
  name: string;
  points: string;
  max: string;
  generalSum: (parts: string) => string;
  notApplicable: (count: number, weight: number) => string;
  indexSum: (max: number) => string;
  area: string;
  percentOfMax: string;
  target: string;
  status: string;
  incomplete: (answered: number, total: number) => string;
  areaSheet: string;
  year: string;
  resultVersion: string;
  reason: (reason: string) => string;
  areaScore: string;
  hintLabel: string;
  hint: string;
  chair: string;
  fromPlan: string;
  secretariat: (who: string) => string;
  demo: string;
  published: string;
  achievementHeader: string[];
  recommendationHeader: string[];
  directionHeader: string[];
  wholeMinistry: string;
  footer: string;
}

export const WORKBOOK_TEXT: Record<Locale, WorkbookText> = {
  id: {
    sheets: {
      summary: 'Ringkasan',
      achievements: 'Capaian',
      recommendations: 'Rekomendasi',
      directions: 'Arahan',
    },
    title: 'Rapor RB — hasil evaluasi reformasi birokrasi',
    asOf: 'Keadaan per',
    framework: 'Kerangka',
    method: 'Metode',
    periodState: 'Status periode',
    standing: 'Keadaan angka',
    answered: (answered, total) => `${answered} dari ${total} butir terisi`,
    index: 'Indeks RB',
    ofMax: (max) => `dari ${max}`,
    predicate: 'Predikat',
    targetBaik: 'Target baik',
    noPredicate: 'belum ada predikat: jawaban belum lengkap',
    component: 'Komponen',
    name: 'Nama',
    points: 'Nilai',
    max: 'Maks',
    generalSum: (parts) => `Jumlah ${parts}`,
    notApplicable: (count, weight) => `${count} butir tidak berlaku, bobot berlaku ${weight}`,
    indexSum: (max) => `Jumlah (maksimum ${max})`,
    area: 'Area',
    percentOfMax: '% dari maks',
    target: 'Target',
    status: 'Status',
    incomplete: (answered, total) => `Belum lengkap: ${answered} dari ${total} butir terisi`,
    areaSheet: 'Lembar kerja area',
    year: 'Tahun',
    resultVersion: 'Versi hasil',
    reason: (reason) => `Alasan: ${reason}`,
    areaScore: 'Nilai area',
    hintLabel: 'Petunjuk',
    hint: 'Isi kolom "Jawaban mandiri" lalu unggah kembali berkas ini pada lembar kerja area. Kolom lain hanya untuk dibaca.',
    chair: 'Ketua pokja',
    fromPlan: 'Dihitung dari rencana aksi (halaman Penilaian rencana aksi)',
    secretariat: (who) => `Sekretariat (${who})`,
    demo: 'data demo',
    published: 'dipublikasikan',
    achievementHeader: ['Area', 'Judul', 'Jenis', 'Tanggal', 'Uraian', 'Ukuran'],
    recommendationHeader: [
      'ID',
      'Tahun',
      'Area',
      'Rekomendasi',
      'Unit',
      'Tenggat',
      'Prioritas',
      'Status',
      'Tindak lanjut terakhir',
    ],
    directionHeader: [
      'ID',
      'Forum',
      'Area',
      'Arahan',
      'Penanggung jawab',
      'Tenggat',
      'Status',
      'Tindak lanjut terakhir',
    ],
    wholeMinistry: 'Seluruh kementerian',
    footer: '&L&A&RHalaman &P dari &N',
  },
  en: {
    sheets: {
      summary: 'Summary',
      achievements: 'Achievements',
      recommendations: 'Recommendations',
      directions: 'Directions',
    },
    title: 'Rapor RB — bureaucratic reform evaluation results',
    asOf: 'As of',
    framework: 'Framework',
    method: 'Method',
    periodState: 'Period state',
    standing: 'Standing of the figures',
    answered: (answered, total) => `${answered} of ${total} items answered`,
    index: 'RB index',
    ofMax: (max) => `of ${max}`,
    predicate: 'Predicate',
    targetBaik: 'Good-practice targets',
    noPredicate: 'no predicate yet: answers incomplete',
    component: 'Component',
    name: 'Name',
    points: 'Points',
    max: 'Max',
    generalSum: (parts) => `Sum of ${parts}`,
    notApplicable: (count, weight) =>
      `${count} ${count === 1 ? 'item' : 'items'} not applicable, applicable weight ${weight}`,
    indexSum: (max) => `Sum (maximum ${max})`,
    area: 'Area',
    percentOfMax: '% of max',
    target: 'Target',
    status: 'Status',
    incomplete: (answered, total) => `Incomplete: ${answered} of ${total} items answered`,
    areaSheet: 'Area worksheet',
    year: 'Year',
    resultVersion: 'Result version',
    reason: (reason) => `Reason: ${reason}`,
    areaScore: 'Area score',
    hintLabel: 'Instructions',
    hint: 'Fill in the "Self-assessment" column, then upload this file again on the area worksheet. The other columns are for reading only.',
    chair: 'Working-group chair',
    fromPlan: 'Computed from the action plan (Action-plan grading page)',
    secretariat: (who) => `Secretariat (${who})`,
    demo: 'demo data',
    published: 'published',
    achievementHeader: ['Area', 'Title', 'Kind', 'Date', 'Description', 'Measure'],
    recommendationHeader: [
      'ID',
      'Year',
      'Area',
      'Recommendation',
      'Unit',
      'Due',
      'Priority',
      'Status',
      'Latest follow-up',
    ],
    directionHeader: [
      'ID',
      'Forum',
      'Area',
      'Direction',
      'Responsible',
      'Due',
      'Status',
      'Latest follow-up',
    ],
    wholeMinistry: 'Whole ministry',
    footer: '&L&A&RPage &P of &N',
  },
};
