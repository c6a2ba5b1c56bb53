// Common terms of each domain as chips, for a resident who cannot type pinyin: one tap searches for the term.
import type { CommonTerms as Terms } from '../../catalogue/vocabulary.ts';
import { Chip } from '../Chip/index.tsx';
import { CONTENT_LANG, useStrings } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import styles from './style.module.css';

export function CommonTerms({ groups, onPick }: { groups: Terms[]; onPick: (term: string) => void }) {
  const t = useStrings();
  const { catalogue } = useServices();
  return (
    <section class={styles.terms} aria-labelledby="common-terms">
      <h2 id="common-terms" class={styles.heading}>
        {t.search.commonTitle}
      </h2>
      {groups.map(({ domain, terms }) => (
        <div class={styles.group} key={domain} lang={CONTENT_LANG}>
          <h3 class={styles.domain}>{catalogue.domainName(domain) ?? domain}</h3>
          <div class={styles.chips}>
            {terms.map((term) => (
              <Chip key={term} testId="common-term" data={{ term, domain }} onClick={() => onPick(term)}>
                {term}
              </Chip>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
