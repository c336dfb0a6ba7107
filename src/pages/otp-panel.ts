/**
 * An OTP panel: a field, "Verify OTP" and "Resend OTP". The login's second factor and the API
 * registration have the same shape under their own map entries, so both page objects extend
 * this. The OTP may be one field (text or password), or one box per digit (see digit-boxes.ts);
 * a panel may ask for "Send OTP" (with a choice of channel) before it sends one. It does not
 * judge the answer: the portal's verdict comes as an alert, a text on the page or a new screen,
 * which the flow reads.
 */
import type { ElementAddress } from '../portal-map.js';
import type { Finder } from './find-element.js';
import type { Popups } from './popups.js';
import { ScreenObject } from './screen-object.js';

export interface OtpEntries {
  field: ElementAddress;
  verify: ElementAddress;
  resend: ElementAddress;
  /** "Send OTP", where the panel sends the OTP only when asked. */
  send?: ElementAddress;
  /** The SMS choice of the channel "Send OTP" uses. */
  bySms?: ElementAddress;
}

/** How the OTP was asked for, when the panel wanted "Send OTP" first. */
export interface OtpRequested {
  /** The SMS choice was there and chosen; otherwise the portal's own default channel went. */
  bySms: boolean;
  /** What the control clicked to ask for it reads ("Get OTP", "Send OTP"), as the operator is told. */
  control: string;
}

/** Words saying an OTP went already, not that it will ("An OTP will be sent when you click…"). */
const OTP_SENT =
  /\b(has|have|had) been (re)?sent\b|\b(was|were|is) (re)?sent\b|\b(re)?sent successfully\b|\bsuccessfully (re)?sent\b|\botp (re)?sent\b/;

export abstract class OtpPanel extends ScreenObject {
  protected constructor(
    finder: Finder,
    popups: Popups,
    readonly entries: OtpEntries,
  ) {
    super(finder, popups);
  }

  /** Waits for the OTP's field, or its boxes (a group of boxes is one OTP, not several fields). */
  async waitUntilShown(): Promise<void> {
    const { field } = this.entries;
    const { several, boxes } = await this.finder.findToAct(field, this.screen, { many: true, form: true });
    if (boxes || !several) return;
    await this.finder.find(field, this.screen);
  }

  /**
   * Asks the portal for the OTP when the panel shows "Send OTP" and no field yet, a field that
   * takes no typing until it is sent (boxes drawn disabled beside the button), or a field ready
   * beside "Send OTP" on a page that says nothing of an OTP sent ("Click Send OTP, enter the OTP
   * received…"): as a person reads it, the OTP goes when asked. By SMS where the panel offers a
   * choice of channel (the registered mobile is whose phone the operator has at hand). Undefined
   * when the OTP was sent without asking (the field shows, ready, and no "Send OTP", or the page
   * says the OTP was sent).
   */
  async request(): Promise<OtpRequested | undefined> {
    const { send, bySms, field } = this.entries;
    if (!send || !(await this.isShown(send))) return undefined;
    const ready =
      (await this.isShown(field)) &&
      !(await this.evaluateOn(
        field,
        (el) => el instanceof HTMLInputElement && (el.disabled || el.readOnly),
        undefined,
      ).catch(() => false));
    if (ready && (await this.saysOtpSent())) return undefined;
    const sms = bySms !== undefined && (await this.isShown(bySms));
    if (sms && bySms) await this.check(bySms);
    // Only for what the operator is told: a control that cannot be read is called "Send OTP".
    const control = await this.evaluateOn(
      send,
      (el) =>
        el
          ? (
              (el as HTMLInputElement).value ||
              el.textContent?.replace(/\s+/g, ' ') ||
              el.getAttribute('alt') ||
              ''
            ).trim()
          : '',
      undefined,
    ).catch(() => '');
    await this.click(send);
    await this.waitUntilShown();
    return { bySms: sms, control: control || 'Send OTP' };
  }

  /**
   * Whether the page around the OTP's field says an OTP was sent already ("OTP has been sent to
   * your registered mobile", a toast "OTP sent successfully"), rather than that one will be. A
   * page that cannot be read is taken to have sent it: no second OTP is asked for unseen.
   */
  private async saysOtpSent(): Promise<boolean> {
    return this.evaluateOn(
      this.entries.field,
      (el, pattern) => {
        const body = (el?.ownerDocument ?? document).body as HTMLElement | null;
        // biome-ignore lint/performance/useDomNodeTextContent: the words as drawn, not hidden markup
        return new RegExp(pattern, 'i').test(body?.innerText ?? '');
      },
      OTP_SENT.source,
    ).catch(() => true);
  }

  /**
   * Types the OTP (into its field, or one digit per box), then "Verify OTP", unless the boxes sent
   * it by themselves on the last digit, as a person sees them do.
   */
  async verify(otp: string): Promise<void> {
    if ((await this.enter(this.entries.field, otp)) === 'sent-by-itself') return;
    await this.click(this.entries.verify);
  }

  async resend(): Promise<void> {
    await this.click(this.entries.resend);
  }
}

/**
 * The mandatory second factor after the password (since April 2025): an OTP to the registered
 * mobile, in `input#txtOtp` (einvoice1.md §1, H). No "Send OTP" is known of it; a page that asks
 * for one first ("Generate OTP") is answered as the API OTP's is.
 */
export class LoginOtpPage extends OtpPanel {
  readonly screen = 'the login OTP page';
  constructor(finder: Finder, popups: Popups) {
    super(finder, popups, {
      field: 'loginOtp.field',
      verify: 'loginOtp.verify',
      resend: 'loginOtp.resend',
      send: 'loginOtp.send',
      bySms: 'loginOtp.bySms',
    });
  }
}

/** "Create API User" first sends an OTP to the registered mobile (or offers "Send OTP") and asks for it here. */
export class ApiOtpPanel extends OtpPanel {
  readonly screen = 'the API registration OTP panel';
  constructor(finder: Finder, popups: Popups) {
    super(finder, popups, {
      field: 'apiOtp.field',
      verify: 'apiOtp.verify',
      resend: 'apiOtp.resend',
      send: 'apiOtp.send',
      bySms: 'apiOtp.bySms',
    });
  }
}
