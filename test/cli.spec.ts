import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  ANSWERS,
  DEMO,
  DEMO_ENV,
  expect,
  HAPPY_ANSWERS,
  onlyRunDir,
  pngsIn,
  readReport,
  SECRETS,
  test,
} from './fixtures.js';

test.describe('the einv-gsp command', () => {
  test('registers with piped answers and exits 0', async ({ mock, runCli }) => {
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
      env: DEMO_ENV,
      stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
    });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Registered: API user API_acme01/);
    expect(run.stdout).toMatch(/\[9\/9\] Submit/);
    const runDir = onlyRunDir(run.outDir);
    expect(run.stdout).toContain(`Run folder: ${runDir}`);
    const report = readReport(runDir);
    expect(report.status).toBe('registered');
    // 9 steps, and the sign-in form as filled before Login.
    expect(pngsIn(runDir)).toHaveLength(10);
    expect(mock.state().apiUsers).toEqual([
      expect.objectContaining({ gstin: DEMO.gstin, username: 'API_acme01', password: DEMO.apiPassword }),
    ]);
    expect(statSync(join(runDir, 'report.json')).mode & 0o077).toBe(0);
    for (const secret of SECRETS) expect(run.stdout + run.stderr).not.toContain(secret);
  });

  test('a dry run exits 0 with the screenshots and no submit', async ({ mock, runCli }) => {
    const run = await runCli({
      args: [
        'register',
        '--headless',
        '--dry-run',
        '--portal-url',
        mock.url,
        '--gstin',
        DEMO.gstin,
        '--api-username',
        'acme01',
      ],
      env: DEMO_ENV,
      stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
    });
    expect(run.code).toBe(0);
    expect(readReport(onlyRunDir(run.outDir)).status).toBe('dry-run');
    expect(mock.state().submits).toBe(0);
  });

  test('a wrong GSTIN check character exits 2 before any browser starts', async ({ runCli }) => {
    const started = Date.now();
    const run = await runCli({
      args: [
        'register',
        '--gstin',
        '27AABCE1234F1Z6',
        '--api-username',
        'acme01',
        '--portal-url',
        'http://127.0.0.1:9',
      ],
      env: { ...DEMO_ENV, EINV_BROWSER_PATH: '/nonexistent/chromium' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/GSTIN .*check character is 6 but should be 5/);
    expect(existsSync(run.outDir)).toBe(false);
    test.info().annotations.push({ type: 'elapsed-ms', description: String(Date.now() - started) });
  });

  test('missing secrets without a terminal exit 2, naming each', async ({ runCli }) => {
    const run = await runCli({ args: ['register', '--gstin', DEMO.gstin, '--api-username', 'acme01'] });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing EINV_PORTAL_USERNAME, EINV_PORTAL_PASSWORD, EINV_API_PASSWORD/);
  });

  test('an unknown flag exits 2 and passwords are not taken as flags', async ({ runCli }) => {
    const run = await runCli({ args: ['register', '--api-password', 'Secret@123'] });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--api-password/);
  });

  test('ends as cancelled (130) when stdin ends before an answer', async ({ mock, runCli }) => {
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
      env: DEMO_ENV,
      stdin: `${ANSWERS.captcha}\n`,
    });
    expect(run.code).toBe(130);
    const report = readReport(onlyRunDir(run.outDir));
    expect(report.status).toBe('cancelled');
    expect(readFileSync(join(onlyRunDir(run.outDir), 'run.log'), 'utf8')).not.toContain(ANSWERS.captcha);
  });
});
