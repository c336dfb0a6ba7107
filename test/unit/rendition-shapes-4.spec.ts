/**
 * Shapes met on the portal renditions of test/renditions/r3-* (issue 18), as snippets: an older
 * ASP.NET WebForms site and an Angular Material front end. What a person reads there, the bot
 * must read too.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

/** A captcha picture whose address says so (the real portal's comes from /get-captcha-image). */
const CAPTCHA_SVG = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="130" height="40"><text x="10" y="28">K7M2P</text></svg>',
)}`;

const page = (body: string) =>
  `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

test('the captcha field is the box under its picture, whatever its label asks', async ({ page: tab }) => {
  // WebForms: labels as <span>s in the cell before, the captcha asked for as "the text shown".
  await tab.setContent(
    page(`<table>
<tr><td><span>User Name</span><span style="color:Red">*</span></td><td><input id="u" type="text"></td></tr>
<tr><td><span>Password</span><span style="color:Red">*</span></td><td><input id="p" type="password"></td></tr>
<tr><td></td><td><img src="${CAPTCHA_SVG}#captcha" width="130" height="40" alt=""></td></tr>
<tr><td><span>Enter the text shown</span><span style="color:Red">*</span></td><td><input id="c" type="text"></td></tr>
<tr><td></td><td><input type="submit" value="Login"></td></tr></table>`),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  await expect(portal.login.locator('login.captcha')).toHaveAttribute('id', 'c');
  await expect(portal.login.locator('login.username')).toHaveAttribute('id', 'u');
});

test('a captcha box on the picture line (an input group) is the captcha field; one above it never', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(`<div><label for="u">Login Id</label> <input id="u"></div>
<div style="display:flex;gap:6px;margin-top:30px"><input id="c" placeholder="Security code" aria-label="Security code"><img src="${CAPTCHA_SVG}#captcha" width="130" height="40" alt=""></div>`),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  await expect(portal.login.locator('login.captcha')).toHaveAttribute('id', 'c');
});

/** Angular Material's navigation schematic: the menu folded in a drawer, opened by an icon button. */
const SIDENAV = `
<style>mat-sidenav{position:fixed;top:48px;left:0;bottom:0;width:260px;background:#fff;transform:translateX(-100%);visibility:hidden}
mat-sidenav.open{transform:none;visibility:visible}.p{display:none}.x>.p{display:block}</style>
<div style="height:48px;background:#3f51b5"><button type="button" aria-label="Toggle sidenav" id="burger"><svg width="24" height="24" viewBox="0 0 24 24"><path d="M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z"/></svg></button></div>
<h2>Dash Board</h2><div id="chosen"></div>
<mat-sidenav id="nav" role="navigation"><div><div role="button" tabindex="0" aria-expanded="false" class="h">API Registration</div><div class="p">
<div><div role="button" tabindex="0" aria-expanded="false" class="h">User Credentials</div><div class="p"><a href="#x" id="leaf">Create API User</a></div></div></div></div></mat-sidenav>
<script>
burger.onclick = () => nav.classList.toggle('open');
for (const h of document.querySelectorAll('.h')) h.onclick = () => { h.parentElement.classList.toggle('x'); h.setAttribute('aria-expanded', String(h.parentElement.classList.contains('x'))); };
leaf.onclick = (e) => { e.preventDefault(); chosen.textContent = 'opened'; nav.classList.remove('open'); };
</script>`;

test('a menu folded behind a "Toggle sidenav" icon button is opened by it first', async ({ page: tab }) => {
  await tab.setContent(page(SIDENAV));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.dashboard.openCreateApiUser();
  await expect(tab.locator('#chosen')).toHaveText('opened');
});

/**
 * A mat-select: a combobox with no native list, its options in an overlay at the end of the page
 * over a transparent layer that catches a click outside (Angular CDK's connected overlay).
 */
const MAT_SELECT = `
<style>.backdrop{position:fixed;inset:0;z-index:1000}.pane{position:absolute;z-index:1000;background:#fff;max-height:120px;overflow:auto;box-shadow:0 2px 6px #999}
.opt{padding:12px;cursor:pointer}.field{border:1px solid #999;padding:14px;width:320px;cursor:pointer;margin-top:20px}</style>
<label id="lbl" for="sel">Select your GSP</label>
<div class="field" id="field"><div role="combobox" id="sel" style="min-height:20px" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="lbl sel-value"><span id="sel-value"></span></div></div>
<div id="overlay"></div>
<script>
const names = ['Adaequare Info Private Limited','Cygnet Infotech Private Ltd','DEFMACRO SOFTWARE PRIVATE LIMITED','IRIS BUSINESS SERVICES LIMITED','Masters India Private Limited','Tera Software Limited'];
const close = () => { overlay.innerHTML = ''; sel.setAttribute('aria-expanded','false'); };
field.onclick = () => {
  const r = field.getBoundingClientRect();
  overlay.innerHTML = '<div class="backdrop"></div><div class="pane" style="top:'+r.bottom+'px;left:'+r.left+'px;width:'+r.width+'px"><div role="listbox" id="sel-panel" aria-labelledby="lbl">' +
    names.map((n) => '<div role="option" class="opt">'+n+'</div>').join('') + '</div></div>';
  sel.setAttribute('aria-expanded','true'); sel.setAttribute('aria-controls','sel-panel');
  overlay.querySelector('.backdrop').onclick = close;
  overlay.querySelectorAll('[role=option]').forEach((o) => o.onclick = () => { document.getElementById('sel-value').textContent = o.textContent; close(); });
};
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); });
</script>`;

test('a list drawn without a native one is read and chosen from its opened panel, which is no popup', async ({
  page: tab,
}) => {
  await tab.setContent(page(MAT_SELECT));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  // The popup closer runs as a run has it: an open list's panel over its layer must not be closed.
  await portal.popups.closeWhenShown();
  await portal.registration.waitUntilShown().catch(() => undefined);
  const names = await portal.registration.gspNames('DEFMACRO SOFTWARE PRIVATE LIMITED');
  expect(names).toContain('DEFMACRO SOFTWARE PRIVATE LIMITED');
  expect(names).toHaveLength(6);
  // Left open for the choice, as a person leaves it: the closer, which runs before the click on
  // the option, would close it (and the click would miss) if it took the panel for a popup.
  await expect(tab.locator('[role="option"]')).toHaveCount(6);
  await portal.registration.chooseGsp('DEFMACRO SOFTWARE PRIVATE LIMITED');
  await expect(tab.locator('#sel-value')).toHaveText('DEFMACRO SOFTWARE PRIVATE LIMITED');
});

/** A vertical stepper: "Select your GSP" is in the next step, shown by the step's Next. */
const STEPPER = `
<style>.hidden{height:0;visibility:hidden;overflow:hidden}</style>
<div role="tab">Registration type</div>
<div id="s2"><span>Do you wish to Register your GSTIN for</span>
<div role="radiogroup"><label><input type="radio" name="t" value="D"> Directly</label><label><input type="radio" name="t" value="G" id="gsp"> Through GSP</label></div>
<button type="button" id="next">Next</button></div>
<div role="tab">GSP and credentials</div>
<div id="s3" class="hidden"><label for="list">Select your GSP</label><select id="list"><option value="">-- Select --</option><option>DEFMACRO SOFTWARE PRIVATE LIMITED</option></select></div>
<script>next.onclick = () => { if (gsp.checked) { s2.classList.add('hidden'); s3.classList.remove('hidden'); } };</script>`;

test('a list shown only after the step\'s "Next" is reached by that Next', async ({ page: tab }) => {
  await tab.setContent(page(STEPPER));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.registration.chooseThroughGsp();
  await expect(tab.locator('#s3')).not.toHaveClass(/hidden/);
  await expect(tab.locator('#gsp')).toBeChecked();
});

test('a Submit held past the first try by its confirm() is pressed once, not again on the page it brings', async ({
  page: tab,
}) => {
  let posts = 0;
  const form = `<form method="post" action="/submit"><label for="u">User Name</label><input id="u">
<input type="submit" value="Submit" onclick="return confirm('Are you sure you want to create the API user?');"></form>`;
  await tab.route('http://portal.test/**', async (route) => {
    if (route.request().method() === 'POST') posts += 1;
    await route.fulfill({ contentType: 'text/html', body: page(form) });
  });
  // A loaded machine, as the renditions met it: the confirm() is answered only after the click's
  // first try (one second) has run out, so the click is still in the dialog when it times out.
  tab.on('dialog', (dialog) => {
    setTimeout(() => void dialog.accept().catch(() => undefined), 1500);
  });
  await tab.goto('http://portal.test/form');
  const portal = new Portal(tab, BUILT_IN_MAP, 4000);
  // Without the fix the second try reaches Submit on the page the post brings and presses it
  // again, inside `submit()`: its post starts before `submit()` returns.
  await portal.registration.submit();
  await tab.waitForURL('**/submit');
  await tab.waitForLoadState('networkidle');
  expect(posts).toBe(1);
});
