/**
 * The `legacy-table` dialect: the portal as an ASP.NET WebForms site would draw it. Layout
 * tables; every label is plain text in the cell beside its field (`User Name*`, `Password :`),
 * never a `<label>`; no aria attributes and no placeholders; buttons are `<input type=submit>`;
 * radios have bare text beside them; the technical-contact popup is a plain fixed `<div>`;
 * menu heads are `javascript:void(0)` links. Every step is a full-page post, and every
 * message (refusal or news) is an alert raised by a startup script while the page is still
 * loading, as `RegisterStartupScript` does.
 */
import {
  type ApiOtpPage,
  type DialectPages,
  escapeHtml,
  type FieldNames,
  formatDate,
  gspOptionTags,
  type HomePage,
  MAINTENANCE,
  type MainMenuPage,
  NOT_FOUND,
  nonce,
  POPUP_PROCEED,
  type RegisterPage,
  scriptLiteral,
  serverErrorPage,
  Templates,
  type TwoFactorPage,
} from './pages.js';
import type { ApiUser } from './types.js';

/** An alert raised as soon as the parser reaches it, before the page has finished loading. */
function startupAlert(text: string | undefined): string {
  if (!text) return '';
  return `<script type="text/javascript">alert(${scriptLiteral(text)});</script>`;
}

export class LegacyTablePages implements DialectPages {
  private readonly templates = new Templates('legacy-table');

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

  home(page: HomePage): string {
    return this.templates.render('home.html', {
      token: page.token,
      salt: page.salt,
      captchaNonce: nonce(),
      loginDisplay: page.alert ? 'block' : 'none',
      alert: startupAlert(page.alert),
    });
  }

  twoFactor(page: TwoFactorPage): string {
    return this.templates.render('twofactor.html', {
      token: page.token,
      maskedMobile: page.maskedMobile,
      alert: startupAlert(page.message?.text),
    });
  }

  mainMenu(page: MainMenuPage): string {
    return this.templates.render('mainmenu.html', {
      gstin: page.gstin,
      tradeName: page.tradeName,
      menuLabel: page.menuLabel,
      popup: scriptLiteral(page.popup),
      popupClose: page.popupWithoutClose ? POPUP_PROCEED : 'Exit',
    });
  }

  apiOtp(page: ApiOtpPage): string {
    return this.templates.render('apiotp.html', {
      token: page.token,
      gstin: page.gstin,
      alert: startupAlert(page.message?.text),
    });
  }

  register(page: RegisterPage): string {
    const { kept } = page;
    return this.templates.render('register.html', {
      token: page.token,
      gstin: page.gstin,
      gspOptions: gspOptionTags(page.gsps, kept?.gspId),
      registeredRows: gridRows(page.registered),
      gspChecked: kept ? 'checked="checked"' : '',
      gspDisplay: kept ? '' : 'none',
      throughGsp: page.throughGspLabel ?? 'Through GSP',
      userName: kept?.suffix ?? '',
      alert: startupAlert(page.message?.text),
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
