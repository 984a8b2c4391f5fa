import type { Figure } from '@rapor/shared/figure-schemas';
import { describe, expect, it } from 'vitest';
import { parsePastedFigures } from './paste-figures';

const figure = (code: string, answer: Figure['answer'], extra: Partial<Figure> = {}): Figure =>
  ({
    code,
    answer,
    notApplicable: null,
    sourceTitle: null,
    version: 0,
    ...extra,
  }) as Figure;
const FIGURES = [
  figure('B.H.3', { type: 'number', min: 1, max: 5 }),
  figure('C.S.2', { type: 'number', min: 0, max: 100 }),
  figure('B.H.10', { type: 'number', min: 1, max: 4 }, { notApplicable: 'dikelola unit lain' }),
  figure('C.H.4', {
    type: 'choice',
    options: [{ value: 'WTP', label: { id: 'WTP', en: 'WTP' }, fraction: 1 }],
  }),
  figure('B.H.5', { type: 'number', min: 0, max: 100 }, { sourceTitle: 'LHE SAKIP' }),
];

describe('parsePastedFigures', () => {
  it('reads a block pasted from a spreadsheet, the header skipped, one source filled down', () => {
    const text = [
      'Kode\tNilai\tJudul sumber\tPenerbit\tTanggal',
      'B.H.3\t3,45\tLaporan BPKP 2026\tBPKP\t20/01/2027',
      'c.s.2\t76,34',
      'C.H.4\tWTP\tLHP BPK 2026\tBPK\t2027-05-20',
    ].join('\n');
    expect(parsePastedFigures(text, FIGURES)).toEqual([
      expect.objectContaining({
        line: 2,
        code: 'B.H.3',
        value: 3.45,
        source: { title: 'Laporan BPKP 2026', issuer: 'BPKP', date: '2027-01-20' },
      }),
      expect.objectContaining({
        line: 3,
        code: 'C.S.2',
        value: 76.34,
        sourceFilled: true,
        source: { title: 'Laporan BPKP 2026', issuer: 'BPKP', date: '2027-01-20' },
      }),
      expect.objectContaining({ line: 4, code: 'C.H.4', value: 'WTP' }),
    ]);
  });

  it('says per line what is wrong: code, repeat, not applicable, value, range, source', () => {
    const text = [
      'X.1;5',
      'B.H.3;9;Laporan;BPKP;2027-01-20',
      'B.H.10;3',
      'C.S.2;tujuh puluh',
      'C.S.2;70;Laporan;BPKP;31/02/2027',
      'B.H.5;80',
    ].join('\n');
    const rows = parsePastedFigures(text, FIGURES);
    expect(rows.map((r) => [r.line, r.problem])).toEqual([
      [1, 'kode X.1 bukan angka bersumber tahun ini'],
      [2, 'jawaban harus angka dalam rentang 1–5, boleh desimal'],
      [3, 'B.H.10 tidak berlaku tahun ini'],
      [4, 'nilai "tujuh puluh" tidak terbaca'],
      [5, 'C.S.2 sudah ada di baris sebelumnya'],
      // a figure with a source already keeps it
      [6, undefined],
    ]);
  });

  it('asks for a source where neither the line nor one above has one', () => {
    expect(parsePastedFigures('C.S.2\t70', FIGURES)[0]?.problem).toBe(
      'sumber belum ada: isi judul, penerbit dan tanggal pada baris ini atau di atasnya',
    );
  });
});
