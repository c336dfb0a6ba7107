/**
 * Submit whose click is taken late (a loaded machine: the page's script works before it answers)
 * and answered by a Yes/No drawn over the form, Submit under it (r16-vuetify on a loaded machine):
 * the click's first try runs out after the click was given. The question over the page says the
 * click went through; the step answers it, rather than clicking Submit again and calling the
 * question a cover with no way out.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const PAGE = `<!doctype html><html><head><title>API Registration</title><style>
  body { font: 14px sans-serif; margin: 0; padding: 20px; }
  .shade { position: fixed; inset: 0; background: rgba(0,0,0,.4); z-index: 200; display: flex; align-items: center; justify-content: center; }
  .dialog { background: #fff; padding: 20px; width: 460px; }
</style></head><body>
<h2>Create API User</h2>
<form onsubmit="return false"><p>Username API_<input id="user" value="rend16"></p>
  <button type="button" id="submit">Submit</button> <button type="button">Exit</button></form>
<p id="verdict"></p>
<script>
  var pressed = 0;
  document.getElementById('submit').addEventListener('click', function () {
    pressed++;
    var until = Date.now() + 1400;
    while (Date.now() < until) {}
    document.body.insertAdjacentHTML('beforeend', '<div class="shade"><div class="dialog" role="dialog">' +
      '<h3>Confirm</h3><p>Do you want to create the API user API_rend16?</p>' +
      '<button type="button" id="no">Cancel</button> <button type="button" id="yes">Confirm</button></div></div>');
    document.getElementById('yes').addEventListener('click', function () {
      document.querySelector('.shade').remove();
      document.getElementById('verdict').textContent = 'API user API_rend16 created successfully.';
    });
    document.getElementById('no').addEventListener('click', function () { document.querySelector('.shade').remove(); });
  });
</script></body></html>`;

test('Submit taken late, its question come up over it, is answered, not clicked again', async ({
  page: tab,
}) => {
  await tab.route('http://submit.test/', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await tab.goto('http://submit.test/');
  const portal = new Portal(tab, BUILT_IN_MAP, 4000);
  await portal.popups.closeWhenShown();
  await portal.registration.submit();
  await expect(tab.locator('#verdict')).toHaveText('API user API_rend16 created successfully.');
  expect(await tab.evaluate('pressed')).toBe(1);
});
