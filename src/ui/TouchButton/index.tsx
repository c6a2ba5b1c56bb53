// A finger-sized button or in-app link: the one control every screen uses, so target size lives in one place.
import type { ComponentChildren } from 'preact';
import styles from './style.module.css';

type Variant = 'primary' | 'plain';

interface Props {
  children: ComponentChildren;
  variant?: Variant;
  /** An in-app hash route: rendered as a link, so it works without scripts and reads right to a screen reader. */
  href?: string;
  onClick?: () => void;
  disabled?: boolean;
  label?: string;
  testId?: string;
  class?: string;
}

export function TouchButton({
  children,
  variant = 'plain',
  href,
  onClick,
  disabled,
  label,
  testId,
  class: extra,
}: Props) {
  const className = `${styles.button} ${styles[variant]} ${extra ?? ''}`;
  if (href !== undefined) {
    return (
      <a class={className} aria-label={label} data-testid={testId} href={href}>
        {children}
      </a>
    );
  }
  return (
    <button
      class={className}
      aria-label={label}
      data-testid={testId}
      type="button"
      onClick={onClick}
      disabled={disabled}
    >
      {children}
    </button>
  );
}
