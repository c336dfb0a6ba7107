/**
 * The menu folded into a drawer behind "Toggle navigation" (Bootstrap 5's offcanvas), and the
 * technical-contact popup coming late, as the button is pressed, its dimming layer a separate
 * element that fades out after the popup has gone (r19-bs5-offcanvas on CI). The layer still over the menu button as
 * the popup is closed is no drawer the button opened: the bot waits for the page to come to rest
 * and clicks the button, rather than taking the menu for unfolded already and saying it is missing.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const PAGE = `<!doctype html><html><head><title>Dash Board</title><style>
  body { font: 14px sans-serif; margin: 0; }
  header { display: flex; align-items: center; gap: 12px; padding: 10px; background: #0d6efd; color: #fff; }
  .drawer { position: fixed; top: 0; bottom: 0; left: 0; width: 300px; background: #fff; z-index: 1045;
    transform: translateX(-100%); visibility: hidden; transition: transform .3s; }
  .drawer.show { transform: none; visibility: visible; }
  .drawer ul { list-style: none; padding: 0 12px; } .drawer a { display: block; padding: 6px 0; }
  .drawer ul ul { display: none; padding-left: 14px; } .drawer li.open > ul { display: block; }
  .backdrop { position: fixed; inset: 0; background: #000; opacity: .5; z-index: 1050; transition: opacity .8s linear; }
  .backdrop.fading { opacity: 0; }
  .dialog { position: fixed; top: 80px; left: 50%; transform: translateX(-50%); width: 420px; background: #fff;
    padding: 16px; z-index: 1055; border-radius: 6px; }
</style></head><body>
<header><button type="button" id="toggler" aria-label="Toggle navigation">&#9776;</button><span>e-Invoice System</span></header>
<div class="drawer" id="menu"><h5>Menu</h5><ul>
  <li><a href="#" class="group">API Registration</a><ul>
    <li><a href="#" class="group">User Credentials</a><ul><li><a href="#created">Create API User</a></li></ul></li>
  </ul></li>
</ul></div>
<h2 style="padding:10px">Dash Board</h2>
<script>
  var pressed = 0, shown = false;
  // The popup comes late, just as the menu button goes down: the button comes up on its layer.
  document.getElementById('toggler').addEventListener('mousedown', function () {
    if (shown) return;
    shown = true;
    document.body.insertAdjacentHTML('beforeend', '<div class="backdrop"></div>' +
      '<div class="dialog" role="dialog" aria-modal="true" aria-labelledby="contactTitle">' +
      '<h3 id="contactTitle">Contacts of Technical Person</h3><p>Ravi Kumar Sharma</p>' +
      '<button type="button" id="exit">Exit</button></div>');
    document.getElementById('exit').addEventListener('click', function () {
      document.querySelector('.dialog').remove();
      var backdrop = document.querySelector('.backdrop');
      backdrop.classList.add('fading');
      backdrop.addEventListener('transitionend', function () { backdrop.remove(); });
    });
  });
  document.getElementById('toggler').addEventListener('click', function () {
    pressed++;
    document.getElementById('menu').classList.toggle('show');
  });
  document.querySelectorAll('.group').forEach(function (group) {
    group.addEventListener('click', function (event) {
      event.preventDefault();
      group.parentElement.classList.toggle('open');
    });
  });
</script></body></html>`;

test('a popup closed over the menu button, its dimming layer fading, then the drawer opened by the button', async ({
  page,
}) => {
  await page.route('http://menu.test/', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await page.goto('http://menu.test/');
  const portal = new Portal(page, BUILT_IN_MAP, 4000);
  await portal.popups.closeWhenShown();
  await portal.dashboard.openCreateApiUser();
  await expect(page).toHaveURL(/#created$/);
  expect(portal.popups.closed).toEqual(['Contacts of Technical Person']);
  // The click the popup took went to its layer: the button heard one, the one that opened the drawer.
  expect(await page.evaluate('pressed')).toBe(1);
});
