/**
 * Shapes met on a rendition drawn as Sencha Ext JS draws a page (test/renditions/r9-extjs, issue
 * 18), acted on through the page objects: a login panel whose Login stands in a toolbar several
 * boxes out from the fields (with a captcha's refresh tool among them); a tree whose folder a
 * click on its words only selects, and a double click opens; a Submit kept disabled while red
 * words under a field say why; a message box kept in the page for every use, its unused Yes, No
 * and Cancel hidden beside the OK it shows; and a grid headed by `div`s of role columnheader,
 * each row a table of its own.
 */
import { selectors } from '@playwright/test';
import { isEinvError } from '../../src/errors.js';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { callPortalLib } from '../../src/pages/page-lib.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const page = (body: string) =>
  `<!doctype html><html><head><title>e-Invoice System</title><style>
  body { font: 13px sans-serif; margin: 0; }
  .x-btn { display: inline-block; padding: 6px 10px; background: #5fa2dd; color: #fff; cursor: pointer; text-decoration: none; }
  .x-btn-disabled { opacity: .5; cursor: default; }
  .x-tool { display: inline-block; width: 16px; height: 16px; background: #5fa2dd; cursor: pointer; }
  .x-form-error { color: #cf4c35; }
  .x-message-box { position: fixed; top: 200px; left: 400px; width: 420px; background: #fff; border: 1px solid #5fa2dd; z-index: 19001; }
  .x-mask { position: fixed; inset: 0; background: rgba(0,0,0,.3); z-index: 19000; }
  .x-hidden { display: none; }
  </style></head><body>${body}</body></html>`;

/** The fields in boxes of boxes, the Login in the panel's toolbar after the body. */
const nested = (inner: string, depth: number): string =>
  depth === 0
    ? inner
    : `<div class="x-autocontainer-outerCt"><div class="x-autocontainer-innerCt">${nested(inner, depth - 1)}</div></div>`;

const LOGIN_PANEL = `
<div class="x-header"><a class="x-btn" role="button" tabindex="0" onclick="window.went = 'header'">Login</a></div>
<div class="x-panel"><div class="x-panel-header">Login</div><div class="x-panel-bodyWrap"><div class="x-panel-body">
${nested(
  `
  <div class="x-field"><label for="u">Username:</label><input id="u" type="text"></div>
  <div class="x-field"><label for="p">Password:</label><input id="p" type="password"></div>
  <div class="x-field"><img alt="captcha" width="150" height="40" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><div class="x-tool" role="button" tabindex="0"></div></div>
  <div class="x-field"><label for="c">Enter Captcha:</label><input id="c" type="text"></div>`,
  2,
)}
</div><div class="x-toolbar"><a class="x-btn" role="button" tabindex="0" onclick="window.went = 'form'">Login</a></div></div></div>`;

test("a login panel's Login in its toolbar, boxes away from the fields, is the form's Login", async ({
  page: tab,
}) => {
  await tab.setContent(page(LOGIN_PANEL));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.login.submit();
  expect(await tab.evaluate(() => (window as unknown as { went?: string }).went)).toBe('form');
});

const TREE = `
<h1>Dash Board</h1>
<div class="x-tree-view" role="rowgroup" tabindex="0" id="tree"></div>
<script>
  const tree = document.getElementById('tree');
  const open = new Set();
  // Each row as Ext draws it: a table of its own, the words in a gridcell, the arrow beside them.
  const row = (text, depth, folder) =>
    '<table class="x-grid-item" role="presentation" style="width:100%"><tbody><tr class="x-grid-row" role="row"' + (folder ? ' aria-expanded="' + open.has(text) + '"' : '') + '><td class="x-grid-cell" role="gridcell" tabindex="-1"><div class="x-grid-cell-inner" style="cursor:pointer;padding-left:' + depth * 16 + 'px"><div class="x-tree-expander" data-folder="' + (folder ? text : '') + '" style="display:inline-block;width:12px;height:12px;cursor:pointer"></div> <span class="x-tree-node-text" data-node="' + text + '">' + text + '</span></div></td></tr></tbody></table>';
  const draw = () => {
    let html = row('API Registration', 0, true);
    if (open.has('API Registration')) {
      html += row('User Credentials', 1, true);
      if (open.has('User Credentials')) html += row('Create API User', 2, false);
    }
    tree.innerHTML = html;
  };
  const toggle = (name) => { if (open.has(name)) open.delete(name); else open.add(name); draw(); };
  tree.addEventListener('click', (event) => {
    const expander = event.target.closest('[data-folder]');
    if (expander && expander.dataset.folder) toggle(expander.dataset.folder);
    const node = event.target.closest('tr')?.querySelector('[data-node]');
    if (node && node.dataset.node === 'Create API User') window.opened = true;
  });
  tree.addEventListener('dblclick', (event) => {
    const node = event.target.closest('tr')?.querySelector('[data-node]');
    if (node && node.dataset.node !== 'Create API User') toggle(node.dataset.node);
  });
  draw();
</script>`;

test("a tree's folders, which a click on their words only selects, are opened by a double click", async ({
  page: tab,
}) => {
  await tab.setContent(page(TREE));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.dashboard.openCreateApiUser();
  expect(await tab.evaluate(() => (window as unknown as { opened?: boolean }).opened)).toBe(true);
});

const SUBMIT_HELD = `
<form onsubmit="return false">
  <div><label for="u">Username:</label> API_<input id="u" type="text" value="abcde"></div>
  <div class="x-form-error">Username should be 6 to 15 characters long and contain only letters and digits</div>
  <a class="x-btn x-btn-disabled" role="button" aria-disabled="true" tabindex="-1" onclick="window.sent = true">Submit</a>
</form>`;

test('a Submit kept disabled while red words say why is the portal refusing, said before anything is sent', async ({
  page: tab,
}) => {
  await tab.setContent(page(SUBMIT_HELD));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  const error = await portal.registration.submit().catch((caught: unknown) => caught);
  expect(isEinvError(error) && error.kind).toBe('refused');
  expect(String((error as Error).message)).toContain('Username should be 6 to 15 characters');
  expect(await tab.evaluate(() => (window as unknown as { sent?: boolean }).sent)).toBeUndefined();
});

const MESSAGE_BOX = `
<div class="x-mask"></div>
<div class="x-message-box" role="alertdialog">
  <div class="x-header">Success <div class="x-tool" role="button" tabindex="0"></div></div>
  <div class="x-body">API User API_acme01 has been created successfully for the GSP DEFMACRO SOFTWARE PRIVATE LIMITED.</div>
  <div class="x-toolbar">
    <a class="x-btn" role="button" tabindex="0">OK</a>
    <a class="x-btn x-hidden" role="button" tabindex="0">Yes</a>
    <a class="x-btn x-hidden" role="button" tabindex="0">No</a>
    <a class="x-btn x-hidden" role="button" tabindex="0">Cancel</a>
  </div>
</div>`;

test('a message box kept in the page, its unused buttons hidden, is the portal speaking', async ({
  page: tab,
}) => {
  await tab.setContent(page(MESSAGE_BOX));
  expect(await callPortalLib(tab, '.inlineErrors()')).toEqual([
    'Success API User API_acme01 has been created successfully for the GSP DEFMACRO SOFTWARE PRIVATE LIMITED.',
  ]);
});

const GRID = `
<div class="x-panel x-grid" role="grid">
  <div class="x-panel-header">GSPs registered for this GSTIN</div>
  <div class="x-grid-header-ct" role="row" style="display:flex">
    <div role="columnheader" style="width:60px">Sl. No.</div><div role="columnheader" style="width:300px">GSP Name</div>
    <div role="columnheader" style="width:160px">API Username</div><div role="columnheader" style="width:100px">Status</div>
  </div>
  <div class="x-grid-view" role="rowgroup">
    <table class="x-grid-item" role="presentation"><tbody><tr role="row"><td role="gridcell" style="width:60px">1</td><td role="gridcell" style="width:300px">DEFMACRO SOFTWARE PRIVATE LIMITED</td><td role="gridcell" style="width:160px">API_acme01</td><td role="gridcell">Active</td></tr></tbody></table>
  </div>
</div>`;

test('a grid headed by divs of role columnheader, each row a table, is read by its columns', async ({
  page: tab,
}) => {
  await tab.setContent(page(GRID));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registeredGsps.rows()).toEqual([
    {
      gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED',
      username: 'API_acme01',
      cells: ['1', 'DEFMACRO SOFTWARE PRIVATE LIMITED', 'API_acme01', 'Active'],
    },
  ]);
});
