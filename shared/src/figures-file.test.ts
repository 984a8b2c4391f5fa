import { describe, expect, it } from 'vitest';
import {
  FIGURES_COLUMNS,
  planFiguresImport,
  readDate,
  readSource,
  type StoredFigure,
} from './figures-file';
import type { Cell } from './framework/framework-file';

const SOURCE = { title: 'Laporan SPIP 2026', issuer: 'BPKP', date: '2027-01-20' };
const STORED: StoredFigure[] = [
  {
    code: 'B.H.3',
    answer: { type: 'number', min: 1, max: 5 },
    value: null,
    source: null,
    notApplicable: null,
    version: 0,
  },
  {
    code: 'B.H.5',
    answer: { type: 'percent' },
    value: 70,
    source: SOURCE,
    notApplicable: null,
    version: 2,
  },
  {
    code: 'C.H.9',
    answer: { type: 'percent' },
    value: null,
    source: null,
    notApplicable: 'tidak ada aset yang dinilai',
    version: 0,
  },
];
const H = Object.values(FIGURES_COLUMNS.id);
/** A sheet row in the export's column order, from the cells that matter. */
const row = (
  code: Cell,
  value: Cell,
  source: [Cell, Cell, Cell] = [null, null, null],
  version: Cell = null,
): Cell[] => [code, 'nama', null, 'isian', value, ...source, null, null, version];
const sheet = (...rows: Cell[][]): Cell[][] => [['Angka bersumber 2026'], [], H, ...rows];
const plan = (...rows: Cell[][]) => planFiguresImport('Angka bersumber', sheet(...rows), STORED);

describe('readDate and readSource', () => {
  it('reads ISO and day-first dates, and nothing else', () => {
    expect(readDate('2027-01-20')).toBe('2027-01-20');
    expect(readDate('20/01/2027')).toBe('2027-01-20');
    expect(readDate('5-1-2027')).toBe('2027-01-05');
    expect(readDate('20.01.2027')).toBe('2027-01-20');
    expect(readDate('31/02/2027')).toBeNull();
    expect(readDate('kemarin')).toBeNull();
    expect(readDate('01/20/2027')).toBeNull();
  });
  it('takes a source whole or not at all', () => {
    expect(readSource('', ' ', '')).toEqual({ ok: true, source: null });
    expect(readSource(' Laporan SPIP 2026 ', 'BPKP', '20/01/2027')).toEqual({
      ok: true,
      source: SOURCE,
    });
    expect(readSource('Laporan', 'BPKP', '')).toMatchObject({ ok: false });
    expect(readSource('La', 'BPKP', '2027-01-20')).toMatchObject({ ok: false });
    expect(readSource('Laporan', 'B', '2027-01-20')).toMatchObject({ ok: false });
  });
});

describe('planFiguresImport', () => {
  it('lists the rows whose value or source the file changes, and only those', () => {
    const planned = plan(
      row('B.H.3', 3.5, ['Laporan SPIP 2026', 'BPKP', '20/01/2027'], 0),
      row('B.H.5', 70, ['Laporan SPIP 2026', 'BPKP', '2027-01-20'], 2),
      row('C.H.9', null),
    );
    expect(planned).toEqual({
      ok: true,
      changes: [
        {
          code: 'B.H.3',
          version: 0,
          valueBefore: null,
          value: 3.5,
          sourceBefore: null,
          source: SOURCE,
        },
      ],
    });
  });

  it('changes a value under its stored source, and a source alone', () => {
    const value = plan(row('b.h.5', '72,5', [null, null, null], 2));
    expect(value).toMatchObject({ ok: true, changes: [{ code: 'B.H.5', value: 72.5 }] });
    expect(value.ok && value.changes[0]?.source).toBeUndefined();
    const source = plan(row('B.H.5', null, ['Laporan SAKIP 2026', 'KemenPANRB', '2027-02-01'], 2));
    expect(source).toMatchObject({
      ok: true,
      changes: [{ code: 'B.H.5', source: { title: 'Laporan SAKIP 2026', date: '2027-02-01' } }],
    });
    expect(source.ok && source.changes[0]?.value).toBeUndefined();
  });

  it('leaves a figure as it is when its value cell is empty (a file never clears one)', () => {
    expect(plan(row('B.H.5', '  ', [null, null, null], 2))).toEqual({ ok: true, changes: [] });
  });

  it('skips empty rows and takes the stored version when the version cell is empty', () => {
    const planned = plan([], row('B.H.3', 2, ['Laporan SPIP 2026', 'BPKP', '2027-01-20']), [
      null,
      '',
    ]);
    expect(planned).toMatchObject({ ok: true, changes: [{ code: 'B.H.3', version: 0 }] });
  });

  it('names every bad cell by sheet, row and column', () => {
    const planned = plan(
      row('X.9', 1),
      row('B.H.3', 9, ['Laporan SPIP 2026', 'BPKP', '2027-01-20']),
      row('B.H.3', 2),
      row('B.H.5', 71, ['Laporan', 'BPKP', 'kemarin'], 2),
      row('C.H.9', 50, ['Laporan aset', 'DJKN', '2027-01-20']),
      row(null, 5),
    );
    expect(planned.ok).toBe(false);
    if (planned.ok) return;
    expect(planned.errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
      ['Angka bersumber', 4, 'Kode'],
      ['Angka bersumber', 5, 'Nilai'],
      ['Angka bersumber', 6, 'Kode'],
      ['Angka bersumber', 7, 'Judul sumber'],
      ['Angka bersumber', 8, 'Nilai'],
      ['Angka bersumber', 9, 'Kode'],
    ]);
    expect(planned.errors.map((e) => e.message)).toEqual([
      'kode X.9 bukan angka bersumber tahun ini',
      expect.stringMatching(/1–5/),
      'kode B.H.3 muncul lebih dari sekali',
      expect.stringMatching(/judul, penerbit dan tanggal/),
      'C.H.9 tidak berlaku tahun ini (tidak ada aset yang dinilai)',
      'kode (kosong) bukan angka bersumber tahun ini',
    ]);
  });

  it('refuses a value with no source in the file or stored', () => {
    const planned = plan(row('B.H.3', 2));
    expect(planned).toMatchObject({
      ok: false,
      errors: [
        { row: 4, column: 'Judul sumber', message: expect.stringMatching(/sumber belum ada/) },
      ],
    });
  });

  it('refuses a row changed in the app after the file was exported', () => {
    const planned = plan(row('B.H.5', 75, [null, null, null], 1));
    expect(planned).toMatchObject({
      ok: false,
      errors: [{ column: 'Versi', message: expect.stringMatching(/versi 1, sekarang 2/) }],
    });
    // an unchanged row of an old file is no conflict
    expect(plan(row('B.H.5', 70, [null, null, null], 1))).toEqual({ ok: true, changes: [] });
  });

  it('reads an English sheet by its own headers', () => {
    const en = Object.values(FIGURES_COLUMNS.en);
    const planned = planFiguresImport(
      'Sourced figures',
      [
        en,
        ['B.H.3', 'SPIP', null, 'Number', 4, 'SPIP report', 'BPKP', '2027-01-20', null, null, 0],
      ],
      STORED,
    );
    expect(planned).toMatchObject({ ok: true, changes: [{ code: 'B.H.3', value: 4 }] });
  });

  it('says when the header row or a column it reads is missing', () => {
    expect(planFiguresImport('S', [['apa saja']], STORED)).toEqual({
      ok: false,
      errors: [{ sheet: 'S', message: 'baris judul kolom "Kode" tidak ditemukan' }],
    });
    const noVersion = H.filter((h) => h !== 'Versi');
    expect(planFiguresImport('S', [noVersion], STORED)).toEqual({
      ok: false,
      errors: [{ sheet: 'S', row: 1, message: 'kolom "Versi" tidak ada' }],
    });
  });
});
