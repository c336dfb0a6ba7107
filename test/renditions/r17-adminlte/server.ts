/**
 * Rendition r17-adminlte: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2016-2022 CodeIgniter 3 portal on the
 * AdminLTE 2.4 template (Bootstrap 3.3, jQuery 3 era) with bootstrap-select 1.13, iCheck 1.0, toastr 2.1
 * and bootbox 4.4, as many Indian state and PSU portals are built. No library file is loaded: a small
 * hand-written runtime (served as the usual /assets/... files) reproduces the DOM those libraries build
 * and their behaviour (BS3 modals with a separate backdrop, 300 ms fades, jQuery slideDown/slideUp,
 * toastr fades, iCheck's helper layer, bootstrap-select's button + dropdown). Icons are Font Awesome 4 /
 * Glyphicons class names drawn with Unicode characters (no icon font, no network).
 *
 * Choices made where the facts are silent:
 * - URLs: `/` a public home page (top-nav layout, `a.btn.btn-success` "Login" in the header); `/login`
 *   (form POSTs back to `/login`); `/login/otp` (2FA, same login-box); `/dashboard` ("Dash Board");
 *   Create API User at `/api-registration/create-api-user`; the list of registered GSPs at
 *   `/api-registration/registered-gsps`. CodeIgniter cookies: `ci_session` (server-side session, 20 min
 *   idle) and `csrf_cookie_name`, whose value every form and AJAX post carries as `csrf_test_name`
 *   (a mismatch is CodeIgniter's 403 "The action you have requested is not allowed.").
 * - Login: placeholders only (Username, Password, Enter Captcha), the captcha an SVG picture from
 *   `/captcha-image` with a refresh link, an iCheck "Remember Me", "Sign In". The captcha is checked
 *   first (case-insensitive), then the username (case-insensitive) and password. Refusals re-render the
 *   page with a `callout-danger` ("Invalid Captcha. Please enter the characters shown in the image." /
 *   "Invalid Login Credentials. Please check your User Name and Password.") and a `has-error` help-block.
 *   Empty fields get CodeIgniter's "The Username field is required." (no refusal).
 * - 2FA: "Enter OTP" page; wrong OTP: callout-danger "Invalid OTP. Please enter the correct OTP sent to
 *   your registered mobile number."; unlimited retries.
 * - After login, on the first dashboard of a session: bootbox.dialog "Contacts of Technical Person"
 *   (name, mobile, e-mail inputs; "Update" and "Exit"; a × whose aria-hidden is true, as bootbox draws
 *   it), then, once it is hidden, bootbox.alert "Important Notice" (OK, ×).
 * - Menu: AdminLTE tree (accordion, slideDown 500 ms): Dash Board; e-Invoice; API Registration (User
 *   Credentials → Create API User, View API Users; IP Whitelisting; Freeze API User; Change API
 *   Password); MIS Reports; User Management. Other leaves are placeholder pages.
 * - Create API User: box "API Registration" with GSTIN, mobile and "Send OTP" (AJAX; the button
 *   disabled with a spinner and a box overlay meanwhile); then "Enter OTP" + "Verify OTP" slide down,
 *   and "Send OTP" becomes "Resend OTP" after 30 s. Wrong OTP: toastr error "Invalid OTP. Please enter
 *   the valid OTP." + help-block, the box emptied. Verified: the OTP part slides up, a callout-success,
 *   and the form slides down: "Do you wish to Register your GSTIN for" as four iCheck radios (Directly,
 *   Through GSP, Through ERP, Through Client-Id of other; only Through GSP shows the GSP fields, the
 *   others a callout-warning and Submit disabled), "Select your GSP" (bootstrap-select, live search, 28
 *   names), "Username" with an `API_` input-group-addon (3 to 25 letters, digits, `_` or `.`; a typed
 *   leading `API_` is not doubled), "Password" and "Re-enter Password" (8 to 15 characters with upper,
 *   lower, digit, special). Submit validates, then bootbox.confirm "Are you sure you want to create API
 *   user?" (Cancel / Confirm), then the form posts (full page).
 * - Refusals after Submit re-render the form (OTP still verified) with a callout-danger: duplicate ("GSTIN
 *   ... is already registered with the GSP ...", an earlier API user with Tera Software Limited is on
 *   file) and username-taken ("User Name API_x already exists. ..."; API_admin, API_test, API_demo,
 *   API_mhfoods and any created here). Success: 302 to the registered GSPs page with a callout-success and
 *   a DataTables-styled table (Search box, "Showing 1 to 2 of 2 entries", pagination).
 * - Session loss: pages 302 to `/login?msg=session_expired` (alert-warning "Your session has expired.
 *   Please login again."); AJAX answers `{status:'error', code:440, msg:'Session expired'}` and the page
 *   shows a toastr error, then after 1 s goes to `/login?msg=session_expired`. expireOnce deletes the
 *   session on the first request of its stage (POST send-otp, POST verify-otp, POST create-api-user).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type AdminlteR17Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface AdminlteR17Options {
  expireOnce?: AdminlteR17Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface AdminlteR17State {
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

export interface AdminlteR17Rendition {
  url: string;
  close(): Promise<void>;
  state: AdminlteR17State;
}

export const ADMINLTE_R17_LOGIN: { username: string; password: string } = {
  username: 'mhfoods27',
  password: 'Mh@Foods#2017',
};

const MOBILE = 'XXXXXX4521';
const TRADE_NAME = 'M/S MAHALAXMI FOODS';

const GSPS: string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Botree Software International Pvt Ltd',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Computer Age Management Services Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Deloitte Touche Tohmatsu India LLP',
  'E-Connect Solutions Pvt Ltd',
  'Ernst & Young LLP',
  'Excellon Software Pvt Ltd',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'Masters India Private Limited',
  'Mastek Limited',
  'Reliance Corporate IT Park Limited',
  'Seshaasai Business Forms Pvt Ltd',
  'Spice Digital Limited',
  'SREI INFRASTRUCTURE FINANCE LIMITED',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
  'Zoho Corporation Private Limited',
  'Relyon Softech Ltd',
];

/** API users on file before this run (never in state.users). */
const EXISTING = [
  { gsp: 'Tera Software Limited', username: 'API_mhfoods', createdOn: '12/03/2021 11:42:17' },
];
const RESERVED_USERNAMES = ['api_admin', 'api_test', 'api_demo', 'api_einvoice'];

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function stamp(date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(date.getDate())}/${p(date.getMonth() + 1)}/${date.getFullYear()} ${p(date.getHours())}:${p(date.getMinutes())}:${p(date.getSeconds())}`;
}

// ---------------------------------------------------------------------------------------------------
// /assets/bower_components/bootstrap/dist/css/bootstrap.min.css (the Bootstrap 3.3.7 rules the pages use)
// ---------------------------------------------------------------------------------------------------
const BOOTSTRAP_CSS = `
.glyphicon{position:relative;top:1px;display:inline-block;font-family:"DejaVu Sans",sans-serif;font-style:normal;font-weight:400;line-height:1}
.glyphicon-user:before{content:"☻"}.glyphicon-lock:before{content:"⚷"}.glyphicon-phone:before{content:"✆"}.glyphicon-envelope:before{content:"✉"}
.glyphicon-check:before{content:"☑"}.glyphicon-ok:before{content:"✓"}.glyphicon-refresh:before{content:"↻"}
html{font-size:10px;-webkit-tap-highlight-color:rgba(0,0,0,0)}*,*:before,*:after{box-sizing:border-box}
body{margin:0;font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;font-size:14px;line-height:1.42857143;color:#333;background-color:#fff}
a{color:#337ab7;text-decoration:none}a:hover,a:focus{color:#23527c;text-decoration:underline}
h1,h2,h3,h4,h5,h6{font-family:inherit;font-weight:500;line-height:1.1;color:inherit;margin-top:20px;margin-bottom:10px}
h1{font-size:36px}h3{font-size:24px}h4{font-size:18px;margin-top:10px}h5{font-size:14px}
p{margin:0 0 10px}small,.small{font-size:85%}b,strong{font-weight:700}
ul,ol{margin-top:0;margin-bottom:10px}img{vertical-align:middle;border:0}
label{display:inline-block;max-width:100%;margin-bottom:5px;font-weight:700}
input,button,select,textarea{font-family:inherit;font-size:inherit;line-height:inherit;margin:0}
button{overflow:visible;text-transform:none;cursor:pointer}button[disabled]{cursor:default}
input[type=radio],input[type=checkbox]{margin:4px 0 0;line-height:normal}
.container{padding-right:15px;padding-left:15px;margin-right:auto;margin-left:auto}
@media (min-width:768px){.container{width:750px}}@media (min-width:992px){.container{width:970px}}@media (min-width:1200px){.container{width:1170px}}
.row{margin-right:-15px;margin-left:-15px}.row:before,.row:after,.clearfix:before,.clearfix:after,.form-horizontal .form-group:before,.form-horizontal .form-group:after,.container:before,.container:after,.navbar:before,.navbar:after,.modal-footer:before,.modal-footer:after{display:table;content:" "}
.row:after,.clearfix:after,.form-horizontal .form-group:after,.container:after,.navbar:after,.modal-footer:after{clear:both}
[class*="col-"]{position:relative;min-height:1px;padding-right:15px;padding-left:15px}
.col-xs-4,.col-xs-5,.col-xs-7,.col-xs-8,.col-xs-12{float:left}.col-xs-4{width:33.33333333%}.col-xs-5{width:41.66666667%}.col-xs-7{width:58.33333333%}.col-xs-8{width:66.66666667%}.col-xs-12{width:100%}
@media (min-width:768px){.col-sm-2,.col-sm-3,.col-sm-4,.col-sm-5,.col-sm-6,.col-sm-7,.col-sm-8,.col-sm-9,.col-sm-12{float:left}.col-sm-2{width:16.66666667%}.col-sm-3{width:25%}.col-sm-4{width:33.33333333%}.col-sm-5{width:41.66666667%}.col-sm-6{width:50%}.col-sm-7{width:58.33333333%}.col-sm-8{width:66.66666667%}.col-sm-9{width:75%}.col-sm-12{width:100%}.col-sm-offset-3{margin-left:25%}}
@media (min-width:992px){.col-md-3,.col-md-4,.col-md-6,.col-md-8,.col-md-12{float:left}.col-md-3{width:25%}.col-md-4{width:33.33333333%}.col-md-6{width:50%}.col-md-8{width:66.66666667%}.col-md-12{width:100%}}
@media (min-width:1200px){.col-lg-3,.col-lg-6{float:left}.col-lg-3{width:25%}.col-lg-6{width:50%}}
.pull-right{float:right!important}.pull-left{float:left!important}.hidden{display:none!important}.text-center{text-align:center}.text-right{text-align:right}
.text-muted{color:#777}.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
@media (max-width:767px){.hidden-xs{display:none!important}}
table{border-spacing:0;border-collapse:collapse;background-color:transparent}th{text-align:left}td,th{padding:0}
.table{width:100%;max-width:100%;margin-bottom:20px}.table>thead>tr>th,.table>tbody>tr>td,.table>tbody>tr>th{padding:8px;line-height:1.42857143;vertical-align:top;border-top:1px solid #ddd}
.table>thead>tr>th{vertical-align:bottom;border-bottom:2px solid #ddd}.table>thead:first-child>tr:first-child>th{border-top:0}
.table-bordered{border:1px solid #ddd}.table-bordered>thead>tr>th,.table-bordered>tbody>tr>td,.table-bordered>tbody>tr>th{border:1px solid #ddd}.table-bordered>thead>tr>th{border-bottom-width:2px}
.table-striped>tbody>tr:nth-of-type(odd){background-color:#f9f9f9}
.form-group{margin-bottom:15px}
.form-control{display:block;width:100%;height:34px;padding:6px 12px;font-size:14px;line-height:1.42857143;color:#555;background-color:#fff;background-image:none;border:1px solid #ccc;border-radius:4px;box-shadow:inset 0 1px 1px rgba(0,0,0,.075);transition:border-color ease-in-out .15s,box-shadow ease-in-out .15s}
.form-control:focus{border-color:#66afe9;outline:0}.form-control::placeholder{color:#999;opacity:1}
.form-control[disabled],.form-control[readonly]{background-color:#eee;opacity:1}.form-control[disabled]{cursor:not-allowed}
.input-sm{height:30px;padding:5px 10px;font-size:12px;line-height:1.5;border-radius:3px}select.input-sm{height:30px;line-height:30px}
.form-control-static{min-height:34px;padding-top:7px;padding-bottom:7px;margin-bottom:0}
.help-block{display:block;margin-top:5px;margin-bottom:10px;color:#737373}
.has-feedback{position:relative}.has-feedback .form-control{padding-right:42.5px}
.form-control-feedback{position:absolute;top:0;right:0;z-index:2;display:block;width:34px;height:34px;line-height:34px;text-align:center;pointer-events:none}
.has-error .help-block,.has-error .control-label,.has-error .form-control-feedback{color:#a94442}.has-error .form-control{border-color:#a94442}
.checkbox,.radio{position:relative;display:block;margin-top:10px;margin-bottom:10px}.checkbox label,.radio label{min-height:20px;padding-left:20px;margin-bottom:0;font-weight:400;cursor:pointer}
.form-inline .form-control{display:inline-block;width:auto;vertical-align:middle}.form-inline label{margin-bottom:0;vertical-align:middle}
@media (min-width:768px){.form-horizontal .control-label{padding-top:7px;margin-bottom:0;text-align:right}}
.form-horizontal .form-group{margin-right:-15px;margin-left:-15px}
.btn{display:inline-block;padding:6px 12px;margin-bottom:0;font-size:14px;font-weight:400;line-height:1.42857143;text-align:center;white-space:nowrap;vertical-align:middle;touch-action:manipulation;cursor:pointer;user-select:none;background-image:none;border:1px solid transparent;border-radius:4px}
.btn:hover,.btn:focus{text-decoration:none}.btn:active{box-shadow:inset 0 3px 5px rgba(0,0,0,.125)}
.btn.disabled,.btn[disabled]{cursor:not-allowed;opacity:.65;box-shadow:none}
.btn-default{color:#333;background-color:#fff;border-color:#ccc}.btn-primary{color:#fff;background-color:#337ab7;border-color:#2e6da4}
.btn-success{color:#fff;background-color:#5cb85c;border-color:#4cae4c}.btn-danger{color:#fff;background-color:#d9534f;border-color:#d43f3a}
.btn-link{font-weight:400;color:#337ab7;border-radius:0;background:transparent;border-color:transparent}
.btn-sm{padding:5px 10px;font-size:12px;line-height:1.5;border-radius:3px}.btn-block{display:block;width:100%}
.caret{display:inline-block;width:0;height:0;margin-left:2px;vertical-align:middle;border-top:4px solid;border-right:4px solid transparent;border-left:4px solid transparent}
.dropdown,.dropup{position:relative}.dropdown-toggle:focus{outline:0}
.dropdown-menu{position:absolute;top:100%;left:0;z-index:1000;display:none;float:left;min-width:160px;padding:5px 0;margin:2px 0 0;font-size:14px;text-align:left;list-style:none;background-color:#fff;background-clip:padding-box;border:1px solid rgba(0,0,0,.15);border-radius:4px;box-shadow:0 6px 12px rgba(0,0,0,.175)}
.dropdown-menu>li>a{display:block;padding:3px 20px;clear:both;font-weight:400;line-height:1.42857143;color:#333;white-space:nowrap}
.dropdown-menu>li>a:hover,.dropdown-menu>li>a:focus{color:#262626;text-decoration:none;background-color:#f5f5f5}
.dropdown-menu>.active>a,.dropdown-menu>.active>a:hover,.dropdown-menu>.active>a:focus{color:#fff;text-decoration:none;background-color:#337ab7;outline:0}
.open>.dropdown-menu{display:block}.open>a{outline:0}
.input-group{position:relative;display:table;border-collapse:separate}.input-group .form-control{position:relative;z-index:2;float:left;width:100%;margin-bottom:0;display:table-cell}
.input-group-addon{display:table-cell;width:1%;white-space:nowrap;vertical-align:middle;padding:6px 12px;font-size:14px;font-weight:400;line-height:1;color:#555;text-align:center;background-color:#eee;border:1px solid #ccc;border-radius:4px}
.input-group-addon:first-child{border-right:0;border-top-right-radius:0;border-bottom-right-radius:0}.input-group .form-control:last-child{border-top-left-radius:0;border-bottom-left-radius:0}
.nav{padding-left:0;margin-bottom:0;list-style:none}.nav>li{position:relative;display:block}.nav>li>a{position:relative;display:block;padding:10px 15px}
.navbar{position:relative;min-height:50px;margin-bottom:20px;border:1px solid transparent}
@media (min-width:768px){.navbar{border-radius:4px}.navbar-header{float:left}.navbar-nav{float:left;margin:0}.navbar-nav>li{float:left}.navbar-nav>li>a{padding-top:15px;padding-bottom:15px}}
.navbar-nav>li>a{padding-top:10px;padding-bottom:10px;line-height:20px}.navbar-static-top{z-index:1000;border-width:0 0 1px}
.navbar-brand{float:left;height:50px;padding:15px 15px;font-size:18px;line-height:20px}
.breadcrumb{padding:8px 15px;margin-bottom:20px;list-style:none;background-color:#f5f5f5;border-radius:4px}.breadcrumb>li{display:inline-block}
.breadcrumb>li+li:before{padding:0 5px;color:#ccc;content:"/\\00a0"}.breadcrumb>.active{color:#777}
.pagination{display:inline-block;padding-left:0;margin:20px 0;border-radius:4px}.pagination>li{display:inline}
.pagination>li>a{position:relative;float:left;padding:6px 12px;margin-left:-1px;line-height:1.42857143;color:#337ab7;text-decoration:none;background-color:#fff;border:1px solid #ddd}
.pagination>li:first-child>a{margin-left:0;border-top-left-radius:4px;border-bottom-left-radius:4px}.pagination>li:last-child>a{border-top-right-radius:4px;border-bottom-right-radius:4px}
.pagination>.active>a{z-index:3;color:#fff;cursor:default;background-color:#337ab7;border-color:#337ab7}.pagination>.disabled>a{color:#777;cursor:not-allowed;background-color:#fff;border-color:#ddd}
.label{display:inline;padding:.2em .6em .3em;font-size:75%;font-weight:700;line-height:1;color:#fff;text-align:center;white-space:nowrap;vertical-align:baseline;border-radius:.25em}
.alert{padding:15px;margin-bottom:20px;border:1px solid transparent;border-radius:4px}.alert h4{margin-top:0;color:inherit}.alert>p{margin-bottom:0}
.alert-dismissable{padding-right:35px}.alert-dismissable .close{position:relative;top:-2px;right:-21px;color:inherit}
.close{float:right;font-size:21px;font-weight:700;line-height:1;color:#000;text-shadow:0 1px 0 #fff;opacity:.2}.close:hover,.close:focus{color:#000;text-decoration:none;cursor:pointer;opacity:.5}
button.close{-webkit-appearance:none;padding:0;cursor:pointer;background:transparent;border:0}
.fade{opacity:0;transition:opacity .15s linear}.fade.in{opacity:1}
.modal-open{overflow:hidden}.modal{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1050;display:none;overflow:hidden;outline:0}
.modal.fade .modal-dialog{transform:translate(0,-25%);transition:transform .3s ease-out}.modal.in .modal-dialog{transform:translate(0,0)}
.modal-open .modal{overflow-x:hidden;overflow-y:auto}.modal-dialog{position:relative;width:auto;margin:10px}
.modal-content{position:relative;background-color:#fff;background-clip:padding-box;border:1px solid rgba(0,0,0,.2);border-radius:6px;outline:0;box-shadow:0 3px 9px rgba(0,0,0,.5)}
.modal-backdrop{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1040;background-color:#000}.modal-backdrop.fade{opacity:0}.modal-backdrop.in{opacity:.5}
.modal-header{padding:15px;border-bottom:1px solid #e5e5e5}.modal-header .close{margin-top:-2px}.modal-title{margin:0;line-height:1.42857143}
.modal-body{position:relative;padding:15px}.modal-footer{padding:15px;text-align:right;border-top:1px solid #e5e5e5}.modal-footer .btn+.btn{margin-bottom:0;margin-left:5px}
@media (min-width:768px){.modal-dialog{width:600px;margin:30px auto}.modal-content{box-shadow:0 5px 15px rgba(0,0,0,.5)}.modal-sm{width:300px}}
@media (min-width:992px){.modal-lg{width:900px}}
`;

// ---------------------------------------------------------------------------------------------------
// /assets/bower_components/font-awesome/css/font-awesome.min.css (4.7 class names, Unicode glyphs)
// ---------------------------------------------------------------------------------------------------
const FONT_AWESOME_CSS = `
.fa{display:inline-block;font:normal normal normal 14px/1 "DejaVu Sans",sans-serif;font-size:inherit;text-rendering:auto;-webkit-font-smoothing:antialiased}
.fa-lg{font-size:1.33333333em;line-height:.75em;vertical-align:-15%}.fa-fw{width:1.28571429em;text-align:center}
.fa-spin{animation:fa-spin 2s infinite linear}@keyframes fa-spin{0%{transform:rotate(0deg)}100%{transform:rotate(359deg)}}
.fa-dashboard:before{content:"◧"}.fa-file-text-o:before{content:"▤"}.fa-cogs:before{content:"⚙"}.fa-circle-o:before{content:"○"}
.fa-circle:before{content:"●"}.fa-angle-left:before{content:"‹"}.fa-bar-chart:before{content:"▥"}.fa-users:before{content:"☺"}
.fa-user:before{content:"☻"}.fa-refresh:before{content:"↻"}.fa-sign-out:before{content:"⇥"}.fa-check:before{content:"✓"}
.fa-ban:before{content:"⊘"}.fa-warning:before{content:"⚠"}.fa-info:before{content:"ℹ"}.fa-home:before{content:"⌂"}
.fa-minus:before{content:"−"}.fa-key:before{content:"⚷"}.fa-times-circle:before{content:"⊗"}.fa-check-circle:before{content:"✔"}
.fa-bell-o:before{content:"♪"}.fa-question-circle:before{content:"?"}.fa-phone:before{content:"✆"}.fa-download:before{content:"⤓"}
.fa-bullhorn:before{content:"➤"}.fa-arrow-circle-right:before{content:"➜"}.fa-upload:before{content:"⤒"}.fa-list:before{content:"☰"}
.fa-mobile:before{content:"▯"}.fa-envelope:before{content:"✉"}.fa-lock:before{content:"⚷"}.fa-cog:before{content:"⚙"}
`;

// ---------------------------------------------------------------------------------------------------
// /assets/dist/css/AdminLTE.min.css + skins/skin-blue.min.css (AdminLTE 2.4.x, the parts used)
// ---------------------------------------------------------------------------------------------------
const ADMINLTE_CSS = `
html,body{height:100%}.layout-boxed html,.layout-boxed body{height:100%}
body{font-family:"Source Sans Pro","Helvetica Neue",Helvetica,Arial,sans-serif;font-weight:400;overflow-x:hidden;overflow-y:auto}
.wrapper{height:100%;position:relative;overflow-x:hidden;overflow-y:auto}.wrapper:before,.wrapper:after{content:" ";display:table}.wrapper:after{clear:both}
.content-wrapper,.main-footer{transition:transform .3s ease-in-out,margin .3s ease-in-out;margin-left:230px;z-index:820}
.layout-top-nav .content-wrapper,.layout-top-nav .main-footer{margin-left:0}
@media (min-width:768px){.sidebar-collapse .content-wrapper,.sidebar-collapse .main-footer{margin-left:0}}
@media (max-width:767px){.content-wrapper,.main-footer{margin-left:0}.sidebar-open .content-wrapper,.sidebar-open .main-footer{transform:translate(230px,0)}}
.content-wrapper{min-height:100%;background-color:#ecf0f5;z-index:800}
.main-footer{background:#fff;padding:15px;color:#444;border-top:1px solid #d2d6de}
.content{min-height:250px;padding:15px;margin-right:auto;margin-left:auto;padding-left:15px;padding-right:15px}
h1,h2,h3,h4,h5,h6,.h1,.h2,.h3,.h4{font-family:"Source Sans Pro",sans-serif}
a{color:#3c8dbc}a:hover,a:active,a:focus{outline:none;text-decoration:none;color:#72afd2}
.main-header{position:relative;max-height:100px;z-index:1030}.main-header .navbar{transition:margin-left .3s ease-in-out;margin-bottom:0;margin-left:230px;border:none;min-height:50px;border-radius:0}
.layout-top-nav .main-header .navbar{margin-left:0}
.main-header .navbar-custom-menu,.main-header .navbar-right{float:right}
.main-header .navbar .nav>li>a{color:#fff}.main-header .navbar .nav>li>a:hover,.main-header .navbar .nav .open>a{background:rgba(0,0,0,.1);color:#f6f6f6}
.main-header .sidebar-toggle{float:left;background-color:transparent;background-image:none;padding:15px 15px;font-family:"DejaVu Sans",sans-serif;color:#fff}
.main-header .sidebar-toggle:before{content:"☰"}.main-header .sidebar-toggle:hover{color:#fff;background:rgba(0,0,0,.1)}
.main-header .logo{transition:width .3s ease-in-out;display:block;float:left;height:50px;font-size:20px;line-height:50px;text-align:center;width:230px;font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;padding:0 15px;font-weight:300;overflow:hidden}
.main-header .logo .logo-lg{display:block}.main-header .logo .logo-mini{display:none}
.main-header .navbar-brand{color:#fff}
.navbar-nav>.user-menu>.dropdown-menu{border-top-right-radius:0;border-top-left-radius:0;padding:1px 0 0 0;border-top-width:0;width:280px;right:0;left:auto}
.navbar-nav>.user-menu>.dropdown-menu>li.user-header{height:175px;padding:10px;text-align:center}
.navbar-nav>.user-menu>.dropdown-menu>li.user-header>img{z-index:5;height:90px;width:90px;border:3px solid;border-color:rgba(255,255,255,.2)}
.navbar-nav>.user-menu>.dropdown-menu>li.user-header>p{z-index:5;color:rgba(255,255,255,.8);font-size:17px;margin-top:10px}
.navbar-nav>.user-menu>.dropdown-menu>li.user-header>p>small{display:block;font-size:12px}
.navbar-nav>.user-menu>.dropdown-menu>.user-footer{background-color:#f9f9f9;padding:10px}.navbar-nav>.user-menu>.dropdown-menu>.user-footer:after{content:"";display:table;clear:both}
.navbar-nav>.user-menu>.dropdown-menu>.user-footer .btn-default{color:#666}
.navbar-nav>.user-menu .user-image{float:left;width:25px;height:25px;border-radius:50%;margin-right:10px;margin-top:-2px}
.img-circle{border-radius:50%}
.main-sidebar{position:absolute;top:0;left:0;padding-top:50px;min-height:100%;width:230px;z-index:810;transition:transform .3s ease-in-out,width .3s ease-in-out}
@media (max-width:767px){.main-sidebar{padding-top:100px;transform:translate(-230px,0)}.sidebar-open .main-sidebar{transform:translate(0,0)}}
@media (min-width:768px){.sidebar-collapse .main-sidebar{transform:translate(-230px,0)}}
.sidebar{padding-bottom:10px}
.user-panel{position:relative;width:100%;padding:10px;overflow:hidden}.user-panel:after{content:"";display:table;clear:both}
.user-panel>.image>img{width:100%;max-width:45px;height:auto}.user-panel>.info{padding:5px 5px 5px 15px;line-height:1;position:absolute;left:55px}
.user-panel>.info>p{font-weight:600;margin-bottom:9px}.user-panel>.info>a{text-decoration:none;padding-right:5px;margin-top:3px;font-size:11px}
.sidebar-menu{list-style:none;margin:0;padding:0}.sidebar-menu>li{position:relative;margin:0;padding:0}
.sidebar-menu>li>a{padding:12px 5px 12px 15px;display:block}.sidebar-menu li>a{position:relative}.sidebar-menu>li>a>.fa{width:20px}
.sidebar-menu>li .label,.sidebar-menu>li .badge{margin-right:5px}
.sidebar-menu li.header{padding:10px 25px 10px 15px;font-size:12px}
.sidebar-menu li>a>.fa-angle-left,.sidebar-menu li>a>.pull-right-container>.fa-angle-left{width:auto;height:auto;padding:0;margin-right:10px;transition:transform .5s ease}
.sidebar-menu li>a>.pull-right-container>.fa-angle-left{font-size:16px}
.sidebar-menu li>a .pull-right-container{position:absolute;right:10px;top:50%;margin-top:-7px}
.sidebar-menu .menu-open>a>.fa-angle-left,.sidebar-menu .menu-open>a>.pull-right-container>.fa-angle-left{transform:rotate(-90deg)}
.sidebar-menu .active>.treeview-menu{display:block}
.sidebar-menu,.main-sidebar .user-panel,.sidebar-menu>li.header{white-space:nowrap;overflow:hidden}
.sidebar-menu:hover{overflow:visible}
.sidebar-menu .treeview-menu{display:none;list-style:none;padding:0;margin:0;padding-left:5px}
.sidebar-menu .treeview-menu .treeview-menu{padding-left:20px}
.sidebar-menu .treeview-menu>li{margin:0}.sidebar-menu .treeview-menu>li>a{padding:5px 5px 5px 15px;display:block;font-size:14px;position:relative}
.sidebar-menu .treeview-menu>li>a>.fa{width:20px}
.content-header{position:relative;padding:15px 15px 0 15px}.content-header>h1{margin:0;font-size:24px}
.content-header>h1>small{font-size:15px;display:inline-block;padding-left:4px;font-weight:300}
.content-header>.breadcrumb{float:right;background:transparent;margin-top:0;margin-bottom:0;font-size:12px;padding:7px 5px;position:absolute;top:15px;right:10px;border-radius:2px}
.content-header>.breadcrumb>li>a{color:#444;text-decoration:none;display:inline-block}.content-header>.breadcrumb>li>a>.fa{margin-right:5px}
.content-header>.breadcrumb>li+li:before{content:">\\00a0"}
.box{position:relative;border-radius:3px;background:#fff;border-top:3px solid #d2d6de;margin-bottom:20px;width:100%;box-shadow:0 1px 1px rgba(0,0,0,.1)}
.box.box-primary{border-top-color:#3c8dbc}.box.box-success{border-top-color:#00a65a}.box.box-info{border-top-color:#00c0ef}.box.box-danger{border-top-color:#dd4b39}
.box-header{color:#444;display:block;padding:10px;position:relative}.box-header.with-border{border-bottom:1px solid #f4f4f4}
.box-header>.fa,.box-header .box-title{display:inline-block;font-size:18px;margin:0;line-height:1}
.box-header>.box-tools{position:absolute;right:10px;top:5px}
.btn-box-tool{padding:5px;font-size:12px;background:transparent;color:#97a0b3}.btn-box-tool:hover{color:#606c84}
.box-body{border-top-left-radius:0;border-top-right-radius:0;border-bottom-right-radius:3px;border-bottom-left-radius:3px;padding:10px}
.box-body:after,.box-footer:after{content:"";display:table;clear:both}
.box-footer{border-top-left-radius:0;border-top-right-radius:0;border-bottom-right-radius:3px;border-bottom-left-radius:3px;border-top:1px solid #f4f4f4;padding:10px;background-color:#fff}
.box .overlay,.overlay-wrapper .overlay{z-index:50;background:rgba(255,255,255,.7);border-radius:3px;position:absolute;top:0;left:0;width:100%;height:100%}
.box .overlay>.fa,.overlay-wrapper .overlay>.fa{position:absolute;top:50%;left:50%;margin-left:-15px;margin-top:-15px;color:#000;font-size:30px}
.small-box{border-radius:2px;position:relative;display:block;margin-bottom:20px;box-shadow:0 1px 1px rgba(0,0,0,.1)}
.small-box>.inner{padding:10px}.small-box>.small-box-footer{position:relative;text-align:center;padding:3px 0;color:#fff;color:rgba(255,255,255,.8);display:block;z-index:10;background:rgba(0,0,0,.1);text-decoration:none}
.small-box h3{font-size:38px;font-weight:bold;margin:0 0 10px 0;white-space:nowrap;padding:0}.small-box p{font-size:15px}
.small-box .icon{position:absolute;top:-10px;right:10px;z-index:0;font-size:90px;color:rgba(0,0,0,.15)}
.bg-aqua,.callout.callout-info,.alert-info{color:#fff!important}.bg-aqua{background-color:#00c0ef!important}.bg-red{background-color:#dd4b39!important;color:#fff!important}
.bg-green{background-color:#00a65a!important;color:#fff!important}.bg-yellow{background-color:#f39c12!important;color:#fff!important}
.text-red{color:#dd4b39!important}.text-green{color:#00a65a!important}.text-success{color:#00a65a}.text-yellow{color:#f39c12!important}
.label-success{background-color:#00a65a!important}.label-danger{background-color:#dd4b39!important}
.callout{border-radius:3px;margin:0 0 20px 0;padding:15px 30px 15px 15px;border-left:5px solid #eee}.callout a{color:#fff;text-decoration:underline}
.callout h4{margin-top:0;font-weight:600}.callout p:last-child{margin-bottom:0}.callout .icon{margin-right:5px}
.callout.callout-danger,.callout.callout-warning,.callout.callout-info,.callout.callout-success{color:#fff!important}
.callout.callout-danger{border-color:#c23321;background-color:#dd4b39!important}.callout.callout-warning{border-color:#c87f0a;background-color:#f39c12!important}
.callout.callout-info{border-color:#0097bc;background-color:#00c0ef!important}.callout.callout-success{border-color:#00733e;background-color:#00a65a!important}
.alert{border-radius:3px}.alert h4{font-weight:600}.alert .icon{margin-right:10px}.alert .close{color:#000;opacity:.2}
.alert-success,.alert-danger,.alert-warning,.alert-info{color:#fff!important}
.alert-success{background-color:#00a65a!important;border-color:#008d4c}.alert-danger{background-color:#dd4b39!important;border-color:#d73925}
.alert-warning{background-color:#f39c12!important;border-color:#e08e0b}.alert-info{background-color:#00c0ef!important;border-color:#00acd6}
.btn{border-radius:3px;box-shadow:none;border:1px solid transparent}.btn.btn-flat{border-radius:0;box-shadow:none;border-width:1px}
.btn-default{background-color:#f4f4f4;color:#444;border-color:#ddd}.btn-default:hover{background-color:#e7e7e7}
.btn-primary{background-color:#3c8dbc;border-color:#367fa9}.btn-primary:hover{background-color:#367fa9}
.btn-success{background-color:#00a65a;border-color:#008d4c}.btn-success:hover{background-color:#008d4c}
.btn-danger{background-color:#dd4b39;border-color:#d73925}.btn-danger:hover{background-color:#d73925}
.form-control{border-radius:0;box-shadow:none;border-color:#d2d6de}.form-control:focus{border-color:#3c8dbc;box-shadow:none}
.form-group.has-error label{color:#dd4b39}.form-group.has-error .form-control,.form-group.has-error .input-group-addon{border-color:#dd4b39;box-shadow:none}
.form-group.has-error .help-block{color:#dd4b39}.input-group .input-group-addon{border-radius:0;border-color:#d2d6de;background-color:#fff}
.modal-content{border-radius:0;box-shadow:0 2px 3px rgba(0,0,0,.125);border:0}.modal-header{border-bottom-color:#f4f4f4}.modal-footer{border-top-color:#f4f4f4}
.login-logo,.register-logo{font-size:35px;text-align:center;margin-bottom:25px;font-weight:300}.login-logo a{color:#444}
.login-page,.register-page{background:#d2d6de}.login-box,.register-box{width:360px;margin:7% auto}
@media (max-width:768px){.login-box,.register-box{width:90%;margin-top:20px}}
.login-box-body,.register-box-body{background:#fff;padding:20px;border-top:0;color:#666}
.login-box-body .form-control-feedback{color:#777}.login-box-msg,.register-box-msg{margin:0;text-align:center;padding:0 20px 20px 20px}
.hold-transition .content-wrapper,.hold-transition .main-sidebar,.hold-transition .main-footer,.hold-transition .main-header .navbar,.hold-transition .main-header .logo{transition:none}
.skin-blue .main-header .navbar{background-color:#3c8dbc}.skin-blue .main-header .logo{background-color:#367fa9;color:#fff;border-bottom:0 solid transparent}
.skin-blue .main-header .logo:hover{background-color:#357ca5}.skin-blue .main-header li.user-header{background-color:#3c8dbc}
.skin-blue .wrapper,.skin-blue .main-sidebar,.skin-blue .left-side{background-color:#222d32}
.skin-blue.layout-top-nav .wrapper{background-color:#ecf0f5}
.skin-blue .user-panel>.info,.skin-blue .user-panel>.info>a{color:#fff}
.skin-blue .sidebar-menu>li.header{color:#4b646f;background:#1a2226}.skin-blue .sidebar-menu>li>a{border-left:3px solid transparent}
.skin-blue .sidebar-menu>li:hover>a,.skin-blue .sidebar-menu>li.active>a,.skin-blue .sidebar-menu>li.menu-open>a{color:#fff;background:#1e282c}
.skin-blue .sidebar-menu>li.active>a{border-left-color:#3c8dbc}.skin-blue .sidebar-menu>li>.treeview-menu{margin:0 1px;background:#2c3b41}
.skin-blue .sidebar a{color:#b8c7ce}.skin-blue .sidebar a:hover{text-decoration:none}
.skin-blue .sidebar-menu .treeview-menu>li>a{color:#8aa4af}.skin-blue .sidebar-menu .treeview-menu>li.active>a,.skin-blue .sidebar-menu .treeview-menu>li>a:hover{color:#fff}
.layout-top-nav .main-header>.navbar{margin-left:0}.layout-top-nav .content-wrapper>.container{padding-top:15px}
.layout-top-nav .main-header .navbar-nav>li>a.btn{margin:8px 10px;padding:6px 18px;line-height:20px;color:#fff}
.products-list{list-style:none;margin:0;padding:0}.products-list>.item{border-radius:3px;padding:10px 0;background:#fff;border-bottom:1px solid #f4f4f4}
`;

// ---------------------------------------------------------------------------------------------------
// Plugin styles: iCheck square/blue.css, toastr.min.css, bootstrap-select.min.css, dataTables.bootstrap.css
// ---------------------------------------------------------------------------------------------------
const PLUGINS_CSS = `
.icheckbox_square-blue,.iradio_square-blue{display:inline-block;vertical-align:middle;margin:0;padding:0;width:22px;height:22px;border:1px solid #a8b3c3;background:#fff;cursor:pointer;position:relative}
.icheckbox_square-blue{border-radius:2px}.iradio_square-blue{border-radius:50%}
.icheckbox_square-blue.hover,.iradio_square-blue.hover{border-color:#2489c5}
.icheckbox_square-blue.checked{background:#2489c5;border-color:#2489c5}.icheckbox_square-blue.checked:after{content:"✓";position:absolute;left:4px;top:0;color:#fff;font-size:15px;line-height:20px}
.iradio_square-blue.checked{border-color:#2489c5;box-shadow:inset 0 0 0 5px #2489c5}
.icheckbox_square-blue.disabled,.iradio_square-blue.disabled{background:#eee;border-color:#ccc;cursor:default}
.icheck>label{padding-left:0}.icheck-group{padding-top:4px}.icheck-item{display:inline-block;margin:0 22px 6px 0;white-space:nowrap}
.icheck-item>label{font-weight:400;margin:0 0 0 6px;vertical-align:middle;cursor:pointer}
.toast-title{font-weight:700}.toast-message{-ms-word-wrap:break-word;word-wrap:break-word}.toast-message a,.toast-message label{color:#fff}
.toast-close-button{position:relative;right:-.3em;top:-.3em;float:right;font-size:20px;font-weight:700;color:#fff;text-shadow:0 1px 0 #fff;opacity:.8;line-height:1}
button.toast-close-button{padding:0;cursor:pointer;background:0 0;border:0;-webkit-appearance:none}
.toast-top-right{top:12px;right:12px}#toast-container{position:fixed;z-index:999999;pointer-events:none}
#toast-container *{box-sizing:border-box}
#toast-container>div{position:relative;pointer-events:auto;overflow:hidden;margin:0 0 6px;padding:15px 15px 15px 50px;width:300px;border-radius:3px;background-position:15px center;background-repeat:no-repeat;box-shadow:0 0 12px #999;color:#fff;opacity:.8}
#toast-container>div:hover{box-shadow:0 0 12px #000;opacity:1;cursor:pointer}
#toast-container>div:before{position:absolute;left:16px;top:50%;margin-top:-12px;font:bold 20px/24px "DejaVu Sans",sans-serif}
#toast-container>.toast-error:before{content:"⊗"}#toast-container>.toast-success:before{content:"✔"}#toast-container>.toast-info:before{content:"ℹ"}#toast-container>.toast-warning:before{content:"⚠"}
.toast{background-color:#030303}.toast-success{background-color:#51a351}.toast-error{background-color:#bd362f}.toast-info{background-color:#2f96b4}.toast-warning{background-color:#f89406}
.toast-progress{position:absolute;left:0;bottom:0;height:4px;background-color:#000;opacity:.4}
select.bs-select-hidden,.bootstrap-select>select.bs-select-hidden,select.selectpicker{display:none!important}
.bootstrap-select{width:220px\\0;vertical-align:middle}
.bootstrap-select>.dropdown-toggle{position:relative;width:100%;text-align:right;white-space:nowrap;display:inline-flex;align-items:center;justify-content:space-between}
.bootstrap-select>.dropdown-toggle:after{margin-top:-1px}
.bootstrap-select>.dropdown-toggle.bs-placeholder,.bootstrap-select>.dropdown-toggle.bs-placeholder:hover,.bootstrap-select>.dropdown-toggle.bs-placeholder:focus{color:#999}
.bootstrap-select>select{position:absolute!important;bottom:0;left:50%;display:block!important;width:.5px!important;height:100%!important;padding:0!important;opacity:0!important;border:none;z-index:0!important}
.bootstrap-select.form-control{margin-bottom:0;padding:0;border:none;height:auto}
.bootstrap-select:not([class*=col-]):not([class*=form-control]):not(.input-group-btn){width:220px}
.bootstrap-select.form-control:not([class*=col-]){width:100%}
.bootstrap-select .dropdown-toggle:focus{outline:thin dotted #333!important;outline:5px auto -webkit-focus-ring-color!important;outline-offset:-2px}
.bootstrap-select .dropdown-toggle .filter-option{position:static;top:0;left:0;float:left;height:100%;width:100%;text-align:left;overflow:hidden;flex:0 1 auto}.bs3.bootstrap-select .dropdown-toggle .filter-option{padding-right:inherit}.bootstrap-select .dropdown-toggle .filter-option-inner{padding-right:inherit}
.bootstrap-select .dropdown-toggle .filter-option-inner-inner{overflow:hidden}
.bootstrap-select .dropdown-toggle .caret{position:absolute;top:50%;right:12px;margin-top:-2px;vertical-align:middle}
.bootstrap-select .dropdown-toggle{border-radius:0;border-color:#d2d6de;background-color:#fff;color:#333}
.bootstrap-select .dropdown-menu{min-width:100%;box-sizing:border-box}
.bootstrap-select .dropdown-menu>.inner:focus{outline:none!important}
.bootstrap-select .dropdown-menu.inner{position:static;float:none;border:0;padding:0;margin:0;border-radius:0;box-shadow:none}
.bootstrap-select .dropdown-menu li{position:relative}.bootstrap-select .dropdown-menu li a{cursor:pointer;user-select:none}
.bootstrap-select .dropdown-menu li a span.text{display:inline-block}
.bootstrap-select .dropdown-menu li.no-results{padding:3px;background:#f5f5f5;margin:0 5px;white-space:nowrap}
.bs-searchbox{padding:4px 8px}.bs-searchbox .form-control{margin-bottom:0;width:100%;float:none}
.bootstrap-select.open>.dropdown-menu{display:block}
table.dataTable{clear:both;margin-top:6px!important;margin-bottom:6px!important;max-width:none!important;border-collapse:separate!important}
table.dataTable thead>tr>th.sorting_asc,table.dataTable thead>tr>th.sorting_desc,table.dataTable thead>tr>th.sorting{padding-right:30px}
table.dataTable thead .sorting,table.dataTable thead .sorting_asc,table.dataTable thead .sorting_desc{cursor:pointer;position:relative}
table.dataTable thead .sorting:after,table.dataTable thead .sorting_asc:after,table.dataTable thead .sorting_desc:after{position:absolute;bottom:8px;right:8px;display:block;font-family:"DejaVu Sans",sans-serif;opacity:.5}
table.dataTable thead .sorting:after{opacity:.2;content:"⇅"}table.dataTable thead .sorting_asc:after{content:"▲"}table.dataTable thead .sorting_desc:after{content:"▼"}
div.dataTables_wrapper div.dataTables_length label{font-weight:400;text-align:left;white-space:nowrap}
div.dataTables_wrapper div.dataTables_length select{width:75px;display:inline-block}
div.dataTables_wrapper div.dataTables_filter{text-align:right}div.dataTables_wrapper div.dataTables_filter label{font-weight:400;white-space:nowrap;text-align:left}
div.dataTables_wrapper div.dataTables_filter input{margin-left:.5em;display:inline-block;width:auto}
div.dataTables_wrapper div.dataTables_info{padding-top:8px;white-space:nowrap}
div.dataTables_wrapper div.dataTables_paginate{margin:0;white-space:nowrap;text-align:right}div.dataTables_wrapper div.dataTables_paginate ul.pagination{margin:2px 0;white-space:nowrap}
.captcha-row{display:flex;align-items:center;gap:8px;margin-bottom:10px}.captcha-row img{border:1px solid #d2d6de}
`;

// ---------------------------------------------------------------------------------------------------
// /assets/js/vendor.bundle.js: hand-written stand-ins for jQuery's effects and ajax, Bootstrap 3's
// modal and dropdown, bootbox 4.4, toastr 2.1, iCheck 1.0 and bootstrap-select 1.13 (their DOM and
// behaviour, not their code). No backticks and no dollar-brace in here: it lives in a TS template.
// ---------------------------------------------------------------------------------------------------
const VENDOR_JS = `
(function (w, d) {
  'use strict';
  function reflow(el) { return el.offsetHeight; }
  function fire(el, name, detail) {
    var ev; try { ev = new CustomEvent(name, { bubbles: true, cancelable: true, detail: detail }); }
    catch (e) { ev = d.createEvent('CustomEvent'); ev.initCustomEvent(name, true, true, detail); }
    el.dispatchEvent(ev); return ev;
  }
  function make(html) { var t = d.createElement('div'); t.innerHTML = html.trim(); return t.firstChild; }
  function closest(el, sel) { while (el && el.nodeType === 1) { if (el.matches(sel)) return el; el = el.parentNode; } return null; }

  /* ---- jQuery effects: slideDown/slideUp (swing ~ ease-in-out), fadeIn/fadeOut ---- */
  function stop(el) { if (el._fx) { clearTimeout(el._fx); el._fx = null; } }
  function slide(el, down, ms, done) {
    stop(el); ms = ms == null ? 400 : ms; var s = el.style;
    if (down) { s.display = 'block'; }
    var full = el.scrollHeight, from = down ? 0 : el.offsetHeight;
    s.overflow = 'hidden'; s.transition = 'none'; s.height = from + 'px'; reflow(el);
    s.transition = 'height ' + ms + 'ms ease-in-out'; s.height = (down ? full : 0) + 'px';
    el._fx = setTimeout(function () {
      el._fx = null; s.transition = ''; s.height = ''; s.overflow = '';
      s.display = down ? 'block' : 'none'; if (done) done.call(el);
    }, ms);
  }
  function fade(el, inn, ms, done) {
    stop(el); ms = ms == null ? 400 : ms; var s = el.style;
    if (inn) { s.opacity = '0'; s.display = el._display || 'block'; }
    s.transition = 'none'; reflow(el); s.transition = 'opacity ' + ms + 'ms linear'; s.opacity = inn ? '1' : '0';
    el._fx = setTimeout(function () {
      el._fx = null; s.transition = ''; s.opacity = ''; if (!inn) s.display = 'none'; if (done) done.call(el);
    }, ms);
  }
  var fx = {
    slideDown: function (el, ms, done) { slide(el, true, ms, done); },
    slideUp: function (el, ms, done) { slide(el, false, ms, done); },
    fadeIn: function (el, ms, done) { fade(el, true, ms, done); },
    fadeOut: function (el, ms, done) { fade(el, false, ms, done); }
  };

  /* ---- jQuery.ajax as the portal's scripts use it ($.post, dataType json) ---- */
  function param(data) {
    var out = []; for (var k in data) { if (Object.prototype.hasOwnProperty.call(data, k)) out.push(encodeURIComponent(k) + '=' + encodeURIComponent(data[k] == null ? '' : data[k]).replace(/%20/g, '+')); }
    return out.join('&');
  }
  function post(url, data, success, error) {
    var x = new XMLHttpRequest(); x.open('POST', url, true);
    x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8');
    x.setRequestHeader('Accept', 'application/json, text/javascript, */*; q=0.01');
    x.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    x.onreadystatechange = function () {
      if (x.readyState !== 4) return; var json = null;
      try { json = JSON.parse(x.responseText); } catch (e) { json = null; }
      if (x.status >= 200 && x.status < 300 && json) { success(json); } else if (error) { error(x, x.status ? 'error' : 'timeout', x.statusText); }
    };
    x.send(param(data));
    return x;
  }

  /* ---- Bootstrap 3 modal ---- */
  function scrollbarWidth() { var s = d.createElement('div'); s.style.cssText = 'position:absolute;top:-9999px;width:50px;height:50px;overflow:scroll'; d.body.appendChild(s); var wdt = s.offsetWidth - s.clientWidth; d.body.removeChild(s); return wdt; }
  var Modal = {
    show: function (m) {
      if (m.classList.contains('in')) return;
      if (fire(m, 'show.bs.modal').defaultPrevented) return;
      var b = d.body; if (!b.classList.contains('modal-open')) { if (d.documentElement.scrollHeight > w.innerHeight) b.style.paddingRight = scrollbarWidth() + 'px'; b.classList.add('modal-open'); }
      var bd = d.createElement('div'); bd.className = 'modal-backdrop fade'; b.appendChild(bd); m._backdrop = bd; reflow(bd); bd.classList.add('in');
      setTimeout(function () {
        m.style.display = 'block'; m.removeAttribute('aria-hidden'); m.scrollTop = 0; reflow(m); m.classList.add('in');
        setTimeout(function () { try { m.focus(); } catch (e) { /* ignore */ } fire(m, 'shown.bs.modal'); }, 300);
      }, 150);
    },
    hide: function (m) {
      if (!m.classList.contains('in')) return;
      if (fire(m, 'hide.bs.modal').defaultPrevented) return;
      m.classList.remove('in'); m.setAttribute('aria-hidden', 'true');
      setTimeout(function () {
        m.style.display = 'none'; var bd = m._backdrop; m._backdrop = null;
        var done = function () {
          if (!d.querySelector('.modal.in')) { d.body.classList.remove('modal-open'); d.body.style.paddingRight = ''; }
          fire(m, 'hidden.bs.modal');
        };
        if (bd) { bd.classList.remove('in'); setTimeout(function () { if (bd.parentNode) bd.parentNode.removeChild(bd); done(); }, 150); } else { done(); }
      }, 300);
    }
  };

  /* ---- bootbox 4.4 ---- */
  var bootbox = {};
  function bbEscape(s) { return String(s); }
  bootbox.dialog = function (o) {
    var buttons = o.buttons || {}, keys = Object.keys(buttons);
    var html = '<div class="bootbox modal fade' + (o.className ? ' ' + o.className : '') + '" tabindex="-1" role="dialog" aria-hidden="true">' +
      '<div class="modal-dialog' + (o.size === 'large' ? ' modal-lg' : o.size === 'small' ? ' modal-sm' : '') + '"><div class="modal-content">' +
      '<div class="modal-body"><div class="bootbox-body"></div></div></div></div></div>';
    var m = make(html), content = m.querySelector('.modal-content'), body = m.querySelector('.modal-body');
    m.querySelector('.bootbox-body').innerHTML = bbEscape(o.message);
    var close = '<button type="button" class="bootbox-close-button close" aria-hidden="true">×</button>';
    if (o.title) {
      var header = make('<div class="modal-header"><h4 class="modal-title"></h4></div>');
      header.querySelector('.modal-title').innerHTML = o.title; content.insertBefore(header, body);
      if (o.closeButton !== false) header.insertBefore(make(close), header.firstChild);
    } else if (o.closeButton !== false) {
      var cb = make(close); cb.style.marginTop = '-10px'; body.insertBefore(cb, body.firstChild);
    }
    if (keys.length) {
      var footer = d.createElement('div'); footer.className = 'modal-footer';
      keys.forEach(function (k, i) {
        var b = buttons[k], cls = b.className || (keys.length <= 2 && i === keys.length - 1 ? 'btn-primary' : 'btn-default');
        var el = make('<button data-bb-handler="' + k + '" type="button" class="btn ' + cls + '"></button>'); el.innerHTML = b.label || k;
        footer.appendChild(el);
      });
      content.appendChild(footer);
    }
    function run(cb, e) { var keep = typeof cb === 'function' && cb.call(m, e) === false; if (!keep) Modal.hide(m); }
    m.addEventListener('click', function (e) {
      var t = e.target, hb = closest(t, 'button[data-bb-handler]');
      if (hb && m.contains(hb)) { run((buttons[hb.getAttribute('data-bb-handler')] || {}).callback, e); return; }
      if (closest(t, '.bootbox-close-button')) { run(o.onEscape, e); return; }
      if (t === m && o.backdrop === true && o.onEscape) run(o.onEscape, e);
    });
    m.addEventListener('keyup', function (e) { if (e.which === 27 && o.onEscape) run(o.onEscape, e); });
    m.addEventListener('shown.bs.modal', function (e) { if (e.target !== m) return; var p = m.querySelector('.modal-footer .btn-primary'); if (p) p.focus(); });
    m.addEventListener('hidden.bs.modal', function (e) { if (e.target === m && m.parentNode) m.parentNode.removeChild(m); });
    d.body.appendChild(m);
    if (o.show !== false) Modal.show(m);
    return m;
  };
  bootbox.alert = function (o) {
    if (typeof o === 'string') o = { message: o };
    var cb = o.callback;
    return bootbox.dialog({ title: o.title, message: o.message, className: 'bootbox-alert' + (o.className ? ' ' + o.className : ''), size: o.size,
      onEscape: function () { return cb ? cb.call(this) : true; }, backdrop: o.backdrop,
      buttons: { ok: { label: (o.buttons && o.buttons.ok && o.buttons.ok.label) || 'OK', className: 'btn-primary', callback: cb } } });
  };
  bootbox.confirm = function (o) {
    var bl = o.buttons || {}, cb = o.callback;
    return bootbox.dialog({ title: o.title, message: o.message, className: 'bootbox-confirm', size: o.size,
      onEscape: function () { return cb.call(this, false); },
      buttons: {
        cancel: { label: (bl.cancel && bl.cancel.label) || 'Cancel', className: (bl.cancel && bl.cancel.className) || 'btn-default', callback: function () { return cb.call(this, false); } },
        confirm: { label: (bl.confirm && bl.confirm.label) || 'OK', className: (bl.confirm && bl.confirm.className) || 'btn-primary', callback: function () { return cb.call(this, true); } }
      } });
  };
  bootbox.hideAll = function () { Array.prototype.forEach.call(d.querySelectorAll('.bootbox.in'), function (m) { Modal.hide(m); }); };

  /* ---- toastr 2.1.4 ---- */
  var toastr = { options: { closeButton: true, progressBar: true, positionClass: 'toast-top-right', newestOnTop: true, preventDuplicates: false,
    showDuration: 300, hideDuration: 1000, timeOut: 3000, extendedTimeOut: 1000, tapToDismiss: true } };
  var toastId = 0;
  function notify(type, message, title, extra) {
    var o = {}, k; for (k in toastr.options) o[k] = toastr.options[k]; if (extra) for (k in extra) o[k] = extra[k];
    var c = d.getElementById('toast-container');
    if (!c) { c = d.createElement('div'); c.id = 'toast-container'; c.className = o.positionClass; d.body.appendChild(c); }
    var t = d.createElement('div'); t.className = 'toast toast-' + type; t.setAttribute('aria-live', type === 'error' ? 'assertive' : 'polite'); t._display = 'block';
    if (title) { var tt = d.createElement('div'); tt.className = 'toast-title'; tt.innerHTML = title; t.appendChild(tt); }
    if (message) { var tm = d.createElement('div'); tm.className = 'toast-message'; tm.innerHTML = message; t.appendChild(tm); }
    if (o.closeButton) { var cl = make('<button type="button" class="toast-close-button" role="button">×</button>'); t.insertBefore(cl, t.firstChild); }
    var bar = null; if (o.progressBar) { bar = d.createElement('div'); bar.className = 'toast-progress'; t.insertBefore(bar, t.firstChild); }
    t.style.display = 'none'; if (o.newestOnTop) c.insertBefore(t, c.firstChild); else c.appendChild(t);
    var timer = null, ticker = null, hideAt = 0, max = o.timeOut, id = ++toastId;
    function remove() { if (t.parentNode) t.parentNode.removeChild(t); clearInterval(ticker); if (!c.children.length && c.parentNode) c.parentNode.removeChild(c); }
    function hide() { if (t._hiding) return; t._hiding = true; clearTimeout(timer); fx.fadeOut(t, o.hideDuration, remove); }
    function arm(ms) { max = ms; hideAt = Date.now() + ms; clearTimeout(timer); timer = setTimeout(hide, ms); }
    fx.fadeIn(t, o.showDuration);
    if (o.timeOut > 0) { arm(o.timeOut); if (bar) ticker = setInterval(function () { bar.style.width = Math.max(0, (hideAt - Date.now()) / max * 100) + '%'; }, 10); }
    t.addEventListener('mouseenter', function () { if (t._hiding) { t._hiding = false; } clearTimeout(timer); hideAt = 0; fx.fadeIn(t, o.showDuration); if (bar) bar.style.width = '0%'; });
    t.addEventListener('mouseleave', function () { if (o.timeOut > 0 || o.extendedTimeOut > 0) arm(o.extendedTimeOut); });
    t.addEventListener('click', function (e) { if (o.tapToDismiss || closest(e.target, '.toast-close-button')) hide(); });
    t.setAttribute('data-toast-id', String(id));
    return t;
  }
  ['success', 'info', 'warning', 'error'].forEach(function (type) { toastr[type] = function (message, title, extra) { return notify(type, message, title, extra); }; });
  toastr.clear = function () { var c = d.getElementById('toast-container'); if (c) Array.prototype.forEach.call(c.children, function (t) { fx.fadeOut(t, 1000, function () { if (t.parentNode) t.parentNode.removeChild(t); }); }); };
  toastr.remove = function () { var c = d.getElementById('toast-container'); if (c && c.parentNode) c.parentNode.removeChild(c); };

  w.jQueryFx = fx; w.ajaxPost = post; w.BsModal = Modal; w.bootbox = bootbox; w.toastr = toastr; w.domFire = fire; w.domMake = make; w.domClosest = closest;
})(window, document);
`;

const VENDOR_WIDGETS_JS = `
(function (w, d) {
  'use strict';
  var fire = w.domFire, make = w.domMake, closest = w.domClosest;

  /* ---- Bootstrap 3 dropdown (data-toggle="dropdown"); bootstrap-select hooks into it ---- */
  function clearMenus(except) {
    Array.prototype.forEach.call(d.querySelectorAll('[data-toggle="dropdown"]'), function (t) {
      var p = t.parentNode; if (p === except || !p.classList.contains('open')) return;
      if (fire(p, 'hide.bs.dropdown').defaultPrevented) return;
      t.setAttribute('aria-expanded', 'false'); p.classList.remove('open'); fire(p, 'hidden.bs.dropdown');
    });
  }
  d.addEventListener('click', function (e) {
    var t = closest(e.target, '[data-toggle="dropdown"]');
    if (!t) { if (!closest(e.target, '.bootstrap-select .dropdown-menu')) clearMenus(null); return; }
    e.preventDefault(); if (t.disabled || t.classList.contains('disabled')) return;
    var p = t.parentNode, open = p.classList.contains('open'); clearMenus(p);
    if (open) { if (!fire(p, 'hide.bs.dropdown').defaultPrevented) { p.classList.remove('open'); t.setAttribute('aria-expanded', 'false'); fire(p, 'hidden.bs.dropdown'); } }
    else if (!fire(p, 'show.bs.dropdown').defaultPrevented) { t.focus(); p.classList.add('open'); t.setAttribute('aria-expanded', 'true'); fire(p, 'shown.bs.dropdown'); }
  });
  d.addEventListener('keydown', function (e) { if (e.which === 27) clearMenus(null); });

  /* ---- iCheck 1.0.2 (square-blue, increaseArea 20%) ---- */
  var LAYER = 'position: absolute; top: -20%; left: -20%; display: block; width: 140%; height: 140%; margin: 0px; padding: 0px; background: rgb(255, 255, 255); border: 0px; opacity: 0;';
  function paint(input) {
    var box = input.parentNode; if (!box || !box.classList.contains(box._icheck || '_')) return;
    box.classList.toggle('checked', input.checked); box.classList.toggle('disabled', input.disabled);
    box.setAttribute('aria-checked', input.checked ? 'true' : 'false'); box.setAttribute('aria-disabled', input.disabled ? 'true' : 'false');
  }
  function operate(input) {
    if (input.disabled) return;
    if (input.type === 'radio') {
      if (input.checked) return;
      var form = input.form || d, group = form.querySelectorAll('input[type=radio][name="' + input.name + '"]');
      Array.prototype.forEach.call(group, function (o) { if (o !== input && o.checked) { o.checked = false; paint(o); fire(o, 'ifUnchecked'); fire(o, 'ifChanged'); } });
      input.checked = true; paint(input); fire(input, 'ifToggled'); fire(input, 'ifChanged'); fire(input, 'ifChecked'); fire(input, 'change');
    } else {
      input.checked = !input.checked; paint(input); fire(input, 'ifToggled'); fire(input, 'ifChanged'); fire(input, input.checked ? 'ifChecked' : 'ifUnchecked'); fire(input, 'change');
    }
  }
  function iCheck(input, o) {
    if (input.parentNode && input.parentNode._icheck) return;
    var cls = input.type === 'radio' ? o.radioClass : o.checkboxClass;
    var box = d.createElement('div'); box.className = cls; box._icheck = cls; box.style.position = 'relative';
    input.parentNode.insertBefore(box, input); box.appendChild(input); input.setAttribute('style', LAYER);
    var ins = d.createElement('ins'); ins.className = 'iCheck-helper'; ins.setAttribute('style', LAYER); box.appendChild(ins);
    paint(input);
    ins.addEventListener('click', function (e) { e.preventDefault(); e.stopPropagation(); operate(input); });
    ins.addEventListener('mouseover', function () { box.classList.add('hover'); });
    ins.addEventListener('mouseout', function () { box.classList.remove('hover'); });
    input.addEventListener('click', function (e) { e.preventDefault(); });
    input.addEventListener('keydown', function (e) { if (e.which === 32) { e.preventDefault(); if (!(input.type === 'radio' && input.checked)) operate(input); } });
    input.addEventListener('keyup', function () { if (input.type === 'radio' && input.checked) paint(input); });
    input.addEventListener('focus', function () { box.classList.add('focus'); });
    input.addEventListener('blur', function () { box.classList.remove('focus'); });
    var labels = []; if (input.id) labels = Array.prototype.slice.call(d.querySelectorAll('label[for="' + input.id + '"]'));
    var wrapping = closest(box, 'label'); if (wrapping && labels.indexOf(wrapping) < 0) labels.push(wrapping);
    labels.forEach(function (l) {
      l.addEventListener('click', function (e) { if (closest(e.target, 'a') || e.target === ins) return; e.preventDefault(); operate(input); });
      l.addEventListener('mouseover', function () { box.classList.add('hover'); });
      l.addEventListener('mouseout', function () { box.classList.remove('hover'); });
    });
  }
  w.iCheck = function (selector, o) {
    o = o || {}; o.checkboxClass = o.checkboxClass || 'icheckbox_square-blue'; o.radioClass = o.radioClass || 'iradio_square-blue';
    Array.prototype.forEach.call(typeof selector === 'string' ? d.querySelectorAll(selector) : selector, function (i) { iCheck(i, o); });
  };
  w.iCheckUpdate = function (input) { paint(input); };

  /* ---- bootstrap-select 1.13.x (Bootstrap 3 markup, data-live-search) ---- */
  var bsCount = 0;
  function Selectpicker(sel) {
    var id = 'bs-select-' + (++bsCount), title = sel.getAttribute('title') || 'Nothing selected', live = sel.getAttribute('data-live-search') === 'true';
    if (sel.getAttribute('title') && !sel.querySelector('option.bs-title-option')) {
      var hadSel = sel.querySelector('option[selected]'), to = d.createElement('option'); to.className = 'bs-title-option'; to.value = '';
      sel.insertBefore(to, sel.firstChild); if (!hadSel) sel.selectedIndex = 0;
    }
    var wrap = d.createElement('div'); wrap.className = 'dropdown bootstrap-select bs3 ' + (sel.className.replace(/selectpicker|bs-select-hidden/g, '').trim());
    sel.parentNode.insertBefore(wrap, sel); wrap.appendChild(sel); sel.setAttribute('tabindex', '-98');
    var btn = make('<button type="button" class="btn dropdown-toggle btn-default" data-toggle="dropdown" role="combobox" aria-owns="' + id + '" aria-haspopup="listbox" aria-expanded="false" data-id="' + sel.id + '">' +
      '<div class="filter-option"><div class="filter-option-inner"><div class="filter-option-inner-inner"></div></div></div><span class="bs-caret"><span class="caret"></span></span></button>');
    wrap.appendChild(btn);
    var menu = make('<div class="dropdown-menu open" style="max-height: 312px; overflow: hidden; min-height: 125px;">' +
      (live ? '<div class="bs-searchbox"><input type="search" class="form-control" autocomplete="off" role="combobox" aria-label="Search" aria-controls="' + id + '" aria-autocomplete="list"></div>' : '') +
      '<div class="inner open" role="listbox" id="' + id + '" tabindex="-1" style="max-height: 258px; overflow-y: auto; min-height: 73px;"><ul class="dropdown-menu inner " role="presentation"></ul></div></div>');
    wrap.appendChild(menu);
    var ul = menu.querySelector('ul'), search = menu.querySelector('.bs-searchbox input'), inner = menu.querySelector('.inner');
    function options() { return Array.prototype.filter.call(sel.options, function (o) { return !o.classList.contains('bs-title-option'); }); }
    function render() {
      var o = sel.options[sel.selectedIndex], empty = !o || o.classList.contains('bs-title-option') || o.value === '';
      var text = empty ? title : o.textContent;
      btn.querySelector('.filter-option-inner-inner').textContent = text; btn.setAttribute('title', text);
      btn.classList.toggle('bs-placeholder', empty); btn.disabled = sel.disabled; btn.classList.toggle('disabled', sel.disabled);
    }
    var shown = [], active = -1;
    function list(term) {
      var all = options(), q = (term || '').toLowerCase(); shown = all.filter(function (o) { return !q || o.textContent.toLowerCase().indexOf(q) >= 0; });
      ul.innerHTML = ''; active = -1;
      shown.forEach(function (o, i) {
        var isSel = o.selected && !o.classList.contains('bs-title-option');
        var li = d.createElement('li'); if (isSel) { li.className = 'selected active'; active = i; }
        var a = make('<a role="option" id="' + id + '-' + o.index + '" tabindex="0" aria-setsize="' + shown.length + '" aria-posinset="' + (i + 1) + '"' + (isSel ? ' class="selected active" aria-selected="true"' : ' aria-selected="false"') + '><span class="text"></span></a>');
        a.querySelector('.text').textContent = o.textContent; a._option = o; li.appendChild(a); ul.appendChild(li);
      });
      if (!shown.length) { var nr = d.createElement('li'); nr.className = 'no-results'; nr.textContent = 'No results matched "' + term + '"'; ul.appendChild(nr); }
      else if (q && active < 0) setActive(0);
    }
    function setActive(i) {
      var lis = ul.querySelectorAll('li:not(.no-results)'); Array.prototype.forEach.call(lis, function (li) { li.classList.remove('active'); li.firstChild.classList.remove('active'); });
      active = i; var li = lis[i]; if (!li) return; li.classList.add('active'); li.firstChild.classList.add('active');
      var top = li.offsetTop, bottom = top + li.offsetHeight; if (top < inner.scrollTop) inner.scrollTop = top; else if (bottom > inner.scrollTop + inner.clientHeight) inner.scrollTop = bottom - inner.clientHeight;
    }
    function choose(o) {
      var prev = sel.selectedIndex; sel.selectedIndex = o.index; render();
      wrap.classList.remove('open'); btn.setAttribute('aria-expanded', 'false'); fire(wrap, 'hidden.bs.dropdown'); btn.focus();
      if (prev !== o.index) { fire(sel, 'change'); fire(sel, 'changed.bs.select', { clickedIndex: o.index, previousValue: prev }); }
    }
    ul.addEventListener('click', function (e) { var a = closest(e.target, 'a[role=option]'); if (!a) return; e.preventDefault(); e.stopPropagation(); choose(a._option); });
    wrap.addEventListener('show.bs.dropdown', function () { if (search) search.value = ''; list(''); fire(sel, 'show.bs.select'); });
    wrap.addEventListener('shown.bs.dropdown', function () {
      if (search) setTimeout(function () { search.focus(); }, 0);
      if (active >= 0) { var li = ul.children[active]; if (li) inner.scrollTop = Math.max(0, li.offsetTop - inner.clientHeight / 2); } else inner.scrollTop = 0;
      fire(sel, 'shown.bs.select');
    });
    wrap.addEventListener('hidden.bs.dropdown', function () { if (search) search.value = ''; fire(sel, 'hidden.bs.select'); });
    if (search) {
      search.addEventListener('input', function () { list(search.value); });
      search.addEventListener('click', function (e) { e.stopPropagation(); });
      search.addEventListener('keydown', function (e) {
        var n = ul.querySelectorAll('li:not(.no-results)').length;
        if (e.which === 40) { e.preventDefault(); if (n) setActive(active < n - 1 ? active + 1 : 0); }
        else if (e.which === 38) { e.preventDefault(); if (n) setActive(active > 0 ? active - 1 : n - 1); }
        else if (e.which === 13) { e.preventDefault(); if (active >= 0 && shown[active]) choose(shown[active]); }
        else if (e.which === 27) { wrap.classList.remove('open'); btn.setAttribute('aria-expanded', 'false'); btn.focus(); }
      });
    }
    sel.addEventListener('change', render);
    render(); list('');
    sel._selectpicker = { refresh: function () { render(); list(''); }, render: render };
  }
  w.selectpicker = function (selector) { Array.prototype.forEach.call(d.querySelectorAll(selector), function (s) { if (!s._selectpicker) Selectpicker(s); }); };
})(window, document);
`;

// ---------------------------------------------------------------------------------------------------
// /assets/dist/js/adminlte.min.js (2.4: Layout, PushMenu, Tree, BoxWidget) + a DataTables stand-in
// ---------------------------------------------------------------------------------------------------
const ADMINLTE_JS = `
(function (w, d) {
  'use strict';
  var fx = w.jQueryFx, closest = w.domClosest, fire = w.domFire;
  function fix() {
    var cw = d.querySelector('.content-wrapper'); if (!cw) return;
    var h = d.querySelector('.main-header'), f = d.querySelector('.main-footer'), sb = d.querySelector('.sidebar');
    var neg = (h ? h.offsetHeight : 0) + (f ? f.offsetHeight : 0), wh = w.innerHeight, sh = sb ? sb.offsetHeight : 0;
    cw.style.minHeight = Math.max(wh - neg, sh) + 'px';
  }
  w.addEventListener('resize', fix);
  /* Tree: data-widget="tree", accordion, animationSpeed 500, trigger '.treeview a' */
  function collapse(tree, li) {
    Array.prototype.forEach.call(tree.querySelectorAll('.menu-open'), function (o) { o.classList.remove('menu-open'); });
    li.classList.remove('menu-open');
    fx.slideUp(tree, 500, function () {
      Array.prototype.forEach.call(tree.querySelectorAll('.treeview-menu'), function (t) { t.style.display = 'none'; });
      fire(li, 'collapsed.tree');
    });
  }
  function expand(tree, li) {
    Array.prototype.forEach.call(li.parentNode.children, function (sib) {
      if (sib !== li && sib.classList.contains('menu-open')) { var t = sib.querySelector(':scope > .treeview-menu'); if (t) collapse(t, sib); }
    });
    li.classList.add('menu-open');
    fx.slideDown(tree, 500, function () { fire(li, 'expanded.tree'); });
  }
  d.addEventListener('click', function (e) {
    var a = closest(e.target, '[data-widget="tree"] .treeview a'); if (!a) return;
    var li = a.parentNode; if (!li.classList.contains('treeview')) return;
    var tree = a.nextElementSibling; if (!tree || !tree.classList.contains('treeview-menu')) return;
    if (a.getAttribute('href') === '#') e.preventDefault();
    if (li.classList.contains('menu-open')) collapse(tree, li); else expand(tree, li);
  });
  /* PushMenu: data-toggle="push-menu" */
  d.addEventListener('click', function (e) {
    var t = closest(e.target, '[data-toggle="push-menu"]'); if (!t) return; e.preventDefault();
    var b = d.body; if (w.innerWidth > 767) { b.classList.toggle('sidebar-collapse'); } else { b.classList.toggle('sidebar-open'); }
  });
  /* BoxWidget: data-widget="collapse" */
  d.addEventListener('click', function (e) {
    var t = closest(e.target, '[data-widget="collapse"]'); if (!t) return; e.preventDefault();
    var box = closest(t, '.box'); var parts = box.querySelectorAll(':scope > .box-body, :scope > .box-footer, :scope > form, :scope > div > .box-body');
    var collapsed = box.classList.toggle('collapsed-box');
    Array.prototype.forEach.call(parts, function (p) { if (collapsed) fx.slideUp(p, 500); else fx.slideDown(p, 500); });
  });
  /* DataTables 1.10 (client side search over a server-drawn table) */
  w.dataTableSearch = function (id) {
    var input = d.querySelector('#' + id + '_filter input'), table = d.getElementById(id), info = d.getElementById(id + '_info');
    if (!input || !table) return;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows), total = rows.length;
    input.addEventListener('input', function () {
      var q = input.value.toLowerCase(), n = 0;
      rows.forEach(function (r) { var ok = r.textContent.toLowerCase().indexOf(q) >= 0; r.style.display = ok ? '' : 'none'; if (ok) n++; });
      info.textContent = n ? 'Showing 1 to ' + n + ' of ' + n + ' entries' + (n < total ? ' (filtered from ' + total + ' total entries)' : '') : 'Showing 0 to 0 of 0 entries (filtered from ' + total + ' total entries)';
    });
  };
  /* Bootstrap 3 alert: data-dismiss="alert" */
  d.addEventListener('click', function (e) {
    var t = closest(e.target, '[data-dismiss="alert"]'); if (!t) return; e.preventDefault();
    var a = closest(t, '.alert'); if (!a) return; a.classList.remove('in'); fx.fadeOut(a, 150, function () { if (a.parentNode) a.parentNode.removeChild(a); });
  });
  function ready() { d.body.classList.remove('hold-transition'); fix(); }
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', ready); else ready();
  w.addEventListener('load', fix);
})(window, document);
`;

// ---------------------------------------------------------------------------------------------------
// Views (CodeIgniter application/views: templates/header, templates/sidebar, templates/footer, ...)
// ---------------------------------------------------------------------------------------------------
const AVATAR = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160" viewBox="0 0 160 160"><rect width="160" height="160" fill="#d2d6de"/><circle cx="80" cy="62" r="30" fill="#fff"/><path d="M28 150c4-34 26-50 52-50s48 16 52 50z" fill="#fff"/></svg>',
)}`;

const ASSET_VERSION = 'v=1.0.3';

function head(title: string, bodyClass: string): string {
  return `<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <title>e-Invoice System | ${esc(title)}</title>
  <meta content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no" name="viewport">
  <link rel="stylesheet" href="/assets/bower_components/bootstrap/dist/css/bootstrap.min.css?${ASSET_VERSION}">
  <link rel="stylesheet" href="/assets/bower_components/font-awesome/css/font-awesome.min.css?${ASSET_VERSION}">
  <link rel="stylesheet" href="/assets/dist/css/AdminLTE.min.css?${ASSET_VERSION}">
  <link rel="stylesheet" href="/assets/plugins/plugins.min.css?${ASSET_VERSION}">
</head>
<body class="${bodyClass}">
`;
}

function scripts(inline = ''): string {
  return `<script src="/assets/js/vendor.bundle.min.js?${ASSET_VERSION}"></script>
<script src="/assets/dist/js/adminlte.min.js?${ASSET_VERSION}"></script>
${inline ? `<script>\n${inline}\n</script>\n` : ''}</body>
</html>
`;
}

interface MenuItem {
  label: string;
  icon?: string;
  href?: string;
  children?: MenuItem[];
}

const MENU: MenuItem[] = [
  { label: 'Dash Board', icon: 'fa-dashboard', href: '/dashboard' },
  {
    label: 'e-Invoice',
    icon: 'fa-file-text-o',
    children: [
      { label: 'Generate IRN', href: '/einvoice/generate-irn' },
      { label: 'Bulk Upload', href: '/einvoice/bulk-upload' },
      { label: 'Cancel IRN', href: '/einvoice/cancel-irn' },
      { label: 'Print e-Invoice', href: '/einvoice/print' },
    ],
  },
  {
    label: 'API Registration',
    icon: 'fa-cogs',
    children: [
      {
        label: 'User Credentials',
        children: [
          { label: 'Create API User', href: '/api-registration/create-api-user' },
          { label: 'View API Users', href: '/api-registration/registered-gsps' },
        ],
      },
      { label: 'IP Whitelisting', href: '/api-registration/ip-whitelisting' },
      { label: 'Freeze API User', href: '/api-registration/freeze-api-user' },
      { label: 'Change API Password', href: '/api-registration/change-api-password' },
    ],
  },
  {
    label: 'MIS Reports',
    icon: 'fa-bar-chart',
    children: [
      { label: 'IRN Details', href: '/mis-reports/irn-details' },
      { label: 'Summary Report', href: '/mis-reports/summary' },
      { label: 'Cancelled IRN Report', href: '/mis-reports/cancelled' },
    ],
  },
  {
    label: 'User Management',
    icon: 'fa-users',
    children: [
      { label: 'Create Sub-User', href: '/user-management/create-sub-user' },
      { label: 'Freeze / Unfreeze Sub-User', href: '/user-management/freeze-sub-user' },
      { label: 'Update Profile', href: '/user-management/profile' },
    ],
  },
];

/** The trail of labels from the top of the menu to the leaf with this href (empty when none). */
function menuTrail(href: string, items: MenuItem[] = MENU): string[] {
  for (const item of items) {
    if (item.href === href) return [item.label];
    if (item.children) {
      const below = menuTrail(href, item.children);
      if (below.length) return [item.label, ...below];
    }
  }
  return [];
}

function menuLeaves(items: MenuItem[] = MENU): MenuItem[] {
  return items.flatMap((item) => (item.children ? menuLeaves(item.children) : [item]));
}

function drawMenu(items: MenuItem[], active: string, depth: number): string {
  return items
    .map((item) => {
      const icon = `<i class="fa ${item.icon ?? 'fa-circle-o'}"></i>`;
      if (!item.children) {
        const on = item.href === active;
        return `<li${on ? ' class="active"' : ''}><a href="${item.href}">${icon} ${depth === 0 ? `<span>${esc(item.label)}</span>` : esc(item.label)}</a></li>`;
      }
      const open = menuTrail(active, item.children).length > 0;
      return `<li class="treeview${open ? ' active menu-open' : ''}">
          <a href="#">${icon} <span>${esc(item.label)}</span>
            <span class="pull-right-container"><i class="fa fa-angle-left pull-right"></i></span>
          </a>
          <ul class="treeview-menu"${open ? ' style="display: block;"' : ''}>
            ${drawMenu(item.children, active, depth + 1)}
          </ul>
        </li>`;
    })
    .join('\n        ');
}

interface AdminPage {
  title: string;
  small?: string;
  active: string;
  body: string;
  script?: string;
  username: string;
  gstin: string;
}

function adminPage(page: AdminPage): string {
  const trail = menuTrail(page.active);
  const crumbs = trail
    .slice(0, -1)
    .map((label) => `<li><a href="#">${esc(label)}</a></li>`)
    .join('');
  const user = esc(page.username.toUpperCase());
  return `${head(page.title, 'hold-transition skin-blue sidebar-mini')}<div class="wrapper">
  <header class="main-header">
    <a href="/dashboard" class="logo">
      <span class="logo-mini"><b>e</b>IN</span>
      <span class="logo-lg"><b>e-Invoice</b> System</span>
    </a>
    <nav class="navbar navbar-static-top">
      <a href="#" class="sidebar-toggle" data-toggle="push-menu" role="button"><span class="sr-only">Toggle navigation</span></a>
      <div class="navbar-custom-menu">
        <ul class="nav navbar-nav">
          <li class="dropdown user user-menu">
            <a href="#" class="dropdown-toggle" data-toggle="dropdown" aria-expanded="false">
              <img src="${AVATAR}" class="user-image" alt="User Image">
              <span class="hidden-xs">${user}</span>
            </a>
            <ul class="dropdown-menu">
              <li class="user-header">
                <img src="${AVATAR}" class="img-circle" alt="User Image">
                <p>${esc(TRADE_NAME)}<small>GSTIN: ${esc(page.gstin)}</small></p>
              </li>
              <li class="user-footer">
                <div class="pull-left"><a href="/user-management/profile" class="btn btn-default btn-flat">Profile</a></div>
                <div class="pull-right"><a href="/logout" class="btn btn-default btn-flat">Sign out</a></div>
              </li>
            </ul>
          </li>
        </ul>
      </div>
    </nav>
  </header>
  <aside class="main-sidebar">
    <section class="sidebar">
      <div class="user-panel">
        <div class="pull-left image"><img src="${AVATAR}" class="img-circle" alt="User Image"></div>
        <div class="pull-left info">
          <p>${user}</p>
          <a href="#"><i class="fa fa-circle text-success"></i> Online</a>
        </div>
      </div>
      <ul class="sidebar-menu" data-widget="tree">
        <li class="header">MAIN NAVIGATION</li>
        ${drawMenu(MENU, page.active, 0)}
      </ul>
    </section>
  </aside>
  <div class="content-wrapper">
    <section class="content-header">
      <h1>${esc(page.title)}${page.small ? ` <small>${esc(page.small)}</small>` : ''}</h1>
      <ol class="breadcrumb">
        <li><a href="/dashboard"><i class="fa fa-dashboard"></i> Home</a></li>${crumbs}
        <li class="active">${esc(page.title)}</li>
      </ol>
    </section>
    <section class="content">
${page.body}
    </section>
  </div>
  <footer class="main-footer">
    <div class="pull-right hidden-xs"><b>Version</b> 1.03</div>
    <strong>Copyright &copy; 2020 <a href="#">National Informatics Centre</a>.</strong> All rights reserved.
  </footer>
</div>
${scripts(page.script)}`;
}

function homePage(): string {
  const updates = [
    ['Two-factor authentication (2FA) is mandatory for all taxpayers from 1st April 2025.', '28/03/2025'],
    [
      'e-Invoice: time limit of 30 days for reporting invoices on IRP for taxpayers with AATO of 10 Cr and above.',
      '05/11/2024',
    ],
    ['New API version 1.04 released on the sandbox. Please refer to the API documentation.', '14/08/2024'],
    ['Bulk Generation Tool (Offline Excel Utility) updated. Download the latest version.', '02/07/2024'],
  ];
  return `${head('Home', 'hold-transition skin-blue layout-top-nav')}<div class="wrapper">
  <header class="main-header">
    <nav class="navbar navbar-static-top">
      <div class="container">
        <div class="navbar-header"><a href="/" class="navbar-brand"><b>e-Invoice</b> System</a></div>
        <div class="navbar-custom-menu">
          <ul class="nav navbar-nav">
            <li><a href="/">Home</a></li>
            <li><a href="#">Help</a></li>
            <li><a href="#">Contact Us</a></li>
            <li><a href="/login" class="btn btn-success btn-flat">Login</a></li>
          </ul>
        </div>
      </div>
    </nav>
  </header>
  <div class="content-wrapper">
    <div class="container">
      <section class="content-header">
        <h1>e-Invoice System <small>Goods and Services Tax Network</small></h1>
      </section>
      <section class="content">
        <div class="callout callout-info">
          <h4><i class="icon fa fa-info"></i> Two Factor Authentication</h4>
          <p>OTP based two-factor authentication is enabled for all users. Please keep your registered mobile number handy while logging in.</p>
        </div>
        <div class="row">
          <div class="col-md-8">
            <div class="box box-primary">
              <div class="box-header with-border"><h3 class="box-title">Latest Updates</h3></div>
              <div class="box-body">
                <ul class="products-list">
                  ${updates.map(([text, date]) => `<li class="item"><i class="fa fa-bullhorn text-yellow"></i> ${esc(text ?? '')} <span class="pull-right text-muted small">${date}</span></li>`).join('\n                  ')}
                </ul>
              </div>
            </div>
          </div>
          <div class="col-md-4">
            <div class="box box-success">
              <div class="box-header with-border"><h3 class="box-title">Downloads</h3></div>
              <div class="box-body">
                <p><a href="#"><i class="fa fa-download"></i> e-Invoice Schema (JSON)</a></p>
                <p><a href="#"><i class="fa fa-download"></i> Bulk Generation Tool</a></p>
                <p><a href="#"><i class="fa fa-download"></i> User Manual for Taxpayers</a></p>
              </div>
            </div>
          </div>
        </div>
      </section>
    </div>
  </div>
  <footer class="main-footer">
    <div class="container"><strong>Copyright &copy; 2020 National Informatics Centre.</strong> All rights reserved.</div>
  </footer>
</div>
${scripts()}`;
}

interface LoginView {
  csrf: string;
  alert?: string;
  username?: string;
  errors?: { username?: string; password?: string; captcha?: string };
}

function helpBlock(error: string | undefined): string {
  return error ? `<span class="help-block">${esc(error)}</span>` : '';
}

function loginBox(inner: string, script = ''): string {
  return `${head('Log in', 'hold-transition login-page')}<div class="login-box">
  <div class="login-logo">
    <a href="/"><b>e-Invoice</b> System</a>
  </div>
  <div class="login-box-body">
${inner}
  </div>
</div>
${scripts(script)}`;
}

function loginPage(view: LoginView): string {
  const e = view.errors ?? {};
  const group = (field: keyof NonNullable<LoginView['errors']>) =>
    `form-group has-feedback${e[field] ? ' has-error' : ''}`;
  return loginBox(
    `    <p class="login-box-msg">Sign in to start your session</p>
    ${view.alert ?? ''}
    <form action="/login" method="post" id="frmLogin" autocomplete="off">
      <input type="hidden" name="csrf_test_name" value="${view.csrf}">
      <div class="${group('username')}">
        <input type="text" class="form-control" name="username" id="txtUserName" placeholder="Username" maxlength="15" value="${esc(view.username ?? '')}">
        <span class="glyphicon glyphicon-user form-control-feedback"></span>
        ${helpBlock(e.username)}
      </div>
      <div class="${group('password')}">
        <input type="password" class="form-control" name="password" id="txtPassword" placeholder="Password" maxlength="20">
        <span class="glyphicon glyphicon-lock form-control-feedback"></span>
        ${helpBlock(e.password)}
      </div>
      <div class="captcha-row">
        <img id="captcha_image" src="/captcha-image?r=${Date.now()}" width="150" height="40" alt="captcha image">
        <a href="javascript:void(0);" id="lnkRefreshCaptcha" title="Refresh Captcha"><i class="fa fa-refresh fa-lg"></i></a>
      </div>
      <div class="${group('captcha')}">
        <input type="text" class="form-control" name="captcha" id="txtCaptcha" placeholder="Enter Captcha" maxlength="5" autocomplete="off">
        <span class="glyphicon glyphicon-check form-control-feedback"></span>
        ${helpBlock(e.captcha)}
      </div>
      <div class="row">
        <div class="col-xs-8">
          <div class="checkbox icheck">
            <label><input type="checkbox" name="remember" value="1"> Remember Me</label>
          </div>
        </div>
        <div class="col-xs-4">
          <button type="submit" class="btn btn-primary btn-block btn-flat">Sign In</button>
        </div>
      </div>
    </form>
    <a href="#">I forgot my password</a><br>
    <a href="#" class="text-center">Forgot Username</a>`,
    `iCheck('.icheck input[type=checkbox]', { checkboxClass: 'icheckbox_square-blue', radioClass: 'iradio_square-blue', increaseArea: '20%' });
document.getElementById('lnkRefreshCaptcha').addEventListener('click', function (e) {
  e.preventDefault(); document.getElementById('captcha_image').src = '/captcha-image?r=' + new Date().getTime();
  document.getElementById('txtCaptcha').value = '';
});`,
  );
}

function otpPage(csrf: string, alert = '', error = ''): string {
  return loginBox(
    `    <p class="login-box-msg">Enter OTP</p>
    ${alert}
    <p class="text-center small">An OTP has been sent to your registered mobile number <b>${MOBILE}</b>. You may also use the OTP shown in the Sandes or NIC-GST-Shield app.</p>
    <form action="/login/otp" method="post" id="frmOtp" autocomplete="off">
      <input type="hidden" name="csrf_test_name" value="${csrf}">
      <div class="form-group has-feedback${error ? ' has-error' : ''}">
        <input type="text" class="form-control" name="otp" id="txtOtp" placeholder="Enter OTP" maxlength="6" autocomplete="off">
        <span class="glyphicon glyphicon-phone form-control-feedback"></span>
        ${helpBlock(error)}
      </div>
      <div class="row">
        <div class="col-xs-7">
          <a href="/login/resend-otp">Resend OTP</a><br>
          <a href="/login">Back to Login</a>
        </div>
        <div class="col-xs-5">
          <button type="submit" id="btnVerifyOTP" class="btn btn-primary btn-block btn-flat">Verify OTP</button>
        </div>
      </div>
    </form>`,
    `document.getElementById('txtOtp').focus();`,
  );
}

function callout(kind: 'danger' | 'success' | 'warning' | 'info', title: string, text: string): string {
  const icon = { danger: 'fa-ban', success: 'fa-check', warning: 'fa-warning', info: 'fa-info' }[kind];
  return `<div class="callout callout-${kind}">
      <h4><i class="icon fa ${icon}"></i> ${esc(title)}</h4>
      <p>${text}</p>
    </div>`;
}

function alertBox(kind: 'warning' | 'success', title: string, text: string): string {
  return `<div class="alert alert-${kind} alert-dismissible">
      <button type="button" class="close" data-dismiss="alert" aria-hidden="true">&times;</button>
      <h4><i class="icon fa ${kind === 'warning' ? 'fa-warning' : 'fa-check'}"></i> ${esc(title)}</h4>
      ${esc(text)}
    </div>`;
}

function captchaSvg(text: string): string {
  const rnd = (min: number, max: number) => min + Math.random() * (max - min);
  const colours = ['#1f3a93', '#8e44ad', '#c0392b', '#16a085', '#2c3e50', '#d35400'];
  const pick = () => colours[Math.floor(Math.random() * colours.length)] ?? '#333';
  const lines = Array.from(
    { length: 6 },
    () =>
      `<path d="M${rnd(0, 30).toFixed(1)} ${rnd(0, 40).toFixed(1)} Q${rnd(40, 110).toFixed(1)} ${rnd(0, 40).toFixed(1)} ${rnd(120, 150).toFixed(1)} ${rnd(0, 40).toFixed(1)}" stroke="${pick()}" stroke-width="${rnd(0.6, 1.6).toFixed(1)}" fill="none" opacity="0.7"/>`,
  ).join('');
  const dots = Array.from(
    { length: 40 },
    () =>
      `<circle cx="${rnd(0, 150).toFixed(1)}" cy="${rnd(0, 40).toFixed(1)}" r="${rnd(0.5, 1.4).toFixed(1)}" fill="${pick()}" opacity="0.6"/>`,
  ).join('');
  const glyphs = [...text]
    .map((ch, i) => {
      const x = 14 + i * 26 + rnd(-3, 3);
      const y = 29 + rnd(-4, 4);
      return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rnd(-18, 18).toFixed(0)} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="DejaVu Serif, Georgia, serif" font-size="${rnd(22, 27).toFixed(0)}" font-weight="bold" fill="${pick()}">${esc(ch)}</text>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="150" height="40" viewBox="0 0 150 40"><rect width="150" height="40" fill="#eef3e2"/>${dots}${glyphs}${lines}</svg>`;
}

/** The page script every signed-in page shares: CSRF for $.post and the lost-session handler. */
function commonScript(csrf: string): string {
  return `var CSRF = { name: 'csrf_test_name', hash: '${csrf}' };
function sessionLost(r) {
  toastr.error((r && r.msg ? r.msg : 'Session expired') + '. Please login again.', 'Error');
  setTimeout(function () { window.location = '/login?msg=session_expired'; }, 1000);
}
function callPortal(url, data, ok, busy) {
  data[CSRF.name] = CSRF.hash; if (busy) busy(true);
  return ajaxPost(url, data, function (r) {
    if (busy) busy(false);
    if (r.status === 'error' && r.code === 440) { sessionLost(r); return; }
    ok(r);
  }, function () { if (busy) busy(false); toastr.error('Something went wrong. Please try again later.', 'Error'); });
}`;
}

function dashboardPage(view: {
  csrf: string;
  username: string;
  gstin: string;
  popups: boolean;
  apiUsers: number;
}): string {
  const tile = (bg: string, value: string, label: string, icon: string) => `<div class="col-lg-3 col-md-6">
          <div class="small-box ${bg}">
            <div class="inner"><h3>${value}</h3><p>${label}</p></div>
            <div class="icon"><i class="fa ${icon}"></i></div>
            <a href="#" class="small-box-footer">More info <i class="fa fa-arrow-circle-right"></i></a>
          </div>
        </div>`;
  const popups = `callPortal('/dashboard/technical-contact', {}, function (r) {
  if (r.status !== 'success' || !r.show) return;
  var c = r.data;
  var msg = '<form id="frmTechContact" class="form-horizontal" autocomplete="off">' +
    '<p>Please verify the contact details of the technical person of your organisation. NIC will use these for communication on e-Invoice API matters.</p>' +
    '<div class="form-group"><label class="col-sm-3 control-label">Name</label><div class="col-sm-8"><input type="text" class="form-control" name="tp_name" value="' + c.name + '"></div></div>' +
    '<div class="form-group"><label class="col-sm-3 control-label">Mobile No.</label><div class="col-sm-8"><input type="text" class="form-control" name="tp_mobile" maxlength="10" value="' + c.mobile + '"></div></div>' +
    '<div class="form-group"><label class="col-sm-3 control-label">E-mail Id</label><div class="col-sm-8"><input type="text" class="form-control" name="tp_email" value="' + c.email + '"></div></div>' +
    '</form>';
  var dlg = bootbox.dialog({
    title: 'Contacts of Technical Person', message: msg, closeButton: true, className: 'modal-tech-contact',
    buttons: {
      update: { label: 'Update', className: 'btn-success', callback: function () {
        var f = document.getElementById('frmTechContact');
        callPortal('/dashboard/technical-contact/update', { tp_name: f.tp_name.value, tp_mobile: f.tp_mobile.value, tp_email: f.tp_email.value }, function (u) {
          if (u.status === 'success') { toastr.success(u.msg, 'Success'); } else { toastr.error(u.msg, 'Error'); }
        });
        return false;
      } },
      exit: { label: 'Exit', className: 'btn-danger' }
    }
  });
  dlg.addEventListener('hidden.bs.modal', function (e) {
    if (e.target !== dlg) return;
    setTimeout(function () {
      bootbox.alert({ title: 'Important Notice', message: '<p>Taxpayers with AATO of 10 Crore and above cannot report invoices older than 30 days on the IRP from 1st April 2025.</p><p>Please ensure timely reporting of your invoices.</p>' });
    }, 300);
  });
});`;
  return adminPage({
    title: 'Dash Board',
    small: 'Control panel',
    active: '/dashboard',
    username: view.username,
    gstin: view.gstin,
    body: `      <div class="row">
        ${tile('bg-aqua', '1,248', 'Generations', 'fa-file-text-o')}
        ${tile('bg-red', '37', 'Cancelled', 'fa-ban')}
        ${tile('bg-green', '112', 'Bulk Uploads', 'fa-upload')}
        ${tile('bg-yellow', String(view.apiUsers), 'API Users', 'fa-key')}
      </div>
      <div class="row">
        <div class="col-md-8">
          <div class="box box-primary">
            <div class="box-header with-border"><h3 class="box-title">Taxpayer Details</h3></div>
            <div class="box-body">
              <table class="table table-bordered">
                <tbody>
                  <tr><th style="width: 35%">GSTIN</th><td>${esc(view.gstin)}</td></tr>
                  <tr><th>Trade Name</th><td>${esc(TRADE_NAME)}</td></tr>
                  <tr><th>Registered Mobile No.</th><td>${MOBILE}</td></tr>
                  <tr><th>Last Login</th><td>${stamp(new Date(Date.now() - 86_400_000 * 3))}</td></tr>
                </tbody>
              </table>
            </div>
          </div>
        </div>
        <div class="col-md-4">
          <div class="box box-info">
            <div class="box-header with-border"><h3 class="box-title">Announcements</h3></div>
            <div class="box-body">
              <p><i class="fa fa-bullhorn text-yellow"></i> 2FA is mandatory for all users from 01/04/2025.</p>
              <p><i class="fa fa-bullhorn text-yellow"></i> Create separate API users for each GSP you use.</p>
            </div>
          </div>
        </div>
      </div>`,
    script: `${commonScript(view.csrf)}\n${view.popups ? popups : ''}`,
  });
}

function placeholderPage(view: { href: string; username: string; gstin: string }): string {
  const trail = menuTrail(view.href);
  const title = trail[trail.length - 1] ?? 'Page';
  return adminPage({
    title,
    active: view.href,
    username: view.username,
    gstin: view.gstin,
    body: `      <div class="box box-primary">
        <div class="box-header with-border"><h3 class="box-title">${esc(title)}</h3></div>
        <div class="box-body"><p class="text-muted">No records found.</p></div>
      </div>`,
  });
}

function registeredGspsPage(view: {
  username: string;
  gstin: string;
  flash?: string;
  rows: { gsp: string; username: string; createdOn: string }[];
}): string {
  const n = view.rows.length;
  const rows = view.rows
    .map(
      (r, i) => `<tr role="row" class="${i % 2 ? 'even' : 'odd'}">
                  <td class="sorting_1">${i + 1}</td><td>${esc(view.gstin)}</td><td>${esc(r.gsp)}</td><td>${esc(r.username)}</td><td>${esc(r.createdOn)}</td><td><span class="label label-success">Active</span></td>
                </tr>`,
    )
    .join('\n                ');
  const th = (label: string, cls = 'sorting') =>
    `<th class="${cls}" tabindex="0" aria-controls="tblApiUsers" rowspan="1" colspan="1"${cls === 'sorting_asc' ? ' aria-sort="ascending"' : ''} aria-label="${label}: activate to sort column ${cls === 'sorting_asc' ? 'descending' : 'ascending'}">${label}</th>`;
  return adminPage({
    title: 'View API Users',
    small: 'GSPs registered for your GSTIN',
    active: '/api-registration/registered-gsps',
    username: view.username,
    gstin: view.gstin,
    body: `      ${view.flash ?? ''}
      <div class="box box-primary">
        <div class="box-header with-border"><h3 class="box-title">GSPs registered for GSTIN ${esc(view.gstin)}</h3></div>
        <div class="box-body">
          <div id="tblApiUsers_wrapper" class="dataTables_wrapper form-inline dt-bootstrap no-footer">
            <div class="row">
              <div class="col-sm-6"><div class="dataTables_length" id="tblApiUsers_length"><label>Show <select name="tblApiUsers_length" aria-controls="tblApiUsers" class="form-control input-sm"><option value="10">10</option><option value="25">25</option><option value="50">50</option><option value="100">100</option></select> entries</label></div></div>
              <div class="col-sm-6"><div id="tblApiUsers_filter" class="dataTables_filter"><label>Search:<input type="search" class="form-control input-sm" placeholder="" aria-controls="tblApiUsers"></label></div></div>
            </div>
            <div class="row"><div class="col-sm-12">
              <table id="tblApiUsers" class="table table-bordered table-striped dataTable no-footer" role="grid" aria-describedby="tblApiUsers_info">
                <thead><tr role="row">${th('Sl. No.', 'sorting_asc')}${th('GSTIN')}${th('GSP Name')}${th('API User Name')}${th('Created On')}${th('Status')}</tr></thead>
                <tbody>
                ${rows}
                </tbody>
              </table>
            </div></div>
            <div class="row">
              <div class="col-sm-5"><div class="dataTables_info" id="tblApiUsers_info" role="status" aria-live="polite">Showing ${n ? 1 : 0} to ${n} of ${n} entries</div></div>
              <div class="col-sm-7"><div class="dataTables_paginate paging_simple_numbers" id="tblApiUsers_paginate"><ul class="pagination">
                <li class="paginate_button previous disabled" id="tblApiUsers_previous"><a href="#" aria-controls="tblApiUsers" data-dt-idx="0" tabindex="0">Previous</a></li>
                <li class="paginate_button active"><a href="#" aria-controls="tblApiUsers" data-dt-idx="1" tabindex="0">1</a></li>
                <li class="paginate_button next disabled" id="tblApiUsers_next"><a href="#" aria-controls="tblApiUsers" data-dt-idx="2" tabindex="0">Next</a></li>
              </ul></div></div>
            </div>
          </div>
        </div>
        <div class="box-footer">
          <a href="/api-registration/create-api-user" class="btn btn-primary">Create API User</a>
          <a href="/dashboard" class="btn btn-danger">Exit</a>
        </div>
      </div>`,
    script: `dataTableSearch('tblApiUsers');
Array.prototype.forEach.call(document.querySelectorAll('.pagination a'), function (a) { a.addEventListener('click', function (e) { e.preventDefault(); }); });`,
  });
}

interface CreateView {
  csrf: string;
  username: string;
  gstin: string;
  verified: boolean;
  alert?: string;
  values?: { regType?: string; gsp?: string; apiUsername?: string };
  errors?: { regType?: string; gsp?: string; apiUsername?: string; password?: string; confirm?: string };
}

const REG_TYPES: [string, string, string][] = [
  ['DIRECT', 'rbDirect', 'Directly'],
  ['GSP', 'rbGsp', 'Through GSP'],
  ['ERP', 'rbErp', 'Through ERP'],
  ['OTHER', 'rbOther', 'Through Client-Id of other'],
];

function createApiUserPage(view: CreateView): string {
  const v = view.values ?? {};
  const e = view.errors ?? {};
  const fg = (id: string, error?: string) =>
    `<div class="form-group${error ? ' has-error' : ''}" id="${id}">`;
  const radios = REG_TYPES.map(
    ([value, id, label]) =>
      `<span class="icheck-item"><input type="radio" name="reg_type" id="${id}" value="${value}"${v.regType === value ? ' checked' : ''}><label for="${id}">${label}</label></span>`,
  ).join('\n                  ');
  const options = GSPS.map(
    (name, i) =>
      `<option value="${i + 1}"${v.gsp === String(i + 1) ? ' selected' : ''}>${esc(name)}</option>`,
  ).join('\n                    ');
  const gspShown = v.regType === 'GSP';
  const body = `      <div id="divMessage">${view.alert ?? ''}${view.verified && !view.alert ? callout('success', 'OTP Verified', 'OTP verified successfully. Please select the registration type and enter the details of the API user.') : ''}</div>
      <div class="box box-primary" id="boxApiRegistration">
        <div class="box-header with-border">
          <h3 class="box-title">API Registration</h3>
          <div class="box-tools pull-right"><button type="button" class="btn btn-box-tool" data-widget="collapse"><i class="fa fa-minus"></i></button></div>
        </div>
        <div id="divOtpSection"${view.verified ? ' style="display: none;"' : ''}>
          <div class="box-body">
            ${callout('info', 'Note', `To create an API user, an OTP will be sent to your registered mobile number <b>${MOBILE}</b>. The OTP is valid for 10 minutes.`)}
            <div class="form-horizontal">
              <div class="form-group"><label class="col-sm-3 control-label">GSTIN</label><div class="col-sm-6"><p class="form-control-static">${esc(view.gstin)}</p></div></div>
              <div class="form-group"><label class="col-sm-3 control-label">Registered Mobile No.</label><div class="col-sm-6"><p class="form-control-static">${MOBILE}</p></div></div>
              <div class="form-group"><div class="col-sm-offset-3 col-sm-6"><button type="button" id="btnSendOtp" class="btn btn-primary">Send OTP</button></div></div>
              <div id="divOtp" style="display: none;">
                <div class="form-group" id="fgOtp">
                  <label for="txtOtp" class="col-sm-3 control-label">Enter OTP <span class="text-red">*</span></label>
                  <div class="col-sm-3"><input type="text" class="form-control" id="txtOtp" name="otp" maxlength="6" placeholder="Enter OTP" autocomplete="off"></div>
                </div>
                <div class="form-group"><div class="col-sm-offset-3 col-sm-6"><button type="button" id="btnVerifyOtp" class="btn btn-success">Verify OTP</button></div></div>
              </div>
            </div>
          </div>
        </div>
        <form id="frmCreateApiUser" class="form-horizontal" method="post" action="/api-registration/create-api-user" autocomplete="off"${view.verified ? '' : ' style="display: none;"'}>
          <input type="hidden" name="csrf_test_name" value="${view.csrf}">
          <div class="box-body">
            ${fg('fgRegType', e.regType)}
              <label class="col-sm-3 control-label">Do you wish to Register your GSTIN for <span class="text-red">*</span></label>
              <div class="col-sm-9">
                <div class="icheck-group">
                  ${radios}
                </div>
                ${helpBlock(e.regType)}
              </div>
            </div>
            <div id="divOtherType" style="display: none;"></div>
            <div id="divGsp"${gspShown ? '' : ' style="display: none;"'}>
              ${fg('fgGsp', e.gsp)}
                <label for="ddlGsp" class="col-sm-3 control-label">Select your GSP <span class="text-red">*</span></label>
                <div class="col-sm-6">
                  <select class="form-control selectpicker" id="ddlGsp" name="gsp_id" data-live-search="true" title="Select your GSP">
                    ${options}
                  </select>
                  ${helpBlock(e.gsp)}
                </div>
              </div>
              ${fg('fgApiUserName', e.apiUsername)}
                <label for="txtApiUserName" class="col-sm-3 control-label">Username <span class="text-red">*</span></label>
                <div class="col-sm-6">
                  <div class="input-group">
                    <span class="input-group-addon">API_</span>
                    <input type="text" class="form-control" id="txtApiUserName" name="api_username" maxlength="25" placeholder="Enter Username" value="${esc(v.apiUsername ?? '')}">
                  </div>
                  ${helpBlock(e.apiUsername)}
                  <small class="text-muted">3 to 25 characters: letters, digits, underscore (_) or dot (.)</small>
                </div>
              </div>
              ${fg('fgPassword', e.password)}
                <label for="txtApiPassword" class="col-sm-3 control-label">Password <span class="text-red">*</span></label>
                <div class="col-sm-6">
                  <input type="password" class="form-control" id="txtApiPassword" name="api_password" maxlength="15" placeholder="Password" autocomplete="new-password">
                  ${helpBlock(e.password)}
                  <small class="text-muted">8 to 15 characters with at least one uppercase letter, one lowercase letter, one number and one special character</small>
                </div>
              </div>
              ${fg('fgConfirmPassword', e.confirm)}
                <label for="txtConfirmPassword" class="col-sm-3 control-label">Re-enter Password <span class="text-red">*</span></label>
                <div class="col-sm-6">
                  <input type="password" class="form-control" id="txtConfirmPassword" name="confirm_password" maxlength="15" placeholder="Re-enter Password" autocomplete="new-password">
                  ${helpBlock(e.confirm)}
                </div>
              </div>
            </div>
          </div>
          <div class="box-footer">
            <div class="col-sm-offset-3">
              <button type="button" id="btnSubmit" class="btn btn-primary">Submit</button>
              <a href="/dashboard" class="btn btn-danger">Exit</a>
            </div>
          </div>
        </form>
      </div>`;
  return adminPage({
    title: 'Create API User',
    small: 'API Registration',
    active: '/api-registration/create-api-user',
    username: view.username,
    gstin: view.gstin,
    body,
    script: `${commonScript(view.csrf)}\n${CREATE_PAGE_JS}`,
  });
}

const CREATE_PAGE_JS = `
(function (d) {
  'use strict';
  var fx = jQueryFx, box = d.getElementById('boxApiRegistration'), form = d.getElementById('frmCreateApiUser');
  var btnSend = d.getElementById('btnSendOtp'), btnVerify = d.getElementById('btnVerifyOtp'), txtOtp = d.getElementById('txtOtp');
  var btnSubmit = d.getElementById('btnSubmit'), timer = null;
  iCheck('input[name=reg_type]', { checkboxClass: 'icheckbox_square-blue', radioClass: 'iradio_square-blue', increaseArea: '20%' });
  selectpicker('.selectpicker');
  function busy(on) {
    var o = box.querySelector('.overlay');
    if (on && !o) { box.appendChild(domMake('<div class="overlay"><i class="fa fa-refresh fa-spin"></i></div>')); }
    else if (!on && o) { o.parentNode.removeChild(o); }
  }
  function clearError(id) {
    var g = d.getElementById(id); g.classList.remove('has-error');
    Array.prototype.forEach.call(g.querySelectorAll('.help-block'), function (h) { h.parentNode.removeChild(h); });
  }
  function fieldError(id, msg) {
    clearError(id); var g = d.getElementById(id); g.classList.add('has-error');
    var col = g.querySelector('[class*="col-sm-"]:not(label)'), hb = d.createElement('span'); hb.className = 'help-block'; hb.textContent = msg;
    var after = col.querySelector('.input-group, select, input.form-control, .icheck-group');
    if (after && after.closest('.bootstrap-select')) after = after.closest('.bootstrap-select');
    if (after && after.nextSibling) col.insertBefore(hb, after.nextSibling); else col.appendChild(hb);
  }
  function countdown(n) {
    clearInterval(timer); btnSend.disabled = true; btnSend.innerHTML = 'Resend OTP (' + n + 's)';
    timer = setInterval(function () {
      n -= 1;
      if (n <= 0) { clearInterval(timer); btnSend.disabled = false; btnSend.innerHTML = 'Resend OTP'; } else { btnSend.innerHTML = 'Resend OTP (' + n + 's)'; }
    }, 1000);
  }
  btnSend.addEventListener('click', function () {
    var label = btnSend.innerHTML;
    btnSend.disabled = true; btnSend.innerHTML = '<i class="fa fa-refresh fa-spin"></i> Sending OTP...';
    callPortal('/api-registration/send-otp', {}, function (r) {
      if (r.status === 'success') {
        toastr.success(r.msg, 'Success');
        var o = d.getElementById('divOtp');
        if (o.style.display === 'none') fx.slideDown(o, 400, function () { txtOtp.focus(); }); else txtOtp.focus();
        countdown(30);
      } else { btnSend.disabled = false; btnSend.innerHTML = label; toastr.error(r.msg, 'Error'); }
    }, busy);
  });
  btnVerify.addEventListener('click', function () {
    var otp = txtOtp.value.trim(); clearError('fgOtp');
    if (!otp) { fieldError('fgOtp', 'Please enter OTP.'); return; }
    if (!/^[0-9]{6}$/.test(otp)) { fieldError('fgOtp', 'OTP must be a 6 digit number.'); return; }
    btnVerify.disabled = true;
    callPortal('/api-registration/verify-otp', { otp: otp }, function (r) {
      btnVerify.disabled = false;
      if (r.status === 'success') {
        clearInterval(timer); toastr.success(r.msg, 'Success');
        fx.slideUp(d.getElementById('divOtpSection'), 400, function () {
          d.getElementById('divMessage').innerHTML = '<div class="callout callout-success"><h4><i class="icon fa fa-check"></i> OTP Verified</h4><p>' + r.msg + ' Please select the registration type and enter the details of the API user.</p></div>';
          fx.slideDown(form, 400);
        });
      } else {
        toastr.error(r.msg, 'Error'); fieldError('fgOtp', r.msg); txtOtp.value = ''; txtOtp.focus();
      }
    }, busy);
  });
  var NOTES = {
    DIRECT: 'Direct API access is available only to taxpayers having AATO of more than Rs. 1000 Crore. Your GSTIN is not eligible for direct integration; please register through a GSP.',
    ERP: 'Registration through ERP is not enabled for your GSTIN. Please contact the e-Invoice helpdesk.',
    OTHER: 'To use the Client-Id of another GSTIN having the same PAN, please log in with the GSTIN that holds the Client-Id and map this GSTIN from there.'
  };
  function showType(value) {
    clearError('fgRegType');
    var gsp = d.getElementById('divGsp'), other = d.getElementById('divOtherType');
    if (value === 'GSP') {
      other.style.display = 'none'; btnSubmit.disabled = false;
      if (gsp.style.display === 'none') fx.slideDown(gsp, 400);
    } else {
      gsp.style.display = 'none'; btnSubmit.disabled = true;
      other.innerHTML = '<div class="col-sm-offset-3 col-sm-6"><div class="callout callout-warning"><h4><i class="icon fa fa-warning"></i> Not Allowed</h4><p>' + NOTES[value] + '</p></div></div><div class="clearfix"></div>';
      other.style.display = 'block';
    }
  }
  Array.prototype.forEach.call(d.querySelectorAll('input[name=reg_type]'), function (r) { r.addEventListener('ifChecked', function () { showType(r.value); }); });
  var PASSWORD = /^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}$/;
  btnSubmit.addEventListener('click', function () {
    var ok = true, reg = d.querySelector('input[name=reg_type]:checked');
    ['fgRegType', 'fgGsp', 'fgApiUserName', 'fgPassword', 'fgConfirmPassword'].forEach(clearError);
    if (!reg) { fieldError('fgRegType', 'Please select the registration type.'); ok = false; }
    else if (reg.value === 'GSP') {
      var user = d.getElementById('txtApiUserName').value.trim().replace(/^API_/i, '');
      var pwd = d.getElementById('txtApiPassword').value, pwd2 = d.getElementById('txtConfirmPassword').value;
      if (!d.getElementById('ddlGsp').value) { fieldError('fgGsp', 'Please select your GSP.'); ok = false; }
      if (!user) { fieldError('fgApiUserName', 'Please enter Username.'); ok = false; }
      else if (!/^[A-Za-z0-9_.]{3,25}$/.test(user)) { fieldError('fgApiUserName', 'Username must be 3 to 25 characters long and may contain only letters, digits, underscore (_) and dot (.).'); ok = false; }
      if (!pwd) { fieldError('fgPassword', 'Please enter Password.'); ok = false; }
      else if (!PASSWORD.test(pwd)) { fieldError('fgPassword', 'Password must be 8 to 15 characters long with at least one uppercase letter, one lowercase letter, one number and one special character.'); ok = false; }
      if (!pwd2) { fieldError('fgConfirmPassword', 'Please re-enter Password.'); ok = false; }
      else if (pwd && pwd !== pwd2) { fieldError('fgConfirmPassword', 'Password and Re-enter Password do not match.'); ok = false; }
    } else { ok = false; }
    if (!ok) { toastr.error('Please correct the errors and try again.', 'Error'); return; }
    bootbox.confirm({
      message: 'Are you sure you want to create API user?',
      buttons: { cancel: { label: 'Cancel', className: 'btn-default' }, confirm: { label: 'Confirm', className: 'btn-primary' } },
      callback: function (yes) { if (yes) { busy(true); btnSubmit.disabled = true; form.submit(); } }
    });
  });
  var pre = d.querySelector('input[name=reg_type]:checked'); if (pre && pre.value !== 'GSP') showType(pre.value);
})(document);
`;

// ---------------------------------------------------------------------------------------------------
// The server (controllers: Home, Auth, Dashboard, Api_registration; sessions in memory)
// ---------------------------------------------------------------------------------------------------
interface Session {
  id: string;
  stage: '2fa' | 'in';
  username: string;
  popupsShown: boolean;
  apiOtpSentAt?: number;
  apiOtpVerified: boolean;
  flash?: string;
  touched: number;
}

const SESSION_IDLE_MS = 20 * 60 * 1000;
const OTP_VALID_MS = 10 * 60 * 1000;
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;

function cookiesOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at).trim()] = decodeURIComponent(part.slice(at + 1).trim());
  }
  return out;
}

async function formOf(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 65_536) break;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const ASSETS: Record<string, [string, string]> = {
  '/assets/bower_components/bootstrap/dist/css/bootstrap.min.css': ['text/css', BOOTSTRAP_CSS],
  '/assets/bower_components/font-awesome/css/font-awesome.min.css': ['text/css', FONT_AWESOME_CSS],
  '/assets/dist/css/AdminLTE.min.css': ['text/css', ADMINLTE_CSS],
  '/assets/plugins/plugins.min.css': ['text/css', PLUGINS_CSS],
  '/assets/js/vendor.bundle.min.js': ['application/javascript', VENDOR_JS + VENDOR_WIDGETS_JS],
  '/assets/dist/js/adminlte.min.js': ['application/javascript', ADMINLTE_JS],
};

export async function startAdminlteR17Rendition(
  options: AdminlteR17Options = {},
): Promise<AdminlteR17Rendition> {
  const state: AdminlteR17State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  let expiryUsed = false;

  /** True (once) when this request is the first of the stage that must find its session gone. */
  function expiresNow(stage: AdminlteR17Expiry, session: Session): boolean {
    if (options.expireOnce !== stage || expiryUsed) return false;
    expiryUsed = true;
    sessions.delete(session.id);
    state.expired.push(stage);
    return true;
  }

  function send(
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    headers: Record<string, string | string[]> = {},
  ) {
    res.writeHead(status, {
      'Content-Type': `${type}; charset=UTF-8`,
      'Cache-Control': 'no-store, no-cache, must-revalidate',
      Pragma: 'no-cache',
      'X-Powered-By': 'PHP/7.2.24',
      ...headers,
    });
    res.end(body);
  }
  const html = (res: ServerResponse, body: string, status = 200) => send(res, status, 'text/html', body);
  const json = (res: ServerResponse, body: unknown) =>
    send(res, 200, 'application/json', JSON.stringify(body));
  function redirect(res: ServerResponse, location: string, cookies: string[] = []) {
    res.writeHead(302, {
      Location: location,
      'Cache-Control': 'no-store',
      ...(cookies.length ? { 'Set-Cookie': cookies } : {}),
    });
    res.end();
  }
  const sessionCookie = (id: string) => `ci_session=${id}; path=/; HttpOnly; SameSite=Lax`;

  function csrfOf(req: IncomingMessage, res: ServerResponse): string {
    const existing = cookiesOf(req).csrf_cookie_name;
    if (existing && /^[0-9a-f]{32}$/.test(existing)) return existing;
    const token = randomBytes(16).toString('hex');
    res.setHeader('Set-Cookie', `csrf_cookie_name=${token}; path=/; SameSite=Lax`);
    return token;
  }

  function sessionOf(req: IncomingMessage): { session?: Session; stale: boolean } {
    const id = cookiesOf(req).ci_session;
    if (!id) return { stale: false };
    const session = sessions.get(id);
    if (!session) return { stale: true };
    if (Date.now() - session.touched > SESSION_IDLE_MS) {
      sessions.delete(id);
      return { stale: true };
    }
    session.touched = Date.now();
    return { session, stale: false };
  }

  const ajax = (req: IncomingMessage) => req.headers['x-requested-with'] === 'XMLHttpRequest';

  /** The signed-in session, or the answer for a lost one already sent (302 for pages, 440 JSON for AJAX). */
  function signedIn(req: IncomingMessage, res: ServerResponse): Session | undefined {
    const { session, stale } = sessionOf(req);
    if (session?.stage === 'in') return session;
    lost(req, res, stale || session !== undefined);
    return undefined;
  }
  function lost(req: IncomingMessage, res: ServerResponse, expired = true) {
    if (ajax(req)) json(res, { status: 'error', code: 440, msg: 'Session expired' });
    else redirect(res, expired ? '/login?msg=session_expired' : '/login');
  }

  function csrfFails(req: IncomingMessage, form: URLSearchParams, res: ServerResponse): boolean {
    const cookie = cookiesOf(req).csrf_cookie_name;
    if (cookie && form.get('csrf_test_name') === cookie) return false;
    html(
      res,
      '<!DOCTYPE html><html><head><title>Error</title></head><body><div id="container"><h1>An Error Was Encountered</h1><p>The action you have requested is not allowed.</p></div></body></html>',
      403,
    );
    return true;
  }

  const placeholders = new Set(
    menuLeaves()
      .map((leaf) => leaf.href ?? '')
      .filter(
        (href) =>
          !['/dashboard', '/api-registration/create-api-user', '/api-registration/registered-gsps'].includes(
            href,
          ),
      ),
  );

  function loginAlert(msg: string | null): string {
    if (msg === 'session_expired')
      return alertBox('warning', 'Alert!', 'Your session has expired. Please login again.');
    if (msg === 'logged_out')
      return alertBox('success', 'Success!', 'You have been logged out successfully.');
    return '';
  }

  async function postLogin(req: IncomingMessage, res: ServerResponse) {
    const form = await formOf(req);
    if (csrfFails(req, form, res)) return;
    const csrf = cookiesOf(req).csrf_cookie_name ?? '';
    const username = (form.get('username') ?? '').trim();
    const password = form.get('password') ?? '';
    const captcha = (form.get('captcha') ?? '').trim();
    const errors: NonNullable<LoginView['errors']> = {};
    if (!username) errors.username = 'The Username field is required.';
    if (!password) errors.password = 'The Password field is required.';
    if (!captcha) errors.captcha = 'The Captcha field is required.';
    if (Object.keys(errors).length) return html(res, loginPage({ csrf, username, errors }));
    if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
      state.refusals.push('captcha');
      return html(
        res,
        loginPage({
          csrf,
          username,
          alert: callout(
            'danger',
            'Error!',
            'Invalid Captcha. Please enter the characters shown in the image.',
          ),
          errors: { captcha: 'Invalid Captcha.' },
        }),
      );
    }
    if (
      username.toLowerCase() !== ADMINLTE_R17_LOGIN.username.toLowerCase() ||
      password !== ADMINLTE_R17_LOGIN.password
    ) {
      state.refusals.push('login');
      return html(
        res,
        loginPage({
          csrf,
          username,
          alert: callout(
            'danger',
            'Error!',
            'Invalid Login Credentials. Please check your User Name and Password.',
          ),
        }),
      );
    }
    const old = cookiesOf(req).ci_session;
    if (old) sessions.delete(old);
    const id = randomBytes(20).toString('hex');
    sessions.set(id, {
      id,
      stage: '2fa',
      username,
      popupsShown: false,
      apiOtpVerified: false,
      touched: Date.now(),
    });
    redirect(res, '/login/otp', [sessionCookie(id)]);
  }

  async function postLoginOtp(req: IncomingMessage, res: ServerResponse) {
    const form = await formOf(req);
    if (csrfFails(req, form, res)) return;
    const csrf = cookiesOf(req).csrf_cookie_name ?? '';
    const { session, stale } = sessionOf(req);
    if (!session) return redirect(res, stale ? '/login?msg=session_expired' : '/login');
    if (session.stage === 'in') return redirect(res, '/dashboard');
    const otp = (form.get('otp') ?? '').trim();
    if (!otp) return html(res, otpPage(csrf, '', 'The OTP field is required.'));
    if (otp !== state.loginOtp) {
      state.refusals.push('login-otp');
      return html(
        res,
        otpPage(
          csrf,
          callout(
            'danger',
            'Error!',
            'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
          ),
          'Invalid OTP.',
        ),
      );
    }
    session.stage = 'in';
    redirect(res, '/dashboard');
  }

  async function sendApiOtp(req: IncomingMessage, res: ServerResponse) {
    const session = signedIn(req, res);
    if (!session) return;
    if (expiresNow('api-otp-send', session)) return lost(req, res);
    const form = await formOf(req);
    if (form.get('csrf_test_name') !== cookiesOf(req).csrf_cookie_name)
      return json(res, { status: 'error', code: 403, msg: 'The action you have requested is not allowed.' });
    await new Promise((resolve) => setTimeout(resolve, 700));
    session.apiOtpSentAt = Date.now();
    session.apiOtpVerified = false;
    json(res, { status: 'success', msg: `OTP has been sent to your registered mobile number ${MOBILE}.` });
  }

  async function verifyApiOtp(req: IncomingMessage, res: ServerResponse) {
    const session = signedIn(req, res);
    if (!session) return;
    if (expiresNow('api-otp-verify', session)) return lost(req, res);
    const form = await formOf(req);
    if (form.get('csrf_test_name') !== cookiesOf(req).csrf_cookie_name)
      return json(res, { status: 'error', code: 403, msg: 'The action you have requested is not allowed.' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    if (session.apiOtpSentAt === undefined)
      return json(res, { status: 'error', msg: 'Please click on Send OTP first.' });
    if (Date.now() - session.apiOtpSentAt > OTP_VALID_MS)
      return json(res, { status: 'error', msg: 'OTP has expired. Please click on Resend OTP.' });
    if ((form.get('otp') ?? '').trim() !== state.apiOtp) {
      state.refusals.push('api-otp');
      return json(res, { status: 'error', msg: 'Invalid OTP. Please enter the valid OTP.' });
    }
    session.apiOtpVerified = true;
    json(res, { status: 'success', msg: 'OTP verified successfully.' });
  }

  async function createApiUser(req: IncomingMessage, res: ServerResponse) {
    const session = signedIn(req, res);
    if (!session) return;
    if (expiresNow('submit', session)) return lost(req, res);
    const form = await formOf(req);
    if (csrfFails(req, form, res)) return;
    const csrf = cookiesOf(req).csrf_cookie_name ?? '';
    const base = { csrf, username: session.username, gstin: state.gstin };
    if (!session.apiOtpVerified)
      return html(
        res,
        createApiUserPage({
          ...base,
          verified: false,
          alert: callout('danger', 'Error!', 'Please verify the OTP before creating the API user.'),
        }),
      );
    const regType = form.get('reg_type') ?? '';
    const gsp = form.get('gsp_id') ?? '';
    const typed = (form.get('api_username') ?? '').trim().replace(/^API_/i, '');
    const password = form.get('api_password') ?? '';
    const confirm = form.get('confirm_password') ?? '';
    const values = { regType, gsp, apiUsername: typed };
    const errors: NonNullable<CreateView['errors']> = {};
    const gspName = GSPS[Number(gsp) - 1];
    if (regType !== 'GSP') errors.regType = 'Please select the registration type Through GSP.';
    else {
      if (!gspName) errors.gsp = 'The Select your GSP field is required.';
      if (!/^[A-Za-z0-9_.]{3,25}$/.test(typed))
        errors.apiUsername =
          'Username must be 3 to 25 characters long and may contain only letters, digits, underscore (_) and dot (.).';
      if (!PASSWORD_RULE.test(password))
        errors.password =
          'Password must be 8 to 15 characters long with at least one uppercase letter, one lowercase letter, one number and one special character.';
      if (password !== confirm) errors.confirm = 'Password and Re-enter Password do not match.';
    }
    if (Object.keys(errors).length || !gspName)
      return html(res, createApiUserPage({ ...base, verified: true, values, errors }));
    const username = `API_${typed}`;
    const onFile = [...EXISTING, ...state.users.filter((u) => u.gstin === state.gstin)];
    if (onFile.some((u) => u.gsp === gspName)) {
      state.refusals.push('duplicate');
      const text = `GSTIN ${esc(state.gstin)} is already registered with the GSP <b>${esc(gspName)}</b>. You can not create one more API user for the same GSP.`;
      return html(
        res,
        createApiUserPage({ ...base, verified: true, values, alert: callout('danger', 'Error!', text) }),
      );
    }
    const taken = [
      ...RESERVED_USERNAMES,
      ...EXISTING.map((u) => u.username),
      ...state.users.map((u) => u.username),
    ];
    if (taken.some((name) => name.toLowerCase() === username.toLowerCase())) {
      state.refusals.push('username-taken');
      const text = `User Name <b>${esc(username)}</b> already exists. Please try with another user name.`;
      return html(
        res,
        createApiUserPage({ ...base, verified: true, values, alert: callout('danger', 'Error!', text) }),
      );
    }
    state.users.push({ gstin: state.gstin, gsp: gspName, username, password, createdOn: stamp() });
    session.apiOtpVerified = false;
    session.apiOtpSentAt = undefined;
    session.flash = callout(
      'success',
      'Success!',
      `API User <b>${esc(username)}</b> has been created successfully for the GSP <b>${esc(gspName)}</b>. Please note the user name and password; the password will not be shown again.`,
    );
    redirect(res, '/api-registration/registered-gsps');
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    const asset = ASSETS[path];
    if (asset && method === 'GET')
      return send(res, 200, asset[0], asset[1], { 'Cache-Control': 'max-age=0' });
    if (method === 'GET' && path === '/favicon.ico') return send(res, 404, 'text/plain', '');
    if (method === 'GET' && path === '/captcha-image')
      return send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
    if (method === 'GET' && (path === '/' || path === '/home')) return html(res, homePage());

    if (path === '/login' && method === 'GET') {
      const { session } = sessionOf(req);
      if (session?.stage === 'in') return redirect(res, '/dashboard');
      const csrf = csrfOf(req, res);
      return html(res, loginPage({ csrf, alert: loginAlert(url.searchParams.get('msg')) }));
    }
    if (path === '/login' && method === 'POST') return postLogin(req, res);
    if (path === '/login/otp' && method === 'GET') {
      const { session, stale } = sessionOf(req);
      if (!session) return redirect(res, stale ? '/login?msg=session_expired' : '/login');
      if (session.stage === 'in') return redirect(res, '/dashboard');
      const resent = url.searchParams.get('resent') === '1';
      return html(
        res,
        otpPage(
          csrfOf(req, res),
          resent
            ? callout(
                'success',
                'OTP Sent',
                `A new OTP has been sent to your registered mobile number ${MOBILE}.`,
              )
            : '',
        ),
      );
    }
    if (path === '/login/otp' && method === 'POST') return postLoginOtp(req, res);
    if (path === '/login/resend-otp' && method === 'GET') {
      const { session } = sessionOf(req);
      return redirect(res, session?.stage === '2fa' ? '/login/otp?resent=1' : '/login');
    }
    if (path === '/logout') {
      const id = cookiesOf(req).ci_session;
      if (id) sessions.delete(id);
      return redirect(res, '/login?msg=logged_out', [
        'ci_session=; path=/; Max-Age=0; HttpOnly; SameSite=Lax',
      ]);
    }

    if (path === '/dashboard' && method === 'GET') {
      const session = signedIn(req, res);
      if (!session) return;
      const popups = !session.popupsShown;
      session.popupsShown = true;
      return html(
        res,
        dashboardPage({
          csrf: csrfOf(req, res),
          username: session.username,
          gstin: state.gstin,
          popups,
          apiUsers: EXISTING.length + state.users.length,
        }),
      );
    }
    if (path === '/dashboard/technical-contact' && method === 'POST') {
      const session = signedIn(req, res);
      if (!session) return;
      await formOf(req);
      return json(res, {
        status: 'success',
        show: true,
        data: { name: 'Rajesh Kulkarni', mobile: '98XXXXXX21', email: 'it.support@mahalaxmifoods.in' },
      });
    }
    if (path === '/dashboard/technical-contact/update' && method === 'POST') {
      const session = signedIn(req, res);
      if (!session) return;
      await formOf(req);
      return json(res, {
        status: 'success',
        msg: 'Contact details of the technical person updated successfully.',
      });
    }
    if (path === '/api-registration/create-api-user' && method === 'GET') {
      const session = signedIn(req, res);
      if (!session) return;
      session.apiOtpVerified = false;
      return html(
        res,
        createApiUserPage({
          csrf: csrfOf(req, res),
          username: session.username,
          gstin: state.gstin,
          verified: false,
        }),
      );
    }
    if (path === '/api-registration/create-api-user' && method === 'POST') return createApiUser(req, res);
    if (path === '/api-registration/send-otp' && method === 'POST') return sendApiOtp(req, res);
    if (path === '/api-registration/verify-otp' && method === 'POST') return verifyApiOtp(req, res);
    if (path === '/api-registration/registered-gsps' && method === 'GET') {
      const session = signedIn(req, res);
      if (!session) return;
      const flash = session.flash;
      session.flash = undefined;
      return html(
        res,
        registeredGspsPage({
          username: session.username,
          gstin: state.gstin,
          flash,
          rows: [...EXISTING, ...state.users.filter((u) => u.gstin === state.gstin)],
        }),
      );
    }
    if (placeholders.has(path) && method === 'GET') {
      const session = signedIn(req, res);
      if (!session) return;
      return html(res, placeholderPage({ href: path, username: session.username, gstin: state.gstin }));
    }
    html(
      res,
      '<!DOCTYPE html><html><head><title>404 Page Not Found</title></head><body><div id="container"><h1>404 Page Not Found</h1><p>The page you requested was not found.</p></div></body></html>',
      404,
    );
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain', `A PHP Error was encountered: ${String(error)}`);
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
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }),
  };
}
