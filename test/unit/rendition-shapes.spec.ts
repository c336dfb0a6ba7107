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
