/**
 * The registration form's widgets that the generator draws (issue 18): how its fields are
 * named, the registration type, the GSP picker. Each form end to end through the command,
 * the mock drawn with that one form and every other part at its default (the accessible
 * preset), one wrong API OTP first. Each asserts what an operator needs: the API user
 * registered with the GSP, username and password given. A form the bot cannot handle yet
 * carries `unhandled` (see test/mock-portal/README.md), and its case is expected to fail for
 * that reason; once the bot handles it, the mark goes and the case must pass.
 */

import { DEFAULT_GSP } from '../src/config.js';
import { DEMO, DEMO_ENV, DEMO_TARGET, expect, ONE_WRONG_API_OTP, test } from './fixtures.js';
import type { MockPortal } from './mock-portal/server.js';
import { formNames, formOf, type Part, PRESETS } from './mock-portal/variants.js';

const PARTS: Part[] = ['labels', 'registrationType', 'gspPicker'];

function registered(mock: MockPortal) {
  return mock.state().apiUsers.filter((user) => user.gstin === DEMO.gstin);
}

const CASES = PARTS.flatMap((part) =>
  formNames(part)
    .filter((form) => form !== PRESETS.accessible[part])
    .map((name) => ({ part, name })),
);

// The first form through the real command; the others in the worker's command host (test/in-process.ts).
for (const [index, { part, name }] of CASES.entries()) {
  test.describe(`${part}=${name}`, () => {
    test.use({ mockConfig: { variant: { [part]: name } } });

    test(`registers headless, one wrong API OTP first${index === 0 ? ' (the real command)' : ''}`, async ({
      mock,
      runCli,
      runInProcess,
    }) => {
      const unhandled = formOf(part, name)?.unhandled;
      test.fail(unhandled !== undefined, unhandled);
      const run = await (index === 0 ? runCli : runInProcess)({
        args: ['register', '--headless', '--portal-url', mock.url, ...DEMO_TARGET, '--timeout-ms', '10000'],
        env: DEMO_ENV,
        stdin: ONE_WRONG_API_OTP,
      });
      expect(run.code, run.stderr).toBe(0);
      expect(registered(mock)).toMatchObject([
        { gsp: DEFAULT_GSP, username: `API_${DEMO.apiUsernameSuffix}`, password: DEMO.apiPassword },
      ]);
      expect(mock.state().submits, 'one Submit, no postback counted as one').toBe(1);
    });
  });
}
