import type { AreaCode, LocalizedText } from './areas';
import type { ActionPlansOverview } from './schemas/action-plans';

// A year's plans as the people who keep them see them: each working group's own, and each RB
// Tematik theme's, kept by the group that leads the theme. Reminders, the header and the board
// go through this list so a theme's late report is told like a group's.

type Brief = ActionPlansOverview['areas'][number];

export interface KeptPlan {
  /** the group's code ("MP") or "T.<theme>" ("T.KMS") */
  key: string;
  /** the group that keeps it */
  area: AreaCode;
  theme: ActionPlansOverview['themes'][number]['theme'] | null;
  version: Brief['version'];
  progress: Brief['progress'];
  /** how a sentence names it: "MP", "tema KMS" */
  label: LocalizedText;
}

/** Whose plan, as one word: the group's code ("MP"), or "T.<theme>" ("T.KMS") for a theme's. */
export function planOwnerKey(plan: { area: string; theme?: { code: string } | null }): string {
  return plan.theme ? `T.${plan.theme.code}` : plan.area;
}

/** Every plan of the year: the groups' in the areas' order, then the themes'. */
export function keptPlans(overview: Pick<ActionPlansOverview, 'areas' | 'themes'>): KeptPlan[] {
  return [
    ...overview.areas.map((a) => ({
      key: a.area,
      area: a.area,
      theme: null,
      version: a.version,
      progress: a.progress,
      label: { id: a.area, en: a.area },
    })),
    ...overview.themes.map((x) => ({
      key: planOwnerKey({ area: x.theme.area, theme: x.theme }),
      area: x.theme.area,
      theme: x.theme,
      version: x.version,
      progress: x.progress,
      label: { id: `tema ${x.theme.code}`, en: `theme ${x.theme.code}` },
    })),
  ];
}

/** Where a plan's page is, under the app's root: "/plan/2025/MP", "/plan/2025/tema/KMS". */
export function planPath(year: number, plan: Pick<KeptPlan, 'area' | 'theme'>): string {
  return plan.theme ? `/plan/${year}/tema/${plan.theme.code}` : `/plan/${year}/${plan.area}`;
}
