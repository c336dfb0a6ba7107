/** Finding an element the way a person reads the screen: every strategy in order, in one go. */
import {
  clickableAround,
  isClickable,
  lineOfWords,
  onTopAtCentre,
  readsOneOf,
  wordsReading,
} from './clickable.js';
import { BUTTON, formOf, kindOf, type NameStrategy, selectorOf, TEXT_FIELD } from './kinds.js';
import { accessibleNames, besideNames, everyName, strategiesOf } from './labels.js';
import { drawnOptions, hiddenDrawnLists, LIST_OPENER, panelsOf, undrawn } from './lists.js';
import { digitBoxesReading, digitBoxGroups } from './otp.js';
import { findPopups } from './popups.js';
import {
  compact,
  composedClosest,
  composedContains,
  composedParent,
  deepAll,
  FIELDS,
  forScreenReadersOnly,
  innermost,
  isChoice,
  normal,
  ownText,
  sayings,
  visible,
} from './text.js';
import type { ElementQuery } from './types.js';

/**
 * The words heading a table's columns: header cells in a row of their own, or in its head. Not
 * a row's header beside its value (a card's table of "GSP Name | DEFMACRO…", one pair a row).
 */
export const tableHeaders = (el: Element): string[] =>
  deepAll(el, 'th,[role="columnheader"],thead td')
    .filter(
      (cell) =>
        cell.matches('thead *,[role="columnheader"]') || !composedClosest(cell, 'tr')?.querySelector('td'),
    )
    .map((th) => normal(ownText(th)));

/**
 * What heads the columns of a table drawn without header markup (an older site's `<tr
 * class="colHead"><td>GSP Name</td>…`): the cells of a row among its first two that has three
 * columns or more, each of short words, neither a field nor a table of its own (a card's rows of
 * a name and a number, "Registered GSPs | 0", head nothing). Read only where no table of the page
 * is headed by header cells as asked: a layout table's first rows are words too.
 */
const plainHeaders = (el: Element): string[] => {
  if (!(el instanceof HTMLTableElement) || tableHeaders(el).length > 0) return [];
  const short = (cell: Element) =>
    !cell.querySelector('table,input,select,textarea') && ownText(cell).trim().length <= 60;
  return Array.from(el.rows)
    .slice(0, 2)
    .filter((row) => row.cells.length >= 3 && Array.from(row.cells).every(short))
    .flatMap((row) => Array.from(row.cells, (cell) => normal(ownText(cell))));
};

/**
 * The smallest box around the visible password field that also holds a text field and a button,
 * or anything else drawn to be clicked (a form whose Login is a link or a `<span>`). A login drawn
 * in a popup is the whole popup: its Login may sit in the popup's actions, outside the `<form>`
 * that holds the fields and their links (a Fomantic or Bootstrap modal whose buttons are `<div>`s).
 */
export const loginFormBox = (): Element | undefined => {
  const password = deepAll(document, 'input[type="password"]').find(visible);
  if (!password) return undefined;
  const box = boxAroundFields(password);
  // A drawer docked at an edge of the window is no popup the closer may close (a fixed sidebar is
  // not either), but a dialog by its role still holds the whole form (Chakra's login drawer, its
  // Login in the drawer's footer, outside the <form>).
  const popup =
    findPopups().find((each) => composedContains(each, password)) ??
    composedClosest(password, '[role="dialog"],[aria-modal="true"]') ??
    undefined;
  const passwords = popup ? deepAll(popup, 'input[type="password"]').filter(visible) : [];
  return popup && passwords.length === 1 && (!box || composedContains(popup, box)) ? popup : box;
};

/** A box a web component draws: a slot, or an element of a shadow root. */
const drawnByComponent = (el: Element): boolean =>
  el instanceof HTMLSlotElement || el.getRootNode() instanceof ShadowRoot;

const boxAroundFields = (password: Element): Element | undefined => {
  let box: Element | null = composedParent(password);
  // Eight boxes of the page out at most; the boxes a web component draws inside its shadow root
  // (Material Web's field in a field, through a slot) are not counted.
  for (let depth = 0; box && depth < 8; depth += drawnByComponent(box) ? 0 : 1, box = composedParent(box)) {
    const hasText = deepAll(box, TEXT_FIELD).some(visible);
    if (!hasText) continue;
    // A button that says something: an icon's button in a field (show the password, a new
    // captcha) is the field's, and the form's Login may be further out (a dialog's actions).
    const hasButton = deepAll(box, BUTTON).some((el) => visible(el) && saysWords(el));
    if (hasButton) break;
    // Only once the box holds the fields, so the pointer cursors looked up are the form's few.
    if (deepAll(box, '*').some((el) => isClickable(el) && visible(el))) {
      // A link inside the fields ("Refresh captcha") with the form's button after the box (a
      // fieldset, then Login; a panel's toolbar under its body, a few levels out): the nearest box
      // further out that holds it, the password still its only one, short of the page's header.
      let around = composedParent(box);
      for (
        let out = 0;
        around && around !== document.body && out < 6;
        out++, around = composedParent(around)
      ) {
        const passwords = deepAll(around, 'input[type="password"]').filter(visible);
        if (passwords.length !== 1 || around.querySelector('header,nav,[role="banner"],[role="navigation"]'))
          break;
        const found = box;
        const buttons = deepAll(around, BUTTON).filter((el) => visible(el) && !composedContains(found, el));
        if (out === 0 ? buttons.length > 0 : buttons.some(saysWords)) {
          box = around;
          break;
        }
      }
      break;
    }
  }
  return box ?? undefined;
};

const saysWords = (el: Element): boolean =>
  /[\p{L}\p{N}]/u.test(ownText(el) || (el as HTMLInputElement).value || el.getAttribute('alt') || '') &&
  !wordsForScreenReadersOnly(el);

/**
 * Every word in the element is kept for a screen reader, not drawn: a label clipped to a pixel
 * beside an icon (`.sr-only`, `.visually-hidden`, Oracle JET's `oj-helper-hidden-accessible`, SLDS's
 * `slds-assistive-text`). An icon's button so labelled draws no words: a person sees the icon.
 */
const wordsForScreenReadersOnly = (el: Element): boolean => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let any = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/[\p{L}\p{N}]/u.test(node.nodeValue ?? '')) continue;
    const holder = node.parentElement;
    if (!holder) continue;
    any = true;
    if (!forScreenReadersOnly(holder)) return false;
  }
  return any;
};

/** Drawn where the window shows it, not slid away to its left or right (a closed side drawer). */
const onScreen = (el: Element): boolean => {
  const rect = el.getBoundingClientRect();
  return rect.right > 0 && rect.left < window.innerWidth;
};

/**
 * Kinds a person clicks: besides the tags their selector names, anything drawn to be clicked (a
 * menu entry of a script-drawn side drawer is a `<div>` with a click handler and a pointer).
 */
const CLICKED_KINDS = new Set(['button', 'link', 'popup-close', 'menu-group', 'menu-item']);

/**
 * The controls reading `texts` that no tag announces (a plain link where a button was expected,
 * a `<span>` with a pointer cursor of its own, a `menuitem`): the words first, then their
 * clickable ancestor (see clickable.ts), which must read the words itself. Two of them for the
 * same words: the one a click at its centre reaches is the one a person clicks.
 */
export const clickablesReading = (root: ParentNode, query: ElementQuery, texts: string[]): Element[] => {
  const controls = new Set<Element>();
  const bare: Element[] = [];
  const reads = readsOneOf(texts);
  for (const words of wordsReading(root, texts)) {
    const around = clickableAround(words);
    const control = around && MENU_KINDS.has(query.kind) ? lineOfWords(words, around) : around;
    if (control && visible(control) && onScreen(control)) controls.add(control);
    else if (!control && FACES_ALONE.has(query.kind) && bareFace(words, reads)) bare.push(words);
  }
  const inRegion = query.region ? [...controls].filter(regionFilter(query.region)) : [...controls];
  const found = byStrategies(inRegion, query, texts);
  const onTop = found.filter(onTopAtCentre);
  if (found.length > 0) return found.length > 1 && onTop.length > 0 ? onTop : found;
  // Nothing that says it can be clicked reads the words: the words alone, as a person clicks
  // them (a toolbar's button whose handler is on the bar, w2ui's, its cursor the arrow).
  const alone = (query.region ? bare.filter(regionFilter(query.region)) : bare).filter(onTopAtCentre);
  return alone.length === 1 ? alone : [];
};

/** A menu's entries: a group's box may hold its children's lines under its own (see `lineOfWords`). */
const MENU_KINDS = new Set(['menu-group', 'menu-item']);

/** Kinds whose words alone may be their control's face (a toolbar's button, a tree's node): not a list's, nor a popup's close. */
const FACES_ALONE = new Set(['button', 'link', 'menu-group', 'menu-item']);

/** Where words are a title or name something else, not a control's face. */
const NOT_A_FACE =
  'h1,h2,h3,h4,h5,h6,legend,label,caption,th,title,option,[role="heading"],[role="columnheader"]';

/**
 * Words drawn alone as a control's face would be: the element's whole text `reads` the words
 * wanted, in a box no bigger than a button's, and they are no title nor a label (see `NOT_A_FACE`).
 */
const bareFace = (words: Element, reads: (words: string) => boolean): boolean => {
  if (!visible(words) || !onScreen(words) || composedClosest(words, NOT_A_FACE)) return false;
  if (composedClosest(words, FIELDS)) return false;
  if (!reads(ownText(words))) return false;
  const box = words.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && box.width <= 320 && box.height <= 64;
};

export const regionFilter = (region: ElementQuery['region']): ((el: Element) => boolean) => {
  if (region === 'login-form' || region === 'outside-login-form') {
    const box = loginFormBox();
    const inBox = (el: Element) => !!box && composedContains(box, el);
    return region === 'login-form' ? inBox : (el) => !inBox(el);
  }
  if (region === 'popup' || region === 'outside-popup') {
    const popups = findPopups();
    const inside = (el: Element) => popups.some((popup) => composedContains(popup, el));
    return region === 'popup' ? inside : (el) => !inside(el);
  }
  return () => true;
};

/**
 * The options panel an open combobox or list button shows (`aria-controls` / `aria-owns` point at it, as Angular
 * Material's mat-select and every ARIA 1.2 combobox do): part of that list, not a list of its own,
 * though it is labelled by the same words.
 */
const popupOfCombobox = (el: Element): boolean =>
  el.getAttribute('role') === 'listbox' &&
  deepAll(document, LIST_OPENER).some((box) => panelsOf(box).includes(el));

export const candidatesOf = (root: ParentNode, query: ElementQuery): Element[] => {
  const selector = selectorOf(query.kind);
  const drawn = deepAll(root, selector).filter(visible);
  // A choice may be a radio or an option of a list, and a list may be drawn by another box (see lists.ts).
  const found =
    query.kind === 'radio'
      ? [...drawn, ...drawnOptions(root)]
      : query.kind === 'select'
        ? [...drawn.filter((el) => !popupOfCombobox(el)), ...hiddenDrawnLists(root)]
        : drawn;
  if (!query.region) return found;
  const inRegion = regionFilter(query.region);
  return found.filter(inRegion);
};

/**
 * Whether the element reads one of `never` itself (its own name, or the text beside it): a
 * choice with consequences is refused however it is drawn (a radio, an `<option>`).
 */
export const matchesNever = (el: Element, texts: readonly string[] | undefined): boolean => {
  if (!texts?.length) return false;
  const never = texts.map(normal);
  const seen = [...accessibleNames(el), ...besideNames(el)].map(normal);
  return seen.some((name) => never.includes(name));
};

export const byId = (el: Element, query: ElementQuery): boolean => {
  const id = el.id.toLowerCase();
  const name = (el.getAttribute('name') ?? '').toLowerCase();
  return (
    (id !== '' && query.ids.some((known) => known.toLowerCase() === id)) ||
    (name !== '' && query.names.some((known) => known.toLowerCase() === name))
  );
};

/**
 * A native `<select>` that a styled box draws (select2 and its kin: the list shrunk to 1 px or
 * made transparent beside or under a box that shows the choice): the nearest one around the
 * box, alone in the smallest surrounding element that holds one. The native list is what is
 * chosen through (its change event redraws the box) and read back.
 */
export const drawnList = (box: Element): HTMLSelectElement | undefined => {
  if (box instanceof HTMLSelectElement) return box;
  let around = composedParent(box);
  for (let depth = 0; around && depth < 3; depth++, around = composedParent(around)) {
    const lists = deepAll(around, 'select');
    if (lists.length === 0) continue;
    const [list] = lists;
    if (lists.length > 1 || !list) return undefined;
    return undrawn(list) && visible(list) ? list : undefined;
  }
  return undefined;
};

/**
 * All strategies in order; the first that finds anything decides. Returns [] when none does.
 * Each element found is the one its form is acted on through (see `KindForm.through`).
 */
export const find = (root: ParentNode, query: ElementQuery): Element[] => {
  const found = findDrawn(root, query);
  if (!kindOf(query.kind)?.forms.some((form) => form.through)) return found;
  // A styled box and the native list it draws are one list: the native one.
  return [...new Set(found.map((el) => actedOn(query.kind, el)))];
};

/** The element a form is acted on and read back through: the native list a styled box draws. */
export const actedOn = (kind: string, el: Element): Element =>
  formOf(kind, el)?.through === 'drawn-list' ? (drawnList(el) ?? el) : el;

export const findDrawn = (root: ParentNode, query: ElementQuery): Element[] => {
  const candidates = candidatesOf(root, query);
  const texts = query.texts.map(normal).filter((text) => text !== '');
  const kind = kindOf(query.kind);
  if (kind?.match === 'by-headers') {
    const wanted = (query.headerHas ?? []).map(normal);
    const headedBy = (headers: (table: Element) => string[]) =>
      candidates.filter((table) =>
        wanted.every((word) => headers(table).some((header) => header.includes(word))),
      );
    const marked = headedBy(tableHeaders);
    const tables = marked.length > 0 ? marked : headedBy(plainHeaders);
    // Layout tables hold the data table: the innermost one is the table a person reads.
    const inner = innermost(tables);
    return inner.length > 0 ? inner : candidates.filter((el) => byId(el, query));
  }
  if (kind?.match === 'popup') {
    return findPopups().filter((popup) => texts.some((text) => normal(ownText(popup)).includes(text)));
  }
  if (kind?.match === 'with-text') return candidates.filter((el) => normal(ownText(el)) !== '');
  const found = byStrategies(candidates, query, texts);
  // Boxes one per digit all read by the OTP's label (beside or above them) are one OTP entry.
  // (a label for the first box names the whole group too).
  if (query.kind === 'otp-field' && found.length > 0) {
    const group = digitBoxGroups(candidates).find((boxes) => found.every((el) => boxes.includes(el)));
    if (group) return group;
  }
  if (found.length > 0) return found;
  const wordsForm = kind?.forms.find((form) => form.byWords);
  if ((CLICKED_KINDS.has(query.kind) || wordsForm) && texts.length > 0) {
    const drawn = clickablesReading(root, query, texts).filter(
      (el) => !wordsForm || el.matches(wordsForm.matches),
    );
    if (drawn.length > 0) return drawn;
  }
  // An OTP in one box per digit, which no label names: the boxes under a line that says "OTP".
  if (query.kind === 'otp-field') {
    const boxes = digitBoxesReading(candidates, query.texts);
    if (boxes.length > 0) return boxes;
  }
  // A title may be any text standing alone (a table cell styled as the page header).
  if (kind?.alsoAs) {
    const loose = byStrategies(candidatesOf(root, { ...query, kind: kind.alsoAs }), query, texts);
    if (loose.length > 0) return loose;
  }
  if (kind?.bySrc && query.srcContains?.length) {
    const parts = query.srcContains;
    // A picture named so by its own address or id before one named by the box around it (the
    // icon of a "Refresh captcha" link whose id says captcha, beside the captcha itself).
    const own = candidates.filter((el) => saysInCode(el, parts, 0));
    if (own.length > 0) return own;
    const found = candidates.filter((el) => saysInCode(el, parts));
    if (found.length > 0) return found;
    const beside = pictureBesideField(root, candidates, parts);
    if (beside.length > 0) return beside;
  }
  if (query.byTextOnly) return query.buttonOf ? ownButtonOf(root, query.buttonOf) : [];
  const byIds = candidates.filter((el) => byId(el, query) && !matchesNever(el, query.never));
  if (byIds.length > 0) return byIds;
  if (query.buttonOf) return ownButtonOf(root, query.buttonOf);
  if (!query.besideImageSrc?.length) return byIds;
  return besideImage(root, candidates, query.besideImageSrc);
};

/**
 * Whether a picture's code names it by one of `parts` (the captcha): its address, or the id or
 * class of the picture or of the box just around it (a control suite's captcha serves its picture
 * from a resource handler, `WebResource.axd?type=rca`, as `<img id="…_CaptchaImage">` in a
 * `div.RadCaptcha`). `boxes`: how many boxes around it are read, two unless said.
 */
const saysInCode = (el: Element, parts: string[], boxes = 2): boolean => {
  const wanted = parts.map((part) => part.toLowerCase());
  const code = [el, el.parentElement, el.parentElement?.parentElement]
    .slice(0, boxes + 1)
    .flatMap((each) => (each ? [each.id, each.getAttribute('class') ?? ''] : []))
    .concat(el.getAttribute('src') ?? '')
    .join(' ')
    .toLowerCase();
  return wanted.some((part) => code.includes(part));
};

/**
 * The field drawn by an image whose code names it by one of `parts` (see `saysInCode`): on the
 * image's line (either side, as in a Bootstrap input group) or under it, the nearest by the gap
 * between their boxes.
 * Never one above the image: the fields above a captcha are the username and password.
 */
const besideImage = (root: ParentNode, candidates: Element[], parts: string[]): Element[] => {
  const images = deepAll(root, 'img,input[type="image"]').filter(
    (img) => visible(img) && saysInCode(img, parts),
  );
  if (images.length !== 1 || !images[0]) return [];
  return nearestBeside(images[0].getBoundingClientRect(), candidates, { above: false });
};

/**
 * Of `candidates`, the one drawn nearest `anchor` on its line or under it (over it too, with
 * `above`), by the gap between their boxes, within three times the taller's height. Two as near
 * as each other are no answer a person would be sure of.
 */
const nearestBeside = (anchor: DOMRect, candidates: Element[], { above }: { above: boolean }): Element[] => {
  const gaps = candidates.flatMap((el) => {
    const box = el.getBoundingClientRect();
    const sameLine = box.top < anchor.bottom && box.bottom > anchor.top;
    if (!sameLine && !above && box.top < anchor.bottom - 2) return [];
    const dx = Math.max(0, box.left - anchor.right, anchor.left - box.right);
    const dy = sameLine
      ? 0
      : above
        ? Math.max(box.top - anchor.bottom, anchor.top - box.bottom)
        : box.top - anchor.bottom;
    const gap = Math.hypot(dx, dy);
    return gap <= 3 * Math.max(anchor.height, box.height) ? [{ el, gap }] : [];
  });
  gaps.sort((a, b) => a.gap - b.gap);
  const [nearest, next] = gaps;
  return nearest && (!next || next.gap - nearest.gap > 4) ? [nearest.el] : [];
};

/** What no button that gives the field's answer reads: another errand of the same form. */
const NOT_THE_ANSWER =
  /^(re-?send|send|get|generate|re-?generate|back|cancel|clear|reset|refresh|close|exit|log ?out|sign ?out|home|change)\b/;

/**
 * The one button of the form the field `fieldQuery` finds ends, as a person presses the button
 * under the OTP box, or at the end of the form, whatever it reads ("Validate OTP", "Create API
 * User"): the nearest box around the field (its digit boxes with it) that holds, after it, a
 * button giving an answer (not "Resend", "Back", "Cancel") and no other field to fill after it
 * (another form's). Two such buttons there are no answer a person would be sure of.
 */
const ownButtonOf = (root: ParentNode, fieldQuery: ElementQuery): Element[] => {
  const fields = find(root, fieldQuery);
  const [first] = fields;
  if (!first) return [];
  const after = (el: Element) => (first.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  let box = composedParent(first);
  for (let depth = 0; box && box !== document.body && depth < 8; depth++, box = composedParent(box)) {
    const others = deepAll(box, FIELDS).filter(
      (el) => visible(el) && !fields.includes(el) && !isChoice(el) && after(el),
    );
    if (others.length > 0) return [];
    const buttons = deepAll(box, BUTTON).filter((el) => {
      if (!visible(el) || !after(el)) return false;
      const words = normal(
        ownText(el) || (el as HTMLInputElement).value || el.getAttribute('aria-label') || '',
      );
      return words !== '' && !NOT_THE_ANSWER.test(words);
    });
    if (buttons.length === 1) return buttons;
    if (buttons.length > 1) return [];
  }
  return [];
};

/**
 * The picture drawn beside the one field named by one of `parts`, as a person finds the captcha:
 * the box labelled "Captcha" and the picture by it, whatever its address says (a Java portal's
 * Kaptcha serves it from /kaptcha.svg). On the field's line, or just over or under it; the
 * nearest, and a picture, not an icon.
 */
const pictureBesideField = (root: ParentNode, candidates: Element[], parts: string[]): Element[] => {
  const wanted = parts.map(normal);
  const fields = deepAll(root, TEXT_FIELD).filter(
    (field) =>
      visible(field) &&
      readings(field, 'text-field').some(({ text }) => wanted.some((part) => normal(text).includes(part))),
  );
  if (fields.length !== 1 || !fields[0]) return [];
  const pictures = candidates.filter((el) => {
    const box = el.getBoundingClientRect();
    return box.width >= 40 && box.height >= 16;
  });
  return nearestBeside(fields[0].getBoundingClientRect(), pictures, { above: true });
};

/**
 * A name that tells the reader what to do with the field rather than naming it ("Enter Password",
 * "Please enter your User Name", a placeholder's usual words), read as what it asks for.
 */
const INSTRUCTION = /^(please\s+)?(enter|type|input|key in|provide)\s+(your\s+|the\s+)?/;
const asked = (name: string): string => normal(name).replace(INSTRUCTION, '');

export const byStrategies = (candidates: Element[], query: ElementQuery, texts: string[]): Element[] => {
  for (const strategy of strategiesOf(query.kind)) {
    for (const text of texts) {
      // Compared without their spacing ("Log in" is "Login"): equal words are equal so too.
      const flat = compact(text);
      // A name in two languages reads each ("उपयोगकर्ता नाम / Username", see `sayings`).
      const names = (el: Element) => strategy.read(el).flatMap(sayings);
      let found = candidates.filter((el) => names(el).some((name) => compact(name) === flat));
      // Only where no name reads the text itself: "Enter Password" beside a "Password" is not it.
      if (found.length === 0 && !INSTRUCTION.test(text))
        found = candidates.filter((el) => names(el).some((name) => compact(asked(name)) === flat));
      found = found.filter((el) => !matchesNever(el, query.never));
      // The same text read on a control and on its wrapper is one element: the innermost.
      found = innermost(found);
      if (found.length > 1 && query.ids.length + query.names.length > 0) {
        const narrowed = found.filter((el) => byId(el, query));
        if (narrowed.length > 0) found = narrowed;
      }
      // A box that cannot be typed into (a read-only "API_" drawn as a box before the username)
      // is no match beside one that can, reading the same words.
      if (found.length > 1) {
        const typable = found.filter((el) => !(el as HTMLInputElement).readOnly);
        if (typable.length > 0) found = typable;
      }
      if (found.length > 0) return found;
    }
  }
  return query.wordsWithin ? byWordsWithin(candidates, query, texts) : [];
};

/**
 * The candidates one of whose names holds a text as whole words among others ("Registered
 * Mobile Number (SMS) XXXXXX4821" holds "SMS"), the texts in their order of preference.
 */
const byWordsWithin = (candidates: Element[], query: ElementQuery, texts: string[]): Element[] => {
  for (const text of texts) {
    const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const within = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u');
    for (const strategy of strategiesOf(query.kind)) {
      const found = innermost(
        candidates.filter(
          (el) =>
            strategy.read(el).some((name) => within.test(normal(name))) && !matchesNever(el, query.never),
        ),
      );
      if (found.length > 0) return found;
    }
  }
  return [];
};

/** A short description of a candidate for messages: its tag, its text, and where it sits. */
export const describe = (el: Element): string => {
  const names = everyName(el)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter((name) => name !== '');
  const tag = el.tagName.toLowerCase();
  const type = el.getAttribute('type');
  return `${tag}${type ? `[type=${type}]` : ''} "${(names[0] ?? '').slice(0, 60)}"`;
};

export const similarity = (a: string, b: string): number => {
  if (!a || !b) return 0;
  if (a === b) return 1;
  if (a.includes(b) || b.includes(a)) return 0.8;
  const grams = (text: string) =>
    new Set(Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2)));
  const left = grams(a);
  const right = grams(b);
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return (2 * shared) / (left.size + right.size || 1);
};

/** Visible controls of the wanted kind, most like the wanted texts first. */
export const closest = (root: ParentNode, query: ElementQuery): Element[] => {
  const texts = query.texts.map(normal);
  // What the entry must never be is no candidate: outlined, it would invite the wrong click.
  const pool = candidatesOf(root, { ...query, region: undefined }).filter(
    (el) => !matchesNever(el, query.never),
  );
  const scored = pool.map((el) => {
    const names = everyName(el);
    const score = Math.max(
      0,
      ...names.flatMap((name) => texts.map((text) => similarity(normal(name), text))),
    );
    return { el, score };
  });
  return scored
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map((entry) => entry.el);
};

/**
 * The control a click on `el` was meant for, as a person means it: the element itself when it
 * is one, the button or link around an icon or a text, the field of the `<label>` clicked, or
 * the radio (select, field) beside a bare text: the nearest one before it in reading order
 * within the smallest box holding any ("( ) Directly ( ) Through GSP": the text "Through GSP"
 * belongs to the radio right before it). Undefined when nothing of that kind is near.
 */
export const controlFor = (el: Element, kind: string): Element | undefined => {
  const selector = selectorOf(kind);
  const fromClick = kindOf(kind)?.fromClick ?? 'around';
  if (fromClick === 'self') return composedClosest(el, selector) ?? el;
  const own = composedClosest(el, selector) ?? (CLICKED_KINDS.has(kind) ? clickableAround(el) : undefined);
  if (own) return own;
  const label = composedClosest(el, 'label') as HTMLLabelElement | null;
  if (label?.control?.matches(selector)) return label.control;
  if (fromClick !== 'around') {
    let box = composedParent(el);
    for (let depth = 0; box && depth < 4; depth++, box = composedParent(box)) {
      const near = deepAll(box, selector).filter(visible);
      if (near.length === 0) continue;
      const before = near.filter(
        (control) => el.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_PRECEDING,
      );
      return fromClick === 'before' ? (before.at(-1) ?? near[0]) : near.length === 1 ? near[0] : undefined;
    }
  }
  // No control of the kind's tags near: a form found by its words (a choice drawn as a chip, a
  // list drawn as a box) is whatever is drawn to be clicked around the click, as the finder finds it.
  const wordsForm = kindOf(kind)?.forms.find((form) => form.byWords);
  const drawn = wordsForm ? clickableAround(el) : undefined;
  return drawn?.matches(wordsForm?.matches ?? '*') ? drawn : undefined;
};

/**
 * What the strategies read on a control, in their order, each with the way it was read: what a
 * new map entry could say to find it again. A text field's value is never among them.
 */
export const readings = (el: Element, kind: string): { text: string; how: NameStrategy }[] => {
  const seen = new Set<string>();
  const found: { text: string; how: NameStrategy }[] = [];
  for (const strategy of strategiesOf(kind)) {
    for (const name of strategy.read(el)) {
      const text = name.replace(/[\u00a0\s]+/g, ' ').trim();
      const key = normal(text);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      found.push({ text, how: strategy.how });
    }
  }
  return found;
};
