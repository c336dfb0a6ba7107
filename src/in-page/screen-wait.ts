import { waitForScreen } from './screens.js';
import type { ScreenWaitRequest, ScreenWaitResult } from './types.js';

/**
 * Waits in the page for `waitForScreen` to say the portal answered, checking again when the
 * document changes (a mutation, a new ready state, the load event) rather than on a timer,
 * and every 100 ms besides for what changes without touching the document (a transition's
 * end). Checks come at most every 15 ms while the page keeps changing. A navigation ends it
 * with the document: the caller asks the new one. Sent with
 * the library, which a new document lacks.
 */
export function screenWaiter(request: ScreenWaitRequest): Promise<ScreenWaitResult | 'timeout' | 'stopped'> {
  const holder = globalThis as unknown as { __einvStopWait?: () => void };
  holder.__einvStopWait?.();
  return new Promise((resolve, reject) => {
    let done = false;
    let pending: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const check = () => {
      pending = undefined;
      if (done) return;
      last = performance.now();
      try {
        const result = waitForScreen(request.wait);
        if (result) finish(result);
      } catch (error) {
        finish('stopped');
        reject(error);
      }
    };
    const soon = () => {
      if (done || pending !== undefined) return;
      pending = setTimeout(check, Math.max(0, 15 - (performance.now() - last)));
    };
    const observer = new MutationObserver(soon);
    const tick = setInterval(check, 100);
    const timer = setTimeout(() => finish('timeout'), request.ms);
    const finish = (value: ScreenWaitResult | 'timeout' | 'stopped') => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearInterval(tick);
      clearTimeout(timer);
      if (pending !== undefined) clearTimeout(pending);
      document.removeEventListener('readystatechange', soon);
      removeEventListener('load', soon);
      if (holder.__einvStopWait === stop) holder.__einvStopWait = undefined;
      resolve(value);
    };
    const stop = () => finish('stopped');
    holder.__einvStopWait = stop;
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    document.addEventListener('readystatechange', soon);
    addEventListener('load', soon);
    check();
  });
}
