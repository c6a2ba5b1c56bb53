// The document screen (#/doc/<id>?page=N): the catalogue entry beside the document itself, every file reachable.
import { useEffect, useRef, useState } from 'preact/hooks';
import { DocError } from '../DocError/index.tsx';
import { DocMeta } from '../DocMeta/index.tsx';
import { FileViewer } from '../FileViewer/index.tsx';
import { useStrings } from '../i18n/index.ts';
import { lazyComponent } from '../lazy-component.tsx';
import { canPrint } from '../PrintDialog/can-print.ts';
import { ReadAloud } from '../ReadAloud/index.tsx';
import { documentText } from '../ReadAloud/readable-text.ts';
import { hrefs, replaceHash, type Route } from '../router.ts';
import { ScreenHeader } from '../ScreenHeader/index.tsx';
import { webUrlOrNone } from '../../print/follow-up-urls.ts';
import { useServices } from '../services.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import { ValidityStamp } from '../ValidityStamp/index.tsx';
import styles from './style.module.css';

// Printing and the QR codes bring the qrcode package and the print layouts: fetched with the first document, not with Home.
const PrintDialog = lazyComponent(() => import('../PrintDialog/index.tsx').then((m) => m.PrintDialog));
const FollowUpQr = lazyComponent(() => import('../FollowUpQr/index.tsx').then((m) => m.FollowUpQr));

/** `route`: a new object for each navigation to this document, so a link to another page of it turns the page. */
export function DocScreen({ route }: { route: Extract<Route, { name: 'doc' }> }) {
  const { id, page } = route;
  const t = useStrings();
  const { catalogue, session } = useServices();
  const doc = catalogue.get(id);
  const [fileIndex, setFileIndex] = useState(0);
  const [currentPage, setCurrentPage] = useState(page);
  // `#/doc/<id>?page=N` while the document is open (a link, the jump pad's URL): the page the route names.
  useEffect(() => setCurrentPage(page), [route, page]);
  // A re-print the attendant chose at the desk opens its print dialog at once.
  const [printing, setPrinting] = useState(() => session.attendantPrint.waiting(id));
  // One view per opening: paging, zooming and switching files within the document count once. Keyed on the entry's
  // id and domain, not its object, which a new catalogue would replace with the same document in it.
  const { usage } = session;
  const docId = doc?.id;
  const domain = doc?.domain;
  useEffect(() => {
    if (docId !== undefined && domain !== undefined) usage.record({ kind: 'view', docId, domain });
  }, [docId, domain, usage]);
  const shown = useRef<HTMLElement>(null);
  // The QR codes wait for the document: encoding two long addresses takes the main thread for 100-200 ms here.
  const [documentShown, setDocumentShown] = useState(false);

  if (!doc) {
    return (
      <>
        <ScreenHeader title="" />
        <main class={styles.screen}>
          <DocError message={t.doc.notFound} />
        </main>
      </>
    );
  }

  const file = doc.files[fileIndex] ?? doc.files[0]!;
  const changePage = (next: number) => {
    setCurrentPage(next);
    // The page lives in the URL without a history entry, so "back" returns to the list, not to page 1.
    replaceHash(hrefs.doc(doc.id, next));
  };
  return (
    <>
      <ScreenHeader title={doc.title} content />
      <main class={styles.screen} data-testid="doc-viewer" data-id={doc.id}>
        <aside class={styles.side}>
          <div class={styles.entry}>
            <DocMeta doc={doc} />
          </div>
          <div class={styles.actions}>
            <ReadAloud text={() => documentText(shown.current, doc)} />
            {canPrint(file) && (
              <TouchButton variant="primary" testId="print-button" onClick={() => setPrinting(true)}>
                {t.print.button}
              </TouchButton>
            )}
            {doc.files.length > 1 && (
              <nav aria-label={t.doc.files} class={styles.files}>
                {doc.files.map((f, i) => (
                  <TouchButton
                    key={f.path}
                    variant={i === fileIndex ? 'primary' : 'plain'}
                    onClick={() => {
                      setFileIndex(i);
                      changePage(1);
                    }}
                  >
                    {t.doc.fileN(i + 1)}
                  </TouchButton>
                ))}
              </nav>
            )}
          </div>
          <div class={styles.followUp}>{documentShown && <FollowUpQr doc={doc} />}</div>
        </aside>
        <section class={styles.document} ref={shown}>
          <ValidityStamp doc={doc} />
          <FileViewer
            key={file.path}
            file={file}
            title={doc.title}
            page={currentPage}
            onPageChange={changePage}
            originalUrl={webUrlOrNone(doc.onlineUrl)}
            onShown={() => setDocumentShown(true)}
          />
        </section>
      </main>
      {printing && <PrintDialog doc={doc} file={file} currentPage={currentPage} onClose={() => setPrinting(false)} />}
    </>
  );
}
