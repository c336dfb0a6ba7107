/**
 * What can be clicked, as a person sees it (issue 18 §1; browser-use's `buildDomTree.js`):
 * an interactive tag or role (button, link, menuitem, tab), a tabindex, an onclick, or a
 * pointer cursor of its own. A site may draw its Login, Submit or Exit as any of these (a
 * WebForms LinkButton, a `<span>` whose handler a script attached and whose pointer comes
 * from its class), so the finder cannot rely on tags alone. Runs in the page.
 */
import {
  compact,
  composedContains,
  composedParent,
  deepAll,
  deepElementFromPoint,
  deepFirst,
  drawnOrder,
  normal,
  ownText,
  sayings,
  shadowRootsWithin,
  visible,
} from './text.js';

const CLICKABLE_ROLES = new Set([
  'button',
  'link',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'tab',
  'treeitem',
  // A choice drawn by script and named so for a screen reader (UI5's radio: a <div role="radio">
  // round its circle and words, in its shadow root): a person clicks it as a radio.
  'radio',
  'checkbox',
]);
const CLICKABLE_INPUTS = new Set(['button', 'submit', 'image', 'reset']);

/** How far up from the words their control may be: a button holds an icon and a span, not a page. */
const MAX_ASCENT = 4;

/**
 * A pointer cursor of its own: the pointer is drawn over it and not over its parent. An
 * inherited pointer (the text inside a clickable box) says nothing about the element itself.
 */
export function ownPointer(el: Element): boolean {
  if (getComputedStyle(el).cursor !== 'pointer') return false;
  const parent = composedParent(el);
  return !parent || getComputedStyle(parent).cursor !== 'pointer';
}

/**
 * Whether a person would take the element for something to click. A negative tabindex is left
 * out: it makes an element focusable by script only (Bootstrap puts one on every modal's root).
 */
export function isClickable(el: Element): boolean {
  return clickableByMarkup(el) || ownPointer(el);
}

/** Clickable by what its markup says (tag, role, tabindex, onclick), not by its looks. */
function clickableByMarkup(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'BUTTON' || tag === 'SUMMARY') return true;
  if (tag === 'A' && el.hasAttribute('href')) return true;
  if (tag === 'INPUT' && CLICKABLE_INPUTS.has((el as HTMLInputElement).type)) return true;
  const role = el.getAttribute('role');
  if (role && CLICKABLE_ROLES.has(role)) return true;
  const tabindex = el.getAttribute('tabindex');
  if (tabindex !== null && Number.parseInt(tabindex, 10) >= 0) return true;
  return el.hasAttribute('onclick');
}

/**
 * The element itself when it can be clicked, else the nearest ancestor that can, a few levels up.
 * A tree's item holds its children under its own line (`role="treeitem"` round a nested group):
 * its line, the box of its words, is what a person clicks, not the middle of its children.
 */
export function clickableAround(el: Element): Element | undefined {
  let node: Element | null = el;
  let line = el;
  for (let depth = 0; node && node !== document.body && depth <= MAX_ASCENT; depth++) {
    if (isClickable(node)) {
      // Or a web component's box round its item's line and the items it draws under it.
      const holdsChildren =
        node !== el &&
        deepFirst(
          node,
          node.getAttribute('role') === 'treeitem'
            ? '[role="treeitem"],[role="group"],ul'
            : '[role="treeitem"]',
        ) !== null;
      return holdsChildren ? line : node;
    }
    line = node;
    node = composedParent(node);
  }
  return undefined;
}

/**
 * The line of the words within their `control`, when the control is clickable by its pointer
 * alone and reads more than the words: the outermost box round them that reads them and nothing
 * more, and shows the pointer too. Naive UI's submenu is one box with the pointer, its title's
 * line and its children's lines inside, each showing the pointer as well: the title's line is
 * what a person clicks, and its words name it. Otherwise the control itself.
 */
export function lineOfWords(words: Element, control: Element): Element {
  if (control === words || clickableByMarkup(control) || !ownPointer(control)) return control;
  const said = normal(ownText(words));
  if (normal(ownText(control)) === said) return control;
  let line: Element | undefined;
  for (let node: Element | null = words; node && node !== control; node = composedParent(node))
    if (normal(ownText(node)) === said) line = node;
  return line && getComputedStyle(line).cursor === 'pointer' ? line : control;
}

/** Whether words read one of `texts`: one of their sayings, compared without spacing (see `compact`). */
export const readsOneOf = (texts: string[]): ((words: string) => boolean) => {
  const wanted = new Set(texts.map(compact));
  return (words) => sayings(words).some((said) => wanted.has(compact(said)));
};

/**
 * The elements whose words read one of `texts` (compared after `normal`): the words are found
 * first, their control after (`clickableAround`), so a pointer cursor is looked up on a handful
 * of elements rather than on every element of the page. An input's words are its value, a
 * picture's its alt or title.
 */
export function wordsReading(root: ParentNode, texts: string[]): Element[] {
  const reads = readsOneOf(texts);
  const found = new Set<Element>();
  const start = root instanceof Document ? root.body : root;
  if (!start) return [];
  // Mostly the words are not on the page at all (the screen classifier asks for the home page's
  // Login on every page): one look at the whole text says so without walking its nodes.
  // Compared without their spacing: "Log in" reads "Login" (see `compact`). The words a web
  // component writes in its own shadow root are read there (its slotted words are the page's).
  const firstWords = texts.map((text) => compact(text.split(' ')[0] ?? text));
  for (const scope of [start, ...shadowRootsWithin(start)]) {
    const all = compact((scope.textContent ?? '').toLowerCase());
    if (!firstWords.some((word) => all.includes(word))) continue;
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').toLowerCase();
      const flat = compact(text);
      if (!firstWords.some((word) => flat.includes(word))) continue;
      const parent = composedParent(node);
      if (parent && reads(text) && !/^(SCRIPT|STYLE|TEMPLATE)$/.test(parent.tagName)) found.add(parent);
    }
  }
  for (const input of deepAll(start, 'input[type="button"],input[type="submit"]')) {
    if (reads((input as HTMLInputElement).value)) found.add(input);
  }
  // A picture drawn as the control's face (an older site's `<a href="javascript:…"><img alt="Login"></a>`,
  // `<input type="image" alt="Submit">`): its words are its alt, else its title.
  for (const picture of deepAll(start, 'img[alt],img[title],input[type="image"]')) {
    const said = picture.getAttribute('alt') || picture.getAttribute('title') || '';
    if (said && reads(said)) found.add(picture);
  }
  // In the order a person reads the page, whichever way each was found.
  return [...found].sort(drawnOrder);
}

/**
 * What is drawn on top at the element's centre: undefined when the centre lies out of the window
 * (no look reaches it without scrolling), null when nothing is hit there.
 */
export function topAtCentre(el: Element): Element | null | undefined {
  const rect = el.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return undefined;
  return deepElementFromPoint(x, y);
}

/** Whether the element is the one a click at its centre reaches (or holds it), without scrolling. */
export function onTopAtCentre(el: Element): boolean {
  const top = topAtCentre(el);
  // A web component's host on top of a control in its own shadow root is the control's own face
  // (the words its slot draws are the page's, hit as the host).
  return (
    top === undefined ||
    (top !== null && (composedContains(el, top) || (top.shadowRoot !== null && composedContains(top, el))))
  );
}

/** What an arrow that opens a group says, when it says anything (its title or label). */
const OPENS = /^(expand|open|show|toggle)\b/;

/**
 * The control on a menu group's line that opens it, for a tree whose folder its words only select
 * (Oracle ADF's af:tree opens by its disclosure icon alone): something to click with no words of
 * its own (an arrow, a plus), or saying it expands, on the group's line, beside its words; the
 * nearest. None when the line draws none, or when the box round the group is more than its line.
 */
export function disclosureOf(group: Element): Element[] {
  const words = group.getBoundingClientRect();
  const onLine = (el: Element): boolean => {
    const box = el.getBoundingClientRect();
    const centre = box.top + box.height / 2;
    return centre >= words.top && centre <= words.bottom;
  };
  const arrow = (el: Element): boolean => {
    if (el === group || composedContains(el, group) || !isClickable(el) || !visible(el) || !onLine(el))
      return false;
    const said = normal(el.getAttribute('title') ?? el.getAttribute('aria-label') ?? '');
    return normal(ownText(el)) === '' || OPENS.test(said);
  };
  let line: Element | null = group;
  for (let depth = 0; line && depth < 4; depth++, line = composedParent(line)) {
    if (line.getBoundingClientRect().height > words.height * 2) break;
    const found = deepAll(line, '*').filter(arrow);
    const outer = found.filter((el) => !found.some((other) => other !== el && composedContains(other, el)));
    if (outer.length === 0) continue;
    const gap = (el: Element) => {
      const box = el.getBoundingClientRect();
      return Math.max(0, box.left - words.right, words.left - box.right);
    };
    return [[...outer].sort((a, b) => gap(a) - gap(b))[0] as Element];
  }
  return [];
}
