import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type OpenDb, openDb } from '@rapor/db/open';
import { seedDemo } from '@rapor/db/seed';
import { buildApp } from '@rapor/server/app';
import { testConfig } from '@rapor/server/config';
import { AREA_CODES, areaName } from '@rapor/shared/areas';
import { deckPages } from '@rapor/shared/deck-pages';
import { arrangeSlides, deckSlides, type Slide } from '@rapor/shared/forum';
import { Deck } from '@rapor/shared/forum-schemas';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../helpers/browser';

// The forum as the secretariat runs it: the 2024 deck walked with the keyboard, a direction
// captured on the SDM slide, the server stopped mid-forum and started again.

const CLIENT_DIST = join(
  fileURLToPath(new URL('.', import.meta.url)),
  '..',
  '..',
  'client',
  'dist',
);
const NOW = () => new Date('2026-11-24T03:00:00Z');

/** The demo app on a fixed port, which can be stopped and started again on the same file. */
class RestartableServer {
  app: FastifyInstance | null = null;
  port = 0;
  constructor(
    readonly handle: OpenDb,
    readonly dir: string,
  ) {}
  get url() {
    return `http://127.0.0.1:${this.port}`;
  }
  async start() {
    this.app = await buildApp({
      db: this.handle.db,
      config: testConfig({
        databasePath: join(this.dir, 'forum.db'),
        clientDist: CLIENT_DIST,
        now: NOW,
      }),
    });
    await this.app.listen({ port: this.port, host: '127.0.0.1' });
    const address = this.app.server.address();
    if (address && typeof address === 'object') this.port = address.port;
  }
  async stop() {
    const app = this.app;
    if (!app) return;
    // The server goes away as a killed one would for the deck: close() would otherwise wait
    // on a request the browser still has under way (under load that took past the 60 s limit).
    const closing = app.close();
    app.server.closeAllConnections();
    await closing;
    this.app = null;
  }
}

/**
 * The directions waiting in the page's IndexedDB queue (client/src/lib/direction-store.ts), or
 * with `put`, one more put there as an earlier page would have left it.
 */
function queuedDirections(page: Page, put?: { clientId: string; text: string }) {
  return page.evaluate(
    (item) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('rapor-forum', 1);
        open.onupgradeneeded = () =>
          open.result.createObjectStore('pending-directions', { keyPath: 'input.clientId' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('pending-directions', 'readwrite');
          const store = tx.objectStore('pending-directions');
          if (item)
            store.put({
              year: 2024,
              queuedAt: new Date().toISOString(),
              input: { clientId: item.clientId, area: null, text: item.text, owner: 'Sekretariat' },
            });
          const all = store.getAll();
          tx.oncomplete = () => {
            db.close();
            resolve((all.result as { input: { text: string } }[]).map((q) => q.input.text));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    put,
  );
}

describe('the forum deck in Chromium, through a dropped server', () => {
  let server: RestartableServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapor-forum-'));
    const handle = openDb(join(dir, 'forum.db'));
    await seedDemo(handle.db, new Date('2026-11-01T00:00:00Z'));
    server = new RestartableServer(handle, dir);
    await server.start();
    browser = await launchBrowser({ width: 1920, height: 1080 });
    page = await browser.context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}/login?next=${encodeURIComponent('/present/2024')}`);
    await page.getByLabel('Nama pengguna').fill('admin');
    await page.getByLabel('Kata sandi').fill('rapor-demo');
    await page.keyboard.press('Enter');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.handle.close();
    if (server) rmSync(server.dir, { recursive: true, force: true });
  });

  /**
   * The deck's slides as the server's data lays them out now (continuations included: a
   * slide's number depends on what runs past the slides before it), read while it is up.
   */
  let total = 0;
  let slideNumber: (kind: Slide['kind'], area?: string, part?: number) => number = () => 0;
  async function readLayout() {
    const deck = Deck.parse(
      await (await page.request.get(`${server.url}/api/v1/periods/2024/deck`)).json(),
    );
    const given = (
      await (await page.request.get(`${server.url}/api/v1/directions?year=2024`)).json()
    ).directions;
    const agenda = (await page.request.get(`${server.url}/api/v1/periods/2024/agenda`)).json();
    const pages = deckPages(deck, arrangeSlides(deckSlides(deck), await agenda), given);
    total = pages.length;
    slideNumber = (kind, area, part = 0) =>
      pages.findIndex(
        (p) => p.kind === kind && p.part === part && (!area || ('area' in p && p.area === area)),
      ) + 1;
    return pages;
  }

  const counter = () => page.locator('.deck-toolbar [data-counter]');
  const heading = () => page.locator('.deck-stage .slide h2').first();
  const expectSlide = async (n: number, of = total) => {
    await expect.poll(() => counter().textContent()).toBe(`${n} / ${of}`);
    // the URL follows the counter in the next effect: polled as well, not read at once
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/${n}$`));
  };

  /** Types a slide's number and Enter. */
  const jump = async (n: number) => {
    for (const digit of String(n)) await page.keyboard.press(digit);
    await page.keyboard.press('Enter');
  };

  // 33 slides drawn one after another, charts included: alone about 10 s, but CI runs it
  // beside the API project on two cores, where it once passed the default 60 s.
  it('walks every slide with the keyboard: the counter, and each area in official order with its action plan and continuations', async () => {
    await counter().waitFor();
    const pages = await readLayout();
    // 2024: its targets baik and three areas' recommendations run past one slide
    expect(pages.filter((p) => p.part > 0).map((p) => ('area' in p ? p.area : p.kind))).toEqual(
      expect.arrayContaining(['targets', 'PPU', 'SDM']),
    );
    await expectSlide(1);
    await expect
      .poll(() => page.locator('.deck-stage .slide h1').textContent())
      .toBe('Rapat Evaluasi Reformasi Birokrasi');
    const keys = ['Space', 'PageDown', 'ArrowRight'];
    const areasSeen: string[] = [];
    for (let n = 2; n <= total; n++) {
      await page.keyboard.press(keys[n % keys.length] ?? 'ArrowRight');
      await expectSlide(n);
      const shown = pages[n - 1];
      const kicker = await page.locator('.deck-stage .slide .kicker').first().textContent();
      if (shown?.kind === 'overview')
        expect(await heading().textContent()).toBe('Indeks RB sampai 2024');
      if (shown?.kind === 'targets')
        expect(await heading().textContent()).toBe('Butir terhadap target baik 2024');
      if (shown && 'area' in shown) {
        expect(await heading().textContent()).toBe(areaName(shown.area, 'pmprb-2023').id);
        expect(kicker).toContain(shown.area);
        if (areasSeen.at(-1) !== shown.area) areasSeen.push(shown.area);
      }
      if (shown?.kind === 'area-plan') {
        expect(kicker).toContain('Rencana aksi 2024');
        expect(await page.locator('.deck-stage .plan-rows tbody tr').count()).toBeGreaterThan(0);
      }
      // a continuation says which part it is
      if (shown && shown.of > 1)
        expect(kicker).toContain(`bagian ${shown.part + 1} dari ${shown.of}`);
    }
    // each area in official order, every group with its action plan
    expect(areasSeen).toEqual([...AREA_CODES]);
    expect(pages.filter((p) => p.kind === 'area-plan')).toHaveLength(8);
    expect(await heading().textContent()).toBe('Rekomendasi utama dan tindak lanjut 2024');
    await page.keyboard.press('ArrowRight');
    await expectSlide(total);
    await page.keyboard.press('Home');
    await expectSlide(1);
    await page.keyboard.press('End');
    await expectSlide(total);
    await page.keyboard.press('PageUp');
    await expectSlide(total - 1);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(total - 2);
    // number + Enter jumps: to SDM's achievements, recommendations and directions
    await jump(slideNumber('area-actions', 'SDM'));
    await expectSlide(slideNumber('area-actions', 'SDM'));
    expect(await heading().textContent()).toBe(areaName('SDM', 'pmprb-2023').id);
  }, 120_000);

  it('keys keep working after a click on the toolbar; Shift+Space goes back; digits time out; B and W blank the screen', async () => {
    await page.keyboard.press('Home');
    await expectSlide(1);
    // a click on › leaves the focus with the deck: Space goes on forward (it went back)
    await page.getByRole('button', { name: 'Berikutnya' }).click();
    await expectSlide(2);
    await page.keyboard.press('Space');
    await expectSlide(3);
    await page.keyboard.press('Shift+Space');
    await expectSlide(2);
    // "1", a pause longer than the timeout, then "9 Enter" is slide 9, not 19
    await page.keyboard.press('1');
    await page.getByRole('status').filter({ hasText: 'Ke slide 1' }).waitFor();
    await page.waitForTimeout(1_800);
    await page.keyboard.press('9');
    await page.keyboard.press('Enter');
    await expectSlide(9);
    // B blanks to black, B again brings the slide back; W blanks to white
    await page.keyboard.press('b');
    expect(await page.locator('[data-blank]').getAttribute('data-blank')).toBe('black');
    await page.keyboard.press('b');
    expect(await page.locator('[data-blank]').count()).toBe(0);
    await page.keyboard.press('w');
    expect(await page.locator('[data-blank]').getAttribute('data-blank')).toBe('white');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-blank]').count()).toBe(0);
    await expectSlide(10);
    // G lists every slide by name: SDM's action plan is one click away; Esc closes it unmoved
    await page.keyboard.press('g');
    const grid = page.getByRole('dialog', { name: 'Semua slide' });
    expect(await grid.locator('button[aria-current="true"]').textContent()).toContain('10');
    await page.keyboard.press('Escape');
    expect(await grid.count()).toBe(0);
    await expectSlide(10);
    await page.keyboard.press('g');
    await grid
      .getByRole('region', { name: `SDM · ${areaName('SDM', 'pmprb-2023').id}` })
      .getByRole('button', { name: /Rencana aksi/ })
      .click();
    const sdmPlan = slideNumber('area-plan', 'SDM');
    await expectSlide(sdmPlan);
    expect(await grid.count()).toBe(0);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(sdmPlan - 1);
    // F: full screen is the projection, the slide alone (no toolbar); the keys still work
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.locator('.deck-toolbar').waitFor({ state: 'hidden' });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/${sdmPlan - 1}$`));
    await page.keyboard.press('f');
    await page.locator('.deck-toolbar').waitFor({ state: 'visible' });
    // back to SDM's slide, where the next tests begin
    await jump(slideNumber('area-actions', 'SDM'));
    await expectSlide(slideNumber('area-actions', 'SDM'));
  }, 60_000);

  it('keeps a presenter view in a second window in step, both ways; G and A work there', async () => {
    const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
    const presenterCounter = presenter.locator('.presenter-status [data-counter]');
    const sdm = slideNumber('area-actions', 'SDM');
    await expect.poll(() => presenterCounter.textContent()).toBe(`${sdm} / ${total}`);
    await presenter.getByText('Slide berikutnya').waitFor();
    expect(await presenter.locator('.presenter-notes li').first().textContent()).toContain(
      'capaian',
    );
    // the speaker's clock: SDM's chair has the floor on SDM's slides; a pause stops it
    const sdmChair = (await page.locator('.deck-stage .slide-header').textContent()) ?? '';
    const speaker = await presenter.locator('.speaker-name').textContent();
    expect(speaker && sdmChair.includes(speaker)).toBe(true);
    await presenter.getByRole('button', { name: 'Jeda' }).click();
    await presenter.getByText('Dijeda').waitFor();
    const stopped = await presenter.locator('[data-speaker-time]').textContent();
    await presenter.waitForTimeout(1_500);
    expect(await presenter.locator('[data-speaker-time]').textContent()).toBe(stopped);
    await presenter.getByRole('button', { name: 'Lanjutkan' }).click();
    expect(await presenter.getByText('Dijeda').count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => presenterCounter.textContent()).toBe(`${sdm + 1} / ${total}`);
    await presenter.keyboard.press('ArrowLeft');
    await expectSlide(sdm);
    // G in the presenter window moves the deck too
    const grid = presenter.getByRole('dialog', { name: 'Semua slide' });
    await presenter.keyboard.press('g');
    await grid.getByRole('button', { name: '2 Indeks RB', exact: true }).click();
    await expectSlide(2);
    // A captures there, where the queue is shown: the projected deck shows no form
    await presenter.keyboard.press('a');
    const form = presenter.getByRole('dialog', { name: 'Catat arahan Menteri' });
    // on the overview the direction is for the whole ministry
    expect(await form.getByLabel('Untuk').inputValue()).toBe('');
    await form.getByLabel('Arahan').fill('Susun peta jalan RB 2026 sebelum Maret');
    await form.getByRole('button', { name: 'Simpan arahan' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expect
      .poll(async () => {
        const res = await page.request.get(`${server.url}/api/v1/directions?year=2024`);
        return ((await res.json()).directions as { text: string; area: string | null }[]).map(
          (d) => `${d.area}|${d.text}`,
        );
      })
      .toContain('null|Susun peta jalan RB 2026 sebelum Maret');
    // A pressed on the projected deck opens the form in the presenter window, not over the slide
    await page.keyboard.press('a');
    await form.waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await form.getByRole('button', { name: 'Batal' }).click();
    // back to SDM's second slide, where the next tests begin
    await presenter.keyboard.press('g');
    await grid
      .getByRole('button', { name: `${sdm} Capaian, rekomendasi, arahan`, exact: true })
      .click();
    await expectSlide(sdm);
    // a presenter window whose answers stop reaching the deck (gone without a goodbye) still
    // looks open for a few seconds: A on the deck then opens the form over the slide after all
    await presenter.evaluate(() => {
      BroadcastChannel.prototype.postMessage = () => {};
    });
    await page.keyboard.press('a');
    const fallback = page.getByRole('dialog', { name: 'Catat arahan Menteri' });
    expect(await fallback.getByLabel('Untuk').inputValue()).toBe('SDM');
    await fallback.getByRole('button', { name: 'Batal' }).click();
    await presenter.close();
  });

  it('captures a direction on the SDM slide; with the server gone the deck goes on and queues the next', async () => {
    await readLayout();
    const sdm = slideNumber('area-actions', 'SDM');
    await page.keyboard.press('a');
    const dialog = page.getByRole('dialog', { name: 'Catat arahan Menteri' });
    expect(await dialog.getByLabel('Untuk').inputValue()).toBe('SDM');
    await dialog.getByLabel('Arahan').fill('Percepat redistribusi pegawai ke unit layanan');
    await dialog.getByRole('button', { name: 'Simpan arahan' }).click();
    await page
      .locator('.deck-stage [data-direction="stored"]', { hasText: 'Percepat redistribusi' })
      .waitFor();

    // the service worker keeps the shell and this deck's requests once it controls the page
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    await server.stop();
    await page.keyboard.press('a');
    await dialog.getByLabel('Arahan').fill('Laporkan pemetaan jabatan kritikal bulan depan');
    await dialog.getByLabel('Tenggat (boleh kosong)').fill('2025-03-31');
    await dialog.getByRole('button', { name: 'Simpan arahan' }).click();
    await page
      .locator('.deck-stage [data-direction="pending"]', { hasText: 'pemetaan jabatan' })
      .waitFor();
    expect(await page.getByText('1 arahan menunggu dikirim').isVisible()).toBe(true);
    // the room sees the direction, not the state of the network: no "waiting" on the slide
    expect(await page.locator('.deck-stage .dir-pending').count()).toBe(0);

    await page.keyboard.press('ArrowRight');
    await expectSlide(sdm + 1);
    await jump(slideNumber('area-plan', 'SDM'));
    await expectSlide(slideNumber('area-plan', 'SDM'));
    expect(await page.locator('.deck-stage .slide .kicker').first().textContent()).toContain(
      'Rencana aksi',
    );
    await page.keyboard.press('ArrowRight');
    await expectSlide(slideNumber('area-score', 'AKT'));
    expect(await heading().textContent()).toBe(areaName('AKT', 'pmprb-2023').id);
    await page.keyboard.press('End');
    await expectSlide(total);
    await page.keyboard.press('Home');
    await expectSlide(1);
    // the queue outlives a reload of the deck's memory: it is in the browser's IndexedDB
    expect(await queuedDirections(page)).toEqual([
      'Laporkan pemetaan jabatan kritikal bulan depan',
    ]);
    // a reload (a clicker's F5) with the server still gone: the deck comes back on its slide,
    // this forum's directions and the waiting one with it
    await jump(sdm);
    await expectSlide(sdm);
    await page.reload();
    await expectSlide(sdm);
    await page
      .locator('.deck-stage [data-direction="stored"]', { hasText: 'Percepat redistribusi' })
      .waitFor();
    await page
      .locator('.deck-stage [data-direction="pending"]', { hasText: 'pemetaan jabatan' })
      .waitFor();
    // and the presenter window opens offline too
    const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
    await expect
      .poll(() => presenter.locator('.presenter-status [data-counter]').textContent())
      .toBe(`${sdm} / ${total}`);
    await presenter.close();
  });

  it('sends the queued direction when the server is back, stored once', async () => {
    await server.start();
    await expect.poll(() => page.locator('.deck-pending').count(), { timeout: 20_000 }).toBe(0);
    const res = await page.request.get(`${server.url}/api/v1/directions?year=2024&area=SDM`);
    expect(res.status()).toBe(200);
    const texts = ((await res.json()).directions as { text: string; dueDate: string | null }[]).map(
      (d) => `${d.text}|${d.dueDate}`,
    );
    expect(texts).toEqual([
      'Percepat redistribusi pegawai ke unit layanan|null',
      'Laporkan pemetaan jabatan kritikal bulan depan|2025-03-31',
    ]);
    await readLayout();
    const sdm = slideNumber('area-actions', 'SDM');
    await jump(sdm);
    await expectSlide(sdm);
    await expect.poll(() => page.locator('.deck-stage [data-direction="stored"]').count()).toBe(2);
    expect(problems).toEqual([]);
  });

  it('asks to sign in over the deck when the session ends mid-forum, keeps the queue and sends it after', async () => {
    const sdm = slideNumber('area-actions', 'SDM');
    // the session ends behind the deck's back (as an idle limit or a sign-out elsewhere would)
    server.handle.sqlite.prepare('DELETE FROM sessions').run();
    await page.keyboard.press('a');
    const dialog = page.getByRole('dialog', { name: 'Catat arahan Menteri' });
    await dialog.getByLabel('Arahan').fill('Tetapkan penanggung jawab data kepegawaian per unit');
    await dialog.getByRole('button', { name: 'Simpan arahan' }).click();
    const signIn = page.getByRole('dialog', { name: 'Sesi Anda berakhir' });
    await signIn.waitFor();
    // the deck stays where it was, the direction waits in the queue
    await expectSlide(sdm);
    expect(await page.locator('.deck-pending').getAttribute('data-pending')).toBe('1');
    expect(await signIn.getByLabel('Nama pengguna').inputValue()).toBe('admin');
    await signIn.getByLabel('Kata sandi').fill('salah-sandi');
    await signIn.getByRole('button', { name: 'Masuk lagi' }).click();
    await signIn.getByRole('alert').waitFor();
    // the keys belong to the dialog: the deck does not move under it
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await expectSlide(sdm);
    await signIn.getByLabel('Kata sandi').fill('rapor-demo');
    await signIn.getByRole('button', { name: 'Masuk lagi' }).click();
    await signIn.waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.deck-pending').count(), { timeout: 20_000 }).toBe(0);
    await expectSlide(sdm);
    const res = await page.request.get(`${server.url}/api/v1/directions?year=2024&area=SDM`);
    expect(((await res.json()).directions as { text: string }[]).map((d) => d.text)).toContain(
      'Tetapkan penanggung jawab data kepegawaian per unit',
    );
    expect(problems).toEqual([]);
  });

  it('corrects a typo and withdraws a direction from the presenter window; the projected slide follows', async () => {
    const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
    presenter.on('pageerror', (e) => problems.push(e.message));
    const list = presenter.locator('.presenter-directions');
    await list.getByText('Percepat redistribusi').waitFor();
    // the demo's 2024 directions and the three captured above
    const recorded = await list.locator('li').count();
    expect(
      await presenter.getByRole('heading', { name: /Arahan tercatat di forum ini/ }).textContent(),
    ).toBe(`Arahan tercatat di forum ini (${recorded})`);
    await list
      .locator('li', { hasText: 'Percepat redistribusi' })
      .getByRole('button', { name: 'Ubah' })
      .click();
    const edit = presenter.getByRole('dialog', { name: 'Perbaiki arahan yang tercatat' });
    await edit.getByLabel('Arahan').fill('Percepat redistribusi pegawai ke unit layanan publik');
    // no reason, no change: said in plain words
    await edit.getByRole('button', { name: 'Simpan perbaikan' }).click();
    await edit.getByText('Tuliskan alasannya').waitFor();
    await edit.getByLabel('Alasan').fill('Salah dengar saat forum');
    await edit.getByRole('button', { name: 'Simpan perbaikan' }).click();
    await edit.waitFor({ state: 'hidden' });
    await page
      .locator('.deck-stage [data-direction="stored"]', { hasText: 'unit layanan publik' })
      .waitFor();

    await list
      .locator('li', { hasText: 'Susun peta jalan' })
      .getByRole('button', { name: 'Tarik' })
      .click();
    const withdraw = presenter.getByRole('dialog', { name: 'Tarik arahan yang salah catat' });
    await withdraw.getByLabel('Alasan').fill('Bukan arahan, hanya usulan peserta');
    await withdraw.getByRole('button', { name: 'Tarik arahan' }).click();
    await withdraw.waitFor({ state: 'hidden' });
    await expect.poll(() => list.locator('li').count()).toBe(recorded - 1);
    const res = await page.request.get(`${server.url}/api/v1/directions?year=2024`);
    const texts = ((await res.json()).directions as { text: string }[]).map((d) => d.text);
    expect(texts).toContain('Percepat redistribusi pegawai ke unit layanan publik');
    expect(texts).not.toContain('Susun peta jalan RB 2026 sebelum Maret');
    await presenter.close();
    expect(problems).toEqual([]);
  });

  it("follows the forum's agenda set on the forum page: a slide hidden, the closing moved up", async () => {
    const pages = await readLayout();
    // the targets slide and its continuation leave together; the areas slide comes in
    const shown = total - pages.filter((p) => p.kind === 'targets').length + 1;
    await page.goto(`${server.url}/forum?year=2024`);
    const agenda = page.getByRole('region', { name: /Agenda presentasi/ });
    // the optional slide of every area against last year starts hidden
    await agenda.getByText('28 dari 31 slide ditampilkan').waitFor();
    await agenda
      .locator('li', { hasText: 'Target baik' })
      .getByRole('checkbox', { name: 'Tampilkan' })
      .uncheck();
    await agenda
      .locator('li', { hasText: 'Semua area' })
      .getByRole('checkbox', { name: 'Tampilkan' })
      .check();
    await agenda.getByRole('button', { name: 'Naikkan Penutup' }).click();
    await agenda.getByText('28 dari 31 slide ditampilkan').waitFor();
    // the title slide's notes, written for this forum
    const title = agenda.locator('li', { hasText: 'Judul' });
    await title.getByRole('button', { name: 'Catatan' }).click();
    const notes = title.getByLabel(/Catatan penyaji untuk Judul/);
    expect(await notes.inputValue()).toContain('Buka forum evaluasi RB tahun 2024');
    await notes.fill('Sambut Menteri dan para ketua pokja\nUmumkan urutan baru: SDM lebih dulu');
    await title.getByRole('button', { name: 'Catatan (diubah)' }).waitFor();
    await agenda.getByRole('button', { name: 'Simpan agenda' }).click();
    await agenda.getByText('Agenda disimpan.').waitFor();

    await page.goto(`${server.url}/present/2024#/1`);
    await expectSlide(1, shown);
    // the presenter window shows them
    const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
    // a new window reads the deck and its agenda first: on a loaded machine that takes seconds
    await presenter.locator('.presenter-notes li').first().waitFor();
    await expect
      .poll(() => presenter.locator('.presenter-notes li').allTextContents(), { timeout: 10_000 })
      .toEqual(['Sambut Menteri dan para ketua pokja', 'Umumkan urutan baru: SDM lebih dulu']);
    await presenter.close();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectSlide(3, shown);
    // the targets slide is gone: the third is every area against 2023 and its target, with
    // the largest gain and fall marked, then MP's
    expect(await heading().textContent()).toBe('Area 2024 terhadap 2023 dan target');
    expect(await page.locator('.deck-stage .areas-table tbody tr').count()).toBe(8);
    expect(await page.locator('.deck-stage .areas-table .tag').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    await expectSlide(4, shown);
    expect(await heading().textContent()).toBe(areaName('MP', 'pmprb-2023').id);
    await page.keyboard.press('End');
    await expectSlide(shown, shown);
    // the closing came up one: the last slide is YAN's action plan
    expect(await page.locator('.deck-stage .slide .kicker').first().textContent()).toContain(
      'Rencana aksi',
    );
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('.deck-stage .slide-closing').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('signing out leaves nothing of the forum in the browser: the kept deck data and the queue go', async () => {
    expect(await page.evaluate(() => caches.has('rapor-deck-data'))).toBe(true);
    await page.goto(`${server.url}/forum?year=2024`);
    // a direction left waiting (its window closed before the server had it)
    expect(
      await queuedDirections(page, { clientId: randomUUID(), text: 'Arahan tertinggal' }),
    ).toEqual(['Arahan tertinggal']);
    await page.getByRole('button', { name: 'Keluar', exact: true }).click();
    await page.waitForURL(/\/login/);
    expect(await page.evaluate(() => caches.has('rapor-deck-data'))).toBe(false);
    expect(await queuedDirections(page)).toEqual([]);
  });

  it("appears on the SDM chair's 2025 worksheet, where the chair reports progress", async () => {
    await browser.context.clearCookies();
    const chair = await browser.context.newPage();
    chair.on('pageerror', (e) => problems.push(e.message));
    await chair.goto(`${server.url}/login`);
    await chair.getByLabel('Nama pengguna').fill('chair-sdm');
    await chair.getByLabel('Kata sandi').fill('rapor-demo');
    await chair.keyboard.press('Enter');
    await chair.waitForURL(/\/entry\/2025\/SDM/);
    const panel = chair.locator('.directions-panel');
    const item = panel.locator('li', { hasText: 'Laporkan pemetaan jabatan' }).first();
    await item.waitFor();
    const form = item.getByRole('form');
    // a chair reports progress; closing is the secretariat's
    expect(await form.locator('select option').allTextContents()).toEqual([
      'Terbuka',
      'Dikerjakan',
    ]);
    await form.getByLabel('Tindak lanjut').fill('Pemetaan 40 jabatan kritikal selesai 60%');
    await form.getByRole('button').click();
    await item.getByText(/Pemetaan 40 jabatan kritikal/).waitFor();
    await item.locator('.status', { hasText: 'Dikerjakan' }).waitFor();
    expect(problems).toEqual([]);
  });
});
