import { describe, expect, it } from 'vitest';
import { shownOf, splitColumn, textWidth, wrappedLines, wrapText } from './slide-budget';

describe('textWidth', () => {
  it('adds up each character by its advance in DejaVu Sans', () => {
    // at 1000 px: "a" 613, space 318, "W" 989
    expect(textWidth('a', 1000)).toBe(613);
    expect(textWidth('a W', 10)).toBeCloseTo(19.2);
    // outside ASCII: as wide as the widest lower-case letters
    expect(textWidth('≥', 1000)).toBe(838);
  });
});

describe('wrappedLines', () => {
  // at 10 px "a" is 6.13 px wide and a space 3.18 px: ten "a" are 61.3 px
  it('keeps a text that fits on one line', () => {
    expect(wrappedLines('abc def', 100, 10)).toBe(1);
    expect(wrappedLines('', 100, 10)).toBe(1);
  });
  it('wraps by words', () => {
    // two of them with a space are 125.78 px
    expect(wrappedLines('aaaaaaaaaa aaaaaaaaaa', 125, 10)).toBe(2);
    expect(wrappedLines('aaaaaaaaaa aaaaaaaaaa', 126, 10)).toBe(1);
    expect(wrappedLines('aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa', 62, 10)).toBe(3);
  });
  it('breaks a word wider than the box', () => {
    expect(wrappedLines('a'.repeat(25), 60, 10)).toBe(3);
    expect(wrappedLines(`ab ${'a'.repeat(25)}`, 60, 10)).toBe(4);
  });
  it('counts what stands before the text on its first line', () => {
    expect(wrappedLines('aaaaaaaaaa', 100, 10)).toBe(1);
    expect(wrappedLines('aaaaaaaaaa', 100, 10, 50)).toBe(2);
  });
});

describe('wrapText', () => {
  it('breaks a text into the lines it wraps to, by words', () => {
    expect(wrapText('aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa', 130, 10)).toEqual([
      'aaaaaaaaaa aaaaaaaaaa',
      'aaaaaaaaaa',
    ]);
    expect(wrapText('', 100, 10)).toEqual(['']);
    // a word wider than the box stands alone
    expect(wrapText(`ab ${'a'.repeat(25)} ab`, 60, 10)).toEqual(['ab', 'a'.repeat(25), 'ab']);
  });
});

describe('splitColumn', () => {
  const section = (rows: number[], heading = 10, empty = 5) => ({ heading, rows, empty });

  it('keeps a column that fits on one slide', () => {
    expect(splitColumn([section([20, 20]), section([30])], 100)).toEqual([
      [
        { section: 0, from: 0, to: 2 },
        { section: 1, from: 0, to: 1 },
      ],
    ]);
  });
  it('continues a section on the next slide, its heading repeated', () => {
    // 10 + 40 + 40 fits 100; the third row (40) does not; the next slide pays the heading again
    expect(splitColumn([section([40, 40, 40, 40])], 100)).toEqual([
      [{ section: 0, from: 0, to: 2 }],
      [{ section: 0, from: 2, to: 4 }],
    ]);
  });
  it('moves a section whose heading and first row do not fit to the next slide whole', () => {
    expect(splitColumn([section([80]), section([30])], 100)).toEqual([
      [{ section: 0, from: 0, to: 1 }],
      [{ section: 1, from: 0, to: 1 }],
    ]);
  });
  it('shows an empty section where it falls', () => {
    expect(splitColumn([section([]), section([20])], 100)).toEqual([
      [
        { section: 0, from: 0, to: 0 },
        { section: 1, from: 0, to: 1 },
      ],
    ]);
    expect(splitColumn([section([90]), section([])], 100)).toEqual([
      [{ section: 0, from: 0, to: 1 }],
      [{ section: 1, from: 0, to: 0 }],
    ]);
  });
  it('takes a row taller than a slide alone, and ends', () => {
    expect(splitColumn([section([500, 20])], 100)).toEqual([
      [{ section: 0, from: 0, to: 1 }],
      [{ section: 0, from: 1, to: 2 }],
    ]);
  });
  it('shows every row exactly once, in order', () => {
    const rows = Array.from({ length: 40 }, (_, i) => 10 + ((i * 37) % 90));
    const pages = splitColumn([section(rows.slice(0, 25)), section(rows.slice(25))], 300);
    for (const s of [0, 1]) {
      const ranges = pages.flatMap((p) => p.filter((r) => r.section === s));
      expect(ranges[0]?.from).toBe(0);
      ranges.forEach((r, i) => {
        expect(r.to).toBeGreaterThan(r.from);
        if (i > 0) expect(r.from).toBe(ranges[i - 1]?.to);
      });
      expect(ranges.at(-1)?.to).toBe(s === 0 ? 25 : 15);
    }
  });
});

describe('shownOf', () => {
  it('selects the rows and says whether they continue', () => {
    const page = [{ section: 1, from: 2, to: 4 }];
    expect(shownOf(['a', 'b', 'c', 'd'], page, 1)).toEqual({
      rows: ['c', 'd'],
      continued: true,
      ends: true,
    });
    expect(shownOf(['a', 'b', 'c', 'd', 'e'], page, 1)?.ends).toBe(false);
    expect(shownOf(['a'], page, 0)).toBeNull();
    expect(shownOf(['a'], undefined, 0)).toBeNull();
  });
});
