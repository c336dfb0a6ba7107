/**
 * Shapes met on the Material UI and Ant Design renditions of the portal (test/renditions/r6-mui,
 * r6-antd, issue 18), acted on through the page objects: a login dialog whose fields carry icon
 * buttons and whose Login sits in the actions below them; a "Log in" read as "Login"; a Submit
 * asked about in a popconfirm beside the button, not over the page.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const page = (body: string) =>
  `<!doctype html><html><head><title>e-Invoice System</title><style>
  .field { position: relative; display: flex; align-items: center; margin: 12px 0; border: 1px solid #bbb; }
  .field input { flex: 1; border: 0; padding: 10px; font: inherit; }
  .icon { width: 40px; height: 40px; border: 0; background: none; cursor: pointer; }
  .actions { display: flex; justify-content: flex-end; gap: 8px; padding: 8px; }
  .upper { text-transform: uppercase; }
  </style></head><body>${body}</body></html>`;

const LOGIN_DIALOG = `
<div role="presentation" style="position:fixed;inset:0;display:flex;align-items:center;justify-content:center">
  <div style="position:fixed;inset:0;background:rgba(0,0,0,.5)" aria-hidden="true"></div>
  <div role="dialog" style="position:relative;background:#fff;width:420px;padding:16px">
    <h2>Login</h2>
    <div>
      <div><label for="u">Username</label><div class="field"><input id="u"></div></div>
      <div><label for="p">Password</label><div class="field"><input id="p" type="password">
        <button class="icon" type="button" aria-label="toggle password visibility">&#128065;</button></div></div>
      <div><img alt="captcha" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="120" height="40">
        <button class="icon" type="button" aria-label="refresh captcha">&#8635;</button></div>
      <div><label for="c">Captcha</label><div class="field"><input id="c"></div></div>
    </div>
    <div class="actions"><button type="button" class="upper">Cancel</button>
      <button type="button" class="upper" id="go" onclick="window.sent=true">Login</button></div>
  </div>
</div>`;

test('a login dialog whose fields carry icon buttons has its Login in the actions below them', async ({
  page: tab,
}) => {
  await tab.setContent(page(LOGIN_DIALOG));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.login.submit();
  expect(await tab.evaluate(() => (window as unknown as { sent?: boolean }).sent)).toBe(true);
});

test('"Log in" is read as the "Login" the map names, whatever its spacing', async ({ page: tab }) => {
  await tab.setContent(
    page(`<form onsubmit="event.preventDefault()"><label for="u">Username</label><div class="field"><input id="u"></div>
      <label for="p">Password</label><div class="field"><input id="p" type="password"></div>
      <button type="submit" id="go" onclick="window.sent=true"><span>Log in</span></button></form>`),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.login.submit();
  expect(await tab.evaluate(() => (window as unknown as { sent?: boolean }).sent)).toBe(true);
});

/** Ant Design's Popconfirm: a small box by the button, no layer over the page, No and Yes. */
const POPCONFIRM = `
<form id="form" onsubmit="event.preventDefault()">
  <label for="p1">Password</label><div class="field"><input id="p1" type="password"></div>
  <label for="p2">Re-enter Password</label><div class="field"><input id="p2" type="password"></div>
  <button type="button" id="submit">Submit</button> <button type="button">Exit</button>
</form>
<div id="pop" hidden style="position:absolute;top:120px;left:40px;width:260px;background:#fff;box-shadow:0 3px 6px #0003;padding:12px;z-index:1030">
  <div>Are you sure to register the API user?</div>
  <div style="text-align:right"><button type="button" id="no">No</button> <button type="button" id="yes">Yes</button></div>
</div>
<script>
  window.posts = 0;
  document.getElementById('submit').addEventListener('click', () => { document.getElementById('pop').hidden = false; });
  document.getElementById('no').addEventListener('click', () => { document.getElementById('pop').hidden = true; });
  document.getElementById('yes').addEventListener('click', () => {
    document.getElementById('pop').hidden = true;
    window.posts += 1;
    fetch('/register', { method: 'POST' }).catch(() => undefined);
  });
</script>`;

test('Submit asked about in a popconfirm beside the button is answered Yes, once', async ({ page: tab }) => {
  await tab.route('http://portal.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: route.request().method() === 'POST' ? '{}' : page(POPCONFIRM),
    }),
  );
  await tab.goto('http://portal.test/register');
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registration.submit()).toBe('Yes');
  expect(await tab.evaluate(() => (window as unknown as { posts: number }).posts)).toBe(1);
});
