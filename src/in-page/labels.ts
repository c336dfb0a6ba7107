/** The name strategies: every way a person reads what a control is called, in order. */
import { kindOf, LABEL_LIKE, type NameStrategy } from './kinds.js';
import { drawerOf, drawnPlaceholder, hiddenDrawnLists } from './lists.js';
import {
  compact,
  composedClosest,
  composedContains,
  composedParent,
  deepAll,
  drawnWordsOnly,
  FIELDS,
  isChoice,
  isField,
  normal,
  oncePerCall,
  ownText,
  shadowRootsWithin,
  textOf,
  visible,
} from './text.js';

/** The accessible name, as far as a control carries it itself (role and name). */
export const accessibleNames = (el: Element): string[] => {
  const names: string[] = [];
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) names.push(textOf(labelledBy, el));
  const aria = el.getAttribute('aria-label');
  if (aria) names.push(aria);
  if (isField(el)) {
    const labels = (el as HTMLInputElement).labels;
    for (const label of Array.from(labels ?? [])) names.push(ownText(label));
    const input = el as HTMLInputElement;
    if (/^(submit|button|reset)$/i.test(input.type)) names.push(input.value);
    if (input.type === 'image') names.push(input.alt);
  } else if (el.tagName === 'IMG') {
    names.push((el as HTMLImageElement).alt);
  } else {
    names.push(ownText(el));
    const drawn = drawnWordsOnly(el);
    if (drawn?.trim()) names.push(drawn);
    for (const img of deepAll(el, 'img[alt]')) names.push((img as HTMLImageElement).alt);
  }
  return names;
};

/** `<label>` without `for` beside the field, placeholder and title. */
export const looseLabelNames = (el: Element): string[] => {
  const names: string[] = [];
  const parent = el.parentElement;
  if (parent) {
    for (const label of deepAll(parent, ':scope > label')) names.push(ownText(label));
  }
  let previous = el.previousElementSibling;
  while (previous && previous.tagName === 'BR') previous = previous.previousElementSibling;
  if (previous?.tagName === 'LABEL') names.push(ownText(previous));
  const placeholder = el.getAttribute('placeholder');
  if (placeholder) names.push(placeholder);
  // A list's placeholder is its empty first option ("Select your GSP" until something is chosen).
  if (el instanceof HTMLSelectElement) {
    const first = el.options[0];
    if (first && first.value === '') names.push(first.text);
    // A list drawn by a box of its own: what the box shows until something is chosen.
    const shown = drawnPlaceholder(el);
    if (shown) names.push(shown);
  }
  const title = el.getAttribute('title');
  if (title) names.push(title);
  return names;
};

/**
 * Whether a text stands with another radio or checkbox than `choice` (a wrapper holding that one
 * and not this one, as Vuetify's v-radio holds its input and its `<label>`): that choice's words,
 * never this one's, however near before it they are drawn.
 */
const namesAnotherChoice = (piece: Element, choice: Element): boolean => {
  let box = composedParent(piece);
  for (
    let depth = 0;
    box && depth < 3 && !composedContains(box, choice);
    depth++, box = composedParent(box)
  ) {
    const choices = deepAll(box, 'input[type="radio"],input[type="checkbox"]');
    if (Array.from(choices).some((other) => other !== choice)) return true;
  }
  return false;
};

/** A cell whose words are all those of links or buttons in it: controls, not a label. */
const onlyControls = (cell: Element): boolean => {
  const controls = Array.from(cell.querySelectorAll('a,button,[role="button"],[role="link"]'));
  if (controls.length === 0) return false;
  return compact(normal(ownText(cell))) === compact(normal(controls.map(ownText).join(' ')));
};

/** Texts of the cells and label-like pieces around a control: the table row, the form group, a `<dt>`. */
export const neighbourNames = (el: Element): string[] => {
  const names: string[] = [];
  // A row of cells that only lay the field out with its picture and a link ("Refresh" by a
  // captcha: ZK's hbox is a table of its own) names nothing: the row of the table around it does.
  let cell = composedClosest(el, 'td,th');
  for (let level = 0; cell && level < 3; level++) {
    const row = composedClosest(cell, 'tr');
    if (!row) break;
    const said: string[] = [];
    let previous = cell.previousElementSibling;
    while (previous && (normal(ownText(previous)) === '' || onlyControls(previous)))
      previous = previous.previousElementSibling;
    if (previous) said.push(ownText(previous));
    for (const other of Array.from(row.children)) {
      if (other !== cell && !other.querySelector('input,select,textarea,button') && !onlyControls(other))
        said.push(ownText(other));
    }
    if (said.some((name) => normal(name) !== '')) {
      names.push(...said);
      break;
    }
    const around = composedParent(row);
    cell = around ? composedClosest(around, 'td,th') : null;
  }
  // A group names the field only when it is the field's own: a fieldset or a row holding the
  // whole form (GWT's caption panel round every field) would give each field every label in it.
  const group = composedClosest(el, '.form-group,.form-row,.row,.input-group,.mb-3,.field,fieldset');
  const shared =
    group !== null &&
    deepAll(group, FIELDS).some((field) => field !== el && !isChoice(field) && visible(field));
  if (group && !shared) {
    for (const piece of Array.from(
      deepAll(group, 'label,span,strong,b,div,p,legend,.control-label,.col-form-label'),
    )) {
      if (composedContains(piece, el) || piece.querySelector('input,select,textarea,button')) continue;
      names.push(ownText(piece));
    }
  }
  // Whatever the classes (they may be anything), the nearest text before the field inside a
  // box that holds no other field is its label, as a person reads a form top to bottom.
  let box = composedParent(el);
  for (let depth = 0; box && depth < 4; depth++, box = composedParent(box)) {
    const fields = deepAll(box, 'input:not([type="hidden"]),select,textarea').filter(
      (field) => field !== el && visible(field) && !(isChoice(field) && isChoice(el)),
    );
    if (fields.length > 0) break;
    const before = deepAll(box, LABEL_LIKE).filter(
      (piece) =>
        !composedContains(piece, el) &&
        !piece.querySelector('input,select,textarea,button') &&
        piece.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING &&
        normal(ownText(piece)) !== '' &&
        visible(piece) &&
        !(isChoice(el) && namesAnotherChoice(piece, el)),
    );
    const nearest = before.at(-1);
    if (nearest) names.push(ownText(nearest));
  }
  const dd = composedClosest(el, 'dd');
  if (dd) {
    let dt = dd.previousElementSibling;
    while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
    if (dt) names.push(ownText(dt));
  }
  return names;
};

/**
 * The bare text right beside a radio or checkbox, even outside any label. A control that carries
 * its own words (a chip, an option) has none: the words beside it are the next choice's.
 */
export const besideNames = (el: Element): string[] => {
  const names: string[] = [];
  if (!isField(el)) return names;
  const collect = (start: ChildNode | null, forward: boolean) => {
    let text = '';
    for (let node = start; node; node = forward ? node.nextSibling : node.previousSibling) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        if (element.tagName === 'BR' || isField(element) || element.querySelector('input,select')) break;
        text = forward ? `${text} ${ownText(element)}` : `${ownText(element)} ${text}`;
      } else if (node.nodeType === Node.TEXT_NODE) {
        text = forward ? `${text} ${node.textContent ?? ''}` : `${node.textContent ?? ''} ${text}`;
      }
    }
    if (normal(text)) names.push(text);
  };
  // The text after a radio is its own; the text before it only when nothing follows (a
  // row of radios reads "( ) Directly ( ) Through GSP": "Directly" belongs to the first).
  collect(el.nextSibling, true);
  if (names.length === 0) collect(el.previousSibling, false);
  return names;
};

/** A text drawn on the page, and where. */
interface DrawnText {
  text: string;
  rect: DOMRect;
}

/** What the layout strategies read from: the page's drawn texts and controls, measured once. */
interface LabelIndex {
  texts: DrawnText[];
  controls: { el: Element; rect: DOMRect }[];
}

/**
 * The page's texts and controls where they are drawn, measured once per call into the page (a
 * find reads many candidates, each against every text): dropped when the call is over, since
 * the page may change between calls.
 */
const indexOfPage = oncePerCall((): LabelIndex => {
  const texts: DrawnText[] = [];
  // The boxes that draw hidden lists (Chosen's) are controls: what they show is theirs, no label.
  const drawers = hiddenDrawnLists(document).flatMap((list) => drawerOf(list) ?? []);
  const page = document.body ?? document.documentElement;
  const range = document.createRange();
  // The words a web component writes in its own shadow root as well (Ionic's ion-select draws
  // its label there, on its box's top edge): drawn on the page as any other.
  for (const scope of [page, ...shadowRootsWithin(page)]) {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // A button's words are its own, whatever draws it (`<a role="button">`, jQuery Mobile's list face).
      if (
        !parent ||
        composedClosest(
          parent,
          'script,style,noscript,select,option,button,[role="button"],textarea,template',
        )
      )
        continue;
      if (drawers.some((drawer) => composedContains(drawer, parent))) continue;
      const text = normal(node.textContent);
      if (text === '' || !visible(parent)) continue;
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width > 0 && rect.height > 0) texts.push({ text: node.textContent ?? '', rect });
    }
  }
  const controls = deepAll(
    document,
    'input:not([type="hidden"]),select,textarea,button,[role="button"],[role="combobox"],[role="textbox"],[role="listbox"]',
  )
    .filter(visible)
    .concat(drawers)
    .map((el) => ({ el, rect: el.getBoundingClientRect() }));
  return { texts, controls };
});

/** Whether two boxes share some of their height (the same line, as a person sees it). */
const sameLine = (a: DOMRect, b: DOMRect): boolean => {
  const centre = a.top + a.height / 2;
  return centre >= b.top && centre <= b.bottom;
};

/** A control other than `el` (or what draws or holds it) standing in the box between two points. */
const controlBetween = (
  el: Element,
  index: LabelIndex,
  box: { left: number; right: number; top: number; bottom: number },
) =>
  index.controls.some(
    ({ el: other, rect }) =>
      other !== el &&
      !composedContains(other, el) &&
      !composedContains(el, other) &&
      rect.left < box.right &&
      rect.right > box.left &&
      rect.top < box.bottom &&
      rect.bottom > box.top,
  );

/**
 * Labels by layout, for a field nothing in the markup names: a text drawn inside its box (a
 * floating label), the texts on its left on the same line, nearest first, then the nearest text directly above it (mostly above its top edge), never past another control
 * (a prefix such as "API_" and the cell's "Username" both read for the username).
 */
export const layoutNames = (el: Element): string[] => {
  // A list drawn by another box is read where that box is drawn.
  const shown = visible(el) ? el : drawerOf(el);
  if (!shown) return [];
  const index = indexOfPage();
  const field = shown.getBoundingClientRect();
  // A radio or checkbox is named on its right (rightNames): the text on its left in a row of
  // choices is the previous choice's name, never this one's.
  const choice = shown.matches('input[type="radio"],input[type="checkbox"]');
  // A label floated over the field (drawn inside its box, moved up once typed in) names it.
  const inside = (choice ? [] : index.texts)
    .filter(({ rect }) => {
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      return x > field.left && x < field.right && y > field.top && y < field.bottom;
    })
    .map(({ text }) => text);
  const left = (choice ? [] : index.texts)
    .filter(({ rect }) => rect.right <= field.left + 2 && sameLine(rect, field))
    .filter(
      ({ rect }) =>
        !controlBetween(shown, index, {
          left: rect.right,
          right: field.left,
          top: field.top,
          bottom: field.bottom,
        }),
    )
    .sort((a, b) => b.rect.right - a.rect.right)
    .map(({ text }) => text);
  // Above: drawn mostly above the box's top edge; a small label may overlap the edge a little
  // (Materialize's list label, raised over its box).
  const above = index.texts
    .filter(
      ({ rect }) =>
        rect.top + rect.height / 2 <= field.top + 2 &&
        field.top - rect.bottom <= Math.max(48, field.height * 2) &&
        rect.left < field.right &&
        rect.right > field.left - 8,
    )
    .filter(
      ({ rect }) =>
        !controlBetween(shown, index, {
          left: field.left,
          right: field.right,
          top: rect.bottom,
          bottom: field.top,
        }),
    )
    .sort((a, b) => b.rect.bottom - a.rect.bottom || a.rect.left - b.rect.left)
    .slice(0, 1)
    .map(({ text }) => text);
  return [...inside, ...left, ...above];
};

/** For a radio or checkbox: the words drawn right of it on its line, up to the next control. */
export const rightNames = (el: Element): string[] => {
  if (!visible(el)) return [];
  const index = indexOfPage();
  const box = el.getBoundingClientRect();
  const right = index.texts
    .filter(({ rect }) => rect.left >= box.right - 2 && sameLine(rect, box))
    .filter(
      ({ rect }) =>
        !controlBetween(el, index, { left: box.right, right: rect.left, top: box.top, bottom: box.bottom }),
    )
    .sort((a, b) => a.rect.left - b.rect.left);
  return right.slice(0, 1).map(({ text }) => text);
};

/** Its title or value attribute: what a control that is not a field may be known by. */
const titleNames = (el: Element): string[] => [
  el.getAttribute('title') ?? '',
  el.getAttribute('value') ?? '',
];

/** Each name strategy's reading. */
export const STRATEGIES: { readonly [strategy in NameStrategy]: (el: Element) => string[] } = {
  name: accessibleNames,
  label: looseLabelNames,
  neighbour: (el) => [...neighbourNames(el), ...layoutNames(el)],
  beside: (el) => [...besideNames(el), ...rightNames(el)],
  title: titleNames,
};

/** The name strategies of a kind, in its order (a kind unknown is read as a control: name, title). */
export const strategiesOf = (kind: string): { how: NameStrategy; read: (el: Element) => string[] }[] =>
  (kindOf(kind)?.names ?? (['name', 'title'] as const)).map((how) => ({ how, read: STRATEGIES[how] }));

/** Every name a person might read for the element, its own first (for messages and likeness). */
export const everyName = (el: Element): string[] => [
  ...accessibleNames(el),
  ...besideNames(el),
  ...looseLabelNames(el),
  ...neighbourNames(el),
];
