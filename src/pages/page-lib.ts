/**
 * Calling the in-page library (src/in-page/, bundled: in-page.ts) in the page's own world, where
 * the screen wait runs and marks the page. A document keeps the library once sent (a new document
 * starts without it). A look sends its source (~15 KB minified) only to a document that has not kept it yet: sent with
 * every question, it was a fifth of all the bytes a run sent the browser in a profile. The
 * screen wait sends it each time (`LIB_INSTALLED`): it mostly lands in a new document. The
 * page's own scripts never read it.
 */
import type { Page } from 'playwright';
import { type ElementQuery, PORTAL_LIB_SOURCE } from './in-page.js';

/** Where a document keeps the library once sent. */
export const LIB_KEPT = 'globalThis.__einvPortalLib';

/** What Playwright says of a call whose document was replaced under it (a new document is asked again). */
export const REPLACED = /Execution context was destroyed|navigation|Frame was detached|Cannot find context/i;

/** An expression for the library, sending it to a document without it. */
export const LIB_INSTALLED = `(${LIB_KEPT} ??= ${PORTAL_LIB_SOURCE})`;

/** Runs `<library><call>` in the page (`call` is `.look({...})`, say): one round trip mostly, two for a new document. */
export function callPortalLib(page: Page, call: string): Promise<unknown> {
  return withPortalLib(page, (lib) => `${lib}${call}`);
}

/**
 * `fn(element, arg)` in the page's own world, on the element the query finds (the first; null when
 * none, or `NOT_FOUND` in place of the call with `missing: 'say'`), found by the library there.
 * A locator's `evaluate` would have Playwright compile its own selector machinery (~380 KB) into
 * that world of each document first. `fn` is sent as source, as
 * `page.evaluate` sends it: it uses nothing from outside itself; `arg` goes as JSON.
 */
export async function evaluateFound<A, R>(
  page: Page,
  query: ElementQuery,
  fn: (element: Element | null, arg: A) => R | Promise<R>,
  arg: A,
  missing: 'call' | 'say' = 'call',
): Promise<R | typeof NOT_FOUND> {
  const found = `.found(${JSON.stringify(query)})`;
  const call = `(${fn.toString()})(element, ${JSON.stringify(arg)})`;
  const orSay = missing === 'say' ? `element === null ? ${JSON.stringify(NOT_FOUND)} : ` : '';
  return (await withPortalLib(page, (lib) => `((element) => ${orSay}${call})(${lib}${found})`)) as R;
}

/** What `evaluateFound` answers, asked to say so, when the query finds no element. */
export const NOT_FOUND = '__einv-not-found__';

/** An expression on the library, sent with the library's source only to a document that has not kept it. */
async function withPortalLib(page: Page, expression: (lib: string) => string): Promise<unknown> {
  const missing = '__einv-no-lib__';
  const kept = await page.evaluate(`${LIB_KEPT} ? ${expression(LIB_KEPT)} : ${JSON.stringify(missing)}`);
  if (kept !== missing) return kept;
  return page.evaluate(expression(LIB_INSTALLED));
}
