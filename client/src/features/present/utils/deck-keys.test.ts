import { describe, expect, it } from 'vitest';
import { actionOfKey, clampSlide, hashOfSlide, slideOfHash } from './deck-keys';

describe('actionOfKey', () => {
  it.each([
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['Escape', 'leave'],
    ['Enter', 'jump'],
    ['p', 'presenter'],
    ['a', 'capture'],
    ['g', 'grid'],
    ['G', 'grid'],
  ])('%j → %s', (key, type) => {
    expect(actionOfKey(key)?.type).toBe(type);
  });

  it('goes back with Shift+Space and blanks to black (B, .) or white (W)', () => {
    expect(actionOfKey(' ', true)).toEqual({ type: 'previous' });
    expect(actionOfKey(' ', false)).toEqual({ type: 'next' });
    for (const key of ['b', 'B', '.'])
      expect(actionOfKey(key)).toEqual({ type: 'blank', color: 'black' });
    for (const key of ['w', 'W'])
      expect(actionOfKey(key)).toEqual({ type: 'blank', color: 'white' });
  });

  it('passes digits on for a jump and ignores other keys', () => {
    expect(actionOfKey('7')).toEqual({ type: 'digit', digit: '7' });
    expect(actionOfKey('x')).toBeNull();
    expect(actionOfKey('Tab')).toBeNull();
  });
});

describe('slides in the URL', () => {
  it('reads #/n as the n-th slide, within the deck', () => {
    expect(slideOfHash('#/3', 19)).toBe(2);
    expect(slideOfHash('#/1', 19)).toBe(0);
    expect(slideOfHash('#/99', 19)).toBe(18);
    expect(slideOfHash('#/0', 19)).toBe(0);
    expect(slideOfHash('', 19)).toBe(0);
    expect(slideOfHash('#/abc', 19)).toBe(0);
  });

  it('writes the slide back as it is read', () => {
    expect(slideOfHash(hashOfSlide(5), 19)).toBe(5);
    expect(clampSlide(-1, 0)).toBe(0);
  });
});
