import { MAIN_ACTIVITIES, type MainActivityCode, QUARTERS } from './action-plan';
import type { Cell } from './framework/framework-file';
import type { PlanActivity } from './schemas/action-plans';

// A working group's action plan as spreadsheet rows, one row per action with its road-map row
// beside it, in the column order the national plans use; the workbook I/O is the server's.

type SheetLocale = 'id' | 'en';
const Q = ['I', 'II', 'III', 'IV'] as const;

/** The columns, in order: the road-map row, the action, its targets, budget and what was realised. */
export function planColumns(locale: SheetLocale): string[] {
  const id = locale === 'id';
  const quarters = (what: string) => [
    ...Q.map((q) => `${what} TW ${q}`),
    `${what} ${id ? 'total' : 'total'}`,
  ];
  return [
    id ? 'Kegiatan utama' : 'Main activity',
    id ? 'Indikator' : 'Indicator',
    id ? 'Tahun baseline' : 'Baseline year',
    id ? 'Target baseline' : 'Baseline target',
    id ? 'Realisasi baseline' : 'Baseline realisation',
    id ? 'Target tahun ini' : 'Target this year',
    id ? 'Rencana aksi' : 'Action',
    id ? 'Indikator output' : 'Output indicator',
    id ? 'Satuan output' : 'Output unit',
    ...quarters(id ? 'Target output' : 'Output target'),
    ...quarters(id ? 'Anggaran' : 'Budget'),
    id ? 'Unit pelaksana' : 'Executing unit',
    id ? 'Unit koordinator' : 'Coordinating unit',
    ...quarters(id ? 'Realisasi output' : 'Realised output'),
    ...quarters(id ? 'Realisasi anggaran' : 'Realised budget'),
    id ? 'Capaian anggaran (%)' : 'Budget achievement (%)',
  ];
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The plan as rows under `planColumns`: a realised cell is empty while its quarter is not reported. */
export function planRows(activities: readonly PlanActivity[], locale: SheetLocale): Cell[][] {
  return activities.flatMap((activity) =>
    activity.actions.map((a) => {
      const realised = QUARTERS.map((q) => a.realised[q - 1]);
      const reported = realised.filter((r) => r !== null);
      const realisedBudget = sum(reported.map((r) => r?.budget ?? 0));
      const budget = sum(a.budget);
      return [
        `${activity.mainActivity} ${MAIN_ACTIVITIES[activity.mainActivity as MainActivityCode][locale]}`,
        activity.indicator,
        activity.baselineYear,
        activity.baselineTarget,
        activity.baselineRealisation,
        activity.target,
        a.text,
        a.outputIndicator,
        a.outputUnit,
        ...a.targets,
        sum(a.targets),
        ...a.budget,
        budget,
        a.executingUnit,
        a.coordinatingUnit,
        ...realised.map((r) => r?.output ?? null),
        reported.length > 0 ? sum(reported.map((r) => r?.output ?? 0)) : null,
        ...realised.map((r) => r?.budget ?? null),
        reported.length > 0 ? realisedBudget : null,
        reported.length > 0 && budget > 0
          ? Math.round((realisedBudget / budget) * 10_000) / 100
          : null,
      ];
    }),
  );
}
