import { randomUUID } from 'node:crypto';
import { deckSlides, slideKey } from '@rapor/shared/forum';
import { Deck } from '@rapor/shared/forum-schemas';
import { APP_REQUEST_HEADER } from '@rapor/shared/schemas';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';
import { login } from '../helpers/test-app';

// Printing (or saving as PDF) from Chromium: the deck one slide per landscape page, the
// overview without the app's controls.

/**
 * What a slide gets wrong for the back of the room: text under 28 px (labels — tags, chart
 * labels — under 22 px) on the 1920 × 1080 canvas; its body's content running past its
 * bottom, or a cell's text past its width. Runs in the page (serialised), so it stands alone.
 */
function slideProblems(slide: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    const element = node.parentElement;
    if (!text || !element) continue;
    const size = Number.parseFloat(getComputedStyle(element).fontSize);
    const least = element.closest('svg, .tag') ? 22 : 28;
    if (size < least) out.push(`${size}px "${text.slice(0, 30)}"`);
  }
  const body = slide.querySelector('.slide-body');
  if (body && body.scrollHeight > body.clientHeight + 1)
    out.push(`body runs ${body.scrollHeight - body.clientHeight}px past the slide`);
  for (const cell of slide.querySelectorAll('td, th, li, h3, p'))
    if (cell.scrollWidth > cell.clientWidth + 1)
      out.push(`"${cell.textContent?.slice(0, 30)}" runs past its width`);
  return out;
}

/** Every slide of the deck open on `page`, as its print copy draws them all at once. */
async function everySlide(page: Page) {
  const counter = page.locator('.deck-toolbar [data-counter]');
  await counter.waitFor();
  const total = Number((await counter.textContent())?.split('/')[1]);
  await page.emulateMedia({ media: 'print' });
  const slides = page.locator('.print-deck .slide');
  await expect.poll(() => slides.count(), { timeout: 10_000 }).toBe(total);
  const problems = await slides.evaluateAll((all, source) => {
    const check = new Function(`return (${source})`)() as (s: Element) => string[];
    return all.flatMap((s, i) =>
      check(s).map(
        (c) => `slide ${i + 1} (${s.className} ${s.getAttribute('data-part') ?? ''}): ${c}`,
      ),
    );
  }, slideProblems.toString());
  return { total, slides, problems };
}

const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('printing the deck and the overview', () => {
  let server: Awaited<ReturnType<typeof startLiveServer>>;
  let browser: Browser;
  beforeAll(async () => {
    server = await startLiveServer();
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Nama pengguna').fill('leader');
    await page.getByLabel('Kata sandi').fill('rapor-demo');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('prints the deck one slide per 16:9 page, every slide, without the toolbar', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/present/2024`);
    await page.locator('.deck-toolbar [data-counter]').waitFor();
    await page.locator('.print-deck').waitFor({ state: 'attached' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    // 2024 is scored with targets baik and every group planned: 19 slides, 8 plans, and 5
    // continuations (targets baik, and recommendations that run past their slide)
    expect(pageCount(pdf)).toBe(33);
    // 1920 × 1080 CSS px is 1440 × 810 pt
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 1440 810\]/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.deck-toolbar').isVisible()).toBe(false);
    expect(await page.locator('.print-page').count()).toBe(33);
    // Each slide fills its page: not scaled down by the app's A4 print rule.
    const drawn = await page
      .locator('.print-page')
      .first()
      .evaluate((el) => el.getBoundingClientRect().width);
    expect(drawn).toBe(1920);
    await page.close();
  });

  // Text at its size and nothing cut: what does not fit continues on the next slide
  // (shared/src/deck-pages.ts), on every slide of the years with most on them.
  it('reads from the back of the room: no text on any slide under its size, none cut', async () => {
    const page = await browser.context.newPage();
    for (const year of [2023, 2024, 2025]) {
      await page.goto(`${server.url}/present/${year}`);
      const { problems } = await everySlide(page);
      expect(problems, String(year)).toEqual([]);
      await page.emulateMedia({ media: 'screen' });
    }
    await page.close();
  });

  it('prints handouts: 3 or 6 slides per portrait A4 page, every slide once, no controls', async () => {
    const page = await browser.context.newPage();
    for (const [per, pages] of [
      [3, 11],
      [6, 6],
    ] as const) {
      await page.goto(`${server.url}/present/2024/handout?per=${per}`);
      await page.locator('[data-handout-slide]').first().waitFor();
      expect(await page.locator('[data-handout-slide]').count()).toBe(33);
      expect(await page.locator('.handout-page').count()).toBe(pages);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pageCount(pdf)).toBe(pages);
      // A4 portrait (595 × 842 pt, as Chromium rounds it)
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/);
      // the three-up page carries each slide's speaker notes beside it
      if (per === 3)
        expect(await page.locator('.handout-notes').first().textContent()).toContain('2024');
    }
    await page.getByLabel('3 slide').click();
    await expect.poll(() => page.url()).toMatch(/per=3/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.handout-toolbar').isVisible()).toBe(false);
    await page.close();
  });

  it('prints the overview on landscape A4 without the header controls', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/overview?year=2024`);
    await page
      .getByRole('heading', { level: 1, name: 'Ikhtisar Reformasi Birokrasi 2024' })
      .waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const control of ['.view-controls', '.user-block', '.main-nav']) {
      expect(await page.locator(control).isVisible(), control).toBe(false);
    }
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.9\d* 594\.9\d*\]/);
    expect(pageCount(pdf)).toBeLessThanOrEqual(6);
    await page.close();
  });
  // after the counts above: it names the optional slides in the agendas of these years
  it("reads the overview's other views from the back of the room too, in every method", async () => {
    const admin = await login(server.app, 'admin');
    const page = await browser.context.newPage();
    for (const year of [2021, 2023, 2024, 2025]) {
      const deck = Deck.parse(
        (
          await server.app.inject({
            url: `/api/v1/periods/${year}/deck`,
            headers: { cookie: admin },
          })
        ).json(),
      );
      const order = deckSlides(deck).map(slideKey);
      const saved = await server.app.inject({
        method: 'PUT',
        url: `/api/v1/periods/${year}/agenda`,
        headers: { cookie: admin, [APP_REQUEST_HEADER]: '1' },
        payload: { version: 0, order, hidden: [] },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      await page.goto(`${server.url}/present/${year}`);
      const { slides, problems } = await everySlide(page);
      expect(problems, String(year)).toEqual([]);
      for (const kind of ['areas', 'components', 'outcomes'])
        expect(
          await slides.locator(`xpath=self::*[contains(@class, "slide-${kind}")]`).count(),
          `${year} ${kind}`,
        ).toBe(1);
      await page.emulateMedia({ media: 'screen' });
    }
    await page.close();
  }, 60_000);

  // last: it adds directions to the shared server's 2024 forum
  it('continues a list that does not fit on the next slide, in the deck and the PowerPoint alike', async () => {
    const admin = await login(server.app, 'admin');
    // eight long directions for SDM at the 2024 forum: more than its slide holds
    const given = Array.from(
      { length: 8 },
      (_, i) =>
        `Arahan ${i + 1}: percepat penataan jabatan fungsional di seluruh unit eselon satu, selaraskan dengan peta jabatan dan analisis beban kerja terbaru, dan laporkan kemajuannya setiap bulan.`,
    );
    for (const text of given) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/v1/periods/2024/directions',
        headers: { cookie: admin },
        payload: {
          clientId: randomUUID(),
          area: 'SDM',
          text,
          owner: 'Biro SDM',
          dueDate: '2025-06-30',
        },
      });
      expect(res.statusCode).toBe(201);
    }
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/present/2024`);
    const { total, slides, problems } = await everySlide(page);
    expect(problems).toEqual([]);
    const parts = await slides.evaluateAll((all) =>
      all.flatMap((s) => {
        const kicker = s.querySelector('.kicker')?.textContent ?? '';
        return kicker.includes('SDM') && s.classList.contains('slide-area-actions')
          ? [s.getAttribute('data-part')]
          : [];
      }),
    );
    expect(parts.length).toBeGreaterThan(1);
    expect(parts).toEqual(parts.map((_, i) => `${i + 1}/${parts.length}`));
    // each direction once, whole, none cut
    const text = (await slides.allTextContents()).join('\n');
    for (const d of given) expect(text.split(d).length - 1).toBe(1);
    await page.close();
    // the PowerPoint has the same slides
    const pptx = await server.app.inject({
      url: '/api/v1/periods/2024/export.pptx',
      headers: { cookie: admin },
    });
    const zip = await JSZip.loadAsync(pptx.rawPayload);
    const files = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(files).toHaveLength(total);
  }, 60_000);
});
