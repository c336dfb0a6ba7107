/**
 * Shapes met on three renditions written blind (issue 18), acted on through the page objects:
 * - a Google Web Toolkit form inside one fieldset, each label a text cell left of its box, the GSP
 *   a SuggestBox that offers names on `keyup` only, and a message box put on the body with no
 *   z-index over its glass (test/renditions/r11-gwt);
 * - a Dojo dialog placed inside the page's own container, raised over the shade by its z-index,
 *   and a FilteringSelect whose combobox holds its arrow, its validation mark and the text box
 *   (test/renditions/r11-dojo);
 * - Bootstrap 5 button-group radios: the input clipped to nothing, its label drawn as the button
 *   (test/renditions/r11-bs5).
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { callPortalLib } from '../../src/pages/page-lib.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const DEFMACRO = 'DEFMACRO SOFTWARE PRIVATE LIMITED';
const GSPS = ['Adaequare Info Private Limited', DEFMACRO, 'Tera Software Limited'];

const page = (body: string, style = '') =>
  `<!doctype html><html><head><title>e-Invoice System</title><style>
  body { font: 13px sans-serif; margin: 0; }
  ${style}
  </style></head><body>${body}</body></html>`;

/** GWT's form: one fieldset, label cells, the SuggestBox filled on keyup as GWT's is. */
const GWT_FORM = `
<div class="gwt-Label">Create API User</div>
<fieldset><legend>API Registration</legend>
<table><tbody>
  <tr><td><div class="gwt-Label">Select your GSP *</div></td><td><input type="text" class="gwt-SuggestBox" id="gsp"></td></tr>
  <tr><td><div class="gwt-Label">Username *</div></td><td><table><tr><td><div class="gwt-Label">API_</div></td><td><input type="text" class="gwt-TextBox" id="user"></td></tr></table></td></tr>
  <tr><td><div class="gwt-Label">Password *</div></td><td><input type="password" class="gwt-PasswordTextBox" id="pass"></td></tr>
  <tr><td><div class="gwt-Label">Re-enter Password *</div></td><td><input type="password" class="gwt-PasswordTextBox" id="again"></td></tr>
</tbody></table>
</fieldset>
<script>
  const names = ${JSON.stringify(GSPS)};
  const box = document.getElementById('gsp');
  let popup;
  box.addEventListener('keyup', () => {
    popup?.remove();
    const typed = box.value.trim().toLowerCase();
    if (!typed) return;
    const rect = box.getBoundingClientRect();
    popup = document.createElement('div');
    popup.className = 'gwt-SuggestBoxPopup';
    popup.style.cssText = 'position:absolute;background:#fff;border:1px solid #999;left:' + rect.left + 'px;top:' + rect.bottom + 'px';
    // As GWT's SuggestionMenu draws it: a menu bar of one column, each name a menu item.
    popup.innerHTML = '<div role="menubar" tabindex="0"><table><tbody>' + names.filter((n) => n.toLowerCase().startsWith(typed))
      .map((n) => '<tr><td class="item" role="menuitem">' + n + '</td></tr>').join('') + '</tbody></table></div>';
    popup.addEventListener('click', (event) => {
      const item = event.target.closest('td.item');
      if (item) { box.value = item.textContent; popup.remove(); }
    });
    document.body.appendChild(popup);
  });
</script>`;

test("a fieldset round the whole form names no box by another box's label cell", async ({ page: tab }) => {
  await tab.setContent(page(GWT_FORM));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  for (const [address, id] of [
    ['registration.username', 'user'],
    ['registration.password', 'pass'],
    ['registration.confirmPassword', 'again'],
  ] as const) {
    const found = portal.finder.locator(address);
    await expect(found).toHaveCount(1);
    await expect(found).toHaveId(id);
  }
});

test('a SuggestBox that offers on keyup is typed into key by key, and its name chosen', async ({
  page: tab,
}) => {
  await tab.setContent(page(GWT_FORM));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registration.gspNames(DEFMACRO)).toEqual([DEFMACRO]);
  await portal.registration.chooseGsp(DEFMACRO);
  await expect(tab.locator('#gsp')).toHaveValue(DEFMACRO);
});

test('a message box put on the body with no z-index, over its glass, is the portal speaking', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(`<h1>Create API User</h1><p>Select your GSP</p>
    <div class="gwt-PopupPanelGlass" style="position:absolute;left:0;top:0;width:100%;height:100%;background:#000;opacity:.3"></div>
    <div class="gwt-DialogBox" style="position:absolute;left:300px;top:200px;background:#fff;border:1px solid #8fa7cf">
      <div class="Caption">Success</div>
      <div>API user API_rend11 has been created successfully for ${DEFMACRO}.</div>
      <button type="button">OK</button>
    </div>`),
  );
  const { errors } = (await callPortalLib(tab, '.glance([])')) as { errors: string[] };
  expect(errors.some((text) => text.includes('has been created successfully'))).toBe(true);
});

test("a dialog placed in the page's container and raised over the shade is the popup, titled as it reads", async ({
  page: tab,
}) => {
  await tab.setContent(
    page(
      `<div id="content" style="position:relative;margin:40px;height:600px">
        <h1>Dash Board</h1><p>Generations: 12</p>
        <div class="dijitDialog" role="dialog" aria-labelledby="t" style="position:absolute;left:200px;top:120px;width:420px;z-index:950;background:#fff;border:1px solid #769dc0">
          <div class="dijitDialogTitleBar"><span class="dijitDialogTitle" id="t">Contacts of Technical Person</span></div>
          <div class="dijitDialogPaneContent">Name: A. Kumar<br>
            <span role="button" tabindex="0" style="cursor:pointer" onclick="this.closest('.dijitDialog').style.display='none';document.querySelector('.dijitDialogUnderlayWrapper').remove()">Exit</span>
          </div>
        </div>
      </div>
      <div class="dijitDialogUnderlayWrapper" style="position:fixed;inset:0;z-index:949"><div class="dijitDialogUnderlay" style="width:100%;height:100%;background:#fff;opacity:.6"></div></div>`,
    ),
  );
  const seen = (await callPortalLib(tab, `.popupGlance(["Exit"], ["contacts of technical person"])`)) as {
    count: number;
    title: string;
  };
  expect(seen.count).toBe(1);
  expect(seen.title).toBe('Contacts of Technical Person');
});

test('a combobox holding its arrow, its mark and a text box shows the choice in the text box', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(
      `<form><table><tr><td><label for="gsp">Select your GSP</label></td><td>
      <div class="dijitComboBox" role="combobox" aria-haspopup="true" style="display:inline-flex;border:1px solid #b5bcc7">
        <div class="dijitArrowButton"><input readonly value="&#9660; " tabindex="-1" style="width:16px;border:0"></div>
        <div class="dijitValidationContainer"><input readonly value="&#935; " tabindex="-1" style="width:16px;border:0;color:transparent"></div>
        <div class="dijitInputContainer"><input id="gsp" type="text" role="textbox" aria-autocomplete="list" autocomplete="off" style="border:0"><input type="hidden" name="gspCode"></div>
      </div></td></tr></table></form>
      <script>
        const names = ${JSON.stringify(GSPS)};
        const box = document.querySelector('.dijitComboBox');
        const input = document.getElementById('gsp');
        box.addEventListener('click', () => {
          if (document.querySelector('.dijitComboBoxMenu')) return;
          const rect = box.getBoundingClientRect();
          const menu = document.createElement('div');
          menu.className = 'dijitComboBoxMenu';
          menu.setAttribute('role', 'listbox');
          menu.style.cssText = 'position:absolute;z-index:1000;background:#fff;border:1px solid #759dc0;left:' + rect.left + 'px;top:' + rect.bottom + 'px';
          menu.innerHTML = names.map((n) => '<div class="dijitMenuItem" role="option">' + n + '</div>').join('');
          menu.addEventListener('click', (event) => {
            const option = event.target.closest('[role="option"]');
            if (!option) return;
            input.value = option.textContent;
            document.querySelector('input[name="gspCode"]').value = 'G' + names.indexOf(option.textContent);
            menu.remove();
          });
          document.body.appendChild(menu);
        });
      </script>`,
    ),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registration.gspNames()).toEqual(GSPS);
  await portal.registration.chooseGsp(DEFMACRO);
  await expect(tab.locator('#gsp')).toHaveValue(DEFMACRO);
});

test('a radio clipped to nothing under the button its label draws is chosen through that label', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(
      `<h2>API Registration</h2><p>Do you wish to Register your GSTIN for</p>
      <div class="btn-group" role="group">
        <input type="radio" class="btn-check" name="mode" id="m1" value="D"><label class="btn" for="m1">Directly</label>
        <input type="radio" class="btn-check" name="mode" id="m2" value="G"><label class="btn" for="m2">Through GSP</label>
        <input type="radio" class="btn-check" name="mode" id="m3" value="E"><label class="btn" for="m3">Through ERP</label>
      </div>
      <p><label for="gsp">Select your GSP</label> <select id="gsp"><option value="">--Select--</option><option>${DEFMACRO}</option></select></p>`,
      // Bootstrap's group is a flex box: every clipped input sits at its start, under "Directly".
      `.btn-group { position: relative; display: inline-flex; }
       .btn-check { position: absolute; clip: rect(0,0,0,0); pointer-events: none; }
       .btn { display: inline-block; padding: 6px 14px; border: 1px solid #0d6efd; cursor: pointer; }
       .btn-check:checked + .btn { background: #0d6efd; color: #fff; }`,
    ),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.registration.chooseThroughGsp();
  await expect(tab.locator('#m2')).toBeChecked();
  await expect(tab.locator('#m1')).not.toBeChecked();
});
