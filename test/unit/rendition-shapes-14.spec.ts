/**
 * Shapes met on the fifth round of renditions written blind (issue 18), acted on through the
 * page objects:
 * - a list drawn without a native one whose box is a read-only text box that keeps the focus
 *   once clicked (Element's el-select): nothing is typed into it, its offers are read as drawn.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const DEFMACRO = 'DEFMACRO SOFTWARE PRIVATE LIMITED';
const NAMES = ['Adaequare Info Private Limited', DEFMACRO, 'Tera Software Limited'];

const page = (body: string, style = '') =>
  `<!doctype html><html><head><title>e-Invoice System</title><style>
  body { font: 13px sans-serif; margin: 0; }
  ${style}
  </style></head><body>${body}</body></html>`;

/** Element's el-select, not filterable: a read-only box keeping the focus, its offers at the end of the page. */
const EL_SELECT = `
<h1>Create API User</h1>
<form class="el-form">
  <div class="el-form-item"><label class="el-form-item__label">Select your GSP</label>
    <div class="el-form-item__content"><div class="el-select"><div class="el-input el-input--suffix">
      <input type="text" readonly autocomplete="off" placeholder="Select" class="el-input__inner">
      <span class="el-input__suffix"><i class="el-select__caret el-icon-arrow-up"></i></span>
    </div></div></div></div>
  <div class="el-form-item"><label class="el-form-item__label" for="user">Username</label>
    <div class="el-form-item__content">API_<input id="user" class="el-input__inner"></div></div>
</form>
<script>
  const box = document.querySelector('.el-select input');
  let drop;
  box.addEventListener('click', () => {
    if (drop) return;
    const r = box.getBoundingClientRect();
    drop = document.createElement('div');
    drop.className = 'el-select-dropdown el-popper';
    drop.style.cssText = 'position:absolute;z-index:2001;background:#fff;border:1px solid #e4e7ed;left:' + r.left + 'px;top:' + (r.bottom + 4) + 'px;width:' + r.width + 'px';
    drop.innerHTML = '<ul class="el-select-dropdown__list">' + ${JSON.stringify(NAMES)}.map((n) => '<li class="el-select-dropdown__item"><span>' + n + '</span></li>').join('') + '</ul>';
    document.body.appendChild(drop);
    drop.addEventListener('click', (event) => {
      const li = event.target.closest('li');
      if (!li) return;
      box.value = li.textContent;
      drop.remove();
      drop = undefined;
    });
  });
</script>`;

const EL_STYLE = `
  .el-form-item { display: flex; margin: 12px; } .el-form-item__label { width: 140px; }
  .el-select input { width: 320px; cursor: pointer; }
  .el-select-dropdown__item { padding: 0 20px; line-height: 34px; cursor: pointer; }`;

test('a drawn list whose read-only box keeps the focus is opened and chosen in, nothing typed into its box', async ({
  page: tab,
}) => {
  await tab.setContent(page(EL_SELECT, EL_STYLE));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registration.gspNames(DEFMACRO)).toEqual(NAMES);
  await portal.registration.chooseGsp(DEFMACRO);
  await expect(tab.locator('.el-select input')).toHaveValue(DEFMACRO);
});
