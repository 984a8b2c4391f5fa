import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROLES } from '@rapor/shared/permissions';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/server-process';

/**
 * Who may do what is decided by the permission table (shared/src/permissions.ts) and asked
 * through `decide`, `may`, `roleMay` or `isAreaBound`: a comparison with a role's name
 * anywhere else is a second table that a new role would have to find.
 */
const ROLE = `'(?:${ROLES.join('|')})'`;
const ROLE_CHECKS = [
  // me.role === 'admin', actor.role !== 'chair', role == 'leader'
  new RegExp(`\\brole\\b[\\w?.]*\\s*[!=]==?\\s*${ROLE}`),
  // 'admin' === me.role
  new RegExp(`${ROLE}\\s*[!=]==?\\s*[\\w?.]*\\brole\\b`),
  // ['admin', 'evaluator'].includes(me.role)
  new RegExp(`\\[\\s*${ROLE}(?:\\s*,\\s*${ROLE})*\\s*,?\\s*\\]\\.includes\\(`),
  // switch (me.role) { case 'chair': … }
  new RegExp(`case\\s+${ROLE}\\s*:`),
  // <RequireRole only="admin">
  new RegExp(`\\bonly="(?:${ROLES.join('|')})"`),
];

const TABLE = 'shared/src/permissions.ts';
const LAYERS = ['shared/src', 'db/src', 'server/src', 'client/src'];

function roleChecksIn(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => ROLE_CHECKS.some((check) => check.test(line)))
    .map((line) => line.trim());
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('no role-name checks outside the permission table', () => {
  it('recognises the ways a role name gets compared', () => {
    expect(roleChecksIn("if (me?.role === 'admin') return;")).toHaveLength(1);
    expect(roleChecksIn("ctx.actor.role !== 'chair' && x")).toHaveLength(1);
    expect(roleChecksIn("const ok = 'evaluator' === user.role;")).toHaveLength(1);
    expect(roleChecksIn("['admin', 'leader'].includes(me.role)")).toHaveLength(1);
    expect(roleChecksIn("  case 'viewer':")).toHaveLength(1);
    expect(roleChecksIn('<RequireRole only="admin">')).toHaveLength(1);
    // what is not a role check: a score basis named like a role, a translated role label
    expect(roleChecksIn("if (basis === 'evaluator') return x;")).toEqual([]);
    expect(roleChecksIn("<span className='role'>{t('role.' + me.role)}</span>")).toEqual([]);
    expect(roleChecksIn("can('result.edit', { area })")).toEqual([]);
  });

  it('finds none in shared, db, server or client', () => {
    const found = LAYERS.flatMap((layer) =>
      sourceFiles(join(ROOT, layer))
        .filter((path) => relative(ROOT, path) !== TABLE)
        .flatMap((path) =>
          roleChecksIn(readFileSync(path, 'utf8')).map(
            (line) => `${relative(ROOT, path)}: ${line}`,
          ),
        ),
    );
    expect(found).toEqual([]);
  });
});
