/**
 * The mock's session-expiry form `alert-then-redirect`: a lost session is announced by an alert,
 * then the page goes to `/`, in every dialect and whether the page or its script (AJAX) asked;
 * the `redirect` form goes without a word, and the `expireSessionNotice: 'alert'` fault turns
 * it into the alert. A contract test of the mock, driven with plain Playwright and plain HTTP.
 */
import { expect, type Page, test } from '@playwright/test';
import { DIALECTS, type Dialect, type MockPortal, startMockPortal } from './mock-portal/server.js';

const FIXED = { captcha: 'K7PQ2', loginOtp: '482913', apiOtp: '615204' } as const;
const NOTICE = 'Your session has expired. Please login again.';

const running: MockPortal[] = [];

test.afterEach(async () => {
  await Promise.all(running.splice(0).map((mock) => mock.close()));
});

async function startMock(dialect: Dialect): Promise<MockPortal> {
  const mock = await startMockPortal({
    quiet: true,
    dialect,
    fixed: FIXED,
    variant: { sessionExpiry: 'alert-then-redirect' },
    faults: { popup: 'never' },
  });
  running.push(mock);
  return mock;
}

async function logIn(page: Page, mock: MockPortal): Promise<void> {
  await page.goto(mock.url);
  await page.locator('#btnLogin').click();
  await page.locator('#txtUserName').fill('demo_user');
  await page.locator('#txt_password').fill('Demo@Pass1');
  await page.locator('#CaptchaCode').fill(FIXED.captcha);
  await page.getByRole('button', { name: 'Login', exact: true }).nth(1).click();
  await page.locator('#txtOtp').fill(FIXED.loginOtp);
  await page.locator('#btnVerifyOTP').click();
  await expect(page.getByText('Dash Board').first()).toBeVisible();
}

/** The API OTP field, as each dialect draws it (the bootstrap one verifies by AJAX). */
const API_OTP: Record<Dialect, string> = {
  accessible: '#txtOTP',
  'legacy-table': '#MainContent_txtApiOtp',
  bootstrap: '#ApiOtp',
};

for (const dialect of DIALECTS) {
  test(`${dialect}: a session lost at the API OTP alerts that it expired, then goes home`, async ({
    page,
  }) => {
    const mock = await startMock(dialect);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.accept();
    });
    await logIn(page, mock);
    await page.goto(`${mock.url}/ApiRegistration/CreateApiUser`);
    mock.setFaults({ expireSessionAt: 'api-otp-verify' });
    await page.locator(API_OTP[dialect]).fill(FIXED.apiOtp);
    await page.getByRole('button', { name: 'Verify OTP' }).click();
    await page.waitForURL(`${mock.url}/`);
    await expect(page.locator('#btnLogin')).toBeVisible();
    expect(dialogs).toEqual([`alert: ${NOTICE}`]);
    expect(mock.state().events.filter((event) => event.type === 'session-expired')).toHaveLength(1);
  });
}

test('a page or a script without a session: told, then sent home; silently with the redirect form; told again with the fault', async ({
  request,
}) => {
  const mock = await startMock('bootstrap');
  const page = await request.get(`${mock.url}/Home/MainMenu`, { maxRedirects: 0 });
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain(`alert(${JSON.stringify(NOTICE)})`);
  const ajax = await request.get(`${mock.url}/ApiRegistration/GetApiUserDetails`, { maxRedirects: 0 });
  expect(ajax.status()).toBe(401);
  expect(await ajax.json()).toEqual({ redirect: '/', message: NOTICE });

  mock.reset({ variant: { sessionExpiry: 'redirect' } });
  const silent = await request.get(`${mock.url}/Home/MainMenu`, { maxRedirects: 0 });
  expect(silent.status()).toBe(302);
  expect(silent.headers().location).toBe('/');
  const silentAjax = await request.get(`${mock.url}/ApiRegistration/GetApiUserDetails`, { maxRedirects: 0 });
  expect(silentAjax.status()).toBe(401);
  expect(await silentAjax.json()).toEqual({ redirect: '/' });

  // The fault is the alert form switched on at run time, over whatever form was drawn.
  mock.setFaults({ expireSessionNotice: 'alert' });
  const told = await request.get(`${mock.url}/Home/MainMenu`, { maxRedirects: 0 });
  expect(told.status()).toBe(200);
  expect(await told.text()).toContain(`alert(${JSON.stringify(NOTICE)})`);
});

test('the control endpoint refuses a notice it does not know', async ({ request }) => {
  const mock = await startMock('accessible');
  const reply = await request.post(`${mock.url}/__mock/faults`, { data: { expireSessionNotice: 'toast' } });
  expect(reply.status()).toBe(400);
  expect(await reply.text()).toMatch(/expireSessionNotice must be one of alert/);
});

test('submitMessage says its own words for a created user and for a refusal alike', async ({ page }) => {
  const mock = await startMock('accessible');
  mock.setFaults({ submitMessage: 'Request processed (RG-4711).' });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'alert') dialogs.push(dialog.message());
    void dialog.accept();
  });
  await logIn(page, mock);
  await page.goto(`${mock.url}/ApiRegistration/CreateApiUser`);
  await page.locator('#txtOTP').fill(FIXED.apiOtp);
  await page.getByRole('button', { name: 'Verify OTP' }).click();
  const submit = async () => {
    await page.locator('#rbGSP').check();
    await page.locator('#ddlGSP').selectOption({ label: 'DEFMACRO SOFTWARE PRIVATE LIMITED' });
    await page.locator('#txtApiUserName').fill('acme01');
    await page.locator('#txtApiPassword').fill('Api@Pass123');
    await page.locator('#txtApiRePassword').fill('Api@Pass123');
    await page.locator('#btnSubmitApiUser').click();
  };
  await submit();
  await expect.poll(() => dialogs).toEqual(['Request processed (RG-4711).']);
  expect(mock.state().apiUsers).toHaveLength(1);
  await submit();
  await expect.poll(() => dialogs).toHaveLength(2);
  expect(dialogs[1]).toBe('Request processed (RG-4711).');
  expect(mock.state().events.filter((event) => event.type === 'submit-refused')).toHaveLength(1);
});
