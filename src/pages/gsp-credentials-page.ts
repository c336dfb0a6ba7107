/**
 * The form under "Through GSP": "Select your GSP" (a native select), the username after the
 * fixed `API_` prefix, Password, Re-enter Password, Submit.
 */
import type { Locator, Page } from 'playwright';
import type { Labels } from '../labels.js';
import { anyText, firstOf } from './locate.js';

export class GspCredentialsPage {
  readonly gspSelect: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly confirmPassword: Locator;
  readonly submitButton: Locator;
  readonly usernamePrefix: Locator;

  constructor(
    readonly page: Page,
    labels: Labels,
  ) {
    const selectText = anyText(labels.selectGsp);
    this.gspSelect = firstOf(
      page.getByRole('combobox', { name: selectText }),
      page.locator('#ddlGSP'),
      // Labels here are plain text in the neighbouring cell.
      page
        .locator('tr')
        .filter({ has: page.getByText(selectText) })
        .locator('select'),
    );
    this.usernamePrefix = page.getByText(/^\s*API_\s*$/);
    this.username = firstOf(
      page.locator('#txtApiUserName'),
      page.locator('tr').filter({ has: this.usernamePrefix }).getByRole('textbox'),
    );
    this.password = firstOf(page.getByLabel(/^\s*password\s*$/i), page.locator('#txtApiPassword'));
    this.confirmPassword = firstOf(
      page.getByLabel(/re-?\s*enter\s+password|confirm/i),
      page.locator('#txtApiRePassword'),
    );
    this.submitButton = firstOf(
      page.getByRole('button', { name: anyText(labels.submit) }),
      page.locator('#btnSubmitApiUser'),
    );
  }

  async waitUntilShown(timeout: number): Promise<void> {
    await this.gspSelect.waitFor({ state: 'visible', timeout });
  }

  /** The names the portal offers, as shown (the placeholder option excluded). */
  async gspNames(): Promise<string[]> {
    const options = await this.gspSelect.locator('option').evaluateAll((nodes) =>
      nodes.map((node) => ({
        text: (node.textContent ?? '').trim(),
        value: (node as HTMLOptionElement).value,
      })),
    );
    return options.filter((o) => o.value !== '' && !/^-*\s*select/i.test(o.text)).map((o) => o.text);
  }

  async chooseGsp(shownName: string, timeout: number): Promise<void> {
    await this.gspSelect.selectOption({ label: shownName }, { timeout });
  }

  /** The portal prefixes `API_` itself: only the part after it is typed. */
  async fillCredentials(usernameSuffix: string, password: string, timeout: number): Promise<void> {
    await this.username.fill(usernameSuffix, { timeout });
    await this.password.fill(password, { timeout });
    await this.confirmPassword.fill(password, { timeout });
  }

  async prefixShown(): Promise<boolean> {
    return this.usernamePrefix.isVisible();
  }

  async submit(timeout: number): Promise<void> {
    await this.submitButton.click({ timeout });
  }
}
