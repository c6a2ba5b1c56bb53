// A finger-sized chip: a filter that can be on or off, or a word to search for.
import type { ComponentChildren } from 'preact';
import styles from './style.module.css';

interface Props {
  children: ComponentChildren;
  onClick: () => void;
  /** Shown as chosen, and announced as pressed. */
  active?: boolean;
  /** Test hook and its data-* attributes, e.g. `{ facet: 'year', value: '2024', count: 3 }`. */
  testId?: string;
  data?: Record<string, string | number>;
  label?: string;
}

export function Chip({ children, onClick, active, testId, data, label }: Props) {
  const attributes = Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, String(v)]));
  return (
    <button
      type="button"
      class={`${styles.chip} ${active ? styles.active : ''}`}
      aria-pressed={active === undefined ? undefined : active}
      aria-label={label}
      data-testid={testId}
      onClick={onClick}
      {...attributes}
    >
      {active && <span aria-hidden="true">✓ </span>}
      {children}
    </button>
  );
}
