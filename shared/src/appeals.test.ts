import { describe, expect, it } from 'vitest';
import {
  type AppealLike,
  awaitsRescore,
  evaluatorScored,
  type FilingContext,
  filingRefusal,
  latestAppealByItem,
  tallyAppeals,
} from './appeals';

const OK: FilingContext = {
  windowOpen: true,
  evaluatorScored: true,
  hasOpenAppeal: false,
};

const appeal = (over: Partial<AppealLike> & { id: number }): AppealLike & { id: number } => ({
  code: 'A.1',
  status: 'open',
  rescoredAt: null,
  filedAt: '2026-02-01T00:00:00.000Z',
  ...over,
});

describe('filing an appeal', () => {
  it('is allowed in review with the window open on an evaluator-scored item without an open appeal', () => {
    expect(filingRefusal(OK)).toBeNull();
  });

  it('names the first thing that stands in the way', () => {
    expect(filingRefusal({ ...OK, windowOpen: false })).toBe('APPEAL_WINDOW_CLOSED');
    expect(filingRefusal({ ...OK, evaluatorScored: false, hasOpenAppeal: true })).toBe(
      'NOT_APPEALABLE',
    );
    expect(filingRefusal({ ...OK, hasOpenAppeal: true })).toBe('APPEAL_OPEN');
  });
});

describe('what the evaluator scored', () => {
  it('is a value on a verified result, not an outside figure', () => {
    expect(evaluatorScored('verified', { sourced: false, value: 82.14 })).toBe(true);
    expect(evaluatorScored('final', { sourced: false, value: false })).toBe(true);
    expect(evaluatorScored('submitted', { sourced: false, value: 82.14 })).toBe(false);
    expect(evaluatorScored('verified', { sourced: true, value: 65 })).toBe(false);
    expect(evaluatorScored('verified', { sourced: false, value: null })).toBe(false);
  });
});

describe('appeal states', () => {
  it('waits for a score change only when accepted and not yet rescored', () => {
    expect(awaitsRescore(appeal({ id: 1, status: 'accepted' }))).toBe(true);
    expect(awaitsRescore(appeal({ id: 1, status: 'accepted', rescoredAt: '2026-02-02' }))).toBe(
      false,
    );
    expect(awaitsRescore(appeal({ id: 1, status: 'rejected' }))).toBe(false);
    expect(awaitsRescore(appeal({ id: 1 }))).toBe(false);
  });

  it('tallies each state', () => {
    expect(
      tallyAppeals([
        appeal({ id: 1 }),
        appeal({ id: 2, status: 'accepted' }),
        appeal({ id: 3, status: 'accepted', rescoredAt: '2026-02-03' }),
        appeal({ id: 4, status: 'rejected' }),
      ]),
    ).toEqual({ total: 4, open: 1, accepted: 2, rejected: 1, awaitingRescore: 1 });
    expect(tallyAppeals([])).toEqual({
      total: 0,
      open: 0,
      accepted: 0,
      rejected: 0,
      awaitingRescore: 0,
    });
  });

  it('shows per item the open appeal, else the latest filed', () => {
    const rejected = appeal({ id: 1, status: 'rejected', filedAt: '2026-02-01' });
    const again = appeal({ id: 2, filedAt: '2026-02-05' });
    const other = appeal({ id: 3, code: 'A.2', status: 'accepted', filedAt: '2026-02-02' });
    const later = appeal({ id: 4, code: 'A.2', status: 'rejected', filedAt: '2026-02-09' });
    const byItem = latestAppealByItem([again, rejected, other, later]);
    expect(byItem.get('A.1')?.id).toBe(2);
    expect(byItem.get('A.2')?.id).toBe(4);
    expect(
      latestAppealByItem([
        appeal({ id: 5 }),
        appeal({ id: 6, status: 'rejected', filedAt: '2026-03-01' }),
      ]).get('A.1')?.id,
    ).toBe(5);
  });
});
