import { AREA_CODES } from '../areas';
import { defineFramework, type FrameworkNodeInput } from './framework';
import {
  areaGroup,
  bpkOpinion,
  condition,
  coverageAD,
  coverageAE,
  figure,
  group,
  level1to5,
  numberRange,
  percent,
  progressAC,
  indicator as q,
  scaleAC,
  scaleAD,
  scaleAE,
  yesNo,
} from './node-builders';

const UNITS = ['unit kerja', 'work units'] as const;
const UNITS_E1 = ['unit kerja eselon I', 'echelon-I units'] as const;
const STAFF = ['pegawai', 'employees'] as const;

// Hasil Antara and Reform per area are not published in what we have: PRODUCT.md takes them
// proportional to Pemenuhan (Hasil Antara = ½ ×, Reform = 1½ × the area's Pemenuhan weight).
const SPLIT_NOTE =
  'ASUMSI: pembagian per area proporsional terhadap bobot Pemenuhan; ganti saat LKE tersedia.';
const assumedSplit = { note: SPLIT_NOTE, assumed: true } as const;

/**
 * PMPRB under PermenPANRB 26/2020 (Pedoman Evaluasi Pelaksanaan Reformasi Birokrasi).
 * Pengungkit 60 = Pemenuhan 20 + Hasil Antara 10 + Reform 30; Hasil 40. Area PPU is renamed
 * Deregulasi Kebijakan. The KPK integrity survey (SPI) sits inside the evaluation from 2021,
 * not in 2020: two versions of the worksheet that differ only in that Hasil part.
 */
function tree(cleanGovernment: FrameworkNodeInput): FrameworkNodeInput[] {
  return [
    group('PENGUNGKIT', 'Komponen Pengungkit', 'Enablers', 60, [
      group('PM', 'Pemenuhan', 'Fulfilment', 20, [
        areaGroup(
          'MP',
          'PM.MP',
          'Pemenuhan — Manajemen Perubahan',
          'Fulfilment — Change management',
          2,
          [
            q(
              'PM.MP.a',
              'Tim RB dibentuk dan memiliki rencana kerja',
              'Reform team with a work plan',
              scaleAC,
              undefined,
              { options: progressAC(['rencana kerja tim RB', 'reform-team work plan']) },
            ),
            q(
              'PM.MP.b',
              'Road map RB disusun sesuai Road Map RB Nasional',
              'Road map aligned with the national one',
              scaleAC,
              undefined,
              { options: progressAC(['road map yang selaras', 'aligned road map']) },
            ),
            q(
              'PM.MP.c',
              'Monev RB dilaksanakan dan ditindaklanjuti',
              'Reform monitoring carried out and acted upon',
              scaleAE,
              undefined,
              { options: coverageAE(['rekomendasi monev', 'monitoring recommendations']) },
            ),
            q(
              'PM.MP.d',
              'Agen perubahan ditetapkan dan berperan',
              'Change agents appointed and active',
              scaleAE,
              undefined,
              { options: coverageAE(UNITS) },
            ),
          ],
        ),
        areaGroup(
          'PPU',
          'PM.PPU',
          'Pemenuhan — Deregulasi Kebijakan',
          'Fulfilment — Deregulation',
          1,
          [
            q(
              'PM.PPU.a',
              'Peta peraturan dan kebijakan telah disusun',
              'Map of regulations and policies compiled',
              scaleAC,
              undefined,
              { options: progressAC(['peta peraturan dan kebijakan', 'regulation map']) },
            ),
            q(
              'PM.PPU.b',
              'Analisis dampak kebijakan dilakukan sebelum penetapan',
              'Regulatory impact analysed before adoption',
              scaleAE,
              undefined,
              { options: coverageAE(['rancangan kebijakan', 'draft policies']) },
            ),
          ],
        ),
        areaGroup(
          'ORG',
          'PM.ORG',
          'Pemenuhan — Penataan dan Penguatan Organisasi',
          'Fulfilment — Organisation',
          2,
          [
            q(
              'PM.ORG.a',
              'Evaluasi kelembagaan dilakukan',
              'Institutional evaluation carried out',
              scaleAE,
              undefined,
              { options: coverageAE(UNITS_E1) },
            ),
            q(
              'PM.ORG.b',
              'Penyederhanaan birokrasi (penyetaraan jabatan) dilaksanakan',
              'Delayering (post equalisation) carried out',
              percent,
            ),
          ],
        ),
        areaGroup(
          'TTL',
          'PM.TTL',
          'Pemenuhan — Penataan Tatalaksana',
          'Fulfilment — Business process',
          2,
          [
            q(
              'PM.TTL.a',
              'Peta proses bisnis dan SOP ditetapkan',
              'Process map and SOPs adopted',
              scaleAE,
              undefined,
              { options: coverageAE(UNITS) },
            ),
            q(
              'PM.TTL.b',
              'Sistem Pemerintahan Berbasis Elektronik (SPBE) diterapkan',
              'E-government (SPBE) applied',
              scaleAE,
              undefined,
              {
                options: coverageAE([
                  'layanan administrasi dan publik',
                  'administrative and public services',
                ]),
              },
            ),
            q(
              'PM.TTL.c',
              'Keterbukaan informasi publik',
              'Public information disclosure',
              scaleAC,
              undefined,
              {
                options: progressAC([
                  'layanan informasi publik (PPID)',
                  'public information service',
                ]),
              },
            ),
          ],
        ),
        areaGroup(
          'SDM',
          'PM.SDM',
          'Pemenuhan — Penataan Sistem Manajemen SDM',
          'Fulfilment — HR management',
          5,
          [
            q(
              'PM.SDM.a',
              'Kebutuhan pegawai disusun berdasarkan analisis jabatan dan beban kerja',
              'Staffing based on job and workload analysis',
              scaleAE,
              undefined,
              { options: coverageAE(UNITS) },
            ),
            q(
              'PM.SDM.b',
              'Pengisian jabatan pimpinan tinggi secara terbuka',
              'Senior posts filled openly',
              scaleAE,
              undefined,
              {
                options: coverageAE(['jabatan pimpinan tinggi yang diisi', 'senior posts filled']),
              },
            ),
            q(
              'PM.SDM.c',
              'Kinerja individu diukur melalui SKP yang selaras dengan kinerja organisasi',
              'Individual performance (SKP) cascaded',
              scaleAE,
              undefined,
              { options: coverageAE(STAFF) },
            ),
            q(
              'PM.SDM.d',
              'Pengembangan kompetensi pegawai (20 JP per tahun)',
              'Staff development (20 hours a year)',
              percent,
            ),
            q(
              'PM.SDM.e',
              'Sistem informasi kepegawaian mutakhir',
              'Staff information system current',
              scaleAC,
              undefined,
              { options: progressAC(['data kepegawaian mutakhir', 'current personnel data']) },
            ),
          ],
        ),
        areaGroup(
          'AKT',
          'PM.AKT',
          'Pemenuhan — Penguatan Akuntabilitas',
          'Fulfilment — Accountability',
          2,
          [
            q(
              'PM.AKT.a',
              'Pimpinan terlibat dalam perencanaan dan pemantauan kinerja',
              'Leaders involved in planning and monitoring',
              scaleAE,
              undefined,
              { options: coverageAE(['pimpinan unit', 'unit heads']) },
            ),
            q(
              'PM.AKT.b',
              'Perencanaan dan penganggaran berbasis kinerja',
              'Performance-based planning and budgeting',
              scaleAE,
              undefined,
              { options: coverageAE(['program dan kegiatan', 'programmes and activities']) },
            ),
          ],
        ),
        areaGroup(
          'PWS',
          'PM.PWS',
          'Pemenuhan — Penguatan Pengawasan',
          'Fulfilment — Supervision',
          4,
          [
            q(
              'PM.PWS.a',
              'Pengendalian gratifikasi berjalan',
              'Gratuity control in place',
              scaleAE,
              undefined,
              { options: coverageAE(UNITS) },
            ),
            q(
              'PM.PWS.b',
              'SPIP diterapkan dan dinilai maturitasnya',
              'Internal control applied and assessed',
              scaleAE,
              undefined,
              { options: coverageAE(UNITS) },
            ),
            q(
              'PM.PWS.c',
              'Pengaduan masyarakat dan WBS dikelola',
              'Complaints and whistle-blowing managed',
              scaleAE,
              undefined,
              { options: coverageAE(['pengaduan dan laporan', 'complaints and reports']) },
            ),
            q(
              'PM.PWS.d',
              'Pembangunan Zona Integritas',
              'Integrity-zone development',
              scaleAD,
              undefined,
              { options: coverageAD(['unit kerja percontohan', 'pilot units']) },
            ),
          ],
        ),
        areaGroup(
          'YAN',
          'PM.YAN',
          'Pemenuhan — Peningkatan Kualitas Pelayanan Publik',
          'Fulfilment — Public service',
          2,
          [
            q(
              'PM.YAN.a',
              'Standar pelayanan dan maklumat ditetapkan',
              'Service standards and charter adopted',
              scaleAC,
              undefined,
              {
                options: progressAC([
                  'standar pelayanan dan maklumat',
                  'service standards and charter',
                ]),
              },
            ),
            q(
              'PM.YAN.b',
              'Survei kepuasan masyarakat dilakukan berkala',
              'Periodic satisfaction survey',
              yesNo,
              undefined,
              {
                options: condition([
                  'Survei kepuasan masyarakat dilakukan berkala',
                  'Periodic satisfaction survey',
                ]),
              },
            ),
            q(
              'PM.YAN.c',
              'Pengelolaan pengaduan pelayanan melalui SP4N-LAPOR!',
              'Service complaints through SP4N-LAPOR!',
              scaleAE,
              undefined,
              { options: coverageAE(['pengaduan pelayanan', 'service complaints']) },
            ),
          ],
        ),
      ]),
      group('HA', 'Hasil Antara Area Perubahan', 'Intermediate results', 10, [
        areaGroup(
          'MP',
          'HA.MP',
          'Hasil Antara — Manajemen Perubahan',
          'Intermediate — Change management',
          1,
          [
            q(
              'HA.MP.a',
              'Persentase pegawai yang menerapkan nilai budaya kerja (survei)',
              'Share of staff living the work values (survey)',
              percent,
            ),
          ],
          assumedSplit,
        ),
        areaGroup(
          'PPU',
          'HA.PPU',
          'Hasil Antara — Deregulasi Kebijakan',
          'Intermediate — Deregulation',
          0.5,
          [
            figure(
              'HA.PPU.a',
              'Indeks Kualitas Kebijakan',
              'Policy Quality Index',
              numberRange(0, 100, 'indeks'),
              'LAN',
            ),
          ],
          assumedSplit,
        ),
        areaGroup(
          'ORG',
          'HA.ORG',
          'Hasil Antara — Penataan dan Penguatan Organisasi',
          'Intermediate — Organisation',
          1,
          [
            figure(
              'HA.ORG.a',
              'Nilai evaluasi kelembagaan',
              'Institutional evaluation score',
              numberRange(0, 100, 'nilai'),
              'KemenPANRB',
            ),
          ],
          assumedSplit,
        ),
        areaGroup(
          'TTL',
          'HA.TTL',
          'Hasil Antara — Penataan Tatalaksana',
          'Intermediate — Business process',
          1,
          [
            figure(
              'HA.TTL.a',
              'Indeks SPBE',
              'E-government (SPBE) index',
              numberRange(1, 5, 'indeks'),
              'KemenPANRB',
            ),
          ],
          assumedSplit,
        ),
        areaGroup(
          'SDM',
          'HA.SDM',
          'Hasil Antara — Penataan Sistem Manajemen SDM',
          'Intermediate — HR management',
          2.5,
          [
            figure(
              'HA.SDM.a',
              'Indeks Sistem Merit',
              'Merit System Index',
              numberRange(100, 400, 'indeks'),
              'KASN',
            ),
            figure(
              'HA.SDM.b',
              'Indeks Profesionalitas ASN',
              'Civil-service Professionalism Index',
              numberRange(0, 100, 'indeks'),
              'BKN',
            ),
          ],
          assumedSplit,
        ),
        areaGroup(
          'AKT',
          'HA.AKT',
          'Hasil Antara — Penguatan Akuntabilitas',
          'Intermediate — Accountability',
          1,
          [
            q(
              'HA.AKT.a',
              'Persentase unit kerja dengan nilai SAKIP minimal B',
              'Share of units with SAKIP grade B or better',
              percent,
            ),
          ],
          assumedSplit,
        ),
        areaGroup(
          'PWS',
          'HA.PWS',
          'Hasil Antara — Penguatan Pengawasan',
          'Intermediate — Supervision',
          2,
          [
            figure(
              'HA.PWS.a',
              'Tingkat maturitas SPIP',
              'Internal-control maturity level',
              level1to5,
              'BPKP',
            ),
            figure(
              'HA.PWS.b',
              'Tingkat kapabilitas APIP',
              'Internal-audit capability level',
              level1to5,
              'BPKP',
            ),
          ],
          assumedSplit,
        ),
        areaGroup(
          'YAN',
          'HA.YAN',
          'Hasil Antara — Peningkatan Kualitas Pelayanan Publik',
          'Intermediate — Public service',
          1,
          [
            figure(
              'HA.YAN.a',
              'Indeks Pelayanan Publik (evaluasi KemenPANRB)',
              'Public Service Index (KemenPANRB evaluation)',
              numberRange(1, 5, 'indeks'),
              'KemenPANRB',
            ),
          ],
          assumedSplit,
        ),
      ]),
      group('RF', 'Reform', 'Reform', 30, [
        areaGroup(
          'MP',
          'RF.MP',
          'Reform — Manajemen Perubahan',
          'Reform — Change management',
          3,
          [
            q(
              'RF.MP.a',
              'Komitmen pimpinan dalam perubahan (role model)',
              'Leadership commitment to change (role model)',
              scaleAE,
              undefined,
              { options: coverageAE(['pimpinan unit', 'unit heads']) },
            ),
            q(
              'RF.MP.b',
              'Perubahan pola pikir dan budaya kerja terukur',
              'Measured change in mindset and culture',
              scaleAE,
              undefined,
              { options: coverageAE(STAFF) },
            ),
            q(
              'RF.MP.c',
              'Monev berbasis data menghasilkan perbaikan',
              'Data-based monitoring produces improvements',
              scaleAE,
              undefined,
              { options: coverageAE(['rekomendasi monev', 'monitoring recommendations']) },
            ),
          ],
          assumedSplit,
        ),
        areaGroup(
          'PPU',
          'RF.PPU',
          'Reform — Deregulasi Kebijakan',
          'Reform — Deregulation',
          1.5,
          [
            q(
              'RF.PPU.a',
              'Regulasi yang menghambat telah dicabut atau direvisi',
              'Obstructive regulations revoked or revised',
              scaleAE,
              undefined,
              {
                options: coverageAE([
                  'regulasi penghambat yang teridentifikasi',
                  'obstructive regulations identified',
                ]),
              },
            ),
            q(
              'RF.PPU.b',
              'Kebijakan disusun dengan partisipasi publik',
              'Policies made with public participation',
              scaleAE,
              undefined,
              { options: coverageAE(['kebijakan yang ditetapkan', 'policies adopted']) },
            ),
          ],
          assumedSplit,
        ),
        areaGroup(
          'ORG',
          'RF.ORG',
          'Reform — Penataan dan Penguatan Organisasi',
          'Reform — Organisation',
          3,
          [
            q(
              'RF.ORG.a',
              'Organisasi tepat fungsi dan tepat ukuran',
              'Organisation right-sized and fit for purpose',
              scaleAE,
              undefined,
              { options: coverageAE(UNITS_E1) },
            ),
            q(
              'RF.ORG.b',
              'Penyederhanaan birokrasi berdampak pada kecepatan keputusan',
              'Delayering speeds decisions',
              scaleAE,
              undefined,
              { options: coverageAE(UNITS) },
            ),
          ],
          assumedSplit,
        ),
        areaGroup(
          'TTL',
          'RF.TTL',
          'Reform — Penataan Tatalaksana',
          'Reform — Business process',
          3,
          [
            q(
              'RF.TTL.a',
              'Proses bisnis terintegrasi lintas unit',
              'Business processes integrated across units',
              scaleAE,
              undefined,
              { options: coverageAE(['proses bisnis utama', 'core processes']) },
            ),
            q(
              'RF.TTL.b',
              'Layanan administrasi sepenuhnya elektronik',
              'Administration fully electronic',
              scaleAE,
              undefined,
              { options: coverageAE(['layanan administrasi', 'administrative services']) },
            ),
            q(
              'RF.TTL.c',
              'Data terpadu dipakai dalam pengambilan keputusan',
              'Integrated data used in decisions',
              scaleAE,
              undefined,
              { options: coverageAE(['keputusan strategis', 'strategic decisions']) },
            ),
          ],
          assumedSplit,
        ),
        areaGroup(
          'SDM',
          'RF.SDM',
          'Reform — Penataan Sistem Manajemen SDM',
          'Reform — HR management',
          7.5,
          [
            q(
              'RF.SDM.a',
              'Pemantauan kinerja pegawai secara elektronik (E-Performance)',
              'Electronic staff performance monitoring (E-Performance)',
              scaleAE,
              undefined,
              { options: coverageAE(STAFF) },
            ),
            q(
              'RF.SDM.b',
              'Pemerataan dan redistribusi pegawai sesuai kebutuhan',
              'Staff redistributed to where they are needed',
              scaleAE,
              undefined,
              { options: coverageAE(UNITS) },
            ),
            q(
              'RF.SDM.c',
              'Manajemen talenta dan suksesi berjalan',
              'Talent and succession management in place',
              scaleAE,
              undefined,
              { options: coverageAE(['jabatan kritikal', 'critical posts']) },
            ),
            q(
              'RF.SDM.d',
              'Penghargaan dan sanksi berbasis kinerja',
              'Performance-based rewards and sanctions',
              scaleAE,
              undefined,
              { options: coverageAE(UNITS) },
            ),
          ],
          assumedSplit,
        ),
        areaGroup(
          'AKT',
          'RF.AKT',
          'Reform — Penguatan Akuntabilitas',
          'Reform — Accountability',
          3,
          [
            q(
              'RF.AKT.a',
              'Ukuran output, outcome, manfaat dan dampak dipakai dalam perencanaan',
              'Output, outcome, benefit and impact measures used in planning',
              scaleAE,
              undefined,
              { options: coverageAE(['program dan kegiatan', 'programmes and activities']) },
            ),
            q(
              'RF.AKT.b',
              'Efisiensi anggaran berbasis kinerja',
              'Performance-based budget efficiency',
              scaleAE,
              undefined,
              { options: coverageAE(UNITS_E1) },
            ),
          ],
          assumedSplit,
        ),
        areaGroup(
          'PWS',
          'RF.PWS',
          'Reform — Penguatan Pengawasan',
          'Reform — Supervision',
          6,
          [
            q(
              'RF.PWS.a',
              'Mitigasi risiko korupsi berjalan efektif',
              'Corruption-risk mitigation effective',
              scaleAE,
              undefined,
              {
                options: coverageAE([
                  'risiko korupsi yang teridentifikasi',
                  'corruption risks identified',
                ]),
              },
            ),
            q(
              'RF.PWS.b',
              'Persentase unit kerja berpredikat WBK/WBBM',
              'Share of units awarded WBK/WBBM',
              percent,
            ),
            q(
              'RF.PWS.c',
              'Tindak lanjut hasil pemeriksaan BPK dan APIP',
              'Follow-up of BPK and APIP findings',
              percent,
            ),
          ],
          assumedSplit,
        ),
        areaGroup(
          'YAN',
          'RF.YAN',
          'Reform — Peningkatan Kualitas Pelayanan Publik',
          'Reform — Public service',
          3,
          [
            q(
              'RF.YAN.a',
              'Inovasi pelayanan publik direplikasi dan berdampak',
              'Service innovations replicated with impact',
              scaleAE,
              undefined,
              { options: coverageAE(['inovasi pelayanan', 'service innovations']) },
            ),
            q(
              'RF.YAN.b',
              'Penanganan pengaduan tuntas dan cepat',
              'Complaints resolved fully and fast',
              scaleAE,
              undefined,
              { options: coverageAE(['pengaduan', 'complaints']) },
            ),
          ],
          assumedSplit,
        ),
      ]),
    ]),
    group('HASIL', 'Komponen Hasil', 'Results', 40, [
      group(
        'H20.1',
        'Akuntabilitas Kinerja dan Keuangan',
        'Performance and financial accountability',
        10,
        [
          figure(
            'H20.1.a',
            'Nilai SAKIP',
            'SAKIP score',
            numberRange(0, 100, 'nilai'),
            'KemenPANRB',
            6,
            'sakip',
          ),
          figure(
            'H20.1.b',
            'Opini BPK atas laporan keuangan',
            'BPK audit opinion',
            bpkOpinion,
            'BPK RI',
            2,
            'bpk_opinion',
          ),
          figure(
            'H20.1.c',
            'Realisasi anggaran',
            'Budget realisation',
            percent,
            'Kementerian Keuangan',
            2,
            'budget_realisation',
          ),
        ],
        HASIL_SPLIT,
      ),
      group(
        'H20.2',
        'Kualitas Pelayanan Publik',
        'Public-service quality',
        10,
        [
          figure(
            'H20.2.a',
            'Nilai kepatuhan standar pelayanan (Ombudsman RI)',
            'Service-standard compliance (Ombudsman)',
            numberRange(0, 100, 'nilai'),
            'Ombudsman RI',
            5,
            'ombudsman',
          ),
          figure(
            'H20.2.b',
            'Indeks Kepuasan Masyarakat (IKM)',
            'Public Satisfaction Index',
            numberRange(0, 100, 'indeks'),
            'Survei IKM',
            5,
            'public_satisfaction',
          ),
        ],
        HASIL_SPLIT,
      ),
      cleanGovernment,
      group(
        'H20.4',
        'Kinerja Organisasi',
        'Organisational performance',
        10,
        [
          figure(
            'H20.4.a',
            'Capaian indikator kinerja utama (persentase target IKU tercapai)',
            'Key-indicator achievement (share of KPI targets met)',
            percent,
            'Laporan Kinerja',
            10,
          ),
        ],
        HASIL_SPLIT,
      ),
    ]),
  ];
}

const HASIL_SPLIT = { note: 'Sumber pembagian: pedoman untuk pemerintah daerah.', assumed: true };

const common = {
  regulation:
    'Peraturan Menteri PANRB Nomor 26 Tahun 2020 tentang Pedoman Evaluasi Pelaksanaan Reformasi Birokrasi',
  method: 'PermenPANRB 26/2020',
  areaComponent: 'PENGUNGKIT',
  areas: AREA_CODES,
  maxScore: 100,
} as const;

const assumptions = [
  'Bobot Hasil Antara dan Reform per area diasumsikan proporsional terhadap bobot Pemenuhan (poin area = 3 × bobot Pemenuhan: MP 6, PPU 3, ORG 6, TTL 6, SDM 15, AKT 6, PWS 12, YAN 6).',
  'Pembagian komponen Hasil (4 × 10 poin) bersumber dari pedoman untuk pemerintah daerah; dipakai di sini sampai LKE kementerian tersedia.',
  'Rumusan pertanyaan dan kriteria jawaban disusun sendiri; bobot per pertanyaan dibagi rata di dalam sub-komponen.',
];

/** The 2020 evaluation: clean government measured by a perception survey, before SPI. */
export const pmprb2020 = defineFramework({
  ...common,
  id: 'pmprb-2020',
  name: { id: 'PMPRB PermenPANRB 26/2020 (2020)', en: 'PMPRB (PermenPANRB 26/2020), 2020' },
  assumptions: [
    ...assumptions,
    'Tahun 2020 belum memakai SPI KPK; komponen pemerintah bersih diisi indeks persepsi antikorupsi (survei eksternal) sampai sumber resmi tersedia.',
  ],
  components: tree(
    group(
      'H20.3',
      'Pemerintah yang Bersih dan Bebas KKN',
      'Clean government, free of corruption',
      10,
      [
        figure(
          'H20.3.b',
          'Indeks persepsi antikorupsi (survei eksternal)',
          'Anti-corruption perception index (external survey)',
          numberRange(0, 100, 'indeks'),
          'Survei eksternal',
          10,
        ),
      ],
      HASIL_SPLIT,
    ),
  ),
});

/** From the 2021 evaluation: the KPK integrity survey (SPI) is the clean-government figure. */
export const pmprb2021 = defineFramework({
  ...common,
  id: 'pmprb-2021',
  name: {
    id: 'PMPRB PermenPANRB 26/2020 (sejak 2021, dengan SPI)',
    en: 'PMPRB (PermenPANRB 26/2020), from 2021 with SPI',
  },
  assumptions,
  components: tree(
    group(
      'H20.3',
      'Pemerintah yang Bersih dan Bebas KKN',
      'Clean government, free of corruption',
      10,
      [
        figure(
          'H20.3.a',
          'Indeks Survei Penilaian Integritas (SPI) KPK',
          'KPK Integrity Assessment Survey (SPI) index',
          numberRange(0, 100, 'indeks'),
          'KPK',
          10,
          'integrity_survey',
        ),
      ],
      {
        note: 'SPI masuk evaluasi sejak 2021; sumber pembagian: pedoman untuk pemerintah daerah.',
        assumed: true,
      },
    ),
  ),
});
