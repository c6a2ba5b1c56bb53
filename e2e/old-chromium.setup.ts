// Before the floor projects run: the old Chromium builds unpacked from npm, once per machine (scripts/old-chromium.ts).
import { test as setup } from '@playwright/test';
import { ensureOldChromium, OLD_CHROMIUMS, type OldChromium } from '../scripts/old-chromium.ts';

setup('old Chromium builds are unpacked', async () => {
  // A fresh machine downloads about 150 MB from the npm registry and unpacks 450 MB.
  setup.setTimeout(600_000);
  for (const major of Object.keys(OLD_CHROMIUMS).map(Number) as OldChromium[]) await ensureOldChromium(major);
});
