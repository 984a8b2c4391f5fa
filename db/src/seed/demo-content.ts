import type { AreaCode } from '@rapor/shared/areas';
import { formatPlainNumber } from '@rapor/shared/format';
import type { Achievement, Recommendation } from '@rapor/shared/schemas';

/** Invented people of the demo ministry; the usernames are those of ARCHITECTURE.md. */
export { DEMO_PASSWORD } from '@rapor/shared/password-policy';

export const DEMO_USERS = [
  { username: 'admin', displayName: 'Sekretariat RB (Admin)', role: 'admin' },
  { username: 'evaluator', displayName: 'Dra. Rina Wulandari (Inspektorat)', role: 'evaluator' },
  { username: 'leader', displayName: 'Sekretaris Jenderal', role: 'leader' },
  { username: 'chair-mp', displayName: 'Dr. Bambang Sutrisno', role: 'chair', area: 'MP' },
  { username: 'chair-ppu', displayName: 'Siti Rahmawati, S.H., M.H.', role: 'chair', area: 'PPU' },
  { username: 'chair-org', displayName: 'Ir. Hendra Gunawan', role: 'chair', area: 'ORG' },
  { username: 'chair-ttl', displayName: 'Dewi Anggraini, M.Kom.', role: 'chair', area: 'TTL' },
  { username: 'chair-sdm', displayName: 'Ratih Purnamasari, M.M.', role: 'chair', area: 'SDM' },
  { username: 'chair-akt', displayName: 'Agus Prasetyo, M.Si.', role: 'chair', area: 'AKT' },
  { username: 'chair-pws', displayName: 'Drs. Yusuf Hidayat, Ak.', role: 'chair', area: 'PWS' },
  { username: 'chair-yan', displayName: 'Maria Kristiani, M.Sos.', role: 'chair', area: 'YAN' },
] as const satisfies readonly {
  username: string;
  displayName: string;
  role: string;
  area?: AreaCode;
}[];

/** The working group behind each area: the unit that leads it and two invented members. */
export const WORKING_GROUPS: Record<AreaCode, { unit: string; members: [string, string][] }> = {
  MP: {
    unit: 'Biro Perencanaan',
    members: [
      ['Andi Saputra', 'Biro Perencanaan'],
      ['Lestari Ningsih', 'Biro Humas'],
    ],
  },
  PPU: {
    unit: 'Biro Hukum',
    members: [
      ['Rudi Hartono', 'Biro Hukum'],
      ['Nur Aini', 'Biro Hukum'],
    ],
  },
  ORG: {
    unit: 'Biro Organisasi dan Sumber Daya Manusia',
    members: [
      ['Yoga Pratama', 'Biro OSDM'],
      ['Fitri Handayani', 'Biro OSDM'],
    ],
  },
  TTL: {
    unit: 'Pusat Data dan Informasi Kesejahteraan Sosial',
    members: [
      ['Rizky Ramadhan', 'Pusdatin'],
      ['Ayu Lestari', 'Biro OSDM'],
    ],
  },
  SDM: {
    unit: 'Biro Organisasi dan Sumber Daya Manusia',
    members: [
      ['Wahyu Nugroho', 'Biro OSDM'],
      ['Intan Permata', 'Biro OSDM'],
    ],
  },
  AKT: {
    unit: 'Biro Perencanaan',
    members: [
      ['Fajar Setiawan', 'Biro Perencanaan'],
      ['Ratna Sari', 'Biro Keuangan'],
    ],
  },
  PWS: {
    unit: 'Inspektorat Jenderal',
    members: [
      ['Dedi Kurniawan', 'Inspektorat Jenderal'],
      ['Sri Mulyani', 'Inspektorat Jenderal'],
    ],
  },
  YAN: {
    unit: 'Direktorat Jenderal Rehabilitasi Sosial',
    members: [
      ['Hana Pertiwi', 'Ditjen Rehsos'],
      ['Joko Susilo', 'Ditjen Linjamsos'],
    ],
  },
};

/** One line per area that the narrative of every year builds on. */
export const AREA_FOCUS: Record<AreaCode, string> = {
  MP: 'penguatan tim RB, road map, agen perubahan, serta monitoring dan evaluasi (monev) berbasis data',
  PPU: 'pemetaan dan harmonisasi regulasi serta pencabutan kebijakan yang menghambat pelayanan',
  ORG: 'evaluasi kelembagaan dan penyederhanaan birokrasi melalui penyetaraan jabatan',
  TTL: 'peta proses bisnis, SOP, dan Sistem Pemerintahan Berbasis Elektronik (SPBE) yang terintegrasi',
  SDM: 'sistem merit, pemantauan kinerja pegawai (E-Performance, SKP), dan pemerataan SDM ASN',
  AKT: 'SAKIP, perjanjian kinerja, dan pengukuran output, outcome, manfaat, serta dampak program',
  PWS: 'SPIP, pengendalian gratifikasi, WBS, dan pembangunan Zona Integritas menuju WBK/WBBM',
  YAN: 'standar pelayanan, inovasi pelayanan publik, pengelolaan pengaduan, dan survei kepuasan',
};

type AchievementSeed = Omit<Achievement, 'id' | 'year' | 'area' | 'evidence'> & {
  evidenceUrl?: string;
};

/** Achievements named in the sources, by evaluation year and area. */
export const SOURCED_ACHIEVEMENTS: { year: number; area: AreaCode; item: AchievementSeed }[] = [
  {
    year: 2018,
    area: 'YAN',
    item: {
      title:
        'SINOVIK 2018 Top 99: PESONA SURGA — Pelayanan Kesejahteraan Sosial Anak Berbasis Keluarga (AMPK "Alyatama" Jambi)',
      kind: 'award',
      date: '2018-07-01',
      description:
        'Salah satu dari dua penghargaan Kemensos di antara 2.824 inovasi peserta SINOVIK 2018 (sumber 004).',
      metric: null,
    },
  },
  {
    year: 2018,
    area: 'YAN',
    item: {
      title:
        'SINOVIK 2018 Top 99 dan Top 40: Sheltered Workshop Peduli, BBRSBG "Kartini" Temanggung',
      kind: 'innovation',
      date: '2018-07-01',
      description:
        'Mencapai Nol Kerentanan Penyandang Disabilitas Intelektual Melalui Sheltered Workshop Peduli (sumber 004).',
      metric: null,
    },
  },
  {
    year: 2018,
    area: 'YAN',
    item: {
      title:
        'United Nations Public Service Award (UNPSA) untuk layanan BBRSBG "Kartini" Temanggung',
      kind: 'award',
      date: '2017-03-01',
      description: 'Diraih Maret 2017, dilaporkan pada evaluasi RB 2018 (sumber 004).',
      metric: null,
    },
  },
  {
    year: 2018,
    area: 'YAN',
    item: {
      title: 'The Edge of Government Innovation Award (UAE–OPSI OECD) untuk BBRSBG "Kartini"',
      kind: 'award',
      date: '2018-10-01',
      description:
        'Penghargaan inovasi pelayanan publik tingkat internasional, Oktober 2018 (sumber 004).',
      metric: null,
    },
  },
  {
    year: 2018,
    area: 'YAN',
    item: {
      title:
        'Nilai pelayanan publik Ombudsman 91,5 untuk Direktorat PSDBS Ditjen Pemberdayaan Sosial',
      kind: 'outcome',
      date: '2017-12-31',
      description: 'Capaian tahun 2017 yang dilaporkan pada evaluasi 2018 (sumber 004).',
      metric: { label: 'Nilai Ombudsman', value: 91.5, unit: 'nilai' },
    },
  },
  {
    year: 2018,
    area: 'PWS',
    item: {
      title: 'Survei integritas KPK 73,4 (Baik) untuk Direktorat PSDBS Ditjen Pemberdayaan Sosial',
      kind: 'outcome',
      date: '2017-12-31',
      description: 'Capaian tahun 2017 yang dilaporkan pada evaluasi 2018 (sumber 004).',
      metric: { label: 'Indeks integritas', value: 73.4, unit: 'indeks' },
    },
  },
  {
    year: 2018,
    area: 'AKT',
    item: {
      title:
        'Peringkat 4 realisasi belanja kementerian/lembaga: 82,12 % (Rp35,6 T dari Rp43,3 T) per 19 November 2018',
      kind: 'outcome',
      date: '2018-11-19',
      description: 'Disampaikan Menteri Sosial pada Rapat Evaluasi RB di Solo (sumber 004).',
      metric: { label: 'Realisasi anggaran', value: 82.12, unit: '%' },
    },
  },
  {
    year: 2018,
    area: 'AKT',
    item: {
      title: 'Opini WTP dari BPK atas Laporan Keuangan Kemensos 2017',
      kind: 'outcome',
      date: '2018-05-31',
      description: 'Sumber 004.',
      metric: null,
    },
  },
  {
    year: 2021,
    area: 'SDM',
    item: {
      title: 'Peluncuran aplikasi E-Performance untuk pemantauan kinerja pegawai',
      kind: 'innovation',
      date: '2021-05-13',
      description:
        'Monitoring, pengukuran, dan evaluasi kinerja ASN Kemensos secara lebih presisi; diadaptasi dari Kota Surabaya (sumber 001).',
      metric: null,
    },
  },
  {
    year: 2025,
    area: 'SDM',
    item: {
      title: 'Pemerataan SDM ASN sesuai kebutuhan program dan wilayah',
      kind: 'output',
      date: '2025-01-30',
      description:
        'Redistribusi pegawai secara transparan dan berbasis data, memperhatikan kesejahteraan pegawai (UU 20/2023; sumber 000).',
      metric: null,
    },
  },
  {
    year: 2025,
    area: 'MP',
    item: {
      title: 'Penguatan monev program: arahan kerja berbasis data yang valid',
      kind: 'output',
      date: '2025-01-02',
      description:
        'Perencanaan matang, pelaksanaan konsisten, serta monitoring dan evaluasi berkelanjutan (sumber 003).',
      metric: null,
    },
  },
  {
    year: 2025,
    area: 'AKT',
    item: {
      title: 'Target kerja diukur pada output, outcome, manfaat, dan dampak',
      kind: 'regulation',
      date: '2025-01-30',
      description:
        'Arahan Menteri Sosial agar empat ukuran kinerja menjadi bagian dari tugas setiap unit (sumber 000).',
      metric: null,
    },
  },
];

/** What an invented achievement may quote: the year's own figures, so they agree. */
export interface YearFacts {
  year: number;
  /** a sourced figure of the year by its code in any framework (HA.SDM.a or B.S.1 …), when entered */
  figure(...codes: string[]): number | null;
  /** an outcome figure of the year (IKM, SAKIP …) */
  outcome(kind: 'public_satisfaction' | 'sakip'): number | null;
}

type InventedAchievement = {
  title: string;
  kind: Achievement['kind'];
  metric?: { label: string; value: number; unit: string | null };
};
type Template = (f: YearFacts) => InventedAchievement | null;

const fmt = (x: number) => x.toLocaleString('id-ID', { maximumFractionDigits: 2 });

/**
 * Invented achievements, one per area and year where the sources name none. Each title is
 * the year's own (it names the year or a figure of it), and any figure it quotes is that
 * year's figure, so no title repeats across years and none contradicts the data.
 */
export const ACHIEVEMENT_TEMPLATES: Record<AreaCode, Template[]> = {
  MP: [
    (f) => ({
      title: `Agen perubahan angkatan ${f.year - 2016} ditetapkan di unit eselon I`,
      kind: 'output',
    }),
    (f) => ({
      title: `Rencana aksi RB ${f.year} diselaraskan dengan Road Map RB Nasional`,
      kind: 'regulation',
    }),
    (f) => ({
      title: `Dasbor monev RB triwulanan ${f.year} dipakai dalam rapat pimpinan`,
      kind: 'innovation',
    }),
  ],
  PPU: [
    (f) => ({ title: `Pemetaan regulasi internal tahap ${f.year - 2017} selesai`, kind: 'output' }),
    (f) => ({
      title: `Peraturan menteri yang tumpang tindih dicabut pada ${f.year}`,
      kind: 'regulation',
    }),
    (f) => ({
      title: `JDIH Kemensos dimutakhirkan untuk seluruh produk hukum ${f.year}`,
      kind: 'output',
    }),
  ],
  ORG: [
    (f) => ({
      title: `Penyetaraan jabatan administrasi ke fungsional tahap ${f.year - 2018}`,
      kind: 'output',
    }),
    (f) => ({ title: `Evaluasi kelembagaan UPT rehabilitasi sosial ${f.year}`, kind: 'output' }),
    (f) => ({
      title: `Peraturan organisasi dan tata kerja UPT diperbarui (${f.year})`,
      kind: 'regulation',
    }),
  ],
  TTL: [
    (f) => {
      const spbe = f.figure('HA.TTL.a', 'C.H.1');
      return spbe === null
        ? { title: `Peta proses bisnis level 0–2 ditetapkan (${f.year})`, kind: 'output' }
        : {
            title: `Indeks SPBE ${f.year}: ${fmt(spbe)}`,
            kind: 'outcome',
            metric: { label: 'Indeks SPBE', value: spbe, unit: 'indeks' },
          };
    },
    (f) => ({
      title: `Naskah dinas elektronik diperluas ke unit daerah (${f.year})`,
      kind: 'innovation',
    }),
    (f) => ({ title: `SOP kegiatan utama ditinjau ulang pada ${f.year}`, kind: 'output' }),
  ],
  SDM: [
    (f) => ({
      title: `Seleksi terbuka JPT pratama ${f.year} berbasis sistem merit`,
      kind: 'output',
    }),
    (f) => ({ title: `Talent pool eselon II diperbarui (${f.year})`, kind: 'innovation' }),
    (f) => {
      const merit = f.figure('HA.SDM.a', 'B.S.1');
      return merit === null
        ? { title: `Analisis beban kerja seluruh unit diperbarui (${f.year})`, kind: 'output' }
        : {
            title: `Indeks Sistem Merit ${f.year}: ${fmt(merit)}`,
            kind: 'outcome',
            metric: { label: 'Indeks Sistem Merit', value: merit, unit: 'indeks' },
          };
    },
  ],
  AKT: [
    (f) => ({ title: `Perjanjian kinerja ${f.year} berjenjang hingga pegawai`, kind: 'output' }),
    (f) => ({
      title: `Aplikasi e-SAKIP terhubung ke perencanaan anggaran ${f.year}`,
      kind: 'innovation',
    }),
    (f) => {
      const sakip = f.outcome('sakip');
      return sakip === null
        ? null
        : {
            title: `Nilai evaluasi SAKIP ${f.year}: ${fmt(sakip)}`,
            kind: 'outcome',
            metric: { label: 'Nilai SAKIP', value: sakip, unit: 'nilai' },
          };
    },
  ],
  PWS: [
    (f) => ({
      title: `${2 + ((f.year - 2018) % 4)} unit kerja diusulkan meraih predikat WBK ${f.year}`,
      kind: 'award',
    }),
    (f) => ({
      title: `Unit Pengendalian Gratifikasi melapor rutin ke KPK (${f.year})`,
      kind: 'output',
    }),
    (f) => {
      const spip = f.figure('HA.PWS.a', 'B.H.3');
      return spip === null
        ? { title: `Penilaian risiko SPIP di seluruh unit eselon I (${f.year})`, kind: 'output' }
        : {
            title: `Maturitas SPIP ${f.year}: level ${formatPlainNumber(spip, 'id')} (BPKP)`,
            kind: 'outcome',
            metric: { label: 'Maturitas SPIP', value: spip, unit: 'level' },
          };
    },
  ],
  YAN: [
    (f) => ({ title: `Pengaduan layanan terhubung ke SP4N-LAPOR! di ${f.year}`, kind: 'output' }),
    (f) => ({
      title: `Inovasi layanan rehabilitasi sosial berbasis keluarga direplikasi (${f.year})`,
      kind: 'innovation',
    }),
    (f) => {
      const ikm = f.outcome('public_satisfaction');
      return ikm === null
        ? null
        : {
            title: `Indeks Kepuasan Masyarakat ${f.year}: ${fmt(ikm)}`,
            kind: 'outcome',
            metric: { label: 'IKM', value: ikm, unit: 'indeks' },
          };
    },
  ],
};

type RecommendationSeed = Pick<Recommendation, 'text' | 'priority'>;

/** Recommendations the evaluator might issue per area; drawn in order across the years. */
export const RECOMMENDATION_POOL: Record<AreaCode, RecommendationSeed[]> = {
  MP: [
    {
      text: 'Tetapkan indikator keberhasilan road map RB yang terukur per tahun',
      priority: 'high',
    },
    {
      text: 'Perkuat monev RB triwulanan dengan tindak lanjut tertulis dari pimpinan',
      priority: 'medium',
    },
    { text: 'Ukur perubahan budaya kerja melalui survei internal tahunan', priority: 'medium' },
    { text: 'Libatkan agen perubahan dalam evaluasi program prioritas', priority: 'low' },
  ],
  PPU: [
    {
      text: 'Selesaikan harmonisasi regulasi bantuan sosial yang tumpang tindih',
      priority: 'high',
    },
    {
      text: 'Terapkan analisis dampak regulasi sebelum penetapan peraturan menteri',
      priority: 'high',
    },
    { text: 'Mutakhirkan JDIH dan tautkan setiap regulasi dengan statusnya', priority: 'medium' },
    { text: 'Libatkan publik dalam penyusunan kebijakan strategis', priority: 'medium' },
  ],
  ORG: [
    { text: 'Tuntaskan penyetaraan jabatan tahap lanjutan', priority: 'high' },
    { text: 'Evaluasi tumpang tindih fungsi antarunit eselon II', priority: 'medium' },
    { text: 'Kaji ulang ukuran dan sebaran UPT terhadap kebutuhan layanan', priority: 'medium' },
  ],
  TTL: [
    { text: 'Integrasikan data penerima manfaat lintas aplikasi', priority: 'high' },
    { text: 'Reviu SOP yang belum diselaraskan dengan peta proses bisnis', priority: 'medium' },
    { text: 'Perluas tanda tangan elektronik ke seluruh UPT', priority: 'low' },
  ],
  SDM: [
    {
      text: 'Lengkapi analisis jabatan dan beban kerja sebagai dasar pemerataan pegawai',
      priority: 'high',
    },
    { text: 'Kaitkan hasil E-Performance dengan tunjangan kinerja', priority: 'high' },
    { text: 'Susun rencana suksesi jabatan kritikal', priority: 'medium' },
    { text: 'Pastikan 20 JP pengembangan kompetensi bagi seluruh pegawai', priority: 'medium' },
  ],
  AKT: [
    { text: 'Selaraskan IKU eselon I dengan sasaran strategis Renstra', priority: 'high' },
    { text: 'Ukur outcome dan dampak program, tidak hanya output', priority: 'high' },
    { text: 'Percepat penyampaian laporan kinerja unit kerja', priority: 'low' },
  ],
  PWS: [
    { text: 'Tindak lanjuti seluruh temuan BPK tahun sebelumnya', priority: 'high' },
    { text: 'Perluas pembangunan Zona Integritas ke UPT daerah', priority: 'medium' },
    { text: 'Tingkatkan kapabilitas APIP ke level 3', priority: 'medium' },
    { text: 'Sosialisasikan WBS kepada mitra dan penerima manfaat', priority: 'low' },
  ],
  YAN: [
    { text: 'Tetapkan standar pelayanan di seluruh UPT', priority: 'high' },
    { text: 'Tindak lanjuti hasil survei kepuasan masyarakat secara terbuka', priority: 'medium' },
    { text: 'Replikasi inovasi pelayanan unggulan ke balai lain', priority: 'medium' },
  ],
};

export interface DirectionSeed {
  year: number;
  area: AreaCode | null;
  text: string;
  owner: string;
  dueDate: string | null;
  /** follow-ups in order: the last one gives the status */
  followUps: { date: string; status: 'in_progress' | 'done'; note: string }[];
  /** where it comes from: the 2018 forum's directions are paraphrased from source 004 */
  source: 'published' | 'demo';
}

/**
 * The minister's directions at the forums. The 2018 ones paraphrase what the minister asked of
 * the ministry at the first forum (source 004, Solo, November 2018); the 2024 ones are demo.
 */
export const DEMO_DIRECTIONS: DirectionSeed[] = [
  {
    year: 2018,
    area: null,
    text: 'Pastikan layanan kepada masyarakat berkualitas, bebas KKN, cepat, tepat dan akuntabel di setiap satuan kerja',
    owner: 'Sekretariat Jenderal',
    dueDate: '2019-12-31',
    followUps: [{ date: '2019-11-29', status: 'done', note: 'Dilaporkan dalam evaluasi RB 2019' }],
    source: 'published',
  },
  {
    year: 2018,
    area: 'YAN',
    text: 'Dorong setiap satuan kerja menciptakan inovasi layanan dan tularkan inovasi yang sudah meraih penghargaan',
    owner: 'Pokja Peningkatan Kualitas Pelayanan Publik',
    dueDate: '2019-12-31',
    followUps: [{ date: '2019-10-15', status: 'done', note: 'Replikasi inovasi di 6 balai' }],
    source: 'published',
  },
  {
    year: 2024,
    area: null,
    text: 'Tuntaskan tindak lanjut rekomendasi yang lewat tenggat sebelum evaluasi berikutnya',
    owner: 'Sekretariat Jenderal',
    dueDate: '2025-10-31',
    followUps: [
      {
        date: '2025-06-30',
        status: 'in_progress',
        note: '7 dari 11 rekomendasi lama sudah ditutup',
      },
    ],
    source: 'demo',
  },
  {
    year: 2024,
    area: 'YAN',
    text: 'Perluas layanan pengaduan terpadu ke seluruh balai rehabilitasi sosial',
    owner: 'Pokja Peningkatan Kualitas Pelayanan Publik',
    dueDate: '2025-09-30',
    followUps: [],
    source: 'demo',
  },
  {
    year: 2024,
    area: 'AKT',
    text: 'Kaitkan capaian kinerja unit dengan alokasi anggaran tahun berikutnya',
    owner: 'Biro Perencanaan',
    dueDate: '2025-12-31',
    followUps: [
      {
        date: '2025-08-12',
        status: 'in_progress',
        note: 'Pedoman penganggaran berbasis kinerja disusun',
      },
    ],
    source: 'demo',
  },
];
