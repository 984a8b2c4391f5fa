import { writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import type { Deck } from '@rapor/shared/forum-schemas';
import { reportDrafts } from '@rapor/shared/report-draft';
import {
  REPORT_SECTIONS,
  ReportLetter,
  type ReportSection,
  type ReportSettings,
} from '@rapor/shared/report-schemas';
import { eq } from 'drizzle-orm';
import { authorize, upsertVersioned, type WriteContext } from '../evaluation/write-guard';
import { findPeriod, type Reader } from '../evaluation/year-data';

// The evaluation report's letter and narrative, per year: what the secretariat entered, kept
// in its own versioned row; the numbers always come from the deck when the file is made.

/** What a year's letter holds before the secretariat has filled it in. */
export const BLANK_LETTER: ReportLetter = {
  number: '',
  date: null,
  nature: 'Biasa',
  attachments: '1 (satu) berkas',
  subject: '',
  addressee: 'Menteri',
  signatory: { name: '', title: 'Inspektur Jenderal', nip: '' },
  copies: [],
  assignment: { number: '', date: null, period: '' },
  team: { controller: '', lead: '', members: [] },
};

const narrativeOf = (json: string): Partial<Record<ReportSection, string>> => {
  const parsed: unknown = JSON.parse(json);
  if (!parsed || typeof parsed !== 'object') return {};
  return Object.fromEntries(
    Object.entries(parsed).filter(
      ([key, text]) =>
        (REPORT_SECTIONS as readonly string[]).includes(key) && typeof text === 'string',
    ),
  );
};

/** The year's report settings, with each section as drafted from `deck` now. */
export function getReport(db: Reader, deck: Deck, ministry: string): ReportSettings {
  findPeriod(db, deck.year);
  const row = db
    .select({ r: t.reportLetters, by: t.users.displayName })
    .from(t.reportLetters)
    .leftJoin(t.users, eq(t.users.id, t.reportLetters.updatedBy))
    .where(eq(t.reportLetters.year, deck.year))
    .get();
  return {
    year: deck.year,
    version: row?.r.version ?? 0,
    letter: row ? ReportLetter.parse(JSON.parse(row.r.letter)) : BLANK_LETTER,
    narrative: row ? narrativeOf(row.r.narrative) : {},
    drafts: reportDrafts(deck, ministry),
    updatedAt: row?.r.updatedAt ?? null,
    by: row?.by ?? null,
  };
}

/** Each section as the file prints it: the secretariat's text where it wrote one, else the draft. */
export function reportNarrative(settings: ReportSettings): Record<ReportSection, string> {
  return Object.fromEntries(
    REPORT_SECTIONS.map((key) => [key, settings.narrative[key] || settings.drafts[key]]),
  ) as Record<ReportSection, string>;
}

/**
 * Stores the year's letter and narrative: the version read must be the current one (0 for the
 * first); audited with what it was. An emptied section is drafted again, so it is not kept.
 */
export function saveReport(
  ctx: WriteContext,
  year: number,
  body: {
    version: number;
    letter: ReportLetter;
    narrative: Partial<Record<ReportSection, string>>;
  },
): void {
  writeTransaction(ctx.db, (tx) => {
    findPeriod(tx, year);
    authorize(ctx.actor, 'report.edit', {});
    const narrative = Object.fromEntries(Object.entries(body.narrative).filter(([, text]) => text));
    upsertVersioned<typeof t.reportLetters, typeof t.reportLetters.$inferSelect>(
      tx,
      ctx,
      t.reportLetters,
      eq(t.reportLetters.year, year),
      {
        version: body.version,
        key: { year },
        set: {
          letter: JSON.stringify(body.letter),
          narrative: JSON.stringify(narrative),
          updatedAt: ctx.now.toISOString(),
          updatedBy: ctx.actor.id,
        },
        audit: {
          entity: 'report_letter',
          entityId: String(year),
          scope: String(year),
          describe: (row) => ({
            letter: JSON.parse(row.letter),
            narrative: narrativeOf(row.narrative),
          }),
          after: { letter: body.letter, narrative },
        },
      },
    );
  });
}
