/**
 * The generator's login entry and buttons parts (issue 18 §1 "What can be clicked"), end to end
 * through the command: the mock with one form of the part and every other part at its
 * default (the accessible preset), one wrong API OTP first. Each asserts what an operator needs
 * (the API user registered). The bot finds what can be clicked as a person does: an
 * interactive tag or role, a tabindex, an onclick, or a pointer cursor of its own.
 */

import { DEFAULT_GSP } from '../src/config.js';
import { DEMO, DEMO_ENV, DEMO_TARGET, expect, ONE_WRONG_API_OTP, test } from './fixtures.js';
import type { MockPortal } from './mock-portal/server.js';
import type { Forms } from './mock-portal/variants.js';

const CASES: { title: string; forms: Partial<Forms> }[] = [
  { title: 'login entry: a header button opens the login panel', forms: { loginEntry: 'header-panel' } },
  {
    title: 'login entry: a plain "Login" link to a separate page (issue 17 case 1)',
    forms: { loginEntry: 'link-to-page' },
  },
  {
    title: 'login entry: a "Login" link opens the login page in a new window',
    forms: { loginEntry: 'new-window' },
  },
  { title: 'login entry: the form is on the home page itself', forms: { loginEntry: 'form-on-home' } },
  { title: 'login entry: a "Login" button opens a modal holding the form', forms: { loginEntry: 'modal' } },
  { title: 'buttons: <button>', forms: { buttons: 'button' } },
  { title: 'buttons: <input type=submit>', forms: { buttons: 'input-submit' } },
  { title: 'buttons: <a class="btn">', forms: { buttons: 'a-btn' } },
  {
    title: 'buttons: plain links',
    forms: { buttons: 'plain-link' },
  },
  {
    title: 'buttons: <div>/<span> with a script-attached handler and a pointer cursor from a class',
    forms: { buttons: 'div-handler' },
  },
];

function registered(mock: MockPortal) {
  return mock.state().apiUsers.filter((user) => user.gstin === DEMO.gstin);
}

// The first case through the real command; the others in the worker's command host (test/in-process.ts).
for (const [index, { title, forms }] of CASES.entries()) {
  test.describe(title, () => {
    test.use({ mockConfig: { variant: forms } });

    test(`registers headless, one wrong API OTP first${index === 0 ? ' (the real command)' : ''}`, async ({
      mock,
      runCli,
      runInProcess,
    }) => {
      const run = await (index === 0 ? runCli : runInProcess)({
        args: ['register', '--headless', '--portal-url', mock.url, ...DEMO_TARGET, '--timeout-ms', '10000'],
        env: DEMO_ENV,
        stdin: ONE_WRONG_API_OTP,
      });
      expect(run.code, run.stderr).toBe(0);
      expect(registered(mock)).toMatchObject([
        { gsp: DEFAULT_GSP, username: `API_${DEMO.apiUsernameSuffix}`, password: DEMO.apiPassword },
      ]);
    });
  });
}
