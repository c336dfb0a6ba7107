/**
 * The mock portal itself: the standalone server Playwright starts through `webServer` (the
 * one `npm run mock` runs), and the state machine behind the pages.
 */
import type { Page } from '@playwright/test';
import { ANSWERS, DEMO, expect, test } from './fixtures.js';

async function logIn(page: Page, url: string): Promise<void> {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${url}/`);
  await page.click('#btnLogin');
  await page.fill('#txtUserName', DEMO.portalUsername);
  await page.fill('#txt_password', DEMO.portalPassword);
  await page.fill('#CaptchaCode', ANSWERS.captcha);
  await page.click('#btnSubmitLogin');
  await page.fill('#txtOtp', ANSWERS.loginOtp);
  await page.click('#btnVerifyOTP');
  await expect(page.getByRole('heading', { name: 'Dash Board' })).toBeVisible();
}

test.describe('the standalone mock portal (webServer)', () => {
  test('serves the home page with its two Login buttons and a state endpoint', async ({ page, request }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Login' })).toHaveCount(1);
    await page.getByRole('button', { name: 'Login' }).click();
    await expect(page.getByRole('button', { name: 'Login' })).toHaveCount(2);
    await expect(page.locator('#captcha_image')).toBeVisible();
    const state = await (await request.get('/__mock/state')).json();
    expect(state.accounts.map((a: { gstin: string }) => a.gstin)).toContain(DEMO.gstin);
  });
});

test.describe('the mock state machine', () => {
  test('never posts the plain password: only its salted hash', async ({ page, mock }) => {
    const posted: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posted.push(request.postData() ?? '');
    });
    await logIn(page, mock.url);
    expect(posted.length).toBeGreaterThan(0);
    for (const body of posted) expect(body).not.toContain(encodeURIComponent(DEMO.portalPassword));
    expect(mock.state().events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['captcha-issued', 'otp-sent', 'otp-verified', 'login-ok']),
    );
  });

  test('the technical-contact popup blocks the sidebar until Exit', async ({ page, mock }) => {
    await logIn(page, mock.url);
    const menu = page.getByRole('link', { name: 'API Registration' });
    await expect(page.getByRole('dialog', { name: 'Contacts of Technical Person' })).toBeVisible();
    await expect(menu.click({ timeout: 1000 })).rejects.toThrow(/intercepts pointer events/);
    await page.getByRole('link', { name: 'Exit' }).click();
    await menu.click();
    await expect(page.getByRole('link', { name: 'User Credentials' })).toBeVisible();
  });

  test('"Through GSP" reveals the GSP list, the API_ prefix and the password fields', async ({ page, mock }) => {
    await logIn(page, mock.url);
    await page.getByRole('link', { name: 'Exit' }).click();
    await page.goto(`${mock.url}/ApiRegistration/CreateApiUser`);
    await page.fill('#txtOTP', ANSWERS.apiOtp);
    await page.click('#btnVerify');
    await expect(page.locator('#gspSection')).toBeHidden();
    await page.getByRole('radio', { name: 'Through GSP' }).check();
    await expect(page.locator('#ddlGSP')).toBeVisible();
    expect(await page.locator('#ddlGSP option').count()).toBeGreaterThan(30);
    await expect(page.getByText('API_', { exact: true })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'No records found' })).toBeVisible();
  });

  test('the API OTP dies after three wrong tries until it is resent', async ({ page, mock }) => {
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
    });
    await logIn(page, mock.url);
    await page.getByRole('link', { name: 'Exit' }).click();
    await page.goto(`${mock.url}/ApiRegistration/CreateApiUser`);
    for (const wrong of ['000001', '000002', '000003', ANSWERS.apiOtp]) {
      await page.fill('#txtOTP', wrong);
      await Promise.all([page.waitForEvent('load'), page.click('#btnVerify')]);
    }
    expect(alerts.slice(-4)).toEqual([
      'Invalid OTP. Please enter the valid OTP.',
      'Invalid OTP. Please enter the valid OTP.',
      'Invalid OTP. Please enter the valid OTP.',
      'OTP has expired. Please click on Resend OTP.',
    ]);
    await Promise.all([page.waitForEvent('load'), page.click('#btnResend')]);
    await page.fill('#txtOTP', ANSWERS.apiOtp);
    await page.click('#btnVerify');
    await expect(page.getByRole('radio', { name: 'Through GSP' })).toBeVisible();
  });
});
