/**
 * An OTP panel: a field, "Verify OTP" and "Resend OTP". The login's second factor and the
 * API registration use the same shape with different ids, so both page objects extend this.
 * It does not judge the answer: the portal's verdict comes as an alert or a new page, which
 * the flow reads.
 */
import type { Locator, Page } from 'playwright';
import { anyText, firstOf } from './locate.js';

export interface OtpPanelIds {
  field: string;
  verify: string;
  resend: string;
}

export abstract class OtpPanel {
  readonly field: Locator;
  readonly verifyButton: Locator;
  readonly resendButton: Locator;

  protected constructor(
    readonly page: Page,
    verifyLabels: readonly string[],
    resendLabels: readonly string[],
    ids: OtpPanelIds,
  ) {
    this.field = firstOf(
      page.getByLabel(/\bOTP\b/i),
      page.locator(`${ids.field}, input[autocomplete="one-time-code"]`),
    );
    this.verifyButton = firstOf(
      page.getByRole('button', { name: anyText(verifyLabels) }),
      page.locator(ids.verify),
    );
    this.resendButton = firstOf(
      page.getByRole('button', { name: anyText(resendLabels) }),
      page.getByRole('link', { name: anyText(resendLabels) }),
      page.locator(ids.resend),
    );
  }

  async waitUntilShown(timeout: number): Promise<void> {
    await this.field.waitFor({ state: 'visible', timeout });
  }

  async verify(otp: string, timeout: number): Promise<void> {
    await this.field.fill(otp, { timeout });
    await this.verifyButton.click({ timeout });
  }

  async resend(timeout: number): Promise<void> {
    await this.resendButton.click({ timeout });
  }
}
