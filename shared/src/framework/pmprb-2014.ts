import { AREA_CODES } from '../areas';
import { defineFramework } from './framework';
import {
  areaGroup,
  bpkOpinion,
  group,
  numberRange,
  percent,
  indicator as q,
  scaleAC,
  scaleAE,
  yesNo,
} from './node-builders';

/**
 * PMPRB under PermenPANRB 14/2014 (Pedoman Evaluasi Pelaksanaan Reformasi Birokrasi).
 * Weights of components, areas and sub-components are those of the LKE worksheet; within a
 * sub-component the weight is split equally across its questions, as the worksheet does
 * unless it says otherwise. Question wording is paraphrased from the worksheet.
 */
export const pmprb2014 = defineFramework({
  id: 'pmprb-2014',
  name: { id: 'PMPRB PermenPANRB 14/2014', en: 'PMPRB (PermenPANRB 14/2014)' },
  regulation:
    'Peraturan Menteri PANRB Nomor 14 Tahun 2014 tentang Pedoman Evaluasi Reformasi Birokrasi',
  areaComponent: 'PENGUNGKIT',
  areas: AREA_CODES,
  maxScore: 100,
  assumptions: [
    'Pertanyaan diparafrasekan dari LKE; bobot per pertanyaan dibagi rata di dalam sub-komponen.',
    'Konversi hasil survei: indeks skala 0–10 dikonversi linear ke 0–1.',
  ],
  components: [
    group('PENGUNGKIT', 'Komponen Pengungkit', 'Enablers', 60, [
      areaGroup('MP', 'MP', 'Manajemen Perubahan', 'Change management', 5, [
        group('MP.1', 'Tim Reformasi Birokrasi', 'Reform team', 1, [
          q(
            'MP.1.a',
            'Tim RB telah dibentuk dengan keputusan pimpinan',
            'Reform team established by decree',
            yesNo,
          ),
          q(
            'MP.1.b',
            'Tim RB telah menyusun rencana kerja RB tahunan',
            'Reform team has an annual work plan',
            yesNo,
          ),
          q('MP.1.c', 'Rencana kerja tim RB telah dilaksanakan', 'Work plan carried out', scaleAE),
        ]),
        group('MP.2', 'Road Map Reformasi Birokrasi', 'Reform road map', 1, [
          q(
            'MP.2.a',
            'Road map RB telah disusun dan ditetapkan',
            'Road map drawn up and adopted',
            yesNo,
          ),
          q(
            'MP.2.b',
            'Road map mencakup delapan area perubahan',
            'Road map covers the eight areas',
            scaleAC,
          ),
          q(
            'MP.2.c',
            'Road map telah disosialisasikan ke seluruh unit kerja',
            'Road map communicated to all units',
            scaleAE,
          ),
        ]),
        group('MP.3', 'Pemantauan dan Evaluasi RB', 'Monitoring and evaluation', 2, [
          q(
            'MP.3.a',
            'Monev pelaksanaan RB dilakukan secara berkala',
            'Periodic monitoring of reform',
            scaleAE,
          ),
          q(
            'MP.3.b',
            'Hasil monev ditindaklanjuti oleh pimpinan',
            'Monitoring results acted upon',
            scaleAE,
          ),
          q(
            'MP.3.c',
            'Persentase rekomendasi monev yang telah ditindaklanjuti',
            'Share of monitoring recommendations followed up',
            percent,
          ),
        ]),
        group('MP.4', 'Perubahan Pola Pikir dan Budaya Kerja', 'Mindset and work culture', 1, [
          q('MP.4.a', 'Agen perubahan telah ditetapkan', 'Change agents appointed', yesNo),
          q(
            'MP.4.b',
            'Pimpinan menjadi teladan (role model)',
            'Leaders act as role models',
            scaleAE,
          ),
          q(
            'MP.4.c',
            'Budaya kerja telah diinternalisasikan',
            'Work culture internalised',
            scaleAE,
          ),
        ]),
      ]),
      areaGroup('PPU', 'PPU', 'Penataan Peraturan Perundang-undangan', 'Regulation', 5, [
        group('PPU.1', 'Harmonisasi Peraturan', 'Harmonisation of regulations', 2.5, [
          q(
            'PPU.1.a',
            'Identifikasi peraturan yang tumpang tindih telah dilakukan',
            'Overlapping regulations identified',
            scaleAE,
          ),
          q(
            'PPU.1.b',
            'Persentase peraturan disharmonis yang telah ditindaklanjuti',
            'Share of disharmonious regulations revised',
            percent,
          ),
        ]),
        group('PPU.2', 'Sistem Pengendalian Penyusunan Peraturan', 'Control of rule-making', 2.5, [
          q(
            'PPU.2.a',
            'Prosedur penyusunan peraturan telah ditetapkan',
            'Rule-making procedure adopted',
            yesNo,
          ),
          q(
            'PPU.2.b',
            'Penyusunan peraturan melibatkan pemangku kepentingan',
            'Stakeholders consulted in rule-making',
            scaleAE,
          ),
          q(
            'PPU.2.c',
            'Sistem informasi peraturan (JDIH) mutakhir',
            'Legal information system up to date',
            scaleAC,
          ),
        ]),
      ]),
      areaGroup('ORG', 'ORG', 'Penataan dan Penguatan Organisasi', 'Organisation', 6, [
        group('ORG.1', 'Evaluasi Kelembagaan', 'Institutional evaluation', 3, [
          q(
            'ORG.1.a',
            'Evaluasi ketepatan fungsi dan ukuran organisasi telah dilakukan',
            'Fit of functions and size evaluated',
            scaleAE,
          ),
          q(
            'ORG.1.b',
            'Evaluasi mencakup duplikasi fungsi antarunit',
            'Evaluation covers duplicated functions',
            scaleAC,
          ),
        ]),
        group('ORG.2', 'Penataan Kelembagaan', 'Institutional restructuring', 3, [
          q(
            'ORG.2.a',
            'Hasil evaluasi ditindaklanjuti dengan penataan organisasi',
            'Evaluation followed by restructuring',
            scaleAE,
          ),
          q(
            'ORG.2.b',
            'Persentase rekomendasi penataan yang telah dilaksanakan',
            'Share of restructuring recommendations done',
            percent,
          ),
        ]),
      ]),
      areaGroup('TTL', 'TTL', 'Penataan Tatalaksana', 'Business process', 5, [
        group('TTL.1', 'Prosedur Operasional Tetap (SOP)', 'Standard operating procedures', 1.5, [
          q(
            'TTL.1.a',
            'SOP disusun berdasarkan peta proses bisnis',
            'SOPs derived from the process map',
            scaleAE,
          ),
          q(
            'TTL.1.b',
            'Persentase SOP yang diterapkan dan dievaluasi',
            'Share of SOPs applied and evaluated',
            percent,
          ),
        ]),
        group('TTL.2', 'E-Government', 'E-government', 2, [
          q(
            'TTL.2.a',
            'Pengadaan barang dan jasa secara elektronik',
            'Electronic procurement',
            yesNo,
          ),
          q(
            'TTL.2.b',
            'Sistem informasi kepegawaian dan kinerja terintegrasi',
            'Integrated staff and performance systems',
            scaleAE,
          ),
          q('TTL.2.c', 'Layanan publik berbasis elektronik', 'Electronic public services', scaleAE),
        ]),
        group('TTL.3', 'Keterbukaan Informasi Publik', 'Public information disclosure', 1.5, [
          q(
            'TTL.3.a',
            'PPID telah ditetapkan dan berfungsi',
            'Information officer appointed and working',
            yesNo,
          ),
          q(
            'TTL.3.b',
            'Informasi publik tersedia dan mutakhir di laman resmi',
            'Public information published and current',
            scaleAE,
          ),
        ]),
      ]),
      areaGroup('SDM', 'SDM', 'Penataan Sistem Manajemen SDM', 'Human-resource management', 15, [
        group('SDM.1', 'Promosi Jabatan secara Terbuka', 'Open promotion', 6, [
          q(
            'SDM.1.a',
            'Pengisian JPT dilakukan melalui seleksi terbuka',
            'Senior posts filled by open selection',
            scaleAE,
          ),
          q(
            'SDM.1.b',
            'Persentase jabatan administrator yang diisi secara terbuka',
            'Share of administrator posts filled openly',
            percent,
          ),
          q(
            'SDM.1.c',
            'Hasil seleksi diumumkan secara terbuka',
            'Selection results published',
            yesNo,
          ),
        ]),
        group('SDM.2', 'Rekrutmen Terbuka', 'Open recruitment', 2, [
          q(
            'SDM.2.a',
            'Rekrutmen CPNS menggunakan CAT dan diumumkan terbuka',
            'Computer-assisted, public recruitment',
            yesNo,
          ),
          q(
            'SDM.2.b',
            'Rekrutmen sesuai kebutuhan formasi',
            'Recruitment matches the formation plan',
            scaleAE,
          ),
        ]),
        group('SDM.3', 'Penetapan Kinerja Individu', 'Individual performance', 2, [
          q(
            'SDM.3.a',
            'Seluruh pegawai memiliki Sasaran Kinerja Pegawai (SKP)',
            'All staff have performance targets (SKP)',
            percent,
          ),
          q(
            'SDM.3.b',
            'Kinerja individu terkait dengan kinerja organisasi',
            'Individual targets cascade from organisational ones',
            scaleAE,
          ),
        ]),
        group('SDM.4', 'Perencanaan Kebutuhan Pegawai', 'Workforce planning', 1, [
          q(
            'SDM.4.a',
            'Analisis jabatan dan beban kerja telah dilakukan',
            'Job and workload analysis done',
            scaleAE,
          ),
          q(
            'SDM.4.b',
            'Proyeksi kebutuhan pegawai lima tahun tersedia',
            'Five-year staffing projection',
            yesNo,
          ),
        ]),
        group('SDM.5', 'Pola Karier', 'Career paths', 1, [
          q('SDM.5.a', 'Pola karier pegawai telah ditetapkan', 'Career pattern adopted', yesNo),
          q(
            'SDM.5.b',
            'Mutasi dilaksanakan berdasarkan pola karier',
            'Transfers follow the career pattern',
            scaleAE,
          ),
        ]),
        group(
          'SDM.6',
          'Pengembangan Pegawai Berbasis Kompetensi',
          'Competency-based development',
          1,
          [
            q(
              'SDM.6.a',
              'Analisis kesenjangan kompetensi telah dilakukan',
              'Competency gap analysis done',
              scaleAE,
            ),
            q(
              'SDM.6.b',
              'Persentase pegawai yang mengikuti pengembangan kompetensi',
              'Share of staff in development programmes',
              percent,
            ),
          ],
        ),
        group('SDM.7', 'Penegakan Disiplin', 'Discipline', 1, [
          q(
            'SDM.7.a',
            'Data pelanggaran disiplin dikelola dan ditindaklanjuti',
            'Disciplinary breaches recorded and handled',
            scaleAE,
          ),
          q(
            'SDM.7.b',
            'Kehadiran pegawai dipantau secara elektronik',
            'Attendance monitored electronically',
            yesNo,
          ),
        ]),
        group('SDM.8', 'Sistem Informasi Kepegawaian', 'Staff information system', 1, [
          q(
            'SDM.8.a',
            'Data pegawai dalam SIMPEG mutakhir',
            'Staff records current in SIMPEG',
            scaleAE,
          ),
          q(
            'SDM.8.b',
            'SIMPEG terintegrasi dengan sistem BKN',
            'SIMPEG integrated with BKN',
            yesNo,
          ),
        ]),
      ]),
      areaGroup('AKT', 'AKT', 'Penguatan Akuntabilitas', 'Accountability', 6, [
        group('AKT.1', 'Keterlibatan Pimpinan', 'Leadership involvement', 2, [
          q(
            'AKT.1.a',
            'Pimpinan terlibat dalam penyusunan Renstra dan Perjanjian Kinerja',
            'Leaders involved in strategic plan and performance agreements',
            scaleAE,
          ),
          q(
            'AKT.1.b',
            'Pimpinan memantau capaian kinerja secara berkala',
            'Leaders review performance periodically',
            scaleAE,
          ),
        ]),
        group(
          'AKT.2',
          'Pengelolaan Akuntabilitas Kinerja',
          'Performance accountability management',
          4,
          [
            q(
              'AKT.2.a',
              'Indikator kinerja utama (IKU) telah ditetapkan dan direviu',
              'Key performance indicators set and reviewed',
              scaleAE,
            ),
            q(
              'AKT.2.b',
              'Dokumen perencanaan dan anggaran selaras',
              'Planning and budget documents aligned',
              scaleAE,
            ),
            q(
              'AKT.2.c',
              'Laporan kinerja disusun tepat waktu',
              'Performance report on time',
              yesNo,
            ),
            q(
              'AKT.2.d',
              'Persentase unit kerja yang menerapkan SAKIP',
              'Share of units applying SAKIP',
              percent,
            ),
          ],
        ),
      ]),
      areaGroup('PWS', 'PWS', 'Penguatan Pengawasan', 'Supervision / internal control', 12, [
        group('PWS.1', 'Pengendalian Gratifikasi', 'Gratuity control', 1.5, [
          q(
            'PWS.1.a',
            'Unit pengendalian gratifikasi telah dibentuk',
            'Gratuity control unit established',
            yesNo,
          ),
          q(
            'PWS.1.b',
            'Laporan gratifikasi disampaikan ke KPK',
            'Gratuity reports passed to KPK',
            scaleAE,
          ),
        ]),
        group('PWS.2', 'Penerapan SPIP', 'Internal control system (SPIP)', 1.5, [
          q(
            'PWS.2.a',
            'Penilaian risiko dilakukan di seluruh unit',
            'Risk assessment across units',
            scaleAE,
          ),
          q(
            'PWS.2.b',
            'Kegiatan pengendalian sesuai hasil penilaian risiko',
            'Controls follow the risk assessment',
            scaleAE,
          ),
        ]),
        group('PWS.3', 'Pengaduan Masyarakat', 'Public complaints', 2, [
          q(
            'PWS.3.a',
            'Kebijakan penanganan pengaduan telah ditetapkan',
            'Complaint-handling policy adopted',
            yesNo,
          ),
          q(
            'PWS.3.b',
            'Persentase pengaduan yang ditindaklanjuti',
            'Share of complaints followed up',
            percent,
          ),
        ]),
        group('PWS.4', 'Whistle-Blowing System', 'Whistle-blowing system', 1.5, [
          q(
            'PWS.4.a',
            'WBS telah ditetapkan dan disosialisasikan',
            'WBS adopted and communicated',
            scaleAE,
          ),
          q('PWS.4.b', 'Laporan WBS ditindaklanjuti', 'WBS reports followed up', scaleAE),
        ]),
        group('PWS.5', 'Penanganan Benturan Kepentingan', 'Conflicts of interest', 1.5, [
          q(
            'PWS.5.a',
            'Pedoman penanganan benturan kepentingan ditetapkan',
            'Conflict-of-interest guideline adopted',
            yesNo,
          ),
          q(
            'PWS.5.b',
            'Benturan kepentingan diidentifikasi dan ditangani',
            'Conflicts identified and handled',
            scaleAE,
          ),
        ]),
        group('PWS.6', 'Pembangunan Zona Integritas', 'Integrity zones', 2.5, [
          q(
            'PWS.6.a',
            'Unit kerja diusulkan menuju WBK/WBBM',
            'Units nominated for WBK/WBBM',
            scaleAE,
          ),
          q(
            'PWS.6.b',
            'Persentase unit yang memperoleh predikat WBK/WBBM dari yang diusulkan',
            'Share of nominated units awarded WBK/WBBM',
            percent,
          ),
        ]),
        group('PWS.7', 'Penguatan APIP', 'Internal audit capability (APIP)', 1.5, [
          q('PWS.7.a', 'Tingkat kapabilitas APIP', 'APIP capability level', scaleAE),
          q(
            'PWS.7.b',
            'Rekomendasi pengawasan ditindaklanjuti',
            'Audit recommendations followed up',
            scaleAE,
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
          group('YAN.1', 'Standar Pelayanan', 'Service standards', 1, [
            q(
              'YAN.1.a',
              'Standar pelayanan ditetapkan dan dipublikasikan',
              'Service standards adopted and published',
              scaleAE,
            ),
            q(
              'YAN.1.b',
              'Maklumat pelayanan dipasang di unit layanan',
              'Service charter displayed',
              yesNo,
            ),
          ]),
          group('YAN.2', 'Budaya Pelayanan Prima', 'Service excellence culture', 1, [
            q(
              'YAN.2.a',
              'Sosialisasi dan pelatihan pelayanan prima',
              'Service excellence training',
              scaleAE,
            ),
            q(
              'YAN.2.b',
              'Inovasi pelayanan diterapkan di unit layanan',
              'Service innovations applied',
              scaleAE,
            ),
          ]),
          group('YAN.3', 'Pengelolaan Pengaduan', 'Complaint management', 1.5, [
            q(
              'YAN.3.a',
              'Sarana pengaduan pelayanan tersedia (SP4N-LAPOR!)',
              'Complaint channels available (SP4N-LAPOR!)',
              yesNo,
            ),
            q(
              'YAN.3.b',
              'Persentase pengaduan pelayanan yang diselesaikan',
              'Share of service complaints resolved',
              percent,
            ),
          ]),
          group('YAN.4', 'Penilaian Kepuasan terhadap Pelayanan', 'Satisfaction measurement', 1.5, [
            q(
              'YAN.4.a',
              'Survei kepuasan masyarakat dilakukan berkala',
              'Periodic satisfaction survey',
              scaleAE,
            ),
            q(
              'YAN.4.b',
              'Hasil survei kepuasan ditindaklanjuti',
              'Survey results acted upon',
              scaleAE,
            ),
          ]),
          group('YAN.5', 'Pemanfaatan Teknologi Informasi', 'Use of information technology', 1, [
            q(
              'YAN.5.a',
              'Layanan menggunakan sistem informasi terpadu',
              'Services use an integrated system',
              scaleAE,
            ),
            q(
              'YAN.5.b',
              'Informasi layanan dapat diakses daring',
              'Service information online',
              yesNo,
            ),
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
          q(
            'H.1.1',
            'Nilai akuntabilitas kinerja (SAKIP)',
            'Performance accountability score (SAKIP)',
            numberRange(0, 100, 'nilai'),
            14,
          ),
          q(
            'H.1.2',
            'Survei internal kapasitas organisasi (indeks 0–10)',
            'Internal survey of organisational capacity (index 0–10)',
            numberRange(0, 10, 'indeks'),
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
          q(
            'H.2.1',
            'Survei persepsi korupsi (indeks 0–10)',
            'Corruption perception survey (index 0–10)',
            numberRange(0, 10, 'indeks'),
            7,
          ),
          q('H.2.2', 'Opini BPK atas laporan keuangan', 'BPK audit opinion', bpkOpinion, 3),
        ],
      ),
      group('H.3', 'Kualitas Pelayanan Publik', 'Public-service quality', 10, [
        q(
          'H.3.1',
          'Survei persepsi kualitas pelayanan (indeks 0–10)',
          'Service-quality perception survey (index 0–10)',
          numberRange(0, 10, 'indeks'),
          10,
        ),
      ]),
    ]),
  ],
});
