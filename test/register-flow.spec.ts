import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANSWERS, DEMO, expect, HAPPY_ANSWERS, pngsIn, readReport, test } from './fixtures.js';

const GSP = 'DEFMACRO SOFTWARE PRIVATE LIMITED';

test.describe('registering through a GSP', () => {
  test('creates exactly one API user with the chosen GSP, username and password', async ({
    mock,
    runFlow,
  }) => {
    const { result, questions } = await runFlow({ answers: HAPPY_ANSWERS });

    expect(result.status).toBe('registered');
    expect(mock.state().apiUsers).toEqual([
      expect.objectContaining({
        gstin: DEMO.gstin,
        gsp: GSP,
        username: 'API_acme01',
        password: DEMO.apiPassword,
      }),
    ]);
    expect(mock.state().submits).toBe(1);
    expect(questions).toHaveLength(3);

    const report = readReport(result.runDir);
    expect(report).toMatchObject({
      gstin: DEMO.gstin,
      gsp: GSP,
      apiUsername: 'API_acme01',
      dryRun: false,
      status: 'registered',
    });
    expect(report.steps.map((step) => step.name)).toEqual([
      'openPortal',
      'signIn',
      'twoFactor',
      'dashboard',
      'openCreateApiUser',
      'apiOtp',
      'throughGsp',
      'fillCredentials',
      'submit',
    ]);
    for (const step of report.steps) {
      expect(step.status).toBe('ok');
      expect(step.durationMs).toBeGreaterThanOrEqual(0);
      expect(step.screenshot && existsSync(join(result.runDir, step.screenshot))).toBe(true);
    }
    // A picture per step, and the sign-in form as filled before Login: every one named in the report.
    const named = report.steps
      .flatMap((step) => [step.earlier?.screenshot, step.screenshot])
      .filter((file) => file !== undefined);
    expect(named).toHaveLength(report.steps.length + 1);
    expect(pngsIn(result.runDir)).toEqual(named.sort());
    expect(existsSync(join(result.runDir, 'captcha.png'))).toBe(false);
    // The run log's trail of acts: each click by the map entry and screen it was made on, in order.
    const acts = readFileSync(join(result.runDir, 'run.log'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string; act?: string; element?: string; screen?: string })
      .filter((line) => line.msg === 'acted on the page');
    const clicked = acts.filter((line) => line.act === 'click').map((line) => line.element);
    expect(clicked).toEqual(
      expect.arrayContaining(['login.submit', 'dashboard.createApiUser', 'registration.submit']),
    );
    expect(clicked.indexOf('login.submit')).toBeLessThan(clicked.indexOf('dashboard.createApiUser'));
    expect(clicked.indexOf('dashboard.createApiUser')).toBeLessThan(clicked.indexOf('registration.submit'));
    expect(acts.find((line) => line.element === 'dashboard.createApiUser')?.screen).toBe(
      'the "Dash Board" page',
    );
  });

  test('stops before Submit in a dry run and leaves the portal untouched', async ({ mock, runFlow }) => {
    const { result } = await runFlow({ answers: HAPPY_ANSWERS, settings: { dryRun: true } });

    expect(result.status).toBe('dry-run');
    expect(mock.state().submits).toBe(0);
    expect(mock.state().apiUsers).toEqual([]);
    const report = readReport(result.runDir);
    expect(report.dryRun).toBe(true);
    expect(report.steps.map((step) => step.name)).not.toContain('submit');
    expect(report.steps.at(-1)?.name).toBe('fillCredentials');
    // 8 steps, and the sign-in form as filled before Login.
    expect(pngsIn(result.runDir)).toHaveLength(9);
  });

  test('asks again for each answer the portal refused', async ({ mock, runFlow }) => {
    const { result, questions, lines } = await runFlow({
      answers: ['WRONG', ANSWERS.captcha, '000000', ANSWERS.loginOtp, '111111', ANSWERS.apiOtp],
    });

    expect(result.status).toBe('registered');
    expect(questions).toHaveLength(6);
    expect(questions[0]).toMatch(/Captcha \(attempt 1 of 3/);
    expect(questions[1]).toMatch(/Captcha \(attempt 2 of 3/);
    expect(questions[2]).toMatch(/login OTP/);
    expect(questions[3]).toMatch(/login OTP/);
    expect(questions[4]).toMatch(/API registration OTP/);
    expect(questions[5]).toMatch(/API registration OTP/);
    expect(lines.join('\n')).toMatch(/refused the captcha/);
    const events = mock.state().events.map((event) => event.type);
    expect(events.filter((type) => type === 'otp-wrong')).toHaveLength(2);
    expect(mock.state().captchaImages).toBeGreaterThanOrEqual(2);
    expect(mock.state().apiUsers).toHaveLength(1);
  });

  test('ends as cancelled when the answers run out', async ({ mock, runFlow }) => {
    const { result } = await runFlow({ answers: [ANSWERS.captcha] });

    expect(result.status).toBe('cancelled');
    expect(result.error?.exitCode).toBe(130);
    expect(readReport(result.runDir).error).toMatchObject({ step: 'twoFactor', kind: 'cancelled' });
    expect(mock.state().submits).toBe(0);
  });
});

test('a run stopped at the captcha leaves no captcha picture behind', async ({ runFlow }) => {
  const { result } = await runFlow({ answers: [] });
  expect(result.status).toBe('cancelled');
  expect(readReport(result.runDir).error).toMatchObject({ step: 'signIn', kind: 'cancelled' });
  expect(existsSync(join(result.runDir, 'captcha.png'))).toBe(false);
});

test.describe('the technical-contact popup', () => {
  for (const popup of ['always', 'late', 'never'] as const) {
    test.describe(`when it shows ${popup}`, () => {
      test.use({ mockConfig: { faults: { popup } } });
      test('does not stand in the way', async ({ mock, runFlow }) => {
        const { result } = await runFlow({ answers: HAPPY_ANSWERS });
        expect(result.status).toBe('registered');
        expect(mock.state().apiUsers).toHaveLength(1);
      });
    });
  }
});

test.describe('labels that vary', () => {
  test.use({ mockConfig: { faults: { menuLabel: 'Client Credentials' } } });
  test('finds "Client Credentials" where other portals say "User Credentials"', async ({ mock, runFlow }) => {
    const { result } = await runFlow({ answers: HAPPY_ANSWERS, settings: { dryRun: true } });
    expect(result.status).toBe('dry-run');
    expect(mock.state().submits).toBe(0);
  });
});
