/**
 * A popup that comes as a menu group is clicked takes the click: the button goes down on the
 * group and up on the popup's backdrop, so the group never opens (fuzz seed 64: a late popup over
 * a Bootstrap navbar dropdown). A person closes the popup and clicks the group again; so does the
 * bot, walking the menu again rather than saying the next entry is missing.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const PAGE = `<!doctype html><html><head><title>Dash Board</title><style>
  nav ul { list-style: none; margin: 0; padding: 0; } nav > ul { display: flex; }
  nav li { position: relative; } nav a { display: block; padding: 10px 14px; white-space: nowrap; }
  .dropdown-menu { display: none; position: absolute; top: 100%; left: 0; background: #fff; border: 1px solid #ccc; }
  .open > .dropdown-menu { display: block; }
  .dropdown-submenu > .dropdown-menu { top: 0; left: 100%; }
  .dropdown-submenu:hover > .dropdown-menu { display: block; }
  .shade { position: fixed; inset: 0; background: rgba(0,0,0,.5); z-index: 2000; display: flex; align-items: center; justify-content: center; }
  .shade [role="dialog"] { background: #fff; padding: 20px; min-width: 300px; }
</style></head><body>
<nav><ul>
  <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown" aria-expanded="false">MIS Reports</a>
    <ul class="dropdown-menu"><li><a href="#r">Reports</a></li></ul></li>
  <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown" aria-expanded="false">API Registration</a>
    <ul class="dropdown-menu"><li class="dropdown-submenu"><a tabindex="-1" href="#">User Credentials</a>
      <ul class="dropdown-menu"><li><a href="#created">Create API User</a></li></ul></li></ul></li>
</ul></nav>
<h2>Dash Board</h2>
<script>
  var shown = false;
  function clearMenus() { document.querySelectorAll('nav .open').forEach(function (li) { li.classList.remove('open'); }); }
  document.querySelectorAll('[data-toggle="dropdown"]').forEach(function (toggle) {
    // The popup comes just as the button goes down on the group: the button comes up on its backdrop.
    toggle.addEventListener('mousedown', function () {
      if (shown) return;
      shown = true;
      document.body.insertAdjacentHTML('beforeend', '<div class="shade"><div role="dialog" aria-modal="true">' +
        '<h3>Contacts of Technical Person</h3><p>Ravi Kumar Sharma</p><a href="#" class="exit">Exit</a></div></div>');
      document.querySelector('.shade .exit').addEventListener('click', function (event) {
        event.preventDefault();
        document.querySelector('.shade').remove();
      });
    });
    toggle.addEventListener('click', function (event) {
      event.preventDefault();
      event.stopPropagation();
      var li = toggle.parentElement, opening = !li.classList.contains('open');
      clearMenus();
      if (opening) li.classList.add('open');
    });
  });
  document.addEventListener('click', clearMenus);
</script></body></html>`;

test('a popup that takes the click on a menu group is closed and the menu walked again', async ({ page }) => {
  await page.route('http://menu.test/', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await page.goto('http://menu.test/');
  const portal = new Portal(page, BUILT_IN_MAP, 3000);
  await portal.popups.closeWhenShown();
  await portal.dashboard.openCreateApiUser();
  await expect(page).toHaveURL(/#created$/);
  expect(portal.popups.closed).toEqual(['Contacts of Technical Person']);
});

/**
 * The entry moves as the button goes down on it (a list still sliding on a loaded machine, CI's
 * r8-primefaces run): the button comes up beside it, the click goes to the list, and nothing
 * covers the page. A person looks and clicks the entry again once it is still.
 */
const MOVED = `<!doctype html><html><head><title>Dash Board</title><style>
  nav ul { list-style: none; margin: 0; padding: 0 0 80px; width: 220px; background: #eef; }
  nav a { display: block; padding: 8px 12px; }
  nav a.moved { transform: translateY(60px); }
</style></head><body>
<nav><ul>
  <li><a href="#">API Registration</a><ul><li><a href="#">User Credentials</a><ul>
    <li><a href="#created" id="create">Create API User</a></li></ul></li></ul></li>
</ul></nav>
<h2>Dash Board</h2>
<script>
  var pressed = 0;
  var entry = document.getElementById('create');
  entry.addEventListener('mousedown', function () {
    if (pressed++ > 0) return;
    entry.classList.add('moved');
    // Back in place once the button came up beside it, however long the press took (two frames
    // after the press let a loaded machine's button come up on the entry back in place).
    document.addEventListener('mouseup', function () {
      requestAnimationFrame(function () { entry.classList.remove('moved'); });
    }, { once: true });
  });
</script></body></html>`;

test('an entry that moved from under the pointer as it was pressed is clicked again once still', async ({
  page,
}) => {
  await page.route('http://menu.test/', (route) => route.fulfill({ contentType: 'text/html', body: MOVED }));
  await page.goto('http://menu.test/');
  const portal = new Portal(page, BUILT_IN_MAP, 3000);
  await portal.dashboard.openCreateApiUser();
  await expect(page).toHaveURL(/#created$/);
  expect(await page.evaluate('pressed')).toBe(2);
});
