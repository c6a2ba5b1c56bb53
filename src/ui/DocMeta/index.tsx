// The 政府信息公开目录 entry of a document: its title, numbers, publisher, dates, and a banner when it no longer applies.
import type { CatalogueDocument } from '../../shared/package-format.ts';
import { CONTENT_LANG, formatDate, useStrings } from '../i18n/index.ts';
import { hrefs } from '../router.ts';
import { useServices } from '../services.ts';
import styles from './style.module.css';

export function DocMeta({ doc }: { doc: CatalogueDocument }) {
  const t = useStrings();
  const { catalogue } = useServices();
  const replacement = doc.replacedBy ? catalogue.get(doc.replacedBy) : undefined;
  const related = doc.related.map((id) => catalogue.get(id)).filter((d) => d !== undefined);
  // The third field: the value is the package's own words (Chinese whatever the interface language).
  const rows: [string, string, boolean?][] = [
    [t.doc.indexNo, doc.indexNo],
    [t.doc.docNo, doc.docNo || t.doc.none, !!doc.docNo],
    [t.doc.publisher, doc.publisher, true],
    [t.doc.writtenDate, formatDate(doc.writtenDate, t.locale) || t.doc.none],
    [t.doc.publishDate, formatDate(doc.publishDate, t.locale)],
    [t.doc.disclosure, t.catalogueWords.disclosure[doc.disclosure] ?? doc.disclosure],
    [t.doc.validity, t.catalogueWords.validity[doc.validity] ?? doc.validity],
  ];
  return (
    <section class={styles.meta}>
      <h2 class={styles.title} lang={CONTENT_LANG}>
        {doc.title}
      </h2>
      {doc.validity !== '有效' && (
        <div class={styles.banner} role="note">
          <p>{t.doc.validityBanner[doc.validity]}</p>
          {replacement && (
            <a class={styles.bannerLink} href={hrefs.doc(replacement.id)}>
              {t.labelled(t.doc.seeReplacement, replacement.title)}
            </a>
          )}
        </div>
      )}
      <dl class={styles.fields} data-testid="doc-fields">
        {rows.map(([label, value, content]) => (
          <div key={label} class={styles.field}>
            <dt>{label}</dt>
            <dd lang={content ? CONTENT_LANG : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      {related.length > 0 && (
        <nav aria-label={t.doc.related}>
          <h2 class={styles.subheading}>{t.doc.related}</h2>
          <ul class={styles.related}>
            {related.map((r) => (
              <li key={r.id}>
                <a class={styles.relatedLink} href={hrefs.doc(r.id)} lang={CONTENT_LANG}>
                  {r.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}
