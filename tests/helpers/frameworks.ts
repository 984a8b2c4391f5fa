import type { FrameworkInput } from '@rapor/shared/framework';

const yesNo = (yes: string) => [
  { code: 'Ya', criterion: { id: `Ya: ${yes}`, en: `Yes: ${yes}` } },
  { code: 'Tidak', criterion: { id: 'Tidak: belum', en: 'No: not yet' } },
];
const abc = [
  { code: 'A', criterion: { id: 'Seluruh unit', en: 'All units' } },
  { code: 'B', criterion: { id: 'Sebagian unit', en: 'Some units' } },
  { code: 'C', criterion: { id: 'Belum ada unit', en: 'No unit' } },
];

/**
 * A small framework as a ministry would upload it: two areas under Pengungkit with criteria
 * on every option, and a Hasil of two sourced figures.
 */
export function smallFramework(id: string): FrameworkInput {
  return {
    id,
    name: { id: `Kerangka uji ${id}`, en: `Test framework ${id}` },
    regulation: 'Peraturan uji',
    method: 'Metode uji',
    areaComponent: 'P',
    areas: ['MP', 'SDM'],
    maxScore: 100,
    assumptions: ['Kerangka untuk pengujian.'],
    components: [
      {
        code: 'P',
        name: { id: 'Pengungkit', en: 'Enablers' },
        weight: 60,
        children: [
          {
            code: 'P.MP',
            name: { id: 'Manajemen Perubahan', en: 'Change management' },
            weight: 20,
            area: 'MP',
            children: [
              {
                code: 'P.MP.a',
                name: { id: 'Tim RB ditetapkan', en: 'Reform team set up' },
                answer: { type: 'yesno' },
                options: yesNo('tim ditetapkan'),
              },
              {
                code: 'P.MP.b',
                name: { id: 'Agen perubahan aktif', en: 'Change agents active' },
                answer: { type: 'scale', scale: 'A-C' },
                options: abc,
              },
            ],
          },
          {
            code: 'P.SDM',
            name: { id: 'SDM', en: 'HR' },
            weight: 40,
            area: 'SDM',
            children: [
              {
                code: 'P.SDM.a',
                name: { id: 'Kebutuhan pegawai dihitung', en: 'Staff needs computed' },
                answer: { type: 'scale', scale: 'A-C' },
                options: abc,
                weight: 30,
              },
              {
                code: 'P.SDM.b',
                name: { id: 'Persentase pegawai terlatih', en: 'Share of staff trained' },
                answer: { type: 'percent' },
              },
            ],
          },
        ],
      },
      {
        code: 'HASIL',
        name: { id: 'Hasil', en: 'Results' },
        weight: 40,
        children: [
          {
            code: 'H.a',
            name: { id: 'Nilai SAKIP', en: 'SAKIP score' },
            answer: { type: 'number', min: 0, max: 100, unit: 'nilai' },
            sourcedBy: 'KemenPANRB',
            weight: 25,
          },
          {
            code: 'H.b',
            name: { id: 'Tingkat kapabilitas APIP', en: 'Internal-audit capability' },
            answer: { type: 'number', min: 1, max: 5, unit: 'level', integer: true },
            sourcedBy: 'BPKP',
            weight: 15,
          },
        ],
      },
    ],
  };
}
