/**
 * "Do you wish to Register your GSTIN for": Directly, Through GSP, Through ERP, Through
 * Client-Id of other. The bot only ever chooses "Through GSP"; "Directly" issues a client id
 * and secret meant for large taxpayers and must never be chosen by accident.
 */
import type { Locator, Page } from 'playwright';
import type { Labels } from '../labels.js';
import { anyText, firstOf } from './locate.js';

export class RegistrationModePage {
  readonly throughGsp: Locator;

  constructor(
    readonly page: Page,
    labels: Labels,
  ) {
    this.throughGsp = firstOf(
      page.getByRole('radio', { name: anyText(labels.throughGsp) }),
      page.locator('#rbGSP'),
    );
  }

  async waitUntilShown(timeout: number): Promise<void> {
    await this.throughGsp.waitFor({ state: 'visible', timeout });
  }

  async chooseThroughGsp(timeout: number): Promise<void> {
    await this.throughGsp.check({ timeout });
  }
}
