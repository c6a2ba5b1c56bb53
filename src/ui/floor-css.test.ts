// The floor (Chromium 90, DESIGN: Where it runs) for the app's CSS: a feature above it fails here unless it sits under
// an @supports test or is listed as degrading to the browser's default, so the floor cannot silently rot.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..');

/** Features newer than Chromium 90, with the version that brought each (caniuse / MDN). */
const ABOVE_FLOOR: [RegExp, string][] = [
  [/:has\(/, ':has() (105)'],
  [/@container|container-(type|name)\s*:|\d(cqw|cqh|cqi|cqb)\b/, 'container queries (105)'],
  [/\d(dvh|svh|lvh|dvw|svw|lvw)\b/, 'dynamic viewport units (108)'],
  [/^\s*&/, 'nesting (112)'],
  [/@layer\b/, 'cascade layers (99)'],
  [/color-mix\(|light-dark\(|\b(oklch|oklab|lch|lab|hwb)\(/, 'newer colour functions (101–123)'],
  [/text-wrap\s*:|@scope\b|subgrid|@starting-style|field-sizing|scrollbar-gutter/, 'newer layout or text (94–123)'],
  [/@media[^{]*\([a-z-]+\s*[<>]=?/, 'media query ranges (104)'],
  [/:user-(valid|invalid)|:modal\b|:popover-open/, 'newer pseudo-classes (105–119)'],
];

/** Above the floor, but a browser without them shows its default and nothing breaks. */
const DEGRADES = [
  /accent-color\s*:/, // progress bars and check boxes in the browser's own colour (93)
  /::highlight\(/, // read-aloud's mark in the document (105); below it the sentence line alone, as the issue allows
];

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? cssFiles(join(dir, entry.name)) : entry.name.endsWith('.css') ? [join(dir, entry.name)] : [],
  );
}

/** `file:line feature` for every use above the floor outside an @supports block. */
function aboveFloor(css: string, file: string): string[] {
  const found: string[] = [];
  let depth = 0;
  const supportsDepths: number[] = [];
  css.split('\n').forEach((line, i) => {
    const code = line.replace(/\/\*.*?\*\//g, '');
    if (/@supports\b/.test(code)) supportsDepths.push(depth);
    const guarded = supportsDepths.length > 0;
    if (!guarded && !DEGRADES.some((d) => d.test(code)))
      for (const [pattern, name] of ABOVE_FLOOR) if (pattern.test(code)) found.push(`${file}:${i + 1} ${name}`);
    for (const ch of code) {
      if (ch === '{') depth++;
      if (ch === '}' && --depth === supportsDepths.at(-1)) supportsDepths.pop();
    }
  });
  return found;
}

describe("the app's CSS on the floor", () => {
  it('uses nothing above Chromium 90 without an @supports test', () => {
    const found = cssFiles(src).flatMap((file) => aboveFloor(readFileSync(file, 'utf8'), relative(src, file)));
    expect(found).toEqual([]);
  });

  it('catches what it is meant to, and lets an @supports block through', () => {
    expect(aboveFloor('.a:has(.b) { color: red; }', 'x.css')).toEqual(['x.css:1 :has() (105)']);
    expect(aboveFloor('.a {\n  height: 100dvh;\n}', 'x.css')).toEqual(['x.css:2 dynamic viewport units (108)']);
    expect(aboveFloor('.a {\n  & .b { color: red; }\n}', 'x.css')).toEqual(['x.css:2 nesting (112)']);
    expect(
      aboveFloor('@supports (height: 1dvh) {\n  .a { height: 100dvh; }\n}\n.b { height: 100vh; }', 'x.css'),
    ).toEqual([]);
    expect(aboveFloor('@supports (height: 1dvh) {\n}\n.b { height: 100dvh; }', 'x.css')).toEqual([
      'x.css:3 dynamic viewport units (108)',
    ]);
  });
});
