// The words on every printed sheet's footer: where it was printed, which document, when, and which page of how many.

/** The phrases a footer needs, from the interface's string table (src/print does not read src/ui). */
export interface FooterWords {
  indexNo: string;
  printedAt: (time: string) => string;
  pageOf: (page: number, total: number) => string;
  /** What a validity other than 有效 says on every sheet, by validity. */
  notInForce: Record<string, string>;
}

export interface FooterInput {
  site: string;
  indexNo: string;
  title: string;
  printedAt: Date;
  page: number;
  total: number;
  /** 有效, 已修订, 失效 or 废止 (the catalogue's 有效性). */
  validity: string;
}

export interface FooterText {
  site: string;
  document: string;
  time: string;
  page: string;
  /** Said on every sheet of a document no longer in force; empty for one in force. */
  validity: string;
}

const TITLE_MAX = 24;

/** Long titles keep their start and end (the end often says 通知 or 办法), cut in the middle with an ellipsis. */
export function shortenTitle(title: string, max = TITLE_MAX): string {
  const chars = Array.from(title.trim());
  if (chars.length <= max) return chars.join('');
  const tail = Math.floor((max - 1) / 3);
  return `${chars.slice(0, max - 1 - tail).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

/** `2026年3月5日 14:05`, in China's time zone whatever the terminal's clock zone says. */
export function formatPrintTime(date: Date, timeZone = 'Asia/Shanghai'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
}

export function footerText(input: FooterInput, words: FooterWords): FooterText {
  return {
    site: input.site,
    document: `${words.indexNo}：${input.indexNo}\u3000${shortenTitle(input.title)}`,
    time: words.printedAt(formatPrintTime(input.printedAt)),
    page: words.pageOf(input.page, input.total),
    validity: input.validity === '有效' ? '' : (words.notInForce[input.validity] ?? input.validity),
  };
}
