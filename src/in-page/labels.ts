/** The name strategies: every way a person reads what a control is called, in order. */
import { kindOf, LABEL_LIKE, type NameStrategy } from './kinds.js';
import { isChoice, isField, normal, ownText, textOf, visible } from './text.js';

/** The accessible name, as far as a control carries it itself (role and name). */
export const accessibleNames = (el: Element): string[] => {
  const names: string[] = [];
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) names.push(textOf(labelledBy));
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
    for (const img of Array.from(el.querySelectorAll('img[alt]'))) names.push((img as HTMLImageElement).alt);
  }
  return names;
};

/** `<label>` without `for` beside the field, placeholder and title. */
export const looseLabelNames = (el: Element): string[] => {
  const names: string[] = [];
  const parent = el.parentElement;
  if (parent) {
    for (const label of Array.from(parent.querySelectorAll(':scope > label'))) names.push(ownText(label));
  }
  let previous = el.previousElementSibling;
  while (previous && previous.tagName === 'BR') previous = previous.previousElementSibling;
  if (previous?.tagName === 'LABEL') names.push(ownText(previous));
  const placeholder = el.getAttribute('placeholder');
  if (placeholder) names.push(placeholder);
  const title = el.getAttribute('title');
  if (title) names.push(title);
  return names;
};

/** Texts of the cells and label-like pieces around a control: the table row, the form group, a `<dt>`. */
export const neighbourNames = (el: Element): string[] => {
  const names: string[] = [];
  const cell = el.closest('td,th');
  const row = cell?.closest('tr');
  if (cell && row) {
    let previous = cell.previousElementSibling;
    while (previous && normal(ownText(previous)) === '') previous = previous.previousElementSibling;
    if (previous) names.push(ownText(previous));
    for (const other of Array.from(row.children)) {
      if (other !== cell && !other.querySelector('input,select,textarea,button')) names.push(ownText(other));
    }
  }
  const group = el.closest('.form-group,.form-row,.row,.input-group,.mb-3,.field,fieldset');
  if (group) {
    for (const piece of Array.from(
      group.querySelectorAll('label,span,strong,b,div,p,legend,.control-label,.col-form-label'),
    )) {
      if (piece.contains(el) || piece.querySelector('input,select,textarea,button')) continue;
      names.push(ownText(piece));
    }
  }
  // Whatever the classes (they may be anything), the nearest text before the field inside a
  // box that holds no other field is its label, as a person reads a form top to bottom.
  let box = el.parentElement;
  for (let depth = 0; box && depth < 4; depth++, box = box.parentElement) {
    const fields = Array.from(box.querySelectorAll('input:not([type="hidden"]),select,textarea')).filter(
      (field) => field !== el && visible(field) && !(isChoice(field) && isChoice(el)),
    );
    if (fields.length > 0) break;
    const before = Array.from(box.querySelectorAll(LABEL_LIKE)).filter(
      (piece) =>
        !piece.contains(el) &&
        !piece.querySelector('input,select,textarea,button') &&
        piece.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING &&
        normal(ownText(piece)) !== '' &&
        visible(piece),
    );
    const nearest = before.at(-1);
    if (nearest) names.push(ownText(nearest));
  }
  const dd = el.closest('dd');
  if (dd) {
    let dt = dd.previousElementSibling;
    while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
    if (dt) names.push(ownText(dt));
  }
  return names;
};

/** The bare text right beside a radio or checkbox, even outside any label. */
export const besideNames = (el: Element): string[] => {
  const names: string[] = [];
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

/** Its title or value attribute: what a control that is not a field may be known by. */
const titleNames = (el: Element): string[] => [
  el.getAttribute('title') ?? '',
  el.getAttribute('value') ?? '',
];

/** Each name strategy's reading. */
export const STRATEGIES: { readonly [strategy in NameStrategy]: (el: Element) => string[] } = {
  name: accessibleNames,
  label: looseLabelNames,
  neighbour: neighbourNames,
  beside: besideNames,
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
