/**
 * Every refusal and fault of the portal, switched on in the mock, driven through the real flow
 * or the command (in the test's process, test/in-process.ts; the real one where Ctrl-C is sent):
 * the exit code, the report, the mock's recorded state, and no secret in any file the run wrote.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { type ReadyConfig, registerWith } from '../flows/register-gstin.js';
import { launchBrowser } from '../src/browser.js';
import { LineHuman } from '../src/human.js';
import { DEFAULT_PASSWORD_RULE } from '../src/password.js';
import { SecretValues } from '../src/secret-values.js';
import { LineTerminal } from '../src/terminal.js';
import {
  ANSWERS,
  DEMO,
  expect,
  findSecrets,
  HAPPY_ANSWERS,
  onlyRunDir,
  processesLeftBy,
  readReport,
  SECRETS,
  test,
} from './fixtures.js';

const GSP = 'DEFMACRO SOFTWARE PRIVATE LIMITED';

/** Searches every file a run wrote, byte for byte, for every secret used. */
function expectNoSecrets(dir: string, extra: string[] = []): void {
  expect(existsSync(dir)).toBe(true);
  expect(findSecrets(dir, [...SECRETS, ...extra])).toEqual([]);
}

function expectFailure(runDir: string, step: string, kind: string) {
  const report = readReport(runDir);
  expect(report.error).toMatchObject({ step, kind });
  const failed = report.steps.at(-1);
  expect(failed).toMatchObject({ name: step, status: 'failed' });
  expect(failed?.screenshot && existsSync(join(runDir, failed.screenshot))).toBe(true);
  expect(existsSync(join(runDir, 'run.log'))).toBe(true);
  return report;
}

test.describe('refusals', () => {
  test('a wrong captcha is asked again with a fresh image, then exit 3', async ({ mock, runFlow }) => {
    const { result, questions, outDir } = await runFlow({ answers: ['AAAAA', 'BBBBB', 'CCCCC'] });
    expect(result.status).toBe('failed');
    expect(result.error?.exitCode).toBe(3);
    expect(questions).toHaveLength(3);
    expect(mock.state().captchaImages).toBeGreaterThanOrEqual(3);
    expect(expectFailure(result.runDir, 'signIn', 'refused').error?.message).toMatch(
      /captcha was refused 3 times/,
    );
    expect(mock.state().events.filter((e) => e.type === 'otp-sent')).toHaveLength(0);
    expectNoSecrets(outDir, ['AAAAA', 'BBBBB', 'CCCCC']);
  });

  test('a wrong portal password is never retried', async ({ mock, runFlow }) => {
    const { result, questions, outDir } = await runFlow({
      answers: HAPPY_ANSWERS,
      portalPassword: 'Wrong@Pass9',
    });
    expect(result.error?.exitCode).toBe(3);
    expect(questions).toHaveLength(1);
    const failures = mock.state().events.filter((e) => e.type === 'login-failed');
    expect(failures).toHaveLength(1);
    expect(expectFailure(result.runDir, 'signIn', 'refused').error?.message).toMatch(/Not retried/);
    expectNoSecrets(outDir, ['Wrong@Pass9']);
  });

  test.describe('a blocked account', () => {
    test.use({
      mockConfig: {
        accounts: [
          {
            username: 'demo_user',
            password: 'Demo@Pass1',
            gstin: '27AABCE1234F1Z5',
            tradeName: 'Demo Traders Maharashtra',
            mobile: '9876501234',
            blocked: true,
          },
        ],
      },
    });
    test('ends with the portal text, exit 3', async ({ runFlow }) => {
      const { result } = await runFlow({ answers: HAPPY_ANSWERS });
      expect(result.error?.exitCode).toBe(3);
      expect(expectFailure(result.runDir, 'signIn', 'refused').error?.message).toMatch(/blocked/);
    });
  });

  test('another GSTIN behind the login stops before any API OTP', async ({ mock, runFlow }) => {
    const { result } = await runFlow({
      answers: HAPPY_ANSWERS,
      target: { gstin: '29AABCE1234F1Z1' },
    });
    expect(result.error?.exitCode).toBe(3);
    const report = expectFailure(result.runDir, 'dashboard', 'refused');
    expect(report.error?.message).toContain('27AABCE1234F1Z5');
    expect(report.error?.message).toContain('29AABCE1234F1Z1');
    expect(
      mock.state().events.filter((e) => e.type === 'otp-sent' && e.detail?.purpose === 'api'),
    ).toHaveLength(0);
  });

  test('wrong OTPs up to the limit, then one resend on confirmation, then exit 3', async ({
    mock,
    runFlow,
  }) => {
    const { result, questions } = await runFlow({
      answers: [ANSWERS.captcha, '000001', '000002', '000003', 'y', '000004', '000005', '000006'],
    });
    expect(result.error?.exitCode).toBe(3);
    expect(questions.filter((q) => /Resend OTP/.test(q))).toHaveLength(1);
    const sent = mock.state().events.filter((e) => e.type === 'otp-sent' && e.detail?.purpose === 'login');
    expect(sent).toHaveLength(2);
    expect(expectFailure(result.runDir, 'twoFactor', 'refused').error?.message).toMatch(/already sent once/);
  });

  test('a resent OTP is accepted', async ({ mock, runFlow }) => {
    const { result } = await runFlow({
      answers: [ANSWERS.captcha, ANSWERS.loginOtp, '000001', '000002', '000003', 'y', ANSWERS.apiOtp],
      settings: { dryRun: true },
    });
    expect(result.status).toBe('dry-run');
    expect(
      mock.state().events.filter((e) => e.type === 'otp-sent' && e.detail?.purpose === 'api'),
    ).toHaveLength(2);
  });

  test.describe('already registered for the GSP', () => {
    test.use({
      mockConfig: {
        apiUsers: [
          {
            gstin: '27AABCE1234F1Z5',
            gsp: GSP,
            username: 'API_first1',
            password: 'First@Pass1',
            createdAt: '2026-01-05',
          },
        ],
      },
    });
    test('is seen in the table: exit 0, already-registered, no Submit', async ({ mock, runInProcess }) => {
      const run = await runInProcess({
        args: [
          'register',
          '--headless',
          '--portal-url',
          mock.url,
          '--gstin',
          DEMO.gstin,
          '--api-username',
          'acme01',
        ],
        env: {
          EINV_PORTAL_USERNAME: DEMO.portalUsername,
          EINV_PORTAL_PASSWORD: DEMO.portalPassword,
          EINV_API_PASSWORD: DEMO.apiPassword,
        },
        stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
      });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Already registered/);
      const report = readReport(onlyRunDir(run.outDir));
      expect(report.status).toBe('already-registered');
      expect(report.apiUsername).toBe('API_first1');
      expect(mock.state().submits).toBe(0);
      expect(mock.state().apiUsers).toHaveLength(1);
      expectNoSecrets(run.outDir, ['First@Pass1']);
    });
  });

  test.describe('a username taken by another GSTIN', () => {
    test.use({
      mockConfig: {
        apiUsers: [
          {
            gstin: '29AABCE1234F1Z1',
            gsp: GSP,
            username: 'API_acme01',
            password: 'Other@Pass1',
            createdAt: '2026-01-05',
          },
        ],
      },
    });
    test('exits 3 with the portal words and what to change', async ({ mock, runFlow }) => {
      const { result } = await runFlow({ answers: HAPPY_ANSWERS });
      expect(result.error?.exitCode).toBe(3);
      const report = expectFailure(result.runDir, 'submit', 'refused');
      expect(report.error?.message).toMatch(/User Name already exists/);
      expect(report.error?.remedy).toMatch(/--api-username/);
      expect(mock.state().apiUsers).toHaveLength(1);
    });
  });

  test.describe('a password the portal refuses', () => {
    test.use({ mockConfig: { faults: { refusePassword: true } } });
    test('exits 3 with the portal words', async ({ mock, runFlow }) => {
      const { result, outDir } = await runFlow({ answers: HAPPY_ANSWERS });
      expect(result.error?.exitCode).toBe(3);
      expect(expectFailure(result.runDir, 'submit', 'refused').error?.message).toMatch(/password policy/);
      expect(mock.state().apiUsers).toHaveLength(0);
      expectNoSecrets(outDir);
    });
  });

  test('a GSP the portal does not offer names the closest', async ({ mock, runFlow }) => {
    const { result } = await runFlow({ answers: HAPPY_ANSWERS, target: { gsp: 'Defmacro Softwares' } });
    expect(result.error?.exitCode).toBe(3);
    expect(expectFailure(result.runDir, 'fillCredentials', 'refused').error?.message).toMatch(
      /Closest names offered: "DEFMACRO SOFTWARE PRIVATE LIMITED"/,
    );
    expect(mock.state().submits).toBe(0);
  });

  test('a GSP spelt Pvt. Ltd. is chosen as the portal spells it', async ({ mock, runFlow }) => {
    const { result } = await runFlow({
      answers: HAPPY_ANSWERS,
      target: { gsp: 'vay network services private limited' },
    });
    expect(result.status).toBe('registered');
    expect(mock.state().apiUsers[0]?.gsp).toBe('Vay Network Services Pvt. Ltd.');
  });
});

test.describe('faults', () => {
  test.describe('a slow portal', () => {
    test.use({ mockConfig: { faults: { slowMs: 1500 } } });
    test('still works', async ({ mock, runFlow }) => {
      const { result } = await runFlow({ answers: HAPPY_ANSWERS });
      expect(result.status).toBe('registered');
      expect(mock.state().apiUsers).toHaveLength(1);
    });
  });

  test.describe('a portal slower than the timeout', () => {
    test.use({ mockConfig: { faults: { slowMs: 3000 } } });
    test('names the step and what it waited for, exit 4', async ({ runFlow }) => {
      const { result } = await runFlow({ answers: HAPPY_ANSWERS, settings: { timeoutMs: 1000 } });
      expect(result.error?.exitCode).toBe(4);
      const report = expectFailure(result.runDir, 'openPortal', 'timeout');
      expect(report.error?.message).toMatch(/did not answer within 1000 ms during "Open the portal"/);
    });
  });

  for (const stage of ['main-menu', 'register'] as const) {
    test.describe(`a server error at ${stage}`, () => {
      test.use({ mockConfig: { faults: { serverErrorAt: stage } } });
      test('exits 4 with a screenshot', async ({ mock, runFlow }) => {
        const { result } = await runFlow({ answers: HAPPY_ANSWERS });
        expect(result.error?.exitCode).toBe(4);
        const step = stage === 'main-menu' ? 'twoFactor' : 'apiOtp';
        expect(expectFailure(result.runDir, step, 'server-error').error?.message).toMatch(/HTTP 500/);
        expect(mock.state().submits).toBe(0);
      });
    });
  }

  test.describe('a maintenance page', () => {
    test.use({ mockConfig: { faults: { maintenanceAt: 'api-otp' } } });
    test('exits 4 naming the step and the page at once, not after a timeout', async ({ runFlow }) => {
      // A long timeout: the page is named as soon as it shows, so the run never waits it out.
      const { result } = await runFlow({ answers: HAPPY_ANSWERS, settings: { timeoutMs: 60_000 } });
      expect(result.error?.exitCode).toBe(4);
      const report = expectFailure(result.runDir, 'openCreateApiUser', 'server-error');
      expect(report.error?.message).toMatch(/maintenance page titled "Under Maintenance/);
    });
  });

  test.describe('a session that expires while the API OTP is fetched', () => {
    test.use({ mockConfig: { faults: { expireSessionAt: 'api-otp-verify' } } });
    test('is named with its step, exit 3 without a terminal', async ({ mock, runFlow }) => {
      const { result } = await runFlow({ answers: HAPPY_ANSWERS });
      expect(result.error?.exitCode).toBe(3);
      expect(expectFailure(result.runDir, 'apiOtp', 'session-expired').error?.message).toMatch(
        /session expired during "API registration OTP"/,
      );
      expect(mock.state().submits).toBe(0);
    });
  });

  test.describe('a session that expires, with a person at the terminal', () => {
    test.use({ mockConfig: { faults: { expireSessionAt: 'api-otp-verify' } } });
    test('offers a fresh login and carries on', async ({ mock, runFlow }) => {
      const { result, questions } = await runFlow({
        answers: [...HAPPY_ANSWERS, 'y', ...HAPPY_ANSWERS],
        interactive: true,
      });
      expect(result.status).toBe('registered');
      expect(questions.filter((q) => /Log in again/.test(q))).toHaveLength(1);
      expect(mock.state().events.filter((e) => e.type === 'login-ok')).toHaveLength(2);
      expect(mock.state().apiUsers).toHaveLength(1);
    });
  });

  for (const afterSubmit of ['drop', '5xx'] as const) {
    test.describe(`Submit answered by ${afterSubmit === 'drop' ? 'a dropped connection' : 'a server error'}`, () => {
      test.use({ mockConfig: { faults: { afterSubmit } } });
      test('is outcome unknown (exit 5); a second run reports already-registered', async ({
        mock,
        runFlow,
      }) => {
        const first = await runFlow({ answers: HAPPY_ANSWERS });
        expect(first.result.status).toBe('unknown');
        expect(first.result.error?.exitCode).toBe(5);
        const report = expectFailure(first.result.runDir, 'submit', 'unknown-outcome');
        expect(report.next).toMatch(/Run the same command again/);
        expect(mock.state().apiUsers).toHaveLength(1);

        mock.setFaults({ afterSubmit: undefined });
        const submitsBefore = mock.state().submits;
        const second = await runFlow({ answers: HAPPY_ANSWERS });
        expect(second.result.status).toBe('already-registered');
        expect(mock.state().apiUsers).toHaveLength(1);
        expect(mock.state().submits).toBe(submitsBefore);
        expectNoSecrets(second.outDir);
      });
    });
  }
});

test.describe('Ctrl-C', () => {
  test('while the browser is still starting: report cancelled, no bug reported', async ({
    mock,
  }, testInfo) => {
    // The CLI closes the browser on Ctrl-C; here it is closed just before the run opens its page.
    const browser = await launchBrowser({ headless: true, explicitPath: process.env.EINV_BROWSER_PATH });
    const stop = new AbortController();
    stop.abort();
    await browser.close();
    const config: ReadyConfig = {
      settings: {
        portalUrl: mock.url,
        dryRun: false,
        headless: true,
        outDir: testInfo.outputPath('runs'),
        timeoutMs: 10_000,
        captchaAttempts: 3,
        otpAttempts: 3,
        passwordRule: DEFAULT_PASSWORD_RULE,
      },
      target: {
        gstin: DEMO.gstin,
        gsp: GSP,
        apiUsernameSuffix: 'acme01',
        portalUsername: DEMO.portalUsername,
      },
      secrets: { portalPassword: DEMO.portalPassword, apiPassword: DEMO.apiPassword },
    };
    const lines: string[] = [];
    const result = await registerWith(browser, config, {
      human: new LineHuman(Readable.from([]), (line) => lines.push(line)),
      terminal: new LineTerminal((line) => lines.push(line)),
      secrets: new SecretValues(),
      signal: stop.signal,
      version: 'test',
    });
    expect(result.status).toBe('cancelled');
    expect(result.error?.exitCode).toBe(130);
    expect(readReport(result.runDir)).toMatchObject({
      status: 'cancelled',
      error: { step: 'openPortal', kind: 'cancelled' },
    });
    expect(mock.state().captchaImages).toBe(0);
  });

  test('while waiting for an OTP: browser closed, report cancelled, exit 130', async ({ mock, runCli }) => {
    const run = await runCli({
      args: [
        'register',
        '--headless',
        '--portal-url',
        mock.url,
        '--gstin',
        DEMO.gstin,
        '--api-username',
        'acme01',
      ],
      env: {
        EINV_PORTAL_USERNAME: DEMO.portalUsername,
        EINV_PORTAL_PASSWORD: DEMO.portalPassword,
        EINV_API_PASSWORD: DEMO.apiPassword,
      },
      stdin: `${ANSWERS.captcha}\n`,
      keepStdinOpen: true,
      interruptWhen: /\? login OTP/,
    });
    expect(run.code).toBe(130);
    const runDir = onlyRunDir(run.outDir);
    const report = readReport(runDir);
    expect(report.status).toBe('cancelled');
    expect(report.error).toMatchObject({ step: 'twoFactor', kind: 'cancelled' });
    // Nothing the run started outlives it; Chromium's crash handlers end just after the browser.
    await expect.poll(() => processesLeftBy(run), { timeout: 15_000 }).toEqual([]);
    expect(mock.state().submits).toBe(0);
    expectNoSecrets(run.outDir);
  });
});
