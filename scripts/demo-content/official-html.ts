// Lays a document out like an official paper (red 文头, 文号, 小标题, 落款) as HTML, and as the same words in plain text.
import type { DocBody, Section, Table } from './doc-spec.ts';
import { PDF_FONT_FAMILY } from './pdf-fonts.ts';

/** Everything printed on the page, in reading order. */
export interface PrintedDoc {
  title: string;
  publisher: string;
  docNo: string;
  /** The 落款 date, e.g. `2024年3月5日`. */
  dateText: string;
  body: DocBody;
}

export type Medium = 'pdf' | 'screen' | 'image';

/** Width of the PNG copy: a phone-photo-like notice, narrow enough to keep the file near 100 KB. */
export const IMAGE_WIDTH_PX = 720;

const RED = '#c8161d';
const SERIF = `'${PDF_FONT_FAMILY}', 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif`;

// Only the 文头 is bold: the PDF subsets carry bold glyphs for it alone, and Chromium would draw any other bold text
// from the system's CFF font as heavy Type 3 glyphs (see subset-fonts.py).
const BASE_CSS = `
  body { font-family: ${SERIF}; font-size: 15pt; line-height: 1.75; color: #111; margin: 0; }
  .masthead { color: ${RED}; text-align: center; font-weight: 700; letter-spacing: 0.06em; line-height: 1.3; }
  .masthead.with-no { font-size: 30pt; }
  .masthead.plain { font-size: 22pt; }
  .doc-no { text-align: center; margin: 10pt 0 4pt; }
  .red-rule { border: 0; border-top: 2.5px solid ${RED}; margin: 6pt 0 20pt; }
  h1 { font-size: 21pt; font-weight: 400; text-align: center; margin: 8pt 0 18pt; line-height: 1.5; }
  h2 { font-size: 15pt; font-weight: 400; margin: 10pt 0 2pt; }
  h2.chapter { text-align: center; }
  p { margin: 0; text-indent: 2em; text-align: justify; }
  p.salutation { text-indent: 0; }
  .signature { text-align: right; margin-top: 28pt; padding-right: 2em; }
  table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.4; margin: 6pt 0 12pt; }
  th, td { border: 1px solid #333; padding: 3pt 5pt; }
  th { font-weight: 400; background: #f0f0f0; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .caption { font-size: 13pt; text-align: center; margin-top: 10pt; text-indent: 0; }
  .unit { text-align: right; font-size: 10.5pt; text-indent: 0; }
  .attachment-label { font-size: 15pt; }
`;

// Screen and image copies get a page-like sheet; PDF margins come from page.pdf() so the footer page number fits.
const SHEET_CSS: Record<Medium, string> = {
  pdf: '',
  screen:
    'body { background: #eee; } main { max-width: 760px; margin: 24px auto; padding: 48px 56px; background: #fff; }',
  image: `main { width: ${IMAGE_WIDTH_PX - 80}px; padding: 40px; background: #fff; }`,
};

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const isNumeric = (cell: string) => /^-?[\d.,%]+$/.test(cell);

function tableHtml(table: Table): string {
  const head = table.head.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('');
  const rows = table.rows
    .map(
      (row) =>
        `<tr>${row.map((cell) => `<td${isNumeric(cell) ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return [
    `<p class="caption">${escapeHtml(table.caption)}</p>`,
    table.unit ? `<p class="unit">${escapeHtml(table.unit)}</p>` : '',
    `<table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`,
  ].join('\n');
}

function sectionHtml(section: Section): string {
  return [
    // A 办法's 第一章 总则 headings stand centred, as printed regulations set them.
    section.heading
      ? `<h2${/^第.+章/.test(section.heading) ? ' class="chapter"' : ''}>${escapeHtml(section.heading)}</h2>`
      : '',
    ...section.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`),
    section.table ? tableHtml(section.table) : '',
  ].join('\n');
}

function page(title: string, medium: Medium, content: string, fontCss: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${fontCss}${BASE_CSS}${SHEET_CSS[medium]}</style></head>
<body><main>
${content}
</main></body></html>
`;
}

/**
 * The document as an official paper: self-contained HTML with no scripts and no external resources.
 * `fontCss` (PDF only) carries the embedded subset fonts.
 */
export function officialHtml(doc: PrintedDoc, medium: Medium, fontCss = ''): string {
  const { body } = doc;
  const masthead = doc.docNo
    ? `<div class="masthead with-no">${escapeHtml(doc.publisher)}文件</div>\n<div class="doc-no">${escapeHtml(doc.docNo)}</div>`
    : `<div class="masthead plain">${escapeHtml(doc.publisher)}</div>`;
  return page(
    doc.title,
    medium,
    [
      masthead,
      '<hr class="red-rule">',
      `<h1>${escapeHtml(doc.title)}</h1>`,
      body.salutation ? `<p class="salutation">${escapeHtml(body.salutation)}</p>` : '',
      body.lead ? `<p>${escapeHtml(body.lead)}</p>` : '',
      ...body.sections.map(sectionHtml),
      body.closing ? `<p>${escapeHtml(body.closing)}</p>` : '',
      `<div class="signature">${escapeHtml(doc.publisher)}<br>${escapeHtml(doc.dateText)}</div>`,
    ].join('\n'),
    fontCss,
  );
}

/** A 附件 page: label, caption and the table, no 文头. */
export function attachmentHtml(number: number, table: Table, fontCss = ''): string {
  return page(table.caption, 'pdf', `<div class="attachment-label">附件${number}</div>\n${tableHtml(table)}`, fontCss);
}

function tableText(table: Table): string[] {
  return [
    table.caption,
    ...(table.unit ? [table.unit] : []),
    table.head.join('\t'),
    ...table.rows.map((row) => row.join('\t')),
  ];
}

/** The searchable text: the same words as printed, title first, one paragraph a line. */
export function documentText(doc: PrintedDoc, attachments: Table[] = []): string {
  const { body } = doc;
  const lines = [
    doc.title,
    doc.docNo,
    body.salutation ?? '',
    body.lead,
    ...body.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs, ...(s.table ? tableText(s.table) : [])]),
    body.closing ?? '',
    doc.publisher,
    doc.dateText,
    ...attachments.flatMap((table, i) => [`附件${i + 1}`, ...tableText(table)]),
  ];
  return lines.filter((line) => line !== '').join('\n') + '\n';
}
