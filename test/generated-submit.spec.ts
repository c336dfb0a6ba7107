/**
 * The registration form's Submit as the generator draws it (issue 18): the dialect's own post, a
 * confirm() first, a Yes/No modal, AJAX, a WebForms LinkButton posting the whole page, an ASP.NET
 * UpdatePanel. Each form end to end through the command (in the worker's process,
 * test/in-process.ts), the mock drawn with that one form and every other part at its default
 * (the accessible preset), one wrong API OTP first: the API user registered with the GSP,
 * username and password given, and one Submit counted. For the forms that ask first, a refusal
 * (the username taken) is read as the refusal, exit 3 from the real command, and the question
 * was answered once: one Submit, no user created.
 */

import { DEFAULT_GSP } from '../src/config.js';
import { DEMO, DEMO_ENV, DEMO_TARGET, expect, ONE_WRONG_API_OTP, test } from './fixtures.js';
import type { MockPortal } from './mock-portal/server.js';
import { type Forms, formNames, formOf } from './mock-portal/variants.js';

const ARGS = (mock: MockPortal) => [
  'register',
  '--headless',
  '--portal-url',
  mock.url,
  ...DEMO_TARGET,
  '--timeout-ms',
  '10000',
];

function registered(mock: MockPortal) {
  return mock.state().apiUsers.filter((user) => user.gstin === DEMO.gstin);
}

for (const name of formNames('submit') as Forms['submit'][]) {
  test.describe(`submit=${name}`, () => {
    test.use({ mockConfig: { variant: { submit: name } } });

    test('registers headless, one wrong API OTP first', async ({ mock, runInProcess }) => {
      const unhandled = formOf('submit', name)?.unhandled;
      test.fail(unhandled !== undefined, unhandled);
      const run = await runInProcess({ args: ARGS(mock), env: DEMO_ENV, stdin: ONE_WRONG_API_OTP });
      expect(run.code, run.stderr).toBe(0);
      expect(registered(mock)).toMatchObject([
        { gsp: DEFAULT_GSP, username: `API_${DEMO.apiUsernameSuffix}`, password: DEMO.apiPassword },
      ]);
      expect(mock.state().submits, 'one Submit').toBe(1);
    });
  });
}

// The partial postback redraws each dialect's own panel (a WebForms page, a page filled by script).
for (const markup of ['legacy-table', 'bootstrap'] as const) {
  test.describe(`submit=update-panel on the ${markup} markup`, () => {
    test.use({ mockConfig: { variant: { markup, submit: 'update-panel' } } });

    test('registers headless, one wrong API OTP first', async ({ mock, runInProcess }) => {
      const run = await runInProcess({ args: ARGS(mock), env: DEMO_ENV, stdin: ONE_WRONG_API_OTP });
      expect(run.code, run.stderr).toBe(0);
      expect(registered(mock)).toMatchObject([
        { gsp: DEFAULT_GSP, username: `API_${DEMO.apiUsernameSuffix}` },
      ]);
      expect(mock.state().submits, 'one Submit').toBe(1);
    });
  });
}

for (const name of ['confirm', 'yes-no-modal'] as const) {
  test.describe(`submit=${name}, the username taken`, () => {
    test.use({
      mockConfig: {
        variant: { submit: name },
        apiUsers: [
          {
            gstin: '29AABCE1234F1Z1',
            gsp: DEFAULT_GSP,
            username: `API_${DEMO.apiUsernameSuffix}`,
            password: 'Other@Pass1',
            createdAt: '2024-01-02T10:00:00.000Z',
          },
        ],
      },
    });

    test('the refusal is read after the question is answered: exit 3, one Submit, no user', async ({
      mock,
      runCli,
    }) => {
      const run = await runCli({ args: ARGS(mock), env: DEMO_ENV, stdin: ONE_WRONG_API_OTP });
      expect(run.code, run.stderr).toBe(3);
      expect(run.stderr).toContain(`The portal refused the username API_${DEMO.apiUsernameSuffix}`);
      expect(registered(mock)).toEqual([]);
      expect(mock.state().submits, 'the question answered once, Submit sent once').toBe(1);
    });
  });
}
