import type { AreaCode } from './areas';
import type { PeriodState, ResultStatus } from './workflow';

/**
 * Who may do what, in which period state and result status: the one table. Routes declare
 * an action from it; services check the context (area, state, status) against the same row.
 */
export const ROLES = ['admin', 'chair', 'evaluator', 'leader', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface Rule {
  roles: readonly Role[];
  /** a chair acts only on the areas of their working group */
  ownAreaOnly?: boolean;
  periodStates?: readonly PeriodState[];
  statuses?: readonly ResultStatus[];
  description: string;
}

export const PERMISSIONS = {
  'result.read': {
    roles: ROLES,
    description: 'Baca hasil area (nilai, data dukung, komentar, riwayat)',
  },
  'result.edit': {
    roles: ['chair'],
    ownAreaOnly: true,
    periodStates: ['open'],
    statuses: ['draft', 'returned'],
    description: 'Isi narasi, penilaian mandiri, data dukung, capaian dan rekomendasi area sendiri',
  },
  'result.setTarget': {
    roles: ['admin'],
    periodStates: ['open', 'review'],
    statuses: ['draft', 'submitted', 'returned', 'verified'],
    description: 'Tetapkan target nilai area',
  },
  'result.evaluate': {
    roles: ['evaluator'],
    periodStates: ['open', 'review'],
    statuses: ['submitted'],
    description: 'Isi nilai dan catatan evaluator',
  },
  'result.submit': {
    roles: ['chair'],
    ownAreaOnly: true,
    periodStates: ['open'],
    statuses: ['draft', 'returned'],
    description: 'Ajukan hasil untuk direviu',
  },
  'result.return': {
    roles: ['evaluator'],
    periodStates: ['open', 'review'],
    statuses: ['submitted'],
    description: 'Kembalikan hasil dengan catatan',
  },
  'result.verify': {
    roles: ['evaluator'],
    periodStates: ['open', 'review'],
    statuses: ['submitted'],
    description: 'Verifikasi hasil',
  },
  'plan.edit': {
    roles: ['chair'],
    ownAreaOnly: true,
    periodStates: ['open'],
    description:
      'Susun rencana aksi area sendiri: kegiatan utama, indikator dan target, aksi dengan target triwulan dan anggaran',
  },
  'plan.report': {
    roles: ['chair'],
    ownAreaOnly: true,
    periodStates: ['open'],
    description: 'Laporkan realisasi triwulan rencana aksi area sendiri (output, anggaran, bukti)',
  },
  'followUp.create': {
    roles: ['chair', 'evaluator'],
    ownAreaOnly: true,
    periodStates: ['open', 'review'],
    description: 'Catat tindak lanjut rekomendasi (juga dari tahun sebelumnya)',
  },
  'recommendation.close': {
    roles: ['evaluator'],
    description:
      'Tutup rekomendasi (selesai atau dibatalkan) atau buka kembali; yang lain hanya mengusulkan selesai',
  },
  'recommendation.read': {
    roles: ROLES,
    description: 'Baca rekomendasi dan tindak lanjutnya',
  },
  'direction.read': {
    roles: ROLES,
    description: 'Baca arahan Menteri dan tindak lanjutnya',
  },
  'direction.create': {
    roles: ['admin'],
    description: 'Catat arahan Menteri di forum evaluasi (juga saat presentasi berjalan)',
  },
  'direction.correct': {
    roles: ['admin'],
    description:
      'Perbaiki arahan yang tercatat (teks, penanggung jawab, tenggat) atau tarik arahan yang salah catat, dengan alasan',
  },
  'direction.followUp': {
    roles: ['chair', 'admin'],
    ownAreaOnly: true,
    description:
      'Catat tindak lanjut arahan area sendiri; sekretariat menutup arahan (selesai atau dibatalkan)',
  },
  'direction.close': {
    roles: ['admin'],
    description: 'Tutup arahan Menteri (selesai atau dibatalkan); yang lain melaporkan kemajuannya',
  },
  'forum.arrange': {
    roles: ['admin'],
    description: 'Atur urutan slide forum dan sembunyikan slide (agenda presentasi)',
  },
  'report.read': {
    roles: ['admin', 'evaluator', 'leader'],
    description: 'Baca dan unduh laporan hasil evaluasi (LHE) kementerian',
  },
  'report.edit': {
    roles: ['admin'],
    description: 'Isi kop, penandatangan, tim dan narasi laporan hasil evaluasi',
  },
  'reportArea.read': {
    roles: ['admin', 'evaluator', 'leader', 'chair'],
    ownAreaOnly: true,
    description: 'Unduh laporan hasil evaluasi satu area (pokja sendiri)',
  },
  'national.record': {
    roles: ['admin'],
    description:
      'Catat hasil evaluasi nasional (surat KemenPANRB) tahun yang sudah ditutup dan sanggahannya',
  },
  'appeal.window': {
    roles: ['admin'],
    periodStates: ['review'],
    description: 'Buka atau tutup masa sanggah nilai evaluator selama periode dalam reviu',
  },
  'appeal.file': {
    roles: ['chair'],
    ownAreaOnly: true,
    periodStates: ['review'],
    description:
      'Ajukan sanggahan atas nilai evaluator pada butir area sendiri, dengan alasan dan berkas',
  },
  'appeal.answer': {
    roles: ['evaluator'],
    periodStates: ['review'],
    description: 'Jawab sanggahan (diterima atau ditolak) dengan tanggapan',
  },
  'appeal.rescore': {
    roles: ['evaluator'],
    periodStates: ['review'],
    description: 'Ubah nilai butir yang sanggahannya diterima (tercatat tersendiri di jejak audit)',
  },
  'snapshot.create': {
    roles: ['admin'],
    description: 'Bekukan data periode untuk forum evaluasi (salinan bernomor yang tidak berubah)',
  },
  'figure.read': {
    roles: ROLES,
    description: 'Baca angka bersumber (komponen Hasil dan penilaian instansi lain)',
  },
  'figure.enter': {
    roles: ['admin'],
    periodStates: ['open', 'review'],
    description: 'Isi angka bersumber beserta dokumen sumbernya',
  },
  'figure.verify': {
    roles: ['evaluator'],
    periodStates: ['open', 'review'],
    description: 'Periksa angka bersumber terhadap dokumen sumbernya',
  },
  'item.exclude': {
    roles: ['admin'],
    periodStates: ['open', 'review'],
    description: 'Tandai butir yang tidak berlaku bagi instansi (RB General diskalakan ulang)',
  },
  'framework.import': {
    roles: ['admin'],
    description: 'Unggah versi kerangka evaluasi baru',
  },
  'period.manage': {
    roles: ['admin'],
    description: 'Buka periode baru; pindahkan periode buka → reviu → tutup',
  },
  'audit.read': {
    roles: ['admin'],
    description: 'Baca jejak audit',
  },
  'user.manage': {
    roles: ['admin'],
    description: 'Kelola pengguna dan kata sandi',
  },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export interface Actor {
  id: number;
  role: Role;
  /** areas of the working groups the user belongs to */
  areas: readonly AreaCode[];
}

export interface Context {
  area?: AreaCode;
  periodState?: PeriodState;
  status?: ResultStatus;
}

/**
 * forbidden → 403 (not this role or not this area); locked → 423 (the period is closed or
 * the result final); conflict → 409 (the period state or result status does not allow it).
 */
export type Decision =
  | { ok: true }
  | { ok: false; reason: 'forbidden' | 'locked' | 'conflict'; message: string };

/**
 * Roles whose members belong to a working group and act only on its areas (the table's
 * `ownAreaOnly`): an account of such a role is made with its area.
 */
export const AREA_BOUND_ROLES: readonly Role[] = ['chair'];

export function isAreaBound(role: Role): boolean {
  return AREA_BOUND_ROLES.includes(role);
}

export function roleMay(role: Role, action: Action): boolean {
  return (PERMISSIONS[action].roles as readonly Role[]).includes(role);
}

export function decide(actor: Actor, action: Action, context: Context = {}): Decision {
  const rule: Rule = PERMISSIONS[action];
  if (!rule.roles.includes(actor.role)) {
    return {
      ok: false,
      reason: 'forbidden',
      message: 'Peran Anda tidak berwenang melakukan tindakan ini.',
    };
  }
  if (
    rule.ownAreaOnly &&
    isAreaBound(actor.role) &&
    (!context.area || !actor.areas.includes(context.area))
  ) {
    return {
      ok: false,
      reason: 'forbidden',
      message: `Anda hanya dapat mengubah area pokja Anda sendiri.`,
    };
  }
  if (context.periodState === 'closed' || context.status === 'final') {
    if (rule.periodStates || rule.statuses) {
      return {
        ok: false,
        reason: 'locked',
        message: 'Periode sudah ditutup; hasilnya final dan tidak dapat diubah.',
      };
    }
  }
  if (
    rule.periodStates &&
    context.periodState &&
    !rule.periodStates.includes(context.periodState)
  ) {
    return {
      ok: false,
      reason: 'conflict',
      message: `Tindakan ini tidak dapat dilakukan saat periode berstatus ${context.periodState}.`,
    };
  }
  if (rule.statuses && context.status && !rule.statuses.includes(context.status)) {
    return {
      ok: false,
      reason: 'conflict',
      message: `Tindakan ini tidak dapat dilakukan pada hasil berstatus ${context.status}.`,
    };
  }
  return { ok: true };
}

/** `decide` as a yes or no, for what a screen shows: the server still decides. */
export function may(
  actor: Actor | null | undefined,
  action: Action,
  context: Context = {},
): boolean {
  return actor ? decide(actor, action, context).ok : false;
}

/**
 * Whether a caller may call a route that declares `actions` (at least one must hold), before
 * anything of the request is read but its path: a chair's own-area actions need the area
 * named in the path (when the route has one) to be theirs. An empty list means "any
 * signed-in user". The state-dependent rest (period state, status) is the service's.
 */
export function mayCallRoute(actor: Actor, actions: readonly Action[], pathArea?: string): boolean {
  if (actions.length === 0) return true;
  return actions.some((action) => {
    if (!roleMay(actor.role, action)) return false;
    const rule: Rule = PERMISSIONS[action];
    if (!rule.ownAreaOnly || !isAreaBound(actor.role) || pathArea === undefined) return true;
    return (actor.areas as readonly string[]).includes(pathArea);
  });
}
