import { formatNumber, formatPercent, formatPlainNumber } from '@rapor/shared/format';
import { Deck } from '@rapor/shared/forum-schemas';
import { ReportSettings } from '@rapor/shared/report-schemas';
import type { AreaResult } from '@rapor/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeArea } from '../helpers/demo-ids';
import { readDocx } from '../helpers/docx';
import { demoTemplate, login, makeTestApp, type TestApp } from '../helpers/test-app';

// The evaluation report (LHE): the secretariat's letter fields per year, the narrative drafted
// from the data, and the Word file whose numbers are the deck's (the presentation model).

const LETTER = {
  number: '700/123/IJ/2025',
  date: '2025-03-14',
  nature: 'Biasa',
  attachments: '1 (satu) berkas',
  subject: '',
  addressee: 'Menteri Sosial\ndi Jakarta',
  signatory: {
    name: 'Dr. Inspektur Contoh',
    title: 'Inspektur Jenderal',
    nip: '197001011995031001',
  },
  copies: ['Sekretaris Jenderal', 'Kepala Biro Organisasi dan Tata Laksana'],
  assignment: { number: 'ST-45/IJ/2025', date: '2025-02-01', period: '3–28 Februari 2025' },
  team: {
    controller: 'Pengendali Contoh',
    lead: 'Ketua Tim Contoh',
    members: ['Anggota Satu', 'Anggota Dua'],
  },
};

describe('the evaluation report (LHE)', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await makeTestApp({ from: await demoTemplate() });
    admin = await login(t.app, 'admin');
  }, 60_000);
  afterAll(() => t.close());

  const get = (url: string, cookie = admin) => t.app.inject({ url, headers: { cookie } });
  const put = (url: string, payload: object, cookie = admin) =>
    t.app.inject({ method: 'PUT', url, headers: { cookie }, payload });

  it('is read by the secretariat, evaluators and leadership; a chair reads only its own area', async () => {
    expect((await t.app.inject({ url: '/api/v1/periods/2024/report' })).statusCode).toBe(401);
    for (const user of ['evaluator', 'leader']) {
      const res = await get('/api/v1/periods/2024/report', await login(t.app, user));
      expect(res.statusCode, user).toBe(200);
    }
    const chair = await login(t.app, 'chair-sdm');
    expect((await get('/api/v1/periods/2024/report', chair)).statusCode).toBe(403);
    expect((await get('/api/v1/periods/2024/report.docx', chair)).statusCode).toBe(403);
    expect((await get('/api/v1/periods/2024/report.docx?area=MP', chair)).statusCode).toBe(403);
    expect((await get('/api/v1/periods/2024/report.docx?area=SDM', chair)).statusCode).toBe(200);
    expect((await get('/api/v1/periods/2024/report.docx?area=ZZ')).statusCode).toBe(400);
    expect((await get('/api/v1/periods/1999/report')).statusCode).toBe(400);
    expect((await get('/api/v1/periods/2030/report')).statusCode).toBe(404);
  });

  it('starts blank with each section drafted from the data, every status in words', async () => {
    const report = ReportSettings.parse((await get('/api/v1/periods/2025/report')).json());
    expect(report).toMatchObject({ version: 0, narrative: {}, updatedAt: null });
    expect(report.letter.signatory.title).toBe('Inspektur Jenderal');
    const deck = Deck.parse((await get('/api/v1/periods/2025/deck')).json());
    expect(report.drafts.opening).toContain(
      `Indeks RB 2025 ${formatNumber(deck.index, 'id')} dari 110`,
    );
    // 2025 is open and incomplete: said so, and no predicate given
    expect(report.drafts.opening).toContain('belum berpredikat');
    expect(report.drafts.opening).toContain(
      `${deck.completeness.answered} dari ${deck.completeness.total} butir terisi`,
    );
    expect(report.drafts.opening).toContain('data langsung');
    expect(report.drafts.basis).toContain('PermenPANRB 9/2023');
  });

  it('is set by the secretariat alone, validated, with the version read, and audited', async () => {
    const body = {
      version: 0,
      letter: LETTER,
      narrative: { appreciation: 'Terima kasih kepada semua pokja.' },
    };
    for (const user of ['leader', 'evaluator', 'chair-sdm']) {
      const res = await put('/api/v1/periods/2024/report', body, await login(t.app, user));
      expect(res.statusCode, user).toBe(403);
    }
    const bad = await put('/api/v1/periods/2024/report', {
      ...body,
      letter: { ...LETTER, date: '14-03-2025', copies: Array(11).fill('Tembusan') },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_ERROR');
    const saved = await put('/api/v1/periods/2024/report', body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 1,
      letter: { number: '700/123/IJ/2025', team: { members: ['Anggota Satu', 'Anggota Dua'] } },
      narrative: { appreciation: 'Terima kasih kepada semua pokja.' },
      by: 'Sekretariat RB (Admin)',
    });
    const stale = await put('/api/v1/periods/2024/report', body);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    // an emptied section is drafted again
    const again = await put('/api/v1/periods/2024/report', {
      ...body,
      version: 1,
      narrative: { appreciation: '' },
    });
    expect(again.json()).toMatchObject({ version: 2, narrative: {} });
    const audit = (await get('/api/v1/audit?entity=report_letter')).json().entries as {
      action: string;
      entityId: string;
    }[];
    expect(audit.map((e) => [e.action, e.entityId])).toEqual([
      ['update', '2024'],
      ['create', '2024'],
    ]);
    await put('/api/v1/periods/2024/report', { ...body, version: 2 });
  });

  it("drafts the 2024 report as Word: an outline of headings, real tables, page numbers on A4, the deck's numbers", async () => {
    const res = await get('/api/v1/periods/2024/report.docx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain('lhe-rb-2024.docx');
    const doc = await readDocx(res.rawPayload);
    const deck = Deck.parse((await get('/api/v1/periods/2024/deck')).json());
    expect(doc.headings[0]).toEqual({
      level: 1,
      text: 'Laporan Hasil Evaluasi Reformasi Birokrasi Kementerian Sosial Republik Indonesia Tahun 2024',
    });
    expect(doc.headings.filter((h) => h.level === 2).map((h) => h.text)).toEqual([
      'A. Dasar Penugasan',
      'B. Dasar Hukum',
      'C. Tujuan',
      'D. Ruang Lingkup',
      'E. Metode',
      'F. Hasil Evaluasi',
      'G. Target Baik',
      'H. Rekomendasi',
      'I. Tindak Lanjut Rekomendasi Sebelumnya',
      'J. Penutup',
      'Data Dukung yang Belum Ada',
      'Lampiran: Nilai per Butir',
      'Lampiran: Sanggahan Nilai',
    ]);
    // the annex: every area's items, the chair's value beside the evaluator's, as the area's page
    expect(doc.headings.filter((h) => h.level === 3).map((h) => h.text)).toEqual(
      deck.areas.map((a) => `${a.code} ${a.name.id}`),
    );
    const sdm = (await get('/api/v1/periods/2024/areas/SDM')).json() as AreaResult;
    const leaves = (nodes: AreaResult['tree']): AreaResult['tree'] =>
      nodes.flatMap((n) => (n.indicator ? [n] : leaves(n.children ?? [])));
    for (const leaf of leaves(sdm.tree)) {
      const i = leaf.indicator;
      const shown = (v: unknown) =>
        v === null || v === undefined
          ? '—'
          : typeof v === 'number'
            ? formatPlainNumber(v, 'id')
            : v === true
              ? 'Ya'
              : v === false
                ? 'Tidak'
                : String(v);
      expect(doc.all).toContain(
        [
          `${leaf.code} ${leaf.name.id}`,
          i?.figure ? '—' : shown(i?.selfValue),
          i?.figure ? '—' : shown(i?.evaluatorValue),
          i?.figure ? shown(i.value) : '—',
          formatNumber(leaf.points, 'id'),
        ].join('\n'),
      );
    }
    expect(doc.tables).toBeGreaterThanOrEqual(7);
    expect(doc.xml).toContain('w:w="11906" w:h="16838"');
    expect(doc.footer).toContain('PAGE');
    expect(doc.footer).toContain('NUMPAGES');
    // the letter's fields
    for (const text of [
      '700/123/IJ/2025',
      'Menteri Sosial',
      'di Jakarta',
      'Dr. Inspektur Contoh',
      'NIP 197001011995031001',
      '1. Sekretaris Jenderal',
      'ST-45/IJ/2025',
      'Anggota Dua',
      'Terima kasih kepada semua pokja.',
    ])
      expect(doc.all, text).toContain(text);
    // the numbers are the deck's: index, predicate, each area, each recommendation
    expect(doc.all).toContain(`Indeks RB 2024 ${formatNumber(deck.index, 'id')} dari 110`);
    expect(doc.all).toContain(`Indeks RB 2024 · ${deck.shownPredicate}`);
    for (const a of deck.areas) {
      expect(doc.all).toContain(
        [
          `${a.code} ${a.name.id}`,
          formatNumber(a.points, 'id'),
          formatNumber(a.max, 'id'),
          formatPercent(a.percent, 'id', 1),
        ].join('\n'),
      );
      for (const r of a.recommendations) expect(doc.all).toContain(r.text);
    }
    // the share of items meeting target baik
    expect(doc.all).toContain(
      `Target baik: ${deck.targetBaik?.met} dari ${deck.targetBaik?.total} butir tercapai`,
    );
  });

  it('lists the items a group scored itself without evidence', async () => {
    const before = await readDocx((await get('/api/v1/periods/2025/report.docx')).rawPayload);
    expect(before.all).toContain('Setiap butir yang dinilai mandiri telah disertai data dukung.');
    // PPU's chair answers its open item and attaches nothing
    await completeArea(t.app, await login(t.app, 'chair-ppu'), 2025, 'PPU');
    const after = await readDocx((await get('/api/v1/periods/2025/report.docx')).rawPayload);
    expect(after.all).toContain('1 butir yang dinilai mandiri belum disertai data dukung');
    expect(after.all).toMatch(/^PPU\nT\.INV\.S .*\n80$/m);
  });

  it("writes a working group's report and a snapshot's", async () => {
    const res = await get('/api/v1/periods/2024/report.docx?area=SDM');
    expect(res.headers['content-disposition']).toContain('lhe-rb-2024-SDM.docx');
    const doc = await readDocx(res.rawPayload);
    const deck = Deck.parse((await get('/api/v1/periods/2024/deck')).json());
    const sdm = deck.areas.find((a) => a.code === 'SDM');
    expect(doc.headings[0]?.text).toContain(`Area SDM ${sdm?.name.id}`);
    expect(doc.all).toContain(
      `Nilai area ${formatNumber(sdm?.points ?? -1, 'id')} dari ${formatNumber(sdm?.max ?? -1, 'id')}`,
    );
    for (const r of sdm?.recommendations ?? []) expect(doc.all).toContain(r.text);
    expect(doc.all).not.toContain('ST-45/IJ/2025');

    const frozen = await t.app.inject({
      method: 'POST',
      url: '/api/v1/periods/2024/snapshots',
      headers: { cookie: admin },
      payload: {},
    });
    const number = frozen.json().number as number;
    const fromSnapshot = await get(`/api/v1/periods/2024/report.docx?snapshot=${number}`);
    expect(fromSnapshot.headers['content-disposition']).toContain(
      `lhe-rb-2024-salinan-${number}.docx`,
    );
    expect((await readDocx(fromSnapshot.rawPayload)).all).toContain(`salinan beku #${number}`);
  });
});
