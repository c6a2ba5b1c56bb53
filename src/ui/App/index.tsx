// The running kiosk: picks the screen for the route, inside the services and strings every screen reads, with the idle watch.
import { AdminScreen } from '../AdminScreen/index.tsx';
import { Board } from '../Board/index.tsx';
import { Browse } from '../Browse/index.tsx';
import { DocScreen } from '../DocScreen/index.tsx';
import { Home } from '../Home/index.tsx';
import { IdleWarning } from '../IdleWarning/index.tsx';
import { StringsContext, tables } from '../i18n/index.ts';
import { lazyComponent } from '../lazy-component.tsx';
import { useRoute } from '../router.ts';
import { ServicesContext, type AppServices } from '../services.ts';
import { useIdleSession } from './use-idle-session.ts';

// Search brings the keyboard and the query engine: fetched on first use, not with Home.
const Search = lazyComponent(() => import('../Search/index.tsx').then((m) => m.Search));

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
      return <DocScreen key={route.id} id={route.id} page={route.page} />;
    case 'board':
      return <Board />;
    case 'home':
    case 'unknown':
      return <Home />;
  }
}

export function App({ services }: { services: AppServices }) {
  const { warning, session, keepGoing } = useIdleSession(services.config);
  return (
    <StringsContext.Provider value={tables[services.config.language]}>
      <ServicesContext.Provider value={services}>
        {/* A new session remounts every screen, so no typed key, zoom or open dialog of the last resident survives. */}
        <Screen key={session} />
        {warning !== null && <IdleWarning secondsLeft={warning} onContinue={keepGoing} />}
      </ServicesContext.Provider>
    </StringsContext.Provider>
  );
}
