/**
 * The generator's part "menu", end to end through the command: each form of the way to
 * "Create API User" (a click-toggled accordion, a hover flyout, a sliding treeview, a navbar
 * dropdown whose submenu opens under the pointer, a tile on the dashboard), every other part
 * at its default (the accessible preset), one wrong API OTP first.
 */
import { DEFAULT_GSP } from '../src/config.js';
import { DEMO, DEMO_ENV, DEMO_TARGET, expect, ONE_WRONG_API_OTP, test } from './fixtures.js';
import type { MockPortal } from './mock-portal/server.js';
import { type Forms, formNames } from './mock-portal/variants.js';

function registered(mock: MockPortal) {
  return mock.state().apiUsers.filter((user) => user.gstin === DEMO.gstin);
}

test('the menu forms tested here are every menu form the generator draws', () => {
  expect(formNames('menu')).toEqual([
    'accordion',
    'hover-flyout',
    'treeview',
    'navbar-dropdown',
    'dashboard-link',
  ]);
});

// The first form through the real command; the others in the worker's command host (test/in-process.ts).
for (const [index, menu] of (formNames('menu') as Forms['menu'][]).entries()) {
  test.describe(`menu=${menu}`, () => {
    test.use({ mockConfig: { variant: { menu } } });

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
