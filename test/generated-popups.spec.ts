/**
 * Popups, and what is fixed on the page without being one, end to end through the real command:
 * the mock with one form of the `popup` or `pageChrome` part and every other part at its
 * default (the accessible preset), one wrong API OTP first. Each asserts what an operator needs
 * (the API user registered) and which popups the run closed, by the titles its log gives: a
 * popup left open, a sidebar or cookie bar "closed", or a second popup missed all fail here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_GSP } from '../src/config.js';
import { ANSWERS, DEMO, DEMO_ENV, DEMO_TARGET, expect, onlyRunDir, test } from './fixtures.js';
import type { MockPortal } from './mock-portal/server.js';
import type { Forms } from './mock-portal/variants.js';

const WRONG_API_OTP = '111111';
const CONTACTS = 'Contacts of Technical Person';

interface Case {
  title: string;
  forms: Partial<Forms>;
  /** The titles of the popups the run closes, in order. */
  closes: string[];
  /**
   * A late popup may come when the run has left the page (the bot is on the menu for well under a
   * second): then nothing stood in the way and nothing was closed.
   */
  late?: true;
  /** While the bot cannot handle the form: what is missing. */
  missing?: string;
}

const CASES: Case[] = [
  {
    title: 'popup=dialog-role: a role=dialog in its backdrop',
    forms: { popup: 'dialog-role' },
    closes: [CONTACTS],
  },
  {
    title: 'popup=bootstrap-modal: a modal without role over a separate backdrop, then an advisory',
    forms: { popup: 'bootstrap-modal' },
    closes: [CONTACTS, 'Advisory'],
  },
  {
    title: 'popup=plain-overlay: a plain fixed div over the page',
    forms: { popup: 'plain-overlay' },
    closes: [CONTACTS],
  },
  {
    title: 'case 3, popup=panel-dimmer: a panel beside a separate dimming layer',
    forms: { popup: 'panel-dimmer' },
    closes: [CONTACTS],
  },
  {
    title: 'popup=late: the popup shows 1 to 2 s after the page',
    forms: { popup: 'late' },
    closes: [CONTACTS],
  },
  {
    title: 'popup=two-in-sequence: an advisory over the contacts popup',
    forms: { popup: 'two-in-sequence' },
    closes: ['Advisory', CONTACTS],
  },
  { title: 'popup=none: no popup at all', forms: { popup: 'none' }, closes: [] },
  {
    title: 'pageChrome=fixed-sidebar: a fixed sidebar is not a popup',
    forms: { pageChrome: 'fixed-sidebar' },
    closes: [CONTACTS],
  },
  {
    title: 'pageChrome=cookie-bar: a cookie bar above everything is not a popup',
    forms: { pageChrome: 'cookie-bar' },
    closes: [CONTACTS],
  },
];

function registered(mock: MockPortal) {
  return mock.state().apiUsers.filter((user) => user.gstin === DEMO.gstin);
}

/** The titles of the popups the run closed, in order, from its log. */
function closedPopups(runDir: string): string[] {
  return readFileSync(join(runDir, 'run.log'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { msg?: string; popup?: string })
    .filter((entry) => entry.msg?.startsWith('closing a') && entry.popup !== undefined)
    .map((entry) => entry.popup ?? '');
}

for (const { title, forms, closes, late, missing } of CASES) {
  test.describe(title, () => {
    test.use({ mockConfig: { variant: forms } });

    test('registers headless, one wrong API OTP first, closing only the popups', async ({ mock, runCli }) => {
      test.fail(missing !== undefined, missing);
      const run = await runCli({
        args: ['register', '--headless', '--portal-url', mock.url, ...DEMO_TARGET, '--timeout-ms', '10000'],
        env: DEMO_ENV,
        stdin: [ANSWERS.captcha, ANSWERS.loginOtp, WRONG_API_OTP, ANSWERS.apiOtp]
          .map((a) => `${a}\n`)
          .join(''),
      });
      expect(run.code, run.stderr).toBe(0);
      expect(registered(mock)).toMatchObject([
        { gsp: DEFAULT_GSP, username: `API_${DEMO.apiUsernameSuffix}`, password: DEMO.apiPassword },
      ]);
      const closed = closedPopups(onlyRunDir(run.outDir));
      expect(closed).toEqual(late && closed.length === 0 ? [] : closes);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/covers/);
    });
  });
}
