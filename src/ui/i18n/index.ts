// The string tables by language, the hook that gives a screen its strings, and China-style date and number formats.
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { zhCN, type Strings } from './zh-CN.ts';

export type Language = 'zh-CN' | 'en';

/**
 * The language of what packages and the config say (titles, publishers, the site's name), marked on that text so a
 * screen reader on an English screen still reads it as Chinese (WCAG 3.1.2).
 */
export const CONTENT_LANG = 'zh-CN';

// zh-CN is in the first screen's code; English is a chunk of its own (6 KB gzipped that most terminals never show),
// fetched when a config or a resident asks for it, or warmed up once Home has settled (main.tsx).
const loaded: Partial<Record<Language, Strings>> = { 'zh-CN': zhCN };

/** The table of `language`, fetched once. */
export async function loadStrings(language: Language): Promise<Strings> {
  return (loaded[language] ??= language === 'en' ? (await import('./en.ts')).en : zhCN);
}

/**
 * The table of `language` for a screen: the one still showing (zh-CN at first) until it has come, a few ms from the
 * service worker's cache.
 */
export function useTable(language: Language): Strings {
  const [table, setTable] = useState(() => loaded[language] ?? zhCN);
  useEffect(() => {
    let current = true;
    void loadStrings(language).then((strings) => current && setTable(strings));
    return () => {
      current = false;
    };
  }, [language]);
  return loaded[language] ?? table;
}

export const StringsContext = createContext<Strings>(zhCN);

export function useStrings(): Strings {
  return useContext(StringsContext);
}

/** Everything a person reads is China time, whatever zone the terminal's system is set to. */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

/**
 * `2024-03-05` → `2024年3月5日` (zh-CN) or `5 Mar 2024` (en); an empty date stays empty. A date alone is that day; a
 * moment (`2026-11-20T20:00:00Z`) is the day it was in China.
 */
export function formatDate(iso: string, locale: string): string {
  if (!iso) return '';
  const moment = iso.length > 10;
  const date = new Date(moment ? iso : `${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: moment ? CHINA_TIME_ZONE : 'UTC',
  }).format(date);
}

/** A moment as its date and time in China: `2026年12月3日 18:05` (zh-CN), `3 Dec 2026, 18:05` (en). */
export function formatTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: CHINA_TIME_ZONE,
  }).format(date);
}

export function formatNumber(n: number, locale: string, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: fractionDigits,
    minimumFractionDigits: fractionDigits,
  }).format(n);
}
