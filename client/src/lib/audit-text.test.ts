import type { AuditEntry } from '@rapor/shared/write-schemas';
import { describe, expect, it } from 'vitest';
import { id } from '../i18n/id';
import { describeEntry } from './audit-text';

const t = (key: string, values: Record<string, string | number> = {}) =>
  ((id as Record<string, string>)[key] ?? key).replace(/\{(\w+)\}/g, (_, k) =>
    String(values[k] ?? ''),
  );

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-01-10T03:00:00.000Z',
  user: 'evaluator',
  userName: 'Ani Lestari',
  role: 'evaluator',
  action: 'update',
  entity: 'area_result',
  entityId: '2025/SDM',
  scope: '2025/SDM',
  before: null,
  after: null,
  ...over,
});

describe('describeEntry', () => {
  it('words the secretariat’s own acts: a period opened, moved and closed with exceptions, an area closed unverified, an account made', () => {
    const admin = { user: 'admin', userName: 'Sekretariat RB', role: 'admin' as const };
    const said = (over: Partial<AuditEntry>) => describeEntry(entry({ ...admin, ...over }), t).what;
    expect(
      said({
        entity: 'period',
        action: 'create',
        entityId: '2026',
        scope: null,
        after: { year: 2026, frameworkId: 'pmprb-2023' },
      }),
    ).toEqual(['membuka periode 2026 dengan kerangka pmprb-2023']);
    expect(
      said({
        entity: 'period',
        action: 'rebind',
        entityId: '2026',
        scope: null,
        before: { frameworkId: 'pmprb-2023' },
        after: { frameworkId: 'pmprb-2024', rescaledTargets: [] },
      }),
    ).toEqual(['memindahkan periode 2026 dari kerangka pmprb-2023 ke pmprb-2024']);
    expect(
      said({
        entity: 'framework',
        action: 'document',
        entityId: 'pmprb-2023',
        scope: null,
        after: { rubrics: ['A.1', 'A.2', 'T.KMS.S'] },
      }),
    ).toEqual([
      'melengkapi rubrik kerangka pmprb-2023 (3 butir); bobot dan aturan nilai tidak berubah',
    ]);
    expect(
      said({
        entity: 'period',
        action: 'move',
        entityId: '2026',
        scope: null,
        before: { state: 'review' },
        after: {
          state: 'closed',
          exceptions: [
            { area: 'MP', reason: 'x' },
            { area: 'PPU', reason: 'y' },
          ],
        },
      }),
    ).toEqual([
      'memindahkan periode 2026 dari Reviu ke Ditutup',
      '2 area ditutup tanpa verifikasi, masing-masing dengan alasan',
    ]);
    expect(
      said({
        entity: 'area_result',
        action: 'finalize',
        entityId: '2026/AKT',
        scope: '2026/AKT',
        after: { status: 'final', closedUnverified: 'Tidak diajukan' },
      }),
    ).toEqual(['hasil 2026 AKT ditutup tanpa verifikasi: “Tidak diajukan”']);
    expect(
      said({
        entity: 'area_result',
        action: 'finalize',
        entityId: '2026/MP',
        scope: '2026/MP',
        after: { status: 'final' },
      }),
    ).toEqual(['hasil 2026 MP menjadi final']);
    const system = describeEntry(
      entry({
        user: null,
        userName: null,
        role: null,
        entity: 'user',
        action: 'create',
        entityId: '1',
        scope: null,
        after: { username: 'ani', role: 'chair' },
      }),
      t,
    );
    expect(system).toEqual({ who: 'Sistem', what: ['membuat akun ani (Ketua Pokja)'] });
    expect(
      said({
        entity: 'direction',
        action: 'create',
        entityId: '4',
        scope: '2025/MP',
        after: { text: 'Pantau tiap triwulan' },
      }),
    ).toEqual(['mencatat arahan Menteri “Pantau tiap triwulan”']);
    expect(
      said({
        entity: 'direction',
        action: 'update',
        entityId: '4',
        scope: '2025/MP',
        before: { text: 'Pantau tiap triwlan', version: 1 },
        after: { text: 'Pantau tiap triwulan', reason: 'salah ketik', version: 2 },
      }),
    ).toEqual([
      'memperbaiki arahan Menteri “Pantau tiap triwlan” menjadi “Pantau tiap triwulan” (alasan: salah ketik)',
    ]);
    expect(
      said({
        entity: 'direction',
        action: 'withdraw',
        entityId: '4',
        scope: '2025/MP',
        before: { text: 'Pantau tiap triwulan', version: 2 },
        after: { reason: 'bukan arahan Menteri', version: 3 },
      }),
    ).toEqual([
      'menarik arahan “Pantau tiap triwulan” karena salah catat (alasan: bukan arahan Menteri)',
    ]);
  });

  it('names the person with their role and quotes the return comment', () => {
    expect(
      describeEntry(entry({ after: { status: 'returned', reviewComment: 'Lengkapi SK tim' } }), t),
    ).toEqual({
      who: 'Ani Lestari (Evaluator)',
      what: ['mengembalikan 2025 SDM: “Lengkapi SK tim”'],
    });
  });

  it('says what changed from → to, per field', () => {
    const d = describeEntry(
      entry({
        entity: 'indicator_answer',
        entityId: '2025/RF.SDM.b',
        before: { selfValue: 'C', selfComment: null },
        after: { selfValue: 'B', selfComment: 'SK terlampir' },
        userName: 'Budi',
        role: 'chair',
      }),
      t,
    );
    expect(d).toEqual({
      who: 'Budi (Ketua Pokja)',
      what: [
        'mengubah jawaban RF.SDM.b dari C menjadi B',
        'mengubah catatan RF.SDM.b dari (kosong) menjadi SK terlampir',
      ],
    });
  });

  it('reads yes/no answers, evidence counts and single returned indicators', () => {
    expect(
      describeEntry(
        entry({
          entity: 'indicator_answer',
          entityId: '2025/MP.1.a',
          before: { selfValue: false },
          after: { selfValue: true },
        }),
        t,
      ).what,
    ).toEqual(['mengubah jawaban MP.1.a dari Tidak menjadi Ya']);
    expect(
      describeEntry(
        entry({
          entity: 'indicator_answer',
          entityId: '2025/MP.1.a',
          after: { evidence: [{}, {}] },
        }),
        t,
      ).what,
    ).toEqual(['memperbarui data dukung MP.1.a (2 dokumen)']);
    expect(
      describeEntry(
        entry({
          entity: 'indicator_answer',
          action: 'return',
          entityId: '2025/MP.1.a',
          after: { reason: 'Tanpa bukti' },
        }),
        t,
      ).what,
    ).toEqual(['mengembalikan MP.1.a: “Tanpa bukti”']);
  });

  it('words follow-ups and uploads, and an action it does not know does not break it', () => {
    expect(
      describeEntry(
        entry({
          entity: 'recommendation',
          action: 'follow-up',
          entityId: '12',
          after: { status: 'in_progress', note: 'Rencana aksi disusun' },
        }),
        t,
      ).what,
    ).toEqual(['mencatat tindak lanjut (Dikerjakan): “Rencana aksi disusun”']);
    expect(
      describeEntry(
        entry({
          entity: 'evidence_file',
          action: 'upload',
          entityId: '3',
          after: { name: 'SK.pdf' },
        }),
        t,
      ).what,
    ).toEqual(['mengunggah data dukung “SK.pdf”']);
    expect(
      describeEntry(entry({ entity: 'achievement', action: 'archive', entityId: '9' }), t).what,
    ).toEqual(['archive 9']);
  });

  it('words an item left out of RB General, and counted again', () => {
    const item = { entity: 'item', entityId: '2026/B.H.10', scope: null };
    expect(
      describeEntry(
        entry({ ...item, action: 'exclude', after: { reason: 'Tidak dinilai DJKN' } }),
        t,
      ).what,
    ).toEqual(['menandai B.H.10 tidak berlaku tahun ini: “Tidak dinilai DJKN”']);
    expect(describeEntry(entry({ ...item, action: 'include' }), t).what).toEqual([
      'memberlakukan lagi B.H.10',
    ]);
  });

  it('words sign-ins with the address, and failed or held-back ones', () => {
    const session = { entity: 'session', entityId: 'admin', scope: null };
    expect(
      describeEntry(entry({ ...session, action: 'sign-in', after: { address: '10.0.0.5' } }), t)
        .what,
    ).toEqual(['masuk dari 10.0.0.5']);
    expect(
      describeEntry(
        entry({ ...session, action: 'sign-in-failed', after: { address: '203.0.113.9' } }),
        t,
      ).what,
    ).toEqual(['gagal masuk sebagai admin dari 203.0.113.9 (kata sandi salah)']);
  });

  it('never shows a table name, even for what it does not know', () => {
    const d = describeEntry(
      entry({ entity: 'something_new', action: 'archive', entityId: '7', userName: null }),
      t,
    );
    expect(d.who).toBe('Sistem');
    expect(d.what.join(' ')).not.toMatch(/something_new/);
  });
});
