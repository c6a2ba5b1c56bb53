// Text with the parts a search matched marked, for titles, publishers and snippets.
import type { Range } from '../../catalogue/search-service.ts';
import styles from './style.module.css';

export function Marked({ text, marks }: { text: string; marks?: Range[] }) {
  if (!marks || marks.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark class={styles.mark}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
