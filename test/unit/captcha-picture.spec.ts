/**
 * The captcha picture the operator reads: the image's own pixels, whole, wherever the image sits
 * on the page (below the fold, on a page already scrolled), taken as a box of the window.
 */
import { selectors } from '@playwright/test';
import { Finder, registerPortalEngine } from '../../src/pages/find-element.js';
import { LoginPage } from '../../src/pages/login-page.js';
import { Popups } from '../../src/pages/popups.js';
import { Portal } from '../../src/pages/portal.js';
import { BUILT_IN_MAP } from '../../src/portal-map.js';
import { decodePng } from '../../src/terminal-picture.js';
import { expect, test } from '../fixtures.js';
import { encodePng } from './png-for-tests.js';

test.beforeAll(() => registerPortalEngine(selectors));

const WIDTH = 60;
const HEIGHT = 20;
/** The left half red, the right half blue, a green row along the bottom: cut or shifted shows. */
const CAPTCHA = encodePng(
  WIDTH,
  HEIGHT,
  Array.from({ length: WIDTH * HEIGHT }, (_, index) => {
    const [x, y] = [index % WIDTH, Math.floor(index / WIDTH)];
    if (y === HEIGHT - 1) return [0, 255, 0, 255];
    return x < WIDTH / 2 ? [255, 0, 0, 255] : [0, 0, 255, 255];
  }).flat(),
  6,
  0,
);

for (const [where, above, scrolled] of [
  ['in the window', 100, 0],
  ['below the fold', 1600, 0],
  ['on a page scrolled before', 900, 400],
] as const) {
  test(`the captcha picture is the image's own pixels, ${where}`, async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    await page.setContent(
      `<!doctype html><html><body style="margin:0"><div style="height:${above}px">Login</div>
       <label for="captcha">Captcha</label> <input id="captcha">
       <img id="captcha_image" alt="Captcha Image" style="display:block;margin-left:33px" src="data:image/png;base64,${CAPTCHA.toString('base64')}">
       <div style="height:2000px"></div></body></html>`,
    );
    await page.evaluate((y) => scrollTo(0, y), scrolled);
    const portal = new Portal(page, BUILT_IN_MAP, 5000);
    const { width, height, rgba } = decodePng(await portal.login.captchaPicture());
    expect([width, height]).toEqual([WIDTH, HEIGHT]);
    const at = (x: number, y: number) =>
      Array.from(rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4));
    expect(at(0, 0)).toEqual([255, 0, 0, 255]);
    expect(at(WIDTH - 1, 0)).toEqual([0, 0, 255, 255]);
    expect(at(0, HEIGHT - 1)).toEqual([0, 255, 0, 255]);
    expect(at(WIDTH - 1, HEIGHT - 1)).toEqual([0, 255, 0, 255]);
    expect(at(WIDTH - 1, HEIGHT - 2)).toEqual([0, 0, 255, 255]);
  });
}

// An image no words of the map find, shown by the operator for this run only (teacher.ts): the
// search answers with the operator's element, and the picture is of it.
test('the captcha picture is of the image the search answered with, one the map does not find', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.setContent(
    `<!doctype html><html><body style="margin:0"><div>Login</div>
     <img id="pic1" style="display:block;margin:40px" src="data:image/png;base64,${CAPTCHA.toString('base64')}">
     </body></html>`,
  );
  const shown = page.locator('#pic1');
  const finder = new Finder(page, BUILT_IN_MAP, 5000, { onUnresolved: async () => shown });
  const login = new LoginPage(finder, new Popups(page, BUILT_IN_MAP, undefined, 5000));
  const { width, height } = decodePng(await login.captchaPicture());
  expect([width, height]).toEqual([WIDTH, HEIGHT]);
});
