/**
 * Rendition r20-extjs: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and the ClearTax guide), drawn as a Sencha Ext JS 6.2 classic
 * (Triton theme) single-page application would draw it: a hand-written miniature of the
 * framework's runtime renders every widget as generated-id div/table markup (`button-1023`,
 * `textfield-1031-inputEl`, `x-btn`, `x-form-trigger`, `x-boundlist` floated to body, `x-mask`
 * behind modal windows, `Ext.Msg` message boxes, `Ext.toast`, a `treepanel` menu), lays it out
 * with absolute box layouts, and talks to the server only through Ext.Ajax JSON calls.
 *
 * Choices made where the docs are silent:
 * - URLs: `/` home (Viewport with a north banner whose "Login" button opens the login window),
 *   `GET /Home/Login` the same page with the login window already open (`?expired=1` adds the
 *   expiry note), `GET /get-captcha-image` (SVG, noise redrawn on each request, `_dc` cache
 *   buster), `POST /Home/Login`, `POST /Home/ResendLoginOtp`, `POST /Home/VerifyLoginOtp`,
 *   `GET /Home/MainMenu` (the logged-in Viewport), `POST /Home/Logout`,
 *   `POST /Home/SaveTechnicalContact`, `POST /ApiRegistration/SendOtp`,
 *   `POST /ApiRegistration/VerifyOtp`, `GET /ApiRegistration/GetGspList`,
 *   `GET /ApiRegistration/GetRegisteredGsps`, `POST /ApiRegistration/CreateApiUser`. Every
 *   POST carries a JSON body (Ext.Ajax `jsonData`); nothing typed goes into a URL. Inside the
 *   main page the card shown is chosen by Ext hash routes (`#dashboard`, `#apiuser/create`,
 *   `#page/<id>`).
 * - Login: modal Ext.window.Window titled "Login" with "User Name", "Password", a "Captcha"
 *   image (5 characters, compared case-insensitively) beside an icon-only refresh button
 *   (tooltip "Refresh Captcha"), "Enter Captcha", and a "Login" button bound to the form's
 *   validity (formBind: disabled until the three fields are filled). Enter in a field submits.
 *   Refusals come back as JSON and are shown with Ext.Msg (title "Error"): "Invalid Captcha.
 *   Please enter the characters shown in the image." / "Invalid Login Credentials. Please
 *   check your user name and password."; the captcha is redrawn and the field(s) cleared.
 *   No account lockout is drawn.
 * - 2FA: the same window switches card (title "Verify OTP") to "Enter OTP" with "Verify OTP"
 *   and "Resend OTP"; a wrong code gives Ext.Msg "Invalid OTP. Please enter the correct OTP
 *   sent to your registered mobile number." Success loads `/Home/MainMenu`.
 * - Post-login popup: once per login, a modal window "Contacts of Technical Person" (Name,
 *   Mobile Number, E-mail, buttons "Update" and "Exit", plus the header close tool); a toast
 *   greets the user.
 * - Main page: border-layout Viewport: north banner (title, "Welcome" text with legal name and
 *   GSTIN, "Logout" button with a Yes/No confirmation), west treepanel titled "Menu" (groups
 *   expand on click with Ext's animated slide: "Dashboard"; "e-Invoice"; "API Registration" >
 *   "User Credentials" > "Create API User" / "Change API Password" / "Freeze API User", and
 *   "IP Whitelisting"; "MIS Reports"; "User Management"), centre card container whose first
 *   card is the panel "Dash Board" with "Generations" and "Cancelled" panels. Other leaves show
 *   a stub panel "There are no records to display."
 * - Create API User: centre panel "API Registration". Opening it sends the OTP at once (load
 *   mask "Sending OTP...", toast "OTP has been sent to your registered mobile number
 *   ******3210."); "Enter OTP" (6 digits) with "Verify OTP" and "Resend OTP". A wrong code:
 *   Ext.Msg "Invalid OTP. Please enter the valid OTP sent to your registered mobile number.";
 *   an OTP older than 10 minutes: "OTP has expired. Please click on Resend OTP.". After
 *   verification the panel switches card to the registration form.
 * - Registration form: display field "GSTIN"; radiogroup "Do you wish to Register your GSTIN
 *   for" with "Directly", "Through GSP", "Through ERP", "Through Client-Id of other" (real
 *   `input type=radio` under Ext's styled span, none chosen at first); choosing "Through GSP"
 *   shows the combobox "Select your GSP" (non-editable Ext combo, emptyText "-- Select --",
 *   24 GSP names loaded by Ajax into a bound list floated to body), "Username" (a field
 *   container: fixed "API_" display field + text box for 4 to 11 letters/digits), "Password",
 *   "Re-enter Password" (8-15 chars with upper, lower, digit and special character; errors
 *   shown under the fields), buttons "Submit" and "Exit". "Directly" shows a turnover note,
 *   "Through ERP" a "Select your ERP" combo, "Through Client-Id of other" a GSTIN box; the
 *   server refuses those modes with a message.
 * - Submit: Ext.Msg Yes/No "Confirm" ("Do you want to register the API user API_x through the
 *   GSP y for GSTIN z?"), then the verdict in Ext.Msg: "Success" / "API user API_x has been
 *   created successfully for y. ..." or "Error" with "The GSTIN z is already registered with
 *   the GSP y. ..." (duplicate) or "The user name API_x is already in use. ..." (taken).
 *   Below the form a grid "GSPs registered for GSTIN z" (Sl. No., GSP Name, API User Name,
 *   Created On, Status) reloads after each success. One older registration with TERA SOFTWARE
 *   LIMITED (user API_terainv) is seeded. "Exit" returns to the dashboard.
 * - Widgets: windows are floated to body as `x-layer` (ids `window-10xx`, role dialog, tab
 *   guards, Esc closes) over one shared `x-mask`; hidden windows and the reused Ext.Msg singleton
 *   stay in the DOM with `x-hidden-offsets`; footer toolbars are focusable containers (one tab
 *   stop, arrow keys between buttons); buttons are `a.x-btn` with role=button; fields validate
 *   on change and blur, the login window shows errors as quick tips (`data-errorqtip`), the
 *   registration form under the fields; toasts slide in at the top, stack, and fade after 3 s;
 *   Ajax calls show Ext load masks ("Authenticating...", "Sending OTP...", "Submitting...").
 * - Sessions: cookie `.AspNetCore.Session` (HttpOnly), 20 minutes idle. A page GET of
 *   `/Home/MainMenu` without a logged-in session redirects (302) to `/Home/Login?expired=1`,
 *   which opens the login window with the red note "Your session has expired. Please login
 *   again.". Ajax calls without a live session answer HTTP 401 JSON; the page's global
 *   Ext.Ajax requestexception handler shows Ext.Msg "Session Expired" / "Your session has
 *   expired. Please login again." and, on OK or close, goes to `/Home/Login?expired=1`.
 * - expireOnce: the first `POST /ApiRegistration/SendOtp` (also when it is a resend), the first
 *   `POST /ApiRegistration/VerifyOtp`, or the first `POST /ApiRegistration/CreateApiUser`
 *   (for 'api-otp-send' / 'api-otp-verify' / 'submit') deletes the server session, records the
 *   stage in `state.expired`, and answers the 401 above; only once per server.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type ExtjsR20Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface ExtjsR20Options {
  expireOnce?: ExtjsR20Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface ExtjsR20State {
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
export interface ExtjsR20Rendition {
  url: string;
  close(): Promise<void>;
  state: ExtjsR20State;
}

export const EXTJS_R20_LOGIN: { username: string; password: string } = {
  username: 'sahyadritex',
  password: 'Sahyadri@2024',
};

const LEGAL_NAME = 'SAHYADRI TEXTILES';
const MASKED_MOBILE = '******3210';
const SESSION_COOKIE = '.AspNetCore.Session';
const SESSION_IDLE_MS = 20 * 60 * 1000;
const API_OTP_VALIDITY_MS = 10 * 60 * 1000;

const GSP_NAMES: string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Botree Software International Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Deloitte Touche Tohmatsu India LLP',
  'E-Connect Solutions Private Limited',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'Masters India Private Limited',
  'NSDL e-Governance Infrastructure Limited',
  'PricewaterhouseCoopers Private Limited',
  'Reliance Corporate IT Park Limited',
  'Sify Technologies Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
];
const GSPS = GSP_NAMES.map((name, i) => ({ gspId: `GSP${String(i + 1).padStart(3, '0')}`, gspName: name }));

const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USERNAME_RULE = /^[A-Za-z0-9]{4,11}$/;

function svgUri(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
const SVG_NS = "xmlns='http://www.w3.org/2000/svg'";
const ICON = {
  trigger: svgUri(
    `<svg ${SVG_NS} width='12' height='12' viewBox='0 0 12 12'><path d='M1.5 4l4.5 4.5 4.5-4.5' fill='none' stroke='#919191' stroke-width='1.8'/></svg>`,
  ),
  close: svgUri(
    `<svg ${SVG_NS} width='16' height='16' viewBox='0 0 16 16'><path d='M3 3l10 10M13 3L3 13' stroke='#fff' stroke-width='2.2'/></svg>`,
  ),
  expRight: svgUri(
    `<svg ${SVG_NS} width='16' height='16' viewBox='0 0 16 16'><path d='M6 3.5l4.5 4.5L6 12.5' fill='none' stroke='#919191' stroke-width='1.8'/></svg>`,
  ),
  expDown: svgUri(
    `<svg ${SVG_NS} width='16' height='16' viewBox='0 0 16 16'><path d='M3.5 6l4.5 4.5L12.5 6' fill='none' stroke='#919191' stroke-width='1.8'/></svg>`,
  ),
  folder: svgUri(
    `<svg ${SVG_NS} width='16' height='16' viewBox='0 0 16 16'><path d='M1 3h5l1.5 1.5H15V13H1z' fill='#5fa2dd'/></svg>`,
  ),
  folderOpen: svgUri(
    `<svg ${SVG_NS} width='16' height='16' viewBox='0 0 16 16'><path d='M1 3h5l1.5 1.5H13V6H4L1 13z' fill='#5fa2dd'/><path d='M4.2 7H16l-3 6H1.3z' fill='#8dbde8'/></svg>`,
  ),
  leaf: svgUri(
    `<svg ${SVG_NS} width='16' height='16' viewBox='0 0 16 16'><path d='M3 1h7l3 3v11H3z' fill='none' stroke='#919191' stroke-width='1.2'/><path d='M5 7h6M5 9.5h6M5 12h4' stroke='#919191'/></svg>`,
  ),
  radio: svgUri(
    `<svg ${SVG_NS} width='15' height='15' viewBox='0 0 15 15'><circle cx='7.5' cy='7.5' r='6.7' fill='#fff' stroke='#919191' stroke-width='1.2'/></svg>`,
  ),
  radioOn: svgUri(
    `<svg ${SVG_NS} width='15' height='15' viewBox='0 0 15 15'><circle cx='7.5' cy='7.5' r='6.7' fill='#fff' stroke='#5fa2dd' stroke-width='1.2'/><circle cx='7.5' cy='7.5' r='3.6' fill='#5fa2dd'/></svg>`,
  ),
  info: svgUri(
    `<svg ${SVG_NS} width='36' height='36' viewBox='0 0 36 36'><circle cx='18' cy='18' r='17' fill='#5fa2dd'/><rect x='16' y='15' width='4' height='13' fill='#fff'/><circle cx='18' cy='10' r='2.4' fill='#fff'/></svg>`,
  ),
  warning: svgUri(
    `<svg ${SVG_NS} width='36' height='36' viewBox='0 0 36 36'><path d='M18 2l17 31H1z' fill='#f2b634'/><rect x='16' y='12' width='4' height='11' fill='#fff'/><circle cx='18' cy='28' r='2.3' fill='#fff'/></svg>`,
  ),
  question: svgUri(
    `<svg ${SVG_NS} width='36' height='36' viewBox='0 0 36 36'><circle cx='18' cy='18' r='17' fill='#5fa2dd'/><path d='M12.5 13.5a5.5 5.5 0 1 1 8 4.9c-1.6.9-2.5 1.8-2.5 3.6v1' fill='none' stroke='#fff' stroke-width='3.4'/><circle cx='18' cy='28' r='2.3' fill='#fff'/></svg>`,
  ),
  error: svgUri(
    `<svg ${SVG_NS} width='36' height='36' viewBox='0 0 36 36'><circle cx='18' cy='18' r='17' fill='#cf4c35'/><path d='M11 11l14 14M25 11L11 25' stroke='#fff' stroke-width='3.6'/></svg>`,
  ),
  fieldError: svgUri(
    `<svg ${SVG_NS} width='16' height='16' viewBox='0 0 16 16'><circle cx='8' cy='8' r='7.5' fill='#cf4c35'/><rect x='7' y='3.5' width='2' height='6' fill='#fff'/><circle cx='8' cy='12' r='1.2' fill='#fff'/></svg>`,
  ),
  spinner: svgUri(
    `<svg ${SVG_NS} width='20' height='20' viewBox='0 0 20 20'><circle cx='10' cy='10' r='8' fill='none' stroke='#d0d0d0' stroke-width='2.5'/><path d='M10 2a8 8 0 0 1 8 8' fill='none' stroke='#5fa2dd' stroke-width='2.5'><animateTransform attributeName='transform' type='rotate' from='0 10 10' to='360 10 10' dur='0.8s' repeatCount='indefinite'/></path></svg>`,
  ),
  refresh: svgUri(
    `<svg ${SVG_NS} width='16' height='16' viewBox='0 0 16 16'><path d='M13.5 8A5.5 5.5 0 1 1 11.9 4.1' fill='none' stroke='#fff' stroke-width='2'/><path d='M9.5 1.5h4.5V6z' fill='#fff'/></svg>`,
  ),
  logout: svgUri(
    `<svg ${SVG_NS} width='16' height='16' viewBox='0 0 16 16'><path d='M6 2H2v12h4' fill='none' stroke='#fff' stroke-width='1.8'/><path d='M6 8h8M11 4.5L14.5 8 11 11.5' fill='none' stroke='#fff' stroke-width='1.8'/></svg>`,
  ),
  user: svgUri(
    `<svg ${SVG_NS} width='16' height='16' viewBox='0 0 16 16'><circle cx='8' cy='5' r='3.2' fill='#fff'/><path d='M1.5 15c.6-3.8 3.2-5.6 6.5-5.6s5.9 1.8 6.5 5.6z' fill='#fff'/></svg>`,
  ),
  home: svgUri(
    `<svg ${SVG_NS} width='16' height='16' viewBox='0 0 16 16'><path d='M1 8l7-6.5L15 8h-2v6.5H9.5v-4h-3v4H3V8z' fill='#5fa2dd'/></svg>`,
  ),
};

const EMBLEM_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48" role="presentation">' +
  '<circle cx="24" cy="24" r="22.5" fill="#fff" stroke="#f4a835" stroke-width="3"/>' +
  '<circle cx="24" cy="24" r="15" fill="none" stroke="#1b4f8a" stroke-width="2"/>' +
  '<path d="M24 9v30M9 24h30M13.4 13.4l21.2 21.2M34.6 13.4L13.4 34.6" stroke="#1b4f8a" stroke-width="1.2"/>' +
  '<circle cx="24" cy="24" r="5" fill="#1b4f8a"/>' +
  '<text x="24" y="27.5" font-family="Arial, sans-serif" font-size="8" font-weight="bold" fill="#fff" text-anchor="middle">GST</text>' +
  '</svg>';

const FONT = "'Open Sans', 'Helvetica Neue', helvetica, arial, verdana, sans-serif";

/** ext-theme-triton (trimmed by hand to the components this application uses). */
const THEME_CSS = `
html,body{margin:0;padding:0;height:100%;width:100%}
.x-border-box,.x-border-box *,.x-border-box *:before,.x-border-box *:after{box-sizing:border-box}
.x-body{margin:0;color:#404040;font-size:13px;line-height:17px;font-weight:300;font-family:${FONT};background:#fff;-webkit-text-size-adjust:none}
.x-viewport,.x-viewport>.x-body{overflow:hidden;position:relative}
.x-unselectable{-webkit-user-select:none;user-select:none;cursor:default}
.x-hidden-display{display:none!important}
.x-hidden-offsets{display:block!important;visibility:hidden!important;position:absolute!important;top:-10000px!important}
.x-hidden-visibility{visibility:hidden!important}
.x-hidden-clip{position:absolute!important;clip:rect(0,0,0,0);width:1px;height:1px;overflow:hidden}
.x-layer{position:absolute!important;overflow:hidden}
.x-list-plain{list-style-type:none;margin:0;padding:0}
.x-table-plain{border-collapse:collapse;border-spacing:0;font-size:1em}
.x-box-inner{overflow:hidden;position:relative}
.x-box-target{position:absolute;width:20000px;top:0;left:0;min-height:1px}
.x-box-item{position:absolute!important;left:0;top:0}
.x-autocontainer-outerCt{display:table;table-layout:fixed;width:100%}
.x-autocontainer-innerCt{display:table-cell;height:100%;vertical-align:top}
.x-fit-item{position:relative}
.x-border-layout-ct{overflow:hidden}
.x-scroller{overflow:auto}
.x-component{outline:none}
.x-tab-guard{position:absolute;width:0;height:0;overflow:hidden;outline:none}
.x-item-disabled,.x-item-disabled *{cursor:default}
/* panel */
.x-panel{overflow:hidden;position:relative;outline:none}
.x-panel-default{border-color:#5fa2dd;padding:0}
.x-panel-bodyWrap{overflow:hidden;position:relative}
.x-panel-body{overflow:hidden;position:relative}
.x-panel-body-default{background:#fff;border-color:#d0d0d0;color:#404040;font-size:13px;font-weight:300;font-family:${FONT};border-width:1px;border-style:solid}
.x-noborder-trbl{border-width:0!important}
.x-header{position:relative}
.x-panel-header-default{font-size:16px;border:1px solid #5fa2dd;background-color:#5fa2dd;padding:12px 10px 12px 15px}
.x-panel-header-title-default{color:#fff;font-size:16px;font-weight:400;font-family:${FONT};line-height:16px}
.x-title{display:table;table-layout:fixed}
.x-title-item{display:table-cell;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.x-title-text{cursor:inherit}
.x-header-draggable,.x-header-draggable .x-title{cursor:move}
.x-tool{cursor:pointer;outline:none;width:16px;height:16px}
.x-tool-img{overflow:hidden;width:16px;height:16px;display:block;background-repeat:no-repeat;background-position:center;opacity:.8}
.x-tool-over .x-tool-img{opacity:1}
.x-tool-close{background-image:url("${ICON.close}")}
/* window */
.x-window{outline:none;overflow:hidden}
.x-window-default{border:1px solid #5fa2dd;background-color:#fff;padding:0;box-shadow:rgba(0,0,0,.35) 0 4px 18px 4px}
.x-window-bodyWrap{position:relative}
.x-window-header-default{background-color:#5fa2dd;padding:11px 10px 11px 15px;font-size:16px}
.x-window-header-title-default{color:#fff;font-size:16px;font-weight:400;font-family:${FONT};line-height:18px}
.x-window-body-default{background:#fff;border:0;color:#404040;font-size:13px;font-weight:300;font-family:${FONT}}
.x-window-body{position:relative;overflow:hidden}
.x-message-box .x-window-body{padding:15px 15px 5px}
.x-message-box-icon{width:42px;height:42px;background-repeat:no-repeat;background-position:0 0;background-size:36px 36px}
.x-message-box-info{background-image:url("${ICON.info}")}
.x-message-box-warning{background-image:url("${ICON.warning}")}
.x-message-box-question{background-image:url("${ICON.question}")}
.x-message-box-error{background-image:url("${ICON.error}")}
.x-message-box .x-form-display-field-default{margin-top:0;min-height:0;line-height:19px}
.x-toast{box-shadow:rgba(0,0,0,.25) 0 2px 10px 2px}
.x-toast .x-window-body{padding:12px 15px}
/* masks */
.x-mask{z-index:100;position:absolute;top:0;left:0;width:100%;height:100%;background:rgba(208,208,208,.5);outline:none!important;cursor:default}
.x-mask-msg{padding:8px;border:1px solid #d0d0d0;background:#e5e5e5;position:absolute}
.x-mask-msg-inner{padding:0;background:transparent;color:#5f5f5f;font:300 13px ${FONT}}
.x-mask-msg-text{padding:25px 4px 0;background:url("${ICON.spinner}") no-repeat center 0;text-align:center;white-space:nowrap}
/* toolbar */
.x-toolbar{position:relative;overflow:hidden}
.x-toolbar-default{padding:6px 0 6px 8px;border:1px solid #d0d0d0;border-width:0;background:#fff}
.x-toolbar-footer{background:transparent;border:0;margin:0;padding:10px 10px 10px 4px}
.x-toolbar-text{white-space:nowrap}
.x-toolbar-text-default{padding:0 4px;color:#404040;font:300 13px/17px ${FONT}}
.x-toolbar-separator-horizontal{margin:0 8px 0 0;height:14px;border-left:1px solid #d0d0d0;width:1px}
/* buttons */
.x-btn{display:inline-block;outline:0;cursor:pointer;white-space:nowrap;text-decoration:none;vertical-align:top;overflow:hidden;position:relative}
.x-btn-wrap{display:table;height:100%;width:100%}
.x-btn-button{vertical-align:middle;display:table-cell;white-space:nowrap;line-height:0;text-align:center}
.x-btn-inner{display:inline-block;vertical-align:middle;overflow:hidden;text-overflow:ellipsis}
.x-btn-icon-el{display:none;vertical-align:middle;background-position:center;background-repeat:no-repeat}
.x-btn-icon .x-btn-icon-el{display:inline-block}
.x-btn-no-text .x-btn-inner{display:none}
.x-btn-default-small{border-radius:0;padding:7px 7px 7px 7px;border-width:1px;border-style:solid;background-color:#5fa2dd;border-color:#5897ce}
.x-btn-inner-default-small{font:400 13px/16px ${FONT};color:#fff;padding:0 5px;max-width:100%}
.x-btn-icon-el-default-small{width:16px;height:16px;margin:0}
.x-btn-text.x-btn-icon .x-btn-icon-el-default-small{margin-right:0}
.x-btn-over.x-btn-default-small{background-color:#5a9ad1;border-color:#5490c4}
.x-btn-pressed.x-btn-default-small{background-color:#4d84b6;border-color:#4a7fae}
.x-btn-focus.x-btn-default-small{box-shadow:#fff 0 0 0 1px inset}
.x-btn-disabled.x-btn-default-small{opacity:.5;cursor:default}
/* form fields */
.x-field{outline:none}
.x-form-item{display:table;table-layout:fixed;border-spacing:0;border-collapse:separate;margin-bottom:10px}
.x-form-item-label{display:table-cell;vertical-align:top;text-align:left;overflow:hidden}
.x-form-item-label-default{color:#404040;font:400 13px/17px ${FONT};min-height:32px;padding-top:8px;padding-right:5px}
.x-form-item-label-inner{display:inline-block}
.x-form-item-body{display:table-cell;vertical-align:top;position:relative}
.x-form-trigger-wrap{display:table;width:100%;table-layout:fixed;border-collapse:separate}
.x-form-trigger-wrap-default{border:1px solid #d0d0d0}
.x-form-text-wrap{display:table-cell;overflow:hidden;height:100%;position:relative}
.x-form-trigger{display:table-cell;vertical-align:top;cursor:pointer;overflow:hidden;background-repeat:no-repeat;line-height:0;white-space:nowrap}
.x-form-trigger-default{width:32px;background:#fff url("${ICON.trigger}") no-repeat center center}
.x-form-trigger-over.x-form-trigger-default{background-color:#f5f5f5}
.x-form-text{display:block;width:100%;border:0;margin:0;outline:none}
.x-form-text-default{color:#404040;padding:5px 10px 4px;background-color:#fff;font:300 13px/21px ${FONT};min-height:30px}
.x-form-text-default::placeholder{color:#919191}
.x-trigger-noedit{cursor:pointer}
.x-form-trigger-wrap-focus.x-form-trigger-wrap-default{border-color:#5fa2dd}
.x-form-trigger-wrap-invalid.x-form-trigger-wrap-default{border-color:#cf4c35}
.x-item-disabled .x-form-trigger-wrap-default{opacity:.5}
.x-form-display-field{overflow-wrap:break-word}
.x-form-display-field-default{min-height:32px;font:300 13px/17px ${FONT};color:#404040;margin-top:8px}
.x-form-error-wrap-side{display:table-cell;width:26px;vertical-align:top}
.x-form-error-wrap-under{display:table-caption;caption-side:bottom}
.x-form-invalid-under-default{padding:4px 2px 2px 20px;color:#cf4c35;font:300 13px/16px ${FONT};background:url("${ICON.fieldError}") no-repeat 0 4px}
.x-form-invalid-icon-default{width:16px;height:16px;margin:8px 5px;background:url("${ICON.fieldError}") no-repeat}
.x-form-cb-wrap{vertical-align:top}
.x-form-cb-wrap-default{height:32px}
.x-form-cb-wrap-inner{position:relative;white-space:nowrap}
.x-form-cb{position:relative;display:inline-block;vertical-align:top}
.x-form-cb-default{margin-top:9px}
.x-form-radio-default{width:15px;height:15px;background:url("${ICON.radio}") no-repeat}
.x-form-cb-checked .x-form-radio-default{background-image:url("${ICON.radioOn}")}
.x-form-cb-input{position:absolute;top:0;left:0;width:100%;height:100%;margin:0;padding:0;opacity:0;cursor:pointer}
.x-form-cb-label{display:inline-block;cursor:pointer}
.x-form-cb-label-default{margin-top:8px;font:300 13px/17px ${FONT}}
.x-form-cb-label-after{margin-left:6px}
.x-form-checkbox-focus .x-form-cb-label{outline:1px dotted #5fa2dd}
.x-form-checkboxgroup .x-form-item{margin-bottom:0}
.x-form-checkboxgroup-col{vertical-align:top;padding:0 24px 0 0}
.x-form-invalid .x-form-checkboxgroup{outline:1px solid #cf4c35;outline-offset:1px}
.x-form-fieldcontainer .x-form-item{margin-bottom:0}
/* bound list */
.x-boundlist{border-width:1px;border-style:solid;background:#fff;outline:none}
.x-boundlist-default{border-color:#e1e1e1}
.x-boundlist-item{padding:0 10px;font:300 13px/30px ${FONT};cursor:pointer;position:relative;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;color:#404040}
.x-boundlist-item-over{background:#e2eff9}
.x-boundlist-selected{background:#c1ddf1}
/* tips */
.x-tip{position:absolute;overflow:visible;border-radius:0}
.x-tip-default{border:1px solid #e1e1e1;background:#fff;padding:6px;box-shadow:rgba(0,0,0,.15) 0 2px 6px}
.x-tip-body-default{padding:0;color:#404040;font:300 13px/17px ${FONT}}
.x-tip-form-invalid{border-color:#cf4c35}
.x-tip-form-invalid .x-tip-body{padding-left:22px;background:url("${ICON.fieldError}") no-repeat 0 1px}
/* grid and tree */
.x-grid-view{overflow:hidden;position:relative;outline:none}
.x-grid-item-container{min-height:1px;position:relative}
.x-grid-item{table-layout:fixed;outline:none;border-collapse:separate;border-spacing:0;border-style:solid;border-width:1px 0 0;border-color:#ededed;color:#404040;background-color:#fff;font:300 13px/19px ${FONT}}
.x-grid-item-alt{background-color:#fafafa}
.x-grid-item-over{background-color:#e2eff9}
.x-grid-item-selected{background-color:#c1ddf1}
.x-grid-item-focused .x-grid-cell-inner{outline:1px dotted #5fa2dd;outline-offset:-2px}
.x-grid-row{outline:none}
.x-grid-td{overflow:hidden;border-width:0;vertical-align:top}
.x-grid-cell-inner{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;padding:7px 10px 6px}
.x-grid-cell-inner-row-numberer{color:#919191;text-align:right}
.x-grid-empty{padding:12px 10px;color:#919191;font:300 13px/17px ${FONT}}
.x-grid-header-ct{border:1px solid #d0d0d0;border-width:0 1px 1px;background:#fff;position:relative;overflow:hidden}
.x-column-header{overflow:hidden;border-right:1px solid #d0d0d0;color:#404040;font:600 13px/17px ${FONT};background:#fff;outline:0}
.x-column-header-last{border-right:0}
.x-column-header-inner{padding:8px 10px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.x-tree-view .x-grid-item{border-width:0}
.x-tree-view .x-grid-cell-inner{padding:0 10px 0 6px;line-height:32px;height:32px;cursor:pointer}
.x-tree-elbow-img,.x-tree-icon{display:inline-block;vertical-align:top;background-repeat:no-repeat;background-position:0 center;height:32px}
.x-tree-elbow-img{width:18px}
.x-tree-icon{width:16px;margin-right:6px}
.x-tree-arrows .x-tree-expander{background-image:url("${ICON.expRight}");cursor:pointer}
.x-tree-arrows .x-grid-tree-node-expanded .x-tree-expander{background-image:url("${ICON.expDown}")}
.x-tree-icon-leaf{background-image:url("${ICON.leaf}")}
.x-tree-icon-parent{background-image:url("${ICON.folder}")}
.x-tree-icon-parent-expanded{background-image:url("${ICON.folderOpen}")}
.x-tree-node-text{font:300 13px/32px ${FONT}}
.x-tree-animator-wrap{overflow:hidden}
.x-img{display:block}
`;

const APP_CSS = `
.app-loading{position:absolute;left:0;top:0;right:0;bottom:0;background:#fff;z-index:30000;transition:opacity .4s}
.app-loading-inner{position:absolute;left:50%;top:45%;transform:translate(-50%,-50%);padding-top:30px;background:url("${ICON.spinner}") no-repeat center 0;color:#5f5f5f;font:300 14px ${FONT}}
.app-banner{background:#1b4f8a;background:linear-gradient(90deg,#173f6d 0%,#1f5c9e 60%,#2a6db5 100%);border-bottom:3px solid #f4a835}
.app-banner-title{color:#fff;font:600 22px/26px ${FONT};white-space:nowrap}
.app-banner-sub{color:#d6e6f6;font:300 12px/16px ${FONT};white-space:nowrap}
.app-banner-user{color:#fff;font:300 13px/17px ${FONT};text-align:right;white-space:nowrap}
.app-banner-user b{font-weight:600}
.app-footer{background:#f5f5f5;border-top:1px solid #d0d0d0;color:#666;font:300 12px/27px ${FONT};text-align:center}
.app-req{color:#cf4c35;font-weight:600;padding-left:2px}
.app-error-text{color:#cf4c35;font-weight:400;background:#fbeae7;border:1px solid #efb8ae;padding:7px 10px}
.app-note{color:#666;font-size:12px;line-height:17px}
.app-note-box{background:#f4f8fc;border:1px solid #d6e6f6;padding:8px 12px;line-height:19px}
.app-prefix .x-form-display-field-default{font-weight:600;color:#404040;min-height:24px}
.app-home h2{font:400 18px/24px ${FONT};color:#1b4f8a;margin:0 0 10px}
.app-home ul{margin:6px 0 16px 18px;padding:0}
.app-home li{margin:0 0 6px}
.app-stat{width:100%;border-collapse:collapse}
.app-stat td{padding:6px 4px;border-bottom:1px solid #ededed}
.app-stat td.n{text-align:right;font-weight:600;color:#1b4f8a;font-size:16px}
.app-welcome{font:300 15px/20px ${FONT}}
.app-icon-refresh{background-image:url("${ICON.refresh}")}
.app-icon-logout{background-image:url("${ICON.logout}")}
.app-icon-user{background-image:url("${ICON.user}")}
.app-ico-home.x-tree-icon{background-image:url("${ICON.home}")}
.app-captcha{border:1px solid #d0d0d0}
.app-btn-danger.x-btn-default-small{background-color:#d9534f;border-color:#c9302c}
.app-btn-danger.x-btn-over.x-btn-default-small{background-color:#c9302c}
`;

/**
 * The framework runtime: a small hand-written stand-in for ext-all.js (classic toolkit) that
 * reproduces the markup, class names, ids, floating/z-index behaviour, focus handling, masks,
 * box/border/card layouts, Ext.Ajax, Ext.Msg, Ext.toast, quick tips and hash routes.
 */
const EXT_RUNTIME = String.raw`
(function () {
  'use strict';
  var Ext = (window.Ext = { version: '6.2.1.167', isExt: true });
  var seed = 1000;
  var registry = {};
  var classes = {};
  var aliases = {};
  var roots = [];

  function apply(o, c) { if (c) { for (var k in c) { if (Object.prototype.hasOwnProperty.call(c, k)) o[k] = c[k]; } } return o; }
  function applyIf(o, c) { if (c) { for (var k in c) { if (Object.prototype.hasOwnProperty.call(c, k) && o[k] === undefined) o[k] = c[k]; } } return o; }
  function byId(id) { return document.getElementById(id); }
  function enc(v) { return String(v == null ? '' : v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
  function addCls(el, c) { if (el && c) c.split(/\s+/).forEach(function (x) { if (x) el.classList.add(x); }); }
  function removeCls(el, c) { if (el && c) c.split(/\s+/).forEach(function (x) { if (x) el.classList.remove(x); }); }
  function fromHtml(html) { var d = document.createElement('div'); d.innerHTML = html; return d.firstElementChild; }
  function num(v) { return parseFloat(v) || 0; }
  function contentBox(el) { var cs = getComputedStyle(el); return { w: el.clientWidth - num(cs.paddingLeft) - num(cs.paddingRight), h: el.clientHeight - num(cs.paddingTop) - num(cs.paddingBottom) }; }
  function parseMargin(m) {
    if (m == null) return { t: 0, r: 0, b: 0, l: 0 };
    if (typeof m === 'number') return { t: m, r: m, b: m, l: m };
    var p = String(m).trim().split(/\s+/).map(Number);
    if (p.length === 1) return { t: p[0], r: p[0], b: p[0], l: p[0] };
    if (p.length === 2) return { t: p[0], r: p[1], b: p[0], l: p[1] };
    if (p.length === 3) return { t: p[0], r: p[1], b: p[2], l: p[1] };
    return { t: p[0], r: p[1], b: p[2], l: p[3] };
  }
  function marginStyle(m) { var q = parseMargin(m); return 'margin:' + q.t + 'px ' + q.r + 'px ' + q.b + 'px ' + q.l + 'px;'; }
  function padStyle(p) { if (p == null) return ''; if (typeof p === 'number') return 'padding:' + p + 'px;'; return 'padding:' + String(p).trim().split(/\s+/).map(function (x) { return x + 'px'; }).join(' ') + ';'; }
  function isShown(el) { return !!(el && el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden'); }

  Ext.apply = apply;
  Ext.applyIf = applyIf;
  Ext.emptyFn = function () {};
  Ext.id = function (prefix) { seed += 1; return (prefix || 'ext-element') + '-' + seed; };
  Ext.getCmp = function (id) { return registry[id]; };
  Ext.get = byId;
  Ext.getBody = function () { return document.body; };
  Ext.htmlEncode = enc;
  Ext.String = { htmlEncode: enc, format: function (f) { var a = arguments; return String(f).replace(/\{(\d+)\}/g, function (m, i) { return a[+i + 1]; }); } };
  Ext.defer = function (fn, ms, scope, args) { return setTimeout(function () { fn.apply(scope, args || []); }, ms || 0); };
  Ext.decode = function (s, safe) { try { return JSON.parse(s); } catch (e) { if (safe) return null; throw e; } };
  Ext.encode = function (o) { return JSON.stringify(o); };
  Ext.onReady = function (fn) { if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { fn(); }); else setTimeout(fn, 0); };
  Ext.baseCSSPrefix = 'x-';

  var Observable = {
    on: function (name, fn, scope) {
      if (typeof name === 'object') { var s = name.scope; for (var k in name) { if (k !== 'scope') this.on(k, name[k], s); } return this; }
      var ev = this.eventListeners || (this.eventListeners = {});
      (ev[name] || (ev[name] = [])).push({ fn: fn, scope: scope });
      return this;
    },
    un: function (name, fn) { var l = this.eventListeners && this.eventListeners[name]; if (l) this.eventListeners[name] = l.filter(function (x) { return x.fn !== fn; }); return this; },
    fireEvent: function (name) {
      var l = this.eventListeners && this.eventListeners[name];
      if (!l) return true;
      var args = Array.prototype.slice.call(arguments, 1), list = l.slice();
      for (var i = 0; i < list.length; i++) { if (list[i].fn.apply(list[i].scope || this, args) === false) return false; }
      return true;
    }
  };

  function define(xtype, parentType, proto, className) {
    var P = parentType ? classes[parentType] : null;
    var C = function (cfg) { this.construct(cfg || {}); };
    C.prototype = P ? Object.create(P.prototype) : apply({}, Observable);
    apply(C.prototype, proto);
    C.prototype.xtype = xtype;
    C.prototype.xtypes = (P ? P.prototype.xtypes : []).concat([xtype]);
    C.prototype.constructor = C;
    classes[xtype] = C;
    if (className) aliases[className] = xtype;
    return C;
  }
  function sup(type, method, self, args) { return classes[type].prototype[method].apply(self, args || []); }

  function matches(c, sel) {
    if (!sel) return true;
    var m = /^([\w.-]*)(?:#([\w-]+))?(?:\[(\w+)=["']?([^\]"']*)["']?\])?$/.exec(sel);
    if (!m) return false;
    if (m[1] && c.xtypes.indexOf(m[1]) < 0) return false;
    if (m[2] && c.itemId !== m[2] && c.id !== m[2]) return false;
    if (m[3] && String(c[m[3]]) !== m[4]) return false;
    return true;
  }

  Ext.widget = function (cfg, defaultType) {
    if (cfg && cfg.isComponent) return cfg;
    if (typeof cfg === 'string') cfg = cfg === '->' ? { xtype: 'tbfill' } : cfg === '-' ? { xtype: 'tbseparator' } : { xtype: 'tbtext', text: cfg };
    var t = cfg.xtype || defaultType || 'panel';
    var C = classes[t];
    if (!C) throw new Error('[Ext.create] Unrecognized class name / alias: widget.' + t);
    return new C(cfg);
  };
  Ext.create = function (name, cfg) { if (typeof name === 'string') return Ext.widget(apply({ xtype: aliases[name] || name }, cfg || {})); return Ext.widget(name); };

  /* ------------------------------------------------------------------ z-index manager */
  var ZIndex = {
    seed: 19000, stack: [], mask: null,
    next: function () { this.seed += 10; return this.seed; },
    bringToFront: function (w) {
      var i = this.stack.indexOf(w);
      if (i >= 0) this.stack.splice(i, 1);
      this.stack.push(w);
      w.el.style.zIndex = String(this.next());
      this.sync();
    },
    remove: function (w) { var i = this.stack.indexOf(w); if (i >= 0) this.stack.splice(i, 1); this.sync(); },
    topModal: function () { for (var i = this.stack.length - 1; i >= 0; i--) { if (this.stack[i].modal) return this.stack[i]; } return null; },
    sync: function () {
      var top = this.topModal();
      if (!this.mask) {
        this.mask = fromHtml('<div class="x-mask" id="' + Ext.id('ext-element') + '" role="presentation" tabindex="-1" style="display:none"></div>');
        document.body.appendChild(this.mask);
        this.mask.addEventListener('mousedown', function (e) { e.preventDefault(); var t = ZIndex.topModal(); if (t) t.focusDefault(); });
      }
      if (top) {
        this.mask.style.zIndex = String(parseInt(top.el.style.zIndex, 10) - 4);
        this.mask.style.position = 'fixed';
        this.mask.style.display = '';
      } else {
        this.mask.style.display = 'none';
      }
    }
  };
  Ext.WindowManager = ZIndex;

  /* ------------------------------------------------------------------ layout driver */
  Ext.updateLayout = function () {
    roots.slice().forEach(function (r) { if (!r.destroyed && r.rendered && !r.hidden) r.layoutRoot(); });
  };
  var resizeTimer = null;
  window.addEventListener('resize', function () { clearTimeout(resizeTimer); resizeTimer = setTimeout(Ext.updateLayout, 50); });

  /* ------------------------------------------------------------------ Ext.Component */
  define('component', null, {
    isComponent: true, baseCls: 'x-component', ui: 'default', hideMode: 'display', autoEl: 'div', role: null,
    construct: function (cfg) {
      apply(this, cfg);
      this.initialConfig = cfg;
      if (!this.id) this.id = Ext.id(this.idPrefix || this.xtype);
      registry[this.id] = this;
      var ls = this.listeners;
      this.listeners = null;
      if (ls) this.on(ls);
      this.initComponent();
    },
    initComponent: function () {},
    getChildren: function () { return []; },
    clsList: function () {
      var c = [this.baseCls];
      if (this.ui) c.push(this.baseCls + '-' + this.ui);
      if (this.layoutItemCls) c.push(this.layoutItemCls);
      if (this.cls) c.push(this.cls);
      if (this.disabled) c.push('x-item-disabled');
      if (this.hidden) c.push('x-hidden-' + this.hideMode);
      return c;
    },
    attrs: function () {
      var a = ' data-componentid="' + this.id + '"';
      if (this.role) a += ' role="' + this.role + '"';
      if (this.tooltip) a += ' data-qtip="' + enc(this.tooltip) + '"';
      return a;
    },
    styleStr: function () {
      var s = '';
      if (this.margin != null) s += marginStyle(this.margin);
      if (this.width != null) s += 'width:' + this.width + 'px;';
      if (this.height != null) s += 'height:' + this.height + 'px;';
      if (this.padding != null) s += padStyle(this.padding);
      if (this.style) s += this.style;
      return s;
    },
    getHtml: function () {
      var s = this.styleStr();
      return '<' + this.autoEl + ' id="' + this.id + '" class="' + this.clsList().join(' ') + '"' + this.attrs() + (s ? ' style="' + s + '"' : '') + '>' + this.innerHtml() + '</' + this.autoEl + '>';
    },
    innerHtml: function () { return this.html == null ? '' : this.html; },
    render: function (target, before) {
      var el = fromHtml(this.getHtml());
      if (before) target.insertBefore(el, before); else target.appendChild(el);
      this.onAfterRender();
      return this;
    },
    onAfterRender: function () {
      var me = this;
      me.el = byId(me.id);
      me.rendered = true;
      me.getChildren().forEach(function (c) { c.onAfterRender(); });
      me.initEvents();
      me.fireEvent('afterrender', me);
    },
    initEvents: function () {},
    getEl: function () { return this.el; },
    getContentTarget: function () { return this.el; },
    update: function (html) { this.html = html; if (this.rendered) this.getContentTarget().innerHTML = html; Ext.updateLayout(); return this; },
    setHidden: function (h) { return h ? this.hide() : this.show(); },
    setVisible: function (v) { return v ? this.show() : this.hide(); },
    show: function () {
      if (this.floating) return this.showFloating();
      this.hidden = false;
      if (this.el) removeCls(this.el, 'x-hidden-' + this.hideMode);
      this.fireEvent('show', this);
      Ext.updateLayout();
      return this;
    },
    hide: function () {
      if (this.floating) return this.hideFloating();
      this.hidden = true;
      if (this.el) addCls(this.el, 'x-hidden-' + this.hideMode);
      this.fireEvent('hide', this);
      Ext.updateLayout();
      return this;
    },
    isHidden: function () { return !!this.hidden; },
    isVisible: function () { var c = this; while (c) { if (c.hidden) return false; c = c.ownerCt; } return !!this.rendered; },
    setDisabled: function (d) {
      d = !!d;
      var changed = d !== !!this.disabled;
      this.disabled = d;
      if (this.el) { if (d) addCls(this.el, 'x-item-disabled'); else removeCls(this.el, 'x-item-disabled'); }
      if (changed) this.onDisabledChange(d);
      return this;
    },
    onDisabledChange: function () {},
    enable: function () { return this.setDisabled(false); },
    disable: function () { return this.setDisabled(true); },
    isDisabled: function () { return !!this.disabled; },
    getFocusEl: function () { return this.el; },
    focus: function (selectText, delay) {
      var me = this;
      var go = function () { var f = me.getFocusEl(); if (f && f.focus && !me.destroyed) { f.focus(); if (selectText && f.select) f.select(); } };
      if (delay) setTimeout(go, delay === true ? 10 : delay); else go();
      return me;
    },
    up: function (sel) { var p = this.ownerCt; while (p) { if (matches(p, sel)) return p; p = p.ownerCt; } return null; },
    is: function (sel) { return matches(this, sel); },
    query: function (sel) {
      var out = [];
      (function walk(c) { c.getChildren().forEach(function (k) { if (matches(k, sel)) out.push(k); walk(k); }); })(this);
      return out;
    },
    down: function (sel) { return this.query(sel)[0] || null; },
    destroy: function () {
      var me = this;
      if (me.destroyed) return;
      me.fireEvent('beforedestroy', me);
      if (me.onDestroy) me.onDestroy();
      me.getChildren().forEach(function (c) { c.destroy(); });
      if (me.el && me.el.parentNode && me.el !== document.body) me.el.parentNode.removeChild(me.el);
      delete registry[me.id];
      me.destroyed = true;
      var i = roots.indexOf(me);
      if (i >= 0) roots.splice(i, 1);
      me.fireEvent('destroy', me);
    },
    doLayout: function (w, h) {
      var me = this;
      if (!me.el) return;
      var s = me.el.style;
      var W = w != null ? w : me.width;
      var H = h != null ? h : me.height;
      s.width = W != null ? W + 'px' : '';
      s.height = H != null ? H + 'px' : '';
      me.layoutChildren(W, H);
    },
    layoutChildren: function () {},
    setLoading: function (load) {
      var me = this;
      if (me.loadMaskEl) { if (me.loadMaskEl.parentNode) me.loadMaskEl.parentNode.removeChild(me.loadMaskEl); me.loadMaskEl = null; }
      if (load === false || load == null || !me.el) return me;
      var msg = typeof load === 'string' ? load : 'Loading...';
      var id = Ext.id('loadmask');
      var m = fromHtml('<div class="x-mask x-border-box" id="' + id + '" role="presentation" tabindex="-1" style="right:auto;left:0;top:0;width:100%;height:100%;z-index:200">' +
        '<div class="x-mask-msg x-mask-loading x-layer x-mask-msg-default x-border-box" id="' + id + '-msgWrapEl" data-ref="msgWrapEl" role="presentation">' +
        '<div id="' + id + '-msgEl" data-ref="msgEl" class="x-mask-msg-inner x-mask-msg-inner-default" role="presentation"><div id="' + id + '-msgTextEl" data-ref="msgTextEl" class="x-mask-msg-text x-mask-msg-text-default">' + enc(msg) + '</div></div></div></div>');
      me.el.appendChild(m);
      var box = m.firstElementChild;
      box.style.left = Math.max(0, Math.round((m.clientWidth - box.offsetWidth) / 2)) + 'px';
      box.style.top = Math.max(0, Math.round((m.clientHeight - box.offsetHeight) / 2)) + 'px';
      me.loadMaskEl = m;
      return me;
    }
  });

  /* ------------------------------------------------------------------ Ext.container.Container */
  define('container', 'component', {
    baseCls: 'x-container', layout: 'auto',
    initComponent: function () {
      var me = this;
      me.layout = typeof me.layout === 'string' ? { type: me.layout } : apply({}, me.layout || { type: 'auto' });
      var items = me.items;
      me.items = [];
      (Array.isArray(items) ? items : items ? [items] : []).forEach(function (it) { me.items.push(me.prepareItem(it)); });
      if (me.layout.type === 'card') {
        var ai = me.activeItem || 0;
        me.activeCard = typeof ai === 'number' ? me.items[ai] : me.down('#' + ai);
        me.items.forEach(function (it) { if (it !== me.activeCard) it.hidden = true; });
      }
    },
    prepareItem: function (it) {
      var me = this;
      if (typeof it === 'string') it = Ext.widget(it);
      if (!it.isComponent) it = Ext.widget(applyIf(apply({}, it), me.defaults), me.defaultType);
      it.ownerCt = me;
      return it;
    },
    getChildren: function () { return this.items.slice(); },
    clsList: function () {
      var c = sup('component', 'clsList', this), t = this.layout.type;
      if (t === 'hbox' || t === 'vbox') c.push('x-box-layout-ct');
      if (t === 'border') c.push('x-border-layout-ct');
      return c;
    },
    itemLayoutCls: function () {
      var t = this.layout.type;
      if (t === 'hbox' || t === 'vbox') return 'x-box-item';
      if (t === 'border') return 'x-border-item x-box-item';
      if (t === 'fit' || t === 'card') return 'x-fit-item';
      return '';
    },
    itemsHtml: function () { var me = this, cls = me.itemLayoutCls(); return me.items.map(function (it) { it.layoutItemCls = cls; return it.getHtml(); }).join(''); },
    layoutHtml: function () {
      var t = this.layout.type, id = this.id;
      if (t === 'hbox' || t === 'vbox') return '<div id="' + id + '-innerCt" data-ref="innerCt" role="presentation" class="x-box-inner"><div id="' + id + '-targetEl" data-ref="targetEl" class="x-box-target" role="presentation">' + this.itemsHtml() + '</div></div>';
      if (t === 'auto' || t === 'anchor') return '<div id="' + id + '-outerCt" data-ref="outerCt" class="x-autocontainer-outerCt" role="presentation"><div id="' + id + '-innerCt" data-ref="innerCt" class="x-autocontainer-innerCt" role="presentation">' + (this.html != null ? this.html : '') + this.itemsHtml() + '</div></div>';
      return this.itemsHtml();
    },
    innerHtml: function () { return this.layoutHtml(); },
    getBodyEl: function () { return this.el; },
    getTargetEl: function () {
      var t = this.layout.type;
      if (t === 'hbox' || t === 'vbox') return byId(this.id + '-targetEl');
      if (t === 'auto' || t === 'anchor') return byId(this.id + '-innerCt');
      return this.getBodyEl();
    },
    add: function (cfg) {
      var me = this, list = Array.isArray(cfg) ? cfg : [cfg], out = [];
      list.forEach(function (c) {
        var it = me.prepareItem(c);
        if (me.layout.type === 'card') { if (me.activeCard) it.hidden = true; else { me.activeCard = it; it.hidden = false; } }
        me.items.push(it);
        if (me.rendered) { it.layoutItemCls = me.itemLayoutCls(); it.render(me.getTargetEl()); }
        out.push(it);
      });
      Ext.updateLayout();
      return Array.isArray(cfg) ? out : out[0];
    },
    remove: function (it, destroy) {
      var i = this.items.indexOf(it);
      if (i >= 0) this.items.splice(i, 1);
      if (this.activeCard === it) this.activeCard = null;
      it.ownerCt = null;
      if (destroy !== false) it.destroy(); else if (it.el && it.el.parentNode) it.el.parentNode.removeChild(it.el);
      Ext.updateLayout();
      return it;
    },
    setActiveItem: function (it) {
      var me = this;
      if (typeof it === 'number') it = me.items[it];
      else if (typeof it === 'string') it = me.down('#' + it);
      if (!it || it === me.activeCard) return it;
      var old = me.activeCard;
      me.activeCard = it;
      if (old && !old.destroyed) { old.hidden = true; addCls(old.el, 'x-hidden-display'); old.fireEvent('deactivate', old); }
      it.hidden = false;
      removeCls(it.el, 'x-hidden-display');
      Ext.updateLayout();
      it.fireEvent('activate', it);
      return it;
    },
    getActiveItem: function () { return this.activeCard; },
    getLayout: function () { var me = this; return { setActiveItem: function (i) { return me.setActiveItem(i); }, getActiveItem: function () { return me.activeCard; } }; },
    isBoxItem: function () { return this.floating || /x-box-item/.test(this.layoutItemCls || ''); },
    layoutChildren: function (W, H) {
      var me = this, body = me.getBodyEl();
      if (!body) return;
      var t = me.layout.type, cb = contentBox(body);
      if (t === 'fit' || t === 'card') {
        var it = t === 'card' ? me.activeCard : me.items.filter(function (i) { return !i.hidden; })[0];
        if (it && !it.hidden) it.doLayout(cb.w, H != null ? cb.h : null);
      } else if (t === 'hbox') me.layoutHBox(W == null && me.isBoxItem() ? null : cb.w, H != null ? cb.h : null);
      else if (t === 'border') me.layoutBorder(cb.w, cb.h);
      else me.layoutAuto(cb.w);
    },
    layoutAuto: function (w) {
      this.items.forEach(function (it) {
        if (it.hidden || !it.el) return;
        var cw = null;
        if (it.anchor) {
          var m = parseMargin(it.margin), a = String(it.anchor).split(' ')[0];
          cw = /%$/.test(a) ? Math.floor(w * parseFloat(a) / 100) - m.l - m.r : w + parseFloat(a) - m.l - m.r;
        }
        it.doLayout(cw, null);
      });
    },
    layoutHBox: function (w, h) {
      var me = this, L = me.layout, fixed = 0, flexSum = 0;
      var items = me.items.filter(function (i) { return !i.hidden && i.el; });
      items.forEach(function (it) {
        it.el.style.margin = '0';
        it.boxM = parseMargin(it.margin);
        fixed += it.boxM.l + it.boxM.r;
        if (it.flex) { flexSum += it.flex; return; }
        it.doLayout(it.width != null ? it.width : null, it.height != null ? it.height : null);
        var ow = it.el.offsetWidth;
        if (it.minWidth && ow < it.minWidth) { it.el.style.width = it.minWidth + 'px'; ow = it.minWidth; }
        it.boxW = ow;
        fixed += ow;
      });
      var avail = w != null && w > 0 ? w : fixed, rem = Math.max(0, avail - fixed);
      items.forEach(function (it) { if (it.flex) { it.boxW = Math.floor(rem * it.flex / flexSum); it.doLayout(it.boxW, it.height != null ? it.height : null); } });
      var maxH = 0;
      items.forEach(function (it) { it.boxH = it.el.offsetHeight; maxH = Math.max(maxH, it.boxH + it.boxM.t + it.boxM.b); });
      var ctH = h != null ? h : maxH;
      if (L.align === 'stretch') items.forEach(function (it) { var nh = ctH - it.boxM.t - it.boxM.b; if (nh !== it.boxH) { it.doLayout(it.boxW, nh); it.boxH = nh; } });
      var used = 0;
      items.forEach(function (it) { used += it.boxW + it.boxM.l + it.boxM.r; });
      var x = L.pack === 'center' ? Math.max(0, Math.floor((avail - used) / 2)) : L.pack === 'end' ? Math.max(0, avail - used) : 0;
      items.forEach(function (it) {
        var top = it.boxM.t;
        if (L.align === 'middle') top = Math.max(0, Math.round((ctH - it.boxH - it.boxM.t - it.boxM.b) / 2)) + it.boxM.t;
        it.el.style.left = x + it.boxM.l + 'px';
        it.el.style.top = top + 'px';
        x += it.boxW + it.boxM.l + it.boxM.r;
      });
      var innerCt = byId(me.id + '-innerCt');
      if (innerCt) { innerCt.style.width = avail + 'px'; innerCt.style.height = ctH + 'px'; }
      if (me.afterBoxLayout) me.afterBoxLayout();
    },
    layoutBorder: function (w, h) {
      var reg = {};
      this.items.forEach(function (it) { if (!it.hidden && it.el) reg[it.region] = it; });
      var top = 0, bottom = h, left = 0, right = w;
      function place(it, x, y) { it.el.style.left = x + 'px'; it.el.style.top = y + 'px'; }
      if (reg.north) { reg.north.doLayout(w, reg.north.height); place(reg.north, 0, 0); top = reg.north.el.offsetHeight; }
      if (reg.south) { reg.south.doLayout(w, reg.south.height); bottom = h - reg.south.el.offsetHeight; place(reg.south, 0, bottom); }
      var mh = Math.max(0, bottom - top);
      if (reg.west) { reg.west.doLayout(reg.west.width, mh); place(reg.west, 0, top); left = reg.west.el.offsetWidth; }
      if (reg.east) { reg.east.doLayout(reg.east.width, mh); right = w - reg.east.el.offsetWidth; place(reg.east, right, top); }
      if (reg.center) { reg.center.doLayout(Math.max(0, right - left), mh); place(reg.center, left, top); }
    }
  });

  /* ------------------------------------------------------------------ Ext.container.Viewport */
  define('viewport', 'container', {
    role: 'application',
    render: function () {
      var me = this, b = document.body;
      addCls(document.documentElement, 'x-viewport x-border-box');
      b.id = b.id || 'ext-element-1';
      addCls(b, 'x-body x-webkit x-chrome x-viewport ' + me.clsList().join(' '));
      b.setAttribute('data-componentid', me.id);
      b.setAttribute('role', 'application');
      b.insertAdjacentHTML('afterbegin', me.innerHtml());
      me.el = b;
      me.rendered = true;
      me.getChildren().forEach(function (c) { c.onAfterRender(); });
      me.initEvents();
      roots.push(me);
      me.layoutRoot();
      me.fireEvent('afterrender', me);
      return me;
    },
    initComponent: function () { sup('container', 'initComponent', this); this.render(); },
    layoutRoot: function () { this.layoutChildren(window.innerWidth, window.innerHeight); }
  }, 'Ext.container.Viewport');

  /* ------------------------------------------------------------------ simple components */
  define('tbtext', 'component', {
    baseCls: 'x-toolbar-text',
    clsList: function () { return ['x-toolbar-text', this.layoutItemCls, 'x-toolbar-item', 'x-toolbar-text-default', this.cls || '', this.hidden ? 'x-hidden-display' : '']; },
    innerHtml: function () { return this.text || this.html || ''; },
    setText: function (t) { this.text = t; if (this.el) this.el.innerHTML = t; Ext.updateLayout(); }
  });
  define('tbfill', 'component', { flex: 1, clsList: function () { return ['x-component', this.layoutItemCls, 'x-toolbar-item', 'x-component-default']; } });
  define('tbseparator', 'component', { clsList: function () { return ['x-toolbar-separator', this.layoutItemCls, 'x-toolbar-item', 'x-toolbar-separator-horizontal']; }, role: 'separator' });
  define('image', 'component', {
    baseCls: 'x-img',
    getHtml: function () { return '<img id="' + this.id + '" class="' + this.clsList().join(' ') + '" src="' + enc(this.src) + '"' + (this.alt ? ' alt="' + enc(this.alt) + '"' : '') + ' data-componentid="' + this.id + '" style="' + this.styleStr() + '">'; },
    setSrc: function (s) { this.src = s; if (this.el) this.el.src = s; }
  }, 'Ext.Img');

  /* ------------------------------------------------------------------ panel header, title, tools */
  define('title', 'component', {
    baseCls: 'x-title',
    clsList: function () { var b = this.hbase; return ['x-title', b + '-header-title', b + '-header-title-default', this.layoutItemCls, 'x-title-default', 'x-title-rotate-none', 'x-title-align-left']; },
    attrs: function () { return ' data-componentid="' + this.id + '" role="presentation" unselectable="on"'; },
    innerHtml: function () { return '<div id="' + this.id + '-textEl" data-ref="textEl" class="x-title-text x-title-text-default x-title-item" unselectable="on" role="presentation">' + (this.text == null ? '&#160;' : this.text) + '</div>'; },
    setText: function (t) { this.text = t; if (this.el) byId(this.id + '-textEl').innerHTML = t; }
  });
  define('tool', 'component', {
    baseCls: 'x-tool', width: 16, height: 16,
    clsList: function () { return ['x-tool', this.layoutItemCls, 'x-tool-default', 'x-tool-after-title']; },
    attrs: function () { return ' data-componentid="' + this.id + '" role="button" tabindex="' + (this.isCloseTool ? '-1' : '0') + '"' + (this.tooltip ? ' data-qtip="' + enc(this.tooltip) + '" aria-label="' + enc(this.tooltip) + '"' : ''); },
    innerHtml: function () { return '<div id="' + this.id + '-toolEl" data-ref="toolEl" class="x-tool-tool-el x-tool-img x-tool-' + this.type + ' " role="presentation"></div>'; },
    initEvents: function () {
      var me = this, el = me.el;
      el.addEventListener('mousedown', function (e) { e.stopPropagation(); if (me.isCloseTool) e.preventDefault(); });
      el.addEventListener('click', function (e) { e.stopPropagation(); if (me.handler) me.handler.call(me.scope || me, e, me); });
      el.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); if (me.handler) me.handler.call(me.scope || me, e, me); } });
      el.addEventListener('mouseenter', function () { addCls(el, 'x-tool-over'); });
      el.addEventListener('mouseleave', function () { removeCls(el, 'x-tool-over'); });
    }
  });
  define('header', 'container', {
    role: 'presentation',
    initComponent: function () {
      var me = this, b = me.hbase;
      me.layout = { type: 'hbox', align: 'middle' };
      me.items = [{ xtype: 'title', id: me.id + '-title', text: me.title, hbase: b, flex: 1 }].concat((me.tools || []).map(function (t) { return apply({ xtype: 'tool', hbase: b, margin: '0 0 0 6' }, t); }));
      sup('container', 'initComponent', me);
      me.titleCmp = me.items[0];
    },
    clsList: function () {
      var b = this.hbase;
      var c = [b + '-header', 'x-header', 'x-header-horizontal', 'x-docked', 'x-unselectable', b + '-header-default', 'x-horizontal', b + '-header-horizontal', b + '-header-default-horizontal', 'x-top', b + '-header-top', b + '-header-default-top', 'x-box-layout-ct', 'x-docked-top', b + '-header-docked-top', b + '-header-default-docked-top'];
      if (this.draggable) c.push('x-header-draggable', b + '-header-draggable', b + '-header-default-draggable');
      if (this.hidden) c.push('x-hidden-display');
      return c;
    },
    setTitle: function (t) { this.titleCmp.setText(t); }
  });

  /* ------------------------------------------------------------------ Ext.toolbar.Toolbar (FocusableContainer) */
  define('toolbar', 'container', {
    baseCls: 'x-toolbar', role: 'toolbar', defaultType: 'button', layout: { type: 'hbox', align: 'middle' },
    initComponent: function () { sup('container', 'initComponent', this); this.items.forEach(function (i) { i.inToolbar = true; }); },
    clsList: function () {
      var u = this.ui, d = this.dock, c = ['x-toolbar'];
      if (d) c.push('x-docked');
      c.push('x-toolbar-' + u);
      if (d) c.push('x-docked-' + d, 'x-toolbar-docked-' + d, 'x-toolbar-' + u + '-docked-' + d);
      c.push('x-box-layout-ct');
      if (this.layoutItemCls) c.push(this.layoutItemCls);
      if (this.cls) c.push(this.cls);
      if (this.hidden) c.push('x-hidden-display');
      return c;
    },
    focusables: function () { return this.items.filter(function (i) { return i.isButton && !i.hidden && !i.disabled && i.el; }).map(function (i) { return i.el; }); },
    syncTabIndex: function () {
      var f = this.focusables(), act = this.activeChildEl;
      if (f.indexOf(act) < 0) act = f[0];
      f.forEach(function (x) { x.setAttribute('tabindex', x === act ? '0' : '-1'); });
    },
    afterBoxLayout: function () { this.syncTabIndex(); },
    initEvents: function () {
      var me = this;
      me.el.addEventListener('keydown', function (e) {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        var f = me.focusables(), i = f.indexOf(document.activeElement);
        if (i < 0) return;
        e.preventDefault();
        f[e.key === 'ArrowRight' ? (i + 1) % f.length : (i - 1 + f.length) % f.length].focus();
      });
      me.el.addEventListener('focusin', function (e) {
        var f = me.focusables();
        if (f.indexOf(e.target) >= 0) { me.activeChildEl = e.target; me.syncTabIndex(); }
      });
    }
  }, 'Ext.toolbar.Toolbar');

  /* ------------------------------------------------------------------ Ext.button.Button */
  define('button', 'component', {
    isButton: true, baseCls: 'x-btn', autoEl: 'a', scale: 'small',
    uiCls: function () { return 'x-btn-' + this.ui + '-' + this.scale; },
    clsList: function () {
      var me = this, u = me.uiCls(), c = ['x-btn', 'x-unselectable'];
      if (me.layoutItemCls) c.push(me.layoutItemCls);
      if (me.inToolbar) c.push('x-toolbar-item');
      c.push(u);
      if (me.cls) c.push(me.cls);
      if (me.disabled) c.push('x-item-disabled', 'x-btn-disabled', u + '-disabled');
      if (me.hidden) c.push('x-hidden-display');
      return c;
    },
    attrs: function () {
      var me = this;
      return ' hidefocus="on" unselectable="on" role="button" aria-hidden="false" aria-disabled="' + !!me.disabled + '"' + (me.disabled ? '' : ' tabindex="0"') + ' data-componentid="' + me.id + '"' + (me.tooltip ? ' data-qtip="' + enc(me.tooltip) + '"' : '');
    },
    innerHtml: function () {
      var me = this, u = me.uiCls(), id = me.id;
      return '<span id="' + id + '-btnWrap" data-ref="btnWrap" role="presentation" unselectable="on" style="" class="x-btn-wrap x-btn-wrap-' + me.ui + '-' + me.scale + ' ">' +
        '<span id="' + id + '-btnEl" data-ref="btnEl" role="presentation" unselectable="on" style="" class="x-btn-button x-btn-button-' + me.ui + '-' + me.scale + ' ' + (me.text ? 'x-btn-text' : 'x-btn-no-text') + (me.iconCls ? ' x-btn-icon x-btn-icon-left x-btn-button-center ' : ' x-btn-button-center ') + '">' +
        '<span id="' + id + '-btnIconEl" data-ref="btnIconEl" role="presentation" unselectable="on" class="x-btn-icon-el x-btn-icon-el-' + me.ui + '-' + me.scale + ' ' + (me.iconCls || '') + ' " style=""></span>' +
        '<span id="' + id + '-btnInnerEl" data-ref="btnInnerEl" unselectable="on" class="x-btn-inner ' + u.replace('x-btn-', 'x-btn-inner-') + '">' + (me.text || '&#160;') + '</span>' +
        '</span></span>';
    },
    initEvents: function () {
      var me = this, el = me.el, u = me.uiCls();
      el.addEventListener('click', function (e) { e.preventDefault(); if (!me.disabled) me.fireHandler(e); });
      el.addEventListener('keydown', function (e) { if ((e.key === 'Enter' || e.key === ' ') && !me.disabled) { e.preventDefault(); me.fireHandler(e); } });
      el.addEventListener('mouseenter', function () { if (!me.disabled) addCls(el, 'x-btn-over ' + u + '-over'); });
      el.addEventListener('mouseleave', function () { removeCls(el, 'x-btn-over ' + u + '-over x-btn-pressed ' + u + '-pressed'); });
      el.addEventListener('mousedown', function () { if (!me.disabled) addCls(el, 'x-btn-pressed ' + u + '-pressed'); });
      el.addEventListener('mouseup', function () { removeCls(el, 'x-btn-pressed ' + u + '-pressed'); });
      el.addEventListener('focus', function () { addCls(el, 'x-btn-focus ' + u + '-focus'); });
      el.addEventListener('blur', function () { removeCls(el, 'x-btn-focus ' + u + '-focus'); });
    },
    fireHandler: function (e) { var me = this; if (me.fireEvent('click', me, e) !== false && me.handler) me.handler.call(me.scope || me, me, e); },
    onDisabledChange: function (d) {
      var me = this, el = me.el, u = me.uiCls();
      if (!el) return;
      if (d) { addCls(el, 'x-btn-disabled ' + u + '-disabled'); removeCls(el, 'x-btn-over ' + u + '-over'); el.removeAttribute('tabindex'); } else { removeCls(el, 'x-btn-disabled ' + u + '-disabled'); el.setAttribute('tabindex', '0'); }
      el.setAttribute('aria-disabled', String(d));
      if (me.ownerCt && me.ownerCt.syncTabIndex) me.ownerCt.syncTabIndex();
    },
    setText: function (t) { this.text = t; if (this.el) byId(this.id + '-btnInnerEl').innerHTML = t; Ext.updateLayout(); }
  }, 'Ext.button.Button');

  /* ------------------------------------------------------------------ Ext.panel.Panel */
  define('panel', 'container', {
    baseCls: 'x-panel', minButtonWidth: 75,
    initComponent: function () {
      var me = this;
      sup('container', 'initComponent', me);
      me.docked = [];
      var tools = (me.tools || []).slice();
      if (me.closable) tools.push({ type: 'close', tooltip: me.closeToolText || 'Close panel', isCloseTool: true, handler: function () { me.close(); } });
      if (me.title != null || tools.length) {
        me.header = Ext.widget({ xtype: 'header', id: me.id + '_header', hbase: me.baseCls, title: me.title, tools: tools, draggable: !!(me.floating && me.draggable) });
        me.header.ownerCt = me;
      }
      if (me.tbar) me.addDocked(me.tbar, 'top');
      if (me.bbar) me.addDocked(me.bbar, 'bottom');
      var btns = me.fbar || me.buttons;
      if (btns) {
        var align = me.buttonAlign || 'right';
        me.addDocked({ xtype: 'toolbar', ui: 'footer', isFooter: true, items: btns, layout: { type: 'hbox', align: 'middle', pack: align === 'center' ? 'center' : align === 'left' ? 'start' : 'end' }, defaults: { minWidth: me.minButtonWidth, margin: '0 0 0 6' } }, 'bottom');
      }
    },
    addDocked: function (cfg, dock) {
      var tb = Array.isArray(cfg) ? { xtype: 'toolbar', items: cfg } : cfg;
      tb = Ext.widget(apply({ dock: dock }, tb), 'toolbar');
      tb.dock = dock;
      tb.ownerCt = this;
      this.docked.push(tb);
      return tb;
    },
    getChildren: function () { var c = []; if (this.header) c.push(this.header); return c.concat(this.docked, this.items); },
    getFooter: function () { return this.docked.filter(function (d) { return d.isFooter; })[0] || null; },
    bodyClsList: function () {
      var b = this.baseCls, c = [b + '-body', b + '-body-' + this.ui];
      if (this.border === false || this.bodyBorder === false) c.push('x-noborder-trbl');
      if (this.bodyCls) c.push(this.bodyCls);
      if (this.scrollable) c.push('x-scroller');
      return c;
    },
    bodyStyleStr: function () { var s = ''; if (this.bodyPadding != null) s += padStyle(this.bodyPadding); if (this.scrollable) s += 'overflow:auto;'; if (this.bodyStyle) s += this.bodyStyle; return s; },
    bodyInnerHtml: function () { return this.layoutHtml(); },
    innerHtml: function () {
      var me = this, b = me.baseCls, h = '';
      if (me.tabGuard) h += '<div id="' + me.id + '-tabGuardBeforeEl" data-ref="tabGuardBeforeEl" role="none" class="x-tab-guard x-tab-guard-before" tabindex="0"></div>';
      if (me.header) h += me.header.getHtml();
      h += '<div id="' + me.id + '-bodyWrap" data-ref="bodyWrap" class="' + b + '-bodyWrap" role="presentation">';
      me.docked.forEach(function (d) { if (d.dock === 'top') h += d.getHtml(); });
      h += '<div id="' + me.id + '-body" data-ref="body" class="' + me.bodyClsList().join(' ') + '" role="presentation" style="' + me.bodyStyleStr() + '">' + me.bodyInnerHtml() + '</div>';
      me.docked.forEach(function (d) { if (d.dock === 'bottom') h += d.getHtml(); });
      h += '</div>';
      if (me.tabGuard) h += '<div id="' + me.id + '-tabGuardAfterEl" data-ref="tabGuardAfterEl" role="none" class="x-tab-guard x-tab-guard-after" tabindex="0"></div>';
      return h;
    },
    onAfterRender: function () { this.body = byId(this.id + '-body'); sup('container', 'onAfterRender', this); },
    getBodyEl: function () { return this.body; },
    getContentTarget: function () { return this.layout.type === 'auto' || this.layout.type === 'anchor' ? byId(this.id + '-innerCt') : this.body; },
    setTitle: function (t) { this.title = t; if (this.header) this.header.setTitle(t); },
    close: function () { var me = this; if (me.fireEvent('beforeclose', me) === false) return; me.hide(); me.fireEvent('close', me); if (me.closeAction !== 'hide') me.destroy(); },
    doLayout: function (w, h) {
      var me = this;
      if (!me.el) return;
      var s = me.el.style, W = w != null ? w : me.width, H = h != null ? h : me.height;
      s.width = W != null ? W + 'px' : '';
      s.height = H != null ? H + 'px' : '';
      var iw = me.el.clientWidth;
      if (me.header && !me.header.hidden) me.header.doLayout(iw, null);
      me.docked.forEach(function (d) { if (!d.hidden) d.doLayout(iw, null); });
      var body = me.getBodyEl();
      if (H != null) {
        var used = 0;
        if (me.header && !me.header.hidden) used += me.header.el.offsetHeight;
        me.docked.forEach(function (d) { if (!d.hidden) used += d.el.offsetHeight; });
        body.style.height = Math.max(0, me.el.clientHeight - used) + 'px';
      } else body.style.height = '';
      me.layoutChildren(W, H);
      if (me.afterPanelLayout) me.afterPanelLayout();
    }
  }, 'Ext.panel.Panel');

  /* ------------------------------------------------------------------ Ext.window.Window */
  define('window', 'panel', {
    baseCls: 'x-window', floating: true, hidden: true, hideMode: 'offsets', role: 'dialog', modal: false, closable: true,
    closeAction: 'destroy', tabGuard: true, draggable: true, closeToolText: 'Close dialog', constrain: true,
    clsList: function () {
      var c = sup('panel', 'clsList', this);
      c.push('x-layer', 'x-border-box');
      if (this.closable) c.push('x-closable', 'x-window-closable', 'x-window-default-closable');
      return c;
    },
    attrs: function () {
      var a = sup('panel', 'attrs', this) + ' tabindex="-1"';
      if (this.header) a += ' aria-labelledby="' + this.header.titleCmp.id + '-textEl"';
      return a;
    },
    showFloating: function () {
      var me = this;
      if (me.destroyed) return me;
      if (!me.rendered) { me.hidden = true; me.render(document.body); roots.push(me); }
      if (!me.hidden) { ZIndex.bringToFront(me); return me; }
      if (me.fireEvent('beforeshow', me) === false) return me;
      me.hidden = false;
      removeCls(me.el, 'x-hidden-offsets');
      me.lastFocused = document.activeElement;
      ZIndex.bringToFront(me);
      me.doLayout();
      if (!me.userMoved) me.center();
      if (me.focusOnShow !== false) me.focusDefault();
      me.fireEvent('show', me);
      return me;
    },
    hideFloating: function () {
      var me = this;
      if (me.hidden) return me;
      me.hidden = true;
      addCls(me.el, 'x-hidden-offsets');
      ZIndex.remove(me);
      var lf = me.lastFocused;
      if (lf && lf !== document.body && document.body.contains(lf) && isShown(lf) && lf.focus) lf.focus();
      else { var t = ZIndex.topModal(); if (t) t.focusDefault(); }
      me.fireEvent('hide', me);
      return me;
    },
    onDestroy: function () { ZIndex.remove(this); },
    layoutRoot: function () { this.doLayout(); },
    doLayout: function () { sup('panel', 'doLayout', this, [this.width, this.height]); },
    center: function () {
      var me = this;
      me.setPosition(Math.max(0, Math.round((window.innerWidth - me.el.offsetWidth) / 2)), Math.max(0, Math.round((window.innerHeight - me.el.offsetHeight) / 2)));
    },
    setPosition: function (x, y) { this.el.style.left = x + 'px'; this.el.style.top = y + 'px'; this.x = x; this.y = y; },
    focusables: function () {
      var list = this.el.querySelectorAll('input:not([disabled]):not([type=hidden]), [tabindex="0"], textarea, select, button');
      return Array.prototype.filter.call(list, function (x) { return !x.classList.contains('x-tab-guard') && isShown(x); });
    },
    focusDefault: function () {
      var me = this, df = me.defaultFocus, t = null;
      if (typeof df === 'number') { var fb = me.getFooter(); t = fb ? fb.query('button')[df] : null; } else if (typeof df === 'string') t = me.down('#' + df) || me.down(df);
      if (t && !t.disabled && t.isVisible()) t.focus(); else me.el.focus();
    },
    initEvents: function () {
      var me = this;
      sup('panel', 'initEvents', me);
      me.el.addEventListener('keydown', function (e) { if (e.key === 'Escape' && me.closable) { e.stopPropagation(); me.close(); } });
      me.el.addEventListener('mousedown', function () { if (ZIndex.stack[ZIndex.stack.length - 1] !== me && !me.hidden) ZIndex.bringToFront(me); });
      var g1 = byId(me.id + '-tabGuardBeforeEl'), g2 = byId(me.id + '-tabGuardAfterEl');
      var guard = function (e, before) {
        var from = e.relatedTarget, inside = !!from && from !== me.el && me.el.contains(from), f = me.focusables();
        if (!f.length) { me.el.focus(); return; }
        var forward = before ? !inside : inside;
        f[forward ? 0 : f.length - 1].focus();
      };
      if (g1) g1.addEventListener('focus', function (e) { guard(e, true); });
      if (g2) g2.addEventListener('focus', function (e) { guard(e, false); });
      if (me.header && me.draggable) {
        me.header.el.addEventListener('mousedown', function (e) {
          if (e.button !== 0) return;
          var sx = e.clientX, sy = e.clientY, ox = me.x || 0, oy = me.y || 0;
          var move = function (ev) {
            var nx = ox + ev.clientX - sx, ny = oy + ev.clientY - sy;
            if (me.constrain) { nx = Math.max(0, Math.min(nx, window.innerWidth - me.el.offsetWidth)); ny = Math.max(0, Math.min(ny, window.innerHeight - me.el.offsetHeight)); }
            me.setPosition(nx, ny);
            me.userMoved = true;
          };
          var up = function () { document.removeEventListener('mousemove', move); document.removeEventListener('mouseup', up); };
          document.addEventListener('mousemove', move);
          document.addEventListener('mouseup', up);
          e.preventDefault();
        });
      }
    }
  }, 'Ext.window.Window');

  /* ------------------------------------------------------------------ form fields */
  function labelHtml(me, forId) {
    if (!me.fieldLabel || me.hideLabel) return '';
    return '<label id="' + me.id + '-labelEl" data-ref="labelEl" class="x-form-item-label x-form-item-label-default x-unselectable"' + (forId ? ' for="' + forId + '"' : '') +
      ' style="padding-right:' + me.labelPad + 'px;width:' + (me.labelWidth + me.labelPad) + 'px;" unselectable="on"><span class="x-form-item-label-inner x-form-item-label-inner-default" style="width:' + me.labelWidth + 'px;">' +
      '<span id="' + me.id + '-labelTextEl" data-ref="labelTextEl" class="x-form-item-label-text">' + me.fieldLabel + me.labelSeparator + (me.afterLabelTextTpl || '') + '</span></span></label>';
  }
  define('field', 'component', {
    isFormField: true, baseCls: 'x-field', labelWidth: 100, labelPad: 5, labelSeparator: ':', msgTarget: 'qtip', allowBlank: true,
    blankText: 'This field is required', formType: 'text', validateOnChange: true, validateOnBlur: true, labelFor: true,
    initComponent: function () { var me = this; me.inputId = me.inputId || me.id + '-inputEl'; me.activeErrors = []; if (me.value === undefined) me.value = ''; me.originalValue = me.value; },
    clsList: function () {
      var me = this, c = ['x-field', 'x-form-item', 'x-form-item-default', 'x-form-type-' + me.formType, 'x-field-default'];
      if (!me.fieldLabel) c.push('x-form-item-no-label');
      if (me.anchor) c.push('x-anchor-form-item');
      if (me.layoutItemCls) c.push(me.layoutItemCls);
      if (me.cls) c.push(me.cls);
      if (me.disabled) c.push('x-item-disabled');
      if (me.hidden) c.push('x-hidden-display');
      return c;
    },
    attrs: function () { return ' data-componentid="' + this.id + '" role="presentation"'; },
    innerHtml: function () {
      var me = this;
      return labelHtml(me, me.labelFor ? me.inputId : null) + '<div id="' + me.id + '-bodyEl" data-ref="bodyEl" role="presentation" class="x-form-item-body x-form-item-body-default ' + (me.bodyExtraCls || '') + '">' + me.subHtml() + '</div>' + me.errorWrapHtml();
    },
    errorWrapHtml: function () {
      var me = this, t = me.msgTarget;
      if (t !== 'under' && t !== 'side') return '';
      var sideLabel = t === 'under' && me.fieldLabel && !me.hideLabel;
      return '<div id="' + me.id + '-errorWrapEl" data-ref="errorWrapEl" class="x-form-error-wrap x-form-error-wrap-default x-form-error-wrap-' + t + ' x-form-error-wrap-' + t + '-default' + (sideLabel ? ' x-form-error-wrap-under-side-label' : '') + '" role="presentation" style="display:none;' + (sideLabel ? 'padding-left:' + (me.labelWidth + me.labelPad) + 'px' : '') + '">' +
        '<div id="' + me.id + '-errorEl" data-ref="errorEl" class="x-form-error-msg ' + (t === 'under' ? 'x-form-invalid-under x-form-invalid-under-default' : 'x-form-invalid-icon x-form-invalid-icon-default') + '" role="alert" aria-live="polite"></div></div>';
    },
    subHtml: function () { return ''; },
    onAfterRender: function () {
      var me = this;
      me.inputEl = byId(me.inputId);
      me.bodyEl = byId(me.id + '-bodyEl');
      me.triggerWrap = byId(me.id + '-triggerWrap');
      me.inputWrap = byId(me.id + '-inputWrap');
      sup('component', 'onAfterRender', me);
    },
    getFocusEl: function () { return this.inputEl || this.el; },
    getRawValue: function () { return this.inputEl ? this.inputEl.value : this.value; },
    getValue: function () { return this.getRawValue(); },
    getSubmitValue: function () { return this.getValue(); },
    getName: function () { return this.name || this.inputId; },
    getErrors: function (v) {
      var me = this, e = [];
      if (v === undefined) v = me.getRawValue();
      var s = v == null ? '' : String(v);
      if (!s.length) { if (!me.allowBlank) e.push(me.blankText); return e; }
      if (me.validator) { var r = me.validator.call(me, s); if (r !== true) e.push(r); }
      if (me.minLength && s.length < me.minLength) e.push(me.minLengthText || Ext.String.format('The minimum length for this field is {0}', me.minLength));
      if (me.maxLength && s.length > me.maxLength) e.push(me.maxLengthText || Ext.String.format('The maximum length for this field is {0}', me.maxLength));
      if (me.regex && !me.regex.test(s)) e.push(me.regexText || 'The value in this field is invalid');
      return e;
    },
    isValidSilent: function () { return this.disabled || !this.getErrors().length; },
    isValid: function () { var me = this; if (me.disabled) { me.clearInvalid(); return true; } var e = me.getErrors(); if (e.length) me.markInvalid(e); else me.clearInvalid(); return !e.length; },
    validate: function () {
      var me = this, ok = me.isValid();
      if (ok !== me.wasValid) { me.wasValid = ok; me.fireEvent('validitychange', me, ok); }
      return ok;
    },
    markInvalid: function (errs) {
      var me = this;
      errs = Array.isArray(errs) ? errs : [errs];
      var html = '<ul class="x-list-plain">' + errs.map(function (m) { return '<li>' + m + '</li>'; }).join('') + '</ul>';
      var changed = me.activeErrorHtml !== html;
      me.activeErrors = errs;
      me.activeErrorHtml = html;
      if (!me.el) return;
      addCls(me.el, 'x-form-invalid');
      if (me.inputEl) {
        addCls(me.inputEl, 'x-form-invalid-field x-form-invalid-field-default');
        me.inputEl.setAttribute('aria-invalid', 'true');
        me.inputEl.setAttribute('data-errorqtip', me.msgTarget === 'qtip' ? html : '');
      }
      if (me.msgTarget === 'qtip' && !me.inputEl) me.el.setAttribute('data-errorqtip', html);
      addCls(me.triggerWrap, 'x-form-trigger-wrap-invalid x-form-trigger-wrap-invalid-default');
      addCls(me.inputWrap, 'x-form-text-wrap-invalid x-form-text-wrap-invalid-default');
      var ew = byId(me.id + '-errorWrapEl');
      if (ew) {
        ew.style.display = '';
        var ee = byId(me.id + '-errorEl');
        if (me.msgTarget === 'under') ee.innerHTML = html; else ee.setAttribute('data-errorqtip', html);
      }
      var ae = byId(me.id + '-ariaErrorEl');
      if (ae) ae.textContent = errs.join('. ');
      if (changed) Ext.updateLayout();
    },
    clearInvalid: function () {
      var me = this, had = !!me.activeErrorHtml;
      me.activeErrors = [];
      me.activeErrorHtml = '';
      if (!me.el) return;
      removeCls(me.el, 'x-form-invalid');
      me.el.removeAttribute('data-errorqtip');
      if (me.inputEl) { removeCls(me.inputEl, 'x-form-invalid-field x-form-invalid-field-default'); me.inputEl.setAttribute('aria-invalid', 'false'); me.inputEl.setAttribute('data-errorqtip', ''); }
      removeCls(me.triggerWrap, 'x-form-trigger-wrap-invalid x-form-trigger-wrap-invalid-default');
      removeCls(me.inputWrap, 'x-form-text-wrap-invalid x-form-text-wrap-invalid-default');
      var ew = byId(me.id + '-errorWrapEl');
      if (ew) { ew.style.display = 'none'; byId(me.id + '-errorEl').innerHTML = ''; }
      var ae = byId(me.id + '-ariaErrorEl');
      if (ae) ae.textContent = '';
      if (had) Ext.updateLayout();
    },
    checkChange: function () {
      var me = this, v = me.getValue();
      if (v !== me.lastValue) {
        var old = me.lastValue;
        me.lastValue = v;
        me.fireEvent('change', me, v, old);
        if (me.validateOnChange) me.validate();
        me.notifyForm();
      }
    },
    notifyForm: function () { var f = this.up('form'); if (f) f.checkValidity(); },
    reset: function () { this.setValue(this.originalValue); this.clearInvalid(); this.wasValid = undefined; this.notifyForm(); },
    onDisabledChange: function (d) { if (this.inputEl && this.inputEl.tagName === 'INPUT') this.inputEl.disabled = d; if (d) this.clearInvalid(); }
  }, 'Ext.form.field.Base');

  define('textfield', 'field', {
    inputType: 'text', ariaRole: 'textbox', editable: true,
    bodyExtraCls: 'x-form-text-field-body x-form-text-field-body-default',
    subHtml: function () {
      var me = this, ro = me.editable === false || me.readOnly;
      return '<div id="' + me.id + '-triggerWrap" data-ref="triggerWrap" role="presentation" class="x-form-trigger-wrap x-form-trigger-wrap-default">' +
        '<div id="' + me.id + '-inputWrap" data-ref="inputWrap" role="presentation" class="x-form-text-wrap x-form-text-wrap-default">' +
        '<input id="' + me.inputId + '" data-ref="inputEl" type="' + me.inputType + '" role="' + me.ariaRole + '" size="1" name="' + enc(me.getName()) + '"' +
        (me.emptyText ? ' placeholder="' + enc(me.emptyText) + '"' : '') + (ro ? ' readonly="readonly"' : '') +
        (me.maxLength && me.enforceMaxLength ? ' maxlength="' + me.maxLength + '"' : '') + (me.disabled ? ' disabled="disabled"' : '') +
        ' value="' + enc(me.displayValue != null ? me.displayValue : me.value) + '" class="x-form-field' + (me.allowBlank ? '' : ' x-form-required-field') + ' x-form-text x-form-text-default ' + (ro ? 'x-trigger-noedit ' : '') + (me.emptyText && !me.value ? 'x-form-empty-field x-form-empty-field-default' : '') + '"' +
        ' autocomplete="off" componentid="' + me.id + '"' + me.inputAria() + ' aria-invalid="false"' + (me.allowBlank ? '' : ' aria-required="true"') + ' data-errorqtip="">' +
        '</div>' + me.triggersHtml() + '</div>' +
        '<div id="' + me.id + '-ariaErrorEl" data-ref="ariaErrorEl" role="alert" aria-live="assertive" class="x-hidden-clip"></div>';
    },
    inputAria: function () { return ''; },
    triggersHtml: function () { return ''; },
    setValue: function (v) {
      this.value = v == null ? '' : String(v);
      if (this.inputEl) { this.inputEl.value = this.value; this.syncEmpty(); }
      this.checkChange();
      return this;
    },
    syncEmpty: function () { if (!this.inputEl || !this.emptyText) return; if (this.inputEl.value) removeCls(this.inputEl, 'x-form-empty-field x-form-empty-field-default'); else addCls(this.inputEl, 'x-form-empty-field x-form-empty-field-default'); },
    selectText: function () { if (this.inputEl) this.inputEl.select(); },
    initEvents: function () {
      var me = this, inp = me.inputEl;
      me.lastValue = me.getValue();
      inp.addEventListener('input', function () { me.syncEmpty(); me.checkChange(); });
      inp.addEventListener('change', function () { me.checkChange(); });
      inp.addEventListener('focus', function () {
        addCls(me.el, 'x-form-focus x-field-form-focus x-field-default-form-focus');
        addCls(me.triggerWrap, 'x-form-trigger-wrap-focus x-form-trigger-wrap-default-focus');
        addCls(me.inputWrap, 'x-form-text-wrap-focus x-form-text-wrap-default-focus');
        me.fireEvent('focus', me);
      });
      inp.addEventListener('blur', function () {
        removeCls(me.el, 'x-form-focus x-field-form-focus x-field-default-form-focus');
        removeCls(me.triggerWrap, 'x-form-trigger-wrap-focus x-form-trigger-wrap-default-focus');
        removeCls(me.inputWrap, 'x-form-text-wrap-focus x-form-text-wrap-default-focus');
        if (me.validateOnBlur && !me.destroyed) me.validate();
        me.fireEvent('blur', me);
        if (me.onInputBlur) me.onInputBlur();
      });
      inp.addEventListener('keypress', function (e) {
        if (me.maskRe && e.key && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !me.maskRe.test(e.key)) e.preventDefault();
      });
      inp.addEventListener('keydown', function (e) {
        if (me.onFieldKeyDown) me.onFieldKeyDown(e);
        if (!e.defaultPrevented && ['Enter', 'Escape', 'Tab', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'].indexOf(e.key) >= 0) me.fireEvent('specialkey', me, e);
      });
    }
  }, 'Ext.form.field.Text');

  /* ------------------------------------------------------------------ Ext.form.field.ComboBox + Ext.view.BoundList */
  define('combobox', 'textfield', {
    editable: false, ariaRole: 'combobox', displayField: 'text', valueField: 'value', pickerMaxHeight: 300,
    initComponent: function () { sup('textfield', 'initComponent', this); this.storeData = Array.isArray(this.store) ? this.store.slice() : []; this.selectedRec = null; this.hl = -1; },
    inputAria: function () { return ' aria-haspopup="true" aria-expanded="false" aria-autocomplete="list" aria-readonly="' + (this.editable === false) + '"'; },
    triggersHtml: function () { return '<div id="' + this.id + '-trigger-picker" class="x-form-trigger x-form-trigger-default x-form-arrow-trigger x-form-arrow-trigger-default " role="presentation"></div>'; },
    getValue: function () { return this.selectedRec ? this.selectedRec[this.valueField] : null; },
    getErrors: function () { return !this.selectedRec && !this.allowBlank ? [this.blankText] : []; },
    setStoreData: function (data) { this.storeData = data.slice(); if (this.selectedRec && this.storeData.indexOf(this.selectedRec) < 0) this.select(null); if (this.expanded) { this.refreshPicker(); this.alignPicker(); this.highlight(0); } },
    findRecord: function (f, v) { return this.storeData.filter(function (r) { return r[f] === v; })[0] || null; },
    setValue: function (v) { this.select(this.findRecord(this.valueField, v)); return this; },
    reset: function () { this.select(null); this.clearInvalid(); this.wasValid = undefined; this.notifyForm(); },
    select: function (rec) {
      var me = this;
      me.selectedRec = rec;
      if (me.inputEl) { me.inputEl.value = rec ? rec[me.displayField] : ''; me.syncEmpty(); }
      if (rec) me.fireEvent('select', me, rec);
      me.checkChange();
    },
    getPicker: function () {
      var me = this;
      if (me.picker) return me.picker;
      var id = Ext.id('boundlist');
      me.pickerId = id;
      var el = fromHtml('<div class="x-boundlist x-boundlist-floating x-layer x-boundlist-default x-border-box x-hidden-display" tabindex="-1" id="' + id + '" data-componentid="' + id + '" role="listbox">' +
        '<div id="' + id + '-listWrap" data-ref="listWrap" role="presentation" class="x-boundlist-list-ct x-unselectable x-scroller" style="overflow:auto;"><ul id="' + id + '-listEl" data-ref="listEl" class="x-list-plain" role="presentation"></ul></div></div>');
      document.body.appendChild(el);
      me.picker = el;
      me.listWrap = byId(id + '-listWrap');
      me.listEl = byId(id + '-listEl');
      el.addEventListener('mousedown', function (e) { e.preventDefault(); });
      el.addEventListener('click', function (e) {
        var li = e.target.closest('.x-boundlist-item');
        if (!li) return;
        me.select(me.storeData[+li.getAttribute('data-recordindex')]);
        me.collapse();
        me.inputEl.focus();
      });
      el.addEventListener('mousemove', function (e) {
        if (me.lastMouse && me.lastMouse.x === e.screenX && me.lastMouse.y === e.screenY) return;
        me.lastMouse = { x: e.screenX, y: e.screenY };
        var li = e.target.closest('.x-boundlist-item');
        if (li) me.highlight(+li.getAttribute('data-recordindex'), true);
      });
      return el;
    },
    refreshPicker: function () {
      var me = this;
      me.listEl.innerHTML = me.storeData.length ? me.storeData.map(function (r, i) {
        var sel = r === me.selectedRec;
        return '<li role="option" unselectable="on" class="x-boundlist-item' + (sel ? ' x-boundlist-selected' : '') + '" tabindex="-1" data-recordindex="' + i + '" data-recordid="ext-record-' + (i + 1) + '" data-boundview="' + me.pickerId + '" aria-selected="' + sel + '">' + enc(r[me.displayField]) + '</li>';
      }).join('') : '<li class="x-boundlist-empty" style="padding:6px 10px;color:#919191">' + (me.loadingText || 'No data') + '</li>';
    },
    highlight: function (i, noScroll) {
      var me = this, items = me.listEl.querySelectorAll('.x-boundlist-item');
      Array.prototype.forEach.call(items, function (li) { removeCls(li, 'x-boundlist-item-over'); });
      me.hl = i;
      var li = items[i];
      if (li) { addCls(li, 'x-boundlist-item-over'); if (!noScroll) li.scrollIntoView({ block: 'nearest' }); }
    },
    alignPicker: function () {
      var me = this, p = me.picker, r = me.triggerWrap.getBoundingClientRect();
      p.style.width = r.width + 'px';
      me.listWrap.style.height = '';
      var listH = Math.min(me.listEl.scrollHeight, me.pickerMaxHeight);
      me.listWrap.style.height = listH + 'px';
      var below = window.innerHeight - r.bottom;
      var top = below < listH + 4 && r.top > below ? r.top - listH - 2 : r.bottom;
      p.style.left = r.left + window.scrollX + 'px';
      p.style.top = top + window.scrollY + 'px';
    },
    expand: function () {
      var me = this;
      if (me.expanded || me.disabled || me.readOnly) return;
      var p = me.getPicker();
      me.refreshPicker();
      removeCls(p, 'x-hidden-display');
      me.alignPicker();
      p.style.zIndex = String(ZIndex.next());
      me.expanded = true;
      me.inputEl.setAttribute('aria-expanded', 'true');
      me.inputEl.setAttribute('aria-owns', me.pickerId);
      addCls(me.el, 'x-pickerfield-open');
      var idx = me.selectedRec ? me.storeData.indexOf(me.selectedRec) : -1;
      me.lastMouse = null;
      me.highlight(idx >= 0 ? idx : 0);
      if (idx < 0) me.listWrap.scrollTop = 0;
      me.docDown = function (e) { if (!p.contains(e.target) && !me.el.contains(e.target)) me.collapse(); };
      document.addEventListener('mousedown', me.docDown, true);
      me.onScrollAlign = function (e) { if (e.target !== me.listWrap) { if (me.el.getClientRects().length) me.alignPicker(); else me.collapse(); } };
      document.addEventListener('scroll', me.onScrollAlign, true);
      window.addEventListener('resize', me.onScrollAlign);
      me.fireEvent('expand', me);
    },
    collapse: function () {
      var me = this;
      if (!me.expanded) return;
      me.expanded = false;
      addCls(me.picker, 'x-hidden-display');
      me.inputEl.setAttribute('aria-expanded', 'false');
      me.inputEl.removeAttribute('aria-owns');
      removeCls(me.el, 'x-pickerfield-open');
      document.removeEventListener('mousedown', me.docDown, true);
      document.removeEventListener('scroll', me.onScrollAlign, true);
      window.removeEventListener('resize', me.onScrollAlign);
      me.fireEvent('collapse', me);
    },
    onInputBlur: function () { var me = this; setTimeout(function () { if (document.activeElement !== me.inputEl) me.collapse(); }, 0); },
    onDestroy: function () { this.collapse(); if (this.picker && this.picker.parentNode) this.picker.parentNode.removeChild(this.picker); },
    onFieldKeyDown: function (e) {
      var me = this, k = e.key, n = me.storeData.length;
      if (k === 'ArrowDown') { e.preventDefault(); if (!me.expanded) me.expand(); else me.highlight(Math.min(me.hl + 1, n - 1)); } else if (k === 'ArrowUp') { if (me.expanded) { e.preventDefault(); me.highlight(Math.max(me.hl - 1, 0)); } } else if (k === 'Enter') {
        if (me.expanded) { e.preventDefault(); e.stopPropagation(); if (me.hl >= 0 && me.storeData[me.hl]) me.select(me.storeData[me.hl]); me.collapse(); }
      } else if (k === 'Escape') { if (me.expanded) { e.preventDefault(); e.stopPropagation(); me.collapse(); } } else if (k === 'Tab') { if (me.expanded) { if (me.hl >= 0 && me.storeData[me.hl]) me.select(me.storeData[me.hl]); me.collapse(); } }
    },
    initEvents: function () {
      var me = this;
      sup('textfield', 'initEvents', me);
      var trg = byId(me.id + '-trigger-picker');
      trg.addEventListener('mousedown', function (e) { e.preventDefault(); });
      trg.addEventListener('click', function () { if (me.disabled) return; me.inputEl.focus(); if (me.expanded) me.collapse(); else me.expand(); });
      trg.addEventListener('mouseenter', function () { addCls(trg, 'x-form-trigger-over x-form-trigger-default-over'); });
      trg.addEventListener('mouseleave', function () { removeCls(trg, 'x-form-trigger-over x-form-trigger-default-over'); });
      me.inputEl.addEventListener('click', function () { if (me.editable === false) { if (me.expanded) me.collapse(); else me.expand(); } });
    }
  }, 'Ext.form.field.ComboBox');

  /* ------------------------------------------------------------------ Ext.form.field.Display */
  define('displayfield', 'field', {
    formType: 'display',
    subHtml: function () { return '<div id="' + this.inputId + '" data-ref="inputEl" role="textbox" aria-readonly="true" class="x-form-display-field x-form-display-field-default">' + (this.htmlEncode ? enc(this.value) : this.value) + '</div>'; },
    onAfterRender: function () { sup('field', 'onAfterRender', this); this.displayEl = this.inputEl; this.inputEl = null; },
    getValue: function () { return this.value; },
    getRawValue: function () { return this.value; },
    getErrors: function () { return []; },
    setValue: function (v) { this.value = v; if (this.displayEl) this.displayEl.innerHTML = this.htmlEncode ? enc(v) : v; Ext.updateLayout(); return this; }
  }, 'Ext.form.field.Display');

  /* ------------------------------------------------------------------ Ext.form.field.Radio / RadioGroup */
  define('radio', 'field', {
    formType: 'radio', checked: false, labelFor: false, bodyExtraCls: 'x-form-cb-wrap x-form-cb-wrap-default',
    clsList: function () { var c = sup('field', 'clsList', this); if (this.checked) c.push('x-form-cb-checked'); return c; },
    subHtml: function () {
      var me = this;
      return '<div id="' + me.id + '-innerWrapEl" data-ref="innerWrapEl" role="presentation" class="x-form-cb-wrap-inner">' +
        '<span id="' + me.id + '-displayEl" data-ref="displayEl" role="presentation" class="x-form-field x-form-radio x-form-radio-default x-form-cb x-form-cb-default ">' +
        '<input type="radio" id="' + me.inputId + '" name="' + enc(me.name) + '" data-ref="inputEl"' + (me.checked ? ' checked="checked"' : '') + ' class="x-form-cb-input" autocomplete="off" hidefocus="true" aria-invalid="false"></span>' +
        '<label id="' + me.id + '-boxLabelEl" data-ref="boxLabelEl" class="x-form-cb-label x-form-cb-label-default x-form-cb-label-after" for="' + me.inputId + '">' + me.boxLabel + '</label></div>';
    },
    getValue: function () { return this.inputEl ? this.inputEl.checked : this.checked; },
    getErrors: function () { return []; },
    setValue: function (b) { if (this.inputEl) this.inputEl.checked = !!b; this.checked = !!b; if (this.ownerCt && this.ownerCt.onRadioChange) this.ownerCt.onRadioChange(); return this; },
    syncChecked: function () { this.checked = this.inputEl.checked; if (this.checked) addCls(this.el, 'x-form-cb-checked'); else removeCls(this.el, 'x-form-cb-checked'); },
    initEvents: function () {
      var me = this;
      me.inputEl.addEventListener('change', function () { if (me.ownerCt && me.ownerCt.onRadioChange) me.ownerCt.onRadioChange(); });
      me.inputEl.addEventListener('focus', function () { addCls(me.el, 'x-form-checkbox-focus'); });
      me.inputEl.addEventListener('blur', function () { removeCls(me.el, 'x-form-checkbox-focus'); });
    }
  }, 'Ext.form.field.Radio');

  define('radiogroup', 'field', {
    formType: 'radiogroup', columns: 1, vertical: false, labelFor: false, blankText: 'You must select one item in this group',
    initComponent: function () {
      var me = this;
      sup('field', 'initComponent', me);
      me.radios = (me.items || []).map(function (c) { var r = Ext.widget(apply({ xtype: 'radio', name: me.name || me.id }, c)); r.ownerCt = me; return r; });
      me.items = me.radios;
      me.value = null;
    },
    clsList: function () { var c = sup('field', 'clsList', this); c.push('x-form-checkboxgroup', 'x-container', 'x-container-default'); return c; },
    attrs: function () { return ' data-componentid="' + this.id + '" role="radiogroup" aria-labelledby="' + this.id + '-labelTextEl"' + (this.allowBlank ? '' : ' aria-required="true"') + ' aria-invalid="false"'; },
    getChildren: function () { return this.radios.slice(); },
    subHtml: function () {
      var me = this, cols = [], n = me.columns, per = Math.ceil(me.radios.length / n);
      for (var c = 0; c < n; c++) cols.push([]);
      me.radios.forEach(function (r, i) { cols[me.vertical ? Math.floor(i / per) : i % n].push(r); });
      return '<div id="' + me.id + '-containerEl" data-ref="containerEl" role="presentation" class="x-form-checkboxgroup x-form-checkboxgroup-default"><table id="' + me.id + '-innerCt" class="x-table-plain" role="presentation" cellpadding="0"><tbody><tr role="presentation">' +
        cols.map(function (col) { return '<td class="x-form-checkboxgroup-col" role="presentation">' + col.map(function (r) { return r.getHtml(); }).join('') + '</td>'; }).join('') +
        '</tr></tbody></table></div>';
    },
    getValue: function () { var r = this.radios.filter(function (x) { return x.getValue(); })[0]; return r ? r.inputValue : null; },
    getRawValue: function () { return this.getValue() || ''; },
    getErrors: function () { return !this.allowBlank && this.getValue() == null ? [this.blankText] : []; },
    setValue: function (v) { this.radios.forEach(function (r) { if (r.inputEl) r.inputEl.checked = r.inputValue === v; }); this.onRadioChange(); return this; },
    reset: function () { this.setValue(null); this.clearInvalid(); this.wasValid = undefined; },
    onRadioChange: function () { this.radios.forEach(function (r) { if (r.el) r.syncChecked(); }); this.checkChange(); },
    getFocusEl: function () { var r = this.radios.filter(function (x) { return x.getValue(); })[0] || this.radios[0]; return r ? r.inputEl : this.el; },
    markInvalid: function (e) { sup('field', 'markInvalid', this, [e]); if (this.el) this.el.setAttribute('aria-invalid', 'true'); },
    clearInvalid: function () { sup('field', 'clearInvalid', this); if (this.el) this.el.setAttribute('aria-invalid', 'false'); },
    onDisabledChange: function (d) { this.radios.forEach(function (r) { if (r.inputEl) r.inputEl.disabled = d; }); if (d) this.clearInvalid(); }
  }, 'Ext.form.RadioGroup');

  /* ------------------------------------------------------------------ Ext.form.FieldContainer */
  define('fieldcontainer', 'container', {
    baseCls: 'x-form-fieldcontainer', labelWidth: 100, labelPad: 5, labelSeparator: ':',
    initComponent: function () { sup('container', 'initComponent', this); var d = this.disabled; if (d) this.items.forEach(function (i) { i.disabled = true; }); },
    clsList: function () {
      var me = this, c = ['x-form-fieldcontainer', 'x-form-item', 'x-form-item-default', 'x-container', 'x-form-fieldcontainer-default'];
      if (me.anchor) c.push('x-anchor-form-item');
      if (me.layoutItemCls) c.push(me.layoutItemCls);
      if (me.cls) c.push(me.cls);
      if (me.hidden) c.push('x-hidden-display');
      return c;
    },
    attrs: function () { return ' data-componentid="' + this.id + '" role="group" aria-labelledby="' + this.id + '-labelTextEl"'; },
    innerHtml: function () { return labelHtml(this, null) + '<div id="' + this.id + '-containerEl" data-ref="containerEl" role="presentation" class="x-form-item-body x-form-item-body-default x-form-fieldcontainer-body">' + this.layoutHtml() + '</div>'; },
    getBodyEl: function () { return byId(this.id + '-containerEl'); },
    onDisabledChange: function (d) { this.items.forEach(function (i) { i.setDisabled(d); }); }
  }, 'Ext.form.FieldContainer');

  /* ------------------------------------------------------------------ Ext.form.Panel */
  define('form', 'panel', {
    layout: 'anchor', role: 'form',
    getFields: function () { return this.query('field').filter(function (f) { return f.xtype !== 'radio' && f.xtype !== 'displayfield'; }); },
    isValid: function () { var ok = true; this.getFields().forEach(function (f) { if (!f.isValid()) ok = false; }); return ok; },
    checkValidity: function () {
      var ok = this.getFields().every(function (f) { return f.isValidSilent(); });
      this.query('button').forEach(function (b) { if (b.formBind) b.setDisabled(!ok); });
      return ok;
    },
    getValues: function () { var o = {}; this.getFields().forEach(function (f) { if (!f.disabled) o[f.getName()] = f.getSubmitValue(); }); return o; },
    reset: function () { this.getFields().forEach(function (f) { f.reset(); }); },
    onAfterRender: function () { sup('panel', 'onAfterRender', this); this.checkValidity(); }
  }, 'Ext.form.Panel');

  /* ------------------------------------------------------------------ Ext.tree.Panel */
  define('treepanel', 'panel', {
    rootVisible: false, useArrows: true, role: 'treegrid', animate: true,
    initComponent: function () {
      var me = this;
      me.layout = 'fit';
      me.items = [];
      sup('panel', 'initComponent', me);
      me.nodeMap = {};
      var n = 0;
      (function prep(node, depth, parentNode) {
        n += 1;
        node.internalId = String(n);
        me.nodeMap[node.internalId] = node;
        node.depth = depth;
        node.parentNode = parentNode;
        node.leaf = !(node.children && node.children.length);
        (node.children || []).forEach(function (c) { prep(c, depth + 1, node); });
      })(me.root, 0, null);
      me.root.expanded = true;
      me.viewId = Ext.id('treeview');
      me.colId = Ext.id('treecolumn');
    },
    clsList: function () { var c = sup('panel', 'clsList', this); c.push('x-tree-panel', 'x-grid', this.useArrows ? 'x-tree-arrows' : 'x-tree-lines'); return c; },
    bodyClsList: function () { var c = sup('panel', 'bodyClsList', this); c.push('x-grid-body'); return c; },
    bodyInnerHtml: function () {
      return '<div id="' + this.viewId + '" data-componentid="' + this.viewId + '" class="x-tree-view x-grid-view x-fit-item x-grid-view-default x-unselectable x-scroller" role="rowgroup" tabindex="0" style="overflow:auto;"><div class="x-grid-item-container" role="presentation" id="' + this.viewId + '-ct">' + this.rowsHtml() + '</div></div>';
    },
    visibleNodes: function () {
      var out = [];
      (function walk(list) { list.forEach(function (n) { out.push(n); if (!n.leaf && n.expanded) walk(n.children); }); })(this.root.children);
      return out;
    },
    rowsHtml: function (nodes) { var me = this; return (nodes || me.visibleNodes()).map(function (n, i) { return me.rowHtml(n, i); }).join(''); },
    rowHtml: function (n, idx) {
      var me = this, leaf = n.leaf, exp = !!n.expanded, sel = me.selectedNode === n, indent = '';
      var siblings = n.parentNode.children, last = siblings[siblings.length - 1] === n;
      for (var d = 1; d < n.depth; d++) indent += '<div class="x-tree-elbow-img x-tree-elbow-empty" role="presentation"></div>';
      var elbow = leaf ? '<div class="x-tree-elbow-img x-tree-elbow' + (last ? '-end' : '') + '" role="presentation"></div>' : '<div class="x-tree-elbow-img x-tree-elbow' + (last ? '-end' : '') + '-' + (exp ? 'minus' : 'plus') + ' x-tree-expander" role="presentation"></div>';
      var icon = '<div role="presentation" class="x-tree-icon x-tree-icon-' + (leaf ? 'leaf' : 'parent' + (exp ? ' x-tree-icon-parent-expanded' : '')) + ' ' + (n.iconCls || '') + '"></div>';
      return '<table id="' + me.viewId + '-record-' + n.internalId + '" data-boundview="' + me.viewId + '" data-recordid="' + n.internalId + '" data-recordindex="' + idx + '" class="x-grid-item' + (sel ? ' x-grid-item-selected' : '') + (me.focusNode === n ? ' x-grid-item-focused' : '') + '" style=";width:100%" cellpadding="0" cellspacing="0" role="presentation">' +
        '<tbody><tr class="' + (leaf ? 'x-grid-tree-node-leaf ' : exp ? 'x-grid-tree-node-expanded ' : '') + 'x-grid-row" role="row" aria-level="' + n.depth + '"' + (leaf ? '' : ' aria-expanded="' + exp + '"') + ' aria-selected="' + sel + '">' +
        '<td class="x-grid-cell x-grid-td x-grid-cell-' + me.colId + ' x-grid-cell-treecolumn x-grid-cell-first x-grid-cell-last x-unselectable" style="width:100%" role="gridcell" tabindex="-1" data-columnid="' + me.colId + '">' +
        '<div unselectable="on" class="x-grid-cell-inner x-grid-cell-inner-treecolumn" style="text-align:left;">' + indent + elbow + icon + '<span class="x-tree-node-text ">' + n.text + '</span></div></td></tr></tbody></table>';
    },
    refreshView: function () { var ct = byId(this.viewId + '-ct'); if (ct) ct.innerHTML = this.rowsHtml(); },
    syncRows: function () {
      var me = this, ct = byId(me.viewId + '-ct');
      if (!ct) return;
      Array.prototype.forEach.call(ct.querySelectorAll('table.x-grid-item'), function (t, i) {
        var n = me.nodeMap[t.getAttribute('data-recordid')];
        t.setAttribute('data-recordindex', String(i));
        if (n === me.selectedNode) addCls(t, 'x-grid-item-selected'); else removeCls(t, 'x-grid-item-selected');
        if (n === me.focusNode) addCls(t, 'x-grid-item-focused'); else removeCls(t, 'x-grid-item-focused');
        t.querySelector('tr').setAttribute('aria-selected', String(n === me.selectedNode));
      });
    },
    unwrap: function (wrap) { var p = wrap.parentNode; if (!p) return; while (wrap.firstChild) p.insertBefore(wrap.firstChild, wrap); p.removeChild(wrap); },
    rowEl: function (n) { return byId(this.viewId + '-record-' + n.internalId); },
    toggle: function (n) { if (n.expanded) this.collapseNode(n); else this.expandNode(n); },
    descendantsShown: function (n) { var out = []; (function walk(list) { list.forEach(function (c) { out.push(c); if (!c.leaf && c.expanded) walk(c.children); }); })(n.children); return out; },
    expandNode: function (n, noAnim) {
      var me = this;
      if (n.leaf || n.expanded) return;
      n.expanded = true;
      if (!me.rendered) return;
      var row = me.rowEl(n);
      if (!row || noAnim || !me.animate) { me.refreshView(); me.fireEvent('itemexpand', n); return; }
      row.outerHTML = me.rowHtml(n, 0);
      row = me.rowEl(n);
      var wrap = fromHtml('<div class="x-tree-animator-wrap" style="height:0px;overflow:hidden">' + me.rowsHtml(me.descendantsShown(n)) + '</div>');
      row.parentNode.insertBefore(wrap, row.nextSibling);
      me.animateHeight(wrap, 0, wrap.scrollHeight, function () { me.unwrap(wrap); me.syncRows(); me.fireEvent('itemexpand', n); });
    },
    collapseNode: function (n) {
      var me = this;
      if (n.leaf || !n.expanded) return;
      var shown = me.descendantsShown(n);
      n.expanded = false;
      if (!me.rendered) return;
      var row = me.rowEl(n);
      if (!row || !me.animate) { me.refreshView(); return; }
      var wrap = document.createElement('div');
      wrap.className = 'x-tree-animator-wrap';
      row.parentNode.insertBefore(wrap, row.nextSibling);
      shown.forEach(function (c) { var r = me.rowEl(c); if (r) wrap.appendChild(r); });
      row.outerHTML = me.rowHtml(n, 0);
      var h = wrap.scrollHeight;
      wrap.style.height = h + 'px';
      wrap.style.overflow = 'hidden';
      me.animateHeight(wrap, h, 0, function () { if (wrap.parentNode) wrap.parentNode.removeChild(wrap); me.syncRows(); me.fireEvent('itemcollapse', n); });
    },
    animateHeight: function (el, from, to, done) {
      var t0 = performance.now(), dur = 250;
      function step(t) {
        var p = Math.min(1, (t - t0) / dur), e = 1 - Math.pow(1 - p, 3);
        el.style.height = Math.round(from + (to - from) * e) + 'px';
        if (p < 1) requestAnimationFrame(step); else done();
      }
      requestAnimationFrame(step);
    },
    select: function (n) { this.selectedNode = n; this.syncRows(); this.fireEvent('selectionchange', this, n ? [n] : []); },
    findNode: function (fn) { for (var k in this.nodeMap) { if (fn(this.nodeMap[k])) return this.nodeMap[k]; } return null; },
    selectPath: function (n) {
      var p = n.parentNode, changed = false;
      while (p && p !== this.root) { if (!p.expanded) { p.expanded = true; changed = true; } p = p.parentNode; }
      this.selectedNode = n;
      if (changed) this.refreshView(); else this.syncRows();
    },
    initEvents: function () {
      var me = this, view = byId(me.viewId);
      sup('panel', 'initEvents', me);
      me.view = view;
      view.addEventListener('click', function (e) {
        var t = e.target.closest('.x-grid-item');
        if (!t || !view.contains(t)) return;
        var n = me.nodeMap[t.getAttribute('data-recordid')];
        me.focusNode = n;
        if (e.target.closest('.x-tree-expander')) { me.toggle(n); return; }
        me.select(n);
        me.fireEvent('itemclick', me, n, t, e);
      });
      view.addEventListener('mouseover', function (e) {
        var t = e.target.closest('.x-grid-item');
        Array.prototype.forEach.call(view.querySelectorAll('.x-grid-item-over'), function (x) { if (x !== t) removeCls(x, 'x-grid-item-over'); });
        if (t) addCls(t, 'x-grid-item-over');
      });
      view.addEventListener('mouseleave', function () { Array.prototype.forEach.call(view.querySelectorAll('.x-grid-item-over'), function (x) { removeCls(x, 'x-grid-item-over'); }); });
      view.addEventListener('keydown', function (e) {
        var list = me.visibleNodes(), i = list.indexOf(me.focusNode || me.selectedNode);
        if (i < 0) i = 0;
        var n = list[i];
        if (e.key === 'ArrowDown') { e.preventDefault(); me.focusNode = list[Math.min(i + 1, list.length - 1)]; me.syncRows(); } else if (e.key === 'ArrowUp') { e.preventDefault(); me.focusNode = list[Math.max(i - 1, 0)]; me.syncRows(); } else if (e.key === 'ArrowRight') { e.preventDefault(); me.focusNode = n; me.expandNode(n); } else if (e.key === 'ArrowLeft') { e.preventDefault(); if (n.expanded) me.collapseNode(n); else if (n.parentNode !== me.root) { me.focusNode = n.parentNode; me.syncRows(); } } else if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); me.select(n); me.fireEvent('itemclick', me, n, me.rowEl(n), e); }
      });
    },
    layoutChildren: function () { var b = this.getBodyEl(); if (this.view && b) this.view.style.height = b.clientHeight + 'px'; }
  }, 'Ext.tree.Panel');

  /* ------------------------------------------------------------------ Ext.grid.Panel */
  define('gridheader', 'component', {
    clsList: function () { return ['x-grid-header-ct', 'x-docked', 'x-grid-header-ct-default', 'x-docked-top', 'x-grid-header-ct-docked-top', 'x-grid-header-ct-default-docked-top', 'x-box-layout-ct']; },
    attrs: function () { return ' data-componentid="' + this.id + '" role="rowgroup"'; },
    innerHtml: function () {
      var cols = this.grid.columns;
      return '<div id="' + this.id + '-innerCt" data-ref="innerCt" role="presentation" class="x-box-inner"><div id="' + this.id + '-targetEl" data-ref="targetEl" class="x-box-target" role="row">' + cols.map(function (c, i) {
        return '<div class="x-column-header x-column-header-align-' + (c.align || 'left') + ' x-box-item x-column-header-default x-unselectable' + (i === 0 ? ' x-column-header-first' : '') + (i === cols.length - 1 ? ' x-column-header-last' : '') + '" id="' + c.id + '" role="columnheader" aria-sort="none">' +
          '<div id="' + c.id + '-titleEl" data-ref="titleEl" role="presentation" class="x-column-header-inner"><span class="x-column-header-text-container"><span class="x-column-header-text-wrapper"><span id="' + c.id + '-textEl" data-ref="textEl" role="presentation" class="x-column-header-text x-column-header-text-inner">' + (c.text || '&#160;') + '</span></span></span></div></div>';
      }).join('') + '</div></div>';
    },
    doLayout: function (w) {
      var cols = this.grid.columns, fixed = 0, flex = 0;
      cols.forEach(function (c) { if (c.flex) flex += c.flex; else fixed += c.width || 100; });
      var avail = Math.max(0, w - 2), rem = Math.max(0, avail - fixed), x = 0, maxH = 0;
      cols.forEach(function (c) {
        c.w = c.flex ? Math.floor(rem * c.flex / flex) : c.width || 100;
        var el = byId(c.id);
        el.style.width = c.w + 'px';
        el.style.left = x + 'px';
        el.style.top = '0px';
        x += c.w;
        maxH = Math.max(maxH, el.offsetHeight);
      });
      var ic = byId(this.id + '-innerCt');
      ic.style.width = avail + 'px';
      ic.style.height = maxH + 'px';
      this.el.style.width = w + 'px';
    }
  });
  define('gridpanel', 'panel', {
    role: 'grid', emptyText: '', loadMask: true,
    initComponent: function () {
      var me = this;
      me.layout = 'fit';
      me.items = [];
      me.columns = (me.columns || []).map(function (c) { return apply({ id: Ext.id(c.xtype === 'rownumberer' ? 'rownumberer' : 'gridcolumn') }, c); });
      sup('panel', 'initComponent', me);
      me.headerCt = Ext.widget({ xtype: 'gridheader', id: Ext.id('headercontainer'), grid: me });
      me.headerCt.ownerCt = me;
      me.headerCt.dock = 'top';
      me.docked.unshift(me.headerCt);
      me.viewId = Ext.id('gridview');
      me.records = [];
    },
    clsList: function () { var c = sup('panel', 'clsList', this); c.push('x-grid'); return c; },
    bodyClsList: function () { var c = sup('panel', 'bodyClsList', this); c.push('x-grid-body'); return c; },
    bodyInnerHtml: function () { return '<div id="' + this.viewId + '" data-componentid="' + this.viewId + '" class="x-grid-view x-fit-item x-grid-view-default x-unselectable x-scroller" role="rowgroup" tabindex="0" style="overflow:auto;"><div class="x-grid-item-container" role="presentation" id="' + this.viewId + '-ct">' + this.rowsHtml() + '</div></div>'; },
    rowsHtml: function () {
      var me = this, cols = me.columns, tw = 0;
      cols.forEach(function (c) { tw += c.w || c.width || 100; });
      if (!me.records.length) return me.emptyText ? '<div class="x-grid-empty">' + me.emptyText + '</div>' : '';
      return me.records.map(function (r, i) {
        return '<table id="' + me.viewId + '-record-' + (i + 1) + '" data-boundview="' + me.viewId + '" data-recordindex="' + i + '" class="x-grid-item' + (i % 2 ? ' x-grid-item-alt' : '') + '" style="width:' + tw + 'px" cellpadding="0" cellspacing="0" role="presentation"><tbody><tr class="x-grid-row" role="row" aria-rowindex="' + (i + 2) + '">' +
          cols.map(function (c, j) {
            var rn = c.xtype === 'rownumberer', v = rn ? String(i + 1) : c.renderer ? c.renderer(r[c.dataIndex], r) : enc(r[c.dataIndex]);
            return '<td class="x-grid-cell x-grid-td x-grid-cell-' + c.id + (j === 0 ? ' x-grid-cell-first' : '') + (j === cols.length - 1 ? ' x-grid-cell-last' : '') + (rn ? ' x-grid-cell-row-numberer x-grid-cell-special' : '') + ' x-unselectable" style="width:' + (c.w || c.width || 100) + 'px" role="gridcell" tabindex="-1" data-columnid="' + c.id + '">' +
              '<div unselectable="on" class="x-grid-cell-inner ' + (rn ? 'x-grid-cell-inner-row-numberer' : '') + '" style="text-align:' + (c.align || 'left') + ';">' + v + '</div></td>';
          }).join('') + '</tr></tbody></table>';
      }).join('');
    },
    loadData: function (recs) { this.records = recs || []; this.refreshView(); },
    refreshView: function () { var ct = byId(this.viewId + '-ct'); if (ct) ct.innerHTML = this.rowsHtml(); },
    load: function (cb) {
      var me = this;
      if (me.loadMask) me.setLoading('Loading...');
      Ext.Ajax.request({
        url: me.store.url, method: 'GET', params: { page: 1, start: 0, limit: 25 },
        success: function (resp) { me.setLoading(false); var r = Ext.decode(resp.responseText, true) || {}; me.loadData(r[me.store.rootProperty || 'data'] || []); if (cb) cb(true); },
        failure: function () { me.setLoading(false); if (cb) cb(false); }
      });
    },
    afterPanelLayout: function () {
      var b = this.getBodyEl(), v = byId(this.viewId);
      if (v && b) v.style.height = b.clientHeight + 'px';
      var sig = this.columns.map(function (c) { return c.w; }).join(',');
      if (sig !== this.lastColSig) { this.lastColSig = sig; this.refreshView(); }
    },
    layoutChildren: function () {}
  }, 'Ext.grid.Panel');

  /* ------------------------------------------------------------------ Ext.window.MessageBox (Ext.Msg) */
  var Msg = {
    OK: 1, YES: 2, NO: 4, CANCEL: 8, OKCANCEL: 9, YESNO: 6, YESNOCANCEL: 14,
    INFO: 'x-message-box-info', WARNING: 'x-message-box-warning', QUESTION: 'x-message-box-question', ERROR: 'x-message-box-error',
    buttonText: { ok: 'OK', yes: 'Yes', no: 'No', cancel: 'Cancel' },
    getWin: function () {
      var me = this;
      if (me.win && !me.win.destroyed) return me.win;
      var btn = function (id) { return { xtype: 'button', itemId: id, text: me.buttonText[id], hidden: true, handler: function () { me.btnCallback(id); } }; };
      me.win = Ext.widget({
        xtype: 'window', id: Ext.id('messagebox'), cls: 'x-message-box', title: '&#160;', closeAction: 'hide', modal: true, role: 'alertdialog', width: 320,
        layout: { type: 'hbox', align: 'top' }, buttonAlign: 'center',
        items: [
          { xtype: 'component', itemId: 'icon', cls: 'x-message-box-icon', width: 42, height: 42, margin: '0 10 0 0' },
          { xtype: 'displayfield', itemId: 'msg', flex: 1, value: '', cls: 'x-message-box-msg' }
        ],
        buttons: [btn('ok'), btn('yes'), btn('no'), btn('cancel')],
        listeners: { beforeclose: function () { me.btnCallback('cancel'); return false; } }
      });
      return me.win;
    },
    btnCallback: function (id) {
      var cfg = this.cfg || {};
      this.win.hide();
      if (cfg.fn) cfg.fn.call(cfg.scope || window, id, '', cfg);
    },
    measure: function (html) {
      var m = this.measureEl;
      if (!m) { m = this.measureEl = fromHtml('<div class="x-form-display-field-default" style="position:absolute;left:-10000px;top:-10000px;white-space:nowrap;visibility:hidden"></div>'); document.body.appendChild(m); }
      m.innerHTML = html;
      return m.offsetWidth;
    },
    show: function (cfg) {
      var me = this, w = me.getWin(), buttons = cfg.buttons || 0, message = cfg.message != null ? cfg.message : cfg.msg || '';
      me.cfg = cfg;
      if (!w.rendered) { w.render(document.body); roots.push(w); }
      w.setTitle(cfg.title || '&#160;');
      var icon = w.down('#icon');
      icon.el.className = 'x-component x-message-box-icon x-box-item x-component-default ' + (cfg.icon || '');
      icon.hidden = !cfg.icon;
      if (!cfg.icon) addCls(icon.el, 'x-hidden-display');
      w.down('#msg').setValue(message);
      var first = null;
      [['ok', 1], ['yes', 2], ['no', 4], ['cancel', 8]].forEach(function (p) {
        var b = w.down('#' + p[0]), on = (buttons & p[1]) !== 0;
        b.hidden = !on;
        if (on) removeCls(b.el, 'x-hidden-display'); else addCls(b.el, 'x-hidden-display');
        if (on && !first) first = p[0];
      });
      w.closable = cfg.closable !== false;
      var tw = me.measure(message) + (cfg.icon ? 52 : 0) + 32;
      w.width = Math.max(cfg.minWidth || 250, Math.min(cfg.maxWidth || 600, tw));
      w.defaultFocus = first ? '#' + first : null;
      w.userMoved = false;
      w.show();
      return me;
    },
    alert: function (title, message, fn, scope) { return this.show({ title: title, message: message, buttons: this.OK, fn: fn, scope: scope, minWidth: 250 }); },
    confirm: function (title, message, fn, scope) { return this.show({ title: title, message: message, buttons: this.YESNO, icon: this.QUESTION, fn: fn, scope: scope, minWidth: 250 }); },
    hide: function () { if (this.win) this.win.hide(); },
    isVisible: function () { return !!(this.win && !this.win.hidden); }
  };
  Ext.Msg = Ext.MessageBox = Msg;

  /* ------------------------------------------------------------------ Ext.toast */
  var activeToasts = [];
  function toastSlots(skip) {
    var y = 20;
    activeToasts.forEach(function (t) { if (t === skip) return; t.slotY = y; y += t.el.offsetHeight + 6; });
    return y;
  }
  Ext.toast = function (message, title, align) {
    var cfg = typeof message === 'object' ? message : { html: message, title: title, align: align };
    var t = Ext.widget({ xtype: 'window', cls: 'x-toast', title: cfg.title, closable: !!cfg.closable, draggable: false, modal: false, tabGuard: false, role: 'alert', width: cfg.width || 360, html: cfg.html, focusOnShow: false, layout: 'auto' });
    t.render(document.body);
    t.hidden = false;
    removeCls(t.el, 'x-hidden-offsets');
    t.el.style.zIndex = String(ZIndex.next());
    t.doLayout();
    var x = Math.round((window.innerWidth - t.el.offsetWidth) / 2), h = t.el.offsetHeight, y0 = -h - 10, y1 = toastSlots(null);
    activeToasts.push(t);
    t.slotY = y1;
    t.setPosition(x, y0);
    var anim = function (from, to, prop, dur, done) {
      var t0 = performance.now();
      var step = function (now) {
        var p = Math.min(1, (now - t0) / dur), e = 1 - Math.pow(1 - p, 3), v = from + (to - from) * e;
        if (prop === 'top') t.el.style.top = Math.round(v) + 'px'; else t.el.style.opacity = String(v);
        if (p < 1) requestAnimationFrame(step); else if (done) done();
      };
      requestAnimationFrame(step);
    };
    anim(y0, y1, 'top', 500);
    setTimeout(function () {
      anim(1, 0, 'opacity', 500, function () {
        activeToasts.splice(activeToasts.indexOf(t), 1);
        t.destroy();
        toastSlots(null);
        activeToasts.forEach(function (o) {
          var from = num(o.el.style.top), t0 = performance.now();
          var step = function (now) { var p = Math.min(1, (now - t0) / 300); o.el.style.top = Math.round(from + (o.slotY - from) * p) + 'px'; if (p < 1) requestAnimationFrame(step); };
          requestAnimationFrame(step);
        });
      });
    }, cfg.autoCloseDelay || 3000);
    return t;
  };

  /* ------------------------------------------------------------------ Ext.tip.QuickTipManager */
  var QuickTips = {
    init: function () {
      if (this.ready) return;
      this.ready = true;
      var me = this;
      document.addEventListener('mouseover', function (e) {
        var t = e.target && e.target.closest ? e.target.closest('[data-qtip],[data-errorqtip]') : null;
        if (t && !t.getAttribute('data-qtip') && !t.getAttribute('data-errorqtip')) t = null;
        if (t === me.target) return;
        me.hide();
        me.target = t;
        if (!t) return;
        var x = e.pageX, y = e.pageY;
        me.timer = setTimeout(function () { me.show(t, x, y); }, 500);
      });
      document.addEventListener('mousedown', function () { me.hide(); me.target = null; });
    },
    show: function (t, x, y) {
      var me = this, err = t.getAttribute('data-errorqtip'), txt = err || t.getAttribute('data-qtip');
      if (!txt || !document.body.contains(t)) return;
      if (!me.el) { me.el = fromHtml('<div class="x-tip x-layer x-tip-default x-border-box" id="ext-quicktips-tip" role="tooltip" style="display:none"><div id="ext-quicktips-tip-body" class="x-tip-body x-tip-body-default"></div></div>'); document.body.appendChild(me.el); }
      if (err) addCls(me.el, 'x-tip-form-invalid'); else removeCls(me.el, 'x-tip-form-invalid');
      byId('ext-quicktips-tip-body').innerHTML = txt;
      me.el.style.display = '';
      me.el.style.maxWidth = '300px';
      me.el.style.zIndex = String(ZIndex.next() + 5000);
      me.el.style.left = Math.min(x + 10, window.innerWidth - me.el.offsetWidth - 5) + 'px';
      me.el.style.top = Math.min(y + 20, window.innerHeight - me.el.offsetHeight - 5) + 'px';
      me.dismiss = setTimeout(function () { me.hide(); }, 5000);
    },
    hide: function () { clearTimeout(this.timer); clearTimeout(this.dismiss); if (this.el) this.el.style.display = 'none'; }
  };
  Ext.tip = { QuickTipManager: QuickTips };
  Ext.QuickTips = QuickTips;

  /* ------------------------------------------------------------------ Ext.Ajax */
  function urlEncode(o) { var p = []; for (var k in o) { if (o[k] != null) p.push(encodeURIComponent(k) + '=' + encodeURIComponent(o[k])); } return p.join('&'); }
  Ext.Object = { toQueryString: urlEncode };
  Ext.Ajax = apply({
    timeout: 30000, disableCaching: true, defaultHeaders: { 'X-Requested-With': 'XMLHttpRequest' },
    request: function (o) {
      var me = this, method = (o.method || (o.jsonData || o.params ? 'POST' : 'GET')).toUpperCase(), url = o.url, body = null, headers = apply(apply({}, me.defaultHeaders), o.headers);
      if (o.jsonData) { body = typeof o.jsonData === 'string' ? o.jsonData : JSON.stringify(o.jsonData); headers['Content-Type'] = 'application/json'; } else if (o.params && method === 'POST') { body = urlEncode(o.params); headers['Content-Type'] = 'application/x-www-form-urlencoded; charset=UTF-8'; } else if (o.params) url += (url.indexOf('?') < 0 ? '?' : '&') + urlEncode(o.params);
      if (method === 'GET' && me.disableCaching && o.disableCaching !== false) url += (url.indexOf('?') < 0 ? '?' : '&') + '_dc=' + Date.now();
      if (me.fireEvent('beforerequest', me, o) === false) return null;
      var xhr = new XMLHttpRequest();
      xhr.open(method, url, true);
      for (var h in headers) xhr.setRequestHeader(h, headers[h]);
      xhr.timeout = o.timeout || me.timeout;
      xhr.onreadystatechange = function () {
        if (xhr.readyState !== 4) return;
        var resp = { status: xhr.status, statusText: xhr.statusText, responseText: xhr.responseText, request: o, getResponseHeader: function (n) { return xhr.getResponseHeader(n); } };
        var ok = (xhr.status >= 200 && xhr.status < 300) || xhr.status === 304;
        if (ok) { me.fireEvent('requestcomplete', me, resp, o); if (o.success) o.success.call(o.scope || window, resp, o); } else { me.fireEvent('requestexception', me, resp, o); if (o.failure) o.failure.call(o.scope || window, resp, o); }
        if (o.callback) o.callback.call(o.scope || window, o, ok, resp);
      };
      xhr.send(body);
      return xhr;
    }
  }, Observable);

  /* ------------------------------------------------------------------ routes (Ext.app.route.Router) */
  var routes = [];
  Ext.route = function (pattern, fn) { routes.push({ re: new RegExp('^' + pattern.replace(/:\w+/g, '([^/]+)') + '$'), fn: fn }); };
  Ext.redirectTo = function (token, force) {
    if (location.hash.slice(1) === token) { if (force) runRoutes(); return false; }
    location.hash = token;
    return true;
  };
  function runRoutes() {
    var tok = decodeURIComponent(location.hash.slice(1));
    for (var i = 0; i < routes.length; i++) { var m = routes[i].re.exec(tok); if (m) { routes[i].fn.apply(null, m.slice(1)); return; } }
    if (Ext.unmatchedRoute) Ext.unmatchedRoute(tok);
  }
  Ext.startRoutes = function (def) {
    window.addEventListener('hashchange', runRoutes);
    if (!location.hash && def) history.replaceState(null, '', location.pathname + location.search + '#' + def);
    runRoutes();
  };
})();
`;

/** Shared application code: Ajax helpers and the global session-expiry handler. */
const APP_COMMON = `
(function () {
  'use strict';
  var App = (window.App = {});
  var B = window.APP_BOOT || {};
  App.REQ = '<span class="app-req" data-qtip="Required">*</span>';
  App.error = function (msg, fn) { Ext.Msg.show({ title: 'Error', message: msg, buttons: Ext.Msg.OK, icon: Ext.Msg.ERROR, fn: fn }); };
  App.info = function (title, msg, fn) { Ext.Msg.show({ title: title, message: msg, buttons: Ext.Msg.OK, icon: Ext.Msg.INFO, fn: fn }); };
  App.sessionExpired = function () {
    if (App.expiredShown) return;
    App.expiredShown = true;
    Ext.Msg.show({
      title: 'Session Expired', message: 'Your session has expired. Please login again.', buttons: Ext.Msg.OK, icon: Ext.Msg.WARNING,
      fn: function () { window.location.href = '/Home/Login?expired=1'; }
    });
  };
  App.post = function (url, data, o) {
    o = o || {};
    if (o.mask) o.mask.setLoading(o.maskMsg || 'Please wait...');
    Ext.Ajax.request({
      url: url, method: 'POST', jsonData: data || {},
      success: function (resp) {
        if (o.mask) o.mask.setLoading(false);
        var r = Ext.decode(resp.responseText, true) || {};
        if (r.success) { if (o.success) o.success(r); } else if (o.failure) o.failure(r); else App.error(r.message || 'The request could not be processed.');
      },
      failure: function () { if (o.mask) o.mask.setLoading(false); }
    });
  };
  App.get = function (url, o) {
    Ext.Ajax.request({
      url: url, method: 'GET',
      success: function (resp) { var r = Ext.decode(resp.responseText, true) || {}; if (o.success) o.success(r); },
      failure: function () { if (o.failure) o.failure(); }
    });
  };
  Ext.Ajax.on('requestexception', function (conn, resp) {
    if (resp.status === 401) App.sessionExpired();
    else if (resp.status === 0) App.error('Unable to connect to the server. Please check your network connection and try again.');
    else App.error('The server encountered an error while processing the request (HTTP ' + resp.status + '). Please try again later.');
  });
  App.banner = function (right) {
    return {
      region: 'north', xtype: 'container', height: 74, cls: 'app-banner', layout: { type: 'hbox', align: 'middle' },
      items: [
        { xtype: 'component', html: B.emblem, width: 48, height: 48, margin: '0 0 0 16' },
        { xtype: 'component', flex: 1, margin: '0 0 0 12', html: '<div class="app-banner-title">e-Invoice System</div><div class="app-banner-sub">Goods and Services Tax &middot; Government of India</div>' }
      ].concat(right)
    };
  };
  App.footer = function () {
    return { region: 'south', xtype: 'component', height: 28, cls: 'app-footer', html: 'Site is designed, developed and hosted by National Informatics Centre (NIC), Ministry of Electronics &amp; Information Technology, Government of India.' };
  };
  App.ready = function () { var l = document.getElementById('app-loading'); if (l) { l.style.opacity = '0'; setTimeout(function () { if (l.parentNode) l.parentNode.removeChild(l); }, 450); } };
})();
`;

/** The public home page with the login window. */
const APP_HOME = `
Ext.onReady(function () {
  'use strict';
  var B = window.APP_BOOT, loginWin = null;
  Ext.tip.QuickTipManager.init();

  function captchaSrc() { return '/get-captcha-image?_dc=' + Date.now(); }
  function refreshCaptcha() { if (loginWin) loginWin.down('#captchaImg').setSrc(captchaSrc()); }

  function doLogin() {
    var f = loginWin.down('#loginForm');
    if (!f.isValid()) return;
    App.post('/Home/Login', {
      userName: f.down('#userName').getValue(), password: f.down('#password').getValue(), captcha: f.down('#captcha').getValue()
    }, {
      mask: loginWin, maskMsg: 'Authenticating...',
      success: function (r) {
        loginWin.down('#otpInfo').update('A One Time Password (OTP) has been sent to your registered mobile number <b>' + r.maskedMobile + '</b>. You may also use the OTP shown in the Sandes or NIC-GST-Shield app.');
        loginWin.setTitle('Verify OTP');
        loginWin.setActiveItem('otpForm');
        loginWin.down('#loginOtp').focus(false, 50);
      },
      failure: function (r) {
        App.error(r.message, function () {
          refreshCaptcha();
          f.down('#captcha').reset();
          if (r.errorType === 'credentials') { f.down('#password').reset(); f.down('#password').focus(); } else f.down('#captcha').focus();
        });
      }
    });
  }
  function verifyLoginOtp() {
    var fld = loginWin.down('#loginOtp');
    if (!fld.isValid()) return;
    App.post('/Home/VerifyLoginOtp', { otp: fld.getValue() }, {
      mask: loginWin, maskMsg: 'Verifying OTP...',
      success: function (r) { loginWin.setLoading('Loading...'); window.location.href = r.redirectUrl; },
      failure: function (r) { App.error(r.message, function () { fld.focus(true); }); }
    });
  }
  function resendLoginOtp() {
    App.post('/Home/ResendLoginOtp', {}, { mask: loginWin, maskMsg: 'Sending OTP...', success: function (r) { Ext.toast(r.message); } });
  }
  function onEnter(f, e) { if (e.key === 'Enter') { e.preventDefault(); doLogin(); } }

  function openLogin() {
    if (loginWin && !loginWin.destroyed) { loginWin.show(); return; }
    loginWin = Ext.create('Ext.window.Window', {
      title: 'Login', width: 470, modal: true, resizable: false, closeAction: 'hide', layout: 'card', defaultFocus: 'userName',
      items: [{
        xtype: 'form', itemId: 'loginForm', border: false, bodyPadding: '18 22 4 22', buttonAlign: 'center',
        defaults: { anchor: '100%', labelWidth: 110, xtype: 'textfield' },
        items: [
          { xtype: 'component', itemId: 'expiredMsg', cls: 'app-error-text', margin: '0 0 14 0', hidden: !B.expired, html: 'Your session has expired. Please login again.' },
          { itemId: 'userName', name: 'userName', fieldLabel: 'User Name', afterLabelTextTpl: App.REQ, allowBlank: false, maxLength: 15, enforceMaxLength: true, emptyText: 'Enter User Name', listeners: { specialkey: onEnter } },
          { itemId: 'password', name: 'password', fieldLabel: 'Password', inputType: 'password', afterLabelTextTpl: App.REQ, allowBlank: false, emptyText: 'Enter Password', listeners: { specialkey: onEnter } },
          {
            xtype: 'fieldcontainer', fieldLabel: 'Captcha', layout: { type: 'hbox', align: 'middle' }, margin: '0 0 10 0',
            items: [
              { xtype: 'image', itemId: 'captchaImg', cls: 'app-captcha', src: captchaSrc(), alt: 'Captcha', width: 150, height: 44 },
              { xtype: 'button', iconCls: 'app-icon-refresh', tooltip: 'Refresh Captcha', margin: '0 0 0 10', handler: refreshCaptcha }
            ]
          },
          { itemId: 'captcha', name: 'captcha', fieldLabel: 'Enter Captcha', afterLabelTextTpl: App.REQ, allowBlank: false, maxLength: 6, enforceMaxLength: true, emptyText: 'Type the characters shown above', listeners: { specialkey: onEnter } }
        ],
        buttons: [{ text: 'Login', itemId: 'btnLogin', formBind: true, minWidth: 120, handler: doLogin }]
      }, {
        xtype: 'form', itemId: 'otpForm', border: false, bodyPadding: '18 22 4 22', buttonAlign: 'center',
        items: [
          { xtype: 'component', itemId: 'otpInfo', margin: '0 0 14 0', html: '' },
          {
            xtype: 'textfield', itemId: 'loginOtp', name: 'otp', fieldLabel: 'Enter OTP', afterLabelTextTpl: App.REQ, anchor: '100%', labelWidth: 110, allowBlank: false,
            maxLength: 6, enforceMaxLength: true, maskRe: /[0-9]/, regex: /^[0-9]{6}$/, regexText: 'OTP must be a 6 digit number', emptyText: '6 digit OTP',
            listeners: { specialkey: function (f, e) { if (e.key === 'Enter') { e.preventDefault(); verifyLoginOtp(); } } }
          }
        ],
        buttons: [{ text: 'Verify OTP', minWidth: 110, handler: verifyLoginOtp }, { text: 'Resend OTP', minWidth: 110, handler: resendLoginOtp }]
      }]
    });
    loginWin.show();
  }

  Ext.create('Ext.container.Viewport', {
    layout: 'border',
    items: [
      App.banner([{ xtype: 'button', text: 'Login', iconCls: 'app-icon-user', minWidth: 100, margin: '0 24 0 0', handler: openLogin }]),
      {
        region: 'center', xtype: 'panel', title: 'Welcome to e-Invoice System', scrollable: true, bodyPadding: '20 24',
        html: '<div class="app-home"><h2>e-Invoice System</h2>' +
          '<p>The e-Invoice System is used by taxpayers to report their B2B invoices to the Invoice Registration Portal (IRP) and obtain the Invoice Reference Number (IRN) and signed QR code.</p>' +
          '<h2>Latest Updates</h2><ul>' +
          '<li>Two-Factor Authentication (2FA) is mandatory for all taxpayers from 1st April 2025. The OTP is sent to the registered mobile number and is also available in the Sandes and NIC-GST-Shield apps.</li>' +
          '<li>API access: taxpayers integrating through a GST Suvidha Provider (GSP) must create an API user under API Registration &gt; User Credentials &gt; Create API User.</li>' +
          '<li>Taxpayers are advised to keep the technical contact details updated.</li></ul>' +
          '<h2>Help</h2><ul><li>Click on <b>Login</b> at the top right to sign in with your e-Invoice credentials.</li><li>For assistance, contact the GST helpdesk at 1800-103-4786.</li></ul></div>'
      },
      App.footer()
    ]
  });
  App.ready();
  if (B.openLogin) openLogin();
});
`;

/** The logged-in application: menu tree, dashboard and API registration. */
const APP_MAIN = String.raw`
Ext.onReady(function () {
  'use strict';
  var B = window.APP_BOOT;
  var cards, tree;
  Ext.tip.QuickTipManager.init();

  var menu = {
    text: 'Root', children: [
      { text: 'Dashboard', route: 'dashboard', iconCls: 'app-ico-home' },
      { text: 'e-Invoice', children: [
        { text: 'Generate IRN', route: 'page/generate' }, { text: 'Bulk Upload', route: 'page/bulkupload' },
        { text: 'Cancel IRN', route: 'page/cancel' }, { text: 'Print e-Invoice', route: 'page/print' }
      ] },
      { text: 'API Registration', children: [
        { text: B.credLabel, children: [
          { text: 'Create API User', route: 'apiuser/create' },
          { text: 'Change API Password', route: 'page/changeapipassword' },
          { text: 'Freeze API User', route: 'page/freezeapiuser' }
        ] },
        { text: 'IP Whitelisting', route: 'page/ipwhitelisting' }
      ] },
      { text: 'MIS Reports', children: [
        { text: 'IRN Generation Report', route: 'page/misgenerated' }, { text: 'IRN Cancellation Report', route: 'page/miscancelled' },
        { text: 'Summary Report', route: 'page/missummary' }
      ] },
      { text: 'User Management', children: [
        { text: 'Create Sub-User', route: 'page/createsubuser' }, { text: 'Update Sub-User', route: 'page/updatesubuser' },
        { text: 'Change Password', route: 'page/changepassword' }
      ] }
    ]
  };

  function statTable(rows) { return '<table class="app-stat">' + rows.map(function (r) { return '<tr><td>' + r[0] + '</td><td class="n">' + r[1] + '</td></tr>'; }).join('') + '</table>'; }

  var dashboard = {
    xtype: 'panel', itemId: 'dashboard', title: 'Dash Board', scrollable: true, bodyPadding: 20, layout: 'anchor',
    items: [
      { xtype: 'component', anchor: '100%', margin: '0 0 16 0', html: '<div class="app-welcome">Welcome <b>' + B.legalName + '</b> &nbsp;|&nbsp; GSTIN: <b>' + B.gstin + '</b></div>' },
      {
        xtype: 'container', anchor: '100%', layout: { type: 'hbox', align: 'stretch' },
        items: [
          { xtype: 'panel', title: 'Generations', flex: 1, margin: '0 16 0 0', bodyPadding: 14, html: statTable([['Today', 0], ['This Month', 42], ['Previous Month', 57]]) },
          { xtype: 'panel', title: 'Cancelled', flex: 1, bodyPadding: 14, html: statTable([['Today', 0], ['This Month', 1], ['Previous Month', 3]]) }
        ]
      },
      { xtype: 'panel', title: 'Alerts', anchor: '100%', margin: '16 0 0 0', bodyPadding: 14, html: '<ul style="margin:0;padding-left:18px"><li>Two-Factor Authentication is mandatory for login to the e-Invoice System.</li><li>Create a separate API user for each GSP through which you integrate.</li></ul>' }
    ]
  };

  function selectRoute(route) {
    var n = tree.findNode(function (x) { return x.route === route; });
    if (n) tree.selectPath(n);
  }

  function showStub(id) {
    var n = tree.findNode(function (x) { return x.route === 'page/' + id; });
    var title = n ? n.text : 'Page';
    var p = cards.down('#stub-' + id);
    if (!p) p = cards.add({ xtype: 'panel', itemId: 'stub-' + id, title: title, bodyPadding: 20, html: '<div class="app-note-box">There are no records to display.</div>' });
    cards.setActiveItem(p);
    if (n) tree.selectPath(n);
  }

  /* ---------------- API registration */
  function apiPanel() { return cards.down('#apiUserPanel'); }

  function sendApiOtp(resend) {
    var p = apiPanel();
    App.post('/ApiRegistration/SendOtp', { resend: !!resend }, {
      mask: p, maskMsg: 'Sending OTP...',
      success: function (r) {
        p.down('#otpInfo').update('An OTP has been sent to your registered mobile number <b>' + r.maskedMobile + '</b>. Enter the OTP and click on <b>Verify OTP</b>.');
        Ext.toast(r.message);
        p.down('#apiOtp').focus(false, 50);
      }
    });
  }

  function verifyApiOtp() {
    var p = apiPanel(), f = p.down('#apiOtp');
    if (!f.isValid()) { f.focus(); return; }
    App.post('/ApiRegistration/VerifyOtp', { otp: f.getValue() }, {
      mask: p, maskMsg: 'Verifying OTP...',
      success: function () {
        p.setActiveItem('regForm');
        Ext.toast('OTP verified successfully.');
        loadGsps();
        p.down('#regGrid').load();
      },
      failure: function (r) { App.error(r.message, function () { f.focus(true); }); }
    });
  }

  function loadGsps() {
    var p = apiPanel(), combo = p.down('#gspCombo');
    combo.loadingText = 'Loading...';
    App.get('/ApiRegistration/GetGspList', { success: function (r) { combo.setStoreData(r.data || []); } });
  }

  function onModeChange(group, mode) {
    var p = apiPanel();
    var show = function (sel, on) { var c = p.down(sel); c.setHidden(!on); c.setDisabled(!on); };
    show('#directNote', mode === 'D');
    show('#gspCombo', mode === 'G');
    show('#erpCombo', mode === 'E');
    show('#otherGstin', mode === 'O');
    var cred = mode === 'G' || mode === 'E' || mode === 'O';
    show('#userNameCt', cred);
    show('#apiPassword', cred);
    show('#apiPassword2', cred);
    show('#pwdNote', cred);
  }

  function submitReg() {
    var p = apiPanel(), form = p.down('#regForm');
    if (!form.isValid()) return;
    var mode = form.down('#regMode').getValue();
    var uname = form.down('#apiUserName').getValue();
    var gspCombo = form.down('#gspCombo');
    var who = mode === 'G' ? ' through the GSP <b>' + Ext.htmlEncode(gspCombo.getRawValue()) + '</b>' : '';
    var msg = mode === 'D' ? 'Do you want to register GSTIN ' + B.gstin + ' for direct API access?' : 'Do you want to register the API user <b>API_' + Ext.htmlEncode(uname) + '</b>' + who + ' for GSTIN ' + B.gstin + '?';
    Ext.Msg.confirm('Confirm', msg, function (btn) {
      if (btn !== 'yes') return;
      App.post('/ApiRegistration/CreateApiUser', {
        regMode: mode, gspId: mode === 'G' ? gspCombo.getValue() : null, erp: mode === 'E' ? form.down('#erpCombo').getValue() : null,
        otherGstin: mode === 'O' ? form.down('#otherGstin').getValue() : null,
        userName: uname, password: form.down('#apiPassword').getValue(), confirmPassword: form.down('#apiPassword2').getValue()
      }, {
        mask: p, maskMsg: 'Submitting...',
        success: function (r) {
          form.down('#apiUserName').reset();
          form.down('#apiPassword').reset();
          form.down('#apiPassword2').reset();
          p.down('#regGrid').load();
          App.info('Success', r.message);
        },
        failure: function (r) { App.error(r.message); }
      });
    });
  }

  function strongPwd(v) {
    if (v.length < 8 || v.length > 15) return 'Password must be 8 to 15 characters long';
    if (!/[A-Z]/.test(v) || !/[a-z]/.test(v) || !/[0-9]/.test(v) || !/[^A-Za-z0-9]/.test(v)) return 'Password must contain at least one upper case letter, one lower case letter, one digit and one special character';
    return true;
  }

  function openCreateApiUser() {
    var old = apiPanel();
    if (old) cards.remove(old, true);
    var LW = 250;
    var p = cards.add({
      xtype: 'panel', itemId: 'apiUserPanel', title: 'API Registration', layout: 'card',
      items: [{
        xtype: 'form', itemId: 'otpStep', border: false, bodyPadding: 24, scrollable: true,
        items: [
          { xtype: 'component', itemId: 'otpInfo', width: 640, margin: '0 0 16 0', html: 'Sending OTP to your registered mobile number...' },
          {
            xtype: 'textfield', itemId: 'apiOtp', name: 'apiOtp', fieldLabel: 'Enter OTP', afterLabelTextTpl: App.REQ, labelWidth: 100, width: 360, allowBlank: false,
            maxLength: 6, enforceMaxLength: true, maskRe: /[0-9]/, regex: /^[0-9]{6}$/, regexText: 'OTP must be a 6 digit number', emptyText: '6 digit OTP', msgTarget: 'under',
            listeners: { specialkey: function (f, e) { if (e.key === 'Enter') { e.preventDefault(); verifyApiOtp(); } } }
          },
          {
            xtype: 'container', layout: 'hbox', margin: '4 0 0 105', width: 400,
            items: [
              { xtype: 'button', text: 'Verify OTP', minWidth: 110, handler: verifyApiOtp },
              { xtype: 'button', text: 'Resend OTP', minWidth: 110, margin: '0 0 0 10', handler: function () { sendApiOtp(true); } }
            ]
          }
        ]
      }, {
        xtype: 'form', itemId: 'regForm', border: false, bodyPadding: 24, scrollable: true,
        defaults: { labelWidth: LW, width: 700 },
        items: [
          { xtype: 'displayfield', fieldLabel: 'GSTIN', value: B.gstin },
          {
            xtype: 'radiogroup', itemId: 'regMode', name: 'regMode', fieldLabel: 'Do you wish to Register your GSTIN for', afterLabelTextTpl: App.REQ,
            columns: 2, vertical: false, allowBlank: false, msgTarget: 'under', width: 760,
            items: [
              { boxLabel: 'Directly', inputValue: 'D' }, { boxLabel: 'Through GSP', inputValue: 'G' },
              { boxLabel: 'Through ERP', inputValue: 'E' }, { boxLabel: 'Through Client-Id of other', inputValue: 'O' }
            ],
            listeners: { change: onModeChange }
          },
          { xtype: 'displayfield', itemId: 'directNote', fieldLabel: '&#160;', labelSeparator: '', hidden: true, disabled: true, value: '<div class="app-note-box">Direct API access (own Client-Id and Client-Secret) is available only to taxpayers whose aggregate turnover exceeds the notified threshold. Others must register through a GSP or ERP.</div>' },
          {
            xtype: 'combobox', itemId: 'gspCombo', name: 'gspId', fieldLabel: 'Select your GSP', afterLabelTextTpl: App.REQ, hidden: true, disabled: true, allowBlank: false,
            displayField: 'gspName', valueField: 'gspId', emptyText: '-- Select --', editable: false, store: [], msgTarget: 'under'
          },
          {
            xtype: 'combobox', itemId: 'erpCombo', name: 'erp', fieldLabel: 'Select your ERP', afterLabelTextTpl: App.REQ, hidden: true, disabled: true, allowBlank: false,
            displayField: 'text', valueField: 'value', emptyText: '-- Select --', editable: false, msgTarget: 'under',
            store: [{ value: 'SAP', text: 'SAP' }, { value: 'ORACLE', text: 'Oracle' }, { value: 'MSD', text: 'Microsoft Dynamics' }, { value: 'TALLY', text: 'Tally' }, { value: 'OTH', text: 'Others' }]
          },
          { xtype: 'textfield', itemId: 'otherGstin', name: 'otherGstin', fieldLabel: 'GSTIN of the Client-Id owner', afterLabelTextTpl: App.REQ, hidden: true, disabled: true, allowBlank: false, maxLength: 15, enforceMaxLength: true, regex: /^[0-9]{2}[A-Z0-9]{13}$/, regexText: 'Enter a valid 15 character GSTIN', msgTarget: 'under' },
          {
            xtype: 'fieldcontainer', itemId: 'userNameCt', fieldLabel: 'Username', afterLabelTextTpl: App.REQ, hidden: true, disabled: true, layout: { type: 'hbox', align: 'top' }, margin: '0 0 10 0',
            items: [
              { xtype: 'displayfield', cls: 'app-prefix', value: 'API_', width: 42 },
              { xtype: 'textfield', itemId: 'apiUserName', name: 'userName', flex: 1, allowBlank: false, minLength: 4, maxLength: 11, enforceMaxLength: true, regex: /^[A-Za-z0-9]+$/, regexText: 'Only letters and digits are allowed', msgTarget: 'under', emptyText: 'Enter user name' }
            ]
          },
          { xtype: 'textfield', itemId: 'apiPassword', name: 'password', inputType: 'password', fieldLabel: 'Password', afterLabelTextTpl: App.REQ, hidden: true, disabled: true, allowBlank: false, maxLength: 15, enforceMaxLength: true, validator: strongPwd, msgTarget: 'under' },
          {
            xtype: 'textfield', itemId: 'apiPassword2', name: 'confirmPassword', inputType: 'password', fieldLabel: 'Re-enter Password', afterLabelTextTpl: App.REQ, hidden: true, disabled: true, allowBlank: false, maxLength: 15, enforceMaxLength: true, msgTarget: 'under',
            validator: function (v) { return v === this.up('form').down('#apiPassword').getValue() ? true : 'Passwords do not match'; }
          },
          { xtype: 'component', itemId: 'pwdNote', cls: 'app-note', hidden: true, disabled: true, margin: '0 0 12 ' + (LW + 5), html: 'The user name is prefixed with API_ and may have 4 to 11 letters or digits after it. The password must be 8 to 15 characters long with at least one upper case letter, one lower case letter, one digit and one special character.' },
          {
            xtype: 'container', layout: 'hbox', margin: '6 0 0 ' + (LW + 5), width: 400,
            items: [
              { xtype: 'button', text: 'Submit', minWidth: 100, handler: submitReg },
              { xtype: 'button', text: 'Exit', minWidth: 100, margin: '0 0 0 10', cls: 'app-btn-danger', handler: function () { Ext.redirectTo('dashboard'); } }
            ]
          },
          {
            xtype: 'gridpanel', itemId: 'regGrid', title: 'GSPs registered for GSTIN ' + B.gstin, width: null, anchor: '100%', height: 230, margin: '24 0 0 0',
            emptyText: 'No API user has been created for this GSTIN.', store: { url: '/ApiRegistration/GetRegisteredGsps', rootProperty: 'data' },
            columns: [
              { xtype: 'rownumberer', text: 'Sl. No.', width: 70, align: 'right' },
              { text: 'GSP Name', dataIndex: 'gspName', flex: 2 },
              { text: 'API User Name', dataIndex: 'userName', flex: 1 },
              { text: 'Created On', dataIndex: 'createdOn', width: 170 },
              { text: 'Status', dataIndex: 'status', width: 100 }
            ]
          }
        ]
      }]
    });
    cards.setActiveItem(p);
    selectRoute('apiuser/create');
    sendApiOtp(false);
  }

  /* ---------------- technical contact popup */
  function showContacts() {
    var w = Ext.create('Ext.window.Window', {
      title: 'Contacts of Technical Person', width: 560, modal: true, resizable: false, bodyPadding: '16 22 4 22', buttonAlign: 'center', layout: 'anchor',
      defaults: { anchor: '100%', labelWidth: 130, xtype: 'textfield' },
      items: [
        { xtype: 'component', margin: '0 0 14 0', html: 'Please provide the details of the technical person of your organisation who may be contacted regarding e-Invoice API integration.' },
        { itemId: 'tpName', fieldLabel: 'Name', afterLabelTextTpl: App.REQ, allowBlank: false, maxLength: 60, value: B.tech.name },
        { itemId: 'tpMobile', fieldLabel: 'Mobile Number', afterLabelTextTpl: App.REQ, allowBlank: false, maxLength: 10, enforceMaxLength: true, maskRe: /[0-9]/, regex: /^[6-9][0-9]{9}$/, regexText: 'Enter a valid 10 digit mobile number', value: B.tech.mobile },
        { itemId: 'tpEmail', fieldLabel: 'E-mail', afterLabelTextTpl: App.REQ, allowBlank: false, maxLength: 80, regex: /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/, regexText: 'This field should be an e-mail address in the format "user@example.com"', value: B.tech.email }
      ],
      buttons: [
        {
          text: 'Update', handler: function () {
            var ok = w.down('#tpName').isValid() & w.down('#tpMobile').isValid() & w.down('#tpEmail').isValid();
            if (!ok) return;
            App.post('/Home/SaveTechnicalContact', { name: w.down('#tpName').getValue(), mobile: w.down('#tpMobile').getValue(), email: w.down('#tpEmail').getValue() }, {
              mask: w, maskMsg: 'Saving...', success: function (r) { w.close(); Ext.toast(r.message); }
            });
          }
        },
        { text: 'Exit', cls: 'app-btn-danger', handler: function () { w.close(); } }
      ]
    });
    w.show();
  }

  function logout() {
    Ext.Msg.confirm('Logout', 'Are you sure you want to logout?', function (btn) {
      if (btn !== 'yes') return;
      App.post('/Home/Logout', {}, { success: function () { window.location.href = '/'; } });
    });
  }

  var vp = Ext.create('Ext.container.Viewport', {
    layout: 'border',
    items: [
      App.banner([
        { xtype: 'component', cls: 'app-banner-user', margin: '0 16 0 0', html: 'Welcome, <b>' + B.legalName + '</b><br>GSTIN: ' + B.gstin + ' &nbsp;|&nbsp; User: ' + B.userName },
        { xtype: 'button', text: 'Logout', iconCls: 'app-icon-logout', minWidth: 100, margin: '0 24 0 0', handler: logout }
      ]),
      {
        region: 'west', xtype: 'treepanel', itemId: 'navTree', title: 'Menu', width: 270, rootVisible: false, root: menu,
        listeners: {
          itemclick: function (t, node) {
            if (!node.leaf) { t.toggle(node); return; }
            if (node.route) Ext.redirectTo(node.route);
          }
        }
      },
      { region: 'center', xtype: 'container', itemId: 'mainCards', layout: 'card', items: [dashboard] },
      App.footer()
    ]
  });
  cards = vp.down('#mainCards');
  tree = vp.down('#navTree');

  Ext.route('dashboard', function () { cards.setActiveItem('dashboard'); selectRoute('dashboard'); });
  Ext.route('apiuser/create', openCreateApiUser);
  Ext.route('page/:id', showStub);
  Ext.unmatchedRoute = function () { Ext.redirectTo('dashboard'); };
  Ext.startRoutes('dashboard');
  App.ready();
  if (B.showContacts) {
    setTimeout(function () { showContacts(); Ext.toast('Welcome, ' + B.legalName + '. Last login: ' + B.lastLogin); }, 300);
  }
});
`;

const FAVICON = svgUri(
  "<svg xmlns='http://www.w3.org/2000/svg' width='32' height='32' viewBox='0 0 32 32'><circle cx='16' cy='16' r='15' fill='#1b4f8a'/><text x='16' y='21' font-family='Arial' font-size='12' font-weight='bold' fill='#fff' text-anchor='middle'>e-I</text></svg>",
);

function pageHtml(title: string, boot: Record<string, unknown>, app: string): string {
  const bootJson = JSON.stringify(boot).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en" class="x-border-box x-strict">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>${title}</title>
<link rel="icon" type="image/svg+xml" href="${FAVICON}">
<style id="ext-theme-triton">${THEME_CSS}</style>
<style id="app-css">${APP_CSS}</style>
<script>window.APP_BOOT = ${bootJson};</script>
<script id="ext-all">${EXT_RUNTIME}</script>
<script id="app-common">${APP_COMMON}</script>
<script id="app">${app}</script>
</head>
<body>
<div id="app-loading" class="app-loading"><div class="app-loading-inner">Loading...</div></div>
<noscript>Please enable JavaScript to use the e-Invoice System.</noscript>
</body>
</html>`;
}

function captchaSvg(text: string): string {
  const w = 150;
  const h = 44;
  const rnd = (a: number, b: number): number => a + Math.random() * (b - a);
  const colors = ['#1b4f8a', '#7a1f1f', '#2d6a2d', '#5b2a86', '#8a4b0f', '#233d4d'];
  let s = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`;
  s += `<rect width="${w}" height="${h}" fill="#eef3f7"/>`;
  for (let i = 0; i < 70; i++) {
    s += `<circle cx="${rnd(0, w).toFixed(1)}" cy="${rnd(0, h).toFixed(1)}" r="${rnd(0.5, 1.6).toFixed(1)}" fill="${colors[i % colors.length]}" opacity="0.45"/>`;
  }
  for (let i = 0; i < 4; i++) {
    s += `<path d="M${rnd(0, 30).toFixed(0)} ${rnd(5, h - 5).toFixed(0)} Q${rnd(40, 110).toFixed(0)} ${rnd(0, h).toFixed(0)} ${rnd(120, w).toFixed(0)} ${rnd(5, h - 5).toFixed(0)}" stroke="${colors[(i + 2) % colors.length]}" stroke-width="${rnd(0.8, 1.6).toFixed(1)}" fill="none" opacity="0.6"/>`;
  }
  const step = (w - 20) / text.length;
  for (let i = 0; i < text.length; i++) {
    const x = 14 + i * step + rnd(-2, 2);
    const y = 31 + rnd(-4, 4);
    const rot = rnd(-24, 24).toFixed(0);
    const ch = text.charAt(i).replace(/&/g, '&amp;').replace(/</g, '&lt;');
    s += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rot} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="'Courier New', Courier, monospace" font-size="${rnd(24, 29).toFixed(0)}" font-weight="bold" fill="${colors[Math.floor(rnd(0, colors.length))]}">${ch}</text>`;
  }
  for (let i = 0; i < 2; i++) {
    s += `<line x1="${rnd(0, 20).toFixed(0)}" y1="${rnd(10, h - 10).toFixed(0)}" x2="${rnd(w - 20, w).toFixed(0)}" y2="${rnd(10, h - 10).toFixed(0)}" stroke="#555" stroke-width="1" opacity="0.5"/>`;
  }
  return `${s}</svg>`;
}

function formatDate(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'auth';
  lastSeen: number;
  contactsShown: boolean;
  apiOtpSentAt: number | null;
  apiOtpVerified: boolean;
  lastLogin: string;
  tech: { name: string; mobile: string; email: string };
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const k = part.slice(0, i).trim();
    const v = part.slice(i + 1).trim();
    try {
      out[k] = decodeURIComponent(v);
    } catch {
      out[k] = v;
    }
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > 1_000_000) break;
    chunks.push(b);
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  if (!raw) return {};
  const ct = String(req.headers['content-type'] ?? '');
  if (ct.includes('application/json')) {
    try {
      const v: unknown = JSON.parse(raw);
      return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

export async function startExtjsR20Rendition(options: ExtjsR20Options = {}): Promise<ExtjsR20Rendition> {
  const state: ExtjsR20State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** The older registration on file (not one made here: `state.users` holds those). */
  const seeded: ExtjsR20State['users'] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: 'API_terainv',
      password: 'Tera@Inv2021',
      createdOn: '14/09/2021 16:42:08',
    },
  ];
  const onFile = () => [...seeded, ...state.users];

  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();
  let expiryUsed = false;

  const newSession = (res: ServerResponse): Session => {
    const s: Session = {
      id: randomBytes(18).toString('base64url'),
      stage: 'anon',
      lastSeen: Date.now(),
      contactsShown: false,
      apiOtpSentAt: null,
      apiOtpVerified: false,
      lastLogin: formatDate(new Date(Date.now() - 3 * 24 * 3600 * 1000)),
      tech: { name: '', mobile: '', email: '' },
    };
    sessions.set(s.id, s);
    res.setHeader(
      'Set-Cookie',
      `${SESSION_COOKIE}=${encodeURIComponent(s.id)}; path=/; samesite=lax; httponly`,
    );
    return s;
  };
  const getSession = (req: IncomingMessage): Session | null => {
    const id = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    if (!id) return null;
    const s = sessions.get(id);
    if (!s) return null;
    if (Date.now() - s.lastSeen > SESSION_IDLE_MS) {
      sessions.delete(id);
      return null;
    }
    s.lastSeen = Date.now();
    return s;
  };

  const baseHeaders = {
    'Cache-Control': 'no-cache, no-store, must-revalidate',
    Pragma: 'no-cache',
    'X-Frame-Options': 'SAMEORIGIN',
    'X-Content-Type-Options': 'nosniff',
  };
  const sendHtml = (res: ServerResponse, status: number, body: string): void => {
    res.writeHead(status, { ...baseHeaders, 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body);
  };
  const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { ...baseHeaders, 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const sendExpired = (res: ServerResponse): void => {
    sendJson(res, 401, {
      success: false,
      sessionExpired: true,
      message: 'Your session has expired. Please login again.',
    });
  };
  const redirect = (res: ServerResponse, location: string): void => {
    res.writeHead(302, { ...baseHeaders, Location: location });
    res.end();
  };
  /** expireOnce: the first request of the stage loses the session. */
  const expireHere = (stage: ExtjsR20Expiry, req: IncomingMessage, res: ServerResponse): boolean => {
    if (options.expireOnce !== stage || expiryUsed) return false;
    expiryUsed = true;
    const id = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    if (id) sessions.delete(id);
    state.expired.push(stage);
    sendExpired(res);
    return true;
  };

  const homeBoot = (openLogin: boolean, expired: boolean): Record<string, unknown> => ({
    openLogin,
    expired,
    emblem: EMBLEM_SVG,
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';

    if (method === 'GET' && (path === '/' || path === '/Home' || path === '/Home/Index')) {
      if (!getSession(req)) newSession(res);
      sendHtml(res, 200, pageHtml('e-Invoice System', homeBoot(false, false), APP_HOME));
      return;
    }
    if (method === 'GET' && path === '/Home/Login') {
      if (!getSession(req)) newSession(res);
      sendHtml(
        res,
        200,
        pageHtml(
          'Login | e-Invoice System',
          homeBoot(true, url.searchParams.get('expired') === '1'),
          APP_HOME,
        ),
      );
      return;
    }
    if (method === 'GET' && path === '/get-captcha-image') {
      if (!getSession(req)) newSession(res);
      res.writeHead(200, { ...baseHeaders, 'Content-Type': 'image/svg+xml' });
      res.end(captchaSvg(state.captcha));
      return;
    }
    if (method === 'GET' && path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (method === 'GET' && path === '/Home/MainMenu') {
      const s = getSession(req);
      if (s?.stage !== 'auth') {
        redirect(res, '/Home/Login?expired=1');
        return;
      }
      const showContacts = !s.contactsShown;
      s.contactsShown = true;
      sendHtml(
        res,
        200,
        pageHtml(
          'Dash Board | e-Invoice System',
          {
            gstin: state.gstin,
            legalName: LEGAL_NAME,
            userName: EXTJS_R20_LOGIN.username,
            credLabel: 'User Credentials',
            showContacts,
            lastLogin: s.lastLogin,
            tech: s.tech,
            emblem: EMBLEM_SVG,
          },
          APP_MAIN,
        ),
      );
      return;
    }

    if (method === 'POST' && path === '/Home/Login') {
      const s = getSession(req);
      const body = await readBody(req);
      if (!s) return sendExpired(res);
      const captcha = str(body.captcha).trim();
      if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        s.stage = 'anon';
        return sendJson(res, 200, {
          success: false,
          errorType: 'captcha',
          message: 'Invalid Captcha. Please enter the characters shown in the image.',
        });
      }
      const user = str(body.userName).trim();
      const pwd = str(body.password);
      if (user.toLowerCase() !== EXTJS_R20_LOGIN.username.toLowerCase() || pwd !== EXTJS_R20_LOGIN.password) {
        state.refusals.push('login');
        s.stage = 'anon';
        return sendJson(res, 200, {
          success: false,
          errorType: 'credentials',
          message: 'Invalid Login Credentials. Please check your user name and password.',
        });
      }
      s.stage = 'otp';
      s.apiOtpSentAt = null;
      s.apiOtpVerified = false;
      return sendJson(res, 200, { success: true, otpRequired: true, maskedMobile: MASKED_MOBILE });
    }
    if (method === 'POST' && path === '/Home/ResendLoginOtp') {
      const s = getSession(req);
      await readBody(req);
      if (s?.stage !== 'otp') return sendExpired(res);
      return sendJson(res, 200, {
        success: true,
        message: `OTP has been re-sent to your registered mobile number ${MASKED_MOBILE}.`,
      });
    }
    if (method === 'POST' && path === '/Home/VerifyLoginOtp') {
      const s = getSession(req);
      const body = await readBody(req);
      if (s?.stage !== 'otp') return sendExpired(res);
      if (str(body.otp).trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        return sendJson(res, 200, {
          success: false,
          message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
        });
      }
      s.stage = 'auth';
      s.contactsShown = false;
      return sendJson(res, 200, { success: true, redirectUrl: '/Home/MainMenu' });
    }
    if (method === 'POST' && path === '/Home/Logout') {
      await readBody(req);
      const id = parseCookies(req.headers.cookie)[SESSION_COOKIE];
      if (id) sessions.delete(id);
      return sendJson(res, 200, { success: true });
    }
    if (method === 'POST' && path === '/Home/SaveTechnicalContact') {
      const s = getSession(req);
      const body = await readBody(req);
      if (s?.stage !== 'auth') return sendExpired(res);
      const name = str(body.name).trim();
      const mobile = str(body.mobile).trim();
      const email = str(body.email).trim();
      if (!name || !/^[6-9]\d{9}$/.test(mobile) || !/^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/.test(email)) {
        return sendJson(res, 200, { success: false, message: 'Please enter valid contact details.' });
      }
      s.tech = { name, mobile, email };
      return sendJson(res, 200, {
        success: true,
        message: 'Contact details of the technical person have been updated successfully.',
      });
    }

    if (method === 'POST' && path === '/ApiRegistration/SendOtp') {
      await readBody(req);
      if (expireHere('api-otp-send', req, res)) return;
      const s = getSession(req);
      if (s?.stage !== 'auth') return sendExpired(res);
      s.apiOtpSentAt = Date.now();
      s.apiOtpVerified = false;
      return sendJson(res, 200, {
        success: true,
        maskedMobile: MASKED_MOBILE,
        message: `OTP has been sent to your registered mobile number ${MASKED_MOBILE}.`,
      });
    }
    if (method === 'POST' && path === '/ApiRegistration/VerifyOtp') {
      const body = await readBody(req);
      if (expireHere('api-otp-verify', req, res)) return;
      const s = getSession(req);
      if (s?.stage !== 'auth') return sendExpired(res);
      if (s.apiOtpSentAt === null) {
        return sendJson(res, 200, {
          success: false,
          message: 'Please generate the OTP first by clicking on Resend OTP.',
        });
      }
      if (Date.now() - s.apiOtpSentAt > API_OTP_VALIDITY_MS) {
        state.refusals.push('api-otp');
        return sendJson(res, 200, {
          success: false,
          message: 'OTP has expired. Please click on Resend OTP.',
        });
      }
      if (str(body.otp).trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        return sendJson(res, 200, {
          success: false,
          message: 'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
        });
      }
      s.apiOtpVerified = true;
      return sendJson(res, 200, { success: true });
    }
    if (method === 'GET' && path === '/ApiRegistration/GetGspList') {
      const s = getSession(req);
      if (s?.stage !== 'auth') return sendExpired(res);
      return sendJson(res, 200, { success: true, total: GSPS.length, data: GSPS });
    }
    if (method === 'GET' && path === '/ApiRegistration/GetRegisteredGsps') {
      const s = getSession(req);
      if (s?.stage !== 'auth') return sendExpired(res);
      const data = onFile()
        .filter((u) => u.gstin === state.gstin)
        .map((u) => ({ gspName: u.gsp, userName: u.username, createdOn: u.createdOn, status: 'Active' }));
      return sendJson(res, 200, { success: true, total: data.length, data });
    }
    if (method === 'POST' && path === '/ApiRegistration/CreateApiUser') {
      const body = await readBody(req);
      if (expireHere('submit', req, res)) return;
      const s = getSession(req);
      if (s?.stage !== 'auth') return sendExpired(res);
      if (!s.apiOtpVerified) {
        return sendJson(res, 200, {
          success: false,
          message: 'Please verify the OTP before registering the API user.',
        });
      }
      const mode = str(body.regMode);
      if (mode === 'D') {
        return sendJson(res, 200, {
          success: false,
          message:
            'Direct API access is allowed only for taxpayers whose aggregate turnover exceeds the notified threshold. Please register through a GSP or ERP.',
        });
      }
      if (mode === 'E' || mode === 'O') {
        return sendJson(res, 200, {
          success: false,
          message:
            mode === 'E'
              ? 'Registration through ERP is not enabled for this GSTIN. Please contact the e-Invoice helpdesk.'
              : 'The Client-Id of the given GSTIN is not available for sharing. Please contact the e-Invoice helpdesk.',
        });
      }
      if (mode !== 'G')
        return sendJson(res, 200, { success: false, message: 'Please select the registration type.' });
      const gsp = GSPS.find((g) => g.gspId === str(body.gspId));
      if (!gsp) return sendJson(res, 200, { success: false, message: 'Please select your GSP.' });
      const typed = str(body.userName).trim();
      if (!USERNAME_RULE.test(typed)) {
        return sendJson(res, 200, {
          success: false,
          message: 'The user name must have 4 to 11 letters or digits after the API_ prefix.',
        });
      }
      const password = str(body.password);
      if (!PASSWORD_RULE.test(password)) {
        return sendJson(res, 200, {
          success: false,
          message:
            'The password must be 8 to 15 characters long with at least one upper case letter, one lower case letter, one digit and one special character.',
        });
      }
      if (password !== str(body.confirmPassword)) {
        return sendJson(res, 200, {
          success: false,
          message: 'Password and Re-enter Password do not match.',
        });
      }
      const username = `API_${typed}`;
      if (onFile().some((u) => u.gstin === state.gstin && u.gsp === gsp.gspName)) {
        state.refusals.push('duplicate');
        return sendJson(res, 200, {
          success: false,
          message: `The GSTIN ${state.gstin} is already registered with the GSP ${gsp.gspName}. Please select a different GSP.`,
        });
      }
      if (onFile().some((u) => u.username.toLowerCase() === username.toLowerCase())) {
        state.refusals.push('username-taken');
        return sendJson(res, 200, {
          success: false,
          message: `The user name ${username} is already in use. Please choose a different user name.`,
        });
      }
      state.users.push({
        gstin: state.gstin,
        gsp: gsp.gspName,
        username,
        password,
        createdOn: formatDate(new Date()),
      });
      return sendJson(res, 200, {
        success: true,
        userName: username,
        gspName: gsp.gspName,
        message: `API user <b>${username}</b> has been created successfully for <b>${gsp.gspName}</b>. Please note the user name and password; they are needed to call the e-Invoice APIs through your GSP.`,
      });
    }

    if (path.startsWith('/ApiRegistration/') || (method === 'POST' && path.startsWith('/Home/'))) {
      return sendJson(res, 404, { success: false, message: 'The requested resource was not found.' });
    }
    sendHtml(
      res,
      404,
      '<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>404 - e-Invoice System</title></head><body style="font-family:Arial,sans-serif;padding:40px"><h2>404 - Page not found</h2><p><a href="/">Go to the e-Invoice System home page</a></p></body></html>',
    );
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Internal Server Error');
    });
  });
  server.on('connection', (socket: Socket) => {
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
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}
