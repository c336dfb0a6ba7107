/**
 * Rendition r25-syncfusion: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and the ClearTax guide), drawn as Syncfusion Essential JS 2
 * (EJ2, Material theme) on an ASP.NET Core MVC page would draw it. Every component is built
 * in the browser by a small hand-written runtime that reproduces EJ2's DOM (class names,
 * wrappers, ARIA, popups appended to body, animations) from bare server-rendered elements,
 * the way `<ejs-*>` tag helpers plus `<ejs-scripts>` do.
 *
 * Choices made where the docs are silent:
 * - URLs: home `/`; login page `/Account/Login` (a `?ReturnUrl=` after a lost session);
 *   2FA page `/Account/VerifyOtp`; dashboard `/Home/MainMenu`; Create API User
 *   `/ApiRegistration/CreateApiUser` (API OTP step) then `/ApiRegistration/RegisterApiUser`
 *   (the form); logout `/Account/Logout`. Every other menu leaf opens a generic empty page.
 *   AJAX posts (fetch, form-urlencoded, `X-Requested-With: XMLHttpRequest`, the antiforgery
 *   token `__RequestVerificationToken` from a hidden field): `/Account/Login`,
 *   `/Account/RefreshCaptcha`, `/Account/VerifyOtp`, `/Account/ResendOtp`,
 *   `/ApiRegistration/SendOtp`, `/ApiRegistration/VerifyOtp`, `/ApiRegistration/RegisterApiUser`.
 *   They answer JSON `{ success, message, redirect? }`; a missing/bad token answers 400.
 * - Home: `div.e-appbar` with the title "e-Invoice System" and a `button.e-btn.e-flat`
 *   "Login" that navigates to `/Account/Login`.
 * - Login: `div.e-card` titled "Login" with floating-label TextBoxes "User Name", "Password",
 *   a captcha picture (inline SVG data URI with noise, `img[alt=Captcha]`), a
 *   `span.e-icons.e-refresh` (title "Refresh Captcha") and "Enter Captcha", button "Login".
 *   Empty fields get EJ2 FormValidator-style errors (wrapper `e-error` + `div.e-error`).
 *   Wrong captcha (checked first): "Invalid Captcha. Please enter the characters shown in the
 *   image." Wrong user/password: "Invalid Login Credentials. Please check your User Name and
 *   Password." Both come as a danger Toast "Login Failed" (top right, 3000 ms, progress bar, fade)
 *   plus an inline red `span.e-error`, and redraw the captcha.
 * - 2FA: card "Two-Factor Authentication", label "Enter OTP", an EJ2 OtpInput of six boxes,
 *   buttons "Verify OTP" and a flat "Resend OTP" (30 s countdown). Wrong: "Invalid OTP. Please
 *   enter the OTP sent to your registered mobile number." (Toast "Verification Failed" + inline line).
 * - Post-login popup: an EJ2 Dialog "Contacts of Technical Person" (name, mobile, e-mail) shown
 *   once per login on the dashboard, with the icon-only close button (title "Close") and footer
 *   buttons "Update" and "Exit"; the overlay is a sibling `div.e-dlg-overlay`; Esc closes too.
 * - Dashboard: heading "Dash Board", cards "Generations", "Cancelled", "API Users". The appbar has a
 *   hamburger toggling the Sidebar between open and docked, the GSTIN, and "Logout".
 * - Menu: EJ2 Sidebar holding an EJ2 TreeView: "Dashboard"; "e-Invoice" (Generate IRN, Bulk
 *   Upload, Cancel IRN, Print e-Invoice); "MIS Reports" (IRN Details, Cancelled IRN);
 *   "API Registration" ("User Credentials" (Create API User, Change API Password),
 *   IP Whitelisting, Freeze API User); "User Management" (Create Sub-User, Freeze Sub-User).
 *   A click on a node's text selects it (a leaf then navigates); a group expands only by its
 *   arrow or a double-click (400 ms slide). The current page's branch is pre-expanded.
 * - API OTP: card "API Registration": text about the registered mobile, button "Send OTP"
 *   (then "Resend OTP (Ns)" disabled for 30 s, then "Resend OTP"), a floating TextBox
 *   "Enter OTP" and "Verify OTP" (both disabled until the OTP is sent). Wrong: "Invalid OTP.
 *   Please enter the valid OTP sent to your registered mobile number." A sent OTP shows a success
 *   Toast "OTP Sent"; an OTP older than 10 minutes is refused as expired.
 * - Form: card "API Registration", prompt "Do you wish to Register your GSTIN for" with EJ2
 *   RadioButtons "Directly", "Through GSP", "Through ERP", "Through Client-Id of other"; the
 *   GSP row (label "Select your GSP", a filtering DropDownList with placeholder "Select your
 *   GSP", StartsWith filter, 21 GSPs) shows only for "Through GSP"; the others show a notice.
 *   "Username" has a fixed `API_` text before its TextBox; "Password" and "Re-enter Password"
 *   (8-15 chars, upper, lower, digit, special); buttons "Submit" and "Exit" (to dashboard).
 * - Submit: client checks, then `DialogUtility.confirm` titled "Confirmation" ("OK"/"Cancel"),
 *   then the spinner over the card while posting. Verdicts: success Toast "Success" + a green
 *   line "API user API_x has been created successfully for GSP Y."; refusals as danger Toast
 *   + inline red line (Toast title "Registration Failed"): "Your GSTIN ... is already registered with GSP Y. Please select a
 *   different GSP." and "User Name API_x is already taken. Please choose a different User Name."
 *   The grid "GSPs registered for GSTIN ..." lists the seeded TERA registration and new ones.
 * - Sessions: cookie `.AspNetCore.Cookies`; a page GET without a live session redirects (302)
 *   to `/Account/Login?ReturnUrl=...` which shows an EJ2 Message "Your session has expired.
 *   Please login again."; an AJAX post answers 401, and the page shows a Toast "Session
 *   Expired" plus the inline line, then goes to the login page after 2.5 s.
 * - expireOnce: the first `/ApiRegistration/SendOtp`, `/ApiRegistration/VerifyOtp` or
 *   `/ApiRegistration/RegisterApiUser` post (per the chosen stage) deletes the session first,
 *   records the stage and answers 401 like any lost session, once per server.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type SyncfusionR25Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface SyncfusionR25Options {
  expireOnce?: SyncfusionR25Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface SyncfusionR25State {
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
export interface SyncfusionR25Rendition {
  url: string;
  close(): Promise<void>;
  state: SyncfusionR25State;
}
export const SYNCFUSION_R25_LOGIN: { username: string; password: string } = {
  username: 'ushafoods27',
  password: 'Usha@Foods2025',
};

const GSPS: string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Deloitte Touche Tohmatsu India LLP',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'Masters India Private Limited',
  'Protean eGov Technologies Limited',
  'Reliance Corporate IT Park Limited',
  'Sify Technologies Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
];

const REGISTER_OPTIONS: { value: string; label: string }[] = [
  { value: 'Direct', label: 'Directly' },
  { value: 'GSP', label: 'Through GSP' },
  { value: 'ERP', label: 'Through ERP' },
  { value: 'ClientId', label: 'Through Client-Id of other' },
];

interface MenuNode {
  id: string;
  text: string;
  url?: string;
  child?: MenuNode[];
}

const MENU: MenuNode[] = [
  { id: 'dash', text: 'Dashboard', url: '/Home/MainMenu' },
  {
    id: 'einv',
    text: 'e-Invoice',
    child: [
      { id: 'gen', text: 'Generate IRN', url: '/Invoice/Generate' },
      { id: 'bulk', text: 'Bulk Upload', url: '/Invoice/BulkUpload' },
      { id: 'cancel', text: 'Cancel IRN', url: '/Invoice/Cancel' },
      { id: 'print', text: 'Print e-Invoice', url: '/Invoice/Print' },
    ],
  },
  {
    id: 'mis',
    text: 'MIS Reports',
    child: [
      { id: 'misirn', text: 'IRN Details', url: '/MisRpt/IrnDetails' },
      { id: 'miscan', text: 'Cancelled IRN', url: '/MisRpt/Cancelled' },
    ],
  },
  {
    id: 'api',
    text: 'API Registration',
    child: [
      {
        id: 'ucred',
        text: 'User Credentials',
        child: [
          { id: 'create', text: 'Create API User', url: '/ApiRegistration/CreateApiUser' },
          { id: 'chpwd', text: 'Change API Password', url: '/ApiRegistration/ChangePassword' },
        ],
      },
      { id: 'ipw', text: 'IP Whitelisting', url: '/ApiRegistration/IpWhitelisting' },
      { id: 'freeze', text: 'Freeze API User', url: '/ApiRegistration/FreezeApiUser' },
    ],
  },
  {
    id: 'umgmt',
    text: 'User Management',
    child: [
      { id: 'subuser', text: 'Create Sub-User', url: '/UserMgmt/CreateSubUser' },
      { id: 'frsub', text: 'Freeze Sub-User', url: '/UserMgmt/FreezeSubUser' },
    ],
  },
];

/* ------------------------------------------------------------------------------------------ */
/* Material theme (a hand-written subset of ej2 material.css)                                  */
/* ------------------------------------------------------------------------------------------ */
const CSS = String.raw`
*,*::before,*::after{box-sizing:border-box}
html,body{margin:0;padding:0}
body{font-family:Roboto,"Segoe UI","GeezaPro","DejaVu Serif",sans-serif;font-size:14px;color:rgba(0,0,0,.87);background:#fafafa}
body.e-scroll-disabled{overflow:hidden}
a{color:#e3165b}
.e-icons{font-style:normal;font-weight:400;line-height:1;display:inline-block;speak:none}
.e-icons.e-refresh::before{content:'\21BB';font-size:20px}
.e-icons.e-menu::before{content:'\2630';font-size:18px}
.e-icons.e-icon-dlg-close::before{content:'\2715';font-size:12px}
.e-icons.e-toast-close-icon::before{content:'\2715';font-size:12px}
/* ripple */
.e-ripple,.e-ripple-element{position:relative;overflow:hidden}
.e-ripple-element{position:absolute!important;border-radius:50%;background:rgba(0,0,0,.1);pointer-events:none;transform:scale(0);transition:transform .35s ease-out,opacity .35s ease-out;opacity:1}
.e-btn.e-primary .e-ripple-element{background:rgba(255,255,255,.3)}
/* button */
.e-btn{position:relative;overflow:hidden;display:inline-flex;align-items:center;justify-content:center;gap:6px;font-family:inherit;font-size:14px;font-weight:500;line-height:1.143em;letter-spacing:.4px;text-transform:uppercase;padding:6px 12px;min-height:36px;border:1px solid transparent;border-radius:2px;background:#fafafa;color:rgba(0,0,0,.87);box-shadow:0 0 0 0 rgba(0,0,0,0),0 2px 2px 0 rgba(0,0,0,.14),0 3px 1px -2px rgba(0,0,0,.12),0 1px 5px 0 rgba(0,0,0,.2);cursor:pointer;outline:0;transition:box-shadow 280ms cubic-bezier(.4,0,.2,1),background-color .2s;user-select:none;white-space:nowrap;vertical-align:middle}
.e-btn:hover{background:rgba(0,0,0,.05)}
.e-btn:focus-visible{box-shadow:0 0 0 2px rgba(227,22,91,.4)}
.e-btn.e-primary{background:#e3165b;color:#fff}
.e-btn.e-primary:hover{background:#e7306c}
.e-btn.e-danger{background:#f44336;color:#fff}
.e-btn.e-flat{background:transparent;box-shadow:none;border-color:transparent}
.e-btn.e-flat:hover{background:rgba(0,0,0,.05)}
.e-btn.e-flat.e-primary{color:#e3165b;background:transparent}
.e-btn.e-flat.e-danger{color:#f44336;background:transparent}
.e-btn.e-block{width:100%}
.e-btn:disabled,.e-btn.e-disabled{background:rgba(0,0,0,.12);color:rgba(0,0,0,.26);box-shadow:none;cursor:default;pointer-events:none}
.e-btn.e-flat:disabled{background:transparent}
.e-btn.e-icon-btn{padding:6px 8px;min-width:36px}
/* appbar */
.e-appbar{display:flex;align-items:center;gap:12px;height:56px;padding:0 16px;background:#3f51b5;color:#fff;position:sticky;top:0;z-index:900;box-shadow:0 2px 4px -1px rgba(0,0,0,.2),0 4px 5px 0 rgba(0,0,0,.14),0 1px 10px 0 rgba(0,0,0,.12)}
.e-appbar .e-btn.e-flat,.e-appbar .e-btn.e-inherit{color:inherit}
.e-appbar .e-btn.e-flat:hover{background:rgba(255,255,255,.12)}
.e-appbar .e-appbar-separator{flex:1}
.e-appbar .brand{display:flex;align-items:center;gap:10px;font-size:18px;font-weight:500}
.e-appbar .brand img{height:36px;width:36px}
.e-appbar .brand small{display:block;font-size:11px;font-weight:400;opacity:.85}
.e-appbar .who{font-size:13px;text-align:right;line-height:1.3}
/* card */
.e-card{display:flex;flex-direction:column;position:relative;background:#fff;border-radius:2px;box-shadow:0 1px 3px 0 rgba(0,0,0,.2),0 1px 1px 0 rgba(0,0,0,.14),0 2px 1px -1px rgba(0,0,0,.12);overflow:visible;font-size:14px}
.e-card .e-card-header{display:flex;align-items:center;padding:12px 16px 8px}
.e-card .e-card-header-title{font-size:18px;font-weight:500;color:rgba(0,0,0,.87)}
.e-card .e-card-sub-title{font-size:12px;color:rgba(0,0,0,.54);margin-top:4px}
.e-card .e-card-content{padding:8px 16px 16px;color:rgba(0,0,0,.7);line-height:1.5}
.e-card .e-card-actions{display:flex;gap:8px;padding:8px 16px 16px}
/* inputs */
.e-input-group,.e-float-input{position:relative;display:flex;width:100%;border-bottom:1px solid rgba(0,0,0,.42);background:transparent;font-family:inherit}
.e-float-input{margin-top:16px;border-bottom:0}
.e-input-group input,.e-float-input input,input.e-input{font-family:inherit;font-size:14px;color:rgba(0,0,0,.87);background:transparent;border:0;outline:0;width:100%;min-height:32px;padding:4px 0;margin:0}
.e-float-input input{border-bottom:1px solid rgba(0,0,0,.42)}
.e-float-input.e-input-group{border-bottom:0}
.e-float-input .e-float-text{position:absolute;left:0;top:8px;font-size:14px;color:rgba(0,0,0,.54);pointer-events:none;transform-origin:left top;transition:transform .2s cubic-bezier(.4,0,.4,1),color .2s;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:100%;user-select:none}
.e-float-input .e-float-text.e-label-top{transform:translateY(-20px) scale(.857)}
.e-float-input.e-input-focus .e-float-text{color:#e3165b}
.e-float-input .e-float-line{position:absolute;left:0;right:0;bottom:0;height:2px;pointer-events:none}
.e-float-input .e-float-line::before,.e-float-input .e-float-line::after{content:'';position:absolute;bottom:0;height:2px;width:0;background:#e3165b;transition:width .2s ease}
.e-float-input .e-float-line::before{left:50%}
.e-float-input .e-float-line::after{right:50%}
.e-float-input.e-input-focus .e-float-line::before,.e-float-input.e-input-focus .e-float-line::after{width:50%}
.e-input-group.e-input-focus:not(.e-float-input){border-bottom:2px solid #e3165b;margin-bottom:-1px}
.e-input-group.e-error,.e-float-input.e-error input{border-bottom-color:#f44336}
.e-float-input.e-error .e-float-text,.e-float-input.e-error.e-input-focus .e-float-text{color:#f44336}
.e-float-input.e-error .e-float-line::before,.e-float-input.e-error .e-float-line::after{background:#f44336}
.e-input-group.e-disabled,.e-float-input.e-disabled{opacity:.5;pointer-events:none}
.e-input-group .e-input-group-icon{display:flex;align-items:center;justify-content:center;min-width:24px;color:rgba(0,0,0,.54);cursor:pointer;font-size:12px;user-select:none}
div.e-error{color:#f44336;font-size:12px;line-height:1.4;padding-top:4px;min-height:17px}
span.e-error{color:#f44336;font-size:13px;font-weight:500}
span.e-error:empty{display:none}
.e-success-line{color:#4caf50;font-size:13px;font-weight:500}
.e-success-line:empty{display:none}
/* dropdownlist */
.e-ddl.e-input-group{cursor:pointer;margin-top:4px}
.e-ddl.e-input-group input.e-input{cursor:pointer;caret-color:transparent}
.e-ddl .e-ddl-icon::before{content:'\25BE';font-size:16px;display:inline-block;transition:transform .3s ease}
.e-ddl .e-ddl-icon.e-icon-anim::before{transform:rotate(180deg)}
select.e-ddl-hidden{position:absolute;width:1px;height:1px;opacity:0;pointer-events:none;border:0;padding:0;margin:0}
.e-popup{position:absolute;background:#fff;border-radius:2px;box-shadow:0 5px 5px -3px rgba(0,0,0,.2),0 8px 10px 1px rgba(0,0,0,.14),0 3px 14px 2px rgba(0,0,0,.12)}
.e-ddl.e-popup{z-index:1000;overflow:hidden;transition:opacity .15s ease-out,transform .15s ease-out;transform-origin:top}
.e-ddl.e-popup.e-popup-close{display:none}
.e-ddl.e-popup .e-filter-parent{display:block;padding:4px 12px 0;border-bottom:1px solid rgba(0,0,0,.12)}
.e-ddl.e-popup .e-filter-parent .e-input-group{border-bottom:0;padding-bottom:4px}
.e-ddl.e-popup .e-clear-icon{width:24px;cursor:pointer;display:flex;align-items:center;justify-content:center;color:rgba(0,0,0,.54)}
.e-ddl.e-popup .e-clear-icon::before{content:'\2715';font-size:11px}
.e-ddl.e-popup .e-clear-icon-hide{visibility:hidden}
.e-ddl.e-popup .e-content{overflow:auto;position:relative}
ul.e-list-parent{margin:0;padding:0;list-style:none}
.e-dropdownbase .e-list-item{padding:0 16px;line-height:36px;min-height:36px;font-size:14px;color:rgba(0,0,0,.87);cursor:pointer;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;border-left:0}
.e-dropdownbase .e-list-item.e-hover,.e-dropdownbase .e-list-item.e-item-focus{background:#eee}
.e-dropdownbase .e-list-item.e-active{color:#e3165b;background:#eee}
.e-dropdownbase .e-list-nodata{padding:0 16px;line-height:36px;color:rgba(0,0,0,.54);font-size:14px}
/* radio */
.e-radio-wrapper{display:inline-block;position:relative;line-height:1;margin:6px 24px 6px 0}
.e-radio{-webkit-appearance:none;appearance:none;height:1px;width:1px;opacity:0;position:absolute;margin:0}
.e-radio+label{display:inline-flex;align-items:center;position:relative;cursor:pointer;user-select:none;padding-left:26px;min-height:18px}
.e-radio+label::before{content:'';position:absolute;left:0;top:0;width:18px;height:18px;border:2px solid rgba(0,0,0,.54);border-radius:50%;background:#fff;transition:border-color .2s}
.e-radio+label::after{content:'';position:absolute;left:5px;top:5px;width:8px;height:8px;border-radius:50%;background:#e3165b;transform:scale(0);transition:transform .2s cubic-bezier(.4,0,.2,1)}
.e-radio:checked+label::before{border-color:#e3165b}
.e-radio:checked+label::after{transform:scale(1)}
.e-radio-wrapper.e-focus .e-radio+label::before,.e-radio:focus-visible+label::before{box-shadow:0 0 0 8px rgba(227,22,91,.12)}
.e-radio+label .e-label{font-size:14px;line-height:18px;color:rgba(0,0,0,.87)}
/* otp input */
.e-otpinput{display:inline-flex;gap:8px;align-items:center}
.e-otpinput .e-otp-input{width:40px;height:44px;text-align:center;font-size:18px;font-family:inherit;border:1px solid rgba(0,0,0,.42);border-radius:4px;outline:0;background:#fff;color:rgba(0,0,0,.87);padding:0;transition:border-color .2s,box-shadow .2s}
.e-otpinput .e-otp-input:focus,.e-otpinput .e-otp-input.e-otp-input-focus{border-color:#e3165b;box-shadow:inset 0 0 0 1px #e3165b}
.e-otpinput.e-error .e-otp-input{border-color:#f44336}
/* dialog */
.e-dlg-container{display:none;position:fixed;inset:0;z-index:1000;align-items:center;justify-content:center}
.e-dlg-overlay{position:fixed;inset:0;background:#000;opacity:.5;z-index:1000}
.e-dialog{position:relative;z-index:1001;display:flex;flex-direction:column;max-height:90vh;max-width:100%;background:#fff;border-radius:2px;box-shadow:0 11px 15px -7px rgba(0,0,0,.2),0 24px 38px 3px rgba(0,0,0,.14),0 9px 46px 8px rgba(0,0,0,.12);opacity:0;transition:opacity .4s ease,transform .4s ease}
.e-dialog.e-popup{position:relative}
.e-dialog.e-popup-open{opacity:1}
.e-dialog.e-dlg-zoom{transform:scale(.7)}
.e-dialog.e-dlg-zoom.e-popup-open{transform:scale(1)}
.e-dialog .e-dlg-header-content{padding:18px 18px 0;border-radius:2px 2px 0 0}
.e-dialog .e-dlg-header{font-size:18px;font-weight:500;color:rgba(0,0,0,.87);display:block;width:80%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;line-height:30px}
.e-dialog .e-dlg-closeicon-btn{float:right;margin-top:2px;min-height:28px;min-width:28px;height:28px;width:28px;padding:0;border-radius:50%;color:rgba(0,0,0,.54)}
.e-dialog .e-dlg-content{padding:14px 18px 18px;overflow:auto;font-size:14px;line-height:1.5;color:rgba(0,0,0,.87)}
.e-dialog .e-footer-content{display:flex;justify-content:flex-end;gap:8px;padding:8px;border-top:0}
.e-dialog .e-dlg-content table{border-collapse:collapse;width:100%}
.e-dialog .e-dlg-content td{padding:6px 8px;border-bottom:1px solid #eee}
.e-dialog .e-dlg-content td:first-child{color:rgba(0,0,0,.54);width:38%}
/* toast */
.e-toast-container{position:fixed;display:flex;flex-direction:column;gap:10px;z-index:1200;width:360px;pointer-events:none}
.e-toast-container.e-toast-top-right{top:64px;right:10px}
.e-toast-container .e-toast{pointer-events:auto;position:relative;display:flex;align-items:flex-start;gap:12px;padding:14px 36px 16px 14px;border-radius:2px;background:#303030;color:#fff;box-shadow:0 6px 10px 0 rgba(0,0,0,.14),0 1px 18px 0 rgba(0,0,0,.12),0 3px 5px -1px rgba(0,0,0,.2);overflow:hidden;opacity:0;transition:opacity .6s ease}
.e-toast-container .e-toast.e-toast-show{opacity:1}
.e-toast-container .e-toast.e-toast-danger{background:#fcdbe4;color:#d44a66}
.e-toast-container .e-toast.e-toast-success{background:#daf4e5;color:#2e7d32}
.e-toast-container .e-toast.e-toast-info{background:#cff1fb;color:#0d6f96}
.e-toast .e-toast-icon{width:20px;height:20px;flex:0 0 20px;border-radius:50%;display:flex;align-items:center;justify-content:center;font-size:13px;font-weight:700;background:currentColor}
.e-toast .e-toast-icon::before{color:#fff}
.e-toast .e-toast-icon.e-toast-danger-icon::before{content:'!'}
.e-toast .e-toast-icon.e-toast-success-icon::before{content:'\2713'}
.e-toast .e-toast-icon.e-toast-info-icon::before{content:'i'}
.e-toast .e-toast-message{flex:1;min-width:0}
.e-toast .e-toast-title{font-size:15px;font-weight:500;margin-bottom:4px}
.e-toast .e-toast-content{font-size:14px;line-height:1.4;word-wrap:break-word}
.e-toast .e-toast-close-icon{position:absolute;top:12px;right:12px;width:18px;height:18px;display:flex;align-items:center;justify-content:center;cursor:pointer;opacity:.7}
.e-toast .e-toast-progress{position:absolute;left:0;bottom:0;height:4px;background:rgba(0,0,0,.35);width:100%}
/* spinner */
.e-spinner-pane{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;z-index:1000;background:rgba(255,255,255,.55);transition:visibility .1s}
.e-spinner-pane.e-spin-hide{display:none}
.e-spinner-pane .e-spinner-inner{display:flex;align-items:center;justify-content:center}
.e-spinner-pane svg.e-spin-material{width:36px;height:36px;animation:e-spin-rotate 1.2s linear infinite;fill:transparent;stroke:#e3165b;stroke-width:3px}
@keyframes e-spin-rotate{to{transform:rotate(360deg)}}
/* sidebar + treeview */
.e-sidebar{position:fixed;top:56px;bottom:0;left:0;background:#fff;overflow-x:hidden;overflow-y:auto;z-index:800;border-right:1px solid rgba(0,0,0,.12);transition:width .4s ease,transform .4s ease}
.e-sidebar.e-left.e-open{width:260px}
.e-sidebar.e-left.e-close.e-dock{width:56px}
.e-sidebar.e-close .e-treeview{visibility:hidden}
.e-sidebar .side-title{padding:14px 16px 6px;font-size:12px;color:rgba(0,0,0,.54);text-transform:uppercase;letter-spacing:.5px;white-space:nowrap}
.e-main-content{transition:margin-left .4s ease;padding:20px 24px;min-height:calc(100vh - 56px)}
.e-treeview{position:relative;user-select:none;font-size:14px;white-space:nowrap}
.e-treeview ul.e-list-parent{outline:0}
.e-treeview ul.e-list-parent[role=group]{overflow:hidden}
.e-treeview .e-list-item{position:relative;list-style:none;padding:2px 0;cursor:pointer}
.e-treeview .e-fullrow{position:absolute;left:0;right:0;height:32px;top:2px;border:1px solid transparent;z-index:0}
.e-treeview .e-text-content{position:relative;z-index:1;display:flex;align-items:center;height:32px;padding-left:24px}
.e-treeview .e-level-2>.e-text-content{padding-left:48px}
.e-treeview .e-level-3>.e-text-content{padding-left:72px}
.e-treeview .e-text-content>.e-icons{position:absolute;margin-left:-24px;width:24px;height:24px;display:flex;align-items:center;justify-content:center;color:rgba(0,0,0,.54);cursor:pointer}
.e-treeview .e-icon-expandable::before{content:'\25B8';font-size:14px;transition:transform .3s ease;display:inline-block}
.e-treeview .e-icon-collapsible::before{content:'\25B8';font-size:14px;transform:rotate(90deg);transition:transform .3s ease;display:inline-block}
.e-treeview .e-list-text{padding:0 6px;line-height:30px;color:rgba(0,0,0,.87)}
.e-treeview .e-list-item.e-hover>.e-fullrow{background:#eee}
.e-treeview .e-list-item.e-active>.e-fullrow{background:#eee}
.e-treeview .e-list-item.e-active>.e-text-content .e-list-text{color:#e3165b}
.e-treeview .e-list-item.e-node-focus>.e-fullrow{border-color:rgba(0,0,0,.2)}
/* grid */
.e-grid{border:1px solid #e0e0e0;border-radius:0;font-size:13px;background:#fff}
.e-grid table.e-table{border-collapse:separate;border-spacing:0;width:100%;table-layout:fixed}
.e-grid .e-headercell{height:42px;padding:0 12px;text-align:left;font-size:12px;font-weight:500;color:rgba(0,0,0,.54);border-bottom:1px solid #e0e0e0;background:#fff}
.e-grid .e-rowcell{padding:8px 12px;line-height:20px;border-bottom:1px solid #e0e0e0;color:rgba(0,0,0,.87);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.e-grid .e-row:hover .e-rowcell{background:#eee}
.e-grid .e-emptyrow td{padding:10px 12px;color:rgba(0,0,0,.54)}
/* message */
.e-message{display:flex;gap:10px;align-items:flex-start;padding:10px 12px;border-radius:2px;border:1px solid;font-size:14px;margin:0 0 16px}
.e-message.e-warning{background:#fff8e1;border-color:#ffe082;color:#7a4f01}
.e-message.e-info{background:#e3f2fd;border-color:#90caf9;color:#0d47a1}
.e-message .e-msg-icon::before{content:'!';font-weight:700;display:inline-flex;width:18px;height:18px;border-radius:50%;align-items:center;justify-content:center;background:currentColor}
.e-message .e-msg-icon{color:inherit}
.e-message .e-msg-icon::before{color:#fff}
/* page */
.page-login{display:flex;justify-content:center;padding:40px 16px}
.page-login .e-card{width:400px}
.captcha-row{display:flex;align-items:center;gap:10px;margin-top:20px}
.captcha-row img{border:1px solid #e0e0e0;border-radius:2px;height:44px;width:150px}
.captcha-row .e-refresh{cursor:pointer;color:rgba(0,0,0,.54);padding:6px}
.form-actions{display:flex;gap:10px;margin-top:24px}
.breadcrumb{font-size:12px;color:rgba(0,0,0,.54);margin-bottom:6px}
h1.page-title{font-size:22px;font-weight:400;margin:0 0 18px;color:rgba(0,0,0,.87)}
.cards{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:16px;margin-bottom:18px}
.cards .count{font-size:30px;font-weight:300;color:#3f51b5}
.form-table{display:grid;grid-template-columns:220px minmax(0,460px);gap:6px 20px;align-items:center}
.form-table .cell-label{color:rgba(0,0,0,.7);font-size:14px;padding-top:14px}
.form-table .cell-label .req{color:#f44336}
.api-prefix{font-size:14px;font-weight:500;padding:20px 6px 0 0;color:rgba(0,0,0,.7)}
.inline-row{display:flex;align-items:flex-start}
.inline-row>div:last-child{flex:1}
.hint{font-size:12px;color:rgba(0,0,0,.54)}
.home-hero{padding:48px 32px;background:linear-gradient(135deg,#3f51b5,#5c6bc0);color:#fff}
.home-hero h1{font-weight:300;font-size:30px;margin:0 0 8px}
.home-body{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:16px;padding:24px 32px}
.form-row{margin-bottom:6px}
.form-row[hidden]{display:none}
.reg-form{max-width:540px}
.otp-label{font-size:14px;color:rgba(0,0,0,.7);margin:14px 0 8px}
.radio-list{display:flex;flex-wrap:wrap;margin-top:6px}
.e-radio-group.e-error .e-radio+label::before{border-color:#f44336}
footer.site-footer{font-size:12px;color:rgba(0,0,0,.54);text-align:center;padding:18px}
`;

/* ------------------------------------------------------------------------------------------ */
/* The EJ2 runtime: a small hand-written stand-in for ej2.min.js                               */
/* ------------------------------------------------------------------------------------------ */
const RUNTIME = `
(function () {
  'use strict';
  var ej = (window.ej = window.ej || {});
  var uidCount = 0;
  var rippleOn = false;
  function getUniqueID(p) { uidCount += 1; return p + '_' + uidCount; }
  function el(tag, cls, attrs, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (attrs) for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    if (text != null) e.textContent = text;
    return e;
  }
  function addClass(e, c) { c.split(' ').forEach(function (x) { if (x) e.classList.add(x); }); }
  function removeClass(e, c) { c.split(' ').forEach(function (x) { if (x) e.classList.remove(x); }); }
  function q(s) { return typeof s === 'string' ? document.querySelector(s) : s; }
  function extend(a, b) { var o = {}; var k; for (k in a) o[k] = a[k]; if (b) for (k in b) o[k] = b[k]; return o; }
  function attach(inst, e) { e.ej2_instances = [inst]; }
  ej.base = {
    enableRipple: function (on) { rippleOn = on !== false; },
    getUniqueID: getUniqueID,
    createElement: el,
    addClass: addClass,
    removeClass: removeClass,
    extend: extend
  };

  /* ripple on buttons and list items, as ej.base.rippleEffect does */
  document.addEventListener('mousedown', function (ev) {
    if (!rippleOn) return;
    var host = ev.target && ev.target.closest ? ev.target.closest('.e-btn') : null;
    if (!host || host.disabled) return;
    var r = host.getBoundingClientRect();
    var size = Math.max(r.width, r.height) * 2;
    var dot = el('div', 'e-ripple-element');
    dot.style.width = size + 'px';
    dot.style.height = size + 'px';
    dot.style.left = ev.clientX - r.left - size / 2 + 'px';
    dot.style.top = ev.clientY - r.top - size / 2 + 'px';
    host.appendChild(dot);
    requestAnimationFrame(function () { dot.style.transform = 'scale(1)'; dot.style.opacity = '0'; });
    setTimeout(function () { if (dot.parentNode) dot.parentNode.removeChild(dot); }, 400);
  });

  /* ---------------------------------------------------------------- Button */
  function Button(o) { this.o = o || {}; }
  Button.prototype.appendTo = function (sel) {
    var e = q(sel);
    this.element = e;
    addClass(e, 'e-control e-btn e-lib');
    if (this.o.isPrimary) addClass(e, 'e-primary');
    if (this.o.cssClass) addClass(e, this.o.cssClass);
    if (this.o.content != null) e.textContent = this.o.content;
    if (this.o.iconCss) {
      e.insertBefore(el('span', 'e-btn-icon ' + this.o.iconCss), e.firstChild);
      if (!e.textContent) addClass(e, 'e-icon-btn');
    }
    if (this.o.disabled) e.disabled = true;
    attach(this, e);
    return this;
  };
  Object.defineProperty(Button.prototype, 'disabled', {
    get: function () { return this.element.disabled; },
    set: function (v) { this.element.disabled = !!v; this.element.setAttribute('aria-disabled', v ? 'true' : 'false'); }
  });
  Object.defineProperty(Button.prototype, 'content', {
    get: function () { return this.element.textContent; },
    set: function (v) { this.element.textContent = v; }
  });

  /* ---------------------------------------------------------------- RadioButton */
  function RadioButton(o) { this.o = o || {}; }
  RadioButton.prototype.appendTo = function (sel) {
    var input = q(sel);
    var o = this.o;
    this.element = input;
    var wrap = el('div', 'e-radio-wrapper e-wrapper' + (o.cssClass ? ' ' + o.cssClass : ''));
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    input.type = 'radio';
    addClass(input, 'e-control e-radio e-lib');
    if (o.name) input.name = o.name;
    if (o.value != null) input.value = o.value;
    if (o.checked) input.checked = true;
    var label = el('label', '', { for: input.id });
    label.appendChild(el('span', 'e-label', null, o.label || ''));
    wrap.appendChild(label);
    var self = this;
    input.addEventListener('change', function (ev) { if (o.change) o.change.call(self, { value: input.value, event: ev }); });
    input.addEventListener('keyup', function (ev) { if (ev.key === 'Tab' || ev.key.indexOf('Arrow') === 0) addClass(wrap, 'e-focus'); });
    input.addEventListener('blur', function () { removeClass(wrap, 'e-focus'); });
    attach(this, input);
    return this;
  };
  Object.defineProperty(RadioButton.prototype, 'checked', {
    get: function () { return this.element.checked; },
    set: function (v) { this.element.checked = !!v; }
  });

  /* ---------------------------------------------------------------- TextBox + Input helpers */
  function TextBox(o) { this.o = o || {}; }
  TextBox.prototype.appendTo = function (sel) {
    var input = q(sel);
    var o = this.o;
    var self = this;
    this.element = input;
    var floating = o.floatLabelType === 'Auto' || o.floatLabelType === 'Always';
    var wrap = el('div', 'e-input-group e-control-wrapper' + (floating ? ' e-float-input' : '') + (o.cssClass ? ' ' + o.cssClass : ''));
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    this.wrapper = wrap;
    if (o.type) input.type = o.type;
    addClass(input, floating ? 'e-control e-textbox e-lib' : 'e-control e-textbox e-lib e-input');
    input.setAttribute('aria-disabled', 'false');
    input.setAttribute('autocomplete', o.autocomplete || 'off');
    var label = null;
    if (floating) {
      input.removeAttribute('placeholder');
      wrap.appendChild(el('span', 'e-float-line'));
      label = el('label', 'e-float-text ' + (input.value || o.floatLabelType === 'Always' ? 'e-label-top' : 'e-label-bottom'), null, o.placeholder || '');
      if (input.id) { label.id = 'label_' + input.id; input.setAttribute('aria-labelledby', label.id); }
      wrap.appendChild(label);
    } else if (o.placeholder) {
      input.setAttribute('placeholder', o.placeholder);
    }
    this.label = label;
    function refresh() {
      var focused = document.activeElement === input;
      if (input.value) addClass(wrap, 'e-valid-input'); else removeClass(wrap, 'e-valid-input');
      if (label && o.floatLabelType !== 'Always') {
        var top = focused || !!input.value;
        label.classList.toggle('e-label-top', top);
        label.classList.toggle('e-label-bottom', !top);
      }
    }
    this.refresh = refresh;
    input.addEventListener('focus', function () { addClass(wrap, 'e-input-focus'); refresh(); });
    input.addEventListener('blur', function () { removeClass(wrap, 'e-input-focus'); refresh(); if (o.blur) o.blur.call(self); });
    input.addEventListener('input', function () { refresh(); if (o.input) o.input.call(self, { value: input.value }); });
    input.addEventListener('change', function () { refresh(); });
    if (o.enabled === false) this.enabled = false;
    setTimeout(refresh, 0);
    attach(this, input);
    return this;
  };
  Object.defineProperty(TextBox.prototype, 'value', {
    get: function () { return this.element.value; },
    set: function (v) { this.element.value = v == null ? '' : v; this.refresh(); }
  });
  Object.defineProperty(TextBox.prototype, 'enabled', {
    get: function () { return !this.element.disabled; },
    set: function (v) {
      this.element.disabled = !v;
      this.element.setAttribute('aria-disabled', v ? 'false' : 'true');
      this.wrapper.classList.toggle('e-disabled', !v);
    }
  });
  TextBox.prototype.focusIn = function () { this.element.focus(); };

  /* FormValidator-style error rendering: wrapper.e-error + div.e-error after the wrapper */
  function fieldWrapper(input) {
    return input.closest('.e-input-group') || input.closest('.e-otpinput') || input.closest('.e-radio-group') || input.parentNode;
  }
  function showFieldError(input, message) {
    var wrap = fieldWrapper(input);
    addClass(wrap, 'e-error');
    input.setAttribute('aria-invalid', 'true');
    var id = (input.name || input.id) + '-info';
    var msg = document.getElementById(id);
    if (!msg) {
      msg = el('div', 'e-error', { id: id, role: 'alert' });
      wrap.parentNode.insertBefore(msg, wrap.nextSibling);
    }
    msg.textContent = message;
    input.setAttribute('aria-describedby', id);
  }
  function clearFieldError(input) {
    var wrap = fieldWrapper(input);
    removeClass(wrap, 'e-error');
    input.setAttribute('aria-invalid', 'false');
    var msg = document.getElementById((input.name || input.id) + '-info');
    if (msg && msg.parentNode) msg.parentNode.removeChild(msg);
    input.removeAttribute('aria-describedby');
  }
  function FormValidator(form, o) {
    this.form = q(form);
    this.rules = (o && o.rules) || {};
    var self = this;
    Object.keys(this.rules).forEach(function (name) {
      var input = self.form.querySelector('[name="' + name + '"]');
      if (!input) return;
      var ev = input.tagName === 'SELECT' ? 'change' : 'input';
      input.addEventListener(ev, function () { if (input.getAttribute('aria-invalid') === 'true') self.validate(name); });
    });
  }
  FormValidator.prototype.validate = function (only) {
    var ok = true;
    var self = this;
    Object.keys(this.rules).forEach(function (name) {
      if (only && only !== name) return;
      var input = self.form.querySelector('[name="' + name + '"]');
      if (!input) return;
      if (input.closest('[hidden]')) { clearFieldError(input); return; }
      var rule = self.rules[name];
      var v = input.value;
      var msg = null;
      if (rule.required && !v.trim()) msg = rule.required[1];
      else if (rule.regex && !new RegExp(rule.regex[0]).test(v)) msg = rule.regex[1];
      else if (rule.equalTo) {
        var other = self.form.querySelector('[name="' + rule.equalTo[0] + '"]');
        if (other && other.value !== v) msg = rule.equalTo[1];
      }
      if (msg) { ok = false; showFieldError(input, msg); } else clearFieldError(input);
    });
    return ok;
  };
  ej.inputs = { TextBox: TextBox, FormValidator: FormValidator, showFieldError: showFieldError, clearFieldError: clearFieldError };

  /* ---------------------------------------------------------------- OtpInput */
  function OtpInput(o) { this.o = extend({ length: 4, stylingMode: 'outlined', type: 'number' }, o); }
  OtpInput.prototype.appendTo = function (sel) {
    var host = q(sel);
    var o = this.o;
    var self = this;
    this.element = host;
    addClass(host, 'e-control e-otpinput e-lib ' + (o.stylingMode === 'filled' ? 'e-filled' : o.stylingMode === 'underlined' ? 'e-underline' : 'e-outline'));
    host.setAttribute('role', 'group');
    this.inputs = [];
    for (var i = 0; i < o.length; i++) {
      var inp = el('input', 'e-otp-input', {
        type: o.type === 'password' ? 'password' : 'text',
        inputmode: o.type === 'number' ? 'numeric' : 'text',
        maxlength: '1',
        autocomplete: 'off',
        'aria-label': (o.ariaLabels && o.ariaLabels[i]) || 'Enter Otp Character ' + (i + 1)
      });
      host.appendChild(inp);
      this.inputs.push(inp);
    }
    this.inputs.forEach(function (inp, idx) {
      inp.addEventListener('focus', function () { addClass(inp, 'e-otp-input-focus'); inp.select(); });
      inp.addEventListener('blur', function () { removeClass(inp, 'e-otp-input-focus'); });
      inp.addEventListener('input', function () {
        var v = inp.value;
        if (o.type === 'number') v = v.replace(/[^0-9]/g, '');
        if (v.length > 1) {
          self.fill(idx, v);
          return;
        }
        inp.value = v;
        if (v && idx < self.inputs.length - 1) self.inputs[idx + 1].focus();
        self.changed();
      });
      inp.addEventListener('keydown', function (ev) {
        if (ev.key === 'Backspace' && !inp.value && idx > 0) {
          ev.preventDefault();
          self.inputs[idx - 1].value = '';
          self.inputs[idx - 1].focus();
          self.changed();
        } else if (ev.key === 'ArrowLeft' && idx > 0) {
          ev.preventDefault();
          self.inputs[idx - 1].focus();
        } else if (ev.key === 'ArrowRight' && idx < self.inputs.length - 1) {
          ev.preventDefault();
          self.inputs[idx + 1].focus();
        }
      });
      inp.addEventListener('paste', function (ev) {
        var t = (ev.clipboardData && ev.clipboardData.getData('text')) || '';
        ev.preventDefault();
        self.fill(idx, o.type === 'number' ? t.replace(/[^0-9]/g, '') : t);
      });
    });
    attach(this, host);
    return this;
  };
  OtpInput.prototype.fill = function (from, text) {
    var i = from;
    for (var c = 0; c < text.length && i < this.inputs.length; c++, i++) this.inputs[i].value = text.charAt(c);
    this.inputs[Math.min(i, this.inputs.length - 1)].focus();
    this.changed();
  };
  OtpInput.prototype.changed = function () {
    var v = this.value;
    removeClass(this.element, 'e-error');
    if (this.o.input) this.o.input.call(this, { value: v });
    if (v.length === this.inputs.length && this.o.valueChanged) this.o.valueChanged.call(this, { value: v });
  };
  OtpInput.prototype.clear = function () { this.inputs.forEach(function (i) { i.value = ''; }); };
  OtpInput.prototype.focusIn = function () { this.inputs[0].focus(); };
  Object.defineProperty(OtpInput.prototype, 'value', {
    get: function () { return this.inputs.map(function (i) { return i.value; }).join(''); }
  });
  ej.inputs.OtpInput = OtpInput;
  ej.buttons = { Button: Button, RadioButton: RadioButton };

  /* ---------------------------------------------------------------- Spinner */
  function createSpinner(o) {
    var target = q(o.target);
    var pane = el('div', 'e-spinner-pane e-spin-hide');
    var inner = el('div', 'e-spinner-inner', { 'aria-label': 'Loading' });
    inner.innerHTML = '<svg class="e-spin-material" viewBox="0 0 36 36"><path class="e-path-circle" d="M18 3 A15 15 0 1 1 3 18"></path></svg>';
    pane.appendChild(inner);
    if (getComputedStyle(target).position === 'static') target.style.position = 'relative';
    target.appendChild(pane);
  }
  function showSpinner(t) { var p = q(t).querySelector(':scope > .e-spinner-pane'); if (p) { removeClass(p, 'e-spin-hide'); addClass(p, 'e-spin-show'); } }
  function hideSpinner(t) { var p = q(t).querySelector(':scope > .e-spinner-pane'); if (p) { removeClass(p, 'e-spin-show'); addClass(p, 'e-spin-hide'); } }

  /* ---------------------------------------------------------------- Dialog */
  var openModals = [];
  function focusables(root) {
    return Array.prototype.filter.call(
      root.querySelectorAll('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])'),
      function (x) { return !x.disabled && x.offsetParent !== null; }
    );
  }
  function Dialog(o) {
    this.o = extend({ isModal: true, showCloseIcon: true, closeOnEscape: true, width: '100%', visible: true, animationSettings: { effect: 'Fade', duration: 400 } }, o);
  }
  Dialog.prototype.appendTo = function (sel) {
    var o = this.o;
    var self = this;
    var d = sel ? q(sel) : el('div');
    if (!d.id) d.id = getUniqueID('dialog');
    this.element = d;
    var contentNodes = Array.prototype.slice.call(d.childNodes);
    d.innerHTML = '';
    addClass(d, 'e-control e-dialog e-lib e-popup e-popup-close' + (o.isModal ? ' e-dlg-modal' : '') + (o.cssClass ? ' ' + o.cssClass : ''));
    if (o.animationSettings && o.animationSettings.effect === 'Zoom') addClass(d, 'e-dlg-zoom');
    d.setAttribute('role', 'dialog');
    d.setAttribute('tabindex', '-1');
    d.setAttribute('aria-modal', o.isModal ? 'true' : 'false');
    d.style.width = o.width;
    d.style.maxWidth = 'calc(100% - 20px)';
    if (o.header != null) {
      var head = el('div', 'e-dlg-header-content', { id: d.id + '_dialog-header' });
      if (o.showCloseIcon) {
        var cb = el('button', 'e-dlg-closeicon-btn e-control e-btn e-lib e-flat e-icon-btn', { type: 'button', title: 'Close', 'aria-label': 'Close' });
        cb.appendChild(el('span', 'e-btn-icon e-icon-dlg-close e-icons'));
        cb.addEventListener('click', function () { self.hide('CloseIcon'); });
        head.appendChild(cb);
      }
      var title = el('div', 'e-dlg-header', { id: d.id + '_title' });
      title.innerHTML = o.header;
      head.appendChild(title);
      d.appendChild(head);
      d.setAttribute('aria-labelledby', d.id + '_title');
    }
    var content = el('div', 'e-dlg-content', { id: d.id + '_dialog-content' });
    if (o.content != null) content.innerHTML = o.content;
    else contentNodes.forEach(function (n) { content.appendChild(n); });
    d.appendChild(content);
    d.setAttribute('aria-describedby', d.id + '_dialog-content');
    if (o.buttons && o.buttons.length) {
      var foot = el('div', 'e-footer-content');
      this.buttons = o.buttons.map(function (b) {
        var be = el('button', '', { type: 'button' });
        new Button({ isPrimary: b.buttonModel.isPrimary, cssClass: 'e-flat' + (b.buttonModel.cssClass ? ' ' + b.buttonModel.cssClass : ''), content: b.buttonModel.content }).appendTo(be);
        be.addEventListener('click', function (ev) { if (b.click) b.click.call(self, ev); });
        foot.appendChild(be);
        return be;
      });
      d.appendChild(foot);
    }
    var container = el('div', 'e-dlg-container e-dlg-center-center');
    this.container = container;
    document.body.appendChild(container);
    container.appendChild(d);
    if (o.isModal) {
      this.overlay = el('div', 'e-dlg-overlay');
      container.appendChild(this.overlay);
    }
    d.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape' && o.closeOnEscape) { ev.preventDefault(); self.hide('Escape'); }
      else if (ev.key === 'Tab' && o.isModal) {
        var f = focusables(d);
        if (!f.length) return;
        var first = f[0], last = f[f.length - 1];
        if (ev.shiftKey && document.activeElement === first) { ev.preventDefault(); last.focus(); }
        else if (!ev.shiftKey && document.activeElement === last) { ev.preventDefault(); first.focus(); }
      }
    });
    attach(this, d);
    if (o.visible) this.show();
    return this;
  };
  Dialog.prototype.show = function () {
    var d = this.element;
    var self = this;
    this.prevFocus = document.activeElement;
    this.container.style.display = 'flex';
    this.container.style.zIndex = String(1000 + openModals.length * 10);
    openModals.push(this);
    if (this.o.isModal) addClass(document.body, 'e-scroll-disabled');
    void d.offsetWidth;
    removeClass(d, 'e-popup-close');
    addClass(d, 'e-popup-open');
    this.visible = true;
    setTimeout(function () {
      var content = d.querySelector('.e-dlg-content');
      var f = focusables(content);
      var prim = d.querySelector('.e-footer-content .e-primary');
      (f[0] || prim || d).focus();
      if (self.o.open) self.o.open.call(self);
    }, 20);
  };
  Dialog.prototype.hide = function (reason) {
    if (!this.visible) return;
    var self = this;
    var d = this.element;
    this.visible = false;
    removeClass(d, 'e-popup-open');
    var dur = (this.o.animationSettings && this.o.animationSettings.duration) || 400;
    setTimeout(function () {
      addClass(d, 'e-popup-close');
      self.container.style.display = 'none';
      openModals = openModals.filter(function (m) { return m !== self; });
      if (!openModals.length) removeClass(document.body, 'e-scroll-disabled');
      if (self.prevFocus && self.prevFocus.focus && document.contains(self.prevFocus)) self.prevFocus.focus();
      if (self.o.close) self.o.close.call(self, { closedBy: reason || 'user action' });
      if (self.destroyOnHide) self.destroy();
    }, dur);
  };
  Dialog.prototype.destroy = function () { if (this.container.parentNode) this.container.parentNode.removeChild(this.container); };
  var DialogUtility = {
    confirm: function (o) {
      var dlg;
      var ok = o.okButton || {};
      var cancel = o.cancelButton || {};
      dlg = new Dialog({
        header: o.title || '',
        content: o.content,
        width: o.width || '400px',
        showCloseIcon: !!o.showCloseIcon,
        closeOnEscape: o.closeOnEscape !== false,
        animationSettings: o.animationSettings || { effect: 'Zoom', duration: 400 },
        cssClass: 'e-confirm-dialog',
        buttons: [
          { buttonModel: { content: ok.text || 'OK', isPrimary: true }, click: function (ev) { if (ok.click) ok.click.call(dlg, ev); else dlg.hide(); } },
          { buttonModel: { content: cancel.text || 'Cancel' }, click: function (ev) { if (cancel.click) cancel.click.call(dlg, ev); else dlg.hide(); } }
        ]
      });
      dlg.destroyOnHide = true;
      dlg.appendTo(null);
      return dlg;
    }
  };

  /* ---------------------------------------------------------------- Toast */
  function Toast(o) {
    this.o = extend({ position: { X: 'Right', Y: 'Top' }, timeOut: 5000, extendedTimeout: 1000, showProgressBar: false, showCloseButton: false, newestOnTop: true }, o);
  }
  Toast.prototype.appendTo = function (sel) {
    var c = q(sel);
    this.element = c;
    addClass(c, 'e-toast-container e-toast-' + this.o.position.Y.toLowerCase() + '-' + this.o.position.X.toLowerCase());
    c.setAttribute('role', 'region');
    c.setAttribute('aria-label', 'Toast');
    if (c.parentNode !== document.body) document.body.appendChild(c);
    attach(this, c);
    return this;
  };
  Toast.prototype.show = function (m) {
    var o = extend(this.o, m);
    var self = this;
    var t = el('div', 'e-toast' + (o.cssClass ? ' ' + o.cssClass : '') + (o.title ? ' e-toast-header-icon' : ''), { id: getUniqueID('toast'), role: 'alert', 'aria-live': 'assertive' });
    var type = (o.cssClass || '').replace('e-toast-', '') || 'info';
    t.appendChild(el('div', 'e-toast-icon e-icons e-toast-' + type + '-icon'));
    var msg = el('div', 'e-toast-message');
    if (o.title) msg.appendChild(el('div', 'e-toast-title', null, o.title));
    msg.appendChild(el('div', 'e-toast-content', null, o.content || ''));
    t.appendChild(msg);
    if (o.showCloseButton) {
      var x = el('div', 'e-toast-close-icon e-icons', { tabindex: '0', role: 'button', 'aria-label': 'close' });
      x.addEventListener('click', function () { self.hide(t); });
      t.appendChild(x);
    }
    var bar = null;
    if (o.showProgressBar && o.timeOut > 0) { bar = el('div', 'e-toast-progress'); t.appendChild(bar); }
    if (o.newestOnTop) this.element.insertBefore(t, this.element.firstChild); else this.element.appendChild(t);
    void t.offsetWidth;
    addClass(t, 'e-toast-show');
    if (o.timeOut > 0) {
      var started = Date.now();
      var remaining = o.timeOut;
      var paused = false;
      var total = o.timeOut;
      var tick = function () {
        if (!t.parentNode || t.dataset.hiding) return;
        if (!paused) {
          var left = remaining - (Date.now() - started);
          if (bar) bar.style.width = Math.max(0, (left / total) * 100) + '%';
          if (left <= 0) { self.hide(t); return; }
        }
        requestAnimationFrame(tick);
      };
      t.addEventListener('mouseenter', function () { paused = true; remaining = remaining - (Date.now() - started); if (bar) bar.style.width = '100%'; });
      t.addEventListener('mouseleave', function () { paused = false; started = Date.now(); remaining = o.extendedTimeout || 1000; total = remaining; });
      requestAnimationFrame(tick);
    }
    return t;
  };
  Toast.prototype.hide = function (t) {
    var self = this;
    var list = t === 'All' || !t ? Array.prototype.slice.call(this.element.children) : [t];
    list.forEach(function (x) {
      if (x.dataset.hiding) return;
      x.dataset.hiding = '1';
      removeClass(x, 'e-toast-show');
      setTimeout(function () { if (x.parentNode === self.element) self.element.removeChild(x); }, 600);
    });
  };
  ej.notifications = { Toast: Toast };
  ej.popups = { Dialog: Dialog, DialogUtility: DialogUtility, createSpinner: createSpinner, showSpinner: showSpinner, hideSpinner: hideSpinner };

  /* ---------------------------------------------------------------- DropDownList */
  function DropDownList(o) {
    this.o = extend({ dataSource: [], placeholder: '', allowFiltering: false, filterType: 'StartsWith', popupHeight: '300px', filterBarPlaceholder: '', noRecordsTemplate: 'No records found' }, o);
    this.value = null;
    this.text = null;
  }
  DropDownList.prototype.appendTo = function (sel) {
    var input = q(sel);
    var o = this.o;
    var self = this;
    this.element = input;
    var name = input.getAttribute('name') || input.id;
    input.removeAttribute('name');
    var wrap = el('span', 'e-input-group e-control-wrapper e-ddl e-lib e-keyboard' + (o.cssClass ? ' ' + o.cssClass : ''));
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    this.wrapper = wrap;
    input.type = 'text';
    input.readOnly = true;
    addClass(input, 'e-control e-dropdownlist e-lib e-input');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-haspopup', 'listbox');
    input.setAttribute('aria-disabled', 'false');
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('tabindex', '0');
    input.setAttribute('placeholder', o.placeholder);
    var hidden = el('select', 'e-ddl-hidden', { 'aria-hidden': 'true', tabindex: '-1', name: name });
    hidden.appendChild(el('option', '', { value: '' }, ''));
    this.hidden = hidden;
    wrap.appendChild(hidden);
    var icon = el('span', 'e-input-group-icon e-ddl-icon e-search-icon');
    this.icon = icon;
    wrap.appendChild(icon);
    wrap.addEventListener('mousedown', function (ev) {
      ev.preventDefault();
      input.focus();
      if (self.popup) self.hidePopup(); else self.showPopup();
    });
    input.addEventListener('focus', function () { addClass(wrap, 'e-input-focus'); });
    input.addEventListener('blur', function () { if (!self.popup) removeClass(wrap, 'e-input-focus'); });
    input.addEventListener('keydown', function (ev) {
      if ((ev.altKey && ev.key === 'ArrowDown') || ev.key === 'F4') { ev.preventDefault(); self.showPopup(); }
      else if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        ev.preventDefault();
        var i = o.dataSource.indexOf(self.value);
        i = ev.key === 'ArrowDown' ? Math.min(o.dataSource.length - 1, i + 1) : Math.max(0, i - 1);
        self.select(o.dataSource[i], ev);
      } else if (ev.key === 'Escape' && self.popup) { self.hidePopup(); }
    });
    this.onDocDown = function (ev) {
      if (!self.popup) return;
      if (wrap.contains(ev.target) || self.popup.contains(ev.target)) return;
      self.hidePopup();
    };
    document.addEventListener('mousedown', this.onDocDown);
    attach(this, input);
    return this;
  };
  DropDownList.prototype.renderList = function (filterText) {
    var o = this.o;
    var self = this;
    var ul = this.ul;
    ul.innerHTML = '';
    var f = (filterText || '').toLowerCase();
    var items = o.dataSource.filter(function (t) {
      if (!f) return true;
      var lt = t.toLowerCase();
      return o.filterType === 'Contains' ? lt.indexOf(f) >= 0 : o.filterType === 'EndsWith' ? lt.slice(-f.length) === f : lt.indexOf(f) === 0;
    });
    if (!items.length) {
      var nd = el('li', 'e-list-nodata', null, o.noRecordsTemplate);
      ul.appendChild(nd);
      return;
    }
    items.forEach(function (t) {
      var li = el('li', 'e-list-item', { role: 'option', 'data-value': t, id: getUniqueID(self.element.id + '_option'), 'aria-selected': t === self.value ? 'true' : 'false' }, t);
      if (t === self.value) addClass(li, 'e-active');
      li.addEventListener('mouseenter', function () { addClass(li, 'e-hover'); });
      li.addEventListener('mouseleave', function () { removeClass(li, 'e-hover'); });
      li.addEventListener('click', function (ev) { self.select(t, ev); self.hidePopup(); self.element.focus(); });
      ul.appendChild(li);
    });
    var act = ul.querySelector('.e-active') || (f ? ul.querySelector('.e-list-item') : null);
    if (act) this.focusItem(act);
  };
  DropDownList.prototype.focusItem = function (li) {
    var prev = this.ul.querySelector('.e-item-focus');
    if (prev) removeClass(prev, 'e-item-focus');
    if (!li) return;
    addClass(li, 'e-item-focus');
    this.element.setAttribute('aria-activedescendant', li.id);
    var c = this.content;
    if (li.offsetTop < c.scrollTop) c.scrollTop = li.offsetTop;
    else if (li.offsetTop + li.offsetHeight > c.scrollTop + c.clientHeight) c.scrollTop = li.offsetTop + li.offsetHeight - c.clientHeight;
  };
  DropDownList.prototype.showPopup = function () {
    if (this.popup) return;
    var o = this.o;
    var self = this;
    var id = this.element.id;
    var p = el('div', 'e-ddl e-control e-lib e-popup e-popup-open', { id: id + '_popup', 'aria-label': id });
    var filterInput = null;
    if (o.allowFiltering) {
      var fp = el('span', 'e-filter-parent');
      var fg = el('span', 'e-input-group e-control-wrapper e-input-focus');
      filterInput = el('input', 'e-input-filter e-input', { type: 'text', autocomplete: 'off', autocorrect: 'off', spellcheck: 'false', placeholder: o.filterBarPlaceholder, role: 'combobox', 'aria-label': o.filterBarPlaceholder || 'Filter', 'aria-controls': id + '_options', 'aria-expanded': 'true' });
      var clear = el('span', 'e-clear-icon e-clear-icon-hide', { 'aria-label': 'close', role: 'button' });
      fg.appendChild(filterInput);
      fg.appendChild(clear);
      fp.appendChild(fg);
      p.appendChild(fp);
      filterInput.addEventListener('input', function () {
        clear.classList.toggle('e-clear-icon-hide', !filterInput.value);
        self.renderList(filterInput.value);
      });
      clear.addEventListener('mousedown', function (ev) { ev.preventDefault(); filterInput.value = ''; addClass(clear, 'e-clear-icon-hide'); self.renderList(''); filterInput.focus(); });
      filterInput.addEventListener('keydown', function (ev) { self.popupKey(ev); });
    }
    var content = el('div', 'e-content e-dropdownbase', { tabindex: '0' });
    content.style.maxHeight = o.popupHeight;
    var ul = el('ul', 'e-list-parent e-ul', { role: 'listbox', id: id + '_options', 'aria-hidden': 'false', tabindex: '-1' });
    content.appendChild(ul);
    p.appendChild(content);
    this.ul = ul;
    this.content = content;
    this.popup = p;
    document.body.appendChild(p);
    var r = this.wrapper.getBoundingClientRect();
    p.style.left = r.left + window.scrollX + 'px';
    p.style.top = r.bottom + window.scrollY + 'px';
    p.style.width = r.width + 'px';
    p.style.opacity = '0';
    p.style.transform = 'scaleY(.8)';
    this.renderList('');
    this.element.setAttribute('aria-expanded', 'true');
    this.element.setAttribute('aria-owns', id + '_options');
    this.element.setAttribute('aria-controls', id + '_options');
    addClass(this.icon, 'e-icon-anim');
    addClass(this.wrapper, 'e-input-focus');
    requestAnimationFrame(function () { p.style.opacity = '1'; p.style.transform = 'scaleY(1)'; });
    if (filterInput) setTimeout(function () { filterInput.focus(); }, 0);
    else this.element.addEventListener('keydown', (this.inputKey = function (ev) { self.popupKey(ev); }));
    if (o.open) o.open.call(this, { popup: p });
  };
  DropDownList.prototype.popupKey = function (ev) {
    var items = Array.prototype.slice.call(this.ul.querySelectorAll('.e-list-item'));
    var cur = this.ul.querySelector('.e-item-focus') || this.ul.querySelector('.e-active');
    var i = items.indexOf(cur);
    if (ev.key === 'ArrowDown') { ev.preventDefault(); this.focusItem(items[Math.min(items.length - 1, i + 1)]); }
    else if (ev.key === 'ArrowUp') { ev.preventDefault(); this.focusItem(items[Math.max(0, i - 1)]); }
    else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (cur) this.select(cur.getAttribute('data-value'), ev);
      this.hidePopup();
      this.element.focus();
    } else if (ev.key === 'Escape' || (ev.key === 'ArrowUp' && ev.altKey)) { ev.preventDefault(); this.hidePopup(); this.element.focus(); }
    else if (ev.key === 'Tab') { this.hidePopup(); }
  };
  DropDownList.prototype.hidePopup = function () {
    var p = this.popup;
    if (!p) return;
    var self = this;
    this.popup = null;
    if (this.inputKey) { this.element.removeEventListener('keydown', this.inputKey); this.inputKey = null; }
    this.element.setAttribute('aria-expanded', 'false');
    this.element.removeAttribute('aria-owns');
    this.element.removeAttribute('aria-activedescendant');
    removeClass(this.icon, 'e-icon-anim');
    if (document.activeElement !== this.element) removeClass(this.wrapper, 'e-input-focus');
    p.style.opacity = '0';
    setTimeout(function () { if (p.parentNode) p.parentNode.removeChild(p); if (self.o.close) self.o.close.call(self); }, 150);
  };
  DropDownList.prototype.select = function (val, ev) {
    if (val == null) return;
    var prev = this.value;
    this.value = val;
    this.text = val;
    this.element.value = val;
    this.hidden.innerHTML = '';
    this.hidden.appendChild(el('option', '', { value: val, selected: 'selected' }, val));
    addClass(this.wrapper, 'e-valid-input');
    if (this.ul) {
      var self = this;
      Array.prototype.forEach.call(this.ul.querySelectorAll('.e-list-item'), function (li) {
        var on = li.getAttribute('data-value') === self.value;
        li.classList.toggle('e-active', on);
        li.setAttribute('aria-selected', on ? 'true' : 'false');
      });
    }
    if (prev !== val) {
      this.hidden.dispatchEvent(new Event('change', { bubbles: true }));
      if (this.o.change) this.o.change.call(this, { value: val, previousValue: prev, isInteracted: !!ev, e: ev });
    }
  };
  DropDownList.prototype.clear = function () {
    this.value = null;
    this.text = null;
    this.element.value = '';
    this.hidden.innerHTML = '<option value=""></option>';
    removeClass(this.wrapper, 'e-valid-input');
  };
  ej.dropdowns = { DropDownList: DropDownList };

  /* ---------------------------------------------------------------- TreeView */
  function TreeView(o) {
    this.o = extend({ expandOn: 'Auto', fullRowSelect: true, selectedNodes: [], expandedNodes: [], animation: { expand: { effect: 'SlideDown', duration: 400, easing: 'linear' }, collapse: { effect: 'SlideUp', duration: 400, easing: 'linear' } } }, o);
    this.map = {};
  }
  TreeView.prototype.appendTo = function (sel) {
    var host = q(sel);
    var self = this;
    this.element = host;
    addClass(host, 'e-control e-treeview e-lib e-fullrow-wrap');
    var fields = this.o.fields;
    var index = function (list, parent) {
      list.forEach(function (n) { self.map[n.id] = { data: n, parent: parent }; if (n.child) index(n.child, n.id); });
    };
    index(fields.dataSource, null);
    var root = this.renderList(fields.dataSource, 1);
    root.setAttribute('role', 'tree');
    root.setAttribute('tabindex', '0');
    root.setAttribute('aria-activedescendant', '');
    host.appendChild(root);
    this.root = root;
    this.o.expandedNodes.forEach(function (id) { var li = self.li(id); if (li) self.expand(li, false); });
    this.o.selectedNodes.forEach(function (id) { var li = self.li(id); if (li) self.setSelected(li); });
    root.addEventListener('click', function (ev) {
      var li = ev.target.closest('li.e-list-item');
      if (!li || !root.contains(li)) return;
      if (ev.target.classList.contains('e-icon-expandable') || ev.target.classList.contains('e-icon-collapsible')) {
        self.toggle(li);
        self.focusNode(li);
        return;
      }
      if (ev.target.closest('.e-text-content') || ev.target.classList.contains('e-fullrow')) {
        self.focusNode(li);
        self.selectNode(li, ev);
      }
    });
    root.addEventListener('dblclick', function (ev) {
      var li = ev.target.closest('li.e-list-item');
      if (!li || ev.target.classList.contains('e-icons')) return;
      if (self.o.expandOn !== 'None' && self.hasChild(li)) self.toggle(li);
    });
    root.addEventListener('mouseover', function (ev) {
      var li = ev.target.closest('li.e-list-item');
      var prev = root.querySelector('.e-hover');
      if (prev && prev !== li) removeClass(prev, 'e-hover');
      if (li) addClass(li, 'e-hover');
    });
    root.addEventListener('mouseleave', function () { var p = root.querySelector('.e-hover'); if (p) removeClass(p, 'e-hover'); });
    root.addEventListener('keydown', function (ev) { self.keyAction(ev); });
    root.addEventListener('focus', function () { if (!root.querySelector('.e-node-focus')) { var f = root.querySelector('.e-active') || root.querySelector('li.e-list-item'); if (f) self.focusNode(f); } });
    attach(this, host);
    return this;
  };
  TreeView.prototype.li = function (id) { return this.element.querySelector('li[data-uid="' + id + '"]'); };
  TreeView.prototype.hasChild = function (li) { var m = this.map[li.getAttribute('data-uid')]; return !!(m && m.data.child && m.data.child.length); };
  TreeView.prototype.renderList = function (list, level) {
    var self = this;
    var ul = el('ul', 'e-list-parent e-ul', level > 1 ? { role: 'group' } : null);
    list.forEach(function (n) {
      var li = el('li', 'e-list-item e-level-' + level, { role: 'treeitem', 'data-uid': n.id, 'aria-level': String(level), id: self.element.id + '_' + n.id });
      if (n.child && n.child.length) { li.setAttribute('aria-expanded', 'false'); addClass(li, 'e-node-collapsed'); }
      li.appendChild(el('div', 'e-fullrow'));
      var tc = el('div', 'e-text-content');
      if (n.child && n.child.length) tc.appendChild(el('div', 'e-icons interaction e-icon-expandable'));
      tc.appendChild(el('span', 'e-list-text', null, n.text));
      li.appendChild(tc);
      ul.appendChild(li);
    });
    return ul;
  };
  TreeView.prototype.toggle = function (li) { if (li.getAttribute('aria-expanded') === 'true') this.collapse(li); else this.expand(li, true); };
  TreeView.prototype.expand = function (li, animate) {
    if (!this.hasChild(li) || li.getAttribute('aria-expanded') === 'true') return;
    var m = this.map[li.getAttribute('data-uid')];
    var ul = li.querySelector(':scope > ul');
    if (!ul) { ul = this.renderList(m.data.child, Number(li.getAttribute('aria-level')) + 1); li.appendChild(ul); }
    var icon = li.querySelector(':scope > .e-text-content > .e-icons');
    li.setAttribute('aria-expanded', 'true');
    removeClass(li, 'e-node-collapsed');
    removeClass(icon, 'e-icon-expandable');
    addClass(icon, 'e-icon-collapsible');
    ul.style.display = 'block';
    if (!animate) { ul.style.height = ''; return; }
    addClass(icon, 'e-process');
    var h = ul.scrollHeight;
    ul.style.height = '0px';
    ul.style.transition = 'height ' + this.o.animation.expand.duration + 'ms ' + this.o.animation.expand.easing;
    void ul.offsetHeight;
    ul.style.height = h + 'px';
    var self = this;
    setTimeout(function () { ul.style.height = ''; ul.style.transition = ''; removeClass(icon, 'e-process'); if (self.o.nodeExpanded) self.o.nodeExpanded.call(self, { node: li }); }, this.o.animation.expand.duration);
  };
  TreeView.prototype.collapse = function (li) {
    if (li.getAttribute('aria-expanded') !== 'true') return;
    var ul = li.querySelector(':scope > ul');
    var icon = li.querySelector(':scope > .e-text-content > .e-icons');
    li.setAttribute('aria-expanded', 'false');
    addClass(icon, 'e-process');
    removeClass(icon, 'e-icon-collapsible');
    addClass(icon, 'e-icon-expandable');
    ul.style.height = ul.scrollHeight + 'px';
    ul.style.transition = 'height ' + this.o.animation.collapse.duration + 'ms ' + this.o.animation.collapse.easing;
    void ul.offsetHeight;
    ul.style.height = '0px';
    setTimeout(function () { ul.style.display = 'none'; ul.style.transition = ''; addClass(li, 'e-node-collapsed'); removeClass(icon, 'e-process'); }, this.o.animation.collapse.duration);
  };
  TreeView.prototype.setSelected = function (li) {
    var prev = this.element.querySelectorAll('li.e-active');
    Array.prototype.forEach.call(prev, function (p) { removeClass(p, 'e-active'); p.removeAttribute('aria-selected'); });
    addClass(li, 'e-active');
    li.setAttribute('aria-selected', 'true');
  };
  TreeView.prototype.selectNode = function (li, ev) {
    this.setSelected(li);
    var m = this.map[li.getAttribute('data-uid')];
    if (this.o.nodeSelected) this.o.nodeSelected.call(this, { action: 'select', isInteracted: true, node: li, nodeData: { id: m.data.id, text: m.data.text, parentID: m.parent, hasChildren: !!m.data.child }, event: ev });
  };
  TreeView.prototype.focusNode = function (li) {
    var prev = this.element.querySelector('.e-node-focus');
    if (prev) removeClass(prev, 'e-node-focus');
    addClass(li, 'e-node-focus');
    this.root.setAttribute('aria-activedescendant', li.id);
  };
  TreeView.prototype.visible = function () {
    return Array.prototype.filter.call(this.element.querySelectorAll('li.e-list-item'), function (li) {
      var p = li.parentNode.closest('li.e-list-item');
      while (p) { if (p.getAttribute('aria-expanded') !== 'true') return false; p = p.parentNode.closest('li.e-list-item'); }
      return true;
    });
  };
  TreeView.prototype.keyAction = function (ev) {
    var cur = this.element.querySelector('.e-node-focus');
    var vis = this.visible();
    var i = vis.indexOf(cur);
    if (!cur) return;
    if (ev.key === 'ArrowDown') { ev.preventDefault(); if (i < vis.length - 1) this.focusNode(vis[i + 1]); }
    else if (ev.key === 'ArrowUp') { ev.preventDefault(); if (i > 0) this.focusNode(vis[i - 1]); }
    else if (ev.key === 'ArrowRight') {
      ev.preventDefault();
      if (this.hasChild(cur)) { if (cur.getAttribute('aria-expanded') !== 'true') this.expand(cur, true); else this.focusNode(cur.querySelector('li.e-list-item')); }
    } else if (ev.key === 'ArrowLeft') {
      ev.preventDefault();
      if (cur.getAttribute('aria-expanded') === 'true') this.collapse(cur);
      else { var p = cur.parentNode.closest('li.e-list-item'); if (p) this.focusNode(p); }
    } else if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); this.selectNode(cur, ev); }
    else if (ev.key === 'Home') { ev.preventDefault(); this.focusNode(vis[0]); }
    else if (ev.key === 'End') { ev.preventDefault(); this.focusNode(vis[vis.length - 1]); }
  };

  /* ---------------------------------------------------------------- Sidebar */
  function Sidebar(o) { this.o = extend({ width: '260px', dockSize: '56px', enableDock: true, isOpen: true, position: 'Left', type: 'Push' }, o); }
  Sidebar.prototype.appendTo = function (sel) {
    var s = q(sel);
    this.element = s;
    addClass(s, 'e-control e-sidebar e-lib e-' + this.o.position.toLowerCase() + ' e-' + this.o.type.toLowerCase() + (this.o.enableDock ? ' e-dock' : '') + ' e-transition');
    this.main = this.o.target ? q(this.o.target) : null;
    if (this.main) addClass(this.main, 'e-main-content e-content-animation');
    this.setState(this.o.isOpen);
    attach(this, s);
    return this;
  };
  Sidebar.prototype.setState = function (open) {
    this.isOpen = open;
    this.element.classList.toggle('e-open', open);
    this.element.classList.toggle('e-close', !open);
    this.element.style.width = open ? this.o.width : this.o.enableDock ? this.o.dockSize : '0px';
    if (this.main) this.main.style.marginLeft = this.element.style.width;
  };
  Sidebar.prototype.toggle = function () { this.setState(!this.isOpen); };
  ej.navigations = { TreeView: TreeView, Sidebar: Sidebar };

  /* ---------------------------------------------------------------- page helpers (site.js) */
  var app = (window.app = {});
  app.token = function () { var t = document.querySelector('input[name="__RequestVerificationToken"]'); return t ? t.value : ''; };
  app.toast = null;
  app.notify = function (kind, title, content) {
    if (!app.toast) {
      var host = document.getElementById('toast_container') || document.body.appendChild(el('div', '', { id: 'toast_container' }));
      app.toast = new Toast({ position: { X: 'Right', Y: 'Top' }, timeOut: 3000, showProgressBar: true, showCloseButton: true });
      app.toast.appendTo(host);
    }
    return app.toast.show({ title: title, content: content, cssClass: 'e-toast-' + kind });
  };
  app.inline = function (id, text) { var e = document.getElementById(id); if (e) e.textContent = text || ''; };
  app.sessionExpired = function (inlineId) {
    var msg = 'Your session has expired. Please login again.';
    app.notify('danger', 'Session Expired', msg);
    if (inlineId) app.inline(inlineId, msg);
    setTimeout(function () { location.href = '/Account/Login?ReturnUrl=' + encodeURIComponent(location.pathname); }, 2500);
  };
  /* POST form-urlencoded with the antiforgery token; resolves to the JSON, or null when the session is gone */
  app.post = function (url, data, opts) {
    var body = new URLSearchParams();
    Object.keys(data || {}).forEach(function (k) { body.append(k, data[k] == null ? '' : data[k]); });
    body.append('__RequestVerificationToken', app.token());
    var spin = opts && opts.spinner;
    if (spin) showSpinner(spin);
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8', 'X-Requested-With': 'XMLHttpRequest', RequestVerificationToken: app.token() },
      body: body.toString()
    }).then(function (res) {
      if (spin) hideSpinner(spin);
      if (res.status === 401) { app.sessionExpired(opts && opts.inline); return null; }
      if (!res.ok) { app.notify('danger', 'Error', 'The request could not be processed (' + res.status + '). Please try again.'); return null; }
      return res.json();
    }, function () {
      if (spin) hideSpinner(spin);
      app.notify('danger', 'Error', 'Unable to reach the server. Please check your connection.');
      return null;
    });
  };
})();
`;

/* ------------------------------------------------------------------------------------------ */
/* Server-side views (the Razor views, written out by hand)                                    */
/* ------------------------------------------------------------------------------------------ */
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON safe to embed in an inline script. */
function js(v: unknown): string {
  return JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const LOGO = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="19" fill="#fff"/>' +
    '<circle cx="20" cy="20" r="15" fill="#ff9933"/><circle cx="20" cy="20" r="10" fill="#fff"/>' +
    '<text x="20" y="25" font-family="Arial" font-size="13" font-weight="bold" text-anchor="middle" fill="#3f51b5">e</text></svg>',
).toString('base64')}`;

function drawCaptcha(text: string): string {
  const rnd = (a: number, b: number): number => a + Math.random() * (b - a);
  const colors = ['#1a237e', '#b71c1c', '#1b5e20', '#4a148c', '#e65100', '#263238'];
  let svg = '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="44" viewBox="0 0 150 44">';
  svg += '<rect width="150" height="44" fill="#eef1f6"/>';
  for (let i = 0; i < 40; i++) {
    svg += `<circle cx="${rnd(0, 150).toFixed(1)}" cy="${rnd(0, 44).toFixed(1)}" r="${rnd(0.5, 1.8).toFixed(1)}" fill="#${Math.floor(
      rnd(0x444444, 0xaaaaaa),
    ).toString(16)}"/>`;
  }
  [...text].forEach((ch, i) => {
    const x = 18 + i * 27 + rnd(-3, 3);
    const y = 30 + rnd(-4, 4);
    const color = colors[Math.floor(rnd(0, colors.length))] ?? '#263238';
    svg += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="Courier New,monospace" font-size="${Math.floor(
      rnd(24, 29),
    )}" font-weight="bold" fill="${color}" transform="rotate(${rnd(-22, 22).toFixed(1)} ${x.toFixed(1)} ${y.toFixed(
      1,
    )})">${esc(ch)}</text>`;
  });
  for (let i = 0; i < 6; i++) {
    svg += `<path d="M${rnd(0, 30).toFixed(0)} ${rnd(0, 44).toFixed(0)} Q ${rnd(40, 110).toFixed(0)} ${rnd(
      0,
      44,
    ).toFixed(0)} ${rnd(120, 150).toFixed(0)} ${rnd(0, 44).toFixed(0)}" stroke="#${Math.floor(
      rnd(0x555555, 0x999999),
    ).toString(16)}" stroke-width="${rnd(0.8, 1.8).toFixed(1)}" fill="none"/>`;
  }
  svg += '</svg>';
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

interface PageParts {
  title: string;
  token: string;
  body: string;
  script: string;
}

function layout(p: PageParts): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(p.title)} - e-Invoice System</title>
<style>${CSS}</style>
</head>
<body>
${p.body}
<input name="__RequestVerificationToken" type="hidden" value="${esc(p.token)}">
<div id="toast_container"></div>
<footer class="site-footer">Site owned by the Goods and Services Tax Network. Designed &amp; developed by National Informatics Centre.</footer>
<script>${RUNTIME}</script>
<script>
ej.base.enableRipple(true);
${p.script}
</script>
</body>
</html>`;
}

function brand(): string {
  return `<div class="brand"><img src="${LOGO}" alt="e-Invoice"><div>e-Invoice System<small>Goods and Services Tax Network</small></div></div>`;
}

function homePage(token: string): string {
  const body = `<div class="e-control e-appbar e-lib e-primary" id="appbar">
${brand()}
<div class="e-appbar-separator"></div>
<button id="btnLogin" type="button">Login</button>
</div>
<div class="home-hero"><h1>Welcome to e-Invoice System</h1>
<div>Generate Invoice Reference Numbers (IRN) for your B2B invoices, register your API users and manage your e-invoices.</div></div>
<div class="home-body">
<div class="e-card"><div class="e-card-header"><div class="e-card-header-caption"><div class="e-card-header-title">e-Invoice</div></div></div>
<div class="e-card-content">Taxpayers can generate IRN directly on the portal, in bulk, or through APIs using a GSP or ERP.</div></div>
<div class="e-card"><div class="e-card-header"><div class="e-card-header-caption"><div class="e-card-header-title">API Access</div></div></div>
<div class="e-card-content">Register API users through your GSP from API Registration after logging in. An OTP is sent to the registered mobile number.</div></div>
<div class="e-card"><div class="e-card-header"><div class="e-card-header-caption"><div class="e-card-header-title">Latest Updates</div></div></div>
<div class="e-card-content">Two-factor authentication is mandatory for all users of the e-Invoice System from 01-04-2025.</div></div>
</div>`;
  const script = `new ej.buttons.Button({ cssClass: 'e-flat' }).appendTo('#btnLogin');
document.getElementById('btnLogin').addEventListener('click', function () { location.href = '/Account/Login'; });`;
  return layout({ title: 'Home', token, body, script });
}

function publicBar(): string {
  return `<div class="e-control e-appbar e-lib e-primary" id="appbar">
${brand()}
<div class="e-appbar-separator"></div>
<button id="btnHome" type="button">Home</button>
</div>`;
}

function loginPage(token: string, captchaImage: string, expired: boolean): string {
  const notice = expired
    ? `<div class="e-message e-warning" role="alert"><span class="e-msg-icon"></span><div class="e-msg-content">Your session has expired. Please login again.</div></div>`
    : '';
  const body = `${publicBar()}
<div class="page-login">
<div class="e-card" id="loginCard">
<div class="e-card-header"><div class="e-card-header-caption"><div class="e-card-header-title">Login</div>
<div class="e-card-sub-title">Login to the e-Invoice System with your GST portal credentials</div></div></div>
<div class="e-card-content">
${notice}
<form id="loginForm" method="post" action="/Account/Login" novalidate autocomplete="off">
<div><input id="UserName" name="UserName" type="text" maxlength="15"></div>
<div><input id="Password" name="Password" type="password" maxlength="20"></div>
<div class="captcha-row"><img id="captchaImage" src="${captchaImage}" alt="Captcha"><span id="refreshCaptcha" class="e-icons e-refresh" title="Refresh Captcha"></span></div>
<div><input id="CaptchaCode" name="CaptchaCode" type="text" maxlength="6"></div>
<div class="form-actions"><button id="btnLoginSubmit" type="submit">Login</button></div>
<div style="margin-top:10px"><span id="loginError" class="e-error"></span></div>
</form>
<div class="hint" style="margin-top:14px">Forgot Password? Use the GST portal to reset it.</div>
</div>
</div>
</div>`;
  const script = `new ej.buttons.Button({ cssClass: 'e-flat' }).appendTo('#btnHome');
document.getElementById('btnHome').addEventListener('click', function () { location.href = '/'; });
var userName = new ej.inputs.TextBox({ placeholder: 'User Name', floatLabelType: 'Auto' });
userName.appendTo('#UserName');
var password = new ej.inputs.TextBox({ placeholder: 'Password', floatLabelType: 'Auto', type: 'password' });
password.appendTo('#Password');
var captcha = new ej.inputs.TextBox({ placeholder: 'Enter Captcha', floatLabelType: 'Auto' });
captcha.appendTo('#CaptchaCode');
new ej.buttons.Button({ isPrimary: true, cssClass: 'e-block' }).appendTo('#btnLoginSubmit');
ej.popups.createSpinner({ target: '#loginCard' });
var validator = new ej.inputs.FormValidator('#loginForm', { rules: {
  UserName: { required: [true, 'Please enter User Name'] },
  Password: { required: [true, 'Please enter Password'] },
  CaptchaCode: { required: [true, 'Please enter the Captcha'] }
} });
var captchaImg = document.getElementById('captchaImage');
document.getElementById('refreshCaptcha').addEventListener('click', function () {
  captcha.value = '';
  app.post('/Account/RefreshCaptcha', {}).then(function (r) { if (r && r.image) captchaImg.src = r.image; });
});
document.getElementById('loginForm').addEventListener('submit', function (ev) {
  ev.preventDefault();
  app.inline('loginError', '');
  if (!validator.validate()) return;
  app.post('/Account/Login', { UserName: userName.value, Password: password.value, CaptchaCode: captcha.value },
    { spinner: '#loginCard', inline: 'loginError' }).then(function (r) {
    if (!r) return;
    if (r.success) { location.href = r.redirect; return; }
    app.notify('danger', 'Login Failed', r.message);
    app.inline('loginError', r.message);
    if (r.image) captchaImg.src = r.image;
    captcha.value = '';
    if (r.field === 'captcha') captcha.focusIn(); else { password.value = ''; password.focusIn(); }
  });
});`;
  return layout({ title: 'Login', token, body, script });
}

function loginOtpPage(token: string): string {
  const body = `${publicBar()}
<div class="page-login">
<div class="e-card" id="otpCard">
<div class="e-card-header"><div class="e-card-header-caption"><div class="e-card-header-title">Two-Factor Authentication</div>
<div class="e-card-sub-title">Verify your login</div></div></div>
<div class="e-card-content">
<div>An OTP has been sent to your registered mobile number +91 ******4321 by SMS and on the Sandes app. You may also use the OTP shown in the NIC-GST-Shield app.</div>
<div class="otp-label">Enter OTP</div>
<div id="loginOtp"></div>
<div class="form-actions"><button id="btnVerifyOTP" type="button">Verify OTP</button><button id="btnResendOTP" type="button">Resend OTP</button></div>
<div style="margin-top:10px"><span id="otpError" class="e-error"></span></div>
</div>
</div>
</div>`;
  const script = `new ej.buttons.Button({ cssClass: 'e-flat' }).appendTo('#btnHome');
document.getElementById('btnHome').addEventListener('click', function () { location.href = '/'; });
var otp = new ej.inputs.OtpInput({ length: 6, type: 'number' });
otp.appendTo('#loginOtp');
new ej.buttons.Button({ isPrimary: true }).appendTo('#btnVerifyOTP');
var resend = new ej.buttons.Button({ cssClass: 'e-flat e-primary' });
resend.appendTo('#btnResendOTP');
ej.popups.createSpinner({ target: '#otpCard' });
var timer = null;
function countdown(sec) {
  resend.disabled = true;
  resend.content = 'Resend OTP (' + sec + 's)';
  clearInterval(timer);
  timer = setInterval(function () {
    sec -= 1;
    if (sec <= 0) { clearInterval(timer); resend.disabled = false; resend.content = 'Resend OTP'; }
    else resend.content = 'Resend OTP (' + sec + 's)';
  }, 1000);
}
countdown(30);
setTimeout(function () { otp.focusIn(); }, 50);
document.getElementById('btnResendOTP').addEventListener('click', function () {
  app.post('/Account/ResendOtp', {}, { spinner: '#otpCard', inline: 'otpError' }).then(function (r) {
    if (!r) return;
    app.notify('info', 'OTP Sent', r.message);
    countdown(30);
  });
});
document.getElementById('btnVerifyOTP').addEventListener('click', function () {
  app.inline('otpError', '');
  if (otp.value.length !== 6) {
    ej.base.addClass(otp.element, 'e-error');
    app.inline('otpError', 'Please enter the 6 digit OTP.');
    return;
  }
  app.post('/Account/VerifyOtp', { Otp: otp.value }, { spinner: '#otpCard', inline: 'otpError' }).then(function (r) {
    if (!r) return;
    if (r.success) { location.href = r.redirect; return; }
    app.notify('danger', 'Verification Failed', r.message);
    app.inline('otpError', r.message);
    otp.clear();
    ej.base.addClass(otp.element, 'e-error');
    otp.focusIn();
  });
});`;
  return layout({ title: 'Verify OTP', token, body, script });
}

function menuPath(id: string, nodes: MenuNode[] = MENU, trail: MenuNode[] = []): MenuNode[] | null {
  for (const n of nodes) {
    if (n.id === id) return [...trail, n];
    if (n.child) {
      const r = menuPath(id, n.child, [...trail, n]);
      if (r) return r;
    }
  }
  return null;
}

function findByUrl(url: string, nodes: MenuNode[] = MENU): MenuNode | null {
  for (const n of nodes) {
    if (n.url === url) return n;
    if (n.child) {
      const r = findByUrl(url, n.child);
      if (r) return r;
    }
  }
  return null;
}

interface ShellParts {
  title: string;
  token: string;
  gstin: string;
  nodeId: string;
  main: string;
  script: string;
  extra?: string;
}

function shell(p: ShellParts): string {
  const path = menuPath(p.nodeId) ?? [];
  const expanded = path.slice(0, -1).map((n) => n.id);
  const crumbs = path.map((n) => esc(n.text)).join(' / ');
  const body = `<div class="e-control e-appbar e-lib e-primary" id="appbar">
<button id="btnToggleMenu" type="button" title="Menu"></button>
${brand()}
<div class="e-appbar-separator"></div>
<div class="who">GSTIN: ${esc(p.gstin)}<br>${esc(SYNCFUSION_R25_LOGIN.username)}</div>
<button id="btnLogout" type="button">Logout</button>
</div>
<aside id="sidebar"><div class="side-title">Main Menu</div><div id="menuTree"></div></aside>
<div id="main">
<div class="breadcrumb">Home${crumbs ? ` / ${crumbs}` : ''}</div>
${p.main}
</div>
${p.extra ?? ''}`;
  const script = `var MENU = ${js(MENU)};
function findNode(id, list) {
  for (var i = 0; i < list.length; i++) {
    if (list[i].id === id) return list[i];
    if (list[i].child) { var r = findNode(id, list[i].child); if (r) return r; }
  }
  return null;
}
var sidebar = new ej.navigations.Sidebar({ width: '260px', dockSize: '56px', enableDock: true, type: 'Push', target: '#main' });
sidebar.appendTo('#sidebar');
var menu = new ej.navigations.TreeView({
  fields: { dataSource: MENU, id: 'id', text: 'text', child: 'child' },
  expandedNodes: ${js(expanded)},
  selectedNodes: ${js([p.nodeId])},
  nodeSelected: function (args) {
    var n = findNode(args.nodeData.id, MENU);
    if (n && n.url) location.href = n.url;
  }
});
menu.appendTo('#menuTree');
new ej.buttons.Button({ cssClass: 'e-flat e-inherit', iconCss: 'e-icons e-menu' }).appendTo('#btnToggleMenu');
document.getElementById('btnToggleMenu').addEventListener('click', function () { sidebar.toggle(); });
new ej.buttons.Button({ cssClass: 'e-flat e-inherit' }).appendTo('#btnLogout');
document.getElementById('btnLogout').addEventListener('click', function () { location.href = '/Account/Logout'; });
${p.script}`;
  return layout({ title: p.title, token: p.token, body, script });
}

function card(title: string, sub: string, content: string, id = ''): string {
  return `<div class="e-card"${id ? ` id="${id}"` : ''}>
<div class="e-card-header"><div class="e-card-header-caption"><div class="e-card-header-title">${esc(title)}</div>${
    sub ? `<div class="e-card-sub-title">${esc(sub)}</div>` : ''
  }</div></div>
<div class="e-card-content">${content}</div>
</div>`;
}

function dashboardPage(token: string, gstin: string, showPopup: boolean, apiUsers: number): string {
  const main = `<h1 class="page-title">Dash Board</h1>
<div class="cards">
${card('Generations', 'IRNs generated this month', '<div class="count">0</div>')}
${card('Cancelled', 'IRNs cancelled this month', '<div class="count">0</div>')}
${card('API Users', 'API users registered for this GSTIN', `<div class="count">${apiUsers}</div>`)}
</div>
${card('Notices', '', '<div>Two-factor authentication is mandatory for all taxpayers from 01-04-2025. Keep the contact details of your technical person up to date.</div>')}`;
  const extra = showPopup
    ? `<div id="techContactDialog"><div>Please verify the contact details of the technical person for this GSTIN.</div>
<table><tbody><tr><td>Name</td><td>Rahul Deshmukh</td></tr><tr><td>Mobile Number</td><td>98XXXXXX21</td></tr><tr><td>E-mail</td><td>r******h@ushafoods.in</td></tr></tbody></table></div>`
    : '';
  const script = showPopup
    ? `var techDialog = new ej.popups.Dialog({
  header: 'Contacts of Technical Person',
  width: '520px',
  isModal: true,
  showCloseIcon: true,
  visible: true,
  animationSettings: { effect: 'Fade', duration: 400 },
  buttons: [
    { buttonModel: { content: 'Update', isPrimary: true }, click: function () { techDialog.hide(); app.notify('success', 'Updated', 'Contact details of the technical person have been confirmed.'); } },
    { buttonModel: { content: 'Exit', cssClass: 'e-danger' }, click: function () { techDialog.hide(); } }
  ]
});
techDialog.appendTo('#techContactDialog');`
    : '';
  return shell({ title: 'Dash Board', token, gstin, nodeId: 'dash', main, script, extra });
}

function genericPage(token: string, gstin: string, node: MenuNode): string {
  const main = `<h1 class="page-title">${esc(node.text)}</h1>${card(node.text, '', '<div>No records found.</div>')}`;
  return shell({ title: node.text, token, gstin, nodeId: node.id, main, script: '' });
}

function createApiUserPage(token: string, gstin: string): string {
  const main = `<h1 class="page-title">Create API User</h1>
<div style="max-width:640px">
${card(
  'API Registration',
  `GSTIN: ${gstin}`,
  `<div>To create an API user, an OTP will be sent to the mobile number registered for this GSTIN (+91 ******4321).</div>
<div class="form-actions" style="margin-top:14px"><button id="btnSendOtp" type="button">Send OTP</button></div>
<div class="hint" id="otpSentInfo" style="margin-top:8px"></div>
<div style="max-width:280px"><input id="ApiOtp" name="ApiOtp" type="text" maxlength="6" inputmode="numeric"></div>
<div class="form-actions"><button id="btnVerifyApiOtp" type="button">Verify OTP</button></div>
<div style="margin-top:10px"><span id="apiOtpError" class="e-error"></span></div>`,
  'apiOtpCard',
)}
</div>`;
  const script = `var sendBtn = new ej.buttons.Button({ isPrimary: true });
sendBtn.appendTo('#btnSendOtp');
var apiOtp = new ej.inputs.TextBox({ placeholder: 'Enter OTP', floatLabelType: 'Auto', enabled: false });
apiOtp.appendTo('#ApiOtp');
var verifyBtn = new ej.buttons.Button({ isPrimary: true, disabled: true });
verifyBtn.appendTo('#btnVerifyApiOtp');
ej.popups.createSpinner({ target: '#apiOtpCard' });
var timer = null;
function countdown(sec) {
  sendBtn.disabled = true;
  sendBtn.content = 'Resend OTP (' + sec + 's)';
  clearInterval(timer);
  timer = setInterval(function () {
    sec -= 1;
    if (sec <= 0) { clearInterval(timer); sendBtn.disabled = false; sendBtn.content = 'Resend OTP'; }
    else sendBtn.content = 'Resend OTP (' + sec + 's)';
  }, 1000);
}
document.getElementById('btnSendOtp').addEventListener('click', function () {
  app.inline('apiOtpError', '');
  app.post('/ApiRegistration/SendOtp', {}, { spinner: '#apiOtpCard', inline: 'apiOtpError' }).then(function (r) {
    if (!r) return;
    if (!r.success) { app.notify('danger', 'Error', r.message); app.inline('apiOtpError', r.message); return; }
    app.notify('success', 'OTP Sent', r.message);
    document.getElementById('otpSentInfo').textContent = r.message;
    apiOtp.enabled = true;
    verifyBtn.disabled = false;
    apiOtp.focusIn();
    countdown(30);
  });
});
document.getElementById('btnVerifyApiOtp').addEventListener('click', function () {
  app.inline('apiOtpError', '');
  if (!/^[0-9]{6}$/.test(apiOtp.value)) { ej.inputs.showFieldError(apiOtp.element, 'Please enter the 6 digit OTP'); return; }
  ej.inputs.clearFieldError(apiOtp.element);
  app.post('/ApiRegistration/VerifyOtp', { Otp: apiOtp.value }, { spinner: '#apiOtpCard', inline: 'apiOtpError' }).then(function (r) {
    if (!r) return;
    if (r.success) { location.href = r.redirect; return; }
    app.notify('danger', 'Verification Failed', r.message);
    app.inline('apiOtpError', r.message);
    apiOtp.value = '';
    apiOtp.focusIn();
  });
});`;
  return shell({ title: 'Create API User', token, gstin, nodeId: 'create', main, script });
}

interface GridRow {
  gsp: string;
  username: string;
  createdOn: string;
}

function registerPage(token: string, gstin: string, rows: GridRow[]): string {
  const radios = REGISTER_OPTIONS.map((o) => `<input id="rb${o.value}" type="radio">`).join('');
  const main = `<h1 class="page-title">Create API User</h1>
<div style="max-width:760px">
${card(
  'API Registration',
  `GSTIN: ${gstin}`,
  `<form id="regForm" class="reg-form" novalidate autocomplete="off">
<div class="form-row"><div class="cell-label">Do you wish to Register your GSTIN for <span class="req">*</span></div>
<div class="e-radio-group radio-list" id="registerFor">${radios}</div></div>
<div class="form-row" id="rowNotice" hidden><div class="e-message e-info"><span class="e-msg-icon"></span><div class="e-msg-content" id="noticeText"></div></div></div>
<div class="form-row" id="rowGsp" hidden><div class="cell-label">Select your GSP <span class="req">*</span></div>
<div><input id="GspName" name="GspName"></div></div>
<div class="form-row" id="rowUser" hidden><div class="inline-row"><span class="api-prefix">API_</span><div><input id="UserName" name="UserName" type="text" maxlength="15"></div></div></div>
<div class="form-row" id="rowPwd" hidden><div><input id="Password" name="Password" type="password" maxlength="15"></div>
<div class="hint">8 to 15 characters, with at least one upper case letter, one lower case letter, one digit and one special character.</div></div>
<div class="form-row" id="rowPwd2" hidden><div><input id="ConfirmPassword" name="ConfirmPassword" type="password" maxlength="15"></div></div>
<div class="form-actions"><button id="btnSubmit" type="submit">Submit</button><button id="btnExit" type="button">Exit</button></div>
<div style="margin-top:10px"><span id="regError" class="e-error"></span><span id="regSuccess" class="e-success-line"></span></div>
</form>`,
  'regCard',
)}
<div style="margin-top:18px">
${card('Registered GSPs', `GSPs registered for GSTIN ${gstin}`, '<div id="gspGrid"></div>')}
</div>
</div>`;
  const script = `var GSPS = ${js(GSPS)};
var OPTIONS = ${js(REGISTER_OPTIONS)};
var ROWS = ${js(rows)};
function escapeHtml(s) { return String(s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }
function renderGrid(rows) {
  var g = document.getElementById('gspGrid');
  g.className = 'e-control e-grid e-lib e-gridhover e-default';
  g.setAttribute('role', 'grid');
  var cols = ['Sl. No.', 'GSP Name', 'User Name', 'Registered On'];
  var widths = ['70px', '', '', '130px'];
  var h = '<div class="e-gridheader"><div class="e-headercontent"><table class="e-table" role="presentation"><colgroup>';
  widths.forEach(function (w) { h += '<col' + (w ? ' style="width:' + w + '"' : '') + '>'; });
  h += '</colgroup><thead><tr class="e-columnheader" role="row">';
  cols.forEach(function (c, i) { h += '<th class="e-headercell" role="columnheader" aria-colindex="' + (i + 1) + '"><div class="e-headercelldiv"><span class="e-headertext">' + c + '</span></div></th>'; });
  h += '</tr></thead></table></div></div><div class="e-gridcontent"><div class="e-content"><table class="e-table" role="presentation"><colgroup>';
  widths.forEach(function (w) { h += '<col' + (w ? ' style="width:' + w + '"' : '') + '>'; });
  h += '</colgroup><tbody>';
  if (!rows.length) h += '<tr class="e-emptyrow"><td colspan="4">No records to display</td></tr>';
  rows.forEach(function (r, i) {
    h += '<tr class="e-row' + (i % 2 ? ' e-altrow' : '') + '" role="row" aria-rowindex="' + (i + 1) + '">' +
      '<td class="e-rowcell" role="gridcell">' + (i + 1) + '</td>' +
      '<td class="e-rowcell" role="gridcell">' + escapeHtml(r.gsp) + '</td>' +
      '<td class="e-rowcell" role="gridcell">' + escapeHtml(r.username) + '</td>' +
      '<td class="e-rowcell" role="gridcell">' + escapeHtml(r.createdOn) + '</td></tr>';
  });
  h += '</tbody></table></div></div>';
  g.innerHTML = h;
}
renderGrid(ROWS);
var chosen = null;
var notices = {
  Direct: 'Direct API access is available only to taxpayers whose aggregate turnover exceeds the notified limit. Your GSTIN is not eligible.',
  ERP: 'Registration through ERP is not enabled for your GSTIN. Please choose Through GSP.',
  ClientId: 'Registration through the Client-Id of another GSTIN is not enabled for your GSTIN. Please choose Through GSP.'
};
function showRows(v) {
  var gsp = v === 'GSP';
  ['rowGsp', 'rowUser', 'rowPwd', 'rowPwd2'].forEach(function (id) { document.getElementById(id).hidden = !gsp; });
  document.getElementById('rowNotice').hidden = gsp;
  if (!gsp) document.getElementById('noticeText').textContent = notices[v] || '';
}
OPTIONS.forEach(function (o) {
  new ej.buttons.RadioButton({ label: o.label, name: 'RegisterFor', value: o.value, change: function (a) {
    chosen = a.value;
    var group = document.getElementById('registerFor');
    ej.base.removeClass(group, 'e-error');
    var info = document.getElementById('RegisterFor-info');
    if (info) info.parentNode.removeChild(info);
    showRows(a.value);
  } }).appendTo('#rb' + o.value);
});
var gsp = new ej.dropdowns.DropDownList({ dataSource: GSPS, placeholder: 'Select your GSP', allowFiltering: true, filterBarPlaceholder: 'Search GSP', popupHeight: '260px' });
gsp.appendTo('#GspName');
var userName = new ej.inputs.TextBox({ placeholder: 'Username', floatLabelType: 'Auto' });
userName.appendTo('#UserName');
var pwd = new ej.inputs.TextBox({ placeholder: 'Password', floatLabelType: 'Auto', type: 'password' });
pwd.appendTo('#Password');
var pwd2 = new ej.inputs.TextBox({ placeholder: 'Re-enter Password', floatLabelType: 'Auto', type: 'password' });
pwd2.appendTo('#ConfirmPassword');
new ej.buttons.Button({ isPrimary: true }).appendTo('#btnSubmit');
new ej.buttons.Button({}).appendTo('#btnExit');
ej.popups.createSpinner({ target: '#regCard' });
var validator = new ej.inputs.FormValidator('#regForm', { rules: {
  GspName: { required: [true, 'Please select your GSP'] },
  UserName: { required: [true, 'Please enter the Username'], regex: ['^[A-Za-z0-9]{4,15}$', 'Username must be 4 to 15 letters or digits'] },
  Password: { required: [true, 'Please enter the Password'], regex: ['^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}$', 'Password must be 8 to 15 characters with an upper case letter, a lower case letter, a digit and a special character'] },
  ConfirmPassword: { required: [true, 'Please re-enter the Password'], equalTo: ['Password', 'Passwords do not match'] }
} });
document.getElementById('btnExit').addEventListener('click', function () { location.href = '/Home/MainMenu'; });
function setVerdict(ok, text) {
  app.inline('regError', ok ? '' : text);
  app.inline('regSuccess', ok ? text : '');
}
document.getElementById('regForm').addEventListener('submit', function (ev) {
  ev.preventDefault();
  setVerdict(true, '');
  if (!chosen) {
    var group = document.getElementById('registerFor');
    ej.base.addClass(group, 'e-error');
    if (!document.getElementById('RegisterFor-info')) {
      var m = document.createElement('div');
      m.className = 'e-error';
      m.id = 'RegisterFor-info';
      m.setAttribute('role', 'alert');
      m.textContent = 'Please select an option';
      group.parentNode.insertBefore(m, group.nextSibling);
    }
    return;
  }
  if (chosen !== 'GSP') { setVerdict(false, notices[chosen]); return; }
  if (!validator.validate()) return;
  var full = 'API_' + userName.value;
  var dlg = ej.popups.DialogUtility.confirm({
    title: 'Confirmation',
    content: 'Do you want to register the API user <b>' + escapeHtml(full) + '</b> for GSP <b>' + escapeHtml(gsp.value) + '</b>?',
    showCloseIcon: true,
    closeOnEscape: true,
    okButton: { text: 'OK', click: function () {
      dlg.hide();
      app.post('/ApiRegistration/RegisterApiUser', {
        RegisterFor: chosen, GspName: gsp.value, UserName: userName.value, Password: pwd.value, ConfirmPassword: pwd2.value
      }, { spinner: '#regCard', inline: 'regError' }).then(function (r) {
        if (!r) return;
        if (r.list) renderGrid(r.list);
        if (r.success) {
          app.notify('success', 'Success', r.message);
          setVerdict(true, r.message);
          gsp.clear(); userName.value = ''; pwd.value = ''; pwd2.value = '';
        } else {
          app.notify('danger', 'Registration Failed', r.message);
          setVerdict(false, r.message);
          if (r.redirect) setTimeout(function () { location.href = r.redirect; }, 2500);
        }
      });
    } },
    cancelButton: { text: 'Cancel' }
  });
});`;
  return shell({ title: 'Create API User', token, gstin, nodeId: 'create', main, script });
}

/* ------------------------------------------------------------------------------------------ */
/* The server: sessions, antiforgery, controllers                                              */
/* ------------------------------------------------------------------------------------------ */
interface Session {
  stage: 'otp' | 'in';
  popupPending: boolean;
  apiOtpSentAt: number | null;
  apiOtpVerified: boolean;
}

const AUTH_COOKIE = '.AspNetCore.Cookies';
const AF_COOKIE = '.AspNetCore.Antiforgery.r25SfQ1';
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}$/;
const USERNAME_RULE = /^[A-Za-z0-9]{4,15}$/;
const API_OTP_VALIDITY_MS = 10 * 60 * 1000;

function parseCookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 1_000_000) {
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

function formatDate(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

export async function startSyncfusionR25Rendition(
  options: SyncfusionR25Options = {},
): Promise<SyncfusionR25Rendition> {
  const state: SyncfusionR25State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** The registration made before this server started: listed and refused as a duplicate. */
  const seeded: { gstin: string; gsp: string; username: string; createdOn: string }[] = [
    { gstin: state.gstin, gsp: 'TERA SOFTWARE LIMITED', username: 'API_ushatera', createdOn: '14/08/2023' },
  ];
  const sessions = new Map<string, Session>();
  const secret = randomBytes(32);
  let expiredDone = false;

  const tokenFor = (afCookie: string): string =>
    `CfDJ8${createHmac('sha256', secret).update(afCookie).digest('base64url')}`;

  const registered = (): GridRow[] => [
    ...seeded
      .filter((s) => s.gstin === state.gstin)
      .map((s) => ({ gsp: s.gsp, username: s.username, createdOn: s.createdOn })),
    ...state.users
      .filter((u) => u.gstin === state.gstin)
      .map((u) => ({ gsp: u.gsp, username: u.username, createdOn: formatDate(new Date(u.createdOn)) })),
  ];

  const send = (
    res: ServerResponse,
    status: number,
    body: string,
    type: string,
    headers: Record<string, string | string[]> = {},
  ): void => {
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-cache, no-store',
      'X-Frame-Options': 'SAMEORIGIN',
      ...headers,
    });
    res.end(body);
  };
  const sendJson = (res: ServerResponse, v: unknown, headers: Record<string, string | string[]> = {}): void =>
    send(res, 200, JSON.stringify(v), 'application/json; charset=utf-8', headers);
  const redirect = (
    res: ServerResponse,
    to: string,
    headers: Record<string, string | string[]> = {},
  ): void => {
    res.writeHead(302, { Location: to, 'Cache-Control': 'no-cache, no-store', ...headers });
    res.end();
  };
  const toLogin = (res: ServerResponse, path: string): void =>
    redirect(res, `/Account/Login?ReturnUrl=${encodeURIComponent(path)}`);
  /** Cookie authentication answering an AJAX call without a live session. */
  const unauthorized = (res: ServerResponse): void => {
    res.writeHead(401, { 'Cache-Control': 'no-cache, no-store', 'WWW-Authenticate': 'Cookies' });
    res.end();
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    const cookies = parseCookies(req);
    const sid = cookies[AUTH_COOKIE];
    const session = sid ? sessions.get(sid) : undefined;
    const live = session?.stage === 'in' ? session : undefined;
    const setCookies: string[] = [];
    let af = cookies[AF_COOKIE];
    if (!af) {
      af = randomBytes(24).toString('base64url');
      setCookies.push(`${AF_COOKIE}=${af}; path=/; samesite=strict; httponly`);
    }
    const token = tokenFor(af);
    const html = (body: string): void =>
      send(res, 200, body, 'text/html; charset=utf-8', setCookies.length ? { 'Set-Cookie': setCookies } : {});

    if (method === 'GET') {
      if (path === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      if (path === '/' || path === '/Home' || path === '/Home/Index') {
        html(homePage(token));
        return;
      }
      if (path === '/Account/Login') {
        html(loginPage(token, drawCaptcha(state.captcha), url.searchParams.has('ReturnUrl')));
        return;
      }
      if (path === '/Account/Logout') {
        if (sid) sessions.delete(sid);
        redirect(res, '/', {
          'Set-Cookie': `${AUTH_COOKIE}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; httponly`,
        });
        return;
      }
      if (path === '/Account/VerifyOtp') {
        if (session?.stage === 'otp') html(loginOtpPage(token));
        else if (live) redirect(res, '/Home/MainMenu');
        else toLogin(res, path);
        return;
      }
      if (!live) {
        if (path === '/Home/MainMenu' || path.startsWith('/ApiRegistration/') || findByUrl(path))
          toLogin(res, path);
        else send(res, 404, 'Not Found', 'text/plain; charset=utf-8');
        return;
      }
      if (path === '/Home/MainMenu') {
        const popup = live.popupPending;
        live.popupPending = false;
        html(dashboardPage(token, state.gstin, popup, registered().length));
        return;
      }
      if (path === '/ApiRegistration/CreateApiUser') {
        live.apiOtpVerified = false;
        live.apiOtpSentAt = null;
        html(createApiUserPage(token, state.gstin));
        return;
      }
      if (path === '/ApiRegistration/RegisterApiUser') {
        if (!live.apiOtpVerified) redirect(res, '/ApiRegistration/CreateApiUser');
        else html(registerPage(token, state.gstin, registered()));
        return;
      }
      const node = findByUrl(path);
      if (node) {
        html(genericPage(token, state.gstin, node));
        return;
      }
      send(res, 404, 'Not Found', 'text/plain; charset=utf-8');
      return;
    }

    if (method !== 'POST') {
      send(res, 405, 'Method Not Allowed', 'text/plain; charset=utf-8');
      return;
    }

    const body = await readBody(req);
    const tokenOk = (): boolean => {
      const sent = body.get('__RequestVerificationToken') ?? req.headers.requestverificationtoken;
      return Boolean(cookies[AF_COOKIE]) && sent === tokenFor(cookies[AF_COOKIE] ?? '');
    };
    const badRequest = (): void => send(res, 400, 'Bad Request', 'text/plain; charset=utf-8');
    const expireStage = (stage: SyncfusionR25Expiry): boolean => {
      if (options.expireOnce !== stage || expiredDone) return false;
      expiredDone = true;
      if (sid) sessions.delete(sid);
      state.expired.push(stage);
      unauthorized(res);
      return true;
    };

    if (path === '/Account/RefreshCaptcha') {
      if (!tokenOk()) return badRequest();
      sendJson(res, { image: drawCaptcha(state.captcha) });
      return;
    }

    if (path === '/Account/Login') {
      if (!tokenOk()) return badRequest();
      const user = (body.get('UserName') ?? '').trim();
      const pwd = body.get('Password') ?? '';
      const code = (body.get('CaptchaCode') ?? '').trim();
      if (code.toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        sendJson(res, {
          success: false,
          field: 'captcha',
          message: 'Invalid Captcha. Please enter the characters shown in the image.',
          image: drawCaptcha(state.captcha),
        });
        return;
      }
      if (
        user.toLowerCase() !== SYNCFUSION_R25_LOGIN.username.toLowerCase() ||
        pwd !== SYNCFUSION_R25_LOGIN.password
      ) {
        state.refusals.push('login');
        sendJson(res, {
          success: false,
          field: 'login',
          message: 'Invalid Login Credentials. Please check your User Name and Password.',
          image: drawCaptcha(state.captcha),
        });
        return;
      }
      if (sid) sessions.delete(sid);
      const id = createHash('sha256').update(randomBytes(32)).digest('base64url');
      sessions.set(id, { stage: 'otp', popupPending: false, apiOtpSentAt: null, apiOtpVerified: false });
      sendJson(
        res,
        { success: true, redirect: '/Account/VerifyOtp' },
        { 'Set-Cookie': `${AUTH_COOKIE}=${id}; path=/; samesite=lax; httponly` },
      );
      return;
    }

    if (path === '/Account/VerifyOtp' || path === '/Account/ResendOtp') {
      if (session?.stage !== 'otp') return unauthorized(res);
      if (!tokenOk()) return badRequest();
      if (path === '/Account/ResendOtp') {
        sendJson(res, {
          success: true,
          message: 'A new OTP has been sent to your registered mobile number.',
        });
        return;
      }
      if ((body.get('Otp') ?? '').trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        sendJson(res, {
          success: false,
          message: 'Invalid OTP. Please enter the OTP sent to your registered mobile number.',
        });
        return;
      }
      session.stage = 'in';
      session.popupPending = true;
      sendJson(res, { success: true, redirect: '/Home/MainMenu' });
      return;
    }

    if (path === '/ApiRegistration/SendOtp') {
      if (expireStage('api-otp-send')) return;
      if (!live) return unauthorized(res);
      if (!tokenOk()) return badRequest();
      live.apiOtpSentAt = Date.now();
      live.apiOtpVerified = false;
      sendJson(res, {
        success: true,
        message:
          'OTP has been sent to your registered mobile number +91 ******4321. It is valid for 10 minutes.',
      });
      return;
    }

    if (path === '/ApiRegistration/VerifyOtp') {
      if (expireStage('api-otp-verify')) return;
      if (!live) return unauthorized(res);
      if (!tokenOk()) return badRequest();
      if (live.apiOtpSentAt === null) {
        sendJson(res, { success: false, message: 'Please click Send OTP to receive the OTP first.' });
        return;
      }
      if (Date.now() - live.apiOtpSentAt > API_OTP_VALIDITY_MS) {
        sendJson(res, { success: false, message: 'The OTP has expired. Please click Resend OTP.' });
        return;
      }
      if ((body.get('Otp') ?? '').trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        sendJson(res, {
          success: false,
          message: 'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
        });
        return;
      }
      live.apiOtpVerified = true;
      sendJson(res, { success: true, redirect: '/ApiRegistration/RegisterApiUser' });
      return;
    }

    if (path === '/ApiRegistration/RegisterApiUser') {
      if (expireStage('submit')) return;
      if (!live) return unauthorized(res);
      if (!tokenOk()) return badRequest();
      const fail = (message: string, extra: Record<string, unknown> = {}): void =>
        sendJson(res, { success: false, message, list: registered(), ...extra });
      if (!live.apiOtpVerified) {
        fail('Please verify the OTP first.', { redirect: '/ApiRegistration/CreateApiUser' });
        return;
      }
      const mode = body.get('RegisterFor') ?? '';
      const gsp = body.get('GspName') ?? '';
      const typed = (body.get('UserName') ?? '').trim();
      const pwd = body.get('Password') ?? '';
      const pwd2 = body.get('ConfirmPassword') ?? '';
      if (mode !== 'GSP') return fail('Registration through this option is not enabled for your GSTIN.');
      if (!GSPS.includes(gsp)) return fail('Please select your GSP.');
      if (!USERNAME_RULE.test(typed)) return fail('Username must be 4 to 15 letters or digits.');
      if (!PASSWORD_RULE.test(pwd)) {
        return fail(
          'Password must be 8 to 15 characters with an upper case letter, a lower case letter, a digit and a special character.',
        );
      }
      if (pwd !== pwd2) return fail('Passwords do not match.');
      const username = `API_${typed}`;
      const all = [...seeded, ...state.users];
      if (all.some((u) => u.gstin === state.gstin && u.gsp.toLowerCase() === gsp.toLowerCase())) {
        state.refusals.push('duplicate');
        return fail(
          `Your GSTIN ${state.gstin} is already registered with GSP ${gsp}. Please select a different GSP.`,
        );
      }
      if (all.some((u) => u.username.toLowerCase() === username.toLowerCase())) {
        state.refusals.push('username-taken');
        return fail(`User Name ${username} is already taken. Please choose a different User Name.`);
      }
      state.users.push({
        gstin: state.gstin,
        gsp,
        username,
        password: pwd,
        createdOn: new Date().toISOString(),
      });
      sendJson(res, {
        success: true,
        message: `API user ${username} has been created successfully for GSP ${gsp}.`,
        list: registered(),
      });
      return;
    }

    send(res, 404, 'Not Found', 'text/plain; charset=utf-8');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal Server Error', 'text/plain; charset=utf-8');
      else res.end();
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
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
        for (const s of sockets) s.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}
