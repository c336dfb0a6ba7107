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
import { registerPortalEngine } from '../../src/pages/find-element.js';
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
