/**
 * Shapes met on the twelfth round of renditions written blind (issue 18), read through the
 * page's own reading:
 * - a login form whose fields sit in a layout of their own with an icon's button among them
 *   ("Refresh Captcha" said only to a screen reader, in a label clipped to a pixel: Oracle JET's
 *   `oj-helper-hidden-accessible`, test/renditions/r21-oraclejet), its Login after that layout.
 *   The icon's button draws no words: the form reaches out to its Login, and the header's Login
 *   is still not the form's.
 * - jQuery Mobile (test/renditions/r21-jqmobile):
 *   - a menu in a closed panel behind a header link reading "Menu", with the post-login popup
 *     come after the step's first look: the popup is closed, the link opens the panel;
 *   - a collapsible heading that tells a screen reader " click to expand contents" after its
 *     words: the menu group is what it draws, "API Registration";
 *   - the GSP list kept off-screen, drawn by a link-button before it, an empty placeholder left
 *     after it where its options' popup was: the list is chosen through, and the button's words
 *     ("-- Select GSP --") name no field under it (the username was once typed the GSP's name);
 *   - the "Menu" button covered by the panel it opened (an earlier walk opened it) is not clicked
 *     again: a click would wait for the panel to go, and the step end in a timeout rather than
 *     name what it could not find.
 * Each fails on the bot before its fix.
 */
import { selectors } from '@playwright/test';
import { Finder, registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const HIDDEN =
  'position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0)';

const LOGIN = `<!doctype html><html><head><title>e-Invoice System</title><style>
  body { font: 14px sans-serif; margin: 0; } header { display: flex; justify-content: space-between; padding: 8px 24px; }
  .panel { width: 380px; margin: 40px auto; padding: 24px; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
  .field { display: flex; flex-direction: column; margin-bottom: 12px; } .row { display: flex; align-items: center; gap: 12px; }
  button { padding: 8px 16px; } .icon { width: 24px; height: 24px; padding: 0; border: 0; background: #ddd; }
</style></head><body>
<header><b>e-Invoice System</b><button type="button" id="headerLogin"><span>Login</span></button></header>
<div class="panel"><h2>Login</h2>
  <div class="group"><div class="layout">
    <div class="field"><label for="u">Username</label><div><div><input id="u"></div></div></div>
    <div class="field"><label for="p">Password</label><div><div><input id="p" type="password">
      <span role="button" aria-label="Show password" title="Show password" class="icon"></span></div></div></div>
    <div class="row"><img alt="Captcha" width="160" height="54" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E">
      <button type="button" class="icon" aria-labelledby="t1"><span><span class="ico"></span><span id="t1" style="${HIDDEN}">Refresh Captcha</span></span></button></div>
    <div class="field"><label for="c">Enter Captcha</label><div><div><input id="c"></div></div></div>
  </div></div>
  <div class="action"><button type="button" id="formLogin" style="width: 100%"><div><span>Login</span></div></button></div>
</div></body></html>`;

test("a form's Login after a layout holding an icon's button labelled for screen readers is the form's", async ({
  page: tab,
}) => {
  await tab.setContent(LOGIN);
  const finder = new Finder(tab, BUILT_IN_MAP, 3000);
  expect(await (await finder.find('login.submit', 'the login form')).getAttribute('id')).toBe('formLogin');
  expect(await (await finder.find('home.loginButton', 'the home page')).getAttribute('id')).toBe(
    'headerLogin',
  );
});

const STATUS =
  'position: absolute; height: 1px; width: 1px; overflow: hidden; clip: rect(1px, 1px, 1px, 1px)';

const JQM_DASHBOARD = `<!doctype html><html><head><title>Dash Board</title><style>
  body { font: 14px sans-serif; margin: 0; } .header { display: flex; justify-content: space-between; padding: 8px; background: #eee; }
  .panel { position: fixed; top: 0; bottom: 0; left: 0; width: 270px; background: #fff; transform: translateX(-100%); visibility: hidden; z-index: 1000; }
  .panel.open { transform: none; visibility: visible; }
  .panel a { display: block; padding: 10px; } .collapsed > .content { display: none; }
  .screen { position: fixed; inset: 0; background: rgba(0,0,0,.5); z-index: 1099; }
  .popup { position: absolute; top: 300px; left: 360px; width: 560px; background: #fff; z-index: 1100; padding: 16px; }
</style></head><body>
<div class="header"><a href="#nav" class="ui-btn" id="menuButton">Menu</a><h1>Dash Board</h1><a href="#" class="ui-btn">Logout</a></div>
<div class="panel" id="nav">
  <div class="collapsible collapsed"><h3><a href="#" class="toggle">API Registration<span style="${STATUS}"> click to expand contents</span></a></h3>
    <div class="content"><div class="collapsible collapsed"><h3><a href="#" class="toggle">User Credentials<span style="${STATUS}"> click to expand contents</span></a></h3>
      <div class="content"><a href="#created">Create API User</a></div></div></div></div>
</div>
<p>Welcome. Open the Menu for API Registration.</p>
<script>
  document.getElementById('menuButton').addEventListener('click', function (event) {
    event.preventDefault();
    document.getElementById('nav').classList.add('open');
  });
  document.querySelectorAll('.toggle').forEach(function (toggle) {
    toggle.addEventListener('click', function (event) {
      event.preventDefault();
      toggle.closest('.collapsible').classList.toggle('collapsed');
    });
  });
  document.body.insertAdjacentHTML('beforeend', '<div class="screen"></div><div class="popup" role="dialog">' +
    '<h2>Contacts of Technical Person</h2><p>Name: Suresh Patil</p><a href="#" class="exit">Exit</a></div>');
  document.querySelector('.popup .exit').addEventListener('click', function (event) {
    event.preventDefault();
    document.querySelector('.screen').remove();
    document.querySelector('.popup').remove();
  });
</script></body></html>`;

test('a popup come after the first look is closed, and a "Menu" link opens the panel whose collapsibles say more to a screen reader', async ({
  page: tab,
}) => {
  await tab.route('http://jqm.test/', (route) =>
    route.fulfill({ contentType: 'text/html', body: JQM_DASHBOARD }),
  );
  await tab.goto('http://jqm.test/');
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.popups.closeWhenShown();
  await portal.dashboard.openCreateApiUser();
  await expect(tab).toHaveURL(/#created$/);
  expect(portal.popups.closed).toEqual(['Contacts of Technical Person']);
});

const JQM_FORM = `<!doctype html><html><head><title>API Registration</title><style>
  body { font: 14px sans-serif; margin: 0; padding: 20px; width: 700px; }
  .row { display: flex; align-items: center; gap: 12px; margin: 12px 0; } .row > label { width: 150px; }
  .ui-select { position: relative; flex: 1; } .ui-select select { position: absolute; left: -9999px; top: -9999px; }
  .ui-btn { display: block; padding: 10px; border: 1px solid #ccc; text-align: center; cursor: pointer; }
</style></head><body>
<h2>Create API User</h2>
<div class="row"><label for="ddlGsp">Select your GSP *</label><div class="ui-select">
  <a href="#" id="ddlGsp-button" role="button" aria-haspopup="true" class="ui-btn"><span>-- Select GSP --</span></a>
  <select id="ddlGsp" tabindex="-1"><option value="">-- Select GSP --</option><option value="7">DEFMACRO SOFTWARE PRIVATE LIMITED</option><option value="9">TERA SOFTWARE LIMITED</option></select>
  <div id="ddlGsp-listbox-placeholder" style="display: none"><!-- placeholder --></div></div></div>
<div class="row"><label for="user">Username *</label><span>API_</span><input id="user" maxlength="11"></div>
<script>
  var select = document.getElementById('ddlGsp');
  select.addEventListener('change', function () {
    document.querySelector('#ddlGsp-button span').textContent = select.options[select.selectedIndex].text;
  });
</script></body></html>`;

test('a list kept off-screen, drawn by a link-button before it, is chosen through; its words name no field under it', async ({
  page: tab,
}) => {
  await tab.route('http://jqm.test/', (route) => route.fulfill({ contentType: 'text/html', body: JQM_FORM }));
  await tab.goto('http://jqm.test/');
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  const typeahead = tab.locator(
    `portal=${encodeURIComponent(JSON.stringify({ op: 'find', query: { kind: 'text-field', texts: ['Select your GSP', 'Select GSP'], ids: [], names: [] } }))}`,
  );
  expect(await typeahead.count()).toBe(0);
  expect(await portal.registration.gspNames('DEFMACRO SOFTWARE PRIVATE LIMITED')).toEqual([
    'DEFMACRO SOFTWARE PRIVATE LIMITED',
    'TERA SOFTWARE LIMITED',
  ]);
  await portal.registration.chooseGsp('DEFMACRO SOFTWARE PRIVATE LIMITED');
  await expect(tab.locator('#ddlGsp')).toHaveValue('7');
  await expect(tab.locator('#user')).toHaveValue('');
});

test('a menu button covered by the panel it opened is not clicked again: what the step needs is missing, not late', async ({
  page: tab,
}) => {
  const opened = JQM_DASHBOARD.replace('<div class="panel" id="nav">', '<div class="panel open" id="nav">')
    .replaceAll('API Registration<span', 'API Regn.<span')
    .replace(/document\.body\.insertAdjacentHTML[\s\S]*?\}\);\n/, '');
  await tab.route('http://jqm.test/', (route) => route.fulfill({ contentType: 'text/html', body: opened }));
  await tab.goto('http://jqm.test/');
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await expect(portal.dashboard.openCreateApiUser()).rejects.toThrow(/Could not find the "API Registration"/);
});
