/**
 * Shapes met on the portal rendition of test/renditions/r4-kendo (issue 18), as snippets: an
 * ASP.NET MVC site drawn with jQuery UI and Kendo UI widgets. What a person reads there, the bot
 * must read too.
 */
import { selectors } from '@playwright/test';
import type { Human } from '../../src/human.js';
import type { LearnedEntries } from '../../src/learned-entries.js';
import { ElementNotFound, registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { Teacher } from '../../src/pages/teacher.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import type { Terminal } from '../../src/terminal.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const page = (body: string) =>
  `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

/**
 * A navbar mega-menu: each group opens a wide panel of columns, each column headed by a title
 * that is no entry (an h5), its links under it. `hover` says whether the panel also opens under
 * the pointer (CSS :hover) or only on a click of its group.
 */
const MEGA_MENU = (hover: boolean) => `
<style>nav{display:flex;background:#1f3c73;height:52px}.g>a{display:block;color:#fff;padding:16px}
.panel{display:none;position:absolute;left:0;right:0;top:52px;background:#fff;padding:16px;box-shadow:0 6px 12px #999}
${hover ? '.g:hover .panel,' : ''}.g.open .panel{display:flex}.col{min-width:200px}.col h5{text-transform:uppercase;color:#777}.col a{display:block}</style>
<nav><div class="g"><a href="javascript:void(0)">e-Invoice</a><div class="panel"><div class="col"><h5>e-Invoice</h5><a href="#g">Generate</a></div></div></div>
<div class="g"><a href="javascript:void(0)">API Registration</a><div class="panel">
<div class="col"><h5>User Credentials</h5><a href="#c" id="leaf">Create API User</a><a href="#p">Change API Password</a></div>
<div class="col"><h5>Security</h5><a href="#w">IP Whitelisting</a></div></div></div></nav>
<h3>Dash Board</h3><div id="chosen"></div>
<script>
for (const a of document.querySelectorAll('.g > a')) a.onclick = (e) => { e.preventDefault(); a.parentElement.classList.toggle('open'); };
leaf.onclick = (e) => { e.preventDefault(); chosen.textContent = 'opened'; };
</script>`;

for (const hover of [true, false]) {
  test(`a mega-menu column titled "User Credentials" is read, not clicked: its "Create API User" is (${hover ? 'opens under the pointer' : 'opens on a click'})`, async ({
    page: tab,
  }) => {
    await tab.setContent(page(MEGA_MENU(hover)));
    const portal = new Portal(tab, BUILT_IN_MAP, 3000);
    await portal.dashboard.openCreateApiUser();
    await expect(tab.locator('#chosen')).toHaveText('opened');
  });
}

/**
 * A run that cannot ask (headless) says so in the remedy of an element not found; the problem
 * stays an element not found, missing: the menu's walk reads it, after a late popup (the jQuery
 * UI notice shown ~1 s after the dashboard loads, over the mega-menu being opened), as the way
 * lost to the popup and walks again, instead of stopping the run.
 */
test('an element a headless run could not be shown is still an element not found, missing', async ({
  page: tab,
}) => {
  await tab.setContent(page('<h3>Dash Board</h3><nav><a href="#x">API Registration</a></nav>'));
  const teacher = new Teacher({
    store: { isLearned: () => false } as unknown as LearnedEntries,
    terminal: {} as Terminal,
    human: {} as Human,
    cannotAsk: 'the browser runs without a window',
  });
  const portal = new Portal(tab, BUILT_IN_MAP, 1000, undefined, teacher);
  const error = await portal.finder
    .find('dashboard.userCredentials', 'the "Dash Board" page')
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ElementNotFound);
  expect((error as ElementNotFound).problem).toBe('missing');
  expect((error as ElementNotFound).remedy).toContain('could not be shown the element');
});

/**
 * The jQuery UI notice comes at the very instant "Create API User" is clicked: the button goes
 * down on the entry and up on the notice's overlay, so the click reaches neither and the page
 * stays. A person closes the notice and clicks again; so does the bot, instead of waiting for a
 * page that never comes.
 */
const NOTICE_AT_THE_CLICK = `${MEGA_MENU(true)}
<style>.ui-widget-overlay{position:fixed;inset:0;background:#aaa;opacity:.5;z-index:100}
.ui-dialog{position:absolute;top:120px;left:300px;width:420px;background:#fff;border:1px solid #aaa;z-index:101}
.ui-dialog-titlebar{background:#2d6cdf;color:#fff;padding:6px 10px;position:relative}
.ui-dialog-titlebar-close{position:absolute;right:6px;top:4px;width:22px;height:22px;text-indent:-9999px;overflow:hidden}</style>
<script>
let shown = false;
document.addEventListener('mousedown', () => {
  if (shown) return;
  shown = true;
  const overlay = document.createElement('div');
  overlay.className = 'ui-widget-overlay ui-front';
  const dialog = document.createElement('div');
  dialog.className = 'ui-dialog ui-widget ui-front';
  dialog.setAttribute('role', 'dialog');
  dialog.innerHTML = '<div class="ui-dialog-titlebar"><span class="ui-dialog-title">Contacts of Technical Person</span><button type="button" class="ui-dialog-titlebar-close" title="Close"><span class="ui-icon"></span>Close</button></div><div class="ui-dialog-content"><p>Name: R. Srinivasan</p></div>';
  document.body.append(overlay, dialog);
  dialog.querySelector('button').onclick = () => { dialog.remove(); overlay.remove(); };
}, true);
</script>`;

test('a notice that comes as "Create API User" is clicked, taking the click, is closed and the entry clicked again', async ({
  page: tab,
}) => {
  await tab.setContent(page(NOTICE_AT_THE_CLICK));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.dashboard.openCreateApiUser();
  await expect(tab.locator('#chosen')).toHaveText('opened');
  await expect(tab.getByRole('dialog')).toHaveCount(0);
});
