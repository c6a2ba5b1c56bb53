// An HTML document, sanitised, in a frame that runs nothing; its images come from the package, its links show a QR code.
import { useEffect, useRef, useState } from 'preact/hooks';
import { htmlForFrame } from '../../viewer/html-document.ts';
import { useStrings } from '../i18n/index.ts';
import { LinkQrDialog } from '../LinkQrDialog/index.tsx';
import { useServices } from '../services.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import styles from './style.module.css';

interface Props {
  blob: Blob;
  title: string;
  /** The file's package path: relative images resolve against it. */
  path: string;
  originalUrl?: string;
}

const TEXT_SIZES = [22, 26, 32, 40, 48];

export function HtmlViewer({ blob, title, path, originalUrl }: Props) {
  const t = useStrings();
  const { openFile } = useServices();
  const frame = useRef<HTMLIFrameElement>(null);
  const [body, setBody] = useState<string | null>(null);
  const [sizeIndex, setSizeIndex] = useState(1);
  // undefined: no dialog; '': a link with no web address; otherwise the address to encode.
  const [link, setLink] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const urls: string[] = [];
    void (async () => {
      const [{ decodeHtml }, { packageImages, sanitizeHtml }] = await Promise.all([
        import('../../viewer/html-charset.ts'),
        import('../../viewer/html-sanitize.ts'),
      ]);
      const html = decodeHtml(new Uint8Array(await blob.arrayBuffer()));
      const images = new Map<string, string>();
      for (const imagePath of packageImages(html, path)) {
        const image = await openFile(imagePath).catch(() => undefined);
        // The resident left while the images were read: the cleanup has run, so nothing more is made to leak.
        if (!live) return;
        if (image) {
          const url = URL.createObjectURL(image);
          urls.push(url);
          images.set(imagePath, url);
        }
      }
      if (live) setBody(sanitizeHtml(html, { documentPath: path, originalUrl, images }));
    })();
    return () => {
      live = false;
      urls.forEach((u) => URL.revokeObjectURL(u));
    };
  }, [blob, path, originalUrl, openFile]);

  // The frame shares our origin (no allow-scripts, so nothing in it runs): that lets this page catch taps on links.
  const wireLinks = () => {
    const doc = frame.current?.contentDocument;
    if (!doc) return;
    doc.documentElement.style.setProperty('--reader-size', `${TEXT_SIZES[sizeIndex]}px`);
    doc.addEventListener('click', (e) => {
      const target = (e.target as Element | null)?.closest?.('[data-link]');
      e.preventDefault();
      if (target) setLink(target.getAttribute('data-link') ?? '');
    });
  };

  useEffect(() => {
    frame.current?.contentDocument?.documentElement.style.setProperty('--reader-size', `${TEXT_SIZES[sizeIndex]}px`);
  }, [sizeIndex]);

  if (body === null) return <p role="status">{t.doc.opening}</p>;
  const srcdoc = htmlForFrame(body);
  return (
    <div class={styles.viewer}>
      <div class={styles.toolbar}>
        <TouchButton
          onClick={() => setSizeIndex((i) => Math.max(0, i - 1))}
          disabled={sizeIndex === 0}
          testId="text-smaller"
        >
          <span class={styles.smallA}>A</span> {t.doc.textSmaller}
        </TouchButton>
        <TouchButton
          onClick={() => setSizeIndex((i) => Math.min(TEXT_SIZES.length - 1, i + 1))}
          disabled={sizeIndex === TEXT_SIZES.length - 1}
          testId="text-larger"
        >
          <span class={styles.bigA}>A</span> {t.doc.textLarger}
        </TouchButton>
      </div>
      {/* allow-same-origin without allow-scripts: the document cannot run code, submit, open windows or navigate us. */}
      <iframe
        ref={frame}
        class={styles.frame}
        sandbox="allow-same-origin"
        srcdoc={srcdoc}
        title={title}
        referrerpolicy="no-referrer"
        onLoad={wireLinks}
        data-testid="html-document"
      />
      {link !== undefined && <LinkQrDialog url={link} onClose={() => setLink(undefined)} />}
    </div>
  );
}
