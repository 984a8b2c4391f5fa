import { AREA_CODES, type AreaCode, areaName } from '@rapor/shared/areas';
import { areaMaxPoints } from '@rapor/shared/framework';
import { frameworkById } from '@rapor/shared/frameworks';
import type { RECOMMENDATION_STATUSES } from '@rapor/shared/schemas';
import { OUTCOME_KINDS } from '@rapor/shared/schemas';
import { count } from 'drizzle-orm';
import { storeFrameworkSnapshot } from '../framework-snapshot';
import { type Db, writeTransaction } from '../open-db';
import { hashPassword } from '../password';
import * as t from '../schema/index';
import {
  AREA_TRAJECTORY,
  areaPercents,
  DEMO_YEARS,
  frameworkIdOfYear,
  OPEN_YEAR,
  prng,
  statusOf,
  yearAnswers,
} from './demo-answers';
import {
  ACHIEVEMENT_TEMPLATES,
  AREA_FOCUS,
  DEMO_DIRECTIONS,
  DEMO_PASSWORD,
  DEMO_USERS,
  RECOMMENDATION_POOL,
  SOURCED_ACHIEVEMENTS,
  WORKING_GROUPS,
  type YearFacts,
} from './demo-content';
import { demoGrading, demoPlan, withPlanScores } from './demo-plans';
import { OUTCOMES, PUBLISHED_INDEX } from './published-facts';

type RecStatus = (typeof RECOMMENDATION_STATUSES)[number];

export function isEmpty(db: Db): boolean {
  const [row] = db.select({ n: count() }).from(t.periods).all();
  return (row?.n ?? 0) === 0;
}

export interface SeedReport {
  years: number[];
  users: number;
  answers: number;
  achievements: number;
  recommendations: number;
}

/**
 * Writes the demo ministry (2018–2025) into an empty database in one transaction.
 * Published figures are those of PRODUCT.md; the rest is invented and says so
 * (outcome_figures.source = 'demo').
 */
export async function seedDemo(db: Db, now = new Date()): Promise<SeedReport> {
  const stamp = now.toISOString();
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  const report: SeedReport = {
    years: [...DEMO_YEARS],
    users: 0,
    answers: 0,
    achievements: 0,
    recommendations: 0,
  };

  writeTransaction(db, (tx) => {
    for (const id of new Set(DEMO_YEARS.map(frameworkIdOfYear)))
      storeFrameworkSnapshot(tx, id, stamp);

    const userIds = new Map<string, number>();
    DEMO_USERS.forEach((u, i) => {
      const row = tx
        .insert(t.users)
        .values({
          username: u.username,
          displayName: u.displayName,
          role: u.role,
          passwordHash: hashes[i] as string,
          createdAt: stamp,
        })
        .returning({ id: t.users.id })
        .get();
      userIds.set(u.username, row.id);
    });
    report.users = DEMO_USERS.length;
    const evaluatorId = userIds.get('evaluator') ?? null;
    const adminId = userIds.get('admin') ?? null;

    for (const area of AREA_CODES) {
      const chair = DEMO_USERS.find((u) => 'area' in u && u.area === area);
      const group = tx
        .insert(t.workingGroups)
        .values({
          areaCode: area,
          name: `Pokja ${areaName(area).id}`,
          chairUserId: chair ? (userIds.get(chair.username) ?? null) : null,
        })
        .returning({ id: t.workingGroups.id })
        .get();
      if (chair) {
        tx.insert(t.workingGroupMembers)
          .values({
            workingGroupId: group.id,
            userId: userIds.get(chair.username) ?? null,
            name: chair.displayName,
            unit: WORKING_GROUPS[area].unit,
            role: 'ketua',
          })
          .run();
      }
      for (const [name, unit] of WORKING_GROUPS[area].members) {
        tx.insert(t.workingGroupMembers)
          .values({ workingGroupId: group.id, name, unit, role: 'anggota' })
          .run();
      }
    }

    // Every year's answers first: narratives and achievements quote the scores and figures.
    // A.1 and A.2 come from the plans' grading and reports, as the server's sync keeps them.
    const answersOf = new Map(
      DEMO_YEARS.map((y) => {
        const framework = frameworkById(frameworkIdOfYear(y));
        return [y, withPlanScores(framework, y, yearAnswers(framework, y))] as const;
      }),
    );
    const percentsOf = new Map(
      DEMO_YEARS.map(
        (y) =>
          [
            y,
            areaPercents(frameworkById(frameworkIdOfYear(y)), y, answersOf.get(y) ?? []),
          ] as const,
      ),
    );

    for (const year of DEMO_YEARS) {
      const framework = frameworkById(frameworkIdOfYear(year));
      const closed = year !== OPEN_YEAR;
      tx.insert(t.periods)
        .values({
          year,
          frameworkId: framework.id,
          state: closed ? 'closed' : 'open',
          openedAt: `${year}-01-15T00:00:00.000Z`,
          closedAt: closed ? `${year + 1}-02-28T00:00:00.000Z` : null,
          indexSource: PUBLISHED_INDEX[year] !== undefined ? 'published' : 'demo',
        })
        .run();

      const yearIndex = DEMO_YEARS.indexOf(year);
      for (const area of AREA_CODES) {
        const chair = DEMO_USERS.find((u) => 'area' in u && u.area === area);
        tx.insert(t.areaResults)
          .values({
            year,
            areaCode: area,
            status: statusOf(year, area),
            narrative: narrative(year, area, framework.id, percentsOf),
            version: 1,
            updatedAt: closed ? `${year + 1}-02-28T00:00:00.000Z` : stamp,
            updatedBy: chair ? (userIds.get(chair.username) ?? null) : null,
          })
          .run();
        const designed =
          (AREA_TRAJECTORY[area][yearIndex + 1] ?? AREA_TRAJECTORY[area][yearIndex] ?? 80) + 2;
        tx.insert(t.targets)
          .values({
            year,
            areaCode: area,
            points: Math.round(areaMaxPoints(framework, area) * Math.min(95, designed)) / 100,
          })
          .run();
      }

      for (const a of answersOf.get(year) ?? []) {
        const answered = a.selfValue !== null;
        const figure = a.figure;
        // Figures are reported early the next year; the open year's are estimates.
        const reported = `${Math.min(year + 1, OPEN_YEAR)}-01-31`;
        tx.insert(t.indicatorAnswers)
          .values({
            year,
            indicatorCode: a.indicatorCode,
            areaCode: a.areaCode,
            selfValue: a.selfValue,
            evaluatorValue: a.evaluatorValue,
            evidence: answered
              ? [
                  {
                    label: figure
                      ? `Dokumen sumber ${a.indicatorCode} ${year}`
                      : `Data dukung ${a.indicatorCode} ${year}`,
                    url: `https://data-dukung.kemensos.example/${year}/${a.indicatorCode}.pdf`,
                  },
                ]
              : [],
            selfComment: answered ? null : 'Data dukung sedang dikumpulkan.',
            evaluatorComment: a.evaluatorComment,
            updatedAt: stamp,
            ...(figure &&
              answered && {
                sourceTitle: figure.title,
                sourceIssuer: figure.sourcedBy,
                sourceDate: reported,
                provenance: figure.provenance,
                enteredBy: adminId,
                enteredAt: `${reported}T03:00:00.000Z`,
                verifiedBy: figure.verified ? evaluatorId : null,
                verifiedAt: figure.verified ? `${reported}T07:00:00.000Z` : null,
              }),
          })
          .run();
        report.answers++;
      }

      const outcomes = OUTCOMES[year] ?? {};
      for (const kind of OUTCOME_KINDS) {
        const figure = outcomes[kind];
        if (!figure) continue;
        tx.insert(t.outcomeFigures)
          .values({ year, kind, ...figure })
          .run();
      }
    }

    // Achievements: those in the sources, plus one invented per area and year where none is sourced.
    for (const year of DEMO_YEARS) {
      for (const area of AREA_CODES) {
        const plan = demoPlan(year, area);
        if (!plan) continue;
        const chair = DEMO_USERS.find((u) => 'area' in u && u.area === area);
        tx.insert(t.actionPlans)
          .values({
            year,
            areaCode: area,
            activities: JSON.stringify(plan),
            updatedAt: `${year}-01-31T02:00:00.000Z`,
            updatedBy: chair ? (userIds.get(chair.username) ?? null) : null,
          })
          .run();
      }
    }
    for (const year of DEMO_YEARS) {
      const grading = demoGrading(year);
      if (!grading) continue;
      tx.insert(t.planGradings)
        .values({
          year,
          document: JSON.stringify(grading),
          updatedAt: `${year}-11-30T02:00:00.000Z`,
          updatedBy: userIds.get('evaluator') ?? null,
        })
        .run();
    }
    for (const { year, area, item } of SOURCED_ACHIEVEMENTS) {
      tx.insert(t.achievements)
        .values(achievementRow(year, area, item, stamp))
        .run();
      report.achievements++;
    }
    for (const year of DEMO_YEARS) {
      const answers = new Map((answersOf.get(year) ?? []).map((a) => [a.indicatorCode, a]));
      const facts: YearFacts = {
        year,
        figure: (...codes) => {
          const v = codes.map((code) => answers.get(code)?.selfValue).find((x) => x != null);
          return typeof v === 'number' ? v : null;
        },
        outcome: (kind) => OUTCOMES[year]?.[kind]?.value ?? null,
      };
      AREA_CODES.forEach((area, i) => {
        if (SOURCED_ACHIEVEMENTS.some((s) => s.year === year && s.area === area)) return;
        if (year === OPEN_YEAR && statusOf(year, area) === 'draft' && i % 2 === 0) return;
        const templates = ACHIEVEMENT_TEMPLATES[area];
        // The year's template, or the next one where it has nothing to quote that year.
        const item = templates
          .map((_, k) => templates[(year + i + k) % templates.length]?.(facts) ?? null)
          .find((x) => x !== null);
        if (!item) return;
        tx.insert(t.achievements)
          .values(
            achievementRow(
              year,
              area,
              {
                title: item.title,
                kind: item.kind,
                date: `${year}-${String(3 + ((year + i) % 9)).padStart(2, '0')}-15`,
                description: `Capaian ${areaName(area, frameworkIdOfYear(year)).id} tahun ${year} (data demo).`,
                metric: item.metric ?? null,
              },
              stamp,
            ),
          )
          .run();
        report.achievements++;
      });
    }

    // Recommendations: issued at each year's evaluation, followed up in later years.
    for (const year of DEMO_YEARS) {
      AREA_CODES.forEach((area, i) => {
        const status = statusOf(year, area);
        if (year === OPEN_YEAR && status !== 'verified' && status !== 'returned') return;
        const pool = RECOMMENDATION_POOL[area];
        const howMany = (year + i) % 3 === 0 ? 2 : 1;
        for (let k = 0; k < howMany; k++) {
          const seedItem = pool[(DEMO_YEARS.indexOf(year) + k + i) % pool.length];
          if (!seedItem) continue;
          const rand = prng(year * 1000 + i * 10 + k);
          const plan = lifecycle(year, area, k, rand());
          const rec = tx
            .insert(t.recommendations)
            .values({
              year,
              areaCode: area,
              text: seedItem.text,
              ownerUnit: WORKING_GROUPS[area].unit,
              dueDate: `${year + 1}-${k === 0 ? '06-30' : '12-31'}`,
              priority: seedItem.priority,
              status: plan.at(-1)?.status ?? 'open',
              createdAt: `${year + 1}-02-28T00:00:00.000Z`,
            })
            .returning({ id: t.recommendations.id })
            .get();
          for (const step of plan) {
            tx.insert(t.recommendationFollowUps)
              .values({
                recommendationId: rec.id,
                year: step.year,
                date: step.date,
                status: step.status,
                note: step.note,
                userId: evaluatorId,
              })
              .run();
          }
          report.recommendations++;
        }
      });
    }

    DEMO_DIRECTIONS.forEach((d, i) => {
      const row = tx
        .insert(t.directions)
        .values({
          // stable ids: a demo direction is the same record in every seeded database
          clientId: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
          year: d.year,
          areaCode: d.area,
          text: d.text,
          owner: d.owner,
          dueDate: d.dueDate,
          status: d.followUps.at(-1)?.status ?? 'open',
          version: d.followUps.length + 1,
          createdAt: `${d.year}-11-28T03:00:00.000Z`,
          createdBy: adminId,
        })
        .returning({ id: t.directions.id })
        .get();
      for (const f of d.followUps) {
        tx.insert(t.directionFollowUps)
          .values({
            directionId: row.id,
            date: f.date,
            status: f.status,
            note: f.note,
            userId: adminId,
          })
          .run();
      }
    });
  });
  return report;
}

function achievementRow(
  year: number,
  area: AreaCode,
  item: {
    title: string;
    kind: (typeof t.achievements.$inferInsert)['kind'];
    date: string | null;
    description: string | null;
    metric: { label: string; value: number; unit: string | null } | null;
  },
  stamp: string,
): typeof t.achievements.$inferInsert {
  return {
    year,
    areaCode: area,
    title: item.title,
    kind: item.kind,
    date: item.date,
    description: item.description,
    evidence: [
      {
        label: 'Dokumen pendukung',
        url: `https://data-dukung.kemensos.example/${year}/prestasi-${area.toLowerCase()}.pdf`,
      },
    ],
    metricLabel: item.metric?.label ?? null,
    metricValue: item.metric?.value ?? null,
    metricUnit: item.metric?.unit ?? null,
    createdAt: stamp,
  };
}

interface Step {
  year: number;
  date: string;
  status: RecStatus;
  note: string;
}

/**
 * How a recommendation fares after it is issued: most are done within a year, some take two,
 * a few stay in progress across years (PPU's harmonisation lags on purpose), a few are dropped.
 */
function lifecycle(year: number, area: AreaCode, k: number, roll: number): Step[] {
  const last = OPEN_YEAR;
  const step = (y: number, status: RecStatus, note: string): Step => ({
    year: y,
    date: `${y}-${status === 'done' ? '11-20' : '08-15'}`,
    status,
    note,
  });
  if (year >= last) return [];
  const longRunning = (area === 'PPU' && k === 0) || roll > 0.9;
  if (longRunning) {
    const steps: Step[] = [];
    for (let y = year + 1; y <= last; y++)
      steps.push(
        step(y, 'in_progress', `Tindak lanjut berjalan; progres dilaporkan pada evaluasi ${y}.`),
      );
    return steps;
  }
  if (year === last - 1) {
    return roll < 0.5
      ? [step(last, 'in_progress', 'Rencana aksi disusun dan mulai dilaksanakan.')]
      : [];
  }
  if (roll < 0.6) {
    return [
      step(year + 1, 'in_progress', 'Rencana aksi ditetapkan.'),
      step(year + 1, 'done', 'Selesai; bukti tindak lanjut diunggah.'),
    ];
  }
  if (roll < 0.82 && year + 2 <= last) {
    return [
      step(year + 1, 'in_progress', 'Sebagian rencana aksi terlaksana.'),
      step(year + 2, 'done', 'Selesai pada tahun berikutnya.'),
    ];
  }
  return [
    step(
      year + 1,
      'dropped',
      'Tidak relevan lagi setelah perubahan kebijakan; ditutup atas persetujuan pimpinan.',
    ),
  ];
}

function narrative(
  year: number,
  area: AreaCode,
  frameworkId: string,
  percentsOf: ReadonlyMap<number, ReadonlyMap<AreaCode, number>>,
): string {
  const name = areaName(area, frameworkId).id;
  const now = percentsOf.get(year)?.get(area) ?? 0;
  const before = percentsOf.get(year - 1)?.get(area);
  // The words follow the area's own percent of maximum, the measure that stays comparable.
  const delta = before === undefined ? undefined : now - before;
  const trend =
    delta === undefined
      ? 'Tahun ini menjadi titik awal pemantauan dalam aplikasi.'
      : delta >= 0.5
        ? `Capaian naik dari ${pct(before)} menjadi ${pct(now)} dari nilai maksimum.`
        : delta <= -0.5
          ? `Capaian turun dari ${pct(before)} menjadi ${pct(now)} dari nilai maksimum dan perlu perhatian pimpinan.`
          : `Capaian relatif tetap di sekitar ${pct(now)} dari nilai maksimum.`;
  const method =
    year === 2020 ? ' Evaluasi tahun ini pertama kali memakai PermenPANRB 26/2020.' : '';
  return `Pokja ${name} tahun ${year} berfokus pada ${AREA_FOCUS[area]}. ${trend}${method}`;
}

const pct = (x: number | undefined) =>
  `${(x ?? 0).toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`;
