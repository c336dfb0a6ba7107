/** Text as a person reads it on the page: normalised, visible, drawn. */

export const normal = (text: string | null | undefined): string => {
  let value = (text ?? '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  // Icons drawn as characters (☰, ➤, private-use icon fonts) are not part of what a label says,
  // nor are the signs a menu draws beside a group to open it (+, −, >, », ›).
  // A lone ×, a close control's whole text, is kept.
  value = value.replace(/^[\p{So}\p{Co}+\u2212<>»›\s]+|[\p{So}\p{Co}+\u2212<>»›\s]+$/gu, '');
  for (;;) {
    const next = value.replace(/\s*(\*|:|\(required\))$/, '').trim();
    if (next === value) return value;
    value = next;
  }
};
/**
 * Words as compared when spacing is no part of them: a person reads "Log in" as "Login", "User
 * Name" as "Username", "Re-enter" as "Reenter". Of a `normal` text.
 */
export const compact = (text: string): string => text.replace(/[\s-]+/g, '');

/**
 * Clipped to nothing by itself or a box around it (a closed dropdown drawn with
 * `clip: rect(0 0 0 0)` or `clip-path: inset(100%)`, as Chosen draws its search box): drawn,
 * but nowhere to be seen. Four levels up, where such a dropdown keeps its fields.
 */
const clippedAway = (el: Element): boolean => {
  // The element itself may be clipped on purpose and drawn by another (select2's native list,
  // 1 px and clipped, under its box): only a box around it hides it.
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (clipsToNothing(getComputedStyle(node))) return true;
  }
  return insideFolded(el);
};

/**
 * Inside a box folded to no height (or width) that hides what overflows it: a closed group of a
 * menu kept in the page at `height: 0; overflow: hidden` (Angular's animations, a collapse
 * mid-way), its entries laid out as if open but nowhere to be seen. Not what is drawn out of
 * the box's clip (UI5 keeps its dialogs, fixed, in a 0 × 0 area that hides its overflow).
 */
const insideFolded = (el: Element): boolean => {
  for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
    const rect = node.getBoundingClientRect();
    if (rect.height > 0 && rect.width > 0) continue;
    const style = getComputedStyle(node);
    const hides = (overflow: string) => overflow !== 'visible';
    const folded =
      (rect.height <= 0 && hides(style.overflowY)) || (rect.width <= 0 && hides(style.overflowX));
    if (folded && !drawnOutOf(el, node)) return true;
  }
  return false;
};

/**
 * Whether `el` is drawn out of `box`'s clip: fixed to the window, or placed absolutely by a box
 * around `box` (no positioned box between them, `box` itself not positioned).
 */
const drawnOutOf = (el: Element, box: Element): boolean => {
  let seekingContainer = false;
  for (let node: Element | null = el; node && node !== box; node = node.parentElement) {
    const { position } = getComputedStyle(node);
    if (position === 'fixed') return true;
    if (seekingContainer && position !== 'static') seekingContainer = false;
    if (position === 'absolute') seekingContainer = true;
  }
  return seekingContainer && getComputedStyle(box).position === 'static';
};

/** A style that clips its box to nothing: `clip-path: inset(100%)` or `inset(50%)`, or `clip: rect(0 0 0 0)`. */
export const clipsToNothing = (style: CSSStyleDeclaration): boolean =>
  /^inset\(\s*(100%|50%)/.test(style.clipPath) ||
  (style.position === 'absolute' && /^rect\(0px,? 0px,? 0px,? 0px\)$/.test(style.clip));

/**
 * Drawn for a screen reader only: clipped to nothing, or a box of a pixel or none (`.sr-only`,
 * `.visually-hidden`, jQuery Mobile's `ui-hidden-accessible`, Oracle JET's `oj-helper-hidden-accessible`).
 */
export const forScreenReadersOnly = (el: Element): boolean => {
  const rect = el.getBoundingClientRect();
  return (rect.width <= 1 && rect.height <= 1) || clipsToNothing(getComputedStyle(el));
};

/**
 * What a person reads in the element when a screen reader is told more: its text without the
 * words kept for one (jQuery Mobile's collapsible heading "API Registration" says " click to
 * expand contents" to a screen reader); undefined when it says the same to both.
 */
export const drawnWordsOnly = (el: Element): string | undefined => {
  if (el.childElementCount === 0) return undefined;
  let text: string | undefined;
  for (const child of Array.from(el.querySelectorAll('*'))) {
    if (!/[\p{L}\p{N}]/u.test(child.textContent ?? '') || !forScreenReadersOnly(child)) continue;
    // biome-ignore lint/performance/useDomNodeTextContent: the words as they stand in the text read
    text = (text ?? ownText(el)).replace((child as HTMLElement).innerText ?? '', ' ');
  }
  return text;
};

/**
 * What a text reads: itself and, when it says the same in two scripts side by side ("लॉगिन / Login",
 * "उपयोगकर्ता नाम | Username": the Government of India's web guidelines ask for Hindi and English
 * together), each side alone, as `normal` makes them. A text in one script is read whole only.
 */
export const sayings = (text: string): string[] => {
  const whole = normal(text);
  if (!/[^\p{Script=Latin}\P{L}]/u.test(whole)) return [whole];
  const sides = whole.split(/\s*[/|]\s*/).map(normal);
  return sides.length === 2 && sides.every((side) => side !== '') ? [whole, ...sides] : [whole];
};

export const visible = (el: Element): boolean => {
  if (!el.isConnected) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width <= 0 || rect.height <= 0) return false;
  // Drawn left of or above the page's origin (left: -9999px, a closed dropdown's search box):
  // no scrolling brings it into view, so no person sees it.
  if (rect.right + scrollX <= 0 || rect.bottom + scrollY <= 0) return false;
  if (clippedAway(el)) return false;
  return el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
};

/**
 * Drawn fully transparent, by its own opacity or an ancestor's: a popup faded out and not yet
 * taken out of the page (ng-bootstrap leaves its window for the length of the fade). Nothing of
 * it is seen; it may still lie over the page and take a click.
 */
export const seeThrough = (el: Element): boolean =>
  !el.checkVisibility({ opacityProperty: true } as CheckVisibilityOptions);
/**
 * Icons drawn from a font by their name (Google's Material Icons and Symbols: the word "menu" or
 * "arrow_drop_down" in the markup, a picture on the screen).
 */
const LIGATURE_ICONS = '[class*="material-icons"],[class*="material-symbols"],md-icon,mwc-icon';

/**
 * `compute`, worked out once per call into the page and dropped when the call is over (the page
 * may change between calls): for what many elements read against the whole page.
 */
export const oncePerCall = <T>(compute: () => T): (() => T) => {
  let kept: { value: T } | undefined;
  return () => {
    if (!kept) {
      kept = { value: compute() };
      queueMicrotask(() => {
        kept = undefined;
      });
    }
    return kept.value;
  };
};

/** Whether the page draws any such icon. */
const pageDrawsIcons = oncePerCall(() => document.querySelector(LIGATURE_ICONS) !== null);

export const ownText = (el: Element): string => {
  const html = el as HTMLElement;
  // biome-ignore lint/performance/useDomNodeTextContent: what a person reads, not hidden markup
  const text = slotted(el, html.innerText ?? el.textContent ?? '');
  if (!/[a-z]/.test(text) || !el.querySelector || !pageDrawsIcons()) return text;
  // A person reads the words beside an icon, not the name the markup draws it by.
  if (el.matches(LIGATURE_ICONS)) return '';
  let words = text;
  for (const icon of Array.from(el.querySelectorAll(LIGATURE_ICONS))) {
    // biome-ignore lint/performance/useDomNodeTextContent: the icon's name as it stands in the text read
    const name = ((icon as HTMLElement).innerText ?? '').trim();
    if (name !== '') words = words.replace(name, ' ');
  }
  return words;
};

/**
 * A text read in a shadow root, with the words its slots draw from the page (Shoelace's button
 * draws the "Login" of its `<sl-button>` through a `<slot>` in its own `<button>`).
 */
const slotted = (el: Element, text: string): string => {
  if (!(el.getRootNode() instanceof ShadowRoot) || !el.querySelector('slot')) return text;
  const words = Array.from(el.querySelectorAll('slot')).flatMap((slot) =>
    // What the page puts in it; its fallback, drawn when the page puts nothing, is in the text already.
    (slot.assignedNodes().length > 0 ? slot.assignedNodes({ flatten: true }) : [])
      // An element not drawn reads its whole markup as its innerText: a closed group's items.
      .map((node) => {
        if (!(node instanceof HTMLElement)) return node.textContent ?? '';
        // As the element given reads itself: an icon drawn from its name says nothing (Material
        // Web's `<md-icon slot="icon">login</md-icon>`), nor do the icons inside it.
        return node.getClientRects().length > 0 ? ownText(node) : '';
      }),
  );
  return [text, ...words].filter((part) => part.trim() !== '').join(' ');
};

/** The fields a person types in or chooses from (not a button drawn as an input). */
export const FIELDS =
  'input:not([type="hidden"]):not([type="button"]):not([type="submit"]):not([type="reset"]):not([type="image"]),select,textarea';

export const isField = (el: Element) => /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName);
export const isChoice = (el: Element) =>
  el.tagName === 'INPUT' && /^(radio|checkbox)$/i.test((el as HTMLInputElement).type);
/** The tree whose ids a node's references name: its shadow root's, else the document's. */
export const treeOf = (node: Node): Document | ShadowRoot => {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root : document;
};

/** The text of the elements named by `ids`, looked up in the tree `from` stands in (a shadow root's own ids). */
export const textOf = (ids: string | null, from?: Node): string => {
  const tree = from ? treeOf(from) : document;
  return (ids ?? '')
    .split(/\s+/)
    .map((id) => (id ? ownText(tree.getElementById(id) ?? document.createElement('i')) : ''))
    .join(' ');
};

/** Of elements, those holding none of the others: the same words read on a control and on its wrapper are one element. */
export const innermost = <T extends Element>(els: T[]): T[] =>
  els.filter((el) => !els.some((other) => other !== el && el.contains(other)));

/** Drawn out of the page's flow, over it (positioned absolute or fixed). */
export const lifted = (el: Element): boolean => /^(fixed|absolute)$/.test(getComputedStyle(el).position);

/**
 * The open shadow roots of the document (web components draw their controls in them: Shoelace's
 * `sl-input` keeps its `<input>` and `<label>` there), found once per call. A page without any
 * has none, and every query and walk on it is the plain one.
 */
const shadowRoots = oncePerCall((): ShadowRoot[] => {
  const roots: ShadowRoot[] = [];
  const walk = (from: ParentNode): void => {
    for (const el of Array.from(from.querySelectorAll('*'))) {
      if (!el.shadowRoot) continue;
      roots.push(el.shadowRoot);
      walk(el.shadowRoot);
    }
  };
  walk(document);
  return roots;
});

/**
 * The open shadow roots drawn inside `start` (their hosts in it, however deep): where a web
 * component writes words of its own rather than slotting the page's (UI5's side navigation
 * draws each item's `text` in its shadow root). None on a page without shadow roots.
 */
export const shadowRootsWithin = (start: Node): ShadowRoot[] =>
  shadowRoots().filter((root) => composedContains(start, root.host));

/**
 * The order in which two elements are drawn, in the document or in shadow trees: compared in
 * the first tree that holds them both (or the host of the other's tree), as a person reads.
 */
export const drawnOrder = (a: Element, b: Element): number => {
  const path = (el: Element): Element[] => {
    const hosts = [el];
    for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
      hosts.unshift(root.host);
    return hosts;
  };
  const pa = path(a);
  const pb = path(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    if (!x) return -1;
    if (!y) return 1;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return 0;
};

/**
 * The element a node is drawn in: the `<slot>` a web component places it in, the host of the
 * shadow root it stands in, else its parent. Where a page has no shadow root, its parent.
 */
export const composedParent = (node: Node): Element | null => {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
};

/** Whether `inner` is drawn inside `outer`: in its own tree, or through the shadow roots and slots between them. */
export const composedContains = (outer: Node, inner: Node): boolean => {
  if (outer.contains(inner)) return true;
  if (shadowRoots().length === 0) return false;
  for (let node: Node | null = inner; node; node = composedParent(node)) if (node === outer) return true;
  return false;
};

/** What is drawn inside an element, one level down: its shadow root's children, a slot's nodes, else its children. */
const drawnChildren = (el: Element): Element[] => {
  if (el.shadowRoot) return Array.from(el.shadowRoot.children);
  if (el instanceof HTMLSlotElement) {
    const assigned = el.assignedElements({ flatten: true });
    return assigned.length > 0 ? assigned : Array.from(el.children);
  }
  return Array.from(el.children);
};

/**
 * `root.querySelectorAll(selector)`, as drawn: with what matches inside the open shadow roots
 * under `root` and in what their slots draw from the page. The plain query where the page has no
 * shadow root.
 */
export function deepAll<K extends keyof HTMLElementTagNameMap>(
  root: ParentNode,
  selector: K,
): HTMLElementTagNameMap[K][];
export function deepAll(root: ParentNode, selector: string): Element[];
export function deepAll(root: ParentNode, selector: string): Element[] {
  if (shadowRoots().length === 0) return Array.from(root.querySelectorAll(selector));
  const found: Element[] = [];
  const seen = new Set<Element>();
  const start =
    root instanceof Document
      ? [root.documentElement]
      : root instanceof Element
        ? drawnChildren(root)
        : Array.from(root.children);
  const stack = [...start].reverse();
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    if (seen.has(el)) continue;
    seen.add(el);
    if (el.matches(selector)) found.push(el);
    const next = drawnChildren(el);
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i] as Element);
  }
  return found;
}

/** What is drawn on top at a point, inside a web component's shadow root too (the document names only its host). */
export const deepElementFromPoint = (x: number, y: number): Element | null => {
  let top = document.elementFromPoint(x, y);
  for (let depth = 0; top?.shadowRoot && depth < 8; depth++) {
    const inner = top.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === top) break;
    top = inner;
  }
  return top;
};

/** `el.closest(selector)`, out through the hosts of the shadow roots it stands in. */
export const composedClosest = (el: Element, selector: string): Element | null => {
  if (shadowRoots().length === 0) return el.closest(selector);
  for (let node: Element | null = el; node; node = composedParent(node))
    if (node.matches(selector)) return node;
  return null;
};

/** `root.querySelector(selector)`, inside the open shadow roots drawn under `root` too. */
export const deepFirst = (root: ParentNode, selector: string): Element | null =>
  shadowRoots().length === 0 ? root.querySelector(selector) : (deepAll(root, selector)[0] ?? null);

/**
 * `document.elementsFromPoint`, topmost first, with what a web component draws there in its shadow
 * root before the component's host.
 */
export const deepElementsFromPoint = (
  x: number,
  y: number,
  root: DocumentOrShadowRoot = document,
): Element[] => {
  const stack = root.elementsFromPoint(x, y);
  if (shadowRoots().length === 0) return stack;
  const out: Element[] = [];
  for (const el of stack) {
    const shadow = el.shadowRoot;
    // Only into the roots of hosts in this tree: the stack names the hosts around it too.
    if (shadow && el.getRootNode() === (root as unknown as Node)) {
      for (const inner of deepElementsFromPoint(x, y, shadow)) {
        if (inner !== el && composedContains(el, inner) && !out.includes(inner)) out.push(inner);
      }
    }
    if (!out.includes(el)) out.push(el);
  }
  return out;
};
