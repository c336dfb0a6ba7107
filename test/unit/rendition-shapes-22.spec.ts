/**
 * Shapes met on the thirteenth round of renditions written blind (issue 18), read through the
 * page's own reading:
 * - a portal framework's home page whose Login says "Sign In" (Liferay's Clay,
 *   test/renditions/r22-clay), and its "Refresh CAPTCHA" icon inside a link whose id says
 *   captcha, beside the captcha picture named so by its own address;
 * - an OTP field its label asks for with other spacing: "Enter One-Time Password";
 * - a toolbar's button and a sidebar's node drawn as words alone, no role, no tabindex, the arrow
 *   cursor, their handler on the bar (w2ui, test/renditions/r22-w2ui), while a grid's column
 *   header reading "GSP Name" is no list and a heading reading "Login" no button;
 * - a list's face that is a read-only box kept out of the tab order, showing a prompt (w2ui's
 *   list, whose search box over it takes the keys), while a read-only box out of the tab order
 *   with no prompt (RichFaces' combobox arrow) is no list;
 * - Material Web (test/renditions/r22-mdweb): a button whose icon is given through a slot and
 *   drawn from its name (`<md-icon>login</md-icon>`), fields whose inputs sit deep in shadow
 *   roots of their own, and a list whose options are named through slots.
 * Each fails on the bot before its fix.
 */
import { selectors } from '@playwright/test';
import { Finder, registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const PICTURE = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='160' height='50'/%3E";

const CLAY_LOGIN = `<!doctype html><html><head><title>Welcome - e-Invoice System</title><style>
  body { font: 14px sans-serif; margin: 0; } .control-menu { display: flex; justify-content: space-between; padding: 8px 24px; background: #272833; }
  .control-menu a { color: #fff; } .sheet { width: 420px; margin: 24px auto; } .form-group { display: flex; flex-direction: column; margin: 8px 0; }
  .lexicon-icon { width: 16px; height: 16px; }
</style></head><body>
<div class="control-menu"><b style="color: #fff">e-Invoice System</b>
  <a class="sign-in text-default" data-redirect="false" href="#signin"><span class="sign-in-text">Sign In</span></a></div>
<div class="sheet"><p>Welcome to the e-Invoice System.</p>
  <div class="taglib-captcha">
    <img alt="Text to Identify" class="captcha" id="_LoginPortlet_captcha" src="${PICTURE}#/c/portal/captcha/get_image">
    <a class="lfr-portal-tooltip refresh" href="javascript:void(0)" id="_LoginPortlet_refreshCaptcha" title="Refresh CAPTCHA">
      <img class="lexicon-icon" alt="" src="${PICTURE}#/o/icons/reload.svg"></a>
    <div class="form-group"><label for="_LoginPortlet_captchaText">Text Verification</label>
      <input class="field form-control" id="_LoginPortlet_captchaText" name="_LoginPortlet_captchaText"></div>
  </div></div></body></html>`;

test('a home page whose Login says "Sign In", and the captcha picture named so by its own address beside a refresh icon in a link named captcha', async ({
  page: tab,
}) => {
  await tab.setContent(CLAY_LOGIN);
  const finder = new Finder(tab, BUILT_IN_MAP, 3000);
  expect(await (await finder.find('home.loginButton', 'the home page')).textContent()).toBe('Sign In');
  expect(await (await finder.find('login.captchaImage', 'the login form')).getAttribute('id')).toBe(
    '_LoginPortlet_captcha',
  );
});

const ASKING = `<!doctype html><html><head><title>Verify</title><style>
  body { font: 14px sans-serif; margin: 24px; } .q-field { display: flex; flex-direction: column; width: 320px; margin: 12px 0; }
</style></head><body><h3>Two-Factor Authentication</h3><p>An OTP has been sent to your registered mobile number.</p>
  <label class="q-field"><div class="q-field__label">Enter One-Time Password</div><input id="code" type="text" maxlength="6"></label>
  <label class="q-field"><div class="q-field__label">Remarks</div><input id="remarks" type="text"></label>
  <button type="button" id="verify">Verify</button></body></html>`;

test('an OTP field whose label asks for it with other spacing ("Enter One-Time Password")', async ({
  page: tab,
}) => {
  await tab.setContent(ASKING);
  const finder = new Finder(tab, BUILT_IN_MAP, 3000);
  expect(await (await finder.find('loginOtp.field', 'the login OTP page')).getAttribute('id')).toBe('code');
});

const W2UI = `<!doctype html><html><head><title>e-Invoice System</title><style>
  body { font: 13px sans-serif; margin: 0; } .w2ui-toolbar { padding: 4px; background: #2b5797; }
  .w2ui-tb-button { display: inline-block; height: 26px; cursor: default; } .w2ui-tb-text { color: #fff; padding: 5px 8px; }
  .w2ui-node { height: 24px; } .w2ui-node-text { padding: 4px 8px; } .w2ui-sidebar { width: 220px; float: left; }
  .w2ui-grid { margin-left: 240px; } .w2ui-col-header { display: inline-block; width: 200px; padding: 4px; background: #eee; }
  .w2ui-field { margin-left: 240px; padding: 8px 0; } .w2ui-field > label { display: inline-block; width: 140px; }
  .w2ui-select { position: relative; display: inline-block; width: 300px; }
</style></head><body>
<div class="w2ui-toolbar" id="tb"><table><tbody><tr>
  <td><div class="w2ui-tb-button no-icon" id="tb_item_home"><div class="w2ui-tb-text">Home</div></div></td>
  <td><div class="w2ui-tb-button no-icon" id="tb_item_login"><div class="w2ui-tb-text">Login</div></div></td>
</tr></tbody></table></div>
<h2 style="margin-left: 240px">Login</h2>
<div class="w2ui-sidebar" id="sb"><div class="w2ui-node" id="node_api"><div class="w2ui-node-text">API Registration</div></div></div>
<div class="w2ui-grid"><div class="w2ui-col-header">GSP Name</div><div class="w2ui-col-header">Registered On</div></div>
<div class="w2ui-field"><label>Select your GSP</label><div class="w2ui-select">
  <input id="gsp" class="w2ui-select" readonly tabindex="-1" placeholder="-- Select --" style="width: 280px">
  <input class="w2ui-search" style="position: absolute; left: 0; top: 0; width: 240px; opacity: 0"></div></div>
<p id="heard"></p>
<script>
  document.getElementById('tb').addEventListener('click', function (event) {
    var button = event.target.closest('.w2ui-tb-button');
    if (button) document.getElementById('heard').textContent = button.id;
  });
</script></body></html>`;

test('words drawn alone as a toolbar button are its face; a heading or a column header reading the same is no control', async ({
  page: tab,
}) => {
  await tab.setContent(W2UI);
  const finder = new Finder(tab, BUILT_IN_MAP, 3000);
  await (await finder.find('home.loginButton', 'the home page')).click();
  await expect(tab.locator('#heard')).toHaveText('tb_item_login');
  expect(await (await finder.find('dashboard.apiRegistration', 'the "Dash Board" page')).textContent()).toBe(
    'API Registration',
  );
  // The list is its read-only face showing a prompt, not the grid's "GSP Name" header.
  expect(
    await (await finder.find('registration.gspSelect', 'the API registration form')).getAttribute('id'),
  ).toBe('gsp');
});

const RICH_COMBO = `<!doctype html><html><head><title>API Registration</title><style>
  body { font: 13px sans-serif; margin: 24px; } td { padding: 6px; }
  .rich-combobox-button-background { width: 17px; height: 18px; border: 1px solid #bfbfbf; background: #eee; cursor: pointer; }
</style></head><body><h3>Create API User</h3><table><tbody><tr>
  <td><label for="apiForm:gspcomboboxField">Select your GSP</label></td>
  <td><div class="rich-combobox" id="apiForm:gsp" style="width: 320px"><div class="rich-combobox-shell">
    <input type="text" autocomplete="off" id="apiForm:gspcomboboxField" class="rich-combobox-input-inactive" value="" style="width: 297px">
    <input type="text" readonly="readonly" tabindex="-1" id="apiForm:gspcomboboxButton" class="rich-combobox-button-background" value="">
  </div></div></td></tr></tbody></table></body></html>`;

test("a read-only box out of the tab order with no prompt (a combobox's arrow) is no list's face", async ({
  page: tab,
}) => {
  await tab.setContent(RICH_COMBO);
  // The box typed into is a typeahead, found as one when the GSP is chosen; the arrow beside it
  // is nothing's face, so no list is found under the label.
  const finder = new Finder(tab, BUILT_IN_MAP, 1000);
  await expect(finder.find('registration.gspSelect', 'the API registration form')).rejects.toThrow(
    /Nothing like it on the page/,
  );
});

const MD_WEB = `<!doctype html><html><head><title>e-Invoice System</title><style>
  body { font: 14px sans-serif; margin: 0; } header { display: flex; justify-content: space-between; padding: 8px 24px; }
  .card { width: 420px; margin: 24px auto; display: flex; flex-direction: column; gap: 12px; }
</style></head><body>
<header><b>e-Invoice System</b><md-filled-button id="headerLogin"><md-icon slot="icon">login</md-icon>Login</md-filled-button></header>
<section class="card"><h2>Login</h2>
  <md-outlined-text-field id="user" label="Username"></md-outlined-text-field>
  <md-outlined-text-field id="pass" label="Password" type="password"><md-icon-button slot="trailing-icon" aria-label="Show password"><md-icon>visibility</md-icon></md-icon-button></md-outlined-text-field>
  <md-filled-button id="formLogin"><md-icon slot="icon">login</md-icon>Login</md-filled-button>
</section>
<section class="card"><md-outlined-select id="gsp" label="Select your GSP">
  <md-select-option value="1"><div slot="headline">TERA SOFTWARE LIMITED</div></md-select-option>
  <md-select-option value="2"><div slot="headline">DEFMACRO SOFTWARE PRIVATE LIMITED</div></md-select-option>
</md-outlined-select></section>
<script>
  customElements.define('md-icon', class extends HTMLElement {});
  customElements.define('md-filled-button', class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).innerHTML =
        '<button style="display: inline-flex; gap: 8px; padding: 8px 16px"><slot name="icon"></slot><span class="label"><slot></slot></span></button>';
    }
  });
  customElements.define('md-icon-button', class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).innerHTML = '<button aria-label="' + this.getAttribute('aria-label') + '"><slot></slot></button>';
    }
  });
  // A field in a field, as Material Web draws it: the input seven boxes down its shadow root.
  customElements.define('md-outlined-text-field', class extends HTMLElement {
    constructor() {
      super();
      var label = this.getAttribute('label');
      var type = this.getAttribute('type') || 'text';
      this.attachShadow({ mode: 'open' }).innerHTML =
        '<span class="text-field"><md-outlined-field><div class="field"><div class="container-overflow"><div class="container">' +
        '<div class="start"></div><div class="middle"><div class="label-wrapper"><span class="label">' + label + '</span></div>' +
        '<div class="content"><slot name="content"><input class="input" type="' + type + '" aria-label="' + label + '"></slot></div></div>' +
        '<div class="end"><slot name="trailing-icon"></slot></div></div></div></div></md-outlined-field></span>';
    }
  });
  customElements.define('md-select-option', class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).innerHTML =
        '<li role="option" tabindex="-1" style="padding: 8px"><div class="default-slot"><slot></slot><slot name="headline"></slot></div></li>';
    }
  });
  customElements.define('md-outlined-select', class extends HTMLElement {
    constructor() {
      super();
      var self = this;
      this.attachShadow({ mode: 'open' }).innerHTML =
        '<span class="select"><div class="field" role="combobox" tabindex="0" aria-haspopup="listbox" aria-label="' + this.getAttribute('label') +
        '" aria-expanded="false" style="border: 1px solid #777; padding: 12px; width: 360px"><span class="label">' + this.getAttribute('label') +
        '</span> <span class="value"></span></div><div class="menu" role="listbox" hidden style="border: 1px solid #ccc"><slot></slot></div></span>';
      var field = this.shadowRoot.querySelector('.field');
      var menu = this.shadowRoot.querySelector('.menu');
      field.addEventListener('click', function () { menu.hidden = !menu.hidden; field.setAttribute('aria-expanded', String(!menu.hidden)); });
      this.addEventListener('click', function (event) {
        var option = event.composedPath().find(function (node) { return node.localName === 'md-select-option'; });
        if (!option) return;
        self.value = option.getAttribute('value');
        self.shadowRoot.querySelector('.value').textContent = option.textContent.trim();
        menu.hidden = true;
        field.setAttribute('aria-expanded', 'false');
      });
    }
  });
</script></body></html>`;

test('Material Web: a Login whose icon is given through a slot and drawn from its name, in a form whose fields sit deep in shadow roots', async ({
  page: tab,
}) => {
  await tab.setContent(MD_WEB);
  const finder = new Finder(tab, BUILT_IN_MAP, 3000);
  const header = await finder.find('home.loginButton', 'the home page');
  expect(await header.evaluate((button) => (button.getRootNode() as ShadowRoot).host.id)).toBe('headerLogin');
  const form = await finder.find('login.submit', 'the login form');
  expect(await form.evaluate((button) => (button.getRootNode() as ShadowRoot).host.id)).toBe('formLogin');
});

test('Material Web: a list whose options are named through slots is read and chosen by those names', async ({
  page: tab,
}) => {
  await tab.setContent(MD_WEB);
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registration.gspNames('DEFMACRO SOFTWARE PRIVATE LIMITED')).toEqual([
    'TERA SOFTWARE LIMITED',
    'DEFMACRO SOFTWARE PRIVATE LIMITED',
  ]);
  await portal.registration.chooseGsp('DEFMACRO SOFTWARE PRIVATE LIMITED');
  expect(
    await tab.locator('#gsp').evaluate((select) => (select as HTMLElement & { value: string }).value),
  ).toBe('2');
});
