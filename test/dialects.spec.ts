/**
 * The same journey against the mock drawn in every markup dialect (accessible labels, ASP.NET
 * tables with text beside the fields, Bootstrap modals and AJAX), and with every id, name and
 * class the real portal is not known to carry scrambled per page load. The bot was not written
 * alongside these dialects: it passes only by reading the page as a person does.
 */
import {
  ANSWERS,
  DEMO,
  expect,
  type FlowOptions,
  type FlowRun,
  HAPPY_ANSWERS,
  readReport,
  test,
} from './fixtures.js';
import type { MockPortal } from './mock-portal/server.js';
import { DIALECTS, type Dialect } from './mock-portal/types.js';

const GSP = 'DEFMACRO SOFTWARE PRIVATE LIMITED';

/** An API user registered for the GSP before the run. */
const REGISTERED = {
  gstin: DEMO.gstin,
  gsp: GSP,
  username: 'API_first1',
  password: 'First@Pass1',
  createdAt: '2026-01-05',
};

/** The run reads the user already registered from the table, and submits nothing. */
async function readAndNotSubmitted({
  mock,
  runFlow,
}: {
  mock: MockPortal;
  runFlow: (options: FlowOptions) => Promise<FlowRun>;
}) {
  const { result } = await runFlow({ answers: HAPPY_ANSWERS });
  expect(result.status).toBe('already-registered');
  expect(mock.state().submits).toBe(0);
}

function userIn(state: { apiUsers: { gstin: string; gsp: string; username: string; password: string }[] }) {
  return state.apiUsers.filter((user) => user.gstin === DEMO.gstin);
}

for (const dialect of DIALECTS as readonly Dialect[]) {
  test.describe(`the ${dialect} dialect`, () => {
    test.use({ mockConfig: { dialect } });

    test('registers exactly one API user with the GSP, username and password', async ({ mock, runFlow }) => {
      const { result } = await runFlow({ answers: HAPPY_ANSWERS });
      expect(result.error?.message).toBeUndefined();
      expect(result.status).toBe('registered');
      expect(userIn(mock.state())).toMatchObject([
        { gsp: GSP, username: 'API_acme01', password: DEMO.apiPassword },
      ]);
      const report = readReport(result.runDir);
      expect(report.steps.map((step) => step.status)).toEqual(Array(9).fill('ok'));
      expect(report.steps.find((step) => step.name === 'twoFactor')?.shows).toBe('the "Dash Board" page');
    });

    test('a dry run fills everything and submits nothing', async ({ mock, runFlow }) => {
      const { result } = await runFlow({ answers: HAPPY_ANSWERS, settings: { dryRun: true } });
      expect(result.status).toBe('dry-run');
      expect(mock.state().submits).toBe(0);
      expect(readReport(result.runDir).steps).toHaveLength(8);
    });

    test('a wrong captcha and wrong OTPs are asked again, then it registers', async ({ mock, runFlow }) => {
      const { result, lines } = await runFlow({
        answers: ['WRONG', ANSWERS.captcha, '000000', ANSWERS.loginOtp, '111111', ANSWERS.apiOtp],
      });
      expect(result.status).toBe('registered');
      expect(lines.filter((line) => /refused the captcha/.test(line))).toHaveLength(1);
      expect(lines.filter((line) => /refused the login OTP/.test(line))).toHaveLength(1);
      expect(lines.filter((line) => /refused the API registration OTP/.test(line))).toHaveLength(1);
      expect(userIn(mock.state())).toHaveLength(1);
    });

    test.describe('already registered for the GSP', () => {
      test.use({
        mockConfig: {
          dialect,
          apiUsers: [REGISTERED],
        },
        extraSecrets: ['First@Pass1'],
      });
      test('is read from the table: no Submit', readAndNotSubmitted);

      // The bootstrap dialect fills the table (and the list of GSPs) from a call the page makes as
      // the form shows: a slow answer draws the row well after the form, and it must still be read.
      test.describe('with a table the page fills late', () => {
        test.use({
          mockConfig: {
            dialect,
            faults: { slowMs: 600 },
            apiUsers: [REGISTERED],
          },
        });
        test('is read once the page has drawn it: no Submit', readAndNotSubmitted);
      });
    });

    test.describe('Submit answered by a dropped connection', () => {
      test.use({ mockConfig: { dialect, faults: { afterSubmit: 'drop' } } });
      test('is outcome unknown (exit 5)', async ({ mock, runFlow }) => {
        const { result } = await runFlow({ answers: HAPPY_ANSWERS, settings: { timeoutMs: 5000 } });
        expect(result.status).toBe('unknown');
        expect(result.error?.exitCode).toBe(5);
        // Created once (the browser itself may resend a POST whose connection was cut).
        expect(userIn(mock.state())).toHaveLength(1);
      });
    });

    test.describe('a session that expires at the API OTP', () => {
      test.use({ mockConfig: { dialect, faults: { expireSessionAt: 'api-otp-verify' } } });
      test('is an expired session (exit 3), not a wrong OTP', async ({ mock, runFlow }) => {
        const { result, questions } = await runFlow({ answers: HAPPY_ANSWERS });
        expect(result.error?.kind).toBe('session-expired');
        expect(result.error?.exitCode).toBe(3);
        expect(questions.some((q) => /Resend OTP/.test(q))).toBe(false);
        expect(mock.state().submits).toBe(0);
      });
    });

    test.describe('with scrambled ids', () => {
      test.use({ mockConfig: { dialect, scrambleIds: true } });
      test('still registers, by what a person reads', async ({ mock, runFlow }) => {
        const { result } = await runFlow({ answers: HAPPY_ANSWERS });
        expect(result.error?.message).toBeUndefined();
        expect(result.status).toBe('registered');
        expect(userIn(mock.state())).toMatchObject([
          { gsp: GSP, username: 'API_acme01', password: DEMO.apiPassword },
        ]);
      });
    });
  });
}
