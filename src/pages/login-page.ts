/** The home page's login form: username, password, captcha. */
import type { Locator, Page } from 'playwright';
import type { Labels } from '../labels.js';
import { anyText, firstOf } from './locate.js';

export interface SignIn {
  username: string;
  password: string;
  captcha: string;
}

export class LoginPage {
  readonly username: Locator;
  readonly password: Locator;
  readonly captchaImage: Locator;
  readonly captchaInput: Locator;
  /** The header button that reveals the form (the form's own submit is also named "Login"). */
  readonly revealButton: Locator;
  readonly submitButton: Locator;

  constructor(
    readonly page: Page,
    labels: Labels,
  ) {
    this.username = firstOf(page.getByLabel(/^\s*user\s*name\s*$/i), page.locator('#txtUserName'));
    this.password = firstOf(page.getByLabel(/^\s*password\s*$/i), page.locator('#txt_password'));
    this.captchaImage = firstOf(
      page.getByRole('img', { name: /captcha/i }),
      page.locator('#captcha_image, img[src*="captcha" i]'),
    );
    this.captchaInput = firstOf(page.getByLabel(/captcha/i), page.locator('#CaptchaCode'));
    const form = page.locator('form').filter({ has: page.locator('input[type="password"]') });
    this.submitButton = firstOf(
      form.getByRole('button', { name: anyText(labels.loginButton) }),
      page.locator('#btnSubmitLogin'),
    );
    this.revealButton = firstOf(
      page.getByRole('button', { name: anyText(labels.loginButton) }),
      page.locator('#btnLogin'),
    );
  }

  async open(portalUrl: string, timeout: number): Promise<void> {
    await this.page.goto(`${portalUrl}/`, { waitUntil: 'domcontentloaded', timeout });
  }

  /** Shows the form unless the page already shows it (it does after a failed attempt). */
  async revealForm(timeout: number): Promise<void> {
    if (!(await this.username.isVisible())) await this.revealButton.click({ timeout });
    await this.username.waitFor({ state: 'visible', timeout });
  }

  /**
   * The captcha as the operator must read it. Waits for the image to have loaded. A picture of
   * the image's box in the viewport rather than `locator.screenshot()`, whose scrolling and
   * stability checks cost twice the capture itself (the box is measured once the image is in).
   */
  async captchaPicture(timeout: number): Promise<Buffer> {
    await this.captchaImage.waitFor({ state: 'visible', timeout });
    const box = await this.captchaImage.evaluate(
      async (img: HTMLImageElement) => {
        if (!(img.complete && img.naturalWidth > 0))
          await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
        const seen = img.getBoundingClientRect();
        if (seen.top < 0 || seen.left < 0 || seen.bottom > innerHeight || seen.right > innerWidth)
          img.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
        const { left, top, right, bottom } = img.getBoundingClientRect();
        const x = Math.floor(left);
        const y = Math.floor(top);
        return { x, y, width: Math.ceil(right) - x, height: Math.ceil(bottom) - y };
      },
      undefined,
      { timeout },
    );
    return this.page.screenshot({ clip: box, timeout, animations: 'disabled' });
  }

  async signIn(credentials: SignIn, timeout: number): Promise<void> {
    await this.username.fill(credentials.username, { timeout });
    await this.password.fill(credentials.password, { timeout });
    await this.captchaInput.fill(credentials.captcha, { timeout });
    await this.submitButton.click({ timeout });
  }

  async isShown(): Promise<boolean> {
    return (await this.username.isVisible()) || (await this.revealButton.isVisible());
  }
}
