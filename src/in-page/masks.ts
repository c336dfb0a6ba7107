/**
 * The secret fields' masks, painted in the page by the call that finds the fields (see
 * src/masked-screenshot.ts): one call in the page's own world, with no element handed back to
 * Node. Finding them through a locator made Playwright set its selector machinery up in the
 * page's own world as well (~380 KB of script compiled per document pictured).
 */
import { find } from './find.js';
import type { ElementQuery } from './types.js';

/** What the picture needs of the page: whether masks were painted, its whole size, whether it fits the window. */
export interface Painted {
  painted: boolean;
  width: number;
  height: number;
  fits: boolean;
}

/** Where the layer of masks is kept while the picture is taken. */
const MASK_LAYER = '__einvMasks';

/** Every element matching `selector`, in the document and in every open shadow root within it. */
function deepQueryAll(selector: string): Element[] {
  const found: Element[] = [];
  const roots: ParentNode[] = [document];
  for (let root = roots.pop(); root; root = roots.pop()) {
    found.push(...Array.from(root.querySelectorAll(selector)));
    for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  return found;
}

/**
 * Paints a box of `color` over each secret field (those `selector` matches, anywhere, and those the
 * map's `queries` find) where the whole page's picture shows it: its place in the window now, plus
 * the scroll, in a layer above everything kept at `globalThis.__einvMasks`.
 */
export function paintMasks(selector: string, queries: ElementQuery[], color: string): Painted {
  const root = document.documentElement;
  const body = document.body ?? root;
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
  const fits = width <= innerWidth && height <= innerHeight;
  const secret = new Set(deepQueryAll(selector));
  for (const query of queries) for (const el of find(document, query)) secret.add(el);
  const shown = [...secret]
    .map((element) => element.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0);
  if (shown.length === 0) return { painted: false, width, height, fits };
  const layer = document.createElement('einv-masks');
  // A popover shown last is drawn above every other element, a modal dialog included; placed
  // absolutely, it starts where the page starts, and scrolls with it.
  layer.setAttribute('popover', 'manual');
  layer.style.cssText = `position:absolute;left:0;top:0;right:auto;bottom:auto;width:${width}px;height:${height}px;margin:0;padding:0;border:0;max-width:none;max-height:none;overflow:visible;background:transparent;pointer-events:none;display:block`;
  const boxes = layer.attachShadow({ mode: 'closed' });
  for (const { left, top, width: w, height: h } of shown) {
    const box = document.createElement('div');
    box.style.cssText = `position:absolute;left:${left + scrollX}px;top:${top + scrollY}px;width:${w}px;height:${h}px;background:${color}`;
    boxes.append(box);
  }
  root.append(layer);
  layer.showPopover();
  (globalThis as unknown as Record<string, unknown>)[MASK_LAYER] = layer;
  return { painted: true, width, height, fits };
}

/** Removes the layer of masks, once the picture is taken. */
export function unpaintMasks(): void {
  const kept = globalThis as unknown as Record<string, Element | undefined>;
  kept[MASK_LAYER]?.remove();
  delete kept[MASK_LAYER];
}
