/**
 * The secret fields' masks, painted in the page by the call that finds the fields (see
 * src/masked-screenshot.ts): one call in the page's own world, with no element handed back to
 * Node. Finding them through a locator made Playwright set its selector machinery up in the
 * page's own world as well (~380 KB of script compiled per document pictured).
 */
import { find } from './find.js';
import { oncePerCall } from './text.js';
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

/** A part of the window, in its CSS pixels. */
interface Part {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Cells a field is looked at in when something is drawn over it: small enough to follow a popup's edge. */
const CELL = 4;

/** The boxes seen over secret fields during one picture's call, each with the part of it that hides (see `hidingArea`). */
const hidingAreas = oncePerCall(() => new Map<Element, Part | null>());

/**
 * The part of `cover` that hides what is under it: its box less its rounded corners, when its
 * background is fully opaque and nothing of it or above it is see-through; else null. A shade, a
 * blurred or blended box, a picture, is never taken to hide anything. Worked out once per box a
 * picture meets, however many points of a field it stands over.
 */
function hidingArea(cover: Element): Part | null {
  const known = hidingAreas();
  const seen = known.get(cover);
  if (seen !== undefined) return seen;
  const area = opaqueArea(cover);
  known.set(cover, area);
  return area;
}

function opaqueArea(cover: Element): Part | null {
  const style = getComputedStyle(cover);
  const alpha = /^rgba?\(([^)]*)\)$/
    .exec(style.backgroundColor)?.[1]
    ?.split(/[,/\s]+/)
    .filter(Boolean)[3];
  if (!/^rgb/.test(style.backgroundColor) || (alpha !== undefined && Number.parseFloat(alpha) < 1))
    return null;
  for (let el: Element | null = cover; el; el = el.parentElement) {
    const own = getComputedStyle(el);
    if (Number.parseFloat(own.opacity) < 1 || own.filter !== 'none' || own.mixBlendMode !== 'normal')
      return null;
  }
  const box = cover.getBoundingClientRect();
  const round = Math.max(
    ...[
      style.borderTopLeftRadius,
      style.borderTopRightRadius,
      style.borderBottomLeftRadius,
      style.borderBottomRightRadius,
    ].map((radius) => Number.parseFloat(radius) || 0),
  );
  return {
    left: box.left + round,
    top: box.top + round,
    width: box.width - 2 * round,
    height: box.height - 2 * round,
  };
}

/** Whether `cover` hides what is under it at (`x`, `y`): drawn opaque there (see `hidingArea`). */
function hidesAt(cover: Element, x: number, y: number): boolean {
  const area = hidingArea(cover);
  return (
    area !== null &&
    x >= area.left &&
    x <= area.left + area.width &&
    y >= area.top &&
    y <= area.top + area.height
  );
}

/** Whether `inner` is `outer` or drawn inside it, through shadow roots too (a field in a web component is its host's). */
function within(inner: Node, outer: Node): boolean {
  for (let node: Node | null = inner; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null)
    if (node === outer) return true;
  return false;
}

/** What is drawn over `field` at (`x`, `y`) and hides it there, if anything: the first opaque box above it. */
function hiderAt(field: Element, x: number, y: number): Element | undefined {
  for (const above of document.elementsFromPoint(x, y)) {
    // The field, a part of it, or a box it is drawn in: nothing above it hides it here.
    if (within(above, field) || within(field, above)) return undefined;
    if (hidesAt(above, x, y)) return above;
  }
  return undefined;
}

/**
 * The parts of a secret field a picture shows: its whole box, less what an opaque box drawn over
 * it hides (a message dialog over a password field: its text stays readable in the picture). A
 * cell of the field is left unmasked only when one box hides all four of its corners; a field
 * not wholly in the window, where nothing can be looked at, is masked whole.
 */
function shownParts(field: Element, box: DOMRect): Part[] {
  const whole = [{ left: box.left, top: box.top, width: box.width, height: box.height }];
  if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight) return whole;
  const edgeX = [box.left + 0.5, box.left + box.width / 2, box.right - 0.5];
  const edgeY = [box.top + 0.5, box.top + box.height / 2, box.bottom - 0.5];
  if (edgeX.every((x) => edgeY.every((y) => hiderAt(field, x, y) === undefined))) return whole;
  const columns = Math.ceil(box.width / CELL);
  const rows = Math.ceil(box.height / CELL);
  const xs = Array.from({ length: columns + 1 }, (_, i) => Math.min(box.left + i * CELL, box.right - 0.5));
  const ys = Array.from({ length: rows + 1 }, (_, j) => Math.min(box.top + j * CELL, box.bottom - 0.5));
  const hider = ys.map((y) => xs.map((x) => hiderAt(field, x, y)));
  const parts: Part[] = [];
  for (let j = 0; j < rows; j++) {
    const top = box.top + j * CELL;
    const height = Math.min(CELL, box.bottom - top);
    let run: Part | undefined;
    for (let i = 0; i < columns; i++) {
      const by = hider[j]?.[i];
      const hidden =
        by !== undefined &&
        hider[j]?.[i + 1] === by &&
        hider[j + 1]?.[i] === by &&
        hider[j + 1]?.[i + 1] === by;
      const left = box.left + i * CELL;
      const width = Math.min(CELL, box.right - left);
      if (hidden) run = undefined;
      else if (run) run.width += width;
      else {
        run = { left, top, width, height };
        parts.push(run);
      }
    }
  }
  return parts;
}

/**
 * Paints a box of `color` over each secret field (those `selector` matches, anywhere, and those the
 * map's `queries` find), over the parts of it the whole page's picture shows (`shownParts`): its place in the window now, plus
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
  const shown = [...secret].flatMap((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 ? shownParts(element, box) : [];
  });
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
