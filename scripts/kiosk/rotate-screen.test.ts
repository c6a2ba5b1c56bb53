// A panel mounted on its side is turned by the launcher (CHAYUE_ROTATE), screen and touch input together, before Chromium starts; a wrong value stops it, a session it cannot turn is said in the log.
import { existsSync } from 'node:fs';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchHarness, runCount, waitForRun } from './kiosk-launch-harness';

const { launch, tempDir, cleanUp } = launchHarness();
afterEach(cleanUp);

// Both fakes append each call to $FAKE_CALLS, one line a call, the tool and its arguments separated by tabs.
const record = `printf '%s' "$(basename "$0")" >>"$FAKE_CALLS"; printf '\\t%s' "$@" >>"$FAKE_CALLS"; echo >>"$FAKE_CALLS"`;

// A laptop-style 一体机 with a second screen made primary: the primary is turned, not the first one listed.
const fakeXrandr = `#!/usr/bin/env bash
${record}
if [ "$1" = --query ]; then
  cat <<'EOF'
Screen 0: minimum 320 x 200, current 3286 x 1080, maximum 16384 x 16384
eDP-1 connected 1366x768+0+0 (normal left inverted right x axis y axis) 344mm x 193mm
   1366x768      60.00*+
HDMI-1 connected primary 1920x1080+1366+0 (normal left inverted right x axis y axis) 527mm x 296mm
   1920x1080     60.00*+  50.00    59.94
DP-1 disconnected (normal left inverted right x axis y axis)
EOF
  exit 0
fi
if [ -n "\${FAKE_XRANDR_FAIL:-}" ]; then echo 'xrandr: Configure crtc 1 failed' >&2; exit 1; fi
`;

const fakeXinput = `#!/usr/bin/env bash
${record}
if [ "$1 $2" = 'list --long' ]; then cat "$(dirname "$0")/xinput-list"; fi
`;

/** One device as `xinput list --long` prints it (xinput 1.6, src/list.c). */
function device(prefix: string, name: string, id: number, use: string, classes: string[]): string {
  return `${prefix}${name.padEnd(40)}\tid=${id}\t[${use}]\n\tReporting ${classes.length} classes:\n${classes.join('')}`;
}
const valuators = (source: number, labels: string[], mode: 'absolute' | 'relative') =>
  `\t\tClass originated from: ${source}. Type: XIValuatorClass\n` +
  labels
    .map((label, i) => `\t\tDetail for Valuator ${i}:\n\t\t  Label: ${label}\n\t\t  Range: 0.000000 - 4095.000000\n`)
    .map((detail) => `${detail}\t\t  Resolution: 0 units/m\n\t\t  Mode: ${mode}\n\t\t  Current value: 0.000000\n`)
    .join('');
const buttons = (source: number) =>
  `\t\tClass originated from: ${source}. Type: XIButtonClass\n\t\tButtons supported: 3\n\t\tButton labels: "Button Left" "Button Middle" "Button Right"\n\t\tButton state:\n`;
const touch = (source: number, mode: 'direct' | 'dependent') =>
  `\t\tClass originated from: ${source}. Type: XITouchClass\n\t\tTouch mode: ${mode}, max number of touches: 10\n`;
const keys = (source: number) =>
  `\t\tClass originated from: ${source}. Type: XIKeyClass\n\t\tKeycodes supported: 248\n`;

// A multi-touch screen whose name does not say touch, beside a touchpad and a mouse that are not to be turned, a
// single-touch panel that says so only in its name, and the touch controller's keyboard half under the same name.
const xinputList = [
  device('⎡ ', 'Virtual core pointer', 2, 'master pointer  (3)', [
    buttons(11),
    valuators(11, ['Abs MT Position X', 'Abs MT Position Y'], 'absolute'),
    touch(11, 'direct'),
  ]),
  device('⎜   ↳ ', 'Virtual core XTEST pointer', 4, 'slave  pointer  (2)', [
    buttons(4),
    valuators(4, ['Rel X', 'Rel Y'], 'relative'),
  ]),
  device('⎜   ↳ ', 'ILITEK ILITEK-TP', 11, 'slave  pointer  (2)', [
    buttons(11),
    valuators(11, ['Abs MT Position X', 'Abs MT Position Y'], 'absolute'),
    touch(11, 'direct'),
  ]),
  device('⎜   ↳ ', 'SynPS/2 Synaptics TouchPad', 12, 'slave  pointer  (2)', [
    buttons(12),
    valuators(12, ['Rel X', 'Rel Y'], 'relative'),
    touch(12, 'dependent'),
  ]),
  device('⎜   ↳ ', 'PixArt USB Optical Mouse', 13, 'slave  pointer  (2)', [
    buttons(13),
    valuators(13, ['Rel X', 'Rel Y'], 'relative'),
  ]),
  device('⎜   ↳ ', 'eGalax Inc. USB TouchController', 14, 'slave  pointer  (2)', [
    buttons(14),
    valuators(14, ['Abs X', 'Abs Y'], 'absolute'),
  ]),
  device('⎣ ', 'Virtual core keyboard', 3, 'master keyboard (2)', [keys(16)]),
  device('    ↳ ', 'Virtual core XTEST keyboard', 5, 'slave  keyboard (3)', [keys(5)]),
  device('    ↳ ', 'ILITEK ILITEK-TP', 15, 'slave  keyboard (3)', [keys(15)]),
  device('    ↳ ', 'AT Translated Set 2 keyboard', 16, 'slave  keyboard (3)', [keys(16)]),
].join('');

/** A folder of fake xrandr and xinput to put first on PATH, and the calls they saw. */
async function fakeX11(): Promise<{ env: Record<string, string>; calls: () => Promise<string[][]> }> {
  const bin = await tempDir();
  const callsFile = join(bin, 'calls');
  for (const [name, script] of [
    ['xrandr', fakeXrandr],
    ['xinput', fakeXinput],
  ] as const) {
    await writeFile(join(bin, name), script);
    await chmod(join(bin, name), 0o755);
  }
  await writeFile(join(bin, 'xinput-list'), xinputList);
  return {
    // An X11 desktop, whatever session the tests run in.
    env: {
      PATH: `${bin}:${process.env.PATH}`,
      FAKE_CALLS: callsFile,
      DISPLAY: ':0',
      WAYLAND_DISPLAY: '',
      XDG_SESSION_TYPE: 'x11',
    },
    calls: async () =>
      existsSync(callsFile)
        ? (await readFile(callsFile, 'utf8'))
            .trimEnd()
            .split('\n')
            .map((line) => line.split('\t'))
        : [],
  };
}

const page = ['http://localhost:9/'];

describe('CHAYUE_ROTATE', () => {
  it('left turns the primary screen and sets the left matrix on each touchscreen only, before Chromium starts', async () => {
    const x11 = await fakeX11();
    const run = await launch({ ...x11.env, CHAYUE_ROTATE: 'left', FAKE_PLAN: 'hold:0' }, page);
    await waitForRun(run, 1);

    const calls = await x11.calls();
    expect(calls.filter(([tool]) => tool === 'xrandr')).toEqual([
      ['xrandr', '--query'],
      ['xrandr', '--output', 'HDMI-1', '--rotate', 'left'],
    ]);
    const matrix = ['Coordinate Transformation Matrix', '0', '-1', '1', '1', '0', '0', '0', '0', '1'];
    // Not the touchpad (12), the mouse (13), the XTEST devices or the controller's keyboard half (15).
    expect(calls.filter(([tool, verb]) => tool === 'xinput' && verb === 'set-prop')).toEqual([
      ['xinput', 'set-prop', '11', ...matrix],
      ['xinput', 'set-prop', '14', ...matrix],
    ]);
    const log = run.log();
    expect(log).toContain(
      'screen HDMI-1 turned left; touch input ILITEK ILITEK-TP (id 11), eGalax Inc. USB TouchController (id 14)',
    );
    expect(log.indexOf('turned left')).toBeLessThan(log.indexOf('starting Chromium (run 1)'));
  });

  it('stops the launcher, before any browser, on a value not in the list, and never runs it', async () => {
    const x11 = await fakeX11();
    const run = await launch({ ...x11.env, CHAYUE_ROTATE: 'sideways; touch $FAKE_CALLS' }, page);
    expect(await run.exited).toBe(1);
    expect(run.log()).toMatch(
      /error: CHAYUE_ROTATE must be normal, left, right or inverted .*got 'sideways; touch \$FAKE_CALLS'/,
    );
    expect(await runCount(run)).toBe(0);
    expect(await x11.calls()).toEqual([]);
  });

  it('in a Wayland session says where to set the rotation and starts Chromium unturned', async () => {
    const x11 = await fakeX11();
    // XWayland gives a DISPLAY and xrandr answers, but cannot turn the screen.
    const run = await launch(
      { ...x11.env, WAYLAND_DISPLAY: 'wayland-0', CHAYUE_ROTATE: 'right', FAKE_PLAN: 'hold:0' },
      page,
    );
    await waitForRun(run, 1);
    expect(run.log()).toMatch(/CHAYUE_ROTATE=right not applied: in a Wayland session .*display settings/);
    expect(await x11.calls()).toEqual([]);
  });

  it('when xrandr cannot turn the screen, says so, leaves touch input alone and starts Chromium', async () => {
    const x11 = await fakeX11();
    const run = await launch(
      { ...x11.env, CHAYUE_ROTATE: 'inverted', FAKE_XRANDR_FAIL: '1', FAKE_PLAN: 'hold:0' },
      page,
    );
    await waitForRun(run, 1);
    expect(run.log()).toContain('xrandr could not turn HDMI-1 (xrandr: Configure crtc 1 failed)');
    expect((await x11.calls()).filter(([tool]) => tool === 'xinput')).toEqual([]);
  });

  it('unset leaves the screen as the system has it: no xrandr, no xinput', async () => {
    const x11 = await fakeX11();
    const run = await launch({ ...x11.env, FAKE_PLAN: 'hold:0' }, page);
    await waitForRun(run, 1);
    expect(await x11.calls()).toEqual([]);
    expect(run.log()).not.toMatch(/CHAYUE_ROTATE|turned/);
  });
});
