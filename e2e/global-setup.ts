// Before any worker starts: the old Chromium builds the floor projects run on, unpacked from npm once per machine.
import { ensureAllOldChromiums } from '../scripts/old-chromium.ts';

// A setup project did this before; Playwright ran it late, and a worker once waited 29 s for it in a fresh-clone run.
// `npm test` has fetched them by now (scripts/test-all.ts), so this finds them; `npx playwright test` alone on a fresh
// machine downloads about 150 MB here.
export default async function globalSetup() {
  await ensureAllOldChromiums();
}
