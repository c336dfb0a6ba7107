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
 *
 * The popups, the messages after login (here also those the page's AJAX gets, through the form's
 * `showMessage`) and the login entry are the preset's forms of those parts (`variants.ts`),
 * drawn into this dialect's slots; another form can take their place.
 */
import type { DialectLogin, LoginBlock, LoginEntryRender } from './login-entry-forms.js';
import {
  type ApiOtpPage,
  alertScript,
  type DialectPages,
  escapeHtml,
  type FieldNames,
  type HomePage,
  inputTag,
  loginSlots,
  MAINTENANCE,
  type MainMenuPage,
  menuSlots,
  messageSlots,
  NOT_FOUND,
  nonce,
  OTP_CHOOSE_NOTE,
  OTP_SENT_NOTE,
  type PageMessage,
  type PartRenders,
  type RegisterPage,
  registrationSlots,
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
  readonly loginEntry: LoginEntryRender;

  constructor(private readonly parts: PartRenders) {
    this.loginEntry = parts.loginEntry;
  }

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

  /** Login refusals stay alerts, as the real portal's are, whatever the message form. */
  home(page: HomePage): string {
    return this.loginScreen(page, this.loginEntry.home(this.dialectLogin(page), page.alert !== undefined));
  }

  login(page: HomePage): string {
    return this.loginScreen(page, this.loginEntry.loginPage(this.dialectLogin(page)));
  }

  private loginScreen(page: HomePage, block: LoginBlock): string {
    return this.templates.render('home.html', { ...loginSlots(block), alert: alertScript(page.alert) });
  }

  private dialectLogin(page: HomePage): DialectLogin {
    return {
      button: '<button type="button" id="btnLogin" class="btn btn-warning homepageloginbtn">Login</button>',
      panel: (open, action) =>
        this.templates.render('login-panel.html', {
          token: page.token,
          salt: page.salt,
          captchaNonce: nonce(),
          loginShow: open ? 'show' : '',
          loginAction: action,
        }),
    };
  }

  /** The message form's slots: a refusal under the field, news above the form. */
  twoFactor(page: TwoFactorPage): string {
    return this.templates.render('twofactor.html', {
      token: page.token,
      maskedMobile: page.maskedMobile,
      ...messageSlots(this.parts, page.message),
    });
  }

  mainMenu(page: MainMenuPage): string {
    return this.templates.render('mainmenu.html', {
      gstin: page.gstin,
      tradeName: page.tradeName,
      ...menuSlots(
        this.parts,
        this.templates.render('menu.html', { menuLabel: page.menuLabel }),
        page.menuLabel,
      ),
      popup: this.parts.popup({ timing: page.popup, withoutClose: page.popupWithoutClose ?? false }),
    });
  }

  /**
   * The OTP panel, with the registration form hidden below it until the OTP is verified; for an
   * OTP form without the hidden form, the OTP alone, its page going to the form once verified.
   */
  apiOtp(page: ApiOtpPage): string {
    if (!this.parts.otp.withHiddenForm) {
      return this.templates.render('apiotp.html', {
        token: page.token,
        gstin: page.gstin,
        otpNote: this.parts.otp.sendFirst && !page.otpSent ? OTP_CHOOSE_NOTE : OTP_SENT_NOTE,
        otpEntry: this.otpEntry(page.otpSent),
        showMessage: this.parts.message.client,
        alert: alertScript(page.message?.text),
      });
    }
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
    const value = escapeHtml(kept?.suffix ?? '');
    return this.templates.render('apiuser.html', {
      token: page.token,
      gstin: page.gstin,
      otpDisplay: page.verified ? 'none' : 'block',
      otpEntry: this.otpEntry(!page.verified),
      formDisplay: page.verified ? 'block' : 'none',
      verified: scriptLiteral(page.verified),
      kept: scriptLiteral(kept ?? null),
      gspSectionClass: kept ? '' : 'd-none',
      // The list is filled from JSON once the page has loaded (kept chosen then, by the page).
      ...registrationSlots(
        this.parts,
        { gsps: [], kept, throughGspLabel: page.throughGspLabel },
        {
          look: 'bootstrap',
          regTypeName: 'ApiUserModel.RegMode',
          gsp: {
            id: 'ApiUserModel_GspCode',
            name: 'ApiUserModel.GspCode',
            emptyText: '-- Select GSP --',
            listClass: 'form-control',
            cellLabel: 'SELECT YOUR GSP *',
            after: '\n                <span class="text-danger field-error" id="spnGspError"></span>',
          },
          username: {
            label: 'Username',
            cellLabel: 'Username *',
            labelFor: 'ApiUserModel_UserName',
            control: (naming) =>
              `<div class="input-group"><span class="input-group-addon">API_</span>${inputTag(`type="text" class="form-control" id="ApiUserModel_UserName" name="ApiUserModel.UserName" maxlength="20" value="${value}"`, naming)}</div>`,
          },
          password: {
            label: 'Password',
            cellLabel: 'Password *',
            labelFor: 'ApiUserModel_Password',
            control: (naming) =>
              inputTag(
                'type="password" class="form-control" id="ApiUserModel_Password" name="ApiUserModel.Password" maxlength="15"',
                naming,
              ),
          },
          confirmPassword: {
            label: 'Re-enter Password',
            cellLabel: 'Re-enter Password *',
            labelFor: 'ApiUserModel_ConfirmPassword',
            control: (naming) =>
              `${inputTag('type="password" class="form-control" id="ApiUserModel_ConfirmPassword" name="ApiUserModel.ConfirmPassword" maxlength="15"', naming)}
                <span class="text-danger field-error" id="spnPasswordError"></span>`,
          },
          actions: `<button type="submit" class="btn btn-success" id="btnSaveApiUser">Submit</button>
              <button type="button" class="btn btn-danger" id="btnExitApiUser">Exit</button>`,
        },
      ),
      showMessage: this.parts.message.client,
      // A full-page answer's message (the form's post, not the page's AJAX) stays an alert.
      alert: alertScript(page.message?.text),
    });
  }

  private otpEntry(sent: boolean): string {
    return this.parts.otp.entry({ id: 'ApiOtp', name: this.fields.apiOtp, className: 'form-control' }, sent);
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
