/**
 * Shapes met on the Fomantic-UI and Telerik renditions of the portal (test/renditions/r7-fomantic,
 * r7-telerik, issue 18), acted on through the page objects: a login modal whose Login is a `<div>`
 * button in its actions, outside the `<form>` that holds the fields and their links; the page's
 * dimming layer left bare for a moment after its popup closed; a radio sunk under a `<label>` that
 * names no input, clicked by a script; a toast's bar running down for 4 s, which is no reason to
 * wait; a captcha picture named only by its id, served by a resource handler; a grid whose column
 * says "GSP Name", which is no list to choose from; and a message window placed over the page
 * (`position: absolute`, lifted) and laid out by a table.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { callPortalLib } from '../../src/pages/page-lib.js';
import { Portal } from '../../src/pages/portal.js';
import { PortalWatch } from '../../src/pages/portal-watch.js';
import { PageActivity, settle } from '../../src/pages/settled.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const page = (body: string) =>
  `<!doctype html><html><head><title>e-Invoice System</title><style>
  .ui.button { display: inline-block; cursor: pointer; padding: 10px 20px; background: #e0e1e2; font-weight: 700; }
  .ui.primary.button { background: #2185d0; color: #fff; }
  .field { margin: 10px 0; } .field input { width: 100%; padding: 8px; }
  a { color: #4183c4; cursor: pointer; }
  .dimmer { position: fixed; inset: 0; background: rgba(0,0,0,.85); z-index: 1000; display: flex; align-items: center; justify-content: center; }
  .modal { background: #fff; width: 560px; }
  .modal .content { padding: 20px; } .modal .actions { padding: 14px; text-align: right; background: #f9fafb; }
  .ui.checkbox { position: relative; display: inline-block; min-height: 17px; margin-right: 20px; }
  .ui.checkbox input.hidden { position: absolute; top: 0; left: 0; opacity: 0; z-index: -1; width: 17px; height: 17px; }
  .ui.checkbox label { cursor: pointer; position: relative; display: block; padding-left: 26px; }
  .ui.checkbox label::before { content: ''; position: absolute; left: 0; top: 0; width: 15px; height: 15px; border: 1px solid #bbb; border-radius: 50%; background: #fff; }
  .ui.checkbox.checked label::after { content: ''; position: absolute; left: 4px; top: 4px; width: 8px; height: 8px; border-radius: 50%; background: #333; }
  </style></head><body>${body}</body></html>`;

const LOGIN_MODAL = `
<div class="header"><div class="ui yellow button" id="open">Login</div></div>
<div class="dimmer"><div class="modal">
  <div class="header"><h3>Login</h3></div>
  <div class="content"><form id="login-form">
    <div class="field"><label>Username</label><input type="text" name="username" placeholder="Username"></div>
    <div class="field"><label>Password</label><input type="password" name="password" placeholder="Password"></div>
    <div class="field"><label>Captcha</label><img alt="captcha" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="150" height="46">
      <a class="refresh-captcha" title="Refresh Captcha">&#8635;</a>
      <input type="text" name="captcha" placeholder="Enter Captcha"></div>
    <div class="field"><a href="/help">Forgot Username</a> | <a href="/help">Forgot Password</a></div>
  </form></div>
  <div class="actions"><div class="ui cancel button">Cancel</div><div class="ui primary approve button" id="go">Login</div></div>
</div></div>
<script>
  document.getElementById('go').addEventListener('click', () => { window.sent = true; });
  document.getElementById('open').addEventListener('click', () => { window.opened = true; });
</script>`;

test("a login modal's Login, a <div> in its actions outside the form, is the form's Login", async ({
  page: tab,
}) => {
  await tab.setContent(page(LOGIN_MODAL));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.login.submit();
  const clicked = await tab.evaluate(() => {
    const seen = window as unknown as { sent?: boolean; opened?: boolean };
    return { sent: seen.sent, opened: seen.opened };
  });
  expect(clicked).toEqual({ sent: true, opened: undefined });
});

/** A login form under a dimming layer that is left bare, and taken away 700 ms after the page has loaded. */
const BARE_SHADE = `
<form onsubmit="event.preventDefault()">
  <div class="field"><label for="u">Username</label><input id="u"></div>
  <div class="field"><label for="p">Password</label><input id="p" type="password"></div>
  <button type="button" id="go" onclick="window.sent = true">Login</button>
</form>
<div class="dimmer" id="shade"></div>
<script>
  addEventListener('load', () => setTimeout(() => document.getElementById('shade').remove(), 700));
</script>`;

test('a bare dimming layer left over the page is waited for, then what it covered is clicked', async ({
  page: tab,
}) => {
  await tab.setContent(page(BARE_SHADE));
  const portal = new Portal(tab, BUILT_IN_MAP, 5000);
  await portal.login.submit();
  expect(await tab.evaluate(() => (window as unknown as { sent?: boolean }).sent)).toBe(true);
});

/** A popup caught closing over the form: shrinking for 0.6 s, then gone, its layer 0.3 s after it. */
const CLOSING = `
<style>@keyframes out { from { transform: scale(1) } to { transform: scale(.9) } }</style>
<form onsubmit="event.preventDefault()">
  <div class="field"><label for="u">Username</label><input id="u"></div>
  <div class="field"><label for="p">Password</label><input id="p" type="password"></div>
  <button type="button" id="go" onclick="window.sent = true">Login</button>
</form>
<div class="dimmer" id="shade"><div class="modal" id="modal" style="animation: out .6s linear forwards">
  <div class="content"><h3>Contacts of Technical Person</h3><p>Saving the details…</p></div></div></div>
<script>
  document.getElementById('modal').addEventListener('animationend', () => {
    document.getElementById('modal').remove();
    setTimeout(() => document.getElementById('shade').remove(), 300);
  });
</script>`;

test('a popup caught closing over the page is waited out, then what it covered is clicked', async ({
  page: tab,
}) => {
  await tab.setContent(page(CLOSING));
  const portal = new Portal(tab, BUILT_IN_MAP, 5000);
  await portal.login.submit();
  expect(await tab.evaluate(() => (window as unknown as { sent?: boolean }).sent)).toBe(true);
});

/** Fomantic's radio checkboxes: the input sunk under a label that names no input; a script checks it. */
const SUNK_RADIOS = `
<form class="ui form" onsubmit="event.preventDefault()">
  <div class="field"><label>Do you wish to Register your GSTIN for</label>
    <div class="ui radio checkbox"><input type="radio" name="mode" value="D" class="hidden" tabindex="0"><label>Directly</label></div>
    <div class="ui radio checkbox"><input type="radio" name="mode" value="G" class="hidden" tabindex="0"><label>Through GSP</label></div>
  </div>
  <div class="field" id="gsp" hidden><label for="sel">Select your GSP</label>
    <select id="sel"><option value="">Select</option><option value="1">DEFMACRO SOFTWARE PRIVATE LIMITED</option></select></div>
</form>
<script>
  document.querySelectorAll('.ui.checkbox').forEach((box) => {
    box.addEventListener('click', () => {
      const input = box.querySelector('input');
      document.querySelectorAll('.ui.checkbox').forEach((other) => other.classList.remove('checked'));
      input.checked = true;
      box.classList.add('checked');
      document.getElementById('gsp').hidden = input.value !== 'G';
    });
  });
</script>`;

test('a radio sunk under a label that names no input is chosen by a click on that label', async ({
  page: tab,
}) => {
  await tab.setContent(page(SUNK_RADIOS));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.registration.chooseThroughGsp();
  expect(await tab.locator('input[value="G"]').isChecked()).toBe(true);
  expect(await tab.locator('input[value="D"]').isChecked()).toBe(false);
});

/** A toast whose bar runs down for 4 s, and a fade of a third of a second. */
const TOAST = `<!doctype html><title>t</title><style>
  @keyframes down { from { width: 100% } to { width: 0 } }
  @keyframes fade { from { opacity: 0 } to { opacity: 1 } }
  .bar { height: 3px; background: #16ab39; animation: down 4s linear forwards; }
  </style><p id="fading">Dash Board</p>
  <div style="position:fixed;top:10px;right:10px;width:300px;background:#21ba45;color:#fff">Login successful.<div class="bar"></div></div>`;

test("a toast's bar running down is no reason to wait; a fade still is", async ({ page: tab }) => {
  const activity = new PageActivity(tab);
  await tab.setContent(TOAST);
  await callPortalLib(tab, '.normal("")');
  expect(await settle(tab, activity, 10_000)).toBe('settled');
  // The same page with a fade that never ends is waited for until the cap: not settled.
  await tab.evaluate(() => {
    const fading = document.getElementById('fading') as HTMLElement;
    fading.style.animation = 'fade 0.3s linear infinite';
  });
  expect(await settle(tab, activity, 10_000)).toBe('restless');
});

test('a captcha picture named only by its id (served by a resource handler) is the captcha picture', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(`<table><tr><td>Username</td><td><input id="u"></td></tr>
    <tr><td>Password</td><td><input id="p" type="password"></td></tr>
    <tr><td>Captcha *</td><td><div id="ctl00_rcCaptcha" class="RadCaptcha"><div id="ctl00_rcCaptcha_SpamProtectorPanel">
      <img id="ctl00_rcCaptcha_CaptchaImage" alt="" width="180" height="50"
        src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='180' height='50'%3E%3Crect width='180' height='50' fill='%23ddd'/%3E%3C/svg%3E">
      <a href="#">Generate New Image</a>
      <p><input id="ctl00_txtCaptcha" type="text"><label for="ctl00_txtCaptcha">Type the code from the image</label></p>
    </div></div></td></tr></table>
    <button type="button">Login</button>`),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  const picture = await portal.login.captchaPicture();
  expect(picture.byteLength).toBeGreaterThan(0);
});

/** A registration form whose GSP list is a text box drawn as a combobox, above a grid of the GSPs registered. */
const COMBO_OVER_GRID = `
<table>
  <tr><td>Select your GSP *</td><td><div id="cb" class="RadComboBox"><table><tr>
    <td><input type="text" id="cb_Input" value="-- Select --" autocomplete="off"></td><td><a id="cb_Arrow" href="#">select</a></td>
  </tr></table></div></td></tr>
</table>
<div id="grid" class="RadGrid" tabindex="0" onfocus="window.gridFocused = true">
  <table><thead><tr><th>Sl. No.</th><th>GSP Name</th><th>User Name</th></tr></thead><tbody><tr><td colspan="3">No records to display.</td></tr></tbody></table>
</div>`;

test('a grid whose column says "GSP Name" is no list to choose from', async ({ page: tab }) => {
  await tab.setContent(page(COMBO_OVER_GRID));
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  // The grid is never taken for the list (clicked, it would take the focus and show nothing).
  const found = await portal.finder.isShown('registration.gspSelect');
  expect(found).toBe(false);
  expect(
    await tab.evaluate(() => (window as unknown as { gridFocused?: boolean }).gridFocused),
  ).toBeUndefined();
});

test('a message window placed over the page and laid out by a table is the portal speaking', async ({
  page: tab,
}) => {
  await tab.route('http://window.test/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: page(`<p>Enter OTP <input id="otp"></p>
      <div style="position:fixed;inset:0;background:#aaa;opacity:.5;z-index:3001"></div>
      <div class="RadWindow" style="position:absolute;left:300px;top:200px;width:380px;z-index:3002;background:#fff">
        <table class="rwTable"><tr><td><em>Alert</em></td><td><a href="#" title="Close">Close</a></td></tr>
        <tr><td colspan="2"><div class="rwDialogText">Invalid OTP. Please enter the valid OTP sent to your registered mobile number.</div>
        <a href="#" class="rwPopupButton"><span>OK</span></a></td></tr></table>
      </div>`),
    }),
  );
  const watch = new PortalWatch(tab);
  await watch.watchShown();
  await tab.goto('http://window.test/');
  await expect
    .poll(() => watch.shownSince(0))
    .toMatchObject([
      {
        text: 'Alert Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
        tone: 'dialog',
        floating: true,
      },
    ]);
});
