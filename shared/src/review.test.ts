import { describe, expect, it } from 'vitest';
import { changesSince } from './review';

const sk = { label: 'SK', url: 'https://x.id/sk.pdf' };

describe('changesSince', () => {
  it('lists each changed field of each indicator, in the order given', () => {
    const before = {
      a: { selfValue: 'B', evidence: [], selfComment: null },
      b: { selfValue: true, evidence: [sk], selfComment: 'lama' },
    };
    const after = {
      a: { selfValue: 'A', evidence: [sk], selfComment: null },
      b: { selfValue: true, evidence: [sk], selfComment: 'baru' },
    };
    expect(changesSince(before, after, ['b', 'a'])).toEqual([
      { code: 'b', field: 'selfComment', before: 'lama', after: 'baru' },
      { code: 'a', field: 'selfValue', before: 'B', after: 'A' },
      { code: 'a', field: 'evidence', before: [], after: [sk] },
    ]);
  });

  it('treats an indicator missing on one side as unanswered', () => {
    expect(
      changesSince({}, { a: { selfValue: 3, evidence: [], selfComment: null } }, ['a']),
    ).toEqual([{ code: 'a', field: 'selfValue', before: null, after: 3 }]);
    expect(changesSince({}, {}, ['a'])).toEqual([]);
  });
});
