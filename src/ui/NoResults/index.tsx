// What a search that found nothing shows: never a blank screen, but the nearest-sounding words and the domains to browse.
import { Chip } from '../Chip/index.tsx';
import { CONTENT_LANG, formatNumber, useStrings } from '../i18n/index.ts';
import { hrefs } from '../router.ts';
import { useServices } from '../services.ts';
import styles from './style.module.css';

export function NoResults({
  query,
  suggestions,
  onPick,
}: {
  query: string;
  suggestions: string[];
  onPick: (word: string) => void;
}) {
  const t = useStrings();
  const { catalogue } = useServices();
  return (
    <div class={styles.none} role="status">
      <p class={styles.message}>{t.search.noResults(query)}</p>
      <p>{t.search.noResultsHint}</p>
      {suggestions.length > 0 && (
        <>
          <h2 class={styles.heading}>{t.search.suggestions}</h2>
          <div class={styles.chips} lang={CONTENT_LANG}>
            {suggestions.map((word) => (
              <Chip key={word} testId="suggestion" data={{ word }} onClick={() => onPick(word)}>
                {word}
              </Chip>
            ))}
          </div>
        </>
      )}
      <h2 class={styles.heading}>{t.search.browseInstead}</h2>
      <ul class={styles.domains}>
        {catalogue.domainCounts().map((d) => (
          <li key={d.key}>
            <a class={styles.domain} href={hrefs.browse(d.key)} data-domain-link={d.key}>
              <span lang={d.key === 'other' ? undefined : CONTENT_LANG}>
                {d.key === 'other' ? t.home.otherDomain : d.name}
              </span>
              <span class={styles.count}>{t.home.docCount(formatNumber(d.count, t.locale))}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
