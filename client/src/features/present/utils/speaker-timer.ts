// The presenter window's clocks: how long each speaker has had the floor (each area's chair in
// turn; the opening and the closing are the secretariat's) and the forum as a whole, with a
// pause for a break. Pure: the window feeds it the time.

/** Whose part of the deck a slide belongs to: an area's code, or the opening and closing. */
export type Section = string;

export interface SpeakerTimer {
  /** milliseconds each section has been on screen while running, up to `since` */
  spent: Readonly<Record<Section, number>>;
  section: Section;
  /** when the current stretch began; null while paused */
  since: number | null;
}

export const startTimer = (section: Section, now: number): SpeakerTimer => ({
  spent: {},
  section,
  since: now,
});

/** Closes the current stretch: its time goes to the section that had the floor. */
function settle(timer: SpeakerTimer, now: number): SpeakerTimer['spent'] {
  if (timer.since === null) return timer.spent;
  const before = timer.spent[timer.section] ?? 0;
  return { ...timer.spent, [timer.section]: before + Math.max(0, now - timer.since) };
}

/** The deck moved: from now on the time is the new section's (the same one: nothing changes). */
export function moveTo(timer: SpeakerTimer, section: Section, now: number): SpeakerTimer {
  if (section === timer.section) return timer;
  return {
    spent: settle(timer, now),
    section,
    since: timer.since === null ? null : now,
  };
}

export function togglePause(timer: SpeakerTimer, now: number): SpeakerTimer {
  return timer.since === null
    ? { ...timer, since: now }
    : { ...timer, spent: settle(timer, now), since: null };
}

/** The time of one section so far (the current one counts up to `now`). */
export function sectionTime(timer: SpeakerTimer, section: Section, now: number): number {
  const spent = timer.spent[section] ?? 0;
  return section === timer.section && timer.since !== null ? spent + (now - timer.since) : spent;
}

/** The forum's running time: every section's, pauses left out. */
export function totalTime(timer: SpeakerTimer, now: number): number {
  return Object.values(settle(timer, now)).reduce((a, b) => a + b, 0);
}

/** mm:ss, or h:mm:ss past an hour. */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(seconds % 60)}` : `${pad(m)}:${pad(seconds % 60)}`;
}
