import { createHash, randomUUID } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { type Tx, writeTransaction } from '@rapor/db/open';
import * as t from '@rapor/db/schema';
import type { AreaCode } from '@rapor/shared/areas';
import { evidencePath, sniffEvidence } from '@rapor/shared/evidence';
import { eq } from 'drizzle-orm';
import { AppError, NotFoundError } from '../../errors';
import { appendAudit, auditScope } from '../admin/audit';
import { authorizeOnResult, type WriteContext } from './write-guard';
import type { Reader } from './year-data';

export interface StoredEvidence {
  id: number;
  label: string;
  url: string;
  mime: string;
  size: number;
}

/**
 * Stores a chair's evidence file: the chair must be allowed to edit the area now, the
 * content must be a document or image we accept. A refused file leaves nothing behind.
 */
export function storeEvidence(
  ctx: WriteContext,
  dir: string,
  target: { year: number; area: AreaCode },
  file: { filename: string; data: Buffer },
): StoredEvidence {
  return writeTransaction(ctx.db, (tx) => {
    authorizeOnResult(tx, ctx.actor, target, ['result.edit']);
    return keepEvidenceFile(tx, ctx, dir, target, file, (stored) => stored);
  });
}

/**
 * Keeps a file of the area inside the caller's transaction, once the caller has decided the
 * actor may add it (an evidence upload, an appeal's file): checked by content, written to disk
 * first and removed again if the row, or what `use` writes with it, cannot be; audited.
 */
export function keepEvidenceFile<R>(
  tx: Tx,
  ctx: Pick<WriteContext, 'actor' | 'now'>,
  dir: string,
  target: { year: number; area: AreaCode },
  file: { filename: string; data: Buffer },
  use: (stored: StoredEvidence) => R,
): R {
  const sniffed = sniffEvidence(file.data.subarray(0, 16), file.filename);
  if (!sniffed.ok) throw new AppError(415, 'UNSUPPORTED_FILE', sniffed.message);
  const storedName = `${randomUUID()}.${sniffed.extension}`;
  const folder = join(dir, String(target.year), target.area);
  const path = join(folder, storedName);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const sha256 = createHash('sha256').update(file.data).digest('hex');
  try {
    writeDurably(path, file.data, sha256);
    const row = tx
      .insert(t.evidenceFiles)
      .values({
        year: target.year,
        areaCode: target.area,
        storedName,
        originalName: file.filename.slice(0, 200),
        mime: sniffed.mime,
        size: file.data.length,
        sha256,
        uploadedBy: ctx.actor.id,
        uploadedAt: ctx.now.toISOString(),
      })
      .returning()
      .get();
    appendAudit(tx, ctx.now, {
      userId: ctx.actor.id,
      action: 'upload',
      entity: 'evidence_file',
      entityId: String(row.id),
      scope: auditScope(target.year, target.area),
      after: { name: row.originalName, size: row.size, mime: row.mime },
    });
    return use({
      id: row.id,
      label: row.originalName,
      url: evidencePath(row.id),
      mime: row.mime,
      size: row.size,
    });
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
}

/**
 * Writes the file and forces it to disk before the upload is acknowledged, then reads it back:
 * what is stored must be, byte for byte, what was received (size and sha256).
 */
function writeDurably(path: string, data: Buffer, sha256: string): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // The file's directory entry too, or a power cut can lose a name the row points at.
  const dirFd = openSync(dirname(path), 'r');
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
  const stored = readFileSync(path);
  if (stored.length !== data.length || createHash('sha256').update(stored).digest('hex') !== sha256)
    throw new Error(`evidence file ${path} does not read back as written`);
}

/** An uploaded file and what to call it, for anyone signed in (every role reads every area). */
export function readEvidence(db: Reader, dir: string, id: number) {
  const row = db.select().from(t.evidenceFiles).where(eq(t.evidenceFiles.id, id)).get();
  if (!row) throw new NotFoundError(`Berkas ${id} tidak ditemukan.`);
  const path = join(dir, String(row.year), row.areaCode, row.storedName);
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    throw new NotFoundError(`Berkas ${row.originalName} tidak ada lagi di penyimpanan.`);
  }
  return { data, mime: row.mime, name: row.originalName };
}
