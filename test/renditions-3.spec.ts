/**
 * Issue 18: the real command, headless, against two more renditions of the portal written from the
 * public facts only (test/renditions/r3-*: an older ASP.NET WebForms site and an Angular Material
 * front end): a dry run (nothing submitted) and a registration with one wrong API OTP first on each.
 * Every file the runs wrote is searched for the logins, answers and password given (fixtures.ts).
 */
import { expect, test } from './fixtures.js';
import { startAspnetClassicRendition } from './renditions/r3-aspnet-classic/server.js';
import { startMaterialRendition } from './renditions/r3-material/server.js';
import { type RenditionLogin, runOnRendition, secretsOf, told } from './renditions/run-command.js';

const API_PASSWORD = 'Rend@Pass34';
const WRONG_API_OTP = '999999';

/** What a test needs of a rendition: its address, what it recorded, and how it ends. */
interface Started {
  url: string;
  close(): Promise<void>;
  state: {
    users: { gstin: string; gsp: string; username: string; password: string }[];
    refusals: string[];
  };
}

const RENDITIONS: [string, RenditionLogin, (login: RenditionLogin) => Promise<Started>][] = [
  [
    'r3-aspnet-classic',
    {
      gstin: '29AAACJ4323N1ZC',
      username: 'nicuser01',
      password: 'Nic@Pass12',
      captcha: 'K7M2P',
      loginOtp: '246810',
      apiOtp: '135790',
    },
    startAspnetClassicRendition,
  ],
  [
    'r3-material',
    {
      gstin: '27AAPFU0939F1ZV',
      username: 'matuser01',
      password: 'Mat@Pass12',
      captcha: '4HX9Q',
      loginOtp: '112233',
      apiOtp: '445566',
    },
    startMaterialRendition,
  ],
];

for (const [name, login, start] of RENDITIONS) {
  test.describe(name, () => {
    test.use({ extraSecrets: secretsOf(login, API_PASSWORD, WRONG_API_OTP) });

    test('a dry run submits nothing, a registration after one wrong API OTP creates the user', async ({
      commandHost,
    }) => {
      const host = commandHost;
      const info = test.info();
      test.setTimeout(120_000);
      // A fresh portal for each run: the dry run's session and state stay out of the registration's.
      const first = await start(login);
      try {
        const dry = await runOnRendition({
          host,
          url: first.url,
          login,
          apiUsername: 'rend3',
          apiPassword: API_PASSWORD,
          out: info.outputPath('dry-run'),
          extra: ['--dry-run'],
          answers: [login.captcha, login.loginOtp, login.apiOtp],
        });
        expect(dry.status, told(dry)).toBe('dry-run');
        expect(dry.code).toBe(0);
        expect(first.state.users).toEqual([]);
      } finally {
        await first.close();
      }
      const portal = await start(login);
      try {
        const run = await runOnRendition({
          host,
          url: portal.url,
          login,
          apiUsername: 'rend3',
          apiPassword: API_PASSWORD,
          out: info.outputPath('register'),
          answers: [login.captcha, login.loginOtp, WRONG_API_OTP, login.apiOtp],
        });
        expect(run.code, told(run)).toBe(0);
        expect(run.status).toBe('registered');
        expect(portal.state.refusals).toEqual(['api-otp']);
        expect(
          portal.state.users.map(({ gstin, gsp, username, password }) => ({
            gstin,
            gsp,
            username,
            password,
          })),
        ).toEqual([
          {
            gstin: login.gstin,
            gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED',
            username: 'API_rend3',
            password: API_PASSWORD,
          },
        ]);
      } finally {
        await portal.close();
      }
    });
  });
}
