// The QR codes must open exactly the right page on a phone: placeholders filled, Chinese and reserved characters encoded.
import { describe, expect, it } from 'vitest';
import { applyUrl, fillUrlTemplate, originalUrl, webUrlOrNone } from './follow-up-urls.ts';

const fields = {
  indexNo: '11532602/2025-00009',
  title: '云溪县2024年度财政预算执行情况报告',
  site: '云溪县政务服务中心查阅点',
};

describe('fillUrlTemplate', () => {
  it('encodes every field, Chinese text and the slash in an 索引号 included', () => {
    expect(fillUrlTemplate('https://g.cn/apply?i={indexNo}&t={title}&s={site}', fields)).toBe(
      `https://g.cn/apply?i=11532602%2F2025-00009&t=${encodeURIComponent(fields.title)}&s=${encodeURIComponent(fields.site)}`,
    );
    expect(fillUrlTemplate('https://g.cn/?t={title}', { title: '《办法》&解读 #2 100%' })).toBe(
      'https://g.cn/?t=%E3%80%8A%E5%8A%9E%E6%B3%95%E3%80%8B%26%E8%A7%A3%E8%AF%BB%20%232%20100%25',
    );
  });

  it('fills a placeholder twice, leaves unknown ones alone, and empties missing fields', () => {
    expect(fillUrlTemplate('https://g.cn/{indexNo}/{indexNo}?x={other}', { indexNo: 'a b' })).toBe(
      'https://g.cn/a%20b/a%20b?x={other}',
    );
    expect(fillUrlTemplate('https://g.cn/?t={title}&s={site}', {})).toBe('https://g.cn/?t=&s=');
  });
});

describe('originalUrl and applyUrl', () => {
  it("prefer the document's own online address, else the portal search by 索引号, else none", () => {
    const portalUrl = 'https://g.cn/search?indexNo={indexNo}';
    expect(originalUrl({ onlineUrl: 'https://g.cn/a.html', portalUrl }, fields)).toBe('https://g.cn/a.html');
    expect(originalUrl({ portalUrl }, fields)).toBe('https://g.cn/search?indexNo=11532602%2F2025-00009');
    expect(originalUrl({}, fields)).toBeUndefined();
    expect(applyUrl({}, fields)).toBeUndefined();
    expect(applyUrl({ applyUrl: 'https://g.cn/ysq?t={title}' }, fields)).toBe(
      `https://g.cn/ysq?t=${encodeURIComponent(fields.title)}`,
    );
  });
});

describe('a stored onlineUrl that is not a web address', () => {
  // Stored before the package schema refused them: never a QR code or a footer line that runs or fetches anything.
  it.each(['javascript:alert(1)', 'intent://scan/#Intent;end', 'file:///etc/passwd', 'data:text/html,x', 'not a url'])(
    '%j falls back to the portal search, or to none',
    (onlineUrl) => {
      const portalUrl = 'https://g.cn/search?indexNo={indexNo}';
      expect(originalUrl({ onlineUrl, portalUrl }, fields)).toBe('https://g.cn/search?indexNo=11532602%2F2025-00009');
      expect(originalUrl({ onlineUrl }, fields)).toBeUndefined();
      expect(webUrlOrNone(onlineUrl)).toBeUndefined();
    },
  );

  it('keeps http and https addresses as written', () => {
    expect(webUrlOrNone('http://g.cn/a.html')).toBe('http://g.cn/a.html');
    expect(webUrlOrNone('HTTPS://g.cn/a.html')).toBe('HTTPS://g.cn/a.html');
  });
});
