/**
 * Shapes met on the fifteenth round of renditions written blind (issue 18), read through the
 * page's own reading:
 * - a menu whose group is one box with the pointer, its title's line and its children's lines
 *   inside, each showing the pointer as well, no role nor link anywhere (Naive UI's n-menu,
 *   test/renditions/r24-naiveui): no line has a pointer of its own, so the clickable round a
 *   group's words was the whole group, reading its children too, and the group was not found by
 *   its words. The line of the words is the entry a person clicks.
 * Fails on the bot before its fix.
 */
import { selectors } from '@playwright/test';
import { Finder, registerPortalEngine } from '../../src/pages/find-element.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const N_MENU = `<!doctype html><html><head><title>e-Invoice System</title><style>
  body { font: 14px sans-serif; margin: 0; display: flex; }
  aside { width: 240px; border-right: 1px solid #eee; min-height: 100vh; }
  main { padding: 24px; }
  .n-menu .n-menu-item-content { display: grid; grid-template-columns: auto 1fr auto; align-items: center; height: 42px; cursor: pointer; padding-right: 18px; }
  .n-menu .n-submenu { cursor: pointer; margin-top: 6px; }
  .n-menu .n-submenu-children .n-submenu, .n-menu .n-submenu-children .n-menu-item { margin-top: 6px; }
  .n-menu-item-content__icon { width: 20px; height: 20px; margin-right: 8px; background: #ccc; }
  .n-menu-item-content__arrow { width: 12px; height: 12px; border: 2px solid #999; border-width: 0 2px 2px 0; transform: rotate(45deg); }
</style></head><body>
<aside><div class="n-menu n-menu--vertical" role="menu" id="menu"></div></aside>
<main><h1>Dash Board</h1><p id="shown">Welcome</p></main>
<script>
  var MENU = [
    { key: 'dash', label: 'Dash Board' },
    { key: 'einv', label: 'e-Invoice', children: [{ key: 'gen', label: 'Generate IRN' }] },
    { key: 'api', label: 'API Registration', children: [
      { key: 'uc', label: 'User Credentials', children: [
        { key: 'create', label: 'Create API User' }, { key: 'change', label: 'Change API Password' } ] },
      { key: 'ip', label: 'IP Whitelisting' } ] },
    { key: 'mis', label: 'MIS Reports', children: [{ key: 'r1', label: 'Summary' }] },
  ];
  var open = [];
  function items(list, level) {
    return list.map(function (it) {
      var pad = 'padding-left:' + (24 + level * 24) + 'px';
      if (it.children) {
        var shown = open.indexOf(it.key) >= 0;
        return '<div class="n-submenu"><div role="none" class="n-menu-item-content" data-menu-key="' + it.key + '" style="' + pad + '">' +
          '<div class="n-menu-item-content__icon" role="none"></div><div class="n-menu-item-content-header" role="none">' + it.label + '</div>' +
          '<i class="n-menu-item-content__arrow" aria-hidden="true"></i></div>' +
          (shown ? '<div class="n-submenu-children">' + items(it.children, level + 1) + '</div>' : '') + '</div>';
      }
      return '<div class="n-menu-item"><div role="none" class="n-menu-item-content" data-path="' + it.label + '" style="' + pad + '">' +
        '<div class="n-menu-item-content-header" role="none">' + it.label + '</div></div></div>';
    }).join('');
  }
  function draw() { document.getElementById('menu').innerHTML = items(MENU, 0); }
  document.getElementById('menu').addEventListener('click', function (e) {
    var line = e.target.closest('.n-menu-item-content');
    if (!line) return;
    if (line.dataset.menuKey) {
      var i = open.indexOf(line.dataset.menuKey);
      if (i >= 0) open.splice(i, 1); else open.push(line.dataset.menuKey);
      draw();
    } else document.getElementById('shown').textContent = line.dataset.path;
  });
  draw();
</script></body></html>`;

test("a menu group drawn as one box with the pointer round its title's line and its children's is found by its title's line", async ({
  page: tab,
}) => {
  await tab.setContent(N_MENU);
  const finder = new Finder(tab, BUILT_IN_MAP, 3000);
  const group = await finder.find('dashboard.apiRegistration', 'the dashboard');
  // The title's line, not the group's box.
  expect(await group.evaluate((el) => (el as HTMLElement).innerText.trim())).toBe('API Registration');
  await group.click();
  // Open now, its children inside its box: still found by its line, as the menu's walk looks at
  // it again, and the nested group is found by its own line in turn.
  const opened = await finder.find('dashboard.apiRegistration', 'the dashboard');
  expect(await opened.evaluate((el) => (el as HTMLElement).innerText.trim())).toBe('API Registration');
  const nested = await finder.find('dashboard.userCredentials', 'the dashboard');
  expect(await nested.evaluate((el) => (el as HTMLElement).innerText.trim())).toBe('User Credentials');
  await nested.click();
  await (await finder.find('dashboard.createApiUser', 'the dashboard')).click();
  await expect(tab.locator('#shown')).toHaveText('Create API User');
});
