/**
 * The run folder's screenshots: the whole page, secret fields (passwords, OTPs, captchas)
 * painted over, taken after every step. Kept apart from the run folder because it is the one
 * place where a secret could reach a picture, and so the one place its tests must pin down
 * (test/masked-screenshot.spec.ts: every pixel of every secret field, below the fold, in a modal
 * dialog, in a shadow root).
 *
 * Playwright's own mask, not a faster hand-made one: a hand-made capture (cover the fields from
 * the page, capture over DevTools) was measured ~15 ms a picture faster, and was not worth owning
 * the one piece of code that keeps secrets out of pictures.
 */
import type { Locator, Page } from 'playwright';
import { escapeHtml } from './html-escape.js';

/**
 * Secret fields known by their type alone, masked whatever the portal map finds: password
 * fields, one-time-code fields, and fields and pictures whose id, name or address says captcha
 * or OTP. The map's secret entries (`Portal.secretFields`) come on top, found as a person reads them.
 */
export const SECRET_FIELDS = [
  'input[type="password"]',
  'input[autocomplete="one-time-code"]',
  'input[id*="otp" i]',
  'input[name*="otp" i]',
  'input[id*="captcha" i]',
  'input[name*="captcha" i]',
  'img[id*="captcha" i]',
  'img[src*="captcha" i]',
].join(', ');

const MASK_COLOR = '#444444';
/** A page that cannot be photographed in this time leaves its step without a picture. */
const SCREENSHOT_TIMEOUT_MS = 10_000;

export function pictureOf(page: Page, masks: Locator[] = []): Promise<Buffer> {
  return page.screenshot({
    fullPage: true,
    mask: [page.locator(SECRET_FIELDS), ...masks],
    maskColor: MASK_COLOR,
    timeout: SCREENSHOT_TIMEOUT_MS,
  });
}

/**
 * The browser's own pages (a blank page, Chrome's error page after a failed load) hold nothing
 * of the portal's.
 */
export function isBrowserPage(url: string): boolean {
  return url === 'about:blank' || url.startsWith('chrome-error://');
}

/**
 * In place of a browser page after a failed load, a page saying what the browser said, drawn in
 * a new tab of the same window and photographed there. Chromium does not always draw its own
 * error page while a failed load settles, and a picture of it then waits in vain (seen as a
 * failure's picture missing after 2 × 10 s); the words are the same.
 */
export async function pictureOfFailedLoad(page: Page, lines: string[]): Promise<Buffer> {
  const tab = await page.context().newPage();
  try {
    const body = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
    await tab.setContent(
      `<!doctype html><meta charset="utf-8"><title>einv-gsp</title><body style="font:18px/1.5 sans-serif;margin:64px;max-width:60em">${body}</body>`,
      { timeout: SCREENSHOT_TIMEOUT_MS },
    );
    return await tab.screenshot({ timeout: SCREENSHOT_TIMEOUT_MS });
  } finally {
    await tab.close().catch(() => undefined);
  }
}
