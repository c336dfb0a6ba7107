/**
 * Labels by layout (issue 18): a field that nothing in the markup names is named by what is drawn
 * beside it, as a person reads it: the text on its left on its line, else the text right above
 * it, never a text with another control between. Snippets in shapes no template of the mock has.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const page = (body: string) =>
  `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

/** Texts and fields as siblings of one grid: the document order puts the wrong name before each field. */
const GRID_ABOVE = `
<div style="display:grid;grid-template-columns:1fr 1fr;gap:4px 24px;width:700px">
  <div>Password</div><div>Re-enter Password</div>
  <input type="password" id="p1"><input type="password" id="p2">
</div>`;

/** Texts positioned on the field's left by CSS, written after the fields in the document. */
const POSITIONED_LEFT = `
<div style="position:relative;height:80px;width:600px">
  <input type="password" id="p1" style="position:absolute;left:200px;top:0">
  <input type="password" id="p2" style="position:absolute;left:200px;top:40px">
  <span style="position:absolute;left:0;top:2px">Password</span>
  <span style="position:absolute;left:0;top:42px">Re-enter Password</span>
</div>`;

/** A text above a field with another field between them names neither of them. */
const PAST_A_CONTROL = `
<div style="width:300px">
  <div>Password</div>
  <input type="text" id="other" style="display:block">
  <input type="password" id="p1" style="display:block">
</div>`;

test.describe('labels by layout', () => {
  for (const [shape, markup] of [
    ['a grid with the names above the fields', GRID_ABOVE],
    ['names drawn on the left by CSS, after the fields in the document', POSITIONED_LEFT],
  ] as const) {
    test(`names each password field by what is drawn beside it: ${shape}`, async ({ page: tab }) => {
      await tab.setContent(page(markup));
      const portal = new Portal(tab, BUILT_IN_MAP, 2000);
      await expect(portal.registration.locator('registration.password')).toHaveAttribute('id', 'p1');
      await expect(portal.registration.locator('registration.confirmPassword')).toHaveAttribute('id', 'p2');
    });
  }

  test('never reads a text past another control', async ({ page: tab }) => {
    await tab.setContent(page(PAST_A_CONTROL));
    const portal = new Portal(tab, BUILT_IN_MAP, 2000);
    await expect(portal.registration.locator('registration.password')).toHaveCount(0);
  });

  test("a list's empty first option names it, and Through GSP may be an option", async ({ page: tab }) => {
    await tab.setContent(
      page(`<select id="mode"><option value="">--Select--</option><option value="D">Directly</option><option value="G">Through GSP</option></select>
        <select id="gsp" hidden><option value="">Select your GSP</option><option value="1">DEFMACRO SOFTWARE PRIVATE LIMITED</option></select>
        <script>document.getElementById('mode').onchange = (e) => { document.getElementById('gsp').hidden = e.target.value !== 'G'; };</script>`),
    );
    const portal = new Portal(tab, BUILT_IN_MAP, 2000);
    await portal.registration.chooseThroughGsp();
    await expect(tab.locator('#mode')).toHaveValue('G');
    await expect(portal.registration.locator('registration.gspSelect')).toHaveAttribute('id', 'gsp');
  });
});
