import { type Db, writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import type { Framework } from '@rapor/shared/framework';
import { checkFrameworkFile, type FileCheck } from '@rapor/shared/framework-file';
import { FRAMEWORKS } from '@rapor/shared/frameworks';
import { FRAMEWORK_ID, type FrameworkDto } from '@rapor/shared/schemas';
import { eq } from 'drizzle-orm';
import { ConflictError, ValidationError } from '../../errors';
import { xlsxOutOfBounds } from '../forum/xlsx-bounds';
import { describeFileError, looksLikeXlsx } from '../forum/xlsx-cells';
import { appendAudit } from './audit';
import { xlsxToFramework } from './framework-xlsx';

export type FrameworkUpload = { kind: 'json'; body: unknown } | { kind: 'xlsx'; body: Buffer };

async function check(upload: FrameworkUpload): Promise<FileCheck> {
  if (upload.kind === 'json') return checkFrameworkFile(upload.body);
  if (!looksLikeXlsx(upload.body)) {
    return { ok: false, errors: [{ message: 'berkas bukan xlsx (isi berkas tidak dikenali)' }] };
  }
  const outOfBounds = xlsxOutOfBounds(upload.body);
  if (outOfBounds) return { ok: false, errors: [{ message: outOfBounds }] };
  return xlsxToFramework(upload.body);
}

/**
 * Checks an uploaded framework whole and, unless only a preview is asked for, stores it as a
 * new version a period can use. Nothing is stored when any part is wrong; an id that exists
 * (shipped, imported, in use or not) is refused: versions are superseded, never changed.
 */
export async function importFramework(
  db: Db,
  upload: FrameworkUpload,
  options: { id?: string; dryRun?: boolean; userId: number | null; now: Date },
): Promise<FrameworkDto> {
  const checked = await check(upload);
  if (!checked.ok) {
    const lines = checked.errors.map(describeFileError);
    throw new ValidationError(
      `Kerangka tidak valid (${lines.length} masalah): ${lines.slice(0, 5).join('; ')}${lines.length > 5 ? '; …' : ''}`,
      { errors: checked.errors },
    );
  }
  const framework: Framework = { ...checked.framework, ...(options.id && { id: options.id }) };
  if (!FRAMEWORK_ID.test(framework.id)) {
    throw new ValidationError('id kerangka: huruf kecil, angka, titik atau strip; 2–40 karakter', {
      field: 'id',
    });
  }
  const preview = {
    ...framework,
    areas: [...framework.areas],
    assumptions: [...framework.assumptions],
    usedBy: [],
  };
  const taken = () =>
    FRAMEWORKS.has(framework.id) ||
    db
      .select({ id: t.frameworks.id })
      .from(t.frameworks)
      .where(eq(t.frameworks.id, framework.id))
      .get();
  if (taken()) {
    throw new ConflictError(
      'FRAMEWORK_EXISTS',
      `Kerangka ${framework.id} sudah ada. Versi yang sudah ada tidak diubah: beri id baru.`,
    );
  }
  if (options.dryRun) return preview;
  writeTransaction(db, (tx) => {
    if (
      tx
        .select({ id: t.frameworks.id })
        .from(t.frameworks)
        .where(eq(t.frameworks.id, framework.id))
        .get()
    ) {
      throw new ConflictError('FRAMEWORK_EXISTS', `Kerangka ${framework.id} sudah ada.`);
    }
    tx.insert(t.frameworks)
      .values({
        id: framework.id,
        nameId: framework.name.id,
        nameEn: framework.name.en,
        regulation: framework.regulation,
        definition: framework,
        createdAt: options.now.toISOString(),
        origin: 'imported',
        createdBy: options.userId,
      })
      .run();
    appendAudit(tx, options.now, {
      userId: options.userId,
      action: 'create',
      entity: 'framework',
      entityId: framework.id,
      after: { id: framework.id, name: framework.name, method: framework.method },
    });
  });
  return preview;
}
