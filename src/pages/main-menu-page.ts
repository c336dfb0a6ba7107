/**
 * The "Dash Board" after login: the technical-contact popup that covers it, the session's
 * GSTIN in the header, and the sidebar whose groups expand on click.
 */
import type { Locator, Page } from 'playwright';
import type { Labels } from '../labels.js';
import { anyText, firstOf, roleByLabels } from './locate.js';

const GSTIN_IN_TEXT = /\b([0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z][A-Z0-9][0-9A-Z])\b/;

export class MainMenuPage {
  readonly heading: Locator;
  readonly technicalContactPopup: Locator;
  readonly popupExit: Locator;
  readonly apiRegistration: Locator;
  readonly userCredentials: Locator;
  readonly createApiUser: Locator;

  constructor(
    readonly page: Page,
    labels: Labels,
  ) {
    this.heading = firstOf(
      roleByLabels(page, 'heading', labels.dashboardHeading),
      page.getByText(anyText(labels.dashboardHeading)),
    );
    this.technicalContactPopup = firstOf(
      page.getByRole('dialog').filter({ hasText: anyText(labels.technicalContactTitle) }),
      page.getByRole('dialog', { name: anyText(labels.technicalContactTitle) }),
      page.locator('#techContactModal'),
    );
    this.popupExit = firstOf(
      this.technicalContactPopup.getByRole('link', { name: anyText(labels.popupExit) }),
      this.technicalContactPopup.getByRole('button', { name: anyText(labels.popupExit) }),
      page.locator('#btnTechExit'),
    );
    this.apiRegistration = this.menuItem(labels.menuApiRegistration);
    this.userCredentials = this.menuItem(labels.menuUserCredentials);
    this.createApiUser = this.menuItem(labels.menuCreateApiUser);
  }

  private menuItem(labels: readonly string[]): Locator {
    return firstOf(roleByLabels(this.page, 'link', labels), roleByLabels(this.page, 'button', labels));
  }

  /**
   * The popup appears after login, sometimes late and sometimes not at all, and blocks every
   * click until closed. A locator handler closes it whenever it shows up during an action.
   */
  async closeTechnicalContactWhenShown(): Promise<void> {
    await this.page.addLocatorHandler(this.technicalContactPopup, async () => {
      await this.popupExit.click();
    });
  }

  async waitUntilShown(timeout: number): Promise<void> {
    await this.heading.waitFor({ state: 'visible', timeout });
  }

  /** The GSTIN the portal shows for this session, read from the page header. */
  async sessionGstin(): Promise<string | undefined> {
    // biome-ignore lint/performance/useDomNodeTextContent: only the text a person sees counts, not hidden markup
    const text = await this.page.locator('body').innerText();
    const labelled = /GSTIN\s*[:-]?\s*([0-9A-Z]{15})/.exec(text);
    return labelled?.[1] ?? GSTIN_IN_TEXT.exec(text)?.[1];
  }

  /** API Registration → User Credentials → Create API User. Groups already open stay open. */
  async openCreateApiUser(timeout: number): Promise<void> {
    await this.expand(this.apiRegistration, this.userCredentials, timeout);
    await this.expand(this.userCredentials, this.createApiUser, timeout);
    await this.createApiUser.click({ timeout });
  }

  private async expand(group: Locator, child: Locator, timeout: number): Promise<void> {
    if (await child.isVisible()) return;
    await group.click({ timeout });
    await child.waitFor({ state: 'visible', timeout });
  }
}
