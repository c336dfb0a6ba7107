/**
 * What a person reads when something fails: Playwright's messages without their colour codes
 * and call logs, and a portal that cannot be reached named for what it is, with its remedy.
 */
import { expect, test } from '@playwright/test';
import { cleanMessage, unreachable, withoutEscapes } from '../../src/failure-text.js';

const ESC = '\x1b';

/** As Playwright writes them: a first line, then a dimmed call log. */
const GOTO_REFUSED = `page.goto: net::ERR_CONNECTION_REFUSED at http://127.0.0.1:45999/
Call log:
${ESC}[2m  - navigating to "http://127.0.0.1:45999/", waiting until "domcontentloaded"${ESC}[22m
`;

const LAUNCH_WITHOUT_DISPLAY = `browserType.launch: Target page, context or browser has been closed
Browser logs:

╔════════════════════════════════════════════════════════════╗
║ Looks like you launched a headed browser without having a XServer running. ║
╚════════════════════════════════════════════════════════════╝
Call log:
${ESC}[2m  - <launching> /usr/bin/chromium --no-sandbox${ESC}[22m`;

test.describe('cleanMessage', () => {
  const cases: [string, unknown, string][] = [
    [
      'drops the call log and its colour codes',
      new Error(GOTO_REFUSED),
      'page.goto: net::ERR_CONNECTION_REFUSED at http://127.0.0.1:45999/',
    ],
    [
      'drops browser logs and the boxed banner',
      new Error(LAUNCH_WITHOUT_DISPLAY),
      'browserType.launch: Target page, context or browser has been closed',
    ],
    [
      'drops the waits of a locator, fill values included',
      new Error(
        `locator.fill: Timeout 3000ms exceeded.\nCall log:\n  - waiting for getByLabel('Captcha')\n  - fill("K7PQ2")`,
      ),
      'locator.fill: Timeout 3000ms exceeded.',
    ],
    ['keeps at most three lines, on one', 'one\ntwo\n\nthree\nfour', 'one two three'],
    [
      'takes any text, colours and stack frames out',
      `${ESC}[31mTypeError: x is not a function${ESC}[39m\n    at run (/a.js:1:1)`,
      'TypeError: x is not a function',
    ],
    [
      'removes OSC sequences (a hyperlink) but keeps their text',
      `see ${ESC}]8;;https://x.test${ESC}\\the docs${ESC}]8;;${ESC}\\`,
      'see the docs',
    ],
  ];
  for (const [behaviour, input, clean] of cases) {
    test(behaviour, () => {
      expect(cleanMessage(input)).toBe(clean);
    });
  }

  test('withoutEscapes keeps the call log, as run.log does, without the codes', () => {
    const logged = withoutEscapes(GOTO_REFUSED);
    expect(logged).toContain('Call log:');
    expect(logged).toContain('  - navigating to "http://127.0.0.1:45999/"');
    expect(logged).not.toContain(ESC);
  });
});

test.describe('a portal that cannot be reached', () => {
  const context = { step: 'Open the portal', portalUrl: 'https://einvoice1.gst.gov.in' };
  const cases: [string, string, RegExp, RegExp][] = [
    [
      'DNS',
      'net::ERR_NAME_NOT_RESOLVED',
      /name einvoice1\.gst\.gov\.in could not be resolved/,
      /DNS resolves einvoice1/,
    ],
    ['no network', 'net::ERR_INTERNET_DISCONNECTED', /no network path/, /online/],
    [
      'a refused connection',
      'net::ERR_CONNECTION_REFUSED',
      /connection to einvoice1\.gst\.gov\.in:443 was refused/,
      /firewall/,
    ],
    ['a cut connection', 'net::ERR_CONNECTION_RESET', /was cut/, /firewall or a proxy/],
    ['a connection timing out', 'net::ERR_CONNECTION_TIMED_OUT', /timed out/, /dropping/],
    [
      'an untrusted certificate',
      'net::ERR_CERT_AUTHORITY_INVALID',
      /did not trust the TLS certificate/,
      /inspects HTTPS.*Do not work around/,
    ],
    [
      'a TLS failure',
      'net::ERR_SSL_PROTOCOL_ERROR',
      /secure connection \(TLS\) to einvoice1\.gst\.gov\.in could not be set up/,
      /https address/,
    ],
    [
      'a failing proxy',
      'net::ERR_PROXY_CONNECTION_FAILED',
      /the proxy \(the system proxy\) failed/,
      /HTTPS_PROXY/,
    ],
    ['a proxy tunnel refused', 'net::ERR_TUNNEL_CONNECTION_FAILED', /proxy/, /HTTPS_PROXY/],
  ];
  for (const [cause, code, message, remedy] of cases) {
    test(`${cause} (${code}) is unreachable, exit 4, with its remedy`, () => {
      const failure = unreachable(
        [new Error(`page.goto: ${code} at https://einvoice1.gst.gov.in/`)],
        context,
      );
      expect(failure?.kind).toBe('unreachable');
      expect(failure?.exitCode).toBe(4);
      expect(failure?.message).toMatch(message);
      expect(failure?.message).toContain(code);
      expect(failure?.remedy).toMatch(remedy);
      expect(failure?.remedy).toMatch(/VPN/);
      expect(`${failure?.message} ${failure?.remedy}`).not.toMatch(/portal changed|report it/i);
    });
  }

  test('a failed load seen on the page counts as much as a thrown error', () => {
    const failure = unreachable([new Error('a timeout'), 'net::ERR_NAME_NOT_RESOLVED'], context);
    expect(failure?.kind).toBe('unreachable');
  });

  test('the proxy is named without its password', () => {
    const failure = unreachable(['net::ERR_PROXY_CONNECTION_FAILED'], {
      ...context,
      proxy: 'http://me:secret@proxy.example:3128',
    });
    expect(failure?.message).toContain('http://proxy.example:3128');
    expect(`${failure?.message} ${failure?.remedy}`).not.toContain('secret');
  });

  for (const text of [
    'net::ERR_ABORTED',
    'net::ERR_INVALID_RESPONSE',
    'net::ERR_TOO_MANY_REDIRECTS',
    'Timeout 3000ms exceeded',
    'no code at all',
  ]) {
    test(`"${text}" is not unreachability`, () => {
      expect(unreachable([new Error(text)], context)).toBeUndefined();
    });
  }
});
