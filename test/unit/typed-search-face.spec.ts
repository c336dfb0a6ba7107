/**
 * A list whose search is typed into its own face (DevExtreme's searchable dxSelectBox,
 * test/renditions/r17-devextreme): the face reads what was typed until the box lets the focus go,
 * then shows what is chosen, or nothing. Its search applies on a timer; when the timer fires
 * between the press on a name and the release, the list is drawn anew under the pointer and the
 * click chooses nothing. The choice is read back once the focus has left the face, and made again
 * when the click was lost. Here the search's timer is long and fires at the press, so the first
 * click is always lost.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const NAMES = [
  'ALANKIT LIMITED',
  'CYGNET INFOTECH PRIVATE LIMITED',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'TERA SOFTWARE LIMITED',
];

const SELECT_BOX = `<!doctype html><html><head><title>Create API User</title><style>
  body { font: 14px sans-serif; margin: 24px; } .field { display: flex; gap: 12px; align-items: center; margin: 12px 0; }
  .box { display: flex; width: 360px; border: 1px solid #ccc; border-radius: 4px; }
  .box input { flex: 1; border: 0; padding: 7px 9px; outline: none; } .arrow { width: 32px; cursor: pointer; }
  .list { position: absolute; background: #fff; border: 1px solid #ccc; width: 360px; }
  .item { padding: 8px 9px; cursor: pointer; } .item:hover { background: #eee; }
</style></head><body>
<h3>Create API User</h3>
<div class="field"><span>Select your GSP</span>
  <div class="box" id="gsp"><input type="hidden" id="gspId" value="">
    <input id="face" type="text" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-label="Select your GSP" autocomplete="off">
    <div class="arrow" role="button" aria-label="Select"></div></div></div>
<div class="field"><label for="user">User Name</label><input id="user"></div>
<script>
  var NAMES = ${JSON.stringify(NAMES)};
  var face = document.getElementById('face'), hidden = document.getElementById('gspId');
  var list = null, term = null, timer = 0, chosen = null;
  function draw() {
    list.innerHTML = '';
    NAMES.filter(function (name) { return !term || name.toLowerCase().indexOf(term.toLowerCase()) >= 0; })
      .forEach(function (name) {
        var item = document.createElement('div');
        item.className = 'item'; item.setAttribute('role', 'option'); item.textContent = name;
        item.addEventListener('click', function () { choose(name); });
        list.appendChild(item);
      });
  }
  function open() {
    if (list) return;
    list = document.createElement('div');
    list.className = 'list'; list.setAttribute('role', 'listbox');
    var box = document.getElementById('gsp').getBoundingClientRect();
    list.style.left = box.left + 'px'; list.style.top = box.bottom + window.scrollY + 'px';
    // The list keeps the focus in the face; a search still waiting applies at the press.
    list.addEventListener('mousedown', function (event) {
      event.preventDefault();
      if (timer) { clearTimeout(timer); timer = 0; term = face.value; draw(); }
    });
    document.body.appendChild(list);
    draw();
    face.setAttribute('aria-expanded', 'true');
  }
  function close() {
    if (list) list.remove();
    list = null; term = null;
    face.setAttribute('aria-expanded', 'false');
  }
  function restore() { face.value = chosen || ''; hidden.value = chosen ? 'GSP' + (NAMES.indexOf(chosen) + 101) : ''; }
  function choose(name) { chosen = name; close(); restore(); }
  face.addEventListener('click', open);
  face.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { timer = 0; term = face.value; if (list) draw(); else open(); }, 60000);
  });
  face.addEventListener('blur', function () {
    setTimeout(function () { if (document.activeElement !== face) { close(); restore(); } }, 0);
  });
</script></body></html>`;

test('a name searched in the face is read back once the focus has left it, and chosen again when the click was lost', async ({
  page: tab,
}) => {
  await tab.setContent(SELECT_BOX);
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  expect(await portal.registration.gspNames('DEFMACRO SOFTWARE PRIVATE LIMITED')).toEqual(NAMES);
  await portal.registration.chooseGsp('DEFMACRO SOFTWARE PRIVATE LIMITED');
  await expect(tab.locator('#gspId')).toHaveValue('GSP103');
  await expect(tab.locator('#face')).toHaveValue('DEFMACRO SOFTWARE PRIVATE LIMITED');
});
