/**
 * The OTP as one box per digit, as OTP widgets draw it: an ordered group of one-character text
 * boxes side by side. A person reads the group as one field, named by the text around it
 * ("Enter OTP sent to your registered mobile" above the boxes), types one digit per box and
 * reads the boxes joined, left to right.
 *
 * `digitBoxOrder` answers the finder's look (look.ts); `joinedDigits` is also sent to the page on
 * its own by the page object (src/pages/digit-boxes.ts), over the elements an OTP entry resolves
 * to: it uses nothing outside its own body.
 */
import { composedContains, composedParent, deepAll, normal, ownText, visible } from './text.js';

/**
 * The elements as one group of digit boxes: their indexes, left to right; null when they are not
 * one (a single field, or fields that do not sit side by side as one-character boxes).
 */
export function digitBoxOrder(elements: Element[]): number[] | null {
  if (elements.length < 4 || elements.length > 8) return null;
  const boxes = elements.map((el, index) => ({ el, index, rect: el.getBoundingClientRect() }));
  for (const { el, rect } of boxes) {
    if (!(el instanceof HTMLInputElement)) return null;
    // One character: said by maxlength, or drawn as a box no wider than two and a half of its height.
    if (el.maxLength !== 1 && rect.width > rect.height * 2.5) return null;
  }
  const [first] = boxes;
  if (!first) return null;
  // On one line, and in one container (the boxes' wrappers share a parent).
  if (!boxes.every(({ rect }) => Math.abs(rect.top - first.rect.top) <= first.rect.height / 2)) return null;
  if (!containerOf(elements)) return null;
  return boxes.sort((a, b) => a.rect.left - b.rect.left).map(({ index }) => index);
}

/** What the boxes hold, joined in their order (read back by the bot to compare, never shown). */
export function joinedDigits(elements: Element[], order: number[]): string {
  return order.map((index) => (elements[index] as HTMLInputElement | undefined)?.value ?? '').join('');
}

/**
 * How far above a box its group's container may sit: a wrapper per box can be several levels deep
 * (Vuetify's v-otp-input draws each box as an outlined text field: input, slot, input slot,
 * control, v-input, then the row of boxes).
 */
const BOX_WRAPPER_DEPTH = 5;

/** The lowest element, at most BOX_WRAPPER_DEPTH levels above the first box, that holds every box. */
const containerOf = (elements: Element[]): Element | undefined => {
  let around = elements[0] ? composedParent(elements[0]) : null;
  for (let depth = 0; around && depth < BOX_WRAPPER_DEPTH; depth++, around = composedParent(around)) {
    const box = around;
    if (elements.every((el) => composedContains(box, el))) return box;
  }
  return undefined;
};

const ancestor = (el: Element, levels: number): Element | null => {
  let node: Element | null = el;
  for (let level = 0; node && level < levels; level++) node = composedParent(node);
  return node;
};

/**
 * The groups of digit boxes among the candidate fields: the one-character boxes that share a
 * parent or, a wrapper per box, the nearest ancestor that holds them together, each group in its
 * order, left to right.
 */
export const digitBoxGroups = (candidates: Element[]): Element[][] => {
  const single = candidates.filter((el) => {
    if (!(el instanceof HTMLInputElement)) return false;
    const rect = el.getBoundingClientRect();
    return el.maxLength === 1 || rect.width <= rect.height * 2.5;
  });
  const groupBy = (key: (el: Element) => Element | null, els: Element[]) => {
    const groups = new Map<Element | null, Element[]>();
    for (const el of els) groups.set(key(el), [...(groups.get(key(el)) ?? []), el]);
    return [...groups.values()];
  };
  const groups: Element[][] = [];
  let alone = single;
  for (let levels = 1; levels <= BOX_WRAPPER_DEPTH && alone.length > 1; levels++) {
    const byAncestor = groupBy((el) => ancestor(el, levels), alone);
    groups.push(...byAncestor.filter((group) => group.length > 1));
    alone = byAncestor.filter((group) => group.length === 1).flat();
  }
  return groups.flatMap((group) => {
    const order = digitBoxOrder(group);
    return order ? [order.map((index) => group[index] as Element)] : [];
  });
};

/** A text's words, space-separated and padded, for whole-word comparison. */
const words = (text: string) =>
  ` ${normal(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * The group of digit boxes that reads as the entry: the text around it (its container's, up to
 * three levels up, never a container holding another field) says one of the entry's texts as
 * whole words ("Enter OTP sent to your registered mobile" says "OTP"). For an OTP entry no label
 * names: a person reads the boxes under such a line as the OTP.
 */
export const digitBoxesReading = (candidates: Element[], texts: string[]): Element[] => {
  const wanted = texts.map(words).filter((text) => text.trim() !== '');
  for (const group of digitBoxGroups(candidates)) {
    let box = containerOf(group) ?? null;
    for (let depth = 0; box && depth < 3; depth++, box = composedParent(box)) {
      const others = deepAll(box, 'input:not([type="hidden"]),select,textarea').filter(
        (field) => !group.includes(field) && visible(field),
      );
      if (others.length > 0) break;
      const around = words(ownText(box));
      if (wanted.some((text) => around.includes(text))) return group;
    }
  }
  return [];
};
