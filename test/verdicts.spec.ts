/**
 * Verdicts read on the page as it ends up, through the command, headless, with nobody at a
 * terminal (standard input is a pipe): a session that expires before Submit is exit 3 naming
 * the session, however the portal says so; after Submit, the GSP's row with our username is
 * success whatever the message, and a message the map does not know, with no row, is exit 5
 * quoting it. The command runs in the test's process (test/in-process.ts); the first case runs
 * the real one (bin/einv-gsp.js), as a check that both end alike.
 */

import {
  type CommandRun,
  DEMO_ENV,
  DEMO_TARGET,
  expect,
  HAPPY_ANSWERS,
  onlyRunDir,
  readReport,
  test,
} from './fixtures.js';
import { DIALECTS } from './mock-portal/types.js';

function register(run: CommandRun, url: string, extra: string[] = []) {
  return run({
    args: ['register', '--headless', '--portal-url', url, ...DEMO_TARGET, ...extra],
    env: DEMO_ENV,
    stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
  });
}

/** The generator's forms of session expiry (`test/mock-portal/session-expiry-forms.ts`). */
const EXPIRY = [
  { form: 'a redirect', sessionExpiry: 'redirect' },
  { form: 'an alert, then a redirect', sessionExpiry: 'alert-then-redirect' },
] as const;

for (const dialect of DIALECTS) {
  for (const { form, sessionExpiry } of EXPIRY) {
    test.describe(`${dialect}: a session that expires after the API OTP, announced by ${form}`, () => {
      test.use({
        mockConfig: { dialect, variant: { sessionExpiry }, faults: { expireSessionAt: 'api-otp-verify' } },
      });
      const real = dialect === DIALECTS[0] && sessionExpiry === EXPIRY[0].sessionExpiry;
      test('is exit 3 naming the session, not a refused OTP', async ({ mock, runCli, runInProcess }) => {
        const run = await register(real ? runCli : runInProcess, mock.url);
        expect(run.code, run.stdout + run.stderr).toBe(3);
        expect(run.stdout + run.stderr).toMatch(/session expired/);
        expect(run.stdout + run.stderr).not.toMatch(/Resend OTP/);
        const report = readReport(onlyRunDir(run.outDir));
        expect(report.error).toMatchObject({ step: 'apiOtp', kind: 'session-expired' });
        expect(mock.state().submits).toBe(0);
      });
    });
  }
}

// Other moments: right after the login OTP (a page), and the registration form's details
// fetched by AJAX once the API OTP was accepted (the bootstrap page goes home mid-step).
const MOMENTS = [
  { dialect: 'legacy-table', stage: 'main-menu', step: 'twoFactor' },
  { dialect: 'bootstrap', stage: 'register', step: 'throughGsp' },
] as const;

for (const { dialect, stage, step } of MOMENTS) {
  for (const { form, sessionExpiry } of EXPIRY) {
    test.describe(`${dialect}: a session that expires at ${stage}, announced by ${form}`, () => {
      test.use({ mockConfig: { dialect, variant: { sessionExpiry }, faults: { expireSessionAt: stage } } });
      test('is exit 3 naming the session', async ({ mock, runInProcess }) => {
        const run = await register(runInProcess, mock.url);
        expect(run.code, run.stdout + run.stderr).toBe(3);
        const report = readReport(onlyRunDir(run.outDir));
        expect(report.error).toMatchObject({ kind: 'session-expired' });
        expect(report.error?.step).toMatch(new RegExp(`^(apiOtp|${step})$`));
        expect(mock.state().submits).toBe(0);
      });
    });
  }
}

for (const dialect of ['accessible', 'bootstrap'] as const) {
  test.describe(`${dialect}: a session that expires at Submit, announced by an alert`, () => {
    test.use({
      mockConfig: {
        dialect,
        variant: { sessionExpiry: 'alert-then-redirect' },
        faults: { expireSessionAt: 'submit' },
      },
    });
    test('is outcome unknown (exit 5), not a refusal', async ({ mock, runInProcess }) => {
      const run = await register(runInProcess, mock.url);
      expect(run.code, run.stdout + run.stderr).toBe(5);
      const report = readReport(onlyRunDir(run.outDir));
      expect(report.error).toMatchObject({ step: 'submit', kind: 'unknown-outcome' });
      expect(mock.state().apiUsers).toHaveLength(0);
    });
  });

  test.describe(`${dialect}: Submit answered in words the map does not know`, () => {
    test.describe('with the row for the GSP and our username in the table', () => {
      test.use({ mockConfig: { dialect, faults: { submitMessage: 'Request processed (ref. RG-4711).' } } });
      test('is registered', async ({ mock, runInProcess }) => {
        const run = await register(runInProcess, mock.url);
        expect(run.code, run.stdout + run.stderr).toBe(0);
        expect(readReport(onlyRunDir(run.outDir)).status).toBe('registered');
        expect(mock.state().apiUsers).toMatchObject([{ username: 'API_acme01' }]);
      });
    });

    test.describe('with no row', () => {
      const words = 'Request could not be processed (E-1042).';
      test.use({ mockConfig: { dialect, faults: { submitMessage: words, refusePassword: true } } });
      test('is outcome unknown (exit 5), quoting the words', async ({ mock, runInProcess }) => {
        const run = await register(runInProcess, mock.url, ['--timeout-ms', '5000']);
        expect(run.code, run.stdout + run.stderr).toBe(5);
        const report = readReport(onlyRunDir(run.outDir));
        expect(report.status).toBe('unknown');
        expect(report.error?.message).toContain(`"${words}"`);
        expect(mock.state().apiUsers).toHaveLength(0);
      });
    });
  });
}
