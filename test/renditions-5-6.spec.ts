/**
 * Issue 18: the real command, headless, against renditions of the portal written from the
 * public facts only, by hands that had not seen the bot:
 * - r5-jquery (test/renditions/r5-jquery): a jQuery UI login dialog over a separate overlay, the
 *   login OTP in one password-type field and toastr toasts, a Bootstrap 3 modal, a metisMenu
 *   sidebar, "Send OTP" first, bootbox alerts and confirm, iCheck radios, and the GSP in a
 *   bootstrap-select whose native list is hidden last in its box, after the button that draws it;
 * - r5-tailwind (test/renditions/r5-tailwind): a `<div>` Login opening a slide-over, labels as
 *   text above the fields, six digit boxes that send themselves, a top navbar whose dropdowns
 *   open on hover, "Generate OTP" and toasts, radio cards, a Headless-UI listbox, and a confirm
 *   whose box stays up, its Confirm "Please wait…", while the page sends;
 * - r6-mui (test/renditions/r6-mui): React + Material UI as drawn: the login in a dialog whose
 *   fields carry icon buttons (show the password, a new captcha) and whose "Login" is in its
 *   actions below them, a drawer of list buttons, radios under their labels, a Select that opens
 *   a listbox in a popover over an invisible backdrop, snackbars and a "Session Expired" dialog;
 * - r6-antd (test/renditions/r6-antd): Ant Design 4 as drawn: "Log in" on a login page of its
 *   own, an inline menu of submenus, a modal over a separate mask, radio buttons, a searchable
 *   Select whose text box is emptied once a name is chosen (the choice drawn beside it) over a
 *   virtual list of unroled rows, and Submit asked about in a popconfirm beside the button.
 * On each: a dry run (nothing submitted), a registration with one wrong API OTP first, a session
 * that expires while the API OTP is checked (exit 3), and one that expires at Submit (exit 5,
 * said as the session, never as the page's own question).
 */
import { expect, test } from './fixtures.js';
import { R5_JQUERY_LOGIN, startR5JqueryRendition } from './renditions/r5-jquery/server.js';
import { R5_TAILWIND_LOGIN, startR5TailwindRendition } from './renditions/r5-tailwind/server.js';
import { R6_ANTD_LOGIN, startR6AntdRendition } from './renditions/r6-antd/server.js';
import { R6_MUI_LOGIN, startR6MuiRendition } from './renditions/r6-mui/server.js';
import { type RenditionLogin, runOnRendition, secretsOf, told } from './renditions/run-command.js';

const API_PASSWORD = 'Rend@Pass35';
const WRONG_API_OTP = '999999';
const ANSWERS = { captcha: 'K7Q2M', loginOtp: '314159', apiOtp: '271828' };

type Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

interface Rendition {
  url: string;
  close(): Promise<void>;
  state: {
    users: { gstin: string; gsp: string; username: string; password: string }[];
    refusals: string[];
    expired: string[];
  };
}

const RENDITIONS: {
  name: string;
  username: string;
  password: string;
  start: (expireOnce?: Expiry) => Promise<Rendition>;
}[] = [
  {
    name: 'r5-jquery',
    ...R5_JQUERY_LOGIN,
    start: (expireOnce) => startR5JqueryRendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r5-tailwind',
    ...R5_TAILWIND_LOGIN,
    start: (expireOnce) => startR5TailwindRendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r6-mui',
    ...R6_MUI_LOGIN,
    start: (expireOnce) => startR6MuiRendition(expireOnce ? { expireOnce } : {}),
  },
  {
    name: 'r6-antd',
    ...R6_ANTD_LOGIN,
    start: (expireOnce) => startR6AntdRendition(expireOnce ? { expireOnce } : {}),
  },
];

test.use({
  extraSecrets: RENDITIONS.flatMap(({ password }) =>
    secretsOf(loginOf(password), API_PASSWORD, WRONG_API_OTP),
  ),
});

function loginOf(password: string, username = ''): RenditionLogin {
  return { gstin: '27AAPFU0939F1ZV', username, password, ...ANSWERS };
}

for (const rendition of RENDITIONS) {
  const login = loginOf(rendition.password, rendition.username);
  const command = { login, apiUsername: 'rend5', apiPassword: API_PASSWORD };

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

  test(`${rendition.name}: a dry run submits nothing, a registration after one wrong API OTP creates the user`, async ({
    cliBrowser,
  }) => {
    const browser = await cliBrowser();
    const out = test.info().outputPath.bind(test.info());
    test.setTimeout(120_000);
    await onPortal(undefined, async ({ url, state }) => {
      const dry = await runOnRendition({
        browser,
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
        browser,
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
          username: 'API_rend5',
          password: API_PASSWORD,
        },
      ]);
    });
  });

  test(`${rendition.name}: a session lost as the API OTP is checked is exit 3; lost at Submit it is exit 5, said as the session`, async ({
    cliBrowser,
  }) => {
    const browser = await cliBrowser();
    const out = test.info().outputPath.bind(test.info());
    test.setTimeout(120_000);
    await onPortal('api-otp-verify', async ({ url, state }) => {
      const run = await runOnRendition({
        browser,
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
        browser,
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
