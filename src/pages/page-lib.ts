/**
 * Calling the in-page library (src/in-page/, bundled: in-page.ts) in the page's own world, where
 * the screen wait runs and marks the page. A document keeps the library once sent (a new document
 * starts without it). A look sends its source (~15 KB minified) only to a document that has not kept it yet: sent with
 * every question, it was a fifth of all the bytes a run sent the browser in a profile. The
 * screen wait sends it each time (`LIB_INSTALLED`): it mostly lands in a new document. The
 * page's own scripts never read it.
 */
import type { Page } from 'playwright';
import { PORTAL_LIB_SOURCE } from './in-page.js';

const LIB_KEPT = 'globalThis.__einvPortalLib';

/** What Playwright says of a call whose document was replaced under it (a new document is asked again). */
export const REPLACED = /Execution context was destroyed|navigation|Frame was detached|Cannot find context/i;

/** An expression for the library, sending it to a document without it. */
export const LIB_INSTALLED = `(${LIB_KEPT} ??= ${PORTAL_LIB_SOURCE})`;

/** Runs `<library><call>` in the page (`call` is `.look({...})`, say): one round trip mostly, two for a new document. */
export async function callPortalLib(page: Page, call: string): Promise<unknown> {
  const missing = '__einv-no-lib__';
  const kept = await page.evaluate(`${LIB_KEPT} ? ${LIB_KEPT}${call} : ${JSON.stringify(missing)}`);
  if (kept !== missing) return kept;
  return page.evaluate(`${LIB_INSTALLED}${call}`);
}
