// The site in the address picks the config file: a name that is not a valid site name must never fall back to the demo.
import { describe, expect, it } from 'vitest';
import { siteFromLocation } from './config.ts';

describe('siteFromLocation', () => {
  it('takes a valid name, and no site as the default config', () => {
    expect(siteFromLocation('?site=yunxi-county_2')).toEqual({ ok: true, site: 'yunxi-county_2' });
    expect(siteFromLocation('')).toEqual({ ok: true, site: 'default' });
    expect(siteFromLocation('?lang=en')).toEqual({ ok: true, site: 'default' });
  });

  it('refuses a name that is not valid instead of loading default.json (issue 15, item 4)', () => {
    for (const given of ['yunxi.county', '云溪县', '../default', '', 'a'.repeat(65), 'a b']) {
      expect(siteFromLocation(`?site=${encodeURIComponent(given)}`), given).toEqual({ ok: false, given });
    }
  });
});
