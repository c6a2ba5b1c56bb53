// What the data files say about each demo document, and the shapes the generators pass around.
import type { Validity } from '../../src/shared/package-format.ts';

export type Genre = '通知' | '公告' | '报告' | '意见' | '办法' | '规划' | '解读' | '决定';

export interface Table {
  caption: string;
  unit?: string;
  head: string[];
  rows: string[][];
}

export interface DocSpec {
  /** `yx-<year>-<publisher code>-<serial>`: the 索引号 and the publisher are derived from it. */
  id: string;
  title: string;
  /** 文号; omitted for documents issued without one (公告, 解读, 公示). */
  docNo?: string;
  /** 成文日期; defaults to a few days before publication when there is a 文号. */
  writtenDate?: string;
  publishDate: string;
  domain: string;
  genre: Genre;
  validity?: Validity;
  replacedBy?: string;
  /** Declared on one side only (usually the 解读); the catalogue mirrors it. */
  related?: string[];
  /** Overrides the domain's default 主题分类. */
  topics?: string[];
  keywords: string[];
  summary: string;
  /** Overrides the domain's "根据……" when the usual basis does not fit this document. */
  basis?: string;
  /** What the document itself wants to say in its template: "关于X的通知" → X by default. */
  subject?: string;
  /** The facts this document states; the genre template wraps them in prose. */
  points: string[];
  /** Main file format; PDF unless said. */
  format?: 'pdf' | 'html' | 'png';
  /** Some catalogue entries have no online original (older or town-level items). */
  noOnlineUrl?: boolean;
  /** A long generated body with many tables (the 20+ page budget report) instead of the genre template. */
  longReport?: boolean;
  /** A second file, shown as 附件1. */
  attachment?: Table;
}

export interface Section {
  heading?: string;
  paragraphs: string[];
  table?: Table;
}

/** A document as it is printed: the same model feeds the PDF, HTML, PNG and the searchable text. */
export interface DocBody {
  salutation?: string;
  lead: string;
  sections: Section[];
  closing?: string;
}

const ID_PATTERN = /^yx-(\d{4})-([a-z]+)-(\d{3})$/;

export function parseDocId(id: string): { year: number; publisherCode: string; serial: number } {
  const match = ID_PATTERN.exec(id);
  if (!match) throw new Error(`document id "${id}" is not yx-YYYY-code-NNN`);
  return { year: Number(match[1]), publisherCode: match[2] as string, serial: Number(match[3]) };
}

/** `2024-03-05` → `2024年3月5日`, as a 落款 is dated. */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function shiftDate(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
