/**
 * A popup's close control that takes its click slowly (a loaded machine, a handler that works
 * before it closes): the click's first try runs out after the click was given, the popup is still
 * there for a moment as it fades and slides away, and it goes while its control is clicked again. A person sees it
 * go and clicks nothing more: so does the closer, which looks again between tries rather than
 * waiting the rest of its budget for a control that went with its popup (r15-ux4g on CI).
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const PAGE = `<!doctype html><html><head><title>Dash Board</title><style>
  .shade { position: fixed; inset: 0; background: rgba(0,0,0,.5); z-index: 2000; display: flex;
    align-items: center; justify-content: center; transition: opacity .3s; }
  .shade.going { opacity: 0; }
  .dialog { background: #fff; padding: 20px; width: 420px; transition: transform .3s; }
  .going .dialog { transform: translateY(-50px); }
</style></head><body>
<h2>Dash Board</h2><p>Welcome.</p>
<div class="shade" id="shade"><div class="dialog" role="dialog" aria-modal="true">
  <h3>Important Notice</h3><p>Two-factor authentication is mandatory for all users.</p>
  <button type="button" id="close" aria-label="Close">&times;</button>
</div></div>
<script>
  var clicks = 0;
  document.getElementById('close').addEventListener('click', function () {
    clicks++;
    // Works for a while before it closes (the main thread busy: the click is not answered).
    var until = Date.now() + 1400;
    while (Date.now() < until) {}
    var shade = document.getElementById('shade');
    shade.addEventListener('transitionend', function () { shade.style.display = 'none'; });
    shade.classList.add('going');
  });
</script></body></html>`;

test('a popup that goes as its close control is clicked again is taken as closed', async ({ page }) => {
  await page.route('http://popup.test/', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await page.goto('http://popup.test/');
  const portal = new Portal(page, BUILT_IN_MAP, 4000);
  await portal.popups.closeWhenShown();
  await portal.popups.closeAll();
  expect(portal.popups.closed).toEqual(['Important Notice']);
  await expect(page.locator('#shade')).toBeHidden();
  expect(await page.evaluate('clicks')).toBe(1);
});
