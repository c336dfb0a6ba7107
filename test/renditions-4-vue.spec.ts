/**
 * Issue 18: the real command, headless, against a rendition of the portal written from the public
 * facts only as a Vue 2 + Vuetify single-page app (test/renditions/r4-vue): the login in a
 * right-hand drawer, OTPs in six boxes that send themselves, a v-radio-group, a v-select with a
 * detached menu, v-dialogs over a separate scrim and snackbar verdicts. A dry run (nothing
 * submitted) and a registration with one wrong API OTP first; then a session that expires while
 * the API OTP is asked for.
 */
import { expect, test } from './fixtures.js';
import { R4_VUE_LOGIN, startR4VueRendition } from './renditions/r4-vue/server.js';
import { type RenditionLogin, runOnRendition, secretsOf, told } from './renditions/run-command.js';

const API_PASSWORD = 'Rend@Pass34';
const WRONG_API_OTP = '999999';
const LOGIN: RenditionLogin = {
  gstin: '27AAPFU0939F1ZV',
  username: R4_VUE_LOGIN.username,
  password: R4_VUE_LOGIN.password,
  captcha: 'K7Q2M',
  loginOtp: '314159',
  apiOtp: '271828',
};
const COMMAND = { login: LOGIN, apiUsername: 'rend4', apiPassword: API_PASSWORD };

test.use({ extraSecrets: secretsOf(LOGIN, API_PASSWORD, WRONG_API_OTP) });

test('r4-vue: a dry run submits nothing, a registration after one wrong API OTP creates the user', async ({
  commandHost,
}) => {
  const host = commandHost;
  const info = test.info();
  test.setTimeout(120_000);
  // A fresh portal for each run: the dry run's session and state stay out of the registration's.
  const first = await startR4VueRendition();
  try {
    const dry = await runOnRendition({
      host,
      ...COMMAND,
      url: first.url,
      out: info.outputPath('dry-run'),
      extra: ['--dry-run'],
      answers: [LOGIN.captcha, LOGIN.loginOtp, LOGIN.apiOtp],
    });
    expect(dry.status, told(dry)).toBe('dry-run');
    expect(dry.code).toBe(0);
    expect(first.state.users).toEqual([]);
  } finally {
    await first.close();
  }
  const portal = await startR4VueRendition();
  try {
    const { state } = portal;
    const run = await runOnRendition({
      host,
      ...COMMAND,
      url: portal.url,
      out: info.outputPath('register'),
      answers: [LOGIN.captcha, LOGIN.loginOtp, WRONG_API_OTP, LOGIN.apiOtp],
    });
    expect(run.code, told(run)).toBe(0);
    expect(run.status).toBe('registered');
    expect(state.refusals).toEqual(['api-otp']);
    expect(
      state.users.map(({ gstin, gsp, username, password }) => ({ gstin, gsp, username, password })),
    ).toEqual([
      {
        gstin: LOGIN.gstin,
        gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED',
        username: 'API_rend4',
        password: API_PASSWORD,
      },
    ]);
  } finally {
    await portal.close();
  }
});

test('r4-vue: a session that answers 401 while the API OTP is checked is read as expired, nothing submitted', async ({
  commandHost,
}) => {
  const host = commandHost;
  const info = test.info();
  test.setTimeout(60_000);
  const started = await startR4VueRendition({ expireOnce: 'api-otp-verify' });
  try {
    const { state } = started;
    const run = await runOnRendition({
      host,
      ...COMMAND,
      url: started.url,
      out: info.outputPath('expired'),
      answers: [LOGIN.captcha, LOGIN.loginOtp, LOGIN.apiOtp],
    });
    expect(run.code, told(run)).toBe(3);
    expect(run.status).toBe('failed');
    expect(run.error?.kind).toBe('session-expired');
    // The "Session expired, please login again" dialog and the way home are no refused OTP.
    expect(state.expired).toEqual(['api-otp-verify']);
    expect(state.refusals).toEqual([]);
    expect(state.users).toEqual([]);
  } finally {
    await started.close();
  }
});
