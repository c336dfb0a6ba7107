/**
 * "Settled", defined once: the page has stopped doing what a person would wait for before
 * deciding something is not there. No document, XHR or fetch request of the page outstanding
 * (tracked here in Node from the page's request events, which see what the page cannot), the
 * load event fired, no change to the DOM for a short quiet window, and no animation running.
 * Capped: a page with a ticker or an endless spinner never settles, so once it has loaded and
 * nothing is outstanding it counts as settled after `RESTLESS_CAP_MS` all the same.
 *
 * The finder asks this before it decides an element is missing (see `Finder.findToAct`): a
 * settled page without the element is decided at once, a page still loading is waited for with
 * the rest of the budget. Without it, a renamed menu cost the whole `--timeout-ms` in silence.
 */
import type { Page, Request } from 'playwright';
import type { ElementQuery } from './in-page.js';
import { LIB_INSTALLED, REPLACED } from './page-lib.js';

/**
 * How long the page must not change to count as settled: the one fixed duration the bot waits
 * (test/unit/no-fixed-waits.spec.ts allows it here only). Long enough for a script that draws
 * right after the load event (a form revealed, a postback's redraw); short, since every element
 * found missing waits it once.
 */
export const QUIET_MS = 300;

/** A page loaded and with nothing outstanding that keeps changing counts as settled after this. */
export const RESTLESS_CAP_MS = 2000;

/**
 * The first try of an action: short, so that what stands in the way (something else that would
 * receive the click, an element missing) is looked at at once rather than retried by Playwright
 * until the timeout. The action is then tried again with the rest of its budget. A timed-out
 * Playwright action is abandoned by Playwright itself, so it never fires late; a click does not
 * wait for the navigation it starts (`noWaitAfter`), so its timeout never runs out after it was sent.
 */
export const FIRST_TRY_MS = 1000;

/** How an element's page was found: the element showed, the page settled (or is restless), or still loads. */
export type Settling = 'found' | 'settled' | 'restless' | 'loading';

/** The page's own requests that a person waits for: documents and the page's calls (XHR, fetch). */
const WAITED_FOR = new Set(['document', 'xhr', 'fetch']);

/** The requests of the page's main frame still outstanding, from the page's request events. */
export class PageActivity {
  private readonly outstanding = new Set<Request>();
  /** How many such requests the page has made: one made since a count was taken, even answered already. */
  made = 0;

  constructor(readonly page: Page) {
    page.on('request', (request) => {
      if (!WAITED_FOR.has(request.resourceType()) || !this.ofMainFrame(request)) return;
      this.outstanding.add(request);
      this.made++;
    });
    const over = (request: Request) => this.outstanding.delete(request);
    page.on('requestfinished', over);
    page.on('requestfailed', over);
    // A closed page has nothing outstanding (its requests end without an event).
    page.on('close', () => this.outstanding.clear());
  }

  /** Whether a document or a call of the page is still on its way. */
  get loading(): boolean {
    return this.outstanding.size > 0;
  }

  /** Resolves once no document or call of the page is on its way, or after `ms` whatever is. */
  idle(ms: number): Promise<void> {
    if (this.outstanding.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.page.off('requestfinished', check);
        this.page.off('requestfailed', check);
        this.page.off('close', done);
        resolve();
      };
      // After the class's own listeners, which were added first: the request is counted out by then.
      const check = () => {
        if (this.outstanding.size === 0) done();
      };
      const timer = setTimeout(done, ms);
      this.page.on('requestfinished', check);
      this.page.on('requestfailed', check);
      this.page.on('close', done);
    });
  }

  private ofMainFrame(request: Request): boolean {
    try {
      return request.frame() === this.page.mainFrame();
    } catch {
      return false; // a service worker's request has no frame
    }
  }
}

/** What the page is asked to watch for (see `settleWatcher`). */
export interface SettleWatch {
  quietMs: number;
  /** Answer at the latest after this. */
  capMs: number;
  /** Answer 'found' as soon as this resolves to anything. */
  query?: ElementQuery;
  /**
   * The wait this watch is a turn of: a wait's new watch ends its own last one (left by a turn
   * Node stopped reading), never another wait's. Two waits at once (Submit's race for its call,
   * then the wait for the question it brings) each keep their own watch.
   */
  wait: number;
}

export type SettleWatchResult = 'found' | 'quiet' | 'restless' | 'loading';

/**
 * Watches the page, in the page, until the element shows ('found'), the document has loaded and
 * neither changed for `quietMs` nor runs an animation of 1.5 s or less an iteration ('quiet'), or
 * `capMs` has passed: 'restless' when loaded, 'loading' when not. Checked on every change to the document and
 * every 50 ms besides (an animation ends without touching the DOM). Self-contained, like
 * the library it calls: sent to the page as source.
 */
export function settleWatcher(watch: SettleWatch): Promise<SettleWatchResult> {
  type Lib = { look: (request: { query: ElementQuery }) => { count: number } };
  const lib = (globalThis as unknown as { __einvPortalLib?: Lib }).__einvPortalLib;
  if (!lib) return Promise.reject(new Error('the portal library is not in the page'));
  const holder = globalThis as unknown as { __einvSettleWatches?: Map<number, () => void> };
  holder.__einvSettleWatches ??= new Map();
  const watches = holder.__einvSettleWatches;
  watches.get(watch.wait)?.();
  return new Promise((resolve) => {
    const started = performance.now();
    let changed = started;
    let done = false;
    // A long animation is a timer drawn, not the page moving into place: a toast's bar running
    // down for its 4 s, a ring counting to "Resend OTP". A person does not wait for it.
    const moving = (animation: Animation) => {
      const { duration } = animation.effect?.getTiming() ?? {};
      return animation.playState === 'running' && !(typeof duration === 'number' && duration > 1500);
    };
    const running = () => document.getAnimations().some(moving);
    const check = () => {
      if (done) return;
      if (watch.query && lib.look({ query: watch.query }).count > 0) return finish('found');
      const now = performance.now();
      const loaded = document.readyState === 'complete';
      if (loaded && now - changed >= watch.quietMs && !running()) return finish('quiet');
      if (now - started >= watch.capMs) return finish(loaded ? 'restless' : 'loading');
    };
    // A change is checked at once (at most every 15 ms while the page keeps changing): the
    // element it brings is found then, not at the next tick.
    let soon: ReturnType<typeof setTimeout> | undefined;
    let checked = started;
    const observer = new MutationObserver(() => {
      changed = performance.now();
      if (soon !== undefined || done) return;
      soon = setTimeout(
        () => {
          soon = undefined;
          checked = performance.now();
          check();
        },
        Math.max(0, 15 - (performance.now() - checked)),
      );
    });
    const tick = setInterval(check, 50);
    const finish = (result: SettleWatchResult) => {
      if (watches.get(watch.wait) === stop) watches.delete(watch.wait);
      done = true;
      observer.disconnect();
      clearInterval(tick);
      if (soon !== undefined) clearTimeout(soon);
      resolve(result);
    };
    // Its answer no longer wanted (see `settle`'s `signal`): it ends at once.
    const stop = () => finish(document.readyState === 'complete' ? 'restless' : 'loading');
    watches.set(watch.wait, stop);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    check();
  });
}

const SETTLE_WATCHER_SOURCE = `(${settleWatcher.toString()})`;

/** Numbers each wait (see `SettleWatch.wait`). */
let waits = 0;

/**
 * Waits, at most `ms`, for the element of `query` to show or the page to settle, whichever comes
 * first. 'loading' means the budget ran out with the page still loading. Once `signal` aborts
 * (something else answered first), the page stops watching and the wait ends as 'loading': a
 * wait left running would watch every document that follows, competing with what comes next.
 */
export async function settle(
  page: Page,
  activity: PageActivity,
  ms: number,
  query?: ElementQuery,
  signal?: AbortSignal,
): Promise<Settling> {
  const deadline = Date.now() + ms;
  const wait = ++waits;
  const stopInPage = () => {
    if (!page.isClosed())
      page.evaluate(`globalThis.__einvSettleWatches?.get(${wait})?.()`).catch(() => undefined);
  };
  signal?.addEventListener('abort', stopInPage, { once: true });
  try {
    return await settling(page, activity, deadline, wait, query, signal);
  } finally {
    signal?.removeEventListener('abort', stopInPage);
  }
}

async function settling(
  page: Page,
  activity: PageActivity,
  deadline: number,
  wait: number,
  query: ElementQuery | undefined,
  signal: AbortSignal | undefined,
): Promise<Settling> {
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0 || signal?.aborted) return 'loading';
    // While a request is outstanding, the page is looked at in short turns: what it loads may
    // bring the element, and the quiet of a page waiting for its answer is not settled.
    const busy = activity.loading;
    const watch: SettleWatch = {
      quietMs: QUIET_MS,
      capMs: Math.min(left, busy ? QUIET_MS : RESTLESS_CAP_MS),
      wait,
      ...(query ? { query } : {}),
    };
    let seen: SettleWatchResult;
    try {
      seen = (await page.evaluate(
        `(${LIB_INSTALLED}, ${SETTLE_WATCHER_SOURCE}(${JSON.stringify(watch)}))`,
      )) as SettleWatchResult;
    } catch (error) {
      if (page.isClosed() || !(error instanceof Error) || !REPLACED.test(error.message)) throw error;
      continue; // a new document: watch that one
    }
    if (signal?.aborted) return 'loading';
    if (seen === 'found') return 'found';
    if (busy || activity.loading || seen === 'loading') continue;
    return seen === 'quiet' ? 'settled' : 'restless';
  }
}

/**
 * After the bot's own act (a choice, typing): waits for the page to settle only when the act
 * started something, a document on its way in or a call of the page (an AutoPostBack, an
 * UpdatePanel), seen after two turns of the page's event loop. A page that only redrew in place
 * is acted on at once: the next element is waited for by its own search, and every value is
 * read back before Submit. Without this, every choice and every form cost the quiet window.
 */
export async function settleAfterAct(page: Page, activity: PageActivity, ms: number): Promise<Settling> {
  if (!(await actStarted(page, activity))) return 'settled';
  return settle(page, activity, ms);
}

/**
 * Whether the bot's own act just started something: a document on its way in or a call of the
 * page, seen after two turns of the page's event loop (see `settleAfterAct`).
 */
export async function actStarted(page: Page, activity: PageActivity): Promise<boolean> {
  let leaving: boolean;
  try {
    leaving = (await page.evaluate(`${LIB_INSTALLED}.reaction()`)) as boolean;
  } catch (error) {
    if (page.isClosed() || !(error instanceof Error) || !REPLACED.test(error.message)) throw error;
    leaving = true; // the document was replaced under the question
  }
  return leaving || activity.loading;
}
