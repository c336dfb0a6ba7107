/**
 * Issue 18: the real command, headless, against renditions of the portal written from the public
 * facts only (test/renditions/r2-*): a dry run (nothing submitted) and a registration with one
 * wrong API OTP first on each. Every file the runs wrote is searched for the login, answers and
 * password given (fixtures.ts).
 */
import { expect, test } from './fixtures.js';
import { startGigwRendition } from './renditions/r2-gigw/server.js';
import { type Rendition, type RenditionAnswers, startSpaRendition } from './renditions/r2-spa/server.js';
import { type RenditionLogin, runOnRendition, secretsOf, told } from './renditions/run-command.js';

const LOGIN: RenditionLogin = {
  gstin: '27AAPFU0939F1ZV',
  username: 'taxpayer27',
  password: 'Login@Pass9',
  captcha: 'K7P2Q',
  loginOtp: '402718',
  apiOtp: '615203',
};
const API_PASSWORD = 'Rend@Pass12';
const WRONG_API_OTP = '111111';

const RENDITIONS: [string, (answers: RenditionAnswers) => Promise<Rendition>][] = [
  ['r2-spa', startSpaRendition],
  ['r2-gigw', startGigwRendition],
];

test.use({ extraSecrets: secretsOf(LOGIN, API_PASSWORD, WRONG_API_OTP) });

for (const [name, start] of RENDITIONS) {
  test(`${name}: a dry run submits nothing, a registration after one wrong API OTP creates the user`, async ({
    commandHost,
  }) => {
    const host = commandHost;
    const info = test.info();
    test.setTimeout(120_000);
    const portal = await start(LOGIN);
    const command = { url: portal.url, login: LOGIN, apiUsername: 'rend2', apiPassword: API_PASSWORD };
    try {
      const dry = await runOnRendition({
        host,
        ...command,
        out: info.outputPath('dry-run'),
        extra: ['--dry-run'],
        answers: [LOGIN.captcha, LOGIN.loginOtp, LOGIN.apiOtp],
      });
      expect(dry.status, told(dry)).toBe('dry-run');
      expect(dry.code).toBe(0);
      expect(portal.state().submits).toBe(0);

      portal.reset();
      const run = await runOnRendition({
        host,
        ...command,
        out: info.outputPath('register'),
        answers: [LOGIN.captcha, LOGIN.loginOtp, WRONG_API_OTP, LOGIN.apiOtp],
      });
      expect(run.code, told(run)).toBe(0);
      expect(portal.state().users).toEqual([
        {
          gstin: LOGIN.gstin,
          gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED',
          username: 'API_rend2',
          password: API_PASSWORD,
        },
      ]);
    } finally {
      await portal.close();
    }
  });
}
