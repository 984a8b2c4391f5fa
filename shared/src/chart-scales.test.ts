import { describe, expect, it } from 'vitest';
import {
  bandsWithin,
  bandTicks,
  indexDomain,
  methodChanges,
  partBand,
  percentDomain,
  percentTicks,
} from './chart-scales';
import { PREDICATE_RULE_2023 } from './scoring/predicate';

describe('methodChanges', () => {
  it('finds the year the method changed, not a new version of the same method', () => {
    expect(
      methodChanges([
        { year: 2019, framework: 'pmprb-2014', method: 'PermenPANRB 14/2014' },
        { year: 2020, framework: 'pmprb-2020', method: 'PermenPANRB 26/2020' },
        { year: 2021, framework: 'pmprb-2021', method: 'PermenPANRB 26/2020' },
      ]),
    ).toEqual([{ year: 2020, framework: 'pmprb-2020' }]);
    expect(methodChanges([])).toEqual([]);
  });
});

describe('indexDomain and bandsWithin', () => {
  it.each([
    [
      [71.12, 81.2],
      [60, 90],
    ],
    [
      [75.53, 77.1],
      [70, 80],
    ],
    [
      [28, 95],
      [0, 100],
    ],
    [[], [0, 100]],
    // From 2023 the index can pass 100 (RB General + Tematik): the axis goes on to 110.
    [
      [71.12, 104.3],
      [60, 110],
    ],
  ] as const)('%j → %j', (values, domain) => {
    expect(indexDomain(values)).toEqual(domain);
  });

  it('clips the predicate bands to the domain, top band first', () => {
    expect(bandsWithin([60, 90])).toEqual([
      { predicate: 'A', y1: 80, y2: 90 },
      { predicate: 'BB', y1: 70, y2: 80 },
      { predicate: 'B', y1: 60, y2: 70 },
    ]);
    expect(bandsWithin([0, 40]).map((b) => b.predicate)).toEqual(['C', 'D']);
    expect(bandsWithin([80, 110])).toEqual([
      { predicate: 'AA', y1: 90, y2: 110 },
      { predicate: 'A', y1: 80, y2: 90 },
    ]);
  });

  it('draws the bands of the rule it is given: AA from 100 under the 2023 rule', () => {
    expect(bandsWithin([70, 110], PREDICATE_RULE_2023.bands)).toEqual([
      { predicate: 'AA', y1: 100, y2: 110 },
      { predicate: 'A', y1: 80, y2: 100 },
      { predicate: 'BB', y1: 70, y2: 80 },
    ]);
  });
});

describe('percentDomain', () => {
  it.each([
    [
      [69.93, 91.5, null],
      [50, 100],
    ],
    [
      [35.33, 90],
      [20, 100],
    ],
    [[5], [0, 100]],
    [[], [0, 100]],
  ] as const)('%j → %j', (values, domain) => {
    expect(percentDomain(values)).toEqual(domain);
  });
});

describe('bandTicks', () => {
  it('gives the predicate band edges inside the domain, so ticks line up with the bands', () => {
    expect(bandTicks([60, 90])).toEqual([60, 70, 80, 90]);
    expect(bandTicks([60, 110])).toEqual([60, 70, 80, 90, 100, 110]);
    expect(bandTicks([0, 40])).toEqual([0, 30]);
  });
});

describe('percentTicks', () => {
  it.each([
    [
      [50, 100],
      [50, 60, 70, 80, 90, 100],
    ],
    [
      [30, 100],
      [30, 40, 50, 60, 70, 80, 90, 100],
    ],
    [
      [10, 100],
      [20, 40, 60, 80, 100],
    ],
    [
      [0, 100],
      [0, 20, 40, 60, 80, 100],
    ],
  ] as const)('%j → %j', (domain, ticks) => {
    expect(percentTicks(domain as unknown as [number, number])).toEqual(ticks);
  });
});

describe('partBand', () => {
  it.each([
    [100, 'high'],
    [80, 'high'],
    [79.99, 'mid'],
    [60, 'mid'],
    [59.99, 'low'],
    [0, 'low'],
  ] as const)('%d %% → %s', (percent, band) => {
    expect(partBand(percent)).toBe(band);
  });
});
