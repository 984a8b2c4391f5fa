import { type Tx, writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import { deckSlides, slideKey } from '@rapor/shared/forum';
import type { Deck, ForumAgenda } from '@rapor/shared/forum-schemas';

/** An agenda as the route has parsed it (its notes filled in when not sent). */
type Agenda = Pick<ForumAgenda, 'version' | 'order' | 'hidden' | 'notes'>;

import { and, eq } from 'drizzle-orm';
import { ValidationError } from '../../errors';
import { authorize, upsertVersioned, type WriteContext } from '../evaluation/write-guard';
import { findPeriod, type Reader } from '../evaluation/year-data';

// A forum's agenda: the order of its deck's slides and those hidden, per deck (the live one,
// or a numbered snapshot), kept beside the snapshot so its frozen data and hash stay as they are.

const where = (year: number, snapshot: number | undefined) =>
  and(eq(t.forumAgendas.year, year), eq(t.forumAgendas.snapshot, snapshot ?? 0));

const keys = (json: string): string[] => {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.map(String) : [];
};

const notesOf = (json: string): Record<string, string> => {
  const parsed: unknown = JSON.parse(json);
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
    ? Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]))
    : {};
};

/** The agenda of a deck; a deck without one has its slides as built (version 0). */
export function getAgenda(db: Reader, year: number, snapshot: number | undefined): ForumAgenda {
  findPeriod(db, year);
  const row = db
    .select({ a: t.forumAgendas, by: t.users.displayName })
    .from(t.forumAgendas)
    .leftJoin(t.users, eq(t.users.id, t.forumAgendas.updatedBy))
    .where(where(year, snapshot))
    .get();
  return {
    year,
    snapshot: snapshot ?? null,
    version: row?.a.version ?? 0,
    order: row ? keys(row.a.order) : [],
    hidden: row ? keys(row.a.hidden) : [],
    notes: row ? notesOf(row.a.notes) : {},
    updatedAt: row?.a.updatedAt ?? null,
    by: row?.by ?? null,
  };
}

/**
 * Sets a deck's agenda: every key one of the deck's slides, at least one slide shown; the
 * version read must be the current one (0 for the first); audited with what it was.
 */
export function saveAgenda(ctx: WriteContext, deck: Deck, body: Agenda): ForumAgenda {
  const year = deck.year;
  const snapshot = deck.snapshot?.number;
  const known = new Set(deckSlides(deck).map(slideKey));
  const unknown = [...body.order, ...body.hidden, ...Object.keys(body.notes)].filter(
    (key) => !known.has(key),
  );
  if (unknown.length > 0)
    throw new ValidationError(`Slide ini tidak ada di presentasi: ${unknown.join(', ')}.`, {
      unknown,
    });
  if ([...known].every((key) => body.hidden.includes(key)))
    throw new ValidationError('Sisakan sedikitnya satu slide yang ditampilkan.');

  writeTransaction(ctx.db, (tx) => {
    findPeriod(tx, year);
    authorize(ctx.actor, 'forum.arrange', {});
    // a note emptied is the deck's own again: not kept
    const notes = Object.fromEntries(Object.entries(body.notes).filter(([, text]) => text));
    upsertVersioned<typeof t.forumAgendas, typeof t.forumAgendas.$inferSelect>(
      tx,
      ctx,
      t.forumAgendas,
      where(year, snapshot),
      {
        version: body.version,
        key: { year, snapshot: snapshot ?? 0 },
        set: {
          order: JSON.stringify(body.order),
          hidden: JSON.stringify(body.hidden),
          notes: JSON.stringify(notes),
          updatedAt: ctx.now.toISOString(),
          updatedBy: ctx.actor.id,
        },
        audit: {
          entity: 'forum_agenda',
          entityId: `${year}#${snapshot ?? 'live'}`,
          scope: String(year),
          describe: (row) => ({
            order: keys(row.order),
            hidden: keys(row.hidden),
            notes: notesOf(row.notes),
          }),
          after: { order: body.order, hidden: body.hidden, notes },
        },
      },
    );
  });
  return getAgenda(ctx.db, year, snapshot);
}

/** A new snapshot starts with the live deck's agenda, as the secretariat arranged it. */
export function agendaFromLive(tx: Tx, year: number, snapshot: number): void {
  const live = tx.select().from(t.forumAgendas).where(where(year, undefined)).get();
  if (!live) return;
  tx.insert(t.forumAgendas)
    .values({ ...live, id: undefined, snapshot, version: 1 })
    .run();
}
