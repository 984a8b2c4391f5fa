import { z } from 'zod';
import { AREA_CODES, type AreaCode } from '../areas';
import { FRAMEWORK_ID, OUTCOME_KINDS, type OutcomeKind, PredicateRuleSchema } from '../schemas/api';
import { AnswerType, SCALE_IDS } from '../scoring/answers';
import {
  PREDICATES,
  type Predicate,
  type PredicateRule,
  type PredicateStep,
  RULE_CONFIDENCES,
  type RuleConfidence,
} from '../scoring/predicate';
import {
  checkFramework,
  FROM_PLAN,
  type Framework,
  type FrameworkInput,
  type FrameworkNode,
  type FrameworkNodeInput,
  type FromPlan,
  isIndicator,
  type OptionInput,
  type RubricLevel,
} from './framework';

/**
 * A framework as a file an admin uploads: JSON of FrameworkInput, or the xlsx template of
 * three sheets (meta, structure, one row per indicator). Everything here is pure; reading and
 * writing the workbook is the server's. Errors name the sheet, row and column, or the node.
 */

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
/** Levels of a rubric a template row can hold. */
export const MAX_RUBRIC = 6;

const Text = z.object({
  id: z.string().trim().min(1).max(500),
  en: z.string().trim().min(1).max(500),
});
const OptionFile = z
  .object({
    code: z.string().min(1).max(20),
    criterion: Text,
    fraction: z.number().min(0).max(1).optional(),
  })
  .strict();

const NodeFile: z.ZodType<FrameworkNodeInput> = z.lazy(() =>
  z
    .object({
      code: z.string().regex(CODE, 'kode: huruf, angka, titik, garis bawah atau strip; maks. 40'),
      name: Text,
      weight: z.number().positive().optional(),
      area: z.enum(AREA_CODES).optional(),
      note: z.string().max(1000).optional(),
      assumed: z.boolean().optional(),
      children: z.array(NodeFile).max(500).optional(),
      answer: AnswerType.optional(),
      options: z.array(OptionFile).max(10).optional(),
      sourcedBy: z.string().trim().min(1).max(100).optional(),
      outcome: z.enum(OUTCOME_KINDS).optional(),
      adjustment: z.boolean().optional(),
      multipliedBy: z.string().regex(CODE).optional(),
      target: z.number().finite().optional(),
      targetUnresolved: z.string().trim().min(1).max(1000).optional(),
      fromPlan: z.enum(FROM_PLAN).optional(),
      rubric: z
        .array(z.object({ upTo: z.number().finite(), meaning: Text }).strict())
        .max(MAX_RUBRIC)
        .optional(),
    })
    .strict(),
);

export const FrameworkFile = z
  .object({
    id: z.string().regex(FRAMEWORK_ID, 'id: huruf kecil, angka, titik atau strip; 2–40'),
    name: Text,
    regulation: z.string().trim().min(3).max(500),
    method: z.string().trim().min(3).max(100),
    areaComponent: z.string().regex(CODE).optional(),
    rescaledComponents: z.array(z.string().regex(CODE)).max(20).optional(),
    areas: z.array(z.enum(AREA_CODES)).min(1).max(AREA_CODES.length),
    maxScore: z.number().positive().max(1000),
    assumptions: z.array(z.string().max(2000)).max(50),
    predicateScaleAssumed: z.boolean().optional(),
    predicateRule: PredicateRuleSchema.optional(),
    targetSource: z.string().trim().min(3).max(500).optional(),
    rubricSource: z.string().trim().min(3).max(500).optional(),
    components: z.array(NodeFile).min(1).max(20),
  })
  .strict();

export interface FileError {
  sheet?: string;
  row?: number;
  column?: string;
  message: string;
}

export type FileCheck = { ok: true; framework: Framework } | { ok: false; errors: FileError[] };

/** Checks a JSON framework file whole: its shape, then the tree (weights, criteria, codes). */
export function checkFrameworkFile(json: unknown): FileCheck {
  const parsed = FrameworkFile.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({
        message: `${i.path.join('.') || 'berkas'}: ${i.message}`,
      })),
    };
  }
  const checked = checkFramework(parsed.data as FrameworkInput);
  return checked.ok
    ? checked
    : { ok: false, errors: checked.errors.map((message) => ({ message })) };
}

// --- the xlsx template as rows ----------------------------------------------------------

export type Cell = string | number | boolean | null;
export type Row = Cell[];

export const SHEETS = { meta: 'Kerangka', groups: 'Struktur', indicators: 'Indikator' } as const;
export const MAX_OPTIONS = 6;

export const GROUP_COLUMNS = [
  'kode',
  'induk',
  'nama_id',
  'nama_en',
  'bobot',
  'tanda_area',
  'catatan',
  'asumsi',
  'penyesuaian',
] as const;
const OPTION_COLUMNS = Array.from({ length: MAX_OPTIONS }, (_, i) => [
  `opsi${i + 1}_kode`,
  `opsi${i + 1}_nilai`,
  `opsi${i + 1}_kriteria_id`,
  `opsi${i + 1}_kriteria_en`,
]).flat();
const RUBRIC_COLUMNS = Array.from({ length: MAX_RUBRIC }, (_, i) => [
  `rubrik${i + 1}_sampai`,
  `rubrik${i + 1}_arti_id`,
  `rubrik${i + 1}_arti_en`,
]).flat();
export const INDICATOR_COLUMNS = [
  'kode',
  'induk',
  'area',
  'nama_id',
  'nama_en',
  'bobot',
  'jenis',
  'skala',
  'min',
  'maks',
  'satuan',
  'bulat',
  'sumber',
  'angka_kementerian',
  'tanda_area',
  'catatan',
  'asumsi',
  'nilai_per_maks',
  'dikali',
  'target_baik',
  'target_belum_jelas',
  'dari_rencana_aksi',
  ...OPTION_COLUMNS,
  ...RUBRIC_COLUMNS,
] as const;
/** Columns added with the 2023 method: a template without them still reads. */
const LATER_COLUMNS: readonly string[] = [
  'penyesuaian',
  'nilai_per_maks',
  'dikali',
  'target_baik',
  'target_belum_jelas',
  'dari_rencana_aksi',
  ...RUBRIC_COLUMNS,
];

export interface FrameworkSheets {
  meta: Row[];
  groups: Row[];
  indicators: Row[];
}

const yes = (b: boolean | undefined) => (b ? 'ya' : null);

/** How the template names an item scored from the action plans. */
const FROM_PLAN_CELL: Record<FromPlan, string> = {
  grades: 'penilaian',
  implementation: 'pelaksanaan',
};

/** The template's rows for a framework; the header is the first row of each sheet. */
export function frameworkToSheets(framework: Framework): FrameworkSheets {
  const meta: Row[] = [
    ['kunci', 'nilai'],
    ['id', framework.id],
    ['nama_id', framework.name.id],
    ['nama_en', framework.name.en],
    ['regulasi', framework.regulation],
    ['metode', framework.method],
    ['komponen_area', framework.areaComponent ?? null],
    ['komponen_skala_ulang', framework.rescaledComponents?.join(',') ?? null],
    ['area', framework.areas.join(',')],
    ['skor_maks', framework.maxScore],
    ['skala_predikat_asumsi', yes(framework.predicateScaleAssumed)],
    ['sumber_target', framework.targetSource ?? null],
    ['sumber_rubrik', framework.rubricSource ?? null],
    ...predicateRuleRows(framework.predicateRule),
    ...framework.assumptions.map((a): Row => ['asumsi', a]),
  ];
  const groups: Row[] = [[...GROUP_COLUMNS]];
  const rows: Row[] = [[...INDICATOR_COLUMNS]];
  const visit = (node: FrameworkNode, parent: string | null) => {
    const ownTag = node.areaRoot ? (node.area ?? null) : null;
    if (!isIndicator(node)) {
      groups.push([
        node.code,
        parent,
        node.name.id,
        node.name.en,
        node.weight,
        ownTag,
        node.note ?? null,
        yes(node.assumed),
        yes(node.adjustment),
      ]);
      for (const child of node.children ?? []) visit(child, node.code);
      return;
    }
    const a = node.answer as AnswerType;
    const options: Cell[] = (node.options ?? []).flatMap((o) => [
      o.code,
      o.fraction,
      o.criterion.id,
      o.criterion.en,
    ]);
    rows.push([
      node.code,
      parent,
      node.area ?? null,
      node.name.id,
      node.name.en,
      node.weight,
      a.type,
      a.type === 'scale' ? a.scale : null,
      a.type === 'number' ? a.min : null,
      a.type === 'number' ? a.max : null,
      a.type === 'number' ? (a.unit ?? null) : null,
      a.type === 'number' ? yes(a.integer) : null,
      node.sourcedBy ?? null,
      node.outcome ?? null,
      ownTag,
      node.note ?? null,
      yes(node.assumed),
      a.type === 'number' ? yes(a.ofMax) : null,
      node.multipliedBy ?? null,
      node.target ?? null,
      node.targetUnresolved ?? null,
      node.fromPlan ? FROM_PLAN_CELL[node.fromPlan] : null,
      ...options,
      ...Array(OPTION_COLUMNS.length - options.length).fill(null),
      ...Array.from({ length: MAX_RUBRIC }, (_, k) => node.rubric?.[k]).flatMap((level) =>
        level ? [level.upTo, level.meaning.id, level.meaning.en] : [null, null, null],
      ),
    ]);
  };
  for (const component of framework.components) visit(component, null);
  return { meta, groups, indicators: rows };
}

/**
 * Reads the template's rows back into a checked framework. Every cell problem is reported
 * with its sheet, row (as the spreadsheet numbers it) and column; tree problems (weights,
 * criteria, codes) with the row of the node they name. Nothing is returned unless all is well.
 */
export function sheetsToFramework(sheets: FrameworkSheets): FileCheck {
  const errors: FileError[] = [];
  const where = new Map<string, { sheet: string; row: number }>();
  const cellError = (sheet: string, row: number, column: string, message: string) =>
    errors.push({ sheet, row, column, message });

  // Meta: key/value pairs.
  const meta = new Map<string, Cell>();
  const assumptions: string[] = [];
  const bands: string[] = [];
  sheets.meta.slice(1).forEach(([key, value]) => {
    const list = key === 'asumsi' ? assumptions : key === BAND_KEY ? bands : null;
    if (list) {
      if (value !== null && String(value).trim()) list.push(String(value).trim());
    } else if (typeof key === 'string' && key.trim()) meta.set(key.trim(), value ?? null);
  });
  const metaText = (key: string) => {
    const value = meta.get(key);
    if (value === undefined || value === null || String(value).trim() === '') {
      cellError(SHEETS.meta, 0, key, `${key} wajib diisi`);
      return '';
    }
    return String(value).trim();
  };
  const optionalMeta = (key: string) => String(meta.get(key) ?? '').trim();
  const areaList = metaText('area')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  for (const a of areaList) {
    if (!(AREA_CODES as readonly string[]).includes(a))
      cellError(SHEETS.meta, 0, 'area', `area ${a} tidak dikenal (${AREA_CODES.join(', ')})`);
  }
  const maxScore = Number(meta.get('skor_maks'));
  if (!(maxScore > 0)) cellError(SHEETS.meta, 0, 'skor_maks', 'skor_maks harus angka > 0');
  const rule = readPredicateRule(bands, optionalMeta, (column, message) =>
    cellError(SHEETS.meta, 0, column, message),
  );
  // Meta rows are found by key: report the row the key stands on.
  for (const e of errors) {
    const index = sheets.meta.findIndex((r) => r[0] === e.column);
    e.row = index >= 0 ? index + 1 : sheets.meta.length + 1;
  }

  // Nodes from both sheets, linked by parent code.
  const nodes = new Map<string, FrameworkNodeInput>();
  const parents = new Map<string, string | null>();
  const order: string[] = [];
  const read = (sheet: string, header: readonly string[], rows: Row[], isLeaf: boolean) => {
    const head = (rows[0] ?? []).map((c) => String(c ?? '').trim());
    for (const column of header) {
      if (!head.includes(column) && !LATER_COLUMNS.includes(column))
        cellError(sheet, 1, column, `kolom ${column} tidak ada`);
    }
    rows.slice(1).forEach((raw, i) => {
      const rowNo = i + 2;
      const get = (column: string): Cell => raw[head.indexOf(column)] ?? null;
      const text = (column: string) => {
        const v = get(column);
        return v === null || v === undefined ? '' : String(v).trim();
      };
      const number = (column: string, required: boolean): number | undefined => {
        const v = get(column);
        if (v === null || v === '') {
          if (required) cellError(sheet, rowNo, column, `${column} wajib diisi`);
          return undefined;
        }
        const n = typeof v === 'number' ? v : Number(String(v).replace(',', '.'));
        if (!Number.isFinite(n)) {
          cellError(sheet, rowNo, column, `${column} harus angka (tertulis "${v}")`);
          return undefined;
        }
        return n;
      };
      if (raw.every((c) => c === null || String(c).trim() === '')) return;
      const code = text('kode');
      if (!CODE.test(code)) {
        cellError(sheet, rowNo, 'kode', `kode "${code}" tidak valid`);
        return;
      }
      if (where.has(code)) {
        cellError(sheet, rowNo, 'kode', `kode ${code} dipakai lebih dari sekali`);
        return;
      }
      where.set(code, { sheet, row: rowNo });
      const tag = text('tanda_area');
      if (tag && !(AREA_CODES as readonly string[]).includes(tag)) {
        cellError(sheet, rowNo, 'tanda_area', `area ${tag} tidak dikenal`);
      }
      const nameId = text('nama_id');
      const nameEn = text('nama_en');
      if (!nameId) cellError(sheet, rowNo, 'nama_id', 'nama_id wajib diisi');
      if (!nameEn) cellError(sheet, rowNo, 'nama_en', 'nama_en wajib diisi');
      const node: FrameworkNodeInput = {
        code,
        name: { id: nameId, en: nameEn },
        ...(tag && { area: tag as AreaCode }),
        ...(text('catatan') && { note: text('catatan') }),
        ...(text('asumsi').toLowerCase() === 'ya' && { assumed: true }),
        ...(!isLeaf && text('penyesuaian').toLowerCase() === 'ya' && { adjustment: true }),
      };
      const weight = number('bobot', !isLeaf);
      if (weight !== undefined) node.weight = weight;
      if (isLeaf) {
        const answer = readAnswer(text('jenis'), {
          scale: text('skala'),
          min: number('min', text('jenis') === 'number'),
          max: number('maks', text('jenis') === 'number'),
          unit: text('satuan'),
          integer: text('bulat').toLowerCase() === 'ya',
          ofMax: text('nilai_per_maks').toLowerCase() === 'ya',
          options: readOptions(get, number),
        });
        if (typeof answer === 'string') cellError(sheet, rowNo, 'jenis', answer);
        else {
          node.answer = answer.answer;
          if (answer.options) node.options = answer.options;
        }
        if (text('sumber')) node.sourcedBy = text('sumber');
        if (text('dikali')) node.multipliedBy = text('dikali');
        const target = number('target_baik', false);
        if (target !== undefined) node.target = target;
        if (text('target_belum_jelas')) node.targetUnresolved = text('target_belum_jelas');
        const fromPlan = text('dari_rencana_aksi').toLowerCase();
        const fromPlanKind = FROM_PLAN.find((k) => FROM_PLAN_CELL[k] === fromPlan);
        if (fromPlanKind) node.fromPlan = fromPlanKind;
        else if (fromPlan) {
          cellError(
            sheet,
            rowNo,
            'dari_rencana_aksi',
            `dari_rencana_aksi: penilaian, pelaksanaan atau kosong (tertulis "${fromPlan}")`,
          );
        }
        const rubric = readRubric(text, number);
        if (rubric.length > 0) node.rubric = rubric;
        const outcome = text('angka_kementerian');
        if (outcome) {
          if ((OUTCOME_KINDS as readonly string[]).includes(outcome))
            node.outcome = outcome as OutcomeKind;
          else
            cellError(
              sheet,
              rowNo,
              'angka_kementerian',
              `harus salah satu dari ${OUTCOME_KINDS.join(', ')}`,
            );
        }
      }
      nodes.set(code, node);
      parents.set(code, text('induk') || null);
      order.push(code);
    });
  };
  read(SHEETS.groups, GROUP_COLUMNS, sheets.groups, false);
  read(SHEETS.indicators, INDICATOR_COLUMNS, sheets.indicators, true);

  const components: FrameworkNodeInput[] = [];
  for (const code of order) {
    const node = nodes.get(code) as FrameworkNodeInput;
    const parent = parents.get(code) ?? null;
    if (parent === null) {
      if (node.answer) {
        const at = where.get(code);
        cellError(at?.sheet ?? '', at?.row ?? 0, 'induk', `indikator ${code} tanpa induk`);
      } else components.push(node);
      continue;
    }
    const parentNode = nodes.get(parent);
    if (!parentNode || parentNode.answer) {
      const at = where.get(code);
      cellError(
        at?.sheet ?? '',
        at?.row ?? 0,
        'induk',
        `induk ${parent} tidak ada di sheet ${SHEETS.groups}`,
      );
      continue;
    }
    parentNode.children = [...(parentNode.children ?? []), node];
  }
  if (errors.length > 0) return { ok: false, errors };

  const input = {
    id: metaText('id'),
    name: { id: metaText('nama_id'), en: metaText('nama_en') },
    regulation: metaText('regulasi'),
    method: metaText('metode'),
    ...(optionalMeta('komponen_area') && { areaComponent: optionalMeta('komponen_area') }),
    ...(optionalMeta('komponen_skala_ulang') && {
      rescaledComponents: optionalMeta('komponen_skala_ulang')
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    }),
    areas: areaList,
    maxScore,
    assumptions,
    ...(optionalMeta('skala_predikat_asumsi').toLowerCase() === 'ya' && {
      predicateScaleAssumed: true,
    }),
    ...(rule && { predicateRule: rule }),
    ...(optionalMeta('sumber_target') && { targetSource: optionalMeta('sumber_target') }),
    ...(optionalMeta('sumber_rubrik') && { rubricSource: optionalMeta('sumber_rubrik') }),
    components,
  };
  const checked = checkFrameworkFile(input);
  if (checked.ok) return checked;
  // Tree errors name a node first ("MP.1: …"): point at its row.
  return {
    ok: false,
    errors: checked.errors.map((e) => {
      const code = e.message.split(':')[0]?.trim() ?? '';
      const at = where.get(code);
      return at ? { ...e, sheet: at.sheet, row: at.row } : { ...e, sheet: SHEETS.meta };
    }),
  };
}

// The predicate rule in the meta sheet: one `predikat_pita` row per band, highest first
// ("AA >= 100", "A > 80", …, "D"), and its source, confidence and lowering ("A -> A-").
const BAND_KEY = 'predikat_pita';

function predicateRuleRows(rule: PredicateRule | undefined): Row[] {
  if (!rule) return [];
  const band = (b: PredicateStep) =>
    b.atLeast !== undefined
      ? `${b.predicate} >= ${b.atLeast}`
      : b.above !== undefined
        ? `${b.predicate} > ${b.above}`
        : b.predicate;
  return [
    ...rule.bands.map((b): Row => [BAND_KEY, band(b)]),
    [
      'predikat_turun',
      rule.belowTarget ? `${rule.belowTarget.predicate} -> ${rule.belowTarget.becomes}` : null,
    ],
    ['predikat_sumber', rule.source],
    ['predikat_keyakinan', rule.confidence],
  ];
}

function readPredicateRule(
  bands: readonly string[],
  meta: (key: string) => string,
  error: (column: string, message: string) => void,
): PredicateRule | undefined {
  if (bands.length === 0) return undefined;
  const isPredicate = (p: string): p is Predicate => (PREDICATES as readonly string[]).includes(p);
  const steps: PredicateStep[] = [];
  for (const text of bands) {
    const m = /^(\S+?)\s*(?:(>=|>)\s*(-?\d+(?:[.,]\d+)?))?$/.exec(text);
    const predicate = m?.[1] ?? '';
    if (!m || !isPredicate(predicate)) {
      error(BAND_KEY, `pita "${text}" tidak terbaca (contoh: "AA >= 100", "A > 80", "D")`);
      continue;
    }
    const bound = m[3] === undefined ? undefined : Number(m[3].replace(',', '.'));
    steps.push({
      predicate,
      ...(bound !== undefined && (m[2] === '>=' ? { atLeast: bound } : { above: bound })),
    });
  }
  const lowered = meta('predikat_turun');
  const [from, to] = lowered.split('->').map((x) => x.trim());
  if (lowered && !(from && to && isPredicate(from) && isPredicate(to))) {
    error('predikat_turun', `predikat_turun "${lowered}" tidak terbaca (contoh: "A -> A-")`);
  }
  const confidence = meta('predikat_keyakinan');
  if (!(RULE_CONFIDENCES as readonly string[]).includes(confidence)) {
    error('predikat_keyakinan', `predikat_keyakinan harus ${RULE_CONFIDENCES.join(', ')}`);
  }
  if (!meta('predikat_sumber')) error('predikat_sumber', 'predikat_sumber wajib diisi');
  return {
    bands: steps,
    ...(from &&
      to &&
      isPredicate(from) &&
      isPredicate(to) && {
        belowTarget: { predicate: from, becomes: to },
      }),
    source: meta('predikat_sumber'),
    confidence: confidence as RuleConfidence,
  };
}

function readRubric(
  text: (column: string) => string,
  number: (column: string, required: boolean) => number | undefined,
): RubricLevel[] {
  const levels: RubricLevel[] = [];
  for (let k = 1; k <= MAX_RUBRIC; k++) {
    const upTo = number(`rubrik${k}_sampai`, false);
    if (upTo === undefined) continue;
    levels.push({
      upTo,
      meaning: { id: text(`rubrik${k}_arti_id`), en: text(`rubrik${k}_arti_en`) },
    });
  }
  return levels;
}

function readOptions(
  get: (column: string) => Cell,
  number: (column: string, required: boolean) => number | undefined,
): OptionInput[] {
  const options: OptionInput[] = [];
  for (let k = 1; k <= MAX_OPTIONS; k++) {
    const code = get(`opsi${k}_kode`);
    if (code === null || String(code).trim() === '') continue;
    const fraction = number(`opsi${k}_nilai`, false);
    options.push({
      code: String(code).trim(),
      criterion: {
        id: String(get(`opsi${k}_kriteria_id`) ?? '').trim(),
        en: String(get(`opsi${k}_kriteria_en`) ?? '').trim(),
      },
      ...(fraction !== undefined && { fraction }),
    });
  }
  return options;
}

function readAnswer(
  type: string,
  cells: {
    scale: string;
    min: number | undefined;
    max: number | undefined;
    unit: string;
    integer: boolean;
    ofMax: boolean;
    options: OptionInput[];
  },
): { answer: AnswerType; options?: OptionInput[] } | string {
  switch (type) {
    case 'yesno':
      return { answer: { type: 'yesno' }, options: cells.options };
    case 'scale':
      if (!(SCALE_IDS as string[]).includes(cells.scale))
        return `skala harus salah satu dari ${SCALE_IDS.join(', ')}`;
      return { answer: { type: 'scale', scale: cells.scale as 'A-C' }, options: cells.options };
    case 'percent':
      return { answer: { type: 'percent' } };
    case 'number':
      if (cells.min === undefined || cells.max === undefined) return 'min dan maks wajib diisi';
      return {
        answer: {
          type: 'number',
          min: cells.min,
          max: cells.max,
          ...(cells.unit && { unit: cells.unit }),
          ...(cells.integer && { integer: true }),
          ...(cells.ofMax && { ofMax: true }),
        },
      };
    case 'choice':
      if (cells.options.length < 2) return 'jawaban pilihan butuh sedikitnya dua opsi';
      return {
        answer: {
          type: 'choice',
          options: cells.options.map((o) => ({
            value: o.code,
            label: o.criterion,
            fraction: o.fraction ?? 0,
          })),
        },
      };
    default:
      return `jenis harus yesno, scale, percent, number atau choice (tertulis "${type}")`;
  }
}
