// The search screen (#/search, or #/search?q= given from outside): a field, the candidate bar and the on-screen keyboard
// beside the results. What the resident types lives in the session, never in the URL or the browser's history.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { replaceTrailingLetters, trailingLetters } from '../../catalogue/search-query.ts';
import type { SearchService } from '../../catalogue/search-service.ts';
import { CandidateBar } from '../CandidateBar/index.tsx';
import { useStrings } from '../i18n/index.ts';
import { Keyboard, type KeyName } from '../Keyboard/index.tsx';
import { hrefs, replaceHash, type Route } from '../router.ts';
import { ScreenHeader } from '../ScreenHeader/index.tsx';
import { SearchIcon } from '../SearchIcon/index.tsx';
import { SearchResults } from '../SearchResults/index.tsx';
import { useServices } from '../services.ts';
import styles from './style.module.css';
import { useRecordSearch } from './use-record-search.ts';

type Loaded = { state: 'loading' } | { state: 'ready'; service: SearchService } | { state: 'unavailable' };

function useSearchService(): Loaded {
  const { search } = useServices();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    search().then(
      (service) => live && setLoaded(service ? { state: 'ready', service } : { state: 'unavailable' }),
      (e: unknown) => {
        console.error(e);
        if (live) setLoaded({ state: 'unavailable' });
      },
    );
    return () => {
      live = false;
    };
  }, [search]);
  return loaded;
}

/** What a key does to the query: keys always act at the end, where the resident is looking. */
function applyKey(query: string, key: KeyName): string {
  if (key === 'clear') return '';
  if (key === 'backspace') return [...query].slice(0, -1).join('');
  if (key === 'space') return query.endsWith(' ') || query === '' ? query : `${query} `;
  return query + key;
}

/** A query given in the route (a link) wins; a bare #/search (back from a document, Home) finds the resident's draft. */
const startingQuery = (route: SearchRoute, draft: string) => route.query || draft;

type SearchRoute = Extract<Route, { name: 'search' }>;

export function Search({ route }: { route: SearchRoute }) {
  const t = useStrings();
  const { session } = useServices();
  const loaded = useSearchService();
  const [initialQuery] = useState(() => startingQuery(route, session.searchDraft));
  const [query, setQuery] = useState(initialQuery);
  const input = useRef<HTMLInputElement>(null);
  const composing = useRef(false);

  /**
   * The field is uncontrolled: what the resident types there (an IME composing, keys in quick succession) is never
   * overwritten by a render that lags behind. Changes from elsewhere (keys, candidates, chips, the route) set it here.
   */
  const show = (next: string) => {
    if (input.current && input.current.value !== next) input.current.value = next;
  };
  const change = (next: string, fromField = false) => {
    if (!fromField) show(next);
    setQuery(next);
    session.searchDraft = next;
    // A query given in the route is dropped from the URL once the resident changes it: the URL never holds typing.
    if (route.query) replaceHash(hrefs.search());
  };
  // Focus in the field for a hardware keyboard or an IME; not `autofocus`, which Chromium 90 ignores on a URL with a
  // fragment, as every route here has.
  useEffect(() => input.current?.focus({ preventScroll: true }), []);
  // A new route (back from a document, a link) brings its own query, or the draft; typing changes no route.
  useEffect(() => {
    const next = startingQuery(route, session.searchDraft);
    show(next);
    setQuery(next);
    session.searchDraft = next;
  }, [route, session]);
  const service = loaded.state === 'ready' ? loaded.service : undefined;
  const hits = useMemo(() => service?.search(query), [service, query]);
  useRecordSearch(query, hits?.docs.length);
  const letters = trailingLetters(query);
  const candidates = useMemo(() => (service && letters ? service.candidates(letters) : []), [service, letters]);

  return (
    <>
      <ScreenHeader title={t.search.title} />
      <main class={styles.screen}>
        <div class={styles.entry}>
          <div class={styles.field}>
            <span class={styles.icon}>
              <SearchIcon />
            </span>
            <input
              ref={input}
              class={styles.input}
              data-testid="search-input"
              type="search"
              inputMode="none"
              autoComplete="off"
              spellcheck={false}
              aria-label={t.search.inputLabel}
              placeholder={t.search.placeholder}
              defaultValue={initialQuery}
              onCompositionStart={() => (composing.current = true)}
              onCompositionEnd={(e) => {
                composing.current = false;
                change((e.currentTarget as HTMLInputElement).value, true);
              }}
              onInput={(e) => !composing.current && change((e.currentTarget as HTMLInputElement).value, true)}
            />
          </div>
          <div class={styles.candidates}>
            <CandidateBar
              words={candidates}
              typing={letters.length > 0}
              onPick={(word) => change(replaceTrailingLetters(query, word))}
            />
          </div>
          <div class={styles.keys}>
            <Keyboard onKey={(key) => change(applyKey(query, key))} />
          </div>
        </div>
        <div class={styles.results}>
          {loaded.state === 'loading' && <p role="status">{t.search.loading}</p>}
          {loaded.state === 'unavailable' && (
            <p role="alert" class={styles.unavailable}>
              {t.search.unavailable}
            </p>
          )}
          {service && hits && <SearchResults query={query} hits={hits} service={service} onQuery={change} />}
        </div>
      </main>
    </>
  );
}
