// The string tables by language, the hook that gives a screen its strings, and China-style date and number formats.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en } from './en.ts';
import { zhCN, type Strings } from './zh-CN.ts';

export type Language = 'zh-CN' | 'en';

/**
 * The language of what packages and the config say (titles, publishers, the site's name), marked on that text so a
 * screen reader on an English screen still reads it as Chinese (WCAG 3.1.2).
 */
export const CONTENT_LANG = 'zh-CN';
export const tables: Record<Language, Strings> = { 'zh-CN': zhCN, en };

export const StringsContext = createContext<Strings>(zhCN);

export function useStrings(): Strings {
  return useContext(StringsContext);
}

/** `2024-03-05` → `2024年3月5日` (zh-CN) or `5 Mar 2024` (en); an empty date stays empty. */
export function formatDate(iso: string, locale: string): string {
  if (!iso) return '';
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

export function formatNumber(n: number, locale: string, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: fractionDigits,
    minimumFractionDigits: fractionDigits,
  }).format(n);
}
