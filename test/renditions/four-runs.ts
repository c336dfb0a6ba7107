/**
 * The four runs every blind rendition of issue 18 is put through, by the command in the worker's
 * process (run-command.ts): a dry run (nothing submitted), a registration with one wrong API OTP
 * first (exactly one user, with the right GSP, username and password), a session that expires
 * while the API OTP is checked (exit 3, named as the session, nothing refused), and one that
 * expires at Submit (exit 5, said as the session, never as the page's own question). Every answer
 * and password given is searched for in every file the runs wrote (`extraSecrets`).
 */
import { expect, test } from '../fixtures.js';
import { type RenditionLogin, runOnRendition, secretsOf, told } from './run-command.js';

const API_PASSWORD = 'Rend@Pass35';
const WRONG_API_OTP = '999999';
const ANSWERS = { captcha: 'K7Q2M', loginOtp: '314159', apiOtp: '271828' };

export type Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface Rendition {
  url: string;
  close(): Promise<void>;
  state: {
    users: { gstin: string; gsp: string; username: string; password: string }[];
    refusals: string[];
    expired: string[];
  };
}

/** A rendition as the runs need it: its name, its login, and a fresh start of its server. */
export interface RenditionUnderTest {
  name: string;
  username: string;
  password: string;
  start: (expireOnce?: Expiry) => Promise<Rendition>;
  /**
   * What the bot cannot do yet on this rendition, said where it stops: both its tests are then
   * expected to fail (`test.fail`), and turn red the day they pass, to be unmarked.
   */
  gap?: string;
  /**
   * The time given to its portal to answer each step, where 8 s is too tight for its page (the
   * default a user gets is 30 s): why is said where it is given.
   */
  timeoutMs?: number;
}

/**
 * Declares the four runs of each rendition as two tests, the user registered as `API_<apiUsername>`.
 * `dryRun: false` leaves out the dry run, for the rounds whose dry runs have passed at every stop
 * since they were written: the registration walks every step the dry run does, and Submit and its
 * verdict besides; what a dry run does differently (it stops before Submit) is the same on every
 * portal, and is tested on the mock, its dialects and the generator's seeds. The newest rounds
 * keep theirs: a dry run on a rendition nobody had seen is part of what issue 18 asks.
 */
export function testFourRuns(
  renditions: RenditionUnderTest[],
  apiUsername: string,
  { dryRun = true }: { dryRun?: boolean } = {},
): void {
  test.use({
    extraSecrets: renditions.flatMap(({ password }) =>
      secretsOf(loginOf(password), API_PASSWORD, WRONG_API_OTP),
    ),
  });

  function loginOf(password: string, username = ''): RenditionLogin {
    return { gstin: '27AAPFU0939F1ZV', username, password, ...ANSWERS };
  }

  for (const rendition of renditions) {
    const login = loginOf(rendition.password, rendition.username);
    const command = { login, apiUsername, apiPassword: API_PASSWORD, timeoutMs: rendition.timeoutMs };

    /** A fresh portal for each run: one run's session and state stay out of the next's. */
    async function onPortal<T>(
      expireOnce: Expiry | undefined,
      use: (portal: Rendition) => Promise<T>,
    ): Promise<T> {
      const portal = await rendition.start(expireOnce);
      try {
        return await use(portal);
      } finally {
        await portal.close();
      }
    }

    const title = dryRun
      ? `${rendition.name}: a dry run submits nothing, a registration after one wrong API OTP creates the user`
      : `${rendition.name}: a registration after one wrong API OTP creates the user`;
    test(title, async ({ commandHost }) => {
      test.fail(rendition.gap !== undefined, rendition.gap);
      const host = commandHost;
      const out = test.info().outputPath.bind(test.info());
      test.setTimeout(120_000);
      if (dryRun)
        await onPortal(undefined, async ({ url, state }) => {
          const dry = await runOnRendition({
            host,
            ...command,
            url,
            out: out('dry-run'),
            extra: ['--dry-run'],
            answers: [login.captcha, login.loginOtp, login.apiOtp],
          });
          expect(dry.code, told(dry)).toBe(0);
          expect(dry.status).toBe('dry-run');
          expect(state.users).toEqual([]);
        });
      await onPortal(undefined, async ({ url, state }) => {
        const run = await runOnRendition({
          host,
          ...command,
          url,
          out: out('register'),
          answers: [login.captcha, login.loginOtp, WRONG_API_OTP, login.apiOtp],
        });
        expect(run.code, told(run)).toBe(0);
        expect(run.status).toBe('registered');
        expect(state.refusals).toEqual(['api-otp']);
        expect(
          state.users.map(({ gstin, gsp, username, password }) => ({ gstin, gsp, username, password })),
        ).toEqual([
          {
            gstin: login.gstin,
            gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED',
            username: `API_${apiUsername}`,
            password: API_PASSWORD,
          },
        ]);
      });
    });

    test(`${rendition.name}: a session lost as the API OTP is checked is exit 3; lost at Submit it is exit 5, said as the session`, async ({
      commandHost,
    }) => {
      test.fail(rendition.gap !== undefined, rendition.gap);
      const host = commandHost;
      const out = test.info().outputPath.bind(test.info());
      test.setTimeout(120_000);
      await onPortal('api-otp-verify', async ({ url, state }) => {
        const run = await runOnRendition({
          host,
          ...command,
          url,
          out: out('expired-at-otp'),
          answers: [login.captcha, login.loginOtp, login.apiOtp],
        });
        expect(run.code, told(run)).toBe(3);
        expect(run.error?.kind).toBe('session-expired');
        expect(state.expired).toEqual(['api-otp-verify']);
        expect(state.refusals).toEqual([]);
      });
      await onPortal('submit', async ({ url, state }) => {
        const run = await runOnRendition({
          host,
          ...command,
          url,
          out: out('expired-at-submit'),
          answers: [login.captcha, login.loginOtp, login.apiOtp],
        });
        expect(run.code, told(run)).toBe(5);
        expect(run.status).toBe('unknown');
        // The page's own question ("Do you want to continue?", its Confirm pressed) is no answer.
        expect(run.error?.message).not.toMatch(/continue\?|are you sure/i);
        expect(run.error?.message).toMatch(/session|login page/i);
        expect(state.expired).toEqual(['submit']);
        expect(state.users).toEqual([]);
      });
    });
  }
}
