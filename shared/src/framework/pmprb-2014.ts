import { AREA_CODES } from '../areas';
import { defineFramework } from './framework';
import {
  ac,
  ad,
  ae,
  areaGroup,
  bpkOpinion,
  figure,
  group,
  numberRange,
  sub,
  yn,
} from './node-builders';

// Recurring "who" and "what" of the criteria: coverage of these, or the state of this.
const UNITS = ['unit kerja', 'work units'] as const;
const UNITS_E1 = ['unit kerja eselon I', 'echelon-I units'] as const;
const STAFF = ['pegawai', 'employees'] as const;
const POSTS = ['jabatan', 'positions'] as const;

/**
 * PMPRB under PermenPANRB 14/2014 (Pedoman Evaluasi Pelaksanaan Reformasi Birokrasi), the
 * ministry-level worksheet (LKE K/L). Structure from the worksheet: 8 areas, 33
 * sub-components with their weights, 146 questions with the worksheet's scale per
 * question (64 A–D, 38 A–C, 41 Ya/Tidak, 3 A–E); a sub-component's weight is split equally
 * across its questions, as the worksheet does. The questions and the criterion of every
 * option are worded by us after the worksheet's subject; a ministry that wants the official
 * wording imports it as a framework file.
 */
export const pmprb2014 = defineFramework({
  id: 'pmprb-2014',
  name: { id: 'PMPRB PermenPANRB 14/2014', en: 'PMPRB (PermenPANRB 14/2014)' },
  regulation:
    'Peraturan Menteri PANRB Nomor 14 Tahun 2014 tentang Pedoman Evaluasi Reformasi Birokrasi',
  method: 'PermenPANRB 14/2014',
  areaComponent: 'PENGUNGKIT',
  areas: AREA_CODES,
  maxScore: 100,
  assumptions: [
    'Rumusan pertanyaan dan kriteria jawaban disusun sendiri mengikuti pokok pertanyaan LKE; struktur, bobot, jumlah pertanyaan dan jenis skala mengikuti LKE.',
    'Konversi survei Hasil: indeks skala 0–10 dikonversi linear ke 0–1.',
  ],
  components: [
    group('PENGUNGKIT', 'Komponen Pengungkit (Proses)', 'Enablers (process)', 60, [
      areaGroup('MP', 'MP', 'Manajemen Perubahan', 'Change management', 5, [
        sub('MP.1', 'Tim Reformasi Birokrasi', 'Reform team', 1, [
          ac('Tim RB ditetapkan dengan keputusan pimpinan', 'Reform team set up by decree', [
            'keputusan pembentukan tim RB',
            'team decree',
          ]),
          ad(
            'Tim RB menyusun rencana kerja tahunan untuk setiap area',
            'Reform team plans each area yearly',
            ['area perubahan', 'change areas'],
          ),
          ad('Anggota tim RB menjalankan rencana kerjanya', 'Team members carry out their plans', [
            'rencana kerja tim',
            'team work plans',
          ]),
        ]),
        sub('MP.2', 'Road Map Reformasi Birokrasi', 'Reform road map', 1, [
          yn(
            'Road map RB ditetapkan pimpinan untuk lima tahun',
            'A five-year road map is adopted by the leadership',
          ),
          ac(
            'Road map memuat sasaran, kegiatan dan target setiap area',
            'Road map sets goals, activities and targets per area',
            ['isi road map per area', 'road-map content per area'],
          ),
          ac(
            'Road map selaras dengan Road Map RB Nasional',
            'Road map aligned with the national one',
            ['penyelarasan dengan road map nasional', 'alignment with the national road map'],
          ),
          ad(
            'Road map dijabarkan ke rencana kerja unit',
            'Road map broken down into unit plans',
            UNITS_E1,
          ),
          ad('Road map dikomunikasikan kepada pegawai', 'Road map communicated to staff', UNITS),
        ]),
        sub(
          'MP.3',
          'Pemantauan dan Evaluasi Reformasi Birokrasi',
          'Monitoring and evaluation of reform',
          2,
          [
            ac(
              'PMPRB direncanakan dengan jadwal dan pembagian tugas',
              'PMPRB planned with schedule and roles',
              ['rencana PMPRB', 'PMPRB plan'],
            ),
            ad(
              'Pelaksanaan PMPRB dikomunikasikan ke unit kerja',
              'PMPRB communicated to the units',
              UNITS_E1,
            ),
            ad(
              'Asesor PMPRB mendapat pelatihan sebelum menilai',
              'PMPRB assessors trained before assessing',
              ['asesor', 'assessors'],
            ),
            ad(
              'Asesor ikut serta dalam seluruh tahap PMPRB',
              'Assessors take part in every stage',
              ['asesor', 'assessors'],
            ),
            ac(
              'Koordinator menelaah hasil penilaian asesor',
              'Coordinator reviews the assessors’ scores',
              ['telaah koordinator', 'coordinator review'],
            ),
            ac('Hasil penilaian disepakati dalam forum bersama', 'Scores agreed in a joint forum', [
              'kesepakatan hasil penilaian',
              'agreement on the scores',
            ]),
            ad(
              'Rencana aksi tindak lanjut (RATL) disusun dan dijalankan',
              'Follow-up action plan drawn up and carried out',
              ['rekomendasi hasil PMPRB', 'PMPRB recommendations'],
            ),
          ],
        ),
        sub(
          'MP.4',
          'Perubahan Pola Pikir dan Budaya Kinerja',
          'Mindset and performance culture',
          1,
          [
            ad('Agen perubahan ditetapkan dan aktif', 'Change agents appointed and active', UNITS),
            ad('Pimpinan menjadi teladan perubahan', 'Leaders set the example for change', [
              'pimpinan unit',
              'unit heads',
            ]),
            ae(
              'Pegawai menjalankan nilai budaya kerja organisasi',
              'Staff live the organisation’s work values',
              STAFF,
            ),
          ],
        ),
      ]),
      areaGroup('PPU', 'PPU', 'Penataan Peraturan Perundang-undangan', 'Regulation', 5, [
        sub('PPU.1', 'Harmonisasi', 'Harmonisation', 2.5, [
          ac(
            'Peraturan yang tumpang tindih atau tidak harmonis dipetakan',
            'Overlapping or conflicting rules are mapped',
            ['pemetaan peraturan', 'rule mapping'],
          ),
          ac('Peraturan hasil pemetaan direvisi atau dicabut', 'Mapped rules revised or repealed', [
            'tindak lanjut pemetaan',
            'follow-up of the mapping',
          ]),
        ]),
        sub(
          'PPU.2',
          'Sistem Pengendalian dalam Penyusunan Peraturan Perundang-undangan',
          'Control of rule-making',
          2.5,
          [
            ac(
              'Prosedur penyusunan peraturan yang melibatkan pemangku kepentingan',
              'Rule-making procedure that involves stakeholders',
              ['prosedur penyusunan peraturan', 'rule-making procedure'],
            ),
            ad(
              'Rancangan peraturan melalui analisis dampak sebelum ditetapkan',
              'Draft rules assessed for impact before adoption',
              ['rancangan peraturan', 'draft rules'],
            ),
          ],
        ),
      ]),
      areaGroup('ORG', 'ORG', 'Penataan dan Penguatan Organisasi', 'Organisation', 6, [
        sub('ORG.1', 'Evaluasi Kelembagaan', 'Institutional evaluation', 3, [
          ac(
            'Kesesuaian organisasi dengan tugas dan fungsi dinilai',
            'Fit of structure to mandate assessed',
            ['penilaian tugas dan fungsi', 'mandate review'],
          ),
          ac(
            'Tumpang tindih fungsi antarunit dinilai',
            'Overlap of functions between units assessed',
            ['penilaian tumpang tindih fungsi', 'overlap review'],
          ),
          ac('Rentang kendali dan jumlah eselon dinilai', 'Span of control and layers assessed', [
            'penilaian rentang kendali',
            'span-of-control review',
          ]),
          ac(
            'Kesesuaian struktur dengan strategi dinilai',
            'Fit of structure to strategy assessed',
            ['penilaian keselarasan strategi', 'strategy-fit review'],
          ),
          ac(
            'Pemisahan fungsi kebijakan dan pelaksanaan dinilai',
            'Separation of policy and delivery assessed',
            ['penilaian pemisahan fungsi', 'separation review'],
          ),
          ac(
            'Peluang jabatan fungsional menggantikan struktural dinilai',
            'Room for functional posts assessed',
            ['penilaian jabatan fungsional', 'functional-post review'],
          ),
          ac(
            'Instrumen evaluasi kelembagaan dipakai secara baku',
            'Standard evaluation instrument used',
            ['instrumen evaluasi kelembagaan', 'evaluation instrument'],
          ),
          yn(
            'Hasil evaluasi kelembagaan dilaporkan kepada pimpinan',
            'Evaluation results reported to the leadership',
          ),
          yn(
            'Usulan perubahan organisasi diajukan berdasarkan hasil evaluasi',
            'Structural change proposed from the evaluation',
          ),
        ]),
        sub('ORG.2', 'Penataan Kelembagaan', 'Institutional restructuring', 3, [
          ad(
            'Rekomendasi evaluasi kelembagaan ditindaklanjuti',
            'Evaluation recommendations acted upon',
            ['rekomendasi evaluasi', 'evaluation recommendations'],
          ),
        ]),
      ]),
      areaGroup('TTL', 'TTL', 'Penataan Tatalaksana', 'Business process', 5, [
        sub(
          'TTL.1',
          'Proses Bisnis dan SOP Kegiatan Utama',
          'Business process and core SOPs',
          1.5,
          [
            ad(
              'Peta proses bisnis disusun sesuai tugas dan fungsi',
              'Process map drawn from the mandate',
              UNITS_E1,
            ),
            ad(
              'SOP kegiatan utama disusun dari peta proses bisnis',
              'Core SOPs derived from the process map',
              UNITS,
            ),
            ad('SOP kegiatan utama diterapkan', 'Core SOPs applied', UNITS),
            ad('SOP dievaluasi dan diperbaiki', 'SOPs evaluated and improved', UNITS),
          ],
        ),
        sub('TTL.2', 'E-Government', 'E-government', 2, [
          yn('Kebijakan e-government ditetapkan pimpinan', 'An e-government policy is adopted'),
          ad(
            'Pengelolaan kinerja memakai sistem informasi',
            'Performance management runs on an information system',
            UNITS_E1,
          ),
          ad(
            'Pelayanan publik memakai sistem informasi',
            'Public services run on an information system',
            ['jenis layanan', 'service types'],
          ),
          ad(
            'Sistem informasi antarunit saling terhubung',
            'Unit systems connected to each other',
            ['sistem informasi utama', 'core information systems'],
          ),
        ]),
        sub('TTL.3', 'Keterbukaan Informasi Publik', 'Public information disclosure', 1.5, [
          yn(
            'Kebijakan keterbukaan informasi publik ditetapkan',
            'A public-information disclosure policy is adopted',
          ),
          ac(
            'Pejabat pengelola informasi dan dokumentasi (PPID) bekerja',
            'Information officer (PPID) at work',
            ['layanan PPID', 'PPID service'],
          ),
          ad(
            'Informasi publik diumumkan secara berkala',
            'Public information published regularly',
            ['jenis informasi wajib', 'mandatory information types'],
          ),
        ]),
      ]),
      areaGroup(
        'SDM',
        'SDM',
        'Penataan Sistem Manajemen SDM Aparatur',
        'Human-resource management',
        15,
        [
          sub(
            'SDM.1',
            'Perencanaan Kebutuhan Pegawai sesuai Kebutuhan Organisasi',
            'Workforce planning to the organisation’s needs',
            1,
            [
              yn(
                'Analisis jabatan dilakukan untuk setiap jabatan',
                'Job analysis done for every post',
              ),
              yn('Analisis beban kerja dilakukan', 'Workload analysis done'),
              ad(
                'Kebutuhan pegawai dihitung dari analisis beban kerja',
                'Staff needs computed from workload',
                UNITS,
              ),
              ad(
                'Formasi diusulkan sesuai kebutuhan yang dihitung',
                'Posts requested as computed',
                UNITS_E1,
              ),
              ad(
                'Redistribusi pegawai mengikuti hasil perhitungan',
                'Staff redistributed as computed',
                UNITS,
              ),
            ],
          ),
          sub(
            'SDM.2',
            'Proses Penerimaan Pegawai Transparan, Objektif, Akuntabel dan Bebas KKN',
            'Transparent, objective, accountable and clean recruitment',
            2,
            [
              yn('Pengumuman penerimaan dibuka untuk umum', 'Recruitment announced publicly'),
              yn(
                'Seleksi memakai sistem berbasis komputer (CAT)',
                'Selection uses computer-based tests',
              ),
              yn('Hasil seleksi diumumkan secara terbuka', 'Selection results published'),
              yn(
                'Tidak ada pengaduan seleksi yang terbukti',
                'No substantiated complaint about selection',
              ),
              ac(
                'Penerimaan pegawai mengikuti formasi yang ditetapkan',
                'Recruitment follows the approved posts',
                ['kesesuaian penerimaan dengan formasi', 'match of hiring to posts'],
              ),
            ],
          ),
          sub(
            'SDM.3',
            'Pengembangan Pegawai Berbasis Kompetensi',
            'Competency-based staff development',
            1,
            [
              yn('Standar kompetensi jabatan ditetapkan', 'Competency standards per post adopted'),
              ad('Kompetensi pegawai dinilai (assessment)', 'Staff competencies assessed', STAFF),
              ad('Kesenjangan kompetensi dipetakan', 'Competency gaps mapped', STAFF),
              ad(
                'Rencana pengembangan disusun dari kesenjangan',
                'Development plans drawn from the gaps',
                STAFF,
              ),
              ad(
                'Pengembangan dilaksanakan sesuai rencana',
                'Development carried out as planned',
                STAFF,
              ),
              ac('Hasil pengembangan dievaluasi', 'Development results evaluated', [
                'evaluasi pascapelatihan',
                'post-training evaluation',
              ]),
            ],
          ),
          sub(
            'SDM.4',
            'Promosi Jabatan Dilakukan secara Terbuka',
            'Open promotion to senior posts',
            6,
            [
              yn(
                'Pengisian jabatan pimpinan tinggi dilakukan terbuka',
                'Senior posts filled by open selection',
              ),
              yn('Panitia seleksi melibatkan pihak luar', 'Selection panels include outsiders'),
              yn('Tahapan dan hasil seleksi diumumkan', 'Selection stages and results published'),
              yn(
                'Seleksi dilaporkan kepada KASN',
                'Selection reported to the civil-service commission',
              ),
              ad(
                'Jabatan pimpinan tinggi yang diisi melalui seleksi terbuka',
                'Senior posts filled through open selection',
                ['jabatan pimpinan tinggi yang kosong', 'vacant senior posts'],
              ),
            ],
          ),
          sub('SDM.5', 'Penetapan Kinerja Individu', 'Individual performance', 2, [
            ac(
              'Sistem penilaian kinerja individu ditetapkan',
              'Individual appraisal system adopted',
              ['sistem penilaian kinerja', 'appraisal system'],
            ),
            ad(
              'Sasaran kinerja pegawai (SKP) diturunkan dari kinerja organisasi',
              'Staff targets cascaded from the organisation’s',
              STAFF,
            ),
            ad(
              'Kinerja pegawai diukur secara berkala',
              'Staff performance measured regularly',
              STAFF,
            ),
            ad(
              'Hasil penilaian kinerja dipakai untuk tunjangan',
              'Appraisals used for allowances',
              UNITS,
            ),
            ad(
              'Hasil penilaian kinerja dipakai untuk karier',
              'Appraisals used for careers',
              UNITS,
            ),
            ad('Pegawai berkinerja rendah dibina', 'Low performers coached', [
              'pegawai berkinerja rendah',
              'low performers',
            ]),
            ae(
              'Capaian kinerja individu tercatat di sistem (E-Performance)',
              'Individual results recorded in the system',
              STAFF,
            ),
          ]),
          sub(
            'SDM.6',
            'Penegakan Aturan Disiplin / Kode Etik / Kode Perilaku Pegawai',
            'Discipline and code of conduct',
            1,
            [
              yn(
                'Kode etik dan kode perilaku pegawai ditetapkan',
                'Code of ethics and conduct adopted',
              ),
              ac('Kode etik disosialisasikan', 'Code of ethics communicated', [
                'sosialisasi kode etik',
                'communication of the code',
              ]),
              ad('Pelanggaran disiplin ditangani sesuai aturan', 'Breaches handled by the rules', [
                'kasus pelanggaran',
                'breach cases',
              ]),
              ad(
                'Penegakan disiplin dipantau dan dilaporkan',
                'Discipline monitored and reported',
                UNITS_E1,
              ),
            ],
          ),
          sub('SDM.7', 'Pelaksanaan Evaluasi Jabatan', 'Job evaluation', 1, [
            yn('Evaluasi jabatan dilakukan dan ditetapkan', 'Job evaluation done and adopted'),
            ad(
              'Kelas jabatan ditetapkan dari hasil evaluasi',
              'Job grades set from the evaluation',
              POSTS,
            ),
            ad(
              'Kelas jabatan dipakai untuk tunjangan kinerja',
              'Job grades used for performance pay',
              POSTS,
            ),
          ]),
          sub('SDM.8', 'Sistem Informasi Kepegawaian', 'Personnel information system', 1, [
            yn('Sistem informasi kepegawaian tersedia', 'A personnel information system exists'),
            yn('Data pegawai dimutakhirkan berkala', 'Staff data kept up to date'),
            yn(
              'Sistem terhubung dengan sistem BKN',
              'System linked to the national civil-service agency',
            ),
            ad(
              'Keputusan kepegawaian memakai data sistem',
              'Personnel decisions use system data',
              UNITS_E1,
            ),
          ]),
        ],
      ),
      areaGroup('AKT', 'AKT', 'Penguatan Akuntabilitas Kinerja', 'Accountability', 6, [
        sub('AKT.1', 'Keterlibatan Pimpinan', 'Leadership involvement', 2, [
          ad(
            'Pimpinan ikut menyusun perencanaan kinerja',
            'Leaders take part in performance planning',
            ['pimpinan unit', 'unit heads'],
          ),
          ad('Pimpinan ikut menetapkan perjanjian kinerja', 'Leaders sign performance agreements', [
            'pimpinan unit',
            'unit heads',
          ]),
          ad('Pimpinan memantau capaian kinerja berkala', 'Leaders monitor results regularly', [
            'pimpinan unit',
            'unit heads',
          ]),
        ]),
        sub(
          'AKT.2',
          'Pengelolaan Akuntabilitas Kinerja',
          'Managing performance accountability',
          4,
          [
            yn(
              'Dokumen perencanaan kinerja ditetapkan tepat waktu',
              'Performance plans adopted on time',
            ),
            ad(
              'Indikator kinerja utama berorientasi hasil',
              'Key indicators measure outcomes',
              UNITS_E1,
            ),
            ad(
              'Data kinerja dikumpulkan secara sistematis',
              'Performance data gathered systematically',
              UNITS,
            ),
            ad(
              'Hasil pengukuran kinerja dipakai untuk anggaran',
              'Measurements used for budgeting',
              UNITS_E1,
            ),
            ae(
              'Laporan kinerja disusun tepat waktu dan berkualitas',
              'Performance reports on time and sound',
              UNITS,
            ),
          ],
        ),
      ]),
      areaGroup('PWS', 'PWS', 'Penguatan Pengawasan', 'Supervision', 12, [
        sub('PWS.1', 'Gratifikasi', 'Gratuities', 1.5, [
          yn(
            'Kebijakan pengendalian gratifikasi ditetapkan',
            'A gratuity-control policy is adopted',
          ),
          yn('Unit pengendali gratifikasi dibentuk', 'A gratuity-control unit is set up'),
          yn('Pelaporan gratifikasi tersedia bagi pegawai', 'Staff can report gratuities'),
          yn('Laporan gratifikasi diteruskan ke KPK', 'Gratuity reports forwarded to KPK'),
          ac('Pengendalian gratifikasi disosialisasikan', 'Gratuity rules communicated', [
            'sosialisasi gratifikasi',
            'communication of the rules',
          ]),
        ]),
        sub('PWS.2', 'Penerapan SPIP', 'Government internal control (SPIP)', 1.5, [
          yn('Satgas penyelenggaraan SPIP dibentuk', 'An SPIP task force is set up'),
          ac('Lingkungan pengendalian dibangun', 'Control environment built', [
            'lingkungan pengendalian',
            'control environment',
          ]),
          ac('Penilaian risiko dilakukan', 'Risks assessed', [
            'penilaian risiko',
            'risk assessment',
          ]),
          ad('Kegiatan pengendalian dijalankan', 'Control activities carried out', UNITS),
          ad('Informasi dan komunikasi pengendalian berjalan', 'Control information shared', UNITS),
          ad('Pemantauan pengendalian intern dilakukan', 'Internal control monitored', UNITS),
        ]),
        sub('PWS.3', 'Pengaduan Masyarakat', 'Public complaints', 2, [
          yn('Kebijakan penanganan pengaduan ditetapkan', 'A complaint-handling policy is adopted'),
          yn('Saluran pengaduan tersedia dan dikenal', 'Complaint channels exist and are known'),
          ac('Pengaduan ditangani sesuai prosedur', 'Complaints handled by procedure', [
            'prosedur penanganan pengaduan',
            'complaint procedure',
          ]),
          ad('Pengaduan ditindaklanjuti', 'Complaints followed up', [
            'pengaduan yang masuk',
            'complaints received',
          ]),
          ad('Hasil penanganan dievaluasi', 'Handling evaluated', UNITS_E1),
        ]),
        sub('PWS.4', 'Whistle-Blowing System', 'Whistle-blowing system', 1.5, [
          yn('Kebijakan whistle-blowing ditetapkan', 'A whistle-blowing policy is adopted'),
          yn('Pelapor dilindungi kerahasiaannya', 'Whistle-blowers are kept confidential'),
          ac('Whistle-blowing disosialisasikan', 'Whistle-blowing communicated', [
            'sosialisasi whistle-blowing',
            'communication of whistle-blowing',
          ]),
          ad('Laporan pelanggaran ditindaklanjuti', 'Reports of wrongdoing followed up', [
            'laporan pelanggaran',
            'reports received',
          ]),
          ad('Penerapan whistle-blowing dievaluasi', 'Whistle-blowing evaluated', UNITS_E1),
        ]),
        sub('PWS.5', 'Penanganan Benturan Kepentingan', 'Conflicts of interest', 1.5, [
          yn(
            'Kebijakan benturan kepentingan ditetapkan',
            'A conflict-of-interest policy is adopted',
          ),
          yn('Jenis benturan kepentingan dipetakan', 'Kinds of conflict mapped'),
          ac('Kebijakan benturan kepentingan disosialisasikan', 'Conflict policy communicated', [
            'sosialisasi benturan kepentingan',
            'communication of the policy',
          ]),
          ad('Benturan kepentingan ditangani', 'Conflicts of interest handled', [
            'kasus benturan kepentingan',
            'conflict cases',
          ]),
          ad('Penanganan benturan kepentingan dievaluasi', 'Conflict handling evaluated', UNITS_E1),
        ]),
        sub('PWS.6', 'Pembangunan Zona Integritas', 'Integrity zone', 2.5, [
          yn(
            'Pimpinan menandatangani pencanangan zona integritas',
            'The leadership declares the integrity zone',
          ),
          yn('Unit kerja percontohan WBK/WBBM ditetapkan', 'Pilot WBK/WBBM units designated'),
          ac('Unit percontohan membangun zona integritas', 'Pilot units build the integrity zone', [
            'pembangunan zona integritas',
            'integrity-zone work',
          ]),
          ac('Unit percontohan dinilai secara internal', 'Pilot units assessed internally', [
            'penilaian internal',
            'internal assessment',
          ]),
          ac('Unit yang memenuhi syarat diusulkan sebagai WBK/WBBM', 'Qualifying units nominated', [
            'pengusulan unit WBK/WBBM',
            'nominations',
          ]),
        ]),
        sub('PWS.7', 'Aparat Pengawasan Intern Pemerintah (APIP)', 'Internal audit (APIP)', 1.5, [
          ad('Pengawasan APIP berbasis risiko', 'Internal audit is risk-based', [
            'penugasan pengawasan',
            'audit assignments',
          ]),
          ad('Rekomendasi APIP ditindaklanjuti', 'Internal-audit recommendations acted upon', [
            'rekomendasi APIP',
            'audit recommendations',
          ]),
          ad('Auditor memenuhi standar kompetensi', 'Auditors meet competency standards', [
            'auditor',
            'auditors',
          ]),
          ad(
            'APIP menjadi mitra konsultasi manajemen',
            'Internal audit advises management',
            UNITS_E1,
          ),
        ]),
      ]),
      areaGroup(
        'YAN',
        'YAN',
        'Peningkatan Kualitas Pelayanan Publik',
        'Public-service quality',
        6,
        [
          sub('YAN.1', 'Standar Pelayanan', 'Service standards', 1, [
            yn('Kebijakan standar pelayanan ditetapkan', 'A service-standards policy is adopted'),
            ac(
              'Standar pelayanan disusun bersama masyarakat',
              'Standards drawn up with the public',
              ['penyusunan standar bersama masyarakat', 'public consultation on standards'],
            ),
            ac('Maklumat pelayanan diumumkan', 'Service charter published', [
              'maklumat pelayanan',
              'service charter',
            ]),
            ad('Standar pelayanan diterapkan', 'Standards applied', [
              'jenis layanan',
              'service types',
            ]),
            ad('Standar pelayanan dievaluasi', 'Standards reviewed', [
              'jenis layanan',
              'service types',
            ]),
          ]),
          sub('YAN.2', 'Budaya Pelayanan Prima', 'Service excellence culture', 1, [
            yn(
              'Petugas pelayanan dilatih budaya pelayanan prima',
              'Front-line staff trained in service excellence',
            ),
            ac('Informasi layanan tersedia lengkap', 'Service information complete', [
              'informasi layanan',
              'service information',
            ]),
            ac(
              'Sistem penghargaan dan sanksi petugas layanan berjalan',
              'Rewards and sanctions for front-line staff',
              ['sistem penghargaan dan sanksi', 'reward-and-sanction scheme'],
            ),
            ad('Inovasi pelayanan dikembangkan', 'Service innovations developed', UNITS),
            ad('Sarana layanan ramah kelompok rentan', 'Facilities fit for vulnerable groups', [
              'unit layanan',
              'service points',
            ]),
          ]),
          sub('YAN.3', 'Pengelolaan Pengaduan', 'Complaint management', 1.5, [
            yn(
              'Unit pengelola pengaduan pelayanan ditetapkan',
              'A service-complaint unit is designated',
            ),
            yn(
              'Pengaduan terhubung ke SP4N-LAPOR!',
              'Complaints linked to the national channel SP4N-LAPOR!',
            ),
            ac('Prosedur pengaduan pelayanan dijalankan', 'Service-complaint procedure in use', [
              'prosedur pengaduan',
              'complaint procedure',
            ]),
            ac(
              'Hasil pengaduan dipakai memperbaiki layanan',
              'Complaints used to improve services',
              ['perbaikan berbasis pengaduan', 'complaint-driven improvement'],
            ),
            ad(
              'Pengaduan pelayanan diselesaikan tepat waktu',
              'Service complaints resolved on time',
              ['pengaduan pelayanan', 'service complaints'],
            ),
          ]),
          sub('YAN.4', 'Penilaian Kepuasan terhadap Pelayanan', 'Satisfaction with services', 1.5, [
            yn('Survei kepuasan masyarakat dilakukan berkala', 'Satisfaction surveyed regularly'),
            ac('Hasil survei diumumkan', 'Survey results published', [
              'publikasi hasil survei',
              'publication of results',
            ]),
            ad('Hasil survei ditindaklanjuti', 'Survey results acted upon', [
              'jenis layanan',
              'service types',
            ]),
          ]),
          sub('YAN.5', 'Pemanfaatan Teknologi Informasi', 'Use of information technology', 1, [
            yn('Kebijakan layanan berbasis TI ditetapkan', 'An IT-based service policy is adopted'),
            ac('Layanan terpadu berbasis TI tersedia', 'Integrated IT-based service available', [
              'layanan terpadu berbasis TI',
              'integrated IT service',
            ]),
            ad('Layanan dapat diakses daring', 'Services reachable online', [
              'jenis layanan',
              'service types',
            ]),
          ]),
        ],
      ),
    ]),
    group('HASIL', 'Komponen Hasil', 'Results', 40, [
      group(
        'H.1',
        'Kapasitas dan Akuntabilitas Kinerja Organisasi',
        'Capacity and performance accountability',
        20,
        [
          figure(
            'H.1.1',
            'Nilai akuntabilitas kinerja (evaluasi SAKIP)',
            'Performance accountability score (SAKIP evaluation)',
            numberRange(0, 100, 'nilai'),
            'KemenPANRB',
            14,
            'sakip',
          ),
          figure(
            'H.1.2',
            'Nilai kapasitas organisasi (survei internal, indeks 0–10)',
            'Organisational capacity (internal survey, index 0–10)',
            numberRange(0, 10, 'indeks'),
            'Survei internal',
            6,
          ),
        ],
      ),
      group(
        'H.2',
        'Pemerintah yang Bersih dan Bebas KKN',
        'Clean government, free of corruption',
        10,
        [
          figure(
            'H.2.1',
            'Nilai persepsi korupsi (survei eksternal, indeks 0–10)',
            'Corruption perception (external survey, index 0–10)',
            numberRange(0, 10, 'indeks'),
            'Survei eksternal',
            7,
          ),
          figure(
            'H.2.2',
            'Opini BPK atas laporan keuangan',
            'BPK audit opinion',
            bpkOpinion,
            'BPK RI',
            3,
            'bpk_opinion',
          ),
        ],
      ),
      group('H.3', 'Kualitas Pelayanan Publik', 'Public-service quality', 10, [
        figure(
          'H.3.1',
          'Nilai persepsi kualitas pelayanan (survei eksternal, indeks 0–10)',
          'Service-quality perception (external survey, index 0–10)',
          numberRange(0, 10, 'indeks'),
          'Survei eksternal',
          10,
        ),
      ]),
    ]),
  ],
});
