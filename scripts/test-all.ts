// `npm test`: every check in turn, with the single-threaded ones side by side so that a 2-core machine keeps both cores busy.
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  /** An npm script, or a command of its own. */
  command: string[];
}

const npmRun = (script: string): Step => ({ name: script, command: ['npm', 'run', script] });

/**
 * Each stage starts when the one before has passed. Within a stage the steps run at once, their output held and shown
 * whole when each ends: tsc and ESLint use one core each, and the old Chromium builds the floor projects need (a
 * download and a brotli unpack, also one core; the bench smoke's floor row needs Chromium 90) come along, instead of
 * leaving a Playwright worker waiting for them late in the end-to-end run.
 */
const stages: Step[][] = [
  [npmRun('check:lock')],
  [npmRun('typecheck'), npmRun('lint'), { name: 'old Chromium builds', command: ['tsx', 'scripts/old-chromium.ts'] }],
  [npmRun('test:unit')],
  [npmRun('build')],
  [npmRun('bench:smoke')],
  [npmRun('test:e2e')],
];

interface Outcome {
  step: Step;
  code: number;
  ms: number;
}

/** Runs a step: its output straight through when alone, else held until it ends so that steps never interleave. */
function run(step: Step, alone: boolean): Promise<Outcome> {
  const start = Date.now();
  const [file, ...args] = step.command;
  const child = spawn(file!, args, { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  const held: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => held.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => held.push(chunk));
  return new Promise((resolve) => {
    const done = (code: number) => {
      const ms = Date.now() - start;
      if (!alone) {
        console.log(`\n── ${step.name} (${seconds(ms)}) ──`);
        process.stdout.write(Buffer.concat(held));
      }
      resolve({ step, code, ms });
    };
    child.on('error', (error) => {
      held.push(Buffer.from(`${error.message}\n`));
      done(127);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;

const started = Date.now();
const times: string[] = [];
for (const stage of stages) {
  const stageStart = Date.now();
  const outcomes = await Promise.all(stage.map((step) => run(step, stage.length === 1)));
  times.push(
    stage.length === 1
      ? `${outcomes[0]!.step.name} ${seconds(outcomes[0]!.ms)}`
      : `[${outcomes.map((o) => `${o.step.name} ${seconds(o.ms)}`).join(', ')}] ${seconds(Date.now() - stageStart)}`,
  );
  const failed = outcomes.filter((o) => o.code !== 0);
  if (failed.length) {
    console.error(`\nnpm test: failed in ${failed.map((o) => `${o.step.name} (exit ${o.code})`).join(', ')}`);
    process.exit(1);
  }
}
console.log(`\nnpm test: every check passed in ${seconds(Date.now() - started)}: ${times.join(' · ')}`);
