/**
 * Shapes met on the seventh round of renditions written blind (issue 18), and in the full suite
 * under load, acted on through the page objects:
 * - a popup faded out once closed but not yet taken out of the page, still over the menu entry
 *   when the entry is reached (ng-bootstrap's modals, test/renditions/r14-ng-select, whose window
 *   stays in the page for the length of its fade): the bot clicked its transparent close control
 *   again; under a loaded machine the window went as the click was made, and the click waited for
 *   it until the step's time ran out. A transparent cover is a popup leaving: it is waited out.
 */
import { selectors } from '@playwright/test';
import { portalSelector, registerPortalEngine } from '../../src/pages/find-element.js';
import { callPortalLib } from '../../src/pages/page-lib.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

/**
 * The window of a modal already closed: faded out to nothing, its dimming layer too, and left in
 * the page over the whole window for a second and a half before it is taken out (ng-bootstrap
 * leaves it for the length of its fade; on a loaded machine, longer). Its close control, clicked
 * again, does nothing.
 */
const LEAVING_MODAL = `<!doctype html><html><head><title>Dash Board</title><style>
  body { font: 14px sans-serif; margin: 0; }
  nav { width: 250px; } nav a { display: block; padding: 10px 16px; }
  .backdrop { position: fixed; inset: 0; background: #000; opacity: 0; z-index: 1050; }
  .modal { position: fixed; inset: 0; display: block; overflow-y: auto; z-index: 1055; opacity: 0; }
  .modal-dialog { pointer-events: none; max-width: 500px; margin: 28px auto; }
  .modal-content { pointer-events: auto; background: #fff; padding: 16px; border-radius: 6px; }
</style></head><body>
<nav>
  <a href="#dash">Dash Board</a>
  <a href="#created">Create API User</a>
</nav>
<h2>Dash Board</h2>
<div class="backdrop"></div>
<div class="modal" role="dialog" aria-modal="true"><div class="modal-dialog"><div class="modal-content">
  <h5>Important Advisory</h5><p>Please read this notice.</p><button type="button">Close</button>
</div></div></div>
<script>
  setTimeout(() => document.querySelectorAll('.backdrop,.modal').forEach((el) => el.remove()), 1500);
</script></body></html>`;

test('a popup faded out and still in the page is no popup: nothing of it is drawn', async ({ page: tab }) => {
  await tab.setContent(LEAVING_MODAL.replace(/<script>[\s\S]*<\/script>/, ''));
  const seen = (await callPortalLib(tab, '.popupGlance(["Exit","Close","Cancel","×","X","OK"], [])')) as {
    count: number;
  };
  expect(seen.count).toBe(0);
  // Drawn again (the same window shown for its next use), it is one.
  await tab.locator('.modal').evaluate((el) => {
    (el as HTMLElement).style.opacity = '1';
  });
  const shown = (await callPortalLib(tab, '.popupGlance(["Exit","Close","Cancel","×","X","OK"], [])')) as {
    count: number;
  };
  expect(shown.count).toBe(1);
});

test('a popup faded out and still in the page over the entry is waited out, not closed again', async ({
  page: tab,
}) => {
  await tab.route('http://fade.test/', (route) =>
    route.fulfill({ contentType: 'text/html', body: LEAVING_MODAL }),
  );
  await tab.goto('http://fade.test/');
  const portal = new Portal(tab, BUILT_IN_MAP, 4000);
  await portal.dashboard.openCreateApiUser();
  await expect(tab).toHaveURL(/#created$/);
});

/**
 * A grid a script draws column by column (Webix's datatable): its header a row of a table that
 * says it only lays things out, each column a box of cells stacked down, every cell saying its
 * row and column (`aria-rowindex`, `aria-colindex`), none inside a row of a table.
 */
const COLUMN_GRID = `<h1>Create API User</h1>
<div class="webix_dtable" role="grid" style="position:relative;width:640px;height:120px;border:1px solid #ccc">
  <div class="webix_ss_header" role="rowgroup"><table role="presentation" cellspacing="0"><tbody>
    <tr class="webix_size_row"><td style="width:40px;height:1px"></td><td style="width:300px;height:1px"></td><td style="width:200px;height:1px"></td><td style="width:100px;height:1px"></td></tr>
    <tr section="header" role="row" aria-rowindex="1">
      <td role="columnheader" aria-colindex="1"><div class="webix_hcell">#</div></td>
      <td role="columnheader" aria-colindex="2"><div class="webix_hcell">GSP Name</div></td>
      <td role="columnheader" aria-colindex="3"><div class="webix_hcell">API Username</div></td>
      <td role="columnheader" aria-colindex="4"><div class="webix_hcell">Status</div></td>
    </tr></tbody></table></div>
  <div class="webix_ss_body" style="position:relative;height:80px"><div role="rowgroup">
    ${[
      ['1', '2'],
      ['IRIS Business Services Limited', 'DEFMACRO SOFTWARE PRIVATE LIMITED'],
      ['API_irisgst', 'API_acme01'],
      ['Active', 'Active'],
    ]
      .map(
        (column, c) =>
          `<div class="webix_column" role="presentation" style="position:absolute;top:0;left:${[0, 40, 340, 540][c]}px">${column
            .map(
              (cell, r) =>
                `<div class="webix_cell" role="gridcell" aria-rowindex="${r + 2}" aria-colindex="${c + 1}" style="height:36px;${c === 3 ? 'color:#1ca11c' : ''}">${cell}</div>`,
            )
            .join('')}</div>`,
      )
      .join('')}
  </div></div>
</div>`;

test('a grid drawn column by column is read row by row, under its headers; its cells are data, not verdicts', async ({
  page: tab,
}) => {
  await tab.setContent(
    `<!doctype html><html><head><title>e-Invoice System</title></head><body>${COLUMN_GRID}</body></html>`,
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registeredGsps.rows()).toEqual([
    {
      gsp: 'IRIS Business Services Limited',
      username: 'API_irisgst',
      cells: ['1', 'IRIS Business Services Limited', 'API_irisgst', 'Active'],
    },
    {
      gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED',
      username: 'API_acme01',
      cells: ['2', 'DEFMACRO SOFTWARE PRIVATE LIMITED', 'API_acme01', 'Active'],
    },
  ]);
  const { errors } = (await callPortalLib(tab, '.glance([])')) as { errors: string[] };
  expect(errors).not.toContain('Active');
});

test('a menu group drawn with the sign that opens it ("User Credentials +") is found by its words', async ({
  page: tab,
}) => {
  const menu = `<!doctype html><html><head><title>Dash Board</title><style>
    .menuBody { display: none; } .menuBody.open { display: block; } a { display: block; padding: 6px; }
  </style></head><body>
  <div id="leftMenu">
    <h3 class="menuHead" onclick="this.nextElementSibling.classList.toggle('open')">API Registration <span>&raquo;</span></h3>
    <div class="menuBody"><ul>
      <li><a href="javascript:void(0)" class="subHead" onclick="this.nextElementSibling.classList.toggle('open')">User Credentials<span class="arw">+</span></a>
        <ul class="menuBody"><li><a href="#created">Create API User</a></li><li><a href="#view">View API Users</a></li></ul></li>
      <li><a href="#client">Client Credentials</a></li>
    </ul></div>
  </div><h2>Dash Board</h2></body></html>`;
  await tab.route('http://signs.test/', (route) => route.fulfill({ contentType: 'text/html', body: menu }));
  await tab.goto('http://signs.test/');
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.dashboard.openCreateApiUser();
  await expect(tab).toHaveURL(/#created$/);
});

test('a label, a button and a Yes in two languages read each ("उपयोगकर्ता नाम / Username", "हाँ / Yes")', async ({
  page: tab,
}) => {
  await tab.setContent(`<!doctype html><html><head><title>e-Invoice System</title></head><body>
    <form><label for="u">उपयोगकर्ता नाम / Username</label> <input id="u">
    <button type="button" id="go">लॉगिन / Login</button></form>
    <div role="dialog" aria-modal="true" style="position:fixed;inset:0;background:rgba(0,0,0,.5)">
      <div style="background:#fff;margin:120px auto;width:420px;padding:16px"><h3>पुष्टि करें / Confirm</h3>
      <p>Create the API user?</p><button id="yes">हाँ / Yes</button> <button id="no">नहीं / No</button></div></div>
  </body></html>`);
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await expect(portal.finder.locator('login.username')).toHaveId('u');
  await expect(tab.locator(portalSelector({ op: 'question-yes' }))).toHaveId('yes');
});

test('"Send OTP" is pressed when the OTP boxes beside it take no typing until the OTP is sent', async ({
  page: tab,
}) => {
  const panel = `<!doctype html><html><head><title>Create API User</title></head><body>
    <h2>Create API User</h2>
    <p>The OTP will be sent to your registered mobile XXXXXX4821.</p>
    <button type="button" id="send">Send OTP</button>
    <div><label>Enter OTP</label> ${Array.from({ length: 6 }, (_, i) => `<input class="otp" maxlength="1" aria-label="Digit ${i + 1}" disabled>`).join('')}</div>
    <button type="button">Verify</button>
    <script>document.getElementById('send').addEventListener('click', () => {
      document.querySelectorAll('.otp').forEach((box) => { box.disabled = false; });
      document.title = 'sent';
    });</script></body></html>`;
  await tab.route('http://otp.test/', (route) => route.fulfill({ contentType: 'text/html', body: panel }));
  await tab.goto('http://otp.test/');
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.apiOtp.request()).toEqual({ bySms: false, control: 'Send OTP' });
  await expect(tab).toHaveTitle('sent');
});

test('a notice whose only ways out are "Later" and "Update Now" is put off by "Later"', async ({
  page: tab,
}) => {
  await tab.setContent(`<!doctype html><html><head><title>Dash Board</title></head><body><h2>Dash Board</h2>
    <div class="scrim" style="position:fixed;inset:0;background:rgba(0,0,0,.4)"></div>
    <div role="dialog" style="position:fixed;top:120px;left:400px;width:420px;background:#fff;padding:16px">
      <h3>Update your contact details</h3><p>Keep your mobile number and e-mail up to date.</p>
      <button type="button" id="later" onclick="document.querySelectorAll('.scrim,[role=dialog]').forEach((el) => el.remove())">Later</button>
      <button type="button" onclick="location.hash = 'profile'">Update Now</button></div></body></html>`);
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.popups.closeAll();
  await expect(tab.getByRole('dialog')).toHaveCount(0);
  expect(tab.url()).not.toContain('#profile');
});

/**
 * A tree whose items say they are tree items and only the current one is reached by Tab (EJ2's
 * TreeView): a click on a group's words selects it, a double click opens it, its children built
 * on the first opening under its own line.
 */
const EJ2_TREE = `<!doctype html><html><head><title>Dash Board</title><style>
  body { font: 14px sans-serif; margin: 0; } ul { list-style: none; margin: 0; padding-left: 18px; }
  .e-text-content { padding: 8px; cursor: default; }
</style></head><body>
<aside class="e-sidebar" style="width:260px"><div class="e-treeview"><ul class="e-list-parent" role="tree">
  <li class="e-list-item" role="treeitem" tabindex="0" aria-expanded="false" data-children="User Credentials|IP Whitelisting"><div class="e-text-content"><div class="e-icons e-icon-expandable"></div><span class="e-list-text">API Registration</span></div></li>
  <li class="e-list-item" role="treeitem" tabindex="-1"><div class="e-text-content"><span class="e-list-text">MIS Reports</span></div></li>
</ul></div></aside>
<h2>Dash Board</h2>
<script>
  const leaves = { 'User Credentials': 'Create API User|View API Users' };
  function build(item) {
    const names = item.dataset.children.split('|');
    const group = document.createElement('ul');
    group.className = 'e-list-parent';
    group.setAttribute('role', 'group');
    group.innerHTML = names.map((name) => leaves[name]
      ? '<li class="e-list-item" role="treeitem" tabindex="-1" aria-expanded="false" data-children="' + leaves[name] + '"><div class="e-text-content"><span class="e-list-text">' + name + '</span></div></li>'
      : '<li class="e-list-item" role="treeitem" tabindex="-1"><div class="e-text-content"><span class="e-list-text">' + name + '</span></div></li>').join('');
    item.append(group);
  }
  document.addEventListener('click', (event) => {
    const item = event.target.closest('[role="treeitem"]');
    if (!item) return;
    document.querySelectorAll('[role="treeitem"]').forEach((each) => each.setAttribute('tabindex', each === item ? '0' : '-1'));
    if (!item.dataset.children) location.hash = item.textContent.trim().replace(/ /g, '-');
  });
  document.addEventListener('dblclick', (event) => {
    const item = event.target.closest('[role="treeitem"]');
    if (!item || !item.dataset.children) return;
    const open = item.getAttribute('aria-expanded') === 'true';
    if (!item.querySelector('ul')) build(item);
    item.querySelector('ul').style.display = open ? 'none' : 'block';
    item.setAttribute('aria-expanded', String(!open));
  });
</script></body></html>`;

test('a tree whose items say so, only one reached by Tab, a double click opening a group: its entries are clicked on their own lines', async ({
  page: tab,
}) => {
  await tab.route('http://tree.test/', (route) =>
    route.fulfill({ contentType: 'text/html', body: EJ2_TREE }),
  );
  await tab.goto('http://tree.test/');
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.dashboard.openCreateApiUser();
  await expect(tab).toHaveURL(/#Create-API-User$/);
});

test('words drawn over the entry that are no popup, and go by themselves, are waited for before they are taken for something to close', async ({
  page: tab,
}) => {
  // A notice on its way out over the menu (r17-adminlte: Bootstrap 3's second modal fading
  // before its display: none), here a box of words that goes a moment after the page opens.
  const menu = `<!doctype html><html><head><title>Dash Board</title></head><body style="margin:0;font:14px sans-serif">
    <nav style="width:240px"><a href="#created" style="display:block;padding:10px">Create API User</a></nav>
    <h2>Dash Board</h2>
    <div id="notice" style="position:fixed;top:0;left:0;width:300px;height:80px;background:#fff;border:1px solid #999;opacity:.9">Saving your preferences…</div>
    <script>setTimeout(() => document.getElementById('notice').remove(), 1200);</script></body></html>`;
  await tab.route('http://notice.test/', (route) => route.fulfill({ contentType: 'text/html', body: menu }));
  await tab.goto('http://notice.test/');
  const portal = new Portal(tab, BUILT_IN_MAP, 4000);
  await portal.dashboard.openCreateApiUser();
  await expect(tab).toHaveURL(/#created$/);
});
