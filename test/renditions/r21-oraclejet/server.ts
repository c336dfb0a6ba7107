/**
 * Rendition r21-oraclejet: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and shared/portal/guide.md), drawn as an Oracle JET 15 single
 * page application (Redwood theme, Knockout bindings, CoreRouter with the URL parameter
 * adapter, oj-module swapping views fetched as text) would draw it. A small hand-written
 * runtime served from this file defines the JET custom elements and upgrades them, after a
 * short "module loading" delay, into JET's own inner DOM (no shadow DOM).
 *
 * Choices made where the docs are silent:
 * - URLs: the shell is `GET /` with the route in `?ojr=` (`home`, `login`, `dashboard`,
 *   `create-api-user`, and placeholder leaves such as `ip-whitelisting`); views are fetched
 *   from `/js/views/NAME.html`; the runtime and app script from `/js/libs/oj/v15.1.0/ojruntime.js`
 *   and `/js/main.js`; styles from `/css/redwood/15.1.0/web/redwood.min.css`. The REST API:
 *   `GET /api/captcha` (SVG, opens an anonymous session), `GET /api/session`,
 *   `POST /api/login`, `POST /api/login/otp`, `POST /api/login/otp/resend`, `POST /api/logout`,
 *   `GET /api/dashboard`, `POST /api/apireg/otp` (send/resend the API OTP),
 *   `POST /api/apireg/otp/verify`, `POST /api/apireg/users` (the Submit). Everything typed
 *   travels in JSON bodies, never in URLs.
 * - Home: a Redwood app-layout header "e-Invoice System" with a call-to-action oj-button
 *   "Login" (`#loginButton`) that routes to the login view.
 * - Login view: panel "Login" in an oj-validation-group: oj-input-text "Username",
 *   oj-input-password "Password" (with a show-password icon), a captcha picture (5 characters
 *   drawn with noise lines and dots, new noise on each load) with an icon button
 *   "Refresh Captcha", oj-input-text "Enter Captcha", oj-button "Login". A wrong captcha shows
 *   the inline error "Invalid Captcha. Please enter the characters shown in the image." under
 *   the captcha field; wrong credentials show an error toast "Login Failed" / "Invalid Login
 *   Credentials. Please check the user name and password." and clear the password; both redraw
 *   the captcha and clear it. Ids are new JET-style ids on the custom elements (`loginButton`,
 *   `username`, `password`, `captcha`, `loginSubmit`, `loginOtp`, `apiOtp`, `regMode`, `gspSelect`,
 *   `apiUserName`, `apiPassword`, `apiPassword2`, `submitApiUser`); inputs get `ID|input`.
 * - Login OTP step (same view): panel "Two-Factor Authentication", text naming the masked
 *   mobile, oj-input-text "Enter OTP", buttons "Verify OTP", "Resend OTP" and "Back to Login".
 *   A wrong OTP shows the inline error "Invalid OTP. Please enter the OTP sent to your
 *   registered mobile number." Success rotates the session id and routes to the dashboard.
 * - Popup after login: modal oj-dialog "Contacts of Technical Person" (name, mobile, e-mail)
 *   with a header close icon and a danger oj-button "Exit"; shown once per login, over the
 *   dashboard, after its data has loaded.
 * - Dashboard: heading "Dash Board", panels "Generations", "Cancelled", "API Users", notices.
 * - Menu: a left navigation drawer holding an oj-navigation-list (drill-mode collapsible):
 *   "Dashboard", "e-Invoice" (Generate IRN, Cancel IRN, Print e-Invoice), "API Registration"
 *   (group "User Credentials" with "Create API User" and "Change API Password", then
 *   "IP Whitelisting", "Freeze API User"), "MIS Reports", "User Management". Groups expand
 *   on click with a height animation; leaves other than Dashboard and Create API User open a
 *   placeholder page "This option is not available for your GSTIN at present." The header has
 *   a hamburger icon button that slides the drawer and a "Logout" button. The drawer is hidden
 *   while logged out and, being part of the single page, keeps its expanded groups after a
 *   re-login.
 * - Create API User: heading "API Registration"; opening the view sends the API OTP at once
 *   (busy oj-progress-circle "Sending OTP to your registered mobile number..."), then an info
 *   toast "OTP Sent" and a panel with oj-input-text "Enter OTP" (6 digits), "Verify OTP" and a
 *   borderless "Resend OTP". A wrong OTP shows the inline error "Invalid OTP. Please enter the
 *   OTP sent to your registered mobile number." and can be retried; the right one shows a
 *   confirmation toast "OTP Verified" and the form.
 * - Registration form: read-only "GSTIN", oj-radioset "Do you wish to Register your GSTIN for"
 *   with "Directly", "Through GSP", "Through ERP", "Through Client-Id of other" (none chosen at
 *   first); the three other modes show a warning and keep Submit disabled. "Through GSP" shows
 *   oj-select-single "Select your GSP" (23 GSP names, drop-down with a search field in a popup
 *   layer), oj-input-text "User Name" with a fixed start text `API_` (typed part: 4 to 15
 *   letters, digits or underscore), oj-input-password "Password" (8 to 15 characters with an
 *   upper case letter, a lower case letter, a digit and a special character, stated as help
 *   text), oj-input-password "Re-enter Password"; buttons "Submit" and "Exit" (Exit goes to the
 *   dashboard). Field errors appear inline when a value is committed (blur/Enter) or on Submit.
 * - Submit: a modal oj-dialog "Confirm" asking "Do you want to create the API user API_x for
 *   GSTIN G through GSP?" with "Yes" / "No"; then the verdict in a modal oj-dialog:
 *   "Success" / "API user API_x has been created successfully for GSTIN G through GSP.",
 *   "Already Registered" / "GSTIN G is already registered through GSP. Another API user for the
 *   same GSP cannot be created.", or "User Name Not Available" / "The user name API_x is already
 *   in use. Please choose a different user name." After success the form is replaced by a
 *   confirmation message and an oj-table "GSPs registered for GSTIN G" (Sl. No., GSP Name,
 *   User Name, Registered On) that includes the seeded TERA SOFTWARE LIMITED registration.
 * - Popups: an open oj-dialog is moved into `#__oj_zorder_container > div.oj-popup-layer` at the
 *   end of body, beside its own `div.oj-component-overlay`, and draws `div.oj-dialog[role=dialog]`
 *   with header (title and close icon), body and footer; it fades/zooms in, takes focus (first
 *   field of the body, else the footer's first button), traps Tab, closes on Escape, and goes
 *   back to its place when closed. The GSP drop-down (`div.oj-listbox-drop`) opens in a layer
 *   of its own, and the toasts in another one above every popup.
 * - Toasts: oj-messages display="notification" at the top centre, each oj-message closes
 *   itself after 5 seconds (or by its close icon).
 * - Sessions: cookie `JSESSIONID`, 20 minutes idle. A page GET of a protected route without a
 *   logged-in session answers 302 to `/?ojr=login&expired=Y`, where the login view shows an
 *   inline message "Session Expired" / "Your session has expired. Please log in again.". An
 *   API call without a live session answers 401 `{"code":"SESSION_EXPIRED"}`; the page then
 *   closes its dialogs, shows the same text as an error toast and routes to the login view
 *   with the same inline message.
 * - expireOnce: the first request of the stage (`POST /api/apireg/otp`,
 *   `POST /api/apireg/otp/verify` or `POST /api/apireg/users`) deletes the session, records
 *   the stage in `state.expired` and answers as any lost session does; once per server.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type OraclejetR21Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface OraclejetR21Options {
  expireOnce?: OraclejetR21Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface OraclejetR21State {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: {
    gstin: string;
    gsp: string;
    username: string;
    password: string;
    createdOn: string;
  }[];
  /** In order: 'login' | 'captcha' | 'login-otp' | 'api-otp' | 'duplicate' | 'username-taken'. */
  refusals: string[];
  /** Stages at which the session was made to expire. */
  expired: string[];
}
export interface OraclejetR21Rendition {
  url: string;
  close(): Promise<void>;
  state: OraclejetR21State;
}
export const ORACLEJET_R21_LOGIN: { username: string; password: string } = {
  username: 'sahyadri27mh',
  password: 'Sahyadri@2025',
};

const LEGAL_NAME = 'SAHYADRI AGRO FOODS PRIVATE LIMITED';
const MASKED_MOBILE = '******7021';
const TECH_CONTACT = {
  name: 'Rohan Kulkarni',
  mobile: '98XXXXX021',
  email: 'it.support@sahyadriagro.in',
};
const SESSION_IDLE_MS = 20 * 60 * 1000;

const GSP_NAMES: string[] = [
  'ADAEQUARE INFO PRIVATE LIMITED',
  'ALANKIT LIMITED',
  'BVM IT CONSULTING SERVICES INDIA PRIVATE LIMITED',
  'CHARTERED INFORMATION SYSTEMS PRIVATE LIMITED',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'DELOITTE TOUCHE TOHMATSU INDIA LLP',
  'EMUDHRA LIMITED',
  'ERNST AND YOUNG LLP',
  'EXCELLON SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'KFIN TECHNOLOGIES LIMITED',
  'MASTERS INDIA PRIVATE LIMITED',
  'PROTEAN EGOV TECHNOLOGIES LIMITED',
  'RELIANCE CORPORATE IT PARK LIMITED',
  'SIFY TECHNOLOGIES LIMITED',
  'Tally ( India) Private Ltd',
  'TATA CONSULTANCY SERVICES LIMITED',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'WEP DIGITAL SERVICES LIMITED',
  'WIPRO LIMITED',
];

const ICON = {
  error:
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='8' cy='8' r='8' fill='%23c74634'/%3E%3Cpath d='M7 3.5h2v6H7zM7 11h2v2H7z' fill='%23fff'/%3E%3C/svg%3E",
  confirmation:
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='8' cy='8' r='8' fill='%23508223'/%3E%3Cpath d='M4.2 8.3l2.4 2.4 5-5' fill='none' stroke='%23fff' stroke-width='1.8'/%3E%3C/svg%3E",
  info: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='8' cy='8' r='8' fill='%23227e9e'/%3E%3Cpath d='M7 7h2v5.5H7zM7 3.5h2v2H7z' fill='%23fff'/%3E%3C/svg%3E",
  warning:
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M8 .8L15.6 15H.4z' fill='%23ac630c'/%3E%3Cpath d='M7.1 5.5h1.8v5H7.1zM7.1 11.7h1.8v1.8H7.1z' fill='%23fff'/%3E%3C/svg%3E",
  cross:
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M3.5 3.5l9 9M12.5 3.5l-9 9' stroke='%23161513' stroke-width='1.5'/%3E%3C/svg%3E",
  menu: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M3 6h18M3 12h18M3 18h18' stroke='%23161513' stroke-width='2'/%3E%3C/svg%3E",
  refresh:
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M19.5 12a7.5 7.5 0 1 1-2.2-5.3' fill='none' stroke='%23161513' stroke-width='2'/%3E%3Cpath d='M18.5 2.5v5h-5' fill='none' stroke='%23161513' stroke-width='2'/%3E%3C/svg%3E",
  chevron:
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M3.5 6l4.5 4.5L12.5 6' fill='none' stroke='%23161513' stroke-width='1.5'/%3E%3C/svg%3E",
  chevronLight:
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M3.5 6l4.5 4.5L12.5 6' fill='none' stroke='%23fff' stroke-width='1.5'/%3E%3C/svg%3E",
  search:
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='6.5' cy='6.5' r='4.5' fill='none' stroke='%23706b66' stroke-width='1.5'/%3E%3Cpath d='M10 10l4.5 4.5' stroke='%23706b66' stroke-width='1.5'/%3E%3C/svg%3E",
  eye: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M1.5 12S5.5 5 12 5s10.5 7 10.5 7-4 7-10.5 7S1.5 12 1.5 12z' fill='none' stroke='%23706b66' stroke-width='1.6'/%3E%3Ccircle cx='12' cy='12' r='3.2' fill='none' stroke='%23706b66' stroke-width='1.6'/%3E%3C/svg%3E",
  logo: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 40'%3E%3Crect width='40' height='40' rx='8' fill='%231b3a6b'/%3E%3Cpath d='M11 9h13l6 6v16H11z' fill='%23fff'/%3E%3Cpath d='M24 9v6h6' fill='%23c7d6ee'/%3E%3Cpath d='M15 19h11M15 23h11M15 27h7' stroke='%231b3a6b' stroke-width='2'/%3E%3Ccircle cx='29' cy='29' r='6' fill='%23f0a202'/%3E%3Cpath d='M26.5 29l2 2 3.5-4' fill='none' stroke='%23fff' stroke-width='1.8'/%3E%3C/svg%3E",
};

const REDWOOD_CSS = `
:root{--oj-text:#161513;--oj-text-2:rgba(22,21,19,.72);--oj-text-3:rgba(22,21,19,.55);--oj-brand:#227e9e;--oj-brand-dark:#1b6883;--oj-danger:#c74634;--oj-border:rgba(22,21,19,.5);--oj-divider:rgba(22,21,19,.12);--oj-bg:#f5f4f2;--oj-panel:#fff}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","Helvetica Neue",Arial,sans-serif;font-size:1rem;line-height:1.4;color:var(--oj-text);background:var(--oj-bg)}
[hidden]{display:none!important}
oj-input-text:not(.oj-complete),oj-input-password:not(.oj-complete),oj-select-single:not(.oj-complete),oj-radioset:not(.oj-complete),oj-button:not(.oj-complete),oj-dialog:not(.oj-complete),oj-messages:not(.oj-complete),oj-navigation-list:not(.oj-complete),oj-table:not(.oj-complete),oj-progress-circle:not(.oj-complete),oj-form-layout:not(.oj-complete),oj-validation-group:not(.oj-complete),oj-module:not(.oj-complete){visibility:hidden}
oj-bind-if,oj-bind-text,oj-option{display:none}
.oj-helper-hidden-accessible{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
h1,h2,h3{margin:0}
.oj-typography-heading-lg{font-size:2rem;font-weight:700}
.oj-typography-heading-md{font-size:1.5rem;font-weight:700}
.oj-typography-heading-sm{font-size:1.25rem;font-weight:700}
.oj-typography-heading-xs{font-size:1.0625rem;font-weight:700}
.oj-typography-body-lg{font-size:1.125rem}
.oj-flex-bar{display:flex;align-items:center;gap:.5rem}
.oj-flex-bar-start,.oj-flex-bar-end{display:flex;align-items:center;gap:.5rem}
.oj-flex-bar-middle{flex:1}
.oj-flex-bar-end{margin-left:auto}
.oj-panel{background:var(--oj-panel);border:1px solid var(--oj-divider);border-radius:.75rem;padding:1.25rem 1.5rem;box-shadow:0 1px 3px rgba(0,0,0,.06)}
.oj-panel-shadow-md{box-shadow:0 6px 20px rgba(0,0,0,.12)}
/* app layout */
.oj-web-applayout-page{min-height:100%;display:flex;flex-direction:column}
.oj-web-applayout-header{background:#fff;border-bottom:1px solid var(--oj-divider);position:sticky;top:0;z-index:20;padding:.5rem 1.5rem}
.oj-web-applayout-header-title{font-size:1.25rem;font-weight:700;margin:0;white-space:nowrap}
.oj-web-applayout-max-width{max-width:90rem;margin:0 auto;width:100%}
.oj-web-applayout-content-wrapper{flex:1;min-width:0;display:flex;flex-direction:column}
.oj-web-applayout-footer{border-top:1px solid var(--oj-divider);background:#fff;padding:.75rem 1.5rem;font-size:.8125rem;color:var(--oj-text-3);text-align:center}
.oj-web-applayout-offcanvas{width:17rem;flex:none;background:#2b2926;color:#fff;transition:margin-left .25s cubic-bezier(.2,0,.4,1);overflow-y:auto}
.oj-contrast-marker{color:#fff}
/* buttons */
oj-button{display:inline-flex;vertical-align:middle;max-width:100%}
.oj-button-button{display:inline-flex;align-items:center;justify-content:center;min-height:2.75rem;min-width:2.75rem;padding:0 1rem;border-radius:.375rem;font:inherit;font-weight:600;font-size:.9375rem;cursor:pointer;border:1px solid var(--oj-border);background:transparent;color:var(--oj-text);transition:background-color .12s,border-color .12s,box-shadow .12s;outline:none}
.oj-button-label{display:inline-flex;align-items:center;gap:.375rem}
.oj-button-icon{display:inline-flex;width:1.5rem;height:1.5rem;align-items:center;justify-content:center}
.oj-button-icon>span{width:1.25rem;height:1.25rem;display:block;background-repeat:no-repeat;background-position:center;background-size:contain}
.oj-button-icon-only .oj-button-button{padding:0 .5rem}
.oj-button-full-chrome .oj-button-button{background:rgba(22,21,19,.06);border-color:transparent}
.oj-button-half-chrome .oj-button-button{border-color:transparent}
.oj-button-cta-chrome .oj-button-button{background:var(--oj-brand);border-color:var(--oj-brand);color:#fff}
.oj-button-danger-chrome .oj-button-button{background:var(--oj-danger);border-color:var(--oj-danger);color:#fff}
.oj-button.oj-hover .oj-button-button{background:rgba(22,21,19,.08)}
.oj-button-cta-chrome.oj-hover .oj-button-button{background:var(--oj-brand-dark)}
.oj-button-danger-chrome.oj-hover .oj-button-button{background:#a93a2a}
.oj-button.oj-active .oj-button-button{box-shadow:inset 0 2px 3px rgba(0,0,0,.25)}
.oj-button.oj-focus .oj-button-button{box-shadow:0 0 0 1px #fff,0 0 0 3px rgba(22,21,19,.6)}
.oj-button.oj-disabled .oj-button-button{background:rgba(22,21,19,.04);border-color:transparent;color:rgba(22,21,19,.3);cursor:default;box-shadow:none}
.oj-contrast-marker .oj-button .oj-button-button{color:#fff}
.oj-ux-ico-menu{background-image:url("${ICON.menu}")}
.oj-ux-ico-refresh{background-image:url("${ICON.refresh}")}
.oj-fwk-icon-cross{background-image:url("${ICON.cross}")}
/* labels, text fields */
oj-validation-group,oj-form-layout{display:block}
.oj-formlayout .oj-form{display:flex;flex-direction:column;gap:1.125rem}
oj-label{display:block;margin-bottom:.3125rem}
.oj-label-group{display:flex;align-items:center;gap:.125rem;font-size:.875rem;color:var(--oj-text-2);font-weight:600}
.oj-label-required-icon{display:inline-block;width:.5rem;height:.5rem;position:relative;top:-.25rem}
.oj-label-required-icon::before{content:"*";position:absolute;left:0;top:-.3rem;font-size:.875rem;color:var(--oj-danger)}
.oj-form-control{display:block;max-width:34rem;width:100%}
.oj-text-field-container{display:flex;align-items:stretch;min-height:2.75rem;border:1px solid var(--oj-border);border-radius:.375rem;background:#fff;transition:border-color .12s,box-shadow .12s}
.oj-text-field.oj-focus .oj-text-field-container{border-color:var(--oj-text);box-shadow:inset 0 0 0 1px var(--oj-text)}
.oj-text-field.oj-invalid .oj-text-field-container{border-color:var(--oj-danger);box-shadow:inset 0 0 0 1px var(--oj-danger)}
.oj-text-field-middle{flex:1;display:flex;min-width:0}
.oj-text-field-input{border:0;outline:0;background:transparent;font:inherit;font-size:1rem;padding:0 .75rem;width:100%;min-width:0;color:inherit}
.oj-text-field-start{display:flex;align-items:center;padding-left:.75rem;margin-right:-.5rem;color:var(--oj-text-2);font-weight:600}
.oj-text-field-end{display:flex;align-items:center;padding-right:.5rem}
.oj-read-only .oj-text-field-container{border-color:transparent;background:transparent;box-shadow:none!important}
.oj-read-only .oj-text-field-input{padding-left:0;font-weight:600}
.oj-disabled .oj-text-field-container{background:rgba(22,21,19,.04);border-color:rgba(22,21,19,.2)}
.oj-inputpassword-mask-icon{width:1.5rem;height:1.5rem;background:url("${ICON.eye}") no-repeat center/1.25rem;cursor:pointer;opacity:.85}
.oj-inputpassword-mask-icon.oj-inputpassword-hide-password-icon{opacity:.45}
.oj-searchselect-arrow{width:1.5rem;height:1.5rem;background:url("${ICON.chevron}") no-repeat center/1rem;cursor:pointer}
.oj-selectsingle .oj-text-field-container{cursor:pointer}
.oj-selectsingle.oj-listbox-dropdown-open .oj-searchselect-arrow{transform:rotate(180deg)}
.oj-form-control-hint{font-size:.8125rem;color:var(--oj-text-3);margin-top:.3125rem}
.oj-messaging-inline-container{margin-top:.3125rem;font-size:.875rem}
.oj-messaging-inline-container:empty{display:none}
.oj-messaging-inline-container .oj-message{display:flex;gap:.375rem;align-items:flex-start;padding:.125rem 0}
.oj-message-status-icon,.oj-message-category-icon{width:1rem;height:1rem;flex:none;background:no-repeat center/contain;margin-top:.125rem}
.oj-message-error-icon{background-image:url("${ICON.error}")}
.oj-message-confirmation-icon{background-image:url("${ICON.confirmation}")}
.oj-message-info-icon{background-image:url("${ICON.info}")}
.oj-message-warning-icon{background-image:url("${ICON.warning}")}
.oj-messaging-inline-container .oj-message-error .oj-message-summary{color:var(--oj-danger)}
.oj-message-detail{color:var(--oj-text-2)}
/* radioset */
.oj-radioset{display:block}
.oj-radioset-wrapper{display:flex;flex-direction:column;gap:.625rem;padding:.25rem 0}
.oj-choice-item{display:flex;align-items:center;gap:.625rem}
.oj-radiocheckbox-icon{position:relative;width:1.25rem;height:1.25rem;flex:none;border-radius:50%;border:1px solid var(--oj-border);background:#fff;transition:border .12s}
.oj-radiocheckbox-icon input.oj-radio{position:absolute;left:0;top:0;margin:0;width:100%;height:100%;opacity:0;cursor:pointer}
.oj-choice-item.oj-selected .oj-radiocheckbox-icon{border:.375rem solid var(--oj-brand)}
.oj-choice-item.oj-focus .oj-radiocheckbox-icon{box-shadow:0 0 0 1px #fff,0 0 0 3px rgba(22,21,19,.6)}
.oj-radio-label{cursor:pointer}
.oj-radioset.oj-invalid .oj-radiocheckbox-icon{border-color:var(--oj-danger)}
/* popups */
#__oj_zorder_container{position:relative;z-index:1000}
.oj-popup-layer{position:relative}
.oj-component-overlay{position:fixed;inset:0;background:rgba(22,21,19,.42)}
oj-dialog{display:none}
.oj-dialog{position:fixed;inset:0;margin:auto;height:fit-content;width:min(34rem,calc(100vw - 2rem));max-height:calc(100vh - 4rem);display:flex;flex-direction:column;background:#fff;border-radius:.75rem;box-shadow:0 12px 40px rgba(0,0,0,.32);outline:none;overflow:hidden}
.oj-dialog-container{display:flex;flex-direction:column;min-height:0}
.oj-dialog-header{display:flex;align-items:center;gap:.5rem;padding:1.25rem 1rem .5rem 1.5rem}
.oj-dialog-title{flex:1;margin:0;font-size:1.25rem;font-weight:700}
.oj-dialog-body-wrapper{overflow:auto;padding:.5rem 1.5rem 1rem}
.oj-dialog-footer{display:flex;justify-content:flex-end;gap:.5rem;padding:.75rem 1.5rem 1.25rem}
.oj-listbox-drop{position:fixed;background:#fff;border:1px solid var(--oj-divider);border-radius:.375rem;box-shadow:0 6px 18px rgba(0,0,0,.22);display:flex;flex-direction:column;overflow:hidden}
.oj-listbox-search-wrapper{padding:.5rem}
.oj-listbox-search{display:flex;align-items:center;border:1px solid var(--oj-border);border-radius:.375rem;padding-right:.5rem}
.oj-listbox-input{border:0;outline:0;flex:1;min-width:0;height:2.25rem;padding:0 .625rem;font:inherit}
.oj-listbox-search-icon{width:1rem;height:1rem;background:url("${ICON.search}") no-repeat center/contain}
.oj-listbox-results{list-style:none;margin:0;padding:0 0 .25rem;overflow-y:auto;max-height:17rem}
.oj-listbox-result{padding:.5625rem .875rem;cursor:pointer}
.oj-listbox-result.oj-hover{background:rgba(22,21,19,.07)}
.oj-listbox-result.oj-selected{font-weight:700;box-shadow:inset 3px 0 0 var(--oj-brand)}
.oj-listbox-no-results{padding:.75rem .875rem;color:var(--oj-text-3)}
.oj-listbox-highlighted-text{font-weight:700;text-decoration:underline}
/* messages */
oj-messages{display:block}
.oj-messages-notification{position:fixed;top:4.25rem;left:50%;transform:translateX(-50%);width:min(30rem,calc(100vw - 2rem));z-index:1}
.oj-messages-container{display:flex;flex-direction:column;gap:.5rem}
oj-message{display:block}
oj-message>.oj-message{background:#fff;border-radius:.5rem;box-shadow:0 6px 20px rgba(0,0,0,.2);padding:.875rem 1rem;border-left:.25rem solid var(--oj-text-3)}
.oj-messages-general oj-message>.oj-message{box-shadow:none;border-top:1px solid var(--oj-divider);border-right:1px solid var(--oj-divider);border-bottom:1px solid var(--oj-divider)}
oj-message>.oj-message-error{border-left-color:var(--oj-danger)}
oj-message>.oj-message-confirmation{border-left-color:#508223}
oj-message>.oj-message-info{border-left-color:var(--oj-brand)}
oj-message>.oj-message-warning{border-left-color:#ac630c}
.oj-message-header{display:flex;align-items:flex-start;gap:.625rem}
.oj-message-category{flex:1}
.oj-message-category h1{font-size:1rem;font-weight:700;margin:0}
.oj-message-close oj-button .oj-button-button{min-height:2rem;min-width:2rem}
.oj-message-body{padding-left:1.625rem;margin-top:.125rem;font-size:.9375rem}
/* progress */
oj-progress-circle{display:inline-block}
.oj-progress-circle-indeterminate{width:2rem;height:2rem;border-radius:50%;border:.25rem solid rgba(34,126,158,.2);border-top-color:var(--oj-brand);animation:oj-spin .8s linear infinite}
.oj-progress-circle-sm .oj-progress-circle-indeterminate,.oj-progress-circle-sm.oj-progress-circle-indeterminate{width:1.5rem;height:1.5rem}
@keyframes oj-spin{to{transform:rotate(360deg)}}
/* navigation list */
.oj-navigationlist{display:block}
.oj-navigationlist-element,.oj-navigationlist-group{list-style:none;margin:0;padding:0}
.oj-navigationlist-element{padding:.75rem 0}
.oj-navigationlist-group{overflow:hidden}
.oj-navigationlist-item-element{outline:none}
.oj-navigationlist-item-content{display:flex;align-items:center;gap:.5rem;min-height:2.75rem;padding:.375rem 1rem;color:inherit;text-decoration:none;cursor:pointer}
.oj-navigationlist-item-label{flex:1}
.oj-navigationlist-item-content:hover{background:rgba(255,255,255,.08)}
.oj-navigationlist-item-element.oj-focus>.oj-navigationlist-item-content{box-shadow:inset 0 0 0 1px rgba(255,255,255,.7)}
.oj-navigationlist-item-element.oj-selected>.oj-navigationlist-item-content{background:rgba(255,255,255,.16);box-shadow:inset 4px 0 0 #6fc0dd;font-weight:700}
.oj-navigationlist-expand-icon,.oj-navigationlist-collapse-icon{width:1rem;height:1rem;background:url("${ICON.chevronLight}") no-repeat center/contain;transition:transform .2s}
.oj-navigationlist-collapse-icon{transform:rotate(180deg)}
/* table */
oj-table{display:block}
.oj-table-container{border:1px solid var(--oj-divider);border-radius:.5rem;overflow:auto;background:#fff}
.oj-table-element{border-collapse:collapse;width:100%}
.oj-table-column-header-cell{text-align:left;font-size:.875rem;color:var(--oj-text-2);font-weight:700;padding:.625rem .875rem;border-bottom:1px solid var(--oj-divider);background:#fafaf9}
.oj-table-data-cell{padding:.625rem .875rem;border-bottom:1px solid var(--oj-divider)}
.oj-table-body-row:last-child .oj-table-data-cell{border-bottom:0}
.oj-table-body-message{padding:1rem;color:var(--oj-text-3)}
`;

const APP_CSS = `
.app-logo{width:2.25rem;height:2.25rem;display:block}
.app-title-block{display:flex;flex-direction:column}
.app-subtitle{font-size:.75rem;color:var(--oj-text-3)}
.app-user{display:flex;align-items:center;gap:.5rem}
.app-user-name{font-size:.875rem;color:var(--oj-text-2);text-align:right}
.app-body{flex:1;display:flex;min-height:calc(100vh - 8rem)}
.app-drawer-closed #navDrawer{margin-left:-17rem}
.app-drawer-title{padding:1rem 1rem 0;font-size:.75rem;letter-spacing:.06em;text-transform:uppercase;color:rgba(255,255,255,.6)}
oj-module{display:block;flex:1}
.app-page{padding:1.5rem 2rem 3rem;max-width:72rem}
.app-page-header{display:flex;align-items:baseline;gap:1rem;flex-wrap:wrap;margin-bottom:1.25rem}
.app-muted{color:var(--oj-text-3);font-size:.875rem}
.app-cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:1rem;margin:1.25rem 0}
.app-stat-label{font-size:.875rem;color:var(--oj-text-2);font-weight:700}
.app-stat-value{font-size:2rem;font-weight:700;margin:.25rem 0}
.app-hero{padding:3rem 2rem 1rem;max-width:60rem}
.app-home{padding:0 0 3rem}
.app-home .app-cards{padding:0 2rem}
.app-login{display:flex;justify-content:center;padding:3rem 1rem}
.app-login-panel{width:26rem;max-width:100%;display:flex;flex-direction:column;gap:1.125rem}
.app-login-panel .oj-form-control{max-width:none}
.app-captcha-row{display:flex;align-items:center;gap:.5rem}
.app-captcha-row img{border:1px solid var(--oj-divider);border-radius:.375rem;background:#fff}
.app-full-width,.app-full-width .oj-button-button{width:100%}
.app-actions{display:flex;gap:.5rem;flex-wrap:wrap;margin-top:1.5rem}
.app-busy{display:flex;align-items:center;gap:.75rem;margin:1rem 0;color:var(--oj-text-2)}
.app-section{margin-top:1.25rem}
.app-form-panel{max-width:44rem}
.app-kv{border-collapse:collapse;margin-top:.5rem}
.app-kv th{text-align:left;padding:.375rem 1.25rem .375rem 0;color:var(--oj-text-2);font-weight:600;font-size:.875rem}
.app-kv td{padding:.375rem 0}
.app-note{margin:1rem 0}
`;

/** The hand-written stand-in for JET's runtime: Knockout-style bindings and the custom elements. */
const OJ_RUNTIME_JS = String.raw`
(function () {
  'use strict';
  /* ---------- observables (a tiny Knockout) ---------- */
  var frame = null;
  function uniq(a) { return a.filter(function (x, i) { return a.indexOf(x) === i; }); }
  function untracked(fn) { var prev = frame; frame = null; try { return fn(); } finally { frame = prev; } }
  function observable(v) {
    var subs = [];
    function o(nv) {
      if (arguments.length) {
        if (nv !== v) { v = nv; subs.slice().forEach(function (f) { f(v); }); }
        return undefined;
      }
      if (frame) frame.push(o);
      return v;
    }
    o.subscribe = function (f) { subs.push(f); return { dispose: function () { var i = subs.indexOf(f); if (i >= 0) subs.splice(i, 1); } }; };
    o.peek = function () { return v; };
    o.isObservable = true;
    return o;
  }
  function effect(fn) {
    var deps = [];
    var dead = false;
    function run() {
      if (dead) return;
      deps.forEach(function (d) { d.dispose(); });
      var prev = frame;
      frame = [];
      try { fn(); } finally {
        var got = uniq(frame);
        frame = prev;
        deps = dead ? [] : got.map(function (ob) { return ob.subscribe(run); });
      }
    }
    run();
    return function () { dead = true; deps.forEach(function (d) { d.dispose(); }); deps = []; };
  }
  function pureComputed(fn) {
    var c = observable(undefined);
    effect(function () { var v = fn(); untracked(function () { c(v); }); });
    function r() { return c(); }
    r.subscribe = c.subscribe; r.peek = c.peek; r.isObservable = true;
    return r;
  }

  /* ---------- DOM helpers ---------- */
  function append(el, kids) {
    if (kids === null || kids === undefined || kids === false) return;
    (Array.isArray(kids) ? kids : [kids]).forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      if (Array.isArray(c)) append(el, c);
      else el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
  }
  function h(tag, attrs, kids) {
    var el = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'class') el.className = v; else el.setAttribute(k, v === true ? '' : String(v));
    });
    append(el, kids);
    return el;
  }
  var uidN = 0;
  function uid() { uidN += 1; return 'ui-id-' + uidN; }
  function zorder() {
    var z = document.getElementById('__oj_zorder_container');
    if (!z) { z = h('div', { id: '__oj_zorder_container', role: 'presentation' }); document.body.appendChild(z); }
    return z;
  }
  function newLayer(extra) {
    var l = h('div', { class: 'oj-popup-layer' + (extra ? ' ' + extra : ''), role: 'presentation' });
    zorder().appendChild(l);
    return l;
  }
  function animate(el, frames, ms) {
    return new Promise(function (res) {
      if (!el.animate) { res(); return; }
      var a = el.animate(frames, { duration: ms, easing: 'cubic-bezier(0.2,0,0.4,1)' });
      a.onfinish = function () { res(); };
      a.oncancel = function () { res(); };
    });
  }
  function tabbables(root) {
    return Array.prototype.filter.call(root.querySelectorAll('input,button,select,textarea,a[href],[tabindex]'), function (e) {
      if (e.disabled || e.type === 'hidden') return false;
      var ti = e.getAttribute('tabindex');
      if (ti !== null && Number(ti) < 0) return false;
      return e.getClientRects().length > 0;
    });
  }
  function camel(s) { return s.replace(/[-.]([a-z])/g, function (m, c) { return c.toUpperCase(); }); }
  function kebab(s) { return s.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); }); }

  /* ---------- bindings ---------- */
  var EXPR = /^\s*(\[\[|\{\{)([\s\S]*?)(\]\]|\}\})\s*$/;
  function resolve(vm, expr) {
    expr = expr.trim();
    var neg = false;
    while (expr.charAt(0) === '!') { neg = !neg; expr = expr.slice(1).trim(); }
    if (/^'.*'$/.test(expr)) { var lit = expr.slice(1, -1); return { get: function () { return lit; }, target: function () { return null; }, ctx: function () { return vm; } }; }
    var parts = expr.split('.');
    function walk() {
      var ctx = vm, val = vm;
      for (var i = 0; i < parts.length; i++) {
        if (val && val.isObservable) val = val();
        ctx = val;
        val = val === null || val === undefined ? undefined : val[parts[i]];
      }
      return { ctx: ctx, val: val };
    }
    return {
      get: function () { var v = walk().val; if (v && v.isObservable) v = v(); return neg ? !v : v; },
      target: function () { return neg ? null : walk().val; },
      ctx: function () { return walk().ctx; }
    };
  }
  function bindChildren(node, vm, scope) {
    Array.prototype.slice.call(node.childNodes).forEach(function (c) { bindNode(c, vm, scope); });
  }
  function bindIf(node, vm, scope) {
    var m = EXPR.exec(node.getAttribute('test') || '');
    var r = resolve(vm, m ? m[2] : 'false');
    var anchor = document.createComment('oj-bind-if');
    var frag = document.createDocumentFragment();
    while (node.firstChild) frag.appendChild(node.firstChild);
    node.parentNode.replaceChild(anchor, node);
    var nodes = [];
    var sub = [];
    var shown = false;
    scope.push(effect(function () {
      var v = !!r.get();
      untracked(function () {
        if (v === shown) return;
        shown = v;
        if (v) {
          var clone = document.importNode(frag, true);
          sub = [];
          bindChildren(clone, vm, sub);
          nodes = Array.prototype.slice.call(clone.childNodes);
          anchor.parentNode.insertBefore(clone, anchor.nextSibling);
        } else {
          sub.forEach(function (d) { d(); });
          sub = [];
          nodes.forEach(function (n) { if (n.parentNode) n.parentNode.removeChild(n); });
          nodes = [];
        }
      });
    }));
    scope.push(function () { sub.forEach(function (d) { d(); }); });
  }
  function bindNode(node, vm, scope) {
    if (node.nodeType !== 1) return;
    var tag = node.localName;
    if (tag === 'template' || tag === 'script' || tag === 'style') return;
    if (tag === 'oj-bind-if') { bindIf(node, vm, scope); return; }
    if (tag === 'oj-bind-text') {
      var mt = EXPR.exec(node.getAttribute('value') || '');
      var rt = resolve(vm, mt ? mt[2] : "''");
      var t = document.createTextNode('');
      node.parentNode.replaceChild(t, node);
      scope.push(effect(function () { var v = rt.get(); t.data = v === null || v === undefined ? '' : String(v); }));
      return;
    }
    Array.prototype.slice.call(node.attributes).forEach(function (a) {
      var m = EXPR.exec(a.value);
      if (!m) return;
      var name = a.name;
      var r = resolve(vm, m[2]);
      if (name.indexOf('on-') === 0) {
        var ev = camel(name.slice(3));
        node.addEventListener(ev, function (e) {
          var fn = r.target();
          if (typeof fn === 'function') fn.call(r.ctx(), e, { $data: vm });
        });
        return;
      }
      if (name.charAt(0) === ':') {
        var an = name.slice(1);
        var base = node.getAttribute('class') || '';
        scope.push(effect(function () {
          var v = r.get();
          untracked(function () {
            if (an === 'class') node.className = (base + ' ' + (v || '')).trim();
            else if (v === false || v === null || v === undefined) node.removeAttribute(an);
            else node.setAttribute(an, v === true ? '' : String(v));
          });
        }));
        return;
      }
      var prop = camel(name);
      scope.push(effect(function () { var v = r.get(); untracked(function () { node[prop] = v; }); }));
      if (m[1] === '{{') {
        node.addEventListener(prop + 'Changed', function (e) {
          var o = r.target();
          if (o && o.isObservable && e.detail) o(e.detail.value);
        });
      }
    });
    bindChildren(node, vm, scope);
  }
  function applyBindings(vm, root) { var scope = []; bindNode(root, vm, scope); return scope; }

  /* ---------- base element ---------- */
  class OjElement extends HTMLElement {
    constructor() { super(); this._p = {}; this._rendered = false; }
    connectedCallback() {
      if (this._rendered) { if (this._reconnected) this._reconnected(); return; }
      this._readAttrs();
      this._rendered = true;
      this.classList.add('oj-component');
      this._render();
      this.classList.add('oj-complete');
    }
    disconnectedCallback() { if (this._disconnected) this._disconnected(); }
    _readAttrs() {
      var d = this._defaults || {};
      var self = this;
      Object.keys(d).forEach(function (name) {
        if (Object.prototype.hasOwnProperty.call(self._p, name)) return;
        var attr = self.getAttribute(kebab(name));
        if (attr === null && name === 'helpInstruction') attr = self.getAttribute('help.instruction');
        if (attr === null || EXPR.test(attr)) return;
        var def = d[name];
        var v = attr;
        if (typeof def === 'boolean') v = attr !== 'false';
        else if (typeof def === 'number') v = Number(attr);
        self._p[name] = v;
      });
    }
    _setProp(name, v, from) {
      var old = this[name];
      if (old === v) return;
      this._p[name] = v;
      if (this._rendered && this._update) this._update(name, v, old, from);
      this.dispatchEvent(new CustomEvent(name + 'Changed', { detail: { value: v, previousValue: old, updatedFrom: from } }));
    }
    _setInternal(name, v) { this._internal = true; try { this._setProp(name, v, 'internal'); } finally { this._internal = false; } }
  }
  function define(tag, C, props) {
    Object.keys(props).forEach(function (name) {
      Object.defineProperty(C.prototype, name, {
        configurable: true,
        get: function () { return Object.prototype.hasOwnProperty.call(this._p, name) ? this._p[name] : props[name]; },
        set: function (v) { this._setProp(name, v, 'external'); }
      });
    });
    C.prototype._defaults = props;
    customElements.define(tag, C);
  }
  function isEmpty(v) { return v === null || v === undefined || v === ''; }
  function msgNode(m) {
    var sev = m.severity || 'error';
    var title = { error: 'Error', warning: 'Warning', confirmation: 'Confirmation', info: 'Info' }[sev] || 'Error';
    return h('div', { class: 'oj-message oj-message-' + sev }, [
      h('span', { class: 'oj-component-icon oj-message-status-icon oj-message-' + sev + '-icon', role: 'img', title: title, 'aria-label': title }),
      h('span', { class: 'oj-message-content' }, [
        m.summary ? h('div', { class: 'oj-message-summary' }, m.summary) : null,
        m.detail ? h('div', { class: 'oj-message-detail' }, h('span', null, m.detail)) : null
      ])
    ]);
  }
  var REQUIRED = { severity: 'error', summary: 'Value is required.', detail: 'You must enter a value.' };

  /* ---------- form controls ---------- */
  class OjFormControl extends OjElement {
    _render() {
      if (!this.id) this.id = uid();
      this._inputId = this.id + '|input';
      this._labelId = this.id + '-labelled-by';
      this._vmsgs = [];
      this._hiddenReq = false;
      var kids = Array.prototype.slice.call(this.childNodes);
      this._slots = {};
      var self = this;
      kids.forEach(function (k) {
        var s = k.nodeType === 1 ? k.getAttribute('slot') : null;
        if (s) { (self._slots[s] = self._slots[s] || []).push(k); }
      });
      this._collect(kids);
      this.textContent = '';
      this.classList.add('oj-form-control', this._rootClass());
      if (this.labelHint) {
        this._labelText = h('label', { id: this._labelId + '|label', for: this._forId() }, this.labelHint);
        this._reqIcon = h('span', { class: 'oj-label-required-icon oj-component-icon', role: 'img', title: 'Required', 'aria-label': 'Required' });
        this._labelGroup = h('div', { class: 'oj-label-group' }, [this._reqIcon, this._labelText]);
        this.appendChild(h('oj-label', { id: this._labelId, class: 'oj-label oj-component oj-complete', 'data-oj-internal': '' }, this._labelGroup));
      }
      this.appendChild(this._buildField());
      if (this.helpInstruction) this.appendChild(h('div', { class: 'oj-form-control-hint', id: this.id + '_hint' }, this.helpInstruction));
      this._msgEl = h('div', { class: 'oj-messaging-inline-container', id: this._inputId + '_messagingDisplay', role: 'presentation', 'aria-live': 'polite' });
      this.appendChild(this._msgEl);
      this._syncState();
      this._renderMessages();
    }
    _collect() {}
    _rootClass() { return 'oj-text-field'; }
    _forId() { return this._inputId; }
    _focusEl() { return this._input || null; }
    _syncState() {
      this.classList.toggle('oj-required', !!this.required);
      this.classList.toggle('oj-disabled', !!this.disabled);
      this.classList.toggle('oj-enabled', !this.disabled);
      this.classList.toggle('oj-read-only', !!this.readonly);
      if (this._reqIcon) this._reqIcon.hidden = !this.required || !!this.readonly;
      if (this._labelText) this._labelText.textContent = this.labelHint || '';
      var inp = this._input;
      if (inp) {
        inp.disabled = !!this.disabled;
        inp.readOnly = !!this.readonly;
        if (this.required) inp.setAttribute('aria-required', 'true'); else inp.removeAttribute('aria-required');
      }
    }
    _allShown() { return this._vmsgs.concat(this.messagesCustom || []); }
    _renderMessages() {
      var list = this._allShown();
      var el = this._msgEl;
      if (!el) return;
      el.textContent = '';
      list.forEach(function (m) { el.appendChild(msgNode(m)); });
      var invalid = list.some(function (m) { return (m.severity || 'error') === 'error'; });
      this.classList.toggle('oj-invalid', invalid);
      var f = this._focusEl();
      if (f) {
        if (invalid) f.setAttribute('aria-invalid', 'true'); else f.removeAttribute('aria-invalid');
        var desc = [];
        if (this.helpInstruction) desc.push(this.id + '_hint');
        if (list.length) desc.push(el.id);
        if (desc.length) f.setAttribute('aria-describedby', desc.join(' ')); else f.removeAttribute('aria-describedby');
      }
    }
    _check(v, showReq) {
      var msgs = [];
      var hidden = false;
      if (isEmpty(v)) {
        if (this.required) { if (showReq) msgs.push(REQUIRED); else hidden = true; }
      } else {
        (this.validators || []).forEach(function (val) {
          if (msgs.length) return;
          try { val.validate(v); } catch (e) {
            msgs.push({ severity: 'error', summary: (e && (e.summary || e.message)) || 'Enter a valid value.', detail: (e && e.detail) || '' });
          }
        });
      }
      this._vmsgs = msgs;
      this._hiddenReq = hidden;
      this._renderMessages();
      return msgs.length === 0 && !hidden;
    }
    get valid() {
      if (!this._rendered) return 'pending';
      var list = this._allShown();
      if (list.some(function (m) { return (m.severity || 'error') === 'error'; })) return 'invalidShown';
      if (this._hiddenReq || (this.required && isEmpty(this.value))) return 'invalidHidden';
      return 'valid';
    }
    validate() { return Promise.resolve(this._commit(true) ? 'valid' : 'invalid'); }
    showMessages() { if (this.required && isEmpty(this.value) && this._vmsgs.length === 0) this._check(this.value, true); }
    reset() { this._vmsgs = []; this._hiddenReq = false; this._refresh(); this._renderMessages(); }
    focus() { var f = this._focusEl(); if (f) f.focus(); }
    _update(name, v, old, from) {
      if (name === 'value') {
        if (from === 'external' && !this._internal) { this._vmsgs = []; this._refresh(); this._renderMessages(); }
      } else if (name === 'messagesCustom') this._renderMessages();
      else if (name === 'placeholder' && this._input) this._input.placeholder = v || '';
      else this._syncState();
    }
    _refresh() {}
  }

  class OjInputText extends OjFormControl {
    _rootClass() { return 'oj-text-field'; }
    _inputType() { return 'text'; }
    _inputClass() { return 'oj-inputtext-input'; }
    _buildField() {
      var self = this;
      this.classList.add(this._inputType() === 'password' ? 'oj-inputpassword' : 'oj-inputtext', 'oj-form-control-text-align-start');
      var inp = h('input', {
        type: this._inputType(), id: this._inputId, class: this._inputClass() + ' oj-text-field-input oj-component-initnode',
        autocomplete: this.getAttribute('autocomplete') || 'off', autocorrect: 'off', autocapitalize: 'off', spellcheck: 'false',
        'aria-labelledby': this.labelHint ? this._labelId + '|label' : null,
        'aria-label': this.labelHint ? null : this.getAttribute('aria-label'),
        placeholder: this.placeholder || null
      });
      this._input = inp;
      inp.value = isEmpty(this.value) ? '' : String(this.value);
      var kids = [];
      if (this._slots.start) kids.push(h('span', { class: 'oj-text-field-start' }, this._slots.start));
      kids.push(h('div', { class: 'oj-text-field-middle' }, inp));
      var end = this._endContent();
      if (end) kids.push(h('span', { class: 'oj-text-field-end' }, end));
      inp.addEventListener('focus', function () { self.classList.add('oj-focus'); });
      inp.addEventListener('blur', function () { self.classList.remove('oj-focus'); self._commit(false); });
      inp.addEventListener('input', function () { self.dispatchEvent(new CustomEvent('rawValueChanged', { detail: { value: inp.value } })); });
      inp.addEventListener('keydown', function (e) { if (e.key === 'Enter') self._commit(false); });
      return h('div', { class: 'oj-text-field-container', role: 'presentation' }, kids);
    }
    _endContent() { return null; }
    get rawValue() { return this._input ? this._input.value : this.value; }
    _commit(force) {
      if (!this._input || this.readonly || this.disabled) return true;
      var raw = this._input.value;
      var cur = isEmpty(this.value) ? '' : String(this.value);
      if (!force && raw === cur && this._vmsgs.length === 0) return true;
      var ok = this._check(raw, true);
      if (ok && raw !== cur) this._setInternal('value', raw);
      return ok;
    }
    _refresh() { if (this._input) this._input.value = isEmpty(this.value) ? '' : String(this.value); }
  }

  class OjInputPassword extends OjInputText {
    _inputType() { return 'password'; }
    _inputClass() { return 'oj-inputpassword-input'; }
    _endContent() {
      if (this.maskIcon !== 'visible') return null;
      var self = this;
      var icon = h('span', { class: 'oj-inputpassword-mask-icon oj-inputpassword-show-password-icon oj-component-icon oj-clickable-icon-nocontext', role: 'button', 'aria-label': 'Show password', title: 'Show password' });
      icon.addEventListener('mousedown', function (e) { e.preventDefault(); });
      icon.addEventListener('click', function () {
        var show = self._input.type === 'password';
        self._input.type = show ? 'text' : 'password';
        icon.className = 'oj-inputpassword-mask-icon ' + (show ? 'oj-inputpassword-hide-password-icon' : 'oj-inputpassword-show-password-icon') + ' oj-component-icon oj-clickable-icon-nocontext';
        icon.setAttribute('aria-label', show ? 'Hide password' : 'Show password');
        icon.title = show ? 'Hide password' : 'Show password';
      });
      return icon;
    }
  }

  class OjSelectSingle extends OjFormControl {
    _rootClass() { return 'oj-text-field'; }
    _buildField() {
      var self = this;
      this.classList.add('oj-selectsingle', 'oj-searchselect');
      var inp = h('input', {
        type: 'text', id: this._inputId, class: 'oj-searchselect-input oj-text-field-input oj-component-initnode', role: 'combobox',
        'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-haspopup': 'listbox', autocomplete: 'off', spellcheck: 'false',
        'aria-labelledby': this.labelHint ? this._labelId + '|label' : null, placeholder: this.placeholder || null
      });
      this._input = inp;
      inp.value = this._labelOf(this.value);
      var arrow = h('span', { class: 'oj-searchselect-arrow oj-searchselect-open-icon oj-component-icon', role: 'presentation' });
      var box = h('div', { class: 'oj-text-field-container oj-searchselect-main-field', role: 'presentation' }, [
        h('div', { class: 'oj-text-field-middle' }, inp), h('span', { class: 'oj-text-field-end' }, arrow)
      ]);
      box.addEventListener('mousedown', function (e) {
        if (self.disabled || self.readonly) return;
        e.preventDefault();
        if (self._drop) self._close(true); else self._open('', true);
      });
      inp.addEventListener('focus', function () { self.classList.add('oj-focus'); });
      inp.addEventListener('blur', function () {
        self.classList.remove('oj-focus');
        if (!self._drop) inp.value = self._labelOf(self.value);
      });
      inp.addEventListener('keydown', function (e) {
        if (self.disabled || self.readonly) return;
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || (e.key === 'Enter' && !self._drop)) { e.preventDefault(); self._open('', true); }
        else if (e.key === 'Escape' && self._drop) { e.preventDefault(); self._close(true); }
      });
      inp.addEventListener('input', function () {
        var t = inp.value;
        inp.value = self._labelOf(self.value);
        self._open(t, true);
      });
      return box;
    }
    _labelOf(v) {
      var d = this.data || [];
      for (var i = 0; i < d.length; i++) if (d[i].value === v) return d[i].label;
      return '';
    }
    _focusEl() { return this._input || null; }
    _commit() { return this._check(this.value, true); }
    _refresh() { if (this._input) this._input.value = this._labelOf(this.value); }
    _update(name, v, old, from) {
      if (name === 'data') { this._refresh(); return; }
      OjFormControl.prototype._update.call(this, name, v, old, from);
    }
    _disconnected() { this._close(false); }
    _open(filter, focusSearch) {
      var self = this;
      if (this._drop) { this._drop.search.value = filter; this._fill(filter); if (focusSearch) this._drop.search.focus(); return; }
      var listId = this.id + '_listbox';
      var search = h('input', { type: 'text', class: 'oj-listbox-input', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'true', 'aria-controls': listId, 'aria-label': 'Search field', autocomplete: 'off', spellcheck: 'false' });
      var ul = h('ul', { class: 'oj-listbox-results', role: 'listbox', id: listId, 'aria-label': this.labelHint || null });
      var drop = h('div', { class: 'oj-listbox-drop', id: this.id + '_dropdown', role: 'presentation', 'data-oj-containerid': this.id }, [
        h('div', { class: 'oj-listbox-search-wrapper' }, h('div', { class: 'oj-listbox-search' }, [search, h('span', { class: 'oj-listbox-search-icon oj-component-icon', role: 'presentation' })])),
        ul
      ]);
      var layer = newLayer();
      layer.appendChild(drop);
      this._drop = { layer: layer, drop: drop, search: search, ul: ul, items: [], hi: -1 };
      this.classList.add('oj-listbox-dropdown-open');
      this._input.setAttribute('aria-expanded', 'true');
      this._input.setAttribute('aria-controls', listId);
      search.value = filter || '';
      this._fill(search.value);
      this._position();
      animate(drop, [{ opacity: 0, transform: 'translateY(-6px)' }, { opacity: 1, transform: 'none' }], 140);
      search.addEventListener('input', function () { self._fill(search.value); });
      search.addEventListener('keydown', function (e) { self._key(e); });
      ul.addEventListener('mousemove', function (e) {
        var li = e.target.closest ? e.target.closest('li.oj-listbox-result') : null;
        if (li) self._highlight(Number(li.getAttribute('data-index')), false);
      });
      ul.addEventListener('mousedown', function (e) { e.preventDefault(); });
      ul.addEventListener('click', function (e) {
        var li = e.target.closest ? e.target.closest('li.oj-listbox-result') : null;
        if (li) self._choose(self._drop.items[Number(li.getAttribute('data-index'))]);
      });
      this._outside = function (e) { if (self._drop && !self._drop.drop.contains(e.target) && !self.contains(e.target)) self._close(false); };
      this._reposition = function (e) { if (self._drop && !(e && e.target && self._drop.drop.contains(e.target))) self._position(); };
      this._onResize = function () { self._close(false); };
      document.addEventListener('mousedown', this._outside, true);
      window.addEventListener('scroll', this._reposition, true);
      window.addEventListener('resize', this._onResize);
      if (focusSearch) { search.focus(); var n = search.value.length; search.setSelectionRange(n, n); }
    }
    _position() {
      var d = this._drop;
      if (!d) return;
      var r = this.querySelector('.oj-text-field-container').getBoundingClientRect();
      d.drop.style.left = r.left + 'px';
      d.drop.style.width = r.width + 'px';
      var below = window.innerHeight - r.bottom;
      if (below < 220 && r.top > below) { d.drop.style.top = ''; d.drop.style.bottom = (window.innerHeight - r.top + 2) + 'px'; }
      else { d.drop.style.bottom = ''; d.drop.style.top = (r.bottom + 2) + 'px'; }
      d.drop.style.maxHeight = Math.max(160, Math.max(below, r.top) - 16) + 'px';
    }
    _fill(text) {
      var d = this._drop;
      var self = this;
      var t = (text || '').toLowerCase();
      d.items = (this.data || []).filter(function (it) { return !t || it.label.toLowerCase().indexOf(t) >= 0; });
      d.ul.textContent = '';
      if (!d.items.length) d.ul.appendChild(h('li', { class: 'oj-listbox-no-results', role: 'presentation' }, 'No matches found'));
      var selIdx = -1;
      d.items.forEach(function (it, i) {
        var sel = it.value === self.value;
        if (sel) selIdx = i;
        var label = it.label;
        var kids = [label];
        if (t) {
          var at = label.toLowerCase().indexOf(t);
          kids = [label.slice(0, at), h('span', { class: 'oj-listbox-highlighted-text' }, label.slice(at, at + t.length)), label.slice(at + t.length)];
        }
        d.ul.appendChild(h('li', { class: 'oj-listbox-result oj-listbox-result-selectable' + (sel ? ' oj-selected' : ''), role: 'option', id: d.ul.id + '_' + i, 'data-index': i, 'aria-selected': sel ? 'true' : 'false' },
          h('div', { class: 'oj-listbox-result-label' }, kids)));
      });
      d.hi = -1;
      this._highlight(t ? 0 : selIdx, true);
    }
    _highlight(i, scroll) {
      var d = this._drop;
      if (!d) return;
      var lis = d.ul.querySelectorAll('li.oj-listbox-result');
      if (d.hi >= 0 && lis[d.hi]) lis[d.hi].classList.remove('oj-hover');
      d.hi = i;
      if (i >= 0 && lis[i]) {
        lis[i].classList.add('oj-hover');
        d.search.setAttribute('aria-activedescendant', lis[i].id);
        if (scroll) lis[i].scrollIntoView({ block: 'nearest' });
      } else d.search.removeAttribute('aria-activedescendant');
    }
    _key(e) {
      var d = this._drop;
      if (!d) return;
      if (e.key === 'ArrowDown') { e.preventDefault(); this._highlight(Math.min(d.items.length - 1, d.hi + 1), true); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); this._highlight(Math.max(0, d.hi - 1), true); }
      else if (e.key === 'Enter') { e.preventDefault(); if (d.hi >= 0 && d.items[d.hi]) this._choose(d.items[d.hi]); }
      else if (e.key === 'Escape') { e.preventDefault(); this._close(true); }
      else if (e.key === 'Tab') { this._close(false); }
    }
    _choose(item) {
      if (!item) return;
      this._setInternal('value', item.value);
      this._input.value = item.label;
      this._check(item.value, true);
      this._close(true);
    }
    _close(refocus) {
      var d = this._drop;
      if (!d) return;
      this._drop = null;
      document.removeEventListener('mousedown', this._outside, true);
      window.removeEventListener('scroll', this._reposition, true);
      window.removeEventListener('resize', this._onResize);
      this.classList.remove('oj-listbox-dropdown-open');
      if (this._input) { this._input.setAttribute('aria-expanded', 'false'); this._input.removeAttribute('aria-controls'); this._input.value = this._labelOf(this.value); }
      d.layer.style.pointerEvents = 'none';
      animate(d.drop, [{ opacity: 1 }, { opacity: 0 }], 100).then(function () { if (d.layer.parentNode) d.layer.parentNode.removeChild(d.layer); });
      if (refocus && this._input) this._input.focus();
    }
  }

  class OjRadioset extends OjFormControl {
    _rootClass() { return 'oj-radioset'; }
    _collect(kids) {
      this._options = kids.filter(function (k) { return k.nodeType === 1 && k.localName === 'oj-option'; }).map(function (o) {
        return { value: o.getAttribute('value'), label: o.textContent.trim(), disabled: o.hasAttribute('disabled') };
      });
    }
    _forId() { return null; }
    _focusEl() { return null; }
    _buildField() {
      var self = this;
      this.setAttribute('role', 'radiogroup');
      if (this.labelHint) this.setAttribute('aria-labelledby', this._labelId + '|label');
      var wrap = h('div', { class: 'oj-radioset-wrapper', role: 'presentation' });
      this._items = this._options.map(function (o, i) {
        var rid = self.id + '|rb|' + i;
        var inp = h('input', { type: 'radio', class: 'oj-radio oj-component-initnode', id: rid, name: self.id + '_rb', value: o.value, disabled: o.disabled });
        var item = h('span', { class: 'oj-choice-item' }, [
          h('span', { class: 'oj-radiocheckbox-icon' }, inp),
          h('label', { for: rid, class: 'oj-radio-label' }, h('span', null, o.label))
        ]);
        inp.addEventListener('change', function () { if (inp.checked) { self._setInternal('value', o.value); self._check(o.value, true); self._sync(); } });
        inp.addEventListener('focus', function () { item.classList.add('oj-focus'); self.classList.add('oj-focus'); });
        inp.addEventListener('blur', function () { item.classList.remove('oj-focus'); self.classList.remove('oj-focus'); });
        wrap.appendChild(item);
        return { o: o, inp: inp, item: item };
      });
      this._sync();
      return wrap;
    }
    _sync() {
      var v = this.value;
      (this._items || []).forEach(function (it) {
        var sel = it.o.value === v;
        it.inp.checked = sel;
        it.item.classList.toggle('oj-selected', sel);
        it.item.lastChild.classList.toggle('oj-selected', sel);
      });
      if (this.required) this.setAttribute('aria-required', 'true');
    }
    _renderMessages() {
      OjFormControl.prototype._renderMessages.call(this);
      if (this._msgEl && this._msgEl.childNodes.length) this.setAttribute('aria-describedby', this._msgEl.id); else this.removeAttribute('aria-describedby');
    }
    _commit() { return this._check(this.value, true); }
    _refresh() { this._sync(); }
    focus() { var it = (this._items || [])[0]; if (it) it.inp.focus(); }
  }
  var FC_PROPS = { value: null, labelHint: '', required: false, disabled: false, readonly: false, placeholder: '', messagesCustom: null, validators: null, helpInstruction: '' };
  function props(extra) { var p = {}; Object.keys(FC_PROPS).forEach(function (k) { p[k] = FC_PROPS[k]; }); Object.keys(extra || {}).forEach(function (k) { p[k] = extra[k]; }); return p; }

  /* ---------- button ---------- */
  var CHROME = { solid: 'oj-button-full-chrome', outlined: 'oj-button-outlined-chrome', borderless: 'oj-button-half-chrome', callToAction: 'oj-button-cta-chrome', danger: 'oj-button-danger-chrome' };
  class OjButton extends OjElement {
    _render() {
      var self = this;
      var kids = Array.prototype.slice.call(this.childNodes);
      var start = [], end = [], text = [];
      kids.forEach(function (k) {
        var s = k.nodeType === 1 ? k.getAttribute('slot') : null;
        if (s === 'startIcon') start.push(k); else if (s === 'endIcon') end.push(k); else text.push(k);
      });
      this.textContent = '';
      var icons = this.display === 'icons';
      this.classList.add('oj-button', CHROME[this.chroming] || CHROME.outlined, icons ? 'oj-button-icon-only' : (start.length ? 'oj-button-text-icon-start' : 'oj-button-text-only'));
      var tid = (this.id || uid()) + '|text';
      var textSpan = h('span', { class: 'oj-button-text' + (icons ? ' oj-helper-hidden-accessible' : ''), id: tid }, text);
      var label = h('div', { class: 'oj-button-label' }, [
        start.length ? h('span', { class: 'oj-button-icon oj-start' }, start) : null, textSpan,
        end.length ? h('span', { class: 'oj-button-icon oj-end' }, end) : null
      ]);
      var b = h('button', { class: 'oj-button-button', type: 'button', 'aria-labelledby': tid }, label);
      if (icons) b.title = textSpan.textContent.trim();
      this._btn = b;
      this.appendChild(b);
      b.addEventListener('click', function (e) {
        if (self.disabled) return;
        self.dispatchEvent(new CustomEvent('ojAction', { bubbles: true, detail: { originalEvent: e } }));
      });
      b.addEventListener('mouseenter', function () { if (!self.disabled) self.classList.add('oj-hover'); });
      b.addEventListener('mouseleave', function () { self.classList.remove('oj-hover', 'oj-active'); });
      b.addEventListener('mousedown', function () { if (!self.disabled) self.classList.add('oj-active'); });
      b.addEventListener('mouseup', function () { self.classList.remove('oj-active'); });
      b.addEventListener('focus', function () { self.classList.add('oj-focus'); });
      b.addEventListener('blur', function () { self.classList.remove('oj-focus', 'oj-active'); });
      this._sync();
    }
    _update() { this._sync(); }
    _sync() {
      var dis = !!this.disabled;
      this.classList.toggle('oj-disabled', dis);
      this.classList.toggle('oj-enabled', !dis);
      this.classList.toggle('oj-default', !dis);
      if (dis) this.classList.remove('oj-hover', 'oj-active');
      this._btn.disabled = dis;
    }
    focus() { if (this._btn) this._btn.focus(); }
  }

  /* ---------- dialog ---------- */
  class OjDialog extends OjElement {
    _render() {
      var self = this;
      var kids = Array.prototype.slice.call(this.childNodes);
      var header = [], body = [], footer = [];
      kids.forEach(function (k) {
        var s = k.nodeType === 1 ? k.getAttribute('slot') : null;
        if (s === 'header') header.push(k); else if (s === 'footer') footer.push(k); else if (k.nodeType === 1) body.push(k);
      });
      this.textContent = '';
      if (!this.id) this.id = uid();
      var titleId = this.id + '_title';
      this._title = h('h1', { class: 'oj-dialog-title', id: titleId }, this.dialogTitle || '');
      var hdr = h('div', { class: 'oj-dialog-header', role: 'presentation' }, header.length ? header : [this._title]);
      if (this.cancelBehavior !== 'none') {
        var close = h('oj-button', { class: 'oj-dialog-header-close-wrapper', display: 'icons', chroming: 'borderless' }, [h('span', { slot: 'startIcon', class: 'oj-fwk-icon oj-fwk-icon-cross' }), 'Close']);
        close.addEventListener('ojAction', function () { self.close(); });
        hdr.appendChild(close);
      }
      this._box = h('div', { class: 'oj-dialog oj-component', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, tabindex: '-1' },
        h('div', { class: 'oj-dialog-container', role: 'presentation' }, [
          hdr,
          h('div', { class: 'oj-dialog-body-wrapper' }, h('div', { class: 'oj-dialog-body' }, body)),
          footer.length ? h('div', { class: 'oj-dialog-footer' }, footer) : null
        ]));
      this.appendChild(this._box);
      this._box.addEventListener('keydown', function (e) { self._key(e); });
      this._open = false;
    }
    _update(name, v) { if (name === 'dialogTitle' && this._title) this._title.textContent = v || ''; }
    isOpen() { return !!this._open; }
    open() {
      if (this._open || !this._rendered) return;
      this._open = true;
      this._opener = document.activeElement;
      this._ph = document.createComment('oj-dialog');
      this.parentNode.insertBefore(this._ph, this);
      var layer = newLayer('oj-popup-layer-modal');
      var overlay = h('div', { class: 'oj-component-overlay', role: 'presentation' });
      layer.appendChild(overlay);
      layer.appendChild(this);
      this._layer = layer;
      this.style.display = 'block';
      animate(overlay, [{ opacity: 0 }, { opacity: 1 }], 200);
      animate(this._box, [{ opacity: 0, transform: 'scale(0.9)' }, { opacity: 1, transform: 'none' }], 200);
      var target = this._box.querySelector('[autofocus]');
      if (!target) target = tabbables(this._box.querySelector('.oj-dialog-body'))[0];
      var foot = this._box.querySelector('.oj-dialog-footer');
      if (!target && foot) target = tabbables(foot)[0];
      if (!target) target = tabbables(this._box.querySelector('.oj-dialog-header'))[0];
      (target || this._box).focus();
      this.dispatchEvent(new CustomEvent('ojOpen', { bubbles: true }));
    }
    close() {
      if (!this._open) return;
      this._open = false;
      var self = this;
      var layer = this._layer;
      layer.style.pointerEvents = 'none';
      Promise.all([
        animate(layer.firstChild, [{ opacity: 1 }, { opacity: 0 }], 150),
        animate(this._box, [{ opacity: 1, transform: 'none' }, { opacity: 0, transform: 'scale(0.9)' }], 150)
      ]).then(function () {
        self.style.display = 'none';
        if (self._ph && self._ph.parentNode) self._ph.parentNode.replaceChild(self, self._ph); else if (self.parentNode) self.parentNode.removeChild(self);
        if (layer.parentNode) layer.parentNode.removeChild(layer);
        if (self._opener && self._opener.isConnected && self._opener.focus) self._opener.focus();
        self.dispatchEvent(new CustomEvent('ojClose', { bubbles: true }));
      });
    }
    _key(e) {
      if (e.key === 'Escape' && this.cancelBehavior !== 'none') { e.preventDefault(); this.close(); return; }
      if (e.key !== 'Tab') return;
      var t = tabbables(this._box);
      if (!t.length) { e.preventDefault(); return; }
      var first = t[0], last = t[t.length - 1];
      if (e.shiftKey && (document.activeElement === first || document.activeElement === this._box)) { e.preventDefault(); last.focus(); }
      else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
    }
  }

  /* ---------- messages ---------- */
  var CATEGORY = { error: 'Error', warning: 'Warning', confirmation: 'Confirmation', info: 'Info' };
  class OjMessage extends OjElement {
    _render() {
      var self = this;
      var m = this.message || {};
      var sev = m.severity || 'error';
      var close = h('oj-button', { class: 'oj-message-close-icon', display: 'icons', chroming: 'borderless' }, [h('span', { slot: 'startIcon', class: 'oj-fwk-icon oj-fwk-icon-cross' }), 'Close']);
      close.addEventListener('ojAction', function () { self.close(); });
      this._box = h('div', { class: 'oj-message oj-message-' + sev, role: sev === 'error' ? 'alert' : 'status', 'aria-atomic': 'true' }, [
        h('div', { class: 'oj-message-header' }, [
          h('span', { class: 'oj-component-icon oj-message-category-icon oj-message-' + sev + '-icon', role: 'img', title: CATEGORY[sev], 'aria-label': CATEGORY[sev] }),
          h('div', { class: 'oj-message-category' }, h('h1', { title: m.summary || CATEGORY[sev] }, m.summary || CATEGORY[sev])),
          h('div', { class: 'oj-message-close' }, close)
        ]),
        m.detail ? h('div', { class: 'oj-message-body' }, h('div', { class: 'oj-message-detail' }, m.detail)) : null
      ]);
      this.appendChild(this._box);
      animate(this._box, [{ opacity: 0, transform: 'translateY(-12px)' }, { opacity: 1, transform: 'none' }], 220);
      var to = m.autoTimeout === 'on' ? 5000 : (typeof m.autoTimeout === 'number' && m.autoTimeout > 0 ? m.autoTimeout : 0);
      if (to) this._timer = setTimeout(function () { self.close(); }, to);
    }
    close() {
      var self = this;
      if (this._closing) return;
      this._closing = true;
      clearTimeout(this._timer);
      animate(this._box, [{ opacity: 1 }, { opacity: 0, transform: 'translateY(-12px)' }], 200).then(function () {
        self.dispatchEvent(new CustomEvent('ojClose', { bubbles: true, detail: { message: self.message } }));
      });
    }
  }
  class OjMessages extends OjElement {
    _render() {
      this.classList.add('oj-messages', this.display === 'notification' ? 'oj-messages-notification' : 'oj-messages-general');
      this._container = h('div', { class: 'oj-messages-container', role: 'presentation' });
      this.appendChild(this._container);
      this._els = [];
      this._sync();
    }
    _update(name) { if (name === 'messages') this._sync(); }
    _sync() {
      var self = this;
      var list = this.messages || [];
      this._els = this._els.filter(function (rec) {
        if (list.indexOf(rec.m) >= 0) return true;
        if (rec.el.parentNode) rec.el.parentNode.removeChild(rec.el);
        return false;
      });
      list.forEach(function (m) {
        if (self._els.some(function (rec) { return rec.m === m; })) return;
        var el = document.createElement('oj-message');
        el.message = m;
        self._els.push({ m: m, el: el });
        self._container.appendChild(el);
      });
      if (this.display !== 'notification') return;
      if (list.length && !this._layer) {
        this._ph = document.createComment('oj-messages');
        this.parentNode.insertBefore(this._ph, this);
        this._layer = newLayer('oj-messages-layer');
        this._layer.appendChild(this);
      } else if (!list.length && this._layer) {
        var layer = this._layer;
        this._layer = null;
        if (this._ph && this._ph.parentNode) this._ph.parentNode.replaceChild(this, this._ph);
        if (layer.parentNode) layer.parentNode.removeChild(layer);
      } else if (this._layer) {
        zorder().appendChild(this._layer);
      }
    }
  }

  /* ---------- progress, validation group, form layout, table ---------- */
  class OjProgressCircle extends OjElement {
    _render() {
      var size = this.getAttribute('size') || 'md';
      this.classList.add('oj-progress-circle', 'oj-progress-circle-' + size);
      this.appendChild(h('div', { class: 'oj-progress-circle-indeterminate', role: 'progressbar', 'aria-valuetext': 'In Progress', title: 'In Progress' }, h('div', { class: 'oj-progress-circle-indeterminate-inner' })));
    }
  }
  var CONTROLS = 'oj-input-text,oj-input-password,oj-select-single,oj-radioset';
  class OjValidationGroup extends OjElement {
    _render() { this.classList.add('oj-validationgroup'); this.setAttribute('role', 'group'); }
    _controls() {
      return Array.prototype.filter.call(this.querySelectorAll(CONTROLS), function (c) { return c._rendered && !c.disabled && !c.readonly; });
    }
    get valid() {
      var s = this._controls().map(function (c) { return c.valid; });
      if (s.indexOf('invalidShown') >= 0) return 'invalidShown';
      if (s.indexOf('invalidHidden') >= 0) return 'invalidHidden';
      return 'valid';
    }
    showMessages() { this._controls().forEach(function (c) { c.showMessages(); }); }
    focusOn(key) {
      var list = this._controls();
      var c = key === '@firstInvalidShown' ? list.filter(function (x) { return x.valid === 'invalidShown'; })[0] : list[0];
      if (c) c.focus();
    }
  }
  class OjFormLayout extends OjElement {
    _render() { this.classList.add('oj-formlayout', 'oj-form-control-label-top'); this._wrap(); }
    _wrap() {
      var form = h('div', { class: 'oj-form oj-sm-odd-cols-12 oj-formlayout-max-cols-1' });
      while (this.firstChild) form.appendChild(this.firstChild);
      this.appendChild(h('div', { class: 'oj-form-layout' }, form));
    }
  }
  class OjTable extends OjElement {
    _render() { this._build(); }
    _update() { this._build(); }
    _build() {
      this.textContent = '';
      var cols = this.columns || [];
      var data = this.data || [];
      var thead = h('thead', { class: 'oj-table-header', role: 'rowgroup' }, h('tr', { class: 'oj-table-header-row', role: 'row' }, cols.map(function (c) {
        return h('th', { class: 'oj-table-column-header-cell', role: 'columnheader', scope: 'col' }, h('div', { class: 'oj-table-column-header' }, h('div', { class: 'oj-table-column-header-text' }, c.headerText)));
      })));
      var rows = data.length ? data.map(function (d) {
        return h('tr', { class: 'oj-table-body-row', role: 'row' }, cols.map(function (c) { return h('td', { class: 'oj-table-data-cell', role: 'gridcell' }, String(d[c.field] === undefined ? '' : d[c.field])); }));
      }) : [h('tr', { class: 'oj-table-body-message-row', role: 'row' }, h('td', { class: 'oj-table-body-message', role: 'gridcell', colspan: cols.length || 1 }, 'No data to display.'))];
      this.appendChild(h('div', { class: 'oj-table-container', role: 'presentation' },
        h('table', { class: 'oj-table-element oj-component-initnode', role: 'grid', 'aria-label': this.getAttribute('aria-label') }, [thead, h('tbody', { class: 'oj-table-body', role: 'rowgroup' }, rows)])));
      this.classList.add('oj-table', 'oj-table-horizontal-grid');
    }
  }

  /* ---------- navigation list ---------- */
  class OjNavigationList extends OjElement {
    _render() {
      var self = this;
      this.classList.add('oj-navigationlist', 'oj-navigationlist-vertical', 'oj-navigationlist-collapsible', 'oj-navigationlist-item-text-wrap');
      this._ul = h('ul', { class: 'oj-navigationlist-element oj-component-initnode', role: 'tree', 'aria-label': this.getAttribute('aria-label') || 'Navigation List' });
      this.appendChild(h('div', { class: 'oj-navigationlist-listview', role: 'presentation' }, this._ul));
      this._ul.addEventListener('keydown', function (e) { self._key(e); });
      this._build();
    }
    _update(name) {
      if (name === 'data') this._build();
      else if (name === 'selection') this._syncSel();
      else if (name === 'expanded') this._syncExp();
    }
    _build() {
      var self = this;
      this._ul.textContent = '';
      this._items = {};
      this._order = [];
      function build(items, parent, depth, parentId) {
        (items || []).forEach(function (it) {
          var kids = it.children && it.children.length;
          var li = h('li', { id: it.id, class: 'oj-navigationlist-item-element oj-navigationlist-item' + (kids ? ' oj-collapsed' : ''), role: 'treeitem', 'aria-level': depth + 1, 'aria-expanded': kids ? 'false' : null, 'aria-selected': kids ? null : 'false', tabindex: '-1' });
          var a = h('a', { href: '#', class: 'oj-navigationlist-item-content' + (kids ? ' oj-navigationlist-group-item' : ''), tabindex: '-1', style: 'padding-left:' + (1 + depth * 1.25) + 'rem' }, [
            h('span', { class: 'oj-navigationlist-item-label' }, it.label),
            kids ? h('span', { class: 'oj-navigationlist-expand-icon oj-component-icon oj-clickable-icon-nocontext', role: 'presentation' }) : null
          ]);
          li.appendChild(a);
          var g = null;
          if (kids) { g = h('ul', { class: 'oj-navigationlist-group', role: 'group', style: 'display:none' }); li.appendChild(g); }
          parent.appendChild(li);
          var rec = { li: li, a: a, group: g, it: it, parentId: parentId, open: false };
          self._items[it.id] = rec;
          self._order.push(it.id);
          a.addEventListener('click', function (e) { e.preventDefault(); self._activate(it.id); });
          li.addEventListener('focus', function () { li.classList.add('oj-focus'); });
          li.addEventListener('blur', function () { li.classList.remove('oj-focus'); });
          if (kids) build(it.children, g, depth + 1, it.id);
        });
      }
      build(this.data, this._ul, 0, null);
      if (this._order.length) this._items[this._order[0]].li.setAttribute('tabindex', '0');
      this._syncExp();
      this._syncSel();
    }
    _visible(id) {
      var rec = this._items[id];
      while (rec && rec.parentId) { rec = this._items[rec.parentId]; if (!rec.open) return false; }
      return true;
    }
    _focusItem(id) {
      var self = this;
      Object.keys(this._items).forEach(function (k) { self._items[k].li.setAttribute('tabindex', k === id ? '0' : '-1'); });
      this._items[id].li.focus();
    }
    _activate(id) {
      var rec = this._items[id];
      if (!rec) return;
      this._focusItem(id);
      if (rec.group) { this._toggle(id, !rec.open, true); return; }
      this._setInternal('selection', id);
      this._syncSel();
    }
    _toggle(id, open, animated) {
      var rec = this._items[id];
      if (!rec || !rec.group || rec.open === open) return;
      rec.open = open;
      rec.li.setAttribute('aria-expanded', open ? 'true' : 'false');
      rec.li.classList.toggle('oj-expanded', open);
      rec.li.classList.toggle('oj-collapsed', !open);
      var icon = rec.a.querySelector('.oj-navigationlist-expand-icon,.oj-navigationlist-collapse-icon');
      if (icon) icon.className = (open ? 'oj-navigationlist-collapse-icon' : 'oj-navigationlist-expand-icon') + ' oj-component-icon oj-clickable-icon-nocontext';
      var g = rec.group;
      if (open) {
        g.style.display = '';
        if (animated) animate(g, [{ height: '0px', opacity: 0 }, { height: g.scrollHeight + 'px', opacity: 1 }], 200);
      } else if (animated) {
        animate(g, [{ height: g.scrollHeight + 'px' }, { height: '0px' }], 180).then(function () { if (!rec.open) g.style.display = 'none'; });
      } else g.style.display = 'none';
      var self = this;
      var exp = Object.keys(this._items).filter(function (k) { return self._items[k].open; });
      this._p.expanded = exp;
      this.dispatchEvent(new CustomEvent('expandedChanged', { detail: { value: exp, updatedFrom: 'internal' } }));
    }
    _syncExp() {
      var self = this;
      (this.expanded || []).forEach(function (id) { self._toggle(id, true, false); });
    }
    _syncSel() {
      var self = this;
      var sel = this.selection;
      Object.keys(this._items).forEach(function (k) {
        var rec = self._items[k];
        if (rec.group) return;
        var on = k === sel;
        rec.li.classList.toggle('oj-selected', on);
        rec.li.setAttribute('aria-selected', on ? 'true' : 'false');
      });
    }
    _key(e) {
      var cur = document.activeElement && document.activeElement.closest ? document.activeElement.closest('li.oj-navigationlist-item-element') : null;
      if (!cur) return;
      var self = this;
      var vis = this._order.filter(function (id) { return self._visible(id); });
      var i = vis.indexOf(cur.id);
      var rec = this._items[cur.id];
      if (e.key === 'ArrowDown' && i < vis.length - 1) { e.preventDefault(); this._focusItem(vis[i + 1]); }
      else if (e.key === 'ArrowUp' && i > 0) { e.preventDefault(); this._focusItem(vis[i - 1]); }
      else if (e.key === 'ArrowRight' && rec.group) { e.preventDefault(); this._toggle(cur.id, true, true); }
      else if (e.key === 'ArrowLeft') { e.preventDefault(); if (rec.group && rec.open) this._toggle(cur.id, false, true); else if (rec.parentId) this._focusItem(rec.parentId); }
      else if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); this._activate(cur.id); }
    }
  }

  /* ---------- module ---------- */
  class OjModule extends OjElement {
    _render() { this.classList.add('oj-module'); this.setAttribute('role', 'presentation'); this._sync(); }
    _update(name) { if (name === 'config') this._sync(); }
    _sync() {
      var cur = this._cur;
      if (cur) {
        if (cur.vm && cur.vm.disconnected) cur.vm.disconnected();
        cur.scope.forEach(function (d) { d(); });
        this.textContent = '';
        this._cur = null;
      }
      var cfg = this.config;
      if (!cfg || !cfg.view) return;
      var scope = [];
      var holder = document.createElement('div');
      holder.appendChild(cfg.view);
      bindChildren(holder, cfg.viewModel, scope);
      while (holder.firstChild) this.appendChild(holder.firstChild);
      this._cur = { vm: cfg.viewModel, scope: scope };
      if (cfg.viewModel && cfg.viewModel.connected) cfg.viewModel.connected();
    }
  }

  function defineAll() {
    define('oj-input-text', OjInputText, props({}));
    define('oj-input-password', OjInputPassword, props({ maskIcon: 'hidden' }));
    define('oj-select-single', OjSelectSingle, props({ data: null }));
    define('oj-radioset', OjRadioset, props({}));
    define('oj-button', OjButton, { disabled: false, chroming: 'outlined', display: 'all' });
    define('oj-dialog', OjDialog, { dialogTitle: '', cancelBehavior: 'icon', modality: 'modal' });
    define('oj-message', OjMessage, { message: null });
    define('oj-messages', OjMessages, { messages: null, display: 'general' });
    define('oj-progress-circle', OjProgressCircle, { value: -1, size: 'md' });
    define('oj-validation-group', OjValidationGroup, {});
    define('oj-form-layout', OjFormLayout, { labelEdge: 'top', maxColumns: 1 });
    define('oj-table', OjTable, { data: null, columns: null });
    define('oj-navigation-list', OjNavigationList, { data: null, selection: null, expanded: null, drillMode: 'collapsible' });
    define('oj-module', OjModule, { config: null });
  }

  window.oj = {
    ko: { observable: observable, observableArray: observable, pureComputed: pureComputed, effect: effect, applyBindings: applyBindings },
    h: h, defineAll: defineAll, version: '15.1.0'
  };
})();
`;

/** The application: app controller, CoreRouter-like router and the view models. */
const MAIN_JS = String.raw`
(function () {
  'use strict';
  var ko = oj.ko;
  var NAV = [
    { id: 'dashboard', label: 'Dashboard' },
    { id: 'einvoice', label: 'e-Invoice', children: [
      { id: 'generate-irn', label: 'Generate IRN' }, { id: 'cancel-irn', label: 'Cancel IRN' }, { id: 'print-einvoice', label: 'Print e-Invoice' }
    ] },
    { id: 'api-registration', label: 'API Registration', children: [
      { id: 'user-credentials', label: 'User Credentials', children: [
        { id: 'create-api-user', label: 'Create API User' }, { id: 'change-api-password', label: 'Change API Password' }
      ] },
      { id: 'ip-whitelisting', label: 'IP Whitelisting' },
      { id: 'freeze-api-user', label: 'Freeze API User' }
    ] },
    { id: 'mis-reports', label: 'MIS Reports', children: [
      { id: 'einvoice-report', label: 'e-Invoice Report' }, { id: 'api-usage-report', label: 'API Usage Report' }
    ] },
    { id: 'user-management', label: 'User Management', children: [
      { id: 'create-sub-user', label: 'Create Sub User' }, { id: 'update-contact', label: 'Update Contact Details' }
    ] }
  ];
  var NAV_INDEX = {};
  (function index(items, parents) {
    items.forEach(function (it) {
      NAV_INDEX[it.id] = { label: it.label, parents: parents, leaf: !it.children };
      if (it.children) index(it.children, parents.concat([it.id]));
    });
  })(NAV, []);
  var VIEW_OF = { home: 'home', login: 'login', dashboard: 'dashboard', 'create-api-user': 'create-api-user' };
  function viewOf(path) { return VIEW_OF[path] || (NAV_INDEX[path] && NAV_INDEX[path].leaf ? 'service' : null); }
  function isProtected(path) { return path !== 'home' && path !== 'login'; }
  var EXPIRED_TEXT = 'Your session has expired. Please log in again.';

  /* ---------- app controller ---------- */
  var app = {};
  app.loggedIn = ko.observable(false);
  app.user = ko.observable(null);
  app.userLabel = ko.pureComputed(function () { var u = app.user(); return u ? u.username + ' | GSTIN ' + u.gstin : ''; });
  app.drawerOpen = ko.observable(true);
  app.bodyClass = ko.pureComputed(function () { return app.drawerOpen() ? '' : 'app-drawer-closed'; });
  app.navData = NAV;
  app.navSelection = ko.observable(null);
  app.navExpanded = ko.observable([]);
  app.moduleConfig = ko.observable(null);
  app.messages = ko.observable([]);
  app.tech = { name: ko.observable(''), mobile: ko.observable(''), email: ko.observable('') };
  app.alertTitle = ko.observable('');
  app.alertText = ko.observable('');
  app.confirmTitle = ko.observable('');
  app.confirmText = ko.observable('');
  app.pendingTech = false;
  var msgSeq = 0;
  app.notify = function (severity, summary, detail) {
    msgSeq += 1;
    app.messages(app.messages().concat([{ id: 'msg' + msgSeq, severity: severity, summary: summary, detail: detail || '', autoTimeout: 'on' }]));
  };
  app.closeMessage = function (event) {
    var m = event.detail && event.detail.message;
    app.messages(app.messages().filter(function (x) { return x !== m; }));
  };
  app.toggleDrawer = function () { app.drawerOpen(!app.drawerOpen()); };
  app.goLogin = function () { router.go('login'); };
  app.closeAllDialogs = function () {
    Array.prototype.forEach.call(document.querySelectorAll('oj-dialog'), function (d) { if (d.isOpen && d.isOpen()) d.close(); });
  };
  app.sessionExpired = function (text) {
    app.loggedIn(false);
    app.user(null);
    app.pendingTech = false;
    app.closeAllDialogs();
    app.notify('error', 'Session Expired', text || EXPIRED_TEXT);
    router.go('login', { expired: true });
  };
  app.rest = function (method, url, body) {
    var init = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } };
    if (body !== undefined) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
    return fetch(url, init).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (d) {
        if (r.status === 401 && d.code === 'SESSION_EXPIRED') { app.sessionExpired(d.message); return null; }
        return { status: r.status, data: d };
      });
    }, function () {
      app.notify('error', 'Network Error', 'The server could not be reached. Please try again.');
      return null;
    });
  };
  app.logout = function () {
    app.rest('POST', '/api/logout', {}).then(function () {
      app.loggedIn(false);
      app.user(null);
      router.go('home');
      app.notify('info', 'Logged Out', 'You have logged out of the e-Invoice System.');
    });
  };
  app.navSelected = function (event) {
    if (event.detail.updatedFrom !== 'internal') return;
    var id = event.detail.value;
    if (id && id !== router.current()) router.go(id);
  };
  var pending = { alert: null, confirm: null, confirmed: false };
  app.alert = function (title, text) {
    app.alertTitle(title);
    app.alertText(text);
    document.getElementById('alertDialog').open();
    return new Promise(function (res) { pending.alert = res; });
  };
  app.closeAlert = function () { document.getElementById('alertDialog').close(); };
  app.alertClosed = function () { var r = pending.alert; pending.alert = null; if (r) r(); };
  app.confirm = function (title, text) {
    app.confirmTitle(title);
    app.confirmText(text);
    pending.confirmed = false;
    document.getElementById('confirmDialog').open();
    return new Promise(function (res) { pending.confirm = res; });
  };
  app.confirmYes = function () { pending.confirmed = true; document.getElementById('confirmDialog').close(); };
  app.confirmNo = function () { pending.confirmed = false; document.getElementById('confirmDialog').close(); };
  app.confirmClosed = function () { var r = pending.confirm; pending.confirm = null; if (r) r(pending.confirmed); };
  app.closeTech = function () { document.getElementById('techContactDialog').close(); };
  app.openTech = function () { document.getElementById('techContactDialog').open(); };

  /* ---------- router (CoreRouter with UrlParamAdapter: ?ojr=) ---------- */
  var viewCache = {};
  function loadView(name) {
    var p = viewCache[name] ? Promise.resolve(viewCache[name]) : fetch('/js/views/' + name + '.html', { credentials: 'same-origin' }).then(function (r) { return r.text(); }).then(function (t) { viewCache[name] = t; return t; });
    return p.then(function (text) {
      var tpl = document.createElement('template');
      tpl.innerHTML = text;
      return document.importNode(tpl.content, true);
    });
  }
  var router = { current: ko.observable(null), seq: 0 };
  router.go = function (path, params, replace) {
    path = path || 'home';
    if (!viewOf(path)) path = 'home';
    if (isProtected(path) && !app.loggedIn()) { path = 'login'; params = params || {}; }
    if (path === 'login' && app.loggedIn()) path = 'dashboard';
    var url = '?ojr=' + encodeURIComponent(path);
    if (replace) history.replaceState({ ojr: path }, '', url);
    else if (location.search !== url) history.pushState({ ojr: path }, '', url);
    return router.load(path, params || {});
  };
  router.load = function (path, params) {
    router.seq += 1;
    var seq = router.seq;
    var info = NAV_INDEX[path];
    app.navSelection(info && info.leaf ? path : null);
    if (info && info.parents.length) app.navExpanded(info.parents.slice());
    var name = viewOf(path);
    return loadView(name).then(function (frag) {
      if (seq !== router.seq) return;
      var vm = new VIEW_MODELS[name](params, path);
      router.current(path);
      document.title = (vm.title || 'e-Invoice System') + ' | e-Invoice System';
      app.moduleConfig({ view: frag, viewModel: vm });
    });
  };
  window.addEventListener('popstate', function () {
    var q = new URLSearchParams(location.search);
    router.go(q.get('ojr') || 'home', {}, true);
  });

  /* ---------- view models ---------- */
  function HomeViewModel() { this.title = 'Home'; }
  function ServiceViewModel(params, path) {
    this.title = (NAV_INDEX[path] && NAV_INDEX[path].label) || 'Service';
    this.heading = this.title;
    this.back = function () { router.go('dashboard'); };
  }
  function LoginViewModel(params) {
    var self = this;
    self.title = 'Login';
    self.expired = ko.observable(!!params.expired);
    self.expiredMessages = ko.observable(params.expired ? [{ severity: 'error', summary: 'Session Expired', detail: EXPIRED_TEXT }] : []);
    self.closeExpired = function () { self.expiredMessages([]); self.expired(false); };
    self.step = ko.observable('credentials');
    self.stepCredentials = ko.pureComputed(function () { return self.step() === 'credentials'; });
    self.stepOtp = ko.pureComputed(function () { return self.step() === 'otp'; });
    self.username = ko.observable('');
    self.password = ko.observable('');
    self.captcha = ko.observable('');
    self.otp = ko.observable('');
    self.busy = ko.observable(false);
    self.captchaSrc = ko.observable('/api/captcha?t=' + Date.now());
    self.captchaMessages = ko.observable([]);
    self.otpMessages = ko.observable([]);
    self.otpInfo = ko.observable('');
    self.refreshCaptcha = function () { self.captchaSrc('/api/captcha?t=' + Date.now()); };
    self.login = function () {
      var vg = document.getElementById('loginGroup');
      self.captchaMessages([]);
      vg.showMessages();
      if (vg.valid !== 'valid') { vg.focusOn('@firstInvalidShown'); return; }
      self.busy(true);
      app.rest('POST', '/api/login', { username: self.username(), password: self.password(), captcha: self.captcha() }).then(function (r) {
        self.busy(false);
        if (!r) return;
        if (r.status === 200) {
          self.otpInfo(r.data.message);
          self.step('otp');
          app.notify('info', 'OTP Sent', r.data.message);
          return;
        }
        self.refreshCaptcha();
        self.captcha('');
        if (r.data.code === 'INVALID_CAPTCHA') {
          self.captchaMessages([{ severity: 'error', summary: r.data.message }]);
        } else {
          self.password('');
          app.notify('error', 'Login Failed', r.data.message || 'Login failed. Please try again.');
        }
      });
    };
    self.otpValidators = [{ validate: function (v) { if (!/^\d{6}$/.test(v)) throw { summary: 'Enter the 6 digit OTP.' }; } }];
    self.verifyOtp = function () {
      var vg = document.getElementById('loginOtpGroup');
      self.otpMessages([]);
      vg.showMessages();
      if (vg.valid !== 'valid') { vg.focusOn('@firstInvalidShown'); return; }
      self.busy(true);
      app.rest('POST', '/api/login/otp', { otp: self.otp() }).then(function (r) {
        self.busy(false);
        if (!r) return;
        if (r.status === 200) {
          app.user(r.data.user);
          app.tech.name(r.data.technicalContact.name);
          app.tech.mobile(r.data.technicalContact.mobile);
          app.tech.email(r.data.technicalContact.email);
          app.pendingTech = true;
          app.loggedIn(true);
          router.go('dashboard');
        } else if (r.data.code === 'INVALID_OTP') {
          self.otpMessages([{ severity: 'error', summary: r.data.message }]);
        } else {
          app.notify('error', 'Login Failed', r.data.message || 'Please log in again.');
          self.back();
        }
      });
    };
    self.resendOtp = function () {
      app.rest('POST', '/api/login/otp/resend', {}).then(function (r) {
        if (!r) return;
        if (r.status === 200) app.notify('info', 'OTP Sent', r.data.message);
        else { app.notify('error', 'Login Failed', r.data.message || 'Please log in again.'); self.back(); }
      });
    };
    self.back = function () { self.otp(''); self.otpMessages([]); self.captcha(''); self.refreshCaptcha(); self.step('credentials'); };
  }
  function DashboardViewModel() {
    var self = this;
    self.title = 'Dash Board';
    self.loading = ko.observable(true);
    self.gstin = ko.pureComputed(function () { var u = app.user(); return u ? u.gstin : ''; });
    self.legalName = ko.pureComputed(function () { var u = app.user(); return u ? u.legalName : ''; });
    self.generated = ko.observable('-');
    self.cancelled = ko.observable('-');
    self.apiUsers = ko.observable('-');
    self.connected = function () {
      app.rest('GET', '/api/dashboard').then(function (r) {
        self.loading(false);
        if (!r || r.status !== 200) return;
        self.generated(r.data.generated);
        self.cancelled(r.data.cancelled);
        self.apiUsers(r.data.apiUsers);
        if (app.pendingTech) {
          app.pendingTech = false;
          setTimeout(function () { if (app.loggedIn() && router.current() === 'dashboard') app.openTech(); }, 350);
        }
      });
    };
  }
  var PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
  function CreateApiUserViewModel() {
    var self = this;
    self.title = 'Create API User';
    self.phase = ko.observable('sending');
    self.sending = ko.pureComputed(function () { return self.phase() === 'sending'; });
    self.showOtp = ko.pureComputed(function () { return self.phase() === 'otp'; });
    self.showForm = ko.pureComputed(function () { return self.phase() === 'form'; });
    self.showResult = ko.pureComputed(function () { return self.phase() === 'result'; });
    self.otpInfo = ko.observable('');
    self.otp = ko.observable('');
    self.otpMessages = ko.observable([]);
    self.otpBusy = ko.observable(false);
    self.otpValidators = [{ validate: function (v) { if (!/^\d{6}$/.test(v)) throw { summary: 'Enter the 6 digit OTP.' }; } }];
    self.gstin = ko.observable('');
    self.gspOptions = ko.observable([]);
    self.mode = ko.observable(null);
    self.isGsp = ko.pureComputed(function () { return self.mode() === 'GSP'; });
    self.isDirect = ko.pureComputed(function () { return self.mode() === 'DIRECT'; });
    self.isErp = ko.pureComputed(function () { return self.mode() === 'ERP'; });
    self.isOther = ko.pureComputed(function () { return self.mode() === 'OTHER'; });
    self.directMessages = [{ severity: 'warning', summary: 'Direct integration is not available', detail: 'Direct API access is given only to taxpayers whose aggregate turnover is above the limit notified by GSTN. Register through a GSP instead.' }];
    self.erpMessages = [{ severity: 'warning', summary: 'Not enabled', detail: 'Registration through ERP is not enabled for this GSTIN.' }];
    self.otherMessages = [{ severity: 'warning', summary: 'No Client-Id shared', detail: 'No other taxpayer has shared a Client-Id with this GSTIN.' }];
    self.gsp = ko.observable(null);
    self.userName = ko.observable('');
    self.password = ko.observable('');
    self.password2 = ko.observable('');
    self.submitBusy = ko.observable(false);
    self.submitDisabled = ko.pureComputed(function () { return !self.isGsp() || self.submitBusy(); });
    self.passwordHint = 'Password must be 8 to 15 characters long with at least one upper case letter, one lower case letter, one digit and one special character.';
    self.userValidators = [{ validate: function (v) { if (!/^[A-Za-z0-9_]{4,15}$/.test(v)) throw { summary: 'Enter 4 to 15 characters: letters, digits or underscore.' }; } }];
    self.passwordValidators = [{ validate: function (v) { if (!PASSWORD_RULE.test(v)) throw { summary: 'Enter a valid password.' }; } }];
    self.password2Validators = [{ validate: function (v) { if (v !== self.password()) throw { summary: 'The passwords do not match.' }; } }];
    self.registered = ko.observable([]);
    self.columns = [
      { headerText: 'Sl. No.', field: 'slNo' }, { headerText: 'GSP Name', field: 'gsp' },
      { headerText: 'User Name', field: 'username' }, { headerText: 'Registered On', field: 'createdOn' }
    ];
    self.resultMessages = ko.observable([]);
    self.closeResultMessage = function () { self.resultMessages([]); };
    self.connected = function () { self.sendOtp(false); };
    self.sendOtp = function (resend) {
      if (!resend) self.phase('sending');
      app.rest('POST', '/api/apireg/otp', {}).then(function (r) {
        if (!r) return;
        if (r.status === 200) {
          self.otpInfo(r.data.message);
          if (self.phase() === 'sending') self.phase('otp');
          app.notify('info', 'OTP Sent', r.data.message);
        } else {
          app.notify('error', 'Error', r.data.message || 'The OTP could not be sent. Please try again.');
          if (self.phase() === 'sending') self.phase('otp');
        }
      });
    };
    self.resend = function () { self.otpMessages([]); self.sendOtp(true); };
    self.verify = function () {
      var vg = document.getElementById('apiOtpGroup');
      self.otpMessages([]);
      vg.showMessages();
      if (vg.valid !== 'valid') { vg.focusOn('@firstInvalidShown'); return; }
      self.otpBusy(true);
      app.rest('POST', '/api/apireg/otp/verify', { otp: self.otp() }).then(function (r) {
        self.otpBusy(false);
        if (!r) return;
        if (r.status === 200) {
          self.gstin(r.data.gstin);
          self.gspOptions(r.data.gsps.map(function (n) { return { value: n, label: n }; }));
          self.phase('form');
          app.notify('confirmation', 'OTP Verified', r.data.message);
        } else if (r.data.code === 'INVALID_OTP') {
          self.otpMessages([{ severity: 'error', summary: r.data.message }]);
        } else {
          app.notify('error', 'Error', r.data.message || 'The OTP could not be verified.');
        }
      });
    };
    self.submit = function () {
      var ids = ['gspSelect', 'apiUserName', 'apiPassword', 'apiPassword2'];
      Promise.all(ids.map(function (id) { return document.getElementById(id).validate(); })).then(function (res) {
        if (res.some(function (x) { return x !== 'valid'; })) { document.getElementById('gspGroup').focusOn('@firstInvalidShown'); return; }
        var uname = 'API_' + self.userName();
        app.confirm('Confirm', 'Do you want to create the API user ' + uname + ' for GSTIN ' + self.gstin() + ' through ' + self.gsp() + '?').then(function (yes) {
          if (!yes) return;
          self.submitBusy(true);
          app.rest('POST', '/api/apireg/users', { mode: self.mode(), gsp: self.gsp(), userName: self.userName(), password: self.password(), confirmPassword: self.password2() }).then(function (r) {
            self.submitBusy(false);
            if (!r) return;
            if (r.status === 200) {
              self.registered(r.data.registered);
              self.resultMessages([{ severity: 'confirmation', summary: 'API User Created', detail: r.data.message }]);
              self.phase('result');
              app.alert('Success', r.data.message);
            } else {
              app.alert(r.data.title || 'Error', r.data.message || 'The API user could not be created.');
            }
          });
        });
      });
    };
    self.exit = function () { router.go('dashboard'); };
  }
  var VIEW_MODELS = { home: HomeViewModel, login: LoginViewModel, dashboard: DashboardViewModel, 'create-api-user': CreateApiUserViewModel, service: ServiceViewModel };

  /* ---------- boot: "require" the modules, then apply bindings ---------- */
  setTimeout(function () {
    oj.defineAll();
    var q = new URLSearchParams(location.search);
    var start = q.get('ojr') || 'home';
    var expired = q.get('expired') === 'Y';
    fetch('/api/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }).catch(function () { return {}; }).then(function (s) {
      if (s && s.authenticated) { app.loggedIn(true); app.user(s.user); }
      ko.applyBindings(app, document.getElementById('globalBody'));
      router.go(start, expired ? { expired: true } : {}, true);
    });
  }, 200);
})();
`;

const VIEWS: Record<string, string> = {
  home: `<div class="app-home">
  <div class="app-hero">
    <h1 class="oj-typography-heading-lg">e-Invoice System</h1>
    <p class="oj-typography-body-lg">Register your B2B invoices with the Invoice Registration Portal, get the Invoice Reference Number (IRN) and the signed QR code, and manage API access for your GSTIN.</p>
  </div>
  <div class="app-cards">
    <div class="oj-panel"><h2 class="oj-typography-heading-xs">e-Invoice</h2><p>Generate and cancel IRNs one by one or in bulk, and print signed e-invoices.</p></div>
    <div class="oj-panel"><h2 class="oj-typography-heading-xs">API Access</h2><p>Integrate directly or through a GSP. After logging in, use API Registration to create API users for your GSTIN.</p></div>
    <div class="oj-panel"><h2 class="oj-typography-heading-xs">Two-Factor Authentication</h2><p>From 1 April 2025 every login needs an OTP sent to the registered mobile number, or the code shown in the Sandes or NIC-GST-Shield app.</p></div>
  </div>
</div>`,
  login: `<div class="app-login">
  <div class="oj-panel oj-panel-shadow-md app-login-panel">
    <oj-bind-if test="[[expired]]">
      <oj-messages id="loginExpiredMessages" display="general" messages="[[expiredMessages]]" on-oj-close="[[closeExpired]]"></oj-messages>
    </oj-bind-if>
    <oj-bind-if test="[[stepCredentials]]">
      <h2 class="oj-typography-heading-sm">Login</h2>
      <oj-validation-group id="loginGroup">
        <oj-form-layout label-edge="top" max-columns="1">
          <oj-input-text id="username" label-hint="Username" required autocomplete="username" value="{{username}}"></oj-input-text>
          <oj-input-password id="password" label-hint="Password" required mask-icon="visible" value="{{password}}"></oj-input-password>
          <div class="app-captcha-row">
            <img id="captchaImage" alt="Captcha" width="160" height="54" :src="[[captchaSrc]]">
            <oj-button id="refreshCaptcha" display="icons" chroming="borderless" on-oj-action="[[refreshCaptcha]]"><span slot="startIcon" class="oj-ux-ico-refresh"></span>Refresh Captcha</oj-button>
          </div>
          <oj-input-text id="captcha" label-hint="Enter Captcha" required value="{{captcha}}" messages-custom="[[captchaMessages]]"></oj-input-text>
        </oj-form-layout>
      </oj-validation-group>
      <oj-button id="loginSubmit" class="app-full-width" chroming="callToAction" disabled="[[busy]]" on-oj-action="[[login]]">Login</oj-button>
    </oj-bind-if>
    <oj-bind-if test="[[stepOtp]]">
      <h2 class="oj-typography-heading-sm">Two-Factor Authentication</h2>
      <p class="app-muted"><oj-bind-text value="[[otpInfo]]"></oj-bind-text></p>
      <oj-validation-group id="loginOtpGroup">
        <oj-form-layout label-edge="top" max-columns="1">
          <oj-input-text id="loginOtp" label-hint="Enter OTP" required autocomplete="one-time-code" value="{{otp}}" validators="[[otpValidators]]" messages-custom="[[otpMessages]]"></oj-input-text>
        </oj-form-layout>
      </oj-validation-group>
      <oj-button id="verifyLoginOtp" class="app-full-width" chroming="callToAction" disabled="[[busy]]" on-oj-action="[[verifyOtp]]">Verify OTP</oj-button>
      <div class="oj-flex-bar">
        <oj-button id="resendLoginOtp" chroming="borderless" on-oj-action="[[resendOtp]]">Resend OTP</oj-button>
        <oj-button id="backToLogin" chroming="borderless" class="oj-flex-bar-end" on-oj-action="[[back]]">Back to Login</oj-button>
      </div>
    </oj-bind-if>
  </div>
</div>`,
  dashboard: `<div class="app-page">
  <div class="app-page-header">
    <h1 class="oj-typography-heading-md">Dash Board</h1>
    <span class="app-muted"><oj-bind-text value="[[legalName]]"></oj-bind-text> | GSTIN <oj-bind-text value="[[gstin]]"></oj-bind-text></span>
  </div>
  <oj-bind-if test="[[loading]]">
    <div class="app-busy"><oj-progress-circle size="sm" value="-1"></oj-progress-circle><span>Loading...</span></div>
  </oj-bind-if>
  <div class="app-cards">
    <div class="oj-panel"><div class="app-stat-label">Generations</div><div class="app-stat-value"><oj-bind-text value="[[generated]]"></oj-bind-text></div><div class="app-muted">IRNs generated this month</div></div>
    <div class="oj-panel"><div class="app-stat-label">Cancelled</div><div class="app-stat-value"><oj-bind-text value="[[cancelled]]"></oj-bind-text></div><div class="app-muted">IRNs cancelled this month</div></div>
    <div class="oj-panel"><div class="app-stat-label">API Users</div><div class="app-stat-value"><oj-bind-text value="[[apiUsers]]"></oj-bind-text></div><div class="app-muted">Active API users for this GSTIN</div></div>
  </div>
  <div class="oj-panel">
    <h2 class="oj-typography-heading-xs">Notices</h2>
    <ul>
      <li>Two-factor authentication is mandatory for all logins from 1 April 2025.</li>
      <li>Invoices older than 30 days cannot be reported for taxpayers with AATO of Rs. 10 crore and above.</li>
    </ul>
  </div>
</div>`,
  'create-api-user': `<div class="app-page">
  <div class="app-page-header"><h1 class="oj-typography-heading-md">API Registration</h1><span class="app-muted">User Credentials / Create API User</span></div>
  <oj-bind-if test="[[sending]]">
    <div class="app-busy"><oj-progress-circle size="sm" value="-1"></oj-progress-circle><span>Sending OTP to your registered mobile number...</span></div>
  </oj-bind-if>
  <oj-bind-if test="[[showOtp]]">
    <div class="oj-panel app-form-panel">
      <h2 class="oj-typography-heading-xs">Verify OTP</h2>
      <p class="app-muted"><oj-bind-text value="[[otpInfo]]"></oj-bind-text></p>
      <oj-validation-group id="apiOtpGroup">
        <oj-form-layout label-edge="top" max-columns="1">
          <oj-input-text id="apiOtp" label-hint="Enter OTP" required autocomplete="one-time-code" value="{{otp}}" validators="[[otpValidators]]" messages-custom="[[otpMessages]]"></oj-input-text>
        </oj-form-layout>
      </oj-validation-group>
      <div class="app-actions">
        <oj-button id="verifyApiOtp" chroming="callToAction" disabled="[[otpBusy]]" on-oj-action="[[verify]]">Verify OTP</oj-button>
        <oj-button id="resendApiOtp" chroming="borderless" on-oj-action="[[resend]]">Resend OTP</oj-button>
      </div>
    </div>
  </oj-bind-if>
  <oj-bind-if test="[[showForm]]">
    <div class="oj-panel app-form-panel">
      <oj-form-layout label-edge="top" max-columns="1">
        <oj-input-text id="regGstin" label-hint="GSTIN" readonly value="[[gstin]]"></oj-input-text>
        <oj-radioset id="regMode" label-hint="Do you wish to Register your GSTIN for" required value="{{mode}}">
          <oj-option value="DIRECT">Directly</oj-option>
          <oj-option value="GSP">Through GSP</oj-option>
          <oj-option value="ERP">Through ERP</oj-option>
          <oj-option value="OTHER">Through Client-Id of other</oj-option>
        </oj-radioset>
      </oj-form-layout>
      <oj-bind-if test="[[isDirect]]"><oj-messages class="app-note" display="general" messages="[[directMessages]]"></oj-messages></oj-bind-if>
      <oj-bind-if test="[[isErp]]"><oj-messages class="app-note" display="general" messages="[[erpMessages]]"></oj-messages></oj-bind-if>
      <oj-bind-if test="[[isOther]]"><oj-messages class="app-note" display="general" messages="[[otherMessages]]"></oj-messages></oj-bind-if>
      <oj-bind-if test="[[isGsp]]">
        <oj-validation-group id="gspGroup" class="app-section">
          <oj-form-layout label-edge="top" max-columns="1">
            <oj-select-single id="gspSelect" label-hint="Select your GSP" required placeholder="Select GSP" data="[[gspOptions]]" value="{{gsp}}"></oj-select-single>
            <oj-input-text id="apiUserName" label-hint="User Name" required value="{{userName}}" validators="[[userValidators]]"><span slot="start">API_</span></oj-input-text>
            <oj-input-password id="apiPassword" label-hint="Password" required value="{{password}}" validators="[[passwordValidators]]" help.instruction="[[passwordHint]]"></oj-input-password>
            <oj-input-password id="apiPassword2" label-hint="Re-enter Password" required value="{{password2}}" validators="[[password2Validators]]"></oj-input-password>
          </oj-form-layout>
        </oj-validation-group>
      </oj-bind-if>
      <div class="app-actions">
        <oj-button id="submitApiUser" chroming="callToAction" disabled="[[submitDisabled]]" on-oj-action="[[submit]]">Submit</oj-button>
        <oj-button id="exitApiUser" on-oj-action="[[exit]]">Exit</oj-button>
      </div>
    </div>
  </oj-bind-if>
  <oj-bind-if test="[[showResult]]">
    <oj-messages id="resultMessages" display="general" messages="[[resultMessages]]" on-oj-close="[[closeResultMessage]]"></oj-messages>
    <h2 class="oj-typography-heading-sm app-section">GSPs registered for GSTIN <oj-bind-text value="[[gstin]]"></oj-bind-text></h2>
    <div class="app-section"><oj-table id="registeredGsps" aria-label="GSPs registered for this GSTIN" data="[[registered]]" columns="[[columns]]"></oj-table></div>
    <div class="app-actions"><oj-button id="exitResult" on-oj-action="[[exit]]">Exit</oj-button></div>
  </oj-bind-if>
</div>`,
  service: `<div class="app-page">
  <div class="app-page-header"><h1 class="oj-typography-heading-md"><oj-bind-text value="[[heading]]"></oj-bind-text></h1></div>
  <div class="oj-panel"><p>This option is not available for your GSTIN at present.</p>
    <oj-button chroming="outlined" on-oj-action="[[back]]">Back to Dashboard</oj-button></div>
</div>`,
};

const SHELL_HTML = `<!DOCTYPE html>
<html lang="en-US" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="viewport-fit=cover, width=device-width, initial-scale=1">
<title>e-Invoice System</title>
<link rel="icon" href="${ICON.logo}" type="image/svg+xml">
<link rel="stylesheet" href="/css/redwood/15.1.0/web/redwood.min.css" id="css">
<link rel="stylesheet" href="/css/app.css">
</head>
<body class="oj-web-applayout-body">
<div id="globalBody" class="oj-web-applayout-page">
  <header role="banner" class="oj-web-applayout-header">
    <div class="oj-web-applayout-max-width oj-flex-bar">
      <div class="oj-flex-bar-start">
        <oj-button id="drawerToggleButton" display="icons" chroming="borderless" :hidden="[[!loggedIn]]" on-oj-action="[[toggleDrawer]]"><span slot="startIcon" class="oj-ux-ico-menu"></span>Application Navigation</oj-button>
        <img class="app-logo" src="${ICON.logo}" alt="" width="36" height="36">
        <div class="app-title-block">
          <h1 class="oj-web-applayout-header-title" title="e-Invoice System">e-Invoice System</h1>
          <span class="app-subtitle">Goods and Services Tax | Government of India</span>
        </div>
      </div>
      <div class="oj-flex-bar-end">
        <oj-button id="loginButton" chroming="callToAction" :hidden="[[loggedIn]]" on-oj-action="[[goLogin]]">Login</oj-button>
        <div class="app-user" :hidden="[[!loggedIn]]">
          <span class="app-user-name"><oj-bind-text value="[[userLabel]]"></oj-bind-text></span>
          <oj-button id="logoutButton" chroming="borderless" on-oj-action="[[logout]]">Logout</oj-button>
        </div>
      </div>
    </div>
  </header>
  <div class="app-body" :class="[[bodyClass]]">
    <div id="navDrawer" class="oj-web-applayout-offcanvas oj-offcanvas-start oj-contrast-marker" role="navigation" aria-label="Main Menu" :hidden="[[!loggedIn]]">
      <div class="app-drawer-title">Menu</div>
      <oj-navigation-list id="mainMenu" aria-label="Main Menu" drill-mode="collapsible" data="[[navData]]" selection="{{navSelection}}" expanded="[[navExpanded]]" on-selection-changed="[[navSelected]]"></oj-navigation-list>
    </div>
    <div class="oj-web-applayout-content-wrapper" role="main">
      <oj-module id="mainContent" config="[[moduleConfig]]"></oj-module>
    </div>
  </div>
  <footer class="oj-web-applayout-footer" role="contentinfo">Site is designed, developed and hosted by National Informatics Centre. Contents are provided by the Goods and Services Tax Network.</footer>
  <oj-messages id="notifications" display="notification" messages="[[messages]]" on-oj-close="[[closeMessage]]"></oj-messages>
  <oj-dialog id="techContactDialog" dialog-title="Contacts of Technical Person" cancel-behavior="icon">
    <div slot="body">
      <p>The technical person below receives the notices about API access for this GSTIN. Keep these details up to date under User Management.</p>
      <table class="app-kv">
        <tr><th scope="row">Name</th><td><oj-bind-text value="[[tech.name]]"></oj-bind-text></td></tr>
        <tr><th scope="row">Mobile No.</th><td><oj-bind-text value="[[tech.mobile]]"></oj-bind-text></td></tr>
        <tr><th scope="row">E-mail</th><td><oj-bind-text value="[[tech.email]]"></oj-bind-text></td></tr>
      </table>
    </div>
    <div slot="footer"><oj-button id="techContactExit" chroming="danger" on-oj-action="[[closeTech]]">Exit</oj-button></div>
  </oj-dialog>
  <oj-dialog id="confirmDialog" dialog-title="[[confirmTitle]]" cancel-behavior="icon" on-oj-close="[[confirmClosed]]">
    <div slot="body"><p><oj-bind-text value="[[confirmText]]"></oj-bind-text></p></div>
    <div slot="footer">
      <oj-button id="confirmNo" on-oj-action="[[confirmNo]]">No</oj-button>
      <oj-button id="confirmYes" chroming="callToAction" on-oj-action="[[confirmYes]]">Yes</oj-button>
    </div>
  </oj-dialog>
  <oj-dialog id="alertDialog" dialog-title="[[alertTitle]]" cancel-behavior="icon" on-oj-close="[[alertClosed]]">
    <div slot="body"><p><oj-bind-text value="[[alertText]]"></oj-bind-text></p></div>
    <div slot="footer"><oj-button id="alertOk" chroming="callToAction" on-oj-action="[[closeAlert]]">OK</oj-button></div>
  </oj-dialog>
</div>
<script src="/js/libs/oj/v15.1.0/ojruntime.js"></script>
<script src="/js/main.js"></script>
</body>
</html>`;

/* ------------------------------------------------------------------ server */

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'auth';
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  lastSeen: number;
}

interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  createdOn: string;
}

const EXPIRED_MESSAGE = 'Your session has expired. Please log in again.';
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USER_RULE = /^[A-Za-z0-9_]{4,15}$/;

function captchaSvg(text: string): string {
  const w = 160;
  const h = 54;
  const colours = ['#1b3a6b', '#7a2e12', '#2f5d1e', '#4b2a6b', '#0f5560'];
  const fonts = [
    'Georgia, serif',
    "'Courier New', monospace",
    'Verdana, sans-serif',
    'Trebuchet MS, sans-serif',
  ];
  const pick = <T>(list: T[]): T => list[randomInt(list.length)] as T;
  const parts: string[] = [`<rect width="${w}" height="${h}" fill="#eef2f5"/>`];
  for (let i = 0; i < 9; i++) {
    parts.push(
      `<line x1="${randomInt(w)}" y1="${randomInt(h)}" x2="${randomInt(w)}" y2="${randomInt(h)}" stroke="${pick(colours)}" stroke-opacity="0.45" stroke-width="${1 + randomInt(2)}"/>`,
    );
  }
  for (let i = 0; i < 70; i++) {
    parts.push(
      `<circle cx="${randomInt(w)}" cy="${randomInt(h)}" r="${(0.6 + Math.random() * 1.2).toFixed(1)}" fill="${pick(colours)}" fill-opacity="0.6"/>`,
    );
  }
  [...text].forEach((ch, i) => {
    const x = 16 + i * 28 + randomInt(6);
    const y = 36 + randomInt(9) - 4;
    const rot = randomInt(41) - 20;
    parts.push(
      `<text x="${x}" y="${y}" transform="rotate(${rot} ${x} ${y})" font-family="${pick(fonts)}" font-size="${26 + randomInt(7)}" font-weight="bold" fill="${pick(colours)}">${ch}</text>`,
    );
  });
  parts.push(
    `<path d="M0 ${20 + randomInt(20)} C ${40 + randomInt(20)} ${randomInt(h)}, ${100 + randomInt(20)} ${randomInt(h)}, ${w} ${15 + randomInt(25)}" stroke="#333" stroke-width="1.5" fill="none" stroke-opacity="0.6"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${parts.join('')}</svg>`;
}

function displayDate(iso: string): string {
  const d = new Date(iso);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export async function startOraclejetR21Rendition(
  options: OraclejetR21Options = {},
): Promise<OraclejetR21Rendition> {
  const state: OraclejetR21State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const seeded: Registration[] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: 'API_terasoft27',
      createdOn: '2023-08-14T10:22:05.000Z',
    },
  ];
  const sessions = new Map<string, Session>();
  let expiryUsed = false;

  const registrations = (): Registration[] => [
    ...seeded,
    ...state.users.map((u) => ({
      gstin: u.gstin,
      gsp: u.gsp,
      username: u.username,
      createdOn: u.createdOn,
    })),
  ];

  function cookieId(req: IncomingMessage): string | undefined {
    const header = req.headers.cookie ?? '';
    for (const part of header.split(';')) {
      const [k, ...rest] = part.trim().split('=');
      if (k === 'JSESSIONID') return rest.join('=');
    }
    return undefined;
  }
  function getSession(req: IncomingMessage): Session | undefined {
    const id = cookieId(req);
    if (!id) return undefined;
    const s = sessions.get(id);
    if (!s) return undefined;
    if (Date.now() - s.lastSeen > SESSION_IDLE_MS) {
      sessions.delete(id);
      return undefined;
    }
    s.lastSeen = Date.now();
    return s;
  }
  function newSession(res: ServerResponse, stage: Session['stage']): Session {
    const s: Session = {
      id: randomBytes(18).toString('hex').toUpperCase(),
      stage,
      apiOtpSent: false,
      apiOtpVerified: false,
      lastSeen: Date.now(),
    };
    sessions.set(s.id, s);
    res.setHeader('Set-Cookie', `JSESSIONID=${s.id}; Path=/; HttpOnly; SameSite=Lax`);
    return s;
  }
  function authSession(req: IncomingMessage): Session | undefined {
    const s = getSession(req);
    return s && s.stage === 'auth' ? s : undefined;
  }

  function send(res: ServerResponse, status: number, type: string, body: string, cache = false): void {
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', cache ? 'max-age=300' : 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(body);
  }
  function json(res: ServerResponse, status: number, body: unknown): void {
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
  }
  function expired(res: ServerResponse): void {
    res.setHeader('Set-Cookie', 'JSESSIONID=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax');
    json(res, 401, { code: 'SESSION_EXPIRED', message: EXPIRED_MESSAGE });
  }
  /** expireOnce: the first request of the stage loses its session. */
  function expireHere(req: IncomingMessage, stage: OraclejetR21Expiry): boolean {
    if (options.expireOnce !== stage || expiryUsed) return false;
    expiryUsed = true;
    const id = cookieId(req);
    if (id) sessions.delete(id);
    state.expired.push(stage);
    return true;
  }

  async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | null> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      const b = chunk as Buffer;
      size += b.length;
      if (size > 65536) return null;
      chunks.push(b);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    if (!text) return {};
    try {
      const v: unknown = JSON.parse(text);
      return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }

  const PAGE_ROUTES = new Set([
    'home',
    'login',
    'dashboard',
    'create-api-user',
    'generate-irn',
    'cancel-irn',
    'print-einvoice',
    'change-api-password',
    'ip-whitelisting',
    'freeze-api-user',
    'einvoice-report',
    'api-usage-report',
    'create-sub-user',
    'update-contact',
  ]);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';

    if (method === 'GET' || method === 'HEAD') {
      if (path === '/' || path === '/index.html') {
        const route = url.searchParams.get('ojr') ?? 'home';
        const s = getSession(req);
        if (PAGE_ROUTES.has(route) && route !== 'home' && route !== 'login' && s?.stage !== 'auth') {
          res.statusCode = 302;
          res.setHeader('Location', '/?ojr=login&expired=Y');
          res.setHeader('Cache-Control', 'no-store');
          res.end();
          return;
        }
        if (!s) newSession(res, 'anon');
        send(res, 200, 'text/html; charset=utf-8', SHELL_HTML);
        return;
      }
      if (path === '/css/redwood/15.1.0/web/redwood.min.css') {
        send(res, 200, 'text/css; charset=utf-8', REDWOOD_CSS, true);
        return;
      }
      if (path === '/css/app.css') {
        send(res, 200, 'text/css; charset=utf-8', APP_CSS, true);
        return;
      }
      if (path === '/js/libs/oj/v15.1.0/ojruntime.js') {
        send(res, 200, 'text/javascript; charset=utf-8', OJ_RUNTIME_JS, true);
        return;
      }
      if (path === '/js/main.js') {
        send(res, 200, 'text/javascript; charset=utf-8', MAIN_JS, true);
        return;
      }
      const view = /^\/js\/views\/([a-z-]+)\.html$/.exec(path);
      if (view) {
        const text = VIEWS[view[1] ?? ''];
        if (text === undefined) send(res, 404, 'text/plain; charset=utf-8', 'Not Found');
        else send(res, 200, 'text/html; charset=utf-8', text, true);
        return;
      }
      if (path === '/api/captcha') {
        if (!getSession(req)) newSession(res, 'anon');
        send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
        return;
      }
      if (path === '/api/session') {
        const s = authSession(req);
        json(
          res,
          200,
          s
            ? {
                authenticated: true,
                user: {
                  username: ORACLEJET_R21_LOGIN.username,
                  gstin: state.gstin,
                  legalName: LEGAL_NAME,
                },
              }
            : { authenticated: false },
        );
        return;
      }
      if (path === '/api/dashboard') {
        if (!authSession(req)) {
          expired(res);
          return;
        }
        json(res, 200, {
          generated: 1284,
          cancelled: 37,
          apiUsers: registrations().filter((r) => r.gstin === state.gstin).length,
        });
        return;
      }
      if (path.startsWith('/api/')) {
        json(res, 404, { code: 'NOT_FOUND', message: 'Not found.' });
        return;
      }
      send(res, 404, 'text/html; charset=utf-8', '<!DOCTYPE html><title>404</title><p>Page not found.</p>');
      return;
    }

    if (method !== 'POST' || !path.startsWith('/api/')) {
      json(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Method not allowed.' });
      return;
    }
    const body = await readJson(req);
    if (!body) {
      json(res, 400, { code: 'BAD_REQUEST', message: 'The request could not be read.' });
      return;
    }

    switch (path) {
      case '/api/login': {
        const s = getSession(req);
        if (!s) {
          expired(res);
          return;
        }
        if (str(body.captcha).trim().toUpperCase() !== state.captcha.toUpperCase()) {
          state.refusals.push('captcha');
          json(res, 400, {
            code: 'INVALID_CAPTCHA',
            message: 'Invalid Captcha. Please enter the characters shown in the image.',
          });
          return;
        }
        if (
          str(body.username).trim() !== ORACLEJET_R21_LOGIN.username ||
          str(body.password) !== ORACLEJET_R21_LOGIN.password
        ) {
          state.refusals.push('login');
          json(res, 400, {
            code: 'INVALID_CREDENTIALS',
            message: 'Invalid Login Credentials. Please check the user name and password.',
          });
          return;
        }
        s.stage = 'otp';
        json(res, 200, {
          status: 'OTP_SENT',
          message: `An OTP has been sent to your registered mobile number ${MASKED_MOBILE}. You can also use the code shown in the Sandes or NIC-GST-Shield app.`,
        });
        return;
      }
      case '/api/login/otp':
      case '/api/login/otp/resend': {
        const s = getSession(req);
        if (!s) {
          expired(res);
          return;
        }
        if (s.stage !== 'otp') {
          json(res, 400, {
            code: 'LOGIN_RESTART',
            message: 'Please enter your user name, password and captcha again.',
          });
          return;
        }
        if (path.endsWith('/resend')) {
          json(res, 200, {
            message: `The OTP has been sent again to your registered mobile number ${MASKED_MOBILE}.`,
          });
          return;
        }
        if (str(body.otp).trim() !== state.loginOtp) {
          state.refusals.push('login-otp');
          json(res, 400, {
            code: 'INVALID_OTP',
            message: 'Invalid OTP. Please enter the OTP sent to your registered mobile number.',
          });
          return;
        }
        sessions.delete(s.id);
        newSession(res, 'auth');
        json(res, 200, {
          user: {
            username: ORACLEJET_R21_LOGIN.username,
            gstin: state.gstin,
            legalName: LEGAL_NAME,
          },
          technicalContact: TECH_CONTACT,
        });
        return;
      }
      case '/api/logout': {
        const id = cookieId(req);
        if (id) sessions.delete(id);
        res.setHeader('Set-Cookie', 'JSESSIONID=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax');
        json(res, 200, { status: 'LOGGED_OUT' });
        return;
      }
      case '/api/apireg/otp': {
        if (expireHere(req, 'api-otp-send')) {
          expired(res);
          return;
        }
        const s = authSession(req);
        if (!s) {
          expired(res);
          return;
        }
        s.apiOtpSent = true;
        s.apiOtpVerified = false;
        json(res, 200, {
          message: `An OTP has been sent to your registered mobile number ${MASKED_MOBILE}. Enter it below to continue.`,
        });
        return;
      }
      case '/api/apireg/otp/verify': {
        if (expireHere(req, 'api-otp-verify')) {
          expired(res);
          return;
        }
        const s = authSession(req);
        if (!s) {
          expired(res);
          return;
        }
        if (!s.apiOtpSent) {
          json(res, 400, { code: 'OTP_NOT_SENT', message: 'Please request an OTP first.' });
          return;
        }
        if (str(body.otp).trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          json(res, 400, {
            code: 'INVALID_OTP',
            message: 'Invalid OTP. Please enter the OTP sent to your registered mobile number.',
          });
          return;
        }
        s.apiOtpVerified = true;
        json(res, 200, {
          message: 'OTP verified successfully.',
          gstin: state.gstin,
          gsps: GSP_NAMES,
        });
        return;
      }
      case '/api/apireg/users': {
        if (expireHere(req, 'submit')) {
          expired(res);
          return;
        }
        const s = authSession(req);
        if (!s) {
          expired(res);
          return;
        }
        if (!s.apiOtpVerified) {
          json(res, 403, {
            code: 'OTP_NOT_VERIFIED',
            title: 'OTP Not Verified',
            message: 'Please verify the OTP before creating an API user.',
          });
          return;
        }
        const mode = str(body.mode);
        const gsp = str(body.gsp);
        const typed = str(body.userName).trim();
        const password = str(body.password);
        const confirm = str(body.confirmPassword);
        const fail = (title: string, message: string, code = 'INVALID_INPUT'): void =>
          json(res, 400, { code, title, message });
        if (mode !== 'GSP') {
          fail(
            'Not Allowed',
            'Only registration through a GSP is enabled for this GSTIN.',
            'MODE_NOT_ALLOWED',
          );
          return;
        }
        if (!GSP_NAMES.includes(gsp)) {
          fail('Invalid GSP', 'Select your GSP from the list.');
          return;
        }
        if (!USER_RULE.test(typed)) {
          fail(
            'Invalid User Name',
            'The user name after API_ must be 4 to 15 letters, digits or underscores.',
          );
          return;
        }
        if (!PASSWORD_RULE.test(password)) {
          fail(
            'Invalid Password',
            'Password must be 8 to 15 characters long with at least one upper case letter, one lower case letter, one digit and one special character.',
          );
          return;
        }
        if (password !== confirm) {
          fail('Invalid Password', 'The passwords do not match.');
          return;
        }
        const username = `API_${typed}`;
        const all = registrations();
        const dup = all.find((r) => r.gstin === state.gstin && r.gsp.toLowerCase() === gsp.toLowerCase());
        if (dup) {
          state.refusals.push('duplicate');
          json(res, 409, {
            code: 'ALREADY_REGISTERED',
            title: 'Already Registered',
            message: `GSTIN ${state.gstin} is already registered through ${dup.gsp}. Another API user for the same GSP cannot be created.`,
          });
          return;
        }
        if (all.some((r) => r.username.toLowerCase() === username.toLowerCase())) {
          state.refusals.push('username-taken');
          json(res, 409, {
            code: 'USERNAME_TAKEN',
            title: 'User Name Not Available',
            message: `The user name ${username} is already in use. Please choose a different user name.`,
          });
          return;
        }
        const createdOn = new Date().toISOString();
        state.users.push({ gstin: state.gstin, gsp, username, password, createdOn });
        json(res, 200, {
          message: `API user ${username} has been created successfully for GSTIN ${state.gstin} through ${gsp}.`,
          registered: registrations()
            .filter((r) => r.gstin === state.gstin)
            .map((r, i) => ({
              slNo: i + 1,
              gsp: r.gsp,
              username: r.username,
              createdOn: displayDate(r.createdOn),
            })),
        });
        return;
      }
      default:
        json(res, 404, { code: 'NOT_FOUND', message: 'Not found.' });
    }
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent)
        json(res, 500, { code: 'SERVER_ERROR', message: 'Something went wrong. Please try again.' });
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
