/**
 * Rendition r14-jqueryui: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2014-2020 ASP.NET MVC 5 portal built on
 * jQuery UI 1.12 (the 'redmond' theme), jQuery Validate and the jQuery BlockUI plugin would draw it. No
 * library file is used: a small hand-written runtime served as MVC bundles (`/bundles/jquery`,
 * `/bundles/jqueryui`, `/bundles/jqueryval`, `/bundles/site`) reproduces the DOM and the behaviour of
 * the pieces the portal uses (a jQuery-like `$`, `$.ajax` with global ajaxStart/ajaxStop/ajaxError,
 * BlockUI, the accordion, menu, dialog, checkboxradio, controlgroup, autocomplete, progressbar and
 * button widgets, and jQuery Validate's `label.error`). Icons are CSS glyphs on `span.ui-icon`.
 *
 * Choices made where the docs are silent:
 * - URLs (MVC routes, case-insensitive): `/` (home, a logged-in user goes to `/Home/MainMenu`),
 *   `/Account/Login` (the home page with its login panel open), `POST /Account/Login` (full form post,
 *   re-rendered with a `div.ui-state-error` box on failure), `/Account/LoginOtp` (2FA), `/Home/MainMenu`
 *   ("Dash Board"), `/ApiRegistration/CreateApiUser`; JSON endpoints answer XHRs after 300-900 ms.
 * - Login: the header button `button#btnLogin.homepageloginbtn` slides the "Login" panel down
 *   (username `#txtUserName`, password `#txt_password`, captcha `img#captcha_image` from
 *   `/get-captcha-image` as SVG and `#CaptchaCode`, button `.btnlogin` "Login"). The captcha is checked
 *   first: "Invalid Captcha. Please enter the characters shown in the image." then "Invalid Login
 *   Credentials. Please check the Username and Password." (username case-insensitive).
 * - 2FA: `#txtOtp` and `#btnVerifyOTP` "Verify OTP" posted by XHR; a wrong OTP is an "Error" ui-dialog
 *   "Invalid OTP. Please enter the correct OTP sent to your registered mobile number.".
 * - After login, on the first signed-in page of a session: the modal ui-dialog "Contacts of Technical
 *   Person" (Name, Mobile, E-mail; "Update" and "Exit", and the title bar's close), and once it is closed
 *   a second modal "Message" (the 2FA advisory, "Close"). Both fade in over 400 ms.
 * - Menu: `div#sideMenu` accordion: Home (Dash Board, Change Password), e-Invoice, API Registration
 *   (User Credentials ▸ [Create API User, View API Users], IP Whitelisting, Freeze API User, Change API
 *   Password), MIS Reports, User Management. The submenu opens on hover (300 ms), on click and on →.
 * - API OTP: "Generate OTP" (`POST /ApiRegistration/SendOtp`) shows "Enter OTP", "Verify OTP" and a
 *   progressbar "OTP valid for 02:59" (3 minutes); a wrong OTP is an "Error" dialog "Invalid OTP. Please
 *   enter the valid OTP."; when verified the form is loaded as a partial view by XHR.
 * - Form: "Do you wish to Register your GSTIN for" (checkboxradio controlgroup Directly / Through GSP /
 *   Through ERP / Through Client-Id of other; only Through GSP opens the fields), "Select your GSP"
 *   (autocomplete, min length 2, `GET /ApiRegistration/GetGspList?term=`, "contains"; sets hidden
 *   `GspId`; these XHRs are `global: false` so they do not block the page), Username with an `API_`
 *   prefix (3 to 30 letters, digits, '_', '.', '-'; a typed "API_" is not doubled), Password and
 *   Re-enter Password (8 to 15 characters, upper, lower, digit, special). Submit opens the "Confirm"
 *   dialog ("... Do you want to continue?", Yes / No).
 * - Refusals after Submit ("Error" dialog): "GSTIN ... is already registered with the GSP ..." (an
 *   earlier registration with Tera Software Limited is on file) and "Username API_x is already in use.
 *   Please choose a different Username." (API_admin, API_test, API_demo and any on file).
 * - Success: a "Message" dialog "API User API_x has been created successfully for <GSP>.", the form
 *   replaced by a `div.ui-state-highlight` with the same text and the table "GSPs registered for GSTIN".
 * - Sessions: cookie `ASP.NET_SessionId` naming server-side state. A page GET without a live session is
 *   a 302 to `/Account/Login?ReturnUrl=...`; when the cookie names a session that is gone the login page
 *   shows a ui-state-error "Your session has expired. Please login again.". An XHR without a live
 *   session gets 401 JSON; the global ajaxError handler opens the ui-dialog "Session Expired" whose Ok
 *   goes to the login page.
 * - expireOnce: the first request of that stage (SendOtp, VerifyOtp or the Submit POST) deletes the
 *   server session first and answers 401 as any lost session does.
 * - Quirks kept from the real libraries: modal dialogs are appended to body at creation and their
 *   overlay after them on open (overlay z-index = dialog's - 1); BlockUI's overlay (z-index 1000) fades
 *   out over 400 ms after the answer and swallows mouse and key events while blocked; jQuery Validate
 *   hides a `label.error` on focusout, which can move the Submit button from under a pending click; a
 *   fixed label keeps its (emptied, hidden) `label.error` in the DOM.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type JqueryuiR14Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface JqueryuiR14Options {
  expireOnce?: JqueryuiR14Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface JqueryuiR14State {
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

export interface JqueryuiR14Rendition {
  url: string;
  close(): Promise<void>;
  state: JqueryuiR14State;
}

export const JQUERYUI_R14_LOGIN: { username: string; password: string } = {
  username: 'mhtaxpayer14',
  password: 'Redm0nd@2019',
};

// ---------------------------------------------------------------------------------------------------
// Portal data
// ---------------------------------------------------------------------------------------------------

const GSPS: string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Jio Platforms Limited',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'Masters India Private Limited',
  'Seshaasai Business Forms Private Limited',
  'Tally ( India) Private Ltd',
  'TaxPro GSP Private Limited',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'WeP Solutions Limited',
  'Zoho Corporation Private Limited',
];

const TAKEN_USERNAMES = ['API_admin', 'API_test', 'API_demo'];
const MOBILE_MASKED = 'XXXXXX7310';
const LEGAL_NAME = 'UNITED PHARMA TRADERS';
const OTP_VALIDITY_SECONDS = 180;
const BUNDLE_V = 'Xk3R2nq0a9PbYt7LwM1sVd5cZ8hJfE4uGo6iKyTr0Bw1';

/** One API user the portal holds for the GSTIN (the seed one and any made here). */
interface Registration {
  gsp: string;
  username: string;
  createdOn: string;
  status: string;
}

interface Session {
  id: string;
  /** The form token of the anti-forgery pair (its cookie half is not checked). */
  token: string;
  stage: 'anonymous' | 'login-otp' | 'signed-in';
  returnUrl: string;
  popupsShown: boolean;
  apiOtpSentAt: number | null;
  apiOtpVerified: boolean;
}

// ---------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function sessionId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz012345';
  return Array.from(randomBytes(24), (b) => alphabet[b % 32]).join('');
}

function antiForgeryToken(): string {
  return randomBytes(78).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
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
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 256 * 1024) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string | string[]> = {},
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'private, no-cache, no-store',
    'X-AspNet-Version': '4.0.30319',
    'X-AspNetMvc-Version': '5.2',
    'X-Powered-By': 'ASP.NET',
    ...headers,
  });
  res.end(body);
}

function sendHtml(res: ServerResponse, html: string, headers: Record<string, string | string[]> = {}): void {
  send(res, 200, 'text/html; charset=utf-8', html, headers);
}

function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), headers);
}

function redirect(
  res: ServerResponse,
  location: string,
  headers: Record<string, string | string[]> = {},
): void {
  send(
    res,
    302,
    'text/html; charset=utf-8',
    `<html><head><title>Object moved</title></head><body>\n<h2>Object moved to <a href="${esc(location)}">here</a>.</h2>\n</body></html>`,
    { Location: location, ...headers },
  );
}

// ---------------------------------------------------------------------------------------------------
// Styles: jquery-ui.css 1.12 structure + the 'redmond' theme (images replaced by gradients, icon sprites
// by glyphs), then Site.css.
// ---------------------------------------------------------------------------------------------------

const JQUERY_UI_CSS = String.raw`/*! jQuery UI - v1.12.1 - 2016-09-14
* http://jqueryui.com
* Includes: core.css, accordion.css, autocomplete.css, menu.css, button.css, controlgroup.css,
* checkboxradio.css, dialog.css, progressbar.css, resizable.css, theme.css
* To view and modify this theme, visit http://jqueryui.com/themeroller/?scope=&folderName=redmond
* Copyright jQuery Foundation and other contributors; Licensed MIT */
.ui-helper-hidden{display:none}
.ui-helper-hidden-accessible{border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px}
.ui-helper-reset{margin:0;padding:0;border:0;outline:0;line-height:1.3;text-decoration:none;font-size:100%;list-style:none}
.ui-helper-clearfix:before,.ui-helper-clearfix:after{content:"";display:table;border-collapse:collapse}
.ui-helper-clearfix:after{clear:both}
.ui-front{z-index:100}
.ui-state-disabled{cursor:default!important;pointer-events:none}
.ui-icon{display:inline-block;vertical-align:middle;margin-top:-.25em;position:relative;text-indent:-99999px;overflow:hidden;background-repeat:no-repeat;width:16px;height:16px}
.ui-widget-icon-block{left:50%;margin-left:-8px;display:block}
.ui-widget-overlay{position:fixed;top:0;left:0;width:100%;height:100%}
.ui-accordion .ui-accordion-header{display:block;cursor:pointer;position:relative;margin:2px 0 0 0;padding:.5em .5em .5em .7em;font-size:100%}
.ui-accordion .ui-accordion-content{padding:1em 2.2em;border-top:0;overflow:auto}
.ui-autocomplete{position:absolute;top:0;left:0;cursor:default}
.ui-menu{list-style:none;padding:0;margin:0;display:block;outline:0}
.ui-menu .ui-menu{position:absolute}
.ui-menu .ui-menu-item{margin:0;cursor:pointer;list-style-image:url("data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")}
.ui-menu .ui-menu-item-wrapper{position:relative;padding:3px 1em 3px .4em}
.ui-menu .ui-menu-divider{margin:5px 0;height:0;font-size:0;line-height:0;border-width:1px 0 0 0}
.ui-menu .ui-state-focus,.ui-menu .ui-state-active{margin:-1px}
.ui-menu-icons{position:relative}
.ui-menu-icons .ui-menu-item-wrapper{padding-left:2em}
.ui-menu .ui-icon{position:absolute;top:0;bottom:0;left:.2em;margin:auto 0}
.ui-menu .ui-menu-icon{left:auto;right:0}
.ui-button{padding:.4em 1em;display:inline-block;position:relative;line-height:normal;margin-right:.1em;cursor:pointer;vertical-align:middle;text-align:center;-webkit-user-select:none;user-select:none;overflow:visible}
.ui-button,.ui-button:link,.ui-button:visited,.ui-button:hover,.ui-button:active{text-decoration:none}
.ui-button-icon-only{width:2em;box-sizing:border-box;text-indent:-9999px;white-space:nowrap}
input.ui-button.ui-button-icon-only{text-indent:0}
.ui-button-icon-only .ui-icon{position:absolute;top:50%;left:50%;margin-top:-8px;margin-left:-8px}
.ui-button.ui-icon-notext .ui-icon{padding:0;width:2.1em;height:2.1em;text-indent:-9999px;white-space:nowrap}
.ui-button .ui-icon-space,.ui-button .ui-button-icon-space{display:inline-block;width:4px}
.ui-controlgroup{vertical-align:middle;display:inline-block}
.ui-controlgroup > .ui-controlgroup-item{float:left;margin-left:0;margin-right:0}
.ui-controlgroup > .ui-controlgroup-item:focus,.ui-controlgroup > .ui-controlgroup-item.ui-visual-focus{z-index:9999}
.ui-controlgroup-vertical > .ui-controlgroup-item{display:block;float:none;width:100%;margin-top:0;margin-bottom:0;text-align:left}
.ui-controlgroup-horizontal .ui-controlgroup-label + .ui-controlgroup-item{border-left:none}
.ui-checkboxradio-label .ui-icon-background{box-shadow:inset 1px 1px 1px #ccc;border-radius:.12em;border:none}
.ui-checkboxradio-radio-label .ui-icon-background{width:16px;height:16px;border-radius:1em;overflow:visible;border:none}
.ui-checkboxradio-radio-label.ui-checkboxradio-checked .ui-icon,.ui-checkboxradio-radio-label.ui-checkboxradio-checked:hover .ui-icon{background-image:none;width:8px;height:8px;border-width:4px;border-style:solid}
.ui-checkboxradio-disabled{pointer-events:none}
.ui-dialog{position:absolute;top:0;left:0;padding:.2em;outline:0}
.ui-dialog .ui-dialog-titlebar{padding:.4em 1em;position:relative}
.ui-dialog .ui-dialog-title{float:left;margin:.1em 0;white-space:nowrap;width:90%;overflow:hidden;text-overflow:ellipsis}
.ui-dialog .ui-dialog-titlebar-close{position:absolute;right:.3em;top:50%;width:20px;margin:-10px 0 0 0;padding:1px;height:20px}
.ui-dialog .ui-dialog-content{position:relative;border:0;padding:.5em 1em;background:none;overflow:auto}
.ui-dialog .ui-dialog-buttonpane{text-align:left;border-width:1px 0 0 0;background-image:none;margin-top:.5em;padding:.3em 1em .5em .4em}
.ui-dialog .ui-dialog-buttonpane .ui-dialog-buttonset{float:right}
.ui-dialog .ui-dialog-buttonpane button{margin:.5em .4em .5em 0;cursor:pointer}
.ui-dialog .ui-resizable-n{height:2px;top:0}
.ui-dialog .ui-resizable-e{width:2px;right:0}
.ui-dialog .ui-resizable-s{height:2px;bottom:0}
.ui-dialog .ui-resizable-w{width:2px;left:0}
.ui-dialog .ui-resizable-se,.ui-dialog .ui-resizable-sw,.ui-dialog .ui-resizable-ne,.ui-dialog .ui-resizable-nw{width:7px;height:7px}
.ui-dialog .ui-resizable-se{right:0;bottom:0}
.ui-dialog .ui-resizable-sw{left:0;bottom:0}
.ui-dialog .ui-resizable-ne{right:0;top:0}
.ui-dialog .ui-resizable-nw{left:0;top:0}
.ui-draggable .ui-dialog-titlebar{cursor:move}
.ui-resizable{position:relative}
.ui-resizable-handle{position:absolute;font-size:0.1px;display:block;touch-action:none}
.ui-resizable-n{cursor:n-resize;height:7px;width:100%;top:-5px;left:0}
.ui-resizable-s{cursor:s-resize;height:7px;width:100%;bottom:-5px;left:0}
.ui-resizable-e{cursor:e-resize;width:7px;right:-5px;top:0;height:100%}
.ui-resizable-w{cursor:w-resize;width:7px;left:-5px;top:0;height:100%}
.ui-resizable-se{cursor:se-resize;width:12px;height:12px;right:1px;bottom:1px}
.ui-resizable-sw{cursor:sw-resize;width:9px;height:9px;left:-5px;bottom:-5px}
.ui-resizable-nw{cursor:nw-resize;width:9px;height:9px;left:-5px;top:-5px}
.ui-resizable-ne{cursor:ne-resize;width:9px;height:9px;right:-5px;top:-5px}
.ui-progressbar{height:2em;text-align:left;overflow:hidden}
.ui-progressbar .ui-progressbar-value{margin:-1px;height:100%}
.ui-widget{font-family:Lucida Grande,Lucida Sans,Arial,sans-serif;font-size:1.1em}
.ui-widget .ui-widget{font-size:1em}
.ui-widget input,.ui-widget select,.ui-widget textarea,.ui-widget button{font-family:Lucida Grande,Lucida Sans,Arial,sans-serif;font-size:1em}
.ui-widget.ui-widget-content{border:1px solid #c5dbec}
.ui-widget-content{border:1px solid #a6c9e2;background:#fcfdfd linear-gradient(#fcfdfd,#fcfdfd 85%,#eef3f8);color:#222}
.ui-widget-content a{color:#222}
.ui-widget-header{border:1px solid #4297d7;background:#5c9ccc linear-gradient(#8dbce0,#5c9ccc 50%,#4b8ec2 51%,#5c9ccc);color:#fff;font-weight:bold}
.ui-widget-header a{color:#fff}
.ui-state-default,.ui-widget-content .ui-state-default,.ui-widget-header .ui-state-default,.ui-button,html .ui-button.ui-state-disabled:hover,html .ui-button.ui-state-disabled:active{border:1px solid #c5dbec;background:#dfeffc linear-gradient(#eaf4fd,#dfeffc 50%,#d3e7f9 51%,#dfeffc);font-weight:bold;color:#2e6e9e}
.ui-state-default a,.ui-state-default a:link,.ui-state-default a:visited,a.ui-button,a:link.ui-button,a:visited.ui-button,.ui-button{color:#2e6e9e;text-decoration:none}
.ui-state-hover,.ui-widget-content .ui-state-hover,.ui-widget-header .ui-state-hover,.ui-state-focus,.ui-widget-content .ui-state-focus,.ui-widget-header .ui-state-focus,.ui-button:hover,.ui-button:focus{border:1px solid #79b7e7;background:#d0e5f5 linear-gradient(#e2eff9,#d0e5f5 50%,#c2dcf1 51%,#d0e5f5);font-weight:bold;color:#1d5987}
.ui-state-hover a,.ui-state-hover a:hover,.ui-state-hover a:link,.ui-state-hover a:visited,.ui-state-focus a,.ui-state-focus a:hover,.ui-state-focus a:link,.ui-state-focus a:visited,a.ui-button:hover,a.ui-button:focus{color:#1d5987;text-decoration:none}
.ui-visual-focus{box-shadow:0 0 3px 1px rgb(94,158,214)}
.ui-state-active,.ui-widget-content .ui-state-active,.ui-widget-header .ui-state-active,a.ui-button:active,.ui-button:active,.ui-button.ui-state-active:hover{border:1px solid #79b7e7;background:#f5f8f9;font-weight:bold;color:#e17009}
.ui-icon-background,.ui-state-active .ui-icon-background{border:#79b7e7;background-color:#e17009}
.ui-state-active a,.ui-state-active a:link,.ui-state-active a:visited{color:#e17009;text-decoration:none}
.ui-state-highlight,.ui-widget-content .ui-state-highlight,.ui-widget-header .ui-state-highlight{border:1px solid #fad42e;background:#fbec88 linear-gradient(#fcf2a8,#fbec88);color:#363636}
.ui-state-checked{border:1px solid #fad42e;background:#fbec88}
.ui-state-highlight a,.ui-widget-content .ui-state-highlight a,.ui-widget-header .ui-state-highlight a{color:#363636}
.ui-state-error,.ui-widget-content .ui-state-error,.ui-widget-header .ui-state-error{border:1px solid #cd0a0a;background:#fef1ec;color:#cd0a0a}
.ui-state-error a,.ui-widget-content .ui-state-error a,.ui-widget-header .ui-state-error a{color:#cd0a0a}
.ui-state-error-text,.ui-widget-content .ui-state-error-text,.ui-widget-header .ui-state-error-text{color:#cd0a0a}
.ui-priority-primary,.ui-widget-content .ui-priority-primary,.ui-widget-header .ui-priority-primary{font-weight:bold}
.ui-priority-secondary,.ui-widget-content .ui-priority-secondary,.ui-widget-header .ui-priority-secondary{opacity:.7;font-weight:normal}
.ui-state-disabled,.ui-widget-content .ui-state-disabled,.ui-widget-header .ui-state-disabled{opacity:.35;background-image:none}
.ui-icon::before{position:absolute;left:0;top:0;width:16px;height:16px;line-height:16px;text-indent:0;text-align:center;font-size:12px;font-weight:bold;font-family:Arial,sans-serif;color:#469bdd}
.ui-widget-header .ui-icon::before{color:#d8e7f3}
.ui-state-default .ui-icon::before,.ui-button .ui-icon::before{color:#6da8d5}
.ui-state-hover .ui-icon::before,.ui-state-focus .ui-icon::before,.ui-button:hover .ui-icon::before,.ui-button:focus .ui-icon::before{color:#217bc0}
.ui-state-active .ui-icon::before,.ui-button:active .ui-icon::before{color:#f9bd01}
.ui-state-highlight .ui-icon::before,.ui-button .ui-state-highlight.ui-icon::before{color:#2e83ff}
.ui-state-error .ui-icon::before,.ui-state-error-text .ui-icon::before{color:#cd0a0a}
.ui-icon-blank::before{content:""}
.ui-icon-caret-1-e::before{content:"\25B8"}
.ui-icon-triangle-1-e::before{content:"\25B6";font-size:9px}
.ui-icon-triangle-1-s::before{content:"\25BC";font-size:9px}
.ui-icon-closethick::before{content:"\2716";font-size:11px}
.ui-icon-close::before{content:"\00D7"}
.ui-icon-alert::before{content:"\26A0";font-size:13px}
.ui-icon-info::before{content:"i";font-family:Georgia,serif;font-style:italic;font-size:13px}
.ui-icon-check::before{content:"\2714"}
.ui-icon-circle-check::before{content:"\2714";font-size:11px}
.ui-icon-refresh::before{content:"\21BB";font-size:14px}
.ui-icon-home::before{content:"\2302";font-size:13px}
.ui-icon-person::before{content:"\263A";font-size:13px}
.ui-icon-power::before{content:"\23FB";font-size:12px}
.ui-icon-key::before{content:"\26BF";font-size:12px}
.ui-icon-gripsmall-diagonal-se::before{content:"\25E2";font-size:8px;color:#6da8d5}
.ui-icon-background::before{content:""}
.ui-corner-all,.ui-corner-top,.ui-corner-left,.ui-corner-tl{border-top-left-radius:5px}
.ui-corner-all,.ui-corner-top,.ui-corner-right,.ui-corner-tr{border-top-right-radius:5px}
.ui-corner-all,.ui-corner-bottom,.ui-corner-left,.ui-corner-bl{border-bottom-left-radius:5px}
.ui-corner-all,.ui-corner-bottom,.ui-corner-right,.ui-corner-br{border-bottom-right-radius:5px}
.ui-widget-overlay{background:#aaa;opacity:.3}
.ui-widget-shadow{box-shadow:0 0 5px #666}
.ui-checkboxradio-radio-label .ui-icon-background{background:#fff}
.ui-checkboxradio-radio-label.ui-checkboxradio-checked .ui-icon{background:#fff;border-color:#2e6e9e}
`;

const SITE_CSS = `/* Site.css - e-Invoice System (NIC) */
html,body{margin:0;padding:0}
body{font-family:Verdana,Arial,Helvetica,sans-serif;font-size:12px;color:#333;background:#e8eef4}
a{color:#1d5987}
#header{height:74px;background:linear-gradient(#2d6fa6,#17507f);color:#fff;position:relative;border-bottom:3px solid #f39c12}
#header .logo{position:absolute;left:16px;top:10px;display:flex;align-items:center;text-decoration:none;color:#fff}
#header .emblem{width:50px;height:50px;border-radius:25px;background:radial-gradient(#ffe9a8,#e0a100 60%,#9a6b00);border:2px solid #fff;margin-right:12px;box-shadow:0 0 4px #000}
#header .site-title{font-size:24px;font-weight:bold;font-family:Georgia,serif;letter-spacing:.5px}
#header .site-sub{font-size:11px;color:#d8e7f3}
#header .header-right{position:absolute;right:16px;top:14px;text-align:right}
#header .header-right a{color:#fff}
#header .userinfo{font-size:11px;line-height:18px}
.homepageloginbtn{font-size:13px!important;padding:.45em 1.6em!important}
#topnav{background:#dfeffc;border-bottom:1px solid #a6c9e2;height:28px;line-height:28px;padding:0 16px;font-size:11px}
#topnav a{margin-right:18px;text-decoration:none;font-weight:bold;color:#2e6e9e}
#topnav .marquee{float:right;color:#cd0a0a;width:560px;overflow:hidden;white-space:nowrap}
#wrapper{padding:12px 16px;min-height:520px}
#wrapper:after{content:"";display:table;clear:both}
#leftPanel{float:left;width:232px}
#mainContent{margin-left:248px}
#mainContent.full{margin-left:0}
#sideMenu .ui-accordion-header{font-size:12px}
#sideMenu .ui-accordion-content{padding:.4em .4em;overflow:visible}
#sideMenu .ui-menu{border:0;background:transparent;font-size:12px}
#sideMenu .ui-menu .ui-menu{border:1px solid #a6c9e2;background:#fcfdfd;width:180px;box-shadow:2px 2px 4px rgba(0,0,0,.2)}
#sideMenu .ui-menu-item-wrapper{padding:5px 1em 5px .6em}
#sideMenu .current > .ui-menu-item-wrapper{font-weight:bold;color:#e17009}
.page-title{font-size:18px;color:#2e6e9e;margin:2px 0 10px;font-weight:normal;font-family:Georgia,serif;border-bottom:1px solid #c5dbec;padding-bottom:6px}
.breadcrumb{font-size:11px;color:#666;margin-bottom:6px}
.panel{margin-bottom:12px}
.panel .panel-heading{padding:.5em .8em;border-radius:5px 5px 0 0}
.panel .panel-body{padding:12px 14px;border-top:0;border-radius:0 0 5px 5px}
.cards{display:flex;gap:14px;margin-bottom:14px}
.card{flex:1}
.card .count{font-size:28px;font-weight:bold;color:#2e6e9e;font-family:Georgia,serif}
.card .panel-body{min-height:64px}
table.grid{border-collapse:collapse;width:100%}
table.grid th{text-align:left;padding:5px 8px}
table.grid td{padding:5px 8px;border:1px solid #c5dbec;background:#fff}
table.form-table{border-collapse:collapse}
table.form-table td{padding:6px 8px;vertical-align:top}
table.form-table td.lbl{width:170px;padding-top:9px;font-weight:bold;color:#2e6e9e}
.req{color:#cd0a0a}
input.text-box,input[type=text].text-box,input[type=password].text-box{width:230px;padding:5px 6px;border:1px solid #a6c9e2;border-radius:3px;font-size:12px;background:#fff}
input.text-box:focus{border-color:#79b7e7;outline:none;box-shadow:0 0 3px #79b7e7}
input.error{border-color:#cd0a0a!important;background:#fef1ec}
label.error{color:#cd0a0a;font-size:11px;display:block;margin-top:3px;font-weight:normal}
.api-prefix{display:inline-block;padding:5px 6px;border:1px solid #c5dbec;border-right:0;border-radius:3px 0 0 3px;font-weight:bold;color:#2e6e9e;background:#dfeffc;vertical-align:top;font-size:12px}
.api-prefix + input.text-box{border-radius:0 3px 3px 0;width:190px}
.msg-box{padding:.6em .8em;margin:0 0 10px}
.msg-box p{margin:0}
.msg-box .ui-icon{float:left;margin-right:.4em;margin-top:0}
fieldset.regtype{border:1px solid #c5dbec;border-radius:5px;padding:8px 12px 12px;margin:0 0 12px}
fieldset.regtype legend{font-weight:bold;color:#2e6e9e;padding:0 4px}
.form-buttons{margin:12px 0 0 186px}
.otp-box{width:120px!important;letter-spacing:4px;font-size:14px!important;text-align:center}
#otpTimer{position:relative;width:260px;height:22px;margin:8px 0 4px}
#otpTimer .progress-label{position:absolute;left:0;right:0;top:3px;text-align:center;font-weight:bold;font-size:11px;color:#1d5987;text-shadow:1px 1px 0 #fff}
#home-banner{height:170px;border-radius:5px;background:linear-gradient(120deg,#17507f,#2d6fa6 55%,#5c9ccc);color:#fff;padding:24px 28px;box-sizing:border-box;margin-bottom:14px}
#home-banner h1{margin:0 0 8px;font-family:Georgia,serif;font-weight:normal;font-size:26px}
#home-banner p{margin:0;max-width:560px;line-height:1.6}
#homeCols{display:flex;gap:16px;align-items:flex-start}
#homeCols .left{flex:1}
#divLogin{width:340px}
#divLogin .panel-body{padding:14px 16px}
#divLogin label.fld{display:block;font-weight:bold;color:#2e6e9e;margin:8px 0 3px}
#divLogin input.text-box{width:290px}
#divLogin .captcha-row{display:flex;align-items:center;gap:6px;margin-top:6px}
#captcha_image{border:1px solid #a6c9e2;border-radius:3px;background:#fff}
.btnlogin{width:100%;margin-top:12px;font-size:13px!important}
.login-links{margin-top:10px;font-size:11px;display:flex;justify-content:space-between}
.news li{margin-bottom:7px;line-height:1.4}
.news .new{color:#cd0a0a;font-weight:bold;font-size:10px}
#footer{clear:both;background:#17507f;color:#d8e7f3;text-align:center;font-size:11px;padding:10px;border-top:3px solid #f39c12}
.dlg-form td{padding:4px 6px}
.dlg-form td.lbl{font-weight:bold;color:#2e6e9e;width:120px}
.dlg-form input{width:230px;padding:4px;border:1px solid #a6c9e2;border-radius:3px}
.no-close .ui-dialog-titlebar-close{display:none}
.ui-dialog .ui-dialog-content p{margin:.4em 0;line-height:1.5}
.ui-autocomplete{max-height:220px;overflow-y:auto;overflow-x:hidden;font-size:12px}
.blockUI.blockMsg h4{margin:14px 0;font-size:14px;color:#2e6e9e;font-family:Lucida Grande,Lucida Sans,Arial,sans-serif}
.blockUI.blockMsg h4::before{content:"";display:inline-block;width:18px;height:18px;border:3px solid #c5dbec;border-top-color:#2e6e9e;border-radius:50%;vertical-align:middle;margin-right:10px;animation:blockspin .8s linear infinite}
@keyframes blockspin{to{transform:rotate(360deg)}}
.hint{color:#666;font-size:11px;margin-top:4px}
`;

// ---------------------------------------------------------------------------------------------------
// /bundles/jquery: a small jQuery-compatible core (selection, events, classes, effects, $.ajax with the
// global ajax events) and the jQuery BlockUI plugin (2.70-like DOM and timings).
// ---------------------------------------------------------------------------------------------------

const JQUERY_JS = String.raw`/*! jQuery-compatible core for e-Invoice System | bundled */
(function (window, document) {
  'use strict';
  var store = new WeakMap();
  function box(el) { var s = store.get(el); if (!s) { s = { data: {}, events: [] }; store.set(el, s); } return s; }
  function JQ(nodes) { this.length = 0; for (var i = 0; i < nodes.length; i++) { if (nodes[i]) this[this.length++] = nodes[i]; } }
  function uniq(list) { var out = []; for (var i = 0; i < list.length; i++) if (out.indexOf(list[i]) < 0) out.push(list[i]); return out; }
  function visible(el) { return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length); }
  function matches(el, sel) {
    if (typeof sel === 'function') return !!sel.call(el, el);
    if (sel instanceof JQ) return Array.prototype.indexOf.call(sel, el) >= 0;
    if (sel && sel.nodeType) return el === sel;
    if (sel === ':visible') return visible(el);
    if (sel === ':hidden') return !visible(el);
    if (sel === ':checked') return !!el.checked;
    if (sel === ':focus') return el === document.activeElement;
    return el.nodeType === 1 && el.matches(sel);
  }
  function $(sel, ctx) {
    if (sel instanceof JQ) return sel;
    if (typeof sel === 'function') {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { sel($); });
      else setTimeout(function () { sel($); }, 0);
      return undefined;
    }
    if (!sel) return new JQ([]);
    if (typeof sel === 'string') {
      var s = sel.trim();
      if (s.charAt(0) === '<') {
        var t = document.createElement('template'); t.innerHTML = s;
        var nodes = Array.prototype.filter.call(t.content.childNodes, function (n) { return n.nodeType === 1; });
        nodes.forEach(function (n) { document.adoptNode(n); });
        var made = new JQ(nodes);
        if (ctx && typeof ctx === 'object' && !ctx.nodeType) made.attr(ctx);
        return made;
      }
      if (ctx) return $(ctx).find(s);
      return new JQ(document.querySelectorAll(s));
    }
    if (sel.nodeType || sel === window) return new JQ([sel]);
    if (typeof sel.length === 'number') return new JQ(sel);
    return new JQ([sel]);
  }
  $.fn = JQ.prototype;
  $.fn.jquery = '1.12.4';
  $.extend = $.fn.extend = function () {
    var args = Array.prototype.slice.call(arguments), deep = false;
    if (typeof args[0] === 'boolean') deep = args.shift();
    var target = args.length === 1 ? this : (args.shift() || {});
    args.forEach(function (src) {
      if (!src) return;
      Object.keys(src).forEach(function (k) {
        var v = src[k];
        if (deep && v && typeof v === 'object' && !Array.isArray(v) && !v.nodeType) target[k] = $.extend(true, target[k] && typeof target[k] === 'object' ? target[k] : {}, v);
        else if (v !== undefined) target[k] = v;
      });
    });
    return target;
  };
  $.each = function (obj, fn) {
    if (Array.isArray(obj) || obj instanceof JQ) { for (var i = 0; i < obj.length; i++) if (fn.call(obj[i], i, obj[i]) === false) break; }
    else Object.keys(obj).forEach(function (k) { fn.call(obj[k], k, obj[k]); });
    return obj;
  };
  $.trim = function (s) { return s == null ? '' : String(s).trim(); };
  $.isFunction = function (f) { return typeof f === 'function'; };
  $.noop = function () {};
  $.uuid = 0;
  $.param = function (obj) {
    if (Array.isArray(obj)) return obj.map(function (p) { return enc(p.name) + '=' + enc(p.value); }).join('&');
    return Object.keys(obj).map(function (k) { return enc(k) + '=' + enc(obj[k] == null ? '' : obj[k]); }).join('&');
  };
  function enc(v) { return encodeURIComponent(v).replace(/%20/g, '+'); }
  $.fn.extend({
    each: function (fn) { for (var i = 0; i < this.length; i++) if (fn.call(this[i], i, this[i]) === false) break; return this; },
    get: function (i) { return i === undefined ? Array.prototype.slice.call(this) : this[i < 0 ? this.length + i : i]; },
    eq: function (i) { return new JQ([this[i < 0 ? this.length + i : i]]); },
    first: function () { return this.eq(0); },
    last: function () { return this.eq(-1); },
    index: function (el) { if (el === undefined) { var e = this[0]; return e ? Array.prototype.indexOf.call(e.parentNode.children, e) : -1; } return Array.prototype.indexOf.call(this, el instanceof JQ ? el[0] : el); },
    find: function (sel) { var out = []; this.each(function () { out.push.apply(out, this.querySelectorAll(sel.replace(/^\s*>/, ':scope >'))); }); return new JQ(uniq(out)); },
    filter: function (sel) { return new JQ(Array.prototype.filter.call(this, function (el, i) { return typeof sel === 'function' ? sel.call(el, i, el) : matches(el, sel); })); },
    not: function (sel) { return new JQ(Array.prototype.filter.call(this, function (el) { return !matches(el, sel); })); },
    is: function (sel) { return Array.prototype.some.call(this, function (el) { return matches(el, sel); }); },
    has: function (sel) { return this.filter(function () { return this.querySelector(sel) !== null; }); },
    closest: function (sel) { var out = []; this.each(function () { var e = this; while (e && e.nodeType === 1) { if (matches(e, sel)) { out.push(e); break; } e = e.parentElement; } }); return new JQ(uniq(out)); },
    parent: function () { return new JQ(uniq(Array.prototype.map.call(this, function (e) { return e.parentElement; }))); },
    parents: function (sel) { var out = []; this.each(function () { var e = this.parentElement; while (e && e !== document.documentElement) { if (!sel || matches(e, sel)) out.push(e); e = e.parentElement; } }); return new JQ(uniq(out)); },
    children: function (sel) { var out = []; this.each(function () { Array.prototype.forEach.call(this.children, function (c) { if (!sel || matches(c, sel)) out.push(c); }); }); return new JQ(out); },
    siblings: function (sel) { var out = []; this.each(function () { var me = this; Array.prototype.forEach.call(me.parentNode.children, function (c) { if (c !== me && (!sel || matches(c, sel))) out.push(c); }); }); return new JQ(uniq(out)); },
    next: function (sel) { return new JQ(Array.prototype.map.call(this, function (e) { var n = e.nextElementSibling; return n && (!sel || matches(n, sel)) ? n : null; })); },
    prev: function (sel) { return new JQ(Array.prototype.map.call(this, function (e) { var n = e.previousElementSibling; return n && (!sel || matches(n, sel)) ? n : null; })); },
    add: function (sel) { return new JQ(uniq(this.get().concat($(sel).get()))); },
    addClass: function (c) { var list = String(c || '').split(/\s+/).filter(Boolean); return this.each(function () { var cl = this.classList; list.forEach(function (x) { cl.add(x); }); }); },
    removeClass: function (c) { var list = String(c || '').split(/\s+/).filter(Boolean); return this.each(function () { var cl = this.classList; list.forEach(function (x) { cl.remove(x); }); }); },
    toggleClass: function (c, on) { var list = String(c).split(/\s+/).filter(Boolean); return this.each(function () { var cl = this.classList; list.forEach(function (x) { cl.toggle(x, on === undefined ? !cl.contains(x) : !!on); }); }); },
    hasClass: function (c) { return Array.prototype.some.call(this, function (e) { return e.classList.contains(c); }); },
    attr: function (name, value) {
      if (typeof name === 'object') { var self = this; Object.keys(name).forEach(function (k) { self.attr(k, name[k]); }); return this; }
      if (value === undefined) { var v = this[0] ? this[0].getAttribute(name) : null; return v === null ? undefined : v; }
      return this.each(function () { if (value === null) this.removeAttribute(name); else if (name === 'text') this.textContent = value; else if (name === 'html') this.innerHTML = value; else this.setAttribute(name, value); });
    },
    removeAttr: function (name) { return this.each(function () { this.removeAttribute(name); }); },
    prop: function (name, value) { if (value === undefined) return this[0] ? this[0][name] : undefined; return this.each(function () { this[name] = value; }); },
    val: function (v) { if (v === undefined) return this[0] ? this[0].value : undefined; return this.each(function () { this.value = v; }); },
    text: function (v) { if (v === undefined) return Array.prototype.map.call(this, function (e) { return e.textContent; }).join(''); return this.each(function () { this.textContent = v; }); },
    html: function (v) { if (v === undefined) return this[0] ? this[0].innerHTML : undefined; return this.each(function () { this.innerHTML = v; }); },
    css: function (name, value) {
      if (typeof name === 'object') { var self = this; Object.keys(name).forEach(function (k) { self.css(k, name[k]); }); return this; }
      if (value === undefined) return this[0] ? getComputedStyle(this[0])[name] : undefined;
      return this.each(function () { this.style[name] = typeof value === 'number' && !/zIndex|z-index|opacity/.test(name) ? value + 'px' : String(value); });
    },
    data: function (key, value) {
      if (value === undefined) { if (!this[0]) return undefined; var d = box(this[0]).data; if (key in d) return d[key]; var a = this[0].getAttribute('data-' + key); return a === null ? undefined : a; }
      return this.each(function () { box(this).data[key] = value; });
    },
    removeData: function (key) { return this.each(function () { delete box(this).data[key]; }); },
    append: function (c) { return this.each(function (i) { var el = this; toNodes(c, i > 0).forEach(function (n) { el.appendChild(n); }); }); },
    prepend: function (c) { return this.each(function (i) { var el = this; toNodes(c, i > 0).reverse().forEach(function (n) { el.insertBefore(n, el.firstChild); }); }); },
    after: function (c) { return this.each(function (i) { var el = this; toNodes(c, i > 0).reverse().forEach(function (n) { el.parentNode.insertBefore(n, el.nextSibling); }); }); },
    before: function (c) { return this.each(function (i) { var el = this; toNodes(c, i > 0).forEach(function (n) { el.parentNode.insertBefore(n, el); }); }); },
    appendTo: function (t) { $(t).append(this); return this; },
    prependTo: function (t) { $(t).prepend(this); return this; },
    insertAfter: function (t) { $(t).after(this); return this; },
    insertBefore: function (t) { $(t).before(this); return this; },
    remove: function () { return this.each(function () { if (this.parentNode) this.parentNode.removeChild(this); }); },
    detach: function () { return this.remove(); },
    empty: function () { return this.each(function () { this.innerHTML = ''; }); },
    clone: function () { return new JQ(Array.prototype.map.call(this, function (e) { return e.cloneNode(true); })); },
    width: function () { var e = this[0]; if (!e) return 0; if (e === window) return window.innerWidth; return e.getBoundingClientRect().width; },
    height: function () { var e = this[0]; if (!e) return 0; if (e === window) return window.innerHeight; return e.getBoundingClientRect().height; },
    outerWidth: function () { return this[0] ? this[0].offsetWidth : 0; },
    outerHeight: function () { return this[0] ? this[0].offsetHeight : 0; },
    offset: function () { var e = this[0]; if (!e) return { top: 0, left: 0 }; var r = e.getBoundingClientRect(); return { top: r.top + window.pageYOffset, left: r.left + window.pageXOffset }; },
    serializeArray: function () {
      var out = [];
      this.each(function () {
        Array.prototype.forEach.call(this.elements || [], function (f) {
          if (!f.name || f.disabled || /^(submit|button|reset|file|image)$/i.test(f.type)) return;
          if (/^(checkbox|radio)$/i.test(f.type) && !f.checked) return;
          out.push({ name: f.name, value: f.value });
        });
      });
      return out;
    },
    serialize: function () { return $.param(this.serializeArray()); }
  });
  function toNodes(c, copy) {
    if (c == null) return [];
    var list;
    if (typeof c === 'string') { var t = document.createElement('template'); t.innerHTML = c; list = Array.prototype.slice.call(t.content.childNodes); }
    else if (c instanceof JQ) list = c.get();
    else if (c.nodeType) list = [c];
    else list = Array.prototype.slice.call(c);
    return copy ? list.map(function (n) { return n.cloneNode(true); }) : list;
  }
  // Events
  $.Event = function (type, props) { var e = new CustomEvent(type, { bubbles: true, cancelable: true }); return $.extend(e, props || {}); };
  $.fn.on = function (types, sel, fn) {
    if (typeof sel === 'function') { fn = sel; sel = null; }
    return this.each(function () {
      var el = this;
      types.split(/\s+/).filter(Boolean).forEach(function (full) {
        var parts = full.split('.'), type = parts[0], ns = parts.slice(1).join('.');
        var h = function (e) {
          var cur = el;
          if (sel) {
            var t = e.target && e.target.nodeType === 1 ? e.target : e.target && e.target.parentElement;
            cur = t && t.closest ? t.closest(sel) : null;
            if (!cur || (el !== document && el !== window && !el.contains(cur))) return;
          }
          var args = [e].concat(e.detail && e.detail.__args ? e.detail.__args : []);
          var r = fn.apply(cur, args);
          if (r === false) { e.preventDefault(); e.stopPropagation(); }
        };
        box(el).events.push({ type: type, ns: ns, fn: fn, h: h });
        el.addEventListener(type, h, false);
      });
    });
  };
  $.fn.bind = $.fn.on;
  $.fn.one = function (type, fn) { var self = this; var once = function () { self.off(type, once); return fn.apply(this, arguments); }; return this.on(type, once); };
  $.fn.off = function (types, fn) {
    return this.each(function () {
      var el = this, b = box(el);
      (types || '').split(/\s+/).forEach(function (full) {
        var parts = full.split('.'), type = parts[0], ns = parts.slice(1).join('.');
        b.events = b.events.filter(function (r) {
          var hit = (!type || r.type === type) && (!ns || r.ns === ns) && (!fn || r.fn === fn);
          if (hit) el.removeEventListener(r.type, r.h, false);
          return !hit;
        });
      });
    });
  };
  $.fn.unbind = $.fn.off;
  $.fn.trigger = function (type, args) {
    return this.each(function () {
      if (type === 'focus' || type === 'blur' || type === 'click') { if (typeof this[type] === 'function') this[type](); return; }
      if (type === 'submit' && this.tagName === 'FORM') { if (this.requestSubmit) this.requestSubmit(); else this.submit(); return; }
      this.dispatchEvent(new CustomEvent(type, { bubbles: true, cancelable: true, detail: { __args: args ? [].concat(args) : [] } }));
    });
  };
  ['click', 'change', 'submit', 'keyup', 'keydown', 'focus', 'blur', 'mouseenter', 'mouseleave', 'input'].forEach(function (n) {
    $.fn[n] = function (fn) { return fn ? this.on(n, fn) : this.trigger(n); };
  });
  $.fn.hover = function (a, b) { return this.on('mouseenter', a).on('mouseleave', b || a); };
  // Effects (jQuery 1.12 timer: 13 ms steps, 'swing' easing)
  $.fx = { off: false, speeds: { slow: 600, fast: 200, _default: 400 } };
  $.easing = { linear: function (p) { return p; }, swing: function (p) { return 0.5 - Math.cos(p * Math.PI) / 2; } };
  function duration(d) { return typeof d === 'number' ? d : $.fx.speeds[d] || $.fx.speeds._default; }
  function run(el, props, dur, done) {
    var b = box(el);
    if (b.anim) { clearInterval(b.anim.timer); b.anim = null; }
    var from = {}, start = Date.now();
    Object.keys(props).forEach(function (k) { var cs = parseFloat(getComputedStyle(el)[k]); from[k] = isNaN(cs) ? 0 : cs; });
    function step() {
      var p = Math.min(1, (Date.now() - start) / dur), e = $.easing.swing(p);
      Object.keys(props).forEach(function (k) { var v = from[k] + (props[k] - from[k]) * e; el.style[k] = k === 'opacity' ? String(v) : v + 'px'; });
      if (p >= 1) { clearInterval(b.anim.timer); b.anim = null; if (done) done.call(el); }
    }
    b.anim = { timer: setInterval(step, 13) };
    step();
  }
  function displayOf(el) { var d = box(el).olddisplay; if (d && d !== 'none') return d; return /^(SPAN|A|LABEL|BUTTON|INPUT)$/.test(el.tagName) ? 'inline-block' : el.tagName === 'LI' ? 'list-item' : el.tagName === 'TABLE' ? 'table' : el.tagName === 'TR' ? 'table-row' : 'block'; }
  function showEl(el) { el.style.display = ''; if (getComputedStyle(el).display === 'none') el.style.display = displayOf(el); }
  function hideEl(el) { var d = getComputedStyle(el).display; if (d !== 'none') box(el).olddisplay = d; el.style.display = 'none'; }
  $.fn.extend({
    show: function () { return this.each(function () { showEl(this); }); },
    hide: function () { return this.each(function () { hideEl(this); }); },
    toggle: function (on) { return this.each(function () { var show = on === undefined ? !visible(this) : on; if (show) showEl(this); else hideEl(this); }); },
    stop: function () { return this.each(function () { var b = box(this); if (b.anim) { clearInterval(b.anim.timer); b.anim = null; } }); },
    animate: function (props, d, cb) { return this.each(function () { run(this, props, duration(d), cb); }); },
    fadeIn: function (d, cb) {
      return this.each(function () {
        var el = this, target = parseFloat(el.style.opacity) || 1;
        if (visible(el) && !box(el).anim) { if (cb) cb.call(el); return; }
        el.style.opacity = '0'; showEl(el);
        run(el, { opacity: target }, duration(d), function () { if (target === 1) el.style.opacity = ''; if (cb) cb.call(el); });
      });
    },
    fadeOut: function (d, cb) {
      return this.each(function () {
        var el = this, start = el.style.opacity;
        if (!visible(el)) { if (cb) cb.call(el); return; }
        run(el, { opacity: 0 }, duration(d), function () { hideEl(el); el.style.opacity = start; if (cb) cb.call(el); });
      });
    },
    slideDown: function (d, cb) {
      return this.each(function () {
        var el = this;
        if (visible(el) && !box(el).anim) { if (cb) cb.call(el); return; }
        showEl(el); var h = el.scrollHeight; el.style.overflow = 'hidden'; el.style.height = '0px';
        run(el, { height: h }, duration(d), function () { el.style.height = ''; el.style.overflow = ''; if (cb) cb.call(el); });
      });
    },
    slideUp: function (d, cb) {
      return this.each(function () {
        var el = this;
        if (!visible(el)) { if (cb) cb.call(el); return; }
        el.style.overflow = 'hidden'; el.style.height = el.offsetHeight + 'px';
        run(el, { height: 0 }, duration(d), function () { hideEl(el); el.style.height = ''; el.style.overflow = ''; if (cb) cb.call(el); });
      });
    }
  });
  // Ajax
  var active = 0, globals = { ajaxStart: [], ajaxStop: [], ajaxSend: [], ajaxSuccess: [], ajaxError: [], ajaxComplete: [] };
  Object.keys(globals).forEach(function (n) { $.fn[n] = function (fn) { globals[n].push(fn); return this; }; });
  function fire(n, args) { globals[n].forEach(function (fn) { try { fn.apply(document, args); } catch (err) { setTimeout(function () { throw err; }); } }); }
  $.active = 0;
  $.ajaxSettings = { headers: {}, cache: true };
  $.ajaxSetup = function (o) { $.extend(true, $.ajaxSettings, o); };
  $.ajax = function (url, o) {
    if (typeof url === 'object') { o = url; url = o.url; }
    o = $.extend({}, $.ajaxSettings, o || {}); o.url = url;
    var type = String(o.type || o.method || 'GET').toUpperCase(), data = o.data, xhr = new XMLHttpRequest();
    if (data && typeof data === 'object') data = $.param(data);
    if (type === 'GET' && data) { url += (url.indexOf('?') < 0 ? '?' : '&') + data; data = null; }
    if (type === 'GET' && o.cache === false) url += (url.indexOf('?') < 0 ? '?' : '&') + '_=' + Date.now();
    var dones = [], fails = [], always = [];
    var jq = {
      readyState: 0, status: 0, statusText: '', responseText: '', responseJSON: undefined,
      done: function (f) { dones.push(f); return jq; }, fail: function (f) { fails.push(f); return jq; },
      always: function (f) { always.push(f); return jq; }, then: function (a, b) { if (a) dones.push(a); if (b) fails.push(b); return jq; },
      abort: function () { aborted = true; xhr.abort(); }, getResponseHeader: function (h) { return xhr.getResponseHeader(h); }
    };
    var aborted = false, global = o.global !== false, ctx = o.context || o;
    xhr.open(type, url, true);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.setRequestHeader('Accept', o.dataType === 'json' ? 'application/json, text/javascript, */*; q=0.01' : o.dataType === 'html' ? 'text/html, */*; q=0.01' : '*/*');
    if (data != null) xhr.setRequestHeader('Content-Type', o.contentType || 'application/x-www-form-urlencoded; charset=UTF-8');
    Object.keys(o.headers || {}).forEach(function (h) { xhr.setRequestHeader(h, o.headers[h]); });
    if (global && active++ === 0) fire('ajaxStart', [$.Event('ajaxStart')]);
    $.active = active;
    if (global) fire('ajaxSend', [$.Event('ajaxSend'), jq, o]);
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) return;
      jq.readyState = 4; jq.status = xhr.status; jq.statusText = xhr.statusText; jq.responseText = xhr.responseText;
      var ok = (xhr.status >= 200 && xhr.status < 300) || xhr.status === 304, result = xhr.responseText, status = ok ? 'success' : 'error', thrown = xhr.statusText;
      var ct = xhr.getResponseHeader('Content-Type') || '';
      if (ct.indexOf('json') >= 0 || o.dataType === 'json') { try { jq.responseJSON = xhr.responseText ? JSON.parse(xhr.responseText) : undefined; if (ok && (o.dataType === 'json' || !o.dataType)) result = jq.responseJSON; } catch (e) { if (ok && o.dataType === 'json') { ok = false; status = 'parsererror'; thrown = e; } } }
      if (aborted) { status = 'abort'; ok = false; }
      if (ok) { if (o.success) o.success.call(ctx, result, status, jq); dones.forEach(function (f) { f.call(ctx, result, status, jq); }); if (global) fire('ajaxSuccess', [$.Event('ajaxSuccess'), jq, o, result]); }
      else { if (o.error) o.error.call(ctx, jq, status, thrown); fails.forEach(function (f) { f.call(ctx, jq, status, thrown); }); if (global && !aborted) fire('ajaxError', [$.Event('ajaxError'), jq, o, thrown]); }
      if (o.complete) o.complete.call(ctx, jq, status);
      always.forEach(function (f) { f.call(ctx, jq, status); });
      if (global) { fire('ajaxComplete', [$.Event('ajaxComplete'), jq, o]); if (--active === 0) fire('ajaxStop', [$.Event('ajaxStop')]); $.active = active; }
    };
    xhr.send(data);
    return jq;
  };
  $.get = function (url, data, fn, dataType) { if (typeof data === 'function') { dataType = fn; fn = data; data = undefined; } return $.ajax({ url: url, type: 'GET', data: data, success: fn, dataType: dataType }); };
  $.post = function (url, data, fn, dataType) { if (typeof data === 'function') { dataType = fn; fn = data; data = undefined; } return $.ajax({ url: url, type: 'POST', data: data, success: fn, dataType: dataType }); };
  $.getJSON = function (url, data, fn) { return $.get(url, data, fn, 'json'); };
  $.fn.load = function (url, data, cb) {
    var self = this; if (typeof data === 'function') { cb = data; data = undefined; }
    $.ajax({ url: url, type: data ? 'POST' : 'GET', data: data, dataType: 'html', complete: function (jq, status) {
      if (status === 'success') { self.html(jq.responseText); self.each(function () { Array.prototype.forEach.call(this.querySelectorAll('script'), function (s) { var n = document.createElement('script'); n.text = s.textContent; s.parentNode.replaceChild(n, s); }); }); }
      if (cb) self.each(function () { cb.call(this, jq.responseText, status, jq); });
    } });
    return this;
  };
  window.jQuery = window.$ = $;
})(window, document);

/*! jQuery BlockUI plugin; version: 2.70.0-2014.11.23 (reduced) | Dual licensed under the MIT and GPL licenses. */
(function ($) {
  'use strict';
  var pageBlock = null, pageBlockEls = [];
  function handler(e) {
    if (!pageBlock) return true;
    if (e.type === 'keydown' && e.keyCode === 9) return true;
    var target = e.target;
    if (pageBlock.contains(target)) return true;
    e.preventDefault(); e.stopPropagation(); return false;
  }
  var events = ['mousedown', 'mouseup', 'keydown', 'keypress', 'keyup', 'touchstart', 'touchend', 'touchmove'];
  function bind(on) { events.forEach(function (ev) { if (on) document.addEventListener(ev, handler, false); else document.removeEventListener(ev, handler, false); }); }
  $.blockUI = function (opts) {
    opts = $.extend(true, {}, $.blockUI.defaults, opts || {});
    pageBlockEls.forEach(function (el) { $(el).stop().remove(); });
    var lyr1 = $('<div class="blockUI" style="display:none"></div>');
    var lyr2 = $('<div class="blockUI blockOverlay" style="display:none"></div>').css(opts.overlayCSS).css({ zIndex: opts.baseZ, border: 'none', margin: '0px', padding: '0px', width: '100%', height: '100%', top: '0px', left: '0px', position: 'fixed' });
    var lyr3 = $('<div class="blockUI ' + opts.blockMsgClass + ' blockPage" style="display:none"></div>').css(opts.css).css({ zIndex: opts.baseZ + 11, position: 'fixed' });
    lyr3.html(opts.message);
    $('body').append(lyr1).append(lyr2).append(lyr3);
    pageBlock = lyr3[0]; pageBlockEls = [lyr1[0], lyr2[0], lyr3[0]];
    bind(true);
    if (document.activeElement && document.activeElement !== document.body && document.activeElement.blur) $.blockUI.lastFocus = document.activeElement;
    lyr2.fadeIn(opts.fadeIn); lyr3.fadeIn(opts.fadeIn);
  };
  $.unblockUI = function (opts) {
    opts = $.extend(true, {}, $.blockUI.defaults, opts || {});
    var els = pageBlockEls; pageBlockEls = []; pageBlock = null; bind(false);
    var count = els.length;
    els.forEach(function (el) { $(el).stop().fadeOut(opts.fadeOut, function () { $(el).remove(); if (--count === 0 && opts.onUnblock) opts.onUnblock(); }); });
  };
  $.blockUI.version = 2.70;
  $.blockUI.defaults = {
    message: '<h1>Please wait...</h1>', blockMsgClass: 'blockMsg', baseZ: 1000, fadeIn: 200, fadeOut: 400,
    css: { padding: '0px', margin: '0px', width: '30%', top: '40%', left: '35%', textAlign: 'center', color: '#000', border: '3px solid #aaa', backgroundColor: '#fff', cursor: 'wait' },
    overlayCSS: { backgroundColor: '#000', opacity: 0.6, cursor: 'wait' }
  };
})(jQuery);
`;

// ---------------------------------------------------------------------------------------------------
// /bundles/jqueryui: jQuery UI 1.12.1 widgets as the portal uses them (menu, autocomplete, accordion,
// button, checkboxradio, controlgroup, dialog, progressbar), with their DOM, classes and timings.
// ---------------------------------------------------------------------------------------------------

const JQUERY_UI_JS = String.raw`/*! jQuery UI - v1.12.1 - 2016-09-14 (reduced build)
* Includes: widget.js, position.js, keycode.js, unique-id.js, tabbable.js, widgets/menu.js, widgets/autocomplete.js,
* widgets/accordion.js, widgets/button.js, widgets/checkboxradio.js, widgets/controlgroup.js, widgets/dialog.js,
* widgets/progressbar.js, effects/effect-fade.js | Copyright jQuery Foundation and other contributors; Licensed MIT */
(function ($) {
  'use strict';
  var K = { BACKSPACE: 8, DOWN: 40, END: 35, ENTER: 13, ESCAPE: 27, HOME: 36, LEFT: 37, PAGE_DOWN: 34, PAGE_UP: 33, RIGHT: 39, SPACE: 32, TAB: 9, UP: 38 };
  $.ui = { version: '1.12.1', keyCode: K };
  var uuid = 0;
  function uniqueId(el) { if (!el.id) el.id = 'ui-id-' + (++uuid); return el.id; }
  function widget(name, Ctor) {
    $.fn[name] = function (opt) {
      var args = Array.prototype.slice.call(arguments, 1), ret;
      this.each(function () {
        var inst = $(this).data('ui-' + name);
        if (typeof opt === 'string') {
          if (opt === 'instance') { ret = inst; return false; }
          if (!inst) throw new Error('cannot call methods on ' + name + ' prior to initialization; attempted to call method \'' + opt + '\'');
          var r = inst[opt].apply(inst, args);
          if (r !== inst && r !== undefined) { ret = r; return false; }
        } else if (inst) { if (inst.option) inst.option(opt || {}); }
        else { inst = new Ctor(this, opt || {}); $(this).data('ui-' + name, inst); }
      });
      return ret !== undefined ? ret : this;
    };
  }
  function visible(el) { return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length); }
  function tabbables(root) {
    return Array.prototype.filter.call(root.querySelectorAll('a[href], button, input, select, textarea, [tabindex]'), function (el) {
      var ti = el.getAttribute('tabindex');
      return !el.disabled && el.type !== 'hidden' && (ti === null || +ti >= 0) && visible(el);
    });
  }
  // position.js (my/at with 'fit' or 'flip' collision), coordinates relative to the offset parent
  $.ui.position = function (el, of, my, at, collision) {
    var r = of === window ? { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight } : of.getBoundingClientRect();
    var w = el.offsetWidth, h = el.offsetHeight, m = (my || 'center').split(' '), a = (at || 'center').split(' ');
    if (m.length === 1) m.push(m[0] === 'left' || m[0] === 'right' ? 'center' : m[0]);
    if (a.length === 1) a.push(a[0] === 'left' || a[0] === 'right' ? 'center' : a[0]);
    var x = r.left + (a[0] === 'left' ? 0 : a[0] === 'right' ? r.width : r.width / 2);
    var y = r.top + (a[1] === 'top' ? 0 : a[1] === 'bottom' ? r.height : r.height / 2);
    var left = x - (m[0] === 'left' ? 0 : m[0] === 'right' ? w : w / 2);
    var top = y - (m[1] === 'top' ? 0 : m[1] === 'bottom' ? h : h / 2);
    if (collision !== 'none') {
      if (left + w > window.innerWidth) left = collision === 'flip' && of !== window ? r.left - w : window.innerWidth - w;
      if (left < 0) left = 0;
      if (top + h > window.innerHeight) top = collision === 'flip' && of !== window ? r.top - h : Math.max(0, window.innerHeight - h);
      if (top < 0) top = 0;
    }
    var op = el.offsetParent;
    if (!op || ((op === document.body || op === document.documentElement) && getComputedStyle(op).position === 'static')) {
      left += window.pageXOffset; top += window.pageYOffset;
    } else {
      var pr = op.getBoundingClientRect();
      left -= pr.left + op.clientLeft - op.scrollLeft; top -= pr.top + op.clientTop - op.scrollTop;
    }
    el.style.left = Math.round(left) + 'px'; el.style.top = Math.round(top) + 'px';
  };

  // ---- menu ----
  function Menu(el, o) {
    var self = this;
    this.el = el; this.$el = $(el);
    this.o = $.extend({ delay: 300, role: 'menu', icons: { submenu: 'ui-icon-caret-1-e' }, position: { my: 'left top', at: 'right top' } }, o);
    this.active = null; this.timer = null; this.activeMenu = this.$el;
    this.$el.addClass('ui-menu ui-widget ui-widget-content').attr('tabindex', 0);
    if (this.o.role) this.$el.attr('role', this.o.role);
    this.refresh();
    this.$el.on('mousedown', '.ui-menu-item', function (e) { e.preventDefault(); });
    this.$el.on('click', '.ui-menu-item', function (e) {
      if (this !== $(e.target).closest('.ui-menu-item')[0]) return;
      if ($(this).hasClass('ui-state-disabled')) return;
      if (!self.active || self.active[0] !== this) self.focus(e, $(this));
      self.select(e);
      if ($(this).children('.ui-menu').length) self.expand(e);
      else if (document.activeElement !== self.el && self.o.role && self.$el.closest('body').length) self.el.focus();
    });
    this.$el.on('mouseover', '.ui-menu-item', function (e) {
      if (this !== $(e.target).closest('.ui-menu-item')[0]) return;
      if (self.active && self.active[0] === this) return;
      if (self.o.mouseFocus && self.o.mouseFocus(e) === false) return;
      $(this).siblings().children('.ui-state-active').removeClass('ui-state-active');
      self.focus(e, $(this));
    });
    this.$el.on('mouseleave', function (e) { self.collapseAll(e); });
    this.$el.on('keydown', function (e) { self._keydown(e); });
    this.$el.on('focus', function (e) { if (e.target !== self.el) return; if (!self.active && self.o.role) self.focus(e, self.$el.children('.ui-menu-item').first()); });
    this.$el.on('blur', function (e) { setTimeout(function () { if (!self.el.contains(document.activeElement)) self.collapseAll(e); }); });
    $(document).on('click', function (e) { if (!$(e.target).closest('.ui-menu').length) self.collapseAll(e); });
  }
  Menu.prototype = {
    option: function (o) { if (typeof o === 'object') $.extend(this.o, o); },
    refresh: function () {
      var self = this;
      this.$el.find('li').each(function () {
        var li = $(this);
        if (li.hasClass('ui-menu-item')) return;
        li.addClass('ui-menu-item');
        var w = li.children().not('ul').first();
        w.addClass('ui-menu-item-wrapper').attr('tabindex', -1); uniqueId(w[0]);
        if (self.o.role) w.attr('role', 'menuitem');
        if (li.hasClass('ui-state-disabled')) w.attr('aria-disabled', 'true');
      });
      this.$el.find('ul').each(function () {
        if (this.classList.contains('ui-menu')) return;
        var m = $(this).addClass('ui-menu ui-widget ui-widget-content ui-front').attr({ role: self.o.role, tabindex: -1, 'aria-hidden': 'true', 'aria-expanded': 'false' }).hide();
        var w = m.prev();
        w.attr('aria-haspopup', 'true').prepend('<span class="ui-menu-icon ui-icon ' + self.o.icons.submenu + '"></span>');
        m.attr('aria-labelledby', w.attr('id'));
      });
    },
    focus: function (event, item) {
      this.blur(event, event && event.type === 'focus');
      this.active = item.first();
      var w = this.active.children('.ui-menu-item-wrapper').addClass('ui-state-active');
      if (this.o.role) this.$el.attr('aria-activedescendant', w.attr('id'));
      this.active.parent().closest('.ui-menu-item').children('.ui-menu-item-wrapper').addClass('ui-state-active');
      if (event && event.type === 'keydown') { this._close(); if (this.active[0].scrollIntoView) this.active[0].scrollIntoView({ block: 'nearest' }); }
      else { var self = this; this.timer = setTimeout(function () { self._close(); }, this.o.delay); }
      var nested = item.children('.ui-menu');
      if (nested.length && event && /^mouse/.test(event.type)) this._startOpening(nested);
      this.activeMenu = item.parent();
      if (this.o.focus) this.o.focus.call(this.el, event, { item: item });
    },
    blur: function (event, fromFocus) {
      if (!fromFocus) clearTimeout(this.timer);
      if (!this.active) return;
      this.active.children('.ui-menu-item-wrapper').removeClass('ui-state-active');
      var prev = this.active; this.active = null;
      if (this.o.blur) this.o.blur.call(this.el, event, { item: prev });
    },
    _startOpening: function (sub) {
      clearTimeout(this.timer);
      if (sub.attr('aria-hidden') !== 'true') return;
      var self = this;
      this.timer = setTimeout(function () { self._close(); self._open(sub); }, this.o.delay);
    },
    _open: function (sub) {
      clearTimeout(this.timer);
      this.$el.find('.ui-menu').not(sub.parents('.ui-menu')).not(sub).hide().attr('aria-hidden', 'true');
      sub.show().removeAttr('aria-hidden').attr('aria-expanded', 'true');
      $.ui.position(sub[0], sub.parent()[0], this.o.position.my, this.o.position.at, 'fit');
    },
    _close: function (start) {
      if (!start) start = this.active ? this.active.parent() : this.$el;
      start.find('.ui-menu').each(function () { $(this).hide().attr('aria-hidden', 'true').attr('aria-expanded', 'false').find('.ui-state-active').removeClass('ui-state-active'); });
    },
    collapseAll: function (event, all) {
      clearTimeout(this.timer);
      var self = this;
      this.timer = setTimeout(function () {
        var cur = all ? self.$el : $(event && event.target).closest('.ui-menu');
        if (!cur.length || !self.el.contains(cur[0])) cur = self.$el;
        self._close(cur); self.blur(event);
        cur.find('.ui-state-active').removeClass('ui-state-active');
        self.activeMenu = cur;
      }, all ? 0 : this.o.delay);
    },
    collapse: function (event) {
      var p = this.active && this.active.parent().closest('.ui-menu-item');
      if (p && p.length && this.el.contains(p[0])) { this._close(); this.focus(event, p); }
    },
    expand: function (event) {
      var item = this.active && this.active.children('.ui-menu').children('.ui-menu-item').first();
      if (item && item.length) { var self = this; this._open(item.parent()); setTimeout(function () { self.focus(event, item); }); }
    },
    select: function (event) {
      this.active = this.active || $(event.target).closest('.ui-menu-item');
      var ui = { item: this.active };
      if (!this.active.children('.ui-menu').length) this.collapseAll(event, true);
      if (this.o.select) this.o.select.call(this.el, event, ui);
    },
    _items: function () { return (this.active ? this.active.parent() : this.activeMenu).children('.ui-menu-item').not('.ui-state-disabled'); },
    _move: function (dir, filter, event) {
      var items = this._items(), i = this.active ? items.index(this.active[0]) : -1, next;
      if (i >= 0) next = items.eq(dir === 'next' ? i + 1 : i - 1);
      if (!next || !next.length || !next[0]) next = filter === 'first' ? items.first() : items.last();
      if (next[0]) this.focus(event, next);
    },
    next: function (e) { this._move('next', 'first', e); },
    previous: function (e) { this._move('prev', 'last', e); },
    isFirstItem: function () { return !!this.active && this._items().index(this.active[0]) === 0; },
    isLastItem: function () { var it = this._items(); return !!this.active && it.index(this.active[0]) === it.length - 1; },
    _keydown: function (e) {
      var k = e.keyCode, handled = true;
      if (k === K.UP) this.previous(e);
      else if (k === K.DOWN) this.next(e);
      else if (k === K.HOME) { this.active = null; this._move('next', 'first', e); }
      else if (k === K.END) { this.active = null; this._move('prev', 'last', e); }
      else if (k === K.LEFT || k === K.ESCAPE) this.collapse(e);
      else if (k === K.RIGHT) { if (this.active && !this.active.hasClass('ui-state-disabled')) this.expand(e); }
      else if (k === K.ENTER || k === K.SPACE) { if (this.active) { if (this.active.children('.ui-menu').length) this.expand(e); else this.select(e); } }
      else handled = false;
      if (handled) e.preventDefault();
    }
  };
  widget('menu', Menu);

  // ---- autocomplete ----
  function Autocomplete(el, o) {
    var self = this;
    this.el = el; this.$el = $(el);
    this.o = $.extend({ minLength: 1, delay: 300, source: null, position: { my: 'left top', at: 'left bottom' }, autoFocus: false,
      messages: { noResults: 'No search results.', results: function (n) { return n + (n > 1 ? ' results are' : ' result is') + ' available, use up and down arrow keys to navigate.'; } } }, o);
    this.pending = 0; this.term = ''; this.previous = el.value; this.selectedItem = null;
    this.$el.addClass('ui-autocomplete-input').attr('autocomplete', 'off');
    var ul = $('<ul></ul>').appendTo(document.body);
    this.menu = new Menu(ul[0], {
      role: null,
      focus: function (event, ui) {
        var item = ui.item.data('ui-autocomplete-item');
        if (self.o.focus && self.o.focus.call(self.el, event, { item: item }) === false) return;
        if (event && /^key/.test(event.type)) self.el.value = item.value;
      },
      select: function (event, ui) {
        var item = ui.item.data('ui-autocomplete-item');
        if (document.activeElement !== self.el) self.el.focus();
        if (!self.o.select || self.o.select.call(self.el, event, { item: item }) !== false) self.el.value = item.value;
        self.term = self.el.value; self.close(event); self.selectedItem = item;
      }
    });
    ul.data('ui-menu', this.menu);
    uniqueId(ul[0]);
    this.$menu = ul.addClass('ui-autocomplete ui-front').hide();
    ul.on('mousedown', function (e) { e.preventDefault(); self.cancelBlur = true; setTimeout(function () { delete self.cancelBlur; if (document.activeElement !== self.el) self.el.focus(); }); });
    this.liveRegion = $('<span role="status" aria-live="assertive" aria-relevant="additions" class="ui-helper-hidden-accessible"></span>').appendTo(document.body);
    this.$el.on('keydown', function (e) { self._keydown(e); });
    this.$el.on('input', function (e) {
      clearTimeout(self.searching);
      self.searching = setTimeout(function () { if (self.term !== self.el.value) { self.selectedItem = null; self.search(null, e); } }, self.o.delay);
    });
    this.$el.on('focus', function () { self.selectedItem = null; self.previous = self.el.value; });
    this.$el.on('blur', function (e) {
      if (self.cancelBlur) { delete self.cancelBlur; return; }
      clearTimeout(self.searching); self.close(e); self._change(e);
    });
  }
  Autocomplete.prototype = {
    option: function (o) { if (typeof o === 'object') $.extend(this.o, o); },
    widget: function () { return this.$menu; },
    _keydown: function (e) {
      if (this.el.readOnly) return;
      var k = e.keyCode, open = visible(this.$menu[0]);
      if (k === K.UP || k === K.DOWN) {
        e.preventDefault();
        if (!open) { this.search(null, e); return; }
        var dir = k === K.UP ? 'previous' : 'next';
        if ((this.menu.isFirstItem() && dir === 'previous') || (this.menu.isLastItem() && dir === 'next')) { this.el.value = this.term; this.menu.blur(); return; }
        this.menu[dir](e);
      } else if (k === K.ENTER) {
        if (open && this.menu.active) { e.preventDefault(); this.menu.select(e); }
      } else if (k === K.TAB) {
        if (open && this.menu.active) this.menu.select(e);
      } else if (k === K.ESCAPE) {
        if (open) { this.el.value = this.term; this.close(e); e.preventDefault(); }
      }
    },
    search: function (value, e) {
      value = value != null ? value : this.el.value;
      this.term = this.el.value;
      if (value.length < this.o.minLength) return this.close(e);
      if (this.o.search && this.o.search.call(this.el, e, {}) === false) return;
      this._search(value);
    },
    _search: function (term) {
      var self = this, src = this.o.source;
      this.pending++; this.$el.addClass('ui-autocomplete-loading'); this.cancelSearch = false;
      var respond = function (content) { self._response(content); };
      if (Array.isArray(src)) {
        var re = new RegExp(term.replace(/[\-\[\]{}()*+?.,\\\^$|#\s]/g, '\\$&'), 'i');
        respond(src.filter(function (v) { return re.test(v.label || v.value || v); }));
      } else if (typeof src === 'string') {
        if (this.xhr) this.xhr.abort();
        this.xhr = $.ajax({ url: src, data: { term: term }, dataType: 'json', success: respond, error: function () { respond([]); } });
      } else src.call(this.el, { term: term }, respond);
    },
    _response: function (content) {
      if (content) content = content.map(function (it) { return typeof it === 'string' ? { label: it, value: it } : $.extend({}, it, { label: it.label || it.value, value: it.value || it.label }); });
      if (this.o.response) this.o.response.call(this.el, null, { content: content });
      if (content && content.length && !this.cancelSearch) { this._suggest(content); if (this.o.open) this.o.open.call(this.el, null, {}); }
      else this.close();
      this.pending--; if (!this.pending) this.$el.removeClass('ui-autocomplete-loading');
      if (this.cancelSearch) return;
      this.liveRegion.text(content && content.length ? this.o.messages.results(content.length) : this.o.messages.noResults);
    },
    _suggest: function (items) {
      var ul = this.$menu.empty();
      items.forEach(function (item) {
        var li = $('<li></li>').append($('<div></div>').text(item.label));
        li.data('ui-autocomplete-item', item); ul.append(li);
      });
      this.menu.active = null; this.menu.activeMenu = ul; this.menu.refresh();
      ul.show(); ul[0].style.width = '';
      ul[0].style.width = Math.max(ul[0].offsetWidth + 1, this.el.offsetWidth) + 'px';
      ul[0].scrollTop = 0;
      $.ui.position(ul[0], this.el, this.o.position.my, this.o.position.at, 'flip');
      if (this.o.autoFocus) this.menu.next();
    },
    close: function (e) {
      clearTimeout(this.searching);
      if (visible(this.$menu[0])) { this.$menu.hide(); this.menu.blur(); if (this.o.close) this.o.close.call(this.el, e, {}); }
      this.cancelSearch = true;
    },
    _change: function (e) {
      if (this.previous !== this.el.value && this.o.change) this.o.change.call(this.el, e, { item: this.selectedItem });
    },
    destroy: function () { this.$menu.remove(); this.liveRegion.remove(); this.$el.removeClass('ui-autocomplete-input').removeData('ui-autocomplete'); }
  };
  widget('autocomplete', Autocomplete);

  // ---- accordion ----
  function Accordion(el, o) {
    var self = this;
    this.el = el; this.$el = $(el);
    this.o = $.extend({ active: 0, animate: 400, collapsible: false, heightStyle: 'auto', header: '> h3', icons: { header: 'ui-icon-triangle-1-e', activeHeader: 'ui-icon-triangle-1-s' } }, o);
    this.$el.addClass('ui-accordion ui-widget ui-helper-reset').attr('role', 'tablist');
    this.headers = this.$el.children('h3');
    this.headers.each(function () {
      var h = $(this), p = h.next();
      uniqueId(this); uniqueId(p[0]);
      h.addClass('ui-accordion-header ui-corner-top ui-state-default ui-accordion-icons').attr({ role: 'tab', 'aria-controls': p[0].id });
      h.prepend('<span class="ui-accordion-header-icon ui-icon ' + self.o.icons.header + '"></span>');
      p.addClass('ui-accordion-content ui-corner-bottom ui-helper-reset ui-widget-content').attr({ role: 'tabpanel', 'aria-labelledby': this.id });
    });
    var a = this.o.active;
    this.active = a === false && this.o.collapsible ? -1 : Math.max(0, Math.min(this.headers.length - 1, +a || 0));
    this.headers.each(function (i) { self._state(i, i === self.active); if (i !== self.active) $(this).next().hide(); });
    if (this.active < 0) this.headers.first().attr('tabindex', 0);
    this.headers.on('click', function (e) { e.preventDefault(); self._activate(self.headers.index(this), e); });
    this.headers.on('mouseenter', function () { $(this).addClass('ui-state-hover'); }).on('mouseleave', function () { $(this).removeClass('ui-state-hover'); });
    this.headers.on('focus', function () { $(this).addClass('ui-state-focus'); }).on('blur', function () { $(this).removeClass('ui-state-focus'); });
    this.headers.on('keydown', function (e) {
      var i = self.headers.index(this), n = self.headers.length, to = -1;
      if (e.keyCode === K.RIGHT || e.keyCode === K.DOWN) to = (i + 1) % n;
      else if (e.keyCode === K.LEFT || e.keyCode === K.UP) to = (i - 1 + n) % n;
      else if (e.keyCode === K.HOME) to = 0;
      else if (e.keyCode === K.END) to = n - 1;
      else if (e.keyCode === K.SPACE || e.keyCode === K.ENTER) { e.preventDefault(); self._activate(i, e); return; }
      if (to >= 0) { e.preventDefault(); $(this).attr('tabindex', -1); self.headers.eq(to).attr('tabindex', 0)[0].focus(); }
    });
  }
  Accordion.prototype = {
    option: function (o) { if (typeof o === 'object') $.extend(this.o, o); },
    _state: function (i, on) {
      var h = this.headers.eq(i), p = h.next(), icon = h.children('.ui-accordion-header-icon');
      h.toggleClass('ui-accordion-header-active ui-state-active', on).toggleClass('ui-accordion-header-collapsed ui-corner-all', !on)
        .attr({ 'aria-selected': on ? 'true' : 'false', 'aria-expanded': on ? 'true' : 'false', tabindex: on ? 0 : -1 });
      icon.toggleClass(this.o.icons.activeHeader, on).toggleClass(this.o.icons.header, !on);
      p.toggleClass('ui-accordion-content-active', on).attr('aria-hidden', on ? 'false' : 'true');
    },
    _activate: function (i, e) {
      var active = this.active, collapsing = i === active && this.o.collapsible;
      if (i === active && !collapsing) return;
      var toHide = active >= 0 ? this.headers.eq(active).next() : $([]);
      var toShow = collapsing ? $([]) : this.headers.eq(i).next();
      if (active >= 0) this._state(active, false);
      this.active = collapsing ? -1 : i;
      if (!collapsing) this._state(i, true);
      if (this.active < 0) this.headers.eq(i).attr('tabindex', 0);
      var self = this, dur = this.o.animate === false ? 0 : this.o.animate;
      toHide.stop().slideUp(dur);
      toShow.stop().slideDown(dur, function () { if (self.o.activate) self.o.activate.call(self.el, e, { newHeader: self.headers.eq(i) }); });
    },
    option_active: function () { return this.active; }
  };
  widget('accordion', Accordion);

  // ---- button ----
  function Button(el, o) {
    this.el = el; this.o = $.extend({ disabled: !!el.disabled }, o);
    $(el).addClass('ui-button ui-corner-all ui-widget');
    if (this.o.icon) $(el).prepend('<span class="ui-button-icon ui-icon ' + this.o.icon + '"></span><span class="ui-button-icon-space"> </span>');
    this._disable(this.o.disabled);
  }
  Button.prototype = {
    option: function (k, v) { if (typeof k === 'object') { if ('disabled' in k) this._disable(k.disabled); if ('label' in k) $(this.el).text(k.label); return; } if (k === 'disabled') this._disable(v); if (k === 'label') $(this.el).text(v); },
    _disable: function (on) { this.o.disabled = !!on; $(this.el).toggleClass('ui-button-disabled ui-state-disabled', !!on).prop('disabled', !!on).attr('aria-disabled', on ? 'true' : null); },
    disable: function () { this._disable(true); }, enable: function () { this._disable(false); }
  };
  widget('button', Button);

  // ---- checkboxradio ----
  function Checkboxradio(el, o) {
    var self = this;
    this.el = el; this.$el = $(el); this.o = $.extend({ icon: true }, o); this.type = el.type;
    this.label = $(document.querySelectorAll('label[for="' + el.id + '"]')).first();
    this.$el.addClass('ui-checkboxradio ui-helper-hidden-accessible');
    this.label.addClass('ui-checkboxradio-label ui-corner-all ui-button ui-widget' + (this.type === 'radio' ? ' ui-checkboxradio-radio-label' : ''));
    this.icon = $('<span class="ui-checkboxradio-icon ui-corner-all ui-icon ui-icon-background ui-icon-blank"></span>');
    this.label.prepend(this.icon); this.icon.after('<span class="ui-checkboxradio-icon-space"> </span>');
    this.$el.on('change', function () { self._group().each(function () { var i = $(this).data('ui-checkboxradio'); if (i) i.refresh(); }); });
    this.$el.on('focus', function () { self.label.addClass('ui-state-focus ui-visual-focus'); }).on('blur', function () { self.label.removeClass('ui-state-focus ui-visual-focus'); });
    this.refresh();
  }
  Checkboxradio.prototype = {
    option: function () {},
    _group: function () { if (this.type !== 'radio' || !this.el.name) return this.$el; var f = this.el.form || document; return $(f.querySelectorAll('input[type=radio][name="' + this.el.name + '"]')); },
    refresh: function () {
      var on = this.el.checked;
      this.label.toggleClass('ui-checkboxradio-checked ui-state-active', on);
      if (this.type === 'checkbox') this.icon.toggleClass('ui-icon-check ui-state-checked', on).toggleClass('ui-icon-blank', !on);
      this.label.toggleClass('ui-checkboxradio-disabled ui-state-disabled', !!this.el.disabled);
    }
  };
  widget('checkboxradio', Checkboxradio);

  // ---- controlgroup ----
  function Controlgroup(el, o) {
    this.el = el; this.o = $.extend({ direction: 'horizontal' }, o);
    var $el = $(el).addClass('ui-controlgroup ui-controlgroup-' + this.o.direction + ' ui-helper-clearfix').attr('role', 'toolbar');
    $el.find('input[type=radio], input[type=checkbox]').each(function () { if (!$(this).data('ui-checkboxradio')) $(this).checkboxradio(); });
    var labels = $el.find('.ui-checkboxradio-label, .ui-button').filter(function () { return this.tagName !== 'INPUT'; });
    labels.addClass('ui-controlgroup-item');
    var horiz = this.o.direction === 'horizontal';
    labels.each(function (i) {
      var l = $(this).removeClass('ui-corner-all');
      if (i === 0) l.addClass(horiz ? 'ui-corner-left' : 'ui-corner-top');
      if (i === labels.length - 1) l.addClass(horiz ? 'ui-corner-right' : 'ui-corner-bottom');
    });
  }
  Controlgroup.prototype = { option: function () {}, refresh: function () {} };
  widget('controlgroup', Controlgroup);

  // ---- progressbar ----
  function Progressbar(el, o) {
    this.el = el; this.o = $.extend({ value: 0, max: 100 }, o);
    $(el).addClass('ui-progressbar ui-widget ui-widget-content ui-corner-all').attr({ role: 'progressbar', 'aria-valuemin': 0 });
    this.valueDiv = $('<div class="ui-progressbar-value ui-widget-header ui-corner-left"></div>').appendTo(el);
    this._refresh();
  }
  Progressbar.prototype = {
    option: function (k, v) { if (typeof k === 'object') $.extend(this.o, k); else if (v !== undefined) this.o[k] = v; else return this.o[k]; this._refresh(); },
    value: function (v) { if (v === undefined) return this.o.value; this.o.value = Math.max(0, Math.min(this.o.max, v)); this._refresh(); },
    _refresh: function () {
      var v = this.o.value, pct = (100 * v) / this.o.max;
      this.valueDiv.toggle(v > 0).toggleClass('ui-corner-right', v === this.o.max);
      this.valueDiv[0].style.width = pct.toFixed(0) + '%';
      $(this.el).attr({ 'aria-valuemax': this.o.max, 'aria-valuenow': v }).toggleClass('ui-progressbar-complete', v === this.o.max);
    }
  };
  widget('progressbar', Progressbar);

  // ---- dialog ----
  function Dialog(el, o) {
    var self = this;
    this.el = el; this.$el = $(el);
    this.o = $.extend({ autoOpen: true, buttons: [], closeOnEscape: true, closeText: 'Close', dialogClass: '', draggable: true, modal: false, resizable: true, show: null, hide: null, title: null, width: 300, minHeight: 150 }, o);
    this.orig = { parent: el.parentNode, next: el.nextSibling, style: el.getAttribute('style'), title: el.getAttribute('title') };
    if (this.o.title == null) this.o.title = this.orig.title;
    this.$el.show().removeAttr('title'); uniqueId(el);
    var ui = this.uiDialog = $('<div tabindex="-1" role="dialog"></div>').addClass('ui-dialog ui-corner-all ui-widget ui-widget-content ui-front' + (this.o.dialogClass ? ' ' + this.o.dialogClass : ''));
    ui[0].style.display = 'none'; ui[0].style.position = 'absolute'; ui[0].style.height = 'auto'; ui[0].style.width = this.o.width + 'px';
    ui.appendTo(document.body);
    this.$el.addClass('ui-dialog-content ui-widget-content').appendTo(ui);
    this.$el.css({ width: 'auto', minHeight: (this.o.minHeight ? 0 : 0) + 'px', maxHeight: 'none', height: 'auto' });
    var tb = this.titlebar = $('<div class="ui-dialog-titlebar ui-corner-all ui-widget-header ui-helper-clearfix"></div>');
    var close = $('<button type="button" class="ui-button ui-corner-all ui-widget ui-button-icon-only ui-dialog-titlebar-close"></button>').attr('title', this.o.closeText)
      .html('<span class="ui-button-icon ui-icon ui-icon-closethick"></span><span class="ui-button-icon-space"> </span>' + this.o.closeText).appendTo(tb);
    var title = $('<span class="ui-dialog-title"></span>').prependTo(tb); uniqueId(title[0]);
    title.html(this.o.title || '&#160;');
    tb.prependTo(ui);
    ui.attr({ 'aria-describedby': el.id, 'aria-labelledby': title[0].id });
    close.on('click', function (e) { e.preventDefault(); self.close(e); });
    this._createButtons();
    if (this.o.draggable) { ui.addClass('ui-draggable'); tb.addClass('ui-draggable-handle'); this._makeDraggable(); }
    if (this.o.resizable) {
      ui.addClass('ui-resizable');
      ['n', 'e', 's', 'w', 'se', 'sw', 'ne', 'nw'].forEach(function (d) {
        $('<div class="ui-resizable-handle ui-resizable-' + d + (d === 'se' ? ' ui-icon ui-icon-gripsmall-diagonal-se' : '') + '" style="z-index: 90;"></div>').appendTo(ui);
      });
    }
    ui.on('keydown', function (e) {
      if (self.o.closeOnEscape && e.keyCode === K.ESCAPE && !e.defaultPrevented) { e.preventDefault(); self.close(e); return; }
      if (e.keyCode !== K.TAB) return;
      var t = tabbables(ui[0]), first = t[0], last = t[t.length - 1];
      if (!first) { e.preventDefault(); return; }
      if ((e.target === last || e.target === ui[0]) && !e.shiftKey) { e.preventDefault(); first.focus(); }
      else if ((e.target === first || e.target === ui[0]) && e.shiftKey) { e.preventDefault(); last.focus(); }
    });
    ui.on('mousedown', function () { if (self._moveToTop() && self.overlay) self.overlay.css('z-index', +self.uiDialog.css('zIndex') - 1); });
    if (this.o.autoOpen) this.open();
  }
  Dialog.prototype = {
    _createButtons: function () {
      var self = this, b = this.o.buttons;
      if (this.buttonPane) { this.buttonPane.remove(); this.buttonPane = null; }
      var list = Array.isArray(b) ? b : Object.keys(b || {}).map(function (k) { return { text: k, click: b[k] }; });
      this.uiDialog.toggleClass('ui-dialog-buttons', list.length > 0);
      if (!list.length) return;
      var pane = this.buttonPane = $('<div class="ui-dialog-buttonpane ui-widget-content ui-helper-clearfix"></div>');
      var set = $('<div class="ui-dialog-buttonset"></div>').appendTo(pane);
      list.forEach(function (p) {
        var btn = $('<button type="button"></button>').text(p.text).addClass('ui-button ui-corner-all ui-widget' + (p['class'] ? ' ' + p['class'] : ''));
        if (p.id) btn.attr('id', p.id);
        btn.on('click', function (e) { p.click.call(self.el, e); });
        set.append(btn);
      });
      var handles = this.uiDialog.children('.ui-resizable-handle');
      if (handles.length) handles.first().before(pane); else this.uiDialog.append(pane);
    },
    _makeDraggable: function () {
      var self = this, ui = this.uiDialog[0];
      this.titlebar.on('mousedown', function (e) {
        if (e.button !== 0 || $(e.target).closest('.ui-dialog-titlebar-close').length) return;
        e.preventDefault();
        var sx = e.pageX, sy = e.pageY, l = parseFloat(ui.style.left) || 0, t = parseFloat(ui.style.top) || 0;
        var move = function (ev) { ui.style.left = l + ev.pageX - sx + 'px'; ui.style.top = Math.max(0, t + ev.pageY - sy) + 'px'; self.uiDialog.addClass('ui-dialog-dragging'); };
        var up = function () { document.removeEventListener('mousemove', move); document.removeEventListener('mouseup', up); self.uiDialog.removeClass('ui-dialog-dragging'); };
        document.addEventListener('mousemove', move); document.addEventListener('mouseup', up);
      });
    },
    _moveToTop: function () {
      var own = +this.uiDialog.css('zIndex') || 100, max = 0;
      this.uiDialog.siblings('.ui-front').each(function () { if (visible(this)) max = Math.max(max, +getComputedStyle(this).zIndex || 0); });
      if (max >= own) { this.uiDialog[0].style.zIndex = String(max + 1); return true; }
      return false;
    },
    _position: function () {
      var ui = this.uiDialog[0], hidden = ui.style.display === 'none';
      if (hidden) { ui.style.visibility = 'hidden'; ui.style.display = 'block'; }
      $.ui.position(ui, window, 'center', 'center', 'fit');
      if (hidden) { ui.style.display = 'none'; ui.style.visibility = ''; }
    },
    _focusTabbable: function () {
      var t = this.el.querySelector('[autofocus]') || tabbables(this.el)[0] || (this.buttonPane && tabbables(this.buttonPane[0])[0]) || this.titlebar.find('.ui-dialog-titlebar-close')[0] || this.uiDialog[0];
      if (t && visible(t)) t.focus(); else this.uiDialog[0].focus();
    },
    open: function () {
      var self = this;
      if (this._isOpen) { this._moveToTop(); return; }
      this._isOpen = true; this.opener = document.activeElement;
      this._position();
      if (this.o.modal) this.overlay = $('<div class="ui-widget-overlay ui-front"></div>').appendTo(document.body);
      this._moveToTop();
      if (this.overlay) this.overlay[0].style.zIndex = String((+this.uiDialog.css('zIndex') || 100) - 1);
      var done = function () { self._focusTabbable(); };
      var show = this.o.show;
      if (show && (show.effect === 'fade' || typeof show === 'number' || show === 'fade')) this.uiDialog.fadeIn(typeof show === 'number' ? show : show.duration || 400, done);
      else { this.uiDialog.show(); done(); }
      if (this.o.open) this.o.open.call(this.el, $.Event('dialogopen'), {});
    },
    close: function (event) {
      var self = this;
      if (!this._isOpen) return;
      if (this.o.beforeClose && this.o.beforeClose.call(this.el, event, {}) === false) return;
      this._isOpen = false;
      if (this.overlay) { this.overlay.remove(); this.overlay = null; }
      if (this.opener && this.opener !== document.body && document.body.contains(this.opener) && visible(this.opener)) this.opener.focus();
      else if (document.activeElement && this.uiDialog[0].contains(document.activeElement)) document.activeElement.blur();
      var done = function () { if (self.o.close) self.o.close.call(self.el, event || $.Event('dialogclose'), {}); };
      var hide = this.o.hide;
      if (hide && (hide.effect === 'fade' || typeof hide === 'number')) this.uiDialog.fadeOut(typeof hide === 'number' ? hide : hide.duration || 400, done);
      else { this.uiDialog.hide(); done(); }
    },
    isOpen: function () { return !!this._isOpen; },
    moveToTop: function () { this._moveToTop(); },
    option: function (k, v) {
      if (typeof k === 'object') { $.extend(this.o, k); if ('buttons' in k) this._createButtons(); if ('title' in k) this.titlebar.find('.ui-dialog-title').html(k.title || '&#160;'); return; }
      if (v === undefined) return this.o[k];
      var o = {}; o[k] = v; this.option(o);
    },
    destroy: function () {
      if (this.overlay) { this.overlay.remove(); this.overlay = null; }
      this.$el.removeClass('ui-dialog-content ui-widget-content').removeData('ui-dialog');
      if (this.orig.style === null) this.el.removeAttribute('style'); else this.el.setAttribute('style', this.orig.style);
      if (this.orig.title) this.el.setAttribute('title', this.orig.title);
      if (this.orig.parent) this.orig.parent.insertBefore(this.el, this.orig.next && this.orig.next.parentNode === this.orig.parent ? this.orig.next : null);
      else this.$el.remove();
      this.uiDialog.remove();
    }
  };
  widget('dialog', Dialog);
})(jQuery);
`;

// ---------------------------------------------------------------------------------------------------
// /bundles/jqueryval: jQuery Validation 1.17-like (label.error after the field, aria-invalid,
// lazy-then-eager validation), and /bundles/site: the portal's common script.
// ---------------------------------------------------------------------------------------------------

const JQUERY_VALIDATE_JS = String.raw`/*! jQuery Validation Plugin - v1.17.0 - 7/29/2017 (reduced) | https://jqueryvalidation.org/ | (c) 2017 Jorn Zaefferer | Licensed MIT */
(function ($) {
  'use strict';
  function visible(el) { return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length); }
  function format(msg, p) { if (typeof msg === 'function') return msg(p); return String(msg).replace(/\{0\}/g, p); }
  function Validator(form, o) {
    var self = this;
    this.form = form; this.submitted = {}; this.invalid = {}; this.errorList = [];
    this.s = $.extend(true, { rules: {}, messages: {}, errorClass: 'error', validClass: 'valid', errorElement: 'label', ignore: ':hidden', focusInvalid: true,
      errorPlacement: null, submitHandler: null, invalidHandler: null }, o);
    form.setAttribute('novalidate', 'novalidate');
    form.addEventListener('submit', function (e) {
      var ok = self.form_();
      if (!ok) { e.preventDefault(); if (self.s.invalidHandler) self.s.invalidHandler.call(form, e, self); self.focusInvalid(); return; }
      if (self.s.submitHandler) { e.preventDefault(); self.s.submitHandler.call(self, form, e); }
    });
    var skip = [16, 17, 18, 20, 35, 36, 37, 38, 39, 40, 45, 144, 225];
    $(form).on('focusout', 'input, select, textarea', function () {
      if (!self.checkable(this) && (this.name in self.submitted || !self.optional(this))) self.element(this);
    });
    $(form).on('keyup', 'input, select, textarea', function (e) {
      if ((e.which === 9 && this.value === '') || skip.indexOf(e.keyCode) >= 0) return;
      if (this.name in self.submitted || this.name in self.invalid) self.element(this);
    });
    $(form).on('click', 'input[type=radio], input[type=checkbox], select', function () { if (this.name in self.submitted) self.element(this); });
    $(form).on('change', 'input[type=radio], input[type=checkbox]', function () { if (this.name in self.submitted) self.element(this); });
  }
  Validator.prototype = {
    checkable: function (el) { return /radio|checkbox/i.test(el.type); },
    group: function (el) { return this.checkable(el) ? $(this.form.querySelectorAll('[name="' + el.name + '"]')) : $(el); },
    value: function (el) { if (this.checkable(el)) return this.group(el).filter(':checked').length ? this.group(el).filter(':checked').val() : ''; return el.value; },
    idOrName: function (el) { return this.checkable(el) ? el.name : el.id || el.name; },
    optional: function (el) { return !$.validator.methods.required.call(this, this.value(el), el); },
    rulesFor: function (el) { return this.s.rules[el.name] || {}; },
    elements: function () {
      var self = this, seen = {};
      return Array.prototype.filter.call(this.form.querySelectorAll('input, select, textarea'), function (el) {
        if (!el.name || el.disabled || /^(submit|reset|image|button)$/i.test(el.type)) return false;
        if (seen[el.name] || !Object.keys(self.rulesFor(el)).length) return false;
        if (self.s.ignore === ':hidden' && !visible(self.checkable(el) ? (self.labelOf(el) || el) : el)) return false;
        seen[el.name] = true; return true;
      });
    },
    labelOf: function (el) { return this.form.querySelector('label[for="' + el.id + '"]'); },
    check: function (el) {
      var rules = this.rulesFor(el), val = this.value(el), names = Object.keys(rules);
      for (var i = 0; i < names.length; i++) {
        var m = names[i], p = rules[m], fn = $.validator.methods[m];
        if (!fn) continue;
        if (m !== 'required' && this.optional(el)) continue;
        if (fn.call(this, val, el, p) === false) {
          var custom = this.s.messages[el.name], msg = custom && (typeof custom === 'string' ? custom : custom[m]);
          return format(msg || $.validator.messages[m] || 'Warning: No message defined for ' + el.name, p);
        }
      }
      return null;
    },
    errorFor: function (el) { var n = this.idOrName(el); return $(this.form.querySelectorAll('label.' + this.s.errorClass)).filter(function () { return this.getAttribute('for') === n; }).first(); },
    element: function (el) {
      var msg = this.check(el), name = el.name, grp = this.group(el), label = this.errorFor(el);
      if (msg) {
        this.invalid[name] = true;
        grp.addClass(this.s.errorClass).removeClass(this.s.validClass).attr('aria-invalid', 'true');
        if (!label.length) {
          var id = this.idOrName(el);
          label = $('<label></label>').attr('id', id + '-error').addClass(this.s.errorClass);
          if (this.s.errorPlacement) this.s.errorPlacement.call(this, label, $(el)); else label.insertAfter(el);
          label.attr('for', id);
          var d = el.getAttribute('aria-describedby');
          if (!d || d.split(' ').indexOf(id + '-error') < 0) el.setAttribute('aria-describedby', (d ? d + ' ' : '') + id + '-error');
        }
        label.html(msg).show();
        return false;
      }
      delete this.invalid[name];
      grp.removeClass(this.s.errorClass).addClass(this.s.validClass).attr('aria-invalid', 'false');
      if (label.length) label.text('').hide();
      return true;
    },
    form_: function () {
      var self = this, ok = true; this.errorList = [];
      this.elements().forEach(function (el) { self.submitted[el.name] = true; if (!self.element(el)) { ok = false; self.errorList.push(el); } });
      return ok;
    },
    focusInvalid: function () { if (this.s.focusInvalid && this.errorList[0]) { try { this.errorList[0].focus(); } catch (e) { /* hidden */ } } },
    resetForm: function () {
      var self = this; this.submitted = {}; this.invalid = {};
      $(this.form.querySelectorAll('label.' + this.s.errorClass)).text('').hide();
      $(this.form.querySelectorAll('.' + this.s.errorClass)).not('label').removeClass(this.s.errorClass).removeAttr('aria-invalid');
      return self;
    },
    numberOfInvalids: function () { return Object.keys(this.invalid).length; }
  };
  $.validator = { messages: {
      required: 'This field is required.', equalTo: 'Please enter the same value again.', digits: 'Please enter only digits.',
      minlength: 'Please enter at least {0} characters.', maxlength: 'Please enter no more than {0} characters.', email: 'Please enter a valid email address.'
    },
    methods: {
      required: function (v, el) { if (/radio|checkbox/i.test(el.type)) return !!v; return $.trim(v).length > 0; },
      minlength: function (v, el, p) { return v.length >= p; },
      maxlength: function (v, el, p) { return v.length <= p; },
      digits: function (v) { return /^\d+$/.test(v); },
      email: function (v) { return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v); },
      equalTo: function (v, el, p) { return v === $(p).val(); }
    },
    addMethod: function (name, fn, msg) { $.validator.methods[name] = fn; if (msg !== undefined) $.validator.messages[name] = msg; }
  };
  $.fn.validate = function (o) {
    var f = this[0]; if (!f) return undefined;
    var v = $(f).data('validator'); if (v) return v;
    v = new Validator(f, o || {}); $(f).data('validator', v); return v;
  };
  $.fn.valid = function () {
    var ok = true;
    this.each(function () {
      if (this.tagName === 'FORM') { var v = $(this).validate(); ok = v.form_() && ok; v.focusInvalid(); return; }
      var fv = this.form && $(this.form).data('validator');
      if (fv) { fv.submitted[this.name] = true; ok = fv.element(this) && ok; }
    });
    return ok;
  };
})(jQuery);
`;

const SITE_JS = `/* e-Invoice System - common.js (NIC) */
var EINV = window.EINV || {};
(function ($) {
  'use strict';
  $.blockUI.defaults.message = '<h4>Please wait...</h4>';
  $.blockUI.defaults.css.border = '1px solid #4297d7';
  $.blockUI.defaults.css.borderRadius = '5px';
  $.blockUI.defaults.css.width = '260px';
  $.blockUI.defaults.css.left = 'calc(50% - 130px)';
  $.blockUI.defaults.overlayCSS.opacity = 0.35;
  $.ajaxSetup({ cache: false });
  $(document).ajaxStart(function () { $.blockUI(); }).ajaxStop(function () { $.unblockUI(); });
  $(document).ajaxError(function (event, xhr) {
    if (xhr.status === 401) { EINV.sessionExpired(xhr.responseJSON || {}); return; }
    if (xhr.status === 0) return;
    EINV.alert('Error', 'An error occurred while processing your request. Please try again later.', null, 'alert');
  });
  EINV.token = function () { return $('input[name="__RequestVerificationToken"]').first().val() || ''; };
  EINV.alert = function (title, message, onOk, icon) {
    var html = '<div><p>' + (icon ? '<span class="ui-icon ui-icon-' + icon + '" style="float:left; margin:2px 7px 20px 0;"></span>' : '') + message + '</p></div>';
    $(html).dialog({
      title: title, modal: true, resizable: false, width: 430,
      buttons: [{ text: 'Ok', click: function () { $(this).dialog('close'); } }],
      close: function () { $(this).dialog('destroy').remove(); if (onOk) onOk(); }
    });
  };
  EINV.confirm = function (title, message, onYes) {
    $('<div><p><span class="ui-icon ui-icon-alert" style="float:left; margin:2px 7px 20px 0;"></span>' + message + '</p></div>').dialog({
      title: title, modal: true, resizable: false, width: 460,
      buttons: [
        { text: 'Yes', click: function () { $(this).dialog('close'); onYes(); } },
        { text: 'No', click: function () { $(this).dialog('close'); } }
      ],
      close: function () { $(this).dialog('destroy').remove(); }
    });
  };
  EINV.sessionExpired = function (r) {
    if (document.getElementById('dlgSessionExpired')) return;
    var to = r.RedirectUrl || ('/Account/Login?ReturnUrl=' + encodeURIComponent(location.pathname));
    $('<div id="dlgSessionExpired"><p><span class="ui-icon ui-icon-alert" style="float:left; margin:2px 7px 20px 0;"></span>' + (r.Message || 'Your session has expired. Please login again.') + '</p></div>').dialog({
      title: 'Session Expired', modal: true, resizable: false, closeOnEscape: false, dialogClass: 'no-close', width: 400,
      buttons: [{ text: 'Ok', click: function () { window.location.href = to; } }]
    });
  };
  $(function () {
    $('.ui-button').each(function () { if (!$(this).data('ui-button')) $(this).button(); });
    $('#lnkLogout').on('click', function (e) {
      e.preventDefault(); var href = this.href;
      EINV.confirm('Confirm', 'Do you want to logout from the e-Invoice System?', function () { window.location.href = href; });
    });
  });
})(jQuery);
`;

// ---------------------------------------------------------------------------------------------------
// Views (the Razor layout and pages, rendered as strings)
// ---------------------------------------------------------------------------------------------------

interface MenuLeaf {
  text: string;
  url?: string;
  children?: MenuLeaf[];
}

const MENU: { header: string; items: MenuLeaf[] }[] = [
  {
    header: 'Home',
    items: [
      { text: 'Dash Board', url: '/Home/MainMenu' },
      { text: 'Change Password', url: '/Account/ChangePassword' },
    ],
  },
  {
    header: 'e-Invoice',
    items: [
      { text: 'Generate IRN', url: '/Invoice/Generate' },
      { text: 'Bulk Upload', url: '/Invoice/BulkUpload' },
      { text: 'Cancel IRN', url: '/Invoice/Cancel' },
      { text: 'Print e-Invoice', url: '/Invoice/Print' },
    ],
  },
  {
    header: 'API Registration',
    items: [
      {
        text: 'User Credentials',
        children: [
          { text: 'Create API User', url: '/ApiRegistration/CreateApiUser' },
          { text: 'View API Users', url: '/ApiRegistration/ViewApiUsers' },
        ],
      },
      { text: 'IP Whitelisting', url: '/ApiRegistration/IpWhitelisting' },
      { text: 'Freeze API User', url: '/ApiRegistration/FreezeApiUser' },
      { text: 'Change API Password', url: '/ApiRegistration/ChangeApiPassword' },
    ],
  },
  {
    header: 'MIS Reports',
    items: [
      { text: 'e-Invoice Summary', url: '/MisRpt/Summary' },
      { text: 'Cancelled e-Invoices', url: '/MisRpt/Cancelled' },
    ],
  },
  {
    header: 'User Management',
    items: [
      { text: 'Create Sub-User', url: '/UserManagement/CreateSubUser' },
      { text: 'Update Sub-User', url: '/UserManagement/UpdateSubUser' },
    ],
  },
];

/** Every leaf page of the menu other than the two the flow uses: [group index, title]. */
function menuPage(path: string): { group: number; title: string; trail: string } | undefined {
  for (const [g, group] of MENU.entries()) {
    for (const item of group.items) {
      for (const leaf of item.children ?? [item]) {
        if (leaf.url?.toLowerCase() === path) {
          const trail = item.children ? `${group.header} &raquo; ${item.text}` : group.header;
          return { group: g, title: leaf.text, trail };
        }
      }
    }
  }
  return undefined;
}

function menuHtml(currentPath: string): string {
  const leaf = (item: MenuLeaf): string => {
    const current = item.url?.toLowerCase() === currentPath ? ' class="current"' : '';
    const sub = item.children
      ? `\n        <ul>\n${item.children.map((c) => `          ${leaf(c)}`).join('\n')}\n        </ul>`
      : '';
    const url = item.url ? ` data-url="${item.url}"` : '';
    return `<li${current}><div${url}>${esc(item.text)}</div>${sub}</li>`;
  };
  return `<div id="sideMenu">
${MENU.map(
  (g) => `  <h3>${esc(g.header)}</h3>
  <div>
    <ul class="sidemenu">
${g.items.map((i) => `      ${leaf(i)}`).join('\n')}
    </ul>
  </div>`,
).join('\n')}
</div>`;
}

interface LayoutOptions {
  title: string;
  body: string;
  scripts?: string;
  /** Signed-in pages get the side menu; its open group is this index. */
  menuGroup?: number;
  currentPath?: string;
  username?: string;
  gstin?: string;
  homeButton?: boolean;
}

function layout(o: LayoutOptions): string {
  const v = BUNDLE_V;
  const signedIn = o.menuGroup !== undefined;
  const right = signedIn
    ? `<div class="userinfo">Welcome, <b>${esc((o.username ?? '').toUpperCase())}</b></div>
      <div class="userinfo">GSTIN: <b>${esc(o.gstin ?? '')}</b> | ${esc(LEGAL_NAME)}</div>
      <div class="userinfo"><a href="/Account/LogOff" id="lnkLogout">Logout</a></div>`
    : o.homeButton
      ? `<button type="button" id="btnLogin" class="homepageloginbtn ui-button ui-corner-all ui-widget">Login</button>`
      : '';
  const side = signedIn
    ? `<div id="leftPanel">
${menuHtml(o.currentPath ?? '')}
</div>
<div id="mainContent">`
    : `<div id="mainContent" class="full">`;
  const menuScript = signedIn
    ? `<script>
$(function () {
    $('#sideMenu').accordion({ active: ${o.menuGroup}, collapsible: true, heightStyle: 'content', animate: 300 });
    $('#sideMenu ul.sidemenu').menu({
        select: function (event, ui) {
            var url = ui.item.children('.ui-menu-item-wrapper').data('url');
            if (url) { window.location.href = url; }
        }
    });
});
</script>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>${esc(o.title)} - e-Invoice System</title>
    <link href="/Content/themes/redmond/css?v=${v}" rel="stylesheet"/>
    <link href="/Content/css?v=${v}" rel="stylesheet"/>
</head>
<body>
<div id="header">
    <a class="logo" href="/"><span class="emblem"></span><span><span class="site-title">e-Invoice System</span><br /><span class="site-sub">Goods and Services Tax | Government of India</span></span></a>
    <div class="header-right">
      ${right}
    </div>
</div>
<div id="topnav">
    <a href="/">Home</a><a href="#">e-Invoice Help</a><a href="#">Tools</a><a href="#">Contact Us</a>
    <span class="marquee">Two Factor Authentication (2FA) is mandatory for login to the e-Invoice System.</span>
</div>
<div id="wrapper">
${side}
${o.body}
</div>
</div>
<div id="footer">Site is designed, developed and hosted by National Informatics Centre. Contents provided by Goods and Services Tax Network. Best viewed in the latest versions of Chrome, Firefox and Edge.</div>
<script src="/bundles/jquery?v=${v}"></script>
<script src="/bundles/jqueryui?v=${v}"></script>
<script src="/bundles/jqueryval?v=${v}"></script>
<script src="/bundles/site?v=${v}"></script>
${menuScript}
${o.scripts ?? ''}
</body>
</html>`;
}

function tokenInput(session: Session): string {
  return `<input name="__RequestVerificationToken" type="hidden" value="${session.token}" />`;
}

function errorBox(text: string): string {
  return `<div class="msg-box ui-state-error ui-corner-all validation-summary-errors"><p><span class="ui-icon ui-icon-alert"></span><strong>Error:</strong> ${esc(text)}</p></div>`;
}

function homePage(
  session: Session,
  o: { open: boolean; error?: string; username?: string; returnUrl?: string },
): string {
  const action = o.returnUrl
    ? `/Account/Login?ReturnUrl=${encodeURIComponent(o.returnUrl)}`
    : '/Account/Login';
  const body = `<div id="homeCols">
  <div class="left">
    <div id="home-banner">
      <h1>Welcome to e-Invoice System</h1>
      <p>Register your e-invoices with the Invoice Registration Portal (IRP), generate the IRN and the signed QR code, and manage the API access of your ERP or GSP.</p>
    </div>
    <div class="panel ui-widget">
      <div class="panel-heading ui-widget-header">Latest Updates</div>
      <div class="panel-body ui-widget-content">
        <ul class="news">
          <li><span class="new">NEW</span> Two Factor Authentication (2FA) is mandatory for all taxpayers from 1st April 2025.</li>
          <li>Time limit of 30 days for reporting invoices to the IRP for taxpayers with AATO of 10 crore and above.</li>
          <li>API users can now be created for more than one GSP for the same GSTIN.</li>
          <li>Release notes of the e-Invoice System, version 1.03.</li>
        </ul>
      </div>
    </div>
  </div>
  <div id="divLogin" class="panel ui-widget"${o.open ? '' : ' style="display:none"'}>
    <div class="panel-heading ui-widget-header">Login</div>
    <div class="panel-body ui-widget-content">
      ${o.error ? errorBox(o.error) : ''}
      <form action="${esc(action)}" id="frmLogin" method="post" autocomplete="off">
        ${tokenInput(session)}
        <label class="fld" for="txtUserName">Username <span class="req">*</span></label>
        <input class="text-box" id="txtUserName" name="UserLogin.UserName" type="text" maxlength="15" value="${esc(o.username ?? '')}" />
        <label class="fld" for="txt_password">Password <span class="req">*</span></label>
        <input class="text-box" id="txt_password" name="UserLogin.Password" type="password" maxlength="20" />
        <label class="fld" for="CaptchaCode">Enter Captcha <span class="req">*</span></label>
        <div class="captcha-row">
          <img id="captcha_image" src="/get-captcha-image?t=${Date.now()}" alt="captcha" width="150" height="40" />
          <a href="#" id="lnkRefreshCaptcha" class="ui-button ui-corner-all ui-widget ui-button-icon-only" title="Refresh Captcha"><span class="ui-button-icon ui-icon ui-icon-refresh"></span><span class="ui-button-icon-space"> </span>Refresh Captcha</a>
        </div>
        <input class="text-box" id="CaptchaCode" name="CaptchaCode" type="text" maxlength="5" style="margin-top:6px" />
        <button type="submit" class="ui-button ui-corner-all ui-widget btnlogin">Login</button>
        <div class="login-links"><a href="#">Forgot Username</a><a href="#">Forgot Password</a></div>
      </form>
    </div>
  </div>
</div>`;
  const scripts = `<script>
$(function () {
    $('#btnLogin').on('click', function () {
        $('#divLogin').slideDown(300, function () { $('#txtUserName').focus(); });
    });
    $('#lnkRefreshCaptcha').on('click', function (e) {
        e.preventDefault();
        $('#captcha_image').attr('src', '/get-captcha-image?t=' + new Date().getTime());
        $('#CaptchaCode').val('');
    });
    $('#frmLogin').validate({
        rules: {
            'UserLogin.UserName': { required: true },
            'UserLogin.Password': { required: true },
            CaptchaCode: { required: true, minlength: 5 }
        },
        messages: {
            'UserLogin.UserName': { required: 'Please enter Username' },
            'UserLogin.Password': { required: 'Please enter Password' },
            CaptchaCode: { required: 'Please enter Captcha', minlength: 'Captcha should be of 5 characters' }
        },
        submitHandler: function (form) { $.blockUI(); form.submit(); }
    });
    ${o.open ? "$('#txtUserName').val() ? $('#txt_password').focus() : $('#txtUserName').focus();" : ''}
});
</script>`;
  return layout({ title: 'Home', body, scripts, homeButton: true });
}

function loginOtpPage(session: Session): string {
  const body = `<div class="panel ui-widget" style="width:520px;margin:30px auto">
  <div class="panel-heading ui-widget-header">Two Factor Authentication</div>
  <div class="panel-body ui-widget-content">
    <div class="msg-box ui-state-highlight ui-corner-all"><p><span class="ui-icon ui-icon-info"></span>An OTP has been sent to your registered mobile number ${MOBILE_MASKED} by SMS and on the Sandes app. You may also use the OTP shown in the NIC-GST-Shield app.</p></div>
    <form id="frmLoginOtp" action="/Account/VerifyLoginOtp" method="post" autocomplete="off">
      ${tokenInput(session)}
      <table class="form-table">
        <tr><td class="lbl"><label for="txtOtp">Enter OTP</label> <span class="req">*</span></td>
            <td><input type="text" id="txtOtp" name="Otp" class="text-box otp-box" maxlength="6" /></td></tr>
      </table>
      <div class="form-buttons">
        <button type="submit" id="btnVerifyOTP" class="ui-button ui-corner-all ui-widget">Verify OTP</button>
        &nbsp;<a href="#" id="lnkResendOtp">Resend OTP</a>
      </div>
    </form>
    <p class="hint"><a href="/Account/Login">Back to Login</a></p>
  </div>
</div>`;
  const scripts = `<script>
$(function () {
    $('#txtOtp').focus();
    $('#frmLoginOtp').validate({
        rules: { Otp: { required: true, digits: true, minlength: 6 } },
        messages: { Otp: { required: 'Please enter OTP', digits: 'OTP should contain only digits', minlength: 'OTP should be of 6 digits' } },
        submitHandler: function (form) {
            $.ajax({
                url: '/Account/VerifyLoginOtp', type: 'POST', dataType: 'json', data: $(form).serialize(),
                success: function (r) {
                    if (r.Status === 1) { window.location.href = r.RedirectUrl; return; }
                    EINV.alert('Error', r.Message, function () { $('#txtOtp').val('').focus(); }, 'alert');
                }
            });
        }
    });
    $('#lnkResendOtp').on('click', function (e) {
        e.preventDefault();
        $.ajax({
            url: '/Account/ResendLoginOtp', type: 'POST', dataType: 'json', data: { __RequestVerificationToken: EINV.token() },
            success: function (r) { EINV.alert('Message', r.Message, null, 'info'); }
        });
    });
});
</script>`;
  return layout({ title: 'Two Factor Authentication', body, scripts });
}

/** The post-login popups: the technical contact, then the 2FA advisory once it is closed. */
function popupsHtml(): { html: string; script: string } {
  const html = `<div id="dlgTechContact" title="Contacts of Technical Person" style="display:none">
  <p>Please verify the details of the technical person of your organisation. NIC will use these details for all communication on e-Invoice and API integration.</p>
  <form id="frmTechContact">
  <table class="dlg-form">
    <tr><td class="lbl"><label for="TechName">Name</label></td><td><input type="text" id="TechName" name="TechName" value="Rakesh Kulkarni" /></td></tr>
    <tr><td class="lbl"><label for="TechMobile">Mobile Number</label></td><td><input type="text" id="TechMobile" name="TechMobile" value="9822037310" maxlength="10" /></td></tr>
    <tr><td class="lbl"><label for="TechEmail">E-mail ID</label></td><td><input type="text" id="TechEmail" name="TechEmail" value="it.support@unitedpharma.in" /></td></tr>
  </table>
  </form>
</div>
<div id="dlgAdvisory" title="Message" style="display:none">
  <p><b>Dear Taxpayer,</b></p>
  <p>Two Factor Authentication (2FA) is mandatory for login to the e-Invoice System. Please keep the mobile number registered with your GSTIN active, or install the Sandes or NIC-GST-Shield app to receive the OTP.</p>
</div>`;
  const script = `<script>
$(function () {
    $('#dlgAdvisory').dialog({
        autoOpen: false, modal: true, width: 480, resizable: false,
        show: { effect: 'fade', duration: 400 },
        buttons: [{ text: 'Close', click: function () { $(this).dialog('close'); } }]
    });
    $('#dlgTechContact').dialog({
        autoOpen: true, modal: true, width: 560, resizable: false,
        show: { effect: 'fade', duration: 400 },
        buttons: [
            { text: 'Update', click: function () {
                var dlg = this;
                $.ajax({
                    url: '/Home/UpdateTechnicalContact', type: 'POST', dataType: 'json',
                    data: $('#frmTechContact').serialize() + '&__RequestVerificationToken=' + encodeURIComponent(EINV.token()),
                    success: function (r) { EINV.alert('Message', r.Message, function () { $(dlg).dialog('close'); }, 'info'); }
                });
            } },
            { text: 'Exit', 'class': 'btn-danger', click: function () { $(this).dialog('close'); } }
        ],
        close: function () { $('#dlgAdvisory').dialog('open'); }
    });
});
</script>`;
  return { html, script };
}

function dashboardBody(session: Session, gstin: string, registrations: Registration[]): string {
  void session;
  return `<div class="breadcrumb">Home &raquo; Dash Board</div>
<h2 class="page-title">Dash Board</h2>
<p>Welcome <b>${esc(LEGAL_NAME)}</b> (GSTIN: ${esc(gstin)}). Last login: ${today()} 10:42:17</p>
<div class="cards">
  <div class="card panel ui-widget"><div class="panel-heading ui-widget-header">Generations</div>
    <div class="panel-body ui-widget-content"><div class="count">1,284</div>e-Invoices generated this month</div></div>
  <div class="card panel ui-widget"><div class="panel-heading ui-widget-header">Cancelled</div>
    <div class="panel-body ui-widget-content"><div class="count">17</div>e-Invoices cancelled this month</div></div>
  <div class="card panel ui-widget"><div class="panel-heading ui-widget-header">API Users</div>
    <div class="panel-body ui-widget-content"><div class="count">${registrations.length}</div>API users registered for this GSTIN</div></div>
</div>
<div class="panel ui-widget">
  <div class="panel-heading ui-widget-header">Notices</div>
  <div class="panel-body ui-widget-content">
    <p>The API users of this GSTIN are listed under API Registration &raquo; User Credentials &raquo; View API Users.</p>
  </div>
</div>`;
}

function registeredTable(gstin: string, registrations: Registration[]): string {
  const rows = registrations
    .map(
      (r, i) =>
        `<tr><td>${i + 1}</td><td>${esc(r.gsp)}</td><td>${esc(r.username)}</td><td>${esc(r.createdOn)}</td><td>${esc(r.status)}</td></tr>`,
    )
    .join('');
  return `<div class="panel-heading ui-widget-header">GSPs registered for GSTIN ${esc(gstin)}</div>
  <div class="panel-body ui-widget-content">
    <table class="grid"><thead><tr><th class="ui-state-default">Sl. No.</th><th class="ui-state-default">GSP Name</th><th class="ui-state-default">API Username</th><th class="ui-state-default">Created On</th><th class="ui-state-default">Status</th></tr></thead>
    <tbody>${rows || '<tr><td colspan="5">No records found.</td></tr>'}</tbody></table>
  </div>`;
}

function createApiUserBody(session: Session, gstin: string): string {
  return `<div class="breadcrumb">API Registration &raquo; User Credentials &raquo; Create API User</div>
<h2 class="page-title">Create API User</h2>
<div class="panel ui-widget" id="pnlApiRegistration">
  <div class="panel-heading ui-widget-header">API Registration</div>
  <div class="panel-body ui-widget-content">
    <form id="frmApiOtp" action="/ApiRegistration/VerifyOtp" method="post" autocomplete="off">
      ${tokenInput(session)}
      <div id="divOtpSection">
        <p>GSTIN: <b>${esc(gstin)}</b> &nbsp;&nbsp; Legal Name: <b>${esc(LEGAL_NAME)}</b></p>
        <p>To create an API user, an OTP will be sent to the mobile number registered with this GSTIN (${MOBILE_MASKED}). Click <b>Generate OTP</b> to continue.</p>
        <button type="button" id="btnGenerateOtp" class="ui-button ui-corner-all ui-widget">Generate OTP</button>
        <div id="divOtpEntry" style="display:none;margin-top:12px">
          <div class="msg-box ui-state-highlight ui-corner-all"><p><span class="ui-icon ui-icon-info"></span><span id="spnOtpMsg"></span></p></div>
          <table class="form-table">
            <tr><td class="lbl"><label for="txtApiOtp">Enter OTP</label> <span class="req">*</span></td>
                <td><input type="text" id="txtApiOtp" name="Otp" class="text-box otp-box" maxlength="6" />
                    <div id="otpTimer"><div class="progress-label"></div></div></td></tr>
          </table>
          <div class="form-buttons"><button type="submit" id="btnVerifyOtp" class="ui-button ui-corner-all ui-widget">Verify OTP</button></div>
        </div>
      </div>
    </form>
    <div id="divCreateApiUser"></div>
  </div>
</div>`;
}

const CREATE_API_USER_SCRIPT = `<script>
var EINV = window.EINV || {};
(function ($) {
    var otpTimer = null;
    function pad(n) { return (n < 10 ? '0' : '') + n; }
    function htmlEncode(s) { return $('<div></div>').text(s).html(); }
    function startOtpTimer(seconds) {
        var left = seconds;
        if (!$('#otpTimer').data('ui-progressbar')) { $('#otpTimer').progressbar({ max: seconds, value: seconds }); }
        clearInterval(otpTimer);
        function paint() {
            $('#otpTimer').progressbar('value', left);
            $('#otpTimer .progress-label').text(left > 0 ? 'OTP valid for ' + pad(Math.floor(left / 60)) + ':' + pad(left % 60) : 'OTP expired. Please regenerate the OTP.');
        }
        left -= 1; paint();
        otpTimer = setInterval(function () {
            left -= 1; paint();
            if (left <= 0) {
                clearInterval(otpTimer);
                $('#btnGenerateOtp').button('option', 'label', 'Regenerate OTP').button('enable');
            }
        }, 1000);
    }
    EINV.initApiUserForm = function () {
        var gspList = [];
        $('#rdoRegType').controlgroup();
        var notes = {
            D: 'Direct API access is available only to taxpayers whose aggregate annual turnover exceeds the limit notified for direct integration. Please register through a GSP.',
            E: 'Registration through ERP is not enabled for this GSTIN. Please contact your ERP provider.',
            O: 'Please obtain the Client-Id from the taxpayer whose credentials are to be shared.'
        };
        $('input[name="RegType"]').on('change', function () {
            var v = $('input[name="RegType"]').filter(':checked').val();
            if (v === 'G') { $('#divRegNote').hide(); $('#divGspDetails').slideDown(300); }
            else { $('#divGspDetails').hide(); $('#spnRegNote').text(notes[v]); $('#divRegNote').show(); }
        });
        $('#txtGspName').autocomplete({
            minLength: 2,
            delay: 300,
            source: function (request, response) {
                $.ajax({
                    url: '/ApiRegistration/GetGspList', data: { term: request.term }, dataType: 'json', global: false,
                    success: function (data) {
                        gspList = data;
                        response(data.map(function (g) { return { label: g.GspName, value: g.GspName, id: g.GspId }; }));
                    },
                    error: function () { response([]); }
                });
            },
            select: function (event, ui) {
                $('#GspId').val(ui.item.id);
                setTimeout(function () { $('#txtGspName').valid(); }, 0);
            },
            change: function (event, ui) {
                if (ui.item) { return; }
                var typed = $.trim($(this).val()).toUpperCase(), hit = null;
                gspList.forEach(function (g) { if (g.GspName.toUpperCase() === typed) { hit = g; } });
                $('#GspId').val(hit ? hit.GspId : '');
            }
        });
        $.validator.addMethod('gspSelected', function () { return $('#GspId').val() !== ''; }, 'Please select your GSP from the list.');
        $.validator.addMethod('apiUserName', function (v) { return /^[A-Za-z0-9_.-]{3,30}$/.test(v); },
            'Username should be 3 to 30 characters long and may contain only letters, digits, underscore, dot and hyphen.');
        $.validator.addMethod('strongPassword', function (v) {
            return v.length >= 8 && v.length <= 15 && /[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9]/.test(v) && /[^A-Za-z0-9]/.test(v);
        }, 'Password should be 8 to 15 characters long with at least one upper case letter, one lower case letter, one digit and one special character.');
        $('#frmCreateApiUser').validate({
            rules: {
                RegType: { required: true },
                GspName: { required: true, gspSelected: true },
                UserName: { required: true, apiUserName: true },
                Password: { required: true, strongPassword: true },
                ConfirmPassword: { required: true, equalTo: '#txtApiPassword' }
            },
            messages: {
                RegType: { required: 'Please select one of the options.' },
                GspName: { required: 'Please select your GSP.' },
                UserName: { required: 'Please enter Username.' },
                Password: { required: 'Please enter Password.' },
                ConfirmPassword: { required: 'Please re-enter the Password.', equalTo: 'Password and Re-enter Password do not match.' }
            },
            errorPlacement: function (error, element) {
                if (element.attr('type') === 'radio') { error.insertAfter($('#rdoRegType')); } else { error.insertAfter(element); }
            },
            submitHandler: function (form) {
                var typed = $.trim($('#txtApiUserName').val()).replace(/^API_/i, '');
                var uname = 'API_' + typed, gsp = $('#txtGspName').val();
                EINV.confirm('Confirm', 'API User <b>' + htmlEncode(uname) + '</b> will be created for the GSP <b>' + htmlEncode(gsp) + '</b>. Do you want to continue?', function () {
                    $.ajax({
                        url: '/ApiRegistration/CreateApiUser', type: 'POST', dataType: 'json', data: $(form).serialize(),
                        success: function (r) {
                            if (r.Status === 1) {
                                $('#frmCreateApiUser').after('<div class="msg-box ui-state-highlight ui-corner-all" id="divSuccess"><p><span class="ui-icon ui-icon-circle-check"></span>' + r.Message + '</p></div>').remove();
                                $('#divRegisteredGsps').html(r.Table);
                                EINV.alert('Message', r.Message, null, 'circle-check');
                            } else {
                                EINV.alert('Error', r.Message, null, 'alert');
                            }
                        }
                    });
                });
            }
        });
        $('#btnExit').on('click', function () { window.location.href = '/Home/MainMenu'; });
    };
    $(function () {
        $('#btnGenerateOtp').on('click', function () {
            $.ajax({
                url: '/ApiRegistration/SendOtp', type: 'POST', dataType: 'json', data: { __RequestVerificationToken: EINV.token() },
                success: function (r) {
                    if (r.Status !== 1) { EINV.alert('Error', r.Message, null, 'alert'); return; }
                    $('#spnOtpMsg').text(r.Message);
                    $('#btnGenerateOtp').button('disable');
                    $('#txtApiOtp').val('');
                    $('#divOtpEntry').slideDown(300, function () { $('#txtApiOtp').focus(); });
                    startOtpTimer(r.Validity);
                }
            });
        });
        $('#frmApiOtp').validate({
            rules: { Otp: { required: true, digits: true, minlength: 6 } },
            messages: { Otp: { required: 'Please enter OTP.', digits: 'OTP should contain only digits.', minlength: 'OTP should be of 6 digits.' } },
            submitHandler: function (form) {
                $.ajax({
                    url: '/ApiRegistration/VerifyOtp', type: 'POST', dataType: 'json', data: $(form).serialize(),
                    success: function (r) {
                        if (r.Status !== 1) {
                            EINV.alert('Error', r.Message, function () { $('#txtApiOtp').val('').focus(); }, 'alert');
                            return;
                        }
                        clearInterval(otpTimer);
                        $('#divOtpSection').html('<div class="msg-box ui-state-highlight ui-corner-all"><p><span class="ui-icon ui-icon-circle-check"></span>' + r.Message + '</p></div>');
                        $('#divCreateApiUser').load('/ApiRegistration/CreateApiUserForm', function (html, status) {
                            if (status === 'success') { EINV.initApiUserForm(); }
                        });
                    }
                });
            }
        });
    });
})(jQuery);
</script>`;

function createApiUserForm(session: Session, gstin: string, registrations: Registration[]): string {
  const radio = (id: string, value: string, text: string) =>
    `<label for="${id}">${esc(text)}</label><input type="radio" name="RegType" id="${id}" value="${value}" />`;
  return `<form id="frmCreateApiUser" action="/ApiRegistration/CreateApiUser" method="post" autocomplete="off">
  ${tokenInput(session)}
  <input type="hidden" id="GspId" name="GspId" value="" />
  <fieldset class="regtype">
    <legend>Do you wish to Register your GSTIN for <span class="req">*</span></legend>
    <div id="rdoRegType">
      ${radio('rdoDirect', 'D', 'Directly')}
      ${radio('rdoGsp', 'G', 'Through GSP')}
      ${radio('rdoErp', 'E', 'Through ERP')}
      ${radio('rdoOther', 'O', 'Through Client-Id of other')}
    </div>
  </fieldset>
  <div id="divRegNote" class="msg-box ui-state-highlight ui-corner-all" style="display:none"><p><span class="ui-icon ui-icon-info"></span><span id="spnRegNote"></span></p></div>
  <div id="divGspDetails" style="display:none">
    <table class="form-table">
      <tr><td class="lbl"><label for="txtGspName">Select your GSP</label> <span class="req">*</span></td>
          <td><input type="text" id="txtGspName" name="GspName" class="text-box" style="width:380px" placeholder="Type at least 2 characters of the GSP name" />
              <div class="hint">Type a part of the name of the GSP and select it from the list.</div></td></tr>
      <tr><td class="lbl"><label for="txtApiUserName">Username</label> <span class="req">*</span></td>
          <td><span class="api-prefix">API_</span><input type="text" id="txtApiUserName" name="UserName" class="text-box" maxlength="30" />
              <div class="hint">The API username will be API_ followed by the text entered here.</div></td></tr>
      <tr><td class="lbl"><label for="txtApiPassword">Password</label> <span class="req">*</span></td>
          <td><input type="password" id="txtApiPassword" name="Password" class="text-box" maxlength="15" />
              <div class="hint">8 to 15 characters, with upper and lower case letters, a digit and a special character.</div></td></tr>
      <tr><td class="lbl"><label for="txtConfirmPassword">Re-enter Password</label> <span class="req">*</span></td>
          <td><input type="password" id="txtConfirmPassword" name="ConfirmPassword" class="text-box" maxlength="15" /></td></tr>
    </table>
    <div class="form-buttons">
      <button type="submit" id="btnSubmit" class="ui-button ui-corner-all ui-widget">Submit</button>
      <button type="button" id="btnExit" class="ui-button ui-corner-all ui-widget">Exit</button>
    </div>
  </div>
</form>
<div id="divRegisteredGsps" class="panel ui-widget" style="margin-top:14px">
  ${registeredTable(gstin, registrations)}
</div>`;
}

function placeholderBody(title: string, trail: string): string {
  return `<div class="breadcrumb">${trail} &raquo; ${esc(title)}</div>
<h2 class="page-title">${esc(title)}</h2>
<div class="panel ui-widget">
  <div class="panel-heading ui-widget-header">${esc(title)}</div>
  <div class="panel-body ui-widget-content"><p>No records found.</p></div>
</div>`;
}

function captchaSvg(text: string): string {
  const colors = ['#1d5987', '#8a1c1c', '#2e6e2e', '#5a2e7a', '#7a5a00'];
  let marks = '';
  for (let i = 0; i < 7; i++) {
    marks += `<line x1="${randomInt(0, 150)}" y1="${randomInt(0, 40)}" x2="${randomInt(0, 150)}" y2="${randomInt(0, 40)}" stroke="${colors[i % colors.length]}" stroke-opacity="0.45" stroke-width="${randomInt(1, 3)}"/>`;
  }
  for (let i = 0; i < 40; i++) {
    marks += `<circle cx="${randomInt(0, 150)}" cy="${randomInt(0, 40)}" r="1" fill="#555" fill-opacity="0.5"/>`;
  }
  const glyphs = [...text]
    .map((c, i) => {
      const x = 14 + i * 26 + randomInt(-3, 4);
      const y = 29 + randomInt(-3, 4);
      const a = randomInt(-25, 26);
      return `<text x="${x}" y="${y}" transform="rotate(${a} ${x} ${y - 9})" font-family="Courier New, monospace" font-size="27" font-weight="bold" fill="${colors[i % colors.length]}">${esc(c)}</text>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="150" height="40" viewBox="0 0 150 40"><rect width="150" height="40" fill="#eef4fa"/>${marks}${glyphs}</svg>`;
}

// ---------------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------------

const STATIC: Record<string, { type: string; body: string }> = {
  '/bundles/jquery': { type: 'text/javascript; charset=utf-8', body: JQUERY_JS },
  '/bundles/jqueryui': { type: 'text/javascript; charset=utf-8', body: JQUERY_UI_JS },
  '/bundles/jqueryval': { type: 'text/javascript; charset=utf-8', body: JQUERY_VALIDATE_JS },
  '/bundles/site': { type: 'text/javascript; charset=utf-8', body: SITE_JS },
  '/content/themes/redmond/css': { type: 'text/css; charset=utf-8', body: JQUERY_UI_CSS },
  '/content/css': { type: 'text/css; charset=utf-8', body: SITE_CSS },
};

const SESSION_COOKIE = 'ASP.NET_SessionId';
const SESSION_EXPIRED_TEXT = 'Your session has expired. Please login again.';

export async function startJqueryuiR14Rendition(
  options: JqueryuiR14Options = {},
): Promise<JqueryuiR14Rendition> {
  const state: JqueryuiR14State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const registrations: Registration[] = [
    {
      gsp: 'Tera Software Limited',
      username: 'API_unitedpharma27',
      createdOn: '14/02/2021',
      status: 'Active',
    },
  ];
  const sessions = new Map<string, Session>();
  /** Ids of sessions that were abandoned or made to expire: their cookie still comes back. */
  const dead = new Set<string>();
  let expiryDone = false;

  function newSession(): Session {
    const s: Session = {
      id: sessionId(),
      token: antiForgeryToken(),
      stage: 'anonymous',
      returnUrl: '',
      popupsShown: false,
      apiOtpSentAt: null,
      apiOtpVerified: false,
    };
    sessions.set(s.id, s);
    return s;
  }

  function sessionCookie(s: Session): string {
    return `${SESSION_COOKIE}=${s.id}; path=/; HttpOnly; SameSite=Lax`;
  }

  function kill(s: Session): void {
    sessions.delete(s.id);
    dead.add(s.id);
  }

  /** The first request of the configured stage finds its session gone. */
  function expiresHere(stage: JqueryuiR14Expiry, s: Session): boolean {
    if (options.expireOnce !== stage || expiryDone) return false;
    expiryDone = true;
    kill(s);
    state.expired.push(stage);
    return true;
  }

  function loginUrlFor(returnPath: string): string {
    return `/Account/Login?ReturnUrl=${encodeURIComponent(returnPath)}`;
  }

  function unauthorized(req: IncomingMessage, res: ServerResponse): void {
    let back = '/Home/MainMenu';
    try {
      const ref = req.headers.referer ? new URL(req.headers.referer) : undefined;
      if (ref && ref.pathname !== '/' && !ref.pathname.toLowerCase().startsWith('/account/'))
        back = ref.pathname;
    } catch {
      // keep the default
    }
    sendJson(res, 401, { Status: 401, Message: SESSION_EXPIRED_TEXT, RedirectUrl: loginUrlFor(back) });
  }

  function signedInPage(
    s: Session,
    res: ServerResponse,
    title: string,
    body: string,
    group: number,
    path: string,
    scripts = '',
  ): void {
    let extra = '';
    let extraScript = '';
    if (!s.popupsShown) {
      s.popupsShown = true;
      const p = popupsHtml();
      extra = `\n${p.html}`;
      extraScript = p.script;
    }
    sendHtml(
      res,
      layout({
        title,
        body: body + extra,
        scripts: scripts + extraScript,
        menuGroup: group,
        currentPath: path,
        username: JQUERYUI_R14_LOGIN.username,
        gstin: state.gstin,
      }),
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/+$/, '').toLowerCase() || '/';
    const method = req.method ?? 'GET';
    const cookieId = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    const live = cookieId ? sessions.get(cookieId) : undefined;
    const isXhr = req.headers['x-requested-with'] === 'XMLHttpRequest';

    const asset = STATIC[path];
    if (asset && method === 'GET') {
      send(res, 200, asset.type, asset.body, { 'Cache-Control': 'public, max-age=31536000' });
      return;
    }
    if (path === '/favicon.ico') {
      send(res, 404, 'text/plain', '');
      return;
    }
    if (path === '/get-captcha-image') {
      send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
      return;
    }

    // Home and login
    if (path === '/' && method === 'GET') {
      if (live?.stage === 'signed-in') {
        redirect(res, '/Home/MainMenu');
        return;
      }
      const s = live ?? newSession();
      sendHtml(res, homePage(s, { open: false }), live ? {} : { 'Set-Cookie': sessionCookie(s) });
      return;
    }
    if (path === '/account/login' && method === 'GET') {
      const returnUrl = url.searchParams.get('ReturnUrl') ?? '';
      const wasExpired = !!cookieId && dead.has(cookieId);
      if (live?.stage === 'signed-in') {
        redirect(res, '/Home/MainMenu');
        return;
      }
      const s = live ?? newSession();
      const error = wasExpired ? SESSION_EXPIRED_TEXT : undefined;
      sendHtml(
        res,
        homePage(s, { open: true, error, returnUrl }),
        live ? {} : { 'Set-Cookie': sessionCookie(s) },
      );
      return;
    }
    if (path === '/account/login' && method === 'POST') {
      const form = await readBody(req);
      await sleep(randomInt(200, 500));
      const returnUrl = url.searchParams.get('ReturnUrl') ?? '';
      const s = live ?? newSession();
      const cookie: Record<string, string> = live ? {} : { 'Set-Cookie': sessionCookie(s) };
      const username = form.get('UserLogin.UserName') ?? '';
      if (!live || form.get('__RequestVerificationToken') !== s.token) {
        sendHtml(res, homePage(s, { open: true, error: SESSION_EXPIRED_TEXT, username, returnUrl }), cookie);
        return;
      }
      if ((form.get('CaptchaCode') ?? '').trim().toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        const error = 'Invalid Captcha. Please enter the characters shown in the image.';
        sendHtml(res, homePage(s, { open: true, error, username, returnUrl }), cookie);
        return;
      }
      if (
        username.trim().toLowerCase() !== JQUERYUI_R14_LOGIN.username.toLowerCase() ||
        form.get('UserLogin.Password') !== JQUERYUI_R14_LOGIN.password
      ) {
        state.refusals.push('login');
        const error = 'Invalid Login Credentials. Please check the Username and Password.';
        sendHtml(res, homePage(s, { open: true, error, username, returnUrl }), cookie);
        return;
      }
      s.stage = 'login-otp';
      s.returnUrl = returnUrl.startsWith('/') && !returnUrl.startsWith('//') ? returnUrl : '';
      redirect(res, '/Account/LoginOtp', cookie);
      return;
    }
    if (path === '/account/loginotp' && method === 'GET') {
      if (live?.stage !== 'login-otp') {
        redirect(res, '/Account/Login');
        return;
      }
      sendHtml(res, loginOtpPage(live));
      return;
    }
    if (path === '/account/verifyloginotp' && method === 'POST') {
      const form = await readBody(req);
      await sleep(randomInt(300, 900));
      if (live?.stage !== 'login-otp') {
        unauthorized(req, res);
        return;
      }
      if ((form.get('Otp') ?? '').trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        sendJson(res, 200, {
          Status: 0,
          Message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
        });
        return;
      }
      // A fresh session id on sign-in, as the portal's login action abandons the anonymous one.
      sessions.delete(live.id);
      const signed: Session = { ...live, id: sessionId(), stage: 'signed-in' };
      sessions.set(signed.id, signed);
      sendJson(
        res,
        200,
        { Status: 1, Message: 'Success', RedirectUrl: signed.returnUrl || '/Home/MainMenu' },
        { 'Set-Cookie': sessionCookie(signed) },
      );
      return;
    }
    if (path === '/account/resendloginotp' && method === 'POST') {
      await readBody(req);
      await sleep(randomInt(300, 900));
      if (live?.stage !== 'login-otp') {
        unauthorized(req, res);
        return;
      }
      sendJson(res, 200, {
        Status: 1,
        Message: `OTP has been resent to your registered mobile number ${MOBILE_MASKED}.`,
      });
      return;
    }
    if (path === '/account/logoff') {
      if (live) kill(live);
      redirect(res, '/');
      return;
    }

    // Everything below needs a signed-in session.
    const signedIn = live?.stage === 'signed-in' ? live : undefined;
    if (!signedIn) {
      if (isXhr || method !== 'GET') {
        if (method === 'POST') await readBody(req).catch(() => undefined);
        await sleep(randomInt(300, 900));
        unauthorized(req, res);
      } else {
        redirect(res, loginUrlFor(url.pathname));
      }
      return;
    }
    const s = signedIn;

    if (path === '/home/mainmenu' && method === 'GET') {
      signedInPage(s, res, 'Dash Board', dashboardBody(s, state.gstin, registrations), 0, path);
      return;
    }
    if (path === '/home/updatetechnicalcontact' && method === 'POST') {
      await readBody(req);
      await sleep(randomInt(300, 900));
      sendJson(res, 200, {
        Status: 1,
        Message: 'Details of the technical person have been updated successfully.',
      });
      return;
    }
    if (path === '/apiregistration/createapiuser' && method === 'GET') {
      s.apiOtpSentAt = null;
      s.apiOtpVerified = false;
      signedInPage(
        s,
        res,
        'Create API User',
        createApiUserBody(s, state.gstin),
        2,
        path,
        CREATE_API_USER_SCRIPT,
      );
      return;
    }
    if (path === '/apiregistration/sendotp' && method === 'POST') {
      await readBody(req);
      await sleep(randomInt(300, 900));
      if (expiresHere('api-otp-send', s)) {
        unauthorized(req, res);
        return;
      }
      s.apiOtpSentAt = Date.now();
      s.apiOtpVerified = false;
      sendJson(res, 200, {
        Status: 1,
        Message: `OTP has been sent to your registered mobile number ${MOBILE_MASKED}. The OTP is valid for 3 minutes.`,
        Validity: OTP_VALIDITY_SECONDS,
      });
      return;
    }
    if (path === '/apiregistration/verifyotp' && method === 'POST') {
      const form = await readBody(req);
      await sleep(randomInt(300, 900));
      if (expiresHere('api-otp-verify', s)) {
        unauthorized(req, res);
        return;
      }
      if (s.apiOtpSentAt === null) {
        sendJson(res, 200, { Status: 0, Message: 'Please generate the OTP first.' });
        return;
      }
      if (Date.now() - s.apiOtpSentAt > OTP_VALIDITY_SECONDS * 1000) {
        sendJson(res, 200, { Status: 0, Message: 'OTP has expired. Please regenerate the OTP.' });
        return;
      }
      if ((form.get('Otp') ?? '').trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        sendJson(res, 200, { Status: 0, Message: 'Invalid OTP. Please enter the valid OTP.' });
        return;
      }
      s.apiOtpVerified = true;
      sendJson(res, 200, {
        Status: 1,
        Message: 'OTP verified successfully. Please enter the details below.',
      });
      return;
    }
    if (path === '/apiregistration/createapiuserform' && method === 'GET') {
      await sleep(randomInt(300, 900));
      if (!s.apiOtpVerified) {
        send(res, 403, 'text/html; charset=utf-8', '<p>OTP not verified.</p>');
        return;
      }
      sendHtml(res, createApiUserForm(s, state.gstin, registrations));
      return;
    }
    if (path === '/apiregistration/getgsplist' && method === 'GET') {
      await sleep(randomInt(150, 400));
      const term = (url.searchParams.get('term') ?? '').trim().toLowerCase();
      const list = GSPS.map((name, i) => ({ GspId: `GSP${String(101 + i * 7)}`, GspName: name })).filter(
        (g) => g.GspName.toLowerCase().includes(term),
      );
      sendJson(res, 200, list);
      return;
    }
    if (path === '/apiregistration/createapiuser' && method === 'POST') {
      const form = await readBody(req);
      await sleep(randomInt(300, 900));
      if (expiresHere('submit', s)) {
        unauthorized(req, res);
        return;
      }
      if (!s.apiOtpVerified) {
        sendJson(res, 200, { Status: 0, Message: 'Please verify the OTP before creating the API user.' });
        return;
      }
      const gspIndex = GSPS.findIndex((_, i) => `GSP${String(101 + i * 7)}` === form.get('GspId'));
      const gsp = GSPS[gspIndex];
      const typed = (form.get('UserName') ?? '').trim().replace(/^API_/i, '');
      const password = form.get('Password') ?? '';
      if (form.get('RegType') !== 'G' || gsp === undefined) {
        sendJson(res, 200, { Status: 0, Message: 'Please select your GSP from the list.' });
        return;
      }
      if (!/^[A-Za-z0-9_.-]{3,30}$/.test(typed) || password !== form.get('ConfirmPassword')) {
        sendJson(res, 200, {
          Status: 0,
          Message: 'Invalid details. Please check the Username and Password.',
        });
        return;
      }
      const username = `API_${typed}`;
      if (registrations.some((r) => r.gsp === gsp)) {
        state.refusals.push('duplicate');
        sendJson(res, 200, {
          Status: 0,
          Message: `GSTIN ${esc(state.gstin)} is already registered with the GSP ${esc(gsp)}.`,
        });
        return;
      }
      const taken = [...TAKEN_USERNAMES, ...registrations.map((r) => r.username)];
      if (taken.some((t) => t.toLowerCase() === username.toLowerCase())) {
        state.refusals.push('username-taken');
        sendJson(res, 200, {
          Status: 0,
          Message: `Username ${esc(username)} is already in use. Please choose a different Username.`,
        });
        return;
      }
      const createdOn = today();
      registrations.push({ gsp, username, createdOn, status: 'Active' });
      state.users.push({ gstin: state.gstin, gsp, username, password, createdOn });
      s.apiOtpVerified = false;
      sendJson(res, 200, {
        Status: 1,
        Message: `API User ${esc(username)} has been created successfully for the GSP ${esc(gsp)}.`,
        Table: registeredTable(state.gstin, registrations),
      });
      return;
    }
    if (path === '/apiregistration/viewapiusers' && method === 'GET') {
      const body = `<div class="breadcrumb">API Registration &raquo; User Credentials &raquo; View API Users</div>
<h2 class="page-title">View API Users</h2>
<div class="panel ui-widget">${registeredTable(state.gstin, registrations)}</div>`;
      signedInPage(s, res, 'View API Users', body, 2, path);
      return;
    }
    const page = method === 'GET' ? menuPage(path) : undefined;
    if (page) {
      signedInPage(s, res, page.title, placeholderBody(page.title, page.trail), page.group, path);
      return;
    }
    send(
      res,
      404,
      'text/html; charset=utf-8',
      `<!DOCTYPE html><html><head><title>The resource cannot be found.</title></head><body><h1>Server Error in '/' Application.</h1><h2><i>The resource cannot be found.</i></h2><p>Requested URL: ${esc(url.pathname)}</p></body></html>`,
    );
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `Server Error: ${String(err)}`);
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
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
