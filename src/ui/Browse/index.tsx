// The documents of one domain, newest first (#/browse?domain=). Facets and other filters come with search.
import { DocList } from '../DocList/index.tsx';
import { formatNumber, useStrings } from '../i18n/index.ts';
import { ScreenHeader } from '../ScreenHeader/index.tsx';
import { useServices } from '../services.ts';
import styles from './style.module.css';

export function Browse({ params }: { params: URLSearchParams }) {
  const t = useStrings();
  const { catalogue } = useServices();
  const domain = params.get('domain') ?? '';
  const name = catalogue.domainName(domain);
  const documents = name === undefined ? [] : catalogue.inDomain(domain);
  return (
    <>
      <ScreenHeader title={name ?? ''} />
      <main class={styles.browse} data-testid="search-results" data-query="" data-count={documents.length}>
        {name === undefined ? (
          <p class={styles.note}>{t.browse.unknownDomain}</p>
        ) : documents.length === 0 ? (
          <p class={styles.note}>{t.browse.empty}</p>
        ) : (
          <>
            <p class={styles.count}>{t.browse.count(formatNumber(documents.length, t.locale))}</p>
            <DocList documents={documents} />
          </>
        )}
      </main>
    </>
  );
}
