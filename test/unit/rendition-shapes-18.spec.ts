/**
 * Shapes met on the ninth round of renditions written blind (issue 18), acted on through the
 * page objects and the page's own reading:
 * - a question before Submit whose yes is its own verb ("Create API user?": Create or Cancel,
 *   Headless UI's dialog, test/renditions/r18-headlessui): before, the popup closer took it for a
 *   notice and closed it, and nothing was submitted;
 * - the captcha picture named by nothing but the field beside it (a Java portal's Kaptcha at
 *   /kaptcha.svg, test/renditions/r18-zk), and that field named by its grid row though ZK lays
 *   the box, the picture and "Refresh" out in a table of their own;
 * - the login OTP's button reading "Validate OTP" (test/renditions/r18-nic-mvc): the one button of
 *   the OTP's form that gives an answer ("Resend OTP" does not);
 * - a tree whose folder opens by its arrow alone, its words only selecting it (Oracle ADF's
 *   af:tree, test/renditions/r18-adf);
 * - the table of registered GSPs drawn as a header table over a body table (ZK's listbox).
 * Each test fails on the bot before its fix.
 */
import { selectors } from '@playwright/test';
import { portalSelector, registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const DEFMACRO = 'DEFMACRO SOFTWARE PRIVATE LIMITED';

const page = (body: string) =>
  `<!doctype html><html><head><title>e-Invoice System</title><style>
    body { font: 14px sans-serif; margin: 0; }
    .backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.5); }
    .panel { position: fixed; top: 120px; left: 35%; width: 30%; background: #fff; padding: 16px; }
  </style></head><body>${body}</body></html>`;

test('a question whose yes is its own verb, "Create", is the step\'s to answer, not a popup to close', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(`<h2>Create API User</h2><div role="dialog" aria-modal="true">
      <div class="backdrop"></div>
      <div class="panel"><h3>Create API user?</h3><p>The API user API_acme01 will be created.</p>
        <button type="button">Create</button> <button type="button">Cancel</button></div></div>`),
  );
  const yes = tab.locator(portalSelector({ op: 'question-yes' }));
  await expect(yes).toHaveText('Create');
  await expect(tab.locator(portalSelector({ op: 'popups', known: [] }))).toHaveCount(0);
});

test('the captcha picture is the one beside the field its grid row calls "Captcha", whatever its address says', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(`<table><tbody>
      <tr><td><span>User Name</span></td><td><input type="text"></td></tr>
      <tr><td><span>Password</span></td><td><input type="password"></td></tr>
      <tr><td><span>Captcha</span></td><td><table><tbody><tr>
        <td><input type="text" id="c1" style="width: 90px"></td>
        <td><img src="/kaptcha.svg" width="130" height="40" alt=""></td>
        <td><a href="#">Refresh</a></td></tr></tbody></table></td></tr>
      <tr><td></td><td><button type="button">Login</button></td></tr>
    </tbody></table>`),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  await expect(await portal.finder.find('login.captchaImage', 'the login page')).toHaveAttribute(
    'src',
    '/kaptcha.svg',
  );
  await expect(await portal.finder.find('login.captcha', 'the login page')).toHaveId('c1');
});

test("the login OTP's one button that gives an answer is its Verify, whatever it reads", async ({
  page: tab,
}) => {
  await tab.setContent(
    page(`<form><h3>Two Factor Authentication</h3>
      <label for="OTP">Enter OTP</label> <input id="OTP" maxlength="6">
      <input type="submit" value="Validate OTP"> <a href="#" class="btn btn-link">Resend OTP</a></form>`),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  await expect(await portal.finder.find('loginOtp.verify', 'the login OTP page')).toHaveValue('Validate OTP');
});

const ARROW_TREE = page(`<nav><table role="tree"><tbody>
  <tr role="treeitem"><td><a href="#dash">Dash Board</a></td></tr>
  <tr role="treeitem" aria-expanded="true"><td><a class="arrow" role="button" title="Collapse" data-key="api"
    style="display:inline-block;width:14px;height:14px;cursor:pointer">&#9662;</a>
    <span class="text" data-key="api" style="cursor:pointer">API Registration</span></td></tr>
  <tr role="treeitem" aria-expanded="false" data-level="2"><td style="padding-left:16px"><a class="arrow" role="button" title="Expand"
    data-key="cred" style="display:inline-block;width:14px;height:14px;cursor:pointer"></a>
    <span class="text" data-key="cred" style="cursor:pointer">User Credentials</span></td></tr>
  <tr role="treeitem" data-under="cred" hidden><td style="padding-left:32px"><a href="#created">Create API User</a></td></tr>
  <tr role="treeitem" data-level="2"><td style="padding-left:16px"><a href="#ip">IP Whitelisting</a></td></tr>
</tbody></table></nav><h2>Dash Board</h2>
<script>
  document.querySelectorAll('.text').forEach((text) => text.addEventListener('click', () => {
    document.querySelectorAll('.text').forEach((each) => { each.style.background = ''; });
    text.style.background = '#cde';
  }));
  document.querySelectorAll('.arrow').forEach((arrow) => arrow.addEventListener('click', () => {
    const row = arrow.closest('tr');
    const open = row.getAttribute('aria-expanded') !== 'true';
    row.setAttribute('aria-expanded', String(open));
    document.querySelectorAll('[data-under="' + arrow.dataset.key + '"]').forEach((under) => { under.hidden = !open; });
  }));
</script>`);

test('a tree folder that its words only select is opened by the arrow on its line', async ({ page: tab }) => {
  await tab.route('http://tree.test/', (route) =>
    route.fulfill({ contentType: 'text/html', body: ARROW_TREE }),
  );
  await tab.goto('http://tree.test/');
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.dashboard.openCreateApiUser();
  await expect(tab).toHaveURL(/#created$/);
});

test('a header table over a body table is one table of registered GSPs', async ({ page: tab }) => {
  await tab.setContent(
    page(`<h4>GSPs registered for GSTIN 27AAPFU0939F1ZV</h4>
      <div class="z-listbox">
        <div class="z-listbox-header"><table><tbody><tr>
          <th>S.No.</th><th>GSP Name</th><th>API User Name</th><th>Status</th></tr></tbody></table></div>
        <div class="z-listbox-body"><table><tbody>
          <tr><td>1</td><td>Tera Software Limited</td><td>API_tera27</td><td>Active</td></tr>
          <tr><td>2</td><td>${DEFMACRO}</td><td>API_acme01</td><td>Active</td></tr>
        </tbody></table></div>
      </div>`),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  expect((await portal.registeredGsps.rows()).map(({ gsp, username }) => ({ gsp, username }))).toEqual([
    { gsp: 'Tera Software Limited', username: 'API_tera27' },
    { gsp: DEFMACRO, username: 'API_acme01' },
  ]);
});
