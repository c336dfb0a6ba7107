/**
 * Rendition r11-bs5: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2022-2025 Bootstrap 5 admin-template site
 * (AdminLTE 4 / CoreUI style) would draw it: an `offcanvas-lg` sidebar that is a fixed column on wide
 * screens and a slide-in panel behind a ☰ button on narrow ones, Bootstrap collapse groups that animate
 * their height (`.collapsing`, 350 ms), Bootstrap 5 modals with a separate `.modal-backdrop` (150 ms
 * fades), toasts in a top-right `.toast-container`, button-group radios (`.btn-check` + label buttons),
 * `input-group` prefixes, `.is-invalid` + `.invalid-feedback` validation, and a Tom Select picker over a
 * hidden native <select>. Every page is rendered by the server; every action after the page load is a
 * fetch() with a JSON body. Every line of markup, style and script is written here; no library files, no
 * icon fonts (icons are small hand-drawn SVGs), no network.
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - URLs: `/` sends to `/login` (or to `/dashboard` when signed in); the 2FA step is its own page
 *   `/login/two-factor`; `/dashboard` (heading "Dash Board"); Create API User at
 *   `/api-registration/user-credentials/create-api-user`. JSON endpoints live under `/api/`.
 * - Login: a centred card "Login" with Username, Password (an eye button toggles it visible) and a
 *   captcha drawn as an SVG image (`/captcha.svg`, the configured characters with fresh noise each time,
 *   compared case-insensitively) with a refresh icon button. The captcha is checked first, then username
 *   (case-insensitive) and password. Refusals are an `.alert-danger` in the card (not `alert()`):
 *   "Invalid Captcha. Please enter the characters shown in the image." and "Invalid Login Credentials.
 *   Please check your username and password."; the captcha box is emptied and the picture redrawn.
 *   Empty fields get `.is-invalid` and "Please enter ..." (no refusal). No lock-out, no password hashing.
 * - 2FA: card "Two-Factor Authentication", six one-digit boxes (`input.otp-digit`, auto-advance, paste or
 *   a longer value spreads over the boxes, Backspace goes back) feeding a hidden `otp` input, button
 *   "Verify", "Resend OTP" after a 30 s countdown. Wrong: "Invalid OTP. Please enter the correct OTP sent
 *   to your registered mobile number." as an `.alert-danger`; the boxes are emptied; retries unlimited.
 * - After login: the Bootstrap modal "Contacts of Technical Person" (name, mobile, e-mail as editable
 *   fields; "Update" and "Exit", plus the header × `.btn-close`) opens ~350 ms after an XHR
 *   (`GET /api/profile/technical-contact`) answers, on the first signed-in page of a session (option
 *   techContact). Its backdrop is static: a click beside it only shakes it, Escape does nothing.
 *   "Update" saves and shows a success toast. Dashboard cards "Generations" and "Cancelled" and a "Quick
 *   actions" card (Generate IRN, Bulk Upload, Cancel IRN, MIS Reports: no Create API User).
 * - Menu: Dash Board; e-Invoice (Generate IRN, Bulk Upload, Cancel IRN, Print e-Invoice); API
 *   Registration (User Credentials → Create API User, View API Users; IP Whitelisting; Freeze API User;
 *   Change API Password); MIS Reports; User Management. Groups are collapsed unless they hold the current
 *   page. Leaves other than Dash Board and Create API User are placeholder pages ("No records found.").
 *   The navbar's user dropdown holds Profile and Logout (`/logout`, back to `/login?logout=1`).
 * - API OTP: the page "Create API User" shows a card "API Registration" and POSTs
 *   `/api/api-registration/otp/send` on load (that request sends the OTP); until it answers, "Enter OTP"
 *   and "Verify OTP" are disabled under a spinner "Sending OTP to your registered mobile number...". Then:
 *   "An OTP has been sent to your registered mobile number XXXXXX7310. It is valid for 10 minutes." and a
 *   "Resend OTP" link disabled for 30 s ("You can request a new OTP in 30 s"). Wrong OTP: a red toast
 *   "Invalid OTP. Please enter the valid OTP sent to your registered mobile number." (5 s, the only sign;
 *   the box is emptied; retries unlimited). After 10 minutes: "OTP has expired. Please click Resend OTP
 *   to get a new OTP." A verified OTP lasts until one API user is created.
 * - Registration form: "Do you wish to Register your GSTIN for" as a button group Directly / Through GSP /
 *   Through ERP / Through Client-Id of other. Only "Through GSP" shows the fields; the others show an
 *   `.alert-info` saying the option is not enabled for this GSTIN and disable Submit. "Select your GSP" is
 *   a Tom Select (search by "contains", arrows/Enter, click) over 24 names. "Username" has the `API_`
 *   prefix as an `input-group-text`; 3 to 30 letters, digits, '.', '-' or '_' typed; a typed leading
 *   "API_" is not doubled. "Password" and "Confirm Password": 8 to 20 characters with an upper-case
 *   letter, a lower-case letter, a digit and a special character. "Submit" (type=button) opens the modal
 *   "Confirm Submission" ("Create the API user API_x for <GSP>? ..." with "Yes, Submit" / "Cancel");
 *   "Exit" goes back to the dashboard.
 * - Refusals after Submit, as a dismissible `.alert-danger` above the form: "GSTIN <gstin> is already
 *   registered with <GSP>." (duplicate: an earlier registration with Tera Software Limited is on file, or
 *   any made here) and "Username API_x already exists. Please choose a different username."
 *   (username-taken: API_admin, API_test, API_demo, API_einvoice or any on file, case-insensitively).
 * - Success: `.alert-success` "API user API_x has been created successfully for <GSP>.", a green toast
 *   "API user created successfully.", the form hidden, and the card "GSPs registered for GSTIN <gstin>"
 *   (#, GSP Name, API Username, Registered On, Status) gains the row. That card appears once the OTP is
 *   verified.
 * - Sessions: cookie `EINV.Session` (HttpOnly, SameSite=Lax) naming server-side state, 20 minutes idle.
 *   A page GET without a live session is a 302 to `/login` (to `/login?expired=1` when the cookie names a
 *   session that is gone); `/login?expired=1` shows an `.alert-warning` "Your session has expired. Please
 *   login again to continue.". A fetch without a live session gets 401 JSON and the page's script goes to
 *   `/login?expired=1`. Signed-in fetches carry the page's `X-CSRF-Token`.
 * - expireOnce: the first request of that stage (otp/send, otp/verify, or the Submit POST) deletes the
 *   server session first, so it answers 401 as any lost session does.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Where a session may be made to expire once: the first request of that stage finds the session gone. */
export type R11Bs5Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface R11Bs5Options {
  expireOnce?: R11Bs5Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
  /** Whether the technical-contact modal opens on the first signed-in page of a session (default true). */
  techContact?: boolean;
}

export interface R11Bs5User {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

export interface R11Bs5State {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: R11Bs5User[];
  /**
   * What the portal refused, in order: 'login', 'captcha', 'login-otp', 'api-otp', 'duplicate'
   * (GSTIN already registered with that GSP), 'username-taken'.
   */
  refusals: string[];
  /** Stages at which the session expired. */
  expired: string[];
}

export interface R11Bs5Rendition {
  url: string;
  close(): Promise<void>;
  state: R11Bs5State;
}

export const R11_BS5_LOGIN: { username: string; password: string } = {
  username: 'mhtaxpayer27',
  password: 'Bs5@Portal#24',
};

const LEGAL_NAME = 'SAHYADRI TEXTILE MILLS';
const MOBILE = 'XXXXXX7310';
const SESSION_COOKIE = 'EINV.Session';
const IDLE_MS = 20 * 60 * 1000;
const API_OTP_VALID_MS = 10 * 60 * 1000;
const RESEND_SECONDS = 30;
const CREATE_PATH = '/api-registration/user-credentials/create-api-user';
const EXPIRED_LOGIN = '/login?expired=1';
const EXPIRED_NOTICE =
  '<div class="alert alert-warning" role="alert">Your session has expired. Please login again to continue.</div>';
const LOGOUT_NOTICE =
  '<div class="alert alert-success" role="status">You have been logged out successfully.</div>';
const TECH_CONTACT = { name: 'Prakash Deshmukh', mobile: '98XXXXXX41', email: 'it.desk@sahyadritex.example' };

/** The GSPs offered; the real list has several dozen, spelling and case as the guides show them. */
const GSPS = [
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
  'Reliance Corporate IT Park Limited',
  'SAG Infotech Private Limited',
  'Seshaasai Business Forms Private Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'Taxilla Technologies Private Limited',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Vayana Network Services Private Limited',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
  'Zoho Corporation Private Limited',
];

/** A registration made before this run, so the table is not empty and "already registered" can happen. */
const EARLIER_REGISTRATIONS = [
  { gsp: 'Tera Software Limited', username: 'API_terasoft27', createdOn: '2024-03-12T10:15:00.000Z' },
];
const RESERVED_USERNAMES = ['API_admin', 'API_test', 'API_demo', 'API_einvoice'];

/** The portal's words where the facts give none (or only their start). */
const TEXT = {
  badCaptcha: 'Invalid Captcha. Please enter the characters shown in the image.',
  badLogin: 'Invalid Login Credentials. Please check your username and password.',
  badLoginOtp: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
  badApiOtp: 'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
  apiOtpExpired: 'OTP has expired. Please click Resend OTP to get a new OTP.',
  chooseAnother: 'Please choose a different username.',
};
const USERNAME_RULE = /^[A-Za-z0-9_.-]{3,30}$/;
/** 8 to 20 characters, with an upper-case letter, a lower-case letter, a digit and a special character. */
const PASSWORD_RULE = /^(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,20}$/;
const USERNAME_RULE_TEXT = 'Username must be 3 to 30 characters: letters, digits, dot, hyphen or underscore.';
const PASSWORD_RULE_TEXT =
  'Password must be 8 to 20 characters with at least one upper-case letter, one lower-case letter, one digit and one special character.';

interface MenuLeaf {
  label: string;
  href: string;
}
interface MenuGroup {
  label: string;
  id: string;
  icon?: string;
  children: MenuItem[];
}
type MenuItem = MenuLeaf | MenuGroup;

/** Icons drawn by hand in a 16×16 box (the template would use an icon font; none is loaded here). */
const ICON = {
  list: '<rect x="2" y="3" width="12" height="1.6" rx=".8"/><rect x="2" y="7.2" width="12" height="1.6" rx=".8"/><rect x="2" y="11.4" width="12" height="1.6" rx=".8"/>',
  eye: '<path d="M1 8c1.8-3.2 4.2-4.8 7-4.8S13.2 4.8 15 8c-1.8 3.2-4.2 4.8-7 4.8S2.8 11.2 1 8z" fill="none" stroke="currentColor" stroke-width="1.3"/><circle cx="8" cy="8" r="2.2"/>',
  eyeSlash:
    '<path d="M1 8c1.8-3.2 4.2-4.8 7-4.8S13.2 4.8 15 8c-1.8 3.2-4.2 4.8-7 4.8S2.8 11.2 1 8z" fill="none" stroke="currentColor" stroke-width="1.3"/><circle cx="8" cy="8" r="2.2"/><line x1="2.5" y1="13.5" x2="13.5" y2="2.5" stroke="currentColor" stroke-width="1.5"/>',
  refresh:
    '<path d="M13 8.5A5 5 0 1 1 11.4 4.3" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/><path d="M12.8 1.8v3.4H9.4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>',
  chevron:
    '<path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>',
  person: '<circle cx="8" cy="5" r="3"/><path d="M2 14.5c.6-3.2 3-4.8 6-4.8s5.4 1.6 6 4.8z"/>',
  gauge:
    '<path d="M2 11a6 6 0 1 1 12 0" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 11 11 6.5" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/><circle cx="8" cy="11" r="1.3"/>',
  file: '<path d="M3.5 1.5h6l3 3v10h-9z" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linejoin="round"/><rect x="5.5" y="7" width="5" height="1.2"/><rect x="5.5" y="9.8" width="5" height="1.2"/>',
  key: '<circle cx="5" cy="8" r="3" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 8h6.5M12 8v2.5M14 8v2" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>',
  chart:
    '<rect x="2" y="9" width="2.6" height="5"/><rect x="6.7" y="5" width="2.6" height="9"/><rect x="11.4" y="2" width="2.6" height="12"/>',
  people:
    '<circle cx="5.5" cy="5" r="2.4"/><circle cx="11" cy="5.6" r="2"/><path d="M1 14c.4-2.8 2.2-4.2 4.5-4.2S9.6 11.2 10 14z"/><path d="M10.6 9.6c2.2 0 3.8 1.3 4.2 4.4h-3.4c-.2-1.8-.6-3.2-1.6-4.2z"/>',
  dot: '<circle cx="8" cy="8" r="3.2" fill="none" stroke="currentColor" stroke-width="1.4"/>',
};

function svgIcon(paths: string, cls = 'bi', size = 16): string {
  return `<svg class="${cls}" width="${size}" height="${size}" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true" focusable="false">${paths}</svg>`;
}

const MENU: MenuItem[] = [
  { label: 'Dash Board', href: '/dashboard' },
  {
    label: 'e-Invoice',
    id: 'menu-einvoice',
    icon: ICON.file,
    children: [
      { label: 'Generate IRN', href: '/einvoice/generate' },
      { label: 'Bulk Upload', href: '/einvoice/bulk-upload' },
      { label: 'Cancel IRN', href: '/einvoice/cancel' },
      { label: 'Print e-Invoice', href: '/einvoice/print' },
    ],
  },
  {
    label: 'API Registration',
    id: 'menu-api-registration',
    icon: ICON.key,
    children: [
      {
        label: 'User Credentials',
        id: 'menu-user-credentials',
        children: [
          { label: 'Create API User', href: CREATE_PATH },
          { label: 'View API Users', href: '/api-registration/user-credentials/view' },
        ],
      },
      { label: 'IP Whitelisting', href: '/api-registration/ip-whitelisting' },
      { label: 'Freeze API User', href: '/api-registration/freeze-api-user' },
      { label: 'Change API Password', href: '/api-registration/change-api-password' },
    ],
  },
  {
    label: 'MIS Reports',
    id: 'menu-mis',
    icon: ICON.chart,
    children: [
      { label: 'IRN Details Report', href: '/mis/irn-details' },
      { label: 'Summary Report', href: '/mis/summary' },
    ],
  },
  {
    label: 'User Management',
    id: 'menu-users',
    icon: ICON.people,
    children: [
      { label: 'Create Sub-User', href: '/users/create' },
      { label: 'Update Sub-User', href: '/users/update' },
    ],
  },
];

function isGroup(item: MenuItem): item is MenuGroup {
  return 'children' in item;
}

function leavesOf(items: MenuItem[]): MenuLeaf[] {
  return items.flatMap((item) => (isGroup(item) ? leavesOf(item.children) : [item]));
}

/** The leaves with nothing behind them in this rendition: each shows an empty card. */
const PLACEHOLDERS = new Map(
  leavesOf(MENU)
    .filter(({ href }) => href !== '/dashboard' && href !== CREATE_PATH)
    .map((leaf) => [leaf.href, leaf.label]),
);

const CSS = `
:root{--bs-primary:#0d6efd;--bs-primary-rgb:13,110,253;--bs-secondary:#6c757d;--bs-success:#198754;--bs-danger:#dc3545;--bs-warning:#ffc107;--bs-info:#0dcaf0;--bs-body-color:#212529;--bs-secondary-color:rgba(33,37,41,.75);--bs-border-color:#dee2e6;--bs-border-radius:.375rem;--bs-font-sans-serif:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","Noto Sans","Liberation Sans",Arial,sans-serif;--lte-sidebar-width:250px}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:var(--bs-font-sans-serif);font-size:1rem;font-weight:400;line-height:1.5;color:var(--bs-body-color);background:#f4f6f9;-webkit-text-size-adjust:100%}body.modal-open{overflow:hidden}
h1,h2,h3,h4,h5,h6{margin-top:0;margin-bottom:.5rem;font-weight:500;line-height:1.2}h3{font-size:1.5rem}h5{font-size:1.15rem}
p{margin-top:0;margin-bottom:1rem}
a{color:var(--bs-primary);text-decoration:underline}a:hover{color:#0a58ca}
ul,ol{margin-top:0;margin-bottom:1rem;padding-left:2rem}
hr{margin:1rem 0;color:inherit;border:0;border-top:1px solid;opacity:.25}
label{display:inline-block}
button,input,select{margin:0;font-family:inherit;font-size:inherit;line-height:inherit}button{cursor:pointer}
table{border-collapse:collapse;caption-side:bottom}
th{text-align:inherit}
svg.bi{display:inline-block;vertical-align:-.125em}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;padding:0!important;margin:-1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important;white-space:nowrap!important;border:0!important}
.container-fluid{width:100%;padding-right:.75rem;padding-left:.75rem;margin-right:auto;margin-left:auto}
.row{display:flex;flex-wrap:wrap;margin-right:-.75rem;margin-left:-.75rem}.row>*{flex-shrink:0;width:100%;max-width:100%;padding-right:.75rem;padding-left:.75rem}.row.g-3{margin:-.5rem -.5rem 0}.row.g-3>*{padding:.5rem}
.col{flex:1 0 0%}.col-auto{flex:0 0 auto;width:auto}.col-12{flex:0 0 auto;width:100%}
@media (min-width:576px){.col-sm-6{flex:0 0 auto;width:50%}.col-sm-auto{flex:0 0 auto;width:auto}.float-sm-end{float:right}}
@media (min-width:768px){.col-md-4{flex:0 0 auto;width:33.333%}.col-md-6{flex:0 0 auto;width:50%}.d-md-inline{display:inline!important}.d-md-block{display:block!important}}
@media (min-width:992px){.col-lg-3{flex:0 0 auto;width:25%}.col-lg-4{flex:0 0 auto;width:33.333%}.col-lg-6{flex:0 0 auto;width:50%}.col-lg-8{flex:0 0 auto;width:66.667%}}
@media (min-width:1200px){.col-xl-8{flex:0 0 auto;width:66.667%}.col-xl-4{flex:0 0 auto;width:33.333%}}
.d-none{display:none!important}.d-block{display:block!important}.d-flex{display:flex!important}.d-inline-flex{display:inline-flex!important}
@media (min-width:768px){.d-none.d-md-inline{display:inline!important}.d-none.d-md-block{display:block!important}}
@media (min-width:992px){.d-lg-none{display:none!important}}
.flex-column{flex-direction:column!important}.flex-wrap{flex-wrap:wrap!important}.align-items-center{align-items:center!important}.align-items-end{align-items:flex-end!important}
.justify-content-center{justify-content:center!important}.justify-content-between{justify-content:space-between!important}.gap-2{gap:.5rem!important}
.ms-auto{margin-left:auto!important}.me-1{margin-right:.25rem!important}.me-2{margin-right:.5rem!important}.m-auto{margin:auto!important}
.mb-0{margin-bottom:0!important}.mb-1{margin-bottom:.25rem!important}.mb-2{margin-bottom:.5rem!important}.mb-3{margin-bottom:1rem!important}.mb-4{margin-bottom:1.5rem!important}
.mt-1{margin-top:.25rem!important}.mt-2{margin-top:.5rem!important}.mt-3{margin-top:1rem!important}.mt-4{margin-top:1.5rem!important}
.p-0{padding:0!important}.p-3{padding:1rem!important}.py-4{padding-top:1.5rem!important;padding-bottom:1.5rem!important}
.w-100{width:100%!important}.min-vh-100{min-height:100vh!important}
.text-center{text-align:center!important}.text-end{text-align:right!important}.text-nowrap{white-space:nowrap!important}.text-danger{color:var(--bs-danger)!important}.text-success{color:var(--bs-success)!important}.text-white{color:#fff!important}.text-body-secondary{color:var(--bs-secondary-color)!important}
.small,small{font-size:.875em}.fw-semibold{font-weight:600!important}.fw-bold{font-weight:700!important}.fs-2{font-size:2rem!important}
.bg-body{background-color:#fff!important}.bg-danger{background-color:var(--bs-danger)!important}.bg-success{background-color:var(--bs-success)!important}
.border-0{border:0!important}.border-bottom{border-bottom:1px solid var(--bs-border-color)!important}.shadow-sm{box-shadow:0 .125rem .25rem rgba(0,0,0,.075)!important}
.position-fixed{position:fixed!important}.position-relative{position:relative!important}.top-0{top:0!important}.end-0{right:0!important}
.link-primary{color:var(--bs-primary)}.link-primary.disabled{color:#6c757d;pointer-events:none;text-decoration:none;opacity:.65}
.btn{display:inline-block;padding:.375rem .75rem;font-size:1rem;font-weight:400;line-height:1.5;color:#212529;text-align:center;text-decoration:none;vertical-align:middle;user-select:none;background:transparent;border:1px solid transparent;border-radius:var(--bs-border-radius);transition:color .15s ease-in-out,background-color .15s ease-in-out,border-color .15s ease-in-out,box-shadow .15s ease-in-out}
.btn:focus-visible{outline:0;box-shadow:0 0 0 .25rem rgba(13,110,253,.25)}.btn:disabled,.btn.disabled{pointer-events:none;opacity:.65}.btn-primary{color:#fff;background:#0d6efd;border-color:#0d6efd}.btn-primary:hover{background:#0b5ed7;border-color:#0a58ca}.btn-secondary{color:#fff;background:#6c757d;border-color:#6c757d}.btn-secondary:hover{background:#5c636a}
.btn-danger{color:#fff;background:#dc3545;border-color:#dc3545}.btn-danger:hover{background:#bb2d3b}.btn-success{color:#fff;background:#198754;border-color:#198754}.btn-outline-primary{color:#0d6efd;border-color:#0d6efd}.btn-outline-primary:hover{color:#fff;background:#0d6efd}.btn-outline-secondary{color:#6c757d;border-color:#6c757d}.btn-outline-secondary:hover{color:#fff;background:#6c757d}
.btn-light{color:#000;background:#f8f9fa;border-color:#f8f9fa}.btn-light:hover{background:#e2e6ea}.btn-sm{padding:.25rem .5rem;font-size:.875rem;border-radius:.25rem}.btn-lg{padding:.5rem 1rem;font-size:1.25rem;border-radius:.5rem}.btn-check{position:absolute;clip:rect(0,0,0,0);pointer-events:none}.btn-check:checked+.btn{color:#fff;background:#0d6efd;border-color:#0d6efd}
.btn-check:focus-visible+.btn{box-shadow:0 0 0 .25rem rgba(13,110,253,.5)}.btn-group{position:relative;display:inline-flex;flex-wrap:wrap;vertical-align:middle}.btn-group>.btn{position:relative;flex:1 1 auto}.btn-group>.btn:not(:last-child){border-top-right-radius:0;border-bottom-right-radius:0}.btn-group>.btn-check+.btn:not(:nth-child(2)){margin-left:-1px;border-top-left-radius:0;border-bottom-left-radius:0}
.btn-group.is-invalid>.btn{border-color:var(--bs-danger)}
.spinner-border{display:inline-block;width:2rem;height:2rem;vertical-align:-.125em;border:.25em solid currentcolor;border-right-color:transparent;border-radius:50%;animation:spinner-border .75s linear infinite}.spinner-border-sm{width:1rem;height:1rem;border-width:.2em}
@keyframes spinner-border{to{transform:rotate(360deg)}}
.form-label{margin-bottom:.5rem}.form-control,.form-select{display:block;width:100%;padding:.375rem .75rem;font-size:1rem;font-weight:400;line-height:1.5;color:#212529;background:#fff;border:1px solid var(--bs-border-color);border-radius:var(--bs-border-radius);appearance:none;transition:border-color .15s ease-in-out,box-shadow .15s ease-in-out}
.form-control:focus{border-color:#86b7fe;outline:0;box-shadow:0 0 0 .25rem rgba(13,110,253,.25)}.form-control:disabled{background:#e9ecef;opacity:1}.form-control.is-invalid{border-color:var(--bs-danger);padding-right:calc(1.5em + .75rem)}.form-control.is-invalid:focus{box-shadow:0 0 0 .25rem rgba(220,53,69,.25)}.form-text{margin-top:.25rem;font-size:.875em;color:var(--bs-secondary-color)}
.invalid-feedback{display:none;width:100%;margin-top:.25rem;font-size:.875em;color:var(--bs-danger)}
.is-invalid~.invalid-feedback{display:block}
.input-group{position:relative;display:flex;flex-wrap:wrap;align-items:stretch;width:100%}.input-group>.form-control{position:relative;flex:1 1 auto;width:1%;min-width:0}.input-group-text{display:flex;align-items:center;padding:.375rem .75rem;font-size:1rem;color:#212529;text-align:center;white-space:nowrap;background:#e9ecef;border:1px solid var(--bs-border-color);border-radius:var(--bs-border-radius)}
.input-group>:not(:last-child):not(.invalid-feedback){border-top-right-radius:0;border-bottom-right-radius:0}.input-group>:not(:first-child):not(.invalid-feedback){margin-left:-1px;border-top-left-radius:0;border-bottom-left-radius:0}.input-group.has-validation>.form-control:nth-last-child(2){border-top-right-radius:var(--bs-border-radius);border-bottom-right-radius:var(--bs-border-radius)}
.input-group>.btn{position:relative;z-index:2}
.card{position:relative;display:flex;flex-direction:column;min-width:0;word-wrap:break-word;background:#fff;border:0;border-radius:.5rem;box-shadow:0 0 1px rgba(0,0,0,.125),0 1px 3px rgba(0,0,0,.2)}.card-outline.card-primary{border-top:3px solid #0d6efd}.card-header{padding:.75rem 1.25rem;margin-bottom:0;background:transparent;border-bottom:1px solid rgba(0,0,0,.125)}
.card-title{float:left;margin:0;font-size:1.1rem;font-weight:400}.card-header::after{display:block;clear:both;content:""}.card-body{flex:1 1 auto;padding:1.25rem}.card-footer{padding:.75rem 1.25rem;background:rgba(0,0,0,.03);border-top:1px solid rgba(0,0,0,.125)}
.alert{position:relative;padding:1rem;margin-bottom:1rem;border:1px solid transparent;border-radius:var(--bs-border-radius)}.alert-danger{color:#58151c;background:#f8d7da;border-color:#f1aeb5}.alert-success{color:#0a3622;background:#d1e7dd;border-color:#a3cfbb}.alert-warning{color:#664d03;background:#fff3cd;border-color:#ffe69c}.alert-info{color:#055160;background:#cff4fc;border-color:#9eeaf9}
.alert-dismissible{padding-right:3rem}.alert-dismissible .btn-close{position:absolute;top:0;right:0;z-index:2;padding:1.25rem 1rem}
.fade{transition:opacity .15s linear}.fade:not(.show){opacity:0}
.btn-close{box-sizing:content-box;width:1em;height:1em;padding:.25em;color:#000;border:0;border-radius:.375rem;opacity:.5;background:transparent url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3e%3cpath d='M2.5 2.5l11 11M13.5 2.5l-11 11' stroke='%23000' stroke-width='2' stroke-linecap='round'/%3e%3c/svg%3e") center/1em auto no-repeat}.btn-close:hover{opacity:.75}
.btn-close-white{filter:invert(1) grayscale(100%) brightness(200%)}
.badge{display:inline-block;padding:.35em .65em;font-size:.75em;font-weight:700;line-height:1;color:#fff;text-align:center;white-space:nowrap;vertical-align:baseline;border-radius:.375rem}
.text-bg-success{color:#fff!important;background-color:#198754!important}
.table{width:100%;margin-bottom:1rem;vertical-align:top;border-color:var(--bs-border-color)}.table>:not(caption)>*>*{padding:.5rem .75rem;border-bottom:1px solid var(--bs-border-color)}.table>thead{vertical-align:bottom}.table-striped>tbody>tr:nth-of-type(odd)>*{background:rgba(0,0,0,.03)}.table-hover>tbody>tr:hover>*{background:rgba(0,0,0,.06)}
.breadcrumb{display:flex;flex-wrap:wrap;padding:0;margin-bottom:0;list-style:none;font-size:.9rem}.breadcrumb-item+.breadcrumb-item{padding-left:.5rem}.breadcrumb-item+.breadcrumb-item::before{float:left;padding-right:.5rem;color:#6c757d;content:"/"}.breadcrumb-item.active{color:#6c757d}
.nav{display:flex;flex-wrap:wrap;padding-left:0;margin-bottom:0;list-style:none}.nav-link{display:block;padding:.5rem 1rem;color:var(--bs-primary);text-decoration:none;background:none;border:0}
.navbar{position:relative;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;padding:.5rem 0}.navbar>.container-fluid{display:flex;flex-wrap:inherit;align-items:center;justify-content:space-between}.navbar-nav{display:flex;flex-direction:row;padding-left:0;margin-bottom:0;list-style:none;align-items:center}.navbar-nav .nav-link{color:rgba(0,0,0,.65);padding:.5rem .75rem}
.navbar-nav .nav-link:hover{color:rgba(0,0,0,.9)}
.dropdown{position:relative}.dropdown-toggle::after{display:inline-block;margin-left:.255em;vertical-align:.255em;content:"";border-top:.3em solid;border-right:.3em solid transparent;border-bottom:0;border-left:.3em solid transparent}
.dropdown-menu{position:absolute;top:100%;z-index:1000;display:none;min-width:10rem;padding:.5rem 0;margin:.125rem 0 0;font-size:1rem;color:#212529;text-align:left;list-style:none;background:#fff;background-clip:padding-box;border:1px solid rgba(0,0,0,.175);border-radius:.375rem;box-shadow:0 .5rem 1rem rgba(0,0,0,.15)}.dropdown-menu.show{display:block}.dropdown-menu-end{right:0;left:auto}
.dropdown-item{display:block;width:100%;padding:.25rem 1rem;clear:both;font-weight:400;color:#212529;text-align:inherit;white-space:nowrap;text-decoration:none;background:transparent;border:0}.dropdown-item:hover,.dropdown-item:focus{background:#e9ecef;color:#1e2125}.dropdown-divider{height:0;margin:.5rem 0;overflow:hidden;border-top:1px solid rgba(0,0,0,.175);opacity:1}
.collapse:not(.show){display:none}
.collapsing{height:0;overflow:hidden;transition:height .35s ease}
.modal{position:fixed;top:0;left:0;z-index:1055;display:none;width:100%;height:100%;overflow-x:hidden;overflow-y:auto;outline:0}.modal-dialog{position:relative;width:auto;margin:.5rem;pointer-events:none}.modal.fade .modal-dialog{transition:transform .15s ease-out;transform:translate(0,-50px)}.modal.show .modal-dialog{transform:none}.modal.modal-static .modal-dialog{transform:scale(1.02)}
.modal-dialog-centered{display:flex;align-items:center;min-height:calc(100% - 1rem)}.modal-content{position:relative;display:flex;flex-direction:column;width:100%;pointer-events:auto;background:#fff;background-clip:padding-box;border:1px solid rgba(0,0,0,.175);border-radius:.5rem;outline:0}.modal-backdrop{position:fixed;top:0;left:0;z-index:1050;width:100vw;height:100vh;background:#000}
.modal-backdrop.fade{opacity:0}.modal-backdrop.show{opacity:.5}.modal-header{display:flex;flex-shrink:0;align-items:center;justify-content:space-between;padding:1rem;border-bottom:1px solid var(--bs-border-color)}.modal-header .btn-close{padding:.5rem;margin:-.5rem -.5rem -.5rem auto}.modal-title{margin-bottom:0;line-height:1.5}.modal-body{position:relative;flex:1 1 auto;padding:1rem}
.modal-footer{display:flex;flex-shrink:0;flex-wrap:wrap;align-items:center;justify-content:flex-end;padding:.75rem;gap:.5rem;border-top:1px solid var(--bs-border-color)}
@media (min-width:576px){.modal-dialog{max-width:500px;margin:1.75rem auto}.modal-dialog-centered{min-height:calc(100% - 3.5rem)}}
@media (min-width:992px){.modal-lg{max-width:800px}}
.toast-container{z-index:1090;width:max-content;max-width:100%;pointer-events:none}.toast-container>:not(:last-child){margin-bottom:.75rem}.toast{width:350px;max-width:100%;font-size:.875rem;pointer-events:auto;background-clip:padding-box;border:1px solid rgba(0,0,0,.175);box-shadow:0 .5rem 1rem rgba(0,0,0,.15);border-radius:.375rem}.toast.showing{opacity:0}.toast:not(.show){display:none}
.toast-body{padding:.75rem;word-wrap:break-word}
.offcanvas-backdrop{position:fixed;top:0;left:0;z-index:1040;width:100vw;height:100vh;background:#000}.offcanvas-backdrop.fade{opacity:0}.offcanvas-backdrop.show{opacity:.5}.offcanvas-header{display:flex;align-items:center;justify-content:space-between;padding:1rem}.offcanvas-title{margin:0;line-height:1.5}.offcanvas-body{flex-grow:1;overflow-y:auto}
@media (max-width:991.98px){
.offcanvas-lg{position:fixed;bottom:0;z-index:1045;display:flex;flex-direction:column;max-width:100%;visibility:hidden;background-clip:padding-box;outline:0;transition:transform .3s ease-in-out}.offcanvas-lg.offcanvas-start{top:0;left:0;width:280px;transform:translateX(-100%)}.offcanvas-lg.showing,.offcanvas-lg.show:not(.hiding){transform:none}
.offcanvas-lg.showing,.offcanvas-lg.hiding,.offcanvas-lg.show{visibility:visible}
}
@media (min-width:992px){
.offcanvas-lg{display:flex;flex-direction:column;flex-grow:0;background-color:transparent}.offcanvas-lg .offcanvas-header{display:none}.offcanvas-lg .offcanvas-body{display:block;flex-grow:0;padding:0;overflow-y:visible}
}
.app-wrapper{display:grid;grid-template-columns:auto 1fr;grid-template-rows:auto 1fr auto;grid-template-areas:"sidebar header" "sidebar main" "sidebar footer";min-height:100vh}
@media (max-width:991.98px){.app-wrapper{grid-template-columns:1fr;grid-template-areas:"header" "main" "footer"}}
.app-header{grid-area:header;z-index:1030;background:#fff}.app-sidebar{grid-area:sidebar;width:var(--lte-sidebar-width);min-height:100%;background:#343a40!important;color:#c2c7d0;box-shadow:0 14px 28px rgba(0,0,0,.25)}.app-sidebar .offcanvas-header{color:#fff;border-bottom:1px solid #4b545c}
.sidebar-brand{display:flex;align-items:center;height:3.5rem;padding:.5rem 1rem;border-bottom:1px solid #4b545c}
.brand-link{display:flex;align-items:center;gap:.6rem;color:#fff;text-decoration:none;font-size:1.15rem}.brand-link:hover{color:#fff}.brand-image{display:inline-flex;align-items:center;justify-content:center;width:2rem;height:2rem;border-radius:50%;background:#0d6efd;color:#fff;font-weight:700}
.sidebar-wrapper{padding:.5rem}.sidebar-menu{gap:.15rem}.sidebar-menu .nav-link{display:flex;align-items:center;gap:.6rem;padding:.5rem .75rem;color:#c2c7d0;border-radius:.375rem;cursor:pointer}.sidebar-menu .nav-link:hover{color:#fff;background:rgba(255,255,255,.1)}.sidebar-menu .nav-link.active{color:#fff;background:#0d6efd;box-shadow:0 1px 3px rgba(0,0,0,.2)}
.sidebar-menu .nav-link .nav-arrow{margin-left:auto;transition:transform .3s ease-in-out}.sidebar-menu .nav-link[aria-expanded="true"] .nav-arrow{transform:rotate(90deg)}.sidebar-menu .nav-treeview{padding-left:.75rem;margin:0;list-style:none}.sidebar-menu .nav-treeview .nav-link{font-size:.95rem}
.app-main{grid-area:main;min-width:0}.app-content-header{padding:1rem .5rem}.app-content{padding:0 .5rem 1rem}.app-footer{grid-area:footer;padding:1rem;color:#6c757d;background:#fff;border-top:1px solid var(--bs-border-color);font-size:.875rem}
.small-box{position:relative;display:block;margin-bottom:1.25rem;border-radius:.5rem;box-shadow:0 0 1px rgba(0,0,0,.125),0 1px 3px rgba(0,0,0,.2);color:#fff;overflow:hidden}.small-box .inner{padding:1rem}.small-box h3{font-size:2.2rem;font-weight:700;margin:0 0 .25rem}.small-box p{margin:0;font-size:1rem}
.small-box-footer{display:block;padding:.25rem 0;color:rgba(255,255,255,.85);text-align:center;text-decoration:none;background:rgba(0,0,0,.1)}
.text-bg-primary{color:#fff!important;background:#0d6efd!important}.text-bg-danger{color:#fff!important;background:#dc3545!important}.text-bg-warning{color:#000!important;background:#ffc107!important}
.login-page{display:flex;align-items:center;justify-content:center;min-height:100vh;padding:1rem;background:linear-gradient(135deg,#e9eef5 0%,#d6e2f0 100%)}.login-box{width:100%;max-width:400px}.login-logo{margin-bottom:1rem;text-align:center;font-size:1.6rem;font-weight:300;color:#343a40}.login-logo b{font-weight:700}
.captcha-row{display:flex;align-items:center;gap:.5rem;margin-bottom:.5rem}.captcha-row img{border:1px solid var(--bs-border-color);border-radius:.25rem;background:#eef3f8}
.otp-inputs{display:flex;justify-content:center;gap:.5rem}.otp-digit{width:2.75rem;height:3rem;font-size:1.4rem;text-align:center;padding:.25rem}.otp-inputs.is-invalid .otp-digit{border-color:var(--bs-danger)}
.ts-hidden-accessible{border:0!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;overflow:hidden!important;padding:0!important;position:absolute!important;width:1px!important;white-space:nowrap!important}.ts-wrapper{position:relative}.ts-wrapper.form-select{padding:0;border:0;background:none}
.ts-control{position:relative;z-index:1;display:flex;flex-wrap:wrap;align-items:center;width:100%;min-height:calc(1.5em + .75rem + 2px);padding:.375rem 2.25rem .375rem .75rem;overflow:hidden;color:#212529;background:#fff url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3e%3cpath fill='none' stroke='%23343a40' stroke-linecap='round' stroke-linejoin='round' stroke-width='2' d='M3 6l5 5 5-5'/%3e%3c/svg%3e") no-repeat right .75rem center/16px 12px;border:1px solid var(--bs-border-color);border-radius:var(--bs-border-radius);cursor:pointer}
.ts-wrapper.focus .ts-control{border-color:#86b7fe;box-shadow:0 0 0 .25rem rgba(13,110,253,.25)}.ts-wrapper.is-invalid .ts-control{border-color:var(--bs-danger)}.ts-wrapper.is-invalid~.invalid-feedback{display:block}.ts-control>input{flex:1 1 auto;min-width:7rem;display:inline-block;max-width:100%;margin:0;padding:0;border:0;outline:0;background:none;box-shadow:none;color:inherit;cursor:text}
.ts-control .item{margin-right:.35rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.ts-wrapper.single.has-items .ts-control>input{min-width:1rem}.ts-wrapper.single.input-active .ts-control .item{display:none}
.ts-dropdown{position:absolute;top:100%;left:0;z-index:1000;width:100%;margin-top:.125rem;background:#fff;border:1px solid rgba(0,0,0,.175);border-radius:var(--bs-border-radius);box-shadow:0 .5rem 1rem rgba(0,0,0,.15)}.ts-dropdown-content{max-height:240px;overflow-x:hidden;overflow-y:auto;padding:.25rem 0;scroll-behavior:smooth}.ts-dropdown .option,.ts-dropdown .no-results{padding:.375rem .75rem}
.ts-dropdown .option{cursor:pointer}.ts-dropdown .option.active{color:#1e2125;background:#e9ecef}.ts-dropdown .option.selected{font-weight:600}.ts-dropdown .no-results{color:#6c757d}.ts-dropdown .highlight{background:rgba(255,237,40,.4);border-radius:1px}
`;

/**
 * What every page runs: the few Bootstrap behaviours this site uses (collapse, dropdown, offcanvas, modal,
 * alert and toast dismissal, toasts), and `Portal.api`, the fetch wrapper that treats a 401 as a lost
 * session. Written without backticks or backslashes so it can live in a template string unchanged.
 */
const COMMON_JS = `
(function () {
  'use strict';
  var FADE_MS = 150, COLLAPSE_MS = 350, OFFCANVAS_MS = 300, TOAST_MS = 5000;
  var backdrops = new WeakMap();
  function reflow(el) { return el.offsetHeight; }
  /** An element with attributes ('class' included) and optional text. */
  function make(tag, attrs, text) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { el.setAttribute(name, attrs[name]); });
    if (text !== undefined) el.textContent = text;
    return el;
  }
  /** Sets attributes; a null value removes one. */
  function attrs(el, map) {
    Object.keys(map).forEach(function (name) { if (map[name] === null) el.removeAttribute(name); else el.setAttribute(name, map[name]); });
  }
  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var csrf = csrfMeta ? csrfMeta.getAttribute('content') : '';

  function api(method, url, body) {
    var init = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': csrf } };
    if (body !== undefined) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
    return fetch(url, init).then(function (res) {
      // A lost session: go where a person would be sent, and never settle (the page is leaving).
      if (res.status === 401) { window.location.assign('/login?expired=1'); return new Promise(function () {}); }
      return res.json().catch(function () { return { message: 'Something went wrong. Please try again.' }; })
        .then(function (data) { return { ok: res.ok, status: res.status, data: data }; });
    }, function () {
      return { ok: false, status: 0, data: { message: 'Unable to reach the server. Please check your connection.' } };
    });
  }

  function toggleCollapse(toggle) {
    var selector = toggle.getAttribute('data-bs-target') || toggle.getAttribute('href');
    var target = selector ? document.querySelector(selector) : null;
    if (!target || target.classList.contains('collapsing')) return;
    var opening = !target.classList.contains('show');
    document.querySelectorAll('[data-bs-toggle="collapse"]').forEach(function (t) {
      if ((t.getAttribute('data-bs-target') || t.getAttribute('href')) === selector) {
        t.setAttribute('aria-expanded', opening ? 'true' : 'false');
        t.classList.toggle('collapsed', !opening);
      }
    });
    if (opening) {
      target.classList.replace('collapse', 'collapsing');
      target.style.height = '0px';
      reflow(target);
      target.style.height = target.scrollHeight + 'px';
    } else {
      target.style.height = target.getBoundingClientRect().height + 'px';
      reflow(target);
      target.classList.add('collapsing');
      target.classList.remove('collapse', 'show');
      reflow(target);
      target.style.height = '';
    }
    setTimeout(function () {
      target.classList.replace('collapsing', 'collapse');
      target.classList.toggle('show', opening);
      target.style.height = '';
    }, COLLAPSE_MS);
  }

  function closeDropdowns(except) {
    document.querySelectorAll('.dropdown-menu.show').forEach(function (menu) {
      if (menu === except) return;
      menu.classList.remove('show');
      var toggle = menu.parentElement && menu.parentElement.querySelector('[data-bs-toggle="dropdown"]');
      if (toggle) { toggle.classList.remove('show'); toggle.setAttribute('aria-expanded', 'false'); }
    });
  }
  function toggleDropdown(toggle) {
    var menu = toggle.parentElement.querySelector('.dropdown-menu');
    var opening = !menu.classList.contains('show');
    closeDropdowns(menu);
    menu.classList.toggle('show', opening);
    toggle.classList.toggle('show', opening);
    toggle.setAttribute('aria-expanded', opening ? 'true' : 'false');
  }

  function showOffcanvas(panel) {
    if (panel.classList.contains('show')) return;
    var backdrop = make('div', { class: 'offcanvas-backdrop fade' });
    document.body.appendChild(backdrop);
    backdrops.set(panel, backdrop);
    reflow(backdrop);
    backdrop.classList.add('show');
    backdrop.addEventListener('click', function () { hideOffcanvas(panel); });
    attrs(panel, { 'aria-modal': 'true', role: 'dialog' });
    panel.classList.add('showing');
    setTimeout(function () { panel.classList.remove('showing'); panel.classList.add('show'); }, OFFCANVAS_MS);
  }
  function hideOffcanvas(panel) {
    if (!panel.classList.contains('show') && !panel.classList.contains('showing')) return;
    panel.classList.add('hiding');
    var backdrop = backdrops.get(panel);
    if (backdrop) backdrop.classList.remove('show');
    setTimeout(function () {
      panel.classList.remove('show', 'showing', 'hiding');
      attrs(panel, { 'aria-modal': null, role: null });
      if (backdrop) backdrop.remove();
    }, OFFCANVAS_MS);
  }

  function showModal(modal) {
    if (modal.classList.contains('show') || modal.style.display === 'block') return;
    var backdrop = make('div', { class: 'modal-backdrop fade' });
    document.body.appendChild(backdrop);
    backdrops.set(modal, backdrop);
    document.body.classList.add('modal-open');
    modal.style.display = 'block';
    attrs(modal, { 'aria-hidden': null, 'aria-modal': 'true', role: 'dialog' });
    reflow(modal);
    backdrop.classList.add('show');
    modal.classList.add('show');
    setTimeout(function () {
      var first = modal.querySelector('[autofocus]');
      (first || modal).focus();
      modal.dispatchEvent(new CustomEvent('shown.bs.modal'));
    }, FADE_MS);
  }
  function hideModal(modal) {
    if (!modal.classList.contains('show')) return;
    modal.classList.remove('show');
    var backdrop = backdrops.get(modal);
    if (backdrop) backdrop.classList.remove('show');
    setTimeout(function () {
      modal.style.display = 'none';
      attrs(modal, { 'aria-hidden': 'true', 'aria-modal': null, role: null });
      if (backdrop) backdrop.remove();
      if (!document.querySelector('.modal.show')) document.body.classList.remove('modal-open');
      modal.dispatchEvent(new CustomEvent('hidden.bs.modal'));
    }, FADE_MS);
  }
  function shakeStatic(modal) {
    modal.classList.add('modal-static');
    setTimeout(function () { modal.classList.remove('modal-static'); }, 300);
  }

  function toast(message, variant) {
    var container = document.querySelector('.toast-container');
    var good = variant === 'success';
    var el = make('div', { class: 'toast align-items-center border-0 fade ' + (good ? 'bg-success' : 'bg-danger') + ' text-white',
      role: good ? 'status' : 'alert', 'aria-live': good ? 'polite' : 'assertive', 'aria-atomic': 'true' });
    el.innerHTML = '<div class="d-flex"><div class="toast-body"></div><button type="button" class="btn-close btn-close-white me-2 m-auto" data-bs-dismiss="toast" aria-label="Close"></button></div>';
    el.querySelector('.toast-body').textContent = message;
    container.appendChild(el);
    el.classList.add('show', 'showing');
    reflow(el);
    el.classList.remove('showing');
    setTimeout(function () { hideToast(el); }, TOAST_MS);
  }
  function hideToast(el) {
    if (!el.isConnected || el.classList.contains('showing')) return;
    el.classList.add('showing');
    setTimeout(function () { el.remove(); }, FADE_MS);
  }

  document.addEventListener('click', function (event) {
    var t = event.target;
    if (!(t instanceof Element)) return;
    var toggle = t.closest('[data-bs-toggle]');
    if (toggle) {
      var kind = toggle.getAttribute('data-bs-toggle');
      if (kind === 'collapse') { event.preventDefault(); toggleCollapse(toggle); return; }
      if (kind === 'dropdown') { event.preventDefault(); toggleDropdown(toggle); return; }
      if (kind === 'offcanvas') { event.preventDefault(); showOffcanvas(document.querySelector(toggle.getAttribute('data-bs-target'))); return; }
      if (kind === 'modal') { event.preventDefault(); showModal(document.querySelector(toggle.getAttribute('data-bs-target'))); return; }
    }
    var dismiss = t.closest('[data-bs-dismiss]');
    if (dismiss) {
      var what = dismiss.getAttribute('data-bs-dismiss');
      if (what === 'modal') { hideModal(dismiss.closest('.modal')); return; }
      if (what === 'offcanvas') { hideOffcanvas(dismiss.closest('.offcanvas-lg')); return; }
      if (what === 'toast') { hideToast(dismiss.closest('.toast')); return; }
      var alertBox = what === 'alert' ? dismiss.closest('.alert') : null;
      if (alertBox) { alertBox.classList.remove('show'); setTimeout(function () { alertBox.remove(); }, FADE_MS); return; }
    }
    if (!t.closest('.dropdown-menu')) closeDropdowns();
    if (t.classList.contains('modal') && t.classList.contains('show')) {
      if (t.getAttribute('data-bs-backdrop') === 'static') shakeStatic(t); else hideModal(t);
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    closeDropdowns();
    var open = document.querySelectorAll('.modal.show');
    var top = open[open.length - 1];
    if (top) { if (top.getAttribute('data-bs-keyboard') === 'false') shakeStatic(top); else hideModal(top); }
  });

  function togglePassword(button) {
    var input = document.getElementById(button.getAttribute('data-password-toggle'));
    var showing = input.type === 'text';
    input.type = showing ? 'password' : 'text';
    attrs(button, { 'aria-label': showing ? 'Show password' : 'Hide password', 'aria-pressed': String(!showing) });
    button.querySelector('.icon-eye').classList.toggle('d-none', !showing);
    button.querySelector('.icon-eye-slash').classList.toggle('d-none', showing);
  }
  document.querySelectorAll('[data-password-toggle]').forEach(function (button) {
    button.addEventListener('click', function () { togglePassword(button); });
  });

  function startCountdown(link, label, seconds) {
    var left = seconds;
    function tick() {
      link.classList.toggle('disabled', left > 0);
      attrs(link, { 'aria-disabled': left > 0 ? 'true' : null });
      label.textContent = left > 0 ? 'You can request a new OTP in ' + left + ' s' : '';
    }
    tick();
    var timer = setInterval(function () { left -= 1; tick(); if (left <= 0) clearInterval(timer); }, 1000);
    return function () { clearInterval(timer); };
  }

  function buttonBusy(button, busy, text) {
    button.disabled = busy;
    if (busy) {
      button.setAttribute('data-label', button.textContent);
      button.innerHTML = '<span class="spinner-border spinner-border-sm me-2" aria-hidden="true"></span>';
      button.appendChild(document.createTextNode(text || button.getAttribute('data-label')));
    } else if (button.hasAttribute('data-label')) {
      button.textContent = button.getAttribute('data-label');
    }
  }

  window.Portal = { make: make, attrs: attrs, api: api, showModal: showModal, hideModal: hideModal, toast: toast, startCountdown: startCountdown, buttonBusy: buttonBusy };
})();
`;

/** Every signed-in page: the technical-contact modal, shown once per session after its XHR answers. */
const APP_JS = `
(function () {
  'use strict';
  var P = window.Portal;
  var modal = document.getElementById('tech-contact-modal');
  if (!modal) return;
  P.api('GET', '/api/profile/technical-contact').then(function (r) {
    if (!r.ok || !r.data.show) return;
    document.getElementById('tech-name').value = r.data.contact.name;
    document.getElementById('tech-mobile').value = r.data.contact.mobile;
    document.getElementById('tech-email').value = r.data.contact.email;
    setTimeout(function () { P.showModal(modal); }, 350);
  });
  document.getElementById('tech-contact-update').addEventListener('click', function () {
    var button = this;
    P.buttonBusy(button, true, 'Updating...');
    P.api('POST', '/api/profile/technical-contact', {
      name: document.getElementById('tech-name').value,
      mobile: document.getElementById('tech-mobile').value,
      email: document.getElementById('tech-email').value,
    }).then(function (r) {
      P.buttonBusy(button, false);
      if (!r.ok) { P.toast(r.data.message, 'danger'); return; }
      P.hideModal(modal);
      P.toast(r.data.message, 'success');
    });
  });
})();
`;

const LOGIN_JS = `
(function () {
  'use strict';
  var P = window.Portal;
  var form = document.getElementById('login-form');
  var alertBox = document.getElementById('login-alert');
  var captchaImage = document.getElementById('captcha-image');
  var captchaInput = document.getElementById('login-captcha');
  var button = document.getElementById('btn-login');
  function redrawCaptcha() { captchaImage.src = '/captcha.svg?v=' + Date.now(); }
  document.getElementById('captcha-refresh').addEventListener('click', function () { redrawCaptcha(); captchaInput.value = ''; captchaInput.focus(); });
  function showError(message) {
    alertBox.innerHTML = '<div class="alert alert-danger alert-dismissible fade show" role="alert"><span class="alert-text"></span><button type="button" class="btn-close" data-bs-dismiss="alert" aria-label="Close"></button></div>';
    alertBox.querySelector('.alert-text').textContent = message;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    alertBox.innerHTML = '';
    var fields = [['login-username', 'username'], ['login-password', 'password'], ['login-captcha', 'captcha']];
    var body = {}, ok = true;
    fields.forEach(function (pair) {
      var input = document.getElementById(pair[0]);
      var value = pair[1] === 'password' ? input.value : input.value.trim();
      input.classList.toggle('is-invalid', !value);
      if (!value) ok = false;
      body[pair[1]] = value;
    });
    if (!ok) return;
    P.buttonBusy(button, true, 'Signing in...');
    P.api('POST', '/api/auth/login', body).then(function (r) {
      if (r.ok) { window.location.assign(r.data.next); return; }
      P.buttonBusy(button, false);
      showError(r.data.message);
      captchaInput.value = '';
      redrawCaptcha();
      if (r.data.field === 'captcha') captchaInput.focus(); else document.getElementById('login-password').focus();
    });
  });
})();
`;

const TWO_FACTOR_JS = `
(function () {
  'use strict';
  var P = window.Portal;
  var data = JSON.parse(document.getElementById('page-data').textContent);
  var form = document.getElementById('otp-form');
  var group = document.getElementById('otp-inputs');
  var hidden = document.getElementById('otp-value');
  var alertBox = document.getElementById('otp-alert');
  var button = document.getElementById('btn-verify');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input.otp-digit'));
  function sync() { hidden.value = boxes.map(function (b) { return b.value; }).join(''); group.classList.remove('is-invalid'); }
  function spread(from, digits) {
    for (var i = 0; i < digits.length && from + i < boxes.length; i += 1) boxes[from + i].value = digits.charAt(i);
    boxes[Math.min(from + digits.length, boxes.length - 1)].focus();
    sync();
  }
  boxes.forEach(function (box, index) {
    box.addEventListener('input', function () {
      var digits = box.value.replace(/[^0-9]/g, '');
      if (digits.length > 1) { spread(index, digits); return; }
      box.value = digits;
      if (digits && index < boxes.length - 1) boxes[index + 1].focus();
      sync();
    });
    box.addEventListener('keydown', function (event) {
      if (event.key === 'Backspace' && !box.value && index > 0) {
        event.preventDefault();
        boxes[index - 1].value = '';
        boxes[index - 1].focus();
        sync();
      } else if (event.key === 'ArrowLeft' && index > 0) {
        boxes[index - 1].focus();
      } else if (event.key === 'ArrowRight' && index < boxes.length - 1) {
        boxes[index + 1].focus();
      }
    });
    box.addEventListener('paste', function (event) {
      event.preventDefault();
      var text = (event.clipboardData || window.clipboardData).getData('text') || '';
      spread(index, text.replace(/[^0-9]/g, ''));
    });
    box.addEventListener('focus', function () { box.select(); });
  });
  var resend = document.getElementById('resend-otp');
  var countdown = document.getElementById('resend-countdown');
  P.startCountdown(resend, countdown, data.resendAfter);
  resend.addEventListener('click', function (event) {
    event.preventDefault();
    if (resend.classList.contains('disabled')) return;
    P.api('POST', '/api/auth/two-factor/resend', {}).then(function (r) {
      P.toast(r.data.message, r.ok ? 'success' : 'danger');
      if (r.ok) P.startCountdown(resend, countdown, data.resendAfter);
    });
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    sync();
    alertBox.innerHTML = '';
    if (!/^[0-9]{6}$/.test(hidden.value)) { group.classList.add('is-invalid'); boxes[0].focus(); return; }
    P.buttonBusy(button, true, 'Verifying...');
    P.api('POST', '/api/auth/two-factor', { otp: hidden.value }).then(function (r) {
      if (r.ok) { window.location.assign(r.data.next); return; }
      P.buttonBusy(button, false);
      alertBox.innerHTML = '<div class="alert alert-danger" role="alert"></div>';
      alertBox.firstChild.textContent = r.data.message;
      boxes.forEach(function (b) { b.value = ''; });
      sync();
      boxes[0].focus();
    });
  });
  boxes[0].focus();
})();
`;

/**
 * Create API User: the OTP panel, the registration form, and a hand-written Tom Select (the markup and
 * classes it draws: `.ts-wrapper.single`, `.ts-control` with its search input, `.ts-dropdown`,
 * `.option[role=option][data-value]`, `.active`, `.selected`, `.highlight`).
 */
const CREATE_JS = `
(function () {
  'use strict';
  var P = window.Portal;
  var data = JSON.parse(document.getElementById('page-data').textContent);

  function tomSelect(select) {
    var id = select.id;
    var placeholder = select.getAttribute('data-placeholder') || '';
    var options = Array.prototype.slice.call(select.options).filter(function (o) { return o.value; })
      .map(function (o, i) { return { value: o.value, text: o.text, index: i }; });
    select.classList.add('tomselected', 'ts-hidden-accessible');
    select.setAttribute('tabindex', '-1');
    var wrapper = P.make('div', { class: 'ts-wrapper single form-select' });
    var control = P.make('div', { class: 'ts-control' });
    var input = P.make('input', { type: 'text', autocomplete: 'off', size: '1', id: id + '-ts-control', role: 'combobox',
      'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-controls': id + '-ts-dropdown', placeholder: placeholder });
    control.appendChild(input);
    var dropdown = P.make('div', { class: 'ts-dropdown single', style: 'display: none' });
    var content = P.make('div', { class: 'ts-dropdown-content', id: id + '-ts-dropdown', role: 'listbox', tabindex: '-1' });
    dropdown.appendChild(content);
    wrapper.appendChild(control);
    wrapper.appendChild(dropdown);
    select.insertAdjacentElement('afterend', wrapper);
    var label = document.querySelector('label[for="' + id + '"]');
    if (label) {
      label.setAttribute('for', input.id);
      label.id = id + '-ts-label';
      input.setAttribute('aria-labelledby', label.id);
      content.setAttribute('aria-labelledby', label.id);
    }
    var active = null, isOpen = false;

    function setActive(option) {
      if (active) { active.classList.remove('active'); active.removeAttribute('aria-selected'); }
      active = option;
      if (!option) { input.removeAttribute('aria-activedescendant'); return; }
      option.classList.add('active');
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      var top = option.offsetTop, bottom = top + option.offsetHeight;
      if (top < content.scrollTop) content.scrollTop = top;
      else if (bottom > content.scrollTop + content.clientHeight) content.scrollTop = bottom - content.clientHeight;
    }
    function render() {
      var query = input.value.trim().toLowerCase();
      content.innerHTML = '';
      active = null;
      var matches = options.filter(function (o) { return o.text.toLowerCase().indexOf(query) !== -1; });
      if (!matches.length) {
        content.appendChild(P.make('div', { class: 'no-results' }, 'No results found for "' + input.value + '"'));
        return;
      }
      var first = null, current = null;
      matches.forEach(function (o) {
        var div = P.make('div', { class: 'option', id: id + '-opt-' + (o.index + 1), role: 'option', 'data-value': o.value, 'data-selectable': '' });
        if (query) {
          var at = o.text.toLowerCase().indexOf(query);
          div.appendChild(document.createTextNode(o.text.slice(0, at)));
          div.appendChild(P.make('span', { class: 'highlight' }, o.text.slice(at, at + query.length)));
          div.appendChild(document.createTextNode(o.text.slice(at + query.length)));
        } else {
          div.textContent = o.text;
        }
        if (o.value === select.value) { div.classList.add('selected'); current = div; }
        content.appendChild(div);
        if (!first) first = div;
      });
      setActive(query ? first : current || first);
    }
    function open() {
      if (isOpen) return;
      isOpen = true;
      render();
      dropdown.style.display = 'block';
      wrapper.classList.add('dropdown-active');
      input.setAttribute('aria-expanded', 'true');
      if (active) setActive(active);
    }
    function close() {
      isOpen = false;
      dropdown.style.display = 'none';
      wrapper.classList.remove('dropdown-active');
      input.setAttribute('aria-expanded', 'false');
      setActive(null);
    }
    function showItem() {
      var old = control.querySelector('.item');
      if (old) old.remove();
      var chosen = options.filter(function (o) { return o.value === select.value; })[0];
      wrapper.classList.toggle('has-items', !!chosen);
      wrapper.classList.toggle('full', !!chosen);
      input.placeholder = chosen ? '' : placeholder;
      if (!chosen) return;
      control.insertBefore(P.make('div', { class: 'item', 'data-value': chosen.value, 'data-ts-item': '' }, chosen.text), input);
    }
    function choose(value) {
      select.value = value;
      input.value = '';
      wrapper.classList.remove('input-active');
      showItem();
      close();
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    control.addEventListener('mousedown', function (event) {
      if (event.target !== input) event.preventDefault();
      if (document.activeElement !== input) input.focus(); else if (isOpen) close(); else open();
    });
    input.addEventListener('focus', function () { wrapper.classList.add('focus'); open(); });
    input.addEventListener('blur', function () { wrapper.classList.remove('focus', 'input-active'); input.value = ''; close(); });
    input.addEventListener('input', function () {
      wrapper.classList.toggle('input-active', input.value.length > 0);
      if (!isOpen) open(); else render();
    });
    input.addEventListener('keydown', function (event) {
      var list = Array.prototype.slice.call(content.querySelectorAll('.option'));
      var at = list.indexOf(active);
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (!isOpen) { open(); return; }
        var next = event.key === 'ArrowDown' ? Math.min(at + 1, list.length - 1) : Math.max(at - 1, 0);
        if (list[next]) setActive(list[next]);
      } else if (event.key === 'Enter') {
        if (isOpen && active) { event.preventDefault(); choose(active.getAttribute('data-value')); }
      } else if (event.key === 'Escape') {
        if (isOpen) { event.stopPropagation(); close(); }
      } else if (event.key === 'Backspace' && !input.value && select.value) {
        select.value = '';
        showItem();
        select.dispatchEvent(new Event('change', { bubbles: true }));
        open();
        render();
      }
    });
    content.addEventListener('mousedown', function (event) { event.preventDefault(); });
    content.addEventListener('mouseover', function (event) {
      var option = event.target instanceof Element ? event.target.closest('.option') : null;
      if (option && option !== active) setActive(option);
    });
    content.addEventListener('click', function (event) {
      var option = event.target instanceof Element ? event.target.closest('.option') : null;
      if (option) choose(option.getAttribute('data-value'));
    });
    showItem();
    return { wrapper: wrapper, input: input };
  }

  var otpStep = document.getElementById('otp-step');
  var otpStatus = document.getElementById('otp-status');
  var otpForm = document.getElementById('api-otp-form');
  var otpInput = document.getElementById('api-otp');
  var verifyButton = document.getElementById('btn-verify-otp');
  var resend = document.getElementById('resend-otp');
  var countdown = document.getElementById('resend-countdown');
  var stopCountdown = function () {};

  function sendOtp(again) {
    otpStatus.className = 'alert alert-info d-flex align-items-center';
    otpStatus.innerHTML = '<span class="spinner-border spinner-border-sm me-2" aria-hidden="true"></span><span>Sending OTP to your registered mobile number...</span>';
    resend.classList.add('disabled');
    P.api('POST', '/api/api-registration/otp/send', { resend: again }).then(function (r) {
      if (!r.ok) {
        otpStatus.className = 'alert alert-danger';
        otpStatus.textContent = r.data.message;
        resend.classList.remove('disabled');
        return;
      }
      otpStatus.className = 'alert alert-info';
      otpStatus.textContent = r.data.message;
      otpInput.disabled = false;
      verifyButton.disabled = false;
      otpInput.focus();
      stopCountdown();
      stopCountdown = P.startCountdown(resend, countdown, r.data.resendAfter);
      if (again) P.toast('A new OTP has been sent to your registered mobile number.', 'success');
    });
  }
  resend.addEventListener('click', function (event) {
    event.preventDefault();
    if (!resend.classList.contains('disabled')) sendOtp(true);
  });
  otpForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var otp = otpInput.value.trim();
    otpInput.classList.toggle('is-invalid', !/^[0-9]{6}$/.test(otp));
    if (otpInput.classList.contains('is-invalid')) { otpInput.focus(); return; }
    P.buttonBusy(verifyButton, true, 'Verifying...');
    P.api('POST', '/api/api-registration/otp/verify', { otp: otp }).then(function (r) {
      P.buttonBusy(verifyButton, false);
      if (!r.ok) { otpInput.value = ''; otpInput.focus(); P.toast(r.data.message, 'danger'); return; }
      stopCountdown();
      otpStep.classList.add('d-none');
      document.getElementById('register-step').classList.remove('d-none');
      renderRegistrations(r.data.registrations);
    });
  });

  function renderRegistrations(rows) {
    var body = document.getElementById('registered-rows');
    body.innerHTML = '';
    if (!rows.length) {
      body.innerHTML = '<tr><td colspan="5" class="text-center text-body-secondary">No GSP registered yet.</td></tr>';
    }
    rows.forEach(function (row, i) {
      var tr = P.make('tr');
      [String(i + 1), row.gsp, row.username, row.createdOn].forEach(function (text) { tr.appendChild(P.make('td', {}, text)); });
      tr.appendChild(P.make('td')).appendChild(P.make('span', { class: 'badge text-bg-success' }, row.status));
      body.appendChild(tr);
    });
    document.getElementById('registered-card').classList.remove('d-none');
  }

  var form = document.getElementById('api-user-form');
  var alerts = document.getElementById('form-alerts');
  var gspFields = document.getElementById('gsp-fields');
  var modeNote = document.getElementById('mode-note');
  var modeGroup = document.getElementById('mode-group');
  var gspSelect = document.getElementById('gsp-select');
  var picker = tomSelect(gspSelect);
  var usernameInput = document.getElementById('api-username');
  var passwordInput = document.getElementById('api-password');
  var confirmInput = document.getElementById('api-password-confirm');
  var submitButton = document.getElementById('btn-submit');
  var confirmModal = document.getElementById('confirm-modal');
  var submitting = false;

  function modeOf() {
    var checked = form.querySelector('input[name="mode"]:checked');
    return checked ? checked.value : '';
  }
  form.querySelectorAll('input[name="mode"]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      var mode = modeOf();
      modeGroup.classList.remove('is-invalid');
      gspFields.classList.toggle('d-none', mode !== 'GSP');
      modeNote.classList.toggle('d-none', mode === 'GSP');
      modeNote.textContent = data.modeNotes[mode] || '';
      submitButton.disabled = mode !== 'GSP';
    });
  });
  gspSelect.addEventListener('change', function () { picker.wrapper.classList.remove('is-invalid'); });
  [usernameInput, passwordInput, confirmInput].forEach(function (input) {
    input.addEventListener('input', function () { input.classList.remove('is-invalid'); });
  });

  function typedUsername() {
    var value = usernameInput.value.trim();
    return value.toUpperCase().indexOf('API_') === 0 ? value.slice(4) : value;
  }
  function setInvalid(input, message) {
    var target = input === gspSelect ? picker.wrapper : input;
    target.classList.add('is-invalid');
    var feedback = document.getElementById(input.getAttribute('data-feedback'));
    if (feedback) feedback.textContent = message;
  }
  var FIELDS = { mode: modeGroup, gsp: gspSelect, username: usernameInput, password: passwordInput, confirmPassword: confirmInput };
  function validate() {
    [modeGroup, picker.wrapper, usernameInput, passwordInput, confirmInput].forEach(function (el) { el.classList.remove('is-invalid'); });
    var errors = {};
    if (!modeOf()) errors.mode = 'Please select how you wish to register your GSTIN.';
    if (!gspSelect.value) errors.gsp = 'Please select your GSP.';
    var name = typedUsername();
    if (!name) errors.username = 'Please enter a username.';
    else if (!new RegExp(data.usernamePattern).test(name)) errors.username = data.usernameRule;
    var password = passwordInput.value;
    if (!password) errors.password = 'Please enter a password.';
    else if (!new RegExp(data.passwordPattern).test(password)) errors.password = data.passwordRule;
    if (!confirmInput.value) errors.confirmPassword = 'Please confirm the password.';
    else if (confirmInput.value !== password) errors.confirmPassword = 'Password and Confirm Password do not match.';
    showErrors(errors);
    return Object.keys(errors).length === 0;
  }
  function showErrors(errors) {
    Object.keys(errors).forEach(function (key) { if (FIELDS[key]) setInvalid(FIELDS[key], errors[key]); });
    var first = form.querySelector('.is-invalid');
    if (first) first.scrollIntoView({ block: 'center' });
  }
  function addAlert(kind, message) {
    var box = P.make('div', { class: 'alert alert-' + kind + ' alert-dismissible fade show', role: 'alert' });
    box.innerHTML = '<span class="alert-text"></span><button type="button" class="btn-close" data-bs-dismiss="alert" aria-label="Close"></button>';
    box.querySelector('.alert-text').textContent = message;
    alerts.innerHTML = '';
    alerts.appendChild(box);
    box.scrollIntoView({ block: 'center' });
  }

  submitButton.addEventListener('click', function () {
    alerts.innerHTML = '';
    if (!validate()) return;
    document.getElementById('confirm-username').textContent = 'API_' + typedUsername();
    document.getElementById('confirm-gsp').textContent = gspSelect.value;
    P.showModal(confirmModal);
  });
  document.getElementById('confirm-yes').addEventListener('click', function () {
    if (submitting) return;
    submitting = true;
    P.hideModal(confirmModal);
    P.buttonBusy(submitButton, true, 'Submitting...');
    P.api('POST', '/api/api-registration/users', {
      mode: modeOf(),
      gsp: gspSelect.value,
      username: usernameInput.value.trim(),
      password: passwordInput.value,
      confirmPassword: confirmInput.value,
    }).then(function (r) {
      submitting = false;
      P.buttonBusy(submitButton, false);
      if (r.ok) {
        addAlert('success', r.data.message);
        P.toast('API user created successfully.', 'success');
        renderRegistrations(r.data.registrations);
        form.classList.add('d-none');
        return;
      }
      if (r.data.errors) { showErrors(r.data.errors); return; }
      addAlert('danger', r.data.message);
    });
  });
  document.getElementById('btn-exit').addEventListener('click', function () { window.location.assign('/dashboard'); });

  sendOtp(false);
})();
`;

interface Session {
  id: string;
  csrf: string;
  stage: 'two-factor' | 'signed-in';
  lastSeen: number;
  techContactServed: boolean;
  apiOtpSentAt?: number;
  apiOtpVerified: boolean;
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON placed inside a <script> element: `<` escaped so no value can close the element. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}-${two(date.getMonth() + 1)}-${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function between(low: number, high: number): number {
  return Math.round(low + Math.random() * (high - low));
}

/** The captcha picture: the configured characters, each tilted, over fresh noise on every request. */
function captchaSvg(characters: string): string {
  const width = 170;
  const height = 50;
  const shades = ['#1d3557', '#6a040f', '#283618', '#3c096c', '#7f4f24', '#023e8a'];
  const parts = [`<rect width="${width}" height="${height}" fill="#eef3f8"/>`];
  for (let i = 0; i < 7; i++) {
    parts.push(
      `<line x1="${between(0, width)}" y1="${between(0, height)}" x2="${between(0, width)}" y2="${between(0, height)}" stroke="${shades[i % shades.length]}" stroke-width="1" opacity=".45"/>`,
    );
  }
  for (let i = 0; i < 45; i++) {
    parts.push(`<circle cx="${between(0, width)}" cy="${between(0, height)}" r="1" fill="#8d99ae"/>`);
  }
  [...characters].forEach((character, i) => {
    const x = 16 + i * 30;
    const y = 35 + between(-4, 4);
    parts.push(
      `<text x="${x}" y="${y}" transform="rotate(${between(-22, 22)} ${x + 9} ${y - 9})" font-family="'DejaVu Sans Mono','Courier New',monospace" font-size="28" font-weight="700" fill="${shades[between(0, shades.length - 1)]}">${escapeHtml(character)}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Captcha">${parts.join('')}</svg>`;
}

interface DocumentParts {
  title: string;
  bodyClass: string;
  body: string;
  csrf?: string;
  data?: unknown;
  scripts: string[];
}

function documentOf(page: DocumentParts): string {
  const csrf = page.csrf ? `<meta name="csrf-token" content="${escapeHtml(page.csrf)}">` : '';
  const data =
    page.data === undefined
      ? ''
      : `<script type="application/json" id="page-data">${jsonForScript(page.data)}</script>`;
  const scripts = [COMMON_JS, ...page.scripts].map((script) => `<script>${script}</script>`).join('\n');
  return `<!doctype html>
<html lang="en" data-bs-theme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${csrf}
<title>${escapeHtml(page.title)} | e-Invoice System</title>
<style>${CSS}</style>
</head>
<body class="${page.bodyClass}">
${page.body}
<div class="toast-container position-fixed top-0 end-0 p-3" id="toast-container"></div>
${data}
${scripts}
</body>
</html>`;
}

function eyeButton(inputId: string): string {
  return `<button type="button" class="btn btn-outline-secondary" data-password-toggle="${inputId}" aria-label="Show password" aria-pressed="false">${svgIcon(ICON.eye, 'bi icon-eye')}${svgIcon(ICON.eyeSlash, 'bi icon-eye-slash d-none')}</button>`;
}

function loginPage(notice: string): string {
  const body = `<div class="login-page">
  <div class="login-box">
    <div class="login-logo"><b>e-Invoice</b> System</div>
    <div class="card card-outline card-primary">
      <div class="card-header text-center"><h1 class="h3 mb-0" style="font-size:1.6rem">Login</h1></div>
      <div class="card-body">
        ${notice}
        <div id="login-alert"></div>
        <form id="login-form" novalidate autocomplete="off">
          <div class="mb-3">
            <label for="login-username" class="form-label">Username</label>
            <input type="text" class="form-control" id="login-username" name="username" autocomplete="username" placeholder="Enter username">
            <div class="invalid-feedback">Please enter username.</div>
          </div>
          <div class="mb-3">
            <label for="login-password" class="form-label">Password</label>
            <div class="input-group has-validation">
              <input type="password" class="form-control" id="login-password" name="password" autocomplete="current-password" placeholder="Enter password">
              ${eyeButton('login-password')}
              <div class="invalid-feedback">Please enter password.</div>
            </div>
          </div>
          <div class="mb-3">
            <label for="login-captcha" class="form-label">Captcha</label>
            <div class="captcha-row">
              <img id="captcha-image" src="/captcha.svg?v=0" width="170" height="50" alt="Captcha image">
              <button type="button" class="btn btn-light" id="captcha-refresh" aria-label="Refresh captcha" title="Refresh captcha">${svgIcon(ICON.refresh, 'bi', 18)}</button>
            </div>
            <input type="text" class="form-control" id="login-captcha" name="captcha" maxlength="6" autocomplete="off" placeholder="Enter the characters shown">
            <div class="invalid-feedback">Please enter the captcha.</div>
          </div>
          <button type="submit" class="btn btn-primary w-100" id="btn-login">Login</button>
        </form>
        <p class="mb-0 mt-3 text-center small"><a href="#" onclick="return false">Forgot Password?</a></p>
      </div>
    </div>
  </div>
</div>`;
  return documentOf({ title: 'Login', bodyClass: 'login-body', body, scripts: [LOGIN_JS] });
}

function twoFactorPage(session: Session): string {
  const digits = Array.from(
    { length: 6 },
    (_, i) =>
      `<input type="text" class="form-control otp-digit" maxlength="1" inputmode="numeric" pattern="[0-9]*"${i === 0 ? ' autocomplete="one-time-code"' : ' autocomplete="off"'} aria-label="OTP digit ${i + 1} of 6">`,
  ).join('\n            ');
  const body = `<div class="login-page">
  <div class="login-box">
    <div class="login-logo"><b>e-Invoice</b> System</div>
    <div class="card card-outline card-primary">
      <div class="card-header text-center"><h1 class="h3 mb-0" style="font-size:1.4rem">Two-Factor Authentication</h1></div>
      <div class="card-body">
        <p class="text-body-secondary small">An OTP has been sent to your registered mobile number ${MOBILE}. You may also use the OTP shown in the Sandes or NIC-GST-Shield app.</p>
        <div id="otp-alert"></div>
        <form id="otp-form" novalidate>
          <label class="form-label" for="otp-first">Enter OTP</label>
          <div class="otp-inputs mb-1" id="otp-inputs" role="group" aria-label="Enter OTP">
            ${digits.replace('class="form-control otp-digit"', 'class="form-control otp-digit" id="otp-first"')}
          </div>
          <div class="invalid-feedback text-center">Please enter the 6-digit OTP.</div>
          <input type="hidden" id="otp-value" name="otp" value="">
          <button type="submit" class="btn btn-primary w-100 mt-3" id="btn-verify">Verify</button>
        </form>
        <p class="mt-3 mb-0 small text-center"><a href="#" id="resend-otp" class="link-primary">Resend OTP</a> <span id="resend-countdown" class="text-body-secondary"></span></p>
        <p class="mt-2 mb-0 small text-center"><a href="/login">Back to Login</a></p>
      </div>
    </div>
  </div>
</div>`;
  return documentOf({
    title: 'Two-Factor Authentication',
    bodyClass: 'login-body',
    body,
    csrf: session.csrf,
    data: { resendAfter: RESEND_SECONDS },
    scripts: [TWO_FACTOR_JS],
  });
}

function containsPath(item: MenuItem, path: string): boolean {
  return isGroup(item) ? item.children.some((child) => containsPath(child, path)) : item.href === path;
}

function menuOf(items: MenuItem[], path: string, top: boolean): string {
  return items
    .map((item) => {
      if (!isGroup(item)) {
        const current =
          item.href === path ? ' class="nav-link active" aria-current="page"' : ' class="nav-link"';
        const icon = top ? (item.href === '/dashboard' ? ICON.gauge : ICON.dot) : ICON.dot;
        return `<li class="nav-item"><a href="${item.href}"${current}>${svgIcon(icon, 'bi nav-icon')}<span>${escapeHtml(item.label)}</span></a></li>`;
      }
      const open = containsPath(item, path);
      return `<li class="nav-item">
  <a class="nav-link${open ? '' : ' collapsed'}" data-bs-toggle="collapse" href="#${item.id}" role="button" aria-expanded="${open}" aria-controls="${item.id}">${svgIcon(item.icon ?? ICON.dot, 'bi nav-icon')}<span>${escapeHtml(item.label)}</span>${svgIcon(ICON.chevron, 'bi nav-arrow', 12)}</a>
  <ul class="nav flex-column nav-treeview collapse${open ? ' show' : ''}" id="${item.id}">
    ${menuOf(item.children, path, false)}
  </ul>
</li>`;
    })
    .join('\n');
}

interface AppView {
  path: string;
  heading: string;
  content: string;
  data?: unknown;
  scripts?: string[];
}

function appPage(session: Session, gstin: string, view: AppView): string {
  const crumbs =
    view.path === '/dashboard'
      ? '<li class="breadcrumb-item active" aria-current="page">Dash Board</li>'
      : `<li class="breadcrumb-item"><a href="/dashboard">Home</a></li><li class="breadcrumb-item active" aria-current="page">${escapeHtml(view.heading)}</li>`;
  const body = `<div class="app-wrapper">
  <nav class="app-header navbar navbar-expand bg-body border-bottom shadow-sm">
    <div class="container-fluid">
      <ul class="navbar-nav">
        <li class="nav-item"><button type="button" class="btn nav-link d-lg-none" data-bs-toggle="offcanvas" data-bs-target="#sidebar" aria-controls="sidebar" aria-label="Toggle navigation">${svgIcon(ICON.list, 'bi', 20)}</button></li>
        <li class="nav-item d-none d-md-block"><a href="/dashboard" class="nav-link">Home</a></li>
        <li class="nav-item d-none d-md-block"><span class="nav-link">GSTIN: ${escapeHtml(gstin)}</span></li>
      </ul>
      <ul class="navbar-nav ms-auto">
        <li class="nav-item dropdown user-menu">
          <a href="#" class="nav-link dropdown-toggle" id="user-menu-toggle" data-bs-toggle="dropdown" role="button" aria-expanded="false">${svgIcon(ICON.person, 'bi me-1', 18)}<span class="d-none d-md-inline">${escapeHtml(R11_BS5_LOGIN.username)}</span></a>
          <ul class="dropdown-menu dropdown-menu-end" aria-labelledby="user-menu-toggle">
            <li><a class="dropdown-item" href="/profile">Profile</a></li>
            <li><hr class="dropdown-divider"></li>
            <li><a class="dropdown-item" href="/logout">Logout</a></li>
          </ul>
        </li>
      </ul>
    </div>
  </nav>
  <aside class="app-sidebar offcanvas-lg offcanvas-start" id="sidebar" tabindex="-1" aria-labelledby="sidebar-title">
    <div class="offcanvas-header">
      <h5 class="offcanvas-title" id="sidebar-title">e-Invoice System</h5>
      <button type="button" class="btn-close btn-close-white" data-bs-dismiss="offcanvas" data-bs-target="#sidebar" aria-label="Close"></button>
    </div>
    <div class="sidebar-brand"><a href="/dashboard" class="brand-link"><span class="brand-image">e</span><span class="brand-text">e-Invoice System</span></a></div>
    <div class="offcanvas-body sidebar-wrapper">
      <nav class="mt-2" aria-label="Main navigation">
        <ul class="nav flex-column sidebar-menu">
          ${menuOf(MENU, view.path, true)}
        </ul>
      </nav>
    </div>
  </aside>
  <main class="app-main">
    <div class="app-content-header">
      <div class="container-fluid">
        <div class="row">
          <div class="col-sm-6"><h3 class="mb-0">${escapeHtml(view.heading)}</h3></div>
          <div class="col-sm-6"><ol class="breadcrumb float-sm-end">${crumbs}</ol></div>
        </div>
      </div>
    </div>
    <div class="app-content">
      <div class="container-fluid">
        ${view.content}
      </div>
    </div>
  </main>
  <footer class="app-footer">Copyright © 2025 e-Invoice System. All rights reserved. <span class="float-sm-end">Version 1.4.2</span></footer>
</div>
${techContactModal()}`;
  return documentOf({
    title: view.heading,
    bodyClass: 'layout-fixed sidebar-expand-lg',
    body,
    csrf: session.csrf,
    data: view.data,
    scripts: [APP_JS, ...(view.scripts ?? [])],
  });
}

function techContactModal(): string {
  return `<div class="modal fade" id="tech-contact-modal" tabindex="-1" data-bs-backdrop="static" data-bs-keyboard="false" aria-labelledby="tech-contact-title" aria-hidden="true">
  <div class="modal-dialog modal-lg">
    <div class="modal-content">
      <div class="modal-header">
        <h5 class="modal-title" id="tech-contact-title">Contacts of Technical Person</h5>
        <button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close"></button>
      </div>
      <div class="modal-body">
        <p class="text-body-secondary small">Please verify the contact details of the technical person of your organisation. These are used for communication about API access.</p>
        <div class="row g-3">
          <div class="col-md-4"><label for="tech-name" class="form-label">Name</label><input type="text" class="form-control" id="tech-name"></div>
          <div class="col-md-4"><label for="tech-mobile" class="form-label">Mobile Number</label><input type="text" class="form-control" id="tech-mobile"></div>
          <div class="col-md-4"><label for="tech-email" class="form-label">Email Id</label><input type="email" class="form-control" id="tech-email"></div>
        </div>
      </div>
      <div class="modal-footer">
        <button type="button" class="btn btn-primary" id="tech-contact-update">Update</button>
        <button type="button" class="btn btn-danger" data-bs-dismiss="modal">Exit</button>
      </div>
    </div>
  </div>
</div>`;
}

function dashboardContent(state: R11Bs5State): string {
  const actions: [string, string][] = [
    ['Generate IRN', '/einvoice/generate'],
    ['Bulk Upload', '/einvoice/bulk-upload'],
    ['Cancel IRN', '/einvoice/cancel'],
    ['MIS Reports', '/mis/irn-details'],
  ];
  const quick = actions
    .map(([label, href]) => `<a href="${href}" class="btn btn-outline-primary">${label}</a>`)
    .join('\n');
  return `<div class="row">
  <div class="col-lg-3 col-sm-6"><div class="small-box text-bg-primary"><div class="inner"><h3>1,284</h3><p>Generations</p></div><a href="/mis/irn-details" class="small-box-footer">More info</a></div></div>
  <div class="col-lg-3 col-sm-6"><div class="small-box text-bg-danger"><div class="inner"><h3>37</h3><p>Cancelled</p></div><a href="/einvoice/cancel" class="small-box-footer">More info</a></div></div>
  <div class="col-lg-6">
    <div class="card mb-4">
      <div class="card-header"><h3 class="card-title">Quick actions</h3></div>
      <div class="card-body"><div class="d-flex flex-wrap gap-2">${quick}</div></div>
    </div>
  </div>
</div>
${taxpayerCard(state, 'Taxpayer details')}`;
}

function taxpayerCard(state: R11Bs5State, title: string): string {
  const rows: [string, string][] = [
    ['Username', R11_BS5_LOGIN.username],
    ['GSTIN', state.gstin],
    ['Legal Name', LEGAL_NAME],
    ['Registered Mobile', MOBILE],
  ];
  const cells = rows.map(
    ([name, value]) => `<tr><th scope="row">${name}</th><td>${escapeHtml(value)}</td></tr>`,
  );
  return `<div class="card mb-4">
  <div class="card-header"><h3 class="card-title">${title}</h3></div>
  <div class="card-body p-0"><table class="table mb-0"><tbody>${cells.join('')}</tbody></table></div>
</div>`;
}

const MODE_NOTES = {
  DIRECT:
    'Direct registration needs a Client ID and Client Secret and is available only to taxpayers above the notified turnover. It is not enabled for your GSTIN.',
  ERP: 'Registration through ERP is not enabled for your GSTIN. Please contact your ERP provider.',
  CLIENT: 'Registration through the Client-Id of another GSTIN is not enabled for your GSTIN.',
};

function createContent(state: R11Bs5State): string {
  const choices: [string, string][] = [
    ['DIRECT', 'Directly'],
    ['GSP', 'Through GSP'],
    ['ERP', 'Through ERP'],
    ['CLIENT', 'Through Client-Id of other'],
  ];
  const modes = choices
    .map(
      ([value, label]) =>
        `<input type="radio" class="btn-check" name="mode" id="mode-${value.toLowerCase()}" value="${value}" autocomplete="off"><label class="btn btn-outline-primary" for="mode-${value.toLowerCase()}">${label}</label>`,
    )
    .join('\n');
  const gsps = GSPS.map((name) => `<option value="${escapeHtml(name)}">${escapeHtml(name)}</option>`).join(
    '',
  );
  return `<div class="row">
<div class="col-xl-8">
<div class="card card-primary card-outline mb-4" id="api-registration-card">
  <div class="card-header"><h3 class="card-title">API Registration</h3></div>
  <div class="card-body">
    <div id="otp-step">
      <div id="otp-status" class="alert alert-info d-flex align-items-center" role="status"></div>
      <form id="api-otp-form" novalidate class="row g-3 align-items-end">
        <div class="col-sm-6">
          <label for="api-otp" class="form-label">Enter OTP <span class="text-danger">*</span></label>
          <input type="text" class="form-control" id="api-otp" name="otp" inputmode="numeric" maxlength="6" autocomplete="one-time-code" disabled>
          <div class="invalid-feedback">Please enter the 6-digit OTP.</div>
        </div>
        <div class="col-sm-auto"><button type="submit" class="btn btn-primary" id="btn-verify-otp" disabled>Verify OTP</button></div>
        <div class="col-12 small"><a href="#" id="resend-otp" class="link-primary disabled" aria-disabled="true">Resend OTP</a> <span id="resend-countdown" class="text-body-secondary"></span></div>
      </form>
    </div>
    <div id="register-step" class="d-none">
      <p class="text-success small">${svgIcon('<path d="M3 8.5 6.5 12 13 4.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>', 'bi me-1')}OTP verified successfully.</p>
      <div id="form-alerts"></div>
      <form id="api-user-form" novalidate autocomplete="off">
        <div class="mb-3">
          <div class="form-label fw-semibold" id="mode-label">Do you wish to Register your GSTIN for <span class="text-danger">*</span></div>
          <div class="btn-group" role="group" id="mode-group" aria-labelledby="mode-label" data-feedback="mode-feedback">
            ${modes}
          </div>
          <div class="invalid-feedback" id="mode-feedback">Please select how you wish to register your GSTIN.</div>
        </div>
        <div id="mode-note" class="alert alert-info d-none" role="status"></div>
        <div id="gsp-fields" class="d-none">
          <div class="mb-3">
            <label for="gsp-select" class="form-label">Select your GSP <span class="text-danger">*</span></label>
            <select id="gsp-select" name="gsp" class="form-select" required data-placeholder="-- Select GSP --" data-feedback="gsp-feedback">
              <option value="">-- Select GSP --</option>${gsps}
            </select>
            <div class="invalid-feedback" id="gsp-feedback">Please select your GSP.</div>
          </div>
          <div class="mb-3">
              <label for="api-username" class="form-label">Username <span class="text-danger">*</span></label>
              <div class="input-group has-validation">
                <span class="input-group-text" id="username-prefix">API_</span>
                <input type="text" class="form-control" id="api-username" name="username" maxlength="34" aria-describedby="username-prefix username-help" data-feedback="username-feedback">
                <div class="invalid-feedback" id="username-feedback">Please enter a username.</div>
              </div>
              <div class="form-text" id="username-help">3 to 30 letters, digits, '.', '-' or '_'. The prefix API_ is added for you.</div>
          </div>
          <div class="row g-3 mb-3">
            <div class="col-md-6">
              <label for="api-password" class="form-label">Password <span class="text-danger">*</span></label>
              <input type="password" class="form-control" id="api-password" name="password" maxlength="20" autocomplete="new-password" data-feedback="password-feedback">
              <div class="invalid-feedback" id="password-feedback">Please enter a password.</div>
            </div>
            <div class="col-md-6">
              <label for="api-password-confirm" class="form-label">Confirm Password <span class="text-danger">*</span></label>
              <input type="password" class="form-control" id="api-password-confirm" name="confirmPassword" maxlength="20" autocomplete="new-password" data-feedback="confirm-feedback">
              <div class="invalid-feedback" id="confirm-feedback">Please confirm the password.</div>
            </div>
          </div>
          <div class="form-text mb-3">${escapeHtml(PASSWORD_RULE_TEXT)}</div>
        </div>
        <div class="d-flex gap-2">
          <button type="button" class="btn btn-primary" id="btn-submit">Submit</button>
          <button type="button" class="btn btn-danger" id="btn-exit">Exit</button>
        </div>
      </form>
    </div>
  </div>
</div>
</div>
</div>
<div class="card mb-4 d-none" id="registered-card">
  <div class="card-header"><h3 class="card-title">GSPs registered for GSTIN ${escapeHtml(state.gstin)}</h3></div>
  <div class="card-body p-0">
    <table class="table table-striped table-hover mb-0">
      <thead><tr><th scope="col">#</th><th scope="col">GSP Name</th><th scope="col">API Username</th><th scope="col">Registered On</th><th scope="col">Status</th></tr></thead>
      <tbody id="registered-rows"></tbody>
    </table>
  </div>
</div>
<div class="modal fade" id="confirm-modal" tabindex="-1" aria-labelledby="confirm-title" aria-hidden="true">
  <div class="modal-dialog modal-dialog-centered">
    <div class="modal-content">
      <div class="modal-header">
        <h5 class="modal-title" id="confirm-title">Confirm Submission</h5>
        <button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close"></button>
      </div>
      <div class="modal-body">
        <p class="mb-2">Create the API user <strong id="confirm-username"></strong> for <strong id="confirm-gsp"></strong>?</p>
        <p class="mb-0 small text-body-secondary">Note the username and password now: the password cannot be viewed later.</p>
      </div>
      <div class="modal-footer">
        <button type="button" class="btn btn-secondary" data-bs-dismiss="modal">Cancel</button>
        <button type="button" class="btn btn-primary" id="confirm-yes">Yes, Submit</button>
      </div>
    </div>
  </div>
</div>`;
}

function placeholderContent(label: string): string {
  return `<div class="card mb-4">
  <div class="card-header"><h3 class="card-title">${escapeHtml(label)}</h3></div>
  <div class="card-body"><p class="mb-0 text-body-secondary">No records found.</p></div>
</div>`;
}

function notFoundPage(): string {
  return documentOf({
    title: 'Page not found',
    bodyClass: 'login-body',
    body: '<div class="login-page"><div class="card"><div class="card-body"><h1 class="h3">404</h1><p>The page you requested was not found.</p><a href="/" class="btn btn-primary">Home</a></div></div></div>',
    scripts: [],
  });
}

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: string, type: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

function sendHtml(res: ServerResponse, html: string, status = 200): void {
  send(res, status, html, 'text/html; charset=utf-8');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, JSON.stringify(body), 'application/json; charset=utf-8');
}

function redirect(res: ServerResponse, location: string, headers: Record<string, string> = {}): void {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', ...headers });
  res.end();
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > 64 * 1024) throw new Error('request body too large');
    chunks.push(buffer);
  }
  if (size === 0) return {};
  const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

/** The typed part of an API username: a leading API_ (any case) typed by the user is not doubled. */
function typedPart(username: string): string {
  const trimmed = username.trim();
  return trimmed.toUpperCase().startsWith('API_') ? trimmed.slice(4) : trimmed;
}

export async function startR11Bs5Rendition(options: R11Bs5Options = {}): Promise<R11Bs5Rendition> {
  const state: R11Bs5State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const techContact = options.techContact ?? true;
  const sessions = new Map<string, Session>();
  let expiryPending = options.expireOnce;

  function registrations(): { gsp: string; username: string; createdOn: string; status: string }[] {
    return [...EARLIER_REGISTRATIONS, ...state.users.filter((user) => user.gstin === state.gstin)].map(
      ({ gsp, username, createdOn }) => ({
        gsp,
        username,
        createdOn: formatDate(createdOn),
        status: 'Active',
      }),
    );
  }

  function lookup(req: IncomingMessage): { session?: Session; stale: boolean } {
    const id = cookieOf(req, SESSION_COOKIE);
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

  function newSession(res: ServerResponse, req: IncomingMessage): Session {
    const old = cookieOf(req, SESSION_COOKIE);
    if (old) sessions.delete(old);
    const session: Session = {
      id: randomBytes(18).toString('base64url'),
      csrf: randomBytes(18).toString('base64url'),
      stage: 'two-factor',
      lastSeen: Date.now(),
      techContactServed: false,
      apiOtpVerified: false,
    };
    sessions.set(session.id, session);
    res.setHeader('Set-Cookie', `${SESSION_COOKIE}=${session.id}; Path=/; HttpOnly; SameSite=Lax`);
    return session;
  }

  /** A signed-in page, or a redirect to the login page (saying "expired" when the session is gone). */
  function pageSession(req: IncomingMessage, res: ServerResponse): Session | undefined {
    const { session, stale } = lookup(req);
    if (session?.stage === 'signed-in') return session;
    redirect(res, stale ? EXPIRED_LOGIN : '/login');
    return undefined;
  }

  /**
   * A signed-in fetch, or a 401 (the page's script then goes to the login page). The stage named here is
   * where `expireOnce` strikes: its first request finds the session already deleted.
   */
  function apiSession(
    req: IncomingMessage,
    res: ServerResponse,
    stage?: R11Bs5Expiry,
    want: Session['stage'] = 'signed-in',
  ): Session | undefined {
    if (stage !== undefined && stage === expiryPending) {
      expiryPending = undefined;
      const id = cookieOf(req, SESSION_COOKIE);
      if (id) sessions.delete(id);
      state.expired.push(stage);
    }
    const { session } = lookup(req);
    if (session?.stage !== want) {
      sendJson(res, 401, {
        error: 'session-expired',
        message: 'Your session has expired. Please login again to continue.',
        redirect: EXPIRED_LOGIN,
      });
      return undefined;
    }
    if (req.headers['x-csrf-token'] !== session.csrf) {
      sendJson(res, 403, { message: 'Invalid request. Please reload the page and try again.' });
      return undefined;
    }
    return session;
  }

  /** A refusal the portal states: recorded in order, then answered with its message. */
  function refuse(res: ServerResponse, kind: string, status: number, message: string, field?: string): void {
    state.refusals.push(kind);
    sendJson(res, status, { message, field });
  }

  async function login(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req);
    const username = text(body.username).trim();
    const password = text(body.password);
    const captcha = text(body.captcha).trim();
    if (!username || !password || !captcha) {
      sendJson(res, 422, { message: 'Please enter username, password and captcha.' });
      return;
    }
    if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
      return refuse(res, 'captcha', 400, TEXT.badCaptcha, 'captcha');
    }
    if (
      username.toLowerCase() !== R11_BS5_LOGIN.username.toLowerCase() ||
      password !== R11_BS5_LOGIN.password
    ) {
      return refuse(res, 'login', 400, TEXT.badLogin, 'password');
    }
    newSession(res, req);
    sendJson(res, 200, { ok: true, next: '/login/two-factor' });
  }

  async function verifyLoginOtp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = apiSession(req, res, undefined, 'two-factor');
    if (!session) return;
    const body = await readJson(req);
    if (text(body.otp).trim() !== state.loginOtp) return refuse(res, 'login-otp', 400, TEXT.badLoginOtp);
    session.stage = 'signed-in';
    sendJson(res, 200, { ok: true, next: '/dashboard' });
  }

  function resendLoginOtp(req: IncomingMessage, res: ServerResponse): void {
    if (!apiSession(req, res, undefined, 'two-factor')) return;
    sendJson(res, 200, { ok: true, message: 'A new OTP has been sent to your registered mobile number.' });
  }

  function sendApiOtp(req: IncomingMessage, res: ServerResponse): void {
    const session = apiSession(req, res, 'api-otp-send');
    if (!session) return;
    session.apiOtpSentAt = Date.now();
    session.apiOtpVerified = false;
    sendJson(res, 200, {
      ok: true,
      resendAfter: RESEND_SECONDS,
      message: `An OTP has been sent to your registered mobile number ${MOBILE}. It is valid for 10 minutes.`,
    });
  }

  async function verifyApiOtp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = apiSession(req, res, 'api-otp-verify');
    if (!session) return;
    const body = await readJson(req);
    if (session.apiOtpSentAt === undefined) {
      sendJson(res, 409, { message: 'Please click Resend OTP to get an OTP.' });
      return;
    }
    if (Date.now() - session.apiOtpSentAt > API_OTP_VALID_MS)
      return refuse(res, 'api-otp', 410, TEXT.apiOtpExpired);
    if (text(body.otp).trim() !== state.apiOtp) return refuse(res, 'api-otp', 400, TEXT.badApiOtp);
    session.apiOtpVerified = true;
    sendJson(res, 200, { ok: true, registrations: registrations() });
  }

  async function createUser(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = apiSession(req, res, 'submit');
    if (!session) return;
    const body = await readJson(req);
    if (!session.apiOtpVerified) {
      sendJson(res, 403, { message: 'Please verify the OTP before creating an API user.' });
      return;
    }
    const mode = text(body.mode);
    const gsp = text(body.gsp);
    const typed = typedPart(text(body.username));
    const password = text(body.password);
    const errors: Record<string, string> = {};
    if (mode !== 'GSP') errors.mode = 'This registration option is not enabled for your GSTIN.';
    if (!GSPS.includes(gsp)) errors.gsp = 'Please select your GSP.';
    if (!USERNAME_RULE.test(typed)) errors.username = typed ? USERNAME_RULE_TEXT : 'Please enter a username.';
    if (!PASSWORD_RULE.test(password)) errors.password = PASSWORD_RULE_TEXT;
    if (text(body.confirmPassword) !== password)
      errors.confirmPassword = 'Password and Confirm Password do not match.';
    if (Object.keys(errors).length > 0) {
      sendJson(res, 422, { message: 'Please correct the errors in the form.', errors });
      return;
    }
    const username = `API_${typed}`;
    const onFile = [...EARLIER_REGISTRATIONS.map((r) => ({ ...r, gstin: state.gstin })), ...state.users];
    if (onFile.some((r) => r.gstin === state.gstin && r.gsp === gsp)) {
      return refuse(res, 'duplicate', 409, `GSTIN ${state.gstin} is already registered with ${gsp}.`);
    }
    const taken = [...RESERVED_USERNAMES, ...onFile.map((r) => r.username)];
    if (taken.some((name) => name.toLowerCase() === username.toLowerCase())) {
      return refuse(res, 'username-taken', 409, `Username ${username} already exists. ${TEXT.chooseAnother}`);
    }
    state.users.push({ gstin: state.gstin, gsp, username, password, createdOn: new Date().toISOString() });
    session.apiOtpVerified = false;
    sendJson(res, 200, {
      ok: true,
      username,
      message: `API user ${username} has been created successfully for ${gsp}.`,
      registrations: registrations(),
    });
  }

  function technicalContact(req: IncomingMessage, res: ServerResponse): void {
    const session = apiSession(req, res);
    if (!session) return;
    const show = techContact && !session.techContactServed;
    session.techContactServed = true;
    sendJson(res, 200, { show, contact: TECH_CONTACT });
  }

  async function updateTechnicalContact(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = apiSession(req, res);
    if (!session) return;
    const body = await readJson(req);
    if (!text(body.name).trim() || !text(body.mobile).trim() || !text(body.email).includes('@')) {
      sendJson(res, 422, { message: 'Please enter the name, mobile number and a valid email id.' });
      return;
    }
    sendJson(res, 200, { ok: true, message: 'Contact details updated successfully.' });
  }

  function showApp(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    heading: string,
    content: string,
    scripts: string[] = [],
    data?: unknown,
  ): void {
    const session = pageSession(req, res);
    if (session) sendHtml(res, appPage(session, state.gstin, { path, heading, content, scripts, data }));
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (req.method === 'GET' || req.method === 'HEAD') {
      switch (path) {
        case '/': {
          const { session } = lookup(req);
          redirect(res, session?.stage === 'signed-in' ? '/dashboard' : '/login');
          return;
        }
        case '/login': {
          if (lookup(req).session?.stage === 'signed-in') return redirect(res, '/dashboard');
          const expired = url.searchParams.get('expired') === '1';
          const loggedOut = url.searchParams.get('logout') === '1';
          return sendHtml(res, loginPage(expired ? EXPIRED_NOTICE : loggedOut ? LOGOUT_NOTICE : ''));
        }
        case '/captcha.svg':
          send(res, 200, captchaSvg(state.captcha), 'image/svg+xml');
          return;
        case '/login/two-factor': {
          const { session } = lookup(req);
          if (session?.stage === 'two-factor') sendHtml(res, twoFactorPage(session));
          else redirect(res, session ? '/dashboard' : '/login');
          return;
        }
        case '/logout': {
          const id = cookieOf(req, SESSION_COOKIE);
          if (id) sessions.delete(id);
          redirect(res, '/login?logout=1', {
            'Set-Cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`,
          });
          return;
        }
        case '/dashboard':
          return showApp(req, res, path, 'Dash Board', dashboardContent(state));
        case '/profile':
          return showApp(req, res, path, 'Profile', taxpayerCard(state, 'Profile'));
        case CREATE_PATH:
          return showApp(req, res, path, 'Create API User', createContent(state), [CREATE_JS], {
            modeNotes: MODE_NOTES,
            usernamePattern: USERNAME_RULE.source,
            usernameRule: USERNAME_RULE_TEXT,
            passwordPattern: PASSWORD_RULE.source,
            passwordRule: PASSWORD_RULE_TEXT,
          });
        case '/api/profile/technical-contact':
          technicalContact(req, res);
          return;
        case '/favicon.ico':
          res.writeHead(204).end();
          return;
      }
      const label = PLACEHOLDERS.get(path);
      if (label) return showApp(req, res, path, label, placeholderContent(label));
    } else if (req.method === 'POST') {
      switch (path) {
        case '/api/auth/login':
          return login(req, res);
        case '/api/auth/two-factor':
          return verifyLoginOtp(req, res);
        case '/api/auth/two-factor/resend':
          return resendLoginOtp(req, res);
        case '/api/profile/technical-contact':
          return updateTechnicalContact(req, res);
        case '/api/api-registration/otp/send':
          return sendApiOtp(req, res);
        case '/api/api-registration/otp/verify':
          return verifyApiOtp(req, res);
        case '/api/api-registration/users':
          return createUser(req, res);
      }
    }
    if (path.startsWith('/api/')) sendJson(res, 404, { message: 'Not found.' });
    else sendHtml(res, notFoundPage(), 404);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const bad =
        error instanceof SyntaxError || (error instanceof Error && error.message.includes('too large'));
      sendJson(res, bad ? 400 : 500, {
        message: bad ? 'Bad request.' : 'Something went wrong. Please try again.',
      });
    });
  });
  // Keep-alive sockets would hold close() open: every socket is tracked and destroyed on close.
  const sockets = new Set<Socket>();
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
    url: `http://127.0.0.1:${port}`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
