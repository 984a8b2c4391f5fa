import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, MIN_PASSWORD_LENGTH, passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it.each([
    ['pendek-sekali', 'ani', null],
    ['abc', 'ani', `minimal ${MIN_PASSWORD_LENGTH}`],
    ['rapor-demo', 'ani', `minimal ${MIN_PASSWORD_LENGTH}`],
    ['RAPOR-DEMO', 'ani', `minimal ${MIN_PASSWORD_LENGTH}`],
    ['sekretariat-2026', 'sekretariat', 'nama pengguna'],
    ['Password1234', 'ani', 'terlalu umum'],
    ['aaaaaaaaaaaaaa', 'ani', 'terlalu umum'],
    ['ababababababab', 'ani', 'terlalu umum'],
    ['kuda-laut-biru-7', 'ani', null],
  ])('%s for %s: %s', (password, username, problem) => {
    const found = passwordProblem(password, username);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it('never takes the demo password, whatever the minimum length', () => {
    expect(DEMO_PASSWORD.length).toBeLessThan(MIN_PASSWORD_LENGTH);
    expect(passwordProblem(DEMO_PASSWORD, 'ani')).not.toBeNull();
  });
});
