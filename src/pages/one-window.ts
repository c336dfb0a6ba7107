/**
 * The run keeps to one window. A portal may open its login, or any page on the way, in a new tab
 * (a link or a form aimed at `_blank`, a button calling `window.open`); a person follows the new
 * tab and leaves the old one behind. The bot follows it in the window it has, so every page
 * object, watcher and picture keeps working on the page it holds: before the page's own scripts
 * run, every document is made to open what it would open elsewhere here instead. Frames named by
 * a link (a content frame) and `_self`, `_parent`, `_top` are left as they are; `window.open`
 * without an address (a window written by script) is left to the browser.
 */
import type { BrowserContext } from 'playwright';

/** Runs in every document before its own scripts (no imports: sent as source text). */
function keepHere(): void {
  const named = /^_(self|parent|top)$/i;
  /** A window name no frame of this page answers to: a new window or tab. */
  const elsewhere = (target: string | null): boolean => {
    if (!target || named.test(target)) return false;
    if (window.name === target) return false;
    try {
      const frames = (doc: Document) =>
        doc.querySelectorAll(`iframe[name="${CSS.escape(target)}"], frame[name="${CSS.escape(target)}"]`);
      if (frames(document).length > 0 || frames(window.top?.document ?? document).length > 0) return false;
    } catch {
      // A top window of another origin: its frames are not ours to count.
    }
    return true;
  };
  const stayOn = (el: Element, attribute: string) => {
    if (elsewhere(el.getAttribute(attribute))) el.setAttribute(attribute, '_self');
  };
  document.addEventListener(
    'click',
    (event) => {
      const from = event.target instanceof Element ? event.target : null;
      const link = from?.closest('a[target], area[target]');
      if (link) stayOn(link, 'target');
      const button = from?.closest('button[formtarget], input[formtarget]');
      if (button) stayOn(button, 'formtarget');
    },
    true,
  );
  document.addEventListener(
    'submit',
    (event) => {
      if (event.target instanceof HTMLFormElement) stayOn(event.target, 'target');
    },
    true,
  );
  const submit = HTMLFormElement.prototype.submit;
  HTMLFormElement.prototype.submit = function (this: HTMLFormElement) {
    stayOn(this, 'target');
    submit.call(this);
  };
  const open = window.open;
  window.open = (url?: string | URL, target?: string, features?: string) => {
    const address = url === undefined ? '' : String(url);
    if (address === '' || address === 'about:blank' || !elsewhere(target ?? '_blank'))
      return open.call(window, url, target, features);
    window.location.assign(new URL(address, window.location.href).href);
    return window;
  };
}

/** Every page of `context` opens here what it would open in a new window or tab. */
export async function keepInOneWindow(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: `(${keepHere.toString()})();` });
}
