/**
 * The portal's verdict wherever it is shown (issue 18 §1), end to end through the command (in
 * the worker's process, test/in-process.ts; the session's expiry, an exit path, through the real
 * command): the mock with one form of the message part and every other part at its default (the
 * accessible preset), one wrong API OTP first, which the bot must read as a refusal and ask
 * again. A form the bot cannot read yet is marked to fail with the reason its `unhandled` gives.
 */

import { DEFAULT_GSP } from '../src/config.js';
import {
  DEMO,
  DEMO_ENV,
  DEMO_TARGET,
  expect,
  HAPPY_ANSWERS,
  ONE_WRONG_API_OTP,
  onlyRunDir,
  readReport,
  test,
} from './fixtures.js';
import type { MockPortal } from './mock-portal/server.js';
import { type Forms, formNames, formOf } from './mock-portal/variants.js';

/** Each message form but the preset's own (the dialects' specs run those). */
const CASES: Partial<Forms>[] = formNames('message')
  .filter((name) => !['alert-on-load', 'alert-while-parsing', 'inline-class'].includes(name))
  .map((name) => ({ message: name as Forms['message'] }));

function registered(mock: MockPortal) {
  return mock.state().apiUsers.filter((user) => user.gstin === DEMO.gstin);
}

for (const forms of CASES) {
  const [part, name] = Object.entries(forms)[0] as [keyof Forms, string];
  test.describe(`${part}=${name}`, () => {
    test.use({ mockConfig: { variant: forms } });

    test('reads the refused API OTP, asks again and registers, headless', async ({ mock, runInProcess }) => {
      const unhandled = formOf(part, name)?.unhandled;
      test.fail(unhandled !== undefined, unhandled);
      const run = await runInProcess({
        args: ['register', '--headless', '--portal-url', mock.url, ...DEMO_TARGET, '--timeout-ms', '10000'],
        env: DEMO_ENV,
        stdin: ONE_WRONG_API_OTP,
      });
      expect(run.code, run.stderr).toBe(0);
      expect(`${run.stdout}${run.stderr}`).toMatch(/refused the API registration OTP/);
      expect(registered(mock)).toMatchObject([
        { gsp: DEFAULT_GSP, username: `API_${DEMO.apiUsernameSuffix}`, password: DEMO.apiPassword },
      ]);
    });
  });
}

/**
 * Session expiry in the forms the generator adds to the redirect and the alert (test/verdicts.spec.ts
 * runs those): after the API OTP, on a page (accessible) and in an AJAX step (bootstrap), exit 3
 * naming the session, nothing submitted.
 */
for (const dialect of ['accessible', 'bootstrap'] as const) {
  for (const sessionExpiry of ['dialog-then-home', 'login-page-message'] as const) {
    test.describe(`${dialect}: sessionExpiry=${sessionExpiry} after the API OTP`, () => {
      test.use({
        mockConfig: { dialect, variant: { sessionExpiry }, faults: { expireSessionAt: 'api-otp-verify' } },
      });
      test('is exit 3 naming the session, not a refused OTP', async ({ mock, runCli }) => {
        const unhandled = formOf('sessionExpiry', sessionExpiry)?.unhandled;
        test.fail(unhandled !== undefined, unhandled);
        const run = await runCli({
          args: ['register', '--headless', '--portal-url', mock.url, ...DEMO_TARGET],
          env: DEMO_ENV,
          stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
        });
        expect(run.code, run.stdout + run.stderr).toBe(3);
        expect(run.stdout + run.stderr).toMatch(/session expired/);
        expect(readReport(onlyRunDir(run.outDir)).error).toMatchObject({
          step: 'apiOtp',
          kind: 'session-expired',
        });
        expect(mock.state().submits).toBe(0);
      });
    });
  }
}
