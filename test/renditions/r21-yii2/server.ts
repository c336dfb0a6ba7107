/**
 * Rendition r21-yii2: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and shared/portal/guide.md), drawn as a Yii2 (PHP) back office on
 * Bootstrap 3 would draw it, with the jQuery plugins such sites carry (bootstrap-select with live
 * search, iCheck radios, SweetAlert2, toastr), an AdminLTE 2 sidebar, Yii2 ActiveForm client
 * validation and a Pjax container. Every line of markup, style and script is in this file: a small
 * hand-written runtime reproduces those widgets' DOM and behaviour (no jQuery, no CDN, no npm).
 *
 * Choices made where the docs are silent:
 * - URLs (Yii2 pretty URLs): `/` public home (guests; signed-in users go to the dashboard),
 *   `/site/login` (GET form, POST plain form post), `/site/captcha?v=…` (SVG picture) and
 *   `/site/captcha?refresh=1` (JSON with a new picture URL), `/site/verify-otp` (2FA, GET/POST),
 *   `/site/resend-otp` and `/site/logout` (POST links through `data-method`), `/dashboard/index`,
 *   `/dashboard/update-contact` (AJAX), `/api-registration/create-api-user` (page; the same URL with
 *   `X-PJAX` headers and `?_pjax=%23pjax-api-user` answers the container fragment),
 *   `/api-registration/send-otp`, `/api-registration/verify-otp`, `/api-registration/save-api-user`
 *   (AJAX POSTs, JSON answers), other menu leaves render a "service unavailable" box, unknown paths
 *   Yii2's "Not Found (#404)" page. Assets under `/assets/<hash>/…` as Yii2 publishes them.
 * - Public pages: Yii2 basic layout (`nav#w0.navbar-inverse.navbar-fixed-top`, breadcrumbs, flash
 *   alerts as `div.alert.alert-*` with a × button). Header items "Home", "Help", "Contact Us" and a
 *   green "Login" link-button. The login page is a panel "Login to e-Invoice System" with
 *   `form#login-form`: "Username" (`#loginform-username`, `LoginForm[username]`), "Password"
 *   (`#loginform-password`), "Verification Code" (`#loginform-verifycode`) beside the captcha picture
 *   `img#loginform-verifycode-image` (click it, or the "Get a new code" refresh link, for a new
 *   picture of the same code; compared case-insensitively), hidden `_csrf`, and a blue block button
 *   "Login". Client validation: "Username cannot be blank." etc. (`has-error`, `help-block-error`).
 *   Server refusals re-render the form: captcha "The verification code is incorrect." (checked
 *   first), then "Incorrect username or password." under Password; the password and code are
 *   cleared.
 * - 2FA: panel "Two-Factor Authentication" with "Enter OTP" (`#otpform-otp`, `OtpForm[otp]`, must be
 *   6 digits), button "Verify OTP", links "Resend OTP" and "Back to Login". Wrong OTP: "Invalid OTP.
 *   Please enter the correct OTP." under the field. Success regenerates the session id and goes to
 *   the dashboard.
 * - Back office: AdminLTE 2 skin-blue: header with logo, hamburger (`data-toggle="push-menu"`), GSTIN
 *   text and a user dropdown (Profile / "Sign out"); left `ul.sidebar-menu.tree` with treeviews that
 *   slide open on click (500 ms, accordion): "Dash Board", "e-Invoice", "e-Way Bill", "MIS Reports",
 *   "User Management", "API Registration" → "User Credentials" → "Create API User" (plus "IP
 *   Whitelisting", "Freeze API User", "Change API Password"), "Masters", "Help". Dashboard heading
 *   "Dash Board" with small boxes "Generations", "Cancelled", "Bulk Uploads", "e-Way Bills".
 * - Post-login popup: a Bootstrap 3 modal (`div.modal.fade`, static backdrop, fades in 300 ms,
 *   `div.modal-backdrop` appended to body) titled "Contacts of Technical Person" with name, mobile,
 *   e-mail, buttons "Update" (AJAX, toastr) and "Exit" (`btn-danger`, `data-dismiss="modal"`) and a
 *   × close. Shown once after each login, with a toastr "Welcome" notice.
 * - API OTP: box "API Registration" with a callout (GSTIN, masked mobile ******3210) and a "Send OTP"
 *   button (loading text "Sending..."); after sending, toastr success, the "Enter OTP" field
 *   (`#apiotpform-otp`), "Verify OTP" and a "Resend OTP" link appear. A wrong OTP gets a SweetAlert2
 *   error "Invalid OTP" ("The OTP you have entered is invalid. Please enter the correct OTP sent to
 *   your registered mobile number."). Success: toastr "OTP verified successfully." and a Pjax reload
 *   of the container draws the form. Opening the page afresh asks for a new OTP.
 * - Form (`form#api-user-form`, model ApiUserForm): "Do you wish to Register your GSTIN for" with
 *   iCheck radios (`div.iradio_square-blue` + `ins.iCheck-helper`) "Directly", "Through GSP",
 *   "Through ERP", "Through Client-Id of other", none preselected; "Select your GSP" (bootstrap-select
 *   with live search, prompt "-- Select GSP --", 27 real GSP names, option values are numeric ids)
 *   slides in only for "Through GSP" ("Directly" shows a turnover-limit callout); "User Name" with
 *   an `API_` input-group addon (4-11 letters or digits typed), "Password" and "Re-enter Password"
 *   (8-15 chars, upper, lower, digit, special; errors appear 200 ms after change/blur, as Yii2's
 *   validationDelay does);
 *   buttons "Submit" and "Exit" (back to the dashboard). Below, in the same Pjax container, a
 *   GridView "GSPs registered for GSTIN …" (Sl. No., GSP Name, API User Name, Registered On, Status).
 * - Submit: client validation, then a SweetAlert2 warning "Are you sure?" naming GSTIN, GSP and user
 *   name, buttons "Yes, Submit" / "Cancel", loader while the AJAX post runs. Verdicts: success
 *   "API User Created" (then the container reloads with the new row); same GSP twice "Already
 *   Registered" (error popup); taken user name: inline `User Name "API_x" has already been taken.` plus
 *   a toastr error; any option other than "Through GSP": "Not Eligible" popup.
 * - Sessions: PHP-style `PHPSESSID` cookie, idle limit 1440 s, CSRF token in a `_csrf` cookie and masked
 *   in forms / `meta[name=csrf-token]` (bad token: "Bad Request (#400)"). A page GET without a live
 *   session redirects (302) to `/site/login`, which shows "Your session has expired. Please login
 *   again."; an AJAX call answers 403 `{"name":"Forbidden","message":"Login Required",…}` and the page
 *   shows a SweetAlert2 warning "Session Expired" (button "Login", 5 s timer) and then goes to the
 *   login page.
 * - expireOnce: the first request of that stage (send/resend API OTP, verify API OTP, the Submit
 *   post) deletes the server session, is recorded in `state.expired`, and is answered as above.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Yii2R21Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface Yii2R21Options {
  expireOnce?: Yii2R21Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface Yii2R21State {
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
export interface Yii2R21Rendition {
  url: string;
  close(): Promise<void>;
  state: Yii2R21State;
}
export const YII2_R21_LOGIN: { username: string; password: string } = {
  username: 'udaytraders27',
  password: 'Uday@Inv2024',
};

const ASSET_CSS = '/assets/5b3c9e1d/css/site.css';
const ASSET_JS = '/assets/7a2f4c8e/js/app.js';
const MOBILE = '******3210';
const TRADE_NAME = 'UDAY TRADERS';
const IDLE_LIMIT_MS = 1440 * 1000;
const EXPIRED_TEXT = 'Your session has expired. Please login again.';

const GSPS: { id: number; name: string }[] = [
  'Adaequare Info Private Limited',
  'ALANKIT LIMITED',
  'Bharti Airtel Limited',
  'Botree Software International Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Deloitte Touche Tohmatsu India LLP',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'KFin Technologies Limited',
  'Masters India Private Limited',
  'Mastek Limited',
  'PricewaterhouseCoopers Private Limited',
  'Reliance Corporate IT Park Limited',
  'Relyon Softech Limited',
  'SAG Infotech Private Limited',
  'Seshaasai Business Forms Private Limited',
  'Sify Technologies Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
].map((name, i) => ({ id: 101 + i, name }));

interface MenuItem {
  label: string;
  icon?: string;
  url?: string;
  items?: MenuItem[];
}
const MENU: MenuItem[] = [
  { label: 'Dash Board', icon: 'fa-dashboard', url: '/dashboard/index' },
  {
    label: 'e-Invoice',
    icon: 'fa-file-text-o',
    items: [
      { label: 'Generate', url: '/e-invoice/generate' },
      { label: 'Cancel', url: '/e-invoice/cancel' },
      { label: 'Print', url: '/e-invoice/print' },
      { label: 'Bulk Upload', url: '/e-invoice/bulk-upload' },
    ],
  },
  {
    label: 'e-Way Bill',
    icon: 'fa-truck',
    items: [
      { label: 'Generate by IRN', url: '/ewaybill/generate-by-irn' },
      { label: 'Cancel', url: '/ewaybill/cancel' },
    ],
  },
  {
    label: 'MIS Reports',
    icon: 'fa-bar-chart',
    items: [
      { label: 'IRN Details', url: '/mis-report/irn-details' },
      { label: 'Summary Report', url: '/mis-report/summary' },
    ],
  },
  {
    label: 'User Management',
    icon: 'fa-users',
    items: [
      { label: 'Create Sub-User', url: '/user-management/create' },
      { label: 'Freeze Sub-User', url: '/user-management/freeze' },
      { label: 'Change Password', url: '/user-management/change-password' },
    ],
  },
  {
    label: 'API Registration',
    icon: 'fa-key',
    items: [
      {
        label: 'User Credentials',
        items: [{ label: 'Create API User', url: '/api-registration/create-api-user' }],
      },
      { label: 'IP Whitelisting', url: '/api-registration/ip-whitelisting' },
      { label: 'Freeze API User', url: '/api-registration/freeze-api-user' },
      { label: 'Change API Password', url: '/api-registration/change-api-password' },
    ],
  },
  {
    label: 'Masters',
    icon: 'fa-database',
    items: [
      { label: 'Products', url: '/masters/products' },
      { label: 'Customers', url: '/masters/customers' },
    ],
  },
  {
    label: 'Help',
    icon: 'fa-question-circle',
    items: [
      { label: 'User Manual', url: '/help/manual' },
      { label: 'FAQs', url: '/help/faq' },
    ],
  },
];

function leaves(items: MenuItem[], out: MenuItem[] = []): MenuItem[] {
  for (const it of items) {
    if (it.items) leaves(it.items, out);
    else out.push(it);
  }
  return out;
}
const LEAVES = leaves(MENU);

function esc(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function svgUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

const EMBLEM = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="28" height="28" viewBox="0 0 28 28"><circle cx="14" cy="14" r="13" fill="#f4a300"/><circle cx="14" cy="14" r="8" fill="none" stroke="#fff" stroke-width="2"/><path d="M14 6v16M6 14h16M8.3 8.3l11.4 11.4M19.7 8.3 8.3 19.7" stroke="#fff" stroke-width="1.2"/></svg>',
);
const AVATAR = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160" viewBox="0 0 160 160"><rect width="160" height="160" fill="#d2d6de"/><circle cx="80" cy="62" r="30" fill="#fff"/><path d="M24 150c6-34 30-50 56-50s50 16 56 50z" fill="#fff"/></svg>',
);
const TOAST_ICON = (d: string): string =>
  svgUri(
    `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="none" stroke="#fff" stroke-width="2"/><path d="${d}" fill="none" stroke="#fff" stroke-width="2.4" stroke-linecap="round"/></svg>`,
  );

const GRID_CSS = (() => {
  let s = '[class*="col-"]{position:relative;min-height:1px;padding-left:15px;padding-right:15px}';
  const bps: [string, number][] = [
    ['xs', 0],
    ['sm', 768],
    ['md', 992],
    ['lg', 1200],
  ];
  for (const [bp, min] of bps) {
    let r = '';
    for (let i = 1; i <= 12; i++) {
      const w = Number(((i / 12) * 100).toFixed(6));
      r += `.col-${bp}-${i}{float:left;width:${w}%}.col-${bp}-offset-${i}{margin-left:${w}%}`;
    }
    s += min ? `@media (min-width:${min}px){${r}}` : r;
  }
  return s;
})();

const CSS = String.raw`/* bootstrap 3.4.1 (subset) */
html{font-size:10px;-webkit-tap-highlight-color:rgba(0,0,0,0);height:100%}
*,*:before,*:after{box-sizing:border-box}
body{margin:0;font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;font-size:14px;line-height:1.42857143;color:#333;background-color:#fff;height:100%}
a{color:#337ab7;text-decoration:none;background-color:transparent}
a:hover,a:focus{color:#23527c;text-decoration:underline}
img{vertical-align:middle;border:0}
h1,h2,h3,h4,h5{font-family:inherit;font-weight:500;line-height:1.1;color:inherit;margin-top:20px;margin-bottom:10px}
h1{font-size:36px}h2{font-size:30px}h3{font-size:24px}h4{font-size:18px}
p{margin:0 0 10px}
small{font-size:85%}
b,strong{font-weight:700}
ul,ol{margin-top:0;margin-bottom:10px}
button,input,select,textarea{font-family:inherit;font-size:inherit;line-height:inherit;margin:0}
button{overflow:visible;text-transform:none;cursor:pointer}
.container{padding-right:15px;padding-left:15px;margin-right:auto;margin-left:auto}
@media (min-width:768px){.container{width:750px}}
@media (min-width:992px){.container{width:970px}}
@media (min-width:1200px){.container{width:1170px}}
.row{margin-right:-15px;margin-left:-15px}
.row:before,.row:after,.clearfix:before,.clearfix:after,.container:before,.container:after,.navbar:before,.navbar:after,.nav:before,.nav:after,.navbar-collapse:before,.navbar-collapse:after,.modal-footer:before,.modal-footer:after,.box-footer:after{content:" ";display:table}
.row:after,.clearfix:after,.container:after,.navbar:after,.nav:after,.navbar-collapse:after,.modal-footer:after,.box-footer:after{clear:both}
.pull-left{float:left!important}.pull-right{float:right!important}
.hidden{display:none!important}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
.text-center{text-align:center}.text-right{text-align:right}.text-muted{color:#777}.text-success{color:#3c763d}.text-danger{color:#a94442}
.lead{margin-bottom:20px;font-size:21px;font-weight:300;line-height:1.4}
label{display:inline-block;max-width:100%;margin-bottom:5px;font-weight:700}
.form-group{margin-bottom:15px}
.form-control{display:block;width:100%;height:34px;padding:6px 12px;font-size:14px;line-height:1.42857143;color:#555;background-color:#fff;background-image:none;border:1px solid #ccc;border-radius:4px;box-shadow:inset 0 1px 1px rgba(0,0,0,.075);transition:border-color ease-in-out .15s,box-shadow ease-in-out .15s}
.form-control:focus{border-color:#66afe9;outline:0;box-shadow:inset 0 1px 1px rgba(0,0,0,.075),0 0 8px rgba(102,175,233,.6)}
.form-control::placeholder{color:#999}
.input-sm{height:30px;padding:5px 10px;font-size:12px;line-height:1.5;border-radius:3px}
.help-block{display:block;margin-top:5px;margin-bottom:10px;color:#737373}
.help-block-error:empty{margin:0}
.has-error .help-block,.has-error .control-label,.has-error .radio-inline{color:#a94442}
.has-error .form-control{border-color:#a94442;box-shadow:inset 0 1px 1px rgba(0,0,0,.075)}
.has-error .form-control:focus{border-color:#843534;box-shadow:inset 0 1px 1px rgba(0,0,0,.075),0 0 6px #ce8483}
.has-error .input-group-addon{color:#a94442;background-color:#f2dede;border-color:#a94442}
.has-success .control-label,.has-success .radio-inline{color:#3c763d}
.has-success .form-control{border-color:#3c763d;box-shadow:inset 0 1px 1px rgba(0,0,0,.075)}
.has-success .input-group-addon{color:#3c763d;background-color:#dff0d8;border-color:#3c763d}
div.required>label.control-label:after{content:" *";color:red}
.radio-inline{position:relative;display:inline-block;padding-left:0;margin-bottom:0;margin-right:18px;font-weight:400;vertical-align:middle;cursor:pointer}
.btn{display:inline-block;margin-bottom:0;font-weight:400;text-align:center;white-space:nowrap;vertical-align:middle;touch-action:manipulation;cursor:pointer;background-image:none;border:1px solid transparent;padding:6px 12px;font-size:14px;line-height:1.42857143;border-radius:4px;user-select:none;color:#333}
.btn:focus,.btn:active:focus{outline:5px auto -webkit-focus-ring-color;outline-offset:-2px}
.btn:hover,.btn:focus{text-decoration:none}
.btn.disabled,.btn[disabled]{cursor:not-allowed;opacity:.65;box-shadow:none}
.btn-default{color:#333;background-color:#fff;border-color:#ccc}
.btn-default:hover{background-color:#e6e6e6;border-color:#adadad}
.btn-primary{color:#fff;background-color:#337ab7;border-color:#2e6da4}
.btn-primary:hover,.btn-primary:focus{color:#fff;background-color:#286090;border-color:#204d74}
.btn-success{color:#fff;background-color:#5cb85c;border-color:#4cae4c}
.btn-success:hover,.btn-success:focus{color:#fff;background-color:#449d44;border-color:#398439}
.btn-danger{color:#fff;background-color:#d9534f;border-color:#d43f3a}
.btn-danger:hover,.btn-danger:focus{color:#fff;background-color:#c9302c;border-color:#ac2925}
.btn-link{color:#337ab7;font-weight:400;border-radius:0;background:transparent}
.btn-lg{padding:10px 16px;font-size:18px;line-height:1.3333333;border-radius:6px}
.btn-sm{padding:5px 10px;font-size:12px;line-height:1.5;border-radius:3px}
.btn-block{display:block;width:100%}
.btn-flat{border-radius:0;box-shadow:none;border-width:1px}
.btn-group{position:relative;display:inline-block;vertical-align:middle}
.btn-group>.btn{position:relative;float:left}
.caret{display:inline-block;width:0;height:0;margin-left:2px;vertical-align:middle;border-top:4px dashed;border-right:4px solid transparent;border-left:4px solid transparent}
.dropdown,.dropup{position:relative}
.dropdown-menu{position:absolute;top:100%;left:0;z-index:1000;display:none;float:left;min-width:160px;padding:5px 0;margin:2px 0 0;font-size:14px;text-align:left;list-style:none;background-color:#fff;background-clip:padding-box;border:1px solid #ccc;border:1px solid rgba(0,0,0,.15);border-radius:4px;box-shadow:0 6px 12px rgba(0,0,0,.175)}
.dropdown-menu>li>a{display:block;padding:3px 20px;clear:both;font-weight:400;line-height:1.42857143;color:#333;white-space:nowrap}
.dropdown-menu>li>a:hover,.dropdown-menu>li>a:focus{color:#262626;text-decoration:none;background-color:#f5f5f5}
.dropdown-menu>.active>a,.dropdown-menu>.active>a:hover,.dropdown-menu>.active>a:focus{color:#fff;text-decoration:none;background-color:#337ab7;outline:0}
.open>.dropdown-menu{display:block}
.open>a{outline:0}
.dropup .dropdown-menu{top:auto;bottom:100%;margin-bottom:2px}
.input-group{position:relative;display:table;border-collapse:separate;width:100%}
.input-group .form-control{position:relative;z-index:2;float:left;width:100%;margin-bottom:0;display:table-cell}
.input-group-addon{display:table-cell;width:1%;white-space:nowrap;vertical-align:middle;padding:6px 12px;font-size:14px;font-weight:400;line-height:1;color:#555;text-align:center;background-color:#eee;border:1px solid #ccc;border-radius:4px}
.input-group-addon:first-child{border-right:0;border-top-right-radius:0;border-bottom-right-radius:0}
.input-group .form-control:last-child{border-top-left-radius:0;border-bottom-left-radius:0}
.nav{padding-left:0;margin-bottom:0;list-style:none}
.nav>li{position:relative;display:block}
.nav>li>a{position:relative;display:block;padding:10px 15px}
.navbar{position:relative;min-height:50px;margin-bottom:20px;border:1px solid transparent}
.navbar-header{float:left}
.navbar-collapse{padding-right:15px;padding-left:15px}
.collapse{display:none}.collapse.in{display:block}
@media (min-width:768px){.navbar-collapse.collapse{display:block!important;height:auto!important;overflow:visible!important}.navbar-toggle{display:none}}
.navbar-fixed-top{position:fixed;right:0;left:0;z-index:1030;top:0;border-width:0 0 1px;border-radius:0}
.navbar-brand{float:left;height:50px;padding:15px 15px;font-size:18px;line-height:20px}
.navbar-brand img{display:inline-block;margin:-4px 6px 0 0;width:28px;height:28px}
.navbar-nav{margin:0;float:left}
.navbar-nav>li{float:left}
.navbar-nav>li>a{padding-top:15px;padding-bottom:15px;line-height:20px}
.navbar-right{float:right!important;margin-right:-15px}
.navbar-toggle{position:relative;float:right;padding:9px 10px;margin-right:15px;margin-top:8px;margin-bottom:8px;background:transparent;border:1px solid transparent;border-radius:4px}
.icon-bar{display:block;width:22px;height:2px;border-radius:1px;background:#fff;margin-top:4px}
.navbar-inverse{background-color:#222;border-color:#080808}
.navbar-inverse .navbar-brand{color:#9d9d9d}
.navbar-inverse .navbar-brand:hover{color:#fff;text-decoration:none}
.navbar-inverse .navbar-nav>li>a{color:#9d9d9d}
.navbar-inverse .navbar-nav>li>a:hover{color:#fff;text-decoration:none}
.navbar-inverse .navbar-nav>.active>a{color:#fff;background-color:#080808}
.navbar-nav>li>a.btn-login{color:#fff;padding:6px 18px;margin:8px 0 8px 10px;background:#5cb85c;border:1px solid #4cae4c;border-radius:4px}
.navbar-nav>li>a.btn-login:hover{background:#449d44;color:#fff}
.breadcrumb{padding:8px 15px;margin-bottom:20px;list-style:none;background-color:#f5f5f5;border-radius:4px}
.breadcrumb>li{display:inline-block}
.breadcrumb>li+li:before{padding:0 5px;color:#ccc;content:"/\00a0"}
.breadcrumb>.active{color:#777}
.alert{padding:15px;margin-bottom:20px;border:1px solid transparent;border-radius:4px}
.alert-success{color:#3c763d;background-color:#dff0d8;border-color:#d6e9c6}
.alert-info{color:#31708f;background-color:#d9edf7;border-color:#bce8f1}
.alert-warning{color:#8a6d3b;background-color:#fcf8e3;border-color:#faebcc}
.alert-danger{color:#a94442;background-color:#f2dede;border-color:#ebccd1}
.alert-dismissible{padding-right:35px}
.alert .close{position:relative;top:-2px;right:-21px;color:inherit}
.close{float:right;font-size:21px;font-weight:700;line-height:1;color:#000;text-shadow:0 1px 0 #fff;opacity:.2;background:transparent;border:0;padding:0;cursor:pointer}
.close:hover,.close:focus{opacity:.5}
.panel{margin-bottom:20px;background-color:#fff;border:1px solid transparent;border-radius:4px;box-shadow:0 1px 1px rgba(0,0,0,.05)}
.panel-body{padding:15px}
.panel-heading{padding:10px 15px;border-bottom:1px solid transparent;border-top-left-radius:3px;border-top-right-radius:3px}
.panel-title{margin-top:0;margin-bottom:0;font-size:16px;color:inherit}
.panel-primary{border-color:#337ab7}
.panel-primary>.panel-heading{color:#fff;background-color:#337ab7;border-color:#337ab7}
.panel-footer{padding:10px 15px;background-color:#f5f5f5;border-top:1px solid #ddd;border-bottom-right-radius:3px;border-bottom-left-radius:3px}
.table{width:100%;max-width:100%;margin-bottom:20px;border-collapse:collapse;border-spacing:0;background-color:transparent}
.table>thead>tr>th,.table>tbody>tr>th,.table>tbody>tr>td{padding:8px;line-height:1.42857143;vertical-align:top;border-top:1px solid #ddd;text-align:left}
.table>thead>tr>th{vertical-align:bottom;border-bottom:2px solid #ddd}
.table-condensed>tbody>tr>td,.table-condensed>tbody>tr>th{padding:5px}
.table-bordered{border:1px solid #ddd}
.table-bordered>thead>tr>th,.table-bordered>tbody>tr>th,.table-bordered>tbody>tr>td{border:1px solid #ddd}
.table-striped>tbody>tr:nth-of-type(odd){background-color:#f9f9f9}
.label{display:inline;padding:.2em .6em .3em;font-size:75%;font-weight:700;line-height:1;color:#fff;text-align:center;white-space:nowrap;vertical-align:baseline;border-radius:.25em}
.label-success{background-color:#5cb85c}
.jumbotron{padding:30px 40px;margin-bottom:30px;background-color:#eee;border-radius:6px}
.jumbotron h1{font-size:52px;margin-top:0}
.jumbotron p{font-size:20px;font-weight:200}
.fade{opacity:0;transition:opacity .15s linear}
.fade.in{opacity:1}
.modal-open{overflow:hidden}
.modal{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1050;display:none;overflow:hidden;-webkit-overflow-scrolling:touch;outline:0}
.modal.fade .modal-dialog{transform:translate(0,-25%);transition:transform .3s ease-out}
.modal.in .modal-dialog{transform:translate(0,0)}
.modal-open .modal{overflow-x:hidden;overflow-y:auto}
.modal-dialog{position:relative;width:auto;margin:10px}
.modal-content{position:relative;background-color:#fff;background-clip:padding-box;border:1px solid rgba(0,0,0,.2);border-radius:6px;outline:0;box-shadow:0 3px 9px rgba(0,0,0,.5)}
.modal-backdrop{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1040;background-color:#000}
.modal-backdrop.fade{opacity:0}
.modal-backdrop.in{opacity:.5}
.modal-header{padding:15px;border-bottom:1px solid #e5e5e5}
.modal-header .close{margin-top:-2px}
.modal-title{margin:0;line-height:1.42857143}
.modal-body{position:relative;padding:15px}
.modal-footer{padding:15px;text-align:right;border-top:1px solid #e5e5e5}
.modal-footer .btn+.btn{margin-bottom:0;margin-left:5px}
@media (min-width:768px){.modal-dialog{width:600px;margin:30px auto}.modal-content{box-shadow:0 5px 15px rgba(0,0,0,.5)}}
.glyphicon{position:relative;top:1px;display:inline-block;font-style:normal;font-weight:400;line-height:1}
.glyphicon-refresh:before{content:"\21bb"}
.glyphicon-ok:before{content:"\2713"}
.glyphicon-lock:before{content:"\25a3"}
.img-circle{border-radius:50%}
/* yii2 basic layout */
.wrap{min-height:100%;height:auto;margin:0 auto -60px;padding:0 0 60px}
.wrap>.container{padding:70px 15px 20px}
.footer{height:60px;background-color:#f5f5f5;border-top:1px solid #ddd;padding-top:20px}
.site-error h1{font-size:30px}
.captcha-row img{border:1px solid #ddd;border-radius:3px;cursor:pointer}
.captcha-row .refresh-link{margin-left:6px;font-size:18px}
/* font-awesome stand-ins */
.fa{display:inline-block;font-style:normal;width:16px;text-align:center;font-size:inherit;line-height:1}
.fa-dashboard:before{content:"\25a6"}.fa-file-text-o:before{content:"\2637"}.fa-truck:before{content:"\25b6"}.fa-bar-chart:before{content:"\2587"}.fa-users:before{content:"\263a"}.fa-key:before{content:"\2736"}.fa-database:before{content:"\25a4"}.fa-question-circle:before{content:"?"}.fa-circle-o:before{content:"\25cb"}.fa-circle:before{content:"\25cf"}.fa-angle-left:before{content:"\2039"}.fa-bars:before{content:"\2261"}
/* AdminLTE 2.4 (subset) */
.skin-blue{background-color:#ecf0f5}
.wrapper{min-height:100%;position:relative;overflow-x:hidden;overflow-y:auto}
.main-header{position:relative;max-height:100px;z-index:1030}
.main-header .logo{display:block;float:left;height:50px;font-size:20px;line-height:50px;text-align:center;width:230px;font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;padding:0 15px;font-weight:300;overflow:hidden;background-color:#367fa9;color:#fff;transition:width .3s ease-in-out}
.main-header .logo:hover{text-decoration:none;background-color:#357ca5}
.main-header .logo .logo-mini{display:none}
.main-header .navbar{transition:margin-left .3s ease-in-out;margin-bottom:0;margin-left:230px;border:none;min-height:50px;border-radius:0;background-color:#3c8dbc}
.main-header .sidebar-toggle{float:left;background-color:transparent;background-image:none;padding:15px 15px;font-size:18px;line-height:20px;color:#fff}
.main-header .sidebar-toggle:hover{background-color:#367fa9;text-decoration:none}
.main-header .navbar-text{float:left;margin:15px 10px;color:#fff}
.navbar-custom-menu{float:right}
.navbar-custom-menu>.navbar-nav>li{position:relative}
.navbar-custom-menu>.navbar-nav>li>a{color:#fff;display:block;padding:15px}
.navbar-custom-menu>.navbar-nav>li>a:hover{background:#367fa9;text-decoration:none}
.navbar-custom-menu>.navbar-nav>li>.dropdown-menu{position:absolute;right:0;left:auto}
.user-menu .user-image{float:left;width:25px;height:25px;border-radius:50%;margin-right:10px;margin-top:-2px}
.user-menu>.dropdown-menu{border-top-right-radius:0;border-top-left-radius:0;padding:1px 0 0 0;border-top-width:0;width:280px}
.user-menu>.dropdown-menu>li.user-header{height:175px;padding:10px;text-align:center;background:#3c8dbc}
.user-menu>.dropdown-menu>li.user-header>img{z-index:5;height:90px;width:90px;border:3px solid rgba(255,255,255,.2)}
.user-menu>.dropdown-menu>li.user-header>p{z-index:5;color:rgba(255,255,255,.8);font-size:17px;margin-top:10px}
.user-menu>.dropdown-menu>li.user-header>p>small{display:block;font-size:12px}
.user-menu>.dropdown-menu>.user-footer{background-color:#f9f9f9;padding:10px}
.user-menu>.dropdown-menu>.user-footer:after{content:" ";display:table;clear:both}
.main-sidebar{position:absolute;top:0;left:0;padding-top:50px;min-height:100%;width:230px;z-index:810;background-color:#222d32;transition:transform .3s ease-in-out,width .3s ease-in-out}
.sidebar{padding-bottom:10px}
.user-panel{position:relative;width:100%;padding:10px;overflow:hidden}
.user-panel>.image>img{width:100%;max-width:45px;height:auto}
.user-panel>.info{padding:5px 5px 5px 15px;line-height:1;position:absolute;left:55px;color:#fff}
.user-panel>.info>p{font-weight:600;margin-bottom:9px}
.user-panel>.info>a{text-decoration:none;padding-right:5px;margin-top:3px;font-size:11px;color:#fff}
.text-success.fa{color:#00a65a}
.sidebar-menu{list-style:none;margin:0;padding:0;white-space:nowrap;overflow:hidden}
.sidebar-menu>li{position:relative;margin:0;padding:0}
.sidebar-menu>li>a{padding:12px 5px 12px 15px;display:block;color:#b8c7ce;border-left:3px solid transparent}
.sidebar-menu>li>a>.fa{width:20px}
.sidebar-menu>li:hover>a,.sidebar-menu>li.active>a,.sidebar-menu>li.menu-open>a{color:#fff;background:#1e282c;text-decoration:none}
.sidebar-menu>li.active>a{border-left-color:#3c8dbc}
.sidebar-menu>li.header{overflow:hidden;text-overflow:clip;padding:10px 25px 10px 15px;font-size:12px;color:#4b646f;background:#1a2226}
.sidebar-menu li>a>.pull-right-container{position:absolute;right:10px;top:50%;margin-top:-7px}
.sidebar-menu li>a>.pull-right-container>.fa-angle-left{width:auto;height:auto;padding:0;margin-right:10px;transition:transform .5s ease;font-weight:700;font-size:16px}
.sidebar-menu .menu-open>a>.pull-right-container>.fa-angle-left{transform:rotate(-90deg)}
.sidebar-menu .treeview-menu{display:none;list-style:none;padding:0;margin:0;padding-left:5px;background:#2c3b41}
.sidebar-menu .treeview-menu .treeview-menu{padding-left:20px}
.sidebar-menu .treeview-menu>li{margin:0;position:relative}
.sidebar-menu .treeview-menu>li>a{padding:6px 5px 6px 15px;display:block;font-size:14px;color:#8aa4af}
.sidebar-menu .treeview-menu>li>a>.fa{width:20px}
.sidebar-menu .treeview-menu>li.active>a,.sidebar-menu .treeview-menu>li>a:hover{color:#fff;text-decoration:none}
.content-wrapper{min-height:calc(100vh - 101px);background-color:#ecf0f5;z-index:800;margin-left:230px;transition:margin-left .3s ease-in-out;position:relative}
.main-footer{background:#fff;padding:15px;color:#444;border-top:1px solid #d2d6de;margin-left:230px;transition:margin-left .3s ease-in-out}
body.sidebar-collapse .main-sidebar{transform:translate(-230px,0)}
body.sidebar-collapse .content-wrapper,body.sidebar-collapse .main-footer,body.sidebar-collapse .main-header .navbar{margin-left:0}
.content-header{position:relative;padding:15px 15px 0 15px}
.content-header>h1{margin:0;font-size:24px}
.content-header>h1>small{font-size:15px;display:inline-block;padding-left:4px;font-weight:300;color:#777}
.content-header>.breadcrumb{float:right;background:transparent;margin-top:0;margin-bottom:0;font-size:12px;padding:7px 5px;position:absolute;top:15px;right:10px;border-radius:2px}
.content-header>.breadcrumb>li>a{color:#444;text-decoration:none;display:inline-block}
.content{min-height:250px;padding:15px;margin-right:auto;margin-left:auto;padding-left:15px;padding-right:15px}
.box{position:relative;border-radius:3px;background:#fff;border-top:3px solid #d2d6de;margin-bottom:20px;width:100%;box-shadow:0 1px 1px rgba(0,0,0,.1)}
.box.box-primary{border-top-color:#3c8dbc}
.box.box-info{border-top-color:#00c0ef}
.box-header{color:#444;display:block;padding:10px;position:relative}
.box-header.with-border{border-bottom:1px solid #f4f4f4}
.box-header .box-title{display:inline-block;font-size:18px;margin:0;line-height:1}
.box-body{border-radius:0 0 3px 3px;padding:10px}
.box-footer{border-top:1px solid #f4f4f4;padding:10px;background-color:#fff;border-radius:0 0 3px 3px}
.callout{border-radius:3px;margin:0 0 20px 0;padding:15px 30px 15px 15px;border-left:5px solid #eee}
.callout p:last-child{margin-bottom:0}
.callout.callout-info{border-color:#0097bc;background-color:#00c0ef!important;color:#fff}
.callout.callout-warning{border-color:#c87f0a;background-color:#f39c12!important;color:#fff}
.small-box{border-radius:2px;position:relative;display:block;margin-bottom:20px;box-shadow:0 1px 1px rgba(0,0,0,.1);color:#fff}
.small-box>.inner{padding:10px}
.small-box h3{font-size:38px;font-weight:700;margin:0 0 10px 0;white-space:nowrap;padding:0}
.small-box p{font-size:15px}
.small-box>.small-box-footer{position:relative;text-align:center;padding:3px 0;color:rgba(255,255,255,.8);display:block;z-index:10;background:rgba(0,0,0,.1);text-decoration:none}
.bg-aqua{background-color:#00c0ef!important}.bg-red{background-color:#dd4b39!important}.bg-green{background-color:#00a65a!important}.bg-yellow{background-color:#f39c12!important}
.grid-view .summary{margin-bottom:6px}
.grid-view th{white-space:nowrap}
/* iCheck 1.0.2, square skin, blue */
.iradio_square-blue{display:inline-block;vertical-align:middle;margin:-2px 6px 0 0;padding:0;width:22px;height:22px;background:#fff;border:2px solid #b5b5b5;border-radius:50%;cursor:pointer}
.iradio_square-blue.hover{border-color:#2489c5}
.iradio_square-blue.checked{border-color:#2489c5;background:#2489c5;box-shadow:inset 0 0 0 4px #fff}
.iradio_square-blue.disabled{background:#e6e6e6;cursor:default}
/* bootstrap-select 1.12.4 */
select.bs-select-hidden,select.selectpicker{display:none!important}
.bootstrap-select>.dropdown-toggle{width:100%;padding-right:25px;z-index:1;text-align:left}
.bootstrap-select>.dropdown-toggle.bs-placeholder,.bootstrap-select>.dropdown-toggle.bs-placeholder:hover{color:#999}
.bootstrap-select>select{position:absolute!important;bottom:0;left:50%;display:block!important;width:.5px!important;height:100%!important;padding:0!important;opacity:0!important;border:none}
.bootstrap-select.form-control{margin-bottom:0;padding:0;border:none;box-shadow:none}
.bootstrap-select.form-control:not([class*=col-]){width:100%}
.bootstrap-select.btn-group:not(.input-group-btn){float:none;display:inline-block;margin-left:0}
.bootstrap-select.btn-group .dropdown-toggle .filter-option{display:inline-block;overflow:hidden;width:100%;text-align:left;white-space:nowrap;text-overflow:ellipsis}
.bootstrap-select.btn-group .dropdown-toggle .caret{position:absolute;top:50%;right:12px;margin-top:-2px;vertical-align:middle}
.bootstrap-select.btn-group .dropdown-menu{min-width:100%;box-sizing:border-box}
.bootstrap-select.btn-group .dropdown-menu.inner{position:static;float:none;border:0;padding:0;margin:0;border-radius:0;box-shadow:none;overflow-y:auto}
.bootstrap-select.btn-group .dropdown-menu li{position:relative}
.bootstrap-select.btn-group .dropdown-menu li a{cursor:pointer;user-select:none}
.bootstrap-select.btn-group .dropdown-menu li a span.check-mark{display:none}
.bootstrap-select.btn-group .dropdown-menu li.selected a{background:#f5f5f5}
.bootstrap-select.btn-group .dropdown-menu li.active a{background:#337ab7;color:#fff}
.bootstrap-select.btn-group .no-results{padding:3px;background:#f5f5f5;margin:0 5px;white-space:nowrap}
.bootstrap-select .bs-searchbox{padding:4px 8px}
.has-error .bootstrap-select .dropdown-toggle{border-color:#a94442}
.has-success .bootstrap-select .dropdown-toggle{border-color:#3c763d}
/* sweetalert2 11 (subset) */
body.swal2-shown:not(.swal2-no-backdrop){overflow:hidden}
body.swal2-height-auto{height:auto!important}
.swal2-container{display:grid;position:fixed;z-index:1060;top:0;right:0;bottom:0;left:0;box-sizing:border-box;grid-template-areas:"top-start top top-end" "center-start center center-end" "bottom-start bottom-center bottom-end";grid-template-rows:minmax(min-content,auto) minmax(min-content,auto) minmax(min-content,auto);height:100%;padding:.625em;overflow-x:hidden;transition:background-color .1s;-webkit-overflow-scrolling:touch}
.swal2-container.swal2-backdrop-show{background:rgba(0,0,0,.4)}
.swal2-container.swal2-backdrop-hide{background:transparent!important}
.swal2-container.swal2-center>.swal2-popup{grid-column:2;grid-row:2;align-self:center;justify-self:center}
.swal2-popup{display:none;position:relative;box-sizing:border-box;grid-template-columns:minmax(0,100%);width:32em;max-width:100%;padding:0 0 1.25em;border:none;border-radius:5px;background:#fff;color:#545454;font-family:inherit;font-size:1rem}
.swal2-popup:focus{outline:none}
.swal2-title{position:relative;max-width:100%;margin:0;padding:.8em 1em 0;color:inherit;font-size:1.875em;font-weight:600;text-align:center;text-transform:none;word-wrap:break-word}
.swal2-html-container{z-index:1;justify-content:center;margin:1em 1.6em .3em;padding:0;overflow:auto;color:inherit;font-size:1.125em;font-weight:400;line-height:normal;text-align:center;word-wrap:break-word;word-break:break-word}
.swal2-actions{display:flex;z-index:1;box-sizing:border-box;flex-wrap:wrap;align-items:center;justify-content:center;width:auto;margin:1.25em auto 0;padding:0}
.swal2-styled{margin:.3125em;padding:.625em 1.1em;transition:box-shadow .1s;box-shadow:0 0 0 3px transparent;font-weight:500;border:0;border-radius:.25em;color:#fff;font-size:1em}
.swal2-styled:focus{outline:none;box-shadow:0 0 0 3px rgba(100,150,200,.5)}
.swal2-styled.swal2-confirm{background-color:#7066e0}
.swal2-styled.swal2-cancel{background-color:#6e7881}
.swal2-styled.swal2-deny{background-color:#dc3741}
.swal2-styled:disabled{opacity:.4}
.swal2-loader{display:none;align-items:center;justify-content:center;width:2.2em;height:2.2em;margin:0 1.875em;animation:swal2-rotate-loading 1.5s linear 0s infinite normal;border-width:.25em;border-style:solid;border-radius:100%;border-color:#2778c4 transparent #2778c4 transparent}
.swal2-actions.swal2-loading .swal2-loader{display:flex}
.swal2-close{position:absolute;top:0;right:0;width:1.2em;height:1.2em;font-size:2.5em;background:transparent;border:0;color:#ccc;cursor:pointer}
.swal2-validation-message{align-items:center;justify-content:center;margin:1em 0 0;padding:.625em;overflow:hidden;background:#f0f0f0;color:#666;font-size:1em;font-weight:300}
.swal2-footer{justify-content:center;margin:1em 0 0;padding:1em 1em 0;border-top:1px solid #eee;color:inherit;font-size:1em}
.swal2-timer-progress-bar-container{position:absolute;right:0;bottom:0;left:0;grid-column:auto!important;overflow:hidden;border-bottom-right-radius:5px;border-bottom-left-radius:5px}
.swal2-timer-progress-bar{width:100%;height:.25em;background:rgba(0,0,0,.2)}
.swal2-icon{position:relative;box-sizing:content-box;justify-content:center;width:5em;height:5em;margin:2.5em auto .6em;border:.25em solid transparent;border-radius:50%;border-color:#000;font-family:inherit;line-height:5em;cursor:default;user-select:none}
.swal2-icon .swal2-icon-content{display:flex;align-items:center;font-size:3.75em}
.swal2-icon.swal2-warning{border-color:#facea8;color:#f8bb86}
.swal2-icon.swal2-info{border-color:#9de0f6;color:#3fc3ee}
.swal2-icon.swal2-question{border-color:#c9dae1;color:#87adbd}
.swal2-icon.swal2-error{border-color:#f27474;color:#f27474}
.swal2-icon.swal2-error .swal2-x-mark{position:relative;flex-grow:1}
.swal2-icon.swal2-error [class^=swal2-x-mark-line]{display:block;position:absolute;top:2.3125em;width:2.9375em;height:.3125em;border-radius:.125em;background-color:#f27474}
.swal2-icon.swal2-error [class^=swal2-x-mark-line][class$=left]{left:1.0625em;transform:rotate(45deg)}
.swal2-icon.swal2-error [class^=swal2-x-mark-line][class$=right]{right:1em;transform:rotate(-45deg)}
.swal2-icon.swal2-success{border-color:#a5dc86;color:#a5dc86}
.swal2-icon.swal2-success [class^=swal2-success-circular-line]{position:absolute;width:3.75em;height:7.5em;transform:rotate(45deg);border-radius:50%;background:#fff}
.swal2-icon.swal2-success [class^=swal2-success-circular-line][class$=left]{top:-.4375em;left:-2.0635em;transform:rotate(-45deg);transform-origin:3.75em 3.75em;border-radius:7.5em 0 0 7.5em}
.swal2-icon.swal2-success [class^=swal2-success-circular-line][class$=right]{top:-.6875em;left:1.875em;transform:rotate(-45deg);transform-origin:0 3.75em;border-radius:0 7.5em 7.5em 0}
.swal2-icon.swal2-success .swal2-success-ring{position:absolute;z-index:2;top:-.25em;left:-.25em;box-sizing:content-box;width:100%;height:100%;border:.25em solid rgba(165,220,134,.3);border-radius:50%}
.swal2-icon.swal2-success .swal2-success-fix{position:absolute;z-index:1;top:.5em;left:1.625em;width:.4375em;height:5.625em;transform:rotate(-45deg);background:#fff}
.swal2-icon.swal2-success [class^=swal2-success-line]{display:block;position:absolute;z-index:2;height:.3125em;border-radius:.125em;background-color:#a5dc86}
.swal2-icon.swal2-success [class^=swal2-success-line][class$=tip]{top:2.875em;left:.8125em;width:1.5625em;transform:rotate(45deg)}
.swal2-icon.swal2-success [class^=swal2-success-line][class$=long]{top:2.375em;right:.5em;width:2.9375em;transform:rotate(-45deg)}
.swal2-show{animation:swal2-show .3s}
.swal2-hide{animation:swal2-hide .15s forwards}
@keyframes swal2-show{0%{transform:scale(.7)}45%{transform:scale(1.05)}80%{transform:scale(.95)}100%{transform:scale(1)}}
@keyframes swal2-hide{0%{transform:scale(1);opacity:1}100%{transform:scale(.5);opacity:0}}
@keyframes swal2-rotate-loading{0%{transform:rotate(0)}100%{transform:rotate(360deg)}}
/* toastr 2.1.4 */
#toast-container{position:fixed;z-index:999999;pointer-events:none}
#toast-container *{box-sizing:border-box}
.toast-top-right{top:12px;right:12px}
#toast-container>div{position:relative;pointer-events:auto;overflow:hidden;margin:0 0 6px;padding:15px 15px 15px 50px;width:300px;border-radius:3px;background-position:15px center;background-repeat:no-repeat;box-shadow:0 0 12px #999;color:#fff;opacity:.8}
#toast-container>div:hover{box-shadow:0 0 12px #000;opacity:1;cursor:pointer}
.toast{background-color:#030303}
.toast-success{background-color:#51a351}
.toast-error{background-color:#bd362f}
.toast-info{background-color:#2f96b4}
.toast-warning{background-color:#f89406}
.toast-title{font-weight:700}
.toast-message{word-wrap:break-word}
.toast-close-button{position:relative;right:-.3em;top:-.3em;float:right;font-size:20px;font-weight:700;color:#fff;text-shadow:0 1px 0 #fff;opacity:.8;background:transparent;border:0;padding:0;cursor:pointer;line-height:1}
.toast-progress{position:absolute;left:0;bottom:0;height:4px;background-color:#000;opacity:.4}
`;

const TOAST_CSS = `#toast-container>.toast-success{background-image:url("${TOAST_ICON('M7 12.5l3.2 3.2L17 9')}")}#toast-container>.toast-error{background-image:url("${TOAST_ICON('M8.5 8.5l7 7M15.5 8.5l-7 7')}")}#toast-container>.toast-info{background-image:url("${TOAST_ICON('M12 11v6M12 7.5v.1')}")}#toast-container>.toast-warning{background-image:url("${TOAST_ICON('M12 7v6M12 16.5v.1')}")}`;

const JS = `/* yii.js + yii.activeForm.js + yii.validation.js + yii.captcha.js, bootstrap.js 3.4.1,
   AdminLTE 2.4 tree/push-menu, iCheck 1.0.2, bootstrap-select 1.12.4, SweetAlert2 11, toastr 2.1.4,
   jquery-pjax (reload only): hand-written stand-ins without jQuery. */
(function (window, document) {
  'use strict';
  function $(sel, root) { return (root || document).querySelector(sel); }
  function $$(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function closest(el, sel) { while (el && el.nodeType === 1) { if (el.matches(sel)) return el; el = el.parentElement; } return null; }
  function create(tag, cls, html) { var e = document.createElement(tag); if (cls) e.className = cls; if (html != null) e.innerHTML = html; return e; }
  function reflow(el) { return el.offsetWidth; }
  function escapeHtml(s) { return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }

  /* ---------------- SweetAlert2 ---------------- */
  var Swal = window.Swal = (function () {
    var cur = null;
    var ICONS = {
      success: '<div class="swal2-success-circular-line-left"></div><span class="swal2-success-line-tip"></span><span class="swal2-success-line-long"></span><div class="swal2-success-ring"></div><div class="swal2-success-fix"></div><div class="swal2-success-circular-line-right"></div>',
      error: '<span class="swal2-x-mark"><span class="swal2-x-mark-line-left"></span><span class="swal2-x-mark-line-right"></span></span>',
      warning: '<div class="swal2-icon-content">!</div>',
      info: '<div class="swal2-icon-content">i</div>',
      question: '<div class="swal2-icon-content">?</div>'
    };
    function result(extra) { return Object.assign({ isConfirmed: false, isDenied: false, isDismissed: false }, extra); }
    function setAriaHidden(on, container) {
      Array.prototype.forEach.call(document.body.children, function (el) {
        if (el === container || el.tagName === 'SCRIPT') return;
        if (on) {
          if (el.hasAttribute('aria-hidden')) el.setAttribute('data-previous-aria-hidden', el.getAttribute('aria-hidden'));
          el.setAttribute('aria-hidden', 'true');
        } else if (el.hasAttribute('data-previous-aria-hidden')) {
          el.setAttribute('aria-hidden', el.getAttribute('data-previous-aria-hidden'));
          el.removeAttribute('data-previous-aria-hidden');
        } else {
          el.removeAttribute('aria-hidden');
        }
      });
    }
    function close(inst, res) {
      if (inst.done) return;
      inst.done = true;
      clearTimeout(inst.timer);
      if (cur === inst) cur = null;
      inst.popup.classList.remove('swal2-show');
      inst.popup.classList.add('swal2-hide');
      inst.container.classList.remove('swal2-backdrop-show');
      inst.container.classList.add('swal2-backdrop-hide');
      setAriaHidden(false, inst.container);
      setTimeout(function () {
        if (inst.container.parentNode) inst.container.parentNode.removeChild(inst.container);
        if (!cur) document.body.classList.remove('swal2-shown', 'swal2-height-auto');
      }, 150);
      if (inst.prevFocus && inst.prevFocus.focus && document.contains(inst.prevFocus)) inst.prevFocus.focus();
      inst.resolve(res);
    }
    function dismiss(inst, reason) { close(inst, result({ isDismissed: true, dismiss: reason })); }
    function showLoading(inst) {
      inst = inst || cur; if (!inst) return;
      var actions = inst.popup.querySelector('.swal2-actions');
      inst.popup.setAttribute('data-loading', 'true');
      inst.popup.classList.add('swal2-loading');
      actions.classList.add('swal2-loading');
      $$('button', actions).forEach(function (b) { b.disabled = true; });
      inst.popup.querySelector('.swal2-confirm').style.display = 'none';
    }
    function hideLoading(inst) {
      var actions = inst.popup.querySelector('.swal2-actions');
      inst.popup.removeAttribute('data-loading');
      inst.popup.classList.remove('swal2-loading');
      actions.classList.remove('swal2-loading');
      $$('button', actions).forEach(function (b) { b.disabled = false; });
      if (inst.opts.showConfirmButton) inst.popup.querySelector('.swal2-confirm').style.display = 'inline-block';
    }
    function onConfirm(inst) {
      if (inst.done) return;
      if (!inst.opts.preConfirm) { close(inst, result({ isConfirmed: true, value: true })); return; }
      if (inst.opts.showLoaderOnConfirm) showLoading(inst);
      Promise.resolve().then(function () { return inst.opts.preConfirm(); }).then(function (v) {
        if (inst.done) return;
        if (v === false) { hideLoading(inst); return; }
        close(inst, result({ isConfirmed: true, value: v === undefined ? true : v }));
      }, function (err) {
        if (inst.done) return;
        hideLoading(inst);
        var vm = inst.popup.querySelector('.swal2-validation-message');
        vm.textContent = 'Request failed: ' + (err && err.message ? err.message : err);
        vm.style.display = 'flex';
      });
    }
    function fire(opts) {
      if (typeof opts === 'string') opts = { title: arguments[0], html: arguments[1], icon: arguments[2] };
      opts = Object.assign({ showConfirmButton: true, showCancelButton: false, confirmButtonText: 'OK', cancelButtonText: 'Cancel', allowOutsideClick: true, allowEscapeKey: true, focusConfirm: true }, opts);
      return new Promise(function (resolve) {
        var prev = cur, container;
        if (prev) {
          prev.done = true; clearTimeout(prev.timer);
          prev.resolve(result({ isDismissed: true, dismiss: 'close' }));
          container = prev.container; container.innerHTML = '';
        } else {
          $$('.swal2-container').forEach(function (c) { c.parentNode.removeChild(c); });
          container = create('div', 'swal2-container swal2-center swal2-backdrop-show');
          container.style.overflowY = 'auto';
          container.addEventListener('click', function (e) {
            if (e.target !== container || !cur || cur.container !== container) return;
            var a = cur.opts.allowOutsideClick; if (typeof a === 'function') a = a();
            if (a) dismiss(cur, 'backdrop');
          });
        }
        var popup = create('div', 'swal2-popup swal2-modal swal2-show' + (opts.icon ? ' swal2-icon-' + opts.icon : ''));
        popup.setAttribute('aria-labelledby', 'swal2-title');
        popup.setAttribute('aria-describedby', 'swal2-html-container');
        popup.setAttribute('tabindex', '-1');
        popup.setAttribute('role', 'dialog');
        popup.setAttribute('aria-live', 'assertive');
        popup.setAttribute('aria-modal', 'true');
        popup.style.display = 'grid';
        var body = opts.html != null ? opts.html : (opts.text != null ? escapeHtml(opts.text) : '');
        var h = '<button type="button" class="swal2-close" aria-label="Close this dialog" style="display: none;">&times;</button><ul class="swal2-progress-steps" style="display: none;"></ul>';
        if (opts.icon) h += '<div class="swal2-icon swal2-' + opts.icon + ' swal2-icon-show" style="display: flex;">' + ICONS[opts.icon] + '</div>';
        h += '<img class="swal2-image" style="display: none;">';
        h += '<h2 class="swal2-title" id="swal2-title" style="display: ' + (opts.title ? 'block' : 'none') + ';">' + (opts.title || '') + '</h2>';
        h += '<div class="swal2-html-container" id="swal2-html-container" style="display: ' + (body ? 'block' : 'none') + ';">' + body + '</div>';
        h += '<div class="swal2-validation-message" id="swal2-validation-message" style="display: none;"></div>';
        h += '<div class="swal2-actions" style="display: flex;"><div class="swal2-loader"></div>' +
          '<button type="button" class="swal2-confirm swal2-styled" aria-label="" style="display: ' + (opts.showConfirmButton ? 'inline-block' : 'none') + ';">' + opts.confirmButtonText + '</button>' +
          '<button type="button" class="swal2-deny swal2-styled" aria-label="" style="display: none;">No</button>' +
          '<button type="button" class="swal2-cancel swal2-styled" aria-label="" style="display: ' + (opts.showCancelButton ? 'inline-block' : 'none') + ';">' + opts.cancelButtonText + '</button></div>';
        h += '<div class="swal2-footer" style="display: none;"></div><div class="swal2-timer-progress-bar-container">' + (opts.timer && opts.timerProgressBar ? '<div class="swal2-timer-progress-bar" style="display: flex;"></div>' : '') + '</div>';
        popup.innerHTML = h;
        container.appendChild(popup);
        var inst = { container: container, popup: popup, resolve: resolve, opts: opts, done: false, timer: 0, prevFocus: prev ? prev.prevFocus : document.activeElement };
        cur = inst;
        if (!prev) {
          document.body.classList.add('swal2-shown', 'swal2-height-auto');
          document.body.appendChild(container);
          setAriaHidden(true, container);
        }
        var confirm = popup.querySelector('.swal2-confirm'), cancel = popup.querySelector('.swal2-cancel');
        confirm.addEventListener('click', function () { onConfirm(inst); });
        cancel.addEventListener('click', function () { dismiss(inst, 'cancel'); });
        if (opts.timer) {
          inst.timer = setTimeout(function () { dismiss(inst, 'timer'); }, opts.timer);
          var bar = popup.querySelector('.swal2-timer-progress-bar');
          if (bar) { reflow(bar); bar.style.transition = 'width ' + (opts.timer / 1000) + 's linear'; bar.style.width = '0%'; }
        }
        if (opts.showConfirmButton && opts.focusConfirm) confirm.focus(); else popup.focus();
        if (opts.didOpen) opts.didOpen(popup);
      });
    }
    document.addEventListener('keydown', function (e) {
      if (!cur) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        if (cur.opts.allowEscapeKey && !cur.popup.hasAttribute('data-loading')) dismiss(cur, 'esc');
      } else if (e.key === 'Tab') {
        var f = $$('button', cur.popup).filter(function (b) { return b.style.display !== 'none' && !b.disabled; });
        if (!f.length) { e.preventDefault(); return; }
        var i = f.indexOf(document.activeElement);
        e.preventDefault();
        f[(i + (e.shiftKey ? -1 : 1) + f.length) % f.length].focus();
      }
    }, true);
    return {
      fire: fire,
      showLoading: function () { showLoading(); },
      isLoading: function () { return !!(cur && cur.popup.hasAttribute('data-loading')); },
      isVisible: function () { return !!cur; },
      close: function () { if (cur) dismiss(cur, 'close'); }
    };
  })();

  /* ---------------- toastr ---------------- */
  var toastr = window.toastr = (function () {
    var options = { closeButton: true, progressBar: true, positionClass: 'toast-top-right', timeOut: 5000, extendedTimeOut: 1000, showDuration: 300, hideDuration: 1000, newestOnTop: true };
    function getContainer() {
      var c = document.getElementById('toast-container');
      if (!c) { c = create('div', options.positionClass); c.id = 'toast-container'; document.body.appendChild(c); }
      return c;
    }
    function notify(type, message, title) {
      var c = getContainer();
      var t = create('div', 'toast toast-' + type);
      t.setAttribute('aria-live', type === 'error' ? 'assertive' : 'polite');
      var html = '';
      if (options.progressBar) html += '<div class="toast-progress"></div>';
      if (options.closeButton) html += '<button type="button" class="toast-close-button" role="button">&times;</button>';
      if (title) html += '<div class="toast-title">' + escapeHtml(title) + '</div>';
      html += '<div class="toast-message">' + escapeHtml(message) + '</div>';
      t.innerHTML = html;
      t.style.opacity = '0';
      if (options.newestOnTop) c.insertBefore(t, c.firstChild); else c.appendChild(t);
      reflow(t);
      t.style.transition = 'opacity ' + options.showDuration + 'ms linear';
      t.style.opacity = '';
      var hideTimer = 0, fadeTimer = 0, progTimer = 0, endTime = 0, maxTime = options.timeOut, hiding = false;
      var prog = t.querySelector('.toast-progress');
      function remove() { if (t.parentNode) t.parentNode.removeChild(t); if (c.parentNode && !c.children.length) c.parentNode.removeChild(c); }
      function hide() {
        if (hiding) return; hiding = true;
        clearTimeout(hideTimer); clearInterval(progTimer);
        t.style.transition = 'opacity ' + options.hideDuration + 'ms linear';
        t.style.opacity = '0';
        fadeTimer = setTimeout(remove, options.hideDuration);
      }
      function arm(ms) {
        clearTimeout(hideTimer); clearInterval(progTimer);
        maxTime = ms; endTime = Date.now() + ms;
        hideTimer = setTimeout(hide, ms);
        if (prog) progTimer = setInterval(function () { prog.style.width = Math.max(0, ((endTime - Date.now()) / maxTime) * 100) + '%'; }, 50);
      }
      t.addEventListener('mouseenter', function () {
        clearTimeout(hideTimer); clearTimeout(fadeTimer); clearInterval(progTimer); hiding = false;
        t.style.transition = 'none'; t.style.opacity = '';
        if (prog) prog.style.width = '0%';
      });
      t.addEventListener('mouseleave', function () { arm(options.extendedTimeOut); });
      t.addEventListener('click', hide);
      arm(options.timeOut);
      return t;
    }
    return {
      options: options,
      success: function (m, t) { return notify('success', m, t); },
      error: function (m, t) { return notify('error', m, t); },
      info: function (m, t) { return notify('info', m, t); },
      warning: function (m, t) { return notify('warning', m, t); },
      clear: function () { var c = document.getElementById('toast-container'); if (c) c.parentNode.removeChild(c); }
    };
  })();

  /* ---------------- yii core ---------------- */
  var yii = window.yii = {
    loginUrl: '/site/login',
    getCsrfParam: function () { var m = $('meta[name=csrf-param]'); return m ? m.getAttribute('content') : '_csrf'; },
    getCsrfToken: function () { var m = $('meta[name=csrf-token]'); return m ? m.getAttribute('content') : ''; },
    confirm: function (message, ok, cancel) {
      Swal.fire({ icon: 'warning', title: 'Please confirm', text: message, showCancelButton: true, confirmButtonText: 'Yes', cancelButtonText: 'No' })
        .then(function (r) { if (r.isConfirmed) { if (ok) ok(); } else if (cancel) cancel(); });
    }
  };
  yii.serialize = function (form) { return new URLSearchParams(new FormData(form)).toString(); };
  yii.sessionExpired = function () {
    if (yii.expiredShown) return;
    yii.expiredShown = true;
    Swal.fire({ icon: 'warning', title: 'Session Expired', text: 'Your session has expired. Please login again.', confirmButtonText: 'Login', allowOutsideClick: false, allowEscapeKey: false, timer: 5000, timerProgressBar: true })
      .then(function () { window.location.href = yii.loginUrl; });
  };
  yii.ajax = function (method, url, data, headers) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url, true);
      xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
      xhr.setRequestHeader('Accept', headers && headers.Accept ? headers.Accept : 'application/json, text/javascript, */*; q=0.01');
      if (method !== 'GET') {
        xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8');
        xhr.setRequestHeader('X-CSRF-Token', yii.getCsrfToken());
      }
      if (headers) Object.keys(headers).forEach(function (k) { if (k !== 'Accept') xhr.setRequestHeader(k, headers[k]); });
      xhr.onload = function () {
        var json = null;
        try { json = JSON.parse(xhr.responseText); } catch (e) { json = null; }
        if (xhr.status === 403 && json && json.message === 'Login Required') { yii.sessionExpired(); reject(new Error('Login Required')); return; }
        if (xhr.status >= 400) {
          toastr.error((json && json.message) || 'The server could not process your request. Please try again.', (json && json.name) || ('Error ' + xhr.status));
          reject(new Error((json && json.message) || ('HTTP ' + xhr.status)));
          return;
        }
        resolve({ status: xhr.status, json: json, text: xhr.responseText });
      };
      xhr.onerror = function () { toastr.error('Unable to reach the server. Please check your connection and try again.'); reject(new Error('Network error')); };
      xhr.send(data || null);
    });
  };
  yii.button = function (btn, state) {
    if (state === 'loading') {
      btn.resetHtml = btn.innerHTML;
      btn.innerHTML = btn.getAttribute('data-loading-text') || 'Loading...';
      btn.classList.add('disabled'); btn.setAttribute('disabled', 'disabled');
    } else {
      if (btn.resetHtml != null) btn.innerHTML = btn.resetHtml;
      btn.classList.remove('disabled'); btn.removeAttribute('disabled');
    }
  };
  yii.pjaxReload = function (id) {
    var c = document.getElementById(id);
    if (!c) return Promise.resolve();
    c.dispatchEvent(new CustomEvent('pjax:send', { bubbles: true }));
    var url = window.location.pathname + '?_pjax=' + encodeURIComponent('#' + id);
    return yii.ajax('GET', url, null, { 'X-PJAX': 'true', 'X-PJAX-Container': '#' + id, Accept: 'text/html, */*; q=0.01' }).then(function (r) {
      c.innerHTML = r.text;
      $$('script', c).forEach(function (old) { var s = document.createElement('script'); s.text = old.text; old.parentNode.replaceChild(s, old); });
      c.dispatchEvent(new CustomEvent('pjax:end', { bubbles: true }));
    });
  };
  yii.captcha = function (imgSel, refreshUrl, linkSel) {
    var img = $(imgSel); if (!img) return;
    function refresh(e) { if (e) e.preventDefault(); yii.ajax('GET', refreshUrl).then(function (r) { if (r.json && r.json.url) img.src = r.json.url; }); }
    img.addEventListener('click', refresh);
    var l = linkSel && $(linkSel); if (l) l.addEventListener('click', refresh);
  };
  document.addEventListener('click', function (e) {
    var a = closest(e.target, 'a[data-method]'); if (!a) return;
    e.preventDefault();
    var go = function () {
      var f = create('form'); f.method = 'post'; f.action = a.getAttribute('href'); f.style.display = 'none';
      var i = create('input'); i.type = 'hidden'; i.name = yii.getCsrfParam(); i.value = yii.getCsrfToken(); f.appendChild(i);
      document.body.appendChild(f); HTMLFormElement.prototype.submit.call(f);
    };
    var msg = a.getAttribute('data-confirm'); if (msg) yii.confirm(msg, go); else go();
  });

  /* ---------------- yii.validation / yii.activeForm ---------------- */
  function isEmpty(v) { return v === null || v === undefined || (Array.isArray(v) && v.length === 0) || v === ''; }
  yii.validation = {
    isEmpty: isEmpty,
    required: function (value, messages, o) { if (isEmpty(typeof value === 'string' ? value.trim() : value)) messages.push(o.message); },
    match: function (value, messages, o) { if (o.skipOnEmpty && isEmpty(value)) return; var ok = o.pattern.test(value); if (o.not ? ok : !ok) messages.push(o.message); },
    string: function (value, messages, o) {
      if (o.skipOnEmpty && isEmpty(value)) return;
      if (o.min !== undefined && value.length < o.min) messages.push(o.tooShort);
      if (o.max !== undefined && value.length > o.max) messages.push(o.tooLong);
    },
    compare: function (value, messages, o) {
      if (o.skipOnEmpty && isEmpty(value)) return;
      var other = o.compareAttribute ? document.getElementById(o.compareAttribute).value : o.compareValue;
      if (value !== other) messages.push(o.message);
    }
  };
  function attrValue(form, a) {
    var el = $(a.input, form); if (!el) return '';
    if (el.tagName === 'DIV') { var c = $('input:checked', el); return c ? c.value : ''; }
    return el.value;
  }
  function showAttr(form, a, msgs) {
    var c = $(a.container, form); if (!c) return;
    var el = $(a.input, form), err = $(a.error || '.help-block-error', c);
    var bad = msgs.length > 0;
    c.classList.toggle('has-error', bad);
    c.classList.toggle('has-success', !bad);
    if (err) err.textContent = bad ? msgs[0] : '';
    if (el) el.setAttribute('aria-invalid', bad ? 'true' : 'false');
  }
  function runAttr(form, a) {
    var v = attrValue(form, a), msgs = [];
    a.value = v; a.status = 1;
    if (a.validate) a.validate(a, v, msgs, null, form);
    showAttr(form, a, msgs);
    return msgs;
  }
  yii.activeForm = function (formSel, attributes, settings) {
    var form = typeof formSel === 'string' ? $(formSel) : formSel; if (!form) return;
    settings = Object.assign({ scrollToError: true, scrollToErrorOffset: 0 }, settings || {});
    var d = form.yiiActiveForm = { attributes: attributes, settings: settings, timer: 0, queue: [], submitting: false };
    /* like yii.activeForm.js: validation after a change/blur runs 200 ms later (validationDelay) */
    function later(a) {
      if (d.queue.indexOf(a) === -1) d.queue.push(a);
      clearTimeout(d.timer);
      d.timer = setTimeout(function () {
        var q = d.queue; d.queue = [];
        if (d.submitting) return;
        q.forEach(function (x) { runAttr(form, x); });
      }, 200);
    }
    attributes.forEach(function (a) {
      a.status = 0;
      var el = $(a.input, form); if (!el) return;
      var targets = el.tagName === 'DIV' ? $$('input', el) : [el];
      targets.forEach(function (t) {
        t.addEventListener('change', function () { later(a); });
        t.addEventListener('blur', function () { if (a.status === 0 || a.status === 1) later(a); });
      });
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(d.timer); d.queue = [];
      var first = null;
      attributes.forEach(function (a) { var m = runAttr(form, a); if (m.length && !first) first = $(a.container, form); });
      if (first) {
        if (settings.scrollToError) {
          var r = first.getBoundingClientRect();
          if (r.top < 0 || r.bottom > window.innerHeight) window.scrollTo({ top: r.top + window.pageYOffset - settings.scrollToErrorOffset, behavior: 'smooth' });
        }
        return;
      }
      var ev = new CustomEvent('beforeSubmit', { cancelable: true });
      if (!form.dispatchEvent(ev)) return;
      d.submitting = true;
      HTMLFormElement.prototype.submit.call(form);
    });
  };
  yii.activeForm.updateMessages = function (form, errors) {
    var d = form.yiiActiveForm; if (!d) return;
    d.attributes.forEach(function (a) { showAttr(form, a, errors[a.id] || []); });
    var first = $('.has-error', form);
    if (first) { var r = first.getBoundingClientRect(); if (r.top < 0 || r.bottom > window.innerHeight) window.scrollTo({ top: r.top + window.pageYOffset, behavior: 'smooth' }); }
  };

  /* ---------------- bootstrap.js: dropdown, collapse, alert, modal ---------------- */
  function clearMenus(except) {
    $$('.open > [data-toggle="dropdown"]').forEach(function (t) {
      var p = t.parentElement; if (p === except) return;
      if (p.bsSelect) { p.bsSelect.close(); return; }
      p.classList.remove('open'); t.setAttribute('aria-expanded', 'false');
    });
  }
  document.addEventListener('click', function (e) {
    var t = closest(e.target, '[data-toggle="dropdown"]');
    var bs = closest(e.target, '.bootstrap-select');
    if (t && !bs) {
      e.preventDefault();
      var p = t.parentElement, was = p.classList.contains('open');
      clearMenus();
      if (!was) { p.classList.add('open'); t.setAttribute('aria-expanded', 'true'); t.focus(); }
      return;
    }
    clearMenus(bs);
    var c = closest(e.target, '[data-toggle="collapse"]');
    if (c) { e.preventDefault(); var tg = $(c.getAttribute('data-target') || c.getAttribute('href')); if (tg) tg.classList.toggle('in'); }
    var d = closest(e.target, '[data-dismiss="alert"]');
    if (d) { var al = closest(d, '.alert'); if (al) { al.classList.remove('in'); setTimeout(function () { if (al.parentNode) al.parentNode.removeChild(al); }, 150); } }
    var pm = closest(e.target, '[data-toggle="push-menu"]');
    if (pm) { e.preventDefault(); document.body.classList.toggle('sidebar-collapse'); }
  });
  var Modal = yii.modal = {
    show: function (el) {
      if (!el || el.classList.contains('in')) return;
      var keyboard = el.getAttribute('data-keyboard') !== 'false', staticBd = el.getAttribute('data-backdrop') === 'static';
      var sbw = window.innerWidth - document.documentElement.clientWidth;
      document.body.classList.add('modal-open');
      if (sbw > 0) document.body.style.paddingRight = sbw + 'px';
      var bd = create('div', 'modal-backdrop fade'); document.body.appendChild(bd); reflow(bd); bd.classList.add('in');
      el.modalBackdrop = bd;
      el.style.display = 'block'; el.scrollTop = 0; reflow(el); el.classList.add('in');
      el.modalClick = function (e) { if (e.target === el && !staticBd) Modal.hide(el); };
      el.modalKey = function (e) { if (e.key === 'Escape' && keyboard) Modal.hide(el); };
      el.modalFocus = function (e) { if (el.classList.contains('in') && e.target !== el && !el.contains(e.target) && !closest(e.target, '.swal2-container') && !closest(e.target, '#toast-container')) el.focus(); };
      el.addEventListener('click', el.modalClick);
      el.addEventListener('keydown', el.modalKey);
      document.addEventListener('focusin', el.modalFocus);
      setTimeout(function () { el.focus(); el.dispatchEvent(new CustomEvent('shown.bs.modal', { bubbles: true })); }, 300);
    },
    hide: function (el) {
      if (!el || !el.classList.contains('in')) return;
      el.classList.remove('in');
      el.removeEventListener('click', el.modalClick);
      el.removeEventListener('keydown', el.modalKey);
      document.removeEventListener('focusin', el.modalFocus);
      setTimeout(function () {
        el.style.display = 'none';
        var bd = el.modalBackdrop;
        if (bd) bd.classList.remove('in');
        setTimeout(function () {
          if (bd && bd.parentNode) bd.parentNode.removeChild(bd);
          document.body.classList.remove('modal-open'); document.body.style.paddingRight = '';
          el.dispatchEvent(new CustomEvent('hidden.bs.modal', { bubbles: true }));
        }, 150);
      }, 300);
    }
  };
  document.addEventListener('click', function (e) {
    var d = closest(e.target, '[data-dismiss="modal"]');
    if (d) { var m = closest(d, '.modal'); if (m) { e.preventDefault(); Modal.hide(m); } }
  });

  /* ---------------- AdminLTE tree ---------------- */
  function slide(el, down, done) {
    var id = (el.slideId || 0) + 1; el.slideId = id;
    var h;
    if (down) { el.style.display = 'block'; h = el.scrollHeight; el.style.overflow = 'hidden'; el.style.height = '0px'; }
    else { h = el.scrollHeight; el.style.overflow = 'hidden'; el.style.height = h + 'px'; }
    reflow(el);
    el.style.transition = 'height 500ms ease';
    el.style.height = down ? h + 'px' : '0px';
    setTimeout(function () {
      if (el.slideId !== id) return;
      el.style.transition = ''; el.style.height = ''; el.style.overflow = '';
      if (!down) el.style.display = 'none';
      if (done) done();
    }, 500);
  }
  yii.slide = slide;
  document.addEventListener('click', function (e) {
    var a = closest(e.target, '.sidebar-menu li > a'); if (!a) return;
    var li = a.parentElement; if (!li.classList.contains('treeview')) return;
    var sub = $(':scope > .treeview-menu', li); if (!sub) return;
    e.preventDefault();
    if (li.classList.contains('menu-open')) {
      li.classList.remove('menu-open');
      slide(sub, false);
    } else {
      Array.prototype.forEach.call(li.parentElement.children, function (sib) {
        if (sib !== li && sib.classList.contains('menu-open')) { sib.classList.remove('menu-open'); var s = $(':scope > .treeview-menu', sib); if (s) slide(s, false); }
      });
      li.classList.add('menu-open');
      slide(sub, true);
    }
  });

  /* ---------------- iCheck ---------------- */
  function icheckOperate(input, sync) {
    if (input.disabled) return;
    var div = input.parentElement;
    if (!sync && input.checked && div.classList.contains('checked')) return;
    input.checked = true;
    var group = input.form ? $$('input[type=radio]', input.form).filter(function (r) { return r.name === input.name; }) : [input];
    group.forEach(function (r) {
      var d = r.parentElement; if (!d.classList.contains('iradio_square-blue')) return;
      var on = r === input;
      d.classList.toggle('checked', on);
      d.setAttribute('aria-checked', on ? 'true' : 'false');
    });
    input.dispatchEvent(new CustomEvent('ifChecked', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
  yii.iCheck = function (root) {
    $$('input[type=radio]', root).forEach(function (input) {
      if (input.parentElement.classList.contains('iradio_square-blue')) return;
      var div = create('div', 'iradio_square-blue' + (input.checked ? ' checked' : '') + (input.disabled ? ' disabled' : ''));
      div.setAttribute('aria-checked', input.checked ? 'true' : 'false');
      div.setAttribute('aria-disabled', input.disabled ? 'true' : 'false');
      div.style.position = 'relative';
      input.parentNode.insertBefore(div, input); div.appendChild(input);
      input.style.position = 'absolute'; input.style.opacity = '0';
      var ins = create('ins', 'iCheck-helper');
      ins.setAttribute('style', 'position: absolute; top: 0%; left: 0%; display: block; width: 100%; height: 100%; margin: 0px; padding: 0px; background: rgb(255, 255, 255); border: 0px; opacity: 0;');
      div.appendChild(ins);
      ins.addEventListener('click', function (e) { e.preventDefault(); e.stopPropagation(); icheckOperate(input); });
      ins.addEventListener('mouseover', function () { div.classList.add('hover'); });
      ins.addEventListener('mouseout', function () { div.classList.remove('hover'); });
      var label = closest(input, 'label') || (input.id ? $('label[for="' + input.id + '"]') : null);
      if (label) {
        label.addEventListener('click', function (e) { if (closest(e.target, 'a')) return; e.preventDefault(); e.stopPropagation(); icheckOperate(input); });
        label.addEventListener('mouseover', function () { div.classList.add('hover'); });
        label.addEventListener('mouseout', function () { div.classList.remove('hover'); });
      }
      input.addEventListener('click', function (e) { e.preventDefault(); e.stopPropagation(); });
      input.addEventListener('keydown', function (e) { if (e.key === ' ') { e.preventDefault(); icheckOperate(input); } });
      input.addEventListener('keyup', function () { if (input.checked && !div.classList.contains('checked')) icheckOperate(input, true); });
      input.addEventListener('focus', function () { div.classList.add('focus'); });
      input.addEventListener('blur', function () { div.classList.remove('focus'); });
    });
  };

  /* ---------------- bootstrap-select ---------------- */
  yii.selectpicker = function (sel) {
    if (!sel || sel.bsSelect) return;
    var live = sel.getAttribute('data-live-search') === 'true';
    var wrap = create('div', 'btn-group bootstrap-select' + (sel.classList.contains('form-control') ? ' form-control' : ''));
    var btn = create('button', 'btn dropdown-toggle btn-default');
    btn.type = 'button';
    btn.setAttribute('data-toggle', 'dropdown'); btn.setAttribute('role', 'button');
    btn.setAttribute('data-id', sel.id); btn.setAttribute('aria-expanded', 'false');
    btn.innerHTML = '<span class="filter-option pull-left"></span>&nbsp;<span class="bs-caret"><span class="caret"></span></span>';
    var menu = create('div', 'dropdown-menu open'); menu.setAttribute('role', 'combobox');
    var search = null;
    if (live) {
      var sb = create('div', 'bs-searchbox');
      search = create('input', 'form-control'); search.type = 'text';
      search.setAttribute('autocomplete', 'off'); search.setAttribute('role', 'textbox'); search.setAttribute('aria-label', 'Search');
      sb.appendChild(search); menu.appendChild(sb);
    }
    var ul = create('ul', 'dropdown-menu inner'); ul.setAttribute('role', 'listbox'); ul.setAttribute('aria-expanded', 'false');
    menu.appendChild(ul);
    var noRes = create('li', 'no-results');
    var lis = Array.prototype.map.call(sel.options, function (o, i) {
      var li = create('li'); li.setAttribute('data-original-index', String(i));
      var a = create('a');
      a.setAttribute('tabindex', '0'); a.setAttribute('data-tokens', 'null'); a.setAttribute('role', 'option');
      a.setAttribute('aria-disabled', o.disabled ? 'true' : 'false'); a.setAttribute('aria-selected', 'false');
      a.innerHTML = '<span class="text">' + escapeHtml(o.text) + '</span><span class="glyphicon glyphicon-ok check-mark"></span>';
      a.addEventListener('click', function (e) { e.preventDefault(); choose(i); });
      li.appendChild(a); ul.appendChild(li);
      return li;
    });
    sel.parentNode.insertBefore(wrap, sel);
    wrap.appendChild(btn); wrap.appendChild(menu); wrap.appendChild(sel);
    sel.setAttribute('tabindex', '-98');
    function render() {
      var o = sel.options[sel.selectedIndex];
      var txt = o ? o.text : (sel.getAttribute('title') || 'Nothing selected');
      btn.querySelector('.filter-option').textContent = txt;
      btn.setAttribute('title', txt);
      btn.classList.toggle('bs-placeholder', !sel.value);
      lis.forEach(function (li, i) { var on = i === sel.selectedIndex; li.classList.toggle('selected', on); li.firstChild.setAttribute('aria-selected', on ? 'true' : 'false'); });
    }
    function visible() { return lis.filter(function (li) { return !li.classList.contains('hidden'); }); }
    function setActive(li) {
      lis.forEach(function (l) { l.classList.remove('active'); });
      if (!li) return;
      li.classList.add('active');
      var top = li.offsetTop, h = li.offsetHeight;
      if (top < ul.scrollTop) ul.scrollTop = top;
      else if (top + h > ul.scrollTop + ul.clientHeight) ul.scrollTop = top + h - ul.clientHeight;
    }
    function filter() {
      var q = search.value.trim().toLowerCase(), n = 0;
      lis.forEach(function (li, i) { var show = !q || sel.options[i].text.toLowerCase().indexOf(q) !== -1; li.classList.toggle('hidden', !show); if (show) n++; });
      if (noRes.parentNode) noRes.parentNode.removeChild(noRes);
      if (q && !n) { noRes.textContent = 'No results matched "' + search.value + '"'; ul.appendChild(noRes); }
      setActive(q ? visible()[0] || null : lis[sel.selectedIndex] || null);
    }
    function size() {
      wrap.classList.remove('dropup');
      ul.style.maxHeight = '';
      var r = btn.getBoundingClientRect();
      var below = window.innerHeight - r.bottom - 10, above = r.top - 10;
      var sbH = search ? search.parentNode.offsetHeight : 0;
      var full = ul.scrollHeight + sbH + 12;
      var up = full > below && above > below;
      wrap.classList.toggle('dropup', up);
      var liH = lis[0] ? lis[0].offsetHeight || 26 : 26;
      ul.style.maxHeight = Math.max((up ? above : below) - sbH - 12, liH * 3) + 'px';
      ul.style.overflowY = 'auto';
    }
    function open() {
      if (wrap.classList.contains('open')) return;
      clearMenus(wrap);
      wrap.classList.add('open'); btn.setAttribute('aria-expanded', 'true'); ul.setAttribute('aria-expanded', 'true');
      size();
      setActive(lis[sel.selectedIndex] || null);
      if (search) search.focus(); else if (lis[sel.selectedIndex]) lis[sel.selectedIndex].firstChild.focus();
    }
    function close() {
      if (!wrap.classList.contains('open')) return;
      wrap.classList.remove('open'); btn.setAttribute('aria-expanded', 'false'); ul.setAttribute('aria-expanded', 'false');
      if (search && search.value) { search.value = ''; filter(); }
      lis.forEach(function (l) { l.classList.remove('active'); });
    }
    function choose(i) {
      if (sel.options[i].disabled) return;
      var changed = sel.selectedIndex !== i;
      sel.selectedIndex = i;
      render(); close(); btn.focus();
      if (changed) {
        sel.dispatchEvent(new Event('change', { bubbles: true }));
        sel.dispatchEvent(new CustomEvent('changed.bs.select', { bubbles: true }));
      }
    }
    btn.addEventListener('click', function (e) { e.preventDefault(); if (wrap.classList.contains('open')) close(); else open(); });
    btn.addEventListener('keydown', function (e) { if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !wrap.classList.contains('open')) { e.preventDefault(); open(); } });
    menu.addEventListener('keydown', function (e) {
      var vis = visible(), idx = vis.indexOf($('li.active', ul));
      if (e.key === 'ArrowDown') { e.preventDefault(); setActive(vis[Math.min(idx + 1, vis.length - 1)] || null); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); setActive(vis[Math.max(idx - 1, 0)] || null); }
      else if (e.key === 'Enter') { e.preventDefault(); var act = $('li.active', ul); if (act) choose(+act.getAttribute('data-original-index')); }
      else if (e.key === 'Escape') { e.preventDefault(); close(); btn.focus(); }
      else if (e.key === 'Tab') { close(); }
    });
    if (search) search.addEventListener('input', filter);
    sel.addEventListener('change', render);
    sel.addEventListener('focus', function () { btn.focus(); });
    document.addEventListener('click', function (e) { if (!wrap.contains(e.target)) close(); });
    wrap.bsSelect = sel.bsSelect = { open: open, close: close, render: render, refresh: render };
    render();
  };
})(window, document);
`;

const CSS_ALL = `${CSS}${GRID_CSS}${TOAST_CSS}`;

interface Flash {
  type: 'success' | 'info' | 'warning' | 'danger';
  msg: string;
}
interface Session {
  id: string;
  user: boolean;
  pending: boolean;
  showPopup: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  flashes: Flash[];
  touched: number;
  lastLogin: string;
}
interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  method: string;
  cookies: Record<string, string>;
  setCookies: string[];
  ajax: boolean;
  pjax: string;
  csrf: string;
  masked: string;
  sess?: Session;
}
interface Field {
  model: string;
  attr: string;
  label: string;
  type?: string;
  value?: string;
  error?: string;
  hint?: string;
  attrs?: string;
  input?: string;
  style?: string;
}
interface Reg {
  gstin: string;
  gsp: string;
  username: string;
  createdOn: string;
}

function inputId(model: string, attr: string): string {
  return `${model}-${attr}`.toLowerCase();
}

function field(f: Field): string {
  const id = inputId(f.model, f.attr);
  const cls = `form-group field-${id} required${f.error ? ' has-error' : ''}`;
  const input =
    f.input ??
    `<input type="${f.type ?? 'text'}" id="${id}" class="form-control" name="${f.model}[${f.attr}]"${f.value ? ` value="${esc(f.value)}"` : ''}${f.attrs ?? ''} aria-required="true"${f.error ? ' aria-invalid="true"' : ''}>`;
  return `<div class="${cls}"${f.style ? ` style="${f.style}"` : ''}>
<label class="control-label" for="${id}">${esc(f.label)}</label>
${input}
${f.hint ? `<div class="help-block">${f.hint}</div>\n` : ''}<div class="help-block help-block-error">${esc(f.error ?? '')}</div>
</div>`;
}

/** One attribute of yiiActiveForm's client configuration, as Yii2 emits it. */
function attrJs(model: string, attr: string, validate: string[]): string {
  const id = inputId(model, attr);
  return `{"id":"${id}","name":"${attr}","container":".field-${id}","input":"#${id}","error":".help-block-error","validate":function (attribute, value, messages, deferred, $form) {${validate.join('')}}}`;
}
const vRequired = (msg: string): string =>
  `yii.validation.required(value, messages, {"message":${JSON.stringify(msg)}});`;
const vMatch = (re: string, msg: string): string =>
  `yii.validation.match(value, messages, {"pattern":/${re}/,"not":false,"message":${JSON.stringify(msg)},"skipOnEmpty":1});`;
const vString = (min: number, max: number, label: string): string =>
  `yii.validation.string(value, messages, {"message":${JSON.stringify(`${label} must be a string.`)},"min":${min},"tooShort":${JSON.stringify(`${label} should contain at least ${min} characters.`)},"max":${max},"tooLong":${JSON.stringify(`${label} should contain at most ${max} characters.`)},"skipOnEmpty":1});`;

const PASSWORD_RE = '^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}$';
const PASSWORD_MSG =
  'Password must be 8 to 15 characters long and contain at least one upper case letter, one lower case letter, one digit and one special character.';
const USERNAME_RE = '^[A-Za-z0-9]+$';

/** PHP's $_POST semantics: for a repeated name the last value wins. */
function param(body: URLSearchParams, name: string): string {
  const all = body.getAll(name);
  return all[all.length - 1] ?? '';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
function fmtDate(d: Date): string {
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function captchaSvg(code: string): string {
  const w = Math.max(120, code.length * 21 + 20);
  const h = 50;
  const rnd = (a: number, b: number): number => a + Math.random() * (b - a);
  const col = (lo: number, hi: number): string =>
    `rgb(${Math.round(rnd(lo, hi))},${Math.round(rnd(lo, hi))},${Math.round(rnd(lo, hi))})`;
  let s = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="100%" height="100%" fill="#f2f2f2"/>`;
  for (let i = 0; i < 7; i++) {
    s += `<line x1="${rnd(0, w).toFixed(1)}" y1="${rnd(0, h).toFixed(1)}" x2="${rnd(0, w).toFixed(1)}" y2="${rnd(0, h).toFixed(1)}" stroke="${col(120, 200)}" stroke-width="1"/>`;
  }
  [...code].forEach((ch, i) => {
    const x = 12 + i * 21 + rnd(-2, 2);
    const y = 34 + rnd(-4, 4);
    s += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="Georgia, 'Times New Roman', serif" font-size="${rnd(24, 30).toFixed(0)}" font-weight="bold" fill="${col(20, 90)}" transform="rotate(${rnd(-22, 22).toFixed(1)} ${(x + 8).toFixed(1)} ${(y - 9).toFixed(1)})">${esc(ch)}</text>`;
  });
  for (let i = 0; i < 2; i++) {
    s += `<path d="M0 ${rnd(10, 40).toFixed(1)} Q ${(w / 2).toFixed(1)} ${rnd(-10, 60).toFixed(1)} ${w} ${rnd(10, 40).toFixed(1)}" stroke="${col(60, 140)}" stroke-width="1.4" fill="none"/>`;
  }
  for (let i = 0; i < 70; i++) {
    s += `<circle cx="${rnd(0, w).toFixed(1)}" cy="${rnd(0, h).toFixed(1)}" r="${rnd(0.5, 1.3).toFixed(1)}" fill="${col(80, 190)}"/>`;
  }
  return `${s}</svg>`;
}

export async function startYii2R21Rendition(options: Yii2R21Options = {}): Promise<Yii2R21Rendition> {
  const state: Yii2R21State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** Registrations made before this server started (not part of state.users). */
  const seeded: Reg[] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: 'API_udaytera',
      createdOn: '14/03/2023 11:42',
    },
  ];
  let expireOnce: Yii2R21Expiry | undefined = options.expireOnce;
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();

  // ---------------- plumbing ----------------
  function parseCookies(h: string | undefined): Record<string, string> {
    const out: Record<string, string> = {};
    for (const part of (h ?? '').split(';')) {
      const i = part.indexOf('=');
      if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
    }
    return out;
  }
  function maskToken(token: string): string {
    const t = Buffer.from(token);
    const mask = randomBytes(t.length);
    const x = Buffer.alloc(t.length);
    for (let i = 0; i < t.length; i++) x[i] = (mask[i] ?? 0) ^ (t[i] ?? 0);
    return Buffer.concat([mask, x]).toString('base64url');
  }
  function validCsrf(ctx: Ctx, body: URLSearchParams): boolean {
    const header = ctx.req.headers['x-csrf-token'];
    const v = body.get('_csrf') ?? (typeof header === 'string' ? header : '');
    if (!v || !ctx.cookies._csrf) return false;
    const buf = Buffer.from(v, 'base64url');
    if (buf.length === 0 || buf.length % 2 !== 0) return false;
    const n = buf.length / 2;
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) out[i] = (buf[i] ?? 0) ^ (buf[i + n] ?? 0);
    return out.toString() === ctx.csrf;
  }
  function newSession(ctx: Ctx): Session {
    const s: Session = {
      id: randomBytes(13).toString('hex'),
      user: false,
      pending: false,
      showPopup: false,
      apiOtpSent: false,
      apiOtpVerified: false,
      flashes: [],
      touched: Date.now(),
      lastLogin: '',
    };
    sessions.set(s.id, s);
    ctx.setCookies.push(`PHPSESSID=${s.id}; path=/; HttpOnly; SameSite=Lax`);
    ctx.sess = s;
    return s;
  }
  function destroySession(ctx: Ctx): void {
    if (ctx.sess) sessions.delete(ctx.sess.id);
    ctx.sess = undefined;
  }
  function send(
    ctx: Ctx,
    status: number,
    type: string,
    body: string,
    extra: Record<string, string> = {},
  ): void {
    const headers: Record<string, string | string[]> = {
      'Content-Type': type,
      'X-Powered-By': 'PHP/7.4.33',
      Expires: 'Thu, 19 Nov 1981 08:52:00 GMT',
      'Cache-Control': 'no-store, no-cache, must-revalidate',
      Pragma: 'no-cache',
      ...extra,
    };
    if (ctx.setCookies.length) headers['Set-Cookie'] = ctx.setCookies;
    ctx.res.writeHead(status, headers);
    ctx.res.end(body);
  }
  const html = (ctx: Ctx, body: string, status = 200): void =>
    send(ctx, status, 'text/html; charset=UTF-8', body);
  const json = (ctx: Ctx, obj: unknown, status = 200): void =>
    send(ctx, status, 'application/json; charset=UTF-8', JSON.stringify(obj));
  const redirect = (ctx: Ctx, to: string): void =>
    send(ctx, 302, 'text/html; charset=UTF-8', '', { Location: to });
  function readBody(req: IncomingMessage): Promise<URLSearchParams> {
    return new Promise((resolve, reject) => {
      let size = 0;
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > 1_000_000) req.destroy();
        else chunks.push(c);
      });
      req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
      req.on('error', reject);
    });
  }
  /** Yii2's User::loginRequired(): redirect pages, 403 "Login Required" for AJAX. */
  function loginRequired(ctx: Ctx): void {
    if (ctx.ajax) {
      json(ctx, { name: 'Forbidden', message: 'Login Required', code: 0, status: 403 }, 403);
      return;
    }
    const s = newSession(ctx);
    s.flashes.push({ type: 'warning', msg: EXPIRED_TEXT });
    redirect(ctx, '/site/login');
  }
  function badRequest(ctx: Ctx): void {
    const msg = 'Unable to verify your data submission.';
    if (ctx.ajax) json(ctx, { name: 'Bad Request', message: msg, code: 0, status: 400 }, 400);
    else html(ctx, errorPage(ctx, 'Bad Request (#400)', msg), 400);
  }

  // ---------------- layouts ----------------
  function head(ctx: Ctx, title: string): string {
    return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-param" content="_csrf">
<meta name="csrf-token" content="${ctx.masked}">
<title>${esc(title)} | e-Invoice System</title>
<link rel="icon" type="image/svg+xml" href="${EMBLEM}">
<link href="${ASSET_CSS}" rel="stylesheet">
<script src="${ASSET_JS}"></script>
</head>`;
  }
  function alerts(ctx: Ctx): string {
    const s = ctx.sess;
    if (!s?.flashes.length) return '';
    const out = s.flashes
      .map(
        (f, i) =>
          `<div id="w${i + 3}-${f.type}-0" class="alert-${f.type} alert fade in">
<button type="button" class="close" data-dismiss="alert" aria-hidden="true">&times;</button>
${esc(f.msg)}
</div>`,
      )
      .join('\n');
    s.flashes = [];
    return out;
  }
  function publicPage(
    ctx: Ctx,
    title: string,
    crumbs: string[],
    body: string,
    script = '',
    active = '',
  ): string {
    const nav = (label: string, href: string): string =>
      `<li${active === href ? ' class="active"' : ''}><a href="${href}">${label}</a></li>`;
    const bc = crumbs.length
      ? `<ul class="breadcrumb"><li><a href="/">Home</a></li>\n${crumbs.map((c) => `<li class="active">${esc(c)}</li>`).join('\n')}\n</ul>`
      : '';
    return `${head(ctx, title)}
<body>
<div class="wrap">
<nav id="w0" class="navbar-inverse navbar-fixed-top navbar">
<div class="container">
<div class="navbar-header">
<button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#w0-collapse"><span class="sr-only">Toggle navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
<a class="navbar-brand" href="/"><img src="${EMBLEM}" alt="">e-Invoice System</a>
</div>
<div id="w0-collapse" class="collapse navbar-collapse">
<ul id="w1" class="navbar-nav navbar-right nav">
${nav('Home', '/')}
${nav('Help', '/site/help')}
${nav('Contact Us', '/site/contact')}
<li><a class="btn-login" href="/site/login">Login</a></li>
</ul>
</div>
</div>
</nav>
<div class="container">
${bc}
${alerts(ctx)}
${body}
</div>
</div>
<footer class="footer">
<div class="container">
<p class="pull-left">&copy; National Informatics Centre ${new Date().getFullYear()}</p>
<p class="pull-right">Powered by <a href="http://www.yiiframework.com/" rel="external">Yii Framework</a></p>
</div>
</footer>
${script ? `<script>\n${script}\n</script>` : ''}
</body>
</html>`;
  }
  function hasUrl(it: MenuItem, url: string): boolean {
    return it.url === url || (it.items ?? []).some((c) => hasUrl(c, url));
  }
  function renderMenu(items: MenuItem[], active: string): string {
    return items
      .map((it) => {
        const on = hasUrl(it, active);
        const icon = `<i class="fa ${it.icon ?? 'fa-circle-o'}"></i>`;
        if (it.items) {
          return `<li class="treeview${on ? ' active menu-open' : ''}"><a href="#">${icon} <span>${esc(it.label)}</span> <span class="pull-right-container"><i class="fa fa-angle-left pull-right"></i></span></a>
<ul class="treeview-menu"${on ? ' style="display: block;"' : ''}>
${renderMenu(it.items, active)}
</ul>
</li>`;
        }
        return `<li${on ? ' class="active"' : ''}><a href="${it.url}">${icon} <span>${esc(it.label)}</span></a></li>`;
      })
      .join('\n');
  }
  function adminPage(
    ctx: Ctx,
    o: {
      title: string;
      small?: string;
      active: string;
      crumbs: string[];
      body: string;
      script?: string;
      modals?: string;
    },
  ): string {
    const crumbs = o.crumbs
      .map((c, i) => (i === o.crumbs.length - 1 ? `<li class="active">${esc(c)}</li>` : `<li>${esc(c)}</li>`))
      .join('\n');
    return `${head(ctx, o.title)}
<body class="hold-transition skin-blue sidebar-mini">
<div class="wrapper">
<header class="main-header">
<a href="/dashboard/index" class="logo"><span class="logo-mini"><b>e</b>IN</span><span class="logo-lg"><b>e-Invoice</b> System</span></a>
<nav class="navbar navbar-static-top" role="navigation">
<a href="#" class="sidebar-toggle" data-toggle="push-menu" role="button"><i class="fa fa-bars"></i><span class="sr-only">Toggle navigation</span></a>
<p class="navbar-text">GSTIN: <b>${esc(state.gstin)}</b> &nbsp;|&nbsp; ${TRADE_NAME}</p>
<div class="navbar-custom-menu">
<ul class="nav navbar-nav">
<li class="dropdown user user-menu">
<a href="#" class="dropdown-toggle" data-toggle="dropdown" aria-expanded="false"><img src="${AVATAR}" class="user-image" alt="User Image"><span class="hidden-xs">${esc(YII2_R21_LOGIN.username)}</span></a>
<ul class="dropdown-menu">
<li class="user-header"><img src="${AVATAR}" class="img-circle" alt="User Image"><p>${TRADE_NAME}<small>GSTIN ${esc(state.gstin)}</small><small>Last login: ${esc(ctx.sess?.lastLogin ?? '')}</small></p></li>
<li class="user-footer"><div class="pull-left"><a href="/user-management/change-password" class="btn btn-default btn-flat">Profile</a></div><div class="pull-right"><a href="/site/logout" data-method="post" class="btn btn-default btn-flat">Sign out</a></div></li>
</ul>
</li>
</ul>
</div>
</nav>
</header>
<aside class="main-sidebar">
<section class="sidebar">
<div class="user-panel"><div class="pull-left image"><img src="${AVATAR}" class="img-circle" alt="User Image"></div><div class="pull-left info"><p>${TRADE_NAME}</p><a href="#"><i class="fa fa-circle text-success"></i> ${esc(state.gstin)}</a></div></div>
<ul class="sidebar-menu tree" data-widget="tree">
<li class="header">MAIN NAVIGATION</li>
${renderMenu(MENU, o.active)}
</ul>
</section>
</aside>
<div class="content-wrapper">
<section class="content-header">
<h1>${esc(o.title)}${o.small ? `<small>${esc(o.small)}</small>` : ''}</h1>
<ul class="breadcrumb"><li><a href="/dashboard/index"><i class="fa fa-dashboard"></i> Home</a></li>
${crumbs}
</ul>
</section>
<section class="content">
${alerts(ctx)}
${o.body}
</section>
</div>
<footer class="main-footer"><div class="pull-right hidden-xs"><b>Version</b> 1.03</div><strong>Copyright &copy; ${new Date().getFullYear()} <a href="#">National Informatics Centre</a>.</strong> All rights reserved.</footer>
</div>
${o.modals ?? ''}
${o.script ? `<script>\n${o.script}\n</script>` : ''}
</body>
</html>`;
  }
  function errorPage(ctx: Ctx, title: string, msg: string): string {
    return publicPage(
      ctx,
      title,
      [],
      `<div class="site-error">
<h1>${esc(title)}</h1>
<div class="alert alert-danger">${esc(msg)}</div>
<p>The above error occurred while the Web server was processing your request.</p>
<p>Please contact us if you think this is a server error. Thank you.</p>
</div>`,
    );
  }

  // ---------------- pages ----------------
  function homePage(ctx: Ctx): string {
    return publicPage(
      ctx,
      'Home',
      [],
      `<div class="site-index">
<div class="jumbotron">
<h1>e-Invoice System</h1>
<p class="lead">Report your B2B invoices to the Invoice Registration Portal, obtain the Invoice Reference Number (IRN) and signed QR code, and manage API access for your GSTIN.</p>
<p class="text-muted">Two-factor authentication is mandatory for all users of the e-Invoice System.</p>
</div>
<div class="body-content">
<div class="row">
<div class="col-lg-4"><h2>e-Invoice</h2><p>Generate IRN for invoices, credit notes and debit notes, one at a time or through bulk upload, and cancel an IRN within 24 hours.</p></div>
<div class="col-lg-4"><h2>API Registration</h2><p>Taxpayers can create API user credentials for integration through a GST Suvidha Provider (GSP), through their ERP, or directly.</p></div>
<div class="col-lg-4"><h2>Help</h2><p>User manuals, FAQs and the API documentation are available under the Help menu. For support, raise a ticket through the self-service portal.</p></div>
</div>
</div>
</div>`,
      '',
      '/',
    );
  }
  function loginPage(
    ctx: Ctx,
    v: { username?: string; errors?: Partial<Record<'username' | 'password' | 'verifyCode', string>> } = {},
  ): string {
    const e = v.errors ?? {};
    const img = `/site/captcha?v=${randomBytes(6).toString('hex')}`;
    const captchaInput = `<div class="row captcha-row">
<div class="col-xs-5"><img id="loginform-verifycode-image" src="${img}" alt="" title="Click on the image to get a new code" width="${Math.max(120, state.captcha.length * 21 + 20)}" height="50"><a href="#" id="loginform-verifycode-refresh" class="refresh-link" title="Get a new code"><span class="glyphicon glyphicon-refresh"></span><span class="sr-only">Get a new code</span></a></div>
<div class="col-xs-7"><input type="text" id="loginform-verifycode" class="form-control" name="LoginForm[verifyCode]" autocomplete="off" aria-required="true"${e.verifyCode ? ' aria-invalid="true"' : ''}></div>
</div>`;
    const body = `<div class="site-login">
<div class="row">
<div class="col-md-6 col-md-offset-3">
<div class="panel panel-primary">
<div class="panel-heading"><h3 class="panel-title"><span class="glyphicon glyphicon-lock"></span> Login to e-Invoice System</h3></div>
<div class="panel-body">
<p>Please fill out the following fields to login:</p>
<form id="login-form" action="/site/login" method="post">
<input type="hidden" name="_csrf" value="${ctx.masked}">
${field({ model: 'LoginForm', attr: 'username', label: 'Username', value: v.username, error: e.username, attrs: ' autofocus autocomplete="username"' })}
${field({ model: 'LoginForm', attr: 'password', label: 'Password', type: 'password', error: e.password, attrs: ' autocomplete="current-password"' })}
${field({ model: 'LoginForm', attr: 'verifyCode', label: 'Verification Code', error: e.verifyCode, input: captchaInput, hint: 'Type the characters shown in the picture. Letters are not case sensitive.' })}
<div class="form-group">
<button type="submit" class="btn btn-primary btn-block" name="login-button">Login</button>
</div>
<p class="text-center"><a href="/site/help">Forgot Username</a> &nbsp;|&nbsp; <a href="/site/help">Forgot Password</a></p>
</form>
</div>
</div>
</div>
</div>
</div>`;
    const script = `yii.activeForm('#login-form', [${attrJs('LoginForm', 'username', [vRequired('Username cannot be blank.')])},${attrJs('LoginForm', 'password', [vRequired('Password cannot be blank.')])},${attrJs('LoginForm', 'verifyCode', [vRequired('Verification Code cannot be blank.')])}], []);
yii.captcha('#loginform-verifycode-image', '/site/captcha?refresh=1', '#loginform-verifycode-refresh');`;
    return publicPage(ctx, 'Login', ['Login'], body, script);
  }
  function otpPage(ctx: Ctx, error?: string): string {
    const body = `<div class="site-verify-otp">
<div class="row">
<div class="col-md-6 col-md-offset-3">
<div class="panel panel-primary">
<div class="panel-heading"><h3 class="panel-title"><span class="glyphicon glyphicon-lock"></span> Two-Factor Authentication</h3></div>
<div class="panel-body">
<p>An OTP has been sent by SMS and the Sandes app to your registered mobile number <b>${MOBILE}</b>. You may also use the OTP shown in the NIC-GST-Shield app.</p>
<form id="otp-form" action="/site/verify-otp" method="post">
<input type="hidden" name="_csrf" value="${ctx.masked}">
${field({ model: 'OtpForm', attr: 'otp', label: 'Enter OTP', error, attrs: ' maxlength="6" autocomplete="one-time-code" inputmode="numeric" autofocus' })}
<div class="form-group">
<button type="submit" class="btn btn-primary btn-block" name="verify-button">Verify OTP</button>
</div>
<p class="text-center"><a href="/site/resend-otp" data-method="post">Resend OTP</a> &nbsp;|&nbsp; <a href="/site/login">Back to Login</a></p>
</form>
</div>
</div>
</div>
</div>
</div>`;
    const script = `yii.activeForm('#otp-form', [${attrJs('OtpForm', 'otp', [vRequired('Enter OTP cannot be blank.'), vMatch('^[0-9]{6}$', 'OTP must be a 6 digit number.')])}], []);`;
    return publicPage(ctx, 'Verify OTP', ['Login', 'Verify OTP'], body, script);
  }
  function dashboardPage(ctx: Ctx, popup: boolean): string {
    const box = (bg: string, n: string, label: string, sub: string): string =>
      `<div class="col-lg-3 col-xs-6"><div class="small-box ${bg}"><div class="inner"><h3>${n}</h3><p>${label}</p></div><a href="#" class="small-box-footer">${sub}</a></div></div>`;
    const modal = popup
      ? `<div id="technical-contact-modal" class="fade modal" role="dialog" tabindex="-1" data-backdrop="static" data-keyboard="false">
<div class="modal-dialog ">
<div class="modal-content">
<div class="modal-header">
<button type="button" class="close" data-dismiss="modal" aria-hidden="true">&times;</button>
<h4 class="modal-title">Contacts of Technical Person</h4>
</div>
<div class="modal-body">
<p>Please confirm the details of the technical person of your organisation. NIC will contact this person about API integration and system changes.</p>
<form id="tech-contact-form">
<table class="table table-bordered table-condensed"><tbody>
<tr><th style="width:35%">Name</th><td><input type="text" class="form-control input-sm" name="TechContact[name]" value="Rahul Deshmukh"></td></tr>
<tr><th>Mobile Number</th><td><input type="text" class="form-control input-sm" name="TechContact[mobile]" value="9890012345"></td></tr>
<tr><th>E-mail ID</th><td><input type="text" class="form-control input-sm" name="TechContact[email]" value="it.support@udaytraders.in"></td></tr>
</tbody></table>
</form>
</div>
<div class="modal-footer">
<button type="button" class="btn btn-primary" id="btn-update-contact">Update</button>
<button type="button" class="btn btn-danger" data-dismiss="modal">Exit</button>
</div>
</div>
</div>
</div>`
      : '';
    const body = `<div class="row">
${box('bg-aqua', '1,284', 'Generations', 'IRNs generated this month')}
${box('bg-red', '37', 'Cancelled', 'IRNs cancelled this month')}
${box('bg-green', '12', 'Bulk Uploads', 'Files processed')}
${box('bg-yellow', '240', 'e-Way Bills', 'Generated by IRN')}
</div>
<div class="row">
<div class="col-md-8">
<div class="box box-primary">
<div class="box-header with-border"><h3 class="box-title">Announcements</h3></div>
<div class="box-body">
<ul>
<li>Two-factor authentication is mandatory for all users of the e-Invoice System from 01/04/2025.</li>
<li>Taxpayers with AATO of Rs. 10 crore and above must report invoices within 30 days of the invoice date.</li>
<li>API users are created per GSP: use API Registration &rarr; User Credentials &rarr; Create API User.</li>
</ul>
</div>
</div>
</div>
<div class="col-md-4">
<div class="box box-info">
<div class="box-header with-border"><h3 class="box-title">Profile</h3></div>
<div class="box-body">
<p><b>GSTIN:</b> ${esc(state.gstin)}</p>
<p><b>Trade Name:</b> ${TRADE_NAME}</p>
<p><b>Registered Mobile:</b> ${MOBILE}</p>
</div>
</div>
</div>
</div>
`;
    const script = popup
      ? `(function () {
  var m = document.getElementById('technical-contact-modal');
  yii.modal.show(m);
  toastr.success('Welcome ${TRADE_NAME}. You have logged in successfully.');
  document.getElementById('btn-update-contact').addEventListener('click', function () {
    var f = document.getElementById('tech-contact-form');
    yii.ajax('POST', '/dashboard/update-contact', yii.serialize(f)).then(function (r) {
      if (r.json && r.json.success) { toastr.success(r.json.message); yii.modal.hide(m); }
    }, function () {});
  });
})();`
      : '';
    return adminPage(ctx, {
      title: 'Dash Board',
      small: 'e-Invoice System',
      active: '/dashboard/index',
      crumbs: ['Dash Board'],
      body,
      script,
      modals: modal,
    });
  }
  function otpFragment(ctx: Ctx): string {
    return `<div class="box-body">
<div class="callout callout-info">
<p>GSTIN: <b>${esc(state.gstin)}</b> &nbsp;&nbsp; Registered Mobile: <b>${MOBILE}</b></p>
<p>To create API user credentials, an OTP will be sent to the mobile number registered for this GSTIN.</p>
</div>
<form id="api-otp-form" action="/api-registration/verify-otp" method="post">
<input type="hidden" name="_csrf" value="${ctx.masked}">
<div class="form-group">
<button type="button" class="btn btn-primary" id="btn-send-otp" data-loading-text="Sending...">Send OTP</button>
</div>
<div id="otp-entry" style="display: none;">
<div class="row"><div class="col-md-4">
${field({ model: 'ApiOtpForm', attr: 'otp', label: 'Enter OTP', attrs: ' maxlength="6" autocomplete="off" inputmode="numeric"', hint: `OTP sent to ${MOBILE}. <a href="#" id="resend-otp">Resend OTP</a>` })}
</div></div>
<div class="form-group">
<button type="submit" class="btn btn-success">Verify OTP</button>
</div>
</div>
</form>
</div>
<script>
(function () {
  var form = document.getElementById('api-otp-form');
  var sendBtn = document.getElementById('btn-send-otp'), entry = document.getElementById('otp-entry');
  yii.activeForm(form, [${attrJs('ApiOtpForm', 'otp', [vRequired('Enter OTP cannot be blank.'), vMatch('^[0-9]{6}$', 'OTP must be a 6 digit number.')])}], []);
  function sendOtp(e) {
    if (e) e.preventDefault();
    yii.button(sendBtn, 'loading');
    yii.ajax('POST', '/api-registration/send-otp', '_csrf=' + encodeURIComponent(yii.getCsrfToken())).then(function (r) {
      yii.button(sendBtn, 'reset');
      var j = r.json || {};
      if (j.success) {
        toastr.success(j.message);
        sendBtn.style.display = 'none';
        entry.style.display = '';
        document.getElementById('apiotpform-otp').focus();
      } else {
        toastr.error(j.message || 'Unable to send OTP. Please try again.');
      }
    }, function () { yii.button(sendBtn, 'reset'); });
  }
  sendBtn.addEventListener('click', sendOtp);
  document.getElementById('resend-otp').addEventListener('click', sendOtp);
  form.addEventListener('beforeSubmit', function (e) {
    e.preventDefault();
    var btn = form.querySelector('button[type=submit]');
    btn.disabled = true;
    yii.ajax('POST', form.getAttribute('action'), yii.serialize(form)).then(function (r) {
      btn.disabled = false;
      var j = r.json || {};
      if (j.success) {
        toastr.success(j.message);
        yii.pjaxReload('pjax-api-user');
      } else {
        Swal.fire({ icon: 'error', title: j.title || 'Invalid OTP', text: j.message, confirmButtonText: 'OK' });
      }
    }, function () { btn.disabled = false; });
  });
})();
</script>`;
  }
  function allRegs(): Reg[] {
    return [...seeded, ...state.users];
  }
  function gridHtml(): string {
    const rows = allRegs().filter((r) => r.gstin === state.gstin);
    const body = rows.length
      ? rows
          .map(
            (r, i) =>
              `<tr data-key="${i}"><td>${i + 1}</td><td>${esc(r.gsp)}</td><td>${esc(r.username)}</td><td>${esc(r.createdOn)}</td><td><span class="label label-success">Active</span></td></tr>`,
          )
          .join('\n')
      : '<tr><td colspan="5"><div class="empty">No results found.</div></td></tr>';
    return `<div class="box box-info">
<div class="box-header with-border"><h3 class="box-title">GSPs registered for GSTIN ${esc(state.gstin)}</h3></div>
<div class="box-body">
<div id="w1" class="grid-view">
<div class="summary">Showing <b>1-${rows.length}</b> of <b>${rows.length}</b> ${rows.length === 1 ? 'item' : 'items'}.</div>
<table class="table table-striped table-bordered"><thead>
<tr><th>Sl. No.</th><th>GSP Name</th><th>API User Name</th><th>Registered On</th><th>Status</th></tr>
</thead>
<tbody>
${body}
</tbody></table>
</div>
</div>
</div>`;
  }
  function formFragment(ctx: Ctx): string {
    const radios = [
      ['D', 'Directly'],
      ['G', 'Through GSP'],
      ['E', 'Through ERP'],
      ['O', 'Through Client-Id of other'],
    ]
      .map(
        ([v, l]) =>
          `<label class="radio-inline"><input type="radio" name="ApiUserForm[regType]" value="${v}"> ${l}</label>`,
      )
      .join('\n');
    const regType = `<input type="hidden" name="ApiUserForm[regType]" value=""><div id="apiuserform-regtype" role="radiogroup" aria-required="true">
${radios}
</div>`;
    const gspSelect = `<select id="apiuserform-gsp" class="form-control selectpicker" name="ApiUserForm[gsp]" data-live-search="true" aria-required="true">
<option value="">-- Select GSP --</option>
${GSPS.map((g) => `<option value="${g.id}">${esc(g.name)}</option>`).join('\n')}
</select>`;
    const userInput = `<div class="input-group"><span class="input-group-addon">API_</span><input type="text" id="apiuserform-username" class="form-control" name="ApiUserForm[username]" autocomplete="off" aria-required="true"></div>`;
    const js = [
      attrJs('ApiUserForm', 'regType', [vRequired('Please select how you wish to register your GSTIN.')]),
      attrJs('ApiUserForm', 'gsp', [`if (regType() === 'G') { ${vRequired('Please select your GSP.')} }`]),
      attrJs('ApiUserForm', 'username', [
        vRequired('User Name cannot be blank.'),
        vMatch(USERNAME_RE, 'User Name can contain only letters and digits.'),
        vString(4, 11, 'User Name'),
      ]),
      attrJs('ApiUserForm', 'password', [
        vRequired('Password cannot be blank.'),
        vMatch(PASSWORD_RE, PASSWORD_MSG),
      ]),
      attrJs('ApiUserForm', 'confirmPassword', [
        vRequired('Re-enter Password cannot be blank.'),
        `yii.validation.compare(value, messages, {"operator":"==","type":"string","compareAttribute":"apiuserform-password","skipOnEmpty":1,"message":${JSON.stringify('Re-enter Password must be equal to "Password".')}});`,
      ]),
    ].join(',');
    return `<form id="api-user-form" action="/api-registration/save-api-user" method="post">
<input type="hidden" name="_csrf" value="${ctx.masked}">
<div class="box-body">
<p class="text-muted">OTP verified. Create the API user for GSTIN <b>${esc(state.gstin)}</b>.</p>
<div class="row"><div class="col-md-7">
${field({ model: 'ApiUserForm', attr: 'regType', label: 'Do you wish to Register your GSTIN for', input: regType })}
<div class="callout callout-warning" id="direct-note" style="display: none;"><p>Direct API access (own Client ID and Client Secret) is available only to taxpayers whose aggregate annual turnover exceeds the notified limit.</p></div>
${field({ model: 'ApiUserForm', attr: 'gsp', label: 'Select your GSP', input: gspSelect, style: 'display: none;' })}
${field({ model: 'ApiUserForm', attr: 'username', label: 'User Name', input: userInput, hint: 'Type 4 to 11 letters or digits; the prefix API_ is added automatically.' })}
${field({ model: 'ApiUserForm', attr: 'password', label: 'Password', type: 'password', attrs: ' autocomplete="new-password"', hint: ' 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.' })}
${field({ model: 'ApiUserForm', attr: 'confirmPassword', label: 'Re-enter Password', type: 'password', attrs: ' autocomplete="new-password"' })}
</div></div>
</div>
<div class="box-footer">
<button type="submit" class="btn btn-primary">Submit</button>
<a class="btn btn-danger" href="/dashboard/index">Exit</a>
</div>
</form>
${gridHtml()}
<script>
(function () {
  var form = document.getElementById('api-user-form');
  var gsp = document.getElementById('apiuserform-gsp');
  var gspField = form.querySelector('.field-apiuserform-gsp'), note = document.getElementById('direct-note');
  function regType() { var r = form.querySelector('input[name="ApiUserForm[regType]"]:checked'); return r ? r.value : ''; }
  yii.iCheck(form);
  yii.selectpicker(gsp);
  form.addEventListener('ifChecked', function () {
    var t = regType();
    var showGsp = t === 'G';
    if (showGsp && gspField.style.display === 'none') yii.slide(gspField, true);
    if (!showGsp && gspField.style.display !== 'none') yii.slide(gspField, false);
    note.style.display = t === 'D' ? '' : 'none';
  });
  yii.activeForm(form, [${js}], []);
  form.addEventListener('beforeSubmit', function (e) {
    e.preventDefault();
    var t = regType();
    var gspName = gsp.selectedIndex > 0 ? gsp.options[gsp.selectedIndex].text : '';
    var uname = 'API_' + document.getElementById('apiuserform-username').value.trim();
    var mode = { D: 'directly', G: 'through <b>' + gspName.replace(/&/g, '&amp;').replace(/</g, '&lt;') + '</b>', E: 'through your ERP', O: 'through the Client-Id of another GSTIN' }[t];
    var body = yii.serialize(form);
    Swal.fire({
      icon: 'warning',
      title: 'Are you sure?',
      html: 'Do you want to register GSTIN <b>${esc(state.gstin)}</b> for API access ' + mode + ' with user name <b>' + uname.replace(/</g, '&lt;') + '</b>?',
      showCancelButton: true,
      confirmButtonText: 'Yes, Submit',
      cancelButtonText: 'Cancel',
      showLoaderOnConfirm: true,
      allowOutsideClick: function () { return !Swal.isLoading(); },
      preConfirm: function () { return yii.ajax('POST', form.getAttribute('action'), body).then(function (r) { return r.json || {}; }); }
    }).then(function (res) {
      if (!res.isConfirmed || !res.value) return;
      var j = res.value;
      if (j.success) {
        Swal.fire({ icon: 'success', title: j.title, html: j.message, confirmButtonText: 'OK' });
        yii.pjaxReload('pjax-api-user');
      } else if (j.errors) {
        yii.activeForm.updateMessages(form, j.errors);
        toastr.error(j.message || 'Please correct the errors in the form.');
      } else {
        Swal.fire({ icon: 'error', title: j.title || 'Error', html: j.message, confirmButtonText: 'OK' });
      }
    });
  });
})();
</script>`;
  }
  function apiUserPage(ctx: Ctx): string {
    const inner = ctx.sess?.apiOtpVerified ? formFragment(ctx) : otpFragment(ctx);
    return adminPage(ctx, {
      title: 'Create API User',
      small: 'API Registration',
      active: '/api-registration/create-api-user',
      crumbs: ['API Registration', 'User Credentials', 'Create API User'],
      body: `<div class="row"><div class="col-md-10">
<div class="box box-primary">
<div class="box-header with-border"><h3 class="box-title">API Registration</h3></div>
<div id="pjax-api-user" data-pjax-container="" data-pjax-push-state="false" data-pjax-timeout="10000">
${inner}
</div>
</div>
</div></div>`,
    });
  }
  function genericPage(ctx: Ctx, item: MenuItem): string {
    return adminPage(ctx, {
      title: item.label,
      active: item.url ?? '',
      crumbs: [item.label],
      body: `<div class="box box-primary"><div class="box-header with-border"><h3 class="box-title">${esc(item.label)}</h3></div><div class="box-body"><p>This service is temporarily unavailable. Please try again later.</p></div></div>`,
    });
  }

  // ---------------- actions ----------------
  function expireStage(ctx: Ctx, stage: Yii2R21Expiry): boolean {
    if (expireOnce !== stage) return false;
    expireOnce = undefined;
    destroySession(ctx);
    state.expired.push(stage);
    loginRequired(ctx);
    return true;
  }
  async function postLogin(ctx: Ctx): Promise<void> {
    const body = await readBody(ctx.req);
    if (!validCsrf(ctx, body)) return badRequest(ctx);
    const username = param(body, 'LoginForm[username]').trim();
    const password = param(body, 'LoginForm[password]');
    const code = param(body, 'LoginForm[verifyCode]').trim();
    const errors: Partial<Record<'username' | 'password' | 'verifyCode', string>> = {};
    if (!username) errors.username = 'Username cannot be blank.';
    if (!password) errors.password = 'Password cannot be blank.';
    if (!code) errors.verifyCode = 'Verification Code cannot be blank.';
    else if (code.toLowerCase() !== state.captcha.toLowerCase()) {
      errors.verifyCode = 'The verification code is incorrect.';
      state.refusals.push('captcha');
    }
    if (!Object.keys(errors).length) {
      if (username !== YII2_R21_LOGIN.username || password !== YII2_R21_LOGIN.password) {
        errors.password = 'Incorrect username or password.';
        state.refusals.push('login');
      }
    }
    if (Object.keys(errors).length) {
      html(ctx, loginPage(ctx, { username, errors }));
      return;
    }
    const s = ctx.sess ?? newSession(ctx);
    s.pending = true;
    s.user = false;
    s.flashes.push({
      type: 'info',
      msg: `An OTP has been sent to your registered mobile number ${MOBILE}.`,
    });
    redirect(ctx, '/site/verify-otp');
  }
  async function postVerifyOtp(ctx: Ctx): Promise<void> {
    const body = await readBody(ctx.req);
    if (!ctx.sess?.pending) return loginRequired(ctx);
    if (!validCsrf(ctx, body)) return badRequest(ctx);
    const otp = param(body, 'OtpForm[otp]').trim();
    if (!otp) {
      html(ctx, otpPage(ctx, 'Enter OTP cannot be blank.'));
      return;
    }
    if (otp !== state.loginOtp) {
      state.refusals.push('login-otp');
      html(ctx, otpPage(ctx, 'Invalid OTP. Please enter the correct OTP.'));
      return;
    }
    // Yii2 regenerates the session id on login.
    const old = ctx.sess;
    sessions.delete(old.id);
    const s = newSession(ctx);
    s.user = true;
    s.showPopup = true;
    s.lastLogin = fmtDate(new Date(Date.now() - 26 * 3600 * 1000));
    redirect(ctx, '/dashboard/index');
  }
  async function postSendApiOtp(ctx: Ctx): Promise<void> {
    const body = await readBody(ctx.req);
    if (expireStage(ctx, 'api-otp-send')) return;
    if (!ctx.sess?.user) return loginRequired(ctx);
    if (!validCsrf(ctx, body)) return badRequest(ctx);
    ctx.sess.apiOtpSent = true;
    ctx.sess.apiOtpVerified = false;
    json(ctx, {
      success: true,
      message: `OTP has been sent to your registered mobile number ${MOBILE}.`,
    });
  }
  async function postVerifyApiOtp(ctx: Ctx): Promise<void> {
    const body = await readBody(ctx.req);
    if (expireStage(ctx, 'api-otp-verify')) return;
    if (!ctx.sess?.user) return loginRequired(ctx);
    if (!validCsrf(ctx, body)) return badRequest(ctx);
    if (!ctx.sess.apiOtpSent) {
      json(ctx, { success: false, title: 'OTP not sent', message: 'Please click Send OTP first.' });
      return;
    }
    const otp = param(body, 'ApiOtpForm[otp]').trim();
    if (otp !== state.apiOtp) {
      state.refusals.push('api-otp');
      json(ctx, {
        success: false,
        title: 'Invalid OTP',
        message:
          'The OTP you have entered is invalid. Please enter the correct OTP sent to your registered mobile number.',
      });
      return;
    }
    ctx.sess.apiOtpVerified = true;
    json(ctx, { success: true, message: 'OTP verified successfully.' });
  }
  async function postSaveApiUser(ctx: Ctx): Promise<void> {
    const body = await readBody(ctx.req);
    if (expireStage(ctx, 'submit')) return;
    if (!ctx.sess?.user) return loginRequired(ctx);
    if (!validCsrf(ctx, body)) return badRequest(ctx);
    if (!ctx.sess.apiOtpVerified) {
      json(ctx, {
        success: false,
        title: 'OTP Verification Required',
        message: 'Please verify the OTP sent to your registered mobile number first.',
      });
      return;
    }
    const type = param(body, 'ApiUserForm[regType]');
    const gspId = param(body, 'ApiUserForm[gsp]');
    const uname = param(body, 'ApiUserForm[username]').trim();
    const pw = param(body, 'ApiUserForm[password]');
    const pw2 = param(body, 'ApiUserForm[confirmPassword]');
    const gsp = GSPS.find((g) => String(g.id) === gspId);
    const errors: Record<string, string[]> = {};
    const add = (attr: string, msg: string): void => {
      const k = inputId('ApiUserForm', attr);
      if (!errors[k]) errors[k] = [msg];
    };
    if (!['D', 'G', 'E', 'O'].includes(type))
      add('regType', 'Please select how you wish to register your GSTIN.');
    if (type === 'G' && !gsp) add('gsp', 'Please select your GSP.');
    if (!uname) add('username', 'User Name cannot be blank.');
    else if (!new RegExp(USERNAME_RE).test(uname))
      add('username', 'User Name can contain only letters and digits.');
    else if (uname.length < 4) add('username', 'User Name should contain at least 4 characters.');
    else if (uname.length > 11) add('username', 'User Name should contain at most 11 characters.');
    if (!pw) add('password', 'Password cannot be blank.');
    else if (!new RegExp(PASSWORD_RE).test(pw)) add('password', PASSWORD_MSG);
    if (!pw2) add('confirmPassword', 'Re-enter Password cannot be blank.');
    else if (pw2 !== pw) add('confirmPassword', 'Re-enter Password must be equal to "Password".');
    if (Object.keys(errors).length) {
      json(ctx, { success: false, errors, message: 'Please correct the errors in the form.' });
      return;
    }
    if (type !== 'G' || !gsp) {
      const why: Record<string, string> = {
        D: 'Direct API access is allowed only to taxpayers whose aggregate annual turnover exceeds the notified limit. Please register through a GSP.',
        E: 'No ERP has been approved for API access for your GSTIN. Please register through a GSP.',
        O: 'No other GSTIN has shared its Client-Id with your GSTIN. Please register through a GSP.',
      };
      json(ctx, { success: false, title: 'Not Eligible', message: why[type] ?? '' });
      return;
    }
    const full = `API_${uname}`;
    if (allRegs().some((r) => r.gstin === state.gstin && r.gsp === gsp.name)) {
      state.refusals.push('duplicate');
      json(ctx, {
        success: false,
        title: 'Already Registered',
        message: `GSTIN <b>${esc(state.gstin)}</b> is already registered for API access through <b>${esc(gsp.name)}</b>. Only one API user can be created per GSP.`,
      });
      return;
    }
    if (allRegs().some((r) => r.username.toLowerCase() === full.toLowerCase())) {
      state.refusals.push('username-taken');
      json(ctx, {
        success: false,
        errors: { 'apiuserform-username': [`User Name "${full}" has already been taken.`] },
        message: `User Name "${full}" has already been taken. Please choose another user name.`,
      });
      return;
    }
    const createdOn = fmtDate(new Date());
    state.users.push({ gstin: state.gstin, gsp: gsp.name, username: full, password: pw, createdOn });
    json(ctx, {
      success: true,
      title: 'API User Created',
      message: `API user <b>${esc(full)}</b> has been created for GSTIN <b>${esc(state.gstin)}</b> through <b>${esc(gsp.name)}</b>. Please note the user name and password; you will need them for the Authentication API.`,
    });
  }

  // ---------------- router ----------------
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const cookies = parseCookies(req.headers.cookie);
    const pjaxHeader = req.headers['x-pjax-container'];
    const ctx: Ctx = {
      req,
      res,
      url,
      method: req.method ?? 'GET',
      cookies,
      setCookies: [],
      ajax: req.headers['x-requested-with'] === 'XMLHttpRequest',
      pjax: req.headers['x-pjax'] === 'true' && typeof pjaxHeader === 'string' ? pjaxHeader : '',
      csrf: '',
      masked: '',
    };
    const ck = cookies._csrf;
    if (ck && /^[A-Za-z0-9_-]{32}$/.test(ck)) ctx.csrf = ck;
    else {
      ctx.csrf = randomBytes(24).toString('base64url');
      ctx.cookies._csrf = '';
      ctx.setCookies.push(`_csrf=${ctx.csrf}; path=/; HttpOnly; SameSite=Lax`);
    }
    ctx.masked = maskToken(ctx.csrf);
    const sid = cookies.PHPSESSID;
    if (sid) {
      const s = sessions.get(sid);
      if (s && Date.now() - s.touched <= IDLE_LIMIT_MS) {
        s.touched = Date.now();
        ctx.sess = s;
      } else if (s) sessions.delete(sid);
    }
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '/';
    const route = `${ctx.method} ${path}`;

    if (route === `GET ${ASSET_CSS}`) return send(ctx, 200, 'text/css; charset=UTF-8', CSS_ALL);
    if (route === `GET ${ASSET_JS}`) return send(ctx, 200, 'application/javascript; charset=UTF-8', JS);
    if (route === 'GET /favicon.ico') return send(ctx, 404, 'text/plain', '');

    switch (route) {
      case 'GET /':
        if (ctx.sess?.user) return redirect(ctx, '/dashboard/index');
        return html(ctx, homePage(ctx));
      case 'GET /site/help':
      case 'GET /site/contact': {
        const t = path.endsWith('help') ? 'Help' : 'Contact Us';
        return html(
          ctx,
          publicPage(
            ctx,
            t,
            [t],
            `<h1>${t}</h1><p>For assistance, raise a ticket on the GST self-service portal or write to the e-Invoice helpdesk. Working hours: 09:00 to 18:00, Monday to Saturday.</p>`,
            '',
            path,
          ),
        );
      }
      case 'GET /site/login':
        if (ctx.sess?.user) return redirect(ctx, '/dashboard/index');
        if (ctx.sess) ctx.sess.pending = false;
        return html(ctx, loginPage(ctx));
      case 'POST /site/login':
        return postLogin(ctx);
      case 'GET /site/captcha':
        if (url.searchParams.get('refresh')) {
          const v = randomBytes(6).toString('hex');
          return json(ctx, { hash1: 0, hash2: 0, url: `/site/captcha?v=${v}` });
        }
        return send(ctx, 200, 'image/svg+xml', captchaSvg(state.captcha));
      case 'GET /site/verify-otp':
        if (!ctx.sess?.pending) return loginRequired(ctx);
        return html(ctx, otpPage(ctx));
      case 'POST /site/verify-otp':
        return postVerifyOtp(ctx);
      case 'POST /site/resend-otp': {
        const body = await readBody(req);
        if (!ctx.sess?.pending) return loginRequired(ctx);
        if (!validCsrf(ctx, body)) return badRequest(ctx);
        ctx.sess.flashes.push({
          type: 'success',
          msg: `A new OTP has been sent to your registered mobile number ${MOBILE}.`,
        });
        return redirect(ctx, '/site/verify-otp');
      }
      case 'POST /site/logout': {
        await readBody(req);
        destroySession(ctx);
        return redirect(ctx, '/');
      }
      case 'GET /dashboard/index': {
        if (!ctx.sess?.user) return loginRequired(ctx);
        const popup = ctx.sess.showPopup;
        ctx.sess.showPopup = false;
        return html(ctx, dashboardPage(ctx, popup));
      }
      case 'POST /dashboard/update-contact': {
        const body = await readBody(req);
        if (!ctx.sess?.user) return loginRequired(ctx);
        if (!validCsrf(ctx, body)) return badRequest(ctx);
        return json(ctx, {
          success: true,
          message: 'Technical contact details updated successfully.',
        });
      }
      case 'GET /api-registration/create-api-user':
        if (!ctx.sess?.user) return loginRequired(ctx);
        if (ctx.pjax === '#pjax-api-user') {
          return html(ctx, ctx.sess.apiOtpVerified ? formFragment(ctx) : otpFragment(ctx));
        }
        ctx.sess.apiOtpSent = false;
        ctx.sess.apiOtpVerified = false;
        return html(ctx, apiUserPage(ctx));
      case 'POST /api-registration/send-otp':
        return postSendApiOtp(ctx);
      case 'POST /api-registration/verify-otp':
        return postVerifyApiOtp(ctx);
      case 'POST /api-registration/save-api-user':
        return postSaveApiUser(ctx);
    }
    const leaf = ctx.method === 'GET' ? LEAVES.find((l) => l.url === path) : undefined;
    if (leaf) {
      if (!ctx.sess?.user) return loginRequired(ctx);
      return html(ctx, genericPage(ctx, leaf));
    }
    if (ctx.ajax)
      return json(ctx, { name: 'Not Found', message: 'Page not found.', code: 0, status: 404 }, 404);
    return html(ctx, errorPage(ctx, 'Not Found (#404)', 'Page not found.'), 404);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=UTF-8' });
        res.end(`Internal Server Error: ${String(err)}`);
      } else res.end();
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
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
