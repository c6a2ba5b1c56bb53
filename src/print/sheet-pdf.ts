// Writes rasterised A4 sheets as one PDF for the terminal's local print server: each sheet's JPEG as the page, its text invisible over it.

/** One printed sheet painted to pixels (src/ui/PrintSheets/rasterise.ts): what a page of the PDF is made of. */
export interface RasterSheet {
  /** An 8-bit RGB JPEG, as canvas.toBlob writes it. */
  jpeg: Blob;
  widthPx: number;
  heightPx: number;
  /** The sheet's visible text, line by line, for the invisible text layer. */
  text: string;
}

/** A4 in PDF points (1/72 inch). */
const PAGE_W = 595.28;
const PAGE_H = 841.89;
// Objects before the pages: catalog, page tree, the Type0 font, its CIDFont, descriptor and ToUnicode CMap.
const FIXED_OBJECTS = 6;
const FONT_ID = 3;
// Room for the trailer with a 10-digit startxref: an upper bound, so a part never passes its cap.
const TRAILER_MAX = 200;

const encoder = new TextEncoder();
type Part = Uint8Array | Blob;

/**
 * The text layer's font. No font file can be embedded (the page has only the system's Noto CJK), so it is Adobe's
 * predefined STSong-Light, addressed in UCS-2 through the predefined UniGB-UCS2-H CMap: every PDF reader knows both
 * (Ghostscript, which cups-pdf and most CUPS filters use, substitutes a system CJK font). Nothing is drawn (render mode 3),
 * and the ToUnicode CMap maps each code to itself so extraction works even without the Adobe-GB1 tables.
 */
function fontObjects(): string[] {
  const ranges = Array.from({ length: 256 }, (_, hi) => {
    const h = hex2(hi);
    return `<${h}00> <${h}FF> <${h}00>`;
  });
  const blocks = [0, 100, 200].map((at) => {
    const rows = ranges.slice(at, at + 100);
    return `${rows.length} beginbfrange\n${rows.join('\n')}\nendbfrange`;
  });
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...blocks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  return [
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>`,
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>`,
    `<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>`,
    `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`,
  ];
}

function hex2(n: number) {
  return n.toString(16).toUpperCase().padStart(2, '0');
}

/**
 * The sheet's text, one line of it per line of the layer from the top down, each squeezed to the page's width (poppler
 * drops characters off the page). UCS-2 codes: a character beyond the BMP, which UniGB-UCS2-H cannot address, becomes U+FFFD.
 */
function textLayer(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (lines.length === 0) return '';
  const size = 10;
  const leading = Math.min(14, (PAGE_H - 72) / lines.length);
  const usable = PAGE_W - 72;
  const ops = lines.map((line, i) => {
    let codes = '';
    let width = 0;
    for (const ch of line) {
      const code = ch.length > 1 ? 0xfffd : ch.charCodeAt(0);
      codes += code.toString(16).toUpperCase().padStart(4, '0');
      width += code >= 0x20 && code <= 0x7e ? 0.5 : 1;
    }
    const scale = Math.min(100, (usable / (width * size)) * 100);
    const y = PAGE_H - 36 - size - i * leading;
    return `${scale.toFixed(2)} Tz 1 0 0 1 36 ${y.toFixed(2)} Tm <${codes}> Tj`;
  });
  return `BT 3 Tr /F1 ${size} Tf\n${ops.join('\n')}\nET\n`;
}

/** The three objects of one page (page, its content stream, its image), as the parts to write after `offset`. */
function pageObjects(sheet: RasterSheet, firstId: number): (string | Blob)[][] {
  const [contentId, imageId] = [firstId + 1, firstId + 2];
  const content = `q ${PAGE_W} 0 0 ${PAGE_H} 0 0 cm /Im0 Do Q\n${textLayer(sheet.text)}`;
  return [
    [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Contents ${contentId} 0 R ` +
        `/Resources << /XObject << /Im0 ${imageId} 0 R >> /Font << /F1 ${FONT_ID} 0 R >> >> >>`,
    ],
    [`<< /Length ${content.length} >>\nstream\n${content}\nendstream`],
    [
      // canvas.toBlob('image/jpeg') always writes 8-bit YCbCr, which DCTDecode hands back as RGB.
      `<< /Type /XObject /Subtype /Image /Width ${sheet.widthPx} /Height ${sheet.heightPx} /ColorSpace /DeviceRGB ` +
        `/BitsPerComponent 8 /Filter /DCTDecode /Length ${sheet.jpeg.size} >>\nstream\n`,
      sheet.jpeg,
      '\nendstream',
    ],
  ];
}

class PdfWriter {
  readonly parts: Part[] = [];
  readonly offsets: number[] = [];
  size = 0;

  write(piece: string | Blob | Uint8Array) {
    const part = typeof piece === 'string' ? encoder.encode(piece) : piece;
    this.parts.push(part);
    this.size += part instanceof Blob ? part.size : part.byteLength;
  }

  object(id: number, body: (string | Blob)[]) {
    this.offsets[id] = this.size;
    this.write(`${id} 0 obj\n`);
    for (const piece of body) this.write(piece);
    this.write('\nendobj\n');
  }
}

function header(w: PdfWriter) {
  // The second line's high bytes tell transfer tools the file is binary.
  w.write(new Uint8Array([...encoder.encode('%PDF-1.4\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]));
}

/** One A4 page per sheet, its JPEG passed through unchanged (DCTDecode) and its text as an invisible layer. */
export function sheetPdf(sheets: readonly RasterSheet[]): Blob {
  const w = new PdfWriter();
  header(w);
  const pageIds = sheets.map((_, i) => FIXED_OBJECTS + 1 + i * 3);
  w.object(1, ['<< /Type /Catalog /Pages 2 0 R >>']);
  w.object(2, [`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${sheets.length} >>`]);
  fontObjects().forEach((body, i) => w.object(FONT_ID + i, [body]));
  sheets.forEach((sheet, i) => pageObjects(sheet, pageIds[i]!).forEach((body, j) => w.object(pageIds[i]! + j, body)));
  const count = FIXED_OBJECTS + 1 + sheets.length * 3;
  const xrefAt = w.size;
  const rows = ['0000000000 65535 f \n'];
  for (let id = 1; id < count; id++) rows.push(`${String(w.offsets[id]).padStart(10, '0')} 00000 n \n`);
  w.write(`xref\n0 ${count}\n${rows.join('')}trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`);
  return new Blob(w.parts as BlobPart[], { type: 'application/pdf' });
}

/** Bytes one sheet adds to a PDF: its three objects and their xref rows. */
export function sheetPdfBytes(sheet: RasterSheet): number {
  const w = new PdfWriter();
  pageObjects(sheet, 1_000_000).forEach((body, j) => w.object(1_000_000 + j, body));
  return w.size + 3 * 20;
}

/** Bytes of a PDF with no pages: header, fixed objects, xref and trailer, rounded up. */
function emptyPdfBytes(): number {
  const w = new PdfWriter();
  header(w);
  fontObjects().forEach((body, i) => w.object(FONT_ID + i, [body]));
  // The catalog and a page tree whose Kids list grows by up to 12 bytes a page (counted with each sheet below).
  return w.size + 200 + (FIXED_OBJECTS + 1) * 20 + TRAILER_MAX;
}

export class SheetTooLargeError extends Error {
  readonly code = 'sheet-too-large';
  constructor(
    readonly index: number,
    readonly bytes: number,
  ) {
    super(`sheet ${index + 1} alone makes a ${bytes}-byte PDF`);
  }
}

/**
 * Splits sheets, in order, into runs whose PDF each stays under `maxBytes` (the local server refuses a bigger body),
 * so a long job is sent as several PDFs. Throws SheetTooLargeError when one sheet alone does not fit.
 */
export function splitForUpload(sheets: readonly RasterSheet[], maxBytes: number): RasterSheet[][] {
  const base = emptyPdfBytes();
  const parts: RasterSheet[][] = [];
  let current: RasterSheet[] = [];
  let size = base;
  sheets.forEach((sheet, i) => {
    const bytes = sheetPdfBytes(sheet) + 12;
    if (base + bytes > maxBytes) throw new SheetTooLargeError(i, base + bytes);
    if (size + bytes > maxBytes) {
      parts.push(current);
      current = [];
      size = base;
    }
    current.push(sheet);
    size += bytes;
  });
  if (current.length) parts.push(current);
  return parts;
}
