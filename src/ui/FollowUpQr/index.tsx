// The document screen's hand-off to a phone: the online original and the online 依申请公开 form as QR codes, each tap-to-enlarge.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CatalogueDocument } from '../../shared/package-format.ts';
import { applyUrl, originalUrl } from '../../print/follow-up-urls.ts';
import { useStrings } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import { QrCode, type QrKind } from '../QrCode/index.tsx';
import { useModalFocus } from '../use-modal-focus.ts';
import styles from './style.module.css';

interface Code {
  kind: QrKind;
  url: string;
  title: string;
  how: string;
}

export function FollowUpQr({ doc }: { doc: CatalogueDocument }) {
  const t = useStrings();
  const { config } = useServices();
  const [enlarged, setEnlarged] = useState<Code | null>(null);
  const fields = { indexNo: doc.indexNo, title: doc.title, site: config.siteName };
  const sources = { onlineUrl: doc.onlineUrl, portalUrl: config.portalUrl, applyUrl: config.applyUrl };
  const original = originalUrl(sources, fields);
  const apply = applyUrl(sources, fields);
  const codes: Code[] = [];
  if (original)
    codes.push({ kind: 'original', url: original, title: t.followUp.original, how: t.followUp.originalHow });
  if (apply) codes.push({ kind: 'apply', url: apply, title: t.followUp.apply, how: t.followUp.applyHow });
  if (!codes.length) return null;

  return (
    <section class={styles.followUp} aria-label={t.followUp.title}>
      <h2 class={styles.heading}>{t.followUp.title}</h2>
      <div class={styles.codes}>
        {codes.map((code) => (
          <figure key={code.kind} class={styles.card}>
            <button
              type="button"
              class={styles.codeButton}
              onClick={() => setEnlarged(code)}
              aria-label={t.labelled(code.title, t.followUp.enlarge)}
            >
              <QrCode url={code.url} kind={code.kind} label={code.title} class={styles.code} />
            </button>
            <figcaption>
              <strong class={styles.title}>{code.title}</strong>
              <span class={styles.how}>{code.how}</span>
              <span class={styles.hint}>{t.followUp.enlarge}</span>
            </figcaption>
          </figure>
        ))}
      </div>
      {enlarged && <Enlarged code={enlarged} onClose={() => setEnlarged(null)} />}
    </section>
  );
}

/** A modal <dialog> sits in the top layer: above the sticky side panel's stacking context and the screen header. */
function Enlarged({ code, onClose }: { code: Code; onClose: () => void }) {
  const t = useStrings();
  const ref = useRef<HTMLDialogElement>(null);
  useModalFocus(ref, { native: true });
  useEffect(() => ref.current?.showModal(), []);
  return (
    <dialog ref={ref} class={styles.big} aria-label={code.title} onClose={onClose} onClick={onClose}>
      <strong class={styles.bigTitle}>{code.title}</strong>
      <QrCode url={code.url} kind={code.kind} label={code.title} enlarged class={styles.bigCode} />
      <p class={styles.how}>{code.how}</p>
      <TouchButton variant="primary" onClick={onClose}>
        {t.followUp.close}
      </TouchButton>
    </dialog>
  );
}
