/**
 * Rendition r22-clay: the E-Invoice portal (einvoice1.gst.gov.in) written blind from the public
 * facts only (the "what is known" page and ClearTax's guide), drawn as a Liferay DXP 7.4 portal
 * with the Classic theme, Clay (Liferay's Bootstrap-4-based design system) and Senna.js SPA
 * navigation would draw it. One file, `node:http`/`node:crypto` only; every line of markup,
 * style and script (a small hand-written stand-in of Liferay's global JS: Senna, Clay modal,
 * toast, collapse, dropdown, sidenav and the aui form validator) lives below.
 *
 * Choices made where the docs are silent:
 * - URLs are Liferay's: home `/` (also `/web/guest/home`); the header "Sign In" link goes to
 *   `/c/portal/login`, which redirects to the Login portlet maximized on the home page
 *   (`/web/guest/home?p_p_id=com_liferay_login_web_portlet_LoginPortlet&p_p_lifecycle=0&...`);
 *   actions are `p_p_lifecycle=1` URLs with `_<ns>_javax.portlet.action` and `p_auth`; the
 *   second factor is the MFA Verify portlet (`p_p_id=com_liferay_multi_factor_..._MFAVerifyPortlet`);
 *   private pages live under `/group/einvoice/...`: the dashboard `/group/einvoice/dashboard`,
 *   Create API User `/group/einvoice/api-registration/user-credentials/create-api-user`, other
 *   menu leaves are placeholder pages with an empty result. The captcha image is served from
 *   `/c/portal/captcha/get_image`, the product-menu state is remembered through
 *   `/c/portal/session_click`, sign out is `/c/portal/logout`. CSS and JS are served from
 *   `/o/classic-theme/css/main.css` and `/o/frontend-js-web/liferay/global.bundle.js`.
 * - Login (Liferay Login portlet, title "Sign In"): fields "User Name", "Password", a captcha
 *   image with noise (an SVG, new noise on every load) with a "Refresh CAPTCHA" icon link and
 *   the field "Text Verification" (compared case-insensitively), a "Remember Me" checkbox and
 *   the button "Sign In". Liferay's own errors are shown inline as Clay alerts: "Text
 *   verification failed." (captcha, checked first) and "Authentication failed. Please try
 *   again." (user name or password). Empty fields are stopped in the browser with the aui
 *   validator's "This field is required." under the field.
 * - Second factor (MFA Verify portlet, title "Multi-Factor Authentication", sheet "Verify Your
 *   Identity"): "A one-time password has been sent to your registered mobile number ******4321.
 *   You can also use the code shown in the Sandes or NIC-GST-Shield app.", field "Enter
 *   One-Time Password", button "Submit"; a wrong code: an inline alert "The one-time password
 *   you entered is invalid. Please try again." and "Invalid one-time password." under the field.
 * - After login: a Clay modal "Contacts of Technical Person" (name, designation, mobile, e-mail
 *   in a table), opened by script about 400 ms after the dashboard shows, once per login; closed
 *   by its footer button "Exit" (btn-secondary), by the header × (`button.close`, sr-only
 *   "Close"), by Escape or by a click outside the dialog. The backdrop is a separate
 *   `.modal-backdrop.fade.show`; both are appended to body in one portal div.
 * - Dashboard: portlet titled "Dash Board" with Clay cards "Generations", "Cancelled" and
 *   "API Users".
 * - Menu: the Liferay product menu (control-menu button `aria-label="Product Menu"`) slides the
 *   dark `.product-menu` panel (`.sidenav-menu-slider`) in from the left; it is open after
 *   login and its state is remembered per session. Inside: a "Dash Board" link and an
 *   accordion of Clay collapse panels ("e-Invoice", "MIS Reports", "API Registration", "User
 *   Management"; opening one closes the others); "API Registration" holds a nested collapse
 *   panel "User Credentials" (leaf "Create API User") and the leaves "IP Whitelisting", "Freeze
 *   API User", "Change API Password". The panel holding the current page is rendered open. The
 *   public site navigation (`nav.navbar-classic`) has "Home" and a "Help" dropdown (hover or
 *   focus) with "User Manual", "FAQs", "Contact Us".
 * - API OTP: portlet "API Registration", sheet "Create API User" shows the GSTIN and the masked
 *   mobile with a "Send OTP" button (a resource request by fetch returning JSON). On success a
 *   toast "Success: OTP has been sent to your registered mobile number ******4321." and the
 *   field "Enter OTP" (6 digits) with a "Resend OTP" link button appear; "Verify OTP" posts the
 *   form through Senna. A wrong OTP re-renders with the field in `.has-error` and "The OTP you
 *   entered is invalid. Please enter the correct OTP." under it (Verify before any Send: "Please click Send OTP to receive an OTP
 *   first."). Buttons "Verify OTP" and "Exit".
 * - Registration form (after a good OTP): read-only GSTIN, the radios "Do you wish to Register
 *   your GSTIN for": "Directly", "Through GSP", "Through ERP", "Through Client-Id of other"
 *   (Clay custom radios, none chosen at first); "Through GSP" shows the native Clay
 *   `select.form-control` "Select your GSP" (first option "Select", then 21 GSP names in
 *   mixed spelling) and the credentials: "Username" with a fixed `API_` input-group prefix,
 *   "Password", "Re-enter Password"; the other three options show an info alert instead and
 *   are refused by the server ("API access through the selected option has not been enabled
 *   for your GSTIN. Please choose Through GSP."). Rules: user name 4 to 15 letters or digits
 *   after `API_`; password 8 to 15 characters with upper, lower, digit and special character;
 *   re-entry equal ("Please enter the same value again."), checked in the browser (aui
 *   validator, on blur and on submit) and again on the server (then the top alert reads "Please
 *   correct the errors below."). Buttons "Submit" and "Exit" (back to the dashboard).
 *   A table "GSPs Registered for GSTIN <gstin>" is shown under the form.
 * - Submit opens a Clay confirm modal titled "Confirm" ("Do you want to register GSTIN ... for
 *   e-Invoice API access through <GSP> with the user name API_...?") with "Cancel" and "OK";
 *   OK posts the form through Senna. Refusals re-render the form with an inline error alert:
 *   "GSTIN <gstin> is already registered with <GSP>. Please select a different GSP." and "The
 *   user name API_... is already taken. Please choose another user name." (field in error).
 * - Verdict: the page "API Users" with an inline alert "Success: API user API_... has been
 *   created for <GSP>. Use these credentials with your GSP to access the e-Invoice APIs.", the
 *   toast "Success: Your request completed successfully." and the table of registered GSPs
 *   (Sl. No., GSP Name, API User Name, Created On, Status). Buttons "Register Another GSP"
 *   (back to the OTP step) and "Exit". The seeded older registration (TERA SOFTWARE LIMITED,
 *   API_unitrade27) lives in its own list and is always shown.
 * - Toasts are Liferay's openToast: `.alert-container.container#ToastAlertContainer >
 *   .alert-notifications.alert-notifications-fixed` (bottom left), each `.alert.alert-dismissible`
 *   with `.alert-indicator`, `strong.lead` "Error:"/"Success:", a close button, fade in/out,
 *   auto-dismissed after 5 s (8 s for the session-expiry toast; paused while hovered).
 * - Senna: same-origin links and forms (not `data-senna-off`) are fetched by XHR with
 *   `X-PJAX: true`; the body is swapped in place (toasts and the loading bar persist), head
 *   elements `data-senna-track="temporary"` are replaced and scripts re-run, the URL (the
 *   `X-Request-URL` header or the redirected URL) is pushed with history.pushState; back and
 *   forward re-fetch. During a navigation `html.lfr-spa-loading` is set and the
 *   `.lfr-spa-loading-bar` grows across the top. Submit buttons are disabled while posting.
 * - Sessions: cookie `JSESSIONID` (HttpOnly); a new session on login. A private page or action
 *   without a live signed-in session is redirected (302) to the login page, which then shows
 *   "Error: Your session has expired. Please sign in again."; a resource (fetch) call without a
 *   session gets the same redirect, and the page then shows the toast "Error: Due to inactivity,
 *   your session has expired. Please sign in again." and goes to the login page 1.5 s later.
 * - expireOnce: the first request of the stage ('api-otp-send': Send/Resend OTP; 'api-otp-verify':
 *   Verify OTP; 'submit': the registration post after the confirmation) deletes the session,
 *   records the stage in `state.expired` and answers exactly as a lost session; once per server.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type ClayR22Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface ClayR22Options {
  expireOnce?: ClayR22Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface ClayR22State {
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
export interface ClayR22Rendition {
  url: string;
  close(): Promise<void>;
  state: ClayR22State;
}
export const CLAY_R22_LOGIN: { username: string; password: string } = {
  username: 'unitrade27',
  password: 'Unitr@de#2025',
};

// ---------------------------------------------------------------------------------------------
// Portal constants
// ---------------------------------------------------------------------------------------------
const LOGIN_ID = 'com_liferay_login_web_portlet_LoginPortlet';
const MFA_ID = 'com_liferay_multi_factor_authentication_web_internal_portlet_MFAVerifyPortlet';
const API_ID = 'com_nic_einvoice_web_portlet_ApiRegistrationPortlet';
const DASH_ID = 'com_nic_einvoice_web_portlet_DashboardPortlet';
const PAGE_ID = 'com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_eInv1';
const PM_NS = '_com_liferay_product_navigation_product_menu_web_portlet_ProductMenuPortlet_';
const CM_NS = '_com_liferay_product_navigation_control_menu_web_portlet_ControlMenuPortlet_';
const LNS = `_${LOGIN_ID}_`;
const MNS = `_${MFA_ID}_`;
const ANS = `_${API_ID}_`;
const HOME = '/web/guest/home';
const LOGIN_URL = `${HOME}?p_p_id=${LOGIN_ID}&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view&saveLastPath=false&${LNS}mvcRenderCommandName=%2Flogin%2Flogin`;
const MFA_URL = `${HOME}?p_p_id=${MFA_ID}&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view&saveLastPath=false&${MNS}mvcRenderCommandName=%2Fmfa_verify%2Fview`;
const DASH_PATH = '/group/einvoice/dashboard';
const CREATE_PATH = '/group/einvoice/api-registration/user-credentials/create-api-user';
const API_RENDER = (cmd: string): string =>
  `${CREATE_PATH}?p_p_id=${API_ID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&${ANS}mvcRenderCommandName=${encodeURIComponent(cmd)}`;
const API_ACTION = (name: string, pAuth: string): string =>
  `${CREATE_PATH}?p_p_id=${API_ID}&p_p_lifecycle=1&p_p_state=normal&p_p_mode=view&${ANS}javax.portlet.action=${encodeURIComponent(name)}&p_auth=${pAuth}`;
const API_RESOURCE = (id: string): string =>
  `${CREATE_PATH}?p_p_id=${API_ID}&p_p_lifecycle=2&p_p_state=normal&p_p_mode=view&p_p_resource_id=${encodeURIComponent(id)}&p_p_cacheability=cacheLevelPage`;
const CSS_URL =
  '/o/classic-theme/css/main.css?browserId=chrome&themeId=classic_WAR_classictheme&minifierType=css&languageId=en_US&t=1718000000000';
const JS_URL =
  '/o/frontend-js-web/liferay/global.bundle.js?browserId=chrome&languageId=en_US&t=1718000000000';
const MASKED_MOBILE = '******4321';
const LEGAL_NAME = 'UNITRADE ENTERPRISES';

const GSPS: string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Botree Software International Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'Mastek Limited',
  'Masters India Private Limited',
  'Reliance Corporate IT Park Limited',
  'SAG Infotech Private Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'TERA SOFTWARE LIMITED',
  'Vayana Network Services Private Limited',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
];
const gspId = (i: number): string => `GSP${String(i + 101).padStart(4, '0')}`;

interface Leaf {
  label: string;
  path: string;
}
interface Group {
  id: string;
  label: string;
  children: (Leaf | Group)[];
}
const isGroup = (x: Leaf | Group): x is Group => 'children' in x;
const MENU: Group[] = [
  {
    id: 'eInvoice',
    label: 'e-Invoice',
    children: [
      { label: 'Generate IRN', path: '/group/einvoice/e-invoice/generate-irn' },
      { label: 'Bulk Upload', path: '/group/einvoice/e-invoice/bulk-upload' },
      { label: 'Cancel IRN', path: '/group/einvoice/e-invoice/cancel-irn' },
      { label: 'Print e-Invoice', path: '/group/einvoice/e-invoice/print' },
    ],
  },
  {
    id: 'misReports',
    label: 'MIS Reports',
    children: [
      { label: 'IRN Details Report', path: '/group/einvoice/mis-reports/irn-details' },
      { label: 'Summary Report', path: '/group/einvoice/mis-reports/summary' },
    ],
  },
  {
    id: 'apiRegistration',
    label: 'API Registration',
    children: [
      {
        id: 'userCredentials',
        label: 'User Credentials',
        children: [{ label: 'Create API User', path: CREATE_PATH }],
      },
      { label: 'IP Whitelisting', path: '/group/einvoice/api-registration/ip-whitelisting' },
      { label: 'Freeze API User', path: '/group/einvoice/api-registration/freeze-api-user' },
      { label: 'Change API Password', path: '/group/einvoice/api-registration/change-api-password' },
    ],
  },
  {
    id: 'userManagement',
    label: 'User Management',
    children: [
      { label: 'Create Sub-User', path: '/group/einvoice/user-management/create-sub-user' },
      { label: 'Update Sub-User', path: '/group/einvoice/user-management/update-sub-user' },
      { label: 'Change Password', path: '/group/einvoice/user-management/change-password' },
    ],
  },
];
const PUBLIC_PAGES: Record<string, string> = {
  '/web/guest/help': 'Help',
  '/web/guest/help/user-manual': 'User Manual',
  '/web/guest/help/faqs': 'FAQs',
  '/web/guest/help/contact-us': 'Contact Us',
  '/web/guest/forgot-password': 'Forgot Password',
};

function findLeaf(path: string, groups: Group[] = MENU): Leaf | null {
  for (const g of groups) {
    for (const c of g.children) {
      if (isGroup(c)) {
        const f = findLeaf(path, [c]);
        if (f) return f;
      } else if (c.path === path) return c;
    }
  }
  return null;
}
function containsPath(g: Group, path: string): boolean {
  return g.children.some((c) => (isGroup(c) ? containsPath(c, path) : c.path === path));
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------
const ENT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function esc(v: string): string {
  return v.replace(/[&<>"']/g, (c) => ENT[c] ?? c);
}
function jsStr(v: unknown): string {
  return JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
function token(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}
function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
function fmtDate(iso: string): string {
  const d = new Date(iso);
  return `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}/${d.getFullYear()} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

const ICONS: Record<string, string> = {
  times:
    '<path d="M300.4 256 467.6 88.8a31.4 31.4 0 0 0-44.4-44.4L256 211.6 88.8 44.4a31.4 31.4 0 0 0-44.4 44.4L211.6 256 44.4 423.2a31.4 31.4 0 0 0 44.4 44.4L256 300.4l167.2 167.2a31.4 31.4 0 0 0 44.4-44.4Z"/>',
  'angle-right':
    '<path d="M181.3 459.3a32 32 0 0 1-22.6-54.6L307.4 256 158.7 107.3a32 32 0 0 1 45.3-45.3l171.3 171.4a32 32 0 0 1 0 45.2L204 449.9a32 32 0 0 1-22.7 9.4Z"/>',
  'angle-down':
    '<path d="M52.7 181.3a32 32 0 0 1 54.6-22.6L256 307.4l148.7-148.7a32 32 0 0 1 45.3 45.3L278.6 375.3a32 32 0 0 1-45.2 0L62.1 204a32 32 0 0 1-9.4-22.7Z"/>',
  asterisk:
    '<rect x="224" y="32" width="64" height="448" rx="32"/><rect x="224" y="32" width="64" height="448" rx="32" transform="rotate(60 256 256)"/><rect x="224" y="32" width="64" height="448" rx="32" transform="rotate(-60 256 256)"/>',
  'exclamation-full':
    '<path fill-rule="evenodd" d="M256 0a256 256 0 1 0 0 512A256 256 0 0 0 256 0Zm-32 96h64l-8 224h-48Zm32 256a32 32 0 1 1 0 64 32 32 0 0 1 0-64Z"/>',
  'check-circle-full':
    '<path fill-rule="evenodd" d="M256 0a256 256 0 1 0 0 512A256 256 0 0 0 256 0Zm-32 372L109 257l45-45 70 70 134-134 45 45Z"/>',
  'info-circle':
    '<path fill-rule="evenodd" d="M256 0a256 256 0 1 0 0 512A256 256 0 0 0 256 0Zm-32 224h64v192h-64Zm32-128a32 32 0 1 1 0 64 32 32 0 0 1 0-64Z"/>',
  'warning-full':
    '<path fill-rule="evenodd" d="M256 16 0 480h512Zm-32 160h64l-8 160h-48Zm32 192a32 32 0 1 1 0 64 32 32 0 0 1 0-64Z"/>',
  reload:
    '<path d="M256 64a192 192 0 0 0-160 86l-32-32v128h128l-50-50A128 128 0 1 1 135 320l-59 25A192 192 0 1 0 256 64Z"/>',
  'product-menu-closed':
    '<path d="M32 64h448a32 32 0 0 1 0 64H32a32 32 0 0 1 0-64Zm160 160h288a32 32 0 0 1 0 64H192a32 32 0 0 1 0-64ZM32 384h448a32 32 0 0 1 0 64H32a32 32 0 0 1 0-64ZM32 192l96 64-96 64Z"/>',
  'product-menu-open':
    '<path d="M32 64h448a32 32 0 0 1 0 64H32a32 32 0 0 1 0-64Zm160 160h288a32 32 0 0 1 0 64H192a32 32 0 0 1 0-64ZM32 384h448a32 32 0 0 1 0 64H32a32 32 0 0 1 0-64Zm96-192-96 64 96 64Z"/>',
  user: '<circle cx="256" cy="144" r="112"/><path d="M32 480c0-124 100-192 224-192s224 68 224 192Z"/>',
  home: '<path d="M256 32 16 240h64v240h128V336h96v144h128V240h64Z"/>',
  key: '<path d="M336 32a144 144 0 0 0-137 188L32 387v93h93v-61h61v-61h61l29-29A144 144 0 1 0 336 32Zm48 128a32 32 0 1 1 0-64 32 32 0 0 1 0 64Z"/>',
  'sign-out':
    '<path d="M192 32H64a32 32 0 0 0-32 32v384a32 32 0 0 0 32 32h128v-64H96V96h96Zm160 96-45 45 51 51H160v64h198l-51 51 45 45 128-128Z"/>',
};
function icon(name: string, extra = ''): string {
  return `<svg class="lexicon-icon lexicon-icon-${name}${extra ? ` ${extra}` : ''}" focusable="false" role="presentation" viewBox="0 0 512 512">${ICONS[name] ?? ''}</svg>`;
}
const LOGO = `data:image/svg+xml;utf8,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#0b3d91"/><circle cx="32" cy="32" r="22" fill="none" stroke="#fff" stroke-width="2"/><path d="M20 22h18v4H25v4h11v4H25v4h13v4H20Z" fill="#fff"/><path d="M42 22h4v20h-4Z" fill="#ff9933"/></svg>',
)}`;

// ---------------------------------------------------------------------------------------------
// Clay / Classic theme CSS (a hand-written subset)
// ---------------------------------------------------------------------------------------------
const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-size:16px;-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:1rem;line-height:1.5;color:#272833;background:#fff;text-align:left;transition:padding-left .5s ease}
html.lfr-spa-loading,html.lfr-spa-loading body{cursor:progress}
a{color:#0b5fff;text-decoration:none}
a:hover{color:#0041be;text-decoration:underline}
h1,h2,h3,h4,.h2{margin:0 0 .5rem;font-weight:600;line-height:1.2;color:#272833}
h1{font-size:1.625rem}h2,.h2{font-size:1.375rem}h3{font-size:1.1875rem}h4{font-size:1rem}
p{margin:0 0 1rem}
ul{margin-top:0}
img,svg{vertical-align:middle}
table{border-collapse:collapse}
fieldset{border:0;margin:0;padding:0;min-width:0}
button,input,select{font-family:inherit;font-size:inherit;line-height:inherit;margin:0}
.sr-only,.hide-accessible{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.sr-only-focusable:focus{position:static!important;width:auto;height:auto;margin:0;overflow:visible;clip:auto;white-space:normal}
.hide{display:none!important}.d-none{display:none!important}.d-block{display:block!important}.d-flex{display:flex!important}
.d-md-inline-flex{display:inline-flex!important}.flex-column{flex-direction:column!important}.flex-fill{flex:1 1 auto!important}
.min-vh-100{min-height:100vh}.position-relative{position:relative}.text-truncate{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.mb-0{margin-bottom:0!important}.mb-3{margin-bottom:1rem!important}.mt-3{margin-top:1rem!important}.mt-4{margin-top:1.5rem!important}.mr-2{margin-right:.5rem!important}.ml-2{margin-left:.5rem!important}
.py-3{padding-top:1rem!important;padding-bottom:1rem!important}.pb-3{padding-bottom:1rem!important}.p-2{padding:.5rem!important}
.font-weight-bold{font-weight:700!important}.text-dark{color:#272833!important}.text-white{color:#fff!important}.text-secondary{color:#6b6c7e!important}.text-center{text-align:center!important}.text-reset{color:inherit!important}.text-default{color:#6b6c7e}
.small{font-size:.875rem}.bg-dark{background:#272833!important}.list-unstyled{list-style:none;padding-left:0}
.container-fluid{width:100%;padding-right:1rem;padding-left:1rem;margin-right:auto;margin-left:auto}
.container-fluid-max-xl{max-width:1280px}
.container{width:100%;max-width:1140px;margin-right:auto;margin-left:auto;padding:0 1rem}
.autofit-row{display:flex;flex-wrap:nowrap;width:100%}
.autofit-col{display:flex;flex-direction:column;flex-shrink:0;min-height:0;position:relative}
.autofit-col-expand{flex:1 1 auto;min-width:3rem}
.autofit-row-center,.align-items-center{align-items:center!important}
.autofit-section{max-width:100%}
.autofit-float{flex-wrap:wrap}
.row{display:flex;flex-wrap:wrap;margin-right:-12px;margin-left:-12px}
.col-md-12{flex:0 0 100%;max-width:100%;padding:0 12px}
.col-md-4{flex:0 0 33.3333%;max-width:33.3333%;padding:0 12px}
.lexicon-icon{display:inline-block;width:1em;height:1em;fill:currentColor;vertical-align:middle;margin-top:-3px;overflow:hidden}
.inline-item{display:inline-flex;align-items:center}.inline-item-before{margin-right:.5rem}
.icon-monospaced{display:inline-flex;align-items:center;justify-content:center;width:2rem;height:2rem}
/* buttons */
.btn{display:inline-block;font-weight:600;color:#272833;text-align:center;vertical-align:middle;user-select:none;border:1px solid transparent;background:transparent;padding:.4375rem .9375rem;font-size:1rem;line-height:1.5;border-radius:.25rem;cursor:pointer;transition:color .15s ease-in-out,background-color .15s ease-in-out,border-color .15s ease-in-out,box-shadow .15s ease-in-out}
.btn:hover{text-decoration:none}
.btn:focus,.btn.focus{outline:0;box-shadow:0 0 0 .125rem #fff,0 0 0 .25rem #80acff}
.btn:disabled,.btn.disabled{opacity:.4;cursor:not-allowed;box-shadow:none}
.btn-primary{background:#0b5fff;border-color:#0b5fff;color:#fff}
.btn-primary:hover{background:#0053f0;border-color:#004ad7;color:#fff}
.btn-primary:disabled{background:#0b5fff;border-color:#0b5fff}
.btn-secondary{background:#fff;border-color:#cdced9;color:#6b6c7e}
.btn-secondary:hover{background:#f7f8f9;border-color:#cdced9;color:#272833}
.btn-danger{background:#da1414;border-color:#da1414;color:#fff}
.btn-link{font-weight:400;color:#0b5fff;border-color:transparent;background:transparent}
.btn-link:hover{color:#0041be;text-decoration:underline}
.btn-unstyled{background:none;border:0;padding:0;color:inherit;font-weight:inherit;text-align:inherit;border-radius:0}
.btn-sm{font-size:.875rem;line-height:1.15;padding:.4375rem .75rem}
.btn-monospaced{display:inline-flex;align-items:center;justify-content:center;width:2.5rem;height:2.5rem;padding:0;overflow:hidden}
.btn-monospaced.btn-sm{width:2rem;height:2rem}
.btn-group{display:inline-flex;flex-wrap:wrap;align-items:center}
.btn-group-item{display:inline-flex;margin-right:.5rem}
.btn-group-item:last-child{margin-right:0}
.btn-block{display:block;width:100%}
/* forms */
.form-group{margin-bottom:1.5rem}
label,.control-label{display:inline-block;color:#6b6c7e;font-size:.875rem;font-weight:600;margin-bottom:.25rem;max-width:100%;word-wrap:break-word}
.reference-mark{color:#b95000;font-size:.5rem;margin-left:.125rem;vertical-align:super}
.reference-mark .lexicon-icon{margin-top:0;vertical-align:top}
.form-control{display:block;width:100%;height:2.5rem;min-width:0;padding:.4375rem 1rem;font-size:1rem;font-weight:400;line-height:1.5;color:#272833;background:#f1f2f5;background-clip:padding-box;border:1px solid #e7e7ed;border-radius:.25rem;box-shadow:none;transition:border-color .15s ease-in-out,box-shadow .15s ease-in-out}
.form-control::placeholder{color:#6b6c7e;opacity:1}
.form-control:focus{background:#f0f5ff;border-color:#80acff;color:#272833;outline:0;box-shadow:0 0 0 .125rem #fff,0 0 0 .25rem #80acff}
.form-control[readonly]{background:#f1f2f5;border-color:#e7e7ed;color:#6b6c7e;cursor:default}
select.form-control{appearance:none;-webkit-appearance:none;cursor:pointer;padding-right:2.5rem;background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 512 512'%3E%3Cpath fill='%236b6c7e' d='M52.7 181.3a32 32 0 0 1 54.6-22.6L256 307.4l148.7-148.7a32 32 0 0 1 45.3 45.3L278.6 375.3a32 32 0 0 1-45.2 0L62.1 204a32 32 0 0 1-9.4-22.7Z'/%3E%3C/svg%3E");background-repeat:no-repeat;background-position:right 1rem center;background-size:.75em}
.form-text{display:block;color:#6b6c7e;font-size:.875rem;margin-top:.25rem}
.has-error .form-control,.has-error .form-control:focus{background:#feefef;border-color:#f48989;color:#272833}
.has-error .form-control:focus{box-shadow:0 0 0 .125rem #fff,0 0 0 .25rem #f48989}
.has-error > label,.has-error .control-label{color:#da1414}
.has-success .form-control{background:#edf9f0;border-color:#5aca75}
.has-success > label,.has-success .control-label{color:#287d3c}
.form-feedback-group{width:100%;word-wrap:break-word}
.form-feedback-item{font-size:.875rem;font-weight:600;margin-top:.25rem;color:#da1414}
.has-success .form-feedback-item{color:#287d3c}
.form-feedback-indicator{margin-right:.25rem}
.input-group{display:flex;flex-wrap:nowrap;align-items:stretch;width:100%;position:relative}
.input-group-item{display:flex;flex:1 1 auto;flex-wrap:wrap;align-items:center;min-width:0;width:1%}
.input-group-item-shrink{flex:0 1 auto;width:auto}
.input-group-text{display:flex;align-items:center;height:2.5rem;padding:.4375rem .75rem;font-size:1rem;font-weight:600;color:#6b6c7e;background:#e7e7ed;border:1px solid #e7e7ed;border-radius:.25rem 0 0 .25rem;white-space:nowrap}
.input-group-append .form-control{border-top-left-radius:0;border-bottom-left-radius:0}
.custom-control{position:relative;z-index:1;display:block;min-height:1.5rem;padding-left:1.5rem;margin-bottom:.5rem}
.custom-control-inline{display:inline-flex;margin-right:1rem}
.custom-control-input{position:absolute;left:0;z-index:-1;width:1rem;height:1.25rem;opacity:0}
.custom-control-label{position:relative;margin-bottom:0;vertical-align:top;color:#272833;font-size:1rem;font-weight:400;cursor:pointer}
.custom-control-label::before{position:absolute;top:.25rem;left:-1.5rem;display:block;width:1rem;height:1rem;pointer-events:none;content:"";background:#fff;border:1px solid #cdced9;box-shadow:none;transition:background-color .15s ease-in-out,border-color .15s ease-in-out,box-shadow .15s ease-in-out}
.custom-control-label::after{position:absolute;top:.25rem;left:-1.5rem;display:block;width:1rem;height:1rem;content:"";background:no-repeat 50%/50% 50%}
.custom-radio .custom-control-label::before{border-radius:50%}
.custom-checkbox .custom-control-label::before{border-radius:.125rem}
.custom-control-input:checked~.custom-control-label::before{color:#fff;border-color:#0b5fff;background-color:#0b5fff}
.custom-control-input:focus~.custom-control-label::before{box-shadow:0 0 0 .125rem #fff,0 0 0 .25rem #80acff}
.custom-radio .custom-control-input:checked~.custom-control-label::after{background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='-4 -4 8 8'%3E%3Ccircle r='3' fill='%23fff'/%3E%3C/svg%3E")}
.custom-checkbox .custom-control-input:checked~.custom-control-label::after{background-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 8 8'%3E%3Cpath fill='%23fff' d='M6.6 1 3 4.6 1.4 3 0 4.4l3 3 5-5z'/%3E%3C/svg%3E")}
.has-error .custom-control-label::before{border-color:#f48989}
.has-error .custom-control-label{color:#272833}
/* alerts */
.alert{position:relative;padding:.75rem 1rem;margin-bottom:1rem;border:1px solid transparent;border-radius:.25rem;font-size:.875rem;word-wrap:break-word}
.alert-danger{background:#feefef;border-color:#f48989;color:#da1414}
.alert-success{background:#edf9f0;border-color:#5aca75;color:#287d3c}
.alert-info{background:#eef2fa;border-color:#89a7e0;color:#2e5aac}
.alert-warning{background:#fff8f6;border-color:#ff8f39;color:#b95000}
.alert .lead{font-size:.875rem;font-weight:600;margin-right:.25rem}
.alert-indicator{font-size:1rem;margin-right:.25rem}
.alert-autofit-row{align-items:flex-start}
.alert-autofit-row .autofit-section{padding-right:.5rem}
.alert-dismissible{padding-right:2.75rem}
.alert-dismissible .close{position:absolute;top:.4375rem;right:.5rem}
.close{display:inline-flex;align-items:center;justify-content:center;width:2rem;height:2rem;padding:0;background:transparent;border:0;border-radius:.25rem;color:inherit;cursor:pointer;font-size:.875rem;opacity:1}
.close:hover{opacity:.7}
.close:focus{outline:0;box-shadow:0 0 0 .125rem #fff,0 0 0 .25rem #80acff}
.alert-container{height:0;overflow:visible}
.alert-notifications-fixed{position:fixed;left:1.5rem;bottom:1.5rem;z-index:5000;width:360px;max-width:calc(100% - 3rem)}
.alert-notifications .alert{box-shadow:0 1px 5px -1px rgba(0,0,0,.3);margin-bottom:.5rem}
.fade{transition:opacity .15s linear}
.fade:not(.show){opacity:0}
.collapse:not(.show){display:none}
.collapsing{position:relative;height:0;overflow:hidden;transition:height .35s ease}
/* modal */
body.modal-open{overflow:hidden}
.modal{position:fixed;top:0;left:0;z-index:1050;display:none;width:100%;height:100%;overflow-x:hidden;overflow-y:auto;outline:0}
.modal-dialog{position:relative;width:auto;margin:1.75rem auto;max-width:600px;pointer-events:none}
.modal-lg{max-width:800px}.modal-sm{max-width:300px}
.modal.fade .modal-dialog{transition:transform .3s ease-out;transform:translate(0,-50px)}
.modal.show .modal-dialog{transform:none}
.modal-content{position:relative;display:flex;flex-direction:column;width:100%;pointer-events:auto;background:#fff;background-clip:padding-box;border:0;border-radius:.25rem;outline:0;box-shadow:0 8px 16px rgba(39,40,51,.16)}
.modal-header{display:flex;align-items:center;justify-content:space-between;height:4rem;padding:0 1.5rem;border-bottom:1px solid #e7e7ed}
.modal-title{flex-grow:1;font-size:1.25rem;font-weight:600;line-height:1.5;margin:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.modal-header .close{margin-right:-.5rem}
.modal-body{position:relative;flex:1 1 auto;padding:1.5rem}
.modal-footer{display:flex;align-items:center;justify-content:flex-end;padding:.75rem 1.5rem;border-top:1px solid #e7e7ed}
.modal-item-last{margin-left:auto}
.modal-backdrop{position:fixed;top:0;left:0;z-index:1040;width:100vw;height:100vh;background:#000}
.modal-backdrop.fade{opacity:0}
.modal-backdrop.show{opacity:.5}
/* sheets, cards, tables, labels, stickers */
.sheet{background:#fff;border:1px solid #e7e7ed;border-radius:.25rem;padding:1.5rem;margin-bottom:1.5rem;word-wrap:break-word}
.sheet-lg{max-width:960px}
.sheet-header{margin-bottom:1.5rem}
.sheet-title{font-size:1.25rem;font-weight:600;margin:0 0 .5rem}
.sheet-subtitle{font-size:.875rem;font-weight:600;text-transform:uppercase;color:#6b6c7e;border-bottom:1px solid #e7e7ed;padding-bottom:.5rem;margin-bottom:1rem}
.sheet-text{color:#6b6c7e;margin-bottom:0}
.sheet-section{margin-bottom:1.5rem}
.sheet-footer{display:flex;flex-wrap:wrap}
.card{position:relative;display:flex;flex-direction:column;min-width:0;background:#fff;border:1px solid #e7e7ed;border-radius:.25rem;box-shadow:0 1px 3px -1px rgba(0,0,0,.2);margin-bottom:1.5rem}
.card-body{padding:1rem 1.25rem}
.card-title{font-size:.75rem;color:#6b6c7e;font-weight:600;text-transform:uppercase;margin-bottom:.5rem}
.display-count{font-size:2rem;font-weight:700;color:#272833;margin-right:.5rem}
.table-responsive{display:block;width:100%;overflow-x:auto}
.table{width:100%;margin-bottom:1rem;font-size:.875rem;color:#272833;background:#fff}
.table th,.table td{padding:.75rem;border-top:1px solid #e7e7ed;text-align:left;vertical-align:middle}
.table thead th{color:#6b6c7e;font-weight:600;border-bottom:1px solid #e7e7ed;border-top:0;white-space:nowrap}
.table-list{border:1px solid #e7e7ed;border-radius:.25rem}
.table-sm th,.table-sm td{padding:.5rem .75rem}
.table th[scope=row]{color:#6b6c7e;width:40%}
.label{display:inline-flex;align-items:center;border:1px solid;border-radius:.125rem;font-size:.625rem;font-weight:600;line-height:1;padding:.25rem .375rem;text-transform:uppercase}
.label-success{border-color:#5aca75;color:#287d3c;background:#edf9f0}
.sticker{display:inline-flex;align-items:center;justify-content:center;width:2rem;height:2rem;border-radius:.25rem;font-size:.875rem;font-weight:600;line-height:1;background:#e7e7ed;color:#272833;vertical-align:middle;flex-shrink:0}
.sticker-circle{border-radius:50%}
.sticker-primary{background:#0b5fff;color:#fff}
.taglib-empty-result-message{padding:2.5rem 1rem;text-align:center;color:#6b6c7e}
/* navbar, dropdown */
.navbar{position:relative;display:flex;flex-wrap:wrap;align-items:center;padding:.5rem 0}
.navbar-classic{background:#fff}
.navbar-nav{display:flex;flex-direction:row;list-style:none;margin:0;padding:0}
.nav-item{position:relative}
.nav-link{display:block;padding:.5rem 1rem;color:#6b6c7e;font-weight:600}
.nav-link:hover{color:#272833;text-decoration:none}
.navbar-site .nav-item.active>.nav-link,.navbar-site .nav-item.selected>.nav-link{color:#272833;box-shadow:inset 0 -.1875rem 0 #0b5fff}
.lfr-nav-child-toggle{margin-left:.25rem;font-size:.75rem}
.dropdown-menu{position:absolute;top:100%;left:0;z-index:1000;display:none;min-width:10rem;max-width:16rem;max-height:500px;overflow-y:auto;padding:.5rem 0;margin:.125rem 0 0;font-size:.875rem;text-align:left;list-style:none;background:#fff;border:1px solid #e7e7ed;border-radius:.25rem;box-shadow:0 1px 5px -1px rgba(0,0,0,.3)}
.dropdown-menu.show{display:block}
.navbar-site .dropdown:hover>.dropdown-menu,.navbar-site .dropdown:focus-within>.dropdown-menu{display:block}
.dropdown-item{display:block;width:100%;padding:.5rem 1.5rem;clear:both;color:#6b6c7e;font-weight:400;white-space:nowrap;background:transparent;border:0;text-align:left;cursor:pointer}
.dropdown-item:hover,.dropdown-item:focus{background:#f0f5ff;color:#272833;text-decoration:none;outline:0}
.dropdown-divider{height:0;margin:.5rem 0;overflow:hidden;border-top:1px solid #e7e7ed}
.dropdown-header{padding:.5rem 1.5rem 0;font-size:.75rem;color:#6b6c7e;font-weight:600;text-transform:uppercase}
.dropdown-toggle{cursor:pointer}
/* theme */
.quick-access-nav{position:absolute;top:0;left:0;z-index:7000;width:100%}
#banner .logo{color:#272833;gap:.5rem}
#banner .logo:hover{text-decoration:none}
#banner .site-subtitle{display:block;color:#6b6c7e;font-size:.8125rem;font-weight:400}
.user-personal-bar .sign-in{font-weight:600}
.personal-menu-toggle{display:inline-flex;align-items:center;gap:.5rem;color:#272833;font-weight:600;font-size:.875rem;padding:.25rem .5rem;border-radius:.25rem}
.personal-menu-toggle:hover,.personal-menu-toggle.show{background:#f1f2f5}
#content{padding:1.5rem 0 2rem}
.portlet-layout{margin:0}
.portlet{margin-bottom:1.5rem}
.portlet-header{margin-bottom:1rem}
.portlet-title-text{display:inline-block;font-size:1.5rem;font-weight:600;margin:0}
#footer{background:#f7f8f9;border-top:1px solid #e7e7ed;padding:1rem 0;font-size:.875rem;color:#6b6c7e}
#footer p{margin:0}
.login-container{max-width:440px}
.taglib-captcha{margin-bottom:0}
.taglib-captcha .captcha{border:1px solid #e7e7ed;border-radius:.25rem;margin-bottom:.5rem;background:#f4f4f0}
.taglib-captcha .refresh{display:inline-flex;align-items:center;justify-content:center;width:2rem;height:2rem;margin-left:.5rem;color:#6b6c7e;border-radius:.25rem;vertical-align:middle}
.taglib-captcha .refresh:hover{background:#f1f2f5;color:#272833}
.button-holder{margin-top:.5rem}
.login-container .navigation{margin-top:1.5rem;font-size:.875rem}
.web-content-body{max-width:880px}
.web-content-body .lead-text{font-size:1.125rem;color:#6b6c7e}
.lfr-spa-loading-bar{position:fixed;top:0;left:0;height:3px;width:0;background:#0b5fff;opacity:0;z-index:6000;pointer-events:none}
/* control menu */
.control-menu-container{position:sticky;top:0;z-index:990}
.control-menu{background:#fff;border-bottom:1px solid #e7e7ed;box-shadow:0 1px 3px rgba(0,0,0,.06);color:#6b6c7e;font-size:.875rem}
.control-menu>.container-fluid{height:3.5rem;display:flex;align-items:center}
.control-menu-nav{display:flex;align-items:center;list-style:none;margin:0;padding:0}
.control-menu-level-1-nav{width:100%}
.control-menu-nav-category{display:flex;align-items:center}
.tools-control-group{flex:1 1 auto;padding-left:.75rem;min-width:0}
.control-menu-level-1-heading{font-size:1.125rem;font-weight:600;color:#272833;margin:0}
.control-menu-icon{color:#6b6c7e;border-radius:.25rem}
.control-menu-icon:hover,.control-menu-icon.active{color:#272833;background:#f1f2f5}
.control-menu .gstin-badge{font-weight:600;color:#272833;margin-right:.5rem}
/* product menu */
.lfr-product-menu-panel{position:fixed;top:0;bottom:0;left:0;width:0;overflow:hidden;z-index:1000;transition:width .5s ease}
.lfr-product-menu-panel.open{width:320px}
.product-menu{width:320px;height:100%;overflow-y:auto;display:flex;flex-direction:column}
.sidebar-inverse{background:#1c1c24;color:#a7a9bc}
.product-menu .sidebar-header{padding:.75rem 1rem;border-bottom:1px solid rgba(255,255,255,.08);min-height:3.5rem;display:flex;align-items:center}
.product-menu .company-details{display:flex;align-items:center;gap:.5rem;color:#fff;font-weight:600}
.product-menu .company-details:hover{text-decoration:none}
.product-menu .sidenav-close{color:#a7a9bc}
.product-menu .sidenav-close:hover{color:#fff;background:rgba(255,255,255,.06)}
.product-menu .sidebar-body{flex:1 1 auto;padding:.5rem 0}
.product-menu .panel{background:transparent;border:0;margin:0}
.product-menu .panel-header{position:relative;display:flex;align-items:center;width:100%;padding:.75rem 1rem;color:#fff;font-weight:600;font-size:.875rem}
.product-menu .panel-header:hover{text-decoration:none;background:rgba(255,255,255,.04);color:#fff}
.product-menu .panel-header:focus{outline:0;box-shadow:inset 0 0 0 .125rem #80acff}
.collapse-icon{padding-right:2.5rem}
.collapse-icon .collapse-icon-closed,.collapse-icon .collapse-icon-open{position:absolute;right:1rem;top:50%;transform:translateY(-50%);display:inline-flex;font-size:.75rem}
.collapse-icon .collapse-icon-open{display:none}
.collapse-icon:not(.collapsed) .collapse-icon-open{display:inline-flex}
.collapse-icon:not(.collapsed) .collapse-icon-closed{display:none}
.product-menu .panel-body{padding:0 0 .5rem}
.product-menu .panel .panel .panel-header{padding-left:2rem;color:#cdced9}
.product-menu .nav{display:flex;flex-direction:column;list-style:none;margin:0;padding:0}
.product-menu .nav-link{color:#a7a9bc;padding:.5rem 1rem .5rem 2rem;font-weight:400;font-size:.875rem}
.product-menu .panel .panel .nav-link{padding-left:3rem}
.product-menu .nav-link:hover{color:#fff;background:rgba(255,255,255,.04)}
.product-menu .nav-link.active{color:#fff;background:#0b5fff}
.product-menu .nav-top .nav-link{padding-left:1rem;font-weight:600;color:#fff}
body.lfr-product-menu-open{padding-left:320px}
`;

// ---------------------------------------------------------------------------------------------
// The hand-written Liferay global JS: Senna SPA, Clay modal/toast/collapse/dropdown, sidenav,
// aui-style form validator, Liferay.Util.fetch and Liferay.Session.
// ---------------------------------------------------------------------------------------------
const RUNTIME = String.raw`(function () {
  'use strict';
  var L = (window.Liferay = window.Liferay || {});
  var doc = document;
  var ICONS = __ICONS__;
  function icon(name) {
    return '<svg class="lexicon-icon lexicon-icon-' + name + '" focusable="false" role="presentation" viewBox="0 0 512 512">' + (ICONS[name] || '') + '</svg>';
  }
  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function toArray(list) { return Array.prototype.slice.call(list); }
  L.authToken = L.authToken || '';
  L.Language = { get: function (key) { return key; } };
  L.Util = L.Util || {};
  L.Util.escapeHTML = esc;
  L.Util.getLexiconIconTpl = icon;
  var handlers = {};
  L.on = function (name, fn) { (handlers[name] = handlers[name] || []).push(fn); return { detach: function () { handlers[name] = (handlers[name] || []).filter(function (f) { return f !== fn; }); } }; };
  L.fire = function (name, data) { (handlers[name] || []).slice().forEach(function (fn) { try { fn(data || {}); } catch (e) { console.error(e); } }); };

  /* ---------------- toasts (Liferay.Util.openToast) ---------------- */
  var TOAST_TITLES = { danger: 'Error', info: 'Info', success: 'Success', warning: 'Warning' };
  var TOAST_ICONS = { danger: 'exclamation-full', info: 'info-circle', success: 'check-circle-full', warning: 'warning-full' };
  function toastRegion() {
    var c = doc.getElementById('ToastAlertContainer');
    if (!c) {
      c = doc.createElement('div');
      c.className = 'alert-container container';
      c.id = 'ToastAlertContainer';
      c.setAttribute('data-senna-persist', '');
      c.innerHTML = '<div class="alert-notifications alert-notifications-fixed"></div>';
      doc.body.appendChild(c);
    }
    return c.firstChild;
  }
  L.Util.openToast = function (opts) {
    opts = opts || {};
    var type = opts.type || 'success';
    var autoClose = opts.autoClose === undefined ? 5000 : opts.autoClose;
    var title = opts.title || TOAST_TITLES[type] || 'Info';
    var el = doc.createElement('div');
    el.className = 'alert alert-dismissible alert-' + type + ' fade';
    el.setAttribute('role', 'alert');
    el.innerHTML = '<div class="alert-autofit-row autofit-row"><div class="autofit-col"><div class="autofit-section"><span class="alert-indicator">' + icon(TOAST_ICONS[type] || 'info-circle') + '</span></div></div><div class="autofit-col autofit-col-expand"><div class="autofit-section"><strong class="lead">' + esc(title) + ':</strong> ' + esc(opts.message || '') + '</div></div></div><button aria-label="Close" class="close" type="button">' + icon('times') + '</button>';
    toastRegion().appendChild(el);
    void el.offsetWidth;
    el.classList.add('show');
    var timer = null;
    function close() {
      if (!el.parentNode || el.getAttribute('data-closing')) return;
      el.setAttribute('data-closing', 'true');
      clearTimeout(timer);
      el.classList.remove('show');
      setTimeout(function () { if (el.parentNode) el.parentNode.removeChild(el); if (opts.onClose) opts.onClose(); }, 150);
    }
    function arm() { clearTimeout(timer); if (autoClose) timer = setTimeout(close, autoClose); }
    el.addEventListener('mouseenter', function () { clearTimeout(timer); });
    el.addEventListener('mouseleave', arm);
    el.querySelector('.close').addEventListener('click', close);
    arm();
    return { close: close, element: el };
  };

  /* ---------------- Clay modal (Liferay.Util.openModal) ---------------- */
  var modalSeq = 0;
  var openModals = [];
  function focusables(root) {
    return toArray(root.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])')).filter(function (e) { return e.offsetParent !== null; });
  }
  L.Util.openModal = function (opts) {
    opts = opts || {};
    var labelId = 'clay-modal-label-' + (++modalSeq);
    var previous = doc.activeElement;
    var portal = doc.createElement('div');
    var backdrop = doc.createElement('div');
    backdrop.className = 'modal-backdrop fade';
    var modal = doc.createElement('div');
    modal.className = 'fade modal d-block';
    modal.setAttribute('role', 'dialog');
    modal.setAttribute('tabindex', '-1');
    modal.setAttribute('aria-labelledby', labelId);
    modal.setAttribute('aria-modal', 'true');
    if (opts.id) modal.id = opts.id;
    var buttons = opts.buttons || [];
    var footer = buttons.length ? '<div class="modal-footer"><div class="modal-item-last"><div class="btn-group">' + buttons.map(function (b, i) {
      return '<div class="btn-group-item"><button class="btn btn-' + (b.displayType || 'secondary') + '" data-modal-button="' + i + '" type="button">' + esc(b.label) + '</button></div>';
    }).join('') + '</div></div></div>' : '';
    modal.innerHTML = '<div class="modal-dialog' + (opts.size ? ' modal-' + opts.size : '') + (opts.center ? ' modal-dialog-centered' : '') + '"><div class="modal-content"><div class="modal-header"><div class="modal-title" id="' + labelId + '">' + esc(opts.title || '') + '</div><button aria-label="close" class="close" type="button">' + icon('times') + '<span class="sr-only">Close</span></button></div><div class="modal-body">' + (opts.bodyHTML || '') + '</div>' + footer + '</div></div>';
    portal.appendChild(backdrop);
    portal.appendChild(modal);
    doc.body.appendChild(portal);
    doc.body.classList.add('modal-open');
    var api = { closed: false, element: modal };
    function remove() {
      if (portal.parentNode) portal.parentNode.removeChild(portal);
      openModals = openModals.filter(function (m) { return m !== api; });
      if (!openModals.length) doc.body.classList.remove('modal-open');
    }
    api.close = function (reason, immediate) {
      if (api.closed) return;
      api.closed = true;
      doc.removeEventListener('keydown', onKey, true);
      if (immediate) { remove(); return; }
      modal.classList.remove('show');
      backdrop.classList.remove('show');
      setTimeout(function () {
        remove();
        if (previous && previous.focus && doc.contains(previous)) previous.focus();
        if (opts.onClose) opts.onClose(reason || 'close');
      }, 300);
    };
    function onKey(e) {
      if (openModals[openModals.length - 1] !== api) return;
      if (e.key === 'Escape') { e.preventDefault(); api.close('escape'); return; }
      if (e.key === 'Tab') {
        var list = focusables(modal);
        if (!list.length) { e.preventDefault(); modal.focus(); return; }
        var first = list[0], last = list[list.length - 1];
        if (e.shiftKey && (doc.activeElement === first || doc.activeElement === modal)) { e.preventDefault(); last.focus(); }
        else if (!e.shiftKey && doc.activeElement === last) { e.preventDefault(); first.focus(); }
        else if (!modal.contains(doc.activeElement)) { e.preventDefault(); first.focus(); }
      }
    }
    doc.addEventListener('keydown', onKey, true);
    modal.addEventListener('mousedown', function (e) { modal.setAttribute('data-down-outside', e.target === modal ? '1' : ''); });
    modal.addEventListener('click', function (e) {
      if (e.target === modal) { if (modal.getAttribute('data-down-outside') === '1') api.close('outside'); return; }
      var btn = e.target.closest('button');
      if (!btn || !modal.contains(btn)) return;
      if (btn.classList.contains('close')) { api.close('close'); return; }
      var idx = btn.getAttribute('data-modal-button');
      if (idx !== null) {
        var def = buttons[Number(idx)];
        var keep = def && def.onClick ? def.onClick({ processClose: api.close }) === false : false;
        if (!keep) api.close(def && def.type ? def.type : 'button');
      }
    });
    openModals.push(api);
    void modal.offsetWidth;
    backdrop.classList.add('show');
    modal.classList.add('show');
    modal.focus();
    return api;
  };
  L.Util.openConfirmModal = function (opts) {
    var answered = false;
    function answer(v) { if (answered) return; answered = true; if (opts.onConfirm) opts.onConfirm(v); }
    return L.Util.openModal({
      title: opts.title || '',
      bodyHTML: '<p class="mb-0">' + esc(opts.message || '') + '</p>',
      buttons: [
        { label: 'Cancel', displayType: 'secondary', type: 'cancel', onClick: function () { answer(false); } },
        { label: 'OK', displayType: 'primary', type: 'submit', onClick: function () { answer(true); } },
      ],
      onClose: function () { answer(false); },
    });
  };
  function closeAllModals() { openModals.slice().forEach(function (m) { m.close('navigate', true); }); }

  /* ---------------- collapse (data-toggle="liferay-collapse") ---------------- */
  function togglersFor(el) {
    return toArray(doc.querySelectorAll('[href="#' + el.id + '"], [data-target="#' + el.id + '"]'));
  }
  function showCollapse(el) {
    togglersFor(el).forEach(function (t) { t.classList.remove('collapsed'); t.setAttribute('aria-expanded', 'true'); });
    el.classList.remove('collapse');
    el.classList.add('collapsing');
    el.style.height = '0px';
    el.setAttribute('aria-expanded', 'true');
    var h = el.scrollHeight;
    void el.offsetHeight;
    el.style.height = h + 'px';
    setTimeout(function () { el.classList.remove('collapsing'); el.classList.add('collapse', 'show'); el.style.height = ''; }, 350);
  }
  function hideCollapse(el) {
    togglersFor(el).forEach(function (t) { t.classList.add('collapsed'); t.setAttribute('aria-expanded', 'false'); });
    el.style.height = el.getBoundingClientRect().height + 'px';
    void el.offsetHeight;
    el.classList.add('collapsing');
    el.classList.remove('collapse', 'show');
    el.setAttribute('aria-expanded', 'false');
    el.style.height = '0px';
    setTimeout(function () { el.classList.remove('collapsing'); el.classList.add('collapse'); el.style.height = ''; }, 350);
  }
  doc.addEventListener('click', function (e) {
    var t = e.target.closest && e.target.closest('[data-toggle="liferay-collapse"], [data-toggle="collapse"]');
    if (!t) return;
    e.preventDefault();
    var sel = t.getAttribute('data-target') || t.getAttribute('href');
    var target = sel && sel.charAt(0) === '#' ? doc.getElementById(sel.slice(1)) : null;
    if (!target || target.classList.contains('collapsing')) return;
    var opening = !target.classList.contains('show');
    var parentSel = t.getAttribute('data-parent');
    if (opening && parentSel) {
      var parent = doc.getElementById(parentSel.slice(1));
      if (parent) toArray(parent.querySelectorAll(':scope > .panel > .collapse.show')).forEach(function (o) { if (o !== target) hideCollapse(o); });
    }
    if (opening) showCollapse(target); else hideCollapse(target);
  });

  /* ---------------- alerts rendered inline (dismissible) ---------------- */
  doc.addEventListener('click', function (e) {
    var c = e.target.closest && e.target.closest('.alert-dismissible .close');
    if (!c || c.closest('.alert-notifications')) return;
    var a = c.closest('.alert');
    if (a && a.parentNode) a.parentNode.removeChild(a);
  });

  /* ---------------- product menu (liferay-sidenav) ---------------- */
  function sessionClick(key, value) {
    var fd = new FormData();
    fd.append(key, value);
    L.Util.fetch('/c/portal/session_click', { method: 'POST', body: fd }).catch(function () {});
  }
  function setSidenav(open) {
    var slider = doc.querySelector('.sidenav-menu-slider');
    if (!slider) return;
    var toggler = doc.querySelector('.product-menu-toggle');
    slider.classList.add('sidenav-transition');
    slider.classList.toggle('open', open);
    doc.body.classList.toggle('lfr-product-menu-open', open);
    if (toggler) {
      toggler.classList.toggle('open', open);
      toggler.classList.toggle('active', open);
      toggler.setAttribute('aria-expanded', open ? 'true' : 'false');
      var span = toggler.querySelector('.icon-monospaced');
      if (span) span.innerHTML = icon(open ? 'product-menu-open' : 'product-menu-closed');
    }
    setTimeout(function () { slider.classList.remove('sidenav-transition'); }, 500);
    sessionClick('com.liferay.product.navigation.product.menu.web_productMenuState', open ? 'open' : 'closed');
  }
  doc.addEventListener('click', function (e) {
    var t = e.target.closest && e.target.closest('[data-toggle="liferay-sidenav"], .sidenav-close');
    if (!t) return;
    e.preventDefault();
    var slider = doc.querySelector('.sidenav-menu-slider');
    if (!slider) return;
    setSidenav(t.classList.contains('sidenav-close') ? false : !slider.classList.contains('open'));
  });

  /* ---------------- dropdown menus rendered in a body portal ---------------- */
  var openDropdown = null;
  function closeDropdown() {
    if (!openDropdown) return;
    var d = openDropdown;
    openDropdown = null;
    if (d.menu.parentNode) d.menu.parentNode.removeChild(d.menu);
    d.toggle.classList.remove('show');
    d.toggle.setAttribute('aria-expanded', 'false');
  }
  function openDropdownFor(toggle) {
    var tpl = doc.getElementById(toggle.getAttribute('data-target').slice(1));
    if (!tpl) return;
    var menu = doc.createElement('div');
    menu.className = 'dropdown-menu show';
    menu.setAttribute('role', 'menu');
    menu.innerHTML = tpl.innerHTML;
    doc.body.appendChild(menu);
    var r = toggle.getBoundingClientRect();
    menu.style.top = (r.bottom + window.scrollY + 4) + 'px';
    menu.style.left = Math.max(8, r.right + window.scrollX - menu.offsetWidth) + 'px';
    toggle.classList.add('show');
    toggle.setAttribute('aria-expanded', 'true');
    openDropdown = { toggle: toggle, menu: menu };
  }
  doc.addEventListener('click', function (e) {
    var t = e.target.closest && e.target.closest('[data-toggle="liferay-dropdown"]');
    if (t) {
      e.preventDefault();
      var same = openDropdown && openDropdown.toggle === t;
      closeDropdown();
      if (!same) openDropdownFor(t);
      return;
    }
    if (!openDropdown) return;
    if (!openDropdown.menu.contains(e.target)) closeDropdown();
    else if (e.target.closest('.dropdown-item')) setTimeout(closeDropdown, 0);
  });
  doc.addEventListener('keydown', function (e) { if (e.key === 'Escape' && openDropdown) { var t = openDropdown.toggle; closeDropdown(); t.focus(); } });

  /* ---------------- aui-style form validator (Liferay.Form) ---------------- */
  var RULES = {
    required: function (v) { return v.replace(/^\s+|\s+$/g, '') !== ''; },
    digits: function (v) { return /^\d*$/.test(v); },
    alphanum: function (v) { return /^[a-zA-Z0-9]*$/.test(v); },
    minLength: function (v, a) { return v.length === 0 || v.length >= a; },
    maxLength: function (v, a) { return v.length <= a; },
    equalTo: function (v, a) { var o = doc.querySelector(a); return !o || v === o.value; },
    custom: function (v, a) { return a(v); },
  };
  var MESSAGES = {
    required: 'This field is required.',
    digits: 'Please enter only digits.',
    alphanum: 'Please enter only alphanumeric characters.',
    minLength: 'Please enter at least {0} characters.',
    maxLength: 'Please enter no more than {0} characters.',
    equalTo: 'Please enter the same value again.',
    custom: 'Please enter a valid value.',
  };
  function fieldValue(els) {
    var first = els[0];
    if (first.type === 'radio' || first.type === 'checkbox') {
      var v = '';
      els.forEach(function (el) { if (el.checked) v = el.value; });
      return v;
    }
    return first.value;
  }
  function setFeedback(group, input, msg, showSuccess) {
    toArray(group.querySelectorAll('.form-feedback-group')).forEach(function (n) { n.parentNode.removeChild(n); });
    group.classList.remove('has-error', 'has-success');
    if (msg) {
      group.classList.add('has-error');
      var fb = doc.createElement('div');
      fb.className = 'form-feedback-group';
      fb.innerHTML = '<div class="form-feedback-item" role="alert"><span class="form-feedback-indicator">' + icon('exclamation-full') + '</span>' + esc(msg) + '</div>';
      group.appendChild(fb);
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
      if (showSuccess) group.classList.add('has-success');
    }
  }
  L.Form = {
    register: function (form, ns, fields) {
      function validate(name) {
        var els = toArray(form.querySelectorAll('[name="' + ns + name + '"]'));
        if (!els.length) return true;
        var first = els[0];
        var group = first.closest('.form-group') || first.parentNode;
        if (first.disabled || first.closest('.hide')) { setFeedback(group, first, null, false); return true; }
        var value = fieldValue(els);
        var rules = fields[name];
        var msg = null;
        for (var i = 0; i < rules.length; i++) {
          var r = rules[i];
          if (!RULES[r.name](value, r.arg)) { msg = r.message || MESSAGES[r.name].replace('{0}', String(r.arg)); break; }
        }
        setFeedback(group, first, msg, first.type !== 'radio');
        return !msg;
      }
      function nameOf(el) { return el && el.name && el.name.indexOf(ns) === 0 ? el.name.slice(ns.length) : null; }
      form.addEventListener('focusout', function (e) {
        var n = nameOf(e.target);
        if (n && fields[n] && e.target.type !== 'radio') validate(n);
      });
      form.addEventListener('input', function (e) {
        var n = nameOf(e.target);
        if (!n || !fields[n]) return;
        var g = e.target.closest('.form-group');
        if (g && g.classList.contains('has-error')) validate(n);
      });
      form.addEventListener('change', function (e) {
        var n = nameOf(e.target);
        if (n && fields[n] && (e.target.type === 'radio' || e.target.tagName === 'SELECT')) validate(n);
      });
      form.addEventListener('submit', function (e) {
        var firstBad = null;
        Object.keys(fields).forEach(function (n) {
          if (!validate(n) && !firstBad) firstBad = form.querySelector('[name="' + ns + n + '"]');
        });
        if (firstBad) {
          e.preventDefault();
          firstBad.focus();
        }
      });
      return { validate: validate };
    },
  };

  /* ---------------- Liferay.Util.fetch and the session ---------------- */
  L.Util.fetch = function (url, init) {
    init = init || {};
    var headers = new Headers(init.headers || {});
    headers.set('x-csrf-token', L.authToken || '');
    return fetch(url, Object.assign({ credentials: 'include' }, init, { headers: headers }));
  };
  L.Session = {
    expired: function (url) {
      L.Util.openToast({ type: 'danger', message: 'Due to inactivity, your session has expired. Please sign in again.', autoClose: 8000 });
      setTimeout(function () { navigate(url || '/c/portal/login'); }, 1500);
    },
  };

  /* ---------------- Senna.js SPA (Liferay.SPA.app) ---------------- */
  var pending = null;
  var bar = null;
  function loadingBar() {
    if (!bar || !bar.parentNode) {
      bar = doc.createElement('div');
      bar.className = 'lfr-spa-loading-bar';
      bar.setAttribute('data-senna-persist', '');
      doc.body.insertBefore(bar, doc.body.firstChild);
    }
    return bar;
  }
  function startLoading() {
    doc.documentElement.classList.add('lfr-spa-loading');
    var b = loadingBar();
    b.style.transition = 'none';
    b.style.width = '0';
    b.style.opacity = '1';
    void b.offsetWidth;
    b.style.transition = 'width 4s cubic-bezier(.08,.7,.3,1)';
    b.style.width = '85%';
  }
  function stopLoading() {
    doc.documentElement.classList.remove('lfr-spa-loading');
    var b = loadingBar();
    b.style.transition = 'width .2s ease, opacity .3s ease .2s';
    b.style.width = '100%';
    b.style.opacity = '0';
  }
  function sameOrigin(url) {
    try {
      var u = new URL(url, location.href);
      if (u.origin !== location.origin) return false;
      if (/^\/(o|documents|image)\//.test(u.pathname) || u.pathname.indexOf('/c/portal/captcha') === 0) return false;
      return true;
    } catch (err) { return false; }
  }
  function freshScript(old) {
    var s = doc.createElement('script');
    toArray(old.attributes).forEach(function (a) { s.setAttribute(a.name, a.value); });
    s.text = old.text;
    return s;
  }
  function applyDocument(html) {
    var nd = new DOMParser().parseFromString(html, 'text/html');
    doc.title = nd.title;
    toArray(doc.head.querySelectorAll('[data-senna-track="temporary"]')).forEach(function (n) { n.parentNode.removeChild(n); });
    toArray(nd.head.querySelectorAll('[data-senna-track="temporary"]')).forEach(function (n) {
      doc.head.appendChild(n.tagName === 'SCRIPT' ? freshScript(n) : doc.importNode(n, true));
    });
    doc.body.className = nd.body.className;
    toArray(doc.body.childNodes).forEach(function (n) {
      if (n.nodeType === 1 && n.hasAttribute('data-senna-persist')) return;
      doc.body.removeChild(n);
    });
    var anchor = null;
    toArray(doc.body.childNodes).some(function (n) { if (n !== bar) { anchor = n; return true; } return false; });
    var added = [];
    toArray(nd.body.childNodes).forEach(function (n) {
      var c = doc.importNode(n, true);
      doc.body.insertBefore(c, anchor);
      added.push(c);
    });
    added.forEach(function (c) {
      if (c.nodeType !== 1) return;
      var scripts = c.tagName === 'SCRIPT' ? [c] : toArray(c.querySelectorAll('script'));
      scripts.forEach(function (s) { s.parentNode.replaceChild(freshScript(s), s); });
    });
  }
  function navigate(url, o) {
    o = o || {};
    if (pending) { pending.onload = pending.onerror = null; pending.abort(); pending = null; }
    closeAllModals();
    closeDropdown();
    L.fire('beforeNavigate', { path: url });
    startLoading();
    var xhr = new XMLHttpRequest();
    pending = xhr;
    xhr.open(o.method || 'GET', url, true);
    xhr.setRequestHeader('X-PJAX', 'true');
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.onload = function () {
      pending = null;
      if (xhr.status >= 500 || xhr.status === 0) {
        stopLoading();
        if (o.onFail) o.onFail();
        if (!o.method || o.method === 'GET') { location.href = url; return; }
        L.Util.openToast({ type: 'danger', message: 'An unexpected error occurred.' });
        return;
      }
      var header = xhr.getResponseHeader('X-Request-URL');
      var finalUrl = header ? new URL(header, location.href).href : (xhr.responseURL || url);
      applyDocument(xhr.responseText);
      if (o.history === false) { if (finalUrl !== location.href) history.replaceState({ senna: true, path: finalUrl }, '', finalUrl); }
      else history.pushState({ senna: true, path: finalUrl }, '', finalUrl);
      window.scrollTo(0, 0);
      stopLoading();
      L.fire('endNavigate', { path: finalUrl });
    };
    xhr.onerror = function () {
      pending = null;
      stopLoading();
      if (o.onFail) o.onFail();
      if (!o.method || o.method === 'GET') location.href = url;
      else L.Util.openToast({ type: 'danger', message: 'An unexpected error occurred.' });
    };
    xhr.send(o.body || null);
  }
  function submitForm(form, submitter) {
    var fd = new FormData(form);
    if (submitter && submitter.name) fd.append(submitter.name, submitter.value);
    var buttons = toArray(form.querySelectorAll('button[type=submit], input[type=submit]'));
    buttons.forEach(function (b) { b.disabled = true; });
    var method = (form.getAttribute('method') || 'get').toUpperCase();
    var action = form.getAttribute('action') || location.href;
    var restore = function () { buttons.forEach(function (b) { b.disabled = false; }); };
    if (method === 'GET') {
      var u = new URL(action, location.href);
      new URLSearchParams(fd).forEach(function (v, k) { u.searchParams.set(k, v); });
      navigate(u.href, { onFail: restore });
      return;
    }
    navigate(new URL(action, location.href).href, { method: 'POST', body: fd, onFail: restore });
  }
  L.Util.navigate = function (url) { navigate(new URL(url, location.href).href); };
  L.Util.submitForm = function (form) { submitForm(form, null); };
  L.SPA = { app: { navigate: L.Util.navigate } };
  doc.addEventListener('submit', function (e) {
    if (e.defaultPrevented) return;
    var form = e.target;
    if (!form || form.tagName !== 'FORM' || form.hasAttribute('data-senna-off')) return;
    if (form.target && form.target !== '_self') return;
    if (!sameOrigin(form.getAttribute('action') || location.href)) return;
    e.preventDefault();
    submitForm(form, e.submitter);
  });
  doc.addEventListener('click', function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var a = e.target.closest && e.target.closest('a[href]');
    if (!a || a.closest('[data-senna-off]') || a.hasAttribute('download')) return;
    if (a.target && a.target !== '_self') return;
    var href = a.getAttribute('href');
    if (!href || href.charAt(0) === '#' || /^(javascript|mailto|tel):/i.test(href)) return;
    if (!sameOrigin(a.href)) return;
    e.preventDefault();
    navigate(a.href);
  });
  window.addEventListener('popstate', function (e) {
    if (e.state && e.state.senna) navigate(e.state.path, { history: false });
  });
  doc.addEventListener('DOMContentLoaded', function () {
    loadingBar();
    history.replaceState({ senna: true, path: location.href }, '', location.href);
  });
})();
`.replace('__ICONS__', () => JSON.stringify(ICONS));

// ---------------------------------------------------------------------------------------------
// Server-side model
// ---------------------------------------------------------------------------------------------
interface Sess {
  id: string;
  authToken: string;
  userId: string | null;
  mfaPending: boolean;
  expiredNotice: boolean;
  techPopup: boolean;
  productMenuOpen: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  lastRegistration: { username: string; gsp: string } | null;
  toast: { type: 'success' | 'danger' | 'info'; message: string } | null;
}
interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  createdOn: string;
}
interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  method: string;
  sess: Sess | null;
  setCookies: string[];
  form: Map<string, string>;
}

// ---------------------------------------------------------------------------------------------
// Markup helpers (Clay / Liferay taglibs)
// ---------------------------------------------------------------------------------------------
const LEADS: Record<string, string> = {
  danger: 'Error:',
  success: 'Success:',
  info: 'Info:',
  warning: 'Warning:',
};
const ALERT_ICONS: Record<string, string> = {
  danger: 'exclamation-full',
  success: 'check-circle-full',
  info: 'info-circle',
  warning: 'warning-full',
};
function inlineAlert(
  type: 'danger' | 'success' | 'info' | 'warning',
  html: string,
  dismissible = false,
): string {
  return `<div class="alert${dismissible ? ' alert-dismissible' : ''} alert-${type}" role="alert"><span class="alert-indicator">${icon(ALERT_ICONS[type] ?? 'info-circle')}</span><strong class="lead">${LEADS[type]}</strong> ${html}${dismissible ? `<button aria-label="Close" class="close" type="button">${icon('times')}</button>` : ''}</div>`;
}
function labelFor(forId: string | null, text: string, required: boolean, id = ''): string {
  const mark = required
    ? ` <span class="reference-mark text-warning">${icon('asterisk')}</span><span class="hide-accessible sr-only">Required</span>`
    : '';
  return `<label class="control-label"${forId ? ` for="${forId}"` : ''}${id ? ` id="${id}"` : ''}>${esc(text)}${mark}</label>`;
}
function feedback(msg: string | undefined): string {
  return msg
    ? `<div class="form-feedback-group"><div class="form-feedback-item" role="alert"><span class="form-feedback-indicator">${icon('exclamation-full')}</span>${esc(msg)}</div></div>`
    : '';
}
interface FieldOpts {
  ns: string;
  name: string;
  label: string;
  type?: string;
  value?: string;
  required?: boolean;
  help?: string;
  error?: string;
  attrs?: string;
  prepend?: string;
  readonly?: boolean;
}
function field(o: FieldOpts): string {
  const id = `${o.ns}${o.name}`;
  const input = `<input class="field form-control" id="${id}" name="${id}" type="${o.type ?? 'text'}" value="${esc(o.value ?? '')}"${o.readonly ? ' readonly' : ''}${o.attrs ? ` ${o.attrs}` : ''}>`;
  const control = o.prepend
    ? `<div class="input-group"><div class="input-group-item input-group-item-shrink input-group-prepend"><span class="input-group-text" id="${id}Prefix">${esc(o.prepend)}</span></div><div class="input-group-append input-group-item">${input}</div></div>`
    : input;
  return `<div class="form-group input-text-wrapper${o.error ? ' has-error' : ''}">${labelFor(id, o.label, !!o.required)}${control}${o.help ? `<div class="form-text">${o.help}</div>` : ''}${feedback(o.error)}</div>`;
}
function portlet(id: string, title: string, inner: string): string {
  return `<div class="portlet-boundary portlet-boundary_${id}_ portlet-static portlet-static-end portlet-decorate" id="p_p_id_${id}_"><span id="p_${id}"></span><section class="portlet" id="portlet_${id}"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">${esc(title)}</h2></div></div><div class=" portlet-content-container"><div class="portlet-body">${inner}</div></div></div></section></div>`;
}
function hidden(ns: string, name: string, value: string): string {
  return `<input class="field form-control" id="${ns}${name}" name="${ns}${name}" type="hidden" value="${esc(value)}">`;
}

function renderMenuGroup(g: Group, active: string, parentId: string | null): string {
  const open = containsPath(g, active);
  const cid = `${PM_NS}${g.id}Collapse`;
  const hid = `${PM_NS}${g.id}Heading`;
  const innerGroupId = `${PM_NS}${g.id}Group`;
  let body = '';
  let leaves: Leaf[] = [];
  const flush = (): void => {
    if (!leaves.length) return;
    body += `<ul aria-labelledby="${hid}" class="nav nav-equal-height" role="menu">${leaves
      .map(
        (l) =>
          `<li class="nav-item" role="presentation"><a class="nav-link${l.path === active ? ' active' : ''}" href="${l.path}" role="menuitem"${l.path === active ? ' aria-current="page"' : ''}>${esc(l.label)}</a></li>`,
      )
      .join('')}</ul>`;
    leaves = [];
  };
  for (const c of g.children) {
    if (isGroup(c)) {
      flush();
      body += `<div class="panel-group" id="${innerGroupId}">${renderMenuGroup(c, active, null)}</div>`;
    } else leaves.push(c);
  }
  flush();
  return `<div class="panel panel-secondary"><a aria-controls="${cid}" aria-expanded="${open}" class="collapse-icon collapse-icon-middle${open ? '' : ' collapsed'} panel-header panel-header-link"${parentId ? ` data-parent="#${parentId}"` : ''} data-toggle="liferay-collapse" href="#${cid}" id="${hid}" role="tab"><span class="category-name text-truncate">${esc(g.label)}</span><span class="collapse-icon-closed">${icon('angle-right')}</span><span class="collapse-icon-open">${icon('angle-down')}</span></a><div aria-expanded="${open}" aria-labelledby="${hid}" class="collapse panel-collapse${open ? ' show' : ''}" id="${cid}" role="tabpanel"><div class="panel-body">${body}</div></div></div>`;
}
function productMenu(open: boolean, active: string): string {
  const acc = `${PM_NS}Accordion`;
  return `<div class="lfr-product-menu-panel sidenav-fixed sidenav-menu-slider${open ? ' open' : ''}" id="${PM_NS}sidenavSliderId"><div class="product-menu sidebar sidebar-inverse sidenav-menu"><div class="sidebar-header"><div class="autofit-row autofit-row-center"><div class="autofit-col autofit-col-expand"><a class="company-details text-truncate" href="${DASH_PATH}"><img alt="" class="company-logo" height="28" src="${LOGO}" width="28"><span class="company-name">E-Invoice System</span></a></div><div class="autofit-col"><button aria-label="Close" class="btn btn-monospaced btn-sm btn-unstyled sidenav-close" title="Close" type="button">${icon('times')}</button></div></div></div><div class="sidebar-body"><nav aria-label="Product Menu" class="lfr-product-menu-sidebar" id="${PM_NS}productMenuSidebar"><ul class="nav nav-top" role="menu"><li class="nav-item" role="presentation"><a class="nav-link${active === DASH_PATH ? ' active' : ''}" href="${DASH_PATH}" role="menuitem">Dash Board</a></li></ul><div aria-orientation="vertical" class="panel-group" id="${acc}" role="tablist">${MENU.map((g) => renderMenuGroup(g, active, acc)).join('')}</div></nav></div></div></div>`;
}
function controlMenu(open: boolean, heading: string, gstin: string): string {
  return `<div class="control-menu-container"><div class="cadmin control-menu control-menu-level-1 d-print-none" data-qa-id="controlMenu" id="ControlMenu"><div class="container-fluid container-fluid-max-xl"><ul class="control-menu-level-1-nav control-menu-nav" data-namespace="${CM_NS}" data-qa-id="header" id="${CM_NS}controlMenu"><li class="control-menu-nav-category sites-control-group"><ul class="control-menu-nav"><li class="control-menu-nav-item"><button aria-controls="${PM_NS}sidenavSliderId" aria-expanded="${open}" aria-label="Product Menu" class="btn btn-monospaced btn-sm control-menu-icon lfr-portal-tooltip product-menu-toggle sidenav-toggler${open ? ' active open' : ''}" data-content="body" data-open-class="open product-menu-open" data-qa-id="productMenu" data-target="#${PM_NS}sidenavSliderId" data-title="Product Menu" data-toggle="liferay-sidenav" data-type="fixed-push" id="${PM_NS}sidenavToggleId" title="Product Menu" type="button"><span class="icon-monospaced">${icon(open ? 'product-menu-open' : 'product-menu-closed')}</span></button></li></ul></li><li class="control-menu-nav-category tools-control-group"><ul class="control-menu-nav"><li class="control-menu-nav-item control-menu-nav-item-content"><span class="control-menu-level-1-heading text-truncate" data-qa-id="headerTitle">${esc(heading)}</span></li></ul></li><li class="control-menu-nav-category user-control-group"><ul class="control-menu-nav"><li class="control-menu-nav-item"><span class="gstin-badge">GSTIN: ${esc(gstin)}</span></li></ul></li></ul></div></div></div>`;
}

interface ShellOpts {
  title: string;
  sess: Sess | null;
  gstin: string;
  currentUrl: string;
  nav?: 'home' | 'help' | 'dashboard' | '';
  active?: string;
  content: string;
  script?: string;
}
function shell(o: ShellOpts): string {
  const signedIn = !!o.sess?.userId;
  const menuOpen = signedIn && !!o.sess?.productMenuOpen;
  const bodyClass = `chrome controls-visible yui3-skin-sam${signedIn ? ' signed-in private-page has-control-menu' : ' signed-out public-page'} site${menuOpen ? ' lfr-product-menu-open' : ''}`;
  const personal = signedIn
    ? `<div class="personal-menu-dropdown"><button aria-expanded="false" aria-haspopup="true" aria-label="User Menu" class="btn btn-unstyled dropdown-toggle personal-menu-toggle" data-target="#_com_liferay_product_navigation_user_personal_bar_web_portlet_ProductNavigationUserPersonalBarPortlet_personalMenuItems" data-toggle="liferay-dropdown" type="button"><span class="sticker sticker-circle sticker-primary user-icon-color-1"><span class="sticker-overlay">UE</span></span><span class="text-truncate">${esc(LEGAL_NAME)}</span>${icon('angle-down')}</button><template id="_com_liferay_product_navigation_user_personal_bar_web_portlet_ProductNavigationUserPersonalBarPortlet_personalMenuItems"><div class="dropdown-header">${esc(CLAY_R22_LOGIN.username)}</div><a class="dropdown-item" href="${DASH_PATH}" role="menuitem">My Dash Board</a><a class="dropdown-item" href="/group/einvoice/user-management/change-password" role="menuitem">Change Password</a><div class="dropdown-divider"></div><a class="dropdown-item" href="/c/portal/logout" role="menuitem">Sign Out</a></template></div>`
    : `<span class="sign-in text-default" role="presentation"><a class="sign-in text-default" data-redirect="false" href="/c/portal/login" id="_com_liferay_product_navigation_user_personal_bar_web_portlet_ProductNavigationUserPersonalBarPortlet_sOXv"><span class="inline-item inline-item-before">${icon('user')}</span><span class="taglib-text-icon">Sign In</span></a></span>`;
  const navItem = (key: string, label: string, href: string, extra = ''): string =>
    `<li class="lfr-nav-item nav-item${o.nav === key ? ' selected active' : ''}${extra ? ' dropdown' : ''}" id="layout_${key}" role="presentation"><a${o.nav === key ? ' aria-current="page"' : ''}${extra ? ' aria-expanded="false" aria-haspopup="true"' : ''} class="${extra ? 'dropdown-toggle ' : ''}nav-link text-truncate" href="${href}" role="menuitem"><span class="text-truncate">${esc(label)}${extra ? ` <span class="lfr-nav-child-toggle">${icon('angle-down')}</span>` : ''}</span></a>${extra}</li>`;
  const helpMenu = `<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu"><li role="presentation"><a class="dropdown-item" href="/web/guest/help/user-manual" role="menuitem">User Manual</a></li><li role="presentation"><a class="dropdown-item" href="/web/guest/help/faqs" role="menuitem">FAQs</a></li><li role="presentation"><a class="dropdown-item" href="/web/guest/help/contact-us" role="menuitem">Contact Us</a></li></ul>`;
  const nav = `${signedIn ? navItem('dashboard', 'Dash Board', DASH_PATH) : navItem('home', 'Home', '/')}${navItem('help', 'Help', '/web/guest/help', helpMenu)}`;
  const toast = o.sess?.toast
    ? `<script>Liferay.Util.openToast(${jsStr({ message: o.sess.toast.message, type: o.sess.toast.type })});</script>`
    : '';
  if (o.sess) o.sess.toast = null;
  const theme = {
    signedIn,
    layoutRelativeURL: o.currentUrl.split('?')[0],
    languageId: 'en_US',
    pathMain: '/c',
    portalURL: '',
  };
  return `<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="en-US">
<head>
<title>${esc(o.title)} - E-Invoice System</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport">
<meta content="text/html; charset=UTF-8" http-equiv="content-type">
<link data-senna-track="permanent" href="${esc(CSS_URL)}" id="liferayThemeCSS" rel="stylesheet" type="text/css">
<script data-senna-track="permanent" id="liferayGlobalJS" src="${esc(JS_URL)}"></script>
<script data-senna-track="temporary">Liferay.authToken = ${jsStr(o.sess?.authToken ?? '')}; Liferay.currentURL = ${jsStr(o.currentUrl)}; Liferay.ThemeDisplay = (function (t) { return { isSignedIn: function () { return t.signedIn; }, getLayoutRelativeURL: function () { return t.layoutRelativeURL; }, getLanguageId: function () { return t.languageId; }, getPathMain: function () { return t.pathMain; }, getPortalURL: function () { return location.origin + t.portalURL; } }; })(${jsStr(theme)});</script>
</head>
<body class="${bodyClass}">
<nav aria-label="Quick Links" class="bg-dark cadmin quick-access-nav text-center text-white" id="_com_liferay_product_navigation_product_menu_web_portlet_ProductMenuPortlet_quickAccessNav"><a class="d-block p-2 sr-only sr-only-focusable text-reset" href="#main-content">Skip to Main Content</a></nav>
${signedIn ? productMenu(menuOpen, o.active ?? '') : ''}
${signedIn ? controlMenu(menuOpen, o.title, o.gstin) : ''}
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header id="banner">
<div class="navbar navbar-classic navbar-top py-3">
<div class="container-fluid container-fluid-max-xl user-personal-bar">
<div class="align-items-center autofit-row">
<a class="logo custom-logo align-items-center d-md-inline-flex logo-md" href="${signedIn ? DASH_PATH : '/'}" title="Go to E-Invoice System"><img alt="" class="mr-2" height="48" src="${LOGO}" width="48"><span><span class="font-weight-bold h2 mb-0 text-dark d-block" role="heading" aria-level="1">E-Invoice System</span><span class="site-subtitle">Goods and Services Tax Network - National Informatics Centre</span></span></a>
<div class="autofit-col autofit-col-expand"></div>
<div class="autofit-col">${personal}</div>
</div>
</div>
</div>
<div class="navbar navbar-classic navbar-expand-md navbar-light pb-3">
<div class="container-fluid container-fluid-max-xl">
<nav aria-label="Site Pages" class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Site Pages" class="navbar-blank navbar-nav navbar-site" role="menubar">${nav}</ul></nav>
</div>
</div>
</header>
<section class="flex-fill" id="content">
<h2 class="hide-accessible sr-only" role="heading" aria-level="1">${esc(o.title)}</h2>
<div class="columns-1" id="main-content" role="main"><div class="portlet-layout row container-fluid container-fluid-max-xl"><div class="col-md-12 portlet-column portlet-column-only" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-only" id="layout-column_column-1">
${o.content}
</div></div></div></div>
</section>
<footer id="footer" role="contentinfo"><div class="container-fluid container-fluid-max-xl"><p>Site designed and developed for the E-Invoice System. Best viewed in the latest browsers.</p><p class="powered-by">Powered By <a href="https://www.liferay.com" rel="external" data-senna-off>Liferay</a></p></div></footer>
</div>
</div>
${o.script ? `<script>${o.script}</script>` : ''}
${toast}
</body>
</html>`;
}

function captchaSvg(text: string): string {
  const w = 160;
  const h = 50;
  const r = (a: number, b: number): number => Math.round((a + Math.random() * (b - a)) * 10) / 10;
  const col = (): string =>
    `rgb(${Math.floor(r(40, 160))},${Math.floor(r(40, 160))},${Math.floor(r(40, 160))})`;
  let s = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="#f4f4f0"/>`;
  for (let i = 0; i < 70; i++)
    s += `<circle cx="${r(0, w)}" cy="${r(0, h)}" r="${r(0.5, 1.6)}" fill="${col()}"/>`;
  const chars = text.split('');
  const step = (w - 30) / Math.max(chars.length, 1);
  chars.forEach((ch, i) => {
    const x = r(14 + i * step, 20 + i * step);
    const y = r(32, 40);
    s += `<text x="${x}" y="${y}" font-family="Georgia, 'DejaVu Serif', serif" font-size="${r(26, 32)}" font-weight="bold" fill="${col()}" transform="rotate(${r(-24, 24)} ${x} ${y}) skewX(${r(-12, 12)})">${esc(ch)}</text>`;
  });
  for (let i = 0; i < 5; i++)
    s += `<path d="M${r(0, 20)} ${r(5, 45)} Q ${r(40, 120)} ${r(-10, 60)} ${r(140, 160)} ${r(5, 45)}" stroke="${col()}" stroke-width="${r(1, 2.2)}" fill="none"/>`;
  return `${s}</svg>`;
}

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------
export async function startClayR22Rendition(options: ClayR22Options = {}): Promise<ClayR22Rendition> {
  const state: ClayR22State = {
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
      username: 'API_unitrade27',
      createdOn: '2023-08-17T05:12:40.000Z',
    },
  ];
  const sessions = new Map<string, Sess>();
  let expireSpent = false;

  const registrations = (): Registration[] => [
    ...seeded.filter((s) => s.gstin === state.gstin),
    ...state.users.filter((u) => u.gstin === state.gstin),
  ];

  function newSession(ctx: Ctx): Sess {
    const s: Sess = {
      id: token(16).toUpperCase(),
      authToken: token(4),
      userId: null,
      mfaPending: false,
      expiredNotice: false,
      techPopup: false,
      productMenuOpen: true,
      apiOtpSent: false,
      apiOtpVerified: false,
      lastRegistration: null,
      toast: null,
    };
    sessions.set(s.id, s);
    ctx.sess = s;
    ctx.setCookies.push(`JSESSIONID=${s.id}; Path=/; HttpOnly; SameSite=Lax`);
    return s;
  }
  function guest(ctx: Ctx): Sess {
    return ctx.sess ?? newSession(ctx);
  }
  function baseHeaders(ctx: Ctx): Record<string, string | string[]> {
    const h: Record<string, string | string[]> = {
      'Cache-Control': 'private, no-cache, no-store, must-revalidate',
      Pragma: 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'SAMEORIGIN',
      'Liferay-Portal': 'Liferay Digital Experience Platform 7.4.13 Update 92',
    };
    const cookies = [
      ...ctx.setCookies,
      'COOKIE_SUPPORT=true; Path=/; SameSite=Lax',
      'GUEST_LANGUAGE_ID=en_US; Path=/; SameSite=Lax',
    ];
    h['Set-Cookie'] = cookies;
    return h;
  }
  function sendHtml(ctx: Ctx, html: string, requestUrl: string, status = 200): void {
    ctx.res.writeHead(status, {
      ...baseHeaders(ctx),
      'Content-Type': 'text/html;charset=UTF-8',
      'X-Request-URL': requestUrl,
    });
    ctx.res.end(html);
  }
  function redirect(ctx: Ctx, location: string): void {
    ctx.res.writeHead(302, { ...baseHeaders(ctx), Location: location, 'Content-Length': '0' });
    ctx.res.end();
  }
  function sendJson(ctx: Ctx, body: unknown, status = 200): void {
    ctx.res.writeHead(status, { ...baseHeaders(ctx), 'Content-Type': 'application/json;charset=UTF-8' });
    ctx.res.end(JSON.stringify(body));
  }
  /** What the portal does for any private request without a live signed-in session. */
  function lostSession(ctx: Ctx): void {
    if (ctx.sess) sessions.delete(ctx.sess.id);
    ctx.sess = null;
    const s = newSession(ctx);
    s.expiredNotice = true;
    redirect(ctx, LOGIN_URL);
  }
  function maybeExpire(ctx: Ctx, stage: ClayR22Expiry): boolean {
    if (options.expireOnce !== stage || expireSpent) return false;
    expireSpent = true;
    if (ctx.sess) sessions.delete(ctx.sess.id);
    ctx.sess = null;
    state.expired.push(stage);
    lostSession(ctx);
    return true;
  }
  const page = (ctx: Ctx, o: Omit<ShellOpts, 'sess' | 'gstin'>): string =>
    shell({ ...o, sess: ctx.sess, gstin: state.gstin });

  // ------------------------------------------------------------------ public pages
  function homeView(ctx: Ctx): void {
    guest(ctx);
    const inner = `<div class="journal-content-article"><div class="web-content-body"><h1>Welcome to the E-Invoice System</h1><p class="lead-text">Registration of e-Invoices (IRN generation) for taxpayers registered under GST, through the web portal, the API interface, the offline utility and the SMS and mobile app modes.</p><p>Taxpayers can generate the Invoice Reference Number (IRN) and the signed QR code for their B2B invoices, cancel IRNs within 24 hours, and create API users to integrate their ERP or GSP with the Invoice Registration Portal.</p>${inlineAlert('info', 'Two-factor authentication is mandatory for all taxpayers from 1 April 2025. Keep your registered mobile number handy before signing in.')}<h3 class="mt-4">Latest updates</h3><ul><li>Time limit for reporting e-invoices: invoices older than 30 days cannot be reported by taxpayers with AATO of 10 crore and above.</li><li>New version of the bulk generation tool is available in Help &gt; User Manual.</li><li>Taxpayers are advised to create separate API users for each GSP.</li></ul></div></div>`;
    sendHtml(
      ctx,
      page(ctx, {
        title: 'Home',
        currentUrl: '/',
        nav: 'home',
        content: portlet(PAGE_ID, 'E-Invoice System', inner),
      }),
      ctx.url.pathname + ctx.url.search,
    );
  }
  function publicPage(ctx: Ctx, title: string): void {
    guest(ctx);
    const inner = `<div class="web-content-body"><p>${esc(title)} for the E-Invoice System.</p><p class="text-secondary">For assistance write to the helpdesk or call the toll-free number 1800-xxx-xxxx (9 AM to 8 PM, all days).</p></div>`;
    const p = ctx.url.pathname;
    sendHtml(
      ctx,
      page(ctx, {
        title,
        currentUrl: p,
        nav: p.startsWith('/web/guest/help') ? 'help' : '',
        content: portlet(PAGE_ID, title, inner),
      }),
      p,
    );
  }
  function notFound(ctx: Ctx): void {
    const inner = `<div class="sheet"><h3 class="sheet-title">Not Found</h3><p class="sheet-text">The requested resource could not be found.</p><p class="text-secondary small">${esc(ctx.url.pathname)}</p></div>`;
    sendHtml(
      ctx,
      page(ctx, {
        title: 'Status',
        currentUrl: ctx.url.pathname,
        content: portlet('com_liferay_portal_kernel_servlet_taglib_ui_StatusPortlet', 'Status', inner),
      }),
      ctx.url.pathname,
      404,
    );
  }

  // ------------------------------------------------------------------ login + MFA
  function loginView(ctx: Ctx, err?: string, login = '', status = 200): void {
    const s = guest(ctx);
    const action = `${HOME}?p_p_id=${LOGIN_ID}&p_p_lifecycle=1&p_p_state=maximized&p_p_mode=view&${LNS}javax.portlet.action=%2Flogin%2Flogin&${LNS}mvcRenderCommandName=%2Flogin%2Flogin&p_auth=${s.authToken}`;
    const notice = s.expiredNotice
      ? inlineAlert('danger', 'Your session has expired. Please sign in again.')
      : '';
    const inner = `<div class="login-container"><form action="${esc(action)}" autocomplete="on" class="form sign-in-form" data-fm-namespace="${LNS}" id="${LNS}loginForm" method="post" name="${LNS}loginForm">${hidden(LNS, 'formDate', String(Date.now()))}${hidden(LNS, 'saveLastPath', 'false')}${hidden(LNS, 'redirect', '')}${hidden(LNS, 'doActionAfterLogin', 'false')}${notice}${err ? inlineAlert('danger', esc(err)) : ''}<fieldset class="input-container">${field({ ns: LNS, name: 'login', label: 'User Name', value: login, required: true, attrs: 'autocomplete="username" autocapitalize="off"' })}${field({ ns: LNS, name: 'password', label: 'Password', type: 'password', required: true, attrs: 'autocomplete="current-password"' })}<div class="taglib-captcha"><img alt="Text to Identify" class="captcha" height="50" id="${LNS}captcha" src="/c/portal/captcha/get_image?portletId=${LOGIN_ID}&amp;t=${Date.now()}" width="160"><a class="refresh lfr-portal-tooltip" href="javascript:void(0);" id="${LNS}refreshCaptcha" title="Refresh CAPTCHA">${icon('reload')}<span class="sr-only">Refresh CAPTCHA</span></a>${field({ ns: LNS, name: 'captchaText', label: 'Text Verification', required: true, attrs: 'autocomplete="off" size="10" maxlength="10"' })}</div><div class="form-group form-inline input-checkbox-wrapper"><div class="custom-control custom-checkbox"><input class="custom-control-input" id="${LNS}rememberMe" name="${LNS}rememberMe" type="checkbox"><label class="custom-control-label" for="${LNS}rememberMe">Remember Me</label></div></div></fieldset><div class="button-holder"><button class="btn btn-primary" id="${LNS}signInButton" type="submit"><span class="lfr-btn-label">Sign In</span></button></div></form><div class="navigation"><ul class="list-unstyled"><li><a class="taglib-icon" href="/web/guest/forgot-password">${icon('key')} <span class="taglib-text">Forgot Password</span></a></li></ul></div></div>`;
    const script = `(function () {
  var ns = ${jsStr(LNS)};
  var form = document.getElementById(ns + 'loginForm');
  if (!form) return;
  Liferay.Form.register(form, ns, { login: [{ name: 'required' }], password: [{ name: 'required' }], captchaText: [{ name: 'required' }] });
  var refresh = document.getElementById(ns + 'refreshCaptcha');
  refresh.addEventListener('click', function (e) {
    e.preventDefault();
    var img = document.getElementById(ns + 'captcha');
    img.src = '/c/portal/captcha/get_image?portletId=${LOGIN_ID}&t=' + Date.now();
    var input = document.getElementById(ns + 'captchaText');
    input.value = '';
  });
  var first = document.getElementById(ns + (${jsStr(login)} ? 'password' : 'login'));
  if (first && !document.querySelector('.modal.show')) first.focus();
})();`;
    sendHtml(
      ctx,
      page(ctx, {
        title: 'Sign In',
        currentUrl: LOGIN_URL,
        nav: 'home',
        content: portlet(LOGIN_ID, 'Sign In', inner),
        script,
      }),
      LOGIN_URL,
      status,
    );
  }
  function loginAction(ctx: Ctx): void {
    const s = guest(ctx);
    s.expiredNotice = false;
    const login = (ctx.form.get(`${LNS}login`) ?? '').trim();
    const password = ctx.form.get(`${LNS}password`) ?? '';
    const captcha = (ctx.form.get(`${LNS}captchaText`) ?? '').trim();
    if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
      state.refusals.push('captcha');
      loginView(ctx, 'Text verification failed.', login);
      return;
    }
    if (
      login.toLowerCase() !== CLAY_R22_LOGIN.username.toLowerCase() ||
      password !== CLAY_R22_LOGIN.password
    ) {
      state.refusals.push('login');
      loginView(ctx, 'Authentication failed. Please try again.', login);
      return;
    }
    sessions.delete(s.id);
    ctx.sess = null;
    const fresh = newSession(ctx);
    fresh.mfaPending = true;
    redirect(ctx, MFA_URL);
  }
  function mfaView(ctx: Ctx, err?: string): void {
    const s = ctx.sess;
    if (!s?.mfaPending) {
      redirect(ctx, s?.userId ? DASH_PATH : LOGIN_URL);
      return;
    }
    const action = `${HOME}?p_p_id=${MFA_ID}&p_p_lifecycle=1&p_p_state=maximized&p_p_mode=view&${MNS}javax.portlet.action=%2Fmfa_verify%2Fverify&p_auth=${s.authToken}`;
    const inner = `<div class="sheet sheet-lg login-container"><form action="${esc(action)}" class="form" id="${MNS}fm" method="post" name="${MNS}fm">${hidden(MNS, 'formDate', String(Date.now()))}${hidden(MNS, 'mfaCheckerIndex', '0')}<div class="sheet-header"><h3 class="sheet-title">Verify Your Identity</h3><p class="sheet-text">A one-time password has been sent to your registered mobile number ${MASKED_MOBILE}. You can also use the code shown in the Sandes or NIC-GST-Shield app.</p></div>${err ? inlineAlert('danger', esc(err)) : ''}${field({ ns: MNS, name: 'otp', label: 'Enter One-Time Password', required: true, error: err ? 'Invalid one-time password.' : undefined, attrs: 'autocomplete="one-time-code" inputmode="numeric" maxlength="6"' })}<div class="button-holder"><button class="btn btn-primary" id="${MNS}submitButton" type="submit"><span class="lfr-btn-label">Submit</span></button></div></form></div>`;
    const script = `(function () {
  var ns = ${jsStr(MNS)};
  var form = document.getElementById(ns + 'fm');
  if (!form) return;
  Liferay.Form.register(form, ns, { otp: [{ name: 'required' }, { name: 'digits' }] });
  var input = document.getElementById(ns + 'otp');
  if (input) input.focus();
})();`;
    sendHtml(
      ctx,
      page(ctx, {
        title: 'Multi-Factor Authentication',
        currentUrl: MFA_URL,
        nav: 'home',
        content: portlet(MFA_ID, 'Multi-Factor Authentication', inner),
        script,
      }),
      MFA_URL,
    );
  }
  function mfaAction(ctx: Ctx): void {
    const s = ctx.sess;
    if (!s?.mfaPending) {
      lostSession(ctx);
      return;
    }
    const otp = (ctx.form.get(`${MNS}otp`) ?? '').trim();
    if (otp !== state.loginOtp) {
      state.refusals.push('login-otp');
      mfaView(ctx, 'The one-time password you entered is invalid. Please try again.');
      return;
    }
    s.mfaPending = false;
    s.userId = CLAY_R22_LOGIN.username;
    s.techPopup = true;
    s.authToken = token(4);
    redirect(ctx, DASH_PATH);
  }

  // ------------------------------------------------------------------ private pages
  function dashboard(ctx: Ctx): void {
    const s = ctx.sess as Sess;
    const popup = s.techPopup;
    s.techPopup = false;
    const card = (title: string, count: string, text: string): string =>
      `<div class="col-md-4"><div class="card"><div class="card-body"><div class="card-title">${esc(title)}</div><div class="card-text"><span class="display-count">${esc(count)}</span><span class="text-secondary small">${esc(text)}</span></div></div></div></div>`;
    const inner = `<p class="text-secondary">Welcome, <strong>${esc(LEGAL_NAME)}</strong> (GSTIN <strong>${esc(state.gstin)}</strong>). Last signed in: ${esc(fmtDate(new Date(Date.now() - 86_400_000 * 3).toISOString()))}</p><div class="row">${card('Generations', '1,284', 'IRNs this month')}${card('Cancelled', '17', 'IRNs this month')}${card('API Users', String(registrations().length), 'registered for this GSTIN')}</div>${inlineAlert('info', 'Use the Product Menu on the left to generate e-invoices, view reports and manage API access.')}`;
    const techBody = `<p>Please verify the details of the technical person registered for your GSTIN. The E-Invoice System uses them to contact you about API access and integration.</p><table class="table table-sm table-list mb-0"><tbody><tr><th scope="row">Name</th><td>Rajesh Kulkarni</td></tr><tr><th scope="row">Designation</th><td>IT Manager</td></tr><tr><th scope="row">Mobile Number</th><td>98XXXXXX21</td></tr><tr><th scope="row">E-mail</th><td>r*****i@unitrade.in</td></tr></tbody></table>`;
    const script = popup
      ? `(function () {
  setTimeout(function () {
    if (!document.getElementById(${jsStr(`p_p_id_${DASH_ID}_`)})) return;
    Liferay.Util.openModal({ title: 'Contacts of Technical Person', size: 'lg', bodyHTML: ${jsStr(techBody)}, buttons: [{ label: 'Exit', displayType: 'secondary', type: 'cancel' }] });
  }, 400);
})();`
      : undefined;
    sendHtml(
      ctx,
      page(ctx, {
        title: 'Dash Board',
        currentUrl: DASH_PATH,
        nav: 'dashboard',
        active: DASH_PATH,
        content: portlet(DASH_ID, 'Dash Board', inner),
        script,
      }),
      DASH_PATH,
    );
  }
  function leafPage(ctx: Ctx, leaf: Leaf): void {
    const inner = `<div class="sheet"><div class="taglib-empty-result-message"><p class="sheet-text">No records were found.</p></div></div>`;
    sendHtml(
      ctx,
      page(ctx, {
        title: leaf.label,
        currentUrl: leaf.path,
        nav: 'dashboard',
        active: leaf.path,
        content: portlet(
          `com_nic_einvoice_web_portlet_GenericPortlet_INSTANCE_${leaf.path.split('/').pop() ?? 'x'}`,
          leaf.label,
          inner,
        ),
      }),
      leaf.path,
    );
  }

  function registeredTable(): string {
    const rows = registrations()
      .map(
        (r, i) =>
          `<tr><td>${i + 1}</td><td class="table-cell-expand">${esc(r.gsp)}</td><td>${esc(r.username)}</td><td class="text-nowrap">${esc(fmtDate(r.createdOn))}</td><td><span class="label label-success"><span class="label-item label-item-expand">Active</span></span></td></tr>`,
      )
      .join('');
    return `<div class="sheet sheet-lg" id="${ANS}registeredGsps"><h3 class="sheet-subtitle">GSPs Registered for GSTIN ${esc(state.gstin)}</h3><div class="lfr-search-container-wrapper main-content-body"><div class="table-responsive"><table class="table table-autofit table-heading-nowrap table-list"><thead><tr><th>Sl. No.</th><th>GSP Name</th><th>API User Name</th><th>Created On</th><th>Status</th></tr></thead><tbody>${rows || '<tr><td colspan="5">No GSP has been registered for this GSTIN.</td></tr>'}</tbody></table></div></div></div>`;
  }
  function otpView(ctx: Ctx, otpError?: string, requestUrl = CREATE_PATH): void {
    const s = ctx.sess as Sess;
    const sent = s.apiOtpSent;
    const inner = `<div class="sheet sheet-lg"><div class="sheet-header"><h3 class="sheet-title">Create API User</h3><p class="sheet-text">Creating an API user needs a one-time password (OTP) sent to the mobile number registered for your GSTIN.</p></div><div class="sheet-section">${field({ ns: ANS, name: 'gstin', label: 'GSTIN', value: state.gstin, readonly: true })}${field({ ns: ANS, name: 'mobile', label: 'Registered Mobile Number', value: MASKED_MOBILE, readonly: true })}<button class="btn btn-primary${sent ? ' hide' : ''}" id="${ANS}sendOtp" type="button">Send OTP</button><p class="text-secondary small${sent ? '' : ' hide'}" id="${ANS}otpStatus">An OTP has been sent to ${MASKED_MOBILE}. It is valid for 10 minutes.</p></div><form action="${esc(API_ACTION('/api_registration/verify_otp', s.authToken))}" class="lfr-form${sent ? '' : ' hide'}" id="${ANS}otpFm" method="post" name="${ANS}otpFm">${hidden(ANS, 'formDate', String(Date.now()))}<div class="sheet-section">${field({ ns: ANS, name: 'otp', label: 'Enter OTP', required: true, error: otpError, attrs: 'autocomplete="one-time-code" inputmode="numeric" maxlength="6"', help: `Did not receive the OTP? <button class="btn btn-link btn-sm" id="${ANS}resendOtp" type="button">Resend OTP</button>` })}</div><div class="sheet-footer"><div class="btn-group"><div class="btn-group-item"><button class="btn btn-primary" id="${ANS}verifyOtp" type="submit"><span class="lfr-btn-label">Verify OTP</span></button></div><div class="btn-group-item"><a class="btn btn-secondary" href="${DASH_PATH}">Exit</a></div></div></div></form></div>`;
    const script = `(function () {
  var ns = ${jsStr(ANS)};
  var form = document.getElementById(ns + 'otpFm');
  if (!form) return;
  var sendBtn = document.getElementById(ns + 'sendOtp');
  var resend = document.getElementById(ns + 'resendOtp');
  var status = document.getElementById(ns + 'otpStatus');
  Liferay.Form.register(form, ns, { otp: [{ name: 'required' }, { name: 'digits' }, { name: 'minLength', arg: 6, message: 'Please enter the 6-digit OTP.' }] });
  var busy = false;
  function send(btn) {
    if (busy) return;
    busy = true;
    btn.disabled = true;
    var fd = new FormData();
    fd.append(ns + 'gstin', ${jsStr(state.gstin)});
    Liferay.Util.fetch(${jsStr(API_RESOURCE('/api_registration/send_otp'))}, { method: 'POST', body: fd })
      .then(function (res) {
        var type = res.headers.get('content-type') || '';
        if (res.redirected || type.indexOf('json') < 0) { Liferay.Session.expired(res.url); return null; }
        return res.json();
      })
      .then(function (data) {
        busy = false;
        btn.disabled = false;
        if (!data) return;
        if (!data.success) { Liferay.Util.openToast({ message: data.message, type: 'danger' }); return; }
        Liferay.Util.openToast({ message: data.message, type: 'success' });
        sendBtn.classList.add('hide');
        status.classList.remove('hide');
        form.classList.remove('hide');
        var input = document.getElementById(ns + 'otp');
        input.value = '';
        input.focus();
      })
      .catch(function () {
        busy = false;
        btn.disabled = false;
        Liferay.Util.openToast({ message: 'An unexpected error occurred.', type: 'danger' });
      });
  }
  sendBtn.addEventListener('click', function () { send(sendBtn); });
  resend.addEventListener('click', function () { send(resend); });
  if (!form.classList.contains('hide')) document.getElementById(ns + 'otp').focus();
})();`;
    sendHtml(
      ctx,
      page(ctx, {
        title: 'Create API User',
        currentUrl: requestUrl,
        nav: 'dashboard',
        active: CREATE_PATH,
        content: portlet(API_ID, 'API Registration', inner),
        script,
      }),
      requestUrl,
    );
  }

  interface FormState {
    mode: string;
    gsp: string;
    userName: string;
    errors: Record<string, string>;
    top?: string;
  }
  function registerView(ctx: Ctx, fs: FormState = { mode: '', gsp: '', userName: '', errors: {} }): void {
    const s = ctx.sess as Sess;
    const modes: [string, string][] = [
      ['DIRECT', 'Directly'],
      ['GSP', 'Through GSP'],
      ['ERP', 'Through ERP'],
      ['OTHER', 'Through Client-Id of other'],
    ];
    const radios = modes
      .map(
        ([v, l]) =>
          `<div class="custom-control custom-radio"><input class="custom-control-input" id="${ANS}registrationMode${v}" name="${ANS}registrationMode" type="radio" value="${v}"${fs.mode === v ? ' checked' : ''}><label class="custom-control-label" for="${ANS}registrationMode${v}">${esc(l)}</label></div>`,
      )
      .join('');
    const options = GSPS.map(
      (n, i) => `<option value="${gspId(i)}"${fs.gsp === gspId(i) ? ' selected' : ''}>${esc(n)}</option>`,
    ).join('');
    const e = fs.errors;
    const inner = `<form action="${esc(API_ACTION('/api_registration/add_api_user', s.authToken))}" class="lfr-form" id="${ANS}fm" method="post" name="${ANS}fm">${hidden(ANS, 'formDate', String(Date.now()))}<div class="sheet sheet-lg"><div class="sheet-header"><h3 class="sheet-title">Create API User</h3><p class="sheet-text">Choose how the e-Invoice APIs will be accessed for your GSTIN and create the API user name and password.</p></div>${fs.top ? inlineAlert('danger', esc(fs.top), true) : ''}<div class="sheet-section">${field({ ns: ANS, name: 'gstin', label: 'GSTIN', value: state.gstin, readonly: true })}<div class="form-group${e.registrationMode ? ' has-error' : ''}" aria-labelledby="${ANS}registrationModeLabel" id="${ANS}registrationModeGroup" role="radiogroup">${labelFor(null, 'Do you wish to Register your GSTIN for', true, `${ANS}registrationModeLabel`)}${radios}${feedback(e.registrationMode)}</div><div class="hide" id="${ANS}directSection">${inlineAlert('info', 'Direct API access (own Client-Id and Client-Secret) is given only to taxpayers whose aggregate turnover exceeds the notified threshold and who apply separately with their IP addresses.')}</div><div class="hide" id="${ANS}erpSection">${inlineAlert('info', 'Access through ERP needs the ERP Client-Id issued to your organisation. Contact your ERP administrator.')}</div><div class="hide" id="${ANS}otherSection">${inlineAlert('info', 'Using the Client-Id of another GSTIN of the same PAN needs a request from the GSTIN that holds the Client-Id.')}</div><div class="hide" id="${ANS}gspSection"><div class="form-group${e.gspId ? ' has-error' : ''}">${labelFor(`${ANS}gspId`, 'Select your GSP', true)}<select class="form-control" id="${ANS}gspId" name="${ANS}gspId"><option value="">Select</option>${options}</select>${feedback(e.gspId)}</div></div><div class="hide" id="${ANS}credentialsSection">${field({ ns: ANS, name: 'userName', label: 'Username', value: fs.userName, required: true, prepend: 'API_', error: e.userName, attrs: 'autocomplete="off" maxlength="15"', help: 'The API user name is API_ followed by 4 to 15 letters or digits.' })}${field({ ns: ANS, name: 'password', label: 'Password', type: 'password', required: true, error: e.password, attrs: 'autocomplete="new-password" maxlength="15"', help: '8 to 15 characters with at least one uppercase letter, one lowercase letter, one digit and one special character.' })}${field({ ns: ANS, name: 'confirmPassword', label: 'Re-enter Password', type: 'password', required: true, error: e.confirmPassword, attrs: 'autocomplete="new-password" maxlength="15"' })}</div></div><div class="sheet-footer"><div class="btn-group"><div class="btn-group-item"><button class="btn btn-primary" id="${ANS}submitButton" type="submit"><span class="lfr-btn-label">Submit</span></button></div><div class="btn-group-item"><a class="btn btn-secondary" href="${DASH_PATH}">Exit</a></div></div></div></div></form>${registeredTable()}`;
    const gspNames = Object.fromEntries(GSPS.map((n, i) => [gspId(i), n]));
    const script = `(function () {
  var ns = ${jsStr(ANS)};
  var form = document.getElementById(ns + 'fm');
  if (!form) return;
  var names = ${jsStr(gspNames)};
  var sections = { DIRECT: 'directSection', GSP: 'gspSection', ERP: 'erpSection', OTHER: 'otherSection' };
  function mode() {
    var c = form.querySelector('input[name="' + ns + 'registrationMode"]:checked');
    return c ? c.value : '';
  }
  function sync() {
    var m = mode();
    Object.keys(sections).forEach(function (k) { document.getElementById(ns + sections[k]).classList.toggle('hide', k !== m); });
    document.getElementById(ns + 'credentialsSection').classList.toggle('hide', m !== 'GSP');
  }
  form.addEventListener('change', function (e) { if (e.target.name === ns + 'registrationMode') sync(); });
  sync();
  function strong(v) {
    return v.length === 0 || (v.length >= 8 && v.length <= 15 && /[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9]/.test(v) && /[^A-Za-z0-9]/.test(v));
  }
  Liferay.Form.register(form, ns, {
    registrationMode: [{ name: 'required', message: 'Please select an option.' }],
    gspId: [{ name: 'required', message: 'Please select your GSP.' }],
    userName: [{ name: 'required' }, { name: 'alphanum' }, { name: 'minLength', arg: 4 }, { name: 'maxLength', arg: 15 }],
    password: [{ name: 'required' }, { name: 'custom', arg: strong, message: 'The password must be 8 to 15 characters long and contain at least one uppercase letter, one lowercase letter, one digit and one special character.' }],
    confirmPassword: [{ name: 'required' }, { name: 'equalTo', arg: '#' + ns + 'password' }],
  });
  form.addEventListener('submit', function (e) {
    if (e.defaultPrevented) return;
    e.preventDefault();
    var m = mode();
    var message = 'Do you want to submit this request?';
    if (m === 'GSP') {
      var gsp = names[document.getElementById(ns + 'gspId').value] || '';
      message = 'Do you want to register GSTIN ' + ${jsStr(state.gstin)} + ' for e-Invoice API access through ' + gsp + ' with the user name API_' + document.getElementById(ns + 'userName').value + '?';
    }
    Liferay.Util.openConfirmModal({ title: 'Confirm', message: message, onConfirm: function (ok) { if (ok) Liferay.Util.submitForm(form); } });
  });
})();`;
    const url = API_RENDER('/api_registration/register');
    sendHtml(
      ctx,
      page(ctx, {
        title: 'Create API User',
        currentUrl: url,
        nav: 'dashboard',
        active: CREATE_PATH,
        content: portlet(API_ID, 'API Registration', inner),
        script,
      }),
      url,
    );
  }
  function usersView(ctx: Ctx): void {
    const s = ctx.sess as Sess;
    const last = s.lastRegistration;
    s.lastRegistration = null;
    const verdict = last
      ? inlineAlert(
          'success',
          `API user ${esc(last.username)} has been created for ${esc(last.gsp)}. Use these credentials with your GSP to access the e-Invoice APIs.`,
        )
      : '';
    const inner = `<div class="sheet sheet-lg"><div class="sheet-header"><h3 class="sheet-title">API Users</h3></div>${verdict}<div class="sheet-footer"><div class="btn-group"><div class="btn-group-item"><a class="btn btn-primary" href="${CREATE_PATH}">Register Another GSP</a></div><div class="btn-group-item"><a class="btn btn-secondary" href="${DASH_PATH}">Exit</a></div></div></div></div>${registeredTable()}`;
    const url = API_RENDER('/api_registration/view_api_users');
    sendHtml(
      ctx,
      page(ctx, {
        title: 'API Users',
        currentUrl: url,
        nav: 'dashboard',
        active: CREATE_PATH,
        content: portlet(API_ID, 'API Registration', inner),
      }),
      url,
    );
  }

  function apiPortlet(ctx: Ctx): void {
    const s = ctx.sess as Sess;
    const q = ctx.url.searchParams;
    const lifecycle = q.get('p_p_lifecycle') ?? '0';
    if (q.get('p_p_id') === API_ID && lifecycle === '2') {
      if (ctx.method !== 'POST' || q.get('p_p_resource_id') !== '/api_registration/send_otp') {
        sendJson(ctx, { success: false, message: 'Your request failed to complete.' }, 400);
        return;
      }
      if (maybeExpire(ctx, 'api-otp-send')) return;
      s.apiOtpSent = true;
      s.apiOtpVerified = false;
      sendJson(ctx, {
        success: true,
        message: `OTP has been sent to your registered mobile number ${MASKED_MOBILE}.`,
      });
      return;
    }
    if (q.get('p_p_id') === API_ID && lifecycle === '1' && ctx.method === 'POST') {
      const action = q.get(`${ANS}javax.portlet.action`);
      if (action === '/api_registration/verify_otp') {
        if (maybeExpire(ctx, 'api-otp-verify')) return;
        const otp = (ctx.form.get(`${ANS}otp`) ?? '').trim();
        if (!s.apiOtpSent) {
          otpView(ctx, 'Please click Send OTP to receive an OTP first.', API_RENDER('/api_registration/otp'));
          return;
        }
        if (otp !== state.apiOtp) {
          state.refusals.push('api-otp');
          otpView(
            ctx,
            'The OTP you entered is invalid. Please enter the correct OTP.',
            API_RENDER('/api_registration/otp'),
          );
          return;
        }
        s.apiOtpVerified = true;
        redirect(ctx, API_RENDER('/api_registration/register'));
        return;
      }
      if (action === '/api_registration/add_api_user') {
        if (maybeExpire(ctx, 'submit')) return;
        if (!s.apiOtpVerified) {
          s.toast = {
            type: 'danger',
            message: 'Please verify the OTP sent to your registered mobile number first.',
          };
          redirect(ctx, CREATE_PATH);
          return;
        }
        addApiUser(ctx, s);
        return;
      }
      redirect(ctx, CREATE_PATH);
      return;
    }
    const cmd = q.get(`${ANS}mvcRenderCommandName`) ?? '';
    if (cmd === '/api_registration/register' && s.apiOtpVerified) {
      registerView(ctx);
      return;
    }
    if (cmd === '/api_registration/view_api_users') {
      usersView(ctx);
      return;
    }
    if (cmd === '') {
      s.apiOtpSent = false;
      s.apiOtpVerified = false;
    }
    otpView(ctx, undefined, cmd === '' ? CREATE_PATH : API_RENDER('/api_registration/otp'));
  }
  function addApiUser(ctx: Ctx, s: Sess): void {
    const f = (n: string): string => ctx.form.get(`${ANS}${n}`) ?? '';
    const fs: FormState = {
      mode: f('registrationMode'),
      gsp: f('gspId'),
      userName: f('userName').trim(),
      errors: {},
    };
    const password = f('password');
    const confirm = f('confirmPassword');
    if (!fs.mode) fs.errors.registrationMode = 'Please select an option.';
    else if (fs.mode !== 'GSP') {
      fs.top =
        'API access through the selected option has not been enabled for your GSTIN. Please choose Through GSP.';
      registerView(ctx, fs);
      return;
    }
    const idx = GSPS.findIndex((_, i) => gspId(i) === fs.gsp);
    if (idx < 0) fs.errors.gspId = 'Please select your GSP.';
    const u = fs.userName.replace(/^API_/i, '');
    if (!u) fs.errors.userName = 'This field is required.';
    else if (!/^[A-Za-z0-9]{4,15}$/.test(u))
      fs.errors.userName = 'The user name must be 4 to 15 letters or digits.';
    if (!password) fs.errors.password = 'This field is required.';
    else if (
      !(
        password.length >= 8 &&
        password.length <= 15 &&
        /[A-Z]/.test(password) &&
        /[a-z]/.test(password) &&
        /\d/.test(password) &&
        /[^A-Za-z0-9]/.test(password)
      )
    )
      fs.errors.password =
        'The password must be 8 to 15 characters long and contain at least one uppercase letter, one lowercase letter, one digit and one special character.';
    if (!confirm) fs.errors.confirmPassword = 'This field is required.';
    else if (confirm !== password) fs.errors.confirmPassword = 'Please enter the same value again.';
    if (Object.keys(fs.errors).length) {
      fs.top = 'Please correct the errors below.';
      registerView(ctx, fs);
      return;
    }
    const gsp = GSPS[idx] ?? '';
    const username = `API_${u}`;
    if (registrations().some((r) => r.gsp.toLowerCase() === gsp.toLowerCase())) {
      state.refusals.push('duplicate');
      fs.top = `GSTIN ${state.gstin} is already registered with ${gsp}. Please select a different GSP.`;
      fs.errors.gspId = 'Already registered for this GSTIN.';
      registerView(ctx, fs);
      return;
    }
    const taken = [...seeded, ...state.users].some(
      (r) => r.username.toLowerCase() === username.toLowerCase(),
    );
    if (taken) {
      state.refusals.push('username-taken');
      fs.top = `The user name ${username} is already taken. Please choose another user name.`;
      fs.errors.userName = 'This user name is already taken.';
      registerView(ctx, fs);
      return;
    }
    state.users.push({ gstin: state.gstin, gsp, username, password, createdOn: new Date().toISOString() });
    s.lastRegistration = { username, gsp };
    s.apiOtpVerified = false;
    s.apiOtpSent = false;
    s.toast = { type: 'success', message: 'Your request completed successfully.' };
    redirect(ctx, API_RENDER('/api_registration/view_api_users'));
  }

  // ------------------------------------------------------------------ routing
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const cookies = new Map<string, string>();
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const i = part.indexOf('=');
      if (i > 0) cookies.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
    }
    const sid = cookies.get('JSESSIONID');
    const ctx: Ctx = {
      req,
      res,
      url,
      method,
      sess: sid ? (sessions.get(sid) ?? null) : null,
      setCookies: [],
      form: new Map(),
    };
    if (method === 'POST')
      ctx.form = parseForm(await readBody(req), String(req.headers['content-type'] ?? ''));
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const q = url.searchParams;

    if (path === '/o/classic-theme/css/main.css') {
      res.writeHead(200, { 'Content-Type': 'text/css;charset=UTF-8', 'Cache-Control': 'max-age=315360000' });
      res.end(CSS);
      return;
    }
    if (path === '/o/frontend-js-web/liferay/global.bundle.js') {
      res.writeHead(200, {
        'Content-Type': 'text/javascript;charset=UTF-8',
        'Cache-Control': 'max-age=315360000',
      });
      res.end(RUNTIME);
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml' });
      res.end(decodeURIComponent(LOGO.slice(LOGO.indexOf(',') + 1)));
      return;
    }
    if (path === '/c/portal/captcha/get_image') {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' });
      res.end(captchaSvg(state.captcha));
      return;
    }
    if (path === '/c/portal/session_click') {
      const v = ctx.form.get('com.liferay.product.navigation.product.menu.web_productMenuState');
      if (ctx.sess && v) ctx.sess.productMenuOpen = v === 'open';
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('');
      return;
    }
    if (path === '/c/portal/login') {
      redirect(ctx, ctx.sess?.userId ? DASH_PATH : LOGIN_URL);
      return;
    }
    if (path === '/c/portal/logout') {
      if (ctx.sess) sessions.delete(ctx.sess.id);
      ctx.sess = null;
      ctx.setCookies.push('JSESSIONID=; Path=/; Max-Age=0; HttpOnly');
      redirect(ctx, '/');
      return;
    }
    if (path === '/' || path === '/web/guest' || path === HOME) {
      const ppid = q.get('p_p_id');
      const lifecycle = q.get('p_p_lifecycle') ?? '0';
      if (ppid === LOGIN_ID) {
        if (ctx.sess?.userId) {
          redirect(ctx, DASH_PATH);
          return;
        }
        if (lifecycle === '1' && method === 'POST') loginAction(ctx);
        else loginView(ctx);
        return;
      }
      if (ppid === MFA_ID) {
        if (lifecycle === '1' && method === 'POST') mfaAction(ctx);
        else mfaView(ctx);
        return;
      }
      homeView(ctx);
      return;
    }
    const pub = PUBLIC_PAGES[path];
    if (pub) {
      publicPage(ctx, pub);
      return;
    }
    if (path === '/group/einvoice' || path.startsWith('/group/einvoice/')) {
      if (!ctx.sess?.userId) {
        if (ctx.sess?.mfaPending && method === 'GET') {
          redirect(ctx, MFA_URL);
          return;
        }
        lostSession(ctx);
        return;
      }
      if (path === '/group/einvoice' || path === DASH_PATH) {
        dashboard(ctx);
        return;
      }
      if (path === CREATE_PATH) {
        apiPortlet(ctx);
        return;
      }
      const leaf = findLeaf(path);
      if (leaf) {
        leafPage(ctx, leaf);
        return;
      }
    }
    notFound(ctx);
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`Internal Server Error: ${err instanceof Error ? err.message : String(err)}`);
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
        for (const s of sockets) s.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 2_000_000) {
        reject(new Error('Request body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
function parseForm(buf: Buffer, contentType: string): Map<string, string> {
  const out = new Map<string, string>();
  if (contentType.includes('multipart/form-data')) {
    const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
    const boundary = m ? (m[1] ?? m[2] ?? '') : '';
    if (!boundary) return out;
    const raw = buf.toString('latin1');
    for (const part of raw.split(`--${boundary}`)) {
      const i = part.indexOf('\r\n\r\n');
      if (i < 0) continue;
      const head = part.slice(0, i);
      if (/filename=/i.test(head)) continue;
      const nm = /name="([^"]*)"/i.exec(head);
      if (!nm) continue;
      let value = part.slice(i + 4);
      if (value.endsWith('\r\n')) value = value.slice(0, -2);
      out.set(
        Buffer.from(nm[1] ?? '', 'latin1').toString('utf8'),
        Buffer.from(value, 'latin1').toString('utf8'),
      );
    }
    return out;
  }
  for (const [k, v] of new URLSearchParams(buf.toString('utf8'))) out.set(k, v);
  return out;
}
