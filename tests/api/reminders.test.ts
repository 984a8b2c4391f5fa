import { join } from 'node:path';
import { openDb } from '@rapor/db/open';
import { buildApp } from '@rapor/server/app';
import { testConfig } from '@rapor/server/config';
import { dailyMails } from '@rapor/server/reminders';
import type { UsersResponse } from '@rapor/shared/write-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { SAMPLE_THEME_PLAN, withoutPlans } from '../helpers/action-plans';
import { mailHeader, startSmtp } from '../helpers/smtp';
import { demoTemplate, login, makeTestApp, sendAsTheApp, type TestApp } from '../helpers/test-app';

// Reminders of the action plans' quarter reports by e-mail (SMTP_URL): each chair whose group
// is late or due within a week, and the secretariat's daily digest — sent once a day even by
// two server processes on one database, against a local SMTP server the test starts.

describe('e-mail reminders of the action plans', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    // a group that has not drawn its 2025 plan up (the demo has every group's)
    withoutPlans(t, 2025, ['SDM']);
    smtp = await startSmtp();
    const admin = await login(t.app, 'admin');
    const { users } = (
      await t.app.inject({ url: '/api/v1/users', headers: { cookie: admin } })
    ).json() as z.infer<typeof UsersResponse>;
    const emails: Record<string, string> = {
      admin: 'sekretariat@kemensos.example',
      'chair-pws': 'pokja.pws@kemensos.example',
      'chair-akt': 'pokja.akt@kemensos.example',
    };
    for (const [username, email] of Object.entries(emails)) {
      const id = users.find((u) => u.username === username)?.id;
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/users/${id}`,
        headers: { cookie: admin },
        payload: { email },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().email).toBe(email);
    }
    const bad = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${users.find((u) => u.username === 'chair-mp')?.id}`,
      headers: { cookie: admin },
      payload: { email: 'bukan alamat' },
    });
    expect(bad.statusCode, bad.body).toBe(400);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('tells a late group’s chair what is late and where to report; an on-time chair gets nothing', () => {
    const mails = dailyMails(t.db, '2026-11-24', 'https://rapor.kemensos.example');
    const pws = mails.filter((m) => m.to === 'pokja.pws@kemensos.example');
    expect(pws).toHaveLength(1);
    // the demo's PWS reported TW I–II of 2025 only
    expect(pws[0]?.subject).toBe(
      'Rapor RB: rencana aksi PWS 2025 — laporan TW III, TW IV terlambat',
    );
    expect(pws[0]?.text).toContain('https://rapor.kemensos.example/plan/2025/PWS');
    expect(mails.some((m) => m.to === 'pokja.akt@kemensos.example')).toBe(false);
    const digest = mails.find((m) => m.to === 'sekretariat@kemensos.example');
    expect(digest?.text).toContain('- PWS Penguatan Pengawasan: laporan TW III, TW IV terlambat');
    expect(digest?.text).toContain(
      '- SDM Penataan Sistem Manajemen SDM: rencana aksi belum disusun',
    );
  });

  it('sends the day’s mails once when two server processes share the database', async () => {
    const mail = {
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      from: 'Rapor RB <rapor-rb@kemensos.example>',
      publicUrl: 'https://rapor.kemensos.example',
    };
    const handles = [openDb(t.path), openDb(t.path)];
    const apps = await Promise.all(
      handles.map((h) =>
        buildApp({
          db: h.db,
          config: testConfig({
            databasePath: t.path,
            clientDist: join(t.path, '..', 'no-client'),
            now: () => new Date('2026-11-24T03:00:00Z'),
            mail,
          }),
        }),
      ),
    );
    try {
      await Promise.all(apps.map((a) => a.ready()));
      const finished = () =>
        t.sqlite.prepare('SELECT * FROM mail_runs WHERE finished_at IS NOT NULL').all() as {
          day: string;
          sent: number;
          failed: number;
        }[];
      for (let i = 0; i < 100 && finished().length === 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(finished()).toMatchObject([{ day: '2026-11-24', sent: 2, failed: 0 }]);
      expect(smtp.received.map((m) => m.to).sort()).toEqual([
        ['pokja.pws@kemensos.example'],
        ['sekretariat@kemensos.example'],
      ]);
      const toChair = smtp.received.find((m) => m.to[0] === 'pokja.pws@kemensos.example');
      expect(mailHeader(toChair?.raw ?? '', 'subject')).toBe(
        'Rapor RB: rencana aksi PWS 2025 — laporan TW III, TW IV terlambat',
      );
      expect(mailHeader(toChair?.raw ?? '', 'from')).toContain('rapor-rb@kemensos.example');
    } finally {
      for (const a of apps) await a.close();
      for (const h of handles) h.close();
    }
  });

  it('lets the secretariat send them now, and no one else; says when e-mail is off', async () => {
    const handle = openDb(t.path);
    const app = await buildApp({
      db: handle.db,
      config: testConfig({
        databasePath: t.path,
        clientDist: join(t.path, '..', 'no-client'),
        now: () => new Date('2026-11-24T05:00:00Z'),
        mail: {
          smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
          from: 'Rapor RB <rapor-rb@kemensos.example>',
          publicUrl: 'https://rapor.kemensos.example',
        },
      }),
    });
    sendAsTheApp(app);
    try {
      await app.ready();
      const before = smtp.received.length;
      const send = (cookie?: string) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/reminders/send',
          ...(cookie && { headers: { cookie } }),
        });
      expect((await send()).statusCode).toBe(401);
      expect((await send(await login(app, 'chair-pws'))).statusCode).toBe(403);
      expect((await send(await login(app, 'evaluator'))).statusCode).toBe(403);
      const sent = await send(await login(app, 'admin'));
      expect(sent.statusCode, sent.body).toBe(200);
      expect(sent.json()).toEqual({ sent: 2, failed: 0 });
      expect(smtp.received.length - before).toBe(2);
    } finally {
      await app.close();
      handle.close();
    }
    const off = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reminders/send',
      headers: { cookie: await login(t.app, 'admin') },
    });
    expect(off.statusCode).toBe(409);
    expect(off.json().error.message).toContain('SMTP_URL');
  });

  it('tells the chair of a group leading a theme about the theme plan’s late reports too', async () => {
    // AKT is on time with its own plan; it leads inflation control (INF), whose plan reports nothing
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/periods/2025/themes/INF/action-plan',
      headers: { cookie: await login(t.app, 'chair-akt') },
      payload: { version: 0, activities: SAMPLE_THEME_PLAN },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const mails = dailyMails(t.db, '2026-11-24', 'https://rapor.kemensos.example');
    const akt = mails.filter((m) => m.to === 'pokja.akt@kemensos.example');
    expect(akt.map((m) => m.subject)).toEqual([
      'Rapor RB: rencana aksi tema INF 2025 — laporan TW I, TW II, TW III, TW IV terlambat',
    ]);
    expect(akt[0]?.text).toContain('https://rapor.kemensos.example/plan/2025/tema/INF');
    const digest = mails.find((m) => m.to === 'sekretariat@kemensos.example');
    expect(digest?.text).toContain(
      '- tema INF Pengendalian inflasi (AKT): laporan TW I, TW II, TW III, TW IV terlambat',
    );
    // the themes not drawn up are not listed
    expect(digest?.text).not.toContain('tema KMS');
  });
});
