import { deepAll } from './text.js';
/**
 * What runs inside the portal's page while the operator shows the bot an element: listeners
 * that catch the operator's click before the page sees it, and outlines around the candidates
 * the bot considered. Bundled on its own (teaching-entry.ts) and sent to the page as source text (an
 * init script for every page load, and once into the page already open).
 *
 * The listeners sit on `window` in the capture phase, so they run before any handler of the
 * page's own. They do nothing unless the bot has armed them for a question, and then only for
 * trusted events (a person's mouse; a page script's `el.click()` is not one): the event is
 * stopped and its default prevented, so the page never acts on the click (a link is not
 * followed, a radio not checked, a select not opened: it opens on mousedown, hence mousedown
 * as well as click). The first press marks the node under the pointer with a one-time marker
 * and reports the marker through the exposed binding; the bot finds the node again by it.
 *
 * The outlines live in a shadow root and carry their words in CSS `content`, so nothing the
 * bot reads as text, and nothing the finder looks through, ever includes them; they let every
 * click through (`pointer-events: none`).
 */

export function teachingLib(binding: string, attribute: string) {
  interface State {
    armed: boolean;
    reported: boolean;
    host?: HTMLElement;
  }
  const holder = window as unknown as { __einvTeaching?: State } & Record<string, unknown>;
  const state: State = holder.__einvTeaching ?? { armed: false, reported: false };
  if (!holder.__einvTeaching) {
    holder.__einvTeaching = state;
    const PRESSES = ['mousedown', 'click'];
    const SWALLOWED = [
      'pointerdown',
      'mousedown',
      'pointerup',
      'mouseup',
      'click',
      'dblclick',
      'auxclick',
      'contextmenu',
    ];
    const catchIt = (event: Event) => {
      if (!state.armed || !event.isTrusted || window !== window.top) return;
      // pointerdown's default is left alone: preventing it would suppress mousedown, whose
      // default (focus, opening a select) is the one to prevent.
      if (event.type !== 'pointerdown') event.preventDefault();
      event.stopImmediatePropagation();
      if (state.reported || !PRESSES.includes(event.type)) return;
      const target = event.target;
      if (!(target instanceof Element)) return;
      state.reported = true;
      const marker = `m${Math.random().toString(36).slice(2, 12)}`;
      target.setAttribute(attribute, marker);
      const report = holder[binding];
      if (typeof report === 'function') void (report as (marker: string) => Promise<void>)(marker);
    };
    for (const type of SWALLOWED) window.addEventListener(type, catchIt, { capture: true });
  }

  const clear = () => {
    state.host?.remove();
    state.host = undefined;
  };

  return {
    /** Waits for the operator's next press; earlier markers are taken off. */
    arm: () => {
      for (const old of deepAll(document, `[${attribute}]`)) old.removeAttribute(attribute);
      state.reported = false;
      state.armed = true;
    },
    disarm: () => {
      state.armed = false;
      state.reported = false;
    },
    clear,
    /**
     * Dashed boxes around the candidates, each with a numbered tag beside it, and a line at the
     * top saying what to click. A tag goes where it hides no text (to the right of its box, to
     * the left, below, above): set over the entry above, as it once was, it hid the very menu
     * items the operator had to read. Returns where the tags went (for tests: the shadow root is
     * closed).
     */
    outline: (
      elements: Element[],
      banner: string,
    ): { left: number; top: number; right: number; bottom: number }[] => {
      clear();
      const host = document.createElement('div');
      host.setAttribute('data-einv-teaching', '');
      const root = host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = `
        .box { position: absolute; border: 3px dashed #d9480f; border-radius: 4px; pointer-events: none;
               z-index: 2147483647; box-sizing: border-box; }
        .banner { position: fixed; left: 8px; top: 8px; max-width: 70%; padding: 6px 10px; pointer-events: none;
                  background: #d9480f; color: #fff; font: 600 14px/1.3 system-ui, sans-serif; border-radius: 4px;
                  z-index: 2147483647; opacity: 0.92; }
        .tag { position: absolute; background: #d9480f; color: #fff; font: 12px/1.4 system-ui, sans-serif;
               padding: 1px 5px; border-radius: 3px; white-space: nowrap; pointer-events: none; z-index: 2147483647; }
        .tag::before, .banner::before { content: attr(data-says); }`;
      root.append(style);
      document.documentElement.append(host);
      state.host = host;
      const texts = textBoxes();
      const tags: { left: number; top: number; right: number; bottom: number }[] = [];
      elements.forEach((el, index) => {
        const rect = el.getBoundingClientRect();
        const box = document.createElement('div');
        box.className = 'box';
        box.style.left = `${rect.left + scrollX - 4}px`;
        box.style.top = `${rect.top + scrollY - 4}px`;
        box.style.width = `${rect.width + 8}px`;
        box.style.height = `${rect.height + 8}px`;
        root.append(box);
        const tag = document.createElement('div');
        tag.className = 'tag';
        tag.setAttribute('data-says', `candidate ${index + 1}`);
        root.append(tag);
        const placed = placeTag(tag, rect, [...texts, ...tags]);
        tags.push(placed);
      });
      const line = document.createElement('div');
      line.className = 'banner';
      line.setAttribute('data-says', banner);
      root.append(line);
      return tags;
    },
  };
}

type Box = { left: number; top: number; right: number; bottom: number };

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The boxes of the words drawn in the window: what an outline's tag must not hide. */
function textBoxes(): Box[] {
  const boxes: Box[] = [];
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node && boxes.length < 3000; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    range.selectNodeContents(node);
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight)
        boxes.push({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
    }
  }
  return boxes;
}

/**
 * Puts the tag beside the outlined box, in the first place within the window that hides no text
 * (nor another tag); failing that, where it hides the least. Returns its box in the window.
 */
function placeTag(tag: HTMLElement, rect: DOMRect, avoid: Box[]): Box {
  const size = tag.getBoundingClientRect();
  const [w, h] = [size.width, size.height];
  const gap = 8;
  const spots = [
    { left: rect.right + gap, top: rect.top + (rect.height - h) / 2 },
    { left: rect.left - gap - w, top: rect.top + (rect.height - h) / 2 },
    { left: rect.left, top: rect.bottom + gap },
    { left: rect.left, top: rect.top - gap - h },
  ].map(({ left, top }) => ({ left, top, right: left + w, bottom: top + h }));
  const inWindow = (spot: Box) =>
    spot.left >= 0 && spot.top >= 0 && spot.right <= innerWidth && spot.bottom <= innerHeight;
  const hidden = (spot: Box) => avoid.filter((text) => overlaps(spot, text)).length;
  const ranked = spots
    .map((spot, order) => ({ spot, order, cost: hidden(spot) * 10 + (inWindow(spot) ? 0 : 5) }))
    .sort((a, b) => a.cost - b.cost || a.order - b.order);
  const best = ranked[0]?.spot ?? spots[0];
  if (!best) return { left: 0, top: 0, right: 0, bottom: 0 };
  tag.style.left = `${best.left + scrollX}px`;
  tag.style.top = `${best.top + scrollY}px`;
  return best;
}
