// What the composition root hands the screens: the config, the catalogue, the resident's session, and file access without touching storage.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CatalogueView } from '../catalogue/catalogue-view.ts';
import type { SearchService } from '../catalogue/search-service.ts';
import type { ContentUpdates } from '../content/update-service.ts';
import type { Heartbeat } from '../kiosk/heartbeat.ts';
import type { KioskConfig } from '../kiosk/config-schema.ts';
import type { PrinterLink } from '../print/local-printer.ts';
import type { Notice } from '../shared/package-format.ts';
import type { ResidentSession } from './resident-session.ts';

export interface ContentInfo {
  version: number;
  created: string;
  title: string;
}

export interface AppServices {
  config: KioskConfig;
  catalogue: CatalogueView;
  content: ContentInfo;
  /** The active package's notices for the bulletin board, all of them: the board picks those in date. */
  notices: Notice[];
  /** Checks, USB imports and rollback, for the staff console. */
  updates: ContentUpdates;
  /** The active version's search, loaded on first use; null when this version has no search data. */
  search: SearchLoader;
  /** The app's own version (package.json), for the console and the heartbeat. */
  appVersion: string;
  /** The config's name (`?site=`), `default` without one. */
  siteKey: string;
  /** The daily status report, or null when the config sets no `heartbeatUrl`. */
  heartbeat: Heartbeat | null;
  /** The terminal's printer: its local server and CUPS when served by it, else the browser's printing (state unknown). */
  printer: () => Promise<PrinterLink>;
  /** The resident's session, the same object across content versions: what the idle wipe forgets. */
  session: ResidentSession;
  /** A package file's bytes by its path, from IndexedDB; undefined when the terminal does not hold it. */
  openFile(path: string): Promise<Blob | undefined>;
}

/** Lockdown turns a link to the outside world into this window event (detail: the URL); the app shows its QR code. */
export const EXTERNAL_URL_EVENT = 'chayue:external-url';

export type SearchLoader = () => Promise<SearchService | null>;

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext');
  return services;
}
