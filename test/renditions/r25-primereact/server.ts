/**
 * Rendition r25-primereact: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and the ClearTax guide), drawn as a React 18 single-page app
 * built with PrimeReact 10 (styled mode, Lara light blue theme) would draw it. A small
 * hand-written runtime renders vnodes from one state object into the DOM, delegates events
 * at the document, appends overlays (dialogs, dropdown panel, BlockUI) to body as React
 * portals do, and plays PrimeReact's CSSTransition class sequences.
 *
 * Choices made where the docs are silent:
 * - URLs: the SPA shell is served for `/`, `/login`, `/dashboard`,
 *   `/api-registration/create-api-user` and the other menu pages; the bundle is
 *   `/assets/index-7c1e4b9a.js` + `.css`. JSON API under `/api/...`: GET `/api/session`,
 *   GET `/api/auth/captcha` (data-URI SVG), POST `/api/auth/login`, `/api/auth/otp/verify`,
 *   `/api/auth/otp/resend`, `/api/auth/logout`, GET `/api/dashboard`, POST
 *   `/api/profile/technical-contact`, `/api/api-user/start`, `/api/api-user/otp/send`,
 *   `/api/api-user/otp/verify`, `/api/api-user/register`. Everything typed goes in JSON POST
 *   bodies, never in a URL.
 * - Home: a `div.p-menubar` (Home, e-Invoice Status, Help, Contact Us; Help and the like only
 *   raise an info toast) whose end slot holds the `button.p-button` "Login". It opens a modal
 *   `p-dialog` "Login to e-Invoice System" (mask appended to body, fade/scale in) with float
 *   labels "Username", "Password" (p-password with an eye icon), the captcha picture (SVG with
 *   noise, refreshed by an icon button aria-label "Refresh Captcha") and "Enter Captcha", a
 *   submit "Login" and link buttons "Forgot Username" / "Forgot Password" (info toast only).
 *   `/login` opens the same dialog directly.
 * - Login verdicts: empty fields get `small.p-error` "... is required."; a wrong captcha marks
 *   the captcha field `p-invalid` with "Invalid Captcha. Please enter the characters shown in
 *   the image."; a wrong user name or password shows an inline `p-message-error` "Invalid Login
 *   Credentials. Please check your username and password."; both also raise an error toast
 *   (life 3000 ms), clear the captcha box and redraw the captcha.
 * - 2FA: the same dialog turns into "Verify OTP" with an info message naming the masked mobile,
 *   the label "Enter OTP", a PrimeReact InputOtp (six `input.p-inputotp-input`, digits only,
 *   focus advancing, Backspace going back, paste filling), "Verify OTP", "Back to Login" and
 *   "Resend OTP". A wrong OTP: toast + `small.p-error` "Invalid OTP. Please enter the correct
 *   OTP." and the boxes cleared.
 * - After login: `/dashboard` with heading "Dash Board", cards "Generations", "Cancelled" and "API Users",
 *   and (once per login) a modal `p-dialog` "Contacts of Technical Person" with Name / Mobile
 *   Number / E-mail ID, footer buttons "Update" and "Exit" (p-button-danger) and the header x
 *   (aria-label Close); Escape also closes it. Focus goes to its close button, as Dialog does.
 * - Menu: a `div.p-panelmenu` sidebar (single panel open at a time): Dashboard, e-Invoice,
 *   e-Way Bill, API Registration (User Credentials > Create API User / Change API Password /
 *   Freeze API User, IP Whitelisting), MIS Reports, User Management. Panels and the nested
 *   "User Credentials" expand with `p-toggleable-content` max-height transitions and are
 *   unmounted when collapsed. Leaves are `a.p-menuitem-link href="#"` that navigate with the
 *   History API; leaves other than Create API User draw a placeholder card.
 * - Create API User: a `p-card` "API Registration" / "Create API User". First a "Send OTP"
 *   button; then a success message with the masked mobile, a single `input#apiOtp` labelled
 *   "Enter OTP", "Verify OTP", and "Resend OTP in 01:00" counting down to a "Resend OTP" link
 *   button. A wrong API OTP: toast + `small.p-error` "Invalid OTP. Please enter the correct
 *   OTP sent to your registered mobile number."
 * - Registration form: "Do you wish to Register your GSTIN for" with PrimeReact radios
 *   "Directly", "Through GSP", "Through ERP", "Through Client-Id of other" (only "Through GSP"
 *   shows fields; the others show a warning message and are refused on Submit); "Select your
 *   GSP" as a filtered `p-dropdown` (24 GSPs, panel appended to body, hides on window scroll or
 *   resize as PrimeReact's overlay listener does); "Username" as a `p-inputgroup` with the
 *   addon "API_" (4 to 11 letters or digits typed); "Password" and "Re-enter Password"
 *   (8-15 characters, upper, lower, digit, special); buttons "Submit" and "Exit".
 * - Submit: client checks, then a `p-confirm-dialog` "Confirmation" asking "Do you want to
 *   create the API user API_x for GSP y?" with "No" (p-button-text) and "Yes" (focused).
 *   During every API call but the captcha load a full-screen `p-blockui` with a `p-progress-spinner` covers the page.
 * - Verdicts (inline `p-message` above the buttons + toast): success "API user API_x has been
 *   created successfully for GSP y. ..."; duplicate "Your GSTIN g is already registered with
 *   GSP y. ..."; taken name "User name API_x is already taken. ..." (the Username box turns
 *   invalid). Below the form a `p-datatable` "GSPs registered for GSTIN g" (Sl. No., GSP Name,
 *   API User Name, Created On, Status), seeded with one 2023 registration through TERA
 *   SOFTWARE LIMITED kept in a server list of its own.
 * - Sessions: cookie `EINV_SID` (HttpOnly), 20 minutes idle. A page GET of a private route
 *   without a logged-in session is 302'd to `/login` (`/login?reason=session-expired` when an
 *   `EINV_SID` cookie came along), where the login dialog shows a warning message "Your session has
 *   expired. Please login again.". An API call without a live session answers 401
 *   `{code:'SESSION_EXPIRED'}`; the app then raises the toast "Session Expired" and routes to
 *   `/login?reason=session-expired` with the same warning.
 * - expireOnce: the first request of the stage made with a logged-in session ('api-otp-send':
 *   Send/Resend OTP; 'api-otp-verify': Verify OTP; 'submit': the register call after "Yes")
 *   deletes that session, records the stage in `state.expired` and answers that 401. Once per
 *   server.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type PrimereactR25Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface PrimereactR25Options {
  expireOnce?: PrimereactR25Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface PrimereactR25State {
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
export interface PrimereactR25Rendition {
  url: string;
  close(): Promise<void>;
  state: PrimereactR25State;
}
export const PRIMEREACT_R25_LOGIN: { username: string; password: string } = {
  username: 'udyogpune27',
  password: 'Udyog@2027',
};

const GSPS: readonly string[] = [
  'ADAEQUARE INFO PRIVATE LIMITED',
  'ALANKIT LIMITED',
  'BODHTREE CONSULTING LIMITED',
  'BOTREE SOFTWARE INTERNATIONAL PRIVATE LIMITED',
  'BVM IT CONSULTING SERVICES INDIA PRIVATE LIMITED',
  'CHARTERED INFORMATION SYSTEMS PRIVATE LIMITED',
  'CYGNET INFOTECH PRIVATE LIMITED',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'DELOITTE TOUCHE TOHMATSU INDIA LLP',
  'ERNST & YOUNG LLP',
  'EXCELLON SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'MASTEK LIMITED',
  'MASTERS INDIA PRIVATE LIMITED',
  'RELIANCE CORPORATE IT PARK LIMITED',
  'SIFY TECHNOLOGIES LIMITED',
  'TALLY (INDIA) PRIVATE LIMITED',
  'TATA CONSULTANCY SERVICES LIMITED',
  'TERA SOFTWARE LIMITED',
  'VAY NETWORK SERVICES PRIVATE LIMITED',
  'WEBTEL ELECTROSOFT PRIVATE LIMITED',
  'WEP SOLUTIONS LIMITED',
  'WIPRO LIMITED',
];

const ASSET_JS = '/assets/index-7c1e4b9a.js';
const ASSET_CSS = '/assets/index-5d20f3c8.css';

/* ------------------------------------------------------------------ styles */
/* Lara light blue, trimmed to the components this app uses, plus primereact.css core rules. */
const CSS = `
:root{--font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji";--surface-a:#ffffff;--surface-b:#f9fafb;--surface-c:#f3f4f6;--surface-d:#e5e7eb;--surface-ground:#eff3f8;--surface-border:#dfe7ef;--text-color:#4b5563;--text-color-secondary:#6b7280;--primary-color:#3B82F6;--primary-color-text:#ffffff;--highlight-bg:#EFF6FF;--highlight-text-color:#1D4ED8;--focus-ring:0 0 0 0.2rem #BFDBFE;--maskbg:rgba(0,0,0,0.4);--border-radius:6px}
*{box-sizing:border-box}
html{font-size:14px}
body{margin:0;font-family:var(--font-family);background:var(--surface-ground);color:var(--text-color);-webkit-font-smoothing:antialiased}
h1,h2,h3{color:#1f2937;font-weight:600}
.p-component{font-family:var(--font-family);font-size:1rem;font-weight:normal}
.p-hidden-accessible{border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px}
.p-overflow-hidden{overflow:hidden;padding-right:var(--scrollbar-width)}
.p-link{text-align:left;background-color:transparent;margin:0;padding:0;border:none;cursor:pointer;user-select:none;font-size:1rem;font-family:var(--font-family);border-radius:6px}
.p-link:focus-visible{outline:0 none;outline-offset:0;box-shadow:var(--focus-ring)}
.p-disabled,.p-disabled *{cursor:default!important;pointer-events:none;user-select:none}
.p-component:disabled,.p-disabled{opacity:.6}
.p-icon{display:inline-block;width:1rem;height:1rem}
.p-error{color:#e24c4c}
small.p-error,small.p-help{display:block;margin-top:.35rem;font-size:.875rem}
small.p-help{color:var(--text-color-secondary)}
.p-component-overlay{background-color:var(--maskbg);transition-duration:.2s}
.p-component-overlay-enter{animation:p-component-overlay-enter-animation 150ms forwards}
.p-component-overlay-leave{animation:p-component-overlay-leave-animation 150ms forwards}
@keyframes p-component-overlay-enter-animation{from{background-color:transparent}to{background-color:var(--maskbg)}}
@keyframes p-component-overlay-leave-animation{from{background-color:var(--maskbg)}to{background-color:transparent}}
.p-inputtext{font-family:var(--font-family);font-size:1rem;color:#4b5563;background:#fff;padding:.75rem .75rem;border:1px solid #d1d5db;transition:background-color .2s,color .2s,border-color .2s,box-shadow .2s;appearance:none;border-radius:6px;margin:0;width:100%}
.p-inputtext:enabled:hover{border-color:#3B82F6}
.p-inputtext:enabled:focus{outline:0 none;outline-offset:0;box-shadow:var(--focus-ring);border-color:#3B82F6}
.p-inputtext.p-invalid.p-component,.p-invalid>.p-inputtext{border-color:#e24c4c}
.p-inputtext::placeholder{color:#6b7280}
.p-float-label{display:block;position:relative}
.p-float-label label{position:absolute;pointer-events:none;top:50%;margin-top:-.5rem;transition-property:all;transition-timing-function:ease;line-height:1;left:.75rem;color:#6b7280;transition-duration:.2s}
.p-float-label input:focus~label,.p-float-label input.p-filled~label,.p-float-label .p-inputwrapper-focus~label,.p-float-label .p-inputwrapper-filled~label{top:-.75rem;font-size:12px}
.p-float-label .p-invalid~label,.p-float-label input.p-invalid~label{color:#e24c4c}
.p-inputgroup{display:flex;align-items:stretch;width:100%}
.p-inputgroup-addon{display:flex;align-items:center;justify-content:center;background:#f3f4f6;color:#6b7280;border-top:1px solid #d1d5db;border-left:1px solid #d1d5db;border-bottom:1px solid #d1d5db;padding:.75rem .75rem;min-width:3rem;border-top-left-radius:6px;border-bottom-left-radius:6px;font-weight:600}
.p-inputgroup>.p-inputtext{flex:1 1 auto;width:1%;border-top-left-radius:0;border-bottom-left-radius:0}
.p-button{color:#fff;background:#3B82F6;border:1px solid #3B82F6;padding:.75rem 1.25rem;font-size:1rem;transition:background-color .2s,color .2s,border-color .2s,box-shadow .2s;border-radius:6px;outline-color:transparent;margin:0;display:inline-flex;cursor:pointer;user-select:none;align-items:center;vertical-align:bottom;text-align:center;overflow:hidden;position:relative;font-family:var(--font-family)}
.p-button:not(:disabled):hover{background:#2563eb;color:#fff;border-color:#2563eb}
.p-button:not(:disabled):active{background:#1D4ED8;border-color:#1D4ED8}
.p-button:focus-visible{outline:0 none;box-shadow:0 0 0 .2rem #BFDBFE}
.p-button-label{flex:1 1 auto;font-weight:700;transition-duration:.2s}
.p-button-icon-left{margin-right:.5rem}
.p-button.p-button-icon-only{width:3rem;padding:.75rem 0;justify-content:center}
.p-button.p-button-icon-only .p-button-label{visibility:hidden;width:0;flex:0 0 auto}
.p-button.p-button-rounded{border-radius:2rem}
.p-button.p-button-sm{font-size:.875rem;padding:.65625rem 1.09375rem}
.p-button.p-button-text{background-color:transparent;color:#3B82F6;border-color:transparent}
.p-button.p-button-text:not(:disabled):hover{background:rgba(59,130,246,.04);color:#3B82F6;border-color:transparent}
.p-button.p-button-outlined{background-color:transparent;color:#3B82F6;border:1px solid}
.p-button.p-button-outlined:not(:disabled):hover{background:rgba(59,130,246,.04);color:#3B82F6}
.p-button.p-button-link{color:#1D4ED8;background:transparent;border:transparent}
.p-button.p-button-link:not(:disabled):hover{background:transparent;color:#1D4ED8;border-color:transparent}
.p-button.p-button-link:not(:disabled):hover .p-button-label{text-decoration:underline}
.p-button.p-button-secondary{color:#fff;background:#64748B;border:1px solid #64748B}
.p-button.p-button-secondary:not(:disabled):hover{background:#475569;border-color:#475569}
.p-button.p-button-secondary.p-button-outlined{background:transparent;color:#64748B}
.p-button.p-button-danger{color:#fff;background:#EF4444;border:1px solid #EF4444}
.p-button.p-button-danger:not(:disabled):hover{background:#DC2626;border-color:#DC2626}
.p-button.p-button-danger.p-button-outlined{background:transparent;color:#EF4444}
.p-button.p-button-danger.p-button-outlined:not(:disabled):hover{background:rgba(239,68,68,.04);color:#EF4444}
.p-button.w-full{width:100%;justify-content:center}
.p-password{position:relative;display:flex;width:100%}
.p-icon-field{position:relative;width:100%}
.p-icon-field>.p-input-icon{position:absolute;top:50%;margin-top:-.5rem;right:.75rem;color:#6b7280;cursor:pointer}
.p-icon-field-right>.p-inputtext{padding-right:2.5rem}
.p-radiobutton{display:inline-flex;cursor:pointer;user-select:none;vertical-align:bottom;position:relative;width:20px;height:20px}
.p-radiobutton-input{cursor:pointer;appearance:none;position:absolute;top:0;left:0;width:100%;height:100%;padding:0;margin:0;opacity:0;z-index:1;outline:0 none;border:2px solid #d1d5db;border-radius:50%}
.p-radiobutton-box{display:flex;justify-content:center;align-items:center;border:2px solid #d1d5db;background:#fff;width:20px;height:20px;color:#4b5563;border-radius:50%;transition:background-color .2s,color .2s,border-color .2s,box-shadow .2s}
.p-radiobutton-icon{backface-visibility:hidden;transform:translateZ(0) scale(.1);border-radius:50%;visibility:hidden;width:12px;height:12px;transition-duration:.2s;background-color:#fff}
.p-radiobutton.p-highlight .p-radiobutton-box{border-color:#3B82F6;background:#3B82F6}
.p-radiobutton.p-highlight .p-radiobutton-icon{transform:translateZ(0) scale(1,1);visibility:visible}
.p-radiobutton:not(.p-disabled):has(.p-radiobutton-input:hover) .p-radiobutton-box{border-color:#3B82F6}
.p-radiobutton:not(.p-disabled):has(.p-radiobutton-input:focus-visible) .p-radiobutton-box{box-shadow:var(--focus-ring)}
.p-radiobutton.p-invalid>.p-radiobutton-box{border-color:#e24c4c}
.p-dropdown{display:inline-flex;cursor:pointer;position:relative;user-select:none;background:#fff;border:1px solid #d1d5db;transition:background-color .2s,color .2s,border-color .2s,box-shadow .2s;border-radius:6px;width:100%}
.p-dropdown:not(.p-disabled):hover{border-color:#3B82F6}
.p-dropdown:not(.p-disabled).p-focus{outline:0 none;box-shadow:var(--focus-ring);border-color:#3B82F6}
.p-dropdown.p-invalid.p-component{border-color:#e24c4c}
.p-dropdown .p-dropdown-label{display:block;white-space:nowrap;overflow:hidden;flex:1 1 auto;width:1%;text-overflow:ellipsis;cursor:pointer;background:transparent;border:0 none;padding:.75rem .75rem}
.p-dropdown .p-dropdown-label.p-placeholder{color:#6b7280}
.p-dropdown .p-dropdown-label:focus{outline:0 none}
.p-dropdown .p-dropdown-trigger{display:flex;align-items:center;justify-content:center;flex-shrink:0;background:transparent;color:#6b7280;width:3rem;border-top-right-radius:6px;border-bottom-right-radius:6px}
.p-dropdown-panel{position:absolute;top:0;left:0;background:#fff;color:#4b5563;border:0 none;border-radius:6px;box-shadow:0 2px 12px rgba(0,0,0,.1)}
.p-dropdown-panel .p-dropdown-header{padding:.75rem 1.25rem;border-bottom:1px solid #e5e7eb;color:#374151;background:#f9fafb;margin:0;border-top-right-radius:6px;border-top-left-radius:6px}
.p-dropdown-filter-container{position:relative}
.p-dropdown-panel .p-dropdown-header .p-dropdown-filter{padding-right:1.75rem;margin-right:-1.75rem}
.p-dropdown-filter-icon{position:absolute;top:50%;margin-top:-.5rem;right:.75rem}
.p-dropdown-items-wrapper{overflow:auto}
.p-dropdown-items{margin:0;padding:.75rem 0;list-style-type:none}
.p-dropdown-panel .p-dropdown-items .p-dropdown-item{cursor:pointer;font-weight:normal;white-space:nowrap;position:relative;overflow:hidden;margin:0;padding:.75rem 1.25rem;border:0 none;color:#4b5563;background:transparent;transition:box-shadow .2s;border-radius:0}
.p-dropdown-panel .p-dropdown-items .p-dropdown-item.p-highlight{color:#1D4ED8;background:#EFF6FF}
.p-dropdown-panel .p-dropdown-items .p-dropdown-item.p-highlight.p-focus{background:rgba(59,130,246,.24)}
.p-dropdown-panel .p-dropdown-items .p-dropdown-item:not(.p-highlight):not(.p-disabled).p-focus{color:#4b5563;background:#f3f4f6}
.p-dropdown-panel .p-dropdown-items .p-dropdown-item:not(.p-highlight):not(.p-disabled):hover{color:#4b5563;background:#f3f4f6}
.p-dropdown-panel .p-dropdown-items .p-dropdown-empty-message{padding:.75rem 1.25rem;color:#4b5563;background:transparent}
.p-connected-overlay-enter{opacity:0;transform:scaleY(.8)}
.p-connected-overlay-enter-active{opacity:1;transform:scaleY(1);transition:opacity .12s cubic-bezier(0,0,.2,1),transform .12s cubic-bezier(0,0,.2,1)}
.p-connected-overlay-enter-done{transform:none}
.p-connected-overlay-exit{opacity:1}
.p-connected-overlay-exit-active{opacity:0;transition:opacity .1s linear}
.p-inputotp{display:flex;align-items:center;gap:.5rem}
.p-inputotp-input{text-align:center;width:2.5rem}
.p-dialog-mask{background-color:transparent;transition-property:background-color}
.p-dialog-mask.p-component-overlay{pointer-events:auto}
.p-dialog{max-height:90%;transform:scale(1);position:relative;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.3);border:0 none;display:flex;flex-direction:column;pointer-events:auto;max-width:calc(100vw - 2rem)}
.p-dialog-content{overflow-y:auto;flex-grow:1;background:#fff;color:#4b5563;padding:0 1.5rem 2rem 1.5rem}
.p-dialog-header{display:flex;align-items:center;justify-content:space-between;flex-shrink:0;border-bottom:0 none;background:#fff;color:#374151;padding:1.5rem;border-top-right-radius:6px;border-top-left-radius:6px}
.p-dialog-title{font-weight:700;font-size:1.25rem}
.p-dialog-header-icons{display:flex;align-items:center}
.p-dialog-header-icon{display:flex;align-items:center;justify-content:center;overflow:hidden;position:relative;width:2rem;height:2rem;color:#6b7280;border:0 none;background:transparent;border-radius:50%;transition:background-color .2s,color .2s,box-shadow .2s}
.p-dialog-header-icon:enabled:hover{color:#374151;border-color:transparent;background:#f3f4f6}
.p-dialog-header-icon:focus-visible{outline:0 none;box-shadow:var(--focus-ring)}
.p-dialog-footer{flex-shrink:0;border-top:0 none;background:#fff;color:#4b5563;padding:0 1.5rem 1.5rem 1.5rem;text-align:right;border-bottom-right-radius:6px;border-bottom-left-radius:6px}
.p-dialog-footer button{margin:0 0 0 .5rem;width:auto}
.p-dialog-enter{opacity:0;transform:scale(.7)}
.p-dialog-enter-active{opacity:1;transform:scale(1);transition:all 150ms cubic-bezier(0,0,.2,1)}
.p-dialog-enter-done{transform:none}
.p-dialog-exit{opacity:1}
.p-dialog-exit-active{opacity:0;transition:all 150ms cubic-bezier(.4,0,.2,1)}
.p-confirm-dialog .p-dialog-content{display:flex;align-items:center}
.p-confirm-dialog-icon{width:2rem;height:2rem;color:#f59e0b;flex-shrink:0}
.p-confirm-dialog-message{margin-left:1rem;line-height:1.5}
.p-toast{width:25rem;white-space:pre-line;word-break:break-word;opacity:.98}
.p-toast-message{margin:0 0 1rem 0;box-shadow:0 1px 3px rgba(0,0,0,.3);border-radius:6px;overflow:hidden}
.p-toast-message-content{display:flex;align-items:flex-start;padding:1rem;border-width:0 0 0 6px;border-style:solid}
.p-toast-message-text{flex:1 1 auto;margin:0 0 0 1rem}
.p-toast-message-icon{width:2rem;height:2rem;flex-shrink:0}
.p-toast-summary{font-weight:700;display:block}
.p-toast-detail{margin:.5rem 0 0 0}
.p-toast-icon-close{display:flex;align-items:center;justify-content:center;overflow:hidden;position:relative;width:2rem;height:2rem;border-radius:50%;background:transparent;color:inherit}
.p-toast-icon-close:hover{background:rgba(255,255,255,.5)}
.p-toast-message-info{background:rgba(219,234,254,.7);border:solid #3b82f6;border-width:0 0 0 6px;color:#3b82f6}
.p-toast-message-success{background:rgba(228,248,240,.7);border:solid #1ea97c;border-width:0 0 0 6px;color:#1ea97c}
.p-toast-message-warn{background:rgba(255,242,226,.7);border:solid #cc8925;border-width:0 0 0 6px;color:#cc8925}
.p-toast-message-error{background:rgba(255,231,230,.7);border:solid #ff5757;border-width:0 0 0 6px;color:#ff5757}
.p-toast-message-content{border:0}
.p-toast-message-enter{opacity:0;transform:translateY(50%)}
.p-toast-message-enter-active{opacity:1;transform:none;transition:transform .3s,opacity .3s}
.p-toast-message-enter-done{transform:none}
.p-toast-message-exit{opacity:1;max-height:1000px}
.p-toast .p-toast-message.p-toast-message-exit-active{opacity:0;max-height:0;margin-bottom:0;overflow:hidden;transition:max-height .45s cubic-bezier(0,1,0,1),opacity .3s,margin-bottom .3s}
.p-message{margin:1rem 0;border-radius:6px}
.p-message-wrapper{display:flex;align-items:center;padding:1.25rem 1.75rem}
.p-message-icon{width:1.5rem;height:1.5rem;margin-right:.5rem;flex-shrink:0}
.p-message-summary{font-weight:700}
.p-message-detail{margin-left:.5rem;flex:1 1 auto}
.p-message-close{width:2rem;height:2rem;border-radius:50%;background:transparent;transition:background-color .2s;display:flex;align-items:center;justify-content:center;color:inherit;margin-left:auto;flex-shrink:0}
.p-message-close:hover{background:rgba(255,255,255,.5)}
.p-message.p-message-info{background:rgba(219,234,254,.7);border:solid #3b82f6;border-width:0 0 0 6px;color:#3b82f6}
.p-message.p-message-success{background:rgba(228,248,240,.7);border:solid #1ea97c;border-width:0 0 0 6px;color:#1ea97c}
.p-message.p-message-warn{background:rgba(255,242,226,.7);border:solid #cc8925;border-width:0 0 0 6px;color:#cc8925}
.p-message.p-message-error{background:rgba(255,231,230,.7);border:solid #ff5757;border-width:0 0 0 6px;color:#ff5757}
.p-message-enter{opacity:0}
.p-message-enter-active{opacity:1;transition:opacity .3s}
.p-message-exit{opacity:1;max-height:1000px}
.p-message-exit-active{opacity:0;max-height:0;margin:0;overflow:hidden;transition:max-height .3s cubic-bezier(0,1,0,1),opacity .3s,margin .3s}
.p-menubar{display:flex;align-items:center;padding:.5rem;background:#f9fafb;color:#4b5563;border:1px solid #e5e7eb;border-radius:6px}
.p-menubar-root-list{display:flex;align-items:center;flex-wrap:wrap;margin:0;padding:0;list-style:none;outline:0 none}
.p-menubar .p-menuitem{position:relative}
.p-menubar .p-menuitem-content{transition:background-color .2s,color .2s;border-radius:6px;color:#4b5563}
.p-menubar .p-menuitem-link{cursor:pointer;display:flex;align-items:center;text-decoration:none;overflow:hidden;position:relative;padding:.75rem 1.25rem;user-select:none;color:#4b5563}
.p-menubar .p-menuitem:not(.p-highlight):not(.p-disabled)>.p-menuitem-content:hover{color:#4b5563;background:#f3f4f6}
.p-menubar-start{display:flex;align-items:center;margin-right:1.5rem}
.p-menubar-end{margin-left:auto;align-self:center;display:flex;align-items:center;gap:.75rem}
.p-menubar-button{display:none;cursor:pointer;align-items:center;justify-content:center;text-decoration:none;width:2rem;height:2rem;color:#6b7280;border-radius:50%}
@media screen and (max-width:960px){.p-menubar-button{display:flex}.p-menubar-root-list{display:none}}
.p-panelmenu .p-panelmenu-panel{margin-bottom:.25rem}
.p-panelmenu .p-panelmenu-header-link{display:flex;align-items:center;user-select:none;cursor:pointer;position:relative;text-decoration:none;padding:1.25rem;border:1px solid #e5e7eb;color:#374151;background:#f9fafb;font-weight:700;border-radius:6px;transition:background-color .2s,color .2s,border-color .2s,box-shadow .2s;outline:0 none}
.p-panelmenu .p-panelmenu-header-link:focus-visible{box-shadow:inset var(--focus-ring)}
.p-panelmenu .p-panelmenu-header:not(.p-highlight) .p-panelmenu-header-link:hover{background:#f3f4f6;color:#374151}
.p-panelmenu .p-panelmenu-header.p-highlight .p-panelmenu-header-link{background:#f9fafb;border-color:#e5e7eb;color:#374151;border-bottom-right-radius:0;border-bottom-left-radius:0}
.p-panelmenu .p-submenu-icon{margin-right:.5rem;flex-shrink:0}
.p-panelmenu .p-panelmenu-content{padding:.25rem 0;border:1px solid #e5e7eb;background:#fff;color:#4b5563;border-top:0;border-bottom-right-radius:6px;border-bottom-left-radius:6px}
.p-panelmenu-root-list,.p-panelmenu .p-submenu-list{margin:0;padding:0;list-style:none;outline:0 none}
.p-panelmenu .p-submenu-list{padding:0 0 0 1rem}
.p-panelmenu .p-menuitem-content{border-radius:0;transition:background-color .2s,color .2s}
.p-panelmenu .p-menuitem-content:hover{background:#f3f4f6}
.p-panelmenu .p-menuitem-link{display:flex;align-items:center;cursor:pointer;text-decoration:none;padding:.75rem 1.25rem;color:#4b5563;user-select:none;outline:0 none}
.p-toggleable-content{overflow:hidden}
.p-toggleable-content-enter{max-height:0}
.p-toggleable-content-enter-active{overflow:hidden;max-height:1000px;transition:max-height 1s ease-in-out}
.p-toggleable-content-enter-done{transform:none}
.p-toggleable-content-exit{max-height:1000px}
.p-toggleable-content-exit-active{overflow:hidden;max-height:0;transition:max-height .45s cubic-bezier(0,1,0,1)}
.p-card{background:#fff;color:#4b5563;box-shadow:0 2px 1px -1px rgba(0,0,0,.2),0 1px 1px 0 rgba(0,0,0,.14),0 1px 3px 0 rgba(0,0,0,.12);border-radius:6px}
.p-card-body{padding:1.25rem}
.p-card-title{font-size:1.5rem;font-weight:700;margin-bottom:.5rem;color:#1f2937}
.p-card-subtitle{font-weight:400;margin-bottom:.5rem;color:#6b7280}
.p-card-content{padding:1.25rem 0}
.p-datatable{position:relative}
.p-datatable-wrapper{overflow:auto}
.p-datatable-table{border-spacing:0;width:100%}
.p-datatable .p-datatable-thead>tr>th{text-align:left;padding:1rem;border:1px solid #e5e7eb;border-width:0 0 1px 0;font-weight:700;color:#374151;background:#f9fafb}
.p-datatable .p-datatable-tbody>tr{background:#fff;color:#4b5563}
.p-datatable .p-datatable-tbody>tr>td{text-align:left;border:1px solid #e5e7eb;border-width:0 0 1px 0;padding:1rem}
.p-datatable.p-datatable-striped .p-datatable-tbody>tr.p-row-odd{background:#f8f8fa}
.p-tag{display:inline-flex;align-items:center;justify-content:center;background:#22C55E;color:#fff;font-size:.75rem;font-weight:700;padding:.25rem .4rem;border-radius:6px}
.p-progress-spinner{position:relative;margin:0 auto;width:100px;height:100px;display:inline-block}
.p-progress-spinner::before{content:"";display:block;padding-top:100%}
.p-progress-spinner-svg{animation:p-progress-spinner-rotate 2s linear infinite;height:100%;transform-origin:center center;width:100%;position:absolute;top:0;bottom:0;left:0;right:0;margin:auto}
.p-progress-spinner-circle{stroke-dasharray:89,200;stroke-dashoffset:0;stroke:#d62d20;animation:p-progress-spinner-dash 1.5s ease-in-out infinite,p-progress-spinner-color 6s ease-in-out infinite;stroke-linecap:round}
@keyframes p-progress-spinner-rotate{100%{transform:rotate(360deg)}}
@keyframes p-progress-spinner-dash{0%{stroke-dasharray:1,200;stroke-dashoffset:0}50%{stroke-dasharray:89,200;stroke-dashoffset:-35px}100%{stroke-dasharray:89,200;stroke-dashoffset:-124px}}
@keyframes p-progress-spinner-color{100%,0%{stroke:#d62d20}40%{stroke:#0057e7}66%{stroke:#008744}80%,90%{stroke:#ffa700}}
.p-blockui{position:absolute;top:0;left:0;width:100%;height:100%;display:flex;align-items:center;justify-content:center}
.p-blockui-document{position:fixed}
.layout-wrapper{min-height:100vh;display:flex;flex-direction:column}
.layout-wrapper>.p-menubar,.layout-private>.p-menubar,.layout-public>.p-menubar{border-radius:0;border-width:0 0 1px 0;background:#fff;padding:.5rem 1.5rem;position:sticky;top:0;z-index:900}
.layout-public,.layout-private{display:flex;flex-direction:column;min-height:100vh}
.brand{display:flex;align-items:center;gap:.75rem;text-decoration:none}
.brand-text{display:flex;flex-direction:column;line-height:1.2}
.brand-title{font-weight:700;color:#1e3a8a;font-size:1.15rem}
.brand-sub{font-size:.8rem;color:#6b7280}
.user-chip{display:flex;flex-direction:column;align-items:flex-end;font-size:.875rem;line-height:1.3}
.user-chip b{color:#1f2937}
.home-main{flex:1;display:flex;gap:2rem;padding:3rem 4rem;align-items:flex-start}
.hero{flex:1}
.hero h1{font-size:2.25rem;margin:0 0 1rem 0;color:#1e3a8a}
.hero p{font-size:1.1rem;line-height:1.6;max-width:40rem}
.hero-stats{display:flex;gap:1rem;margin-top:2rem}
.hero-stat{background:#fff;border-radius:6px;padding:1rem 1.5rem;box-shadow:0 1px 3px rgba(0,0,0,.1)}
.hero-stat b{display:block;font-size:1.5rem;color:#1f2937}
.home-card{width:26rem}
.updates{margin:0;padding-left:1.1rem;line-height:1.7}
.layout-main{display:flex;flex:1;gap:1.5rem;padding:1.5rem;align-items:flex-start}
.layout-sidebar{width:18rem;flex-shrink:0}
.layout-content{flex:1;min-width:0}
.layout-footer{padding:1rem 1.5rem;text-align:center;font-size:.85rem;color:#6b7280;border-top:1px solid #dfe7ef;background:#fff}
.page-title{margin:0 0 1.25rem 0;font-size:1.6rem}
.stat-cards{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:1.25rem}
.stat-value{font-size:2rem;font-weight:700;color:#1f2937}
.field{margin-bottom:1.5rem}
.field>label,.field-label{display:block;margin-bottom:.5rem;font-weight:600;color:#374151}
.float-field{margin-top:1.75rem;margin-bottom:.5rem}
.login-form .p-button[type=submit]{margin-top:1.5rem}
.login-links{display:flex;justify-content:space-between;margin-top:.75rem}
.captcha-row{display:flex;align-items:center;gap:.5rem;margin-top:1.25rem}
.captcha-row img{height:50px;width:150px;border:1px solid #d1d5db;border-radius:6px;background:#f3f4f6}
.otp-hint{line-height:1.5;margin-top:0}
.otp-label{display:block;font-weight:600;color:#374151;margin:1rem 0 .5rem 0}
.otp-actions,.form-actions{display:flex;align-items:center;gap:.75rem;margin-top:1rem}
.otp-timer{color:#6b7280;font-size:.9rem}
.radio-row{display:flex;flex-wrap:wrap;gap:1.5rem}
.radio-item{display:flex;align-items:center}
.radio-item label{margin-left:.5rem;cursor:pointer}
.api-form,.api-otp-form{max-width:40rem}
.registered{margin-top:2rem}
.registered h3{font-size:1.1rem;margin:0 0 .75rem 0}
.dialog-text{line-height:1.5;margin-top:0}
.app-loading{flex:1;display:flex;align-items:center;justify-content:center;min-height:60vh}
`;

/* ------------------------------------------------------------------ client bundle */
/* The compiled app: a tiny React-like runtime (vnodes, keyed patching, portals, CSSTransition
   classes, delegated events) followed by PrimeReact-shaped components and the pages. */
const CLIENT_RUNTIME = `
(function () {
  'use strict';
  var SVGNS = 'http://www.w3.org/2000/svg';

  /* ---------- vnodes ---------- */
  function h(tag, props) {
    var kids = [];
    for (var i = 2; i < arguments.length; i++) addKid(kids, arguments[i]);
    var p = props || {};
    return { tag: tag, props: p, key: p.key != null ? String(p.key) : null, children: kids, el: null, text: '' };
  }
  function hole() { return { tag: '#hole', props: {}, key: null, children: [], el: null, text: '' }; }
  function addKid(out, c) {
    if (Array.isArray(c)) { for (var i = 0; i < c.length; i++) addKid(out, c[i]); return; }
    if (c == null || c === false || c === true) { out.push(hole()); return; }
    if (typeof c === 'object') { out.push(c); return; }
    out.push({ tag: '#text', props: {}, key: null, children: [], el: null, text: String(c) });
  }

  /* ---------- DOM patching ---------- */
  function setCls(el) {
    var c = ((el.__cls || '') + (el.__tcls ? ' ' + el.__tcls : '')).trim();
    if (c) el.setAttribute('class', c); else el.removeAttribute('class');
  }
  function setT(el, c) { el.__tcls = c; setCls(el); }
  function setProp(el, k, v) {
    if (k === 'key' || k === 'transition' || k === 'ref') return;
    if (k.charAt(0) === 'o' && k.charAt(1) === 'n') { (el.__ev || (el.__ev = {}))[k.slice(2).toLowerCase()] = v; return; }
    if (k === 'className') { el.__cls = v || ''; setCls(el); return; }
    if (k === 'value') { var s = v == null ? '' : String(v); if (el.value !== s) el.value = s; return; }
    if (k === 'checked') { el.checked = !!v; return; }
    if (v == null || v === false) el.removeAttribute(k); else el.setAttribute(k, v === true ? '' : String(v));
  }
  function updateProps(el, o, n) {
    var k;
    for (k in o) if (!(k in n)) setProp(el, k, null);
    for (k in n) if (o[k] !== n[k] || k === 'value' || k === 'checked') setProp(el, k, n[k]);
  }
  var mountQ = [];
  function createEl(v, svg) {
    if (v.tag === '#text') { v.el = document.createTextNode(v.text); return v.el; }
    var isSvg = svg || v.tag === 'svg';
    var el = isSvg ? document.createElementNS(SVGNS, v.tag) : document.createElement(v.tag);
    v.el = el;
    updateProps(el, {}, v.props);
    for (var i = 0; i < v.children.length; i++) {
      var c = v.children[i];
      if (c.tag !== '#hole') el.appendChild(createEl(c, isSvg));
    }
    if (v.props.transition) enterT(el, v.props.transition);
    if (v.props.ref) mountQ.push([v.props.ref, el]);
    return el;
  }
  function patch(o, n, svg) {
    if (o.tag !== n.tag) {
      var ne = createEl(n, svg);
      if (o.el && o.el.parentNode) o.el.parentNode.replaceChild(ne, o.el);
      return ne;
    }
    var el = (n.el = o.el);
    if (n.tag === '#text') { if (o.text !== n.text) el.nodeValue = n.text; return el; }
    var isSvg = svg || n.tag === 'svg';
    updateProps(el, o.props, n.props);
    patchKids(el, o.children, n.children, isSvg);
    return el;
  }
  function live(n) { while (n && n.__leaving) n = n.nextSibling; return n; }
  function patchKids(parent, oc, nc, svg) {
    var keyed = {}, unk = [], drops = [], i, c, k;
    for (i = 0; i < oc.length; i++) { c = oc[i]; if (c.key != null) keyed[c.key] = c; else unk.push(c); }
    var u = 0, cur = live(parent.firstChild);
    for (i = 0; i < nc.length; i++) {
      var n = nc[i], m = null;
      if (n.key != null) { m = keyed[n.key] || null; if (m) delete keyed[n.key]; }
      else { m = u < unk.length ? unk[u] : null; if (m) unk[u] = null; u++; }
      if (m && m.tag !== n.tag) { drops.push(m); m = null; }
      if (n.tag === '#hole') continue;
      var el = m ? patch(m, n, svg) : createEl(n, svg);
      if (el === cur) cur = live(cur.nextSibling);
      else parent.insertBefore(el, cur);
    }
    for (k in keyed) drops.push(keyed[k]);
    for (i = u; i < unk.length; i++) if (unk[i]) drops.push(unk[i]);
    for (i = 0; i < drops.length; i++) if (drops[i].el && drops[i].tag !== '#hole') leave(drops[i].el);
  }

  /* ---------- CSSTransition ---------- */
  function enterT(el, t) {
    el.__trans = t;
    if (!t.name) { setT(el, t.enterCls || ''); return; }
    setT(el, t.name + '-enter');
    requestAnimationFrame(function () {
      if (el.__leaving) return;
      void el.offsetWidth;
      setT(el, t.name + '-enter ' + t.name + '-enter-active');
      setTimeout(function () { if (!el.__leaving) setT(el, t.name + '-enter-done'); }, t.enter || 0);
    });
  }
  function exitT(el) {
    var t = el.__trans;
    if (t.name) { setT(el, t.name + '-exit'); void el.offsetWidth; setT(el, t.name + '-exit ' + t.name + '-exit-active'); }
    else setT(el, t.leaveCls || '');
  }
  function leave(el) {
    if (el.__leaving) return;
    var t = el.__trans;
    if (!t || !el.parentNode) { if (el.parentNode) el.parentNode.removeChild(el); return; }
    el.__leaving = true;
    var max = t.exit || 0;
    var all = el.querySelectorAll ? el.querySelectorAll('*') : [];
    for (var i = 0; i < all.length; i++) {
      if (all[i].__trans && !all[i].__leaving) { exitT(all[i]); max = Math.max(max, all[i].__trans.exit || 0); }
    }
    exitT(el);
    setTimeout(function () { if (el.parentNode) el.parentNode.removeChild(el); }, max);
  }

  /* ---------- scheduler, portals, effects ---------- */
  var App = null, rootEl = null, rootV = null, portals = {}, collected = [], effects = [], scheduled = false;
  var zmap = {}, zc = 0, ZBASE = { modal: 1100, overlay: 1000, toast: 1200 };
  function zIndex(key, base) { return zmap[key] || (zmap[key] = ZBASE[base] + ++zc); }
  function portal(key, v) { v.key = key; collected.push(v); return hole(); }
  function render() { if (!scheduled) { scheduled = true; Promise.resolve().then(flush); } }
  function after(fn) { effects.push(fn); render(); }
  function flush() {
    scheduled = false;
    collected = [];
    var nv = App();
    if (rootV) patch(rootV, nv, false); else rootEl.appendChild(createEl(nv, false));
    rootV = nv;
    var seen = {};
    for (var i = 0; i < collected.length; i++) {
      var v = collected[i];
      seen[v.key] = true;
      var o = portals[v.key];
      if (o) patch(o, v, false); else document.body.appendChild(createEl(v, false));
      portals[v.key] = v;
    }
    for (var k in portals) if (!seen[k]) { leave(portals[k].el); delete portals[k]; delete zmap[k]; }
    var mq = mountQ; mountQ = [];
    mq.forEach(function (m) { m[0](m[1]); });
    var fx = effects; effects = [];
    fx.forEach(function (f) { f(); });
  }
  function mount(el, app) { rootEl = el; App = app; render(); }
  function portalEl(key) { return portals[key] ? portals[key].el : null; }

  /* ---------- synthetic events (delegated at the document, bubbling like React) ---------- */
  var EVENTS = { click: 'click', mousedown: 'mousedown', input: 'input', keydown: 'keydown', focusin: 'focus', focusout: 'blur', paste: 'paste', change: 'change', submit: 'submit' };
  var beforeClick = [];
  Object.keys(EVENTS).forEach(function (type) {
    document.addEventListener(type, function (e) {
      var name = EVENTS[type];
      if (type === 'click') beforeClick.forEach(function (f) { f(e); });
      var n = e.target;
      while (n && n !== document) {
        var fn = n.__ev && n.__ev[name];
        if (fn) { fn(e, n); if (e.__stop) break; }
        n = n.parentNode;
      }
    });
  });
  function stop(e) { e.__stop = true; }

  window.__mini = { h: h, render: render, after: after, portal: portal, mount: mount, portalEl: portalEl, zIndex: zIndex, stop: stop, onBeforeClick: function (f) { beforeClick.push(f); } };
})();
`;

const CLIENT_APP = String.raw`
(function () {
  'use strict';
  var R = window.__mini, h = R.h, render = R.render, after = R.after, portal = R.portal;

  /* ================= PrimeReact-shaped components ================= */
  var ICONS = {
    times: 'M8.01 7l3.78-3.78a.71.71 0 1 0-1-1L7 6 3.22 2.22a.71.71 0 0 0-1 1L6 7l-3.78 3.78a.71.71 0 1 0 1 1L7 8l3.78 3.78a.71.71 0 1 0 1-1z',
    chevronDown: 'M7 10.43a.7.7 0 0 1-.5-.2L.92 4.64a.71.71 0 1 1 1-1L7 8.72l5.08-5.08a.71.71 0 1 1 1 1L7.5 10.23a.7.7 0 0 1-.5.2z',
    chevronRight: 'M4.38 12.83a.7.7 0 0 1-.5-1.2L8.52 7 3.88 2.37a.71.71 0 1 1 1-1L10.03 6.5a.7.7 0 0 1 0 1l-5.15 5.15a.7.7 0 0 1-.5.2z',
    search: 'M2.67 2.67a4.9 4.9 0 0 1 7.3 6.5l2.9 2.9a.6.6 0 1 1-.85.85l-2.9-2.9a4.9 4.9 0 0 1-6.45-7.35zm.85.85a3.7 3.7 0 1 0 5.23 5.23 3.7 3.7 0 0 0-5.23-5.23z',
    eye: 'M7 11.5C3.4 11.5 1 7.6.9 7.4a.7.7 0 0 1 0-.8C1 6.4 3.4 2.5 7 2.5s6 3.9 6.1 4.1a.7.7 0 0 1 0 .8c-.1.2-2.5 4.1-6.1 4.1zM2.3 7c.7 1 2.4 3.1 4.7 3.1S11 8 11.7 7C11 6 9.3 3.9 7 3.9S3 6 2.3 7zM7 9a2 2 0 1 1 0-4 2 2 0 0 1 0 4z',
    eyeSlash: 'M7 11.5C3.4 11.5 1 7.6.9 7.4a.7.7 0 0 1 0-.8C1 6.4 3.4 2.5 7 2.5s6 3.9 6.1 4.1a.7.7 0 0 1 0 .8c-.1.2-2.5 4.1-6.1 4.1zM2.3 7c.7 1 2.4 3.1 4.7 3.1S11 8 11.7 7C11 6 9.3 3.9 7 3.9S3 6 2.3 7zM1.6 1.1l11.3 11.3-.5.5L1.1 1.6z',
    check: 'M4.86 11.27a.7.7 0 0 1-.5-.2L.84 7.56a.71.71 0 1 1 1-1l3.02 3.02 7.3-7.3a.71.71 0 1 1 1 1l-7.8 7.8a.7.7 0 0 1-.5.2z',
    info: 'M7 14A7 7 0 1 1 7 0a7 7 0 0 1 0 14zm0-12.6a5.6 5.6 0 1 0 0 11.2A5.6 5.6 0 0 0 7 1.4zM7 10.8a.7.7 0 0 1-.7-.7V6.3a.7.7 0 1 1 1.4 0v3.8a.7.7 0 0 1-.7.7zm0-6a.8.8 0 1 1 0-1.6.8.8 0 0 1 0 1.6z',
    warn: 'M13.4 12.3L7.6 1.3a.7.7 0 0 0-1.2 0L.6 12.3a.7.7 0 0 0 .6 1h11.6a.7.7 0 0 0 .6-1zM2.4 11.9L7 3.2l4.6 8.7zM7 10.9a.7.7 0 1 1 0-1.4.7.7 0 0 1 0 1.4zm-.6-2.3V5.4h1.2v3.2z',
    error: 'M7 14A7 7 0 1 1 7 0a7 7 0 0 1 0 14zm0-12.6a5.6 5.6 0 1 0 0 11.2A5.6 5.6 0 0 0 7 1.4zM4.4 4.4a.7.7 0 0 1 1 0L7 6l1.6-1.6a.7.7 0 1 1 1 1L8 7l1.6 1.6a.7.7 0 1 1-1 1L7 8 5.4 9.6a.7.7 0 1 1-1-1L6 7 4.4 5.4a.7.7 0 0 1 0-1z',
    refresh: 'M12.6 2.7v3a.6.6 0 0 1-.6.6H9a.6.6 0 1 1 0-1.2h1.6A4.8 4.8 0 1 0 11.8 7a.6.6 0 1 1 1.2 0 6 6 0 1 1-1.6-4.1V2.7a.6.6 0 1 1 1.2 0z',
    bars: 'M13.3 3.5H.7a.7.7 0 0 1 0-1.4h12.6a.7.7 0 0 1 0 1.4zm0 4.2H.7a.7.7 0 0 1 0-1.4h12.6a.7.7 0 0 1 0 1.4zm0 4.2H.7a.7.7 0 0 1 0-1.4h12.6a.7.7 0 0 1 0 1.4z',
    signOut: 'M5.6 13.3H2.1A1.4 1.4 0 0 1 .7 11.9V2.1A1.4 1.4 0 0 1 2.1.7h3.5a.7.7 0 0 1 0 1.4H2.1v9.8h3.5a.7.7 0 0 1 0 1.4zm4.2-2.8a.7.7 0 0 1-.5-1.2L11 7.7H5.6a.7.7 0 0 1 0-1.4H11L9.3 4.7a.7.7 0 1 1 1-1l2.8 2.8a.7.7 0 0 1 0 1l-2.8 2.8a.7.7 0 0 1-.5.2z'
  };
  var SEV_ICON = { info: 'info', success: 'check', warn: 'warn', error: 'error' };
  function icon(cls, name, extra) {
    var p = { width: '14', height: '14', viewBox: '0 0 14 14', fill: 'none', className: 'p-icon' + (cls ? ' ' + cls : ''), 'aria-hidden': 'true', 'data-pc-section': 'icon' };
    if (extra) for (var k in extra) p[k] = extra[k];
    return h('svg', p, h('path', { d: ICONS[name], fill: 'currentColor', 'fill-rule': 'evenodd', 'clip-rule': 'evenodd' }));
  }
  function cx() {
    var out = [];
    for (var i = 0; i < arguments.length; i++) if (arguments[i]) out.push(arguments[i]);
    return out.join(' ');
  }
  function Button(o) {
    var iconOnly = !o.label && o.icon;
    return h('button', { id: o.id || null, type: o.type || 'button', className: cx('p-button p-component', iconOnly && 'p-button-icon-only', o.className, o.disabled && 'p-disabled'), disabled: !!o.disabled, onClick: o.onClick, 'aria-label': o.ariaLabel || o.label || null, 'data-pc-name': 'button', 'data-pc-section': 'root' },
      o.icon ? icon(cx('p-button-icon p-c', o.label && 'p-button-icon-left'), o.icon) : null,
      h('span', { className: 'p-button-label p-c', 'data-pc-section': 'label' }, o.label || '\u00a0'));
  }
  function InputText(o) {
    var p = { id: o.id || null, type: o.type || 'text', className: cx('p-inputtext p-component', o.value && 'p-filled', o.invalid && 'p-invalid', o.className), value: o.value, onInput: o.onInput, onKeyDown: o.onKeyDown || null, 'aria-invalid': o.invalid ? 'true' : null, 'data-pc-name': 'inputtext', 'data-pc-section': 'root' };
    if (o.attrs) for (var k in o.attrs) p[k] = o.attrs[k];
    return h('input', p);
  }
  function focusTrack(id) { return function () { if (S.focus !== id) { S.focus = id; render(); } }; }
  function blurTrack(id) { return function () { if (S.focus === id) { S.focus = null; render(); } }; }
  function Password(o) {
    var focused = S.focus === o.id;
    return h('div', { className: cx('p-password p-component p-inputwrapper', o.value && 'p-inputwrapper-filled', focused && 'p-inputwrapper-focus', o.invalid && 'p-invalid'), 'data-pc-name': 'password', 'data-pc-section': 'root' },
      h('div', { className: 'p-icon-field p-icon-field-right', 'data-pc-name': 'iconfield' },
        h('input', { id: o.id, type: o.shown ? 'text' : 'password', className: cx('p-inputtext p-component p-password-input', o.value && 'p-filled', o.invalid && 'p-invalid'), value: o.value, autocomplete: o.autocomplete || 'off', 'aria-invalid': o.invalid ? 'true' : null, onInput: o.onInput, onFocus: focusTrack(o.id), onBlur: blurTrack(o.id), 'data-pc-section': 'input' }),
        icon(cx('p-input-icon', o.shown ? 'p-password-hide-icon' : 'p-password-show-icon'), o.shown ? 'eyeSlash' : 'eye', { onClick: o.onToggle, 'data-pc-section': o.shown ? 'hideicon' : 'showicon' })));
  }
  function FloatField(id, label, control, err) {
    return h('div', { className: 'field float-field' },
      h('span', { className: 'p-float-label' }, control, h('label', { 'for': id }, label)),
      err ? h('small', { id: id + '-error', className: 'p-error' }, err) : null);
  }
  function Radio(o) {
    return h('div', { className: cx('p-radiobutton p-component', o.checked && 'p-highlight', o.invalid && 'p-invalid'), 'data-p-highlight': String(!!o.checked), 'data-pc-name': 'radiobutton', 'data-pc-section': 'root' },
      h('input', { id: o.id, type: 'radio', className: 'p-radiobutton-input', name: o.name, value: o.value, checked: !!o.checked, 'aria-invalid': o.invalid ? 'true' : null, onChange: o.onChange, 'data-pc-section': 'input' }),
      h('div', { className: 'p-radiobutton-box', 'data-pc-section': 'box' }, h('div', { className: 'p-radiobutton-icon', 'data-pc-section': 'icon' })));
  }
  function Spinner(cls, label) {
    return h('div', { className: cx('p-progress-spinner', cls), role: 'progressbar', 'aria-busy': 'true', 'aria-label': label || null, 'data-pc-name': 'progressspinner' },
      h('svg', { className: 'p-progress-spinner-svg', viewBox: '25 25 50 50', style: 'animation-duration: 2s;' },
        h('circle', { className: 'p-progress-spinner-circle', cx: '50', cy: '50', r: '20', fill: 'none', 'stroke-width': '2', 'stroke-miterlimit': '10' })));
  }
  var mid = 0;
  function msg(sev, summary, detail, fixedId) { return { id: fixedId || 'm' + ++mid, severity: sev, summary: summary, detail: detail }; }
  function Messages(list, onClose) {
    return h('div', { className: 'p-messages p-component', 'data-pc-name': 'messages' },
      h('div', null, list.map(function (m) {
        return h('div', { key: m.id, className: 'p-message p-component p-message-' + m.severity, role: 'alert', 'aria-live': 'assertive', 'aria-atomic': 'true', transition: { name: 'p-message', enter: 300, exit: 300 } },
          h('div', { className: 'p-message-wrapper' },
            icon('p-message-icon', SEV_ICON[m.severity]),
            m.summary ? h('span', { className: 'p-message-summary' }, m.summary) : null,
            h('span', { className: 'p-message-detail' }, m.detail),
            onClose ? h('button', { type: 'button', className: 'p-message-close p-link', 'aria-label': 'Close', onClick: function () { onClose(m.id); } }, icon('p-message-close-icon', 'times')) : null));
      })));
  }
  function Toast() {
    return h('div', { className: 'p-toast p-component p-toast-top-right', style: 'position: fixed; top: 20px; right: 20px; z-index: 1200;', 'data-pc-name': 'toast' },
      h('div', null, S.toasts.map(function (t) {
        return h('div', { key: 't' + t.id, className: 'p-toast-message p-toast-message-' + t.severity, role: 'alert', 'aria-live': 'assertive', 'aria-atomic': 'true', transition: { name: 'p-toast-message', enter: 300, exit: 450 } },
          h('div', { className: 'p-toast-message-content' },
            icon('p-toast-message-icon', SEV_ICON[t.severity]),
            h('div', { className: 'p-toast-message-text' }, h('span', { className: 'p-toast-summary' }, t.summary), h('div', { className: 'p-toast-detail' }, t.detail)),
            h('div', null, h('button', { type: 'button', className: 'p-toast-icon-close p-link', 'aria-label': 'Close', onClick: function () { dropToast(t.id); } }, icon('p-toast-icon-close-icon', 'times')))));
      })));
  }
  var tid = 0;
  function toast(sev, summary, detail) {
    var t = { id: ++tid, severity: sev, summary: summary, detail: detail };
    t.timer = setTimeout(function () { dropToast(t.id); }, 3000);
    S.toasts = S.toasts.concat([t]);
    render();
  }
  function dropToast(id) {
    S.toasts = S.toasts.filter(function (t) { if (t.id === id) clearTimeout(t.timer); return t.id !== id; });
    render();
  }
  /* Dialog: mask (appended to body) is the parent of div.p-dialog, as PrimeReact draws it. */
  function Dialog(o) {
    var hid = o.id + '_header', cid = o.id + '_content';
    return portal(o.key, h('div', { className: 'p-dialog-mask p-dialog-center p-component-overlay p-dialog-visible', style: 'position: fixed; height: 100%; width: 100%; left: 0px; top: 0px; display: flex; justify-content: center; align-items: center; z-index: ' + R.zIndex(o.key, 'modal') + ';', transition: { enterCls: 'p-component-overlay-enter', leaveCls: 'p-component-overlay-leave', exit: 150 }, 'data-pc-section': 'mask' },
      h('div', { id: o.id, role: o.role || 'dialog', 'aria-labelledby': hid, 'aria-describedby': o.role === 'alertdialog' ? cid : null, 'aria-modal': 'true', className: cx('p-dialog p-component p-ripple-disabled', o.className), style: 'width: ' + (o.width || '30rem') + ';', transition: { name: 'p-dialog', enter: 150, exit: 150 }, 'data-pc-name': o.pcName || 'dialog', 'data-pc-section': 'root',
        ref: function (el) {
          setTimeout(function () {
            if (!el.isConnected || el.contains(document.activeElement)) return;
            var f = el.querySelector(o.focusSel || '.p-dialog-header-close');
            if (f) f.focus();
          }, o.focusSel ? 0 : 150);
        } },
        h('div', { className: 'p-dialog-header', 'data-pc-section': 'header' },
          h('div', { id: hid, className: 'p-dialog-title', 'data-pc-section': 'headertitle' }, o.header),
          h('div', { className: 'p-dialog-header-icons', 'data-pc-section': 'icons' },
            o.closable === false ? null : h('button', { type: 'button', className: 'p-dialog-header-icon p-dialog-header-close p-link', 'aria-label': 'Close', onClick: o.onHide, 'data-pc-section': 'closebutton' }, icon('p-dialog-header-close-icon', 'times')))),
        h('div', { id: cid, className: 'p-dialog-content', 'data-pc-section': 'content' }, o.content),
        o.footer ? h('div', { className: 'p-dialog-footer', 'data-pc-section': 'footer' }, o.footer) : null)));
  }
  function BlockUI() {
    return portal('blockui', h('div', { className: 'p-blockui p-component-overlay p-blockui-document', style: 'z-index: ' + R.zIndex('blockui', 'modal') + ';', transition: { enterCls: 'p-component-overlay-enter', leaveCls: 'p-component-overlay-leave', exit: 150 }, 'data-pc-name': 'blockui' }, Spinner(null, 'Loading')));
  }
  function InputOtp(get, setAll, invalid) {
    var vals = get();
    function setAt(i, ch) { var v = get().slice(); v[i] = ch; setAll(v); }
    function move(t, d) { var n = d > 0 ? t.nextElementSibling : t.previousElementSibling; if (n && n.tagName === 'INPUT') { n.focus(); n.select(); } }
    return h('div', { className: 'p-inputotp p-component', 'data-pc-name': 'inputotp', 'data-pc-section': 'root' }, vals.map(function (v, i) {
      return h('input', { key: 'otp' + i, type: 'text', className: cx('p-inputtext p-component p-inputotp-input', v && 'p-filled', invalid && 'p-invalid'), value: v, inputmode: 'numeric', maxlength: '1', autocomplete: 'off', 'aria-label': 'Please enter one time password character ' + (i + 1), 'data-pc-section': 'input',
        onInput: function (e) {
          var t = e.target, raw = t.value, d = raw.replace(/\D/g, '');
          if (!raw) { setAt(i, ''); if (e.inputType === 'deleteContentBackward') move(t, -1); return; }
          if (!d) { t.value = get()[i]; return; }
          setAt(i, d.charAt(d.length - 1));
          move(t, 1);
        },
        onKeyDown: function (e) {
          var t = e.target, k = e.key;
          if (k === 'Backspace' && !t.value) { e.preventDefault(); move(t, -1); }
          else if (k === 'ArrowLeft') { e.preventDefault(); move(t, -1); }
          else if (k === 'ArrowRight') { e.preventDefault(); move(t, 1); }
          else if (k.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
            if (!/\d/.test(k)) e.preventDefault();
            else if (t.value && t.selectionStart === t.selectionEnd) { e.preventDefault(); setAt(i, k); move(t, 1); }
          }
        },
        onFocus: function (e) { e.target.select(); },
        onPaste: function (e) {
          e.preventDefault();
          var d = ((e.clipboardData && e.clipboardData.getData('text')) || '').replace(/\D/g, '').slice(0, vals.length);
          if (!d) return;
          var v = get().slice();
          for (var j = 0; j < v.length; j++) v[j] = d.charAt(j) || '';
          setAll(v);
          var boxes = e.target.parentNode.querySelectorAll('input');
          var last = boxes[Math.min(d.length, boxes.length - 1)];
          if (last) last.focus();
        } });
    }));
  }

  /* ---------- Dropdown (filter, panel appended to body) ---------- */
  function ddList() {
    var f = S.dd.filter.trim().toLowerCase();
    return S.api.gsps.filter(function (g) { return !f || g.toLowerCase().indexOf(f) >= 0; });
  }
  function ddOpen() {
    if (S.dd.open) return;
    S.dd.open = true;
    S.dd.focused = ddList().indexOf(S.api.gsp);
    after(function () {
      ddAlign();
      var fi = document.querySelector('.p-dropdown-panel .p-dropdown-filter');
      if (fi) fi.focus();
      ddScroll();
    });
  }
  function ddClose(refocus) {
    if (!S.dd.open) return;
    S.dd.open = false;
    render();
    if (refocus) after(function () { var i = document.getElementById('gspInput'); if (i) i.focus(); });
  }
  function ddSelect(g) { S.api.gsp = g; delete S.api.errs.gsp; ddClose(true); }
  function ddAlign() {
    var el = R.portalEl('dd-gsp'), t = document.getElementById('gsp');
    if (!el || !t) return;
    var r = t.getBoundingClientRect();
    el.style.minWidth = r.width + 'px';
    var ph = el.offsetHeight, pw = el.offsetWidth, vh = window.innerHeight, vw = document.documentElement.clientWidth, sy = window.pageYOffset, sx = window.pageXOffset, top, origin;
    if (r.top + r.height + ph > vh) { top = r.top + sy - ph; origin = 'bottom'; if (top < 0) top = sy; }
    else { top = r.top + r.height + sy; origin = 'top'; }
    var left = r.left + pw > vw ? Math.max(0, r.left + sx + r.width - pw) : r.left + sx;
    el.style.top = top + 'px';
    el.style.left = left + 'px';
    el.style.transformOrigin = origin;
  }
  function ddScroll() {
    var el = R.portalEl('dd-gsp');
    if (!el) return;
    var li = el.querySelector('.p-dropdown-item.p-focus') || el.querySelector('.p-dropdown-item.p-highlight');
    if (li) li.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
  function Dropdown(invalid) {
    var open = S.dd.open, sel = S.api.gsp;
    return h('div', { id: 'gsp', className: cx('p-dropdown p-component p-inputwrapper', sel && 'p-inputwrapper-filled', (S.focus === 'gspInput' || open) && 'p-focus p-inputwrapper-focus', open && 'p-overlay-open', invalid && 'p-invalid'), 'data-pc-name': 'dropdown', 'data-pc-section': 'root',
      onClick: function () {
        if (S.dd.open) ddClose(true);
        else { ddOpen(); var i = document.getElementById('gspInput'); if (i) i.focus(); }
      } },
      h('div', { className: 'p-hidden-accessible', 'data-p-hidden-accessible': 'true' },
        h('input', { id: 'gspInput', type: 'text', readonly: true, role: 'combobox', 'aria-haspopup': 'listbox', 'aria-expanded': String(open), 'aria-controls': open ? 'gsp_list' : null, 'aria-label': sel || 'Select your GSP', 'aria-invalid': invalid ? 'true' : null, 'aria-activedescendant': open && S.dd.focused >= 0 ? 'gsp_' + S.dd.focused : null, onFocus: focusTrack('gspInput'), onBlur: blurTrack('gspInput'),
          onKeyDown: function (e) {
            var k = e.key;
            if (k === 'ArrowDown' || k === 'Enter' || k === ' ') { e.preventDefault(); if (!S.dd.open) { ddOpen(); render(); } }
            else if (k === 'Escape' && S.dd.open) { e.preventDefault(); ddClose(true); }
            else if (k === 'Tab') ddClose(false);
          } })),
      h('span', { className: cx('p-dropdown-label p-inputtext', !sel && 'p-placeholder'), 'data-pc-section': 'input' }, sel || 'Select your GSP'),
      h('div', { className: 'p-dropdown-trigger', role: 'button', 'aria-haspopup': 'listbox', 'aria-expanded': String(open), 'data-pc-section': 'trigger' }, icon('p-dropdown-trigger-icon p-clickable', 'chevronDown')),
      open ? DropdownPanel() : null);
  }
  function DropdownPanel() {
    var list = ddList(), sel = S.api.gsp;
    return portal('dd-gsp', h('div', { className: 'p-dropdown-panel p-component p-ripple-disabled', style: 'z-index: ' + R.zIndex('dd-gsp', 'overlay') + '; position: absolute;', transition: { name: 'p-connected-overlay', enter: 120, exit: 100 }, 'data-pc-section': 'panel' },
      h('div', { className: 'p-dropdown-header', 'data-pc-section': 'header' },
        h('div', { className: 'p-dropdown-filter-container', 'data-pc-section': 'filtercontainer' },
          h('input', { type: 'text', autocomplete: 'off', className: 'p-dropdown-filter p-inputtext p-component', placeholder: 'Search', value: S.dd.filter, 'aria-owns': 'gsp_list', 'data-pc-section': 'filterinput',
            onInput: function (e) { S.dd.filter = e.target.value; S.dd.focused = -1; render(); after(ddAlign); },
            onKeyDown: function (e) {
              var l = ddList(), k = e.key;
              if (k === 'ArrowDown') { e.preventDefault(); S.dd.focused = Math.min(l.length - 1, S.dd.focused + 1); render(); after(ddScroll); }
              else if (k === 'ArrowUp') { e.preventDefault(); S.dd.focused = Math.max(0, S.dd.focused - 1); render(); after(ddScroll); }
              else if (k === 'Enter') { e.preventDefault(); var g = l[S.dd.focused]; if (g) ddSelect(g); else ddClose(true); }
              else if (k === 'Escape') { e.preventDefault(); ddClose(true); }
              else if (k === 'Tab') ddClose(false);
            } }),
          icon('p-dropdown-filter-icon', 'search'))),
      h('div', { className: 'p-dropdown-items-wrapper', style: 'max-height: 200px;', 'data-pc-section': 'wrapper' },
        h('ul', { id: 'gsp_list', className: 'p-dropdown-items', role: 'listbox', 'data-pc-section': 'list' },
          list.length ? list.map(function (g, i) {
            var isSel = g === sel, isF = i === S.dd.focused;
            return h('li', { key: g, id: 'gsp_' + i, className: cx('p-dropdown-item', isSel && 'p-highlight', isF && 'p-focus'), role: 'option', 'aria-label': g, 'aria-selected': String(isSel), 'aria-setsize': String(list.length), 'aria-posinset': String(i + 1), 'data-p-highlight': String(isSel), 'data-p-focused': String(isF), 'data-pc-section': 'item', onClick: function () { ddSelect(g); } }, g);
          }) : h('li', { className: 'p-dropdown-empty-message', role: 'option', 'data-pc-section': 'emptymessage' }, 'No results found')))));
  }
  R.onBeforeClick(function (e) {
    if (!S.dd.open) return;
    var t = e.target, dd = document.getElementById('gsp'), p = R.portalEl('dd-gsp');
    if ((dd && dd.contains(t)) || (p && p.contains(t))) return;
    ddClose(false);
  });
  window.addEventListener('scroll', function () { if (S.dd.open) ddClose(false); });
  window.addEventListener('resize', function () { if (S.dd.open) ddClose(false); });

  /* ================= application state ================= */
  function freshLogin(open, expired) {
    return { open: open, step: 'cred', username: '', password: '', shown: false, captcha: '', img: '', errs: {}, msgs: expired ? [msg('warn', 'Session Expired', 'Your session has expired. Please login again.')] : [], otp: ['', '', '', '', '', ''], otpErr: '', mobile: '' };
  }
  function freshApi() {
    return { loading: true, step: 'otp', gstin: '', mobile: '', gsps: [], registered: [], sent: false, otp: '', otpErr: '', otpMsgs: [], countdown: 0, mode: null, gsp: null, username: '', password: '', confirm: '', shown1: false, shown2: false, errs: {}, formMsgs: [], confirmOpen: false };
  }
  var S = {
    path: location.pathname, search: location.search, booted: false, session: null, focus: null,
    toasts: [], blocked: 0, login: freshLogin(false, false),
    popup: { open: false, name: '', mobile: '', email: '', errs: {} },
    pm: { active: null, exp: {} }, dash: null, api: freshApi(),
    dd: { open: false, filter: '', focused: -1 }
  };
  function authed() { return !!(S.session && S.session.authenticated); }
  function user() { return (S.session && S.session.user) || { gstin: '', legalName: '', username: '' }; }

  /* ---------- fetch with BlockUI; 401 = lost session ---------- */
  var savedFocus = null;
  function block(d) {
    var before = S.blocked;
    S.blocked = Math.max(0, S.blocked + d);
    var b = document.body;
    if (before === 0 && S.blocked > 0) {
      savedFocus = document.activeElement;
      b.style.setProperty('--scrollbar-width', (window.innerWidth - document.documentElement.clientWidth) + 'px');
      b.classList.add('p-overflow-hidden');
      if (savedFocus && savedFocus.blur) savedFocus.blur();
    } else if (before > 0 && S.blocked === 0) {
      b.classList.remove('p-overflow-hidden');
      b.style.removeProperty('--scrollbar-width');
      if (savedFocus && savedFocus.isConnected && savedFocus.focus && savedFocus !== document.body) savedFocus.focus();
      savedFocus = null;
    }
    render();
  }
  function api(method, url, body, quiet) {
    if (!quiet) block(1);
    var init = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } };
    if (body) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
    return fetch(url, init)
      .then(function (r) { return r.json().catch(function () { return {}; }).then(function (d) { return { ok: r.ok, status: r.status, data: d || {} }; }); })
      .catch(function () { return { ok: false, status: 0, data: { message: 'Unable to reach the server. Please check your network connection and try again.' } }; })
      .then(function (res) {
        if (!quiet) block(-1);
        if (res.status === 401) { sessionLost(res.data.message); return null; }
        if (res.status === 0) toast('error', 'Network Error', res.data.message);
        return res;
      });
  }
  function sessionLost(message) {
    S.session = { authenticated: false };
    S.popup.open = false;
    S.api.confirmOpen = false;
    ddClose(false);
    stopCountdown();
    toast('error', 'Session Expired', message || 'Your session has expired. Please login again.');
    navigate('/login?reason=session-expired');
  }

  /* ---------- routing (History API) ---------- */
  var TITLES = { '/': 'Home', '/login': 'Login', '/dashboard': 'Dash Board', '/api-registration/create-api-user': 'Create API User' };
  function navigate(to, replace) {
    if (replace) history.replaceState(null, '', to); else history.pushState(null, '', to);
    S.path = location.pathname;
    S.search = location.search;
    onRoute();
    render();
  }
  window.addEventListener('popstate', function () { S.path = location.pathname; S.search = location.search; onRoute(); render(); });
  function onRoute() {
    ddClose(false);
    stopCountdown();
    var p = S.path, leaf = findLeaf(p);
    document.title = (TITLES[p] || (leaf ? leaf.label : 'e-Invoice System')) + ' | e-Invoice System';
    window.scrollTo(0, 0);
    if (p === '/login') {
      if (authed()) { navigate('/dashboard', true); return; }
      openLogin(/reason=session-expired/.test(S.search));
      return;
    }
    if (p === '/') return;
    if (!authed()) { navigate('/login?reason=session-expired', true); return; }
    S.login.open = false;
    if (p === '/dashboard') loadDashboard();
    else if (p === '/api-registration/create-api-user') startApi();
  }

  /* ================= login ================= */
  function openLogin(expired) {
    S.login = freshLogin(true, expired);
    loadCaptcha();
    after(function () { var u = document.getElementById('username'); if (u) u.focus(); });
  }
  function closeLogin() {
    S.login.open = false;
    if (S.path === '/login') navigate('/', true); else render();
  }
  function loadCaptcha() {
    var L = S.login;
    api('GET', '/api/auth/captcha?_=' + Date.now(), null, true).then(function (r) {
      if (r && r.ok && S.login === L) { L.img = r.data.image; render(); }
    });
  }
  function doLogin(e) {
    e.preventDefault();
    var L = S.login;
    L.errs = {};
    if (!L.username.trim()) L.errs.username = 'Username is required.';
    if (!L.password) L.errs.password = 'Password is required.';
    if (!L.captcha.trim()) L.errs.captcha = 'Captcha is required.';
    if (Object.keys(L.errs).length) { render(); return; }
    L.msgs = [];
    api('POST', '/api/auth/login', { username: L.username.trim(), password: L.password, captcha: L.captcha.trim() }).then(function (r) {
      if (!r || S.login !== L) return;
      if (r.ok) {
        L.step = 'otp';
        L.mobile = r.data.mobile;
        L.otp = ['', '', '', '', '', ''];
        L.msgs = [msg('info', '', 'An OTP has been sent to your registered mobile number ' + r.data.mobile + '.')];
        after(function () { var b = document.querySelector('.p-inputotp-input'); if (b) b.focus(); });
      } else {
        var m = r.data.message || 'Login failed.';
        if (r.data.code === 'captcha') L.errs.captcha = m; else L.msgs = [msg('error', 'Error', m)];
        toast('error', 'Error', m);
        L.captcha = '';
        loadCaptcha();
      }
      render();
    });
  }
  function verifyLoginOtp(e) {
    e.preventDefault();
    var L = S.login, code = L.otp.join('');
    if (!/^\d{6}$/.test(code)) { L.otpErr = 'Please enter the complete 6-digit OTP.'; render(); return; }
    api('POST', '/api/auth/otp/verify', { otp: code }).then(function (r) {
      if (!r || S.login !== L) return;
      if (!r.ok) {
        L.otpErr = r.data.message || 'Invalid OTP.';
        L.otp = ['', '', '', '', '', ''];
        toast('error', 'Error', L.otpErr);
        after(function () { var b = document.querySelector('.p-inputotp-input'); if (b) b.focus(); });
        render();
        return;
      }
      S.session = { authenticated: true, user: r.data.user };
      S.login.open = false;
      S.popup = { open: !!r.data.showContacts, name: '', mobile: '', email: '', errs: {} };
      S.pm = { active: null, exp: {} };
      navigate('/dashboard');
    });
  }
  function LoginDialog() {
    var L = S.login;
    var content = L.step === 'cred'
      ? h('form', { className: 'login-form', onSubmit: doLogin, novalidate: true, autocomplete: 'off', key: 'cred' },
          Messages(L.msgs, function (id) { L.msgs = L.msgs.filter(function (m) { return m.id !== id; }); render(); }),
          FloatField('username', 'Username', InputText({ id: 'username', value: L.username, invalid: !!L.errs.username, attrs: { autocomplete: 'username', onFocus: focusTrack('username'), onBlur: blurTrack('username') }, onInput: function (e) { L.username = e.target.value; delete L.errs.username; render(); } }), L.errs.username),
          FloatField('password', 'Password', Password({ id: 'password', value: L.password, shown: L.shown, invalid: !!L.errs.password, autocomplete: 'current-password', onInput: function (e) { L.password = e.target.value; delete L.errs.password; render(); }, onToggle: function () { L.shown = !L.shown; render(); } }), L.errs.password),
          h('div', { className: 'captcha-row' },
            L.img ? h('img', { id: 'captchaImage', src: L.img, alt: 'Captcha', draggable: 'false' }) : h('div', { className: 'captcha-row-wait' }, Spinner(null, 'Loading captcha')),
            Button({ icon: 'refresh', className: 'p-button-rounded p-button-text', ariaLabel: 'Refresh Captcha', onClick: function () { L.captcha = ''; loadCaptcha(); render(); } })),
          FloatField('captcha', 'Enter Captcha', InputText({ id: 'captcha', value: L.captcha, invalid: !!L.errs.captcha, attrs: { maxlength: '6', autocomplete: 'off', spellcheck: 'false' }, onInput: function (e) { L.captcha = e.target.value; delete L.errs.captcha; render(); } }), L.errs.captcha),
          Button({ label: 'Login', type: 'submit', className: 'w-full' }),
          h('div', { className: 'login-links' },
            Button({ label: 'Forgot Username', className: 'p-button-link p-button-sm', onClick: function () { toast('info', 'Forgot Username', 'Please use the Forgot Username option of the GST Common Portal.'); } }),
            Button({ label: 'Forgot Password', className: 'p-button-link p-button-sm', onClick: function () { toast('info', 'Forgot Password', 'Please use the Forgot Password option of the GST Common Portal.'); } })))
      : h('form', { className: 'login-form', onSubmit: verifyLoginOtp, novalidate: true, autocomplete: 'off', key: 'otp' },
          Messages(L.msgs, function (id) { L.msgs = L.msgs.filter(function (m) { return m.id !== id; }); render(); }),
          h('p', { className: 'otp-hint' }, 'Two-factor authentication: enter the 6-digit OTP sent by SMS to ' + L.mobile + ', or the code shown in the Sandes or NIC-GST-Shield app.'),
          h('label', { className: 'otp-label' }, 'Enter OTP'),
          InputOtp(function () { return S.login.otp; }, function (v) { S.login.otp = v; S.login.otpErr = ''; render(); }, !!L.otpErr),
          L.otpErr ? h('small', { className: 'p-error' }, L.otpErr) : null,
          Button({ label: 'Verify OTP', type: 'submit', className: 'w-full' }),
          h('div', { className: 'login-links' },
            Button({ label: 'Back to Login', className: 'p-button-text p-button-sm', onClick: function () { S.login = freshLogin(true, false); loadCaptcha(); render(); } }),
            Button({ label: 'Resend OTP', className: 'p-button-link p-button-sm', onClick: function () {
              api('POST', '/api/auth/otp/resend', {}).then(function (r) { if (r && r.ok) toast('info', 'OTP Sent', 'A new OTP has been sent to ' + L.mobile + '.'); else if (r) toast('error', 'Error', r.data.message); });
            } })));
    return Dialog({ key: 'login', id: 'login_dialog', header: L.step === 'cred' ? 'Login to e-Invoice System' : 'Verify OTP', width: '28rem', onHide: closeLogin, content: content, focusSel: L.step === 'cred' ? '#username' : '.p-inputotp-input' });
  }

  /* ================= post-login popup ================= */
  function closePopup() { S.popup.open = false; render(); }
  function ContactsDialog() {
    var P = S.popup;
    function fld(id, label, key, type) {
      return h('div', { className: 'field' }, h('label', { 'for': id }, label),
        InputText({ id: id, type: type || 'text', value: P[key], invalid: !!P.errs[key], onInput: function (e) { P[key] = e.target.value; delete P.errs[key]; render(); } }),
        P.errs[key] ? h('small', { className: 'p-error' }, P.errs[key]) : null);
    }
    return Dialog({ key: 'contacts', id: 'contacts_dialog', header: 'Contacts of Technical Person', width: '36rem', onHide: closePopup,
      content: [h('p', { className: 'dialog-text' }, 'Please provide the details of the technical person of your organisation. NIC will use them to reach you about API access, IP whitelisting and system issues.'),
        fld('tpName', 'Name', 'name'), fld('tpMobile', 'Mobile Number', 'mobile', 'tel'), fld('tpEmail', 'E-mail ID', 'email', 'email')],
      footer: [Button({ label: 'Update', icon: 'check', onClick: function () {
          P.errs = {};
          if (!P.name.trim()) P.errs.name = 'Name is required.';
          if (!/^[6-9]\d{9}$/.test(P.mobile.trim())) P.errs.mobile = 'Enter a valid 10-digit mobile number.';
          if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(P.email.trim())) P.errs.email = 'Enter a valid e-mail ID.';
          if (Object.keys(P.errs).length) { render(); return; }
          api('POST', '/api/profile/technical-contact', { name: P.name.trim(), mobile: P.mobile.trim(), email: P.email.trim() }).then(function (r) {
            if (r && r.ok) { toast('success', 'Success', 'Contact details of the technical person have been updated.'); closePopup(); }
          });
        } }),
        Button({ label: 'Exit', icon: 'times', className: 'p-button-danger', onClick: closePopup })] });
  }

  /* ================= layout ================= */
  function Logo() {
    return h('a', { href: '/', className: 'brand', onClick: function (e) { e.preventDefault(); navigate(authed() ? '/dashboard' : '/'); } },
      h('svg', { width: '40', height: '40', viewBox: '0 0 40 40', 'aria-hidden': 'true' },
        h('circle', { cx: '20', cy: '20', r: '19', fill: '#1e3a8a' }),
        h('circle', { cx: '20', cy: '20', r: '14', fill: 'none', stroke: '#fbbf24', 'stroke-width': '2' }),
        h('path', { d: 'M13 21h14M20 13v14', stroke: '#fff', 'stroke-width': '2.5', 'stroke-linecap': 'round' })),
      h('span', { className: 'brand-text' }, h('span', { className: 'brand-title' }, 'e-Invoice System'), h('span', { className: 'brand-sub' }, 'Goods and Services Tax, Government of India')));
  }
  function Topbar() {
    var inside = authed() && S.path !== '/' && S.path !== '/login';
    var items = inside
      ? [{ label: 'Dashboard', cmd: function () { navigate('/dashboard'); } }, { label: 'Help' }, { label: 'Contact Us' }]
      : [{ label: 'Home', cmd: function () { navigate('/'); } }, { label: 'e-Invoice Status' }, { label: 'Help' }, { label: 'Contact Us' }];
    var end = inside
      ? [h('div', { className: 'user-chip' }, h('b', null, user().legalName), h('span', null, 'GSTIN: ' + user().gstin)),
         Button({ label: 'Logout', icon: 'signOut', className: 'p-button-outlined p-button-secondary', onClick: function () {
           api('POST', '/api/auth/logout', {}).then(function () { S.session = { authenticated: false }; toast('success', 'Logged Out', 'You have been logged out successfully.'); navigate('/'); });
         } })]
      : authed() ? Button({ label: 'Dashboard', onClick: function () { navigate('/dashboard'); } })
        : Button({ label: 'Login', onClick: function () { openLogin(false); render(); } });
    return h('div', { id: 'topbar', className: 'p-menubar p-component', 'data-pc-name': 'menubar', 'data-pc-section': 'root' },
      h('div', { className: 'p-menubar-start', 'data-pc-section': 'start' }, Logo()),
      h('a', { href: '#', role: 'button', tabindex: '0', className: 'p-menubar-button', 'aria-haspopup': 'true', 'aria-expanded': 'false', 'aria-label': 'Navigation', 'aria-controls': 'topbar_list', onClick: function (e) { e.preventDefault(); } }, icon('', 'bars')),
      h('ul', { id: 'topbar_list', className: 'p-menubar-root-list', role: 'menubar', tabindex: '0', 'data-pc-section': 'menu' }, items.map(function (it, i) {
        return h('li', { key: it.label, id: 'topbar_' + i, className: 'p-menuitem', role: 'menuitem', 'aria-label': it.label, 'aria-level': '1', 'aria-setsize': String(items.length), 'aria-posinset': String(i + 1), 'data-p-highlight': 'false', 'data-p-focused': 'false', 'data-p-disabled': 'false', 'data-pc-section': 'menuitem' },
          h('div', { className: 'p-menuitem-content', 'data-pc-section': 'content', onClick: function (e) {
              e.preventDefault();
              if (it.cmd) it.cmd(); else toast('info', it.label, 'Helpdesk: 1800 1200 232 (toll free), e-mail support.einvoice@gov.in.');
            } },
            h('a', { href: '#', className: 'p-menuitem-link', tabindex: '-1', 'aria-hidden': 'true', 'data-pc-section': 'action' }, h('span', { className: 'p-menuitem-text', 'data-pc-section': 'label' }, it.label))));
      })),
      h('div', { className: 'p-menubar-end', 'data-pc-section': 'end' }, end));
  }
  function Footer() {
    return h('footer', { className: 'layout-footer' }, 'Site owned by Goods and Services Tax Network. Designed, developed and hosted by National Informatics Centre. Best viewed in the latest Chrome, Edge and Firefox.');
  }
  function Home() {
    return h('div', { className: 'layout-public' }, Topbar(),
      h('main', { className: 'home-main' },
        h('div', { className: 'hero' },
          h('h1', null, 'e-Invoice System'),
          h('p', null, 'Report your B2B invoices to the Invoice Registration Portal and obtain the Invoice Reference Number (IRN) and signed QR code. Register API users for your GSP or ERP, generate e-Way Bills by IRN and view MIS reports.'),
          h('div', { className: 'hero-stats' },
            h('div', { className: 'hero-stat' }, h('b', null, '412.6 Cr'), 'IRNs generated'),
            h('div', { className: 'hero-stat' }, h('b', null, '5.2 L'), 'Taxpayers enabled'))),
        h('div', { className: 'p-card p-component home-card', 'data-pc-name': 'card' },
          h('div', { className: 'p-card-body' },
            h('div', { className: 'p-card-title' }, 'Latest Updates'),
            h('div', { className: 'p-card-content' },
              h('ul', { className: 'updates' },
                h('li', null, 'Two-factor authentication (2FA) is mandatory for all taxpayers from 1st April 2025.'),
                h('li', null, 'OTP can be received by SMS, the Sandes app or the NIC-GST-Shield app.'),
                h('li', null, 'API users are created per GSTIN and per GSP under API Registration.')))))),
      Footer());
  }

  /* ---------- PanelMenu sidebar ---------- */
  var MENU = [
    { key: 'dash', label: 'Dashboard', path: '/dashboard' },
    { key: 'einv', label: 'e-Invoice', items: [{ label: 'Generate IRN', path: '/einvoice/generate' }, { label: 'Bulk Upload', path: '/einvoice/bulk-upload' }, { label: 'Cancel IRN', path: '/einvoice/cancel' }, { label: 'Print e-Invoice', path: '/einvoice/print' }] },
    { key: 'ewb', label: 'e-Way Bill', items: [{ label: 'Generate EWB by IRN', path: '/ewb/generate-by-irn' }, { label: 'Cancel EWB', path: '/ewb/cancel' }] },
    { key: 'api', label: 'API Registration', items: [
      { key: 'creds', label: 'User Credentials', items: [{ label: 'Create API User', path: '/api-registration/create-api-user' }, { label: 'Change API Password', path: '/api-registration/change-password' }, { label: 'Freeze API User', path: '/api-registration/freeze-api-user' }] },
      { label: 'IP Whitelisting', path: '/api-registration/ip-whitelisting' }] },
    { key: 'mis', label: 'MIS Reports', items: [{ label: 'IRN Details', path: '/mis/irn-details' }, { label: 'Summary Report', path: '/mis/summary' }] },
    { key: 'um', label: 'User Management', items: [{ label: 'Create Sub-User', path: '/users/create' }, { label: 'Freeze Sub-User', path: '/users/freeze' }] }
  ];
  function findLeaf(p) {
    var found = null;
    (function walk(items) { items.forEach(function (it) { if (it.path === p) found = it; if (it.items) walk(it.items); }); })(MENU);
    return found;
  }
  var TOGGLE = { name: 'p-toggleable-content', enter: 1000, exit: 450 };
  function SubList(items, cls, pkey, level) {
    return h('ul', { className: cls, role: level === 1 ? 'tree' : 'group', tabindex: level === 1 ? '0' : null, 'data-pc-section': level === 1 ? 'menu' : 'submenu' }, items.map(function (it, i) {
      var k = pkey + '_' + (it.key || i), open = !!S.pm.exp[k];
      return h('li', { key: k, id: 'pm_' + k, className: 'p-menuitem', role: 'treeitem', 'aria-label': it.label, 'aria-level': String(level), 'aria-expanded': it.items ? String(open) : null, 'aria-setsize': String(items.length), 'aria-posinset': String(i + 1), 'data-p-focused': 'false', 'data-p-disabled': 'false', 'data-pc-section': 'menuitem' },
        h('div', { className: 'p-menuitem-content', 'data-pc-section': 'content' },
          h('a', { href: '#', className: 'p-menuitem-link', tabindex: '-1', 'data-pc-section': 'action', onClick: function (e) {
              e.preventDefault();
              if (it.items) { S.pm.exp[k] = !open; render(); } else navigate(it.path);
            } },
            it.items ? icon('p-submenu-icon', open ? 'chevronDown' : 'chevronRight') : null,
            h('span', { className: 'p-menuitem-text', 'data-pc-section': 'label' }, it.label))),
        it.items && open ? h('div', { key: k + '_c', className: 'p-toggleable-content', transition: TOGGLE, 'data-pc-section': 'toggleablecontent' }, SubList(it.items, 'p-submenu-list', k, level + 1)) : null);
    }));
  }
  function PanelMenu() {
    return h('div', { className: 'p-panelmenu p-component', 'data-pc-name': 'panelmenu', 'data-pc-section': 'root' }, MENU.map(function (p) {
      var active = S.pm.active === p.key, hid = 'pm_' + p.key + '_header', cid = 'pm_' + p.key + '_content';
      return h('div', { key: p.key, className: 'p-panelmenu-panel', 'data-pc-section': 'panel' },
        h('div', { id: hid, className: cx('p-panelmenu-header', active && 'p-highlight'), 'data-p-highlight': String(active), 'data-pc-section': 'header' },
          h('a', { href: '#', className: 'p-panelmenu-header-link', role: 'button', tabindex: '0', 'aria-expanded': p.items ? String(active) : null, 'aria-controls': p.items ? cid : null, 'aria-label': p.label, 'data-pc-section': 'headeraction',
            onClick: function (e) {
              e.preventDefault();
              if (!p.items) { navigate(p.path); return; }
              S.pm.active = active ? null : p.key;
              render();
            },
            onKeyDown: function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); e.target.click(); } } },
            p.items ? icon('p-submenu-icon', active ? 'chevronDown' : 'chevronRight') : null,
            h('span', { className: 'p-menuitem-text', 'data-pc-section': 'headerlabel' }, p.label))),
        p.items && active ? h('div', { key: cid, id: cid, className: 'p-toggleable-content', role: 'region', 'aria-labelledby': hid, transition: TOGGLE, 'data-pc-section': 'toggleablecontent' },
          h('div', { className: 'p-panelmenu-content', 'data-pc-section': 'menucontent' }, SubList(p.items, 'p-panelmenu-root-list', p.key, 1))) : null);
    }));
  }
  function Card(title, subtitle, body) {
    return h('div', { className: 'p-card p-component', 'data-pc-name': 'card' },
      h('div', { className: 'p-card-body', 'data-pc-section': 'body' },
        h('div', { className: 'p-card-title', 'data-pc-section': 'title' }, title),
        subtitle ? h('div', { className: 'p-card-subtitle', 'data-pc-section': 'subtitle' }, subtitle) : null,
        h('div', { className: 'p-card-content', 'data-pc-section': 'content' }, body)));
  }
  function Private() {
    var p = S.path, leaf = findLeaf(p), content;
    if (p === '/dashboard') content = Dashboard();
    else if (p === '/api-registration/create-api-user') content = CreateApiUser();
    else if (leaf) content = Card(leaf.label, null, h('p', null, 'No records to display.'));
    else content = Card('Page Not Found', null, h('p', null, 'The page you requested does not exist.'));
    return h('div', { className: 'layout-private' }, Topbar(),
      h('div', { className: 'layout-main' },
        h('aside', { className: 'layout-sidebar' }, PanelMenu()),
        h('section', { className: 'layout-content', key: p }, content)),
      Footer());
  }
  function loadDashboard() {
    api('GET', '/api/dashboard').then(function (r) { if (r && r.ok) { S.dash = r.data; render(); } });
  }
  function Dashboard() {
    var d = S.dash;
    function stat(title, v, note) { return Card(title, note, h('div', { className: 'stat-value' }, d ? String(v) : '-')); }
    return h('div', null,
      h('h2', { className: 'page-title' }, 'Dash Board'),
      h('div', { className: 'stat-cards' },
        stat('Generations', d && d.generations, 'IRNs generated this month'),
        stat('Cancelled', d && d.cancelled, 'IRNs cancelled this month'),
        stat('API Users', d && d.apiUsers, 'Active API users of this GSTIN')));
  }

  /* ================= Create API User ================= */
  var timer = null;
  function stopCountdown() { if (timer) { clearInterval(timer); timer = null; } }
  function startCountdown(sec) {
    stopCountdown();
    var a = S.api;
    a.countdown = sec;
    timer = setInterval(function () {
      a.countdown = Math.max(0, a.countdown - 1);
      if (!a.countdown) stopCountdown();
      render();
    }, 1000);
  }
  function mmss(s) { var m = Math.floor(s / 60), r = s % 60; return (m < 10 ? '0' : '') + m + ':' + (r < 10 ? '0' : '') + r; }
  function startApi() {
    S.api = freshApi();
    S.dd = { open: false, filter: '', focused: -1 };
    var a = S.api;
    api('POST', '/api/api-user/start', {}).then(function (r) {
      if (!r || S.api !== a) return;
      if (!r.ok) { toast('error', 'Error', r.data.message || 'Unable to open API registration.'); return; }
      a.loading = false;
      a.gstin = r.data.gstin;
      a.mobile = r.data.mobile;
      a.gsps = r.data.gsps;
      a.registered = r.data.registered;
      render();
    });
  }
  function sendApiOtp() {
    var a = S.api;
    api('POST', '/api/api-user/otp/send', {}).then(function (r) {
      if (!r || S.api !== a) return;
      if (!r.ok) { toast('error', 'Error', r.data.message || 'Unable to send OTP.'); return; }
      a.sent = true;
      a.otp = '';
      a.otpErr = '';
      a.otpMsgs = [msg('success', '', 'OTP has been sent to your registered mobile number ' + a.mobile + '. It is valid for 10 minutes.')];
      startCountdown(r.data.resendAfter || 60);
      after(function () { var el = document.getElementById('apiOtp'); if (el) el.focus(); });
    });
  }
  function verifyApiOtp(e) {
    e.preventDefault();
    var a = S.api;
    if (!/^\d{6}$/.test(a.otp.trim())) { a.otpErr = 'Please enter the 6-digit OTP.'; render(); return; }
    api('POST', '/api/api-user/otp/verify', { otp: a.otp.trim() }).then(function (r) {
      if (!r || S.api !== a) return;
      if (!r.ok) {
        a.otpErr = r.data.message || 'Invalid OTP.';
        toast('error', 'Error', a.otpErr);
        after(function () { var el = document.getElementById('apiOtp'); if (el) { el.focus(); el.select(); } });
        render();
        return;
      }
      stopCountdown();
      a.step = 'form';
      a.otpMsgs = [];
      toast('success', 'Success', 'OTP verified successfully.');
      render();
    });
  }
  var USER_RE = /^[A-Za-z0-9]{4,11}$/;
  var PWD_RE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
  var PWD_RULE = 'Password must be 8 to 15 characters long with at least one upper case letter, one lower case letter, one digit and one special character.';
  function submitApi(e) {
    e.preventDefault();
    var a = S.api, er = {};
    a.formMsgs = [];
    if (!a.mode) er.mode = 'Please select an option.';
    else if (a.mode !== 'gsp') { a.formMsgs = [msg('error', 'Error', 'This registration option is not available for your GSTIN. Please choose "Through GSP".')]; a.errs = er; render(); return; }
    else {
      if (!a.gsp) er.gsp = 'Please select your GSP.';
      if (!a.username.trim()) er.username = 'Username is required.';
      else if (/^api_/i.test(a.username.trim())) er.username = 'Do not type the prefix API_; it is added for you.';
      else if (!USER_RE.test(a.username.trim())) er.username = 'Username must be 4 to 11 letters or digits.';
      if (!a.password) er.password = 'Password is required.';
      else if (!PWD_RE.test(a.password)) er.password = PWD_RULE;
      if (!a.confirm) er.confirm = 'Please re-enter the password.';
      else if (a.password && a.confirm !== a.password) er.confirm = 'Passwords do not match.';
    }
    a.errs = er;
    if (Object.keys(er).length) { render(); return; }
    a.confirmOpen = true;
    render();
  }
  function acceptSubmit() {
    var a = S.api;
    a.confirmOpen = false;
    api('POST', '/api/api-user/register', { mode: a.mode, gsp: a.gsp, username: a.username.trim(), password: a.password, confirmPassword: a.confirm }).then(function (r) {
      if (!r || S.api !== a) return;
      if (r.ok) {
        a.formMsgs = [msg('success', 'Success', r.data.message)];
        toast('success', 'Success', r.data.message);
        a.registered = r.data.registered;
        a.username = '';
        a.password = '';
        a.confirm = '';
      } else {
        var m = r.data.message || 'Registration failed.';
        a.formMsgs = [msg('error', 'Error', m)];
        toast('error', 'Error', m);
        if (r.data.code === 'username-taken') a.errs.username = 'This user name is already taken.';
        if (r.data.code === 'duplicate') a.errs.gsp = 'Already registered with this GSP.';
      }
      render();
      after(function () { var m = document.querySelector('.api-form .p-messages'); if (m && m.scrollIntoView) m.scrollIntoView({ block: 'nearest' }); });
    });
  }
  function ConfirmSubmit() {
    var a = S.api;
    function reject() { a.confirmOpen = false; render(); }
    return Dialog({ key: 'confirm', id: 'confirm_dialog', role: 'alertdialog', className: 'p-confirm-dialog', pcName: 'confirmdialog', header: 'Confirmation', width: '32rem', onHide: reject, focusSel: '.p-confirm-dialog-accept',
      content: [icon('p-confirm-dialog-icon', 'warn'), h('span', { className: 'p-confirm-dialog-message' }, 'Do you want to create the API user API_' + a.username.trim() + ' for GSP ' + a.gsp + '?')],
      footer: [Button({ label: 'No', className: 'p-confirm-dialog-reject p-button-text', onClick: reject }), Button({ label: 'Yes', className: 'p-confirm-dialog-accept', onClick: acceptSubmit })] });
  }
  function req() { return h('span', { className: 'p-error' }, ' *'); }
  function help(id, err, text) { return err ? h('small', { id: id + '-help', className: 'p-error' }, err) : text ? h('small', { id: id + '-help', className: 'p-help' }, text) : null; }
  var MODES = [['direct', 'Directly'], ['gsp', 'Through GSP'], ['erp', 'Through ERP'], ['other', 'Through Client-Id of other']];
  var MODE_NOTES = {
    direct: 'Direct API access is given only to taxpayers whose aggregate turnover exceeds the limit notified by the GST Council. Your GSTIN is not eligible for direct API access.',
    erp: 'Registration through ERP needs an ERP whitelisted with NIC for your GSTIN. No ERP is whitelisted for your GSTIN.',
    other: 'Registration through the Client-Id of another taxpayer needs that taxpayer to add your GSTIN first. No such request is pending for your GSTIN.'
  };
  function ApiOtpStep() {
    var a = S.api;
    if (!a.sent) {
      return h('div', { key: 'otp-intro', className: 'api-otp-form' },
        h('p', null, 'To create an API user for GSTIN ' + a.gstin + ', an OTP will be sent to your registered mobile number ' + a.mobile + '.'),
        Button({ label: 'Send OTP', onClick: sendApiOtp }));
    }
    return h('form', { key: 'otp-form', className: 'api-otp-form', onSubmit: verifyApiOtp, novalidate: true, autocomplete: 'off' },
      Messages(a.otpMsgs, function (id) { a.otpMsgs = a.otpMsgs.filter(function (m) { return m.id !== id; }); render(); }),
      h('div', { className: 'field' },
        h('label', { 'for': 'apiOtp' }, 'Enter OTP', req()),
        InputText({ id: 'apiOtp', value: a.otp, invalid: !!a.otpErr, attrs: { inputmode: 'numeric', maxlength: '6', autocomplete: 'one-time-code', placeholder: '6-digit OTP', 'aria-describedby': 'apiOtp-help' }, onInput: function (e) { a.otp = e.target.value.replace(/\D/g, '').slice(0, 6); a.otpErr = ''; render(); } }),
        help('apiOtp', a.otpErr, 'Enter the OTP sent to ' + a.mobile + '.')),
      h('div', { className: 'otp-actions' },
        Button({ label: 'Verify OTP', type: 'submit' }),
        a.countdown > 0 ? h('span', { className: 'otp-timer' }, 'Resend OTP in ' + mmss(a.countdown)) : Button({ label: 'Resend OTP', className: 'p-button-link', onClick: sendApiOtp })));
  }
  function ApiForm() {
    var a = S.api, er = a.errs;
    return h('form', { key: 'api-form', className: 'api-form', onSubmit: submitApi, novalidate: true, autocomplete: 'off' },
      h('div', { className: 'field' },
        h('span', { className: 'field-label' }, 'Do you wish to Register your GSTIN for', req()),
        h('div', { className: 'radio-row' }, MODES.map(function (m) {
          return h('div', { key: m[0], className: 'radio-item' },
            Radio({ id: 'mode_' + m[0], name: 'registrationMode', value: m[0], checked: a.mode === m[0], invalid: !!er.mode, onChange: function () { a.mode = m[0]; delete er.mode; a.formMsgs = []; render(); } }),
            h('label', { 'for': 'mode_' + m[0] }, m[1]));
        })),
        help('mode', er.mode)),
      a.mode && a.mode !== 'gsp' ? Messages([msg('warn', '', MODE_NOTES[a.mode], 'note-' + a.mode)]) : null,
      a.mode === 'gsp' ? h('div', { key: 'gsp-fields' },
        h('div', { className: 'field' },
          h('label', { 'for': 'gspInput' }, 'Select your GSP', req()),
          Dropdown(!!er.gsp),
          help('gsp', er.gsp)),
        h('div', { className: 'field' },
          h('label', { 'for': 'apiUsername' }, 'Username', req()),
          h('div', { className: 'p-inputgroup' },
            h('span', { className: 'p-inputgroup-addon' }, 'API_'),
            InputText({ id: 'apiUsername', value: a.username, invalid: !!er.username, attrs: { maxlength: '11', autocomplete: 'off', 'aria-describedby': 'apiUsername-help' }, onInput: function (e) { a.username = e.target.value; delete er.username; render(); } })),
          help('apiUsername', er.username, 'Type 4 to 11 letters or digits; your API user name will be API_ followed by them.')),
        h('div', { className: 'field' },
          h('label', { 'for': 'apiPassword' }, 'Password', req()),
          Password({ id: 'apiPassword', value: a.password, shown: a.shown1, invalid: !!er.password, autocomplete: 'new-password', onInput: function (e) { a.password = e.target.value; delete er.password; render(); }, onToggle: function () { a.shown1 = !a.shown1; render(); } }),
          help('apiPassword', er.password, '8 to 15 characters with upper case, lower case, digit and special character.')),
        h('div', { className: 'field' },
          h('label', { 'for': 'apiConfirmPassword' }, 'Re-enter Password', req()),
          Password({ id: 'apiConfirmPassword', value: a.confirm, shown: a.shown2, invalid: !!er.confirm, autocomplete: 'new-password', onInput: function (e) { a.confirm = e.target.value; delete er.confirm; render(); }, onToggle: function () { a.shown2 = !a.shown2; render(); } }),
          help('apiConfirmPassword', er.confirm))) : null,
      Messages(a.formMsgs, function (id) { a.formMsgs = a.formMsgs.filter(function (m) { return m.id !== id; }); render(); }),
      h('div', { className: 'form-actions' },
        Button({ label: 'Submit', type: 'submit' }),
        Button({ label: 'Exit', className: 'p-button-danger p-button-outlined', onClick: function () { navigate('/dashboard'); } })));
  }
  function Registered() {
    var a = S.api, cols = ['Sl. No.', 'GSP Name', 'API User Name', 'Created On', 'Status'];
    return h('div', { className: 'registered' },
      h('h3', null, 'GSPs registered for GSTIN ' + a.gstin),
      h('div', { className: 'p-datatable p-component p-datatable-striped', 'data-pc-name': 'datatable' },
        h('div', { className: 'p-datatable-wrapper' },
          h('table', { className: 'p-datatable-table', role: 'table' },
            h('thead', { className: 'p-datatable-thead' }, h('tr', { role: 'row' }, cols.map(function (c) {
              return h('th', { key: c, role: 'columnheader', className: 'p-column-header' }, h('div', { className: 'p-column-header-content' }, h('span', { className: 'p-column-title' }, c)));
            }))),
            h('tbody', { className: 'p-datatable-tbody' }, a.registered.length ? a.registered.map(function (r, i) {
              return h('tr', { key: r.gsp + '|' + r.username, role: 'row', className: i % 2 ? 'p-row-odd' : null },
                h('td', { role: 'cell' }, String(i + 1)), h('td', { role: 'cell' }, r.gsp), h('td', { role: 'cell' }, r.username), h('td', { role: 'cell' }, r.createdOn),
                h('td', { role: 'cell' }, h('span', { className: 'p-tag p-component p-tag-success' }, r.status)));
            }) : h('tr', { className: 'p-datatable-emptymessage', role: 'row' }, h('td', { colspan: '5', role: 'cell' }, 'No GSP is registered for this GSTIN.')))))));
  }
  function CreateApiUser() {
    var a = S.api;
    return Card('API Registration', 'Create API User', a.loading
      ? h('div', { className: 'app-loading' }, Spinner(null, 'Loading'))
      : [a.step === 'otp' ? ApiOtpStep() : ApiForm(), a.step === 'form' ? Registered() : null]);
  }

  /* ================= root ================= */
  function App() {
    var p = S.path, page;
    if (!S.booted) page = h('div', { className: 'app-loading' }, Spinner(null, 'Loading'));
    else if (p === '/' || p === '/login' || !authed()) page = Home();
    else page = Private();
    return h('div', { className: 'layout-wrapper' }, page, Toast(),
      S.login.open ? LoginDialog() : null,
      S.popup.open && authed() ? ContactsDialog() : null,
      S.api.confirmOpen ? ConfirmSubmit() : null,
      S.blocked > 0 ? BlockUI() : null);
  }

  /* Escape closes the top dialog; Tab cycles inside it (PrimeReact Dialog behaviour). */
  document.addEventListener('keydown', function (e) {
    if (e.defaultPrevented) return;
    if (e.key === 'Escape') {
      if (S.api.confirmOpen) { S.api.confirmOpen = false; render(); }
      else if (S.popup.open) closePopup();
      else if (S.login.open) closeLogin();
      return;
    }
    if (e.key !== 'Tab') return;
    var masks = [].slice.call(document.querySelectorAll('body > .p-dialog-mask')).filter(function (m) { return !m.__leaving; });
    var top = masks[masks.length - 1];
    if (!top) return;
    var f = [].slice.call(top.querySelectorAll('button:not([disabled]), input:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])')).filter(function (x) { return x.offsetParent !== null || x.getClientRects().length; });
    if (!f.length) return;
    var i = f.indexOf(document.activeElement);
    if (i < 0) { e.preventDefault(); f[0].focus(); }
    else if (!e.shiftKey && i === f.length - 1) { e.preventDefault(); f[0].focus(); }
    else if (e.shiftKey && i === 0) { e.preventDefault(); f[f.length - 1].focus(); }
  });

  R.mount(document.getElementById('root'), App);
  fetch('/api/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .catch(function () { return { authenticated: false }; })
    .then(function (d) { S.session = d; S.booted = true; onRoute(); render(); });
})();
`;

const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Ccircle cx='16' cy='16' r='15' fill='%231e3a8a'/%3E%3Cpath d='M10 17h12M16 10v13' stroke='%23fff' stroke-width='2.5' stroke-linecap='round'/%3E%3C/svg%3E";

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" type="image/svg+xml" href="${FAVICON}" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>e-Invoice System</title>
    <script type="module" crossorigin src="${ASSET_JS}"></script>
    <link rel="stylesheet" crossorigin href="${ASSET_CSS}">
  </head>
  <body>
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
  </body>
</html>
`;

/* ------------------------------------------------------------------ server */
interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'auth';
  lastSeen: number;
  showContacts: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
}
interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  createdOn: string;
}

const COOKIE = 'EINV_SID';
const IDLE_MS = 20 * 60 * 1000;
const MOBILE = '******4821';
const LEGAL_NAME = 'UDYOG ENGINEERING WORKS';
const EXPIRED_MESSAGE = 'Your session has expired. Please login again.';
const USER_RE = /^[A-Za-z0-9]{4,11}$/;
const PWD_RE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
function stamp(d: Date): string {
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
function escXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The captcha picture: letters at random angles over noise lines and dots, as an SVG data URI. */
function captchaImage(text: string): string {
  const w = 150;
  const hgt = 50;
  const parts: string[] = [`<rect width="${w}" height="${hgt}" fill="#eef2f7"/>`];
  for (let i = 0; i < 7; i++) {
    const col = `hsl(${randomInt(0, 360)},45%,${randomInt(45, 70)}%)`;
    parts.push(
      `<path d="M${randomInt(0, w)} ${randomInt(0, hgt)} Q${randomInt(0, w)} ${randomInt(0, hgt)} ${randomInt(0, w)} ${randomInt(0, hgt)}" stroke="${col}" stroke-width="${randomInt(1, 3)}" fill="none"/>`,
    );
  }
  const chars = [...text];
  const step = (w - 20) / Math.max(1, chars.length);
  chars.forEach((ch, i) => {
    const x = 12 + i * step + randomInt(0, 6);
    const y = 34 + randomInt(-5, 6);
    const rot = randomInt(-25, 26);
    const col = `hsl(${randomInt(190, 260)},60%,${randomInt(20, 38)}%)`;
    parts.push(
      `<text x="${x}" y="${y}" transform="rotate(${rot} ${x} ${y})" font-family="Georgia,serif" font-size="${randomInt(24, 30)}" font-weight="700" fill="${col}">${escXml(ch)}</text>`,
    );
  });
  for (let i = 0; i < 40; i++) {
    parts.push(
      `<circle cx="${randomInt(0, w)}" cy="${randomInt(0, hgt)}" r="${randomInt(1, 3) / 2}" fill="hsl(${randomInt(0, 360)},40%,50%)"/>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${hgt}" viewBox="0 0 ${w} ${hgt}">${parts.join('')}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

function parseCookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
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

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), { 'Cache-Control': 'no-store' });
}

export async function startPrimereactR25Rendition(
  options: PrimereactR25Options = {},
): Promise<PrimereactR25Rendition> {
  const state: PrimereactR25State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /* The older registration, kept apart from state.users. */
  const seeded: Registration[] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: 'API_udyogtera',
      createdOn: '14/08/2023 11:42:10',
    },
  ];
  const sessions = new Map<string, Session>();
  let expiryDone = false;

  const getSession = (req: IncomingMessage): Session | null => {
    const id = parseCookies(req)[COOKIE];
    if (!id) return null;
    const s = sessions.get(id);
    if (!s) return null;
    if (Date.now() - s.lastSeen > IDLE_MS) {
      sessions.delete(id);
      return null;
    }
    s.lastSeen = Date.now();
    return s;
  };
  const newSession = (res: ServerResponse): Session => {
    const s: Session = {
      id: randomBytes(18).toString('base64url'),
      stage: 'anon',
      lastSeen: Date.now(),
      showContacts: false,
      apiOtpSent: false,
      apiOtpVerified: false,
    };
    sessions.set(s.id, s);
    res.setHeader('Set-Cookie', `${COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Lax`);
    return s;
  };
  const expired = (res: ServerResponse): void =>
    json(res, 401, { code: 'SESSION_EXPIRED', message: EXPIRED_MESSAGE });
  /** expireOnce: the first request of the stage loses its session. */
  const expireNow = (stage: PrimereactR25Expiry, s: Session): boolean => {
    if (options.expireOnce !== stage || expiryDone) return false;
    expiryDone = true;
    sessions.delete(s.id);
    state.expired.push(stage);
    return true;
  };
  const registered = (): { gsp: string; username: string; createdOn: string; status: string }[] =>
    [...seeded, ...state.users]
      .filter((r) => r.gstin === state.gstin)
      .map((r) => ({ gsp: r.gsp, username: r.username, createdOn: r.createdOn, status: 'Active' }));
  const userInfo = () => ({
    username: PRIMEREACT_R25_LOGIN.username,
    gstin: state.gstin,
    legalName: LEGAL_NAME,
    mobile: MOBILE,
  });

  const handleApi = async (
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    path: string,
  ): Promise<void> => {
    const route = `${method} ${path}`;
    if (route === 'GET /api/session') {
      const s = getSession(req);
      const authed = s?.stage === 'auth';
      json(res, 200, authed ? { authenticated: true, user: userInfo() } : { authenticated: false });
      return;
    }
    if (route === 'GET /api/auth/captcha') {
      if (!getSession(req)) newSession(res);
      json(res, 200, { image: captchaImage(state.captcha) });
      return;
    }
    if (route === 'POST /api/auth/login') {
      const body = await readJson(req);
      const s = getSession(req) ?? newSession(res);
      s.stage = 'anon';
      if (str(body.captcha).trim().toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        json(res, 400, {
          code: 'captcha',
          message: 'Invalid Captcha. Please enter the characters shown in the image.',
        });
        return;
      }
      if (
        str(body.username).trim().toLowerCase() !== PRIMEREACT_R25_LOGIN.username.toLowerCase() ||
        str(body.password) !== PRIMEREACT_R25_LOGIN.password
      ) {
        state.refusals.push('login');
        json(res, 400, {
          code: 'login',
          message: 'Invalid Login Credentials. Please check your username and password.',
        });
        return;
      }
      s.stage = 'otp';
      json(res, 200, { ok: true, mobile: MOBILE });
      return;
    }
    if (route === 'POST /api/auth/otp/verify' || route === 'POST /api/auth/otp/resend') {
      const body = await readJson(req);
      const s = getSession(req);
      if (!s) return expired(res);
      if (s.stage !== 'otp') {
        json(res, 409, {
          code: 'login-first',
          message: 'Please login with your username and password first.',
        });
        return;
      }
      if (route.endsWith('resend')) {
        json(res, 200, { ok: true, mobile: MOBILE });
        return;
      }
      if (str(body.otp).trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        json(res, 400, { code: 'login-otp', message: 'Invalid OTP. Please enter the correct OTP.' });
        return;
      }
      s.stage = 'auth';
      s.showContacts = true;
      json(res, 200, { ok: true, user: userInfo(), showContacts: true });
      return;
    }
    if (route === 'POST /api/auth/logout') {
      await readJson(req);
      const s = getSession(req);
      if (s) sessions.delete(s.id);
      res.setHeader('Set-Cookie', `${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
      json(res, 200, { ok: true });
      return;
    }

    /* Everything below needs a logged-in session. */
    const body = method === 'POST' ? await readJson(req) : {};
    const s = getSession(req);
    if (s?.stage !== 'auth') return expired(res);

    if (route === 'GET /api/dashboard') {
      json(res, 200, { generations: 1284, cancelled: 37, apiUsers: registered().length, user: userInfo() });
      return;
    }
    if (route === 'POST /api/profile/technical-contact') {
      json(res, 200, { ok: true });
      return;
    }
    if (route === 'POST /api/api-user/start') {
      s.apiOtpSent = false;
      s.apiOtpVerified = false;
      json(res, 200, { gstin: state.gstin, mobile: MOBILE, gsps: GSPS, registered: registered() });
      return;
    }
    if (route === 'POST /api/api-user/otp/send') {
      if (expireNow('api-otp-send', s)) return expired(res);
      s.apiOtpSent = true;
      s.apiOtpVerified = false;
      json(res, 200, { ok: true, mobile: MOBILE, resendAfter: 60, validFor: 600 });
      return;
    }
    if (route === 'POST /api/api-user/otp/verify') {
      if (expireNow('api-otp-verify', s)) return expired(res);
      if (!s.apiOtpSent) {
        json(res, 400, { code: 'otp-not-sent', message: 'Please click Send OTP first.' });
        return;
      }
      if (str(body.otp).trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        json(res, 400, {
          code: 'api-otp',
          message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
        });
        return;
      }
      s.apiOtpVerified = true;
      json(res, 200, { ok: true });
      return;
    }
    if (route === 'POST /api/api-user/register') {
      if (expireNow('submit', s)) return expired(res);
      if (!s.apiOtpVerified) {
        json(res, 403, {
          code: 'otp-required',
          message: 'Please verify the OTP sent to your registered mobile number first.',
        });
        return;
      }
      const gsp = str(body.gsp);
      const typed = str(body.username).trim();
      const password = str(body.password);
      const bad = (message: string): void => json(res, 400, { code: 'invalid', message });
      if (str(body.mode) !== 'gsp')
        return bad('This registration option is not available for your GSTIN. Please choose "Through GSP".');
      if (!GSPS.includes(gsp)) return bad('Please select your GSP.');
      if (!USER_RE.test(typed)) return bad('Username must be 4 to 11 letters or digits.');
      if (!PWD_RE.test(password)) {
        return bad(
          'Password must be 8 to 15 characters long with at least one upper case letter, one lower case letter, one digit and one special character.',
        );
      }
      if (password !== str(body.confirmPassword)) return bad('Passwords do not match.');
      const username = `API_${typed}`;
      const all = [...seeded, ...state.users];
      if (all.some((r) => r.gstin === state.gstin && r.gsp === gsp)) {
        state.refusals.push('duplicate');
        json(res, 409, {
          code: 'duplicate',
          message: `Your GSTIN ${state.gstin} is already registered with GSP ${gsp}. Only one API user can be created for a GSP; select another GSP or use Change API Password.`,
        });
        return;
      }
      if (all.some((r) => r.username.toLowerCase() === username.toLowerCase())) {
        state.refusals.push('username-taken');
        json(res, 409, {
          code: 'username-taken',
          message: `User name ${username} is already taken. Please choose a different user name.`,
        });
        return;
      }
      state.users.push({ gstin: state.gstin, gsp, username, password, createdOn: stamp(new Date()) });
      json(res, 200, {
        ok: true,
        message: `API user ${username} has been created successfully for GSP ${gsp}. Note the user name and password: you will need them for the Authentication API.`,
        registered: registered(),
      });
      return;
    }
    json(res, 404, { code: 'NOT_FOUND', message: 'The requested service was not found.' });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (path.startsWith('/api/')) return handleApi(req, res, method, path);
    if (method !== 'GET' && method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed');
      return;
    }
    if (path === ASSET_JS) {
      send(res, 200, 'text/javascript; charset=utf-8', CLIENT_RUNTIME + CLIENT_APP, {
        'Cache-Control': 'max-age=31536000, immutable',
      });
      return;
    }
    if (path === ASSET_CSS) {
      send(res, 200, 'text/css; charset=utf-8', CSS, { 'Cache-Control': 'max-age=31536000, immutable' });
      return;
    }
    if (path.startsWith('/assets/') || path === '/favicon.ico') {
      send(res, 404, 'text/plain; charset=utf-8', 'Not Found');
      return;
    }
    const html = (): void =>
      send(res, 200, 'text/html; charset=utf-8', INDEX_HTML, { 'Cache-Control': 'no-cache' });
    if (path === '/' || path === '/login') return html();
    const s = getSession(req);
    if (s?.stage !== 'auth') {
      const stale = Boolean(parseCookies(req)[COOKIE]);
      res.writeHead(302, {
        Location: stale ? '/login?reason=session-expired' : '/login',
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }
    html();
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent)
        json(res, 500, { code: 'ERROR', message: 'Something went wrong. Please try again.' });
      else res.end();
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (sock: Socket) => {
    sockets.add(sock);
    sock.on('close', () => sockets.delete(sock));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  const port = addr && typeof addr === 'object' ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const sock of sockets) sock.destroy();
        server.close(() => resolve());
      }),
  };
}
