import { describe, expect, it } from 'vitest';
import {
  type Actor,
  decide,
  isAreaBound,
  may,
  mayCallRoute,
  PERMISSIONS,
  ROLES,
  roleMay,
} from './permissions';
import { canMovePeriod, nextStatus } from './workflow';

const chairMp: Actor = { id: 1, role: 'chair', areas: ['MP'] };
const evaluator: Actor = { id: 2, role: 'evaluator', areas: [] };
const leader: Actor = { id: 3, role: 'leader', areas: [] };
const admin: Actor = { id: 4, role: 'admin', areas: [] };

describe('decide', () => {
  it('lets a chair edit their own draft in an open period', () => {
    expect(
      decide(chairMp, 'result.edit', { area: 'MP', periodState: 'open', status: 'draft' }),
    ).toEqual({ ok: true });
  });

  it("forbids a chair another area's result", () => {
    expect(
      decide(chairMp, 'result.edit', { area: 'YAN', periodState: 'open', status: 'draft' }),
    ).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
  });

  it('forbids roles the table does not list', () => {
    for (const actor of [leader, evaluator, admin]) {
      expect(
        decide(actor, 'result.edit', { area: 'MP', periodState: 'open', status: 'draft' }).ok,
      ).toBe(false);
    }
  });

  it.each(['submitted', 'verified'] as const)(
    'makes a %s result read-only to the chair (409)',
    (status) => {
      expect(
        decide(chairMp, 'result.edit', { area: 'MP', periodState: 'open', status }),
      ).toMatchObject({ reason: 'conflict' });
    },
  );

  it('locks everything in a closed period (423)', () => {
    expect(
      decide(chairMp, 'result.edit', { area: 'MP', periodState: 'closed', status: 'final' }),
    ).toMatchObject({ reason: 'locked' });
    expect(
      decide(evaluator, 'result.verify', { area: 'MP', periodState: 'closed', status: 'final' }),
    ).toMatchObject({ reason: 'locked' });
  });

  it('checks the role before the state: a leader gets 403 even on a closed period', () => {
    expect(
      decide(leader, 'result.edit', { area: 'MP', periodState: 'closed', status: 'final' }),
    ).toMatchObject({ reason: 'forbidden' });
  });

  it('lets evaluators record follow-ups on any area, chairs only on theirs', () => {
    expect(decide(evaluator, 'followUp.create', { area: 'YAN', periodState: 'open' }).ok).toBe(
      true,
    );
    expect(decide(chairMp, 'followUp.create', { area: 'YAN', periodState: 'open' }).ok).toBe(false);
    expect(decide(chairMp, 'followUp.create', { area: 'MP', periodState: 'open' }).ok).toBe(true);
  });

  it('gives every role read access and only admin the audit log', () => {
    for (const role of ROLES) {
      expect(roleMay(role, 'result.read')).toBe(true);
      expect(roleMay(role, 'audit.read')).toBe(role === 'admin');
    }
  });

  it('has a description for every action', () => {
    for (const rule of Object.values(PERMISSIONS))
      expect(rule.description.length).toBeGreaterThan(5);
  });
});

describe('workflow', () => {
  it.each([
    ['draft', 'submit', 'submitted'],
    ['returned', 'submit', 'submitted'],
    ['submitted', 'return', 'returned'],
    ['submitted', 'verify', 'verified'],
    ['draft', 'verify', null],
    ['draft', 'return', null],
    ['verified', 'submit', null],
    ['verified', 'return', null],
    ['final', 'submit', null],
    ['submitted', 'submit', null],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it.each([
    ['open', 'review', true],
    ['review', 'closed', true],
    ['review', 'open', true],
    ['open', 'closed', false],
    ['closed', 'open', false],
    ['closed', 'review', false],
  ] as const)('period %s → %s allowed: %s', (from, to, allowed) => {
    expect(canMovePeriod(from, to)).toBe(allowed);
  });
});

describe('mayCallRoute', () => {
  it('lets any signed-in caller call a route that names no action', () => {
    expect(mayCallRoute(leader, [])).toBe(true);
  });

  it("refuses a chair another area's route before the body is read", () => {
    expect(mayCallRoute(chairMp, ['result.edit'], 'MP')).toBe(true);
    expect(mayCallRoute(chairMp, ['result.edit'], 'YAN')).toBe(false);
    expect(mayCallRoute(chairMp, ['result.edit'], 'yan')).toBe(false);
  });

  it('passes when one of the declared actions holds for the role (PUT result: edit or target)', () => {
    expect(mayCallRoute(admin, ['result.edit', 'result.setTarget'], 'YAN')).toBe(true);
    expect(mayCallRoute(chairMp, ['result.edit', 'result.setTarget'], 'YAN')).toBe(false);
    expect(mayCallRoute(leader, ['result.edit', 'result.setTarget'], 'MP')).toBe(false);
  });

  it('leaves the area to the service when the path names none', () => {
    expect(mayCallRoute(chairMp, ['followUp.create'])).toBe(true);
    expect(mayCallRoute(evaluator, ['followUp.create'], 'YAN')).toBe(true);
  });

  it('agrees with the table for every role and action on a path without an area', () => {
    for (const role of ROLES) {
      for (const action of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
        expect(mayCallRoute({ id: 9, role, areas: ['MP'] }, [action])).toBe(roleMay(role, action));
      }
    }
  });
});

describe('may and isAreaBound: what a screen asks', () => {
  it('says no without a signed-in user', () => {
    expect(may(null, 'result.read')).toBe(false);
    expect(may(undefined, 'result.read')).toBe(false);
  });

  it('answers as decide does, context included', () => {
    expect(may(chairMp, 'result.edit', { area: 'MP' })).toBe(true);
    expect(may(chairMp, 'result.edit', { area: 'YAN' })).toBe(false);
    expect(may(chairMp, 'result.edit', { area: 'MP', periodState: 'review' })).toBe(false);
    expect(may(evaluator, 'result.evaluate', { periodState: 'open', status: 'submitted' })).toBe(
      true,
    );
    expect(may(evaluator, 'result.evaluate', { periodState: 'closed', status: 'submitted' })).toBe(
      false,
    );
  });

  it('separates who reports from who closes: recommendations by the evaluator, directions by the secretariat', () => {
    expect(ROLES.filter((r) => roleMay(r, 'recommendation.close'))).toEqual(['evaluator']);
    expect(ROLES.filter((r) => roleMay(r, 'direction.close'))).toEqual(['admin']);
  });

  it('binds only chairs to their areas', () => {
    expect(ROLES.filter(isAreaBound)).toEqual(['chair']);
  });
});
