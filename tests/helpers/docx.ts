import JSZip from 'jszip';

const paragraphsOf = (xml: string) => [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) => m[0]);
const textOf = (paragraph: string) =>
  [...paragraph.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** A Word file unzipped: its body's text paragraph by paragraph, its headings, tables and footers. */
export async function readDocx(body: Uint8Array) {
  const zip = await JSZip.loadAsync(body);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const paragraphs = paragraphsOf(xml);
  const footer = (
    await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/footer\d*\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string') ?? ''),
    )
  ).join('');
  return {
    xml,
    /** one line per paragraph or table cell */
    all: paragraphs.map(textOf).join('\n'),
    headings: paragraphs
      .filter((p) => /<w:pStyle w:val="Heading\d"/.test(p))
      .map((p) => ({ level: Number(p.match(/Heading(\d)/)?.[1]), text: textOf(p) })),
    tables: (xml.match(/<w:tbl>/g) ?? []).length,
    footer,
  };
}

/** A Word file's text, one paragraph (or table cell) a line. */
export async function docxText(body: Uint8Array): Promise<string> {
  return (await readDocx(body)).all;
}
