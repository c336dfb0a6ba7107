/**
 * Rendition r9-extjs: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a single-page application built with
 * Sencha Ext JS 7 (classic toolkit, "triton" theme) would draw it. The server sends a near-empty
 * index.html with a microloader-like bootstrap.js, which loads the theme CSS and app.js; app.js builds
 * the DOM Ext JS produces: a border-layout viewport, generated component ids (`textfield-1023-inputEl`,
 * `button-1031-btnInnerEl`), `a.x-btn` buttons with `x-btn-wrap` / `x-btn-button` / `x-btn-inner`
 * spans, `div.x-field` form items with `label.x-form-item-label[for]`, validation by `x-form-invalid`
 * with side error icons (QuickTip on hover) or errors under the field, a treepanel menu, a typeable
 * combobox with a body-level `x-boundlist`, a radiogroup of CSS-drawn radios, modal `x-window`s with a
 * separate `x-mask`, the `Ext.Msg` singleton (`x-message-box`, hidden with `x-hidden-offsets` and
 * reused; its unused Yes/No/Cancel buttons and prompt field stay in the DOM, hidden), `Ext.toast`,
 * a "Loading..." LoadMask over a panel during every Ext.Ajax-style JSON call (XMLHttpRequest with
 * `X-Requested-With` and `_dc` cache busters), and hash routing (`#home`, `#login`, `#dashboard`,
 * `#apiregistration/create`, ...). Every line of markup, style and script is written here; no
 * library files. There is no `window.Ext` API: only the DOM looks like Ext.
 *
 * Choices made where the public facts are silent:
 * - Login: the header has Home / Help / Login buttons (`a.x-btn`); "Login" routes to `#login`, a
 *   "Login" panel with "Username:", "Password:", a captcha image (SVG from `/get-captcha-image`,
 *   showing state.captcha with noise; a refresh tool beside it) and "Enter Captcha:", and its own
 *   "Login" button bound to form validity (disabled until the three fields are filled). The password
 *   is posted as typed (JSON) over the session; no salt/hash. Username is case-insensitive, password
 *   case-sensitive. The captcha is checked first (case-insensitive): a wrong captcha refuses
 *   'captcha' ("Invalid Captcha. Please enter the characters shown in the image."), then wrong
 *   credentials refuse 'login' ("Invalid Login Credentials. Please check your username and
 *   password."); both are Ext.Msg boxes titled "Error" with an OK button; afterwards the captcha
 *   image reloads and the captcha field is reset (the password too after wrong credentials).
 *   No account lock.
 * - 2FA: the same view switches (card) to a "Two Factor Authentication" panel: text naming the
 *   masked mobile XXXXXX4821, "Enter OTP:" (6 digits), "Verify OTP" and "Back". A wrong OTP refuses
 *   'login-otp' with an Ext.Msg "Invalid OTP. Please enter the correct OTP." and the user may retry.
 *   Success shows a toast "Login successful" and routes to `#dashboard`.
 * - Dashboard: panel titled "Dash Board" with "Generations" and "Cancelled" panels. On the first
 *   dashboard load of a session (if options.techContact !== false) a modal Ext window "Contacts of
 *   Technical Person" opens (Name / Mobile No. / Email Id textfields, "Update" and a red "Exit"
 *   button, and a header close tool); it is destroyed when closed.
 * - Menu: a left treepanel titled "Menu" with the root hidden and arrows: Dash Board; e-Invoice
 *   (Generate, Bulk Upload, Cancel, Print); API Registration (User Credentials (Create API User,
 *   Change API Password), IP Whitelisting, Freeze API User); MIS Reports (IRN Details, Summary
 *   Report); User Management (Create Sub User, Update Sub User). Ext's default tree behaviour:
 *   clicking a folder row's text only selects it; clicking the expander arrow toggles it, and
 *   double-clicking a folder row toggles it; collapsed children are not in the DOM. Clicking a leaf
 *   navigates. Routes: `#dashboard`, `#apiregistration/create`, and `#einvoice/generate` etc.
 *   for the others (placeholder panels with an empty grid).
 * - Create API User (`#apiregistration/create`): panel "API Registration". Opening it sends the API
 *   OTP automatically (toast "OTP Sent" and text naming XXXXXX4821; the OTP is said to be valid for
 *   10 minutes, not enforced). "Enter OTP:" with "Verify OTP" and "Resend OTP" (disabled for a 30 s
 *   countdown). A wrong OTP refuses 'api-otp' with an Ext.Msg "Invalid OTP. Please enter the
 *   correct OTP sent to your registered mobile number." and marks the field invalid; retry allowed.
 *   After verification the OTP part is hidden (left in the DOM) and the form appears: "GSTIN:",
 *   "Trade Name:", a radiogroup "Do you wish to Register your GSTIN for:" (label on top; Directly,
 *   Through GSP, Through ERP, Through Client-Id of other; none selected). Only "Through GSP" shows
 *   the "GSP Details" fieldset; the other choices show a note and keep Submit disabled.
 * - "Select your GSP:" is an editable combobox (emptyText "-- Select --", typing filters the list by
 *   "contains", case-insensitive; forceSelection: on blur a text that matches no entry reverts to
 *   the last selected GSP or empties). 32 GSP names, sorted, incl. DEFMACRO SOFTWARE PRIVATE
 *   LIMITED.
 * - "Username:" shows a fixed `API_` prefix inside the text box; the user types the rest: 6 to 15
 *   letters or digits. The stored username is `API_<typed>`. Taken (case-insensitive): any stored
 *   user's username, plus the reserved API_admin123, API_testuser, API_einvoice1.
 * - "Password:" 8 to 15 characters with an upper-case letter, a lower-case letter, a digit and a
 *   special character; "Re-enter Password:" must match. Errors show under the fields as you type.
 * - Validation is Ext's: fields validate on change and on blur (a required field left blank is marked
 *   when it loses focus), login-form errors are side icons with a QuickTip on hover, API-form errors
 *   sit under the field and push the content below them down. Buttons bound to a form carry
 *   `x-btn-disabled` and aria-disabled="true" while the form is invalid. Windows are draggable by
 *   their header and close on Escape.
 * - Buttons "Submit" (disabled until the form is valid) and a red "Exit" (Ext.Msg confirm, Yes goes
 *   to the dashboard). Submit first asks an Ext.Msg confirm ("Do you want to create the API user
 *   API_x for the GSP ...?", Yes / No). Refusals: the GSTIN already registered with that GSP
 *   ('duplicate': "GSTIN ... is already registered with the GSP ..."), then a taken username
 *   ('username-taken': "The username API_x is already taken. Please choose another username.").
 *   Success: Ext.Msg "Success": "API User API_x has been created successfully for the GSP ...",
 *   the GSP fields are reset and the grid "GSPs registered for this GSTIN" below lists the users.
 * - Sessions: cookie `JSESSIONID` (HttpOnly), 20 minutes idle. Without a session every JSON call
 *   answers 401 `{success:false, sessionExpired:true}`; the app shows an Ext.Msg "Session Expired"
 *   ("Your session has expired. Please login again.") whose OK (or close) goes to `#login`. Opening
 *   a protected route without a session goes to `#login` with a toast "Please login to continue.".
 *   After any login the app goes to `#dashboard` (not back to the route asked for).
 * - expireOnce: the first call of that stage (api/apireg/sendotp, api/apireg/verifyotp,
 *   api/apireg/createuser) deletes the server session and answers that 401.
 * - Every JSON call is delayed 120 ms so the load mask is seen.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a session may be made to expire once: the first API call of that stage answers 401. */
export type R9ExtjsExpiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface R9ExtjsOptions {
  expireOnce?: R9ExtjsExpiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
  /** Whether the technical-contact window opens on the first dashboard visit of a session (default true). */
  techContact?: boolean;
}

export interface R9ExtjsUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

export interface R9ExtjsState {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: R9ExtjsUser[];
  /**
   * What the portal refused, in order: 'login', 'captcha', 'login-otp', 'api-otp', 'duplicate'
   * (GSTIN already registered with that GSP), 'username-taken'.
   */
  refusals: string[];
  /** Stages at which the session expired. */
  expired: string[];
}

export interface R9ExtjsRendition {
  url: string;
  close(): Promise<void>;
  state: R9ExtjsState;
}

const LOGIN = { username: 'einvuser27', password: 'Nic#Einv2025' };
const MOBILE = 'XXXXXX4821';
const TRADE_NAME = 'SHREE GANESH TRADERS';
const COOKIE = 'JSESSIONID';
const IDLE_MS = 20 * 60 * 1000;
const LATENCY_MS = 120;
const RESERVED_USERNAMES = ['API_admin123', 'API_testuser', 'API_einvoice1'];
const USERNAME_RULE = /^[A-Za-z0-9]{6,15}$/;
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}$/;

const GSP_NAMES = [
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
  'KPMG Global Services Private Limited',
  'Masters India Private Limited',
  'NSDL e-Governance Infrastructure Limited',
  'Reliance Corporate IT Park Limited',
  'Relyon Softech Limited',
  'SAG Infotech Private Limited',
  'Seshaasai Business Forms Pvt. Ltd.',
  'Sify Technologies Limited',
  'Spice Digital Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'TaxPro Solutions Private Limited',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
  'WEP Solutions Limited',
  'Xalted Information Systems Pvt. Ltd.',
  'Zen Tax Technologies Private Limited',
].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));

const GSPS = GSP_NAMES.map((name, i) => ({ gspId: `GSP${String(101 + i)}`, gspName: name }));

const INDEX_HTML = `<!DOCTYPE HTML>
<html manifest="" lang="en-US">
<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=10, user-scalable=yes">
    <title>e-Invoice System</title>
    <link rel="icon" type="image/svg+xml" href="resources/favicon.svg">
    <script id="microloader" data-app="6f1c2b54-0e4b-4b4e-9a53-2b5f0e0c7d41" type="text/javascript" src="bootstrap.js"></script>
</head>
<body></body>
</html>
`;

const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><circle cx="16" cy="16" r="15" fill="#1e4f7d"/><text x="16" y="21" font-size="13" font-family="Arial" font-weight="bold" fill="#fff" text-anchor="middle">e-I</text></svg>';

const BOOTSTRAP_JS = `(function () {
  var head = document.head || document.getElementsByTagName('head')[0];
  var dc = new Date().getTime();
  var link = document.createElement('link');
  link.rel = 'stylesheet';
  link.type = 'text/css';
  link.href = 'resources/EInvoice-all.css?_dc=' + dc;
  link.onload = function () {
    var s = document.createElement('script');
    s.type = 'text/javascript';
    s.src = 'app.js?_dc=' + dc;
    head.appendChild(s);
  };
  head.appendChild(link);
})();
`;

const CSS = `html.x-viewport,body.x-viewport{height:100%;margin:0;padding:0;overflow:hidden}
.x-body{margin:0;font-family:"Open Sans","Helvetica Neue",helvetica,arial,verdana,sans-serif;font-size:13px;font-weight:300;color:#404040;background:#f6f6f6;-webkit-font-smoothing:antialiased}
.x-border-box,.x-border-box *{box-sizing:border-box}
.x-hidden-display{display:none!important}
.x-hidden-offsets{display:block!important;visibility:hidden!important;position:absolute!important;top:-10000px!important;left:-10000px!important}
.x-unselectable{-webkit-user-select:none;user-select:none;cursor:default}
.x-list-plain{list-style:none;margin:0;padding:0}
.x-table-plain{border-collapse:collapse;border-spacing:0;font-size:1em}
.x-layer{position:absolute;overflow:hidden}
.x-border-item{position:absolute}
.x-box-inner{overflow:hidden;width:100%;height:100%}
.x-box-target{display:flex;align-items:center;width:100%;height:100%}
.x-autocontainer-outerCt{display:table;width:100%;table-layout:fixed}
.x-autocontainer-innerCt{display:table-cell;vertical-align:top}
.x-component-default{font-size:13px}
/* app header */
.app-header{background:#1e4f7d;color:#fff;border-bottom:3px solid #f0a030}
.app-header>.x-box-inner>.x-box-target{padding:0 12px}
.app-header-logo{display:flex;align-items:center;flex:1;min-width:0}
.app-emblem{width:40px;height:40px;border-radius:50%;background:#fff url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='40'%3E%3Ccircle cx='20' cy='20' r='13' fill='none' stroke='%231e4f7d' stroke-width='2'/%3E%3Ccircle cx='20' cy='20' r='3' fill='%231e4f7d'/%3E%3Cpath d='M20 7v26M7 20h26M11 11l18 18M29 11L11 29' stroke='%231e4f7d' stroke-width='1'/%3E%3C/svg%3E") center no-repeat;margin-right:12px;flex:none}
.app-header-title{font-size:20px;font-weight:400;line-height:24px}
.app-header-subtitle{font-size:12px;opacity:.85}
.app-header-toolbar{background:transparent;border:0;flex:none;width:auto}
.app-header-toolbar .x-toolbar-text{color:#fff;margin-right:10px}
.app-center{background:#f6f6f6}
/* toolbars */
.x-toolbar{font-size:13px;border:0;background:#fff;padding:6px 0 6px 8px;position:relative}
.x-toolbar .x-box-target{gap:6px;justify-content:flex-start}
.x-toolbar-footer{background:transparent;padding:8px 10px}
.x-toolbar-footer .x-box-target{justify-content:flex-end}
.x-toolbar-align-left .x-box-target{justify-content:flex-start}
.x-toolbar-align-center .x-box-target{justify-content:center}
.x-toolbar-fill{flex:1}
.x-toolbar-text{white-space:nowrap;color:#5c5c5c}
.x-toolbar-header{background:transparent;padding:0}
/* buttons */
.x-btn{display:inline-block;position:relative;outline:0;cursor:pointer;text-decoration:none;white-space:nowrap;vertical-align:middle;border-radius:3px;border:1px solid #5897ce;background:#5fa2dd;padding:7px 10px;flex:none}
.x-btn-wrap{display:block;height:100%}
.x-btn-button{display:flex;align-items:center;justify-content:center;height:100%}
.x-btn-icon-el{display:none}
.x-btn-inner{display:block;font:400 13px/16px "Open Sans","Helvetica Neue",helvetica,arial,verdana,sans-serif;color:#fff;padding:0 5px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.x-btn-over.x-btn-default-small{background:#5895cc;border-color:#5189bd}
.x-btn-pressed.x-btn-default-small{background:#4d86b8}
.x-btn-focus.x-btn-default-small{box-shadow:#4d86b8 0 1px 0 0 inset,#4d86b8 0 -1px 0 0 inset,#4d86b8 -1px 0 0 0 inset,#4d86b8 1px 0 0 0 inset}
.x-btn-default-toolbar-small{background:#f6f6f6;border-color:#d8d8d8}
.x-btn-default-toolbar-small .x-btn-inner{color:#666}
.x-btn-over.x-btn-default-toolbar-small{background:#ebebeb}
.x-btn-danger-small{background:#d9534f;border-color:#c9302c}
.x-btn-over.x-btn-danger-small{background:#c9302c}
.x-btn-header-small{background:transparent;border-color:rgba(255,255,255,.5)}
.x-btn-over.x-btn-header-small{background:rgba(255,255,255,.15)}
.x-btn-disabled,.x-item-disabled .x-btn{opacity:.5;cursor:default}
.x-btn-disabled .x-btn-inner{cursor:default}
/* panels */
.x-panel{position:relative;display:flex;flex-direction:column;overflow:hidden;background:#fff}
.x-panel-fill{position:absolute;left:0;top:0;right:0;bottom:0}
.x-panel-header{flex:none}
.x-panel-header-default{background:#5fa2dd;padding:9px 10px 10px 10px;min-height:40px}
.x-panel-header .x-box-inner,.x-window-header .x-box-inner{height:auto}
.x-title{flex:1;min-width:0}
.x-title-text{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.x-title-text-default{color:#fff;font-size:16px;font-weight:300;line-height:20px}
.x-panel-bodyWrap{flex:1;display:flex;flex-direction:column;min-height:0}
.x-panel-body{flex:1;overflow:auto;position:relative;min-height:0}
.x-panel-body-default{background:#fff;border:1px solid #d0d0d0;border-top-width:0;color:#404040;font-size:13px}
.x-panel-noheader>.x-panel-bodyWrap>.x-panel-body-default{border-top-width:1px}
.x-panel-default-framed{border:1px solid #5fa2dd;border-radius:4px}
.x-panel-default-framed .x-panel-body-default{border:0}
.x-panel-default-framed>.x-panel-bodyWrap>.x-toolbar-footer{border-top:1px solid #e6e6e6}
.x-tool{width:16px;height:16px;cursor:pointer;margin-left:6px;flex:none;display:inline-block}
.x-tool-img{display:block;width:16px;height:16px;background-repeat:no-repeat;background-position:center;opacity:.9}
.x-tool-over .x-tool-img{opacity:1}
.x-tool-close{background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='16' height='16'%3E%3Cpath d='M3.5 3.5l9 9M12.5 3.5l-9 9' stroke='%23fff' stroke-width='2'/%3E%3C/svg%3E")}
.x-tool-refresh{background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='16' height='16'%3E%3Cpath d='M13 8a5 5 0 1 1-1.5-3.5' fill='none' stroke='%235fa2dd' stroke-width='2'/%3E%3Cpath d='M13 1v4.5H8.5z' fill='%235fa2dd'/%3E%3C/svg%3E")}
/* fields */
.x-form-item{display:table;table-layout:fixed;width:100%;border-spacing:0;margin:0 0 10px 0;position:relative}
.x-form-item-label{display:table-cell;vertical-align:top;color:#404040;font:400 13px/17px "Open Sans","Helvetica Neue",helvetica,arial,verdana,sans-serif;padding-top:8px;text-align:left}
.x-form-item-label-inner{display:block;white-space:normal;word-wrap:break-word}
.x-form-item-label-top{display:table-caption;caption-side:top;width:auto;padding:0 0 6px 0}
.x-form-item-body{display:table-cell;vertical-align:top;width:100%}
.x-form-trigger-wrap{display:table;width:100%;height:32px;border:1px solid #d0d0d0;background:#fff;table-layout:fixed}
.x-form-trigger-wrap-focus{border-color:#5fa2dd}
.x-form-text-wrap{display:table-cell;vertical-align:top;overflow:hidden;position:relative}
.x-form-text{display:block;width:100%;height:30px;border:0;outline:0;margin:0;padding:5px 10px 4px;font:300 13px/19px "Open Sans","Helvetica Neue",helvetica,arial,verdana,sans-serif;color:#404040;background:#fff}
.x-form-text::placeholder{color:#919191}
.x-form-text-prefix{position:absolute;left:0;top:0;height:30px;line-height:30px;padding:0 8px;background:#eef3f8;border-right:1px solid #d0d0d0;color:#404040;font-weight:600}
.x-form-text-prefixed .x-form-text{padding-left:52px}
.x-form-trigger{display:table-cell;width:32px;cursor:pointer;vertical-align:middle;background:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='14' height='14'%3E%3Cpath d='M2 5l5 5 5-5' fill='none' stroke='%23919191' stroke-width='2'/%3E%3C/svg%3E") center no-repeat;border-left:1px solid transparent}
.x-form-trigger-over{background-color:#f2f7fc}
.x-item-disabled .x-form-text,.x-item-disabled .x-form-trigger-wrap{background:#f5f5f5;opacity:.6}
.x-form-invalid .x-form-trigger-wrap{border-color:#cf4c35}
.x-form-invalid-field{background:#fff}
.x-form-error-wrap-side{display:table-cell;width:26px;vertical-align:top;padding:7px 0 0 6px}
.x-form-invalid-icon{width:18px;height:18px;background:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='18' height='18'%3E%3Ccircle cx='9' cy='9' r='8' fill='%23cf4c35'/%3E%3Cpath d='M9 4v6' stroke='%23fff' stroke-width='2'/%3E%3Ccircle cx='9' cy='13.5' r='1.2' fill='%23fff'/%3E%3C/svg%3E") center no-repeat;cursor:pointer}
.x-form-error-wrap-under{display:table-caption;caption-side:bottom}
.x-form-invalid-under{color:#cf4c35;padding:3px 0 0 22px;min-height:18px;font-size:12px;line-height:16px;background:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='16' height='16'%3E%3Ccircle cx='8' cy='8' r='7' fill='%23cf4c35'/%3E%3Cpath d='M8 4v5' stroke='%23fff' stroke-width='2'/%3E%3Ccircle cx='8' cy='11.8' r='1.1' fill='%23fff'/%3E%3C/svg%3E") 0 3px no-repeat}
.x-form-display-field{font:400 13px/17px "Open Sans","Helvetica Neue",helvetica,arial,verdana,sans-serif;color:#404040;padding-top:8px;min-height:32px}
.x-form-checkboxgroup-body{display:table-cell;vertical-align:top}
.x-form-checkboxgroup-col{vertical-align:top;padding:0 26px 0 0}
.x-form-checkboxgroup-col .x-form-item{margin:0;width:auto}
.x-form-cb-wrap-inner{position:relative;display:flex;align-items:center;min-height:28px}
.x-form-cb-input{position:absolute;left:0;top:50%;margin:-8px 0 0 0;width:16px;height:16px;opacity:0;cursor:pointer;z-index:1}
.x-form-radio{display:inline-block;width:16px;height:16px;border:1px solid #a3a3a3;border-radius:50%;background:#fff;position:relative;flex:none}
.x-form-cb-focus .x-form-radio{border-color:#5fa2dd}
.x-form-cb-checked .x-form-radio{border-color:#5fa2dd}
.x-form-cb-checked .x-form-radio:after{content:"";position:absolute;left:3px;top:3px;width:8px;height:8px;border-radius:50%;background:#5fa2dd}
.x-form-cb-label{cursor:pointer;font:400 13px/17px "Open Sans","Helvetica Neue",helvetica,arial,verdana,sans-serif;color:#404040;white-space:nowrap}
.x-form-cb-label-after{padding-left:7px}
.x-form-invalid .x-form-radio{border-color:#cf4c35}
.x-fieldset{border:1px solid #d0d0d0;padding:4px 14px 4px;margin:4px 0 12px;position:relative}
.x-fieldset-header{padding:0 6px;color:#404040;font:400 14px/18px "Open Sans","Helvetica Neue",helvetica,arial,verdana,sans-serif}
.x-fieldset-body{padding-top:8px}
/* grids and trees */
.x-grid{border:0}
.x-grid-header-ct{border:1px solid #d0d0d0;border-top:0;background:#fff;flex:none}
.x-grid-header-ct .x-box-target{align-items:stretch}
.x-column-header{border-right:1px solid #d0d0d0;color:#404040;font:600 13px/16px "Open Sans","Helvetica Neue",helvetica,arial,verdana,sans-serif;background:#fff;flex:none}
.x-column-header-last{border-right:0}
.x-column-header-inner{padding:7px 10px}
.x-grid-body{border-top-width:0}
.x-grid-view{position:relative;overflow:auto;outline:0}
.x-grid-item{table-layout:fixed;border-collapse:separate;border-spacing:0;outline:0;color:#404040;font:300 13px/19px "Open Sans","Helvetica Neue",helvetica,arial,verdana,sans-serif;background:#fff;border-top:1px solid #fff;cursor:default}
.x-grid-item-alt{background:#fafafa}
.x-grid-with-row-lines .x-grid-item{border-top-color:#ededed}
.x-grid-item-over{background:#eaf3fa}
.x-grid-item-selected{background:#c1ddf1}
.x-grid-cell{padding:0;vertical-align:top;overflow:hidden}
.x-grid-cell-inner{padding:5px 10px 4px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.x-grid-empty{padding:10px;color:#808080}
.x-tree-panel .x-grid-cell-inner-treecolumn{display:flex;align-items:center;padding:5px 8px 5px 6px;cursor:pointer}
.x-tree-elbow-img{width:18px;height:20px;flex:none;position:relative}
.x-tree-arrows .x-tree-expander{cursor:pointer}
.x-tree-arrows .x-tree-expander:after{content:"";position:absolute;left:6px;top:6px;border-style:solid;border-width:4px 0 4px 6px;border-color:transparent transparent transparent #919191}
.x-tree-arrows .x-grid-tree-node-expanded .x-tree-expander:after{left:4px;top:8px;border-width:6px 4px 0 4px;border-color:#919191 transparent transparent transparent}
.x-tree-icon{width:16px;height:16px;flex:none;margin-right:6px;background-repeat:no-repeat;background-position:center}
.x-tree-icon-parent{background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='16' height='16'%3E%3Cpath d='M1 3h5l2 2h7v9H1z' fill='%23a8c6e4' stroke='%235f8fbf'/%3E%3C/svg%3E")}
.x-tree-icon-parent-expanded{background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='16' height='16'%3E%3Cpath d='M1 3h5l2 2h6v2H4l-3 7z' fill='%23a8c6e4' stroke='%235f8fbf'/%3E%3Cpath d='M4 7h11l-3 7H1z' fill='%23cfe0f1' stroke='%235f8fbf'/%3E%3C/svg%3E")}
.x-tree-icon-leaf{background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='16' height='16'%3E%3Cpath d='M3 1h7l3 3v11H3z' fill='%23fff' stroke='%23919191'/%3E%3C/svg%3E")}
.x-tree-node-text{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.x-tree-panel .x-panel-body-default{border-right-width:1px}
/* windows, masks, message boxes */
.x-window{position:absolute;background:#fff;border:1px solid #5fa2dd;box-shadow:0 3px 12px rgba(0,0,0,.3);outline:0;display:flex;flex-direction:column}
.x-window-header-default{background:#5fa2dd;padding:9px 10px 10px;cursor:move}
.x-window-body{position:relative;overflow:auto;flex:1}
.x-window-body-default{background:#fff;color:#404040;padding:12px 14px}
.x-mask{position:absolute;left:0;top:0;width:100%;height:100%;z-index:100;background:rgba(208,208,208,.55);outline:0;cursor:default}
.x-masked-relative{position:relative}
.x-mask-msg{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);background:#e5e5e5;padding:8px;border-radius:0;overflow:visible}
.x-mask-msg-inner{background:#fff;padding:0 12px}
.x-mask-msg-text{color:#5f5f5f;font:400 13px/16px "Open Sans","Helvetica Neue",helvetica,arial,verdana,sans-serif;padding:30px 0 8px;position:relative;text-align:center;min-width:70px}
.x-mask-loading .x-mask-msg-text:before{content:"";position:absolute;left:50%;top:6px;width:16px;height:16px;margin-left:-10px;border:2px solid #c6dff3;border-top-color:#5fa2dd;border-radius:50%;animation:x-spin .8s linear infinite}
@keyframes x-spin{to{transform:rotate(360deg)}}
.x-message-box .x-window-body{padding:14px 16px 6px}
.x-message-box-body-ct{display:flex;align-items:flex-start}
.x-message-box-icon{width:40px;height:40px;margin-right:12px;flex:none;background-repeat:no-repeat;background-position:center}
.x-message-box-info{background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='40'%3E%3Ccircle cx='20' cy='20' r='18' fill='%235fa2dd'/%3E%3Ccircle cx='20' cy='11' r='2.5' fill='%23fff'/%3E%3Cpath d='M20 17v14' stroke='%23fff' stroke-width='4'/%3E%3C/svg%3E")}
.x-message-box-error{background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='40'%3E%3Ccircle cx='20' cy='20' r='18' fill='%23cf4c35'/%3E%3Cpath d='M13 13l14 14M27 13L13 27' stroke='%23fff' stroke-width='4'/%3E%3C/svg%3E")}
.x-message-box-question{background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='40'%3E%3Ccircle cx='20' cy='20' r='18' fill='%235fa2dd'/%3E%3Cpath d='M14 15a6 6 0 1 1 8 5.5c-2 1-2 2-2 4' fill='none' stroke='%23fff' stroke-width='3.5'/%3E%3Ccircle cx='20' cy='30' r='2.3' fill='%23fff'/%3E%3C/svg%3E")}
.x-message-box-warning{background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='40'%3E%3Cpath d='M20 3L38 36H2z' fill='%23f0a030'/%3E%3Cpath d='M20 14v11' stroke='%23fff' stroke-width='4'/%3E%3Ccircle cx='20' cy='30.5' r='2.3' fill='%23fff'/%3E%3C/svg%3E")}
.x-window-text{font:400 13px/19px "Open Sans","Helvetica Neue",helvetica,arial,verdana,sans-serif;color:#404040;padding-top:8px;word-wrap:break-word}
.x-message-box-text-ct{flex:1;min-width:0}
.x-toast{border-color:#5fa2dd}
.x-toast-body{padding:12px 14px}
.x-window.x-toast .x-window-header-default{cursor:default}
.x-tip{position:absolute;background:#fff;border:1px solid #e1e1e1;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:0;max-width:320px;overflow:visible}
.x-tip-body{padding:6px 8px;color:#404040;font:400 12px/16px "Open Sans","Helvetica Neue",helvetica,arial,verdana,sans-serif}
.x-tip-form-invalid{border-color:#cf4c35}
.x-tip-body-form-invalid{color:#cf4c35}
.x-tip-body-form-invalid li{padding-left:20px;background:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='16' height='16'%3E%3Ccircle cx='8' cy='8' r='7' fill='%23cf4c35'/%3E%3Cpath d='M8 4v5' stroke='%23fff' stroke-width='2'/%3E%3Ccircle cx='8' cy='11.8' r='1.1' fill='%23fff'/%3E%3C/svg%3E") 0 0 no-repeat}
/* bound list */
.x-boundlist{position:absolute;border:1px solid #d0d0d0;border-top-width:0;background:#fff;box-shadow:0 2px 4px rgba(0,0,0,.12)}
.x-boundlist-list-ct{max-height:300px;overflow:auto}
.x-boundlist-item{padding:6px 10px;cursor:pointer;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font:300 13px/20px "Open Sans","Helvetica Neue",helvetica,arial,verdana,sans-serif;color:#404040;border:0}
.x-boundlist-item-over{background:#eaf3fa}
.x-boundlist-selected{background:#c1ddf1}
/* app views */
.login-ct{position:absolute;left:0;top:0;right:0;bottom:0;overflow:auto;padding:40px 20px}
.login-panel{width:460px;margin:0 auto;box-shadow:0 2px 10px rgba(0,0,0,.12)}
.login-panel>.x-panel-bodyWrap>.x-panel-body{padding:18px 20px 6px}
.captcha-row{display:flex;align-items:center;margin:0 0 10px 135px;gap:8px}
.captcha-img{border:1px solid #d0d0d0;background:#fff}
.login-note{color:#808080;font-size:12px;margin:0 0 6px}
.otp-info{margin:0 0 14px;line-height:19px}
.home-intro p{margin:0 0 10px;line-height:20px}
.home-updates{margin-top:16px;height:240px}
.dash-cards{display:flex;gap:16px;margin-top:6px}
.dash-card{flex:1;min-height:150px}
.dash-card .x-panel-body{padding:12px 16px}
.dash-figure{display:flex;justify-content:space-between;padding:6px 0;border-bottom:1px dashed #e3e3e3}
.dash-figure b{font-size:18px;font-weight:400;color:#1e4f7d}
.dash-info{margin:0 0 12px;color:#5c5c5c}
.apireg-info{margin:0 0 14px;line-height:19px}
.apireg-otp-buttons{background:transparent;padding:4px 0 0 0}
.apireg-form{margin:0 0 16px}
.apireg-note{margin:4px 0 10px;padding:10px 12px;background:#fdf6e3;border:1px solid #f0d58c;line-height:19px}
.apireg-grid{height:220px}
.tech-note{margin:0 0 12px;line-height:19px}
`;

const APP_JS = String.raw`(function () {
  'use strict';
  var d = document;
  var seed = 1000;
  var elSeed = 0;
  function nextId(x) { seed += 1; return x + '-' + seed; }
  function nextElId() { elSeed += 1; return 'ext-element-' + elSeed; }
  function byId(id) { return d.getElementById(id); }
  var ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  function esc(s) { return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g, function (c) { return ESC[c]; }); }
  function addCls(el, cls) { if (!el) return; cls.split(' ').forEach(function (c) { if (c) el.classList.add(c); }); }
  function removeCls(el, cls) { if (!el) return; cls.split(' ').forEach(function (c) { if (c) el.classList.remove(c); }); }
  function mount(parent, cmp) { parent.insertAdjacentHTML('beforeend', cmp.html()); cmp.init(); return cmp; }

  /* ---------------------------------------------------------------- components */
  function Cmp(xtype, cfg) {
    cfg = cfg || {};
    var me = { id: cfg.id || nextId(xtype), xtype: xtype, cfg: cfg, items: [], parts: [], hidden: !!cfg.hidden, disabled: !!cfg.disabled };
    me.el = function () { return byId(me.id); };
    me.hiddenCls = function () { return me.hidden ? ' x-hidden-display' : ''; };
    me.childHtml = function () { return me.items.map(function (c) { return c.html(); }).join(''); };
    me.init = function () {
      me.parts.concat(me.items).forEach(function (c) { c.init(); });
      if (me.afterRender) me.afterRender();
    };
    me.setHidden = function (h) {
      me.hidden = !!h;
      var el = me.el();
      if (el) { if (h) addCls(el, 'x-hidden-display'); else removeCls(el, 'x-hidden-display'); }
    };
    me.destroy = function () {
      if (me.destroyed) return;
      me.destroyed = true;
      if (me.beforeDestroy) me.beforeDestroy();
      me.parts.concat(me.items).forEach(function (c) { c.destroy(); });
      var el = me.el();
      if (el && el.parentNode) el.parentNode.removeChild(el);
    };
    return me;
  }

  function Component(cfg) {
    var me = Cmp(cfg.xtype || 'component', cfg);
    me.html = function () {
      return '<div class="x-component ' + (cfg.cls || '') + ' x-component-default' + me.hiddenCls() + '" id="' + me.id + '"' +
        (cfg.style ? ' style="' + cfg.style + '"' : '') + '>' + (cfg.html || '') + '</div>';
    };
    me.update = function (h) { cfg.html = h; var el = me.el(); if (el) el.innerHTML = h; };
    return me;
  }

  function Container(cfg) {
    var me = Cmp(cfg.xtype || 'container', cfg);
    me.items = cfg.items || [];
    var hbox = cfg.layout === 'hbox';
    me.html = function () {
      return '<div class="x-container ' + (cfg.cls || '') + ' x-container-default' + (hbox ? ' x-box-layout-ct' : '') + me.hiddenCls() + '" id="' + me.id + '"' +
        (cfg.style ? ' style="' + cfg.style + '"' : '') + ' role="presentation">' +
        (hbox
          ? '<div class="x-box-inner" id="' + me.id + '-innerCt" data-ref="innerCt" role="presentation"><div class="x-box-target" id="' + me.id + '-targetEl" data-ref="targetEl" role="presentation">' + me.childHtml() + '</div></div>'
          : '<div class="x-autocontainer-outerCt" id="' + me.id + '-outerCt" data-ref="outerCt" role="presentation"><div class="x-autocontainer-innerCt" id="' + me.id + '-innerCt" data-ref="innerCt" role="presentation">' + me.childHtml() + '</div></div>') +
        '</div>';
    };
    me.body = function () { return byId(me.id + (hbox ? '-targetEl' : '-innerCt')); };
    me.add = function (c) { me.items.push(c); mount(me.body(), c); return c; };
    return me;
  }

  function Img(cfg) {
    var me = Cmp('image', cfg);
    me.html = function () {
      return '<img class="x-img ' + (cfg.cls || '') + ' x-box-item x-img-default" id="' + me.id + '" src="' + esc(cfg.src) + '" alt="' + esc(cfg.alt || '') + '" style="width:' + cfg.width + 'px;height:' + cfg.height + 'px;">';
    };
    me.setSrc = function (s) { cfg.src = s; var el = me.el(); if (el) el.src = s; };
    return me;
  }

  function Button(cfg) {
    var me = Cmp('button', cfg);
    var sc = (cfg.ui || 'default') + '-' + (cfg.scale || 'small');
    var disCls = 'x-item-disabled x-btn-disabled x-btn-' + sc + '-disabled';
    me.text = cfg.text;
    me.html = function () {
      return '<a class="x-btn x-unselectable x-box-item x-btn-' + sc + (cfg.cls ? ' ' + cfg.cls : '') + (me.disabled ? ' ' + disCls : '') + me.hiddenCls() + '"' +
        ' hidefocus="on" unselectable="on" role="button" aria-hidden="false" aria-disabled="' + me.disabled + '" id="' + me.id + '" tabindex="' + (me.disabled ? -1 : 0) + '" data-componentid="' + me.id + '"' +
        (cfg.tooltip ? ' data-qtip="' + esc(cfg.tooltip) + '"' : '') + '>' +
        '<span id="' + me.id + '-btnWrap" data-ref="btnWrap" role="presentation" unselectable="on" style="" class="x-btn-wrap x-btn-wrap-' + sc + ' ">' +
        '<span id="' + me.id + '-btnEl" data-ref="btnEl" role="presentation" unselectable="on" style="" class="x-btn-button x-btn-button-' + sc + ' x-btn-text x-btn-button-center ">' +
        '<span id="' + me.id + '-btnIconEl" data-ref="btnIconEl" role="presentation" unselectable="on" class="x-btn-icon-el x-btn-icon-el-' + sc + ' " style=""></span>' +
        '<span id="' + me.id + '-btnInnerEl" data-ref="btnInnerEl" unselectable="on" class="x-btn-inner x-btn-inner-' + sc + '">' + esc(me.text) + '</span>' +
        '</span></span></a>';
    };
    function fire(e) { if (me.disabled || me.hidden) return; if (cfg.handler) cfg.handler(me, e); }
    me.afterRender = function () {
      var a = me.el();
      a.addEventListener('click', function (e) { e.preventDefault(); fire(e); });
      a.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); fire(e); } });
      a.addEventListener('mouseenter', function () { if (!me.disabled) addCls(a, 'x-btn-over x-btn-' + sc + '-over'); });
      a.addEventListener('mouseleave', function () { removeCls(a, 'x-btn-over x-btn-' + sc + '-over x-btn-pressed x-btn-' + sc + '-pressed'); });
      a.addEventListener('mousedown', function (e) { if (me.disabled) { e.preventDefault(); return; } addCls(a, 'x-btn-pressed x-btn-' + sc + '-pressed'); });
      a.addEventListener('mouseup', function () { removeCls(a, 'x-btn-pressed x-btn-' + sc + '-pressed'); });
      a.addEventListener('focus', function () { addCls(a, 'x-btn-focus x-btn-' + sc + '-focus'); });
      a.addEventListener('blur', function () { removeCls(a, 'x-btn-focus x-btn-' + sc + '-focus'); });
    };
    me.setDisabled = function (dis) {
      me.disabled = !!dis;
      var a = me.el();
      if (!a) return;
      if (dis) { addCls(a, disCls); removeCls(a, 'x-btn-over x-btn-' + sc + '-over'); } else removeCls(a, disCls);
      a.setAttribute('aria-disabled', String(!!dis));
      a.setAttribute('tabindex', dis ? '-1' : '0');
    };
    me.setText = function (t) { me.text = t; var i = byId(me.id + '-btnInnerEl'); if (i) i.textContent = t; };
    me.focus = function () { var a = me.el(); if (a) a.focus(); };
    return me;
  }

  function Toolbar(cfg) {
    var me = Cmp('toolbar', cfg);
    me.items = cfg.items || [];
    me.html = function () {
      var ui = cfg.ui || 'default';
      var cls = 'x-toolbar ' + (cfg.cls || '') + ' x-toolbar-' + ui + ' x-box-layout-ct' +
        (cfg.footer ? ' x-docked x-toolbar-footer x-docked-bottom x-toolbar-docked-bottom x-toolbar-footer-docked-bottom' : '') +
        (cfg.align ? ' x-toolbar-align-' + cfg.align : '');
      return '<div class="' + cls + me.hiddenCls() + '" id="' + me.id + '" role="toolbar" aria-orientation="horizontal" data-componentid="' + me.id + '">' +
        '<div id="' + me.id + '-innerCt" data-ref="innerCt" class="x-box-inner" role="presentation"><div id="' + me.id + '-targetEl" data-ref="targetEl" class="x-box-target" role="presentation">' +
        me.childHtml() + '</div></div></div>';
    };
    return me;
  }

  function TbText(cfg) {
    var me = Cmp('tbtext', cfg);
    me.html = function () { return '<div class="x-toolbar-text x-box-item x-toolbar-item x-toolbar-text-default" id="' + me.id + '">' + cfg.html + '</div>'; };
    return me;
  }

  function Tool(cfg) {
    var me = Cmp('tool', cfg);
    me.html = function () {
      return '<div class="x-tool x-box-item x-tool-default x-tool-after-title' + (cfg.cls ? ' ' + cfg.cls : '') + '" id="' + me.id + '" role="button" tabindex="0" data-componentid="' + me.id + '"' +
        (cfg.qtip ? ' data-qtip="' + esc(cfg.qtip) + '"' : '') + '>' +
        '<div id="' + me.id + '-toolEl" data-ref="toolEl" class="x-tool-tool-el x-tool-img x-tool-' + cfg.type + ' " role="presentation"></div></div>';
    };
    me.afterRender = function () {
      var el = me.el();
      el.addEventListener('click', function (e) { e.preventDefault(); if (cfg.handler) cfg.handler(me); });
      el.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); if (cfg.handler) cfg.handler(me); } });
      el.addEventListener('mouseenter', function () { addCls(el, 'x-tool-over'); });
      el.addEventListener('mouseleave', function () { removeCls(el, 'x-tool-over'); });
    };
    return me;
  }

  function headerHtml(ownerId, kind, title, tools) {
    var hid = ownerId + '_header';
    return '<div class="x-' + kind + '-header x-header' + (kind === 'window' ? ' x-header-draggable' : '') + ' x-docked x-unselectable x-' + kind + '-header-default x-horizontal x-' + kind + '-header-horizontal x-' + kind + '-header-default-horizontal x-top x-' + kind + '-header-top x-' + kind + '-header-default-top x-box-layout-ct" id="' + hid + '" role="presentation">' +
      '<div id="' + hid + '-innerCt" data-ref="innerCt" role="presentation" class="x-box-inner"><div id="' + hid + '-targetEl" data-ref="targetEl" class="x-box-target" role="presentation">' +
      '<div class="x-title x-' + kind + '-header-title x-' + kind + '-header-title-default x-box-item x-title-default x-title-rotate-none x-title-align-left" role="presentation" unselectable="on" id="' + hid + '-title">' +
      '<div id="' + hid + '-title-textEl" data-ref="textEl" class="x-title-text x-title-text-default x-title-item" unselectable="on" role="presentation">' + title + '</div></div>' +
      tools.map(function (t) { return t.html(); }).join('') + '</div></div></div>';
  }

  function Panel(cfg) {
    var me = Cmp(cfg.xtype || 'panel', cfg);
    me.items = cfg.items || [];
    me.tools = cfg.tools || [];
    me.toolbar = cfg.buttons ? Toolbar({ footer: true, items: cfg.buttons, align: cfg.buttonAlign }) : null;
    me.parts = me.tools.concat(me.toolbar ? [me.toolbar] : []);
    me.html = function () {
      return '<div class="x-panel ' + (cfg.cls || '') + (cfg.fill ? ' x-panel-fill' : '') + ' x-panel-default' + (cfg.frame ? ' x-panel-default-framed' : '') + (cfg.title ? '' : ' x-panel-noheader') + me.hiddenCls() + '" id="' + me.id + '" role="' + (cfg.role || 'presentation') + '"' +
        (cfg.title ? ' aria-labelledby="' + me.id + '_header-title-textEl"' : '') + ' data-componentid="' + me.id + '"' + (cfg.style ? ' style="' + cfg.style + '"' : '') + '>' +
        (cfg.title ? headerHtml(me.id, 'panel', esc(cfg.title), me.tools) : '') +
        '<div id="' + me.id + '-bodyWrap" data-ref="bodyWrap" class="x-panel-bodyWrap" role="presentation">' +
        '<div id="' + me.id + '-body" data-ref="body" class="x-panel-body ' + (cfg.bodyCls || '') + ' x-panel-body-default x-panel-body-default" role="presentation"' + (cfg.bodyStyle ? ' style="' + cfg.bodyStyle + '"' : '') + '>' +
        '<div id="' + me.id + '-outerCt" data-ref="outerCt" class="x-autocontainer-outerCt" role="presentation"><div id="' + me.id + '-innerCt" data-ref="innerCt" class="x-autocontainer-innerCt" role="presentation">' +
        (cfg.bodyHtml || '') + me.childHtml() + '</div></div></div>' +
        (me.toolbar ? me.toolbar.html() : '') + '</div></div>';
    };
    me.body = function () { return byId(me.id + '-innerCt'); };
    me.add = function (c) { me.items.push(c); mount(me.body(), c); return c; };
    return me;
  }

  function FieldSet(cfg) {
    var me = Cmp('fieldset', cfg);
    me.items = cfg.items || [];
    me.html = function () {
      return '<fieldset class="x-fieldset x-fieldset-with-title x-fieldset-with-legend x-fieldset-default' + me.hiddenCls() + '" id="' + me.id + '" role="group" aria-labelledby="' + me.id + '-legendTitle">' +
        '<legend id="' + me.id + '-legend" data-ref="legend" class="x-fieldset-header x-fieldset-header-default"><div class="x-component x-fieldset-header-text x-component-default" id="' + me.id + '-legendTitle">' + esc(cfg.title) + '</div></legend>' +
        '<div id="' + me.id + '-body" data-ref="body" class="x-fieldset-body " role="presentation"><div id="' + me.id + '-outerCt" data-ref="outerCt" class="x-autocontainer-outerCt" role="presentation"><div id="' + me.id + '-innerCt" data-ref="innerCt" class="x-autocontainer-innerCt" role="presentation">' +
        me.childHtml() + '</div></div></div></fieldset>';
    };
    return me;
  }

  /* ---------------------------------------------------------------- fields */
  function labelHtml(me, cfg) {
    if (cfg.hideLabel || !cfg.fieldLabel) return '';
    var w = cfg.labelWidth || 130;
    var top = cfg.labelAlign === 'top';
    return '<label id="' + me.id + '-labelEl" data-ref="labelEl" class="x-form-item-label x-form-item-label-default' + (top ? ' x-form-item-label-top' : ' x-form-item-label-left') + ' x-unselectable"' +
      (top ? '' : ' style="padding-right:5px;width:' + (w + 5) + 'px;"') + (cfg.noFor ? '' : ' for="' + me.id + '-inputEl"') + '>' +
      '<span class="x-form-item-label-inner x-form-item-label-inner-default"' + (top ? '' : ' style="width:' + w + 'px;"') + '>' +
      '<span id="' + me.id + '-labelTextEl" data-ref="labelTextEl" class="x-form-item-label-text">' + esc(cfg.fieldLabel) + ':</span></span></label>';
  }
  function errorWrapHtml(me, cfg) {
    var target = cfg.msgTarget || 'side';
    var sideLabel = target === 'under' && cfg.fieldLabel && !cfg.hideLabel && cfg.labelAlign !== 'top';
    return '<div id="' + me.id + '-errorWrapEl" data-ref="errorWrapEl" class="x-form-error-wrap x-form-error-wrap-default x-form-error-wrap-' + target + (sideLabel ? ' x-form-error-wrap-under-side-label' : '') + '" style="display:none;' + (sideLabel ? 'padding-left:' + ((cfg.labelWidth || 130) + 5) + 'px;' : '') + '">' +
      '<div id="' + me.id + '-errorEl" data-ref="errorEl" class="x-form-error-msg ' + (target === 'under' ? 'x-form-invalid-under x-form-invalid-under-default' : 'x-form-invalid-icon x-form-invalid-icon-default') + '" role="alert" aria-live="polite"></div></div>';
  }
  function fieldMixin(me, cfg) {
    me.activeError = '';
    me.inputEl = function () { return byId(me.id + '-inputEl'); };
    me.markInvalid = function (msg) {
      var el = me.el();
      if (!el) return;
      me.activeError = msg;
      addCls(el, 'x-form-invalid');
      var input = me.inputEl();
      if (input && input.tagName === 'INPUT') { addCls(input, 'x-form-invalid-field x-form-invalid-field-default'); input.setAttribute('aria-invalid', 'true'); }
      var wrap = byId(me.id + '-errorWrapEl');
      var err = byId(me.id + '-errorEl');
      var list = '<ul class="x-list-plain"><li>' + esc(msg) + '</li></ul>';
      if ((cfg.msgTarget || 'side') === 'under') err.innerHTML = list; else err.setAttribute('data-errorqtip', list);
      wrap.style.display = '';
    };
    me.clearInvalid = function () {
      var el = me.el();
      if (!el) return;
      me.activeError = '';
      removeCls(el, 'x-form-invalid');
      var input = me.inputEl();
      if (input && input.tagName === 'INPUT') { removeCls(input, 'x-form-invalid-field x-form-invalid-field-default'); input.setAttribute('aria-invalid', 'false'); }
      var wrap = byId(me.id + '-errorWrapEl');
      var err = byId(me.id + '-errorEl');
      if (err) { err.innerHTML = ''; err.setAttribute('data-errorqtip', ''); }
      if (wrap) wrap.style.display = 'none';
    };
    me.isValid = function (preventMark) {
      if (me.disabled) return true;
      var errs = me.getErrors();
      if (!preventMark) { if (errs.length) me.markInvalid(errs[0]); else me.clearInvalid(); }
      return !errs.length;
    };
    me.validate = function () { return me.isValid(false); };
    me.setDisabled = function (dis) {
      me.disabled = !!dis;
      var el = me.el();
      var input = me.inputEl();
      if (input && input.tagName === 'INPUT') { input.disabled = !!dis; input.setAttribute('aria-disabled', String(!!dis)); }
      if (el) { if (dis) { addCls(el, 'x-item-disabled x-form-item-disabled'); me.clearInvalid(); } else removeCls(el, 'x-item-disabled x-form-item-disabled'); }
    };
  }

  function TextField(cfg, xtype) {
    var me = Cmp(xtype || 'textfield', cfg);
    fieldMixin(me, cfg);
    me.lastValue = cfg.value || '';
    me.html = function () {
      var required = cfg.allowBlank === false;
      return '<div class="x-field x-form-item x-form-item-default x-form-type-text x-field-default x-anchor-form-item' + (cfg.hideLabel || !cfg.fieldLabel ? ' x-form-item-no-label' : '') + (cfg.prefix ? ' x-form-text-prefixed' : '') + (cfg.cls ? ' ' + cfg.cls : '') + (me.disabled ? ' x-item-disabled x-form-item-disabled' : '') + me.hiddenCls() + '" id="' + me.id + '" data-componentid="' + me.id + '"' + (cfg.width ? ' style="width:' + cfg.width + 'px;"' : '') + '>' +
        labelHtml(me, cfg) +
        '<div id="' + me.id + '-bodyEl" data-ref="bodyEl" role="presentation" class="x-form-item-body x-form-item-body-default x-form-text-field-body x-form-text-field-body-default ">' +
        '<div id="' + me.id + '-triggerWrap" data-ref="triggerWrap" role="presentation" class="x-form-trigger-wrap x-form-trigger-wrap-default">' +
        '<div id="' + me.id + '-inputWrap" data-ref="inputWrap" role="presentation" class="x-form-text-wrap x-form-text-wrap-default">' +
        (cfg.prefix ? '<span id="' + me.id + '-prefixEl" class="x-form-text-prefix" role="presentation">' + esc(cfg.prefix) + '</span>' : '') +
        '<input id="' + me.id + '-inputEl" data-ref="inputEl" type="' + (cfg.inputType || 'text') + '" size="1" name="' + esc(cfg.name || me.id) + '"' +
        (cfg.emptyText ? ' placeholder="' + esc(cfg.emptyText) + '"' : '') +
        (cfg.enforceMaxLength && cfg.maxLength ? ' maxlength="' + cfg.maxLength + '"' : '') +
        (cfg.readOnly ? ' readonly="readonly"' : '') + (me.disabled ? ' disabled="disabled"' : '') +
        ' role="' + (cfg.role || 'textbox') + '"' + (cfg.inputAttrs || '') +
        ' aria-hidden="false" aria-disabled="' + me.disabled + '" aria-readonly="' + !!cfg.readOnly + '" aria-invalid="false" aria-required="' + required + '"' +
        ' class="x-form-field' + (required ? ' x-form-required-field' : '') + ' x-form-text x-form-text-default ' + '" autocomplete="' + (cfg.inputType === 'password' ? 'new-password' : 'off') + '"' +
        ' value="' + esc(cfg.value || '') + '" data-componentid="' + me.id + '">' +
        '</div>' + (cfg.triggerHtml ? cfg.triggerHtml(me.id) : '') + '</div></div>' +
        errorWrapHtml(me, cfg) + '</div>';
    };
    me.getValue = function () { var i = me.inputEl(); return i ? i.value : (cfg.value || ''); };
    me.getRawValue = me.getValue;
    me.setValue = function (v) { var i = me.inputEl(); if (i) i.value = v; me.checkChange(); };
    me.reset = function () { var i = me.inputEl(); if (i) i.value = cfg.value || ''; me.lastValue = me.getValue(); me.clearInvalid(); if (me.form) me.form.check(); };
    me.focus = function () { var i = me.inputEl(); if (i) { i.focus(); } };
    me.selectText = function () { var i = me.inputEl(); if (i) { i.focus(); i.select(); } };
    me.getErrors = function () {
      var v = me.getValue();
      var errs = [];
      if (!v) { if (cfg.allowBlank === false) errs.push(cfg.blankText || 'This field is required'); return errs; }
      if (cfg.minLength && v.length < cfg.minLength) errs.push('The minimum length for this field is ' + cfg.minLength);
      if (cfg.maxLength && v.length > cfg.maxLength) errs.push('The maximum length for this field is ' + cfg.maxLength);
      if (cfg.regex && !cfg.regex.test(v)) errs.push(cfg.regexText || 'The value in this field is invalid');
      if (cfg.validator) { var r = cfg.validator(v); if (r !== true) errs.push(r); }
      return errs;
    };
    me.checkChange = function () {
      var v = me.getValue();
      if (v === me.lastValue) return;
      me.lastValue = v;
      me.validate();
      if (cfg.onChange) cfg.onChange(me, v);
      if (me.form) me.form.check();
    };
    me.onInput = function () { me.checkChange(); };
    me.afterRender = function () {
      var input = me.inputEl();
      var tw = byId(me.id + '-triggerWrap');
      input.addEventListener('input', function () { me.onInput(); });
      input.addEventListener('change', function () { if (me.onNativeChange) me.onNativeChange(); else me.checkChange(); });
      input.addEventListener('focus', function () {
        addCls(me.el(), 'x-field-focus');
        addCls(tw, 'x-form-trigger-wrap-focus x-form-trigger-wrap-default-focus');
        addCls(input, 'x-form-focus x-field-form-focus x-field-default-form-focus');
      });
      input.addEventListener('blur', function () {
        removeCls(me.el(), 'x-field-focus');
        removeCls(tw, 'x-form-trigger-wrap-focus x-form-trigger-wrap-default-focus');
        removeCls(input, 'x-form-focus x-field-form-focus x-field-default-form-focus');
        if (me.onBlurHook) me.onBlurHook();
        if (!me.disabled) me.validate();
        if (me.form) me.form.check();
      });
      input.addEventListener('keypress', function (e) {
        if (cfg.maskRe && e.key && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !cfg.maskRe.test(e.key)) e.preventDefault();
      });
      input.addEventListener('keydown', function (e) {
        if (me.onKeyHook && me.onKeyHook(e)) return;
        if (e.key === 'Enter' && cfg.onEnter) { e.preventDefault(); cfg.onEnter(me); }
      });
    };
    return me;
  }

  function DisplayField(cfg) {
    var me = Cmp('displayfield', cfg);
    me.html = function () {
      return '<div class="x-field x-form-item x-form-item-default x-form-type-display x-field-default x-anchor-form-item' + (cfg.cls ? ' ' + cfg.cls : '') + me.hiddenCls() + '" id="' + me.id + '" data-componentid="' + me.id + '">' +
        labelHtml(me, cfg) +
        '<div id="' + me.id + '-bodyEl" data-ref="bodyEl" role="presentation" class="x-form-item-body x-form-item-body-default x-form-display-field-body x-form-display-field-body-default ">' +
        '<div id="' + me.id + '-inputEl" data-ref="inputEl" role="textbox" aria-readonly="true" aria-describedby="' + me.id + '-ariaStatusEl" data-componentid="' + me.id + '" class="x-form-display-field x-form-display-field-default">' + esc(cfg.value) + '</div></div></div>';
    };
    return me;
  }

  function ComboBox(cfg) {
    cfg.role = 'combobox';
    cfg.triggerHtml = function (id) { return '<div id="' + id + '-trigger-picker" class="x-form-trigger x-form-trigger-default x-form-arrow-trigger x-form-arrow-trigger-default " role="presentation"></div>'; };
    var me = TextField(cfg, 'combobox');
    cfg.inputAttrs = ' aria-haspopup="listbox" aria-expanded="false" aria-autocomplete="list" aria-owns=""';
    me.store = [];
    me.filtered = [];
    me.selection = null;
    me.hl = -1;
    me.expanded = false;
    me.listId = null;
    var queryTimer = null;
    function findExact(raw) {
      var t = raw.trim().toLowerCase();
      if (!t) return null;
      for (var i = 0; i < me.store.length; i++) if (me.store[i].text.toLowerCase() === t) return me.store[i];
      return null;
    }
    me.loadData = function (recs) { me.store = recs; };
    me.onNativeChange = function () {};
    me.getValue = function () { return me.selection ? me.selection.value : ''; };
    me.getRawValue = function () { var i = me.inputEl(); return i ? i.value : ''; };
    me.getErrors = function () { return !me.selection && cfg.allowBlank === false ? ['This field is required'] : []; };
    me.reset = function () { me.selection = null; me.lastSelection = null; var i = me.inputEl(); if (i) i.value = ''; me.collapse(); me.clearInvalid(); if (me.form) me.form.check(); };
    me.onInput = function () {
      var raw = me.getRawValue();
      me.selection = findExact(raw);
      clearTimeout(queryTimer);
      queryTimer = setTimeout(function () { if (d.activeElement === me.inputEl()) me.doQuery(raw, false); }, 10);
      if (me.form) me.form.check();
    };
    me.doQuery = function (q, all) {
      var ql = (q || '').trim().toLowerCase();
      me.filtered = all || !ql ? me.store.slice() : me.store.filter(function (r) { return r.text.toLowerCase().indexOf(ql) >= 0; });
      if (!me.filtered.length) { me.collapse(); return; }
      me.hl = me.selection ? me.filtered.indexOf(me.selection) : 0;
      if (me.hl < 0) me.hl = 0;
      me.expand();
    };
    function createList() {
      me.listId = nextId('boundlist');
      d.body.insertAdjacentHTML('beforeend',
        '<div class="x-boundlist x-boundlist-floating x-layer x-boundlist-default x-border-box" id="' + me.listId + '" tabindex="-1" role="listbox" aria-hidden="false" data-componentid="' + me.listId + '" style="display:none;">' +
        '<div id="' + me.listId + '-listWrap" data-ref="listWrap" role="presentation" class="x-boundlist-list-ct x-unselectable x-scroller">' +
        '<ul id="' + me.listId + '-listEl" data-ref="listEl" class="x-list-plain" role="presentation"></ul></div></div>');
      var list = byId(me.listId);
      me.inputEl().setAttribute('aria-owns', me.listId);
      list.addEventListener('mousedown', function (e) { e.preventDefault(); });
      list.addEventListener('click', function (e) {
        var li = e.target.closest('.x-boundlist-item');
        if (li) me.select(me.filtered[Number(li.getAttribute('data-recordindex'))]);
      });
      list.addEventListener('mouseover', function (e) {
        var li = e.target.closest('.x-boundlist-item');
        if (!li) return;
        me.hl = Number(li.getAttribute('data-recordindex'));
        highlight();
      });
    }
    function highlight() {
      var ul = byId(me.listId + '-listEl');
      Array.prototype.forEach.call(ul.children, function (li, i) { if (i === me.hl) addCls(li, 'x-boundlist-item-over'); else removeCls(li, 'x-boundlist-item-over'); });
    }
    function renderList() {
      byId(me.listId + '-listEl').innerHTML = me.filtered.map(function (r, i) {
        var sel = me.selection === r;
        return '<li role="option" unselectable="on" class="x-boundlist-item' + (sel ? ' x-boundlist-selected' : '') + (i === me.hl ? ' x-boundlist-item-over' : '') + '" tabindex="-1" data-recordindex="' + i + '" data-recordid="' + esc(r.id) + '" data-boundview="' + me.listId + '" aria-selected="' + sel + '">' + esc(r.text) + '</li>';
      }).join('');
    }
    function scrollToHl() {
      var ul = byId(me.listId + '-listEl');
      var li = ul.children[me.hl];
      var wrap = byId(me.listId + '-listWrap');
      if (!li) return;
      if (li.offsetTop < wrap.scrollTop) wrap.scrollTop = li.offsetTop;
      else if (li.offsetTop + li.offsetHeight > wrap.scrollTop + wrap.clientHeight) wrap.scrollTop = li.offsetTop + li.offsetHeight - wrap.clientHeight;
    }
    function onDocDown(e) {
      var list = byId(me.listId);
      if (me.el() && !me.el().contains(e.target) && list && !list.contains(e.target)) me.collapse();
    }
    function onScroll(e) {
      var list = byId(me.listId);
      if (list && (e.target === list || list.contains(e.target))) return;
      me.collapse();
    }
    me.expand = function () {
      if (!me.listId) createList();
      renderList();
      var list = byId(me.listId);
      var tw = byId(me.id + '-triggerWrap');
      var r = tw.getBoundingClientRect();
      list.style.display = '';
      list.style.width = r.width + 'px';
      list.style.left = r.left + 'px';
      list.style.zIndex = String(Z.top() + 5);
      var h = list.offsetHeight;
      list.style.top = (r.bottom + h > window.innerHeight && r.top > h ? r.top - h : r.bottom) + 'px';
      scrollToHl();
      if (!me.expanded) {
        me.expanded = true;
        me.inputEl().setAttribute('aria-expanded', 'true');
        addCls(me.el(), 'x-pickerfield-open');
        addCls(tw, 'x-pickerfield-open');
        d.addEventListener('mousedown', onDocDown, true);
        d.addEventListener('scroll', onScroll, true);
      }
    };
    me.collapse = function () {
      if (!me.expanded) return;
      me.expanded = false;
      var list = byId(me.listId);
      if (list) list.style.display = 'none';
      if (me.inputEl()) me.inputEl().setAttribute('aria-expanded', 'false');
      removeCls(me.el(), 'x-pickerfield-open');
      removeCls(byId(me.id + '-triggerWrap'), 'x-pickerfield-open');
      d.removeEventListener('mousedown', onDocDown, true);
      d.removeEventListener('scroll', onScroll, true);
    };
    me.select = function (rec) {
      if (!rec) return;
      me.selection = rec;
      me.lastSelection = rec;
      me.inputEl().value = rec.text;
      me.collapse();
      me.clearInvalid();
      if (cfg.onSelect) cfg.onSelect(me, rec);
      if (me.form) me.form.check();
    };
    me.onBlurHook = function () {
      var input = me.inputEl();
      var rec = findExact(input.value);
      if (rec) { me.selection = rec; me.lastSelection = rec; input.value = rec.text; }
      else if (!input.value) me.selection = null;
      else if (me.lastSelection) { me.selection = me.lastSelection; input.value = me.lastSelection.text; }
      else input.value = '';
      me.collapse();
    };
    me.onKeyHook = function (e) {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (!me.expanded) me.doQuery(me.getRawValue(), !!me.selection);
        else { me.hl = Math.min(me.filtered.length - 1, me.hl + 1); highlight(); scrollToHl(); }
        return true;
      }
      if (e.key === 'ArrowUp' && me.expanded) { e.preventDefault(); me.hl = Math.max(0, me.hl - 1); highlight(); scrollToHl(); return true; }
      if ((e.key === 'Enter' || e.key === 'Tab') && me.expanded && me.hl >= 0) {
        if (e.key === 'Enter') e.preventDefault();
        me.select(me.filtered[me.hl]);
        return e.key === 'Enter';
      }
      if (e.key === 'Escape' && me.expanded) { e.preventDefault(); e.stopPropagation(); me.collapse(); return true; }
      return false;
    };
    var baseAfter = me.afterRender;
    me.afterRender = function () {
      baseAfter();
      var trig = byId(me.id + '-trigger-picker');
      trig.addEventListener('mousedown', function (e) { e.preventDefault(); });
      trig.addEventListener('click', function () {
        if (me.disabled) return;
        if (me.expanded) me.collapse();
        else { me.inputEl().focus(); me.doQuery('', true); }
      });
      trig.addEventListener('mouseenter', function () { addCls(trig, 'x-form-trigger-over'); });
      trig.addEventListener('mouseleave', function () { removeCls(trig, 'x-form-trigger-over'); });
    };
    me.beforeDestroy = function () {
      me.collapse();
      var list = me.listId && byId(me.listId);
      if (list && list.parentNode) list.parentNode.removeChild(list);
    };
    return me;
  }

  function RadioGroup(cfg) {
    var me = Cmp('radiogroup', cfg);
    cfg.noFor = true;
    fieldMixin(me, cfg);
    me.value = null;
    me.radios = cfg.items.map(function (it) { return { id: nextId('radio'), boxLabel: it.boxLabel, inputValue: it.inputValue }; });
    me.getValue = function () { return me.value || ''; };
    me.getErrors = function () { return !me.value && cfg.allowBlank === false ? ['You must select one item in this group'] : []; };
    me.html = function () {
      return '<div class="x-field x-form-item x-form-item-default x-form-type-radio-group x-form-checkboxgroup x-field-default x-anchor-form-item' + me.hiddenCls() + '" id="' + me.id + '" role="radiogroup" aria-labelledby="' + me.id + '-labelEl" aria-required="' + (cfg.allowBlank === false) + '" aria-invalid="false" data-componentid="' + me.id + '">' +
        labelHtml(me, cfg) +
        '<div id="' + me.id + '-bodyEl" data-ref="bodyEl" role="presentation" class="x-form-item-body x-form-item-body-default x-form-checkboxgroup-body">' +
        '<div id="' + me.id + '-containerEl" data-ref="containerEl" role="presentation" class="x-form-checkboxgroup-container"><table class="x-table-plain" role="presentation"><tbody><tr role="presentation">' +
        me.radios.map(function (r) {
          return '<td class="x-form-checkboxgroup-col" role="presentation">' +
            '<div class="x-field x-form-item x-form-item-default x-form-type-radio x-form-item-no-label x-field-default" id="' + r.id + '" data-componentid="' + r.id + '">' +
            '<div id="' + r.id + '-bodyEl" data-ref="bodyEl" role="presentation" class="x-form-item-body x-form-item-body-default x-form-cb-wrap x-form-cb-wrap-default">' +
            '<div id="' + r.id + '-innerWrapEl" data-ref="innerWrapEl" role="presentation" class="x-form-cb-wrap-inner x-form-cb-wrap-inner-default">' +
            '<input type="radio" id="' + r.id + '-inputEl" data-ref="inputEl" class="x-form-cb-input" name="' + esc(cfg.name) + '" value="' + esc(r.inputValue) + '" tabindex="0" aria-hidden="false" aria-disabled="false" aria-readonly="false" aria-invalid="false" aria-checked="false" data-componentid="' + r.id + '">' +
            '<span id="' + r.id + '-displayEl" data-ref="displayEl" role="presentation" class="x-form-field x-form-radio x-form-radio-default x-form-cb x-form-cb-default "></span>' +
            '<label id="' + r.id + '-boxLabelEl" data-ref="boxLabelEl" class="x-form-cb-label x-form-cb-label-default x-form-cb-label-after" for="' + r.id + '-inputEl">' + esc(r.boxLabel) + '</label>' +
            '</div></div></div></td>';
        }).join('') +
        '</tr></tbody></table></div></div>' + errorWrapHtml(me, cfg) + '</div>';
    };
    me.afterRender = function () {
      me.radios.forEach(function (r) {
        var input = byId(r.id + '-inputEl');
        input.addEventListener('change', function () { if (input.checked) me.setValue(r.inputValue); });
        input.addEventListener('focus', function () { addCls(byId(r.id), 'x-form-cb-focus'); });
        input.addEventListener('blur', function () { removeCls(byId(r.id), 'x-form-cb-focus'); });
      });
    };
    me.setValue = function (v) {
      me.value = v;
      me.radios.forEach(function (r) {
        var on = r.inputValue === v;
        var input = byId(r.id + '-inputEl');
        input.checked = on;
        input.setAttribute('aria-checked', String(on));
        if (on) addCls(byId(r.id), 'x-form-cb-checked'); else removeCls(byId(r.id), 'x-form-cb-checked');
      });
      me.validate();
      if (cfg.onChange) cfg.onChange(me, v);
      if (me.form) me.form.check();
    };
    return me;
  }

  function Form(fields, buttons, extra) {
    var f = {};
    fields.forEach(function (x) { x.form = f; });
    f.valid = function () {
      return fields.every(function (x) { return x.disabled || x.isValid(true); }) && (!extra || extra());
    };
    f.check = function () { var ok = f.valid(); buttons.forEach(function (b) { b.setDisabled(!ok); }); return ok; };
    f.isValid = function () {
      var ok = true;
      fields.forEach(function (x) { if (!x.disabled && !x.isValid(false)) ok = false; });
      return ok && (!extra || extra());
    };
    f.check();
    return f;
  }

  /* ---------------------------------------------------------------- grids and trees */
  function Grid(cfg) {
    var me = Cmp('gridpanel', cfg);
    var viewId = nextId('tableview');
    var headerId = nextId('headercontainer');
    var cols = cfg.columns.map(function (c) { return { c: c, id: nextId('gridcolumn') }; });
    me.rows = cfg.data || [];
    me.widths = null;
    function colStyle(c, j) {
      if (me.widths) return 'width:' + me.widths[j] + 'px;';
      return c.width ? 'width:' + c.width + 'px;' : 'width:' + (c.pct || 20) + '%;';
    }
    function layoutCols() {
      var body = byId(me.id + '-body');
      if (!body || !body.clientWidth) return;
      var fixed = 0;
      var pctSum = 0;
      cols.forEach(function (col) { if (col.c.width) fixed += col.c.width; else pctSum += col.c.pct || 20; });
      var rest = Math.max(0, body.clientWidth - fixed);
      var used = 0;
      var lastFlex = -1;
      me.widths = cols.map(function (col, j) {
        var w = col.c.width || Math.floor(rest * (col.c.pct || 20) / pctSum);
        if (!col.c.width) lastFlex = j;
        used += w;
        return w;
      });
      if (lastFlex >= 0) me.widths[lastFlex] += Math.max(0, body.clientWidth - used);
      cols.forEach(function (col, j) {
        var h = byId(col.id);
        if (h) h.style.width = me.widths[j] + 'px';
        Array.prototype.forEach.call(body.querySelectorAll('td[data-columnid="' + col.id + '"]'), function (td) { td.style.width = me.widths[j] + 'px'; });
      });
    }
    function onResize() { layoutCols(); }
    me.afterRender = function () { layoutCols(); window.addEventListener('resize', onResize); };
    me.beforeDestroy = function () { window.removeEventListener('resize', onResize); };
    function rowsHtml() {
      if (!me.rows.length) return '<div class="x-grid-empty">' + esc(cfg.emptyText || '') + '</div>';
      return me.rows.map(function (row, i) {
        return '<table id="' + viewId + '-record-' + (i + 1) + '" data-boundview="' + viewId + '" data-recordid="' + (i + 1) + '" data-recordindex="' + i + '" class="x-grid-item' + (i % 2 ? ' x-grid-item-alt' : '') + '" cellpadding="0" cellspacing="0" role="presentation" style="width:100%;"><tbody><tr class="x-grid-row" role="row" aria-rowindex="' + (i + 2) + '">' +
          cols.map(function (col, j) {
            var v = col.c.renderer ? col.c.renderer(row[col.c.dataIndex], row, i) : esc(row[col.c.dataIndex]);
            return '<td class="x-grid-cell x-grid-td x-grid-cell-' + col.id + (j === 0 ? ' x-grid-cell-first' : '') + (j === cols.length - 1 ? ' x-grid-cell-last' : '') + ' x-unselectable" style="' + colStyle(col.c, j) + '" role="gridcell" tabindex="-1" data-columnid="' + col.id + '"><div unselectable="on" class="x-grid-cell-inner " style="text-align:left;">' + v + '</div></td>';
          }).join('') + '</tr></tbody></table>';
      }).join('');
    }
    me.html = function () {
      return '<div class="x-panel ' + (cfg.cls || '') + ' x-grid x-grid-with-row-lines x-panel-default' + (cfg.title ? '' : ' x-panel-noheader') + me.hiddenCls() + '" id="' + me.id + '" role="grid" data-componentid="' + me.id + '">' +
        (cfg.title ? headerHtml(me.id, 'panel', esc(cfg.title), []) : '') +
        '<div id="' + me.id + '-bodyWrap" data-ref="bodyWrap" class="x-panel-bodyWrap" role="presentation">' +
        '<div class="x-grid-header-ct x-docked x-grid-header-ct-default x-docked-top x-grid-header-ct-docked-top x-grid-header-ct-default-docked-top x-box-layout-ct" id="' + headerId + '" role="row"><div class="x-box-inner" role="presentation"><div class="x-box-target" role="presentation">' +
        cols.map(function (col, j) {
          return '<div class="x-column-header x-column-header-align-left x-box-item x-column-header-default x-unselectable' + (j === 0 ? ' x-column-header-first' : '') + (j === cols.length - 1 ? ' x-column-header-last' : '') + '" id="' + col.id + '" role="columnheader" style="' + colStyle(col.c, j) + '">' +
            '<div id="' + col.id + '-titleEl" data-ref="titleEl" class="x-column-header-inner" role="presentation"><span id="' + col.id + '-textContainerEl" data-ref="textContainerEl" class="x-column-header-text-container" role="presentation"><span class="x-column-header-text-wrapper" role="presentation"><span id="' + col.id + '-textEl" data-ref="textEl" class="x-column-header-text x-column-header-text-inner">' + esc(col.c.text) + '</span></span></span></div></div>';
        }).join('') + '</div></div></div>' +
        '<div id="' + me.id + '-body" data-ref="body" class="x-panel-body x-grid-body x-panel-body-default x-panel-body-default" role="presentation">' +
        '<div class="x-grid-view x-fit-item x-grid-view-default x-unselectable x-scroller" id="' + viewId + '" role="rowgroup" tabindex="-1"><div class="x-grid-item-container" role="presentation" id="' + viewId + '-itemCt">' + rowsHtml() + '</div></div>' +
        '</div></div></div>';
    };
    me.loadData = function (rows) { me.rows = rows || []; var ct = byId(viewId + '-itemCt'); if (ct) ct.innerHTML = rowsHtml(); layoutCols(); };
    return me;
  }

  function Tree(cfg) {
    var me = Cmp('treepanel', cfg);
    var viewId = nextId('treeview');
    var colId = nextId('treecolumn');
    var recSeed = 0;
    var all = [];
    function prep(nodes, parent, depth) {
      nodes.forEach(function (n) {
        recSeed += 1;
        n.rid = 'extModel' + (1000 + recSeed) + '-1';
        n.parent = parent; n.depth = depth; n.leaf = !n.children; n.expanded = false;
        all.push(n);
        if (n.children) prep(n.children, n, depth + 1);
      });
    }
    prep(cfg.root, null, 1);
    me.selected = null;
    function visible() {
      var out = [];
      (function walk(ns) { ns.forEach(function (n) { out.push(n); if (!n.leaf && n.expanded) walk(n.children); }); })(cfg.root);
      return out;
    }
    function byRid(rid) { for (var i = 0; i < all.length; i++) if (all[i].rid === rid) return all[i]; return null; }
    function rowHtml(n, idx) {
      var sel = n === me.selected;
      var indent = '';
      for (var i = 1; i < n.depth; i++) indent += '<div class="x-tree-elbow-img x-tree-elbow-empty" role="presentation"></div>';
      return '<table id="' + viewId + '-record-' + n.rid + '" data-boundview="' + viewId + '" data-recordid="' + n.rid + '" data-recordindex="' + idx + '" class="x-grid-item' + (sel ? ' x-grid-item-selected' : '') + '" cellpadding="0" cellspacing="0" role="presentation" style="width:100%;"><tbody>' +
        '<tr class="' + (n.leaf ? 'x-grid-tree-node-leaf ' : n.expanded ? 'x-grid-tree-node-expanded ' : '') + 'x-grid-row" role="row" aria-level="' + n.depth + '"' + (n.leaf ? '' : ' aria-expanded="' + n.expanded + '"') + ' aria-selected="' + sel + '">' +
        '<td class="x-grid-cell x-grid-td x-grid-cell-' + colId + ' x-grid-cell-treecolumn x-grid-cell-first x-grid-cell-last x-unselectable" role="gridcell" tabindex="-1" data-columnid="' + colId + '">' +
        '<div unselectable="on" class="x-grid-cell-inner x-grid-cell-inner-treecolumn" style="text-align:left;">' + indent +
        (n.leaf ? '<div class="x-tree-elbow-img x-tree-elbow" role="presentation"></div>' : '<div class="x-tree-elbow-img x-tree-elbow-plus x-tree-expander" role="presentation"></div>') +
        '<div role="presentation" class="x-tree-icon ' + (n.leaf ? 'x-tree-icon-leaf' : n.expanded ? 'x-tree-icon-parent-expanded' : 'x-tree-icon-parent') + ' "></div>' +
        '<span class="x-tree-node-text ">' + esc(n.text) + '</span></div></td></tr></tbody></table>';
    }
    me.refresh = function () { var ct = byId(viewId + '-itemCt'); if (ct) ct.innerHTML = visible().map(rowHtml).join(''); };
    me.html = function () {
      return '<div class="x-panel x-tree-arrows x-tree-panel x-grid x-border-item x-box-item x-panel-default" id="' + me.id + '" role="tree" data-componentid="' + me.id + '">' +
        headerHtml(me.id, 'panel', esc(cfg.title), []) +
        '<div id="' + me.id + '-bodyWrap" data-ref="bodyWrap" class="x-panel-bodyWrap" role="presentation">' +
        '<div id="' + me.id + '-body" data-ref="body" class="x-panel-body x-grid-body x-panel-body-default x-panel-body-default" role="presentation">' +
        '<div class="x-tree-view x-grid-view x-fit-item x-tree-view-default x-unselectable x-scroller" id="' + viewId + '" role="rowgroup" tabindex="0"><div class="x-grid-item-container" role="presentation" id="' + viewId + '-itemCt">' +
        visible().map(rowHtml).join('') + '</div></div></div></div></div>';
    };
    me.toggle = function (n) { if (!n || n.leaf) return; n.expanded = !n.expanded; me.refresh(); };
    me.expand = function (n) { if (n && !n.leaf && !n.expanded) { n.expanded = true; me.refresh(); } };
    me.select = function (n) {
      me.selected = n;
      var ct = byId(viewId + '-itemCt');
      if (!ct) return;
      Array.prototype.forEach.call(ct.querySelectorAll('table.x-grid-item'), function (t) {
        var on = !!n && t.getAttribute('data-recordid') === n.rid;
        if (on) addCls(t, 'x-grid-item-selected'); else removeCls(t, 'x-grid-item-selected');
        t.querySelector('tr').setAttribute('aria-selected', String(on));
      });
    };
    me.selectRoute = function (route) {
      var n = null;
      for (var i = 0; i < all.length; i++) if (all[i].route === route) n = all[i];
      if (!n) return;
      for (var p = n.parent; p; p = p.parent) p.expanded = true;
      me.refresh();
      me.select(n);
    };
    me.afterRender = function () {
      var view = byId(viewId);
      view.addEventListener('click', function (e) {
        var t = e.target.closest('table.x-grid-item');
        if (!t) return;
        var n = byRid(t.getAttribute('data-recordid'));
        if (e.target.closest('.x-tree-expander')) { me.toggle(n); return; }
        me.select(n);
        if (cfg.onItemClick) cfg.onItemClick(n);
      });
      view.addEventListener('dblclick', function (e) {
        var t = e.target.closest('table.x-grid-item');
        if (!t || e.target.closest('.x-tree-expander')) return;
        me.toggle(byRid(t.getAttribute('data-recordid')));
      });
      view.addEventListener('mouseover', function (e) {
        var t = e.target.closest('table.x-grid-item');
        Array.prototype.forEach.call(view.querySelectorAll('.x-grid-item-over'), function (x) { if (x !== t) removeCls(x, 'x-grid-item-over'); });
        if (t) addCls(t, 'x-grid-item-over');
      });
      view.addEventListener('mouseleave', function () {
        Array.prototype.forEach.call(view.querySelectorAll('.x-grid-item-over'), function (x) { removeCls(x, 'x-grid-item-over'); });
      });
      view.addEventListener('keydown', function (e) {
        var vis = visible();
        var i = vis.indexOf(me.selected);
        if (e.key === 'ArrowDown') { e.preventDefault(); me.select(vis[Math.min(vis.length - 1, i + 1)]); }
        else if (e.key === 'ArrowUp') { e.preventDefault(); me.select(vis[Math.max(0, i - 1)]); }
        else if (e.key === 'ArrowRight' && me.selected) { e.preventDefault(); me.expand(me.selected); }
        else if (e.key === 'ArrowLeft' && me.selected && me.selected.expanded) { e.preventDefault(); me.toggle(me.selected); }
        else if (e.key === 'Enter' && me.selected) { e.preventDefault(); if (me.selected.leaf) { if (cfg.onItemClick) cfg.onItemClick(me.selected); } else me.toggle(me.selected); }
      });
    };
    return me;
  }

  /* ---------------------------------------------------------------- floating: z-index, windows, Ext.Msg, toasts, tips, masks */
  var Z = {
    base: 19000,
    stack: [],
    maskId: null,
    register: function (w) { var i = Z.stack.indexOf(w); if (i >= 0) Z.stack.splice(i, 1); Z.stack.push(w); Z.sync(); },
    unregister: function (w) { var i = Z.stack.indexOf(w); if (i >= 0) Z.stack.splice(i, 1); Z.sync(); },
    top: function () { return Z.base + (Z.stack.length + 1) * 10; },
    sync: function () {
      var z = Z.base;
      var modal = null;
      Z.stack.forEach(function (w) { z += 10; w.z = z; var el = w.el(); if (el) el.style.zIndex = String(z); if (w.modal) modal = w; });
      var m = Z.maskId ? byId(Z.maskId) : null;
      if (modal) {
        if (!m) {
          Z.maskId = nextElId();
          d.body.insertAdjacentHTML('beforeend', '<div class="x-mask x-border-box" id="' + Z.maskId + '" role="presentation" tabindex="-1" data-sticky="true"></div>');
          m = byId(Z.maskId);
          m.addEventListener('mousedown', function (e) { e.preventDefault(); });
        }
        m.style.display = '';
        m.style.zIndex = String(modal.z - 1);
      } else if (m) m.style.display = 'none';
    }
  };

  function Win(cfg) {
    var me = Cmp(cfg.xtype || 'window', cfg);
    me.items = cfg.items || [];
    me.modal = cfg.modal !== false;
    var closable = cfg.closable !== false;
    me.tools = closable ? [Tool({ type: 'close', qtip: 'Close dialog', handler: function () { me.close('tool'); } })] : [];
    me.toolbar = cfg.buttons ? Toolbar({ footer: true, items: cfg.buttons, align: cfg.buttonAlign || 'right' }) : null;
    me.parts = me.tools.concat(me.toolbar ? [me.toolbar] : []);
    me.visible = false;
    me.html = function () {
      var body = cfg.bodyTpl ? cfg.bodyTpl(me.childHtml()) :
        '<div id="' + me.id + '-outerCt" data-ref="outerCt" class="x-autocontainer-outerCt" role="presentation"><div id="' + me.id + '-innerCt" data-ref="innerCt" class="x-autocontainer-innerCt" role="presentation">' + (cfg.bodyHtml || '') + me.childHtml() + '</div></div>';
      return '<div class="x-window ' + (cfg.cls || '') + ' x-layer x-window-default' + (closable ? ' x-closable x-window-closable x-window-default-closable' : '') + ' x-border-box x-hidden-offsets" id="' + me.id + '" tabindex="-1" role="' + (cfg.role || 'dialog') + '"' +
        ' aria-labelledby="' + me.id + '_header-title-textEl"' + (cfg.describedBy ? ' aria-describedby="' + cfg.describedBy + '"' : '') + ' data-componentid="' + me.id + '" style="width:' + (cfg.width || 400) + 'px;">' +
        headerHtml(me.id, 'window', cfg.title || '&#160;', me.tools) +
        '<div id="' + me.id + '-body" data-ref="body" class="x-window-body x-window-body-default' + (closable ? ' x-closable x-window-body-closable x-window-body-default-closable' : '') + ' x-window-body-default" role="presentation"' + (cfg.bodyStyle ? ' style="' + cfg.bodyStyle + '"' : '') + '>' + body + '</div>' +
        (me.toolbar ? me.toolbar.html() : '') + '</div>';
    };
    me.afterRender = function () {
      var header = byId(me.id + '_header');
      header.addEventListener('mousedown', function (e) {
        if (e.button !== 0 || e.target.closest('.x-tool')) return;
        var el = me.el();
        var sx = e.clientX - el.offsetLeft;
        var sy = e.clientY - el.offsetTop;
        e.preventDefault();
        function move(ev) {
          el.style.left = Math.min(Math.max(0, ev.clientX - sx), window.innerWidth - 40) + 'px';
          el.style.top = Math.min(Math.max(0, ev.clientY - sy), window.innerHeight - 30) + 'px';
        }
        function up() { d.removeEventListener('mousemove', move); d.removeEventListener('mouseup', up); }
        d.addEventListener('mousemove', move);
        d.addEventListener('mouseup', up);
      });
      me.el().addEventListener('keydown', function (e) {
        if (e.key === 'Escape' && closable) { e.preventDefault(); e.stopPropagation(); me.close('esc'); }
        else if (e.key === 'Enter' && cfg.onEnterKey && e.target.tagName !== 'A') { cfg.onEnterKey(e); }
      });
    };
    me.center = function () {
      var el = me.el();
      if (!el) return;
      el.style.left = Math.max(0, Math.round((window.innerWidth - el.offsetWidth) / 2)) + 'px';
      el.style.top = Math.max(0, Math.round((window.innerHeight - el.offsetHeight) / 2.5)) + 'px';
    };
    me.show = function () {
      if (!me.el()) mount(d.body, me);
      removeCls(me.el(), 'x-hidden-offsets');
      me.visible = true;
      Z.register(me);
      me.center();
      if (cfg.defaultFocus) cfg.defaultFocus(); else me.el().focus();
    };
    me.hide = function () {
      var el = me.el();
      if (el) addCls(el, 'x-hidden-offsets');
      me.visible = false;
      Z.unregister(me);
    };
    me.close = function (how) {
      if (cfg.closeAction === 'hide') me.hide();
      else { Z.unregister(me); me.visible = false; me.destroy(); }
      if (cfg.onClose) cfg.onClose(how || 'close');
    };
    me.setTitle = function (t) { var el = byId(me.id + '_header-title-textEl'); if (el) el.innerHTML = t; };
    return me;
  }

  var Msg = {
    win: null,
    fn: null,
    btns: null,
    ensure: function () {
      if (Msg.win) return;
      var id = nextId('messagebox');
      var labels = { ok: 'OK', yes: 'Yes', no: 'No', cancel: 'Cancel' };
      Msg.btns = {};
      ['ok', 'yes', 'no', 'cancel'].forEach(function (k) {
        Msg.btns[k] = Button({ text: labels[k], hidden: true, cls: 'x-toolbar-item', handler: function () { Msg.done(k); } });
      });
      var prompt = TextField({ id: id + '-textfield', hidden: true, hideLabel: true, name: id + '-textfield' });
      Msg.win = Win({
        id: id,
        xtype: 'messagebox',
        cls: 'x-message-box',
        width: 420,
        closeAction: 'hide',
        role: 'alertdialog',
        describedBy: id + '-msg',
        items: [prompt],
        buttons: [Msg.btns.ok, Msg.btns.yes, Msg.btns.no, Msg.btns.cancel],
        buttonAlign: 'center',
        bodyTpl: function (childHtml) {
          return '<div class="x-message-box-body-ct x-box-layout-ct" id="' + id + '-bodyCt" role="presentation">' +
            '<div class="x-component x-message-box-icon x-box-item x-component-default x-hidden-display" id="' + id + '-icon" role="presentation"></div>' +
            '<div class="x-container x-message-box-text-ct x-box-item x-container-default" id="' + id + '-container" role="presentation">' +
            '<div class="x-component x-window-text x-box-item x-component-default" id="' + id + '-msg"></div>' + childHtml +
            '<div class="x-progress x-progress-default x-hidden-display" id="' + id + '-progressbar" role="progressbar"><div class="x-progress-text x-progress-text-back"></div><div class="x-progress-bar x-progress-bar-default" style="width:0"></div></div>' +
            '</div></div>';
        },
        onClose: function (how) { if (how === 'tool' || how === 'esc') Msg.done('cancel'); }
      });
    },
    show: function (o) {
      Msg.ensure();
      var w = Msg.win;
      if (!w.el()) mount(d.body, w);
      var id = w.id;
      w.setTitle(esc(o.title || ''));
      var icon = byId(id + '-icon');
      icon.className = 'x-component x-message-box-icon x-box-item x-component-default' + (o.icon ? ' x-message-box-' + o.icon : ' x-hidden-display');
      byId(id + '-msg').innerHTML = o.msg;
      var buttons = o.buttons || ['ok'];
      ['ok', 'yes', 'no', 'cancel'].forEach(function (k) { Msg.btns[k].setHidden(buttons.indexOf(k) < 0); });
      Msg.fn = o.fn || null;
      w.show();
      Msg.btns[buttons[0]].focus();
    },
    done: function (k) {
      if (!Msg.win || !Msg.win.visible) return;
      var fn = Msg.fn;
      Msg.fn = null;
      Msg.win.hide();
      if (fn) fn(k);
    },
    alert: function (title, msg, fn, icon) { Msg.show({ title: title, msg: msg, fn: fn, icon: icon, buttons: ['ok'] }); },
    confirm: function (title, msg, fn) { Msg.show({ title: title, msg: msg, fn: fn, icon: 'question', buttons: ['yes', 'no'] }); }
  };

  var toasts = [];
  function toast(html, title) {
    var id = nextId('toast');
    d.body.insertAdjacentHTML('beforeend',
      '<div class="x-window x-toast x-layer x-window-default x-border-box" id="' + id + '" role="alert" aria-live="polite" data-componentid="' + id + '" style="width:320px;">' +
      (title ? headerHtml(id, 'window', esc(title), []) : '') +
      '<div id="' + id + '-body" data-ref="body" class="x-window-body x-toast-body x-window-body-default" role="presentation"><div class="x-autocontainer-outerCt" role="presentation"><div class="x-autocontainer-innerCt" role="presentation">' + html + '</div></div></div></div>');
    var el = byId(id);
    var offset = toasts.reduce(function (s, t) { return s + t.offsetHeight + 8; }, 12);
    el.style.left = (window.innerWidth - 320 - 12) + 'px';
    el.style.top = window.innerHeight + 'px';
    el.style.zIndex = String(Z.top() + 1000);
    toasts.push(el);
    void el.offsetHeight;
    el.style.transition = 'top .4s ease-out, opacity .4s';
    el.style.top = (window.innerHeight - el.offsetHeight - offset) + 'px';
    var closed = false;
    function close() {
      if (closed) return;
      closed = true;
      el.style.opacity = '0';
      setTimeout(function () {
        if (el.parentNode) el.parentNode.removeChild(el);
        var i = toasts.indexOf(el);
        if (i >= 0) toasts.splice(i, 1);
        var off = 12;
        toasts.forEach(function (t) { t.style.top = (window.innerHeight - t.offsetHeight - off) + 'px'; off += t.offsetHeight + 8; });
      }, 420);
    }
    setTimeout(close, 4000);
    el.addEventListener('click', close);
  }

  var Tip = {
    el: null,
    timer: null,
    target: null,
    init: function () {
      d.addEventListener('mouseover', function (e) {
        var t = e.target && e.target.closest ? e.target.closest('[data-qtip],[data-errorqtip]') : null;
        if (t === Tip.target) return;
        Tip.hide();
        Tip.target = t;
        if (!t) return;
        var x = e.clientX;
        var y = e.clientY;
        Tip.timer = setTimeout(function () { Tip.show(t, x, y); }, 500);
      });
      d.addEventListener('mousedown', function () { Tip.hide(); Tip.target = null; }, true);
    },
    show: function (t, x, y) {
      if (!d.body.contains(t)) return;
      var err = t.getAttribute('data-errorqtip');
      var txt = err || esc(t.getAttribute('data-qtip') || '');
      if (!txt) return;
      if (!Tip.el) {
        var id = nextId(err ? 'tooltip' : 'quicktip');
        d.body.insertAdjacentHTML('beforeend', '<div class="x-tip x-layer x-tip-default x-border-box" id="' + id + '" role="tooltip" style="display:none;"><div id="' + id + '-body" data-ref="body" class="x-tip-body x-tip-body-default x-tip-body-default"></div></div>');
        Tip.el = byId(id);
      }
      var body = Tip.el.firstChild;
      if (err) { addCls(Tip.el, 'x-form-invalid-tip x-tip-form-invalid'); addCls(body, 'x-tip-body-form-invalid'); }
      else { removeCls(Tip.el, 'x-form-invalid-tip x-tip-form-invalid'); removeCls(body, 'x-tip-body-form-invalid'); }
      body.innerHTML = txt;
      Tip.el.style.display = '';
      Tip.el.style.zIndex = String(Z.top() + 2000);
      Tip.el.style.left = Math.min(x + 12, window.innerWidth - Tip.el.offsetWidth - 4) + 'px';
      Tip.el.style.top = Math.min(y + 20, window.innerHeight - Tip.el.offsetHeight - 4) + 'px';
    },
    hide: function () { clearTimeout(Tip.timer); if (Tip.el) Tip.el.style.display = 'none'; }
  };

  var LoadMask = {
    show: function (target) {
      target = target || d.body;
      var m = target.__extLoadMask;
      if (!m || !byId(m.id)) {
        m = { id: nextId('loadmask'), count: 0 };
        target.__extLoadMask = m;
        target.insertAdjacentHTML('beforeend',
          '<div class="x-mask x-component x-border-box x-mask-loading-ct x-component-default" id="' + m.id + '" role="presentation" tabindex="0" style="display:none;">' +
          '<div id="' + m.id + '-msgWrapEl" data-ref="msgWrapEl" class="x-mask-msg x-mask-loading x-mask-msg-default" role="presentation">' +
          '<div id="' + m.id + '-msgEl" data-ref="msgEl" class="x-mask-msg-inner x-mask-msg-inner-default" role="presentation">' +
          '<div id="' + m.id + '-msgTextEl" data-ref="msgTextEl" class="x-mask-msg-text x-mask-msg-text-default" role="presentation">Loading...</div></div></div></div>');
      }
      m.count += 1;
      var el = byId(m.id);
      el.style.display = '';
      if (target !== d.body) addCls(target, window.getComputedStyle(target).position === 'static' ? 'x-masked x-masked-relative' : 'x-masked');
      else el.style.zIndex = String(Z.top() - 5);
      var hidden = false;
      return {
        hide: function () {
          if (hidden) return;
          hidden = true;
          m.count -= 1;
          if (m.count > 0) return;
          m.count = 0;
          var e = byId(m.id);
          if (e) e.style.display = 'none';
          removeCls(target, 'x-masked x-masked-relative');
        }
      };
    }
  };

  /* ---------------------------------------------------------------- Ext.Ajax */
  var expiredShowing = false;
  function sessionExpired(r) {
    if (expiredShowing) return;
    expiredShowing = true;
    Msg.show({
      title: 'Session Expired',
      msg: esc((r && r.message) || 'Your session has expired. Please login again.'),
      icon: 'warning',
      buttons: ['ok'],
      fn: function () { expiredShowing = false; App.user = null; redirectTo('login'); }
    });
  }
  var Ajax = {
    request: function (o) {
      var method = o.method || (o.jsonData ? 'POST' : 'GET');
      var url = o.url;
      if (method === 'GET') {
        var qs = [];
        if (o.params) Object.keys(o.params).forEach(function (k) { qs.push(encodeURIComponent(k) + '=' + encodeURIComponent(o.params[k])); });
        qs.push('_dc=' + new Date().getTime());
        url += (url.indexOf('?') < 0 ? '?' : '&') + qs.join('&');
      }
      var xhr = new XMLHttpRequest();
      xhr.open(method, url, true);
      xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
      xhr.setRequestHeader('Accept', 'application/json');
      if (o.jsonData) xhr.setRequestHeader('Content-Type', 'application/json; charset=UTF-8');
      var mask = LoadMask.show(o.mask);
      xhr.onreadystatechange = function () {
        if (xhr.readyState !== 4) return;
        mask.hide();
        var data = null;
        try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
        if (xhr.status === 401 || (data && data.sessionExpired)) {
          if (o.on401) o.on401(data); else sessionExpired(data);
          return;
        }
        if (xhr.status >= 200 && xhr.status < 300 && data) { if (o.success) o.success(data); return; }
        Msg.alert('Error', esc((data && data.message) || 'Server communication failure. Please try again later.'), null, 'error');
      };
      xhr.send(o.jsonData ? JSON.stringify(o.jsonData) : null);
    }
  };

  /* ---------------------------------------------------------------- application */
  var MENU = [
    { text: 'Dash Board', route: 'dashboard' },
    { text: 'e-Invoice', children: [
      { text: 'Generate', route: 'einvoice/generate' },
      { text: 'Bulk Upload', route: 'einvoice/bulkupload' },
      { text: 'Cancel', route: 'einvoice/cancel' },
      { text: 'Print', route: 'einvoice/print' }
    ] },
    { text: 'API Registration', children: [
      { text: 'User Credentials', children: [
        { text: 'Create API User', route: 'apiregistration/create' },
        { text: 'Change API Password', route: 'apiregistration/changepassword' }
      ] },
      { text: 'IP Whitelisting', route: 'apiregistration/ipwhitelisting' },
      { text: 'Freeze API User', route: 'apiregistration/freeze' }
    ] },
    { text: 'MIS Reports', children: [
      { text: 'IRN Details', route: 'mis/irndetails' },
      { text: 'Summary Report', route: 'mis/summary' }
    ] },
    { text: 'User Management', children: [
      { text: 'Create Sub User', route: 'users/create' },
      { text: 'Update Sub User', route: 'users/update' }
    ] }
  ];
  var ROUTES = {};
  (function collect(nodes, path) {
    nodes.forEach(function (n) {
      var p = path.concat([n.text]);
      if (n.route) ROUTES[n.route] = { text: n.text, path: p };
      if (n.children) collect(n.children, p);
    });
  })(MENU, []);

  var App = { user: null, mode: null, regions: [], center: null, cards: {}, active: null, tree: null };

  function captchaUrl() { return 'get-captcha-image?_dc=' + new Date().getTime(); }

  function Header(main) {
    var items;
    if (!main) {
      items = [
        Button({ text: 'Home', ui: 'header', handler: function () { redirectTo('home'); } }),
        Button({ text: 'Help', ui: 'header', handler: function () {
          Msg.alert('Help', 'For assistance please contact the e-Invoice helpdesk: <b>1800-103-4786</b> (9:00 AM to 9:00 PM).', null, 'info');
        } }),
        Button({ text: 'Login', ui: 'header', handler: function () { redirectTo('login'); } })
      ];
    } else {
      items = [
        TbText({ html: 'Welcome <b>' + esc(App.user.username) + '</b> &nbsp;|&nbsp; GSTIN: ' + esc(App.user.gstin) }),
        Button({ text: 'Logout', ui: 'header', handler: logout })
      ];
    }
    var tb = Toolbar({ items: items, ui: 'header', cls: 'app-header-toolbar' });
    var me = Cmp('container', {});
    me.parts = [tb];
    var logoId = nextId('component');
    me.html = function () {
      return '<div class="x-container app-header x-border-item x-box-item x-container-default x-box-layout-ct" id="' + me.id + '" role="banner">' +
        '<div class="x-box-inner" id="' + me.id + '-innerCt" role="presentation"><div class="x-box-target" id="' + me.id + '-targetEl" role="presentation">' +
        '<div class="x-component app-header-logo x-box-item x-component-default" id="' + logoId + '"><div class="app-emblem"></div><div class="app-header-titles">' +
        '<div class="app-header-title">e-Invoice System</div><div class="app-header-subtitle">Goods and Services Tax &middot; Government of India</div></div></div>' +
        tb.html() + '</div></div></div>';
    };
    return me;
  }

  function layout() {
    var W = window.innerWidth;
    var H = window.innerHeight;
    var hh = 64;
    var ww = App.mode === 'main' ? 250 : 0;
    var gap = App.mode === 'main' ? 5 : 0;
    App.regions.forEach(function (r) {
      var el = r.cmp.el();
      if (!el) return;
      var box = r.region === 'north' ? [0, 0, W, hh] : r.region === 'west' ? [0, hh, ww, H - hh] : [ww + gap, hh, W - ww - gap, H - hh];
      el.style.left = box[0] + 'px';
      el.style.top = box[1] + 'px';
      el.style.width = box[2] + 'px';
      el.style.height = box[3] + 'px';
    });
  }

  function destroyViewport() {
    Z.stack.slice().forEach(function (w) { if (w !== Msg.win) { Z.unregister(w); w.destroy(); } });
    Object.keys(App.cards).forEach(function (k) { App.cards[k].destroy(); });
    App.cards = {};
    App.active = null;
    App.regions.forEach(function (r) { r.cmp.destroy(); });
    App.regions = [];
    App.tree = null;
    App.center = null;
  }

  function showPublic() {
    if (App.mode === 'public') return;
    destroyViewport();
    App.mode = 'public';
    var header = Header(false);
    var center = Container({ cls: 'app-center x-border-item x-box-item' });
    App.regions = [{ region: 'north', cmp: header }, { region: 'center', cmp: center }];
    mount(d.body, header);
    mount(d.body, center);
    App.center = center;
    layout();
  }

  function showMain() {
    if (App.mode === 'main') return;
    destroyViewport();
    App.mode = 'main';
    var header = Header(true);
    var tree = Tree({
      title: 'Menu',
      root: JSON.parse(JSON.stringify(MENU)),
      onItemClick: function (n) { if (n.leaf && n.route) redirectTo(n.route); }
    });
    var center = Container({ cls: 'app-center x-border-item x-box-item' });
    App.regions = [{ region: 'north', cmp: header }, { region: 'west', cmp: tree }, { region: 'center', cmp: center }];
    mount(d.body, header);
    mount(d.body, tree);
    mount(d.body, center);
    App.tree = tree;
    App.center = center;
    layout();
  }

  function activate(key, factory) {
    var c = App.cards[key];
    var prev = App.active;
    if (prev && prev !== c) {
      if (prev.destroyOnDeactivate) { prev.destroy(); delete App.cards[prev.key]; }
      else prev.setHidden(true);
    }
    if (!c) {
      c = factory(key);
      c.key = key;
      App.cards[key] = c;
      App.center.add(c);
    } else c.setHidden(false);
    App.active = c;
    if (c.onActivate) c.onActivate();
  }

  function redirectTo(h) {
    if (location.hash === '#' + h) route(); else location.hash = h;
  }

  function route() {
    var h = decodeURIComponent(location.hash.replace(/^#!?\/?/, ''));
    if (!h) { location.replace('#' + (App.user ? 'dashboard' : 'home')); return; }
    if (h === 'home' || h === 'login') {
      if (App.user) { redirectTo('dashboard'); return; }
      showPublic();
      activate(h, h === 'home' ? HomeView : LoginView);
      return;
    }
    var def = ROUTES[h];
    if (!def) { redirectTo(App.user ? 'dashboard' : 'home'); return; }
    if (!App.user) {
      showPublic();
      toast('Please login to continue.', 'Login Required');
      redirectTo('login');
      return;
    }
    showMain();
    var factory = h === 'dashboard' ? DashboardView : h === 'apiregistration/create' ? CreateApiUserView : PlaceholderView;
    activate(h, factory);
    App.tree.selectRoute(h);
  }

  function logout() {
    Msg.confirm('Logout', 'Are you sure you want to logout?', function (btn) {
      if (btn !== 'yes') return;
      Ajax.request({ url: 'api/logout', jsonData: {}, mask: App.center && App.center.el(), on401: function () { App.user = null; redirectTo('home'); }, success: function () {
        App.user = null;
        redirectTo('home');
        toast('You have been logged out successfully.');
      } });
    });
  }

  /* ---------------------------------------------------------------- views */
  function HomeView() {
    var updates = Grid({
      title: 'Latest Updates',
      cls: 'home-updates',
      columns: [{ text: 'Date', dataIndex: 'date', width: 120 }, { text: 'Update', dataIndex: 'text', pct: 80 }],
      emptyText: 'No updates',
      data: [
        { date: '01-04-2025', text: 'Two-factor authentication is mandatory for login to the e-Invoice System.' },
        { date: '15-03-2025', text: 'OTP can also be obtained through the Sandes app and the NIC-GST-Shield app.' },
        { date: '01-11-2024', text: 'Reporting of e-invoices within 30 days of the document date for taxpayers with AATO of 10 Cr and above.' },
        { date: '01-08-2023', text: 'e-Invoicing applicable to taxpayers with AATO above 5 Cr.' }
      ]
    });
    var p = Panel({
      title: 'Welcome to e-Invoice System',
      fill: true,
      bodyStyle: 'padding:20px;',
      items: [
        Component({ cls: 'home-intro', html: '<p>The e-Invoice System (IRP) registers e-invoices and generates the Invoice Reference Number (IRN) for B2B invoices of notified taxpayers.</p>' +
          '<p>Taxpayers can generate IRNs on this portal, register their GSTIN for API access directly or through a GST Suvidha Provider (GSP), and view reports. Please <b>Login</b> to continue.</p>' }),
        updates
      ]
    });
    return p;
  }

  function LoginView() {
    var user = TextField({ fieldLabel: 'Username', name: 'username', allowBlank: false, labelWidth: 130, emptyText: 'Enter Username', onEnter: submit });
    var pass = TextField({ fieldLabel: 'Password', name: 'password', inputType: 'password', allowBlank: false, labelWidth: 130, emptyText: 'Enter Password', onEnter: submit });
    var img = Img({ src: captchaUrl(), alt: 'Captcha', cls: 'captcha-img', width: 160, height: 50 });
    var refresh = Tool({ type: 'refresh', qtip: 'Refresh Captcha', handler: function () { img.setSrc(captchaUrl()); } });
    var capRow = Container({ cls: 'captcha-row', items: [img, refresh] });
    var cap = TextField({ fieldLabel: 'Enter Captcha', name: 'captcha', allowBlank: false, labelWidth: 130, maxLength: 5, enforceMaxLength: true, emptyText: 'Enter the characters shown above', onEnter: submit });
    var note = Component({ cls: 'login-note', html: 'Username and password are case sensitive.' });
    var loginBtn = Button({ text: 'Login', handler: submit });
    var form = Form([user, pass, cap], [loginBtn]);
    var loginPanel = Panel({ title: 'Login', cls: 'login-panel', items: [user, pass, capRow, cap, note], buttons: [loginBtn] });

    var otpInfo = Component({ cls: 'otp-info', html: '' });
    var otp = TextField({ fieldLabel: 'Enter OTP', name: 'otp', allowBlank: false, labelWidth: 130, maxLength: 6, enforceMaxLength: true, maskRe: /[0-9]/, regex: /^[0-9]{6}$/, regexText: 'OTP should be of 6 digits', emptyText: '6 digit OTP', onEnter: verify });
    var verifyBtn = Button({ text: 'Verify OTP', handler: verify });
    var backBtn = Button({ text: 'Back', ui: 'default-toolbar', handler: back });
    var otpForm = Form([otp], [verifyBtn]);
    var otpPanel = Panel({ title: 'Two Factor Authentication', cls: 'login-panel', hidden: true, items: [otpInfo, otp], buttons: [backBtn, verifyBtn] });

    var view = Container({ cls: 'login-ct', items: [loginPanel, otpPanel] });
    view.onActivate = function () { if (!otpPanel.hidden) return; setTimeout(function () { user.focus(); }, 0); };

    function submit() {
      if (!form.isValid()) return;
      Ajax.request({
        url: 'api/login',
        jsonData: { username: user.getValue(), password: pass.getValue(), captcha: cap.getValue() },
        mask: loginPanel.el(),
        success: function (r) {
          if (!r.success) {
            img.setSrc(captchaUrl());
            cap.reset();
            if (r.errorCode === 'CREDENTIALS') pass.reset();
            Msg.alert('Error', esc(r.message), function () { (r.errorCode === 'CREDENTIALS' ? pass : cap).focus(); }, 'error');
            return;
          }
          otpInfo.update('An OTP has been sent to your registered mobile number <b>' + esc(r.mobile) + '</b> and to the Sandes app. You may also use the OTP shown in the NIC-GST-Shield app.');
          loginPanel.setHidden(true);
          otpPanel.setHidden(false);
          otp.reset();
          otp.focus();
          toast(esc(r.message), 'OTP Sent');
        }
      });
    }
    function verify() {
      if (!otpForm.isValid()) return;
      Ajax.request({
        url: 'api/login/verifyotp',
        jsonData: { otp: otp.getValue() },
        mask: otpPanel.el(),
        success: function (r) {
          if (!r.success) {
            Msg.alert('Error', esc(r.message), function () { otp.selectText(); }, 'error');
            return;
          }
          App.user = r.user;
          toast('Login successful. Last login: ' + esc(r.user.lastLogin), 'Welcome');
          redirectTo('dashboard');
        }
      });
    }
    function back() {
      otpPanel.setHidden(true);
      loginPanel.setHidden(false);
      img.setSrc(captchaUrl());
      cap.reset();
      pass.reset();
      form.check();
    }
    return view;
  }

  function DashboardView() {
    var gen = Panel({ title: 'Generations', cls: 'dash-card', bodyHtml: '' });
    var can = Panel({ title: 'Cancelled', cls: 'dash-card', bodyHtml: '' });
    var info = Component({ cls: 'dash-info', html: '' });
    var cards = Container({ cls: 'dash-cards', items: [gen, can] });
    var p = Panel({ title: 'Dash Board', fill: true, bodyStyle: 'padding:16px 20px;', items: [info, cards] });
    function figures(o) {
      return '<div class="dash-figure"><span>Today</span><b>' + esc(o.today) + '</b></div>' +
        '<div class="dash-figure"><span>This Month</span><b>' + esc(o.month) + '</b></div>' +
        '<div class="dash-figure"><span>This Financial Year</span><b>' + esc(o.year) + '</b></div>';
    }
    p.onActivate = function () {
      Ajax.request({
        url: 'api/dashboard',
        mask: p.el(),
        success: function (r) {
          if (!r.success) return;
          info.update('GSTIN: <b>' + esc(r.data.gstin) + '</b> &nbsp; Trade Name: <b>' + esc(r.data.tradeName) + '</b> &nbsp; Last login: ' + esc(r.data.lastLogin));
          gen.body().innerHTML = figures(r.data.generations);
          can.body().innerHTML = figures(r.data.cancelled);
          if (r.showTechContact) showTechContact(r.techContact);
        }
      });
    };
    return p;
  }

  function showTechContact(tc) {
    var name = TextField({ fieldLabel: 'Name', name: 'tpName', value: tc.name, allowBlank: false, labelWidth: 110 });
    var mobile = TextField({ fieldLabel: 'Mobile No.', name: 'tpMobile', value: tc.mobile, allowBlank: false, labelWidth: 110, maskRe: /[0-9]/, maxLength: 10, enforceMaxLength: true, regex: /^[6-9][0-9]{9}$/, regexText: 'Please enter a valid 10 digit mobile number' });
    var email = TextField({ fieldLabel: 'Email Id', name: 'tpEmail', value: tc.email, allowBlank: false, labelWidth: 110, regex: /^[^@\s]+@[^@\s]+\.[^@\s]+$/, regexText: 'This field should be an e-mail address in the format "user@example.com"' });
    var update = Button({ text: 'Update', handler: function () {
      if (!form.isValid()) return;
      Ajax.request({
        url: 'api/techcontact',
        jsonData: { name: name.getValue(), mobile: mobile.getValue(), email: email.getValue() },
        mask: win.el(),
        success: function (r) {
          if (!r.success) { Msg.alert('Error', esc(r.message), null, 'error'); return; }
          win.close('update');
          toast(esc(r.message), 'Technical Contact');
        }
      });
    } });
    var exit = Button({ text: 'Exit', ui: 'danger', handler: function () { win.close('exit'); } });
    var form = Form([name, mobile, email], [update]);
    var win = Win({
      title: 'Contacts of Technical Person',
      width: 500,
      modal: true,
      items: [Component({ cls: 'tech-note', html: 'Please verify the contact details of the technical person responsible for e-invoice integration of your GSTIN. These details are used by NIC to communicate API related information.' }), name, mobile, email],
      buttons: [update, exit]
    });
    win.show();
  }

  function PlaceholderView(key) {
    var def = ROUTES[key];
    var grid = Grid({ cls: 'apireg-grid', columns: [{ text: 'Sl. No.', dataIndex: 'sl', width: 80 }, { text: 'Details', dataIndex: 'details', pct: 60 }, { text: 'Date', dataIndex: 'date', pct: 25 }], emptyText: 'No data to display' });
    var p = Panel({ title: def.path.join(' - '), fill: true, bodyStyle: 'padding:16px 20px;', items: [grid] });
    p.onActivate = function () {
      Ajax.request({ url: 'api/grid', params: { view: key }, mask: p.el(), success: function (r) { grid.loadData(r.data || []); } });
    };
    return p;
  }

  function CreateApiUserView() {
    var timer = null;
    var otpInfo = Component({ cls: 'apireg-info', html: 'Sending OTP to your registered mobile number...' });
    var otpField = TextField({ fieldLabel: 'Enter OTP', name: 'apiOtp', allowBlank: false, labelWidth: 110, width: 420, msgTarget: 'under', maxLength: 6, enforceMaxLength: true, maskRe: /[0-9]/, regex: /^[0-9]{6}$/, regexText: 'Please enter the 6 digit OTP', emptyText: '6 digit OTP', onEnter: function () { verify(); } });
    var verifyBtn = Button({ text: 'Verify OTP', handler: function () { verify(); } });
    var resendBtn = Button({ text: 'Resend OTP', ui: 'default-toolbar', disabled: true, handler: function () { send(true); } });
    var otpForm = Form([otpField], [verifyBtn]);
    var otpStep = Container({ cls: 'apireg-otp-step', items: [otpInfo, otpField, Toolbar({ cls: 'apireg-otp-buttons', items: [verifyBtn, resendBtn] })] });
    var view = Panel({ title: 'API Registration', fill: true, bodyStyle: 'padding:16px 20px;', items: [otpStep] });
    view.destroyOnDeactivate = true;
    view.beforeDestroy = function () { clearInterval(timer); };
    view.onActivate = function () { send(false); };

    function countdown() {
      var left = 30;
      clearInterval(timer);
      resendBtn.setDisabled(true);
      resendBtn.setText('Resend OTP (' + left + 's)');
      timer = setInterval(function () {
        left -= 1;
        if (left <= 0) { clearInterval(timer); resendBtn.setText('Resend OTP'); resendBtn.setDisabled(false); }
        else resendBtn.setText('Resend OTP (' + left + 's)');
      }, 1000);
    }
    function send(resend) {
      Ajax.request({
        url: 'api/apireg/sendotp',
        jsonData: { resend: !!resend },
        mask: view.el(),
        success: function (r) {
          if (view.destroyed) return;
          if (!r.success) { Msg.alert('Error', esc(r.message), null, 'error'); return; }
          otpInfo.update('An OTP has been sent to your registered mobile number <b>' + esc(r.mobile) + '</b>. Please enter the OTP below and click on "Verify OTP".');
          toast(esc(r.message), 'OTP Sent');
          countdown();
          otpField.focus();
        }
      });
    }
    function verify() {
      if (!otpForm.isValid()) return;
      Ajax.request({
        url: 'api/apireg/verifyotp',
        jsonData: { otp: otpField.getValue() },
        mask: view.el(),
        success: function (r) {
          if (view.destroyed) return;
          if (!r.success) {
            otpField.markInvalid('Invalid OTP');
            Msg.alert('Error', esc(r.message), function () { otpField.selectText(); }, 'error');
            return;
          }
          clearInterval(timer);
          otpStep.setHidden(true);
          loadForm();
        }
      });
    }
    function loadForm() {
      Ajax.request({ url: 'api/apireg/gsplist', mask: view.el(), success: function (r) { if (!view.destroyed) buildForm(r.data || []); } });
    }
    function buildForm(gsps) {
      var notes = {
        direct: 'Direct registration (own Client-Id and Client-Secret) is available only to taxpayers whose aggregate turnover exceeds the notified limit and who have their own IT system. Your GSTIN is not eligible for direct API access.',
        erp: 'Registration through ERP requires the ERP to be registered with NIC. Ask your ERP provider for the Client-Id and register through "Through Client-Id of other".',
        other: 'To use the Client-Id of another taxpayer or ERP, the owner of that Client-Id must first authorise your GSTIN. No authorisation has been received for your GSTIN.'
      };
      var note = Component({ cls: 'apireg-note', hidden: true, html: '' });
      var gstin = DisplayField({ fieldLabel: 'GSTIN', value: App.user.gstin, labelWidth: 160 });
      var trade = DisplayField({ fieldLabel: 'Trade Name', value: App.user.tradeName, labelWidth: 160 });
      var gsp = ComboBox({ fieldLabel: 'Select your GSP', name: 'gspId', allowBlank: false, labelWidth: 160, width: 640, msgTarget: 'under', emptyText: '-- Select --', disabled: true });
      gsp.loadData(gsps.map(function (g) { return { id: g.gspId, value: g.gspId, text: g.gspName }; }));
      var uname = TextField({ fieldLabel: 'Username', name: 'apiUserName', allowBlank: false, labelWidth: 160, width: 640, msgTarget: 'under', prefix: 'API_', disabled: true,
        validator: function (v) { return /^[A-Za-z0-9]{6,15}$/.test(v) ? true : 'Username should be 6 to 15 characters long and contain only letters and digits'; } });
      var pwd = TextField({ fieldLabel: 'Password', name: 'apiPassword', inputType: 'password', allowBlank: false, labelWidth: 160, width: 640, msgTarget: 'under', disabled: true,
        validator: function (v) { return /^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}$/.test(v) ? true : 'Password should be 8 to 15 characters long with at least one upper case letter, one lower case letter, one digit and one special character'; },
        onChange: function () { if (pwd2.getValue()) pwd2.validate(); } });
      var pwd2 = TextField({ fieldLabel: 'Re-enter Password', name: 'apiConfirmPassword', inputType: 'password', allowBlank: false, labelWidth: 160, width: 640, msgTarget: 'under', disabled: true,
        validator: function (v) { return v === pwd.getValue() ? true : 'Passwords do not match'; } });
      var gspFields = [gsp, uname, pwd, pwd2];
      var gspSet = FieldSet({ title: 'GSP Details', hidden: true, items: gspFields });
      var mode = RadioGroup({
        fieldLabel: 'Do you wish to Register your GSTIN for',
        labelAlign: 'top',
        name: 'regMode',
        allowBlank: false,
        items: [
          { boxLabel: 'Directly', inputValue: 'direct' },
          { boxLabel: 'Through GSP', inputValue: 'gsp' },
          { boxLabel: 'Through ERP', inputValue: 'erp' },
          { boxLabel: 'Through Client-Id of other', inputValue: 'other' }
        ],
        onChange: function (g, v) {
          var isGsp = v === 'gsp';
          gspSet.setHidden(!isGsp);
          gspFields.forEach(function (f) { f.setDisabled(!isGsp); });
          note.update(esc(notes[v] || ''));
          note.setHidden(isGsp || !notes[v]);
        }
      });
      var submitBtn = Button({ text: 'Submit', handler: submit });
      var exitBtn = Button({ text: 'Exit', ui: 'danger', handler: function () {
        Msg.confirm('Confirm', 'Do you want to exit API Registration?', function (btn) { if (btn === 'yes') redirectTo('dashboard'); });
      } });
      var form = Form([mode].concat(gspFields), [submitBtn], function () { return mode.value === 'gsp'; });
      var formPanel = Panel({ cls: 'apireg-form', frame: true, bodyStyle: 'padding:12px 16px 4px;', items: [gstin, trade, mode, gspSet, note], buttons: [submitBtn, exitBtn], buttonAlign: 'left' });
      var grid = Grid({
        title: 'GSPs registered for this GSTIN',
        cls: 'apireg-grid',
        columns: [
          { text: 'Sl. No.', dataIndex: 'sl', width: 70 },
          { text: 'GSP Name', dataIndex: 'gsp', pct: 38 },
          { text: 'API Username', dataIndex: 'username', pct: 22 },
          { text: 'Created On', dataIndex: 'createdOn', pct: 20 },
          { text: 'Status', dataIndex: 'status', pct: 10 }
        ],
        emptyText: 'No API user has been created for this GSTIN.'
      });
      view.add(formPanel);
      view.add(grid);
      loadUsers();

      function loadUsers() {
        Ajax.request({ url: 'api/apireg/users', mask: grid.el(), success: function (r) {
          grid.loadData((r.data || []).map(function (u, i) { return { sl: i + 1, gsp: u.gsp, username: u.username, createdOn: u.createdOn, status: u.status }; }));
        } });
      }
      function submit() {
        if (!form.isValid()) return;
        var full = 'API_' + uname.getValue();
        Msg.confirm('Confirm', 'Do you want to create the API user <b>' + esc(full) + '</b> for the GSP <b>' + esc(gsp.selection.text) + '</b>?', function (btn) {
          if (btn !== 'yes') return;
          Ajax.request({
            url: 'api/apireg/createuser',
            jsonData: { regMode: mode.getValue(), gspId: gsp.getValue(), userName: uname.getValue(), password: pwd.getValue(), confirmPassword: pwd2.getValue() },
            mask: view.el(),
            success: function (r) {
              if (!r.success) {
                if (r.errorCode === 'USERNAME_TAKEN') uname.markInvalid('This username is already taken');
                Msg.alert('Error', r.message, null, 'error');
                return;
              }
              Msg.alert('Success', r.message, null, 'info');
              gsp.reset();
              uname.reset();
              pwd.reset();
              pwd2.reset();
              form.check();
              loadUsers();
            }
          });
        });
      }
    }
    return view;
  }

  /* ---------------------------------------------------------------- boot */
  function boot() {
    var html = d.documentElement;
    addCls(html, 'x-viewport');
    addCls(d.body, 'x-body x-webkit x-chrome x-linux x-border-box x-viewport x-border-layout-ct');
    d.body.id = 'ext-element-1';
    elSeed = 1;
    Tip.init();
    window.addEventListener('resize', function () { layout(); });
    Ajax.request({
      url: 'api/session',
      mask: d.body,
      success: function (r) {
        App.user = r.loggedIn ? r.user : null;
        route();
        window.addEventListener('hashchange', route);
      }
    });
  }
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', boot); else boot();
})();
`;

interface Session {
  id: string;
  stage: 'otp' | 'in';
  techShown: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  lastSeen: number;
  lastLogin: string;
}

type Json = Record<string, unknown>;

function escHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function formatDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

function captchaSvg(text: string): string {
  const rnd = (a: number, b: number) => a + Math.random() * (b - a);
  const colors = ['#1e4f7d', '#7d1e3c', '#2f6b1e', '#5a2d82', '#8a5a00', '#1e6b6b'];
  const pick = () => colors[Math.floor(Math.random() * colors.length)] ?? '#1e4f7d';
  const parts: string[] = [
    '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="50" viewBox="0 0 160 50">',
    '<rect width="160" height="50" fill="#eef2e4"/>',
  ];
  for (let i = 0; i < 5; i++) {
    parts.push(
      `<path d="M${rnd(0, 20).toFixed(1)} ${rnd(5, 45).toFixed(1)} Q ${rnd(40, 120).toFixed(1)} ${rnd(0, 50).toFixed(1)} ${rnd(140, 160).toFixed(1)} ${rnd(5, 45).toFixed(1)}" stroke="${pick()}" stroke-width="1" fill="none" opacity="0.55"/>`,
    );
  }
  const chars = [...text];
  const step = 140 / Math.max(1, chars.length);
  chars.forEach((ch, i) => {
    const x = 12 + i * step + rnd(0, 4);
    const y = 35 + rnd(-4, 4);
    parts.push(
      `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rnd(-18, 18).toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="Georgia, 'Times New Roman', serif" font-size="28" font-weight="bold" fill="${pick()}">${escHtml(ch)}</text>`,
    );
  });
  for (let i = 0; i < 40; i++) {
    parts.push(
      `<circle cx="${rnd(0, 160).toFixed(1)}" cy="${rnd(0, 50).toFixed(1)}" r="${rnd(0.4, 1.3).toFixed(1)}" fill="${pick()}" opacity="0.6"/>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

function parseCookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

async function readJson(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
  } catch {
    return {};
  }
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-cache, no-store, must-revalidate');
  res.end(body);
}

function json(res: ServerResponse, status: number, body: Json): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function startR9ExtjsRendition(options: R9ExtjsOptions = {}): Promise<R9ExtjsRendition> {
  const state: R9ExtjsState = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: (options.captcha ?? 'K7Q2M').toUpperCase(),
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const showTechContact = options.techContact ?? true;
  const techContact = {
    name: 'PRAKASH DESHMUKH',
    mobile: '9822012345',
    email: 'prakash.deshmukh@shreeganesh.in',
  };
  const sessions = new Map<string, Session>();
  let pendingExpiry = options.expireOnce;
  let previousLogin = formatDate(new Date(Date.now() - 3 * 24 * 3600 * 1000));

  function sessionOf(req: IncomingMessage): Session | undefined {
    const id = parseCookies(req)[COOKIE];
    if (!id) return undefined;
    const s = sessions.get(id);
    if (!s) return undefined;
    if (Date.now() - s.lastSeen > IDLE_MS) {
      sessions.delete(id);
      return undefined;
    }
    s.lastSeen = Date.now();
    return s;
  }

  function userInfo(s: Session): Json {
    return {
      username: LOGIN.username,
      gstin: state.gstin,
      tradeName: TRADE_NAME,
      lastLogin: s.lastLogin,
      mobile: MOBILE,
    };
  }

  function expired(res: ServerResponse): void {
    json(res, 401, {
      success: false,
      sessionExpired: true,
      message: 'Your session has expired. Please login again.',
    });
  }

  /** The first call of the configured stage finds its session gone. */
  function expireHere(stage: R9ExtjsExpiry, s: Session): boolean {
    if (pendingExpiry !== stage) return false;
    pendingExpiry = undefined;
    sessions.delete(s.id);
    state.expired.push(stage);
    return true;
  }

  async function api(req: IncomingMessage, res: ServerResponse, path: string, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const body = method === 'POST' ? await readJson(req) : {};
    const session = sessionOf(req);
    const authed = session?.stage === 'in' ? session : undefined;

    if (method === 'GET' && path === '/api/session') {
      json(
        res,
        200,
        authed
          ? { success: true, loggedIn: true, user: userInfo(authed) }
          : { success: true, loggedIn: false },
      );
      return;
    }
    if (method === 'POST' && path === '/api/login') {
      const username = str(body.username).trim();
      const password = str(body.password);
      const captcha = str(body.captcha).trim().toUpperCase();
      if (captcha !== state.captcha) {
        state.refusals.push('captcha');
        json(res, 200, {
          success: false,
          errorCode: 'CAPTCHA',
          message: 'Invalid Captcha. Please enter the characters shown in the image.',
        });
        return;
      }
      if (username.toLowerCase() !== LOGIN.username.toLowerCase() || password !== LOGIN.password) {
        state.refusals.push('login');
        json(res, 200, {
          success: false,
          errorCode: 'CREDENTIALS',
          message: 'Invalid Login Credentials. Please check your username and password.',
        });
        return;
      }
      if (session) sessions.delete(session.id);
      const s: Session = {
        id: randomBytes(16).toString('hex').toUpperCase(),
        stage: 'otp',
        techShown: false,
        apiOtpSent: false,
        apiOtpVerified: false,
        lastSeen: Date.now(),
        lastLogin: previousLogin,
      };
      sessions.set(s.id, s);
      res.setHeader('Set-Cookie', `${COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Lax`);
      json(res, 200, {
        success: true,
        otpRequired: true,
        mobile: MOBILE,
        message: `OTP has been sent to your registered mobile number ${MOBILE}.`,
      });
      return;
    }
    if (method === 'POST' && path === '/api/login/verifyotp') {
      if (session?.stage !== 'otp') {
        expired(res);
        return;
      }
      if (str(body.otp).trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        json(res, 200, { success: false, message: 'Invalid OTP. Please enter the correct OTP.' });
        return;
      }
      session.stage = 'in';
      previousLogin = formatDate(new Date());
      json(res, 200, { success: true, user: userInfo(session) });
      return;
    }
    if (method === 'POST' && path === '/api/logout') {
      if (session) sessions.delete(session.id);
      res.setHeader('Set-Cookie', `${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
      json(res, 200, { success: true });
      return;
    }

    if (!authed) {
      expired(res);
      return;
    }
    const s = authed;

    if (method === 'GET' && path === '/api/dashboard') {
      const show = showTechContact && !s.techShown;
      s.techShown = true;
      json(res, 200, {
        success: true,
        data: {
          gstin: state.gstin,
          tradeName: TRADE_NAME,
          lastLogin: s.lastLogin,
          generations: { today: 14, month: 326, year: 4210 },
          cancelled: { today: 1, month: 9, year: 117 },
        },
        showTechContact: show,
        techContact,
      });
      return;
    }
    if (method === 'POST' && path === '/api/techcontact') {
      const name = str(body.name).trim();
      const mobile = str(body.mobile).trim();
      const email = str(body.email).trim();
      if (!name || !/^[6-9][0-9]{9}$/.test(mobile) || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
        json(res, 200, { success: false, message: 'Please enter valid contact details.' });
        return;
      }
      Object.assign(techContact, { name, mobile, email });
      json(res, 200, { success: true, message: 'Technical contact details updated successfully.' });
      return;
    }
    if (method === 'GET' && path === '/api/grid') {
      json(res, 200, { success: true, view: url.searchParams.get('view') ?? '', data: [] });
      return;
    }
    if (method === 'POST' && path === '/api/apireg/sendotp') {
      if (expireHere('api-otp-send', s)) {
        expired(res);
        return;
      }
      s.apiOtpSent = true;
      s.apiOtpVerified = false;
      json(res, 200, {
        success: true,
        mobile: MOBILE,
        message: `OTP has been sent to your registered mobile number ${MOBILE}. The OTP is valid for 10 minutes.`,
      });
      return;
    }
    if (method === 'POST' && path === '/api/apireg/verifyotp') {
      if (expireHere('api-otp-verify', s)) {
        expired(res);
        return;
      }
      if (!s.apiOtpSent) {
        json(res, 200, { success: false, message: 'Please generate the OTP first.' });
        return;
      }
      if (str(body.otp).trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        json(res, 200, {
          success: false,
          message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
        });
        return;
      }
      s.apiOtpVerified = true;
      json(res, 200, { success: true, gstin: state.gstin });
      return;
    }
    if (method === 'GET' && path === '/api/apireg/gsplist') {
      json(res, 200, { success: true, data: GSPS });
      return;
    }
    if (method === 'GET' && path === '/api/apireg/users') {
      json(res, 200, {
        success: true,
        data: state.users
          .filter((u) => u.gstin === state.gstin)
          .map((u) => ({
            gsp: u.gsp,
            username: u.username,
            createdOn: formatDate(new Date(u.createdOn)),
            status: 'Active',
          })),
      });
      return;
    }
    if (method === 'POST' && path === '/api/apireg/createuser') {
      if (expireHere('submit', s)) {
        expired(res);
        return;
      }
      if (!s.apiOtpVerified) {
        json(res, 200, { success: false, message: 'Please verify the OTP before creating an API user.' });
        return;
      }
      if (str(body.regMode) !== 'gsp') {
        json(res, 200, { success: false, message: 'Please select the registration type "Through GSP".' });
        return;
      }
      const gsp = GSPS.find((g) => g.gspId === str(body.gspId));
      if (!gsp) {
        json(res, 200, { success: false, message: 'Please select your GSP.' });
        return;
      }
      const typed = str(body.userName).trim();
      if (!USERNAME_RULE.test(typed)) {
        json(res, 200, {
          success: false,
          message: 'Username should be 6 to 15 characters long and contain only letters and digits.',
        });
        return;
      }
      const password = str(body.password);
      if (!PASSWORD_RULE.test(password)) {
        json(res, 200, {
          success: false,
          message:
            'Password should be 8 to 15 characters long with at least one upper case letter, one lower case letter, one digit and one special character.',
        });
        return;
      }
      if (password !== str(body.confirmPassword)) {
        json(res, 200, { success: false, message: 'Password and Re-enter Password do not match.' });
        return;
      }
      const username = `API_${typed}`;
      if (state.users.some((u) => u.gstin === state.gstin && u.gsp === gsp.gspName)) {
        state.refusals.push('duplicate');
        json(res, 200, {
          success: false,
          errorCode: 'ALREADY_REGISTERED',
          message: `GSTIN ${escHtml(state.gstin)} is already registered with the GSP ${escHtml(gsp.gspName)}.`,
        });
        return;
      }
      const lower = username.toLowerCase();
      if (
        state.users.some((u) => u.username.toLowerCase() === lower) ||
        RESERVED_USERNAMES.some((r) => r.toLowerCase() === lower)
      ) {
        state.refusals.push('username-taken');
        json(res, 200, {
          success: false,
          errorCode: 'USERNAME_TAKEN',
          message: `The username ${escHtml(username)} is already taken. Please choose another username.`,
        });
        return;
      }
      state.users.push({
        gstin: state.gstin,
        gsp: gsp.gspName,
        username,
        password,
        createdOn: new Date().toISOString(),
      });
      json(res, 200, {
        success: true,
        username,
        message: `API User <b>${escHtml(username)}</b> has been created successfully for the GSP <b>${escHtml(gsp.gspName)}</b>. Please note the username and password; they are required for the Authentication API.`,
      });
      return;
    }
    json(res, 404, { success: false, message: 'The requested service is not available.' });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (path.startsWith('/api/')) {
      await delay(LATENCY_MS);
      await api(req, res, path, url);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed');
      return;
    }
    switch (path) {
      case '/':
      case '/index.html':
        send(res, 200, 'text/html; charset=utf-8', INDEX_HTML);
        return;
      case '/bootstrap.js':
        send(res, 200, 'application/javascript; charset=utf-8', BOOTSTRAP_JS);
        return;
      case '/app.js':
        send(res, 200, 'application/javascript; charset=utf-8', APP_JS);
        return;
      case '/resources/EInvoice-all.css':
        send(res, 200, 'text/css; charset=utf-8', CSS);
        return;
      case '/favicon.ico':
      case '/resources/favicon.svg':
        send(res, 200, 'image/svg+xml', FAVICON_SVG);
        return;
      case '/get-captcha-image':
        send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
        return;
      default:
        send(
          res,
          404,
          'text/html; charset=utf-8',
          '<!DOCTYPE html><title>404</title><h1>404 - Not Found</h1>',
        );
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', String(err));
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const R9_EXTJS_LOGIN = LOGIN;
