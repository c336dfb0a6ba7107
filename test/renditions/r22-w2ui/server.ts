/**
 * Rendition r22-w2ui: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and shared/portal/guide.md), drawn as a w2ui 2.0 admin app
 * (the jQuery-free JavaScript UI library) would draw it: a w2layout with a w2toolbar on top,
 * a w2sidebar menu on the left, w2form forms in the main panel, a w2field list for the GSP,
 * w2popup / w2alert / w2confirm dialogs over a separate w2ui-lock dimming layer, w2tooltip
 * error bubbles, w2utils.lock spinners and w2utils.notify messages. A small hand-written
 * runtime below reproduces w2ui 2.0's DOM (class names, element nesting, no ARIA, overlays
 * appended to body, the popup's open/close transitions, its focus handling) and the app talks
 * to the server with fetch() and JSON bodies (w2utils.settings.dataType = 'JSON').
 *
 * Choices made where the docs are silent:
 * - URLs: home page `GET /`; the signed-in app `GET /Home/MainMenu` (menu routes are hash
 *   fragments such as `#/create-api-user`). JSON calls, all `POST` with a JSON body shaped like
 *   w2form's save (`{ action, name, record }`): `/Home/GetCaptcha`, `/Home/Login`,
 *   `/Home/ResendOtp`, `/Home/VerifyOtp`, `/Home/UserInfo`, `/Home/UpdateTechContact`,
 *   `/Home/Logout`, `/ApiRegistration/SendOtp`, `/ApiRegistration/VerifyOtp`,
 *   `/ApiRegistration/GetRegisteredGsps`, `/ApiRegistration/CreateApiUser`. Nothing typed goes
 *   into a URL.
 * - Home page: a top w2toolbar (emblem, "e-Invoice System", buttons "Home", "Help", "Login").
 *   "Login" shows the login w2form (header "Login") in the main panel beside a welcome text.
 * - Login form: "Username", "Password", "Captcha" (a noisy SVG picture, data URI, with a
 *   "Refresh Captcha" button beside it) and "Enter Captcha"; buttons "Login". The captcha text
 *   is the configured one every time (new noise on each refresh), compared case-insensitively.
 * - 2FA: the same panel turns into the w2form "Two Factor Authentication" with "Enter OTP" and
 *   the buttons "Verify OTP" and "Resend OTP"; success loads /Home/MainMenu.
 * - Refusals are w2alert popups titled "Error": "Invalid Captcha. Please enter the characters
 *   shown in the image.", "Invalid Login Credentials. Please check the username and password.",
 *   "Invalid OTP. Please enter the OTP sent to your registered mobile number." (login) and
 *   "Invalid OTP. Please enter the correct OTP sent to your registered mobile number." (API).
 *   Empty or malformed fields are stopped in the browser with w2form's tooltip bubble
 *   ("Required field", "OTP should be 6 digits", password rule texts) and the w2ui-error class.
 * - After login: the app shows the w2popup "Contacts of Technical Person" (Name, Mobile,
 *   E-mail, buttons "Update" and "Exit", plus the × close control) once per login, and a
 *   w2utils.notify welcome line. The main panel is titled "Dash Board" with cards
 *   "Generations", "Cancelled" and "Rejected". The toolbar has the GSTIN and "Logout".
 * - Menu (w2sidebar, group "Main Menu"): Dashboard; e-Invoice (Generate, Cancel, Print IRN,
 *   Bulk Upload); e-Way Bill (Generate by IRN, Print EWB); API Registration (User Credentials
 *   (Create API User, View API Users), IP Whitelisting, Freeze API User, Change API Password);
 *   MIS Reports (Generation Report, Cancellation Report); User Management (Create Sub User,
 *   Update Profile). Nodes with children expand on click of the row or its arrow.
 * - Create API User: opening it sends the API OTP at once (lock "Sending OTP..." then a notify
 *   "OTP has been sent to your registered mobile number ******7890"); w2form "API Registration"
 *   with "Enter OTP", "Verify OTP" and "Resend OTP". After it: the w2form "API Registration",
 *   group "Create API User": GSTIN, the radio field "Do you wish to Register your GSTIN for"
 *   (Directly / Through GSP / Through ERP / Through Client-Id of other); "Through GSP" reveals
 *   "Select your GSP" (w2field list: readonly input with an arrow, a search helper input over
 *   it, a w2menu overlay filtered by what is typed, items beginning with it), "Username" (the
 *   fixed prefix "API_" drawn in front of the box, 4 to 15 letters, digits, _ or -),
 *   "Password" and "Re-enter Password" (8 to 15 characters with upper case, lower case, digit
 *   and special character); buttons "Submit" and "Exit". The other modes show a note and Submit
 *   answers with a w2alert "Information" instead of registering.
 * - Submit asks w2confirm "Confirmation" ("Are you sure you want to create the API user ... for
 *   the GSP ...?", Yes / No); Yes locks the form ("Saving...") and posts. Success: w2alert
 *   "Success" ("API user API_x has been created successfully for GSP y. ...") and the form is
 *   replaced by a result panel; below it a w2grid-like list "GSPs registered for GSTIN ..."
 *   (#, GSP Name, API User Name, Created On, Status). Refusals (w2alert "Error"): "Your GSTIN ...
 *   is already registered with the GSP .... Please select a different GSP." and "The user name
 *   ... is already in use. Please choose a different user name."
 * - Seeded registration (kept apart from state.users): TERA SOFTWARE LIMITED, API_terasoft27,
 *   created 14/08/2023.
 * - Sessions: cookie `w2sid` (HttpOnly). A page GET without a live signed-in session answers
 *   302 to `/?session=expired`, which opens the login form with a red "Your session has expired.
 *   Please login again." line and a notify. A JSON call without one answers 401
 *   `{ status: 'expired', message }`; the page closes any popup, shows the w2alert "Session
 *   Expired" and goes to `/?session=expired` on Ok or after 5 seconds.
 * - expireOnce: the first `/ApiRegistration/SendOtp` ('api-otp-send', also used by "Resend
 *   OTP"), `/ApiRegistration/VerifyOtp` ('api-otp-verify') or `/ApiRegistration/CreateApiUser`
 *   ('submit') deletes the session, is recorded in state.expired and answers as any lost
 *   session does; only once per server.
 * - Markup follows w2ui 2.0.0's own source where it differs from older versions: toolbar items
 *   are div.w2ui-tb-button (1.x drew td cells); w2tooltip bubbles and w2menu drop-downs are
 *   div#w2overlay-NAME.w2ui-overlay > div.w2ui-overlay-body appended to body (class w2ui-light
 *   for form errors, w2ui-white for menus); the list field keeps the readonly
 *   input.w2ui-input.w2ui-select and puts w2field's search helper (div.w2ui-field-helper >
 *   input#gsp_search, pointer-events none) over it to take the typing; w2alert's button is
 *   "Ok", w2confirm's "Yes" / "No"; popups take focus on their hidden-first span and forms
 *   do not submit on Enter.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type W2uiR22Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface W2uiR22Options {
  expireOnce?: W2uiR22Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface W2uiR22State {
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

export interface W2uiR22Rendition {
  url: string;
  close(): Promise<void>;
  state: W2uiR22State;
}

export const W2UI_R22_LOGIN: { username: string; password: string } = {
  username: 'einvpune27',
  password: 'Pune@Einv2025',
};

/** GSPs offered by "Select your GSP" (alphabetical, as the portal's own list is). */
const GSP_NAMES: readonly string[] = [
  'ADAEQUARE INFO PRIVATE LIMITED',
  'ALANKIT LIMITED',
  'BODHTREE CONSULTING LIMITED',
  'BVM IT CONSULTING SERVICES INDIA PRIVATE LIMITED',
  'CHARTERED INFORMATION SYSTEMS PRIVATE LIMITED',
  'CSC E-GOVERNANCE SERVICES INDIA LIMITED',
  'CYGNET INFOTECH PRIVATE LIMITED',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'ERNST & YOUNG LLP',
  'EXCELLON SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'MASTEK LIMITED',
  'MASTERS INDIA PRIVATE LIMITED',
  'RELIANCE CORPORATE IT PARK LIMITED',
  'SESHAASAI BUSINESS FORMS PRIVATE LIMITED',
  'SIFY TECHNOLOGIES LIMITED',
  'TALLY (INDIA) PRIVATE LIMITED',
  'TATA CONSULTANCY SERVICES LIMITED',
  'TERA SOFTWARE LIMITED',
  'VAY NETWORK SERVICES PRIVATE LIMITED',
  'WEBTEL ELECTROSOFT PRIVATE LIMITED',
  'WIPRO LIMITED',
];

/** The older registration the GSTIN already has (kept apart from state.users). */
const SEEDED_REGISTRATION = {
  gsp: 'TERA SOFTWARE LIMITED',
  username: 'API_terasoft27',
  password: 'Tera@Soft2023',
  createdOn: '14/08/2023',
};

const REGISTERED_MOBILE = '******7890';
const COOKIE_NAME = 'w2sid';
const EXPIRED_MESSAGE = 'Your session has expired. Please login again.';
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USERNAME_RULE = /^API_[A-Za-z0-9_-]{4,15}$/;

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'in';
  popupPending: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  lastLogin: string;
  tech: { name: string; mobile: string; email: string };
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/** The captcha picture: the text drawn with jitter, rotation, lines and dots of noise. */
function captchaDataUri(text: string): string {
  const width = 160;
  const height = 48;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<rect width="100%" height="100%" fill="#eef2f7"/>',
  ];
  const colour = () => `rgb(${randomInt(40, 200)},${randomInt(40, 200)},${randomInt(40, 200)})`;
  for (let i = 0; i < 45; i++) {
    parts.push(
      `<circle cx="${randomInt(0, width)}" cy="${randomInt(0, height)}" r="${randomInt(1, 3)}" fill="${colour()}" opacity="0.55"/>`,
    );
  }
  const chars = [...text];
  const step = (width - 24) / Math.max(chars.length, 1);
  chars.forEach((ch, i) => {
    const x = 14 + i * step + randomInt(-3, 4);
    const y = 34 + randomInt(-5, 6);
    const angle = randomInt(-25, 26);
    parts.push(
      `<text x="${x}" y="${y}" font-family="Georgia, 'Times New Roman', serif" font-size="28" font-weight="bold" fill="rgb(${randomInt(20, 90)},${randomInt(20, 90)},${randomInt(60, 140)})" transform="rotate(${angle} ${x + 8} ${y - 10})">${escapeXml(ch)}</text>`,
    );
  });
  for (let i = 0; i < 6; i++) {
    parts.push(
      `<line x1="${randomInt(0, width)}" y1="${randomInt(0, height)}" x2="${randomInt(0, width)}" y2="${randomInt(0, height)}" stroke="${colour()}" stroke-width="${randomInt(1, 3)}" opacity="0.7"/>`,
    );
  }
  parts.push(
    `<path d="M0 ${randomInt(10, 38)} Q ${width / 2} ${randomInt(0, height)} ${width} ${randomInt(10, 38)}" stroke="${colour()}" stroke-width="2" fill="none"/>`,
  );
  parts.push('</svg>');
  return svgDataUri(parts.join(''));
}

/** w2ui's spinner: twelve bars, animated by CSS steps. */
function spinnerDataUri(): string {
  const bars: string[] = [];
  for (let i = 0; i < 12; i++) {
    bars.push(
      `<rect x="46" y="6" width="8" height="26" rx="4" fill="#555" opacity="${((i + 1) / 12).toFixed(2)}" transform="rotate(${i * 30} 50 50)"/>`,
    );
  }
  return svgDataUri(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">${bars.join('')}</svg>`);
}

/** The header emblem. */
function logoDataUri(): string {
  return svgDataUri(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#fff" stroke="#f39c12" stroke-width="4"/>' +
      '<circle cx="32" cy="32" r="21" fill="#1d4077"/><text x="32" y="38" text-anchor="middle" font-family="Verdana, Arial, sans-serif" font-size="15" font-weight="bold" fill="#fff">GST</text></svg>',
  );
}

/** The w2ui 2.0 look (a hand-written subset of w2ui.css) plus the app's own few rules. */
const CSS_TEMPLATE = String.raw`
html, body { margin: 0; padding: 0; width: 100%; height: 100%; }
body { font-family: "OpenSans", Verdana, Arial, sans-serif; font-size: 12px; color: #000; background-color: #fff; overflow: hidden; }
.w2ui-reset { font-family: "OpenSans", Verdana, Arial, sans-serif; font-size: 12px; box-sizing: border-box; }
.w2ui-reset *, .w2ui-reset *:before, .w2ui-reset *:after { box-sizing: border-box; }
.w2ui-reset table { font-size: 12px; border-collapse: collapse; }
.w2ui-centered { position: absolute; left: 0; right: 0; top: 50%; transform: translateY(-50%); text-align: center; padding: 0 12px; }
.w2ui-msg-text { font-size: 14px; line-height: 1.5; }
.w2ui-icon { display: inline-block; font-style: normal; font-weight: normal; line-height: 1; text-align: center; }
.w2ui-icon-cross:before { content: "\2715"; }
.w2ui-icon-search:before { content: "\26B2"; }
.w2ui-icon-reload:before { content: "\21BB"; }
.w2ui-icon-check:before { content: "\2713"; }
.w2ui-icon-box:before { content: "\25A1"; }
.w2ui-icon-info:before { content: "i"; font-family: Georgia, serif; font-weight: bold; }
.w2ui-icon-settings:before { content: "\2699"; }
.w2ui-btn { position: relative; display: inline-block; border-radius: 4px; margin: 0 3px; padding: 6px 12px; min-width: 75px; border: 1px solid #c7c7c7; background-image: linear-gradient(#fff 0%, #e7e7e7 100%); color: #666; outline: none; font-size: 12px; font-family: inherit; white-space: nowrap; cursor: default; user-select: none; box-sizing: border-box; text-align: center; line-height: normal; }
.w2ui-btn:hover { text-decoration: none; background-image: linear-gradient(#ddd 0%, #fff 100%); color: #333; }
.w2ui-btn:active, .w2ui-btn.clicked { background-image: linear-gradient(#ccc 0%, #fff 100%); text-shadow: 1px 1px 1px #eee; }
.w2ui-btn:focus:before { content: ""; border: 1px dashed #aaa; border-radius: 3px; position: absolute; top: 2px; bottom: 2px; left: 2px; right: 2px; pointer-events: none; }
.w2ui-btn[disabled] { border: 1px solid #e6e6e6; background: #f7f7f7; color: #bdbcbc; }
.w2ui-btn-blue { color: #fff; background-image: linear-gradient(#269df0 0%, #192e9c 100%); border: 1px solid #666df2; text-shadow: 0 0 1px #111; }
.w2ui-btn-blue:hover { color: #fff; background-image: linear-gradient(#192e9c 0%, #269df0 100%); border: 1px solid #4046f0; text-shadow: 0 0 1px #111; }
.w2ui-btn-blue:focus:before, .w2ui-btn-red:focus:before { border: 1px dashed #e8e8e8; }
.w2ui-btn-red { color: #fff; background-image: linear-gradient(#ff6f6f 0%, #d60000 100%); border: 1px solid #e05858; text-shadow: 0 0 1px #111; }
.w2ui-btn-red:hover { color: #fff; background-image: linear-gradient(#d60000 0%, #ff6f6f 100%); }
.w2ui-input { padding: 4px; border-radius: 3px; color: #000; background-color: #fff; border: 1px solid #cacaca; line-height: normal; box-sizing: border-box; outline: none; font-size: inherit; font-family: inherit; vertical-align: middle; }
.w2ui-input:focus, .w2ui-input.w2ui-focus { outline-color: #72b2ff; border-color: #72b2ff; box-shadow: 0 0 1px #72b2ff; }
input.w2ui-input[type=text], input.w2ui-input[type=password], input.w2ui-input[type=email] { height: 28px; }
.w2ui-input.w2ui-select { cursor: default; padding-right: 24px; background-color: #fff; }
.w2ui-input.w2ui-error { color: #000; background-color: #fff2f2; border-color: #ffa6a6; }
.w2ui-field-helper { position: absolute; display: inline-block; line-height: 100%; pointer-events: none; user-select: none; margin: 0; padding: 0; }
.w2ui-field-helper.w2ui-list-search input { position: absolute; left: 0; top: 0; height: 28px; border: 1px solid transparent; background-color: transparent; padding: 4px 4px 4px 18px; outline: none; font-size: inherit; font-family: inherit; color: #000; }
.w2ui-field-helper.w2ui-list-search .w2ui-icon-search { position: absolute; left: 5px; top: 8px; color: #888; font-size: 11px; display: none; }
.w2ui-field-helper.w2ui-list-search.w2ui-searching .w2ui-icon-search { display: inline-block; }
.w2ui-field-helper.w2ui-list-arrow { width: 20px; height: 28px; margin-left: -22px; }
.w2ui-field-helper .arrow-down { position: absolute; top: 12px; left: 6px; width: 0; height: 0; border-left: 4px solid transparent; border-right: 4px solid transparent; border-top: 5px solid #777; }
.w2ui-field-helper.w2ui-prefix { color: #777; padding-left: 5px; }
.w2ui-box-label { user-select: none; cursor: default; display: inline-flex; align-items: center; padding: 3px 0; }
.w2ui-box-label input { margin: 0 2px 0 0; }
.w2ui-form { position: relative; color: #000; background-color: #f5f6f7; border: 1px solid #e1e1e1; border-radius: 3px; padding: 0; overflow: hidden; }
.w2ui-form .w2ui-form-box { position: relative; }
.w2ui-form .w2ui-form-header { padding: 10px; height: 38px; text-overflow: ellipsis; text-align: center; font-size: 15px; color: #444; background-color: #fff; border-top-left-radius: 3px; border-top-right-radius: 3px; border-bottom: 1px solid #f0f0f0; white-space: nowrap; overflow: hidden; }
.w2ui-form .w2ui-page { position: relative; padding: 10px 5px 0 5px; }
.w2ui-form .w2ui-column-container { display: flex; padding: 0; }
.w2ui-form .w2ui-column { flex: 1 1 auto; width: 100%; padding: 0; margin: 0; }
.w2ui-form .w2ui-buttons { position: relative; text-align: center; border-top: 1px solid #e5e5e5; background-color: #fff; padding: 15px 0; border-bottom-left-radius: 3px; border-bottom-right-radius: 3px; }
.w2ui-form .w2ui-buttons button { min-width: 80px; margin-right: 5px; }
.w2ui-form .w2ui-group-title { padding: 5px 2px 0 5px; color: #656164c7; text-shadow: 1px 1px 2px #fdfdfd; font-size: 120%; }
.w2ui-form .w2ui-group-fields { background-color: #fff; margin: 5px 0 14px 0; padding: 10px 5px; border-top: 1px solid #e6e6e6; border-bottom: 1px solid #e6e6e6; }
.w2ui-form .w2ui-group-fields:after { content: ""; display: block; clear: both; }
.w2ui-field { clear: both; }
.w2ui-field > label { display: block; float: left; margin-top: 10px; margin-bottom: 3px; width: 120px; padding: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; text-align: right; min-height: 20px; color: #666; }
.w2ui-field > div { margin-bottom: 3px; margin-left: 128px; padding: 4px; min-height: 28px; float: none; position: relative; }
.w2ui-field.w2ui-required:not(.w2ui-field-inline) > div:before { content: "*"; position: absolute; margin-top: 6px; margin-left: -9px; color: #f00; }
.w2ui-field.w2ui-span-none > label { margin: 0; padding: 5px 12px 0 4px; display: block; width: 98%; text-align: left; float: none; color: #444; }
.w2ui-field.w2ui-span-none > div { margin-left: 0; padding-left: 12px; }
.w2ui-field.w2ui-span-none.w2ui-required > div:before { margin-left: -8px; }
.w2ui-field.w2ui-span4 > label { width: 80px; } .w2ui-field.w2ui-span4 > div { margin-left: 88px; }
.w2ui-field.w2ui-span6 > label { width: 120px; } .w2ui-field.w2ui-span6 > div { margin-left: 128px; }
.w2ui-field.w2ui-span8 > label { width: 160px; } .w2ui-field.w2ui-span8 > div { margin-left: 168px; }
.w2ui-field.w2ui-span10 > label { width: 200px; } .w2ui-field.w2ui-span10 > div { margin-left: 208px; }
.w2ui-form div.w2ui-input { border: 0; padding: 6px 0 0 0; background: transparent; min-height: 20px; box-shadow: none; }
.w2ui-layout { overflow: hidden !important; box-sizing: border-box; }
.w2ui-layout > div { position: absolute; overflow: hidden; border: 0; margin: 0; padding: 0; outline: 0; top: 0; left: 0; right: 0; bottom: 0; }
.w2ui-layout > div .w2ui-panel { display: none; position: absolute; z-index: 120; }
.w2ui-layout > div .w2ui-panel .w2ui-panel-title { display: none; position: absolute; left: 0; top: 0; right: 0; height: 34px; padding: 9px 10px; background-color: #fafafa; color: #555; font-size: 13px; border-bottom: 1px solid #e6e6e6; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.w2ui-layout > div .w2ui-panel .w2ui-panel-tabs, .w2ui-layout > div .w2ui-panel .w2ui-panel-toolbar { display: none; }
.w2ui-layout > div .w2ui-panel .w2ui-panel-content { position: absolute; left: 0; top: 0; right: 0; bottom: 0; color: inherit; background-color: inherit; overflow: auto; }
.w2ui-layout > div .w2ui-resizer { display: none; position: absolute; z-index: 121; background-color: transparent; }
.w2ui-layout > div .w2ui-resizer.active { display: block; }
.w2ui-toolbar { background-color: #f5f5f5; user-select: none; padding: 2px; }
.w2ui-toolbar .w2ui-tb-line { overflow: hidden; position: relative; min-height: 28px; padding: 2px; }
.w2ui-toolbar .w2ui-scroll-wrapper { display: flex; align-items: center; overflow: hidden; white-space: nowrap; padding: 0 2px; }
.w2ui-toolbar .w2ui-scroll-wrapper > div { display: inline-block; vertical-align: middle; }
.w2ui-toolbar .w2ui-scroll-left, .w2ui-toolbar .w2ui-scroll-right { display: none; }
.w2ui-toolbar .w2ui-tb-right { margin-left: 0; }
.w2ui-toolbar .w2ui-tb-spacer { flex: 1 1 auto; }
.w2ui-toolbar .w2ui-tb-break { background-image: linear-gradient(to bottom, rgba(153,153,153,0.1) 0%, #999 40%, #999 60%, rgba(153,153,153,0.1) 100%); width: 1px !important; height: 22px; padding: 0; margin: 0 6px; }
.w2ui-toolbar .w2ui-tb-button { position: relative; display: inline-block; margin: 0 1px; border-radius: 4px; border: 1px solid transparent; height: 26px; min-width: 24px; cursor: default; }
.w2ui-toolbar .w2ui-tb-button .w2ui-tb-icon { float: left; width: 22px; margin: 5px 0 0 1px; text-align: center; }
.w2ui-toolbar .w2ui-tb-button .w2ui-tb-text { margin-left: 20px; color: #000; padding: 5px 8px 5px 5px; white-space: nowrap; }
.w2ui-toolbar .w2ui-tb-button.no-icon .w2ui-tb-text { margin-left: 0; padding-left: 8px; }
.w2ui-toolbar .w2ui-tb-button.over { border: 1px solid #e1e1e1; background-color: #fff; }
.w2ui-toolbar .w2ui-tb-button.down { border: 1px solid #d6d6d6; background-color: #eee; }
.w2ui-sidebar { position: relative; cursor: default; overflow: hidden !important; background-color: #fbfbfb !important; }
.w2ui-sidebar > div { position: relative; overflow: hidden; }
.w2ui-sidebar .w2ui-sidebar-top, .w2ui-sidebar .w2ui-sidebar-bottom { position: absolute; z-index: 2; left: 0; right: 0; }
.w2ui-sidebar .w2ui-sidebar-top { top: 0; } .w2ui-sidebar .w2ui-sidebar-bottom { bottom: 0; }
.w2ui-sidebar .w2ui-sidebar-body { position: absolute; z-index: 1; overflow: auto; top: 0; bottom: 0; left: 0; right: 0; padding: 2px 0; background-color: #fbfbfb; }
.w2ui-sidebar .w2ui-node-group { position: relative; z-index: 1; white-space: nowrap; margin: 14px 0 0 0; padding: 4px 0; border-radius: 0; cursor: pointer; font-weight: bold; text-transform: uppercase; color: #999; background-color: transparent; user-select: none; }
.w2ui-sidebar .w2ui-node-group > :nth-child(1) { margin-right: 10px; float: right; color: transparent; }
.w2ui-sidebar .w2ui-node-group > :nth-child(2) { margin-left: 10px; }
.w2ui-sidebar .w2ui-node { position: relative; border-radius: 4px; margin: 0 3px; padding: 1px 0; border: 1px solid transparent; }
.w2ui-sidebar .w2ui-node:hover { background-color: #f1f1f1; }
.w2ui-sidebar .w2ui-node .w2ui-node-data { padding: 4px 5px; margin: 0; white-space: nowrap; }
.w2ui-sidebar .w2ui-node .w2ui-node-data .w2ui-node-text { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding: 1px 0 0 3px; color: #000; }
.w2ui-sidebar .w2ui-node .w2ui-node-data .w2ui-collapsed, .w2ui-sidebar .w2ui-node .w2ui-node-data .w2ui-expanded { float: right; width: 16px; height: 16px; position: relative; z-index: 1; }
.w2ui-sidebar .w2ui-node .w2ui-node-data .w2ui-collapsed > span { position: absolute; top: 3px; left: 6px; width: 0; height: 0; border-style: solid; border-width: 5px 0 5px 6px; border-color: transparent transparent transparent #8d99a7; }
.w2ui-sidebar .w2ui-node .w2ui-node-data .w2ui-expanded > span { position: absolute; top: 5px; left: 4px; width: 0; height: 0; border-style: solid; border-width: 6px 5px 0 5px; border-color: #8d99a7 transparent transparent transparent; }
.w2ui-sidebar .w2ui-node.w2ui-selected, .w2ui-sidebar .w2ui-node.w2ui-selected:hover { position: relative; background-color: #e4e8ef; border: 1px solid #dde3ec; }
.w2ui-sidebar .w2ui-node.w2ui-selected .w2ui-node-text { color: #1d4077; font-weight: bold; }
.w2ui-sidebar .w2ui-node-sub { padding: 0; }
.w2ui-lock { display: none; position: absolute; z-index: 1400; top: 0; left: 0; width: 100%; height: 100%; opacity: 0.15; background-color: #333; }
.w2ui-lock-msg { display: none; position: absolute; z-index: 1400; top: 45%; left: 50%; transform: translateX(-50%) translateY(-50%); min-width: 100px; max-width: 95%; padding: 30px; white-space: nowrap; text-overflow: ellipsis; overflow: hidden; font-size: 13px; font-family: "OpenSans", Verdana, Arial, sans-serif; opacity: 0.8; background-color: #555; color: #fff; text-align: center; border-radius: 5px; border: 2px solid #444; }
.w2ui-lock-msg .w2ui-spinner { display: inline-block; width: 24px; height: 24px; margin: -3px 8px -7px -10px; }
.w2ui-spinner { display: inline-block; background-size: 100%; background-repeat: no-repeat; background-image: url("__SPINNER__"); width: 18px; height: 18px; animation: w2ui-spin 0.8s steps(12) infinite; }
@keyframes w2ui-spin { from { transform: rotate(0deg); } to { transform: rotate(360deg); } }
.w2ui-popup { position: fixed; z-index: 1600; overflow: hidden; font-family: "OpenSans", Verdana, Arial, sans-serif; border-radius: 6px; padding: 0; margin: 0; border: 1px solid rgba(0, 0, 0, 0.4); background-color: #fff; box-shadow: 0 0 25px #555; }
.w2ui-popup, .w2ui-popup * { box-sizing: border-box; }
.w2ui-popup.w2ui-anim-open { opacity: 0; transform: scale(0.8); }
.w2ui-popup.w2ui-anim-close { opacity: 0; transform: scale(0.9); }
.w2ui-popup .w2ui-popup-title { padding: 10px; border-radius: 6px 6px 0 0; background-color: #fff; border-bottom: 1px solid #eee; position: absolute; overflow: hidden; height: 42px; left: 0; right: 0; top: 0; text-overflow: ellipsis; text-align: center; font-size: 15px; color: #555; z-index: 300; white-space: nowrap; cursor: move; }
.w2ui-popup .w2ui-popup-title-btns { position: absolute; right: 0; top: 0; z-index: 301; padding: 2px; }
.w2ui-popup .w2ui-popup-button { float: right; width: 25px; height: 23px; cursor: pointer; margin: 8px 4px 0 0; text-align: center; border-radius: 3px; }
.w2ui-popup .w2ui-popup-button:hover { background-color: #eee; }
.w2ui-popup .w2ui-popup-button .w2ui-icon { font-size: 14px; color: #555; margin-top: 4px; }
.w2ui-popup .w2ui-box { position: absolute; left: 0; right: 0; top: 42px; bottom: 52px; z-index: 50; }
.w2ui-popup .w2ui-popup-body { font-size: 12px; line-height: 130%; padding: 0 7px 7px 7px; color: #000; background-color: #fff; position: absolute; overflow: auto; width: 100%; height: 100%; }
.w2ui-popup .w2ui-popup-buttons { font-size: 11px; padding: 14px; border-radius: 0 0 6px 6px; border-top: 1px solid #eee; background-color: #fff; text-align: center; position: absolute; overflow: hidden; height: 52px; left: 0; right: 0; bottom: 0; z-index: 200; }
.w2ui-popup .w2ui-popup-buttons .w2ui-btn { min-width: 80px; margin: 0 5px; }
.w2ui-overlay { position: fixed; z-index: 1700; display: none; margin: 0; padding: 0; border: 0; background-color: transparent; }
.w2ui-overlay .w2ui-overlay-body { position: relative; display: inline-block; border: 1px solid #474747; border-radius: 4px; padding: 4px 8px; margin: 0; font-size: 12px; font-family: "OpenSans", Verdana, Arial, sans-serif; color: #fff; text-shadow: 0 1px 1px #4a4a4a; background-color: #777; line-height: 1.4; letter-spacing: 0.1px; overflow: visible; box-sizing: border-box; }
.w2ui-overlay .w2ui-overlay-body.w2ui-light { color: #575757; text-shadow: none; background-color: #fffde9; border: 1px solid #d2d2d2; box-shadow: 0 1px 1px 1px #e4e4e4; }
.w2ui-overlay .w2ui-overlay-body.w2ui-white { color: #000; text-shadow: none; background-color: #fff; border: 1px solid #e6e6e6; box-shadow: 0 1px 3px 0 rgba(0, 0, 0, 0.2); padding: 0; overflow: auto; }
.w2ui-overlay .w2ui-overlay-body:before { content: ""; display: none; position: absolute; width: 10px; height: 10px; background-color: inherit; border: inherit; box-sizing: border-box; }
.w2ui-overlay .w2ui-overlay-body.w2ui-arrow-left:before { display: block; left: -6px; top: 50%; margin-top: -5px; transform: rotate(45deg); border-top-color: transparent; border-right-color: transparent; }
.w2ui-overlay .w2ui-overlay-body.w2ui-arrow-right:before { display: block; right: -6px; top: 50%; margin-top: -5px; transform: rotate(45deg); border-bottom-color: transparent; border-left-color: transparent; }
.w2ui-overlay .w2ui-overlay-body.w2ui-arrow-top:before { display: block; top: -6px; margin-left: -5px; transform: rotate(45deg); border-bottom-color: transparent; border-right-color: transparent; }
.w2ui-overlay .w2ui-overlay-body.w2ui-arrow-bottom:before { display: block; bottom: -6px; margin-left: -5px; transform: rotate(45deg); border-top-color: transparent; border-left-color: transparent; }
.w2ui-menu { display: block; color: #000; padding: 4px 0; border-radius: 4px; overflow: hidden; user-select: none; }
.w2ui-menu .w2ui-menu-item { display: flex; align-content: stretch; padding: 7px 5px; cursor: default; }
.w2ui-menu .w2ui-menu-item.w2ui-even { background-color: #fff; }
.w2ui-menu .w2ui-menu-item.w2ui-odd { background-color: #fbfbfb; }
.w2ui-menu .w2ui-menu-item:hover { background-color: #f3f5fa; }
.w2ui-menu .w2ui-menu-item.w2ui-selected { background-color: #e3edfd; }
.w2ui-menu .w2ui-menu-item .menu-text { white-space: nowrap; line-height: 1.5; flex-grow: 1; padding: 0 8px; }
.w2ui-menu .w2ui-menu-item .menu-extra { padding: 0 4px; }
.w2ui-menu .w2ui-no-items { padding: 6px 12px; color: #999; text-align: center; }
#w2ui-notify { position: absolute; display: flex; flex-direction: column; align-items: center; left: 0; right: 0; bottom: 15px; z-index: 10000; overflow: hidden; pointer-events: none; }
#w2ui-notify > div { position: relative; background-color: #292828ad; color: #fff; border-radius: 4px; padding: 8px 44px 8px 16px; box-shadow: 0 0 5px #bbb; max-height: 76px; cursor: default; font-size: 13px; pointer-events: all; }
#w2ui-notify > div.w2ui-notify-error { background-color: #ff0000ad; }
#w2ui-notify .w2ui-notify-close { position: absolute; top: 6px; right: 8px; padding: 2px; cursor: pointer; font-size: 13px; }
.w2ui-grid { position: relative; border: 1px solid #dfdfdf; border-radius: 2px; overflow: hidden; background-color: #fff; }
.w2ui-grid .w2ui-grid-header { padding: 8px 10px; font-size: 13px; color: #444; background-color: #f5f5f5; border-bottom: 1px solid #e1e1e1; }
.w2ui-grid .w2ui-grid-body table { width: 100%; }
.w2ui-grid .w2ui-grid-body td.w2ui-head { border-right: 1px solid #dcdcdc; border-bottom: 1px solid #dcdcdc; background-image: linear-gradient(#fff, #f1f1f1); color: #000; text-align: left; padding: 0; }
.w2ui-grid .w2ui-grid-body td.w2ui-head .w2ui-col-header { padding: 7px 6px; white-space: nowrap; }
.w2ui-grid .w2ui-grid-body tr.w2ui-record td { border-right: 1px solid #f1f1f1; border-bottom: 1px solid #f1f1f1; padding: 0; }
.w2ui-grid .w2ui-grid-body tr.w2ui-record.w2ui-odd td { background-color: #f6f7f9; }
.w2ui-grid .w2ui-grid-body td.w2ui-grid-data > div { padding: 6px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.w2ui-grid .w2ui-grid-footer { padding: 5px 10px; color: #555; background-color: #f5f5f5; border-top: 1px solid #e4e4e4; text-align: right; }
#layout_layout_panel_top .w2ui-panel-content { background: linear-gradient(#2a5aa0, #1d4077); }
#layout_layout_panel_top .w2ui-toolbar { background-color: transparent; padding: 7px 6px; }
#layout_layout_panel_top .w2ui-tb-button .w2ui-tb-text { color: #fff; }
#layout_layout_panel_top .w2ui-tb-button .w2ui-tb-icon { color: #fff; }
#layout_layout_panel_top .w2ui-tb-button.over { background-color: rgba(255, 255, 255, 0.15); border-color: rgba(255, 255, 255, 0.35); }
#layout_layout_panel_top .w2ui-tb-button.down { background-color: rgba(255, 255, 255, 0.3); }
.app-logo { display: flex; align-items: center; color: #fff; padding-right: 12px; }
.app-logo-img { width: 38px; height: 38px; background-image: url("__LOGO__"); background-size: 100%; margin-right: 10px; }
.app-logo-title { font-size: 18px; font-weight: bold; letter-spacing: 0.3px; }
.app-logo-sub { font-size: 11px; opacity: 0.85; }
.app-user { color: #fff; padding: 0 10px; font-size: 12px; }
.home-wrap { display: flex; gap: 24px; padding: 24px; align-items: flex-start; flex-wrap: wrap; }
.home-info { flex: 1 1 380px; max-width: 640px; background: #fff; border: 1px solid #e1e1e1; border-radius: 3px; padding: 16px 20px; color: #333; line-height: 1.6; }
.home-info h2 { margin: 0 0 8px 0; font-size: 18px; color: #1d4077; font-weight: normal; }
.home-news { margin-top: 12px; padding: 8px 12px; background: #fff8e5; border: 1px solid #f3e2b3; border-radius: 3px; }
.home-login { flex: 0 0 460px; }
.login-msg { color: #d60000; font-weight: bold; padding: 2px 0 4px 0; }
.captcha-box { display: flex; align-items: center; gap: 8px; }
.captcha-box img { border: 1px solid #cacaca; border-radius: 3px; width: 160px; height: 48px; }
.captcha-box .w2ui-btn { min-width: 30px; padding: 6px 9px; }
.info-text { color: #444; line-height: 1.5; padding: 2px 0; white-space: normal; }
.field-hint { color: #888; margin-left: 6px; font-size: 11px; }
.app-page { padding: 16px 20px; }
.app-note { color: #666; padding: 10px 0; }
.dash-heading { font-size: 18px; color: #1d4077; padding: 4px 0 12px 0; }
.dash-cards { display: flex; gap: 16px; flex-wrap: wrap; }
.dash-card { width: 220px; background: #fff; border: 1px solid #e1e1e1; border-radius: 3px; padding: 14px 16px; }
.dash-card .dash-card-title { color: #666; font-size: 13px; }
.dash-card .dash-card-count { font-size: 26px; color: #1d4077; padding-top: 6px; }
.api-wrap { padding: 16px 20px; }
.api-wrap .w2ui-form { width: 700px; }
.api-registered { width: 700px; margin-top: 16px; }
.api-verdict { padding: 10px 12px; border-radius: 3px; background: #ecf8ec; border: 1px solid #b9e2b9; color: #1e6b1e; font-size: 13px; line-height: 1.5; white-space: normal; }
.tech-contact { padding: 10px 6px 0 6px; }
.tech-contact .tech-note { color: #555; padding: 4px 6px 10px 6px; line-height: 1.5; }
`;

/**
 * The browser side: a small runtime reproducing w2ui 2.0's widgets (w2utils, w2popup, w2alert,
 * w2confirm, w2tooltip, w2menu, w2field, w2form, w2layout, w2toolbar, w2sidebar) and the app.
 */
const CLIENT_JS = String.raw`
(function () {
'use strict';
var w2ui = {};
window.w2ui = w2ui;
function $1(sel, ctx) { return (ctx || document).querySelector(sel); }
function $all(sel, ctx) { return Array.prototype.slice.call((ctx || document).querySelectorAll(sel)); }
function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
function extend(t) { for (var i = 1; i < arguments.length; i++) { var s = arguments[i]; if (s) { Object.keys(s).forEach(function (k) { t[k] = s[k]; }); } } return t; }
function frag(html) { var t = document.createElement('template'); t.innerHTML = html; return t.content; }
function lcFirst(s) { s = String(s); return s.charAt(0).toLowerCase() + s.substr(1).replace(/\s+/g, ''); }
function visible(el) { return !!(el && el.offsetParent !== null); }

// ---------------------------------------------------------------- w2utils
var w2utils = {
  version: '2.0.0',
  settings: { dataType: 'JSON', macButtonOrder: false },
  tmp: {},
  lang: function (s) { return s; },
  lock: function (box, options, spinner) {
    if (box == null) return;
    if (typeof options === 'string') options = { msg: options };
    options = extend({ spinner: false, msg: '' }, options || {});
    if (spinner) options.spinner = spinner;
    w2utils.unlock(box);
    var style = 'height: ' + box.scrollHeight + 'px; width: ' + box.scrollWidth + 'px';
    if (box.tagName === 'BODY') style = 'position: fixed; right: 0; bottom: 0;';
    box.insertBefore(frag('<div class="w2ui-lock" style="' + style + '"></div><div class="w2ui-lock-msg"></div>'), box.firstChild);
    var lock = box.querySelector(':scope > .w2ui-lock');
    var mess = box.querySelector(':scope > .w2ui-lock-msg');
    var msg = options.msg;
    if (!msg) mess.style.cssText += 'background-color: transparent; background-image: none; border: 0px; box-shadow: none;';
    if (options.spinner === true) msg = '<div class="w2ui-spinner" ' + (!msg ? 'style="width: 35px; height: 35px"' : '') + '></div>' + msg;
    if (msg) { mess.innerHTML = msg; mess.style.display = 'block'; } else { mess.remove(); }
    if (options.opacity != null) lock.style.opacity = options.opacity;
    lock.style.display = 'block';
    var opacity = parseFloat(getComputedStyle(lock).opacity) || 0.15;
    lock.addEventListener('mousedown', function () {
      if (typeof options.onClick === 'function') { options.onClick(); } else { lock.style.transition = '.2s'; lock.style.opacity = opacity * 1.5; }
    });
    lock.addEventListener('mouseup', function () {
      if (typeof options.onClick !== 'function') { lock.style.transition = '.2s'; lock.style.opacity = opacity; }
    });
    lock.addEventListener('wheel', function (event) { event.stopPropagation(); event.preventDefault(); }, { passive: false });
  },
  unlock: function (box, speed) {
    if (box == null) return;
    var locks = $all(':scope > .w2ui-lock', box);
    $all(':scope > .w2ui-lock-msg', box).forEach(function (el) { el.remove(); });
    if (speed > 0) {
      locks.forEach(function (el) { el.style.transition = (speed / 1000) + 's'; el.style.opacity = 0; });
      setTimeout(function () { locks.forEach(function (el) { el.remove(); }); }, speed);
    } else {
      locks.forEach(function (el) { el.remove(); });
    }
  },
  notify: function (text, options) {
    options = options || {};
    var where = options.where || document.body;
    var timeout = options.timeout != null ? options.timeout : 15000;
    var old = where.querySelector('#w2ui-notify');
    if (old) old.remove();
    clearTimeout(w2utils.tmp.notify_timer);
    if (!text) return;
    where.appendChild(frag('<div id="w2ui-notify"><div class="' + (options['class'] || '') + ' ' + (options.error ? 'w2ui-notify-error' : '') + '">' +
      text + '<span class="w2ui-notify-close w2ui-icon-cross"></span></div></div>'));
    var box = where.querySelector('#w2ui-notify');
    box.querySelector('.w2ui-notify-close').addEventListener('click', function () { box.remove(); });
    if (timeout > 0) w2utils.tmp.notify_timer = setTimeout(function () { box.remove(); }, timeout);
  }
};
window.w2utils = w2utils;

// ---------------------------------------------------------------- w2popup
var w2popup = {
  status: 'closed', options: {}, handlers: [], _timer: null, _lastFocus: null, _keydown: null,
  _on: function (type, fn) { this.handlers.push({ type: type, fn: fn }); },
  _emit: function (type, detail) { this.handlers.slice().forEach(function (h) { if (h.type === type) h.fn({ detail: detail }); }); },
  open: function (options) {
    var self = this;
    options = extend({ title: '', body: '', buttons: '', style: '', width: 500, height: 300, focus: null, showClose: true,
      modal: false, keyboard: true, speed: 0.3, actions: null, cancelAction: null }, options || {});
    if (document.getElementById('w2ui-popup')) self._cleanUp(true);
    self.handlers = [];
    self.options = options;
    self._lastFocus = document.activeElement;
    var prom = {
      self: self,
      then: function (fn) { self._on('open', fn); return prom; },
      close: function (fn) { self._on('close', fn); return prom; },
      action: function (fn) { self._on('action', fn); return prom; }
    };
    if (options.actions != null) {
      var btns = '';
      var isArray = Array.isArray(options.actions);
      Object.keys(options.actions).forEach(function (key) {
        var handler = options.actions[key];
        var action = key;
        var btnAction = key;
        if (typeof handler === 'string') {
          action = handler;
          btnAction = handler;
          btns += '<button class="w2ui-btn w2ui-eaction" name="' + action + '" data-click=\'["action","' + action + '","event"]\'>' + handler + '</button>';
        } else if (typeof handler === 'function') {
          btns += '<button class="w2ui-btn w2ui-eaction" name="' + action + '" data-click=\'["action","' + action + '","event"]\'>' + action + '</button>';
        } else {
          btns += '<button class="w2ui-btn w2ui-eaction ' + (handler['class'] || '') + '" name="' + action + '" data-click=\'["action","' + action + '","event"]\' style="' +
            (handler.style || '') + '">' + (handler.text || action) + '</button>';
          btnAction = isArray ? handler.text : action;
        }
        btnAction = lcFirst(btnAction);
        prom[btnAction] = function (fn) {
          self._on('action', function (event) { if (lcFirst(event.detail.action) === btnAction) fn(event); });
          return prom;
        };
      });
      options.buttons = btns;
    }
    var titleBtns = '';
    if (options.showClose) {
      titleBtns += '<div class="w2ui-popup-button w2ui-popup-close"><span class="w2ui-icon w2ui-icon-cross w2ui-eaction" data-mousedown="stop" data-click="close"></span></div>';
    }
    var width = parseInt(options.width, 10);
    var height = parseInt(options.height, 10);
    if (window.innerWidth - 10 < width) width = window.innerWidth - 10;
    if (window.innerHeight - 10 < height) height = window.innerHeight - 10;
    var top = (window.innerHeight - height) / 2 * 0.6;
    var left = (window.innerWidth - width) / 2;
    self.status = 'opening';
    w2utils.lock(document.body, { opacity: 0.3, onClick: options.modal ? null : function () { self.close(); } });
    document.body.appendChild(frag('<div id="w2ui-popup" class="w2ui-popup w2ui-anim-open animating" style="left: ' + left + 'px; top: ' + top +
      'px; width: ' + width + 'px; height: ' + height + 'px; transition: ' + options.speed + 's"></div>'));
    var el = document.getElementById('w2ui-popup');
    var boxStyle = (!options.title ? 'top: 0px !important;' : '') + ' ' + (!options.buttons ? 'bottom: 0px !important;' : '');
    el.innerHTML = '<span name="hidden-first" tabindex="0" style="position: absolute; top: -100px"></span>' +
      '<div class="w2ui-popup-title-btns">' + titleBtns + '</div>' +
      '<div class="w2ui-popup-title" style="' + (!options.title ? 'display: none' : '') + '">' + (options.title || '') + '</div>' +
      '<div class="w2ui-box" style="' + boxStyle + '"><div class="w2ui-popup-body' + (!options.title ? ' w2ui-popup-no-title' : '') +
      (!options.buttons ? ' w2ui-popup-no-buttons' : '') + '" style="' + options.style + '">' + options.body + '</div></div>' +
      '<div class="w2ui-popup-buttons" style="' + (!options.buttons ? 'display: none' : '') + '">' + options.buttons + '</div>' +
      '<span name="hidden-last" tabindex="0" style="position: absolute; top: -100px"></span>';
    el.addEventListener('click', function (event) {
      var target = event.target.closest('.w2ui-popup-close, [data-click]');
      if (!target || !el.contains(target)) return;
      if (target.classList.contains('w2ui-popup-close') || target.getAttribute('data-click') === 'close') { self.close(); return; }
      var dc = target.getAttribute('data-click') || '';
      if (dc.charAt(0) === '[') {
        var args = JSON.parse(dc);
        if (args[0] === 'action') self.action(args[1], event);
      }
    });
    el.querySelector('[name=hidden-last]').addEventListener('focus', function () {
      var first = $all('input, button, select, textarea, .w2ui-input', el).filter(visible)[0];
      if (first) first.focus();
    });
    el.querySelector('[name=hidden-first]').addEventListener('keydown', function (event) {
      if (event.key === 'Tab' && event.shiftKey) {
        var all = $all('input, button, select, textarea, .w2ui-input', el).filter(visible);
        if (all.length) { event.preventDefault(); all[all.length - 1].focus(); }
      }
    });
    setTimeout(function () { el.style.transition = options.speed + 's'; el.classList.remove('w2ui-anim-open'); }, 1);
    self._keydown = function (event) {
      if (!options.keyboard || event.keyCode !== 27) return;
      event.preventDefault();
      if (options.cancelAction) self.action(options.cancelAction, event); else self.close();
    };
    document.body.addEventListener('keydown', self._keydown);
    clearTimeout(self._timer);
    self._timer = setTimeout(function () {
      self.status = 'open';
      el.classList.remove('animating');
      self.setFocus(options.focus);
      self._emit('open', { self: self });
    }, options.speed * 1000);
    return prom;
  },
  action: function (action, event) {
    var act = this.options.actions ? this.options.actions[action] : null;
    var click = act && typeof act === 'object' && act.onClick ? act.onClick : act;
    var detail = { action: action, self: this, originalEvent: event };
    if (typeof click === 'function') click.call(this, { detail: detail });
    this._emit('action', detail);
  },
  setFocus: function (focus) {
    var el = document.getElementById('w2ui-popup');
    if (!el) return;
    var sel = 'input, button, select, textarea, [contentEditable], .w2ui-input';
    if (focus != null) {
      var all = $all(sel, el).filter(visible);
      var target = typeof focus === 'number' ? all[focus] : $1(focus, el);
      if (target) target.focus();
    } else {
      var first = el.querySelector('[name=hidden-first]');
      if (first) first.focus();
    }
  },
  close: function () {
    var self = this;
    var el = document.getElementById('w2ui-popup');
    if (!el || self.status === 'closed' || self.status === 'closing') return;
    if (self.status === 'opening') { self._cleanUp(); return; }
    self.status = 'closing';
    el.style.transition = self.options.speed + 's';
    el.classList.add('w2ui-anim-close', 'animating');
    w2utils.unlock(document.body, 300);
    clearTimeout(self._timer);
    self._timer = setTimeout(function () { self._cleanUp(); }, self.options.speed * 1000);
  },
  _cleanUp: function (silent) {
    clearTimeout(this._timer);
    var el = document.getElementById('w2ui-popup');
    if (el) el.remove();
    w2utils.unlock(document.body);
    if (this._keydown) document.body.removeEventListener('keydown', this._keydown);
    this._keydown = null;
    this.status = 'closed';
    var handlers = this.handlers;
    this.handlers = [];
    if (!silent) {
      var lf = this._lastFocus;
      if (lf && lf.focus && document.body.contains(lf) && lf !== document.body) lf.focus();
      handlers.forEach(function (h) { if (h.type === 'close') h.fn({ detail: {} }); });
    }
  }
};
window.w2popup = w2popup;

function w2alert(msg, title, callBack) {
  var prom = w2popup.open({
    width: 450, height: 250, title: title == null ? 'Notification' : title,
    body: '<div class="w2ui-centered w2ui-msg-text">' + msg + '</div>',
    showClose: false, actions: ['Ok'], cancelAction: 'ok'
  });
  prom.ok(function () {
    w2popup.close();
    if (typeof callBack === 'function') callBack();
  });
  return prom;
}
function w2confirm(msg, title, callBack) {
  var yes = { text: 'Yes', 'class': '', style: '' };
  var no = { text: 'No', 'class': '', style: '' };
  var prom = w2popup.open({
    width: 450, height: 250, title: title || 'Confirmation',
    body: '<div class="w2ui-centered w2ui-msg-text">' + msg + '</div>',
    showClose: false, modal: true, cancelAction: 'no',
    actions: w2utils.settings.macButtonOrder ? { no: no, yes: yes } : { yes: yes, no: no }
  });
  prom.action(function (event) {
    w2popup.close();
    if (typeof callBack === 'function') callBack(event.detail.action);
  });
  return prom;
}
window.w2alert = w2alert;
window.w2confirm = w2confirm;

// ---------------------------------------------------------------- w2tooltip
var w2tooltip = {
  active: {},
  show: function (options) {
    var self = this;
    var anchor = options.anchor;
    var name = String(options.name || (anchor && anchor.id) || 'noname').replace(/[\s\.#]/g, '_');
    if (self.active[name]) self.hide(name);
    var o = extend({ html: '', style: '', 'class': '', position: 'top|bottom', align: '', anchorClass: '', hideOn: null,
      arrowSize: 8, margin: 1, screenMargin: 2, maxHeight: null }, options);
    var id = 'w2overlay-' + name;
    var overlayStyles = (o.align === 'both' ? '' : 'white-space: nowrap;') + ' max-height: ' + (o.maxHeight || (window.innerHeight - 4)) + 'px;';
    document.body.appendChild(frag('<div id="' + id + '" name="' + name + '" style="display: none; pointer-events: none" class="w2ui-overlay" data-click="stop" data-focusin="stop">' +
      '<style></style><div class="w2ui-overlay-body ' + o['class'] + '" style="' + o.style + '; ' + overlayStyles + '">' + o.html + '</div></div>'));
    var box = document.getElementById(id);
    var overlay = { name: name, id: id, box: box, anchor: anchor, options: o, off: [] };
    self.active[name] = overlay;
    if (o.anchorClass && anchor) anchor.classList.add(o.anchorClass);
    var hideOn = o.hideOn || [];
    if (typeof hideOn === 'string') hideOn = [hideOn];
    hideOn.forEach(function (ev) {
      if (ev === 'doc-click') {
        var docClick = function (event) {
          if (box.contains(event.target) || (anchor && (event.target === anchor || anchor.contains(event.target)))) return;
          self.hide(name);
        };
        setTimeout(function () { if (self.active[name] === overlay) document.addEventListener('mousedown', docClick, true); }, 1);
        overlay.off.push(function () { document.removeEventListener('mousedown', docClick, true); });
      } else if (anchor) {
        var fn = function () { self.hide(name); };
        anchor.addEventListener(ev, fn);
        overlay.off.push(function () { anchor.removeEventListener(ev, fn); });
      }
    });
    var onMove = function (event) { if (event && event.target && box.contains(event.target)) return; self.resize(name); };
    window.addEventListener('scroll', onMove, true);
    window.addEventListener('resize', onMove);
    overlay.off.push(function () { window.removeEventListener('scroll', onMove, true); window.removeEventListener('resize', onMove); });
    box.style.display = 'block';
    box.style.opacity = 1;
    self.resize(name);
    setTimeout(function () { box.style.pointerEvents = 'auto'; box.setAttribute('data-ready', 'yes'); }, 100);
    w2tooltip.observe();
    return overlay;
  },
  resize: function (name) {
    var overlay = this.active[name];
    if (!overlay) return;
    var anchor = overlay.anchor;
    if (!anchor || !anchor.isConnected) { this.hide(name); return; }
    var o = overlay.options;
    var body = overlay.box.querySelector('.w2ui-overlay-body');
    var r = anchor.getBoundingClientRect();
    if (o.align === 'both') { body.style.minWidth = r.width + 'px'; body.style.maxWidth = Math.max(r.width, 200) + 'px'; }
    var bw = body.offsetWidth;
    var bh = body.offsetHeight;
    var a = o.arrowSize;
    var m = o.margin;
    var W = window.innerWidth;
    var H = window.innerHeight;
    function calc(p) {
      if (p === 'right') return { left: r.right + a + m, top: r.top + r.height / 2 - bh / 2, fits: r.right + a + m + bw <= W };
      if (p === 'left') return { left: r.left - a - m - bw, top: r.top + r.height / 2 - bh / 2, fits: r.left - a - m - bw >= 0 };
      if (p === 'top') return { left: o.align === 'both' ? r.left : r.left + r.width / 2 - bw / 2, top: r.top - a - m - bh, fits: r.top - a - m - bh >= 0 };
      return { left: o.align === 'both' ? r.left : r.left + r.width / 2 - bw / 2, top: r.bottom + a + m, fits: r.bottom + a + m + bh <= H };
    }
    var positions = o.position.split('|');
    var pos = positions[0];
    var res = calc(pos);
    for (var i = 0; i < positions.length; i++) {
      var c = calc(positions[i]);
      if (c.fits) { pos = positions[i]; res = c; break; }
    }
    var left = Math.max(o.screenMargin, Math.min(res.left, W - bw - o.screenMargin));
    var top = Math.max(o.screenMargin, res.top);
    overlay.box.style.left = left + 'px';
    overlay.box.style.top = top + 'px';
    body.classList.remove('w2ui-arrow-left', 'w2ui-arrow-right', 'w2ui-arrow-top', 'w2ui-arrow-bottom');
    var css = '';
    if (a > 0) {
      var arrow = { right: 'left', left: 'right', top: 'bottom', bottom: 'top' }[pos];
      body.classList.add('w2ui-arrow-' + arrow);
      if (pos === 'top' || pos === 'bottom') {
        var x = Math.max(10, Math.min(bw - 10, r.left + r.width / 2 - left));
        css = '#' + overlay.id + ' .w2ui-overlay-body:before { left: ' + x + 'px; }';
      }
    }
    overlay.box.querySelector('style').textContent = css;
  },
  hide: function (name) {
    var self = this;
    if (name == null) { Object.keys(self.active).forEach(function (n) { self.hide(n); }); return; }
    var overlay = self.active[name];
    if (!overlay) return;
    delete self.active[name];
    overlay.off.forEach(function (fn) { fn(); });
    if (overlay.options.anchorClass && overlay.anchor) overlay.anchor.classList.remove(overlay.options.anchorClass);
    if (overlay.box) overlay.box.remove();
    if (typeof overlay.onHide === 'function') overlay.onHide();
  },
  observe: function () {
    if (w2tooltip._observer) return;
    w2tooltip._observer = new MutationObserver(function () {
      Object.keys(w2tooltip.active).forEach(function (n) {
        var ov = w2tooltip.active[n];
        if (ov && (!ov.anchor || !ov.anchor.isConnected)) w2tooltip.hide(n);
      });
    });
    w2tooltip._observer.observe(document.body, { childList: true, subtree: true });
  }
};
window.w2tooltip = w2tooltip;

// ---------------------------------------------------------------- w2menu
var w2menu = {
  show: function (options) {
    var o = extend({ name: null, anchor: null, items: [], selected: null, search: '', match: 'begins', msgNoItems: 'No matches',
      'class': 'w2ui-white', position: 'bottom|top', align: 'both', altRows: true, arrowSize: 0, maxHeight: 260, onSelect: null, onHide: null }, options);
    var name = String(o.name).replace(/[\s\.#]/g, '_');
    w2menu.filter(o);
    o.html = w2menu.getMenuHTML(o);
    var overlay = w2tooltip.show(extend({}, o, { name: name, hideOn: ['doc-click'], style: 'overflow: auto; max-height: ' + o.maxHeight + 'px' }));
    overlay.menu = o;
    overlay.onHide = o.onHide;
    overlay.box.addEventListener('mousedown', function (event) { event.preventDefault(); });
    overlay.box.addEventListener('click', function (event) {
      var item = event.target.closest('.w2ui-menu-item');
      if (!item || item.classList.contains('w2ui-disabled')) return;
      w2menu.select(name, parseInt(item.getAttribute('data-index'), 10), event);
    });
    w2menu.scrollToSelected(name);
    return overlay;
  },
  filter: function (o) {
    var search = String(o.search || '').toLowerCase();
    var first = null;
    var selectedVisible = false;
    o.items.forEach(function (item, i) {
      var text = String(item.text).toLowerCase();
      var ok = true;
      if (search !== '') {
        if (o.match === 'begins') ok = text.indexOf(search) === 0;
        else if (o.match === 'is') ok = text === search;
        else if (o.match === 'ends') ok = text.slice(-search.length) === search;
        else ok = text.indexOf(search) !== -1;
      }
      item.hidden = !ok;
      if (ok && first === null) first = i;
      if (ok && o.selectedIndex === i) selectedVisible = true;
    });
    if (!selectedVisible) o.selectedIndex = first;
  },
  getMenuHTML: function (o) {
    var html = '<div class="w2ui-menu " style="" data-parent="">';
    var count = 0;
    o.items.forEach(function (item, f) {
      if (item.hidden === true) return;
      var classes = ['w2ui-menu-item'];
      if (o.altRows) classes.push(count % 2 === 0 ? 'w2ui-even' : 'w2ui-odd');
      if (o.selectedIndex === f) classes.push('w2ui-selected');
      html += '<div index="' + f + '" class="' + classes.join(' ') + '" style="" data-index="' + f + '" data-parents="">' +
        '<div style="width: 0px"></div><div class="menu-text" colspan="3">' + esc(item.text) + '</div><div class="menu-extra"></div></div>';
      count++;
    });
    if (count === 0) html += '<div class="w2ui-no-items">' + o.msgNoItems + '</div>';
    html += '</div>';
    return html;
  },
  update: function (name, search) {
    var overlay = w2tooltip.active[name];
    if (!overlay || !overlay.menu) return;
    overlay.menu.search = search;
    w2menu.filter(overlay.menu);
    overlay.box.querySelector('.w2ui-overlay-body').innerHTML = w2menu.getMenuHTML(overlay.menu);
    w2tooltip.resize(name);
  },
  move: function (name, delta) {
    var overlay = w2tooltip.active[name];
    if (!overlay || !overlay.menu) return;
    var o = overlay.menu;
    var visibleIdx = [];
    o.items.forEach(function (item, i) { if (!item.hidden) visibleIdx.push(i); });
    if (!visibleIdx.length) return;
    var pos = visibleIdx.indexOf(o.selectedIndex);
    pos = pos === -1 ? 0 : Math.max(0, Math.min(visibleIdx.length - 1, pos + delta));
    o.selectedIndex = visibleIdx[pos];
    $all('.w2ui-menu-item', overlay.box).forEach(function (el) {
      el.classList.toggle('w2ui-selected', parseInt(el.getAttribute('data-index'), 10) === o.selectedIndex);
    });
    w2menu.scrollToSelected(name);
  },
  scrollToSelected: function (name) {
    var overlay = w2tooltip.active[name];
    if (!overlay) return;
    var el = overlay.box.querySelector('.w2ui-menu-item.w2ui-selected');
    var view = overlay.box.querySelector('.w2ui-overlay-body');
    if (el && view && (el.offsetTop + el.offsetHeight > view.scrollTop + view.clientHeight || el.offsetTop < view.scrollTop)) {
      view.scrollTop = el.offsetTop - view.clientHeight / 2;
    }
  },
  select: function (name, index, event) {
    var overlay = w2tooltip.active[name];
    if (!overlay || !overlay.menu) return;
    var o = overlay.menu;
    var item = o.items[index];
    if (!item) return;
    w2tooltip.hide(name);
    if (typeof o.onSelect === 'function') o.onSelect({ detail: { item: item, index: index, originalEvent: event } });
  },
  hide: function (name) { w2tooltip.hide(name); },
  isOpen: function (name) { return !!w2tooltip.active[name]; }
};
window.w2menu = w2menu;

// ---------------------------------------------------------------- w2field (list, alphanumeric with prefix)
function W2Field(el, options) {
  this.el = el;
  this.type = options.type;
  this.options = extend({ items: [], selected: {}, placeholder: '', match: 'begins', msgNoItems: 'No matches', prefix: '' }, options);
  this.selected = this.options.selected || {};
  this.helpers = {};
  el._w2field = this;
  if (this.type === 'list') this.initList(); else this.initText();
}
W2Field.prototype.initList = function () {
  var self = this;
  var el = this.el;
  el.classList.add('w2ui-select');
  el.readOnly = true;
  el.setAttribute('autocomplete', 'off');
  if (this.options.placeholder) el.setAttribute('placeholder', this.options.placeholder);
  var tabIndex = el.getAttribute('tabindex') || '0';
  el.setAttribute('tabindex', '-1');
  el.insertAdjacentHTML('beforebegin', '<div class="w2ui-field-helper w2ui-list-search"><span class="w2ui-icon w2ui-icon-search"></span>' +
    '<input id="' + el.id + '_search" type="text" tabIndex="' + tabIndex + '" autocapitalize="off" autocomplete="off" autocorrect="off" spellcheck="false"/></div>');
  el.insertAdjacentHTML('afterend', '<div class="w2ui-field-helper w2ui-list-arrow"><div class="arrow-down"></div></div>');
  this.helpers.search = el.previousElementSibling;
  this.helpers.suffix = el.nextElementSibling;
  var search = this.search = this.helpers.search.querySelector('input');
  this.menuName = el.id + '_menu';
  el.addEventListener('mousedown', function (event) {
    event.preventDefault();
    if (document.activeElement !== search) search.focus();
    if (w2menu.isOpen(self.menuName)) w2menu.hide(self.menuName); else self.openMenu();
  });
  el.addEventListener('focus', function () { search.focus(); });
  search.addEventListener('focus', function () {
    el.classList.add('w2ui-focus');
    self.tmp_pholder = el.getAttribute('placeholder') || '';
  });
  search.addEventListener('blur', function () {
    el.classList.remove('w2ui-focus');
    search.value = '';
    self.helpers.search.classList.remove('w2ui-searching');
    w2menu.hide(self.menuName);
    self.refresh();
  });
  search.addEventListener('input', function () {
    if (search.value !== '') {
      el.value = '';
      el.setAttribute('placeholder', '');
      self.helpers.search.classList.add('w2ui-searching');
    } else {
      self.refresh();
      self.helpers.search.classList.remove('w2ui-searching');
    }
    if (w2menu.isOpen(self.menuName)) w2menu.update(self.menuName, search.value); else self.openMenu();
  });
  search.addEventListener('keydown', function (event) {
    var open = w2menu.isOpen(self.menuName);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) { self.openMenu(); return; }
      w2menu.move(self.menuName, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (open) {
        var ov = w2tooltip.active[self.menuName];
        if (ov && ov.menu && ov.menu.selectedIndex != null) w2menu.select(self.menuName, ov.menu.selectedIndex, event);
      } else {
        self.openMenu();
      }
    } else if (event.key === 'Escape') {
      if (open) { event.preventDefault(); event.stopPropagation(); w2menu.hide(self.menuName); }
    }
  });
  this.refresh();
  this.resize();
};
W2Field.prototype.openMenu = function () {
  var self = this;
  var items = this.options.items;
  var selIndex = null;
  items.forEach(function (item, i) { if (self.selected && item.id === self.selected.id) selIndex = i; });
  w2menu.show({
    name: this.menuName, anchor: this.el, items: items, search: this.search.value, match: this.options.match,
    msgNoItems: this.options.msgNoItems, selectedIndex: selIndex,
    onSelect: function (event) { self.select(event.detail.item); }
  });
};
W2Field.prototype.select = function (item) {
  this.selected = { id: item.id, text: item.text };
  this.search.value = '';
  this.helpers.search.classList.remove('w2ui-searching');
  this.refresh();
  this.el.dispatchEvent(new Event('input', { bubbles: true }));
  this.el.dispatchEvent(new Event('change', { bubbles: true }));
};
W2Field.prototype.refresh = function () {
  if (this.type !== 'list') return;
  this.el.value = this.selected && this.selected.text != null ? this.selected.text : '';
  this.el.setAttribute('placeholder', this.options.placeholder || '');
};
W2Field.prototype.initText = function () {
  var el = this.el;
  if (this.type === 'alphanumeric') {
    el.addEventListener('keypress', function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || !event.key || event.key.length !== 1) return;
      if (!/[a-zA-Z0-9_\-]/.test(event.key)) event.preventDefault();
    });
  }
  if (this.options.prefix) {
    el.insertAdjacentHTML('beforebegin', '<div class="w2ui-field-helper w2ui-prefix">' + this.options.prefix + '</div>');
    this.helpers.prefix = el.previousElementSibling;
  }
  this.resize();
};
W2Field.prototype.resize = function () {
  var el = this.el;
  var styles = getComputedStyle(el);
  if (this.type === 'list' && this.helpers.search) {
    this.helpers.search.style.width = el.offsetWidth + 'px';
    this.search.style.width = (el.offsetWidth - 20) + 'px';
  }
  if (this.helpers.prefix) {
    var p = this.helpers.prefix;
    p.style.height = el.offsetHeight + 'px';
    p.style.lineHeight = el.offsetHeight + 'px';
    p.style.fontFamily = styles.fontFamily;
    p.style.fontSize = styles.fontSize;
    if (p.offsetWidth > 0) el.style.setProperty('padding-left', (p.offsetWidth + 1) + 'px', 'important');
  }
};

// ---------------------------------------------------------------- w2form
function W2Form(options) {
  extend(this, { name: '', header: '', box: null, fields: [], record: {}, actions: {}, focus: 0, style: '',
    last: { errors: [] }, onChange: null, onValidate: null, onRender: null }, options);
  this.fields.forEach(function (f) { if (!f.options) f.options = {}; if (!f.html) f.html = {}; });
  w2ui[this.name] = this;
}
W2Form.prototype.get = function (name) { return this.fields.filter(function (f) { return f.field === name; })[0]; };
W2Form.prototype.generateHTML = function () {
  var self = this;
  var html = '';
  var group = '';
  this.fields.forEach(function (field, f) {
    var h = extend({ label: '', span: 6, attr: '', text: '', style: '' }, field.html);
    field.html = h;
    var tabindexStr = ' tabindex="' + (f + 1) + '"';
    var input = '<input id="' + field.field + '" name="' + field.field + '" class="w2ui-input ' + (h['class'] || '') + '" type="text" ' + h.attr + tabindexStr + '>';
    switch (field.type) {
      case 'pass':
      case 'password':
        input = input.replace('type="text"', 'type="password"');
        break;
      case 'radio':
        input = '';
        (field.options.items || []).forEach(function (item, i) {
          input += '<label class="w2ui-box-label"><input id="' + field.field + i + '" name="' + field.field + '" class="w2ui-input ' + (h['class'] || '') + '" type="radio" ' +
            h.attr + (i === 0 ? tabindexStr : '') + ' data-value="' + item.id + '" data-index="' + i + '"><span>&#160;' + item.text + '</span></label><br>';
        });
        break;
      case 'html':
      case 'custom':
      case 'empty':
        input = '<div id="' + field.field + '" name="' + field.field + '" ' + h.attr + tabindexStr + ' class="w2ui-input ' + (h['class'] || '') + '">' + (h.html || '') + '</div>';
        break;
    }
    if (group !== '' && h.group !== group) { html += '\n   </div>\n  </div>'; group = ''; }
    if (h.group && group !== h.group) {
      html += '\n <div class="w2ui-group">\n   <div class="w2ui-group-title w2ui-eaction" style="' + (h.groupTitleStyle || '') + '; ">' + h.group + '</div>\n' +
        '   <div class="w2ui-group-fields" style="' + (h.groupStyle || '') + '">';
      group = h.group;
    }
    var span = h.span != null ? 'w2ui-span' + h.span : '';
    if (h.span === -1) span = 'w2ui-span-none';
    var label = h.label ? '<label>' + h.label + '</label>' : '';
    html += '\n      <div class="w2ui-field ' + span + '" style="' + (field.hidden ? 'display: none;' : '') + h.style + '">' + '\n         ' + label +
      (field.type === 'empty' ? input : '\n         <div>' + input + h.text + '</div>') + '\n      </div>';
  });
  if (group !== '') html += '\n   </div>\n  </div>';
  var buttons = '';
  var keys = Object.keys(this.actions);
  if (keys.length > 0) {
    buttons += '\n<div class="w2ui-buttons">';
    var tabindex = this.fields.length + 1;
    keys.forEach(function (a) {
      var act = self.actions[a];
      var info = { text: a, style: '', 'class': '' };
      if (act && typeof act === 'object') {
        if (act.text) info.text = act.text;
        if (act.style) info.style = act.style;
        if (act['class']) info['class'] = act['class'];
      } else if (['save', 'update', 'create'].indexOf(a.toLowerCase()) !== -1) {
        info['class'] = 'w2ui-btn-blue';
      }
      buttons += '\n    <button name="' + a + '" class="w2ui-btn ' + info['class'] + '" style="' + info.style + '" tabindex="' + tabindex + '">' + info.text + '</button>';
      tabindex++;
    });
    buttons += '\n</div>';
  }
  return '<div class="w2ui-page page-0" style=""><div class="w2ui-column-container"><div class="w2ui-column col-0">' + html + '\n</div>\n</div>\n</div>' + buttons;
};
W2Form.prototype.render = function (box) {
  var self = this;
  if (typeof box === 'string') box = $1(box);
  this.box = box;
  var formHTML = this.generateHTML();
  box.setAttribute('name', this.name);
  box.classList.add('w2ui-reset', 'w2ui-form');
  box.innerHTML = '<div class="w2ui-form-box">' + (this.header !== '' ? '<div class="w2ui-form-header">' + this.header + '</div>' : '') +
    '    <div id="form_' + this.name + '_toolbar" class="w2ui-form-toolbar" style="display: none"></div>' +
    '    <div id="form_' + this.name + '_tabs" class="w2ui-form-tabs" style="display: none"></div>' + formHTML + '</div>';
  if (this.style) box.style.cssText += this.style;
  this.refresh();
  if (typeof this.onRender === 'function') this.onRender({ detail: { box: box } });
  if (this.focus !== -1) this.setFocus();
};
W2Form.prototype.refresh = function () {
  var self = this;
  this.fields.forEach(function (field) {
    var els = $all('[name="' + field.field + '"]', self.box);
    field.$el = els;
    field.el = els[0];
    if (!field.el) return;
    var wrap = field.el.closest('.w2ui-field');
    if (field.required) wrap.classList.add('w2ui-required'); else wrap.classList.remove('w2ui-required');
    if (['html', 'custom', 'empty'].indexOf(field.type) !== -1) return;
    els.forEach(function (el) {
      el.addEventListener('input', function () { self.rememberValue(field); });
      el.addEventListener('change', function (event) {
        var previous = self.record[field.field];
        self.rememberValue(field);
        if (typeof self.onChange === 'function') {
          self.onChange({ target: field.field, detail: { field: field.field, value: { current: self.record[field.field], previous: previous }, originalEvent: event } });
        }
      });
    });
    if (field.type === 'list') field.w2field = new W2Field(field.el, extend({ type: 'list' }, field.options));
    if (field.type === 'alphanumeric') field.w2field = new W2Field(field.el, extend({ type: 'alphanumeric' }, field.options));
    var value = self.record[field.field];
    if (value != null) self.setFieldValue(field, value);
  });
  $all('button, input[type=button]', this.box).forEach(function (btn) {
    btn.addEventListener('click', function (event) {
      var action = btn.value;
      if (btn.id) action = btn.id;
      if (btn.name) action = btn.name;
      self.action(action, event);
    });
  });
};
W2Form.prototype.rememberValue = function (field) {
  if (field.type === 'radio') {
    var checked = field.$el.filter(function (el) { return el.checked; })[0];
    this.record[field.field] = checked ? checked.getAttribute('data-value') : null;
  } else if (field.type === 'list') {
    this.record[field.field] = field.w2field ? extend({}, field.w2field.selected) : null;
  } else {
    this.record[field.field] = field.el.value;
  }
};
W2Form.prototype.setFieldValue = function (field, value) {
  if (field.type === 'radio') {
    field.$el.forEach(function (el) { el.checked = el.getAttribute('data-value') === String(value); });
  } else if (field.type === 'list') {
    if (field.w2field) { field.w2field.selected = value || {}; field.w2field.refresh(); }
  } else if (field.el) {
    field.el.value = value == null ? '' : value;
  }
};
W2Form.prototype.setValue = function (name, value) {
  var field = this.get(name);
  this.record[name] = value;
  if (field) this.setFieldValue(field, value);
};
W2Form.prototype.show = function () {
  var self = this;
  Array.prototype.slice.call(arguments).forEach(function (name) {
    var field = self.get(name);
    if (!field) return;
    field.hidden = false;
    if (field.el) field.el.closest('.w2ui-field').style.display = '';
    if (field.w2field) field.w2field.resize();
  });
};
W2Form.prototype.hide = function () {
  var self = this;
  Array.prototype.slice.call(arguments).forEach(function (name) {
    var field = self.get(name);
    if (!field) return;
    field.hidden = true;
    w2tooltip.hide(self.name + '-' + name + '-error');
    if (field.el) field.el.closest('.w2ui-field').style.display = 'none';
  });
};
W2Form.prototype.action = function (action, event) {
  var act = this.actions[action];
  var click = act && typeof act === 'object' && act.onClick ? act.onClick : act;
  if (typeof click === 'function') click.call(this, event);
};
W2Form.prototype.validate = function (showErrors) {
  var self = this;
  var errors = [];
  this.hideErrors();
  this.fields.forEach(function (field) {
    if (field.hidden === true || ['html', 'custom', 'empty'].indexOf(field.type) !== -1) return;
    var val = self.record[field.field];
    if (field.type === 'alphanumeric' && val && !/^[a-zA-Z0-9_\-]+$/.test(val)) errors.push({ field: field, error: 'Not alpha-numeric' });
    if (field.required && (val == null || val === '' || (typeof val === 'object' && (val.id == null || val.id === '')))) {
      errors.push({ field: field, error: 'Required field' });
    }
  });
  if (typeof this.onValidate === 'function') this.onValidate.call(this, { detail: { errors: errors } });
  this.last.errors = errors;
  if (showErrors) this.showErrors();
  return errors;
};
W2Form.prototype.showErrors = function () {
  var self = this;
  var errors = this.last.errors;
  if (errors.length <= 0) return;
  var firstField = errors[0].field.el && errors[0].field.el.closest('.w2ui-field');
  if (firstField && firstField.scrollIntoView) firstField.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  var shown = {};
  errors.forEach(function (error) {
    if (error.field == null || shown[error.field.field]) return;
    shown[error.field.field] = true;
    var anchor = error.field.el;
    if (error.field.type === 'radio') anchor = error.field.el.closest('div');
    w2tooltip.show({ anchor: anchor, name: self.name + '-' + error.field.field + '-error', html: error.error,
      anchorClass: 'w2ui-error', 'class': 'w2ui-light', position: 'right|left', hideOn: ['input'] });
  });
};
W2Form.prototype.hideErrors = function () {
  var self = this;
  this.fields.forEach(function (field) { w2tooltip.hide(self.name + '-' + field.field + '-error'); });
};
W2Form.prototype.lock = function (msg, spinner) { w2utils.lock(this.box, msg, spinner); };
W2Form.prototype.unlock = function (speed) { w2utils.unlock(this.box, speed); };
W2Form.prototype.setFocus = function (focus) {
  if (focus == null) focus = this.focus;
  var inputs = $all('div:not(.w2ui-field-helper) > input, select, textarea, div > label:nth-child(1) > [type=radio]', this.box)
    .filter(function (el) { return visible(el); });
  var el = typeof focus === 'string' ? $1('[name="' + focus + '"]', this.box) : inputs[focus];
  if (el) el.focus();
};
W2Form.prototype.destroy = function () {
  this.hideErrors();
  delete w2ui[this.name];
};

// ---------------------------------------------------------------- w2layout
function W2Layout(options) {
  extend(this, { name: 'layout', panels: [], box: null }, options);
  w2ui[this.name] = this;
}
W2Layout.prototype.get = function (type) { return this.panels.filter(function (p) { return p.type === type; })[0]; };
W2Layout.prototype.panelEl = function (type) { return document.getElementById('layout_' + this.name + '_panel_' + type); };
W2Layout.prototype.el = function (type) { var p = this.panelEl(type); return p ? p.querySelector(':scope > .w2ui-panel-content') : null; };
W2Layout.prototype.render = function (box) {
  var self = this;
  this.box = box;
  box.setAttribute('name', this.name);
  box.classList.add('w2ui-reset', 'w2ui-layout');
  var html = '<div>';
  ['top', 'left', 'main', 'preview', 'right', 'bottom'].forEach(function (type) {
    html += '<div id="layout_' + self.name + '_panel_' + type + '" class="w2ui-panel"><div class="w2ui-panel-title"></div><div class="w2ui-panel-tabs"></div>' +
      '<div class="w2ui-panel-toolbar"></div><div class="w2ui-panel-content"></div></div><div id="layout_' + self.name + '_resizer_' + type + '" class="w2ui-resizer"></div>';
  });
  html += '</div>';
  box.innerHTML = html;
  this.panels.forEach(function (p) {
    var el = self.panelEl(p.type);
    if (p.style) el.style.cssText += p.style;
    if (p.title) self.setTitle(p.type, p.title);
    if (p.html) self.html(p.type, p.html);
  });
  this.resize();
  window.addEventListener('resize', function () { self.resize(); });
};
W2Layout.prototype.html = function (type, data) {
  var content = this.el(type);
  if (!content) return;
  w2tooltip.hide();
  if (data && typeof data.render === 'function') { content.innerHTML = ''; data.render(content); } else { content.innerHTML = data || ''; }
};
W2Layout.prototype.setTitle = function (type, title) {
  var panel = this.panelEl(type);
  var t = panel.querySelector(':scope > .w2ui-panel-title');
  t.innerHTML = title || '';
  t.style.display = title ? 'block' : 'none';
  this.el(type).style.top = title ? '34px' : '0px';
};
W2Layout.prototype.resize = function () {
  var W = this.box.clientWidth;
  var H = this.box.clientHeight;
  var top = this.get('top');
  var left = this.get('left');
  var ts = top && !top.hidden ? top.size : 0;
  var ls = left && !left.hidden ? left.size : 0;
  var self = this;
  function place(type, l, t, w, h) {
    var el = self.panelEl(type);
    if (!el) return;
    if (w == null) { el.style.display = 'none'; return; }
    el.style.cssText += '; display: block; left: ' + l + 'px; top: ' + t + 'px; width: ' + w + 'px; height: ' + h + 'px;';
  }
  place('top', 0, 0, top ? W : null, ts);
  place('left', 0, ts, left ? ls : null, H - ts);
  place('main', ls, ts, W - ls, H - ts);
  if (left) {
    var rz = document.getElementById('layout_' + this.name + '_resizer_left');
    rz.style.cssText = 'display: block; left: ' + (ls - 1) + 'px; top: ' + ts + 'px; width: 1px; height: ' + (H - ts) + 'px; background-color: #e1e1e1; cursor: ew-resize;';
  }
};

// ---------------------------------------------------------------- w2toolbar
function W2Toolbar(options) {
  extend(this, { name: 'toolbar', items: [], right: '', box: null, style: '', onClick: null }, options);
  w2ui[this.name] = this;
}
W2Toolbar.prototype.get = function (id) { return this.items.filter(function (it) { return it.id === id; })[0]; };
W2Toolbar.prototype.getItemHTML = function (item) {
  var icon = '';
  var text = item.text || '';
  if (item.icon) icon = '<div class="w2ui-tb-icon"><span class="' + item.icon + '"></span></div>';
  var classes = ['w2ui-tb-button'];
  if (item.checked) classes.push('checked');
  if (item.disabled) classes.push('disabled');
  if (item.hidden) classes.push('hidden');
  if (!icon) classes.push('no-icon');
  var id = 'tb_' + this.name + '_item_' + item.id;
  switch (item.type) {
    case 'break': return '<div id="' + id + '" class="w2ui-tb-break">&#160;</div>';
    case 'spacer': return '<div id="' + id + '" class="w2ui-tb-spacer"></div>';
    case 'html': return '<div id="' + id + '" class="w2ui-tb-html ' + (item.hidden ? 'hidden' : '') + '">' + (item.html || '') + '</div>';
    default:
      return '<div id="' + id + '" style="' + (item.hidden ? 'display: none' : '') + '" class="' + classes.join(' ') + ' ' + (item['class'] || '') + '"' +
        (item.disabled ? '' : ' data-click=\'["click","' + item.id + '"]\' data-mouseenter=\'["mouseAction", "event", "this", "Enter", "' + item.id + '"]\'' +
        ' data-mouseleave=\'["mouseAction", "event", "this", "Leave", "' + item.id + '"]\'') + '>' + icon +
        (text !== '' ? '<div class="w2ui-tb-text" style="' + (item.style || '') + '; ">' + text + '</div>' : '') + '</div>';
  }
};
W2Toolbar.prototype.render = function (box) {
  var self = this;
  this.box = box;
  box.setAttribute('name', this.name);
  box.classList.add('w2ui-reset', 'w2ui-toolbar');
  box.innerHTML = '<div class="w2ui-tb-line"><div class="w2ui-scroll-wrapper w2ui-eaction" data-mousedown="resize"><div class="w2ui-tb-right">' + this.right + '</div></div>' +
    '<div class="w2ui-scroll-left w2ui-eaction" data-click=\'["scroll", "left", "1"]\'></div><div class="w2ui-scroll-right w2ui-eaction" data-click=\'["scroll", "right", "1"]\'></div></div>';
  if (this.style) box.style.cssText += this.style;
  var right = box.querySelector('.w2ui-tb-right');
  this.items.forEach(function (item, i) {
    if (item.id == null) item.id = 'item_' + i;
    right.insertAdjacentHTML('beforebegin', self.getItemHTML(item));
  });
  function btnOf(event) { var b = event.target.closest('.w2ui-tb-button'); return b && box.contains(b) && !b.classList.contains('disabled') ? b : null; }
  box.addEventListener('click', function (event) {
    var b = btnOf(event);
    if (b) self.click(b.id.replace('tb_' + self.name + '_item_', ''), event);
  });
  box.addEventListener('mouseover', function (event) { var b = btnOf(event); if (b) b.classList.add('over'); });
  box.addEventListener('mouseout', function (event) { var b = btnOf(event); if (b && !b.contains(event.relatedTarget)) b.classList.remove('over', 'down'); });
  box.addEventListener('mousedown', function (event) { var b = btnOf(event); if (b) b.classList.add('down'); });
  box.addEventListener('mouseup', function (event) { var b = btnOf(event); if (b) b.classList.remove('down'); });
};
W2Toolbar.prototype.set = function (id, props) {
  var item = this.get(id);
  if (!item) return;
  extend(item, props);
  var el = document.getElementById('tb_' + this.name + '_item_' + id);
  if (el) el.outerHTML = this.getItemHTML(item);
};
W2Toolbar.prototype.click = function (id, event) {
  var item = this.get(id);
  if (!item) return;
  if (typeof this.onClick === 'function') this.onClick({ target: id, detail: { item: item, originalEvent: event } });
};

// ---------------------------------------------------------------- w2sidebar
function W2Sidebar(options) {
  extend(this, { name: 'sidebar', nodes: [], box: null, selected: null, levelPadding: 10, onClick: null }, options);
  (function link(parent, nodes) {
    nodes.forEach(function (nd) {
      nd.parent = parent;
      if (!nd.nodes) nd.nodes = [];
      link(nd, nd.nodes);
    });
  })(this, this.nodes);
  w2ui[this.name] = this;
  this.parent = null;
}
W2Sidebar.prototype.get = function (id, nodes) {
  nodes = nodes || this.nodes;
  for (var i = 0; i < nodes.length; i++) {
    if (nodes[i].id === id) return nodes[i];
    var found = this.get(id, nodes[i].nodes);
    if (found) return found;
  }
  return null;
};
W2Sidebar.prototype.render = function (box) {
  var self = this;
  this.box = box;
  box.setAttribute('name', this.name);
  box.classList.add('w2ui-reset', 'w2ui-sidebar');
  box.innerHTML = '<div>\n  <div class="w2ui-sidebar-top"></div>\n  <input id="sidebar_' + this.name + '_focus" style="position: absolute; top: 0; right: 0; width: 1px; z-index: -1; opacity: 0"/>\n' +
    '  <div class="w2ui-sidebar-body"></div>\n  <div class="w2ui-sidebar-bottom"></div>\n</div>';
  var inner = box.querySelector(':scope > div');
  inner.style.width = box.clientWidth + 'px';
  inner.style.height = box.clientHeight + 'px';
  window.addEventListener('resize', function () { inner.style.width = box.clientWidth + 'px'; inner.style.height = box.clientHeight + 'px'; });
  box.addEventListener('click', function (event) {
    var group = event.target.closest('.w2ui-node-group');
    if (group && box.contains(group)) { self.toggle(group.id.replace(/^node_/, '')); return; }
    var node = event.target.closest('.w2ui-node');
    if (node && box.contains(node)) self.click(node.id.replace(/^node_/, ''), event);
  });
  box.addEventListener('mousedown', function (event) {
    setTimeout(function () {
      if (['INPUT', 'TEXTAREA', 'SELECT'].indexOf(event.target.tagName) === -1) {
        var focus = document.getElementById('sidebar_' + self.name + '_focus');
        if (focus && document.activeElement !== focus) focus.focus();
      }
    }, 1);
  });
  this.refresh();
};
W2Sidebar.prototype.getNodeHTML = function (nd) {
  var level = 0;
  var tmp = nd.parent;
  while (tmp && tmp.parent != null) { tmp = tmp.parent; level++; }
  if (nd.nodes.length > 0) nd.collapsible = true;
  var sub = '<div class="w2ui-node-sub" id="node_' + nd.id + '_sub" style="' + (nd.style || '') + '; ' + (!nd.hidden && nd.expanded ? '' : 'display: none;') + '">';
  var i;
  if (nd.group) {
    var inner = '';
    for (i = 0; i < nd.nodes.length; i++) inner += this.getNodeHTML(nd.nodes[i]);
    return '<div id="node_' + nd.id + '" data-level="' + level + '" style="' + (nd.hidden ? 'display: none' : '') + '" class="w2ui-node-group w2ui-level-' + level + ' ' +
      (nd['class'] || '') + ' w2ui-eaction" data-click="toggle|' + nd.id + '" data-contextmenu="contextMenu|' + nd.id + '|event"' +
      ' data-mouseenter="showPlus|this|inherit" data-mouseleave="showPlus|this|transparent"><span></span> <span class="w2ui-group-text">' + nd.text + '</span></div>' +
      sub + inner + '</div>';
  }
  var classes = ['w2ui-node', 'w2ui-level-' + level, 'w2ui-eaction'];
  if (nd.selected) classes.push('w2ui-selected');
  if (nd.disabled) classes.push('w2ui-disabled');
  var expand = '';
  if (nd.collapsible) {
    expand = '<div class="w2ui-' + (nd.expanded ? 'expanded' : 'collapsed') + ' "><span></span></div>';
    classes.push('w2ui-has-children');
  }
  var image = nd.icon ? '<div class="w2ui-node-image"><span class="' + nd.icon + '"></span></div>' : '';
  var children = '';
  for (i = 0; i < nd.nodes.length; i++) children += this.getNodeHTML(nd.nodes[i]);
  return '<div id="node_' + nd.id + '" class="' + classes.join(' ') + '" data-level="' + level + '" style="position: relative; ' + (nd.hidden ? 'display: none;' : '') + '"' +
    ' data-click="click|' + nd.id + '|event" data-dblclick="dblClick|' + nd.id + '|event" data-contextmenu="contextMenu|' + nd.id + '|event"' +
    ' data-mouseEnter="mouseAction|Enter|this|' + nd.id + '|event" data-mouseLeave="mouseAction|Leave|this|' + nd.id + '|event">' +
    '<div class="w2ui-node-data" style="margin-left: ' + (level * this.levelPadding) + 'px">' + expand + ' ' + image +
    '<div class="w2ui-node-text ' + (!image ? 'no-icon' : '') + '" style="' + (nd.style || '') + '">' + nd.text + '</div></div></div>' + sub + children + '</div>';
};
W2Sidebar.prototype.refresh = function (id) {
  if (!this.box) return;
  if (id == null) {
    var html = '';
    for (var i = 0; i < this.nodes.length; i++) html += this.getNodeHTML(this.nodes[i]);
    this.box.querySelector('.w2ui-sidebar-body').innerHTML = html;
    return;
  }
  var nd = this.get(id);
  var el = document.getElementById('node_' + id);
  var sub = document.getElementById('node_' + id + '_sub');
  if (!nd || !el) return;
  var holder = document.createElement('div');
  el.parentNode.insertBefore(holder, el);
  el.remove();
  if (sub) sub.remove();
  holder.insertAdjacentHTML('beforebegin', this.getNodeHTML(nd));
  holder.remove();
};
W2Sidebar.prototype.expand = function (id) { var nd = this.get(id); if (!nd || nd.expanded) return; nd.expanded = true; this.refresh(id); };
W2Sidebar.prototype.collapse = function (id) { var nd = this.get(id); if (!nd || !nd.expanded) return; nd.expanded = false; this.refresh(id); };
W2Sidebar.prototype.toggle = function (id) {
  var nd = this.get(id);
  if (!nd || nd.nodes.length === 0) return;
  if (nd.expanded) this.collapse(id); else this.expand(id);
};
W2Sidebar.prototype.expandParents = function (id) {
  var nd = this.get(id);
  var chain = [];
  var p = nd ? nd.parent : null;
  while (p && p !== this) { chain.unshift(p); p = p.parent; }
  var self = this;
  chain.forEach(function (n) { if (!n.expanded) { n.expanded = true; self.refresh(n.id); } });
};
W2Sidebar.prototype.unselectAll = function () {
  var self = this;
  $all('.w2ui-node.w2ui-selected', this.box).forEach(function (el) {
    var n = self.get(el.id.replace(/^node_/, ''));
    if (n) n.selected = false;
    el.classList.remove('w2ui-selected');
  });
};
W2Sidebar.prototype.select = function (id) {
  var nd = this.get(id);
  if (!nd) return;
  this.unselectAll();
  nd.selected = true;
  this.selected = id;
  var el = document.getElementById('node_' + id);
  if (el) el.classList.add('w2ui-selected');
};
W2Sidebar.prototype.click = function (id, event) {
  var self = this;
  var nd = this.get(id);
  if (!nd || nd.disabled || nd.group) return;
  this.select(id);
  setTimeout(function () {
    if (typeof self.onClick === 'function') self.onClick({ target: id, detail: { node: nd, originalEvent: event } });
  }, 1);
};

// ================================================================= the app
var app = { page: document.body.getAttribute('data-page'), routeToken: 0 };

function request(url, data) {
  return fetch(url, {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    body: JSON.stringify(data || {})
  }).then(function (resp) {
    return resp.text().then(function (text) {
      var json = null;
      try { json = JSON.parse(text); } catch (e) { json = null; }
      if (resp.status === 401 || (json && json.status === 'expired')) {
        sessionExpired(json && json.message);
        throw { expired: true };
      }
      if (!json) throw { message: 'Returned data is not in valid JSON format.' };
      return json;
    });
  });
}
function failed(box) {
  return function (err) {
    if (box) w2utils.unlock(box);
    if (err && err.expired) return;
    w2alert('Server request failed. Please try again.', 'Error');
  };
}
function sessionExpired(message) {
  if (app.expiredShown) return;
  app.expiredShown = true;
  $all('.w2ui-lock, .w2ui-lock-msg').forEach(function (el) { if (el.parentNode !== document.body) el.remove(); });
  w2tooltip.hide();
  if (document.getElementById('w2ui-popup')) w2popup._cleanUp(true);
  var gone = false;
  function go() { if (gone) return; gone = true; location.href = '/?session=expired'; }
  w2alert(esc(message || 'Your session has expired. Please login again.'), 'Session Expired', go);
  setTimeout(go, 5000);
}
function logoHTML() {
  return '<div class="app-logo"><div class="app-logo-img"></div><div><div class="app-logo-title">e-Invoice System</div>' +
    '<div class="app-logo-sub">Goods and Services Tax Network</div></div></div>';
}

// ------------------------------------------------ home page and login
function buildHome() {
  var expired = /(^|[?&])session=expired(&|$)/.test(location.search);
  var layout = new W2Layout({ name: 'layout', panels: [{ type: 'top', size: 60 }, { type: 'main', style: 'background-color: #f3f5f8;' }] });
  layout.render(document.getElementById('layout'));
  var toolbar = new W2Toolbar({
    name: 'toolbar',
    items: [
      { type: 'html', id: 'logo', html: logoHTML() },
      { type: 'spacer', id: 'spacer' },
      { type: 'button', id: 'home', text: 'Home' },
      { type: 'button', id: 'help', text: 'Help', icon: 'w2ui-icon-info' },
      { type: 'break', id: 'break1' },
      { type: 'button', id: 'login', text: 'Login' }
    ],
    onClick: function (event) {
      if (event.target === 'login') showLogin();
      if (event.target === 'home') showWelcome();
      if (event.target === 'help') {
        w2alert('For help on e-Invoice registration and API access, contact the GSTN helpdesk at 1800-103-4786.', 'Help');
      }
    }
  });
  layout.html('top', toolbar);
  showWelcome();
  if (expired) {
    if (history.replaceState) history.replaceState(null, '', '/');
    showLogin('Your session has expired. Please login again.');
    w2utils.notify('Your session has expired. Please login again.', { error: true });
  }
}
function showWelcome() {
  ['loginForm', 'otpForm'].forEach(function (n) { if (w2ui[n]) w2ui[n].destroy(); });
  w2ui.layout.html('main', '<div class="home-wrap"><div class="home-info"><h2>Welcome to e-Invoice System</h2>' +
    '<p>The e-Invoice System lets taxpayers report their B2B invoices to the Invoice Registration Portal and obtain the Invoice Reference Number (IRN) ' +
    'and the signed QR code, directly on this site or through API access given to their GST Suvidha Provider (GSP) or ERP.</p>' +
    '<div class="home-news"><b>Latest updates</b><br>Two-factor authentication (OTP) is mandatory for all users from 1st April 2025. ' +
    'Keep your registered mobile number handy before you login.</div></div><div class="home-login" id="home-login"></div></div>');
}
function showLogin(message) {
  var holder = document.getElementById('home-login');
  if (!holder) { showWelcome(); holder = document.getElementById('home-login'); }
  ['loginForm', 'otpForm'].forEach(function (n) { if (w2ui[n]) w2ui[n].destroy(); });
  holder.innerHTML = '<div id="login-box"></div>';
  var fields = [];
  if (message) fields.push({ field: 'loginMessage', type: 'html', html: { span: -1, html: '<div class="login-msg">' + esc(message) + '</div>' } });
  fields.push(
    { field: 'userName', type: 'text', required: true, html: { label: 'Username', attr: 'maxlength="15" autocomplete="off" style="width: 240px"' } },
    { field: 'password', type: 'password', required: true, html: { label: 'Password', attr: 'maxlength="20" autocomplete="off" style="width: 240px"' } },
    { field: 'captchaImage', type: 'html', html: { label: 'Captcha', html: '<div class="captcha-box"><img id="captcha_image" alt="captcha" src="">' +
      '<button type="button" class="w2ui-btn" name="refreshCaptcha" title="Refresh Captcha"><span class="w2ui-icon w2ui-icon-reload"></span></button></div>' } },
    { field: 'captcha', type: 'text', required: true, html: { label: 'Enter Captcha', attr: 'maxlength="6" autocomplete="off" style="width: 130px"' } }
  );
  var form = new W2Form({
    name: 'loginForm', header: 'Login', fields: fields,
    actions: {
      login: { text: 'Login', 'class': 'w2ui-btn-blue', onClick: function () { doLogin(this); } }
    }
  });
  form.render(document.getElementById('login-box'));
  var refresh = form.box.querySelector('button[name=refreshCaptcha]');
  refresh.addEventListener('click', function () { loadCaptcha(); form.setValue('captcha', ''); });
  loadCaptcha();
}
function loadCaptcha() {
  request('/Home/GetCaptcha', { action: 'get' }).then(function (data) {
    var img = document.getElementById('captcha_image');
    if (img && data.image) img.src = data.image;
  }).catch(failed(null));
}
function doLogin(form) {
  var errors = form.validate(true);
  if (errors.length !== 0) return;
  var rec = form.record;
  form.lock('Signing in...', true);
  request('/Home/Login', { action: 'save', name: form.name, record: { userName: rec.userName, password: rec.password, captcha: rec.captcha } })
    .then(function (data) {
      form.unlock();
      if (data.status === 'success') { showLoginOtp(data); return; }
      w2alert(esc(data.message), 'Error');
      loadCaptcha();
      form.setValue('captcha', '');
    }).catch(failed(form.box));
}
function showLoginOtp(data) {
  if (w2ui.loginForm) w2ui.loginForm.destroy();
  var holder = document.getElementById('home-login');
  holder.innerHTML = '<div id="otp-box"></div>';
  var form = new W2Form({
    name: 'otpForm', header: 'Two Factor Authentication',
    fields: [
      { field: 'otpInfo', type: 'html', html: { span: -1, html: '<div class="info-text">An OTP has been sent to your registered mobile number <b>' + esc(data.mobile) +
        '</b>. You may also use the OTP shown in the Sandes or NIC-GST-Shield app.</div>' } },
      { field: 'otp', type: 'text', required: true, html: { label: 'Enter OTP', attr: 'maxlength="6" autocomplete="off" style="width: 150px"' } }
    ],
    actions: {
      verify: { text: 'Verify OTP', 'class': 'w2ui-btn-blue', onClick: function () { doVerifyLoginOtp(this); } },
      resend: { text: 'Resend OTP', onClick: function () {
        var f = this;
        f.lock('Sending OTP...', true);
        request('/Home/ResendOtp', { action: 'resend' }).then(function (d) {
          f.unlock();
          if (d.status === 'success') w2utils.notify(esc(d.message), { timeout: 8000 }); else w2alert(esc(d.message), 'Error');
        }).catch(failed(f.box));
      } }
    },
    onValidate: function (event) {
      var v = this.record.otp;
      if (v && !/^\d{6}$/.test(v)) event.detail.errors.push({ field: this.get('otp'), error: 'OTP should be 6 digits' });
    }
  });
  form.render(document.getElementById('otp-box'));
  w2utils.notify(esc(data.message || 'OTP sent to your registered mobile number.'), { timeout: 8000 });
}
function doVerifyLoginOtp(form) {
  var errors = form.validate(true);
  if (errors.length !== 0) return;
  form.lock('Verifying OTP...', true);
  request('/Home/VerifyOtp', { action: 'save', name: form.name, record: { otp: form.record.otp } }).then(function (data) {
    if (data.status === 'success') { location.href = data.url || '/Home/MainMenu'; return; }
    form.unlock();
    w2alert(esc(data.message), 'Error', function () { form.setValue('otp', ''); form.setFocus('otp'); });
  }).catch(failed(form.box));
}

// ------------------------------------------------ the signed-in app
var MENU = [
  { id: 'mainmenu', text: 'Main Menu', group: true, expanded: true, nodes: [
    { id: 'dashboard', text: 'Dashboard' },
    { id: 'einvoice', text: 'e-Invoice', nodes: [
      { id: 'einv-generate', text: 'Generate' }, { id: 'einv-cancel', text: 'Cancel' },
      { id: 'einv-print', text: 'Print IRN' }, { id: 'einv-bulk', text: 'Bulk Upload' }] },
    { id: 'ewaybill', text: 'e-Way Bill', nodes: [{ id: 'ewb-generate', text: 'Generate by IRN' }, { id: 'ewb-print', text: 'Print EWB' }] },
    { id: 'apireg', text: 'API Registration', nodes: [
      { id: 'usercred', text: 'User Credentials', nodes: [
        { id: 'create-api-user', text: 'Create API User' }, { id: 'view-api-users', text: 'View API Users' }] },
      { id: 'ip-whitelisting', text: 'IP Whitelisting' },
      { id: 'freeze-api-user', text: 'Freeze API User' },
      { id: 'change-api-password', text: 'Change API Password' }] },
    { id: 'mis', text: 'MIS Reports', nodes: [{ id: 'mis-generation', text: 'Generation Report' }, { id: 'mis-cancel', text: 'Cancellation Report' }] },
    { id: 'usermgmt', text: 'User Management', nodes: [{ id: 'um-create', text: 'Create Sub User' }, { id: 'um-profile', text: 'Update Profile' }] }
  ] }
];
function buildApp() {
  var layout = new W2Layout({ name: 'layout', panels: [
    { type: 'top', size: 60 }, { type: 'left', size: 250, style: 'background-color: #fbfbfb;' }, { type: 'main', style: 'background-color: #f3f5f8;' }] });
  layout.render(document.getElementById('layout'));
  var toolbar = new W2Toolbar({
    name: 'toolbar',
    items: [
      { type: 'html', id: 'logo', html: logoHTML() },
      { type: 'spacer', id: 'spacer' },
      { type: 'html', id: 'user', html: '<div class="app-user"></div>' },
      { type: 'break', id: 'break1' },
      { type: 'button', id: 'logout', text: 'Logout' }
    ],
    onClick: function (event) {
      if (event.target !== 'logout') return;
      request('/Home/Logout', { action: 'logout' }).then(function () { location.href = '/'; }).catch(function () { location.href = '/'; });
    }
  });
  layout.html('top', toolbar);
  var sidebar = new W2Sidebar({
    name: 'sidebar', nodes: MENU,
    onClick: function (event) {
      var nd = event.detail.node;
      if (nd.nodes && nd.nodes.length > 0) { this.toggle(nd.id); return; }
      var hash = '#/' + nd.id;
      if (location.hash === hash) route(); else location.hash = hash;
    }
  });
  layout.html('left', sidebar);
  window.addEventListener('hashchange', route);
  route();
  request('/Home/UserInfo', { action: 'get' }).then(function (info) {
    app.info = info;
    var user = document.querySelector('#tb_toolbar_item_user .app-user');
    if (user) user.innerHTML = 'GSTIN: <b>' + esc(info.gstin) + '</b> &nbsp;|&nbsp; ' + esc(info.userName);
    if (info.showTechContact) techContactPopup(info.tech);
    w2utils.notify('Welcome ' + esc(info.userName) + '. Last login: ' + esc(info.lastLogin), { timeout: 8000 });
  }).catch(failed(null));
}
function route() {
  app.routeToken++;
  var id = (location.hash || '').replace(/^#\/?/, '') || 'dashboard';
  var sidebar = w2ui.sidebar;
  var nd = sidebar.get(id);
  if (!nd || nd.nodes.length > 0) { id = 'dashboard'; nd = sidebar.get(id); }
  sidebar.expandParents(id);
  sidebar.select(id);
  ['apiOtpForm', 'apiUserForm'].forEach(function (n) { if (w2ui[n]) w2ui[n].destroy(); });
  w2utils.unlock(w2ui.layout.el('main'));
  if (id === 'dashboard') showDashboard();
  else if (id === 'create-api-user') showCreateApiUser();
  else if (id === 'view-api-users') showViewApiUsers();
  else showPlaceholder(nd);
}
function showDashboard() {
  var layout = w2ui.layout;
  layout.setTitle('main', 'Dash Board');
  var cards = [['Generations', 'IRNs generated today', 0], ['Cancelled', 'IRNs cancelled today', 0], ['Rejected', 'Requests rejected today', 0]];
  var html = '<div class="app-page"><div class="dash-heading">Dash Board</div><div class="dash-cards">';
  cards.forEach(function (c) {
    html += '<div class="dash-card"><div class="dash-card-title">' + c[0] + '</div><div class="dash-card-count">' + c[2] + '</div><div class="app-note">' + c[1] + '</div></div>';
  });
  html += '</div></div>';
  layout.html('main', html);
}
function showPlaceholder(nd) {
  var path = [];
  var p = nd;
  while (p && p.parent && !p.group) { path.unshift(p.text); p = p.parent; }
  w2ui.layout.setTitle('main', path.join(' &gt; '));
  w2ui.layout.html('main', '<div class="app-page"><div class="dash-heading">' + nd.text + '</div><div class="app-note">No records found.</div></div>');
}
function gridHTML(gstin, list) {
  var html = '<div class="w2ui-reset w2ui-grid" name="gspGrid"><div class="w2ui-grid-box"><div class="w2ui-grid-header">GSPs registered for GSTIN ' + esc(gstin) + '</div>' +
    '<div class="w2ui-grid-body"><table><tbody><tr>' +
    ['#', 'GSP Name', 'API User Name', 'Created On', 'Status'].map(function (c) { return '<td class="w2ui-head"><div class="w2ui-col-header">' + c + '</div></td>'; }).join('') + '</tr>';
  list.forEach(function (r, i) {
    html += '<tr class="w2ui-record ' + (i % 2 ? 'w2ui-odd' : 'w2ui-even') + '" recid="' + (i + 1) + '">' +
      [String(i + 1), r.gsp, r.username, r.createdOn, r.status].map(function (c) { return '<td class="w2ui-grid-data"><div>' + esc(c) + '</div></td>'; }).join('') + '</tr>';
  });
  if (!list.length) html += '<tr class="w2ui-record w2ui-empty-record"><td class="w2ui-grid-data" colspan="5"><div>No records found</div></td></tr>';
  html += '</tbody></table></div><div class="w2ui-grid-footer">' + list.length + ' record' + (list.length === 1 ? '' : 's') + '</div></div></div>';
  return html;
}
function showViewApiUsers() {
  var token = app.routeToken;
  var layout = w2ui.layout;
  layout.setTitle('main', 'API Registration &gt; User Credentials &gt; View API Users');
  layout.html('main', '<div class="api-wrap"><div class="api-registered" id="api-registered"></div></div>');
  var main = layout.el('main');
  w2utils.lock(main, 'Loading...', true);
  request('/ApiRegistration/GetRegisteredGsps', { action: 'get' }).then(function (data) {
    w2utils.unlock(main);
    if (token !== app.routeToken) return;
    document.getElementById('api-registered').innerHTML = gridHTML(data.gstin, data.registered || []);
  }).catch(failed(main));
}
function showCreateApiUser() {
  var token = app.routeToken;
  var layout = w2ui.layout;
  layout.setTitle('main', 'API Registration &gt; User Credentials &gt; Create API User');
  layout.html('main', '<div class="api-wrap"><div id="api-form"></div><div class="api-registered" id="api-registered"></div></div>');
  var main = layout.el('main');
  w2utils.lock(main, 'Sending OTP...', true);
  request('/ApiRegistration/SendOtp', { action: 'sendOtp' }).then(function (data) {
    w2utils.unlock(main);
    if (token !== app.routeToken) return;
    if (data.status !== 'success') { w2alert(esc(data.message), 'Error'); return; }
    w2utils.notify(esc(data.message), { timeout: 10000 });
    renderApiOtpForm(data);
  }).catch(failed(main));
}
function renderApiOtpForm(data) {
  var form = new W2Form({
    name: 'apiOtpForm', header: 'API Registration',
    fields: [
      { field: 'otpInfo', type: 'html', html: { span: -1, group: 'Verify OTP', html: '<div class="info-text">An OTP has been sent to your registered mobile number <b>' +
        esc(data.mobile) + '</b>. Enter the OTP and click on Verify OTP.</div>' } },
      { field: 'otp', type: 'text', required: true, html: { label: 'Enter OTP', group: 'Verify OTP', attr: 'maxlength="6" autocomplete="off" style="width: 160px"' } }
    ],
    actions: {
      verify: { text: 'Verify OTP', 'class': 'w2ui-btn-blue', onClick: function () { doVerifyApiOtp(this); } },
      resend: { text: 'Resend OTP', onClick: function () {
        var f = this;
        f.lock('Sending OTP...', true);
        request('/ApiRegistration/SendOtp', { action: 'sendOtp' }).then(function (d) {
          f.unlock();
          if (d.status === 'success') w2utils.notify(esc(d.message), { timeout: 10000 }); else w2alert(esc(d.message), 'Error');
        }).catch(failed(f.box));
      } }
    },
    onValidate: function (event) {
      var v = this.record.otp;
      if (v && !/^\d{6}$/.test(v)) event.detail.errors.push({ field: this.get('otp'), error: 'OTP should be 6 digits' });
    }
  });
  form.render(document.getElementById('api-form'));
}
function doVerifyApiOtp(form) {
  var errors = form.validate(true);
  if (errors.length !== 0) return;
  var token = app.routeToken;
  form.lock('Verifying OTP...', true);
  request('/ApiRegistration/VerifyOtp', { action: 'save', name: form.name, record: { otp: form.record.otp } }).then(function (data) {
    form.unlock();
    if (token !== app.routeToken) return;
    if (data.status !== 'success') {
      w2alert(esc(data.message), 'Error', function () { form.setValue('otp', ''); form.setFocus('otp'); });
      return;
    }
    w2utils.notify('OTP verified successfully.', { timeout: 6000 });
    form.destroy();
    renderApiUserForm(data);
  }).catch(failed(form.box));
}
var MODE_NOTES = {
  direct: 'Direct API access (your own Client-Id and Client-Secret) is given only to taxpayers whose aggregate turnover exceeds the notified limit. Choose Through GSP to give access to your GST Suvidha Provider.',
  erp: 'Registration Through ERP is not enabled for this GSTIN. Choose Through GSP to give access to your GST Suvidha Provider.',
  other: 'Registration Through Client-Id of other is not enabled for this GSTIN. Choose Through GSP to give access to your GST Suvidha Provider.'
};
function renderApiUserForm(data) {
  var box = document.getElementById('api-form');
  box.className = '';
  box.innerHTML = '';
  var group = 'Create API User';
  var gsps = (data.gspList || []).map(function (n) { return { id: n, text: n }; });
  var pwdHint = '<span class="field-hint">8-15 characters: upper, lower, digit, special</span>';
  var form = new W2Form({
    name: 'apiUserForm', header: 'API Registration',
    fields: [
      { field: 'gstin', type: 'html', html: { label: 'GSTIN', span: 8, group: group, html: '<b>' + esc(data.gstin) + '</b>' } },
      { field: 'regMode', type: 'radio', required: true, options: { items: [
        { id: 'direct', text: 'Directly' }, { id: 'gsp', text: 'Through GSP' }, { id: 'erp', text: 'Through ERP' }, { id: 'other', text: 'Through Client-Id of other' }] },
        html: { label: 'Do you wish to Register your GSTIN for', span: -1, group: group } },
      { field: 'modeInfo', type: 'html', hidden: true, html: { span: 8, label: 'Note', group: group, html: '<div class="info-text" id="mode-note"></div>' } },
      { field: 'gsp', type: 'list', required: true, hidden: true, options: { items: gsps, placeholder: '-- Select --', match: 'begins' },
        html: { label: 'Select your GSP', span: 8, group: group, attr: 'style="width: 380px"' } },
      { field: 'userName', type: 'alphanumeric', required: true, hidden: true, options: { prefix: 'API_' },
        html: { label: 'Username', span: 8, group: group, attr: 'maxlength="15" autocomplete="off" style="width: 250px"', text: '<span class="field-hint">4-15 letters or digits</span>' } },
      { field: 'password', type: 'password', required: true, hidden: true,
        html: { label: 'Password', span: 8, group: group, attr: 'maxlength="15" autocomplete="new-password" style="width: 250px"', text: pwdHint } },
      { field: 'password2', type: 'password', required: true, hidden: true,
        html: { label: 'Re-enter Password', span: 8, group: group, attr: 'maxlength="15" autocomplete="new-password" style="width: 250px"' } }
    ],
    actions: {
      submit: { text: 'Submit', 'class': 'w2ui-btn-blue', onClick: function () { doSubmitApiUser(this, data); } },
      exit: { text: 'Exit', onClick: function () { location.hash = '#/dashboard'; } }
    },
    onChange: function (event) {
      if (event.target !== 'regMode') return;
      var mode = event.detail.value.current;
      var gspFields = ['gsp', 'userName', 'password', 'password2'];
      if (mode === 'gsp') {
        this.hide('modeInfo');
        this.show.apply(this, gspFields);
      } else {
        this.hide.apply(this, gspFields);
        this.show('modeInfo');
        var note = document.getElementById('mode-note');
        if (note) note.innerHTML = MODE_NOTES[mode] || '';
      }
    },
    onValidate: function (event) {
      var rec = this.record;
      var errors = event.detail.errors;
      if (rec.regMode !== 'gsp') return;
      var has = function (name) { return errors.some(function (e) { return e.field.field === name; }); };
      if (rec.userName && !has('userName') && (rec.userName.length < 4 || rec.userName.length > 15)) {
        errors.push({ field: this.get('userName'), error: 'Username should be 4 to 15 characters long' });
      }
      if (rec.password && !has('password') && !/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/.test(rec.password)) {
        errors.push({ field: this.get('password'), error: 'Password should be 8 to 15 characters with at least one upper case letter,<br>one lower case letter, one digit and one special character' });
      }
      if (rec.password2 && !has('password2') && rec.password2 !== rec.password) {
        errors.push({ field: this.get('password2'), error: 'Password and Re-enter Password do not match' });
      }
    }
  });
  form.render(box);
  document.getElementById('api-registered').innerHTML = gridHTML(data.gstin, data.registered || []);
}
function doSubmitApiUser(form, data) {
  var errors = form.validate(true);
  if (errors.length !== 0) return;
  var rec = form.record;
  if (rec.regMode !== 'gsp') { w2alert(MODE_NOTES[rec.regMode] || 'Please choose how you wish to register.', 'Information'); return; }
  var userName = 'API_' + rec.userName;
  var gsp = rec.gsp.text;
  w2confirm('Are you sure you want to create the API user <b>' + esc(userName) + '</b> for the GSP <b>' + esc(gsp) + '</b>?', 'Confirmation')
    .yes(function () {
      var token = app.routeToken;
      form.lock('Saving...', true);
      request('/ApiRegistration/CreateApiUser', { action: 'save', name: form.name, record: {
        gstin: data.gstin, regMode: rec.regMode, gsp: gsp, userName: userName, password: rec.password, confirmPassword: rec.password2 } })
        .then(function (res) {
          form.unlock();
          if (token !== app.routeToken) return;
          if (res.registered) document.getElementById('api-registered').innerHTML = gridHTML(data.gstin, res.registered);
          if (res.status !== 'success') { w2alert(esc(res.message), 'Error'); return; }
          showApiResult(form, res);
          w2alert(esc(res.message), 'Success');
        }).catch(failed(form.box));
    });
}
function showApiResult(form, res) {
  var box = form.box;
  form.destroy();
  box.setAttribute('name', 'apiResult');
  box.innerHTML = '<div class="w2ui-form-box"><div class="w2ui-form-header">API Registration</div><div class="w2ui-page page-0"><div class="w2ui-column-container"><div class="w2ui-column col-0">' +
    '<div class="w2ui-group"><div class="w2ui-group-title">Result</div><div class="w2ui-group-fields"><div class="api-verdict">' + esc(res.message) + '</div>' +
    '<div class="w2ui-field w2ui-span8"><label>API User Name</label><div><div class="w2ui-input"><b>' + esc(res.user.username) + '</b></div></div></div>' +
    '<div class="w2ui-field w2ui-span8"><label>GSP</label><div><div class="w2ui-input">' + esc(res.user.gsp) + '</div></div></div>' +
    '<div class="w2ui-field w2ui-span8"><label>Created On</label><div><div class="w2ui-input">' + esc(res.user.createdOn) + '</div></div></div>' +
    '</div></div></div></div></div><div class="w2ui-buttons"><button name="back" class="w2ui-btn">Back to Dashboard</button></div></div>';
  box.querySelector('button[name=back]').addEventListener('click', function () { location.hash = '#/dashboard'; });
}
function techContactPopup(tech) {
  tech = tech || {};
  function row(label, name, value, type) {
    return '<div class="w2ui-field w2ui-span6"><label>' + label + '</label><div><input name="' + name + '" class="w2ui-input" type="' + (type || 'text') +
      '" value="' + esc(value) + '" style="width: 300px"></div></div>';
  }
  w2popup.open({
    title: 'Contacts of Technical Person', width: 600, height: 340, modal: true, showClose: true,
    body: '<div class="w2ui-reset tech-contact"><div class="tech-note">Please verify the details of the technical person of your organisation who handles e-Invoice ' +
      'and API integration. These details are used by the helpdesk to contact you.</div>' +
      row('Name', 'techName', tech.name) + row('Mobile', 'techMobile', tech.mobile) + row('E-mail', 'techEmail', tech.email, 'email') + '</div>',
    buttons: '<button class="w2ui-btn w2ui-btn-blue" name="update">Update</button><button class="w2ui-btn w2ui-btn-red" name="exit">Exit</button>'
  });
  var el = document.getElementById('w2ui-popup');
  el.querySelector('button[name=exit]').addEventListener('click', function () { w2popup.close(); });
  el.querySelector('button[name=update]').addEventListener('click', function () {
    var name = el.querySelector('[name=techName]');
    var mobile = el.querySelector('[name=techMobile]');
    var email = el.querySelector('[name=techEmail]');
    var bad = null;
    if (!name.value.trim()) bad = [name, 'Required field'];
    else if (!/^[6-9]\d{9}$/.test(mobile.value.trim())) bad = [mobile, 'Enter a valid 10 digit mobile number'];
    else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.value.trim())) bad = [email, 'Not a valid email'];
    if (bad) {
      w2tooltip.show({ anchor: bad[0], name: 'techContact-error', html: bad[1], anchorClass: 'w2ui-error', 'class': 'w2ui-light', position: 'right|left', hideOn: ['input'] });
      return;
    }
    w2utils.lock(el.querySelector('.w2ui-popup-body'), 'Saving...', true);
    request('/Home/UpdateTechContact', { action: 'save', name: 'techContact', record: { name: name.value, mobile: mobile.value, email: email.value } })
      .then(function (d) {
        w2popup.close();
        w2utils.notify(esc(d.message), { timeout: 6000 });
      }).catch(failed(null));
  });
}

if (app.page === 'app') buildApp(); else buildHome();
})();
`;

function pageHtml(kind: 'home' | 'app', css: string): string {
  const title = kind === 'home' ? 'e-Invoice System' : 'e-Invoice System | Dash Board';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${css}</style>`,
    '</head>',
    `<body data-page="${kind}">`,
    '<div id="layout" style="position: absolute; left: 0; top: 0; right: 0; bottom: 0;"></div>',
    '<noscript>Please enable JavaScript to use the e-Invoice System.</noscript>',
    `<script>${CLIENT_JS}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const NOT_FOUND_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page not found</title></head>' +
  '<body style="font-family: Verdana, Arial, sans-serif; font-size: 13px; padding: 30px;">' +
  '<h3>Page not found</h3><p>The page you requested does not exist. <a href="/">Go to the home page</a>.</p></body></html>';

/** The JSON calls whose first request can be made to lose the session (options.expireOnce). */
const STAGE_OF: Readonly<Record<string, W2uiR22Expiry>> = {
  '/ApiRegistration/SendOtp': 'api-otp-send',
  '/ApiRegistration/VerifyOtp': 'api-otp-verify',
  '/ApiRegistration/CreateApiUser': 'submit',
};

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function formatDate(d: Date): string {
  return `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}/${d.getFullYear()}`;
}

function formatDateTime(d: Date): string {
  return `${formatDate(d)} ${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function readBody(req: IncomingMessage, limit = 256 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function sendHtml(res: ServerResponse, status: number, html: string, head = false): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(head ? undefined : html);
}

function sendExpired(res: ServerResponse): void {
  sendJson(res, 401, { status: 'expired', message: EXPIRED_MESSAGE });
}

export async function startW2uiR22Rendition(options: W2uiR22Options = {}): Promise<W2uiR22Rendition> {
  const state: W2uiR22State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** The older registration, kept apart from state.users. */
  const seeded = [{ gstin: state.gstin, ...SEEDED_REGISTRATION }];
  const sessions = new Map<string, Session>();
  let expiryUsed = false;
  const css = CSS_TEMPLATE.replace('__SPINNER__', spinnerDataUri()).replace('__LOGO__', logoDataUri());
  const homePage = pageHtml('home', css);
  const appPage = pageHtml('app', css);

  const registeredFor = (gstin: string) =>
    [...seeded, ...state.users]
      .filter((r) => r.gstin === gstin)
      .map((r) => ({ gsp: r.gsp, username: r.username, createdOn: r.createdOn, status: 'Active' }));

  const newSession = (res: ServerResponse): Session => {
    const id = randomBytes(18).toString('hex');
    const session: Session = {
      id,
      stage: 'anon',
      popupPending: false,
      apiOtpSent: false,
      apiOtpVerified: false,
      lastLogin: '',
      tech: { name: 'Rahul Deshpande', mobile: '9822012345', email: 'it.support@example.in' },
    };
    sessions.set(id, session);
    res.setHeader('Set-Cookie', `${COOKIE_NAME}=${id}; Path=/; HttpOnly; SameSite=Lax`);
    return session;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const sid = readCookie(req, COOKIE_NAME);
    let session = sid ? sessions.get(sid) : undefined;

    if (method === 'GET' || method === 'HEAD') {
      const head = method === 'HEAD';
      if (path === '/' || path === '/index.html') {
        if (!session) session = newSession(res);
        sendHtml(res, 200, homePage, head);
        return;
      }
      if (path === '/Home/MainMenu') {
        if (session?.stage !== 'in') {
          res.writeHead(302, { Location: '/?session=expired', 'Cache-Control': 'no-store' });
          res.end();
          return;
        }
        sendHtml(res, 200, appPage, head);
        return;
      }
      if (path === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      sendHtml(res, 404, NOT_FOUND_PAGE, head);
      return;
    }
    if (method !== 'POST') {
      res.writeHead(405, { Allow: 'GET, HEAD, POST' });
      res.end();
      return;
    }

    let body: unknown = {};
    try {
      body = JSON.parse((await readBody(req)) || '{}');
    } catch {
      body = {};
    }
    const record = isRecord(body) && isRecord(body.record) ? body.record : {};
    const field = (key: string): string => {
      const value = record[key];
      return typeof value === 'string' ? value : '';
    };

    const stage = STAGE_OF[path];
    if (stage !== undefined && options.expireOnce === stage && !expiryUsed) {
      expiryUsed = true;
      if (session) sessions.delete(session.id);
      state.expired.push(stage);
      sendExpired(res);
      return;
    }
    if (!session) {
      sendExpired(res);
      return;
    }
    const signedIn = session.stage === 'in';

    switch (path) {
      case '/Home/GetCaptcha': {
        sendJson(res, 200, { status: 'success', image: captchaDataUri(state.captcha) });
        return;
      }
      case '/Home/Login': {
        if (field('captcha').trim().toUpperCase() !== state.captcha.toUpperCase()) {
          state.refusals.push('captcha');
          sendJson(res, 200, {
            status: 'error',
            field: 'captcha',
            message: 'Invalid Captcha. Please enter the characters shown in the image.',
          });
          return;
        }
        if (
          field('userName').trim() !== W2UI_R22_LOGIN.username ||
          field('password') !== W2UI_R22_LOGIN.password
        ) {
          state.refusals.push('login');
          sendJson(res, 200, {
            status: 'error',
            field: 'userName',
            message: 'Invalid Login Credentials. Please check the username and password.',
          });
          return;
        }
        session.stage = 'otp';
        session.apiOtpSent = false;
        session.apiOtpVerified = false;
        sendJson(res, 200, {
          status: 'success',
          mobile: REGISTERED_MOBILE,
          message: `OTP has been sent to your registered mobile number ${REGISTERED_MOBILE}.`,
        });
        return;
      }
      case '/Home/ResendOtp': {
        if (session.stage !== 'otp') {
          sendJson(res, 200, {
            status: 'error',
            message: 'Please login with your username and password first.',
          });
          return;
        }
        sendJson(res, 200, {
          status: 'success',
          message: `OTP has been sent again to your registered mobile number ${REGISTERED_MOBILE}.`,
        });
        return;
      }
      case '/Home/VerifyOtp': {
        if (session.stage !== 'otp') {
          sendJson(res, 200, {
            status: 'error',
            message: 'Please login with your username and password first.',
          });
          return;
        }
        if (field('otp').trim() !== state.loginOtp) {
          state.refusals.push('login-otp');
          sendJson(res, 200, {
            status: 'error',
            message: 'Invalid OTP. Please enter the OTP sent to your registered mobile number.',
          });
          return;
        }
        session.stage = 'in';
        session.popupPending = true;
        session.lastLogin = formatDateTime(new Date());
        sendJson(res, 200, { status: 'success', url: '/Home/MainMenu' });
        return;
      }
      case '/Home/Logout': {
        sessions.delete(session.id);
        sendJson(res, 200, { status: 'success' });
        return;
      }
      default:
        break;
    }

    if (!signedIn) {
      sendExpired(res);
      return;
    }

    switch (path) {
      case '/Home/UserInfo': {
        const showTechContact = session.popupPending;
        session.popupPending = false;
        sendJson(res, 200, {
          status: 'success',
          gstin: state.gstin,
          userName: W2UI_R22_LOGIN.username,
          lastLogin: session.lastLogin,
          showTechContact,
          tech: session.tech,
        });
        return;
      }
      case '/Home/UpdateTechContact': {
        session.tech = {
          name: field('name').slice(0, 80),
          mobile: field('mobile').slice(0, 15),
          email: field('email').slice(0, 120),
        };
        sendJson(res, 200, {
          status: 'success',
          message: 'Contact details of the technical person have been updated.',
        });
        return;
      }
      case '/ApiRegistration/SendOtp': {
        session.apiOtpSent = true;
        session.apiOtpVerified = false;
        sendJson(res, 200, {
          status: 'success',
          mobile: REGISTERED_MOBILE,
          message: `OTP has been sent to your registered mobile number ${REGISTERED_MOBILE}.`,
        });
        return;
      }
      case '/ApiRegistration/VerifyOtp': {
        if (!session.apiOtpSent) {
          sendJson(res, 200, { status: 'error', message: 'Please generate the OTP first.' });
          return;
        }
        if (field('otp').trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          sendJson(res, 200, {
            status: 'error',
            message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
          });
          return;
        }
        session.apiOtpVerified = true;
        sendJson(res, 200, {
          status: 'success',
          gstin: state.gstin,
          gspList: GSP_NAMES,
          registered: registeredFor(state.gstin),
        });
        return;
      }
      case '/ApiRegistration/GetRegisteredGsps': {
        sendJson(res, 200, { status: 'success', gstin: state.gstin, registered: registeredFor(state.gstin) });
        return;
      }
      case '/ApiRegistration/CreateApiUser': {
        const registered = registeredFor(state.gstin);
        const refuse = (message: string) => sendJson(res, 200, { status: 'error', message, registered });
        if (!session.apiOtpVerified) {
          refuse('Please verify the OTP sent to your registered mobile number before creating the API user.');
          return;
        }
        if (field('regMode') !== 'gsp') {
          refuse('Only registration Through GSP is enabled for this GSTIN.');
          return;
        }
        const gsp = GSP_NAMES.find((name) => name.toUpperCase() === field('gsp').trim().toUpperCase());
        if (!gsp) {
          refuse('Please select your GSP from the list.');
          return;
        }
        const username = field('userName').trim();
        if (!USERNAME_RULE.test(username)) {
          refuse('The user name should be API_ followed by 4 to 15 letters, digits, _ or -.');
          return;
        }
        const password = field('password');
        if (!PASSWORD_RULE.test(password)) {
          refuse(
            'The password should be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
          );
          return;
        }
        if (password !== field('confirmPassword')) {
          refuse('Password and Re-enter Password do not match.');
          return;
        }
        const all = [...seeded, ...state.users];
        if (all.some((r) => r.gstin === state.gstin && r.gsp.toUpperCase() === gsp.toUpperCase())) {
          state.refusals.push('duplicate');
          refuse(
            `Your GSTIN ${state.gstin} is already registered with the GSP ${gsp}. Please select a different GSP.`,
          );
          return;
        }
        if (all.some((r) => r.username.toUpperCase() === username.toUpperCase())) {
          state.refusals.push('username-taken');
          refuse(`The user name ${username} is already in use. Please choose a different user name.`);
          return;
        }
        const user = { gstin: state.gstin, gsp, username, password, createdOn: formatDate(new Date()) };
        state.users.push(user);
        session.apiOtpVerified = false;
        sendJson(res, 200, {
          status: 'success',
          message: `API user ${username} has been created successfully for GSP ${gsp}. Note the user name and password: they are needed for the Authentication API.`,
          user: { gsp: user.gsp, username: user.username, createdOn: user.createdOn },
          registered: registeredFor(state.gstin),
        });
        return;
      }
      default:
        sendJson(res, 404, { status: 'error', message: 'The requested service does not exist.' });
    }
  };

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent)
        sendJson(res, 500, { status: 'error', message: 'Server error. Please try again.' });
      else res.end();
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        sockets.clear();
      }),
  };
}
