/**
 * Finding and launching Chromium. Order: EINV_BROWSER_PATH, Playwright's own Chromium when it
 * is installed, then a system Chromium or Chrome. Playwright is imported lazily so that bad
 * input is reported without loading it.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright';
import { ConfigError } from './errors.js';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export interface BrowserChoice {
  /** undefined means Playwright's own installed Chromium. */
  executablePath?: string;
  source: 'EINV_BROWSER_PATH' | 'playwright' | 'system';
}

/** The choice itself, given where Playwright's own Chromium would be. */
export function pickBrowser(
  explicitPath: string | undefined,
  bundledPath: string | undefined,
): BrowserChoice {
  if (explicitPath) {
    if (!existsSync(explicitPath)) {
      throw new ConfigError([`EINV_BROWSER_PATH: no browser at ${explicitPath}`]);
    }
    return { executablePath: explicitPath, source: 'EINV_BROWSER_PATH' };
  }
  if (bundledPath && existsSync(bundledPath)) return { source: 'playwright' };
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return { executablePath: system, source: 'system' };
  throw new ConfigError([
    'no Chromium found: run `npx playwright install chromium`, install your system Chromium (e.g. `apt-get install chromium`), or set EINV_BROWSER_PATH',
  ]);
}

export async function findBrowser(explicitPath: string | undefined): Promise<BrowserChoice> {
  if (explicitPath) return pickBrowser(explicitPath, undefined);
  const { chromium } = await import('playwright');
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  return pickBrowser(undefined, bundled);
}

/**
 * Flags for a closed network: without them Chromium keeps reaching for update and sync
 * services and stalls. --no-sandbox only when running as root, where the sandbox cannot start.
 */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}

export async function launchBrowser(options: { explicitPath?: string; headless: boolean }): Promise<Browser> {
  const choice = await findBrowser(options.explicitPath);
  const { chromium } = await import('playwright');
  return chromium.launch({
    executablePath: choice.executablePath,
    headless: options.headless,
    args: chromiumArgs(),
    // The CLI handles Ctrl-C itself, closing the browser after writing the report.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
