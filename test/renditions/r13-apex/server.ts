/**
 * Rendition r13-apex: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as an Oracle APEX 20+ application on the
 * Universal Theme (Vita) would draw it, the way many Indian government departments build them: every
 * page rendered by "the APEX engine" (this file), friendly URLs `/ords/r/einv/einvoice/<alias>?session=N`
 * (and the classic `/ords/f?p=100:<page>:<session>` form, redirected), one `<form id="wwvFlowForm">`
 * per page with p_flow_id / p_flow_step_id / p_instance / p_page_submission_id / p_request, page items
 * `P<page>_<NAME>` in `t-Form-fieldContainer`s. A small hand-written `apex` runtime (no jQuery, no
 * network) reproduces apex.submit (AJAX page submit to `wwv_flow.accept`, "Reload on Submit: Only for
 * Success": errors come back as JSON and are drawn without a reload), apex.server.process (POSTs to
 * `wwv_flow.ajax`, `p_request=APPLICATION_PROCESS=...`), apex.message (floating `#t_Alert_Notification`
 * "1 error has occurred" + inline `span.t-Form-error`; `#t_Alert_Success` that fades after 5 s;
 * alert/confirm as jQuery UI `ui-dialog--notification` dialogs), jQuery UI dialogs (`div.ui-dialog` +
 * a separate `div.ui-widget-overlay.ui-front` appended to body, titlebar `button.ui-dialog-titlebar-close`
 * title "Close", Escape closes, draggable title bar), the side-navigation treeView (`t-TreeNav` built by
 * script from a hidden `<ul>`: `li.a-TreeView-node`, `span.a-TreeView-toggle`, groups slide open 200 ms)
 * and the Popup LOV (APEX 19.2+).
 *
 * Choices made where the docs are silent:
 * - `/` -> `home` (page 100, public: hero, updates, a navigation-bar "Login" link `a#btnLogin`) ->
 *   `login` (page 101, Universal Theme login page, floating labels: Username, Password, a captcha
 *   picture `img#captcha_image` (SVG from `f?p=100:0:<session>:APPLICATION_PROCESS=CAPTCHA_IMAGE`,
 *   fresh noise each time, case-insensitive) with a refresh button, "Enter Captcha", button "Login").
 *   Captcha checked first: "Invalid Captcha. Please enter the characters shown in the image." (inline
 *   and page); then "Invalid Login Credentials. Please check your Username and Password." (page).
 *   Any refusal clears the captcha box and redraws the picture. Enter in a field submits. A "Remember
 *   username" checkbox under the captcha also answers to the label "Username".
 * - `two-factor-authentication` (page 102): "Enter OTP", "Verify OTP" (`#btnVerifyOTP`), "Resend OTP".
 *   Wrong: "Invalid OTP. Please enter the correct OTP sent to your registered mobile number.".
 * - `dash-board` (page 1, breadcrumb heading "Dash Board", badge list Generations / Cancelled / ...).
 *   On the first dashboard of a login two popups: a modal dialog PAGE "Advisory" (an iframe in a
 *   `ui-dialog--apex`, its own "Close" button inside the frame, the × outside), then ~300 ms later (after
 *   an AJAX call) the inline dialog region "Contacts of Technical Person" (`ui-dialog--inline`, editable
 *   Name / Mobile / E-mail, buttons "Exit" (t-Button--danger) and "Update") on top of it.
 * - Side nav: Dash Board; e-Invoice (Generate IRN, Bulk Upload, Cancel IRN, Print e-Invoice); API
 *   Registration (User Credentials (Create API User, View API Users), IP Whitelisting, Freeze API User,
 *   Change API Password); MIS Reports; User Management. Group labels toggle like their toggles.
 * - `create-api-user` (page 20): region "API Registration" with GSTIN, a hot "Send OTP" button (AJAX
 *   SEND_API_OTP; then "OTP has been sent to your registered mobile number XXXXXX7310" as a success
 *   message, "Enter OTP" + "Verify OTP" appear, Send becomes "Resend OTP" disabled for 30 s). Wrong OTP:
 *   "Invalid OTP. Please enter the valid OTP sent to your registered mobile number." (inline + page, box
 *   emptied). Verified: the region hides and "Create API User" shows: pill radio group "Do you wish to
 *   Register your GSTIN for" (Directly / Through GSP / Through ERP / Through Client-Id of other: only
 *   Through GSP shows the fields, the others an info alert), Popup LOV "Select your GSP" (read-only
 *   looking text + `button.a-Button--popupLOV`; clicking, or typing/filling it, opens the dialog "Select
 *   your GSP" with `input.a-PopupLOV-search`, a Search button and an `a-GV` grid fetched by AJAX; a row
 *   click fills the text and the hidden return value `P20_GSP`), "Username" with pre-text `API_` (a typed
 *   leading API_ is not doubled; 3-30 of A-Z a-z 0-9 _ . -), "Password" and "Re-enter Password" (8-20
 *   with upper, lower, digit, special), buttons "Exit" and "Submit". Submit asks apex.confirm "Are you
 *   sure you want to create the API user? ..." (Cancel / OK), then posts SUBMIT. Refusals as page
 *   errors: "GSTIN ... is already registered with the GSP ..." (duplicate; Tera Software Limited is on
 *   file) and "Username API_x is already in use. Please choose a different Username." (username-taken;
 *   API_admin, API_test, API_einvoice or any on file). Success reloads the page with `#t_Alert_Success`
 *   "API User API_x has been created successfully for <GSP>." (fades after 5 s) and the classic report
 *   "Registered GSPs for GSTIN ..." gains the row; a new user needs a new OTP.
 * - Sessions: cookie `ORA_WWV_APP_100` + the session id in the URL, server-side state, 30 min idle.
 *   A page request with a dead session is a 302 to `login?session=<new>` which shows the warning
 *   "Your session has ended." / "Please sign in again to continue.". An AJAX call or page submit with a
 *   dead session answers JSON `{error:"Your session has ended.", sessionEnded:true, loginURL}` and the
 *   runtime shows an alert dialog "Session Expired" / "Your session has ended." with OK, which goes to
 *   the login page. expireOnce deletes the session at the first SEND_API_OTP, VERIFY_API_OTP or SUBMIT.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type ApexR13Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface ApexR13Options {
  expireOnce?: ApexR13Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface ApexR13State {
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

export interface ApexR13Rendition {
  url: string;
  close(): Promise<void>;
  state: ApexR13State;
}

export const APEX_R13_LOGIN: { username: string; password: string } = {
  username: 'apexnic27',
  password: 'Apex@Portal13',
};

const APP_ID = 100;
const BASE = '/ords/r/einv/einvoice/';
const COOKIE = `ORA_WWV_APP_${APP_ID}`;
const IDLE_MS = 30 * 60 * 1000;
const MOBILE = 'XXXXXX7310';

interface PageDef {
  id: number;
  title: string;
  auth: boolean;
  /** Placeholder pages show an empty report. */
  placeholder?: boolean;
}

const PAGES: Record<string, PageDef> = {
  home: { id: 100, title: 'Home', auth: false },
  login: { id: 101, title: 'Login', auth: false },
  'two-factor-authentication': { id: 102, title: 'Two Factor Authentication', auth: false },
  'dash-board': { id: 1, title: 'Dash Board', auth: true },
  'generate-irn': { id: 10, title: 'Generate IRN', auth: true, placeholder: true },
  'bulk-upload': { id: 11, title: 'Bulk Upload', auth: true, placeholder: true },
  'cancel-irn': { id: 12, title: 'Cancel IRN', auth: true, placeholder: true },
  'print-e-invoice': { id: 13, title: 'Print e-Invoice', auth: true, placeholder: true },
  'create-api-user': { id: 20, title: 'Create API User', auth: true },
  'view-api-users': { id: 21, title: 'View API Users', auth: true, placeholder: true },
  'ip-whitelisting': { id: 22, title: 'IP Whitelisting', auth: true, placeholder: true },
  'freeze-api-user': { id: 23, title: 'Freeze API User', auth: true, placeholder: true },
  'change-api-password': { id: 24, title: 'Change API Password', auth: true, placeholder: true },
  'mis-reports': { id: 30, title: 'MIS Reports', auth: true, placeholder: true },
  'user-management': { id: 40, title: 'User Management', auth: true, placeholder: true },
  advisory: { id: 50, title: 'Advisory', auth: true },
};

const GSPS: { code: string; name: string }[] = [
  ['GSP001', 'Adaequare Info Private Limited'],
  ['GSP002', 'ALANKIT LIMITED'],
  ['GSP003', 'BVM IT Consulting Services India Private Limited'],
  ['GSP004', 'Botree Software International Pvt Ltd'],
  ['GSP005', 'Chartered Information Systems Private Limited'],
  ['GSP006', 'Cygnet Infotech Private Ltd'],
  ['GSP007', 'DEFMACRO SOFTWARE PRIVATE LIMITED'],
  ['GSP008', 'Deloitte Touche Tohmatsu India LLP'],
  ['GSP009', 'Ernst & Young LLP'],
  ['GSP010', 'Excellon Software Private Limited'],
  ['GSP011', 'IRIS BUSINESS SERVICES LIMITED'],
  ['GSP012', 'KARVY DATA MANAGEMENT SERVICES LTD'],
  ['GSP013', 'Masters India Private Limited'],
  ['GSP014', 'Reliance Corporate IT Park Limited'],
  ['GSP015', 'Relyon Softech Ltd'],
  ['GSP016', 'SAG Infotech Private Limited'],
  ['GSP017', 'Sify Technologies Limited'],
  ['GSP018', 'Tally ( India) Private Ltd'],
  ['GSP019', 'Tata Consultancy Services Limited'],
  ['GSP020', 'Tera Software Limited'],
  ['GSP021', 'Vay Network Services Pvt. Ltd.'],
  ['GSP022', 'Webtel Electrosoft Private Limited'],
  ['GSP023', 'Wipro Limited'],
  ['GSP024', 'Zoho Corporation Private Limited'],
].map(([code, name]) => ({ code: code as string, name: name as string }));

/** Registrations on file before this run (not in state.users). */
const ON_FILE = [{ gsp: 'Tera Software Limited', username: 'API_tera27apf', createdOn: '14-AUG-2021 11:42' }];
const TAKEN_USERNAMES = ['API_ADMIN', 'API_TEST', 'API_EINVOICE'];

interface Sess {
  id: string;
  cookie: string;
  stage: 'public' | 'otp' | 'auth';
  user: string;
  lastSeen: number;
  popupsPending: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  notice: string;
  success: string;
  techContact: { name: string; mobile: string; email: string };
}

function esc(value: unknown): string {
  return String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function newSessionId(): string {
  return `${randomInt(1, 9)}${String(randomInt(0, 1e9)).padStart(9, '0')}${String(randomInt(0, 1e5)).padStart(5, '0')}`;
}

function apexDate(d: Date): string {
  const mon = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][
    d.getMonth()
  ];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}-${mon}-${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function pageUrl(alias: string, session: string): string {
  return `${BASE}${alias}?session=${session}`;
}

/* ------------------------------------------------------------------------------------------------
 * Universal Theme (Vita), the parts this application uses: theme42 core + Font APEX stand-ins.
 * ---------------------------------------------------------------------------------------------- */
const UT_CSS = String.raw`
*,*:before,*:after{box-sizing:border-box}
html{font-size:100%}
body{margin:0;font-family:-apple-system,"Segoe UI","Helvetica Neue",Helvetica,Arial,sans-serif;font-size:.875rem;line-height:1.25rem;color:#262626;background:#f5f5f5;-webkit-font-smoothing:antialiased}
a{color:#0572ce;text-decoration:none}a:hover{text-decoration:underline}
.u-VisuallyHidden,.u-vh{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;padding:0;margin:-1px}
.u-hidden{display:none!important}.u-visible{display:block}
.u-textCenter{text-align:center}.u-bold{font-weight:700}.u-color-danger-text{color:#d63b25}
.container{width:100%}.row{display:flex;flex-wrap:wrap;margin:0 -8px}.col{padding:0 8px;flex:1 1 0;min-width:0}
.col-12{flex:0 0 100%;max-width:100%}.col-6{flex:0 0 50%;max-width:50%}.col-4{flex:0 0 33.333%;max-width:33.333%}.col-8{flex:0 0 66.666%;max-width:66.666%}
/* icons: Font APEX stand-ins drawn with glyphs */
.fa,.t-Icon,.a-Icon{display:inline-block;font-style:normal;line-height:1;width:1rem;text-align:center;speak:none}
.fa-home:before{content:"\2302"}.fa-file-text-o:before{content:"\25A4"}.fa-key:before{content:"\2699"}.fa-bar-chart:before{content:"\2593"}
.fa-users:before{content:"\263A"}.fa-user:before{content:"\263B"}.fa-refresh:before{content:"\21BB"}.fa-mobile:before{content:"\2706"}
.icon-close:before,.ui-icon-closethick:before{content:"\00D7";font-size:1.25rem}
.icon-down-arrow:before{content:"\25BE"}.icon-search:before,.icon-popup-lov:before{content:"\2315";font-size:1.1rem}
/* header */
.t-Header{position:fixed;top:0;left:0;right:0;height:48px;z-index:800;background:#0572ce;color:#fff;box-shadow:0 1px 2px rgba(0,0,0,.15)}
.t-Header-branding{display:flex;align-items:center;height:48px}
.t-Header-controls{width:48px;display:flex;justify-content:center}
.t-Header-logo{flex:1;display:flex;align-items:center;padding-left:4px}
.t-Header-logo-link{color:#fff;font-size:1rem;font-weight:600;display:flex;align-items:center;gap:8px}
.t-Header-logo-link:hover{text-decoration:none}
.apex-logo-img{width:28px;height:28px;border-radius:50%;background:#fff;color:#0572ce;font-size:.7rem;font-weight:700;display:inline-flex;align-items:center;justify-content:center}
.t-Header-navBar{padding-right:8px}
.t-NavigationBar{list-style:none;margin:0;padding:0;display:flex}
.t-NavigationBar-item{position:relative}
.t-Button--header{background:transparent!important;color:#fff!important;box-shadow:none!important;height:48px;border-radius:0!important;padding:0 12px!important;font-size:.8125rem!important}
.t-Button--header:hover{background:rgba(255,255,255,.12)!important}
.t-Header-controlsIcon{display:inline-block;width:18px;height:2px;background:#fff;box-shadow:0 -5px 0 #fff,0 5px 0 #fff;vertical-align:middle}
.t-NavigationBar-menu{position:absolute;right:0;top:46px;background:#fff;color:#262626;min-width:180px;border-radius:2px;box-shadow:0 2px 8px rgba(0,0,0,.2);z-index:900}
.t-NavigationBar-menu ul{list-style:none;margin:0;padding:4px 0}.t-NavigationBar-menu a{display:block;padding:8px 16px;color:#262626}
.t-NavigationBar-menu a:hover{background:#f0f6fc;text-decoration:none}
/* body, side navigation */
.t-Body{padding-top:48px;min-height:100vh}
.t-Body-nav{position:fixed;top:48px;bottom:0;left:0;width:240px;background:#2d3339;overflow-y:auto;z-index:700;transition:width .2s}
.t-Body-main{margin-left:240px;transition:margin-left .2s;min-width:0}
.t-PageBody--noNav .t-Body-main{margin-left:0}.t-PageBody--noNav .t-Body-contentInner{max-width:1100px;margin:0 auto}
.js-navCollapsed .t-Body-nav{width:48px}.js-navCollapsed .t-Body-main{margin-left:48px}
.js-navCollapsed .a-TreeView-label,.js-navCollapsed .a-TreeView-toggle,.js-navCollapsed ul[role=group]{display:none!important}
.a-TreeView ul{list-style:none;margin:0;padding:0}
.a-TreeView-node{position:relative}
.a-TreeView-content{position:relative;display:flex;align-items:center;min-height:40px;padding:0 36px 0 12px;color:#e8eaec;cursor:pointer;user-select:none;outline:none}
ul[role=group] .a-TreeView-content{padding-left:44px;min-height:36px;font-size:.8125rem}
ul[role=group] ul[role=group] .a-TreeView-content{padding-left:60px}
.a-TreeView-content:hover{background:rgba(255,255,255,.08)}
.a-TreeView-content.is-focused{box-shadow:inset 0 0 0 1px rgba(255,255,255,.3)}
.a-TreeView-content.is-current{background:rgba(5,114,206,.55);color:#fff}
.a-TreeView-content.is-current--top{box-shadow:inset 4px 0 0 #3fa2f7}
.a-TreeView-icon{width:20px;margin-right:12px;color:#b8c0c8;font-size:1rem}
a.a-TreeView-label,span.a-TreeView-label{color:inherit;flex:1;text-decoration:none!important;padding:10px 0}
.a-TreeView-toggle{position:absolute;right:0;top:0;width:36px;height:40px;cursor:pointer;z-index:2;display:flex;align-items:center;justify-content:center;color:#b8c0c8}
ul[role=group] .a-TreeView-toggle{height:36px}
.a-TreeView-toggle:before{content:"";width:6px;height:6px;border-right:2px solid currentColor;border-bottom:2px solid currentColor;transform:rotate(-45deg);transition:transform .2s}
.is-collapsible>.a-TreeView-toggle:before{transform:rotate(45deg)}
.a-TreeView-node ul[role=group]{overflow:hidden}
/* breadcrumb title bar */
.t-Body-title{background:#fff;border-bottom:1px solid #e6e6e6;padding:12px 24px}
.t-Breadcrumb{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;font-size:.75rem;color:#707070}
.t-Breadcrumb-item:after{content:"/";margin:0 6px;color:#bbb}.t-Breadcrumb-item:last-child:after{content:""}
.t-Breadcrumb-item.is-active{flex-basis:100%}.t-Breadcrumb-item.is-active:after{content:""}
h1.t-Breadcrumb-label{font-size:1.5rem;line-height:2rem;font-weight:400;margin:2px 0 0;color:#262626}
.t-Body-content{padding:16px 24px 24px;position:relative}
.t-Body-contentInner{max-width:1180px}
/* regions */
.t-Region{background:#fff;border:1px solid rgba(0,0,0,.1);border-radius:2px;box-shadow:0 1px 2px rgba(0,0,0,.05);margin-bottom:16px}
.t-Region-header{display:flex;align-items:center;border-bottom:1px solid rgba(0,0,0,.075);padding:0 16px;min-height:48px;background:#fafafa}
.t-Region-headerItems--title{flex:1}.t-Region-title{font-size:1rem;font-weight:500;margin:0;padding:12px 0}
.t-Region-body{padding:16px}
.t-Region-buttons{display:flex;justify-content:space-between;padding:0 16px 16px}.t-Region-buttons--top{display:none}
.t-Region-buttons-left,.t-Region-buttons-right{display:flex;gap:8px}
.t-Region--noBorder{border:0;box-shadow:none;background:transparent}
.t-HeroRegion{display:flex;gap:20px;align-items:center;padding:28px 24px;background:linear-gradient(90deg,#0b3a66,#0572ce);color:#fff;border-radius:2px;margin-bottom:16px}
.t-HeroRegion-icon{width:64px;height:64px;border-radius:50%;background:rgba(255,255,255,.15);display:flex;align-items:center;justify-content:center;font-size:1.4rem;font-weight:700}
.t-HeroRegion-title{font-size:1.75rem;line-height:2.25rem;margin:0 0 4px;font-weight:400}.t-HeroRegion-desc{opacity:.85}
/* form items */
.t-Form-fieldContainer{display:block;padding:6px 0;position:relative}
.t-Form-labelContainer{padding:0 0 4px}
.t-Form-label{font-size:.75rem;color:#404040;font-weight:500;line-height:1rem}
.t-Form-fieldContainer.is-required .t-Form-label:after{content:" *";color:#d63b25}
.t-Form-itemWrapper{display:flex;align-items:stretch;width:100%}
.apex-item-text,.text_field,.password,.textarea,select.selectlist{flex:1;min-width:0;height:2.25rem;padding:.25rem .5rem;font:inherit;color:#262626;background:#fff;border:1px solid #dfdfdf;border-radius:2px;transition:border-color .15s,box-shadow .15s}
.apex-item-text:focus{outline:none;border-color:#0572ce;box-shadow:inset 0 0 0 1px #0572ce}
.apex-page-item-error{border-color:#d63b25!important}
.t-Form-itemText{display:flex;align-items:center;padding:0 .5rem;background:#f2f2f2;border:1px solid #dfdfdf;font-size:.8125rem;color:#505050;white-space:nowrap}
.t-Form-itemText--pre{border-right:0;border-radius:2px 0 0 2px}.t-Form-itemText--pre+input{border-radius:0 2px 2px 0}
.t-Form-inlineHelp{font-size:.6875rem;color:#707070;margin-top:4px;line-height:1rem}
.a-Form-error{display:none}.a-Form-error.u-visible{display:block}
.t-Form-error{display:block;color:#d63b25;font-size:.6875rem;line-height:1rem;margin-top:4px}
.display_only{display:block;min-height:2.25rem;padding:.5rem 0;font-weight:600}
.t-Form-fieldContainer--floatingLabel .t-Form-labelContainer{position:absolute;left:9px;top:15px;z-index:1;pointer-events:none;transition:transform .12s,font-size .12s,top .12s;padding:0}
.t-Form-fieldContainer--floatingLabel .t-Form-label{font-size:.875rem;color:#707070;font-weight:400;background:#fff;padding:0 2px}
.t-Form-fieldContainer--floatingLabel.is-active .t-Form-labelContainer{top:-2px}
.t-Form-fieldContainer--floatingLabel.is-active .t-Form-label{font-size:.6875rem;color:#0572ce}
.t-Form-fieldContainer--floatingLabel .apex-item-text{height:2.75rem;padding-top:.5rem}
/* pill button radio group */
.apex-item-group--rc{display:flex;flex-wrap:wrap}
.apex-item-option{position:relative}
.t-Form-fieldContainer--radioButtonGroup .apex-item-option input{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);margin:0;opacity:0}
.t-Form-fieldContainer--radioButtonGroup .apex-item-option label{display:inline-block;padding:.5rem .875rem;font-size:.8125rem;background:#f8f8f8;color:#383838;box-shadow:inset 0 0 0 1px rgba(0,0,0,.15);cursor:pointer;margin-right:-1px;transition:background .12s}
.t-Form-fieldContainer--radioButtonGroup .apex-item-option:first-child label{border-radius:2px 0 0 2px}
.t-Form-fieldContainer--radioButtonGroup .apex-item-option:last-child label{border-radius:0 2px 2px 0}
.t-Form-fieldContainer--radioButtonGroup .apex-item-option label:hover{background:#eee}
.t-Form-fieldContainer--radioButtonGroup .apex-item-option input:checked+label{background:#0572ce;color:#fff;box-shadow:inset 0 0 0 1px #0460ad}
.t-Form-fieldContainer--radioButtonGroup .apex-item-option input:focus+label{outline:2px solid rgba(5,114,206,.4);outline-offset:1px;position:relative}
.apex-item-single-checkbox{display:flex;align-items:center;gap:6px;font-size:.8125rem}
/* popup LOV */
.apex-item-popup-lov{border-radius:2px 0 0 2px;cursor:default;background:#fff}
.a-Button{font:inherit;border:1px solid #dfdfdf;background:#f8f8f8;color:#383838;cursor:pointer;padding:0 .625rem;border-radius:2px}
.a-Button--popupLOV{border-left:0;border-radius:0 2px 2px 0}.a-Button:hover{background:#eee}
.a-PopupLOV-searchBar{display:flex;padding:8px;border-bottom:1px solid #e6e6e6;gap:0}
.a-PopupLOV-search{height:2.25rem}
.a-PopupLOV-doSearch{border-left:0;border-radius:0 2px 2px 0}
.a-PopupLOV-results{flex:1;overflow-y:auto;min-height:120px}
.a-GV-table{width:100%;border-collapse:collapse}
.a-GV-header{text-align:left;font-size:.75rem;font-weight:600;padding:8px 12px;background:#fafafa;border-bottom:1px solid #e6e6e6;position:sticky;top:0}
.a-GV-row{cursor:pointer}.a-GV-cell{padding:8px 12px;border-bottom:1px solid #f0f0f0;font-size:.8125rem}
.a-GV-row:hover .a-GV-cell{background:#f0f6fc}.a-GV-row.is-focused .a-GV-cell{background:#e0eefb}
.a-GV-row.is-selected .a-GV-cell{background:#cfe5f9;font-weight:600}
.a-GV-noDataMsg{padding:24px;text-align:center;color:#707070}
.a-PopupLOV-footer{padding:6px 12px;font-size:.6875rem;color:#707070;border-top:1px solid #e6e6e6;text-align:right}
/* buttons */
.t-Button{display:inline-flex;align-items:center;justify-content:center;gap:6px;font:inherit;font-size:.75rem;line-height:1rem;font-weight:500;padding:.5rem .75rem;border:0;border-radius:2px;cursor:pointer;background:#f8f8f8;color:#383838;box-shadow:0 0 0 1px rgba(0,0,0,.125) inset;transition:background-color .1s,box-shadow .1s;white-space:nowrap}
.t-Button:hover{background:#fff;box-shadow:0 0 0 1px rgba(0,0,0,.125) inset,0 2px 1px rgba(0,0,0,.05)}
.t-Button:focus{outline:none;box-shadow:0 0 0 1px #0572ce inset,0 0 0 1px #0572ce}
.t-Button--hot{background:#0572ce;color:#fff;box-shadow:0 0 0 1px rgba(0,0,0,.125) inset}.t-Button--hot:hover{background:#0680e6}
.t-Button--danger{color:#d63b25}.t-Button--danger:hover{background:#d63b25;color:#fff}
.t-Button--large{padding:.75rem 1rem;font-size:.875rem}.t-Button--stretch{width:100%}
.t-Button[disabled]{opacity:.5;cursor:default;pointer-events:none}
.t-Button--noUI{background:transparent;box-shadow:none}.t-Button--icon{padding:.5rem}
.t-ButtonRegion{display:flex;justify-content:space-between;padding:12px 16px;border-top:1px solid #e6e6e6;background:#fafafa}
.t-ButtonRegion-buttons{display:flex;gap:8px}
/* alerts */
.t-Alert{display:block;border-radius:2px;margin-bottom:16px;background:#fff;box-shadow:0 0 0 1px rgba(0,0,0,.1) inset}
.t-Alert-wrap{display:flex;align-items:flex-start;padding:12px 16px;gap:12px}
.t-Alert-icon .t-Icon{width:28px;height:28px;border-radius:50%;display:inline-flex;align-items:center;justify-content:center;color:#fff;font-weight:700}
.t-Alert--danger .t-Alert-icon .t-Icon{background:#d63b25}.t-Alert--danger .t-Alert-icon .t-Icon:before{content:"!"}
.t-Alert--success .t-Alert-icon .t-Icon{background:#278701}.t-Alert--success .t-Alert-icon .t-Icon:before{content:"\2713"}
.t-Alert--warning .t-Alert-icon .t-Icon{background:#fbce4a;color:#443302}.t-Alert--warning .t-Alert-icon .t-Icon:before{content:"!"}
.t-Alert--info .t-Alert-icon .t-Icon{background:#0076df}.t-Alert--info .t-Alert-icon .t-Icon:before{content:"i"}
.t-Alert--colorBG.t-Alert--danger{background:#fcebe8}.t-Alert--colorBG.t-Alert--success{background:#eaf6e4}
.t-Alert--colorBG.t-Alert--warning{background:#fef7e0}.t-Alert--colorBG.t-Alert--info{background:#e6f1fb}
.t-Alert-content{flex:1;min-width:0}.t-Alert-title{font-size:.9375rem;line-height:1.25rem;margin:4px 0;font-weight:600}
.t-Alert-body{font-size:.8125rem}.t-Alert-body ul{margin:4px 0 0;padding-left:18px}
.t-Alert--page{position:fixed;top:64px;right:16px;width:440px;max-width:calc(100% - 32px);z-index:1050;box-shadow:0 4px 12px rgba(0,0,0,.2);animation:t-Alert-in .25s ease-out}
.t-Alert--page.is-fading{opacity:0;transform:translateY(-8px);transition:opacity .6s,transform .6s}
@keyframes t-Alert-in{from{opacity:0;transform:translateX(40px)}to{opacity:1;transform:none}}
.t-Button--closeAlert{padding:4px;color:#505050}
.htmldbUlErr{list-style:disc}.a-Notification-link{color:#a8321f}
/* badge list, report, cards */
.t-BadgeList{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
.t-BadgeList-item{flex:1 1 0;text-align:center;padding:16px 8px;border-right:1px solid #eee}.t-BadgeList-item:last-child{border-right:0}
.t-BadgeList-value{display:block;font-size:1.75rem;line-height:2.5rem;color:#0572ce}.t-BadgeList-label{font-size:.75rem;color:#606060;text-transform:uppercase}
.t-Report-report{width:100%;border-collapse:collapse}
.t-Report-colHead{text-align:left;font-size:.75rem;font-weight:600;padding:8px 12px;border-bottom:1px solid #e0e0e0;background:#fafafa}
.t-Report-cell{padding:8px 12px;border-bottom:1px solid #f0f0f0;font-size:.8125rem}
.t-Report-noDataMsg{padding:24px;text-align:center;color:#707070}
.t-Cards{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(3,1fr);gap:12px}
.t-Card{border:1px solid #e6e6e6;border-radius:2px;padding:14px;background:#fff}.t-Card-title{font-weight:600;margin:0 0 6px;font-size:.875rem}.t-Card-desc{font-size:.8125rem;color:#505050}
.t-Footer{padding:16px 24px;font-size:.6875rem;color:#707070;display:flex;justify-content:space-between}
/* login page */
.t-PageBody--login{background:#e9eef3 linear-gradient(160deg,#0b3a66 0,#0572ce 40%,#e9eef3 40.1%)}
.t-PageBody--login .t-Body{padding-top:0}
.t-Login-container{min-height:100vh;display:flex;align-items:center;justify-content:center;padding:24px}
.t-Login-region{width:380px;background:#fff;border-radius:2px;box-shadow:0 8px 24px rgba(0,0,0,.2);padding:28px 32px}
.t-Login-header{text-align:center;margin-bottom:16px}
.t-Login-logo{display:inline-flex;width:64px;height:64px;border-radius:50%;background:#0572ce;color:#fff;align-items:center;justify-content:center;font-weight:700;font-size:1.1rem}
.t-Login-title{font-size:1.375rem;font-weight:400;margin:10px 0 2px}.t-Login-subTitle{font-size:.75rem;color:#707070}
.t-Login-buttons{margin-top:12px}.t-Login-links{margin-top:14px;display:flex;justify-content:space-between;font-size:.75rem}
.captcha-row{display:flex;align-items:center;gap:8px;padding:6px 0}
#captcha_image{border:1px solid #dfdfdf;border-radius:2px;height:48px;width:160px;background:#f3f3f3}
/* dialogs: jQuery UI as APEX themes it */
.ui-widget-overlay{position:fixed;top:0;left:0;width:100%;height:100%;background:rgba(0,0,0,.5);animation:ui-fade .15s}
@keyframes ui-fade{from{opacity:0}to{opacity:1}}
.ui-front{z-index:100}
.ui-dialog{position:absolute;top:0;left:0;background:#fff;border-radius:2px;box-shadow:0 8px 32px rgba(0,0,0,.35);display:flex;flex-direction:column;outline:none;overflow:hidden}
.ui-dialog-titlebar{position:relative;padding:12px 48px 12px 16px;border-bottom:1px solid #e6e6e6;cursor:move;flex:none}
.ui-dialog-title{font-size:1rem;font-weight:500;display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.ui-dialog-titlebar-close{position:absolute;right:8px;top:50%;margin-top:-16px;width:32px;height:32px;border:0;background:transparent;cursor:pointer;border-radius:2px;color:#505050;overflow:hidden;text-indent:-9999px;padding:0}
.ui-dialog-titlebar-close .ui-icon{position:absolute;left:0;top:0;width:32px;height:32px;text-indent:0;display:flex;align-items:center;justify-content:center}
.ui-dialog-titlebar-close:hover{background:#f0f0f0}
.ui-dialog-content{flex:1;overflow:auto;position:relative;min-height:0}
.ui-dialog--notification .ui-dialog-content{padding:16px;font-size:.875rem}
.ui-dialog--notification .ui-dialog-content p{margin:0 0 6px}
.ui-dialog--apex .ui-dialog-content{padding:0;overflow:hidden}.ui-dialog--apex iframe{border:0;width:100%;height:100%;display:block}
.ui-dialog--popuplov .ui-dialog-content{display:flex;flex-direction:column;padding:0}
.ui-dialog-buttonpane{border-top:1px solid #e6e6e6;padding:8px 12px;flex:none}
.ui-dialog-buttonset{display:flex;justify-content:flex-end;gap:8px}
.ui-button{font:inherit;font-size:.75rem;font-weight:500;padding:.5rem .875rem;border:0;border-radius:2px;background:#f8f8f8;color:#383838;box-shadow:0 0 0 1px rgba(0,0,0,.125) inset;cursor:pointer}
.ui-button:hover{background:#fff}.ui-button--hot{background:#0572ce;color:#fff}.ui-button--hot:hover{background:#0680e6}
.t-DialogRegion-body{padding:16px}.t-DialogRegion-buttons .t-ButtonRegion{border-top:1px solid #e6e6e6}
.t-Dialog-page{background:#fff}.t-Dialog{display:flex;flex-direction:column;height:100vh}.t-Dialog-bodyWrapperOut{flex:1;overflow:auto}
.t-Dialog-body{padding:16px}.t-Dialog-footer .t-ButtonRegion{border-top:1px solid #e6e6e6}
/* processing */
.u-Processing{position:fixed;left:50%;top:50%;margin:-32px 0 0 -32px;width:64px;height:64px;border-radius:50%;background:rgba(255,255,255,.9);box-shadow:0 2px 8px rgba(0,0,0,.2);z-index:2000;display:flex;align-items:center;justify-content:center}
.u-Processing--inline{position:absolute}
.u-Processing-spinner{width:32px;height:32px;border:3px solid #cfe2f3;border-top-color:#0572ce;border-radius:50%;animation:u-spin .8s linear infinite}
@keyframes u-spin{to{transform:rotate(360deg)}}
`;

/* ------------------------------------------------------------------------------------------------
 * The client runtime: the parts of apex.* (desktop_all.js / theme42.js) this application needs,
 * written by hand. ES5-ish, no backticks. Page config comes in window.apex_ctx.
 * ---------------------------------------------------------------------------------------------- */
const APEX_JS = String.raw`
(function () {
  'use strict';
  var doc = document;
  function q(sel, ctx) { return (ctx || doc).querySelector(sel); }
  function qa(sel, ctx) { return Array.prototype.slice.call((ctx || doc).querySelectorAll(sel)); }
  function escapeHTML(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  function fv(id) { var e = doc.getElementById(id); return e ? e.value : ''; }
  var ctx = window.apex_ctx || {};
  var apex = window.apex = window.apex || {};
  apex.env = { APP_ID: fv('pFlowId'), APP_PAGE_ID: fv('pFlowStepId'), APP_SESSION: fv('pInstance') };
  apex.util = {
    escapeHTML: escapeHTML,
    showSpinner: function (container) {
      var s = doc.createElement('span');
      s.className = 'u-Processing' + (container ? ' u-Processing--inline' : '');
      s.setAttribute('role', 'alert');
      s.innerHTML = '<span class="u-Processing-spinner"></span><span class="u-VisuallyHidden">Processing</span>';
      if (container && getComputedStyle(container).position === 'static') container.style.position = 'relative';
      (container || doc.body).appendChild(s);
      return { remove: function () { if (s.parentNode) s.parentNode.removeChild(s); } };
    }
  };

  /* ---------------- items ---------------- */
  function floatCheck(cont) {
    if (!cont || !cont.classList.contains('t-Form-fieldContainer--floatingLabel')) return;
    var i = q('input', cont);
    cont.classList.toggle('is-active', !!(i && (i.value !== '' || doc.activeElement === i)));
  }
  apex.item = function (name) {
    var el = doc.getElementById(name);
    var cont = doc.getElementById(name + '_CONTAINER');
    var disp = doc.getElementById(name + '_DISPLAY');
    var isRadio = !!(el && el.classList.contains('apex-item-radio'));
    return {
      id: name, node: el,
      getValue: function () {
        if (!el) return '';
        if (isRadio) { var c = q('input:checked', el); return c ? c.value : ''; }
        if (el.type === 'checkbox') return el.checked ? el.value : '';
        return el.value;
      },
      setValue: function (v, d) {
        if (!el) return;
        if (isRadio) qa('input', el).forEach(function (i) { i.checked = i.value === v; });
        else { el.value = v == null ? '' : v; if (disp) disp.value = d == null ? el.value : d; }
        floatCheck(cont);
        el.dispatchEvent(new Event('change', { bubbles: true }));
      },
      isEmpty: function () { return this.getValue() === ''; },
      setFocus: function () { var f = isRadio ? q('input', el) : (disp || el); if (f) f.focus(); },
      show: function () { if (cont) cont.style.display = ''; },
      hide: function () { if (cont) cont.style.display = 'none'; },
      isVisible: function () { return !!(cont ? cont.offsetParent : el && el.offsetParent); }
    };
  };
  window.$v = function (n) { return apex.item(n).getValue(); };
  window.$s = function (n, v, d) { apex.item(n).setValue(v, d); };
  function labelOf(name) {
    var l = doc.getElementById(name + '_LABEL');
    return l && l.firstChild ? l.firstChild.textContent.trim() : name;
  }
  function collect(names) {
    return names.map(function (n) { return { n: n, v: apex.item(n).getValue() }; });
  }
  function clientValidate(names) {
    var errs = [];
    names.forEach(function (n) {
      var cont = doc.getElementById(n + '_CONTAINER');
      if (!cont || !cont.classList.contains('is-required') || !cont.offsetParent) return;
      if (apex.item(n).isEmpty()) errs.push({ type: 'error', location: ['inline', 'page'], pageItem: n, message: labelOf(n) + ' must have some value.' });
    });
    return errs;
  }

  /* ---------------- messages ---------------- */
  function alertHTML(kind, id, title, body, closeTitle) {
    return '<div class="t-Body-alert"><div class="t-Alert t-Alert--defaultIcons t-Alert--' + kind + ' t-Alert--horizontal t-Alert--page t-Alert--colorBG" id="' + id + '" role="alert"><div class="t-Alert-wrap"><div class="t-Alert-icon"><span class="t-Icon"></span></div><div class="t-Alert-content"><div class="t-Alert-header"><h2 class="t-Alert-title">' + title + '</h2></div>' + (body ? '<div class="t-Alert-body">' + body + '</div>' : '') + '</div><div class="t-Alert-buttons"><button class="t-Button t-Button--noUI t-Button--icon t-Button--closeAlert" type="button" title="' + closeTitle + '" aria-label="' + closeTitle + '"><span class="t-Icon icon-close"></span></button></div></div></div></div>';
  }
  function wireAlert(area) {
    qa('.t-Button--closeAlert', area).forEach(function (b) {
      b.addEventListener('click', function () { area.innerHTML = ''; area.classList.add('u-hidden'); });
    });
    qa('.a-Notification-link', area).forEach(function (a) {
      a.addEventListener('click', function (e) { e.preventDefault(); apex.item(a.getAttribute('data-for')).setFocus(); });
    });
  }
  var successTimer = null;
  function autoDismiss(area) {
    clearTimeout(successTimer);
    successTimer = setTimeout(function () {
      var a = q('.t-Alert', area);
      if (!a) return;
      a.classList.add('is-fading');
      successTimer = setTimeout(function () { area.innerHTML = ''; area.classList.add('u-hidden'); }, 650);
    }, 5000);
  }
  apex.message = {
    clearErrors: function () {
      var area = doc.getElementById('APEX_ERROR_MESSAGE');
      if (area) { area.innerHTML = ''; area.classList.add('u-hidden'); }
      qa('.t-Form-fieldContainer.is-error').forEach(function (c) { c.classList.remove('is-error'); });
      qa('.apex-page-item-error').forEach(function (e) { e.classList.remove('apex-page-item-error'); e.removeAttribute('aria-invalid'); });
      qa('.a-Form-error.u-visible').forEach(function (p) { p.classList.remove('u-visible'); p.innerHTML = ''; });
    },
    showErrors: function (errors) {
      apex.message.clearErrors();
      apex.message.hidePageSuccess();
      var list = Array.isArray(errors) ? errors : [errors];
      var onPage = [];
      list.forEach(function (e) {
        var loc = Array.isArray(e.location) ? e.location : [e.location || 'page'];
        if (e.pageItem && loc.indexOf('inline') >= 0) {
          var cont = doc.getElementById(e.pageItem + '_CONTAINER');
          var ph = doc.getElementById(e.pageItem + '_error_placeholder');
          var it = doc.getElementById(e.pageItem + '_DISPLAY') || doc.getElementById(e.pageItem);
          if (cont) cont.classList.add('is-error');
          if (it) { it.classList.add('apex-page-item-error'); it.setAttribute('aria-invalid', 'true'); }
          if (ph) { ph.innerHTML = '<span class="t-Form-error"><div id="' + e.pageItem + '_error">' + escapeHTML(e.message) + '</div></span>'; ph.classList.add('u-visible'); }
        }
        if (loc.indexOf('page') >= 0) onPage.push(e);
      });
      if (!onPage.length) return;
      var area = doc.getElementById('APEX_ERROR_MESSAGE');
      var lis = onPage.map(function (e) {
        var m = escapeHTML(e.message);
        return '<li class="a-Notification-item htmldbStdErr">' + (e.pageItem ? '<a href="#' + e.pageItem + '" class="a-Notification-link" data-for="' + e.pageItem + '">' + m + '</a>' : m) + '</li>';
      }).join('');
      var n = onPage.length;
      area.innerHTML = alertHTML('danger', 't_Alert_Notification', n === 1 ? '1 error has occurred' : n + ' errors have occurred', '<div class="a-Notification a-Notification--error"><ul class="a-Notification-list htmldbUlErr">' + lis + '</ul></div>', 'Close Notification');
      area.classList.remove('u-hidden');
      wireAlert(area);
    },
    showPageSuccess: function (msg) {
      apex.message.hidePageSuccess();
      var area = doc.getElementById('APEX_SUCCESS_MESSAGE');
      area.innerHTML = alertHTML('success', 't_Alert_Success', escapeHTML(msg), '', 'Close');
      area.classList.remove('u-hidden');
      wireAlert(area);
      autoDismiss(area);
    },
    hidePageSuccess: function () {
      var area = doc.getElementById('APEX_SUCCESS_MESSAGE');
      if (area) { area.innerHTML = ''; area.classList.add('u-hidden'); }
    }
  };

  /* ---------------- jQuery UI dialog, as APEX uses it ---------------- */
  var uid = 0, zIndex = 900, openDialogs = [];
  function drag(handle, el) {
    handle.addEventListener('mousedown', function (e) {
      if (e.button !== 0 || e.target.closest('.ui-dialog-titlebar-close')) return;
      var sx = e.clientX, sy = e.clientY, ox = el.offsetLeft, oy = el.offsetTop;
      function mv(ev) { el.style.left = ox + ev.clientX - sx + 'px'; el.style.top = Math.max(0, oy + ev.clientY - sy) + 'px'; }
      function up() { doc.removeEventListener('mousemove', mv); doc.removeEventListener('mouseup', up); }
      doc.addEventListener('mousemove', mv);
      doc.addEventListener('mouseup', up);
      e.preventDefault();
    });
  }
  function Dialog(content, o) {
    var self = this;
    var titleId = 'ui-id-' + (++uid);
    var d = doc.createElement('div');
    d.className = 'ui-dialog ui-corner-all ui-widget ui-widget-content ui-front ' + (o.dialogClass || '') + ' ui-draggable';
    d.setAttribute('tabindex', '-1');
    d.setAttribute('role', o.role || 'dialog');
    d.setAttribute('aria-labelledby', titleId);
    if (content.id) d.setAttribute('aria-describedby', content.id);
    d.style.display = 'none';
    var bar = doc.createElement('div');
    bar.className = 'ui-dialog-titlebar ui-corner-all ui-widget-header ui-helper-clearfix ui-draggable-handle';
    bar.innerHTML = '<span id="' + titleId + '" class="ui-dialog-title">' + escapeHTML(o.title || '') + '</span><button type="button" class="ui-button ui-corner-all ui-widget ui-button-icon-only ui-dialog-titlebar-close" title="Close"><span class="ui-button-icon ui-icon ui-icon-closethick"></span><span class="ui-button-icon-space"> </span>Close</button>';
    d.appendChild(bar);
    content.classList.add('ui-dialog-content', 'ui-widget-content');
    content.style.display = 'block';
    d.appendChild(content);
    if (o.buttons && o.buttons.length) {
      var pane = doc.createElement('div');
      pane.className = 'ui-dialog-buttonpane ui-widget-content ui-helper-clearfix';
      var set = doc.createElement('div');
      set.className = 'ui-dialog-buttonset';
      o.buttons.forEach(function (b) {
        var btn = doc.createElement('button');
        btn.type = 'button';
        btn.className = 'ui-button ui-corner-all ui-widget' + (b.hot ? ' ui-button--hot' : '');
        btn.textContent = b.text;
        btn.addEventListener('click', function () { b.click.call(self); });
        set.appendChild(btn);
      });
      pane.appendChild(set);
      d.appendChild(pane);
    }
    q('.ui-dialog-titlebar-close', bar).addEventListener('click', function () { self.close(); });
    d.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && o.closeOnEscape !== false && openDialogs[openDialogs.length - 1] === self) {
        e.preventDefault(); e.stopPropagation(); self.close();
      }
    });
    drag(bar, d);
    this.el = d; this.content = content; this.o = o; this.overlay = null; this.isOpen = false;
  }
  Dialog.prototype.open = function () {
    if (this.isOpen) return;
    var o = this.o, el = this.el;
    if (o.modal) {
      var ov = doc.createElement('div');
      ov.className = 'ui-widget-overlay ui-front';
      ov.style.zIndex = String(++zIndex);
      doc.body.appendChild(ov);
      this.overlay = ov;
    }
    doc.body.appendChild(el);
    el.style.zIndex = String(++zIndex);
    el.style.display = 'flex';
    var w = Math.min(o.width || 480, window.innerWidth - 32);
    el.style.width = w + 'px';
    if (o.height) el.style.height = Math.min(o.height, window.innerHeight - 32) + 'px';
    var h = el.offsetHeight;
    el.style.left = Math.max(0, (window.innerWidth - w) / 2 + window.scrollX) + 'px';
    el.style.top = Math.max(0, (window.innerHeight - h) / 2 + window.scrollY) + 'px';
    this.isOpen = true;
    openDialogs.push(this);
    var f = q('[autofocus]', this.content) || q('input:not([type=hidden]):not([disabled]):not([readonly]),textarea,select', this.content);
    if (f) f.focus(); else el.focus();
    if (o.open) o.open.call(this);
  };
  Dialog.prototype.close = function () {
    if (!this.isOpen) return;
    this.isOpen = false;
    openDialogs.splice(openDialogs.indexOf(this), 1);
    this.el.style.display = 'none';
    if (this.overlay) { this.overlay.parentNode.removeChild(this.overlay); this.overlay = null; }
    if (this.o.destroyOnClose && this.el.parentNode) this.el.parentNode.removeChild(this.el);
    if (this.o.close) this.o.close.call(this);
  };
  apex.widget = { Dialog: Dialog };

  function notify(msg, title, buttons, cb) {
    var c = doc.createElement('div');
    c.id = 'apex_dialog_' + (++uid);
    c.innerHTML = String(msg).split('\n').filter(function (l) { return l; }).map(function (l) { return '<p>' + escapeHTML(l) + '</p>'; }).join('');
    var result = false, done = false;
    var dlg = new Dialog(c, {
      title: title, modal: true, width: 420, dialogClass: 'ui-dialog--notification', role: 'alertdialog', destroyOnClose: true,
      buttons: buttons.map(function (b) { return { text: b.text, hot: b.hot, click: function () { result = b.value; this.close(); } }; }),
      close: function () { if (!done) { done = true; if (cb) cb(result); } }
    });
    dlg.open();
    var hot = q('.ui-button--hot', dlg.el);
    if (hot) hot.focus();
    return dlg;
  }
  apex.message.alert = function (msg, cb, opts) { return notify(msg, (opts && opts.title) || 'Alert', [{ text: 'OK', hot: true, value: true }], cb); };
  apex.message.confirm = function (msg, cb, opts) { return notify(msg, (opts && opts.title) || 'Confirm', [{ text: 'Cancel', value: false }, { text: 'OK', hot: true, value: true }], cb); };
  apex.confirm = function (msg, req) {
    apex.message.confirm(msg, function (ok) {
      if (!ok) return;
      if (typeof req === 'function') req();
      else apex.submit(typeof req === 'string' ? { request: req } : req);
    });
  };

  var regionDialogs = {};
  apex.theme = {
    openRegion: function (id) {
      var r = regionDialogs[id];
      if (!r) {
        var el = doc.getElementById(id);
        r = regionDialogs[id] = new Dialog(el, {
          title: el.getAttribute('title') || '', modal: el.classList.contains('js-modal'),
          width: parseInt(el.getAttribute('data-width') || '600', 10), dialogClass: 'ui-dialog--inline'
        });
        el.removeAttribute('title');
      }
      r.open();
    },
    closeRegion: function (id) { var r = regionDialogs[id]; if (r) r.close(); }
  };

  var frames = [];
  apex.navigation = {
    redirect: function (url) { location.href = url; },
    dialog: function (url, opts) {
      var c = doc.createElement('div');
      c.id = 'apex_dialog_' + (++uid);
      var f = doc.createElement('iframe');
      f.src = url; f.title = opts.title || ''; f.setAttribute('width', '100%'); f.setAttribute('height', '100%');
      c.appendChild(f);
      var entry = { frame: f, dlg: null };
      entry.dlg = new Dialog(c, {
        title: opts.title, modal: opts.modal !== false, width: opts.width || 720, height: opts.height || 480,
        dialogClass: 'ui-dialog--apex ' + (opts.dialogClass || ''), destroyOnClose: true,
        close: function () { frames.splice(frames.indexOf(entry), 1); }
      });
      frames.push(entry);
      entry.dlg.open();
      return entry.dlg;
    }
  };
  apex.navigation.dialog.close = function () {
    var p = window.parent;
    if (p !== window && p.apex && p.apex.navigation) p.apex.navigation.dialog._closeFrame(window);
  };
  apex.navigation.dialog._closeFrame = function (w) {
    frames.slice().forEach(function (x) { if (x.frame.contentWindow === w) x.dlg.close(); });
  };

  /* ---------------- page submit and AJAX ---------------- */
  function endpoint(kind) { return '/ords/' + kind + '?p_context=' + encodeURIComponent(ctx.context || ''); }
  function baseParams(req) {
    var p = new URLSearchParams();
    p.set('p_flow_id', apex.env.APP_ID);
    p.set('p_flow_step_id', apex.env.APP_PAGE_ID);
    p.set('p_instance', apex.env.APP_SESSION);
    p.set('p_debug', '');
    p.set('p_request', req);
    return p;
  }
  function pageJSON(items) {
    return JSON.stringify({ pageItems: { itemsToSubmit: items, protected: fv('pPageItemsProtected'), rowVersion: fv('pPageItemsRowVersion'), formRegionChecksums: [] }, salt: fv('pSalt') });
  }
  function post(kind, p) {
    return fetch(endpoint(kind), { method: 'POST', body: p, credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } })
      .then(function (r) { return r.json(); });
  }
  function serverError(d) {
    if (d.sessionEnded) {
      apex.message.alert(d.error + '\n' + (d.addInfo || ''), function () { location.href = d.loginURL; }, { title: 'Session Expired' });
    } else {
      apex.message.alert(d.error + (d.addInfo ? '\n' + d.addInfo : ''), null, { title: 'Error' });
    }
  }
  var submitting = false;
  apex.submit = function (o) {
    if (typeof o === 'string') o = { request: o };
    o = o || {};
    if (submitting) return;
    if (o.validate) {
      var errs = clientValidate(ctx.items || []);
      if (errs.length) { apex.message.showErrors(errs); return; }
    }
    var req = o.request || '';
    doc.getElementById('pRequest').value = req;
    var p = baseParams(req);
    p.set('p_page_submission_id', fv('pPageSubmissionId'));
    p.set('p_reload_on_submit', fv('pReloadOnSubmit') || 'S');
    p.set('p_json', pageJSON(collect(ctx.items || [])));
    submitting = true;
    var sp = apex.util.showSpinner();
    post('wwv_flow.accept', p).then(function (d) {
      if (d.redirectURL) { location.href = d.redirectURL; return; }
      submitting = false; sp.remove();
      if (d.error) { serverError(d); return; }
      if (d.errors) {
        apex.message.showErrors(d.errors);
        doc.dispatchEvent(new CustomEvent('apexaftersubmiterror', { detail: d.errors }));
      }
    }).catch(function (e) {
      submitting = false; sp.remove();
      apex.message.alert('Error: ' + ((e && e.message) || e), null, { title: 'Error' });
    });
  };
  function call(req, data, opts) {
    data = data || {}; opts = opts || {};
    var p = baseParams(req);
    Object.keys(data).forEach(function (k) { if (/^[xf]\d\d$/.test(k)) p.set(k, data[k]); });
    var names = data.pageItems ? String(data.pageItems).split(',').map(function (s) { return s.trim().replace(/^#/, ''); }) : [];
    p.set('p_json', pageJSON(collect(names)));
    var sp = opts.loadingIndicator ? apex.util.showSpinner(opts.loadingIndicator) : null;
    return post('wwv_flow.ajax', p).then(function (d) {
      if (sp) sp.remove();
      if (d && d.error) { serverError(d); throw d; }
      return d;
    }, function (e) {
      if (sp) sp.remove();
      apex.message.alert('Error: ' + ((e && e.message) || e), null, { title: 'Error' });
      throw e;
    });
  }
  apex.server = {
    process: function (name, data, opts) { return call('APPLICATION_PROCESS=' + name, data, opts); },
    plugin: function (id, data, opts) { return call('PLUGIN=' + id, data, opts); }
  };

  /* ---------------- side navigation treeView ---------------- */
  function setExpanded(li, on, animate) {
    var g = q(':scope > ul[role=group]', li);
    if (!g) return;
    li.classList.toggle('is-collapsible', on);
    li.classList.toggle('is-expandable', !on);
    q(':scope > .a-TreeView-content', li).setAttribute('aria-expanded', on ? 'true' : 'false');
    if (!animate) { g.style.display = on ? '' : 'none'; return; }
    var h;
    if (on) {
      g.style.display = '';
      h = g.scrollHeight;
      g.style.height = '0px';
      void g.offsetHeight;
      g.style.transition = 'height .2s ease';
      g.style.height = h + 'px';
    } else {
      h = g.scrollHeight;
      g.style.height = h + 'px';
      void g.offsetHeight;
      g.style.transition = 'height .2s ease';
      g.style.height = '0px';
    }
    clearTimeout(g._t);
    g._t = setTimeout(function () {
      g.style.transition = ''; g.style.height = '';
      if (!li.classList.contains('is-collapsible')) g.style.display = 'none';
    }, 210);
  }
  function buildTree(nav) {
    var src = q(':scope > ul', nav);
    if (!src) return;
    var root = doc.createElement('ul');
    root.setAttribute('role', 'tree');
    root.setAttribute('aria-label', nav.getAttribute('aria-label') || 'Main Navigation');
    function build(ul, level, into) {
      Array.prototype.forEach.call(ul.children, function (li) {
        var a = q(':scope > a', li), sub = q(':scope > ul', li);
        var href = a.getAttribute('href');
        var node = doc.createElement('li');
        node.className = 'a-TreeView-node' + (level === 1 ? ' a-TreeView-node--topLevel' : '') + (sub ? ' is-expandable' : ' a-TreeView-node--leaf');
        node.setAttribute('role', 'none');
        node.innerHTML = '<div class="a-TreeView-row" role="none"></div>' + (sub ? '<span class="a-TreeView-toggle" role="none"></span>' : '');
        var c = doc.createElement('div');
        c.className = 'a-TreeView-content';
        c.setAttribute('role', 'treeitem');
        c.setAttribute('aria-level', String(level));
        c.tabIndex = -1;
        var icon = li.getAttribute('data-icon');
        var text = escapeHTML(a.textContent);
        c.innerHTML = (icon ? '<span class="fa ' + icon + ' a-TreeView-icon" aria-hidden="true"></span>' : '') +
          (href && href !== '#' ? '<a href="' + escapeHTML(href) + '" tabindex="-1" class="a-TreeView-label">' + text + '</a>' : '<span class="a-TreeView-label">' + text + '</span>');
        if (sub) c.setAttribute('aria-expanded', 'false');
        if (li.getAttribute('data-current') === 'true') { c.classList.add('is-current'); c.setAttribute('aria-selected', 'true'); }
        node.appendChild(c);
        if (sub) {
          var g = doc.createElement('ul');
          g.setAttribute('role', 'group');
          g.style.display = 'none';
          build(sub, level + 1, g);
          node.appendChild(g);
        }
        into.appendChild(node);
      });
    }
    build(src, 1, root);
    src.parentNode.removeChild(src);
    nav.appendChild(root);
    nav.classList.add('a-TreeView');
    var cur = q('.a-TreeView-content.is-current', root);
    if (cur) {
      var li = cur.parentNode;
      while (li.parentNode !== root) { li = li.parentNode.parentNode; setExpanded(li, true, false); }
      q(':scope > .a-TreeView-content', li).classList.add('is-current--top');
    }
    root.addEventListener('click', function (e) {
      var tog = e.target.closest('.a-TreeView-toggle');
      var c = e.target.closest('.a-TreeView-content');
      var li = (tog || c) ? (tog || c).parentNode : null;
      if (!li) return;
      qa('.a-TreeView-content.is-focused', root).forEach(function (x) { x.classList.remove('is-focused'); });
      if (c) c.classList.add('is-focused');
      var link = c ? q('a.a-TreeView-label', c) : null;
      if (tog || !link) { e.preventDefault(); setExpanded(li, !li.classList.contains('is-collapsible'), true); return; }
      if (e.target !== link) location.href = link.href;
    });
  }

  /* ---------------- Popup LOV (19.2+) ---------------- */
  apex.widget.popupLov = function (name, o) {
    var hid = doc.getElementById(name), disp = doc.getElementById(name + '_DISPLAY'), btn = doc.getElementById(name + '_lov_btn');
    var dlg = null, body, search, results, footer, focusIdx = -1, timer = null, rows = [], seq = 0;
    function render(values) {
      rows = values; focusIdx = -1;
      if (!values.length) { results.innerHTML = '<div class="a-GV-noDataMsg">No results found.</div>'; footer.textContent = ''; return; }
      results.innerHTML = '<div class="a-GV"><div class="a-GV-bdy"><div class="a-GV-w-scroll"><table class="a-GV-table" role="grid" aria-label="' + escapeHTML(o.title) + '"><thead><tr><th class="a-GV-header" role="columnheader"><span class="a-GV-headerLabel">' + escapeHTML(o.columnLabel || 'Display Value') + '</span></th></tr></thead><tbody>' +
        values.map(function (v, i) {
          var sel = v.r === hid.value;
          return '<tr class="a-GV-row' + (sel ? ' is-selected' : '') + '" role="row" aria-selected="' + sel + '" data-return="' + escapeHTML(v.r) + '" data-index="' + i + '"><td class="a-GV-cell" role="gridcell">' + escapeHTML(v.d) + '</td></tr>';
        }).join('') + '</tbody></table></div></div></div>';
      footer.textContent = '1 - ' + values.length;
    }
    function fetchRows() {
      var mine = ++seq;
      apex.server.plugin(o.ajaxId, { x01: 'FETCH', x02: search.value }, { loadingIndicator: results })
        .then(function (d) { if (mine === seq) render(d.values || []); }, function () {});
    }
    function choose(i) {
      var v = rows[i];
      if (!v) return;
      hid.value = v.r; disp.value = v.d;
      dlg.close();
      hid.dispatchEvent(new Event('change', { bubbles: true }));
      disp.dispatchEvent(new Event('change', { bubbles: true }));
      disp.focus();
    }
    function move(dir) {
      var trs = qa('tr.a-GV-row', results);
      if (!trs.length) return;
      focusIdx = Math.max(0, Math.min(trs.length - 1, focusIdx + dir));
      trs.forEach(function (t, i) { t.classList.toggle('is-focused', i === focusIdx); });
      trs[focusIdx].scrollIntoView({ block: 'nearest' });
    }
    function open(text) {
      if (!dlg) {
        body = doc.createElement('div');
        body.className = 'a-PopupLOV-dialog';
        body.id = 'PopupLov_' + apex.env.APP_PAGE_ID + '_' + name + '_dlg';
        body.innerHTML = '<div class="a-PopupLOV-searchBar"><input type="text" class="a-PopupLOV-search apex-item-text" aria-label="Search" placeholder="Search" autocomplete="off" id="' + name + '_lov_search"><button type="button" class="a-Button a-PopupLOV-doSearch" aria-label="Search" title="Search"><span class="a-Icon icon-search" aria-hidden="true"></span></button></div><div class="a-PopupLOV-results a-TMV a-TMV--w-scroll" tabindex="-1"></div><div class="a-PopupLOV-footer"></div>';
        search = q('.a-PopupLOV-search', body); results = q('.a-PopupLOV-results', body); footer = q('.a-PopupLOV-footer', body);
        dlg = new Dialog(body, { title: o.title, modal: true, width: 520, height: 460, dialogClass: 'ui-dialog--popuplov' });
        q('.a-PopupLOV-doSearch', body).addEventListener('click', function () { clearTimeout(timer); fetchRows(); });
        search.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(fetchRows, 250); });
        search.addEventListener('keydown', function (e) {
          if (e.key === 'Enter') { e.preventDefault(); if (focusIdx >= 0) choose(focusIdx); else { clearTimeout(timer); fetchRows(); } }
          else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); move(e.key === 'ArrowDown' ? 1 : -1); }
        });
        results.addEventListener('click', function (e) {
          var tr = e.target.closest('tr.a-GV-row');
          if (tr) choose(Number(tr.getAttribute('data-index')));
        });
      }
      if (dlg.isOpen) return;
      search.value = text || '';
      results.innerHTML = '';
      footer.textContent = '';
      dlg.open();
      search.focus();
      fetchRows();
    }
    btn.addEventListener('click', function () { open(''); });
    disp.addEventListener('click', function () { open(''); });
    disp.addEventListener('keydown', function (e) {
      if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); open(e.key); }
      else if (e.key === 'Backspace' || e.key === 'Delete') { e.preventDefault(); hid.value = ''; disp.value = ''; hid.dispatchEvent(new Event('change', { bubbles: true })); }
      else if (e.key === 'ArrowDown') { e.preventDefault(); open(''); }
    });
    disp.addEventListener('input', function () {
      var t = disp.value;
      hid.value = ''; disp.value = '';
      open(t);
    });
  };

  /* ---------------- page load (theme42 init) ---------------- */
  function init() {
    qa('.t-Form-fieldContainer--floatingLabel').forEach(function (c) {
      var i = q('input', c);
      if (!i) return;
      ['focus', 'blur', 'input', 'change'].forEach(function (ev) { i.addEventListener(ev, function () { floatCheck(c); }); });
      floatCheck(c);
    });
    qa('input[data-enter-submit]').forEach(function (i) {
      i.addEventListener('keydown', function (e) {
        if (e.key === 'Enter') { e.preventDefault(); apex.submit({ request: i.getAttribute('data-enter-submit'), validate: true }); }
      });
    });
    var form = doc.getElementById('wwvFlowForm');
    if (form) form.addEventListener('submit', function (e) { e.preventDefault(); });
    var nav = doc.getElementById('t_TreeNav');
    if (nav) buildTree(nav);
    var navBtn = doc.getElementById('t_Button_navControl');
    if (navBtn) navBtn.addEventListener('click', function () {
      var b = doc.body, ex = b.classList.contains('js-navExpanded');
      b.classList.toggle('js-navExpanded', !ex); b.classList.toggle('js-navCollapsed', ex);
      navBtn.setAttribute('aria-expanded', String(!ex));
    });
    qa('.js-menuButton').forEach(function (b) {
      var m = doc.getElementById(b.getAttribute('data-menu'));
      b.addEventListener('click', function (e) {
        e.stopPropagation();
        if (m.style.display !== 'none') { m.style.display = 'none'; return; }
        var rc = b.getBoundingClientRect();
        doc.body.appendChild(m);
        m.style.position = 'fixed';
        m.style.top = rc.bottom + 'px';
        m.style.right = Math.max(0, window.innerWidth - rc.right) + 'px';
        m.style.zIndex = '1100';
        m.style.display = '';
      });
      doc.addEventListener('click', function () { m.style.display = 'none'; });
    });
    ['APEX_SUCCESS_MESSAGE', 'APEX_ERROR_MESSAGE'].forEach(function (id) {
      var area = doc.getElementById(id);
      if (area && q('.t-Alert', area)) { wireAlert(area); if (id === 'APEX_SUCCESS_MESSAGE') autoDismiss(area); }
    });
    doc.body.classList.remove('no-anim');
    if (typeof ctx.onLoad === 'function') ctx.onLoad(apex);
  }
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', init); else init();
})();
`;

/* ------------------------------------------------------------------------------------------------
 * Server-side markup: what the APEX engine emits for page templates, regions, items and buttons.
 * ---------------------------------------------------------------------------------------------- */
interface FieldOpts {
  name: string;
  label: string;
  input: string;
  required?: boolean;
  floating?: boolean;
  help?: string;
  wrapper?: string;
  cls?: string;
  hidden?: boolean;
  labelFor?: string;
  labelTag?: 'label' | 'span';
}

function field(o: FieldOpts): string {
  const tpl = o.floating
    ? 't-Form-fieldContainer--floatingLabel t-Form-fieldContainer--large'
    : 't-Form-fieldContainer--stacked';
  const req = o.required ? ' <span class="u-VisuallyHidden">(Value Required)</span>' : '';
  const tag = o.labelTag ?? 'label';
  const forAttr = tag === 'label' ? ` for="${o.labelFor ?? o.name}"` : '';
  return `<div class="t-Form-fieldContainer ${tpl} t-Form-fieldContainer--stretchInputs${o.required ? ' is-required' : ''} apex-item-wrapper apex-item-wrapper--${o.wrapper ?? 'text-field'}${o.cls ? ` ${o.cls}` : ''}" id="${o.name}_CONTAINER"${o.hidden ? ' style="display:none"' : ''}>
<div class="t-Form-labelContainer"><${tag}${forAttr} id="${o.name}_LABEL" class="t-Form-label">${esc(o.label)}${req}</${tag}></div>
<div class="t-Form-inputContainer"><div class="t-Form-itemWrapper">${o.input}</div><div class="t-Form-itemAssistance"><span id="${o.name}_error_placeholder" class="a-Form-error" data-template-id="33609965712469734_ET"></span></div>${o.help ? `<div class="t-Form-inlineHelp"><span>${o.help}</span></div>` : ''}</div>
</div>`;
}

function textInput(
  name: string,
  opts: { type?: string; required?: boolean; max?: number; extra?: string; cls?: string } = {},
): string {
  const type = opts.type ?? 'text';
  const cls = type === 'password' ? 'password apex-item-text' : 'text_field apex-item-text';
  return `<input type="${type}" id="${name}" name="${name}" class="${cls}${opts.cls ? ` ${opts.cls}` : ''}" value="" size="30" maxlength="${opts.max ?? 100}"${opts.required ? ' required' : ''} autocomplete="off"${opts.extra ? ` ${opts.extra}` : ''}>`;
}

function button(o: {
  id: string;
  label: string;
  hot?: boolean;
  cls?: string;
  onclick?: string;
  icon?: string;
  title?: string;
}): string {
  const icon = o.icon ? `<span class="t-Icon t-Icon--left fa ${o.icon}" aria-hidden="true"></span>` : '';
  const onclick = o.onclick ? ` onclick="${esc(o.onclick)}"` : '';
  const title = o.title ? ` title="${esc(o.title)}" aria-label="${esc(o.title)}"` : '';
  return `<button class="t-Button${o.hot ? ' t-Button--hot' : ''}${o.cls ? ` ${o.cls}` : ''}${icon ? ' t-Button--iconLeft' : ''}" type="button" id="${o.id}"${onclick}${title}>${icon}<span class="t-Button-label">${esc(o.label)}</span></button>`;
}

function region(o: {
  id: string;
  title: string;
  body: string;
  left?: string;
  right?: string;
  hidden?: boolean;
  cls?: string;
}): string {
  const buttons =
    o.left || o.right
      ? `<div class="t-Region-buttons t-Region-buttons--bottom"><div class="t-Region-buttons-left">${o.left ?? ''}</div><div class="t-Region-buttons-right">${o.right ?? ''}</div></div>`
      : '';
  return `<div class="t-Region t-Region--scrollBody${o.cls ? ` ${o.cls}` : ''}" id="${o.id}" role="region" aria-labelledby="${o.id}_heading"${o.hidden ? ' style="display:none"' : ''}>
<div class="t-Region-header"><div class="t-Region-headerItems t-Region-headerItems--title"><h2 class="t-Region-title" id="${o.id}_heading" data-apex-heading>${esc(o.title)}</h2></div><div class="t-Region-headerItems t-Region-headerItems--buttons"><span class="js-maximizeButtonContainer"></span></div></div>
<div class="t-Region-bodyWrap"><div class="t-Region-buttons t-Region-buttons--top"><div class="t-Region-buttons-left"></div><div class="t-Region-buttons-right"></div></div>
<div class="t-Region-body">${o.body}</div>${buttons}</div>
</div>`;
}

function alertMarkup(kind: string, id: string, title: string, body: string, closeTitle: string): string {
  return `<div class="t-Body-alert"><div class="t-Alert t-Alert--defaultIcons t-Alert--${kind} t-Alert--horizontal t-Alert--page t-Alert--colorBG" id="${id}" role="alert"><div class="t-Alert-wrap"><div class="t-Alert-icon"><span class="t-Icon"></span></div><div class="t-Alert-content"><div class="t-Alert-header"><h2 class="t-Alert-title">${title}</h2></div>${body ? `<div class="t-Alert-body">${body}</div>` : ''}</div><div class="t-Alert-buttons"><button class="t-Button t-Button--noUI t-Button--icon t-Button--closeAlert" type="button" title="${closeTitle}" aria-label="${closeTitle}"><span class="t-Icon icon-close"></span></button></div></div></div></div>`;
}

/** An alert region placed in the page body (not floating). */
function inlineAlert(kind: string, id: string, title: string, body: string, hidden = false): string {
  return `<div class="t-Alert t-Alert--defaultIcons t-Alert--${kind} t-Alert--horizontal t-Alert--colorBG" id="${id}" role="region"${hidden ? ' style="display:none"' : ''}><div class="t-Alert-wrap"><div class="t-Alert-icon"><span class="t-Icon"></span></div><div class="t-Alert-content"><div class="t-Alert-header"><h2 class="t-Alert-title">${title}</h2></div><div class="t-Alert-body">${body}</div></div></div></div>`;
}

interface NavNode {
  label: string;
  alias?: string;
  icon?: string;
  children?: NavNode[];
}

const NAV: NavNode[] = [
  { label: 'Dash Board', alias: 'dash-board', icon: 'fa-home' },
  {
    label: 'e-Invoice',
    icon: 'fa-file-text-o',
    children: [
      { label: 'Generate IRN', alias: 'generate-irn' },
      { label: 'Bulk Upload', alias: 'bulk-upload' },
      { label: 'Cancel IRN', alias: 'cancel-irn' },
      { label: 'Print e-Invoice', alias: 'print-e-invoice' },
    ],
  },
  {
    label: 'API Registration',
    icon: 'fa-key',
    children: [
      {
        label: 'User Credentials',
        children: [
          { label: 'Create API User', alias: 'create-api-user' },
          { label: 'View API Users', alias: 'view-api-users' },
        ],
      },
      { label: 'IP Whitelisting', alias: 'ip-whitelisting' },
      { label: 'Freeze API User', alias: 'freeze-api-user' },
      { label: 'Change API Password', alias: 'change-api-password' },
    ],
  },
  { label: 'MIS Reports', alias: 'mis-reports', icon: 'fa-bar-chart' },
  { label: 'User Management', alias: 'user-management', icon: 'fa-users' },
];

/** The "Side Navigation Menu" list template: a hidden <ul> the treeView widget turns into its DOM. */
function navList(nodes: NavNode[], current: string, session: string): string {
  return `<ul style="display:none">${nodes
    .map((n) => {
      const href = n.alias ? pageUrl(n.alias, session) : '#';
      const sub = n.children ? navList(n.children, current, session) : '';
      return `<li data-id="" data-disabled="" data-icon="${n.icon ?? ''}" data-current="${n.alias === current}"><a href="${href}" title="">${esc(n.label)}</a>${sub}</li>`;
    })
    .join('')}</ul>`;
}

/** The trail of group labels down to a page, for the breadcrumb. */
function trailOf(alias: string, nodes: NavNode[] = NAV, above: string[] = []): string[] | null {
  for (const n of nodes) {
    if (n.alias === alias) return above;
    if (n.children) {
      const t = trailOf(alias, n.children, [...above, n.label]);
      if (t) return t;
    }
  }
  return null;
}

function hiddenFields(pageId: number, session: string): string {
  const h = (name: string | null, id: string, value: string) =>
    `<input type="hidden"${name ? ` name="${name}"` : ''} value="${esc(value)}" id="${id}">`;
  return [
    h('p_flow_id', 'pFlowId', String(APP_ID)),
    h('p_flow_step_id', 'pFlowStepId', String(pageId)),
    h('p_instance', 'pInstance', session),
    h('p_debug', 'pdebug', ''),
    h('p_request', 'pRequest', ''),
    h('p_reload_on_submit', 'pReloadOnSubmit', 'S'),
    h(null, 'pSalt', randomBytes(16).toString('hex').toUpperCase()),
    h('p_page_submission_id', 'pPageSubmissionId', String(randomInt(1e9, 2e9))),
    h(null, 'pPageItemsRowVersion', ''),
    h(null, 'pPageItemsProtected', randomBytes(18).toString('base64url')),
  ].join('\n');
}

interface DocOpts {
  alias: string;
  session: string;
  title: string;
  bodyClass: string;
  body: string;
  items?: string[];
  pageJs?: string;
  data?: Record<string, unknown>;
  success?: string;
  notice?: { kind: string; title: string; body: string };
}

/** The page as APEX emits it: head, body classes, wwvFlowForm with its hidden fields, message areas, scripts. */
function apexDoc(o: DocOpts): string {
  const page = PAGES[o.alias];
  const pageId = page?.id ?? 0;
  const ctx = JSON.stringify({
    context: `einv/einvoice/${o.alias}/${o.session}`,
    items: o.items ?? [],
    ...(o.data ?? {}),
  }).replace(/</g, '\\u003c');
  const success = o.success
    ? `<span id="APEX_SUCCESS_MESSAGE" data-template-id="33609965712469734_S" class="apex-page-success">${alertMarkup('success', 't_Alert_Success', esc(o.success), '', 'Close')}</span>`
    : '<span id="APEX_SUCCESS_MESSAGE" data-template-id="33609965712469734_S" class="apex-page-success u-hidden"></span>';
  const error = o.notice
    ? `<span id="APEX_ERROR_MESSAGE" data-template-id="33609965712469734_E" class="apex-page-error">${alertMarkup(o.notice.kind, 't_Alert_Notification', esc(o.notice.title), esc(o.notice.body), 'Close Notification')}</span>`
    : '<span id="APEX_ERROR_MESSAGE" data-template-id="33609965712469734_E" class="apex-page-error u-hidden"></span>';
  return `<!DOCTYPE html>
<html class="page-${pageId} app-EINVOICE" lang="en" dir="ltr">
<head>
<meta http-equiv="x-ua-compatible" content="IE=edge">
<meta charset="utf-8">
<title>${esc(o.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="icon" href="data:,">
<style>${UT_CSS}</style>
</head>
<body class="${o.bodyClass} no-anim apex-icons-fontapex apex-theme-vita" id="t_PageBody">
<form role="none" action="wwv_flow.accept?p_context=einv/einvoice/${o.alias}/${o.session}" method="post" name="wwv_flow" id="wwvFlowForm" data-oj-binding-provider="none" novalidate autocomplete="off">
${hiddenFields(pageId, o.session)}
${o.body}
${success}
${error}
</form>
<script>window.apex_ctx = ${ctx};
window.apex_ctx.onLoad = function (apex) {${o.pageJs ?? ''}
};</script>
<script>${APEX_JS}</script>
</body>
</html>`;
}

function appBody(alias: string, s: Sess, state: ApexR13State, content: string): string {
  const page = PAGES[alias];
  const title = page?.title ?? '';
  const trail = alias === 'dash-board' ? [] : (trailOf(alias) ?? []);
  const crumbs = [
    `<li class="t-Breadcrumb-item"><a href="${pageUrl('dash-board', s.id)}" class="t-Breadcrumb-label">Home</a></li>`,
    ...trail.map(
      (t) => `<li class="t-Breadcrumb-item"><span class="t-Breadcrumb-label">${esc(t)}</span></li>`,
    ),
    `<li class="t-Breadcrumb-item is-active" aria-current="page"><h1 class="t-Breadcrumb-label">${esc(title)}</h1></li>`,
  ].join('');
  const logout = `/ords/apex_authentication.logout?p_app_id=${APP_ID}&amp;p_session_id=${s.id}`;
  return `<header class="t-Header" id="t_Header" role="banner">
<div class="t-Header-branding">
<div class="t-Header-controls"><button class="t-Button t-Button--icon t-Button--header t-Button--headerTree" aria-label="Main Navigation" title="Main Navigation" id="t_Button_navControl" type="button" aria-expanded="true" aria-controls="t_Body_nav"><span class="t-Header-controlsIcon" aria-hidden="true"></span></button></div>
<div class="t-Header-logo"><a href="${pageUrl('dash-board', s.id)}" class="t-Header-logo-link"><span class="apex-logo-img">GST</span><span class="apex-logo-text">e-Invoice System</span></a></div>
<div class="t-Header-navBar"><ul class="t-NavigationBar" data-mode="classic">
<li class="t-NavigationBar-item"><span class="t-Button t-Button--icon t-Button--header t-Button--navBar"><span class="t-Button-label">GSTIN: ${esc(state.gstin)}</span></span></li>
<li class="t-NavigationBar-item has-username"><button class="t-Button t-Button--icon t-Button--header t-Button--navBar js-menuButton" type="button" id="L_USER_MENU" data-menu="menu_L_USER_MENU"><span class="t-Icon fa fa-user" aria-hidden="true"></span><span class="t-Button-label">${esc(s.user.toUpperCase())}</span><span class="a-Icon icon-down-arrow" aria-hidden="true"></span></button>
<div class="t-NavigationBar-menu" style="display:none" id="menu_L_USER_MENU"><ul><li><a href="${pageUrl('user-management', s.id)}">My Profile</a></li><li><a href="${logout}">Sign Out</a></li></ul></div></li>
</ul></div>
</div>
<div class="t-Header-nav"></div>
</header>
<div class="t-Body">
<div class="t-Body-nav" id="t_Body_nav" role="navigation" aria-label="${esc(title)}">
<div class="t-TreeNav t-TreeNav--styleA js-navCollapsed--hidden" id="t_TreeNav" data-id="12730884593018551_tree" aria-label="Main Navigation">${navList(NAV, alias, s.id)}</div>
</div>
<div class="t-Body-main">
<div class="t-Body-title" id="t_Body_title"><div class="t-BreadcrumbRegion t-BreadcrumbRegion--showBreadcrumb t-BreadcrumbRegion--useBreadcrumbTitle" id="R_BREADCRUMB"><div class="t-BreadcrumbRegion-body"><div class="t-BreadcrumbRegion-breadcrumb"><ul class="t-Breadcrumb">${crumbs}</ul></div></div></div></div>
<div class="t-Body-content" id="t_Body_content"><div id="t_Body_content_offset" style="height:1px"></div>
<div class="t-Body-contentInner"><div class="container">${content}</div></div>
<footer class="t-Footer" id="t_Footer"><div class="t-Footer-content">Site is designed, developed and hosted by National Informatics Centre. Contents provided by Goods and Services Tax Network.</div><div class="t-Footer-version">Release 1.0.7 &middot; APEX 22.2</div></footer>
</div>
</div>
</div>`;
}

const APP_BODY_CLASS =
  't-PageBody t-PageBody--hideLeft t-PageBody--hideActions t-PageTemplate--standard apex-side-nav js-navExpanded';

function homePage(s: Sess): string {
  const cards = [
    [
      'Two-factor authentication',
      'From 1 April 2025 every login to the e-Invoice System needs an OTP after the password.',
    ],
    [
      'Time limit for reporting',
      'Taxpayers with AATO of Rs 10 crore and above must report invoices within 30 days of the invoice date.',
    ],
    [
      'API access through GSP',
      'Taxpayers can create API users for their GSP from API Registration after login.',
    ],
  ]
    .map(
      ([t, d]) =>
        `<li class="t-Cards-item"><div class="t-Card"><h3 class="t-Card-title">${esc(t)}</h3><div class="t-Card-desc">${esc(d)}</div></div></li>`,
    )
    .join('');
  const body = `<header class="t-Header" id="t_Header" role="banner">
<div class="t-Header-branding">
<div class="t-Header-controls"></div>
<div class="t-Header-logo"><a href="${pageUrl('home', s.id)}" class="t-Header-logo-link"><span class="apex-logo-img">GST</span><span class="apex-logo-text">e-Invoice System</span></a></div>
<div class="t-Header-navBar"><ul class="t-NavigationBar" data-mode="classic">
<li class="t-NavigationBar-item"><a class="t-Button t-Button--icon t-Button--header t-Button--navBar" href="${pageUrl('home', s.id)}"><span class="t-Button-label">Home</span></a></li>
<li class="t-NavigationBar-item"><a class="t-Button t-Button--icon t-Button--header t-Button--navBar" href="#R_UPDATES"><span class="t-Button-label">Help</span></a></li>
<li class="t-NavigationBar-item"><a class="t-Button t-Button--icon t-Button--header t-Button--navBar homepageloginbtn" id="btnLogin" href="${pageUrl('login', s.id)}"><span class="t-Icon fa fa-user" aria-hidden="true"></span><span class="t-Button-label">Login</span></a></li>
</ul></div>
</div>
</header>
<div class="t-Body"><div class="t-Body-main"><div class="t-Body-content" id="t_Body_content"><div class="t-Body-contentInner"><div class="container">
<div class="t-HeroRegion" id="R_HERO"><div class="t-HeroRegion-icon">IRP</div><div class="t-HeroRegion-col t-HeroRegion-col--content"><h1 class="t-HeroRegion-title">e-Invoice System</h1><p class="t-HeroRegion-desc">Invoice Registration Portal of the Goods and Services Tax, Government of India</p></div></div>
${region({ id: 'R_UPDATES', title: 'Latest Updates', body: `<ul class="t-Cards">${cards}</ul>` })}
${region({ id: 'R_STATS', title: 'e-Invoice at a glance', body: '<ul class="t-BadgeList"><li class="t-BadgeList-item"><span class="t-BadgeList-label">IRNs generated today</span><span class="t-BadgeList-value">41,27,906</span></li><li class="t-BadgeList-item"><span class="t-BadgeList-label">Taxpayers enabled</span><span class="t-BadgeList-value">5,14,330</span></li><li class="t-BadgeList-item"><span class="t-BadgeList-label">GSPs</span><span class="t-BadgeList-value">24</span></li></ul>' })}
</div></div>
<footer class="t-Footer" id="t_Footer"><div class="t-Footer-content">Site is designed, developed and hosted by National Informatics Centre. Contents provided by Goods and Services Tax Network.</div><div class="t-Footer-version">Release 1.0.7</div></footer>
</div></div></div>`;
  return apexDoc({
    alias: 'home',
    session: s.id,
    title: 'e-Invoice System',
    bodyClass: 't-PageBody t-PageBody--noNav t-PageTemplate--standard apex-top-nav',
    body,
  });
}

function loginPage(s: Sess, notice: string): string {
  const body = `<div class="t-Body"><div class="t-Body-wrap"><div class="t-Body-col t-Body-col--main"><div class="t-Login-container">
<div class="t-Login-region t-Form--stretchInputs t-Form--labelsAbove" id="R_LOGIN" role="region" aria-labelledby="R_LOGIN_heading">
<div class="t-Login-header"><span class="t-Login-logo" aria-hidden="true">GST</span><h1 class="t-Login-title" id="R_LOGIN_heading">e-Invoice System</h1><div class="t-Login-subTitle">Login with your e-Invoice / e-Way Bill credentials</div></div>
<div class="t-Login-body">
${field({ name: 'P101_USERNAME', label: 'Username', required: true, floating: true, input: textInput('P101_USERNAME', { required: true, max: 15, extra: 'data-enter-submit="LOGIN"' }) })}
${field({ name: 'P101_PASSWORD', label: 'Password', required: true, floating: true, wrapper: 'password', input: textInput('P101_PASSWORD', { type: 'password', required: true, max: 30, extra: 'data-enter-submit="LOGIN"' }) })}
<div class="captcha-row" id="R_CAPTCHA"><img id="captcha_image" alt="Captcha image" src="/ords/f?p=${APP_ID}:0:${s.id}:APPLICATION_PROCESS=CAPTCHA_IMAGE:::CAPTCHA_TS:${Date.now()}">${button({ id: 'B_REFRESH_CAPTCHA', label: '', cls: 't-Button--noLabel t-Button--icon', icon: 'fa-refresh', title: 'Refresh Captcha', onclick: 'apex_ctx.refreshCaptcha();' })}</div>
${field({ name: 'P101_CAPTCHA', label: 'Enter Captcha', required: true, floating: true, input: textInput('P101_CAPTCHA', { required: true, max: 5, extra: 'data-enter-submit="LOGIN"' }) })}
<div class="t-Form-fieldContainer apex-item-wrapper apex-item-wrapper--single-checkbox" id="P101_REMEMBER_CONTAINER"><div class="apex-item-single-checkbox"><input type="checkbox" id="P101_REMEMBER" name="P101_REMEMBER" value="Y"><label for="P101_REMEMBER" id="P101_REMEMBER_LABEL">Remember username</label></div></div>
</div>
<div class="t-Login-buttons">${button({ id: 'B_LOGIN', label: 'Login', hot: true, cls: 't-Button--large t-Button--stretch btnlogin', onclick: "apex.submit({request:'LOGIN',validate:true});" })}</div>
<div class="t-Login-links"><a href="${pageUrl('home', s.id)}">&larr; Back to Home</a><a href="#" onclick="apex.message.alert('Please use Forgot Password on the e-Way Bill portal (ewaybillgst.gov.in); the same credentials work here.');return false;">Forgot Password?</a></div>
</div>
</div></div></div></div>`;
  const pageJs = String.raw`
  apex_ctx.refreshCaptcha = function () {
    var img = document.getElementById('captcha_image');
    img.src = img.src.replace(/CAPTCHA_TS:\d+/, 'CAPTCHA_TS:' + Date.now());
  };
  document.addEventListener('apexaftersubmiterror', function () {
    apex_ctx.refreshCaptcha();
    apex.item('P101_CAPTCHA').setValue('');
  });
  if (!apex.item('P101_USERNAME').getValue()) apex.item('P101_USERNAME').setFocus();`;
  return apexDoc({
    alias: 'login',
    session: s.id,
    title: 'Login | e-Invoice System',
    bodyClass: 't-PageBody--login',
    body,
    items: ['P101_USERNAME', 'P101_PASSWORD', 'P101_CAPTCHA', 'P101_REMEMBER'],
    pageJs,
    notice: notice
      ? { kind: 'warning', title: notice, body: 'Please sign in again to continue.' }
      : undefined,
  });
}

function twoFactorPage(s: Sess): string {
  const body = `<div class="t-Body"><div class="t-Body-wrap"><div class="t-Body-col t-Body-col--main"><div class="t-Login-container">
<div class="t-Login-region t-Form--stretchInputs" id="R_2FA" role="region" aria-labelledby="R_2FA_heading">
<div class="t-Login-header"><span class="t-Login-logo" aria-hidden="true"><span class="fa fa-mobile"></span></span><h1 class="t-Login-title" id="R_2FA_heading">Two Factor Authentication</h1><div class="t-Login-subTitle">An OTP has been sent to your registered mobile number ${MOBILE}. You may also use the OTP shown in the Sandes or NIC-GST-Shield app.</div></div>
<div class="t-Login-body">
${field({ name: 'P102_OTP', label: 'Enter OTP', required: true, floating: true, input: textInput('P102_OTP', { required: true, max: 6, extra: 'inputmode="numeric" data-enter-submit="VERIFY_OTP"' }) })}
</div>
<div class="t-Login-buttons">${button({ id: 'btnVerifyOTP', label: 'Verify OTP', hot: true, cls: 't-Button--large t-Button--stretch', onclick: "apex.submit({request:'VERIFY_OTP',validate:true});" })}</div>
<div class="t-Login-links"><a href="${pageUrl('login', s.id)}">&larr; Back to Login</a><a href="#" id="RESEND_LOGIN_OTP" onclick="apex_ctx.resend();return false;">Resend OTP</a></div>
</div>
</div></div></div></div>`;
  const pageJs = `
  apex_ctx.resend = function () {
    apex.server.process('RESEND_LOGIN_OTP', {}).then(function (d) { apex.message.showPageSuccess(d.message); }, function () {});
  };
  apex.item('P102_OTP').setFocus();`;
  return apexDoc({
    alias: 'two-factor-authentication',
    session: s.id,
    title: 'Two Factor Authentication | e-Invoice System',
    bodyClass: 't-PageBody--login',
    body,
    items: ['P102_OTP'],
    pageJs,
  });
}

function dashboardPage(s: Sess, state: ApexR13State, success: string): string {
  const popups = s.popupsPending;
  s.popupsPending = false;
  const badges = [
    ['Generations', '1,284'],
    ['Cancelled', '37'],
    ['Generated through API', '1,102'],
    ['Generated through Portal', '182'],
  ]
    .map(
      ([l, v]) =>
        `<li class="t-BadgeList-item"><span class="t-BadgeList-label">${esc(l)}</span><span class="t-BadgeList-value">${esc(v)}</span></li>`,
    )
    .join('');
  const profile = [
    ['GSTIN', state.gstin],
    ['Legal Name', 'UNITED FABRICATION WORKS'],
    ['Trade Name', 'UNITED FAB'],
    ['State', 'Maharashtra'],
    ['e-Invoice enabled from', '01-OCT-2022'],
  ]
    .map(
      ([l, v], i) =>
        `<div class="col col-4">${field({ name: `P1_PROFILE_${i}`, label: l ?? '', wrapper: 'display-only', input: `<span id="P1_PROFILE_${i}" class="display_only apex-item-display-only">${esc(v)}</span>` })}</div>`,
    )
    .join('');
  const tech = `<div id="tech_contact" class="t-DialogRegion js-modal js-dialog-size600x400 js-draggable js-regionDialog" title="Contacts of Technical Person" data-width="600" style="display:none">
<div class="t-DialogRegion-wrap"><div class="t-DialogRegion-bodyWrapperOut"><div class="t-DialogRegion-bodyWrapperIn"><div class="t-DialogRegion-body">
<p class="t-Form-inlineHelp" style="font-size:.8125rem;margin:0 0 8px">Please verify the details of the technical person of your organisation. NIC will use them to reach you about API access and system changes.</p>
${field({ name: 'P1_TP_NAME', label: 'Name', input: textInput('P1_TP_NAME', { max: 60 }) })}
${field({ name: 'P1_TP_MOBILE', label: 'Mobile Number', input: textInput('P1_TP_MOBILE', { max: 10, extra: 'inputmode="numeric"' }) })}
${field({ name: 'P1_TP_EMAIL', label: 'E-mail Id', input: textInput('P1_TP_EMAIL', { max: 80 }) })}
</div></div></div>
<div class="t-DialogRegion-buttons"><div class="t-ButtonRegion t-ButtonRegion--dialogRegion"><div class="t-ButtonRegion-col t-ButtonRegion-col--left"><div class="t-ButtonRegion-buttons">${button({ id: 'B_TP_EXIT', label: 'Exit', cls: 't-Button--danger', onclick: "apex.theme.closeRegion('tech_contact');" })}</div></div><div class="t-ButtonRegion-col t-ButtonRegion-col--right"><div class="t-ButtonRegion-buttons">${button({ id: 'B_TP_UPDATE', label: 'Update', hot: true, onclick: 'apex_ctx.updateTech();' })}</div></div></div></div>
</div></div>`;
  const content = `<div class="row"><div class="col col-12">
${region({ id: 'R_STATS', title: 'e-Invoice Statistics (Current Month)', body: `<ul class="t-BadgeList t-BadgeList--dash">${badges}</ul>` })}
${region({ id: 'R_PROFILE', title: 'Taxpayer Profile', body: `<div class="row">${profile}</div>` })}
${region({ id: 'R_NEWS', title: 'Announcements', body: '<ul style="margin:0;padding-left:18px;font-size:.8125rem;line-height:1.6rem"><li>Two-factor authentication is mandatory for all users from 1 April 2025.</li><li>The e-Invoice System will be unavailable on Sunday between 02:00 and 04:00 for maintenance.</li><li>To use e-Invoice APIs through a GSP, create an API user under API Registration &rarr; User Credentials.</li></ul>' })}
</div></div>${tech}`;
  const pageJs = `
  apex_ctx.updateTech = function () {
    apex.server.process('UPDATE_TECH_CONTACT', { pageItems: '#P1_TP_NAME,#P1_TP_MOBILE,#P1_TP_EMAIL' }).then(function (d) {
      apex.theme.closeRegion('tech_contact');
      apex.message.showPageSuccess(d.message);
    }, function () {});
  };
  if (apex_ctx.popups) {
    apex.navigation.dialog(apex_ctx.advisoryURL, { title: 'Advisory', height: 430, width: 720, modal: true, dialogClass: 't-Dialog-page--standard' });
    apex.server.process('GET_TECH_CONTACT', {}).then(function (d) {
      apex.item('P1_TP_NAME').setValue(d.name);
      apex.item('P1_TP_MOBILE').setValue(d.mobile);
      apex.item('P1_TP_EMAIL').setValue(d.email);
      apex.theme.openRegion('tech_contact');
    }, function () {});
  }`;
  return apexDoc({
    alias: 'dash-board',
    session: s.id,
    title: 'Dash Board | e-Invoice System',
    bodyClass: APP_BODY_CLASS,
    body: appBody('dash-board', s, state, content),
    items: ['P1_TP_NAME', 'P1_TP_MOBILE', 'P1_TP_EMAIL'],
    pageJs,
    data: { popups, advisoryURL: pageUrl('advisory', s.id) },
    success,
  });
}

function advisoryPage(s: Sess): string {
  const body = `<div class="t-Dialog" role="none">
<div class="t-Dialog-header"></div>
<div class="t-Dialog-bodyWrapperOut"><div class="t-Dialog-bodyWrapperIn"><div class="t-Dialog-body">
<div class="t-Region t-Region--noBorder" id="R_ADVISORY" role="region" aria-label="Advisory"><div class="t-Region-body" style="padding:0;font-size:.875rem;line-height:1.4rem">
<p style="margin-top:0"><b>Advisory for taxpayers</b></p>
<ol style="padding-left:18px;margin:0">
<li>Two-factor authentication (2FA) is mandatory for all taxpayers on the e-Invoice System from 1 April 2025. The OTP is sent by SMS, the Sandes app or the NIC-GST-Shield app.</li>
<li>Taxpayers with AATO of Rs 10 crore and above cannot report invoices older than 30 days.</li>
<li>Never share your portal password or API password with anyone, including persons claiming to be from NIC or GSTN.</li>
<li>Update the contact details of your technical person so that NIC can reach you about API access.</li>
</ol>
</div></div>
</div></div></div>
<div class="t-Dialog-footer"><div class="t-ButtonRegion t-ButtonRegion--dialogRegion"><div class="t-ButtonRegion-col t-ButtonRegion-col--left"><div class="t-ButtonRegion-buttons"></div></div><div class="t-ButtonRegion-col t-ButtonRegion-col--right"><div class="t-ButtonRegion-buttons">${button({ id: 'B_ADV_CLOSE', label: 'Close', hot: true, onclick: 'apex.navigation.dialog.close(true);' })}</div></div></div></div>
</div>`;
  return apexDoc({
    alias: 'advisory',
    session: s.id,
    title: 'Advisory',
    bodyClass: 't-Dialog-page t-Dialog-page--standard',
    body,
  });
}

function placeholderPage(alias: string, s: Sess, state: ApexR13State): string {
  const title = PAGES[alias]?.title ?? '';
  const content = region({
    id: 'R_REPORT',
    title,
    body: '<div class="t-Report t-Report--stretch"><div class="t-Report-wrap"><span class="nodatafound t-Report-noDataMsg">no data found</span></div></div>',
  });
  return apexDoc({
    alias,
    session: s.id,
    title: `${title} | e-Invoice System`,
    bodyClass: APP_BODY_CLASS,
    body: appBody(alias, s, state, content),
  });
}

const REG_TYPES: [string, string][] = [
  ['D', 'Directly'],
  ['G', 'Through GSP'],
  ['E', 'Through ERP'],
  ['C', 'Through Client-Id of other'],
];
const LOV_AJAX_ID = 'UkVHSU9OIFRZUEU-P20_GSP-NATIVE_POPUP_LOV-3Jw8lQx0';

function registeredRows(state: ApexR13State): { gsp: string; username: string; createdOn: string }[] {
  return [...ON_FILE, ...state.users.filter((u) => u.gstin === state.gstin)];
}

function createApiUserPage(s: Sess, state: ApexR13State, success: string): string {
  const verified = s.apiOtpVerified;
  const sent = s.apiOtpSent;
  const rows = registeredRows(state)
    .map(
      (r, i) =>
        `<tr><td class="t-Report-cell" headers="SL_NO">${i + 1}</td><td class="t-Report-cell" headers="GSP_NAME">${esc(r.gsp)}</td><td class="t-Report-cell" headers="API_USERNAME">${esc(r.username)}</td><td class="t-Report-cell" headers="CREATED_ON">${esc(r.createdOn)}</td><td class="t-Report-cell" headers="STATUS">Active</td></tr>`,
    )
    .join('');
  const radios = REG_TYPES.map(
    ([v, l], i) =>
      `<div class="apex-item-option"><input type="radio" id="P20_REG_TYPE_${i}" name="P20_REG_TYPE" data-display="${esc(l)}" value="${v}"><label for="P20_REG_TYPE_${i}">${esc(l)}</label></div>`,
  ).join('');
  const otpRegion = region({
    id: 'R_API_OTP',
    title: 'API Registration',
    hidden: verified,
    body: `<div class="row"><div class="col col-6">
${field({ name: 'P20_GSTIN', label: 'GSTIN', wrapper: 'display-only', input: `<span id="P20_GSTIN" class="display_only apex-item-display-only">${esc(state.gstin)}</span>` })}
<p class="t-Form-inlineHelp" style="font-size:.8125rem">To create an API user, an OTP will be sent to the mobile number registered for this GSTIN (${MOBILE}). Click <b>Send OTP</b>, then enter the OTP received and click <b>Verify OTP</b>.</p>
${field({ name: 'P20_OTP', label: 'Enter OTP', required: true, hidden: !sent, input: textInput('P20_OTP', { required: true, max: 6, extra: 'inputmode="numeric"' }), help: 'The OTP is valid for 10 minutes.' })}
</div></div>`,
    left: button({ id: 'B_EXIT_OTP', label: 'Exit', onclick: 'apex_ctx.exit();' }),
    right: `${button({ id: 'B_SEND_OTP', label: sent ? 'Resend OTP' : 'Send OTP', hot: !sent, onclick: 'apex_ctx.sendOtp();' })}${button({ id: 'B_VERIFY_OTP', label: 'Verify OTP', hot: true, onclick: 'apex_ctx.verifyOtp();' }).replace('<button', `<button${sent ? '' : ' style="display:none"'}`)}`,
  });
  const regRegion = region({
    id: 'R_CREATE_USER',
    title: 'Create API User',
    hidden: !verified,
    body: `<div class="row"><div class="col col-8">
${field({ name: 'P20_REG_TYPE', label: 'Do you wish to Register your GSTIN for', required: true, labelTag: 'span', wrapper: 'radiogroup', cls: 't-Form-fieldContainer--radioButtonGroup', input: `<div tabindex="-1" id="P20_REG_TYPE" aria-labelledby="P20_REG_TYPE_LABEL" class="radio_group apex-item-group apex-item-group--rc apex-item-radio apex-button-group" role="radiogroup">${radios}</div>` })}
${inlineAlert('info', 'R_REG_INFO', 'Not available', '', true)}
${field({ name: 'P20_GSP', label: 'Select your GSP', required: true, labelFor: 'P20_GSP_DISPLAY', wrapper: 'popup-lov', hidden: true, input: `<input type="hidden" name="P20_GSP" id="P20_GSP" value=""><input type="text" class="apex-item-text apex-item-popup-lov" id="P20_GSP_DISPLAY" value="" size="40" autocomplete="off" aria-haspopup="dialog" required><button type="button" class="a-Button a-Button--popupLOV" id="P20_GSP_lov_btn" tabindex="-1" aria-haspopup="dialog" title="List of Values"><span class="a-Icon icon-popup-lov" aria-hidden="true"></span><span class="u-vh">List of Values</span></button>` })}
${field({ name: 'P20_USERNAME', label: 'Username', required: true, hidden: true, input: `<span class="t-Form-itemText t-Form-itemText--pre" aria-hidden="true">API_</span>${textInput('P20_USERNAME', { required: true, max: 30 })}`, help: 'Enter only the part after API_ : 3 to 30 letters, digits, underscore, dot or hyphen.' })}
${field({ name: 'P20_PASSWORD', label: 'Password', required: true, hidden: true, wrapper: 'password', input: textInput('P20_PASSWORD', { type: 'password', required: true, max: 20, extra: 'autocomplete="new-password"' }).replace(' autocomplete="off"', ''), help: '8 to 20 characters with at least one upper-case letter, one lower-case letter, one digit and one special character.' })}
${field({ name: 'P20_CONFIRM_PASSWORD', label: 'Re-enter Password', required: true, hidden: true, wrapper: 'password', input: textInput('P20_CONFIRM_PASSWORD', { type: 'password', required: true, max: 20, extra: 'autocomplete="new-password"' }).replace(' autocomplete="off"', '') })}
</div></div>`,
    left: button({ id: 'B_EXIT', label: 'Exit', onclick: 'apex_ctx.exit();' }),
    right: button({ id: 'B_SUBMIT', label: 'Submit', hot: true, onclick: 'apex_ctx.submit();' }),
  });
  const report = region({
    id: 'R_REGISTERED',
    title: `Registered GSPs for GSTIN ${state.gstin}`,
    hidden: !verified && !success,
    body: `<div class="t-Report t-Report--stretch t-Report--rowHighlight" id="report_R_REGISTERED"><div class="t-Report-wrap"><div class="t-Report-tableWrap"><table class="t-Report-report" aria-label="Registered GSPs"><thead><tr><th class="t-Report-colHead" id="SL_NO">Sl. No.</th><th class="t-Report-colHead" id="GSP_NAME">GSP Name</th><th class="t-Report-colHead" id="API_USERNAME">API Username</th><th class="t-Report-colHead" id="CREATED_ON">Created On</th><th class="t-Report-colHead" id="STATUS">Status</th></tr></thead><tbody>${rows}</tbody></table></div></div></div>`,
  });
  const pageJs = `
  var regionOtp = document.getElementById('R_API_OTP'), regionReg = document.getElementById('R_CREATE_USER');
  var send = document.getElementById('B_SEND_OTP'), verify = document.getElementById('B_VERIFY_OTP');
  var cd = null;
  function showOtpItem() { apex.item('P20_OTP').show(); verify.style.display = ''; send.classList.remove('t-Button--hot'); }
  function countdown(n) {
    var lab = send.querySelector('.t-Button-label');
    send.disabled = true;
    clearInterval(cd);
    lab.textContent = 'Resend OTP (' + n + ')';
    cd = setInterval(function () {
      n -= 1;
      if (n <= 0) { clearInterval(cd); send.disabled = false; lab.textContent = 'Resend OTP'; }
      else lab.textContent = 'Resend OTP (' + n + ')';
    }, 1000);
  }
  apex_ctx.sendOtp = function () {
    apex.message.clearErrors();
    apex.server.process('SEND_API_OTP', {}, { loadingIndicator: regionOtp }).then(function (d) {
      if (!d.success) { apex.message.showErrors([{ type: 'error', location: 'page', message: d.message }]); return; }
      apex.message.showPageSuccess(d.message);
      showOtpItem();
      countdown(30);
      apex.item('P20_OTP').setFocus();
    }, function () {});
  };
  apex_ctx.verifyOtp = function () {
    var v = apex.item('P20_OTP').getValue().trim();
    if (!v) { apex.message.showErrors([{ type: 'error', location: ['inline', 'page'], pageItem: 'P20_OTP', message: 'Enter OTP must have some value.' }]); return; }
    apex.message.clearErrors();
    apex.server.process('VERIFY_API_OTP', { pageItems: '#P20_OTP' }, { loadingIndicator: regionOtp }).then(function (d) {
      if (!d.success) {
        apex.item('P20_OTP').setValue('');
        apex.message.showErrors([{ type: 'error', location: ['inline', 'page'], pageItem: 'P20_OTP', message: d.message }]);
        return;
      }
      clearInterval(cd);
      apex.message.showPageSuccess(d.message);
      regionOtp.style.display = 'none';
      regionReg.style.display = '';
      document.getElementById('R_REGISTERED').style.display = '';
    }, function () {});
  };
  document.getElementById('P20_OTP').addEventListener('keydown', function (e) {
    if (e.key === 'Enter') { e.preventDefault(); apex_ctx.verifyOtp(); }
  });
  function regType() {
    var v = apex.item('P20_REG_TYPE').getValue();
    var gsp = v === 'G';
    ['P20_GSP', 'P20_USERNAME', 'P20_PASSWORD', 'P20_CONFIRM_PASSWORD'].forEach(function (n) {
      if (gsp) apex.item(n).show(); else apex.item(n).hide();
    });
    var info = document.getElementById('R_REG_INFO');
    info.style.display = v && !gsp ? '' : 'none';
    if (v && !gsp) info.querySelector('.t-Alert-body').textContent = apex_ctx.infoText[v];
  }
  document.getElementById('P20_REG_TYPE').addEventListener('change', regType);
  regType();
  apex.widget.popupLov('P20_GSP', { title: 'Select your GSP', ajaxId: apex_ctx.lovAjax, columnLabel: 'GSP Name' });
  apex_ctx.submit = function () { apex.confirm(apex_ctx.confirmText, { request: 'SUBMIT', validate: true }); };
  apex_ctx.exit = function () { apex.navigation.redirect(apex_ctx.exitURL); };`;
  return apexDoc({
    alias: 'create-api-user',
    session: s.id,
    title: 'Create API User | e-Invoice System',
    bodyClass: APP_BODY_CLASS,
    body: appBody('create-api-user', s, state, `${otpRegion}${regRegion}${report}`),
    items: ['P20_REG_TYPE', 'P20_GSP', 'P20_USERNAME', 'P20_PASSWORD', 'P20_CONFIRM_PASSWORD'],
    pageJs,
    success,
    data: {
      lovAjax: LOV_AJAX_ID,
      exitURL: pageUrl('dash-board', s.id),
      confirmText:
        'Are you sure you want to create the API user?\nNote down the Username and Password: you will need them to use the e-Invoice APIs through your GSP.',
      infoText: {
        D: 'Direct API access is available only to taxpayers whose aggregate turnover exceeds the notified limit. Your GSTIN is not eligible for direct access; please register through a GSP.',
        E: 'Registration through ERP is not enabled for your GSTIN. Please contact the e-Invoice helpdesk.',
        C: 'Registration through the Client-Id of another taxpayer is not enabled for your GSTIN.',
      },
    },
  });
}

function captchaSvg(text: string): string {
  const colors = ['#1d3f72', '#5a1f1f', '#1f5a2a', '#4b2a6b', '#6b4b12'];
  const letters = [...text]
    .map((ch, i) => {
      const x = 18 + i * 27 + randomInt(-3, 4);
      const y = 33 + randomInt(-4, 5);
      const rot = randomInt(-22, 23);
      return `<text x="${x}" y="${y}" transform="rotate(${rot} ${x} ${y - 8})" font-family="Georgia,serif" font-size="${randomInt(24, 30)}" font-weight="bold" fill="${colors[i % colors.length]}">${esc(ch)}</text>`;
    })
    .join('');
  let noise = '';
  for (let i = 0; i < 7; i++) {
    noise += `<line x1="${randomInt(0, 160)}" y1="${randomInt(0, 48)}" x2="${randomInt(0, 160)}" y2="${randomInt(0, 48)}" stroke="#${randomInt(0x555555, 0xaaaaaa).toString(16)}" stroke-width="1"/>`;
  }
  for (let i = 0; i < 40; i++) {
    noise += `<circle cx="${randomInt(0, 160)}" cy="${randomInt(0, 48)}" r="1" fill="#888"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="48" viewBox="0 0 160 48"><rect width="160" height="48" fill="#eef1f4"/>${noise}${letters}</svg>`;
}

/* ------------------------------------------------------------------------------------------------
 * The engine: sessions, page rendering, wwv_flow.accept (page submit) and wwv_flow.ajax.
 * ---------------------------------------------------------------------------------------------- */
interface ApexError {
  type: 'error';
  location: string | string[];
  pageItem?: string;
  message: string;
  unsafe: false;
}

function apexError(message: string, pageItem?: string): ApexError {
  return pageItem
    ? { type: 'error', location: ['inline', 'page'], pageItem, message, unsafe: false }
    : { type: 'error', location: 'page', message, unsafe: false };
}

function parseItems(json: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    const parsed = JSON.parse(json ?? '{}') as { pageItems?: { itemsToSubmit?: { n: string; v: string }[] } };
    for (const { n, v } of parsed.pageItems?.itemsToSubmit ?? []) out[n] = String(v ?? '');
  } catch {
    // a malformed p_json submits no items
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 1_000_000) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
): Done {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store, no-cache, must-revalidate',
    'X-Frame-Options': 'SAMEORIGIN',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

function json(res: ServerResponse, value: unknown): Done {
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

function redirect(res: ServerResponse, location: string): Done {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store' });
  res.end();
}

/** What a handler returns once it has answered. */
type Done = undefined;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

const USERNAME_RE = /^[A-Za-z0-9_.-]{3,30}$/;

function passwordOk(p: string): boolean {
  return (
    p.length >= 8 &&
    p.length <= 20 &&
    /[A-Z]/.test(p) &&
    /[a-z]/.test(p) &&
    /\d/.test(p) &&
    /[^A-Za-z0-9]/.test(p)
  );
}

export async function startApexR13Rendition(options: ApexR13Options = {}): Promise<ApexR13Rendition> {
  const state: ApexR13State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Sess>();
  /** Session ids and cookie values of sessions that ended (timed out or were made to expire). */
  const ended = new Set<string>();
  let expiryPending: ApexR13Expiry | undefined = options.expireOnce;
  const sockets = new Set<Socket>();

  function cookieOf(req: IncomingMessage): string {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const [k, ...v] = part.trim().split('=');
      if (k === COOKIE) return v.join('=');
    }
    return '';
  }

  function kill(s: Sess, asEnded: boolean): void {
    sessions.delete(s.id);
    if (asEnded) {
      ended.add(s.id);
      ended.add(s.cookie);
    }
  }

  function live(id: string, cookie: string): Sess | null {
    const s = id ? sessions.get(id) : undefined;
    if (!s || s.cookie !== cookie) return null;
    if (Date.now() - s.lastSeen > IDLE_MS) {
      kill(s, true);
      return null;
    }
    s.lastSeen = Date.now();
    return s;
  }

  function create(res: ServerResponse): Sess {
    let id = newSessionId();
    while (sessions.has(id)) id = newSessionId();
    const s: Sess = {
      id,
      cookie: `ORA_WWV-${randomBytes(18).toString('base64url')}`,
      stage: 'public',
      user: '',
      lastSeen: Date.now(),
      popupsPending: false,
      apiOtpSent: false,
      apiOtpVerified: false,
      notice: '',
      success: '',
      techContact: {
        name: 'Prakash Deshmukh',
        mobile: '9822031710',
        email: 'it.support@unitedfab.example.in',
      },
    };
    sessions.set(id, s);
    res.setHeader('Set-Cookie', `${COOKIE}=${s.cookie}; Path=/ords/; HttpOnly; SameSite=Lax`);
    return s;
  }

  /** The first request of the configured stage finds its session deleted. */
  function expireIf(stage: ApexR13Expiry, s: Sess): boolean {
    if (expiryPending !== stage) return false;
    expiryPending = undefined;
    kill(s, true);
    state.expired.push(stage);
    return true;
  }

  function sessionEnded(id: string) {
    return {
      error: 'Your session has ended.',
      addInfo: 'Please sign in again to continue.',
      sessionEnded: true,
      loginURL: pageUrl('login', id),
    };
  }

  function html(res: ServerResponse, body: string): Done {
    send(res, 200, 'text/html; charset=utf-8', body);
  }

  function pageGet(req: IncomingMessage, res: ServerResponse, url: URL, alias: string): Done {
    const page = PAGES[alias];
    if (!page) {
      send(
        res,
        404,
        'text/html; charset=utf-8',
        '<h1>404 Not Found</h1><p>The requested page was not found.</p>',
      );
      return;
    }
    const sid = url.searchParams.get('session') ?? '';
    const cookie = cookieOf(req);
    const s = live(sid, cookie);
    if (!s) {
      const wasEnded = (sid !== '' && ended.has(sid)) || (cookie !== '' && ended.has(cookie));
      const guarded = page.auth || alias === 'two-factor-authentication';
      const ns = create(res);
      if (wasEnded && (guarded || alias === 'login')) ns.notice = 'Your session has ended.';
      redirect(res, pageUrl(guarded ? 'login' : alias, ns.id));
      return;
    }
    if (page.auth && s.stage !== 'auth') {
      redirect(res, pageUrl(s.stage === 'otp' ? 'two-factor-authentication' : 'login', s.id));
      return;
    }
    if (alias === 'two-factor-authentication' && s.stage !== 'otp') {
      redirect(res, pageUrl(s.stage === 'auth' ? 'dash-board' : 'login', s.id));
      return;
    }
    if (alias === 'login' && s.stage === 'auth') {
      redirect(res, pageUrl('dash-board', s.id));
      return;
    }
    const notice = s.notice;
    const success = s.success;
    s.notice = '';
    s.success = '';
    switch (alias) {
      case 'home':
        return html(res, homePage(s));
      case 'login':
        return html(res, loginPage(s, notice));
      case 'two-factor-authentication':
        return html(res, twoFactorPage(s));
      case 'dash-board':
        return html(res, dashboardPage(s, state, success));
      case 'create-api-user':
        return html(res, createApiUserPage(s, state, success));
      case 'advisory':
        return html(res, advisoryPage(s));
      default:
        return html(res, placeholderPage(alias, s, state));
    }
  }

  /** Classic `f?p=APP:PAGE:SESSION:REQUEST` URLs: the captcha process, else a redirect to the page. */
  function classicF(res: ServerResponse, url: URL): Done {
    const [, pageId, session, request] = (url.searchParams.get('p') ?? '').split(':');
    if ((request ?? '').startsWith('APPLICATION_PROCESS=CAPTCHA_IMAGE')) {
      send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
      return;
    }
    const alias = Object.keys(PAGES).find((a) => String(PAGES[a]?.id) === pageId) ?? 'home';
    redirect(res, session ? pageUrl(alias, session) : `${BASE}${alias}`);
  }

  function login(res: ServerResponse, s: Sess, items: Record<string, string>): Done {
    const username = (items.P101_USERNAME ?? '').trim();
    const password = items.P101_PASSWORD ?? '';
    const captcha = (items.P101_CAPTCHA ?? '').trim();
    const missing = [
      ['P101_USERNAME', 'Username', username],
      ['P101_PASSWORD', 'Password', password],
      ['P101_CAPTCHA', 'Enter Captcha', captcha],
    ]
      .filter(([, , v]) => !v)
      .map(([n, l]) => apexError(`${l} must have some value.`, n));
    if (missing.length) return json(res, { errors: missing });
    if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
      state.refusals.push('captcha');
      return json(res, {
        errors: [
          apexError('Invalid Captcha. Please enter the characters shown in the image.', 'P101_CAPTCHA'),
        ],
      });
    }
    if (
      username.toLowerCase() !== APEX_R13_LOGIN.username.toLowerCase() ||
      password !== APEX_R13_LOGIN.password
    ) {
      state.refusals.push('login');
      return json(res, {
        errors: [apexError('Invalid Login Credentials. Please check your Username and Password.')],
      });
    }
    s.stage = 'otp';
    s.user = username;
    return json(res, { redirectURL: pageUrl('two-factor-authentication', s.id) });
  }

  function verifyLoginOtp(res: ServerResponse, s: Sess, items: Record<string, string>): Done {
    if (s.stage !== 'otp') return json(res, { redirectURL: pageUrl('login', s.id) });
    const otp = (items.P102_OTP ?? '').trim();
    if (!otp) return json(res, { errors: [apexError('Enter OTP must have some value.', 'P102_OTP')] });
    if (otp !== state.loginOtp) {
      state.refusals.push('login-otp');
      return json(res, {
        errors: [
          apexError(
            'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
            'P102_OTP',
          ),
        ],
      });
    }
    s.stage = 'auth';
    s.popupsPending = true;
    return json(res, { redirectURL: pageUrl('dash-board', s.id) });
  }

  function createUser(res: ServerResponse, s: Sess, items: Record<string, string>): Done {
    if (expireIf('submit', s)) return json(res, sessionEnded(s.id));
    if (!s.apiOtpVerified) {
      return json(res, {
        errors: [
          apexError(
            'Please verify the OTP sent to your registered mobile number before creating an API user.',
          ),
        ],
      });
    }
    const errors: ApexError[] = [];
    const regType = items.P20_REG_TYPE ?? '';
    if (!regType)
      errors.push(apexError('Do you wish to Register your GSTIN for must have some value.', 'P20_REG_TYPE'));
    else if (regType !== 'G')
      errors.push(apexError('Only registration Through GSP is enabled for your GSTIN.', 'P20_REG_TYPE'));
    const gsp = GSPS.find((g) => g.code === (items.P20_GSP ?? ''));
    if (regType === 'G' && !gsp) errors.push(apexError('Select your GSP must have some value.', 'P20_GSP'));
    const typed = (items.P20_USERNAME ?? '').trim().replace(/^API_/i, '');
    const password = items.P20_PASSWORD ?? '';
    const again = items.P20_CONFIRM_PASSWORD ?? '';
    if (regType === 'G') {
      if (!typed) errors.push(apexError('Username must have some value.', 'P20_USERNAME'));
      else if (!USERNAME_RE.test(typed))
        errors.push(
          apexError(
            'Username must be 3 to 30 characters: letters, digits, underscore, dot or hyphen.',
            'P20_USERNAME',
          ),
        );
      if (!password) errors.push(apexError('Password must have some value.', 'P20_PASSWORD'));
      else if (!passwordOk(password))
        errors.push(
          apexError(
            'Password must be 8 to 20 characters long and contain at least one upper-case letter, one lower-case letter, one digit and one special character.',
            'P20_PASSWORD',
          ),
        );
      if (!again) errors.push(apexError('Re-enter Password must have some value.', 'P20_CONFIRM_PASSWORD'));
      else if (password && again !== password)
        errors.push(apexError('Password and Re-enter Password do not match.', 'P20_CONFIRM_PASSWORD'));
    }
    if (errors.length || !gsp) return json(res, { errors });
    const username = `API_${typed}`;
    const rows = registeredRows(state);
    if (rows.some((r) => r.gsp.toLowerCase() === gsp.name.toLowerCase())) {
      state.refusals.push('duplicate');
      return json(res, {
        errors: [
          apexError(
            `GSTIN ${state.gstin} is already registered with the GSP ${gsp.name}. Only one API user can be created per GSP.`,
          ),
        ],
      });
    }
    if (
      TAKEN_USERNAMES.includes(username.toUpperCase()) ||
      rows.some((r) => r.username.toUpperCase() === username.toUpperCase())
    ) {
      state.refusals.push('username-taken');
      return json(res, {
        errors: [
          apexError(
            `Username ${username} is already in use. Please choose a different Username.`,
            'P20_USERNAME',
          ),
        ],
      });
    }
    state.users.push({
      gstin: state.gstin,
      gsp: gsp.name,
      username,
      password,
      createdOn: apexDate(new Date()),
    });
    s.apiOtpSent = false;
    s.apiOtpVerified = false;
    s.success = `API User ${username} has been created successfully for ${gsp.name}.`;
    return json(res, { redirectURL: pageUrl('create-api-user', s.id) });
  }

  async function accept(req: IncomingMessage, res: ServerResponse): Promise<Done> {
    const params = new URLSearchParams(await readBody(req));
    const sid = params.get('p_instance') ?? '';
    const s = live(sid, cookieOf(req));
    if (!s) return json(res, sessionEnded(sid));
    const step = Number(params.get('p_flow_step_id'));
    const request = params.get('p_request') ?? '';
    const items = parseItems(params.get('p_json'));
    if (step === 101 && request === 'LOGIN') return login(res, s, items);
    if (step === 102 && request === 'VERIFY_OTP') return verifyLoginOtp(res, s, items);
    if (s.stage !== 'auth') return json(res, sessionEnded(sid));
    if (step === 20 && request === 'SUBMIT') return createUser(res, s, items);
    const alias = Object.keys(PAGES).find((a) => PAGES[a]?.id === step) ?? 'dash-board';
    return json(res, { redirectURL: pageUrl(alias, s.id) });
  }

  async function ajax(req: IncomingMessage, res: ServerResponse): Promise<Done> {
    const params = new URLSearchParams(await readBody(req));
    const sid = params.get('p_instance') ?? '';
    const s = live(sid, cookieOf(req));
    if (!s) return json(res, sessionEnded(sid));
    const request = params.get('p_request') ?? '';
    const items = parseItems(params.get('p_json'));
    const proc = request.startsWith('APPLICATION_PROCESS=')
      ? request.slice('APPLICATION_PROCESS='.length)
      : '';
    if (proc === 'RESEND_LOGIN_OTP' && s.stage === 'otp') {
      await sleep(300);
      return json(res, {
        success: true,
        message: `A new OTP has been sent to your registered mobile number ${MOBILE}.`,
      });
    }
    if (s.stage !== 'auth') return json(res, sessionEnded(sid));
    if (request.startsWith('PLUGIN=')) {
      const term = (params.get('x02') ?? '').trim().toLowerCase();
      const values = GSPS.filter((g) => !term || g.name.toLowerCase().includes(term)).map((g) => ({
        r: g.code,
        d: g.name,
      }));
      await sleep(120);
      return json(res, { values, moreData: false });
    }
    switch (proc) {
      case 'GET_TECH_CONTACT':
        await sleep(300);
        return json(res, s.techContact);
      case 'UPDATE_TECH_CONTACT':
        s.techContact = {
          name: items.P1_TP_NAME ?? s.techContact.name,
          mobile: items.P1_TP_MOBILE ?? s.techContact.mobile,
          email: items.P1_TP_EMAIL ?? s.techContact.email,
        };
        return json(res, { success: true, message: 'Details of the technical person updated successfully.' });
      case 'SEND_API_OTP':
        if (expireIf('api-otp-send', s)) return json(res, sessionEnded(sid));
        await sleep(400);
        s.apiOtpSent = true;
        s.apiOtpVerified = false;
        return json(res, {
          success: true,
          message: `OTP has been sent to your registered mobile number ${MOBILE}.`,
        });
      case 'VERIFY_API_OTP': {
        if (expireIf('api-otp-verify', s)) return json(res, sessionEnded(sid));
        const otp = (items.P20_OTP ?? '').trim();
        if (!s.apiOtpSent)
          return json(res, { success: false, message: 'Please click Send OTP to receive an OTP first.' });
        if (!otp) return json(res, { success: false, message: 'Enter OTP must have some value.' });
        await sleep(200);
        if (otp !== state.apiOtp) {
          state.refusals.push('api-otp');
          return json(res, {
            success: false,
            message: 'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
          });
        }
        s.apiOtpVerified = true;
        return json(res, { success: true, message: 'OTP verified successfully.' });
      }
      default:
        return json(res, {
          error: `ERR-1002 Unable to find application process ${proc || request}.`,
          addInfo: '',
        });
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const run = async (): Promise<Done> => {
      if (req.method === 'GET' && (path === '/' || path === '/ords' || path === '/ords/'))
        return redirect(res, `${BASE}home`);
      if (path === '/favicon.ico') return send(res, 204, 'text/plain', '');
      if (req.method === 'GET' && path === '/ords/f') return classicF(res, url);
      if (req.method === 'GET' && path === '/ords/apex_authentication.logout') {
        const s = live(url.searchParams.get('p_session_id') ?? '', cookieOf(req));
        if (s) kill(s, false);
        return redirect(res, `${BASE}home`);
      }
      if (req.method === 'GET' && path.startsWith(BASE))
        return pageGet(req, res, url, path.slice(BASE.length).replace(/\/$/, ''));
      if (req.method === 'POST' && path === '/ords/wwv_flow.accept') return accept(req, res);
      if (req.method === 'POST' && path === '/ords/wwv_flow.ajax') return ajax(req, res);
      send(res, 404, 'text/html; charset=utf-8', '<h1>404 Not Found</h1>');
    };
    run().catch((e: unknown) => send(res, 500, 'text/plain; charset=utf-8', `Internal error: ${String(e)}`));
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
        server.closeAllConnections();
      }),
  };
}
