import type { Figure } from '@rapor/shared/figure-schemas';
import { describe, expect, it } from 'vitest';
import {
  bulkOf,
  checkRow,
  fillSourceDown,
  type GridRow,
  pasteBlock,
  rowOf,
  storedRow,
  withRow,
} from './figures-grid';

const figure = (code: string, answer: Figure['answer'], extra: Partial<Figure> = {}): Figure =>
  ({
    code,
    answer,
    value: null,
    notApplicable: null,
    sourceTitle: null,
    sourceIssuer: null,
    sourceDate: null,
    version: 0,
    ...extra,
  }) as Figure;
const FIGURES = [
  figure('B.H.3', { type: 'number', min: 1, max: 5 }),
  figure('C.S.2', { type: 'number', min: 0, max: 100 }),
  figure(
    'B.H.5',
    { type: 'number', min: 0, max: 100 },
    {
      value: 72.5,
      sourceTitle: 'LHE SAKIP 2026',
      sourceIssuer: 'KemenPANRB',
      sourceDate: '2027-01-20',
      version: 3,
    },
  ),
  figure('C.H.4', {
    type: 'choice',
    options: [{ value: 'WTP', label: { id: 'WTP', en: 'WTP' }, fraction: 1 }],
  }),
];
const [SPIP, SPI, SAKIP, BPK] = FIGURES as [Figure, Figure, Figure, Figure];
const row = (value: string, title = '', issuer = '', date = ''): GridRow => ({
  value,
  title,
  issuer,
  date,
});

describe('the figures grid', () => {
  it('shows a stored figure with a decimal comma and a day-first date', () => {
    expect(storedRow(SAKIP)).toEqual(row('72,5', 'LHE SAKIP 2026', 'KemenPANRB', '20/01/2027'));
    expect(storedRow(SPIP)).toEqual(row(''));
  });

  it('keeps only rows that differ from what is stored', () => {
    const typed = withRow(new Map(), SPIP, row('3'));
    expect(rowOf(typed, SPIP)).toEqual(row('3'));
    expect(withRow(typed, SPIP, row(' ')).size).toBe(0);
  });

  it('pastes a block across cells to the right and down, dropping what runs past the grid', () => {
    const text = '3,4\tLaporan SPIP 2026\tBPKP\t20/01/2027\textra\n76,34\n';
    const pasted = pasteBlock(new Map(), FIGURES, { row: 0, column: 'value' }, text);
    expect(pasted.cells).toBe(5);
    expect(rowOf(pasted.edits, SPIP)).toEqual(
      row('3,4', 'Laporan SPIP 2026', 'BPKP', '20/01/2027'),
    );
    expect(rowOf(pasted.edits, SPI)).toEqual(row('76,34'));
    const sources = pasteBlock(new Map(), FIGURES, { row: 3, column: 'title' }, 'A\tB\nC\tD');
    expect(sources.cells).toBe(2);
    expect(rowOf(sources.edits, BPK)).toMatchObject({ title: 'A', issuer: 'B' });
  });

  it('fills one source down to the rows below whose value was typed', () => {
    let edits = withRow(new Map(), SPIP, row('3', 'Rekap 2026', 'KemenPANRB', '20/01/2027'));
    edits = withRow(edits, SPI, row('76'));
    edits = withRow(edits, BPK, row('WTP'));
    const filled = fillSourceDown(edits, FIGURES, 0);
    expect(filled.rows).toBe(2);
    expect(rowOf(filled.edits, SPI)).toEqual(row('76', 'Rekap 2026', 'KemenPANRB', '20/01/2027'));
    expect(rowOf(filled.edits, BPK).title).toBe('Rekap 2026');
    // a row whose value was not typed keeps its own source
    expect(rowOf(filled.edits, SAKIP)).toEqual(storedRow(SAKIP));
  });

  it('checks each row as the figure form does', () => {
    expect(checkRow(SPIP, row('3,5', 'Laporan SPIP', 'BPKP', '2027-01-20'))).toEqual({
      kind: 'change',
      value: 3.5,
      source: { title: 'Laporan SPIP', issuer: 'BPKP', date: '2027-01-20' },
    });
    expect(checkRow(SPIP, row('9', 'Laporan SPIP', 'BPKP', '2027-01-20'))).toMatchObject({
      kind: 'problem',
      message: expect.stringMatching(/1–5/),
    });
    expect(checkRow(SPIP, row('tiga'))).toMatchObject({ kind: 'problem' });
    expect(checkRow(SPIP, row('3'))).toMatchObject({
      kind: 'problem',
      message: expect.stringMatching(/sumber belum ada/),
    });
    expect(checkRow(SPIP, row('3', 'Laporan', 'BPKP', 'besok'))).toMatchObject({
      kind: 'problem',
    });
    // a new value under the stored source; "72.5" typed with a point is no change
    expect(checkRow(SAKIP, { ...storedRow(SAKIP), value: '80' })).toEqual({
      kind: 'change',
      value: 80,
    });
    expect(checkRow(SAKIP, { ...storedRow(SAKIP), value: '72.5' })).toEqual({ kind: 'same' });
    expect(checkRow(SAKIP, row('80'))).toMatchObject({
      kind: 'problem',
      message: expect.stringMatching(/tidak dapat dikosongkan/),
    });
  });

  it('sends the changed rows with their versions, or nothing while a row is wrong', () => {
    let edits = withRow(new Map(), SPIP, row('3', 'Rekap 2026', 'KemenPANRB', '20/01/2027'));
    edits = withRow(edits, SAKIP, { ...storedRow(SAKIP), value: '80' });
    expect(bulkOf(edits, FIGURES)).toEqual([
      {
        code: 'B.H.3',
        version: 0,
        value: 3,
        source: { title: 'Rekap 2026', issuer: 'KemenPANRB', date: '2027-01-20' },
      },
      { code: 'B.H.5', version: 3, value: 80 },
    ]);
    expect(bulkOf(withRow(edits, SPI, row('200')), FIGURES)).toBeNull();
  });
});
