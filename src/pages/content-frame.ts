/**
 * A shell page whose content is drawn in a frame: an older portal's banner and left menu stay
 * in the top document while every page opens in an iframe beside them. What an action opens in
 * that frame is opened as the page itself, as "Open frame in new tab" would, so that everything
 * the bot reads and does next is in one document (the finder, the screen wait, the popups, the
 * masks of what is typed).
 *
 * Only the content frame counts: a frame of the shell that was there before the action, of the
 * portal's own origin, drawn over a large part of the window. A hidden frame (a keep-alive, a
 * download), a small one (a ticker, a widget) or another site's never is, nor the same address
 * loaded again (a report refreshing itself, with or without a cache-buster in its query); a shell
 * replaced by the action (its new frame loading with it) is a new page, read as it is.
 */
import type { Frame, Page } from 'playwright';
import type { Logger } from '../log.js';
import type { ElementQuery } from './in-page.js';
import { LIB_INSTALLED } from './page-lib.js';

/** The part of the window a frame must cover, each way, to be where the pages are drawn. */
const CONTENT_SHARE = 0.4;

/** Watches the page's content frame while an action runs and is answered; the call stops watching. */
export function openFramedPages(page: Page, log?: Logger): () => void {
  const main = page.mainFrame();
  const before = new Map(
    page
      .frames()
      .filter((frame) => frame.parentFrame() === main)
      .map((frame) => [frame, address(frame.url())]),
  );
  if (before.size === 0) return () => undefined;
  const state = { opened: false };
  const onNavigated = (frame: Frame): void => {
    // The same address loaded again (a report that refreshes itself) is no page the action opened.
    if (
      state.opened ||
      !before.has(frame) ||
      frame.isDetached() ||
      address(frame.url()) === before.get(frame)
    )
      return;
    // Each frame is judged on its own: a keep-alive loading again at the same moment hides nothing.
    openIfContent(page, frame, state, log).catch(() => undefined);
  };
  page.on('framenavigated', onNavigated);
  return () => page.off('framenavigated', onNavigated);
}

async function openIfContent(
  page: Page,
  frame: Frame,
  state: { opened: boolean },
  log?: Logger,
): Promise<void> {
  const url = frame.url();
  if (!sameOrigin(url, page.url()) || !(await drawnAsContent(page, frame)) || state.opened) return;
  state.opened = true;
  log?.info({ path: new URL(url).pathname }, 'the page opened in the frame, opened as the page');
  await page.goto(url, { waitUntil: 'domcontentloaded' });
}

/**
 * Query parameters that only make an address new to the cache: a number under a name used so
 * (`_=`, `t=`, `nocache=`, ...), or a timestamp's digits (ten or more) under any name.
 */
const CACHE_BUSTER_NAMES = /^(_|t|ts|time|timestamp|rnd|rand|random|nocache|cb|cachebuster)$/i;
const NUMBER = /^[\d.]+$/;
const TIMESTAMP = /^\d{10,}$/;

/** What a frame shows, as an address: without its hash, and without a cache-buster in its query. */
function address(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const [name, value] of [...parsed.searchParams])
      if ((CACHE_BUSTER_NAMES.test(name) && NUMBER.test(value)) || TIMESTAMP.test(value))
        parsed.searchParams.delete(name);
    return parsed.href;
  } catch {
    return url.split('#')[0] ?? url;
  }
}

/** Whether two addresses are of one origin (never when either is no address). */
export function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** Where the frame's element is drawn on the page; null when it is not drawn, or gone. */
async function frameBox(frame: Frame): Promise<{ width: number; height: number } | null> {
  const element = await frame.frameElement().catch(() => undefined);
  if (!element) return null;
  try {
    return await element.boundingBox();
  } finally {
    await element.dispose();
  }
}

async function drawnAsContent(page: Page, frame: Frame): Promise<boolean> {
  const view = page.viewportSize();
  const box = await frameBox(frame);
  if (!view || !box) return false;
  return box.width >= view.width * CONTENT_SHARE && box.height >= view.height * CONTENT_SHARE;
}

/** The least a frame must be drawn at, each way, for a person to read what is in it. */
const READABLE_PX = 60;

/**
 * What a step needs is in none of the page's own elements but in a frame drawn on it (a login
 * window whose form is a page of its own in an iframe, WebForms' RadWindow): the frame holding it
 * is opened as the page, as "Open frame in new tab" would, and read there. Only a frame of the
 * portal's origin, drawn, and holding the element; false when none does.
 */
export async function openFrameHolding(page: Page, query: ElementQuery, log?: Logger): Promise<boolean> {
  for (const frame of page.mainFrame().childFrames()) {
    if (frame.isDetached() || !sameOrigin(frame.url(), page.url()) || !(await drawnToRead(frame))) continue;
    const holds = await frame
      .evaluate(`${LIB_INSTALLED}.found(${JSON.stringify(query)}) !== null`)
      .catch(() => false);
    if (!holds) continue;
    log?.info(
      { path: new URL(frame.url()).pathname },
      'what the step needs is in a frame: opened as the page',
    );
    await page.goto(frame.url(), { waitUntil: 'domcontentloaded' });
    return true;
  }
  return false;
}

async function drawnToRead(frame: Frame): Promise<boolean> {
  const box = await frameBox(frame);
  return box !== null && box.width >= READABLE_PX && box.height >= READABLE_PX;
}
