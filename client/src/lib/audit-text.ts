import { QUARTER_LABEL, type Quarter } from '@rapor/shared/action-plan';
import type { AuditEntry } from '@rapor/shared/write-schemas';
import { decimalText } from './decimal';

/** A translator as the i18n module gives it: a key and its values. */
type Translate = (key: string, values?: Record<string, string | number>) => string;

const asText = (v: unknown, t: Translate): string => {
  if (v === null || v === undefined || v === '') return t('history.empty');
  if (typeof v === 'boolean') return v ? t('yes') : t('no');
  if (typeof v === 'number') return decimalText(v);
  if (Array.isArray(v)) return t('history.documents', { n: v.length });
  return String(v);
};
const quote = (s: unknown) => `“${String(s ?? '')}”`;
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

const FIELD_KEYS: Record<string, string> = {
  selfValue: 'history.field.selfValue',
  evaluatorValue: 'history.field.evaluatorValue',
  evidence: 'history.field.evidence',
  selfComment: 'history.field.selfComment',
  evaluatorComment: 'history.field.evaluatorComment',
};

/**
 * One entry of a result's history as a sentence people read: who (with their role), what
 * they did, what changed from → to. Never table names.
 */
export function describeEntry(entry: AuditEntry, t: Translate): { who: string; what: string[] } {
  const who = entry.userName
    ? `${entry.userName}${entry.role ? ` (${t(`role.${entry.role}`)})` : ''}`
    : t('history.system');
  const before = obj(entry.before);
  const after = obj(entry.after);
  const code = entry.entityId.split('/').at(-1) ?? entry.entityId;
  const scope = entry.scope?.replace('/', ' ') ?? '';
  switch (entry.entity) {
    case 'area_result': {
      if (after.status === 'submitted') return { who, what: [t('history.submitted', { scope })] };
      if (after.status === 'returned')
        return {
          who,
          what: [t('history.returned', { scope, comment: quote(after.reviewComment) })],
        };
      if (after.status === 'verified') return { who, what: [t('history.verified', { scope })] };
      if ('narrative' in after) return { who, what: [t('history.narrative')] };
      if (entry.action === 'finalize')
        return {
          who,
          what: [
            after.closedUnverified
              ? t('history.finalUnverified', { scope, reason: quote(after.closedUnverified) })
              : t('history.final', { scope }),
          ],
        };
      return { who, what: [t('history.updated', { scope })] };
    }
    case 'indicator_answer': {
      if (entry.action === 'return')
        return {
          who,
          what: [t('history.returnedIndicator', { code, reason: quote(after.reason) })],
        };
      const what = Object.keys(after)
        .filter((k) => k in FIELD_KEYS)
        .map((k) =>
          k === 'evidence'
            ? t('history.evidence', { code, n: Array.isArray(after[k]) ? after[k].length : 0 })
            : t('history.changed', {
                field: t(FIELD_KEYS[k] as string),
                code,
                from: asText(before[k], t),
                to: asText(after[k], t),
              }),
        );
      return { who, what: what.length > 0 ? what : [t('history.updated', { scope: code })] };
    }
    case 'achievement':
      if (!KNOWN_ITEM_ACTIONS.has(entry.action)) break;
      return {
        who,
        what: [
          t(`history.achievement.${entry.action}`, { title: quote(after.title ?? before.title) }),
        ],
      };
    case 'recommendation':
      if (entry.action === 'follow-up') return { who, what: [followUpText(after, t)] };
      if (!KNOWN_ITEM_ACTIONS.has(entry.action)) break;
      return {
        who,
        what: [
          t(`history.recommendation.${entry.action}`, { text: quote(after.text ?? before.text) }),
        ],
      };
    case 'direction':
      if (entry.action === 'create')
        return { who, what: [t('history.direction.create', { text: quote(after.text) })] };
      if (entry.action === 'follow-up') return { who, what: [followUpText(after, t)] };
      if (entry.action === 'update')
        return {
          who,
          what: [
            t('history.direction.update', {
              before: quote(before.text),
              text: quote(after.text),
              reason: String(after.reason ?? ''),
            }),
          ],
        };
      if (entry.action === 'withdraw')
        return {
          who,
          what: [
            t('history.direction.withdraw', {
              text: quote(before.text),
              reason: String(after.reason ?? ''),
            }),
          ],
        };
      break;
    case 'deck_snapshot':
      return {
        who,
        what: [
          t('history.snapshot', {
            number: String(after.number ?? ''),
            year: entry.entityId.split('#')[0] ?? '',
          }),
        ],
      };
    case 'framework':
      if (entry.action === 'document') {
        const items = Array.isArray(after.rubrics) ? after.rubrics.length : 0;
        return { who, what: [t('history.framework.document', { id: code, n: items })] };
      }
      return { who, what: [t('history.framework', { id: code })] };
    case 'action_plan': {
      const n = String(after.actions ?? '');
      if (entry.action === 'report')
        return {
          who,
          what: [
            t('history.plan.report', {
              scope,
              quarter: QUARTER_LABEL[after.quarter as Quarter] ?? '',
              n,
            }),
          ],
        };
      const what = [
        t(`history.plan.${entry.action === 'create' ? 'create' : 'update'}`, { scope, n }),
      ];
      if (Array.isArray(after.droppedReported))
        what.push(t('history.plan.dropped', { n: String(after.droppedReported.length) }));
      return { who, what };
    }
    case 'evidence_file':
      return { who, what: [t('history.upload', { name: quote(after.name) })] };
    case 'target':
      return {
        who,
        what: [t('history.target', { from: asText(entry.before, t), to: asText(entry.after, t) })],
      };
    case 'figure':
      if ('verifiedAt' in after && after.verifiedAt)
        return { who, what: [t('history.figureVerified', { code })] };
      return {
        who,
        what: [
          t('history.figure', { code, value: asText(after.selfValue ?? before.selfValue, t) }),
        ],
      };
    case 'session': {
      const address = typeof after.address === 'string' ? after.address : '';
      if (!SESSION_ACTIONS.has(entry.action)) break;
      return { who, what: [t(`history.session.${entry.action}`, { name: code, address })] };
    }
    case 'user':
      if (entry.action === 'create')
        return {
          who,
          what: [
            t('history.user.create', {
              name: String(after.username ?? code),
              role: after.role ? t(`role.${String(after.role)}`) : '',
            }),
          ],
        };
      if (!USER_ACTIONS.has(entry.action)) break;
      return { who, what: [t(`history.user.${entry.action}`, { id: code })] };
    case 'period': {
      if (entry.action === 'create')
        return {
          who,
          what: [t('history.period.create', { year: code, framework: String(after.frameworkId) })],
        };
      if (entry.action === 'rebind')
        return {
          who,
          what: [
            t('history.period.rebind', {
              year: code,
              from: String(before.frameworkId),
              to: String(after.frameworkId),
            }),
          ],
        };
      if (entry.action === 'deadlines' && Array.isArray(after.planDeadlines))
        return {
          who,
          what: [
            t('history.period.deadlines', {
              year: code,
              dates: after.planDeadlines.map(String).join(', '),
            }),
          ],
        };
      if (entry.action !== 'move') break;
      const exceptions = Array.isArray(after.exceptions) ? after.exceptions.length : 0;
      return {
        who,
        what: [
          t('history.period.move', {
            year: code,
            from: t(`periodState.${String(before.state)}`),
            to: t(`periodState.${String(after.state)}`),
          }),
          ...(exceptions > 0 ? [t('history.period.exceptions', { n: exceptions })] : []),
        ],
      };
    }
    case 'item':
      if (entry.action === 'exclude')
        return { who, what: [t('history.itemExcluded', { code, reason: quote(after.reason) })] };
      if (entry.action === 'include') return { who, what: [t('history.itemIncluded', { code })] };
      break;
    default:
      break;
  }
  return { who, what: [t('history.other', { action: entry.action, code })] };
}

/** A follow-up of a recommendation or a direction: its new status and note. */
function followUpText(after: Record<string, unknown>, t: Translate): string {
  return t('history.followUp', {
    status: t(`rec.${String(after.status ?? 'open')}`),
    note: quote(after.note),
  });
}

const KNOWN_ITEM_ACTIONS = new Set(['create', 'update', 'delete']);
const USER_ACTIONS = new Set(['reset-password', 'end-sessions']);
const SESSION_ACTIONS = new Set([
  'sign-in',
  'sign-in-failed',
  'sign-in-throttled',
  'sign-out',
  'sign-out-everywhere',
]);
