/**
 * Rendition r24-ionic: the E-Invoice portal written blind from the public facts only
 * (the shared portal notes and the ClearTax guide), drawn as an Ionic Framework 7 web app
 * (Stencil web components in "md" mode, open shadow roots, vanilla `ion-router`) would draw it.
 *
 * Choices made where the docs are silent:
 * - Drawing: Ionic 7 "md" mode on a desktop browser. Custom elements defined by a small runtime in
 *   this file (open shadow roots with Ionic's part names for ion-button, ion-item, ion-content,
 *   ion-toolbar, ion-menu, ion-accordion, ion-radio, ion-select, ion-modal, ion-toast...; scoped
 *   light DOM for ion-input, ion-alert, ion-loading). Ripple on press, `ion-focused` on keyboard
 *   focus, every overlay appended to `ion-app` with z-index 20000+n and `overlay-hidden` until
 *   presented, focus moved into the top overlay and given back on dismiss, Escape / backdrop tap
 *   dismiss alerts and the modal (not the loading).
 * - URLs (history-mode `ion-router`, pages are `ion-page` elements in `ion-router-outlet`, md page
 *   transition): `/` home, `/login`, `/login/otp`, `/dashboard`, `/api-registration/create-api-user`;
 *   the other menu leaves are `/<section>/<page>` service pages showing "No records found.".
 *   Calls are fetch POSTs with JSON bodies under `/api/` (captcha, login, login/otp/status|resend|
 *   verify, dashboard, session/check, logout, api-user/send-otp|verify-otp|register); nothing
 *   typed goes into a URL.
 * - Home: toolbar (color primary) with `ion-menu-button`, title "e-Invoice System" and an
 *   `ion-button` "Login" that routes to `/login`; three info cards.
 * - Login card "Login": `ion-input`s "User Name", "Password" (with an eye `ion-button`
 *   role=switch "Show password" / "Hide password"), a captcha picture (stroke-drawn SVG data URI
 *   with noise, fetched from POST /api/captcha, same code on every refresh) with an `ion-button`
 *   "Refresh Captcha", `ion-input` "Enter Captcha", block button "Login" (Enter also submits).
 *   The password is posted as typed (no in-browser hashing). Empty fields get Ionic error text
 *   (classes ion-invalid ion-touched). The captcha is checked before the credentials: "Invalid
 *   Captcha. Please enter the characters shown in the image." / "Invalid Login Credentials. Please
 *   check your User Name and Password." shown in an `ion-note` color danger under the form and a
 *   danger `ion-toast`; password and captcha are cleared and the captcha redrawn.
 * - 2FA page "Two-Factor Authentication": `ion-input` "Enter OTP" (inputmode numeric, 6 digits),
 *   "Verify OTP", "Resend OTP", "Back to Login"; a wrong OTP: "Invalid OTP. Please enter the
 *   correct OTP sent to your registered mobile number." (note + toast).
 * - Dashboard: heading "Dash Board", GSTIN card, cards "Generations" and "Cancelled". On the first
 *   dashboard load after each login an `ion-modal` "Contacts of Technical Person" (name, mobile,
 *   e-mail) slides up, with a header `ion-button` "Close" and a danger `ion-button` "Exit".
 * - Menu: `ion-split-pane` (side pane from 992px, overlay menu below that). Before login: Home,
 *   Login, FAQs, Contact Us. After login: Dashboard; accordions "e-Invoice", "MIS Reports",
 *   "API Registration" (nested accordion "User Credentials" > "Create API User", "Change API
 *   Password", "Freeze API User"; then "IP Whitelisting"), "User Management"; "Logout". The
 *   toolbar then shows the GSTIN and an `ion-button` "Logout".
 * - API OTP: entering Create API User sends the OTP at once (loading, then toast "An OTP has been
 *   sent to your registered mobile number ******4821."); card "API Registration" with `ion-input`
 *   "Enter OTP", "Verify OTP", "Resend OTP"; a wrong one: "Invalid OTP. Please enter the correct
 *   OTP sent to your registered mobile number.". A right one replaces the card with the form
 *   (same URL).
 * - Form: `ion-radio-group` headed "Do you wish to Register your GSTIN for" with "Directly",
 *   "Through GSP", "Through ERP", "Through Client-Id of other" (none chosen). The GSP fields show
 *   only for "Through GSP"; the others show a short `ion-note` and Submit refuses them.
 *   `ion-select` "Select your GSP" (placeholder "Select", interface alert: radio list, "Cancel" /
 *   "OK", 23 GSP names in capitals), `ion-input` "Username" with a start-slot "API_" prefix (4 to
 *   12 letters or digits), "Password" and "Re-enter Password" (8 to 15 characters, upper, lower,
 *   digit, special; each with the eye button), buttons "Submit" and "Exit" (back to the dashboard).
 * - Submit: client checks, then an `ion-alert` "Confirm" ("Do you want to create the API user
 *   API_x for <GSP>?") with "Cancel" / "Confirm". Verdicts: success in an `ion-text` color success
 *   under the form plus a success toast ("API user API_x has been created successfully for <GSP>."),
 *   the fields are cleared; refusals in the danger note plus a danger toast: "Your GSTIN <gstin> is
 *   already registered with the GSP <GSP>." and "The Username API_x is already taken. Please choose
 *   another Username.". Card "GSPs registered for your GSTIN" (GSP, API username, date, "Active")
 *   is shown from the OTP check on; it starts with TERA SOFTWARE LIMITED / API_fusiontera /
 *   14/08/2021.
 * - Sessions: HttpOnly cookie `einv_sid`, 20 minutes idle, new id at login. A protected page GET
 *   without a live session is a 302 to `/login?expired=1`, where the login card shows "Your
 *   session has expired. Please login again."; an API call answers 401 JSON (code
 *   SESSION_EXPIRED) and the page closes its overlays, shows that text in a danger toast and
 *   routes to `/login?expired=1`. Every call shows `ion-loading` "Please wait..." except the
 *   captcha, the 2FA page's status check, the service pages' session check and "Back to Login".
 * - expireOnce: the first POST of /api/api-user/send-otp (the automatic send or Resend),
 *   /api/api-user/verify-otp or /api/api-user/register drops the session and answers like any lost
 *   session; once per server.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type IonicR24Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface IonicR24Options {
  expireOnce?: IonicR24Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface IonicR24State {
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
export interface IonicR24Rendition {
  url: string;
  close(): Promise<void>;
  state: IonicR24State;
}

export const IONIC_R24_LOGIN: { username: string; password: string } = {
  username: 'fusionutil27',
  password: 'Fusion@2731',
};

const TRADE_NAME = 'FUSION UTILITY TRADERS';
const MOBILE_MASK = '******4821';
const TECH_CONTACT = { name: 'Sunil Patwardhan', mobile: '98203XXX21', email: 'it.support@fusionutility.in' };
const SESSION_COOKIE = 'einv_sid';
const SESSION_IDLE_MS = 20 * 60 * 1000;
const EXPIRED_MESSAGE = 'Your session has expired. Please login again.';
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const API_USER_RULE = /^[A-Za-z0-9]{4,12}$/;

const GSP_NAMES: readonly string[] = [
  'ADAEQUARE INFO PRIVATE LIMITED',
  'ALANKIT LIMITED',
  'AVALARA TECHNOLOGIES PRIVATE LIMITED',
  'BOTREE SOFTWARE INTERNATIONAL PRIVATE LIMITED',
  'BVM IT CONSULTING SERVICES INDIA PRIVATE LIMITED',
  'CHARTERED INFORMATION SYSTEMS PRIVATE LIMITED',
  'CYGNET INFOTECH PRIVATE LIMITED',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'ERNST & YOUNG LLP',
  'EXCELLON SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'MASTERS INDIA PRIVATE LIMITED',
  'NSDL E-GOVERNANCE INFRASTRUCTURE LIMITED',
  'OPTIMUM INFOSYSTEM PRIVATE LIMITED',
  'RELIANCE CORPORATE IT PARK LIMITED',
  'SIFY TECHNOLOGIES LIMITED',
  'TALLY (INDIA) PRIVATE LIMITED',
  'TATA CONSULTANCY SERVICES LIMITED',
  'TERA SOFTWARE LIMITED',
  'VAY NETWORK SERVICES PRIVATE LIMITED',
  'WEBTEL ELECTROSOFT PRIVATE LIMITED',
  'WIPRO LIMITED',
];
const GSPS: readonly { id: string; name: string }[] = GSP_NAMES.map((name, i) => ({
  id: `GSP${String(i + 1).padStart(3, '0')}`,
  name,
}));

const MODES: readonly { value: string; label: string }[] = [
  { value: 'DIRECT', label: 'Directly' },
  { value: 'GSP', label: 'Through GSP' },
  { value: 'ERP', label: 'Through ERP' },
  { value: 'OTHER', label: 'Through Client-Id of other' },
];

/** Pages reached from the menu that are not part of the guide (drawn as empty service pages). */
const PAGE_TITLES: Record<string, string> = {
  'einvoice/generate': 'Generate IRN',
  'einvoice/bulk-upload': 'Bulk Upload',
  'einvoice/cancel': 'Cancel IRN',
  'einvoice/print': 'Print e-Invoice',
  'reports/irn-details': 'IRN Details',
  'reports/bulk-irn': 'Bulk IRN Report',
  'api-registration/change-api-password': 'Change API Password',
  'api-registration/freeze-api-user': 'Freeze API User',
  'api-registration/ip-whitelisting': 'IP Whitelisting',
  'user-management/create-sub-user': 'Create Sub-User',
  'user-management/update-sub-user': 'Update Sub-User',
  'help/faqs': 'FAQs',
  'help/contact': 'Contact Us',
};

/* ------------------------------------------------------------------------------------------
 * Document-level CSS: Ionic core.css / the theme variables, the scoped components
 * (ion-input, ion-alert, ion-loading, ion-buttons, ion-label) and the app's own styles.
 * ---------------------------------------------------------------------------------------- */
const GLOBAL_CSS = `
:root{--ion-color-primary:#3880ff;--ion-color-primary-rgb:56,128,255;--ion-color-primary-contrast:#fff;--ion-color-primary-contrast-rgb:255,255,255;--ion-color-primary-shade:#3171e0;--ion-color-primary-tint:#4c8dff;
--ion-color-secondary:#3dc2ff;--ion-color-secondary-rgb:61,194,255;--ion-color-secondary-contrast:#fff;--ion-color-secondary-shade:#36abe0;--ion-color-secondary-tint:#50c8ff;
--ion-color-success:#2dd36f;--ion-color-success-rgb:45,211,111;--ion-color-success-contrast:#fff;--ion-color-success-shade:#28ba62;--ion-color-success-tint:#42d77d;
--ion-color-warning:#ffc409;--ion-color-warning-rgb:255,196,9;--ion-color-warning-contrast:#000;--ion-color-warning-shade:#e0ac08;--ion-color-warning-tint:#ffca22;
--ion-color-danger:#eb445a;--ion-color-danger-rgb:235,68,90;--ion-color-danger-contrast:#fff;--ion-color-danger-shade:#cf3c4f;--ion-color-danger-tint:#ed576b;
--ion-color-medium:#92949c;--ion-color-medium-rgb:146,148,156;--ion-color-medium-contrast:#fff;--ion-color-medium-shade:#808289;--ion-color-medium-tint:#9d9fa6;
--ion-color-light:#f4f5f8;--ion-color-light-rgb:244,245,248;--ion-color-light-contrast:#000;--ion-color-light-shade:#d7d8da;--ion-color-light-tint:#f5f6f9;
--ion-color-dark:#222428;--ion-color-dark-rgb:34,36,40;--ion-color-dark-contrast:#fff;--ion-color-dark-shade:#1e2023;--ion-color-dark-tint:#383a3e}
html.md{--ion-default-font:"Roboto","Helvetica Neue",sans-serif}
html{--ion-font-family:var(--ion-default-font)}
.ion-color-primary{--ion-color-base:var(--ion-color-primary)!important;--ion-color-base-rgb:var(--ion-color-primary-rgb)!important;--ion-color-contrast:var(--ion-color-primary-contrast)!important;--ion-color-shade:var(--ion-color-primary-shade)!important;--ion-color-tint:var(--ion-color-primary-tint)!important}
.ion-color-secondary{--ion-color-base:var(--ion-color-secondary)!important;--ion-color-base-rgb:var(--ion-color-secondary-rgb)!important;--ion-color-contrast:var(--ion-color-secondary-contrast)!important;--ion-color-shade:var(--ion-color-secondary-shade)!important;--ion-color-tint:var(--ion-color-secondary-tint)!important}
.ion-color-success{--ion-color-base:var(--ion-color-success)!important;--ion-color-base-rgb:var(--ion-color-success-rgb)!important;--ion-color-contrast:var(--ion-color-success-contrast)!important;--ion-color-shade:var(--ion-color-success-shade)!important;--ion-color-tint:var(--ion-color-success-tint)!important}
.ion-color-warning{--ion-color-base:var(--ion-color-warning)!important;--ion-color-base-rgb:var(--ion-color-warning-rgb)!important;--ion-color-contrast:var(--ion-color-warning-contrast)!important;--ion-color-shade:var(--ion-color-warning-shade)!important;--ion-color-tint:var(--ion-color-warning-tint)!important}
.ion-color-danger{--ion-color-base:var(--ion-color-danger)!important;--ion-color-base-rgb:var(--ion-color-danger-rgb)!important;--ion-color-contrast:var(--ion-color-danger-contrast)!important;--ion-color-shade:var(--ion-color-danger-shade)!important;--ion-color-tint:var(--ion-color-danger-tint)!important}
.ion-color-medium{--ion-color-base:var(--ion-color-medium)!important;--ion-color-base-rgb:var(--ion-color-medium-rgb)!important;--ion-color-contrast:var(--ion-color-medium-contrast)!important;--ion-color-shade:var(--ion-color-medium-shade)!important;--ion-color-tint:var(--ion-color-medium-tint)!important}
.ion-color-light{--ion-color-base:var(--ion-color-light)!important;--ion-color-base-rgb:var(--ion-color-light-rgb)!important;--ion-color-contrast:var(--ion-color-light-contrast)!important;--ion-color-shade:var(--ion-color-light-shade)!important;--ion-color-tint:var(--ion-color-light-tint)!important}
.ion-color-dark{--ion-color-base:var(--ion-color-dark)!important;--ion-color-base-rgb:var(--ion-color-dark-rgb)!important;--ion-color-contrast:var(--ion-color-dark-contrast)!important;--ion-color-shade:var(--ion-color-dark-shade)!important;--ion-color-tint:var(--ion-color-dark-tint)!important}
html{width:100%;height:100%;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;margin:0;padding:0;position:fixed;width:100%;max-width:100%;height:100%;max-height:100%;transform:translateZ(0);text-rendering:optimizeLegibility;overflow:hidden;touch-action:manipulation;overscroll-behavior-y:none;font-family:var(--ion-font-family);background:var(--ion-background-color,#fff);color:var(--ion-text-color,#000)}
html:not(.hydrated) body{display:none}
ion-app,.ion-page{left:0;right:0;top:0;bottom:0;display:flex;position:absolute;flex-direction:column;justify-content:space-between;contain:layout size style;overflow:hidden;z-index:0}
ion-route,ion-route-redirect,ion-router,ion-select-option,.ion-page-hidden,[hidden]{display:none!important}
.ion-page-invisible{opacity:0}
.overlay-hidden{display:none!important}
.ion-padding{--padding-start:16px;--padding-end:16px;--padding-top:16px;--padding-bottom:16px;padding:16px}
.ion-text-wrap{white-space:normal!important}
.ion-text-center{text-align:center!important}
h1,h2,h3,h4,h5,h6{margin-top:16px;margin-bottom:10px;font-weight:500;line-height:1.2}
h1{margin-top:20px;font-size:26px}h2{margin-top:18px;font-size:24px}h3{font-size:22px}
a{background-color:transparent;color:var(--ion-color-primary,#3880ff)}
ion-header{display:block;position:relative;order:-1;width:100%;z-index:10}
.header-md{box-shadow:0 2px 4px -1px rgba(0,0,0,.2),0 4px 5px 0 rgba(0,0,0,.14),0 1px 10px 0 rgba(0,0,0,.12)}
ion-list{margin:0;padding:0;display:block;contain:content;list-style-type:none}
.list-md{padding:8px 0;background:var(--ion-item-background,var(--ion-background-color,#fff))}
ion-card-content{display:block;position:relative}
.card-content-md{padding:13px 16px;font-size:14px;line-height:1.5}
.card-content-md p{margin:0 0 2px;font-size:14px;font-weight:normal;line-height:1.5}
ion-buttons{display:flex;align-items:center;transform:translateZ(0);z-index:99}
.sc-ion-buttons-md-h{--ion-toolbar-color:initial}
ion-label{display:block;flex:1;font-size:inherit;text-overflow:ellipsis;white-space:nowrap;overflow:hidden;box-sizing:border-box}
.sc-ion-label-md-h{margin:10px 8px 10px 0}
ion-list-header .sc-ion-label-md-h,ion-list-header ion-label{margin:16px 0 8px;font-size:14px;font-weight:500;color:var(--ion-color-step-600,#666)}
.sc-ion-label-md-s h1{margin:0 0 2px;font-size:24px;font-weight:normal}
.sc-ion-label-md-s h2{margin:2px 0;font-size:16px;font-weight:normal}
.sc-ion-label-md-s h3{margin:2px 0;font-size:14px;font-weight:normal}
.sc-ion-label-md-s p{margin:0 0 2px;font-size:14px;line-height:20px;text-overflow:inherit;overflow:inherit;color:var(--ion-color-step-600,#666)}
ion-radio-group{vertical-align:top}
ion-accordion.accordion-animated ion-item[slot=header] .ion-accordion-toggle-icon{transition:transform 300ms cubic-bezier(.25,.8,.5,1)}
ion-accordion.accordion-expanding>ion-item[slot=header] .ion-accordion-toggle-icon,ion-accordion.accordion-expanded>ion-item[slot=header] .ion-accordion-toggle-icon{transform:rotate(180deg)}
.ion-accordion-toggle-icon{font-size:20px;margin:0 0 0 8px!important}

/* ion-input (scoped, md, modern syntax) */
ion-input{--placeholder-color:initial;--placeholder-opacity:.6;--padding-top:0;--padding-end:0;--padding-bottom:0;--padding-start:0;--background:transparent;--color:initial;--border-style:solid;--highlight-color-focused:var(--ion-color-primary,#3880ff);--highlight-color-valid:var(--ion-color-success,#2dd36f);--highlight-color-invalid:var(--ion-color-danger,#eb445a);--highlight-color:var(--highlight-color-focused);display:block;position:relative;width:100%;padding:0!important;color:var(--color);font-family:var(--ion-font-family,inherit);z-index:2;min-height:44px;font-size:16px;--border-color:var(--ion-color-step-300,#b3b3b3);--border-radius:4px;--border-width:1px;margin:0 0 18px}
ion-input.ion-touched.ion-invalid{--highlight-color:var(--highlight-color-invalid)}
ion-input.input-fill-outline{--padding-start:16px;--padding-end:16px;min-height:56px}
ion-input .input-wrapper{display:flex;position:relative;flex-grow:1;align-items:stretch;height:inherit;min-height:inherit;transition:background-color 15ms linear;background:var(--background);line-height:normal;padding:0 var(--padding-end) 0 var(--padding-start);border-radius:var(--border-radius);cursor:text;box-sizing:border-box}
ion-input .native-wrapper{display:flex;position:relative;flex-grow:1;width:100%;align-items:center}
ion-input .native-input{padding:var(--padding-top) 0 var(--padding-bottom);font:inherit;letter-spacing:inherit;color:inherit;display:inline-block;position:relative;flex:1;width:100%;max-width:100%;max-height:100%;min-height:54px;border:0;outline:none;background:transparent;box-sizing:border-box;-webkit-appearance:none;appearance:none;z-index:1;transition:opacity 150ms cubic-bezier(.4,0,.2,1)}
ion-input .native-input::placeholder{color:var(--placeholder-color);opacity:var(--placeholder-opacity)}
ion-input .native-input::-ms-reveal{display:none}
ion-input.input-label-placement-floating:not(.label-floating) .native-input{opacity:0}
ion-input .label-text-wrapper{display:flex;align-items:center;max-width:calc(100% - 32px);transition:color 150ms cubic-bezier(.4,0,.2,1),transform 150ms cubic-bezier(.4,0,.2,1),top 150ms cubic-bezier(.4,0,.2,1);pointer-events:none;color:var(--ion-color-step-550,#737373)}
ion-input .label-text-wrapper-hidden{display:none}
ion-input .label-text{text-overflow:ellipsis;white-space:nowrap;overflow:hidden}
ion-input.input-label-placement-floating .label-text-wrapper{position:absolute;left:var(--padding-start);top:28px;transform:translateY(-50%);transform-origin:left center;z-index:2}
ion-input.input-label-placement-floating.label-floating .label-text-wrapper{top:0;transform:translateY(-50%) scale(.75);max-width:calc((100% - 32px)/.75)}
ion-input.has-focus .label-text-wrapper,ion-input.ion-touched.ion-invalid .label-text-wrapper{color:var(--highlight-color)}
ion-input .input-outline-container{left:0;right:0;top:0;bottom:0;display:flex;position:absolute;width:100%;height:100%;pointer-events:none}
ion-input .input-outline-start,ion-input .input-outline-end{pointer-events:none;border-color:var(--border-color);border-style:var(--border-style);border-width:var(--border-width) 0}
ion-input .input-outline-start{border-left-width:var(--border-width);border-radius:var(--border-radius) 0 0 var(--border-radius);width:calc(var(--padding-start) - 4px)}
ion-input .input-outline-end{border-right-width:var(--border-width);border-radius:0 var(--border-radius) var(--border-radius) 0;flex-grow:1}
ion-input .input-outline-notch{flex:0 0 auto;width:auto;max-width:calc(100% - var(--padding-start) - var(--padding-end));border-top:var(--border-width) var(--border-style) var(--border-color);border-bottom:var(--border-width) var(--border-style) var(--border-color)}
ion-input .input-outline-notch-hidden{display:none}
ion-input .notch-spacer{padding:0 8px 0 4px;font-size:calc(1em * .75);opacity:0;pointer-events:none;white-space:nowrap;box-sizing:content-box}
ion-input.label-floating .input-outline-notch{border-top:none}
ion-input:hover:not(.has-focus){--border-color:var(--ion-color-step-750,#404040)}
ion-input.has-focus .input-outline-start,ion-input.has-focus .input-outline-end,ion-input.has-focus .input-outline-notch,ion-input.ion-touched.ion-invalid .input-outline-start,ion-input.ion-touched.ion-invalid .input-outline-end,ion-input.ion-touched.ion-invalid .input-outline-notch{border-color:var(--highlight-color)}
ion-input.has-focus{--border-width:2px}
ion-input.has-focus.label-floating .input-outline-notch{border-top:none}
ion-input .input-bottom{padding:5px 16px 0;display:flex;justify-content:space-between;font-size:12px;white-space:normal;line-height:16px}
ion-input .input-bottom .helper-text{display:block;color:var(--ion-color-step-550,#737373)}
ion-input .input-bottom .error-text{display:none;color:var(--highlight-color-invalid)}
ion-input.ion-touched.ion-invalid .input-bottom .error-text{display:block}
ion-input.ion-touched.ion-invalid .input-bottom .helper-text{display:none}
ion-input [slot=start]{margin-inline-end:2px;color:var(--ion-color-step-600,#666);white-space:nowrap}
ion-input [slot=end]{margin-inline-start:4px;margin-inline-end:-10px}
ion-input.input-disabled{opacity:.38;pointer-events:none}

/* ion-alert (scoped, md) */
.sc-ion-alert-md-h{--min-width:250px;--width:auto;--min-height:auto;--height:auto;--max-height:90%;--max-width:280px;--backdrop-opacity:var(--ion-backdrop-opacity,.32);--background:var(--ion-overlay-background-color,var(--ion-background-color,#fff));-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;left:0;right:0;top:0;bottom:0;display:flex;position:absolute;align-items:center;justify-content:center;outline:none;font-family:var(--ion-font-family,inherit);contain:strict;touch-action:none;user-select:none;z-index:1001;font-size:14px}
.alert-wrapper.sc-ion-alert-md{border-radius:4px;width:var(--width);min-width:var(--min-width);max-width:var(--max-width);height:var(--height);min-height:var(--min-height);max-height:var(--max-height);background:var(--background);contain:content;opacity:0;z-index:10;display:flex;flex-direction:column;overflow:hidden;box-shadow:0 11px 15px -7px rgba(0,0,0,.2),0 24px 38px 3px rgba(0,0,0,.14),0 9px 46px 8px rgba(0,0,0,.12)}
.alert-head.sc-ion-alert-md{padding:20px 23px 15px;text-align:start}
.alert-title.sc-ion-alert-md{margin:0;color:var(--ion-text-color,#000);font-size:20px;font-weight:500}
.alert-sub-title.sc-ion-alert-md{margin:5px 0 0;font-size:16px;font-weight:normal;color:var(--ion-text-color,#000)}
.alert-message.sc-ion-alert-md{padding:20px 24px;box-sizing:border-box;color:var(--ion-color-step-550,#737373);font-size:16px;-webkit-overflow-scrolling:touch;overflow-y:auto;overscroll-behavior-y:contain;max-height:240px}
.alert-head.sc-ion-alert-md+.alert-message.sc-ion-alert-md{padding-top:0}
.alert-message.sc-ion-alert-md:empty{padding:0;min-height:0}
.alert-radio-group.sc-ion-alert-md{position:relative;border-top:1px solid var(--ion-color-step-150,#d9d9d9);border-bottom:1px solid var(--ion-color-step-150,#d9d9d9);max-height:266px;overflow:auto;-webkit-overflow-scrolling:touch;overscroll-behavior-y:contain;outline:none}
.alert-tappable.sc-ion-alert-md{margin:0;padding:0;width:100%;border:0;background:transparent;font-size:inherit;line-height:initial;text-align:start;-webkit-appearance:none;appearance:none;contain:content;position:relative;min-height:48px;overflow:hidden;cursor:pointer;display:flex;color:inherit}
.alert-button-inner.sc-ion-alert-md{display:flex;flex-flow:row nowrap;flex-shrink:0;align-items:center;justify-content:center;width:100%;height:100%;z-index:1}
.alert-radio-button.sc-ion-alert-md .alert-button-inner.sc-ion-alert-md{justify-content:flex-start}
.alert-radio-label.sc-ion-alert-md{padding:13px 26px 13px 52px;flex:1;color:var(--ion-color-step-850,#262626);font-size:16px;text-overflow:ellipsis;white-space:nowrap;overflow:hidden}
.alert-radio-icon.sc-ion-alert-md{left:26px;top:0;border-radius:50%;display:block;position:absolute;top:50%;margin-top:-10px;width:20px;height:20px;border-width:2px;border-style:solid;border-color:var(--ion-color-step-550,#737373);box-sizing:border-box}
.alert-radio-inner.sc-ion-alert-md{left:3px;top:3px;border-radius:50%;position:absolute;width:10px;height:10px;transform:scale3d(0,0,0);transition:transform 280ms cubic-bezier(.4,0,.2,1);background-color:var(--ion-color-primary,#3880ff)}
[aria-checked=true].sc-ion-alert-md .alert-radio-icon.sc-ion-alert-md{border-color:var(--ion-color-primary,#3880ff)}
[aria-checked=true].sc-ion-alert-md .alert-radio-inner.sc-ion-alert-md{transform:scale3d(1,1,1)}
.alert-tappable.ion-focused.sc-ion-alert-md{background:var(--ion-color-step-100,#e6e6e6)}
.alert-button-group.sc-ion-alert-md{padding:8px;display:flex;flex-wrap:wrap-reverse;justify-content:flex-end;box-sizing:border-box}
.alert-button.sc-ion-alert-md{border-radius:2px;margin:0 8px 0 0;padding:10px;position:relative;background-color:transparent;color:var(--ion-color-primary,#3880ff);font-family:inherit;font-weight:500;text-align:end;text-transform:uppercase;overflow:hidden;border:0;font-size:14px;line-height:20px;cursor:pointer;min-width:64px;-webkit-appearance:none;appearance:none}
.alert-button.sc-ion-alert-md .alert-button-inner.sc-ion-alert-md{justify-content:flex-end}
.alert-button.ion-focused.sc-ion-alert-md,.alert-button.sc-ion-alert-md:hover{background-color:rgba(56,128,255,.08)}
.alert-tappable.sc-ion-alert-md:hover{background-color:rgba(0,0,0,.04)}

/* ion-loading (scoped, md) */
.sc-ion-loading-md-h{--min-width:auto;--width:auto;--min-height:auto;--height:auto;--max-height:90%;--max-width:280px;--background:var(--ion-color-step-50,#f2f2f2);--spinner-color:var(--ion-color-primary,#3880ff);--backdrop-opacity:var(--ion-backdrop-opacity,.32);-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;left:0;right:0;top:0;bottom:0;display:flex;position:fixed;align-items:center;justify-content:center;outline:none;font-family:var(--ion-font-family,inherit);contain:strict;touch-action:none;user-select:none;z-index:1001;color:var(--ion-color-step-850,#262626);font-size:14px}
.loading-wrapper.sc-ion-loading-md{display:flex;align-items:inherit;justify-content:inherit;width:var(--width);min-width:var(--min-width);max-width:var(--max-width);height:var(--height);min-height:var(--min-height);max-height:var(--max-height);background:var(--background);opacity:0;z-index:10;border-radius:2px;padding:24px;box-shadow:0 16px 20px rgba(0,0,0,.4)}
.loading-spinner.sc-ion-loading-md{color:var(--spinner-color)}
.loading-spinner.sc-ion-loading-md+.loading-content.sc-ion-loading-md{margin-left:16px}

/* The app's own styles (side menu from the Ionic sidemenu starter, pages). */
ion-menu ion-content{--background:var(--ion-item-background,var(--ion-background-color,#fff));--padding-start:8px;--padding-end:8px;--padding-top:20px;--padding-bottom:20px}
ion-menu ion-list{padding:20px 0}
ion-menu ion-note{margin-bottom:30px;display:block;font-size:14px;color:var(--ion-color-medium-shade)}
ion-menu ion-list-header,ion-menu ion-list>ion-note{padding-left:10px}
ion-menu ion-list#menu-list ion-list-header{font-size:22px;font-weight:600;min-height:20px;color:var(--ion-text-color,#000)}
ion-menu ion-item{--padding-start:10px;--padding-end:10px;border-radius:4px;--min-height:44px}
ion-menu ion-item.selected{--background:rgba(var(--ion-color-primary-rgb),.14)}
ion-menu ion-item.selected ion-icon{color:var(--ion-color-primary)}
ion-menu ion-item ion-icon{color:#616e7e}
ion-menu ion-item ion-label{font-weight:500}
ion-menu ion-item.selected{--color:var(--ion-color-primary)}
ion-menu ion-accordion{background:transparent}
ion-menu .menu-sub{padding-left:18px}
ion-menu .menu-sub ion-item ion-label{font-weight:400}
ion-menu .menu-brand{display:flex;align-items:center;gap:10px;padding:0 10px 10px}
ion-menu .menu-brand img{width:40px;height:40px}
.page-wrap{max-width:960px;margin:0 auto}
.page-heading{margin:6px 10px 14px;font-size:24px;font-weight:500;color:var(--ion-color-step-850,#262626)}
.login-wrap{max-width:440px;margin:24px auto}
.captcha-row{display:flex;align-items:center;gap:8px;margin:0 0 16px}
.captcha-row img{width:160px;height:50px;border:1px solid #d0d4dc;border-radius:4px;background:#f3f6fb}
.form-message{display:block;margin:12px 2px 0;font-size:14px;min-height:0}
.form-success{display:block;margin:12px 2px 0;font-size:14px}
.button-row{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-top:6px}
.otp-info{margin:0 0 18px!important;color:var(--ion-color-step-700,#4d4d4d)}
.hero{display:flex;align-items:center;gap:18px;padding:22px;border-radius:6px;background:linear-gradient(135deg,#0b3d91,#3880ff);color:#fff;margin:10px}
.hero h1{margin:0 0 6px;font-size:26px}.hero p{margin:0;opacity:.9}
.hero img{width:64px;height:64px}
.stat-value{font-size:34px;font-weight:500;color:var(--ion-color-step-850,#262626);margin:4px 0}
.reg-mode-list{padding:0 0 8px!important}
.gsp-fields{margin-top:8px}
ion-select.gsp-select{margin:0 0 18px}
.mode-note{margin:4px 2px 14px}
.contact-intro{margin:0 0 8px;color:var(--ion-color-step-600,#666);font-size:14px}
.modal-actions{display:flex;justify-content:flex-end;padding:12px 0 0}
.toolbar-gstin{font-size:13px;opacity:.9;margin-right:8px}
`;

/* ------------------------------------------------------------------------------------------
 * Shadow-root CSS of the components Ionic draws with `shadow: true` (adopted stylesheets).
 * ---------------------------------------------------------------------------------------- */
const SHADOW_CSS: Record<string, string> = {
  'ion-split-pane': `
:host{--side-width:100%;--side-min-width:270px;--side-max-width:28%;--border:1px solid var(--ion-item-border-color,var(--ion-border-color,var(--ion-color-step-150,rgba(0,0,0,.13))));left:0;right:0;top:0;bottom:0;display:flex;position:absolute;flex-direction:row;flex-wrap:nowrap;contain:strict}
::slotted(ion-menu.menu-pane-visible){flex:0 1 auto;width:var(--side-width);min-width:var(--side-min-width);max-width:var(--side-max-width)}
:host(.split-pane-visible) ::slotted(.split-pane-side),:host(.split-pane-visible) ::slotted(.split-pane-main){left:0;right:0;top:0;bottom:0;position:relative;box-shadow:none!important;z-index:0}
:host(.split-pane-visible) ::slotted(.split-pane-main){flex:1}
:host(.split-pane-visible) ::slotted(.split-pane-side){order:-1;border-right:var(--border)}
::slotted(.split-pane-side:not(ion-menu)){display:none}
:host(.split-pane-visible) ::slotted(ion-menu.split-pane-side.menu-enabled){display:flex;flex-shrink:0}`,
  'ion-menu': `
:host{--width:304px;--min-width:auto;--max-width:auto;--height:100%;--min-height:auto;--max-height:auto;--background:var(--ion-background-color,#fff);left:0;right:0;top:0;bottom:0;display:none;position:absolute;contain:strict}
:host(.show-menu){display:block}
.menu-inner{left:0;right:auto;top:0;bottom:0;transform:translateX(-9999px);display:flex;position:absolute;flex-direction:column;justify-content:space-between;width:var(--width);min-width:var(--min-width);max-width:var(--max-width);height:var(--height);min-height:var(--min-height);max-height:var(--max-height);background:var(--background);contain:strict}
ion-backdrop{display:block;z-index:-1}
:host(.menu-pane-visible){width:var(--width);min-width:var(--min-width);max-width:var(--max-width)}
:host(.menu-pane-visible) .menu-inner{left:0;right:0;width:auto;transform:none!important;box-shadow:none!important}
:host(.menu-pane-visible) ion-backdrop{display:none!important}
:host(.menu-type-overlay) .menu-inner{box-shadow:4px 0 16px rgba(0,0,0,.18)}
:host(.menu-type-overlay){z-index:1000}`,
  'ion-router-outlet': `:host{left:0;right:0;top:0;bottom:0;position:absolute;contain:layout size style;overflow:hidden;z-index:0}`,
  'ion-menu-toggle': `:host{pointer-events:auto}:host(.menu-toggle-hidden){display:none}`,
  'ion-toolbar': `
:host{--border-width:0;--border-style:solid;--opacity:1;--background:var(--ion-toolbar-background,var(--ion-background-color,#fff));--color:var(--ion-toolbar-color,var(--ion-text-color,#424242));--border-color:var(--ion-toolbar-border-color,var(--ion-border-color,var(--ion-color-step-150,#c1c4cd)));--padding-top:0;--padding-bottom:0;--padding-start:0;--padding-end:0;--min-height:56px;-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;display:block;position:relative;width:100%;color:var(--color);font-family:var(--ion-font-family,inherit);contain:content;z-index:10;box-sizing:border-box}
:host(.ion-color){color:var(--ion-color-contrast)}
:host(.ion-color) .toolbar-background{background:var(--ion-color-base)}
.toolbar-container{padding:var(--padding-top) var(--padding-end) var(--padding-bottom) var(--padding-start);display:flex;position:relative;flex-direction:row;align-items:center;justify-content:space-between;width:100%;min-height:var(--min-height);contain:content;overflow:hidden;z-index:10;box-sizing:border-box}
.toolbar-background{left:0;right:0;top:0;bottom:0;position:absolute;transform:translateZ(0);border-width:var(--border-width);border-style:var(--border-style);border-color:var(--border-color);background:var(--background);contain:strict;opacity:var(--opacity);z-index:-1;pointer-events:none}
.toolbar-content{flex:1;order:3;min-width:0;max-width:100%}
::slotted([slot=start]){order:2;margin-left:4px}
::slotted([slot=secondary]){order:4}
::slotted([slot=primary]){order:5;text-align:end}
::slotted([slot=end]){order:6;text-align:end;margin-right:4px}`,
  'ion-title': `
:host{--color:initial;display:flex;flex:1;align-items:center;transform:translateZ(0);color:var(--color);padding:0 20px;font-size:20px;font-weight:500;letter-spacing:.0125em;box-sizing:border-box}
.toolbar-title{display:block;width:100%;text-overflow:ellipsis;white-space:nowrap;overflow:hidden;pointer-events:auto}`,
  'ion-content': `
:host{--background:var(--ion-background-color,#fff);--color:var(--ion-text-color,#000);--padding-top:0px;--padding-bottom:0px;--padding-start:0px;--padding-end:0px;--offset-top:0px;--offset-bottom:0px;--overflow:auto;display:block;position:relative;flex:1;width:100%;height:100%;margin:0!important;padding:0!important;font-family:var(--ion-font-family,inherit);contain:size style}
#background-content{left:0;right:0;top:0;bottom:0;position:absolute;background:var(--background)}
.inner-scroll{left:0;right:0;top:calc(var(--offset-top) * -1);bottom:calc(var(--offset-bottom) * -1);padding:calc(var(--padding-top) + var(--offset-top)) var(--padding-end) calc(var(--padding-bottom) + var(--offset-bottom)) var(--padding-start);position:absolute;color:var(--color);box-sizing:border-box;overflow:hidden;touch-action:pan-x pan-y pinch-zoom}
.scroll-y{overflow-y:var(--overflow);overscroll-behavior-y:contain}
main{display:block}`,
  'ion-button': `
:host{--overflow:hidden;--ripple-color:currentColor;--border-width:initial;--border-color:initial;--border-style:initial;--box-shadow:none;--border-radius:4px;--padding-top:8px;--padding-bottom:8px;--padding-start:1.1em;--padding-end:1.1em;--transition:box-shadow 280ms cubic-bezier(.4,0,.2,1),background-color 15ms linear,color 15ms linear;display:inline-block;width:auto;color:var(--color);font-family:var(--ion-font-family,inherit);text-align:center;text-decoration:none;white-space:normal;user-select:none;vertical-align:top;vertical-align:-webkit-baseline-middle;font-kerning:none;margin:4px 2px;height:36px;font-size:14px;font-weight:500;letter-spacing:.06em;text-transform:uppercase}
:host(.button-disabled){cursor:default;opacity:.5;pointer-events:none}
:host(.button-solid){--background:var(--ion-color-primary,#3880ff);--color:var(--ion-color-primary-contrast,#fff);--box-shadow:0 3px 1px -2px rgba(0,0,0,.2),0 2px 2px 0 rgba(0,0,0,.14),0 1px 5px 0 rgba(0,0,0,.12)}
:host(.button-solid:hover){--box-shadow:0 2px 4px -1px rgba(0,0,0,.2),0 4px 5px 0 rgba(0,0,0,.14),0 1px 10px 0 rgba(0,0,0,.12)}
:host(.button-outline){--border-color:var(--ion-color-primary,#3880ff);--background:transparent;--color:var(--ion-color-primary,#3880ff);--border-width:2px;--border-style:solid}
:host(.button-clear){--border-width:0;--background:transparent;--color:var(--ion-color-primary,#3880ff)}
:host(.button-block){display:block}
:host(.button-block) .button-native{margin-left:0;margin-right:0;width:100%;clear:both;contain:content}
:host(.button-solid.ion-color) .button-native{background:var(--ion-color-base);color:var(--ion-color-contrast)}
:host(.button-outline.ion-color) .button-native{border-color:var(--ion-color-base);color:var(--ion-color-base)}
:host(.button-clear.ion-color) .button-native{color:var(--ion-color-base)}
:host(.in-toolbar:not(.ion-color):not(.in-toolbar-color)) .button-native{color:var(--ion-toolbar-color,var(--color))}
:host(.in-toolbar-color:not(.ion-color)) .button-native{color:var(--ion-color-contrast)}
:host(.in-buttons){--padding-start:8px;--padding-end:8px;--box-shadow:none;height:32px;margin:0 2px}
:host(.button-has-icon-only){--padding-start:0;--padding-end:0;--border-radius:50%;min-width:clamp(30px,2.125em,60px);min-height:clamp(30px,2.125em,60px);width:auto}
:host(.button-has-icon-only.in-buttons){--padding-start:8px;--padding-end:8px}
.button-native{border-radius:var(--border-radius);font:inherit;letter-spacing:inherit;text-decoration:inherit;text-transform:inherit;text-align:inherit;white-space:inherit;color:inherit;display:block;position:relative;width:100%;height:100%;min-height:inherit;transition:var(--transition);border-width:var(--border-width);border-style:var(--border-style);border-color:var(--border-color);outline:none;background:var(--background);line-height:1;box-shadow:var(--box-shadow);contain:layout style;cursor:pointer;overflow:var(--overflow);z-index:0;box-sizing:border-box;-webkit-appearance:none;appearance:none;padding:var(--padding-top) var(--padding-end) var(--padding-bottom) var(--padding-start);text-decoration:none}
.button-native::after{left:0;right:0;top:0;bottom:0;position:absolute;content:"";opacity:0;background:currentColor;transition:opacity 15ms linear}
:host(:hover) .button-native::after{opacity:.04}
:host(.button-solid:hover) .button-native::after{opacity:.08}
:host(.ion-focused) .button-native::after{opacity:.12}
.button-inner{display:flex;position:relative;flex-flow:row nowrap;flex-shrink:0;align-items:center;justify-content:center;width:100%;height:100%;z-index:1}
::slotted(ion-icon){font-size:1.4em;pointer-events:none}
::slotted(ion-icon[slot=start]){margin:0 .3em 0 -.3em}
::slotted(ion-icon[slot=end]){margin:0 -.2em 0 .3em}
::slotted(ion-icon[slot=icon-only]){font-size:1.8em}
:host(.in-buttons) ::slotted(ion-icon[slot=icon-only]){font-size:1.6em}`,
  'ion-menu-button': `
:host{--background:transparent;--border-radius:50%;--padding-start:8px;--padding-end:8px;--color:initial;color:var(--color);text-align:center;text-decoration:none;white-space:nowrap;font-kerning:none;width:48px;height:48px;font-size:24px;display:block}
:host(.menu-button-hidden){display:none}
.button-native{border-radius:var(--border-radius);font:inherit;display:flex;position:relative;flex-flow:row nowrap;flex-shrink:0;align-items:center;justify-content:center;width:100%;height:100%;min-height:inherit;border:0;outline:none;background:var(--background);line-height:1;cursor:pointer;overflow:hidden;user-select:none;z-index:0;-webkit-appearance:none;appearance:none;color:inherit;padding:0}
.button-native::after{left:0;right:0;top:0;bottom:0;position:absolute;content:"";opacity:0;background:currentColor}
:host(:hover) .button-native::after{opacity:.08}
.button-inner{display:flex;position:relative;flex-flow:row nowrap;flex-shrink:0;align-items:center;justify-content:center;width:100%;height:100%;z-index:1}
ion-icon{margin:0;padding:0;pointer-events:none}`,
  'ion-list-header': `
:host{--background:transparent;--color:var(--ion-color-step-850,#262626);--border-color:var(--ion-item-border-color,var(--ion-border-color,var(--ion-color-step-150,rgba(0,0,0,.13))));display:flex;align-items:flex-end;justify-content:space-between;width:100%;min-height:45px;padding-left:16px;background:var(--background);color:var(--color);overflow:hidden;font-size:14px;box-sizing:border-box}
.list-header-inner{display:flex;position:relative;flex:1;flex-direction:inherit;align-items:inherit;align-self:stretch;min-height:inherit;overflow:inherit;box-sizing:border-box}`,
  'ion-item': `
:host{--border-radius:0px;--border-width:0px;--border-style:solid;--padding-top:0px;--padding-bottom:0px;--padding-end:0px;--padding-start:16px;--inner-border-width:0 0 1px 0;--inner-padding-top:0px;--inner-padding-start:0px;--inner-padding-end:16px;--inner-padding-bottom:0px;--inner-box-shadow:none;--detail-icon-color:initial;--detail-icon-font-size:20px;--detail-icon-opacity:.25;--min-height:48px;--background:var(--ion-item-background,var(--ion-background-color,#fff));--background-focused:currentColor;--background-hover:currentColor;--background-focused-opacity:.12;--background-hover-opacity:.04;--border-color:var(--ion-item-border-color,var(--ion-border-color,var(--ion-color-step-150,rgba(0,0,0,.13))));--color:var(--ion-item-color,var(--ion-text-color,#000));--transition:opacity 15ms linear,background-color 15ms linear;display:block;position:relative;align-items:center;justify-content:space-between;outline:none;color:var(--color);font-family:var(--ion-font-family,inherit);text-align:initial;text-decoration:none;overflow:hidden;box-sizing:border-box;font-size:16px;font-weight:normal}
:host(.ion-color) .item-native{background:var(--ion-color-base);color:var(--ion-color-contrast)}
:host(.item-lines-full){--border-width:0 0 1px 0;--inner-border-width:0}
:host(.item-lines-none){--inner-border-width:0;--border-width:0}
:host(.item-lines-inset){--inner-border-width:0 0 1px 0}
.item-native{border-radius:var(--border-radius);margin:0;padding:var(--padding-top) var(--padding-end) var(--padding-bottom) var(--padding-start);font:inherit;letter-spacing:inherit;text-decoration:inherit;text-transform:inherit;text-align:inherit;white-space:inherit;color:inherit;display:flex;position:relative;align-items:inherit;justify-content:inherit;width:100%;min-height:var(--min-height);transition:var(--transition);border-width:var(--border-width);border-style:var(--border-style);border-color:var(--border-color);outline:none;background:var(--background);overflow:inherit;box-sizing:border-box;z-index:1}
button.item-native,a.item-native{cursor:pointer;user-select:none;-webkit-appearance:none;appearance:none;text-decoration:none}
button.item-native{border-top:0;border-left:0;border-right:0}
.item-native::after{left:0;right:0;top:0;bottom:0;position:absolute;content:"";opacity:0;transition:var(--transition);z-index:-1;background:currentColor}
:host(.ion-activatable:hover) .item-native::after{opacity:var(--background-hover-opacity)}
:host(.ion-focused) .item-native::after{opacity:var(--background-focused-opacity)}
.item-inner{margin:0;padding:var(--inner-padding-top) var(--inner-padding-end) var(--inner-padding-bottom) var(--inner-padding-start);display:flex;position:relative;flex:1;flex-direction:inherit;align-items:inherit;align-self:stretch;min-height:inherit;border-width:var(--inner-border-width);border-style:var(--border-style);border-color:var(--border-color);box-shadow:var(--inner-box-shadow);overflow:inherit;box-sizing:border-box}
.input-wrapper{display:flex;flex:1;flex-direction:inherit;align-items:inherit;align-self:stretch;text-overflow:ellipsis;overflow:inherit;box-sizing:border-box}
.item-detail-icon{color:var(--detail-icon-color);font-size:var(--detail-icon-font-size);opacity:var(--detail-icon-opacity);margin-left:8px}
::slotted(ion-icon){font-size:24px}
::slotted(ion-icon[slot=start]){margin:8px 32px 8px 0;color:var(--ion-color-step-500,#808080)}
::slotted(ion-icon[slot=end]){margin:8px 0 8px 16px}
::slotted([slot=end]){margin-inline-start:16px}
.item-bottom{display:none}`,
  'ion-note': `
:host{--color:var(--ion-color-step-600,#666);color:var(--color);font-family:var(--ion-font-family,inherit);box-sizing:border-box;font-size:14px}
:host(.ion-color){color:var(--ion-color-base)}`,
  'ion-text': `:host(.ion-color){color:var(--ion-color-base)}`,
  'ion-badge': `
:host{--background:var(--ion-color-primary,#3880ff);--color:var(--ion-color-primary-contrast,#fff);--padding-top:3px;--padding-end:4px;--padding-bottom:4px;--padding-start:4px;display:inline-block;min-width:10px;padding:var(--padding-top) var(--padding-end) var(--padding-bottom) var(--padding-start);border-radius:4px;background:var(--background);color:var(--color);font-family:var(--ion-font-family,inherit);font-size:13px;font-weight:bold;line-height:1;text-align:center;white-space:nowrap;vertical-align:baseline;box-sizing:border-box}
:host(.ion-color){background:var(--ion-color-base);color:var(--ion-color-contrast)}`,
  'ion-icon': `
:host{display:inline-block;width:1em;height:1em;contain:strict;fill:currentColor;box-sizing:content-box!important}
.icon-inner,svg{display:block;height:100%;width:100%}
svg{fill:none;stroke:currentColor;stroke-width:32px;stroke-linecap:round;stroke-linejoin:round}
svg .fill{fill:currentColor;stroke:none}`,
  'ion-card': `
:host{--background:var(--ion-card-background,var(--ion-item-background,var(--ion-background-color,#fff)));--color:var(--ion-color-step-550,#737373);-moz-osx-font-smoothing:grayscale;-webkit-font-smoothing:antialiased;display:block;position:relative;background:var(--background);color:var(--color);font-family:var(--ion-font-family,inherit);contain:content;overflow:hidden;margin:10px;border-radius:4px;font-size:14px;box-shadow:0 3px 1px -2px rgba(0,0,0,.2),0 2px 2px 0 rgba(0,0,0,.14),0 1px 5px 0 rgba(0,0,0,.12)}
.card-native{font:inherit;color:inherit;display:block;width:100%;min-height:var(--min-height);background:inherit;border:0;outline:none;box-sizing:border-box;text-align:inherit;padding:0;margin:0}`,
  'ion-card-header': `
:host{--background:transparent;--color:inherit;display:flex;position:relative;flex-direction:column;background:var(--background);color:var(--color);padding:16px}
::slotted(ion-card-title:not(:first-child)),::slotted(ion-card-subtitle:not(:first-child)){margin-top:8px}`,
  'ion-card-title': `:host{display:block;position:relative;color:var(--ion-text-color,#000);margin:0;padding:0;font-size:20px;font-weight:500;line-height:1.2}`,
  'ion-card-subtitle': `:host{display:block;position:relative;color:var(--ion-color-step-550,#737373);margin:0;padding:0;font-size:14px;font-weight:500}`,
  'ion-accordion-group': `:host{display:block}`,
  'ion-accordion': `
:host{display:block;position:relative;width:100%;background-color:var(--ion-background-color,#fff);overflow:hidden;z-index:0}
:host(.accordion-expanding) ::slotted(ion-item[slot=header]),:host(.accordion-expanded) ::slotted(ion-item[slot=header]){--border-width:0}
:host(.accordion-animated){transition:all 300ms cubic-bezier(.25,.8,.5,1)}
:host(.accordion-animated) #content{transition:max-height 300ms cubic-bezier(.25,.8,.5,1)}
#content{overflow:hidden;will-change:max-height}
:host(.accordion-collapsing) #content{max-height:0!important}
:host(.accordion-collapsed) #content{display:none}
:host(.accordion-expanding) #content{max-height:0}
:host(.accordion-expanding) #content-wrapper{overflow:auto}
:host(.accordion-disabled) #header{opacity:.4;pointer-events:none}`,
  'ion-radio': `
:host{--inner-border-radius:50%;--color:var(--ion-color-step-430,#737373);--color-checked:var(--ion-color-primary,#3880ff);--border-width:2px;--border-style:solid;--border-radius:50%;display:inline-block;position:relative;max-width:100%;min-height:inherit;cursor:pointer;user-select:none;z-index:2;box-sizing:border-box;outline:none}
:host(.in-item){flex:1 1 0;width:100%;height:100%}
:host(.radio-disabled){pointer-events:none;opacity:.38}
.radio-wrapper{display:flex;position:relative;flex-grow:1;align-items:center;height:inherit;min-height:inherit;cursor:inherit}
.label-text-wrapper{text-overflow:ellipsis;white-space:nowrap;overflow:hidden;color:var(--ion-text-color,#000);font-size:16px}
:host(.in-item) .label-text-wrapper{margin-top:10px;margin-bottom:10px}
.label-text-wrapper-hidden{display:none}
.native-wrapper{display:flex;align-items:center}
:host(.radio-justify-space-between) .radio-wrapper{justify-content:space-between}
:host(.radio-justify-start) .radio-wrapper{justify-content:start}
:host(.radio-justify-end) .radio-wrapper{justify-content:end}
:host(.radio-label-placement-start) .radio-wrapper{flex-direction:row}
:host(.radio-label-placement-start) .label-text-wrapper{margin-right:16px}
:host(.radio-label-placement-end) .radio-wrapper{flex-direction:row-reverse}
:host(.radio-label-placement-end) .label-text-wrapper{margin-left:16px}
.radio-icon{width:20px;height:20px;margin:0;border-radius:var(--border-radius);border-width:var(--border-width);border-style:var(--border-style);border-color:var(--color);display:flex;align-items:center;justify-content:center;box-sizing:border-box;contain:layout size style;position:relative}
.radio-inner{width:calc(50% + var(--border-width));height:calc(50% + var(--border-width));transform:scale3d(0,0,0);transition:transform 280ms cubic-bezier(.4,0,.2,1);border-radius:var(--inner-border-radius);background:var(--color-checked)}
:host(.radio-checked) .radio-icon{border-color:var(--color-checked)}
:host(.radio-checked) .radio-inner{transform:scale3d(1,1,1)}
:host(.ion-focused) .radio-icon::after{border-radius:50%;left:-12px;top:-12px;display:block;position:absolute;width:36px;height:36px;background:rgba(var(--ion-color-primary-rgb,56,128,255),.2);content:""}`,
  'ion-select': `
:host{--padding-top:0px;--padding-end:16px;--padding-bottom:0px;--padding-start:16px;--placeholder-color:currentColor;--placeholder-opacity:.6;--background:transparent;--border-style:solid;--highlight-color-focused:var(--ion-color-primary,#3880ff);--highlight-color-valid:var(--ion-color-success,#2dd36f);--highlight-color-invalid:var(--ion-color-danger,#eb445a);--highlight-color:var(--highlight-color-focused);--border-color:var(--ion-color-step-300,#b3b3b3);--border-radius:4px;--border-width:1px;display:block;position:relative;width:100%;min-height:56px;font-family:var(--ion-font-family,inherit);font-size:16px;white-space:nowrap;cursor:pointer;z-index:2;color:var(--ion-text-color,#000)}
:host(.select-disabled){opacity:.4;pointer-events:none}
:host(.ion-touched.ion-invalid){--highlight-color:var(--highlight-color-invalid)}
.select-placeholder{color:var(--placeholder-color);opacity:var(--placeholder-opacity)}
button{position:absolute;top:0;left:0;right:0;bottom:0;width:100%;height:100%;margin:0;padding:0;border:0;outline:0;clip:rect(0 0 0 0);opacity:0;overflow:hidden;-webkit-appearance:none;appearance:none}
.select-icon{margin:0 0 0 26px;position:absolute;height:100%;right:var(--padding-end);top:0;font-size:13px;color:var(--ion-color-step-500,#808080);display:flex;align-items:center}
.select-text{flex:1;min-width:16px;font-size:inherit;text-overflow:ellipsis;white-space:inherit;overflow:hidden;padding-right:32px}
.select-wrapper{padding:var(--padding-top) var(--padding-end) var(--padding-bottom) var(--padding-start);border-radius:var(--border-radius);display:flex;position:relative;flex-grow:1;flex-direction:column;align-items:start;justify-content:center;height:inherit;min-height:inherit;transition:background-color 15ms linear;background:var(--background);line-height:normal;cursor:inherit;box-sizing:border-box}
.label-text-wrapper{display:flex;align-items:center;max-width:100%;position:absolute;left:var(--padding-start);top:28px;transform:translateY(-50%);transform-origin:left center;transition:color 150ms cubic-bezier(.4,0,.2,1),transform 150ms cubic-bezier(.4,0,.2,1),top 150ms cubic-bezier(.4,0,.2,1);pointer-events:none;color:var(--ion-color-step-550,#737373);z-index:2}
.label-text{text-overflow:ellipsis;white-space:nowrap;overflow:hidden}
:host(.label-floating) .label-text-wrapper{top:0;transform:translateY(-50%) scale(.75)}
:host(.select-expanded) .label-text-wrapper,:host(.has-focus) .label-text-wrapper,:host(.ion-touched.ion-invalid) .label-text-wrapper{color:var(--highlight-color)}
.native-wrapper{display:flex;align-items:center;width:100%;flex-grow:1;overflow:hidden;min-height:56px}
:host(:not(.label-floating)) .native-wrapper .select-text{opacity:0}
.select-outline-container{left:0;right:0;top:0;bottom:0;display:flex;position:absolute;width:100%;height:100%;pointer-events:none}
.select-outline-start,.select-outline-end{border-color:var(--border-color);border-style:var(--border-style);border-width:var(--border-width) 0}
.select-outline-start{border-left-width:var(--border-width);border-radius:var(--border-radius) 0 0 var(--border-radius);width:calc(var(--padding-start) - 4px)}
.select-outline-end{border-right-width:var(--border-width);border-radius:0 var(--border-radius) var(--border-radius) 0;flex-grow:1}
.select-outline-notch{flex:0 0 auto;width:auto;max-width:calc(100% - 32px);border-top:var(--border-width) var(--border-style) var(--border-color);border-bottom:var(--border-width) var(--border-style) var(--border-color)}
.notch-spacer{padding:0 8px 0 4px;font-size:calc(1em * .75);opacity:0;pointer-events:none;white-space:nowrap;box-sizing:content-box}
:host(.label-floating) .select-outline-notch{border-top:none}
:host(:hover){--border-color:var(--ion-color-step-750,#404040)}
:host(.select-expanded),:host(.has-focus){--border-width:2px;--border-color:var(--highlight-color)}
:host(.ion-touched.ion-invalid){--border-color:var(--highlight-color)}`,
  'ion-select-option': `:host{display:none}`,
  'ion-backdrop': `
:host{left:0;right:0;top:0;bottom:0;display:block;position:absolute;transform:translateZ(0);contain:strict;cursor:pointer;opacity:.01;touch-action:none;z-index:2;background-color:var(--ion-backdrop-color,#000)}
:host(.backdrop-hide){background:transparent}
:host(.backdrop-no-tappable){cursor:auto}`,
  'ion-modal': `
:host{--width:100%;--min-width:auto;--max-width:auto;--height:100%;--min-height:auto;--max-height:auto;--overflow:hidden;--border-radius:0;--border-width:0;--border-style:none;--border-color:transparent;--background:var(--ion-background-color,#fff);--box-shadow:none;--backdrop-opacity:var(--ion-backdrop-opacity,.32);left:0;right:0;top:0;bottom:0;display:flex;position:absolute;align-items:center;justify-content:center;outline:none;contain:strict;z-index:1001}
:host(.overlay-hidden){display:none}
.modal-wrapper{width:var(--width);min-width:var(--min-width);max-width:var(--max-width);height:var(--height);min-height:var(--min-height);max-height:var(--max-height);border-width:var(--border-width);border-style:var(--border-style);border-color:var(--border-color);background:var(--background);box-shadow:var(--box-shadow);overflow:var(--overflow);z-index:10;border-radius:var(--border-radius);transform:translate3d(0,40px,0);opacity:.01;position:relative;contain:strict}
@media only screen and (min-width:768px) and (min-height:600px){:host{--width:600px;--height:500px;--border-radius:2px;--box-shadow:0 28px 48px rgba(0,0,0,.4)}}`,
  'ion-toast': `
:host{--border-width:0;--border-style:none;--border-color:initial;--min-width:auto;--width:auto;--min-height:auto;--height:auto;--max-height:auto;--white-space:normal;--background:var(--ion-color-step-800,#333);--border-radius:4px;--box-shadow:0 3px 5px -1px rgba(0,0,0,.2),0 6px 10px 0 rgba(0,0,0,.14),0 1px 18px 0 rgba(0,0,0,.12);--button-color:var(--ion-color-primary,#3880ff);--color:var(--ion-color-step-50,#f2f2f2);--max-width:700px;--start:8px;--end:8px;left:0;top:0;display:block;position:absolute;width:100%;height:100%;outline:none;color:var(--color);font-family:var(--ion-font-family,inherit);contain:strict;z-index:1001;pointer-events:none;font-size:14px}
:host(.overlay-hidden){display:none}
:host(.ion-color){--button-color:inherit;color:var(--ion-color-contrast)}
:host(.ion-color) .toast-wrapper{background:var(--ion-color-base)}
.toast-wrapper{border-radius:var(--border-radius);width:var(--width);min-width:var(--min-width);max-width:var(--max-width);height:var(--height);min-height:var(--min-height);max-height:var(--max-height);border-width:var(--border-width);border-style:var(--border-style);border-color:var(--border-color);background:var(--background);box-shadow:var(--box-shadow);left:var(--start);right:var(--end);position:absolute;margin:auto;opacity:.01;z-index:10;pointer-events:auto}
.toast-wrapper.toast-bottom{bottom:8px}
.toast-container{display:flex;align-items:center;pointer-events:auto;height:inherit;min-height:inherit;max-height:inherit;contain:content}
.toast-content{display:flex;flex:1;flex-direction:column;justify-content:center;padding:14px 16px}
.toast-message{flex:1;white-space:var(--white-space);line-height:20px;-webkit-font-smoothing:antialiased}`,
  'ion-spinner': `
:host{display:inline-block;position:relative;width:28px;height:28px;color:var(--color);user-select:none}
svg{left:0;top:0;position:absolute;width:100%;height:100%;transform:translateZ(0);animation:spinner-rotate 750ms linear infinite}
circle{fill:transparent;stroke-width:4px;stroke-dasharray:128px;stroke-dashoffset:82px;stroke:currentColor}
@keyframes spinner-rotate{0%{transform:rotate(0deg)}100%{transform:rotate(360deg)}}`,
  'ion-ripple-effect': `
:host{left:0;right:0;top:0;bottom:0;position:absolute;contain:strict;pointer-events:none}
:host(.unbounded){contain:layout size style}
.ripple-effect{border-radius:50%;position:absolute;background-color:currentColor;color:inherit;contain:strict;opacity:0;animation:225ms rippleAnimation forwards,75ms fadeInAnimation forwards;will-change:transform,opacity;pointer-events:none}
.fade-out{transform:translate(var(--translate-end)) scale(var(--final-scale,1));animation:150ms fadeOutAnimation forwards}
@keyframes rippleAnimation{from{animation-timing-function:cubic-bezier(.4,0,.2,1);transform:scale(1)}to{transform:translate(var(--translate-end)) scale(var(--final-scale,1))}}
@keyframes fadeInAnimation{from{animation-timing-function:linear;opacity:0}to{opacity:.16}}
@keyframes fadeOutAnimation{from{animation-timing-function:linear;opacity:.16}to{opacity:0}}`,
  'ion-grid': `:host{padding:5px;margin-left:auto;margin-right:auto;display:block;flex:1}`,
  'ion-row': `:host{display:flex;flex-wrap:wrap}`,
  'ion-col': `:host{padding:5px;flex-basis:0;flex-grow:1;width:100%;max-width:100%;min-height:1px;box-sizing:border-box;position:relative}`,
};

/* ------------------------------------------------------------------------------------------
 * Client runtime: a small hand-written stand-in for Ionic 7's Stencil components.
 * Written without template literals or backslashes so it can live in a template string.
 * ---------------------------------------------------------------------------------------- */
const CLIENT_RUNTIME = `
(function () {
'use strict';
var INIT = JSON.parse(document.getElementById('app-state').textContent);
var SCSS = INIT.shadowCss;
var sheets = {};
function sheetFor(tag) {
  if (!sheets[tag]) { var s = new CSSStyleSheet(); s.replaceSync(SCSS[tag] || ''); sheets[tag] = s; }
  return sheets[tag];
}
var ICONS = {
  'menu': '<path d="M80 160h352M80 256h352M80 352h352"/>',
  'chevron-down': '<path style="stroke-width:48px" d="M112 184l144 144 144-144"/>',
  'chevron-forward': '<path style="stroke-width:48px" d="M184 112l144 144-144 144"/>',
  'caret-down': '<path class="fill" d="M64 144l192 224 192-224z"/>',
  'eye': '<path d="M255.66 112c-77.94 0-157.89 45.11-220.83 135.33a16 16 0 000 17.34C82.1 346.2 163 400 255.66 400c91.91 0 172.54-53.8 220.9-135.36a16 16 0 000-17.26C428.52 166 347.76 112 255.66 112z"/><circle cx="256" cy="256" r="80"/>',
  'eye-off': '<path d="M432 448L80 64"/><path d="M255.66 384c-41.49 0-81.5-12.28-118.92-36.5-34.07-22-64.74-53.51-88.7-91v-.08c19.94-28.57 41.78-52.73 65.24-72.21M314.41 137.5A192.78 192.78 0 00255.66 128C188.05 128 129 159 76 204M448 256c-18.75 29.14-42 55-68.5 76"/>',
  'refresh': '<path d="M320 146s24.36-12-64-12a160 160 0 10160 160"/><path d="M256 58l80 80-80 80"/>',
  'close': '<path d="M368 368L144 144M368 144L144 368"/>',
  'home': '<path d="M80 212v236a16 16 0 0016 16h96V328a24 24 0 0124-24h80a24 24 0 0124 24v136h96a16 16 0 0016-16V212"/><path d="M480 256L266.89 52c-5-5.28-16.69-5.34-21.78 0L32 256M400 179V64h-48v69"/>',
  'log-in': '<path d="M192 176v-40a40 40 0 0140-40h160a40 40 0 0140 40v240a40 40 0 01-40 40H232a40 40 0 01-40-40v-40M288 336l80-80-80-80M80 256h272"/>',
  'log-out': '<path d="M304 336v40a40 40 0 01-40 40H104a40 40 0 01-40-40V136a40 40 0 0140-40h152c22.09 0 48 17.91 48 40v40M368 336l80-80-80-80M176 256h256"/>',
  'grid': '<rect x="48" y="48" width="176" height="176" rx="20"/><rect x="288" y="48" width="176" height="176" rx="20"/><rect x="48" y="288" width="176" height="176" rx="20"/><rect x="288" y="288" width="176" height="176" rx="20"/>',
  'document-text': '<path d="M416 221.25V416a48 48 0 01-48 48H144a48 48 0 01-48-48V96a48 48 0 0148-48h98.75a32 32 0 0122.62 9.37l141.26 141.26a32 32 0 019.37 22.62z"/><path d="M256 56v120a32 32 0 0032 32h120M176 288h160M176 368h160"/>',
  'bar-chart': '<path d="M32 32v432a16 16 0 0016 16h432"/><rect x="96" y="224" width="80" height="192" rx="20"/><rect x="240" y="176" width="80" height="240" rx="20"/><rect x="384" y="112" width="80" height="304" rx="20"/>',
  'key': '<circle cx="352" cy="160" r="112"/><path d="M272 240L64 448M128 384l48 48M176 336l48 48"/>',
  'people': '<circle cx="176" cy="176" r="80"/><path d="M32 432c0-80 64-128 144-128s144 48 144 128"/><circle cx="368" cy="192" r="64"/><path d="M352 304c64 0 128 32 128 112"/>',
  'help-circle': '<circle cx="256" cy="256" r="208"/><path d="M200 202c0-32 25-56 56-56s56 22 56 52c0 40-56 44-56 84M256 352v8"/>',
  'call': '<path d="M451 374c-15.88-16-54.34-39.35-73-48.76-24.3-12.24-26.3-13.24-45.4.95-12.74 9.47-21.21 17.93-36.12 14.75s-47.31-21.11-75.68-49.39-47.34-61.62-50.53-76.48 5.41-23.23 14.79-36c13.22-18 12.22-21 .92-45.3-8.81-18.9-32.84-57-48.9-72.8C119.9 44 119.9 47 108.83 51.6A160.15 160.15 0 0083 65.37C67 76 58.12 84.83 51.91 98.1s-9 44.38 23.07 102.64 54.57 88.05 101.14 134.49S258.5 406.64 310.85 436c64.76 36.27 89.6 29.2 102.91 23s22.18-15 32.83-31a159.09 159.09 0 0013.8-25.8C465 391.17 468 391.17 451 374z"/>',
  'checkmark-circle': '<circle cx="256" cy="256" r="208"/><path d="M352 176L217.6 336 160 272"/>',
  'alert-circle': '<circle cx="256" cy="256" r="208"/><path d="M256 160v112M256 344v8"/>',
  'shield-checkmark': '<path d="M463.1 112.37C373.68 96.33 336.71 84.45 256 48c-80.71 36.45-117.68 48.33-207.1 64.37C32.7 369.13 240.58 457.79 256 464c15.42-6.21 223.3-94.87 207.1-351.63z"/><path d="M336 176L221.6 320 176 272"/>',
  'cloud-upload': '<path d="M320 367.79h76c55 0 100-29.21 100-83.6s-53-81.47-96-83.6c-8.89-85.06-71-136.8-144-136.8-69 0-113.44 45.79-128 91.2-60 5.7-112 43.88-112 106.4s54 106.4 120 106.4h56M320 255.79l-64-64-64 64M256 448.21V207.79"/>',
  'print': '<path d="M384 368h24a40.12 40.12 0 0040-40V168a40.12 40.12 0 00-40-40H104a40.12 40.12 0 00-40 40v160a40.12 40.12 0 0040 40h24"/><rect x="128" y="240" width="256" height="208" rx="24.32"/><path d="M384 128v-24a40.12 40.12 0 00-40-40H168a40.12 40.12 0 00-40 40v24"/>',
  'person-circle': '<circle cx="256" cy="256" r="208"/><circle cx="256" cy="200" r="64"/><path d="M128 400c32-48 80-72 128-72s96 24 128 72"/>'
};
function esc(s) {
  return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
  });
}
function h(tag, attrs, kids) {
  var el = document.createElement(tag);
  if (attrs) {
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v == null || v === false) return;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    });
  }
  (kids || []).forEach(function (c) { if (c) el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
  return el;
}
function raf() { return new Promise(function (r) { requestAnimationFrame(function () { r(); }); }); }
function anim(el, frames, duration, easing) {
  if (!el || !el.animate) return Promise.resolve();
  var a = el.animate(frames, { duration: duration, easing: easing || 'ease', fill: 'forwards' });
  return a.finished.then(function () {}, function () {});
}
function colorize(el) {
  Array.prototype.slice.call(el.classList).forEach(function (k) { if (k === 'ion-color' || k.indexOf('ion-color-') === 0) el.classList.remove(k); });
  var c = el.getAttribute('color');
  if (c) { el.classList.add('ion-color'); el.classList.add('ion-color-' + c); }
}
function emit(el, name, detail) {
  var ev = new CustomEvent(name, { bubbles: true, composed: true, cancelable: true, detail: detail });
  el.dispatchEvent(ev);
  return ev;
}
function deepActive() {
  var a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
function boolAttr(el, name, def) {
  if (!el.hasAttribute(name)) return def;
  return el.getAttribute(name) !== 'false';
}
function waitTransition(el, ms) {
  return new Promise(function (resolve) {
    var done = false;
    function fin() { if (done) return; done = true; el.removeEventListener('transitionend', onEnd); resolve(); }
    function onEnd(e) { if (e.target === el) fin(); }
    el.addEventListener('transitionend', onEnd);
    setTimeout(fin, ms);
  });
}

/* Base class: every Ionic host gets its mode class and, once rendered, "hydrated". */
class IonElement extends HTMLElement {
  connectedCallback() {
    if (!this.__ready) {
      this.__ready = true;
      if (this.constructor.useShadow) {
        var root = this.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = [sheetFor(this.localName)];
      }
      this.classList.add('md');
      this.setup();
      this.classList.add('hydrated');
    }
    if (this.connected) this.connected();
  }
  setup() {}
}
function define(tag, cls, shadow) { cls.useShadow = !!shadow; customElements.define(tag, cls); }
function simple(tag, shadowHtml, init) {
  var C = class extends IonElement {
    setup() {
      if (shadowHtml != null) this.shadowRoot.innerHTML = shadowHtml;
      colorize(this);
      if (init) init.call(this);
    }
  };
  define(tag, C, shadowHtml != null);
}

/* ion-icon (ionicons): shadow div.icon-inner > svg */
class IonIcon extends IonElement {
  static get observedAttributes() { return ['name']; }
  setup() {
    this.setAttribute('role', 'img');
    if (!this.hasAttribute('aria-label')) this.setAttribute('aria-hidden', 'true');
    this.draw();
  }
  attributeChangedCallback() { if (this.__ready) this.draw(); }
  draw() {
    var n = (this.getAttribute('name') || '').replace(/-(outline|sharp)$/, '');
    this.shadowRoot.innerHTML = '<div class="icon-inner"><svg xmlns="http://www.w3.org/2000/svg" class="ionicon" viewBox="0 0 512 512">' + (ICONS[n] || '') + '</svg></div>';
  }
}
define('ion-icon', IonIcon, true);

/* ion-ripple-effect (md) */
class IonRippleEffect extends IonElement {
  setup() {
    this.setAttribute('role', 'presentation');
    if (this.getAttribute('type') === 'unbounded') this.classList.add('unbounded');
  }
  addRipple(x, y) {
    var rect = this.getBoundingClientRect();
    var w = rect.width, ht = rect.height;
    if (!w || !ht) return function () {};
    var unb = this.classList.contains('unbounded');
    var maxDim = Math.max(ht, w);
    var maxRadius = unb ? maxDim : Math.sqrt(w * w + ht * ht) + 10;
    var initialSize = Math.floor(maxDim * 0.5);
    var finalScale = maxRadius / initialSize;
    var posX = unb ? w * 0.5 : x - rect.left;
    var posY = unb ? ht * 0.5 : y - rect.top;
    var div = document.createElement('div');
    div.className = 'ripple-effect';
    div.style.top = (posY - initialSize * 0.5) + 'px';
    div.style.left = (posX - initialSize * 0.5) + 'px';
    div.style.width = div.style.height = initialSize + 'px';
    div.style.setProperty('--final-scale', String(finalScale));
    div.style.setProperty('--translate-end', (w * 0.5 - posX) + 'px, ' + (ht * 0.5 - posY) + 'px');
    this.shadowRoot.appendChild(div);
    return function () { div.classList.add('fade-out'); setTimeout(function () { div.remove(); }, 200); };
  }
}
define('ion-ripple-effect', IonRippleEffect, true);

/* Tap / focus helpers (Ionic's tap-click and focus-visible utilities). */
var keyboardMode = false;
var focusedEls = [];
document.addEventListener('pointerdown', function (ev) {
  keyboardMode = false;
  var path = ev.composedPath();
  for (var i = 0; i < path.length; i++) {
    var el = path[i];
    if (el.classList && el.classList.contains('ion-activatable')) {
      var rip = (el.shadowRoot && el.shadowRoot.querySelector('ion-ripple-effect')) || el.querySelector(':scope > ion-ripple-effect');
      el.classList.add('ion-activated');
      var off = rip && rip.addRipple ? rip.addRipple(ev.clientX, ev.clientY) : null;
      var up = function () {
        el.classList.remove('ion-activated');
        if (off) off();
        document.removeEventListener('pointerup', up, true);
        document.removeEventListener('pointercancel', up, true);
      };
      document.addEventListener('pointerup', up, true);
      document.addEventListener('pointercancel', up, true);
      break;
    }
  }
}, true);
document.addEventListener('keydown', function (ev) {
  if (['Tab', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', ' ', 'Enter'].indexOf(ev.key) >= 0) keyboardMode = true;
  if (ev.key === 'Escape') {
    var top = topOverlay(true);
    if (top && top.__presented && top.backdropDismiss) { ev.preventDefault(); top.dismiss(undefined, 'backdrop'); }
  }
}, true);
document.addEventListener('focusin', function (ev) {
  focusedEls.forEach(function (e) { e.classList.remove('ion-focused'); });
  focusedEls = [];
  var path = ev.composedPath();
  if (keyboardMode) {
    for (var i = 0; i < path.length; i++) {
      var e = path[i];
      if (e.classList && e.classList.contains('ion-focusable')) { e.classList.add('ion-focused'); focusedEls.push(e); break; }
    }
  }
  var top = topOverlay(true);
  if (top && top.__presented && path.indexOf(top) === -1) top.focusFirst();
});

/* ---- structure: ion-app, ion-split-pane, ion-menu, ion-router-outlet ---- */
simple('ion-app', null, function () { this.classList.add('ion-page'); });

class IonSplitPane extends IonElement {
  setup() {
    var self = this;
    this.shadowRoot.innerHTML = '<slot></slot>';
    this.classList.add('split-pane-md');
    this.mq = window.matchMedia('(min-width: 992px)');
    this.mq.addEventListener('change', function () { self.update(); });
    queueMicrotask(function () { self.update(); });
  }
  update() {
    var visible = this.mq.matches;
    var cid = this.getAttribute('content-id');
    this.classList.toggle('split-pane-visible', visible);
    Array.prototype.forEach.call(this.children, function (c) {
      if (c.localName === 'ion-menu') {
        c.classList.add('split-pane-side');
        c.classList.toggle('menu-pane-visible', visible);
        if (visible && c.isOpen) c.close();
      } else if (c.id === cid) c.classList.add('split-pane-main');
    });
    document.querySelectorAll('ion-menu-button').forEach(function (b) { if (b.updateVisibility) b.updateVisibility(); });
    emit(this, 'ionSplitPaneVisible', { visible: visible });
  }
}
define('ion-split-pane', IonSplitPane, true);

class IonMenu extends IonElement {
  setup() {
    var self = this;
    this.isOpen = false;
    this.setAttribute('role', 'navigation');
    this.classList.add('menu-type-' + (this.getAttribute('type') || 'overlay'), 'menu-side-start', 'menu-enabled');
    this.shadowRoot.innerHTML = '<div class="menu-inner" part="container"><slot></slot></div><ion-backdrop class="menu-backdrop" tappable="false" stop-propagation="false" part="backdrop"></ion-backdrop>';
    this.shadowRoot.querySelector('ion-backdrop').addEventListener('click', function () { self.close(); });
  }
  parts() { return [this.shadowRoot.querySelector('.menu-inner'), this.shadowRoot.querySelector('ion-backdrop')]; }
  open() {
    if (this.isOpen || this.classList.contains('menu-pane-visible')) return Promise.resolve(false);
    var self = this, p = this.parts();
    this.isOpen = true;
    this.classList.add('show-menu');
    emit(this, 'ionWillOpen');
    return Promise.all([
      anim(p[0], [{ transform: 'translateX(-100%)' }, { transform: 'translateX(0)' }], 280, 'cubic-bezier(0.0,0.0,0.2,1)'),
      anim(p[1], [{ opacity: 0.01 }, { opacity: 0.32 }], 280, 'cubic-bezier(0.0,0.0,0.2,1)')
    ]).then(function () { emit(self, 'ionDidOpen'); return true; });
  }
  close() {
    if (!this.isOpen) return Promise.resolve(false);
    var self = this, p = this.parts();
    this.isOpen = false;
    emit(this, 'ionWillClose');
    return Promise.all([
      anim(p[0], [{ transform: 'translateX(0)' }, { transform: 'translateX(-100%)' }], 280, 'cubic-bezier(0.4,0.0,0.6,1)'),
      anim(p[1], [{ opacity: 0.32 }, { opacity: 0.01 }], 280, 'cubic-bezier(0.4,0.0,0.6,1)')
    ]).then(function () {
      self.classList.remove('show-menu');
      p.forEach(function (e) { e.getAnimations().forEach(function (a) { a.cancel(); }); });
      emit(self, 'ionDidClose');
      return true;
    });
  }
  toggle() { return this.isOpen ? this.close() : this.open(); }
}
define('ion-menu', IonMenu, true);

class IonMenuButton extends IonElement {
  setup() {
    this.classList.add('ion-activatable', 'ion-focusable');
    if (this.closest('ion-toolbar')) this.classList.add('in-toolbar');
    if (this.closest('ion-toolbar[color]')) this.classList.add('in-toolbar-color');
    this.shadowRoot.innerHTML = '<button type="button" class="button-native" part="native" aria-label="menu"><span class="button-inner"><slot><ion-icon part="icon" name="menu" aria-hidden="true"></ion-icon></slot></span><ion-ripple-effect type="unbounded"></ion-ripple-effect></button>';
    this.addEventListener('click', function () { var m = document.querySelector('ion-menu'); if (m) m.toggle(); });
    this.updateVisibility();
  }
  updateVisibility() {
    var sp = document.querySelector('ion-split-pane');
    this.classList.toggle('menu-button-hidden', !!(sp && sp.classList.contains('split-pane-visible')));
  }
}
define('ion-menu-button', IonMenuButton, true);

simple('ion-menu-toggle', '<slot></slot>', function () {
  this.addEventListener('click', function () { var m = document.querySelector('ion-menu'); if (m && m.isOpen) m.close(); });
});

class IonRouterOutlet extends IonElement {
  setup() { this.shadowRoot.innerHTML = '<slot></slot>'; }
  setRoot(tag, params, direction) {
    var self = this;
    var leaving = this.activeEl;
    var entering = document.createElement(tag);
    entering.routeParams = params || {};
    entering.classList.add('ion-page', 'ion-page-invisible');
    this.appendChild(entering);
    this.activeEl = entering;
    var done;
    if (!leaving) {
      entering.classList.remove('ion-page-invisible');
      done = Promise.resolve();
    } else if (direction === 'back') {
      entering.classList.remove('ion-page-invisible');
      this.insertBefore(entering, leaving);
      done = anim(leaving, [{ transform: 'translateY(0px)', opacity: 1 }, { transform: 'translateY(40px)', opacity: 0.01 }], 200, 'cubic-bezier(0.47,0,0.745,0.715)');
    } else {
      entering.classList.remove('ion-page-invisible');
      done = anim(entering, [{ transform: 'translateY(40px)', opacity: 0.01 }, { transform: 'translateY(0px)', opacity: 1 }], 280, 'cubic-bezier(0.36,0.66,0.04,1)');
    }
    return done.then(function () {
      Array.prototype.slice.call(self.children).forEach(function (c) { if (c !== self.activeEl) c.remove(); });
      entering.getAnimations().forEach(function (a) { a.cancel(); });
      if (entering.ionViewDidEnter) entering.ionViewDidEnter();
    });
  }
}
define('ion-router-outlet', IonRouterOutlet, true);

/* ---- header / toolbar / buttons ---- */
simple('ion-header', null, function () { this.classList.add('header-md'); this.setAttribute('role', 'banner'); });
simple('ion-toolbar', '<div class="toolbar-background" part="background"></div><div class="toolbar-container" part="container"><slot name="start"></slot><slot name="secondary"></slot><div class="toolbar-content" part="content"><slot></slot></div><slot name="primary"></slot><slot name="end"></slot></div>');
simple('ion-title', '<div class="toolbar-title"><slot></slot></div>', function () { this.classList.add('title-default'); });
simple('ion-buttons', null, function () { this.classList.add('sc-ion-buttons-md-h', 'sc-ion-buttons-md-s'); });

class IonButton extends IonElement {
  static get observedAttributes() { return ['disabled']; }
  setup() {
    var self = this;
    colorize(this);
    var inButtons = !!this.closest('ion-buttons');
    var fill = this.getAttribute('fill') || (inButtons ? 'clear' : 'solid');
    this.classList.add('button-' + fill, 'ion-activatable', 'ion-focusable');
    if (this.getAttribute('expand')) this.classList.add('button-' + this.getAttribute('expand'));
    if (this.getAttribute('size')) this.classList.add('button-' + this.getAttribute('size'));
    if (this.closest('ion-toolbar')) this.classList.add('in-toolbar');
    if (this.closest('ion-toolbar[color]')) this.classList.add('in-toolbar-color');
    if (inButtons) this.classList.add('in-buttons');
    if (this.querySelector(':scope > ion-icon[slot=icon-only]')) this.classList.add('button-has-icon-only');
    var inherited = '';
    Array.prototype.slice.call(this.attributes).forEach(function (a) {
      if (a.name === 'role' || a.name.indexOf('aria-') === 0) {
        inherited += ' ' + a.name + '="' + esc(a.value) + '"';
        self.removeAttribute(a.name);
      }
    });
    var href = this.getAttribute('href');
    var tag = href != null ? 'a' : 'button';
    var type = this.getAttribute('type') || 'button';
    var open = tag === 'a' ? '<a class="button-native" part="native" href="' + esc(href) + '"' : '<button class="button-native" part="native" type="' + esc(type) + '"';
    this.shadowRoot.innerHTML = open + inherited + '><span class="button-inner"><slot name="icon-only"></slot><slot name="start"></slot><slot></slot><slot name="end"></slot></span><ion-ripple-effect></ion-ripple-effect></' + tag + '>';
    if (type === 'submit') {
      var form = this.closest('form');
      if (form) {
        this.formButton = h('button', { type: 'submit', style: 'display:none' });
        form.appendChild(this.formButton);
      }
    }
    this.syncDisabled();
    this.addEventListener('click', function (ev) { self.onClick(ev); });
  }
  attributeChangedCallback() { if (this.__ready) this.syncDisabled(); }
  syncDisabled() {
    var d = this.hasAttribute('disabled') && this.getAttribute('disabled') !== 'false';
    this.classList.toggle('button-disabled', d);
    if (d) this.setAttribute('aria-disabled', 'true'); else this.removeAttribute('aria-disabled');
    var n = this.shadowRoot.querySelector('.button-native');
    if (n && n.localName === 'button') n.disabled = d;
  }
  onClick(ev) {
    if (this.classList.contains('button-disabled')) { ev.preventDefault(); ev.stopPropagation(); return; }
    var href = this.getAttribute('href');
    if (href != null) { ev.preventDefault(); Router.push(href, this.getAttribute('router-direction') || 'forward'); return; }
    if (this.formButton) { ev.preventDefault(); this.formButton.click(); }
  }
}
define('ion-button', IonButton, true);

/* ---- content, lists, items, cards ---- */
simple('ion-content', '<div id="background-content" part="background"></div><main class="inner-scroll scroll-y" part="scroll"><slot></slot></main><slot name="fixed"></slot>');
simple('ion-list', null, function () {
  this.classList.add('list-md');
  if (this.getAttribute('lines')) this.classList.add('list-lines-' + this.getAttribute('lines'));
  this.setAttribute('role', 'list');
});
simple('ion-list-header', '<div class="list-header-inner"><slot></slot></div>');
simple('ion-label', null, function () { this.classList.add('sc-ion-label-md-h', 'sc-ion-label-md-s'); });
simple('ion-note', '<slot></slot>');
simple('ion-text', '<slot></slot>');
simple('ion-badge', '<slot></slot>');
simple('ion-card', '<div class="card-native" part="native"><slot></slot></div>');
simple('ion-card-header', '<slot></slot>', function () { this.classList.add('card-header-md'); });
simple('ion-card-title', '<slot></slot>', function () { this.setAttribute('role', 'heading'); this.setAttribute('aria-level', '2'); });
simple('ion-card-subtitle', '<slot></slot>', function () { this.setAttribute('role', 'heading'); this.setAttribute('aria-level', '3'); });
simple('ion-card-content', null, function () { this.classList.add('card-content-md'); });
simple('ion-grid', '<slot></slot>');
simple('ion-row', '<slot></slot>');
simple('ion-col', '<slot></slot>', function () {
  var self = this;
  var apply = function () {
    var w = window.innerWidth, size = null;
    var bps = [['xl', 1200], ['lg', 992], ['md', 768], ['sm', 576], ['', 0]];
    for (var i = 0; i < bps.length; i++) {
      var name = bps[i][0] ? 'size-' + bps[i][0] : 'size';
      if (w >= bps[i][1] && self.hasAttribute(name)) { size = self.getAttribute(name); break; }
    }
    if (size && size !== 'auto') {
      var pct = (Number(size) / 12 * 100) + '%';
      self.style.flex = '0 0 ' + pct; self.style.width = pct; self.style.maxWidth = pct;
    }
  };
  apply();
  window.addEventListener('resize', apply);
});
simple('ion-spinner', '<svg viewBox="0 0 64 64" style="animation-duration: 750ms;"><circle transform="translate(32,32)" r="26"></circle></svg>', function () { this.classList.add('spinner-crescent'); });
simple('ion-select-option', '', function () { this.setAttribute('role', 'option'); });
simple('ion-route', null);

class IonItem extends IonElement {
  setup() {
    var self = this;
    this.render();
    this.addEventListener('click', function (ev) { self.onClick(ev); });
  }
  render() {
    colorize(this);
    var href = this.getAttribute('href');
    var isButton = boolAttr(this, 'button', false);
    var clickable = href != null || isButton;
    var list = this.closest('ion-list');
    var lines = this.getAttribute('lines') || (list && list.getAttribute('lines'));
    ['item-lines-full', 'item-lines-none', 'item-lines-inset', 'ion-activatable', 'ion-focusable'].forEach(function (k) { this.classList.remove(k); }, this);
    this.classList.add('item');
    if (lines) this.classList.add('item-lines-' + lines);
    if (list) { this.classList.add('in-list'); this.setAttribute('role', 'listitem'); }
    if (clickable) this.classList.add('ion-activatable', 'ion-focusable');
    if (this.querySelector('ion-label')) this.classList.add('item-label');
    if (this.querySelector('ion-input, ion-select, ion-radio')) this.classList.add('item-interactive');
    var tag = href != null ? 'a' : (isButton ? 'button' : 'div');
    var attrs = tag === 'a' ? ' href="' + esc(href) + '"' : (tag === 'button' ? ' type="button"' : '');
    var detail = boolAttr(this, 'detail', false);
    this.shadowRoot.innerHTML = '<' + tag + ' class="item-native" part="native"' + attrs + '><slot name="start"></slot><div class="item-inner"><div class="input-wrapper"><slot></slot></div><slot name="end"></slot>' +
      (detail ? '<ion-icon name="chevron-forward" class="item-detail-icon" part="detail-icon" aria-hidden="true"></ion-icon>' : '') +
      '<div class="item-inner-highlight"></div></div>' + (clickable ? '<ion-ripple-effect></ion-ripple-effect>' : '') + '<div class="item-highlight"></div></' + tag + '><div class="item-bottom"></div>';
  }
  onClick(ev) {
    var href = this.getAttribute('href');
    if (href != null) { ev.preventDefault(); Router.push(href, this.getAttribute('router-direction') || 'forward'); return; }
    if (boolAttr(this, 'button', false)) return;
    var ctrl = this.querySelector('ion-radio, ion-select');
    if (ctrl && ev.composedPath().indexOf(ctrl) === -1) ctrl.click();
  }
}
define('ion-item', IonItem, true);

/* ---- accordion ---- */
var accordionIds = 0;
class IonAccordionGroup extends IonElement {
  setup() {
    var self = this;
    this.shadowRoot.innerHTML = '<slot></slot>';
    this.classList.add('accordion-group-expand-compact');
    this.value = this.getAttribute('value') || null;
    queueMicrotask(function () { self.sync(false); });
  }
  accordions() { return Array.prototype.filter.call(this.children, function (c) { return c.localName === 'ion-accordion'; }); }
  request(acc, expand) {
    var v = acc.getAttribute('value');
    if (boolAttr(this, 'multiple', false)) { acc.setExpanded(expand, true); }
    else { this.value = expand ? v : null; this.sync(true); }
    emit(this, 'ionChange', { value: this.value });
  }
  sync(animated) {
    var v = this.value;
    this.accordions().forEach(function (a) { if (a.setExpanded) a.setExpanded(a.getAttribute('value') === v, animated); });
  }
}
define('ion-accordion-group', IonAccordionGroup, true);

class IonAccordion extends IonElement {
  setup() {
    var self = this;
    if (!this.getAttribute('value')) this.setAttribute('value', 'ion-accordion-' + (accordionIds++));
    this.shadowRoot.innerHTML = '<div id="header" part="header" class="accordion-header"><slot name="header"></slot></div><div id="content" part="content" role="region" aria-labelledby="header"><div id="content-wrapper"><slot name="content"></slot></div></div>';
    this.state = 'collapsed';
    this.classList.add('accordion-collapsed', 'accordion-animated');
    var header = this.querySelector(':scope > [slot=header]');
    if (header && header.localName === 'ion-item') {
      header.setAttribute('button', '');
      header.setAttribute('detail', 'false');
      if (!header.hasAttribute('lines')) header.setAttribute('lines', 'full');
      if (!header.querySelector('.ion-accordion-toggle-icon')) {
        header.appendChild(h('ion-icon', { class: 'ion-accordion-toggle-icon', slot: 'end', name: 'chevron-down', 'aria-hidden': 'true' }));
      }
      if (header.__ready) header.render();
    }
    this.shadowRoot.getElementById('header').addEventListener('click', function () { self.toggle(); });
    queueMicrotask(function () { self.setAria(false); });
  }
  setAria(expanded) {
    var hd = this.querySelector(':scope > [slot=header]');
    var b = hd && hd.shadowRoot ? hd.shadowRoot.querySelector('button') : null;
    if (b) { b.setAttribute('aria-expanded', expanded ? 'true' : 'false'); b.setAttribute('aria-controls', 'content'); }
  }
  isExpanded() { return this.state === 'expanded' || this.state === 'expanding'; }
  toggle() {
    var g = this.parentElement && this.parentElement.localName === 'ion-accordion-group' ? this.parentElement : null;
    if (g) g.request(this, !this.isExpanded()); else this.setExpanded(!this.isExpanded(), true);
  }
  setState(s) {
    this.state = s;
    var self = this;
    ['expanded', 'expanding', 'collapsed', 'collapsing'].forEach(function (k) { self.classList.toggle('accordion-' + k, k === s); });
  }
  setExpanded(exp, animated) {
    if (exp === this.isExpanded()) return;
    var self = this;
    var content = this.shadowRoot.getElementById('content');
    var wrapper = this.shadowRoot.getElementById('content-wrapper');
    var token = {};
    this.token = token;
    this.setAria(exp);
    if (!animated) { this.setState(exp ? 'expanded' : 'collapsed'); return; }
    if (exp) {
      this.setState('expanding');
      requestAnimationFrame(function () {
        var ht = wrapper.offsetHeight;
        var wait = waitTransition(content, 2000);
        content.style.setProperty('max-height', ht + 'px');
        wait.then(function () {
          if (self.token !== token) return;
          self.setState('expanded');
          content.style.removeProperty('max-height');
        });
      });
    } else {
      var ht = content.offsetHeight;
      content.style.setProperty('max-height', ht + 'px');
      void content.offsetHeight;
      requestAnimationFrame(function () {
        var wait = waitTransition(content, 2000);
        self.setState('collapsing');
        wait.then(function () {
          if (self.token !== token) return;
          self.setState('collapsed');
          content.style.removeProperty('max-height');
        });
      });
    }
  }
}
define('ion-accordion', IonAccordion, true);

/* ---- ion-input (scoped, modern syntax) ---- */
var inputIds = 0;
class IonInput extends IonElement {
  static get observedAttributes() { return ['error-text', 'helper-text', 'type', 'disabled']; }
  setup() {
    var self = this;
    var S = 'sc-ion-input-md';
    var id = 'ion-input-' + (inputIds++);
    var a = function (n) { return self.getAttribute(n); };
    var label = a('label'), fill = a('fill'), placement = a('label-placement') || 'start';
    var starts = [], ends = [];
    Array.prototype.slice.call(this.children).forEach(function (c) {
      var s = c.getAttribute('slot');
      if (s === 'start') starts.push(c); else if (s === 'end') ends.push(c);
      if (s === 'start' || s === 'end') c.classList.add(S + '-s');
    });
    this.hasSlots = starts.length + ends.length > 0;
    this.classList.add(S + '-h', S + '-s', 'input-label-placement-' + placement);
    if (fill) this.classList.add('input-fill-' + fill);
    if (this.closest('ion-item')) this.classList.add('in-item');
    colorize(this);
    var wrap = h('label', { class: 'input-wrapper ' + S, for: id });
    if (fill === 'outline') {
      wrap.appendChild(h('div', { class: 'input-outline-container ' + S }, [
        h('div', { class: 'input-outline-start ' + S }),
        h('div', { class: 'input-outline-notch ' + S + (label ? '' : ' input-outline-notch-hidden') }, [h('div', { class: 'notch-spacer ' + S, 'aria-hidden': 'true', text: label || '' })]),
        h('div', { class: 'input-outline-end ' + S })
      ]));
    }
    wrap.appendChild(h('div', { class: 'label-text-wrapper ' + S + (label ? '' : ' label-text-wrapper-hidden') }, [h('div', { class: 'label-text ' + S, text: label || '' })]));
    var nw = h('div', { class: 'native-wrapper ' + S });
    starts.forEach(function (c) { nw.appendChild(c); });
    var input = h('input', {
      class: 'native-input ' + S, id: id, name: a('name') || id, type: a('type') || 'text',
      autocapitalize: a('autocapitalize') || 'off', autocomplete: a('autocomplete') || 'off', autocorrect: 'off',
      enterkeyhint: a('enterkeyhint'), inputmode: a('inputmode'), maxlength: a('maxlength'), minlength: a('minlength'),
      pattern: a('pattern'), placeholder: a('placeholder') || '', required: a('required') != null, spellcheck: 'false',
      'aria-label': a('aria-label')
    });
    nw.appendChild(input);
    ends.forEach(function (c) { nw.appendChild(c); });
    wrap.appendChild(nw);
    this.textContent = '';
    this.appendChild(wrap);
    this.bottom = h('div', { class: 'input-bottom ' + S }, [h('div', { class: 'helper-text ' + S, text: a('helper-text') || '' }), h('div', { class: 'error-text ' + S, text: a('error-text') || '' })]);
    if (a('helper-text') || a('error-text')) this.appendChild(this.bottom);
    this.input = input;
    input.value = a('value') || '';
    input.addEventListener('input', function (ev) { self.refresh(); emit(self, 'ionInput', { value: input.value, event: ev }); });
    input.addEventListener('change', function (ev) { emit(self, 'ionChange', { value: input.value, event: ev }); });
    input.addEventListener('focus', function () { self.focused = true; self.refresh(); emit(self, 'ionFocus'); });
    input.addEventListener('blur', function () { self.focused = false; self.refresh(); emit(self, 'ionBlur'); });
    this.syncDisabled();
    this.refresh();
  }
  attributeChangedCallback(n, o, v) {
    if (!this.__ready) return;
    if (n === 'error-text') this.bottom.querySelector('.error-text').textContent = v || '';
    if (n === 'helper-text') this.bottom.querySelector('.helper-text').textContent = v || '';
    if ((this.getAttribute('error-text') || this.getAttribute('helper-text')) && !this.bottom.isConnected) this.appendChild(this.bottom);
    if (n === 'type') this.input.type = v || 'text';
    if (n === 'disabled') this.syncDisabled();
  }
  syncDisabled() {
    var d = this.hasAttribute('disabled') && this.getAttribute('disabled') !== 'false';
    this.input.disabled = d;
    this.classList.toggle('input-disabled', d);
  }
  refresh() {
    var hv = this.input.value.length > 0;
    this.classList.toggle('has-value', hv);
    this.classList.toggle('has-focus', !!this.focused);
    var fl = this.classList.contains('input-label-placement-stacked') || (this.classList.contains('input-label-placement-floating') && (hv || !!this.focused || this.hasSlots));
    this.classList.toggle('label-floating', fl);
  }
  get value() { return this.input ? this.input.value : (this.getAttribute('value') || ''); }
  set value(v) {
    if (this.input) { this.input.value = v == null ? '' : String(v); this.refresh(); }
    else this.setAttribute('value', v == null ? '' : String(v));
  }
  setFocus() { if (this.input) this.input.focus(); return Promise.resolve(); }
  getInputElement() { return Promise.resolve(this.input); }
}
define('ion-input', IonInput, false);

/* ---- radio group / radio (modern syntax: no native input, role=radio on the host) ---- */
var radioGroupIds = 0;
class IonRadioGroup extends IonElement {
  setup() {
    var self = this;
    this.setAttribute('role', 'radiogroup');
    this.val = this.getAttribute('value');
    var lh = this.querySelector('ion-list-header');
    if (lh) {
      var lbl = lh.querySelector('ion-label') || lh;
      if (!lbl.id) lbl.id = 'radio-group-' + (radioGroupIds++) + '-lbl';
      this.setAttribute('aria-labelledby', lbl.id);
    }
    this.addEventListener('click', function (ev) {
      var r = ev.target && ev.target.closest ? ev.target.closest('ion-radio') : null;
      if (!r || r.classList.contains('radio-disabled')) return;
      var nv = r.getAttribute('value');
      if (nv === self.val) {
        if (boolAttr(self, 'allow-empty-selection', false)) self.setValue(null, true);
        return;
      }
      self.setValue(nv, true);
    });
    this.addEventListener('keydown', function (ev) {
      var rs = self.radios().filter(function (r) { return !r.classList.contains('radio-disabled'); });
      var cur = ev.target && ev.target.closest ? ev.target.closest('ion-radio') : null;
      var i = rs.indexOf(cur);
      if (i < 0) return;
      var next = null;
      if (ev.key === 'ArrowDown' || ev.key === 'ArrowRight') next = rs[(i + 1) % rs.length];
      else if (ev.key === 'ArrowUp' || ev.key === 'ArrowLeft') next = rs[(i - 1 + rs.length) % rs.length];
      else if (ev.key === ' ') { ev.preventDefault(); self.setValue(cur.getAttribute('value'), true); return; }
      if (next) { ev.preventDefault(); self.setValue(next.getAttribute('value'), true); next.focus(); }
    });
    queueMicrotask(function () { self.sync(); });
  }
  get value() { return this.val; }
  set value(v) { this.val = v; this.sync(); }
  radios() { return Array.prototype.slice.call(this.querySelectorAll('ion-radio')); }
  setValue(v, user) { this.val = v; this.sync(); if (user) emit(this, 'ionChange', { value: v }); }
  sync() {
    var v = this.val, any = false;
    var rs = this.radios();
    rs.forEach(function (r) { var c = v != null && r.getAttribute('value') === v; if (c) any = true; if (r.setChecked) r.setChecked(c); });
    rs.forEach(function (r, i) { r.setAttribute('tabindex', any ? (r.getAttribute('aria-checked') === 'true' ? '0' : '-1') : (i === 0 ? '0' : '-1')); });
  }
}
define('ion-radio-group', IonRadioGroup, false);

class IonRadio extends IonElement {
  setup() {
    var self = this;
    colorize(this);
    var inItem = !!this.closest('ion-item');
    if (inItem) this.classList.add('in-item'); else this.classList.add('ion-activatable', 'ion-focusable');
    this.classList.add('radio-justify-' + (this.getAttribute('justify') || 'space-between'), 'radio-alignment-center', 'radio-label-placement-' + (this.getAttribute('label-placement') || 'start'));
    this.setAttribute('role', 'radio');
    if (!this.hasAttribute('aria-checked')) this.setAttribute('aria-checked', 'false');
    if (!this.hasAttribute('tabindex')) this.setAttribute('tabindex', '-1');
    var hasLabel = this.textContent.trim() !== '';
    this.shadowRoot.innerHTML = '<label class="radio-wrapper"><div class="label-text-wrapper' + (hasLabel ? '' : ' label-text-wrapper-hidden') + '" part="label"><slot></slot></div><div class="native-wrapper"><div class="radio-icon" part="container"><div class="radio-inner" part="mark"></div><div class="radio-ripple"></div></div></div></label>';
    this.addEventListener('focus', function () { if (keyboardMode) self.classList.add('ion-focused'); emit(self, 'ionFocus'); });
    this.addEventListener('blur', function () { self.classList.remove('ion-focused'); emit(self, 'ionBlur'); });
  }
  setChecked(c) {
    this.checked = c;
    this.classList.toggle('radio-checked', c);
    this.setAttribute('aria-checked', c ? 'true' : 'false');
  }
}
define('ion-radio', IonRadio, true);

/* ---- ion-select (modern syntax, interface="alert") ---- */
var selectIds = 0;
class IonSelect extends IonElement {
  setup() {
    var self = this;
    this.inputId = 'ion-sel-' + (selectIds++);
    this.val = this.getAttribute('value') || null;
    this.expanded = false;
    this.classList.add('select-label-placement-' + (this.getAttribute('label-placement') || 'start'), 'select-ltr', 'ion-focusable');
    if (this.getAttribute('fill')) this.classList.add('select-fill-' + this.getAttribute('fill'));
    if (this.closest('ion-item')) this.classList.add('in-item');
    colorize(this);
    var label = this.getAttribute('label');
    var outline = this.getAttribute('fill') === 'outline';
    this.shadowRoot.innerHTML = '<label class="select-wrapper" id="select-label">' +
      (outline ? '<div class="select-outline-container"><div class="select-outline-start"></div><div class="select-outline-notch"><div class="notch-spacer" aria-hidden="true">' + esc(label) + '</div></div><div class="select-outline-end"></div></div>' : '') +
      (label != null ? '<div class="label-text-wrapper" part="label"><div class="label-text">' + esc(label) + '</div></div>' : '') +
      '<div class="native-wrapper"><div aria-hidden="true" class="select-text"></div><ion-icon class="select-icon" part="icon" aria-hidden="true" name="caret-down-sharp"></ion-icon>' +
      '<button type="button" id="' + this.inputId + '" role="combobox" aria-haspopup="dialog" aria-expanded="false"></button></div></label>';
    this.focusEl = this.shadowRoot.querySelector('button');
    this.focusEl.addEventListener('focus', function () { self.classList.add('has-focus'); self.render(); emit(self, 'ionFocus'); });
    this.focusEl.addEventListener('blur', function () { self.classList.remove('has-focus'); self.render(); emit(self, 'ionBlur'); });
    this.addEventListener('click', function (ev) { self.onClick(ev); });
    this.render();
  }
  options() { return Array.prototype.slice.call(this.querySelectorAll('ion-select-option')); }
  optValue(o) { var v = o.getAttribute('value'); return v == null ? o.textContent : v; }
  getText() {
    var self = this, v = this.val;
    if (v == null) return '';
    var o = this.options().filter(function (x) { return self.optValue(x) === v; })[0];
    return o ? o.textContent.trim() : '';
  }
  get value() { return this.val; }
  set value(v) { this.val = v == null || v === '' ? null : v; if (this.__ready) this.render(); }
  render() {
    var label = this.getAttribute('label'), ph = this.getAttribute('placeholder');
    var text = this.getText();
    var shown = text !== '' ? text : (ph || '');
    this.classList.toggle('has-value', text !== '');
    this.classList.toggle('has-placeholder', ph != null);
    this.classList.toggle('select-expanded', this.expanded);
    var floating = this.classList.contains('select-label-placement-floating');
    this.classList.toggle('label-floating', floating && (text !== '' || ph != null || this.expanded || this.classList.contains('has-focus')));
    var t = this.shadowRoot.querySelector('.select-text');
    t.textContent = shown;
    t.classList.toggle('select-placeholder', text === '' && ph != null);
    t.setAttribute('part', text === '' && ph != null ? 'placeholder' : 'text');
    this.focusEl.setAttribute('aria-expanded', this.expanded ? 'true' : 'false');
    this.focusEl.setAttribute('aria-label', (label || '') + (shown ? ', ' + shown : ''));
    this.focusEl.disabled = this.hasAttribute('disabled');
    this.classList.toggle('select-disabled', this.hasAttribute('disabled'));
  }
  onClick(ev) {
    if (this.expanded || this.hasAttribute('disabled')) return;
    this.focusEl.focus();
    this.open(ev);
  }
  open() {
    var self = this, cur = this.val;
    this.expanded = true;
    this.render();
    var alert = alertController.create({
      header: this.getAttribute('label'),
      cssClass: ['select-alert', 'single-select-alert'],
      inputs: this.options().map(function (o) {
        return { type: 'radio', label: o.textContent.trim(), value: self.optValue(o), checked: self.optValue(o) === cur, disabled: o.hasAttribute('disabled'), cssClass: 'select-interface-option' };
      }),
      buttons: [
        { text: this.getAttribute('cancel-text') || 'Cancel', role: 'cancel', handler: function () { emit(self, 'ionCancel'); } },
        { text: this.getAttribute('ok-text') || 'OK', handler: function (v) { self.setValue(v); } }
      ]
    });
    alert.onDidDismiss().then(function () {
      self.expanded = false;
      self.render();
      self.focusEl.focus();
      emit(self, 'ionDismiss');
    });
    alert.present();
    return alert;
  }
  setValue(v) {
    if (v === undefined) return;
    var changed = v !== this.val;
    this.val = v;
    this.render();
    if (changed) emit(this, 'ionChange', { value: v });
  }
}
define('ion-select', IonSelect, true);

/* ---- overlays: ion-backdrop, ion-alert, ion-loading, ion-toast, ion-modal ---- */
class IonBackdrop extends IonElement {
  setup() {
    var self = this;
    this.setAttribute('aria-hidden', 'true');
    this.setAttribute('tabindex', '-1');
    if (this.getAttribute('tappable') === 'false') this.classList.add('backdrop-no-tappable');
    this.addEventListener('click', function (ev) {
      if (self.getAttribute('tappable') === 'false') return;
      ev.preventDefault();
      ev.stopPropagation();
      emit(self, 'ionBackdropTap');
    });
  }
}
define('ion-backdrop', IonBackdrop, true);

var overlayCount = 0;
var overlayStack = [];
function topOverlay(skipToasts) {
  for (var i = overlayStack.length - 1; i >= 0; i--) {
    if (!skipToasts || overlayStack[i].localName !== 'ion-toast') return overlayStack[i];
  }
  return null;
}
class Overlay extends IonElement {
  setup() {
    var self = this;
    this.opts = this.opts || {};
    this.oid = ++overlayCount;
    if (!this.id) this.id = 'ion-overlay-' + this.oid;
    this.style.zIndex = String(20000 + this.oid);
    this.classList.add('overlay-hidden');
    this.setAttribute('tabindex', '-1');
    (this.opts.cssClass ? [].concat(this.opts.cssClass) : []).forEach(function (c) { if (c) self.classList.add(c); });
    this.dismissed = new Promise(function (r) { self.resolveDismiss = r; });
    this.addEventListener('ionBackdropTap', function (ev) {
      ev.stopPropagation();
      if (self.backdropDismiss) self.dismiss(undefined, 'backdrop');
    });
    this.build();
    var sentinels = this.querySelectorAll(':scope > div[tabindex="0"]');
    if (sentinels.length === 2) {
      var focusables = function () {
        return Array.prototype.slice.call(self.querySelectorAll('.ion-overlay-wrapper button:not([disabled]):not([tabindex="-1"]), .ion-overlay-wrapper input'));
      };
      sentinels[0].addEventListener('focus', function (ev) {
        var f = focusables();
        var back = ev.relatedTarget && ev.relatedTarget !== self && self.contains(ev.relatedTarget);
        ((back ? f[f.length - 1] : f[0]) || self).focus();
      });
      sentinels[1].addEventListener('focus', function () { var f = focusables(); (f[0] || self).focus(); });
    }
  }
  get backdropDismiss() { return this.opts.backdropDismiss !== false; }
  get prefix() { return 'ionOverlay'; }
  present() {
    if (this.presenting) return this.presenting;
    var self = this;
    this.lastFocus = deepActive();
    overlayStack.push(this);
    emit(this, this.prefix + 'WillPresent');
    this.presenting = raf().then(function () {
      self.classList.remove('overlay-hidden');
      return self.enter();
    }).then(function () {
      self.__presented = true;
      if (self.takesFocus) {
        var a = deepActive();
        if (!a || (!self.contains(a) && !(self.shadowRoot && self.shadowRoot.contains(a)))) self.focus();
      }
      emit(self, self.prefix + 'DidPresent');
      self.didPresent();
    });
    return this.presenting;
  }
  didPresent() {}
  focusFirst() { this.focus(); }
  dismiss(data, role) {
    if (this.dismissing) return this.dismissing;
    var self = this;
    this.dismissing = (this.presenting || Promise.resolve()).then(function () {
      emit(self, self.prefix + 'WillDismiss', { data: data, role: role });
      return self.leave();
    }).then(function () {
      var i = overlayStack.indexOf(self);
      if (i >= 0) overlayStack.splice(i, 1);
      self.remove();
      if (self.takesFocus && self.lastFocus && self.lastFocus.isConnected && !topOverlay(true)) {
        try { self.lastFocus.focus(); } catch (e) { /* ignore */ }
      }
      var det = { data: data, role: role };
      emit(self, self.prefix + 'DidDismiss', det);
      self.resolveDismiss(det);
      return true;
    });
    return this.dismissing;
  }
  onDidDismiss() { return this.dismissed; }
}
Overlay.prototype.takesFocus = true;

var alertIds = 0;
class IonAlert extends Overlay {
  get prefix() { return 'ionAlert'; }
  build() {
    var self = this, o = this.opts, S = 'sc-ion-alert-md';
    var id = alertIds++;
    var hdrId = 'alert-' + id + '-hdr', subId = 'alert-' + id + '-sub-hdr', msgId = 'alert-' + id + '-msg';
    var inputs = o.inputs || [], buttons = (o.buttons || []).map(function (b) { return typeof b === 'string' ? { text: b } : b; });
    this.inputs = inputs.map(function (inp, i) { return { label: inp.label, value: inp.value, checked: !!inp.checked, disabled: !!inp.disabled, id: 'alert-input-' + id + '-' + i }; });
    this.buttons = buttons;
    this.classList.add(S + '-h', S + '-s');
    this.setAttribute('role', inputs.length || buttons.length ? 'alertdialog' : 'alert');
    this.setAttribute('aria-modal', 'true');
    if (o.header) this.setAttribute('aria-labelledby', hdrId); else if (o.subHeader) this.setAttribute('aria-labelledby', subId);
    if (o.message) this.setAttribute('aria-describedby', msgId);
    var anyChecked = this.inputs.some(function (x) { return x.checked; });
    var html = '<ion-backdrop tappable="' + (this.backdropDismiss ? 'true' : 'false') + '" class="' + S + '"></ion-backdrop><div tabindex="0" aria-hidden="true" class="' + S + '"></div>' +
      '<div class="alert-wrapper ion-overlay-wrapper ' + S + '"><div class="alert-head ' + S + '">' +
      (o.header ? '<h2 id="' + hdrId + '" class="alert-title ' + S + '">' + esc(o.header) + '</h2>' : '') +
      (o.subHeader ? '<h2 id="' + subId + '" class="alert-sub-title ' + S + '">' + esc(o.subHeader) + '</h2>' : '') +
      '</div><div id="' + msgId + '" class="alert-message ' + S + '">' + (o.message ? esc(o.message) : '') + '</div>';
    if (this.inputs.length) {
      var active = this.inputs.filter(function (x) { return x.checked; })[0] || this.inputs[0];
      html += '<div class="alert-radio-group ' + S + '" role="radiogroup" aria-labelledby="' + (o.header ? hdrId : '') + '" aria-activedescendant="' + active.id + '" tabindex="-1">' +
        this.inputs.map(function (x, i) {
          var ti = anyChecked ? (x.checked ? '0' : '-1') : (i === 0 ? '0' : '-1');
          return '<button type="button" aria-checked="' + (x.checked ? 'true' : 'false') + '" id="' + x.id + '" tabindex="' + ti + '"' + (x.disabled ? ' disabled' : '') +
            ' class="alert-radio-button alert-tappable alert-radio ion-focusable select-interface-option ' + S + '" role="radio" data-index="' + i + '"><div class="alert-button-inner ' + S + '"><div class="alert-radio-icon ' + S + '"><div class="alert-radio-inner ' + S + '"></div></div><div class="alert-radio-label ' + S + '">' + esc(x.label) + '</div></div><ion-ripple-effect class="' + S + '"></ion-ripple-effect></button>';
        }).join('') + '</div>';
    }
    html += '<div class="alert-button-group' + (buttons.length > 2 ? ' alert-button-group-vertical' : '') + ' ' + S + '">' +
      buttons.map(function (b, i) {
        return '<button type="button" tabindex="0" data-button="' + i + '" class="alert-button ion-focusable ion-activatable' + (b.role ? ' alert-button-role-' + b.role : '') + (b.cssClass ? ' ' + b.cssClass : '') + ' ' + S + '"' + (b.id ? ' id="' + esc(b.id) + '"' : '') + '><span class="alert-button-inner ' + S + '">' + esc(b.text) + '</span><ion-ripple-effect class="' + S + '"></ion-ripple-effect></button>';
      }).join('') + '</div></div><div tabindex="0" aria-hidden="true" class="' + S + '"></div>';
    this.innerHTML = html;
    this.querySelectorAll('.alert-radio-button').forEach(function (b) {
      b.addEventListener('click', function () { self.check(Number(b.getAttribute('data-index'))); });
    });
    this.querySelectorAll('.alert-button').forEach(function (b) {
      b.addEventListener('click', function () { self.buttonClick(self.buttons[Number(b.getAttribute('data-button'))]); });
    });
    var group = this.querySelector('.alert-radio-group');
    if (group) group.addEventListener('keydown', function (ev) {
      var btns = Array.prototype.slice.call(group.querySelectorAll('.alert-radio-button:not([disabled])'));
      var i = btns.indexOf(document.activeElement);
      if (i < 0) return;
      var n = null;
      if (ev.key === 'ArrowDown' || ev.key === 'ArrowRight') n = btns[(i + 1) % btns.length];
      if (ev.key === 'ArrowUp' || ev.key === 'ArrowLeft') n = btns[(i - 1 + btns.length) % btns.length];
      if (n) { ev.preventDefault(); n.focus(); self.check(Number(n.getAttribute('data-index'))); }
    });
  }
  check(index) {
    var self = this;
    this.inputs.forEach(function (x, i) { x.checked = i === index; });
    this.querySelectorAll('.alert-radio-button').forEach(function (b, i) {
      b.setAttribute('aria-checked', i === index ? 'true' : 'false');
      b.setAttribute('tabindex', i === index ? '0' : '-1');
    });
    var g = this.querySelector('.alert-radio-group');
    if (g) g.setAttribute('aria-activedescendant', this.inputs[index].id);
    void self;
  }
  values() {
    var c = this.inputs.filter(function (x) { return x.checked; })[0];
    return c ? c.value : undefined;
  }
  buttonClick(b) {
    var values = this.values();
    if (b.role === 'cancel') {
      if (b.handler) b.handler(values);
      return this.dismiss({ values: values }, b.role);
    }
    var r = b.handler ? b.handler(values) : undefined;
    if (r === false) return false;
    return this.dismiss({ values: values }, b.role);
  }
  focusFirst() {
    var f = this.querySelector('.alert-radio-button[tabindex="0"]') || this.querySelector('.alert-button');
    (f || this).focus();
  }
  enter() {
    return Promise.all([
      anim(this.querySelector('ion-backdrop'), [{ opacity: 0.01 }, { opacity: 0.32 }], 150, 'ease-in-out'),
      anim(this.querySelector('.alert-wrapper'), [{ opacity: 0.01, transform: 'scale(0.9)' }, { opacity: 1, transform: 'scale(1)' }], 150, 'ease-in-out')
    ]);
  }
  leave() {
    return Promise.all([
      anim(this.querySelector('ion-backdrop'), [{ opacity: 0.32 }, { opacity: 0 }], 150, 'ease-in-out'),
      anim(this.querySelector('.alert-wrapper'), [{ opacity: 0.99 }, { opacity: 0 }], 150, 'ease-in-out')
    ]);
  }
}
define('ion-alert', IonAlert, false);

var loadingIds = 0;
class IonLoading extends Overlay {
  get prefix() { return 'ionLoading'; }
  get backdropDismiss() { return this.opts.backdropDismiss === true; }
  build() {
    var S = 'sc-ion-loading-md', o = this.opts, msgId = 'loading-' + (loadingIds++) + '-msg';
    this.classList.add(S + '-h', S + '-s');
    this.setAttribute('role', 'dialog');
    this.setAttribute('aria-modal', 'true');
    if (o.message) this.setAttribute('aria-labelledby', msgId);
    this.innerHTML = '<ion-backdrop tappable="false" class="' + S + '"></ion-backdrop><div tabindex="0" aria-hidden="true" class="' + S + '"></div>' +
      '<div class="loading-wrapper ion-overlay-wrapper ' + S + '"><div class="loading-spinner ' + S + '"><ion-spinner name="crescent" aria-hidden="true" class="' + S + '"></ion-spinner></div>' +
      (o.message ? '<div class="loading-content ' + S + '" id="' + msgId + '">' + esc(o.message) + '</div>' : '') +
      '</div><div tabindex="0" aria-hidden="true" class="' + S + '"></div>';
  }
  enter() {
    return Promise.all([
      anim(this.querySelector('ion-backdrop'), [{ opacity: 0.01 }, { opacity: 0.32 }], 200, 'ease-in-out'),
      anim(this.querySelector('.loading-wrapper'), [{ opacity: 0.01, transform: 'scale(1.1)' }, { opacity: 1, transform: 'scale(1)' }], 200, 'ease-in-out')
    ]);
  }
  leave() {
    return Promise.all([
      anim(this.querySelector('ion-backdrop'), [{ opacity: 0.32 }, { opacity: 0 }], 200, 'ease-in-out'),
      anim(this.querySelector('.loading-wrapper'), [{ opacity: 0.99, transform: 'scale(1)' }, { opacity: 0, transform: 'scale(0.9)' }], 200, 'ease-in-out')
    ]);
  }
}
define('ion-loading', IonLoading, false);

class IonToast extends Overlay {
  get prefix() { return 'ionToast'; }
  build() {
    var o = this.opts, pos = o.position || 'bottom';
    if (o.color) { this.setAttribute('color', o.color); colorize(this); }
    this.setAttribute('aria-live', 'polite');
    this.setAttribute('aria-atomic', 'true');
    this.setAttribute('role', 'status');
    this.classList.add('toast-' + pos);
    this.shadowRoot.innerHTML = '<div class="toast-wrapper toast-' + pos + '" part="container"><div class="toast-container"><div class="toast-content">' +
      (o.header ? '<div class="toast-header" part="header">' + esc(o.header) + '</div>' : '') +
      '<div class="toast-message" part="message">' + esc(o.message) + '</div></div></div></div>';
  }
  didPresent() {
    var self = this, d = this.opts.duration;
    if (d > 0) setTimeout(function () { self.dismiss(undefined, 'timeout'); }, d);
  }
  enter() { return anim(this.shadowRoot.querySelector('.toast-wrapper'), [{ opacity: 0.01 }, { opacity: 1 }], 400, 'cubic-bezier(.36,.66,.04,1)'); }
  leave() { return anim(this.shadowRoot.querySelector('.toast-wrapper'), [{ opacity: 0.99 }, { opacity: 0 }], 300, 'cubic-bezier(.36,.66,.04,1)'); }
}
IonToast.prototype.takesFocus = false;
define('ion-toast', IonToast, true);

class IonModal extends Overlay {
  get prefix() { return 'ionModal'; }
  build() {
    this.classList.add('modal-default');
    this.setAttribute('no-router', '');
    this.setAttribute('role', 'dialog');
    this.setAttribute('aria-modal', 'true');
    this.shadowRoot.innerHTML = '<ion-backdrop part="backdrop" tappable="' + (this.backdropDismiss ? 'true' : 'false') + '"></ion-backdrop><div role="dialog" aria-modal="true" class="modal-wrapper ion-overlay-wrapper" part="content"><slot></slot></div>';
    var host = h('div', { class: 'ion-delegate-host ion-page' });
    var c = this.opts.content;
    if (c) { while (c.firstChild) host.appendChild(c.firstChild); }
    this.appendChild(host);
  }
  enter() {
    return Promise.all([
      anim(this.shadowRoot.querySelector('ion-backdrop'), [{ opacity: 0.01 }, { opacity: 0.32 }], 280, 'cubic-bezier(0.36,0.66,0.04,1)'),
      anim(this.shadowRoot.querySelector('.modal-wrapper'), [{ opacity: 0.01, transform: 'translateY(40px)' }, { opacity: 1, transform: 'translateY(0px)' }], 280, 'cubic-bezier(0.36,0.66,0.04,1)')
    ]);
  }
  leave() {
    return Promise.all([
      anim(this.shadowRoot.querySelector('ion-backdrop'), [{ opacity: 0.32 }, { opacity: 0 }], 200, 'cubic-bezier(0.47,0,0.745,0.715)'),
      anim(this.shadowRoot.querySelector('.modal-wrapper'), [{ opacity: 0.99, transform: 'translateY(0px)' }, { opacity: 0, transform: 'translateY(40px)' }], 200, 'cubic-bezier(0.47,0,0.745,0.715)')
    ]);
  }
}
define('ion-modal', IonModal, true);

function appRoot() { return document.querySelector('ion-app') || document.body; }
function createOverlay(tag, opts) {
  var el = document.createElement(tag);
  el.opts = opts || {};
  appRoot().appendChild(el);
  return el;
}
var alertController = { create: function (o) { return createOverlay('ion-alert', o); } };
var loadingController = { create: function (o) { return createOverlay('ion-loading', o); } };
var toastController = { create: function (o) { return createOverlay('ion-toast', o); } };
var modalController = { create: function (o) { return createOverlay('ion-modal', o); } };

/* ---- ion-router (history mode) ---- */
var Router = {
  routes: [],
  init: function () {
    var el = document.querySelector('ion-router');
    this.routes = Array.prototype.map.call(el.querySelectorAll('ion-route'), function (r) {
      return { url: r.getAttribute('url'), component: r.getAttribute('component') };
    });
    window.addEventListener('popstate', function () { Router.render('back'); });
    return this.render('root');
  },
  match: function (path) {
    var segs = path.split('/').filter(Boolean);
    for (var i = 0; i < this.routes.length; i++) {
      var rs = this.routes[i].url.split('/').filter(Boolean);
      if (rs.length !== segs.length) continue;
      var params = {};
      var ok = rs.every(function (s, j) {
        if (s.charAt(0) === ':') { params[s.slice(1)] = decodeURIComponent(segs[j]); return true; }
        return s === segs[j];
      });
      if (ok) return { component: this.routes[i].component, params: params };
    }
    return null;
  },
  push: function (url, direction) {
    var u = new URL(url, location.href);
    if (u.pathname + u.search === location.pathname + location.search) return Promise.resolve(false);
    history.pushState({}, '', u.pathname + u.search);
    return this.render(direction || 'forward');
  },
  back: function () { history.back(); },
  render: function (direction) {
    var m = this.match(location.pathname) || { component: 'page-not-found', params: {} };
    var outlet = document.querySelector('ion-router-outlet');
    if (window.__onRoute) window.__onRoute();
    return outlet.setRoot(m.component, m.params, direction).then(function () {
      emit(document.querySelector('ion-router'), 'ionRouteDidChange', { to: location.pathname });
      return true;
    });
  }
};
class IonRouter extends IonElement {
  push(url, direction) { return Router.push(url, direction); }
  back() { return Router.back(); }
}
define('ion-router', IonRouter, false);

window.Ionic = { Router: Router, alertController: alertController, loadingController: loadingController, toastController: toastController, modalController: modalController, overlays: overlayStack, esc: esc, h: h, INIT: INIT };
})();
`;

/* ------------------------------------------------------------------------------------------
 * Client app: the pages (vanilla Ionic + ion-router), the side menu and the fetch/JSON calls.
 * ---------------------------------------------------------------------------------------- */
const CLIENT_APP = String.raw`
(function () {
'use strict';
var I = window.Ionic, Router = I.Router, esc = I.esc, INIT = I.INIT;
var App = { auth: INIT.auth, pendingMobile: '', toast: null };
var EXPIRED = 'Your session has expired. Please login again.';

function presentToast(message, color) {
  if (App.toast) App.toast.dismiss();
  var t = I.toastController.create({ message: message, color: color, duration: 3000, position: 'bottom' });
  App.toast = t;
  t.present();
  return t;
}
function api(path, body, opts) {
  opts = opts || {};
  var loading = opts.silent ? null : I.loadingController.create({ message: 'Please wait...' });
  if (loading) loading.present();
  var finish = function () { return loading ? loading.dismiss() : Promise.resolve(); };
  return fetch(path, {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    body: JSON.stringify(body || {})
  }).then(function (r) {
    return r.json().catch(function () { return {}; }).then(function (j) { return { status: r.status, body: j }; });
  }).then(function (res) {
    return finish().then(function () {
      if (res.status === 401) { sessionLost(res.body && res.body.message); return null; }
      return res.body;
    });
  }, function () {
    return finish().then(function () { presentToast('Unable to reach the server. Please check your connection and try again.', 'danger'); return null; });
  });
}
function sessionLost(message) {
  App.auth = null;
  renderMenu();
  I.overlays.slice().forEach(function (o) { if (o.localName !== 'ion-toast') o.dismiss(undefined, 'expired'); });
  presentToast(message || EXPIRED, 'danger');
  Router.push('/login?expired=1', 'root');
}
function logout() {
  api('/api/logout', {}).then(function () {
    App.auth = null;
    renderMenu();
    Router.push('/', 'root');
    presentToast('You have been logged out successfully.');
  });
}
function setInvalid(el, msg) {
  if (msg) el.setAttribute('error-text', msg);
  el.classList.add('ion-invalid', 'ion-touched');
  el.classList.remove('ion-valid');
}
function setValid(el) { el.classList.remove('ion-invalid'); }
function clearOnInput(root) {
  root.addEventListener('ionInput', function (ev) { if (ev.target && ev.target.localName === 'ion-input') setValid(ev.target); });
}
function eyeToggle() {
  return '<ion-button slot="end" fill="clear" class="password-toggle" role="switch" aria-checked="false" aria-label="Show password"><ion-icon slot="icon-only" name="eye" aria-hidden="true"></ion-icon></ion-button>';
}
function wireToggles(root) {
  root.querySelectorAll('.password-toggle').forEach(function (btn) {
    btn.addEventListener('pointerdown', function (ev) { ev.preventDefault(); });
    btn.addEventListener('click', function (ev) {
      ev.preventDefault();
      ev.stopPropagation();
      var inp = btn.closest('ion-input');
      var show = inp.getAttribute('type') === 'password';
      inp.setAttribute('type', show ? 'text' : 'password');
      btn.querySelector('ion-icon').setAttribute('name', show ? 'eye-off' : 'eye');
      var nb = btn.shadowRoot.querySelector('.button-native');
      nb.setAttribute('aria-checked', show ? 'true' : 'false');
      nb.setAttribute('aria-label', show ? 'Hide password' : 'Show password');
    });
  });
}
function pageHeader(title) {
  return '<ion-header><ion-toolbar color="primary"><ion-buttons slot="start"><ion-menu-button></ion-menu-button></ion-buttons>' +
    '<ion-title>' + esc(title) + '</ion-title><ion-buttons slot="end">' +
    (App.auth ? '<span class="toolbar-gstin">' + esc(App.auth.gstin) + '</span><ion-button class="header-logout">Logout</ion-button>'
      : '<ion-button class="header-login">Login</ion-button>') +
    '</ion-buttons></ion-toolbar></ion-header>';
}
function wireHeader(page) {
  var l = page.querySelector('.header-login');
  if (l) l.addEventListener('click', function () { Router.push('/login', 'forward'); });
  var o = page.querySelector('.header-logout');
  if (o) o.addEventListener('click', logout);
}
function definePage(tag, proto) {
  var P = class extends HTMLElement {
    connectedCallback() {
      if (this.__ready) return;
      this.__ready = true;
      this.classList.add('ion-page', 'hydrated');
      this.render();
    }
  };
  Object.keys(proto).forEach(function (k) { P.prototype[k] = proto[k]; });
  customElements.define(tag, P);
}

/* ---- side menu ---- */
function menuItem(href, icon, label) {
  return '<ion-menu-toggle auto-hide="false"><ion-item href="' + href + '" router-direction="root" lines="none" detail="false">' +
    (icon ? '<ion-icon aria-hidden="true" slot="start" name="' + icon + '-outline"></ion-icon>' : '') +
    '<ion-label>' + esc(label) + '</ion-label></ion-item></ion-menu-toggle>';
}
function menuGroup(value, icon, label, inner) {
  return '<ion-accordion value="' + value + '"><ion-item slot="header" lines="none">' +
    (icon ? '<ion-icon aria-hidden="true" slot="start" name="' + icon + '-outline"></ion-icon>' : '') +
    '<ion-label>' + esc(label) + '</ion-label></ion-item><div slot="content" class="menu-sub">' + inner + '</div></ion-accordion>';
}
function renderMenu() {
  var content = document.querySelector('ion-menu ion-content');
  var html = '<ion-list id="menu-list"><div class="menu-brand"><img alt="" src="' + INIT.logo + '"></div>' +
    '<ion-list-header>e-Invoice System</ion-list-header><ion-note>' + (App.auth ? 'GSTIN: ' + esc(App.auth.gstin) : 'Goods and Services Tax Network') + '</ion-note>';
  if (!App.auth) {
    html += menuItem('/', 'home', 'Home') + menuItem('/login', 'log-in', 'Login') + menuItem('/help/faqs', 'help-circle', 'FAQs') + menuItem('/help/contact', 'call', 'Contact Us');
  } else {
    html += menuItem('/dashboard', 'grid', 'Dashboard') + '<ion-accordion-group>' +
      menuGroup('e-invoice', 'document-text', 'e-Invoice', menuItem('/einvoice/generate', null, 'Generate IRN') + menuItem('/einvoice/bulk-upload', null, 'Bulk Upload') + menuItem('/einvoice/cancel', null, 'Cancel IRN') + menuItem('/einvoice/print', null, 'Print e-Invoice')) +
      menuGroup('mis-reports', 'bar-chart', 'MIS Reports', menuItem('/reports/irn-details', null, 'IRN Details') + menuItem('/reports/bulk-irn', null, 'Bulk IRN Report')) +
      menuGroup('api-registration', 'key', 'API Registration',
        '<ion-accordion-group>' + menuGroup('user-credentials', null, 'User Credentials',
          menuItem('/api-registration/create-api-user', null, 'Create API User') + menuItem('/api-registration/change-api-password', null, 'Change API Password') + menuItem('/api-registration/freeze-api-user', null, 'Freeze API User')) +
        '</ion-accordion-group>' + menuItem('/api-registration/ip-whitelisting', null, 'IP Whitelisting')) +
      menuGroup('user-management', 'people', 'User Management', menuItem('/user-management/create-sub-user', null, 'Create Sub-User') + menuItem('/user-management/update-sub-user', null, 'Update Sub-User')) +
      '</ion-accordion-group>' +
      '<ion-menu-toggle auto-hide="false"><ion-item button lines="none" detail="false" class="menu-logout"><ion-icon aria-hidden="true" slot="start" name="log-out-outline"></ion-icon><ion-label>Logout</ion-label></ion-item></ion-menu-toggle>';
  }
  content.innerHTML = html + '</ion-list>';
  var lo = content.querySelector('.menu-logout');
  if (lo) lo.addEventListener('click', logout);
  markSelected();
}
function markSelected() {
  document.querySelectorAll('ion-menu ion-item[href]').forEach(function (i) { i.classList.toggle('selected', i.getAttribute('href') === location.pathname); });
}
window.__onRoute = markSelected;

/* ---- pages ---- */
definePage('page-home', {
  render: function () {
    this.innerHTML = pageHeader('e-Invoice System') + '<ion-content class="ion-padding"><div class="page-wrap">' +
      '<div class="hero"><img alt="" src="' + INIT.logo + '"><div><h1>e-Invoice System</h1><p>Registration of B2B and export invoices on the Invoice Registration Portal (IRP) and generation of the Invoice Reference Number (IRN).</p></div></div>' +
      '<ion-grid><ion-row>' +
      '<ion-col size="12" size-md="4"><ion-card><ion-card-header><ion-card-subtitle>Taxpayers</ion-card-subtitle><ion-card-title>Generate IRN</ion-card-title></ion-card-header><ion-card-content>Report your invoices one by one or in bulk and receive the signed invoice and QR code.</ion-card-content></ion-card></ion-col>' +
      '<ion-col size="12" size-md="4"><ion-card><ion-card-header><ion-card-subtitle>Integration</ion-card-subtitle><ion-card-title>API Access</ion-card-title></ion-card-header><ion-card-content>Create API users for your GST Suvidha Provider (GSP) or ERP under API Registration after you log in.</ion-card-content></ion-card></ion-col>' +
      '<ion-col size="12" size-md="4"><ion-card><ion-card-header><ion-card-subtitle>Latest Updates</ion-card-subtitle><ion-card-title>Two-Factor Authentication</ion-card-title></ion-card-header><ion-card-content>From 1 April 2025 every login needs an OTP sent to the registered mobile number, or from the Sandes / NIC-GST-Shield app.</ion-card-content></ion-card></ion-col>' +
      '</ion-row></ion-grid></div></ion-content>';
    wireHeader(this);
  }
});

definePage('page-login', {
  render: function () {
    var self = this;
    this.innerHTML = pageHeader('e-Invoice System') + '<ion-content class="ion-padding"><div class="login-wrap"><ion-card>' +
      '<ion-card-header><ion-card-title>Login</ion-card-title><ion-card-subtitle>e-Invoice System</ion-card-subtitle></ion-card-header><ion-card-content>' +
      '<form class="login-form" novalidate>' +
      '<ion-input id="login-username" name="username" label="User Name" label-placement="floating" fill="outline" autocomplete="username" maxlength="15" error-text="Please enter the User Name"></ion-input>' +
      '<ion-input id="login-password" name="password" type="password" label="Password" label-placement="floating" fill="outline" autocomplete="current-password" maxlength="15" error-text="Please enter the Password">' + eyeToggle() + '</ion-input>' +
      '<div class="captcha-row"><img class="captcha-image" alt="Captcha image" src="' + INIT.blank + '"><ion-button fill="clear" class="captcha-refresh" aria-label="Refresh Captcha"><ion-icon slot="icon-only" name="refresh"></ion-icon></ion-button></div>' +
      '<ion-input id="login-captcha" name="captcha" label="Enter Captcha" label-placement="floating" fill="outline" autocomplete="off" autocapitalize="characters" maxlength="5" error-text="Please enter the characters shown in the image"></ion-input>' +
      '<ion-button type="submit" expand="block">Login</ion-button>' +
      '<ion-note color="danger" class="form-message" role="alert"></ion-note>' +
      '</form></ion-card-content></ion-card></div></ion-content>';
    wireHeader(this);
    wireToggles(this);
    clearOnInput(this);
    this.querySelector('form').addEventListener('submit', function (ev) { ev.preventDefault(); self.submit(); });
    this.querySelector('.captcha-refresh').addEventListener('click', function () { self.loadCaptcha(); });
    if (new URLSearchParams(location.search).get('expired')) {
      this.setMessage(EXPIRED);
      history.replaceState(history.state, '', '/login');
    }
    this.loadCaptcha();
  },
  setMessage: function (m) { this.querySelector('.form-message').textContent = m || ''; },
  loadCaptcha: function () {
    var img = this.querySelector('.captcha-image');
    return api('/api/captcha', {}, { silent: true }).then(function (r) { if (r && r.image) img.src = r.image; });
  },
  submit: function () {
    var self = this;
    var u = this.querySelector('#login-username'), p = this.querySelector('#login-password'), c = this.querySelector('#login-captcha');
    var first = null;
    this.setMessage('');
    [[u, 'Please enter the User Name'], [p, 'Please enter the Password'], [c, 'Please enter the characters shown in the image']].forEach(function (x) {
      if (!String(x[0].value).trim()) { setInvalid(x[0], x[1]); first = first || x[0]; } else setValid(x[0]);
    });
    if (first) { first.setFocus(); return; }
    api('/api/login', { userName: u.value.trim(), password: p.value, captcha: c.value.trim() }).then(function (r) {
      if (!r) return;
      if (r.ok) { App.pendingMobile = r.mobile; Router.push('/login/otp', 'forward'); return; }
      self.setMessage(r.message);
      presentToast(r.message, 'danger');
      p.value = '';
      c.value = '';
      if (r.field === 'captcha') setInvalid(c, r.message);
      self.loadCaptcha();
    });
  }
});

definePage('page-login-otp', {
  render: function () {
    var self = this;
    this.innerHTML = pageHeader('e-Invoice System') + '<ion-content class="ion-padding"><div class="login-wrap"><ion-card>' +
      '<ion-card-header><ion-card-title>Two-Factor Authentication</ion-card-title><ion-card-subtitle>Verify OTP</ion-card-subtitle></ion-card-header><ion-card-content>' +
      '<p class="otp-info">An OTP has been sent to your registered mobile number <strong class="otp-mobile">' + esc(App.pendingMobile) + '</strong>. You may also use the OTP shown in the Sandes or NIC-GST-Shield app.</p>' +
      '<form class="otp-form" novalidate>' +
      '<ion-input id="login-otp" name="otp" label="Enter OTP" label-placement="floating" fill="outline" inputmode="numeric" maxlength="6" autocomplete="one-time-code" error-text="Please enter the 6 digit OTP"></ion-input>' +
      '<ion-button type="submit" expand="block">Verify OTP</ion-button>' +
      '<div class="button-row"><ion-button fill="clear" class="resend-otp">Resend OTP</ion-button><ion-button fill="clear" color="medium" class="back-login">Back to Login</ion-button></div>' +
      '<ion-note color="danger" class="form-message" role="alert"></ion-note>' +
      '</form></ion-card-content></ion-card></div></ion-content>';
    wireHeader(this);
    clearOnInput(this);
    this.querySelector('form').addEventListener('submit', function (ev) { ev.preventDefault(); self.submit(); });
    this.querySelector('.resend-otp').addEventListener('click', function () {
      api('/api/login/otp/resend', {}).then(function (r) { if (r) presentToast(r.message); });
    });
    this.querySelector('.back-login').addEventListener('click', function () {
      api('/api/logout', {}, { silent: true }).then(function () { Router.push('/login', 'back'); });
    });
    api('/api/login/otp/status', {}, { silent: true }).then(function (r) {
      if (!r) return;
      if (r.authenticated) { Router.push('/dashboard', 'root'); return; }
      App.pendingMobile = r.mobile;
      self.querySelector('.otp-mobile').textContent = r.mobile;
    });
  },
  submit: function () {
    var self = this, o = this.querySelector('#login-otp'), msg = this.querySelector('.form-message');
    msg.textContent = '';
    if (!/^\d{6}$/.test(o.value.trim())) { setInvalid(o, 'Please enter the 6 digit OTP'); o.setFocus(); return; }
    api('/api/login/otp/verify', { otp: o.value.trim() }).then(function (r) {
      if (!r) return;
      if (r.ok) { App.auth = r.user; renderMenu(); Router.push('/dashboard', 'root'); return; }
      msg.textContent = r.message;
      presentToast(r.message, 'danger');
      o.value = '';
      void self;
    });
  }
});

function presentContactModal(c) {
  var content = document.createElement('div');
  content.innerHTML = '<ion-header><ion-toolbar><ion-title>Contacts of Technical Person</ion-title><ion-buttons slot="end"><ion-button class="modal-close">Close</ion-button></ion-buttons></ion-toolbar></ion-header>' +
    '<ion-content class="ion-padding"><p class="contact-intro">The technical person below receives the alerts about the e-Invoice APIs of your GSTIN. Please keep these details up to date under User Management.</p>' +
    '<ion-list lines="full"><ion-item><ion-label><p>Name</p><h2>' + esc(c.name) + '</h2></ion-label></ion-item>' +
    '<ion-item><ion-label><p>Mobile Number</p><h2>' + esc(c.mobile) + '</h2></ion-label></ion-item>' +
    '<ion-item><ion-label><p>E-mail</p><h2>' + esc(c.email) + '</h2></ion-label></ion-item></ion-list>' +
    '<div class="modal-actions"><ion-button color="danger" class="modal-exit">Exit</ion-button></div></ion-content>';
  var modal = I.modalController.create({ content: content });
  modal.querySelector('.modal-close').addEventListener('click', function () { modal.dismiss(undefined, 'cancel'); });
  modal.querySelector('.modal-exit').addEventListener('click', function () { modal.dismiss(undefined, 'cancel'); });
  modal.present();
  return modal;
}

definePage('page-dashboard', {
  render: function () {
    var self = this;
    this.innerHTML = pageHeader('e-Invoice System') + '<ion-content class="ion-padding"><div class="page-wrap"><h1 class="page-heading">Dash Board</h1><div class="dash-body"></div></div></ion-content>';
    wireHeader(this);
    api('/api/dashboard', {}).then(function (r) {
      if (!r) return;
      self.querySelector('.dash-body').innerHTML =
        '<ion-card><ion-card-header><ion-card-subtitle>' + esc(r.user.tradeName) + '</ion-card-subtitle><ion-card-title>GSTIN: ' + esc(r.user.gstin) + '</ion-card-title></ion-card-header>' +
        '<ion-card-content>Welcome, ' + esc(r.user.userName) + '. Last login: ' + esc(r.lastLogin) + '</ion-card-content></ion-card>' +
        '<ion-grid><ion-row>' +
        '<ion-col size="12" size-md="6"><ion-card><ion-card-header><ion-card-subtitle>Generations</ion-card-subtitle></ion-card-header><ion-card-content><div class="stat-value">' + esc(r.stats.generations) + '</div>IRNs generated in the current financial year</ion-card-content></ion-card></ion-col>' +
        '<ion-col size="12" size-md="6"><ion-card><ion-card-header><ion-card-subtitle>Cancelled</ion-card-subtitle></ion-card-header><ion-card-content><div class="stat-value">' + esc(r.stats.cancelled) + '</div>IRNs cancelled in the current financial year</ion-card-content></ion-card></ion-col>' +
        '</ion-row></ion-grid>';
      if (r.contact) presentContactModal(r.contact);
    });
  }
});

var MODE_NOTES = {
  DIRECT: 'Direct API access is allowed only to taxpayers whose aggregate turnover is above the notified limit. Others register through a GSP.',
  ERP: 'Registration through ERP is available only to ERP systems enabled by NIC for your GSTIN.',
  OTHER: 'Use this option to reach the APIs with the Client-Id of another taxpayer, such as a group company.'
};

definePage('page-api-user', {
  render: function () {
    this.innerHTML = pageHeader('e-Invoice System') + '<ion-content class="ion-padding"><div class="page-wrap"><h1 class="page-heading">Create API User</h1><div class="api-step"></div><div class="registered-wrap"></div></div></ion-content>';
    wireHeader(this);
    clearOnInput(this);
    this.renderOtpStep();
    this.sendOtp();
  },
  renderOtpStep: function () {
    var self = this;
    var step = this.querySelector('.api-step');
    step.innerHTML = '<ion-card class="api-otp-card"><ion-card-header><ion-card-title>API Registration</ion-card-title><ion-card-subtitle>Verify OTP</ion-card-subtitle></ion-card-header><ion-card-content>' +
      '<p class="otp-info">Sending an OTP to your registered mobile number...</p>' +
      '<form class="api-otp-form" novalidate>' +
      '<ion-input class="api-otp-input" name="apiOtp" label="Enter OTP" label-placement="floating" fill="outline" inputmode="numeric" maxlength="6" autocomplete="one-time-code" error-text="Please enter the 6 digit OTP"></ion-input>' +
      '<div class="button-row"><ion-button type="submit">Verify OTP</ion-button><ion-button fill="clear" class="resend-otp">Resend OTP</ion-button></div>' +
      '<ion-note color="danger" class="form-message" role="alert"></ion-note>' +
      '</form></ion-card-content></ion-card>';
    step.querySelector('form').addEventListener('submit', function (ev) { ev.preventDefault(); self.verifyOtp(); });
    step.querySelector('.resend-otp').addEventListener('click', function () { self.sendOtp(true); });
  },
  sendOtp: function (resend) {
    var self = this;
    return api('/api/api-user/send-otp', { resend: !!resend }).then(function (r) {
      if (!r) return;
      var info = self.querySelector('.otp-info');
      if (info) info.textContent = r.message + ' Enter it below and click "Verify OTP".';
      presentToast(r.message);
    });
  },
  verifyOtp: function () {
    var self = this;
    var o = this.querySelector('.api-otp-input'), msg = this.querySelector('.api-otp-form .form-message');
    msg.textContent = '';
    if (!/^\d{6}$/.test(o.value.trim())) { setInvalid(o, 'Please enter the 6 digit OTP'); o.setFocus(); return; }
    api('/api/api-user/verify-otp', { otp: o.value.trim() }).then(function (r) {
      if (!r) return;
      if (!r.ok) { msg.textContent = r.message; presentToast(r.message, 'danger'); o.value = ''; return; }
      presentToast(r.message, 'success');
      self.renderForm(r);
    });
  },
  renderForm: function (d) {
    var self = this;
    this.data = d;
    var step = this.querySelector('.api-step');
    step.innerHTML = '<ion-card class="api-reg-card"><ion-card-header><ion-card-title>API Registration</ion-card-title><ion-card-subtitle>GSTIN: ' + esc(d.gstin) + '</ion-card-subtitle></ion-card-header><ion-card-content>' +
      '<form class="api-reg-form" novalidate>' +
      '<ion-list lines="none" class="reg-mode-list"><ion-radio-group class="reg-mode"><ion-list-header><ion-label class="ion-text-wrap">Do you wish to Register your GSTIN for</ion-label></ion-list-header>' +
      d.modes.map(function (m) { return '<ion-item><ion-radio value="' + esc(m.value) + '" justify="start" label-placement="end">' + esc(m.label) + '</ion-radio></ion-item>'; }).join('') +
      '</ion-radio-group></ion-list>' +
      '<div class="mode-note" hidden><ion-note color="medium"></ion-note></div>' +
      '<div class="gsp-fields" hidden>' +
      '<ion-select class="gsp-select" label="Select your GSP" label-placement="floating" fill="outline" interface="alert" placeholder="Select">' +
      d.gsps.map(function (g) { return '<ion-select-option value="' + esc(g.id) + '">' + esc(g.name) + '</ion-select-option>'; }).join('') + '</ion-select>' +
      '<ion-input class="api-username" name="apiUserName" label="Username" label-placement="floating" fill="outline" maxlength="12" autocomplete="off" helper-text="4 to 12 letters or digits. The prefix API_ is added for you." error-text="Please enter the Username"><span slot="start" class="api-prefix">API_</span></ion-input>' +
      '<ion-input class="api-password" name="apiPassword" type="password" label="Password" label-placement="floating" fill="outline" maxlength="15" autocomplete="new-password" helper-text="8 to 15 characters with an uppercase letter, a lowercase letter, a digit and a special character." error-text="Please enter the Password">' + eyeToggle() + '</ion-input>' +
      '<ion-input class="api-password2" name="apiPasswordConfirm" type="password" label="Re-enter Password" label-placement="floating" fill="outline" maxlength="15" autocomplete="new-password" error-text="Please re-enter the Password">' + eyeToggle() + '</ion-input>' +
      '</div>' +
      '<div class="button-row"><ion-button type="submit">Submit</ion-button><ion-button color="danger" fill="outline" class="reg-exit">Exit</ion-button></div>' +
      '<ion-note color="danger" class="form-message" role="alert"></ion-note><ion-text color="success" class="form-success" role="status"></ion-text>' +
      '</form></ion-card-content></ion-card>';
    wireToggles(step);
    var form = step.querySelector('form');
    form.addEventListener('submit', function (ev) { ev.preventDefault(); self.submit(); });
    step.querySelector('.reg-exit').addEventListener('click', function () { Router.push('/dashboard', 'root'); });
    step.querySelector('.reg-mode').addEventListener('ionChange', function (ev) { self.modeChanged(ev.detail.value); });
    step.querySelector('.gsp-select').addEventListener('ionChange', function (ev) { ev.target.classList.remove('ion-invalid'); });
    this.renderRegistered(d.registered, d.gstin);
  },
  modeChanged: function (v) {
    var gsp = this.querySelector('.gsp-fields'), note = this.querySelector('.mode-note');
    gsp.hidden = v !== 'GSP';
    note.hidden = v === 'GSP' || !MODE_NOTES[v];
    note.querySelector('ion-note').textContent = MODE_NOTES[v] || '';
    this.message('');
  },
  message: function (m, ok) {
    this.querySelector('.api-reg-form .form-message').textContent = ok ? '' : (m || '');
    this.querySelector('.api-reg-form .form-success').textContent = ok ? (m || '') : '';
  },
  submit: function () {
    var self = this;
    var mode = this.querySelector('.reg-mode').value;
    this.message('');
    if (!mode) { this.message('Please select how you wish to register your GSTIN.'); return; }
    if (mode !== 'GSP') {
      var lbl = this.data.modes.filter(function (m) { return m.value === mode; })[0];
      this.message('Registration "' + (lbl ? lbl.label : mode) + '" is not enabled for this GSTIN. Please register Through GSP.');
      return;
    }
    var sel = this.querySelector('.gsp-select'), u = this.querySelector('.api-username'), p = this.querySelector('.api-password'), p2 = this.querySelector('.api-password2');
    var bad = [];
    if (!sel.value) { setInvalid(sel); bad.push('Please select your GSP.'); }
    var name = u.value.trim();
    if (!name) { setInvalid(u, 'Please enter the Username'); bad.push('Please enter the Username.'); }
    else if (!/^[A-Za-z0-9]{4,12}$/.test(name)) { setInvalid(u, 'Use 4 to 12 letters or digits after API_'); bad.push('The Username must be 4 to 12 letters or digits after API_.'); }
    if (!p.value) { setInvalid(p, 'Please enter the Password'); bad.push('Please enter the Password.'); }
    else if (!INIT.passwordRule.test(p.value)) { setInvalid(p, 'The Password does not meet the rules'); bad.push('The Password must be 8 to 15 characters with an uppercase letter, a lowercase letter, a digit and a special character.'); }
    if (!p2.value) { setInvalid(p2, 'Please re-enter the Password'); bad.push('Please re-enter the Password.'); }
    else if (p.value && p2.value !== p.value) { setInvalid(p2, 'The Passwords do not match'); bad.push('Password and Re-enter Password do not match.'); }
    if (bad.length) { this.message(bad[0]); return; }
    var gspName = sel.getText();
    var alert = I.alertController.create({
      header: 'Confirm',
      message: 'Do you want to create the API user API_' + name + ' for ' + gspName + '?',
      buttons: [
        { text: 'Cancel', role: 'cancel' },
        { text: 'Confirm', handler: function () { self.send(mode, sel.value, name, p.value, p2.value); } }
      ]
    });
    alert.present();
  },
  send: function (mode, gspId, name, pwd, pwd2) {
    var self = this;
    api('/api/api-user/register', { mode: mode, gspId: gspId, userName: name, password: pwd, confirmPassword: pwd2 }).then(function (r) {
      if (!r) return;
      if (!r.ok) {
        self.message(r.message);
        presentToast(r.message, 'danger');
        if (r.field === 'gsp') setInvalid(self.querySelector('.gsp-select'));
        if (r.field === 'username') setInvalid(self.querySelector('.api-username'), 'This Username is already taken');
        return;
      }
      self.message(r.message, true);
      presentToast(r.message, 'success');
      ['.api-username', '.api-password', '.api-password2'].forEach(function (s) { self.querySelector(s).value = ''; });
      self.querySelector('.gsp-select').value = null;
      self.renderRegistered(r.registered, self.data.gstin);
    });
  },
  renderRegistered: function (list, gstin) {
    this.querySelector('.registered-wrap').innerHTML = '<ion-card class="registered-card"><ion-card-header><ion-card-title>GSPs registered for your GSTIN</ion-card-title><ion-card-subtitle>GSTIN: ' + esc(gstin) + '</ion-card-subtitle></ion-card-header><ion-card-content>' +
      (list.length ? '<ion-list lines="full">' + list.map(function (r) {
        return '<ion-item><ion-label class="ion-text-wrap"><h2>' + esc(r.gsp) + '</h2><p>API Username: ' + esc(r.username) + ' &middot; Registered on ' + esc(r.createdOn) + '</p></ion-label><ion-badge slot="end" color="success">Active</ion-badge></ion-item>';
      }).join('') + '</ion-list>' : '<p>No GSP is registered for this GSTIN yet.</p>') + '</ion-card-content></ion-card>';
  }
});

definePage('page-generic', {
  render: function () {
    var key = (this.routeParams.section || '') + '/' + (this.routeParams.page || '');
    var title = INIT.titles[key];
    this.innerHTML = pageHeader('e-Invoice System') + '<ion-content class="ion-padding"><div class="page-wrap"><h1 class="page-heading">' + esc(title || 'Page not found') + '</h1>' +
      '<ion-card><ion-card-content>' + (title ? 'No records found.' : 'The page you requested does not exist.') + '</ion-card-content></ion-card></div></ion-content>';
    wireHeader(this);
    if (title && key.indexOf('help/') !== 0) api('/api/session/check', {}, { silent: true });
  }
});
definePage('page-not-found', {
  render: function () {
    this.innerHTML = pageHeader('e-Invoice System') + '<ion-content class="ion-padding"><div class="page-wrap"><h1 class="page-heading">Page not found</h1><ion-card><ion-card-content>The page you requested does not exist.</ion-card-content></ion-card></div></ion-content>';
    wireHeader(this);
  }
});

INIT.passwordRule = new RegExp(INIT.passwordRuleSource);
renderMenu();
Router.init();
document.documentElement.classList.add('hydrated');
})();
`;

/* ------------------------------------------------------------------------------------------
 * Server side: captcha picture, sessions, JSON endpoints, the page shell.
 * ---------------------------------------------------------------------------------------- */

/** A stroke font on a 4 x 6 grid, so the captcha is a picture of lines, not SVG text. */
const GLYPHS: Record<string, string> = {
  A: '0,6 0,2 2,0 4,2 4,6;0,3 4,3',
  B: '0,0 0,6 3,6 4,5 4,4 3,3 0,3;0,0 3,0 4,1 4,2 3,3',
  C: '4,1 3,0 1,0 0,1 0,5 1,6 3,6 4,5',
  D: '0,0 0,6 2,6 4,4 4,2 2,0 0,0',
  E: '4,0 0,0 0,6 4,6;0,3 3,3',
  F: '4,0 0,0 0,6;0,3 3,3',
  G: '4,1 3,0 1,0 0,1 0,5 1,6 3,6 4,5 4,3 2,3',
  H: '0,0 0,6;4,0 4,6;0,3 4,3',
  I: '1,0 3,0;2,0 2,6;1,6 3,6',
  J: '4,0 4,5 3,6 1,6 0,5',
  K: '0,0 0,6;4,0 0,3 4,6',
  L: '0,0 0,6 4,6',
  M: '0,6 0,0 2,3 4,0 4,6',
  N: '0,6 0,0 4,6 4,0',
  O: '1,0 3,0 4,1 4,5 3,6 1,6 0,5 0,1 1,0',
  P: '0,6 0,0 3,0 4,1 4,2 3,3 0,3',
  Q: '1,0 3,0 4,1 4,5 3,6 1,6 0,5 0,1 1,0;2,4 4,6',
  R: '0,6 0,0 3,0 4,1 4,2 3,3 0,3;2,3 4,6',
  S: '4,1 3,0 1,0 0,1 0,2 1,3 3,3 4,4 4,5 3,6 1,6 0,5',
  T: '0,0 4,0;2,0 2,6',
  U: '0,0 0,5 1,6 3,6 4,5 4,0',
  V: '0,0 2,6 4,0',
  W: '0,0 1,6 2,3 3,6 4,0',
  X: '0,0 4,6;4,0 0,6',
  Y: '0,0 2,3 4,0;2,3 2,6',
  Z: '0,0 4,0 0,6 4,6',
  '0': '1,0 3,0 4,1 4,5 3,6 1,6 0,5 0,1 1,0;4,1 0,5',
  '1': '1,1 2,0 2,6;1,6 3,6',
  '2': '0,1 1,0 3,0 4,1 4,2 0,6 4,6',
  '3': '0,1 1,0 3,0 4,1 4,2 3,3 4,4 4,5 3,6 1,6 0,5;1,3 3,3',
  '4': '3,6 3,0 0,4 4,4',
  '5': '4,0 0,0 0,3 3,3 4,4 4,5 3,6 0,6',
  '6': '3,0 1,0 0,1 0,5 1,6 3,6 4,5 4,4 3,3 0,3',
  '7': '0,0 4,0 1,6',
  '8': '1,0 3,0 4,1 4,2 3,3 1,3 0,4 0,5 1,6 3,6 4,5 4,4 3,3;1,3 0,2 0,1 1,0',
  '9': '4,3 1,3 0,2 0,1 1,0 3,0 4,1 4,5 3,6 1,6',
};

function rnd(min: number, max: number): number {
  return min + (randomBytes(2).readUInt16BE(0) / 65535) * (max - min);
}

function captchaDataUri(code: string): string {
  const W = 160;
  const H = 50;
  const colors = ['#1b3a6b', '#7a1f3d', '#1f5e3a', '#5a3b00', '#3d2b7a'];
  const parts: string[] = [`<rect width="${W}" height="${H}" fill="#eef2f8"/>`];
  for (let i = 0; i < 7; i++) {
    parts.push(
      `<path d="M${rnd(0, W).toFixed(1)} ${rnd(0, H).toFixed(1)} Q${rnd(0, W).toFixed(1)} ${rnd(0, H).toFixed(1)} ${rnd(0, W).toFixed(1)} ${rnd(0, H).toFixed(1)}" stroke="${colors[i % colors.length]}" stroke-opacity="0.45" stroke-width="${rnd(0.6, 1.6).toFixed(1)}" fill="none"/>`,
    );
  }
  for (let i = 0; i < 60; i++) {
    parts.push(
      `<circle cx="${rnd(0, W).toFixed(1)}" cy="${rnd(0, H).toFixed(1)}" r="${rnd(0.4, 1.3).toFixed(1)}" fill="#556" fill-opacity="0.5"/>`,
    );
  }
  const chars = code.toUpperCase().split('');
  const step = (W - 24) / Math.max(chars.length, 1);
  chars.forEach((ch, i) => {
    const glyph = GLYPHS[ch];
    if (!glyph) return;
    const x = 14 + i * step + rnd(-2, 2);
    const y = 9 + rnd(-3, 3);
    const rot = rnd(-22, 22).toFixed(1);
    const d = glyph
      .split(';')
      .map((stroke) => `M${stroke.trim().split(' ').join(' L')}`)
      .join(' ');
    parts.push(
      `<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) rotate(${rot} 9 15) scale(4.6 5.2)"><path d="${d}" fill="none" stroke="${colors[i % colors.length]}" stroke-width="0.55" stroke-linecap="round" stroke-linejoin="round" vector-effect="none"/></g>`,
    );
  });
  for (let i = 0; i < 3; i++) {
    parts.push(
      `<line x1="0" y1="${rnd(8, H - 8).toFixed(1)}" x2="${W}" y2="${rnd(8, H - 8).toFixed(1)}" stroke="#334" stroke-opacity="0.35" stroke-width="1"/>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

const LOGO_URI = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#fff"/><circle cx="32" cy="32" r="25" fill="none" stroke="#0b3d91" stroke-width="3"/><path d="M21 25h22M21 33h22M30 17c8 0 8 16 0 16l10 14" fill="none" stroke="#f08a24" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/></svg>',
)}`;
const BLANK_URI = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="160" height="50"/>')}`;

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'auth';
  lastSeen: number;
  contactPending: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  lastLogin: string;
}
interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  createdOn: string;
}
type PageKind = 'public' | 'otp' | 'auth';

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function pageKind(path: string): PageKind | null {
  if (path === '/' || path === '/login') return 'public';
  if (path === '/login/otp') return 'otp';
  if (path === '/dashboard' || path === '/api-registration/create-api-user') return 'auth';
  const key = path.slice(1);
  if (PAGE_TITLES[key]) return key.startsWith('help/') ? 'public' : 'auth';
  return null;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}
function today(): string {
  const d = new Date();
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}
function nowStamp(): string {
  const d = new Date();
  return `${today()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > 64 * 1024) break;
    chunks.push(b);
  }
  try {
    const v: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function shell(initial: Record<string, unknown>): string {
  const state = JSON.stringify(initial).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en" dir="ltr" mode="md" class="plt-desktop md">
<head>
<meta charset="utf-8">
<title>e-Invoice System</title>
<meta name="viewport" content="viewport-fit=cover, width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="color-scheme" content="light">
<meta name="format-detection" content="telephone=no">
<meta name="msapplication-tap-highlight" content="no">
<meta name="theme-color" content="#3880ff">
<link rel="icon" type="image/svg+xml" href="${LOGO_URI}">
<style>${GLOBAL_CSS}</style>
</head>
<body>
<ion-app>
  <ion-router use-hash="false">
    <ion-route url="/" component="page-home"></ion-route>
    <ion-route url="/login" component="page-login"></ion-route>
    <ion-route url="/login/otp" component="page-login-otp"></ion-route>
    <ion-route url="/dashboard" component="page-dashboard"></ion-route>
    <ion-route url="/api-registration/create-api-user" component="page-api-user"></ion-route>
    <ion-route url="/:section/:page" component="page-generic"></ion-route>
  </ion-router>
  <ion-split-pane content-id="main" when="lg">
    <ion-menu content-id="main" type="overlay"><ion-content></ion-content></ion-menu>
    <ion-router-outlet id="main"></ion-router-outlet>
  </ion-split-pane>
</ion-app>
<script id="app-state" type="application/json">${state}</script>
<script>${CLIENT_RUNTIME}</script>
<script>${CLIENT_APP}</script>
</body>
</html>`;
}

export async function startIonicR24Rendition(options: IonicR24Options = {}): Promise<IonicR24Rendition> {
  const state: IonicR24State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** The older registration that already exists for the GSTIN (kept out of state.users). */
  const seeded: Registration[] = [
    { gstin: state.gstin, gsp: 'TERA SOFTWARE LIMITED', username: 'API_fusiontera', createdOn: '14/08/2021' },
  ];
  const sessions = new Map<string, Session>();
  let expireUsed = false;

  const sessionId = (req: IncomingMessage): string | undefined =>
    parseCookies(req.headers.cookie)[SESSION_COOKIE];
  const getSession = (req: IncomingMessage): Session | undefined => {
    const id = sessionId(req);
    const s = id ? sessions.get(id) : undefined;
    if (!s) return undefined;
    if (Date.now() - s.lastSeen > SESSION_IDLE_MS) {
      sessions.delete(s.id);
      return undefined;
    }
    s.lastSeen = Date.now();
    return s;
  };
  const newSession = (res: ServerResponse, stage: Session['stage']): Session => {
    const s: Session = {
      id: randomBytes(18).toString('base64url'),
      stage,
      lastSeen: Date.now(),
      contactPending: false,
      apiOtpSent: false,
      apiOtpVerified: false,
      lastLogin: '',
    };
    sessions.set(s.id, s);
    res.setHeader('Set-Cookie', `${SESSION_COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Lax`);
    return s;
  };
  const dropSession = (req: IncomingMessage): void => {
    const id = sessionId(req);
    if (id) sessions.delete(id);
  };
  /** expireOnce: the first request of the stage loses its session, once per server. */
  const expireHere = (stage: IonicR24Expiry, req: IncomingMessage): boolean => {
    if (options.expireOnce !== stage || expireUsed) return false;
    expireUsed = true;
    dropSession(req);
    state.expired.push(stage);
    return true;
  };
  const lost = (res: ServerResponse): void =>
    sendJson(res, 401, {
      ok: false,
      code: 'SESSION_EXPIRED',
      message: EXPIRED_MESSAGE,
      redirect: '/login?expired=1',
    });
  const authed = (req: IncomingMessage): Session | undefined => {
    const s = getSession(req);
    return s && s.stage === 'auth' ? s : undefined;
  };
  const user = () => ({ gstin: state.gstin, tradeName: TRADE_NAME, userName: IONIC_R24_LOGIN.username });
  const allRegistrations = (): Registration[] => [
    ...seeded,
    ...state.users.map((u) => ({ gstin: u.gstin, gsp: u.gsp, username: u.username, createdOn: u.createdOn })),
  ];
  const registered = (): Registration[] => allRegistrations().filter((r) => r.gstin === state.gstin);

  type Handler = (req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>) => void;
  const api: Record<string, Handler> = {
    '/api/captcha': (req, res) => {
      if (!getSession(req)) newSession(res, 'anon');
      sendJson(res, 200, { ok: true, image: captchaDataUri(state.captcha) });
    },
    '/api/login': (req, res, b) => {
      const old = getSession(req);
      if (str(b.captcha).trim().toUpperCase() !== state.captcha.toUpperCase()) {
        if (!old) newSession(res, 'anon');
        state.refusals.push('captcha');
        sendJson(res, 200, {
          ok: false,
          field: 'captcha',
          message: 'Invalid Captcha. Please enter the characters shown in the image.',
        });
        return;
      }
      const okUser = str(b.userName).trim().toLowerCase() === IONIC_R24_LOGIN.username.toLowerCase();
      if (!okUser || str(b.password) !== IONIC_R24_LOGIN.password) {
        if (!old) newSession(res, 'anon');
        state.refusals.push('login');
        sendJson(res, 200, {
          ok: false,
          field: 'login',
          message: 'Invalid Login Credentials. Please check your User Name and Password.',
        });
        return;
      }
      dropSession(req);
      newSession(res, 'otp');
      sendJson(res, 200, { ok: true, mobile: MOBILE_MASK });
    },
    '/api/login/otp/status': (req, res) => {
      const s = getSession(req);
      if (!s || s.stage === 'anon') return lost(res);
      sendJson(res, 200, { ok: true, authenticated: s.stage === 'auth', mobile: MOBILE_MASK });
    },
    '/api/login/otp/resend': (req, res) => {
      const s = getSession(req);
      if (s?.stage !== 'otp') return lost(res);
      sendJson(res, 200, {
        ok: true,
        message: `The OTP has been sent again to your registered mobile number ${MOBILE_MASK}.`,
      });
    },
    '/api/login/otp/verify': (req, res, b) => {
      const s = getSession(req);
      if (s?.stage !== 'otp') return lost(res);
      if (str(b.otp).trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        sendJson(res, 200, {
          ok: false,
          message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
        });
        return;
      }
      s.stage = 'auth';
      s.contactPending = true;
      s.lastLogin = nowStamp();
      sendJson(res, 200, { ok: true, user: user() });
    },
    '/api/dashboard': (req, res) => {
      const s = authed(req);
      if (!s) return lost(res);
      const contact = s.contactPending ? TECH_CONTACT : null;
      s.contactPending = false;
      sendJson(res, 200, {
        ok: true,
        user: user(),
        lastLogin: s.lastLogin || nowStamp(),
        stats: { generations: '1,284', cancelled: '37' },
        contact,
      });
    },
    '/api/session/check': (req, res) => {
      if (!authed(req)) return lost(res);
      sendJson(res, 200, { ok: true });
    },
    '/api/logout': (req, res) => {
      dropSession(req);
      res.setHeader('Set-Cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
      sendJson(res, 200, { ok: true });
    },
    '/api/api-user/send-otp': (req, res) => {
      if (expireHere('api-otp-send', req)) return lost(res);
      const s = authed(req);
      if (!s) return lost(res);
      s.apiOtpSent = true;
      s.apiOtpVerified = false;
      sendJson(res, 200, {
        ok: true,
        mobile: MOBILE_MASK,
        message: `An OTP has been sent to your registered mobile number ${MOBILE_MASK}.`,
      });
    },
    '/api/api-user/verify-otp': (req, res, b) => {
      if (expireHere('api-otp-verify', req)) return lost(res);
      const s = authed(req);
      if (!s) return lost(res);
      if (!s.apiOtpSent) {
        sendJson(res, 200, { ok: false, message: 'Please request an OTP first (Resend OTP).' });
        return;
      }
      if (str(b.otp).trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        sendJson(res, 200, {
          ok: false,
          message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
        });
        return;
      }
      s.apiOtpVerified = true;
      sendJson(res, 200, {
        ok: true,
        message: 'OTP verified successfully.',
        gstin: state.gstin,
        modes: MODES,
        gsps: GSPS,
        registered: registered(),
      });
    },
    '/api/api-user/register': (req, res, b) => {
      if (expireHere('submit', req)) return lost(res);
      const s = authed(req);
      if (!s) return lost(res);
      const fail = (message: string, field?: string) => sendJson(res, 200, { ok: false, field, message });
      if (!s.apiOtpVerified)
        return fail('Please verify the OTP sent to your registered mobile number first.');
      if (str(b.mode) !== 'GSP')
        return fail('Please choose "Through GSP" to register your GSTIN with a GSP.', 'mode');
      const gsp = GSPS.find((g) => g.id === str(b.gspId));
      if (!gsp) return fail('Please select your GSP.', 'gsp');
      const typed = str(b.userName).trim();
      if (!API_USER_RULE.test(typed))
        return fail('The Username must be 4 to 12 letters or digits after API_.', 'username');
      const password = str(b.password);
      if (!PASSWORD_RULE.test(password)) {
        return fail(
          'The Password must be 8 to 15 characters with an uppercase letter, a lowercase letter, a digit and a special character.',
          'password',
        );
      }
      if (password !== str(b.confirmPassword))
        return fail('Password and Re-enter Password do not match.', 'confirm');
      const all = allRegistrations();
      if (all.some((r) => r.gstin === state.gstin && r.gsp.toUpperCase() === gsp.name.toUpperCase())) {
        state.refusals.push('duplicate');
        return fail(`Your GSTIN ${state.gstin} is already registered with the GSP ${gsp.name}.`, 'gsp');
      }
      const username = `API_${typed}`;
      if (all.some((r) => r.username.toLowerCase() === username.toLowerCase())) {
        state.refusals.push('username-taken');
        return fail(`The Username ${username} is already taken. Please choose another Username.`, 'username');
      }
      state.users.push({ gstin: state.gstin, gsp: gsp.name, username, password, createdOn: today() });
      sendJson(res, 200, {
        ok: true,
        message: `API user ${username} has been created successfully for ${gsp.name}.`,
        registered: registered(),
      });
    },
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    if (req.method === 'POST' && path.startsWith('/api/')) {
      const handler = api[path];
      if (!handler) {
        sendJson(res, 404, { ok: false, message: 'Not found' });
        return;
      }
      const body = await readJson(req);
      handler(req, res, body);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, POST' });
      res.end();
      return;
    }
    const kind = pageKind(path);
    const s = getSession(req);
    if (kind === 'auth' && s?.stage !== 'auth') {
      res.writeHead(302, { Location: '/login?expired=1', 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    if (kind === 'otp' && (!s || s.stage === 'anon')) {
      res.writeHead(302, { Location: '/login?expired=1', 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    const html = shell({
      auth: s?.stage === 'auth' ? user() : null,
      titles: PAGE_TITLES,
      logo: LOGO_URI,
      blank: BLANK_URI,
      passwordRuleSource: PASSWORD_RULE.source,
      shadowCss: SHADOW_CSS,
    });
    res.writeHead(kind ? 200 : 404, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Length': Buffer.byteLength(html),
    });
    res.end(req.method === 'HEAD' ? undefined : html);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
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
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
