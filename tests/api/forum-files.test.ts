import type { AnswerType } from '@rapor/shared/answers';
import { AREA_CODES } from '@rapor/shared/areas';
import { deckPages } from '@rapor/shared/deck-pages';
import { arrangeSlides, deckSlides } from '@rapor/shared/forum';
import { Deck } from '@rapor/shared/forum-schemas';
import { predicateLabel } from '@rapor/shared/predicate';
import { DashboardSummary } from '@rapor/shared/schemas';
import { WORKSHEET_COLUMNS_EN } from '@rapor/shared/worksheet-file';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { leavesOf, resultOf } from '../helpers/demo-ids';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// Files that leave the forum room, opened as their readers would: the PowerPoint deck, the
// year's workbook, and a chair's worksheet filled offline and imported again.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let template: string;
beforeAll(async () => {
  template = await demoTemplate();
}, 60_000);

/** A value the test needs, or a failure that names it. */
function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');

describe('the deck as PowerPoint', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await makeTestApp({ from: template });
    admin = await login(t.app, 'admin');
  });
  afterAll(() => t.close());

  /** The deck's slides as the web deck shows them: continuations and this forum's directions included. */
  async function pagesOf(deck: Deck) {
    const given = (
      await t.app.inject({
        url: `/api/v1/directions?year=${deck.year}`,
        headers: { cookie: admin },
      })
    ).json().directions;
    // no agenda: the deck's slides as built, its optional ones left out
    return deckPages(deck, arrangeSlides(deckSlides(deck), null), given);
  }

  it('has the same slides, titles and figures as the snapshot it was made from', async () => {
    const frozen = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods/2024/snapshots',
      headers: { cookie: admin },
      payload: {},
    });
    expect(frozen.statusCode).toBe(201);
    const deck = Deck.parse(
      (
        await t.app.inject({
          url: '/api/v1/periods/2024/deck?snapshot=1',
          headers: { cookie: admin },
        })
      ).json(),
    );
    const res = await t.app.inject({
      url: '/api/v1/periods/2024/export.pptx?snapshot=1',
      headers: { cookie: await login(t.app, 'leader') },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('presentationml');
    expect(res.headers['content-disposition']).toContain('forum-rb-2024-salinan-1.pptx');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const slideFiles = Object.keys(zip.files)
      .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
      .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
    const slides = await pagesOf(deck);
    expect(slideFiles).toHaveLength(slides.length);
    const slideText = await Promise.all(
      slideFiles.map(async (f) => texts(await must(zip.file(f), f).async('string'))),
    );

    expect(slideText[0]).toContain('Rapat Evaluasi Reformasi Birokrasi');
    expect(slideText[0]).toContain('Salinan beku #1');
    expect(slideText[1]).toContain('Indeks RB sampai 2024');
    expect(slideText[1]).toContain(
      deck.index.toLocaleString('id-ID', { minimumFractionDigits: 2 }),
    );
    expect(slideText[1]).toContain(deck.predicate);
    slides.forEach((slide, i) => {
      if ('area' in slide) {
        const area = deck.areas.find((a) => a.code === slide.area);
        expect(slideText[i]).toContain(area?.name.id);
        expect(slideText[i]).toContain(`${i + 1} / ${slides.length}`);
      }
    });
    // 2024 is scored with targets baik: their slides follow the overview, in tables, every
    // item once across the slide and its continuation
    expect(slides[2]).toMatchObject({ kind: 'targets', part: 0 });
    const targets = slideText.filter((_, i) => slides[i]?.kind === 'targets');
    expect(targets.length).toBeGreaterThan(1);
    for (const text of targets) {
      expect(text).toContain('Butir terhadap target baik 2024');
      expect(text).toContain(
        `Target baik: ${deck.targetBaik?.met} dari ${deck.targetBaik?.total} butir tercapai`,
      );
    }
    for (const item of deck.targetBaik?.items ?? [])
      expect(
        targets.join(' ').split(`${item.area ? `${item.area} · ` : ''}${item.name.id} `),
      ).toHaveLength(2);
    expect(await must(zip.file('ppt/slides/slide3.xml'), 'slide3').async('string')).toContain(
      '<a:tbl>',
    );
    const sdm = deck.areas.find((a) => a.code === 'SDM');
    expect(
      slideText[slides.findIndex((x) => x.kind === 'area-score' && x.area === 'SDM')],
    ).toContain(sdm?.chair);
    // every group planned 2024: each area's third slide is its action plan, as frozen
    const planned = slides.flatMap((x, i) => (x.kind === 'area-plan' ? [{ i, area: x.area }] : []));
    expect(planned.map((p) => p.area)).toEqual(deck.areas.map((a) => a.code));
    for (const { i, area } of planned) {
      const plan = deck.areas.find((a) => a.code === area)?.plan;
      expect(slides[i - 1]).toMatchObject({ kind: 'area-actions', area });
      expect(slideText[i]).toContain('RENCANA AKSI 2024');
      expect(slideText[i]).toContain(
        plan?.implementation?.toLocaleString('id-ID', { minimumFractionDigits: 2 }),
      );
      for (const row of plan?.rows ?? []) expect(slideText[i]).toContain(row.text);
    }
    expect(slideText.at(-1)).toContain('Rekomendasi utama dan tindak lanjut 2024');

    // native charts: the index trend's values are in the overview's chart data
    const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    expect(charts.length).toBeGreaterThanOrEqual(1 + 8);
    const chartXml = await Promise.all(charts.map((f) => must(zip.file(f), f).async('string')));
    expect(chartXml.some((x) => deck.trend.every((y) => x.includes(`<c:v>${y.index}</c:v>`)))).toBe(
      true,
    );
  });

  it("tells an incomplete year, the method changes, this forum's directions and speaker notes as the web deck does", async () => {
    for (const [area, text] of [
      ['AKT', 'Percepat tindak lanjut temuan SAKIP'],
      [null, 'Laporkan kemajuan RB tiap triwulan'],
    ] as const) {
      const given = await t.app.inject({
        method: 'POST',
        url: '/api/v1/periods/2025/directions',
        headers: { cookie: admin },
        payload: {
          clientId: crypto.randomUUID(),
          area,
          text,
          owner: 'Biro Perencanaan',
          dueDate: '2026-06-30',
        },
      });
      expect(given.statusCode, given.body).toBe(201);
    }
    const deck = Deck.parse(
      (await t.app.inject({ url: '/api/v1/periods/2025/deck', headers: { cookie: admin } })).json(),
    );
    expect(deck.standing).toBe('incomplete');
    const res = await t.app.inject({
      url: '/api/v1/periods/2025/export.pptx',
      headers: { cookie: admin },
    });
    expect(res.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(res.rawPayload);
    const byNumber = (pattern: RegExp) =>
      Object.keys(zip.files)
        .filter((f) => pattern.test(f))
        .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
    const read = (files: string[]) =>
      Promise.all(files.map(async (f) => texts(await must(zip.file(f), f).async('string'))));
    const slideText = await read(byNumber(/^ppt\/slides\/slide\d+\.xml$/));
    const slides = await pagesOf(deck);

    // an incomplete year: "—" and why, never the band of the partial index
    expect(slideText[1]).toContain('belum ada predikat');
    expect(slideText[1]).not.toContain(predicateLabel(deck.predicate).id);
    expect(slideText[1]).toContain(`${deck.completeness.answered} dari ${deck.completeness.total}`);
    expect(slideText[1]).toContain('Pita predikat');
    // the method changes are marked on the overview's chart and said under it
    const charts = await Promise.all(
      byNumber(/^ppt\/charts\/chart\d+\.xml$/).map((f) => must(zip.file(f), f).async('string')),
    );
    expect(charts[0]).toContain('2020 ◆');
    expect(charts[0]).toContain('2023 ◆');
    expect(charts[0]).toContain('Belum lengkap');
    expect(slideText[1]).toContain('Metode evaluasi berubah: 2020 PermenPANRB 26/2020; 2023');
    // each incomplete area says so on its slide
    for (const area of deck.areas.filter((a) => a.standing === 'incomplete')) {
      const i = slides.findIndex((x) => x.kind === 'area-score' && x.area === area.code);
      expect(slideText[i], area.code).toContain(
        `Belum lengkap: ${area.answered} dari ${area.total} butir terisi`,
      );
    }
    // this forum's directions, as the web deck shows them live
    const akt = slides.findIndex((x) => x.kind === 'area-actions' && x.area === 'AKT');
    expect(slideText[akt]).toContain(
      '[Baru] Percepat tindak lanjut temuan SAKIP — Biro Perencanaan',
    );
    expect(slideText.at(-1)).toContain('[Baru] Laporkan kemajuan RB tiap triwulan');
    // speaker notes on every slide, from the same figures
    const notes = await read(byNumber(/^ppt\/notesSlides\/notesSlide\d+\.xml$/));
    expect(notes).toHaveLength(slides.length);
    for (const [i, note] of notes.entries())
      expect(note.trim().length, `notes ${i + 1}`).toBeGreaterThan(20);
    expect(notes[1]).toContain('belum lengkap');
    expect(notes[1]).toContain(deck.index.toLocaleString('id-ID', { minimumFractionDigits: 2 }));
  });

  it('is refused without a session and for a snapshot that does not exist', async () => {
    expect((await t.app.inject({ url: '/api/v1/periods/2024/export.pptx' })).statusCode).toBe(401);
    const missing = await t.app.inject({
      url: '/api/v1/periods/2024/export.pptx?snapshot=9',
      headers: { cookie: admin },
    });
    expect(missing.statusCode).toBe(404);
  });
});

async function workbookOf(t: TestApp, cookie: string, year: number, query = '') {
  const res = await t.app.inject({
    url: `/api/v1/periods/${year}/export.xlsx${query}`,
    headers: { cookie },
  });
  expect(res.statusCode, res.body).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return book;
}

function sheetRows(sheet: ExcelJS.Worksheet) {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return rows;
}

describe("the year's workbook", () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await makeTestApp({ from: template });
    admin = await login(t.app, 'admin');
  });
  afterAll(() => t.close());

  it('holds the summary, every area worksheet, achievements, recommendations and directions', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods/2024/directions',
      headers: { cookie: admin },
      payload: {
        clientId: crypto.randomUUID(),
        area: 'SDM',
        text: 'Arahan untuk lembar kerja',
        owner: 'Biro SDM',
      },
    });
    const book = await workbookOf(t, admin, 2024);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Ringkasan',
      ...AREA_CODES,
      'Capaian',
      'Rekomendasi',
      'Arahan',
    ]);
    const summary = DashboardSummary.parse(
      (await t.app.inject({ url: '/api/v1/dashboard/summary?from=2024&to=2024' })).json(),
    ).years[0];
    const first = sheetRows(must(book.getWorksheet('Ringkasan'), 'Ringkasan'));
    expect(first.find((r) => r[0] === 'Indeks RB')?.[1]).toBe(summary?.index);
    expect(first.find((r) => r[0] === 'Keadaan per')?.[1]).toMatch(/WIB/);

    const result = await resultOf(t.app, admin, 2024, 'SDM');
    const rows = sheetRows(must(book.getWorksheet('SDM'), 'SDM'));
    const header = rows.findIndex((r) => r[0] === 'Kode');
    const data = rows.slice(header + 1).filter((r) => r[0]);
    const leaves = leavesOf(result) as { code: string; points: number }[];
    expect(data.map((r) => r[0])).toEqual(leaves.map((l) => l.code));
    const points = rows[header]?.indexOf('Poin') ?? -1;
    expect(data.map((r) => r[points])).toEqual(leaves.map((l) => l.points));
    expect(rows.find((r) => r[0] === 'Versi hasil')?.[1]).toBe(result.version);

    const recs = sheetRows(must(book.getWorksheet('Rekomendasi'), 'Rekomendasi')).slice(1);
    const api = (
      await t.app.inject({ url: '/api/v1/recommendations', headers: { cookie: admin } })
    ).json().recommendations as { year: number }[];
    expect(recs).toHaveLength(api.filter((r) => r.year <= 2024).length);
    const directions = sheetRows(must(book.getWorksheet('Arahan'), 'Arahan')).slice(1);
    expect(directions.map((r) => r[3])).toContain('Arahan untuk lembar kerja');
  });

  it('speaks English when asked (lang=en): sheet names, labels, statuses and answers; the numbers are the same', async () => {
    const [id, en] = [
      await workbookOf(t, admin, 2025),
      await workbookOf(t, admin, 2025, '?lang=en'),
    ];
    expect(en.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      ...AREA_CODES,
      'Achievements',
      'Recommendations',
      'Directions',
    ]);
    const first = sheetRows(must(en.getWorksheet('Summary'), 'Summary'));
    const row = (label: string) =>
      must(
        first.find((r) => r[0] === label),
        label,
      );
    expect(row('Period state')[1]).toBe('Open');
    expect(row('Predicate').slice(1, 3)).toEqual(['—', 'no predicate yet: answers incomplete']);
    expect(String(row('Standing of the figures')[2])).toMatch(/^\d+ of \d+ items answered$/);
    const mp = must(
      first.find((r) => r[0] === 'MP' && r[1] === 'Change management'),
      'MP row in English',
    );
    expect(mp[6]).toBe('Draft');
    // the same figures as the Indonesian workbook, cell for cell
    const idRows = sheetRows(must(id.getWorksheet('Ringkasan'), 'Ringkasan'));
    const numbers = (rows: ExcelJS.CellValue[][]) =>
      rows.flatMap((r) => r.filter((c) => typeof c === 'number'));
    expect(numbers(first)).toEqual(numbers(idRows));

    const sdm = sheetRows(must(en.getWorksheet('SDM'), 'SDM'));
    const header = sdm.findIndex((r) => r[0] === 'Code');
    expect(sdm[header]).toEqual(Object.values(WORKSHEET_COLUMNS_EN));
    expect(sdm.find((r) => r[0] === 'Instructions')?.[1]).toMatch(/Self-assessment/);
    const recs = sheetRows(must(en.getWorksheet('Recommendations'), 'Recommendations'));
    expect(recs[0]?.[3]).toBe('Recommendation');
    expect(new Set(recs.slice(1).map((r) => r[7]))).not.toContain('Terbuka');
  });

  it("speaks Indonesian, with dates as dates, RB General's subtotal, the maxima, the multiplier and a print setup", async () => {
    const book = await workbookOf(t, admin, 2025);
    const summary = DashboardSummary.parse(
      (await t.app.inject({ url: '/api/v1/dashboard/summary?from=2025&to=2025' })).json(),
    ).years[0];
    const general = must(summary?.general, 'RB General');
    const first = sheetRows(must(book.getWorksheet('Ringkasan'), 'Ringkasan'));
    const row = (label: string) =>
      must(
        first.find((r) => r[0] === label),
        label,
      );
    expect(row('Status periode')[1]).toBe('Terbuka');
    // an incomplete open year: no predicate, and why
    expect(summary?.standing).toBe('incomplete');
    expect(row('Predikat').slice(1, 3)).toEqual(['—', 'belum ada predikat: jawaban belum lengkap']);
    expect(row('Keadaan angka')[2]).toBe(
      `${summary?.completeness.answered} dari ${summary?.completeness.total} butir terisi`,
    );
    expect(row('RB General').slice(2, 4)).toEqual([general.points, general.max]);
    expect(
      first
        .filter((r) => r[0] === 'Indeks RB')
        .at(-1)
        ?.slice(2, 4),
    ).toEqual([summary?.index, 110]);
    // YAN's draft still has its theme strategy blank (MP's items come from the action plan)
    const yan = must(
      first.find((r) => r[0] === 'YAN'),
      'YAN row',
    );
    expect(yan[6]).toBe('Draf');
    expect(String(yan[7])).toMatch(/^Belum lengkap: \d+ dari \d+ butir terisi$/);

    // the multiplied item shows its multiplier beside its points
    const akt = await resultOf(t.app, admin, 2025, 'AKT');
    const multiplied = (
      leavesOf(akt) as { code: string; points: number; indicator?: { multiplier?: number } }[]
    ).find((l) => l.indicator?.multiplier !== undefined);
    const aktRows = sheetRows(must(book.getWorksheet('AKT'), 'AKT'));
    const header = must(
      aktRows.find((r) => r[0] === 'Kode'),
      'header',
    );
    const line = must(
      aktRows.find((r) => r[0] === multiplied?.code),
      'multiplied row',
    );
    expect(line[header.indexOf('Pengali')]).toBe(multiplied?.indicator?.multiplier);
    expect(line[header.indexOf('Poin')]).toBe(multiplied?.points);
    // criteria that name their option are not prefixed twice
    for (const r of aktRows)
      expect(String(r[header.indexOf('Kriteria')] ?? '')).not.toMatch(/(\w+): \1:/);

    for (const sheet of book.worksheets) {
      expect(sheet.pageSetup, sheet.name).toMatchObject({
        orientation: 'landscape',
        fitToWidth: 1,
        fitToHeight: 0,
        paperSize: 9,
      });
      expect(sheet.pageSetup.printTitlesRow, sheet.name).toMatch(/^\d+:\d+$/);
    }
    const recs = sheetRows(must(book.getWorksheet('Rekomendasi'), 'Rekomendasi'));
    const words = new Set(recs.slice(1).flatMap((r) => [r[6], r[7]]));
    for (const code of ['open', 'in_progress', 'done', 'high', 'medium', 'low'])
      expect(words.has(code), code).toBe(false);
    expect(recs.slice(1).some((r) => r[5] instanceof Date)).toBe(true);
    const kinds = sheetRows(must(book.getWorksheet('Capaian'), 'Capaian'))
      .slice(1)
      .map((r) => r[2]);
    expect(kinds).not.toContain('innovation');
  });

  it('is the frozen one for a snapshot, and a snapshot frozen without it is refused (409), never live data', async () => {
    const frozen = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods/2025/snapshots',
      headers: { cookie: admin },
      payload: {},
    });
    expect(frozen.statusCode, frozen.body).toBe(201);
    const number = frozen.json().number as number;
    const mp = (
      await t.app.inject({ url: '/api/v1/periods/2025/areas/MP', headers: { cookie: admin } })
    ).json();
    const before = mp.target as number;
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/periods/2025/areas/MP',
      headers: { cookie: admin },
      payload: { version: mp.version, target: 1.25 },
    });
    expect(put.statusCode, put.body).toBe(200);
    const targetIn = async (query: string) => {
      const res = await t.app.inject({
        url: `/api/v1/periods/2025/export.xlsx${query}`,
        headers: { cookie: admin },
      });
      expect(res.statusCode, res.body).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const rows = sheetRows(must(book.getWorksheet('Ringkasan'), 'Ringkasan'));
      return {
        target: rows.find((r) => r[0] === 'MP' && r[1] === 'Manajemen Perubahan')?.[5],
        moment: rows.find((r) => r[0] === 'Keadaan per')?.[1],
        name: res.headers['content-disposition'],
      };
    };
    expect(await targetIn('')).toMatchObject({ target: 1.25 });
    const old = await targetIn(`?snapshot=${number}`);
    expect(old.target).toBe(before);
    expect(old.moment).toContain(`Salinan beku #${number}`);
    expect(old.name).toContain(`rapor-rb-2025-salinan-${number}.xlsx`);

    // a snapshot stored before workbooks were frozen with it
    t.sqlite
      .prepare(
        "INSERT INTO deck_snapshots (year, number, created_at, note, data, sha256) VALUES (2025, 80, '2025-03-01T02:00:00.000Z', NULL, '{}', 'x')",
      )
      .run();
    const refused = await t.app.inject({
      url: '/api/v1/periods/2025/export.xlsx?snapshot=80',
      headers: { cookie: admin },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('SNAPSHOT_WITHOUT_WORKBOOK');
    expect(refused.json().error.message).toContain('bekukan salinan baru');
    const missing = await t.app.inject({
      url: '/api/v1/periods/2025/export.xlsx?snapshot=99',
      headers: { cookie: admin },
    });
    expect(missing.statusCode).toBe(404);
  });
});

type Leaf = {
  code: string;
  indicator?: { answer: AnswerType; selfValue: unknown; figure?: unknown };
};

/** A valid value different from the current one. */
function otherValue(answer: AnswerType, current: unknown): ExcelJS.CellValue {
  switch (answer.type) {
    case 'yesno':
      return current === true ? 'Tidak' : 'Ya';
    case 'scale':
      return current === 'A' ? 'C' : 'A';
    case 'choice':
      return answer.options.find((o) => o.value !== current)?.value ?? null;
    case 'percent':
      return current === 55 ? 65 : 55;
    case 'number':
      return current === answer.max ? answer.min : answer.max;
  }
}

type OwnLeaf = { code: string; indicator: { answer: AnswerType; selfValue: unknown } };

/** The items the chair answers (not the secretariat's sourced figures). */
function ownLeaves(result: { tree: never[] }): OwnLeaf[] {
  return (leavesOf(result) as Leaf[]).flatMap((l) =>
    l.indicator && !l.indicator.figure ? [{ code: l.code, indicator: l.indicator }] : [],
  );
}

/** The edit a test makes to an item: another valid value. */
const edit = (leaf: OwnLeaf) => otherValue(leaf.indicator.answer, leaf.indicator.selfValue);

describe('a worksheet filled offline and imported again', () => {
  let t: TestApp;
  let chair: string;
  beforeEach(async () => {
    t = await makeTestApp({ from: template });
    chair = await login(t.app, 'chair-yan');
  });
  afterEach(() => t.close());

  const upload = (body: Buffer, query: string, cookie = chair) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/periods/2025/areas/YAN/import${query}`,
      headers: { cookie, 'content-type': XLSX },
      payload: body,
    });

  async function edited(
    edit: (rows: ExcelJS.Worksheet, at: (code: string) => ExcelJS.Row) => void,
    query = '',
  ) {
    const book = await workbookOf(t, chair, 2025, query);
    const sheet = must(book.getWorksheet('YAN'), 'YAN');
    const at = (code: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === code) found = row;
      });
      if (!found) throw new Error(`no row ${code}`);
      return found;
    };
    edit(sheet, at);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('reads a sheet downloaded in English as well (its own headers)', async () => {
    const before = await resultOf(t.app, chair, 2025, 'YAN');
    const target = must(ownLeaves(before)[0], 'an own item');
    const newValue = edit(target);
    const file = await edited((_, at) => {
      at(target.code).getCell(5).value = newValue;
    }, '?lang=en');
    const preview = await upload(file, '?dryRun=true');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().changes).toEqual([
      { code: target.code, before: target.indicator.selfValue, after: newValue },
    ]);
  });

  it('changes exactly the edited answers: previewed first, then applied in one step', async () => {
    const before = await resultOf(t.app, chair, 2025, 'YAN');
    const target = must(ownLeaves(before)[0], 'an own item');
    const newValue = edit(target);
    const file = await edited((_, at) => {
      at(target.code).getCell(5).value = newValue;
    });

    const preview = await upload(file, '?dryRun=true');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      applied: false,
      version: before.version,
      exportedVersion: before.version,
    });
    expect(preview.json().changes.map((c: { code: string }) => c.code)).toEqual([target.code]);
    expect((await resultOf(t.app, chair, 2025, 'YAN')).version).toBe(before.version);

    const applied = await upload(file, `?version=${before.version}`);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toMatchObject({ applied: true, version: before.version + 1 });

    const after = await resultOf(t.app, chair, 2025, 'YAN');
    const selfValueIn = (r: typeof before, code: string): unknown =>
      (leavesOf(r) as Leaf[]).find((l) => l.code === code)?.indicator?.selfValue;
    for (const leaf of leavesOf(before) as Leaf[]) {
      const expected =
        leaf.code === target.code ? preview.json().changes[0].after : leaf.indicator?.selfValue;
      expect(selfValueIn(after, leaf.code), leaf.code).toEqual(expected);
    }
    // the same file again changes nothing more
    const again = await upload(file, `?version=${after.version}`);
    expect(again.json()).toMatchObject({ applied: false, changes: [] });
  });

  it('applies nothing when any row is bad, and names each bad cell', async () => {
    const before = await resultOf(t.app, chair, 2025, 'YAN');
    // YAN's own item, and a row of a figure: a cell that is no answer is named on either
    const [one] = ownLeaves(before);
    const two = (leavesOf(before) as Leaf[]).find((l) => l.indicator?.figure);
    if (!one || !two) throw new Error('YAN 2025 has an own item and a figure');
    const file = await edited((sheet, at) => {
      at(one.code).getCell(5).value = edit(one);
      at(two.code).getCell(5).value = 'bukan jawaban';
      sheet.addRow(['X.99', 'butir asing', null, null, 'Ya']);
    });
    const res = await upload(file, `?version=${before.version}`);
    expect(res.statusCode).toBe(400);
    const body = res.json().error;
    expect(body.code).toBe('VALIDATION_ERROR');
    expect(body.message).toMatch(/sheet YAN, baris \d+, kolom Jawaban mandiri/);
    expect(body.details.errors.map((e: { column: string }) => e.column)).toEqual([
      'Jawaban mandiri',
      'Kode',
    ]);
    const after = await resultOf(t.app, chair, 2025, 'YAN');
    expect(after.version).toBe(before.version);
    expect(leavesOf(after)).toEqual(leavesOf(before));
  });

  it('refuses other files, stale versions and callers who may not edit the area', async () => {
    const before = await resultOf(t.app, chair, 2025, 'YAN');
    const [one] = ownLeaves(before);
    if (!one) throw new Error('YAN 2025 has an own item');
    const file = await edited((_, at) => {
      at(one.code).getCell(5).value = edit(one);
    });
    const notXlsx = await upload(Buffer.from('Kode,Jawaban\nA.1,Ya'), '');
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json().error.message).toMatch(/bukan xlsx/);
    expect((await upload(file, `?version=${before.version + 5}`)).statusCode).toBe(409);
    expect((await upload(file, '', await login(t.app, 'chair-ppu'))).statusCode).toBe(403);
    expect((await upload(file, '', await login(t.app, 'evaluator'))).statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods/2025/areas/YAN/import',
      headers: { 'content-type': XLSX },
      payload: file,
    });
    expect(anonymous.statusCode).toBe(401);
    const huge = await upload(Buffer.concat([file, Buffer.alloc(6 * 1024 * 1024)]), '');
    expect(huge.statusCode).toBe(413);
    expect((await resultOf(t.app, chair, 2025, 'YAN')).version).toBe(before.version);
  });
});
