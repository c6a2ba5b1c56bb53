// The county hears from each terminal: a heartbeat made offline waits in IndexedDB and reaches the endpoint once the network is back.
import { expect, test } from './fixtures/terminal.ts';
import { openConsole, routeSiteConfig } from './fixtures/admin.ts';
import { startHeartbeatServer, type HeartbeatServer } from './fixtures/heartbeat-server.ts';
import { readDemo } from './fixtures/kiosk.ts';

const SITE = 'e2e-heartbeat';
const { manifest, catalogue } = readDemo();
let server: HeartbeatServer;

test.beforeEach(async ({ context }) => {
  server = await startHeartbeatServer();
  await routeSiteConfig(context, SITE, { heartbeatUrl: server.url });
});
test.afterEach(async () => server.close());

test("a heartbeat sent while offline is queued, then POSTed with the status and the day's counts when back online", async ({
  page,
  context,
}) => {
  await page.goto(`/?site=${SITE}`);
  await expect(page.getByTestId('home')).toBeVisible({ timeout: 90_000 });
  // One resident session: a touch on Home.
  await page.mouse.click(960, 600);
  await openConsole(page, SITE);
  await expect(page.getByTestId('heartbeat-status')).toContainText(server.url);

  const before = server.bodies.length;
  await context.setOffline(true);
  await page.getByTestId('send-heartbeat').click();
  await expect(page.getByTestId('admin-result')).toContainText('已排队，联网后会自动重发');
  await expect(page.getByTestId('heartbeat-status')).toContainText('有 1 份等待发送');
  expect(server.bodies).toHaveLength(before);
  await page.screenshot({ path: test.info().outputPath('heartbeat-queued.png') });

  // Within 15 s: the browser's online event sends it, not the 30-second retry timer.
  await context.setOffline(false);
  await expect.poll(() => server.bodies.length, { timeout: 15_000 }).toBe(before + 1);
  const body = server.bodies.at(-1)!;
  expect(body).toMatchObject({
    format: 'chayue-heartbeat/1',
    site: '云溪县政务服务中心政府信息公开查阅点',
    siteKey: SITE,
    content: { version: manifest.version, created: manifest.created, documents: catalogue.documents.length },
    lastUpdate: { result: 'activated', version: manifest.version },
    // Served by Vite's preview, not the terminal's local server: nobody can tell the printer's state.
    printer: null,
    counts: { sessions: 1, searches: 0, views: 0, printJobs: 0, printPages: 0, failedPrintJobs: 0, helpCalls: 0 },
  });
  expect(body.appVersion).toMatch(/^\d+\.\d+\.\d+$/);
  expect(body.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect((body.storage as { usage: number }).usage).toBeGreaterThan(0);
  expect(body.previousDay).toMatchObject({ counts: { sessions: 0 } });
});
