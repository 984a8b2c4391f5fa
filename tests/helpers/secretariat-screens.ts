import type { Page } from 'playwright-core';

// What the secretariat does on its screens in the whole-year browser tests, one way.

export interface NewAccount {
  username: string;
  name: string;
  role: 'chair' | 'evaluator' | 'leader';
  area?: string;
  /** where reminders go */
  email?: string;
}

/** Opens `year` on a framework from the period board, then creates each account (password kata-sandi-rahasia-<year>). */
export async function openYearWithAccounts(
  admin: Page,
  year: number,
  frameworkId: string,
  accounts: readonly NewAccount[],
) {
  await admin.getByLabel('Tahun', { exact: true }).fill(String(year));
  await admin.getByLabel('Kerangka').selectOption(frameworkId);
  await admin.getByRole('button', { name: `Buka periode ${year}` }).click();
  const opened = admin.getByRole('status').filter({ hasText: `Periode ${year} dibuka` });
  await opened.waitFor();
  // no chair yet on an empty database: the confirmation leads to the users page
  await opened.getByRole('link', { name: /Pengguna/ }).click();
  const form = admin.getByRole('region', { name: 'Buat akun' });
  for (const { username, name, role, area, email } of accounts) {
    await form.getByLabel('Nama pengguna').fill(username);
    await form.getByLabel('Nama', { exact: true }).fill(name);
    await form.getByLabel('Peran').selectOption(role);
    if (area) await form.getByLabel('Area pokja').selectOption(area);
    await form.getByLabel('E-mail pengingat (boleh kosong)').fill(email ?? '');
    await form.getByLabel('Kata sandi awal').fill(`kata-sandi-rahasia-${year}`);
    await form.getByRole('button', { name: 'Buat akun' }).click();
    await admin
      .getByRole('status')
      .filter({ hasText: `Akun ${username} dibuat.` })
      .waitFor();
  }
}

export const figureRow = (page: Page, code: string) =>
  page.locator(`#fig-${code.replaceAll('.', '\\.')}`);

/** Enters one figure on the sourced-figures page with a source document titled after it. */
export async function enterFigure(admin: Page, year: number, code: string, value: string) {
  const row = figureRow(admin, code);
  await row.getByRole('button', { name: `Isi atau ubah angka ${code}` }).click();
  const form = row.getByRole('form', { name: `Isian angka ${code}` });
  if (value === 'WTP') await form.getByLabel(/Nilai/).selectOption('WTP');
  else await form.getByLabel(/Nilai/).fill(value);
  await form.getByLabel('Judul dokumen sumber').fill(`Laporan ${code} ${year}`);
  await form.getByLabel('Tanggal dokumen').fill(`${year + 1}-01-20`);
  await form.getByRole('button', { name: 'Simpan' }).click();
  await row.getByText(`Laporan ${code} ${year}`).waitFor();
}
