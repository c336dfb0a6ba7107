/**
 * The run folder's screenshots: the whole page, secret fields (passwords, OTPs, captchas)
 * painted over, taken after every step. Kept apart from the run folder because it is the one
 * place where a secret could reach a picture, and so the one place its tests must pin down
 * (test/masked-screenshot.spec.ts: every pixel of every secret field, below the fold, in a modal
 * dialog, in a shadow root, on a page that fits the window and on one that does not).
 *
 * A page that fits the window (the portal's pages mostly do) is captured as Playwright's mask
 * does it, in fewer calls: the secret fields' boxes are painted in a layer above everything (the
 * top layer, above a modal `<dialog>` too) by the call that finds them, the window is captured
 * over DevTools, and the layer is removed. Playwright's own picture of a page just loaded first
 * sets up its isolated world there (hiding the caret, waiting for fonts, measuring the page,
 * masking, restoring): measured at 230 ms against 90 ms on a page just loaded. A longer page,
 * which must be captured beyond the window, is left to Playwright's own `fullPage` picture.
 */
import type { CDPSession, Locator, Page } from 'playwright';
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
/**
 * A lossless picture encoded for speed rather than size: half the time of the default (16 against
 * 33 ms for a window of the portal), half as large again on disk.
 */
const FAST_PNG = { format: 'png', optimizeForSpeed: true } as const;
/** A page that cannot be photographed in this time leaves its step without a picture. */
const SCREENSHOT_TIMEOUT_MS = 10_000;

export async function pictureOf(page: Page, masks: Locator[] = []): Promise<Buffer> {
  const secret = masks.reduce((all, mask) => all.or(mask), page.locator(SECRET_FIELDS));
  const masked = await within(secret.evaluateAll(paintOver, MASK_COLOR));
  if (masked === 'too long') {
    return page.screenshot({
      fullPage: true,
      mask: [page.locator(SECRET_FIELDS), ...masks],
      maskColor: MASK_COLOR,
      timeout: SCREENSHOT_TIMEOUT_MS,
    });
  }
  try {
    const devTools = await within(devToolsOf(page));
    const { data } = await within(devTools.send('Page.captureScreenshot', FAST_PNG));
    return Buffer.from(data, 'base64');
  } finally {
    if (masked === 'painted')
      await page.evaluate(`globalThis.${LAYER}?.remove(); delete globalThis.${LAYER}`).catch(() => undefined);
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

/** Where the layer of masks is kept while the picture is taken. */
const LAYER = '__einvMasks';

/**
 * In the page: when the page fits the window, paints a box of `color` over each element's box in
 * a layer above everything, kept at `globalThis.__einvMasks` ('painted'), or says there is nothing
 * to paint over ('nothing'); a page longer than the window is left to Playwright ('too long').
 * Self-contained: Playwright sends it to the page as source.
 */
function paintOver(elements: Element[], color: string): 'painted' | 'nothing' | 'too long' {
  const root = document.documentElement;
  const { body } = document;
  if (!root || !body) return 'too long';
  const width = Math.max(
    body.scrollWidth,
    root.scrollWidth,
    body.offsetWidth,
    root.offsetWidth,
    root.clientWidth,
  );
  const height = Math.max(
    body.scrollHeight,
    root.scrollHeight,
    body.offsetHeight,
    root.offsetHeight,
    root.clientHeight,
  );
  if (width > innerWidth || height > innerHeight) return 'too long';
  const shown = elements
    .map((element) => element.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0);
  if (shown.length === 0) return 'nothing';
  const layer = document.createElement('einv-masks');
  // A popover shown last is drawn above every other element, a modal dialog included.
  layer.setAttribute('popover', 'manual');
  layer.style.cssText =
    'position:fixed;inset:0;margin:0;padding:0;border:0;width:auto;height:auto;max-width:none;max-height:none;overflow:visible;background:transparent;pointer-events:none;display:block';
  const boxes = layer.attachShadow({ mode: 'closed' });
  for (const { left, top, width: w, height: h } of shown) {
    const box = document.createElement('div');
    box.style.cssText = `position:fixed;left:${left}px;top:${top}px;width:${w}px;height:${h}px;background:${color}`;
    boxes.append(box);
  }
  root.append(layer);
  layer.showPopover();
  (globalThis as unknown as Record<string, unknown>).__einvMasks = layer;
  return 'painted';
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
