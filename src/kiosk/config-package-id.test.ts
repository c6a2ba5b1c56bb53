// A terminal names the one package it accepts: a config without `packageId` is refused at start, not run open to any.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkKioskConfig } from './config-schema.ts';

const shipped = JSON.parse(readFileSync(new URL('../../kiosk-config/default.json', import.meta.url), 'utf8'));

describe('packageId in the kiosk config', () => {
  it('is required and not empty, and the demo config names the demo package', () => {
    expect(checkKioskConfig(shipped)).toMatchObject({ ok: true, config: { packageId: 'yunxi-demo' } });
    const { packageId: _, ...without } = shipped;
    expect(checkKioskConfig(without)).toMatchObject({ ok: false, problems: [expect.stringMatching(/^packageId: /)] });
    expect(checkKioskConfig({ ...shipped, packageId: '' })).toMatchObject({ ok: false });
  });
});
