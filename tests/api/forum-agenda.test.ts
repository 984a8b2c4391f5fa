import { deckPages } from '@rapor/shared/deck-pages';
import { formatNumber } from '@rapor/shared/format';
import { arrangeSlides, deckSlides, slideKey } from '@rapor/shared/forum';
import { Deck, ForumAgenda } from '@rapor/shared/forum-schemas';
import { OUTCOME_LABEL } from '@rapor/shared/labels';
import { outcomeTable, outcomeText } from '@rapor/shared/outcomes';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// A forum's agenda: the secretariat reorders and hides slides of a deck (the live one or a
// snapshot), kept beside the snapshot, never in it; the PowerPoint follows it.

describe("a forum's agenda", () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    admin = await login(t.app, 'admin');
  }, 60_000);
  afterAll(() => t.close());

  const get = async (url: string, cookie = admin) => {
    const res = await t.app.inject({ url, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const put = (url: string, payload: object, cookie = admin) =>
    t.app.inject({ method: 'PUT', url, headers: { cookie }, payload });

  it('is none at first (version 0, the deck as built), for every role that reads the deck', async () => {
    for (const user of ['admin', 'leader', 'chair-sdm']) {
      const agenda = ForumAgenda.parse(
        await get('/api/v1/periods/2024/agenda', await login(t.app, user)),
      );
      expect(agenda).toMatchObject({ year: 2024, snapshot: null, version: 0, order: [] });
    }
    expect((await t.app.inject({ url: '/api/v1/periods/2024/agenda' })).statusCode).toBe(401);
  });

  it('is set by the secretariat alone, with the version read, and refuses slides the deck lacks', async () => {
    const deck = Deck.parse(await get('/api/v1/periods/2024/deck'));
    const keys = deckSlides(deck).map(slideKey);
    const sdm = keys.filter((k) => k.endsWith(':SDM'));
    const order = ['title', ...sdm, ...keys.filter((k) => k !== 'title' && !sdm.includes(k))];
    const notes = {
      'area-score:SDM': 'Sampaikan terima kasih kepada tim SDM\nSoroti kenaikan nilai',
    };
    const body = { version: 0, order, hidden: ['targets'], notes };
    for (const user of ['leader', 'chair-sdm', 'evaluator']) {
      const res = await put('/api/v1/periods/2024/agenda', body, await login(t.app, user));
      expect(res.statusCode, user).toBe(403);
    }
    const unknown = await put('/api/v1/periods/2024/agenda', { ...body, hidden: ['area-x:ZZ'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('area-x:ZZ');
    const empty = await put('/api/v1/periods/2024/agenda', { ...body, hidden: keys });
    expect(empty.statusCode).toBe(400);
    const badNote = await put('/api/v1/periods/2024/agenda', {
      ...body,
      notes: { 'area-score:ZZ': 'Catatan' },
    });
    expect(badNote.statusCode).toBe(400);

    const saved = await put('/api/v1/periods/2024/agenda', body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 1,
      hidden: ['targets'],
      by: 'Sekretariat RB (Admin)',
    });
    const stale = await put('/api/v1/periods/2024/agenda', body);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');

    // the PowerPoint follows it: SDM after the title, no target slide
    const res = await t.app.inject({
      url: '/api/v1/periods/2024/export.pptx',
      headers: { cookie: admin },
    });
    const zip = await JSZip.loadAsync(res.rawPayload);
    const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    const arranged = arrangeSlides(deckSlides(deck), saved.json());
    expect(arranged).toHaveLength(keys.length - 1);
    // each arranged slide with its continuations, as the web deck shows them
    const given = (
      await t.app.inject({ url: '/api/v1/directions?year=2024', headers: { cookie: admin } })
    ).json().directions;
    const pages = deckPages(deck, arranged, given);
    expect(slideFiles).toHaveLength(pages.length);
    const second = (await zip.file('ppt/slides/slide2.xml')?.async('string')) ?? '';
    expect(second).toContain('Penataan Sistem Manajemen SDM');
    expect(second).toContain(`2 / ${pages.length}`);
    // the optional slide of every area against last year, named in this order: shown, as a table
    const slideXml = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string') ?? ''),
    );
    const areas = slideXml.find((x) => x.includes('Area 2024 terhadap 2023 dan target')) ?? '';
    expect(areas).toContain('<a:tbl>');
    expect(areas).toContain('(naik terbesar)');
    // the index's components and the outcome figures, named too: tables of the deck's numbers
    const components = slideXml.find((x) => x.includes('RB General dan RB Tematik 2024')) ?? '';
    expect(components).toContain('<a:tbl>');
    expect(components).toContain(`Indeks RB 2024 · ${deck.shownPredicate}`);
    expect(components).toContain(formatNumber(deck.index, 'id'));
    expect(components).toContain(formatNumber(deck.general?.points ?? -1, 'id'));
    const outcomes = slideXml.find((x) => x.includes('Indikator kinerja kementerian 2020–2024'));
    const table = outcomeTable(deck.outcomes ?? [], 2024);
    expect(table.rows.length).toBeGreaterThanOrEqual(5);
    for (const row of table.rows) {
      expect(outcomes).toContain(OUTCOME_LABEL[row.kind].id);
      const cell = row.cells.at(-1) ?? null;
      expect(outcomes).toContain(`${outcomeText(cell, 'id')}${cell?.source === 'demo' ? '*' : ''}`);
    }
    expect(outcomes).toContain('data demo');
    // its speaker notes are the secretariat's own, the others the deck's
    const notesXml = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string') ?? ''),
    );
    const sdmNotes = notesXml.find((x) => x.includes('Sampaikan terima kasih kepada tim SDM'));
    expect(sdmNotes).toContain('Soroti kenaikan nilai');
    expect(notesXml.filter((x) => x.includes('Buka forum evaluasi RB tahun 2024'))).toHaveLength(1);
    expect(saved.json().notes).toEqual(notes);

    const audit = (await get('/api/v1/audit?entity=forum_agenda')).entries as {
      action: string;
      entityId: string;
      after: { hidden: string[] };
    }[];
    expect(audit[0]).toMatchObject({ action: 'create', entityId: '2024#live' });
    expect(audit[0]?.after.hidden).toEqual(['targets']);
  });

  it("is a snapshot's own from its freezing on, outside its frozen data: the fingerprint still holds", async () => {
    const frozen = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods/2024/snapshots',
      headers: { cookie: admin },
      payload: {},
    });
    expect(frozen.statusCode).toBe(201);
    const number = frozen.json().number as number;
    const url = `/api/v1/periods/2024/agenda?snapshot=${number}`;
    // it starts as the live deck's agenda was when it was frozen
    expect(ForumAgenda.parse(await get(url))).toMatchObject({
      snapshot: number,
      version: 1,
      hidden: ['targets'],
    });
    const saved = await put(url, { version: 1, order: [], hidden: ['overview'] });
    expect(saved.statusCode, saved.body).toBe(200);
    const deck = Deck.parse(await get(`/api/v1/periods/2024/deck?snapshot=${number}`));
    expect(deck.snapshot?.intact).toBe(true);
    // the live deck's agenda is a different one
    expect(ForumAgenda.parse(await get('/api/v1/periods/2024/agenda')).hidden).toEqual(['targets']);
    expect(
      (await put('/api/v1/periods/2024/agenda?snapshot=99', { version: 0, order: [], hidden: [] }))
        .statusCode,
    ).toBe(404);
  });
});
