// Pages saved from Chinese government sites in GBK must read as Chinese, not mojibake.
import { describe, expect, it } from 'vitest';
import { decodeHtml, sniffCharset } from './html-charset.ts';

// "关于开展低保复核的通知" in GBK, as a saved page would hold it.
const GBK_TITLE = Uint8Array.from([
  0xb9, 0xd8, 0xd3, 0xda, 0xbf, 0xaa, 0xd5, 0xb9, 0xb5, 0xcd, 0xb1, 0xa3, 0xb8, 0xb4, 0xba, 0xcb, 0xb5, 0xc4, 0xcd,
  0xa8, 0xd6, 0xaa,
]);
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
};
const page = (meta: string) =>
  join(ascii(`<html><head>${meta}</head><body><p>`), GBK_TITLE, ascii('</p></body></html>'));

describe('sniffCharset', () => {
  it('reads <meta charset="gb2312">', () => expect(sniffCharset(page('<meta charset="gb2312">'))).toBe('gb18030'));
  it('reads the http-equiv form with GBK', () =>
    expect(sniffCharset(page('<meta http-equiv="Content-Type" content="text/html; charset=GBK">'))).toBe('gb18030'));
  it('takes a UTF-8 byte-order mark over anything else', () =>
    expect(sniffCharset(join(Uint8Array.from([0xef, 0xbb, 0xbf]), ascii('<meta charset="gbk">')))).toBe('utf-8'));
  it('treats undeclared valid UTF-8 as UTF-8', () =>
    expect(sniffCharset(new TextEncoder().encode('<p>通知</p>'))).toBe('utf-8'));
  it('treats undeclared bytes that are not UTF-8 as GB18030', () => expect(sniffCharset(page(''))).toBe('gb18030'));
  it('ignores a label no browser knows', () =>
    expect(sniffCharset(new TextEncoder().encode('<meta charset="klingon"><p>通知</p>'))).toBe('utf-8'));
});

describe('decodeHtml', () => {
  it('turns a GBK page into readable Chinese', () =>
    expect(decodeHtml(page('<meta charset="gb2312">'))).toContain('关于开展低保复核的通知'));
  it('turns an undeclared GBK page into readable Chinese too', () =>
    expect(decodeHtml(page(''))).toContain('低保复核'));
  it('leaves UTF-8 as it is', () =>
    expect(decodeHtml(new TextEncoder().encode('<meta charset="utf-8"><p>政务公开</p>'))).toContain('政务公开'));
});
