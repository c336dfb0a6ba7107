/**
 * Shapes of Ionic 7 (test/renditions/r24-ionic), each failing on the bot before its fix.
 *
 * A list drawn as Ionic draws its ion-select: a web component whose
 * box, floating label ("Select your GSP", on the box's top edge) and shown choice are drawn in its
 * own shadow root, over a transparent combobox button clipped to nothing; its light DOM holds only
 * the hidden options. A click on the box opens an alert over the page: a radio per name, then
 * Cancel and OK, and the choice is kept only by OK. Read as a person reads it: the box labelled by
 * the words on its edge, the names the radios (not Cancel nor OK), the choice kept by OK, and read
 * back where the box draws it.
 *
 * The GSPs registered drawn as a list, not a table: an ion-list of ion-items, each the GSP's name,
 * then "API Username: API_… · Registered on …", then an "Active" badge. Each item naming an API_
 * username is a row: the GSP its line without the username, the username its API_ word.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const NAMES = ['ALANKIT LIMITED', 'DEFMACRO SOFTWARE PRIVATE LIMITED', 'TERA SOFTWARE LIMITED'];

const ION_SELECT = `<!doctype html><html><head><title>Create API User</title><style>
  body { font: 16px sans-serif; margin: 24px; } x-option { display: none; } .fields { width: 420px; }
  .backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.32); z-index: 20000; }
  .alert { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; z-index: 20001; }
  .wrapper { background: #fff; width: 300px; border-radius: 4px; box-shadow: 0 8px 24px rgba(0,0,0,.3); }
  .wrapper h2 { font-size: 20px; margin: 0; padding: 20px 24px 12px; }
  .radio { display: flex; width: 100%; border: 0; background: none; padding: 12px 24px; text-align: left; cursor: pointer; font: inherit; }
  .radio[aria-checked="true"] { color: #3880ff; }
  .buttons { display: flex; justify-content: flex-end; padding: 8px; }
  .buttons button { border: 0; background: none; color: #3880ff; padding: 10px; text-transform: uppercase; cursor: pointer; }
</style></head><body>
<h3>Create API User</h3>
<div class="fields">
  <x-select id="gsp" label="Select your GSP" placeholder="Select">${NAMES.map((name, i) => `<x-option value="GSP${i + 101}">${name}</x-option>`).join('')}</x-select>
  <p><label for="user">Username</label> <input id="user"></p>
</div>
<script>
  customElements.define('x-select', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var self = this;
      var root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<style>:host{display:block;position:relative;min-height:56px;cursor:pointer}' +
        '.wrapper{display:flex;flex-direction:column;justify-content:center;min-height:56px;padding:0 16px;border:1px solid #b3b3b3;border-radius:4px;box-sizing:border-box}' +
        '.label{position:absolute;left:16px;top:0;transform:translateY(-50%) scale(.75);transform-origin:left center;background:#fff;color:#737373;pointer-events:none}' +
        '.text{padding-right:32px}.placeholder{opacity:.6}' +
        'button{position:absolute;inset:0;width:100%;height:100%;border:0;clip:rect(0 0 0 0);opacity:0;overflow:hidden}</style>' +
        '<label class="wrapper"><div class="label">' + this.getAttribute('label') + '</div>' +
        '<div class="text" aria-hidden="true"></div><button type="button" role="combobox" aria-haspopup="dialog" aria-expanded="false"></button></label>';
      this.value = null;
      this.render();
      this.addEventListener('click', function () { self.open(); });
    }
    text() {
      var chosen = Array.prototype.find.call(this.querySelectorAll('x-option'), (o) => o.getAttribute('value') === this.value);
      return chosen ? chosen.textContent : '';
    }
    render() {
      var text = this.text(), shown = this.shadowRoot.querySelector('.text');
      shown.textContent = text || this.getAttribute('placeholder');
      shown.className = text ? 'text' : 'text placeholder';
      this.shadowRoot.querySelector('button').setAttribute('aria-label', this.getAttribute('label') + ', ' + shown.textContent);
    }
    open() {
      if (document.querySelector('.alert')) return;
      var self = this, picked = this.value;
      var backdrop = document.createElement('div');
      backdrop.className = 'backdrop';
      var alert = document.createElement('div');
      alert.className = 'alert';
      alert.setAttribute('role', 'alertdialog');
      alert.innerHTML = '<div class="wrapper"><h2>' + this.getAttribute('label') + '</h2><div role="radiogroup">' +
        Array.prototype.map.call(this.querySelectorAll('x-option'), (o) =>
          '<button type="button" class="radio" role="radio" aria-checked="' + (o.getAttribute('value') === picked) + '" data-value="' + o.getAttribute('value') + '"><div>' + o.textContent + '</div></button>').join('') +
        '</div><div class="buttons"><button type="button" class="cancel">Cancel</button><button type="button" class="ok">OK</button></div></div>';
      document.body.append(backdrop, alert);
      var close = function () { alert.remove(); backdrop.remove(); };
      alert.querySelectorAll('.radio').forEach(function (radio) {
        radio.addEventListener('click', function () {
          picked = radio.getAttribute('data-value');
          alert.querySelectorAll('.radio').forEach(function (r) { r.setAttribute('aria-checked', String(r === radio)); });
        });
      });
      alert.querySelector('.cancel').addEventListener('click', close);
      alert.querySelector('.ok').addEventListener('click', function () { self.value = picked; self.render(); close(); });
    }
  });
</script></body></html>`;

test('a web component list labelled on its edge offers the radios of its alert, and keeps the choice by OK', async ({
  page: tab,
}) => {
  await tab.setContent(ION_SELECT);
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registration.gspNames('DEFMACRO SOFTWARE PRIVATE LIMITED')).toEqual(NAMES);
  await portal.registration.chooseGsp('DEFMACRO SOFTWARE PRIVATE LIMITED');
  expect(await tab.locator('#gsp').evaluate((el) => (el as HTMLElement & { value: string }).value)).toBe(
    'GSP102',
  );
  await expect(tab.locator('.alert')).toHaveCount(0);
});

const REGISTERED_LIST = `<!doctype html><html><head><title>Create API User</title><style>
  body { font: 16px sans-serif; margin: 24px; } x-item { display: flex; justify-content: space-between; padding: 8px 16px; border-bottom: 1px solid #ddd; }
  h2 { font-size: 16px; margin: 0; } p { margin: 4px 0 0; color: #666; } .badge { background: #2dd36f; color: #fff; padding: 2px 6px; border-radius: 4px; }
</style></head><body>
<h3>Create API User</h3>
<p>Username: the prefix API_ is added for you.</p>
<section><h2>GSPs registered for your GSTIN</h2>
  <x-list><x-item><div><h2>TERA SOFTWARE LIMITED</h2><p>API Username: API_fusiontera &middot; Registered on 14/08/2021</p></div><span class="badge">Active</span></x-item>
  <x-item><div><h2>DEFMACRO SOFTWARE PRIVATE LIMITED</h2><p>API Username: API_rend24 &middot; Registered on 07/12/2026</p></div><span class="badge">Active</span></x-item></x-list>
</section>
<script>
  customElements.define('x-list', class extends HTMLElement {
    connectedCallback() { this.setAttribute('role', 'list'); }
  });
  customElements.define('x-item', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.setAttribute('role', 'listitem');
      this.attachShadow({ mode: 'open' }).innerHTML = '<div part="native" style="display:flex;width:100%;justify-content:space-between"><slot></slot></div>';
    }
  });
</script></body></html>`;

test('the GSPs registered drawn as a list of items are its rows: the GSP by its name, the user by its API_ word', async ({
  page: tab,
}) => {
  await tab.setContent(REGISTERED_LIST);
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  const rows = await portal.registeredGsps.rows();
  expect(rows.map(({ gsp, username }) => ({ gsp, username }))).toEqual([
    { gsp: 'TERA SOFTWARE LIMITED', username: 'API_fusiontera' },
    { gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED', username: 'API_rend24' },
  ]);
});
