/**
 * Rendition r15-ux4g: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2023-2024 Government of India portal built on
 * UX4G (the Bootstrap-5.3-based design system of the Government of India) with vanilla JavaScript and
 * fetch(). Every line of markup, style and script is written here: a hand-made subset of Bootstrap 5.3's
 * CSS with UX4G's look (`body.ux4g`, a GIGW strip `div.gov-header`, `ux4g-*` helper classes), and a small
 * runtime that reproduces Bootstrap 5.3's collapse (`.collapsing`, 350 ms height transition), modal
 * (`.modal-backdrop` appended to body, 150 ms fade, then the dialog's 300 ms slide), offcanvas (`.showing`
 * / `.hiding`, `.offcanvas-backdrop` appended to body), toast (`.showing`, autohide) and dismissible
 * alerts, wired by `data-bs-toggle` / `data-bs-dismiss` attributes. No library files, no icon fonts (icons
 * are small inline SVGs), no network.
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - Home `/` (a signed-in session is sent to `/Home/MainMenu`): GIGW strip (Government of India, Skip to
 *   main content, A- A A+, a language select), `header.navbar.navbar-expand-lg` with the emblem and
 *   "e-Invoice System", a hero, "What's New", and a footer (Website Policies, Help, Last Updated).
 *   "Login" in the navbar is `a.btn.btn-primary[data-bs-toggle=offcanvas]` that opens the right-hand
 *   offcanvas "Login": floating-label Username, Password, a captcha picture (`/get-captcha-image`, an SVG
 *   of strokes, no text, fresh noise each time; compared case-insensitively) with a refresh button, "Enter
 *   Captcha", and "Login". Empty fields: `form.was-validated` and "Please enter ...". The captcha is
 *   checked first ("Invalid Captcha. Please enter the characters shown in the image."), then the
 *   credentials ("Invalid Login Credentials. Please check your username and password."), both as red
 *   toasts; the captcha box is emptied and the picture redrawn. Username is case-insensitive.
 * - 2FA: the offcanvas body is replaced by "Two-Factor Authentication", "Enter the OTP sent to your
 *   registered mobile number XXXXXX7310", one floating input "OTP" and "Verify" (plus "Resend OTP" after
 *   a 30 s countdown and "Back to Login"). Wrong: red toast "Invalid OTP. Please enter the correct OTP
 *   sent to your registered mobile number.", the box emptied, retries unlimited. Right: green toast and
 *   `location.href = '/Home/MainMenu'`.
 * - Dashboard `/Home/MainMenu`, heading "Dash Board", cards "Generations" and "Cancelled". 800 ms after
 *   load the modal "Important Notice" (static backdrop, header × `button.btn-close` with aria-label Close,
 *   footer "I Understand") opens on each dashboard load until "I Understand" is pressed once in the
 *   session (the × only closes it for that view); it is dismissed by Bootstrap's `data-bs-dismiss`, and
 *   its backdrop leaves 150 ms after the dialog. A cookie bar
 *   ("This website uses cookies…", "Accept", "Reject") sits fixed at the bottom of every page, not modal,
 *   until one is pressed (a client cookie remembers the choice).
 * - Left menu `div.accordion.accordion-flush#sideMenu` (groups close each other through
 *   `data-bs-parent`): a "Dash Board" link, then e-Invoice; API Registration (User Credentials → Create
 *   API User, Change API Password; IP Whitelisting; Freeze API User); MIS Reports; User Management. A group
 *   holding the current page is open. Leaves other than Dash Board and Create API User are placeholder
 *   pages ("No records found.").
 * - Create API User `/ApiRegistration/CreateApiUser`: card "API Registration", GSTIN, "Send OTP" (POST
 *   `/ApiRegistration/SendOtp`); then "OTP has been sent ..." and "Enter OTP" as six UX4G OTP boxes
 *   (`div.otp-input-group > input.form-control.otp-box[maxlength=1]`, aria-label "Digit 1".."Digit 6", moving
 *   on input, Backspace back, paste spreading; as with the real widget, a programmatic fill of all six
 *   digits into one box keeps only the first, maxlength wins). Each visit of the page needs a new OTP.
 *   "Verify OTP", "Resend OTP" after 30 s. Wrong: red toast "Invalid OTP. Please enter the valid OTP sent to
 *   your registered mobile number.", the boxes emptied. Right: green toast, the OTP part hidden, the form
 *   shown.
 * - Form (`form.needs-validation`, HTML5 validation, `.was-validated` on Submit): "Do you wish to Register
 *   your GSTIN for" as `div.form-check.form-check-inline` radios Directly / Through GSP / Through ERP /
 *   Through Client-Id of other; "Select your GSP" is a native `select.form-select`, disabled with one
 *   option "Loading…" until "Through GSP" is chosen, then filled by GET `/ApiRegistration/GetGspList`
 *   (first option "Select your GSP", 24 names); the other radios leave it disabled and show an
 *   `.alert-info` that the option is not enabled for this GSTIN. "Username" is an input-group with the
 *   prefix `API_` (3 to 30 letters, digits, '_', '.', '-'); "Password" and "Re-enter Password" (8 to 15
 *   characters with upper, lower, digit and special character; the second must match). "Submit" and "Exit"
 *   (back to the dashboard). Submit, when valid, opens the modal "Confirm" ("Do you want to create the API
 *   user API_x for <GSP>?") with "Cancel" and "Proceed".
 * - Refusals after Proceed, as red toasts: "GSTIN <gstin> is already registered with <GSP>." (duplicate: a
 *   registration with Tera Software Limited is on file, or any made here) and "Username API_x is already
 *   in use. Please choose a different username." (username-taken: API_admin, API_test, API_demo or any on
 *   file, case-insensitively).
 * - Success: the form is replaced by `div.alert.alert-success` with a check icon ("API user API_x has been
 *   created successfully for <GSP>. ...") and a `table.table.table-bordered` "GSPs registered for GSTIN
 *   <gstin>" (Sl. No., GSP Name, API User Name, Created On, Status), plus a green toast.
 * - Sessions: cookie `EINV.SID` (HttpOnly, SameSite=Lax) naming server-side state, made at the login
 *   POST. A page GET without a live session is a 302 to `/` (to `/?session=expired` when the cookie names
 *   a session that is gone). Signed-in POSTs carry the page's `meta[name=csrf-token]` as the header
 *   `RequestVerificationToken`. A fetch without a session gets 401 JSON; the page shows a red toast "Session
 *   expired. Please login again." and 1.5 s later sets `location.href = '/?session=expired'`, where the
 *   home page shows a dismissible `div.alert.alert-warning` with the same words above the hero.
 * - expireOnce: the first request of that stage (SendOtp, VerifyOtp, or the CreateApiUser POST) deletes
 *   the server session first, so it answers 401 as any lost session does.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Ux4gR15Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface Ux4gR15Options {
  expireOnce?: Ux4gR15Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface Ux4gR15State {
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

export interface Ux4gR15Rendition {
  url: string;
  close(): Promise<void>;
  state: Ux4gR15State;
}

export const UX4G_R15_LOGIN: { username: string; password: string } = {
  username: 'gstux4gtax',
  password: 'Ux4g@Login15',
};

const LEGAL_NAME = 'M/s SHREE GANESH TRADING COMPANY';
const MOBILE_MASKED = 'XXXXXX7310';
const LAST_UPDATED = '14-03-2024';

const GSPS: readonly string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'Masters India Private Limited',
  'Mastek Limited',
  'NSDL e-Governance Infrastructure Limited',
  'Quadrobay Technologies Private Limited',
  'Reliance Corporate IT Park Limited',
  'SAG Infotech Private Limited',
  'Spectrum Info Solutions Private Limited',
  'Taxilla IT Solutions Private Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wep Digital Services Limited',
];

/** Registrations made before this rendition started (shown in the table, never in `state.users`). */
const ON_FILE = [
  { gsp: 'Tera Software Limited', username: 'API_terasoft27', createdOn: '12/07/2023 11:42:05' },
];
const TAKEN_USERNAMES = ['api_admin', 'api_test', 'api_demo'];
const USERNAME_RULE = /^[A-Za-z0-9_.-]{3,30}$/;
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function stamp(date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

// ---------------------------------------------------------------------------------------------------
// Captcha: strokes on a 4 x 6 grid, drawn as SVG polylines (no text anywhere in the picture).
// ---------------------------------------------------------------------------------------------------

const O_SHAPE = '1 0 3 0 4 1 4 5 3 6 1 6 0 5 0 1 1 0';
const P_SHAPE = '0 6 0 0 3 0 4 1 4 2 3 3 0 3';
const GLYPHS: Record<string, string[]> = {
  '0': [O_SHAPE, '0.5 5 3.5 1'],
  '1': ['1 1 2 0 2 6', '1 6 3 6'],
  '2': ['0 1 1 0 3 0 4 1 4 2 0 6 4 6'],
  '3': ['0 0 4 0 2 2.5 3 2.5 4 3.5 4 5 3 6 1 6 0 5'],
  '4': ['3 6 3 0 0 4 4 4'],
  '5': ['4 0 0 0 0 3 3 3 4 4 4 5 3 6 0 6'],
  '6': ['3 0 1 0 0 1 0 5 1 6 3 6 4 5 4 4 3 3 0 3'],
  '7': ['0 0 4 0 1 6'],
  '8': ['1 0 3 0 4 1 4 2 3 3 1 3 0 4 0 5 1 6 3 6 4 5 4 4 3 3', '1 3 0 2 0 1 1 0'],
  '9': ['4 3 1 3 0 2 0 1 1 0 3 0 4 1 4 5 3 6 1 6'],
  A: ['0 6 2 0 4 6', '1 3.5 3 3.5'],
  B: ['0 0 0 6 3 6 4 5 4 4 3 3 0 3', '0 0 3 0 4 1 4 2 3 3'],
  C: ['4 1 3 0 1 0 0 1 0 5 1 6 3 6 4 5'],
  D: ['0 0 0 6 2.5 6 4 4.5 4 1.5 2.5 0 0 0'],
  E: ['4 0 0 0 0 6 4 6', '0 3 3 3'],
  F: ['4 0 0 0 0 6', '0 3 3 3'],
  G: ['4 1 3 0 1 0 0 1 0 5 1 6 3 6 4 5 4 3 2 3'],
  H: ['0 0 0 6', '4 0 4 6', '0 3 4 3'],
  I: ['1 0 3 0', '2 0 2 6', '1 6 3 6'],
  J: ['1 0 4 0', '3 0 3 5 2 6 1 6 0 5'],
  K: ['0 0 0 6', '4 0 0 3.5', '1.5 2.5 4 6'],
  L: ['0 0 0 6 4 6'],
  M: ['0 6 0 0 2 3 4 0 4 6'],
  N: ['0 6 0 0 4 6 4 0'],
  O: [O_SHAPE],
  P: [P_SHAPE],
  Q: [O_SHAPE, '2.5 4.5 4 6.3'],
  R: [P_SHAPE, '2 3 4 6'],
  S: ['4 1 3 0 1 0 0 1 0 2 1 3 3 3 4 4 4 5 3 6 1 6 0 5'],
  T: ['0 0 4 0', '2 0 2 6'],
  U: ['0 0 0 5 1 6 3 6 4 5 4 0'],
  V: ['0 0 2 6 4 0'],
  W: ['0 0 1 6 2 3 3 6 4 0'],
  X: ['0 0 4 6', '4 0 0 6'],
  Y: ['0 0 2 3 4 0', '2 3 2 6'],
  Z: ['0 0 4 0 0 6 4 6'],
};

function rnd(min: number, max: number): number {
  return min + Math.random() * (max - min);
}

function captchaSvg(text: string): string {
  const chars = [...text.toUpperCase()];
  const width = Math.max(150, 24 + chars.length * 26);
  const height = 50;
  const palette = ['#1d3557', '#6a040f', '#2b2d42', '#264653', '#5a189a', '#7f5539'];
  const parts: string[] = [];
  for (let i = 0; i < 7; i++) {
    parts.push(
      `<line x1="${rnd(0, width).toFixed(1)}" y1="${rnd(0, height).toFixed(1)}" x2="${rnd(0, width).toFixed(1)}" y2="${rnd(0, height).toFixed(1)}" stroke="#${Math.floor(rnd(0x888888, 0xcccccc)).toString(16)}" stroke-width="${rnd(0.6, 1.6).toFixed(2)}"/>`,
    );
  }
  for (let i = 0; i < 40; i++) {
    parts.push(
      `<circle cx="${rnd(0, width).toFixed(1)}" cy="${rnd(0, height).toFixed(1)}" r="${rnd(0.4, 1.3).toFixed(2)}" fill="#9aa0a6"/>`,
    );
  }
  chars.forEach((ch, i) => {
    const strokes = GLYPHS[ch] ?? [];
    const x = 14 + i * 26 + rnd(-2, 2);
    const y = 10 + rnd(-3, 3);
    const angle = rnd(-14, 14).toFixed(1);
    const color = palette[Math.floor(rnd(0, palette.length))] ?? '#1d3557';
    const lines = strokes
      .map((points) => {
        const nums = points.split(' ').map(Number);
        const scaled = nums.map((n, k) => (k % 2 === 0 ? n * 4.6 : n * 5).toFixed(1)).join(' ');
        return `<polyline points="${scaled}"/>`;
      })
      .join('');
    parts.push(
      `<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) rotate(${angle} 9 15)" fill="none" stroke="${color}" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round">${lines}</g>`,
    );
  });
  for (let i = 0; i < 3; i++) {
    const y0 = rnd(10, 40).toFixed(1);
    parts.push(
      `<path d="M0 ${y0} C ${rnd(30, 60).toFixed(1)} ${rnd(0, 50).toFixed(1)}, ${rnd(80, 110).toFixed(1)} ${rnd(0, 50).toFixed(1)}, ${width} ${rnd(10, 40).toFixed(1)}" fill="none" stroke="#8d99ae" stroke-width="0.9"/>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#eef2f7"/>${parts.join('')}</svg>`;
}

/** The national emblem, a small hand-drawn stand-in (served as /assets/images/emblem.svg). */
const EMBLEM_SVG = `<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="48" height="72" viewBox="0 0 48 72"><g fill="#1a1a1a"><path d="M24 4c-5 0-8 4-8 8 0 3 1 5 3 6-4 1-7 4-7 9v9h24v-9c0-5-3-8-7-9 2-1 3-3 3-6 0-4-3-8-8-8z"/><path d="M8 20c-3 1-5 4-5 8v8h9v-9c0-3-1-5-4-7zM40 20c3 1 5 4 5 8v8h-9v-9c0-3 1-5 4-7z"/><rect x="4" y="38" width="40" height="5" rx="1"/><circle cx="24" cy="50" r="5" fill="none" stroke="#1a1a1a" stroke-width="1.6"/><rect x="6" y="46" width="10" height="8"/><rect x="32" y="46" width="10" height="8"/><rect x="4" y="56" width="40" height="3"/></g><text x="24" y="69" font-size="6" text-anchor="middle" font-family="serif" fill="#1a1a1a">सत्यमेव जयते</text></svg>`;

// ---------------------------------------------------------------------------------------------------
// CSS: the part of Bootstrap 5.3 this site uses, with UX4G's theme on top.
// ---------------------------------------------------------------------------------------------------

const CLOSE_ICON =
  "url(\"data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='%23000'%3e%3cpath d='M.293.293a1 1 0 0 1 1.414 0L8 6.586 14.293.293a1 1 0 1 1 1.414 1.414L9.414 8l6.293 6.293a1 1 0 0 1-1.414 1.414L8 9.414l-6.293 6.293a1 1 0 0 1-1.414-1.414L6.586 8 .293 1.707a1 1 0 0 1 0-1.414z'/%3e%3c/svg%3e\")";
const CHEVRON_ICON =
  "url(\"data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='%23212529' stroke-linecap='round' stroke-linejoin='round'%3e%3cpath d='M2 5L8 11L14 5'/%3e%3c/svg%3e\")";
const SELECT_ICON =
  "url(\"data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3e%3cpath fill='none' stroke='%23343a40' stroke-linecap='round' stroke-linejoin='round' stroke-width='2' d='m2 5 6 6 6-6'/%3e%3c/svg%3e\")";
const INVALID_ICON =
  "url(\"data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 12 12' width='12' height='12' fill='none' stroke='%23dc3545'%3e%3ccircle cx='6' cy='6' r='4.5'/%3e%3cpath stroke-linejoin='round' d='M5.8 3.6h.4L6 6.5z'/%3e%3ccircle cx='6' cy='8.2' r='.6' fill='%23dc3545' stroke='none'/%3e%3c/svg%3e\")";
const RADIO_ICON =
  "url(\"data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='-4 -4 8 8'%3e%3ccircle r='2' fill='%23fff'/%3e%3c/svg%3e\")";

function utilityCss(): string {
  const sizes = ['0', '.25rem', '.5rem', '1rem', '1.5rem', '3rem'];
  const out: string[] = [];
  sizes.forEach((size, n) => {
    out.push(`.m-${n}{margin:${size}!important}.p-${n}{padding:${size}!important}`);
    out.push(`.mt-${n}{margin-top:${size}!important}.mb-${n}{margin-bottom:${size}!important}`);
    out.push(`.ms-${n}{margin-left:${size}!important}.me-${n}{margin-right:${size}!important}`);
    out.push(`.mx-${n}{margin-left:${size}!important;margin-right:${size}!important}`);
    out.push(`.my-${n}{margin-top:${size}!important;margin-bottom:${size}!important}`);
    out.push(`.pt-${n}{padding-top:${size}!important}.pb-${n}{padding-bottom:${size}!important}`);
    out.push(`.ps-${n}{padding-left:${size}!important}.pe-${n}{padding-right:${size}!important}`);
    out.push(`.px-${n}{padding-left:${size}!important;padding-right:${size}!important}`);
    out.push(`.py-${n}{padding-top:${size}!important;padding-bottom:${size}!important}`);
    out.push(`.gap-${n}{gap:${size}!important}.g-${n}{--bs-gutter-x:${size};--bs-gutter-y:${size}}`);
  });
  const colors: Record<string, string> = {
    primary: '#1f4e9c',
    secondary: '#6c757d',
    success: '#198754',
    danger: '#dc3545',
    warning: '#ffc107',
    info: '#0dcaf0',
    light: '#f8f9fa',
    dark: '#212529',
  };
  for (const [name, hex] of Object.entries(colors)) {
    const fg = name === 'warning' || name === 'info' || name === 'light' ? '#000' : '#fff';
    out.push(`.text-bg-${name}{color:${fg}!important;background-color:${hex}!important}`);
    out.push(`.bg-${name}{background-color:${hex}!important}.text-${name}{color:${hex}!important}`);
    out.push(`.border-${name}{border-color:${hex}!important}`);
  }
  return out.join('\n');
}

const BASE_CSS = `
:root{--bs-primary:#1f4e9c;--bs-primary-rgb:31,78,156;--bs-body-color:#212529;--bs-body-color-rgb:33,37,41;--bs-body-bg:#fff;--bs-border-color:#dee2e6;--bs-border-radius:.375rem;--bs-font-sans-serif:"Noto Sans","Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;--ux4g-saffron:#ff9933;--ux4g-green:#138808;--ux4g-navy:#0b2f6b}
*,*::before,*::after{box-sizing:border-box}
html{font-size:16px}
body{margin:0;font-family:var(--bs-font-sans-serif);font-size:1rem;line-height:1.5;color:var(--bs-body-color);background:var(--bs-body-bg);-webkit-text-size-adjust:100%}
h1,h2,h3,h4,h5,h6{margin-top:0;margin-bottom:.5rem;font-weight:500;line-height:1.2}
h1{font-size:2rem}h2{font-size:1.6rem}h3{font-size:1.4rem}h4{font-size:1.25rem}h5{font-size:1.1rem}h6{font-size:1rem}
p{margin-top:0;margin-bottom:1rem}ul,ol{margin-top:0;margin-bottom:1rem;padding-left:2rem}
a{color:var(--bs-primary);text-decoration:underline}a:hover{color:#163a75}
img,svg{vertical-align:middle}label{display:inline-block}button{border-radius:0}
button,input,select,textarea{margin:0;font-family:inherit;font-size:inherit;line-height:inherit}
button,select{text-transform:none}[type=button],[type=submit],button{-webkit-appearance:button}
button:not(:disabled),[type=button]:not(:disabled),[type=submit]:not(:disabled){cursor:pointer}
fieldset{min-width:0;padding:0;margin:0;border:0}legend{float:left;width:100%;padding:0;margin-bottom:.5rem;font-size:1rem;line-height:inherit}legend+*{clear:left}
table{caption-side:bottom;border-collapse:collapse}th{text-align:inherit;font-weight:600}
small,.small{font-size:.875em}.lead{font-size:1.2rem;font-weight:300}
.visually-hidden,.visually-hidden-focusable:not(:focus):not(:focus-within){position:absolute!important;width:1px!important;height:1px!important;padding:0!important;margin:-1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important;white-space:nowrap!important;border:0!important}
.container,.container-fluid{width:100%;padding-right:.75rem;padding-left:.75rem;margin-right:auto;margin-left:auto}
@media (min-width:576px){.container{max-width:540px}}@media (min-width:768px){.container{max-width:720px}}
@media (min-width:992px){.container{max-width:960px}}@media (min-width:1200px){.container{max-width:1140px}}
.row{--bs-gutter-x:1.5rem;--bs-gutter-y:0;display:flex;flex-wrap:wrap;margin-top:calc(-1 * var(--bs-gutter-y));margin-right:calc(-.5 * var(--bs-gutter-x));margin-left:calc(-.5 * var(--bs-gutter-x))}
.row>*{flex-shrink:0;width:100%;max-width:100%;padding-right:calc(var(--bs-gutter-x) * .5);padding-left:calc(var(--bs-gutter-x) * .5);margin-top:var(--bs-gutter-y)}
.col{flex:1 0 0%}.col-auto{flex:0 0 auto;width:auto}.col-12{flex:0 0 auto;width:100%}.col-6{flex:0 0 auto;width:50%}
@media (min-width:768px){.col-md-4{flex:0 0 auto;width:33.333%}.col-md-6{flex:0 0 auto;width:50%}.col-md-8{flex:0 0 auto;width:66.666%}}
@media (min-width:992px){.col-lg-3{flex:0 0 auto;width:25%}.col-lg-4{flex:0 0 auto;width:33.333%}.col-lg-5{flex:0 0 auto;width:41.666%}.col-lg-6{flex:0 0 auto;width:50%}.col-lg-7{flex:0 0 auto;width:58.333%}.col-lg-8{flex:0 0 auto;width:66.666%}.col-lg-9{flex:0 0 auto;width:75%}}
@media (min-width:1200px){.col-xl-2{flex:0 0 auto;width:16.666%}.col-xl-10{flex:0 0 auto;width:83.333%}}
.d-none{display:none!important}.d-block{display:block!important}.d-flex{display:flex!important}.d-inline-flex{display:inline-flex!important}.d-inline-block{display:inline-block!important}
.flex-column{flex-direction:column!important}.flex-wrap{flex-wrap:wrap!important}.flex-grow-1{flex-grow:1!important}.flex-shrink-0{flex-shrink:0!important}
.align-items-center{align-items:center!important}.align-items-start{align-items:flex-start!important}.justify-content-between{justify-content:space-between!important}.justify-content-end{justify-content:flex-end!important}.justify-content-center{justify-content:center!important}
.ms-auto{margin-left:auto!important}.me-auto{margin-right:auto!important}.m-auto{margin:auto!important}
.w-100{width:100%!important}.h-100{height:100%!important}.min-vh-100{min-height:100vh!important}
.position-fixed{position:fixed!important}.position-relative{position:relative!important}.position-absolute{position:absolute!important}
.top-0{top:0!important}.bottom-0{bottom:0!important}.start-0{left:0!important}.end-0{right:0!important}
.text-center{text-align:center!important}.text-end{text-align:right!important}.text-start{text-align:left!important}.text-white{color:#fff!important}.text-muted,.text-body-secondary{color:#6c757d!important}.text-nowrap{white-space:nowrap!important}.text-uppercase{text-transform:uppercase!important}.text-decoration-none{text-decoration:none!important}
.fw-bold{font-weight:700!important}.fw-semibold{font-weight:600!important}.fw-normal{font-weight:400!important}.fs-4{font-size:1.5rem!important}.fs-6{font-size:1rem!important}.small{font-size:.875em}
.border{border:1px solid var(--bs-border-color)!important}.border-0{border:0!important}.border-bottom{border-bottom:1px solid var(--bs-border-color)!important}.border-top{border-top:1px solid var(--bs-border-color)!important}.border-end{border-right:1px solid var(--bs-border-color)!important}.border-start{border-left:1px solid var(--bs-border-color)!important}
.rounded{border-radius:var(--bs-border-radius)!important}.rounded-3{border-radius:.5rem!important}.shadow-sm{box-shadow:0 .125rem .25rem rgba(0,0,0,.075)!important}.shadow{box-shadow:0 .5rem 1rem rgba(0,0,0,.15)!important}
.bg-white{background-color:#fff!important}.bg-body-tertiary{background-color:#f8f9fa!important}.opacity-75{opacity:.75!important}
.fade{transition:opacity .15s linear}.fade:not(.show){opacity:0}
.collapse:not(.show){display:none}.collapsing{height:0;overflow:hidden;transition:height .35s ease}
`;

const COMPONENT_CSS = `
.btn{--bs-btn-padding-x:.75rem;--bs-btn-padding-y:.375rem;display:inline-block;padding:var(--bs-btn-padding-y) var(--bs-btn-padding-x);font-size:1rem;font-weight:500;line-height:1.5;color:var(--bs-btn-color,#212529);text-align:center;text-decoration:none;vertical-align:middle;cursor:pointer;user-select:none;border:1px solid var(--bs-btn-border-color,transparent);border-radius:var(--bs-border-radius);background-color:var(--bs-btn-bg,transparent);transition:color .15s ease-in-out,background-color .15s ease-in-out,border-color .15s ease-in-out,box-shadow .15s ease-in-out}
.btn:hover{color:var(--bs-btn-hover-color,var(--bs-btn-color));background-color:var(--bs-btn-hover-bg,var(--bs-btn-bg));border-color:var(--bs-btn-hover-border-color,var(--bs-btn-border-color))}
.btn:focus-visible{outline:0;box-shadow:0 0 0 .25rem rgba(31,78,156,.35)}
.btn:disabled,.btn.disabled{pointer-events:none;opacity:.65}
.btn-primary{--bs-btn-color:#fff;--bs-btn-bg:#1f4e9c;--bs-btn-border-color:#1f4e9c;--bs-btn-hover-bg:#1a4285;--bs-btn-hover-border-color:#183e7d;--bs-btn-hover-color:#fff}
.btn-secondary{--bs-btn-color:#fff;--bs-btn-bg:#6c757d;--bs-btn-border-color:#6c757d;--bs-btn-hover-bg:#5c636a;--bs-btn-hover-color:#fff}
.btn-success{--bs-btn-color:#fff;--bs-btn-bg:#198754;--bs-btn-border-color:#198754;--bs-btn-hover-bg:#157347;--bs-btn-hover-color:#fff}
.btn-danger{--bs-btn-color:#fff;--bs-btn-bg:#dc3545;--bs-btn-border-color:#dc3545;--bs-btn-hover-bg:#bb2d3b;--bs-btn-hover-color:#fff}
.btn-outline-primary{--bs-btn-color:#1f4e9c;--bs-btn-border-color:#1f4e9c;--bs-btn-hover-color:#fff;--bs-btn-hover-bg:#1f4e9c}
.btn-outline-secondary{--bs-btn-color:#6c757d;--bs-btn-border-color:#6c757d;--bs-btn-hover-color:#fff;--bs-btn-hover-bg:#6c757d}
.btn-outline-light{--bs-btn-color:#f8f9fa;--bs-btn-border-color:#f8f9fa;--bs-btn-hover-color:#000;--bs-btn-hover-bg:#f8f9fa}
.btn-outline-danger{--bs-btn-color:#dc3545;--bs-btn-border-color:#dc3545;--bs-btn-hover-color:#fff;--bs-btn-hover-bg:#dc3545}
.btn-light{--bs-btn-color:#000;--bs-btn-bg:#f8f9fa;--bs-btn-border-color:#f8f9fa;--bs-btn-hover-bg:#e2e6ea}
.btn-link{--bs-btn-color:#1f4e9c;text-decoration:underline;font-weight:400}.btn-link:hover{--bs-btn-color:#163a75}
.btn-sm{--bs-btn-padding-y:.25rem;--bs-btn-padding-x:.5rem;font-size:.875rem}
.btn-lg{--bs-btn-padding-y:.5rem;--bs-btn-padding-x:1rem;font-size:1.25rem}
.btn-close{box-sizing:content-box;width:1em;height:1em;padding:.25em;color:#000;background:transparent ${CLOSE_ICON} center/1em auto no-repeat;border:0;border-radius:.375rem;opacity:.5;cursor:pointer}
.btn-close:hover{opacity:.75}.btn-close:focus{outline:0;box-shadow:0 0 0 .25rem rgba(31,78,156,.25);opacity:1}
.btn-close-white{filter:invert(1) grayscale(100%) brightness(200%)}
.form-label{margin-bottom:.5rem;font-weight:500}.form-text{margin-top:.25rem;font-size:.875em;color:#6c757d}
.required::after{content:" *";color:#dc3545}
.form-control,.form-select{display:block;width:100%;padding:.375rem .75rem;font-size:1rem;font-weight:400;line-height:1.5;color:#212529;background-color:#fff;background-clip:padding-box;border:1px solid #ced4da;border-radius:var(--bs-border-radius);transition:border-color .15s ease-in-out,box-shadow .15s ease-in-out;appearance:none}
.form-control:focus,.form-select:focus{color:#212529;background-color:#fff;border-color:#8fa7ce;outline:0;box-shadow:0 0 0 .25rem rgba(31,78,156,.25)}
.form-control:disabled,.form-select:disabled,.form-control[readonly]{background-color:#e9ecef;opacity:1}
.form-control::placeholder{color:#6c757d;opacity:1}
.form-select{padding-right:2.25rem;background-image:${SELECT_ICON};background-repeat:no-repeat;background-position:right .75rem center;background-size:16px 12px}
.form-floating{position:relative}
.form-floating>.form-control,.form-floating>.form-select{height:calc(3.5rem + 2px);min-height:calc(3.5rem + 2px);line-height:1.25}
.form-floating>label{position:absolute;top:0;left:0;z-index:2;height:100%;padding:1rem .75rem;overflow:hidden;text-align:start;text-overflow:ellipsis;white-space:nowrap;pointer-events:none;border:1px solid transparent;transform-origin:0 0;transition:opacity .1s ease-in-out,transform .1s ease-in-out;color:rgba(33,37,41,.75)}
.form-floating>.form-control{padding:1rem .75rem}
.form-floating>.form-control::placeholder{color:transparent}
.form-floating>.form-control:focus,.form-floating>.form-control:not(:placeholder-shown){padding-top:1.625rem;padding-bottom:.625rem}
.form-floating>.form-control:focus~label,.form-floating>.form-control:not(:placeholder-shown)~label{color:rgba(33,37,41,.65);transform:scale(.85) translateY(-.5rem) translateX(.15rem)}
.form-check{display:block;min-height:1.5rem;padding-left:1.5em;margin-bottom:.125rem}
.form-check .form-check-input{float:left;margin-left:-1.5em}
.form-check-inline{display:inline-block;margin-right:1.25rem}
.form-check-input{width:1em;height:1em;margin-top:.25em;vertical-align:top;appearance:none;background-color:#fff;background-repeat:no-repeat;background-position:center;background-size:contain;border:1px solid #adb5bd;print-color-adjust:exact}
.form-check-input[type=radio]{border-radius:50%}.form-check-input[type=checkbox]{border-radius:.25em}
.form-check-input:checked{background-color:#1f4e9c;border-color:#1f4e9c}
.form-check-input:checked[type=radio]{background-image:${RADIO_ICON}}
.form-check-input:focus{border-color:#8fa7ce;outline:0;box-shadow:0 0 0 .25rem rgba(31,78,156,.25)}
.form-check-label{cursor:pointer}
.input-group{position:relative;display:flex;flex-wrap:wrap;align-items:stretch;width:100%}
.input-group>.form-control,.input-group>.form-select{position:relative;flex:1 1 auto;width:1%;min-width:0}
.input-group-text{display:flex;align-items:center;padding:.375rem .75rem;font-size:1rem;font-weight:600;line-height:1.5;color:#212529;text-align:center;white-space:nowrap;background-color:#e9ecef;border:1px solid #ced4da;border-radius:var(--bs-border-radius)}
.input-group>:not(:first-child):not(.dropdown-menu):not(.valid-tooltip):not(.valid-feedback):not(.invalid-tooltip):not(.invalid-feedback){margin-left:-1px;border-top-left-radius:0;border-bottom-left-radius:0}
.input-group:not(.has-validation)>:not(:last-child):not(.dropdown-toggle):not(.dropdown-menu),.input-group.has-validation>:nth-last-child(n+3):not(.dropdown-toggle):not(.dropdown-menu){border-top-right-radius:0;border-bottom-right-radius:0}
.invalid-feedback{display:none;width:100%;margin-top:.25rem;font-size:.875em;color:#dc3545}
.was-validated :invalid~.invalid-feedback,.is-invalid~.invalid-feedback{display:block}
.was-validated .form-control:invalid,.form-control.is-invalid{border-color:#dc3545;padding-right:calc(1.5em + .75rem);background-image:${INVALID_ICON};background-repeat:no-repeat;background-position:right calc(.375em + .1875rem) center;background-size:calc(.75em + .375rem) calc(.75em + .375rem)}
.was-validated .form-control:invalid:focus,.form-control.is-invalid:focus{border-color:#dc3545;box-shadow:0 0 0 .25rem rgba(220,53,69,.25)}
.was-validated .form-control:valid{border-color:#198754}
.was-validated .form-control:valid:focus{border-color:#198754;box-shadow:0 0 0 .25rem rgba(25,135,84,.25)}
.was-validated .form-select:invalid{border-color:#dc3545}.was-validated .form-select:valid{border-color:#198754}
.was-validated .form-check-input:invalid{border-color:#dc3545}.was-validated .form-check-input:invalid~.form-check-label{color:#dc3545}
.was-validated .input-group>.form-control:not(:focus):invalid{z-index:4}
.card{position:relative;display:flex;flex-direction:column;min-width:0;word-wrap:break-word;background-color:#fff;border:1px solid rgba(0,0,0,.125);border-radius:.5rem}
.card-header{padding:.75rem 1rem;margin-bottom:0;background-color:rgba(31,78,156,.06);border-bottom:1px solid rgba(0,0,0,.125)}
.card-header:first-child{border-radius:calc(.5rem - 1px) calc(.5rem - 1px) 0 0}
.card-body{flex:1 1 auto;padding:1rem}.card-title{margin-bottom:.5rem}.card-footer{padding:.75rem 1rem;background-color:rgba(0,0,0,.03);border-top:1px solid rgba(0,0,0,.125)}
.alert{position:relative;padding:1rem;margin-bottom:1rem;border:1px solid transparent;border-radius:var(--bs-border-radius)}
.alert-heading{color:inherit}.alert-link{font-weight:700;color:inherit}
.alert-dismissible{padding-right:3rem}.alert-dismissible .btn-close{position:absolute;top:0;right:0;z-index:2;padding:1.25rem 1rem}
.alert-success{color:#0a3622;background-color:#d1e7dd;border-color:#a3cfbb}
.alert-danger{color:#58151c;background-color:#f8d7da;border-color:#f1aeb5}
.alert-warning{color:#664d03;background-color:#fff3cd;border-color:#ffe69c}
.alert-info{color:#055160;background-color:#cff4fc;border-color:#9eeaf9}
.table{width:100%;margin-bottom:1rem;vertical-align:top;border-color:var(--bs-border-color)}
.table>:not(caption)>*>*{padding:.5rem .5rem;border-bottom-width:1px;border-bottom-style:solid;border-color:inherit}
.table>thead{vertical-align:bottom}.table-light>th,.table-light th{background-color:#f8f9fa}
.table-bordered>:not(caption)>*{border-width:1px 0}.table-bordered>:not(caption)>*>*{border-width:0 1px}
.table-bordered{border:1px solid var(--bs-border-color)}.table-bordered th,.table-bordered td{border:1px solid var(--bs-border-color)}
.table-responsive{overflow-x:auto}
.list-group{display:flex;flex-direction:column;padding-left:0;margin-bottom:0;border-radius:var(--bs-border-radius)}
.list-group-flush{border-radius:0}.list-group-flush>.list-group-item{border-width:0 0 1px}
.list-group-item{position:relative;display:block;width:100%;padding:.55rem 1rem;color:#212529;text-align:inherit;text-decoration:none;background-color:#fff;border:1px solid var(--bs-border-color)}
button.list-group-item{font:inherit}
.list-group-item-action{cursor:pointer}.list-group-item-action:hover,.list-group-item-action:focus{z-index:1;color:#1f4e9c;background-color:#f1f4fa}
.list-group-item.active{z-index:2;color:#fff;background-color:#1f4e9c;border-color:#1f4e9c}
.accordion{--bs-accordion-btn-padding-x:1rem;--bs-accordion-btn-padding-y:.8rem}
.accordion-item{color:#212529;background-color:#fff;border:1px solid var(--bs-border-color)}
.accordion-header{margin-bottom:0;font-size:1rem}
.accordion-button{position:relative;display:flex;align-items:center;width:100%;padding:var(--bs-accordion-btn-padding-y) var(--bs-accordion-btn-padding-x);font-size:.95rem;font-weight:500;color:#212529;text-align:left;background-color:#fff;border:0;border-radius:0;overflow-anchor:none;transition:color .15s ease-in-out,background-color .15s ease-in-out}
.accordion-button:not(.collapsed){color:#163a75;background-color:#e8eef8;box-shadow:inset 0 -1px 0 var(--bs-border-color)}
.accordion-button::after{flex-shrink:0;width:1.1rem;height:1.1rem;margin-left:auto;content:"";background-image:${CHEVRON_ICON};background-repeat:no-repeat;background-size:1.1rem;transition:transform .2s ease-in-out}
.accordion-button:not(.collapsed)::after{transform:rotate(-180deg)}
.accordion-button:focus{z-index:3;outline:0;box-shadow:0 0 0 .25rem rgba(31,78,156,.25)}
.accordion-body{padding:1rem}
.accordion-flush .accordion-item{border-right:0;border-left:0;border-radius:0}.accordion-flush .accordion-item:first-child{border-top:0}
.accordion-flush .accordion-collapse{border-width:0}
.breadcrumb{display:flex;flex-wrap:wrap;padding:0;margin-bottom:1rem;list-style:none;font-size:.9rem}
.breadcrumb-item+.breadcrumb-item{padding-left:.5rem}.breadcrumb-item+.breadcrumb-item::before{float:left;padding-right:.5rem;color:#6c757d;content:"/"}
.breadcrumb-item.active{color:#6c757d}
.badge{display:inline-block;padding:.35em .65em;font-size:.75em;font-weight:700;line-height:1;color:#fff;text-align:center;white-space:nowrap;vertical-align:baseline;border-radius:.375rem}
.spinner-border{display:inline-block;width:1rem;height:1rem;vertical-align:-.125em;border:.2em solid currentcolor;border-right-color:transparent;border-radius:50%;animation:spinner-border .75s linear infinite}
@keyframes spinner-border{to{transform:rotate(360deg)}}
`;

const OVERLAY_CSS = `
.navbar{position:relative;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;padding:.5rem 0}
.navbar>.container,.navbar>.container-fluid{display:flex;flex-wrap:inherit;align-items:center;justify-content:space-between}
.navbar-brand{display:inline-flex;align-items:center;gap:.75rem;padding:.3rem 0;margin-right:1rem;color:#212529;text-decoration:none;white-space:nowrap}
.navbar-nav{display:flex;flex-direction:column;padding-left:0;margin-bottom:0;list-style:none}
.nav-link{display:block;padding:.5rem 1rem;color:#343a40;text-decoration:none;font-weight:500}.nav-link:hover,.nav-link.active{color:#1f4e9c}
.navbar-collapse{flex-basis:100%;flex-grow:1;align-items:center}
.navbar-toggler{padding:.25rem .75rem;font-size:1.25rem;background:transparent;border:1px solid rgba(0,0,0,.15);border-radius:.375rem;display:none}
@media (min-width:992px){.navbar-expand-lg{flex-wrap:nowrap;justify-content:flex-start}.navbar-expand-lg .navbar-nav{flex-direction:row}.navbar-expand-lg .navbar-collapse{display:flex!important;flex-basis:auto}}
.offcanvas{position:fixed;bottom:0;z-index:1045;display:flex;flex-direction:column;max-width:100%;color:#212529;visibility:hidden;background-color:#fff;background-clip:padding-box;outline:0;transition:transform .3s ease-in-out}
.offcanvas.offcanvas-end{top:0;right:0;width:420px;border-left:1px solid rgba(0,0,0,.175);transform:translateX(100%)}
.offcanvas.showing,.offcanvas.show:not(.hiding){transform:none}
.offcanvas.showing,.offcanvas.hiding,.offcanvas.show{visibility:visible}
.offcanvas-backdrop{position:fixed;top:0;left:0;z-index:1040;width:100vw;height:100vh;background-color:#000}
.offcanvas-backdrop.fade{opacity:0}.offcanvas-backdrop.show{opacity:.5}
.offcanvas-header{display:flex;align-items:center;padding:1rem 1.25rem;border-bottom:1px solid var(--bs-border-color)}
.offcanvas-header .btn-close{padding:.5rem;margin:-.5rem -.5rem -.5rem auto}
.offcanvas-title{margin-bottom:0;line-height:1.5;font-size:1.25rem}
.offcanvas-body{flex-grow:1;padding:1.25rem;overflow-y:auto}
.modal-open{overflow:hidden}
.modal{position:fixed;top:0;left:0;z-index:1055;display:none;width:100%;height:100%;overflow-x:hidden;overflow-y:auto;outline:0}
.modal-dialog{position:relative;width:auto;margin:.5rem;pointer-events:none}
.modal.fade .modal-dialog{transition:transform .3s ease-out;transform:translate(0,-50px)}
.modal.show .modal-dialog{transform:none}
.modal.modal-static .modal-dialog{transform:scale(1.02)}
.modal-dialog-centered{display:flex;align-items:center;min-height:calc(100% - 1rem)}
.modal-content{position:relative;display:flex;flex-direction:column;width:100%;pointer-events:auto;background-color:#fff;background-clip:padding-box;border:1px solid rgba(0,0,0,.175);border-radius:.5rem;outline:0}
.modal-backdrop{position:fixed;top:0;left:0;z-index:1050;width:100vw;height:100vh;background-color:#000}
.modal-backdrop.fade{opacity:0}.modal-backdrop.show{opacity:.5}
.modal-header{display:flex;flex-shrink:0;align-items:center;padding:1rem;border-bottom:1px solid var(--bs-border-color);border-top-left-radius:calc(.5rem - 1px);border-top-right-radius:calc(.5rem - 1px)}
.modal-header .btn-close{padding:.5rem;margin:-.5rem -.5rem -.5rem auto}
.modal-title{margin-bottom:0;line-height:1.5;font-size:1.25rem}
.modal-body{position:relative;flex:1 1 auto;padding:1rem}
.modal-footer{display:flex;flex-shrink:0;flex-wrap:wrap;align-items:center;justify-content:flex-end;padding:.75rem;border-top:1px solid var(--bs-border-color);gap:.5rem}
@media (min-width:576px){.modal-dialog{max-width:500px;margin-right:auto;margin-left:auto;margin-top:1.75rem}.modal-dialog-centered{min-height:calc(100% - 3.5rem)}}
@media (min-width:992px){.modal-lg{max-width:800px}}
.toast-container{position:absolute;z-index:1090;width:max-content;max-width:100%;pointer-events:none}
.toast-container>:not(:last-child){margin-bottom:.75rem}
.toast{width:350px;max-width:100%;font-size:.9rem;color:#212529;pointer-events:auto;background-color:rgba(255,255,255,.85);background-clip:padding-box;border:1px solid rgba(0,0,0,.175);box-shadow:0 .5rem 1rem rgba(0,0,0,.15);border-radius:.375rem}
.toast.showing{opacity:0}.toast:not(.show){display:none}
.toast-body{padding:.75rem;word-wrap:break-word}
`;

const UX4G_CSS = `
body.ux4g{background:#f5f7fb;display:flex;flex-direction:column;min-height:100vh}
.skip-link{position:absolute;left:-999px}.skip-link:focus{left:1rem;top:.25rem;z-index:2000;background:#fff;padding:.25rem .5rem}
.gov-header{background:#0b2f6b;color:#fff;font-size:.8rem}
.gov-header .container{display:flex;align-items:center;justify-content:space-between;min-height:36px}
.gov-header a{color:#fff;text-decoration:none}.gov-header a:hover{text-decoration:underline}
.gov-header .gov-links{display:flex;align-items:center;gap:1rem;margin:0;padding:0;list-style:none}
.gov-header .font-size-controls .btn{--bs-btn-padding-x:.4rem;--bs-btn-padding-y:0;--bs-btn-color:#fff;--bs-btn-border-color:rgba(255,255,255,.4);font-size:.75rem;line-height:1.6}
.gov-header .form-select{width:auto;padding:.05rem 1.8rem .05rem .5rem;font-size:.75rem;background-color:#0b2f6b;color:#fff;border-color:rgba(255,255,255,.4);background-image:none}
.gov-header .tricolour{display:inline-block;width:18px;height:12px;background:linear-gradient(#ff9933 33%,#fff 33% 66%,#138808 66%);margin-right:.4rem;vertical-align:-1px;border:1px solid rgba(255,255,255,.4)}
header.navbar{background:#fff;box-shadow:0 2px 6px rgba(11,47,107,.08);border-bottom:3px solid var(--ux4g-saffron)}
.ux4g-brand-text{display:flex;flex-direction:column;line-height:1.15}
.ux4g-brand-text .title{font-size:1.35rem;font-weight:700;color:#0b2f6b}
.ux4g-brand-text .subtitle{font-size:.78rem;color:#495057}
.navbar .ux4g-nav-actions{display:flex;align-items:center;gap:.5rem;margin-left:1rem}
.ux4g-hero{background:linear-gradient(110deg,#0b2f6b 0%,#1f4e9c 60%,#3a6fc4 100%);color:#fff;padding:3.25rem 0 3rem}
.ux4g-hero h1{font-size:2.4rem;font-weight:700}.ux4g-hero .lead{color:#dbe6f7}
.ux4g-hero .hero-stat{background:rgba(255,255,255,.1);border:1px solid rgba(255,255,255,.25);border-radius:.75rem;padding:1rem 1.25rem}
.ux4g-hero .hero-stat .num{font-size:1.6rem;font-weight:700}
.ux4g-feature{height:100%;border:0;box-shadow:0 .25rem .75rem rgba(11,47,107,.08)}
.ux4g-feature .icon{width:44px;height:44px;border-radius:50%;background:#e8eef8;display:flex;align-items:center;justify-content:center;margin-bottom:.75rem;color:#1f4e9c}
.ux4g-whatsnew li{padding:.5rem 0;border-bottom:1px dashed #dee2e6}
.ux4g-whatsnew .date{font-size:.78rem;color:#6c757d;display:block}
main{flex:1 0 auto}
.ux4g-sidebar{background:#fff;min-height:calc(100vh - 150px);padding:0}
.ux4g-sidebar .sidebar-title{padding:.9rem 1rem;font-size:.78rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:#6c757d;border-bottom:1px solid var(--bs-border-color)}
.ux4g-sidebar .menu-home{display:flex;align-items:center;gap:.5rem;padding:.8rem 1rem;font-weight:500;color:#212529;text-decoration:none;border-bottom:1px solid var(--bs-border-color)}
.ux4g-sidebar .menu-home.active{background:#1f4e9c;color:#fff}
.ux4g-sidebar .accordion-body{padding:0}
.ux4g-sidebar .list-group-item{font-size:.9rem;padding-left:1.75rem;border-radius:0}
.ux4g-sidebar .collapse .list-group-item,.ux4g-sidebar .collapsing .list-group-item{padding-left:2.75rem;font-size:.875rem;background:#fbfcfe}
.ux4g-sidebar .list-group-item.active{background:#1f4e9c;color:#fff}
.ux4g-sidebar .collapse>.list-group-item,.ux4g-sidebar .collapsing>.list-group-item{border-width:0 0 1px}
.ux4g-sidebar button.list-group-item[data-bs-toggle]::after{content:"";float:right;width:.8rem;height:.8rem;margin-top:.3rem;background-image:${CHEVRON_ICON};background-size:.8rem;background-repeat:no-repeat;transition:transform .2s}
.ux4g-sidebar button.list-group-item[aria-expanded=true]::after{transform:rotate(-180deg)}
.ux4g-page{padding:1.5rem 1.75rem 2rem}
.ux4g-page-title{font-size:1.5rem;font-weight:600;color:#0b2f6b;margin-bottom:.25rem}
.ux4g-stat-card{border:0;border-left:4px solid #1f4e9c;box-shadow:0 .25rem .75rem rgba(11,47,107,.08)}
.ux4g-stat-card.cancelled{border-left-color:#dc3545}.ux4g-stat-card .num{font-size:1.9rem;font-weight:700}
.otp-input-group{display:flex;gap:.5rem}
.otp-input-group .otp-box{width:3rem;height:3.25rem;text-align:center;font-size:1.35rem;font-weight:600;padding:.25rem}
.otp-input-group .otp-box.is-invalid{border-color:#dc3545}
.ux4g-footer{background:#0b2f6b;color:#cfd8ea;font-size:.85rem;margin-top:auto}
.ux4g-footer a{color:#fff;text-decoration:none}.ux4g-footer a:hover{text-decoration:underline}
.ux4g-footer .footer-links{display:flex;flex-wrap:wrap;gap:1.25rem;list-style:none;padding:0;margin:0}
.ux4g-footer .footer-bottom{border-top:1px solid rgba(255,255,255,.15);font-size:.78rem}
.cookie-consent{z-index:1035;background:#212529;color:#fff;box-shadow:0 -.25rem 1rem rgba(0,0,0,.25);transform:translateY(100%);transition:transform .4s ease-out}
.cookie-consent.show{transform:none}
.cookie-consent p{margin:0;font-size:.9rem}.cookie-consent a{color:#9ec5fe}
.was-validated fieldset:invalid>.invalid-feedback{display:block}
.was-validated fieldset:invalid legend{color:#dc3545}
.captcha-row{display:flex;align-items:center;gap:.5rem}
.captcha-row img{border:1px solid #ced4da;border-radius:.375rem;height:50px}
.success-icon{width:2rem;height:2rem;flex-shrink:0}
`;

const SITE_CSS = [BASE_CSS, utilityCss(), COMPONENT_CSS, OVERLAY_CSS, UX4G_CSS].join('\n');

// ---------------------------------------------------------------------------------------------------
// The runtime: Bootstrap 5.3's collapse, modal, offcanvas, toast and alert as the site's bundle has them,
// the data-bs-* click wiring, the GIGW strip's controls, the cookie bar, and the site's fetch helper.
// ---------------------------------------------------------------------------------------------------

const RUNTIME_JS = `
(function () {
  'use strict';
  var DUR = { collapse: 350, modal: 300, backdrop: 150, offcanvas: 300, toast: 150, alert: 150 };
  function reflow(el) { return el.offsetHeight; }
  function after(el, ms, cb) {
    var done = false;
    function finish(e) {
      if (e && e.target !== el) return;
      if (done) return;
      done = true;
      el.removeEventListener('transitionend', finish);
      cb();
    }
    el.addEventListener('transitionend', finish);
    setTimeout(finish, ms + 5);
  }
  function emit(el, name) {
    var ev = new CustomEvent(name, { bubbles: true, cancelable: true });
    el.dispatchEvent(ev);
    return !ev.defaultPrevented;
  }
  function targetOf(trigger) {
    var sel = trigger.getAttribute('data-bs-target') || trigger.getAttribute('href');
    if (!sel || sel.charAt(0) !== '#') return null;
    return document.querySelector(sel);
  }

  var Collapse = {
    setTriggers: function (el, open) {
      document.querySelectorAll('[data-bs-toggle="collapse"]').forEach(function (t) {
        if (targetOf(t) !== el) return;
        t.classList.toggle('collapsed', !open);
        t.setAttribute('aria-expanded', String(open));
      });
    },
    show: function (el) {
      if (el.classList.contains('show') || el.classList.contains('collapsing')) return;
      var parentSel = el.getAttribute('data-bs-parent');
      if (parentSel) {
        var parent = document.querySelector(parentSel);
        if (parent) {
          parent.querySelectorAll('.collapse.show').forEach(function (other) {
            if (other !== el && other.getAttribute('data-bs-parent') === parentSel) Collapse.hide(other);
          });
        }
      }
      if (!emit(el, 'show.bs.collapse')) return;
      el.classList.remove('collapse');
      el.classList.add('collapsing');
      el.style.height = '0px';
      Collapse.setTriggers(el, true);
      after(el, DUR.collapse, function () {
        el.classList.remove('collapsing');
        el.classList.add('collapse', 'show');
        el.style.height = '';
        emit(el, 'shown.bs.collapse');
      });
      el.style.height = el.scrollHeight + 'px';
    },
    hide: function (el) {
      if (!el.classList.contains('show') || el.classList.contains('collapsing')) return;
      if (!emit(el, 'hide.bs.collapse')) return;
      el.style.height = el.getBoundingClientRect().height + 'px';
      reflow(el);
      el.classList.add('collapsing');
      el.classList.remove('collapse', 'show');
      Collapse.setTriggers(el, false);
      after(el, DUR.collapse, function () {
        el.classList.remove('collapsing');
        el.classList.add('collapse');
        emit(el, 'hidden.bs.collapse');
      });
      el.style.height = '';
    },
    toggle: function (el) {
      if (el.classList.contains('show')) Collapse.hide(el);
      else Collapse.show(el);
    }
  };

  var Modal = {
    show: function (m) {
      if (m._shown || m._busy) return;
      if (!emit(m, 'show.bs.modal')) return;
      m._shown = true;
      m._busy = true;
      var scrollbar = window.innerWidth - document.documentElement.clientWidth;
      document.body.classList.add('modal-open');
      document.body.style.overflow = 'hidden';
      if (scrollbar > 0) document.body.style.paddingRight = scrollbar + 'px';
      var backdrop = document.createElement('div');
      backdrop.className = 'modal-backdrop fade';
      document.body.appendChild(backdrop);
      m._backdrop = backdrop;
      reflow(backdrop);
      backdrop.classList.add('show');
      after(backdrop, DUR.backdrop, function () {
        m.style.display = 'block';
        m.removeAttribute('aria-hidden');
        m.setAttribute('aria-modal', 'true');
        m.setAttribute('role', 'dialog');
        m.scrollTop = 0;
        reflow(m);
        m.classList.add('show');
        after(m, DUR.modal, function () {
          m._busy = false;
          var first = m.querySelector('[autofocus]');
          (first || m).focus();
          emit(m, 'shown.bs.modal');
        });
      });
    },
    hide: function (m) {
      if (!m._shown || m._busy) return;
      if (!emit(m, 'hide.bs.modal')) return;
      m._shown = false;
      m._busy = true;
      m.classList.remove('show');
      after(m, DUR.modal, function () {
        m.style.display = 'none';
        m.setAttribute('aria-hidden', 'true');
        m.removeAttribute('aria-modal');
        m.removeAttribute('role');
        var backdrop = m._backdrop;
        backdrop.classList.remove('show');
        after(backdrop, DUR.backdrop, function () {
          backdrop.remove();
          document.body.classList.remove('modal-open');
          document.body.style.overflow = '';
          document.body.style.paddingRight = '';
          m._busy = false;
          emit(m, 'hidden.bs.modal');
        });
      });
    },
    bounce: function (m) {
      m.classList.add('modal-static');
      setTimeout(function () { m.classList.remove('modal-static'); }, DUR.modal);
    }
  };

  var Offcanvas = {
    show: function (o) {
      if (o._shown || o._busy) return;
      if (!emit(o, 'show.bs.offcanvas')) return;
      o._shown = true;
      o._busy = true;
      var backdrop = document.createElement('div');
      backdrop.className = 'offcanvas-backdrop fade';
      document.body.appendChild(backdrop);
      o._backdrop = backdrop;
      reflow(backdrop);
      backdrop.classList.add('show');
      backdrop.addEventListener('click', function () { Offcanvas.hide(o); });
      document.body.style.overflow = 'hidden';
      o.setAttribute('aria-modal', 'true');
      o.setAttribute('role', 'dialog');
      o.classList.add('showing');
      after(o, DUR.offcanvas, function () {
        o.classList.add('show');
        o.classList.remove('showing');
        o._busy = false;
        o.focus();
        emit(o, 'shown.bs.offcanvas');
      });
    },
    hide: function (o) {
      if (!o._shown || o._busy) return;
      if (!emit(o, 'hide.bs.offcanvas')) return;
      o._shown = false;
      o._busy = true;
      o.classList.add('hiding');
      var backdrop = o._backdrop;
      backdrop.classList.remove('show');
      after(backdrop, DUR.backdrop, function () { backdrop.remove(); });
      after(o, DUR.offcanvas, function () {
        o.classList.remove('show', 'hiding');
        o.removeAttribute('aria-modal');
        o.removeAttribute('role');
        document.body.style.overflow = '';
        o._busy = false;
        emit(o, 'hidden.bs.offcanvas');
      });
    },
    toggle: function (o) {
      if (o._shown) Offcanvas.hide(o);
      else Offcanvas.show(o);
    }
  };

  var Toast = {
    show: function (t) {
      if (!emit(t, 'show.bs.toast')) return;
      t.classList.add('fade');
      t.classList.remove('hide');
      reflow(t);
      t.classList.add('show', 'showing');
      after(t, DUR.toast, function () {
        t.classList.remove('showing');
        emit(t, 'shown.bs.toast');
        Toast.schedule(t);
      });
      t.addEventListener('mouseover', function () { clearTimeout(t._timer); t._hover = true; });
      t.addEventListener('mouseout', function () { t._hover = false; Toast.schedule(t); });
    },
    schedule: function (t) {
      clearTimeout(t._timer);
      if (t.getAttribute('data-bs-autohide') === 'false' || t._hover) return;
      t._timer = setTimeout(function () { Toast.hide(t); }, parseInt(t.getAttribute('data-bs-delay') || '5000', 10));
    },
    hide: function (t) {
      if (!t.classList.contains('show') || t._hiding) return;
      if (!emit(t, 'hide.bs.toast')) return;
      t._hiding = true;
      clearTimeout(t._timer);
      t.classList.add('showing');
      after(t, DUR.toast, function () {
        t.classList.add('hide');
        t.classList.remove('showing', 'show');
        emit(t, 'hidden.bs.toast');
      });
    }
  };

  function dismissAlert(a) {
    if (!emit(a, 'close.bs.alert')) return;
    a.classList.remove('show');
    after(a, DUR.alert, function () { a.remove(); emit(document, 'closed.bs.alert'); });
  }

  document.addEventListener('click', function (e) {
    var el = e.target instanceof Element ? e.target : null;
    if (!el) return;
    if (el.classList.contains('modal') && el._shown) {
      if (el.getAttribute('data-bs-backdrop') === 'static') Modal.bounce(el);
      else Modal.hide(el);
      return;
    }
    var t = el.closest('[data-bs-toggle], [data-bs-dismiss]');
    if (!t || t.disabled) return;
    var kind = t.getAttribute('data-bs-toggle');
    if (kind) {
      var target = targetOf(t);
      if (!target) return;
      if (t.tagName === 'A') e.preventDefault();
      if (kind === 'collapse') Collapse.toggle(target);
      else if (kind === 'modal') Modal.show(target);
      else if (kind === 'offcanvas') Offcanvas.toggle(target);
      return;
    }
    var what = t.getAttribute('data-bs-dismiss');
    var host = t.closest('.' + what);
    if (!host) return;
    if (what === 'modal') Modal.hide(host);
    else if (what === 'offcanvas') Offcanvas.hide(host);
    else if (what === 'toast') Toast.hide(host);
    else if (what === 'alert') dismissAlert(host);
  });

  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    var modals = document.querySelectorAll('.modal.show');
    var m = modals[modals.length - 1];
    if (m) {
      if (m.getAttribute('data-bs-keyboard') === 'false') Modal.bounce(m);
      else Modal.hide(m);
      return;
    }
    var o = document.querySelector('.offcanvas.show');
    if (o) Offcanvas.hide(o);
  });

  function container() {
    var c = document.querySelector('.toast-container');
    if (!c) {
      c = document.createElement('div');
      c.className = 'toast-container position-fixed top-0 end-0 p-3';
      document.body.appendChild(c);
    }
    return c;
  }

  function notify(message, kind) {
    var t = document.createElement('div');
    t.className = 'toast align-items-center text-bg-' + (kind || 'success') + ' border-0';
    t.setAttribute('role', 'alert');
    t.setAttribute('aria-live', 'assertive');
    t.setAttribute('aria-atomic', 'true');
    t.setAttribute('data-bs-delay', '4000');
    var row = document.createElement('div');
    row.className = 'd-flex';
    var body = document.createElement('div');
    body.className = 'toast-body';
    body.textContent = message;
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn-close btn-close-white me-2 m-auto';
    close.setAttribute('data-bs-dismiss', 'toast');
    close.setAttribute('aria-label', 'Close');
    row.appendChild(body);
    row.appendChild(close);
    t.appendChild(row);
    container().appendChild(t);
    t.addEventListener('hidden.bs.toast', function () { t.remove(); });
    Toast.show(t);
    return t;
  }

  var lost = false;
  function sessionLost() {
    if (lost) return;
    lost = true;
    notify('Session expired. Please login again.', 'danger');
    setTimeout(function () { location.href = '/?session=expired'; }, 1500);
  }

  function csrf() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') : '';
  }

  async function api(url, body) {
    var init = { method: body === undefined ? 'GET' : 'POST', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', RequestVerificationToken: csrf() } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    var res = await fetch(url, init);
    var data = {};
    try { data = await res.json(); } catch (err) { data = {}; }
    if (res.status === 401) {
      sessionLost();
      var error = new Error('Session expired');
      error.sessionLost = true;
      throw error;
    }
    return { ok: res.ok, status: res.status, data: data };
  }

  function failed(err) {
    if (err && err.sessionLost) return;
    notify('Something went wrong. Please try again later.', 'danger');
  }

  // GIGW strip: text size and language.
  var sizes = { small: '14px', normal: '16px', large: '18px' };
  var saved = localStorage.getItem('ux4g-font-size');
  if (saved && sizes[saved]) document.documentElement.style.fontSize = sizes[saved];
  document.querySelectorAll('[data-font-size]').forEach(function (b) {
    b.addEventListener('click', function () {
      var size = b.getAttribute('data-font-size');
      document.documentElement.style.fontSize = sizes[size];
      localStorage.setItem('ux4g-font-size', size);
    });
  });
  var language = document.getElementById('languageSelect');
  if (language) {
    language.addEventListener('change', function () {
      if (language.value !== 'en') {
        notify('हिन्दी संस्करण शीघ्र उपलब्ध होगा। Hindi version will be available soon.', 'info');
        language.value = 'en';
      }
    });
  }

  // Cookie consent bar (not modal).
  var bar = document.getElementById('cookieConsent');
  if (bar && document.cookie.indexOf('einv_cookie_consent=') === -1) {
    bar.classList.remove('d-none');
    setTimeout(function () { reflow(bar); bar.classList.add('show'); }, 600);
    bar.querySelectorAll('[data-consent]').forEach(function (b) {
      b.addEventListener('click', function () {
        document.cookie = 'einv_cookie_consent=' + b.getAttribute('data-consent') + '; path=/; max-age=31536000; SameSite=Lax';
        bar.classList.remove('show');
        setTimeout(function () { bar.classList.add('d-none'); }, 400);
      });
    });
  }

  window.UX4G = { Collapse: Collapse, Modal: Modal, Offcanvas: Offcanvas, Toast: Toast, notify: notify, api: api, failed: failed, sessionLost: sessionLost };
})();
`;

// ---------------------------------------------------------------------------------------------------
// The page shell: GIGW strip, navbar, footer, cookie bar.
// ---------------------------------------------------------------------------------------------------

interface Shell {
  title: string;
  body: string;
  script?: string;
  csrf?: string;
  /** The signed-in GSTIN, when the navbar shows the account instead of Login. */
  gstin?: string;
  active?: 'home' | 'dashboard';
}

const ICON_WARNING =
  '<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true" class="me-2 flex-shrink-0"><path d="M8.98 1.56a1.13 1.13 0 0 0-1.96 0L.165 13.233c-.457.778.091 1.767.98 1.767h13.713c.889 0 1.438-.99.98-1.767zM8 5c.535 0 .954.462.9.995l-.35 3.507a.552.552 0 0 1-1.1 0L7.1 5.995A.905.905 0 0 1 8 5m.002 6a1 1 0 1 1 0 2 1 1 0 0 1 0-2"/></svg>';
const ICON_CHECK =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true" class="success-icon me-3"><path d="M16 8A8 8 0 1 1 0 8a8 8 0 0 1 16 0m-3.97-3.03a.75.75 0 0 0-1.08.022L7.477 9.417 5.384 7.323a.75.75 0 0 0-1.06 1.06L6.97 11.03a.75.75 0 0 0 1.079-.02l3.992-4.99a.75.75 0 0 0-.01-1.05z"/></svg>';
const ICON_REFRESH =
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true"><path d="M8 3a5 5 0 1 0 4.546 2.914.5.5 0 0 1 .908-.417A6 6 0 1 1 8 2z"/><path d="M8 4.466V.534a.25.25 0 0 1 .41-.192l2.36 1.966c.12.1.12.284 0 .384L8.41 4.658A.25.25 0 0 1 8 4.466"/></svg>';
const ICON_HOME =
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true"><path d="M8.707 1.5a1 1 0 0 0-1.414 0L.646 8.146a.5.5 0 0 0 .708.708L8 2.207l6.646 6.647a.5.5 0 0 0 .708-.708L13 5.793V2.5a.5.5 0 0 0-.5-.5h-1a.5.5 0 0 0-.5.5v1.293z"/><path d="m8 3.293 6 6V13.5a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 2 13.5V9.293z"/></svg>';

function govHeader(): string {
  return `<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="gov-header" role="region" aria-label="Government of India">
  <div class="container">
    <div><span class="tricolour" aria-hidden="true"></span><a href="https://www.india.gov.in/" lang="hi" target="_blank" rel="noopener">भारत सरकार</a> | <a href="https://www.india.gov.in/" target="_blank" rel="noopener">Government of India</a></div>
    <ul class="gov-links">
      <li><a href="#main-content">Skip to main content</a></li>
      <li><a href="#" onclick="return false;">Screen Reader Access</a></li>
      <li class="font-size-controls d-flex gap-1" role="group" aria-label="Text size">
        <button type="button" class="btn btn-sm" data-font-size="small" aria-label="Decrease text size">A-</button>
        <button type="button" class="btn btn-sm" data-font-size="normal" aria-label="Normal text size">A</button>
        <button type="button" class="btn btn-sm" data-font-size="large" aria-label="Increase text size">A+</button>
      </li>
      <li><label class="visually-hidden" for="languageSelect">Select language</label><select class="form-select form-select-sm" id="languageSelect" aria-label="Select language"><option value="en" selected>English</option><option value="hi">हिन्दी</option></select></li>
    </ul>
  </div>
</div>`;
}

function navbar(shell: Shell): string {
  const links = shell.gstin
    ? `<li class="nav-item"><a class="nav-link${shell.active === 'dashboard' ? ' active" aria-current="page' : ''}" href="/Home/MainMenu">Dash Board</a></li>
        <li class="nav-item"><a class="nav-link" href="#" onclick="return false;">Help</a></li>
        <li class="nav-item"><a class="nav-link" href="#" onclick="return false;">Contact Us</a></li>`
    : `<li class="nav-item"><a class="nav-link active" aria-current="page" href="/">Home</a></li>
        <li class="nav-item"><a class="nav-link" href="#about">About</a></li>
        <li class="nav-item"><a class="nav-link" href="#whats-new">What's New</a></li>
        <li class="nav-item"><a class="nav-link" href="#" onclick="return false;">Help</a></li>
        <li class="nav-item"><a class="nav-link" href="#" onclick="return false;">Contact Us</a></li>`;
  const actions = shell.gstin
    ? `<span class="badge text-bg-light border small fw-semibold">GSTIN: ${esc(shell.gstin)}</span>
        <a class="btn btn-outline-primary btn-sm" href="/Home/Logout">Logout</a>`
    : `<a class="btn btn-primary" data-bs-toggle="offcanvas" href="#loginOffcanvas" role="button" aria-controls="loginOffcanvas">Login</a>`;
  return `<header class="navbar navbar-expand-lg">
  <div class="container${shell.gstin ? '-fluid px-4' : ''}">
    <a class="navbar-brand" href="/"><img src="/assets/images/emblem.svg" alt="Emblem of India" width="32" height="48"><span class="ux4g-brand-text"><span class="title">e-Invoice System</span><span class="subtitle">Goods and Services Tax | Government of India</span></span></a>
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Toggle navigation">&#9776;</button>
    <div class="collapse navbar-collapse" id="mainNav">
      <ul class="navbar-nav ms-auto">
        ${links}
      </ul>
      <div class="ux4g-nav-actions">
        ${actions}
      </div>
    </div>
  </div>
</header>`;
}

function footer(): string {
  return `<footer class="ux4g-footer pt-4">
  <div class="container">
    <div class="row g-3 align-items-center">
      <div class="col-md-8">
        <ul class="footer-links">
          <li><a href="#" onclick="return false;">Website Policies</a></li>
          <li><a href="#" onclick="return false;">Help</a></li>
          <li><a href="#" onclick="return false;">Contact Us</a></li>
          <li><a href="#" onclick="return false;">Accessibility Statement</a></li>
          <li><a href="#" onclick="return false;">Sitemap</a></li>
        </ul>
      </div>
      <div class="col-md-4 text-end"><span>Last Updated: ${LAST_UPDATED}</span></div>
    </div>
    <div class="footer-bottom py-3 mt-3 d-flex justify-content-between flex-wrap gap-2">
      <span>Content owned by Goods and Services Tax Network (GSTN).</span>
      <span>Designed, Developed and Hosted by National Informatics Centre (NIC), Ministry of Electronics &amp; Information Technology, Government of India.</span>
    </div>
  </div>
</footer>`;
}

function cookieBar(): string {
  return `<div class="cookie-consent position-fixed bottom-0 start-0 end-0 p-3 d-none" id="cookieConsent" role="region" aria-label="Cookie consent">
  <div class="container d-flex align-items-center gap-3 flex-wrap">
    <p class="flex-grow-1">This website uses cookies to improve your experience and to keep your session secure. By continuing to browse, you agree to our <a href="#" onclick="return false;">Cookie Policy</a>.</p>
    <button type="button" class="btn btn-primary btn-sm px-3" data-consent="accepted">Accept</button>
    <button type="button" class="btn btn-outline-light btn-sm px-3" data-consent="rejected">Reject</button>
  </div>
</div>`;
}

function page(shell: Shell): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="e-Invoice System, Goods and Services Tax, Government of India">
${shell.csrf ? `<meta name="csrf-token" content="${esc(shell.csrf)}">` : ''}
<title>${esc(shell.title)} | e-Invoice System</title>
<link rel="icon" href="data:,">
<style>${SITE_CSS}</style>
</head>
<body class="ux4g">
${govHeader()}
${navbar(shell)}
${shell.body}
${footer()}
${cookieBar()}
<script>${RUNTIME_JS}</script>
${shell.script ? `<script>${shell.script}</script>` : ''}
</body>
</html>`;
}

// ---------------------------------------------------------------------------------------------------
// Home page with the login offcanvas (login form, then the 2FA step in its place).
// ---------------------------------------------------------------------------------------------------

function homePage(notice: 'expired' | 'logout' | undefined): string {
  const alert =
    notice === 'expired'
      ? `<div class="container mt-3"><div class="alert alert-warning alert-dismissible fade show d-flex align-items-center" role="alert">${ICON_WARNING}<div>Session expired. Please login again.</div><button type="button" class="btn-close" data-bs-dismiss="alert" aria-label="Close"></button></div></div>`
      : notice === 'logout'
        ? `<div class="container mt-3"><div class="alert alert-success alert-dismissible fade show" role="alert">You have been logged out successfully.<button type="button" class="btn-close" data-bs-dismiss="alert" aria-label="Close"></button></div></div>`
        : '';
  const body = `<main id="main-content" tabindex="-1">
${alert}
<section class="ux4g-hero${alert ? ' mt-3' : ''}">
  <div class="container">
    <div class="row g-4 align-items-center">
      <div class="col-lg-7">
        <h1>e-Invoice System</h1>
        <p class="lead">Generate the Invoice Reference Number (IRN) for B2B invoices, export invoices and other notified documents under GST, individually, in bulk, or through API from your ERP or GSP.</p>
        <p class="mb-0 small opacity-75">Two-factor authentication is mandatory for all users of the e-Invoice System.</p>
      </div>
      <div class="col-lg-5">
        <div class="row g-3">
          <div class="col-6"><div class="hero-stat"><div class="num">1,42,87,605</div><div class="small">IRNs generated this month</div></div></div>
          <div class="col-6"><div class="hero-stat"><div class="num">4,61,218</div><div class="small">Taxpayers enabled</div></div></div>
        </div>
      </div>
    </div>
  </div>
</section>
<section class="container py-5" id="about">
  <div class="row g-4">
    <div class="col-md-4"><div class="card ux4g-feature"><div class="card-body"><div class="icon">${ICON_HOME}</div><h2 class="h5 card-title">Generate IRN</h2><p class="card-text small text-muted mb-0">Enter the invoice details on the portal and obtain the signed QR code and IRN.</p></div></div></div>
    <div class="col-md-4"><div class="card ux4g-feature"><div class="card-body"><div class="icon">${ICON_REFRESH}</div><h2 class="h5 card-title">Bulk Upload</h2><p class="card-text small text-muted mb-0">Upload invoices prepared in the bulk generation tool and download the IRNs.</p></div></div></div>
    <div class="col-md-4"><div class="card ux4g-feature"><div class="card-body"><div class="icon">${ICON_CHECK.replace('success-icon me-3', '')}</div><h2 class="h5 card-title">API Integration</h2><p class="card-text small text-muted mb-0">Register your GSTIN for API access directly, or through your GSP or ERP, under API Registration.</p></div></div></div>
  </div>
  <div class="row g-4 mt-1">
    <div class="col-lg-8" id="whats-new">
      <div class="card"><div class="card-header"><h2 class="h6 mb-0">What's New</h2></div><div class="card-body">
        <ul class="list-unstyled ux4g-whatsnew mb-0" style="list-style:none;padding-left:0">
          <li><span class="date">01-04-2025</span>Two-factor authentication (2FA) is mandatory for all taxpayers on the e-Invoice System.</li>
          <li><span class="date">14-03-2024</span>Time limit for reporting invoices on the IRP for taxpayers with AATO of ₹ 100 crore and above.</li>
          <li><span class="date">05-01-2024</span>New version of the bulk generation tool released.</li>
        </ul>
      </div></div>
    </div>
    <div class="col-lg-4">
      <div class="card"><div class="card-header"><h2 class="h6 mb-0">Help Desk</h2></div><div class="card-body small">
        <p class="mb-2">For assistance, write to the help desk or call the GST helpline.</p>
        <p class="mb-0"><strong>Helpline:</strong> 1800-103-4786</p>
      </div></div>
    </div>
  </div>
</section>
</main>
${loginOffcanvas()}`;
  return page({ title: 'Home', body, script: LOGIN_JS, active: 'home' });
}

function loginOffcanvas(): string {
  return `<div class="offcanvas offcanvas-end" tabindex="-1" id="loginOffcanvas" aria-labelledby="loginOffcanvasLabel">
  <div class="offcanvas-header">
    <h5 class="offcanvas-title" id="loginOffcanvasLabel">Login</h5>
    <button type="button" class="btn-close" data-bs-dismiss="offcanvas" aria-label="Close"></button>
  </div>
  <div class="offcanvas-body">
    <div id="loginStep">
      <p class="text-muted small">Login with your e-Invoice System username and password.</p>
      <form id="loginForm" class="needs-validation" novalidate autocomplete="off">
        <div class="form-floating mb-3">
          <input type="text" class="form-control" id="username" name="username" placeholder=" " required maxlength="15" autocomplete="username">
          <label for="username">Username</label>
          <div class="invalid-feedback">Please enter username.</div>
        </div>
        <div class="form-floating mb-3">
          <input type="password" class="form-control" id="password" name="password" placeholder=" " required maxlength="30" autocomplete="current-password">
          <label for="password">Password</label>
          <div class="invalid-feedback">Please enter password.</div>
        </div>
        <div class="captcha-row mb-2">
          <img id="captchaImage" src="/get-captcha-image?t=0" alt="Captcha image" width="150" height="50">
          <button type="button" class="btn btn-outline-secondary btn-sm" id="refreshCaptcha" aria-label="Refresh captcha" title="Refresh captcha">${ICON_REFRESH}</button>
        </div>
        <div class="form-floating mb-3">
          <input type="text" class="form-control" id="captcha" name="captcha" placeholder=" " required maxlength="6" autocomplete="off" spellcheck="false">
          <label for="captcha">Enter Captcha</label>
          <div class="invalid-feedback">Please enter the characters shown in the image.</div>
        </div>
        <div class="d-flex justify-content-between mb-3 small"><a href="#" onclick="return false;">Forgot Username?</a><a href="#" onclick="return false;">Forgot Password?</a></div>
        <button type="submit" class="btn btn-primary w-100" id="btnLogin">Login</button>
      </form>
      <hr>
      <p class="small mb-0">New to e-Invoice? <a href="#" onclick="return false;">Register for e-Invoice</a></p>
    </div>
    <div id="otpStep" class="d-none">
      <h6 class="fw-semibold">Two-Factor Authentication</h6>
      <p class="small">Enter the OTP sent to your registered mobile number <strong>${MOBILE_MASKED}</strong>.</p>
      <form id="loginOtpForm" class="needs-validation" novalidate autocomplete="off">
        <div class="form-floating mb-3">
          <input type="text" inputmode="numeric" class="form-control" id="loginOtp" name="otp" placeholder=" " required pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code">
          <label for="loginOtp">OTP</label>
          <div class="invalid-feedback">Please enter the 6 digit OTP.</div>
        </div>
        <button type="submit" class="btn btn-primary w-100" id="btnVerifyLoginOtp">Verify</button>
      </form>
      <div class="d-flex justify-content-between align-items-center mt-3 small">
        <button type="button" class="btn btn-link btn-sm p-0" id="backToLogin">Back to Login</button>
        <span><button type="button" class="btn btn-link btn-sm p-0" id="resendLoginOtp" disabled>Resend OTP</button> <span id="resendLoginTimer" class="text-muted"></span></span>
      </div>
    </div>
  </div>
</div>`;
}

const LOGIN_JS = `
(function () {
  'use strict';
  var form = document.getElementById('loginForm');
  var otpForm = document.getElementById('loginOtpForm');
  var loginStep = document.getElementById('loginStep');
  var otpStep = document.getElementById('otpStep');
  var img = document.getElementById('captchaImage');
  var captcha = document.getElementById('captcha');
  var resend = document.getElementById('resendLoginOtp');
  var timerText = document.getElementById('resendLoginTimer');
  var timer = null;

  function refreshCaptcha() {
    img.src = '/get-captcha-image?t=' + Date.now();
    captcha.value = '';
  }
  refreshCaptcha();
  document.getElementById('refreshCaptcha').addEventListener('click', refreshCaptcha);

  function busy(button, on, label) {
    button.disabled = on;
    button.innerHTML = on ? '<span class="spinner-border spinner-border-sm me-2" aria-hidden="true"></span>Please wait...' : label;
  }

  function countdown() {
    var left = 30;
    resend.disabled = true;
    clearInterval(timer);
    timerText.textContent = '(' + left + ' s)';
    timer = setInterval(function () {
      left -= 1;
      if (left <= 0) {
        clearInterval(timer);
        resend.disabled = false;
        timerText.textContent = '';
      } else {
        timerText.textContent = '(' + left + ' s)';
      }
    }, 1000);
  }

  form.addEventListener('submit', async function (e) {
    e.preventDefault();
    e.stopPropagation();
    if (!form.checkValidity()) {
      form.classList.add('was-validated');
      return;
    }
    var button = document.getElementById('btnLogin');
    busy(button, true);
    try {
      var res = await UX4G.api('/Home/Login', {
        username: document.getElementById('username').value.trim(),
        password: document.getElementById('password').value,
        captcha: captcha.value.trim()
      });
      if (!res.ok) {
        UX4G.notify(res.data.message || 'Login failed. Please try again.', 'danger');
        if (res.data.field === 'password') document.getElementById('password').value = '';
        form.classList.remove('was-validated');
        refreshCaptcha();
        return;
      }
      loginStep.classList.add('d-none');
      otpStep.classList.remove('d-none');
      document.getElementById('loginOtp').value = '';
      otpForm.classList.remove('was-validated');
      document.getElementById('loginOtp').focus();
      UX4G.notify(res.data.message, 'success');
      countdown();
    } catch (err) {
      UX4G.failed(err);
    } finally {
      busy(button, false, 'Login');
    }
  });

  otpForm.addEventListener('submit', async function (e) {
    e.preventDefault();
    e.stopPropagation();
    var input = document.getElementById('loginOtp');
    if (!otpForm.checkValidity()) {
      otpForm.classList.add('was-validated');
      return;
    }
    var button = document.getElementById('btnVerifyLoginOtp');
    busy(button, true);
    try {
      var res = await UX4G.api('/Home/VerifyLoginOtp', { otp: input.value.trim() });
      if (!res.ok) {
        UX4G.notify(res.data.message || 'Invalid OTP.', 'danger');
        input.value = '';
        otpForm.classList.remove('was-validated');
        input.focus();
        if (res.data.restart) {
          otpStep.classList.add('d-none');
          loginStep.classList.remove('d-none');
          refreshCaptcha();
        }
        return;
      }
      UX4G.notify('Login successful. Redirecting to the dashboard...', 'success');
      setTimeout(function () { location.href = res.data.redirect; }, 500);
    } catch (err) {
      UX4G.failed(err);
    } finally {
      busy(button, false, 'Verify');
    }
  });

  resend.addEventListener('click', async function () {
    try {
      var res = await UX4G.api('/Home/ResendLoginOtp', {});
      UX4G.notify(res.data.message, res.ok ? 'success' : 'danger');
      if (res.ok) countdown();
    } catch (err) {
      UX4G.failed(err);
    }
  });

  document.getElementById('backToLogin').addEventListener('click', function () {
    clearInterval(timer);
    otpStep.classList.add('d-none');
    loginStep.classList.remove('d-none');
    form.classList.remove('was-validated');
    refreshCaptcha();
  });
})();
`;

// ---------------------------------------------------------------------------------------------------
// Signed-in pages: the side menu (a flush accordion), the dashboard with its notice, placeholders.
// ---------------------------------------------------------------------------------------------------

interface MenuLeaf {
  label: string;
  href: string;
}
interface MenuBranch {
  label: string;
  id: string;
  children: MenuLeaf[];
}
interface MenuGroup {
  label: string;
  id: string;
  items: (MenuLeaf | MenuBranch)[];
}

const CREATE_API_USER_URL = '/ApiRegistration/CreateApiUser';

const MENU: MenuGroup[] = [
  {
    label: 'e-Invoice',
    id: 'einvoice',
    items: [
      { label: 'Generate IRN', href: '/Invoice/GenerateIrn' },
      { label: 'Bulk Upload', href: '/Invoice/BulkUpload' },
      { label: 'Cancel IRN', href: '/Invoice/CancelIrn' },
      { label: 'Print e-Invoice', href: '/Invoice/Print' },
    ],
  },
  {
    label: 'API Registration',
    id: 'apiRegistration',
    items: [
      {
        label: 'User Credentials',
        id: 'userCredentials',
        children: [
          { label: 'Create API User', href: CREATE_API_USER_URL },
          { label: 'Change API Password', href: '/ApiRegistration/ChangeApiPassword' },
        ],
      },
      { label: 'IP Whitelisting', href: '/ApiRegistration/IpWhitelisting' },
      { label: 'Freeze API User', href: '/ApiRegistration/FreezeApiUser' },
    ],
  },
  {
    label: 'MIS Reports',
    id: 'misReports',
    items: [
      { label: 'IRN Details', href: '/MisRpt/IrnDetails' },
      { label: 'Summary Report', href: '/MisRpt/Summary' },
    ],
  },
  {
    label: 'User Management',
    id: 'userManagement',
    items: [
      { label: 'Create Sub-User', href: '/UserManagement/CreateSubUser' },
      { label: 'Contacts of Technical Person', href: '/UserManagement/TechnicalContact' },
      { label: 'Change Password', href: '/UserManagement/ChangePassword' },
    ],
  },
];

/** Every leaf with the trail of labels above it (for titles and breadcrumbs). */
const LEAVES: Map<string, string[]> = new Map();
for (const group of MENU) {
  for (const item of group.items) {
    if ('children' in item) {
      for (const leaf of item.children) LEAVES.set(leaf.href, [group.label, item.label, leaf.label]);
    } else {
      LEAVES.set(item.href, [group.label, item.label]);
    }
  }
}

function leafLink(leaf: MenuLeaf, current: string): string {
  const active = leaf.href === current;
  return `<a class="list-group-item list-group-item-action${active ? ' active" aria-current="page' : ''}" href="${leaf.href}">${esc(leaf.label)}</a>`;
}

function sideMenu(current: string): string {
  const groups = MENU.map((group) => {
    const open = group.items.some((item) =>
      'children' in item ? item.children.some((leaf) => leaf.href === current) : item.href === current,
    );
    const items = group.items
      .map((item) => {
        if (!('children' in item)) return leafLink(item, current);
        const branchOpen = item.children.some((leaf) => leaf.href === current);
        return `<button type="button" class="list-group-item list-group-item-action${branchOpen ? '' : ' collapsed'}" data-bs-toggle="collapse" data-bs-target="#menu-${item.id}" aria-expanded="${branchOpen}" aria-controls="menu-${item.id}">${esc(item.label)}</button>
            <div class="collapse${branchOpen ? ' show' : ''}" id="menu-${item.id}">
              ${item.children.map((leaf) => leafLink(leaf, current)).join('\n              ')}
            </div>`;
      })
      .join('\n            ');
    return `<div class="accordion-item">
        <h2 class="accordion-header" id="heading-${group.id}">
          <button class="accordion-button${open ? '' : ' collapsed'}" type="button" data-bs-toggle="collapse" data-bs-target="#menu-${group.id}" aria-expanded="${open}" aria-controls="menu-${group.id}">${esc(group.label)}</button>
        </h2>
        <div id="menu-${group.id}" class="accordion-collapse collapse${open ? ' show' : ''}" aria-labelledby="heading-${group.id}" data-bs-parent="#sideMenu">
          <div class="accordion-body">
            <div class="list-group list-group-flush">
            ${items}
            </div>
          </div>
        </div>
      </div>`;
  }).join('\n      ');
  const home = current === '/Home/MainMenu';
  return `<aside class="col-lg-3 col-xl-2 ux4g-sidebar border-end" aria-label="Side menu">
    <div class="sidebar-title">Main Menu</div>
    <a class="menu-home${home ? ' active" aria-current="page' : ''}" href="/Home/MainMenu">${ICON_HOME}<span>Dash Board</span></a>
    <nav aria-label="Main menu">
      <div class="accordion accordion-flush" id="sideMenu">
      ${groups}
      </div>
    </nav>
  </aside>`;
}

interface SignedInPage {
  gstin: string;
  csrf: string;
  current: string;
  title: string;
  crumbs: string[];
  content: string;
  after?: string;
  script?: string;
}

function signedInPage(p: SignedInPage): string {
  const crumbs = [
    '<li class="breadcrumb-item"><a href="/Home/MainMenu">Home</a></li>',
    ...p.crumbs.map((crumb, i) =>
      i === p.crumbs.length - 1
        ? `<li class="breadcrumb-item active" aria-current="page">${esc(crumb)}</li>`
        : `<li class="breadcrumb-item">${esc(crumb)}</li>`,
    ),
  ].join('');
  const body = `<div class="container-fluid flex-grow-1">
  <div class="row">
  ${sideMenu(p.current)}
  <main id="main-content" class="col-lg-9 col-xl-10 ux4g-page" tabindex="-1">
    <nav aria-label="breadcrumb"><ol class="breadcrumb">${crumbs}</ol></nav>
    ${p.content}
  </main>
  </div>
</div>
${p.after ?? ''}`;
  return page({
    title: p.title,
    body,
    script: p.script,
    csrf: p.csrf,
    gstin: p.gstin,
    active: p.current === '/Home/MainMenu' ? 'dashboard' : undefined,
  });
}

function dashboardPage(gstin: string, csrf: string, showNotice: boolean, apiUsers: number): string {
  const content = `<h1 class="ux4g-page-title">Dash Board</h1>
    <p class="text-muted mb-4">Welcome, <strong>${esc(LEGAL_NAME)}</strong> (GSTIN: ${esc(gstin)})</p>
    <div class="row g-3">
      <div class="col-md-4"><div class="card ux4g-stat-card"><div class="card-body"><h2 class="h6 text-muted text-uppercase">Generations</h2><div class="num">128</div><div class="small text-muted">IRNs generated today &middot; 3,412 this month</div></div></div></div>
      <div class="col-md-4"><div class="card ux4g-stat-card cancelled"><div class="card-body"><h2 class="h6 text-muted text-uppercase">Cancelled</h2><div class="num">4</div><div class="small text-muted">IRNs cancelled today &middot; 37 this month</div></div></div></div>
      <div class="col-md-4"><div class="card ux4g-stat-card"><div class="card-body"><h2 class="h6 text-muted text-uppercase">API Users</h2><div class="num">${apiUsers}</div><div class="small text-muted">Active API users for this GSTIN</div></div></div></div>
    </div>
    <div class="card mt-4"><div class="card-header"><h2 class="h6 mb-0">Announcements</h2></div><div class="card-body small">
      <p class="mb-2">To access the e-Invoice APIs through your GSP, create an API user under <strong>API Registration</strong> in the menu.</p>
      <p class="mb-0">Invoices must be reported on the IRP within the time limit notified for your AATO.</p>
    </div></div>`;
  const after = `<div class="modal fade" id="importantNoticeModal" tabindex="-1" aria-labelledby="importantNoticeLabel" aria-hidden="true" data-bs-backdrop="static" data-bs-keyboard="false">
  <div class="modal-dialog modal-dialog-centered modal-lg">
    <div class="modal-content">
      <div class="modal-header">
        <h5 class="modal-title" id="importantNoticeLabel">Important Notice</h5>
        <button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close"></button>
      </div>
      <div class="modal-body">
        <ol class="mb-0">
          <li class="mb-2">Two-factor authentication (2FA) through OTP is mandatory for all users of the e-Invoice System.</li>
          <li class="mb-2">Please keep the <strong>Contacts of Technical Person</strong> (name, mobile and e-mail) up to date under User Management, so that technical communication reaches the right person.</li>
          <li class="mb-2">Invoices must be reported on the IRP within the time limit notified for taxpayers with AATO of ₹ 100 crore and above.</li>
          <li>Do not share your portal or API credentials with anyone. GSTN / NIC never asks for your password or OTP.</li>
        </ol>
      </div>
      <div class="modal-footer">
        <button type="button" class="btn btn-primary" data-bs-dismiss="modal" id="btnAcknowledgeNotice">I Understand</button>
      </div>
    </div>
  </div>
</div>`;
  const script = showNotice
    ? `
(function () {
  var modal = document.getElementById('importantNoticeModal');
  setTimeout(function () { UX4G.Modal.show(modal); }, 800);
  document.getElementById('btnAcknowledgeNotice').addEventListener('click', function () {
    UX4G.api('/Home/AcknowledgeNotice', {}).catch(function () {});
  });
})();
`
    : undefined;
  return signedInPage({
    gstin,
    csrf,
    current: '/Home/MainMenu',
    title: 'Dash Board',
    crumbs: ['Dash Board'],
    content,
    after,
    script,
  });
}

function placeholderPage(gstin: string, csrf: string, href: string): string {
  const trail = LEAVES.get(href) ?? ['Page'];
  const title = trail[trail.length - 1] ?? 'Page';
  const content = `<h1 class="ux4g-page-title">${esc(title)}</h1>
    <div class="card mt-3"><div class="card-body"><p class="text-muted mb-0">No records found.</p></div></div>`;
  return signedInPage({ gstin, csrf, current: href, title, crumbs: trail, content });
}

// ---------------------------------------------------------------------------------------------------
// Create API User: API OTP (six boxes), registration form, confirmation modal, result.
// ---------------------------------------------------------------------------------------------------

function otpBoxes(): string {
  return Array.from(
    { length: 6 },
    (_, i) =>
      `<input type="text" class="form-control otp-box" inputmode="numeric" maxlength="1" pattern="[0-9]" aria-label="Digit ${i + 1}"${i === 0 ? ' autocomplete="one-time-code"' : ' autocomplete="off"'}>`,
  ).join('\n          ');
}

function createApiUserPage(gstin: string, csrf: string): string {
  const radios = [
    ['regDirect', 'DIRECT', 'Directly'],
    ['regGsp', 'GSP', 'Through GSP'],
    ['regErp', 'ERP', 'Through ERP'],
    ['regOther', 'OTHER', 'Through Client-Id of other'],
  ]
    .map(
      ([id, value, label]) =>
        `<div class="form-check form-check-inline"><input class="form-check-input" type="radio" name="registrationType" id="${id}" value="${value}" required><label class="form-check-label" for="${id}">${label}</label></div>`,
    )
    .join('\n          ');
  const content = `<h1 class="ux4g-page-title">Create API User</h1>
    <p class="text-muted">Create the API user that your GSP or ERP will use to call the e-Invoice APIs for this GSTIN.</p>
    <div class="card" id="apiRegistrationCard">
      <div class="card-header"><h2 class="h5 mb-0">API Registration</h2></div>
      <div class="card-body">
        <div class="row g-3 mb-3">
          <div class="col-md-6 col-lg-4"><label class="form-label" for="gstinDisplay">GSTIN</label><input type="text" class="form-control" id="gstinDisplay" value="${esc(gstin)}" readonly></div>
          <div class="col-md-6 col-lg-5"><label class="form-label" for="legalNameDisplay">Legal Name</label><input type="text" class="form-control" id="legalNameDisplay" value="${esc(LEGAL_NAME)}" readonly></div>
        </div>
        <section id="otpSection" aria-label="OTP verification">
          <p>An OTP will be sent to the mobile number registered with this GSTIN (<strong>${MOBILE_MASKED}</strong>) to confirm that you are the authorised person.</p>
          <button type="button" class="btn btn-primary" id="btnSendOtp">Send OTP</button>
          <div id="otpEntry" class="d-none">
            <div class="alert alert-info small py-2" role="status" id="otpSentInfo">OTP has been sent to your registered mobile number ${MOBILE_MASKED}. It is valid for 10 minutes.</div>
            <label class="form-label required" id="otpLabel">Enter OTP</label>
            <div class="otp-input-group ux4g-otp" role="group" aria-labelledby="otpLabel">
          ${otpBoxes()}
            </div>
            <div class="invalid-feedback" id="otpFeedback">Please enter the 6 digit OTP.</div>
            <div class="d-flex align-items-center gap-3 mt-3">
              <button type="button" class="btn btn-primary" id="btnVerifyOtp">Verify OTP</button>
              <button type="button" class="btn btn-link btn-sm p-0" id="btnResendOtp" disabled>Resend OTP</button>
              <span id="resendTimer" class="small text-muted"></span>
            </div>
          </div>
        </section>
        <section id="registrationSection" class="d-none" aria-label="API user details">
          <form id="apiUserForm" class="needs-validation" novalidate autocomplete="off">
            <fieldset class="mb-3">
              <legend class="form-label fw-semibold required">Do you wish to Register your GSTIN for</legend>
          ${radios}
              <div class="invalid-feedback">Please select an option.</div>
            </fieldset>
            <div id="regTypeInfo" class="alert alert-info small d-none" role="status"></div>
            <div class="row g-3">
              <div class="col-md-8 col-lg-6">
                <label for="gspSelect" class="form-label required">Select your GSP</label>
                <select class="form-select" id="gspSelect" name="gsp" required disabled><option value="" selected>Loading…</option></select>
                <div class="invalid-feedback">Please select your GSP.</div>
              </div>
            </div>
            <div class="row g-3 mt-1">
              <div class="col-md-6 col-lg-4">
                <label for="apiUserName" class="form-label required">Username</label>
                <div class="input-group has-validation">
                  <span class="input-group-text" id="apiPrefix">API_</span>
                  <input type="text" class="form-control" id="apiUserName" name="username" aria-describedby="apiPrefix apiUserHelp" required minlength="3" maxlength="30" pattern="[A-Za-z0-9_.\\-]{3,30}" autocomplete="off" spellcheck="false">
                  <div class="invalid-feedback">Username must be 3 to 30 characters: letters, digits, underscore, dot or hyphen.</div>
                </div>
                <div class="form-text" id="apiUserHelp">Your API username will be API_ followed by what you enter.</div>
              </div>
              <div class="col-md-6 col-lg-4">
                <label for="apiPassword" class="form-label required">Password</label>
                <input type="password" class="form-control" id="apiPassword" name="password" required maxlength="15" pattern="(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}" autocomplete="new-password" aria-describedby="apiPasswordHelp">
                <div class="invalid-feedback">Password does not meet the password policy.</div>
                <div class="form-text" id="apiPasswordHelp">8 to 15 characters, with at least one upper case letter, one lower case letter, one number and one special character.</div>
              </div>
              <div class="col-md-6 col-lg-4">
                <label for="apiRePassword" class="form-label required">Re-enter Password</label>
                <input type="password" class="form-control" id="apiRePassword" name="confirmPassword" required maxlength="15" autocomplete="new-password">
                <div class="invalid-feedback" id="rePasswordFeedback">Please re-enter the password.</div>
              </div>
            </div>
            <div class="d-flex gap-2 mt-4">
              <button type="submit" class="btn btn-primary px-4" id="btnSubmit">Submit</button>
              <a class="btn btn-outline-danger px-4" href="/Home/MainMenu" id="btnExit">Exit</a>
            </div>
          </form>
        </section>
        <section id="resultSection" class="d-none" aria-live="polite"></section>
      </div>
    </div>`;
  const after = `<div class="modal fade" id="confirmModal" tabindex="-1" aria-labelledby="confirmModalLabel" aria-hidden="true" data-bs-backdrop="static">
  <div class="modal-dialog modal-dialog-centered">
    <div class="modal-content">
      <div class="modal-header">
        <h5 class="modal-title" id="confirmModalLabel">Confirm</h5>
        <button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close"></button>
      </div>
      <div class="modal-body">
        <p class="mb-2" id="confirmText"></p>
        <p class="small text-muted mb-0">Please note the username and password. You will need them to call the Authentication API through your GSP.</p>
      </div>
      <div class="modal-footer">
        <button type="button" class="btn btn-secondary" data-bs-dismiss="modal">Cancel</button>
        <button type="button" class="btn btn-primary" id="btnProceed">Proceed</button>
      </div>
    </div>
  </div>
</div>`;
  return signedInPage({
    gstin,
    csrf,
    current: CREATE_API_USER_URL,
    title: 'Create API User',
    crumbs: ['API Registration', 'User Credentials', 'Create API User'],
    content,
    after,
    script: `var ICON_CHECK = ${JSON.stringify(ICON_CHECK)};\n${CREATE_API_USER_JS}`,
  });
}

const CREATE_API_USER_JS = String.raw`
(function () {
  'use strict';
  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function busy(button, on, label) {
    button.disabled = on;
    button.innerHTML = on ? '<span class="spinner-border spinner-border-sm me-2" aria-hidden="true"></span>Please wait...' : label;
  }

  // --- API OTP ----------------------------------------------------------------------------------
  var sendButton = document.getElementById('btnSendOtp');
  var verifyButton = document.getElementById('btnVerifyOtp');
  var resendButton = document.getElementById('btnResendOtp');
  var resendTimer = document.getElementById('resendTimer');
  var otpEntry = document.getElementById('otpEntry');
  var feedback = document.getElementById('otpFeedback');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.otp-box'));
  var ticker = null;

  function clearInvalid() {
    boxes.forEach(function (b) { b.classList.remove('is-invalid'); });
    feedback.classList.remove('d-block');
  }
  function spread(digits, from) {
    for (var k = 0; k < digits.length && from + k < boxes.length; k++) boxes[from + k].value = digits.charAt(k);
    boxes[Math.min(from + digits.length, boxes.length - 1)].focus();
    clearInvalid();
  }
  boxes.forEach(function (box, i) {
    box.addEventListener('input', function () {
      var digits = box.value.replace(/\D/g, '');
      if (digits.length > 1) {
        spread(digits, i);
        return;
      }
      box.value = digits;
      if (digits && i < boxes.length - 1) boxes[i + 1].focus();
      clearInvalid();
    });
    box.addEventListener('keydown', function (e) {
      if (e.key === 'Backspace' && !box.value && i > 0) {
        e.preventDefault();
        boxes[i - 1].value = '';
        boxes[i - 1].focus();
      } else if (e.key === 'ArrowLeft' && i > 0) {
        boxes[i - 1].focus();
      } else if (e.key === 'ArrowRight' && i < boxes.length - 1) {
        boxes[i + 1].focus();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        verify();
      }
    });
    box.addEventListener('paste', function (e) {
      e.preventDefault();
      var text = (e.clipboardData || window.clipboardData).getData('text') || '';
      spread(text.replace(/\D/g, ''), i);
    });
    box.addEventListener('focus', function () { box.select(); });
  });

  function countdown() {
    var left = 30;
    resendButton.disabled = true;
    clearInterval(ticker);
    resendTimer.textContent = 'You can request a new OTP in ' + left + ' s';
    ticker = setInterval(function () {
      left -= 1;
      if (left <= 0) {
        clearInterval(ticker);
        resendButton.disabled = false;
        resendTimer.textContent = '';
      } else {
        resendTimer.textContent = 'You can request a new OTP in ' + left + ' s';
      }
    }, 1000);
  }

  async function sendOtp(button, label) {
    busy(button, true);
    try {
      var res = await UX4G.api('/ApiRegistration/SendOtp', {});
      if (!res.ok) {
        UX4G.notify(res.data.message || 'Unable to send OTP. Please try again.', 'danger');
        return;
      }
      sendButton.classList.add('d-none');
      otpEntry.classList.remove('d-none');
      boxes.forEach(function (b) { b.value = ''; });
      clearInvalid();
      boxes[0].focus();
      UX4G.notify(res.data.message, 'success');
      countdown();
    } catch (err) {
      UX4G.failed(err);
    } finally {
      busy(button, false, label);
    }
  }
  sendButton.addEventListener('click', function () { sendOtp(sendButton, 'Send OTP'); });
  resendButton.addEventListener('click', function () { sendOtp(resendButton, 'Resend OTP'); });

  async function verify() {
    var otp = boxes.map(function (b) { return b.value; }).join('');
    if (!/^\d{6}$/.test(otp)) {
      boxes.forEach(function (b) { if (!b.value) b.classList.add('is-invalid'); });
      feedback.classList.add('d-block');
      return;
    }
    busy(verifyButton, true);
    try {
      var res = await UX4G.api('/ApiRegistration/VerifyOtp', { otp: otp });
      if (!res.ok) {
        UX4G.notify(res.data.message || 'Invalid OTP.', 'danger');
        boxes.forEach(function (b) { b.value = ''; });
        boxes[0].focus();
        return;
      }
      clearInterval(ticker);
      UX4G.notify(res.data.message, 'success');
      document.getElementById('otpSection').classList.add('d-none');
      document.getElementById('registrationSection').classList.remove('d-none');
    } catch (err) {
      UX4G.failed(err);
    } finally {
      busy(verifyButton, false, 'Verify OTP');
    }
  }
  verifyButton.addEventListener('click', verify);

  // --- Registration form ------------------------------------------------------------------------
  var form = document.getElementById('apiUserForm');
  var select = document.getElementById('gspSelect');
  var info = document.getElementById('regTypeInfo');
  var username = document.getElementById('apiUserName');
  var password = document.getElementById('apiPassword');
  var rePassword = document.getElementById('apiRePassword');
  var reFeedback = document.getElementById('rePasswordFeedback');
  var loaded = false;
  var loading = false;
  var NOT_ENABLED = {
    DIRECT: 'Direct API access is given only to taxpayers with an AATO of ₹ 1000 crore and above whose request has been approved. To access the APIs through your GST Suvidha Provider, choose Through GSP.',
    ERP: 'Registration through ERP is not enabled for your GSTIN.',
    OTHER: 'Registration through the Client-Id of another taxpayer is not enabled for your GSTIN.'
  };

  async function loadGsps() {
    if (loaded) {
      select.disabled = false;
      return;
    }
    if (loading) return;
    loading = true;
    select.disabled = true;
    select.innerHTML = '<option value="" selected>Loading…</option>';
    try {
      var res = await UX4G.api('/ApiRegistration/GetGspList');
      if (!res.ok) {
        UX4G.notify(res.data.message || 'Unable to load the list of GSPs.', 'danger');
        return;
      }
      var html = '<option value="" selected>Select your GSP</option>';
      res.data.gsps.forEach(function (g) { html += '<option value="' + esc(g.id) + '">' + esc(g.name) + '</option>'; });
      select.innerHTML = html;
      loaded = true;
      if (checkedType() === 'GSP') select.disabled = false;
    } catch (err) {
      UX4G.failed(err);
    } finally {
      loading = false;
    }
  }

  function checkedType() {
    var r = form.querySelector('input[name="registrationType"]:checked');
    return r ? r.value : '';
  }

  form.querySelectorAll('input[name="registrationType"]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      var type = checkedType();
      if (type === 'GSP') {
        info.classList.add('d-none');
        loadGsps();
      } else {
        select.disabled = true;
        info.textContent = NOT_ENABLED[type] || '';
        info.classList.remove('d-none');
      }
    });
  });

  function matchPasswords() {
    if (!rePassword.value) {
      rePassword.setCustomValidity('');
      reFeedback.textContent = 'Please re-enter the password.';
    } else if (rePassword.value !== password.value) {
      rePassword.setCustomValidity('Passwords do not match');
      reFeedback.textContent = 'Password and Re-enter Password do not match.';
    } else {
      rePassword.setCustomValidity('');
    }
  }
  password.addEventListener('input', matchPasswords);
  rePassword.addEventListener('input', matchPasswords);

  var modal = document.getElementById('confirmModal');
  var proceed = document.getElementById('btnProceed');
  var pending = null;

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    e.stopPropagation();
    matchPasswords();
    var type = checkedType();
    if (type && type !== 'GSP') {
      UX4G.notify(NOT_ENABLED[type], 'danger');
      return;
    }
    if (!form.checkValidity()) {
      form.classList.add('was-validated');
      var first = form.querySelector('input:invalid, select:invalid');
      if (first) first.focus();
      return;
    }
    if (!select.value) {
      form.classList.add('was-validated');
      UX4G.notify('Please select your GSP.', 'danger');
      return;
    }
    var gspName = select.options[select.selectedIndex].text;
    pending = {
      registrationType: type,
      gspId: select.value,
      username: username.value.trim(),
      password: password.value,
      confirmPassword: rePassword.value
    };
    document.getElementById('confirmText').innerHTML = 'Do you want to create the API user <strong>API_' + esc(pending.username) + '</strong> for <strong>' + esc(gspName) + '</strong>?';
    UX4G.Modal.show(modal);
  });

  proceed.addEventListener('click', async function () {
    if (!pending) return;
    var body = pending;
    pending = null;
    UX4G.Modal.hide(modal);
    var submit = document.getElementById('btnSubmit');
    busy(submit, true);
    try {
      var res = await UX4G.api('/ApiRegistration/CreateApiUser', body);
      if (!res.ok) {
        UX4G.notify(res.data.message || 'Unable to create the API user.', 'danger');
        if (res.data.code === 'USERNAME_TAKEN') username.focus();
        return;
      }
      showResult(res.data);
      UX4G.notify('API user created successfully.', 'success');
    } catch (err) {
      UX4G.failed(err);
    } finally {
      busy(submit, false, 'Submit');
    }
  });

  function showResult(data) {
    var rows = data.registered.map(function (r, i) {
      return '<tr><td>' + (i + 1) + '</td><td>' + esc(r.gsp) + '</td><td>' + esc(r.username) + '</td><td>' + esc(r.createdOn) + '</td><td><span class="badge text-bg-success">' + esc(r.status) + '</span></td></tr>';
    }).join('');
    var result = document.getElementById('resultSection');
    result.innerHTML =
      '<div class="alert alert-success d-flex align-items-start" role="alert">' + ICON_CHECK +
      '<div><h2 class="alert-heading h5">API user created successfully</h2><p class="mb-0">' + esc(data.message) + '</p></div></div>' +
      '<h3 class="h6 mt-4">GSPs registered for GSTIN ' + esc(data.gstin) + '</h3>' +
      '<div class="table-responsive"><table class="table table-bordered align-middle" id="registeredGspTable">' +
      '<thead class="table-light"><tr><th scope="col">Sl. No.</th><th scope="col">GSP Name</th><th scope="col">API User Name</th><th scope="col">Created On</th><th scope="col">Status</th></tr></thead>' +
      '<tbody>' + rows + '</tbody></table></div>' +
      '<a class="btn btn-outline-primary" href="/Home/MainMenu">Back to Dash Board</a>';
    document.getElementById('registrationSection').classList.add('d-none');
    result.classList.remove('d-none');
    result.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }
})();
`;

// ---------------------------------------------------------------------------------------------------
// The server: sessions by cookie, pages, JSON endpoints, the one-time expiry.
// ---------------------------------------------------------------------------------------------------

interface Session {
  id: string;
  stage: 'otp' | 'in';
  csrf: string;
  noticeAck: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
}

const COOKIE = 'EINV.SID';
const SESSION_LOST = {
  status: 401,
  error: 'SessionExpired',
  message: 'Session expired. Please login again.',
  redirect: '/?session=expired',
};

function cookiesOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at).trim()] = decodeURIComponent(part.slice(at + 1).trim());
  }
  return out;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 65536) break;
    chunks.push(chunk as Buffer);
  }
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
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

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), headers);
}

function html(res: ServerResponse, body: string, status = 200): void {
  send(res, status, 'text/html; charset=utf-8', body, { 'X-Frame-Options': 'SAMEORIGIN' });
}

function redirect(res: ServerResponse, location: string, headers: Record<string, string> = {}): void {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', ...headers });
  res.end();
}

function notFoundPage(): string {
  return page({
    title: 'Page not found',
    body: `<main id="main-content" class="container py-5" tabindex="-1"><h1 class="h3">Page not found</h1><p>The page you requested could not be found.</p><a class="btn btn-primary" href="/">Go to Home</a></main>`,
  });
}

export async function startUx4gR15Rendition(options: Ux4gR15Options = {}): Promise<Ux4gR15Rendition> {
  const state: Ux4gR15State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  let pendingExpiry: Ux4gR15Expiry | undefined = options.expireOnce;

  /** Deletes the session when this is the first request of the stage chosen to expire. */
  function expiresNow(stage: Ux4gR15Expiry, session: Session): boolean {
    if (pendingExpiry !== stage) return false;
    pendingExpiry = undefined;
    sessions.delete(session.id);
    state.expired.push(stage);
    return true;
  }

  function registered(): { gsp: string; username: string; createdOn: string; status: string }[] {
    return [
      ...ON_FILE.map((r) => ({ ...r, status: 'Active' })),
      ...state.users
        .filter((u) => u.gstin === state.gstin)
        .map((u) => ({ gsp: u.gsp, username: u.username, createdOn: u.createdOn, status: 'Active' })),
    ];
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    const sid = cookiesOf(req)[COOKIE];
    const session = sid ? sessions.get(sid) : undefined;

    // --- Public ---------------------------------------------------------------------------------
    if (method === 'GET' && path === '/') {
      if (session?.stage === 'in') return redirect(res, '/Home/MainMenu');
      const notice =
        url.searchParams.get('session') === 'expired'
          ? 'expired'
          : url.searchParams.has('logout')
            ? 'logout'
            : undefined;
      return html(res, homePage(notice));
    }
    if (method === 'GET' && path === '/get-captcha-image') {
      return send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
    }
    if (method === 'GET' && path === '/assets/images/emblem.svg') {
      return send(res, 200, 'image/svg+xml', EMBLEM_SVG, { 'Cache-Control': 'public, max-age=86400' });
    }
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (method === 'POST' && path === '/Home/Login') {
      const body = await readJson(req);
      if (str(body.captcha).trim().toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        return json(res, 400, {
          message: 'Invalid Captcha. Please enter the characters shown in the image.',
          field: 'captcha',
        });
      }
      const okUser = str(body.username).trim().toLowerCase() === UX4G_R15_LOGIN.username.toLowerCase();
      if (!okUser || str(body.password) !== UX4G_R15_LOGIN.password) {
        state.refusals.push('login');
        return json(res, 400, {
          message: 'Invalid Login Credentials. Please check your username and password.',
          field: 'password',
        });
      }
      if (session) sessions.delete(session.id);
      const fresh: Session = {
        id: randomBytes(18).toString('hex'),
        stage: 'otp',
        csrf: `CfDJ8${randomBytes(24).toString('base64url')}`,
        noticeAck: false,
        apiOtpSent: false,
        apiOtpVerified: false,
      };
      sessions.set(fresh.id, fresh);
      return json(
        res,
        200,
        { message: `OTP has been sent to your registered mobile number ${MOBILE_MASKED}.` },
        { 'Set-Cookie': `${COOKIE}=${fresh.id}; Path=/; HttpOnly; SameSite=Lax` },
      );
    }
    if (method === 'POST' && path === '/Home/VerifyLoginOtp') {
      const body = await readJson(req);
      if (session?.stage !== 'otp') {
        return json(res, 400, {
          message: 'Your login attempt has timed out. Please login again.',
          restart: true,
        });
      }
      if (str(body.otp).trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        return json(res, 400, {
          message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
        });
      }
      session.stage = 'in';
      return json(res, 200, { message: 'Login successful.', redirect: '/Home/MainMenu' });
    }
    if (method === 'POST' && path === '/Home/ResendLoginOtp') {
      await readJson(req);
      if (session?.stage !== 'otp') {
        return json(res, 400, { message: 'Your login attempt has timed out. Please login again.' });
      }
      return json(res, 200, {
        message: `OTP has been resent to your registered mobile number ${MOBILE_MASKED}.`,
      });
    }
    if (path === '/Home/Logout') {
      if (session) sessions.delete(session.id);
      return redirect(res, '/?logout=1', {
        'Set-Cookie': `${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`,
      });
    }

    // --- Signed in ------------------------------------------------------------------------------
    const known =
      path === '/Home/MainMenu' ||
      path === '/Home/AcknowledgeNotice' ||
      path.startsWith('/ApiRegistration/') ||
      LEAVES.has(path);
    if (!known) return html(res, notFoundPage(), 404);
    const wantsJson =
      method !== 'GET' ||
      (req.headers.accept ?? '').includes('application/json') ||
      req.headers['x-requested-with'] === 'XMLHttpRequest';
    if (session?.stage !== 'in') {
      if (method === 'POST') await readJson(req);
      if (wantsJson) return json(res, 401, SESSION_LOST);
      return redirect(res, sid ? '/?session=expired' : '/');
    }
    if (method === 'POST' && req.headers.requestverificationtoken !== session.csrf) {
      await readJson(req);
      return json(res, 400, { message: 'Invalid request. Please reload the page and try again.' });
    }

    if (method === 'GET' && path === '/Home/MainMenu') {
      return html(res, dashboardPage(state.gstin, session.csrf, !session.noticeAck, registered().length));
    }
    if (method === 'POST' && path === '/Home/AcknowledgeNotice') {
      await readJson(req);
      session.noticeAck = true;
      return json(res, 200, { ok: true });
    }
    if (method === 'GET' && path === CREATE_API_USER_URL) {
      session.apiOtpSent = false;
      session.apiOtpVerified = false;
      return html(res, createApiUserPage(state.gstin, session.csrf));
    }
    if (method === 'POST' && path === '/ApiRegistration/SendOtp') {
      await readJson(req);
      if (expiresNow('api-otp-send', session)) return json(res, 401, SESSION_LOST);
      session.apiOtpSent = true;
      return json(res, 200, {
        message: `OTP has been sent to your registered mobile number ${MOBILE_MASKED}.`,
      });
    }
    if (method === 'POST' && path === '/ApiRegistration/VerifyOtp') {
      const body = await readJson(req);
      if (expiresNow('api-otp-verify', session)) return json(res, 401, SESSION_LOST);
      if (!session.apiOtpSent)
        return json(res, 400, { message: 'Please click Send OTP to receive the OTP.' });
      if (str(body.otp).trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        return json(res, 400, {
          message: 'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
        });
      }
      session.apiOtpVerified = true;
      return json(res, 200, { message: 'OTP verified successfully.' });
    }
    if (method === 'GET' && path === '/ApiRegistration/GetGspList') {
      await new Promise((resolve) => setTimeout(resolve, 350));
      return json(res, 200, { gsps: GSPS.map((name, i) => ({ id: String(1001 + i), name })) });
    }
    if (method === 'POST' && path === CREATE_API_USER_URL) {
      const body = await readJson(req);
      if (expiresNow('submit', session)) return json(res, 401, SESSION_LOST);
      return createUser(res, session, body);
    }
    if (method === 'GET' && LEAVES.has(path)) {
      return html(res, placeholderPage(state.gstin, session.csrf, path));
    }
    return html(res, notFoundPage(), 404);
  }

  function createUser(res: ServerResponse, session: Session, body: Record<string, unknown>) {
    if (!session.apiOtpVerified) {
      return json(res, 403, {
        message: 'Please verify the OTP sent to your registered mobile number first.',
      });
    }
    if (str(body.registrationType) !== 'GSP') {
      return json(res, 400, { message: 'The selected registration type is not enabled for your GSTIN.' });
    }
    const index = Number(str(body.gspId)) - 1001;
    const gsp = Number.isInteger(index) ? GSPS[index] : undefined;
    if (!gsp) return json(res, 400, { message: 'Please select your GSP.' });
    const typed = str(body.username).trim();
    if (!USERNAME_RULE.test(typed)) {
      return json(res, 400, {
        message: 'Username must be 3 to 30 characters: letters, digits, underscore, dot or hyphen.',
      });
    }
    const password = str(body.password);
    if (!PASSWORD_RULE.test(password)) {
      return json(res, 400, { message: 'Password does not meet the password policy.' });
    }
    if (password !== str(body.confirmPassword)) {
      return json(res, 400, { message: 'Password and Re-enter Password do not match.' });
    }
    const username = `API_${typed}`;
    if (registered().some((r) => r.gsp.toLowerCase() === gsp.toLowerCase())) {
      state.refusals.push('duplicate');
      return json(res, 409, {
        code: 'DUPLICATE',
        message: `GSTIN ${state.gstin} is already registered with ${gsp}.`,
      });
    }
    const taken = [
      ...TAKEN_USERNAMES,
      ...ON_FILE.map((r) => r.username),
      ...state.users.map((u) => u.username),
    ];
    if (taken.some((name) => name.toLowerCase() === username.toLowerCase())) {
      state.refusals.push('username-taken');
      return json(res, 409, {
        code: 'USERNAME_TAKEN',
        message: `Username ${username} is already in use. Please choose a different username.`,
      });
    }
    const createdOn = stamp();
    state.users.push({ gstin: state.gstin, gsp, username, password, createdOn });
    session.apiOtpVerified = false;
    return json(res, 200, {
      message: `API user ${username} has been created successfully for ${gsp}. Please note the username and password; you will need them for the Authentication API.`,
      gstin: state.gstin,
      user: { gsp, username, createdOn },
      registered: registered(),
    });
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        json(res, 500, { message: 'An unexpected error occurred. Please try again later.' });
      else res.end();
      console.error('r15-ux4g:', error);
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
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
