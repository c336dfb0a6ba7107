/**
 * Shapes met on the tenth round of renditions written blind (issue 18), acted on through the
 * page objects and the page's own reading:
 * - a modal's shade holding a focus trap's button placed out of sight (RichFaces 3.3's
 *   `rich:modalPanel`, test/renditions/r19-richfaces) was taken for the popup itself, and the
 *   panel over it for none: a control out of sight is no content of a box;
 * - the registration's Submit reading "Create API User" (test/renditions/r19-bs5-offcanvas): the
 *   one button giving an answer after the form's last field;
 * - a list of names drawn as plain lines under the box typed into, with nothing saying they can be
 *   clicked (RichFaces' comboBox: `span`s drawn as blocks, one handler on the list);
 * - a dialog whose words and buttons a web component draws through slots (`display: contents`,
 *   no box of their own: Vaadin's confirm dialog, test/renditions/r19-vaadin): a grid point on its
 *   message is the whole dialog, and its Confirm is the question's yes.
 * The first three fail on the bot before their fixes. The fourth passes on it too (the grid's
 * points land on the dialog's own box here); it guards the shape, and r19-vaadin's runs
 * (test/renditions-19.spec.ts) fail without that fix. So do its grid's rows, read through the
 * grid's slots (`said` in the library).
 */
import { selectors } from '@playwright/test';
import { portalSelector, registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const page = (body: string) =>
  `<!doctype html><html><head><title>e-Invoice System</title><style>body { font: 14px sans-serif; margin: 0; }</style></head><body>${body}</body></html>`;

test('a shade holding a focus trap out of sight is no popup; the panel over it is', async ({ page: tab }) => {
  await tab.setContent(
    page(`<h2>Dash Board</h2><p>Generations: 12</p><div style="position: absolute; z-index: 100; width: 0; height: 0">
      <div class="mask" style="position: fixed; inset: 0; background: #fff; opacity: .5; z-index: -1">
        <button style="position: absolute; left: -9999px"></button></div>
      <div style="position: fixed; top: 150px; left: 35%; width: 30%; background: #fff; border: 1px solid #99b; z-index: 1">
        <div>Contacts of Technical Person</div><p>Please verify the details.</p>
        <button type="button">Update</button> <button type="button">Close</button></div></div>`),
  );
  const popups = tab.locator(portalSelector({ op: 'popups', known: ['Contacts of Technical Person'] }));
  await expect(popups).toHaveCount(1);
  await expect(popups).toContainText('Please verify the details.');
});

test("the registration's Submit is the one button after its last field, whatever it reads", async ({
  page: tab,
}) => {
  await tab.setContent(
    page(`<form><h3>Create API User</h3>
      <label for="u">Username</label> <input id="u"> <button type="button">Check availability</button><br>
      <label for="p">Password</label> <input id="p" type="password"><br>
      <label for="c">Confirm password</label> <input id="c" type="password"><br>
      <button type="button" class="btn btn-success">Create API User</button> <a href="#" class="btn btn-link">Cancel</a>
    </form>`),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  await expect(await portal.finder.find('registration.submit', 'the API registration form')).toHaveText(
    'Create API User',
  );
});

test('names drawn as plain lines under the box typed into are what the list offers', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(`<table><tr><td><label>Select your GSP</label></td><td style="position: relative">
      <input type="text" id="gsp" style="width: 300px">
      <div class="list" style="position: absolute; left: 0; top: 22px; width: 304px; background: #fff; border: 1px solid #999">
        <span style="display: block; cursor: default">DEFMACRO SOFTWARE PRIVATE LIMITED</span>
        <span style="display: block; cursor: default">DEMO GSP LIMITED</span>
      </div></td></tr></table>`),
  );
  const offered = tab.locator('#gsp').locator(portalSelector({ op: 'offered' }));
  await expect(offered).toHaveText(['DEFMACRO SOFTWARE PRIVATE LIMITED', 'DEMO GSP LIMITED']);
});

const SLOTTED_DIALOG = `<script>
  class XOverlay extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<style>:host{position:fixed;inset:0;display:flex;align-items:center;justify-content:center}' +
        '[part=backdrop]{position:fixed;inset:0;background:rgba(0,0,0,.4)}' +
        '[part=overlay]{position:relative;background:#fff;width:380px;padding:0}' +
        '[part=header],[part=message]{padding:16px 24px}[part=footer]{padding:12px 24px;background:#f3f4f6;display:flex;justify-content:space-between}</style>' +
        '<div part="backdrop"></div><div part="overlay"><div part="header"><slot name="header"></slot></div>' +
        '<div part="message"><slot></slot></div><div part="footer"><slot name="cancel"></slot><slot name="confirm"></slot></div></div>';
    }
  }
  customElements.define('x-overlay', XOverlay);
</script>`;

test("a dialog drawn through slots is one popup, its Confirm the question's yes", async ({ page: tab }) => {
  await tab.setViewportSize({ width: 1280, height: 900 });
  await tab.setContent(
    page(`${SLOTTED_DIALOG}<h2>Create API User</h2><p>Fill the form below.</p>
      <x-overlay role="alertdialog" aria-modal="true"><h3 slot="header">Confirm</h3><div>Create the API user?</div>
        <button slot="cancel" type="button">Cancel</button><button slot="confirm" type="button">Confirm</button></x-overlay>`),
  );
  await expect(tab.locator(portalSelector({ op: 'question-yes' }))).toHaveText('Confirm');
});
