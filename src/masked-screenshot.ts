/**
 * The run folder's screenshots: the whole page, secret fields (passwords, OTPs, captchas)
 * painted over, taken after every step. Kept apart from the run folder because it is the one
 * place where a secret could reach a picture, and so the one place its tests must pin down
 * (test/masked-screenshot.spec.ts: every pixel of every secret field, below the fold, in a modal
 * dialog, in a shadow root, on a page that fits the window and on one that does not).
 *
 * Taken as Playwright's mask does it, in fewer calls: the secret fields' boxes are painted in a
 * layer above everything (the top layer, above a modal `<dialog>` too) by the call that finds
 * them (the portal library's `paintMasks`, in the page's own world: a locator there made Playwright
 * compile its selector machinery, ~380 KB, into every document pictured), the page is captured
 * over DevTools, and the layer is removed. Playwright's own picture
 * first sets up its isolated world (hiding the caret, waiting for fonts, measuring the page,
 * masking, restoring) and finds the masks again: 230 against 90 ms on a page just loaded, 180
 * against 70 on a page longer than the window. A longer page is captured whole, as it is laid out
 * at that moment: Chromium draws what is fixed where the window shows it, and the masks, placed
 * where the page starts, stay over their fields (test/masked-screenshot.spec.ts checks that no
 * pixel of a secret field's colour is left anywhere, a modal dialog on a scrolled page included).
 */
import type { CDPSession, Page } from 'playwright';
import { escapeHtml } from './html-escape.js';
import type { Painted } from './in-page/masks.js';
import type { ElementQuery } from './in-page/types.js';
import { callPortalLib, LIB_KEPT } from './pages/page-lib.js';

/**
 * Secret fields known by their type alone, masked whatever the portal map finds: password
 * fields, one-time-code fields, and fields and pictures whose id, name or address says captcha
 * or OTP. The map's secret entries (`Portal.secretFields`) come on top, found as a person reads them.
 */
export const SECRET_FIELDS = [
  'input[type="password"]',
  'input[autocomplete="one-time-code"]',
  // A choice is no secret: the radios of where the OTP is sent ("otp_channel") stay shown.
  'input[id*="otp" i]:not([type="radio"], [type="checkbox"])',
  'input[name*="otp" i]:not([type="radio"], [type="checkbox"])',
  'input[id*="captcha" i]',
  'input[name*="captcha" i]',
  'img[id*="captcha" i]',
  'img[src*="captcha" i]',
].join(', ');

const MASK_COLOR = '#444444';
/**
 * A lossless picture encoded for speed rather than size: half the time of the default (16 against
 * 33 ms for a window of the portal), half as large again on disk.
 */
const FAST_PNG = { format: 'png', optimizeForSpeed: true } as const;
/** A page that cannot be photographed in this time leaves its step without a picture. */
const SCREENSHOT_TIMEOUT_MS = 10_000;

/**
 * What is masked besides `SECRET_FIELDS`: the map's secret entries (`Portal.secretFields`), and
 * any further CSS selectors.
 */
export interface Masks {
  queries?: ElementQuery[];
  selectors?: string[];
}

export async function pictureOf(page: Page, masks: Masks = {}): Promise<Buffer> {
  const selector = [SECRET_FIELDS, ...(masks.selectors ?? [])].join(', ');
  const call = `.paintMasks(${JSON.stringify(selector)}, ${JSON.stringify(masks.queries ?? [])}, ${JSON.stringify(MASK_COLOR)})`;
  const { painted, width, height, fits } = (await within(callPortalLib(page, call))) as Painted;
  try {
    const devTools = await within(devToolsOf(page));
    // A page longer (or wider) than the window is drawn whole, as it is laid out now: what is
    // fixed stays where the window shows it, as the masks painted over it do.
    const whole = fits ? {} : { clip: { x: 0, y: 0, width, height, scale: 1 }, captureBeyondViewport: true };
    const { data } = await within(devTools.send('Page.captureScreenshot', { ...FAST_PNG, ...whole }));
    return Buffer.from(data, 'base64');
  } finally {
    // A document replaced meanwhile has no layer, and is not sent the library for nothing.
    if (painted) await page.evaluate(`${LIB_KEPT}?.unpaintMasks()`).catch(() => undefined);
  }
}

/** A picture of a box of the window as drawn now: the box in the document's CSS pixels (scroll included), inside the window. */
export async function pictureOfBox(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
): Promise<Buffer> {
  const devTools = await within(devToolsOf(page));
  const { data } = await within(
    devTools.send('Page.captureScreenshot', { ...FAST_PNG, clip: { ...box, scale: 1 } }),
  );
  return Buffer.from(data, 'base64');
}

const devTools = new WeakMap<Page, Promise<CDPSession>>();

/** The page's own DevTools session, opened once. */
function devToolsOf(page: Page): Promise<CDPSession> {
  let session = devTools.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    devTools.set(page, session);
    session.catch(() => devTools.delete(page));
  }
  return session;
}

/** A page that cannot be photographed in `SCREENSHOT_TIMEOUT_MS` leaves its step without a picture. */
function within<T>(work: Promise<T>): Promise<T> {
  const signal = AbortSignal.timeout(SCREENSHOT_TIMEOUT_MS);
  const late = new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => reject(new Error('The picture took too long.')), { once: true }),
  );
  return Promise.race([work, late]);
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
