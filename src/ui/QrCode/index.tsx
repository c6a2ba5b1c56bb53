// A QR code drawn as one SVG path: sharp at any size, works offline, and carries the encoded text for tests.
import QRCode from 'qrcode';
import { useMemo } from 'preact/hooks';
import styles from './style.module.css';

export type QrKind = 'original' | 'apply' | 'link' | 'footer';

interface Props {
  url: string;
  kind: QrKind;
  /** CSS px; phones read a 4-module-margin code of ~200 px from arm's length. */
  size?: number;
  label: string;
}

export function QrCode({ url, kind, size = 220, label }: Props) {
  const { path, count } = useMemo(() => {
    // Level M: survives a smudged screen, and long government URLs still fit a code a phone reads easily.
    const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
    let d = '';
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) d += `M${col + 4} ${row + 4}h1v1h-1z`;
    }
    return { path: d, count: modules.size + 8 };
  }, [url]);
  return (
    <svg
      class={styles.qr}
      data-testid="qr-code"
      data-url={url}
      data-kind={kind}
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${count} ${count}`}
      shape-rendering="crispEdges"
    >
      <rect width={count} height={count} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
