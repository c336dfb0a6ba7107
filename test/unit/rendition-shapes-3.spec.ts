/**
 * Shapes met on the single-page rendition (test/renditions/r2-spa, issue 18) past its API OTP,
 * as snippets: a registration mode drawn as chips, and a GSP list of its own with a search box
 * and no native list behind it. What a person reads and clicks there, the bot must too.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { PORTAL_LIB_SOURCE } from '../../src/pages/in-page.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const page = (body: string) =>
  `<!doctype html><html><head><title>t</title><style>
.chips{display:flex;gap:10px}.chip{border:1px solid #135;border-radius:18px;padding:8px 16px;cursor:pointer}
.chip.sel{background:#135;color:#fff}
.dd{position:relative;margin:18px 0;width:400px}
.dd .face{border:1px solid #bbb;padding:12px;cursor:pointer}
.dd .pop{position:absolute;left:0;right:0;top:100%;background:#fff;border:1px solid #bbb;z-index:20}
.dd .opt{padding:8px 12px;cursor:pointer}
.side{position:fixed;top:0;right:0;width:200px}.side div{cursor:pointer}
</style></head><body>${body}</body></html>`;

/** The registration mode as chips: divs with a handler and a pointer, side by side, no radio. */
const CHIPS = (modes: string[]) => `
<p>Do you wish to Register your GSTIN for</p>
<div class="chips">${modes.map((mode) => `<div class="chip">${mode}</div>`).join('')}</div><div id="rest"></div>
<script>
document.querySelectorAll('.chip').forEach((chip) => chip.onclick = () => {
  document.querySelectorAll('.chip').forEach((other) => other.classList.remove('sel'));
  chip.classList.add('sel');
  rest.innerHTML = chip.textContent === 'Through GSP' ? '<label for="g">Select your GSP</label><select id="g"><option>A</option></select>' : '';
});
</script>`;

test('"Through GSP" drawn as a chip among others is that chip, clicked; the chip after it is not its name', async ({
  page: tab,
}) => {
  await tab.setContent(page(CHIPS(['Directly', 'Through GSP', 'Through ERP'])));
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  await expect(portal.registration.locator('registration.throughGsp')).toHaveText('Through GSP');
  await portal.registration.chooseThroughGsp();
  await expect(tab.locator('.chip.sel')).toHaveText('Through GSP');
  await expect(tab.locator('#g')).toBeVisible();
});

test('chips without "Through GSP" offer nothing to choose: "Directly" is never taken for it', async ({
  page: tab,
}) => {
  await tab.setContent(page(CHIPS(['Directly', 'Through ERP'])));
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  expect(await portal.registration.isShown('registration.throughGsp')).toBe(false);
  const form = await tab.evaluate(
    `${PORTAL_LIB_SOURCE}.formOf(${JSON.stringify({ kind: 'radio', texts: ['Directly'], ids: [], names: [] })})`,
  );
  expect(form).toBe('choice drawn as a control to click');
});

/**
 * A GSP list of the page's own: a box reading "Select your GSP" with a pointer opens, under it, a
 * search box and the names as lines to click; a side panel of links with pointers stands beside.
 */
const OWN_LIST = (shows: (name: string) => string) => `
<div class="side"><div>DEFMACRO SOFTWARE PRIVATE LIMITED</div><div>Help</div></div>
<div class="dd" id="dd"><div class="face" id="face">Select your GSP</div></div>
<script>
const names = ['Alpha GSP Ltd', 'DEFMACRO SOFTWARE PRIVATE LIMITED', 'Zeta Services'];
face.onclick = (e) => {
  e.stopPropagation();
  const old = dd.querySelector('.pop'); if (old) { old.remove(); return; }
  const pop = document.createElement('div'); pop.className = 'pop';
  pop.innerHTML = '<input placeholder="Search GSP"><div class="list"></div>';
  dd.appendChild(pop);
  const list = pop.querySelector('.list'); const q = pop.querySelector('input');
  const draw = () => { list.innerHTML = ''; names.filter((n) => n.toLowerCase().includes(q.value.toLowerCase())).forEach((n) => {
    const o = document.createElement('div'); o.className = 'opt'; o.textContent = n;
    o.onclick = (ev) => { ev.stopPropagation(); face.textContent = (${shows.toString()})(n); pop.remove(); };
    list.appendChild(o); }); };
  q.oninput = draw; draw(); q.focus();
};
</script>`;

test('a GSP list drawn without a native one is opened, searched, and the name clicked is read back from its box', async ({
  page: tab,
}) => {
  await tab.setContent(page(OWN_LIST((name) => name)));
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  const form = await tab.evaluate(
    `${PORTAL_LIB_SOURCE}.formOf(${JSON.stringify({ kind: 'select', texts: ['Select your GSP'], ids: [], names: [] })})`,
  );
  expect(form).toBe('list drawn without a native one');
  const wanted = 'DEFMACRO SOFTWARE PRIVATE LIMITED';
  // The search box narrows the names to the one typed; the side panel's line is no option.
  expect(await portal.registration.gspNames(wanted)).toEqual([wanted]);
  await portal.registration.chooseGsp(wanted);
  await expect(tab.locator('#face')).toHaveText(wanted);
  await expect(tab.locator('.pop')).toHaveCount(0);
});

test('a GSP list of its own that shows another name than the one clicked stops the run before Submit', async ({
  page: tab,
}) => {
  await tab.setContent(page(OWN_LIST(() => 'Zeta Services')));
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  const wanted = 'DEFMACRO SOFTWARE PRIVATE LIMITED';
  expect(await portal.registration.gspNames(wanted)).toEqual([wanted]);
  await expect(portal.registration.chooseGsp(wanted)).rejects.toThrow(
    /shows "Zeta Services" after choosing "DEFMACRO SOFTWARE PRIVATE LIMITED"\. Stopped before Submit/,
  );
});
