/**
 * Shapes met on the fourteenth round of renditions written blind (issue 18), read through the
 * page's own reading:
 * - a login drawn in a drawer docked at the window's right edge (Chakra UI's Drawer,
 *   test/renditions/r23-chakra): a dialog by its role over a dimming layer of its own, its fields
 *   in a `<form>` with a "Show" button in the password's box, its Login in the drawer's footer,
 *   outside the form (`form="login-form"`). A drawer at an edge is no popup the closer may close,
 *   as a fixed sidebar is not; the form is still the whole dialog, and the header's Login is not
 *   its Login.
 * - a list's face that is a read-only combobox input with its placeholder laid over it in the box
 *   holding it alone (Element Plus's el-select, test/renditions/r23-elementplus): the placeholder
 *   is what a person clicks to open the list, not something covering it.
 * Each fails on the bot before its fix.
 */
import { selectors } from '@playwright/test';
import { Finder, registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const PICTURE = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='160' height='50'/%3E";

const DRAWER = `<!doctype html><html><head><title>e-Invoice System</title><style>
  body { font: 14px sans-serif; margin: 0; } header { display: flex; justify-content: space-between; padding: 12px 24px; border-bottom: 1px solid #ddd; }
  .overlay { position: fixed; inset: 0; background: rgba(0,0,0,.48); z-index: 1300; }
  .container { position: fixed; inset: 0; display: flex; justify-content: flex-end; z-index: 1400; }
  section { width: 448px; height: 100vh; background: #fff; display: flex; flex-direction: column; }
  .body { flex: 1; padding: 16px 24px; } .footer { display: flex; justify-content: flex-end; gap: 12px; padding: 16px 24px; }
  .control { display: flex; flex-direction: column; margin-bottom: 16px; } .group { display: flex; }
  .group input { flex: 1; } .close { position: absolute; top: 8px; right: 12px; width: 32px; height: 32px; }
</style></head><body>
<header><b>e-Invoice System</b><button type="button" id="headerLogin">Login</button></header>
<main><h1>Welcome to the e-Invoice System</h1></main>
<div class="portal"><div class="overlay"></div><div class="container">
  <section role="dialog" aria-modal="true" aria-labelledby="title" id="drawer">
    <header id="title"><h2>Login</h2></header><button type="button" class="close" aria-label="Close"><svg width="12" height="12"></svg></button>
    <div class="body"><form id="login-form" novalidate>
      <div class="control"><label for="u">User Name<span role="presentation">*</span></label><input id="u" name="userName"></div>
      <div class="control"><label for="p">Password<span role="presentation">*</span></label>
        <div class="group"><input id="p" type="password" name="password"><button type="button">Show</button></div></div>
      <div class="control" style="flex-direction: row; gap: 12px"><img alt="Captcha" src="${PICTURE}"><button type="button" aria-label="Refresh captcha"><svg width="16" height="16"></svg></button></div>
      <div class="control"><label for="c">Enter Captcha<span role="presentation">*</span></label><input id="c" name="captcha"></div>
    </form></div>
    <div class="footer"><button type="button">Cancel</button><button type="submit" form="login-form" id="formLogin">Login</button></div>
  </section></div></div>
</body></html>`;

test("a login drawer docked at the window's edge is the form: its Login in the drawer's footer, not the header's", async ({
  page: tab,
}) => {
  await tab.setContent(DRAWER);
  const finder = new Finder(tab, BUILT_IN_MAP, 3000);
  expect(await (await finder.find('login.submit', 'the login form')).getAttribute('id')).toBe('formLogin');
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  // Held by the step: the popup closer leaves it alone.
  await portal.popups.closeAll();
  await expect(tab.locator('#drawer')).toBeVisible();
  expect(portal.popups.closed).toEqual([]);
});

const EL_SELECT = `<!doctype html><html><head><title>API Registration</title><style>
  body { font: 14px sans-serif; margin: 24px; } .el-form-item { display: flex; align-items: center; margin-bottom: 18px; }
  .el-form-item__label { width: 180px; } .el-select { width: 360px; }
  .el-select__wrapper { display: flex; align-items: center; position: relative; padding: 4px 12px; min-height: 32px; box-shadow: 0 0 0 1px #dcdfe6 inset; cursor: pointer; }
  .el-select__selection { position: relative; display: flex; flex: 1; min-width: 0; }
  .el-select__input { border: 0; outline: 0; padding: 0; width: 11px; background: transparent; }
  .el-select__placeholder { position: absolute; top: 50%; transform: translateY(-50%); width: 100%; color: #a8abb2; }
  .el-select__placeholder.chosen { color: #606266; }
  .el-popper { position: absolute; z-index: 2001; background: #fff; box-shadow: 0 0 12px rgba(0,0,0,.12); }
  .el-select-dropdown__item { padding: 0 32px 0 20px; line-height: 34px; cursor: pointer; }
</style></head><body><h3>Create API User</h3>
<div class="el-form-item"><label class="el-form-item__label" for="sel">Select your GSP</label>
  <div class="el-select"><div class="el-select__wrapper"><div class="el-select__selection">
    <div class="el-select__selected-item el-select__input-wrapper"><input id="sel" class="el-select__input" role="combobox" readonly aria-haspopup="listbox" aria-expanded="false" aria-controls="list" autocomplete="off"></div>
    <div class="el-select__selected-item el-select__placeholder"><span>Select</span></div>
  </div><i class="el-select__caret">&#9662;</i></div></div></div>
<div class="el-form-item"><label class="el-form-item__label" for="user">Username</label><input id="user"></div>
<div class="el-popper" id="popper" style="display: none"><ul class="el-select-dropdown__list" id="list" role="listbox">
  <li class="el-select-dropdown__item" role="option">TERA SOFTWARE LIMITED</li>
  <li class="el-select-dropdown__item" role="option">DEFMACRO SOFTWARE PRIVATE LIMITED</li></ul></div>
<script>
  var wrapper = document.querySelector('.el-select__wrapper');
  var input = document.getElementById('sel');
  var popper = document.getElementById('popper');
  var shown = document.querySelector('.el-select__placeholder');
  wrapper.addEventListener('click', function () {
    var open = popper.style.display === 'none';
    var box = wrapper.getBoundingClientRect();
    popper.style.left = box.left + 'px';
    popper.style.top = box.bottom + window.scrollY + 4 + 'px';
    popper.style.display = open ? 'block' : 'none';
    input.setAttribute('aria-expanded', String(open));
    input.focus();
  });
  popper.addEventListener('click', function (event) {
    var item = event.target.closest('li');
    if (!item) return;
    shown.firstChild.textContent = item.textContent;
    shown.classList.add('chosen');
    popper.style.display = 'none';
    input.setAttribute('aria-expanded', 'false');
  });
</script></body></html>`;

test("a list's read-only face under its own placeholder is opened through the placeholder, and chosen in", async ({
  page: tab,
}) => {
  await tab.setContent(EL_SELECT);
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registration.gspNames('DEFMACRO SOFTWARE PRIVATE LIMITED')).toEqual([
    'TERA SOFTWARE LIMITED',
    'DEFMACRO SOFTWARE PRIVATE LIMITED',
  ]);
  await portal.registration.chooseGsp('DEFMACRO SOFTWARE PRIVATE LIMITED');
  await expect(tab.locator('.el-select__placeholder')).toHaveText('DEFMACRO SOFTWARE PRIVATE LIMITED');
  await expect(tab.locator('#user')).toHaveValue('');
});
