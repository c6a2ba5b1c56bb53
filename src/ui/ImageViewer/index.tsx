// An image document shown whole, fit to the screen's width.
import { useEffect, useState } from 'preact/hooks';
import styles from './style.module.css';

export function ImageViewer({ blob, title }: { blob: Blob; title: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [blob]);
  return url ? <img class={styles.image} src={url} alt={title} draggable={false} /> : null;
}
