/**
 * Masking by the portal map, not by ids: in every dialect of the mock, with every id the real
 * portal is not known to carry scrambled, each secret field on the way (portal password,
 * captcha, login OTP, API OTP) is painted over in the step screenshot, pixel by pixel.
 */
import { type Browser, type Page, selectors } from '@playwright/test';
import { pictureOf } from '../src/masked-screenshot.js';
import { registerPortalEngine } from '../src/pages/find-element.js';
import { Portal } from '../src/pages/portal.js';
import { BUILT_IN_MAP, type ElementAddress } from '../src/portal-map.js';
import { ANSWERS, DEMO, expect, test } from './fixtures.js';
import { maskedShare } from './mask-pixels.js';
import { DIALECTS } from './mock-portal/types.js';

test.beforeAll(() => registerPortalEngine(selectors));

/** The share of the field's inner pixels that are the mask's colour in a full-page picture. */
async function maskedShareOf(browser: Browser, page: Page, portal: Portal, address: ElementAddress) {
  const field = await portal.finder.find(address, 'test');
  const box = await field.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return {
      id: 'field',
      x: rect.left + scrollX,
      y: rect.top + scrollY,
      width: rect.width,
      height: rect.height,
    };
  });
  const png = await pictureOf(page, portal.secretFields());
  const viewer = await browser.newPage();
  try {
    return (await maskedShare(viewer, png, [box])).shares.field ?? 0;
  } finally {
    await viewer.close();
  }
}

for (const dialect of DIALECTS) {
  test.describe(`masking in the ${dialect} dialect, ids scrambled`, () => {
    test.use({ mockConfig: { dialect, scrambleIds: true } });

    test('every secret field on the way is painted over', async ({ browser, mock }) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const portal = new Portal(page, BUILT_IN_MAP, 10_000);
      const shares: Record<string, number> = {};
      const typeInto = async (address: ElementAddress, value: string) => {
        const field = await portal.finder.find(address, 'test');
        await field.fill(value);
        shares[address] = await maskedShareOf(browser, page, portal, address);
      };

      await portal.login.open(mock.url);
      await portal.login.revealForm();
      await (await portal.finder.find('login.username', 'test')).fill(DEMO.portalUsername);
      await typeInto('login.password', DEMO.portalPassword);
      await typeInto('login.captcha', ANSWERS.captcha);
      await portal.login.submit();
      await portal.loginOtp.waitUntilShown();
      await typeInto('loginOtp.field', ANSWERS.loginOtp);
      await (await portal.finder.find('loginOtp.verify', 'test')).click();
      await portal.popups.closeWhenShown();
      await portal.dashboard.waitUntilShown();
      await portal.dashboard.openCreateApiUser();
      await portal.apiOtp.waitUntilShown();
      await typeInto('apiOtp.field', ANSWERS.apiOtp);

      expect(shares).toEqual({
        'login.password': 1,
        'login.captcha': 1,
        'loginOtp.field': 1,
        'apiOtp.field': 1,
      });
      await context.close();
    });
  });
}
