// What the browser scripts share: reading --name value options, and starting Debian's headless Chromium.
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';

/** The value after --name on the command line, or undefined. */
export function option(name) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  console.error('chromium is not installed: apt-get install chromium (tools/test installs it)');
  process.exit(2);
}

/** Headless Chromium; exits 2 when it is not installed. */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    // As root (the test machines) Chromium needs --no-sandbox; /dev/shm may be small in containers.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run'],
  });
}
