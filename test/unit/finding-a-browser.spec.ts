/**
 * Which browser a run gets, and whether with a window: the decisions alone, on made-up
 * machines (no browser is downloaded or started here).
 */
import { expect, test } from '@playwright/test';
import { browserNeed, browserProxy, chooseWindow, ensureBrowser } from '../../src/browser.js';
import { ConfigError } from '../../src/errors.js';
import { problems } from './config-problems.js';

const BUNDLED = '/home/op/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
/** A machine holding exactly these files. */
const machine =
  (...files: string[]) =>
  (path: string) =>
    files.includes(path);

test.describe('finding a browser', () => {
  const cases: [string, Parameters<typeof browserNeed>[0], ReturnType<typeof browserNeed>][] = [
    [
      'EINV_BROWSER_PATH first',
      { explicitPath: '/opt/chrome', bundledPath: BUNDLED, exists: machine('/opt/chrome', BUNDLED) },
      { kind: 'found', choice: { executablePath: '/opt/chrome', source: 'EINV_BROWSER_PATH' } },
    ],
    [
      'a missing EINV_BROWSER_PATH is reported, never replaced by a download',
      { explicitPath: '/opt/chrome', bundledPath: BUNDLED, exists: machine() },
      { kind: 'missing', problem: 'EINV_BROWSER_PATH: no browser at /opt/chrome' },
    ],
    [
      "Playwright's own Chromium next",
      { bundledPath: BUNDLED, exists: machine(BUNDLED, '/usr/bin/chromium') },
      { kind: 'found', choice: { source: 'playwright' } },
    ],
    [
      "the system's Chromium next",
      { bundledPath: BUNDLED, exists: machine('/usr/bin/chromium') },
      { kind: 'found', choice: { executablePath: '/usr/bin/chromium', source: 'system' } },
    ],
    ["none: download Playwright's", { bundledPath: BUNDLED, exists: machine() }, { kind: 'install' }],
  ];
  for (const [behaviour, search, need] of cases) {
    test(behaviour, () => {
      expect(browserNeed(search)).toEqual(need);
    });
  }

  const impossible: [string, Parameters<typeof browserNeed>[0], RegExp][] = [
    [
      'after a download that failed',
      { bundledPath: BUNDLED, exists: machine(), installTried: true },
      /download of Playwright's Chromium failed/,
    ],
    ['where Playwright has no Chromium for the system', { exists: machine() }, /no Chromium of its own/],
    [
      'where downloads are switched off',
      { bundledPath: BUNDLED, exists: machine(), env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } },
      /PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD/,
    ],
  ];
  for (const [when, search, why] of impossible) {
    test(`no download ${when}: the ways to get a browser are named`, () => {
      const need = browserNeed(search);
      expect(need.kind).toBe('missing');
      const problem = need.kind === 'missing' ? need.problem : '';
      expect(problem).toMatch(why);
      expect(problem).toContain('apt-get install chromium');
      expect(problem).toContain('EINV_BROWSER_PATH');
    });
  }

  test('a machine without a browser gets one downloaded, once, then uses it', async () => {
    const files: string[] = [];
    let downloads = 0;
    const said: string[] = [];
    const choice = await ensureBrowser(undefined, {
      env: {},
      bundledPath: async () => BUNDLED,
      exists: (path) => files.includes(path),
      install: async () => {
        downloads += 1;
        files.push(BUNDLED);
        return true;
      },
      say: (line) => said.push(line),
    });
    expect(choice).toEqual({ source: 'playwright' });
    expect(downloads).toBe(1);
    expect(said.join('\n')).toMatch(/npx playwright install chromium/);
  });

  test('a download that fails stops the run with the clear message (exit 2)', async () => {
    let downloads = 0;
    const stop = await ensureBrowser(undefined, {
      env: {},
      bundledPath: async () => BUNDLED,
      exists: machine(),
      install: async () => {
        downloads += 1;
        return false;
      },
      say: () => undefined,
    }).catch((error: unknown) => error);
    expect(downloads).toBe(1);
    expect(stop).toBeInstanceOf(ConfigError);
    expect((stop as ConfigError).exitCode).toBe(2);
    expect((stop as ConfigError).message).toMatch(/apt-get install chromium.*EINV_BROWSER_PATH/);
  });

  test('a machine with a browser downloads nothing', async () => {
    const choice = await ensureBrowser(undefined, {
      env: {},
      bundledPath: async () => BUNDLED,
      exists: machine('/usr/bin/chromium'),
      install: async () => {
        throw new Error('no download expected');
      },
    });
    expect(choice.source).toBe('system');
  });
});

test.describe('a window or not', () => {
  const noDisplay = { PATH: '/usr/bin' };
  test('with a display, as asked', () => {
    expect(chooseWindow({ headless: false }, { DISPLAY: ':0' }, 'register', 'linux')).toEqual({
      headless: false,
    });
    expect(chooseWindow({ headless: false }, { WAYLAND_DISPLAY: 'wayland-0' }, 'register', 'linux')).toEqual({
      headless: false,
    });
    expect(chooseWindow({ headless: true }, { DISPLAY: ':0' }, 'register', 'linux')).toEqual({
      headless: true,
    });
  });

  test('without a display the default becomes headless, with a one-line notice', () => {
    const choice = chooseWindow({ headless: false }, noDisplay, 'register', 'linux');
    expect(choice.headless).toBe(true);
    expect(choice.notice).toMatch(/^No display here .* without a window/);
    expect(choice.notice).not.toContain('\n');
    expect(chooseWindow({ headless: true }, noDisplay, 'register', 'linux')).toEqual({ headless: true });
  });

  test('without a display an explicit --headed stops before the browser, with both ways out', () => {
    const listed = problems(() =>
      chooseWindow({ headless: false, headed: true }, noDisplay, 'batch', 'linux'),
    );
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatch(/--headless/);
    expect(listed[0]).toMatch(/xvfb-run -a einv-gsp batch/);
  });

  test('macOS and Windows always have a window server', () => {
    expect(chooseWindow({ headless: false, headed: true }, noDisplay, 'register', 'darwin')).toEqual({
      headless: false,
    });
    expect(chooseWindow({ headless: false }, noDisplay, 'register', 'win32')).toEqual({ headless: false });
  });
});

test.describe('the proxy the browser is given', () => {
  test('none without HTTPS_PROXY', () => {
    expect(browserProxy({})).toBeUndefined();
  });

  test('HTTPS_PROXY, its credentials apart, NO_PROXY and the loopback addresses bypassed', () => {
    expect(
      browserProxy({
        HTTPS_PROXY: 'http://me:p%40ss@proxy.example:3128',
        NO_PROXY: '.corp.example, intranet',
      }),
    ).toEqual({
      server: 'http://proxy.example:3128',
      bypass: 'localhost,127.0.0.1,[::1],.corp.example,intranet',
      username: 'me',
      password: 'p@ss',
    });
  });

  test('the lower-case spelling and an address without a scheme', () => {
    expect(browserProxy({ https_proxy: 'proxy.example:8080' })).toEqual({
      server: 'http://proxy.example:8080',
      bypass: 'localhost,127.0.0.1,[::1]',
    });
  });
});
