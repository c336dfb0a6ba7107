/**
 * The step screenshots are the one place a secret could reach a picture: every pixel of every
 * secret field must be the mask's, wherever the field is (below the fold on a scrolled page, in
 * a modal dialog, in a shadow root), and the page must be left as it was.
 */
import type { Page } from '@playwright/test';
import { pictureOf } from '../src/masked-screenshot.js';
import { expect, test } from './fixtures.js';
import { type Box, maskedShare } from './mask-pixels.js';

/** The secret fields' own background here: no pixel of it may reach a picture. */
const SECRET_YELLOW = [0xff, 0xff, 0x00];

/** Where each element is on the whole page (not the viewport), as a full-page picture shows it. */
function boxesOf(page: Page, ids: string[]): Promise<Box[]> {
  return page.evaluate((wanted) => {
    const find = (id: string) =>
      document.getElementById(id) ?? document.querySelector('#host')?.shadowRoot?.getElementById(id);
    return wanted.map((id) => {
      const rect = (find(id) as Element).getBoundingClientRect();
      return { id, x: rect.left + scrollX, y: rect.top + scrollY, width: rect.width, height: rect.height };
    });
  }, ids);
}

const PAGE = `<!doctype html>
<style>
  body { margin: 0; font: 24px sans-serif; background: #fff; }
  input { font-size: 32px; background: #ff0; color: #f00; border: 0; width: 400px; height: 48px; }
  #plain { background: #0f0; }
  #bottom { position: absolute; top: 2600px; left: 40px; }
</style>
<p style="margin: 40px">Login</p>
<input id="password" type="password" value="Secret@Pass1" style="margin: 40px">
<input id="captcha" name="CaptchaCode" value="K7PQ2" style="margin: 40px">
<input id="plain" value="just a username" style="margin: 40px">
<div id="host"></div>
<div id="bottom"><input id="otp" name="txtOtp" value="482913"></div>
<dialog id="popup"><p>Contacts of Technical Person</p><input id="dialogPassword" type="password" value="Api@Pass123"></dialog>
<script>
  document.querySelector('#host').attachShadow({ mode: 'open' }).innerHTML =
    '<input id="shadowOtp" autocomplete="one-time-code" value="615204" style="font-size:32px;width:300px;height:48px;background:#ff0">';
</script>`;

/** The same fields on a page that fits a 1000 × 700 window: pictured without scrolling beyond it. */
const FITS = PAGE.replace('<div id="bottom"><input id="otp" name="txtOtp" value="482913"></div>', '').replace(
  '<input id="plain"',
  '<input id="username" value="demo_user" style="margin: 40px"><input id="plain"',
);

test.describe('a step screenshot', () => {
  test('masks every secret field of a long page scrolled down, and only those', async ({ page, browser }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.setContent(PAGE);
    await page.locator('#otp').scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    const boxes = await boxesOf(page, ['password', 'captcha', 'otp', 'shadowOtp', 'plain']);

    const png = await pictureOf(page);

    const viewer = await browser.newPage();
    const { shares, width, height, seen } = await maskedShare(viewer, png, boxes, SECRET_YELLOW);
    await viewer.close();
    expect(seen).toBe(0);
    expect(height).toBeGreaterThan(2600);
    expect(width).toBe(1000);
    expect(shares).toEqual({ password: 1, captcha: 1, otp: 1, shadowOtp: 1, plain: 0 });
  });

  test('masks a secret field in a modal dialog above the page', async ({ page, browser }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.setContent(PAGE);
    await page.evaluate(() => (document.getElementById('popup') as HTMLDialogElement).showModal());
    const boxes = await boxesOf(page, ['dialogPassword']);

    const png = await pictureOf(page);

    const viewer = await browser.newPage();
    const { shares } = await maskedShare(viewer, png, boxes);
    await viewer.close();
    expect(shares).toEqual({ dialogPassword: 1 });
  });

  test('masks a secret field in a modal dialog over a long page scrolled down, where the picture draws it', async ({
    page,
    browser,
  }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.setContent(PAGE);
    await page.locator('#otp').scrollIntoViewIfNeeded();
    await page.evaluate(() => (document.getElementById('popup') as HTMLDialogElement).showModal());
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    const boxes = await boxesOf(page, ['dialogPassword', 'password', 'otp']);

    const png = await pictureOf(page);

    const viewer = await browser.newPage();
    // Every secret field has a yellow background: none of it shows anywhere in the picture.
    const { shares, height, seen } = await maskedShare(viewer, png, boxes, SECRET_YELLOW);
    await viewer.close();
    expect(height).toBeGreaterThan(2600);
    expect(shares).toEqual({ dialogPassword: 1, password: 1, otp: 1 });
    expect(seen).toBe(0);
  });

  test('masks every secret field of a page that fits the window, in a shadow root and a modal dialog too', async ({
    page,
    browser,
  }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.setContent(FITS);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(700);
    const viewer = await browser.newPage();
    // The map's own secret entries are masked too (the username stands for one here).
    const masks = { selectors: ['#username'] };
    const fields = ['password', 'captcha', 'shadowOtp', 'username', 'plain'];
    const page1 = await maskedShare(viewer, await pictureOf(page, masks), await boxesOf(page, fields));
    expect({ width: page1.width, height: page1.height }).toEqual({ width: 1000, height: 700 });
    expect(page1.shares).toEqual({ password: 1, captcha: 1, shadowOtp: 1, username: 1, plain: 0 });

    await page.evaluate(() => (document.getElementById('popup') as HTMLDialogElement).showModal());
    const dialog = await maskedShare(
      viewer,
      await pictureOf(page, masks),
      await boxesOf(page, ['dialogPassword']),
    );
    expect(dialog.shares).toEqual({ dialogPassword: 1 });
    await viewer.close();
    expect(await page.evaluate(() => document.querySelectorAll('einv-masks').length)).toBe(0);
  });

  test("masks what shows of a secret field under a popup, and leaves the popup's words over it readable", async ({
    page,
    browser,
  }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    // A message box drawn over the right half of the password field, above a shade over the whole
    // page (which hides nothing: the field shows through it); a see-through box over the OTP.
    await page.setContent(`<!doctype html><style>
      body { margin: 0; font: 24px sans-serif; }
      input { font-size: 32px; background: #ff0; color: #f00; border: 0; width: 400px; height: 48px; position: absolute; left: 40px; }
      .shade { position: fixed; inset: 0; background: rgba(0, 0, 0, .3); }
      .box { position: absolute; background: #fff; border-radius: 6px; }
    </style>
    <input id="password" type="password" value="Secret@Pass1" style="top: 100px">
    <input id="otp" name="txtOtp" value="482913" style="top: 300px">
    <div class="shade"></div>
    <div class="box" id="message" style="left: 240px; top: 60px; width: 400px; height: 140px">API user created</div>
    <div class="box" style="left: 40px; top: 280px; width: 300px; height: 90px; opacity: .9"></div>`);
    const [password] = await boxesOf(page, ['password']);
    const field = password as Box;
    // The mask follows the box's edge to within its rounded corner and a cell of 4 px.
    const under = {
      id: 'under',
      x: 252,
      y: field.y,
      width: field.x + field.width - 252,
      height: field.height,
    };
    const left = { id: 'left', x: field.x, y: field.y, width: 240 - field.x, height: field.height };

    const png = await pictureOf(page);

    const viewer = await browser.newPage();
    const { shares, seen } = await maskedShare(
      viewer,
      png,
      [left, under, ...(await boxesOf(page, ['otp']))],
      SECRET_YELLOW,
    );
    await viewer.close();
    expect(seen).toBe(0);
    expect(shares).toEqual({ left: 1, under: 0, otp: 1 });
  });

  test('leaves the page as it found it', async ({ page }) => {
    await page.setContent(PAGE);
    await page.locator('#otp').scrollIntoViewIfNeeded();
    const state = () =>
      page.evaluate(() => ({
        elements: document.querySelectorAll('*').length,
        values: Array.from(document.querySelectorAll('input'), (input) => input.value),
        scroll: scrollY,
      }));
    const before = await state();
    await pictureOf(page);
    await pictureOf(page);
    expect(await state()).toEqual(before);
  });
});
