// Builds @font-face rules with TrueType subsets of Noto Serif CJK SC, so Chromium embeds compact fonts in the demo PDFs.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The family the PDF stylesheet asks for first; absent from HTML and PNG copies, which use the system fonts. */
export const PDF_FONT_FAMILY = 'Chayue Demo Serif';
const SUBSET_SCRIPT = fileURLToPath(new URL('./subset-fonts.py', import.meta.url));
// Debian's python3-fonttools lives under /usr/bin/python3; a pyenv or venv python3 first on PATH may not have it.
const PYTHONS = [process.env.PYTHON, '/usr/bin/python3', 'python3'].filter((p): p is string => Boolean(p));

function pythonWithFontTools(): string | undefined {
  return PYTHONS.find((python) => {
    try {
      execFileSync(python, ['-c', 'import fontTools.ttLib.scaleUpem, fontTools.pens.cu2quPen'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
}

/** `{ file, index }` of an installed face, as fontconfig resolves it (Noto CJK ships as collections). */
function locateFace(pattern: string): { file: string; index: number } {
  const [file, index] = execFileSync('fc-match', ['-f', '%{file}\n%{index}', pattern], { encoding: 'utf8' }).split(
    '\n',
  );
  if (!file || !/NotoSerifCJK/i.test(file))
    throw new Error(`fc-match found no Noto Serif CJK for "${pattern}" (apt-get install fonts-noto-cjk)`);
  return { file, index: Number(index) };
}

/**
 * CSS for the PDF copies: a regular face holding every character in `regularText`, and a bold one for `boldText`
 * (the red 文头 only). Returns '' with a warning when fontTools is missing: the PDFs then still render, from the
 * system fonts, but about six times larger.
 */
export async function subsetFontCss(regularText: string, boldText: string): Promise<string> {
  const python = pythonWithFontTools();
  if (!python) {
    console.warn(
      'warning: python3-fonttools not found (apt-get install python3-fonttools); PDFs will be about 6x larger',
    );
    return '';
  }
  const dir = await mkdtemp(join(tmpdir(), 'chayue-fonts-'));
  try {
    const faces = [
      {
        weight: 400,
        text: regularText,
        ...locateFace('Noto Serif CJK SC:style=Regular'),
        out: join(dir, 'regular.ttf'),
      },
      { weight: 700, text: boldText, ...locateFace('Noto Serif CJK SC:style=Bold'), out: join(dir, 'bold.ttf') },
    ];
    await writeFile(join(dir, 'request.json'), JSON.stringify(faces));
    execFileSync(python, [SUBSET_SCRIPT, join(dir, 'request.json')], { stdio: ['ignore', 'inherit', 'inherit'] });
    const rules = await Promise.all(
      faces.map(async ({ weight, out }) => {
        const base64 = (await readFile(out)).toString('base64');
        return `@font-face { font-family: '${PDF_FONT_FAMILY}'; font-weight: ${weight}; src: url(data:font/ttf;base64,${base64}) format('truetype'); }`;
      }),
    );
    return rules.join('\n');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
