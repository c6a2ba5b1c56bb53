// The running kiosk: picks the screen for the route, inside the services, strings and display modes every screen reads, with the idle watch.
import { useEffect, useState } from 'preact/hooks';
import type { ActiveVersion } from '../active-version.ts';
import { Board } from '../Board/index.tsx';
import { Browse } from '../Browse/index.tsx';
import { Home } from '../Home/index.tsx';
import { DisplayContext, useSessionPrefs } from '../display-prefs.ts';
import { IdleWarning } from '../IdleWarning/index.tsx';
import { StringsContext, useTable } from '../i18n/index.ts';
import { lazyComponent } from '../lazy-component.tsx';
import { useRoute } from '../router.ts';
import type { ResidentSession } from '../resident-session.ts';
import { EXTERNAL_URL_EVENT, ServicesContext, type AppServices } from '../services.ts';
import { StaffCorner } from '../StaffCorner/index.tsx';
import { useIdleSession } from './use-idle-session.ts';
import { loadDocScreen } from './load-doc-screen.ts';

// A document brings the viewers, read-aloud and QR codes; main.tsx fetches it once Home has settled, so a first tap
// on a document does not wait for it either.
const DocScreen = lazyComponent(loadDocScreen);
// Search brings the keyboard and the query engine: fetched on first use, not with Home.
const Search = lazyComponent(() => import('../Search/index.tsx').then((m) => m.Search));
// The attendant desk reads the print log: fetched when an attendant opens it.
const AttendantScreen = lazyComponent(() => import('../AttendantScreen/index.tsx').then((m) => m.AttendantScreen));
// The staff console (and its export code) is for staff only: never fetched with a resident's screens.
const AdminScreen = lazyComponent(() => import('../AdminScreen/index.tsx').then((m) => m.AdminScreen));
// A QR code brings the qrcode package: only when lockdown has stopped a link.
const LinkQrDialog = lazyComponent(() => import('../LinkQrDialog/index.tsx').then((m) => m.LinkQrDialog));

function Screen() {
  const route = useRoute();
  switch (route.name) {
    case 'browse':
      return <Browse params={route.params} />;
    case 'admin':
      return <AdminScreen />;
    case 'search':
      return <Search route={route} />;
    case 'doc':
      return <DocScreen key={route.id} route={route} />;
    case 'board':
      return <Board />;
    case 'attendant':
      return <AttendantScreen />;
    case 'home':
    case 'unknown':
      return <Home />;
  }
}

/** A web address lockdown stopped (a link, window.open, a drop), shown as a QR code until closed. */
function useStoppedUrl(session: ResidentSession): [string | undefined, () => void] {
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    const show = (e: Event) => setUrl((e as CustomEvent<string>).detail);
    window.addEventListener(EXTERNAL_URL_EVENT, show);
    const forget = session.onEnd(() => setUrl(undefined));
    return () => {
      window.removeEventListener(EXTERNAL_URL_EVENT, show);
      forget();
    };
  }, [session]);
  return [url, () => setUrl(undefined)];
}

/** The active version's services, switched when a new version comes in (ui/active-version.ts decides when). */
function useActiveServices(active: ActiveVersion): AppServices {
  const [services, setServices] = useState(active.current);
  useEffect(() => {
    const stop = active.subscribe(setServices);
    // A version that switched in between the first render and this effect.
    setServices(active.current);
    return stop;
  }, [active]);
  return services;
}

export function App({ active }: { active: ActiveVersion }) {
  const services = useActiveServices(active);
  const display = useSessionPrefs(services.config, services.session);
  const { warning, session, keepGoing } = useIdleSession(services.config, services.session, display.elder);
  const [stoppedUrl, closeStoppedUrl] = useStoppedUrl(services.session);
  const strings = useTable(display.language);
  return (
    <StringsContext.Provider value={strings}>
      <DisplayContext.Provider value={display}>
        <ServicesContext.Provider value={services}>
          {/* A new session remounts every screen, so no typed key, zoom or open dialog of the last resident survives. */}
          <Screen key={session} />
          {stoppedUrl !== undefined && <LinkQrDialog url={stoppedUrl} onClose={closeStoppedUrl} />}
          {warning !== null && <IdleWarning secondsLeft={warning} onContinue={keepGoing} />}
          <StaffCorner />
        </ServicesContext.Provider>
      </DisplayContext.Provider>
    </StringsContext.Provider>
  );
}
