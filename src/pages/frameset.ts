/**
 * A page made of frames: an older portal's HTML 4 `<frameset>` draws nothing of its own; its
 * banner, its menu and its pages are each a document in a frame of it. A person reads the frame
 * that holds what they need next; the bot opens that frame as the page, as "Open frame in new
 * tab" would, so that everything it reads and does next is in one document (the finder, the
 * screen wait, the popups, the masks of what is typed), as for a shell's content frame
 * (content-frame.ts).
 *
 * Which frame: the one that shows the furthest step of the way (the registration form, an OTP,
 * the login, the menu that leads to "Create API User", the "Dash Board" heading), else the
 * largest, where the pages are drawn. Only frames of the portal's own origin are read.
 *
 * The menu then opened as the page aims its links at the frame it no longer sits beside
 * (`target="main"`): those open here (one-window.ts). Its scripts may name the frame too
 * (`parent.main.location.href = ...`): in a page opened from a frameset, each frame's name that
 * the window does not answer to already is the window itself, so what was sent to the content
 * frame is opened here.
 */
import type { BrowserContext, Frame, Page } from 'playwright';
import type { Logger } from '../log.js';
import { sameOrigin } from './content-frame.js';
import type { ScreenSignature } from './in-page.js';
import { LIB_INSTALLED, REPLACED } from './page-lib.js';

/** The order of what a frame may show, the furthest step first (keys of `framesetSignatures`). */
const FURTHEST_FIRST = ['registration', 'otp', 'login', 'menu', 'dashboard'];

/** Opens as the page the frame of a frameset showing the furthest step; false when the page is no frameset. */
export async function openFramesetFrame(
  page: Page,
  signatures: ScreenSignature[],
  timeout: number,
  log?: Logger,
): Promise<boolean> {
  if (page.mainFrame().childFrames().length === 0) return false;
  const isFrameset = await page
    .evaluate('document.body instanceof HTMLFrameSetElement')
    .catch((error: unknown) => {
      if (error instanceof Error && REPLACED.test(error.message)) return false;
      throw error;
    });
  if (!isFrameset) return false;
  const origin = new URL(page.url()).origin;
  const frames = page
    .frames()
    .filter(
      (frame) => frame !== page.mainFrame() && !frame.isDetached() && sameOrigin(frame.url(), page.url()),
    );
  const read = await Promise.all(frames.map((frame) => readFrame(frame, signatures, timeout)));
  const drawn = read.filter((frame): frame is FrameRead => frame !== undefined && !frame.frameset);
  const best = drawn.sort(
    (a, b) => rank(a.screen) - rank(b.screen) || b.area - a.area || a.order - b.order,
  )[0];
  if (!best) return false;
  await answerToFrameNames(
    page.context(),
    origin,
    read.flatMap((frame) => (frame ? [frame.name] : [])),
  );
  log?.info(
    { path: new URL(best.url).pathname, shows: best.screen },
    'the page is a frameset: its frame showing the way on opened as the page',
  );
  await page.goto(best.url, { waitUntil: 'domcontentloaded' });
  return true;
}

interface FrameRead {
  url: string;
  name: string;
  screen: string;
  area: number;
  order: number;
  frameset: boolean;
}

const rank = (screen: string): number => {
  const at = FURTHEST_FIRST.indexOf(screen);
  return at === -1 ? FURTHEST_FIRST.length : at;
};

async function readFrame(
  frame: Frame,
  signatures: ScreenSignature[],
  timeout: number,
): Promise<FrameRead | undefined> {
  try {
    await frame.waitForLoadState('domcontentloaded', { timeout });
    const seen = (await frame.evaluate(
      `(() => {
        const lib = ${LIB_INSTALLED};
        return {
          screen: lib.glance(${JSON.stringify(signatures)}).screen,
          name: window.name,
          area: innerWidth * innerHeight,
          frameset: document.body instanceof HTMLFrameSetElement,
        };
      })()`,
    )) as { screen: string; name: string; area: number; frameset: boolean };
    return { ...seen, url: frame.url(), order: frame.page().frames().indexOf(frame) };
  } catch {
    // A frame gone or still loading past the wait: not the one to open.
    return undefined;
  }
}

/** Frame names already answered, per context: each is given once. */
const answered = new WeakMap<BrowserContext, Set<string>>();

/**
 * In every top-level document of the portal's origin from now on, a frame name the window does
 * not answer to is the window itself. A page's own global of that name (a function, a variable
 * set) replaces it as soon as the page sets it.
 */
async function answerToFrameNames(context: BrowserContext, origin: string, names: string[]): Promise<void> {
  const given = answered.get(context) ?? new Set<string>();
  answered.set(context, given);
  const fresh = names.filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && !given.has(name));
  if (fresh.length === 0) return;
  for (const name of fresh) given.add(name);
  await context.addInitScript({
    content: `(${answerTo.toString()})(${JSON.stringify(origin)}, ${JSON.stringify(fresh)});`,
  });
}

/** Runs in every document before its own scripts (no imports: sent as source text). */
function answerTo(origin: string, names: string[]): void {
  if (window !== window.top || window.location.origin !== origin) return;
  for (const name of names) {
    if (name in window) continue;
    Object.defineProperty(window, name, {
      configurable: true,
      enumerable: false,
      get: () => window,
      set: (value: unknown) => {
        Object.defineProperty(window, name, { configurable: true, enumerable: true, writable: true, value });
      },
    });
  }
}
