/**
 * Finding and launching Chromium. Order: EINV_BROWSER_PATH, Playwright's own Chromium when it
 * is installed, then a system Chromium or Chrome; on a machine with none of them, Playwright's
 * own Chromium is downloaded (`npx playwright install chromium`) once, and only where that is
 * impossible does the run stop, naming the ways to get one. Playwright is imported lazily so that
 * bad input is reported without loading it.
 *
 * Also whether the browser gets a window: on Linux without a display (over SSH, in a container)
 * a headed Chromium cannot start, which is known before launching.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, LaunchOptions, Page } from 'playwright';
import type { Env } from './config.js';
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

export const NO_BROWSER =
  'no Chromium found: run `npx playwright install chromium`, install your system Chromium (e.g. `apt-get install chromium`), or set EINV_BROWSER_PATH';

export interface BrowserChoice {
  /** undefined means Playwright's own installed Chromium. */
  executablePath?: string;
  source: 'EINV_BROWSER_PATH' | 'playwright' | 'system';
}

export interface BrowserSearch {
  explicitPath?: string;
  /** Where Playwright's own Chromium is or would be; undefined when Playwright has none for this platform. */
  bundledPath?: string;
  env?: Env;
  /** Whether a download of Playwright's Chromium was already tried (and so failed). */
  installTried?: boolean;
  exists?: (path: string) => boolean;
}

/** What to do about the browser: use the one found, download Playwright's, or stop with why. */
export type BrowserNeed =
  | { kind: 'found'; choice: BrowserChoice }
  | { kind: 'install' }
  | { kind: 'missing'; problem: string };

export function browserNeed(search: BrowserSearch): BrowserNeed {
  const exists = search.exists ?? existsSync;
  const { explicitPath, bundledPath, env = {} } = search;
  if (explicitPath) {
    // A browser named by the operator is used or reported, never replaced by a download.
    if (!exists(explicitPath))
      return { kind: 'missing', problem: `EINV_BROWSER_PATH: no browser at ${explicitPath}` };
    return { kind: 'found', choice: { executablePath: explicitPath, source: 'EINV_BROWSER_PATH' } };
  }
  if (bundledPath && exists(bundledPath)) return { kind: 'found', choice: { source: 'playwright' } };
  const system = SYSTEM_BROWSERS.find((path) => exists(path));
  if (system) return { kind: 'found', choice: { executablePath: system, source: 'system' } };
  if (search.installTried)
    return { kind: 'missing', problem: `${NO_BROWSER} (the download of Playwright's Chromium failed)` };
  if (!bundledPath)
    return {
      kind: 'missing',
      problem: `${NO_BROWSER} (Playwright has no Chromium of its own for this system)`,
    };
  if (flagOn(env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD))
    return {
      kind: 'missing',
      problem: `${NO_BROWSER} (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD forbids a download)`,
    };
  return { kind: 'install' };
}

function flagOn(value: string | undefined): boolean {
  return value !== undefined && value !== '' && !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

/** The choice itself, given where Playwright's own Chromium would be; no download. */
export function pickBrowser(
  explicitPath: string | undefined,
  bundledPath: string | undefined,
): BrowserChoice {
  const need = browserNeed({ explicitPath, bundledPath });
  if (need.kind === 'found') return need.choice;
  throw new ConfigError([need.kind === 'missing' ? need.problem : NO_BROWSER]);
}

/**
 * Playwright, loaded with `require`. It is CommonJS: `import('playwright')` first has Node's
 * cjs-module-lexer scan its multi-megabyte bundle for export names, which the profile of a run's
 * start-up showed at ~130 ms of the ~400 ms the import takes, all before the browser can launch.
 */
export function loadPlaywright(): typeof import('playwright') {
  return createRequire(import.meta.url)('playwright') as typeof import('playwright');
}

/** Where Playwright keeps (or would keep) its own Chromium; undefined when it has none for this system. */
export async function bundledChromiumPath(): Promise<string | undefined> {
  const { chromium } = loadPlaywright();
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * `npx playwright install chromium`, through the Playwright this package depends on (no npx
 * look-up), its progress bar on standard error so that standard output keeps the run's lines.
 * True when it succeeded.
 */
export function installPlaywrightChromium(): Promise<boolean> {
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve('playwright/package.json')), 'cli.js');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'install', 'chromium'], { stdio: ['ignore', 2, 2] });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}

export interface EnsureOptions {
  env?: Env;
  bundledPath?: () => Promise<string | undefined>;
  install?: () => Promise<boolean>;
  exists?: (path: string) => boolean;
  /** Where the one line announcing a download goes. */
  say?: (line: string) => void;
}

/**
 * The browser to use, downloading Playwright's Chromium first when the machine has none and the
 * download is possible. Throws a ConfigError naming the ways to get a browser otherwise.
 */
export async function ensureBrowser(
  explicitPath: string | undefined,
  options: EnsureOptions = {},
): Promise<BrowserChoice> {
  const { env = process.env, exists, say = (line) => process.stderr.write(`${line}\n`) } = options;
  const bundledPath = explicitPath ? undefined : await (options.bundledPath ?? bundledChromiumPath)();
  let need = browserNeed({ explicitPath, bundledPath, env, exists });
  if (need.kind === 'install') {
    say("No Chromium found on this machine: downloading Playwright's own (npx playwright install chromium).");
    await (options.install ?? installPlaywrightChromium)();
    need = browserNeed({ explicitPath, bundledPath, env, exists, installTried: true });
  }
  if (need.kind === 'found') return need.choice;
  throw new ConfigError([need.kind === 'missing' ? need.problem : NO_BROWSER]);
}

/** The browser for a run: found, or downloaded on first use. */
export function findBrowser(
  explicitPath: string | undefined,
  env: Env = process.env,
): Promise<BrowserChoice> {
  return ensureBrowser(explicitPath, { env });
}

/**
 * The Chromium features Playwright 1.65 turns off by its own `--disable-features`. Chromium reads
 * only the last `--disable-features` it is given, and ours comes after Playwright's, so it repeats
 * them (test/unit/chromium-flags.spec.ts checks this list against the installed Playwright's).
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
] as const;

/**
 * The address bar's suggestions drawn as web pages: every window preloads two of them (Chromium
 * 156, `chrome://omnibox-popup.top-chrome/` and its "AI mode" page), each a renderer running its
 * scripts and a blinking caret for a bar nobody types in: a fifth of a headless run's CPU on the
 * mock (bench: 37 against 30 CPU-seconds for 12 runs). Without them the bar's suggestions are
 * Chromium's own drawn ones, as before.
 */
export const OWN_DISABLED_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
] as const;

/**
 * Flags for a closed network: without them Chromium keeps reaching for update and sync
 * services and stalls. --no-sandbox only when running as root, where the sandbox cannot start.
 * The features turned off are Playwright's and ours (above).
 */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OWN_DISABLED_FEATURES].join(',')}`,
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}

/**
 * HTTPS_PROXY (or https_proxy) as the browser's proxy: Chromium does not read it by itself.
 * Its user and password go apart (Chromium takes none in the address); NO_PROXY becomes the
 * bypass list. Loopback addresses always bypass it, since Playwright otherwise sends them through
 * the proxy too: the real portal is never local, a mock portal always is.
 */
export function browserProxy(env: Env = process.env): LaunchOptions['proxy'] {
  const value = env.HTTPS_PROXY || env.https_proxy;
  if (!value) return undefined;
  const bypass = ['localhost', '127.0.0.1', '[::1]', ...(env.NO_PROXY || env.no_proxy || '').split(',')]
    .map((entry) => entry.trim())
    .filter(Boolean)
    .join(',');
  let url: URL;
  try {
    url = new URL(value.includes('://') ? value : `http://${value}`);
  } catch {
    return { server: value, bypass };
  }
  return {
    server: `${url.protocol}//${url.host}`,
    bypass,
    ...(url.username
      ? { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
      : {}),
  };
}

/** Whether a browser window can be opened here: on Linux and the BSDs only with an X or Wayland display. */
export function hasDisplay(env: Env, platform: NodeJS.Platform = process.platform): boolean {
  if (!['linux', 'freebsd', 'openbsd', 'netbsd'].includes(platform)) return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export interface WindowChoice {
  headless: boolean;
  /** One line for the operator when the choice is not the one they would expect. */
  notice?: string;
}

/**
 * Window or not, decided before the browser starts. Without a display the default (a window) is
 * quietly replaced by no window, with a notice; an explicit `--headed` is refused instead, with
 * the ways to have a window or to do without. `command` names the command in that remedy.
 */
export function chooseWindow(
  settings: { headless: boolean; headed?: boolean },
  env: Env,
  command: string,
  platform: NodeJS.Platform = process.platform,
): WindowChoice {
  if (settings.headless || hasDisplay(env, platform)) return { headless: settings.headless };
  if (settings.headed) {
    throw new ConfigError([
      `--headed (EINV_HEADED) asks for a browser window, but there is no display here (DISPLAY and WAYLAND_DISPLAY are unset, as over SSH): run with --headless (the captcha is shown in the terminal), or give the browser a virtual display: xvfb-run -a einv-gsp ${command} …`,
    ]);
  }
  return {
    headless: true,
    notice:
      'No display here (DISPLAY and WAYLAND_DISPLAY are unset): the browser runs without a window, as with --headless.',
  };
}

export async function launchBrowser(options: {
  explicitPath?: string;
  headless: boolean;
  env?: Env;
}): Promise<Browser> {
  const env = options.env ?? process.env;
  const choice = await findBrowser(options.explicitPath, env);
  const { chromium } = loadPlaywright();
  return chromium.launch({
    executablePath: choice.executablePath,
    headless: options.headless,
    args: chromiumArgs(),
    proxy: browserProxy(env),
    // The CLI handles Ctrl-C itself, closing the browser after writing the report.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/**
 * Abandons whatever the page is still loading. A navigation left pending (a portal that never
 * answers) holds every later screenshot and page query until its own timeout: a failed step's
 * picture is of what the page shows now, not of what it may show later.
 */
export async function stopLoading(page: Page): Promise<void> {
  if (page.isClosed()) return;
  try {
    const session = await page.context().newCDPSession(page);
    await session.send('Page.stopLoading');
    await session.detach();
  } catch {
    // Not Chromium, or the page went away: nothing is pending then, or nothing can be done.
  }
}
