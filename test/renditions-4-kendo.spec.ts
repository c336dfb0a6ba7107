/**
 * Issue 18: the real command, headless, against one more rendition of the portal written from the
 * public facts only (test/renditions/r4-kendo: an ASP.NET MVC site drawn with jQuery UI and Kendo
 * UI widgets): a dry run (nothing submitted) and a registration with one wrong API OTP first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';
import type { CommandHost } from './in-process.js';
import { startR4KendoRendition } from './renditions/r4-kendo/server.js';
import { type RenditionLogin, runOnRendition, secretsOf, told } from './renditions/run-command.js';

const API_PASSWORD = 'Ken@Api345';
const WRONG_API_OTP = '999999';
const LOGIN: RenditionLogin = {
  gstin: '27AAPFU0939F1ZV',
  username: 'kendouser1',
  password: 'Ken@Pass12',
  captcha: 'Q7MZ4',
  loginOtp: '508271',
  apiOtp: '613904',
};
const { captcha, loginOtp, apiOtp } = LOGIN;

test.use({ extraSecrets: secretsOf(LOGIN, API_PASSWORD, WRONG_API_OTP) });

/** A fresh rendition for each run: one run's session and state stay out of the next's. */
function start(options: Parameters<typeof startR4KendoRendition>[0] = {}) {
  return startR4KendoRendition({ ...options, answers: { captcha, loginOtp, apiOtp } });
}

/** The command on `url`, its run folder under the test's output folder `out`. */
function runCommand(host: CommandHost, url: string, out: string, extra: string[], answers: string[]) {
  return runOnRendition({
    host,
    url,
    login: LOGIN,
    apiUsername: 'kendo4',
    apiPassword: API_PASSWORD,
    out: test.info().outputPath(out),
    extra,
    answers,
  });
}

test('r4-kendo: a dry run submits nothing, a registration after one wrong API OTP creates the user', async ({
  commandHost,
}) => {
  const host = commandHost;
  test.setTimeout(120_000);
  const first = await start();
  try {
    const { state } = first;
    const dry = await runCommand(
      host,
      first.url,
      'dry-run',
      ['--dry-run'],
      [state.captcha, state.loginOtp, state.apiOtp],
    );
    expect(dry.status, told(dry)).toBe('dry-run');
    expect(dry.code).toBe(0);
    expect(state.users).toEqual([]);
  } finally {
    await first.close();
  }
  const portal = await start();
  try {
    const { state } = portal;
    const run = await runCommand(
      host,
      portal.url,
      'register',
      [],
      [state.captcha, state.loginOtp, WRONG_API_OTP, state.apiOtp],
    );
    expect(run.code, told(run)).toBe(0);
    expect(run.status).toBe('registered');
    expect(state.refusals).toEqual(['api-otp']);
    expect(
      state.users.map(({ gstin, gsp, username, password }) => ({ gstin, gsp, username, password })),
    ).toEqual([
      {
        gstin: state.gstin,
        gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED',
        username: 'API_kendo4',
        password: API_PASSWORD,
      },
    ]);
  } finally {
    await portal.close();
  }
});

test('r4-kendo: the notice drawn at once with only its title-bar close is closed, and the menu walked past its overlay', async ({
  commandHost,
}) => {
  const host = commandHost;
  test.setTimeout(60_000);
  // jQuery UI without a `buttons` option: "Close" only in the title and a text pushed off screen.
  const portal = await start({ noticeDelayMs: 0, noticeExit: false });
  try {
    const { state } = portal;
    const dry = await runCommand(
      host,
      portal.url,
      'dry-run',
      ['--dry-run'],
      [state.captcha, state.loginOtp, state.apiOtp],
    );
    expect(dry.status, told(dry)).toBe('dry-run');
    expect(readFileSync(join(dry.folder, 'run.log'), 'utf8')).toContain('Contacts of Technical Person');
  } finally {
    await portal.close();
  }
});

test('r4-kendo: a session that times out as the API OTP is posted ends exit 3 naming the session; nothing submitted', async ({
  commandHost,
}) => {
  const host = commandHost;
  test.setTimeout(60_000);
  const portal = await start({ expireOn: 'api-otp' });
  try {
    const { state } = portal;
    const run = await runCommand(
      host,
      portal.url,
      'register',
      [],
      [state.captcha, state.loginOtp, state.apiOtp],
    );
    expect(run.code, told(run)).toBe(3);
    expect(run.stderr).toMatch(/session expired during "API registration OTP"/);
    expect(state.users).toEqual([]);
  } finally {
    await portal.close();
  }
});
