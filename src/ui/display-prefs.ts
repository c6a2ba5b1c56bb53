// The resident's display choices (language, 适老化 mode, high contrast): the config's defaults, changed for one session only.
import { createContext } from 'preact';
import { useContext, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { KioskConfig } from '../kiosk/config-schema.ts';
import type { Language } from './i18n/index.ts';
import type { ResidentSession } from './resident-session.ts';

export interface DisplayPrefs {
  language: Language;
  /** 适老化 mode: larger text and targets, simpler screens, more time (tokens.css `[data-elder]`). */
  elder: boolean;
  /** White and yellow on black (tokens.css `[data-contrast]`). */
  contrast: boolean;
}

export interface DisplayControls extends DisplayPrefs {
  change(next: Partial<DisplayPrefs>): void;
}

export function defaultPrefs(config: Pick<KioskConfig, 'language' | 'elderMode' | 'highContrast'>): DisplayPrefs {
  return { language: config.language, elder: config.elderMode, contrast: config.highContrast };
}

/** The modes switch token values on <html>, so no component needs to know about them. */
export function applyPrefs(root: HTMLElement, prefs: DisplayPrefs): void {
  root.lang = prefs.language;
  root.toggleAttribute('data-elder', prefs.elder);
  root.toggleAttribute('data-contrast', prefs.contrast);
}

/** The App's one copy of the choices: back to the config's defaults when the idle wipe ends the session. */
export function useSessionPrefs(config: KioskConfig, session: ResidentSession): DisplayControls {
  const [prefs, setPrefs] = useState(() => defaultPrefs(config));
  useEffect(() => session.onEnd(() => setPrefs(defaultPrefs(config))), [config, session]);
  // Before paint, so a switch never shows one frame of the old sizes.
  useLayoutEffect(() => applyPrefs(document.documentElement, prefs), [prefs]);
  return useMemo(() => ({ ...prefs, change: (next) => setPrefs((old) => ({ ...old, ...next })) }), [prefs]);
}

export const DisplayContext = createContext<DisplayControls>({
  language: 'zh-CN',
  elder: false,
  contrast: false,
  change: () => undefined,
});

export function useDisplay(): DisplayControls {
  return useContext(DisplayContext);
}
