// End-to-end tests in Debian's Chromium against the production build served by `vite preview`, and the journey on the
// old Chromium builds of the floor (DESIGN: Where it runs): 90 and 119 walk it, 86 is refused.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium-path.ts';
import { oldChromiumPath, type OldChromium } from './scripts/old-chromium.ts';

const port = Number(process.env.E2E_PORT) || 4179;

// Only the old browsers' own specs run on them: the full suite stays on Debian's Chromium.
const floorSpecs = [/browser-floor\.spec\.ts$/, /browser-unsupported\.spec\.ts$/];
// Every screen at every size and mode (issue 16): three walks in npm test (the spec picks them), all 30 behind
// SCREEN_WALK=1, in a project of their own.
const screenWalk = /screen-walk\.spec\.ts$/;
const everyWalk = !!process.env.SCREEN_WALK;

function onOldChromium(major: OldChromium, testMatch: RegExp) {
  return {
    name: `chromium-${major}`,
    testMatch,
    // Not --single-process: with it the browser exits when its last context closes.
    use: { launchOptions: { executablePath: oldChromiumPath(major), args: chromiumArgs } },
  };
}

export default defineConfig({
  testDir: 'e2e',
  // Unpacks the old builds from npm once per machine (scripts/old-chromium.ts).
  globalSetup: './e2e/global-setup.ts',
  // Generous: a 2-core CI machine paints a 21-page report's page and builds the search index at first start.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Each test's time kept in playwright-report/results.json, to see where the suite's minutes go.
  reporter: [[process.env.CI ? 'line' : 'list'], ['json', { outputFile: 'playwright-report/results.json' }]],
  use: {
    baseURL: `http://localhost:${port}/`,
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    // Recording a trace of every test costs a quarter of the suite's time on 2 cores (measured on lockdown and keyboard:
    // 55–60 s with, 42 s without): E2E_TRACE=1 records them and keeps those of failed tests. A failure still leaves its
    // screenshot and page snapshot.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    // Installing the service worker precaches the whole app: only specs about it (offline, updates) let it in.
    serviceWorkers: 'block',
  },
  projects: [
    // The whole suite, on Debian's current Chromium.
    { name: 'chromium', testIgnore: [...floorSpecs, ...(everyWalk ? [screenWalk] : [])] },
    // The terminals that print through the local server run Chromium 90–93: their sheets' PDF is checked on 90 too.
    onOldChromium(90, /(browser-floor|print-pdf)\.spec\.ts$/),
    onOldChromium(119, /browser-floor\.spec\.ts$/),
    onOldChromium(86, /browser-unsupported\.spec\.ts$/),
    // FLOOR_FULL=1: the whole suite on Chromium 90 too, before a release (about as long as the suite; not in npm test).
    ...(process.env.FLOOR_FULL
      ? [{ ...onOldChromium(90, /\.spec\.ts$/), name: 'chromium-90-full', testIgnore: [...floorSpecs, screenWalk] }]
      : []),
    // SCREEN_WALK=1: the whole screen walk, findings listed per screen and screenshots kept.
    ...(everyWalk ? [{ name: 'screen-walk', testMatch: screenWalk }] : []),
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
