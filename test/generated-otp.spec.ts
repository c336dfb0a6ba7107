/**
 * The generator's OTP forms, end to end through the real command: the mock with that one OTP
 * form and every other part at its default (the accessible preset), one wrong API OTP first,
 * then the right one. Each asserts what an operator needs (the API user registered); a form the
 * bot cannot handle yet is marked to fail with what its `unhandled` says is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_GSP } from '../src/config.js';
import { ANSWERS, DEMO, DEMO_ENV, DEMO_TARGET, expect, test } from './fixtures.js';
import { OTP_FORMS } from './mock-portal/otp-forms.js';
import type { MockPortal } from './mock-portal/server.js';

const WRONG_API_OTP = '111111';

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

for (const [name, form] of Object.entries(OTP_FORMS) as [
  keyof typeof OTP_FORMS,
  (typeof OTP_FORMS)[keyof typeof OTP_FORMS],
][]) {
  test.describe(`the API OTP as ${name}`, () => {
    test.use({ mockConfig: { variant: { otp: name } } });

    test('registers headless, one wrong API OTP first', async ({ mock, runCli }, testInfo) => {
      const missing = 'unhandled' in form ? String(form.unhandled) : undefined;
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
