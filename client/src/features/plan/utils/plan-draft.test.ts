import type { PlanActivity } from '@rapor/shared/action-plan-schemas';
import { describe, expect, it } from 'vitest';
import {
  emptyReport,
  fromDraft,
  newActivity,
  parseAmount,
  reportBody,
  toDraft,
} from './plan-draft';

const STORED: PlanActivity[] = [
  {
    id: 'k1',
    mainActivity: 'KU-04',
    indicator: 'Nilai SAKIP kementerian',
    baselineYear: 2024,
    baselineTarget: '78',
    baselineRealisation: '77,6',
    target: '80',
    actions: [
      {
        id: 'a1',
        text: 'Menyusun cascading kinerja',
        outputIndicator: 'Dokumen cascading',
        outputUnit: 'dokumen',
        targets: [10, 10, 5, 2.5],
        budget: [50_000_000, 0, 0, 0],
        executingUnit: 'Biro Perencanaan',
        coordinatingUnit: 'Sekretariat Jenderal',
        realised: [null, null, null, null],
      },
    ],
  },
];

describe('the plan as typed', () => {
  it('reads amounts with points between thousands or a decimal comma', () => {
    expect(parseAmount('50.000.000')).toBe(50_000_000);
    expect(parseAmount('1.250.000,5')).toBe(1_250_000.5);
    expect(parseAmount('2,5')).toBe(2.5);
    expect(parseAmount(' 12 ')).toBe(12);
    expect(parseAmount('')).toBe(0);
    expect(parseAmount('lima')).toBeNull();
    expect(parseAmount('1.2.3')).toBeNull();
  });

  it('gives back the stored plan unchanged (amounts shown as people read them)', () => {
    const drafts = toDraft(STORED);
    expect(drafts[0]?.actions[0]?.budget[0]).toBe('50.000.000');
    expect(drafts[0]?.actions[0]?.targets[3]).toBe('2,5');
    const back = fromDraft(drafts, 3);
    const withoutReports = STORED.map((x) => ({
      ...x,
      actions: x.actions.map(({ realised: _, ...action }) => action),
    }));
    expect(back).toEqual({ ok: true, body: { version: 3, activities: withoutReports } });
  });

  it("names each field's problem by its path, in the chair's words", () => {
    const fresh = newActivity(2026);
    expect(fresh.baselineYear).toBe('2025');
    const action = fresh.actions[0];
    if (!action) throw new Error('a new row has an action');
    action.targets = ['1', 'dua', '0', '0'];
    const checked = fromDraft([fresh], 0);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.get('activities.0.mainActivity')).toBe('pilih kegiatan utama');
    expect(checked.problems.get('activities.0.indicator')).toBe('terlalu pendek atau kosong');
    expect(checked.problems.get('activities.0.actions.0.targets.1')).toMatch(/isi angka/);
    expect(checked.problems.get('activities.0.actions.0.executingUnit')).toBeDefined();
  });

  it("sends a theme's rows with the problem they tackle, never a main activity", () => {
    const { mainActivity: _, ...row } = STORED[0] as PlanActivity;
    const theme = [{ ...row, problem: 'Data penerima bantuan tidak mutakhir' }];
    const back = fromDraft(toDraft(theme), 1, 'theme');
    expect(back.ok && back.body.activities[0]).toMatchObject({
      problem: 'Data penerima bantuan tidak mutakhir',
    });
    expect(back.ok && 'mainActivity' in (back.body.activities[0] ?? {})).toBe(false);
    const empty = fromDraft([newActivity(2026)], 0, 'theme');
    expect(!empty.ok && empty.problems.get('activities.0.problem')).toMatch(/masalah/);
    expect(!empty.ok && empty.problems.has('activities.0.mainActivity')).toBe(false);
  });

  it("sends a quarter's reports for the actions with an output typed", () => {
    const actions = STORED.flatMap((a) => a.actions);
    const none = reportBody(actions, new Map(), 2);
    expect(none).toMatchObject({ ok: false });
    const typed = new Map([
      [
        'a1',
        {
          ...emptyReport,
          output: '8',
          budget: '45.000.000',
          evidenceUrl: 'https://contoh.go.id/tw1.pdf',
        },
      ],
    ]);
    expect(reportBody(actions, typed, 2)).toEqual({
      ok: true,
      body: {
        version: 2,
        reports: [
          {
            actionId: 'a1',
            output: 8,
            budget: 45_000_000,
            evidence: [
              { label: 'Bukti: Menyusun cascading kinerja', url: 'https://contoh.go.id/tw1.pdf' },
            ],
            note: null,
          },
        ],
      },
    });
    const bad = reportBody(
      actions,
      new Map([['a1', { ...emptyReport, output: '8', evidenceUrl: 'bukan alamat' }]]),
      2,
    );
    expect(bad).toMatchObject({ ok: false });
    if (!bad.ok) expect(bad.problems.get('a1.evidenceUrl')).toMatch(/https/);
  });
});
