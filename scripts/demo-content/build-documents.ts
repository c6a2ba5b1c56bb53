// Turns document specs into catalogue entries plus their files (PDF, HTML or PNG, 附件) and searchable texts.
import { addText, type PackageInput } from '../lib/package-writer.ts';
import type { CatalogueDocument, DocumentFile } from '../../src/shared/package-format.ts';
import { budgetReportBody } from './budget-report.ts';
import type { Renderer } from './chromium-render.ts';
import { chineseDate, parseDocId, shiftDate, type DocSpec } from './doc-spec.ts';
import { DOMAIN_PROFILES } from './domain-profiles.ts';
import { attachmentHtml, documentText, IMAGE_WIDTH_PX, officialHtml, type PrintedDoc } from './official-html.ts';
import { composeBody } from './prose-templates.ts';
import { publisherOf } from './publishers.ts';
import { seedFrom, seededRandom } from './seeded-random.ts';

/** The demo's "today": nothing is published after it. */
export const LATEST_DATE = '2026-11-20';
const ONLINE_BASE = 'https://www.yunxi.gov.cn/zwgk/xxgk/';

/** Fails loudly on a data slip (bad id, dangling reference, future date) before any rendering starts. */
export function checkSpecs(specs: DocSpec[]): void {
  const ids = new Set<string>();
  for (const spec of specs) {
    const { year, publisherCode } = parseDocId(spec.id);
    publisherOf(publisherCode);
    if (ids.has(spec.id)) throw new Error(`duplicate document id ${spec.id}`);
    ids.add(spec.id);
    if (Number(spec.publishDate.slice(0, 4)) !== year) throw new Error(`${spec.id}: id year differs from publishDate`);
    if (spec.publishDate > LATEST_DATE) throw new Error(`${spec.id}: published after ${LATEST_DATE}`);
    if (spec.keywords.length < 3 || spec.keywords.length > 5) throw new Error(`${spec.id}: needs 3–5 keywords`);
    if ((spec.validity ?? '有效') === '有效' && spec.replacedBy) throw new Error(`${spec.id}: valid but replaced`);
  }
  for (const spec of specs) {
    for (const ref of [spec.replacedBy, ...(spec.related ?? [])]) {
      if (ref && !ids.has(ref)) throw new Error(`${spec.id}: refers to missing document ${ref}`);
    }
  }
}

function printedDoc(spec: DocSpec, specs: DocSpec[]): PrintedDoc {
  const { publisherCode } = parseDocId(spec.id);
  const publisher = publisherOf(publisherCode).name;
  const body = spec.longReport
    ? budgetReportBody()
    : composeBody({
        spec,
        publisherCode,
        replaces: specs.filter((other) => other.replacedBy === spec.id),
        relatedTitles: (spec.related ?? []).map((id) => specs.find((s) => s.id === id)?.title ?? ''),
      });
  return { title: spec.title, publisher, docNo: spec.docNo ?? '', dateText: chineseDate(spec.publishDate), body };
}

function catalogueEntry(spec: DocSpec, files: DocumentFile[], textPath: string): CatalogueDocument {
  const { year, publisherCode, serial } = parseDocId(spec.id);
  const publisher = publisherOf(publisherCode);
  // A 文号'd document is signed a few days before it is published; 公告 and 解读 usually carry no 成文日期.
  const writtenDate =
    spec.writtenDate ?? (spec.docNo ? shiftDate(spec.publishDate, -seededRandom(seedFrom(spec.id)).int(2, 9)) : '');
  return {
    id: spec.id,
    indexNo: `${publisher.orgCode}/${year}-${String(serial).padStart(5, '0')}`,
    title: spec.title,
    publisher: publisher.name,
    docNo: spec.docNo ?? '',
    writtenDate,
    publishDate: spec.publishDate,
    topics: spec.topics ?? DOMAIN_PROFILES[spec.domain]?.topics ?? [],
    domain: spec.domain,
    genre: spec.genre,
    disclosure: '主动公开',
    scope: '面向全社会',
    validity: spec.validity ?? '有效',
    ...(spec.replacedBy ? { replacedBy: spec.replacedBy } : {}),
    keywords: spec.keywords,
    summary: spec.summary,
    files,
    textPath,
    ...(spec.noOnlineUrl ? {} : { onlineUrl: `${ONLINE_BASE}${spec.id}.html` }),
    related: spec.related ?? [],
  };
}

/** A document ready to render: its spec and the words printed on it. */
export interface PreparedDoc {
  spec: DocSpec;
  printed: PrintedDoc;
  /** The searchable text, which is also every character the PDF needs. */
  text: string;
}

export function prepareDocument(spec: DocSpec, specs: DocSpec[]): PreparedDoc {
  const printed = printedDoc(spec, specs);
  return { spec, printed, text: documentText(printed, spec.attachment ? [spec.attachment] : []) };
}

/** Renders one document's files into `files` and returns its catalogue entry. */
export async function renderDocument(
  { spec, printed, text }: PreparedDoc,
  renderer: Renderer,
  fontCss: string,
  files: PackageInput['files'],
): Promise<CatalogueDocument> {
  const base = `files/${spec.publishDate.slice(0, 4)}/${spec.id}`;
  const documentFiles: DocumentFile[] = [];
  const format = spec.format ?? 'pdf';
  if (format === 'html') {
    files.set(`${base}.html`, { bytes: new TextEncoder().encode(officialHtml(printed, 'screen')), type: 'text/html' });
    documentFiles.push({ path: `${base}.html`, type: 'text/html' });
  } else if (format === 'png') {
    files.set(`${base}.png`, {
      bytes: await renderer.png(officialHtml(printed, 'image'), IMAGE_WIDTH_PX),
      type: 'image/png',
    });
    documentFiles.push({ path: `${base}.png`, type: 'image/png' });
  } else {
    const { bytes, pages } = await renderer.pdf(officialHtml(printed, 'pdf', fontCss));
    files.set(`${base}.pdf`, { bytes, type: 'application/pdf' });
    documentFiles.push({ path: `${base}.pdf`, type: 'application/pdf', pages });
  }
  if (spec.attachment) {
    const { bytes, pages } = await renderer.pdf(attachmentHtml(1, spec.attachment, fontCss));
    files.set(`${base}-fj1.pdf`, { bytes, type: 'application/pdf' });
    documentFiles.push({ path: `${base}-fj1.pdf`, type: 'application/pdf', pages });
  }
  return catalogueEntry(spec, documentFiles, addText(files, text));
}

/** A policy and its 解读 point at each other, however the data declared it. */
export function mirrorRelated(documents: CatalogueDocument[]): void {
  const byId = new Map(documents.map((d) => [d.id, d]));
  for (const doc of documents) {
    for (const id of doc.related) {
      const other = byId.get(id);
      if (other && !other.related.includes(doc.id)) other.related.push(doc.id);
    }
  }
}
