/**
 * The recorded pages: HTML files in `pages/` (one folder per markup dialect) with `{{name}}`
 * placeholders (HTML-escaped here) and `{{{name}}}` for fragments built by the builders (option
 * lists, table rows, the alert script). Every dialect draws the same screens from the same
 * facts through `DialectPages`; none of the builders knows about sessions or HTTP. This module
 * holds what the dialects share and the first one, `accessible`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GspPickerRender } from './gsp-picker-forms.js';
import type { GspOption } from './gsps.js';
import type { LabelledField, LabelsRender } from './label-forms.js';
import type { DialectLogin, LoginBlock, LoginEntryRender } from './login-entry-forms.js';
import type { MenuRender } from './menu-forms.js';
import type { MessageRender } from './message-forms.js';
import { HIDDEN_REGISTRATION_FORM, type OtpField, type OtpRender } from './otp-forms.js';
import type { PopupRender } from './popup-forms.js';
import type { RegistrationTypeRender } from './registration-type-forms.js';
import type { ApiUser, Dialect, Faults } from './types.js';

/** Beside this file when run from source; from dist/test/mock-portal/, back in the source tree. */
function pagesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'pages'), join(here, '../../../test/mock-portal/pages')];
  const found = candidates.find((dir) => existsSync(join(dir, 'home.html')));
  if (!found) throw new Error(`mock portal pages not found in ${candidates.join(' or ')}`);
  return found;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A value as a script literal that cannot close the <script> element it sits in. */
export function scriptLiteral(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Errors on this portal are alert() dialogs raised by an inline script once the re-rendered
 * page has loaded, never text on the page.
 */
export function alertScript(text: string | undefined): string {
  if (!text) return '';
  return `<script>window.addEventListener('load', () => alert(${scriptLiteral(text)}));</script>`;
}

/** The templates of one dialect, read at every request so an edited page shows on the next load. */
export class Templates {
  private readonly dir: string;

  constructor(folder?: string) {
    this.dir = folder ? join(pagesDir(), folder) : pagesDir();
  }

  read(name: string): string {
    return readFileSync(join(this.dir, name), 'utf8');
  }

  render(name: string, values: Record<string, string>): string {
    return this.read(name)
      .replace(/\{\{\{(\w+)\}\}\}/g, (_, key: string) => values[key] ?? '')
      .replace(/\{\{(\w+)\}\}/g, (_, key: string) => escapeHtml(values[key] ?? ''));
  }
}

/** What a re-rendered page tells the person: a refusal, or news (an OTP resent, a user created). */
export interface PageMessage {
  text: string;
  kind: 'error' | 'notice';
}

/** The `name`s a dialect's forms post, so the routes can read any dialect's forms. */
export interface FieldNames {
  loginOtp: string;
  apiOtp: string;
  gspId: string;
  /** What is typed after the fixed `API_` prefix. */
  suffix: string;
  password: string;
  confirmPassword: string;
}

export interface RegisterForm {
  gspId: string;
  suffix: string;
}

export interface HomePage {
  token: string;
  salt: string;
  alert?: string;
}

export interface TwoFactorPage {
  token: string;
  maskedMobile: string;
  message?: PageMessage;
}

export interface MainMenuPage {
  gstin: string;
  tradeName: string;
  menuLabel: string;
  popup: Faults['popup'];
  /** The popup's only control reads "Proceed" (nothing the bot knows for closing). */
  popupWithoutClose?: boolean;
}

/** The text of the popup's only control under `popupWithoutClose`. */
export const POPUP_PROCEED = 'Proceed';

export interface ApiOtpPage {
  token: string;
  gstin: string;
  message?: PageMessage;
  /** The "Through GSP" radio's text (a dialect that draws the form with the OTP panel uses it). */
  throughGspLabel?: string;
  /** The API OTP was sent already (the page drawn again after a refusal or a resend). */
  otpSent: boolean;
}

export interface RegisterPage {
  token: string;
  gstin: string;
  gsps: readonly GspOption[];
  registered: readonly ApiUser[];
  /** The "Through GSP" radio's text (default "Through GSP"). */
  throughGspLabel?: string;
  /** Any answer to a post of the form (refused, created, a postback) comes back with "Through GSP" chosen and these kept (never the passwords). */
  kept?: RegisterForm;
  message?: PageMessage;
}

/** The renderers of the parts a dialect draws through the generator's forms (`variants.ts`). */
export interface PartRenders {
  loginEntry: LoginEntryRender;
  popup: PopupRender;
  message: MessageRender;
  menu: MenuRender;
  otp: OtpRender;
  labels: LabelsRender;
  registrationType: RegistrationTypeRender;
  gspPicker: GspPickerRender;
}

/** How a dialect draws the registration form's fields (the parts draw around them). */
export interface RegistrationFields {
  look: Dialect;
  /** The registration type's posted name. */
  regTypeName: string;
  /** The GSP list's id (the dialect's scripts read it), posted name, empty option and class. */
  gsp: {
    id: string;
    name: string;
    emptyText: string;
    listClass?: string;
    cellLabel: string;
    /** What the dialect draws after the picker (an error slot its script fills). */
    after?: string;
  };
  username: LabelledField;
  password: LabelledField;
  confirmPassword: LabelledField;
  /** The form's buttons and its message slots, after the fields. */
  actions: string;
}

/**
 * The template values of the registration form: the registration type (`regType`) and the
 * fields with their buttons (`fields`), drawn by the parts' forms around the dialect's controls.
 */
export function registrationSlots(
  parts: PartRenders,
  page: Pick<RegisterPage, 'gsps' | 'kept' | 'throughGspLabel'>,
  fields: RegistrationFields,
): Record<string, string> {
  const { gsp, look } = fields;
  const picker: LabelledField = {
    label: 'Select your GSP',
    cellLabel: gsp.cellLabel,
    labelFor: parts.gspPicker.focusId(gsp.id),
    control: (naming) =>
      parts.gspPicker.control({
        id: gsp.id,
        name: gsp.name,
        gsps: page.gsps,
        selectedId: page.kept?.gspId,
        emptyText: gsp.emptyText,
        ...(gsp.listClass ? { listClass: gsp.listClass } : {}),
        naming,
        look,
      }) + (gsp.after ?? ''),
  };
  return {
    regType: parts.registrationType({
      name: fields.regTypeName,
      throughGsp: page.throughGspLabel ?? 'Through GSP',
      chosen: page.kept !== undefined,
      look,
    }),
    fields: parts.labels(
      [picker, fields.username, fields.password, fields.confirmPassword],
      fields.actions,
      look,
    ),
  };
}

/** A text or password input, named as the labels' form says. */
export function inputTag(attributes: string, naming: { ariaLabel?: string; placeholder?: string }): string {
  const aria = naming.ariaLabel ? ` aria-label="${escapeHtml(naming.ariaLabel)}"` : '';
  const placeholder = naming.placeholder ? ` placeholder="${escapeHtml(naming.placeholder)}"` : '';
  return `<input ${attributes}${aria}${placeholder}>`;
}

/** One markup dialect: every screen of the journey, and the names its forms post. */
export interface DialectPages {
  readonly fields: FieldNames;
  /** The login entry's form: whether the login is a page of its own. */
  readonly loginEntry: LoginEntryRender;
  /** The stylesheet at this path, if the dialect has one there. */
  stylesheet(path: string): string | undefined;
  home(page: HomePage): string;
  /** The login page of its own, for a login entry that has one. */
  login(page: HomePage): string;
  twoFactor(page: TwoFactorPage): string;
  mainMenu(page: MainMenuPage): string;
  /** The page "Create API User" opens: the API OTP (and, in some dialects, the hidden form). */
  apiOtp(page: ApiOtpPage): string;
  register(page: RegisterPage): string;
  /** A plain page of the portal: a title and one message, no forms. */
  message(title: string, text: string): string;
  maintenance(): string;
  notFound(): string;
  /** Not the portal's page but the web server's own, as IIS shows an unhandled exception. */
  serverError(): string;
}

export const MAINTENANCE = {
  title: 'Under Maintenance',
  text: 'The e-Invoice System is under maintenance. Please try again after some time.',
} as const;

export const NOT_FOUND = {
  title: 'Page Not Found',
  text: 'The page you requested could not be found.',
} as const;

/** The web server's error page is the same whatever the portal's markup. */
export function serverErrorPage(): string {
  return new Templates().read('servererror.html');
}

/** The template values of a page's message, in the message form's slots. */
export function messageSlots(parts: PartRenders, message: PageMessage | undefined): Record<string, string> {
  const drawn = parts.message.page(message);
  return { messageTop: drawn.top, messageField: drawn.field, alert: drawn.script };
}

/**
 * The template values of the dashboard's menu, in the menu form's slots: `own` is the dialect's
 * sidebar (its `menu.html`), which the `accordion` form keeps.
 */
export function menuSlots(parts: PartRenders, own: string, menuLabel: string): Record<string, string> {
  const drawn = parts.menu(own, menuLabel);
  return { menuTop: drawn.top, menuSide: drawn.side, menuBody: drawn.body };
}

export const OTP_SENT_NOTE = 'OTP has been sent to your registered mobile number';
/** The note above an OTP that waits for "Send OTP". */
export const OTP_CHOOSE_NOTE = 'Choose where to send the OTP';

/**
 * The template values of the API OTP's entry (the OTP form's markup where the dialect's field
 * goes) and, for a form that has it, the registration form hidden below the OTP panel.
 */
export function otpSlots(parts: PartRenders, field: OtpField, sent: boolean): Record<string, string> {
  return {
    otpNote: parts.otp.sendFirst && !sent ? OTP_CHOOSE_NOTE : OTP_SENT_NOTE,
    otpEntry: parts.otp.entry(field, sent),
    hiddenForm: parts.otp.withHiddenForm ? HIDDEN_REGISTRATION_FORM : '',
  };
}

/** The template values of the login: the header's control, the login block, the form's action. */
export function loginSlots(block: LoginBlock): Record<string, string> {
  return { loginHeader: block.header, loginBody: block.body, loginAction: block.action };
}

/** The first recording: roles and names mostly right, ids on everything, alerts for every message. */
export class AccessiblePages implements DialectPages {
  private readonly templates = new Templates();
  readonly loginEntry: LoginEntryRender;

  constructor(private readonly parts: PartRenders) {
    this.loginEntry = parts.loginEntry;
  }

  readonly fields: FieldNames = {
    loginOtp: 'Otp',
    apiOtp: 'Otp',
    gspId: 'GspId',
    suffix: 'UserName',
    password: 'Password',
    confirmPassword: 'ConfirmPassword',
  };

  stylesheet(path: string): string | undefined {
    return path === '/static/portal.css' ? this.templates.read('portal.css') : undefined;
  }

  /** The home page; after a failed login the form is already open and the alert is raised. */
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
      button: '<button id="btnLogin" type="button">Login</button>',
      panel: (open, action) =>
        this.templates.render('login-panel.html', {
          token: page.token,
          salt: page.salt,
          captchaNonce: nonce(),
          loginHidden: open ? '' : 'hidden',
          loginAction: action,
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
      ...otpSlots(this.parts, { id: 'txtOTP', name: this.fields.apiOtp }, page.otpSent),
    });
  }

  /** The registration form and the GSPs already registered. */
  register(page: RegisterPage): string {
    const { kept } = page;
    const message = messageSlots(this.parts, page.message);
    const value = escapeHtml(kept?.suffix ?? '');
    return this.templates.render('register.html', {
      token: page.token,
      gstin: page.gstin,
      registeredRows: registeredRows(page.registered),
      gspHidden: kept ? '' : 'hidden',
      ...message,
      ...registrationSlots(this.parts, page, {
        look: 'accessible',
        regTypeName: 'RegType',
        gsp: { id: 'ddlGSP', name: 'GspId', emptyText: '--Select--', cellLabel: 'Select your GSP' },
        username: {
          label: 'Username',
          cellLabel: 'Username',
          labelFor: 'txtApiUserName',
          control: (naming) =>
            `<span class="prefix">API_</span>${inputTag(`id="txtApiUserName" name="UserName" type="text" maxlength="20" value="${value}"`, naming)}`,
        },
        password: {
          label: 'Password',
          cellLabel: 'Password',
          labelFor: 'txtApiPassword',
          control: (naming) => inputTag('id="txtApiPassword" name="Password" type="password"', naming),
        },
        confirmPassword: {
          label: 'Re-enter Password',
          cellLabel: 'Re-enter Password',
          labelFor: 'txtApiRePassword',
          control: (naming) =>
            inputTag('id="txtApiRePassword" name="ConfirmPassword" type="password"', naming),
        },
        actions: `<button type="submit" id="btnSubmitApiUser">Submit</button> <a href="/Home/MainMenu" id="btnExitApiUser" class="btn secondary">Exit</a>${message.messageField}`,
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

export function nonce(): string {
  return Math.random().toString(36).slice(2, 10);
}

export function gspOptionTags(gsps: readonly GspOption[], selectedId: string | undefined): string {
  return gsps
    .map((gsp) => {
      const selected = gsp.id === selectedId ? ' selected' : '';
      return `<option value="${escapeHtml(gsp.id)}"${selected}>${escapeHtml(gsp.name)}</option>`;
    })
    .join('\n');
}

function registeredRows(users: readonly ApiUser[]): string {
  if (users.length === 0) return '<tr><td colspan="4">No records found</td></tr>';
  return users
    .map((user, index) =>
      [
        '<tr>',
        `<td>${index + 1}</td>`,
        `<td>${escapeHtml(user.gsp)}</td>`,
        `<td>${escapeHtml(user.username)}</td>`,
        `<td>${escapeHtml(formatDate(user.createdAt))}</td>`,
        '</tr>',
      ].join(''),
    )
    .join('\n');
}

/** dd/mm/yyyy, as Indian government portals print dates. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}
