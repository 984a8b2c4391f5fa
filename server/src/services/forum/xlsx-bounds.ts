import { inflateRawSync } from 'node:zlib';

/**
 * What an uploaded workbook may unpack to before any xlsx reader sees it. A zip of a few MB
 * can hold a GB of sheet XML (a million rows): the reader would hold it all in memory and the
 * server would stall for everyone. Each part is inflated here with a ceiling on its output,
 * so the work stops at the limit whatever the archive claims about its sizes.
 */
export interface XlsxBounds {
  /** bytes all parts together may unpack to */
  maxUnpackedBytes: number;
  /** parts in the archive */
  maxParts: number;
  /** rows in any one worksheet */
  maxRowsPerSheet: number;
}

export const XLSX_BOUNDS: XlsxBounds = {
  maxUnpackedBytes: 40 * 1024 * 1024,
  maxParts: 500,
  maxRowsPerSheet: 20_000,
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Why the workbook is refused, in plain words, or null when it is within bounds. */
export function xlsxOutOfBounds(data: Buffer, bounds: XlsxBounds = XLSX_BOUNDS): string | null {
  const end = endOfCentralDirectory(data);
  if (!end) return 'berkas bukan xlsx yang dapat dibaca (arsip zip rusak)';
  if (end.entries > bounds.maxParts) return `berkas berisi lebih dari ${bounds.maxParts} bagian`;
  let budget = bounds.maxUnpackedBytes;
  let at = end.offset;
  for (let i = 0; i < end.entries; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL)
      return 'berkas bukan xlsx yang dapat dibaca (arsip zip rusak)';
    const method = data.readUInt16LE(at + 10);
    const compressedSize = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const localOffset = data.readUInt32LE(at + 42);
    const name = data.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;

    if (localOffset + 30 > data.length || data.readUInt32LE(localOffset) !== LOCAL)
      return 'berkas bukan xlsx yang dapat dibaca (arsip zip rusak)';
    const start =
      localOffset + 30 + data.readUInt16LE(localOffset + 26) + data.readUInt16LE(localOffset + 28);
    const packed = data.subarray(start, start + compressedSize);
    let unpacked: Buffer;
    try {
      unpacked =
        method === 0 ? packed : inflateRawSync(packed, { maxOutputLength: Math.max(1, budget) });
    } catch (error) {
      if (
        (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ||
        error instanceof RangeError
      )
        return tooLarge(bounds);
      return 'berkas bukan xlsx yang dapat dibaca (bagian arsip rusak)';
    }
    budget -= unpacked.length;
    if (budget < 0) return tooLarge(bounds);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      const rows = countRows(unpacked, bounds.maxRowsPerSheet + 1);
      if (rows > bounds.maxRowsPerSheet)
        return `sheet berisi lebih dari ${bounds.maxRowsPerSheet.toLocaleString('id-ID')} baris`;
    }
  }
  return null;
}

function tooLarge(bounds: XlsxBounds): string {
  return `isi berkas lebih dari ${Math.round(bounds.maxUnpackedBytes / 1024 / 1024)} MB setelah dibuka`;
}

function endOfCentralDirectory(data: Buffer): { entries: number; offset: number } | null {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const from = Math.max(0, data.length - 22 - 65_535);
  for (let at = data.length - 22; at >= from; at--) {
    if (data.readUInt32LE(at) === EOCD) {
      return { entries: data.readUInt16LE(at + 10), offset: data.readUInt32LE(at + 16) };
    }
  }
  return null;
}

/** `<row` elements in a sheet's XML, counted up to `stop`. */
function countRows(xml: Buffer, stop: number): number {
  let count = 0;
  let at = xml.indexOf('<row');
  while (at !== -1 && count < stop) {
    const next = xml[at + 4];
    // `<row ` or `<row>`, not `<rowBreaks`
    if (next === 0x20 || next === 0x3e || next === 0x2f) count++;
    at = xml.indexOf('<row', at + 4);
  }
  return count;
}
