/**
 * The fixed sidebar of quick links beside the forms it was once taken with (issue 18 §1: a fixed
 * sidebar is not a popup, nor a list of choices), end to end through the command, one wrong
 * API OTP first: the dashboard's Create API User tile beside it (fuzz seeds 8 and 21), and a GSP
 * list drawn by Chosen or a typeahead, whose offered names are the list's, never the sidebar's
 * links (fuzz seed 19). The other parts at their default (the accessible preset), unless named.
 */
import { DEFAULT_GSP } from '../src/config.js';
import { DEMO, DEMO_ENV, DEMO_TARGET, expect, ONE_WRONG_API_OTP, test } from './fixtures.js';
import type { Forms } from './mock-portal/variants.js';

const CASES: { title: string; forms: Partial<Forms> }[] = [
  {
    title: 'beside a dashboard tile on the legacy-table markup',
    forms: { pageChrome: 'fixed-sidebar', menu: 'dashboard-link', markup: 'legacy-table' },
  },
  {
    title: 'beside a Chosen GSP list named only by its placeholder',
    forms: { pageChrome: 'fixed-sidebar', gspPicker: 'chosen', labels: 'placeholder' },
  },
  {
    title: 'beside a typeahead GSP list',
    forms: { pageChrome: 'fixed-sidebar', gspPicker: 'typeahead' },
  },
];

// The first case through the real command; the others in the worker's command host (test/in-process.ts).
for (const [index, { title, forms }] of CASES.entries()) {
  test.describe(`pageChrome=fixed-sidebar ${title}`, () => {
    test.use({ mockConfig: { variant: forms } });

    test(`registers headless, one wrong API OTP first, nothing said to cover anything${index === 0 ? ' (the real command)' : ''}`, async ({
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
      expect(mock.state().apiUsers.filter((user) => user.gstin === DEMO.gstin)).toMatchObject([
        { gsp: DEFAULT_GSP, username: `API_${DEMO.apiUsernameSuffix}`, password: DEMO.apiPassword },
      ]);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/covers/);
    });
  });
}
