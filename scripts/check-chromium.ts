// Stops the end-to-end tests with one line that says how to get Chromium, instead of a stack trace.
import { chromiumFound, chromiumPath } from './chromium-path.ts';

if (!chromiumFound()) {
  console.error(
    `No Chromium at ${chromiumPath}: install it with "sudo apt-get install -y chromium fonts-noto-cjk", or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
