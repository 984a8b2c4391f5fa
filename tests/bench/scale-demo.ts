// The demo ministry made bigger for the data-scale bench: `factor` times the years, the
// indicators and the recommendations. A seeded demo database is rewritten in place: every
// framework gets a copy whose indicators are split into `factor` clones (each with its share of
// the weight, so every score and maximum stays the same), and the demo's eight years are spread
// over `factor` × 8 years, each a copy of the demo year at the same place in the sequence.

import type { OpenDb } from '@rapor/db/open';
import type { Framework, FrameworkNode } from '@rapor/shared/framework';
import { YEAR_MAX, YEAR_MIN } from '@rapor/shared/schemas';

export interface ScaleReport {
  years: number;
  firstYear: number;
  lastYear: number;
  indicatorsPerYear: number;
  answers: number;
  recommendations: number;
}

type Row = Record<string, unknown>;
type SqliteConnection = OpenDb['sqlite'];

/** The codes a scaled framework uses for indicator `code`: the original, then its clones. */
export function cloneCodes(code: string, factor: number): string[] {
  return Array.from({ length: factor }, (_, k) => (k === 0 ? code : `${code}-k${k + 1}`));
}

// Outcome figures are one per kind and a multiplied item names its multiplier, so those stay
// single; an adjustment's leaves are values on their own scale, not shares of a weight.
function cloneable(node: FrameworkNode): boolean {
  return node.answer !== undefined && !node.outcome && !node.multipliedBy;
}

function scaleNodes(nodes: FrameworkNode[], factor: number): FrameworkNode[] {
  return nodes.flatMap((node) => {
    if (cloneable(node))
      return cloneCodes(node.code, factor).map((code, k) => ({
        ...node,
        code,
        weight: node.weight / factor,
        name:
          k === 0
            ? node.name
            : { id: `${node.name.id} (${k + 1})`, en: `${node.name.en} (${k + 1})` },
      }));
    return node.children ? [{ ...node, children: scaleNodes(node.children, factor) }] : [node];
  });
}

/** The framework with every ordinary indicator split into `factor` equal clones. */
export function scaleFramework(framework: Framework, factor: number): Framework {
  return {
    ...framework,
    id: `${framework.id}-x${factor}`,
    components: framework.components.map((c) =>
      c.adjustment ? c : { ...c, children: c.children && scaleNodes(c.children, factor) },
    ),
  };
}

/** Which demo year the i-th of n scaled years copies: in order, the open year only last. */
export function demoYearFor(i: number, n: number, demoYears: readonly number[]): number {
  const last = demoYears.length - 1;
  if (i === n - 1) return demoYears[last] as number;
  return demoYears[Math.floor((i * last) / Math.max(1, n - 1))] as number;
}

function shiftDate(value: unknown, years: number): unknown {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  const year = Number(value.slice(0, 4)) + years;
  const rest = value.slice(4).replace(/^-02-29/, '-02-28');
  return `${year}${rest}`;
}

const statements = new WeakMap<
  SqliteConnection,
  Map<string, ReturnType<SqliteConnection['prepare']>>
>();

function insert(sqlite: SqliteConnection, table: string, row: Row): number {
  const columns = Object.keys(row);
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  const cache = statements.get(sqlite) ?? new Map();
  statements.set(sqlite, cache);
  const statement = cache.get(sql) ?? sqlite.prepare(sql);
  cache.set(sql, statement);
  return Number(statement.run(...columns.map((c) => row[c])).lastInsertRowid);
}

const YEAR_TABLES = [
  'area_results',
  'targets',
  'indicator_answers',
  'outcome_figures',
  'achievements',
  'action_plans',
  'plan_gradings',
] as const;

/** Rewrites a freshly seeded demo database `factor` times bigger; factor 1 leaves it as it is. */
export function scaleDemo(sqlite: SqliteConnection, factor: number): ScaleReport {
  const all = (sql: string, ...args: unknown[]) => sqlite.prepare(sql).all(...args) as Row[];
  const periods = all('SELECT * FROM periods ORDER BY year');
  const demoYears = periods.map((p) => p.year as number);
  // The year range the API accepts bounds the ×100 run (800 years do not fit in 2000–2100).
  const n =
    factor === 1 ? demoYears.length : Math.min(demoYears.length * factor, YEAR_MAX - YEAR_MIN + 1);
  const firstYear = factor === 1 ? (demoYears[0] as number) : YEAR_MIN;

  sqlite.transaction(() => {
    if (factor === 1) return;
    const frameworkOf = new Map<string, string>();
    for (const id of new Set(periods.map((p) => p.framework_id as string))) {
      const row = all('SELECT * FROM frameworks WHERE id = ?', id)[0] as Row;
      const scaled = scaleFramework(JSON.parse(row.definition as string) as Framework, factor);
      insert(sqlite, 'frameworks', { ...row, id: scaled.id, definition: JSON.stringify(scaled) });
      frameworkOf.set(id, scaled.id);
    }
    const byYear = (table: string) => {
      const rows = all(`SELECT * FROM ${table}`);
      return (year: number) => rows.filter((r) => r.year === year);
    };
    const tables = new Map(YEAR_TABLES.map((t) => [t, byYear(t)]));
    const recommendations = byYear('recommendations');
    const directions = byYear('directions');
    const recFollowUps = all('SELECT * FROM recommendation_follow_ups');
    const dirFollowUps = all('SELECT * FROM direction_follow_ups');
    for (const table of [
      'recommendation_follow_ups',
      'recommendations',
      'direction_follow_ups',
      'directions',
      ...YEAR_TABLES,
      'periods',
    ])
      sqlite.prepare(`DELETE FROM ${table}`).run();

    const shifted = (row: Row, shift: number, year: number): Row => {
      const { id: _id, ...rest } = row;
      return {
        ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, shiftDate(v, shift)])),
        year,
      };
    };
    for (let i = 0; i < n; i++) {
      const year = firstYear + i;
      const demo = demoYearFor(i, n, demoYears);
      const shift = year - demo;
      const period = periods.find((p) => p.year === demo) as Row;
      insert(sqlite, 'periods', {
        ...shifted(period, shift, year),
        framework_id: frameworkOf.get(period.framework_id as string),
        state: i === n - 1 ? period.state : 'closed',
        closed_at: i === n - 1 ? period.closed_at : `${year + 1}-02-28T00:00:00.000Z`,
      });
      for (const [table, rowsOf] of tables)
        for (const row of rowsOf(demo)) {
          if (table !== 'indicator_answers') {
            insert(sqlite, table, shifted(row, shift, year));
            continue;
          }
          for (const code of cloneCodes(row.indicator_code as string, factor))
            insert(sqlite, table, { ...shifted(row, shift, year), indicator_code: code });
        }
      for (const rec of recommendations(demo))
        for (let k = 0; k < factor; k++) {
          const id = insert(sqlite, 'recommendations', {
            ...shifted(rec, shift, year),
            text: k === 0 ? rec.text : `${rec.text} (${k + 1})`,
          });
          for (const f of recFollowUps.filter((f) => f.recommendation_id === rec.id))
            insert(sqlite, 'recommendation_follow_ups', {
              // a follow-up after the last scaled year is reported in it
              ...shifted(f, shift, Math.min((f.year as number) + shift, firstYear + n - 1)),
              recommendation_id: id,
            });
        }
      for (const direction of directions(demo)) {
        const id = insert(sqlite, 'directions', {
          ...shifted(direction, shift, year),
          client_id: crypto.randomUUID(),
        });
        for (const f of dirFollowUps.filter((f) => f.direction_id === direction.id)) {
          const { id: _id, ...rest } = f;
          insert(sqlite, 'direction_follow_ups', {
            ...rest,
            date: shiftDate(f.date, shift),
            direction_id: id,
          });
        }
      }
    }
  })();

  const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
  return {
    years: n,
    firstYear,
    lastYear: firstYear + n - 1,
    indicatorsPerYear: Math.round(count('SELECT count(*) AS n FROM indicator_answers') / n),
    answers: count('SELECT count(*) AS n FROM indicator_answers'),
    recommendations: count('SELECT count(*) AS n FROM recommendations'),
  };
}
