// Every printed sheet must say where it came from: the reading point, the 索引号, a readable title, when, and which page.
import { describe, expect, it } from 'vitest';
import { footerText, formatPrintTime, shortenTitle } from './footer.ts';

const words = {
  indexNo: '索引号',
  printedAt: (t: string) => `打印时间：${t}`,
  pageOf: (n: number, N: number) => `第 ${n} 页 / 共 ${N} 页`,
  notInForce: { 已修订: '本文件已被修订', 失效: '本文件已失效', 废止: '本文件已废止' } as Record<string, string>,
};

describe('footer', () => {
  it('keeps short titles whole and cuts long ones in the middle, keeping the start and the ending', () => {
    expect(shortenTitle('云溪县公共资源交易管理办法')).toBe('云溪县公共资源交易管理办法');
    const long = '云溪县住房和城乡建设局关于下达2026年农村危房改造补助资金的通知';
    const short = shortenTitle(long);
    expect(Array.from(short)).toHaveLength(24);
    expect(short.startsWith('云溪县住房和城乡建设局')).toBe(true);
    expect(short.endsWith('补助资金的通知')).toBe(true);
    expect(short).toContain('…');
  });

  it('formats the print time the Chinese way in China time, whatever the machine zone', () => {
    expect(formatPrintTime(new Date('2026-03-05T06:07:00Z'))).toBe('2026年3月5日 14:07');
    expect(formatPrintTime(new Date('2026-12-31T16:30:00Z'))).toBe('2027年1月1日 00:30');
  });

  it('puts the site, the 索引号 with the title, the time and the page of how many on the sheet', () => {
    const text = footerText(
      {
        site: '云溪县查阅点',
        indexNo: '11532602/2025-00009',
        title: '云溪县2024年度财政预算执行情况报告',
        printedAt: new Date('2026-03-05T06:07:00Z'),
        page: 3,
        total: 21,
        validity: '有效',
      },
      words,
    );
    expect(text).toEqual({
      site: '云溪县查阅点',
      document: '索引号：11532602/2025-00009　云溪县2024年度财政预算执行情况报告',
      time: '打印时间：2026年3月5日 14:07',
      page: '第 3 页 / 共 21 页',
      validity: '',
    });
  });

  it('says on every sheet that a repealed, expired or amended document no longer applies as printed', () => {
    const sheet = (validity: string) =>
      footerText(
        { site: '查阅点', indexNo: 'x', title: 't', printedAt: new Date(0), page: 1, total: 1, validity },
        words,
      ).validity;
    expect(sheet('废止')).toBe('本文件已废止');
    expect(sheet('失效')).toBe('本文件已失效');
    expect(sheet('已修订')).toBe('本文件已被修订');
    expect(sheet('有效')).toBe('');
  });
});
