/**
 * The OTP as one box per digit, as OTP widgets draw it: an ordered group of one-character text
 * boxes on one line. Whatever moves the focus on (the widget's input, keyup or keydown handler),
 * a person clicks each box and types its digit; the bot does the same, one keystroke per box,
 * and reads the group back as its boxes joined, left to right.
 *
 * The finder knows the group as the OTP entry (src/in-page/otp.ts: by its label, or by the line
 * above it that says "OTP"), and its look tells the boxes' order (`digitBoxOrder`, see
 * `Finder.formOf`); `joinedDigits` from there runs in the page (the portal library) over the
 * elements the entry resolves to. The element-kind descriptors can call these functions for
 * an ordered group of boxes.
 */
import type { Locator } from 'playwright';
import { PortalChanged } from '../errors.js';
import { plural } from '../plural.js';

/** The boxes hold the OTP, or the widget sent it by itself on its last digit (no Verify to press). */
export type BoxesTyped = 'kept' | 'sent-by-itself';

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
  what: {
    name: string;
    timeout: number;
    /** The boxes joined in their order, read in the page (the portal library's `joinedDigits`). */
    readBack: () => Promise<string>;
    afterLastDigit?: () => Promise<boolean>;
  },
): Promise<BoxesTyped> {
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
  // Most OTP widgets send the code by themselves once the last box is filled (Vuetify's
  // v-otp-input, and the like): what the last keystroke started is the portal's answer to wait
  // for, and the boxes it emptied or took away are no sign of a keystroke lost.
  const sent = (await what.afterLastDigit?.()) ?? false;
  const kept = await what.readBack();
  if (kept === otp) return 'kept';
  if (sent) return 'sent-by-itself';
  const same = [...otp].filter((digit, index) => kept.charAt(index) === digit).length;
  throw new PortalChanged(
    `${what.name} kept ${same} of the ${plural(otp.length, 'digit')} typed, each in its box. Stopped before Submit.`,
    'Look at the screenshot in the run folder, or report it with the run folder attached.',
  );
}
