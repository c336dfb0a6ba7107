/**
 * The mock portal's markup dialects and `scrambleIds`: each renders what it claims. These are
 * contract tests of the mock, driven with plain Playwright and plain HTTP, so they may use each
 * dialect's own selectors; the bot's specs are elsewhere. Each test starts its own mock.
 */
import { createHash } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { SEEN_ON_REAL_PORTAL } from '../src/portal-map.js';
import { type Dialect, type MockOptions, type MockPortal, startMockPortal } from './mock-portal/server.js';
import { STAGES, type Stage } from './mock-portal/types.js';

const FIXED = { captcha: 'K7PQ2', loginOtp: '482913', apiOtp: '615204' } as const;
const DEMO = { username: 'demo_user', password: 'Demo@Pass1', gstin: '27AABCE1234F1Z5' } as const;
const API = { suffix: 'acme01', password: 'Api@Pass123' } as const;
const DEFMACRO = 'DEFMACRO SOFTWARE PRIVATE LIMITED';
const CREATED = 'API User created successfully.';
const OTP_WRONG = 'Invalid OTP. Please enter the valid OTP.';

const running: MockPortal[] = [];

async function startMock(options: MockOptions = {}): Promise<MockPortal> {
  const mock = await startMockPortal({ quiet: true, ...options, fixed: { ...FIXED, ...options.fixed } });
  running.push(mock);
  return mock;
}

test.afterEach(async () => {
  await Promise.all(running.splice(0).map((mock) => mock.close()));
});

interface Seen {
  type: string;
  message: string;
}

/** Every dialog the page raises, accepted (as OK), in order. */
function recordDialogs(page: Page): Seen[] {
  const dialogs: Seen[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push({ type: dialog.type(), message: dialog.message() });
    void dialog.accept();
  });
  return dialogs;
}

/** Navigations of the main frame from now on (an AJAX step must cause none). */
function countNavigations(page: Page): { count: number } {
  const counter = { count: 0 };
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) counter.count += 1;
  });
  return counter;
}

/** Login and its OTP use the ids seen on the real portal in every dialect, scrambled or not. */
async function logIn(page: Page, mock: MockPortal): Promise<void> {
  await page.goto(mock.url);
  await page.locator('#btnLogin').click();
  await page.locator('#txtUserName').fill(DEMO.username);
  await page.locator('#txt_password').fill(DEMO.password);
  await page.locator('#CaptchaCode').fill(FIXED.captcha);
  // The form's own Login: the second button of that name on the page, whatever its markup.
  await page.getByRole('button', { name: 'Login', exact: true }).nth(1).click();
  await page.locator('#txtOtp').fill(FIXED.loginOtp);
  await page.locator('#btnVerifyOTP').click();
  await expect(page.getByText('Dash Board').first()).toBeVisible();
}

/** What a bot may not lean on in the legacy-table dialect: none of it is on any of its pages. */
async function expectNoAccessibleNames(page: Page, where: string): Promise<void> {
  for (const selector of [
    'label',
    '[for]',
    '[aria-label]',
    '[aria-labelledby]',
    '[placeholder]',
    '[role]',
    '.modal',
  ]) {
    await expect(page.locator(selector), `${selector} on ${where}`).toHaveCount(0);
  }
}

test.describe('legacy-table', () => {
  test('has no label, aria name, placeholder or dialog role, and its popup covers the page', async ({
    page,
  }) => {
    const mock = await startMock({ dialect: 'legacy-table' });
    const dialogs = recordDialogs(page);
    await page.goto(mock.url);
    await expectNoAccessibleNames(page, 'the home page');
    await expect(page.locator('input#btnLogin.homepageloginbtn[type="button"][value="Login"]')).toBeVisible();
    await expect(page.locator('td', { hasText: /^User Name\*$/ })).toHaveCount(1);
    await expect(page.locator('td', { hasText: /^Password :$/ })).toHaveCount(1);
    await logIn(page, mock);
    await expectNoAccessibleNames(page, 'the dashboard');

    const overlay = page.locator('div', { hasText: 'Contacts of Technical Person' }).first();
    await expect(overlay).toBeVisible();
    const covered = await page.evaluate(() => {
      let element = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
      while (element && getComputedStyle(element).position !== 'fixed') element = element.parentElement;
      return {
        inOverlay: element?.textContent?.includes('Contacts of Technical Person') ?? false,
        zIndex: element ? Number(getComputedStyle(element).zIndex) : 0,
      };
    });
    expect(covered.inOverlay).toBe(true);
    expect(covered.zIndex).toBeGreaterThanOrEqual(1000);
    await page.locator('input[type="button"][value="Exit"]').click();
    await expect(overlay).toBeHidden();

    const group = page.locator('a[href="javascript:void(0)"]', { hasText: 'API Registration' });
    await group.click();
    await page.locator('a[href="javascript:void(0)"]', { hasText: 'User Credentials' }).click();
    await page.getByText('Create API User', { exact: true }).click();
    await expect(page.getByText('OTP has been sent to your registered mobile number')).toBeVisible();
    await expectNoAccessibleNames(page, 'the API OTP page');

    await page.locator('#MainContent_txtApiOtp').fill('000000');
    await page.locator('input[type="submit"][value="Verify OTP"]').click();
    await expect.poll(() => dialogs).toEqual([{ type: 'alert', message: OTP_WRONG }]);
    await page.locator('#MainContent_txtApiOtp').fill(FIXED.apiOtp);
    await page.locator('input[type="submit"][value="Verify OTP"]').click();
    await expect(page.getByText('Do you wish to Register your GSTIN for :')).toBeVisible();
    await expectNoAccessibleNames(page, 'the registration page');

    const gspTable = page.locator('#MainContent_tblGsp');
    await expect(gspTable).toBeHidden();
    await page.locator('input[type="radio"][value="G"]').check();
    await expect(gspTable).toBeVisible();
    await expect(page.locator('#MainContent_rblRegMode')).toContainText('Through GSP');
    await expect(gspTable.locator('td.lbl').first()).toHaveText('Select your GSP\u00a0:*');
    await page.locator('#MainContent_ddlGspList').selectOption({ label: DEFMACRO });
    await page.locator('#MainContent_txtApiUser').fill(API.suffix);
    await page.locator('#MainContent_txtApiPwd').fill(API.password);
    await page.locator('#MainContent_txtApiRePwd').fill(API.password);
    await page.locator('input[type="submit"][value="Submit"]').click();
    await expect.poll(() => dialogs.length).toBe(2);
    expect(dialogs[1]).toEqual({ type: 'alert', message: CREATED });
    await expect(page.locator('#MainContent_gvGspDetails tr').nth(1)).toContainText('API_acme01');
    expect(mock.state().apiUsers).toMatchObject([
      { gstin: DEMO.gstin, gsp: DEFMACRO, username: 'API_acme01' },
    ]);
  });
});

test.describe('bootstrap', () => {
  test('popups are Bootstrap modals, and the advisory follows the technical contacts', async ({ page }) => {
    const mock = await startMock({ dialect: 'bootstrap' });
    await logIn(page, mock);
    const shown = page.locator('div.modal.fade.show');
    await expect(shown).toHaveCount(1);
    await expect(shown.locator('.modal-dialog .modal-content .modal-header h4.modal-title')).toHaveText(
      'Contacts of Technical Person',
    );
    await expect(shown).not.toHaveAttribute('role', 'dialog');
    await expect(shown).toHaveCSS('display', 'block');
    await expect(page.locator('div.modal-backdrop')).toHaveCount(1);
    await expect(shown.locator('button.close[data-dismiss="modal"]')).toHaveText('×');
    const group = page.locator('a.btn.btn-link.parentmenu[data-toggle="collapse"][href="#collapseFour"]');
    await expect(group.click({ timeout: 1000 })).rejects.toThrow(/intercepts pointer events/);

    await shown.locator('button.btn.btn-danger', { hasText: 'Exit' }).click();
    await expect(shown).toHaveCount(1);
    await expect(shown.locator('.modal-title')).toHaveText('Advisory');
    await expect(shown.locator('.modal-body')).toContainText('Two-Factor Authentication (2FA) is mandatory');
    await expect(page.locator('div.modal-backdrop')).toHaveCount(1);
    await shown.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(shown).toHaveCount(0);
    await expect(page.locator('div.modal-backdrop')).toHaveCount(0);

    const navigations = countNavigations(page);
    await group.click();
    await expect(page.locator('#collapseFour')).toHaveClass(/\bshow\b/);
    await expect(group).toHaveAttribute('aria-expanded', 'true');
    await page.locator('a.parentmenu', { hasText: 'User Credentials' }).click();
    await expect(page.locator('#collapseFourOne')).toHaveClass(/\bshow\b/);
    expect(navigations.count).toBe(0);
    await page.locator('a[href="/ApiRegistration/CreateApiUser"]').click();
    await expect(page.getByText('OTP has been sent to your registered mobile number')).toBeVisible();
  });

  test('the API OTP is checked in place, and Submit confirms, posts, alerts and redraws the table without a navigation', async ({
    page,
  }) => {
    const mock = await startMock({ dialect: 'bootstrap', faults: { popup: 'never' } });
    const dialogs = recordDialogs(page);
    await logIn(page, mock);
    await page.goto(`${mock.url}/ApiRegistration/CreateApiUser`);
    const navigations = countNavigations(page);
    const otp = page.locator('#ApiOtp');
    const otpPanel = page.locator('#divOtpPanel');
    const formPanel = page.locator('#divApiUserPanel');
    await expect(formPanel).toBeHidden();

    await otp.fill('000000');
    await page.getByRole('button', { name: 'Verify OTP' }).click();
    await expect(otpPanel.locator('span.text-danger')).toHaveText(OTP_WRONG);
    expect(dialogs).toEqual([]);

    await otp.fill(FIXED.apiOtp);
    await page.getByRole('button', { name: 'Verify OTP' }).click();
    await expect(formPanel).toBeVisible();
    await expect(otpPanel).toBeHidden();
    const gsp = page.locator('#ApiUserModel_GspCode');
    await expect.poll(() => gsp.locator('option').count()).toBeGreaterThan(35);
    await expect(page.locator('#tbodyGspRegistered')).toHaveText('No records found');
    await expect(page.locator('label[for]')).toHaveCount(0);
    await expect(page.locator('.form-group label', { hasText: 'SELECT YOUR GSP *' })).toHaveCount(1);

    await page.locator('input[type="radio"][value="G"]').check();
    await expect(page.locator('span.input-group-addon')).toHaveText('API_');
    await gsp.selectOption({ label: DEFMACRO });
    await page.locator('#ApiUserModel_UserName').fill(API.suffix);
    await page.locator('#ApiUserModel_Password').fill(API.password);
    await page.locator('#ApiUserModel_ConfirmPassword').fill('Api@Pass124');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.locator('#spnPasswordError')).toHaveText(
      'Password and Re-enter Password should be same',
    );
    await page.locator('#ApiUserModel_ConfirmPassword').fill(API.password);
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => dialogs.length).toBe(2);
    expect(dialogs[0]?.type).toBe('confirm');
    expect(dialogs[0]?.message).toMatch(/^Are you sure .*\?$/);
    expect(dialogs[1]).toEqual({ type: 'alert', message: CREATED });
    await expect(page.locator('#tbodyGspRegistered tr')).toHaveText([
      /1\s*DEFMACRO SOFTWARE PRIVATE LIMITED\s*API_acme01/,
    ]);
    expect(navigations.count).toBe(0);
    expect(mock.state()).toMatchObject({
      submits: 1,
      apiUsers: [{ gstin: DEMO.gstin, gsp: DEFMACRO, username: 'API_acme01', password: API.password }],
    });
  });

  test('login errors stay alerts; the login OTP refusal is inline text; Cancel on the confirm posts nothing', async ({
    page,
  }) => {
    const mock = await startMock({ dialect: 'bootstrap', faults: { popup: 'never' } });
    const dialogs = recordDialogs(page);
    await page.goto(mock.url);
    await page.locator('#btnLogin').click();
    await page.locator('#txtUserName').fill(DEMO.username);
    await page.locator('#txt_password').fill(DEMO.password);
    await page.locator('#CaptchaCode').fill('WRONG');
    await page.locator('button.btn.btn-primary.btn-block.btnlogin').click();
    await expect
      .poll(() => dialogs)
      .toEqual([{ type: 'alert', message: expect.stringMatching(/^Invalid Captcha/) }]);
    await page.locator('#txtUserName').fill(DEMO.username);
    await page.locator('#txt_password').fill(DEMO.password);
    await page.locator('#CaptchaCode').fill(FIXED.captcha);
    await page.locator('button.btnlogin').click();
    await page.locator('#txtOtp').fill('000000');
    await page.locator('#btnVerifyOTP').click();
    await expect(page.locator('div.divError')).toHaveText(OTP_WRONG);
    expect(dialogs).toHaveLength(1);
    await page.locator('#txtOtp').fill(FIXED.loginOtp);
    await page.locator('#btnVerifyOTP').click();
    await expect(page.getByRole('heading', { name: 'Dash Board' })).toBeVisible();

    page.removeAllListeners('dialog');
    page.on('dialog', (dialog) => void (dialog.type() === 'confirm' ? dialog.dismiss() : dialog.accept()));
    await page.goto(`${mock.url}/ApiRegistration/CreateApiUser`);
    await page.locator('#ApiOtp').fill(FIXED.apiOtp);
    await page.getByRole('button', { name: 'Verify OTP' }).click();
    await page.locator('input[type="radio"][value="G"]').check();
    await expect.poll(() => page.locator('#ApiUserModel_GspCode option').count()).toBeGreaterThan(35);
    await page.locator('#ApiUserModel_GspCode').selectOption({ label: DEFMACRO });
    await page.locator('#ApiUserModel_UserName').fill(API.suffix);
    await page.locator('#ApiUserModel_Password').fill(API.password);
    await page.locator('#ApiUserModel_ConfirmPassword').fill(API.password);
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.locator('#tbodyGspRegistered')).toHaveText('No records found');
    expect(mock.state().submits).toBe(0);
  });

  test('an AJAX step whose session is gone goes back to /, and a server error is an alert', async ({
    page,
  }) => {
    const mock = await startMock({
      dialect: 'bootstrap',
      faults: { popup: 'never', serverErrorAt: 'api-otp-verify' },
    });
    const dialogs = recordDialogs(page);
    await logIn(page, mock);
    await page.goto(`${mock.url}/ApiRegistration/CreateApiUser`);
    await page.locator('#ApiOtp').fill(FIXED.apiOtp);
    await page.getByRole('button', { name: 'Verify OTP' }).click();
    await expect.poll(() => dialogs).toEqual([{ type: 'alert', message: expect.stringMatching(/HTTP 500/) }]);
    await expect(page.locator('#divOtpPanel')).toBeVisible();

    mock.setFaults({ expireSessionAt: 'api-otp-verify' });
    await page.getByRole('button', { name: 'Verify OTP' }).click();
    await page.waitForURL(`${mock.url}/`);
    await expect(page.locator('#btnLogin')).toBeVisible();
    expect(mock.state().events.filter((event) => event.type === 'session-expired')).toHaveLength(1);
  });
});

// Plain HTTP: the fault answers of every stage in the two new dialects.

const sha256hex = (text: string) => createHash('sha256').update(text).digest('hex');

interface Reply {
  status: number;
  location: string | undefined;
  type: string;
  body: string;
}

/** A visitor without a browser: keeps its session cookie and form token, follows no redirect. */
class Visitor {
  private session = '';
  private token = '';
  private salt = '';

  constructor(private readonly base: string) {}

  get(path: string): Promise<Reply> {
    return this.send(path, { method: 'GET' });
  }

  post(path: string, fields: Record<string, string>): Promise<Reply> {
    const body = new URLSearchParams({ __RequestVerificationToken: this.token, ...fields });
    return this.send(path, { method: 'POST', body });
  }

  signIn(): Promise<Reply> {
    return this.post('/Home/Login', {
      'UserLogin.UserName': DEMO.username,
      'UserLogin.Salt': this.salt,
      'UserLogin.Password': sha256hex(sha256hex(DEMO.password) + this.salt),
      CaptchaCode: FIXED.captcha,
    });
  }

  private async send(path: string, init: RequestInit): Promise<Reply> {
    const headers: Record<string, string> = this.session
      ? { cookie: `ASP.NET_SessionId=${this.session}` }
      : {};
    const response = await fetch(`${this.base}${path}`, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      this.session = /^ASP\.NET_SessionId=([^;]+)/.exec(line)?.[1] ?? this.session;
    }
    const body = await response.text();
    this.token = /name="__RequestVerificationToken" value="([^"]+)"/.exec(body)?.[1] ?? this.token;
    this.salt = /name="UserLogin\.Salt"[^>]*value="([^"]+)"/.exec(body)?.[1] ?? this.salt;
    return {
      status: response.status,
      location: response.headers.get('location') ?? undefined,
      type: response.headers.get('content-type') ?? '',
      body,
    };
  }
}

interface Step {
  stage: Stage;
  ajax: boolean;
  run: () => Promise<Reply>;
  normal: number;
}

/** The journey as each dialect's pages make it: full-page posts, or AJAX after the API OTP page. */
function journey(visitor: Visitor, dialect: 'legacy-table' | 'bootstrap'): Step[] {
  const page = (stage: Stage, run: () => Promise<Reply>, normal: number): Step => ({
    stage,
    ajax: false,
    run,
    normal,
  });
  const ajax = (stage: Stage, run: () => Promise<Reply>): Step => ({ stage, ajax: true, run, normal: 200 });
  const opening = [
    page('home', () => visitor.get('/'), 200),
    page(
      'login',
      async () => {
        await visitor.get('/get-captcha-image?r=1');
        return visitor.signIn();
      },
      302,
    ),
  ];
  if (dialect === 'legacy-table') {
    const p = 'ctl00$MainContent$';
    return [
      ...opening,
      page('login-otp', () => visitor.post('/Home/VerifyLoginOtp', { [`${p}txtOtp`]: FIXED.loginOtp }), 302),
      page('main-menu', () => visitor.get('/Home/MainMenu'), 200),
      page('api-otp', () => visitor.get('/ApiRegistration/CreateApiUser'), 200),
      page(
        'api-otp-verify',
        () => visitor.post('/ApiRegistration/VerifyOtp', { [`${p}txtApiOtp`]: FIXED.apiOtp }),
        302,
      ),
      page('register', () => visitor.get('/ApiRegistration/Register'), 200),
      page(
        'submit',
        () =>
          visitor.post('/ApiRegistration/Register', {
            [`${p}rblRegMode`]: 'G',
            [`${p}ddlGspList`]: 'G007',
            [`${p}txtApiUser`]: API.suffix,
            [`${p}txtApiPwd`]: API.password,
            [`${p}txtApiRePwd`]: API.password,
          }),
        200,
      ),
    ];
  }
  return [
    ...opening,
    page('login-otp', () => visitor.post('/Home/VerifyLoginOtp', { OtpCode: FIXED.loginOtp }), 302),
    page('main-menu', () => visitor.get('/Home/MainMenu'), 200),
    page('api-otp', () => visitor.get('/ApiRegistration/CreateApiUser'), 200),
    ajax('api-otp-verify', () => visitor.post('/ApiRegistration/ValidateApiOtp', { ApiOtp: FIXED.apiOtp })),
    ajax('register', () => visitor.get('/ApiRegistration/GetApiUserDetails')),
    ajax('submit', () =>
      visitor.post('/ApiRegistration/SaveApiUser', {
        'ApiUserModel.RegMode': 'G',
        'ApiUserModel.GspCode': 'G007',
        'ApiUserModel.UserName': API.suffix,
        'ApiUserModel.Password': API.password,
        'ApiUserModel.ConfirmPassword': API.password,
      }),
    ),
  ];
}

const FAULTS = [
  {
    fault: 'serverErrorAt',
    event: 'server-error',
    hit: (reply: Reply) => reply.status === 500 && reply.body.includes("Server Error in '/' Application."),
  },
  {
    fault: 'maintenanceAt',
    event: 'maintenance',
    hit: (reply: Reply, ajax: boolean) =>
      reply.status === (ajax ? 503 : 200) &&
      reply.body.includes('<title>Under Maintenance</title>') &&
      !reply.body.includes('<form'),
  },
  {
    fault: 'expireSessionAt',
    event: 'session-expired',
    hit: (reply: Reply, ajax: boolean) =>
      ajax
        ? reply.status === 401 && JSON.parse(reply.body).redirect === '/'
        : reply.status === 302 && reply.location === '/',
  },
] as const;

test.describe('faults in every dialect', () => {
  for (const dialect of ['legacy-table', 'bootstrap'] as const) {
    for (const kind of FAULTS) {
      test(`${dialect}: ${kind.fault} fires once at each stage's request`, async () => {
        for (const stage of STAGES) {
          const mock = await startMock({ dialect, faults: { [kind.fault]: stage } });
          const visitor = new Visitor(mock.url);
          let hitAt: Stage | undefined;
          for (const step of journey(visitor, dialect)) {
            const reply = await step.run();
            if (kind.hit(reply, step.ajax)) {
              hitAt = step.stage;
              break;
            }
            expect(reply.status, `${dialect} ${step.stage} answered normally`).toBe(step.normal);
          }
          expect(hitAt).toBe(stage);
          expect(mock.state().faults[kind.fault]).toBeUndefined();
          expect(
            mock
              .state()
              .events.filter((event) => event.type === kind.event)
              .map((e) => e.detail?.stage),
          ).toEqual([stage]);
          await mock.close();
        }
      });
    }

    test(`${dialect}: the whole journey creates the user, and afterSubmit drop and 5xx create it too`, async () => {
      for (const afterSubmit of [undefined, 'drop', '5xx'] as const) {
        const mock = await startMock({ dialect, faults: afterSubmit ? { afterSubmit } : {} });
        const visitor = new Visitor(mock.url);
        const steps = journey(visitor, dialect);
        for (const step of steps.slice(0, -1)) expect((await step.run()).status).toBe(step.normal);
        const submit = steps[steps.length - 1]?.run() as Promise<Reply>;
        if (afterSubmit === 'drop') await expect(submit).rejects.toThrow();
        else expect((await submit).status).toBe(afterSubmit === '5xx' ? 500 : 200);
        expect(mock.state()).toMatchObject({
          submits: 1,
          apiUsers: [{ username: 'API_acme01', gsp: DEFMACRO }],
        });
        await mock.close();
      }
    });
  }

  test('menuLabel, popup and slowMs reach the dashboard and the AJAX answers of the new dialects', async () => {
    for (const dialect of ['legacy-table', 'bootstrap'] as const) {
      const mock = await startMock({ dialect, faults: { menuLabel: 'Client Credentials', popup: 'late' } });
      const visitor = new Visitor(mock.url);
      const steps = journey(visitor, dialect);
      for (const step of steps.slice(0, 3)) await step.run();
      const menu = (await steps[3]?.run())?.body ?? '';
      expect(menu).toMatch(
        /data-toggle="collapse"[^>]*>Client Credentials<\/a>|"javascript:void\(0\)"[^>]*>Client Credentials<\/a>/,
      );
      expect(menu).not.toContain('User Credentials');
      expect(menu).toContain('var popup = "late";');
      for (const step of steps.slice(4, 6)) await step.run();
      mock.setFaults({ slowMs: 300 });
      const started = performance.now();
      expect((await steps[6]?.run())?.status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(290);
      await mock.close();
    }
  });

  test('throughGspLabel and popupWithoutClose reach the form and the popup of the new dialects', async () => {
    for (const dialect of ['legacy-table', 'bootstrap'] as const) {
      const mock = await startMock({
        dialect,
        faults: { throughGspLabel: 'Through GSP partner', popupWithoutClose: true },
      });
      const visitor = new Visitor(mock.url);
      const steps = journey(visitor, dialect);
      for (const step of steps.slice(0, 3)) await step.run();
      const menu = (await steps[3]?.run())?.body ?? '';
      const [from, to] =
        dialect === 'bootstrap' ? ['mdlTechContact', 'mdlAdvisory'] : ['divTechPopup', '</form>'];
      const popup = menu.slice(menu.indexOf(from), menu.indexOf(to, menu.indexOf(from)));
      expect(popup).toContain('Contacts of Technical Person');
      expect(popup).toMatch(dialect === 'bootstrap' ? /data-close="modal">Proceed</ : /value="Proceed"/);
      expect(popup).not.toMatch(/>Exit<|value="Exit"|data-dismiss|&times;|class="close"/);
      const apiPage = (await steps[4]?.run())?.body ?? '';
      let form = apiPage;
      if (dialect === 'legacy-table') {
        await steps[5]?.run();
        form = (await steps[6]?.run())?.body ?? '';
      }
      expect(form).toMatch(/> ?Through GSP partner(<|&nbsp;)/);
      expect(form).not.toMatch(/> ?Through GSP(<|&nbsp;)/);
      await mock.close();
    }
  });

  test('bootstrap: AJAX answers are JSON; a refusal is success false; no session is a 401 to /', async () => {
    const mock = await startMock({ dialect: 'bootstrap', apiUsers: [] });
    const stranger = new Visitor(mock.url);
    await stranger.get('/');
    const lost = await stranger.post('/ApiRegistration/ValidateApiOtp', { ApiOtp: FIXED.apiOtp });
    expect({ status: lost.status, body: JSON.parse(lost.body) }).toEqual({
      status: 401,
      body: { redirect: '/' },
    });

    const visitor = new Visitor(mock.url);
    const steps = journey(visitor, 'bootstrap');
    for (const step of steps.slice(0, 5)) await step.run();
    const wrong = await visitor.post('/ApiRegistration/ValidateApiOtp', { ApiOtp: '000000' });
    expect(wrong.type).toMatch(/^application\/json/);
    expect(JSON.parse(wrong.body)).toEqual({ success: false, message: OTP_WRONG });
    expect(JSON.parse((await visitor.post('/ApiRegistration/ResendApiOtp', {})).body)).toEqual({
      success: true,
      message: 'OTP has been resent to your registered mobile number.',
    });
    const early = await visitor.get('/ApiRegistration/GetApiUserDetails');
    expect(JSON.parse(early.body)).toEqual({ redirect: '/Home/MainMenu' });
    for (const step of steps.slice(5, 7)) await step.run();
    const details = JSON.parse((await visitor.get('/ApiRegistration/GetApiUserDetails')).body);
    expect(details.gsps[6]).toEqual({ value: 'G007', text: DEFMACRO });
    expect(details.registered).toEqual([]);
    const created = JSON.parse((await steps[7]?.run())?.body ?? '');
    expect(created).toEqual({
      success: true,
      message: CREATED,
      registered: [
        {
          slNo: 1,
          gspName: DEFMACRO,
          userName: 'API_acme01',
          createdOn: expect.stringMatching(/^\d\d\/\d\d\/\d{4}$/),
        },
      ],
    });
    const again = JSON.parse((await steps[7]?.run())?.body ?? '');
    expect(again).toEqual({
      success: false,
      message: 'This GSTIN is already registered with the selected GSP.',
    });
  });
});

// scrambleIds

const SEEN = {
  ids: new Set<string>(SEEN_ON_REAL_PORTAL.ids),
  names: new Set<string>(SEEN_ON_REAL_PORTAL.names),
  classes: new Set<string>(SEEN_ON_REAL_PORTAL.classes),
};

function attributeValues(html: string, attribute: 'id' | 'name' | 'class'): string[] {
  const values = [...html.matchAll(new RegExp(`<(?!meta)[a-z]+\\b[^>]*\\s${attribute}="([^"]*)"`, 'g'))].map(
    (match) => match[1] ?? '',
  );
  return attribute === 'class' ? values.flatMap((value) => value.split(/\s+/).filter(Boolean)) : values;
}

test.describe('scrambleIds', () => {
  for (const dialect of ['accessible', 'legacy-table', 'bootstrap'] as const) {
    test(`${dialect}: two loads of a page differ in every id, name and class not seen on the real portal`, async () => {
      const plain = await (await fetch((await startMock({ dialect })).url)).text();
      const mock = await startMock({ dialect, scrambleIds: true });
      const [first, second] = [await (await fetch(mock.url)).text(), await (await fetch(mock.url)).text()];
      for (const [attribute, seen] of [
        ['id', SEEN.ids],
        ['name', SEEN.names],
        ['class', SEEN.classes],
      ] as const) {
        const original = attributeValues(plain, attribute);
        const [a, b] = [attributeValues(first, attribute), attributeValues(second, attribute)];
        expect(a, `${attribute}s in the same places`).toHaveLength(original.length);
        original.forEach((value, index) => {
          if (seen.has(value)) {
            expect(a[index]).toBe(value);
            expect(b[index]).toBe(value);
          } else {
            expect(a[index], `${attribute} ${value}`).toMatch(/^s[0-9a-f]{10}$/);
            expect(b[index]).toMatch(/^s[0-9a-f]{10}$/);
            expect(a[index]).not.toBe(b[index]);
          }
        });
      }
      for (const id of ['txtUserName', 'txt_password', 'CaptchaCode', 'captcha_image', 'btnLogin']) {
        expect(first).toContain(`id="${id}"`);
      }
      if (dialect !== 'accessible') expect(first).toContain('homepageloginbtn');
      expect(first).not.toMatch(/<link[^>]*stylesheet/);
      expect(first).toContain('<style>');
    });
  }

  /** The registration as a person reads it, without any id after login. */
  async function registerByText(page: Page): Promise<void> {
    await page.getByText('Create API User', { exact: true }).click();
    await page.locator('input[type="text"]:visible').fill(FIXED.apiOtp);
    await page.getByRole('button', { name: 'Verify OTP' }).click();
    await page.locator('input[type="radio"][value="G"]').check();
    const gsp = page.locator('select');
    await expect.poll(() => gsp.locator('option').count()).toBeGreaterThan(35);
    await gsp.selectOption({ label: DEFMACRO });
    await page.locator('input[type="text"]:visible').fill(API.suffix);
    await page.locator('input[type="password"]:visible').nth(0).fill(API.password);
    await page.locator('input[type="password"]:visible').nth(1).fill(API.password);
    await page.getByRole('button', { name: 'Submit' }).click();
  }

  test('a whole registration through the scrambled bootstrap pages creates the user', async ({ page }) => {
    const mock = await startMock({ dialect: 'bootstrap', scrambleIds: true });
    const dialogs = recordDialogs(page);
    await logIn(page, mock);
    const modal = page.locator('.modal', { hasText: 'Contacts of Technical Person' });
    await expect(modal).toHaveCSS('position', 'fixed');
    await modal.locator('.btn-danger').click();
    await page.locator('.modal', { hasText: 'Advisory' }).getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('.modal-backdrop')).toHaveCount(0);
    await page.locator('a.parentmenu', { hasText: 'API Registration' }).click();
    await page.locator('a.parentmenu', { hasText: 'User Credentials' }).click();
    await registerByText(page);
    await expect.poll(() => dialogs.map((dialog) => dialog.type)).toEqual(['confirm', 'alert']);
    expect(dialogs[1]?.message).toBe(CREATED);
    await expect(page.getByRole('cell', { name: 'API_acme01', exact: true })).toBeVisible();
    expect(mock.state().apiUsers).toMatchObject([
      { gstin: DEMO.gstin, gsp: DEFMACRO, username: 'API_acme01' },
    ]);
    expect(mock.state().apiUsers[0]?.password).toBe(API.password);
  });

  test('a whole registration through the scrambled legacy-table pages creates the user', async ({ page }) => {
    const mock = await startMock({ dialect: 'legacy-table', scrambleIds: true });
    const dialogs = recordDialogs(page);
    await logIn(page, mock);
    await page.locator('input[type="button"][value="Exit"]').click();
    await page.getByRole('link', { name: 'API Registration' }).click();
    await page.getByRole('link', { name: 'User Credentials' }).click();
    await registerByText(page);
    await expect.poll(() => dialogs).toEqual([{ type: 'alert', message: CREATED }]);
    await expect(page.getByRole('cell', { name: 'API_acme01', exact: true })).toBeVisible();
    expect(mock.state().apiUsers).toMatchObject([
      { gstin: DEMO.gstin, gsp: DEFMACRO, username: 'API_acme01' },
    ]);
  });
});

test.describe('choosing the dialect', () => {
  test('reset switches the dialect and scrambling, the state shows them, and an unknown one is a 400', async () => {
    const mock = await startMock();
    expect(mock.state()).toMatchObject({ dialect: 'accessible', scrambleIds: false });
    const post = (body: unknown) =>
      fetch(`${mock.url}/__mock/reset`, { method: 'POST', body: JSON.stringify(body) });

    const unknown = await post({ dialect: 'klingon' });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error).toBe(
      'unknown dialect "klingon"; known: accessible, legacy-table, bootstrap',
    );
    expect((await post({ scrambleIds: 'yes' })).status).toBe(400);

    expect((await post({ dialect: 'bootstrap', scrambleIds: true })).status).toBe(200);
    const state = await (await fetch(`${mock.url}/__mock/state`)).json();
    expect(state).toMatchObject({ dialect: 'bootstrap', scrambleIds: true });
    const home = await (await fetch(mock.url)).text();
    expect(home).toContain('btn btn-primary btn-block btnlogin');
    expect(home).not.toContain('id="divLoginBox"');

    mock.reset({ dialect: 'legacy-table' });
    expect(mock.state()).toMatchObject({ dialect: 'legacy-table', scrambleIds: false });
    expect(await (await fetch(mock.url)).text()).toContain(
      '<input type="button" id="btnLogin" class="homepageloginbtn"',
    );
    mock.reset();
    expect(mock.state()).toMatchObject({ dialect: 'accessible', scrambleIds: false });
  });

  test('a reset without a dialect goes back to the one the mock was started with', async () => {
    const mock = await startMock({ dialect: 'legacy-table', scrambleIds: true });
    mock.reset({ dialect: 'bootstrap', scrambleIds: false });
    mock.reset({});
    expect(mock.state()).toMatchObject({ dialect: 'legacy-table', scrambleIds: true });
  });

  test('each dialect serves its own stylesheets', async () => {
    for (const [dialect, paths] of [
      ['accessible', ['/static/portal.css']],
      ['legacy-table', ['/Styles/Site.css']],
      ['bootstrap', ['/lib/bootstrap/dist/css/bootstrap.min.css', '/css/site.css']],
    ] as Array<[Dialect, string[]]>) {
      const mock = await startMock({ dialect });
      const home = await (await fetch(mock.url)).text();
      for (const path of paths) {
        expect(home).toContain(`href="${path}"`);
        const css = await fetch(`${mock.url}${path}`);
        expect(css.status, path).toBe(200);
        expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
      }
      await mock.close();
    }
  });
});
