// `npm run build:terminal`: the production build for a reading point's terminal, then a check that no demo reached it.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { terminalBuildProblems } from './vite/terminal-build.ts';

// `--out DIR` builds elsewhere (a check beside a demo build); a terminal's launcher serves dist/.
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 && process.argv[outArg + 1] ? process.argv[outArg + 1]! : 'dist';

// Set before Vite reads vite.config.ts; an environment variable, so the command is the same on every shell.
process.env.CHAYUE_BUILD = 'terminal';
const { build } = await import('vite');
await build({ build: { outDir, emptyOutDir: true } });
const problems = terminalBuildProblems(outDir);
if (problems.length) {
  console.error(`build:terminal: ${outDir} is not fit for a terminal:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const sites = existsSync(join(outDir, 'kiosk-config')) ? readdirSync(join(outDir, 'kiosk-config')) : [];
console.log(
  sites.length
    ? `build:terminal: ${outDir} carries the configs ${sites.join(', ')} and no demo.`
    : `build:terminal: ${outDir} carries no config: put this reading point's kiosk-config/<site>.json in ${outDir}/kiosk-config/ and open /?site=<site>.`,
);
