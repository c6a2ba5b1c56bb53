// One QR code as SVG, drawn offline from the qrcode package's module matrix: crisp at any size on screen and on paper.
import { create } from 'qrcode';
import { useMemo } from 'preact/hooks';

export type QrKind = 'original' | 'apply' | 'link' | 'footer';

// The standard's quiet zone is 4 modules: phone cameras lose codes that touch other ink.
const QUIET = 4;

/** The dark modules as one SVG path, one square per module. */
function qrPath(text: string): { size: number; path: string } {
  // Level M survives a smudged or creased printout; the URLs here stay short enough for a small symbol.
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (modules.get(y, x)) parts.push(`M${x + QUIET} ${y + QUIET}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * QUIET, path: parts.join('') };
}

interface Props {
  url: string;
  kind: QrKind;
  label: string;
  class?: string;
}

export function QrImage({ url, kind, label, class: extra }: Props) {
  const { size, path } = useMemo(() => qrPath(url), [url]);
  return (
    <svg
      class={extra}
      data-testid="qr-code"
      data-url={url}
      data-kind={kind}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
