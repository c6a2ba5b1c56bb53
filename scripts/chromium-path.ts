// Where Debian's Chromium is (CHROMIUM_PATH overrides), and the flags it needs on a machine with no outside network.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumFound(): boolean {
  return existsSync(chromiumPath);
}

// Without these, Chromium keeps trying to reach Google's hosts, which this machine's network refuses.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
