// Writes small real PDFs with Chinese text in a non-embedded font, for pack's tests and bench.

export interface MinimalPdfOptions {
  /** Lines per page; an empty page list gives one page with no text at all, like a scan. */
  pages: string[][];
  /** Extra bytes in an unreferenced stream, to make files of a given size cheaply. */
  padding?: Uint8Array;
  /**
   * `predefined-cmap` (default): STSong-Light with Adobe's UniGB-UCS2-H, which a reader must bring (pdf.js's cMaps).
   * `to-unicode`: Identity-H codes with the document's own ToUnicode map, as Word and WPS exports carry.
   */
  encoding?: 'predefined-cmap' | 'to-unicode';
}

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/** Two-byte codes: UTF-16 BE for the UCS2 CMap (BMP only), or numbered glyph ids for Identity-H. */
type Encode = (text: string) => string;
const ucs2Hex: Encode = (text) => [...text].map((c) => hex4(c.charCodeAt(0))).join('');

function pageContent(lines: string[], encode: Encode): string {
  if (lines.length === 0) return '0.6 g 72 400 451 300 re f';
  const shown = lines.map((line, i) => `${i === 0 ? '72 770 Td' : '0 -20 Td'} <${encode(line)}> Tj`).join('\n');
  return `BT /F1 14 Tf\n${shown}\nET`;
}

/** Identity-H codes numbered by first use, and the ToUnicode CMap that maps them back. */
function identityEncoding(pages: string[][]): { encode: Encode; toUnicode: string } {
  const codes = new Map<string, number>();
  for (const c of pages.flat().join('')) if (!codes.has(c)) codes.set(c, codes.size + 1);
  const encode: Encode = (text) => [...text].map((c) => hex4(codes.get(c)!)).join('');
  const entries = [...codes].map(([c, code]) => `<${hex4(code)}> <${hex4(c.charCodeAt(0))}>`);
  const blocks: string[] = [];
  // A bfchar block holds at most 100 entries.
  for (let i = 0; i < entries.length; i += 100)
    blocks.push(`${Math.min(100, entries.length - i)} beginbfchar\n${entries.slice(i, i + 100).join('\n')}\nendbfchar`);
  const toUnicode = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...blocks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  return { encode, toUnicode };
}

const stream = (body: string, dict = '') =>
  `<< ${dict}/Length ${latin1(body).byteLength} >>\nstream\n${body}\nendstream`;

export function minimalPdf({ pages, padding, encoding = 'predefined-cmap' }: MinimalPdfOptions): Uint8Array {
  const pageTexts = pages.length ? pages : [[]];
  const objects: (string | Uint8Array)[] = [];
  const add = (body: string | Uint8Array) => objects.push(body);
  // Objects 1–6 are the catalog, the page tree and the font; pages and their contents follow in pairs.
  const pageIds = pageTexts.map((_, i) => 7 + i * 2);
  const identity = encoding === 'to-unicode' ? identityEncoding(pageTexts) : null;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);
  if (identity) {
    add(
      '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>',
    );
    add(
      '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 >>',
    );
    add(
      '<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [-8 -145 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 80 >>',
    );
    add(stream(identity.toUnicode));
  } else {
    add('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>');
    add(
      '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 >>',
    );
    add(
      '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    );
    // Object 6 holds the ToUnicode map in the other encoding; an empty stream keeps the numbering.
    add(stream(''));
  }
  for (const [i, lines] of pageTexts.entries()) {
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`,
    );
    const content = pageContent(lines, identity?.encode ?? ucs2Hex);
    add(stream(content));
  }
  if (padding) {
    const head = latin1(`<< /Length ${padding.byteLength} >>\nstream\n`);
    const tail = latin1('\nendstream');
    const body = new Uint8Array(head.byteLength + padding.byteLength + tail.byteLength);
    body.set(head);
    body.set(padding, head.byteLength);
    body.set(tail, head.byteLength + padding.byteLength);
    add(body);
  }

  const chunks: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let offset = chunks[0]!.byteLength;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const bytes = [latin1(`${i + 1} 0 obj\n`), typeof body === 'string' ? latin1(body) : body, latin1('\nendobj\n')];
    for (const b of bytes) {
      chunks.push(b);
      offset += b.byteLength;
    }
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  chunks.push(latin1(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
