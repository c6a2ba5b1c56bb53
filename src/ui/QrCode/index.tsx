// A QR code as one SVG path, drawn offline: sharp at any size on screen and on paper, carrying its text for tests.
import QRCode from 'qrcode';
import { useContext, useEffect, useMemo } from 'preact/hooks';
import { ServicesContext } from '../services.ts';
import styles from './style.module.css';

export type QrKind = 'original' | 'apply' | 'link' | 'footer';

// The standard's quiet zone is 4 modules: phone cameras lose codes that touch other ink.
const QUIET = 4;

interface Props {
  url: string;
  kind: QrKind;
  label: string;
  /** A tap enlarged a code already on screen: counted apart, so "shown" stays one per code a resident saw. */
  enlarged?: boolean;
  /** CSS px; phones read a ~200 px code from arm's length. Left out when `class` sizes it (print footers, dialogs). */
  size?: number;
  class?: string;
}

/** The dark modules as one SVG path, one square per module. */
function qrPath(text: string): { count: number; path: string } {
  // Level M survives a smudged screen or a creased printout; government URLs still fit a code a phone reads easily.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col)) parts.push(`M${col + QUIET} ${row + QUIET}h1v1h-1z`);
  }
  return { count: modules.size + 2 * QUIET, path: parts.join('') };
}

export function QrCode({ url, kind, label, enlarged = false, size, class: extra }: Props) {
  const { path, count } = useMemo(() => qrPath(url), [url]);
  // Footer codes go to paper, not to a resident's eyes on screen: the print counts cover them. The sheets render
  // beside the app, outside its services.
  const usage = useContext(ServicesContext)?.session.usage;
  useEffect(
    () => void (kind !== 'footer' && usage?.record({ kind: 'qr', qrKind: enlarged ? `${kind}-enlarged` : kind })),
    [url, kind, enlarged, usage],
  );
  const side = size ?? (extra ? undefined : 220);
  return (
    <svg
      class={`${styles.qr} ${extra ?? ''}`}
      data-testid="qr-code"
      data-url={url}
      data-kind={kind}
      role="img"
      aria-label={label}
      width={side}
      height={side}
      viewBox={`0 0 ${count} ${count}`}
      shape-rendering="crispEdges"
    >
      <rect width={count} height={count} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
