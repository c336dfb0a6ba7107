/**
 * The `legacy-table` dialect: the portal as an ASP.NET WebForms site would draw it. Layout
 * tables; every label is plain text in the cell beside its field (`User Name*`, `Password :`),
 * never a `<label>`; no aria attributes and no placeholders; buttons are `<input type=submit>`;
 * radios have bare text beside them; the technical-contact popup is a plain fixed `<div>`;
 * menu heads are `javascript:void(0)` links. Every step is a full-page post, and every
 * message (refusal or news) is an alert raised by a startup script while the page is still
 * loading, as `RegisterStartupScript` does.
 *
 * The popup, the messages after login and the login entry are the preset's forms of those
 * parts (`variants.ts`), drawn into this dialect's slots; another form can take their place.
 */
import type { DialectLogin, LoginBlock, LoginEntryRender } from './login-entry-forms.js';
import { startupAlert } from './message-forms.js';
import {
  type ApiOtpPage,
  type DialectPages,
  escapeHtml,
  type FieldNames,
  formatDate,
  type HomePage,
  inputTag,
  loginSlots,
  MAINTENANCE,
  type MainMenuPage,
  menuSlots,
  messageSlots,
  NOT_FOUND,
  nonce,
  otpSlots,
  type PartRenders,
  type RegisterPage,
  registrationSlots,
  serverErrorPage,
  Templates,
  type TwoFactorPage,
} from './pages.js';
import type { ApiUser } from './types.js';

export class LegacyTablePages implements DialectPages {
  private readonly templates = new Templates('legacy-table');
  readonly loginEntry: LoginEntryRender;

  constructor(private readonly parts: PartRenders) {
    this.loginEntry = parts.loginEntry;
  }

  readonly fields: FieldNames = {
    loginOtp: 'ctl00$MainContent$txtOtp',
    apiOtp: 'ctl00$MainContent$txtApiOtp',
    gspId: 'ctl00$MainContent$ddlGspList',
    suffix: 'ctl00$MainContent$txtApiUser',
    password: 'ctl00$MainContent$txtApiPwd',
    confirmPassword: 'ctl00$MainContent$txtApiRePwd',
  };

  stylesheet(path: string): string | undefined {
    return path === '/Styles/Site.css' ? this.templates.read('Site.css') : undefined;
  }

  /** Login refusals are startup-script alerts, whatever the message form (known of the real portal). */
  home(page: HomePage): string {
    return this.loginScreen(page, this.loginEntry.home(this.dialectLogin(), page.alert !== undefined));
  }

  login(page: HomePage): string {
    return this.loginScreen(page, this.loginEntry.loginPage(this.dialectLogin()));
  }

  private loginScreen(page: HomePage, block: LoginBlock): string {
    return this.templates.render('home.html', {
      token: page.token,
      salt: page.salt,
      ...loginSlots(block),
      alert: startupAlert(page.alert),
    });
  }

  /** The whole page is one form, so the panel has no form (and no action) of its own. */
  private dialectLogin(): DialectLogin {
    return {
      button: '<input type="button" id="btnLogin" class="homepageloginbtn" value="Login" />',
      panel: (open) =>
        this.templates.render('login-panel.html', {
          captchaNonce: nonce(),
          loginDisplay: open ? 'block' : 'none',
        }),
    };
  }

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

  apiOtp(page: ApiOtpPage): string {
    return this.templates.render('apiotp.html', {
      token: page.token,
      gstin: page.gstin,
      ...messageSlots(this.parts, page.message),
      ...otpSlots(
        this.parts,
        { id: 'MainContent_txtApiOtp', name: this.fields.apiOtp, className: 'txtBox' },
        page.otpSent,
      ),
    });
  }

  register(page: RegisterPage): string {
    const { kept } = page;
    const message = messageSlots(this.parts, page.message);
    const value = escapeHtml(kept?.suffix ?? '');
    return this.templates.render('register.html', {
      token: page.token,
      gstin: page.gstin,
      registeredRows: gridRows(page.registered),
      gspDisplay: kept ? '' : 'none',
      ...message,
      ...registrationSlots(this.parts, page, {
        look: 'legacy-table',
        regTypeName: 'ctl00$MainContent$rblRegMode',
        gsp: {
          id: 'MainContent_ddlGspList',
          name: 'ctl00$MainContent$ddlGspList',
          emptyText: '--Select--',
          listClass: 'ddl',
          cellLabel: 'Select your GSP&nbsp;:<span class="req">*</span>',
        },
        username: {
          label: 'Username',
          cellLabel: 'Username&nbsp;<span class="req">*</span>',
          labelFor: 'MainContent_txtApiUser',
          control: (naming) =>
            `<b>API_</b>${inputTag(`name="ctl00$MainContent$txtApiUser" type="text" value="${value}" maxlength="20" id="MainContent_txtApiUser" class="txtBox"`, naming)}`,
        },
        password: {
          label: 'Password',
          cellLabel: 'Password :',
          labelFor: 'MainContent_txtApiPwd',
          control: (naming) =>
            inputTag(
              'name="ctl00$MainContent$txtApiPwd" type="password" maxlength="15" id="MainContent_txtApiPwd" class="txtBox"',
              naming,
            ),
        },
        confirmPassword: {
          label: 'Re-enter Password',
          cellLabel: 'Re-enter Password :',
          labelFor: 'MainContent_txtApiRePwd',
          control: (naming) =>
            inputTag(
              'name="ctl00$MainContent$txtApiRePwd" type="password" maxlength="15" id="MainContent_txtApiRePwd" class="txtBox"',
              naming,
            ),
        },
        actions: `<input type="submit" name="ctl00$MainContent$btnSubmit" value="Submit" onclick="return validateApiUser();" id="MainContent_btnSubmit" class="button" />
          &nbsp;<input type="button" value="Exit" onclick="window.location.href='/Home/MainMenu';" class="button" />${message.messageTop}${message.messageField}`,
      }),
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

/** A GridView's rows: its EmptyDataText when there is none. */
function gridRows(users: readonly ApiUser[]): string {
  if (users.length === 0) return '<tr><td colspan="4">No Record(s) Found</td></tr>';
  return users
    .map(
      (user, index) =>
        `<tr><td>${index + 1}</td><td>${escapeHtml(user.gsp)}</td><td>${escapeHtml(user.username)}</td>` +
        `<td>${escapeHtml(formatDate(user.createdAt))}</td></tr>`,
    )
    .join('\n');
}
