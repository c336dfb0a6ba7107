/**
 * Shapes met on the independent renditions of the portal (test/renditions/, issue 18), drawn
 * as their libraries draw them and acted on through the page objects. A jQuery UI dialog for the
 * technical contact holds its fields (Name, Mobile, E-mail) with Update and Exit: over the menu
 * the dashboard step must walk, it is not that step's and is closed by its Exit (never Update).
 * A popup asking a question over the menu is still never answered by the closer.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

/** A dashboard with its sidebar open to Create API User, `over` drawn above it; clicks are logged. */
const dashboard = (over: string) => `<!doctype html><html><head><title>Dash Board</title></head><body>
  <h2>Dash Board</h2>
  <ul><li><a href="#">API Registration</a><ul><li><a href="#">User Credentials</a><ul>
    <li><a href="#created" id="create">Create API User</a></li></ul></li></ul></li></ul>
  ${over}
  <script>
    window.clicked = [];
    document.addEventListener('click', (e) => {
      const el = e.target.closest('button,a');
      if (el) window.clicked.push(el.textContent.trim());
    }, true);
  </script></body></html>`;

/** jQuery UI 1.11's dialog as its widget builds it, over its `.ui-widget-overlay`. */
const JQUERY_UI_DIALOG = (buttons: string[]) => `
  <div class="ui-widget-overlay ui-front" style="position:fixed;left:0;top:0;width:100%;height:100%;background:#666;opacity:.5;z-index:100"></div>
  <div class="ui-dialog ui-widget ui-widget-content ui-corner-all ui-front ui-dialog-buttons" tabindex="-1" role="dialog"
      aria-describedby="divContact" aria-labelledby="ui-id-1" style="position:absolute;top:60px;left:200px;width:460px;z-index:101;background:#fff">
    <div class="ui-dialog-titlebar ui-widget-header"><span id="ui-id-1" class="ui-dialog-title">Contacts of Technical Person</span>
      <button type="button" class="ui-button ui-button-icon-only ui-dialog-titlebar-close" title="Close"
        onclick="window.closeDialog()"><span class="ui-icon ui-icon-closethick"></span></button></div>
    <div id="divContact" class="ui-dialog-content"><table>
      <tr><td>Name</td><td><input type="text" value="R. K. Sharma"></td></tr>
      <tr><td>Mobile</td><td><input type="text" value="98XXXXXX21"></td></tr>
      <tr><td>E-mail</td><td><input type="text" value="it@acme.example"></td></tr></table></div>
    <div class="ui-dialog-buttonpane"><div class="ui-dialog-buttonset">
      ${buttons.map((text) => `<button type="button" class="ui-button" onclick="window.closeDialog()"><span class="ui-button-text">${text}</span></button>`).join(' ')}
    </div></div></div>
  <script>window.closeDialog = () => document.querySelectorAll('.ui-dialog,.ui-widget-overlay').forEach((el) => el.remove());</script>`;

const clicked = (tab: import('@playwright/test').Page) =>
  tab.evaluate(() => (window as unknown as { clicked: string[] }).clicked);

test('a technical-contact dialog with fields, Update and Exit over the menu is closed by its Exit', async ({
  page: tab,
}) => {
  await tab.setContent(dashboard(JQUERY_UI_DIALOG(['Update', 'Exit'])));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.dashboard.openCreateApiUser();
  expect(await clicked(tab)).toEqual(['Exit', 'Create API User']);
  await expect(tab).toHaveURL(/#created$/);
});

test('a dialog with fields asking a question over the menu is not answered: named as covering it', async ({
  page: tab,
}) => {
  await tab.setContent(dashboard(JQUERY_UI_DIALOG(['Submit', 'Cancel'])));
  const portal = new Portal(tab, BUILT_IN_MAP, 1000);
  const error = await portal.dashboard.openCreateApiUser().catch((e: Error) => e);
  expect(String(error)).toMatch(/"Contacts of Technical Person" covers/);
  expect(await clicked(tab)).toEqual([]);
});

/** A bare page holding `body`. */
const bare = (body: string) =>
  `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

test('an iCheck radio, its input under the helper drawn over it inside the label, is chosen through that label', async ({
  page: tab,
}) => {
  const radio = (value: string, text: string) =>
    `<label class="radio-inline"><div class="iradio_minimal-blue" style="position:relative;display:inline-block;width:18px;height:18px;border:1px solid #999;border-radius:50%">
      <input type="radio" name="regType" value="${value}" style="position:absolute;opacity:0">
      <ins class="iCheck-helper" style="position:absolute;top:0;left:0;display:block;width:100%;height:100%;margin:0;padding:0;background:#fff;border:0;opacity:0"></ins></div> ${text}</label>`;
  await tab.setContent(
    bare(`<p>Do you wish to Register your GSTIN for</p>${radio('D', 'Directly')}${radio('G', 'Through GSP')}
    <p>Select your GSP <select><option>DEFMACRO SOFTWARE PRIVATE LIMITED</option></select></p>
    <script>
      document.querySelectorAll('label.radio-inline').forEach((label) => label.addEventListener('click', (e) => {
        e.preventDefault();
        const input = label.querySelector('input');
        input.checked = true;
        input.parentNode.classList.add('checked');
      }));
    </script>`),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  await portal.registration.chooseThroughGsp();
  await expect(tab.locator('input[value="G"]')).toBeChecked();
  await expect(tab.locator('input[value="D"]')).not.toBeChecked();
});

test('fields named only by a placeholder that says what to do ("Enter Password") are read as what it asks for', async ({
  page: tab,
}) => {
  await tab.setContent(
    bare(`<input id="u" placeholder="Enter User Name"><input type="password" id="p1" placeholder="Enter Password">
    <input type="password" id="p2" placeholder="Re-enter Password">`),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  await expect(portal.registration.locator('registration.password')).toHaveAttribute('id', 'p1');
  await expect(portal.registration.locator('registration.confirmPassword')).toHaveAttribute('id', 'p2');
});

test('a field that reads the text itself is taken before one whose placeholder asks for it', async ({
  page: tab,
}) => {
  await tab.setContent(
    bare(`<label for="p1">Password</label><input type="password" id="p1">
    <input type="password" id="p0" placeholder="Please enter your password">`),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  await expect(portal.registration.locator('registration.password')).toHaveAttribute('id', 'p1');
});
