/**
 * Rendition r24-carbon: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and shared/portal/guide.md), drawn as a single-page app built with
 * IBM Carbon Design System v11 (React) would draw it: `cds--` classes, the UI shell (Header, rail
 * SideNav), TextInput/PasswordInput, Modal, RadioButtonGroup, ComboBox, InlineNotification,
 * ToastNotification, InlineLoading, DataTable. A small hand-written runtime in the page plays React:
 * it renders the whole app from state into `#root`, patches the DOM, portals modals to `body`,
 * and talks to the server with fetch/JSON only.
 *
 * Choices made where the docs are silent:
 * - URLs: `/` (landing), `/login` (credentials, then the 2FA step in place), `/dashboard`,
 *   `/api-registration/user-credentials/create-api-user`, placeholder pages for the other menu
 *   leaves (`/einvoice/...`, `/mis/...`, `/api-registration/...`, `/user-management/...`) and for
 *   the public menu (`/search/...`, `/help/...`, `/downloads`). Client-side routing (pushState)
 *   between them; every one is also served directly. JSON endpoints live under `/api/`; every call
 *   that carries typed text is a POST with a JSON body.
 * - Header: `header.cds--header` with `button.cds--header__menu-trigger` ('Open menu' / 'Close
 *   menu'), `a.cds--header__name` 'e-Invoice System', header links 'Home', 'Search', 'Help' while
 *   logged out; global actions: a primary 'Log in' button (logged out), or the user name, GSTIN and
 *   a 'Log out' icon action (logged in).
 * - Side nav: a Carbon rail (`nav.cds--side-nav.cds--side-nav--rail`, 3rem wide) that gains
 *   `cds--side-nav--expanded` while hovered or focused or pinned by the menu trigger (Escape
 *   collapses it); labels are transparent and submenus hidden while collapsed, and while expanded it
 *   covers the left of the page until the pointer leaves it. Logged out: Home, Search (Search GSTIN,
 *   Verify Signed Invoice), Help (User Manual, FAQs), Downloads. Logged in: Dashboard, e-Invoice
 *   (Generate IRN, Cancel IRN, Bulk Upload, Print e-Invoice), MIS Reports (IRN Details, Summary
 *   Report), API Registration (User Credentials (Create API User, Change API Password), IP
 *   Whitelisting, Freeze API User), User Management (Create Sub-User, Update Sub-User). Submenus
 *   (`button.cds--side-nav__submenu[aria-expanded]`) open on click; "User Credentials" is a
 *   SideNavMenu nested inside "API Registration". The group holding the current page starts open.
 * - Login: TextInput 'User name', PasswordInput 'Password' (toggle 'Show password' / 'Hide
 *   password'), a captcha picture (SVG strokes with noise as a data URI, never text) with a ghost
 *   icon button 'Refresh captcha', TextInput 'Captcha', primary submit 'Log in'. Empty fields:
 *   'Enter your user name' / 'Enter your password' / 'Enter the characters shown in the image'.
 *   Refusals come back as an error InlineNotification above the form: 'Invalid captcha' (captcha
 *   field also invalid: 'Invalid captcha') or 'Invalid login credentials'; the captcha is redrawn
 *   and cleared after every refusal. Captcha compared case-insensitively.
 * - 2FA: same page, heading 'Verify your identity', TextInput 'Enter OTP', primary 'Verify OTP',
 *   ghost 'Resend OTP', link 'Back to log in'. Wrong OTP: InlineNotification 'Invalid OTP' and the
 *   field invalid 'Invalid OTP'. Success goes to `/dashboard`, heading 'Dash Board', Tiles
 *   'Generations' and 'Cancelled'.
 * - Post-login popup: once per login, a Carbon Modal 'Contacts of Technical Person' (label 'Update
 *   contact details', fields Name / Mobile number / E-mail prefilled) portalled into body, with
 *   footer 'Exit' (secondary) and 'Update' (primary) and the × close; Escape closes too, clicking
 *   the dim layer does not. 240 ms opacity/transform transitions; focus goes to the ×; focus
 *   sentinels wrap Tab.
 * - Create API User: breadcrumb, heading 'Create API User', a Tile 'API Registration'. Opening the
 *   page sends the OTP at once (InlineLoading 'Sending OTP...', then an info notification 'OTP
 *   sent'); TextInput 'Enter OTP' (6 digits), primary 'Verify OTP', ghost 'Resend OTP'. Wrong OTP:
 *   InlineNotification 'Invalid OTP' and field 'Invalid OTP'.
 * - Registration form: read-only 'GSTIN'; RadioButtonGroup 'Do you wish to Register your GSTIN for'
 *   (Directly, Through GSP, Through ERP, Through Client-Id of other; nothing preselected; the three
 *   other than Through GSP show a notice ('Not eligible' / 'Not enabled') and are refused on
 *   Submit). 'Through GSP' shows a ComboBox 'Select your GSP' (placeholder 'Filter…', menu inside
 *   the widget, filters as you type, highlights the first match, Enter / click / leaving the field
 *   with a highlighted match selects), 'Username' with a fixed `API_` prefix drawn inside the field
 *   (4-15 letters or digits typed), 'Password' and 'Re-enter Password' (8-15 chars with upper,
 *   lower, digit and special), secondary 'Exit' (to the dashboard) and primary 'Submit'.
 * - Submit opens a small Modal 'Confirm registration' ('Cancel' / 'Register'); Register shows
 *   InlineLoading 'Submitting...' in place of Submit. Verdict: an InlineNotification above the form
 *   ('API user created' success, or 'Already registered' / 'User name not available' / 'Registration
 *   failed' errors) plus a ToastNotification bottom right for 5 s ('Registration successful' /
 *   'Registration failed'). A DataTable 'GSPs registered for this GSTIN' lists the seeded TERA
 *   SOFTWARE LIMITED user (`API_unitytera`, kept in the server's own list, never in `state.users`)
 *   and every user made since; a taken user name is checked against both lists case-insensitively.
 * - Sessions: cookie `EINV_R24_SID` (HttpOnly), 30 minutes idle. A page GET for a logged-in page
 *   without a live session gets a new session and a 302 to `/login`, which shows a warning
 *   notification 'Session expired' (a live session that has not finished login is sent to `/login`
 *   without it). An `/api/` call without a live session answers 401 JSON (with a fresh session
 *   cookie); the page shows an error toast 'Session expired' and 1.5 s later loads `/login`, which
 *   shows the same warning.
 * - expireOnce: the first POST to `/api/api-registration/otp/send` ('api-otp-send', also used by
 *   Resend), `/api/api-registration/otp/verify` ('api-otp-verify') or `/api/api-registration/users`
 *   ('submit') deletes the session, records the stage in `state.expired` and answers like any lost
 *   session. Once per server.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type CarbonR24Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface CarbonR24Options {
  expireOnce?: CarbonR24Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface CarbonR24State {
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
export interface CarbonR24Rendition {
  url: string;
  close(): Promise<void>;
  state: CarbonR24State;
}

export const CARBON_R24_LOGIN: { username: string; password: string } = {
  username: 'unitytraders27',
  password: 'Unity@Pune2024',
};

const LEGAL_NAME = 'UNITY TRADERS';
const MOBILE_MASKED = '******4821';
const SESSION_COOKIE = 'EINV_R24_SID';
const SESSION_IDLE_MS = 30 * 60 * 1000;
const CREATE_PATH = '/api-registration/user-credentials/create-api-user';

const GSPS: string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Avalara Technologies Private Limited',
  'Bharti Airtel Limited',
  'Botree Software International Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'E-Connect Solutions Private Limited',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'Masters India Private Limited',
  'NSDL e-Governance Infrastructure Limited',
  'SAG Infotech Private Limited',
  'Sify Technologies Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'Tech Mahindra Limited',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'WeP Solutions Limited',
  'Wipro Limited',
];

interface RouteDef {
  title: string;
  auth: boolean;
  crumbs?: string[];
}

const ROUTES: Record<string, RouteDef> = {
  '/': { title: 'Home', auth: false },
  '/login': { title: 'Log in', auth: false },
  '/search/gstin': { title: 'Search GSTIN', auth: false, crumbs: ['Search'] },
  '/search/verify-signed-invoice': { title: 'Verify Signed Invoice', auth: false, crumbs: ['Search'] },
  '/help/user-manual': { title: 'User Manual', auth: false, crumbs: ['Help'] },
  '/help/faqs': { title: 'FAQs', auth: false, crumbs: ['Help'] },
  '/downloads': { title: 'Downloads', auth: false },
  '/dashboard': { title: 'Dash Board', auth: true },
  '/einvoice/generate': { title: 'Generate IRN', auth: true, crumbs: ['e-Invoice'] },
  '/einvoice/cancel': { title: 'Cancel IRN', auth: true, crumbs: ['e-Invoice'] },
  '/einvoice/bulk-upload': { title: 'Bulk Upload', auth: true, crumbs: ['e-Invoice'] },
  '/einvoice/print': { title: 'Print e-Invoice', auth: true, crumbs: ['e-Invoice'] },
  '/mis/irn-details': { title: 'IRN Details', auth: true, crumbs: ['MIS Reports'] },
  '/mis/summary': { title: 'Summary Report', auth: true, crumbs: ['MIS Reports'] },
  [CREATE_PATH]: {
    title: 'Create API User',
    auth: true,
    crumbs: ['API Registration', 'User Credentials'],
  },
  '/api-registration/user-credentials/change-api-password': {
    title: 'Change API Password',
    auth: true,
    crumbs: ['API Registration', 'User Credentials'],
  },
  '/api-registration/ip-whitelisting': { title: 'IP Whitelisting', auth: true, crumbs: ['API Registration'] },
  '/api-registration/freeze-api-user': { title: 'Freeze API User', auth: true, crumbs: ['API Registration'] },
  '/user-management/create': { title: 'Create Sub-User', auth: true, crumbs: ['User Management'] },
  '/user-management/update': { title: 'Update Sub-User', auth: true, crumbs: ['User Management'] },
};

/* ------------------------------------------------------------------------------------------ */
/* Carbon v11 styles (white theme, the subset this app uses)                                  */
/* ------------------------------------------------------------------------------------------ */
const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%}
body{margin:0;font-family:'IBM Plex Sans','Helvetica Neue',Arial,sans-serif;font-size:.875rem;line-height:1.28572;letter-spacing:.16px;color:#161616;background:#f4f4f4;-webkit-font-smoothing:antialiased}
body.cds--body--with-modal-open{overflow:hidden}
button,input{font-family:inherit}
h1,h2,h3,h4,p{margin:0}
.cds--visually-hidden,.cds--assistive-text{position:absolute;overflow:hidden;width:1px;height:1px;padding:0;border:0;margin:-1px;clip:rect(0,0,0,0);visibility:inherit;white-space:nowrap}
.cds--link{display:inline-flex;color:#0f62fe;font-size:.875rem;text-decoration:none;outline:none;cursor:pointer;transition:color 70ms cubic-bezier(.2,0,.38,.9)}
.cds--link:hover{color:#0043ce;text-decoration:underline}
.cds--link:focus{outline:1px solid #0f62fe}
/* UI shell header */
.cds--header{position:fixed;z-index:8000;top:0;right:0;left:0;display:flex;height:3rem;align-items:center;border-bottom:1px solid #393939;background-color:#161616}
.cds--skip-to-content{position:absolute;overflow:hidden;width:1px;height:1px;clip:rect(0,0,0,0);white-space:nowrap}
.cds--skip-to-content:focus{z-index:9999;top:0;left:0;display:flex;width:auto;height:3rem;align-items:center;padding:0 1rem;clip:auto;background-color:#161616;color:#f4f4f4;outline:2px solid #fff;outline-offset:-2px}
.cds--header__action{display:inline-flex;width:3rem;height:3rem;align-items:center;justify-content:center;padding:0;border:.0625rem solid transparent;background-color:transparent;cursor:pointer;transition:background-color 110ms,border-color 110ms}
.cds--header__action>svg{fill:#f4f4f4}
.cds--header__action:hover{background-color:#353535}
.cds--header__action:focus{border-color:#fff;outline:none}
.cds--header__action--active{border-right:1px solid #393939;border-left:1px solid #393939;background-color:#262626}
.cds--header__name{display:flex;height:100%;align-items:center;padding:0 2rem 0 1rem;border:.125rem solid transparent;color:#f4f4f4;font-size:.875rem;font-weight:600;letter-spacing:.1px;line-height:1.25rem;text-decoration:none;user-select:none;white-space:nowrap;outline:none}
.cds--header__name:focus{border-color:#fff}
.cds--header__nav{position:relative;display:block;height:100%;padding-left:1rem}
.cds--header__nav::before{position:absolute;top:50%;left:0;display:block;width:1px;height:1.5rem;background-color:#393939;content:'';transform:translateY(-50%)}
.cds--header__menu-bar{display:flex;height:100%;padding:0;margin:0;list-style:none}
.cds--header__menu-item{display:flex;height:100%;align-items:center;padding:0 1rem;border:2px solid transparent;color:#c6c6c6;font-size:.875rem;font-weight:400;letter-spacing:0;line-height:1.125rem;text-decoration:none;user-select:none;transition:background-color 110ms,border-color 110ms,color 110ms}
.cds--header__menu-item:hover{background-color:#353535;color:#f4f4f4}
.cds--header__menu-item--current{color:#f4f4f4;box-shadow:inset 0 -3px 0 0 #0f62fe}
.cds--header__global{display:flex;height:100%;flex:1 1 0%;align-items:center;justify-content:flex-end}
.app-header-user{display:flex;flex-direction:column;justify-content:center;padding:0 1rem;color:#c6c6c6;font-size:.75rem;line-height:1rem;text-align:right}
.app-header-user strong{color:#f4f4f4;font-weight:600}
.cds--header__global>.cds--btn{min-height:3rem;height:3rem}
/* side nav (rail) */
.cds--side-nav{position:fixed;z-index:8000;top:3rem;bottom:0;left:0;overflow:hidden;width:3rem;max-width:16rem;background-color:#fff;color:#525252;border-right:1px solid #e0e0e0;transition:width .11s cubic-bezier(.2,0,1,.9),box-shadow .11s;will-change:width}
.cds--side-nav--expanded{width:16rem;box-shadow:0 2px 6px rgba(0,0,0,.3)}
.cds--side-nav__navigation{display:flex;flex-direction:column}
.cds--side-nav__items{overflow:hidden;flex:1 1 0%;padding:1rem 0 0;margin:0;list-style:none}
.cds--side-nav--expanded .cds--side-nav__items{overflow-y:auto}
.cds--side-nav__item{overflow:hidden;width:auto;height:auto}
.cds--side-nav__submenu{display:flex;width:100%;height:2rem;align-items:center;padding:0 1rem;border:0;margin:0;background-color:transparent;color:#161616;cursor:pointer;font-size:.875rem;font-weight:600;letter-spacing:.16px;line-height:1.28572;outline:2px solid transparent;outline-offset:-2px;text-align:left;user-select:none;transition:color 110ms,background-color 110ms,outline 110ms}
.cds--side-nav__submenu:hover{background-color:#e8e8e8;color:#161616}
.cds--side-nav__submenu:focus{outline:2px solid #0f62fe}
.cds--side-nav__submenu-title{overflow:hidden;flex:1 1 auto;text-align:left;text-overflow:ellipsis;white-space:nowrap;transition:opacity 110ms}
.cds--side-nav__icon{display:flex;flex:0 0 1rem;align-items:center;justify-content:center;margin-right:1.5rem}
.cds--side-nav__icon>svg{width:1rem;height:1rem;fill:#525252}
.cds--side-nav__icon.cds--side-nav__submenu-chevron{flex:0 0 auto;margin:0 0 0 .5rem;transition:opacity 110ms}
.cds--side-nav__submenu-chevron>svg{width:1rem;height:1rem;transition:transform 110ms}
.cds--side-nav__submenu[aria-expanded='true'] .cds--side-nav__submenu-chevron>svg{transform:rotate(180deg)}
.cds--side-nav__item--active>.cds--side-nav__submenu{color:#161616}
.cds--side-nav__menu{display:block;max-height:0;padding:0;margin:0;list-style:none;visibility:hidden}
.cds--side-nav__submenu[aria-expanded='true']+.cds--side-nav__menu{max-height:93.75rem;visibility:inherit}
.cds--side-nav__link{position:relative;display:flex;min-height:2rem;align-items:center;padding:0 1rem;color:#525252;font-size:.875rem;font-weight:600;letter-spacing:.16px;line-height:1.28572;outline:2px solid transparent;outline-offset:-2px;text-decoration:none;transition:color 110ms,background-color 110ms,outline 110ms}
.cds--side-nav__link:hover{background-color:#e8e8e8;color:#161616}
.cds--side-nav__link:focus{outline:2px solid #0f62fe}
.cds--side-nav__link-text{overflow:hidden;color:#161616;text-overflow:ellipsis;user-select:none;white-space:nowrap;transition:opacity 110ms}
.cds--side-nav__menu .cds--side-nav__link{height:2rem;padding-left:4rem;font-weight:400}
.cds--side-nav__menu .cds--side-nav__link-text{color:#525252}
.cds--side-nav__menu .cds--side-nav__submenu{padding-left:4rem;font-weight:400;color:#525252}
.cds--side-nav__menu .cds--side-nav__menu .cds--side-nav__link{padding-left:5rem}
.cds--side-nav__link--current,.cds--side-nav__link[aria-current='page']{background-color:#e0e0e0}
.cds--side-nav__link--current::before{position:absolute;top:0;bottom:0;left:0;width:4px;background-color:#0f62fe;content:''}
.cds--side-nav__link--current .cds--side-nav__link-text{color:#161616;font-weight:600}
.cds--side-nav--rail:not(.cds--side-nav--expanded) .cds--side-nav__submenu-title,.cds--side-nav--rail:not(.cds--side-nav--expanded) .cds--side-nav__link-text,.cds--side-nav--rail:not(.cds--side-nav--expanded) .cds--side-nav__submenu-chevron{opacity:0}
.cds--side-nav--rail:not(.cds--side-nav--expanded) .cds--side-nav__submenu[aria-expanded='true']+.cds--side-nav__menu{max-height:0;visibility:hidden}
.cds--side-nav--rail:not(.cds--side-nav--expanded) .cds--side-nav__item--active>.cds--side-nav__submenu::before{position:absolute;left:0;width:4px;height:2rem;background-color:#0f62fe;content:''}
.cds--content{padding:2rem;margin-top:3rem;margin-left:3rem;min-height:calc(100vh - 3rem);background:#f4f4f4;will-change:margin-left}
/* type & layout helpers */
.app-page-header{margin-bottom:1.5rem}
.app-page-title{font-size:2rem;font-weight:400;line-height:1.25;letter-spacing:0;margin-top:.5rem}
.app-lead{margin-top:.5rem;color:#525252;font-size:1rem;line-height:1.5}
.app-tile-heading{font-size:1.25rem;font-weight:400;line-height:1.4;margin-bottom:1rem}
.app-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem;margin-bottom:1.5rem}
.app-stat{font-size:2.625rem;font-weight:300;line-height:1.2;margin:.75rem 0 .25rem}
.app-muted{color:#525252}
.app-panel{max-width:48rem}
.app-login{display:flex;justify-content:center;padding-top:2rem}
.app-login .cds--tile{width:100%;max-width:28rem;padding:2rem}
.app-login h1{font-size:1.75rem;font-weight:400;line-height:1.29;margin-bottom:.5rem}
.app-actions{display:flex;flex-wrap:wrap;align-items:center;gap:1rem;margin-top:.5rem}
.app-captcha{display:flex;align-items:center;gap:.5rem}
.app-captcha img{display:block;width:150px;height:50px;border:1px solid #c6c6c6;background:#fff}
.app-captcha__blank{width:150px;height:50px;border:1px solid #c6c6c6;background:#f4f4f4}
.app-input-prefix{position:absolute;z-index:1;top:50%;left:1rem;color:#525252;font-size:.875rem;pointer-events:none;transform:translateY(-50%)}
.app-prefixed .cds--text-input{padding-left:2.75rem}
.app-summary{margin:1rem 0 0;padding:0}
.app-summary div{display:flex;gap:1rem;padding:.5rem 0;border-bottom:1px solid #e0e0e0}
.app-summary dt{width:9rem;flex:none;color:#525252}
.app-summary dd{margin:0;font-weight:600}
.cds--stack-vertical{display:flex;flex-direction:column;gap:1.5rem}
.cds--form{width:100%}
.cds--tile{display:block;min-width:8rem;min-height:4rem;padding:1rem;background-color:#fff;outline:2px solid transparent;outline-offset:-2px}
/* breadcrumb */
.cds--breadcrumb{display:flex;flex-wrap:wrap;padding:0;margin:0;list-style:none;font-size:.875rem}
.cds--breadcrumb-item{position:relative;display:flex;align-items:center;margin-right:.5rem}
.cds--breadcrumb-item::after{margin-left:.5rem;color:#161616;content:'/'}
.cds--breadcrumb-item--current::after{content:none}
.cds--breadcrumb-item--current .cds--link,.cds--breadcrumb-item .app-crumb-text{color:#161616}
/* buttons */
.cds--btn{position:relative;display:inline-flex;width:max-content;max-width:20rem;min-height:3rem;flex-shrink:0;align-items:center;justify-content:space-between;padding:calc(.875rem - 3px) 63px calc(.875rem - 3px) 15px;border:1px solid transparent;margin:0;border-radius:0;cursor:pointer;font-size:.875rem;font-weight:400;letter-spacing:.16px;line-height:1.28572;outline:none;text-align:left;text-decoration:none;vertical-align:top;transition:background 70ms cubic-bezier(0,0,.38,.9),box-shadow 70ms cubic-bezier(0,0,.38,.9),border-color 70ms cubic-bezier(0,0,.38,.9),outline 70ms cubic-bezier(0,0,.38,.9)}
.cds--btn:focus{border-color:#0f62fe;box-shadow:inset 0 0 0 1px #0f62fe,inset 0 0 0 2px #fff}
.cds--btn--primary{background-color:#0f62fe;color:#fff}
.cds--btn--primary:hover{background-color:#0050e6}
.cds--btn--primary:active{background-color:#002d9c}
.cds--btn--secondary{background-color:#393939;color:#fff}
.cds--btn--secondary:hover{background-color:#474747}
.cds--btn--secondary:active{background-color:#6f6f6f}
.cds--btn--ghost{padding:calc(.875rem - 3px) 16px;background-color:transparent;color:#0f62fe}
.cds--btn--ghost:hover{background-color:#e8e8e8;color:#0043ce}
.cds--btn--sm{min-height:2rem;padding-top:calc(.375rem - 3px);padding-bottom:calc(.375rem - 3px)}
.cds--btn--icon-only{justify-content:center;padding:calc(.875rem - 2px);width:3rem}
.cds--btn--icon-only.cds--btn--sm{width:2rem;padding:calc(.375rem - 2px)}
.cds--btn--icon-only svg{fill:#161616}
.cds--btn:disabled,.cds--btn:disabled:hover{border-color:#c6c6c6;background:#c6c6c6;box-shadow:none;color:#8d8d8d;cursor:not-allowed}
.cds--btn-set{display:flex}
.cds--btn-set>.cds--btn{width:100%;max-width:12.25rem}
/* form items */
.cds--form-item{display:flex;flex:1 1 auto;flex-direction:column;align-items:flex-start;font-size:.875rem;width:100%}
.cds--label{display:inline-block;margin-bottom:.5rem;color:#525252;font-size:.75rem;font-weight:400;letter-spacing:.32px;line-height:1.33333;vertical-align:baseline}
.cds--text-input-wrapper{position:relative;width:100%}
.cds--text-input__field-outer-wrapper{display:flex;width:100%;flex:1 1 auto;flex-direction:column;align-items:flex-start}
.cds--text-input__field-wrapper{position:relative;display:flex;width:100%}
.cds--text-input{width:100%;height:2.5rem;padding:0 1rem;border:none;border-bottom:1px solid #8d8d8d;background-color:#f4f4f4;color:#161616;font-size:.875rem;letter-spacing:.16px;outline:2px solid transparent;outline-offset:-2px;transition:background-color 70ms cubic-bezier(.2,0,.38,.9),outline 70ms cubic-bezier(.2,0,.38,.9)}
.cds--tile .cds--text-input,.cds--modal .cds--text-input,.cds--tile .cds--list-box{background-color:#f4f4f4}
.cds--text-input:focus{outline:2px solid #0f62fe;outline-offset:-2px}
.cds--text-input::placeholder{color:#a8a8a8;opacity:1}
.cds--text-input[readonly]{background:transparent;border-bottom:1px solid #c6c6c6;cursor:text}
.cds--text-input__field-wrapper[data-invalid]>.cds--text-input,.cds--text-input--invalid{padding-right:2.5rem;outline:2px solid #da1e28;outline-offset:-2px}
.cds--text-input__invalid-icon{position:absolute;top:50%;right:1rem;fill:#da1e28;transform:translateY(-50%)}
.cds--password-input-wrapper .cds--text-input{padding-right:2.5rem}
.cds--password-input-wrapper .cds--text-input__field-wrapper[data-invalid]>.cds--text-input{padding-right:4rem}
.cds--password-input-wrapper .cds--text-input__invalid-icon{right:2.5rem}
.cds--text-input--password__visibility__toggle.cds--tooltip__trigger{position:absolute;top:0;right:0;display:flex;width:2.5rem;height:100%;min-height:auto;align-items:center;justify-content:center;padding:0;border:0;background:none;cursor:pointer;outline:none;transition:outline 70ms}
.cds--text-input--password__visibility__toggle.cds--tooltip__trigger svg{fill:#525252}
.cds--text-input--password__visibility__toggle.cds--tooltip__trigger:focus{outline:2px solid #0f62fe;outline-offset:-2px}
.cds--tooltip--a11y:hover>.cds--assistive-text,.cds--tooltip--a11y:focus>.cds--assistive-text{z-index:6000;top:100%;right:0;overflow:visible;width:auto;height:auto;padding:.1875rem 1rem;margin:.5rem 0 0;clip:auto;background:#393939;color:#fff;font-size:.75rem;line-height:1.34;white-space:nowrap;border-radius:.125rem}
.cds--form-requirement{display:block;overflow:visible;max-height:12.5rem;margin:.25rem 0 0;color:#da1e28;font-size:.75rem;font-weight:400;letter-spacing:.32px;line-height:1.33333}
.cds--form__helper-text{width:100%;margin-top:.25rem;color:#6f6f6f;font-size:.75rem;letter-spacing:.32px;line-height:1.33333}
/* radio buttons */
.cds--radio-button-group{position:relative;display:flex;flex-wrap:wrap;align-items:center;padding:0;border:0;margin:0;min-width:0}
.cds--radio-button-group--vertical{flex-direction:column;align-items:flex-start}
.cds--radio-button-group legend.cds--label{display:block;width:100%;padding:0}
.cds--radio-button-wrapper{position:relative;display:flex;align-items:center}
.cds--radio-button-group--vertical .cds--radio-button-wrapper{margin:0 0 .5rem}
.cds--radio-button{position:absolute;overflow:hidden;width:1px;height:1px;padding:0;border:0;margin:-1px;clip:rect(0,0,0,0);visibility:inherit;white-space:nowrap}
.cds--radio-button__label{display:flex;align-items:center;padding:.125rem 0;margin-right:1rem;cursor:pointer;font-size:.875rem;line-height:1.28572;user-select:none}
.cds--radio-button__appearance{display:flex;width:1.125rem;height:1.125rem;flex-shrink:0;align-items:center;justify-content:center;margin:.0625rem .5rem .125rem .125rem;border:1px solid #161616;background-color:transparent;border-radius:50%}
.cds--radio-button:checked+.cds--radio-button__label .cds--radio-button__appearance::before{display:block;width:.5rem;height:.5rem;background-color:#161616;border-radius:50%;content:''}
.cds--radio-button:focus+.cds--radio-button__label .cds--radio-button__appearance{outline:2px solid #0f62fe;outline-offset:1.5px}
.cds--radio-button-group--invalid .cds--radio-button__appearance{border-color:#da1e28}
.cds--radio-button__validation-msg{display:flex;align-items:center;gap:.5rem;margin-top:.25rem}
.cds--radio-button__validation-msg svg{fill:#da1e28}
.cds--radio-button__validation-msg .cds--form-requirement{margin:0}
/* list box / combo box */
.cds--list-box__wrapper{position:relative;width:100%}
.cds--list-box{position:relative;width:100%;height:2.5rem;max-height:2.5rem;border:none;border-bottom:1px solid #8d8d8d;background-color:#f4f4f4;color:#161616;cursor:pointer;outline:2px solid transparent;transition:all 70ms cubic-bezier(.2,0,.38,.9)}
.cds--list-box:hover{background-color:#e8e8e8}
.cds--list-box__field{position:relative;display:inline-flex;overflow:hidden;width:100%;height:calc(100% + 1px);align-items:center;cursor:pointer;outline:none;vertical-align:top}
.cds--combo-box .cds--text-input{height:100%;padding-right:4.5rem;border-bottom:0;background-color:transparent}
.cds--list-box[data-invalid] .cds--text-input{outline:2px solid #da1e28;outline-offset:-2px}
.cds--list-box__invalid-icon{position:absolute;top:50%;right:4.5rem;fill:#da1e28;transform:translateY(-50%)}
.cds--list-box__menu-icon{position:absolute;top:0;right:0;display:flex;width:2.5rem;height:100%;align-items:center;justify-content:center;padding:0;border:0;background:none;cursor:pointer;outline:none;transition:transform 110ms cubic-bezier(.2,0,.38,.9)}
.cds--list-box__menu-icon svg{fill:#161616}
.cds--list-box--expanded .cds--list-box__menu-icon svg{transform:rotate(180deg)}
.cds--list-box__selection{position:absolute;top:50%;right:2.5rem;display:flex;width:1.5rem;height:1.5rem;align-items:center;justify-content:center;cursor:pointer;transform:translateY(-50%);user-select:none;transition:background-color 70ms}
.cds--list-box__selection:hover{background-color:#e8e8e8}
.cds--list-box__selection:focus{outline:2px solid #0f62fe;outline-offset:-2px}
.cds--list-box__selection svg{fill:#161616}
.cds--list-box__menu{position:absolute;z-index:9100;right:0;left:0;overflow-y:auto;width:100%;max-height:0;padding:0;margin:0;background-color:#f4f4f4;list-style:none;transition:max-height 110ms cubic-bezier(.2,0,.38,.9);box-shadow:0 2px 6px rgba(0,0,0,.3);outline:none}
.cds--list-box--expanded .cds--list-box__menu{max-height:17.5rem}
.cds--list-box__menu:empty{box-shadow:none}
.cds--list-box__menu-item{position:relative;height:2.5rem;color:#525252;cursor:pointer;user-select:none;transition:background 70ms cubic-bezier(.2,0,.38,.9)}
.cds--list-box__menu-item:hover,.cds--list-box__menu-item--highlighted{background-color:#e8e8e8;color:#161616}
.cds--list-box__menu-item--active{background-color:#e0e0e0;color:#161616}
.cds--list-box__menu-item__option{display:block;overflow:hidden;height:2.5rem;padding:.6875rem 1.5rem .6875rem 0;margin:0 1rem;border-top:1px solid #e0e0e0;color:inherit;text-overflow:ellipsis;white-space:nowrap}
.cds--list-box__menu-item:first-of-type .cds--list-box__menu-item__option,.cds--list-box__menu-item--highlighted .cds--list-box__menu-item__option,.cds--list-box__menu-item--highlighted+.cds--list-box__menu-item .cds--list-box__menu-item__option{border-top-color:transparent}
.cds--list-box__menu-item__selected-icon{position:absolute;top:.75rem;right:1rem;fill:#161616}
/* notifications */
.cds--inline-notification{position:relative;display:flex;width:100%;min-width:18rem;max-width:50rem;min-height:3rem;flex-wrap:wrap;margin-bottom:1rem;background:#393939;color:#fff;border-left:3px solid transparent;animation:app-fade-in 110ms cubic-bezier(0,0,.38,.9)}
.cds--inline-notification--success{border-left-color:#42be65}
.cds--inline-notification--error{border-left-color:#fa4d56}
.cds--inline-notification--info{border-left-color:#4589ff}
.cds--inline-notification--warning{border-left-color:#f1c21b}
.cds--inline-notification__details{display:flex;flex-grow:1;margin:0 3rem 0 .8125rem}
.cds--inline-notification__icon{flex-shrink:0;margin-top:.875rem;margin-right:1rem}
.cds--inline-notification--success .cds--inline-notification__icon,.cds--toast-notification--success .cds--toast-notification__icon{fill:#42be65}
.cds--inline-notification--error .cds--inline-notification__icon,.cds--toast-notification--error .cds--toast-notification__icon{fill:#fa4d56}
.cds--inline-notification--info .cds--inline-notification__icon,.cds--toast-notification--info .cds--toast-notification__icon{fill:#4589ff}
.cds--inline-notification--warning .cds--inline-notification__icon,.cds--toast-notification--warning .cds--toast-notification__icon{fill:#f1c21b}
.cds--inline-notification__text-wrapper{display:flex;flex-wrap:wrap;padding:.9375rem 0}
.cds--inline-notification__title{margin:0 .25rem 0 0;font-size:.875rem;font-weight:600;line-height:1.28572}
.cds--inline-notification__subtitle{font-size:.875rem;line-height:1.28572;word-break:break-word}
.cds--inline-notification__close-button,.cds--toast-notification__close-button{position:absolute;top:0;right:0;display:flex;width:3rem;height:3rem;align-items:center;justify-content:center;padding:0;border:0;background:transparent;cursor:pointer;outline:2px solid transparent;outline-offset:-2px}
.cds--inline-notification__close-button:focus,.cds--toast-notification__close-button:focus{outline:2px solid #fff}
.cds--inline-notification__close-icon,.cds--toast-notification__close-icon{fill:#fff}
.app-toast-region{position:fixed;z-index:9500;right:1rem;bottom:1rem;display:flex;flex-direction:column;align-items:flex-end;gap:.5rem}
.cds--toast-notification{position:relative;display:flex;width:18rem;height:auto;padding-left:1rem;background-color:#393939;color:#fff;border-left:3px solid transparent;box-shadow:0 2px 6px rgba(0,0,0,.2);animation:app-slide-in 250ms cubic-bezier(.2,0,.38,.9)}
.cds--toast-notification--success{border-left-color:#42be65}
.cds--toast-notification--error{border-left-color:#fa4d56}
.cds--toast-notification--info{border-left-color:#4589ff}
.cds--toast-notification--warning{border-left-color:#f1c21b}
.cds--toast-notification__icon{flex-shrink:0;margin-top:1rem;margin-right:1rem}
.cds--toast-notification__details{margin-right:1rem}
.cds--toast-notification__title{margin-top:1rem;font-size:.875rem;font-weight:600;line-height:1.28572;word-break:break-word}
.cds--toast-notification__subtitle{margin-top:0;margin-bottom:1.5rem;font-size:.875rem;line-height:1.28572;word-break:break-word}
.cds--toast-notification__caption{margin-bottom:1rem;color:#c6c6c6;font-size:.75rem}
@keyframes app-fade-in{from{opacity:0}to{opacity:1}}
@keyframes app-slide-in{from{opacity:0;transform:translateX(1rem)}to{opacity:1;transform:none}}
/* inline loading */
.cds--inline-loading{display:flex;width:100%;min-height:2rem;align-items:center;color:#525252;font-size:.875rem;line-height:1.28572}
.app-actions .cds--inline-loading{width:auto;min-height:3rem;padding:0 1rem}
.cds--inline-loading__animation{position:relative;display:flex;align-items:center;justify-content:center;margin-right:.5rem}
.cds--loading{width:10.5rem;height:10.5rem;animation:cds-rotate 690ms linear infinite forwards}
.cds--loading--small{width:1rem;height:1rem}
.cds--loading__svg{fill:transparent}
.cds--loading__svg circle{stroke-width:16;stroke-linecap:butt;stroke-dasharray:276.461 276.461}
.cds--loading__background{stroke:#e0e0e0;stroke-dashoffset:-22}
.cds--loading__stroke{stroke:#0f62fe;stroke-dashoffset:143.76}
@keyframes cds-rotate{0%{transform:rotate(0)}to{transform:rotate(1turn)}}
/* modal */
.cds--modal{position:fixed;z-index:9000;top:0;left:0;display:flex;width:100vw;height:100vh;align-items:center;justify-content:center;background-color:rgba(22,22,22,.5);content:'';opacity:0;visibility:hidden;transition:opacity 240ms cubic-bezier(.4,.14,1,1),visibility 0ms linear 240ms}
.cds--modal.is-visible{opacity:1;visibility:inherit;transition:opacity 240ms cubic-bezier(0,0,.3,1),visibility 0ms linear}
.cds--modal-container{position:fixed;top:0;display:grid;overflow:hidden;width:100%;height:100%;max-height:100%;background-color:#fff;grid-template-columns:100%;grid-template-rows:auto 1fr auto;outline:3px solid transparent;outline-offset:-3px;transform:translate3d(0,-24px,0);transform-origin:top center;transition:transform 240ms cubic-bezier(.4,.14,1,1)}
.cds--modal.is-visible .cds--modal-container{transform:translate3d(0,0,0);transition:transform 240ms cubic-bezier(0,0,.3,1)}
@media (min-width:42rem){.cds--modal-container{position:relative;top:auto;width:84%;height:auto;max-height:90%}}
@media (min-width:66rem){.cds--modal-container{width:60%;max-height:84%}}
@media (min-width:82rem){.cds--modal-container{width:48%}}
@media (min-width:42rem){.cds--modal-container--sm{width:60%}}
@media (min-width:66rem){.cds--modal-container--sm{width:42%}}
@media (min-width:82rem){.cds--modal-container--sm{width:36%}}
.cds--modal-header{padding-top:1rem;padding-right:3rem;padding-left:1rem;margin-bottom:.5rem;grid-column:1/-1;grid-row:1/1}
.cds--modal-header__label{margin-bottom:.25rem;color:#525252;font-size:.75rem;font-weight:400;letter-spacing:.32px;line-height:1.33333}
.cds--modal-header__heading{color:#161616;font-size:1.25rem;font-weight:400;line-height:1.4}
.cds--modal-close{position:absolute;z-index:2;top:0;right:0;overflow:hidden;width:3rem;height:3rem;padding:.75rem;border:2px solid transparent;background-color:transparent;cursor:pointer;transition:background-color 110ms cubic-bezier(.2,0,.38,.9)}
.cds--modal-close:hover{background-color:#e8e8e8}
.cds--modal-close:focus{border-color:#0f62fe;outline:none}
.cds--modal-close__icon{width:1.25rem;height:1.25rem;fill:#161616}
.cds--modal-content{position:relative;overflow-y:auto;padding-top:.5rem;padding-right:1rem;padding-left:1rem;margin-bottom:3rem;color:#161616;font-size:.875rem;font-weight:400;line-height:1.42857;grid-column:1/-1;grid-row:2/-2}
.cds--modal-content>p{padding-right:20%;margin-bottom:1rem}
.cds--modal-footer{display:flex;height:4rem;justify-content:flex-end;margin-top:auto;grid-column:1/-1;grid-row:-1/-1;background-color:transparent}
.cds--modal-footer .cds--btn{height:4rem;max-width:none;flex:0 1 50%;align-items:baseline;padding-top:.875rem;padding-bottom:2rem;margin:0}
/* tags & data table */
.cds--tag{display:inline-flex;min-width:2rem;max-width:100%;min-height:1.5rem;align-items:center;justify-content:center;padding:.25rem .5rem;margin:.25rem;border-radius:.9375rem;font-size:.75rem;letter-spacing:.32px;line-height:1.33333;vertical-align:middle;word-break:break-word}
.cds--tag--green{background-color:#a7f0ba;color:#0e6027}
.cds--data-table-container{position:relative;min-width:0;padding-top:.125rem;margin-top:1.5rem;max-width:64rem}
.cds--data-table-header{padding:1rem 0 1.5rem 1rem;background:#fff}
.cds--data-table-header__title{color:#161616;font-size:1.25rem;font-weight:400;line-height:1.4}
.cds--data-table-header__description{margin-top:.25rem;color:#525252;font-size:.875rem;line-height:1.28572}
.cds--data-table-content{overflow-x:auto;width:100%}
.cds--data-table{width:100%;border-collapse:collapse;border-spacing:0}
.cds--data-table thead{background-color:#e0e0e0;font-size:.875rem;font-weight:600}
.cds--data-table th{height:3rem;padding:0 1rem;color:#161616;text-align:left;vertical-align:middle}
.cds--table-header-label{text-align:left}
.cds--data-table tbody tr{height:3rem;background-color:#fff}
.cds--data-table tbody tr:hover{background-color:#e8e8e8}
.cds--data-table td{padding:0 1rem;border-top:1px solid #fff;border-bottom:1px solid #e0e0e0;color:#525252}
.cds--data-table tbody tr:hover td{color:#161616}
`;

/* ------------------------------------------------------------------------------------------ */
/* Client: a tiny React-like runtime plus the Carbon components and the app                  */
/* ------------------------------------------------------------------------------------------ */
const CLIENT_JS = String.raw`
(function () {
  'use strict';
  var BOOT = JSON.parse(document.getElementById('app-boot').textContent || '{}');
  var ROUTES = BOOT.routes;
  var CREATE = BOOT.createPath;
  var SVGNS = 'http://www.w3.org/2000/svg';
  var noop = function () {};

  /* ---------------- runtime: elements, patching, state ---------------- */
  function h(t, p) {
    var c = [];
    for (var i = 2; i < arguments.length; i++) flat(arguments[i], c);
    p = p || {};
    if (typeof t === 'function') {
      var q = {};
      for (var k in p) q[k] = p[k];
      q.children = c;
      return t(q);
    }
    return { t: t, p: p, c: c, k: p.key };
  }
  function flat(x, out) {
    if (Array.isArray(x)) { for (var i = 0; i < x.length; i++) flat(x[i], out); return; }
    if (x == null || x === false || x === true) { out.push({ t: '!', p: {}, c: [] }); return; }
    if (typeof x === 'object') out.push(x);
    else out.push({ t: '#', v: String(x), p: {}, c: [] });
  }
  function setProp(el, k, v) {
    if (k === 'key' || k === 'ref') return;
    if (k.charAt(0) === 'o' && k.charAt(1) === 'n') {
      var ev = k.slice(2).toLowerCase();
      var hs = el.__h || (el.__h = {});
      if (!(ev in hs)) el.addEventListener(ev, function (e) { var f = el.__h[e.type]; if (f) f(e); });
      hs[ev] = v;
      return;
    }
    if (k === 'value') { var s = v == null ? '' : String(v); if (el.value !== s) el.value = s; return; }
    if (k === 'checked') { el.checked = !!v; return; }
    if (v == null || v === false) el.removeAttribute(k);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  function setProps(el, o, n) {
    var k;
    for (k in o) if (!(k in n)) setProp(el, k, null);
    for (k in n) if (k === 'value' || k === 'checked' || o[k] !== n[k]) setProp(el, k, n[k]);
  }
  function mount(v, svg) {
    if (v.t === '#') return (v.el = document.createTextNode(v.v));
    if (v.t === '!') return (v.el = document.createComment(''));
    svg = svg || v.t === 'svg';
    var el = svg ? document.createElementNS(SVGNS, v.t) : document.createElement(v.t);
    v.el = el;
    setProps(el, {}, v.p);
    for (var i = 0; i < v.c.length; i++) el.appendChild(mount(v.c[i], svg));
    if (v.p.ref) v.p.ref(el);
    return el;
  }
  function inSvg(el) { return el.namespaceURI === SVGNS && el.tagName !== 'foreignObject'; }
  function patch(parent, o, n) {
    if (!o) { parent.appendChild(mount(n, inSvg(parent))); return n; }
    if (o.t !== n.t || o.k !== n.k) { var el = mount(n, inSvg(parent)); parent.replaceChild(el, o.el); return n; }
    n.el = o.el;
    if (n.t === '#') { if (o.v !== n.v) n.el.nodeValue = n.v; return n; }
    if (n.t === '!') return n;
    setProps(n.el, o.p, n.p);
    var oc = o.c, nc = n.c, i;
    for (i = 0; i < nc.length; i++) {
      if (i < oc.length) patch(n.el, oc[i], nc[i]);
      else n.el.appendChild(mount(nc[i], inSvg(n.el)));
    }
    for (i = nc.length; i < oc.length; i++) n.el.removeChild(oc[i].el);
    if (n.p.ref) n.p.ref(n.el);
    return n;
  }
  var tree = null, portalTrees = {}, pending = false, after = [], openModals = {};
  function set(fn) {
    if (typeof fn === 'function') fn(S);
    if (!pending) { pending = true; Promise.resolve().then(render); }
  }
  function afterRender(f) { after.push(f); }
  function render() {
    pending = false;
    var out = App();
    tree = patch(document.getElementById('root'), tree, out.main);
    var seen = {}, k;
    for (k in out.portals) { seen[k] = 1; portalTrees[k] = patch(document.body, portalTrees[k] || null, out.portals[k]); }
    for (k in portalTrees) if (!seen[k]) { document.body.removeChild(portalTrees[k].el); delete portalTrees[k]; delete openModals[k]; }
    var anyOpen = false;
    for (k in openModals) if (openModals[k]) anyOpen = true;
    document.body.classList.toggle('cds--body--with-modal-open', anyOpen);
    var q = after; after = [];
    for (var i = 0; i < q.length; i++) q[i]();
  }
  function byId(id) { return document.getElementById(id); }
  function focusId(id) { return function () { var el = byId(id); if (el) el.focus(); }; }
  function focusFirstInvalid(scope) {
    afterRender(function () {
      var el = document.querySelector((scope || '') + ' [aria-invalid="true"], ' + (scope || '') + ' .cds--radio-button-group--invalid input');
      if (el) el.focus();
    });
  }

  /* ---------------- icons (Carbon icons, 16/20) ---------------- */
  var P = {
    menu: 'M2 14.8H18V16H2zM2 9.4H18V10.6H2zM2 4H18V5.2H2z',
    close20: 'M15 5.875L14.125 5 10 9.125 5.875 5 5 5.875 9.125 10 5 14.125 5.875 15 10 10.875 14.125 15 15 14.125 10.875 10z',
    close16: 'M12 4.7L11.3 4 8 7.3 4.7 4 4 4.7 7.3 8 4 11.3 4.7 12 8 8.7 11.3 12 12 11.3 8.7 8z',
    chevron16: 'M8 11L3 6 3.7 5.3 8 9.6 12.3 5.3 13 6z',
    chevron20: 'M10 13.75L3.75 7.5 4.625 6.625 10 12 15.375 6.625 16.25 7.5z',
    warn16: 'M8,1C4.2,1,1,4.2,1,8s3.2,7,7,7s7-3.1,7-7S11.9,1,8,1z M7.5,4h1v5h-1V4z M8,12.2c-0.4,0-0.8-0.4-0.8-0.8s0.3-0.8,0.8-0.8c0.4,0,0.8,0.4,0.8,0.8S8.4,12.2,8,12.2z',
    success20: 'M10,1c-4.9,0-9,4.1-9,9s4.1,9,9,9s9-4,9-9S15,1,10,1z M8.7,13.5l-3.2-3.2l1-1l2.2,2.2l4.8-4.8l1,1L8.7,13.5z',
    error20: 'M10,1c-5,0-9,4-9,9s4,9,9,9s9-4,9-9S15,1,10,1z M13.5,14.5l-8-8l1-1l8,8L13.5,14.5z',
    info20: 'M10,1c-5,0-9,4-9,9s4,9,9,9s9-4,9-9S15,1,10,1z M10,5c0.6,0,1,0.4,1,1s-0.4,1-1,1s-1-0.4-1-1S9.4,5,10,5z M12.5,15.1h-5v-1.3h1.8v-3.5H8.1V9h2.5v4.8h1.9V15.1z',
    warn20: 'M10,1c-5,0-9,4-9,9s4,9,9,9s9-4,9-9S15,1,10,1z M9.25,5h1.5v5.5h-1.5V5z M10,15c-0.6,0-1-0.4-1-1s0.4-1,1-1s1,0.4,1,1S10.6,15,10,15z',
    view: 'M15.5,7.8C14.3,4.7,11.3,2.6,8,2.5C4.7,2.6,1.7,4.7,0.5,7.8c0,0.1,0,0.2,0,0.3c1.2,3.1,4.1,5.2,7.5,5.3c3.3-0.1,6.3-2.2,7.5-5.3C15.5,8.1,15.5,7.9,15.5,7.8z M8,12.5c-2.7,0-5.4-2-6.5-4.5c1-2.5,3.8-4.5,6.5-4.5s5.4,2,6.5,4.5C13.4,10.5,10.6,12.5,8,12.5z M8,5C6.3,5,5,6.3,5,8s1.3,3,3,3s3-1.3,3-3S9.7,5,8,5z M8,10c-1.1,0-2-0.9-2-2s0.9-2,2-2s2,0.9,2,2S9.1,10,8,10z',
    viewOff: 'M2.6,11.3l0.7-0.7C2.6,9.8,1.9,9,1.5,8c1-2.5,3.8-4.5,6.5-4.5c0.7,0,1.4,0.1,2,0.4l0.8-0.8C9.9,2.7,9,2.5,8,2.5C4.7,2.6,1.7,4.7,0.5,7.8c0,0.1,0,0.2,0,0.3C1,9.3,1.7,10.4,2.6,11.3z M6,7.9c0.1-1,0.9-1.8,1.8-1.8l0.9-0.9C7.2,4.7,5.5,5.6,5.1,7.2C5,7.7,5,8.3,5.1,8.8L6,7.9z M15.5,7.8c-0.6-1.5-1.6-2.8-2.9-3.8L15,1.7L14.3,1L1,14.3L1.7,15l2.6-2.6c1.1,0.7,2.4,1,3.7,1.1c3.3-0.1,6.3-2.2,7.5-5.3C15.5,8.1,15.5,7.9,15.5,7.8z M10,8c0,1.1-0.9,2-2,2c-0.3,0-0.7-0.1-1-0.3L9.7,7C9.9,7.3,10,7.6,10,8z M8,12.5c-1,0-2.1-0.3-3-0.8l1.3-1.3c1.4,0.9,3.2,0.6,4.2-0.8c0.7-1,0.7-2.4,0-3.4l1.4-1.4c1.1,0.8,2,1.9,2.6,3.2C13.4,10.5,10.6,12.5,8,12.5z',
    renew: 'M12 10H6.78A11 11 0 0127 16h2A13 13 0 006 7.68V4H4v8h8zM20 22h5.22A11 11 0 015 16H3a13 13 0 0023 8.32V28h2V20H20z',
    check16: 'M6 10.6L2.7 7.3 2 8 6 12 14 4 13.3 3.3z',
    logout: 'M6 30H18a2 2 0 002-2V25H18v3H6V4H18V7h2V4a2 2 0 00-2-2H6A2 2 0 004 4V28A2 2 0 006 30zM20.586 20.586L24.172 17 10 17 10 15 24.172 15 20.586 11.414 22 10 28 16 22 22 20.586 20.586z',
    home: 'M8.3 1.1a.5.5 0 00-.6 0L1 6.4l.6.8L3 6.1V14a1 1 0 001 1h8a1 1 0 001-1V6.1l1.4 1.1.6-.8zM9 14H7V10H9zm1 0V10a1 1 0 00-1-1H7a1 1 0 00-1 1v4H4V5.3L8 2.2l4 3.1V14z',
    search: 'M15 14.3L10.7 10c1.9-2.3 1.6-5.8-.7-7.7S4.2.7 2.3 3 .7 8.8 3 10.7c2 1.7 5 1.7 7 0l4.3 4.3.7-.7zM2 6.5C2 4 4 2 6.5 2S11 4 11 6.5 9 11 6.5 11 2 9 2 6.5z',
    help: 'M8 1a7 7 0 107 7A7 7 0 008 1zm0 13a6 6 0 116-6A6 6 0 018 14zM8 11.25a.75.75 0 10.75.75A.75.75 0 008 11.25zM8.5 4h-.75A2.26 2.26 0 005.5 6.25v.25h1v-.25A1.25 1.25 0 017.75 5h.75a1.25 1.25 0 010 2.5h-1v2.25h1V8.5a2.25 2.25 0 000-4.5z',
    download: 'M13 12v2H3V12H2v2a1 1 0 001 1H13a1 1 0 001-1V12zM13 7l-.7-.7L8.5 10.1V1h-1v9.1L3.7 6.3 3 7l5 5z',
    dash: 'M2 2h5v7H2zM9 2h5v4H9zM9 8h5v6H9zM2 11h5v3H2z',
    doc: 'M12.85 4.15l-3-3A.5.5 0 009.5 1h-6a1 1 0 00-1 1v12a1 1 0 001 1h9a1 1 0 001-1V4.5a.5.5 0 00-.15-.35zM9.5 2.2l2.3 2.3H9.5zM12.5 14h-9V2h5v2.5a1 1 0 001 1h3zM5 11h6v1H5zm0-3h6v1H5z',
    report: 'M2 13h12v1H2zM3 8h2v4H3zM7 5h2v7H7zM11 2h2v10h-2z',
    api: 'M8 1l6 3.5v7L8 15l-6-3.5v-7zm0 1.2L3 5.1v5.8l5 2.9 5-2.9V5.1zM6 6h4v4H6z',
    user: 'M8 2a3 3 0 110 6 3 3 0 010-6zm0 1a2 2 0 100 4 2 2 0 000-4zM3 14c0-2.8 2.2-5 5-5s5 2.2 5 5h-1c0-2.2-1.8-4-4-4s-4 1.8-4 4z'
  };
  var VB = { renew: 32, logout: 32, menu: 20, close20: 20, chevron20: 20, success20: 20, error20: 20, info20: 20, warn20: 20 };
  function Icon(name, size, cls, vb) {
    var v = vb || VB[name] || 16;
    return h('svg', { focusable: 'false', preserveAspectRatio: 'xMidYMid meet', xmlns: SVGNS, fill: 'currentColor', width: String(size), height: String(size), viewBox: '0 0 ' + v + ' ' + v, 'aria-hidden': 'true', class: cls || null },
      h('path', { d: P[name] }));
  }

  /* ---------------- Carbon components ---------------- */
  function Button(p) {
    var kind = p.kind || 'primary';
    return h('button', { type: p.type || 'button', id: p.id || null, class: 'cds--btn cds--btn--' + kind + (p.size ? ' cds--btn--' + p.size : '') + (p.cls ? ' ' + p.cls : ''), disabled: p.disabled || null, onClick: p.onClick || null, tabindex: '0' }, p.children);
  }
  function InlineLoading(p) {
    return h('div', { class: 'cds--inline-loading', 'aria-live': 'assertive' },
      h('div', { class: 'cds--inline-loading__animation' },
        h('div', { class: 'cds--loading cds--loading--small' },
          h('svg', { class: 'cds--loading__svg', viewBox: '0 0 100 100' },
            h('title', null, 'Loading'),
            h('circle', { class: 'cds--loading__background', cx: '50%', cy: '50%', r: '42' }),
            h('circle', { class: 'cds--loading__stroke', cx: '50%', cy: '50%', r: '42' })))),
      h('div', { class: 'cds--inline-loading__text' }, p.text));
  }
  var KIND_ICON = { success: 'success20', error: 'error20', info: 'info20', warning: 'warn20' };
  function InlineNotification(p) {
    var n = p.n;
    return h('div', { class: 'cds--inline-notification cds--inline-notification--' + n.kind, role: n.kind === 'error' ? 'alert' : 'status', key: p.key || null },
      h('div', { class: 'cds--inline-notification__details' },
        Icon(KIND_ICON[n.kind], 20, 'cds--inline-notification__icon'),
        h('div', { class: 'cds--inline-notification__text-wrapper' },
          h('div', { class: 'cds--inline-notification__title' }, n.title),
          h('div', { class: 'cds--inline-notification__subtitle' }, n.subtitle))),
      p.onClose ? h('button', { type: 'button', class: 'cds--inline-notification__close-button', 'aria-label': 'close notification', title: 'close notification', onClick: p.onClose },
        Icon('close20', 20, 'cds--inline-notification__close-icon')) : null);
  }
  function TextInput(p) {
    var inv = !!p.invalid;
    var desc = inv ? p.id + '-error-msg' : p.helper ? p.id + '-helper-text' : null;
    return h('div', { class: 'cds--form-item cds--text-input-wrapper' + (p.readOnly ? ' cds--text-input-wrapper--readonly' : '') + (p.password ? ' cds--password-input-wrapper' : '') },
      h('label', { for: p.id, class: 'cds--label' }, p.label),
      h('div', { class: 'cds--text-input__field-outer-wrapper' },
        h('div', { class: 'cds--text-input__field-wrapper' + (p.prefix ? ' app-prefixed' : ''), 'data-invalid': inv ? 'true' : null, 'data-toggle-password-visibility': p.password ? 'true' : null },
          p.prefix ? h('span', { class: 'app-input-prefix', 'aria-hidden': 'true' }, p.prefix) : null,
          h('input', { id: p.id, name: p.name || p.id, type: p.password ? (p.shown ? 'text' : 'password') : 'text',
            class: 'cds--text-input' + (p.password ? ' cds--password-input' : '') + (inv ? ' cds--text-input--invalid' : ''),
            value: p.value, placeholder: p.placeholder || null, maxlength: p.maxLength || null, autocomplete: p.autoComplete || 'off',
            inputmode: p.inputMode || null, readonly: p.readOnly || null, 'aria-invalid': inv ? 'true' : null, 'data-invalid': inv ? 'true' : null,
            'aria-describedby': desc, 'data-toggle-password-visibility': p.password ? 'true' : null,
            onInput: p.onInput || null, onKeyDown: p.onKeyDown || null }),
          inv ? Icon('warn16', 16, 'cds--text-input__invalid-icon') : null,
          p.password ? h('button', { type: 'button', class: 'cds--text-input--password__visibility__toggle cds--btn cds--tooltip__trigger cds--tooltip--a11y cds--tooltip--bottom cds--tooltip--align-end', onClick: p.onToggle },
            h('span', { class: 'cds--assistive-text' }, p.shown ? 'Hide password' : 'Show password'),
            Icon(p.shown ? 'viewOff' : 'view', 16, p.shown ? 'cds--icon-visibility-off' : 'cds--icon-visibility-on')) : null),
        inv ? h('div', { class: 'cds--form-requirement', id: p.id + '-error-msg' }, p.invalid) : null,
        !inv && p.helper ? h('div', { class: 'cds--form__helper-text', id: p.id + '-helper-text' }, p.helper) : null));
  }
  function RadioGroup(p) {
    var inv = !!p.invalid;
    return h('div', { class: 'cds--form-item' },
      h('fieldset', { class: 'cds--radio-button-group cds--radio-button-group--vertical' + (inv ? ' cds--radio-button-group--invalid' : ''), 'data-invalid': inv ? 'true' : null, 'aria-readonly': 'false' },
        h('legend', { class: 'cds--label' }, p.legend),
        h('div', { class: 'app-radio-list' }, p.options.map(function (o, i) {
          var id = p.name + '-' + i;
          return h('div', { class: 'cds--radio-button-wrapper' },
            h('input', { type: 'radio', class: 'cds--radio-button', id: id, name: p.name, value: o.value, checked: p.value === o.value, tabindex: p.value ? (p.value === o.value ? '0' : '-1') : '0',
              onChange: function () { p.onChange(o.value); } }),
            h('label', { for: id, class: 'cds--radio-button__label' },
              h('span', { class: 'cds--radio-button__appearance' }),
              h('span', { class: 'cds--radio-button__label-text' }, o.label)));
        }))),
      inv ? h('div', { class: 'cds--radio-button__validation-msg' }, Icon('warn16', 16, 'cds--radio-button__invalid-icon'), h('div', { class: 'cds--form-requirement' }, p.invalid)) : null);
  }
  /* ComboBox (downshift-like). st: {input, selected, open, hi} */
  function comboFiltered(items, st) {
    var q = st.input.trim().toLowerCase();
    if (!q) return items.slice();
    return items.filter(function (it) { return it.toLowerCase().indexOf(q) >= 0; });
  }
  function ComboBox(p) {
    var st = p.st, id = p.id, items = comboFiltered(p.items, st), inv = !!p.invalid;
    function commit(item) { st.selected = item; st.input = item; st.open = false; st.hi = -1; if (p.onChange) p.onChange(item); set(); }
    function openMenu() { st.open = true; var f = comboFiltered(p.items, st); st.hi = st.selected ? f.indexOf(st.selected) : -1; set(); }
    function scrollHi() { afterRender(function () { var el = byId(id + '-item-' + st.hi); if (el && el.scrollIntoView) el.scrollIntoView({ block: 'nearest' }); }); }
    function onKey(e) {
      var f = comboFiltered(p.items, st);
      if (e.key === 'ArrowDown') { e.preventDefault(); if (!st.open) { openMenu(); return; } st.hi = Math.min(f.length - 1, st.hi + 1); scrollHi(); set(); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); if (!st.open) { openMenu(); return; } st.hi = Math.max(0, st.hi - 1); scrollHi(); set(); }
      else if (e.key === 'Enter') { if (st.open && st.hi >= 0 && f[st.hi]) { e.preventDefault(); commit(f[st.hi]); } }
      else if (e.key === 'Escape') { if (st.open) { e.preventDefault(); e.stopPropagation(); st.open = false; set(); } else if (st.input) { st.input = ''; st.selected = ''; if (p.onChange) p.onChange(''); set(); } }
    }
    function onInput(e) {
      st.input = e.target.value; st.open = true;
      var f = comboFiltered(p.items, st);
      st.hi = st.input.trim() && f.length ? 0 : -1;
      if (!st.input) { st.selected = ''; if (p.onChange) p.onChange(''); }
      set();
    }
    function onBlur(e) {
      var w = byId(id + '-wrapper');
      if (e.relatedTarget && w && w.contains(e.relatedTarget)) return;
      var f = comboFiltered(p.items, st);
      if (st.open && st.hi >= 0 && f[st.hi]) { commit(f[st.hi]); return; }
      st.open = false; st.input = st.selected || ''; set();
    }
    var activeId = st.open && st.hi >= 0 && items[st.hi] ? id + '-item-' + st.hi : null;
    return h('div', { class: 'cds--list-box__wrapper', id: id + '-wrapper' },
      h('label', { id: id + '-label', for: id + '-input', class: 'cds--label' }, p.label),
      h('div', { class: 'cds--combo-box cds--list-box' + (st.open ? ' cds--list-box--expanded' : '') + (inv ? ' cds--combo-box--invalid' : ''), 'data-invalid': inv ? 'true' : null },
        h('div', { class: 'cds--list-box__field' },
          h('input', { id: id + '-input', type: 'text', class: 'cds--text-input' + (st.input ? '' : ' cds--text-input--empty'), role: 'combobox', 'aria-autocomplete': 'list',
            'aria-expanded': st.open ? 'true' : 'false', 'aria-controls': id + '-menu', 'aria-labelledby': id + '-label', 'aria-activedescendant': activeId,
            'aria-invalid': inv ? 'true' : null, 'aria-describedby': inv ? id + '-error-msg' : null,
            autocomplete: 'off', placeholder: p.placeholder, value: st.input, onInput: onInput, onKeyDown: onKey, onBlur: onBlur,
            onClick: function () { if (st.open) { st.open = false; set(); } else openMenu(); } }),
          inv ? Icon('warn16', 16, 'cds--list-box__invalid-icon') : null,
          st.selected ? h('div', { role: 'button', class: 'cds--list-box__selection', tabindex: '0', title: 'Clear selected item', 'aria-label': 'Clear selected item',
            onMouseDown: function (e) { e.preventDefault(); },
            onClick: function () { st.selected = ''; st.input = ''; st.hi = -1; if (p.onChange) p.onChange(''); set(); afterRender(focusId(id + '-input')); },
            onKeyDown: function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); st.selected = ''; st.input = ''; if (p.onChange) p.onChange(''); set(); afterRender(focusId(id + '-input')); } } },
            Icon('close16', 16)) : null,
          h('button', { type: 'button', class: 'cds--list-box__menu-icon', tabindex: '-1', 'aria-label': st.open ? 'Close' : 'Open', title: st.open ? 'Close' : 'Open',
            onMouseDown: function (e) { e.preventDefault(); },
            onClick: function () { if (st.open) { st.open = false; set(); } else openMenu(); afterRender(focusId(id + '-input')); } },
            Icon('chevron16', 16))),
        h('ul', { id: id + '-menu', role: 'listbox', 'aria-labelledby': id + '-label', class: 'cds--list-box__menu' },
          st.open ? items.map(function (it, i) {
            var active = st.selected === it;
            return h('li', { id: id + '-item-' + i, role: 'option', 'aria-selected': active ? 'true' : 'false', title: it,
              class: 'cds--list-box__menu-item' + (i === st.hi ? ' cds--list-box__menu-item--highlighted' : '') + (active ? ' cds--list-box__menu-item--active' : ''),
              onMouseMove: function () { if (st.hi !== i) { st.hi = i; set(); } },
              onMouseDown: function (e) { e.preventDefault(); },
              onClick: function () { commit(it); } },
              h('div', { class: 'cds--list-box__menu-item__option' }, it),
              active ? Icon('check16', 16, 'cds--list-box__menu-item__selected-icon') : null);
          }) : null)),
      inv ? h('div', { class: 'cds--form-requirement', id: id + '-error-msg' }, p.invalid) : null);
  }
  /* Modal, portalled to body */
  function tabbables(root) {
    return Array.prototype.filter.call(root.querySelectorAll('button, [href], input, [tabindex]'), function (el) {
      return !el.disabled && el.getAttribute('tabindex') !== '-1' && el.offsetParent !== null;
    });
  }
  function Modal(p) {
    var was = !!openModals[p.name];
    openModals[p.name] = !!p.open;
    if (p.open && !was) afterRender(function () { var m = byId(p.id); if (!m) return; var t = m.querySelector('[data-modal-primary-focus]') || m.querySelector('.cds--modal-close'); if (t) t.focus(); });
    if (!p.open && was && p.returnFocus) afterRender(function () { var el = byId(p.returnFocus); if (el) el.focus(); });
    function wrap(toEnd) {
      var c = byId(p.id + '-container'); if (!c) return;
      var t = tabbables(c); if (!t.length) return;
      (toEnd ? t[t.length - 1] : t[0]).focus();
    }
    return h('div', { id: p.id, class: 'cds--modal' + (p.open ? ' is-visible' : ''), role: 'presentation',
        onKeyDown: function (e) { if (e.key === 'Escape' && p.open) { e.stopPropagation(); p.onClose(); } } },
      h('span', { tabindex: '0', role: 'link', class: 'cds--visually-hidden', onFocus: function () { wrap(true); } }, 'Focus sentinel'),
      h('div', { id: p.id + '-container', class: 'cds--modal-container' + (p.size ? ' cds--modal-container--' + p.size : ''), role: 'dialog', 'aria-modal': 'true', 'aria-label': p.heading, tabindex: '-1' },
        h('div', { class: 'cds--modal-header' },
          p.label ? h('h2', { id: p.id + '-label', class: 'cds--modal-header__label' }, p.label) : null,
          h('h2', { id: p.id + '-heading', class: 'cds--modal-header__heading' }, p.heading),
          h('button', { type: 'button', class: 'cds--modal-close', 'aria-label': 'Close', onClick: p.onClose }, Icon('close20', 20, 'cds--modal-close__icon'))),
        h('div', { id: p.id + '-body', class: 'cds--modal-content' }, p.children),
        h('div', { class: 'cds--modal-footer cds--btn-set' },
          h('button', { type: 'button', class: 'cds--btn cds--btn--secondary', onClick: p.onSecondary }, p.secondary),
          h('button', { type: 'button', class: 'cds--btn cds--btn--primary', disabled: p.busy || null, onClick: p.onPrimary }, p.primary))),
      h('span', { tabindex: '0', role: 'link', class: 'cds--visually-hidden', onFocus: function () { wrap(false); } }, 'Focus sentinel'));
  }
  function DataTable(p) {
    return h('div', { class: 'cds--data-table-container' },
      h('div', { class: 'cds--data-table-header' },
        h('h4', { class: 'cds--data-table-header__title' }, p.title),
        p.description ? h('p', { class: 'cds--data-table-header__description' }, p.description) : null),
      h('div', { class: 'cds--data-table-content' },
        h('table', { class: 'cds--data-table cds--data-table--lg' },
          h('thead', null, h('tr', null, p.headers.map(function (t) { return h('th', { scope: 'col' }, h('div', { class: 'cds--table-header-label' }, t)); }))),
          h('tbody', { 'aria-live': 'polite' }, p.rows.map(function (r) { return h('tr', null, r.map(function (c) { return h('td', null, c); })); })))));
  }

  /* ---------------- app state ---------------- */
  var toastSeq = 0;
  var S = {
    route: location.pathname, stage: BOOT.stage, user: BOOT.user, gstin: BOOT.gstin, mobile: BOOT.mobile,
    nav: { hover: false, pinned: false, open: {} },
    toasts: [], expiring: false,
    login: null, dash: null, reg: null, contact: null, flash: BOOT.flash
  };
  function toast(kind, title, subtitle) {
    var id = ++toastSeq;
    var d = new Date();
    S.toasts.push({ id: id, kind: kind, title: title, subtitle: subtitle, caption: 'Time stamp ' + ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2) + ':' + ('0' + d.getSeconds()).slice(-2) });
    set();
    setTimeout(function () { closeToast(id); }, 5000);
  }
  function closeToast(id) { S.toasts = S.toasts.filter(function (t) { return t.id !== id; }); set(); }
  function sessionLost(j) {
    if (S.expiring) return;
    S.expiring = true;
    toast('error', (j && j.title) || 'Session expired', (j && j.message) || 'Your session has expired. Please log in again.');
    setTimeout(function () { location.assign((j && j.redirect) || '/login'); }, 1500);
  }
  function api(method, url, body) {
    var opt = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
    if (body) { opt.headers['Content-Type'] = 'application/json'; opt.body = JSON.stringify(body); }
    return fetch(url, opt).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) {
        if (r.status === 401) { sessionLost(j); throw { expired: true }; }
        if (r.status >= 500) throw { server: true };
        j.status = r.status;
        return j;
      });
    });
  }
  function failed(then) {
    return function (e) {
      if (e && e.expired) return;
      if (then) then();
      toast('error', 'Something went wrong', 'The request could not be completed. Try again.');
    };
  }

  /* ---------------- routing ---------------- */
  function navigate(path, replace) {
    if (path === location.pathname && !replace) return;
    history[replace ? 'replaceState' : 'pushState'](null, '', path);
    onRoute();
  }
  function linkClick(e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(e.currentTarget.getAttribute('href'));
  }
  function onRoute() { S.route = location.pathname; enterRoute(); set(); window.scrollTo(0, 0); }
  window.addEventListener('popstate', onRoute);
  function enterRoute() {
    var r = S.route, def = ROUTES[r];
    document.title = (def ? def.title : 'Page not found') + ' | e-Invoice System';
    if (!def) return;
    if (def.auth && S.stage !== 'in') { location.assign(r); return; }
    if (r === '/login') {
      if (S.stage === 'in') { navigate('/dashboard', true); return; }
      enterLogin();
    } else if (r === '/dashboard') enterDashboard();
    else if (r === CREATE) enterCreate();
    else if (def.auth) api('GET', '/api/session').catch(noop);
  }

  /* ---------------- shell ---------------- */
  var NAV_PUBLIC = [
    { label: 'Home', icon: 'home', href: '/' },
    { label: 'Search', icon: 'search', items: [{ label: 'Search GSTIN', href: '/search/gstin' }, { label: 'Verify Signed Invoice', href: '/search/verify-signed-invoice' }] },
    { label: 'Help', icon: 'help', items: [{ label: 'User Manual', href: '/help/user-manual' }, { label: 'FAQs', href: '/help/faqs' }] },
    { label: 'Downloads', icon: 'download', href: '/downloads' }
  ];
  var NAV_AUTH = [
    { label: 'Dashboard', icon: 'dash', href: '/dashboard' },
    { label: 'e-Invoice', icon: 'doc', items: [{ label: 'Generate IRN', href: '/einvoice/generate' }, { label: 'Cancel IRN', href: '/einvoice/cancel' }, { label: 'Bulk Upload', href: '/einvoice/bulk-upload' }, { label: 'Print e-Invoice', href: '/einvoice/print' }] },
    { label: 'MIS Reports', icon: 'report', items: [{ label: 'IRN Details', href: '/mis/irn-details' }, { label: 'Summary Report', href: '/mis/summary' }] },
    { label: 'API Registration', icon: 'api', items: [
      { label: 'User Credentials', items: [{ label: 'Create API User', href: CREATE }, { label: 'Change API Password', href: '/api-registration/user-credentials/change-api-password' }] },
      { label: 'IP Whitelisting', href: '/api-registration/ip-whitelisting' },
      { label: 'Freeze API User', href: '/api-registration/freeze-api-user' }] },
    { label: 'User Management', icon: 'user', items: [{ label: 'Create Sub-User', href: '/user-management/create' }, { label: 'Update Sub-User', href: '/user-management/update' }] }
  ];
  function holds(it, r) { if (it.href) return it.href === r; return it.items.some(function (c) { return holds(c, r); }); }
  function openActiveGroups(items, path) {
    items.forEach(function (it) { if (it.items) { var k = path + '/' + it.label; if (holds(it, S.route)) S.nav.open[k] = true; openActiveGroups(it.items, k); } });
  }
  function NavItem(it, path, depth) {
    if (it.href) {
      var cur = S.route === it.href;
      var link = h('a', { class: 'cds--side-nav__link' + (cur ? ' cds--side-nav__link--current' : ''), href: it.href, 'aria-current': cur ? 'page' : null, onClick: linkClick },
        depth === 0 ? h('div', { class: 'cds--side-nav__icon cds--side-nav__icon--small' }, Icon(it.icon, 16)) : null,
        h('span', { class: 'cds--side-nav__link-text' }, it.label));
      return h('li', { class: depth === 0 ? 'cds--side-nav__item' : 'cds--side-nav__menu-item' }, link);
    }
    var key = path + '/' + it.label, open = !!S.nav.open[key], active = holds(it, S.route);
    return h('li', { class: 'cds--side-nav__item' + (active ? ' cds--side-nav__item--active' : '') + (depth ? ' cds--side-nav__item--nested' : '') },
      h('button', { type: 'button', class: 'cds--side-nav__submenu', 'aria-expanded': open ? 'true' : 'false',
        onClick: function () { S.nav.open[key] = !S.nav.open[key]; set(); } },
        depth === 0 ? h('div', { class: 'cds--side-nav__icon' }, Icon(it.icon, 16)) : null,
        h('span', { class: 'cds--side-nav__submenu-title' }, it.label),
        h('div', { class: 'cds--side-nav__icon cds--side-nav__icon--small cds--side-nav__submenu-chevron' }, Icon('chevron20', 20))),
      h('ul', { class: 'cds--side-nav__menu' }, it.items.map(function (c) { return NavItem(c, key, depth + 1); })));
  }
  function SideNav() {
    var expanded = S.nav.pinned || S.nav.hover;
    var items = S.stage === 'in' ? NAV_AUTH : NAV_PUBLIC;
    return h('nav', { class: 'cds--side-nav cds--side-nav__navigation cds--side-nav--rail' + (expanded ? ' cds--side-nav--expanded' : ''), 'aria-label': 'Side navigation',
        onMouseEnter: function () { S.nav.hover = true; set(); }, onMouseLeave: function () { S.nav.hover = false; set(); },
        onFocusIn: function (e) { if (!e.currentTarget.contains(e.relatedTarget)) { S.nav.hover = true; set(); } },
        onFocusOut: function (e) { if (!e.currentTarget.contains(e.relatedTarget)) { S.nav.hover = false; set(); } },
        onKeyDown: function (e) { if (e.key === 'Escape') { S.nav.hover = false; S.nav.pinned = false; set(); } } },
      h('ul', { class: 'cds--side-nav__items', key: S.stage === 'in' ? 'auth' : 'public' }, items.map(function (it) { return NavItem(it, '', 0); })));
  }
  function Header() {
    var authed = S.stage === 'in', pinned = S.nav.pinned;
    var links = [['Home', '/'], ['Search', '/search/gstin'], ['Help', '/help/user-manual']];
    return h('header', { class: 'cds--header', 'aria-label': 'e-Invoice System' },
      h('a', { class: 'cds--skip-to-content', href: '#main-content', tabindex: '0' }, 'Skip to main content'),
      h('button', { type: 'button', class: 'cds--header__action cds--header__menu-trigger cds--header__menu-toggle' + (pinned ? ' cds--header__action--active' : ''),
        'aria-label': pinned ? 'Close menu' : 'Open menu', title: pinned ? 'Close menu' : 'Open menu',
        onClick: function () { S.nav.pinned = !S.nav.pinned; set(); } }, Icon(pinned ? 'close20' : 'menu', 20)),
      h('a', { class: 'cds--header__name', href: authed ? '/dashboard' : '/', onClick: linkClick }, 'e-Invoice System'),
      authed ? null : h('nav', { class: 'cds--header__nav', 'aria-label': 'e-Invoice System' },
        h('ul', { class: 'cds--header__menu-bar' }, links.map(function (l) {
          var cur = S.route === l[1];
          return h('li', null, h('a', { class: 'cds--header__menu-item' + (cur ? ' cds--header__menu-item--current' : ''), href: l[1], tabindex: '0', 'aria-current': cur ? 'page' : null, onClick: linkClick },
            h('span', { class: 'cds--text-truncate--end' }, l[0])));
        }))),
      h('div', { class: 'cds--header__global', key: authed ? 'auth' : 'public' },
        authed ? h('div', { class: 'app-header-user' }, h('strong', null, S.user), h('span', null, 'GSTIN ' + S.gstin)) : null,
        authed ? h('button', { type: 'button', class: 'cds--header__action', 'aria-label': 'Log out', title: 'Log out', onClick: logout }, Icon('logout', 20))
          : h('button', { type: 'button', class: 'cds--btn cds--btn--primary', tabindex: '0', onClick: function () { navigate('/login'); afterRender(focusId('username')); } }, 'Log in')));
  }
  function ToastRegion() {
    return h('div', { class: 'app-toast-region' }, S.toasts.map(function (t) {
      return h('div', { key: 't' + t.id, class: 'cds--toast-notification cds--toast-notification--' + t.kind, role: t.kind === 'error' ? 'alert' : 'status' },
        Icon(KIND_ICON[t.kind], 20, 'cds--toast-notification__icon'),
        h('div', { class: 'cds--toast-notification__details' },
          h('div', { class: 'cds--toast-notification__title' }, t.title),
          h('div', { class: 'cds--toast-notification__subtitle' }, t.subtitle),
          h('div', { class: 'cds--toast-notification__caption' }, t.caption)),
        h('button', { type: 'button', class: 'cds--toast-notification__close-button', 'aria-label': 'close notification', title: 'close notification', onClick: function () { closeToast(t.id); } },
          Icon('close20', 20, 'cds--toast-notification__close-icon')));
    }));
  }
  function logout() {
    api('POST', '/api/logout', {}).then(function (j) { location.assign(j.redirect || '/'); }).catch(failed());
  }
  function Breadcrumb(def) {
    var crumbs = def.crumbs || [];
    return h('nav', { 'aria-label': 'Breadcrumb', class: 'cds--breadcrumb-nav' },
      h('ol', { class: 'cds--breadcrumb cds--breadcrumb--no-trailing-slash' },
        h('li', { class: 'cds--breadcrumb-item' }, h('a', { class: 'cds--link', href: S.stage === 'in' ? '/dashboard' : '/', onClick: linkClick }, S.stage === 'in' ? 'Dashboard' : 'Home')),
        crumbs.map(function (c) { return h('li', { class: 'cds--breadcrumb-item' }, h('span', { class: 'app-crumb-text' }, c)); }),
        h('li', { class: 'cds--breadcrumb-item cds--breadcrumb-item--current' }, h('a', { class: 'cds--link', href: S.route, 'aria-current': 'page', onClick: linkClick }, def.title))));
  }
  function App() {
    var r = S.route, def = ROUTES[r], page, portals = {};
    if (!def) page = h('div', null, h('h1', { class: 'app-page-title' }, 'Page not found'), h('p', { class: 'app-lead' }, 'The page you are looking for does not exist.'));
    else if (r === '/') page = Landing();
    else if (r === '/login') page = LoginPage();
    else if (r === '/dashboard') { page = Dashboard(); portals.contact = ContactModal(); }
    else if (r === CREATE) { page = CreateApiUser(); portals.confirm = ConfirmModal(); }
    else page = Placeholder(def);
    return {
      main: h('div', { class: 'app-shell' }, Header(), SideNav(),
        h('main', { class: 'cds--content', id: 'main-content' }, h('div', { key: r, class: 'app-page' }, page)),
        ToastRegion()),
      portals: portals
    };
  }

  /* ---------------- pages ---------------- */
  function Placeholder(def) {
    return h('div', null,
      h('div', { class: 'app-page-header' }, Breadcrumb(def), h('h1', { class: 'app-page-title' }, def.title)),
      h('div', { class: 'cds--tile app-panel' },
        h('p', { class: 'app-muted' }, def.auth ? 'No records to show for GSTIN ' + S.gstin + '.' : 'Log in to the e-Invoice System to use this service.')));
  }
  function Landing() {
    function tile(title, text) { return h('div', { class: 'cds--tile' }, h('h2', { class: 'app-tile-heading' }, title), h('p', { class: 'app-muted' }, text)); }
    return h('div', null,
      h('div', { class: 'app-page-header' },
        h('h1', { class: 'app-page-title' }, 'e-Invoice System'),
        h('p', { class: 'app-lead' }, 'Report B2B and export invoices to the Invoice Registration Portal (IRP) and get the Invoice Reference Number (IRN) and the signed QR code.')),
      h('div', { class: 'app-grid' },
        tile('Generate IRN', 'Generate the IRN for one invoice at a time, or upload invoices in bulk.'),
        tile('API access', 'Register API users for your GSTIN to report invoices from your ERP directly or through a GSP.'),
        tile('Two-factor authentication', 'Two-factor authentication is mandatory from 1 April 2025. Keep your registered mobile number at hand when you log in.')),
      h('div', { class: 'cds--tile app-panel' },
        h('h2', { class: 'app-tile-heading' }, 'Latest updates'),
        h('p', { class: 'app-muted' }, 'OTPs are sent by SMS and the Sandes app. You can also use the NIC-GST-Shield app to get the OTP.')));
  }
  function freshLogin() {
    return { step: S.stage === 'otp' ? 'otp' : 'credentials', username: '', password: '', captcha: '', shown: false, errors: {}, notice: null, busy: false, img: '', otp: '', otpError: '', otpNotice: null };
  }
  function enterLogin() {
    var L = (S.login = freshLogin());
    if (S.flash === 'expired') L.notice = { kind: 'warning', title: 'Session expired', subtitle: 'Your session has expired. Please log in again.' };
    S.flash = null;
    if (L.step === 'otp') L.otpNotice = { kind: 'info', title: 'OTP sent', subtitle: 'An OTP has been sent to your registered mobile number ' + S.mobile + '.' };
    else loadCaptcha();
  }
  function loadCaptcha() {
    var L = S.login;
    L.img = '';
    set();
    api('GET', '/api/captcha').then(function (j) { if (S.login === L) { L.img = j.image || ''; set(); } }).catch(failed());
  }
  function submitLogin(e) {
    e.preventDefault();
    var L = S.login, er = {};
    if (L.busy) return;
    if (!L.username.trim()) er.username = 'Enter your user name';
    if (!L.password) er.password = 'Enter your password';
    if (!L.captcha.trim()) er.captcha = 'Enter the characters shown in the image';
    L.errors = er;
    if (Object.keys(er).length) { set(); focusFirstInvalid('.app-login'); return; }
    L.busy = true; L.notice = null; set();
    api('POST', '/api/login', { username: L.username.trim(), password: L.password, captcha: L.captcha.trim() }).then(function (j) {
      L.busy = false;
      if (j.ok && j.redirect) { location.assign(j.redirect); return; }
      if (j.ok) {
        S.stage = 'otp'; L.step = 'otp'; L.password = ''; L.captcha = '';
        L.otpNotice = { kind: 'info', title: 'OTP sent', subtitle: j.message };
        set();
        return;
      }
      L.notice = { kind: 'error', title: j.title || 'Log in failed', subtitle: j.message || '' };
      if (j.error === 'captcha') L.errors = { captcha: 'Invalid captcha' };
      if (j.error === 'login') L.password = '';
      L.captcha = '';
      loadCaptcha();
    }).catch(failed(function () { L.busy = false; set(); }));
  }
  function submitLoginOtp(e) {
    e.preventDefault();
    var L = S.login, v = L.otp.trim();
    if (L.busy) return;
    if (!v) { L.otpError = 'Enter the OTP'; set(); focusFirstInvalid('.app-login'); return; }
    if (!/^\d{6}$/.test(v)) { L.otpError = 'The OTP is a 6-digit number'; set(); focusFirstInvalid('.app-login'); return; }
    L.busy = true; L.otpError = ''; set();
    api('POST', '/api/login/otp', { otp: v }).then(function (j) {
      L.busy = false;
      if (j.ok) {
        S.stage = 'in'; S.user = j.user; S.gstin = j.gstin; S.login = null; S.nav.open = {};
        history.replaceState(null, '', '/login');
        navigate(j.redirect || '/dashboard');
        openActiveGroups(NAV_AUTH, '');
        return;
      }
      if (j.error === 'stage') { S.stage = 'anon'; S.login = freshLogin(); S.login.notice = { kind: 'error', title: j.title, subtitle: j.message }; loadCaptcha(); return; }
      L.otpError = 'Invalid OTP';
      L.otpNotice = { kind: 'error', title: j.title || 'Invalid OTP', subtitle: j.message || '' };
      set();
      focusFirstInvalid('.app-login');
    }).catch(failed(function () { L.busy = false; set(); }));
  }
  function resendLoginOtp() {
    api('POST', '/api/login/otp/resend', {}).then(function (j) {
      if (j.ok) toast('info', 'OTP sent', j.message);
      else if (S.login) { S.login.otpNotice = { kind: 'error', title: j.title, subtitle: j.message }; set(); }
    }).catch(failed());
  }
  function backToLogin(e) {
    e.preventDefault();
    api('POST', '/api/login/cancel', {}).then(function () { S.stage = 'anon'; S.login = freshLogin(); loadCaptcha(); }).catch(failed());
  }
  function LoginPage() {
    var L = S.login || (S.login = freshLogin());
    return h('div', { class: 'app-login' }, h('div', { class: 'cds--tile', key: L.step }, L.step === 'otp' ? LoginOtp(L) : LoginCredentials(L)));
  }
  function LoginCredentials(L) {
    function field(k) { return function (e) { L[k] = e.target.value; if (L.errors[k]) delete L.errors[k]; set(); }; }
    return h('div', null,
      h('h1', null, 'Log in'),
      h('p', { class: 'app-muted', style: 'margin-bottom:1.5rem' }, 'Log in to the e-Invoice System with your user name and password.'),
      h('div', { class: 'app-notice' }, L.notice ? InlineNotification({ n: L.notice, onClose: function () { L.notice = null; set(); } }) : null),
      h('form', { class: 'cds--form', novalidate: true, onSubmit: submitLogin },
        h('div', { class: 'cds--stack-vertical' },
          TextInput({ id: 'username', label: 'User name', value: L.username, invalid: L.errors.username, autoComplete: 'username', onInput: field('username') }),
          TextInput({ id: 'password', label: 'Password', password: true, shown: L.shown, value: L.password, invalid: L.errors.password, autoComplete: 'current-password',
            onToggle: function () { L.shown = !L.shown; set(); }, onInput: field('password') }),
          h('div', { class: 'cds--form-item' },
            h('span', { class: 'cds--label' }, 'Captcha image'),
            h('div', { class: 'app-captcha' },
              L.img ? h('img', { id: 'captcha-image', src: L.img, alt: 'Captcha', width: '150', height: '50' }) : h('div', { class: 'app-captcha__blank' }),
              h('button', { type: 'button', class: 'cds--btn cds--btn--ghost cds--btn--icon-only cds--btn--sm cds--tooltip__trigger cds--tooltip--a11y cds--tooltip--bottom', onClick: function () { L.captcha = ''; loadCaptcha(); } },
                h('span', { class: 'cds--assistive-text' }, 'Refresh captcha'), Icon('renew', 16, 'cds--btn__icon')))),
          TextInput({ id: 'captcha', label: 'Captcha', value: L.captcha, maxLength: 5, placeholder: 'Enter the characters shown above', invalid: L.errors.captcha, onInput: field('captcha') }),
          h('div', { class: 'app-actions' }, L.busy ? InlineLoading({ text: 'Submitting...' }) : h(Button, { type: 'submit' }, 'Log in')),
          h('a', { class: 'cds--link', href: '/help/faqs', onClick: linkClick }, 'Forgot password?'))));
  }
  function LoginOtp(L) {
    return h('div', null,
      h('h1', null, 'Verify your identity'),
      h('p', { class: 'app-muted', style: 'margin-bottom:1.5rem' }, 'Two-factor authentication is mandatory. Enter the OTP sent by SMS and the Sandes app to your registered mobile number ' + S.mobile + ', or the code shown in the NIC-GST-Shield app.'),
      h('div', { class: 'app-notice' }, L.otpNotice ? InlineNotification({ n: L.otpNotice, onClose: function () { L.otpNotice = null; set(); } }) : null),
      h('form', { class: 'cds--form', novalidate: true, onSubmit: submitLoginOtp },
        h('div', { class: 'cds--stack-vertical' },
          TextInput({ id: 'login-otp', label: 'Enter OTP', value: L.otp, maxLength: 6, inputMode: 'numeric', autoComplete: 'one-time-code', invalid: L.otpError, helper: 'The OTP is a 6-digit number.',
            onInput: function (e) { L.otp = e.target.value; L.otpError = ''; set(); } }),
          h('div', { class: 'app-actions' },
            L.busy ? InlineLoading({ text: 'Submitting...' }) : h(Button, { type: 'submit' }, 'Verify OTP'),
            h(Button, { kind: 'ghost', disabled: L.busy, onClick: resendLoginOtp }, 'Resend OTP')),
          h('a', { class: 'cds--link', href: '/login', onClick: backToLogin }, 'Back to log in'))));
  }
  /* dashboard and the technical-contact popup */
  function enterDashboard() {
    S.dash = { loading: true, counts: null };
    S.contact = { open: false, name: '', mobile: '', email: '', errors: {}, busy: false };
    api('GET', '/api/dashboard').then(function (j) {
      S.dash = { loading: false, counts: j.counts };
      var c = S.contact;
      c.name = j.contact.name; c.mobile = j.contact.mobile; c.email = j.contact.email;
      if (j.popup) c.open = true;
      set();
    }).catch(failed());
  }
  function Dashboard() {
    var d = S.dash || { loading: true };
    function stat(title, n, text) { return h('div', { class: 'cds--tile' }, h('h2', { class: 'app-tile-heading' }, title), h('p', { class: 'app-stat' }, String(n)), h('p', { class: 'app-muted' }, text)); }
    return h('div', null,
      h('div', { class: 'app-page-header' },
        h('h1', { class: 'app-page-title' }, 'Dash Board'),
        h('p', { class: 'app-lead' }, 'Welcome, ' + S.user + ' \u2014 ' + BOOT.legalName + ', GSTIN ' + S.gstin)),
      d.loading ? InlineLoading({ text: 'Loading...' }) : h('div', { class: 'app-grid' },
        stat('Generations', d.counts.generations, 'IRNs generated this month'),
        stat('Cancelled', d.counts.cancelled, 'IRNs cancelled this month'),
        stat('API users', d.counts.apiUsers, 'Active API users for this GSTIN')));
  }
  function ContactModal() {
    var c = S.contact || (S.contact = { open: false, name: '', mobile: '', email: '', errors: {}, busy: false });
    function close() { c.open = false; set(); }
    function f(k) { return function (e) { c[k] = e.target.value; delete c.errors[k]; set(); }; }
    function update() {
      var er = {};
      if (!c.name.trim()) er.name = 'Enter the name';
      if (!/^[6-9]\d{9}$/.test(c.mobile.trim())) er.mobile = 'Enter a valid 10-digit mobile number';
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c.email.trim())) er.email = 'Enter a valid e-mail address';
      c.errors = er;
      if (Object.keys(er).length) { set(); focusFirstInvalid('#technical-contact-modal'); return; }
      c.busy = true; set();
      api('POST', '/api/technical-contact', { name: c.name.trim(), mobile: c.mobile.trim(), email: c.email.trim() }).then(function (j) {
        c.busy = false;
        if (j.ok) { c.open = false; toast('success', 'Contact details updated', j.message); }
        else c.errors = { name: j.message || 'Could not update' };
        set();
      }).catch(failed(function () { c.busy = false; set(); }));
    }
    return h(Modal, { name: 'contact', id: 'technical-contact-modal', open: c.open, label: 'Update contact details', heading: 'Contacts of Technical Person',
        secondary: 'Exit', primary: 'Update', busy: c.busy, onClose: close, onSecondary: close, onPrimary: update },
      h('p', null, 'Keep the details of your technical contact person up to date. NIC uses them to reach you about API access and integration issues.'),
      h('div', { class: 'cds--stack-vertical' },
        TextInput({ id: 'tech-name', label: 'Name', value: c.name, invalid: c.errors.name, onInput: f('name') }),
        TextInput({ id: 'tech-mobile', label: 'Mobile number', value: c.mobile, maxLength: 10, inputMode: 'numeric', invalid: c.errors.mobile, onInput: f('mobile') }),
        TextInput({ id: 'tech-email', label: 'E-mail', value: c.email, invalid: c.errors.email, onInput: f('email') })));
  }
  /* Create API User */
  var MODES = [
    { value: 'direct', label: 'Directly' },
    { value: 'gsp', label: 'Through GSP' },
    { value: 'erp', label: 'Through ERP' },
    { value: 'other', label: 'Through Client-Id of other' }
  ];
  var MODE_NOTES = {
    direct: { kind: 'warning', title: 'Not eligible', subtitle: 'Direct API access is available only to taxpayers whose aggregate turnover is above the notified threshold. Register through a GSP instead.' },
    erp: { kind: 'info', title: 'Not enabled', subtitle: 'Registration through ERP is not enabled for this GSTIN.' },
    other: { kind: 'info', title: 'Not enabled', subtitle: 'Registration through the Client-Id of another taxpayer is not enabled for this GSTIN.' }
  };
  var USER_RE = /^[A-Za-z0-9]{4,15}$/;
  var PW_RE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
  function freshReg() {
    return { phase: 'sending', busy: 'send', otp: '', otpError: '', notice: null, mode: '', combo: { input: '', selected: '', open: false, hi: -1 },
      username: '', password: '', confirm: '', shown1: false, shown2: false, errors: {}, confirmOpen: false, registrations: [], gsps: [], verdict: null, verdictSeq: 0, gstin: S.gstin };
  }
  function enterCreate() { S.reg = freshReg(); sendApiOtp(false); }
  function sendApiOtp(resend) {
    var R = S.reg;
    R.busy = resend ? 'resend' : 'send';
    set();
    api('POST', '/api/api-registration/otp/send', {}).then(function (j) {
      R.busy = '';
      if (j.ok) {
        R.phase = 'otp'; R.otpError = '';
        R.notice = { kind: 'info', title: 'OTP sent', subtitle: j.message };
        if (resend) toast('info', 'OTP sent', j.message);
      } else R.notice = { kind: 'error', title: j.title || 'OTP not sent', subtitle: j.message || '' };
      set();
    }).catch(failed(function () { R.busy = ''; if (R.phase === 'sending') R.phase = 'otp'; set(); }));
  }
  function verifyApiOtp(e) {
    e.preventDefault();
    var R = S.reg, v = R.otp.trim();
    if (R.busy) return;
    if (!v) { R.otpError = 'Enter the OTP'; set(); focusFirstInvalid('.app-panel'); return; }
    if (!/^\d{6}$/.test(v)) { R.otpError = 'The OTP is a 6-digit number'; set(); focusFirstInvalid('.app-panel'); return; }
    R.busy = 'verify'; R.otpError = ''; set();
    api('POST', '/api/api-registration/otp/verify', { otp: v }).then(function (j) {
      R.busy = '';
      if (j.ok) { R.phase = 'form'; R.notice = null; R.gsps = j.gsps; R.registrations = j.registrations; R.gstin = j.gstin; }
      else { R.otpError = 'Invalid OTP'; R.notice = { kind: 'error', title: j.title || 'Invalid OTP', subtitle: j.message || '' }; focusFirstInvalid('.app-panel'); }
      set();
    }).catch(failed(function () { R.busy = ''; set(); }));
  }
  function ApiOtp(R) {
    if (R.phase === 'sending') return h('div', { class: 'app-sending' }, InlineLoading({ text: 'Sending OTP...' }));
    return h('div', null,
      h('div', { class: 'app-notice' }, R.notice ? InlineNotification({ n: R.notice, onClose: function () { R.notice = null; set(); } }) : null),
      h('form', { class: 'cds--form', novalidate: true, onSubmit: verifyApiOtp },
        h('div', { class: 'cds--stack-vertical', style: 'max-width:24rem' },
          h('p', { class: 'app-muted' }, 'Enter the OTP sent to your registered mobile number ' + S.mobile + ' to continue.'),
          TextInput({ id: 'api-otp', label: 'Enter OTP', value: R.otp, maxLength: 6, inputMode: 'numeric', autoComplete: 'one-time-code', invalid: R.otpError, helper: 'The OTP is a 6-digit number.',
            onInput: function (e) { R.otp = e.target.value; R.otpError = ''; set(); } }),
          h('div', { class: 'app-actions' },
            R.busy === 'verify' ? InlineLoading({ text: 'Submitting...' }) : h(Button, { type: 'submit', disabled: !!R.busy }, 'Verify OTP'),
            R.busy === 'resend' ? InlineLoading({ text: 'Sending OTP...' }) : h(Button, { kind: 'ghost', disabled: !!R.busy, onClick: function () { sendApiOtp(true); } }, 'Resend OTP')))));
  }
  function submitReg(e) {
    e.preventDefault();
    var R = S.reg, er = {};
    if (R.busy) return;
    if (!R.mode) er.mode = 'Select how you wish to register your GSTIN';
    else if (R.mode !== 'gsp') er.mode = 'This option is not available for your GSTIN. Choose Through GSP.';
    else {
      if (!R.combo.selected) er.gsp = 'Select your GSP from the list';
      var u = R.username.trim();
      if (!u) er.username = 'Enter a user name';
      else if (!USER_RE.test(u)) er.username = 'Use 4 to 15 letters or digits only; do not type the API_ prefix';
      if (!R.password) er.password = 'Enter a password';
      else if (!PW_RE.test(R.password)) er.password = 'Use 8 to 15 characters with an upper case letter, a lower case letter, a digit and a special character';
      if (!R.confirm) er.confirm = 'Re-enter the password';
      else if (R.confirm !== R.password) er.confirm = 'The passwords do not match';
    }
    R.errors = er;
    if (Object.keys(er).length) { set(); focusFirstInvalid('.app-panel'); return; }
    R.confirmOpen = true;
    set();
  }
  function register() {
    var R = S.reg;
    if (R.busy) return;
    R.confirmOpen = false; R.busy = 'submit'; set();
    api('POST', '/api/api-registration/users', { mode: R.mode, gsp: R.combo.selected, username: R.username.trim(), password: R.password, confirmPassword: R.confirm }).then(function (j) {
      R.busy = ''; R.verdictSeq++;
      if (j.ok) {
        R.verdict = { kind: 'success', title: j.title, subtitle: j.message };
        R.registrations = j.registrations;
        toast('success', 'Registration successful', j.message);
        R.combo = { input: '', selected: '', open: false, hi: -1 };
        R.username = ''; R.password = ''; R.confirm = ''; R.errors = {};
      } else {
        R.verdict = { kind: 'error', title: j.title || 'Registration failed', subtitle: j.message || '' };
        if (j.registrations) R.registrations = j.registrations;
        if (j.error === 'username-taken') R.errors.username = 'This user name is not available';
        toast('error', 'Registration failed', j.message || '');
      }
      set();
      afterRender(function () { var v = byId('registration-verdict'); if (v && v.scrollIntoView) v.scrollIntoView({ block: 'nearest' }); });
    }).catch(failed(function () { R.busy = ''; set(); }));
  }
  function RegForm(R) {
    function f(k) { return function (e) { R[k] = e.target.value; delete R.errors[k]; set(); }; }
    return h('div', null,
      h('div', { class: 'app-notice', id: 'registration-verdict' }, R.verdict ? InlineNotification({ n: R.verdict, key: 'v' + R.verdictSeq, onClose: function () { R.verdict = null; set(); } }) : null),
      h('form', { class: 'cds--form', novalidate: true, onSubmit: submitReg },
        h('div', { class: 'cds--stack-vertical' },
          h('div', { style: 'max-width:24rem' }, TextInput({ id: 'reg-gstin', label: 'GSTIN', value: R.gstin, readOnly: true })),
          RadioGroup({ name: 'registration-mode', legend: 'Do you wish to Register your GSTIN for', options: MODES, value: R.mode, invalid: R.errors.mode,
            onChange: function (v) { R.mode = v; delete R.errors.mode; set(); } }),
          h('div', { key: 'mode-' + (R.mode || 'none'), class: 'cds--stack-vertical' },
            R.mode === 'gsp' ? [
              h(ComboBox, { id: 'downshift-1', label: 'Select your GSP', placeholder: 'Filter…', items: R.gsps, st: R.combo, invalid: R.errors.gsp, onChange: function () { delete R.errors.gsp; } }),
              TextInput({ id: 'api-username', label: 'Username', prefix: 'API_', value: R.username, maxLength: 15, invalid: R.errors.username,
                helper: 'API_ is added in front of what you type. Use 4 to 15 letters or digits.', onInput: f('username') }),
              TextInput({ id: 'api-password', label: 'Password', password: true, shown: R.shown1, value: R.password, maxLength: 15, autoComplete: 'new-password', invalid: R.errors.password,
                helper: '8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
                onToggle: function () { R.shown1 = !R.shown1; set(); }, onInput: f('password') }),
              TextInput({ id: 'api-password-confirm', label: 'Re-enter Password', password: true, shown: R.shown2, value: R.confirm, maxLength: 15, autoComplete: 'new-password', invalid: R.errors.confirm,
                onToggle: function () { R.shown2 = !R.shown2; set(); }, onInput: f('confirm') })
            ] : R.mode ? InlineNotification({ n: MODE_NOTES[R.mode] }) : null),
          h('div', { class: 'app-actions' },
            h(Button, { kind: 'secondary', onClick: function () { navigate('/dashboard'); } }, 'Exit'),
            R.busy === 'submit' ? InlineLoading({ text: 'Submitting...' }) : h(Button, { type: 'submit', id: 'registration-submit' }, 'Submit')))));
  }
  function ConfirmModal() {
    var R = S.reg || (S.reg = freshReg());
    function close() { R.confirmOpen = false; set(); }
    function row(k, v) { return h('div', null, h('dt', null, k), h('dd', null, v)); }
    return h(Modal, { name: 'confirm', id: 'confirm-registration-modal', size: 'sm', open: R.confirmOpen, heading: 'Confirm registration',
        secondary: 'Cancel', primary: 'Register', onClose: close, onSecondary: close, onPrimary: register, returnFocus: 'registration-submit' },
      h('p', null, 'Create this API user? Note the user name and password: you need them for the Authentication API.'),
      h('dl', { class: 'app-summary' }, row('GSTIN', R.gstin), row('GSP', R.combo.selected || '-'), row('API user name', 'API_' + R.username.trim())));
  }
  function CreateApiUser() {
    var R = S.reg || (S.reg = freshReg());
    return h('div', null,
      h('div', { class: 'app-page-header' }, Breadcrumb(ROUTES[CREATE]), h('h1', { class: 'app-page-title' }, 'Create API User')),
      h('div', { class: 'cds--tile app-panel', key: R.phase === 'form' ? 'form' : 'otp' },
        h('h2', { class: 'app-tile-heading' }, 'API Registration'),
        R.phase === 'form' ? RegForm(R) : ApiOtp(R)),
      R.phase === 'form' ? DataTable({ title: 'GSPs registered for this GSTIN', description: 'API users created for GSTIN ' + R.gstin + '.',
        headers: ['GSP Name', 'API User Name', 'Created On', 'Status'],
        rows: R.registrations.map(function (x) { return [x.gsp, x.username, x.createdOn, h('span', { class: 'cds--tag cds--tag--green' }, 'Active')]; }) }) : null);
  }

  /* ---------------- start ---------------- */
  openActiveGroups(NAV_AUTH, '');
  openActiveGroups(NAV_PUBLIC, '');
  enterRoute();
  render();
})();
`;

/* ------------------------------------------------------------------------------------------ */
/* Server                                                                                     */
/* ------------------------------------------------------------------------------------------ */

/** A stroke font on a 4 x 6 grid: polylines of digit pairs (x then y), separated by spaces. */
const GLYPHS: Record<string, string> = {
  A: '0602204246 0444',
  B: '06003041423303 3344453606',
  C: '4130100105163645',
  D: '00304145360600',
  E: '40000646 0333',
  F: '400006 0333',
  G: '41301001051636454323',
  H: '0006 4046 0343',
  I: '1030 2026 1636',
  J: '4045361605',
  K: '0006 4003 1246',
  L: '000646',
  M: '0600234046',
  N: '06004640',
  O: '103041453616050110',
  P: '06003041423303',
  Q: '103041453616050110 2446',
  R: '06003041423303 2346',
  S: '413010010213334445361605',
  T: '0040 2026',
  U: '000516364540',
  V: '002640',
  W: '0016233640',
  X: '0046 4006',
  Y: '002340 2326',
  Z: '00400646',
  '0': '103041453616050110 4105',
  '1': '112026 1636',
  '2': '01103041420646',
  '3': '01103041423313 334445361605',
  '4': '300444 3036',
  '5': '400002324345361605',
  '6': '30100105163645443303',
  '7': '004016',
  '8': '13020110304142331304051636454433',
  '9': '43130201103041453616',
};

function rnd(min: number, max: number): number {
  return min + Math.random() * (max - min);
}

/** The captcha as a picture: jittered strokes, rotated glyphs, noise lines and dots. */
function captchaImage(text: string): string {
  const w = 150;
  const ht = 50;
  const parts: string[] = [];
  parts.push(
    `<rect width="${w}" height="${ht}" fill="rgb(${Math.round(rnd(232, 250))},${Math.round(rnd(236, 252))},${Math.round(rnd(236, 252))})"/>`,
  );
  for (let i = 0; i < 5; i++) {
    parts.push(
      `<path d="M${rnd(0, 20).toFixed(1)} ${rnd(5, 45).toFixed(1)} Q${rnd(40, 110).toFixed(1)} ${rnd(-10, 60).toFixed(1)} ${rnd(130, 150).toFixed(1)} ${rnd(5, 45).toFixed(1)}" stroke="rgb(${Math.round(rnd(90, 190))},${Math.round(rnd(90, 190))},${Math.round(rnd(90, 190))})" stroke-width="${rnd(0.8, 1.6).toFixed(2)}" fill="none"/>`,
    );
  }
  for (let i = 0; i < 45; i++) {
    parts.push(
      `<circle cx="${rnd(0, w).toFixed(1)}" cy="${rnd(0, ht).toFixed(1)}" r="${rnd(0.6, 1.6).toFixed(2)}" fill="rgb(${Math.round(rnd(60, 200))},${Math.round(rnd(60, 200))},${Math.round(rnd(60, 200))})"/>`,
    );
  }
  const chars = text.toUpperCase().split('');
  const step = (w - 20) / Math.max(chars.length, 1);
  chars.forEach((ch, i) => {
    const glyph = GLYPHS[ch];
    if (!glyph) return;
    const sx = rnd(4, 4.8);
    const sy = rnd(4.6, 5.4);
    const ox = 10 + i * step + rnd(0, step - 4 * sx);
    const oy = rnd(6, ht - 6 * sy - 6);
    const angle = rnd(-18, 18).toFixed(1);
    const cx = (ox + 2 * sx).toFixed(1);
    const cy = (oy + 3 * sy).toFixed(1);
    const color = `rgb(${Math.round(rnd(10, 90))},${Math.round(rnd(10, 90))},${Math.round(rnd(40, 130))})`;
    const d = glyph
      .split(' ')
      .map((line) => {
        const pts: string[] = [];
        for (let k = 0; k + 1 < line.length; k += 2) {
          const x = ox + Number(line[k]) * sx + rnd(-0.6, 0.6);
          const y = oy + Number(line[k + 1]) * sy + rnd(-0.6, 0.6);
          pts.push(`${x.toFixed(1)} ${y.toFixed(1)}`);
        }
        return `M${pts.join(' L')}`;
      })
      .join(' ');
    parts.push(
      `<path d="${d}" transform="rotate(${angle} ${cx} ${cy})" stroke="${color}" stroke-width="${rnd(2.2, 2.9).toFixed(2)}" stroke-linecap="round" stroke-linejoin="round" fill="none"/>`,
    );
  });
  for (let i = 0; i < 2; i++) {
    parts.push(
      `<line x1="${rnd(0, 30).toFixed(1)}" y1="${rnd(10, 40).toFixed(1)}" x2="${rnd(120, 150).toFixed(1)}" y2="${rnd(10, 40).toFixed(1)}" stroke="rgb(${Math.round(rnd(40, 120))},${Math.round(rnd(40, 120))},${Math.round(rnd(40, 120))})" stroke-width="1.1"/>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${ht}" viewBox="0 0 ${w} ${ht}">${parts.join('')}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' fill='%23161616'/%3E%3Cpath d='M9 8h14v3H12v4h9v3h-9v3h11v3H9z' fill='%23ffffff'/%3E%3C/svg%3E";

function shell(boot: Record<string, unknown>, status: number, res: ServerResponse): void {
  const json = JSON.stringify(boot).replace(/</g, '\\u003c');
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>e-Invoice System</title>
<link rel="icon" href="${FAVICON}">
<style>${CSS}</style>
</head>
<body>
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div>
<script id="app-boot" type="application/json">${json}</script>
<script>${CLIENT_JS}</script>
</body>
</html>`;
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(html);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 302;
  res.setHeader('Location', location);
  res.setHeader('Cache-Control', 'no-store');
  res.end();
}

function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= 65536) chunks.push(c);
    });
    req.on('end', () => {
      try {
        const v: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        resolve(v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
      } catch {
        resolve({});
      }
    });
    req.on('error', () => resolve({}));
  });
}

function str(body: Record<string, unknown>, key: string): string {
  const v = body[key];
  return typeof v === 'string' ? v : '';
}

function displayDate(iso: string): string {
  const d = new Date(iso);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

type Stage = 'anon' | 'otp' | 'in';
interface Session {
  id: string;
  stage: Stage;
  flash: string | null;
  seen: number;
  popupPending: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  contact: { name: string; mobile: string; email: string };
}
type Registration = CarbonR24State['users'][number];

const EXPIRY_STAGES: Record<string, CarbonR24Expiry> = {
  '/api/api-registration/otp/send': 'api-otp-send',
  '/api/api-registration/otp/verify': 'api-otp-verify',
  '/api/api-registration/users': 'submit',
};

const USER_RE = /^[A-Za-z0-9]{4,15}$/;
const PASSWORD_RE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;

export async function startCarbonR24Rendition(options: CarbonR24Options = {}): Promise<CarbonR24Rendition> {
  const state: CarbonR24State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** The older registration made before this server started: shown and refused, never in state.users. */
  const seeded: Registration[] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: 'API_unitytera',
      password: 'Tera@2023Pune',
      createdOn: '2023-08-14T10:42:00.000Z',
    },
  ];
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();
  let expiryUsed = false;

  const registrations = (): Registration[] =>
    [...seeded, ...state.users].filter((r) => r.gstin === state.gstin);
  const rows = () =>
    registrations().map((r) => ({ gsp: r.gsp, username: r.username, createdOn: displayDate(r.createdOn) }));

  function getSession(req: IncomingMessage): Session | null {
    const cookie = req.headers.cookie ?? '';
    for (const part of cookie.split(';')) {
      const [k, v] = part.trim().split('=');
      if (k === SESSION_COOKIE && v) {
        const s = sessions.get(v);
        if (!s) return null;
        if (Date.now() - s.seen > SESSION_IDLE_MS) {
          sessions.delete(v);
          return null;
        }
        s.seen = Date.now();
        return s;
      }
    }
    return null;
  }

  function newSession(res: ServerResponse, flash: string | null): Session {
    const s: Session = {
      id: randomBytes(18).toString('hex'),
      stage: 'anon',
      flash,
      seen: Date.now(),
      popupPending: false,
      apiOtpSent: false,
      apiOtpVerified: false,
      contact: { name: 'Rahul Deshmukh', mobile: '9822014821', email: 'it.support@unitytraders.in' },
    };
    sessions.set(s.id, s);
    res.setHeader('Set-Cookie', `${SESSION_COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Lax`);
    return s;
  }

  function lost(res: ServerResponse, old: Session | null): void {
    if (old) sessions.delete(old.id);
    newSession(res, 'expired');
    sendJson(res, 401, {
      ok: false,
      error: 'session-expired',
      title: 'Session expired',
      message: 'Your session has expired. Please log in again.',
      redirect: '/login',
    });
  }

  function bootFor(path: string, s: Session): Record<string, unknown> {
    const flash = path === '/login' ? s.flash : null;
    if (path === '/login') s.flash = null;
    return {
      route: path,
      stage: s.stage,
      user: s.stage === 'in' ? CARBON_R24_LOGIN.username : null,
      gstin: s.stage === 'in' ? state.gstin : null,
      legalName: LEGAL_NAME,
      mobile: MOBILE_MASKED,
      flash,
      routes: ROUTES,
      createPath: CREATE_PATH,
    };
  }

  function handlePage(req: IncomingMessage, res: ServerResponse, path: string): void {
    const route = ROUTES[path];
    let s = getSession(req);
    if (!route) {
      if (!s) s = newSession(res, null);
      shell(bootFor(path, s), 404, res);
      return;
    }
    if (route.auth) {
      if (!s) {
        newSession(res, 'expired');
        redirect(res, '/login');
        return;
      }
      if (s.stage !== 'in') {
        redirect(res, '/login');
        return;
      }
    } else {
      if (!s) s = newSession(res, null);
      if (path === '/login' && s.stage === 'in') {
        redirect(res, '/dashboard');
        return;
      }
    }
    shell(bootFor(path, s), 200, res);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    const body = method === 'POST' ? await readBody(req) : {};
    const s = getSession(req);
    const expiry = EXPIRY_STAGES[path];
    if (method === 'POST' && expiry && options.expireOnce === expiry && !expiryUsed) {
      expiryUsed = true;
      state.expired.push(expiry);
      lost(res, s);
      return;
    }
    if (!s) {
      lost(res, null);
      return;
    }
    const key = `${method} ${path}`;
    /* ---- before login ---- */
    if (key === 'GET /api/captcha') {
      sendJson(res, 200, { ok: true, image: captchaImage(state.captcha) });
      return;
    }
    if (key === 'POST /api/login') {
      if (s.stage === 'in') {
        sendJson(res, 200, { ok: true, redirect: '/dashboard' });
        return;
      }
      if (str(body, 'captcha').trim().toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        sendJson(res, 400, {
          ok: false,
          error: 'captcha',
          title: 'Invalid captcha',
          message:
            'The characters you entered do not match the picture. Enter the characters shown in the new picture.',
        });
        return;
      }
      const username = str(body, 'username').trim();
      if (
        username.toLowerCase() !== CARBON_R24_LOGIN.username.toLowerCase() ||
        str(body, 'password') !== CARBON_R24_LOGIN.password
      ) {
        state.refusals.push('login');
        s.stage = 'anon';
        sendJson(res, 400, {
          ok: false,
          error: 'login',
          title: 'Invalid login credentials',
          message: 'The user name or password you entered is incorrect.',
        });
        return;
      }
      s.stage = 'otp';
      sendJson(res, 200, {
        ok: true,
        mobile: MOBILE_MASKED,
        message: `An OTP has been sent to your registered mobile number ${MOBILE_MASKED}.`,
      });
      return;
    }
    if (key === 'POST /api/login/otp' || key === 'POST /api/login/otp/resend') {
      if (s.stage !== 'otp') {
        sendJson(res, 409, {
          ok: false,
          error: 'stage',
          title: 'Log in again',
          message: 'Enter your user name, password and captcha first.',
        });
        return;
      }
      if (key === 'POST /api/login/otp/resend') {
        sendJson(res, 200, {
          ok: true,
          message: `A new OTP has been sent to your registered mobile number ${MOBILE_MASKED}.`,
        });
        return;
      }
      if (str(body, 'otp').trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        sendJson(res, 400, {
          ok: false,
          error: 'otp',
          title: 'Invalid OTP',
          message:
            'The OTP you entered is incorrect. Check the OTP sent to your registered mobile number and try again.',
        });
        return;
      }
      s.stage = 'in';
      s.popupPending = true;
      s.apiOtpSent = false;
      s.apiOtpVerified = false;
      sendJson(res, 200, {
        ok: true,
        redirect: '/dashboard',
        user: CARBON_R24_LOGIN.username,
        gstin: state.gstin,
      });
      return;
    }
    if (key === 'POST /api/login/cancel') {
      if (s.stage !== 'in') s.stage = 'anon';
      sendJson(res, 200, { ok: true });
      return;
    }
    /* ---- after login ---- */
    if (s.stage !== 'in') {
      lost(res, s);
      return;
    }
    switch (key) {
      case 'GET /api/session':
        sendJson(res, 200, { ok: true, user: CARBON_R24_LOGIN.username, gstin: state.gstin });
        return;
      case 'GET /api/dashboard': {
        const popup = s.popupPending;
        s.popupPending = false;
        sendJson(res, 200, {
          ok: true,
          popup,
          contact: s.contact,
          counts: { generations: 1284, cancelled: 17, apiUsers: registrations().length },
        });
        return;
      }
      case 'POST /api/technical-contact': {
        const name = str(body, 'name').trim();
        const mobile = str(body, 'mobile').trim();
        const email = str(body, 'email').trim();
        if (!name || !/^[6-9]\d{9}$/.test(mobile) || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
          sendJson(res, 400, {
            ok: false,
            message: 'Enter a name, a 10-digit mobile number and an e-mail address.',
          });
          return;
        }
        s.contact = { name, mobile, email };
        sendJson(res, 200, { ok: true, message: 'The technical contact details have been saved.' });
        return;
      }
      case 'POST /api/logout':
        sessions.delete(s.id);
        newSession(res, null);
        sendJson(res, 200, { ok: true, redirect: '/' });
        return;
      case 'POST /api/api-registration/otp/send':
        s.apiOtpSent = true;
        s.apiOtpVerified = false;
        sendJson(res, 200, {
          ok: true,
          message: `An OTP has been sent to your registered mobile number ${MOBILE_MASKED}. It is valid for 10 minutes.`,
        });
        return;
      case 'POST /api/api-registration/otp/verify': {
        if (!s.apiOtpSent || str(body, 'otp').trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          sendJson(res, 400, {
            ok: false,
            error: 'otp',
            title: 'Invalid OTP',
            message: `The OTP you entered is incorrect or has expired. Enter the OTP sent to ${MOBILE_MASKED}, or resend it.`,
          });
          return;
        }
        s.apiOtpVerified = true;
        sendJson(res, 200, { ok: true, gstin: state.gstin, gsps: GSPS, registrations: rows() });
        return;
      }
      case 'POST /api/api-registration/users': {
        if (!s.apiOtpVerified) {
          sendJson(res, 403, {
            ok: false,
            error: 'otp-required',
            title: 'Registration failed',
            message: 'Verify the OTP sent to your registered mobile number before registering.',
          });
          return;
        }
        const mode = str(body, 'mode');
        const gsp = GSPS.find((g) => g.toLowerCase() === str(body, 'gsp').trim().toLowerCase());
        const typed = str(body, 'username').trim();
        const password = str(body, 'password');
        const problems: string[] = [];
        if (mode !== 'gsp') problems.push('Choose Through GSP.');
        if (!gsp) problems.push('Select your GSP from the list.');
        if (!USER_RE.test(typed)) problems.push('The user name must be 4 to 15 letters or digits.');
        if (!PASSWORD_RE.test(password)) {
          problems.push(
            'The password must be 8 to 15 characters with an upper case letter, a lower case letter, a digit and a special character.',
          );
        }
        if (password !== str(body, 'confirmPassword')) problems.push('The passwords do not match.');
        if (problems.length || !gsp) {
          sendJson(res, 400, {
            ok: false,
            error: 'validation',
            title: 'Registration failed',
            message: problems.join(' '),
          });
          return;
        }
        const username = `API_${typed}`;
        if (registrations().some((r) => r.gsp.toLowerCase() === gsp.toLowerCase())) {
          state.refusals.push('duplicate');
          sendJson(res, 409, {
            ok: false,
            error: 'duplicate',
            title: 'Already registered',
            message: `GSTIN ${state.gstin} is already registered with ${gsp}. Select a different GSP.`,
            registrations: rows(),
          });
          return;
        }
        if ([...seeded, ...state.users].some((r) => r.username.toLowerCase() === username.toLowerCase())) {
          state.refusals.push('username-taken');
          sendJson(res, 409, {
            ok: false,
            error: 'username-taken',
            title: 'User name not available',
            message: `The user name ${username} is already in use. Choose a different user name.`,
            registrations: rows(),
          });
          return;
        }
        state.users.push({
          gstin: state.gstin,
          gsp,
          username,
          password,
          createdOn: new Date().toISOString(),
        });
        sendJson(res, 200, {
          ok: true,
          title: 'API user created',
          message: `API user ${username} has been created for GSTIN ${state.gstin} through ${gsp}.`,
          registrations: rows(),
        });
        return;
      }
      default:
        sendJson(res, 404, {
          ok: false,
          error: 'not-found',
          title: 'Not found',
          message: 'Unknown request.',
        });
    }
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const method = req.method ?? 'GET';
    const done = (p: Promise<void> | void): void => {
      Promise.resolve(p).catch(() => {
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: 'server', message: 'Internal error.' });
        else res.end();
      });
    };
    if (path === '/favicon.ico') {
      res.statusCode = 204;
      res.end();
      return;
    }
    if (path.startsWith('/api/')) {
      done(handleApi(req, res, path));
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET');
      res.end();
      return;
    }
    done(handlePage(req, res, path));
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

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
