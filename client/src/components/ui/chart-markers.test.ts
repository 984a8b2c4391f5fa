import { describe, expect, it } from 'vitest';
import { labelPosition } from './chart-markers';

describe('labelPosition of a method-change label', () => {
  it('reads right of its line where two or more years follow', () => {
    expect(labelPosition('insideTopLeft', 2)).toBe('insideTopLeft');
    expect(labelPosition('insideBottomLeft', 5)).toBe('insideBottomLeft');
  });

  it('reads left of the line at the last year, at the same edge', () => {
    expect(labelPosition('insideTopLeft', 0)).toBe('insideTopRight');
    expect(labelPosition('insideBottomLeft', 0)).toBe('insideBottomRight');
  });

  it('a year before the end reads left and at the other edge, clear of an earlier label', () => {
    expect(labelPosition('insideTopLeft', 1)).toBe('insideBottomRight');
    expect(labelPosition('insideBottomLeft', 1)).toBe('insideTopRight');
  });
});
