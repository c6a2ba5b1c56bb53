// A screen or dialog in a component test: the real string tables, fake services, and PIN hashes cheap to check.
import { BROWSER_PRINTING, type PrinterLink } from '../../print/local-printer.ts';
import { render, type RenderResult } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { CatalogueView } from '../../catalogue/catalogue-view.ts';
import type { SearchService } from '../../catalogue/search-service.ts';
import type { KioskConfig } from '../../kiosk/config-schema.ts';
import type { PinHash } from '../../kiosk/pin.ts';
import type { CatalogueDocument, Notice } from '../../shared/package-format.ts';
import { ActiveVersion } from '../active-version.ts';
import { StringsContext } from '../i18n/index.ts';
import { zhCN, type Strings } from '../i18n/zh-CN.ts';
import { ResidentSession } from '../resident-session.ts';
import { ServicesContext, type AppServices } from '../services.ts';

// The config requires 600,000 PBKDF2 rounds; the pad checks whatever the hash says, and 1,000 keeps a test at milliseconds.
const TEST_ITERATIONS = 1000;

const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

export async function pinHash(pin: string): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: TEST_ITERATIONS },
    key,
    256,
  );
  return { salt: base64(salt), iterations: TEST_ITERATIONS, hash: base64(new Uint8Array(bits)) };
}

/** kiosk-config/default.json's values; the PINs are placeholders until a test that checks one sets its own. */
export function fakeConfig(overrides: Partial<KioskConfig> = {}): KioskConfig {
  const noPin = { salt: '', iterations: TEST_ITERATIONS, hash: '' };
  return {
    siteName: '云溪县政务服务中心政府信息公开查阅点',
    contentUrl: './demo-package/',
    packageId: 'yunxi-demo',
    updateIntervalMinutes: 60,
    maxPackageBytes: 2 * 1024 ** 3,
    trustedKeys: [],
    allowUnsigned: true,
    staffPin: noPin,
    attendantPin: noPin,
    idleSeconds: 120,
    docIdleSeconds: 300,
    idleWarningSeconds: 30,
    printLimitPages: 20,
    portalUrl: 'https://www.yunxi.gov.cn/zwgk/search?indexNo={indexNo}',
    language: 'zh-CN',
    elderMode: false,
    highContrast: false,
    helpText: '请到一楼大厅 3 号窗口找工作人员。',
    ...overrides,
  };
}

/** A service no test here provides: touching it fails the test and says which, instead of an undefined deep inside. */
function absent<T extends object>(name: string): T {
  return new Proxy({} as T, {
    get(_, key) {
      throw new Error(`the screen used services.${name}.${String(key)}, which this test does not fake`);
    },
  });
}

export interface FakeServiceOptions {
  config?: Partial<KioskConfig>;
  documents?: CatalogueDocument[];
  notices?: Notice[];
  /** The package's files by path, as openFile returns them. */
  files?: Record<string, Blob>;
  search?: SearchService | null;
  /** The printer: the browser's printing unless a test gives a local one (print/local-printer.ts). */
  printer?: PrinterLink;
  /** The resident's session; a fresh one unless a test keeps one across screens (a print count, a hand-off). */
  session?: ResidentSession;
}

export function fakeServices({
  config,
  documents = [],
  notices = [],
  files = {},
  search = null,
  printer = BROWSER_PRINTING,
  session,
}: FakeServiceOptions = {}): AppServices {
  const fullConfig = fakeConfig(config);
  return {
    config: fullConfig,
    catalogue: new CatalogueView({ domains: [], documents }, zhCN.home.otherDomain),
    content: { version: 1, created: '2026-01-05', title: '测试内容包' },
    notices,
    updates: absent('updates'),
    search: () => Promise.resolve(search),
    appVersion: '0.0.0-test',
    siteKey: 'default',
    heartbeat: null,
    printer: () => Promise.resolve(printer),
    session: session ?? new ResidentSession({ printLimitPages: fullConfig.printLimitPages, startHash: location.hash }),
    openFile: (path) => Promise.resolve(files[path]),
  };
}

export function renderWith(
  ui: ComponentChildren,
  { services = fakeServices(), strings = zhCN }: { services?: AppServices; strings?: Strings } = {},
): RenderResult {
  return render(
    <StringsContext.Provider value={strings}>
      <ServicesContext.Provider value={services}>{ui}</ServicesContext.Provider>
    </StringsContext.Provider>,
  );
}

/** The App's services for a test: one version, which never changes unless the test offers another. */
export function fakeActiveVersion(options: FakeServiceOptions = {}): ActiveVersion {
  return new ActiveVersion(fakeServices(options));
}
