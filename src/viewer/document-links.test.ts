// An HTML document's images come only from its own package, and its links become full web addresses or nothing.
import { describe, expect, it } from 'vitest';
import { linkTarget, packageImagePath } from './document-links.ts';

const doc = 'files/2026/notice.html';

describe('packageImagePath', () => {
  it('resolves a relative image beside the document', () =>
    expect(packageImagePath(doc, 'img/map.png')).toBe('files/2026/img/map.png'));
  it('resolves ./ and ../ inside the package', () => {
    expect(packageImagePath(doc, './a.png')).toBe('files/2026/a.png');
    expect(packageImagePath(doc, '../2025/b.jpg?v=1')).toBe('files/2025/b.jpg');
  });
  it('decodes percent-encoded Chinese file names', () =>
    expect(packageImagePath(doc, '%E5%9B%BE.png')).toBe('files/2026/图.png'));
  it('never leaves the package files', () => {
    expect(packageImagePath(doc, '../../manifest.json')).toBeNull();
    expect(packageImagePath(doc, '../../../etc/passwd')).toBeNull();
  });
  it('refuses outside and scripted references', () => {
    for (const ref of [
      'https://evil.example/x.png',
      '//evil.example/x.png',
      '/x.png',
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      ' JaVaScRiPt:x',
      'file:///etc/passwd',
      '',
    ])
      expect(packageImagePath(doc, ref), ref).toBeNull();
  });
});

describe('linkTarget', () => {
  it('keeps a full web address', () =>
    expect(linkTarget('https://www.gov.cn/a.html')).toBe('https://www.gov.cn/a.html'));
  it('resolves a relative link against the online original', () =>
    expect(linkTarget('../b/c.html', 'https://www.yunxi.gov.cn/zwgk/xxgk/a.html')).toBe(
      'https://www.yunxi.gov.cn/zwgk/b/c.html',
    ));
  it('gives nothing for a relative link without an original', () => expect(linkTarget('b.html')).toBeNull());
  it('gives nothing for script, data, mail and in-page links', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'mailto:a@b.c', '#top', ''])
      expect(linkTarget(href, 'https://www.gov.cn/'), href).toBeNull();
  });
});
