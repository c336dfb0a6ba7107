/**
 * The home page and its login form: username, password, captcha. The form may be on the home
 * page, behind a "Login" that opens a panel or a modal, or on a login page of its own.
 */
import { PortalChanged } from '../errors.js';
import { pictureOfBox } from '../masked-screenshot.js';
import { ElementNotFound, TypedOtherwise, toQuery } from './find-element.js';
import { ScreenObject } from './screen-object.js';
import { settle } from './settled.js';

/** A login page of its own may hide its form behind a Login of its own again: this many clicks at most. */
const MAX_CLICKS_TO_FORM = 3;

export interface SignIn {
  username: string;
  password: string;
  captcha: string;
}

export class LoginPage extends ScreenObject {
  readonly screen = 'the login page';

  /** The portal URL exactly as given: a bookmark of a login page keeps its path and query. */
  async open(portalUrl: string): Promise<void> {
    await this.page.goto(portalUrl, { waitUntil: 'domcontentloaded', timeout: this.timeout });
  }

  /**
   * Shows the form unless the page already shows it (it does after a failed attempt, and where
   * the form is on the home page). Acts toward the fields, not toward a screen (issue 18 §2):
   * whatever the "Login" leads to (a panel, a modal, a page of its own that has a Login again),
   * the next page is looked at for the fields first, then for a Login to click.
   */
  async revealForm(): Promise<void> {
    const fields = toQuery(this.finder.entry('login.username'));
    for (let click = 0; click < MAX_CLICKS_TO_FORM; click++) {
      // The wait for the page to settle after a Login says when the fields came with it.
      if (click > 0 && (await settle(this.page, this.finder.activity, this.timeout, fields)) === 'found')
        return;
      if (await this.isShown('login.username')) return;
      // The first Login is the home page's, found (or shown by an operator) as any element is;
      // after it, a page without one leaves the fields to be found or explained below.
      if (click > 0 && !(await this.isShown('home.loginButton'))) break;
      try {
        await this.click('home.loginButton');
      } catch (error) {
        // Gone as it was clicked again: the page the first Login asked for came meanwhile (asked
        // late on a loaded machine, the home page still showing when it was looked at). That
        // page is looked at for the fields as any other.
        if (click === 0 || !(error instanceof ElementNotFound)) throw error;
      }
    }
    await this.finder.find('login.username', this.screen);
  }

  /**
   * The captcha as the operator must read it. Waits for the image to have loaded. A picture of
   * the image's box in the viewport rather than `locator.screenshot()`, whose scrolling and
   * stability checks cost twice the capture itself (the box is measured once the image is in),
   * taken over DevTools as the steps' pictures are.
   */
  async captchaPicture(): Promise<Buffer> {
    for (let read = 1; ; read++) {
      const image = await this.finder.find('login.captchaImage', this.screen);
      const box = await this.evaluateOn(
        'login.captchaImage',
        async (found, ms) => {
          const img = found as HTMLImageElement | null;
          if (!img) return null;
          // An image that fails to load is pictured as the browser draws it, for a new one to be asked.
          if (img.tagName === 'IMG' && !(img.complete && img.naturalWidth > 0))
            await new Promise((resolve) => {
              img.addEventListener('load', resolve, { once: true });
              img.addEventListener('error', resolve, { once: true });
              setTimeout(resolve, ms);
            });
          const seen = img.getBoundingClientRect();
          if (seen.top < 0 || seen.left < 0 || seen.bottom > innerHeight || seen.right > innerWidth)
            img.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
          const { left, top, right, bottom } = img.getBoundingClientRect();
          const x = Math.floor(left);
          const y = Math.floor(top);
          // In the document's pixels, as DevTools takes a box.
          return {
            x: x + scrollX,
            y: y + scrollY,
            width: Math.ceil(right) - x,
            height: Math.ceil(bottom) - y,
          };
        },
        this.timeout,
        image,
      );
      if (box) return pictureOfBox(this.page, box);
      // Found, then gone before it was read (the form drawn again): found again, twice at most.
      if (read >= 3)
        throw new PortalChanged('The captcha picture left the login form each time it was read.');
    }
  }

  /**
   * A new captcha from the portal, as its refresh control would fetch one: the image is loaded
   * again from its own address (the portal draws a new text for every request to
   * /get-captcha-image), with jQuery's cache-busting parameter `_` so the browser cannot reuse
   * the old one. The image's address is known for the real portal; its refresh control's text
   * is not, so the control is not relied on.
   */
  async newCaptchaPicture(): Promise<Buffer> {
    const image = await this.finder.find('login.captchaImage', this.screen);
    const asked = await this.evaluateOn(
      'login.captchaImage',
      (found) =>
        new Promise<string>((resolve) => {
          const img = found as HTMLImageElement | null;
          if (!img) return resolve('gone');
          const address = new URL(img.src, document.baseURI);
          address.searchParams.set('_', String(Date.now()));
          img.addEventListener('load', () => resolve('loaded'), { once: true });
          img.addEventListener('error', () => resolve(address.pathname), { once: true });
          img.src = address.href;
        }),
      undefined,
      image,
    );
    // Gone before it was asked: the picture is found again.
    if (asked !== 'loaded' && asked !== 'gone')
      throw new PortalChanged(`No new captcha picture came from ${asked}.`);
    return this.captchaPicture();
  }

  /**
   * Fills the form; `submit` sends it (apart, so evidence of the filled form can be taken
   * between), reading back what was typed in the same look as its button.
   */
  /**
   * Types the three fields and reads them back. A field found holding other words than typed
   * (the focus taken back as a popup settled: the captcha went on the end of the password) has
   * the form typed once more, as a person does; a field that changes it again stops the run.
   */
  async fillForm(credentials: SignIn): Promise<void> {
    const type = async () => {
      await this.fill('login.username', credentials.username);
      await this.fill('login.password', credentials.password);
      await this.fill('login.captcha', credentials.captcha);
    };
    await type();
    try {
      await this.confirmTyped();
    } catch (error) {
      if (!(error instanceof TypedOtherwise)) throw error;
      this.finder.log?.info({ form: 'login' }, 'a field changed what was typed: typed again');
      await type();
      await this.confirmTyped();
    }
  }

  async submit(): Promise<void> {
    await this.click('login.submit');
  }
}
