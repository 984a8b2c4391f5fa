import { AREA_CODES } from '@rapor/shared/areas';
import { deckSlides } from '@rapor/shared/forum';
import { slideNotes } from '@rapor/shared/forum-notes';
import { Deck, type Direction, SnapshotSummary } from '@rapor/shared/forum-schemas';
import { DashboardSummary } from '@rapor/shared/schemas';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// The forum through the API: the deck built from the data, frozen snapshots that later edits
// cannot change, and the minister's directions captured at the forum.

let template: string;
beforeAll(async () => {
  template = await demoTemplate();
}, 60_000);

const direction = (over: Record<string, unknown> = {}) => ({
  clientId: crypto.randomUUID(),
  area: 'SDM',
  text: 'Tuntaskan redistribusi pegawai ke unit layanan',
  owner: 'Biro Organisasi dan SDM',
  dueDate: '2025-06-30',
  ...over,
});

describe('the forum deck', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await makeTestApp({ from: template });
    admin = await login(t.app, 'admin');
  });
  afterAll(() => t.close());

  const deck = async (url: string, cookie = admin) => {
    const res = await t.app.inject({ url, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return Deck.parse(res.json());
  };

  it('carries the summary of every year up to its own, and each area in official order', async () => {
    const d = await deck('/api/v1/periods/2024/deck');
    const summary = DashboardSummary.parse(
      (await t.app.inject({ url: '/api/v1/dashboard/summary?to=2024' })).json(),
    );
    expect(d.snapshot).toBeNull();
    expect(d.trend.map((y) => y.year)).toEqual(summary.years.map((y) => y.year));
    expect(d.trend.map((y) => y.index)).toEqual(summary.years.map((y) => y.index));
    expect(d.index).toBe(summary.years.at(-1)?.index);
    expect(d.areas.map((a) => a.code)).toEqual([...AREA_CODES]);
    const last = summary.years.at(-1);
    for (const area of d.areas) {
      const same = last?.areas.find((a) => a.code === area.code);
      expect(area.percent).toBe(same?.percent);
      expect(area.history.at(-1)?.percent).toBe(same?.percent);
      expect(area.chair).toBeTruthy();
    }
    // the 2014 → 2020 → 2023 method changes lie inside the trend
    expect(new Set(d.trend.map((y) => y.method)).size).toBe(3);
  });

  it('writes achievement figures in Indonesian: a decimal comma, never a dot', async () => {
    const metrics: string[] = [];
    for (const year of [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]) {
      const d = await deck(`/api/v1/periods/${year}/deck`);
      for (const a of d.areas)
        for (const x of a.achievements) metrics.push(x.title, x.metric ?? '');
    }
    expect(metrics.some((m) => /^Maturitas SPIP: \d+,\d+ level$/.test(m))).toBe(true);
    expect(metrics.filter((m) => /\d\.\d/.test(m))).toEqual([]);
  });

  it("shows the areas' sub-components: a 2019 area branch splits into its parts", async () => {
    const d = await deck('/api/v1/periods/2019/deck');
    const sdm = d.areas.find((a) => a.code === 'SDM');
    expect(sdm?.parts).toHaveLength(8);
    expect(sdm?.parts.reduce((s, p) => s + p.max, 0)).toBeCloseTo(15, 6);
  });

  it('closes with the follow-up rate of earlier recommendations', async () => {
    const d = await deck('/api/v1/periods/2024/deck');
    const all = (
      await t.app.inject({ url: '/api/v1/recommendations', headers: { cookie: admin } })
    ).json().recommendations as { year: number; status: string }[];
    const earlier = all.filter((r) => r.year < 2024);
    const done = earlier.filter((r) => r.status === 'done').length;
    const dropped = earlier.filter((r) => r.status === 'dropped').length;
    expect(d.closing.followUp).toEqual({
      done,
      dropped,
      total: earlier.length,
      rate: Math.round((10_000 * done) / (earlier.length - dropped)) / 100,
    });
    expect(d.closing.issued).toBe(all.filter((r) => r.year === 2024).length);
  });

  it('gives every number rounded to the cent, the bars adding up to their area, also after an item stops applying', async () => {
    const twoDecimals = (value: unknown, path: string, bad: string[]) => {
      if (typeof value === 'number' && Math.abs(value * 100 - Math.round(value * 100)) > 1e-6)
        bad.push(`${path} = ${value}`);
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) twoDecimals(v, `${path}.${k}`, bad);
    };
    const check = async (year: number) => {
      const d = await deck(`/api/v1/periods/${year}/deck`);
      const bad: string[] = [];
      twoDecimals(d.areas, `${year}.areas`, bad);
      expect(bad).toEqual([]);
      for (const area of d.areas) {
        const cents = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x * 100, 0));
        expect(cents(area.parts.map((p) => p.points)), `${year} ${area.code}`).toBe(
          Math.round(area.points * 100),
        );
        expect(cents(area.parts.map((p) => p.max)), `${year} ${area.code}`).toBe(
          Math.round(area.max * 100),
        );
      }
    };
    for (const year of [2019, 2021, 2024, 2025]) await check(year);
    const excluded = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/periods/2025/not-applicable/B.H.10',
      headers: { cookie: admin },
      payload: { reason: 'Tidak berlaku bagi kementerian ini tahun ini' },
    });
    expect(excluded.statusCode, excluded.body).toBe(200);
    await check(2025);
  });

  it("shows the last forum's directions on next year's deck: the demo's 2024 ones on 2025", async () => {
    const d = await deck('/api/v1/periods/2025/deck');
    const yan = d.areas.find((a) => a.code === 'YAN')?.directions ?? [];
    expect(yan.map((x) => [x.year, x.status])).toEqual([[2024, 'open']]);
    expect(d.closing.directions.map((x) => x.year)).toEqual([2024]);
    // the 2018 forum's directions are done and older than the last forum: not shown again
    expect(d.areas.flatMap((a) => a.directions).some((x) => x.year === 2018)).toBe(false);
  });

  it('is readable by every signed-in role and refused to anonymous callers', async () => {
    for (const user of ['leader', 'chair-sdm', 'evaluator']) {
      await deck('/api/v1/periods/2024/deck', await login(t.app, user));
    }
    expect((await t.app.inject({ url: '/api/v1/periods/2024/deck' })).statusCode).toBe(401);
    const missing = await t.app.inject({
      url: '/api/v1/periods/2031/deck',
      headers: { cookie: admin },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
  });
});

describe('frozen snapshots', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await makeTestApp({ from: template });
    admin = await login(t.app, 'admin');
  });
  afterAll(() => t.close());

  const freeze = async (year: number, note?: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/periods/${year}/snapshots`,
      headers: { cookie: admin },
      payload: note ? { note } : {},
    });
    expect(res.statusCode, res.body).toBe(201);
    return SnapshotSummary.parse(res.json());
  };

  it('are numbered per year, and later edits never change what they show', async () => {
    const first = await freeze(2025, 'Untuk forum 2025');
    expect(first).toMatchObject({ year: 2025, number: 1, note: 'Untuk forum 2025' });
    const frozen = Deck.parse(
      (
        await t.app.inject({
          url: '/api/v1/periods/2025/deck?snapshot=1',
          headers: { cookie: admin },
        })
      ).json(),
    );
    expect(frozen.snapshot).toMatchObject({ number: 1, sha256: first.sha256 });
    expect(frozen.asOf).toBe(first.createdAt);

    // the secretariat changes MP's target after the freeze
    const mp = (
      await t.app.inject({ url: '/api/v1/periods/2025/areas/MP', headers: { cookie: admin } })
    ).json();
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/periods/2025/areas/MP',
      headers: { cookie: admin },
      payload: { version: mp.version, target: 1.5 },
    });
    expect(put.statusCode, put.body).toBe(200);

    const live = Deck.parse(
      (await t.app.inject({ url: '/api/v1/periods/2025/deck', headers: { cookie: admin } })).json(),
    );
    const again = Deck.parse(
      (
        await t.app.inject({
          url: '/api/v1/periods/2025/deck?snapshot=1',
          headers: { cookie: admin },
        })
      ).json(),
    );
    const target = (d: Deck) => d.areas.find((a) => a.code === 'MP')?.target;
    expect(target(live)).toBe(1.5);
    expect(target(again)).toBe(target(frozen));
    expect(target(again)).not.toBe(1.5);
    expect(again).toEqual(frozen);

    const second = await freeze(2025);
    expect(second.number).toBe(2);
    const list = (
      await t.app.inject({ url: '/api/v1/periods/2025/snapshots', headers: { cookie: admin } })
    ).json().snapshots;
    expect(list.map((s: SnapshotSummary) => s.number)).toEqual([1, 2]);
  });

  it('cannot be changed or removed even from inside the database', async () => {
    await freeze(2024);
    expect(() => t.sqlite.prepare(`UPDATE deck_snapshots SET data = '{}'`).run()).toThrow(
      /immutable/,
    );
    expect(() => t.sqlite.prepare('DELETE FROM deck_snapshots').run()).toThrow(/immutable/);
  });

  it('says so on every surface when a snapshot was changed behind the guard (its fingerprint is checked on every read)', async () => {
    const frozen = await freeze(2023, 'sebelum diubah');
    expect(frozen.intact).toBe(true);
    // someone with the database file removes the guard and changes the index the forum sees
    t.sqlite.exec('DROP TRIGGER deck_snapshots_no_update');
    t.sqlite
      .prepare(
        "UPDATE deck_snapshots SET data = json_set(data, '$.index', 99.99) WHERE year = 2023 AND number = ?",
      )
      .run(frozen.number);
    const get = (url: string) => t.app.inject({ url, headers: { cookie: admin } });
    const deck = Deck.parse(
      (await get(`/api/v1/periods/2023/deck?snapshot=${frozen.number}`)).json(),
    );
    expect(deck.snapshot).toMatchObject({ number: frozen.number, intact: false });
    const list = (await get('/api/v1/periods/2023/snapshots')).json().snapshots;
    expect(list.find((x: SnapshotSummary) => x.number === frozen.number).intact).toBe(false);

    const pptx = await JSZip.loadAsync(
      (await get(`/api/v1/periods/2023/export.pptx?snapshot=${frozen.number}`)).rawPayload,
    );
    const slides = await Promise.all(
      Object.keys(pptx.files)
        .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
        .map((f) => pptx.file(f)?.async('string') ?? ''),
    );
    expect(slides.every((x) => x.includes('PERINGATAN: isi salinan ini tidak cocok'))).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await get(`/api/v1/periods/2023/export.xlsx?snapshot=${frozen.number}`))
        .rawPayload as unknown as ArrayBuffer,
    );
    const moment = book
      .getWorksheet('Ringkasan')
      ?.getRows(1, 5)
      ?.find((r) => r.getCell(1).value === 'Keadaan per');
    expect(String(moment?.getCell(2).value)).toContain('PERINGATAN');
    // an untouched snapshot stays intact
    const other = await freeze(2022);
    expect(
      Deck.parse((await get(`/api/v1/periods/2022/deck?snapshot=${other.number}`)).json()).snapshot
        ?.intact,
    ).toBe(true);
  });

  it('reads a snapshot frozen before standings were stored (format 1) with the same rules, every number unchanged', async () => {
    const live = Deck.parse(
      (await t.app.inject({ url: '/api/v1/periods/2025/deck', headers: { cookie: admin } })).json(),
    );
    // what a snapshot stored before DECK_FORMAT 2: no format, standings, area counts or methods
    const {
      format: _f,
      standing: _s,
      shownPredicate: _p,
      snapshot: _n,
      versionChanged: _v,
      ...rest
    } = live;
    const old = {
      ...rest,
      snapshot: null,
      trend: live.trend.map(({ standing: _a, shownPredicate: _b, ...y }) => y),
      areas: live.areas.map(({ standing: _a, answered: _b, total: _c, ...a }) => ({
        ...a,
        history: a.history.map(({ method: _m, standing: _d, ...h }) => h),
      })),
    };
    const data = JSON.stringify(old);
    t.sqlite
      .prepare(
        "INSERT INTO deck_snapshots (year, number, created_at, note, data, sha256) VALUES (2025, 90, '2025-03-01T02:00:00.000Z', 'lama', ?, 'x')",
      )
      .run(data);
    const res = await t.app.inject({
      url: '/api/v1/periods/2025/deck?snapshot=90',
      headers: { cookie: admin },
    });
    expect(res.statusCode, res.body).toBe(200);
    const read = Deck.parse(res.json());
    expect(read).toMatchObject({
      format: 5,
      standing: 'incomplete',
      shownPredicate: null,
      versionChanged: false,
    });
    expect(read.index).toBe(live.index);
    expect(read.trend.map((y) => [y.year, y.index, y.standing])).toEqual(
      live.trend.map((y) => [y.year, y.index, y.standing]),
    );
    for (const a of read.areas) {
      const now = live.areas.find((x) => x.code === a.code);
      expect(a.standing, a.code).toBe(now?.standing);
      expect(a.answered, a.code).toBeNull();
      expect(a.history.map((h) => [h.percent, h.method, h.standing])).toEqual(
        now?.history.map((h) => [h.percent, h.method, h.standing]),
      );
    }
  });

  it("carries the index's components and the outcome figures; a format-3 snapshot takes its components from the summary frozen beside it", async () => {
    const live = Deck.parse(
      (await t.app.inject({ url: '/api/v1/periods/2024/deck', headers: { cookie: admin } })).json(),
    );
    const summary = (
      await t.app.inject({
        url: '/api/v1/dashboard/summary?from=2024&to=2024',
        headers: { cookie: admin },
      })
    ).json().years[0];
    // the same components and RB General as the overview's, never recomputed
    expect(live.components).toEqual(summary.components);
    expect(live.general).toEqual(summary.general);
    expect(live.general?.components.length).toBeGreaterThan(0);
    const outcomes = (
      await t.app.inject({ url: '/api/v1/outcomes?to=2024', headers: { cookie: admin } })
    ).json().outcomes;
    expect(live.outcomes).toEqual(outcomes);
    expect(Math.max(...(live.outcomes ?? []).map((o) => o.year))).toBe(2024);
    expect(deckSlides(live).map((s) => s.kind)).toEqual(
      expect.arrayContaining(['areas', 'components', 'outcomes']),
    );

    // a snapshot stored as format 3 (no components, no outcomes) with its workbook's summary
    const { components: _c, general: _g, outcomes: _o, snapshot: _n, ...rest } = live;
    t.sqlite
      .prepare(
        "INSERT INTO deck_snapshots (year, number, created_at, note, data, sha256) VALUES (2024, 92, '2025-03-01T02:00:00.000Z', 'format 3', ?, 'x')",
      )
      .run(JSON.stringify({ ...rest, format: 3, snapshot: null, workbook: { summary } }));
    const read = Deck.parse(
      (
        await t.app.inject({
          url: '/api/v1/periods/2024/deck?snapshot=92',
          headers: { cookie: admin },
        })
      ).json(),
    );
    expect(read).toMatchObject({ format: 5, components: live.components, general: live.general });
    // the outcome figures were not frozen with it: today's are never shown in its name
    expect(read.outcomes).toBeNull();
    expect(deckSlides(read).map((s) => s.kind)).not.toContain('outcomes');
    expect(deckSlides(read).map((s) => s.kind)).toContain('components');
  });

  it('a version change within one method (2020 → 2021) is a note on the live deck, the PowerPoint and a format-2 snapshot', async () => {
    const live = Deck.parse(
      (await t.app.inject({ url: '/api/v1/periods/2021/deck', headers: { cookie: admin } })).json(),
    );
    expect(live).toMatchObject({
      framework: 'pmprb-2021',
      methodChanged: false,
      versionChanged: true,
    });
    const next = Deck.parse(
      (await t.app.inject({ url: '/api/v1/periods/2022/deck', headers: { cookie: admin } })).json(),
    );
    expect(next.versionChanged).toBe(false);
    expect(
      slideNotes(live, { kind: 'overview' })
        .map((n) => n.id)
        .join(' '),
    ).toContain('versi kerangka berubah');

    const { versionChanged: _v, snapshot: _n, ...rest } = live;
    t.sqlite
      .prepare(
        "INSERT INTO deck_snapshots (year, number, created_at, note, data, sha256) VALUES (2021, 91, '2022-03-01T02:00:00.000Z', 'format 2', ?, 'x')",
      )
      .run(JSON.stringify({ ...rest, format: 2, snapshot: null }));
    const read = Deck.parse(
      (
        await t.app.inject({
          url: '/api/v1/periods/2021/deck?snapshot=91',
          headers: { cookie: admin },
        })
      ).json(),
    );
    expect(read).toMatchObject({ format: 5, versionChanged: true, index: live.index });

    const pptx = await t.app.inject({
      url: '/api/v1/periods/2021/export.pptx',
      headers: { cookie: admin },
    });
    const zip = await JSZip.loadAsync(pptx.rawPayload);
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string') ?? ''),
    );
    expect(slides.join(' ')).toContain('Versi kerangka berubah tahun ini (pmprb-2021)');
  });

  it('answers 404 for a snapshot that does not exist and is audited when made', async () => {
    const res = await t.app.inject({
      url: '/api/v1/periods/2023/deck?snapshot=7',
      headers: { cookie: admin },
    });
    expect(res.statusCode).toBe(404);
    const audit = (
      await t.app.inject({
        url: '/api/v1/audit?entity=deck_snapshot',
        headers: { cookie: admin },
      })
    ).json().entries;
    expect(audit.length).toBeGreaterThan(0);
  });
});

describe("the minister's directions", () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await makeTestApp({ from: template });
    admin = await login(t.app, 'admin');
  });
  afterAll(() => t.close());

  const capture = (body: object, cookie = admin, year = 2024) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/periods/${year}/directions`,
      headers: { cookie },
      payload: body,
    });

  it('are stored once however often the deck sends them', async () => {
    const body = direction();
    const first = await capture(body);
    expect(first.statusCode, first.body).toBe(201);
    const again = await capture(body);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    const list = (
      await t.app.inject({ url: '/api/v1/directions?year=2024', headers: { cookie: admin } })
    ).json().directions as Direction[];
    expect(list.filter((d) => d.text === body.text)).toHaveLength(1);
    const clash = await capture({ ...body, text: 'Isi yang berbeda untuk penanda yang sama' });
    expect(clash.statusCode).toBe(409);
  });

  it('refuse bad input in plain words and other roles with 403', async () => {
    const bad = await capture(direction({ text: 'x', area: 'XYZ' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_ERROR');
    for (const user of ['chair-sdm', 'evaluator', 'leader']) {
      const res = await capture(direction(), await login(t.app, user));
      expect(res.statusCode, user).toBe(403);
    }
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/periods/2024/directions',
          payload: direction(),
        })
      ).statusCode,
    ).toBe(401);
    expect((await capture(direction(), admin, 2031)).statusCode).toBe(404);
  });

  it("appear on next year's deck, for the area or the whole ministry", async () => {
    const mine = (await capture(direction({ text: 'Arahan untuk SDM pada forum 2024' }))).json();
    const all = (
      await capture(direction({ area: null, text: 'Arahan untuk seluruh kementerian' }))
    ).json();
    const d = Deck.parse(
      (await t.app.inject({ url: '/api/v1/periods/2025/deck', headers: { cookie: admin } })).json(),
    );
    expect(d.areas.find((a) => a.code === 'SDM')?.directions.map((x) => x.id)).toContain(mine.id);
    expect(d.areas.find((a) => a.code === 'MP')?.directions.map((x) => x.id)).not.toContain(
      mine.id,
    );
    expect(d.closing.directions.map((x) => x.id)).toContain(all.id);
    const sdm = (
      await t.app.inject({
        url: '/api/v1/directions?area=SDM',
        headers: { cookie: await login(t.app, 'chair-sdm') },
      })
    ).json().directions as Direction[];
    expect(sdm.map((x) => x.id)).toContain(mine.id);
  });

  it('are followed up by the area chair and closed only by the secretariat', async () => {
    const created = (await capture(direction())).json() as Direction;
    const follow = (cookie: string, body: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/directions/${created.id}/follow-ups`,
        headers: { cookie },
        payload: body,
      });
    const chair = await login(t.app, 'chair-sdm');
    expect(
      (
        await follow(await login(t.app, 'chair-mp'), {
          version: 1,
          status: 'in_progress',
          note: 'Bukan area saya',
        })
      ).statusCode,
    ).toBe(403);
    const progress = await follow(chair, {
      version: 1,
      status: 'in_progress',
      note: 'Data pegawai sedang dipetakan',
    });
    expect(progress.statusCode, progress.body).toBe(201);
    expect(progress.json()).toMatchObject({ status: 'in_progress', version: 2 });
    expect(
      (await follow(chair, { version: 2, status: 'done', note: 'Sudah selesai semua' })).statusCode,
    ).toBe(403);
    expect(
      (await follow(admin, { version: 1, status: 'done', note: 'Versi lama' })).statusCode,
    ).toBe(409);
    const done = await follow(admin, { version: 2, status: 'done', note: 'Dilaporkan ke Menteri' });
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json().followUps.map((f: { status: string }) => f.status)).toEqual([
      'in_progress',
      'done',
    ]);
    const closed = await follow(admin, { version: 3, status: 'in_progress', note: 'Buka lagi' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('DIRECTION_CLOSED');
  });

  it('are corrected and withdrawn by the secretariat alone, with a reason and the version, audited; every surface shows what stands', async () => {
    const typed = direction({ text: 'Percepat digitalisasi arsip dinamsi', area: 'TTL' });
    const typo = (await capture(typed)).json() as Direction;
    const mistake = (
      await capture(direction({ text: 'Catatan yang bukan arahan Menteri', area: 'TTL' }))
    ).json() as Direction;
    const correct = (id: number, body: object, cookie = admin) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/directions/${id}`,
        headers: { cookie },
        payload: body,
      });
    const withdraw = (id: number, body: object, cookie = admin) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/directions/${id}/withdraw`,
        headers: { cookie },
        payload: body,
      });
    const fixed = {
      version: 1,
      text: 'Percepat digitalisasi arsip dinamis',
      owner: 'Biro Umum',
      dueDate: '2025-09-30',
      reason: 'Salah ketik saat forum',
    };
    for (const user of ['chair-ttl', 'evaluator', 'leader']) {
      const cookie = await login(t.app, user);
      expect((await correct(typo.id, fixed, cookie)).statusCode, user).toBe(403);
      expect(
        (await withdraw(mistake.id, { version: 1, reason: 'Salah catat' }, cookie)).statusCode,
        user,
      ).toBe(403);
    }
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: `/api/v1/directions/${typo.id}`,
          payload: fixed,
        })
      ).statusCode,
    ).toBe(401);
    const noReason = await correct(typo.id, { ...fixed, reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.code).toBe('VALIDATION_ERROR');
    expect((await correct(999_999, fixed)).statusCode).toBe(404);

    const res = await correct(typo.id, fixed);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      text: fixed.text,
      owner: 'Biro Umum',
      dueDate: '2025-09-30',
      status: 'open',
      version: 2,
    });
    expect(res.json().editedAt).toBeTruthy();
    // a second window that read version 1 is refused, not overwritten
    const stale = await correct(typo.id, { ...fixed, text: 'Teks dari jendela lain' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    // the deck resending the capture as typed gets the corrected one back, not a clash
    const resent = await capture(typed);
    expect(resent.statusCode).toBe(200);
    expect(resent.json()).toMatchObject({ id: typo.id, text: fixed.text });

    const gone = await withdraw(mistake.id, { version: 1, reason: 'Bukan arahan, hanya catatan' });
    expect(gone.statusCode, gone.body).toBe(204);
    expect(
      (await withdraw(mistake.id, { version: 2, reason: 'Tarik sekali lagi' })).json().error.code,
    ).toBe('DIRECTION_WITHDRAWN');
    expect((await correct(mistake.id, { ...fixed, version: 2 })).statusCode).toBe(409);
    expect(
      (
        await t.app.inject({ url: `/api/v1/directions/${mistake.id}`, headers: { cookie: admin } })
      ).json().error.code,
    ).toBe('DIRECTION_WITHDRAWN');

    // this forum's list, next year's deck, the PowerPoint and the workbook: the current text
    const list = (
      await t.app.inject({ url: '/api/v1/directions?year=2024', headers: { cookie: admin } })
    ).json().directions as Direction[];
    expect(list.map((d) => d.text)).toContain(fixed.text);
    expect(list.map((d) => d.text)).not.toContain(typo.text);
    expect(list.map((d) => d.id)).not.toContain(mistake.id);
    const next = Deck.parse(
      (await t.app.inject({ url: '/api/v1/periods/2025/deck', headers: { cookie: admin } })).json(),
    );
    const tl = next.areas.find((a) => a.code === 'TTL')?.directions ?? [];
    expect(tl.map((d) => d.text)).toContain(fixed.text);
    expect(tl.map((d) => d.id)).not.toContain(mistake.id);
    const pptx = await JSZip.loadAsync(
      (
        await t.app.inject({
          url: '/api/v1/periods/2024/export.pptx',
          headers: { cookie: admin },
        })
      ).rawPayload,
    );
    const slidesXml = (
      await Promise.all(
        Object.keys(pptx.files)
          .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
          .map((f) => pptx.file(f)?.async('string') ?? ''),
      )
    ).join('');
    expect(slidesXml).toContain(fixed.text);
    expect(slidesXml).not.toContain(typo.text);
    expect(slidesXml).not.toContain(mistake.text);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (
        await t.app.inject({
          url: '/api/v1/periods/2024/export.xlsx',
          headers: { cookie: admin },
        })
      ).rawPayload as unknown as ArrayBuffer,
    );
    const cells: string[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))),
    );
    expect(cells).toContain(fixed.text);
    expect(cells).not.toContain(mistake.text);

    const audit = (
      await t.app.inject({ url: '/api/v1/audit?entity=direction', headers: { cookie: admin } })
    ).json().entries as { action: string; entityId: string; before: unknown; after: unknown }[];
    expect(
      audit.find((e) => e.action === 'update' && e.entityId === String(typo.id)),
    ).toMatchObject({
      before: { text: typo.text, version: 1 },
      after: { text: fixed.text, reason: fixed.reason, version: 2 },
    });
    expect(
      audit.find((e) => e.action === 'withdraw' && e.entityId === String(mistake.id)),
    ).toMatchObject({
      before: { text: mistake.text },
      after: { reason: 'Bukan arahan, hanya catatan' },
    });
  });
});
