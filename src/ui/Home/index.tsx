// Home: the reading point's name, the domains as big tiles with counts, and the newest documents.
import { useDisplay } from '../display-prefs.ts';
import { DisplaySwitches } from '../DisplaySwitches/index.tsx';
import { DocList } from '../DocList/index.tsx';
import { HelpButton } from '../HelpButton/index.tsx';
import { CONTENT_LANG, formatDate, formatNumber, useStrings } from '../i18n/index.ts';
import { hrefs } from '../router.ts';
import { SearchIcon } from '../SearchIcon/index.tsx';
import { useServices } from '../services.ts';
import styles from './style.module.css';

const LATEST_COUNT = 6;
// 适老化 mode shows fewer items, each larger.
const LATEST_COUNT_ELDER = 3;

export function Home() {
  const t = useStrings();
  const { config, catalogue, content } = useServices();
  const { elder } = useDisplay();
  const count = formatNumber(catalogue.size, t.locale);
  return (
    <main class={styles.home} data-testid="home">
      <header class={styles.masthead}>
        <div class={styles.help}>
          <HelpButton />
        </div>
        <h1 class={styles.site} lang={CONTENT_LANG}>
          {config.siteName}
        </h1>
        <p class={styles.welcome}>{t.home.welcome}</p>
        <div class={styles.switches}>
          <DisplaySwitches />
        </div>
        <p
          class={styles.version}
          data-testid="content-version"
          data-version={content.version}
          data-count={catalogue.size}
        >
          {t.home.contentVersion(content.version, formatDate(content.created, t.locale), count)}
        </p>
      </header>

      <nav class={styles.find} aria-label={t.home.search}>
        <a class={styles.search} href={hrefs.search()} data-testid="home-search">
          <span class={styles.searchIcon}>
            <SearchIcon size={56} />
          </span>
          <span class={styles.searchText}>
            <span class={styles.searchTitle}>{t.home.search}</span>
            <span class={styles.searchHint}>{t.home.searchHint}</span>
          </span>
        </a>
        <a class={styles.browseAll} href={hrefs.browseWith({})}>
          {t.home.browseAll}
        </a>
      </nav>

      <section aria-labelledby="home-domains">
        <h2 id="home-domains" class={styles.heading}>
          {t.home.byDomain}
        </h2>
        <ul class={styles.tiles}>
          {catalogue.domainCounts().map((domain) => (
            <li key={domain.key}>
              <a class={styles.tile} href={hrefs.browse(domain.key)} data-domain={domain.key}>
                {domain.key === 'other' ? (
                  <span class={styles.tileName}>{t.home.otherDomain}</span>
                ) : (
                  <span class={styles.tileName} lang={CONTENT_LANG}>
                    {domain.name}
                  </span>
                )}
                <span class={styles.tileCount}>{t.home.docCount(formatNumber(domain.count, t.locale))}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-latest">
        <h2 id="home-latest" class={styles.heading}>
          {t.home.latest}
        </h2>
        <DocList documents={catalogue.latest(elder ? LATEST_COUNT_ELDER : LATEST_COUNT)} />
      </section>
    </main>
  );
}
