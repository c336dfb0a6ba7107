/** What covers the page, what it is called, and the control that closes it. */
import { clickableAround, onTopAtCentre, topAtCentre, wordsReading } from './clickable.js';
import { selectorOf } from './kinds.js';
import { accessibleNames } from './labels.js';
import { LIST_OPENER, offersOnly, panelsOf } from './lists.js';
import {
  composedContains,
  composedParent,
  deepAll,
  deepElementFromPoint,
  deepElementsFromPoint,
  FIELDS,
  lifted,
  normal,
  ownText,
  sayings,
  seeThrough,
  textOf,
  visible,
} from './text.js';

/**
 * A popup as a person sees it: the box holding its text and controls, drawn above the page, and
 * the layer over the whole window that dims the page behind it (a parent of the box, as a
 * backdrop holding its dialog, or anywhere else in the document, as a shade beside its panel).
 * The layer is never the popup. `step`: the popup holds what a step needs (a field, a Yes/No),
 * so it is that step's to answer and the popup closer leaves it alone.
 */
export interface DrawnPopup {
  box: Element;
  layer?: Element;
  step: boolean;
}

/** Points per side of the grid the window is hit-tested at (cell centres: 81 points). */
const GRID = 9;
/** The closer look when a layer covers the window and no box showed at the grid's points. */
const FINE_GRID = 18;

const coversWindow = (el: Element): boolean => {
  const box = el.getBoundingClientRect();
  return box.left <= 1 && box.top <= 1 && box.right >= innerWidth - 1 && box.bottom >= innerHeight - 1;
};

const isPage = (el: Element) => el === document.body || el === document.documentElement;

/** The topmost layer over the whole window at this point (`stack` is `elementsFromPoint`, topmost first). */
const layerIn = (stack: Element[]): Element | undefined =>
  stack.find((el) => !isPage(el) && lifted(el) && coversWindow(el));

/**
 * Something of the page shows outside the layer (a text or a control that is neither in it nor
 * around it): the layer is drawn over a page, not a wrapper holding the whole application.
 */
const overAPage = (layer: Element): boolean => {
  // Nothing inside the layer is the page: its subtree is skipped. (No filter callback: a page
  // replaced by document.open() leaves a callback of the old page unrunnable.)
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  const pastLayer = (): Node | null => {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  };
  for (let node = walker.nextNode(); node; node = node === layer ? pastLayer() : walker.nextNode()) {
    if (node === layer) continue;
    if (composedContains(node, layer)) continue;
    const holder = node instanceof Element ? node : node.parentElement;
    const drawn =
      node instanceof Element
        ? /^(INPUT|SELECT|TEXTAREA|IMG|BUTTON)$/.test(node.tagName)
        : /\S/.test(node.textContent ?? '');
    if (drawn && holder && visible(holder) && beneath(holder)) return true;
  }
  return false;
};

/**
 * Drawn under something else at its centre (a layer over it), or out of the window: part of a
 * page a layer may cover. Not a box drawn on top itself (a toast over an application laid out
 * as one box over the whole window, UI5's message toast beside its app).
 */
const beneath = (el: Element): boolean => {
  const top = topAtCentre(el);
  return top === undefined || (top !== null && !composedContains(el, top));
};

/** Fixed along an edge of the window: a header, a cookie bar, a sidebar. Never a popup. */
const atAnEdge = (el: Element): boolean => {
  const box = el.getBoundingClientRect();
  const bar =
    box.width >= innerWidth * 0.9 &&
    box.height < innerHeight / 2 &&
    (box.top <= 1 || box.bottom >= innerHeight - 1);
  const side =
    box.height >= innerHeight * 0.9 &&
    box.width < innerWidth / 2 &&
    (box.left <= 1 || box.right >= innerWidth - 1);
  return bar || side;
};

/**
 * A small box in a corner of the window (a toast, a notification, a chat button): it covers
 * nothing a step needs and goes by itself, so it is no popup, even drawn above the shade of one
 * (a toast over a confirmation modal). A dialog by its role is a popup wherever it sits.
 */
const inACorner = (el: Element): boolean => {
  if (el.matches('[role="dialog"],[role="alertdialog"],[aria-modal="true"]')) return false;
  const box = el.getBoundingClientRect();
  const toASide = box.left >= innerWidth / 2 || box.right <= innerWidth / 2;
  const toAnEnd = box.top <= innerHeight * 0.2 || box.bottom >= innerHeight * 0.8;
  return toASide && toAnEnd && box.width <= innerWidth / 3;
};

const encloses = (outer: Element, inner: Element): boolean => {
  const a = outer.getBoundingClientRect();
  const b = inner.getBoundingClientRect();
  return a.left <= b.left + 1 && a.top <= b.top + 1 && a.right >= b.right - 1 && a.bottom >= b.bottom - 1;
};

/**
 * Whether `up` is drawn on top where it spreads beyond `box` (read at the middle of each of its
 * edges, clear of rounded corners): a page's own container round a dialog placed in it (Dojo's,
 * raised by its z-index) lies under the shade there, and is no part of the popup.
 */
const onTopBeyond = (up: Element, box: Element): boolean => {
  const a = up.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  const midX = (a.left + a.right) / 2;
  const midY = (a.top + a.bottom) / 2;
  const edges: [number, number][] = [
    [a.left + 3, midY],
    [a.right - 4, midY],
    [midX, a.top + 3],
    [midX, a.bottom - 4],
  ];
  return edges.every(([x, y]) => {
    const inside = x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
    const offWindow = x < 0 || y < 0 || x >= innerWidth || y >= innerHeight;
    if (inside || offWindow) return true;
    const top = deepElementFromPoint(x, y);
    return !top || composedContains(up, top);
  });
};

/**
 * The box around `hit` drawn above `layer`: its outermost ancestor that is drawn around it (not
 * a wrapper of no size), neither covering the window nor holding the layer (the dialog inside
 * a backdrop, the panel beside its shade).
 */
const boxAround = (hit: Element, layer: Element): Element => {
  let box = hit;
  for (let up = composedParent(hit); up && !isPage(up); up = composedParent(up)) {
    // A box that draws none of its own (a `<slot>`, `display: contents`) is passed through.
    if (getComputedStyle(up).display === 'contents') continue;
    if (coversWindow(up) || composedContains(up, layer)) break;
    // A layout helper that does not enclose what it holds (Ext JS's box target: 20000 px wide,
    // 1 px high) draws nothing around it: passed through to the box that does.
    if (!encloses(up, box)) continue;
    if (!onTopBeyond(up, box)) break;
    box = up;
  }
  return box;
};

/**
 * The layer draws the popup itself (a full-window dialog, its heading, table and buttons laid
 * straight on it) rather than dimming the page around one box: text of its own, or more than one
 * child with content.
 */
const drawsOwnContent = (layer: Element): boolean =>
  Array.from(layer.childNodes).some(
    (node) => node.nodeType === Node.TEXT_NODE && /\S/.test(node.textContent ?? ''),
  ) || Array.from(layer.children).filter((child) => visible(child) && hasContent(child)).length > 1;

// The question's own verb is its yes ("Create API user?": Create or Cancel; "Register"). Not
// "Save" nor "Update": a technical-contact popup's, with Cancel, is no question the bot answers.
const YES = /^(yes|ok|okay|confirm|submit|proceed|continue|create|register)\b/;
const NO = /^(no|cancel)\b/;

/**
 * The answers a box offers, as a person sees them: its visible controls by tag or role, links, and
 * whatever a script made clickable with a pointer cursor of its own (a `<span>` drawn as a button),
 * each with the names it reads.
 */
const answersIn = (box: Element): { control: Element; names: string[] }[] => {
  const tagged = `${selectorOf('button')},a,[onclick],[tabindex]`;
  // A box holding other controls (a dialog focusable by its tabindex) is no answer itself.
  const controls = deepAll(box, `${tagged},span,div`).filter(
    (el) => visible(el) && (el.matches(tagged) || pointer(el)) && !el.querySelector(tagged),
  );
  return controls
    .map((control) => ({
      control,
      // A name in two languages reads each ("हाँ / Yes", see `sayings`).
      names: accessibleNames(control)
        .flatMap(sayings)
        .filter((name) => name !== ''),
    }))
    .filter(({ names }) => names.length > 0);
};

/**
 * The control that says yes to the question the box asks (Yes and No, OK and Cancel, Confirm and
 * Cancel, Proceed), if it asks one: the box offers both an affirmative and a negative answer.
 */
export const affirmativeIn = (box: Element): Element | undefined => {
  const answers = answersIn(box);
  if (!answers.some(({ names }) => names.some((name) => NO.test(name)))) return undefined;
  return answers.find(({ names }) => names.some((name) => YES.test(name)))?.control;
};

/** What keeps a choice ticked in a box of choices: its OK, not its Cancel. */
const KEEPS = /^(ok|okay|done|select|apply|confirm|set|choose)\b/;

/**
 * The control that keeps the choice `option` ticks, where the list it was offered in is a box of
 * choices drawn over the page with an answer of its own (Ionic's alert: a radio per name, then
 * Cancel and OK): the box around the option that is drawn above the page and does not hold the
 * list's face (`field`), asking Cancel and OK (or Done, Select, Apply). None for a list that
 * closes on the click.
 */
export const keptBy = (option: Element, field: Element): Element | undefined => {
  if (!visible(option)) return undefined;
  for (let box = composedParent(option); box && box !== document.body; box = composedParent(box)) {
    if (composedContains(box, field)) return undefined;
    if (!lifted(box)) continue;
    const answers = answersIn(box).filter(({ control }) => !composedContains(control, option));
    if (!answers.some(({ names }) => names.some((name) => NO.test(name)))) continue;
    const keep = answers.find(({ names }) => names.some((name) => KEEPS.test(name)));
    if (keep) return keep.control;
  }
  return undefined;
};

/** Holds a field to fill, or asks a question (Yes and No, OK and Cancel): a step's, not the closer's. */
const heldForStep = (box: Element): boolean =>
  deepAll(box, FIELDS).some(visible) || affirmativeIn(box) !== undefined;

/**
 * The affirmative answer of the question showing over the page (the Yes/No a Submit raised), for
 * the step that raised it: the topmost popup that asks one, and only when no field is in it.
 */
export function questionYes(): Element[] {
  for (const { box, step } of drawnPopups()) {
    if (!step || deepAll(box, FIELDS).some(visible)) continue;
    const yes = affirmativeIn(box);
    if (yes) return [yes];
  }
  return poppedQuestionYes();
}

/**
 * A question drawn beside what raised it rather than over the page (a popconfirm: a small box by
 * the Submit button, "Are you sure…?" with No and Yes): the nearest box around a drawn "Yes"
 * that is lifted over the page (positioned absolute or fixed), narrower than the window (a cookie
 * bar spans it), holds no field, asks Yes and No, and is on top where its Yes is.
 */
function poppedQuestionYes(): Element[] {
  for (const { control, names } of answersIn(document.body)) {
    if (!names.some((name) => YES.test(name)) || !onTopAtCentre(control)) continue;
    let box = composedParent(control);
    for (let depth = 0; box && box !== document.body && depth < 6; depth++, box = composedParent(box)) {
      if (!lifted(box)) continue;
      const { width } = box.getBoundingClientRect();
      if (width >= innerWidth * 0.9 || deepAll(box, FIELDS).some(visible)) break;
      if (affirmativeIn(box) === control) return [control];
      break;
    }
  }
  return [];
}

/**
 * Words, or a control or picture that is drawn: a focus trap's button placed out of sight inside a
 * shade (RichFaces' modal panel keeps one in its mask) is no content of it.
 */
const hasContent = (el: Element): boolean =>
  normal(ownText(el)) !== '' || deepAll(el, 'input,button,select,img').some(visible);

const zOf = (el: Element) => {
  let z = 0;
  for (let node: Element | null = el; node; node = composedParent(node)) {
    const value = Number.parseInt(getComputedStyle(node).zIndex, 10);
    if (!Number.isNaN(value)) z = Math.max(z, value);
  }
  return z;
};

/** The grid's cells looked at first: its centre and the centres of its quarters. */
const PROBES = [
  [4, 4],
  [2, 2],
  [6, 2],
  [2, 6],
  [6, 6],
] as const;

/**
 * Whether a layer over a page shows at one of the probe points. A layer covers the whole
 * window, so it is under every point of it: where none shows at these, none shows at any point
 * of the grid, and the page without a popup (most looks, and Playwright asks before every
 * action) is spared the other 76 hit tests.
 */
const layerShows = (judged: Map<Element, boolean>): boolean =>
  PROBES.some(([i, j]) => {
    const layer = layerIn(
      deepElementsFromPoint(((i + 0.5) * innerWidth) / GRID, ((j + 0.5) * innerHeight) / GRID),
    );
    if (!layer) return false;
    if (!judged.has(layer)) judged.set(layer, overAPage(layer));
    return judged.get(layer) === true;
  });

/**
 * The popups showing, topmost first, found by hit-testing a grid of points of the window (not
 * by the style of every element): where most points land on a layer over the whole window with
 * the page beneath it, the popups are the boxes with content drawn on top of that layer, however
 * the document nests them. A box along an edge (a cookie bar above everything, a sidebar, a
 * header) is none. A dialog by its role that is on top at its own centre is one too, dimmed or
 * not. Popups under the topmost (one over another) show when it is closed.
 */
export function drawnPopups(): DrawnPopup[] {
  /** Whether each layer is drawn over a page (see `overAPage`). */
  const judged = new Map<Element, boolean>();
  const sample = (grid: number) => {
    const hits: { layer: Element; hit: Element }[] = [];
    for (let i = 0; i < grid; i++) {
      for (let j = 0; j < grid; j++) {
        const stack = deepElementsFromPoint(
          ((i + 0.5) * innerWidth) / grid,
          ((j + 0.5) * innerHeight) / grid,
        );
        const layer = layerIn(stack);
        const hit = stack[0];
        if (!layer || !hit) continue;
        if (!judged.has(layer)) judged.set(layer, overAPage(layer));
        if (judged.get(layer)) hits.push({ layer, hit });
      }
    }
    return hits;
  };
  const covering = layerShows(judged) ? sample(GRID) : [];
  /** Most of the window lies under a layer: the page is covered. */
  const covered = covering.length * 2 > GRID * GRID;
  const boxes = new Map<Element, Element>();
  /** What each layer holding content holds: the popup (looked at once a layer, not once a point). */
  const held = new Map<Element, Element | undefined>();
  const heldBy = (layer: Element): Element | undefined => {
    if (!held.has(layer)) {
      // What the layer holds is the popup: the layer itself when it draws it, else its one child.
      const child = hasContent(layer)
        ? (Array.from(layer.children).find((el) => visible(el) && hasContent(el)) ?? layer)
        : undefined;
      held.set(layer, child && drawsOwnContent(layer) ? layer : child);
    }
    return held.get(layer);
  };
  /** The box around each element hit, worked out once however many points land on it. */
  const around = new Map<Element, Element>();
  const boxesOf = (hits: typeof covering) => {
    for (const { layer, hit } of hits) {
      const box = heldBy(layer);
      if (box) boxes.set(box, layer);
      // A box drawn on the layer from elsewhere in the document (a panel beside its shade).
      else if (hit !== layer && !composedContains(hit, layer)) {
        if (!around.has(hit)) around.set(hit, boxAround(hit, layer));
        boxes.set(around.get(hit) as Element, layer);
      }
    }
  };
  if (covered) boxesOf(covering);
  // A small panel over its shade can fall between the points: look closer, only then.
  if (covered && boxes.size === 0) boxesOf(sample(FINE_GRID));
  const found: DrawnPopup[] = [];
  const lists = boxes.size > 0 ? openListPanels() : [];
  for (const [box, layer] of boxes) {
    if (atAnEdge(box) || inACorner(box) || !hasContent(box) || !visible(box) || seeThrough(box)) continue;
    // An open list's options over their click-catching layer (mat-select's overlay) are the list's.
    if (lists.some((list) => composedContains(box, list) || composedContains(list, box))) continue;
    // So is a box of nothing but options, whatever its markup says.
    if (offersOnly(box)) continue;
    found.push({ box, layer, step: heldForStep(box) });
  }
  for (const dialog of deepAll(document, '[role="dialog"],[role="alertdialog"],[aria-modal="true"]')) {
    if (found.some(({ box }) => composedContains(box, dialog) || composedContains(dialog, box))) continue;
    if (
      !visible(dialog) ||
      seeThrough(dialog) ||
      atAnEdge(dialog) ||
      !hasContent(dialog) ||
      offersOnly(dialog)
    )
      continue;
    const rect = dialog.getBoundingClientRect();
    const top = deepElementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    if (!top || !composedContains(dialog, top)) continue;
    found.push({ box: dialog, step: heldForStep(dialog) });
  }
  return found.sort((a, b) => zOf(b.box) - zOf(a.box));
}

/**
 * The options panels of the comboboxes open now (`aria-expanded="true"`, the panel named by their
 * `aria-controls` or `aria-owns`): drawn over the page as a popup is, often over a layer that
 * catches a click outside, but a list being chosen from, never a popup to close.
 */
const openListPanels = (): Element[] =>
  deepAll(document, LIST_OPENER)
    .filter((opener) => opener.getAttribute('aria-expanded') === 'true')
    .flatMap(panelsOf);

/** Every popup showing, topmost first (see `drawnPopups`). */
export function findPopups(): Element[] {
  return drawnPopups().map(({ box }) => box);
}

/** Something in the box can be clicked: a control, a link, an image, a handler, a pointer cursor. */
const offersAClick = (box: Element): boolean =>
  deepAll(box, '*').some(
    (el) => visible(el) && (el.matches(`${selectorOf('button')},a,input,img,[onclick]`) || pointer(el)),
  );

/**
 * The popups the popup closer may close: not those a step needs, nor a box with nothing to click
 * ("Please wait while we load" over the page is waited for or named, not closed). A popup that
 * reads one of the `known` texts (the map's technical-contact popup) and asks no question is
 * closed whatever fields it holds (a contact's name and mobile, to update): they are no step's.
 */
export function closablePopups(known: string[] = [], drawn = drawnPopups()): Element[] {
  return drawn
    .filter(({ box, step }) => (!step || namedAsking(box, known)) && offersAClick(box))
    .map(({ box }) => box);
}

/**
 * Whether the box reads one of the `known` popup texts (the map's technical-contact popup) and
 * asks no question: its fields are no step's, but a Yes/No in it is still never answered.
 */
const namedAsking = (box: Element, known: string[]): boolean => {
  if (affirmativeIn(box) !== undefined) return false;
  const text = normal(box.textContent ?? '').toLowerCase();
  return known.some((words) => text.includes(normal(words).toLowerCase()));
};

/** The popup `top` belongs to: its box, or the layer dimming the page behind it. */
export function popupOver(top: Element): Element | undefined {
  return drawnPopups().find(
    ({ box, layer }) => composedContains(box, top) || (layer !== undefined && composedContains(layer, top)),
  )?.box;
}

/**
 * The box around a control the operator clicked to close a popup: the popup holding it, else
 * its outermost ancestor that is drawn above the page without covering the window.
 */
export function popupAround(control: Element): Element {
  const shown = drawnPopups().find(({ box }) => composedContains(box, control));
  if (shown) return shown.box;
  let box = control;
  for (let up = composedParent(control); up && !isPage(up); up = composedParent(up)) {
    if (coversWindow(up)) break;
    box = up;
  }
  return box;
}

/** Clickable by its looks: a pointer cursor of its own, not one it inherits. */
const pointer = (el: Element): boolean =>
  getComputedStyle(el).cursor === 'pointer' &&
  (!el.parentElement || getComputedStyle(el.parentElement).cursor !== 'pointer');

/**
 * The popup's own control for closing it: the first of `texts` that a control, an image (by
 * its alt or title) or something with a pointer cursor reads, else a Bootstrap dismiss. None on
 * a popup a step needs: the closer never answers its question (never its Cancel). A popup
 * holding fields but asking nothing that `covering` what a step acts on is not that step's (a
 * technical-contact form with Update and Exit over the menu): it is closed like any other, and so
 * is one reading a `known` text (the map's technical-contact popup) that asks nothing, wherever
 * it shows.
 */
export const popupClose = (
  root: ParentNode,
  texts: string[],
  covering = false,
  known: string[] = [],
): Element[] => {
  const needed = ({ box, step }: DrawnPopup) =>
    step && box === root && !(covering && affirmativeIn(box) === undefined) && !namedAsking(box, known);
  if (root instanceof Element && drawnPopups().some(needed)) return [];
  const wanted = texts.map(normal);
  const controls = deepAll(root, `${selectorOf('popup-close')},img,[onclick],[title],span,i,div`).filter(
    (el) =>
      visible(el) &&
      (el.matches(selectorOf('popup-close')) ||
        el.matches('img,[onclick]') ||
        pointer(el) ||
        el.hasAttribute('title')),
  );
  const names = (el: Element) => [...accessibleNames(el), el.getAttribute('title') ?? ''].map(normal);
  for (const text of wanted) {
    const found = controls.filter((el) => names(el).includes(text));
    if (found.length > 0) return found.slice(0, 1);
  }
  // An Exit drawn as a <span> a script made clickable: its words, then their control (clickable.ts).
  for (const words of wordsReading(root, wanted)) {
    const control = clickableAround(words);
    if (control && visible(control) && accessibleNames(control).some((name) => wanted.includes(normal(name))))
      return [control];
  }
  return controls.filter((el) => el.matches('[data-dismiss],[data-bs-dismiss],.close')).slice(0, 1);
};

/**
 * What a popup (or whatever covers the page) is called, as a person would name it: its
 * labelling text, else its first heading or title, else its first line with a letter or digit
 * in it; cut at a word within 60 characters. Never the rest of its text, which carries values
 * (the technical-contact popup shows a phone number) that have no place in an error message.
 */
export const titleOf = (el: Element): string => {
  const heading = el.querySelector(`${selectorOf('heading')},[class*="title" i]`);
  const candidates = [
    textOf(el.getAttribute('aria-labelledby')),
    el.getAttribute('aria-label') ?? '',
    heading ? ownText(heading) : '',
    ...ownText(el).split('\n'),
  ];
  const title =
    candidates.map((text) => text.replace(/\s+/g, ' ').trim()).find((text) => /[\p{L}\p{N}]/u.test(text)) ??
    '';
  if (title.length <= 60) return title;
  const space = title.lastIndexOf(' ', 60);
  return `${title.slice(0, space > 20 ? space : 60).replace(/[\s,.;:–-]+$/, '')}…`;
};

/**
 * Whether what covers an element is a bare shade: no words drawn on it, and no control or picture
 * shown in it (a dimming layer left behind by its popup, the page greyed while it works), or a
 * popup faded out to nothing on its way out of the page.
 */
export const bareCover = (cover: Element): boolean =>
  seeThrough(cover) ||
  (!/[\p{L}\p{N}]/u.test(ownText(cover)) &&
    !deepAll(cover, 'input,select,textarea,button,img,svg,canvas,iframe').some(visible));

export const describeCover = (cover: Element): string => {
  const title = titleOf(cover);
  return title ? `"${title}"` : `a ${cover.tagName.toLowerCase()}`;
};
