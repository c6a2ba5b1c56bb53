// Loads the kiosk config network-first, keeping the last good copy in IndexedDB for weeks offline.
import { readSetting, writeSetting } from '../storage/settings.ts';
import { checkKioskConfig, type KioskConfig } from './config-schema.ts';

export type ConfigLoad =
  | { ok: true; config: KioskConfig; site: string; fromCache: boolean }
  | { ok: false; site: string; url: string; problems: string[] };

/** The site the address names, or the name given when it is not a valid site name (`given`: as typed, decoded). */
export type SiteChoice = { ok: true; site: string } | { ok: false; given: string };

/** Letters, digits, `-` and `_`, 1 to 64 of them: no other path under kiosk-config/ can be asked for. */
export const SITE_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * `/?site=<name>` picks `kiosk-config/<name>.json`, no `site` the default. A name that is not valid is a config error,
 * never the default: `?site=云溪县` once loaded the demo, whose PINs are in the README.
 */
export function siteFromLocation(search: string): SiteChoice {
  const given = new URLSearchParams(search).get('site');
  if (given === null) return { ok: true, site: 'default' };
  return SITE_NAME.test(given) ? { ok: true, site: given } : { ok: false, given };
}

export async function loadKioskConfig(site: string): Promise<ConfigLoad> {
  const url = new URL(`kiosk-config/${site}.json`, document.baseURI).href;
  const cacheKey: `config:${string}` = `config:${site}`;
  let fetched: unknown;
  let fetchProblem: string | undefined;
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    // The server answered that there is no such config (taken away, or a terminal build without the demo): the last
    // copy must not go on, or a terminal that once ran the demo would keep its known PINs.
    if (response.status === 404 || response.status === 410)
      return { ok: false, site, url, problems: [`not on the server (HTTP ${response.status})`] };
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
  // Offline (or the server is down or failing): the last good copy keeps the terminal running.
  const cached = await readSetting(cacheKey);
  const check = cached === undefined ? undefined : checkKioskConfig(cached);
  if (check?.ok) return { ok: true, config: check.config, site, fromCache: true };
  return { ok: false, site, url, problems: [`cannot load: ${fetchProblem ?? 'unknown error'}`] };
}
