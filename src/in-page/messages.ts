/**
 * The portal's verdicts as a person reads them on the page: the inline error texts a class names
 * (`.divError`, `.text-danger`...), and whatever is drawn as a verdict whatever its markup: words
 * in an error (red), warning (amber) or success (green) colour, or white on such a background (a
 * toast), or in a message dialog (a small box over the page with no field in it). Words in a
 * control (a red button, a link) or without a letter (a red "*") are none.
 */
import { candidatesOf } from './find.js';
import { TABLES } from './kinds.js';
import { affirmativeIn } from './popups.js';
import {
  composedClosest,
  composedContains,
  composedParent,
  deepAll,
  deepElementsFromPoint,
  drawnWordsOnly,
  FIELDS,
  ownText,
  visible,
} from './text.js';

/** How a drawn verdict reads: its colour's meaning, or a message dialog (whatever its colours). */
export type Tone = 'error' | 'warning' | 'success' | 'dialog';

export interface DrawnVerdict {
  text: string;
  tone: Tone;
  /** A toast or a message dialog: a box floating over the page. */
  floating: boolean;
}

const rgb = (colour: string): number[] | undefined => {
  const parts = colour.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3 || (parts[3] ?? 1) < 0.5) return undefined;
  return parts.slice(0, 3);
};

/**
 * What a colour means: saturated reds, ambers and greens; greys, blues and purples mean nothing.
 * `spread`: how far apart its channels must be (a pale tint's are close).
 */
const toneOf = (colour: string, spread = 60): Tone | undefined => {
  const [r = 0, g = 0, b = 0] = rgb(colour) ?? [];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d < spread) return undefined;
  let hue = max === r ? ((g - b) / d) * 60 : max === g ? ((b - r) / d) * 60 + 120 : ((r - g) / d) * 60 + 240;
  if (hue < 0) hue += 360;
  if (hue < 18 || hue >= 330) return 'error';
  if (hue < 50) return 'warning';
  if (hue >= 75 && hue < 165) return 'success';
  return undefined;
};

const light = (colour: string) => (rgb(colour) ?? [0, 0, 0]).every((part) => part >= 200);

/**
 * The tone of the box dark words sit in (a "low-contrast" notification, Carbon's, Bootstrap 5's
 * alerts): a pale tint of a tone's hue behind them, or a stripe of a tone's colour down its side
 * or along its top. The nearest box with a background of its own decides.
 */
const stripe = (width: string, colour: string): Tone | undefined =>
  Number.parseFloat(width) >= 2 ? toneOf(colour) : undefined;
const boxTone = (el: Element): Tone | undefined => {
  for (let node: Element | null = el, depth = 0; node && depth < 4; node = composedParent(node), depth++) {
    const style = getComputedStyle(node);
    const tone =
      stripe(style.borderLeftWidth, style.borderLeftColor) ??
      stripe(style.borderTopWidth, style.borderTopColor);
    if (tone) return tone;
    if (rgb(style.backgroundColor))
      return light(style.backgroundColor) ? toneOf(style.backgroundColor, 12) : undefined;
  }
  return undefined;
};
const CONTROL = 'button,a,select,option,textarea,input,label,[role="button"],[role="link"],[role="menuitem"]';
const BUTTON_INPUT = 'input[type="button"],input[type="submit"],input[type="reset"],input[type="image"]';
const FLOATING = '[role="dialog"],[role="alertdialog"],[role="alert"],[aria-modal="true"],[aria-live]';

/** A link that only closes the box it stands in (a window's title-bar "Close", its "OK"). */
const CLOSING_WORDS = /^(ok|okay|close|exit|cancel|×|x)$/i;

/**
 * What a box says as drawn, without the words of its buttons, nor of the links that only close
 * it, nor those kept for a screen reader (a toast's live region, filled a moment after it is
 * drawn with the same words: the toast says them once, and says nothing new when it is filled).
 */
const words = (el: Element): string => {
  let text = (drawnWordsOnly(el) ?? ownText(el)).replace(/\s+/g, ' ');
  const controls = deepAll(el, 'button,[role="button"],a').filter(
    (control) => control.tagName !== 'A' || CLOSING_WORDS.test(ownText(control).trim()),
  );
  for (const control of controls) {
    // As drawn, as the box's text is: a spinner in it may name itself to screen readers only.
    const said = (drawnWordsOnly(control) ?? ownText(control)).replace(/\s+/g, ' ').trim();
    const at = said ? text.lastIndexOf(said) : -1;
    if (said && at >= 0) text = text.slice(0, at) + text.slice(at + said.length);
  }
  return text.replace(/\s+/g, ' ').trim();
};

/**
 * A box put on the page's body and drawn over what is there (a popup panel placed by a script
 * with no z-index, stacked by coming last: GWT's DialogBox over its glass or over the page): at
 * its centre it is on top, and something of the page lies under it.
 */
const laidOver = (node: Element, rect: DOMRect): boolean => {
  if (rect.width === 0 || rect.height === 0) return false;
  const under = deepElementsFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  const first = under[0];
  if (!first || !composedContains(node, first)) return false;
  return under.some(
    (hit) => !composedContains(node, hit) && hit !== document.body && hit !== document.documentElement,
  );
};

/**
 * The box floating over the page that holds `el`: a dialog, an alert, a live region, or a box
 * smaller than the window that is fixed, or placed and lifted above the page (`position: absolute`
 * with a z-index of 1000 or more: a control suite's window over its modal overlay). A header, a
 * sidebar or a cookie bar spans the window one way or the other.
 */
const floatingBox = (el: Element): Element | undefined => {
  const marked = composedClosest(el, FLOATING);
  if (marked) return marked;
  const path: Element[] = [];
  for (let node: Element | null = el; node && node !== document.body; node = composedParent(node)) {
    path.push(node);
    const style = getComputedStyle(node);
    const lifted = style.position === 'absolute' && Number(style.zIndex) >= 1000;
    const placed = style.position === 'absolute' && node.parentElement === document.body;
    if (style.position !== 'fixed' && !lifted && !placed) continue;
    const rect = node.getBoundingClientRect();
    if (rect.width >= innerWidth * 0.9 || rect.height >= innerHeight * 0.8)
      return style.pointerEvents === 'none' ? drawnWithin(path) : undefined;
    // A box put on the body floats only when drawn over something, which is looked at once it
    // is small: a page's root panel laid on the body is no box over the page.
    if (style.position === 'fixed' || lifted || laidOver(node, rect)) return node;
  }
  return undefined;
};

/**
 * The box drawn inside a layer that spans the window and lets clicks through (a toast library's
 * strip across the top, Ant Design's `.ant-message`): the outermost element under the layer, on
 * the way to the words, that draws a box of its own (a background, a shadow, a border). The layer
 * itself is no box; the words in it with none drawn around them float in no box either.
 */
const drawnWithin = (path: Element[]): Element | undefined => {
  for (const node of path.slice(0, -1).reverse()) {
    const style = getComputedStyle(node);
    const draws =
      rgb(style.backgroundColor) !== undefined ||
      style.boxShadow !== 'none' ||
      Number.parseFloat(style.borderTopWidth) > 0;
    if (!draws) continue;
    const rect = node.getBoundingClientRect();
    if (rect.width > 0 && rect.width < innerWidth * 0.9 && rect.height < innerHeight * 0.8) return node;
  }
  return undefined;
};

/**
 * The boxes seen asking a question, with the words they asked it in: one registry for the
 * document (the verdict watcher and the portal library are separate scripts in its world).
 */
const asked = (): WeakMap<Element, string> => {
  const holder = globalThis as unknown as { __einvAsked?: WeakMap<Element, string> };
  holder.__einvAsked ??= new WeakMap();
  return holder.__einvAsked;
};

/** The box asks Yes or No, or asked it and says the same words still (its answer pending). */
const stillAsking = (box: Element): boolean => {
  if (affirmativeIn(box)) {
    asked().set(box, words(box));
    return true;
  }
  const question = asked().get(box);
  return question !== undefined && question === words(box);
};

/**
 * In a cell of a table of data, one whose columns have headers: a status drawn green or red in
 * a row ("Active", "Inactive" in the table of registered GSPs) is data, not the portal's answer.
 */
const inDataCell = (el: Element): boolean => {
  const cell = composedClosest(el, 'td,[role="gridcell"],[role="cell"]');
  const table = cell ? composedClosest(cell, TABLES) : null;
  // Its own headers: a layout table holding the data table (an older site's) is no table of data.
  return (table ? deepAll(table, 'th,[role="columnheader"]') : []).some(
    (header) => composedClosest(header, TABLES) === table,
  );
};

/** The verdict `el`'s own words make, if they make one, and the element that holds it. */
const verdictOf = (el: Element): { unit: Element; tone: Tone; floating: boolean } | undefined => {
  if (composedClosest(el, CONTROL) || inDataCell(el) || !visible(el)) return undefined;
  // Its colours are those of where its words are drawn: a web component's slot for them (UI5's
  // message strip draws the page's words in a tinted box of its own shadow root).
  const at = slotOfWords(el) ?? el;
  const style = getComputedStyle(at);
  let tone = toneOf(style.color);
  if (!tone && light(style.color)) {
    for (let node: Element | null = at, depth = 0; node && depth < 4; node = composedParent(node), depth++) {
      const background = getComputedStyle(node).backgroundColor;
      if (rgb(background)) {
        tone = toneOf(background);
        break;
      }
    }
  } else if (!tone) tone = boxTone(at);
  const box = floatingBox(el);
  // A box over the page with no field and no table of data in it, saying no more than a message
  // does. Its OK may be an <input type=button> (a site that draws every button so): a button, not
  // a field. A table without headers lays the box out (a WebForms window's frame), holding no data.
  const dialog =
    box &&
    !deepAll(box, `${FIELDS},th,thead`).some(visible) &&
    words(box).length <= 400 &&
    // Counted as drawn: a message box kept in the page for every use holds its unused Yes, No and
    // Cancel hidden beside the OK it shows.
    deepAll(box, `button,[role="button"],a,${BUTTON_INPUT}`).filter(visible).length <= 4;
  // A box asking Yes or No (the page's question before it sends) says nothing of the portal's,
  // nor does it once answered while it still says the same (its Confirm now "Please wait…").
  if (box && stillAsking(box)) return undefined;
  if (box && dialog) return { unit: box, tone: tone ?? 'dialog', floating: true };
  return tone ? { unit: el, tone, floating: false } : undefined;
};

/** The slot a web component draws the element's own words in, when it draws them through one. */
const slotOfWords = (el: Element): HTMLSlotElement | undefined => {
  if (!el.shadowRoot) return undefined;
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE && /[\p{L}\p{N}]{2}/u.test(node.textContent ?? ''))
      return (node as Text).assignedSlot ?? undefined;
  }
  return undefined;
};

const ownWords = (el: Element) =>
  !/^(SCRIPT|STYLE|NOSCRIPT|TITLE)$/.test(el.tagName) &&
  Array.from(el.childNodes).some(
    (node) => node.nodeType === Node.TEXT_NODE && /[\p{L}\p{N}]{2}/u.test(node.textContent ?? ''),
  );

/**
 * Words that say the page is at work ("Please wait...", "Loading", "Processing your request"):
 * a person waits on, and reads what comes after. An indicator drawn over the page while a call
 * runs (an AJAX status box) is no verdict, unless it says how the work ended.
 */
const BUSY =
  /^(please\s+wait|loading|processing|submitting|saving|sending|verifying|working|in\s+progress)\b/i;
const ENDED = /fail|error|invalid|incorrect|wrong|expire|denied|refused|success|created|registered|sent\b/i;
const saysBusy = (text: string): boolean => text.length <= 80 && BUSY.test(text) && !ENDED.test(text);

/** Every verdict drawn in `root` (itself included), one per element that holds it. */
export const drawnVerdicts = (root: Element): DrawnVerdict[] => [...verdictsByUnit(root).values()];

/** The verdicts drawn in `root`, each under the element that holds it (the verdict watcher's record). */
export const verdictsByUnit = (root: Element): Map<Element, DrawnVerdict> => {
  const found = new Map<Element, DrawnVerdict>();
  for (const el of [root, ...deepAll(root, '*')]) {
    if (!ownWords(el)) continue;
    const verdict = verdictOf(el);
    if (!verdict || found.has(verdict.unit)) continue;
    const text = words(verdict.unit);
    if (text && !saysBusy(text))
      found.set(verdict.unit, { text, tone: verdict.tone, floating: verdict.floating });
  }
  return found;
};

/**
 * The verdict texts showing: those a class or role names, then those drawn as verdicts. Words
 * that say the page is at work are none, whatever names them (Oracle APEX's spinner is a
 * `role="alert"` saying "Processing" to a screen reader).
 */
export const inlineErrors = (): string[] =>
  [
    ...candidatesOf(document, { kind: 'error-message', texts: [], ids: [], names: [] }).map((el) =>
      (drawnWordsOnly(el) ?? ownText(el)).replace(/\s+/g, ' ').trim(),
    ),
    ...(document.body ? drawnVerdicts(document.body).map((shown) => shown.text) : []),
  ].filter((text, index, all) => text !== '' && !saysBusy(text) && all.indexOf(text) === index);
