// The composition root: reads the kiosk config, makes sure a catalogue is active, wires the services, renders the app.
// First, before any module that may use them: what Chromium 90 lacks (DESIGN: Where it runs).
import './shared/floor-polyfills.ts';
import { render } from 'preact';
import { CatalogueView } from './catalogue/catalogue-view.ts';
import { rebuildSearchInWorker } from './content/import-worker-client.ts';
import { ContentUpdates } from './content/update-service.ts';
import { startAliveSignal } from './kiosk/alive-signal.ts';
import { printerOnDemand } from './print/local-printer.ts';
import { loadKioskConfig, siteFromLocation } from './kiosk/config.ts';
import type { KioskConfig } from './kiosk/config-schema.ts';
import { installLockdown } from './kiosk/lockdown.ts';
import { checkForAppUpdate, registerServiceWorker } from './kiosk/sw-bridge.ts';
import { Heartbeat, type HeartbeatStatus } from './kiosk/heartbeat.ts';
import { startUpdateSchedule } from './kiosk/update-schedule.ts';
import { keepScreenOn } from './kiosk/wake-lock.ts';
import { getBlob } from './storage/blobs.ts';
import type { StoredVersion } from './storage/db.ts';
import { getActiveVersion, getSearchIndex } from './storage/versions.ts';
import { ActiveVersion } from './ui/active-version.ts';
import { App } from './ui/App/index.tsx';
import { loadDocScreen } from './ui/App/load-doc-screen.ts';
import { loadPdf } from './ui/PdfViewer/load-pdf.ts';
import './ui/base.css';
import { ConfigErrorScreen } from './ui/ConfigErrorScreen/index.tsx';
import { applyPrefs, defaultPrefs } from './ui/display-prefs.ts';
import { loadStrings, StringsContext } from './ui/i18n/index.ts';
import { ResidentSession } from './ui/resident-session.ts';
import { parseRoute } from './ui/routes.ts';
import type { Strings } from './ui/i18n/zh-CN.ts';
import type { AppServices, SearchLoader } from './ui/services.ts';
import { EXTERNAL_URL_EVENT } from './ui/services.ts';
import { inStaffCorner } from './ui/StaffCorner/index.tsx';
import { StartupScreen } from './ui/StartupScreen/index.tsx';

// index.html's own check found a browser below the floor (DESIGN: Where it runs) and shows a page for staff: start nothing.
const belowFloor = (window as { chayueUnsupported?: boolean }).chayueUnsupported === true;
const root = document.getElementById('app')!;

const FIRST_START_RETRY_MS = 60_000;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
// The resident's session, made once from the first config read (a retried first start reads it again).
let session: ResidentSession | undefined;

function startSession(config: KioskConfig): ResidentSession {
  const made = new ResidentSession({ printLimitPages: config.printLimitPages, startHash: location.hash });
  made.attach({ isStaffTouch: inStaffCorner });
  return made;
}

function retryNow() {
  clearTimeout(retryTimer);
  void start();
}

async function start(): Promise<void> {
  const choice = siteFromLocation(location.search);
  if (!choice.ok) return render(<ConfigErrorScreen badSite={choice.given} />, root);
  const siteKey = choice.site;
  const loaded = await loadKioskConfig(siteKey);
  if (!loaded.ok) return render(<ConfigErrorScreen url={loaded.url} problems={loaded.problems} />, root);
  const { config } = loaded;
  const strings = await loadStrings(config.language);
  const resident = (session ??= startSession(config));
  // The config's modes from the first screen on; the App then keeps them per session (ui/display-prefs.ts).
  applyPrefs(document.documentElement, defaultPrefs(config));
  const show = (screen: preact.JSX.Element) =>
    render(<StringsContext.Provider value={strings}>{screen}</StringsContext.Provider>, root);

  // Until the app shows (the first start) there is no version on screen to switch from.
  let onActivated: () => void = () => undefined;
  const updates = new ContentUpdates(config, () => onActivated());
  let version = await getActiveVersion();
  if (!version) {
    // First start: nothing stored yet, so fetch the package the config names. Later starts read IndexedDB only.
    show(<StartupScreen state="importing" progress={null} />);
    const outcome = await updates.checkNow((progress) => show(<StartupScreen state="importing" progress={progress} />));
    if (!outcome.ok && !outcome.unchanged) {
      // An unattended terminal that starts before its network is up tries again by itself.
      if (outcome.failure.code === 'fetch-failed') retryTimer = setTimeout(() => void start(), FIRST_START_RETRY_MS);
      return show(<StartupScreen state="failed" failure={outcome.failure} onRetry={retryNow} />);
    }
    version = await getActiveVersion();
    if (!version) return show(<StartupScreen state="failed" failure={{ code: 'storage' }} onRetry={retryNow} />);
  }
  const printer = printerOnDemand({ queue: config.printer });
  const heartbeat: Heartbeat | null = config.heartbeatUrl
    ? new Heartbeat(
        config.heartbeatUrl,
        () => heartbeatStatus(config, siteKey, active, updates, printer),
        () => resident.usage.flush(),
      )
    : null;
  const servicesFor = (v: StoredVersion): AppServices =>
    makeServices(config, strings, siteKey, v, { updates, heartbeat, printer }, resident);
  // A new version switches in when nobody is reading a document, never under a resident's eyes.
  const active = new ActiveVersion(servicesFor(version));
  onActivated = () => void getActiveVersion().then((next) => next && active.offer(servicesFor(next)));
  active.follow();
  render(<App active={active} />, root);
  registerServiceWorker();
  // New app versions are looked for with new content; one found waits for the board (kiosk/sw-bridge.ts).
  startUpdateSchedule(
    [
      { name: 'content', run: () => updates.scheduledCheck() },
      { name: 'app', run: checkForAppUpdate },
    ],
    { intervalMinutes: config.updateIntervalMinutes },
  );
  warmUpWhenIdle(3000, () => {
    void loadDocScreen();
    void loadPdf();
    // A resident's tap on English then switches at once.
    void loadStrings('en');
  });
  // The search index (tens of MB on a large catalogue) is read once the first screen has settled, so a resident's
  // first search answers at once instead of waiting for it.
  warmUpWhenIdle(6000, () => void active.current.search().catch((e: unknown) => console.error(e)));
  heartbeat?.start();
}

async function heartbeatStatus(
  config: KioskConfig,
  siteKey: string,
  active: ActiveVersion,
  updates: ContentUpdates,
  printer: AppServices['printer'],
): Promise<HeartbeatStatus> {
  const last = await updates.lastCheck();
  // A county sees which terminal is out of paper without a visit.
  const printerStatus = await printer().then((link) => link.status());
  // The newest version taken, even while a reader keeps the one before on screen.
  const { content, catalogue } = active.latest;
  return {
    site: config.siteName,
    siteKey,
    appVersion: __APP_VERSION__,
    content: { version: content.version, created: content.created, documents: catalogue.size },
    lastUpdate: last ? { time: last.time, result: last.result, version: last.version, code: last.failure?.code } : null,
    printer: printerStatus,
  };
}

/** Runs `work` once the first screen has settled and the page is idle, off the path of the first tap. */
function warmUpWhenIdle(afterMs: number, work: () => void) {
  const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1));
  setTimeout(() => idle(work, { timeout: 5000 }), afterMs);
}

function makeServices(
  config: KioskConfig,
  strings: Strings,
  siteKey: string,
  version: StoredVersion,
  { updates, heartbeat, printer }: Pick<AppServices, 'updates' | 'heartbeat' | 'printer'>,
  session: ResidentSession,
): AppServices {
  const shaByPath = new Map(version.files.map((f) => [f.path, f.sha256]));
  return {
    config,
    catalogue: new CatalogueView(version.catalogue, strings.home.otherDomain),
    content: { version: version.version, created: version.created, title: version.title },
    notices: version.notices?.notices ?? [],
    updates,
    search: searchLoader(version),
    appVersion: __APP_VERSION__,
    siteKey,
    heartbeat,
    printer,
    session,
    async openFile(path) {
      const sha256 = shaByPath.get(path);
      return sha256 ? (await getBlob(sha256))?.blob : undefined;
    },
  };
}

let loadedSearch: { version: number; load: SearchLoader } | undefined;

/**
 * The version's search, loaded once per version, off the first screen. Search data missing or of an older format (an
 * app update changed it) is built again in the import worker from the version's stored texts, never on this thread.
 * Null (search unavailable, said on the search screen) only when that fails too.
 */
function searchLoader(version: StoredVersion): SearchLoader {
  if (loadedSearch?.version === version.version) return loadedSearch.load;
  let loading: ReturnType<SearchLoader> | undefined;
  const open = async () => {
    const engine = await import('./catalogue/search-service.ts');
    return engine.openSearch(await getSearchIndex(version.version), version.catalogue.documents);
  };
  const load: SearchLoader = () =>
    (loading ??= open().then(async (search) => {
      if (search) return search;
      const outcome = await rebuildSearchInWorker(version.version, () => undefined).done;
      if (!outcome.ok) console.error(`Search data for version ${version.version} could not be built again`, outcome);
      return outcome.ok ? open() : null;
    }));
  loadedSearch = { version: version.version, load };
  return load;
}

if (!belowFloor) {
  // From the first moment: no menus, dragging, interface zoom or navigation away, even on the start-up screens.
  installLockdown({
    onExternalUrl: (url) => window.dispatchEvent(new CustomEvent(EXTERNAL_URL_EVENT, { detail: url })),
  });
  keepScreenOn();
  startAliveSignal(); // on a terminal's local server only: the launcher restarts a page that stops signalling
  // Started on a document's address (the page reloaded while a document was open): its screen's code and pdf.js come
  // in while the config and the catalogue are read, not after them; pdf.js's worker starts on its own thread meanwhile.
  if (parseRoute(location.hash).name === 'doc') {
    void loadDocScreen();
    void loadPdf();
  }
  // The static "starting" line in index.html goes before the first real screen.
  root.textContent = '';
  start().catch((e: unknown) => {
    console.error(e);
    render(
      <StartupScreen
        state="failed"
        failure={{ code: 'storage', detail: String(e) }}
        onRetry={() => location.reload()}
      />,
      root,
    );
  });
}
