import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../password-policy';
import { ROLES } from '../permissions';
import { AnswerValue } from '../scoring/answers';
import { PERIOD_STATES } from '../workflow';
import {
  AchievementKind,
  AreaCodeSchema,
  EvidenceLink,
  Priority,
  RecommendationStatus,
  wholeNumber,
  Year,
  yearText,
} from './api';

// Request bodies of the write side. Every write names the version it was based on.

const version = z.number().int().positive();
const text = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date();

export const LoginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const Me = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  areas: z.array(AreaCodeSchema),
});
export type Me = z.infer<typeof Me>;

export const ResultUpdate = z
  .object({
    version,
    narrative: text(20_000).optional(),
    target: z.number().min(0).max(100).nullable().optional(),
  })
  .refine((b) => b.narrative !== undefined || b.target !== undefined, {
    message: 'isi narrative atau target',
  });
export type ResultUpdate = z.infer<typeof ResultUpdate>;

export const IndicatorUpdate = z
  .object({
    version,
    selfValue: AnswerValue.nullable().optional(),
    evidence: z.array(EvidenceLink).max(20).optional(),
    selfComment: text(2_000).nullable().optional(),
    evaluatorValue: AnswerValue.nullable().optional(),
    evaluatorComment: text(2_000).nullable().optional(),
  })
  .refine((b) => Object.keys(b).some((k) => k !== 'version'), { message: 'tidak ada yang diubah' });
export type IndicatorUpdate = z.infer<typeof IndicatorUpdate>;
export const IndicatorParams = z.object({
  year: yearText(),
  code: AreaCodeSchema,
  indicator: z.string().min(1).max(40),
});

export const AchievementInput = z.object({
  version,
  title: text(300).min(3),
  kind: AchievementKind,
  date: isoDate.nullable().optional(),
  description: text(5_000).nullable().optional(),
  evidence: z.array(EvidenceLink).max(20).optional(),
  metric: z
    .object({
      label: text(100).min(1),
      value: z.number().finite(),
      unit: text(20).nullable().optional(),
    })
    .nullable()
    .optional(),
});
export type AchievementInput = z.infer<typeof AchievementInput>;

export const RecommendationInput = z.object({
  version,
  text: text(2_000).min(5),
  ownerUnit: text(200).min(2),
  dueDate: isoDate.nullable().optional(),
  priority: Priority.default('medium'),
});
export type RecommendationInput = z.infer<typeof RecommendationInput>;

export const ItemParams = z.object({
  year: yearText(),
  code: AreaCodeSchema,
  id: wholeNumber(1, Number.MAX_SAFE_INTEGER),
});
export const VersionQuery = z.object({ version: wholeNumber(1, Number.MAX_SAFE_INTEGER) });

export const FollowUpInput = z.object({
  version,
  status: RecommendationStatus,
  note: text(2_000).min(3),
});
export type FollowUpInput = z.infer<typeof FollowUpInput>;

export const TransitionBody = z.object({
  version,
  comment: text(2_000).optional(),
  /** return: only these indicators, each with its reason (the rest stays locked) */
  indicators: z
    .array(z.object({ code: z.string().min(1).max(40), reason: text(1_000).min(3) }))
    .max(500)
    .optional(),
});
export type TransitionBody = z.infer<typeof TransitionBody>;

export const PeriodCreate = z.object({
  year: Year,
  frameworkId: z.string().min(1).max(40),
  /** last year's targets, as the same percent of each area's maximum */
  carryTargets: z.boolean().optional(),
});
export type PeriodCreate = z.infer<typeof PeriodCreate>;
export const PeriodMove = z
  .object({
    to: z.enum(PERIOD_STATES),
    /** the year's version the decision was made on (Period.version, ClosingCheck.version) */
    version: z.number().int().min(0),
    /**
     * closing only: every area not verified, named with the reason it is closed anyway (the
     * close is refused with the list when one is missing)
     */
    exceptions: z
      .array(z.object({ area: AreaCodeSchema, reason: text(500).min(10) }))
      .max(20)
      .optional(),
  })
  .refine((b) => new Set(b.exceptions?.map((e) => e.area)).size === (b.exceptions?.length ?? 0), {
    message: 'setiap area cukup disebut sekali',
    path: ['exceptions'],
  })
  .refine((b) => b.to === 'closed' || b.exceptions === undefined, {
    message: 'pengecualian hanya untuk menutup periode',
    path: ['exceptions'],
  });
export type PeriodMove = z.infer<typeof PeriodMove>;

/** An open year moves to a newer version of its method (2023 → 2024 weights). */
export const PeriodRebind = z.object({
  frameworkId: z.string().min(1).max(40),
  /** the year's version the decision was made on (Period.version) */
  version: z.number().int().min(0),
});
export type PeriodRebind = z.infer<typeof PeriodRebind>;

/** An address reminders are sent to. */
const Email = z.string().trim().max(200).pipe(z.email('alamat e-mail tidak valid'));

export const UserCreate = z.object({
  username: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9][a-z0-9._-]{2,63}$/,
      'huruf kecil, angka, titik, garis bawah atau strip; 3–64 karakter',
    ),
  displayName: text(120).min(2),
  role: z.enum(ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH, `minimal ${MIN_PASSWORD_LENGTH} karakter`).max(200),
  area: AreaCodeSchema.optional(),
  email: Email.optional(),
});
export type UserCreate = z.infer<typeof UserCreate>;
export const UserUpdate = z
  .object({
    displayName: text(120).min(2).optional(),
    active: z.boolean().optional(),
    /** null removes it: no more reminders by e-mail */
    email: Email.nullable().optional(),
    /** a chair's area: moves them to that area's working group */
    area: AreaCodeSchema.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'tidak ada yang diubah' });
export type UserUpdate = z.infer<typeof UserUpdate>;
export const PasswordReset = z.object({
  password: z.string().min(MIN_PASSWORD_LENGTH, `minimal ${MIN_PASSWORD_LENGTH} karakter`).max(200),
});
export const UserDto = Me.extend({
  active: z.boolean(),
  createdAt: z.string(),
  /** sessions open now (the admin can end them all) */
  sessions: z.number().int(),
  /** where reminders go; null: none by e-mail */
  email: z.string().nullable(),
});
export const UsersResponse = z.object({ users: z.array(UserDto) });

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  user: z.string().nullable(),
  /** the person as people know them, and their role, for a history people can read */
  userName: z.string().nullable(),
  role: z.enum(ROLES).nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  scope: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
/** Whether the audit trail's hash chain holds, and where it breaks. */
const AuditCheckpoint = z
  .object({
    at: z.string(),
    entries: z.number().int(),
    unchained: z.number().int(),
    headId: z.number().int().nullable(),
    head: z.string().nullable(),
  })
  .nullable();

/** The chain's state; `checkpoint` is the latest signed checkpoint it was checked against. */
export const AuditChain = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    entries: z.number().int(),
    unchained: z.number().int(),
    head: z.string().nullable(),
    checkpoint: AuditCheckpoint,
  }),
  z.object({
    ok: z.literal(false),
    entries: z.number().int(),
    unchained: z.number().int(),
    brokenAt: z.number().int(),
    reason: z.string(),
    checkpoint: AuditCheckpoint,
  }),
]);
export type AuditChain = z.infer<typeof AuditChain>;

export const AuditQuery = z.object({
  entity: z.string().max(40).optional(),
  entityId: z.string().max(100).optional(),
  user: z.string().max(64).optional(),
  /** entries about one area (any year) */
  area: AreaCodeSchema.optional(),
  action: z.string().max(40).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** the next page: entries older than this one (newest first, so a page ends at its last id) */
  before: z.coerce.number().int().min(1).optional(),
});
export const AuditResponse = z.object({ entries: z.array(AuditEntry) });
