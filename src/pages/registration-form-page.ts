/**
 * The API registration form: "Do you wish to Register your GSTIN for" Directly / Through GSP /
 * Through ERP / Through Client-Id of other, then "Select your GSP", the username after the
 * fixed `API_` prefix, Password, Re-enter Password, Submit. The bot only ever chooses
 * "Through GSP", found by its visible text alone: "Directly" issues a client id and secret
 * meant for large taxpayers and must never be chosen by accident.
 */
import { PortalChanged } from '../errors.js';
import { where } from './find-element.js';
import { ScreenObject } from './screen-object.js';

export class RegistrationFormPage extends ScreenObject {
  readonly screen = 'the API registration form';

  async waitUntilShown(): Promise<void> {
    await this.finder.find('registration.throughGsp', this.screen);
  }

  async chooseThroughGsp(): Promise<void> {
    await this.check('registration.throughGsp');
    await this.finder.find('registration.gspSelect', this.screen);
  }

  /** The names the portal offers, as shown (the placeholder option excluded). */
  async gspNames(): Promise<string[]> {
    const options = await this.withoutLook('registration.gspSelect', (select, timeout) =>
      select.evaluate(
        (node) =>
          node instanceof HTMLSelectElement
            ? Array.from(node.options, (option) => ({
                text: (option.textContent ?? '').trim(),
                value: option.value,
              }))
            : null,
        undefined,
        { timeout },
      ),
    );
    if (!options) {
      // A list drawn by the page's scripts with no native list behind it (issue 18 teaches those).
      throw new PortalChanged(
        `${where(this.finder.entry('registration.gspSelect'), this.screen)} is drawn by the page without a native list: not a list the bot can read yet.`,
        'Look at the screenshot in the run folder, and report it with the run folder attached.',
      );
    }
    return options.filter((o) => o.value !== '' && !/^-*\s*select/i.test(o.text)).map((o) => o.text);
  }

  async chooseGsp(shownName: string): Promise<void> {
    await this.enter('registration.gspSelect', shownName);
  }

  /** The portal prefixes `API_` itself: only the part after it is typed. */
  async fillCredentials(usernameSuffix: string, password: string): Promise<void> {
    await this.fill('registration.username', usernameSuffix);
    await this.fill('registration.password', password);
    await this.fill('registration.confirmPassword', password);
    await this.confirmTyped();
  }

  async prefixShown(): Promise<boolean> {
    return this.isShown('registration.usernamePrefix');
  }

  async submit(): Promise<void> {
    await this.click('registration.submit');
  }
}
