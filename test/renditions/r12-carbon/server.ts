/**
 * Rendition r12-carbon: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2020-2025 enterprise/government site
 * built with the IBM Carbon Design System would draw it: vanilla "carbon-components" v10 markup with
 * the `bx--` prefix (UI shell header, a fixed expanded `bx--side-nav`, `bx--tabs`, `bx--modal`,
 * inline and toast notifications, `bx--loading-overlay`, a Carbon ComboBox as React renders it) and a
 * small hand-written runtime reproducing the library's behaviour (modal opacity/visibility
 * transitions of 240 ms, side-nav submenus toggled by `aria-expanded`, password visibility toggles,
 * tabs, the ComboBox's open/filter/highlight/select logic). Pages are rendered by the server; every
 * action after a page load is a fetch() with a JSON body. No library files, no icon fonts (Carbon
 * icon paths drawn inline), no network.
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - URLs: `/` is a public home page (hero "e-Invoice System" with a primary "Log in" link button and
 *   tiles of notices); `/login` is a separate page; the 2FA step is `/login/otp`; `/dashboard` has the
 *   heading "Dash Board"; "User Credentials" is the page `/api-registration/user-credentials` with two
 *   Carbon tabs, "API Users" (selected) and "Create API User" (`?tab=create` preselects it). JSON
 *   endpoints live under `/api/`.
 * - Login: a classic form POST (username, password with the show/hide toggle, a captcha drawn as an
 *   SVG image `/captcha.svg` with fresh noise each time, compared case-insensitively, and a ghost
 *   refresh icon button). The captcha is checked first, then the username (case-insensitive) and
 *   password. A refusal re-renders the page with a low-contrast error `bx--inline-notification` above
 *   the form ("Invalid Captcha" / "Invalid Login Credentials") and the captcha field marked
 *   `data-invalid` for a wrong captcha; password and captcha emptied. Empty fields are stopped in the
 *   browser (`data-invalid` + `bx--form-requirement`), no refusal. No lock-out.
 * - 2FA: "Two-factor authentication" card, one "Enter OTP" box, "Verify OTP" (fetch). Wrong: an error
 *   inline notification "Invalid OTP" plus the field marked invalid; the box is emptied; retries
 *   unlimited. "Resend OTP" ghost button after a 30 s countdown.
 * - After login (first dashboard of a session): the modal "Contacts of Technical Person" (name, mobile,
 *   e-mail as editable fields; footer "Exit" secondary and "Update" primary, header × aria-label
 *   "close") opens once `GET /api/profile/technical-contact` answers; when it has closed, a second,
 *   passive modal "Advisory" (no footer, only the ×) opens. Both close by ×, Escape or a click on the
 *   dimmed overlay (the `.bx--modal` element itself). Hidden modals stay in the DOM (visibility hidden).
 * - Menu: side nav groups (buttons with aria-expanded): Dash Board (link); e-Invoice; API
 *   Registration (User Credentials, IP Whitelisting, Freeze API User, Change API Password); MIS
 *   Reports; User Management. Groups are collapsed unless they hold the current page. Leaves other than
 *   Dash Board and User Credentials are placeholder pages. A header action opens a `bx--header-panel`
 *   with the profile and "Log out".
 * - API OTP: the "Create API User" tab holds a tile "API Registration" with a `bx--btn--tertiary`
 *   "Send OTP" (nothing is sent before it is clicked). Then an info notification "OTP sent", the field
 *   "Enter OTP", a primary "Verify OTP" and a ghost "Resend OTP" (30 s countdown). Wrong OTP: only an
 *   error toast top-right ("Invalid OTP", ~5 s), the box emptied; retries unlimited. A right OTP
 *   swaps the tile's body for the registration form fetched as HTML in the verify answer.
 * - Form: "Do you wish to Register your GSTIN for" as vertical Carbon radios Directly (checked by
 *   default) / Through GSP / Through ERP / Through Client-Id of other; the other modes show a warning
 *   or info notification and disable Submit; "Through GSP" reveals a Carbon ComboBox "Select your
 *   GSP" (type to filter by "contains", nothing highlighted until arrows or the mouse, Enter picks
 *   the highlighted option, typing after a choice drops it; a typed name not picked is no choice),
 *   "Username" with a fixed `API_` prefix drawn inside the field (3 to 30 letters, digits, '.', '_' or
 *   '-'; a typed leading "API_" is not doubled), "Password" and "Re-enter Password" (8 to 20
 *   characters, upper, lower, digit, special). "Submit" opens the modal "Confirm submission" with
 *   "Cancel" (secondary) and "Submit" (primary); "Exit" goes to the dashboard.
 * - Refusals after Submit, as an error inline notification above the form: "Already registered"
 *   (the GSTIN has an API user with that GSP: Tera Software Limited is on file from before, and any
 *   made here) and "Username not available" (API_admin, API_test, API_demo, API_einvoice or any made
 *   here, case-insensitively).
 * - Success: a success inline notification "API user created" and the table "GSPs registered for
 *   GSTIN ..." replace the form; the "API Users" tab's table is refreshed. A new user needs a new OTP.
 * - Sessions: cookie `EINV_SID` (HttpOnly, SameSite=Lax) naming server-side state, 20 minutes idle.
 *   A page GET without a live session is a 302 to `/login` (`/login?expired=1` when the cookie names a
 *   session that is gone, which shows a warning notification "Session expired"). A fetch without a
 *   live session gets 401 JSON; the page's script then opens the modal "Session expired" (no ×, Escape
 *   and outside clicks ignored) whose only button "Log in again" goes to `/login?expired=1`.
 *   Signed-in fetches carry the page's `X-CSRF-Token`.
 * - expireOnce: the first request of that stage (otp/send, otp/verify, or the Submit POST) deletes the
 *   server session first, so it answers 401 as any lost session does.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type CarbonR12Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface CarbonR12Options {
  expireOnce?: CarbonR12Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface CarbonR12State {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: { gstin: string; gsp: string; username: string; password: string; createdOn: string }[];
  /** In order: 'login' | 'captcha' | 'login-otp' | 'api-otp' | 'duplicate' | 'username-taken'. */
  refusals: string[];
  /** Stages at which the session was made to expire. */
  expired: string[];
}

export interface CarbonR12Rendition {
  url: string;
  close(): Promise<void>;
  state: CarbonR12State;
}

export const CARBON_R12_LOGIN: { username: string; password: string } = {
  username: 'einvcarbon27',
  password: 'Carb0n#Portal',
};

const SESSION_COOKIE = 'EINV_SID';
const IDLE_MS = 20 * 60 * 1000;
const MASKED_MOBILE = '******7310';
const LEGAL_NAME = 'UNIVERSAL POLYPACK INDUSTRIES';

const GSPS = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Avalara Technologies Private Limited',
  'Botree Software International Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Deloitte Touche Tohmatsu India LLP',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'Masters India Private Limited',
  'Reliance Corporate IT Park Limited',
  'SAG Infotech Private Limited',
  'Seshaasai Business Forms Private Limited',
  'Tally ( India) Private Ltd',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
];

/** Registrations on file before this server started (not part of `state.users`). */
const ON_FILE = [
  { gsp: 'Tera Software Limited', username: 'API_tera27apfu', createdOn: '2021-03-14T10:22:05.000Z' },
];
const RESERVED_USERNAMES = ['api_admin', 'api_test', 'api_demo', 'api_einvoice'];

interface Session {
  id: string;
  csrf: string;
  stage: 'otp' | 'in';
  username: string;
  lastSeen: number;
  notices: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  contact: { name: string; mobile: string; email: string };
}

// ---------------------------------------------------------------------------------------------
// Icons (Carbon icon paths, drawn inline)
// ---------------------------------------------------------------------------------------------

function svg(size: number, viewBox: string, paths: string, cls = ''): string {
  const c = cls ? ` class="${cls}"` : '';
  return `<svg focusable="false" preserveAspectRatio="xMidYMid meet" xmlns="http://www.w3.org/2000/svg" fill="currentColor" width="${size}" height="${size}" viewBox="${viewBox}" aria-hidden="true"${c}>${paths}</svg>`;
}

const P = {
  close:
    '<path d="M24 9.4L22.6 8 16 14.6 9.4 8 8 9.4 14.6 16 8 22.6 9.4 24 16 17.4 22.6 24 24 22.6 17.4 16 24 9.4z"></path>',
  chevronDown: '<path d="M8 11L3 6 3.7 5.3 8 9.6 12.3 5.3 13 6z"></path>',
  warningFilled16:
    '<path d="M8,1C4.2,1,1,4.2,1,8s3.2,7,7,7s7-3.1,7-7S11.9,1,8,1z M7.5,4h1v5h-1V4z M8,12.2c-0.4,0-0.8-0.4-0.8-0.8s0.3-0.8,0.8-0.8c0.4,0,0.8,0.4,0.8,0.8S8.4,12.2,8,12.2z"></path><path d="M7.5,4h1v5h-1V4z M8,12.2c-0.4,0-0.8-0.4-0.8-0.8s0.3-0.8,0.8-0.8c0.4,0,0.8,0.4,0.8,0.8S8.4,12.2,8,12.2z" data-icon-path="inner-path" opacity="0"></path>',
  error20:
    '<path d="M10,1c-5,0-9,4-9,9s4,9,9,9s9-4,9-9S15,1,10,1z M13.5,14.5l-8-8l1-1l8,8L13.5,14.5z"></path><path d="M13.5,14.5l-8-8l1-1l8,8L13.5,14.5z" data-icon-path="inner-path" opacity="0"></path>',
  success20:
    '<path d="M10,1c-4.9,0-9,4.1-9,9s4.1,9,9,9s9-4,9-9S15,1,10,1z M8.7,13.5l-3.2-3.2l1-1l2.2,2.2l4.8-4.8l1,1L8.7,13.5z"></path><path fill="none" d="M8.7,13.5l-3.2-3.2l1-1l2.2,2.2l4.8-4.8l1,1L8.7,13.5z" data-icon-path="inner-path" opacity="0"></path>',
  info20:
    '<path d="M10,1c-5,0-9,4-9,9s4,9,9,9s9-4,9-9S15,1,10,1z M10.8,15H9.2V8.8h1.6V15z M10,7.2c-0.7,0-1.2-0.5-1.2-1.2s0.5-1.2,1.2-1.2s1.2,0.5,1.2,1.2S10.7,7.2,10,7.2z"></path>',
  warning20:
    '<path d="M10,1c-5,0-9,4-9,9s4,9,9,9s9-4,9-9S15,1,10,1z M9.2,5h1.5v7H9.2V5z M10,16c-0.6,0-1-0.4-1-1s0.4-1,1-1s1,0.4,1,1S10.6,16,10,16z"></path>',
  view: '<path d="M15.5,7.8C14.3,4.7,11.3,2.6,8,2.5C4.7,2.6,1.7,4.7,0.5,7.8c0,0.1,0,0.2,0,0.3c1.2,3.1,4.1,5.2,7.5,5.3c3.3-0.1,6.3-2.2,7.5-5.3C15.5,8.1,15.5,7.9,15.5,7.8z M8,12.5c-2.7,0-5.4-2-6.5-4.5c1-2.5,3.8-4.5,6.5-4.5s5.4,2,6.5,4.5C13.4,10.5,10.6,12.5,8,12.5z"></path><path d="M8,5C6.3,5,5,6.3,5,8s1.3,3,3,3s3-1.3,3-3S9.7,5,8,5z M8,10c-1.1,0-2-0.9-2-2s0.9-2,2-2s2,0.9,2,2S9.1,10,8,10z"></path>',
  viewOff:
    '<path d="M2.6,11.3l0.7-0.7C2.6,9.8,1.9,9,1.5,8c1-2.5,3.8-4.5,6.5-4.5c0.7,0,1.4,0.1,2,0.4l0.8-0.8C9.9,2.7,9,2.5,8,2.5C4.7,2.6,1.7,4.7,0.5,7.8c0,0.1,0,0.2,0,0.3C1,9.3,1.7,10.4,2.6,11.3z"></path><path d="M6,7.9c0.1-1,0.9-1.8,1.8-1.8l0.9-0.9C7.2,4.7,5.5,5.6,5.1,7.2C5,7.7,5,8.3,5.1,8.8L6,7.9z"></path><path d="M15.5,7.8c-0.6-1.5-1.6-2.8-2.8-3.8L15,1.7L14.3,1L1,14.3L1.7,15l2.6-2.6c1.1,0.7,2.4,1,3.7,1.1c3.3-0.1,6.3-2.2,7.5-5.3C15.5,8.1,15.5,7.9,15.5,7.8z M10,8c0,1.1-0.9,2-2,2c-0.3,0-0.7-0.1-1-0.3L9.7,7C9.9,7.3,10,7.6,10,8z M8,12.5c-1,0-2.1-0.3-3-0.8l1.3-1.3c1.4,0.9,3.2,0.6,4.2-0.8c0.7-1,0.7-2.4,0-3.4l1.4-1.4c1.1,0.8,2,1.9,2.6,3.2C13.4,10.5,10.6,12.5,8,12.5z"></path>',
  checkmark: '<path d="M13 24L4 15 5.414 13.586 13 21.171 26.586 7.586 28 9 13 24z"></path>',
  arrowRight:
    '<path d="M18 6L16.57 7.393 24.15 15 4 15 4 17 24.15 17 16.57 24.573 18 26 28 16 18 6z"></path>',
  renew:
    '<path d="M12 10H6.78A11 11 0 0127 16h2A13 13 0 006 7.68V4H4v8h8zM20 22h5.22A11 11 0 015 16H3a13 13 0 0023 8.32V28h2V20H20z"></path>',
  user: '<path d="M16 4a5 5 0 11-5 5 5 5 0 015-5m0-2a7 7 0 107 7A7 7 0 0016 2zM26 30H24V25a5 5 0 00-5-5H13a5 5 0 00-5 5v5H6V25a7 7 0 017-7h6a7 7 0 017 7z"></path>',
  menu: '<path d="M2 14.8h16V16H2zM2 11.2h16v1.2H2zM2 7.6h16v1.2H2zM2 4h16v1.2H2z"></path>',
  dashboard:
    '<path d="M24 21h2v5h-2zM20 16h2v10h-2zM11 26a5.006 5.006 0 01-5-5h2a3 3 0 103-3V16a5 5 0 010 10z"></path><path d="M28 2H4A2.002 2.002 0 002 4V28a2.002 2.002 0 002 2H28a2.003 2.003 0 002-2V4A2.002 2.002 0 0028 2zm0 9H14V4H28zM12 4v7H4V4zM4 28V13H28.002l.001 15z"></path>',
  document:
    '<path d="M25.7 9.3l-7-7A.908.908 0 0018 2H8A2.006 2.006 0 006 4V28a2.006 2.006 0 002 2H24a2.006 2.006 0 002-2V10A.908.908 0 0025.7 9.3zM18 4.4L23.6 10H18zM24 28H8V4h8v6a2.006 2.006 0 002 2h6z"></path><path d="M10 22H22V24H10zM10 16H22V18H10z"></path>',
  api: '<path d="M8 9H4a2 2 0 00-2 2V23H4V18H8v5h2V11A2 2 0 008 9zM4 16V11H8v5zM22 11h3v10H22v2h8V21H27V11h3V9H22v2zM14 23H12V9h6a2 2 0 012 2v5a2 2 0 01-2 2H14zm0-7h4V11H14z"></path>',
  report:
    '<path d="M10 18h8v2H10zM10 13h12v2H10zM10 23h5v2H10z"></path><path d="M25 5H22V4a2 2 0 00-2-2H12a2 2 0 00-2 2V5H7A2 2 0 005 7V28a2 2 0 002 2H25a2 2 0 002-2V7A2 2 0 0025 5zM12 4h8V8H12zM25 28H7V7h3v3H22V7h3z"></path>',
  users:
    '<path d="M30 30H28V25a5.006 5.006 0 00-5-5V18a7.008 7.008 0 017 7zM22 30H20V25a5.006 5.006 0 00-5-5H9a5.006 5.006 0 00-5 5v5H2V25a7.008 7.008 0 017-7h6a7.008 7.008 0 017 7zM20 2V4a5 5 0 010 10v2A7 7 0 0020 2zM12 4A5 5 0 117 9a5 5 0 015-5m0-2a7 7 0 107 7A7 7 0 0012 2z"></path>',
};

const ICON = {
  close20: (cls: string) => svg(20, '0 0 32 32', P.close, cls),
  close16: (cls: string) => svg(16, '0 0 32 32', P.close, cls),
  chevron: (cls = '') => svg(16, '0 0 16 16', P.chevronDown, cls),
  invalid: svg(16, '0 0 16 16', P.warningFilled16, 'bx--text-input__invalid-icon'),
  kind: (kind: NoteKind, cls: string) => svg(20, '0 0 20 20', P[`${kind}20`], cls),
};

type NoteKind = 'error' | 'success' | 'info' | 'warning';

/** The icons the page script needs, handed to it as JSON. */
const CLIENT_ICONS = {
  invalid: ICON.invalid,
  invalidListBox: svg(16, '0 0 16 16', P.warningFilled16, 'bx--list-box__invalid-icon'),
  close16: svg(16, '0 0 32 32', P.close, ''),
  close20: svg(20, '0 0 32 32', P.close, ''),
  check: svg(16, '0 0 32 32', P.checkmark, 'bx--list-box__menu-item__selected-icon'),
  error: svg(20, '0 0 20 20', P.error20, ''),
  success: svg(20, '0 0 20 20', P.success20, ''),
  info: svg(20, '0 0 20 20', P.info20, ''),
  warning: svg(20, '0 0 20 20', P.warning20, ''),
};

// ---------------------------------------------------------------------------------------------
// Markup helpers (Carbon v10 vanilla markup)
// ---------------------------------------------------------------------------------------------

function esc(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function inlineNote(kind: NoteKind, title: string, subtitle: string, id = ''): string {
  const idAttr = id ? ` id="${id}"` : '';
  const role = kind === 'error' ? 'alert' : 'status';
  return `<div data-notification${idAttr} class="bx--inline-notification bx--inline-notification--low-contrast bx--inline-notification--${kind}" role="${role}">
  <div class="bx--inline-notification__details">
    ${ICON.kind(kind, 'bx--inline-notification__icon')}
    <div class="bx--inline-notification__text-wrapper">
      <p class="bx--inline-notification__title">${esc(title)}</p>
      <div class="bx--inline-notification__subtitle">${esc(subtitle)}</div>
    </div>
  </div>
  <button data-notification-btn class="bx--inline-notification__close-button" type="button" aria-label="close">
    ${ICON.close16('bx--inline-notification__close-icon')}
  </button>
</div>`;
}

interface FieldOptions {
  id: string;
  name?: string;
  label: string;
  type?: string;
  value?: string;
  placeholder?: string;
  helper?: string;
  requirement: string;
  invalid?: string;
  password?: boolean;
  prefix?: string;
  attrs?: string;
}

/** A Carbon v10 text input (vanilla markup: helper text before the field, requirement after it). */
function textField(o: FieldOptions): string {
  const invalid = o.invalid !== undefined;
  const wrapperClass = `bx--form-item bx--text-input-wrapper${o.password ? ' bx--password-input-wrapper' : ''}`;
  const inputClass = [
    'bx--text-input',
    o.password ? 'bx--password-input' : '',
    invalid ? 'bx--text-input--invalid' : '',
    o.prefix ? 'einv-text-input--prefixed' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const helper = o.helper ? `<div class="bx--form__helper-text">${esc(o.helper)}</div>` : '';
  const toggle = o.password
    ? `<button type="button" class="bx--text-input--password__visibility__toggle bx--tooltip__trigger bx--tooltip--a11y bx--tooltip--bottom bx--tooltip--align-center">
          <span class="bx--assistive-text">Show password</span>
          ${svg(16, '0 0 16 16', P.viewOff, 'bx--icon-visibility-off').replace('<svg ', '<svg hidden ')}
          ${svg(16, '0 0 16 16', P.view, 'bx--icon-visibility-on')}
        </button>`
    : '';
  const prefix = o.prefix ? `<span class="einv-input-prefix" aria-hidden="true">${esc(o.prefix)}</span>` : '';
  return `<div class="${wrapperClass}">
  <label for="${o.id}" class="bx--label">${esc(o.label)}</label>
  ${helper}
  <div class="bx--text-input__field-wrapper"${invalid ? ' data-invalid' : ''}>
    ${invalid ? ICON.invalid : ''}${prefix}
    <input id="${o.id}" name="${o.name ?? o.id}" type="${o.password ? 'password' : (o.type ?? 'text')}" class="${inputClass}" value="${esc(o.value ?? '')}"${o.placeholder ? ` placeholder="${esc(o.placeholder)}"` : ''}${invalid ? ` aria-invalid="true" aria-describedby="${o.id}-error-msg"` : ''}${o.password ? ' data-toggle-password-visibility' : ''} ${o.attrs ?? ''}>
    ${toggle}
  </div>
  <div class="bx--form-requirement" id="${o.id}-error-msg">${esc(o.invalid ?? o.requirement)}</div>
</div>`;
}

function modal(o: {
  id: string;
  label: string;
  heading: string;
  content: string;
  footer?: string;
  size?: 'xs' | 'sm' | 'lg';
  withForm?: boolean;
  closable?: boolean;
  attrs?: string;
}): string {
  const size = o.size ? ` bx--modal-container--${o.size}` : '';
  const close =
    o.closable === false
      ? ''
      : `<button class="bx--modal-close" type="button" data-modal-close aria-label="close" title="Close">
        ${ICON.close20('bx--modal-close__icon')}
      </button>`;
  const footer = o.footer ? `<div class="bx--modal-footer">${o.footer}</div>` : '';
  return `<div data-modal id="${o.id}" class="bx--modal" role="dialog" aria-modal="true" aria-labelledby="${o.id}-label" aria-describedby="${o.id}-heading" tabindex="-1" ${o.attrs ?? ''}>
  <div class="bx--modal-container${size}">
    <div class="bx--modal-header">
      <p class="bx--modal-header__label bx--type-delta" id="${o.id}-label">${esc(o.label)}</p>
      <p class="bx--modal-header__heading bx--type-beta" id="${o.id}-heading">${esc(o.heading)}</p>
      ${close}
    </div>
    <div class="bx--modal-content${o.withForm ? ' bx--modal-content--with-form' : ''}">
      ${o.content}
    </div>
    <div class="bx--modal-content--overflow-indicator"></div>
    ${footer}
  </div>
  <span tabindex="0"></span>
</div>`;
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}-${two(d.getMonth() + 1)}-${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

// ---------------------------------------------------------------------------------------------
// Styles: the part of carbon-components v10 (white theme) these pages use
// ---------------------------------------------------------------------------------------------

const CSS = `
html{box-sizing:border-box;font-size:100%;-webkit-text-size-adjust:100%}
*,*::before,*::after{box-sizing:inherit}
body{margin:0;font-family:'IBM Plex Sans','Helvetica Neue',Arial,sans-serif;font-size:.875rem;line-height:1.28572;letter-spacing:.16px;color:#161616;background:#fff;-webkit-font-smoothing:antialiased}
h1,h2,h3,h4,p{margin:0;font-weight:400}
ul{margin:0;padding:0;list-style:none}
button,input{font-family:inherit}
svg[hidden]{display:none}
.bx--body--with-modal-open{overflow:hidden}
.bx--visually-hidden,.bx--assistive-text{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);border:0;white-space:nowrap;visibility:inherit}
.bx--type-productive-heading-05{font-size:2rem;font-weight:400;line-height:1.25;letter-spacing:0}
.bx--type-productive-heading-04{font-size:1.75rem;font-weight:400;line-height:1.28572;letter-spacing:0}
.bx--type-productive-heading-03{font-size:1.25rem;font-weight:400;line-height:1.4;letter-spacing:0}
.bx--type-productive-heading-02{font-size:1rem;font-weight:600;line-height:1.375;letter-spacing:0}
.bx--type-body-long-01{font-size:.875rem;line-height:1.42857;letter-spacing:.16px}
.bx--type-helper-text-01{font-size:.75rem;line-height:1.34;letter-spacing:.32px;color:#6f6f6f}
.bx--text-truncate--end{display:inline-block;overflow:hidden;width:100%;text-overflow:ellipsis;white-space:nowrap}

/* grid */
.bx--grid{margin-right:auto;margin-left:auto;max-width:99rem;padding-right:2rem;padding-left:2rem}
.bx--grid--full-width{max-width:100%}
.bx--row{display:flex;flex-wrap:wrap;margin-right:-1rem;margin-left:-1rem}
[class*='bx--col']{width:100%;padding-right:1rem;padding-left:1rem}
.bx--col-lg-4{flex:0 0 25%;max-width:25%}
.bx--col-lg-6{flex:0 0 37.5%;max-width:37.5%}
.bx--col-lg-8{flex:0 0 50%;max-width:50%}
.bx--col-lg-10{flex:0 0 62.5%;max-width:62.5%}
.bx--col-lg-12{flex:0 0 75%;max-width:75%}
.bx--col-lg-16{flex:0 0 100%;max-width:100%}
.bx--offset-lg-1{margin-left:6.25%}

/* UI shell: header */
.bx--header{position:fixed;z-index:8000;top:0;right:0;left:0;display:flex;height:3rem;align-items:center;border-bottom:1px solid #393939;background-color:#161616}
.bx--skip-to-content{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);border:0;white-space:nowrap}
.bx--skip-to-content:focus{z-index:9999;top:0;left:0;display:flex;width:auto;height:3rem;align-items:center;padding:0 1rem;clip:auto;background-color:#161616;color:#f4f4f4;outline:2px solid #fff;outline-offset:-2px}
.bx--header__action{display:inline-flex;width:3rem;height:3rem;align-items:center;justify-content:center;padding:0;border:.0625rem solid transparent;background:transparent;cursor:pointer;transition:background-color 110ms,border-color 110ms}
.bx--header__action>svg{fill:#f4f4f4}
.bx--header__action:hover{background-color:#353535}
.bx--header__action:focus{border-color:#fff;outline:none}
.bx--header__action--active{border-right:1px solid #393939;border-bottom:1px solid #161616;border-left:1px solid #393939;background-color:#393939}
.bx--header__menu-toggle__hidden{display:none}
a.bx--header__name{display:flex;height:100%;align-items:center;padding:0 2rem 0 1rem;border:.125rem solid transparent;color:#f4f4f4;font-size:.875rem;font-weight:400;line-height:1.25rem;letter-spacing:.1px;outline:none;text-decoration:none;transition:border-color 110ms;user-select:none;white-space:nowrap}
a.bx--header__name:focus{border-color:#fff}
.bx--header__name--prefix{font-weight:600}
.bx--header__nav{position:relative;display:block;height:100%;padding-left:1rem}
.bx--header__nav::before{position:absolute;top:50%;left:0;display:block;width:1px;height:1.5rem;background-color:#393939;content:'';transform:translateY(-50%)}
.bx--header__menu-bar{display:flex;height:100%;margin:0;padding:0;list-style:none}
a.bx--header__menu-item{position:relative;display:flex;height:100%;align-items:center;padding:0 1rem;border:2px solid transparent;color:#c6c6c6;font-size:.875rem;font-weight:400;line-height:1.125rem;letter-spacing:0;text-decoration:none;transition:background-color 110ms,border-color 110ms,color 110ms;user-select:none}
a.bx--header__menu-item:hover{background-color:#262626;color:#f4f4f4}
a.bx--header__menu-item[aria-current='page']::after{position:absolute;right:-2px;bottom:-2px;left:-2px;width:100%;border-bottom:3px solid #4589ff;content:''}
a.bx--header__menu-item[aria-current='page']{color:#f4f4f4}
.bx--header__global{display:flex;height:100%;flex:1 1 0%;align-items:center;justify-content:flex-end}
.einv-header-meta{margin-right:1rem;color:#c6c6c6;font-size:.75rem;letter-spacing:.32px;white-space:nowrap}
.bx--header-panel{position:fixed;z-index:8000;top:3rem;right:0;bottom:0;overflow:hidden;width:0;border:none;background-color:#161616;color:#c6c6c6;transition:width 110ms cubic-bezier(.2,0,1,.9);will-change:width}
.bx--header-panel--expanded{width:16rem;border-right:1px solid #393939;border-left:1px solid #393939}
.einv-panel-profile{padding:1rem;border-bottom:1px solid #393939;color:#f4f4f4;white-space:nowrap}
.einv-panel-profile p{margin-top:.25rem;color:#c6c6c6;font-size:.75rem}
.bx--switcher{display:flex;flex-direction:column;padding:.5rem 0}
.bx--switcher__item{width:100%;height:2rem}
.bx--switcher__item-link{display:block;height:2rem;padding:.375rem 1rem;color:#c6c6c6;font-size:.875rem;font-weight:600;text-decoration:none;white-space:nowrap}
.bx--switcher__item-link:hover{background:#2c2c2c;color:#f4f4f4}

/* UI shell: side nav */
.bx--side-nav{position:fixed;z-index:8000;top:0;bottom:0;left:0;overflow:hidden;width:3rem;max-width:16rem;background-color:#fff;color:#525252;border-right:1px solid #e0e0e0;transition:width 110ms cubic-bezier(.2,0,1,.9);will-change:width}
.bx--side-nav--ux{top:3rem;width:16rem}
.bx--side-nav--expanded{width:16rem}
.bx--side-nav__navigation{display:flex;flex-direction:column}
.bx--side-nav__items{overflow:hidden;flex:1 1 0%;padding:1rem 0 0;overflow-y:auto}
.bx--side-nav__item{overflow:hidden;width:auto;height:auto}
.bx--side-nav__submenu{display:flex;width:100%;height:2rem;align-items:center;padding:0 1rem;border:0;margin:0;background-color:transparent;color:#161616;cursor:pointer;font-size:.875rem;font-weight:600;line-height:1.25rem;letter-spacing:.1px;outline:2px solid transparent;outline-offset:-2px;text-align:left;transition:color 110ms,background-color 110ms,outline 110ms;user-select:none}
.bx--side-nav__submenu:hover{background-color:#e5e5e5;color:#161616}
.bx--side-nav__submenu:focus{outline:2px solid #0f62fe;outline-offset:-2px}
.bx--side-nav__submenu-title{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;text-align:left}
.bx--side-nav__icon{display:flex;flex:0 0 1rem;align-items:center;justify-content:center;margin-right:1.5rem}
.bx--side-nav__icon>svg{width:1rem;height:1rem;fill:#161616}
.bx--side-nav__icon--small{width:1rem;height:1rem;margin-right:0}
.bx--side-nav__submenu-chevron{display:flex;flex:1;justify-content:flex-end}
.bx--side-nav__submenu-chevron>svg{width:1rem;height:1rem;transition:transform 110ms}
.bx--side-nav__submenu[aria-expanded='true'] .bx--side-nav__submenu-chevron>svg{transform:rotate(180deg)}
.bx--side-nav__menu{display:block;max-height:0;visibility:hidden}
.bx--side-nav__submenu[aria-expanded='true']+.bx--side-nav__menu{max-height:93.75rem;visibility:inherit}
a.bx--side-nav__link{position:relative;display:flex;min-height:2rem;align-items:center;padding:0 1rem;outline:2px solid transparent;outline-offset:-2px;text-decoration:none;transition:color 110ms,background-color 110ms,outline 110ms}
a.bx--side-nav__link>.bx--side-nav__link-text{overflow:hidden;color:#525252;font-size:.875rem;font-weight:600;line-height:1.25rem;letter-spacing:.1px;text-overflow:ellipsis;user-select:none;white-space:nowrap}
a.bx--side-nav__link:hover{background-color:#e5e5e5}
a.bx--side-nav__link:hover>.bx--side-nav__link-text{color:#161616}
a.bx--side-nav__link:focus{outline:2px solid #0f62fe}
.bx--side-nav__item>a.bx--side-nav__link>.bx--side-nav__link-text{color:#161616}
.bx--side-nav__menu a.bx--side-nav__link{height:2rem;min-height:2rem;padding-left:3.5rem;font-weight:400}
.bx--side-nav__menu a.bx--side-nav__link>.bx--side-nav__link-text{font-weight:400}
a.bx--side-nav__link--current,a.bx--side-nav__link[aria-current='page']{background-color:#e0e0e0}
a.bx--side-nav__link--current>.bx--side-nav__link-text,a.bx--side-nav__link[aria-current='page']>.bx--side-nav__link-text{color:#161616;font-weight:600}
a.bx--side-nav__link--current::before,a.bx--side-nav__link[aria-current='page']::before{position:absolute;top:0;bottom:0;left:0;width:4px;background-color:#0f62fe;content:''}
.bx--side-nav__item--active>.bx--side-nav__submenu{color:#161616}
.bx--side-nav__divider{height:1px;margin:.5rem 1rem;background-color:#e0e0e0}

/* content */
.bx--content{padding:2rem;will-change:margin-left}
.bx--header~.bx--content{margin-top:3rem}
.einv-with-nav .bx--content{margin-left:16rem}
.einv-page-header{margin-bottom:1.5rem}
.einv-page-title{margin-top:.5rem;font-size:1.75rem;line-height:1.28572}
.einv-page-desc{margin-top:.5rem;max-width:48rem;color:#525252;font-size:.875rem;line-height:1.42857}
.einv-section-title{margin-bottom:1rem;font-size:1.25rem;line-height:1.4}
.einv-body-text{max-width:40rem;margin-bottom:1.5rem;color:#393939;font-size:.875rem;line-height:1.42857}

/* breadcrumb */
.bx--breadcrumb{display:inline;font-size:.875rem;line-height:1.28572;letter-spacing:.16px}
.bx--breadcrumb-item{position:relative;display:inline-flex;align-items:center;margin-right:.5rem}
.bx--breadcrumb-item::after{margin-left:.5rem;color:#161616;content:'/'}
.bx--breadcrumb--no-trailing-slash .bx--breadcrumb-item:last-child::after{content:''}
.bx--breadcrumb-item--current .bx--link{color:#161616;cursor:auto}

/* links & buttons */
.bx--link{display:inline-flex;color:#0f62fe;font-size:.875rem;font-weight:400;line-height:1.28572;letter-spacing:.16px;outline:none;text-decoration:none;transition:color 70ms cubic-bezier(.2,0,.38,.9)}
.bx--link:hover{color:#0043ce;text-decoration:underline}
.bx--link:focus{outline:1px solid #0f62fe}
.bx--btn{position:relative;display:inline-flex;width:max-content;max-width:20rem;min-height:3rem;flex-shrink:0;align-items:center;justify-content:space-between;padding:calc(.875rem - 3px) 63px calc(.875rem - 3px) 15px;margin:0;border:1px solid transparent;border-radius:0;cursor:pointer;font-size:.875rem;font-weight:400;line-height:1.28572;letter-spacing:.16px;outline:none;text-align:left;text-decoration:none;transition:background 70ms cubic-bezier(0,0,.38,.9),box-shadow 70ms cubic-bezier(0,0,.38,.9),border-color 70ms cubic-bezier(0,0,.38,.9),outline 70ms cubic-bezier(0,0,.38,.9);vertical-align:top}
.bx--btn:focus{border-color:#0f62fe;box-shadow:inset 0 0 0 1px #0f62fe,inset 0 0 0 2px #fff}
.bx--btn .bx--btn__icon{position:absolute;right:1rem;width:1rem;height:1rem;flex-shrink:0;fill:currentColor}
.bx--btn--primary{background-color:#0f62fe;color:#fff}
.bx--btn--primary:hover{background-color:#0353e9}
.bx--btn--primary:active{background-color:#002d9c}
.bx--btn--secondary{background-color:#393939;color:#fff}
.bx--btn--secondary:hover{background-color:#4c4c4c}
.bx--btn--secondary:active{background-color:#6f6f6f}
.bx--btn--tertiary{border-width:1px;border-style:solid;border-color:#0f62fe;background-color:transparent;color:#0f62fe}
.bx--btn--tertiary:hover{background-color:#0353e9;color:#fff}
.bx--btn--tertiary:focus{background-color:#0f62fe;color:#fff}
.bx--btn--ghost{padding:calc(.875rem - 3px) 16px;border-width:1px;border-style:solid;border-color:transparent;background-color:transparent;color:#0f62fe}
.bx--btn--ghost:hover{background-color:#e5e5e5;color:#0043ce}
.bx--btn--danger{background-color:#da1e28;color:#fff}
.bx--btn--danger:hover{background-color:#ba1b23}
.bx--btn:disabled,.bx--btn--disabled{border-color:#c6c6c6;background:#c6c6c6;box-shadow:none;color:#8d8d8d;cursor:not-allowed}
.bx--btn--tertiary:disabled,.bx--btn--ghost:disabled{border-color:transparent;background:transparent;color:#8d8d8d}
.bx--btn--tertiary:disabled{border-color:#c6c6c6}
.bx--btn--field{min-height:2.5rem;padding-top:calc(.675rem - 3px);padding-bottom:calc(.675rem - 3px)}
.bx--btn--sm{min-height:2rem;padding:calc(.375rem - 3px) 60px calc(.375rem - 3px) 12px}
.bx--btn--icon-only{padding:.9375rem}
.bx--btn--icon-only.bx--btn--field{padding:.6875rem}
.bx--btn--icon-only .bx--btn__icon{position:static}
.bx--btn--icon-only.bx--btn--ghost .bx--btn__icon{fill:#161616}
.bx--btn-set{display:flex}
.bx--btn-set>.bx--btn{width:100%;max-width:12.25rem}

/* forms */
.bx--form-item{display:flex;flex:1 1 auto;flex-direction:column;align-items:flex-start;font-size:.875rem;line-height:1.28572;letter-spacing:.16px}
.bx--label{display:inline-block;margin-bottom:.5rem;color:#525252;font-size:.75rem;font-weight:400;line-height:1.34;letter-spacing:.32px;vertical-align:baseline}
.bx--form__helper-text{z-index:0;width:100%;margin-top:-.25rem;margin-bottom:.5rem;color:#6f6f6f;font-size:.75rem;line-height:1.34;letter-spacing:.32px;opacity:1}
.bx--form-requirement{display:none;overflow:hidden;max-height:0;margin:.25rem 0 0;font-size:.75rem;font-weight:400;line-height:1.34;letter-spacing:.32px}
.bx--text-input__field-wrapper[data-invalid]~.bx--form-requirement,.bx--list-box[data-invalid]~.bx--form-requirement{display:block;overflow:visible;max-height:12.5rem;color:#da1e28}
.bx--text-input-wrapper{width:100%}
.bx--text-input__field-wrapper{position:relative;display:flex;width:100%}
.bx--text-input{width:100%;height:2.5rem;padding:0 1rem;border:none;border-bottom:1px solid #8d8d8d;background-color:#f4f4f4;color:#161616;font-size:.875rem;line-height:1.28572;letter-spacing:.16px;outline:2px solid transparent;outline-offset:-2px;transition:background-color 70ms cubic-bezier(.2,0,.38,.9),outline 70ms cubic-bezier(.2,0,.38,.9)}
.bx--text-input:focus{outline:2px solid #0f62fe;outline-offset:-2px}
.bx--text-input::placeholder{color:#a8a8a8;opacity:1}
.bx--text-input:disabled{border-bottom:1px solid transparent;background-color:#f4f4f4;color:#c6c6c6;cursor:not-allowed;outline:none}
.bx--text-input--invalid,.bx--text-input__field-wrapper[data-invalid]>.bx--text-input{padding-right:2.5rem;outline:2px solid #da1e28;outline-offset:-2px}
.bx--text-input__invalid-icon{position:absolute;top:50%;right:1rem;fill:#da1e28;transform:translateY(-50%)}
.bx--password-input{padding-right:2.5rem}
.bx--password-input-wrapper .bx--text-input__field-wrapper[data-invalid]>.bx--text-input{padding-right:4rem}
.bx--password-input-wrapper .bx--text-input__invalid-icon{right:2.5rem}
.bx--text-input--password__visibility__toggle{position:absolute;top:0;right:0;display:flex;width:2.5rem;height:100%;min-height:auto;align-items:center;justify-content:center;padding:0;border:0;background:none;cursor:pointer;outline:none;transition:outline 70ms}
.bx--text-input--password__visibility__toggle svg{fill:#525252;transition:fill 70ms}
.bx--text-input--password__visibility__toggle:hover svg{fill:#161616}
.bx--text-input--password__visibility__toggle:focus{outline:1px solid #0f62fe}
.bx--tooltip--a11y:hover .bx--assistive-text,.bx--tooltip--a11y:focus .bx--assistive-text{z-index:9100;top:100%;left:50%;width:auto;height:auto;margin:0;padding:.1875rem 1rem;overflow:visible;clip:auto;border-radius:.125rem;background-color:#393939;color:#fff;font-size:.75rem;line-height:1.34;transform:translate(-50%,.5rem)}
.einv-input-prefix{position:absolute;top:0;left:0;display:flex;height:2.5rem;align-items:center;padding:0 .5rem 0 1rem;border-right:1px solid #c6c6c6;color:#525252;font-family:'IBM Plex Mono',Menlo,'DejaVu Sans Mono',monospace;font-size:.875rem;pointer-events:none}
.bx--text-input.einv-text-input--prefixed{padding-left:4.25rem}
.bx--fieldset{margin:0 0 2rem;padding:0;border:0}
.einv-form{max-width:32rem}
.einv-form .bx--form-item{margin-bottom:1.5rem}
.einv-form .bx--list-box__wrapper{margin-bottom:1.5rem}
.einv-otp-row{display:flex;max-width:32rem;align-items:flex-start}
.einv-otp-row .bx--form-item{flex:1 1 auto}
.einv-otp-row .bx--btn{margin-top:1.5rem}

/* radio buttons */
.bx--radio-button-group{position:relative;display:flex;align-items:center}
.bx--radio-button-group--vertical{flex-direction:column;align-items:flex-start}
.bx--radio-button-group--vertical .bx--radio-button-wrapper:not(:last-of-type){margin-bottom:.5rem}
.bx--radio-button-wrapper{margin-right:1rem}
.bx--radio-button-group--vertical .bx--radio-button-wrapper{margin-right:0}
.bx--radio-button{position:absolute;overflow:hidden;width:1px;height:1px;padding:0;border:0;margin:-1px;clip:rect(0,0,0,0);visibility:inherit;white-space:nowrap}
.bx--radio-button__label{display:flex;align-items:center;margin-right:1rem;cursor:pointer;font-size:.875rem;line-height:1.28572;letter-spacing:.16px}
.bx--radio-button__appearance{width:1.125rem;height:1.125rem;flex-shrink:0;margin:.0625rem .5rem .125rem .125rem;border:1px solid #161616;background-color:transparent;border-radius:50%}
.bx--radio-button:checked+.bx--radio-button__label .bx--radio-button__appearance{display:flex;align-items:center;justify-content:center;border-color:#161616}
.bx--radio-button:checked+.bx--radio-button__label .bx--radio-button__appearance::before{position:relative;display:inline-block;width:.5rem;height:.5rem;border-radius:50%;background-color:#161616;content:''}
.bx--radio-button:focus+.bx--radio-button__label .bx--radio-button__appearance{box-shadow:0 0 0 2px #0f62fe;outline:1px solid transparent}

/* list box / combo box */
.bx--list-box__wrapper{width:100%}
.bx--list-box{position:relative;width:100%;height:2.5rem;max-height:2.5rem;border:none;border-bottom:1px solid #8d8d8d;background-color:#f4f4f4;color:#161616;cursor:pointer;outline:2px solid transparent;transition:all 70ms cubic-bezier(.2,0,.38,.9)}
.bx--list-box:hover{background-color:#e5e5e5}
.bx--list-box[data-invalid]{outline:2px solid #da1e28;outline-offset:-2px}
.bx--list-box__field{position:relative;display:inline-flex;width:100%;height:100%;align-items:center;cursor:pointer;outline:none;vertical-align:top}
.bx--combo-box .bx--text-input{height:100%;padding-right:4.5rem;border-bottom:0;background:transparent}
.bx--combo-box .bx--text-input:focus{outline:2px solid #0f62fe;outline-offset:-2px}
.bx--list-box__menu-icon{position:absolute;top:0;right:1rem;bottom:0;display:flex;width:1.5rem;height:1.5rem;margin:auto;align-items:center;justify-content:center;padding:0;border:0;background:none;cursor:pointer;outline:none;transition:transform 110ms cubic-bezier(.2,0,.38,.9)}
.bx--list-box__menu-icon>svg{fill:#161616}
.bx--list-box__menu-icon--open{transform:rotate(180deg)}
.bx--list-box__selection{position:absolute;top:50%;right:2.5rem;display:flex;width:1.5rem;height:1.5rem;align-items:center;justify-content:center;cursor:pointer;transform:translateY(-50%);user-select:none}
.bx--list-box__selection>svg{fill:#161616}
.bx--list-box__selection:hover{background-color:#e5e5e5}
.bx--list-box__invalid-icon{position:absolute;top:50%;right:4.5rem;fill:#da1e28;transform:translateY(-50%)}
.bx--list-box__menu{position:absolute;z-index:9100;right:0;left:0;width:100%;overflow-y:auto;max-height:0;background-color:#f4f4f4;box-shadow:0 2px 6px rgba(0,0,0,.3);transition:max-height 110ms cubic-bezier(.2,0,.38,.9)}
.bx--list-box--expanded .bx--list-box__menu{max-height:13.75rem}
.bx--list-box--expanded{border-bottom-color:#e0e0e0}
.bx--list-box__menu-item{position:relative;height:2.5rem;color:#525252;cursor:pointer;transition:background 70ms cubic-bezier(.2,0,.38,.9);user-select:none}
.bx--list-box__menu-item:hover{background-color:#e5e5e5}
.bx--list-box__menu-item__option{display:block;overflow:hidden;height:2.5rem;padding:.6875rem 1.5rem .6875rem 0;margin:0 1rem;border-top:1px solid #e0e0e0;border-top-width:1px;color:#525252;font-size:.875rem;line-height:1.28572;text-overflow:ellipsis;white-space:nowrap;transition:border-color 70ms,color 70ms}
.bx--list-box__menu-item:first-of-type .bx--list-box__menu-item__option{border-top-color:transparent}
.bx--list-box__menu-item:hover .bx--list-box__menu-item__option{border-color:#e5e5e5;color:#161616}
.bx--list-box__menu-item--highlighted{background-color:#e5e5e5}
.bx--list-box__menu-item--highlighted .bx--list-box__menu-item__option{border-color:transparent;color:#161616}
.bx--list-box__menu-item--active{background-color:#e0e0e0;color:#161616}
.bx--list-box__menu-item--active .bx--list-box__menu-item__option{color:#161616}
.bx--list-box__menu-item__selected-icon{position:absolute;top:.6875rem;right:1rem;fill:#161616}

/* tabs */
.bx--tabs{position:relative;width:100%;height:auto;color:#161616;font-size:.875rem;font-weight:400;line-height:1.28572;letter-spacing:.16px}
.bx--tabs-trigger{display:none}
.bx--tabs__nav{display:flex;flex-direction:row;margin:0;padding:0;list-style:none}
.bx--tabs__nav-item{display:flex;width:auto;height:auto;padding:0;background-color:transparent;cursor:pointer;transition:background-color 70ms cubic-bezier(.2,0,.38,.9)}
.bx--tabs__nav-item+.bx--tabs__nav-item{margin-left:.0625rem}
.bx--tabs__nav-link{display:block;overflow:hidden;width:10rem;padding:.75rem 1rem .5rem;border-bottom:3px solid #e0e0e0;margin:0;color:#525252;font-size:.875rem;line-height:1.28572;letter-spacing:.16px;outline:2px solid transparent;text-decoration:none;text-overflow:ellipsis;transition:border 70ms cubic-bezier(.2,0,.38,.9),outline 70ms cubic-bezier(.2,0,.38,.9);white-space:nowrap}
.bx--tabs__nav-item:hover:not(.bx--tabs__nav-item--selected) .bx--tabs__nav-link{border-bottom:3px solid #8d8d8d;color:#161616}
.bx--tabs__nav-item--selected .bx--tabs__nav-link{border-bottom:3px solid #0f62fe;color:#161616;font-weight:600}
.bx--tabs__nav-link:focus{outline:2px solid #0f62fe;outline-offset:-2px}
.bx--tab-content{padding:1.5rem 0}
.bx--tab-content [hidden]{display:none}

/* tiles */
.bx--tile{position:relative;display:block;min-width:8rem;min-height:4rem;padding:1rem;background-color:#f4f4f4;outline:2px solid transparent;outline-offset:-2px}
.einv-stat{margin-top:1rem;font-size:2.625rem;font-weight:300;line-height:1.2}
.einv-tile-title{font-size:1rem;font-weight:600;line-height:1.375}
.einv-tile-note{margin-top:.5rem;color:#525252;font-size:.75rem;line-height:1.34;letter-spacing:.32px}
.einv-tiles{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:1rem;margin-bottom:2rem}
.einv-panel{padding:1.5rem 1rem 2rem;background:#f4f4f4}
.einv-panel .bx--text-input,.einv-panel .bx--list-box{background-color:#fff}
.einv-panel .bx--combo-box .bx--text-input{background:transparent}
.einv-panel .bx--list-box__menu{background-color:#fff}
.einv-panel .bx--list-box__menu-item:hover,.einv-panel .bx--list-box__menu-item--highlighted{background-color:#e5e5e5}

/* data table */
.bx--data-table-container{position:relative;min-width:31.25rem;padding-top:.125rem}
.bx--data-table-header{padding:1rem 0 1.5rem 1rem;background:#f4f4f4}
.bx--data-table-header__title{font-size:1.25rem;font-weight:400;line-height:1.4;color:#161616}
.bx--data-table-header__description{margin-top:.25rem;color:#525252;font-size:.875rem;line-height:1.28572}
.bx--data-table{width:100%;border-collapse:collapse;border-spacing:0;font-size:.875rem}
.bx--data-table thead tr{height:3rem;background-color:#e0e0e0}
.bx--data-table th{padding:0 1rem;color:#161616;font-weight:600;text-align:left;vertical-align:middle;background-color:#e0e0e0}
.bx--data-table td{height:3rem;padding:0 1rem;border-top:1px solid #fff;border-bottom:1px solid #e0e0e0;color:#525252;background:#f4f4f4;vertical-align:middle}
.bx--data-table tbody tr:hover td{background-color:#e5e5e5;color:#161616}
.bx--data-table--zebra tbody tr:nth-child(even) td{background-color:#fff;border-top:1px solid #fff}
.bx--tag{display:inline-flex;min-width:2rem;min-height:1.5rem;align-items:center;justify-content:center;padding:0 .5rem;margin:.25rem;border-radius:.9375rem;font-size:.75rem;line-height:1.34;letter-spacing:.32px;vertical-align:middle;word-break:break-word}
.bx--tag--green{background-color:#a7f0ba;color:#044317}
.bx--tag--gray{background-color:#e0e0e0;color:#393939}

/* notifications */
.bx--inline-notification{position:relative;display:flex;width:100%;min-width:18rem;max-width:50rem;height:auto;min-height:3rem;flex-wrap:wrap;margin-top:1rem;margin-bottom:1rem;color:#fff;background:#393939;border-left:3px solid transparent}
.bx--inline-notification--low-contrast{color:#161616}
.bx--inline-notification--low-contrast::before{position:absolute;top:0;left:0;width:100%;height:100%;box-sizing:border-box;border-width:1px 1px 1px 0;border-style:solid;content:'';filter:opacity(.4);pointer-events:none}
.bx--inline-notification--error{border-left-color:#fa4d56}
.bx--inline-notification--low-contrast.bx--inline-notification--error{border-left-color:#da1e28;background:#fff1f1}
.bx--inline-notification--low-contrast.bx--inline-notification--error::before{border-color:#da1e28}
.bx--inline-notification--success{border-left-color:#42be65}
.bx--inline-notification--low-contrast.bx--inline-notification--success{border-left-color:#24a148;background:#defbe6}
.bx--inline-notification--low-contrast.bx--inline-notification--success::before{border-color:#24a148}
.bx--inline-notification--info{border-left-color:#4589ff}
.bx--inline-notification--low-contrast.bx--inline-notification--info{border-left-color:#0043ce;background:#edf5ff}
.bx--inline-notification--low-contrast.bx--inline-notification--info::before{border-color:#0043ce}
.bx--inline-notification--warning{border-left-color:#f1c21b}
.bx--inline-notification--low-contrast.bx--inline-notification--warning{border-left-color:#f1c21b;background:#fdf6dd}
.bx--inline-notification--low-contrast.bx--inline-notification--warning::before{border-color:#f1c21b}
.bx--inline-notification__details{display:flex;flex-grow:1;margin:0 3rem 0 .8125rem}
.bx--inline-notification__icon{flex-shrink:0;margin-top:.875rem;margin-right:1rem}
.bx--inline-notification--error .bx--inline-notification__icon{fill:#da1e28}
.bx--inline-notification--success .bx--inline-notification__icon{fill:#24a148}
.bx--inline-notification--info .bx--inline-notification__icon{fill:#0043ce}
.bx--inline-notification--warning .bx--inline-notification__icon{fill:#f1c21b}
.bx--inline-notification__text-wrapper{display:flex;flex-wrap:wrap;padding:.9375rem 0}
.bx--inline-notification__title{margin:0 .25rem 0 0;font-size:.875rem;font-weight:600;line-height:1.28572;letter-spacing:.16px}
.bx--inline-notification__subtitle{font-size:.875rem;line-height:1.28572;letter-spacing:.16px;word-break:break-word}
.bx--inline-notification__close-button{position:absolute;top:0;right:0;display:flex;width:3rem;min-width:3rem;max-width:3rem;height:3rem;align-items:center;justify-content:center;padding:0;border:none;background:transparent;cursor:pointer;outline:2px solid transparent;outline-offset:-2px;transition:outline 110ms,background-color 110ms}
.bx--inline-notification__close-button:focus{outline:2px solid #0f62fe}
.bx--inline-notification__close-icon{fill:#161616}
.einv-toast-stack{position:fixed;z-index:9500;top:3.5rem;right:0;display:flex;flex-direction:column;align-items:flex-end}
.bx--toast-notification{display:flex;width:18rem;height:auto;padding-left:1rem;margin-top:.5rem;margin-right:1rem;margin-bottom:.5rem;box-shadow:0 2px 6px 0 rgba(0,0,0,.2);color:#fff;background:#393939;border-left:3px solid transparent;animation:einv-toast-in 240ms cubic-bezier(0,0,.3,1);transition:opacity 240ms cubic-bezier(.4,.14,1,1)}
.bx--toast-notification--error{border-left-color:#fa4d56}
.bx--toast-notification--success{border-left-color:#42be65}
.bx--toast-notification--info{border-left-color:#4589ff}
.bx--toast-notification--warning{border-left-color:#f1c21b}
.bx--toast-notification__icon{flex-shrink:0;margin-top:1rem;margin-right:1rem}
.bx--toast-notification--error .bx--toast-notification__icon{fill:#fa4d56}
.bx--toast-notification--success .bx--toast-notification__icon{fill:#42be65}
.bx--toast-notification--info .bx--toast-notification__icon{fill:#4589ff}
.bx--toast-notification--warning .bx--toast-notification__icon{fill:#f1c21b}
.bx--toast-notification__details{margin-right:1rem}
.bx--toast-notification__title{margin-top:1rem;font-size:.875rem;font-weight:600;line-height:1.28572;letter-spacing:.16px;word-break:break-word}
.bx--toast-notification__subtitle{margin-top:0;margin-bottom:1rem;color:#fff;font-size:.875rem;line-height:1.28572;letter-spacing:.16px;word-break:break-word}
.bx--toast-notification__caption{padding-top:.5rem;margin-bottom:1rem;color:#c6c6c6;font-size:.75rem;line-height:1.34}
.bx--toast-notification__close-button{display:flex;width:3rem;min-width:3rem;height:3rem;min-height:3rem;flex-direction:column;align-items:center;justify-content:center;padding:0;margin-left:auto;border:none;background-color:transparent;cursor:pointer;outline:2px solid transparent;transition:outline 110ms,background-color 110ms}
.bx--toast-notification__close-button svg{fill:#fff}
.einv-toast--leaving{opacity:0}
@keyframes einv-toast-in{from{opacity:0;transform:translateX(1rem)}to{opacity:1;transform:none}}

/* modal */
.bx--modal{position:fixed;z-index:9000;top:0;left:0;display:flex;width:100vw;height:100vh;align-items:center;justify-content:center;background-color:rgba(22,22,22,.5);content:'';opacity:0;transition:opacity 240ms cubic-bezier(.4,.14,1,1),visibility 0ms linear 240ms;visibility:hidden}
.bx--modal.is-visible{opacity:1;transition:opacity 240ms cubic-bezier(0,0,.3,1),visibility 0ms linear;visibility:inherit}
.bx--modal-container{position:static;display:grid;overflow:hidden;width:60%;height:auto;max-height:90%;grid-template-columns:100%;grid-template-rows:auto 1fr auto;background-color:#fff;outline:3px solid transparent;outline-offset:-3px;transform:translate3d(0,-24px,0);transform-origin:top center;transition:transform 240ms cubic-bezier(.4,.14,1,1)}
.bx--modal.is-visible .bx--modal-container{transform:translate3d(0,0,0);transition:transform 240ms cubic-bezier(0,0,.3,1)}
.bx--modal-container--xs{width:32%}
.bx--modal-container--sm{width:42%}
.bx--modal-container--lg{width:72%}
.bx--modal-header{grid-column:1/-1;grid-row:1/1;margin-bottom:.5rem;padding-top:1rem;padding-right:3rem;padding-left:1rem}
.bx--modal-header__label{margin-bottom:.25rem;color:#525252;font-size:.75rem;line-height:1.34;letter-spacing:.32px}
.bx--modal-header__heading{color:#161616;font-size:1.25rem;font-weight:400;line-height:1.4;letter-spacing:0}
.bx--modal-close{position:absolute;z-index:2;top:0;right:0;overflow:hidden;width:3rem;height:3rem;padding:.75rem;border:2px solid transparent;background-color:transparent;cursor:pointer;transition:background-color 110ms cubic-bezier(.2,0,.38,.9)}
.bx--modal-close:hover{background-color:#e5e5e5}
.bx--modal-close:focus{border-color:#0f62fe;outline:none}
.bx--modal-close__icon{width:1.25rem;height:1.25rem;fill:#161616}
.bx--modal-content{position:relative;grid-column:1/-1;grid-row:2/-2;overflow-y:auto;margin-bottom:3rem;padding-top:.5rem;padding-right:20%;padding-left:1rem;color:#161616;font-size:.875rem;font-weight:400;line-height:1.42857;letter-spacing:.16px}
.bx--modal-content--with-form{padding-right:1rem}
.bx--modal-content p{margin-bottom:.75rem}
.bx--modal-content .bx--form-item{margin-bottom:1rem}
.bx--modal-content--overflow-indicator{display:none}
.bx--modal-footer{display:flex;height:4rem;justify-content:flex-end;margin-top:auto;grid-column:1/-1;grid-row:-1/-1;background-color:#f4f4f4}
.bx--modal-footer .bx--btn{height:4rem;flex:0 1 50%;max-width:none;margin:0;padding-top:1rem;padding-bottom:2rem;box-shadow:none}
.einv-contact-grid{display:grid;grid-template-columns:1fr 1fr;gap:0 1rem}
.einv-advisory li{margin:0 0 .5rem 1.25rem;list-style:disc}

/* loading */
@keyframes rotate{0%{transform:rotate(0)}100%{transform:rotate(360deg)}}
@keyframes init-stroke{0%{stroke-dashoffset:276.461}100%{stroke-dashoffset:52.527}}
@keyframes stroke-end{0%{stroke-dashoffset:52.527}100%{stroke-dashoffset:276.461}}
.bx--loading{width:5.5rem;height:5.5rem;animation-duration:690ms;animation-fill-mode:forwards;animation-iteration-count:infinite;animation-name:rotate;animation-timing-function:linear}
.bx--loading svg circle{animation-duration:10ms;animation-name:init-stroke;animation-timing-function:cubic-bezier(.2,0,.38,.9)}
.bx--loading__svg{fill:transparent}
.bx--loading__svg circle{stroke-dasharray:276.461 276.461;stroke-linecap:butt;stroke-width:10}
.bx--loading__stroke{stroke:#0f62fe;stroke-dashoffset:52.527}
.bx--loading--stop svg circle{animation-delay:0ms;animation-duration:200ms;animation-fill-mode:forwards;animation-name:stroke-end;animation-timing-function:cubic-bezier(.2,0,.38,.9)}
.bx--loading-overlay{position:fixed;z-index:6000;top:0;left:0;display:flex;width:100%;height:100%;align-items:center;justify-content:center;background-color:rgba(22,22,22,.5);transition:background-color 720ms cubic-bezier(.4,.14,.3,1)}
.bx--loading-overlay--stop{display:none}

/* home & login */
.einv-home-hero{padding:3rem 2rem;background:#0f62fe linear-gradient(90deg,#0043ce 0%,#0f62fe 100%);color:#fff;margin:-2rem -2rem 2rem}
.einv-home-hero h1{font-size:2.625rem;font-weight:300;line-height:1.2}
.einv-home-hero p{max-width:40rem;margin:1rem 0 2rem;font-size:1.25rem;line-height:1.4;font-weight:300}
.einv-home-hero .bx--btn--primary{background:#fff;color:#0f62fe}
.einv-home-hero .bx--btn--primary:hover{background:#e5e5e5}
.einv-home-hero .bx--btn--tertiary{border-color:#fff;color:#fff;margin-left:1rem}
.einv-home-tile p{margin-top:.5rem;color:#525252;line-height:1.42857}
.einv-home-tiles{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:1rem}
.einv-login-card{max-width:28rem;padding:2rem 1rem 2.5rem;margin:1rem 0;background:#f4f4f4}
.einv-login-card .bx--text-input{background:#fff}
.einv-login-eyebrow{margin-bottom:.25rem;color:#525252;font-size:.875rem}
.einv-login-title{margin-bottom:1.5rem;font-size:1.75rem;line-height:1.28572}
.einv-login-card .bx--form-item{margin-bottom:1.5rem}
.einv-captcha{display:flex;align-items:center;margin-bottom:.75rem}
.einv-captcha img{display:block;width:10rem;height:3.125rem;border:1px solid #c6c6c6;background:#fff}
.einv-login-card .bx--btn--primary{width:100%;max-width:none}
.einv-login-links{display:flex;justify-content:space-between;margin-top:1.5rem}
.einv-muted{color:#525252;font-size:.75rem;letter-spacing:.32px}
.einv-footer{margin-top:3rem;padding-top:1rem;border-top:1px solid #e0e0e0;color:#6f6f6f;font-size:.75rem;letter-spacing:.32px}
`;

// ---------------------------------------------------------------------------------------------
// The page script: a small runtime for the Carbon widgets, then each page's behaviour
// ---------------------------------------------------------------------------------------------

const CLIENT_JS = String.raw`
(function () {
  'use strict';
  var d = document;
  var ICONS = window.EINV_ICONS || {};
  var metaCsrf = d.querySelector('meta[name="csrf-token"]');
  var CSRF = metaCsrf ? metaCsrf.getAttribute('content') : '';
  var MODAL_MS = 240;

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function withClass(icon, cls) { return icon.replace('<svg ', '<svg class="' + cls + '" '); }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  /* ---------- TextInput: data-invalid + bx--form-requirement ---------- */
  function setInvalid(input, message) {
    var w = input.closest('.bx--text-input__field-wrapper');
    if (!w) return;
    w.setAttribute('data-invalid', '');
    input.classList.add('bx--text-input--invalid');
    input.setAttribute('aria-invalid', 'true');
    if (!w.querySelector('.bx--text-input__invalid-icon')) w.insertAdjacentHTML('afterbegin', ICONS.invalid);
    var req = w.parentNode.querySelector('.bx--form-requirement');
    if (req) {
      if (message) req.textContent = message;
      input.setAttribute('aria-describedby', req.id);
    }
  }
  function clearInvalid(input) {
    var w = input.closest('.bx--text-input__field-wrapper');
    if (!w || !w.hasAttribute('data-invalid')) return;
    w.removeAttribute('data-invalid');
    input.classList.remove('bx--text-input--invalid');
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
    var icon = w.querySelector('.bx--text-input__invalid-icon');
    if (icon) icon.remove();
  }
  d.addEventListener('input', function (e) {
    var t = e.target;
    if (t && t.classList && t.classList.contains('bx--text-input')) clearInvalid(t);
  });

  /* ---------- Modal (carbon-components/src/components/modal) ---------- */
  function visibleModals() { return Array.prototype.slice.call(d.querySelectorAll('.bx--modal.is-visible')); }
  function afterTransition(el, fn) {
    var done = false;
    function finish() { if (done) return; done = true; el.removeEventListener('transitionend', onEnd); fn(); }
    function onEnd(e) { if (e.target === el && e.propertyName === 'opacity') finish(); }
    el.addEventListener('transitionend', onEnd);
    setTimeout(finish, MODAL_MS + 80);
  }
  function showModal(modal) {
    if (modal.classList.contains('is-visible')) return;
    modal._opener = d.activeElement;
    modal.dispatchEvent(new CustomEvent('modal-beingshown', { bubbles: true }));
    modal.classList.add('is-visible');
    d.body.classList.add('bx--body--with-modal-open');
    afterTransition(modal, function () {
      var focus = modal.querySelector('[data-modal-primary-focus]') || modal.querySelector('.bx--modal-close') || modal;
      try { focus.focus(); } catch (err) { /* ignore */ }
      modal.dispatchEvent(new CustomEvent('modal-shown', { bubbles: true }));
    });
  }
  function hideModal(modal, reason) {
    if (!modal.classList.contains('is-visible')) return;
    var ev = new CustomEvent('modal-beinghidden', { bubbles: true, cancelable: true, detail: { reason: reason } });
    if (!modal.dispatchEvent(ev)) return;
    modal.classList.remove('is-visible');
    if (!visibleModals().length) d.body.classList.remove('bx--body--with-modal-open');
    afterTransition(modal, function () {
      var opener = modal._opener;
      if (opener && opener.focus && d.body.contains(opener) && !visibleModals().length) {
        try { opener.focus(); } catch (err) { /* ignore */ }
      }
      modal.dispatchEvent(new CustomEvent('modal-hidden', { bubbles: true, detail: { reason: reason } }));
    });
  }
  window.EinvModal = { show: showModal, hide: hideModal };

  /* ---------- Loading overlay ---------- */
  var loadingCount = 0;
  var loadingTimer = 0;
  function loading(on) {
    var overlay = d.getElementById('einv-loading');
    if (!overlay) return;
    var spinner = overlay.querySelector('.bx--loading');
    if (on) {
      loadingCount++;
      clearTimeout(loadingTimer);
      spinner.classList.remove('bx--loading--stop');
      overlay.classList.remove('bx--loading-overlay--stop');
      return;
    }
    loadingCount = Math.max(0, loadingCount - 1);
    if (loadingCount) return;
    spinner.classList.add('bx--loading--stop');
    loadingTimer = setTimeout(function () { overlay.classList.add('bx--loading-overlay--stop'); }, 200);
  }

  /* ---------- Notifications ---------- */
  function inlineHtml(kind, title, subtitle) {
    return '<div data-notification class="bx--inline-notification bx--inline-notification--low-contrast bx--inline-notification--' + kind + '" role="' + (kind === 'error' ? 'alert' : 'status') + '">' +
      '<div class="bx--inline-notification__details">' + withClass(ICONS[kind], 'bx--inline-notification__icon') +
      '<div class="bx--inline-notification__text-wrapper"><p class="bx--inline-notification__title">' + esc(title) + '</p>' +
      '<div class="bx--inline-notification__subtitle">' + esc(subtitle) + '</div></div></div>' +
      '<button data-notification-btn class="bx--inline-notification__close-button" type="button" aria-label="close">' +
      withClass(ICONS.close16, 'bx--inline-notification__close-icon') + '</button></div>';
  }
  function toast(kind, title, subtitle) {
    var stack = d.getElementById('einv-toasts');
    if (!stack) { stack = d.createElement('div'); stack.id = 'einv-toasts'; stack.className = 'einv-toast-stack'; d.body.appendChild(stack); }
    var el = d.createElement('div');
    el.setAttribute('data-notification', '');
    el.className = 'bx--toast-notification bx--toast-notification--' + kind;
    el.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    var now = new Date();
    var two = function (n) { return (n < 10 ? '0' : '') + n; };
    el.innerHTML = withClass(ICONS[kind], 'bx--toast-notification__icon') +
      '<div class="bx--toast-notification__details"><h3 class="bx--toast-notification__title">' + esc(title) + '</h3>' +
      '<div class="bx--toast-notification__subtitle">' + esc(subtitle) + '</div>' +
      '<div class="bx--toast-notification__caption">Time stamp [' + two(now.getHours()) + ':' + two(now.getMinutes()) + ':' + two(now.getSeconds()) + ']</div></div>' +
      '<button data-notification-btn class="bx--toast-notification__close-button" type="button" aria-label="close" title="close">' +
      withClass(ICONS.close20, 'bx--toast-notification__close-icon') + '</button>';
    stack.appendChild(el);
    setTimeout(function () {
      el.classList.add('einv-toast--leaving');
      setTimeout(function () { el.remove(); }, 260);
    }, 5000);
  }

  /* ---------- Session expiry ---------- */
  function sessionExpired(message) {
    each(visibleModals(), function (m) { if (m.id !== 'einv-session-modal') hideModal(m, 'session'); });
    var m = d.getElementById('einv-session-modal');
    if (!m) {
      var holder = d.createElement('div');
      holder.innerHTML = '<div data-modal id="einv-session-modal" class="bx--modal" role="dialog" aria-modal="true" aria-labelledby="einv-session-modal-label" aria-describedby="einv-session-modal-heading" tabindex="-1" data-modal-prevent-close>' +
        '<div class="bx--modal-container bx--modal-container--sm"><div class="bx--modal-header">' +
        '<p class="bx--modal-header__label bx--type-delta" id="einv-session-modal-label">e-Invoice System</p>' +
        '<p class="bx--modal-header__heading bx--type-beta" id="einv-session-modal-heading">Session expired</p></div>' +
        '<div class="bx--modal-content"><p>' + esc(message || 'Your session has expired. Please log in again to continue.') + '</p></div>' +
        '<div class="bx--modal-content--overflow-indicator"></div>' +
        '<div class="bx--modal-footer"><button type="button" class="bx--btn bx--btn--primary" data-modal-primary-focus id="einv-session-relogin">Log in again</button></div>' +
        '</div><span tabindex="0"></span></div>';
      m = holder.firstChild;
      d.body.appendChild(m);
      m.querySelector('#einv-session-relogin').addEventListener('click', function () { location.href = '/login?expired=1'; });
      void m.offsetWidth;
    }
    showModal(m);
  }

  /* ---------- fetch wrapper ---------- */
  function api(method, url, body, opts) {
    opts = opts || {};
    if (!opts.quiet) loading(true);
    var headers = { 'Accept': 'application/json', 'X-CSRF-Token': CSRF, 'X-Requested-With': 'XMLHttpRequest' };
    var init = { method: method, credentials: 'same-origin', headers: headers };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
    return fetch(url, init).then(function (res) {
      return res.text().then(function (text) {
        var data = {};
        try { data = text ? JSON.parse(text) : {}; } catch (err) { data = {}; }
        if (!opts.quiet) loading(false);
        if (res.status === 401) { sessionExpired(data.message); return new Promise(function () {}); }
        return { ok: res.ok, status: res.status, data: data };
      });
    }, function () {
      if (!opts.quiet) loading(false);
      toast('error', 'Network error', 'The server could not be reached. Please check your connection and try again.');
      return new Promise(function () {});
    });
  }

  /* ---------- Tabs ---------- */
  function selectTab(item) {
    var tabs = item.closest('.bx--tabs');
    each(tabs.querySelectorAll('.bx--tabs__nav-item'), function (li) {
      var selected = li === item;
      li.classList.toggle('bx--tabs__nav-item--selected', selected);
      var link = li.querySelector('.bx--tabs__nav-link');
      link.setAttribute('aria-selected', String(selected));
      link.tabIndex = selected ? 0 : -1;
      var panel = d.querySelector(li.getAttribute('data-target'));
      if (panel) {
        if (selected) { panel.removeAttribute('hidden'); panel.setAttribute('aria-hidden', 'false'); }
        else { panel.setAttribute('hidden', ''); panel.setAttribute('aria-hidden', 'true'); }
      }
    });
    var trigger = tabs.querySelector('.bx--tabs-trigger-text');
    if (trigger) trigger.textContent = item.textContent.trim();
    tabs.dispatchEvent(new CustomEvent('tab-selected', { bubbles: true, detail: { item: item } }));
  }

  /* ---------- Password visibility ---------- */
  function togglePassword(btn) {
    var input = btn.parentNode.querySelector('input');
    var show = input.type === 'password';
    input.type = show ? 'text' : 'password';
    var on = btn.querySelector('.bx--icon-visibility-on');
    var off = btn.querySelector('.bx--icon-visibility-off');
    if (show) { on.setAttribute('hidden', ''); off.removeAttribute('hidden'); }
    else { off.setAttribute('hidden', ''); on.removeAttribute('hidden'); }
    btn.querySelector('.bx--assistive-text').textContent = show ? 'Hide password' : 'Show password';
  }

  /* ---------- delegated clicks ---------- */
  d.addEventListener('click', function (e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    var closer = t.closest('[data-modal-close]');
    if (closer) {
      var owner = closer.closest('.bx--modal');
      if (owner) { hideModal(owner, 'close'); return; }
    }
    if (t.classList.contains('bx--modal') && t.classList.contains('is-visible')) {
      if (!t.hasAttribute('data-modal-prevent-close')) hideModal(t, 'outside');
      return;
    }
    var submenu = t.closest('.bx--side-nav__submenu');
    if (submenu) {
      var expanded = submenu.getAttribute('aria-expanded') === 'true';
      submenu.setAttribute('aria-expanded', String(!expanded));
      return;
    }
    var pwd = t.closest('.bx--text-input--password__visibility__toggle');
    if (pwd) { togglePassword(pwd); return; }
    var nbtn = t.closest('[data-notification-btn]');
    if (nbtn) { var note = nbtn.closest('[data-notification]'); if (note) note.remove(); return; }
    var tab = t.closest('.bx--tabs__nav-item');
    if (tab) { e.preventDefault(); selectTab(tab); return; }
    var panelToggle = t.closest('[data-header-panel-toggle]');
    if (panelToggle) {
      var panel = d.getElementById(panelToggle.getAttribute('data-header-panel-toggle'));
      var open = !panel.classList.contains('bx--header-panel--expanded');
      panel.classList.toggle('bx--header-panel--expanded', open);
      panelToggle.classList.toggle('bx--header__action--active', open);
      panelToggle.setAttribute('aria-expanded', String(open));
      return;
    }
    var openPanel = d.querySelector('.bx--header-panel--expanded');
    if (openPanel && !openPanel.contains(t)) {
      openPanel.classList.remove('bx--header-panel--expanded');
      var act = d.querySelector('[data-header-panel-toggle="' + openPanel.id + '"]');
      if (act) { act.classList.remove('bx--header__action--active'); act.setAttribute('aria-expanded', 'false'); }
    }
  });
  d.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    var open = visibleModals();
    var top = open[open.length - 1];
    if (top && !top.hasAttribute('data-modal-prevent-close')) hideModal(top, 'escape');
  });

  /* ---------- ComboBox (as carbon-components-react v10 renders it, Downshift state) ---------- */
  function initComboBox(root, items, onChange) {
    var input = root.querySelector('input.bx--text-input');
    var field = root.querySelector('.bx--list-box__field');
    var menu = root.querySelector('.bx--list-box__menu');
    var iconBtn = root.querySelector('.bx--list-box__menu-icon');
    var menuId = menu.id;
    var st = { open: false, hi: -1, selected: null, shown: [] };

    function filterText() {
      var v = input.value;
      return st.selected !== null && v === st.selected ? '' : v.trim().toLowerCase();
    }
    function paintHighlight() {
      each(menu.children, function (li, i) { li.classList.toggle('bx--list-box__menu-item--highlighted', i === st.hi); });
      if (st.hi >= 0) {
        input.setAttribute('aria-activedescendant', menuId + '-item-' + st.hi);
        var li = menu.children[st.hi];
        if (li) {
          var top = li.offsetTop, bottom = top + li.offsetHeight;
          if (top < menu.scrollTop) menu.scrollTop = top;
          else if (bottom > menu.scrollTop + menu.clientHeight) menu.scrollTop = bottom - menu.clientHeight;
        }
      } else input.removeAttribute('aria-activedescendant');
    }
    function render() {
      root.classList.toggle('bx--list-box--expanded', st.open);
      field.setAttribute('aria-expanded', String(st.open));
      input.setAttribute('aria-expanded', String(st.open));
      iconBtn.classList.toggle('bx--list-box__menu-icon--open', st.open);
      iconBtn.setAttribute('aria-label', st.open ? 'Close' : 'Open');
      iconBtn.title = st.open ? 'Close' : 'Open';
      var clear = root.querySelector('.bx--list-box__selection');
      if (st.selected !== null && !clear) {
        iconBtn.insertAdjacentHTML('beforebegin', '<div role="button" class="bx--list-box__selection" tabindex="0" title="Clear selected item">' + ICONS.close16 + '</div>');
      } else if (st.selected === null && clear) clear.remove();
      menu.innerHTML = '';
      if (!st.open) { input.removeAttribute('aria-activedescendant'); return; }
      var f = filterText();
      st.shown = items.filter(function (it) { return !f || it.toLowerCase().indexOf(f) !== -1; });
      if (st.hi === -2) st.hi = st.selected === null ? -1 : st.shown.indexOf(st.selected);
      if (st.hi >= st.shown.length) st.hi = st.shown.length - 1;
      st.shown.forEach(function (it, i) {
        var li = d.createElement('li');
        var active = it === st.selected;
        li.id = menuId + '-item-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(active));
        li.className = 'bx--list-box__menu-item' + (active ? ' bx--list-box__menu-item--active' : '');
        li.title = it;
        li.innerHTML = '<div class="bx--list-box__menu-item__option">' + esc(it) + '</div>' + (active ? ICONS.check : '');
        menu.appendChild(li);
      });
      paintHighlight();
    }
    function setOpen(open) {
      if (open === st.open) return;
      st.open = open;
      st.hi = open ? -2 : -1;
      render();
    }
    function select(it) {
      st.selected = it;
      input.value = it;
      st.open = false;
      st.hi = -1;
      render();
      root.removeAttribute('data-invalid');
      var icon = root.querySelector('.bx--list-box__invalid-icon');
      if (icon) icon.remove();
      onChange(it);
    }
    input.addEventListener('click', function () { setOpen(!st.open); });
    input.addEventListener('input', function () {
      if (st.selected !== null && input.value !== st.selected) { st.selected = null; onChange(null); }
      st.open = true;
      st.hi = -1;
      render();
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (!st.open) { setOpen(true); if (st.hi < 0 && st.shown.length) { st.hi = 0; paintHighlight(); } return; }
        if (st.shown.length) { st.hi = Math.min(st.hi + 1, st.shown.length - 1); paintHighlight(); }
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        if (!st.open) { setOpen(true); return; }
        if (st.shown.length) { st.hi = st.hi <= 0 ? 0 : st.hi - 1; paintHighlight(); }
      } else if (e.key === 'Enter') {
        e.preventDefault();
        if (st.open && st.hi >= 0 && st.shown[st.hi] !== undefined) select(st.shown[st.hi]);
      } else if (e.key === 'Escape') {
        if (st.open) { e.stopPropagation(); setOpen(false); }
      }
    });
    menu.addEventListener('mousedown', function (e) { e.preventDefault(); });
    menu.addEventListener('mousemove', function (e) {
      var li = e.target.closest('.bx--list-box__menu-item');
      if (!li) return;
      var i = Array.prototype.indexOf.call(menu.children, li);
      if (i !== st.hi) { st.hi = i; paintHighlight(); }
    });
    menu.addEventListener('click', function (e) {
      var li = e.target.closest('.bx--list-box__menu-item');
      if (!li) return;
      var i = Array.prototype.indexOf.call(menu.children, li);
      if (st.shown[i] !== undefined) select(st.shown[i]);
    });
    iconBtn.addEventListener('click', function (e) { e.preventDefault(); setOpen(!st.open); input.focus(); });
    root.addEventListener('click', function (e) {
      var clear = e.target.closest('.bx--list-box__selection');
      if (!clear) return;
      e.stopPropagation();
      st.selected = null;
      input.value = '';
      st.open = false;
      render();
      onChange(null);
      input.focus();
    });
    d.addEventListener('mousedown', function (e) { if (st.open && !root.contains(e.target)) setOpen(false); });
    root.addEventListener('focusout', function () {
      setTimeout(function () { if (st.open && !root.contains(d.activeElement)) setOpen(false); }, 0);
    });
    return {
      invalid: function (message) {
        root.setAttribute('data-invalid', '');
        if (!root.querySelector('.bx--list-box__invalid-icon')) field.insertAdjacentHTML('beforeend', ICONS.invalidListBox);
        var req = root.parentNode.querySelector('.bx--form-requirement');
        if (req && message) req.textContent = message;
      },
      value: function () { return st.selected; },
    };
  }

  function countdown(btn, seconds) {
    var label = btn.getAttribute('data-label') || btn.textContent.trim();
    btn.setAttribute('data-label', label);
    btn.disabled = true;
    var left = seconds;
    (function tick() {
      if (left <= 0) { btn.disabled = false; btn.textContent = label; return; }
      btn.textContent = label + ' (' + left + 's)';
      left--;
      setTimeout(tick, 1000);
    })();
  }

  /* =================================== pages =================================== */
  var page = d.body.getAttribute('data-page');

  if (page === 'login') {
    var form = d.getElementById('login-form');
    form.addEventListener('submit', function (e) {
      var bad = null;
      [['txtUserName', 'Please enter your username.'], ['txtPassword', 'Please enter your password.'], ['txtCaptcha', 'Please enter the captcha.']].forEach(function (p) {
        var input = d.getElementById(p[0]);
        if (!input.value.trim()) { setInvalid(input, p[1]); if (!bad) bad = input; }
      });
      if (bad) { e.preventDefault(); bad.focus(); return; }
      loading(true);
    });
    d.getElementById('btnRefreshCaptcha').addEventListener('click', function () {
      d.getElementById('captcha_image').src = '/captcha.svg?ts=' + Date.now();
      var c = d.getElementById('txtCaptcha');
      c.value = '';
      c.focus();
    });
  }

  if (page === 'login-otp') {
    var otpForm = d.getElementById('otp-form');
    var otpInput = d.getElementById('txtLoginOtp');
    var otpNotice = d.getElementById('otp-notice');
    otpForm.addEventListener('submit', function (e) {
      e.preventDefault();
      var v = otpInput.value.trim();
      if (!/^\d{6}$/.test(v)) { setInvalid(otpInput, v ? 'The OTP is a 6-digit number.' : 'Please enter the OTP.'); otpInput.focus(); return; }
      api('POST', '/api/auth/otp', { otp: v }).then(function (r) {
        if (r.ok) { location.assign(r.data.redirect || '/dashboard'); return; }
        otpNotice.innerHTML = inlineHtml('error', r.data.title || 'Invalid OTP', r.data.message || 'Please try again.');
        otpInput.value = '';
        setInvalid(otpInput, 'Invalid OTP');
        otpInput.focus();
      });
    });
    var resend = d.getElementById('btnResendLoginOtp');
    countdown(resend, 30);
    resend.addEventListener('click', function () {
      api('POST', '/api/auth/otp/resend', {}).then(function (r) {
        if (r.ok) {
          otpNotice.innerHTML = inlineHtml('info', 'OTP sent', r.data.message || 'A new OTP has been sent.');
          countdown(resend, 30);
        }
      });
    });
  }

  if (page === 'dashboard') {
    var tech = d.getElementById('modal-tech-contact');
    var advisory = d.getElementById('modal-advisory');
    if (tech && d.body.getAttribute('data-notices') === '1') {
      tech.addEventListener('modal-hidden', function onHidden() {
        tech.removeEventListener('modal-hidden', onHidden);
        if (advisory) setTimeout(function () { showModal(advisory); }, 120);
      });
      api('GET', '/api/profile/technical-contact', undefined, { quiet: true }).then(function (r) {
        if (!r.ok) return;
        d.getElementById('techName').value = r.data.name || '';
        d.getElementById('techMobile').value = r.data.mobile || '';
        d.getElementById('techEmail').value = r.data.email || '';
        setTimeout(function () { showModal(tech); }, 150);
      });
      d.getElementById('btnUpdateContact').addEventListener('click', function () {
        var body = { name: d.getElementById('techName').value, mobile: d.getElementById('techMobile').value, email: d.getElementById('techEmail').value };
        api('POST', '/api/profile/technical-contact', body).then(function (r) {
          if (r.ok) { hideModal(tech, 'update'); toast('success', 'Contact details updated', 'The technical contact has been saved.'); }
          else toast('error', r.data.title || 'Not saved', r.data.message || 'Please check the details.');
        });
      });
    }
  }

  if (page === 'user-credentials') {
    var tabs = d.querySelector('.bx--tabs');
    tabs.addEventListener('tab-selected', function (e) {
      var target = e.detail.item.getAttribute('data-target');
      history.replaceState(null, '', target === '.tab-create' ? '?tab=create' : location.pathname);
    });
    var regBody = d.getElementById('api-reg-body');
    var confirmModal = d.getElementById('modal-confirm-submit');
    var pending = null;

    function wireOtp() {
      var sendBtn = d.getElementById('btnSendOtp');
      var sendBox = d.getElementById('api-otp-send');
      var verifyBox = d.getElementById('api-otp-verify');
      var notice = d.getElementById('api-otp-notice');
      var input = d.getElementById('txtApiOtp');
      var verifyBtn = d.getElementById('btnVerifyOtp');
      var resendBtn = d.getElementById('btnResendApiOtp');
      if (!sendBtn) return;
      function send(isResend) {
        api('POST', '/api/api-registration/otp/send', {}).then(function (r) {
          if (!r.ok) { toast('error', r.data.title || 'OTP not sent', r.data.message || 'Please try again.'); return; }
          sendBox.setAttribute('hidden', '');
          verifyBox.removeAttribute('hidden');
          notice.innerHTML = inlineHtml('info', isResend ? 'OTP resent' : 'OTP sent', r.data.message);
          input.value = '';
          input.focus();
          countdown(resendBtn, 30);
        });
      }
      sendBtn.addEventListener('click', function () { send(false); });
      resendBtn.addEventListener('click', function () { send(true); });
      if (!verifyBox.hasAttribute('hidden') && !resendBtn.disabled) countdown(resendBtn, 30);
      function verify() {
        var v = input.value.trim();
        if (!v) { setInvalid(input, 'Please enter the OTP.'); input.focus(); return; }
        if (!/^\d{6}$/.test(v)) { setInvalid(input, 'The OTP is a 6-digit number.'); input.focus(); return; }
        api('POST', '/api/api-registration/otp/verify', { otp: v }).then(function (r) {
          if (r.ok) { regBody.innerHTML = r.data.html; wireForm(); return; }
          input.value = '';
          toast('error', r.data.title || 'Invalid OTP', r.data.message || 'Please try again.');
          input.focus();
        });
      }
      verifyBtn.addEventListener('click', verify);
      input.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); verify(); } });
    }

    function wireForm() {
      var form = d.getElementById('api-reg-form');
      if (!form) return;
      var items = JSON.parse(d.getElementById('gsp-list-data').textContent);
      var combo = initComboBox(form.querySelector('.bx--combo-box'), items, function () {});
      var gspBox = d.getElementById('mode-gsp');
      var modeNote = d.getElementById('mode-note');
      var submit = d.getElementById('btnSubmitApiUser');
      var uname = d.getElementById('txtApiUserName');
      var pass = d.getElementById('txtApiPassword');
      var pass2 = d.getElementById('txtApiRePassword');
      function mode() { var r = form.querySelector('input[name="registerFor"]:checked'); return r ? r.value : ''; }
      function sync() {
        var m = mode();
        if (m === 'gsp') { gspBox.removeAttribute('hidden'); modeNote.innerHTML = ''; submit.disabled = false; return; }
        gspBox.setAttribute('hidden', '');
        submit.disabled = true;
        if (m === 'direct') modeNote.innerHTML = inlineHtml('warning', 'Not eligible', 'Direct API access is available only to taxpayers whose aggregate turnover is above the notified threshold. Register through a GSP instead.');
        else if (m) modeNote.innerHTML = inlineHtml('info', 'Option not enabled', 'This option is not enabled for your GSTIN.');
        else modeNote.innerHTML = '';
      }
      each(form.querySelectorAll('input[name="registerFor"]'), function (r) { r.addEventListener('change', sync); });
      sync();
      d.getElementById('btnExitApiUser').addEventListener('click', function () { location.href = '/dashboard'; });
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        if (mode() !== 'gsp') return;
        var bad = null;
        var gsp = combo.value();
        if (!gsp) { combo.invalid('Please select your GSP from the list.'); bad = bad || form.querySelector('.bx--combo-box input'); }
        var typed = uname.value.trim();
        if (/^api_/i.test(typed)) typed = typed.slice(4);
        if (!typed) { setInvalid(uname, 'Please enter a username.'); bad = bad || uname; }
        else if (!/^[A-Za-z0-9._-]{3,30}$/.test(typed)) { setInvalid(uname, 'Use 3 to 30 letters, digits, dot, hyphen or underscore.'); bad = bad || uname; }
        var p = pass.value;
        if (!p) { setInvalid(pass, 'Please enter a password.'); bad = bad || pass; }
        else if (p.length < 8 || p.length > 20 || !/[A-Z]/.test(p) || !/[a-z]/.test(p) || !/[0-9]/.test(p) || !/[^A-Za-z0-9]/.test(p)) {
          setInvalid(pass, 'The password does not meet the rules.'); bad = bad || pass;
        }
        if (!pass2.value) { setInvalid(pass2, 'Please re-enter the password.'); bad = bad || pass2; }
        else if (p && pass2.value !== p) { setInvalid(pass2, 'Passwords do not match.'); bad = bad || pass2; }
        if (bad) { bad.focus(); return; }
        pending = { mode: 'gsp', gsp: gsp, username: typed, password: p, confirmPassword: pass2.value };
        d.getElementById('confirm-username').textContent = 'API_' + typed;
        d.getElementById('confirm-gsp').textContent = gsp;
        showModal(confirmModal);
      });
    }

    d.getElementById('btnConfirmSubmit').addEventListener('click', function () {
      if (!pending) return;
      var body = pending;
      hideModal(confirmModal, 'submit');
      api('POST', '/api/api-registration/users', body).then(function (r) {
        var notice = d.getElementById('api-reg-notice');
        if (r.ok) {
          pending = null;
          regBody.innerHTML = r.data.html;
          var list = d.getElementById('api-users-list');
          if (list && r.data.listHtml) list.innerHTML = r.data.listHtml;
          regBody.scrollIntoView({ block: 'start' });
          return;
        }
        if (notice) {
          notice.innerHTML = inlineHtml('error', r.data.title || 'Not created', r.data.message || 'Please try again.');
          notice.scrollIntoView({ block: 'nearest' });
        }
        if (r.data.field === 'username') setInvalid(d.getElementById('txtApiUserName'), r.data.message);
      });
    });

    wireOtp();
    wireForm();
  }
})();
`;

// ---------------------------------------------------------------------------------------------
// Page shells
// ---------------------------------------------------------------------------------------------

interface NavLeaf {
  label: string;
  href: string;
}
interface NavGroup {
  label: string;
  icon: string;
  href?: string;
  items?: NavLeaf[];
}

const NAV: NavGroup[] = [
  { label: 'Dash Board', icon: P.dashboard, href: '/dashboard' },
  {
    label: 'e-Invoice',
    icon: P.document,
    items: [
      { label: 'Generate IRN', href: '/einvoice/generate' },
      { label: 'Bulk Upload', href: '/einvoice/bulk-upload' },
      { label: 'Cancel IRN', href: '/einvoice/cancel' },
      { label: 'Print e-Invoice', href: '/einvoice/print' },
    ],
  },
  {
    label: 'API Registration',
    icon: P.api,
    items: [
      { label: 'User Credentials', href: '/api-registration/user-credentials' },
      { label: 'IP Whitelisting', href: '/api-registration/ip-whitelisting' },
      { label: 'Freeze API User', href: '/api-registration/freeze-api-user' },
      { label: 'Change API Password', href: '/api-registration/change-api-password' },
    ],
  },
  {
    label: 'MIS Reports',
    icon: P.report,
    items: [
      { label: 'IRN Details', href: '/mis/irn-details' },
      { label: 'Summary Report', href: '/mis/summary' },
    ],
  },
  {
    label: 'User Management',
    icon: P.users,
    items: [
      { label: 'Create Sub-user', href: '/user-management/create' },
      { label: 'Update Sub-user', href: '/user-management/update' },
    ],
  },
];

function sideNav(current: string): string {
  const items = NAV.map((group) => {
    const icon = `<div class="bx--side-nav__icon">${svg(16, '0 0 32 32', group.icon)}</div>`;
    if (group.href) {
      const cur = group.href === current;
      return `<li class="bx--side-nav__item">
        <a class="bx--side-nav__link${cur ? ' bx--side-nav__link--current' : ''}" href="${group.href}"${cur ? ' aria-current="page"' : ''}>
          ${icon}<span class="bx--side-nav__link-text">${esc(group.label)}</span>
        </a>
      </li>`;
    }
    const leaves = group.items ?? [];
    const active = leaves.some((leaf) => leaf.href === current);
    const links = leaves
      .map((leaf) => {
        const cur = leaf.href === current;
        return `<li class="bx--side-nav__menu-item" role="none">
            <a class="bx--side-nav__link${cur ? ' bx--side-nav__link--current' : ''}" href="${leaf.href}" role="menuitem"${cur ? ' aria-current="page"' : ''}>
              <span class="bx--side-nav__link-text">${esc(leaf.label)}</span>
            </a>
          </li>`;
      })
      .join('');
    return `<li class="bx--side-nav__item${active ? ' bx--side-nav__item--active' : ''}">
      <button class="bx--side-nav__submenu" aria-haspopup="true" aria-expanded="${active}" type="button">
        ${icon}
        <span class="bx--side-nav__submenu-title">${esc(group.label)}</span>
        <div class="bx--side-nav__icon bx--side-nav__icon--small bx--side-nav__submenu-chevron">${ICON.chevron()}</div>
      </button>
      <ul class="bx--side-nav__menu" role="menu">${links}</ul>
    </li>`;
  }).join('');
  return `<nav class="bx--side-nav__navigation bx--side-nav bx--side-nav--ux bx--side-nav--expanded" aria-label="Side navigation" data-side-nav>
  <ul class="bx--side-nav__items">${items}</ul>
</nav>`;
}

function header(signedIn: Session | undefined, gstin: string): string {
  if (signedIn?.stage !== 'in') {
    return `<header class="bx--header" aria-label="e-Invoice System" role="banner">
  <a class="bx--skip-to-content" href="#main-content" tabindex="0">Skip to main content</a>
  <a class="bx--header__name" href="/"><span class="bx--header__name--prefix">GST</span>&nbsp;e-Invoice System</a>
  <nav class="bx--header__nav" aria-label="e-Invoice System">
    <ul class="bx--header__menu-bar" aria-label="e-Invoice System">
      <li><a class="bx--header__menu-item" href="/" tabindex="0"><span class="bx--text-truncate--end">Home</span></a></li>
      <li><a class="bx--header__menu-item" href="/help" tabindex="0"><span class="bx--text-truncate--end">Help</span></a></li>
      <li><a class="bx--header__menu-item" href="/contact" tabindex="0"><span class="bx--text-truncate--end">Contact Us</span></a></li>
    </ul>
  </nav>
</header>`;
  }
  return `<header class="bx--header" aria-label="e-Invoice System" role="banner">
  <a class="bx--skip-to-content" href="#main-content" tabindex="0">Skip to main content</a>
  <button class="bx--header__menu-trigger bx--header__action bx--header__menu-toggle bx--header__menu-toggle__hidden" aria-label="Close menu" title="Close menu" type="button">${svg(20, '0 0 20 20', P.menu)}</button>
  <a class="bx--header__name" href="/dashboard"><span class="bx--header__name--prefix">GST</span>&nbsp;e-Invoice System</a>
  <div class="bx--header__global">
    <span class="einv-header-meta">GSTIN: ${esc(gstin)}</span>
    <button class="bx--header__action" type="button" aria-label="User profile" title="User profile" aria-expanded="false" data-header-panel-toggle="einv-user-panel">${svg(20, '0 0 32 32', P.user)}</button>
  </div>
  <div class="bx--header-panel" id="einv-user-panel" aria-label="User profile">
    <div class="einv-panel-profile">${esc(LEGAL_NAME)}<p>GSTIN ${esc(gstin)} · ${esc(signedIn.username)}</p></div>
    <ul class="bx--switcher">
      <li class="bx--switcher__item"><a class="bx--switcher__item-link" href="/profile">My profile</a></li>
      <li class="bx--switcher__item"><a class="bx--switcher__item-link" href="/logout">Log out</a></li>
    </ul>
  </div>
</header>`;
}

function page(o: {
  title: string;
  pageId: string;
  session?: Session;
  gstin: string;
  current?: string;
  content: string;
  modals?: string;
  bodyAttrs?: string;
}): string {
  const signedIn = o.session?.stage === 'in';
  const csrf = o.session ? o.session.csrf : '';
  const icons = JSON.stringify(CLIENT_ICONS).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${esc(csrf)}">
<title>${esc(o.title)} | e-Invoice System</title>
<style>${CSS}</style>
</head>
<body class="${signedIn ? 'einv-with-nav' : 'einv-public'}" data-page="${o.pageId}" ${o.bodyAttrs ?? ''}>
${header(o.session, o.gstin)}
${signedIn ? sideNav(o.current ?? '') : ''}
<main id="main-content" class="bx--content">
${o.content}
<footer class="einv-footer">Site is designed, developed and hosted by National Informatics Centre. Contents are provided by Goods and Services Tax Network. Best viewed in the latest Chrome, Edge or Firefox.</footer>
</main>
${o.modals ?? ''}
<div class="einv-toast-stack" id="einv-toasts" aria-live="polite"></div>
<div class="bx--loading-overlay bx--loading-overlay--stop" id="einv-loading">
  <div data-loading class="bx--loading">
    <svg class="bx--loading__svg" viewBox="-75 -75 150 150"><title>Loading</title><circle class="bx--loading__stroke" cx="0" cy="0" r="37.5"></circle></svg>
  </div>
</div>
<script>window.EINV_ICONS = ${icons};</script>
<script>${CLIENT_JS}</script>
</body>
</html>`;
}

function breadcrumb(trail: [string, string][]): string {
  const items = trail
    .map(
      ([label, href], i) =>
        `<div class="bx--breadcrumb-item${i === trail.length - 1 ? ' bx--breadcrumb-item--current' : ''}"><a href="${href}" class="bx--link"${i === trail.length - 1 ? ' aria-current="page"' : ''}>${esc(label)}</a></div>`,
    )
    .join('');
  return `<nav class="bx--breadcrumb bx--breadcrumb--no-trailing-slash" aria-label="breadcrumb">${items}</nav>`;
}

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

export async function startCarbonR12Rendition(options: CarbonR12Options = {}): Promise<CarbonR12Rendition> {
  const state: CarbonR12State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  let expiryPending: CarbonR12Expiry | undefined = options.expireOnce;

  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const token = () => randomBytes(18).toString('base64url');

  function cookieOf(req: IncomingMessage): string | undefined {
    const raw = req.headers.cookie ?? '';
    for (const part of raw.split(';')) {
      const [k, ...v] = part.trim().split('=');
      if (k === SESSION_COOKIE) return v.join('=');
    }
    return undefined;
  }

  function sessionOf(req: IncomingMessage): { session?: Session; stale: boolean } {
    const id = cookieOf(req);
    if (!id) return { stale: false };
    const session = sessions.get(id);
    if (!session) return { stale: true };
    if (Date.now() - session.lastSeen > IDLE_MS) {
      sessions.delete(id);
      return { stale: true };
    }
    session.lastSeen = Date.now();
    return { session, stale: false };
  }

  function newSession(username: string): Session {
    const session: Session = {
      id: token(),
      csrf: token(),
      stage: 'otp',
      username,
      lastSeen: Date.now(),
      notices: false,
      apiOtpSent: false,
      apiOtpVerified: false,
      contact: { name: 'Rakesh Kulkarni', mobile: '98XXXXX310', email: 'it.support@universalpolypack.in' },
    };
    sessions.set(session.id, session);
    return session;
  }

  function send(
    res: ServerResponse,
    status: number,
    body: string,
    type = 'text/html; charset=utf-8',
    headers: Record<string, string> = {},
  ): void {
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    });
    res.end(body);
  }
  const json = (res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}) =>
    send(res, status, JSON.stringify(data), 'application/json; charset=utf-8', headers);
  const redirect = (res: ServerResponse, location: string, headers: Record<string, string> = {}) => {
    res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', ...headers });
    res.end();
  };
  const sessionCookie = (id: string) => `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`;
  const clearCookie = `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;

  async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size > 65536) break;
      chunks.push(buf);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    const text = await readBody(req);
    try {
      const value = JSON.parse(text || '{}') as unknown;
      return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : '');

  const expiredJson = {
    error: 'session-expired',
    message: 'Your session has expired. Please log in again to continue.',
  };

  // ----- captcha -----
  function captchaSvg(): string {
    const text = state.captcha;
    const w = 160;
    const h = 50;
    const rnd = (a: number, b: number) => a + Math.random() * (b - a);
    const colors = ['#1d3c78', '#7a1f3d', '#24572f', '#4b2a7b', '#6b4400', '#0b4f6c'];
    let out = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`;
    out += `<rect width="${w}" height="${h}" fill="#eef2f8"/>`;
    for (let i = 0; i < 7; i++) {
      out += `<path d="M${rnd(0, w).toFixed(1)} ${rnd(0, h).toFixed(1)} Q${rnd(0, w).toFixed(1)} ${rnd(0, h).toFixed(1)} ${rnd(0, w).toFixed(1)} ${rnd(0, h).toFixed(1)}" stroke="${colors[i % colors.length]}" stroke-opacity="0.45" stroke-width="${rnd(0.8, 1.8).toFixed(1)}" fill="none"/>`;
    }
    for (let i = 0; i < 45; i++) {
      out += `<circle cx="${rnd(0, w).toFixed(1)}" cy="${rnd(0, h).toFixed(1)}" r="${rnd(0.5, 1.6).toFixed(1)}" fill="${colors[i % colors.length]}" fill-opacity="0.5"/>`;
    }
    const step = (w - 24) / Math.max(1, text.length);
    [...text].forEach((ch, i) => {
      const x = 14 + step * i + rnd(0, step * 0.25);
      const y = 35 + rnd(-4, 4);
      const rot = rnd(-22, 22).toFixed(1);
      const size = rnd(27, 32).toFixed(0);
      out += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rot} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="'DejaVu Sans Mono','Liberation Mono',monospace" font-weight="bold" font-size="${size}" fill="${colors[i % colors.length]}">${esc(ch)}</text>`;
    });
    for (let i = 0; i < 2; i++) {
      out += `<path d="M0 ${rnd(10, 40).toFixed(1)} C${rnd(30, 60).toFixed(1)} ${rnd(0, h).toFixed(1)} ${rnd(90, 130).toFixed(1)} ${rnd(0, h).toFixed(1)} ${w} ${rnd(10, 40).toFixed(1)}" stroke="#333" stroke-opacity="0.55" stroke-width="1.2" fill="none"/>`;
    }
    return `${out}</svg>`;
  }

  // ----- pages -----
  function homePage(session: Session | undefined): string {
    const signedIn = session?.stage === 'in';
    const content = `
<section class="einv-home-hero">
  <h1>e-Invoice System</h1>
  <p>Report business-to-business invoices to the Invoice Registration Portal, get the IRN and signed QR code, and manage API access for your GSPs and ERPs.</p>
  ${
    signedIn
      ? `<a class="bx--btn bx--btn--primary" href="/dashboard">Go to Dash Board ${svg(16, '0 0 32 32', P.arrowRight, 'bx--btn__icon')}</a>`
      : `<a class="bx--btn bx--btn--primary" href="/login">Log in ${svg(16, '0 0 32 32', P.arrowRight, 'bx--btn__icon')}</a>`
  }<a class="bx--btn bx--btn--tertiary" href="/help">User manual</a>
</section>
<h2 class="einv-section-title">Latest updates</h2>
<div class="einv-home-tiles">
  <div class="bx--tile einv-home-tile"><p class="einv-tile-title">Two-factor authentication</p><p>From 1 April 2025, logging in to the e-Invoice System needs an OTP in addition to the password. The OTP is sent by SMS and to the Sandes app, or generated in the NIC-GST-Shield app.</p></div>
  <div class="bx--tile einv-home-tile"><p class="einv-tile-title">Time limit for reporting</p><p>Taxpayers with an AATO of ₹10 crore and above cannot report invoices older than 30 days. The check is done against the document date.</p></div>
  <div class="bx--tile einv-home-tile"><p class="einv-tile-title">API access through GSPs</p><p>Create an API user under API Registration → User Credentials to let your GSP generate IRNs on your behalf. One API user can be created for each GSP.</p></div>
</div>`;
    return page({ title: 'Home', pageId: 'home', session, gstin: state.gstin, content });
  }

  function loginPage(o: {
    session?: Session;
    username?: string;
    note?: string;
    captchaInvalid?: string;
    userInvalid?: boolean;
  }): string {
    const content = `
<div class="bx--grid bx--grid--full-width" style="padding:0">
  <div class="bx--row"><div class="bx--col-lg-6">
  <div class="einv-login-card">
    <p class="einv-login-eyebrow">e-Invoice System</p>
    <h1 class="einv-login-title">Log in</h1>
    <div id="login-notice">${o.note ?? ''}</div>
    <form id="login-form" method="post" action="/login" novalidate autocomplete="off">
      ${textField({ id: 'txtUserName', name: 'username', label: 'Username', value: o.username ?? '', requirement: 'Please enter your username.', attrs: 'autocomplete="username" maxlength="15"' })}
      ${textField({ id: 'txtPassword', name: 'password', label: 'Password', password: true, requirement: 'Please enter your password.', attrs: 'autocomplete="current-password" maxlength="30"' })}
      <div class="bx--form-item">
        <span class="bx--label" id="captcha-label">Captcha</span>
        <div class="einv-captcha">
          <img id="captcha_image" src="/captcha.svg?ts=${Date.now()}" alt="Captcha image" width="160" height="50">
          <button type="button" id="btnRefreshCaptcha" class="bx--btn bx--btn--ghost bx--btn--icon-only bx--btn--field bx--tooltip__trigger bx--tooltip--a11y bx--tooltip--bottom bx--tooltip--align-center">
            <span class="bx--assistive-text">Refresh captcha</span>${svg(16, '0 0 32 32', P.renew, 'bx--btn__icon')}
          </button>
        </div>
        ${textField({ id: 'txtCaptcha', name: 'captcha', label: 'Enter captcha', helper: 'Type the characters shown in the image. They are not case-sensitive.', requirement: 'Please enter the captcha.', invalid: o.captchaInvalid, attrs: 'maxlength="6" autocomplete="off" spellcheck="false"' })}
      </div>
      <button class="bx--btn bx--btn--primary" type="submit" id="btnLogin">Log in ${svg(16, '0 0 32 32', P.arrowRight, 'bx--btn__icon')}</button>
      <div class="einv-login-links">
        <a class="bx--link" href="/help#forgot">Forgot username or password?</a>
        <a class="bx--link" href="/">Back to home</a>
      </div>
    </form>
  </div>
  </div></div>
</div>`;
    return page({ title: 'Log in', pageId: 'login', session: o.session, gstin: state.gstin, content });
  }

  function loginOtpPage(session: Session): string {
    const content = `
<div class="bx--grid bx--grid--full-width" style="padding:0">
  <div class="bx--row"><div class="bx--col-lg-6">
  <div class="einv-login-card">
    <p class="einv-login-eyebrow">Log in · Step 2 of 2</p>
    <h1 class="einv-login-title">Two-factor authentication</h1>
    <p class="einv-body-text">An OTP has been sent to your registered mobile number ${MASKED_MOBILE} and to the Sandes app. You can also enter the code shown in the NIC-GST-Shield app.</p>
    <div id="otp-notice"></div>
    <form id="otp-form" novalidate autocomplete="off">
      ${textField({ id: 'txtLoginOtp', name: 'otp', label: 'Enter OTP', requirement: 'Please enter the OTP.', attrs: 'inputmode="numeric" maxlength="6" autocomplete="one-time-code"' })}
      <button class="bx--btn bx--btn--primary" type="submit" id="btnVerifyOTP">Verify OTP</button>
      <div class="einv-login-links">
        <button type="button" class="bx--btn bx--btn--ghost bx--btn--sm" id="btnResendLoginOtp">Resend OTP</button>
        <a class="bx--link" href="/login">Back to log in</a>
      </div>
    </form>
  </div>
  </div></div>
</div>`;
    return page({
      title: 'Two-factor authentication',
      pageId: 'login-otp',
      session,
      gstin: state.gstin,
      content,
    });
  }

  function dashboardPage(session: Session, notices: boolean): string {
    const content = `
<div class="einv-page-header">
  ${breadcrumb([['Home', '/dashboard']])}
  <h1 class="einv-page-title">Dash Board</h1>
  <p class="einv-page-desc">Welcome, ${esc(LEGAL_NAME)} (GSTIN ${esc(state.gstin)}). Figures are for the current financial year.</p>
</div>
<div class="einv-tiles">
  <div class="bx--tile"><p class="einv-tile-title">Generations</p><p class="einv-stat">1,284</p><p class="einv-tile-note">IRNs generated</p></div>
  <div class="bx--tile"><p class="einv-tile-title">Cancelled</p><p class="einv-stat">17</p><p class="einv-tile-note">IRNs cancelled within 24 hours</p></div>
  <div class="bx--tile"><p class="einv-tile-title">Through API</p><p class="einv-stat">1,198</p><p class="einv-tile-note">Generated by your GSP or ERP</p></div>
  <div class="bx--tile"><p class="einv-tile-title">Through portal</p><p class="einv-stat">86</p><p class="einv-tile-note">Generated on this portal</p></div>
</div>
<div class="bx--data-table-container">
  <div class="bx--data-table-header"><h4 class="bx--data-table-header__title">Recent e-invoices</h4><p class="bx--data-table-header__description">The last five IRNs generated for this GSTIN</p></div>
  <table class="bx--data-table bx--data-table--zebra">
    <thead><tr><th><span class="bx--table-header-label">Document No.</span></th><th><span class="bx--table-header-label">Date</span></th><th><span class="bx--table-header-label">Buyer GSTIN</span></th><th><span class="bx--table-header-label">Value (₹)</span></th><th><span class="bx--table-header-label">Status</span></th></tr></thead>
    <tbody>
      <tr><td>UPI/24-25/1284</td><td>18-03-2025</td><td>29AAACJ4323N1ZC</td><td>4,72,000.00</td><td><span class="bx--tag bx--tag--green">Active</span></td></tr>
      <tr><td>UPI/24-25/1283</td><td>18-03-2025</td><td>27AABCT1332L1ZZ</td><td>1,18,540.00</td><td><span class="bx--tag bx--tag--green">Active</span></td></tr>
      <tr><td>UPI/24-25/1282</td><td>17-03-2025</td><td>24AAACR5055K1Z7</td><td>86,250.00</td><td><span class="bx--tag bx--tag--gray">Cancelled</span></td></tr>
      <tr><td>UPI/24-25/1281</td><td>17-03-2025</td><td>33AAACI1681G1ZN</td><td>2,04,380.00</td><td><span class="bx--tag bx--tag--green">Active</span></td></tr>
      <tr><td>UPI/24-25/1280</td><td>15-03-2025</td><td>07AAACH2702H1Z1</td><td>59,000.00</td><td><span class="bx--tag bx--tag--green">Active</span></td></tr>
    </tbody>
  </table>
</div>`;
    const modals = notices
      ? modal({
          id: 'modal-tech-contact',
          label: 'Profile',
          heading: 'Contacts of Technical Person',
          withForm: true,
          content: `<p>Please confirm the technical person who can be contacted about e-invoice API integration for this GSTIN.</p>
<div class="einv-contact-grid">
  ${textField({ id: 'techName', label: 'Name', requirement: 'Please enter the name.' })}
  ${textField({ id: 'techMobile', label: 'Mobile Number', requirement: 'Please enter the mobile number.', attrs: 'inputmode="numeric" maxlength="10"' })}
</div>
${textField({ id: 'techEmail', label: 'E-mail', type: 'email', requirement: 'Please enter the e-mail.' })}`,
          footer: `<button class="bx--btn bx--btn--secondary" type="button" data-modal-close>Exit</button>
<button class="bx--btn bx--btn--primary" type="button" id="btnUpdateContact" data-modal-primary-focus>Update</button>`,
        }) +
        modal({
          id: 'modal-advisory',
          label: 'e-Invoice System',
          heading: 'Advisory',
          size: 'sm',
          content: `<ul class="einv-advisory">
  <li>Two-factor authentication is mandatory for all users of the e-Invoice System.</li>
  <li>Invoices older than 30 days cannot be reported by taxpayers with an AATO of ₹10 crore and above.</li>
  <li>Keep the mobile number and e-mail of your technical person up to date.</li>
</ul>`,
        })
      : '';
    return page({
      title: 'Dash Board',
      pageId: 'dashboard',
      session,
      gstin: state.gstin,
      current: '/dashboard',
      content,
      modals,
      bodyAttrs: `data-notices="${notices ? '1' : '0'}"`,
    });
  }

  function registeredRows(): { gsp: string; username: string; createdOn: string }[] {
    return [
      ...ON_FILE,
      ...state.users
        .filter((u) => u.gstin === state.gstin)
        .map(({ gsp, username, createdOn }) => ({ gsp, username, createdOn })),
    ];
  }

  function registeredTable(title: string, description: string): string {
    const rows = registeredRows()
      .map(
        (r, i) =>
          `<tr><td>${i + 1}</td><td>${esc(r.gsp)}</td><td>${esc(r.username)}</td><td>${esc(formatDate(r.createdOn))}</td><td><span class="bx--tag bx--tag--green">Active</span></td></tr>`,
      )
      .join('');
    return `<div class="bx--data-table-container">
  <div class="bx--data-table-header"><h4 class="bx--data-table-header__title">${esc(title)}</h4><p class="bx--data-table-header__description">${esc(description)}</p></div>
  <table class="bx--data-table bx--data-table--zebra">
    <thead><tr><th><span class="bx--table-header-label">#</span></th><th><span class="bx--table-header-label">GSP Name</span></th><th><span class="bx--table-header-label">API Username</span></th><th><span class="bx--table-header-label">Registered On</span></th><th><span class="bx--table-header-label">Status</span></th></tr></thead>
    <tbody>${rows}</tbody>
  </table>
</div>`;
  }

  function otpSection(session: Session): string {
    const sent = session.apiOtpSent;
    return `<div id="api-otp-send"${sent ? ' hidden' : ''}>
  <p class="einv-body-text">To create an API user you must verify yourself with a one-time password. The OTP will be sent to the mobile number registered for GSTIN ${esc(state.gstin)} (${MASKED_MOBILE}).</p>
  <button type="button" class="bx--btn bx--btn--tertiary" id="btnSendOtp">Send OTP</button>
</div>
<div id="api-otp-verify"${sent ? '' : ' hidden'}>
  <div id="api-otp-notice">${sent ? inlineNote('info', 'OTP sent', `An OTP has been sent to your registered mobile number ${MASKED_MOBILE}. It is valid for 10 minutes.`) : ''}</div>
  <div class="einv-otp-row">
    ${textField({ id: 'txtApiOtp', name: 'otp', label: 'Enter OTP', requirement: 'Please enter the OTP.', attrs: 'inputmode="numeric" maxlength="6" autocomplete="one-time-code"' })}
    <button type="button" class="bx--btn bx--btn--primary bx--btn--field" id="btnVerifyOtp">Verify OTP</button>
  </div>
  <button type="button" class="bx--btn bx--btn--ghost bx--btn--sm" id="btnResendApiOtp">Resend OTP</button>
</div>`;
  }

  function registrationForm(): string {
    const radios = [
      ['direct', 'Directly'],
      ['gsp', 'Through GSP'],
      ['erp', 'Through ERP'],
      ['other', 'Through Client-Id of other'],
    ]
      .map(
        ([value, label]) => `<div class="bx--radio-button-wrapper">
        <input id="registerFor-${value}" class="bx--radio-button" type="radio" value="${value}" name="registerFor" tabindex="0"${value === 'direct' ? ' checked' : ''}>
        <label for="registerFor-${value}" class="bx--radio-button__label">
          <span class="bx--radio-button__appearance"></span>
          <span class="bx--radio-button__label-text">${esc(label ?? '')}</span>
        </label>
      </div>`,
      )
      .join('');
    const gspData = JSON.stringify(GSPS).replace(/</g, '\\u003c');
    return `<div id="api-reg-notice"></div>
<script type="application/json" id="gsp-list-data">${gspData}</script>
<form id="api-reg-form" class="einv-form" novalidate autocomplete="off">
  <fieldset class="bx--fieldset">
    <legend class="bx--label">Do you wish to Register your GSTIN for</legend>
    <div class="bx--radio-button-group bx--radio-button-group--vertical">
      ${radios}
    </div>
  </fieldset>
  <div id="mode-note"></div>
  <div id="mode-gsp" hidden>
    <div class="bx--list-box__wrapper">
      <label for="downshift-0-input" id="downshift-0-label" class="bx--label">Select your GSP</label>
      <div class="bx--combo-box bx--list-box">
        <div role="combobox" aria-haspopup="listbox" aria-owns="downshift-0-menu" aria-expanded="false" class="bx--list-box__field">
          <input class="bx--text-input" aria-autocomplete="list" aria-controls="downshift-0-menu" aria-labelledby="downshift-0-label" autocomplete="off" id="downshift-0-input" placeholder="Type to search" role="combobox" aria-expanded="false" value="">
          <button type="button" aria-label="Open" title="Open" class="bx--list-box__menu-icon" tabindex="-1">${ICON.chevron()}</button>
        </div>
        <ul role="listbox" id="downshift-0-menu" aria-labelledby="downshift-0-label" class="bx--list-box__menu"></ul>
      </div>
      <div class="bx--form-requirement">Please select your GSP from the list.</div>
    </div>
    ${textField({ id: 'txtApiUserName', name: 'username', label: 'Username', prefix: 'API_', helper: 'API_ is added in front of what you type. 3 to 30 letters, digits, dot, hyphen or underscore.', requirement: 'Please enter a username.', attrs: 'maxlength="30" spellcheck="false"' })}
    ${textField({ id: 'txtApiPassword', name: 'password', label: 'Password', password: true, helper: '8 to 20 characters with at least one upper-case letter, one lower-case letter, one digit and one special character.', requirement: 'Please enter a password.', attrs: 'autocomplete="new-password" maxlength="20"' })}
    ${textField({ id: 'txtApiRePassword', name: 'confirmPassword', label: 'Re-enter Password', password: true, requirement: 'Please re-enter the password.', attrs: 'autocomplete="new-password" maxlength="20"' })}
  </div>
  <div class="bx--btn-set">
    <button type="button" class="bx--btn bx--btn--secondary" id="btnExitApiUser">Exit</button>
    <button type="submit" class="bx--btn bx--btn--primary" id="btnSubmitApiUser">Submit</button>
  </div>
</form>`;
  }

  function userCredentialsPage(session: Session, createTab: boolean): string {
    const regBody = session.apiOtpVerified ? registrationForm() : otpSection(session);
    const content = `
<div class="einv-page-header">
  ${breadcrumb([
    ['Dash Board', '/dashboard'],
    ['API Registration', '/api-registration/user-credentials'],
    ['User Credentials', '/api-registration/user-credentials'],
  ])}
  <h1 class="einv-page-title">User Credentials</h1>
  <p class="einv-page-desc">API users let a GSP or your ERP call the e-Invoice APIs for GSTIN ${esc(state.gstin)}. One API user can be created for each GSP.</p>
</div>
<div data-tabs class="bx--tabs">
  <div class="bx--tabs-trigger" tabindex="0">
    <a href="javascript:void(0)" class="bx--tabs-trigger-text" tabindex="-1">${createTab ? 'Create API User' : 'API Users'}</a>
    ${ICON.chevron()}
  </div>
  <ul class="bx--tabs__nav bx--tabs__nav--hidden" role="tablist">
    <li class="bx--tabs__nav-item${createTab ? '' : ' bx--tabs__nav-item--selected'}" data-target=".tab-users" role="presentation">
      <a tabindex="${createTab ? -1 : 0}" id="tab-link-users" class="bx--tabs__nav-link" href="javascript:void(0)" role="tab" aria-controls="tab-panel-users" aria-selected="${!createTab}">API Users</a>
    </li>
    <li class="bx--tabs__nav-item${createTab ? ' bx--tabs__nav-item--selected' : ''}" data-target=".tab-create" role="presentation">
      <a tabindex="${createTab ? 0 : -1}" id="tab-link-create" class="bx--tabs__nav-link" href="javascript:void(0)" role="tab" aria-controls="tab-panel-create" aria-selected="${createTab}">Create API User</a>
    </li>
  </ul>
</div>
<div class="bx--tab-content">
  <div id="tab-panel-users" class="tab-users" role="tabpanel" aria-labelledby="tab-link-users" aria-hidden="${createTab}"${createTab ? ' hidden' : ''}>
    <div id="api-users-list">${registeredTable(`GSPs registered for GSTIN ${state.gstin}`, 'API users created for this GSTIN')}</div>
  </div>
  <div id="tab-panel-create" class="tab-create" role="tabpanel" aria-labelledby="tab-link-create" aria-hidden="${!createTab}"${createTab ? '' : ' hidden'}>
    <div class="einv-panel" id="api-reg-tile">
      <h2 class="einv-section-title">API Registration</h2>
      <div id="api-reg-body">${regBody}</div>
    </div>
  </div>
</div>`;
    const modals = modal({
      id: 'modal-confirm-submit',
      label: 'Create API User',
      heading: 'Confirm submission',
      size: 'sm',
      content: `<p>The API user <strong id="confirm-username"></strong> will be created for <strong id="confirm-gsp"></strong> on GSTIN ${esc(state.gstin)}.</p>
<p>Note the username and password now: the password cannot be viewed again. Do you want to submit?</p>`,
      footer: `<button class="bx--btn bx--btn--secondary" type="button" data-modal-close>Cancel</button>
<button class="bx--btn bx--btn--primary" type="button" id="btnConfirmSubmit" data-modal-primary-focus>Submit</button>`,
    });
    return page({
      title: 'User Credentials',
      pageId: 'user-credentials',
      session,
      gstin: state.gstin,
      current: '/api-registration/user-credentials',
      content,
      modals,
    });
  }

  function placeholderPage(session: Session, path: string): string | undefined {
    for (const group of NAV) {
      for (const leaf of group.items ?? []) {
        if (leaf.href !== path) continue;
        const content = `
<div class="einv-page-header">
  ${breadcrumb([
    ['Dash Board', '/dashboard'],
    [group.label, path],
    [leaf.label, path],
  ])}
  <h1 class="einv-page-title">${esc(leaf.label)}</h1>
</div>
<div class="bx--tile"><p class="einv-tile-title">No records found</p><p class="einv-tile-note">There is nothing to show here for GSTIN ${esc(state.gstin)} yet.</p></div>`;
        return page({
          title: leaf.label,
          pageId: 'placeholder',
          session,
          gstin: state.gstin,
          current: path,
          content,
        });
      }
    }
    if (path === '/profile') {
      const content = `<div class="einv-page-header">${breadcrumb([
        ['Dash Board', '/dashboard'],
        ['My profile', '/profile'],
      ])}<h1 class="einv-page-title">My profile</h1></div>
<div class="bx--tile"><p class="einv-tile-title">${esc(LEGAL_NAME)}</p><p class="einv-tile-note">GSTIN ${esc(state.gstin)} · Registered mobile ${MASKED_MOBILE}</p></div>`;
      return page({ title: 'My profile', pageId: 'placeholder', session, gstin: state.gstin, content });
    }
    return undefined;
  }

  function publicInfoPage(session: Session | undefined, title: string): string {
    const content = `<div class="einv-page-header"><h1 class="einv-page-title">${esc(title)}</h1>
<p class="einv-page-desc">For help with the e-Invoice System, see the user manuals and FAQs, or raise a ticket on the GST self-service portal.</p></div>`;
    return page({ title, pageId: 'info', session, gstin: state.gstin, content });
  }

  // ----- API handlers -----
  function takeExpiry(stage: CarbonR12Expiry, session: Session): boolean {
    if (expiryPending !== stage) return false;
    expiryPending = undefined;
    sessions.delete(session.id);
    state.expired.push(stage);
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    const { session, stale } = sessionOf(req);
    const signedIn = session?.stage === 'in' ? session : undefined;

    if (method === 'GET' && path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (method === 'GET' && path === '/captcha.svg') {
      send(res, 200, captchaSvg(), 'image/svg+xml');
      return;
    }
    if (method === 'GET' && path === '/') {
      send(res, 200, homePage(session));
      return;
    }
    if (method === 'GET' && (path === '/help' || path === '/contact')) {
      send(res, 200, publicInfoPage(session, path === '/help' ? 'Help' : 'Contact Us'));
      return;
    }

    // ----- login -----
    if (path === '/login' && method === 'GET') {
      if (signedIn) {
        redirect(res, '/dashboard');
        return;
      }
      let note = '';
      if (url.searchParams.get('expired') === '1') {
        note = inlineNote(
          'warning',
          'Session expired',
          'Your session has expired. Please log in again to continue.',
        );
      } else if (url.searchParams.get('logout') === '1') {
        note = inlineNote('success', 'Logged out', 'You have been logged out successfully.');
      }
      send(res, 200, loginPage({ note }));
      return;
    }
    if (path === '/login' && method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      const username = (form.get('username') ?? '').trim();
      const password = form.get('password') ?? '';
      const captcha = (form.get('captcha') ?? '').trim();
      await sleep(150);
      if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        send(
          res,
          200,
          loginPage({
            username,
            note: inlineNote(
              'error',
              'Invalid Captcha',
              'The characters you entered do not match the image. Please try again.',
            ),
            captchaInvalid: 'Invalid captcha. Enter the characters shown in the image.',
          }),
        );
        return;
      }
      if (
        username.toLowerCase() !== CARBON_R12_LOGIN.username.toLowerCase() ||
        password !== CARBON_R12_LOGIN.password
      ) {
        state.refusals.push('login');
        send(
          res,
          200,
          loginPage({
            username,
            note: inlineNote(
              'error',
              'Invalid Login Credentials',
              'The username or password you entered is incorrect. Please check and try again.',
            ),
          }),
        );
        return;
      }
      if (session) sessions.delete(session.id);
      const fresh = newSession(CARBON_R12_LOGIN.username);
      res.writeHead(303, {
        Location: '/login/otp',
        'Set-Cookie': sessionCookie(fresh.id),
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }
    if (path === '/login/otp' && method === 'GET') {
      if (signedIn) {
        redirect(res, '/dashboard');
        return;
      }
      if (!session) {
        redirect(res, stale ? '/login?expired=1' : '/login');
        return;
      }
      send(res, 200, loginOtpPage(session));
      return;
    }
    if (path === '/logout') {
      if (session) sessions.delete(session.id);
      redirect(res, '/login?logout=1', { 'Set-Cookie': clearCookie });
      return;
    }

    // ----- JSON API -----
    if (path.startsWith('/api/')) {
      if (path === '/api/auth/otp' || path === '/api/auth/otp/resend') {
        if (method !== 'POST') {
          json(res, 405, { message: 'Method not allowed.' });
          return;
        }
        if (session?.stage !== 'otp') {
          json(res, 401, expiredJson);
          return;
        }
        if (req.headers['x-csrf-token'] !== session.csrf) {
          json(res, 403, {
            title: 'Request rejected',
            message: 'Invalid request token. Please reload the page.',
          });
          return;
        }
        const body = await readJson(req);
        await sleep(200);
        if (path === '/api/auth/otp/resend') {
          json(res, 200, { ok: true, message: `A new OTP has been sent to ${MASKED_MOBILE}.` });
          return;
        }
        if (str(body.otp).trim() !== state.loginOtp) {
          state.refusals.push('login-otp');
          json(res, 400, {
            title: 'Invalid OTP',
            message: 'The OTP you entered is incorrect or has expired. Please try again.',
          });
          return;
        }
        session.stage = 'in';
        session.notices = true;
        session.csrf = token();
        json(res, 200, { ok: true, redirect: '/dashboard' });
        return;
      }

      if (!signedIn) {
        json(res, 401, expiredJson);
        return;
      }
      if (method !== 'GET' && req.headers['x-csrf-token'] !== signedIn.csrf) {
        json(res, 403, {
          title: 'Request rejected',
          message: 'Invalid request token. Please reload the page.',
        });
        return;
      }

      if (path === '/api/profile/technical-contact') {
        if (method === 'GET') {
          await sleep(120);
          json(res, 200, signedIn.contact);
          return;
        }
        const body = await readJson(req);
        await sleep(150);
        const name = str(body.name).trim();
        const mobile = str(body.mobile).trim();
        const email = str(body.email).trim();
        if (!name || !mobile || !email) {
          json(res, 400, { title: 'Not saved', message: 'Name, mobile number and e-mail are required.' });
          return;
        }
        signedIn.contact = { name, mobile, email };
        json(res, 200, { ok: true });
        return;
      }

      if (path === '/api/api-registration/otp/send' && method === 'POST') {
        if (takeExpiry('api-otp-send', signedIn)) {
          json(res, 401, expiredJson);
          return;
        }
        await sleep(350);
        signedIn.apiOtpSent = true;
        json(res, 200, {
          ok: true,
          message: `An OTP has been sent to your registered mobile number ${MASKED_MOBILE}. It is valid for 10 minutes.`,
        });
        return;
      }

      if (path === '/api/api-registration/otp/verify' && method === 'POST') {
        if (takeExpiry('api-otp-verify', signedIn)) {
          json(res, 401, expiredJson);
          return;
        }
        const body = await readJson(req);
        await sleep(300);
        if (!signedIn.apiOtpSent) {
          json(res, 400, { title: 'OTP not sent', message: 'Please click Send OTP first.' });
          return;
        }
        if (str(body.otp).trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          json(res, 400, {
            title: 'Invalid OTP',
            message:
              'The OTP entered is not valid. Please enter the OTP sent to your registered mobile number.',
          });
          return;
        }
        signedIn.apiOtpVerified = true;
        json(res, 200, { ok: true, html: registrationForm() });
        return;
      }

      if (path === '/api/api-registration/users' && method === 'POST') {
        if (takeExpiry('submit', signedIn)) {
          json(res, 401, expiredJson);
          return;
        }
        const body = await readJson(req);
        await sleep(400);
        if (!signedIn.apiOtpVerified) {
          json(res, 403, {
            title: 'OTP not verified',
            message: 'Please verify the OTP sent to your registered mobile number first.',
          });
          return;
        }
        if (str(body.mode) !== 'gsp') {
          json(res, 400, {
            title: 'Option not enabled',
            message: 'Only registration through a GSP is enabled for this GSTIN.',
          });
          return;
        }
        const gsp = GSPS.find((g) => g === str(body.gsp));
        if (!gsp) {
          json(res, 400, {
            title: 'Select your GSP',
            message: 'Please select your GSP from the list.',
            field: 'gsp',
          });
          return;
        }
        let typed = str(body.username).trim();
        if (/^api_/i.test(typed)) typed = typed.slice(4);
        if (!/^[A-Za-z0-9._-]{3,30}$/.test(typed)) {
          json(res, 400, {
            title: 'Invalid username',
            message: 'Use 3 to 30 letters, digits, dot, hyphen or underscore.',
            field: 'username',
          });
          return;
        }
        const password = str(body.password);
        if (
          password.length < 8 ||
          password.length > 20 ||
          !/[A-Z]/.test(password) ||
          !/[a-z]/.test(password) ||
          !/[0-9]/.test(password) ||
          !/[^A-Za-z0-9]/.test(password)
        ) {
          json(res, 400, {
            title: 'Invalid password',
            message:
              'The password must have 8 to 20 characters with an upper-case letter, a lower-case letter, a digit and a special character.',
          });
          return;
        }
        if (password !== str(body.confirmPassword)) {
          json(res, 400, {
            title: 'Passwords do not match',
            message: 'Password and Re-enter Password must be the same.',
          });
          return;
        }
        const username = `API_${typed}`;
        if (registeredRows().some((r) => r.gsp === gsp)) {
          state.refusals.push('duplicate');
          json(res, 409, {
            title: 'Already registered',
            message: `GSTIN ${state.gstin} is already registered with ${gsp}. Only one API user can be created for each GSP.`,
          });
          return;
        }
        const lower = username.toLowerCase();
        const taken =
          RESERVED_USERNAMES.includes(lower) ||
          ON_FILE.some((r) => r.username.toLowerCase() === lower) ||
          state.users.some((u) => u.username.toLowerCase() === lower);
        if (taken) {
          state.refusals.push('username-taken');
          json(res, 409, {
            title: 'Username not available',
            message: `The username ${username} already exists. Please choose a different username.`,
            field: 'username',
          });
          return;
        }
        const createdOn = new Date().toISOString();
        state.users.push({ gstin: state.gstin, gsp, username, password, createdOn });
        signedIn.apiOtpVerified = false;
        signedIn.apiOtpSent = false;
        const html = `${inlineNote(
          'success',
          'API user created',
          `API user ${username} has been created successfully for ${gsp}. Share the username and password only with your GSP.`,
        )}
${registeredTable(`GSPs registered for GSTIN ${state.gstin}`, 'API users created for this GSTIN')}`;
        json(res, 200, {
          ok: true,
          username,
          gsp,
          html,
          listHtml: registeredTable(
            `GSPs registered for GSTIN ${state.gstin}`,
            'API users created for this GSTIN',
          ),
        });
        return;
      }

      json(res, 404, { title: 'Not found', message: 'The requested service does not exist.' });
      return;
    }

    // ----- signed-in pages -----
    if (method === 'GET') {
      const knownPage =
        path === '/dashboard' ||
        path === '/api-registration/user-credentials' ||
        path === '/profile' ||
        NAV.some((g) => (g.items ?? []).some((l) => l.href === path));
      if (knownPage && !signedIn) {
        redirect(res, stale || session ? '/login?expired=1' : '/login');
        return;
      }
      if (signedIn && path === '/dashboard') {
        const notices = signedIn.notices;
        signedIn.notices = false;
        send(res, 200, dashboardPage(signedIn, notices));
        return;
      }
      if (signedIn && path === '/api-registration/user-credentials') {
        send(res, 200, userCredentialsPage(signedIn, url.searchParams.get('tab') === 'create'));
        return;
      }
      if (signedIn) {
        const html = placeholderPage(signedIn, path);
        if (html) {
          send(res, 200, html);
          return;
        }
      }
    }
    send(
      res,
      404,
      page({
        title: 'Page not found',
        pageId: 'not-found',
        session,
        gstin: state.gstin,
        content: `<h1 class="einv-page-title">Page not found</h1><p class="einv-page-desc">The page you requested does not exist. <a class="bx--link" href="/">Go to the home page</a></p>`,
      }),
    );
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { title: 'Server error', message: String(error) });
      else res.end();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }),
  };
}
