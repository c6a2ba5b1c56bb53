// Loads the kiosk config network-first, keeping the last good copy in IndexedDB for weeks offline.
import { readSetting, writeSetting } from '../storage/settings.ts';
import { checkKioskConfig, type KioskConfig } from './config-schema.ts';

export type ConfigLoad =
  | { ok: true; config: KioskConfig; site: string; fromCache: boolean }
  | { ok: false; site: string; url: string; problems: string[] };

/** `/?site=<name>` picks `kiosk-config/<name>.json`; names are kept to safe characters so no other path can be asked for. */
export function siteFromLocation(search: string): string {
  const site = new URLSearchParams(search).get('site') ?? 'default';
  return /^[A-Za-z0-9_-]{1,64}$/.test(site) ? site : 'default';
}

export async function loadKioskConfig(site: string): Promise<ConfigLoad> {
  const url = new URL(`kiosk-config/${site}.json`, document.baseURI).href;
  const cacheKey: `config:${string}` = `config:${site}`;
  let fetched: unknown;
  let fetchProblem: string | undefined;
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) fetchProblem = `HTTP ${response.status}`;
    else fetched = await response.json();
  } catch (e) {
    fetchProblem = (e as Error).message;
  }

  if (fetched !== undefined) {
    const check = checkKioskConfig(fetched);
    if (!check.ok) return { ok: false, site, url, problems: check.problems };
    await writeSetting(cacheKey, fetched);
    return { ok: true, config: check.config, site, fromCache: false };
  }
  // Offline (or the server is down): the last good copy keeps the terminal running.
  const cached = await readSetting(cacheKey);
  const check = cached === undefined ? undefined : checkKioskConfig(cached);
  if (check?.ok) return { ok: true, config: check.config, site, fromCache: true };
  return { ok: false, site, url, problems: [`cannot load: ${fetchProblem ?? 'unknown error'}`] };
}
