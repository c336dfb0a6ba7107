/**
 * Shapes met on the fourth round of renditions written blind (issue 18), acted on through the
 * page objects:
 * - the GSP as a text box with the browser's own list of offers (`<input list>` and a
 *   `<datalist>`): the offers are drawn by the browser outside the page, so they are read from
 *   the list, and a name chosen puts its option's value in the box, as picking it does;
 * - a list whose box makes way for its search box while open (AngularJS's ui-select): the names
 *   are read, and chosen, under the search box, and the choice read back from the box once shown
 *   again (test/renditions/r12-angularjs);
 * - Materialize's FormSelect: the native list hidden between a read-only box with its arrow and
 *   the options' `ul` (open or closed), its label raised over the box's top edge; the box keeps
 *   the focus, so nothing is typed into it (test/renditions/r12-materialize);
 * - icons drawn from a font by their names (Material Icons: "vpn_key API Registration
 *   arrow_drop_down" in the markup), read as the words beside them;
 * - Oracle APEX: its spinner, a `role="alert"` saying "Processing" to a screen reader, is no
 *   verdict; the GSP in a Popup LOV, a text box that opens a dialog titled "Select your GSP"
 *   with a search box of its own and the names as rows to click (test/renditions/r13-apex);
 * - words that take an OTP ("OTP verified successfully", under the toast of the earlier
 *   "Invalid OTP" still showing) are no refusal (test/renditions/r13-uikit);
 * - under a loaded machine: a login modal that takes the focus back to the password once as it
 *   settles (the captcha typed on the end of the password, r12-materialize), and a dialog whose
 *   close control does not take the first click (r13-apex's advisory): typed, and clicked, once
 *   more, as a person does;
 * - the fixed `API_` written into the username's box itself (kept there by the page's script, or
 *   not): the part after it is typed after it.
 */
import { selectors } from '@playwright/test';
import { saysOtpAccepted } from '../../flows/portal-verdicts.js';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { callPortalLib } from '../../src/pages/page-lib.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const DEFMACRO = 'DEFMACRO SOFTWARE PRIVATE LIMITED';

const page = (body: string, style = '') =>
  `<!doctype html><html><head><title>e-Invoice System</title><style>
  body { font: 13px sans-serif; margin: 0; }
  ${style}
  </style></head><body>${body}</body></html>`;

/** The registration form with the GSP typed into a box whose offers come from `options`. */
const datalistForm = (options: string) => `
<h1>Create API User</h1>
<form>
  <div><label for="gsp">Select your GSP</label> <input id="gsp" name="gsp" list="gsps" autocomplete="off">
    <datalist id="gsps">${options}</datalist></div>
  <div><label for="user">Username</label> API_<input id="user"></div>
  <div><label for="pass">Password</label> <input id="pass" type="password"></div>
  <div><label for="again">Re-enter Password</label> <input id="again" type="password"></div>
</form>`;

test("a box with the browser's own list offers that list's names, and a name chosen puts it in the box", async ({
  page: tab,
}) => {
  const names = ['Adaequare Info Private Limited', DEFMACRO, 'Tera Software Limited'];
  await tab.setContent(page(datalistForm(names.map((name) => `<option value="${name}">`).join(''))));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registration.gspNames(DEFMACRO)).toEqual(names);
  await portal.registration.chooseGsp(DEFMACRO);
  await expect(tab.locator('#gsp')).toHaveValue(DEFMACRO);
});

test("a name in the browser's own list that stands for a code puts the code in the box, as picking it does", async ({
  page: tab,
}) => {
  await tab.setContent(
    page(
      datalistForm(
        `<option value="GSP007">Adaequare Info Private Limited</option><option value="GSP012">${DEFMACRO}</option>`,
      ),
    ),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registration.gspNames(DEFMACRO)).toEqual(['Adaequare Info Private Limited', DEFMACRO]);
  await portal.registration.chooseGsp(DEFMACRO);
  await expect(tab.locator('#gsp')).toHaveValue('GSP012');
});

/** The username's box holding the prefix itself; with `keeper`, a script puts it back when it is typed over. */
const prefixInBox = (keeper: boolean) => `
<h1>Create API User</h1>
<form>
  <div><label for="user">Username</label> <input id="user" value="API_"></div>
  <div><label for="pass">Password</label> <input id="pass" type="password"></div>
  <div><label for="again">Re-enter Password</label> <input id="again" type="password"></div>
</form>
<script>
  const box = document.getElementById('user');
  if (${keeper}) box.addEventListener('input', () => {
    if (!box.value.startsWith('API_')) box.value = 'API_' + box.value.replace(/^A?P?I?_?/i, '');
  });
</script>`;

for (const keeper of [false, true]) {
  test(`a username box that holds the fixed API_ itself${keeper ? ', kept there by its script,' : ''} is typed after it`, async ({
    page: tab,
  }) => {
    await tab.setContent(page(prefixInBox(keeper)));
    const portal = new Portal(tab, BUILT_IN_MAP, 3000);
    expect(await portal.registration.prefixShown()).toBe(true);
    await portal.registration.fillCredentials('rend13', 'Rend@Pass35');
    await expect(tab.locator('#user')).toHaveValue('API_rend13');
  });
}

/** ui-select's bootstrap theme, as it works: the face hidden while the search box is open. */
const UI_SELECT = `
<h1>Create API User</h1>
<form class="form-horizontal">
  <div class="form-group"><label class="control-label">Select your GSP</label>
    <div class="ui-select-container dropdown" style="position:relative;width:360px">
      <div class="ui-select-match"><span tabindex="-1" class="btn ui-select-toggle" style="display:block;border:1px solid #ccc;padding:6px;cursor:pointer"><span class="ui-select-placeholder">Select your GSP</span><span class="ui-select-match-text"></span></span></div>
      <input type="search" class="ui-select-search" placeholder="Select your GSP" autocomplete="off" style="display:none;width:340px">
      <ul class="ui-select-choices" role="listbox" style="display:none;position:absolute;top:100%;left:0;right:0;background:#fff;border:1px solid #ccc;list-style:none;margin:0;padding:0"></ul>
    </div>
  </div>
  <div class="form-group"><label for="user">Username</label> API_<input id="user"></div>
</form>
<script>
  const names = ${JSON.stringify(['Adaequare Info Private Limited', DEFMACRO, 'Tera Software Limited'])};
  const match = document.querySelector('.ui-select-match');
  const search = document.querySelector('.ui-select-search');
  const list = document.querySelector('.ui-select-choices');
  function draw() {
    list.innerHTML = names.filter((n) => n.toLowerCase().includes(search.value.toLowerCase()))
      .map((n) => '<li><div class="ui-select-choices-row" role="option"><span>' + n + '</span></div></li>').join('');
  }
  document.querySelector('.ui-select-toggle').addEventListener('click', () => {
    match.style.display = 'none'; search.style.display = 'block'; list.style.display = 'block';
    search.value = ''; draw();
    setTimeout(() => search.focus(), 0);
  });
  search.addEventListener('input', draw);
  list.addEventListener('click', (event) => {
    const row = event.target.closest('.ui-select-choices-row');
    if (!row) return;
    document.querySelector('.ui-select-placeholder').style.display = 'none';
    document.querySelector('.ui-select-match-text').textContent = row.textContent;
    match.style.display = ''; search.style.display = 'none'; list.style.display = 'none';
  });
</script>`;

test('a list whose box makes way for its search box while open is read and chosen under the search box', async ({
  page: tab,
}) => {
  await tab.setContent(page(UI_SELECT));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registration.gspNames(DEFMACRO)).toEqual([DEFMACRO]);
  await portal.registration.chooseGsp(DEFMACRO);
  await expect(tab.locator('.ui-select-match-text')).toHaveText(DEFMACRO);
});

/** Materialize 1.0's FormSelect as its script leaves it, with its label raised over the box. */
const formSelect = (focusOptions: boolean) => `
<h1>Create API User</h1>
<form>
  <div class="row"><div class="input-field">
    <div class="select-wrapper"><input class="select-dropdown dropdown-trigger" type="text" readonly="true"><svg class="caret" height="24" viewBox="0 0 24 24" width="24"><path d="M7 10l5 5 5-5z"></path></svg><select id="gsp" tabindex="-1"><option value="" disabled selected>Choose your GSP</option>${[
      'Adaequare Info Private Limited',
      DEFMACRO,
      'Tera Software Limited',
    ]
      .map((name, i) => `<option value="${i + 1}">${name}</option>`)
      .join('')}</select><ul class="dropdown-content" tabindex="0"></ul></div>
    <label>Select your GSP</label>
  </div></div>
  <div class="row"><div class="input-field"><span class="prefix">API_</span><input id="user"><label for="user" class="active">Username</label></div></div>
</form>
<script>
  const list = document.getElementById('gsp');
  const box = document.querySelector('input.select-dropdown');
  const options = document.querySelector('ul.dropdown-content');
  options.innerHTML = Array.from(list.options, (o) => '<li' + (o.disabled ? ' class="disabled"' : ' tabindex="0"') + '><span>' + o.textContent + '</span></li>').join('');
  box.value = list.options[list.selectedIndex].textContent;
  box.addEventListener('click', () => { options.style.display = 'block'; if (${focusOptions}) options.focus(); });
  options.addEventListener('click', (event) => {
    const li = event.target.closest('li');
    if (!li || li.classList.contains('disabled')) return;
    list.selectedIndex = Array.from(options.children).indexOf(li);
    box.value = list.options[list.selectedIndex].textContent;
    options.style.display = 'none';
    list.dispatchEvent(new Event('change', { bubbles: true }));
  });
</script>`;

const MATERIALIZE_STYLE = `
  .input-field { position: relative; margin-top: 2.5rem; width: 500px; }
  .input-field > label { position: absolute; top: 0; left: 0; transform: translateY(12px); cursor: text; color: #9e9e9e; }
  .select-wrapper { position: relative; }
  .select-wrapper + label { position: absolute; top: -26px; font-size: .8rem; line-height: 24px; }
  .select-wrapper input.select-dropdown { cursor: pointer; width: 100%; height: 3rem; border: none; border-bottom: 1px solid #9e9e9e; display: block; }
  .select-wrapper .caret { position: absolute; right: 0; top: 0; bottom: 0; margin: auto 0; }
  select { display: none; }
  .dropdown-content { display: none; position: absolute; left: 0; top: 0; width: 100%; z-index: 9999; background: #fff; list-style: none; margin: 0; padding: 0; }
  .dropdown-content li { min-height: 50px; line-height: 50px; padding: 0 16px; cursor: pointer; }
  .prefix { position: absolute; width: 3rem; }
  #user { margin-left: 3rem; }`;

for (const focusOptions of [true, false]) {
  test(`Materialize's list, its label raised over its box, is found, opened and chosen in, nothing typed into its box (the focus ${focusOptions ? 'on its options' : 'kept by the box'})`, async ({
    page: tab,
  }) => {
    await tab.setContent(page(formSelect(focusOptions), MATERIALIZE_STYLE));
    const portal = new Portal(tab, BUILT_IN_MAP, 3000);
    expect(await portal.registration.isShown('registration.gspSelect')).toBe(true);
    expect(await portal.registration.gspNames(DEFMACRO)).toEqual([
      'Adaequare Info Private Limited',
      DEFMACRO,
      'Tera Software Limited',
    ]);
    await portal.registration.chooseGsp(DEFMACRO);
    await expect(tab.locator('#gsp')).toHaveValue('2');
    await expect(tab.locator('input.select-dropdown')).toHaveValue(DEFMACRO);
  });
}

/** A side nav whose entries carry Material Icons, drawn from the font by their names. */
const ICON_MENU = `<!doctype html><html><head><title>Dash Board</title><style>
  nav ul { list-style: none; margin: 0; padding: 0; width: 300px; }
  nav a { display: block; padding: 8px 12px; cursor: pointer; }
  .material-icons { font-family: 'Material Icons'; font-size: 24px; width: 24px; overflow: hidden; display: inline-block; vertical-align: middle; }
  .collapsible-body { display: none; } .active > .collapsible-body { display: block; }
</style></head><body>
<nav><ul class="collapsible">
  <li><a class="collapsible-header"><i class="material-icons">dashboard</i>Dash Board</a></li>
  <li><a class="collapsible-header"><i class="material-icons">vpn_key</i>API Registration<i class="material-icons right">arrow_drop_down</i></a>
    <div class="collapsible-body"><ul class="collapsible">
      <li><a class="collapsible-header">User Credentials<i class="material-icons right">arrow_drop_down</i></a>
        <div class="collapsible-body"><ul><li><a href="#created"><i class="material-icons">person_add</i>Create API User</a></li></ul></div></li>
    </ul></div></li>
</ul></nav>
<h2>Dash Board</h2>
<script>
  document.querySelectorAll('.collapsible-header').forEach((header) =>
    header.addEventListener('click', () => header.parentElement.classList.toggle('active')));
</script></body></html>`;

test('icons drawn from a font by their names are read as the words beside them', async ({ page: tab }) => {
  await tab.route('http://menu.test/', (route) =>
    route.fulfill({ contentType: 'text/html', body: ICON_MENU }),
  );
  await tab.goto('http://menu.test/');
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.dashboard.openCreateApiUser();
  await expect(tab).toHaveURL(/#created$/);
});

test('a spinner that says "Processing" to a screen reader, as an alert, is no verdict', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(`<h1>Sign In</h1><p>Username</p>
    <span class="u-Processing" role="alert" style="position:fixed;left:50%;top:50%;width:64px;height:64px;background:rgba(255,255,255,.9)"><span class="u-Processing-spinner"></span><span class="u-VisuallyHidden" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">Processing</span></span>
    <div class="t-Alert t-Alert--danger" role="alert">Invalid Login Credentials</div>`),
  );
  const { errors } = (await callPortalLib(tab, '.glance([])')) as { errors: string[] };
  expect(errors).toEqual(['Invalid Login Credentials']);
});

/** Oracle APEX's Popup LOV: a text box whose click or typing opens a search dialog of names. */
const POPUP_LOV = `
<h1>Create API User</h1>
<form id="wwvFlowForm">
  <div class="t-Form-fieldContainer"><div class="t-Form-labelContainer"><label for="P20_GSP_DISPLAY" class="t-Form-label">Select your GSP</label></div>
    <div class="t-Form-inputContainer"><input type="text" id="P20_GSP_DISPLAY" class="apex-item-text apex-item-popup-lov" autocomplete="off" aria-haspopup="dialog" size="40"><button type="button" class="a-Button a-Button--popupLOV" aria-label="Select your GSP">&#128269;</button><input type="hidden" id="P20_GSP"></div></div>
  <div class="t-Form-fieldContainer"><label for="user">Username</label> API_<input id="user"></div>
</form>
<script>
  const names = ${JSON.stringify(['Adaequare Info Private Limited', DEFMACRO, 'Tera Software Limited'])};
  const display = document.getElementById('P20_GSP_DISPLAY');
  let dialog;
  function open(search) {
    if (dialog) return;
    document.body.insertAdjacentHTML('beforeend', '<div class="ui-widget-overlay" style="position:fixed;inset:0;background:rgba(0,0,0,.4)"></div>' +
      '<div class="ui-dialog" role="dialog" style="position:fixed;left:300px;top:80px;width:480px;background:#fff;border:1px solid #ccc">' +
      '<div class="ui-dialog-titlebar"><span class="ui-dialog-title">Select your GSP</span><button type="button" class="ui-dialog-titlebar-close" title="Close">&times;</button></div>' +
      '<div class="a-PopupLOV-searchBar"><input type="text" class="a-PopupLOV-search apex-item-text" id="P20_GSP_lov_search" aria-label="Search" placeholder="Search" autocomplete="off"><button type="button">Search</button></div>' +
      '<table class="a-GV"><tbody></tbody></table></div>');
    dialog = document.querySelector('.ui-dialog');
    const box = dialog.querySelector('.a-PopupLOV-search');
    const draw = () => {
      dialog.querySelector('tbody').innerHTML = names.filter((n) => n.toLowerCase().includes(box.value.toLowerCase()))
        .map((n) => '<tr class="a-GV-row" style="cursor:pointer"><td>' + n + '</td></tr>').join('');
    };
    box.value = search; draw();
    box.addEventListener('input', draw);
    box.focus();
    dialog.addEventListener('click', (event) => {
      const row = event.target.closest('tr');
      if (row) { display.value = row.textContent; document.getElementById('P20_GSP').value = String(names.indexOf(row.textContent) + 1); close(); }
      if (event.target.closest('.ui-dialog-titlebar-close')) close();
    });
  }
  function close() { dialog.remove(); document.querySelector('.ui-widget-overlay').remove(); dialog = undefined; display.focus(); }
  display.addEventListener('input', () => { const typed = display.value; display.value = ''; open(typed); });
  display.addEventListener('click', () => open(''));
  document.querySelector('.a-Button--popupLOV').addEventListener('click', () => open(''));
</script>`;

test('a text box that opens a search dialog of names (a Popup LOV) is typed into, and the name clicked in the dialog', async ({
  page: tab,
}) => {
  await tab.setContent(page(POPUP_LOV));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registration.gspNames(DEFMACRO)).toContain(DEFMACRO);
  await portal.registration.chooseGsp(DEFMACRO);
  await expect(tab.locator('#P20_GSP_DISPLAY')).toHaveValue(DEFMACRO);
  await expect(tab.locator('#P20_GSP')).toHaveValue('2');
});

test('words that take an OTP are no refusal of it', () => {
  expect(saysOtpAccepted('OTP verified successfully.')).toBe(true);
  expect(saysOtpAccepted('OTP validated')).toBe(true);
  expect(saysOtpAccepted('Invalid OTP. Please enter the correct OTP.')).toBe(false);
  expect(saysOtpAccepted('OTP could not be verified')).toBe(false);
  expect(saysOtpAccepted('OTP sent successfully to your mobile')).toBe(false);
});

test('a login form whose password takes the focus back once has the form typed once more', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(`<h1>Login</h1><form>
      <div><label for="u">Username</label> <input id="u"></div>
      <div><label for="p">Password</label> <input id="p" type="password"></div>
      <div><img id="captcha_image" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="120" height="40" alt="captcha"><label for="c">Enter Captcha</label> <input id="c" name="CaptchaCode"></div>
      <button type="button">Login</button></form>
      <script>
        // The first focus on the captcha is taken back to the password (a modal's focus trap settling).
        let taken = false;
        document.getElementById('c').addEventListener('focus', () => {
          if (taken) return;
          taken = true;
          setTimeout(() => document.getElementById('p').focus(), 0);
        });
      </script>`),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.login.fillForm({ username: 'user27', password: 'Login@Pass1', captcha: 'K7Q2M' });
  await expect(tab.locator('#p')).toHaveValue('Login@Pass1');
  await expect(tab.locator('#c')).toHaveValue('K7Q2M');
});

test('a popup whose close control does not take the first click is clicked again, not waited on', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(`<h1>Dash Board</h1><p>Generations</p>
      <div class="ui-widget-overlay" style="position:fixed;inset:0;background:rgba(0,0,0,.4)"></div>
      <div class="ui-dialog" role="dialog" style="position:fixed;left:300px;top:100px;width:420px;background:#fff;padding:16px">
        <div class="ui-dialog-titlebar"><span class="ui-dialog-title">Advisory</span></div>
        <p>Please report your invoices within 30 days.</p>
        <button type="button" id="close">Close</button>
      </div>
      <script>
        let clicks = 0;
        document.getElementById('close').addEventListener('click', () => {
          if (clicks++ === 0) return; // still opening: the first click is not taken
          document.querySelector('.ui-dialog').remove();
          document.querySelector('.ui-widget-overlay').remove();
        });
      </script>`),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.popups.closeAll();
  await expect(tab.locator('.ui-dialog')).toHaveCount(0);
  expect(portal.popups.closed).toEqual(['Advisory']);
});
