/**
 * Rendition r25-semantic: the E-Invoice portal (einvoice1.gst.gov.in) written blind from the
 * public facts only (shared/portal/einvoice1.md and the ClearTax guide), drawn as a jQuery +
 * Semantic UI 2.5 site would draw it: server-rendered pages, one per step, with a small
 * hand-written jQuery-like runtime and the Semantic UI plugins the pages use (modal with its
 * page dimmer appended to body, search selection dropdown, radio checkbox, accordion, form
 * validation with inline prompts, transitions, toast), and jQuery-style AJAX posts for the OTPs
 * and the Submit.
 *
 * Choices made where the docs are silent:
 * - URLs: home `/` (login modal; `/?expired=1` opens it with a session-expired warning),
 *   `POST /Home/Login` (form post), `/Home/LoginOtp` (2FA page), AJAX `POST /Home/VerifyLoginOtp`
 *   and `POST /Home/ResendLoginOtp`, `/Home/MainMenu` (Dash Board), `/Home/Logout`,
 *   `/ApiRegistration/CreateApiUser` (API OTP page), AJAX `POST /ApiRegistration/SendOtp` and
 *   `POST /ApiRegistration/VerifyOtp`, `/ApiRegistration/Register` (the registration form),
 *   AJAX `POST /ApiRegistration/Submit`, `/get-captcha-image` (SVG). Other menu leaves open a
 *   plain "no records" page. Session cookie `SUISESSID`; every AJAX post carries the page's
 *   `meta[name=csrf-token]` in `X-CSRF-Token`.
 * - Home: top `div.ui.top.fixed.menu` (brand, `a.item` Home / Services / Announcements / Help,
 *   `div.right.menu` > `a.ui.primary.button` "Login"). Login opens `div.ui.tiny.modal` (header
 *   "Login"), moved into `div.ui.dimmer.modals.page` appended to body (fade 500 ms, modal scale
 *   400 ms, then autofocus on the modal's first input as Semantic does); clicking the dimmer, the
 *   close icon or Escape closes it. Form `form.ui.form`: labels "Username", "Password",
 *   "Captcha" (no `for=`), `div.ui.left.icon.input` > input + `i.icon`; captcha picture with a
 *   refresh icon link; submit `button.ui.fluid.large.primary.submit.button` "Login". Empty
 *   fields get `div.field.error` + `div.ui.basic.red.pointing.prompt.label`. Refusals
 *   re-render the page with the modal open and `div.ui.error.message`: header "Login failed",
 *   "Invalid Captcha. Please enter the characters shown in the image." or "Invalid Login
 *   Credentials. Please check your user name and password." (captcha checked first). The
 *   login is SEMANTIC_R25_LOGIN (user name compared case-insensitively).
 * - 2FA: page "Two-Factor Authentication", field "Enter OTP", `button.ui.primary.button`
 *   "Verify OTP", link "Resend OTP"; wrong OTP: `div.ui.negative.message` "Invalid OTP".
 * - Post-login popup (first Dash Board visit of a session): `div.ui.basic.modal` titled
 *   "Contacts of Technical Person" with `div.actions` > `div.ui.red.basic.cancel.inverted.button`
 *   "Exit" and `div.ui.green.ok.inverted.button` "OK"; the dimmer click closes it too.
 * - Logged-in layout: `body.pushable` > `div.ui.visible.left.vertical.sidebar.menu` + top fixed
 *   menu + `div.pusher`. Sidebar: "Dash Board", `div.item` > `div.header` groups "e-Invoice",
 *   "MIS Reports", "User Management" with `div.menu` > `a.item`; "API Registration" is a
 *   `div.ui.accordion` `div.title` (`i.dropdown.icon`) whose content holds a nested accordion
 *   "User Credentials" (> "Create API User", "Change API Password", "Freeze API User") and
 *   "IP Whitelisting"; titles slide their content open/closed.
 * - Dash Board: heading "Dash Board", cards "Generations" and "Cancelled".
 * - API OTP: segment "API Registration" / "Create API User", `button.ui.primary.button`
 *   "Send OTP" (AJAX) then a toast "OTP sent" (`div.ui.toast-container` > `div.toast-box` >
 *   `div.ui.success.toast`, fades after 3 s) and the field "Enter OTP" as `div.ui.action.input`
 *   > input + `button.ui.button` "Verify"; link "Resend OTP". Wrong OTP: negative message
 *   "Invalid OTP". Success shows a positive message "OTP verified" and goes to the registration
 *   page 0.6 s later.
 * - Registration: "Do you wish to Register your GSTIN for" with `div.ui.radio.checkbox` radios
 *   "Directly", "Through GSP", "Through ERP", "Through Client-Id of other", none chosen at
 *   first (only "Through GSP" shows the form and enables Submit; the others show an info
 *   message); "Select your GSP" is a `div.ui.fluid.search.selection.dropdown` (default text "Select GSP", prefix filtering,
 *   forceSelection on blur, "No results found."); "Username" as `div.ui.labeled.input` with
 *   `div.ui.label` "API_" (typed part: 4-12 letters/digits); "Password" and "Re-enter Password"
 *   (8-15 chars, upper, lower, digit, special); buttons "Submit" and "Exit". Submit asks in a
 *   `div.ui.mini.modal` "Confirm" with `div.ui.negative.button` "No" and
 *   `div.ui.positive.right.labeled.icon.button` "Yes".
 * - Verdicts: `div.ui.positive.message` header "API user created successfully";
 *   `div.ui.negative.message` headers "Already registered" (same GSP, refusal 'duplicate') and
 *   "User name not available" (refusal 'username-taken'). Below, the table "GSPs registered for
 *   GSTIN ..." lists the seeded TERA SOFTWARE LIMITED user API_fortune27 (kept apart from
 *   state.users) and the users registered since start.
 * - During every AJAX call the segment gets `div.ui.active.inverted.dimmer` > `div.ui.text.loader`.
 * - Sessions: a logged-in page opened while only the 2FA step is done goes to `/Home/LoginOtp`; a
 *   page GET without a live session redirects (302) to `/?expired=1` ("Your session
 *   has expired. Please login again."); an AJAX post answers 401 JSON `{sessionExpired:true}`,
 *   the page shows a negative message "Session expired" and a toast, then goes to
 *   `/?expired=1` after 2.5 s. `expireOnce` deletes the session on the first SendOtp
 *   ('api-otp-send', send or resend), VerifyOtp ('api-otp-verify') or Submit ('submit') request,
 *   records the stage in `state.expired` and answers that same 401; once per server.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type SemanticR25Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface SemanticR25Options {
  expireOnce?: SemanticR25Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface SemanticR25State {
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
export interface SemanticR25Rendition {
  url: string;
  close(): Promise<void>;
  state: SemanticR25State;
}
export const SEMANTIC_R25_LOGIN: { username: string; password: string } = {
  username: 'fortunetrade27',
  password: 'Fortune@2024',
};

const LEGAL_NAME = 'FORTUNE TRADING COMPANY';
const MOBILE_MASKED = '98XXXXXX21';
const COOKIE = 'SUISESSID';
const EXPIRED_TEXT = 'Your session has expired. Please login again.';
const SEEDED_USERNAME = 'API_fortune27';
const USERNAME_RULE = /^[A-Za-z0-9]{4,12}$/;
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;

const GSPS: readonly { code: string; name: string }[] = [
  'ADAEQUARE INFO PRIVATE LIMITED',
  'ALANKIT LIMITED',
  'BODHTREE CONSULTING LIMITED',
  'BOTREE SOFTWARE INTERNATIONAL PRIVATE LIMITED',
  'BVM IT CONSULTING SERVICES INDIA PRIVATE LIMITED',
  'CHARTERED INFORMATION SYSTEMS PRIVATE LIMITED',
  'CYGNET INFOTECH PRIVATE LIMITED',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'ERNST & YOUNG LLP',
  'EXCELLON SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'MASTEK LIMITED',
  'MASTERS INDIA PRIVATE LIMITED',
  'RELIANCE CORPORATE IT PARK LIMITED',
  'SIFY TECHNOLOGIES LIMITED',
  'SPICE DIGITAL LIMITED',
  'TALLY (INDIA) PRIVATE LIMITED',
  'TATA CONSULTANCY SERVICES LIMITED',
  'TERA SOFTWARE LIMITED',
  'VAY NETWORK SERVICES PRIVATE LIMITED',
  'WEBTEL ELECTROSOFT PRIVATE LIMITED',
  'WEP DIGITAL SERVICES LIMITED',
].map((name, i) => ({ code: `GSP${String(i + 101)}`, name }));

const MENU_GROUPS: readonly { header: string; items: readonly [string, string][] }[] = [
  {
    header: 'e-Invoice',
    items: [
      ['Generate', '/Invoice/Generate'],
      ['Cancel', '/Invoice/Cancel'],
      ['Bulk Upload', '/Invoice/BulkUpload'],
      ['Print', '/Invoice/Print'],
    ],
  },
  {
    header: 'MIS Reports',
    items: [
      ['Summary Report', '/MisRpt'],
      ['IRN Details', '/MisRpt/IrnDetails'],
    ],
  },
  {
    header: 'User Management',
    items: [
      ['Create Sub-User', '/UserManagement/Create'],
      ['Update Sub-User', '/UserManagement/Update'],
    ],
  },
];
const API_LEAVES: readonly [string, string][] = [
  ['Create API User', '/ApiRegistration/CreateApiUser'],
  ['Change API Password', '/ApiRegistration/ChangeApiPassword'],
  ['Freeze API User', '/ApiRegistration/FreezeApiUser'],
];
const OTHER_API_LEAF: [string, string] = ['IP Whitelisting', '/ApiRegistration/IpWhitelisting'];

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return '&#39;';
    }
  });
}

function svgUri(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function iconUri(path: string): string {
  return svgUri(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill-rule="evenodd" d="${path}"/></svg>`,
  );
}

/** Icon masks standing in for Semantic UI's icon font (class names as Semantic spells them). */
const ICONS: readonly [string, string][] = [
  ['i.icon.user', 'M12 3a4.5 4.5 0 110 9 4.5 4.5 0 010-9zM3.5 21c0-4.6 3.8-7.5 8.5-7.5s8.5 2.9 8.5 7.5z'],
  ['i.icon.lock', 'M6 10V8a6 6 0 0112 0v2h1.5v12h-15V10zm2.2 0h7.6V8a3.8 3.8 0 00-7.6 0z'],
  ['i.icon.shield', 'M12 1.5l8.5 3.2v6.2c0 5.3-3.6 10-8.5 11.6-4.9-1.6-8.5-6.3-8.5-11.6V4.7z'],
  [
    'i.icon.sync',
    'M12 4V1L8 5l4 4V6a6 6 0 016 6c0 1-.25 1.97-.7 2.8l1.46 1.46A7.96 7.96 0 0020 12a8 8 0 00-8-8zm0 14a6 6 0 01-6-6c0-1 .25-1.97.7-2.8L5.24 7.74A7.96 7.96 0 004 12a8 8 0 008 8v3l4-4-4-4z',
  ],
  ['i.icon.dropdown', 'M5.5 9h13L12 16.5z'],
  [
    'i.icon.close, i.icon.remove, i.icon.times',
    'M5.3 4L12 10.7 18.7 4 20 5.3 13.3 12 20 18.7 18.7 20 12 13.3 5.3 20 4 18.7 10.7 12 4 5.3z',
  ],
  ['i.icon.checkmark, i.icon.check', 'M9 16.2L4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z'],
  [
    'i.icon.address.card',
    'M2 4h20v16H2zm2 2v12h16V6zm4 1.5a2.3 2.3 0 110 4.6 2.3 2.3 0 010-4.6zM4.8 16.5c0-2 1.5-3.1 3.2-3.1s3.2 1.1 3.2 3.1zM13 9h6v1.6h-6zm0 3.2h6v1.6h-6z',
  ],
  [
    'i.icon.mobile',
    'M7 1h10a2 2 0 012 2v18a2 2 0 01-2 2H7a2 2 0 01-2-2V3a2 2 0 012-2zm0 3v14h10V4zm5 15.2a1.1 1.1 0 110 2.2 1.1 1.1 0 010-2.2z',
  ],
  [
    'i.icon.key',
    'M12.65 10A6 6 0 007 6a6 6 0 000 12 6 6 0 005.65-4H17v4h4v-4h2v-4zM7 14a2 2 0 110-4 2 2 0 010 4z',
  ],
  ['i.icon.paper.plane', 'M2 21l21-9L2 3v7l15 2-15 2z'],
  [
    'i.icon.sign.out',
    'M17 7l-1.41 1.41L18.17 11H8v2h10.17l-2.58 2.58L17 17l5-5zM4 5h8V3H4a2 2 0 00-2 2v14a2 2 0 002 2h8v-2H4z',
  ],
  ['i.icon.home', 'M10 20v-6h4v6h5v-8h3L12 3 2 12h3v8z'],
  ['i.icon.info.circle', 'M12 2a10 10 0 110 20 10 10 0 010-20zm1 15v-6h-2v6zm0-8V7h-2v2z'],
  ['i.icon.exclamation.triangle', 'M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z'],
  ['i.icon.list', 'M3 13h2v-2H3zm0 4h2v-2H3zm0-8h2V7H3zm4 4h14v-2H7zm0 4h14v-2H7zM7 7v2h14V7z'],
  [
    'i.icon.question.circle',
    'M12 2a10 10 0 110 20 10 10 0 010-20zm-1 16h2v-2h-2zm1-12a4 4 0 00-4 4h2a2 2 0 114 0c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5a4 4 0 00-4-4z',
  ],
  [
    'i.icon.search',
    'M15.5 14h-.79l-.28-.27A6.47 6.47 0 0016 9.5 6.5 6.5 0 109.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19zm-6 0A4.5 4.5 0 119.5 5a4.5 4.5 0 010 9z',
  ],
  [
    'i.icon.file',
    'M14 2H6a2 2 0 00-2 2v16a2 2 0 002 2h12a2 2 0 002-2V8zm2 16H8v-2h8zm0-4H8v-2h8zm-3-5V3.5L18.5 9z',
  ],
  ['i.icon.tachometer', 'M3 13h8V3H3zm0 8h8v-6H3zm10 0h8V11h-8zm0-18v6h8V3z'],
  [
    'i.icon.envelope',
    'M20 4H4a2 2 0 00-2 2v12a2 2 0 002 2h16a2 2 0 002-2V6a2 2 0 00-2-2zm0 4l-8 5-8-5V6l8 5 8-5z',
  ],
  [
    'i.icon.bullhorn',
    'M18 11v2h4v-2zm-2 6.6c.96.71 2.21 1.65 3.2 2.4l.8-1.07-3.2-2.4zM20 5.47L19.2 4.4 16 6.8l.8 1.07zM4 9a2 2 0 00-2 2v2a2 2 0 002 2h1v4h2v-4h1l5 3V6L8 9zm11.5 3c0-1.33-.58-2.53-1.5-3.35v6.69c.92-.81 1.5-2.01 1.5-3.34z',
  ],
];

const ICON_CSS = ICONS.map(([sel, path]) => `${sel} { --icon: url("${iconUri(path)}"); }`).join('\n');
const CARET_RIGHT = iconUri('M9 5.5v13l7.5-6.5z');

const LOGO = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#0b3d6e"/><circle cx="32" cy="32" r="24" fill="none" stroke="#f5a623" stroke-width="3"/><path d="M20 20h20l6 6v18H20z" fill="#fff"/><path d="M40 20v6h6" fill="#d7e3ee"/><path d="M24 30h16M24 35h16M24 40h10" stroke="#0b3d6e" stroke-width="2.4"/></svg>',
);

const CSS = `
*, *:before, *:after { box-sizing: inherit; }
html { box-sizing: border-box; font-size: 14px; line-height: 1.15; }
html, body { height: 100%; }
body { margin: 0; padding: 0; overflow-x: hidden; min-width: 320px; background: #f4f6f9; font-family: Lato, 'Helvetica Neue', Arial, Helvetica, sans-serif; font-size: 14px; line-height: 1.4285em; color: rgba(0,0,0,.87); font-smoothing: antialiased; }
h1, h2, h3, h4, h5 { font-family: Lato, 'Helvetica Neue', Arial, Helvetica, sans-serif; line-height: 1.28571429em; margin: calc(2rem - .14285714em) 0 1rem; font-weight: 700; padding: 0; }
p { margin: 0 0 1em; line-height: 1.4285em; } p:first-child { margin-top: 0; } p:last-child { margin-bottom: 0; }
a { color: #4183c4; text-decoration: none; } a:hover { color: #1e70bf; text-decoration: none; }
b, strong { font-weight: bolder; }
table { border-collapse: collapse; }
i.icon { display: inline-block; opacity: 1; margin: 0 .25rem 0 0; width: 1.18em; height: 1em; font-style: normal; font-weight: 400; text-decoration: inherit; text-align: center; backface-visibility: hidden; vertical-align: -.125em; }
i.icon:before { content: ''; display: block; width: 100%; height: 100%; background-color: currentColor; -webkit-mask: var(--icon) center / contain no-repeat; mask: var(--icon) center / contain no-repeat; }
${ICON_CSS}
.ui.container { display: block; max-width: 100% !important; }
@media only screen and (min-width: 992px) { .ui.container { width: 933px; margin-left: auto !important; margin-right: auto !important; } }
@media only screen and (min-width: 1200px) { .ui.container { width: 1127px; } }
.ui.text.container { max-width: 700px !important; line-height: 1.5; }
/* transition */
.transition { animation-iteration-count: 1; animation-duration: 300ms; animation-timing-function: ease; animation-fill-mode: both; }
.animating.transition { backface-visibility: hidden; visibility: visible !important; }
.loading.transition { position: absolute; top: -99999px; left: -99999px; }
.hidden.transition { display: none; visibility: hidden; }
.visible.transition { display: block !important; visibility: visible !important; }
.ui.dimmer.visible.transition, .ui.dimmer.animating.transition { display: flex !important; }
.ui.input.visible.transition, .ui.action.input.visible.transition { display: inline-flex !important; }
.transition.animating.fade.in { animation-name: fadeIn; } .transition.animating.fade.out { animation-name: fadeOut; }
.transition.animating.scale.in { animation-name: scaleIn; } .transition.animating.scale.out { animation-name: scaleOut; }
.transition.animating.slide.down.in { animation-name: slideInY; transform-origin: top center; }
.transition.animating.slide.down.out { animation-name: slideOutY; transform-origin: top center; }
@keyframes fadeIn { 0% { opacity: 0; } 100% { opacity: 1; } }
@keyframes fadeOut { 0% { opacity: 1; } 100% { opacity: 0; } }
@keyframes scaleIn { 0% { opacity: 0; transform: scale(.8); } 100% { opacity: 1; transform: scale(1); } }
@keyframes scaleOut { 0% { opacity: 1; transform: scale(1); } 100% { opacity: 0; transform: scale(.9); } }
@keyframes slideInY { 0% { opacity: 0; transform: scaleY(0); } 100% { opacity: 1; transform: scaleY(1); } }
@keyframes slideOutY { 0% { opacity: 1; transform: scaleY(1); } 100% { opacity: 0; transform: scaleY(0); } }
@keyframes loader { from { transform: rotate(0deg); } to { transform: rotate(360deg); } }
/* menu */
.ui.menu { display: flex; margin: 1rem 0; font-family: Lato, 'Helvetica Neue', Arial, Helvetica, sans-serif; background: #fff; font-weight: 400; border: 1px solid rgba(34,36,38,.15); box-shadow: 0 1px 2px 0 rgba(34,36,38,.15); border-radius: .28571429rem; min-height: 2.85714286em; }
.ui.menu:after { content: ''; display: block; height: 0; clear: both; visibility: hidden; }
.ui.menu .item { position: relative; vertical-align: middle; line-height: 1; text-decoration: none; flex: 0 0 auto; user-select: none; background: 0 0; padding: .92857143em 1.14285714em; text-transform: none; color: rgba(0,0,0,.87); font-weight: 400; transition: background .1s ease, box-shadow .1s ease, color .1s ease; }
.ui.menu:not(.vertical) .item { display: flex; align-items: center; }
.ui.menu .item:before { position: absolute; content: ''; top: 0; right: 0; height: 100%; width: 1px; background: rgba(34,36,38,.1); }
.ui.menu .right.menu .item:before, .ui.menu .right.item:before { right: auto; left: 0; }
.ui.menu .right.menu { display: flex; margin-left: auto !important; }
.ui.menu .right.menu > .button { align-self: center; margin: 0 .75em; }
.ui.menu a.item:hover { cursor: pointer; background: rgba(0,0,0,.03); color: rgba(0,0,0,.95); }
.ui.menu .active.item { background: rgba(0,0,0,.05); color: rgba(0,0,0,.95); font-weight: 400; }
.ui.menu .header.item, .ui.vertical.menu .header.item { margin: 0; background: 0 0; text-transform: none; font-weight: 700; }
.ui.menu .item > img.logo { margin-right: .75em; width: 2em; height: 2em; }
.ui.menu .item > i.icon { margin: 0 .35714286em 0 0; }
.ui.fixed.menu { position: fixed; z-index: 101; margin: 0; width: 100%; top: 0; left: 0; bottom: auto; right: auto; border-radius: 0; border: none; box-shadow: 0 1px 2px 0 rgba(34,36,38,.15); }
.ui.inverted.menu { background: #1b1c1d; box-shadow: none; border: 0 solid transparent; }
.ui.inverted.menu .item, .ui.inverted.menu .item > a:not(.ui) { background: 0 0; color: rgba(255,255,255,.9); }
.ui.inverted.menu .item:before { background: rgba(255,255,255,.08); }
.ui.inverted.menu a.item:hover { background: rgba(255,255,255,.08); color: #fff; }
.ui.vertical.menu { display: block; flex-direction: column; background: #fff; box-shadow: 0 1px 2px 0 rgba(34,36,38,.15); width: 15rem; }
.ui.vertical.menu .item { display: block; background: 0 0; border-top: none; border-right: none; }
.ui.vertical.menu > .item:first-child { border-radius: .28571429rem .28571429rem 0 0; }
.ui.vertical.menu .item:before { position: absolute; content: ''; top: 0; left: 0; width: 100%; height: 1px; background: rgba(34,36,38,.1); }
.ui.vertical.menu .item:first-child:before { display: none !important; }
.ui.vertical.menu .item > .menu { margin: .5em -1.14285714em 0; }
.ui.vertical.menu .menu .item { background: 0 0; padding: .5em 1.33333333em; font-size: .85714286em; color: rgba(0,0,0,.5); }
.ui.vertical.menu .menu .item:before { display: none; }
.ui.vertical.menu .menu a.item:hover { color: rgba(0,0,0,.85); background: rgba(0,0,0,.03); }
.ui.vertical.menu .menu .active.item { background-color: transparent; font-weight: 700; color: rgba(0,0,0,.95); }
.ui.vertical.menu .item > .header:not(.ui) { margin: 0 0 .5em; font-size: 1em; font-weight: 700; }
.ui.vertical.menu .active.item { background: rgba(0,0,0,.05); border-radius: 0; box-shadow: none; }
.ui.inverted.vertical.menu .item > .header:not(.ui) { color: #fff; }
.ui.inverted.vertical.menu .menu .item { color: rgba(255,255,255,.6); }
.ui.inverted.vertical.menu .menu a.item:hover, .ui.inverted.vertical.menu .menu .active.item { color: #fff; }
/* sidebar */
.pushable { height: 100%; overflow-x: hidden; padding: 0 !important; }
body.pushable { background: #545454 !important; }
.pushable > .pusher { position: relative; backface-visibility: hidden; overflow: hidden; min-height: 100%; transition: transform .5s ease; z-index: 2; }
body.pushable > .pusher { background: #f4f6f9; }
.ui.sidebar { position: fixed; top: 0; left: 0; transition: none; will-change: transform; transform: translate3d(0,0,0); visibility: hidden; -webkit-overflow-scrolling: touch; height: 100% !important; max-height: 100%; border-radius: 0 !important; margin: 0 !important; overflow-y: auto !important; z-index: 102; }
.ui.sidebar > * { backface-visibility: hidden; }
.ui.left.sidebar { right: auto; left: 0; transform: translate3d(-100%,0,0); }
.ui.visible.sidebar { visibility: visible; transform: translate3d(0,0,0); }
.ui.left.sidebar, .ui.vertical.sidebar.menu { width: 260px; }
.ui.sidebar.menu .item { border-radius: 0 !important; }
.ui.visible.left.sidebar ~ .fixed, .ui.visible.left.sidebar ~ .pusher { transform: translate3d(260px,0,0); width: calc(100% - 260px); }
/* button */
.ui.button { cursor: pointer; display: inline-block; min-height: 1em; outline: 0; border: none; vertical-align: baseline; background: #e0e1e2 none; color: rgba(0,0,0,.6); font-family: Lato, 'Helvetica Neue', Arial, Helvetica, sans-serif; margin: 0 .25em 0 0; padding: .78571429em 1.5em; text-transform: none; text-shadow: none; font-weight: 700; line-height: 1em; font-style: normal; text-align: center; text-decoration: none; border-radius: .28571429rem; box-shadow: 0 0 0 1px transparent inset, 0 0 0 0 rgba(34,36,38,.15) inset; user-select: none; transition: opacity .1s ease, background-color .1s ease, color .1s ease, box-shadow .1s ease, background .1s ease; font-size: 1rem; }
.ui.button:hover { background-color: #cacbcd; color: rgba(0,0,0,.8); }
.ui.button:focus { background-color: #cacbcd; color: rgba(0,0,0,.8); }
.ui.button > .icon:not(.button) { height: .85714286em; opacity: .8; margin: 0 .42857143em 0 -.21428571em; vertical-align: top; color: ''; }
.ui.primary.button { background-color: #2185d0; color: #fff; }
.ui.primary.button:hover, .ui.primary.button:focus { background-color: #1678c2; color: #fff; }
.ui.positive.button, .ui.green.button { background-color: #21ba45; color: #fff; }
.ui.positive.button:hover, .ui.green.button:hover { background-color: #16ab39; color: #fff; }
.ui.negative.button, .ui.red.button { background-color: #db2828; color: #fff; }
.ui.negative.button:hover, .ui.red.button:hover { background-color: #d01919; color: #fff; }
.ui.basic.button { background: transparent none !important; color: rgba(0,0,0,.6) !important; font-weight: 400; box-shadow: 0 0 0 1px rgba(34,36,38,.15) inset; }
.ui.basic.button:hover { background: #fff !important; color: rgba(0,0,0,.8) !important; box-shadow: 0 0 0 1px rgba(34,36,38,.35) inset; }
.ui.inverted.button { box-shadow: 0 0 0 2px #fff inset !important; background: transparent none; color: #fff; text-shadow: none !important; }
.ui.inverted.button:hover { background: #fff; color: rgba(0,0,0,.8); }
.ui.green.inverted.button { background-color: transparent; box-shadow: 0 0 0 2px #2ecc40 inset !important; color: #2ecc40; }
.ui.green.inverted.button:hover { background-color: #22be34; color: #fff; }
.ui.red.basic.inverted.button, .ui.red.inverted.button { background-color: transparent !important; box-shadow: 0 0 0 2px #ff695e inset !important; color: #ff695e !important; }
.ui.red.basic.inverted.button:hover, .ui.red.inverted.button:hover { background-color: #ff5144 !important; color: #fff !important; box-shadow: 0 0 0 2px #ff5144 inset !important; }
.ui.fluid.button { display: block; width: 100%; }
.ui.large.button { font-size: 1.14285714rem; }
.ui.disabled.button, .ui.button:disabled { cursor: default; opacity: .45 !important; background-image: none !important; box-shadow: none !important; pointer-events: none !important; }
.ui.labeled.icon.button { position: relative; padding-left: 4.07142857em !important; padding-right: 1.5em !important; }
.ui.labeled.icon.button > .icon { position: absolute; height: 100%; line-height: 1; border-radius: 0; border-top-left-radius: inherit; border-bottom-left-radius: inherit; text-align: center; margin: 0; width: 2.57142857em; background-color: rgba(0,0,0,.05); color: ''; box-shadow: -1px 0 0 0 transparent inset; top: 0; left: 0; display: flex; align-items: center; justify-content: center; }
.ui.labeled.icon.button > .icon:before { width: 1.1em; height: 1.1em; }
.ui[class*="right labeled"].icon.button { padding-right: 4.07142857em !important; padding-left: 1.5em !important; }
.ui[class*="right labeled"].icon.button > .icon { left: auto; right: 0; border-radius: 0; border-top-right-radius: inherit; border-bottom-right-radius: inherit; box-shadow: 1px 0 0 0 transparent inset; }
/* input */
.ui.input { position: relative; font-weight: 400; font-style: normal; display: inline-flex; color: rgba(0,0,0,.87); }
.ui.input > input { margin: 0; max-width: 100%; flex: 1 0 auto; outline: 0; -webkit-tap-highlight-color: rgba(255,255,255,0); text-align: left; line-height: 1.21428571em; font-family: Lato, 'Helvetica Neue', Arial, Helvetica, sans-serif; padding: .67857143em 1em; background: #fff; border: 1px solid rgba(34,36,38,.15); color: rgba(0,0,0,.87); border-radius: .28571429rem; transition: box-shadow .1s ease, border-color .1s ease; box-shadow: none; font-size: 1em; }
.ui.input > input:focus { border-color: #85b7d9; background: #fff; color: rgba(0,0,0,.8); box-shadow: none; }
.ui.icon.input > i.icon { cursor: default; position: absolute; line-height: 1; text-align: center; top: 0; right: 0; margin: 0; height: 100%; width: 2.67142857em; opacity: .5; border-radius: 0 .28571429rem .28571429rem 0; transition: opacity .3s ease; display: flex; align-items: center; justify-content: center; }
.ui.icon.input > i.icon:before { width: 1.1em; height: 1.1em; }
.ui.icon.input > input { padding-right: 2.67142857em !important; }
.ui.icon.input > input:focus ~ i.icon { opacity: 1; }
.ui[class*="left icon"].input > i.icon { right: auto; left: 1px; border-radius: .28571429rem 0 0 .28571429rem; }
.ui[class*="left icon"].input > input { padding-left: 2.67142857em !important; padding-right: 1em !important; }
.ui.fluid.input { display: flex; }
.ui.fluid.input > input { width: 0 !important; }
.ui.action.input > .button { display: flex; align-items: center; flex: 0 0 auto; margin: 0; border-radius: 0 .28571429rem .28571429rem 0; }
.ui.action.input:not([class*="left action"]) > input { border-top-right-radius: 0 !important; border-bottom-right-radius: 0 !important; border-right-color: transparent !important; }
.ui.action.input:not([class*="left action"]) > input:focus { border-right-color: #85b7d9 !important; }
.ui.labeled.input > .label { flex: 0 0 auto; margin: 0; font-size: 1em; display: flex; align-items: center; padding: 0 .833em; border-radius: .28571429rem 0 0 .28571429rem; }
.ui.labeled.input > .label ~ input { border-top-left-radius: 0 !important; border-bottom-left-radius: 0 !important; border-left-color: transparent; }
.ui.labeled.input > .label ~ input:focus { border-left-color: #85b7d9; }
/* label */
.ui.label { display: inline-block; line-height: 1; vertical-align: baseline; margin: 0 .14285714em; background-color: #e8e8e8; background-image: none; padding: .5833em .833em; color: rgba(0,0,0,.6); text-transform: none; font-weight: 700; border: 0 solid transparent; border-radius: .28571429rem; transition: background .1s ease; font-size: .85714286rem; }
.ui.basic.label { background: #fff none; border: 1px solid rgba(34,36,38,.15); color: rgba(0,0,0,.87); box-shadow: none; }
.ui.basic.red.label { background: #fff !important; color: #db2828 !important; border-color: #db2828 !important; }
.ui.pointing.label { position: relative; margin-top: 1em; }
.ui.pointing.label:before { position: absolute; content: ''; transform: rotate(45deg); background-image: none; z-index: 2; width: .6666em; height: .6666em; transition: background .1s ease; background-color: inherit; border-style: solid; border-color: inherit; border-width: 0; top: 0; left: 50%; margin: -.3333em 0 0 -.3333em; }
.ui.basic.pointing.label:before { border-color: inherit; border-width: 1px 0 0 1px; }
/* form */
.ui.form { position: relative; max-width: 100%; }
.ui.form > p { margin: 1em 0; }
.ui.form .field { clear: both; margin: 0 0 1em; }
.ui.form .field:last-child, .ui.form .fields:last-child .field { margin-bottom: 0; }
.ui.form .field > label { display: block; margin: 0 0 .28571429rem 0; color: rgba(0,0,0,.87); font-size: .92857143em; font-weight: 700; text-transform: none; }
.ui.form .required.field > label:after { margin: -.2em 0 0 .2em; content: '*'; color: #db2828; }
.ui.form input:not([type]), .ui.form input[type=text], .ui.form input[type=password], .ui.form input[type=email], .ui.form input[type=tel] { font-family: Lato, 'Helvetica Neue', Arial, Helvetica, sans-serif; margin: 0; outline: 0; -webkit-appearance: none; line-height: 1.21428571em; padding: .67857143em 1em; font-size: 1em; background: #fff; border: 1px solid rgba(34,36,38,.15); color: rgba(0,0,0,.87); border-radius: .28571429rem; box-shadow: 0 0 0 0 transparent inset; transition: color .1s ease, border-color .1s ease; }
.ui.form .field > input:not([type=hidden]) { width: 100%; vertical-align: top; }
.ui.form input:focus { color: rgba(0,0,0,.95); border-color: #85b7d9; border-radius: .28571429rem; background: #fff; box-shadow: 0 0 0 0 rgba(34,36,38,.35) inset; }
.ui.form .field .ui.input input { width: auto; }
.ui.form .field .ui.fluid.input input, .ui.form .field > .ui.input:not(.action):not(.labeled) { width: 100%; }
.ui.form .fields { display: flex; flex-direction: row; margin: 0 -.5em 1em; }
.ui.form .fields > .field { flex: 0 1 auto; padding-left: .5em; padding-right: .5em; }
.ui.form .two.fields > .field { width: 50%; }
.ui.form .grouped.fields { display: block; margin: 0 0 1em; }
.ui.form .grouped.fields > label { margin: 0 0 .28571429rem 0; color: rgba(0,0,0,.87); font-size: .92857143em; font-weight: 700; text-transform: none; display: block; }
.ui.form .grouped.fields .field, .ui.form .grouped.inline.fields .field { display: block; margin: .5em 0; padding: 0; }
.ui.form .field .prompt.label { white-space: normal; background: #fff !important; border: 1px solid #e0b4b4 !important; color: #9f3a38 !important; }
.ui.form .field.error > label, .ui.form .fields.error > label { color: #9f3a38; }
.ui.form .field.error input:not([type]), .ui.form .field.error input[type=text], .ui.form .field.error input[type=password], .ui.form .field.error .ui.dropdown { background: #fff6f6; border-color: #e0b4b4; color: #9f3a38; border-radius: ''; box-shadow: none; }
.ui.form .field.error .ui.labeled.input > .label { border-color: #e0b4b4; }
.ui.form .field.error .ui.dropdown .text, .ui.form .field.error .ui.dropdown .default.text { color: #9f3a38; }
.ui.form .fields.error .ui.checkbox label, .ui.form .field.error .checkbox label { color: #9f3a38; }
.ui.form .fields.error .ui.checkbox label:before, .ui.form .field.error .checkbox label:before { background: #fff6f6; border-color: #e0b4b4; }
.ui.form .error.message, .ui.form .warning.message, .ui.form .success.message { display: none; }
.ui.form.error .error.message:not(:empty), .ui.form.warning .warning.message:not(:empty), .ui.form.success .success.message:not(:empty) { display: block; }
.ui.form .field .ui.dropdown { width: 100%; }
.ui.form .helper { display: block; color: rgba(0,0,0,.5); font-size: .92857143em; margin-top: .35em; }
.ui.loading.form { position: relative; cursor: default; pointer-events: none; }
.ui.loading.form:before { position: absolute; content: ''; top: 0; left: 0; background: rgba(255,255,255,.8); width: 100%; height: 100%; z-index: 100; }
.ui.loading.form:after { position: absolute; content: ''; top: 50%; left: 50%; margin: -1.5em 0 0 -1.5em; width: 3em; height: 3em; animation: loader .6s infinite linear; border: .2em solid #767676; border-radius: 500rem; box-shadow: 0 0 0 1px transparent; visibility: visible; z-index: 101; border-color: #767676 rgba(0,0,0,.1) rgba(0,0,0,.1) rgba(0,0,0,.1); }
/* checkbox */
.ui.checkbox { position: relative; display: inline-block; backface-visibility: hidden; outline: 0; vertical-align: baseline; font-style: normal; min-height: 17px; font-size: 1rem; line-height: 17px; min-width: 17px; }
.ui.checkbox input[type=checkbox], .ui.checkbox input[type=radio] { cursor: pointer; position: absolute; top: 0; left: 0; opacity: 0 !important; outline: 0; z-index: 3; width: 17px; height: 17px; }
.ui.checkbox label { cursor: auto; position: relative; display: block; padding-left: 1.85714em; outline: 0; font-size: 1em; color: rgba(0,0,0,.87); transition: color .1s ease; }
.ui.checkbox label:before { position: absolute; top: 0; left: 0; width: 17px; height: 17px; content: ''; background: #fff; border-radius: .21428571rem; transition: border .1s ease, opacity .1s ease, transform .1s ease, box-shadow .1s ease; border: 1px solid #d4d4d5; }
.ui.checkbox label:hover::before { background: #fff; border-color: rgba(34,36,38,.35); }
.ui.checkbox input:focus ~ label:before { background: #fff; border-color: #96c8da; }
.ui.checkbox input:checked ~ label:before { background: #fff; border-color: rgba(34,36,38,.35); }
.ui.checkbox input.hidden { z-index: -1; }
.ui.checkbox input.hidden + label { cursor: pointer; user-select: none; }
.ui.radio.checkbox { min-height: 15px; }
.ui.radio.checkbox label:before { content: ''; transform: none; width: 15px; height: 15px; border-radius: 500rem; top: 1px; left: 0; }
.ui.radio.checkbox label:after { position: absolute; content: '' !important; top: 1px; left: 0; width: 15px; height: 15px; border-radius: 500rem; transform: scale(.46666667); background-color: rgba(0,0,0,.87); opacity: 0; transition: opacity .1s ease; }
.ui.radio.checkbox input:checked ~ label:after { opacity: 1; }
.ui.radio.checkbox input:focus ~ label:after { background-color: rgba(0,0,0,.95); }
/* dropdown */
.ui.dropdown { cursor: pointer; position: relative; display: inline-block; outline: 0; text-align: left; transition: box-shadow .1s ease, width .1s ease; user-select: none; -webkit-tap-highlight-color: rgba(0,0,0,0); }
.ui.dropdown .menu { cursor: auto; position: absolute; display: none; outline: 0; top: 100%; left: 0; min-width: max-content; margin: 0; padding: 0; background: #fff; font-size: 1em; text-shadow: none; text-align: left; box-shadow: 0 2px 3px 0 rgba(34,36,38,.15); border: 1px solid rgba(34,36,38,.15); border-radius: .28571429rem; transition: opacity .1s ease; z-index: 11; will-change: transform, opacity; }
.ui.dropdown > .text { display: inline-block; transition: none; }
.ui.dropdown > .dropdown.icon { position: relative; width: auto; font-size: .85714286em; margin: 0 0 0 1em; }
.ui.dropdown .menu > .item { position: relative; cursor: pointer; display: block; border: none; height: auto; text-align: left; border-top: none; line-height: 1em; color: rgba(0,0,0,.87); padding: .78571429rem 1.14285714rem !important; font-size: 1rem; text-transform: none; font-weight: 400; box-shadow: none; -webkit-touch-callout: none; }
.ui.dropdown .menu > .item:hover { background: rgba(0,0,0,.05); color: rgba(0,0,0,.95); z-index: 13; }
.ui.dropdown .menu .selected.item { background: rgba(0,0,0,.05); color: rgba(0,0,0,.95); }
.ui.dropdown .menu .active.item { background: 0 0; font-weight: 700; color: rgba(0,0,0,.95); box-shadow: none; z-index: 12; }
.ui.dropdown .menu .active.selected.item { background: rgba(0,0,0,.05); }
.ui.dropdown .menu > .message { padding: .78571429rem 1.14285714rem; font-weight: 400; color: rgba(0,0,0,.4); }
.ui.dropdown .filtered.item { display: none !important; }
.ui.dropdown > .filtered.text { visibility: hidden; }
.ui.dropdown:not(.button) > .default.text, .ui.default.dropdown:not(.button) > .text { color: rgba(191,191,191,.87); }
.ui.selection.dropdown { cursor: pointer; word-wrap: break-word; line-height: 1em; white-space: normal; outline: 0; transform: rotateZ(0); min-width: 14em; min-height: 2.71428571em; background: #fff; display: inline-block; padding: .78571429em 2.1em .78571429em 1em; color: rgba(0,0,0,.87); box-shadow: none; border: 1px solid rgba(34,36,38,.15); border-radius: .28571429rem; transition: box-shadow .1s ease, width .1s ease; }
.ui.selection.dropdown > .dropdown.icon { cursor: pointer; position: absolute; width: auto; height: auto; line-height: 1.21428571em; top: .78571429em; right: 1em; z-index: 3; margin: -.78571429em; padding: .91666667em; opacity: .8; transition: opacity .1s ease; box-sizing: content-box; }
.ui.selection.dropdown > .dropdown.icon:before { width: 1em; height: 1em; }
.ui.selection.dropdown .menu { overflow-x: hidden; overflow-y: auto; backface-visibility: hidden; -webkit-overflow-scrolling: touch; border-top-width: 0 !important; outline: 0; margin: 0 -1px; min-width: calc(100% + 2px); width: calc(100% + 2px); border-radius: 0 0 .28571429rem .28571429rem; box-shadow: 0 2px 3px 0 rgba(34,36,38,.15); transition: opacity .1s ease; max-height: 16.02857143rem; }
.ui.selection.dropdown .menu > .item { border-top: 1px solid #fafafa; padding: .78571429rem 1.14285714rem !important; white-space: normal; word-wrap: normal; }
.ui.selection.dropdown:hover { border-color: rgba(34,36,38,.35); box-shadow: 0 0 0 0 transparent; }
.ui.active.selection.dropdown { border-bottom-left-radius: 0 !important; border-bottom-right-radius: 0 !important; border-color: #96c8da; box-shadow: 0 2px 3px 0 rgba(34,36,38,.15); }
.ui.active.selection.dropdown .menu { border-color: #96c8da; box-shadow: 0 2px 3px 0 rgba(34,36,38,.15); }
.ui.active.dropdown { z-index: 10; }
.ui.search.dropdown > input.search { background: none transparent !important; border: none !important; box-shadow: none !important; cursor: text; top: 0; left: 1px; width: 100%; outline: 0; -webkit-tap-highlight-color: rgba(255,255,255,0); padding: inherit; position: absolute; z-index: 2; font: inherit; color: rgba(0,0,0,.87); }
.ui.search.dropdown > .text { cursor: text; position: relative; left: 1px; z-index: 3; pointer-events: none; }
.ui.search.selection.dropdown > input.search { line-height: 1.21428571em; padding: .67857143em 2.1em .67857143em 1em; }
.ui.active.search.dropdown input.search:focus + .text, .ui.active.search.dropdown input.search:focus ~ .text { color: rgba(115,115,115,.87) !important; }
.ui.fluid.dropdown { display: block; width: 100%; min-width: 0; }
/* accordion */
.ui.accordion .title:not(.ui) { padding: .5em 0; font-size: 1em; color: rgba(0,0,0,.87); cursor: pointer; }
.ui.accordion .title .dropdown.icon { display: inline-block; float: none; opacity: 1; width: 1.25em; height: 1em; margin: 0 .25rem 0 0; padding: 0; font-size: 1em; transition: transform .1s ease, opacity .1s ease; vertical-align: baseline; transform: none; --icon: url("${CARET_RIGHT}"); }
.ui.accordion .active.title .dropdown.icon, .ui.accordion .accordion .active.title .dropdown.icon { transform: rotate(90deg); }
.ui.accordion .title ~ .content:not(.active), .ui.accordion .accordion .title ~ .content:not(.active) { display: none; }
.ui.accordion .accordion { margin: .25em 0 0; padding: 0; }
.ui.vertical.menu .item > .ui.accordion > .title { font-weight: 700; padding: 0; }
.ui.vertical.menu .item > .ui.accordion > .content { padding: .5em 0 0; }
.ui.vertical.menu .ui.accordion .accordion > .title { padding: .5em .25em .25em .6em; font-size: .92857143em; color: rgba(0,0,0,.75); }
.ui.vertical.menu .ui.accordion .accordion > .content > .menu { margin: 0 -1.14285714em 0 .25em; }
.ui.vertical.menu .ui.accordion .content > .menu { margin: 0 -1.14285714em; }
.ui.vertical.menu .ui.accordion .accordion .menu .item { padding-left: 2.4em; }
/* message */
.ui.message { position: relative; min-height: 1em; margin: 1em 0; background: #f8f8f9; padding: 1em 1.5em; line-height: 1.4285em; color: rgba(0,0,0,.87); transition: opacity .1s ease, color .1s ease, background .1s ease, box-shadow .1s ease; border-radius: .28571429rem; box-shadow: 0 0 0 1px rgba(34,36,38,.22) inset, 0 0 0 0 transparent; }
.ui.message:first-child { margin-top: 0; } .ui.message:last-child { margin-bottom: 0; }
.ui.message .header { display: block; font-family: Lato, 'Helvetica Neue', Arial, Helvetica, sans-serif; font-weight: 700; margin: -.14285714em 0 0 0; font-size: 1.14285714em; }
.ui.message .header + p { margin-top: .25em; }
.ui.message > .close.icon { cursor: pointer; position: absolute; margin: 0; top: .78575em; right: .5em; opacity: .7; transition: opacity .1s ease; }
.ui.message > .close.icon:hover { opacity: 1; }
.ui.positive.message, .ui.success.message { background-color: #fcfff5; color: #2c662d; box-shadow: 0 0 0 1px #a3c293 inset, 0 0 0 0 transparent; }
.ui.positive.message .header, .ui.success.message .header { color: #1a531b; }
.ui.negative.message, .ui.error.message { background-color: #fff6f6; color: #9f3a38; box-shadow: 0 0 0 1px #e0b4b4 inset, 0 0 0 0 transparent; }
.ui.negative.message .header, .ui.error.message .header { color: #912d2b; }
.ui.warning.message { background-color: #fffaf3; color: #573a08; box-shadow: 0 0 0 1px #c9ba9b inset, 0 0 0 0 transparent; }
.ui.warning.message .header { color: #794b02; }
.ui.info.message { background-color: #f8ffff; color: #276f86; box-shadow: 0 0 0 1px #a9d5de inset, 0 0 0 0 transparent; }
.ui.info.message .header { color: #0e566c; }
.ui.icon.message { display: flex; width: 100%; align-items: center; }
.ui.icon.message > i.icon:not(.close) { display: block; flex: 0 0 auto; width: 2em; height: 2em; line-height: 1; vertical-align: middle; font-size: 1.5em; opacity: .8; margin-right: .6em; }
.ui.icon.message > .content { display: block; flex: 1 1 auto; vertical-align: middle; }
/* segment, header, table, card, statistic, breadcrumb, divider, list */
.ui.segment { position: relative; background: #fff; box-shadow: 0 1px 2px 0 rgba(34,36,38,.15); margin: 1rem 0; padding: 1em 1em; border-radius: .28571429rem; border: 1px solid rgba(34,36,38,.15); }
.ui.segment:first-child { margin-top: 0; } .ui.segment:last-child { margin-bottom: 0; }
.ui.padded.segment { padding: 1.5em; }
.ui.vertical.segment { margin: 0; padding-left: 0; padding-right: 0; background: none transparent; border-radius: 0; box-shadow: none; border: none; border-bottom: 1px solid rgba(34,36,38,.15); }
.ui.inverted.segment { background: #1b1c1d; color: rgba(255,255,255,.9); border: none; }
.ui.header { border: none; margin: calc(2rem - .14285714em) 0 1rem; padding: 0 0; font-family: Lato, 'Helvetica Neue', Arial, Helvetica, sans-serif; font-weight: 700; line-height: 1.28571429em; text-transform: none; color: rgba(0,0,0,.87); }
.ui.header:first-child { margin-top: -.14285714em; }
.ui.header:last-child { margin-bottom: 0; }
.ui.header .sub.header { display: block; font-weight: 400; padding: 0; margin: 0; font-size: 1rem; line-height: 1.2em; color: rgba(0,0,0,.6); }
.ui.header > i.icon { display: table-cell; opacity: 1; font-size: 1.5em; padding-top: 0; vertical-align: middle; width: 1.18em; height: 1em; }
.ui.header > i.icon + .content { padding-left: .75rem; display: table-cell; vertical-align: middle; }
h1.ui.header { font-size: 2rem; } h2.ui.header { font-size: 1.71428571rem; } h3.ui.header { font-size: 1.28571429rem; } h4.ui.header { font-size: 1.07142857rem; }
.ui.dividing.header { padding-bottom: .21428571rem; border-bottom: 1px solid rgba(34,36,38,.15); }
.ui.inverted.header { color: #fff; } .ui.inverted.header .sub.header { color: rgba(255,255,255,.8); }
.ui.icon.header { display: inline-block; text-align: center; margin: 2rem 0 1rem; }
.ui.icon.header > i.icon { float: none; display: block; width: 1.2em; height: 1.2em; line-height: 1; padding: 0; font-size: 3em; margin: 0 auto .5rem; opacity: 1; }
.ui.table { width: 100%; background: #fff; margin: 1em 0; border: 1px solid rgba(34,36,38,.15); box-shadow: none; border-radius: .28571429rem; text-align: left; color: rgba(0,0,0,.87); border-collapse: separate; border-spacing: 0; }
.ui.table:first-child { margin-top: 0; } .ui.table:last-child { margin-bottom: 0; }
.ui.table thead th { cursor: auto; background: #f9fafb; text-align: inherit; color: rgba(0,0,0,.87); padding: .92857143em .78571429em; vertical-align: inherit; font-style: none; font-weight: 700; text-transform: none; border-bottom: 1px solid rgba(34,36,38,.1); border-left: none; }
.ui.table td { padding: .78571429em .78571429em; text-align: inherit; }
.ui.table tr td { border-top: 1px solid rgba(34,36,38,.1); }
.ui.table tr:first-child td { border-top: none; }
.ui.celled.table tr td, .ui.celled.table tr th { border-left: 1px solid rgba(34,36,38,.1); }
.ui.celled.table tr td:first-child, .ui.celled.table tr th:first-child { border-left: none; }
.ui.striped.table tbody tr:nth-child(2n) { background-color: rgba(0,0,50,.02); }
.ui.definition.table td:first-child:not(.ignored) { background: rgba(0,0,0,.03); font-weight: 700; color: rgba(0,0,0,.95); width: 35%; }
.ui.inverted.table { background: #333; color: rgba(255,255,255,.9); border: none; }
.ui.inverted.table tr td { border-color: rgba(255,255,255,.1) !important; }
.ui.inverted.definition.table td:first-child:not(.ignored) { background: rgba(255,255,255,.02); color: #fff; }
.ui.cards { display: flex; margin: -.875em -.5em; flex-wrap: wrap; }
.ui.cards > .card { display: flex; flex-direction: column; margin: .875em .5em; width: 290px; min-height: 0; background: #fff; padding: 0; border: none; border-radius: .28571429rem; box-shadow: 0 1px 3px 0 #d4d4d5, 0 0 0 1px #d4d4d5; }
.ui.two.cards > .card { width: calc(50% - 1em); }
.ui.cards > .card > .content { flex-grow: 1; border: none; border-top: 1px solid rgba(34,36,38,.1); background: 0 0; margin: 0; padding: 1em 1em; box-shadow: none; font-size: 1em; border-radius: 0; }
.ui.cards > .card > .content:first-child { border-top: none; }
.ui.cards > .card > .content > .header { display: block; margin: '' ; font-family: Lato, 'Helvetica Neue', Arial, Helvetica, sans-serif; font-weight: 700; font-size: 1.28571429em; margin-top: -.21425em; line-height: 1.28571429em; color: rgba(0,0,0,.85); }
.ui.cards > .card .meta { font-size: 1em; color: rgba(0,0,0,.4); }
.ui.cards > .card > .content > .description { clear: both; color: rgba(0,0,0,.68); margin-top: .5em; }
.ui.statistic { display: inline-flex; flex-direction: column; margin: 1em 0; max-width: auto; }
.ui.statistic > .value { font-family: Lato, 'Helvetica Neue', Arial, Helvetica, sans-serif; font-weight: 400; line-height: 1em; color: #1b1c1d; text-transform: uppercase; text-align: center; font-size: 3rem; }
.ui.statistic > .label { font-family: Lato, 'Helvetica Neue', Arial, Helvetica, sans-serif; font-size: 1em; font-weight: 700; color: rgba(0,0,0,.87); text-transform: uppercase; text-align: center; }
.ui.blue.statistic > .value { color: #2185d0; } .ui.red.statistic > .value { color: #db2828; }
.ui.breadcrumb { line-height: 1; display: inline-block; margin: 0 0; vertical-align: middle; }
.ui.breadcrumb .divider { display: inline-block; opacity: .7; margin: 0 .21428571rem 0; font-size: .92857143em; color: rgba(0,0,0,.4); vertical-align: baseline; }
.ui.breadcrumb .section { display: inline-block; margin: 0; padding: 0; }
.ui.breadcrumb .active.section { font-weight: 700; }
.ui.divider { margin: 1rem 0; line-height: 1; height: 0; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; color: rgba(0,0,0,.85); user-select: none; border-top: 1px solid rgba(34,36,38,.15); border-bottom: 1px solid rgba(255,255,255,.1); }
.ui.hidden.divider { border-color: transparent !important; }
.ui.list { list-style-type: none; margin: 1em 0; padding: 0 0; }
.ui.list > .item { display: list-item; table-layout: fixed; list-style-type: none; list-style-position: outside; padding: .21428571em 0; line-height: 1.14285714em; }
.ui.list > .item .header { display: block; margin: 0; font-weight: 700; color: rgba(0,0,0,.87); }
.ui.list > .item .description { display: block; color: rgba(0,0,0,.7); }
.ui.divided.list > .item { border-top: 1px solid rgba(34,36,38,.15); padding: .5em 0; }
.ui.divided.list > .item:first-child { border-top: none; }
.ui.grid { display: flex; flex-direction: row; flex-wrap: wrap; align-items: stretch; padding: 0; margin: -1rem; }
.ui.grid > .column { position: relative; display: inline-block; width: 6.25%; padding-left: 1rem; padding-right: 1rem; vertical-align: top; padding-top: 1rem; padding-bottom: 1rem; }
.ui.three.column.grid > .column { width: 33.33333333%; }
.ui.image { position: relative; display: inline-block; vertical-align: middle; max-width: 100%; background-color: transparent; }
/* modal + dimmer */
.ui.dimmer { display: none; position: absolute; top: 0 !important; left: 0 !important; width: 100%; height: 100%; text-align: center; vertical-align: middle; padding: 1em; background-color: rgba(0,0,0,.85); opacity: 0; line-height: 1; animation-fill-mode: both; animation-duration: .5s; transition: background-color .5s linear; flex-direction: column; align-items: center; justify-content: center; user-select: none; will-change: opacity; z-index: 1000; }
.ui.active.dimmer { display: flex; opacity: 1; }
.ui.inverted.dimmer { background-color: rgba(255,255,255,.85); }
.ui.page.dimmer { position: fixed; transform-style: ''; perspective: 2000px; transform-origin: center center; }
.ui.dimmer.modals { overflow-y: auto; }
body.dimmable.dimmed { overflow: hidden; }
.dimmed.dimmable > :not(.dimmer) { user-select: none; }
.dimmable:not(body) { position: relative; }
.ui.modal { display: none; z-index: 1001; text-align: left; background: #fff; border: none; box-shadow: 1px 3px 3px 0 rgba(0,0,0,.2), 1px 3px 15px 2px rgba(0,0,0,.2); transform-origin: 50% 25%; flex: 0 0 auto; border-radius: .28571429rem; user-select: text; will-change: top, left, margin, transform, opacity; position: relative; margin: auto; width: 850px; max-width: 95%; line-height: 1.4285em; }
.ui.modal > :first-child:not(.icon) { border-top-left-radius: .28571429rem; border-top-right-radius: .28571429rem; }
.ui.modal > :last-child { border-bottom-left-radius: .28571429rem; border-bottom-right-radius: .28571429rem; }
.ui.modal > .close { cursor: pointer; position: absolute; top: -2.5rem; right: -2.5rem; z-index: 1; opacity: .8; font-size: 1.25em; color: #fff; width: 2.25rem; height: 2.25rem; padding: .625rem; box-sizing: border-box; }
.ui.modal > .close:hover { opacity: 1; }
.ui.modal > .header { display: block; font-family: Lato, 'Helvetica Neue', Arial, Helvetica, sans-serif; background: #fff; margin: 0; padding: 1.25rem 1.5rem; box-shadow: none; color: rgba(0,0,0,.85); border-bottom: 1px solid rgba(34,36,38,.15); font-size: 1.42857143em; line-height: 1.28571429em; font-weight: 700; }
.ui.modal > .content { display: block; width: 100%; font-size: 1em; line-height: 1.4; padding: 1.5rem; background: #fff; }
.ui.modal > .actions { background: #f9fafb; padding: 1rem 1rem; border-top: 1px solid rgba(34,36,38,.15); text-align: right; }
.ui.modal .actions > .button { margin-left: .75em; }
.ui.tiny.modal { width: 510px; } .ui.mini.modal { width: 360px; } .ui.small.modal { width: 720px; }
.ui.mini.modal > .header:not(.ui) { font-size: 1.3em; }
.ui.basic.modal { background-color: transparent; border: none; border-radius: 0; box-shadow: none !important; color: #fff; }
.ui.basic.modal > .header, .ui.basic.modal > .content, .ui.basic.modal > .actions { background-color: transparent; }
.ui.basic.modal > .header { color: #fff; border-bottom: none; }
.ui.basic.modal > .actions { border-top: none; }
.ui.basic.modal > .ui.icon.header { display: block; text-align: center; }
/* loader */
.ui.loader { display: none; position: absolute; top: 50%; left: 50%; margin: 0; text-align: center; z-index: 1000; transform: translateX(-50%) translateY(-50%); width: 2.28571429rem; height: 2.28571429rem; font-size: 1em; }
.ui.loader:before { position: absolute; content: ''; top: 0; left: 50%; width: 2.28571429rem; height: 2.28571429rem; margin: 0 0 0 -1.14285714rem; border-radius: 500rem; border: .2em solid rgba(0,0,0,.1); }
.ui.loader:after { position: absolute; content: ''; top: 0; left: 50%; width: 2.28571429rem; height: 2.28571429rem; margin: 0 0 0 -1.14285714rem; animation: loader .6s linear infinite; border-radius: 500rem; border: .2em solid transparent; border-color: #767676 transparent transparent; box-shadow: 0 0 0 1px transparent; }
.ui.dimmer .ui.loader, .ui.active.loader { display: block; }
.ui.dimmer .loader:not(.inverted):before { border-color: rgba(255,255,255,.15); } .ui.dimmer .loader:not(.inverted):after { border-color: #fff transparent transparent; }
.ui.inverted.dimmer .ui.loader:before { border-color: rgba(0,0,0,.1); } .ui.inverted.dimmer .ui.loader:after { border-color: #767676 transparent transparent; }
.ui.text.loader { width: auto !important; height: auto !important; text-align: center; font-style: normal; min-width: 2.28571429rem; padding-top: 3.07142857rem; color: #fff; }
.ui.inverted.dimmer .ui.text.loader { color: rgba(0,0,0,.87); }
/* toast */
.ui.toast-container { position: fixed; z-index: 9999; }
.ui.toast-container.top.right { top: .85714286em; right: .85714286em; margin-left: .85714286em; }
.ui.toast-container .toast-box { margin-bottom: .5em; border-radius: .28571429rem; cursor: default; will-change: transform, opacity; display: block; min-width: 20em; max-width: 30em; }
.ui.toast-container .toast-box > .ui.toast { display: block; }
.ui.toast { display: none; border-radius: .28571429rem; padding: .78571429em 1em; margin: 0 -1px; color: rgba(0,0,0,.87); background-color: #fff; box-shadow: 0 1px 2px 0 rgba(34,36,38,.12), 0 1px 3px 0 rgba(34,36,38,.15); cursor: pointer; }
.ui.toast > .content > .header { font-weight: 700; color: inherit; margin: 0 0 .28571429em 0; }
.ui.success.toast { background-color: #21ba45; color: #fff; }
.ui.error.toast { background-color: #db2828; color: #fff; }
.ui.info.toast { background-color: #31ccec; color: #fff; }
/* site */
.site-home { padding-top: 4.5em; }
.masthead.segment { padding: 2.5em 0 2em; background: linear-gradient(135deg, #0b3d6e 0%, #1f6fb2 100%) !important; color: #fff; border: none; }
.masthead h1.ui.header { color: #fff; font-size: 2.6em; margin: 0 0 .3em; }
.masthead p { font-size: 1.2em; color: rgba(255,255,255,.85); }
.home-section { padding: 2em 0; }
.site-footer { padding: 1.5em 0; color: rgba(255,255,255,.7); background: #1b1c1d; margin-top: 2em; font-size: .95em; }
.captcha-row { display: flex; align-items: center; gap: .75em; margin-bottom: .5em; }
.captcha-row img { border: 1px solid rgba(34,36,38,.15); border-radius: .28571429rem; }
.captcha-row a { font-size: 1.2em; color: rgba(0,0,0,.6); }
.login-links { margin-top: 1em; text-align: center; color: rgba(0,0,0,.6); }
.main-area { padding: 5em 2em 2em; }
.main-area > .ui.breadcrumb { margin-bottom: 1em; }
.brand.item { font-weight: 700 !important; font-size: 1.1em; display: flex !important; align-items: center; gap: .6em; }
.brand.item img { width: 2.2em; height: 2.2em; }
.ui.sidebar .brand.item { padding: 1em 1.14em; }
.btn-row { margin-top: 1.5em; }
.gstin-line { color: rgba(0,0,0,.6); margin-bottom: 1em; }
.otp-page { padding-top: 6em; }
#pageMessages:not(:empty), #verdict:not(:empty) { margin-bottom: 1em; }
`;

/** The hand-written jQuery-like runtime with the Semantic UI plugins the pages use. */
const RUNTIME = String.raw`
(function (window, document) {
  'use strict';
  var slice = Array.prototype.slice;
  function uniq(list) { var out = []; for (var i = 0; i < list.length; i++) { if (list[i] && out.indexOf(list[i]) < 0) out.push(list[i]); } return out; }
  function Q(els) { els = uniq(els); for (var i = 0; i < els.length; i++) this[i] = els[i]; this.length = els.length; }
  function parseHTML(html) { var t = document.createElement('template'); t.innerHTML = String(html).trim(); return slice.call(t.content.children); }
  function $(sel, ctx) {
    if (sel instanceof Q) return sel;
    if (typeof sel === 'function') {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { sel($); });
      else setTimeout(function () { sel($); }, 0);
      return undefined;
    }
    if (!sel) return new Q([]);
    if (typeof sel === 'string') {
      if (/^\s*</.test(sel)) return new Q(parseHTML(sel));
      if (ctx) return $(ctx).find(sel);
      return new Q(slice.call(document.querySelectorAll(sel)));
    }
    if (sel.nodeType || sel === window) return new Q([sel]);
    if (typeof sel.length === 'number') return new Q(slice.call(sel));
    return new Q([]);
  }
  var fn = $.fn = Q.prototype;
  function classes(c) { return String(c || '').split(/\s+/).filter(Boolean); }
  function toNodes(c) {
    if (c == null) return [];
    if (typeof c === 'string') return parseHTML(c);
    if (c instanceof Q) return slice.call(c);
    if (c.nodeType) return [c];
    return slice.call(c);
  }
  function isVisible(el) { return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length); }
  function matches(el, s) {
    if (!el || el.nodeType !== 1) return false;
    if (s === ':visible') return isVisible(el);
    if (s === ':hidden') return !isVisible(el);
    return el.matches(s);
  }
  fn.each = function (cb) { for (var i = 0; i < this.length; i++) { if (cb.call(this[i], i, this[i]) === false) break; } return this; };
  fn.collect = function (cb) { var out = []; this.each(function (i, el) { var r = cb(el, i); if (r) out = out.concat(r.nodeType ? [r] : slice.call(r)); }); return new Q(out); };
  fn.get = function (i) { return i === undefined ? slice.call(this) : this[i < 0 ? this.length + i : i]; };
  fn.eq = function (i) { var el = this.get(i); return new Q(el ? [el] : []); };
  fn.first = function () { return this.eq(0); };
  fn.last = function () { return this.eq(-1); };
  fn.find = function (s) { return this.collect(function (el) { return el.querySelectorAll ? el.querySelectorAll(s) : []; }); };
  fn.children = function (s) { return this.collect(function (el) { return slice.call(el.children).filter(function (c) { return !s || matches(c, s); }); }); };
  fn.parent = function () { return this.collect(function (el) { return el.parentElement; }); };
  fn.closest = function (s) { return this.collect(function (el) { return el.closest ? el.closest(s) : null; }); };
  fn.next = function (s) { return this.collect(function (el) { var n = el.nextElementSibling; return n && (!s || matches(n, s)) ? n : null; }); };
  fn.prev = function (s) { return this.collect(function (el) { var n = el.previousElementSibling; return n && (!s || matches(n, s)) ? n : null; }); };
  fn.siblings = function (s) { return this.collect(function (el) { return el.parentElement ? slice.call(el.parentElement.children).filter(function (c) { return c !== el && (!s || matches(c, s)); }) : []; }); };
  fn.filter = function (s) { return new Q(slice.call(this).filter(function (el, i) { return typeof s === 'function' ? s.call(el, i, el) : matches(el, s); })); };
  fn.not = function (s) { return new Q(slice.call(this).filter(function (el) { return !matches(el, s); })); };
  fn.is = function (s) { for (var i = 0; i < this.length; i++) { if (matches(this[i], s)) return true; } return false; };
  fn.addClass = function (c) { var cs = classes(c); return this.each(function (i, el) { cs.forEach(function (x) { el.classList.add(x); }); }); };
  fn.removeClass = function (c) { var cs = classes(c); return this.each(function (i, el) { cs.forEach(function (x) { el.classList.remove(x); }); }); };
  fn.toggleClass = function (c, state) { var cs = classes(c); return this.each(function (i, el) { cs.forEach(function (x) { el.classList.toggle(x, state === undefined ? !el.classList.contains(x) : !!state); }); }); };
  fn.hasClass = function (c) { for (var i = 0; i < this.length; i++) { if (this[i].classList.contains(c)) return true; } return false; };
  fn.attr = function (n, v) {
    if (v === undefined) return this[0] ? (this[0].getAttribute(n) === null ? undefined : this[0].getAttribute(n)) : undefined;
    return this.each(function (i, el) { if (v === null) el.removeAttribute(n); else el.setAttribute(n, v); });
  };
  fn.removeAttr = function (n) { return this.attr(n, null); };
  fn.prop = function (n, v) { if (v === undefined) return this[0] ? this[0][n] : undefined; return this.each(function (i, el) { el[n] = v; }); };
  fn.val = function (v) {
    if (v === undefined) { var el = this[0]; if (!el) return undefined; return el.value; }
    return this.each(function (i, el) { el.value = v; });
  };
  fn.text = function (v) { if (v === undefined) return this[0] ? this[0].textContent : ''; return this.each(function (i, el) { el.textContent = v; }); };
  fn.html = function (v) { if (v === undefined) return this[0] ? this[0].innerHTML : ''; return this.each(function (i, el) { el.innerHTML = v; }); };
  fn.css = function (k, v) {
    if (typeof k === 'object') { var self = this; Object.keys(k).forEach(function (p) { self.css(p, k[p]); }); return this; }
    if (v === undefined) return this[0] ? getComputedStyle(this[0])[k] : undefined;
    return this.each(function (i, el) { el.style[k] = typeof v === 'number' ? v + 'px' : v; });
  };
  fn.show = function () { return this.each(function (i, el) { el.style.display = ''; if (getComputedStyle(el).display === 'none') el.style.display = 'block'; }); };
  fn.hide = function () { return this.each(function (i, el) { el.style.display = 'none'; }); };
  fn.append = function (c) { return this.each(function (i, el) { toNodes(c).forEach(function (n) { el.appendChild(n); }); }); };
  fn.prepend = function (c) { return this.each(function (i, el) { toNodes(c).reverse().forEach(function (n) { el.insertBefore(n, el.firstChild); }); }); };
  fn.appendTo = function (t) { $(t).append(this); return this; };
  fn.remove = function () { return this.each(function (i, el) { if (el.parentNode) el.parentNode.removeChild(el); }); };
  fn.empty = function () { return this.each(function (i, el) { el.innerHTML = ''; }); };
  fn.focus = function () { if (this[0] && this[0].focus) this[0].focus(); return this; };
  fn.data = function (k, v) {
    var el = this[0]; if (!el) return undefined;
    el.__data = el.__data || {};
    if (v === undefined) { if (k in el.__data) return el.__data[k]; var a = el.getAttribute('data-' + k); return a === null ? undefined : a; }
    return this.each(function (i, e) { e.__data = e.__data || {}; e.__data[k] = v; });
  };
  fn.on = function (types, sel, handler) {
    if (typeof sel === 'function') { handler = sel; sel = null; }
    return this.each(function (i, el) {
      classes(types).forEach(function (full) {
        var parts = full.split('.'), type = parts[0], ns = parts.slice(1).join('.');
        var domType = sel && type === 'focus' ? 'focusin' : sel && type === 'blur' ? 'focusout' : type;
        var wrapped = function (e) {
          var target = el;
          if (sel) {
            target = e.target && e.target.closest ? e.target.closest(sel) : null;
            if (!target || !el.contains(target)) return;
          }
          if (handler.call(target, e, e.detail) === false) { e.preventDefault(); e.stopPropagation(); }
        };
        (el.__events = el.__events || []).push({ type: type, ns: ns, handler: handler, wrapped: wrapped, domType: domType });
        el.addEventListener(domType, wrapped);
      });
    });
  };
  fn.off = function (types) {
    return this.each(function (i, el) {
      classes(types).forEach(function (full) {
        var parts = full.split('.'), type = parts[0], ns = parts.slice(1).join('.');
        el.__events = (el.__events || []).filter(function (h) {
          if ((type && h.type !== type) || (ns && h.ns !== ns)) return true;
          el.removeEventListener(h.domType, h.wrapped); return false;
        });
      });
    });
  };
  fn.trigger = function (type, data) {
    return this.each(function (i, el) {
      if ((type === 'focus' || type === 'blur' || type === 'click') && typeof el[type] === 'function') { el[type](); return; }
      var ev = type === 'change' || type === 'input' || type === 'submit' ? new Event(type, { bubbles: true, cancelable: true }) : new CustomEvent(type, { bubbles: true, cancelable: true, detail: data });
      el.dispatchEvent(ev);
    });
  };
  fn.click = function (h) { return h ? this.on('click', h) : this.trigger('click'); };
  $.extend = function (target) { for (var i = 1; i < arguments.length; i++) { var src = arguments[i]; if (src) Object.keys(src).forEach(function (k) { target[k] = src[k]; }); } return target; };
  $.param = function (obj) { var p = new URLSearchParams(); Object.keys(obj).forEach(function (k) { p.append(k, obj[k] == null ? '' : obj[k]); }); return p.toString(); };
  $.trim = function (s) { return String(s == null ? '' : s).trim(); };
  $.escape = function (s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); };

  /* ajax */
  var ajaxSettings = { headers: {} }, ajaxErrorHandlers = [];
  $.ajaxSetup = function (o) { if (o && o.headers) $.extend(ajaxSettings.headers, o.headers); };
  fn.ajaxError = function (h) { ajaxErrorHandlers.push(h); return this; };
  $.ajax = function (o) {
    var xhr = new XMLHttpRequest(), type = (o.type || o.method || 'GET').toUpperCase();
    xhr.open(type, o.url, true);
    xhr.setRequestHeader('Accept', 'application/json, text/javascript, */*; q=0.01');
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    Object.keys(ajaxSettings.headers).forEach(function (k) { xhr.setRequestHeader(k, ajaxSettings.headers[k]); });
    var body = null;
    if (o.data != null) { body = typeof o.data === 'string' ? o.data : $.param(o.data); xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8'); }
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) return;
      var data = null, status;
      try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
      xhr.responseJSON = data;
      if (xhr.status >= 200 && xhr.status < 300) {
        status = 'success';
        if (o.success) o.success(data, status, xhr);
      } else {
        status = 'error';
        if (o.error) o.error(xhr, status, xhr.statusText);
        ajaxErrorHandlers.forEach(function (h) { h.call(document, { type: 'ajaxError' }, xhr, o, xhr.statusText); });
      }
      if (o.complete) o.complete(xhr, status);
    };
    xhr.send(body);
    return xhr;
  };
  $.post = function (url, data, success) { return $.ajax({ url: url, type: 'POST', data: data, success: success, dataType: 'json' }); };

  /* transition */
  var DURATION = { fade: 500, scale: 400, slide: 300 };
  function stopAnimation(el) { var a = el.__anim; if (!a) return; clearTimeout(a.timer); el.__anim = null; el.classList.remove('animating', a.dir); a.added.forEach(function (n) { el.classList.remove(n); }); el.style.animationDuration = ''; }
  function animate(el, name, dir, duration, done) {
    stopAnimation(el);
    var added = classes(name).filter(function (n) { return !el.classList.contains(n); });
    el.classList.remove('hidden');
    el.classList.add('transition', 'visible', 'animating', dir);
    added.forEach(function (n) { el.classList.add(n); });
    el.style.animationDuration = duration + 'ms';
    el.__anim = { dir: dir, added: added, timer: setTimeout(function () {
      stopAnimation(el);
      if (dir === 'out') { el.classList.remove('visible'); el.classList.add('hidden'); }
      if (done) done.call(el);
    }, duration) };
  }
  $.animate = animate;
  fn.transition = function (arg, duration, done) {
    var o = typeof arg === 'object' ? arg : { animation: arg || 'fade', duration: duration, onComplete: done };
    return this.each(function (i, el) {
      var parts = classes(o.animation);
      if (parts[0] === 'show') { stopAnimation(el); el.classList.remove('hidden'); el.classList.add('transition', 'visible'); return; }
      if (parts[0] === 'hide') { stopAnimation(el); el.classList.remove('visible'); el.classList.add('transition', 'hidden'); return; }
      var dir = parts[parts.length - 1];
      if (dir === 'in' || dir === 'out') parts.pop();
      else dir = (el.classList.contains('hidden') || !isVisible(el)) ? 'in' : 'out';
      animate(el, parts.join(' '), dir, o.duration || DURATION[parts[0]] || 300, o.onComplete);
    });
  };

  /* modal */
  var modalDefaults = { closable: true, autofocus: true, restoreFocus: true, duration: 400, onShow: null, onVisible: null, onHide: null, onHidden: null, onApprove: null, onDeny: null };
  function pageDimmer() {
    var d = document.querySelector('body > .ui.dimmer.modals');
    if (d) return d;
    d = document.createElement('div');
    d.className = 'ui dimmer modals page transition hidden';
    document.body.appendChild(d);
    d.addEventListener('click', function (e) {
      if (e.target !== d) return;
      var m = d.querySelector('.ui.modal.active');
      if (m && (m.__modal || {}).closable !== false) hideModal(m);
    });
    return d;
  }
  function focusFirst(el) {
    var list = slice.call(el.querySelectorAll('[tabindex], input:not([type=hidden]), select, textarea, button')).filter(isVisible);
    var auto = list.filter(function (x) { return x.hasAttribute('autofocus'); });
    var target = auto[0] || list[0];
    if (target) target.focus();
  }
  function bindModal(el) {
    if (el.__modalBound) return;
    el.__modalBound = true;
    el.addEventListener('click', function (e) {
      var s = el.__modal, t = e.target;
      var close = t.closest('.close');
      if (close && close.parentElement === el) { hideModal(el); return; }
      var btn = t.closest('.actions > .button');
      if (!btn || !el.contains(btn)) return;
      if (btn.matches('.positive, .approve, .ok')) { if (s.onApprove && s.onApprove.call(el, $(btn)) === false) return; hideModal(el); }
      else if (btn.matches('.negative, .deny, .cancel')) { if (s.onDeny && s.onDeny.call(el, $(btn)) === false) return; hideModal(el); }
    });
  }
  function showModal(el) {
    var s = el.__modal;
    if (el.classList.contains('active')) return;
    var d = pageDimmer();
    if (el.parentNode !== d) d.appendChild(el);
    slice.call(d.querySelectorAll('.ui.modal.active')).forEach(function (m) { if (m !== el) hideModal(m, true); });
    s.prevFocus = document.activeElement;
    document.body.classList.add('dimmable', 'dimmed');
    if (!d.classList.contains('active')) { d.classList.add('active'); animate(d, 'fade', 'in', 500); }
    if (s.onShow) s.onShow.call(el);
    el.classList.add('active');
    animate(el, 'scale', 'in', s.duration, function () {
      if (s.autofocus) focusFirst(el);
      if (s.onVisible) s.onVisible.call(el);
    });
  }
  function hideModal(el, keepDimmer) {
    var s = el.__modal || modalDefaults;
    if (!el.classList.contains('active')) return;
    if (s.onHide && s.onHide.call(el) === false) return;
    el.classList.remove('active');
    animate(el, 'scale', 'out', s.duration, function () { if (s.onHidden) s.onHidden.call(el); });
    if (!keepDimmer) {
      var d = pageDimmer();
      d.classList.remove('active');
      animate(d, 'fade', 'out', 500, function () { if (!d.classList.contains('active')) document.body.classList.remove('dimmable', 'dimmed'); });
    }
    if (s.restoreFocus && s.prevFocus && s.prevFocus.focus && document.contains(s.prevFocus)) { try { s.prevFocus.focus(); } catch (e) { /* ignore */ } }
  }
  fn.modal = function (arg) {
    return this.each(function (i, el) {
      el.__modal = el.__modal || $.extend({}, modalDefaults);
      bindModal(el);
      if (typeof arg === 'object') { $.extend(el.__modal, arg); return; }
      if (arg === 'show') showModal(el);
      else if (arg === 'hide') hideModal(el);
      else if (arg === 'toggle') { if (el.classList.contains('active')) hideModal(el); else showModal(el); }
    });
  };
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    var m = document.querySelector('body > .ui.dimmer.modals > .ui.modal.active');
    if (m && (m.__modal || {}).closable !== false) hideModal(m);
  });

  /* dropdown (search selection) */
  function makeDropdown(el, s) {
    var hidden = el.querySelector('input[type=hidden]'), search = el.querySelector('input.search');
    var text = el.querySelector(':scope > .text'), menu = el.querySelector(':scope > .menu');
    var placeholder = text.classList.contains('default') ? text.textContent : '';
    var pointerInMenu = false;
    function items() { return slice.call(menu.querySelectorAll('.item')); }
    function shown() { return items().filter(function (it) { return !it.classList.contains('filtered'); }); }
    function isOpen() { return menu.classList.contains('visible') && !(menu.__anim && menu.__anim.dir === 'out'); }
    function setSelected(it) {
      items().forEach(function (x) { x.classList.remove('selected'); });
      if (!it) return;
      it.classList.add('selected');
      if (it.offsetTop < menu.scrollTop) menu.scrollTop = it.offsetTop;
      else if (it.offsetTop + it.offsetHeight > menu.scrollTop + menu.clientHeight) menu.scrollTop = it.offsetTop + it.offsetHeight - menu.clientHeight;
    }
    function show() {
      if (isOpen()) return;
      el.classList.add('active', 'visible');
      animate(menu, 'slide down', 'in', 200);
      var act = menu.querySelector('.item.active:not(.filtered)');
      if (act && !search.value) setSelected(act);
    }
    function hide() {
      if (!isOpen()) return;
      el.classList.remove('active', 'visible');
      animate(menu, 'slide down', 'out', 200);
    }
    function filter() {
      var q = search.value.trim().toLowerCase();
      items().forEach(function (it) {
        var t = it.textContent.trim().toLowerCase(), v = (it.getAttribute('data-value') || '').toLowerCase();
        var ok = !q || (s.fullTextSearch ? (t.indexOf(q) >= 0 || v.indexOf(q) >= 0) : (t.indexOf(q) === 0 || v.indexOf(q) === 0));
        it.classList.toggle('filtered', !ok);
      });
      text.classList.toggle('filtered', q !== '');
      var msg = menu.querySelector(':scope > .message'), list = shown();
      if (!list.length) {
        if (!msg) { msg = document.createElement('div'); msg.className = 'message'; menu.appendChild(msg); }
        msg.textContent = s.message.noResults;
      } else if (msg) msg.parentNode.removeChild(msg);
      setSelected(q ? list[0] : menu.querySelector('.item.active'));
    }
    function choose(it) {
      var v = it.getAttribute('data-value') || it.textContent.trim(), t = it.textContent.trim();
      var changed = hidden.value !== v;
      hidden.value = v;
      text.textContent = t;
      text.classList.remove('default', 'filtered');
      items().forEach(function (x) { x.classList.remove('active', 'selected'); });
      it.classList.add('active', 'selected');
      search.value = '';
      filter();
      hide();
      if (changed) {
        hidden.dispatchEvent(new Event('change', { bubbles: true }));
        if (s.onChange) s.onChange.call(el, v, t, $(it));
      }
    }
    function clear() {
      hidden.value = '';
      text.textContent = placeholder;
      text.classList.add('default');
      items().forEach(function (x) { x.classList.remove('active', 'selected'); });
      search.value = '';
      filter();
      hidden.dispatchEvent(new Event('change', { bubbles: true }));
    }
    el.addEventListener('mousedown', function (e) { if (menu.contains(e.target)) pointerInMenu = true; });
    document.addEventListener('mouseup', function () {
      if (!pointerInMenu) return;
      setTimeout(function () { if (pointerInMenu) { pointerInMenu = false; if (isOpen()) search.focus(); } }, 0);
    });
    el.addEventListener('click', function (e) {
      var it = e.target.closest('.item');
      if (it && menu.contains(it)) { pointerInMenu = false; choose(it); return; }
      if (menu.contains(e.target)) return;
      if (e.target.matches('.dropdown.icon') && isOpen()) { hide(); return; }
      if (document.activeElement !== search) search.focus();
      show();
    });
    menu.addEventListener('mouseover', function (e) { var it = e.target.closest('.item'); if (it && !it.classList.contains('filtered')) setSelected(it); });
    search.addEventListener('focus', function () { show(); });
    search.addEventListener('blur', function () {
      if (pointerInMenu) return;
      if (search.value.trim() !== '' && s.forceSelection) {
        var sel = menu.querySelector('.item.selected:not(.filtered)');
        if (sel) { choose(sel); return; }
      }
      search.value = '';
      filter();
      hide();
    });
    search.addEventListener('input', function () { filter(); show(); });
    search.addEventListener('keydown', function (e) {
      var list = shown(), cur = menu.querySelector('.item.selected:not(.filtered)'), idx = list.indexOf(cur);
      if (e.key === 'ArrowDown') { e.preventDefault(); if (!isOpen()) { show(); return; } setSelected(list[Math.min(idx + 1, list.length - 1)] || list[0]); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); if (idx > 0) setSelected(list[idx - 1]); }
      else if (e.key === 'Enter') { if (isOpen()) { e.preventDefault(); if (cur) choose(cur); } }
      else if (e.key === 'Escape') { if (isOpen()) { e.preventDefault(); e.stopPropagation(); hide(); } }
    });
    return { clear: clear, show: show, hide: hide, value: function () { return hidden.value; }, text: function () { return hidden.value ? text.textContent : ''; } };
  }
  fn.dropdown = function (arg) {
    if (arg === 'get value') return this[0] && this[0].__dropdown ? this[0].__dropdown.value() : '';
    if (arg === 'get text') return this[0] && this[0].__dropdown ? this[0].__dropdown.text() : '';
    return this.each(function (i, el) {
      if (typeof arg === 'string') { var api = el.__dropdown; if (!api) return; if (arg === 'clear') api.clear(); else if (arg === 'show') api.show(); else if (arg === 'hide') api.hide(); return; }
      if (el.__dropdown) return;
      el.__dropdown = makeDropdown(el, $.extend({ onChange: null, fullTextSearch: false, forceSelection: true, message: { noResults: 'No results found.' } }, arg || {}));
    });
  };

  /* checkbox / radio */
  function refreshCheckbox(input) {
    var group = input.type === 'radio' && input.name ? slice.call(document.querySelectorAll('input[type=radio][name="' + input.name + '"]')) : [input];
    group.forEach(function (x) { var box = x.closest('.ui.checkbox'); if (box) box.classList.toggle('checked', x.checked); });
  }
  fn.checkbox = function (arg) {
    if (arg === 'is checked') { var i0 = this[0] && this[0].querySelector('input'); return !!(i0 && i0.checked); }
    return this.each(function (i, el) {
      var input = el.querySelector('input[type=checkbox], input[type=radio]');
      if (!input) return;
      if (typeof arg === 'string') {
        if (arg === 'check' || arg === 'uncheck') { input.checked = arg === 'check'; input.dispatchEvent(new Event('change', { bubbles: true })); }
        return;
      }
      if (el.__checkbox) return;
      var s = el.__checkbox = $.extend({ onChange: null, onChecked: null }, arg || {});
      function toggle() {
        if (input.disabled || el.classList.contains('disabled') || el.classList.contains('read-only')) return;
        if (input.type === 'radio' && input.checked) return;
        input.checked = input.type === 'radio' ? true : !input.checked;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
      el.addEventListener('click', function (e) {
        if (e.target === input) return;
        if (e.target.closest('a')) return;
        e.preventDefault();
        toggle();
        input.focus();
      });
      input.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); toggle(); } });
      input.addEventListener('change', function () {
        refreshCheckbox(input);
        if (s.onChange) s.onChange.call(input);
        if (input.checked && s.onChecked) s.onChecked.call(input);
      });
      refreshCheckbox(input);
    });
  };

  /* accordion */
  function slide(content, open, duration) {
    if (content.__slideTimer) { clearTimeout(content.__slideTimer); content.style.cssText = ''; }
    content.classList.add('animating');
    content.style.overflow = 'hidden';
    content.style.display = 'block';
    var full = content.scrollHeight;
    content.style.height = (open ? 0 : full) + 'px';
    content.style.opacity = open ? '0' : '1';
    void content.offsetHeight;
    content.style.transition = 'height ' + duration + 'ms ease, opacity ' + duration + 'ms ease';
    content.style.height = (open ? full : 0) + 'px';
    content.style.opacity = open ? '1' : '0';
    content.__slideTimer = setTimeout(function () {
      content.__slideTimer = null;
      content.style.cssText = '';
      content.classList.remove('animating');
      content.classList.toggle('active', open);
    }, duration);
  }
  fn.accordion = function (arg) {
    return this.each(function (i, acc) {
      if (acc.__accordion) return;
      var s = acc.__accordion = $.extend({ exclusive: true, duration: 350 }, typeof arg === 'object' ? arg : {});
      acc.addEventListener('click', function (e) {
        var title = e.target.closest('.title');
        if (!title || !acc.contains(title)) return;
        var owner = title.parentElement && title.parentElement.closest('.accordion');
        if (owner !== acc && owner && owner.__accordion) return;
        var content = title.nextElementSibling;
        if (!content || !content.classList.contains('content')) return;
        e.preventDefault();
        var opening = !title.classList.contains('active');
        if (opening && s.exclusive) {
          slice.call(title.parentElement.children).forEach(function (t) {
            if (t !== title && t.classList.contains('title') && t.classList.contains('active')) {
              t.classList.remove('active');
              var c = t.nextElementSibling; if (c) slide(c, false, s.duration);
            }
          });
        }
        title.classList.toggle('active', opening);
        slide(content, opening, s.duration);
      });
    });
  };

  /* form validation */
  function fieldOf(form, name) {
    var input = form.querySelector('[name="' + name + '"]');
    if (!input) return null;
    if (input.type === 'radio') return input.closest('.grouped.fields, .inline.fields') || input.closest('.field');
    return input.closest('.field');
  }
  function valueOf(form, name) {
    var inputs = slice.call(form.querySelectorAll('[name="' + name + '"]'));
    if (!inputs.length) return '';
    if (inputs[0].type === 'radio' || inputs[0].type === 'checkbox') { var c = inputs.filter(function (x) { return x.checked; })[0]; return c ? c.value : ''; }
    return inputs[0].value;
  }
  function addPrompt(field, text) {
    field.classList.add('error');
    var p = field.querySelector(':scope > .prompt.label');
    if (p) { p.textContent = text; return; }
    p = document.createElement('div');
    p.className = 'ui basic red pointing prompt label';
    p.textContent = text;
    field.appendChild(p);
    animate(p, 'scale', 'in', 200);
  }
  function removePrompt(field) {
    field.classList.remove('error');
    var p = field.querySelector(':scope > .prompt.label');
    if (p) p.parentNode.removeChild(p);
  }
  function checkRule(form, rule, value) {
    switch (rule.type) {
      case 'empty': return $.trim(value) !== '';
      case 'checked': return value !== '';
      case 'regExp': return rule.value.test(value);
      case 'match': return value === valueOf(form, rule.value);
      case 'custom': return !!rule.value(value, form);
      default: return true;
    }
  }
  function validateField(form, name) {
    var s = form.__form, rules = s.fields[name], field = fieldOf(form, name);
    if (!rules || !field) return true;
    if (s.skip && s.skip(name)) { removePrompt(field); return true; }
    var value = valueOf(form, name);
    for (var i = 0; i < rules.length; i++) {
      if (!checkRule(form, rules[i], value)) { if (s.inline) addPrompt(field, rules[i].prompt); else field.classList.add('error'); return false; }
    }
    removePrompt(field);
    return true;
  }
  function validateForm(form) {
    var ok = true;
    Object.keys(form.__form.fields).forEach(function (name) { if (!validateField(form, name)) ok = false; });
    form.classList.toggle('error', !ok);
    form.classList.toggle('success', ok);
    return ok;
  }
  fn.form = function (arg) {
    if (arg === 'is valid' || arg === 'validate form') { var f = this[0]; return f && f.__form ? validateForm(f) : true; }
    return this.each(function (i, form) {
      if (typeof arg === 'string') return;
      if (form.__form) { $.extend(form.__form, arg || {}); return; }
      form.__form = $.extend({ inline: true, fields: {}, onSuccess: null, onFailure: null, skip: null }, arg || {});
      form.setAttribute('novalidate', '');
      form.addEventListener('submit', function (e) {
        var s = form.__form;
        if (!validateForm(form)) { e.preventDefault(); if (s.onFailure) s.onFailure.call(form); var bad = form.querySelector('.field.error input:not([type=hidden]), .fields.error input'); if (bad && bad.type !== 'radio') bad.focus(); return; }
        if (s.onSuccess && s.onSuccess.call(form, e) === false) e.preventDefault();
      });
      var revalidate = function (e) {
        var name = e.target && e.target.name;
        if (!name || !form.__form.fields[name]) return;
        var field = fieldOf(form, name);
        if (field && field.classList.contains('error')) validateField(form, name);
      };
      form.addEventListener('input', revalidate);
      form.addEventListener('change', revalidate);
    });
  };

  /* toast */
  fn.toast = function (o) {
    o = $.extend({ class: 'neutral', title: '', message: '', displayTime: 3000, position: 'top right' }, o || {});
    var container = document.querySelector('body > .ui.toast-container');
    if (!container) { container = document.createElement('div'); container.className = 'ui toast-container ' + o.position; document.body.appendChild(container); }
    var box = document.createElement('div');
    box.className = 'toast-box compact';
    box.innerHTML = '<div class="ui ' + o['class'] + ' toast compact"><div class="content">' + (o.title ? '<div class="header">' + $.escape(o.title) + '</div>' : '') + '<div class="message">' + $.escape(o.message) + '</div></div></div>';
    container.appendChild(box);
    animate(box, 'scale', 'in', 500);
    var closed = false;
    var close = function () {
      if (closed) return; closed = true;
      animate(box, 'fade', 'out', 500, function () { if (box.parentNode) box.parentNode.removeChild(box); if (!container.children.length && container.parentNode) container.parentNode.removeChild(container); });
    };
    var timer = setTimeout(close, o.displayTime);
    box.addEventListener('click', function () { clearTimeout(timer); close(); });
    return this;
  };

  window.jQuery = window.$ = $;
})(window, document);

/* site.js: shared by every page */
var Site = (function ($) {
  function target(t) { return typeof t === 'string' ? $(t) : $(t); }
  function busy(seg, on, text) {
    var $seg = target(seg);
    $seg.children('.ui.dimmer.ajax-dimmer').remove();
    if (on) {
      $seg.addClass('dimmable dimmed');
      $seg.append('<div class="ui active inverted dimmer ajax-dimmer"><div class="ui text loader">' + $.escape(text || 'Loading') + '</div></div>');
    } else {
      $seg.removeClass('dimmed');
    }
  }
  function showMessage(kind, header, text, where) {
    var $box = $(where || '#pageMessages');
    $box.html('<div class="ui ' + kind + ' message"><i class="close icon"></i><div class="header">' + $.escape(header || '') + '</div><p>' + $.escape(text || '') + '</p></div>');
    if ($box[0] && $box[0].scrollIntoView) $box[0].scrollIntoView({ block: 'nearest' });
  }
  var lost = false;
  function sessionLost(d) {
    if (lost) return;
    lost = true;
    d = d || {};
    $('body > .ui.dimmer.modals > .ui.modal.active').modal('hide');
    $('.ajax-dimmer').remove();
    showMessage('negative', 'Session expired', d.message || 'Your session has expired. Please login again.');
    $('body').toast({ class: 'error', title: 'Session expired', message: 'Redirecting to the login page...' });
    setTimeout(function () { window.location.href = d.redirect || '/?expired=1'; }, 2500);
  }
  $(function () {
    var token = $('meta[name="csrf-token"]').attr('content');
    if (token) $.ajaxSetup({ headers: { 'X-CSRF-Token': token } });
    $('.ui.accordion').accordion();
    $(document).on('click', '.message > .close.icon', function () { $(this).closest('.message').transition('fade'); });
    $(document).ajaxError(function (event, xhr) {
      var d = xhr.responseJSON || {};
      $('.ajax-dimmer').remove();
      if (xhr.status === 401 || d.sessionExpired) { sessionLost(d); return; }
      showMessage('negative', 'Error', d.message || 'The request could not be completed. Please try again.');
    });
  });
  return { busy: busy, showMessage: showMessage, sessionLost: sessionLost };
})(jQuery);
`;

const HOME_JS = `
$(function () {
  var $modal = $('#loginModal');
  $modal.modal({ autofocus: true });
  $('#btnLogin').on('click', function (e) { e.preventDefault(); $modal.modal('show'); });
  $('#refreshCaptcha').on('click', function (e) {
    e.preventDefault();
    $('#captchaImage').attr('src', '/get-captcha-image?r=' + Math.random().toString(36).slice(2));
    $('#loginForm input[name="captcha"]').val('');
  });
  $('#loginForm').form({
    inline: true,
    fields: {
      username: [{ type: 'empty', prompt: 'Please enter your username' }],
      password: [{ type: 'empty', prompt: 'Please enter your password' }],
      captcha: [{ type: 'empty', prompt: 'Please enter the characters shown in the image' }]
    },
    onSuccess: function () { $(this).addClass('loading'); return true; }
  });
  if (window.PAGE && window.PAGE.openLogin) $modal.modal('show');
});
`;

const LOGIN_OTP_JS = String.raw`
$(function () {
  var $form = $('#loginOtpForm'), $otp = $form.find('input[name="otp"]');
  $form.form({
    inline: true,
    fields: { otp: [{ type: 'empty', prompt: 'Please enter the OTP' }, { type: 'regExp', value: /^\d{6}$/, prompt: 'The OTP has 6 digits' }] },
    onSuccess: function () {
      Site.busy('#otpSegment', true, 'Verifying OTP');
      $.ajax({
        url: '/Home/VerifyLoginOtp', type: 'POST', dataType: 'json', data: { otp: $otp.val() },
        success: function (d) {
          if (d && d.ok) { window.location.href = d.redirect; return; }
          Site.busy('#otpSegment', false);
          Site.showMessage('negative', d.header, d.message);
          $otp.closest('.field').addClass('error');
          $otp.focus();
        }
      });
      return false;
    }
  });
  $('#resendLoginOtp').on('click', function (e) {
    e.preventDefault();
    Site.busy('#otpSegment', true, 'Sending OTP');
    $.ajax({
      url: '/Home/ResendLoginOtp', type: 'POST', dataType: 'json', data: {},
      success: function (d) { Site.busy('#otpSegment', false); $('body').toast({ class: 'success', title: 'OTP sent', message: d.message }); }
    });
  });
});
`;

const DASHBOARD_JS = `
$(function () {
  if (window.PAGE && window.PAGE.showNotice) {
    $('#techContactModal').modal({ closable: true }).modal('show');
  }
});
`;

const API_OTP_JS = String.raw`
$(function () {
  var $seg = $('#apiOtpSegment'), $form = $('#apiOtpForm'), $otp = $form.find('input[name="otp"]');
  function send(resend) {
    Site.busy($seg, true, 'Sending OTP');
    $.ajax({
      url: '/ApiRegistration/SendOtp', type: 'POST', dataType: 'json', data: { resend: resend ? '1' : '0' },
      success: function (d) {
        Site.busy($seg, false);
        if (!d.ok) { Site.showMessage('negative', d.header, d.message); return; }
        $('#pageMessages').empty();
        $('body').toast({ class: 'success', title: 'OTP sent', message: d.message });
        $('#sendOtpArea').hide();
        if ($form.hasClass('hidden')) $form.transition('fade in');
        $otp.val('').focus();
      }
    });
  }
  $('#btnSendOtp').on('click', function (e) { e.preventDefault(); send(false); });
  $('#resendApiOtp').on('click', function (e) { e.preventDefault(); send(true); });
  $form.form({
    inline: true,
    fields: { otp: [{ type: 'empty', prompt: 'Please enter the OTP' }, { type: 'regExp', value: /^\d{6}$/, prompt: 'The OTP has 6 digits' }] },
    onSuccess: function () {
      Site.busy($seg, true, 'Verifying OTP');
      $.ajax({
        url: '/ApiRegistration/VerifyOtp', type: 'POST', dataType: 'json', data: { otp: $otp.val() },
        success: function (d) {
          if (d && d.ok) {
            Site.showMessage('positive', d.header, d.message);
            setTimeout(function () { window.location.href = d.redirect; }, 600);
            return;
          }
          Site.busy($seg, false);
          Site.showMessage('negative', d.header, d.message);
          $otp.closest('.field').addClass('error');
          $otp.focus();
        }
      });
      return false;
    }
  });
});
`;

const REGISTER_JS = String.raw`
$(function () {
  var $form = $('#apiUserForm'), $seg = $('#registerSegment'), $gsp = $('#gspDropdown');
  function mode() { var $r = $form.find('input[name="regMode"]').filter(':checked'); return $r.length ? $r.val() : ''; }
  function updateMode() {
    var m = mode();
    $('.mode-note').transition('hide');
    if (m === 'GSP') {
      if ($('#gspFields').hasClass('hidden')) $('#gspFields').transition('fade in');
      $('#btnSubmit').removeClass('disabled');
    } else {
      $('#gspFields').transition('hide');
      $('#note-' + m).transition('fade in');
      $('#btnSubmit').addClass('disabled');
    }
  }
  $('#regModeFields .ui.radio.checkbox').checkbox({ onChange: updateMode });
  $gsp.dropdown({ fullTextSearch: false });
  function renderRegistrations(list) {
    var rows = list.map(function (r, i) {
      return '<tr><td>' + (i + 1) + '</td><td>' + $.escape(r.gsp) + '</td><td>' + $.escape(r.username) + '</td><td>' + $.escape(r.createdOn) + '</td><td>Active</td></tr>';
    });
    $('#gspTable tbody').html(rows.join('') || '<tr><td colspan="5">No GSP is registered for this GSTIN.</td></tr>');
  }
  function submit() {
    var data = {
      regMode: mode(),
      gsp: $form.find('input[name="gsp"]').val(),
      userName: $form.find('input[name="userName"]').val(),
      password: $form.find('input[name="password"]').val(),
      confirmPassword: $form.find('input[name="confirmPassword"]').val()
    };
    Site.busy($seg, true, 'Submitting');
    $.ajax({
      url: '/ApiRegistration/Submit', type: 'POST', dataType: 'json', data: data,
      success: function (d) {
        Site.busy($seg, false);
        Site.showMessage(d.ok ? 'positive' : 'negative', d.header, d.message, '#verdict');
        if (d.registrations) renderRegistrations(d.registrations);
        if (d.ok) {
          $form.find('input[name="userName"], input[name="password"], input[name="confirmPassword"]').val('');
          $gsp.dropdown('clear');
          $form.find('.field.error, .fields.error').removeClass('error');
          $form.find('.prompt.label').remove();
        }
      }
    });
  }
  $form.form({
    inline: true,
    skip: function (name) { return name !== 'regMode' && mode() !== 'GSP'; },
    fields: {
      regMode: [{ type: 'checked', prompt: 'Please choose how you wish to register your GSTIN' }],
      gsp: [{ type: 'empty', prompt: 'Please select your GSP' }],
      userName: [
        { type: 'empty', prompt: 'Please enter a user name' },
        { type: 'regExp', value: /^[A-Za-z0-9]{4,12}$/, prompt: 'User name must be 4 to 12 letters or digits' }
      ],
      password: [
        { type: 'empty', prompt: 'Please enter a password' },
        { type: 'regExp', value: /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/, prompt: 'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character' }
      ],
      confirmPassword: [
        { type: 'empty', prompt: 'Please re-enter the password' },
        { type: 'match', value: 'password', prompt: 'Passwords do not match' }
      ]
    },
    onSuccess: function () {
      if (mode() !== 'GSP') return false;
      var user = 'API_' + $form.find('input[name="userName"]').val();
      $('#confirmText').html('Do you want to create the API user <b>' + $.escape(user) + '</b> for GSP <b>' + $.escape($gsp.dropdown('get text')) + '</b>?');
      $('#confirmModal').modal({ closable: false, onApprove: function () { submit(); } }).modal('show');
      return false;
    }
  });
  $('#btnExit').on('click', function () { window.location.href = '/Home/MainMenu'; });
});
`;

interface PageOptions {
  title: string;
  body: string;
  bodyClass?: string;
  csrf?: string;
  script?: string;
  data?: Record<string, unknown>;
}

function page(o: PageOptions): string {
  const data = o.data
    ? `<script>window.PAGE = ${JSON.stringify(o.data).replace(/</g, '\\u003c')};</script>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
${o.csrf ? `<meta name="csrf-token" content="${esc(o.csrf)}">\n` : ''}<title>${esc(o.title)} | e-Invoice System</title>
<link rel="icon" href="${LOGO}">
<style>${CSS}</style>
</head>
<body${o.bodyClass ? ` class="${o.bodyClass}"` : ''}>
${o.body}
${data}<script>${RUNTIME}</script>
${o.script ? `<script>${o.script}</script>` : ''}
</body>
</html>`;
}

function brand(cls: string, href: string): string {
  return `<a class="${cls}" href="${href}"><img class="logo" src="${LOGO}" alt="">e-Invoice System</a>`;
}

function homePage(o: { error?: string; warning?: string; username?: string; open?: boolean }): string {
  const formClass = ['ui', 'form', o.error ? 'error' : '', o.warning ? 'warning' : '']
    .filter(Boolean)
    .join(' ');
  const body = `<div class="ui top fixed menu" id="siteMenu">
  ${brand('header brand item', '/')}
  <a class="active item" href="/"><i class="home icon"></i>Home</a>
  <a class="item" href="#services">Services</a>
  <a class="item" href="#announcements">Announcements</a>
  <a class="item" href="#help">Help</a>
  <div class="right menu">
    <a class="ui primary button" id="btnLogin" href="#">Login</a>
  </div>
</div>
<div class="site-home">
  <div class="ui inverted vertical masthead segment">
    <div class="ui container">
      <h1 class="ui inverted header">e-Invoice System</h1>
      <p>Generate the Invoice Reference Number (IRN) for your B2B invoices, through the portal, the offline tool or the APIs of your GSP.</p>
    </div>
  </div>
  <div class="ui container home-section" id="services">
    <h3 class="ui dividing header">Services</h3>
    <div class="ui three column grid">
      <div class="column"><div class="ui segment"><h4 class="ui header"><i class="file icon"></i><div class="content">e-Invoice Generation<div class="sub header">Generate IRN for single invoices</div></div></h4></div></div>
      <div class="column"><div class="ui segment"><h4 class="ui header"><i class="list icon"></i><div class="content">Bulk Generation<div class="sub header">Upload the JSON prepared by the bulk tool</div></div></h4></div></div>
      <div class="column"><div class="ui segment"><h4 class="ui header"><i class="key icon"></i><div class="content">API Access<div class="sub header">Register through your GSP or directly</div></div></h4></div></div>
    </div>
  </div>
  <div class="ui container home-section" id="announcements">
    <h3 class="ui dividing header">Announcements</h3>
    <div class="ui divided list">
      <div class="item"><i class="bullhorn icon"></i> Two-factor authentication is mandatory for all taxpayers from 1st April 2025.</div>
      <div class="item"><i class="bullhorn icon"></i> Taxpayers may register API users through more than one GSP for the same GSTIN.</div>
      <div class="item"><i class="bullhorn icon"></i> Reporting of invoices older than 30 days is not allowed for taxpayers with AATO of Rs. 10 crore and above.</div>
    </div>
  </div>
  <div class="ui container home-section" id="help">
    <h3 class="ui dividing header">Help</h3>
    <p><i class="question circle icon"></i>User manuals, FAQs and the API documentation are on the e-Invoice help pages. For support write to <a href="#help">support.einvoice@gst.gov.in</a>.</p>
  </div>
  <div class="site-footer"><div class="ui container">Site owned by the Goods and Services Tax Network. Designed, developed and hosted by the National Informatics Centre.</div></div>
</div>
<div class="ui tiny modal" id="loginModal">
  <i class="close icon"></i>
  <div class="header">Login</div>
  <div class="content">
    <form class="${formClass}" id="loginForm" method="post" action="/Home/Login" autocomplete="off">
      <div class="ui warning message">${o.warning ? `<div class="header">Session expired</div><p>${esc(o.warning)}</p>` : ''}</div>
      <div class="ui error message">${o.error ? `<div class="header">Login failed</div><p>${esc(o.error)}</p>` : ''}</div>
      <div class="field">
        <label>Username</label>
        <div class="ui left icon input"><input type="text" name="username" placeholder="Username" maxlength="15" value="${esc(o.username ?? '')}"><i class="user icon"></i></div>
      </div>
      <div class="field">
        <label>Password</label>
        <div class="ui left icon input"><input type="password" name="password" placeholder="Password" maxlength="15"><i class="lock icon"></i></div>
      </div>
      <div class="field">
        <label>Captcha</label>
        <div class="captcha-row"><img class="ui image" id="captchaImage" src="/get-captcha-image" width="150" height="50" alt="Captcha"><a href="#" id="refreshCaptcha" title="Refresh captcha"><i class="sync alternate icon"></i></a></div>
        <div class="ui left icon input"><input type="text" name="captcha" placeholder="Enter the characters shown above" maxlength="5" autocomplete="off"><i class="shield alternate icon"></i></div>
      </div>
      <button class="ui fluid large primary submit button" type="submit">Login</button>
      <div class="login-links"><a href="#help">Forgot Username?</a> &middot; <a href="#help">Forgot Password?</a></div>
    </form>
  </div>
</div>`;
  return page({ title: 'Home', body, script: HOME_JS, data: { openLogin: Boolean(o.open) } });
}

function loginOtpPage(csrf: string): string {
  const body = `<div class="ui top fixed menu">
  ${brand('header brand item', '/')}
  <div class="right menu"><a class="item" href="/Home/Logout"><i class="sign out alternate icon"></i>Cancel</a></div>
</div>
<div class="ui text container otp-page">
  <div class="ui padded segment" id="otpSegment">
    <h2 class="ui header"><i class="mobile alternate icon"></i><div class="content">Two-Factor Authentication<div class="sub header">Verify your login with the OTP</div></div></h2>
    <div class="ui info message"><p>An OTP has been sent to your registered mobile number ${MOBILE_MASKED} by SMS and on the Sandes app. You may also enter the code shown in the NIC-GST-Shield app.</p></div>
    <div id="pageMessages"></div>
    <form class="ui form" id="loginOtpForm" autocomplete="off">
      <div class="field">
        <label>Enter OTP</label>
        <div class="ui left icon input"><input type="text" name="otp" maxlength="6" inputmode="numeric" placeholder="6 digit OTP" autocomplete="one-time-code"><i class="key icon"></i></div>
      </div>
      <button class="ui primary button" type="submit">Verify OTP</button>
      <a href="#" id="resendLoginOtp">Resend OTP</a>
    </form>
  </div>
</div>`;
  return page({ title: 'Verify OTP', body, csrf, script: LOGIN_OTP_JS });
}

function sidebar(activePath: string): string {
  const groups = MENU_GROUPS.map(
    (g) =>
      `<div class="item"><div class="header">${esc(g.header)}</div><div class="menu">${g.items
        .map(
          ([label, href]) =>
            `<a class="${href === activePath ? 'active ' : ''}item" href="${href}">${esc(label)}</a>`,
        )
        .join('')}</div></div>`,
  ).join('\n  ');
  const inApi = activePath.startsWith('/ApiRegistration/');
  const inCreds =
    API_LEAVES.some(([, href]) => href === activePath) || activePath === '/ApiRegistration/Register';
  const leaf = ([label, href]: [string, string]): string => {
    const active =
      href === activePath ||
      (href === '/ApiRegistration/CreateApiUser' && activePath === '/ApiRegistration/Register');
    return `<a class="${active ? 'active ' : ''}item" href="${href}">${esc(label)}</a>`;
  };
  return `<div class="ui visible left vertical sidebar menu" id="sideMenu">
  ${brand('brand item', '/Home/MainMenu')}
  <a class="${activePath === '/Home/MainMenu' ? 'active ' : ''}item" href="/Home/MainMenu"><i class="tachometer alternate icon"></i>Dash Board</a>
  ${groups}
  <div class="item">
    <div class="ui accordion">
      <div class="${inApi ? 'active ' : ''}title"><i class="dropdown icon"></i>API Registration</div>
      <div class="${inApi ? 'active ' : ''}content">
        <div class="accordion">
          <div class="${inCreds ? 'active ' : ''}title"><i class="dropdown icon"></i>User Credentials</div>
          <div class="${inCreds ? 'active ' : ''}content"><div class="menu">${API_LEAVES.map(leaf).join('')}</div></div>
        </div>
        <div class="menu">${leaf(OTHER_API_LEAF)}</div>
      </div>
    </div>
  </div>
</div>`;
}

function appPage(o: {
  title: string;
  activePath: string;
  user: string;
  gstin: string;
  csrf: string;
  crumbs: string[];
  content: string;
  script?: string;
  data?: Record<string, unknown>;
}): string {
  const crumbs = o.crumbs
    .map((c, i) =>
      i === o.crumbs.length - 1
        ? `<div class="active section">${esc(c)}</div>`
        : `<div class="section">${esc(c)}</div><span class="divider">/</span>`,
    )
    .join('');
  const body = `${sidebar(o.activePath)}
<div class="ui top fixed menu" id="topMenu">
  <div class="item"><b>${esc(LEGAL_NAME)}</b></div>
  <div class="item">GSTIN: ${esc(o.gstin)}</div>
  <div class="right menu">
    <div class="item"><i class="user icon"></i>${esc(o.user)}</div>
    <a class="item" href="/Home/Logout"><i class="sign out alternate icon"></i>Logout</a>
  </div>
</div>
<div class="pusher">
  <div class="main-area">
    <div class="ui breadcrumb">${crumbs}</div>
    ${o.content}
  </div>
</div>`;
  return page({
    title: o.title,
    body,
    bodyClass: 'pushable',
    csrf: o.csrf,
    script: o.script,
    data: o.data,
  });
}

interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

function registrationRows(list: readonly Registration[]): string {
  if (list.length === 0) return '<tr><td colspan="5">No GSP is registered for this GSTIN.</td></tr>';
  return list
    .map(
      (r, i) =>
        `<tr><td>${i + 1}</td><td>${esc(r.gsp)}</td><td>${esc(r.username)}</td><td>${esc(r.createdOn)}</td><td>Active</td></tr>`,
    )
    .join('');
}

function dashboardContent(): string {
  return `<h2 class="ui header">Dash Board</h2>
    <div id="pageMessages"></div>
    <div class="ui two cards">
      <div class="card"><div class="content"><div class="header">Generations</div><div class="meta">e-Invoices generated this month</div>
        <div class="description"><div class="ui blue statistic"><div class="value">0</div><div class="label">IRNs</div></div></div></div></div>
      <div class="card"><div class="content"><div class="header">Cancelled</div><div class="meta">e-Invoices cancelled this month</div>
        <div class="description"><div class="ui red statistic"><div class="value">0</div><div class="label">IRNs</div></div></div></div></div>
    </div>
    <div class="ui basic modal" id="techContactModal">
      <div class="ui icon header"><i class="address card icon"></i>Contacts of Technical Person</div>
      <div class="content">
        <p>Please keep the contact details of the technical person of your organisation up to date. They are used to reach you about e-Invoice API integration and system notices.</p>
        <table class="ui inverted definition table">
          <tbody>
            <tr><td>Name</td><td>RAHUL DESHMUKH</td></tr>
            <tr><td>Mobile</td><td>98XXXXXX47</td></tr>
            <tr><td>E-mail</td><td>it.support@fortunetrading.in</td></tr>
          </tbody>
        </table>
      </div>
      <div class="actions">
        <div class="ui red basic cancel inverted button"><i class="remove icon"></i>Exit</div>
        <div class="ui green ok inverted button"><i class="checkmark icon"></i>OK</div>
      </div>
    </div>`;
}

function apiOtpContent(gstin: string): string {
  return `<div class="ui segment" id="apiOtpSegment">
      <h3 class="ui dividing header">API Registration<div class="sub header">Create API User</div></h3>
      <div id="pageMessages"></div>
      <p class="gstin-line">GSTIN: <b>${esc(gstin)}</b> &nbsp; Registered mobile number: <b>${MOBILE_MASKED}</b></p>
      <div id="sendOtpArea">
        <p>To create an API user, verify yourself with an OTP sent to the mobile number registered for this GSTIN.</p>
        <button class="ui primary button" id="btnSendOtp" type="button"><i class="paper plane icon"></i>Send OTP</button>
      </div>
      <form class="ui form transition hidden" id="apiOtpForm" autocomplete="off">
        <div class="field">
          <label>Enter OTP</label>
          <div class="ui action input"><input type="text" name="otp" maxlength="6" inputmode="numeric" placeholder="Enter OTP"><button class="ui button" type="submit">Verify</button></div>
        </div>
        <p>Did not receive the OTP? <a href="#" id="resendApiOtp">Resend OTP</a></p>
      </form>
    </div>`;
}

function registerContent(gstin: string, regs: readonly Registration[]): string {
  const modes: [string, string][] = [
    ['DIRECT', 'Directly'],
    ['GSP', 'Through GSP'],
    ['ERP', 'Through ERP'],
    ['OTHER', 'Through Client-Id of other'],
  ];
  const radios = modes
    .map(
      ([value, label]) =>
        `<div class="field"><div class="ui radio checkbox"><input type="radio" name="regMode" value="${value}" class="hidden" tabindex="0"><label>${esc(label)}</label></div></div>`,
    )
    .join('\n          ');
  const notes: [string, string][] = [
    [
      'DIRECT',
      'Direct API access is given only to taxpayers whose aggregate turnover is above the limit notified for direct integration. Please register through a GSP.',
    ],
    [
      'ERP',
      'Registration through ERP is available only when your ERP provider has been approved by the IRP for this GSTIN.',
    ],
    [
      'OTHER',
      'To use the Client-Id of another GSTIN of the same PAN, first register that GSTIN through a GSP or directly.',
    ],
  ];
  const gspItems = GSPS.map((g) => `<div class="item" data-value="${g.code}">${esc(g.name)}</div>`).join(
    '\n              ',
  );
  return `<div class="ui segment" id="registerSegment">
      <h3 class="ui dividing header">API Registration<div class="sub header">Create API User</div></h3>
      <div id="pageMessages"></div>
      <div id="verdict"></div>
      <p class="gstin-line">GSTIN: <b>${esc(gstin)}</b> &nbsp; Legal name: <b>${esc(LEGAL_NAME)}</b></p>
      <form class="ui form" id="apiUserForm" autocomplete="off">
        <div class="grouped fields" id="regModeFields">
          <label>Do you wish to Register your GSTIN for</label>
          ${radios}
        </div>
        ${notes.map(([m, t]) => `<div class="ui info message mode-note transition hidden" id="note-${m}"><p>${esc(t)}</p></div>`).join('\n        ')}
        <div id="gspFields" class="transition hidden">
          <div class="field">
            <label>Select your GSP</label>
            <div class="ui fluid search selection dropdown" id="gspDropdown">
              <input type="hidden" name="gsp" value="">
              <i class="dropdown icon"></i>
              <input class="search" autocomplete="off" tabindex="0">
              <div class="default text">Select GSP</div>
              <div class="menu transition hidden" tabindex="-1">
              ${gspItems}
              </div>
            </div>
          </div>
          <div class="field">
            <label>Username</label>
            <div class="ui labeled input"><div class="ui label">API_</div><input type="text" name="userName" maxlength="12" placeholder="User name"></div>
            <span class="helper">4 to 12 letters or digits; the prefix API_ is added to it.</span>
          </div>
          <div class="two fields">
            <div class="field">
              <label>Password</label>
              <input type="password" name="password" maxlength="15" placeholder="Password">
            </div>
            <div class="field">
              <label>Re-enter Password</label>
              <input type="password" name="confirmPassword" maxlength="15" placeholder="Re-enter Password">
            </div>
          </div>
          <span class="helper">8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.</span>
        </div>
        <div class="btn-row">
          <button class="ui primary disabled button" id="btnSubmit" type="submit">Submit</button>
          <button class="ui button" id="btnExit" type="button">Exit</button>
        </div>
      </form>
    </div>
    <div class="ui segment">
      <h4 class="ui header">GSPs registered for GSTIN ${esc(gstin)}</h4>
      <table class="ui celled striped table" id="gspTable">
        <thead><tr><th>Sl. No.</th><th>GSP Name</th><th>User Name</th><th>Created On</th><th>Status</th></tr></thead>
        <tbody>${registrationRows(regs)}</tbody>
      </table>
    </div>
    <div class="ui mini modal" id="confirmModal">
      <div class="header">Confirm</div>
      <div class="content"><p id="confirmText">Do you want to create the API user?</p></div>
      <div class="actions">
        <div class="ui negative button">No</div>
        <div class="ui positive right labeled icon button">Yes<i class="checkmark icon"></i></div>
      </div>
    </div>`;
}

function stubContent(title: string): string {
  return `<div class="ui segment">
      <h3 class="ui dividing header">${esc(title)}</h3>
      <div id="pageMessages"></div>
      <div class="ui info message"><p>There are no records to display.</p></div>
    </div>`;
}

function captchaSvg(text: string): string {
  const rnd = (a: number, b: number): number => a + Math.random() * (b - a);
  const colors = ['#1b4f72', '#7b241c', '#145a32', '#4a235a', '#784212', '#1c2833'];
  const pick = (): string => colors[Math.floor(Math.random() * colors.length)] ?? '#1c2833';
  let s =
    '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0 0 150 50"><rect width="150" height="50" fill="#eef3f7"/>';
  for (let i = 0; i < 6; i++) {
    s += `<line x1="${rnd(0, 150).toFixed(1)}" y1="${rnd(0, 50).toFixed(1)}" x2="${rnd(0, 150).toFixed(1)}" y2="${rnd(0, 50).toFixed(1)}" stroke="${pick()}" stroke-opacity="0.45" stroke-width="${rnd(0.6, 1.6).toFixed(1)}"/>`;
  }
  for (let i = 0; i < 45; i++) {
    s += `<circle cx="${rnd(0, 150).toFixed(1)}" cy="${rnd(0, 50).toFixed(1)}" r="${rnd(0.4, 1.4).toFixed(1)}" fill="${pick()}" fill-opacity="0.6"/>`;
  }
  [...text].forEach((ch, i) => {
    const x = 16 + i * 26 + rnd(-3, 3);
    const y = 34 + rnd(-4, 4);
    s += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="'Courier New', monospace" font-weight="bold" font-size="${rnd(25, 31).toFixed(0)}" fill="${pick()}" transform="rotate(${rnd(-22, 22).toFixed(0)} ${x.toFixed(1)} ${y.toFixed(1)})">${esc(ch)}</text>`;
  });
  for (let i = 0; i < 2; i++) {
    s += `<path d="M0 ${rnd(10, 40).toFixed(0)} C 40 ${rnd(0, 50).toFixed(0)}, 100 ${rnd(0, 50).toFixed(0)}, 150 ${rnd(10, 40).toFixed(0)}" fill="none" stroke="${pick()}" stroke-width="1.4" stroke-opacity="0.6"/>`;
  }
  return `${s}</svg>`;
}

interface Session {
  id: string;
  csrf: string;
  stage: 'otp' | 'in';
  user: string;
  noticeShown: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
}

function parseCookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 65536) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

export async function startSemanticR25Rendition(
  options: SemanticR25Options = {},
): Promise<SemanticR25Rendition> {
  const state: SemanticR25State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** The older registration the GSTIN already had before the server started (not in state.users). */
  const seeded: Registration[] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: SEEDED_USERNAME,
      password: 'Tera@Api2023',
      createdOn: '14/08/2023',
    },
  ];
  const sessions = new Map<string, Session>();
  let expiryUsed = false;

  const registrationsFor = (gstin: string): Registration[] =>
    [...seeded, ...state.users].filter((r) => r.gstin === gstin);

  const sessionCookie = (id: string): string => `${COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`;
  const clearCookie = `${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;

  const send = (
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    headers: Record<string, string> = {},
  ): void => {
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-store, no-cache, must-revalidate',
      'X-Frame-Options': 'SAMEORIGIN',
      ...headers,
    });
    res.end(body);
  };
  const html = (res: ServerResponse, body: string, headers: Record<string, string> = {}): void =>
    send(res, 200, 'text/html; charset=utf-8', body, headers);
  const json = (
    res: ServerResponse,
    status: number,
    obj: unknown,
    headers: Record<string, string> = {},
  ): void => send(res, status, 'application/json; charset=utf-8', JSON.stringify(obj), headers);
  const redirect = (res: ServerResponse, location: string, headers: Record<string, string> = {}): void => {
    res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', ...headers });
    res.end();
  };
  const expiredPage = (res: ServerResponse): void =>
    redirect(res, '/?expired=1', { 'Set-Cookie': clearCookie });
  const expiredAjax = (res: ServerResponse): void =>
    json(
      res,
      401,
      { sessionExpired: true, message: EXPIRED_TEXT, redirect: '/?expired=1' },
      { 'Set-Cookie': clearCookie },
    );

  const newSession = (user: string): Session => {
    const s: Session = {
      id: randomBytes(18).toString('hex'),
      csrf: randomBytes(16).toString('base64url'),
      stage: 'otp',
      user,
      noticeShown: false,
      apiOtpSent: false,
      apiOtpVerified: false,
    };
    sessions.set(s.id, s);
    return s;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    const p = path.toLowerCase();
    const method = req.method ?? 'GET';
    const sid = parseCookies(req)[COOKIE];
    let session = sid ? sessions.get(sid) : undefined;
    const isAjax = req.headers['x-requested-with'] === 'XMLHttpRequest';

    /** The first request of an expireOnce stage loses the session. */
    const expireHere = (stage: SemanticR25Expiry): boolean => {
      if (options.expireOnce !== stage || expiryUsed) return false;
      expiryUsed = true;
      if (session) sessions.delete(session.id);
      session = undefined;
      state.expired.push(stage);
      expiredAjax(res);
      return true;
    };
    /** A logged-in session for an AJAX post, or the lost-session answer. */
    const ajaxSession = (): Session | undefined => {
      if (session?.stage !== 'in') {
        expiredAjax(res);
        return undefined;
      }
      if (req.headers['x-csrf-token'] !== session.csrf) {
        json(res, 403, {
          ok: false,
          header: 'Invalid request',
          message: 'Your request could not be verified. Please reload the page and try again.',
        });
        return undefined;
      }
      return session;
    };
    /** A logged-in session for a page, or the redirect a lost session gets. */
    const pageSession = (): Session | undefined => {
      if (!session) {
        expiredPage(res);
        return undefined;
      }
      if (session.stage !== 'in') {
        redirect(res, '/Home/LoginOtp');
        return undefined;
      }
      return session;
    };
    const app = (
      s: Session,
      o: {
        title: string;
        activePath: string;
        crumbs: string[];
        content: string;
        script?: string;
        data?: Record<string, unknown>;
      },
    ): void => html(res, appPage({ ...o, user: s.user, gstin: state.gstin, csrf: s.csrf }));

    if (method === 'GET' && (p === '/' || p === '/home' || p === '/home/index')) {
      const expired = url.searchParams.get('expired') === '1';
      html(res, homePage({ warning: expired ? EXPIRED_TEXT : undefined, open: expired }));
      return;
    }
    if (method === 'GET' && p === '/get-captcha-image') {
      send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
      return;
    }
    if (method === 'GET' && p === '/favicon.ico') {
      send(res, 204, 'image/x-icon', '');
      return;
    }
    if (method === 'POST' && p === '/home/login') {
      const body = await readBody(req);
      const username = (body.get('username') ?? '').trim();
      const password = body.get('password') ?? '';
      const captcha = (body.get('captcha') ?? '').trim();
      if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        html(
          res,
          homePage({
            error: 'Invalid Captcha. Please enter the characters shown in the image.',
            username,
            open: true,
          }),
        );
        return;
      }
      if (
        username.toLowerCase() !== SEMANTIC_R25_LOGIN.username.toLowerCase() ||
        password !== SEMANTIC_R25_LOGIN.password
      ) {
        state.refusals.push('login');
        html(
          res,
          homePage({
            error: 'Invalid Login Credentials. Please check your user name and password.',
            username,
            open: true,
          }),
        );
        return;
      }
      if (session) sessions.delete(session.id);
      const s = newSession(SEMANTIC_R25_LOGIN.username);
      res.writeHead(303, {
        Location: '/Home/LoginOtp',
        'Set-Cookie': sessionCookie(s.id),
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }
    if (method === 'GET' && p === '/home/loginotp') {
      if (!session) return expiredPage(res);
      if (session.stage === 'in') return redirect(res, '/Home/MainMenu');
      html(res, loginOtpPage(session.csrf));
      return;
    }
    if (method === 'POST' && (p === '/home/verifyloginotp' || p === '/home/resendloginotp')) {
      const body = await readBody(req);
      if (!session) return expiredAjax(res);
      if (req.headers['x-csrf-token'] !== session.csrf) {
        json(res, 403, {
          ok: false,
          header: 'Invalid request',
          message: 'Your request could not be verified. Please reload the page and try again.',
        });
        return;
      }
      if (p === '/home/resendloginotp') {
        json(res, 200, {
          ok: true,
          message: `A new OTP has been sent to your registered mobile number ${MOBILE_MASKED}.`,
        });
        return;
      }
      if (session.stage === 'in') {
        json(res, 200, { ok: true, redirect: '/Home/MainMenu' });
        return;
      }
      if ((body.get('otp') ?? '').trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        json(res, 200, {
          ok: false,
          header: 'Invalid OTP',
          message:
            'The OTP you entered is incorrect. Please enter the OTP sent to your registered mobile number.',
        });
        return;
      }
      session.stage = 'in';
      json(res, 200, { ok: true, redirect: '/Home/MainMenu' });
      return;
    }
    if (method === 'GET' && p === '/home/logout') {
      if (session) sessions.delete(session.id);
      redirect(res, '/', { 'Set-Cookie': clearCookie });
      return;
    }
    if (method === 'GET' && p === '/home/mainmenu') {
      const s = pageSession();
      if (!s) return;
      const showNotice = !s.noticeShown;
      s.noticeShown = true;
      app(s, {
        title: 'Dash Board',
        activePath: '/Home/MainMenu',
        crumbs: ['Home', 'Dash Board'],
        content: dashboardContent(),
        script: DASHBOARD_JS,
        data: { showNotice },
      });
      return;
    }
    if (method === 'GET' && p === '/apiregistration/createapiuser') {
      const s = pageSession();
      if (!s) return;
      app(s, {
        title: 'Create API User',
        activePath: '/ApiRegistration/CreateApiUser',
        crumbs: ['API Registration', 'User Credentials', 'Create API User'],
        content: apiOtpContent(state.gstin),
        script: API_OTP_JS,
      });
      return;
    }
    if (method === 'GET' && p === '/apiregistration/register') {
      const s = pageSession();
      if (!s) return;
      if (!s.apiOtpVerified) return redirect(res, '/ApiRegistration/CreateApiUser');
      app(s, {
        title: 'Create API User',
        activePath: '/ApiRegistration/Register',
        crumbs: ['API Registration', 'User Credentials', 'Create API User'],
        content: registerContent(state.gstin, registrationsFor(state.gstin)),
        script: REGISTER_JS,
      });
      return;
    }
    if (method === 'POST' && p === '/apiregistration/sendotp') {
      await readBody(req);
      if (expireHere('api-otp-send')) return;
      const s = ajaxSession();
      if (!s) return;
      s.apiOtpSent = true;
      s.apiOtpVerified = false;
      json(res, 200, {
        ok: true,
        message: `OTP has been sent to your registered mobile number ${MOBILE_MASKED}.`,
      });
      return;
    }
    if (method === 'POST' && p === '/apiregistration/verifyotp') {
      const body = await readBody(req);
      if (expireHere('api-otp-verify')) return;
      const s = ajaxSession();
      if (!s) return;
      if (!s.apiOtpSent) {
        json(res, 200, {
          ok: false,
          header: 'OTP not sent',
          message: 'Please click Send OTP to receive the OTP first.',
        });
        return;
      }
      if ((body.get('otp') ?? '').trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        json(res, 200, {
          ok: false,
          header: 'Invalid OTP',
          message:
            'The OTP entered is not valid. Please enter the OTP sent to your registered mobile number.',
        });
        return;
      }
      s.apiOtpVerified = true;
      json(res, 200, {
        ok: true,
        header: 'OTP verified',
        message: 'OTP verified successfully.',
        redirect: '/ApiRegistration/Register',
      });
      return;
    }
    if (method === 'POST' && p === '/apiregistration/submit') {
      const body = await readBody(req);
      if (expireHere('submit')) return;
      const s = ajaxSession();
      if (!s) return;
      const fail = (header: string, message: string): void =>
        json(res, 200, { ok: false, header, message, registrations: registrationsFor(state.gstin) });
      if (!s.apiOtpVerified)
        return fail('OTP not verified', 'Please verify the OTP sent to your registered mobile number again.');
      if (body.get('regMode') !== 'GSP')
        return fail('Not allowed', 'Only registration through a GSP is available for this GSTIN.');
      const gsp = GSPS.find((g) => g.code === body.get('gsp'));
      if (!gsp) return fail('GSP not selected', 'Please select your GSP.');
      const typed = (body.get('userName') ?? '').trim();
      if (!USERNAME_RULE.test(typed))
        return fail('Invalid user name', 'User name must be 4 to 12 letters or digits.');
      const password = body.get('password') ?? '';
      if (!PASSWORD_RULE.test(password)) {
        return fail(
          'Invalid password',
          'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
        );
      }
      if (password !== (body.get('confirmPassword') ?? ''))
        return fail('Passwords do not match', 'The re-entered password does not match the password.');
      const username = `API_${typed}`;
      if (registrationsFor(state.gstin).some((r) => r.gsp === gsp.name)) {
        state.refusals.push('duplicate');
        return fail(
          'Already registered',
          `Your GSTIN ${state.gstin} is already registered with ${gsp.name}. A GSTIN can be registered only once with a GSP.`,
        );
      }
      if ([...seeded, ...state.users].some((r) => r.username.toLowerCase() === username.toLowerCase())) {
        state.refusals.push('username-taken');
        return fail(
          'User name not available',
          `The user name ${username} is already in use. Please choose another user name.`,
        );
      }
      state.users.push({ gstin: state.gstin, gsp: gsp.name, username, password, createdOn: today() });
      json(res, 200, {
        ok: true,
        header: 'API user created successfully',
        message: `The API user ${username} has been created for ${gsp.name}. Note the user name and password: you will need them for the Authentication API.`,
        registrations: registrationsFor(state.gstin),
      });
      return;
    }
    if (method === 'GET') {
      const leaf = [...MENU_GROUPS.flatMap((g) => g.items), ...API_LEAVES, OTHER_API_LEAF].find(
        ([, href]) => href.toLowerCase() === p,
      );
      if (leaf) {
        const s = pageSession();
        if (!s) return;
        app(s, {
          title: leaf[0],
          activePath: leaf[1],
          crumbs: ['Home', leaf[0]],
          content: stubContent(leaf[0]),
        });
        return;
      }
    }
    if (isAjax || method === 'POST') {
      json(res, 404, { ok: false, message: 'Not found' });
      return;
    }
    send(
      res,
      404,
      'text/html; charset=utf-8',
      page({
        title: 'Not Found',
        body: '<div class="ui text container otp-page"><div class="ui negative message"><div class="header">Page not found</div><p>The page you requested does not exist. <a href="/">Go to the home page</a>.</p></div></div>',
      }),
    );
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal Server Error');
      else res.end();
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}
