/**
 * Lists as a person uses them: a choice may be a radio or an `<option>` of a drawn list (the
 * registration type as a `<select>`), and `never` applies to both. An option is never drawn by
 * itself (its box is the list's), so it counts when its list is drawn.
 */
import { isClickable } from './clickable.js';
import {
  composedClosest,
  composedContains,
  deepAll,
  innermost,
  isField,
  lifted,
  normal,
  ownText,
  treeOf,
  visible,
} from './text.js';

/** The options of every drawn native list under `root`: choices a person reads in the list. */
export const drawnOptions = (root: ParentNode): Element[] =>
  deepAll(root, 'select')
    .filter((list) => !list.multiple && !list.disabled && visible(list))
    .flatMap((list) => Array.from(list.options).filter((option) => option.value !== '' && !option.disabled));

/**
 * The box that draws a native list hidden from view: the drawn element beside the list, holding
 * no other field than a search box. Chosen and select2 put their box right after the list;
 * bootstrap-select (up to 1.12) puts its button and its menu before it, the list last. The list
 * is that box's control: chosen through the box, read back from the list.
 */
export const drawerOf = (list: Element): Element | undefined => {
  if (!(list instanceof HTMLSelectElement) || (visible(list) && !undrawn(list))) return undefined;
  for (let next = list.nextElementSibling; next; next = next.nextElementSibling) {
    // Its options after it, open or closed (Materialize's FormSelect keeps its `ul` there), are
    // not its box; nor is anything not drawn (jQuery Mobile leaves an empty placeholder where its
    // list's popup was, moved out to the page).
    if (skippedBeside(next) || next.matches(OPTION_BOXES) || !visible(next)) continue;
    return !holdsOtherFields(next) ? next : undefined;
  }
  // Before the list: the nearest drawn element that is something to click and not its panel of
  // options (bootstrap-select's open menu holds the search box and the options, its button
  // neither), past a caret drawn beside it (Materialize's read-only box, then its arrow).
  for (let previous = list.previousElementSibling; previous; previous = previous.previousElementSibling) {
    if (skippedBeside(previous) || !visible(previous) || holdsOptionBox(previous) || caret(previous))
      continue;
    return !holdsOtherFields(previous) && clickableWithin(previous) ? previous : undefined;
  }
  return undefined;
};

/**
 * Kept in the page but not drawn for a person (select2's native list: 1 px, clipped, hidden from
 * screen readers; or made transparent under the box that draws it).
 */
export const undrawn = (list: Element): boolean => {
  const rect = list.getBoundingClientRect();
  return (
    rect.width <= 2 ||
    rect.height <= 2 ||
    Number(getComputedStyle(list).opacity) === 0 ||
    list.getAttribute('aria-hidden') === 'true'
  );
};

/** A mark drawn beside a box (an arrow, an icon): no words, no field, nothing to click. */
const caret = (el: Element): boolean =>
  !/\S/.test(el.textContent ?? '') &&
  !isField(el) &&
  el.querySelector('input,select,textarea') === null &&
  !clickableWithin(el);

const skippedBeside = (el: Element): boolean =>
  /^(SCRIPT|STYLE|TEMPLATE)$/.test(el.tagName) || (el instanceof HTMLInputElement && el.type === 'hidden');

const holdsOtherFields = (el: Element): boolean =>
  el.querySelector('select,textarea,input[type="password"],input[type="radio"]') !== null;

const holdsOptionBox = (el: Element): boolean =>
  el.matches(OPTION_BOXES) || el.querySelector(OPTION_BOXES) !== null;

/** The element is something to click, or a drawn child of it is (a wrapper around the button). */
const clickableWithin = (el: Element): boolean =>
  isClickable(el) || Array.from(el.children).some((child) => visible(child) && isClickable(child));

/** The native lists under `root` that another element draws, for a list query. */
export const hiddenDrawnLists = (root: ParentNode): Element[] =>
  deepAll(root, 'select').filter((list) => drawerOf(list) !== undefined);

/** A box of options: a list by its role, or any drawn `<ul>`/`<ol>` (Chosen's, a typeahead's). */
const OPTION_BOXES = '[role="listbox"],ul,ol';

/** The placeholder each drawn list showed before something was chosen in it (see `drawnPlaceholder`). */
const placeholdersSeen = new WeakMap<Element, string>();

/**
 * What the box drawing a hidden list shows while the list holds no choice: its placeholder, as
 * a person reads it ("Select your GSP" in a Chosen box, from the list's `data-placeholder` over
 * an empty first option). Only its drawn text: its dropdown, closed or open, is not read. Once
 * something is chosen the box shows the choice, and the list is still known by the placeholder
 * it showed before (as a person remembers the box they opened), so a choice can be read back.
 */
export const drawnPlaceholder = (list: Element): string | undefined => {
  if (!(list instanceof HTMLSelectElement)) return undefined;
  if (list.value !== '') return placeholdersSeen.get(list);
  const drawer = drawerOf(list);
  if (!drawer) return undefined;
  const walker = document.createTreeWalker(drawer, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const holder = node.parentElement;
    if (!holder || composedClosest(holder, OPTION_BOXES) || !/\S/.test(node.textContent ?? '')) continue;
    if (visible(holder)) texts.push(node.textContent ?? '');
  }
  const text = texts.join(' ').replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  placeholdersSeen.set(list, text);
  return text;
};

/** The options a box shows, each as the element a click chooses it by (a typeahead's `li > a`). */
const optionsIn = (box: Element): Element[] => {
  const byRole = deepAll(box, '[role="option"]');
  const options = byRole.length > 0 ? byRole : deepAll(box, ':scope > li');
  // Their words as drawn: an option of a web component draws its name through a slot of its
  // shadow root (Material Web's md-select-option), which its own text does not hold.
  return options
    .filter((option) => visible(option) && /\S/.test(ownText(option)))
    .map((option) => {
      const inner = option.querySelector('a,button,[role="option"]');
      return inner && visible(inner) && ownText(inner).trim() === ownText(option).trim() ? inner : option;
    });
};

/**
 * Options drawn as lines to click in a box with no list markup (a script's own list of `<div>`s
 * with a pointer): the innermost elements drawn to be clicked that read words and hold no field.
 */
const clickableLines = (box: Element): Element[] => {
  const lines = innermost(
    deepAll(box, '*').filter(
      (el) =>
        !isField(el) &&
        !el.querySelector('input,select,textarea') &&
        visible(el) &&
        isClickable(el) &&
        /\S/.test(ownText(el)),
    ),
  );
  // A box listing choices to tick above buttons of its own (Ionic's alert: a radio per name, then
  // Cancel and OK): the choices are what it offers, its buttons answer it.
  const choices = lines.filter((line) => line.matches(CHOICE_LINES));
  return choices.length >= 2 ? choices : lines;
};

/** A line drawn as a choice to tick, by its role. */
const CHOICE_LINES = '[role="radio"],[role="menuitemradio"],[role="option"]';

/**
 * Options drawn as plain lines in a box drawn over the page, where nothing says it can be clicked
 * (RichFaces' comboBox: `span`s drawn as blocks, chosen through one handler on the list): the
 * innermost elements reading words, each drawn across most of the box's width, holding no field.
 * Looked for only where no list or clickable line is offered.
 */
const plainLines = (box: Element): Element[] => {
  const width = box.getBoundingClientRect().width;
  const lines = deepAll(box, '*').filter(
    (el) =>
      !isField(el) &&
      !el.querySelector('input,select,textarea,button') &&
      visible(el) &&
      /\S/.test(ownText(el)) &&
      el.getBoundingClientRect().width >= width * 0.6,
  );
  return innermost(lines);
};

/**
 * A box holding nothing but options to choose, and at most a box to search them: a list opened
 * over the page, with list markup or without (MudBlazor's popover of `div`s to click), never a
 * popup to close: no words beside its options.
 */
export const offersOnly = (box: Element): boolean => {
  const controls = deepAll(
    box,
    'button,textarea,select,input:not([type="search"],[type="text"],[type="hidden"])',
  );
  if (Array.from(controls).some(visible)) return false;
  // One option said to be one (`role="option"`, a list's item) is enough; lines to click, two.
  const marked = optionsIn(box);
  const options = marked.length > 0 ? marked : clickableLines(box);
  if (options.length < (marked.length > 0 ? 1 : 2)) return false;
  const read = normal(options.map((option) => ownText(option)).join(' '));
  return read.length >= normal(ownText(box)).length * 0.9;
};

/** Boxes a script draws over the page (positioned absolute or fixed): where a list without markup opens. */
const drawnOverPage = (): Element[] => (document.body ? deepAll(document.body, '*') : []).filter(lifted);

/**
 * What opens a list panel it names as its own: an ARIA combobox, or a button that says it pops
 * up a listbox (Vuetify 2's v-select: `role="button" aria-haspopup="listbox" aria-owns=…`).
 */
export const LIST_OPENER = '[role="combobox"],[aria-haspopup="listbox"]';

/** The panels a combobox names as its own (`aria-controls`, `aria-owns`): where its options show. */
export const panelsOf = (combobox: Element): Element[] =>
  `${combobox.getAttribute('aria-controls') ?? ''} ${combobox.getAttribute('aria-owns') ?? ''}`
    .split(/\s+/)
    .filter((id) => id !== '')
    .flatMap((id) => {
      // Its ids are its own tree's (a web component's listbox is in the same shadow root).
      const panel = treeOf(combobox).getElementById(id);
      return panel ? [panel] : [];
    });

/**
 * What a list offers once it has been opened or typed into, as a person reads it: the options of
 * the box drawn nearest under the field (or over it, for a list that opens upwards), sharing some
 * of its width; not every list item of the page (a sidebar's quick links, a menu, the tabs above
 * the form). `field` is the typeahead's text box, the box that draws a hidden list (see
 * `drawerOf`), or the box of a list drawn without one. A list is one of the page's list boxes, or
 * lines to click in a box drawn over the page (a script's dropdown of links): the nearest of
 * either decides, a list box first at the same distance.
 */
export const offeredOptions = (field: Element): Element[] =>
  nearest([
    ...near(field, deepAll(document, OPTION_BOXES), optionsIn, 0),
    ...near(field, drawnOverPage(), clickableLines, 1),
  ]) ??
  nearest(near(field, drawnOverPage(), plainLines, 2)) ??
  [];

interface Offer {
  box: Element;
  options: Element[];
  /** How far from the field its nearest option is drawn, up or down. */
  gap: number;
  /** 0 for a list box, 1 for lines to click in a box drawn over the page. */
  rank: number;
}

const near = (
  field: Element,
  boxes: Element[],
  options: (box: Element) => Element[],
  rank: number,
): Offer[] => {
  const at = field.getBoundingClientRect();
  const gap = (box: DOMRect) => {
    if (box.top >= at.bottom - 2) return box.top - at.bottom;
    if (box.bottom <= at.top + 2) return at.top - box.bottom;
    return 0;
  };
  return (
    boxes
      .filter((box) => !composedContains(box, field) && visible(box))
      .map((box) => ({ box, rect: box.getBoundingClientRect() }))
      .filter(({ rect }) => rect.left < at.right && rect.right > at.left)
      .map(({ box }) => ({ box, options: options(box), rank }))
      .filter((offer) => offer.options.length > 0)
      // How far its options are drawn, not its box: a wrapper over the whole window holding one
      // "Dismiss" at the bottom is as far as that Dismiss.
      .map((offer) => ({
        ...offer,
        gap: Math.min(...offer.options.map((option) => gap(option.getBoundingClientRect()))),
      }))
  );
};

/**
 * The nearest offer, innermost first: a box holding another that offers options is its wrapper
 * (an overlay container over the whole window, holding the list's panel and a snackbar's
 * "Dismiss"), not a list.
 */
const nearest = (offers: Offer[]): Element[] | undefined =>
  offers
    .filter(
      (offer) => !offers.some((other) => other.box !== offer.box && composedContains(offer.box, other.box)),
    )
    .sort((a, b) => a.gap - b.gap || a.rank - b.rank)[0]?.options;
