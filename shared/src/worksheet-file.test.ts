import { describe, expect, it } from 'vitest';
import type { Cell } from './framework/framework-file';
import type { AnswerType } from './scoring/answers';
import {
  answerCell,
  answerTypeText,
  HEADER_ORDER,
  parseAnswerCell,
  planWorksheetImport,
  type SheetIndicator,
  WORKSHEET_COLUMNS,
  WORKSHEET_COLUMNS_EN,
} from './worksheet-file';

const yesno: AnswerType = { type: 'yesno' };
const scale: AnswerType = { type: 'scale', scale: 'A-E' };
const level: AnswerType = { type: 'number', min: 1, max: 5, integer: true, ofMax: true };
const percent: AnswerType = { type: 'percent' };
const opinion: AnswerType = {
  type: 'choice',
  options: [
    { value: 'WTP', label: { id: 'WTP', en: 'Unqualified' }, fraction: 1 },
    { value: 'WDP', label: { id: 'WDP', en: 'Qualified' }, fraction: 0.5 },
  ],
};

describe('answer cells', () => {
  it.each([
    [yesno, 'Ya', true],
    [yesno, ' tidak ', false],
    [yesno, true, true],
    [scale, 'b', 'B'],
    [level, 3, 3],
    [percent, '87,5', 87.5],
    [percent, '100', 100],
    [opinion, 'wdp', 'WDP'],
    [scale, '', null],
    [level, null, null],
  ] as const)('%j reads %j as %j', (answer, cell, value) => {
    expect(parseAnswerCell(answer, cell)).toEqual({ ok: true, value });
  });

  it.each([
    [yesno, 'mungkin', /Ya atau Tidak/],
    [scale, 'F', /A, B, C, D, E/],
    [level, 3.5, /rentang|harus/],
    [level, 'tiga', /angka/],
    [percent, 130, /0–100/],
    [opinion, 'TW', /WTP, WDP/],
  ] as const)('%j refuses %j', (answer, cell, message) => {
    const parsed = parseAnswerCell(answer, cell);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('writes stored answers as the sheet shows them and names each type', () => {
    expect(answerCell(true)).toBe('Ya');
    expect(answerCell(false)).toBe('Tidak');
    expect(answerCell('C')).toBe('C');
    expect(answerCell(null)).toBeNull();
    expect(answerTypeText(scale)).toBe('Huruf A, B, C, D, E');
    expect(answerTypeText(level)).toBe('Angka 1–5, bilangan bulat');
  });

  it('writes the same in English for an English workbook', () => {
    expect(answerCell(true, 'en')).toBe('Yes');
    expect(answerCell(false, 'en')).toBe('No');
    expect(answerCell(3, 'en')).toBe(3);
    expect(answerTypeText(scale, 'en')).toBe('Letter A, B, C, D, E');
    expect(answerTypeText(level, 'en')).toBe('Number 1–5, whole number');
    expect(answerTypeText(yesno, 'en')).toBe('Yes / No');
    expect(Object.keys(WORKSHEET_COLUMNS_EN)).toEqual(Object.keys(WORKSHEET_COLUMNS));
  });
});

describe('planWorksheetImport', () => {
  const items: SheetIndicator[] = [
    { code: 'SDM.1', answer: scale, current: 'B' },
    { code: 'SDM.2', answer: yesno, current: null },
    { code: 'SDM.3', answer: level, current: 4 },
    { code: 'B.S.1', answer: percent, current: 80, sourcedBy: 'BKN' },
  ];
  const sheet = (data: Cell[][]): Cell[][] => [
    ['Lembar kerja area SDM', null],
    ['Tahun', 2025],
    [],
    [...HEADER_ORDER],
    ...data.map((d) => (d.length ? [d[0] ?? null, 'nama', 'jenis', 'kriteria', d[1] ?? null] : [])),
  ];

  it('refuses a changed value of an item computed from the action plan or a sourced figure', () => {
    const plan = planWorksheetImport(
      'SDM',
      sheet([
        ['A.1', 5],
        ['B.S.1', 85],
      ]),
      [...items, { code: 'A.1', answer: level, current: 4, fromPlan: true }],
    );
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.errors.map((e) => e.message)).toEqual([
      expect.stringContaining('A.1 dihitung dari rencana aksi'),
      expect.stringContaining('B.S.1 adalah angka dari BKN'),
    ]);
  });

  it('finds exactly the changed answers, ignoring unchanged rows, case and blank lines', () => {
    const plan = planWorksheetImport(
      'SDM',
      sheet([['SDM.1', 'b'], [], ['SDM.2', 'Ya'], ['SDM.3', 4], ['B.S.1', 80]]),
      items,
    );
    expect(plan).toEqual({ ok: true, changes: [{ code: 'SDM.2', before: null, after: true }] });
  });

  it('reads a sheet with English headers and Yes/No answers', () => {
    const english: Cell[][] = [
      ['Area worksheet SDM', null],
      [],
      Object.values(WORKSHEET_COLUMNS_EN),
      ['SDM.2', 'item', 'type', 'criteria', 'Yes'],
      ['SDM.3', 'item', 'type', 'criteria', 5],
    ];
    expect(planWorksheetImport('SDM', english, items)).toEqual({
      ok: true,
      changes: [
        { code: 'SDM.2', before: null, after: true },
        { code: 'SDM.3', before: 4, after: 5 },
      ],
    });
  });

  it('clears an answer whose cell was emptied', () => {
    expect(planWorksheetImport('SDM', sheet([['SDM.3', '']]), items)).toEqual({
      ok: true,
      changes: [{ code: 'SDM.3', before: 4, after: null }],
    });
  });

  it('names every bad cell by sheet, row and column, and plans nothing then', () => {
    const plan = planWorksheetImport(
      'SDM',
      sheet([
        ['SDM.1', 'A'],
        ['SDM.9', 'A'],
        ['SDM.3', 9],
        ['SDM.1', 'C'],
        ['B.S.1', 95],
      ]),
      items,
    );
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.errors.map((e) => [e.row, e.column])).toEqual([
      [6, 'Kode'],
      [7, 'Jawaban mandiri'],
      [8, 'Kode'],
      [9, 'Jawaban mandiri'],
    ]);
    expect(plan.errors[3]?.message).toMatch(/BKN/);
    expect(plan.errors.every((e) => e.sheet === 'SDM')).toBe(true);
  });

  it('refuses a sheet without its header row or answer column', () => {
    expect(planWorksheetImport('SDM', [['x']], items)).toMatchObject({ ok: false });
    expect(planWorksheetImport('SDM', [['Kode', 'Butir']], items)).toMatchObject({
      ok: false,
      errors: [{ row: 1 }],
    });
  });
});
