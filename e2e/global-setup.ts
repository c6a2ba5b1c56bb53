// Before any worker starts: the old Chromium builds the floor projects run on, unpacked from npm once per machine.
import { ensureOldChromium, OLD_CHROMIUMS, type OldChromium } from '../scripts/old-chromium.ts';

// A setup project did this before, and every project after it waited for the slowest worker of the ones before: up to
// 14 s of a worker's time in a fresh-clone run. `npm test` has fetched them by now (scripts/test-all.ts), so this finds
// them; `npx playwright test` alone on a fresh machine downloads about 150 MB here.
export default async function globalSetup() {
  for (const major of Object.keys(OLD_CHROMIUMS).map(Number) as OldChromium[]) await ensureOldChromium(major);
}
