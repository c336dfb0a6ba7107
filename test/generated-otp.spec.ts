/**
 * The generator's OTP forms, end to end through the command: the mock with that one OTP
 * form and every other part at its default (the accessible preset), one wrong API OTP first,
 * then the right one. Each asserts what an operator needs (the API user registered); a form the
 * bot cannot handle yet is marked to fail with what its `unhandled` says is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectors } from '@playwright/test';
import { DEFAULT_GSP } from '../src/config.js';
import { joinedDigits } from '../src/in-page/otp.js';
import { pictureOf } from '../src/masked-screenshot.js';
import { typeIntoBoxes } from '../src/pages/digit-boxes.js';
import { registerPortalEngine } from '../src/pages/find-element.js';
import { Portal } from '../src/pages/portal.js';
import { BUILT_IN_MAP } from '../src/portal-map.js';
import { ANSWERS, DEMO, DEMO_ENV, DEMO_TARGET, expect, ONE_WRONG_API_OTP, test } from './fixtures.js';
import { maskedShare } from './mask-pixels.js';
import { OTP_FORMS } from './mock-portal/otp-forms.js';
import type { MockPortal } from './mock-portal/server.js';
import type { Dialect } from './mock-portal/types.js';

function registered(mock: MockPortal) {
  return mock.state().apiUsers.filter((user) => user.gstin === DEMO.gstin);
}

/** The API OTPs the mock sent, by the channel each went (`on opening` when the page sent it itself). */
function apiOtpsSent(mock: MockPortal): string[] {
  return mock
    .state()
    .events.filter((event) => event.type === 'otp-sent' && event.detail?.purpose === 'api')
    .map((event) => event.detail?.channel ?? 'on opening');
}

/** The run's report.json, in the one run folder the command made under `outDir`. */
function reportOf(outDir: string): { steps: { name: string; note?: string }[] } {
  const [folder] = readdirSync(outDir);
  return JSON.parse(readFileSync(join(outDir, folder ?? '', 'report.json'), 'utf8'));
}

type OtpFormName = keyof typeof OTP_FORMS;

/**
 * Every form on the accessible preset (a full-page post: a refused OTP comes back on a new page),
 * and on the bootstrap one those whose refusal leaves the page as it was (AJAX: the boxes still
 * hold the refused digits, and must be cleared before the next OTP).
 */
const CASES: { name: OtpFormName; dialect: Dialect }[] = [
  ...(Object.keys(OTP_FORMS) as OtpFormName[]).map((name) => ({ name, dialect: 'accessible' as const })),
  { name: 'digit-boxes-keydown', dialect: 'bootstrap' },
  { name: 'digit-boxes-input', dialect: 'bootstrap' },
  { name: 'send-first', dialect: 'bootstrap' },
  { name: 'sent-toast-announced', dialect: 'bootstrap' },
];

for (const { name, dialect } of CASES) {
  const form = OTP_FORMS[name];
  // The form whose request the run reports on the terminal through the real command; the others
  // in the worker's command host (test/in-process.ts).
  const real = name === 'send-first' && dialect === 'accessible';
  test.describe(`the API OTP as ${name}${dialect === 'accessible' ? '' : ` (${dialect})`}`, () => {
    test.use({ mockConfig: { dialect, variant: { otp: name } } });

    test(`registers headless, one wrong API OTP first${real ? ' (the real command)' : ''}`, async ({
      mock,
      runCli,
      runInProcess,
    }, testInfo) => {
      const missing = 'unhandled' in form ? String(form.unhandled) : undefined;
      test.fail(missing !== undefined, missing);
      const run = await (real ? runCli : runInProcess)({
        args: ['register', '--headless', '--portal-url', mock.url, ...DEMO_TARGET, '--timeout-ms', '10000'],
        env: DEMO_ENV,
        stdin: ONE_WRONG_API_OTP,
      });
      expect(run.code, run.stderr).toBe(0);
      expect(registered(mock)).toMatchObject([
        { gsp: DEFAULT_GSP, username: `API_${DEMO.apiUsernameSuffix}`, password: DEMO.apiPassword },
      ]);
      const events = mock.state().events.map((event) => event.type);
      expect(events.filter((type) => type === 'otp-wrong')).toHaveLength(1);
      if (form.render.sendFirst) {
        // Asked for by SMS (the page offers Email checked), once, and said so.
        expect(apiOtpsSent(mock)).toEqual(['SMS']);
        expect(run.stdout).toContain('Requested the API registration OTP by SMS');
        const apiOtp = reportOf(testInfo.outputPath('cli-runs')).steps.find((step) => step.name === 'apiOtp');
        expect(apiOtp?.note).toContain('by SMS');
      } else {
        expect(apiOtpsSent(mock)).toEqual(['on opening']);
      }
    });
  });
}

test.describe('the API OTP in digit boxes, ids scrambled (no id says "otp")', () => {
  test.use({
    mockConfig: { dialect: 'bootstrap', scrambleIds: true, variant: { otp: 'digit-boxes-keydown' } },
  });
  test.beforeAll(() => registerPortalEngine(selectors));

  test('every box is painted over in the pictures once typed into', async ({ browser, mock }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const portal = new Portal(page, BUILT_IN_MAP, 10_000);
    await portal.login.open(mock.url);
    await portal.login.revealForm();
    await (await portal.finder.find('login.username', 'test')).fill(DEMO.portalUsername);
    await (await portal.finder.find('login.password', 'test')).fill(DEMO.portalPassword);
    await (await portal.finder.find('login.captcha', 'test')).fill(ANSWERS.captcha);
    await portal.login.submit();
    await portal.loginOtp.waitUntilShown();
    await portal.loginOtp.verify(ANSWERS.loginOtp);
    await portal.popups.closeWhenShown();
    await portal.dashboard.waitUntilShown();
    await portal.dashboard.openCreateApiUser();
    await portal.apiOtp.waitUntilShown();

    const boxes = portal.finder.locator('apiOtp.field');
    const { boxes: order } = await portal.finder.formOf('apiOtp.field', 'the API OTP panel');
    expect(order).toHaveLength(6);
    await typeIntoBoxes(boxes, order ?? [], ANSWERS.apiOtp, {
      name: 'the OTP',
      timeout: 10_000,
      readBack: () => boxes.evaluateAll(joinedDigits, order ?? []),
    });
    const rects = await boxes.evaluateAll((els) =>
      els.map((el, index) => {
        const rect = el.getBoundingClientRect();
        return {
          id: `box ${index + 1}`,
          x: rect.left + scrollX,
          y: rect.top + scrollY,
          width: rect.width,
          height: rect.height,
        };
      }),
    );
    const png = await pictureOf(page, portal.secretFields());
    const viewer = await browser.newPage();
    const { shares } = await maskedShare(viewer, png, rects);
    await viewer.close();
    expect(shares).toEqual(Object.fromEntries(rects.map((rect) => [rect.id, 1])));
    await context.close();
  });
});
