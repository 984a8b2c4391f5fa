import { launchBrowser } from '../helpers/browser';
import { startLiveServer } from '../helpers/live-server';
import { APP_HEADERS } from '../helpers/test-app';

const server = await startLiveServer();
const browser = await launchBrowser({ width: 1440, height: 900 });
try {
  await browser.context.request.post(`${server.url}/api/v1/auth/login`, {
    headers: APP_HEADERS,
    data: { username: 'admin', password: 'rapor-demo' },
  });
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/figures?year=2025`);
  await page.getByTestId('paste-figures').locator('summary').click();
  await page
    .getByLabel('Tabel yang ditempel')
    .fill(
      [
        'Kode\tNilai\tJudul sumber\tPenerbit\tTanggal',
        'B.H.3\t3,45\tLaporan penilaian maturitas SPIP 2025\tBPKP\t20/01/2026',
        'B.H.4\t2,6',
        'C.S.2\t78,1\tHasil SPI 2025\tKPK\t15/12/2025',
        'C.S.3\t120',
        'X.1\t5',
      ].join('\n'),
    );
  await page.getByTestId('paste-figures').screenshot({ path: 'screenshots/paste-wrong.png' });
  await page
    .getByLabel('Tabel yang ditempel')
    .fill(
      [
        'B.H.3\t3,45\tLaporan penilaian maturitas SPIP 2025\tBPKP\t20/01/2026',
        'B.H.4\t2,6',
        'C.S.2\t78,1\tHasil SPI 2025\tKPK\t15/12/2025',
      ].join('\n'),
    );
  await page.getByRole('button', { name: 'Simpan 3 angka' }).click();
  await page.getByText('3 angka tersimpan.').waitFor();
  await page.getByTestId('paste-figures').screenshot({ path: 'screenshots/paste-saved.png' });
  await browser.context.clearCookies();
  await browser.context.request.post(`${server.url}/api/v1/auth/login`, {
    headers: APP_HEADERS,
    data: { username: 'evaluator', password: 'rapor-demo' },
  });
  const ev = await browser.context.newPage();
  await ev.goto(`${server.url}/figures?year=2025`);
  await ev.getByTestId('bulk-verify').waitFor();
  await ev.getByLabel('Pilih B.H.3 untuk diverifikasi').check();
  await ev.getByLabel('Pilih B.H.4 untuk diverifikasi').check();
  await ev.screenshot({ path: 'screenshots/bulk-verify.png' });
  console.log('ok');
} finally {
  await browser.close();
  await server.close();
}
