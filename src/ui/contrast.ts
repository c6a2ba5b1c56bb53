// WCAG contrast ratios, and the token palette read from tokens.css, so a colour change cannot quietly fail the rules.

/** `#rgb` or `#rrggbb` to its WCAG relative luminance. */
export function luminance(hex: string): number {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const channel = (i: number) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The `--color-*` values of one rule block (`:root {` or `:root[data-contrast] {`) of a tokens stylesheet. */
export function colourTokens(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) return {};
  const block = css.slice(start, css.indexOf('}', start));
  const tokens: Record<string, string> = {};
  for (const [, name, value] of block.matchAll(/--color-([a-z-]+):\s*(#[0-9a-fA-F]{3,6})\b/g)) tokens[name!] = value!;
  return tokens;
}

/** Every text colour and the backgrounds it is drawn on across the screens. */
export const TEXT_PAIRS: [text: string, background: string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'pressed'],
  ['text', 'keyboard'],
  ['text', 'chip'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent-text', 'accent'],
  ['warning-text', 'warning-bg'],
  ['mark-text', 'mark-bg'],
  ['reading-text', 'reading-bg'],
];
