import { type Db, writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import { QUARTER_LABEL, quarterList } from '@rapor/shared/action-plan';
import { areaName } from '@rapor/shared/areas';
import { formatDate } from '@rapor/shared/format';
import { keptPlans, planPath } from '@rapor/shared/plan-owners';
import { and, eq, isNotNull, ne } from 'drizzle-orm';
import { areasOfUser } from '../../auth/session-store';
import { listActionPlans } from '../evaluation/action-plans';

// E-mail reminders of the action plans' quarterly reports: each chair whose group has a report
// late or due within a week, and the secretariat's daily digest of every group. Sent once a
// day: the first server process to claim the day in mail_runs sends them.

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Something that sends a mail (nodemailer's transport, or a test's). */
export interface MailSender {
  sendMail(mail: Mail & { from: string }): Promise<unknown>;
}

/** A report counts as due soon within this many days of its deadline. */
const DUE_SOON_DAYS = 7;

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function recipients(db: Db, role: 'chair' | 'admin') {
  return db
    .select({ id: t.users.id, email: t.users.email, name: t.users.displayName })
    .from(t.users)
    .where(and(eq(t.users.role, role), eq(t.users.active, true), isNotNull(t.users.email)))
    .all()
    .flatMap((u) => (u.email ? [{ ...u, email: u.email }] : []));
}

/** What each chair and the secretariat are told on `today` about the years not closed. */
export function dailyMails(db: Db, today: string, publicUrl: string): Mail[] {
  const years = db
    .select({ year: t.periods.year })
    .from(t.periods)
    .where(ne(t.periods.state, 'closed'))
    .all()
    .map((p) => p.year);
  const chairs = recipients(db, 'chair').map((c) => ({ ...c, areas: areasOfUser(db, c.id) }));
  const mails: Mail[] = [];
  const digest: string[] = [];
  const soon = addDays(today, DUE_SOON_DAYS);
  for (const year of years) {
    digest.push(`Rencana aksi ${year} (${publicUrl}/overview?year=${year}):`);
    // each group's own plan, then the themes' (a theme not drawn up is not the digest's news)
    for (const plan of keptPlans(listActionPlans(db, year, today))) {
      if (plan.theme && plan.version === 0) continue;
      const area = plan.area;
      const name = plan.theme
        ? `tema ${plan.theme.code} ${plan.theme.name.id} (${area})`
        : `${area} ${areaName(area).id}`;
      const late = plan.progress.lateQuarters;
      const due = plan.progress.quarters.filter(
        (q) => q.state === 'open' && q.deadline >= today && q.deadline <= soon,
      );
      digest.push(
        `- ${name}: ${
          plan.progress.standing === 'empty'
            ? 'rencana aksi belum disusun'
            : late.length > 0
              ? `laporan ${quarterList(late)} terlambat`
              : 'tidak ada laporan terlambat'
        }`,
      );
      if (late.length === 0 && due.length === 0) continue;
      const lines = [
        ...(late.length > 0 ? [`Laporan ${quarterList(late)} sudah lewat tenggatnya.`] : []),
        ...due.map(
          (q) =>
            `Laporan ${QUARTER_LABEL[q.quarter]} jatuh tempo ${formatDate(q.deadline, 'id')} (${q.reported} dari ${q.of} aksi sudah dilaporkan).`,
        ),
        '',
        `Laporkan di ${publicUrl}${planPath(year, plan)}`,
      ];
      for (const chair of chairs.filter((c) => c.areas.includes(area))) {
        mails.push({
          to: chair.email,
          subject: `Rapor RB: rencana aksi ${plan.label.id} ${year} — ${
            late.length > 0
              ? `laporan ${quarterList(late)} terlambat`
              : 'laporan segera jatuh tempo'
          }`,
          text: [`Yth. ${chair.name},`, '', ...lines].join('\n'),
        });
      }
    }
  }
  if (years.length > 0) {
    for (const admin of recipients(db, 'admin')) {
      mails.push({
        to: admin.email,
        subject: `Rapor RB: ringkasan rencana aksi ${formatDate(today, 'id')}`,
        text: [`Yth. ${admin.name},`, '', ...digest].join('\n'),
      });
    }
  }
  return mails;
}

export type MailSettings = { from: string; publicUrl: string };
export type MailRun = { claimed: boolean; sent: number; failed: number };

/**
 * Sends `today`'s reminders once: claims (today, 'plan-reminders') in mail_runs, sends, and
 * records how many went and why any failed. A process that finds the day claimed sends
 * nothing; a day with nothing to send is not claimed (a plan may fall late later that day).
 */
export function sendDailyMails(
  db: Db,
  sender: MailSender,
  mail: MailSettings,
  today: string,
  now: Date,
): Promise<MailRun> {
  return sendRun(db, sender, mail, today, 'plan-reminders', now);
}

/** The secretariat sends the reminders as they stand now, whatever the day's run did. */
export function sendRemindersNow(
  db: Db,
  sender: MailSender,
  mail: MailSettings,
  today: string,
  now: Date,
) {
  return sendRun(db, sender, mail, today, `manual ${now.toISOString()}`, now);
}

async function sendRun(
  db: Db,
  sender: MailSender,
  mail: MailSettings,
  today: string,
  kind: string,
  now: Date,
): Promise<MailRun> {
  const messages = dailyMails(db, today, mail.publicUrl);
  if (messages.length === 0) return { claimed: false, sent: 0, failed: 0 };
  const claimed = writeTransaction(db, (tx) => {
    const inserted = tx
      .insert(t.mailRuns)
      .values({ day: today, kind, claimedAt: now.toISOString() })
      .onConflictDoNothing()
      .run();
    return inserted.changes === 1;
  });
  if (!claimed) return { claimed: false, sent: 0, failed: 0 };
  let sent = 0;
  let failed = 0;
  let error: string | null = null;
  for (const message of messages) {
    try {
      await sender.sendMail({ ...message, from: mail.from });
      sent++;
    } catch (err) {
      failed++;
      error = err instanceof Error ? err.message : String(err);
    }
  }
  db.update(t.mailRuns)
    .set({ finishedAt: new Date().toISOString(), sent, failed, error })
    .where(and(eq(t.mailRuns.day, today), eq(t.mailRuns.kind, kind)))
    .run();
  return { claimed: true, sent, failed };
}
