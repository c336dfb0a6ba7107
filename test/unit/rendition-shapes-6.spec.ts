/**
 * Shapes met on the Vue 2 + Vuetify rendition of the portal (test/renditions/r4-vue, issue 18),
 * drawn as Vuetify 2 draws them and acted on through the page objects: a v-otp-input (each box an
 * outlined text field four wrappers deep) that sends the OTP by itself on the sixth digit, a
 * v-radio-group whose inputs are transparent and whose labels name no `for`, and a v-select (a
 * `role="button"` that pops up a listbox it owns, detached at the end of the app, its label
 * floating above the choice).
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const page = (body: string) =>
  `<!doctype html><html><head><title>e-Invoice System</title><style>
  .v-input__slot { position: relative; display: flex; align-items: center; min-height: 40px; border-bottom: 1px solid #999; }
  .v-text-field__slot, .v-select__slot { position: relative; display: flex; flex: 1; align-items: center; }
  input { border: 0; font: inherit; }
  .v-otp-input { display: flex; gap: 8px; width: 360px; }
  .v-otp-input .v-input { flex: 1 1 0; min-width: 0; }
  .v-otp-input input { width: 100%; text-align: center; }
  .v-radio { display: flex; align-items: center; height: 32px; cursor: pointer; }
  .v-input--selection-controls__input { position: relative; width: 24px; height: 24px; margin-right: 8px; }
  .v-input--selection-controls__input input { position: absolute; opacity: 0; width: 100%; height: 100%; margin: 0; }
  .v-radio i { display: inline-block; width: 20px; height: 20px; border: 2px solid #777; border-radius: 50%; box-sizing: border-box; }
  .v-item--active i { background: radial-gradient(#1565c0 0 4px, #fff 5px); }
  .v-label { position: absolute; left: 0; top: 12px; pointer-events: none; }
  .v-input--is-label-active .v-label { transform: translateY(-18px) scale(.75); transform-origin: top left; }
  .v-radio .v-label { position: static; pointer-events: auto; }
  .v-select__selections { flex: 1; min-height: 40px; display: flex; align-items: center; padding-top: 12px; }
  .v-select__selections input { width: 0; padding: 0; }
  .v-menu__content { position: absolute; background: #fff; box-shadow: 0 4px 8px #0004; overflow-y: auto; max-height: 304px; }
  .v-list-item { min-height: 48px; display: flex; align-items: center; padding: 0 16px; cursor: pointer; }
  </style></head><body><div class="v-application" data-app="true" style="position:relative;padding:24px">${body}</div></body></html>`;

/** Vuetify 2's v-otp-input: six boxes, each an outlined v-text-field, sent on the sixth digit. */
const OTP_BOXES = `
<p>Enter the OTP sent to your registered mobile number</p>
<div class="v-otp-input" id="otp"></div>
<div id="error" style="color:#ff5252"></div>
<button type="button" id="verify">Verify</button>
<script>
  window.sent = [];
  window.verifyClicks = 0;
  const row = document.getElementById('otp');
  const boxes = [];
  for (let i = 0; i < 6; i++) {
    row.insertAdjacentHTML('beforeend', '<div class="v-input v-text-field v-text-field--outlined"><div class="v-input__control">' +
      '<div class="v-input__slot"><div class="v-text-field__slot"><input type="text" min="0" maxlength="1" autocomplete="off"></div></div>' +
      '<div class="v-text-field__details"></div></div></div>');
  }
  row.querySelectorAll('input').forEach((box, i, all) => {
    boxes.push(box);
    box.addEventListener('input', () => {
      if (box.value && all[i + 1]) all[i + 1].focus();
      const code = boxes.map((b) => b.value).join('');
      if (code.length === 6) send(code);
    });
  });
  function send(code) {
    window.sent.push(code.length);
    fetch('/verify', { method: 'POST', body: code }).then((r) => r.json()).then((answer) => {
      if (answer.ok) { document.body.innerHTML = '<h2>Dash Board</h2>'; return; }
      document.getElementById('error').textContent = 'Invalid OTP. Please try again.';
      boxes.forEach((b) => { b.value = ''; });
    });
  }
  document.getElementById('verify').onclick = () => { window.verifyClicks++; send(boxes.map((b) => b.value).join('')); };
</script>`;

test('six Vuetify OTP boxes that send the OTP by themselves on the sixth digit are not sent again by Verify', async ({
  page: tab,
}) => {
  let posts = 0;
  await tab.route('http://portal.test/**', async (route) => {
    if (route.request().method() === 'POST') {
      posts += 1;
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false }) });
      return;
    }
    await route.fulfill({ contentType: 'text/html', body: page(OTP_BOXES) });
  });
  await tab.goto('http://portal.test/otp');
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  // The boxes are one OTP entry, named by the line above them, though each sits four wrappers deep.
  await portal.loginOtp.waitUntilShown();
  await portal.loginOtp.verify('123456');
  await expect(tab.locator('#error')).toHaveText(/Invalid OTP/);
  // Refused and emptied by the widget: no Verify after it, which would send the boxes again.
  expect(await tab.evaluate(() => (window as unknown as { verifyClicks: number }).verifyClicks)).toBe(0);
  expect(posts).toBe(1);
});

test('the same boxes that wait for Verify are sent by Verify, once', async ({ page: tab }) => {
  let posts = 0;
  const waiting = OTP_BOXES.replace('if (code.length === 6) send(code);', '');
  await tab.route('http://portal.test/**', async (route) => {
    if (route.request().method() === 'POST') {
      posts += 1;
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true }) });
      return;
    }
    await route.fulfill({ contentType: 'text/html', body: page(waiting) });
  });
  await tab.goto('http://portal.test/otp');
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.loginOtp.verify('123456');
  await expect(tab.getByRole('heading', { name: 'Dash Board' })).toBeVisible();
  expect(posts).toBe(1);
});

/** Vuetify 2's v-radio-group: the input transparent over the circle, its click prevented, a `<label>` without `for`. */
const RADIOS = `
<legend>Do you wish to Register your GSTIN for</legend>
<div role="radiogroup" id="group"></div>
<div id="details"></div>
<script>
  window.chosen = [];
  const group = document.getElementById('group');
  [['direct', 'Directly'], ['gsp', 'Through GSP'], ['erp', 'Through ERP']].forEach(([value, text], i) => {
    group.insertAdjacentHTML('beforeend', '<div class="v-radio"><div class="v-input--selection-controls__input">' +
      '<i aria-hidden="true" class="v-icon"></i><input id="input-' + i + '" role="radio" type="radio" name="radio-1" value="' + value +
      '" aria-checked="false"><div class="v-input--selection-controls__ripple"></div></div><label class="v-label">' + text + '</label></div>');
  });
  const radios = Array.from(group.querySelectorAll('.v-radio'));
  radios.forEach((radio) => {
    const input = radio.querySelector('input');
    input.addEventListener('click', (e) => e.preventDefault());
    radio.addEventListener('click', () => {
      radios.forEach((r) => {
        const on = r === radio;
        r.classList.toggle('v-item--active', on);
        r.querySelector('input').setAttribute('aria-checked', String(on));
      });
      window.chosen.push(input.value);
      document.getElementById('details').innerHTML = input.value === 'gsp'
        ? '<label for="gsp">Select your GSP</label><select id="gsp"><option value="">Select</option><option>DEFMACRO SOFTWARE PRIVATE LIMITED</option></select>'
        : '';
    });
  });
</script>`;

test('a Vuetify radio, its click prevented and its label without for, is chosen by its own words, not the next one', async ({
  page: tab,
}) => {
  await tab.setContent(page(RADIOS));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.registration.chooseThroughGsp();
  expect(await tab.evaluate(() => (window as unknown as { chosen: string[] }).chosen)).toEqual(['gsp']);
  await expect(tab.locator('#input-1')).toHaveAttribute('aria-checked', 'true');
});

/** Vuetify 2's v-select: a role=button slot that owns a listbox, drawn detached at the end of the app. */
const V_SELECT = `
<div class="v-input v-select" id="wrap"><div class="v-input__control">
  <div role="button" aria-haspopup="listbox" aria-expanded="false" aria-owns="list-7" class="v-input__slot" id="slot">
    <div class="v-select__slot"><label class="v-label">Select your GSP</label>
      <div class="v-select__selections" id="selections"><input readonly type="text" aria-readonly="false" autocomplete="off"></div>
      <div class="v-input__append-inner"><i aria-hidden="true" class="v-icon">&#9662;</i></div>
      <input type="hidden" name="gsp" id="value"></div></div></div></div>
<p>Username</p><input type="text" id="user">
<script>
  const names = ['Adaequare Info Private Limited', 'Cygnet Infotech Private Ltd', 'DEFMACRO SOFTWARE PRIVATE LIMITED',
    'IRIS BUSINESS SERVICES LIMITED', 'Masters India Private Limited', 'Tera Software Limited'];
  const app = document.querySelector('.v-application');
  const slot = document.getElementById('slot');
  let menu = null;
  const close = () => { if (menu) { menu.remove(); menu = null; slot.setAttribute('aria-expanded', 'false'); } };
  slot.addEventListener('click', () => {
    if (menu) return close();
    const box = slot.getBoundingClientRect();
    const at = app.getBoundingClientRect();
    menu = document.createElement('div');
    menu.className = 'v-menu__content menuable__content__active';
    menu.style.cssText = 'top:' + (box.bottom - at.top + 2) + 'px;left:' + (box.left - at.left) + 'px;min-width:' + box.width + 'px';
    menu.innerHTML = '<div role="listbox" id="list-7" class="v-select-list"><div class="v-list">' + names.map((n) =>
      '<div tabindex="0" role="option" aria-selected="false" class="v-list-item"><div class="v-list-item__content"><div class="v-list-item__title">' +
      n + '</div></div></div>').join('') + '</div></div>';
    menu.querySelectorAll('[role=option]').forEach((option) => option.addEventListener('click', () => {
      document.getElementById('value').value = option.textContent;
      document.getElementById('selections').insertAdjacentHTML('afterbegin', '<div class="v-select__selection">' + option.textContent + '</div>');
      document.getElementById('wrap').classList.add('v-input--is-label-active');
      close();
    }));
    app.appendChild(menu);
    slot.setAttribute('aria-expanded', 'true');
  });
</script>`;

test('a Vuetify v-select opens its detached listbox, which is its own panel, and keeps its floating label when chosen', async ({
  page: tab,
}) => {
  await tab.setContent(page(V_SELECT));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  const names = await portal.registration.gspNames('DEFMACRO SOFTWARE PRIVATE LIMITED');
  expect(names).toHaveLength(6);
  expect(names).toContain('DEFMACRO SOFTWARE PRIVATE LIMITED');
  await portal.registration.chooseGsp('DEFMACRO SOFTWARE PRIVATE LIMITED');
  await expect(tab.locator('#value')).toHaveValue('DEFMACRO SOFTWARE PRIVATE LIMITED');
});

// Under load a first try can time out after its click was made (here the page's own handler holds
// the page past the first try): the choice is read, and the radio is not clicked a second time.
test('a Vuetify radio whose first try times out after its click is chosen once', async ({ page: tab }) => {
  const slow = RADIOS.replace(
    'window.chosen.push(input.value);',
    'window.chosen.push(input.value); const until = Date.now() + 1500; while (Date.now() < until) {}',
  );
  expect(slow).not.toBe(RADIOS);
  await tab.setContent(page(slow));
  const portal = new Portal(tab, BUILT_IN_MAP, 8000);
  await portal.registration.chooseThroughGsp();
  expect(await tab.evaluate(() => (window as unknown as { chosen: string[] }).chosen)).toEqual(['gsp']);
});
