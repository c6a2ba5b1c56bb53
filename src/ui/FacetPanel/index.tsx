// Browse filters as chips per facet (domain, publisher, year, genre, validity), each with what choosing it would show.
import { useState } from 'preact/hooks';
import { FACETS, type BrowseResult, type FacetName, type Filters } from '../../catalogue/facets.ts';
import { Chip } from '../Chip/index.tsx';
import { CONTENT_LANG, formatNumber, useStrings } from '../i18n/index.ts';
import { hrefs } from '../router.ts';
import { useServices } from '../services.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

/** Domain names, publishers and genres are the package's own (Chinese) words; years and validity are the interface's. */
const fromPackage = (facet: FacetName, value: string) =>
  facet === 'publisher' || facet === 'genre' || (facet === 'domain' && value !== 'other');

/** Values shown per facet before "show all": enough for years and genres, short enough for a county's publishers. */
const FIRST_VALUES = 8;

export function FacetPanel({ facets, filters }: { facets: BrowseResult['facets']; filters: Filters }) {
  const t = useStrings();
  const { catalogue } = useServices();
  const [expanded, setExpanded] = useState<Partial<Record<FacetName, boolean>>>({});
  const label = (facet: FacetName, value: string) =>
    facet === 'domain'
      ? value === 'other'
        ? t.home.otherDomain
        : (catalogue.domainName(value) ?? value)
      : facet === 'year'
        ? t.browse.year(value)
        : facet === 'validity'
          ? (t.catalogueWords.validity[value] ?? value)
          : value;
  const toggle = (facet: FacetName, value: string) => {
    location.hash = hrefs.browseWith({ ...filters, [facet]: filters[facet] === value ? undefined : value });
  };
  const anyChosen = FACETS.some((f) => filters[f]);
  return (
    <nav class={styles.panel} aria-label={t.browse.filtersTitle}>
      <p class={styles.hint}>{t.browse.filtersHint}</p>
      {anyChosen && (
        <TouchButton href={hrefs.browseWith({})} class={styles.clear}>
          {t.browse.clearFilters}
        </TouchButton>
      )}
      {FACETS.map((facet) => {
        const values = facets[facet].filter((v) => v.count > 0 || filters[facet] === v.value);
        if (values.length === 0) return null;
        const shown = expanded[facet]
          ? values
          : values.filter((v, i) => i < FIRST_VALUES || filters[facet] === v.value);
        return (
          <section key={facet} class={styles.facet}>
            <h2 class={styles.heading}>{t.browse.facets[facet]}</h2>
            <div class={styles.chips}>
              {shown.map((v) => (
                <Chip
                  key={v.value}
                  testId="facet"
                  data={{ facet, value: v.value, count: v.count }}
                  active={filters[facet] === v.value}
                  onClick={() => toggle(facet, v.value)}
                >
                  <span lang={fromPackage(facet, v.value) ? CONTENT_LANG : undefined}>{label(facet, v.value)}</span>
                  {t.browse.chipCount(formatNumber(v.count, t.locale))}
                </Chip>
              ))}
              {values.length > shown.length && (
                <TouchButton onClick={() => setExpanded({ ...expanded, [facet]: true })}>
                  {t.browse.showAll(formatNumber(values.length, t.locale))}
                </TouchButton>
              )}
              {expanded[facet] && values.length > FIRST_VALUES && (
                <TouchButton onClick={() => setExpanded({ ...expanded, [facet]: false })}>
                  {t.browse.showFewer}
                </TouchButton>
              )}
            </div>
          </section>
        );
      })}
    </nav>
  );
}
