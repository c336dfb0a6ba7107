/**
 * Shapes met on the fourth round of renditions written blind (issue 18), acted on through the
 * page objects:
 * - the GSP as a text box with the browser's own list of offers (`<input list>` and a
 *   `<datalist>`): the offers are drawn by the browser outside the page, so they are read from
 *   the list, and a name chosen puts its option's value in the box, as picking it does;
 * - the fixed `API_` written into the username's box itself (kept there by the page's script, or
 *   not): the part after it is typed after it.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
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
