/**
 * Shapes met on the fifth round of renditions written blind (issue 18), acted on through the
 * page objects:
 * - a list drawn without a native one whose box is a read-only text box that keeps the focus
 *   once clicked (Element's el-select): nothing is typed into it, its offers are read as drawn;
 * - a menu whose closed groups stay in the page folded to no height, their entries hidden by the
 *   fold (Angular's animations; test/renditions/r14-ng-select): a closed group's entry is not
 *   shown, so its group is opened first, not its entry clicked through the entries drawn there;
 * - the user just created shown in a table of name and value above the table of registered
 *   GSPs: the registered table is the one whose columns are headed so; a status drawn green in a
 *   row of it ("Active") is data, not the portal's answer (r14-ng-select), while a verdict in a
 *   cell of a layout table that holds such a table is still one (the fuzz's seed 960041);
 * - Choices.js: the native list behind the box holds only what is chosen, the names kept by the
 *   box drawn over it: they are read, and chosen, where the box draws them
 *   (test/renditions/r14-aspcore-bs4).
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { callPortalLib } from '../../src/pages/page-lib.js';
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

/** A side menu whose closed groups are folded to no height, their entries laid out under the fold. */
const FOLDED_MENU = `<!doctype html><html><head><title>Dash Board</title><style>
  body { font: 14px sans-serif; margin: 0; }
  nav { width: 250px; background: #1e293b; } nav ul { list-style: none; margin: 0; padding: 0; }
  nav a { display: block; padding: 10px 16px; color: #e2e8f0; cursor: pointer; text-decoration: none; }
  .sub-menu { padding-left: 14px; }
</style></head><body>
<nav><ul class="nav">
  <li><a class="nav-link" href="#dash">Dash Board</a></li>
  <li><a class="nav-link" data-group>API Registration</a>
    <ul class="sub-menu" style="height: 0px; overflow: hidden">
      <li><a class="nav-link" data-group>User Credentials</a>
        <ul class="sub-menu" style="height: 0px; overflow: hidden">
          <li><a class="nav-link" href="#created">Create API User</a></li>
          <li><a class="nav-link" href="#view">View API Users</a></li>
        </ul></li>
      <li><a class="nav-link" href="#client">Client Credentials</a></li>
    </ul></li>
  <li><a class="nav-link" href="#users">User Management</a></li>
  <li><a class="nav-link" href="#mis">MIS Reports</a></li>
</ul></nav>
<h2>Dash Board</h2>
<script>
  document.querySelectorAll('[data-group]').forEach((group) => group.addEventListener('click', () => {
    const sub = group.nextElementSibling;
    const open = sub.style.height === 'auto';
    sub.style.height = open ? '0px' : 'auto';
  }));
</script></body></html>`;

test('an entry of a menu group folded to no height is not shown: its groups are opened first', async ({
  page: tab,
}) => {
  await tab.route('http://menu.test/', (route) =>
    route.fulfill({ contentType: 'text/html', body: FOLDED_MENU }),
  );
  await tab.goto('http://menu.test/');
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.dashboard.openCreateApiUser();
  await expect(tab).toHaveURL(/#created$/);
});

const CREATED = `
<h1>Create API User</h1>
<div class="alert alert-success">API user API_acme01 has been created successfully for ${DEFMACRO}.</div>
<table class="table table-bordered">
  <tr><th>GSTIN</th><td>27AAPFU0939F1ZV</td></tr>
  <tr><th>GSP Name</th><td>${DEFMACRO}</td></tr>
  <tr><th>API Username</th><td>API_acme01</td></tr>
</table>
<h4>GSPs registered for GSTIN 27AAPFU0939F1ZV</h4>
<table class="table">
  <thead><tr><th>#</th><th>GSP Name</th><th>API Username</th><th>Status</th></tr></thead>
  <tbody>
    <tr><th scope="row">1</th><td>Tera Software Limited</td><td>API_tera27</td><td><span style="background:#198754;color:#fff;padding:2px 6px">Active</span></td></tr>
    <tr><th scope="row">2</th><td>${DEFMACRO}</td><td>API_acme01</td><td><span style="color:#198754">Active</span></td></tr>
  </tbody>
</table>`;

test('a table of name and value is no table of registered GSPs, and a status drawn green in a row is no verdict', async ({
  page: tab,
}) => {
  await tab.setContent(page(CREATED));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registeredGsps.rows()).toEqual([
    {
      gsp: 'Tera Software Limited',
      username: 'API_tera27',
      cells: ['1', 'Tera Software Limited', 'API_tera27', 'Active'],
    },
    { gsp: DEFMACRO, username: 'API_acme01', cells: ['2', DEFMACRO, 'API_acme01', 'Active'] },
  ]);
  const { errors } = (await callPortalLib(tab, '.glance([])')) as { errors: string[] };
  expect(errors).not.toContain('Active');
});

/** An older site's layout table holding the form, its red verdict, and the table of registered GSPs. */
const LAYOUT_WITH_DATA = `
<table width="100%" cellpadding="4">
  <tr><td class="head">Create API User</td></tr>
  <tr><td><span style="color:#c00">API user created successfully for ${DEFMACRO}.</span></td></tr>
  <tr><td>
    <table border="1"><tr><th>GSP Name</th><th>API User Name</th><th>Status</th></tr>
      <tr><td>${DEFMACRO}</td><td>API_acme01</td><td><font color="green">Active</font></td></tr></table>
  </td></tr>
</table>`;

test("a verdict in a cell of a layout table is read, though the layout holds a table of data; that table's status is not", async ({
  page: tab,
}) => {
  await tab.setContent(page(LAYOUT_WITH_DATA));
  const { errors } = (await callPortalLib(tab, '.glance([])')) as { errors: string[] };
  expect(errors).toEqual([`API user created successfully for ${DEFMACRO}.`]);
});

/** Choices.js 9 on a native list: the list holds only the choice, the names are the box's own. */
const CHOICES = `
<h1>Create API User</h1>
<form>
  <div class="form-group"><label for="GspId">Select your GSP</label>
    <div class="choices" data-type="select-one" tabindex="0" role="combobox" aria-autocomplete="list" aria-haspopup="true" aria-expanded="false">
      <div class="choices__inner"><select id="GspId" name="GspId" class="choices__input" hidden tabindex="-1" data-choice="active"><option value="" selected>Select your GSP</option></select>
        <div class="choices__list choices__list--single"><div class="choices__item choices__placeholder choices__item--selectable" data-item data-value="">Select your GSP</div></div></div>
      <div class="choices__list choices__list--dropdown" aria-expanded="false">
        <input type="search" class="choices__input choices__input--cloned" autocomplete="off" placeholder="Search GSP" aria-label="Select your GSP">
        <div class="choices__list" role="listbox"></div></div>
    </div></div>
  <div class="form-group"><label for="user">Username</label> API_<input id="user"></div>
</form>
<script>
  const names = ${JSON.stringify(NAMES)};
  const box = document.querySelector('.choices');
  const drop = box.querySelector('.choices__list--dropdown');
  const list = drop.querySelector('[role="listbox"]');
  const search = drop.querySelector('input');
  const select = document.getElementById('GspId');
  const draw = () => {
    const term = search.value.toLowerCase();
    list.innerHTML = names.filter((n) => n.toLowerCase().includes(term))
      .map((n) => '<div class="choices__item choices__item--choice choices__item--selectable" role="option" data-value="G' + names.indexOf(n) + '">' + n + '</div>').join('');
  };
  box.querySelector('.choices__inner').addEventListener('mousedown', (event) => {
    event.preventDefault();
    drop.classList.add('is-active');
    box.setAttribute('aria-expanded', 'true');
    draw();
    search.focus();
  });
  search.addEventListener('input', draw);
  list.addEventListener('mousedown', (event) => {
    const option = event.target.closest('[role="option"]');
    if (!option) return;
    select.innerHTML = '<option value="' + option.dataset.value + '" selected>' + option.textContent + '</option>';
    box.querySelector('.choices__list--single').innerHTML = '<div class="choices__item choices__item--selectable" data-item>' + option.textContent + '</div>';
    drop.classList.remove('is-active');
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
</script>`;

const CHOICES_STYLE = `
  .choices { position: relative; width: 420px; } .choices__inner { border: 1px solid #ddd; padding: 6px; cursor: pointer; }
  .choices__list--dropdown { display: none; position: absolute; top: 100%; left: 0; right: 0; background: #fff; border: 1px solid #ddd; z-index: 10; }
  .choices__list--dropdown.is-active { display: block; }
  .choices__item--choice { padding: 8px; cursor: pointer; }`;

test('a native list holding only the choice, its names kept by the box over it (Choices.js), is read and chosen in that box', async ({
  page: tab,
}) => {
  await tab.setContent(page(CHOICES, CHOICES_STYLE));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registration.gspNames(DEFMACRO)).toEqual([DEFMACRO]);
  await portal.registration.chooseGsp(DEFMACRO);
  await expect(tab.locator('#GspId')).toHaveValue('G1');
});
