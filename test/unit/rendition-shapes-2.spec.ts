/**
 * Shapes met on the portal renditions of test/renditions/r2-* (issue 18), as snippets: what a
 * person reads there, the bot must read too.
 */
import { selectors } from '@playwright/test';
import { registerPortalEngine } from '../../src/pages/find-element.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { expect, test } from '../fixtures.js';

test.beforeAll(() => registerPortalEngine(selectors));

const page = (body: string) =>
  `<!doctype html><html><head><title>t</title><style>
.ff{position:relative;margin:18px 0;width:300px}
.ff input{width:100%;box-sizing:border-box;padding:20px 12px 6px}
.ff span{position:absolute;left:12px;top:14px;pointer-events:none}
</style></head><body>${body}</body></html>`;

/** Floating labels: each text drawn inside its field's box, after the field in the document. */
const FLOATING = `
<div class="ff"><input id="u" placeholder=" "><span>Username</span></div>
<div class="ff"><input id="p" type="password" placeholder=" "><span>Password</span></div>
<div class="ff"><input id="c" placeholder=" "><span>Enter Captcha</span></div>
<div>Login</div>`;

test('a label floated inside the field names it, not the field below', async ({ page: tab }) => {
  await tab.setContent(page(FLOATING));
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  await expect(portal.login.locator('login.username')).toHaveAttribute('id', 'u');
  await expect(portal.login.locator('login.captcha')).toHaveAttribute('id', 'c');
});

test('a captcha field asking for "the characters shown in the image" is the captcha field', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(`<label for="c">Enter the characters shown in the image *</label><input id="c">
<label for="x">Mobile</label><input id="x">`),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  await expect(portal.login.locator('login.captcha')).toHaveAttribute('id', 'c');
});

test('a login fieldset holding a "Refresh captcha" link still has the Login button after it', async ({
  page: tab,
}) => {
  await tab.setContent(
    page(`<header><a href="/login">Login</a></header>
<form><fieldset><legend>Login</legend>
<label for="u">Username</label><input id="u"><label for="p">Password</label><input id="p" type="password">
<img src="/captcha.svg" alt="Captcha image"> <a href="/login">Refresh captcha</a>
<label for="c">Enter Captcha</label><input id="c"></fieldset>
<button type="submit" id="go">Login</button></form>`),
  );
  const portal = new Portal(tab, BUILT_IN_MAP, 2000);
  await expect(portal.login.locator('login.submit')).toHaveAttribute('id', 'go');
});

/** A side drawer menu slid off the screen, opened by a ☰ drawn in a div with a click handler. */
const DRAWER = `
<style>.drawer{position:fixed;top:0;left:0;bottom:0;width:260px;background:#fff;transform:translateX(-100%);transition:transform .2s}
.drawer.open{transform:none}.mi{padding:10px;cursor:pointer}.sub{display:none}.sub.open{display:block}</style>
<div style="height:50px;background:#135;color:#fff"><div id="burger" style="cursor:pointer;font-size:24px;margin-left:300px">&#9776;</div></div>
<h2>Dash Board</h2><div id="chosen"></div>
<div class="drawer" id="drawer"><div class="mi">Dashboard</div><div class="mi">e-Invoice</div><div class="mi" id="g1">API Registration</div><div class="sub" id="s1">
<div class="mi" id="g2">User Credentials</div><div class="sub" id="s2"><div class="mi" id="leaf">Create API User</div></div><div class="mi">IP Whitelisting</div></div><div class="mi">MIS Reports</div></div>
<script>
burger.onclick = () => drawer.classList.toggle('open');
g1.onclick = () => s1.classList.toggle('open');
g2.onclick = () => s2.classList.toggle('open');
leaf.onclick = () => { chosen.textContent = 'opened'; drawer.classList.remove('open'); };
</script>`;

test('a menu folded into a side drawer is opened by its ☰ first', async ({ page: tab }) => {
  await tab.setContent(page(DRAWER));
  const portal = new Portal(tab, BUILT_IN_MAP, 3000);
  await portal.dashboard.openCreateApiUser();
  await expect(tab.locator('#chosen')).toHaveText('opened');
});
