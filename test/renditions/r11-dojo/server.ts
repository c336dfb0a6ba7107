/**
 * Rendition r11-dojo: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2012-2018 enterprise or government web
 * application built on the Dojo Toolkit 1.x would draw it in the browser: dijit widgets in the "claro"
 * theme, the markup being what dijit's templates leave in the DOM after the parser has run. Every line of
 * markup, style and script is hand-written here (a tiny dijit-like runtime served from /dojo/app.js and a
 * claro-like sheet from /dojo/claro.css); no library files, no CDN, no network.
 *
 * Widgets drawn, with their dijit quirks kept:
 * - dijit/form/Button: `span.dijitButton > span.dijitButtonNode > span.dijitButtonContents[role=button]`
 *   with the real `<input>` off-screen (`.dijitOffScreen`); a hidden `●` toggle character as dijit has.
 * - dijit/form/ValidationTextBox: `.dijitTextBox` wrapper, a read-only "Χ" validation input that only
 *   shows in the error state, dijit's own placeholder span (`.dijitPlaceHolder`) over the input, and one
 *   "master tooltip" (`.dijitTooltip`, appended to body) beside the focused invalid field.
 * - dijit/form/RadioButton: `.dijitRadio` sprite with the native radio inside at opacity 0, `<label for>`.
 * - dijit/form/FilteringSelect: text input + `.dijitArrowButton` + hidden value input (`gspCode`); the
 *   `.dijitComboBoxMenuPopup` listbox is appended to body; typing filters (starts-with, case-insensitive)
 *   after dijit's 200 ms searchDelay and auto-completes the first match (the rest selected); arrow keys,
 *   Enter and Tab pick; an exact name typed (any case) is taken on blur; anything else is "The value
 *   entered is not valid.".
 * - dijit/MenuBar across the top (role=menubar). PopupMenuBarItems open their `.dijitPopup` (a
 *   `table.dijitMenu` moved to body on first use) on click and, once one is open, on hover. PopupMenuItem
 *   "User Credentials" opens its submenu on click or after 500 ms of hover (dijit's popupDelay). Leaves
 *   navigate by script (no links); "Freeze API User" is a disabled item.
 * - dijit/Dialog: `.dijitDialog` (title bar, close icon "Cancel", `.dijitDialogPaneActionBar`) faded in
 *   over 200 ms, and ONE shared `.dijitDialogUnderlayWrapper` appended to body as the dimming layer.
 *   Dialogs are hidden (display:none), not destroyed, after use, so old ones stay in the DOM.
 *   Esc cancels; focus is trapped inside and given back to the previously focused element on close.
 * - dijit/TitlePane for panels, and a dojox/widget/Standby-like overlay over the API Registration panel
 *   while an XHR is pending (it fades out over 200 ms after the answer).
 *
 * Choices made where the docs are silent (or where this toolkit differs from the real portal):
 * - URLs: `/` home; the header dijit Button "Login" reveals the login TitlePane in place; `/login` is the
 *   same page with the form open. `/login/otp` is the 2FA page, `/dashboard` the "Dash Board", Create API
 *   User lives at `/apiRegistration/userCredentials/createApiUser`; other menu leaves go to
 *   `/page/<name>` ("This facility is under maintenance."). Session cookie `JSESSIONID`, 20 min idle.
 * - Login (form POST of userName, password, captchaCode; no hashing in the browser): captcha checked first
 *   (case-insensitive), then credentials (username case-insensitive). Refusals are inline text above the
 *   form, as a Dojo rewrite would: "Invalid Captcha. Please enter the characters shown in the image." and
 *   "Invalid Login Credentials. Please check your username and password.". The captcha is an SVG of the
 *   configured characters with fresh noise each time and a refresh icon. No lock-out.
 * - 2FA: TitlePane "Two Factor Authentication", "Enter OTP" (6 digits), dijit Button "Verify OTP", link
 *   "Resend OTP". Wrong: inline "Invalid OTP. Please enter the OTP sent to your registered mobile number."
 * - Dash Board: cards "Generations" and "Cancelled"; the dialog "Contacts of Technical Person" (name,
 *   mobile, e-mail as text boxes; buttons "Update" and "Exit"; close icon) opens on the first dashboard
 *   view of a session when `techContact` is true. Update posts by XHR and closes it.
 * - API OTP: opening Create API User shows TitlePane "API Registration"; on load the page POSTs
 *   `/apiRegistration/otp/send` (that request sends the OTP) and shows "OTP has been sent to your
 *   registered mobile number XXXXXX7310. It is valid for 10 minutes."; field "Enter OTP" (ValidationTextBox,
 *   regExp 6 digits, "Please enter a valid 6 digit OTP."), dijit Button "Verify OTP" (POST
 *   `/apiRegistration/otp/verify`), link "Resend OTP". Wrong OTP: dialog "Error" "Invalid OTP. Please
 *   enter the correct OTP sent to your registered mobile number." (field cleared, unlimited retries).
 *   Verified: the OTP part is hidden and the registration part shown.
 * - "Do you wish to Register your GSTIN for": radios Directly / Through GSP / Through ERP / Through
 *   Client-Id of other; each change POSTs `/apiRegistration/regType` (JSON answer). Only Through GSP shows
 *   fields (its answer carries the 24 GSP names for the FilteringSelect); the others show an info line.
 * - "Username": fixed text `API_` before the box; 3 to 25 letters, digits or underscore typed (an `API_`
 *   typed again is stored once). "Password" / "Re-enter Password": 8 to 15 characters with an upper-case
 *   letter, a lower-case letter, a digit and a special character. Buttons "Submit" and "Exit".
 * - Submit validates the fields (dijit Form.validate: first invalid field focused, its tooltip shown), then
 *   a dijit ConfirmDialog titled "Confirm": "Are you sure you want to submit?" OK / Cancel; OK POSTs
 *   `/apiRegistration/submit`. Refusals in dialog "Error": "GSTIN <gstin> is already registered with
 *   <GSP>." (duplicate), "User Name API_x already exists. Please choose a different User Name." (taken: a
 *   user created here or API_admin, API_test, API_einvoice, API_gsp, case-insensitive). Success: dialog
 *   "Success" "API User API_x has been created successfully for <GSP>." and the table "GSPs registered for
 *   GSTIN <gstin>" (Sl. No., GSP Name, API User Name, Created On, Status) gets the row; the form is reset.
 * - Sessions: a page without a session redirects (302) to `/login`, to `/login?expired=1` when the cookie
 *   names a session that is gone; that login page says "Your session has expired. Please login again.".
 *   An XHR without a session answers 401 JSON; the page then shows dialog "Session Expired" (same text)
 *   whose OK (or close icon, or Esc) goes to `/login?expired=1`. XHRs must carry X-Requested-With, as
 *   dojo/request/xhr sends it.
 * - expireOnce: the first request of that stage (otp/send, otp/verify, submit) deletes the session, is
 *   recorded in `state.expired`, and answers that 401.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Where a session may be made to expire once: the first request of that stage finds the session gone. */
export type R11DojoExpiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface R11DojoOptions {
  expireOnce?: R11DojoExpiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
  /** Whether "Contacts of Technical Person" opens on the first dashboard view of a session (default true). */
  techContact?: boolean;
}

export interface R11DojoUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

export interface R11DojoState {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: R11DojoUser[];
  /**
   * What the portal refused, in order: 'login', 'captcha', 'login-otp', 'api-otp', 'duplicate'
   * (GSTIN already registered with that GSP), 'username-taken'.
   */
  refusals: string[];
  /** Stages at which the session expired. */
  expired: string[];
}

export interface R11DojoRendition {
  url: string;
  close(): Promise<void>;
  state: R11DojoState;
}

export const R11_DOJO_LOGIN: { username: string; password: string } = {
  username: 'dojotaxpayer27',
  password: 'Claro@Dijit#2025',
};

const TRADE_NAME = 'UNITED FABRICATORS AND TRADERS';
const MOBILE = 'XXXXXX7310';
const SESSION_COOKIE = 'JSESSIONID';
const IDLE_MS = 20 * 60 * 1000;
const EXPIRED_TEXT = 'Your session has expired. Please login again.';
const USERNAME_RE = /^[A-Za-z0-9_]{3,25}$/;
const PASSWORD_RE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}$/;
const RESERVED_USERNAMES = ['API_admin', 'API_test', 'API_einvoice', 'API_gsp'];

const PATHS = {
  home: '/',
  login: '/login',
  captcha: '/captcha.svg',
  loginOtp: '/login/otp',
  dashboard: '/dashboard',
  create: '/apiRegistration/userCredentials/createApiUser',
  sendOtp: '/apiRegistration/otp/send',
  verifyOtp: '/apiRegistration/otp/verify',
  regType: '/apiRegistration/regType',
  submit: '/apiRegistration/submit',
  techContact: '/techContact/update',
  logout: '/logout',
  css: '/dojo/claro.css',
  js: '/dojo/app.js',
} as const;

/** The GSPs as the FilteringSelect's store holds them; ids are invented. */
const GSPS: { id: string; name: string }[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'BVM IT Consulting Services India Private Limited',
  'Botree Software International Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'Masters India Private Limited',
  'Mastek Limited',
  'NSDL e-Governance Infrastructure Limited',
  'Reliance Corporate IT Park Limited',
  'SAG Infotech Private Limited',
  'Seshaasai Business Forms Private Limited',
  'Taxilla (Ksolve India Private Limited)',
  'Tally ( India) Private Ltd',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Vayana Network Services Private Limited',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
  'Zoho Corporation Private Limited',
].map((name, index) => ({ id: `GSP${String(index * 7 + 101).padStart(4, '0')}`, name }));

interface MenuLeaf {
  id: string;
  label: string;
  href?: string;
  disabled?: boolean;
}

interface MenuGroup {
  id: string;
  label: string;
  items: (MenuLeaf | MenuGroup)[];
}

const MENU: (MenuLeaf | MenuGroup)[] = [
  { id: 'mnuDashboard', label: 'Dash Board', href: PATHS.dashboard },
  {
    id: 'mnuEInvoice',
    label: 'e-Invoice',
    items: [
      { id: 'mnuGenerateIrn', label: 'Generate IRN' },
      { id: 'mnuBulkUpload', label: 'Bulk Upload' },
      { id: 'mnuCancelIrn', label: 'Cancel IRN' },
    ],
  },
  {
    id: 'mnuApiRegistration',
    label: 'API Registration',
    items: [
      {
        id: 'mnuUserCredentials',
        label: 'User Credentials',
        items: [
          { id: 'mnuCreateApiUser', label: 'Create API User', href: PATHS.create },
          { id: 'mnuViewApiUsers', label: 'View API Users' },
        ],
      },
      { id: 'mnuIpWhitelisting', label: 'IP Whitelisting' },
      { id: 'mnuFreezeApiUser', label: 'Freeze API User', disabled: true },
      { id: 'mnuChangeApiPassword', label: 'Change API Password' },
    ],
  },
  {
    id: 'mnuMisReports',
    label: 'MIS Reports',
    items: [
      { id: 'mnuIrnDetails', label: 'IRN Details' },
      { id: 'mnuSummaryReport', label: 'Summary Report' },
    ],
  },
  {
    id: 'mnuUserManagement',
    label: 'User Management',
    items: [
      { id: 'mnuCreateSubUser', label: 'Create Sub-User' },
      { id: 'mnuChangePassword', label: 'Change Password' },
    ],
  },
];

type Stage = 'anon' | 'otp' | 'in';

interface Session {
  id: string;
  stage: Stage;
  techPending: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  regType: string;
  lastSeen: number;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function isGroup(item: MenuLeaf | MenuGroup): item is MenuGroup {
  return 'items' in item;
}

function slug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// ---------------------------------------------------------------------------------------------------------
// Widget markup, as dijit's templates leave it after parsing.
// ---------------------------------------------------------------------------------------------------------

function button(id: string, label: string, type: 'button' | 'submit' = 'button', iconClass = 'dijitNoIcon') {
  return `<span class="dijit dijitReset dijitInline dijitButton" role="presentation" widgetid="${id}" id="widget_${id}"><span class="dijitReset dijitInline dijitButtonNode" role="presentation"><span class="dijitReset dijitStretch dijitButtonContents" role="button" aria-labelledby="${id}_label" tabindex="0" id="${id}"><span class="dijitReset dijitInline dijitIcon ${iconClass}"></span><span class="dijitReset dijitToggleButtonIconChar">&#x25CF;</span><span class="dijitReset dijitInline dijitButtonText" id="${id}_label">${esc(label)}</span></span></span><input type="${type}" value="${esc(label)}" class="dijitOffScreen" tabindex="-1" aria-hidden="true"></span>`;
}

interface TextBoxSpec {
  id: string;
  name: string;
  type?: 'text' | 'password';
  value?: string;
  regExp?: string;
  required?: boolean;
  invalidMessage?: string;
  missingMessage?: string;
  match?: string;
  maxLength?: number;
  placeHolder?: string;
  width?: string;
}

function textBox(spec: TextBoxSpec): string {
  const data = [
    spec.regExp ? ` data-regexp="${esc(spec.regExp)}"` : '',
    spec.required ? ' data-required="true"' : '',
    spec.invalidMessage ? ` data-invalid="${esc(spec.invalidMessage)}"` : '',
    spec.missingMessage ? ` data-missing="${esc(spec.missingMessage)}"` : '',
    spec.match ? ` data-match="${spec.match}"` : '',
  ].join('');
  const width = spec.width ? ` style="width:${spec.width}"` : '';
  const placeHolder = spec.placeHolder
    ? `<span class="dijitPlaceHolder dijitInputField">${esc(spec.placeHolder)}</span>`
    : '';
  const maxLength = spec.maxLength ? ` maxlength="${spec.maxLength}"` : '';
  return `<div class="dijit dijitReset dijitInline dijitLeft dijitTextBox dijitValidationTextBox" id="widget_${spec.id}" role="presentation" widgetid="${spec.id}"${data}${width}><div class="dijitReset dijitValidationContainer"><input class="dijitReset dijitInputField dijitValidationIcon dijitValidationInner" value="&#935; " type="text" tabindex="-1" readonly="readonly" role="presentation"></div><div class="dijitReset dijitInputField dijitInputContainer">${placeHolder}<input class="dijitReset dijitInputInner" type="${spec.type ?? 'text'}" autocomplete="off" id="${spec.id}" name="${spec.name}" tabindex="0" value="${esc(spec.value ?? '')}" aria-required="${spec.required ? 'true' : 'false'}" aria-invalid="false"${maxLength}></div></div>`;
}

function filteringSelect(id: string, name: string): string {
  return `<div class="dijit dijitReset dijitInline dijitLeft dijitTextBox dijitComboBox dijitValidationTextBox" id="widget_${id}" role="combobox" aria-haspopup="true" aria-expanded="false" widgetid="${id}" data-required="true" data-missing="Please select your GSP." style="width:26em"><div class="dijitReset dijitRight dijitButtonNode dijitArrowButton dijitDownArrowButton dijitArrowButtonContainer" role="presentation"><input class="dijitReset dijitInputField dijitArrowButtonInner" value="&#9660; " type="text" tabindex="-1" readonly="readonly" role="button presentation" aria-hidden="true"></div><div class="dijitReset dijitValidationContainer"><input class="dijitReset dijitInputField dijitValidationIcon dijitValidationInner" value="&#935; " type="text" tabindex="-1" readonly="readonly" role="presentation"></div><div class="dijitReset dijitInputField dijitInputContainer"><input class="dijitReset dijitInputInner" type="text" autocomplete="off" role="textbox" aria-autocomplete="list" aria-required="true" aria-invalid="false" id="${id}" tabindex="0" value=""><input type="hidden" name="${name}" value=""></div></div>`;
}

function radio(name: string, value: string, id: string, label: string): string {
  return `<span class="dijit dijitReset dijitInline dijitRadio" role="presentation" widgetid="${id}" id="widget_${id}"><input type="radio" class="dijitReset dijitCheckBoxInput" name="${name}" value="${value}" id="${id}" tabindex="0" aria-checked="false"></span><label for="${id}" class="radioLabel">${esc(label)}</label>`;
}

function titlePane(id: string, title: string, content: string, style = ''): string {
  return `<div class="dijitTitlePane" id="${id}" widgetid="${id}"${style ? ` style="${style}"` : ''}><div class="dijitTitlePaneTitle dijitTitlePaneTitleOpen dijitOpen" role="heading" aria-level="2"><div class="dijitTitlePaneTitleFocus" role="button" aria-expanded="true" tabindex="0" id="${id}_titleBarNode"><span class="dijitArrowNode" role="presentation"></span><span class="dijitTitlePaneTextNode">${esc(title)}</span></div></div><div class="dijitTitlePaneContentOuter" role="region" aria-labelledby="${id}_titleBarNode"><div class="dijitTitlePaneContentInner"><div class="dijitTitlePaneContent">${content}</div></div></div></div>`;
}

function dialog(id: string, title: string, content: string, width: string): string {
  return `<div class="dijitDialog" role="dialog" aria-labelledby="${id}_title" id="${id}" widgetid="${id}" style="display:none;width:${width}"><div class="dijitDialogTitleBar"><span class="dijitDialogTitle" id="${id}_title" role="heading" aria-level="1">${esc(title)}</span><span class="dijitDialogCloseIcon" role="button" tabindex="-1" title="Cancel"><span class="closeText" title="Cancel">x</span></span></div><div class="dijitDialogPaneContent">${content}</div></div>`;
}

function menuBar(): string {
  const tables: string[] = [];
  const targets: Record<string, string> = {};
  const popups: Record<string, string> = {};
  const leafTarget = (leaf: MenuLeaf) => leaf.href ?? `/page/${slug(leaf.label)}`;
  function table(group: MenuGroup): void {
    const rows = group.items.map((item) => {
      const disabled = !isGroup(item) && item.disabled;
      if (isGroup(item)) {
        popups[item.id] = `${item.id}_menu`;
        table(item);
      } else if (!disabled) {
        targets[item.id] = leafTarget(item);
      }
      const cls = disabled ? ' dijitMenuItemDisabled dijitDisabled' : '';
      const popup = isGroup(item) ? ' aria-haspopup="true"' : '';
      const arrow = isGroup(item) ? '<span class="dijitInline dijitArrowNode dijitMenuExpand"></span>' : '';
      return `<tr class="dijitReset dijitMenuItem${cls}" role="menuitem" tabindex="-1" id="${item.id}"${popup}${disabled ? ' aria-disabled="true"' : ''}><td class="dijitReset dijitMenuItemIconCell" role="presentation"><span class="dijitInline dijitIcon dijitMenuItemIcon dijitNoIcon"></span></td><td class="dijitReset dijitMenuItemLabel" colspan="2">${esc(item.label)}</td><td class="dijitReset dijitMenuItemAccelKey" style="display:none"></td><td class="dijitReset dijitMenuArrowCell" role="presentation">${arrow}</td></tr>`;
    });
    tables.push(
      `<table class="dijit dijitMenu dijitMenuPassive dijitReset dijitMenuTable" role="menu" tabindex="-1" id="${group.id}_menu" widgetid="${group.id}_menu" cellspacing="0"><tbody>${rows.join('')}</tbody></table>`,
    );
  }
  const items = MENU.map((item, index) => {
    if (isGroup(item)) {
      popups[item.id] = `${item.id}_menu`;
      table(item);
    } else {
      targets[item.id] = leafTarget(item);
    }
    const popup = isGroup(item) ? ' aria-haspopup="true" aria-expanded="false"' : '';
    const arrow = isGroup(item)
      ? '<span class="dijitReset dijitInline dijitArrowButtonInner" role="presentation"></span>'
      : '';
    return `<div class="dijitReset dijitInline dijitMenuItem dijitMenuItemLabel dijitMenuBarItem${isGroup(item) ? ' dijitMenuBarPopupItem' : ''}" role="menuitem" tabindex="${index === 0 ? 0 : -1}" id="${item.id}" widgetid="${item.id}"${popup}><span>${esc(item.label)}</span>${arrow}</div>`;
  });
  const config = JSON.stringify({ targets, popups }).replace(/</g, '\\u003c');
  return `<div class="dijitMenuBar dijitMenuPassive" role="menubar" tabindex="-1" id="mainMenuBar" widgetid="mainMenuBar">${items.join('')}</div><div id="menuHolder" style="display:none">${tables.join('')}</div><script>var MENU_CONFIG = ${config};</script>`;
}

function registeredTable(gstin: string, users: R11DojoUser[]): string {
  const rows = users
    .filter((user) => user.gstin === gstin)
    .map(
      (user, index) =>
        `<tr><td>${index + 1}</td><td>${esc(user.gsp)}</td><td>${esc(user.username)}</td><td>${esc(user.createdOn)}</td><td>Active</td></tr>`,
    );
  const body = rows.length
    ? rows.join('')
    : '<tr class="emptyRow"><td colspan="5">No GSP registered for this GSTIN.</td></tr>';
  return `<div class="gridTitle">GSPs registered for GSTIN ${esc(gstin)}</div><table class="dataTable" id="registeredGspTable"><thead><tr><th>Sl. No.</th><th>GSP Name</th><th>API User Name</th><th>Created On</th><th>Status</th></tr></thead><tbody>${body}</tbody></table>`;
}

function captchaSvg(text: string): string {
  const rand = (n: number) => Math.floor(Math.random() * n);
  const chars = [...text].map((ch, i) => {
    const x = 16 + i * 24;
    const y = 30 + rand(8) - 4;
    const angle = rand(40) - 20;
    const color = ['#1b3a6b', '#6b1b3a', '#2d5a1b', '#5a3a0b'][rand(4)];
    return `<text x="${x}" y="${y}" transform="rotate(${angle} ${x} ${y})" fill="${color}" font-family="Courier New, monospace" font-size="26" font-weight="bold">${esc(ch)}</text>`;
  });
  const lines = Array.from({ length: 6 }, () => {
    return `<line x1="${rand(150)}" y1="${rand(46)}" x2="${rand(150)}" y2="${rand(46)}" stroke="#8aa" stroke-width="1"/>`;
  });
  const dots = Array.from(
    { length: 40 },
    () => `<circle cx="${rand(150)}" cy="${rand(46)}" r="1" fill="#9ab"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="46" viewBox="0 0 150 46"><rect width="150" height="46" fill="#eef3e8"/>${lines.join('')}${dots.join('')}${chars.join('')}</svg>`;
}

// ---------------------------------------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------------------------------------

interface Shell {
  title: string;
  page: string;
  session?: Session;
  gstin: string;
  data?: unknown;
}

function shell(shellOf: Shell, content: string): string {
  const loggedIn = shellOf.session?.stage === 'in';
  const userBox = loggedIn
    ? `<div class="userBox"><span>GSTIN: <b>${esc(shellOf.gstin)}</b></span><span>${esc(TRADE_NAME)}</span><a href="${PATHS.logout}" class="logoutLink">Logout</a></div>`
    : shellOf.page === 'home'
      ? `<div class="userBox">${button('btnLogin', 'Login', 'button', 'dijitIconKey')}</div>`
      : '';
  const data =
    shellOf.data === undefined
      ? ''
      : `<script>var PAGE_DATA = ${JSON.stringify(shellOf.data).replace(/</g, '\\u003c')};</script>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(shellOf.title)} | e-Invoice System</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${PATHS.css}"></head>
<body class="claro" data-page="${shellOf.page}">
<div id="appHeader"><div class="emblem" aria-hidden="true"></div><div class="brand"><div class="brandTitle">e-Invoice System</div><div class="brandSub">Goods and Services Tax, Government of India</div></div>${userBox}</div>
${loggedIn ? menuBar() : ''}
<div id="appContent" class="dijitContentPane">${content}</div>
<div id="appFooter">Designed and developed by National Informatics Centre. Best viewed in Chrome 60+ at 1280 x 800.</div>
${data}<script src="${PATHS.js}"></script>
</body></html>`;
}

function loginPage(gstin: string, opts: { open: boolean; error?: string; info?: string; userName?: string }) {
  const messages = [
    opts.error ? `<div class="errorMessage" role="alert">${esc(opts.error)}</div>` : '',
    opts.info ? `<div class="infoMessage" role="status">${esc(opts.info)}</div>` : '',
  ].join('');
  const form = `${messages}<form method="post" action="${PATHS.login}" id="loginForm" autocomplete="off"><table class="formTable" role="presentation"><tbody>
<tr><td class="label"><label for="loginUserName">Username</label><span class="req">*</span></td><td>${textBox({ id: 'loginUserName', name: 'userName', value: opts.userName, required: true, placeHolder: 'Enter Username', missingMessage: 'Please enter the username.' })}</td></tr>
<tr><td class="label"><label for="loginPassword">Password</label><span class="req">*</span></td><td>${textBox({ id: 'loginPassword', name: 'password', type: 'password', required: true, placeHolder: 'Enter Password', missingMessage: 'Please enter the password.' })}</td></tr>
<tr><td class="label"></td><td><img id="captchaImage" src="${PATHS.captcha}?ts=${Date.now()}" alt="captcha" width="150" height="46"><span class="captchaRefresh" role="button" tabindex="0" title="Refresh Captcha"></span></td></tr>
<tr><td class="label"><label for="loginCaptcha">Enter Captcha</label><span class="req">*</span></td><td>${textBox({ id: 'loginCaptcha', name: 'captchaCode', required: true, maxLength: 5, width: '9em', missingMessage: 'Please enter the captcha.' })}</td></tr>
<tr><td class="label"></td><td>${button('btnLoginSubmit', 'Login', 'submit')}<a class="smallLink" href="/page/forgot-username">Forgot Username</a><a class="smallLink" href="/page/forgot-password">Forgot Password</a></td></tr>
</tbody></table></form>`;
  const pane = titlePane('loginPane', 'Login to e-Invoice System', form, opts.open ? '' : 'display:none');
  const welcome = `<div class="welcome"><h1>Welcome to the e-Invoice System</h1><p>Taxpayers registered under GST generate the Invoice Reference Number (IRN) here, and register their GSPs and ERPs for API access. Click <b>Login</b> to continue.</p></div>`;
  return shell({ title: 'Home', page: 'home', gstin }, `<div class="homeGrid">${welcome}${pane}</div>`);
}

function loginOtpPage(gstin: string, opts: { error?: string; info?: string }) {
  const messages = [
    opts.error ? `<div class="errorMessage" role="alert">${esc(opts.error)}</div>` : '',
    opts.info ? `<div class="infoMessage" role="status">${esc(opts.info)}</div>` : '',
  ].join('');
  const form = `${messages}<p>An OTP has been sent to your registered mobile number ${MOBILE} and to the Sandes app. You may also use the OTP shown in the NIC-GST-Shield app.</p><form method="post" action="${PATHS.loginOtp}" id="loginOtpForm" autocomplete="off"><table class="formTable" role="presentation"><tbody>
<tr><td class="label"><label for="otpCode">Enter OTP</label><span class="req">*</span></td><td>${textBox({ id: 'otpCode', name: 'otp', required: true, regExp: '[0-9]{6}', maxLength: 6, width: '9em', invalidMessage: 'Please enter a valid 6 digit OTP.', missingMessage: 'Please enter the OTP.' })}</td></tr>
<tr><td class="label"></td><td>${button('btnVerifyLoginOtp', 'Verify OTP', 'submit')}<a class="smallLink" href="${PATHS.loginOtp}?resend=1">Resend OTP</a></td></tr>
</tbody></table></form>`;
  return shell(
    { title: 'Two Factor Authentication', page: 'login-otp', gstin },
    titlePane('otpPane', 'Two Factor Authentication', form, 'max-width:560px;margin:30px auto'),
  );
}

function dashboardPage(gstin: string, session: Session) {
  const techShow = session.techPending;
  session.techPending = false;
  const tech = dialog(
    'techContactDialog',
    'Contacts of Technical Person',
    `<p class="dialogText">Please verify the contact details of the technical person of your organisation. These are used to inform you about changes to the e-Invoice APIs.</p><table class="formTable" role="presentation"><tbody>
<tr><td class="label"><label for="techName">Name</label></td><td>${textBox({ id: 'techName', name: 'name', value: 'Ramesh Kulkarni', required: true })}</td></tr>
<tr><td class="label"><label for="techMobile">Mobile Number</label></td><td>${textBox({ id: 'techMobile', name: 'mobile', value: '9876543210', required: true, regExp: '[6-9][0-9]{9}', invalidMessage: 'Please enter a valid 10 digit mobile number.' })}</td></tr>
<tr><td class="label"><label for="techEmail">E-mail ID</label></td><td>${textBox({ id: 'techEmail', name: 'email', value: 'it.support@unitedfab.example', required: true, regExp: '[^@ ]+@[^@ ]+[.][^@ ]+', invalidMessage: 'Please enter a valid e-mail ID.' })}</td></tr>
</tbody></table><div class="dijitDialogPaneActionBar">${button('btnTechUpdate', 'Update')}${button('btnTechExit', 'Exit')}</div>`,
    '480px',
  );
  const card = (title: string, rows: [string, string][]) =>
    titlePane(
      `card${slug(title)}`,
      title,
      `<table class="cardTable" role="presentation"><tbody>${rows.map(([k, v]) => `<tr><td>${esc(k)}</td><td class="num">${esc(v)}</td></tr>`).join('')}</tbody></table>`,
      'flex:1',
    );
  const content = `<h1 class="pageHeading">Dash Board</h1><div id="dashNotice" class="successMessage" role="status" style="display:none"></div><div class="cards">${card(
    'Generations',
    [
      ['Today', '0'],
      ['This Month', '12'],
      ['This Year', '148'],
    ],
  )}${card('Cancelled', [
    ['Today', '0'],
    ['This Month', '1'],
    ['This Year', '6'],
  ])}</div>${tech}`;
  return shell({ title: 'Dash Board', page: 'dashboard', session, gstin, data: { techShow } }, content);
}

function createPage(gstin: string, session: Session, users: R11DojoUser[]) {
  const otpPart = `<div id="otpSection"><div id="otpMessage" class="infoMessage" role="status" style="display:none"></div><table class="formTable" role="presentation"><tbody>
<tr><td class="label"><label for="apiOtp">Enter OTP</label><span class="req">*</span></td><td>${textBox({ id: 'apiOtp', name: 'otp', required: true, regExp: '[0-9]{6}', maxLength: 6, width: '9em', invalidMessage: 'Please enter a valid 6 digit OTP.', missingMessage: 'Please enter the OTP.' })}</td></tr>
<tr><td class="label"></td><td>${button('btnVerifyOtp', 'Verify OTP')}<a class="smallLink" href="#" id="lnkResendOtp">Resend OTP</a></td></tr>
</tbody></table></div>`;
  const regPart = `<div id="regSection" style="display:none"><div class="sectionHeading">Do you wish to Register your GSTIN for</div><div class="radioRow" role="radiogroup">${radio('regType', 'DIRECT', 'regTypeDirect', 'Directly')}${radio('regType', 'GSP', 'regTypeGsp', 'Through GSP')}${radio('regType', 'ERP', 'regTypeErp', 'Through ERP')}${radio('regType', 'CLIENTID', 'regTypeClientId', 'Through Client-Id of other')}</div>
<div id="regTypeNotice" class="infoMessage" style="display:none"></div>
<div id="gspFields" style="display:none"><table class="formTable" role="presentation"><tbody>
<tr><td class="label"><label for="gspSelect">Select your GSP</label><span class="req">*</span></td><td>${filteringSelect('gspSelect', 'gspCode')}</td></tr>
<tr><td class="label"><label for="apiUserName">Username</label><span class="req">*</span></td><td><span class="fixedPrefix">API_</span>${textBox({ id: 'apiUserName', name: 'userName', required: true, regExp: '[A-Za-z0-9_]{3,29}', maxLength: 29, invalidMessage: 'Username must be 3 to 25 characters: letters, digits or underscore.', missingMessage: 'Please enter the username.' })}</td></tr>
<tr><td class="label"><label for="apiPassword">Password</label><span class="req">*</span></td><td>${textBox({ id: 'apiPassword', name: 'password', type: 'password', required: true, maxLength: 15, regExp: '(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}', invalidMessage: 'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.', missingMessage: 'Please enter the password.' })}</td></tr>
<tr><td class="label"><label for="apiPasswordConfirm">Re-enter Password</label><span class="req">*</span></td><td>${textBox({ id: 'apiPasswordConfirm', name: 'confirmPassword', type: 'password', required: true, maxLength: 15, match: 'apiPassword', invalidMessage: 'Password and Re-enter Password do not match.', missingMessage: 'Please re-enter the password.' })}</td></tr>
</tbody></table></div>
<div class="buttonRow">${button('btnSubmit', 'Submit', 'button', 'dijitIconSave')}${button('btnExit', 'Exit', 'button', 'dijitIconUndo')}</div></div>`;
  const table = `<div id="registeredSection">${registeredTable(gstin, users)}</div>`;
  const pane = titlePane(
    'apiRegPane',
    'API Registration',
    `${otpPart}${regPart}${table}`,
    'position:relative',
  );
  return shell(
    {
      title: 'Create API User',
      page: 'create-api-user',
      session,
      gstin,
      data: {
        gstin,
        urls: {
          send: PATHS.sendOtp,
          verify: PATHS.verifyOtp,
          regType: PATHS.regType,
          submit: PATHS.submit,
        },
      },
    },
    `<div class="breadcrumb">API Registration &#187; User Credentials &#187; Create API User</div>${pane}`,
  );
}

function plainPage(gstin: string, session: Session, title: string) {
  return shell(
    { title, page: 'plain', session, gstin },
    titlePane(
      'plainPane',
      title,
      '<p>This facility is under maintenance. Please try after some time.</p>',
      'max-width:700px',
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------------------

export async function startR11DojoRendition(options: R11DojoOptions = {}): Promise<R11DojoRendition> {
  const state: R11DojoState = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const techContact = options.techContact ?? true;
  let pendingExpiry: R11DojoExpiry | undefined = options.expireOnce;
  const sessions = new Map<string, Session>();

  function newSession(): Session {
    const session: Session = {
      id: randomBytes(16).toString('hex').toUpperCase(),
      stage: 'anon',
      techPending: false,
      apiOtpSent: false,
      apiOtpVerified: false,
      regType: '',
      lastSeen: Date.now(),
    };
    sessions.set(session.id, session);
    return session;
  }

  function send(res: ServerResponse, status: number, type: string, body: string, cookie?: string): void {
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-store' };
    if (cookie) headers['Set-Cookie'] = `${SESSION_COOKIE}=${cookie}; Path=/; HttpOnly; SameSite=Lax`;
    res.writeHead(status, headers);
    res.end(body);
  }

  function redirect(res: ServerResponse, location: string, cookie?: string): void {
    const headers: Record<string, string> = { Location: location, 'Cache-Control': 'no-store' };
    if (cookie) headers['Set-Cookie'] = `${SESSION_COOKIE}=${cookie}; Path=/; HttpOnly; SameSite=Lax`;
    res.writeHead(302, headers);
    res.end();
  }

  function json(res: ServerResponse, status: number, body: Record<string, unknown>): void {
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
  }

  async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
  }

  function gspById(id: string) {
    return GSPS.find((gsp) => gsp.id === id);
  }

  /** Deletes the session when this is the stage chosen to expire once; the caller then answers 401. */
  function expiresNow(stage: R11DojoExpiry, session: Session): boolean {
    if (pendingExpiry !== stage) return false;
    pendingExpiry = undefined;
    sessions.delete(session.id);
    state.expired.push(stage);
    return true;
  }

  function refuse(res: ServerResponse, kind: string, message: string): void {
    state.refusals.push(kind);
    json(res, 200, { status: 'ERROR', message });
  }

  async function handleXhr(req: IncomingMessage, res: ServerResponse, path: string, session?: Session) {
    if (req.headers['x-requested-with'] !== 'XMLHttpRequest') {
      json(res, 400, { status: 'ERROR', message: 'Bad request.' });
      return;
    }
    const form = await readForm(req);
    if (session?.stage !== 'in') {
      json(res, 401, { status: 'SESSION_EXPIRED', message: EXPIRED_TEXT });
      return;
    }
    const expired = () => json(res, 401, { status: 'SESSION_EXPIRED', message: EXPIRED_TEXT });
    switch (path) {
      case PATHS.techContact:
        json(res, 200, { status: 'SUCCESS', message: 'Technical contact details updated successfully.' });
        return;
      case PATHS.sendOtp:
        if (expiresNow('api-otp-send', session)) return expired();
        session.apiOtpSent = true;
        session.apiOtpVerified = false;
        json(res, 200, {
          status: 'SUCCESS',
          message: `OTP has been sent to your registered mobile number ${MOBILE}. It is valid for 10 minutes.`,
        });
        return;
      case PATHS.verifyOtp: {
        if (expiresNow('api-otp-verify', session)) return expired();
        const otp = (form.get('otp') ?? '').trim();
        if (!session.apiOtpSent) {
          json(res, 200, { status: 'ERROR', message: 'Please generate the OTP first.' });
        } else if (!/^[0-9]{6}$/.test(otp)) {
          json(res, 200, { status: 'ERROR', message: 'Please enter a valid 6 digit OTP.' });
        } else if (otp !== state.apiOtp) {
          refuse(
            res,
            'api-otp',
            'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
          );
        } else {
          session.apiOtpVerified = true;
          json(res, 200, { status: 'SUCCESS', message: 'OTP verified successfully.' });
        }
        return;
      }
      case PATHS.regType: {
        if (!session.apiOtpVerified) {
          json(res, 200, { status: 'ERROR', message: 'Please verify the OTP first.' });
          return;
        }
        const type = form.get('regType') ?? '';
        session.regType = type;
        const notices: Record<string, string> = {
          DIRECT:
            'Direct API access (Client Id and Client Secret) is available only to taxpayers whose aggregate turnover exceeds the notified limit.',
          ERP: 'Registration through ERP is not enabled for your GSTIN.',
          CLIENTID: 'No other GSTIN has shared its Client-Id with your GSTIN.',
        };
        if (type === 'GSP') json(res, 200, { status: 'SUCCESS', type, gsps: GSPS });
        else if (notices[type]) json(res, 200, { status: 'SUCCESS', type, notice: notices[type] });
        else json(res, 200, { status: 'ERROR', message: 'Please select the registration type.' });
        return;
      }
      case PATHS.submit: {
        if (expiresNow('submit', session)) return expired();
        if (!session.apiOtpVerified) {
          json(res, 200, { status: 'ERROR', message: 'Please verify the OTP first.' });
          return;
        }
        if (form.get('regType') !== 'GSP' || session.regType !== 'GSP') {
          json(res, 200, { status: 'ERROR', message: 'Please select the registration type "Through GSP".' });
          return;
        }
        const gsp = gspById(form.get('gspCode') ?? '');
        const typed = (form.get('userName') ?? '').trim().replace(/^API_/i, '');
        const password = form.get('password') ?? '';
        const confirm = form.get('confirmPassword') ?? '';
        const problem = !gsp
          ? 'Please select your GSP.'
          : !USERNAME_RE.test(typed)
            ? 'Username must be 3 to 25 characters: letters, digits or underscore.'
            : !PASSWORD_RE.test(password)
              ? 'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.'
              : password !== confirm
                ? 'Password and Re-enter Password do not match.'
                : '';
        if (!gsp || problem) {
          json(res, 200, { status: 'ERROR', message: problem });
          return;
        }
        const username = `API_${typed}`;
        const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
        if (state.users.some((user) => user.gstin === state.gstin && same(user.gsp, gsp.name))) {
          refuse(res, 'duplicate', `GSTIN ${state.gstin} is already registered with ${gsp.name}.`);
          return;
        }
        if (
          state.users.some((user) => same(user.username, username)) ||
          RESERVED_USERNAMES.some((name) => same(name, username))
        ) {
          refuse(
            res,
            'username-taken',
            `User Name ${username} already exists. Please choose a different User Name.`,
          );
          return;
        }
        const now = new Date();
        const createdOn = `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
        state.users.push({ gstin: state.gstin, gsp: gsp.name, username, password, createdOn });
        json(res, 200, {
          status: 'SUCCESS',
          message: `API User ${username} has been created successfully for ${gsp.name}.`,
          tableHtml: registeredTable(state.gstin, state.users),
        });
        return;
      }
      default:
        json(res, 404, { status: 'ERROR', message: 'Not found.' });
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const cookieId = /(?:^|;\s*)JSESSIONID=([0-9A-F]+)/.exec(req.headers.cookie ?? '')?.[1];
    let session = cookieId ? sessions.get(cookieId) : undefined;
    if (session && Date.now() - session.lastSeen > IDLE_MS) {
      sessions.delete(session.id);
      session = undefined;
    }
    const stale = cookieId !== undefined && session === undefined;
    if (session) session.lastSeen = Date.now();

    if (req.method === 'GET' && path === PATHS.css)
      return send(res, 200, 'text/css; charset=utf-8', CLARO_CSS);
    if (req.method === 'GET' && path === PATHS.js)
      return send(res, 200, 'application/javascript; charset=utf-8', CLIENT_JS);
    if (req.method === 'GET' && path === PATHS.captcha)
      return send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
    if (path === '/favicon.ico') return send(res, 204, 'text/plain', '');

    if (req.method === 'POST' && path.startsWith('/apiRegistration/'))
      return handleXhr(req, res, path, session);
    if (req.method === 'POST' && path === PATHS.techContact) return handleXhr(req, res, path, session);

    /** A page for someone logged in; anyone else goes to the login page, told when their session is gone. */
    const requireLogin = (): Session | undefined => {
      if (session?.stage === 'in') return session;
      redirect(res, stale ? `${PATHS.login}?expired=1` : PATHS.login);
      return undefined;
    };
    const page = (html: string, status = 200) => {
      const fresh = session ?? newSession();
      send(res, status, 'text/html; charset=utf-8', html, fresh.id === cookieId ? undefined : fresh.id);
    };

    if (req.method === 'GET' && (path === PATHS.home || path === PATHS.login)) {
      if (session?.stage === 'in') return redirect(res, PATHS.dashboard);
      const expired = url.searchParams.get('expired') === '1' || (stale && path === PATHS.login);
      return page(
        loginPage(state.gstin, {
          open: path === PATHS.login,
          error: expired ? EXPIRED_TEXT : undefined,
          info:
            url.searchParams.get('loggedOut') === '1' ? 'You have been logged out successfully.' : undefined,
        }),
      );
    }
    if (req.method === 'POST' && path === PATHS.login) {
      const form = await readForm(req);
      session = session ?? newSession();
      const userName = (form.get('userName') ?? '').trim();
      const password = form.get('password') ?? '';
      const captcha = (form.get('captchaCode') ?? '').trim();
      let error: string | undefined;
      if (!userName || !password || !captcha) {
        error = 'Please enter the username, password and captcha.';
      } else if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        error = 'Invalid Captcha. Please enter the characters shown in the image.';
      } else if (
        userName.toLowerCase() !== R11_DOJO_LOGIN.username.toLowerCase() ||
        password !== R11_DOJO_LOGIN.password
      ) {
        state.refusals.push('login');
        error = 'Invalid Login Credentials. Please check your username and password.';
      }
      if (error) return page(loginPage(state.gstin, { open: true, error, userName }));
      session.stage = 'otp';
      return redirect(res, PATHS.loginOtp, session.id === cookieId ? undefined : session.id);
    }
    if (path === PATHS.loginOtp) {
      if (session?.stage !== 'otp') return redirect(res, stale ? `${PATHS.login}?expired=1` : PATHS.login);
      if (req.method === 'POST') {
        const otp = ((await readForm(req)).get('otp') ?? '').trim();
        if (otp !== state.loginOtp) {
          state.refusals.push('login-otp');
          return page(
            loginOtpPage(state.gstin, {
              error: 'Invalid OTP. Please enter the OTP sent to your registered mobile number.',
            }),
          );
        }
        session.stage = 'in';
        session.techPending = techContact;
        return redirect(res, PATHS.dashboard);
      }
      const resent = url.searchParams.get('resend') === '1';
      return page(
        loginOtpPage(state.gstin, { info: resent ? `OTP has been resent to ${MOBILE}.` : undefined }),
      );
    }
    if (req.method === 'GET' && path === PATHS.logout) {
      if (session) sessions.delete(session.id);
      return redirect(res, `${PATHS.home}?loggedOut=1`);
    }
    if (req.method === 'GET' && path === PATHS.dashboard) {
      const current = requireLogin();
      if (current) page(dashboardPage(state.gstin, current));
      return;
    }
    if (req.method === 'GET' && path === PATHS.create) {
      const current = requireLogin();
      if (!current) return;
      current.apiOtpSent = false;
      current.apiOtpVerified = false;
      current.regType = '';
      return page(createPage(state.gstin, current, state.users));
    }
    if (req.method === 'GET' && path.startsWith('/page/')) {
      const name = path.slice('/page/'.length);
      if (name === 'forgot-username' || name === 'forgot-password') {
        return page(
          shell(
            { title: 'Forgot', page: 'plain', gstin: state.gstin },
            titlePane(
              'plainPane',
              name === 'forgot-username' ? 'Forgot Username' : 'Forgot Password',
              '<p>This facility is under maintenance. Please try after some time.</p>',
            ),
          ),
        );
      }
      const current = requireLogin();
      if (!current) return;
      const title = name
        .split('-')
        .map((word) => (word === 'irn' || word === 'ip' || word === 'api' ? word.toUpperCase() : word))
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join(' ');
      return page(plainPage(state.gstin, current, title));
    }
    send(
      res,
      404,
      'text/html; charset=utf-8',
      '<h1>404 Not Found</h1><p>The requested resource is not available.</p>',
    );
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain', `Internal error: ${String(error)}`);
      else res.end();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        sockets.clear();
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The claro-like sheet
// ---------------------------------------------------------------------------------------------------------

const CLARO_CSS = `
html, body { margin: 0; padding: 0; }
.claro { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 12px; color: #131313; background: #f2f6fa; }
.dijitReset { margin: 0; border: 0; padding: 0; font: inherit; line-height: normal; color: inherit; }
.dijitInline { display: inline-block; vertical-align: middle; }
.dijitOffScreen { position: absolute !important; left: -10000px !important; top: -10000px !important; }
.dijitHidden { display: none !important; }
a { color: #1d4f85; }
#appHeader { background: linear-gradient(#235f96, #123f69); color: #fff; padding: 8px 18px; display: flex; align-items: center; gap: 14px; }
.emblem { width: 42px; height: 42px; border-radius: 50%; background: radial-gradient(circle, #f9c74f 0 28%, #f3722c 30% 40%, #fff 42%); }
.brandTitle { font-size: 20px; font-weight: bold; letter-spacing: .5px; }
.brandSub { font-size: 11px; opacity: .85; }
.userBox { margin-left: auto; display: flex; gap: 14px; align-items: center; font-size: 11px; }
.logoutLink { color: #fff; font-weight: bold; }
#appContent { padding: 14px 18px 40px; min-height: 420px; }
#appFooter { border-top: 1px solid #b5bcc7; padding: 8px 18px; color: #666; font-size: 10px; background: #e9eef4; }
.homeGrid { display: flex; gap: 24px; align-items: flex-start; }
.welcome { flex: 1; }
.welcome h1, .pageHeading { font-size: 18px; color: #1d4f85; margin: 6px 0 12px; font-weight: normal; }
#loginPane { width: 460px; }
.breadcrumb { color: #555; margin-bottom: 10px; font-size: 11px; }
.cards { display: flex; gap: 16px; }
.cardTable td { padding: 4px 10px; }
.cardTable .num { text-align: right; font-weight: bold; color: #1d4f85; }
.formTable { border-collapse: collapse; }
.formTable td { padding: 5px 8px; vertical-align: middle; }
.formTable td.label { text-align: right; font-weight: bold; white-space: nowrap; color: #333; }
.req { color: #c00; margin-left: 2px; }
.fixedPrefix { display: inline-block; vertical-align: middle; padding: 3px 6px; border: 1px solid #b5bcc7; border-right: 0; background: #efefef; font-weight: bold; }
.smallLink { margin-left: 12px; font-size: 11px; }
.sectionHeading { font-weight: bold; margin: 8px 0 6px; color: #1d4f85; }
.radioRow { margin: 4px 0 10px; }
.radioLabel { margin: 0 18px 0 4px; vertical-align: middle; cursor: pointer; }
.buttonRow { margin: 12px 0 4px 8px; }
.errorMessage { color: #a30000; background: #fdecec; border: 1px solid #e8a3a3; padding: 6px 10px; margin-bottom: 10px; }
.infoMessage { color: #1e4d78; background: #e8f3fd; border: 1px solid #9cc6ee; padding: 6px 10px; margin-bottom: 10px; }
.successMessage { color: #1f5d1f; background: #e9f7e4; border: 1px solid #9fd08f; padding: 6px 10px; margin-bottom: 10px; }
.gridTitle { font-weight: bold; margin: 16px 0 6px; color: #1d4f85; }
.dataTable { border-collapse: collapse; width: 100%; border: 1px solid #b5bcc7; }
.dataTable th { background: #e5edf5 linear-gradient(#fff, #e5edf5); border: 1px solid #b5bcc7; padding: 4px 6px; text-align: left; }
.dataTable td { border: 1px solid #d3d3d3; padding: 4px 6px; }
.dataTable .emptyRow td { color: #777; font-style: italic; }
.dialogText { margin: 0 0 8px; max-width: 440px; }
.dialogMessage { min-width: 260px; max-width: 420px; padding: 4px 0 6px; }
.captchaRefresh { display: inline-block; vertical-align: middle; width: 18px; height: 18px; margin-left: 8px; border-radius: 50%; border: 2px solid #1d4f85; border-right-color: transparent; cursor: pointer; box-sizing: border-box; }

/* dijit/form/Button */
.dijitButton { margin: 2px 4px 2px 0; }
.claro .dijitButtonNode { border: 1px solid #759dc0; border-radius: 4px; padding: 2px 4px 4px; background: #bcd8f4 linear-gradient(#fff 0, rgba(255,255,255,.5) 3px, rgba(255,255,255,0) 100%); box-shadow: 0 1px 1px rgba(0,0,0,.15); cursor: pointer; color: #000; }
.claro .dijitButtonHover .dijitButtonNode { background-color: #86bdf2; }
.claro .dijitButtonActive .dijitButtonNode { background-color: #7dbdfa; box-shadow: inset 0 0 6px rgba(0,0,0,.3); }
.claro .dijitButtonDisabled .dijitButtonNode { background: #efefef; border-color: #d3d3d3; color: #818181; cursor: default; box-shadow: none; }
.dijitButtonContents { padding: 1px 6px; }
.dijitButtonContents:focus { outline: 1px dotted #555; }
.dijitToggleButtonIconChar { display: none; }
.dijitIcon { width: 16px; height: 16px; }
.dijitNoIcon { width: 0; }
.dijitIconKey { background: radial-gradient(circle at 5px 8px, transparent 2px, #c9a227 3px 5px, transparent 6px), linear-gradient(#c9a227, #c9a227) 9px 7px / 7px 2px no-repeat; }
.dijitIconSave { background: linear-gradient(#4a78a8, #4a78a8) 3px 2px / 10px 12px no-repeat; }
.dijitIconUndo { background: linear-gradient(#a84a4a, #a84a4a) 4px 7px / 9px 2px no-repeat; }

/* dijit/form/ValidationTextBox */
.claro .dijitTextBox { border: 1px solid #b5bcc7; background: #fff; width: 15em; position: relative; padding: 1px; box-sizing: border-box; }
.dijitInputContainer { overflow: hidden; position: relative; }
.dijitInputInner { border: 0 !important; outline: 0; background: transparent !important; width: 100% !important; padding: 3px 0 3px 4px !important; box-sizing: border-box; font: inherit; }
.claro .dijitTextBoxHover { border-color: #759dc0; }
.claro .dijitTextBoxFocused { border-color: #759dc0; box-shadow: inset 0 1px 3px #cfe5fa; }
.claro .dijitTextBoxError { border-color: #d46464; }
.claro .dijitTextBoxError.dijitTextBoxFocused { box-shadow: inset 0 1px 3px #f9d2d2; }
.dijitValidationContainer { display: none; }
.claro .dijitTextBoxError .dijitValidationContainer { display: block; float: right; width: 16px; height: 20px; }
.dijitValidationInner { width: 16px; height: 20px; border: 0; padding: 0; color: transparent; background: radial-gradient(circle, #d46464 0 6px, transparent 7px); cursor: default; }
.dijitPlaceHolder { position: absolute; top: 0; left: 0; padding: 3px 4px; color: #aaa; font-style: italic; pointer-events: none; white-space: nowrap; }

/* dijit/form/FilteringSelect */
.claro .dijitComboBox .dijitArrowButton { float: right; height: 21px; width: 17px; border-left: 1px solid #b5bcc7; border-top: 0; border-right: 0; border-bottom: 0; border-radius: 0; padding: 0; background: #e5f0fb linear-gradient(#fff, #d3e5f6); cursor: pointer; }
.claro .dijitComboBoxHover .dijitArrowButton, .claro .dijitHasDropDownOpen .dijitArrowButton { background: #abd6ff; }
.dijitArrowButtonInner { width: 17px; height: 21px; border: 0; background: transparent; color: #4a6b8a; font-size: 8px; text-align: center; cursor: pointer; padding: 0; }
.dijitComboBoxMenu { overflow: auto; overflow-x: hidden; }
.claro .dijitComboBoxMenu .dijitMenuItem { padding: 3px 8px; border: 1px solid transparent; white-space: nowrap; cursor: pointer; }
.claro .dijitComboBoxMenu .dijitMenuItemSelected, .claro .dijitComboBoxMenu .dijitMenuItemHover { background: #abd6ff; border-color: #759dc0; }
.dijitComboBoxHighlightMatch { background: #cfe5fa; font-weight: bold; }

/* popups and menus */
.dijitPopup { position: absolute; background: transparent; border: 0; margin: 0; padding: 0; z-index: 1000; }
.claro .dijitMenu { border: 1px solid #759dc0; background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.25); }
.dijitMenuTable { border-collapse: collapse; border-spacing: 0; }
.claro .dijitMenuTable .dijitMenuItem { cursor: pointer; white-space: nowrap; }
.claro .dijitMenuTable .dijitMenuItem td { padding: 4px 6px; border-top: 1px solid transparent; border-bottom: 1px solid transparent; }
.claro .dijitMenuTable .dijitMenuItemSelected td, .claro .dijitMenuTable .dijitMenuItemHover td { background: #abd6ff linear-gradient(rgba(255,255,255,.7), rgba(255,255,255,0)); border-color: #759dc0; }
.claro .dijitMenuTable .dijitMenuItemDisabled td { color: #999; background: #fff; border-color: transparent; cursor: default; }
.dijitMenuItemIconCell { width: 16px; }
.dijitMenuItemLabel { padding-right: 18px !important; }
.dijitMenuExpand { width: 0; height: 0; border-top: 4px solid transparent; border-bottom: 4px solid transparent; border-left: 5px solid #4a6b8a; }
.dijitMenuItem:focus { outline: none; }
.claro .dijitMenuBar { border-bottom: 1px solid #b5bcc7; background: #efefef linear-gradient(#fff, #e5e9ee); padding: 0 12px; margin: 0; }
.claro .dijitMenuBar .dijitMenuItem { padding: 7px 12px; border: 1px solid transparent; margin: 1px 0; cursor: pointer; }
.claro .dijitMenuBar .dijitMenuItemHover, .claro .dijitMenuBar .dijitMenuItemSelected { background: #abd6ff linear-gradient(rgba(255,255,255,.7), rgba(255,255,255,0)); border-color: #759dc0; }
.dijitMenuBar .dijitArrowButtonInner { display: inline-block; width: 0; height: 0; margin-left: 6px; border-left: 4px solid transparent; border-right: 4px solid transparent; border-top: 5px solid #4a6b8a; vertical-align: middle; }

/* dijit/Dialog */
.dijitDialog { position: absolute; z-index: 950; overflow: hidden; }
.claro .dijitDialog { border: 1px solid #759dc0; background: #fff; box-shadow: 0 1px 5px rgba(0,0,0,.25); }
.claro .dijitDialogTitleBar { border-bottom: 1px solid #759dc0; background: #cfe5fa linear-gradient(#fff 0, rgba(255,255,255,0) 100%); padding: 5px 30px 4px 8px; cursor: move; position: relative; }
.dijitDialogTitle { font-weight: bold; font-size: 13px; }
.dijitDialogCloseIcon { position: absolute; top: 5px; right: 6px; width: 15px; height: 15px; cursor: pointer; background: linear-gradient(45deg, transparent 6px, #4a6b8a 6px 8px, transparent 8px), linear-gradient(-45deg, transparent 6px, #4a6b8a 6px 8px, transparent 8px); }
.closeText { display: none; }
.claro .dijitDialogPaneContent { padding: 10px 12px; background: #fff; }
.claro .dijitDialogPaneActionBar { background: #efefef; padding: 4px 6px; text-align: right; border-top: 1px solid #d3d3d3; margin: 10px -12px -10px; }
.dijitDialogUnderlayWrapper { position: fixed; left: 0; top: 0; width: 100%; height: 100%; z-index: 949; display: none; }
.dijitDialogUnderlay { width: 100%; height: 100%; }
.claro .dijitDialogUnderlay { background: #fff; opacity: .6; }

/* dijit/Tooltip (the master tooltip) */
.dijitTooltip { position: absolute; z-index: 2000; display: none; overflow: visible; }
.claro .dijitTooltipContainer { background: #fff linear-gradient(#fff 0, #f2f2f2 100%); border: 1px solid #769dc0; padding: 6px 8px; border-radius: 4px; box-shadow: 0 1px 3px rgba(0,0,0,.25); max-width: 260px; }
.dijitTooltipConnector { position: absolute; width: 0; height: 0; border: 7px solid transparent; }
.dijitTooltipRight { padding-left: 7px; }
.dijitTooltipRight .dijitTooltipConnector { left: -7px; top: 50%; margin-top: -7px; border-right-color: #769dc0; }
.dijitTooltipBelow { padding-top: 7px; }
.dijitTooltipBelow .dijitTooltipConnector { top: -7px; left: 12px; border-bottom-color: #769dc0; }

/* dijit/form/RadioButton */
.dijitRadio { position: relative; width: 15px; height: 15px; margin: 0 2px 0 0; border-radius: 50%; border: 1px solid #8d9bab; background: linear-gradient(#fff, #dde6ef); box-sizing: border-box; }
.dijitRadioHover { border-color: #759dc0; background: linear-gradient(#fff, #cfe5fa); }
.dijitRadioChecked { background: radial-gradient(circle, #2c6fb0 0 3px, #fff 4px, #dde6ef 100%); }
.dijitCheckBoxInput { position: absolute; left: 0; top: 0; width: 100%; height: 100%; margin: 0; padding: 0; opacity: 0; cursor: pointer; }

/* dijit/TitlePane */
.dijitTitlePane { margin-bottom: 14px; }
.claro .dijitTitlePaneTitle { border: 1px solid #759dc0; background: #cfe5fa linear-gradient(#fff 0, rgba(255,255,255,0) 100%); padding: 5px 8px; font-weight: bold; color: #1d3d5e; }
.dijitTitlePaneTitleFocus { outline: none; }
.dijitTitlePane .dijitArrowNode { display: inline-block; width: 0; height: 0; margin-right: 6px; border-left: 4px solid transparent; border-right: 4px solid transparent; border-top: 5px solid #4a6b8a; vertical-align: middle; }
.dijitTitlePaneContentOuter { border: 1px solid #b5bcc7; border-top: 0; background: #fff; }
.dijitTitlePaneContent { padding: 12px 16px; }

/* dojox/widget/Standby */
.standbyUnderlay { position: absolute; z-index: 900; background: #fff; display: none; }
.standbyImage { position: absolute; left: 50%; top: 50%; width: 28px; height: 28px; margin: -14px 0 0 -14px; border-radius: 50%; border: 3px solid #b5cde6; border-top-color: #235f96; animation: standbySpin .8s linear infinite; box-sizing: border-box; }
@keyframes standbySpin { to { transform: rotate(360deg); } }
`;

// ---------------------------------------------------------------------------------------------------------
// The dijit-like runtime, and each page's own script
// ---------------------------------------------------------------------------------------------------------

const CLIENT_JS = `
(function () {
  'use strict';
  var d = document;
  var handlers = {};
  var EXPIRED_URL = '/login?expired=1';

  function byId(id) { return d.getElementById(id); }
  function closest(node, selector) {
    while (node && node.nodeType !== 1) node = node.parentNode;
    return node ? node.closest(selector) : null;
  }
  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
  }
  function visible(node) { return !!node && node.getClientRects().length > 0; }
  function fade(node, from, to, ms, done) {
    var start = Date.now();
    node.style.opacity = String(from);
    (function step() {
      var k = Math.min(1, (Date.now() - start) / ms);
      node.style.opacity = String(from + (to - from) * k);
      if (k < 1) setTimeout(step, 16); else if (done) done();
    })();
  }

  // dojo/request/xhr: POST form-encoded, handleAs json
  function post(url, data) {
    return new Promise(function (resolve) {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', url, true);
      xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
      xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
      xhr.onload = function () {
        var body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
        resolve({ status: xhr.status, data: body || {} });
      };
      xhr.onerror = function () {
        resolve({ status: 0, data: { message: 'Unable to connect to the server. Please try again.' } });
      };
      xhr.send(Object.keys(data).map(function (k) {
        return encodeURIComponent(k) + '=' + encodeURIComponent(data[k]);
      }).join('&'));
    });
  }

  // ---- dijit/form/Button ----
  function buttonHtml(id, label) {
    return '<span class="dijit dijitReset dijitInline dijitButton" role="presentation" widgetid="' + id + '" id="widget_' + id + '">' +
      '<span class="dijitReset dijitInline dijitButtonNode" role="presentation">' +
      '<span class="dijitReset dijitStretch dijitButtonContents" role="button" aria-labelledby="' + id + '_label" tabindex="0" id="' + id + '">' +
      '<span class="dijitReset dijitInline dijitIcon dijitNoIcon"></span><span class="dijitReset dijitToggleButtonIconChar">&#x25CF;</span>' +
      '<span class="dijitReset dijitInline dijitButtonText" id="' + id + '_label">' + esc(label) + '</span></span></span>' +
      '<input type="button" value="' + esc(label) + '" class="dijitOffScreen" tabindex="-1" aria-hidden="true"></span>';
  }
  function setDisabled(id, disabled) {
    var w = byId('widget_' + id);
    if (!w) return;
    w.classList.toggle('dijitButtonDisabled', disabled);
    w.classList.toggle('dijitDisabled', disabled);
    var focus = byId(id);
    focus.setAttribute('aria-disabled', disabled ? 'true' : 'false');
    focus.setAttribute('tabindex', disabled ? '-1' : '0');
  }
  function activateButton(widget) {
    if (widget.classList.contains('dijitButtonDisabled')) return;
    var id = widget.getAttribute('widgetid');
    if (handlers[id]) { handlers[id](); return; }
    var input = widget.querySelector('input.dijitOffScreen');
    if (input && input.type === 'submit' && input.form) input.form.requestSubmit(input);
  }
  d.addEventListener('click', function (e) {
    var node = closest(e.target, '.dijitButtonNode');
    var widget = node && closest(node, '.dijitButton');
    if (widget) { e.preventDefault(); activateButton(widget); }
  });
  d.addEventListener('keydown', function (e) {
    var contents = closest(e.target, '.dijitButtonContents');
    if (contents && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      activateButton(closest(contents, '.dijitButton'));
    }
  });
  d.addEventListener('mouseover', function (e) {
    var w = closest(e.target, '.dijitButton, .dijitRadio, .dijitTextBox');
    if (!w) return;
    if (w.classList.contains('dijitButton')) w.classList.add('dijitButtonHover', 'dijitHover');
    else if (w.classList.contains('dijitRadio')) w.classList.add('dijitRadioHover', 'dijitHover');
    else w.classList.add(w.classList.contains('dijitComboBox') ? 'dijitComboBoxHover' : 'dijitTextBoxHover', 'dijitHover');
  });
  d.addEventListener('mouseout', function (e) {
    var w = closest(e.target, '.dijitButton, .dijitRadio, .dijitTextBox');
    if (w && !w.contains(e.relatedTarget)) {
      w.classList.remove('dijitButtonHover', 'dijitRadioHover', 'dijitTextBoxHover', 'dijitComboBoxHover', 'dijitHover', 'dijitButtonActive');
    }
  });
  d.addEventListener('mousedown', function (e) {
    var w = closest(e.target, '.dijitButton');
    if (w && !w.classList.contains('dijitButtonDisabled')) w.classList.add('dijitButtonActive', 'dijitActive');
  });
  d.addEventListener('mouseup', function () {
    Array.prototype.forEach.call(d.querySelectorAll('.dijitButtonActive'), function (w) {
      w.classList.remove('dijitButtonActive', 'dijitActive');
    });
  });

  // ---- the master tooltip ----
  var tip = null;
  var tipAround = null;
  function showTooltip(message, around) {
    if (!tip) {
      tip = d.createElement('div');
      tip.className = 'dijitTooltip dijitTooltipRight';
      tip.id = 'dijit__MasterTooltip_0';
      tip.setAttribute('role', 'alert');
      tip.innerHTML = '<div class="dijitTooltipContainer dijitTooltipContents"></div><div class="dijitTooltipConnector"></div>';
      d.body.appendChild(tip);
    }
    tip.firstChild.innerHTML = esc(message);
    tip.style.display = 'block';
    tip.className = 'dijitTooltip dijitTooltipRight';
    var r = around.getBoundingClientRect();
    var left = r.right + 2;
    var top = r.top + r.height / 2 - tip.offsetHeight / 2;
    if (left + tip.offsetWidth > d.documentElement.clientWidth) {
      tip.className = 'dijitTooltip dijitTooltipBelow';
      left = r.left;
      top = r.bottom + 2;
    }
    tip.style.left = left + window.scrollX + 'px';
    tip.style.top = top + window.scrollY + 'px';
    tipAround = around;
    fade(tip, 0, 1, 150);
  }
  function hideTooltip(around) {
    if (tip && (!around || around === tipAround)) { tip.style.display = 'none'; tipAround = null; }
  }

  // ---- dijit/form/ValidationTextBox ----
  function boxOf(node) { return closest(node, '.dijitTextBox'); }
  function inputOf(box) { return box.querySelector('.dijitInputInner'); }
  function messageOf(box) {
    var input = inputOf(box);
    var value = input.value;
    var ds = box.dataset;
    if (box.classList.contains('dijitComboBox')) {
      if (!value) return ds.required ? (ds.missing || 'This value is required.') : '';
      return box.querySelector('input[type=hidden]').value ? '' : 'The value entered is not valid.';
    }
    if (!value) return ds.required ? (ds.missing || 'This value is required.') : '';
    if (ds.regexp && !new RegExp('^(?:' + ds.regexp + ')$').test(value)) return ds.invalid || 'The value entered is not valid.';
    if (ds.match) {
      var other = byId(ds.match);
      if (other && other.value !== value) return ds.invalid || 'The value entered is not valid.';
    }
    return '';
  }
  function setBoxState(box, message) {
    var error = !!message;
    box.classList.toggle('dijitTextBoxError', error);
    box.classList.toggle('dijitValidationTextBoxError', error);
    box.classList.toggle('dijitError', error);
    if (box.classList.contains('dijitComboBox')) box.classList.toggle('dijitComboBoxError', error);
    var input = inputOf(box);
    input.setAttribute('aria-invalid', error ? 'true' : 'false');
    box._message = message;
    if (error && d.activeElement === input) showTooltip(message, box);
    else hideTooltip(box);
  }
  function syncPlaceHolder(box) {
    var ph = box.querySelector('.dijitPlaceHolder');
    if (ph) ph.style.display = inputOf(box).value ? 'none' : '';
  }
  function resetBox(box) {
    inputOf(box).value = '';
    var hidden = box.querySelector('input[type=hidden]');
    if (hidden) hidden.value = '';
    setBoxState(box, '');
    syncPlaceHolder(box);
  }
  /** dijit/form/Form.validate(): every shown field checked, the first invalid one focused. */
  function validateWithin(container) {
    var first = null;
    Array.prototype.forEach.call(container.querySelectorAll('.dijitTextBox'), function (box) {
      if (!visible(box)) return;
      var message = messageOf(box);
      setBoxState(box, message);
      if (message && !first) first = box;
    });
    if (first) {
      inputOf(first).focus();
      showTooltip(first._message, first);
    }
    return !first;
  }
  d.addEventListener('focusin', function (e) {
    var box = boxOf(e.target);
    if (!box || !e.target.classList.contains('dijitInputInner')) return;
    box.classList.add('dijitTextBoxFocused', 'dijitFocused');
    if (box._message) showTooltip(box._message, box);
  });
  d.addEventListener('focusout', function (e) {
    var box = boxOf(e.target);
    if (!box || !e.target.classList.contains('dijitInputInner')) return;
    box.classList.remove('dijitTextBoxFocused', 'dijitFocused');
    hideTooltip(box);
    if (!box.classList.contains('dijitComboBox')) setBoxState(box, messageOf(box));
  });
  d.addEventListener('input', function (e) {
    var box = boxOf(e.target);
    if (!box || !e.target.classList.contains('dijitInputInner')) return;
    syncPlaceHolder(box);
    if (box._message && !box.classList.contains('dijitComboBox')) setBoxState(box, messageOf(box));
  });
  d.addEventListener('submit', function (e) {
    if (!validateWithin(e.target)) e.preventDefault();
  });

  // ---- dijit/form/RadioButton ----
  var radioHandlers = {};
  d.addEventListener('change', function (e) {
    var input = e.target;
    if (!input.classList || !input.classList.contains('dijitCheckBoxInput') || input.type !== 'radio') return;
    Array.prototype.forEach.call(d.querySelectorAll('input[type=radio][name="' + input.name + '"]'), function (r) {
      var w = r.parentNode;
      w.classList.toggle('dijitRadioChecked', r.checked);
      w.classList.toggle('dijitChecked', r.checked);
      r.setAttribute('aria-checked', r.checked ? 'true' : 'false');
    });
    if (radioHandlers[input.name]) radioHandlers[input.name](input.value);
  });

  // ---- dijit/form/FilteringSelect ----
  function FilteringSelect(box) {
    var self = this;
    box._select = this;
    this.box = box;
    this.input = inputOf(box);
    this.hidden = box.querySelector('input[type=hidden]');
    this.items = [];
    this.shown = [];
    this.highlighted = -1;
    this.wrapper = null;
    this.list = null;
    this.timer = 0;
    box.querySelector('.dijitArrowButton').addEventListener('mousedown', function (e) {
      e.preventDefault();
      if (self.isOpen()) { self.close(); return; }
      self.input.focus();
      self.open(self.items, '');
    });
    this.input.addEventListener('input', function (e) {
      self.hidden.value = '';
      clearTimeout(self.timer);
      var typed = self.input.value;
      var inserting = !e.inputType || e.inputType.indexOf('insert') === 0;
      self.timer = setTimeout(function () { self.search(typed, inserting); }, 200);
    });
    this.input.addEventListener('keydown', function (e) { self.onKey(e); });
    this.input.addEventListener('blur', function () {
      clearTimeout(self.timer);
      self.close();
      self.resolve();
    });
  }
  FilteringSelect.prototype.isOpen = function () { return !!this.wrapper && this.wrapper.style.display !== 'none'; };
  FilteringSelect.prototype.search = function (typed, inserting) {
    if (!typed) { this.close(); return; }
    var q = typed.toLowerCase();
    var matches = this.items.filter(function (item) { return item.name.toLowerCase().indexOf(q) === 0; });
    if (!matches.length) { this.close(); return; }
    this.open(matches, typed);
    var input = this.input;
    var first = matches[0];
    if (inserting && input.value === typed && input.selectionStart === typed.length) {
      input.value = first.name;
      input.setSelectionRange(typed.length, first.name.length);
    }
    this.highlight(0);
  };
  FilteringSelect.prototype.open = function (items, typed) {
    var self = this;
    if (!this.wrapper) {
      this.wrapper = d.createElement('div');
      this.wrapper.className = 'dijitPopup dijitComboBoxMenuPopup';
      this.wrapper.setAttribute('role', 'region');
      this.wrapper.id = 'widget_' + this.input.id + '_dropdown';
      this.list = d.createElement('div');
      this.list.className = 'dijitReset dijitMenu dijitComboBoxMenu';
      this.list.id = this.input.id + '_popup';
      this.list.setAttribute('role', 'listbox');
      this.wrapper.appendChild(this.list);
      d.body.appendChild(this.wrapper);
      this.list.addEventListener('mousedown', function (e) { e.preventDefault(); });
      this.list.addEventListener('click', function (e) {
        var option = closest(e.target, '.dijitMenuItem[item]');
        if (option) self.select(Number(option.getAttribute('item')));
      });
      this.list.addEventListener('mouseover', function (e) {
        var option = closest(e.target, '.dijitMenuItem[item]');
        if (option) self.highlight(Number(option.getAttribute('item')));
      });
    }
    this.shown = items;
    var n = typed.length;
    var listId = this.list.id;
    this.list.innerHTML = '<div class="dijitMenuItem dijitMenuPreviousButton" role="option" style="display:none">Previous choices</div>' +
      items.map(function (item, i) {
        var label = n ? '<span class="dijitComboBoxHighlightMatch">' + esc(item.name.slice(0, n)) + '</span>' + esc(item.name.slice(n)) : esc(item.name);
        return '<div class="dijitReset dijitMenuItem" role="option" id="' + listId + i + '" item="' + i + '" aria-selected="false">' + label + '</div>';
      }).join('') +
      '<div class="dijitMenuItem dijitMenuNextButton" role="option" style="display:none">More choices</div>';
    var r = this.box.getBoundingClientRect();
    this.wrapper.style.display = 'block';
    this.wrapper.style.left = r.left + window.scrollX + 'px';
    this.wrapper.style.top = r.bottom + window.scrollY + 'px';
    this.list.style.width = r.width - 2 + 'px';
    this.list.style.maxHeight = Math.max(120, Math.min(260, d.documentElement.clientHeight - r.bottom - 8)) + 'px';
    this.box.setAttribute('aria-expanded', 'true');
    this.box.classList.add('dijitHasDropDownOpen');
    this.input.setAttribute('aria-owns', this.list.id);
    this.highlighted = -1;
    var current = this.hidden.value;
    for (var i = 0; i < items.length; i++) if (items[i].id === current) this.highlight(i);
  };
  FilteringSelect.prototype.close = function () {
    if (!this.wrapper) return;
    this.wrapper.style.display = 'none';
    this.box.setAttribute('aria-expanded', 'false');
    this.box.classList.remove('dijitHasDropDownOpen');
    this.input.removeAttribute('aria-activedescendant');
  };
  FilteringSelect.prototype.highlight = function (i) {
    var options = this.list.querySelectorAll('.dijitMenuItem[item]');
    Array.prototype.forEach.call(options, function (o) {
      o.classList.remove('dijitMenuItemSelected', 'dijitMenuItemHover');
      o.setAttribute('aria-selected', 'false');
    });
    var option = options[i];
    if (!option) { this.highlighted = -1; return; }
    option.classList.add('dijitMenuItemSelected');
    option.setAttribute('aria-selected', 'true');
    option.scrollIntoView({ block: 'nearest' });
    this.input.setAttribute('aria-activedescendant', option.id);
    this.highlighted = i;
  };
  FilteringSelect.prototype.set = function (item) {
    this.input.value = item.name;
    this.hidden.value = item.id;
    setBoxState(this.box, '');
  };
  FilteringSelect.prototype.select = function (i) {
    var item = this.shown[i];
    if (!item) return;
    this.set(item);
    this.close();
  };
  FilteringSelect.prototype.resolve = function () {
    var value = this.input.value.trim().toLowerCase();
    var self = this;
    if (!(this.hidden.value && this.items.some(function (it) { return it.id === self.hidden.value && it.name === self.input.value; }))) {
      this.hidden.value = '';
      var exact = this.items.filter(function (it) { return it.name.toLowerCase() === value; })[0];
      if (exact) this.set(exact);
    }
    setBoxState(this.box, messageOf(this.box));
  };
  FilteringSelect.prototype.onKey = function (e) {
    var open = this.isOpen();
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) { this.search(this.input.value, false); if (!this.isOpen()) this.open(this.items, ''); }
      else this.highlight(Math.min(this.shown.length - 1, this.highlighted + 1));
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      this.highlight(Math.max(0, this.highlighted - 1));
    } else if (e.key === 'Enter' && open && this.highlighted >= 0) {
      e.preventDefault();
      this.select(this.highlighted);
    } else if (e.key === 'Tab' && open && this.highlighted >= 0) {
      this.select(this.highlighted);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      this.close();
    }
  };

  // ---- dijit/Dialog, with the one shared underlay ----
  var openDialogs = [];
  var underlayWrapper = null;
  function layoutUnderlay() {
    if (!underlayWrapper) {
      underlayWrapper = d.createElement('div');
      underlayWrapper.className = 'dijitDialogUnderlayWrapper';
      underlayWrapper.innerHTML = '<div class="dijitDialogUnderlay claro_underlay" id="dijit_DialogUnderlay_0" tabindex="-1"></div>';
      d.body.appendChild(underlayWrapper);
    }
    var top = openDialogs[openDialogs.length - 1];
    underlayWrapper.style.display = top ? 'block' : 'none';
    if (top) underlayWrapper.style.zIndex = String(Number(top.node.style.zIndex) - 1);
  }
  function Dialog(node, onCancel) {
    var self = this;
    this.node = node;
    this.onCancel = onCancel || function () { self.hide(); };
    this.isOpen = false;
    node._dialog = this;
    node.querySelector('.dijitDialogCloseIcon').addEventListener('click', function () { self.onCancel(); });
    node.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); self.onCancel(); return; }
      if (e.key !== 'Tab') return;
      var focusables = self.focusables();
      if (!focusables.length) return;
      var first = focusables[0];
      var last = focusables[focusables.length - 1];
      if (e.shiftKey && d.activeElement === first) { e.preventDefault(); last.focus(); }
      else if (!e.shiftKey && d.activeElement === last) { e.preventDefault(); first.focus(); }
    });
  }
  Dialog.prototype.focusables = function () {
    return Array.prototype.filter.call(this.node.querySelectorAll('.dijitInputInner, .dijitButtonContents[tabindex="0"]'), visible);
  };
  Dialog.prototype.show = function () {
    if (this.isOpen) return;
    this.isOpen = true;
    this.previousFocus = d.activeElement;
    openDialogs.push(this);
    var n = this.node;
    n.style.zIndex = String(948 + openDialogs.length * 2);
    n.style.display = 'block';
    n.style.left = Math.max(0, (d.documentElement.clientWidth - n.offsetWidth) / 2) + window.scrollX + 'px';
    n.style.top = Math.max(0, (d.documentElement.clientHeight - n.offsetHeight) / 2) + window.scrollY + 'px';
    n.classList.add('dijitDialogFocused', 'dijitFocused');
    layoutUnderlay();
    fade(n, 0, 1, 200);
    var focusables = this.focusables();
    if (focusables[0]) focusables[0].focus();
  };
  Dialog.prototype.hide = function () {
    if (!this.isOpen) return;
    this.isOpen = false;
    var self = this;
    openDialogs = openDialogs.filter(function (x) { return x !== self; });
    layoutUnderlay();
    hideTooltip();
    this.node.classList.remove('dijitDialogFocused', 'dijitFocused');
    fade(this.node, 1, 0, 200, function () { if (!self.isOpen) self.node.style.display = 'none'; });
    var previous = this.previousFocus;
    if (previous && previous.focus && d.body.contains(previous) && visible(previous)) previous.focus();
  };
  var dialogCount = 0;
  /** A dialog made by script (new Dialog({title, content})), kept in the DOM and reused per kind. */
  function messageDialog(kind, title, html, buttons, onCancel) {
    var node = byId(kind);
    if (!node) {
      node = d.createElement('div');
      node.className = 'dijitDialog';
      node.id = kind;
      node.setAttribute('widgetid', kind);
      node.setAttribute('role', 'dialog');
      node.setAttribute('aria-labelledby', kind + '_title');
      node.style.display = 'none';
      node.innerHTML = '<div class="dijitDialogTitleBar"><span class="dijitDialogTitle" id="' + kind + '_title" role="heading" aria-level="1"></span>' +
        '<span class="dijitDialogCloseIcon" role="button" tabindex="-1" title="Cancel"><span class="closeText" title="Cancel">x</span></span></div>' +
        '<div class="dijitDialogPaneContent"><div class="dialogMessage"></div><div class="dijitDialogPaneActionBar"></div></div>';
      d.body.appendChild(node);
      new Dialog(node);
    }
    var dialog = node._dialog;
    dialog.onCancel = onCancel || function () { dialog.hide(); };
    byId(kind + '_title').textContent = title;
    node.querySelector('.dialogMessage').innerHTML = html;
    dialogCount += 1;
    var bar = node.querySelector('.dijitDialogPaneActionBar');
    bar.innerHTML = buttons.map(function (b, i) { return buttonHtml(kind + '_btn' + dialogCount + '_' + i, b.label); }).join('');
    buttons.forEach(function (b, i) { handlers[kind + '_btn' + dialogCount + '_' + i] = b.onClick; });
    return dialog;
  }
  function alertDialog(title, message, onOk) {
    var done = function () { dlg.hide(); if (onOk) onOk(); };
    var dlg = messageDialog(title === 'Success' ? 'successDialog' : 'errorDialog', title, esc(message), [{ label: 'OK', onClick: done }], done);
    dlg.show();
  }
  function confirmDialog(message, onOk) {
    var cancel = function () { dlg.hide(); };
    var dlg = messageDialog('confirmDialog', 'Confirm', esc(message), [
      { label: 'OK', onClick: function () { dlg.hide(); onOk(); } },
      { label: 'Cancel', onClick: cancel },
    ], cancel);
    dlg.show();
  }
  function sessionExpired(message) {
    var go = function () { window.location.href = EXPIRED_URL; };
    openDialogs.slice().forEach(function (x) { x.hide(); });
    var dlg = messageDialog('sessionExpiredDialog', 'Session Expired', esc(message || 'Your session has expired. Please login again.'), [{ label: 'OK', onClick: go }], go);
    dlg.show();
  }

  // ---- dojox/widget/Standby over a pane ----
  var standbyNode = null;
  var standbyToken = 0;
  function standby(target, on) {
    if (!target) return;
    if (!standbyNode) {
      standbyNode = d.createElement('div');
      standbyNode.className = 'standbyUnderlay';
      standbyNode.innerHTML = '<div class="standbyImage" role="progressbar" aria-label="Loading"></div>';
      d.body.appendChild(standbyNode);
    }
    var token = ++standbyToken;
    if (on) {
      var r = target.getBoundingClientRect();
      standbyNode.style.left = r.left + window.scrollX + 'px';
      standbyNode.style.top = r.top + window.scrollY + 'px';
      standbyNode.style.width = r.width + 'px';
      standbyNode.style.height = r.height + 'px';
      standbyNode.style.display = 'block';
      fade(standbyNode, 0, 0.75, 120);
    } else {
      fade(standbyNode, Number(standbyNode.style.opacity || 0.75), 0, 200, function () {
        if (token === standbyToken) standbyNode.style.display = 'none';
      });
    }
  }

  // ---- dijit/MenuBar, DropDownMenu, PopupMenuItem ----
  function initMenus() {
    var bar = byId('mainMenuBar');
    if (!bar || typeof MENU_CONFIG === 'undefined') return;
    var config = MENU_CONFIG;
    var stack = [];
    var hoverTimer = 0;
    function wrapperOf(menuId) {
      var table = byId(menuId);
      if (!table._wrapper) {
        var wrapper = d.createElement('div');
        wrapper.className = 'dijitPopup dijitMenuPopup';
        wrapper.setAttribute('role', 'region');
        wrapper.id = 'popup_' + menuId;
        wrapper.style.display = 'none';
        wrapper.appendChild(table);
        d.body.appendChild(wrapper);
        table._wrapper = wrapper;
      }
      return table._wrapper;
    }
    function closeFrom(level) {
      while (stack.length > level) {
        var entry = stack.pop();
        entry.wrapper.style.display = 'none';
        entry.item.classList.remove('dijitMenuItemSelected');
        entry.item.setAttribute('aria-expanded', 'false');
      }
      if (!stack.length) { bar.classList.remove('dijitMenuActive'); bar.classList.add('dijitMenuPassive'); }
    }
    function open(item, level) {
      var menuId = config.popups[item.id];
      if (stack[level] && stack[level].item === item) return;
      closeFrom(level);
      var wrapper = wrapperOf(menuId);
      wrapper.style.display = 'block';
      var r = item.getBoundingClientRect();
      wrapper.style.left = (level === 0 ? r.left : r.right - 2) + window.scrollX + 'px';
      wrapper.style.top = (level === 0 ? r.bottom : r.top - 1) + window.scrollY + 'px';
      wrapper.style.zIndex = String(1000 + level);
      item.classList.add('dijitMenuItemSelected');
      item.setAttribute('aria-expanded', 'true');
      stack.push({ item: item, wrapper: wrapper, table: byId(menuId) });
      if (level === 0) { bar.classList.add('dijitMenuActive'); bar.classList.remove('dijitMenuPassive'); }
    }
    function levelOf(row) {
      var table = closest(row, '.dijitMenu');
      for (var i = 0; i < stack.length; i++) if (stack[i].table === table) return i + 1;
      return -1;
    }
    function rowsOf(table) { return Array.prototype.slice.call(table.querySelectorAll('tr.dijitMenuItem')); }
    function choose(item) {
      if (item.classList.contains('dijitMenuItemDisabled')) return;
      var target = config.targets[item.id];
      if (target) { closeFrom(0); window.location.href = target; }
    }
    function focusRow(row) {
      rowsOf(closest(row, '.dijitMenu')).forEach(function (r) { r.classList.remove('dijitMenuItemSelected', 'dijitMenuItemFocused'); });
      row.classList.add('dijitMenuItemSelected', 'dijitMenuItemFocused');
      row.focus();
    }
    bar.addEventListener('click', function (e) {
      var item = closest(e.target, '.dijitMenuBarItem');
      if (!item) return;
      if (config.popups[item.id]) {
        if (stack[0] && stack[0].item === item) closeFrom(0); else open(item, 0);
      } else choose(item);
    });
    bar.addEventListener('mouseover', function (e) {
      var item = closest(e.target, '.dijitMenuBarItem');
      if (!item) return;
      item.classList.add('dijitMenuItemHover');
      if (stack.length && stack[0].item !== item) {
        if (config.popups[item.id]) open(item, 0); else closeFrom(0);
      }
    });
    bar.addEventListener('mouseout', function (e) {
      var item = closest(e.target, '.dijitMenuBarItem');
      if (item && !item.contains(e.relatedTarget)) item.classList.remove('dijitMenuItemHover');
    });
    bar.addEventListener('keydown', function (e) {
      var item = closest(e.target, '.dijitMenuBarItem');
      if (!item) return;
      var items = Array.prototype.slice.call(bar.querySelectorAll('.dijitMenuBarItem'));
      var i = items.indexOf(item);
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        e.preventDefault();
        var next = items[(i + (e.key === 'ArrowRight' ? 1 : items.length - 1)) % items.length];
        item.setAttribute('tabindex', '-1');
        next.setAttribute('tabindex', '0');
        next.focus();
        if (stack.length && config.popups[next.id]) open(next, 0); else closeFrom(0);
      } else if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        if (config.popups[item.id]) { open(item, 0); focusRow(rowsOf(stack[0].table)[0]); } else choose(item);
      }
    });
    d.addEventListener('mouseover', function (e) {
      var row = closest(e.target, 'tr.dijitMenuItem');
      if (!row || !closest(row, '.dijitMenuPopup')) return;
      var level = levelOf(row);
      if (level < 0) return;
      rowsOf(closest(row, '.dijitMenu')).forEach(function (r) {
        if (!(stack[level] && stack[level].item === r)) r.classList.remove('dijitMenuItemHover');
      });
      row.classList.add('dijitMenuItemHover');
      clearTimeout(hoverTimer);
      hoverTimer = setTimeout(function () {
        if (row.classList.contains('dijitMenuItemDisabled')) return;
        if (config.popups[row.id]) open(row, level); else closeFrom(level);
      }, 500);
    });
    d.addEventListener('mouseout', function (e) {
      var row = closest(e.target, 'tr.dijitMenuItem');
      if (row && !row.contains(e.relatedTarget)) {
        row.classList.remove('dijitMenuItemHover');
        if (!row.contains(e.relatedTarget)) clearTimeout(hoverTimer);
      }
    });
    d.addEventListener('click', function (e) {
      var row = closest(e.target, 'tr.dijitMenuItem');
      if (!row || !closest(row, '.dijitMenuPopup')) return;
      var level = levelOf(row);
      clearTimeout(hoverTimer);
      if (config.popups[row.id]) open(row, level); else choose(row);
    });
    d.addEventListener('keydown', function (e) {
      var row = closest(e.target, 'tr.dijitMenuItem');
      if (!row || !closest(row, '.dijitMenuPopup')) {
        if (e.key === 'Escape' && stack.length) closeFrom(0);
        return;
      }
      var level = levelOf(row);
      var rows = rowsOf(closest(row, '.dijitMenu'));
      var i = rows.indexOf(row);
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        focusRow(rows[(i + (e.key === 'ArrowDown' ? 1 : rows.length - 1)) % rows.length]);
      } else if (e.key === 'ArrowRight' && config.popups[row.id]) {
        e.preventDefault();
        open(row, level);
        focusRow(rowsOf(stack[level].table)[0]);
      } else if (e.key === 'ArrowLeft' || e.key === 'Escape') {
        e.preventDefault();
        var parent = stack[level - 1].item;
        closeFrom(level - 1 < 1 ? 0 : level - 1);
        if (level - 1 >= 1) focusRow(parent); else parent.focus();
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        if (config.popups[row.id]) { open(row, level); focusRow(rowsOf(stack[level].table)[0]); } else choose(row);
      }
    });
    d.addEventListener('mousedown', function (e) {
      if (stack.length && !closest(e.target, '.dijitMenuPopup') && !closest(e.target, '.dijitMenuBar')) closeFrom(0);
    });
  }

  // ---- the pages ----
  function initHome() {
    handlers.btnLogin = function () {
      var pane = byId('loginPane');
      pane.style.display = '';
      byId('loginUserName').focus();
    };
    var refresh = d.querySelector('.captchaRefresh');
    if (refresh) {
      var reload = function () { byId('captchaImage').src = '/captcha.svg?ts=' + Date.now(); };
      refresh.addEventListener('click', reload);
      refresh.addEventListener('keydown', function (e) { if (e.key === 'Enter') reload(); });
    }
  }

  function initDashboard() {
    var node = byId('techContactDialog');
    if (!node) return;
    var dlg = new Dialog(node);
    handlers.btnTechExit = function () { dlg.hide(); };
    handlers.btnTechUpdate = function () {
      if (!validateWithin(node)) return;
      setDisabled('btnTechUpdate', true);
      post('/techContact/update', { name: byId('techName').value, mobile: byId('techMobile').value, email: byId('techEmail').value }).then(function (res) {
        setDisabled('btnTechUpdate', false);
        if (res.status === 401) { sessionExpired(res.data.message); return; }
        dlg.hide();
        var notice = byId('dashNotice');
        notice.textContent = res.data.message || 'Technical contact details updated.';
        notice.style.display = '';
      });
    };
    if (PAGE_DATA.techShow) setTimeout(function () { dlg.show(); }, 0);
  }

  function initCreateApiUser() {
    var urls = PAGE_DATA.urls;
    var pane = byId('apiRegPane');
    var gsp = new FilteringSelect(byId('widget_gspSelect'));
    var regType = '';
    function answer(res, ok, onError) {
      standby(pane, false);
      if (res.status === 401) { sessionExpired(res.data.message); return; }
      if (res.status !== 200 || res.data.status !== 'SUCCESS') {
        alertDialog('Error', res.data.message || 'Unable to process your request. Please try again.');
        if (onError) onError();
        return;
      }
      ok(res.data);
    }
    function sendOtp() {
      standby(pane, true);
      post(urls.send, {}).then(function (res) {
        answer(res, function (data) {
          var message = byId('otpMessage');
          message.textContent = data.message;
          message.style.display = '';
        });
      });
    }
    byId('lnkResendOtp').addEventListener('click', function (e) { e.preventDefault(); sendOtp(); });
    handlers.btnVerifyOtp = function () {
      if (!validateWithin(byId('otpSection'))) return;
      setDisabled('btnVerifyOtp', true);
      standby(pane, true);
      post(urls.verify, { otp: byId('apiOtp').value }).then(function (res) {
        setDisabled('btnVerifyOtp', false);
        answer(res, function () {
          byId('otpSection').style.display = 'none';
          byId('regSection').style.display = '';
        }, function () { resetBox(byId('widget_apiOtp')); });
      });
    };
    radioHandlers.regType = function (value) {
      regType = value;
      standby(pane, true);
      post(urls.regType, { regType: value }).then(function (res) {
        answer(res, function (data) {
          var notice = byId('regTypeNotice');
          if (data.gsps) {
            gsp.items = data.gsps;
            notice.style.display = 'none';
            byId('gspFields').style.display = '';
          } else {
            notice.textContent = data.notice;
            notice.style.display = '';
            byId('gspFields').style.display = 'none';
          }
        });
      });
    };
    handlers.btnExit = function () { window.location.href = '/dashboard'; };
    handlers.btnSubmit = function () {
      if (regType !== 'GSP') {
        alertDialog('Error', 'Please select the registration type "Through GSP".');
        return;
      }
      if (!validateWithin(byId('gspFields'))) return;
      confirmDialog('Are you sure you want to submit?', function () {
        setDisabled('btnSubmit', true);
        standby(pane, true);
        post(urls.submit, {
          regType: regType,
          gspCode: byId('widget_gspSelect').querySelector('input[type=hidden]').value,
          userName: byId('apiUserName').value,
          password: byId('apiPassword').value,
          confirmPassword: byId('apiPasswordConfirm').value,
        }).then(function (res) {
          setDisabled('btnSubmit', false);
          answer(res, function (data) {
            byId('registeredSection').innerHTML = data.tableHtml;
            ['widget_gspSelect', 'widget_apiUserName', 'widget_apiPassword', 'widget_apiPasswordConfirm'].forEach(function (id) { resetBox(byId(id)); });
            alertDialog('Success', data.message);
          });
        });
      });
    };
    sendOtp();
  }

  function startup() {
    Array.prototype.forEach.call(d.querySelectorAll('.dijitTextBox'), syncPlaceHolder);
    initMenus();
    var page = d.body.getAttribute('data-page');
    if (page === 'home') initHome();
    else if (page === 'dashboard') initDashboard();
    else if (page === 'create-api-user') initCreateApiUser();
  }
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', startup); else startup();
})();
`;
