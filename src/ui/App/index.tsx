// The running kiosk: picks the screen for the route, inside the services and strings every screen reads.
import { AdminScreen } from '../AdminScreen/index.tsx';
import { Browse } from '../Browse/index.tsx';
import { DocScreen } from '../DocScreen/index.tsx';
import { Home } from '../Home/index.tsx';
import { StringsContext, tables } from '../i18n/index.ts';
import { lazyComponent } from '../lazy-component.tsx';
import { useRoute } from '../router.ts';
import { ServicesContext, type AppServices } from '../services.ts';

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
    case 'home':
    case 'unknown':
      return <Home />;
  }
}

export function App({ services }: { services: AppServices }) {
  return (
    <StringsContext.Provider value={tables[services.config.language]}>
      <ServicesContext.Provider value={services}>
        <Screen />
      </ServicesContext.Provider>
    </StringsContext.Provider>
  );
}
