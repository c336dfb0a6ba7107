/**
 * An OTP panel: a field, "Verify OTP" and "Resend OTP". The login's second factor and the API
 * registration have the same shape under their own map entries, so both page objects extend
 * this. It does not judge the answer: the portal's verdict comes as an alert, a text on the
 * page or a new screen, which the flow reads.
 */
import type { ElementAddress } from '../portal-map.js';
import type { Finder } from './find-element.js';
import type { Popups } from './popups.js';
import { ScreenObject } from './screen-object.js';

export interface OtpEntries {
  field: ElementAddress;
  verify: ElementAddress;
  resend: ElementAddress;
}

export abstract class OtpPanel extends ScreenObject {
  protected constructor(
    finder: Finder,
    popups: Popups,
    readonly entries: OtpEntries,
  ) {
    super(finder, popups);
  }

  async waitUntilShown(): Promise<void> {
    await this.finder.find(this.entries.field, this.screen);
  }

  async verify(otp: string): Promise<void> {
    await this.enter(this.entries.field, otp);
    await this.click(this.entries.verify);
  }

  async resend(): Promise<void> {
    await this.click(this.entries.resend);
  }
}

/** The mandatory second factor after the password (since April 2025): an OTP to the registered mobile. */
export class LoginOtpPage extends OtpPanel {
  readonly screen = 'the login OTP page';
  constructor(finder: Finder, popups: Popups) {
    super(finder, popups, { field: 'loginOtp.field', verify: 'loginOtp.verify', resend: 'loginOtp.resend' });
  }
}

/** "Create API User" first sends an OTP to the registered mobile and asks for it here. */
export class ApiOtpPanel extends OtpPanel {
  readonly screen = 'the API registration OTP panel';
  constructor(finder: Finder, popups: Popups) {
    super(finder, popups, { field: 'apiOtp.field', verify: 'apiOtp.verify', resend: 'apiOtp.resend' });
  }
}
