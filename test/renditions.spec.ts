/**
 * The real command on the independent renditions of the portal (test/renditions/, issue 18):
 * portals written from einvoice1.md and the guide alone, by someone who had not read the mock
 * or the bot. On each, a dry run (every step ok, nothing submitted) and a registration with one
 * wrong API OTP first (exactly one API user, with the GSP, username and password given).
 */
import { DEFAULT_GSP } from '../src/config.js';
import { expect, onlyRunDir, readReport, test } from './fixtures.js';
import { ACCOUNT, ANSWERS, type Rendition } from './renditions/common.js';
import { RENDITIONS } from './renditions/index.js';

const API_PASSWORD = 'Rend@Pass12';
const SUFFIX = 'rend01';
const WRONG_API_OTP = '111111';
const ENV = {
  EINV_PORTAL_USERNAME: ACCOUNT.username,
  EINV_PORTAL_PASSWORD: ACCOUNT.password,
  EINV_API_PASSWORD: API_PASSWORD,
};
const lines = (answers: string[]) => answers.map((answer) => `${answer}\n`).join('');

test.use({
  extraSecrets: [ACCOUNT.password, API_PASSWORD, ANSWERS.captcha, ANSWERS.loginOtp, ANSWERS.apiOtp],
});

for (const [name, start] of Object.entries(RENDITIONS)) {
  test.describe(name, () => {
    let rendition: Rendition;
    test.beforeAll(async () => {
      rendition = await start();
    });
    test.afterAll(async () => {
      await rendition.close();
    });
    test.beforeEach(() => rendition.reset());

    const args = (extra: string[] = []) => [
      'register',
      '--headless',
      '--portal-url',
      rendition.url,
      '--gstin',
      ACCOUNT.gstin,
      '--api-username',
      SUFFIX,
      '--timeout-ms',
      '10000',
      ...extra,
    ];

    test('a dry run goes through every step and submits nothing', async ({ runCli }) => {
      const run = await runCli({
        args: args(['--dry-run']),
        env: ENV,
        stdin: lines([ANSWERS.captcha, ANSWERS.loginOtp, ANSWERS.apiOtp]),
      });
      expect(run.code, run.stderr).toBe(0);
      const report = readReport(onlyRunDir(run.outDir));
      expect(report.status).toBe('dry-run');
      expect(report.steps.filter((step) => step.status !== 'ok')).toEqual([]);
      expect(rendition.state()).toMatchObject({ submits: 0, apiUsers: [] });
    });

    test('registers, one wrong API OTP first', async ({ runCli }) => {
      const run = await runCli({
        args: args(),
        env: ENV,
        stdin: lines([ANSWERS.captcha, ANSWERS.loginOtp, WRONG_API_OTP, ANSWERS.apiOtp]),
      });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout + run.stderr).toMatch(/refused the API registration OTP/);
      // The WebForms rendition sends the API OTP only when asked: the operator is told by what.
      if (name === 'nic-webforms')
        expect(run.stdout).toContain('Requested the API registration OTP with "Get OTP"');
      const state = rendition.state();
      expect(state.apiUsers).toMatchObject([
        { gstin: ACCOUNT.gstin, gsp: DEFAULT_GSP, username: `API_${SUFFIX}`, password: API_PASSWORD },
      ]);
      expect(state).toMatchObject({ submits: 1, wrongOtps: 1 });
      expect(readReport(onlyRunDir(run.outDir)).status).toBe('registered');
    });
  });
}
