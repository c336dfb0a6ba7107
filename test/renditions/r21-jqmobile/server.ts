/**
 * Rendition r21-jqmobile: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and shared/portal/guide.md), drawn as a jQuery Mobile 1.4 site
 * (a mobile-first single-page site: multi-page template, AJAX page loads) would draw it.
 * Every line of markup, style and script lives in this file: a small hand-written runtime
 * reproduces jQuery Mobile 1.4's enhancement (classes, wrappers, generated elements), its
 * AJAX page loading into one document with fade/slide/pop transitions and pushState URLs,
 * its popups (container + separate screen layer, `#&ui-state=dialog` history entry), its
 * custom select menu (popup, or a dialog page for a long list), collapsibles, listviews,
 * a panel, a reflow table and the `ui-loader`.
 *
 * Choices made where the docs are silent:
 * - URLs: `/` is a multi-page document holding the internal pages `#home` and `#login`;
 *   `/Home/Login` (standalone login page, `?expired=1` adds the expiry note),
 *   `/get-captcha-image` (SVG), `/Home/LoginOtp`, `/Home/MainMenu`, `/Home/Logout`,
 *   `/ApiRegistration/CreateApiUser`, `/ApiRegistration/Register`, plus placeholder pages for
 *   the other menu leaves. JSON endpoints (POST, urlencoded, `X-Requested-With`):
 *   `/Home/Login`, `/Home/VerifyLoginOtp`, `/Home/ResendLoginOtp`, `/ApiRegistration/SendOtp`,
 *   `/ApiRegistration/VerifyOtp`, `/ApiRegistration/Register`. Nothing typed goes in a URL.
 * - Pages are `div[data-role=page]` enhanced to `ui-page ui-page-theme-a`; only `ui-page-active`
 *   shows. Links to other paths are fetched by XHR, the first page of the answer is appended to
 *   body (`data-external-page`, removed again when hidden) and shown with "fade" (the header
 *   Login button and the home list link slide to `#login`, the GSP dialog pops). The app script
 *   removes a hidden stale page with the same id before inserting a freshly loaded one.
 * - Home: header title "e-Invoice System", header button "Login" (`a#btnLogin.homepageloginbtn`,
 *   to `#login`). Login page: title "Login", fields "User Name" (`#txtUserName`), "Password"
 *   (`#txt_password`), captcha picture `#captcha_image` with a "Refresh Captcha" icon button and
 *   "Enter Captcha" (`#CaptchaCode`), button "Login" (`button.btnlogin`). Forms carry
 *   `data-ajax="false"` and are posted by the app script with XHR (fields `UserLogin.UserName`,
 *   `UserLogin.Password`, `CaptchaCode`; the password is posted as typed, no hashing). The login
 *   is `JQMOBILE_R21_LOGIN` (user name compared case-insensitively); `/Home/Login` while logged
 *   in redirects to the dashboard. `ui-loader` shows during every XHR (page loads after 50 ms);
 *   a failed page load shows the verbose loader "Error Loading Page".
 * - Refusals are popups titled "Error": "Invalid Captcha. Please enter the characters shown in the
 *   image." (captcha checked first), "Invalid Login Credentials. Please check the User Name and
 *   Password.", "Invalid OTP. Please enter the correct OTP." (login OTP and API OTP alike),
 *   "GSTIN … is already registered with the GSP …", "User name API_… is already taken. Please
 *   choose a different user name.". A wrong captcha or login redraws the captcha.
 * - Login OTP page: title "OTP Verification", green note "OTP has been sent to your registered
 *   mobile number XXXXXX4821 and to the Sandes app.", "Enter OTP" (`#txtOtp`), "Verify OTP"
 *   (`#btnVerifyOTP`), "Resend OTP"; header "Cancel" logs out.
 * - Dashboard: header title "Dash Board", header buttons "Menu" (opens the left overlay panel)
 *   and "Logout"; cards "Generations" and "Cancelled". Right after each login the popup
 *   "Contacts of Technical Person" opens (not dismissible by the screen) with a "Close" (×) corner
 *   button and a red "Exit" button. Popups stay inside their page as in 1.4: placeholder left in
 *   place, `div.ui-popup-screen` and `div.ui-popup-container` appended to the page div; opening
 *   one pushes a `#&ui-state=dialog` history entry (Back / OK / Cancel / Escape close it) and
 *   focus is kept inside the container.
 * - Menu: `div[data-role=panel]` holding a listview ("Dash Board") and a collapsible set:
 *   "e-Invoice", "API Registration" (nested collapsible "User Credentials" → "Create API User";
 *   then "IP Whitelisting", "Freeze API User", "Change API Password"), "MIS Reports",
 *   "User Management". Collapsible toggles carry jQuery Mobile's hidden
 *   " click to expand contents" status text.
 * - API OTP: opening "Create API User" (page title "API Registration") sends the OTP (green note
 *   "An OTP has been sent to your registered mobile number XXXXXX4821."); "Enter OTP"
 *   (`#txtApiOtp`), "Verify OTP", "Resend OTP" (XHR, note updated in place). Client side, on both OTP
 *   forms, an OTP that is not 6 digits is refused before any request ("Please enter the 6 digit
 *   OTP.").
 * - Registration page (`/ApiRegistration/Register`, title "API Registration", heading "Create API
 *   User"; reached only after the API OTP is verified): GSTIN in a read-only text box;
 *   controlgroup "Do you wish to Register your GSTIN for" with "Directly", "Through GSP",
 *   "Through ERP", "Through Client-Id of other" (native radios off-screen, labels drawn and
 *   clicked; the other three show an explanatory note and are refused on Submit); the GSP part
 *   shows only for "Through GSP": custom select "Select your GSP"
 *   (native select kept off-screen, button `#ddlGsp-button`, placeholder "-- Select GSP --",
 *   23 GSPs, opens as a full-screen dialog page with a "Close"
 *   button when the list is taller than the window, as a popup otherwise); "Username" as a
 *   horizontal controlgroup `API_` + text box (4 to 11 letters or digits); "Password" and
 *   "Re-enter Password" (8-15 characters, upper, lower, digit, special); buttons "Submit" and
 *   "Exit"; below, the reflow table "GSPs registered for this GSTIN" (Sl. No., GSP Name, API User Name,
 *   Created On). The seeded older registration (TERA SOFTWARE LIMITED, API_tera27aapf,
 *   18-03-2021) lives in its own list in the server, never in `state.users`.
 * - Submit: client checks, then the popup "Confirm" ("Do you want to create the API user API_x
 *   through GSP?", "OK" / "Cancel"); OK posts; the verdict is the popup "Success" ("API user API_x
 *   has been created successfully through GSP.") with the table updated in place and the form
 *   reset, or an "Error" popup.
 * - Sessions: cookie `einv_sid` (HttpOnly). A page GET without a live session answers 302 to
 *   `/Home/Login?expired=1` when a stale cookie came with it (`/Home/Login` when no cookie);
 *   the login page then shows the red note "Your session has expired. Please login again.".
 *   An XHR call without a live session answers 401 JSON; the page shows the popup "Session
 *   Expired" and, on OK, loads `/Home/Login?expired=1`.
 * - expireOnce: 'api-otp-send' fires on the first OTP send (the GET of Create API User, or Resend
 *   OTP), 'api-otp-verify' on the first API OTP verify POST, 'submit' on the first registration
 *   POST; each deletes the session, records the stage and answers like any lost session, once.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type JqmobileR21Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface JqmobileR21Options {
  expireOnce?: JqmobileR21Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface JqmobileR21State {
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
export interface JqmobileR21Rendition {
  url: string;
  close(): Promise<void>;
  state: JqmobileR21State;
}

export const JQMOBILE_R21_LOGIN: { username: string; password: string } = {
  username: 'sahyadritex27',
  password: 'Sahyadri@2025',
};

const COOKIE = 'einv_sid';
const MOBILE_MASK = 'XXXXXX4821';
const TRADE_NAME = 'SAHYADRI TEXTILES';
const EXPIRED_TEXT = 'Your session has expired. Please login again.';
const USER_RULE = 'User name must be 4 to 11 letters or digits after the fixed prefix API_.';
const PASS_RULE =
  'Password must be 8 to 15 characters long with at least one upper case letter, one lower case letter, one digit and one special character.';
const PASS_RE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USER_RE = /^[A-Za-z0-9]{4,11}$/;

const GSPS: { code: string; name: string }[] = [
  'ADAEQUARE INFO PRIVATE LIMITED',
  'ALANKIT LIMITED',
  'BOTREE SOFTWARE INTERNATIONAL PRIVATE LIMITED',
  'BVM IT CONSULTING SERVICES INDIA PRIVATE LIMITED',
  'CHARTERED INFORMATION SYSTEMS PRIVATE LIMITED',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'DELOITTE TOUCHE TOHMATSU INDIA LLP',
  'ERNST & YOUNG LLP',
  'EXCELLON SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'MASTERS INDIA PRIVATE LIMITED',
  'PROTEAN EGOV TECHNOLOGIES LIMITED',
  'RELYON SOFTECH LIMITED',
  'SIFY TECHNOLOGIES LIMITED',
  'SPICE DIGITAL LIMITED',
  'Tally ( India) Private Ltd',
  'TATA CONSULTANCY SERVICES LIMITED',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'WIPRO LIMITED',
].map((name, i) => ({ code: `GSP${String(i + 101)}`, name }));

const MODE_NOTES: Record<string, string> = {
  D: 'Direct registration is meant for taxpayers whose aggregate turnover is above the notified limit; it needs a Client Id and Client Secret of your own.',
  E: 'Registration through ERP needs the ERP to be registered with the e-Invoice System first.',
  O: 'Registration through the Client-Id of another taxpayer needs that taxpayer to authorise your GSTIN first.',
};

const OTHER_PAGES: Record<string, string> = {
  '/Invoice/Generate': 'Generate IRN',
  '/Invoice/Cancel': 'Cancel IRN',
  '/Invoice/BulkUpload': 'Bulk Upload',
  '/MisRpt': 'MIS Reports',
  '/MisRpt/IrnDetails': 'IRN Details',
  '/ApiRegistration/IpWhitelisting': 'IP Whitelisting',
  '/ApiRegistration/FreezeApiUser': 'Freeze API User',
  '/ApiRegistration/ChangeApiPassword': 'Change API Password',
  '/UserManagement/CreateSubUser': 'Create Sub User',
  '/UserManagement/UpdateContacts': 'Update Contact Details',
};

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function fmtDate(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

// ---------------------------------------------------------------------------------------------
// Styles: a hand-written subset of jquery.mobile-1.4 structure + default theme "a"/"b".
// ---------------------------------------------------------------------------------------------

const ICONS: Record<string, string> = {
  'carat-d': '<path d="M11.949 3.404 7 8.354 2.05 3.404-.071 5.525 7 12.596l7.071-7.071z"/>',
  'carat-r': '<path d="M3.404 2.051 8.354 7l-4.95 4.949 2.121 2.122L12.596 7 5.525-.071z"/>',
  bars: '<path d="M0 1h14v3H0zm0 4.5h14v3H0zM0 10h14v3H0z"/>',
  delete: '<path d="M14 3.5 10.5 0 7 3.5 3.5 0 0 3.5 3.5 7 0 10.5 3.5 14 7 10.5l3.5 3.5 3.5-3.5L10.5 7z"/>',
  plus: '<path d="M14 5H9V0H5v5H0v4h5v5h4V9h5z"/>',
  minus: '<path d="M0 5h14v4H0z"/>',
  refresh: '<path d="M12.3 8.3A5.4 5.4 0 1 1 10.7 3L8.9 4.8H14V-.3l-1.9 1.9A7.6 7.6 0 1 0 14.4 8.3z"/>',
  home: '<path d="M7 0 0 7h2v7h4V9h2v5h4V7h2z"/>',
  user: '<circle cx="7" cy="4" r="3.5"/><path d="M0 14c0-4 3-6 7-6s7 2 7 6z"/>',
  power: '<path d="M6 0h2v7H6z"/><path d="M10 1.6v2.3a4.5 4.5 0 1 1-6 0V1.6a6.6 6.6 0 1 0 6 0z"/>',
  check: '<path d="M5.5 12 0 6.5 2 4.5 5.5 8 12 1.5l2 2z"/>',
};

function svgUri(body: string, size = 14, fill = '#fff'): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 14 14" fill="${fill}">${body}</svg>`;
  return `data:image/svg+xml;charset=US-ASCII,${encodeURIComponent(svg)}`;
}

const SPINNER = `data:image/svg+xml;charset=US-ASCII,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="44" height="44" viewBox="0 0 44 44"><circle cx="22" cy="22" r="15" fill="none" stroke="#fff" stroke-width="5" stroke-dasharray="70 30" stroke-linecap="round"/></svg>',
)}`;

const LOGO = `data:image/svg+xml;charset=US-ASCII,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="72" height="72" viewBox="0 0 72 72"><circle cx="36" cy="36" r="34" fill="#1d4f91"/><circle cx="36" cy="36" r="27" fill="none" stroke="#f4a636" stroke-width="3"/><text x="36" y="33" font-family="Arial,sans-serif" font-size="13" font-weight="bold" fill="#fff" text-anchor="middle">e-Invoice</text><text x="36" y="49" font-family="Arial,sans-serif" font-size="10" fill="#f4a636" text-anchor="middle">GST</text></svg>',
)}`;

const CSS = `
html{font-size:100%}
body,input,select,textarea,button,.ui-btn{font-size:1em;line-height:1.3;font-family:sans-serif}
legend,.ui-input-text input{color:inherit;text-shadow:inherit}
.ui-mobile,.ui-mobile body{height:99.9%}
.ui-mobile body{margin:0;overflow-x:hidden}
.ui-mobile-viewport{margin:0;overflow-x:visible;-webkit-text-size-adjust:100%}
body.ui-overlay-a,.ui-overlay-a{background-color:#f9f9f9;border-color:#bbb;color:#333;text-shadow:0 1px 0 #f3f3f3}
.ui-overlay-b{background-color:#252525;border-color:#454545;color:#fff;text-shadow:0 1px 0 #111}
[data-role=page]:not(.ui-page),[data-role=popup]:not(.ui-popup),[data-role=panel]:not(.ui-panel),[data-role=dialog]:not(.ui-page){display:none}
.ui-page{top:0;left:0;width:100%;min-height:100%;position:absolute;display:none;border:0;outline:0}
.ui-page-active{display:block;overflow:visible;overflow-x:hidden}
.ui-page-theme-a{background-color:#f9f9f9;border-color:#bbb;color:#333;text-shadow:0 1px 0 #f3f3f3}
.ui-page-theme-a a,.ui-body-a a{color:#38c;font-weight:bold}
.ui-page-theme-a a:hover{color:#059}
.ui-body-a,.ui-page-theme-a .ui-body-inherit{background-color:#fff;border-color:#ddd;color:#333;text-shadow:0 1px 0 #f3f3f3;border-width:1px;border-style:solid}
.ui-body{padding:.4em 1em;border-width:1px;border-style:solid}
.ui-header,.ui-footer{border-width:1px 0;border-style:solid;position:relative}
.ui-bar-inherit,.ui-bar-a{background-color:#e9e9e9;border-color:#ddd;color:#333;text-shadow:0 1px 0 #eee;font-weight:bold}
.ui-header .ui-title,.ui-footer .ui-title{font-size:1em;min-height:1.1em;text-align:center;display:block;margin:0 30%;padding:.7em 0;text-overflow:ellipsis;overflow:hidden;white-space:nowrap;outline:0!important}
.ui-footer .ui-title{margin:0 1em;font-weight:normal;font-size:.85em}
.ui-header .ui-btn-left,.ui-header .ui-btn-right{position:absolute;top:.24em;margin:0;font-size:12.5px;padding:.7em 1em}
.ui-header .ui-btn-left.ui-btn-icon-left,.ui-header .ui-btn-right.ui-btn-icon-left{padding-left:2.5em}
.ui-header .ui-btn-left{left:.4em}.ui-header .ui-btn-right{right:.4em}
.ui-content{border-width:0;overflow:visible;overflow-x:hidden;padding:1em}
.ui-btn{font-size:16px;margin:.5em 0;padding:.7em 1em;display:block;position:relative;text-align:center;text-overflow:ellipsis;overflow:hidden;white-space:nowrap;cursor:pointer;user-select:none;-webkit-user-select:none;text-decoration:none!important;border-width:1px;border-style:solid;font-weight:bold}
.ui-page-theme-a .ui-btn,.ui-page-theme-a a.ui-btn,.ui-btn.ui-btn-a,.ui-body-a .ui-btn,.ui-bar-inherit .ui-btn,.ui-btn-inherit{background-color:#f6f6f6;border-color:#ddd;color:#333;text-shadow:0 1px 0 #f3f3f3}
.ui-page-theme-a .ui-btn:hover,.ui-btn.ui-btn-a:hover,.ui-body-a .ui-btn:hover{background-color:#ededed;border-color:#ddd;color:#333}
.ui-page-theme-a .ui-btn:active{background-color:#e8e8e8}
.ui-page-theme-a .ui-btn.ui-btn-b,.ui-btn.ui-btn-b,.ui-page-theme-a a.ui-btn.ui-btn-b{background-color:#1d1d1d;border-color:#1b1b1b;color:#fff;text-shadow:0 1px 0 #111}
.ui-page-theme-a .ui-btn.ui-btn-b:hover{background-color:#333;color:#fff}
.ui-page-theme-a .ui-btn.ui-btn-active,.ui-btn.ui-btn-active,.ui-page-theme-a a.ui-btn.ui-btn-active{background-color:#38c;border-color:#38c;color:#fff;text-shadow:0 1px 0 #059}
button.ui-btn{width:100%;-webkit-appearance:none;-moz-appearance:none;box-sizing:border-box}
button.ui-btn-inline{width:auto}
.ui-btn-inline{display:inline-block;vertical-align:middle;margin-right:.625em}
.ui-btn-inline.ui-btn-icon-notext{width:1.75em}
.ui-corner-all{border-radius:.6em}
.ui-shadow{box-shadow:0 1px 3px rgba(0,0,0,.15)}
.ui-shadow-inset{box-shadow:inset 0 1px 3px rgba(0,0,0,.2)}
.ui-overlay-shadow{box-shadow:0 0 12px rgba(0,0,0,.6)}
.ui-page-theme-a .ui-btn:focus,.ui-page-theme-a .ui-focus,.ui-btn.ui-focus,.ui-btn:focus{box-shadow:0 0 12px #38c;outline:0}
.ui-state-disabled{cursor:default!important;opacity:.3;pointer-events:none}
.ui-screen-hidden{display:none!important}
.ui-hidden-accessible{position:absolute!important;height:1px;width:1px;overflow:hidden;clip:rect(1px,1px,1px,1px)}
.ui-btn-icon-left{padding-left:2.5em}.ui-btn-icon-right{padding-right:2.5em}
.ui-btn-icon-notext{padding:0;width:1.75em;height:1.75em;min-width:1.75em;text-indent:-9999px;white-space:nowrap!important}
.ui-header .ui-btn-icon-notext{padding:0;width:1.75em;height:1.75em}
.ui-btn-icon-left:after,.ui-btn-icon-right:after,.ui-btn-icon-notext:after{content:"";position:absolute;display:block;width:22px;height:22px;top:50%;margin-top:-11px;background-color:rgba(0,0,0,.3);background-position:center center;background-repeat:no-repeat;border-radius:1em}
.ui-btn-icon-left:after{left:.5625em}.ui-btn-icon-right:after{right:.5625em}
.ui-btn-icon-notext:after{left:50%;margin-left:-11px}
.ui-header .ui-btn-icon-left:after{left:.4em}
${Object.entries(ICONS)
  .map(([n, body]) => `.ui-icon-${n}:after{background-image:url("${svgUri(body)}")}`)
  .join('\n')}
.ui-input-text{margin:.5em 0;border-width:1px;border-style:solid;position:relative}
.ui-page-theme-a .ui-input-text,.ui-input-text.ui-body-inherit{background-color:#fff;border-color:#ddd;color:#333}
.ui-input-text input{padding:.4em;line-height:1.4em;display:block;width:100%;box-sizing:border-box;outline:0;border:0;background:transparent;margin:0;min-height:2.2em;text-align:left;font-size:16px;-webkit-appearance:none;border-radius:inherit}
.ui-input-text.ui-focus{box-shadow:0 0 12px #38c}
label{display:block;margin:0 0 .4em}
fieldset{border:0;margin:0;padding:0;min-width:0}
legend{padding:0;font-size:16px}
.ui-checkbox,.ui-radio{margin:.5em 0;position:relative}
.ui-checkbox .ui-btn,.ui-radio .ui-btn{margin:0;text-align:left;white-space:normal;z-index:2;font-weight:normal}
.ui-checkbox input,.ui-radio input{position:absolute;left:-9999px;top:50%;width:22px;height:22px;margin:-11px 0 0 0;outline:0!important;z-index:1}
.ui-radio .ui-btn.ui-radio-off:after{background-color:#fff;border:1px solid #aaa;opacity:.6;width:20px;height:20px;margin-top:-11px}
.ui-radio .ui-btn.ui-radio-on:after{background-color:#fff;border:6px solid #38c;width:10px;height:10px;margin-top:-11px;opacity:1}
.ui-controlgroup{margin:.5em 0}
.ui-controlgroup-label{font-size:16px;line-height:1.4;font-weight:normal;margin:0 0 .3em}
.ui-controlgroup-label legend{max-width:100%}
.ui-controlgroup .ui-radio,.ui-controlgroup .ui-checkbox{margin:0}
.ui-controlgroup-vertical .ui-controlgroup-controls .ui-btn{border-bottom-width:0;border-radius:0}
.ui-controlgroup-vertical .ui-controlgroup-controls .ui-btn.ui-first-child{border-top-left-radius:.6em;border-top-right-radius:.6em}
.ui-controlgroup-vertical .ui-controlgroup-controls .ui-btn.ui-last-child{border-bottom-width:1px;border-bottom-left-radius:.6em;border-bottom-right-radius:.6em}
.ui-controlgroup-horizontal .ui-controlgroup-controls{display:inline-block;vertical-align:middle}
.ui-controlgroup-horizontal .ui-controlgroup-controls:after{content:"";display:table;clear:both}
.ui-controlgroup-horizontal .ui-controlgroup-controls>.ui-btn,.ui-controlgroup-horizontal .ui-controlgroup-controls>.ui-input-text{float:left;margin:0;border-radius:0}
.ui-controlgroup-horizontal .ui-controlgroup-controls>.ui-first-child{border-top-left-radius:.6em;border-bottom-left-radius:.6em;border-right-width:0}
.ui-controlgroup-horizontal .ui-controlgroup-controls>.ui-last-child{border-top-right-radius:.6em;border-bottom-right-radius:.6em}
.ui-controlgroup .controlgroup-textinput{padding:.22em .4em;cursor:text;text-align:left;background-color:#fff!important}
.ui-controlgroup .controlgroup-textinput input{min-height:1.9em;padding:.25em 0;width:14em}
.ui-field-contain{border-bottom:1px solid rgba(0,0,0,.15);margin:.8em 0;padding:.8em 0}
.ui-field-contain:after{content:"";display:table;clear:both}
@media (min-width:28em){
.ui-field-contain>label~[class*=ui-],.ui-field-contain>label~.ui-controlgroup{float:left;width:78%;box-sizing:border-box;margin:0}
.ui-field-contain>label{float:left;width:20%;margin:.5em 2% 0 0;vertical-align:top}
}
.ui-select{margin:.5em 0;position:relative}
.ui-select select{position:absolute;left:-9999px;top:-9999px}
.ui-select .ui-btn{margin:0;opacity:1;font-weight:bold}
.ui-select .ui-btn>span:not(.ui-li-count){display:block;text-overflow:ellipsis;overflow:hidden!important;white-space:nowrap}
.ui-selectmenu.ui-popup{min-width:11em;max-width:30em}
.ui-selectmenu .ui-header{margin:0;padding:0;border-width:0 0 1px}
.ui-selectmenu .ui-header .ui-title{margin:0 2.875em}
.ui-selectmenu-list{margin:0}
.ui-selectmenu-list li>a.ui-btn{font-weight:normal}
.ui-dialog{background:none!important}
.ui-dialog-contain{width:92.5%;max-width:500px;margin:5% auto 1em;padding:0;position:relative;top:-1em;background:#fff;overflow:hidden}
.ui-dialog-contain>.ui-header,.ui-dialog-contain>.ui-content{display:block;position:relative;width:auto;margin:0}
.ui-dialog-contain>.ui-header{overflow:hidden;z-index:10;padding:0;border-top-width:0}
.ui-dialog-contain>.ui-header .ui-title{margin:0 3em}
.ui-dialog-contain>.ui-header .ui-btn-left{position:absolute;left:.4em;top:.24em;margin:0}
.ui-dialog-contain>.ui-content{padding:0}
.ui-dialog-contain>.ui-content>.ui-listview{margin:0}
.ui-listview{margin:0;padding:0;list-style:none}
.ui-content>.ui-listview:not(.ui-listview-inset),.ui-panel-inner>.ui-listview{margin:0 -1em}
.ui-listview>li{display:block;position:relative;overflow:visible;margin:0;padding:0}
.ui-listview>li>.ui-btn{margin:0;display:block;position:relative;text-align:left;text-overflow:ellipsis;overflow:hidden;white-space:nowrap;border-width:1px 0 0 0;border-style:solid;border-radius:0;padding:.7em 1em}
.ui-listview>li>.ui-btn.ui-btn-icon-right{padding-right:2.5em}
.ui-listview>li.ui-last-child>.ui-btn{border-bottom-width:1px}
.ui-listview>.ui-li-static,.ui-listview>.ui-li-divider{padding:.7em 1em;border-width:1px 0 0 0;border-style:solid;display:block;white-space:normal}
.ui-listview>.ui-li-static.ui-last-child{border-bottom-width:1px}
.ui-listview>.ui-li-divider{padding:.5em 1.143em;font-size:14px;font-weight:bold;cursor:default;outline:0}
.ui-listview-inset{margin:1em 0;border-width:1px;border-style:solid;overflow:hidden}
.ui-listview-inset>li:first-child,.ui-listview-inset>li:first-child>.ui-btn{border-top-width:0}
.ui-listview-inset>li.ui-last-child>.ui-btn,.ui-listview-inset>li.ui-last-child{border-bottom-width:0}
.ui-collapsible{margin:0 -1em}
.ui-collapsible-inset,.ui-collapsible-set{margin:.5em 0}
.ui-panel-inner .ui-collapsible{margin:0 -1em}
.ui-collapsible-heading{display:block;margin:0;padding:0;position:relative;font-size:16px}
.ui-collapsible-heading .ui-btn{text-align:left;margin:0;border-left-width:0;border-right-width:0;border-radius:0}
.ui-collapsible-inset>.ui-collapsible-heading .ui-btn{border-width:1px;border-radius:.6em}
.ui-collapsible-heading-status{position:absolute!important;height:1px;width:1px;overflow:hidden;clip:rect(1px,1px,1px,1px)}
.ui-collapsible-content{display:block;margin:0;padding:.5em 1em}
.ui-collapsible-content-collapsed{display:none}
.ui-collapsible-themed-content .ui-collapsible-content{border-left-width:0;border-right-width:0;border-top-width:0}
.ui-collapsible-content>.ui-listview{margin:-.5em -1em}
.ui-collapsible-content>.ui-collapsible{margin:.5em -1em}
.ui-popup-screen{top:0;left:0;right:0;bottom:1px;position:fixed;opacity:0;z-index:1099;transition:opacity .2s}
.ui-popup-screen.in{opacity:.5}
.ui-popup-screen.out{opacity:0}
.ui-popup-container{z-index:1100;display:inline-block;position:absolute;padding:0;outline:0}
.ui-popup{position:relative}
.ui-popup.ui-body-a{border-width:1px;border-style:solid}
.ui-popup-hidden{left:0;top:0;position:absolute!important;visibility:hidden}
.ui-popup-truncate{height:1px;width:1px;margin:-1px;overflow:hidden;clip:rect(1px,1px,1px,1px)}
.ui-popup>.ui-header{border-top-width:0;border-radius:.6em .6em 0 0}
.ui-popup .ui-header .ui-title{margin:0 2.875em}
.ui-popup>.ui-content{padding:1em}
.ui-popup>.ui-btn-right{position:absolute;right:-10px;top:-10px;z-index:1101;margin:0}
.ui-popup .app-msg-text{margin:0 0 1em;white-space:normal}
.ui-panel{width:17em;min-height:100%;max-height:none;border-width:0;position:absolute;top:0;display:block}
.ui-panel-closed{width:0;max-height:100%;overflow:hidden;visibility:hidden;left:0;clip:rect(1px,1px,1px,1px)}
.ui-panel-display-overlay{z-index:1001}
.ui-panel-inner{padding:1em}
.ui-panel-page-container{overflow-x:visible}
.ui-panel-position-left{left:0}
.ui-panel-animate{transition:transform .3s ease}
.ui-panel-position-left.ui-panel-display-overlay{transform:translate3d(-17em,0,0)}
.ui-panel-position-left.ui-panel-display-overlay.ui-panel-open{transform:translate3d(0,0,0)}
.ui-panel.ui-body-a{border-width:0 1px 0 0;box-shadow:0 0 12px rgba(0,0,0,.3)}
.ui-panel-dismiss{position:absolute;top:0;left:0;right:0;height:100%;z-index:1002;display:none}
.ui-panel-dismiss-open{display:block}
.ui-panel-dismiss-position-left.ui-panel-dismiss-open{left:17em}
.ui-panel-wrapper{position:relative;min-height:inherit;border:0;overflow-x:hidden;z-index:999}
.ui-loader{display:none;z-index:9999999;position:fixed;top:50%;left:50%;border:0}
.ui-loader-default{background:none;opacity:.18;width:2.875em;height:2.875em;margin-left:-1.4375em;margin-top:-1.4375em}
.ui-loader-verbose{width:12.5em;opacity:.88;box-shadow:0 1px 1px -1px #fff;height:auto;margin-left:-6.875em;margin-top:-2.6875em;padding:.625em}
.ui-loader-default h1{font-size:0;width:0;height:0;overflow:hidden}
.ui-loader-verbose h1{font-size:16px;margin:0;text-align:center}
.ui-loader-textonly .ui-icon-loading{display:none}
.ui-loader .ui-icon-loading{background-color:#000;display:block;margin:0;width:2.75em;height:2.75em;padding:.0625em;border-radius:2.25em;background-image:url("${SPINNER}");background-size:2.875em 2.875em;background-position:center;animation:jqm-spin 1s linear infinite}
.ui-loading .ui-loader{display:block}
@keyframes jqm-spin{from{transform:rotate(0)}to{transform:rotate(360deg)}}
.ui-table{border:0;border-collapse:collapse;padding:0;width:100%}
.ui-table th,.ui-table td{line-height:1.5em;text-align:left;padding:.4em .5em;vertical-align:top}
.ui-table th{font-weight:bold}
.ui-table-reflow td .ui-table-cell-label{padding:.4em;min-width:30%;display:inline-block;margin:-.4em 1em -.4em -.4em}
@media (min-width:35em){.ui-table-reflow.ui-responsive{display:table!important}.ui-table-reflow.ui-responsive td,.ui-table-reflow.ui-responsive th{display:table-cell;margin:0}.ui-table-reflow.ui-responsive td .ui-table-cell-label{display:none}}
@media (max-width:35em){.ui-table-reflow.ui-responsive td,.ui-table-reflow.ui-responsive th{width:100%;box-sizing:border-box;float:left;clear:left}.ui-table-reflow.ui-responsive thead th{display:none}}
.ui-grid-a{overflow:hidden}
.ui-grid-a>.ui-block-a,.ui-grid-a>.ui-block-b{width:49.95%;float:left;box-sizing:border-box}
.ui-grid-a>.ui-block-a{clear:left;padding-right:.5em}.ui-grid-a>.ui-block-b{padding-left:.5em}
.in,.out{animation-timing-function:ease-out;animation-fill-mode:both}
.fade.out{opacity:0;animation-duration:100ms;animation-name:fadeout}
.fade.in{opacity:1;animation-duration:225ms;animation-name:fadein}
.pop.in{transform:scale(1);opacity:1;animation-name:popin;animation-duration:350ms}
.pop.out{animation-name:fadeout;opacity:0;animation-duration:100ms}
.slide.out{transform:translate3d(-100%,0,0);animation-name:slideouttoleft;animation-duration:225ms}
.slide.in{transform:translate3d(0,0,0);animation-name:slideinfromright;animation-duration:225ms}
.slide.out.reverse{transform:translate3d(100%,0,0);animation-name:slideouttoright}
.slide.in.reverse{animation-name:slideinfromleft}
.ui-popup-container.in,.ui-popup-container.out{animation-fill-mode:both}
.viewport-slide{overflow-x:hidden}
@keyframes fadein{from{opacity:0}to{opacity:1}}
@keyframes fadeout{from{opacity:1}to{opacity:0}}
@keyframes popin{from{transform:scale(.8);opacity:0}to{transform:scale(1);opacity:1}}
@keyframes slideinfromright{from{transform:translate3d(100%,0,0)}to{transform:translate3d(0,0,0)}}
@keyframes slideinfromleft{from{transform:translate3d(-100%,0,0)}to{transform:translate3d(0,0,0)}}
@keyframes slideouttoleft{from{transform:translate3d(0,0,0)}to{transform:translate3d(-100%,0,0)}}
@keyframes slideouttoright{from{transform:translate3d(0,0,0)}to{transform:translate3d(100%,0,0)}}
.app-narrow{max-width:44em;margin:0 auto}
.app-hero{display:flex;align-items:center;gap:1em}
.app-hero h2{margin:0}.app-hero p{margin:.2em 0 0;color:#666}
.req{color:#c00}
.msg-error{color:#c00;font-weight:bold}
.msg-success{color:#1a7f37;font-weight:bold}
.msg-info{color:#2a5d8f}
.app-hint{font-size:.85em;color:#666}
.app-captcha{display:flex;align-items:center;gap:.6em;margin:.6em 0}
.app-captcha img{border:1px solid #ddd;border-radius:.3em;background:#fff}
.app-card h3{margin:.4em 0}.app-count{font-size:2em;margin:.2em 0;font-weight:bold;color:#1d4f91}
.app-prefix{cursor:default!important;background-color:#e9e9e9!important}
.app-table{background:#fff;border:1px solid #ddd}
.app-table thead th{border-bottom:2px solid #ccc;background:#f3f3f3}
.app-table tbody tr{border-bottom:1px solid #e3e3e3}
.app-contact td,.app-contact th{padding:.3em .6em;text-align:left}
.ui-page-theme-a a.ui-btn.app-btn-exit{background-color:#c9302c;border-color:#ac2925;color:#fff;text-shadow:none}
`;

// ---------------------------------------------------------------------------------------------
// The framework runtime (browser side). Written with no template-literal syntax inside.
// ---------------------------------------------------------------------------------------------

const RUNTIME_JS = `
(function (w, d) {
  'use strict';
  var M = (w.jqm = { activePage: null, popup: null, busy: false, queue: [] });
  var html = d.documentElement;
  var TR = { none: [0, 0, 0], fade: [100, 225, 0], pop: [100, 350, 0], slide: [225, 225, 1] };
  var loader, docPath, firstPage;

  function all(sel, root) { return Array.prototype.slice.call((root || d).querySelectorAll(sel)); }
  function kids(el, test) { return Array.prototype.slice.call(el.children).filter(test); }
  function add(el, c) { c.split(' ').forEach(function (x) { if (x) el.classList.add(x); }); }
  function rm(el, c) { c.split(' ').forEach(function (x) { if (x) el.classList.remove(x); }); }
  function attr(el, k) { return el.getAttribute('data-' + k); }
  function fire(el, name, detail) {
    var ev = new CustomEvent(name, { bubbles: true, cancelable: true, detail: detail || {} });
    el.dispatchEvent(ev);
    return ev;
  }
  function once(el, name, fn) {
    el.addEventListener(name, function h(e) { el.removeEventListener(name, h); fn(e); });
  }
  function pages() { return all('.ui-page'); }
  function pageById(id) { return pages().filter(function (p) { return p.id === id; })[0]; }
  function findByUrl(u) { return pages().filter(function (p) { return p.getAttribute('data-url') === u; })[0]; }
  function byId(id) {
    var el = M.activePage && M.activePage.querySelector('[id="' + id + '"]');
    return el || d.getElementById(id);
  }
  M.fire = fire; M.once = once;

  /* ---- loader ---- */
  M.loading = function (how, text) {
    if (how === 'show') {
      loader.className = 'ui-loader ui-corner-all ui-body-a ' + (text ? 'ui-loader-verbose ui-loader-textonly' : 'ui-loader-default');
      loader.lastChild.textContent = text || 'loading';
      html.classList.add('ui-loading');
    } else {
      html.classList.remove('ui-loading');
    }
  };

  /* ---- toolbars ---- */
  function toolbar(el) {
    if (el.__enh) return; el.__enh = 1;
    var head = attr(el, 'role') === 'header';
    add(el, (head ? 'ui-header ' : 'ui-footer ') + (attr(el, 'theme') ? 'ui-bar-' + attr(el, 'theme') : 'ui-bar-inherit'));
    el.setAttribute('role', head ? 'banner' : 'contentinfo');
    kids(el, function (c) { return /^H[1-6]$/.test(c.tagName) || c.classList.contains('ui-title'); }).forEach(function (t) {
      add(t, 'ui-title'); t.setAttribute('role', 'heading'); t.setAttribute('aria-level', '1');
    });
  }

  /* ---- textinput / checkboxradio ---- */
  function textinput(inp) {
    var wrap = d.createElement('div');
    wrap.className = 'ui-input-text ui-body-inherit ui-corner-all ui-shadow-inset' + (attr(inp, 'wrapper-class') ? ' ' + attr(inp, 'wrapper-class') : '');
    inp.parentNode.insertBefore(wrap, inp);
    wrap.appendChild(inp);
    inp.addEventListener('focus', function () { wrap.classList.add('ui-focus'); });
    inp.addEventListener('blur', function () { wrap.classList.remove('ui-focus'); });
  }
  function group(inp) {
    if (inp.type !== 'radio' || !inp.name) return [inp];
    return all('input[type=radio]', inp.form || inp.closest('.ui-page') || d).filter(function (r) { return r.name === inp.name; });
  }
  function paint(inp) {
    var l = inp.__label, on = inp.checked, k = inp.type;
    if (!l) return;
    l.classList.toggle('ui-' + k + '-on', on);
    l.classList.toggle('ui-' + k + '-off', !on);
    inp.setAttribute('data-cacheval', on ? 'false' : 'true');
  }
  function checkboxradio(inp) {
    var root = inp.closest('.ui-page') || d, label = root.querySelector('label[for="' + inp.id + '"]');
    var wrap = d.createElement('div');
    wrap.className = 'ui-' + inp.type;
    inp.parentNode.insertBefore(wrap, inp);
    if (label) { wrap.appendChild(label); add(label, 'ui-btn ui-corner-all ui-btn-inherit ui-btn-icon-left'); }
    wrap.appendChild(inp);
    inp.__label = label;
    paint(inp);
    inp.addEventListener('change', function () { group(inp).forEach(paint); });
    inp.addEventListener('focus', function () { if (label) label.classList.add('ui-focus'); });
    inp.addEventListener('blur', function () { if (label) label.classList.remove('ui-focus'); });
  }
  M.refreshChecks = function (root) { all('input[type=radio],input[type=checkbox]', root).forEach(paint); };

  /* ---- controlgroup ---- */
  function controlgroup(fs) {
    if (fs.__enh) return; fs.__enh = 1;
    var horiz = attr(fs, 'type') === 'horizontal';
    add(fs, 'ui-controlgroup ui-controlgroup-' + (horiz ? 'horizontal' : 'vertical') + ' ui-corner-all');
    var legend = kids(fs, function (c) { return c.tagName === 'LEGEND'; })[0];
    var controls = d.createElement('div');
    controls.className = 'ui-controlgroup-controls';
    Array.prototype.slice.call(fs.childNodes).forEach(function (n) { if (n !== legend) controls.appendChild(n); });
    if (legend) {
      var lab = d.createElement('div');
      lab.className = 'ui-controlgroup-label';
      lab.setAttribute('role', 'heading');
      lab.appendChild(legend);
      fs.appendChild(lab);
    }
    fs.appendChild(controls);
    var items = all('.ui-btn', controls).filter(function (b) { return b.parentNode === controls || b.parentNode.parentNode === controls; });
    if (items.length) { add(items[0], 'ui-first-child'); add(items[items.length - 1], 'ui-last-child'); }
  }

  /* ---- listview ---- */
  function listview(ul) {
    if (ul.__enh) return; ul.__enh = 1;
    add(ul, 'ui-listview' + (attr(ul, 'inset') === 'true' ? ' ui-listview-inset ui-corner-all ui-shadow' : ''));
    M.listviewRefresh(ul);
  }
  M.listviewRefresh = function (ul) {
    var lis = kids(ul, function (c) { return c.tagName === 'LI'; });
    lis.forEach(function (li) {
      rm(li, 'ui-first-child ui-last-child');
      if (attr(li, 'role') === 'list-divider') { add(li, 'ui-li-divider ui-bar-inherit'); li.setAttribute('role', 'heading'); return; }
      var a = kids(li, function (c) { return c.tagName === 'A'; })[0];
      if (a) {
        var ic = attr(li, 'icon') || attr(ul, 'icon');
        add(a, ic === 'false' ? 'ui-btn' : 'ui-btn ui-btn-icon-right ui-icon-' + (ic || 'carat-r'));
      } else {
        add(li, 'ui-li-static ui-body-inherit');
      }
    });
    var vis = lis.filter(function (li) { return !li.classList.contains('ui-screen-hidden'); });
    if (vis.length) { add(vis[0], 'ui-first-child'); add(vis[vis.length - 1], 'ui-last-child'); }
  };

  /* ---- collapsible ---- */
  function collapsible(el) {
    if (el.__enh) return; el.__enh = 1;
    var set = el.parentNode && attr(el.parentNode, 'role') === 'collapsibleset' ? el.parentNode : null;
    var insetAttr = attr(el, 'inset') || (set ? attr(set, 'inset') : null);
    var inset = insetAttr ? insetAttr !== 'false' : true;
    add(el, 'ui-collapsible' + (inset ? ' ui-collapsible-inset ui-corner-all' : '') + ' ui-collapsible-themed-content');
    var heading = el.firstElementChild;
    var content = d.createElement('div');
    content.className = 'ui-collapsible-content ui-body-inherit';
    while (heading.nextSibling) content.appendChild(heading.nextSibling);
    el.appendChild(content);
    add(heading, 'ui-collapsible-heading');
    var a = d.createElement('a');
    a.href = '#';
    a.className = 'ui-collapsible-heading-toggle ui-btn ui-btn-icon-left ui-btn-inherit';
    while (heading.firstChild) a.appendChild(heading.firstChild);
    var status = d.createElement('span');
    status.className = 'ui-collapsible-heading-status';
    a.appendChild(status);
    heading.appendChild(a);
    function setState(c) {
      el.classList.toggle('ui-collapsible-collapsed', c);
      heading.classList.toggle('ui-collapsible-heading-collapsed', c);
      content.classList.toggle('ui-collapsible-content-collapsed', c);
      content.setAttribute('aria-hidden', String(c));
      a.classList.toggle('ui-icon-plus', c);
      a.classList.toggle('ui-icon-minus', !c);
      status.textContent = c ? ' click to expand contents' : ' click to collapse contents';
    }
    el.__setState = setState;
    setState(attr(el, 'collapsed') !== 'false');
    a.addEventListener('click', function (e) {
      e.preventDefault();
      var wasCollapsed = el.classList.contains('ui-collapsible-collapsed');
      if (wasCollapsed && set) {
        kids(set, function (c) { return c !== el && c.__setState && !c.classList.contains('ui-collapsible-collapsed'); }).forEach(function (c) { c.__setState(true); fire(c, 'collapsiblecollapse'); });
      }
      setState(!wasCollapsed);
      fire(el, wasCollapsed ? 'collapsibleexpand' : 'collapsiblecollapse');
    });
  }

  /* ---- table (reflow) ---- */
  M.tableRefresh = function (t) {
    var heads = all('thead th', t).map(function (th) { return th.textContent; });
    all('tbody tr', t).forEach(function (tr) {
      kids(tr, function (c) { return c.tagName === 'TD' || c.tagName === 'TH'; }).forEach(function (cell, i) {
        if (cell.querySelector('.ui-table-cell-label') || !heads[i]) return;
        var b = d.createElement('b');
        b.className = 'ui-table-cell-label';
        b.textContent = heads[i];
        cell.insertBefore(b, cell.firstChild);
      });
    });
  };
  function table(t) { if (t.__enh) return; t.__enh = 1; add(t, 'ui-table ui-table-reflow'); M.tableRefresh(t); }

  /* ---- popup ---- */
  function popup(el) {
    if (el.__p) return;
    var page = el.closest('.ui-page') || d.body;
    var ov = attr(el, 'overlay-theme');
    add(el, 'ui-popup ui-body-' + (attr(el, 'theme') || 'a') + ' ui-overlay-shadow ui-corner-all');
    var ph = d.createElement('div');
    ph.style.display = 'none';
    ph.id = el.id + '-placeholder';
    ph.appendChild(d.createComment(' placeholder '));
    el.parentNode.insertBefore(ph, el);
    var screen = d.createElement('div');
    screen.id = el.id + '-screen';
    screen.className = 'ui-popup-screen ui-screen-hidden' + (ov ? ' ui-overlay-' + ov : '');
    var cont = d.createElement('div');
    cont.id = el.id + '-popup';
    cont.className = 'ui-popup-container ui-popup-hidden ui-popup-truncate';
    cont.appendChild(el);
    page.appendChild(screen);
    page.appendChild(cont);
    el.__p = { screen: screen, cont: cont, tr: attr(el, 'transition') || 'none', dismissible: attr(el, 'dismissible') !== 'false', history: attr(el, 'history') !== 'false' };
    screen.addEventListener('click', function () { if (M.popup === el && el.__p.dismissible) M.closePopup(); });
  }
  function dialogHash(href) {
    if (href.indexOf('&ui-state=dialog') >= 0) return href;
    return href.indexOf('#') >= 0 ? href + '&ui-state=dialog' : href + '#&ui-state=dialog';
  }
  M.openPopup = function (el, opt) {
    opt = opt || {};
    if (typeof el === 'string') el = byId(el);
    if (!el || !el.__p) return;
    if (M.popup) {
      var cur = M.popup;
      cur.__next = function () { M.openPopup(el, opt); };
      if (!cur.__closing) M.closePopup();
      return;
    }
    var p = el.__p;
    M.popup = el;
    el.__closing = false;
    rm(p.screen, 'ui-screen-hidden out');
    rm(p.cont, 'ui-popup-hidden ui-popup-truncate');
    p.cont.style.maxWidth = (w.innerWidth - 30) + 'px';
    var cw = p.cont.offsetWidth, ch = p.cont.offsetHeight, cx = w.innerWidth / 2, cy = w.innerHeight / 2;
    if (opt.positionTo) {
      var r = opt.positionTo.getBoundingClientRect();
      cx = r.left + r.width / 2; cy = r.top + r.height / 2;
    }
    var left = Math.max(15, Math.min(cx - cw / 2, w.innerWidth - cw - 15));
    var top = Math.max(30, Math.min(cy - ch / 2, w.innerHeight - ch - 30));
    p.cont.style.left = (left + w.pageXOffset) + 'px';
    p.cont.style.top = (top + w.pageYOffset) + 'px';
    void p.cont.offsetWidth;
    add(p.screen, 'in');
    if (p.tr !== 'none') add(p.cont, p.tr + ' in');
    add(p.cont, 'ui-popup-active');
    p.cont.setAttribute('tabindex', '0');
    if (p.history) {
      var st = w.history.state || {};
      w.history.pushState({ jqmUrl: st.jqmUrl, jqmPopup: true }, '', dialogHash(w.location.href));
      p.pushed = true;
    }
    setTimeout(function () {
      if (M.popup !== el || el.__closing) return;
      p.cont.focus({ preventScroll: true });
      fire(el, 'popupafteropen');
    }, (TR[p.tr] || TR.none)[1]);
  };
  function closeNow(el) {
    var p = el.__p;
    el.__closing = true;
    p.pushed = false;
    rm(p.screen, 'in'); add(p.screen, 'out');
    if (p.tr !== 'none') { rm(p.cont, 'in'); add(p.cont, 'out reverse'); }
    setTimeout(function () {
      add(p.screen, 'ui-screen-hidden'); rm(p.screen, 'out');
      p.cont.className = 'ui-popup-container ui-popup-hidden ui-popup-truncate';
      p.cont.removeAttribute('style');
      M.popup = null;
      el.__closing = false;
      fire(el, 'popupafterclose');
      var n = el.__next; el.__next = null;
      if (n) n();
    }, p.tr === 'none' ? 0 : (TR[p.tr] || TR.fade)[0] + 50);
  }
  M.closePopup = function () {
    var el = M.popup;
    if (!el || el.__closing) return;
    if (el.__p.pushed) { el.__p.pushed = false; w.history.back(); return; }
    closeNow(el);
  };

  /* ---- custom select menu ---- */
  function refreshSelect(sel) {
    var st = sel.__sm, o = sel.options[sel.selectedIndex];
    if (!st) return;
    st.span.textContent = o ? o.text : '';
    all('li', st.ul).forEach(function (li) {
      var on = Number(attr(li, 'option-index')) === sel.selectedIndex;
      li.setAttribute('aria-selected', String(on));
      li.firstChild.classList.toggle('ui-btn-active', on && !li.classList.contains('ui-screen-hidden'));
    });
  }
  M.selectRefresh = refreshSelect;
  function focusItem(st) {
    var a = st.ul.querySelector('a.ui-btn-active') || st.ul.querySelector('li:not(.ui-screen-hidden) a');
    if (a) a.focus();
  }
  function openSelect(st) {
    if (st.open) return;
    var c = st.box.parentNode;
    c.classList.remove('ui-popup-truncate');
    var h = st.box.offsetHeight;
    c.classList.add('ui-popup-truncate');
    st.open = true;
    if (h > w.innerHeight - 80) {
      st.type = 'page';
      if (!st.menuPage) {
        var mp = d.createElement('div');
        mp.id = st.sel.id + '-dialog';
        mp.className = 'ui-selectmenu';
        mp.setAttribute('data-role', 'dialog');
        mp.setAttribute('data-url', mp.id);
        mp.innerHTML = '<div data-role="header"><div class="ui-title"></div></div><div data-role="content"></div>';
        d.body.insertBefore(mp, loader);
        enhancePage(mp);
        st.menuPage = mp;
        mp.addEventListener('pagehide', function () { st.box.appendChild(st.ul); st.open = false; st.btn.focus(); });
      }
      st.menuPage.querySelector('.ui-title').textContent = st.label ? st.label.textContent : '';
      st.menuPage.querySelector('.ui-content').appendChild(st.ul);
      once(st.menuPage, 'pageshow', function () { focusItem(st); });
      M.changePage(st.menuPage, { transition: 'pop' });
    } else {
      st.type = 'overlay';
      once(st.box, 'popupafteropen', function () { focusItem(st); });
      once(st.box, 'popupafterclose', function () { st.open = false; st.btn.focus(); });
      M.openPopup(st.box, { positionTo: st.btn });
    }
  }
  function closeSelect(st) { if (st.type === 'page') w.history.back(); else M.closePopup(); }
  function selectmenu(sel) {
    if (sel.__enh) return; sel.__enh = 1;
    var id = sel.id, root = sel.closest('.ui-page') || d;
    var label = root.querySelector('label[for="' + id + '"]');
    var wrap = d.createElement('div');
    wrap.className = 'ui-select';
    sel.parentNode.insertBefore(wrap, sel);
    if (attr(sel, 'native-menu') !== 'false') {
      var nb = d.createElement('div');
      nb.id = id + '-button';
      nb.className = 'ui-btn ui-icon-carat-d ui-btn-icon-right ui-corner-all ui-shadow';
      var ns = d.createElement('span');
      nb.appendChild(ns); nb.appendChild(sel); wrap.appendChild(nb);
      var upd = function () { ns.textContent = sel.options[sel.selectedIndex] ? sel.options[sel.selectedIndex].text : ''; };
      sel.addEventListener('change', upd); upd();
      return;
    }
    var stale = d.getElementById(id + '-dialog');
    if (stale) stale.remove();
    var btn = d.createElement('a');
    btn.href = '#';
    btn.id = id + '-button';
    btn.setAttribute('role', 'button');
    btn.setAttribute('aria-haspopup', 'true');
    btn.setAttribute('aria-owns', id + '-menu');
    btn.className = 'ui-btn ui-icon-carat-d ui-btn-icon-right ui-corner-all ui-shadow';
    var span = d.createElement('span');
    btn.appendChild(span);
    wrap.appendChild(btn);
    wrap.appendChild(sel);
    sel.setAttribute('tabindex', '-1');
    var box = d.createElement('div');
    box.id = id + '-listbox';
    box.className = 'ui-selectmenu';
    box.setAttribute('data-role', 'popup');
    box.innerHTML = '<div class="ui-header ui-bar-inherit"><h1 class="ui-title"></h1></div>';
    var ul = d.createElement('ul');
    ul.className = 'ui-selectmenu-list';
    ul.id = id + '-menu';
    ul.setAttribute('role', 'listbox');
    ul.setAttribute('aria-labelledby', btn.id);
    box.appendChild(ul);
    wrap.appendChild(box);
    var placeholder = '';
    Array.prototype.forEach.call(sel.options, function (o, i) {
      var li = d.createElement('li'), a = d.createElement('a');
      li.setAttribute('data-option-index', String(i));
      li.setAttribute('data-icon', 'false');
      li.setAttribute('role', 'option');
      if (i === 0 && !o.value) {
        placeholder = o.text;
        li.setAttribute('data-placeholder', 'true');
        li.className = 'ui-screen-hidden';
        o.setAttribute('data-placeholder', 'true');
      }
      if (o.disabled) { li.classList.add('ui-state-disabled'); li.setAttribute('aria-disabled', 'true'); }
      a.href = '#';
      a.setAttribute('tabindex', '-1');
      a.textContent = o.text;
      li.appendChild(a);
      ul.appendChild(li);
    });
    box.querySelector('.ui-title').textContent = placeholder;
    if (!placeholder) box.firstChild.classList.add('ui-screen-hidden');
    listview(ul);
    popup(box);
    var st = { sel: sel, btn: btn, span: span, ul: ul, box: box, label: label, menuPage: null, type: null, open: false };
    sel.__sm = st;
    refreshSelect(sel);
    btn.addEventListener('click', function (e) { e.preventDefault(); openSelect(st); });
    btn.addEventListener('keydown', function (e) { if (e.keyCode === 32) { e.preventDefault(); openSelect(st); } });
    sel.addEventListener('focus', function () { sel.blur(); btn.focus(); });
    sel.addEventListener('change', function () { refreshSelect(sel); });
    ul.addEventListener('click', function (e) {
      var li = e.target.closest('li');
      e.preventDefault();
      if (!li || li.classList.contains('ui-state-disabled')) return;
      var idx = Number(attr(li, 'option-index')), old = sel.selectedIndex;
      sel.selectedIndex = idx;
      refreshSelect(sel);
      if (old !== idx) sel.dispatchEvent(new Event('change', { bubbles: true }));
      closeSelect(st);
    });
    ul.addEventListener('keydown', function (e) {
      var li = e.target.closest('li'), k = e.keyCode, n;
      if (!li) return;
      if (k === 38 || k === 40) {
        n = li;
        do { n = k === 38 ? n.previousElementSibling : n.nextElementSibling; } while (n && n.classList.contains('ui-screen-hidden'));
        if (n) n.firstChild.focus();
        e.preventDefault();
      } else if (k === 13 || k === 32) {
        e.preventDefault();
        li.firstChild.click();
      }
    });
  }

  /* ---- panel ---- */
  function panel(el) {
    if (el.__enh) return; el.__enh = 1;
    var page = el.closest('.ui-page'), pos = attr(el, 'position') || 'left', disp = attr(el, 'display') || 'reveal';
    add(el, 'ui-panel ui-panel-position-' + pos + ' ui-panel-display-' + disp + ' ui-body-' + (attr(el, 'theme') || 'a') + ' ui-panel-animate ui-panel-closed');
    var inner = d.createElement('div');
    inner.className = 'ui-panel-inner';
    while (el.firstChild) inner.appendChild(el.firstChild);
    el.appendChild(inner);
    var parts = kids(page, function (c) { return c.matches('.ui-header,.ui-content,.ui-footer'); });
    if (parts.length && !kids(page, function (c) { return c.classList.contains('ui-panel-wrapper'); }).length) {
      var wrapper = d.createElement('div');
      wrapper.className = 'ui-panel-wrapper';
      page.insertBefore(wrapper, parts[0]);
      parts.forEach(function (c) { wrapper.appendChild(c); });
    }
    var dismiss = d.createElement('div');
    dismiss.className = 'ui-panel-dismiss';
    el.parentNode.insertBefore(dismiss, el.nextSibling);
    el.__dismiss = dismiss; el.__pos = pos; el.__disp = disp;
    dismiss.addEventListener('click', function () { closePanel(el); });
  }
  function openPanel(el) {
    var page = el.closest('.ui-page');
    rm(el, 'ui-panel-closed');
    void el.offsetWidth;
    add(el, 'ui-panel-open');
    add(el.__dismiss, 'ui-panel-dismiss-open ui-panel-dismiss-position-' + el.__pos + ' ui-panel-dismiss-display-' + el.__disp);
    add(page, 'ui-panel-page-container ui-panel-page-container-' + el.__pos);
    setTimeout(function () { fire(el, 'panelopen'); }, 300);
  }
  function closePanel(el, now) {
    var page = el.closest('.ui-page');
    rm(el, 'ui-panel-open');
    el.__dismiss.className = 'ui-panel-dismiss';
    var fin = function () {
      if (el.classList.contains('ui-panel-open')) return;
      add(el, 'ui-panel-closed');
      rm(page, 'ui-panel-page-container ui-panel-page-container-' + el.__pos);
      fire(el, 'panelclose');
    };
    if (now) fin(); else setTimeout(fin, 300);
  }
  M.openPanel = openPanel; M.closePanel = closePanel;

  /* ---- enhancement ---- */
  function enhanceWithin(root) {
    all('[data-role=header],[data-role=footer]', root).forEach(toolbar);
    all('[data-role=content],[role=main]', root).forEach(function (c) { add(c, 'ui-content'); });
    all('input', root).forEach(function (i) {
      if (attr(i, 'role') === 'none' || i.__enh) return;
      i.__enh = 1;
      if (i.type === 'radio' || i.type === 'checkbox') checkboxradio(i);
      else if (/^(text|password|tel|email|number|search|url)$/.test(i.type)) textinput(i);
    });
    all('button', root).forEach(function (b) {
      if (attr(b, 'role') === 'none' || b.__enh) return;
      b.__enh = 1;
      add(b, 'ui-btn ui-shadow ui-corner-all' + (attr(b, 'theme') ? ' ui-btn-' + attr(b, 'theme') : '') + (attr(b, 'inline') === 'true' ? ' ui-btn-inline' : '') +
        (attr(b, 'icon') ? ' ui-icon-' + attr(b, 'icon') + ' ui-btn-icon-' + (attr(b, 'iconpos') || 'left') : ''));
    });
    all('select', root).forEach(selectmenu);
    all('[data-role=controlgroup]', root).forEach(controlgroup);
    all('[data-role=collapsibleset]', root).forEach(function (s) { add(s, 'ui-collapsible-set ui-corner-all'); });
    all('[data-role=collapsible]', root).forEach(collapsible);
    all('[data-role=collapsibleset]', root).forEach(function (s) {
      var c = kids(s, function (x) { return x.classList.contains('ui-collapsible'); });
      if (c.length) { add(c[0], 'ui-first-child'); add(c[c.length - 1], 'ui-last-child'); }
    });
    all('[data-role=listview]', root).forEach(listview);
    all('table[data-role=table]', root).forEach(table);
    all('[data-role=popup]', root).forEach(popup);
    all('[data-role=panel]', root).forEach(panel);
  }
  function enhancePage(page) {
    if (page.__enh) return; page.__enh = 1;
    var dialog = attr(page, 'role') === 'dialog';
    add(page, 'ui-page ui-page-theme-' + (attr(page, 'theme') || 'a') + (dialog ? ' ui-dialog' : ''));
    page.setAttribute('tabindex', '0');
    if (dialog) {
      var box = d.createElement('div');
      box.className = 'ui-dialog-contain ui-overlay-shadow ui-corner-all';
      box.setAttribute('role', 'dialog');
      while (page.firstChild) box.appendChild(page.firstChild);
      page.appendChild(box);
      var hd = box.querySelector('[data-role=header]');
      if (hd) {
        var x = d.createElement('a');
        x.href = '#';
        x.className = 'ui-btn ui-corner-all ui-icon-delete ui-btn-icon-notext ui-btn-left';
        x.setAttribute('data-rel', 'back');
        x.textContent = 'Close';
        hd.insertBefore(x, hd.firstChild);
      }
    }
    fire(page, 'pagebeforecreate');
    enhanceWithin(page);
    fire(page, 'pagecreate');
  }

  /* ---- navigation ---- */
  function displayUrl(page) {
    if (page === firstPage) return docPath;
    if (attr(page, 'external-page') === 'true') return page.getAttribute('data-url');
    return docPath + '#' + page.id;
  }
  function focusPage(pg) {
    var af = pg.querySelector('[autofocus]');
    if (af) { af.focus(); return; }
    var t = pg.querySelector('.ui-title');
    if (t) t.focus(); else pg.focus({ preventScroll: true });
  }
  function transition(from, to, name, reverse, done) {
    var t = TR[name] || TR.fade, rv = reverse ? ' reverse' : '', body = d.body;
    if (!from || name === 'none') {
      if (from) rm(from, 'ui-page-active');
      add(to, 'ui-page-active');
      w.scrollTo(0, 0);
      done();
      return;
    }
    add(body, 'ui-mobile-viewport-transitioning viewport-' + name);
    var show = function () {
      add(to, 'ui-page-active ' + name + ' in' + rv);
      w.scrollTo(0, 0);
      setTimeout(function () {
        rm(to, name + ' in reverse');
        rm(body, 'ui-mobile-viewport-transitioning viewport-' + name);
        done();
      }, t[1]);
    };
    var hide = function () { rm(from, 'ui-page-active ' + name + ' out reverse'); };
    add(from, name + ' out' + rv);
    if (t[2]) { show(); setTimeout(hide, t[0]); } else setTimeout(function () { hide(); show(); }, t[0]);
  }
  function next() { var q = M.queue.shift(); if (q) M.changePage(q[0], q[1]); }
  function load(url, cb) {
    var timer = setTimeout(function () { M.loading('show'); }, 50);
    var x = new XMLHttpRequest();
    var fail = function () {
      clearTimeout(timer);
      M.loading('show', 'Error Loading Page');
      setTimeout(function () { M.loading('hide'); }, 1500);
      cb(null);
    };
    x.open('GET', url);
    x.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    x.setRequestHeader('Accept', 'text/html, */*; q=0.01');
    x.onload = function () {
      if (x.status < 200 || x.status >= 300) { fail(); return; }
      clearTimeout(timer);
      M.loading('hide');
      var doc = new DOMParser().parseFromString(x.responseText, 'text/html');
      var src = doc.querySelector('[data-role=page],[data-role=dialog]');
      if (!src) { fail(); return; }
      var page = d.importNode(src, true);
      var fin = x.responseURL ? new URL(x.responseURL) : null;
      page.setAttribute('data-url', page.getAttribute('data-url') || (fin ? fin.pathname + fin.search : url));
      page.setAttribute('data-external-page', 'true');
      if (!page.getAttribute('data-title') && doc.title) page.setAttribute('data-title', doc.title);
      fire(d.body, 'pagecontainerload', { page: page, url: url });
      d.body.insertBefore(page, loader);
      enhancePage(page);
      cb(page);
    };
    x.onerror = fail;
    x.send();
  }
  M.changePage = function (to, opt) {
    opt = opt || {};
    if (M.busy) { M.queue.push([to, opt]); return; }
    if (typeof to === 'string') {
      var found = to.charAt(0) === '#' ? pageById(to.slice(1)) : findByUrl(to);
      if (found) { M.changePage(found, opt); return; }
      if (to.charAt(0) === '#') return;
      M.busy = true;
      load(to, function (pg) { M.busy = false; if (pg) M.changePage(pg, opt); else next(); });
      return;
    }
    var from = M.activePage;
    if (to === from) { next(); return; }
    M.busy = true;
    if (M.popup) closeNow(M.popup);
    if (from) all('.ui-panel-open', from).forEach(function (p) { closePanel(p, true); });
    var dialog = to.classList.contains('ui-dialog');
    var name = opt.transition || attr(to, 'transition') || (dialog ? 'pop' : 'fade');
    if (!TR[name]) name = 'fade';
    if (!opt.fromHistory) {
      w.history.pushState({ jqmUrl: to.getAttribute('data-url') }, '', dialog ? dialogHash(w.location.href) : displayUrl(to));
    }
    if (from) fire(from, 'pagebeforehide', { nextPage: to });
    fire(to, 'pagebeforeshow', { prevPage: from });
    M.activePage = to;
    transition(from, to, name, !!opt.reverse, function () {
      M.activePage = to;
      to.__tr = opt.fromHistory ? to.__tr || name : name;
      to.style.minHeight = w.innerHeight + 'px';
      var ttl = to.querySelector('.ui-header .ui-title');
      d.title = attr(to, 'title') || (ttl ? ttl.textContent : d.title);
      all('a.ui-btn-active.jqm-pressed').forEach(function (a) { rm(a, 'ui-btn-active jqm-pressed'); });
      if (from) {
        fire(from, 'pagehide', { nextPage: to });
        if (attr(from, 'external-page') === 'true' && !dialog && attr(from, 'dom-cache') !== 'true') from.remove();
      }
      fire(to, 'pageshow', { prevPage: from });
      fire(d.body, 'pagecontainershow', { toPage: to, prevPage: from });
      focusPage(to);
      M.busy = false;
      next();
    });
  };
  M.back = function () { if (M.popup) M.closePopup(); else w.history.back(); };

  w.addEventListener('popstate', function (e) {
    if (M.popup) { if (!M.popup.__closing) closeNow(M.popup); return; }
    var st = e.state || {};
    if (st.jqmPopup) return;
    var u = st.jqmUrl || (firstPage && firstPage.getAttribute('data-url'));
    var from = M.activePage;
    var tr = from && from.classList.contains('ui-dialog') ? 'pop' : (from && from.__tr) || 'fade';
    M.changePage(findByUrl(u) || u, { fromHistory: true, reverse: true, transition: tr });
  });

  d.addEventListener('click', function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var a = e.target.closest('a');
    if (!a) return;
    var href = a.getAttribute('href'), rel = attr(a, 'rel');
    if (rel === 'back') { e.preventDefault(); M.back(); return; }
    if (!href || href === '#') { e.preventDefault(); return; }
    if (href.charAt(0) === '#') {
      e.preventDefault();
      var tgt = byId(href.slice(1));
      if (!tgt) return;
      if (tgt.__p) { M.openPopup(tgt, { positionTo: attr(a, 'position-to') === 'window' ? null : a }); return; }
      if (tgt.classList.contains('ui-panel')) { if (tgt.classList.contains('ui-panel-open')) closePanel(tgt); else openPanel(tgt); return; }
      if (tgt.classList.contains('ui-page')) M.changePage(tgt, { transition: attr(a, 'transition'), reverse: attr(a, 'direction') === 'reverse' });
      return;
    }
    if (attr(a, 'ajax') === 'false' || a.getAttribute('rel') === 'external' || a.target || a.hasAttribute('download')) return;
    var url = new URL(href, w.location.href);
    if (url.origin !== w.location.origin) return;
    e.preventDefault();
    if (a.classList.contains('ui-btn')) add(a, 'ui-btn-active jqm-pressed');
    M.changePage(url.pathname + url.search, { transition: attr(a, 'transition'), reverse: attr(a, 'direction') === 'reverse' });
  });
  d.addEventListener('keyup', function (e) {
    if (e.keyCode !== 27) return;
    if (M.popup) { M.closePopup(); return; }
    var op = M.activePage && M.activePage.querySelector('.ui-panel-open');
    if (op) closePanel(op);
  });
  d.addEventListener('focusin', function (e) {
    if (M.popup && !M.popup.__closing && !M.popup.__p.cont.contains(e.target)) M.popup.__p.cont.focus({ preventScroll: true });
  });

  function init() {
    html.classList.add('ui-mobile');
    add(d.body, 'ui-mobile-viewport ui-overlay-a');
    loader = d.createElement('div');
    loader.className = 'ui-loader ui-corner-all ui-body-a ui-loader-default';
    loader.innerHTML = '<span class="ui-icon-loading"></span><h1>loading</h1>';
    d.body.appendChild(loader);
    docPath = w.location.pathname + w.location.search;
    var list = kids(d.body, function (c) { return attr(c, 'role') === 'page' || attr(c, 'role') === 'dialog'; });
    firstPage = list[0];
    if (!firstPage) return;
    list.forEach(function (p, i) {
      if (!p.getAttribute('data-url')) p.setAttribute('data-url', i === 0 ? docPath : p.id);
      enhancePage(p);
    });
    var h = w.location.hash.replace(/^#/, ''), start = firstPage;
    if (h && h.indexOf('ui-state') < 0) { var hp = pageById(h); if (hp) start = hp; }
    w.history.replaceState({ jqmUrl: start.getAttribute('data-url') }, '', displayUrl(start));
    transition(null, start, 'none', false, function () {
      M.activePage = start;
      start.style.minHeight = w.innerHeight + 'px';
      fire(start, 'pageshow', {});
      fire(d.body, 'pagecontainershow', { toPage: start });
      focusPage(start);
    });
  }
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', init); else init();
})(window, document);
`;

// ---------------------------------------------------------------------------------------------
// The portal's own script (what the site's developers wrote on top of the framework).
// ---------------------------------------------------------------------------------------------

const APP_JS = String.raw`
(function (w, d) {
  'use strict';
  var M = w.jqm;
  var PASS = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
  var USER_RULE = ${JSON.stringify(USER_RULE)};
  var PASS_RULE = ${JSON.stringify(PASS_RULE)};
  var NOTES = ${JSON.stringify(MODE_NOTES)};
  function enc(o) { return Object.keys(o).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(o[k]); }).join('&'); }
  function msg(title, text, after) {
    var pop = M.activePage.querySelector('.app-msg');
    pop.querySelector('.ui-title').textContent = title;
    pop.querySelector('.app-msg-text').textContent = text;
    if (after) M.once(pop, 'popupafterclose', after);
    M.openPopup(pop);
  }
  function post(url, fields, done) {
    M.loading('show');
    var x = new XMLHttpRequest();
    x.open('POST', url);
    x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8');
    x.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    x.setRequestHeader('Accept', 'application/json, text/javascript, */*; q=0.01');
    x.onload = function () {
      M.loading('hide');
      var r = null;
      try { r = JSON.parse(x.responseText); } catch (e) { r = null; }
      if (x.status === 401 || (r && r.expired)) {
        msg('Session Expired', (r && r.message) || 'Your session has expired. Please login again.', function () {
          M.changePage((r && r.redirect) || '/Home/Login?expired=1');
        });
        return;
      }
      if (!r) { msg('Error', 'Unable to process your request at present. Please try again.'); return; }
      done(r);
    };
    x.onerror = function () { M.loading('hide'); msg('Error', 'Unable to connect to the server. Please try again.'); };
    x.send(enc(fields));
  }
  function newCaptcha(root) {
    var img = root && root.querySelector('#captcha_image');
    if (img) img.src = '/get-captcha-image?r=' + Date.now();
  }
  function otp(f) {
    var o = f.elements.Otp.value.trim();
    if (!/^\d{6}$/.test(o)) { msg('Error', 'Please enter the 6 digit OTP.'); return; }
    post(f.getAttribute('action'), { Otp: o }, function (r) {
      f.elements.Otp.value = '';
      if (r.ok) M.changePage(r.next); else msg('Error', r.message);
    });
  }
  function fillTable(t, rows) {
    var tb = t.querySelector('tbody');
    tb.innerHTML = '';
    rows.forEach(function (r, i) {
      var tr = d.createElement('tr');
      [String(i + 1), r.gsp, r.username, r.createdOn].forEach(function (v) { var td = d.createElement('td'); td.textContent = v; tr.appendChild(td); });
      tb.appendChild(tr);
    });
    M.tableRefresh(t);
  }
  function showMode(pg, v) {
    var g = pg.querySelector('#divGspDetails'), note = pg.querySelector('#pModeNote');
    if (g) g.style.display = v === 'G' ? '' : 'none';
    if (note) { note.textContent = NOTES[v] || ''; note.style.display = NOTES[v] ? '' : 'none'; }
  }
  var forms = {
    login: function (f) {
      var u = f.elements['UserLogin.UserName'].value.trim(), p = f.elements['UserLogin.Password'].value, c = f.elements.CaptchaCode.value.trim();
      if (!u) { msg('Error', 'Please enter User Name.'); return; }
      if (!p) { msg('Error', 'Please enter Password.'); return; }
      if (!c) { msg('Error', 'Please enter the Captcha.'); return; }
      post(f.getAttribute('action'), { 'UserLogin.UserName': u, 'UserLogin.Password': p, CaptchaCode: c }, function (r) {
        f.elements.CaptchaCode.value = '';
        newCaptcha(f);
        if (r.ok) { f.elements['UserLogin.Password'].value = ''; M.changePage(r.next); return; }
        if (r.field === 'login') f.elements['UserLogin.Password'].value = '';
        msg('Error', r.message);
      });
    },
    otp: otp,
    apireg: function (f) {
      var mode = f.querySelector('input[name=RegMode]:checked');
      if (!mode) { msg('Error', 'Please select how you wish to register your GSTIN.'); return; }
      if (mode.value !== 'G') { msg('Error', 'Registration through this option is not enabled for your GSTIN. Please choose Through GSP.'); return; }
      var sel = f.elements.GspCode;
      if (!sel.value) { msg('Error', 'Please select your GSP.'); return; }
      var u = f.elements.UserName.value.trim(), p = f.elements.Password.value, p2 = f.elements.RePassword.value;
      if (!/^[A-Za-z0-9]{4,11}$/.test(u)) { msg('Error', USER_RULE); return; }
      if (!PASS.test(p)) { msg('Error', PASS_RULE); return; }
      if (p !== p2) { msg('Error', 'Password and Re-enter Password do not match.'); return; }
      var gsp = sel.options[sel.selectedIndex].text;
      var pop = M.activePage.querySelector('#popupConfirm');
      pop.querySelector('.app-confirm-text').textContent = 'Do you want to create the API user API_' + u + ' through ' + gsp + '?';
      pop.__onOk = function () {
        post(f.getAttribute('action'), { RegMode: mode.value, GspCode: sel.value, UserName: u, Password: p, RePassword: p2 }, function (r) {
          var t = M.activePage.querySelector('#tblRegisteredGsp');
          if (r.rows && t) fillTable(t, r.rows);
          if (r.ok) {
            f.reset();
            M.refreshChecks(f);
            M.selectRefresh(sel);
            showMode(M.activePage, '');
            msg('Success', r.message);
          } else {
            msg('Error', r.message);
          }
        });
      };
      M.openPopup(pop);
    }
  };
  d.addEventListener('submit', function (e) {
    var f = e.target, k = f.getAttribute('data-app');
    if (!k || !forms[k]) return;
    e.preventDefault();
    forms[k](f);
  });
  d.addEventListener('click', function (e) {
    var a = e.target.closest('a');
    if (!a) return;
    if (a.classList.contains('app-resend')) {
      e.preventDefault();
      var box = a.closest('.ui-page').querySelector('.app-otp-msg');
      post(a.getAttribute('data-post'), {}, function (r) {
        box.textContent = r.message;
        box.className = 'app-otp-msg ' + (r.ok ? 'msg-success' : 'msg-error');
      });
    } else if (a.id === 'btnRefreshCaptcha') {
      e.preventDefault();
      newCaptcha(a.closest('form'));
    } else if (a.id === 'btnConfirmOk') {
      e.preventDefault();
      var pop = a.closest('.ui-popup'), fn = pop.__onOk;
      pop.__onOk = null;
      if (fn) M.once(pop, 'popupafterclose', fn);
      M.closePopup();
    }
  });
  d.addEventListener('change', function (e) {
    var t = e.target;
    if (t.name === 'RegMode') showMode(t.closest('.ui-page'), t.value);
  });
  d.addEventListener('pagecontainerload', function (e) {
    var id = e.detail.page.id;
    if (!id) return;
    Array.prototype.slice.call(d.querySelectorAll('.ui-page')).forEach(function (p) { if (p.id === id && p !== M.activePage) p.remove(); });
  });
  d.addEventListener('pageshow', function (e) {
    var pg = e.target;
    if (pg.id === 'mainmenu' && pg.getAttribute('data-show-contacts') === 'true' && !pg.__contacts) {
      pg.__contacts = true;
      setTimeout(function () { if (M.activePage === pg) M.openPopup(pg.querySelector('#popupTechContact'), {}); }, 150);
    }
  });
})(window, document);
`;

// ---------------------------------------------------------------------------------------------
// Markup (as a jQuery Mobile author writes it, before enhancement).
// ---------------------------------------------------------------------------------------------

function documentHtml(title: string, pages: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
<script>${RUNTIME_JS}</script>
<script>${APP_JS}</script>
</head>
<body>
${pages}
</body>
</html>`;
}

interface PageSpec {
  id: string;
  title: string;
  content: string;
  left?: string;
  right?: string;
  panel?: string;
  popups?: string;
  attrs?: string;
}

function msgPopup(pageId: string): string {
  return `<div data-role="popup" id="popupMsg-${pageId}" class="app-msg" data-overlay-theme="b" data-dismissible="false" data-transition="pop" style="max-width:420px">
<div data-role="header"><h1>Message</h1></div>
<div role="main" class="ui-content"><p class="app-msg-text"></p><a href="#" data-rel="back" class="ui-btn ui-corner-all ui-shadow ui-btn-inline ui-btn-b">OK</a></div>
</div>`;
}

function page(p: PageSpec): string {
  return `<div data-role="page" id="${p.id}"${p.attrs ?? ''}>
${p.panel ?? ''}
<div data-role="header">${p.left ?? ''}<h1>${esc(p.title)}</h1>${p.right ?? ''}</div>
<div role="main" class="ui-content">
${p.content}
</div>
<div data-role="footer"><h4>e-Invoice System &middot; Goods and Services Tax Network</h4></div>
${msgPopup(p.id)}
${p.popups ?? ''}
</div>`;
}

function menuButton(pageId: string): string {
  return `<a href="#nav-${pageId}" class="ui-btn ui-btn-left ui-corner-all ui-shadow ui-icon-bars ui-btn-icon-left">Menu</a>`;
}

const LOGOUT_BUTTON =
  '<a href="/Home/Logout" data-ajax="false" class="ui-btn ui-btn-right ui-corner-all ui-shadow ui-icon-power ui-btn-icon-left">Logout</a>';

function navPanel(pageId: string, gstin: string): string {
  const leaf = (href: string, text: string) => `<li><a href="${href}">${esc(text)}</a></li>`;
  return `<div data-role="panel" id="nav-${pageId}" data-display="overlay" data-position="left" data-theme="a">
<ul data-role="listview">
<li data-role="list-divider">GSTIN: ${esc(gstin)}</li>
${leaf('/Home/MainMenu', 'Dash Board')}
</ul>
<div data-role="collapsibleset" data-inset="false">
<div data-role="collapsible"><h3>e-Invoice</h3>
<ul data-role="listview">${leaf('/Invoice/Generate', 'Generate IRN')}${leaf('/Invoice/Cancel', 'Cancel IRN')}${leaf('/Invoice/BulkUpload', 'Bulk Upload')}</ul>
</div>
<div data-role="collapsible"><h3>API Registration</h3>
<div data-role="collapsible" data-inset="false"><h4>User Credentials</h4>
<ul data-role="listview">${leaf('/ApiRegistration/CreateApiUser', 'Create API User')}</ul>
</div>
<ul data-role="listview">${leaf('/ApiRegistration/IpWhitelisting', 'IP Whitelisting')}${leaf('/ApiRegistration/FreezeApiUser', 'Freeze API User')}${leaf('/ApiRegistration/ChangeApiPassword', 'Change API Password')}</ul>
</div>
<div data-role="collapsible"><h3>MIS Reports</h3>
<ul data-role="listview">${leaf('/MisRpt', 'MIS Reports')}${leaf('/MisRpt/IrnDetails', 'IRN Details')}</ul>
</div>
<div data-role="collapsible"><h3>User Management</h3>
<ul data-role="listview">${leaf('/UserManagement/CreateSubUser', 'Create Sub User')}${leaf('/UserManagement/UpdateContacts', 'Update Contact Details')}</ul>
</div>
</div>
</div>`;
}

function captchaSrc(): string {
  return `/get-captcha-image?r=${randomBytes(4).toString('hex')}`;
}

function homePage(): string {
  const content = `<div class="app-hero"><img src="${LOGO}" alt="e-Invoice System" width="72" height="72"><div><h2>e-Invoice System</h2><p>Invoice Registration Portal &middot; Goods and Services Tax</p></div></div>
<p>Registered persons generate the Invoice Reference Number (IRN) for their B2B invoices here, directly or through their GSP, ERP or API.</p>
<ul data-role="listview" data-inset="true">
<li data-role="list-divider">Latest Updates</li>
<li>Two-factor authentication is mandatory for every login from 1st April 2025.</li>
<li>A taxpayer may create a separate API user for each GSP used for the same GSTIN.</li>
<li><a href="#login" data-transition="slide">Login to the e-Invoice System</a></li>
</ul>`;
  return page({
    id: 'home',
    title: 'e-Invoice System',
    content,
    right:
      '<a href="#login" id="btnLogin" data-transition="slide" class="homepageloginbtn ui-btn ui-btn-right ui-corner-all ui-shadow ui-icon-user ui-btn-icon-left">Login</a>',
  });
}

function loginPage(internal: boolean, expired: boolean, dataUrl?: string): string {
  const home = internal
    ? '<a href="#home" data-transition="slide" data-direction="reverse" class="ui-btn ui-btn-left ui-corner-all ui-shadow ui-icon-home ui-btn-icon-left">Home</a>'
    : '<a href="/" data-ajax="false" class="ui-btn ui-btn-left ui-corner-all ui-shadow ui-icon-home ui-btn-icon-left">Home</a>';
  const note = expired ? `<p class="msg-error app-flash">${esc(EXPIRED_TEXT)}</p>` : '';
  const content = `<div class="app-narrow">
${note}
<h2>Login to e-Invoice System</h2>
<form id="frmLogin" action="/Home/Login" method="post" data-ajax="false" data-app="login" autocomplete="off">
<label for="txtUserName">User Name <span class="req">*</span></label>
<input type="text" id="txtUserName" name="UserLogin.UserName" maxlength="15" placeholder="Enter User Name" autocomplete="username">
<label for="txt_password">Password <span class="req">*</span></label>
<input type="password" id="txt_password" name="UserLogin.Password" maxlength="15" placeholder="Enter Password" autocomplete="current-password">
<div class="app-captcha"><img id="captcha_image" src="${captchaSrc()}" alt="Captcha" width="150" height="50"><a href="#" id="btnRefreshCaptcha" title="Refresh Captcha" class="ui-btn ui-corner-all ui-shadow ui-btn-inline ui-icon-refresh ui-btn-icon-notext">Refresh Captcha</a></div>
<label for="CaptchaCode">Enter Captcha <span class="req">*</span></label>
<input type="text" id="CaptchaCode" name="CaptchaCode" maxlength="5" placeholder="Enter the characters shown above" autocomplete="off">
<button type="submit" id="btnLoginSubmit" class="btnlogin" data-theme="b">Login</button>
</form>
<p class="app-hint">OTP based two-factor authentication follows the user name and password.</p>
</div>`;
  return page({
    id: 'login',
    title: 'Login',
    content,
    left: home,
    attrs: dataUrl ? ` data-url="${esc(dataUrl)}" data-title="Login | e-Invoice System"` : '',
  });
}

function loginOtpPage(): string {
  const content = `<div class="app-narrow">
<h2>Two-Factor Authentication</h2>
<p class="app-otp-msg msg-success">OTP has been sent to your registered mobile number ${MOBILE_MASK} and to the Sandes app.</p>
<p class="app-hint">You may also enter the code shown in the NIC-GST-Shield app.</p>
<form id="frmLoginOtp" action="/Home/VerifyLoginOtp" method="post" data-ajax="false" data-app="otp" autocomplete="off">
<label for="txtOtp">Enter OTP <span class="req">*</span></label>
<input type="text" id="txtOtp" name="Otp" maxlength="6" inputmode="numeric" autocomplete="one-time-code" placeholder="6 digit OTP">
<button type="submit" id="btnVerifyOTP" data-theme="b">Verify OTP</button>
</form>
<a href="#" class="ui-btn ui-corner-all ui-shadow ui-btn-inline app-resend" data-post="/Home/ResendLoginOtp">Resend OTP</a>
</div>`;
  return page({
    id: 'loginotp',
    title: 'OTP Verification',
    content,
    left: '<a href="/Home/Logout" data-ajax="false" class="ui-btn ui-btn-left ui-corner-all ui-shadow ui-icon-delete ui-btn-icon-left">Cancel</a>',
  });
}

function mainMenuPage(gstin: string, user: string, showContacts: boolean): string {
  const content = `<p>Welcome <strong>${esc(user)}</strong> &middot; ${esc(TRADE_NAME)} &middot; GSTIN <strong>${esc(gstin)}</strong></p>
<div class="ui-grid-a">
<div class="ui-block-a"><div class="ui-body ui-body-a ui-corner-all app-card"><h3>Generations</h3><p class="app-count">0</p><p>IRNs generated today</p></div></div>
<div class="ui-block-b"><div class="ui-body ui-body-a ui-corner-all app-card"><h3>Cancelled</h3><p class="app-count">0</p><p>IRNs cancelled today</p></div></div>
</div>
<p class="app-hint">Open the Menu for e-Invoice, API Registration, MIS Reports and User Management.</p>`;
  const contacts = `<div data-role="popup" id="popupTechContact" data-overlay-theme="b" data-dismissible="false" data-transition="pop" style="max-width:560px">
<a href="#" data-rel="back" class="ui-btn ui-corner-all ui-shadow ui-btn-a ui-icon-delete ui-btn-icon-notext ui-btn-right">Close</a>
<div data-role="header"><h1>Contacts of Technical Person</h1></div>
<div role="main" class="ui-content">
<p>Please check the details of the technical contact person for GSTIN ${esc(gstin)}. They can be changed under User Management.</p>
<table class="app-contact"><tbody>
<tr><th>Name</th><td>Suresh Patil</td></tr>
<tr><th>Mobile</th><td>98XXXXXX21</td></tr>
<tr><th>E-mail</th><td>su****@sahyadritex.in</td></tr>
</tbody></table>
<a href="#" data-rel="back" class="ui-btn ui-corner-all ui-shadow ui-btn-inline app-btn-exit">Exit</a>
</div>
</div>`;
  return page({
    id: 'mainmenu',
    title: 'Dash Board',
    content,
    left: menuButton('mainmenu'),
    right: LOGOUT_BUTTON,
    panel: navPanel('mainmenu', gstin),
    popups: contacts,
    attrs: ` data-show-contacts="${showContacts ? 'true' : 'false'}"`,
  });
}

function createApiUserPage(gstin: string): string {
  const content = `<div class="app-narrow">
<h2>Create API User</h2>
<p class="app-otp-msg msg-success">An OTP has been sent to your registered mobile number ${MOBILE_MASK}.</p>
<form id="frmApiOtp" action="/ApiRegistration/VerifyOtp" method="post" data-ajax="false" data-app="otp" autocomplete="off">
<label for="txtApiOtp">Enter OTP <span class="req">*</span></label>
<input type="text" id="txtApiOtp" name="Otp" maxlength="6" inputmode="numeric" autocomplete="one-time-code" placeholder="6 digit OTP">
<button type="submit" id="btnVerifyApiOtp" data-theme="b" data-inline="true">Verify OTP</button>
<a href="#" class="ui-btn ui-corner-all ui-shadow ui-btn-inline app-resend" data-post="/ApiRegistration/SendOtp">Resend OTP</a>
</form>
</div>`;
  return page({
    id: 'createapiuser',
    title: 'API Registration',
    content,
    left: menuButton('createapiuser'),
    right: LOGOUT_BUTTON,
    panel: navPanel('createapiuser', gstin),
  });
}

interface Row {
  gsp: string;
  username: string;
  createdOn: string;
}

function rowsHtml(rows: Row[]): string {
  return rows
    .map(
      (r, i) =>
        `<tr><td>${i + 1}</td><td>${esc(r.gsp)}</td><td>${esc(r.username)}</td><td>${esc(r.createdOn)}</td></tr>`,
    )
    .join('\n');
}

function registerPage(gstin: string, rows: Row[]): string {
  const radio = (id: string, value: string, text: string) =>
    `<input type="radio" name="RegMode" id="${id}" value="${value}"><label for="${id}">${esc(text)}</label>`;
  const options = GSPS.map((g) => `<option value="${g.code}">${esc(g.name)}</option>`).join('');
  const content = `<div class="app-narrow">
<h2>Create API User</h2>
<form id="frmApiRegistration" action="/ApiRegistration/Register" method="post" data-ajax="false" data-app="apireg" autocomplete="off">
<div class="ui-field-contain"><label for="txtGstin">GSTIN</label><input type="text" id="txtGstin" value="${esc(gstin)}" readonly></div>
<fieldset data-role="controlgroup" id="fsRegMode">
<legend>Do you wish to Register your GSTIN for <span class="req">*</span></legend>
${radio('rdoDirect', 'D', 'Directly')}
${radio('rdoGsp', 'G', 'Through GSP')}
${radio('rdoErp', 'E', 'Through ERP')}
${radio('rdoOther', 'O', 'Through Client-Id of other')}
</fieldset>
<p id="pModeNote" class="msg-info" style="display:none"></p>
<div id="divGspDetails" style="display:none">
<div class="ui-field-contain">
<label for="ddlGsp">Select your GSP <span class="req">*</span></label>
<select id="ddlGsp" name="GspCode" data-native-menu="false"><option value="">-- Select GSP --</option>${options}</select>
</div>
<div class="ui-field-contain">
<label for="txtApiUserName">Username <span class="req">*</span></label>
<div data-role="controlgroup" data-type="horizontal" class="app-prefix-group"><span class="ui-btn ui-corner-all app-prefix">API_</span><input type="text" id="txtApiUserName" name="UserName" maxlength="11" data-wrapper-class="controlgroup-textinput ui-btn" autocomplete="off"></div>
</div>
<div class="ui-field-contain">
<label for="txtApiPassword">Password <span class="req">*</span></label>
<input type="password" id="txtApiPassword" name="Password" maxlength="15" autocomplete="new-password">
</div>
<div class="ui-field-contain">
<label for="txtApiRePassword">Re-enter Password <span class="req">*</span></label>
<input type="password" id="txtApiRePassword" name="RePassword" maxlength="15" autocomplete="new-password">
</div>
<p class="app-hint">${esc(USER_RULE)} ${esc(PASS_RULE)}</p>
</div>
<button type="submit" id="btnSubmitApiUser" data-theme="b" data-inline="true">Submit</button>
<a href="/Home/MainMenu" class="ui-btn ui-corner-all ui-shadow ui-btn-inline" data-direction="reverse">Exit</a>
</form>
<h3>GSPs registered for this GSTIN</h3>
<table data-role="table" id="tblRegisteredGsp" data-mode="reflow" class="ui-responsive app-table">
<thead><tr><th>Sl. No.</th><th>GSP Name</th><th>API User Name</th><th>Created On</th></tr></thead>
<tbody>
${rowsHtml(rows)}
</tbody>
</table>
</div>`;
  const confirm = `<div data-role="popup" id="popupConfirm" data-overlay-theme="b" data-dismissible="false" data-transition="pop" style="max-width:460px">
<div data-role="header"><h1>Confirm</h1></div>
<div role="main" class="ui-content">
<p class="app-confirm-text"></p>
<a href="#" id="btnConfirmOk" class="ui-btn ui-corner-all ui-shadow ui-btn-inline ui-btn-b">OK</a>
<a href="#" data-rel="back" class="ui-btn ui-corner-all ui-shadow ui-btn-inline">Cancel</a>
</div>
</div>`;
  return page({
    id: 'apiregister',
    title: 'API Registration',
    content,
    left: menuButton('apiregister'),
    right: LOGOUT_BUTTON,
    panel: navPanel('apiregister', gstin),
    popups: confirm,
  });
}

function otherPage(path: string, title: string, gstin: string): string {
  const id = `pg-${path
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()}`;
  return page({
    id,
    title,
    content: `<h2>${esc(title)}</h2><p>No records found for GSTIN ${esc(gstin)}.</p><a href="/Home/MainMenu" class="ui-btn ui-corner-all ui-shadow ui-btn-inline" data-direction="reverse">Back to Dash Board</a>`,
    left: menuButton(id),
    right: LOGOUT_BUTTON,
    panel: navPanel(id, gstin),
  });
}

function notFoundPage(): string {
  return page({
    id: 'notfound',
    title: 'Page Not Found',
    content:
      '<p class="msg-error">The page you requested was not found.</p><a href="/" data-ajax="false" class="ui-btn ui-corner-all ui-shadow ui-btn-inline">Home</a>',
  });
}

function captchaSvg(text: string): string {
  const rnd = (a: number, b: number) => a + Math.random() * (b - a);
  const colours = ['#1d3557', '#6a040f', '#2b9348', '#3c096c', '#9c6644'];
  let out = `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0 0 150 50"><rect width="150" height="50" fill="#f1f4ea"/>`;
  for (let i = 0; i < 40; i += 1) {
    out += `<circle cx="${rnd(0, 150).toFixed(1)}" cy="${rnd(0, 50).toFixed(1)}" r="${rnd(0.5, 1.8).toFixed(1)}" fill="#8a8f7a"/>`;
  }
  [...text].forEach((ch, i) => {
    const x = 18 + i * 27 + rnd(-3, 3);
    const y = 35 + rnd(-5, 5);
    const colour = colours[i % colours.length] ?? '#333';
    out += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="Georgia,serif" font-size="${rnd(26, 32).toFixed(0)}" font-weight="bold" fill="${colour}" transform="rotate(${rnd(-22, 22).toFixed(0)} ${x.toFixed(1)} ${y.toFixed(1)})">${esc(ch)}</text>`;
  });
  for (let i = 0; i < 5; i += 1) {
    out += `<path d="M${rnd(0, 30).toFixed(0)} ${rnd(5, 45).toFixed(0)} Q${rnd(40, 110).toFixed(0)} ${rnd(-10, 60).toFixed(0)} ${rnd(120, 150).toFixed(0)} ${rnd(5, 45).toFixed(0)}" stroke="#555" stroke-width="${rnd(0.8, 1.6).toFixed(1)}" fill="none"/>`;
  }
  return `${out}</svg>`;
}

// ---------------------------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------------------------

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'auth';
  user: string;
  apiOtpSent: boolean;
  apiVerified: boolean;
  contactsPending: boolean;
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
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

export async function startJqmobileR21Rendition(
  options: JqmobileR21Options = {},
): Promise<JqmobileR21Rendition> {
  const state: JqmobileR21State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** The older registration that existed before the server started (kept out of state.users). */
  const seeded: { gstin: string; gsp: string; username: string; createdOn: string }[] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: 'API_tera27aapf',
      createdOn: '2021-03-18T10:42:00.000Z',
    },
  ];
  const sessions = new Map<string, Session>();
  let expiryFired = false;

  const registeredRows = (): Row[] =>
    [...seeded, ...state.users]
      .filter((r) => r.gstin === state.gstin)
      .map((r) => ({ gsp: r.gsp, username: r.username, createdOn: fmtDate(r.createdOn) }));

  const send = (
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    headers: Record<string, string | string[]> = {},
  ) => {
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    });
    res.end(body);
  };
  const sendHtml = (
    res: ServerResponse,
    title: string,
    pages: string,
    headers: Record<string, string> = {},
  ) => send(res, 200, 'text/html; charset=utf-8', documentHtml(title, pages), headers);
  const sendJson = (res: ServerResponse, obj: unknown, status = 200) =>
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(obj));
  const redirect = (res: ServerResponse, location: string, headers: Record<string, string> = {}) =>
    send(res, 302, 'text/plain; charset=utf-8', `Redirecting to ${location}`, {
      Location: location,
      ...headers,
    });

  const newSession = (): { s: Session; cookie: string } => {
    const s: Session = {
      id: randomBytes(18).toString('base64url'),
      stage: 'anon',
      user: '',
      apiOtpSent: false,
      apiVerified: false,
      contactsPending: false,
    };
    sessions.set(s.id, s);
    return { s, cookie: `${COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Lax` };
  };

  const fireExpiry = (stage: JqmobileR21Expiry, s: Session): boolean => {
    if (options.expireOnce !== stage || expiryFired) return false;
    expiryFired = true;
    sessions.delete(s.id);
    state.expired.push(stage);
    return true;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    const method = req.method ?? 'GET';
    const sid = parseCookies(req.headers.cookie)[COOKIE];
    const hadCookie = sid !== undefined;
    let session = sid ? sessions.get(sid) : undefined;

    const lostPage = () => redirect(res, hadCookie ? '/Home/Login?expired=1' : '/Home/Login');
    const lostJson = () =>
      sendJson(
        res,
        { ok: false, expired: true, message: EXPIRED_TEXT, redirect: '/Home/Login?expired=1' },
        401,
      );
    const ensure = (): Record<string, string> => {
      if (session) return {};
      const n = newSession();
      session = n.s;
      return { 'Set-Cookie': n.cookie };
    };

    if (method === 'GET' || method === 'HEAD') {
      if (path === '/favicon.ico') {
        send(res, 204, 'image/x-icon', '');
        return;
      }
      if (path === '/get-captcha-image') {
        send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
        return;
      }
      if (path === '/') {
        const h = ensure();
        sendHtml(res, 'e-Invoice System', homePage() + loginPage(true, false), h);
        return;
      }
      if (path === '/Home/Login') {
        const h = ensure();
        if (session?.stage === 'auth') {
          redirect(res, '/Home/MainMenu', h);
          return;
        }
        const expired = url.searchParams.get('expired') === '1';
        sendHtml(
          res,
          'Login | e-Invoice System',
          loginPage(false, expired, `/Home/Login${expired ? '?expired=1' : ''}`),
          h,
        );
        return;
      }
      if (path === '/Home/Logout') {
        if (session) sessions.delete(session.id);
        redirect(res, '/', { 'Set-Cookie': `${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` });
        return;
      }
      if (path === '/Home/LoginOtp') {
        if (!session) return lostPage();
        if (session.stage === 'auth') return redirect(res, '/Home/MainMenu');
        if (session.stage !== 'otp') return redirect(res, '/Home/Login');
        sendHtml(res, 'OTP Verification | e-Invoice System', loginOtpPage());
        return;
      }
      const authPages =
        path === '/Home/MainMenu' ||
        path === '/ApiRegistration/CreateApiUser' ||
        path === '/ApiRegistration/Register' ||
        OTHER_PAGES[path] !== undefined;
      if (authPages) {
        if (!session) return lostPage();
        if (session.stage !== 'auth') return redirect(res, '/Home/Login');
        const s = session;
        if (path === '/Home/MainMenu') {
          const show = s.contactsPending;
          s.contactsPending = false;
          sendHtml(res, 'Dash Board | e-Invoice System', mainMenuPage(state.gstin, s.user, show));
          return;
        }
        if (path === '/ApiRegistration/CreateApiUser') {
          if (fireExpiry('api-otp-send', s)) return lostPage();
          s.apiOtpSent = true;
          s.apiVerified = false;
          sendHtml(res, 'API Registration | e-Invoice System', createApiUserPage(state.gstin));
          return;
        }
        if (path === '/ApiRegistration/Register') {
          if (!s.apiVerified) return redirect(res, '/ApiRegistration/CreateApiUser');
          sendHtml(res, 'API Registration | e-Invoice System', registerPage(state.gstin, registeredRows()));
          return;
        }
        const title = OTHER_PAGES[path] ?? 'e-Invoice System';
        sendHtml(res, `${title} | e-Invoice System`, otherPage(path, title, state.gstin));
        return;
      }
      send(res, 404, 'text/html; charset=utf-8', documentHtml('Page Not Found', notFoundPage()));
      return;
    }

    if (method !== 'POST') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed', { Allow: 'GET, POST' });
      return;
    }
    const body = await readBody(req);
    const field = (k: string) => body.get(k) ?? '';

    if (path === '/Home/Login') {
      const h = ensure();
      const s = session as Session;
      if (field('CaptchaCode').trim().toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        send(
          res,
          200,
          'application/json; charset=utf-8',
          JSON.stringify({
            ok: false,
            field: 'captcha',
            message: 'Invalid Captcha. Please enter the characters shown in the image.',
          }),
          h,
        );
        return;
      }
      const user = field('UserLogin.UserName').trim();
      if (
        user.toLowerCase() !== JQMOBILE_R21_LOGIN.username.toLowerCase() ||
        field('UserLogin.Password') !== JQMOBILE_R21_LOGIN.password
      ) {
        state.refusals.push('login');
        send(
          res,
          200,
          'application/json; charset=utf-8',
          JSON.stringify({
            ok: false,
            field: 'login',
            message: 'Invalid Login Credentials. Please check the User Name and Password.',
          }),
          h,
        );
        return;
      }
      s.stage = 'otp';
      s.user = JQMOBILE_R21_LOGIN.username;
      send(
        res,
        200,
        'application/json; charset=utf-8',
        JSON.stringify({ ok: true, next: '/Home/LoginOtp' }),
        h,
      );
      return;
    }

    if (path === '/Home/VerifyLoginOtp' || path === '/Home/ResendLoginOtp') {
      if (session?.stage !== 'otp') return lostJson();
      if (path === '/Home/ResendLoginOtp') {
        sendJson(res, {
          ok: true,
          message: `OTP has been re-sent to your registered mobile number ${MOBILE_MASK}.`,
        });
        return;
      }
      if (field('Otp').trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        sendJson(res, { ok: false, message: 'Invalid OTP. Please enter the correct OTP.' });
        return;
      }
      session.stage = 'auth';
      session.contactsPending = true;
      sendJson(res, { ok: true, next: '/Home/MainMenu' });
      return;
    }

    if (
      path === '/ApiRegistration/SendOtp' ||
      path === '/ApiRegistration/VerifyOtp' ||
      path === '/ApiRegistration/Register'
    ) {
      if (session?.stage !== 'auth') return lostJson();
      const s = session;
      if (path === '/ApiRegistration/SendOtp') {
        if (fireExpiry('api-otp-send', s)) return lostJson();
        s.apiOtpSent = true;
        s.apiVerified = false;
        sendJson(res, {
          ok: true,
          message: `OTP has been re-sent to your registered mobile number ${MOBILE_MASK}.`,
        });
        return;
      }
      if (path === '/ApiRegistration/VerifyOtp') {
        if (fireExpiry('api-otp-verify', s)) return lostJson();
        if (!s.apiOtpSent) {
          sendJson(res, { ok: false, message: 'Please generate the OTP first using Resend OTP.' });
          return;
        }
        if (field('Otp').trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          sendJson(res, { ok: false, message: 'Invalid OTP. Please enter the correct OTP.' });
          return;
        }
        s.apiVerified = true;
        sendJson(res, { ok: true, next: '/ApiRegistration/Register' });
        return;
      }
      // Submit of the registration form.
      if (fireExpiry('submit', s)) return lostJson();
      if (!s.apiVerified) {
        sendJson(res, { ok: false, message: 'Please verify the OTP before registering.' });
        return;
      }
      if (field('RegMode') !== 'G') {
        sendJson(res, {
          ok: false,
          message:
            'Registration through this option is not enabled for your GSTIN. Please choose Through GSP.',
        });
        return;
      }
      const gsp = GSPS.find((g) => g.code === field('GspCode'));
      if (!gsp) {
        sendJson(res, { ok: false, message: 'Please select your GSP.' });
        return;
      }
      const typed = field('UserName').trim();
      if (!USER_RE.test(typed)) {
        sendJson(res, { ok: false, message: USER_RULE });
        return;
      }
      const password = field('Password');
      if (!PASS_RE.test(password)) {
        sendJson(res, { ok: false, message: PASS_RULE });
        return;
      }
      if (password !== field('RePassword')) {
        sendJson(res, { ok: false, message: 'Password and Re-enter Password do not match.' });
        return;
      }
      const everyone = [...seeded, ...state.users];
      if (everyone.some((r) => r.gstin === state.gstin && r.gsp.toUpperCase() === gsp.name.toUpperCase())) {
        state.refusals.push('duplicate');
        sendJson(res, {
          ok: false,
          message: `GSTIN ${state.gstin} is already registered with the GSP ${gsp.name}.`,
          rows: registeredRows(),
        });
        return;
      }
      const username = `API_${typed}`;
      if (everyone.some((r) => r.username.toUpperCase() === username.toUpperCase())) {
        state.refusals.push('username-taken');
        sendJson(res, {
          ok: false,
          message: `User name ${username} is already taken. Please choose a different user name.`,
        });
        return;
      }
      state.users.push({
        gstin: state.gstin,
        gsp: gsp.name,
        username,
        password,
        createdOn: new Date().toISOString(),
      });
      sendJson(res, {
        ok: true,
        message: `API user ${username} has been created successfully through ${gsp.name}.`,
        rows: registeredRows(),
      });
      return;
    }

    sendJson(res, { ok: false, message: 'Not found.' }, 404);
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
  const port = typeof address === 'object' && address !== null ? address.port : 0;
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
