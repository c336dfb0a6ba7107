/**
 * The `bootstrap` dialect: the portal as an ASP.NET Core MVC site on Bootstrap 3/4 would draw
 * it, closest to what scraper code saw. Popups are `.modal.fade.show` with a separate
 * `.modal-backdrop`, closed by `[data-dismiss=modal]` (× and a `.btn-danger` Exit), and an
 * "Advisory" follows the technical contacts; the sidebar is a collapse accordion of
 * `a.btn.btn-link.parentmenu` toggles; labels are `<label>`s with no `for`; the username is
 * an input group with `API_` in its addon.
 *
 * Login and the login OTP are full-page posts (the login OTP's refusal is a `div.divError`
 * beside the field, not an alert). "Create API User" is one page: the OTP is checked by AJAX,
 * the form is revealed in place and filled from JSON, Submit asks `confirm()`, posts by AJAX,
 * `alert()`s the answer and redraws the table of registered GSPs.
 */
import {
  type ApiOtpPage,
  alertScript,
  type DialectPages,
  escapeHtml,
  type FieldNames,
  type HomePage,
  MAINTENANCE,
  type MainMenuPage,
  NOT_FOUND,
  nonce,
  type PageMessage,
  POPUP_PROCEED,
  type RegisterPage,
  scriptLiteral,
  serverErrorPage,
  Templates,
  type TwoFactorPage,
} from './pages.js';

const STYLESHEETS: Record<string, string> = {
  '/lib/bootstrap/dist/css/bootstrap.min.css': 'bootstrap.css',
  '/css/site.css': 'site.css',
};

export class BootstrapPages implements DialectPages {
  private readonly templates = new Templates('bootstrap');

  readonly fields: FieldNames = {
    loginOtp: 'OtpCode',
    apiOtp: 'ApiOtp',
    gspId: 'ApiUserModel.GspCode',
    suffix: 'ApiUserModel.UserName',
    password: 'ApiUserModel.Password',
    confirmPassword: 'ApiUserModel.ConfirmPassword',
  };

  stylesheet(path: string): string | undefined {
    const file = STYLESHEETS[path];
    return file ? this.templates.read(file) : undefined;
  }

  /** Login refusals stay alerts, as the real portal's are. */
  home(page: HomePage): string {
    return this.templates.render('home.html', {
      token: page.token,
      salt: page.salt,
      captchaNonce: nonce(),
      loginShow: page.alert ? 'show' : '',
      alert: alertScript(page.alert),
    });
  }

  /** A refused OTP is text under the field (`div.divError`); news is a Bootstrap alert box. */
  twoFactor(page: TwoFactorPage): string {
    const { message } = page;
    return this.templates.render('twofactor.html', {
      token: page.token,
      maskedMobile: page.maskedMobile,
      error: message?.kind === 'error' ? `<div class="divError">${escapeHtml(message.text)}</div>` : '',
      notice:
        message?.kind === 'notice'
          ? `<div class="alert alert-success">${escapeHtml(message.text)}</div>`
          : '',
    });
  }

  mainMenu(page: MainMenuPage): string {
    return this.templates.render('mainmenu.html', {
      gstin: page.gstin,
      tradeName: page.tradeName,
      menuLabel: page.menuLabel,
      popup: scriptLiteral(page.popup),
      // Without a way out the bot knows: no ×, and the footer button closes by the page's own script.
      techHeaderClose: page.popupWithoutClose
        ? ''
        : '<button type="button" class="close" data-dismiss="modal">&times;</button>',
      techFooterClose: page.popupWithoutClose
        ? `<button type="button" class="btn btn-primary" data-close="modal">${POPUP_PROCEED}</button>`
        : '<button type="button" class="btn btn-danger" data-dismiss="modal">Exit</button>',
    });
  }

  /** The OTP panel, with the registration form hidden below it until the OTP is verified. */
  apiOtp(page: ApiOtpPage): string {
    return this.apiUser({
      token: page.token,
      gstin: page.gstin,
      verified: false,
      message: page.message,
      throughGspLabel: page.throughGspLabel,
    });
  }

  /** The same page with the OTP already verified (a reload, or a full-page post's answer). */
  register(page: RegisterPage): string {
    return this.apiUser({
      token: page.token,
      gstin: page.gstin,
      verified: true,
      kept: page.kept,
      message: page.message,
      throughGspLabel: page.throughGspLabel,
    });
  }

  private apiUser(page: {
    token: string;
    gstin: string;
    verified: boolean;
    kept?: RegisterPage['kept'];
    message?: PageMessage;
    throughGspLabel?: string;
  }): string {
    const { kept } = page;
    return this.templates.render('apiuser.html', {
      token: page.token,
      gstin: page.gstin,
      otpDisplay: page.verified ? 'none' : 'block',
      formDisplay: page.verified ? 'block' : 'none',
      verified: scriptLiteral(page.verified),
      kept: scriptLiteral(kept ?? null),
      gspChecked: kept ? 'checked' : '',
      gspSectionClass: kept ? '' : 'd-none',
      throughGsp: page.throughGspLabel ?? 'Through GSP',
      userName: kept?.suffix ?? '',
      alert: alertScript(page.message?.text),
    });
  }

  message(title: string, text: string): string {
    return this.templates.render('message.html', { title, message: text });
  }

  maintenance(): string {
    return this.message(MAINTENANCE.title, MAINTENANCE.text);
  }

  notFound(): string {
    return this.message(NOT_FOUND.title, NOT_FOUND.text);
  }

  serverError(): string {
    return serverErrorPage();
  }
}
