import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  moveTo,
  sectionTime,
  startTimer,
  togglePause,
  totalTime,
} from './speaker-timer';

const MIN = 60_000;

describe('speaker timer', () => {
  it('gives each section its own time and the forum the sum', () => {
    let t = startTimer('opening', 0);
    t = moveTo(t, 'MP', 4 * MIN);
    // moving within the same section (MP's second slide) changes nothing
    t = moveTo(t, 'MP', 6 * MIN);
    t = moveTo(t, 'ORG', 11 * MIN);
    expect(sectionTime(t, 'opening', 12 * MIN)).toBe(4 * MIN);
    expect(sectionTime(t, 'MP', 12 * MIN)).toBe(7 * MIN);
    expect(sectionTime(t, 'ORG', 12 * MIN)).toBe(1 * MIN);
    expect(sectionTime(t, 'SDM', 12 * MIN)).toBe(0);
    expect(totalTime(t, 12 * MIN)).toBe(12 * MIN);
  });

  it('adds back time to a speaker who has the floor again', () => {
    let t = startTimer('MP', 0);
    t = moveTo(t, 'ORG', 2 * MIN);
    t = moveTo(t, 'MP', 3 * MIN);
    expect(sectionTime(t, 'MP', 5 * MIN)).toBe(4 * MIN);
  });

  it('stops every clock during a pause, and a move while paused stays paused', () => {
    let t = startTimer('MP', 0);
    t = togglePause(t, 2 * MIN);
    t = moveTo(t, 'ORG', 10 * MIN);
    expect(sectionTime(t, 'MP', 20 * MIN)).toBe(2 * MIN);
    expect(sectionTime(t, 'ORG', 20 * MIN)).toBe(0);
    expect(totalTime(t, 20 * MIN)).toBe(2 * MIN);
    t = togglePause(t, 20 * MIN);
    expect(sectionTime(t, 'ORG', 21 * MIN)).toBe(1 * MIN);
    expect(totalTime(t, 21 * MIN)).toBe(3 * MIN);
  });

  it('reads as mm:ss, and h:mm:ss past an hour', () => {
    expect(formatDuration(0)).toBe('00:00');
    expect(formatDuration(65_999)).toBe('01:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
  });
});
