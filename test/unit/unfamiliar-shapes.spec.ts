/**
 * Shapes that stopped the bot on portal renditions no issue had described (issue 17's cases 7, 8
 * and 10), as snippets in a real Chromium: a custom-control radio whose label covers its input, a
 * select2-style GSP picker, an element plainly missing from a page that has settled.
 */
import { selectors } from '@playwright/test';
import { ElementNotFound, Finder, registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const page = (body: string) =>
  `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

/**
 * Case 8: a native `<select>` shrunk to 1 px under a styled box that shows the choice and carries
 * the list's name (select2 and its kin). The box is drawn by a script that follows the native
 * list's change event, as select2 does.
 */
const SELECT2_PICKER = `
<div class="form-group">
  <label id="lblGsp">Select your GSP</label>
  <div class="picker" style="position:relative">
    <select id="ddlGsp" name="ddlGsp" tabindex="-1" aria-hidden="true"
      style="position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0)">
      <option value="">--Select--</option>
      <option value="1">DEFMACRO SOFTWARE PRIVATE LIMITED</option>
      <option value="2">Vay Network Services Pvt. Ltd.</option>
    </select>
    <span class="select2-selection" role="combobox" aria-labelledby="lblGsp" tabindex="0"
      style="display:inline-block;width:320px;border:1px solid #999;padding:4px"><span id="shown">--Select--</span></span>
  </div>
</div>
<script>
  const native = document.getElementById('ddlGsp');
  native.addEventListener('change', () => {
    document.getElementById('shown').textContent = native.selectedOptions[0].textContent;
  });
</script>`;

test.describe('a select2-style GSP picker (case 8)', () => {
  test('is chosen through its native list, the styled box shows it and the read-back sees it', async ({
    page: tab,
  }) => {
    await tab.setContent(page(SELECT2_PICKER));
    const portal = new Portal(tab, BUILT_IN_MAP, 5000);
    expect(await portal.registration.gspNames()).toEqual([
      'DEFMACRO SOFTWARE PRIVATE LIMITED',
      'Vay Network Services Pvt. Ltd.',
    ]);
    await portal.registration.chooseGsp('DEFMACRO SOFTWARE PRIVATE LIMITED');
    await portal.finder.confirmTyped();
    await expect(tab.locator('#shown')).toHaveText('DEFMACRO SOFTWARE PRIVATE LIMITED');
    expect(await tab.locator('#ddlGsp').inputValue()).toBe('1');
  });

  test('a styled box and the native list it draws are one list, not two', async ({ page: tab }) => {
    // select2's own markup: the box is named by its shown text, the label beside both.
    await tab.setContent(
      page(
        SELECT2_PICKER.replace('aria-labelledby="lblGsp"', 'aria-labelledby="shown"').replace(
          '<label id="lblGsp">',
          '<label id="lblGsp" class="control-label">',
        ),
      ),
    );
    const finder = new Finder(tab, BUILT_IN_MAP, 5000);
    const found = await finder.find('registration.gspSelect', 'the API registration form');
    expect(await found.evaluate((el) => el.id)).toBe('ddlGsp');
  });

  test('a list drawn without any native one is said to be unreadable, not a bug', async ({ page: tab }) => {
    await tab.setContent(
      page(
        '<label id="l">Select your GSP</label><div role="combobox" aria-labelledby="l" tabindex="0">--Select--</div>',
      ),
    );
    const portal = new Portal(tab, BUILT_IN_MAP, 2000);
    const error = await portal.registration.gspNames().catch((e) => e);
    expect(error).not.toBeInstanceOf(ElementNotFound);
    expect(error.name).toBe('PortalChanged');
    expect(error.exitCode).toBe(4);
    expect(error.message).toMatch(/"Select your GSP" list .*not a list the bot can read yet/);
  });
});
