/**
 * A web component may close its shadow root (`attachShadow({ mode: 'closed' })`): what it draws
 * is on the screen as any other part of the page, but no script outside it can read it. A person
 * reads it all the same, so the bot must: before the page's own scripts run, every shadow root
 * is attached open, and read as the open ones are (src/in-page/text.ts). The component keeps the
 * root it was given; only the page's other scripts could now reach it too.
 */
import type { BrowserContext } from 'playwright';

/** Runs in every document before its own scripts (no imports: sent as source text). */
function attachOpen(): void {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    return attach.call(this, { ...init, mode: 'open' });
  };
}

/** Every page of `context` attaches its shadow roots open, to be read as drawn. */
export async function openShadowRoots(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: `(${attachOpen.toString()})();` });
}
