/**
 * The OTP as one box per digit, as OTP widgets draw it: an ordered group of one-character text
 * boxes on one line. Whatever moves the focus on (the widget's input, keyup or keydown handler),
 * a person clicks each box and types its digit; the bot does the same, one keystroke per box,
 * and reads the group back as its boxes joined, left to right.
 *
 * `digitBoxOrder` and `joinedDigits` run in the page (they are sent there as source text: no
 * imports, no closures), over the elements an OTP entry of the portal map resolves to; the
 * element-kind descriptors can call them for an ordered group of boxes.
 */
import type { Locator } from 'playwright';
import { PortalChanged } from '../errors.js';
import { plural } from '../plural.js';

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
  // On one line, and in one container (the boxes' parents share a parent at most two levels up).
  if (!boxes.every(({ rect }) => Math.abs(rect.top - first.rect.top) <= first.rect.height / 2)) return null;
  const around = (el: Element) => el.parentElement?.parentElement?.parentElement ?? null;
  const container = around(first.el);
  if (!container || !boxes.every(({ el }) => container.contains(el))) return null;
  return boxes.sort((a, b) => a.rect.left - b.rect.left).map(({ index }) => index);
}

/** What the boxes hold, joined in their order (never sent anywhere but back to the bot to compare). */
export function joinedDigits(elements: Element[], order: number[]): string {
  return order.map((index) => (elements[index] as HTMLInputElement | undefined)?.value ?? '').join('');
}

/** The entry's elements as a group of digit boxes, in order; undefined when it is one field (or none yet). */
export async function digitBoxesOf(entry: Locator): Promise<number[] | undefined> {
  return (await entry.evaluateAll(digitBoxOrder)) ?? undefined;
}

/**
 * Types the OTP into the boxes: each cleared, last first (a refused OTP leaves its digits in
 * them), then one keystroke per box, each box focused first whatever the widget does with the
 * focus; then the boxes are read back joined. Playwright's own messages are not passed on: they
 * may carry the key pressed. Stops, naming only counts, when the boxes do not take the OTP.
 */
export async function typeIntoBoxes(
  entry: Locator,
  order: number[],
  otp: string,
  what: { name: string; timeout: number },
): Promise<void> {
  if (otp.length !== order.length) {
    throw new PortalChanged(
      `${what.name} has ${plural(order.length, 'box', 'boxes')}, one per digit, and the OTP given has ${plural(otp.length, 'character')}.`,
      `Type the OTP exactly as the SMS shows it: ${plural(order.length, 'digit')}.`,
    );
  }
  const { timeout } = what;
  let position = 0;
  try {
    for (const index of [...order].reverse()) await entry.nth(index).fill('', { timeout });
    for (; position < order.length; position++) {
      await entry.nth(order[position] ?? 0).press(otp.charAt(position), { timeout });
    }
  } catch (error) {
    if (entry.page().isClosed()) throw error;
    throw new PortalChanged(
      `${what.name} did not take typing at box ${position + 1} of ${order.length}. Stopped before Submit.`,
      'Look at the screenshot in the run folder, or report it with the run folder attached.',
    );
  }
  const kept = await entry.evaluateAll(joinedDigits, order);
  if (kept === otp) return;
  const same = [...otp].filter((digit, index) => kept.charAt(index) === digit).length;
  throw new PortalChanged(
    `${what.name} kept ${same} of the ${plural(otp.length, 'digit')} typed, each in its box. Stopped before Submit.`,
    'Look at the screenshot in the run folder, or report it with the run folder attached.',
  );
}
