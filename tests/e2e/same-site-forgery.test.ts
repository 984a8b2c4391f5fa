import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';
import type { TestApp } from '../helpers/test-app';

// A page of a second origin on the same site (another port of the same host: the browser
// sends the SameSite=Lax session cookie along) tries what needs no preflight: a multipart
// upload and a bodiless POST. Both reach the server with the chair's cookie and are refused.

const ATTACK = (target: string) => `<!doctype html><meta charset="utf-8"><title>lain</title>
<script>
  window.attack = async () => {
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4 palsu'], { type: 'application/pdf' }), 'palsu.pdf');
    await fetch('${target}/api/v1/periods/2025/areas/YAN/evidence', {
      method: 'POST', body: form, mode: 'no-cors', credentials: 'include',
    });
    await fetch('${target}/api/v1/auth/logout-everywhere', {
      method: 'POST', mode: 'no-cors', credentials: 'include',
    });
    return 'sent';
  };
</script>`;

describe('forgery from a same-site page', () => {
  let server: TestApp & { url: string };
  let attacker: Server;
  let attackerUrl = '';
  let browser: Browser;
  beforeAll(async () => {
    server = await startLiveServer();
    attacker = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(ATTACK(server.url));
    });
    await new Promise<void>((done) => attacker.listen(0, '127.0.0.1', done));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => attacker?.close(done));
    await server?.close();
  });

  it("neither stores a file as the signed-in chair nor ends the chair's sessions", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Nama pengguna').fill('chair-yan');
    await page.getByLabel('Kata sandi').fill('rapor-demo');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const evidence = () =>
      (server.sqlite.prepare('SELECT count(*) AS n FROM evidence_files').get() as { n: number }).n;
    const before = evidence();
    const sessions = () =>
      server.sqlite.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number };
    const sessionsBefore = sessions().n;
    expect(sessionsBefore).toBeGreaterThan(0);

    const seen: { url: string; status: number }[] = [];
    const other = await browser.context.newPage();
    other.on('response', (r) => {
      if (r.url().startsWith(server.url)) seen.push({ url: r.url(), status: r.status() });
    });
    await other.goto(attackerUrl);
    expect(
      await other.evaluate(() => (window as unknown as { attack(): Promise<string> }).attack()),
    ).toBe('sent');

    // Both requests reached the server (with the cookie) and were refused.
    expect(seen.map((s) => s.status)).toEqual([403, 403]);
    expect(evidence()).toBe(before);
    expect(sessions().n).toBe(sessionsBefore);
    // The chair's own tab still works: the session was not ended.
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
    expect(me).toBe(200);
  });
});
