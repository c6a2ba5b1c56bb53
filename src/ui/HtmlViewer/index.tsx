// An HTML document in a frame with scripts off and outside loads blocked; sanitising comes with the reading issue.
import { useEffect, useState } from 'preact/hooks';
import { htmlForFrame } from '../../viewer/html-document.ts';
import { useStrings } from '../i18n/index.ts';
import styles from './style.module.css';

export function HtmlViewer({ blob, title }: { blob: Blob; title: string }) {
  const t = useStrings();
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void blob.text().then((text) => live && setHtml(htmlForFrame(text)));
    return () => {
      live = false;
    };
  }, [blob]);
  if (html === null) return <p role="status">{t.doc.opening}</p>;
  // An empty sandbox: no scripts, no forms, no popups, no top navigation, and a unique origin.
  return <iframe class={styles.frame} sandbox="" srcdoc={html} title={title} referrerpolicy="no-referrer" />;
}
