import { describe, expect, it } from 'vitest';
import { sniffEvidence } from './evidence';

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0, 0, 0, 0, 0]);

describe('sniffEvidence', () => {
  it.each([
    ['laporan.pdf', bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31), 'application/pdf'],
    ['foto.PNG', bytes(0x89, 0x50, 0x4e, 0x47), 'image/png'],
    ['foto.jpeg', bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    [
      'sk.docx',
      bytes(0x50, 0x4b, 0x03, 0x04),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['data.xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'application/vnd.ms-excel'],
  ])('takes %s by its content', (name, head, mime) => {
    expect(sniffEvidence(head, name)).toMatchObject({ ok: true, mime });
  });

  it.each([
    ['program.pdf', bytes(0x4d, 0x5a, 0x90)],
    ['catatan.txt', bytes(0x68, 0x61, 0x6c, 0x6f)],
    ['arsip.zip', bytes(0x50, 0x4b, 0x03, 0x04)],
    ['kosong.pdf', new Uint8Array()],
  ])('refuses %s whatever its name says', (name, head) => {
    const result = sniffEvidence(head, name);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/Jenis berkas tidak diterima/);
  });
});
