/**
 * Shapes met on an older JSP/Struts rendition of the portal (test/renditions/r9-legacy-jsp, issue
 * 18), acted on through the page objects: a Login drawn as a picture in a link (`<a
 * href="javascript:void(0)"><img alt="Login"></a>`); the home page's Login twice (the header's
 * picture and a side list's link), both leading to the login; "Generate OTP" to press before the
 * login OTP's box shows; a read-only box showing "API_" before the username's box, both in the
 * cell after "Username"; and the table of registered GSPs headed by plain cells, under a title row.
 */
import { selectors } from '@playwright/test';
import { portalSelector, registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

/** A picture of words, as an older site draws its buttons. */
const picture = (words: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="80" height="24"><rect width="80" height="24" fill="#1f4e79"/><text x="40" y="17" fill="#fff" font-size="13" text-anchor="middle">${words}</text></svg>`)}`;

const page = (body: string) =>
  `<!doctype html><html><head><title>e-Invoice System</title></head><body style="font: 12px Verdana">${body}</body></html>`;

const HOME = `
<table width="100%"><tr><td><b>e-Invoice System</b></td>
  <td align="right"><a href="javascript:void(0)" onclick="window.went = 'header'; return false;"><img src="${picture('LOGIN')}" alt="Login" border="0"></a></td></tr></table>
<table width="100%"><tr><td width="200">
  <table><tr><td>Important Links</td></tr><tr><td>&#8226; <a href="javascript:void(0)" onclick="window.went = 'side'; return false;">Login</a></td></tr></table>
</td><td>Welcome to e-Invoice System</td></tr></table>`;

test("the home page's Login drawn twice (a picture in the header, a link in a side list) is no ambiguity: the first is clicked", async ({
  page: tab,
}) => {
  await tab.setContent(page(HOME));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.login.revealForm().catch(() => undefined);
  expect(await tab.evaluate(() => (window as unknown as { went?: string }).went)).toBe('header');
});

const LOGIN_FORM = `
<table><tr><td>User Name</td><td><input type="text" name="loginForm.userName"></td></tr>
  <tr><td>Password</td><td><input type="password" name="loginForm.password"></td></tr>
  <tr><td></td><td><a href="javascript:void(0)" onclick="window.sent = true; return false;"><img src="${picture('LOGIN')}" alt="Login" border="0"></a>
    <a href="javascript:void(0)" onclick="return false;"><img src="${picture('RESET')}" alt="Reset" border="0"></a></td></tr></table>`;

test("a Login drawn as a picture in a link is the form's Login", async ({ page: tab }) => {
  await tab.setContent(page(LOGIN_FORM));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.login.submit();
  expect(await tab.evaluate(() => (window as unknown as { sent?: boolean }).sent)).toBe(true);
});

const GENERATE_FIRST = `
<table><tr><td colspan="2"><b>Login - OTP Verification</b></td></tr>
  <tr><td colspan="2">An OTP will be sent to your registered mobile number XXXXXX4821.</td></tr>
  <tr id="ask"><td colspan="2"><input type="button" value="Generate OTP" onclick="document.getElementById('otp-row').hidden = false; this.parentNode.parentNode.hidden = true; window.asked = true;"></td></tr>
  <tr id="otp-row" hidden><td>Enter OTP</td><td><input type="text" name="otpForm.otp" maxlength="6"> <input type="button" value="Verify OTP"></td></tr></table>`;

test('"Generate OTP" before the login OTP\'s box is pressed, and said', async ({ page: tab }) => {
  await tab.setContent(page(GENERATE_FIRST));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.loginOtp.request()).toEqual({ bySms: false, control: 'Generate OTP' });
  expect(await tab.evaluate(() => (window as unknown as { asked?: boolean }).asked)).toBe(true);
});

const PREFIX_BOX = `
<form onsubmit="return false"><table>
  <tr><td>Username <font color="red">*</font></td><td><input type="text" value="API_" readonly size="4" style="background:#eee"><input type="text" name="apiForm.userName" size="20"></td></tr>
  <tr><td>Password <font color="red">*</font></td><td><input type="password" name="apiForm.password"></td></tr>
  <tr><td>Confirm Password <font color="red">*</font></td><td><input type="password" name="apiForm.confirmPassword"></td></tr>
</table></form>`;

test('a read-only "API_" box before the username\'s box is not the username', async ({ page: tab }) => {
  await tab.setContent(page(PREFIX_BOX));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.registration.fillCredentials('acme01', 'Api@Pass123');
  const typed = await tab.evaluate(() =>
    Array.from(document.querySelectorAll('input[type="text"]'), (input) => (input as HTMLInputElement).value),
  );
  expect(typed).toEqual(['API_', 'acme01']);
});

const REGISTERED = `
<table width="100%"><tr><td width="200">Menu</td><td>
  <table width="100%" cellpadding="5">
    <tr><td colspan="4" class="tblHead">GSPs registered for GSTIN 27AAPFU0939F1ZV</td></tr>
    <tr class="colHead"><td>Sl. No.</td><td>GSP Name</td><td>API User Name</td><td>Registered On</td></tr>
    <tr><td>1</td><td>DEFMACRO SOFTWARE PRIVATE LIMITED</td><td>API_acme01</td><td>06/12/2026</td></tr>
  </table>
</td></tr></table>`;

test('a table of registered GSPs headed by plain cells under a title row is read by its columns', async ({
  page: tab,
}) => {
  await tab.setContent(page(REGISTERED));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registeredGsps.rows()).toEqual([
    {
      gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED',
      username: 'API_acme01',
      cells: ['1', 'DEFMACRO SOFTWARE PRIVATE LIMITED', 'API_acme01', '06/12/2026'],
    },
  ]);
});

const CARD_AND_TYPEAHEAD = `
<h1>Dash Board</h1>
<table class="card"><tr><td>Registered GSPs</td><td>0</td></tr><tr><td>API users</td><td>0</td></tr></table>
<div style="position: relative; width: 360px">
  <label for="gsp">Select your GSP</label> <input id="gsp" type="text" autocomplete="off">
  <ul class="typeahead-menu" style="position: absolute; top: 100%; left: 0; margin: 0; padding: 4px; list-style: none; background: #fff; border: 1px solid #ccc">
    <li><a href="#">DEFMACRO SOFTWARE PRIVATE LIMITED</a></li><li><a href="#">IRIS BUSINESS SERVICES LIMITED</a></li>
  </ul>
</div>`;

test('a card of two-cell rows naming GSPs is no table of registered GSPs; a typeahead menu both a list and lifted is the list offered', async ({
  page: tab,
}) => {
  await tab.setContent(page(CARD_AND_TYPEAHEAD));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registeredGsps.rows()).toEqual([]);
  const offered = tab.locator('#gsp').locator(portalSelector({ op: 'offered' }));
  expect(await offered.allInnerTexts()).toEqual([
    'DEFMACRO SOFTWARE PRIVATE LIMITED',
    'IRIS BUSINESS SERVICES LIMITED',
  ]);
});
