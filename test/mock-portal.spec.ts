/**
 * The recorded mock portal itself: its state machine driven over plain HTTP (cookies kept by
 * hand, redirects not followed, so every answer can be checked), a few behaviours that only a
 * real browser shows (alerts, the popup over the sidebar, the GSP section), and the standalone
 * runner. Each test starts its own mock, so faults and records never leak between tests.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { type MockOptions, type MockPortal, type Stage, startMockPortal } from './mock-portal/server.js';
import { STAGES } from './mock-portal/types.js';

const FIXED = { captcha: 'K7PQ2', loginOtp: '482913', apiOtp: '615204' } as const;
const DEMO = { username: 'demo_user', password: 'Demo@Pass1', gstin: '27AABCE1234F1Z5' } as const;
const API = { suffix: 'acme01', password: 'Api@Pass123' } as const;
const DEFMACRO = 'DEFMACRO SOFTWARE PRIVATE LIMITED';
const ALERT = {
  captcha: 'Invalid Captcha. Please enter the correct captcha.',
  credentials: 'Invalid Login Credentials. Please check the username and password.',
  blocked: 'Your account has been blocked. Please try again after 5 minutes.',
  otpWrong: 'Invalid OTP. Please enter the valid OTP.',
  otpExpired: 'OTP has expired. Please click on Resend OTP.',
  otpResent: 'OTP has been resent to your registered mobile number.',
  created: 'API User created successfully.',
  passwordPolicy:
    'Password does not meet the password policy. Password should be 8 to 15 characters with at least one upper case, one lower case, one number and one special character.',
} as const;

const running: MockPortal[] = [];

/** A private mock with the fixed answers a person would read off the captcha and the phone. */
async function startMock(options: MockOptions = {}): Promise<MockPortal> {
  const mock = await startMockPortal({ quiet: true, ...options, fixed: { ...FIXED, ...options.fixed } });
  running.push(mock);
  return mock;
}

test.afterEach(async () => {
  await Promise.all(running.splice(0).map((mock) => mock.close()));
});

/** What the page posts instead of the password (the real portal has an md5 inside). */
const sha256hex = (text: string) => createHash('sha256').update(text).digest('hex');
const hashed = (password: string, salt: string) => sha256hex(sha256hex(password) + salt);

interface Reply {
  status: number;
  location: string | undefined;
  html: string;
  /** The text of the alert the page raises on load, if any. */
  alert: string | undefined;
  setCookie: string[];
  headers: Headers;
}

function alertIn(html: string): string | undefined {
  const literal = /alert\(("(?:[^"\\]|\\.)*")\)\);<\/script>/.exec(html)?.[1];
  return literal === undefined ? undefined : (JSON.parse(literal) as string);
}

/** A visitor without a browser: keeps its session cookie and its form token, follows no redirect. */
class Visitor {
  private session = '';
  private token = '';
  private salt = '';

  constructor(private readonly base: string) {}

  get(path: string): Promise<Reply> {
    return this.send(path, { method: 'GET' });
  }

  post(path: string, fields: Record<string, string>, options: { token?: boolean } = {}): Promise<Reply> {
    const token: Record<string, string> =
      options.token === false ? {} : { __RequestVerificationToken: this.token };
    return this.send(path, { method: 'POST', body: new URLSearchParams({ ...token, ...fields }) });
  }

  /** The home page and its captcha image, as a browser loads them. */
  async openLogin(): Promise<void> {
    expect((await this.get('/')).status).toBe(200);
    expect((await this.get('/get-captcha-image?r=1')).status).toBe(200);
  }

  signIn(credentials: { username?: string; password?: string; captcha?: string } = {}): Promise<Reply> {
    return this.post('/Home/Login', {
      'UserLogin.UserName': credentials.username ?? DEMO.username,
      'UserLogin.Salt': this.salt,
      'UserLogin.Password': hashed(credentials.password ?? DEMO.password, this.salt),
      CaptchaCode: credentials.captcha ?? FIXED.captcha,
    });
  }

  async logIn(username: string = DEMO.username, password: string = DEMO.password): Promise<void> {
    await this.openLogin();
    expect((await this.signIn({ username, password })).location).toBe('/Home/TwoFactor');
    expect((await this.post('/Home/VerifyLoginOtp', { Otp: FIXED.loginOtp })).location).toBe(
      '/Home/MainMenu',
    );
  }

  /** Logged in, API OTP verified: the registration form. */
  async reachRegistration(): Promise<Reply> {
    await this.logIn();
    expect((await this.get('/ApiRegistration/CreateApiUser')).status).toBe(200);
    const verified = await this.post('/ApiRegistration/VerifyOtp', { Otp: FIXED.apiOtp });
    expect(verified.location).toBe('/ApiRegistration/Register');
    return this.get('/ApiRegistration/Register');
  }

  submitApiUser(form: {
    gspId: string;
    suffix?: string;
    password?: string;
    confirm?: string;
  }): Promise<Reply> {
    const password = form.password ?? API.password;
    return this.post('/ApiRegistration/Register', {
      RegType: 'G',
      GspId: form.gspId,
      UserName: form.suffix ?? API.suffix,
      Password: password,
      ConfirmPassword: form.confirm ?? password,
    });
  }

  private async send(path: string, init: RequestInit): Promise<Reply> {
    const headers: Record<string, string> = this.session
      ? { cookie: `ASP.NET_SessionId=${this.session}` }
      : {};
    const response = await fetch(`${this.base}${path}`, { ...init, headers, redirect: 'manual' });
    const setCookie = response.headers.getSetCookie();
    for (const line of setCookie) {
      const id = /^ASP\.NET_SessionId=([^;]+)/.exec(line)?.[1];
      if (id) this.session = id;
    }
    const html = await response.text();
    this.token = /name="__RequestVerificationToken" value="([^"]+)"/.exec(html)?.[1] ?? this.token;
    this.salt = /name="UserLogin\.Salt" value="([^"]+)"/.exec(html)?.[1] ?? this.salt;
    const location = response.headers.get('location') ?? undefined;
    return {
      status: response.status,
      location,
      html,
      alert: alertIn(html),
      setCookie,
      headers: response.headers,
    };
  }
}

function gspIdOf(html: string, name: string): string {
  const id = new RegExp(`<option value="(G\\d{3})"[^>]*>${name.replace(/[.()]/g, '\\$&')}</option>`).exec(
    html,
  )?.[1];
  if (!id) throw new Error(`no option for ${name}`);
  return id;
}

function eventsOf(mock: MockPortal, type: string) {
  return mock.state().events.filter((event) => event.type === type);
}

test.describe('sessions and login', () => {
  test('gives each visitor an HttpOnly session cookie and counts every captcha image', async () => {
    const mock = await startMock({ fixed: { captcha: undefined } });
    const visitor = new Visitor(mock.url);
    const home = await visitor.get('/');
    expect(home.setCookie.join()).toMatch(/^ASP\.NET_SessionId=\w+;.*HttpOnly/);
    const image = await visitor.get('/get-captcha-image?r=1');
    expect(image.setCookie).toEqual([]);
    expect(image.headers.get('content-type')).toBe('image/svg+xml');
    expect(image.headers.get('cache-control')).toBe('no-store');
    expect(image.html).toMatch(/^<svg[^>]*>.*<line /);
    await visitor.get('/get-captcha-image?r=2');
    const { captchaImages, last } = mock.state();
    expect(captchaImages).toBe(2);
    expect(last.captcha).toMatch(/^[A-HJ-NP-Z2-9]{5}$/);
    expect(eventsOf(mock, 'captcha-issued')).toHaveLength(2);
  });

  test('refuses a wrong captcha, and a captcha already tried, until a fresh image is loaded', async () => {
    const mock = await startMock();
    const visitor = new Visitor(mock.url);
    await visitor.openLogin();
    const wrong = await visitor.signIn({ captcha: 'AAAAA' });
    expect(wrong.alert).toBe(ALERT.captcha);
    expect(wrong.html).toContain('id="loginPanel"');
    expect(wrong.html).not.toMatch(/id="loginPanel"[^>]*hidden/);
    expect(wrong.html).toContain('src="/get-captcha-image?r=');
    expect((await visitor.signIn()).alert).toBe(ALERT.captcha);
    await visitor.get('/get-captcha-image?r=2');
    expect((await visitor.signIn({ captcha: FIXED.captcha.toLowerCase() })).location).toBe('/Home/TwoFactor');
    expect(eventsOf(mock, 'login-failed').map((event) => event.detail?.reason)).toEqual([
      'captcha',
      'captcha',
    ]);
  });

  test('accepts only the hash salted with the salt of the page it rendered', async () => {
    const mock = await startMock();
    const visitor = new Visitor(mock.url);
    await visitor.openLogin();
    const plain = await visitor.post('/Home/Login', {
      'UserLogin.UserName': DEMO.username,
      'UserLogin.Password': DEMO.password,
      CaptchaCode: FIXED.captcha,
    });
    expect(plain.alert).toBe(ALERT.credentials);
    await visitor.get('/get-captcha-image?r=2');
    const staleSalt = await visitor.post('/Home/Login', {
      'UserLogin.UserName': DEMO.username,
      'UserLogin.Password': hashed(DEMO.password, 'an-old-salt'),
      CaptchaCode: FIXED.captcha,
    });
    expect(staleSalt.alert).toBe(ALERT.credentials);
  });

  test('blocks the account on the third wrong password in a row, and keeps it blocked', async () => {
    const mock = await startMock();
    const visitor = new Visitor(mock.url);
    await visitor.openLogin();
    const alerts: Array<string | undefined> = [];
    for (const password of ['Wrong@1', 'Wrong@2', 'Wrong@3', DEMO.password]) {
      await visitor.get('/get-captcha-image');
      alerts.push((await visitor.signIn({ password })).alert);
    }
    expect(alerts).toEqual([ALERT.credentials, ALERT.credentials, ALERT.blocked, ALERT.blocked]);
    expect(mock.state().accounts.find((account) => account.username === DEMO.username)?.blocked).toBe(true);
    expect(eventsOf(mock, 'account-blocked')).toHaveLength(1);
    expect(eventsOf(mock, 'otp-sent')).toHaveLength(0);
  });

  test('counts only consecutive wrong passwords towards the block', async () => {
    const mock = await startMock({ lockAfterFailures: 2 });
    const visitor = new Visitor(mock.url);
    await visitor.openLogin();
    expect((await visitor.signIn({ password: 'Wrong@1' })).alert).toBe(ALERT.credentials);
    await visitor.get('/get-captcha-image');
    expect((await visitor.signIn()).location).toBe('/Home/TwoFactor');
    await visitor.openLogin();
    expect((await visitor.signIn({ password: 'Wrong@2' })).alert).toBe(ALERT.credentials);
    expect(mock.state().accounts[0]?.blocked).toBeUndefined();
  });

  test('asks for the login OTP sent to the mobile ending 1234, then shows the dashboard', async () => {
    const mock = await startMock();
    const visitor = new Visitor(mock.url);
    await visitor.openLogin();
    expect((await visitor.signIn()).location).toBe('/Home/TwoFactor');
    const twoFactor = await visitor.get('/Home/TwoFactor');
    expect(twoFactor.html).toContain('An OTP has been sent to your registered mobile number XXXXXX1234');
    expect((await visitor.post('/Home/VerifyLoginOtp', { Otp: FIXED.loginOtp })).location).toBe(
      '/Home/MainMenu',
    );
    const menu = await visitor.get('/Home/MainMenu');
    expect(menu.html).toContain('<h2>Dash Board</h2>');
    expect(menu.html).toContain(`GSTIN: ${DEMO.gstin}`);
    expect(menu.html).toContain('Demo Traders Maharashtra');
    expect(eventsOf(mock, 'login-ok')).toHaveLength(1);
  });

  for (const purpose of ['login', 'api'] as const) {
    test(`kills the ${purpose} OTP after three wrong tries until Resend OTP sends a new one`, async () => {
      const mock = await startMock({ fixed: { loginOtp: undefined, apiOtp: undefined } });
      const visitor = new Visitor(mock.url);
      const paths =
        purpose === 'login'
          ? { verify: '/Home/VerifyLoginOtp', resend: '/Home/ResendLoginOtp', next: '/Home/MainMenu' }
          : {
              verify: '/ApiRegistration/VerifyOtp',
              resend: '/ApiRegistration/ResendOtp',
              next: '/ApiRegistration/Register',
            };
      const sentOtp = () =>
        (purpose === 'login' ? mock.state().last.loginOtp : mock.state().last.apiOtp) ?? '';
      await visitor.openLogin();
      await visitor.signIn();
      if (purpose === 'api') {
        await visitor.post('/Home/VerifyLoginOtp', { Otp: mock.state().last.loginOtp ?? '' });
        await visitor.get('/ApiRegistration/CreateApiUser');
      }
      const first = sentOtp();
      const wrong = first === '000000' ? '000001' : '000000';
      const alerts: Array<string | undefined> = [];
      for (const answer of [wrong, wrong, wrong, first]) {
        alerts.push((await visitor.post(paths.verify, { Otp: answer })).alert);
      }
      expect(alerts).toEqual([ALERT.otpWrong, ALERT.otpWrong, ALERT.otpWrong, ALERT.otpExpired]);
      expect((await visitor.post(paths.resend, {})).alert).toBe(ALERT.otpResent);
      expect(sentOtp()).toMatch(/^\d{6}$/);
      expect((await visitor.post(paths.verify, { Otp: sentOtp() })).location).toBe(paths.next);
      expect(eventsOf(mock, 'otp-sent').filter((event) => event.detail?.purpose === purpose)).toHaveLength(2);
    });
  }

  for (const path of [
    '/Home/TwoFactor',
    '/Home/MainMenu',
    '/Home/NotAvailable',
    '/ApiRegistration/CreateApiUser',
    '/ApiRegistration/Register',
  ]) {
    test(`sends ${path} without a login back to the home page`, async () => {
      const mock = await startMock();
      const reply = await new Visitor(mock.url).get(path);
      expect(reply).toMatchObject({ status: 302, location: '/' });
      expect(eventsOf(mock, 'session-expired')).toHaveLength(1);
    });
  }

  test('turns away a form without its anti-forgery token', async () => {
    const mock = await startMock();
    const visitor = new Visitor(mock.url);
    await visitor.openLogin();
    const reply = await visitor.post(
      '/Home/Login',
      { 'UserLogin.UserName': DEMO.username },
      { token: false },
    );
    expect(reply).toMatchObject({ status: 302, location: '/' });
    expect(eventsOf(mock, 'login-failed')).toHaveLength(0);
  });

  test('ends the session on Logout', async () => {
    const mock = await startMock();
    const visitor = new Visitor(mock.url);
    await visitor.logIn();
    expect((await visitor.get('/Home/Logout')).location).toBe('/');
    expect((await visitor.get('/Home/MainMenu')).location).toBe('/');
  });
});

test.describe('API user registration', () => {
  test('sends a new API OTP each time Create API User is opened, and needs it before the form', async () => {
    const mock = await startMock({ fixed: { apiOtp: undefined } });
    const visitor = new Visitor(mock.url);
    await visitor.logIn();
    const page = await visitor.get('/ApiRegistration/CreateApiUser');
    expect(page.html).toContain('OTP has been sent to your registered mobile number');
    const first = mock.state().last.apiOtp;
    await visitor.get('/ApiRegistration/CreateApiUser');
    expect(eventsOf(mock, 'otp-sent').filter((event) => event.detail?.purpose === 'api')).toHaveLength(2);
    expect(mock.state().last.apiOtp).toMatch(/^\d{6}$/);
    expect(first).toMatch(/^\d{6}$/);
    expect((await visitor.get('/ApiRegistration/Register')).location).toBe('/Home/MainMenu');
    const early = await visitor.submitApiUser({ gspId: 'G001' });
    expect(early).toMatchObject({ status: 302, location: '/' });
    expect(mock.state()).toMatchObject({ submits: 1, apiUsers: [] });
  });

  test('creates the API user and lists it for its own GSTIN only, with no password in the events', async () => {
    const mock = await startMock();
    const visitor = new Visitor(mock.url);
    const form = await visitor.reachRegistration();
    expect(form.html).toContain('<td colspan="4">No records found</td>');
    const created = await visitor.submitApiUser({ gspId: gspIdOf(form.html, DEFMACRO) });
    expect(created.alert).toBe(ALERT.created);
    expect(created.html).toMatch(
      new RegExp(`<td>1</td><td>${DEFMACRO}</td><td>API_acme01</td><td>\\d\\d/\\d\\d/\\d{4}</td>`),
    );

    const { apiUsers, submits, events } = mock.state();
    expect(submits).toBe(1);
    expect(apiUsers).toEqual([
      {
        gstin: DEMO.gstin,
        gsp: DEFMACRO,
        username: 'API_acme01',
        password: API.password,
        createdAt: expect.any(String),
      },
    ]);
    expect(events.find((event) => event.type === 'submit')?.detail).toEqual({
      gstin: DEMO.gstin,
      gsp: DEFMACRO,
      username: 'API_acme01',
    });
    const recorded = JSON.stringify(events);
    for (const secret of [API.password, DEMO.password, FIXED.captcha, FIXED.loginOtp, FIXED.apiOtp]) {
      expect(recorded).not.toContain(secret);
    }

    const other = new Visitor(mock.url);
    await other.logIn('demo_ka', 'Demo@Pass2');
    await other.get('/ApiRegistration/CreateApiUser');
    await other.post('/ApiRegistration/VerifyOtp', { Otp: FIXED.apiOtp });
    expect((await other.get('/ApiRegistration/Register')).html).toContain('No records found');
  });

  const taken = { gstin: '29AABCE1234F1Z1', gsp: 'Tera Software Limited', username: 'API_Acme01' };
  const refusals: Array<{
    name: string;
    options?: MockOptions;
    form: { gsp?: string; suffix?: string; password?: string; confirm?: string };
    alert: string;
    reason: string;
  }> = [
    { name: 'no GSP chosen', form: { gsp: '' }, alert: 'Please select GSP', reason: 'no-gsp' },
    {
      name: 'a GSP this GSTIN already has (checked before the username and password)',
      options: { apiUsers: [{ ...taken, gstin: DEMO.gstin, gsp: DEFMACRO, password: 'x', createdAt: 'x' }] },
      form: { suffix: 'x', password: 'short' },
      alert: 'This GSTIN is already registered with the selected GSP.',
      reason: 'already-registered',
    },
    {
      name: "another GSTIN's username, whatever its case",
      options: { apiUsers: [{ ...taken, password: 'x', createdAt: '2026-01-02T00:00:00.000Z' }] },
      form: { suffix: 'ACME01' },
      alert: 'User Name already exists. Please try with another User Name.',
      reason: 'username-taken',
    },
    {
      name: 'a 3-character username',
      form: { suffix: 'abc' },
      alert: 'Invalid User Name.',
      reason: 'username-invalid',
    },
    {
      name: 'a 17-character username',
      form: { suffix: 'a'.repeat(17) },
      alert: 'Invalid User Name.',
      reason: 'username-invalid',
    },
    {
      name: 'a username with a dash',
      form: { suffix: 'acme-01' },
      alert: 'Invalid User Name.',
      reason: 'username-invalid',
    },
    {
      name: 'passwords that differ',
      form: { password: API.password, confirm: 'Api@Pass124' },
      alert: 'Password and Re-enter Password should be same',
      reason: 'passwords-differ',
    },
    ...['Ab1@', 'Abcdefgh@123456789', 'abcdef1@', 'ABCDEF1@', 'Abcdefg@', 'Abcdefg1'].map((password) => ({
      name: `the password ${password}`,
      form: { password },
      alert: ALERT.passwordPolicy,
      reason: 'password-policy',
    })),
    {
      name: 'a good password while refusePassword is on',
      options: { faults: { refusePassword: true } },
      form: {},
      alert: ALERT.passwordPolicy,
      reason: 'password-policy',
    },
  ];
  for (const refusal of refusals) {
    test(`refuses ${refusal.name}, keeping the GSP and username on the form`, async () => {
      const mock = await startMock(refusal.options);
      const visitor = new Visitor(mock.url);
      const form = await visitor.reachRegistration();
      const gsp = refusal.form.gsp ?? DEFMACRO;
      const gspId = gsp ? gspIdOf(form.html, gsp) : '';
      const reply = await visitor.submitApiUser({ ...refusal.form, gspId });
      expect(reply.alert).toBe(refusal.alert);
      expect(reply.html).toMatch(/id="rbGSP"[^>]*checked/);
      expect(reply.html).not.toMatch(/id="gspSection"[^>]*hidden/);
      expect(reply.html).toContain(`value="${refusal.form.suffix ?? API.suffix}"`);
      if (gspId) expect(reply.html).toContain(`<option value="${gspId}" selected>`);
      expect(reply.html).not.toContain(API.password);
      expect(eventsOf(mock, 'submit-refused').map((event) => event.detail?.reason)).toEqual([refusal.reason]);
      expect(mock.state().apiUsers).toHaveLength(refusal.options?.apiUsers?.length ?? 0);
    });
  }
});

test.describe('faults', () => {
  /** The journey, one stage's page request at a time, with what each answers when nothing is wrong. */
  function journey(visitor: Visitor): Array<{ stage: Stage; step: () => Promise<Reply>; normal: number }> {
    return [
      { stage: 'home', step: () => visitor.get('/'), normal: 200 },
      {
        stage: 'login',
        step: async () => {
          await visitor.get('/get-captcha-image');
          return visitor.signIn();
        },
        normal: 302,
      },
      {
        stage: 'login-otp',
        step: () => visitor.post('/Home/VerifyLoginOtp', { Otp: FIXED.loginOtp }),
        normal: 302,
      },
      { stage: 'main-menu', step: () => visitor.get('/Home/MainMenu'), normal: 200 },
      { stage: 'api-otp', step: () => visitor.get('/ApiRegistration/CreateApiUser'), normal: 200 },
      {
        stage: 'api-otp-verify',
        step: () => visitor.post('/ApiRegistration/VerifyOtp', { Otp: FIXED.apiOtp }),
        normal: 302,
      },
      { stage: 'register', step: () => visitor.get('/ApiRegistration/Register'), normal: 200 },
      { stage: 'submit', step: () => visitor.submitApiUser({ gspId: 'G007' }), normal: 200 },
    ];
  }

  const kinds = [
    {
      fault: 'serverErrorAt',
      event: 'server-error',
      hit: (reply: Reply) => reply.status === 500 && reply.html.includes("Server Error in '/' Application."),
    },
    {
      fault: 'maintenanceAt',
      event: 'maintenance',
      hit: (reply: Reply) =>
        reply.html.includes('<title>Under Maintenance</title>') && !reply.html.includes('<form'),
    },
    {
      fault: 'expireSessionAt',
      event: 'session-expired',
      hit: (reply: Reply) => reply.status === 302 && reply.location === '/',
    },
  ] as const;

  for (const kind of kinds) {
    for (const stage of STAGES) {
      test(`${kind.fault} ${stage} fires once, at the ${stage} request`, async () => {
        const mock = await startMock({ faults: { [kind.fault]: stage } });
        const visitor = new Visitor(mock.url);
        let hitAt: Stage | undefined;
        for (const { stage: current, step, normal } of journey(visitor)) {
          const reply = await step();
          if (kind.hit(reply)) {
            hitAt = current;
            break;
          }
          expect(reply.status, `${current} answered normally`).toBe(normal);
        }
        expect(hitAt).toBe(stage);
        expect(mock.state().faults[kind.fault]).toBeUndefined();
        expect(eventsOf(mock, kind.event).map((event) => event.detail?.stage)).toEqual([stage]);
      });
    }
  }

  test('a server error is gone on the next request', async () => {
    const mock = await startMock({ faults: { serverErrorAt: 'main-menu' } });
    const visitor = new Visitor(mock.url);
    await visitor.logIn();
    expect((await visitor.get('/Home/MainMenu')).status).toBe(500);
    expect((await visitor.get('/Home/MainMenu')).html).toContain('Dash Board');
  });

  test('an expired session must log in again', async () => {
    const mock = await startMock({ faults: { expireSessionAt: 'api-otp' } });
    const visitor = new Visitor(mock.url);
    await visitor.logIn();
    expect((await visitor.get('/ApiRegistration/CreateApiUser')).location).toBe('/');
    expect((await visitor.get('/Home/MainMenu')).location).toBe('/');
    const form = await visitor.reachRegistration();
    expect(form.html).toContain('Select your GSP');
    expect(eventsOf(mock, 'login-ok')).toHaveLength(2);
  });

  test('afterSubmit drop creates the user, then closes the connection without an answer', async () => {
    const mock = await startMock({ faults: { afterSubmit: 'drop' } });
    const visitor = new Visitor(mock.url);
    const form = await visitor.reachRegistration();
    await expect(visitor.submitApiUser({ gspId: gspIdOf(form.html, DEFMACRO) })).rejects.toThrow();
    expect(mock.state()).toMatchObject({ submits: 1, apiUsers: [{ username: 'API_acme01', gsp: DEFMACRO }] });
  });

  test('afterSubmit 5xx creates the user, then answers a server error', async () => {
    const mock = await startMock({ faults: { afterSubmit: '5xx' } });
    const visitor = new Visitor(mock.url);
    const form = await visitor.reachRegistration();
    const reply = await visitor.submitApiUser({ gspId: gspIdOf(form.html, DEFMACRO) });
    expect(reply.status).toBe(500);
    expect(mock.state().apiUsers).toHaveLength(1);
  });

  test('slowMs delays every page but not the captcha image', async () => {
    const mock = await startMock({ faults: { slowMs: 1500 } });
    const visitor = new Visitor(mock.url);
    const timed = async (path: string) => {
      const start = performance.now();
      await visitor.get(path);
      return performance.now() - start;
    };
    expect(await timed('/')).toBeGreaterThanOrEqual(1490);
    // Half the delay: room for a loaded machine, still no delay at all.
    expect(await timed('/get-captcha-image')).toBeLessThan(750);
    expect(await timed('/Home/MainMenu')).toBeGreaterThanOrEqual(1490);
  });

  test('menuLabel renames the middle menu item and popup decides the technical-contact modal', async () => {
    const mock = await startMock({ faults: { menuLabel: 'Client Credentials', popup: 'never' } });
    const visitor = new Visitor(mock.url);
    await visitor.logIn();
    const menu = (await visitor.get('/Home/MainMenu')).html;
    expect(menu).toContain('aria-expanded="false">Client Credentials</a>');
    expect(menu).not.toContain('User Credentials');
    expect(menu).toContain('var popup = "never";');
  });
});

test.describe('the control endpoint', () => {
  test('shows the state, resets with a config, merges faults and names a typo', async () => {
    const mock = await startMock();
    const post = (path: string, body: unknown) =>
      fetch(`${mock.url}${path}`, { method: 'POST', body: JSON.stringify(body) });
    const reset = await post('/__mock/reset', {
      accounts: [
        {
          username: 'solo',
          password: 'Solo@Pass1',
          gstin: '27AAPFU0939F1ZV',
          tradeName: 'Solo',
          mobile: '9000000001',
        },
      ],
      gsps: ['Only GSP Limited'],
      fixed: { captcha: 'ABCDE' },
      faults: { popup: 'late' },
    });
    expect(reset.status).toBe(200);
    const faults = await post('/__mock/faults', { slowMs: 5, serverErrorAt: 'home' });
    expect((await faults.json()).faults).toMatchObject({ popup: 'late', slowMs: 5, serverErrorAt: 'home' });
    await post('/__mock/faults', { serverErrorAt: null });

    const state = await (await fetch(`${mock.url}/__mock/state`)).json();
    expect(state.accounts.map((account: { username: string }) => account.username)).toEqual(['solo']);
    expect(state.fixed).toEqual({ captcha: 'ABCDE' });
    expect(state.faults).toEqual({
      slowMs: 5,
      popup: 'late',
      menuLabel: 'User Credentials',
      throughGspLabel: 'Through GSP',
      popupWithoutClose: false,
      refusePassword: false,
    });

    const typo = await post('/__mock/faults', { serverErrorAtt: 'home' });
    expect(typo.status).toBe(400);
    expect((await typo.json()).error).toMatch(/unknown fault "serverErrorAtt"/);
    expect((await post('/__mock/faults', { maintenanceAt: 'lunch' })).status).toBe(400);
  });

  test('reset() without accounts brings back the demo accounts and clears the records', async () => {
    const mock = await startMock({ accounts: [] });
    await new Visitor(mock.url).openLogin();
    mock.reset();
    const state = mock.state();
    expect(state.accounts.map((account) => [account.username, account.gstin])).toEqual([
      ['demo_user', '27AABCE1234F1Z5'],
      ['demo_ka', '29AABCE1234F1Z1'],
      ['demo_tn', '33AABCE1234F1ZC'],
    ]);
    expect(state).toMatchObject({ events: [], captchaImages: 0, submits: 0, fixed: {} });
  });
});

test.describe('in a browser', () => {
  function recordAlerts(page: Page): string[] {
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.accept();
    });
    return alerts;
  }

  async function logIn(page: Page, mock: MockPortal): Promise<void> {
    await page.goto(mock.url);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.locator('#txtUserName').fill(DEMO.username);
    await page.locator('#txt_password').fill(DEMO.password);
    await page.locator('#CaptchaCode').fill(FIXED.captcha);
    await page.locator('#btnSubmitLogin').click();
    await page.locator('#txtOtp').fill(FIXED.loginOtp);
    await page.getByRole('button', { name: 'Verify OTP' }).click();
    await expect(page.getByRole('heading', { name: 'Dash Board' })).toBeVisible();
  }

  test('the login form posts a salted hash, never the password, and errors come as alerts', async ({
    page,
  }) => {
    const mock = await startMock();
    const alerts = recordAlerts(page);
    const posted: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posted.push(request.postData() ?? '');
    });
    await page.goto(mock.url);
    await expect(page.locator('#loginPanel')).toBeHidden();
    await page.getByRole('button', { name: 'Login' }).click();
    await expect(page.getByRole('button', { name: 'Login' })).toHaveCount(2);
    await page.locator('#txtUserName').fill(DEMO.username);
    await page.locator('#txt_password').fill(DEMO.password);
    await page.locator('#CaptchaCode').fill('WRONG');
    await page.locator('#btnSubmitLogin').click();
    await expect.poll(() => alerts).toEqual([ALERT.captcha]);
    await expect(page.locator('#loginPanel')).toBeVisible();
    await expect.poll(() => mock.state().captchaImages).toBe(2);

    await page.locator('#txtUserName').fill(DEMO.username);
    await page.locator('#txt_password').fill(DEMO.password);
    await page.locator('#CaptchaCode').fill(FIXED.captcha);
    await page.locator('#btnSubmitLogin').click();
    await expect(page.getByRole('heading', { name: 'Two Factor Authentication' })).toBeVisible();
    expect(posted).toHaveLength(2);
    for (const body of posted) {
      expect(body).not.toContain(encodeURIComponent(DEMO.password));
      expect(body).toMatch(/UserLogin.Password=[0-9a-f]{64}/);
    }
  });

  test('Refresh Captcha loads a new image', async ({ page }) => {
    const mock = await startMock();
    await page.goto(mock.url);
    await page.getByRole('button', { name: 'Login' }).click();
    await expect.poll(() => mock.state().captchaImages).toBe(1);
    await page.getByRole('link', { name: 'Refresh Captcha' }).click();
    await expect.poll(() => mock.state().captchaImages).toBe(2);
  });

  test('the technical-contact popup blocks clicks on the sidebar until Exit', async ({ page }) => {
    const mock = await startMock();
    await logIn(page, mock);
    const dialog = page.getByRole('dialog', { name: 'Contacts of Technical Person' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('cell', { name: '9123456780' })).toBeVisible();
    const group = page.getByRole('link', { name: 'API Registration' });
    await expect(group.click({ timeout: 1000 })).rejects.toThrow(/intercepts pointer events/);
    await dialog.getByRole('link', { name: 'Exit' }).click();
    await expect(dialog).toHaveCount(0);
    await group.click();
    await expect(group).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('link', { name: 'User Credentials' }).click();
    await page.getByRole('link', { name: 'Create API User' }).click();
    await expect(page.getByText('OTP has been sent to your registered mobile number')).toBeVisible();
  });

  test('the late popup appears after the dashboard is already usable', async ({ page }) => {
    const mock = await startMock({ faults: { popup: 'late' } });
    await logIn(page, mock);
    const dialog = page.getByRole('dialog', { name: 'Contacts of Technical Person' });
    await expect(dialog).toHaveCount(0);
    await expect(dialog).toBeVisible({ timeout: 5000 });
  });

  test('the GSP section appears only after choosing Through GSP, and the page checks it before posting', async ({
    page,
  }) => {
    const mock = await startMock();
    const alerts = recordAlerts(page);
    await logIn(page, mock);
    await page.goto(`${mock.url}/ApiRegistration/CreateApiUser`);
    await page.locator('#txtOTP').fill(FIXED.apiOtp);
    await page.getByRole('button', { name: 'Verify OTP' }).click();
    const section = page.locator('#gspSection');
    await expect(page.getByText('Do you wish to Register your GSTIN for')).toBeVisible();
    await expect(section).toBeHidden();
    await page.getByRole('radio', { name: 'Through ERP' }).check();
    await expect(section).toBeHidden();
    await page.getByRole('radio', { name: 'Through GSP' }).check();
    await expect(section).toBeVisible();
    expect(await page.locator('#ddlGSP option').count()).toBeGreaterThan(35);
    await expect(page.getByText('API_', { exact: true })).toBeVisible();

    await page.locator('#txtApiUserName').fill(API.suffix);
    await page.locator('#txtApiPassword').fill(API.password);
    await page.locator('#txtApiRePassword').fill(API.password);
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => alerts).toEqual(['Please select GSP']);
    await page.locator('#ddlGSP').selectOption({ label: DEFMACRO });
    await page.locator('#txtApiRePassword').fill('Api@Pass124');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => alerts).toHaveLength(2);
    expect(alerts[1]).toBe('Password and Re-enter Password should be same');
    expect(mock.state().submits).toBe(0);

    await page.locator('#txtApiRePassword').fill(API.password);
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => alerts).toHaveLength(3);
    expect(alerts[2]).toBe(ALERT.created);
    const rows = page.locator('#tblRegisteredGsp tr');
    await expect(rows.nth(1)).toContainText(DEFMACRO);
    await expect(rows.nth(1)).toContainText('API_acme01');
  });
});

test.describe('the standalone runner', () => {
  const MAIN = 'dist/test/mock-portal/main.js';

  test('prints its URL, the demo accounts and each OTP as an SMS, and stops on SIGTERM', async () => {
    expect(existsSync(MAIN), `${MAIN} is missing: run npm run build`).toBe(true);
    const child = spawn(process.execPath, [MAIN, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    try {
      await expect.poll(() => output).toMatch(/Mock portal listening on http:\/\/127\.0\.0\.1:\d+\n/);
      const url = /listening on (\S+)/.exec(output)?.[1] ?? '';
      expect(output).toContain('demo_user / Demo@Pass1 / 27AABCE1234F1Z5');
      expect(output).toContain('demo_tn / Demo@Pass3 / 33AABCE1234F1ZC');

      const visitor = new Visitor(url);
      await visitor.openLogin();
      const captcha = (await (await fetch(`${url}/__mock/state`)).json()).last.captcha as string;
      await visitor.signIn({ captcha });
      await expect.poll(() => output).toMatch(/SMS to XXXXXX1234: OTP for login is \d{6}\n/);
      expect(output).toContain(`Captcha shown on the login page: ${captcha}\n`);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  /** The runner as a child, its output collected; without npm's variables (see main.ts). */
  function runMain(args: string[]) {
    const { npm_lifecycle_event: _npm, ...env } = process.env;
    const child = spawn(process.execPath, [MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    const out = { stdout: '', stderr: '' };
    child.stdout.on('data', (chunk: Buffer) => {
      out.stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      out.stderr += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    return { child, out, exited };
  }

  test('takes --dialect and --scramble-ids, and names the dialects when given another', async () => {
    const run = runMain(['--port', '0', '--dialect', 'legacy-table', '--scramble-ids']);
    try {
      await expect.poll(() => run.out.stdout).toMatch(/Markup dialect: legacy-table, ids scrambled/);
      const url = /listening on (\S+)/.exec(run.out.stdout)?.[1] ?? '';
      expect(await (await fetch(`${url}/__mock/state`)).json()).toMatchObject({
        dialect: 'legacy-table',
        scrambleIds: true,
      });
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);

    const wrong = runMain(['--port', '0', '--dialect', 'fancy']);
    expect(await wrong.exited).toBe(2);
    expect(wrong.out.stderr).toContain('unknown dialect "fancy"; known: accessible, legacy-table, bootstrap');
  });

  test('a port in use is one plain line and exit 2', async () => {
    const mock = await startMock();
    const run = runMain(['--port', String(mock.port)]);
    expect(await run.exited).toBe(2);
    expect(run.out.stderr).toBe(
      `mock portal: port ${mock.port} is in use (another mock running?); choose another with --port or MOCK_PORT\n`,
    );
    expect(run.out.stdout).toBe('');
  });

  test('stops listening when the process that started it is killed', async () => {
    // A stand-in for npm: a parent that starts the runner and is then killed outright.
    const { npm_lifecycle_event: _npm, ...env } = process.env;
    const starter = spawn(
      process.execPath,
      [
        '-e',
        `require('node:child_process').spawn(process.execPath, ${JSON.stringify([MAIN, '--port', '0'])}, { stdio: 'inherit' }); setInterval(() => {}, 60000);`,
      ],
      { stdio: ['ignore', 'pipe', 'ignore'], env },
    );
    let output = '';
    starter.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    await expect.poll(() => output).toMatch(/listening on (\S+)/);
    const url = /listening on (\S+)/.exec(output)?.[1] ?? '';
    expect((await fetch(`${url}/__mock/state`)).status).toBe(200);
    starter.kill('SIGKILL');
    await expect
      .poll(() => output)
      .toContain('Mock portal stopping (the process that started it has ended).');
    await expect(fetch(`${url}/__mock/state`)).rejects.toThrow();
  });
});
