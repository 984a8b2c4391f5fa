/**
 * Evidence files (data dukung) a chair may upload: PDF, images and office documents, checked
 * by their content — a renamed executable is refused whatever its name says.
 */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** Where an uploaded file is served; an evidence link may point here instead of http(s). */
export const EVIDENCE_PATH = /^\/api\/v1\/evidence\/\d+$/;
export const evidencePath = (id: number) => `/api/v1/evidence/${id}`;

interface EvidenceType {
  mime: string;
  extensions: readonly string[];
  magic: readonly number[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const EVIDENCE_TYPES: readonly EvidenceType[] = [
  { mime: 'application/pdf', extensions: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mime: 'image/png', extensions: ['png'], magic: [0x89, 0x50, 0x4e, 0x47] },
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    magic: ZIP,
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    magic: ZIP,
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    magic: ZIP,
  },
  { mime: 'application/msword', extensions: ['doc'], magic: OLE },
  { mime: 'application/vnd.ms-excel', extensions: ['xls'], magic: OLE },
];

export const EVIDENCE_EXTENSIONS = EVIDENCE_TYPES.flatMap((t) => t.extensions);

export type Sniffed =
  | { ok: true; mime: string; extension: string }
  | { ok: false; message: string };

/** What a file is, by its first bytes and (for office formats sharing a container) its name. */
export function sniffEvidence(head: Uint8Array, filename: string): Sniffed {
  const extension = filename.toLowerCase().split('.').at(-1) ?? '';
  const type = EVIDENCE_TYPES.find(
    (t) => t.extensions.includes(extension) && t.magic.every((b, i) => head[i] === b),
  );
  if (type) return { ok: true, mime: type.mime, extension };
  return {
    ok: false,
    message: `Jenis berkas tidak diterima: isinya bukan ${EVIDENCE_EXTENSIONS.join(', ').toUpperCase()} yang sah. Unggah PDF, gambar (PNG/JPEG) atau dokumen kantor.`,
  };
}
