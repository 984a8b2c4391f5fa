import { createPeriod, createUser, setAnswer, setStatus } from '@rapor/db/test-factories';
import { AreaResult } from '@rapor/shared/schemas';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { login, makeTestApp, type TestApp } from '../helpers/test-app';

// Each test builds its own period: PM.MP (2 points) has four indicators of ½ point each.
describe('which value counts: self-assessment vs evaluator', () => {
  let t: TestApp;
  let cookie: string;
  beforeEach(async () => {
    t = await makeTestApp();
    await createUser(t.db, { username: 'pembaca', password: 'kata-sandi-uji-1' });
    cookie = await login(t.app, 'pembaca', 'kata-sandi-uji-1');
    createPeriod(t.db, { year: 2030 });
    for (const code of ['PM.MP.a', 'PM.MP.b']) {
      setAnswer(t.db, {
        year: 2030,
        indicatorCode: code,
        areaCode: 'MP',
        selfValue: 'A',
        evaluatorValue: 'C',
      });
    }
  });
  afterEach(() => t.close());

  const mp = async () =>
    AreaResult.parse(
      (await t.app.inject({ url: '/api/v1/periods/2030/areas/MP', headers: { cookie } })).json(),
    );
  const summaryMp = async () =>
    (await t.app.inject({ url: '/api/v1/dashboard/summary?from=2030&to=2030' })).json().years[0]
      .areas[0];

  it('counts the self-assessment before verification, and shows the evaluator gap', async () => {
    const result = await mp();
    expect(result.score.points).toBe(1);
    expect(result.score.selfPoints).toBe(1);
    expect(result.score.evaluatorPoints).toBe(0);
    expect(result.score.evaluated).toBe(2);
    expect((await summaryMp()).points).toBe(1);
  });

  it('says when the evaluator has valued none of the items (their points would only repeat the chair’s)', async () => {
    createPeriod(t.db, { year: 2031 });
    setAnswer(t.db, { year: 2031, indicatorCode: 'PM.MP.a', areaCode: 'MP', selfValue: 'A' });
    const result = AreaResult.parse(
      (await t.app.inject({ url: '/api/v1/periods/2031/areas/MP', headers: { cookie } })).json(),
    );
    expect(result.score).toMatchObject({ evaluated: 0, selfPoints: 0.5, evaluatorPoints: 0.5 });
  });

  it('counts the evaluator value once verified', async () => {
    setStatus(t.db, 2030, 'MP', 'verified');
    const result = await mp();
    expect(result.score.points).toBe(0);
    expect(result.score.selfPoints).toBe(1);
    const leaf = result.tree[0]?.children?.[0];
    expect(leaf?.indicator).toMatchObject({
      selfValue: 'A',
      evaluatorValue: 'C',
      value: 'C',
      fraction: 0,
    });
    expect(await summaryMp()).toMatchObject({ points: 0, status: 'verified' });
  });

  it('scores unanswered indicators 0 and counts what is answered', async () => {
    const result = await mp();
    expect(result.tree[0]).toMatchObject({ code: 'PM.MP', answered: 2, indicatorCount: 4 });
  });

  it('gives a barely answered period its index (1 point) and predicate D', async () => {
    const year = (await t.app.inject({ url: '/api/v1/dashboard/summary?from=2030&to=2030' })).json()
      .years[0];
    expect(year.index).toBe(1);
    expect(year.predicate).toBe('D');
  });
});
