/**
 * Rendition r7-fomantic: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a server-rendered PHP/Laravel site styled
 * with Fomantic-UI and driven by a small jQuery-like script would draw it. Every page comes from the
 * server (Blade-style layout, `laravel_session` + `XSRF-TOKEN` cookies, a `_token` in each form and a
 * `meta[name=csrf-token]` for AJAX); the client script (served as /js/app.js, written here, no library
 * code) reproduces Fomantic's DOM and behaviour: `div.ui.dimmer.modals.page` holding `div.ui.modal`s
 * that animate in and stay in the DOM with `transition hidden` once closed, `div.ui.button` divs with
 * click handlers, radio checkboxes whose real input is `input.hidden`, a search selection dropdown
 * with a hidden input, an accordion vertical menu, inline `pointing red basic label` prompts, error /
 * negative / positive messages, and toasts in `div.ui.toast-container` that vanish after 4 seconds.
 * Every line of markup, style and script is written here.
 *
 * Choices made where the docs say "unknown" (all plausible for this stack, none taken from the bot):
 * - Login: the header's "Login" div-button opens a Fomantic login modal on the home page (`/login`
 *   opens it on load). The form posts normally to POST /login; failures redirect back with the modal
 *   open and a `div.ui.error.message` ("Invalid Captcha..." / "Invalid Login Credentials...").
 * - Captcha: an SVG from /captcha/default?<rand>, with a refresh icon. Password is posted in clear.
 * - 2FA: its own page /login/verify-otp with six one-digit boxes (`otp[]`, maxlength 1, auto-advance,
 *   paste spreads the digits), a "Verify OTP" div-button, a "Resend OTP" link; a wrong OTP re-renders
 *   it with a `div.ui.negative.message`.
 * - Dashboard /dashboard, heading "Dash Board"; the "Contacts of Technical Person" modal (not closable
 *   by the dimmer) opens on the first dashboard visit of a session, closed by "Exit", "Save" or the ×.
 * - Menu: a Fomantic accordion vertical menu; "API Registration" holds a nested "User Credentials"
 *   accordion (Create API User, Change API Password, Freeze API User) and the "IP Whitelisting" leaf.
 *   Create API User is /api-registration/create-api-user.
 * - API OTP: opening the page sends the OTP by AJAX at once (toast + message "OTP has been sent...");
 *   "Verify OTP" stays disabled until the send succeeds; "Resend OTP" after 30 s. A wrong OTP is a
 *   Laravel 422 shown as an inline prompt under "Enter OTP" plus an error toast.
 * - Registration form /api-registration/create-api-user/details: radio checkboxes under "Do you wish
 *   to Register your GSTIN for" (none chosen at first; the fields appear once one is picked), "Select
 *   your GSP" search selection dropdown, "Username" as a labeled input with the "API_" label (4 to 16
 *   letters or digits), "Password" / "Re-enter Password" (8 to 15 characters with upper, lower, digit
 *   and special character), "Submit" then a mini confirm modal (No / Yes), "Exit".
 * - Success: a `div.ui.positive.message` above the form, a success toast, and a new row in the
 *   "Registered GSPs" table. Duplicate GSP: an "Alert" modal. Username taken: inline prompt on
 *   Username plus the form's error message. Other modes than "Through GSP" are refused in a modal.
 * - Expiry: the AJAX call of that stage answers 419 {"message":"CSRF token mismatch."}; the page shows a
 *   "Session Expired" modal whose OK (or a 5 s timer) goes to /login?expired=1, where the login modal
 *   opens with a warning message. The session is deleted. An unauthenticated page request redirects
 *   to /login.
 * - No account lockout is drawn.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a session may be made to expire once: the first AJAX call of that stage answers 419. */
export type R7FomanticExpiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface R7FomanticOptions {
  expireOnce?: R7FomanticExpiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
  /** Whether the technical-contact modal opens on the first dashboard visit of a session (default true). */
  techContact?: boolean;
}

export interface R7FomanticUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

export interface R7FomanticState {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: R7FomanticUser[];
  /**
   * What the portal refused, in order: 'login', 'captcha', 'login-otp', 'api-otp', 'duplicate'
   * (GSTIN already registered with that GSP), 'username-taken'.
   */
  refusals: string[];
  /** Stages at which the session expired. */
  expired: string[];
}

export interface R7FomanticRendition {
  url: string;
  close(): Promise<void>;
  state: R7FomanticState;
}

const LOGIN = { username: 'mhtaxpayer01', password: 'Fomantic@2025' };
const MOBILE = 'XXXXXX7315';
const TRADE_NAME = 'SHREE GANESH TRADERS';
const CREATE_PATH = '/api-registration/create-api-user';
const DETAILS_PATH = '/api-registration/create-api-user/details';

const GSPS: { id: string; name: string }[] = [
  { id: '101', name: 'Adaequare Info Private Limited' },
  { id: '102', name: 'Alankit Limited' },
  { id: '103', name: 'BVM IT Consulting Services India Private Limited' },
  { id: '104', name: 'Chartered Information Systems Private Limited' },
  { id: '105', name: 'Cygnet Infotech Private Ltd' },
  { id: '106', name: 'DEFMACRO SOFTWARE PRIVATE LIMITED' },
  { id: '107', name: 'Ernst & Young LLP' },
  { id: '108', name: 'IRIS BUSINESS SERVICES LIMITED' },
  { id: '109', name: 'Karvy Data Management Services Limited' },
  { id: '110', name: 'Masters India Private Limited' },
  { id: '111', name: 'Reliance Corporate IT Park Limited' },
  { id: '112', name: 'Spice Digital Limited' },
  { id: '113', name: 'Tally ( India) Private Ltd' },
  { id: '114', name: 'Tata Consultancy Services Limited' },
  { id: '115', name: 'Tera Software Limited' },
  { id: '116', name: 'Vay Network Services Pvt. Ltd.' },
  { id: '117', name: 'Webtel Electrosoft Private Limited' },
  { id: '118', name: 'Wipro Limited' },
  { id: '119', name: 'Zen Tax Consultancy Services LLP' },
];

interface MenuLeaf {
  label: string;
  href: string;
  icon?: string;
}
interface MenuGroup {
  label: string;
  icon?: string;
  children: MenuNode[];
}
type MenuNode = MenuLeaf | MenuGroup;

const MENU: MenuNode[] = [
  { label: 'Dash Board', href: '/dashboard', icon: 'home' },
  {
    label: 'e-Invoice',
    icon: 'file',
    children: [
      { label: 'Generate', href: '/e-invoice/generate' },
      { label: 'Bulk Upload', href: '/e-invoice/bulk-upload' },
      { label: 'Cancel', href: '/e-invoice/cancel' },
      { label: 'Print', href: '/e-invoice/print' },
    ],
  },
  {
    label: 'e-Way Bill',
    icon: 'truck',
    children: [
      { label: 'Generate by IRN', href: '/e-way-bill/generate-by-irn' },
      { label: 'Cancel EWB', href: '/e-way-bill/cancel' },
    ],
  },
  {
    label: 'MIS Reports',
    icon: 'chart',
    children: [
      { label: 'IRN Generated Report', href: '/mis-reports/irn-generated' },
      { label: 'IRN Cancelled Report', href: '/mis-reports/irn-cancelled' },
      { label: 'Summary Report', href: '/mis-reports/summary' },
    ],
  },
  {
    label: 'API Registration',
    icon: 'plug',
    children: [
      {
        label: 'User Credentials',
        children: [
          { label: 'Create API User', href: CREATE_PATH },
          { label: 'Change API Password', href: '/api-registration/change-api-password' },
          { label: 'Freeze API User', href: '/api-registration/freeze-api-user' },
        ],
      },
      { label: 'IP Whitelisting', href: '/api-registration/ip-whitelisting' },
    ],
  },
  {
    label: 'User Management',
    icon: 'users',
    children: [
      { label: 'Create Sub-User', href: '/user-management/create-sub-user' },
      { label: 'Update Sub-User', href: '/user-management/update-sub-user' },
      { label: 'Freeze Sub-User', href: '/user-management/freeze-sub-user' },
    ],
  },
  { label: 'Help', href: '/help', icon: 'help' },
];

function isGroup(node: MenuNode): node is MenuGroup {
  return 'children' in node;
}

function leaves(nodes: MenuNode[]): MenuLeaf[] {
  return nodes.flatMap((n) => (isGroup(n) ? leaves(n.children) : [n]));
}

function contains(node: MenuNode, href: string): boolean {
  return isGroup(node) ? node.children.some((c) => contains(c, href)) : node.href === href;
}

/* ------------------------------------------------------------------------------------------------
 * The stylesheet (/css/app.css): a Fomantic-UI look, written by hand for the classes used here.
 * ---------------------------------------------------------------------------------------------- */
const APP_CSS = `
*,*:before,*:after{box-sizing:inherit}
html{box-sizing:border-box;font-size:14px;line-height:1.15}
body{margin:0;padding:0;min-height:100%;background:#f4f6f9;font-family:Lato,'Helvetica Neue',Arial,Helvetica,sans-serif;font-size:14px;line-height:1.4285em;color:rgba(0,0,0,.87)}
body.dimmed.dimmable{overflow:hidden}
a{color:#4183c4;text-decoration:none;cursor:pointer}
a:hover{color:#1e70bf}
h1,h2,h3,h4,h5{font-family:Lato,'Helvetica Neue',Arial,Helvetica,sans-serif;line-height:1.28571429em;margin:calc(2rem - .14285714em) 0 1rem;font-weight:700;padding:0}
p{margin:0 0 1em}
i.icon{display:inline-block;opacity:1;margin:0 .25rem 0 0;width:1.18em;height:1em;font-style:normal;font-weight:400;text-decoration:inherit;text-align:center;speak:none;backface-visibility:hidden}
i.icon:before{background:0 0!important}
i.home.icon:before{content:'\\2302'}i.file.icon:before{content:'\\1F5CE'}i.truck.icon:before{content:'\\26DF'}
i.chart.icon:before{content:'\\1F4CA'}i.plug.icon:before{content:'\\2301'}i.users.icon:before{content:'\\263A'}
i.help.icon:before{content:'?'}i.user.icon:before{content:'\\263A'}i.lock.icon:before{content:'\\1F512'}
i.sync.icon:before{content:'\\21BB'}i.close.icon:before{content:'\\2715'}i.dropdown.icon:before{content:'\\25BE'}
i.check.icon:before{content:'\\2714'}i.warning.icon:before{content:'\\26A0'}i.info.icon:before{content:'\\2139'}
i.mobile.icon:before{content:'\\1F4F1'}i.sign-out.icon:before{content:'\\21E5'}i.shield.icon:before{content:'\\26E8'}
.ui.container{display:block;max-width:100%!important;margin-left:auto;margin-right:auto}
@media only screen and (min-width:1200px){.ui.container{width:1127px}}
.ui.fluid.container{width:100%}
.ui.menu{display:flex;margin:1rem 0;font-family:Lato,'Helvetica Neue',Arial,Helvetica,sans-serif;background:#fff;font-weight:400;border:1px solid rgba(34,36,38,.15);box-shadow:0 1px 2px 0 rgba(34,36,38,.15);border-radius:.28571429rem;min-height:2.85714286em}
.ui.menu .item{position:relative;vertical-align:middle;line-height:1;text-decoration:none;flex:0 0 auto;user-select:none;background:0 0;padding:.92857143em 1.14285714em;text-transform:none;color:rgba(0,0,0,.87);font-weight:400;transition:background .1s ease,box-shadow .1s ease,color .1s ease}
.ui.menu>.item,.ui.menu .menu>.item{display:flex;align-items:center}
.ui.menu .header.item{font-weight:700;font-size:1.1em}
.ui.menu .right.menu{display:flex;margin-left:auto!important}
.ui.menu a.item:hover,.ui.link.menu .item:hover{cursor:pointer;background:rgba(0,0,0,.03);color:rgba(0,0,0,.95)}
.ui.menu .active.item{background:rgba(0,0,0,.05);color:rgba(0,0,0,.95);font-weight:400}
.ui.fixed.menu{position:fixed;z-index:101;margin:0;width:100%}
.ui.top.fixed.menu{top:0;left:0;right:auto;bottom:auto;border-radius:0;border:none}
.ui.inverted.menu{border:0;background:#1b1c1d;box-shadow:none}
.ui.inverted.blue.menu{background:#1c4f8c}
.ui.inverted.menu .item,.ui.inverted.menu .item>a:not(.ui){background:0 0;color:rgba(255,255,255,.9)}
.ui.inverted.menu a.item:hover{background:rgba(255,255,255,.08);color:#fff}
.ui.inverted.menu .active.item{background:rgba(255,255,255,.15);color:#fff!important}
.ui.vertical.menu{display:block;flex-direction:column;background:#fff;box-shadow:0 1px 2px 0 rgba(34,36,38,.15);width:15rem}
.ui.vertical.menu .item{display:block;background:0 0;border-top:none;border-right:none}
.ui.vertical.menu>.item:before{position:absolute;content:'';top:0;left:0;width:100%;height:1px;background:rgba(34,36,38,.1)}
.ui.vertical.menu>.item:first-child:before{display:none}
.ui.vertical.menu .item>.menu{margin:.5em -1.14285714em 0}
.ui.vertical.menu .menu .item{background:0 0;padding:.5em 1.33333333em;font-size:.92857143em;color:rgba(0,0,0,.5)}
.ui.vertical.inverted.menu .menu .item{color:rgba(255,255,255,.6)}
.ui.vertical.inverted.menu .menu .item:hover,.ui.vertical.inverted.menu .menu a.item.active{color:#fff}
.ui.vertical.menu .item>i.icon{float:right;margin:0 0 0 .5em;width:1.18em}
.ui.fluid.vertical.menu{width:100%!important}
.ui.accordion .title:not(.ui){padding:.5em 0;font-size:1em;color:inherit;cursor:pointer;display:block}
.ui.accordion .title .dropdown.icon,.ui.accordion .accordion .title .dropdown.icon{display:inline-block;float:none;opacity:1;width:1.25em;height:1em;margin:0 .25rem 0 0;padding:0;font-size:1em;transition:transform .1s ease,opacity .1s ease;vertical-align:baseline;transform:none}
.ui.accordion .active.title .dropdown.icon,.ui.accordion .accordion .active.title .dropdown.icon{transform:rotate(90deg)}
.ui.accordion .title~.content:not(.ui),.ui.accordion .accordion .title~.content:not(.ui){display:none}
.ui.accordion:not(.styled) .title~.content:not(.ui){padding:.5em 0 .5em}
.ui.accordion .title~.content.active:not(.ui),.ui.accordion .title~.content.animating:not(.ui){display:block}
.ui.accordion .content.animating{overflow:hidden;transition:height .2s ease}
.ui.vertical.menu .item>.title{padding:0}
.ui.vertical.menu .item .item>.title{padding:.5em 1.33333333em;font-size:.92857143em}
.ui.segment{position:relative;background:#fff;box-shadow:0 1px 2px 0 rgba(34,36,38,.15);margin:1rem 0;padding:1em 1em;border-radius:.28571429rem;border:1px solid rgba(34,36,38,.15)}
.ui.segment:first-child{margin-top:0}
.ui.raised.segment,.ui.stacked.segment{box-shadow:0 2px 4px 0 rgba(34,36,38,.12),0 2px 10px 0 rgba(34,36,38,.15)}
.ui.segments{display:flex;flex-direction:column;position:relative;margin:1rem 0;border:1px solid rgba(34,36,38,.15);box-shadow:0 1px 2px 0 rgba(34,36,38,.15);border-radius:.28571429rem}
.ui.segments>.segment{top:0;bottom:0;border-radius:0;margin:0;width:auto;box-shadow:none;border:none;border-top:1px solid rgba(34,36,38,.15)}
.ui.segments>.segment:first-child{border-top:none}
.ui.secondary.segment{background:#f3f4f5;color:rgba(0,0,0,.6)}
.ui.placeholder.segment{display:flex;flex-direction:column;justify-content:center;align-items:stretch;min-height:14rem;background:#f9fafb;text-align:center}
.ui.header{border:none;margin:calc(2rem - .14285714em) 0 1rem;padding:0;font-family:Lato,'Helvetica Neue',Arial,Helvetica,sans-serif;font-weight:700;line-height:1.28571429em;text-transform:none;color:rgba(0,0,0,.87)}
.ui.header:first-child{margin-top:-.14285714em}
.ui.header .sub.header{display:block;font-weight:400;padding:0;margin:0;font-size:1rem;line-height:1.2em;color:rgba(0,0,0,.6)}
.ui.dividing.header{padding-bottom:.21428571rem;border-bottom:1px solid rgba(34,36,38,.15)}
h2.ui.header{font-size:1.71428571rem}h3.ui.header{font-size:1.28571429rem}h4.ui.header{font-size:1.07142857rem}
.ui.blue.header{color:#2185d0!important}
.ui.breadcrumb{line-height:1;display:inline-block;margin:0 0 1em;vertical-align:middle}
.ui.breadcrumb .divider{display:inline-block;opacity:.7;margin:0 .21428571rem;color:rgba(0,0,0,.4)}
.ui.breadcrumb .active.section{font-weight:700}
.ui.button{cursor:pointer;display:inline-block;min-height:1em;outline:0;border:none;vertical-align:baseline;background:#e0e1e2;color:rgba(0,0,0,.6);font-family:Lato,'Helvetica Neue',Arial,Helvetica,sans-serif;margin:0 .25em 0 0;padding:.78571429em 1.5em;text-transform:none;text-shadow:none;font-weight:700;line-height:1em;font-style:normal;text-align:center;text-decoration:none;border-radius:.28571429rem;user-select:none;transition:opacity .1s ease,background-color .1s ease,color .1s ease,box-shadow .1s ease}
.ui.button:hover{background-color:#cacbcd;color:rgba(0,0,0,.8)}
.ui.primary.button,.ui.blue.button{background-color:#2185d0;color:#fff}
.ui.primary.button:hover,.ui.blue.button:hover{background-color:#1678c2;color:#fff}
.ui.red.button,.ui.negative.button{background-color:#db2828;color:#fff}
.ui.red.button:hover,.ui.negative.button:hover{background-color:#d01919;color:#fff}
.ui.green.button,.ui.positive.button{background-color:#21ba45;color:#fff}
.ui.green.button:hover,.ui.positive.button:hover{background-color:#16ab39;color:#fff}
.ui.yellow.button{background-color:#fbbd08;color:#fff}
.ui.inverted.button{background:0 0;box-shadow:0 0 0 2px #fff inset;color:#fff}
.ui.fluid.button{display:block;width:100%}
.ui.large.button{font-size:1.14285714rem}
.ui.small.button{font-size:.92857143rem}
.ui.disabled.button,.ui.button.disabled{cursor:default;opacity:.45!important;background-image:none!important;box-shadow:none!important;pointer-events:none!important}
.ui.loading.button{position:relative;cursor:default;text-shadow:none!important;color:transparent!important;opacity:1;pointer-events:auto;transition:all 0s linear,opacity .1s ease}
.ui.loading.button:after{position:absolute;content:'';top:50%;left:50%;margin:-.64285714em 0 0 -.64285714em;width:1.28571429em;height:1.28571429em;animation:button-spin .6s linear;animation-iteration-count:infinite;border-radius:500rem;border-color:#fff transparent transparent;border-style:solid;border-width:.2em;box-shadow:0 0 0 1px transparent}
@keyframes button-spin{from{transform:rotate(0)}to{transform:rotate(360deg)}}
.ui.form{position:relative;max-width:100%}
.ui.form .field{clear:both;margin:0 0 1em}
.ui.form .field:last-child,.ui.form .fields:last-child .field{margin-bottom:0}
.ui.form .field>label,.ui.form .fields>label{display:block;margin:0 0 .28571429rem;color:rgba(0,0,0,.87);font-size:.92857143em;font-weight:700;text-transform:none}
.ui.form .required.field>label:after,.ui.form .required.fields>label:after{margin:-.2em 0 0 .2em;content:'*';color:#db2828}
.ui.form input:not([type]),.ui.form input[type=text],.ui.form input[type=password],.ui.form input[type=email],.ui.form input[type=tel]{font-family:Lato,'Helvetica Neue',Arial,Helvetica,sans-serif;margin:0;outline:0;line-height:1.21428571em;padding:.67857143em 1em;font-size:1em;background:#fff;border:1px solid rgba(34,36,38,.15);color:rgba(0,0,0,.87);border-radius:.28571429rem;box-shadow:0 0 0 0 transparent inset;transition:color .1s ease,border-color .1s ease;width:100%;vertical-align:top}
.ui.form input:focus{color:rgba(0,0,0,.95);border-color:#85b7d9;border-radius:.28571429rem;background:#fff;box-shadow:0 0 0 0 rgba(34,36,38,.35) inset}
.ui.form .fields{display:flex;flex-direction:row;margin:0 -.5em 1em}
.ui.form .fields>.field{flex:0 1 auto;padding-left:.5em;padding-right:.5em;margin:0}
.ui.form .fields>.field:first-child{border-left:none;box-shadow:none}
.ui.form .two.fields>.field{width:50%}.ui.form .six.fields>.field{width:16.666%}
.ui.form .inline.fields{margin:0 0 1em;align-items:center;flex-wrap:wrap}
.ui.form .inline.fields>label{display:inline-block;margin:0 1em 0 0;width:100%}
.ui.form .inline.fields .field{margin:0;padding:.5em 1em 0 0}
.ui.form .grouped.fields{display:block;margin:0 0 1em}
.ui.form .grouped.fields .field{display:block;margin:.5em 0;padding:0}
.ui.form .six.wide.field{width:37.5%!important}.ui.form .eight.wide.field{width:50%!important}
.ui.form .field .ui.input{width:100%}
.ui.form .field.error>label{color:#9f3a38}
.ui.form .field.error input:not([type]),.ui.form .field.error input[type=text],.ui.form .field.error input[type=password],.ui.form .fields.error .field input[type=text],.ui.form .field.error .ui.dropdown{background:#fff6f6;border-color:#e0b4b4;color:#9f3a38;}
.ui.form .fields.error .field .checkbox label,.ui.form .field.error .checkbox label{color:#9f3a38}
.ui.form .field .prompt.label{white-space:normal;background:#fff!important;border:1px solid #e0b4b4!important;color:#9f3a38!important}
.ui.form .inline.fields .field .prompt,.ui.form .inline.fields>.prompt.label{display:inline-block;margin-top:.5em}
.ui.form .hint{display:block;margin-top:.35em;color:rgba(0,0,0,.55);font-size:.9em}
.ui.form .error.message,.ui.form .warning.message,.ui.form .success.message{display:none}
.ui.form.error .error.message:not(:empty),.ui.form.warning .warning.message:not(:empty),.ui.form.success .success.message:not(:empty){display:block}
.ui.input{position:relative;font-weight:400;font-style:normal;display:inline-flex;color:rgba(0,0,0,.87)}
.ui.input>input{margin:0;max-width:100%;flex:1 0 auto;outline:0;font-family:Lato,'Helvetica Neue',Arial,Helvetica,sans-serif;padding:.67857143em 1em;background:#fff;border:1px solid rgba(34,36,38,.15);color:rgba(0,0,0,.87);border-radius:.28571429rem}
.ui.left.icon.input>input{padding-left:2.67142857em!important}
.ui.icon.input>i.icon{cursor:default;position:absolute;line-height:1;text-align:center;top:0;margin:0;height:100%;width:2.67142857em;opacity:.5;border-radius:0 .28571429rem .28571429rem 0;display:flex;align-items:center;justify-content:center}
.ui.left.icon.input>i.icon{right:auto;left:1px}
.ui.labeled.input>.label:not(.corner){padding-top:.78571429em;padding-bottom:.78571429em;margin:0;border-top-right-radius:0;border-bottom-right-radius:0;font-size:1em}
.ui.labeled.input>.label:not(.corner)+input{border-left-color:transparent;border-top-left-radius:0!important;border-bottom-left-radius:0!important}
.ui.form .fields.otp-boxes{justify-content:center}
.ui.form .fields.otp-boxes>.field{width:3.4em;padding:0 .25em}
.ui.form .fields.otp-boxes input[type=text]{text-align:center;font-size:1.4em;padding:.5em 0;letter-spacing:0}
.ui.label{display:inline-block;line-height:1;vertical-align:baseline;margin:0 .14285714em;background-color:#e8e8e8;background-image:none;padding:.5833em .833em;color:rgba(0,0,0,.6);text-transform:none;font-weight:700;border:0 solid transparent;border-radius:.28571429rem;transition:background .1s ease}
.ui.basic.label{background:#fff;border:1px solid rgba(34,36,38,.15);color:rgba(0,0,0,.87);box-shadow:none}
.ui.red.label{background-color:#db2828;border-color:#db2828;color:#fff}
.ui.basic.red.label{background:#fff;color:#db2828;border-color:#db2828}
.ui.green.label{background-color:#21ba45;color:#fff}
.ui.pointing.label{position:relative;margin-top:1em}
.ui.pointing.label:before{background-color:inherit;background-image:inherit;border-width:1px 0 0 1px;border-style:inherit;border-color:inherit;position:absolute;content:'';transform:rotate(45deg);background-image:none;z-index:2;width:.6666em;height:.6666em;transition:none;top:0;left:50%;margin:-.3333em 0 0 -.3333em}
.ui.form .field .prompt.label:before{left:1.5em}
.ui[class*='left pointing'].label:before{top:50%;left:0;margin:-.3333em 0 0 -.3333em;border-width:0 0 1px 1px}
.ui.message{position:relative;min-height:1em;margin:1em 0;background:#f8f8f9;padding:1em 1.5em;line-height:1.4285em;color:rgba(0,0,0,.87);transition:opacity .1s ease,color .1s ease,background .1s ease,box-shadow .1s ease;border-radius:.28571429rem;box-shadow:0 0 0 1px rgba(34,36,38,.22) inset,0 0 0 0 transparent}
.ui.message:first-child{margin-top:0}
.ui.message>.close.icon{cursor:pointer;position:absolute;margin:0;top:.78575em;right:.5em;opacity:.7;transition:opacity .1s ease}
.ui.message .header{display:block;font-family:Lato,'Helvetica Neue',Arial,Helvetica,sans-serif;font-weight:700;margin:-.14285714em 0 0 0}
.ui.message .header+p{margin-top:.25em}
.ui.message p:last-child{margin-bottom:0}
.ui.message .list:not(.ui){text-align:left;padding:0;opacity:.85;list-style-position:inside;margin:.5em 0 0}
.ui.message .list:not(.ui):first-child{margin-top:0}
.ui.positive.message,.ui.success.message{background-color:#fcfff5;color:#2c662d;box-shadow:0 0 0 1px #a3c293 inset,0 0 0 0 transparent}
.ui.negative.message,.ui.error.message{background-color:#fff6f6;color:#9f3a38;box-shadow:0 0 0 1px #e0b4b4 inset,0 0 0 0 transparent}
.ui.warning.message{background-color:#fffaf3;color:#573a08;box-shadow:0 0 0 1px #c9ba9b inset,0 0 0 0 transparent}
.ui.info.message{background-color:#f8ffff;color:#276f86;box-shadow:0 0 0 1px #a9d5de inset,0 0 0 0 transparent}
.ui.icon.message{display:flex;width:100%;align-items:center}
.ui.icon.message>i.icon:not(.close){display:block;flex:0 0 auto;width:auto;line-height:1;vertical-align:middle;font-size:2em;opacity:.8}
.ui.icon.message>.content{display:block;flex:1 1 auto;vertical-align:middle}
.ui.hidden.message,.ui.message.hidden{display:none}
.ui.checkbox{position:relative;display:inline-block;backface-visibility:hidden;outline:0;vertical-align:baseline;font-style:normal;min-height:17px;font-size:1rem;line-height:17px;min-width:17px}
.ui.checkbox input[type=checkbox],.ui.checkbox input[type=radio]{cursor:pointer;position:absolute;top:0;left:0;opacity:0!important;outline:0;z-index:3;width:17px;height:17px}
.ui.checkbox input.hidden{z-index:-1}
.ui.checkbox label{cursor:pointer;position:relative;display:block;padding-left:1.85714em;outline:0;font-size:1em;color:rgba(0,0,0,.87);transition:color .1s ease;user-select:none}
.ui.checkbox label:before{position:absolute;top:0;left:0;width:17px;height:17px;content:'';background:#fff;border-radius:.21428571rem;transition:border .1s ease,opacity .1s ease,transform .1s ease,box-shadow .1s ease;border:1px solid #d4d4d5}
.ui.radio.checkbox label:before{border-radius:500rem;transform:none;width:15px;height:15px;top:1px;left:0}
.ui.radio.checkbox label:after{position:absolute;content:'';top:1px;left:0;width:15px;height:15px;border-radius:500rem;transform:scale(.46666667);background-color:rgba(0,0,0,.87);opacity:0}
.ui.radio.checkbox.checked label:after{opacity:1}
.ui.checkbox.checked label:before{border-color:rgba(34,36,38,.35)}
.ui.dropdown{cursor:pointer;position:relative;display:inline-block;outline:0;text-align:left;transition:box-shadow .1s ease,width .1s ease;user-select:none}
.ui.dropdown .menu{cursor:auto;position:absolute;display:none;outline:0;top:100%;min-width:max-content;margin:0;padding:0;background:#fff;font-size:1em;text-shadow:none;text-align:left;box-shadow:0 2px 3px 0 rgba(34,36,38,.15);border:1px solid rgba(34,36,38,.15);border-radius:.28571429rem;transition:opacity .1s ease;z-index:11;will-change:transform,opacity}
.ui.dropdown .menu.visible,.ui.dropdown.visible>.menu{display:block}
.ui.dropdown .menu>.item{position:relative;cursor:pointer;display:block;border:none;height:auto;min-height:2.57142857rem;text-align:left;border-top:none;line-height:1em;font-size:1rem;color:rgba(0,0,0,.87);padding:.78571429rem 1.14285714rem!important;text-transform:none;font-weight:400;box-shadow:none}
.ui.dropdown .menu>.item:hover{background:rgba(0,0,0,.05);color:rgba(0,0,0,.95);z-index:13}
.ui.dropdown .menu .selected.item{background:rgba(0,0,0,.05);color:rgba(0,0,0,.95)}
.ui.dropdown .menu .active.item{background:0 0;font-weight:700;color:rgba(0,0,0,.95);box-shadow:none;z-index:12}
.ui.dropdown .menu>.item.filtered{display:none!important}
.ui.dropdown .menu>.message{padding:.78571429rem 1.14285714rem;font-weight:400;color:rgba(0,0,0,.4)}
.ui.dropdown>.text{display:inline-block;transition:none}
.ui.dropdown>.dropdown.icon{position:relative;width:auto;font-size:.85714286em;margin:0 0 0 1em}
.ui.dropdown.item .menu{left:auto;right:0}
.ui.menu .ui.dropdown .menu>.item{color:rgba(0,0,0,.87)!important}
.ui.selection.dropdown{cursor:pointer;word-wrap:break-word;line-height:1em;white-space:normal;outline:0;transform:rotateZ(0);min-width:14em;min-height:2.71428571em;background:#fff;display:inline-block;padding:.78571429em 2.1em .78571429em 1em;color:rgba(0,0,0,.87);box-shadow:none;border:1px solid rgba(34,36,38,.15);border-radius:.28571429rem;transition:box-shadow .1s ease,width .1s ease}
.ui.selection.dropdown>.dropdown.icon{cursor:pointer;position:absolute;width:auto;height:auto;line-height:1.21428571em;top:.78571429em;right:1em;z-index:3;margin:-.78571429em;padding:.91666667em;opacity:.8;transition:opacity .1s ease}
.ui.selection.dropdown .menu{overflow-x:hidden;overflow-y:auto;backface-visibility:hidden;-webkit-overflow-scrolling:touch;border-top-width:0!important;width:auto;outline:0;margin:0 -1px;min-width:calc(100% + 2px);width:calc(100% + 2px);border-radius:0 0 .28571429rem .28571429rem;box-shadow:0 2px 3px 0 rgba(34,36,38,.15);max-height:16.02857143rem;left:0}
.ui.selection.dropdown .menu>.item{border-top:1px solid #fafafa;padding:.78571429rem 1.14285714rem!important;white-space:normal;word-wrap:normal}
.ui.selection.active.dropdown,.ui.selection.active.dropdown .menu{border-color:#96c8da;box-shadow:0 2px 3px 0 rgba(34,36,38,.15)}
.ui.selection.active.dropdown{border-bottom-left-radius:0!important;border-bottom-right-radius:0!important}
.ui.fluid.dropdown{display:block;width:100%;min-width:0}
.ui.search.dropdown>input.search{background:none transparent!important;border:none!important;box-shadow:none!important;cursor:text;top:0;left:1px;width:100%;outline:0;-webkit-tap-highlight-color:rgba(255,255,255,0);padding:inherit;position:absolute;z-index:2;font:inherit;color:inherit}
.ui.search.dropdown>.text{cursor:text;position:relative;left:1px;z-index:auto}
.ui.dropdown>.default.text,.ui.default.dropdown>.text{color:rgba(191,191,191,.87)}
.ui.dropdown>.text.filtered{visibility:hidden}
.ui.search.dropdown.active>.text{color:rgba(115,115,115,.87)}
.ui.table{width:100%;background:#fff;margin:1em 0;border:1px solid rgba(34,36,38,.15);box-shadow:none;border-radius:.28571429rem;text-align:left;color:rgba(0,0,0,.87);border-collapse:separate;border-spacing:0}
.ui.table thead th{cursor:auto;background:#f9fafb;text-align:inherit;color:rgba(0,0,0,.87);padding:.92857143em .78571429em;vertical-align:inherit;font-style:none;font-weight:700;text-transform:none;border-bottom:1px solid rgba(34,36,38,.1);border-left:none}
.ui.table td{padding:.78571429em .78571429em;text-align:inherit;border-top:1px solid rgba(34,36,38,.1)}
.ui.table tr:first-child td{border-top:none}
.ui.celled.table tr td,.ui.celled.table tr th{border-left:1px solid rgba(34,36,38,.1)}
.ui.celled.table tr td:first-child,.ui.celled.table tr th:first-child{border-left:none}
.ui.striped.table>tbody>tr:nth-child(2n){background-color:rgba(0,0,50,.02)}
.ui.table td.center.aligned{text-align:center}
.ui.cards{display:flex;margin:-.875em -.5em;flex-wrap:wrap}
.ui.cards>.card{display:flex;flex-direction:column;width:260px;margin:.875em .5em;background:#fff;padding:0;border:none;border-radius:.28571429rem;box-shadow:0 1px 3px 0 #d4d4d5,0 0 0 1px #d4d4d5}
.ui.cards>.card>.content{flex-grow:1;border:none;background:0 0;margin:0;padding:1em 1em;box-shadow:none;font-size:1em;border-radius:0}
.ui.cards>.card>.content>.header{display:block;font-family:Lato,'Helvetica Neue',Arial,Helvetica,sans-serif;color:rgba(0,0,0,.85);font-weight:700;font-size:1.28571429em;margin-top:-.21425em;line-height:1.28571429em}
.ui.statistic{display:inline-flex;flex-direction:column;margin:1em 0 0}
.ui.statistic>.value{font-family:Lato,'Helvetica Neue',Arial,Helvetica,sans-serif;font-weight:400;line-height:1em;color:#1b1c1d;text-transform:uppercase;text-align:center;font-size:3rem}
.ui.statistic>.label{font-family:Lato,'Helvetica Neue',Arial,Helvetica,sans-serif;font-size:1em;font-weight:700;color:rgba(0,0,0,.87);text-transform:uppercase;text-align:center}
.ui.grid{display:flex;flex-direction:row;flex-wrap:wrap;align-items:stretch;padding:0;margin:-1rem}
.ui.grid>.column:not(.row){position:relative;display:inline-block;width:6.25%;padding-left:1rem;padding-right:1rem;padding-top:1rem;padding-bottom:1rem;vertical-align:top}
.ui.grid>.sixteen.wide.column{width:100%!important}.ui.grid>.ten.wide.column{width:62.5%!important}.ui.grid>.six.wide.column{width:37.5%!important}
.ui.middle.aligned.grid{align-items:center}.ui.center.aligned.grid{justify-content:center;text-align:center}
.ui.center.aligned.grid .column{text-align:left}
.ui.divider{margin:1rem 0;line-height:1;height:0;font-weight:700;text-transform:uppercase;letter-spacing:.05em;color:rgba(0,0,0,.85);user-select:none;border-top:1px solid rgba(34,36,38,.15);border-bottom:1px solid rgba(255,255,255,.1)}
.ui.list{list-style-type:none;margin:1em 0;padding:0}
.ui.list>.item{display:list-item;table-layout:fixed;list-style-type:none;list-style-position:outside;padding:.21428571em 0;line-height:1.14285714em}
.ui.dimmer{display:none;position:absolute;top:0!important;left:0!important;width:100%;height:100%;text-align:center;vertical-align:middle;padding:1em;background-color:rgba(0,0,0,.85);opacity:0;line-height:1;animation-fill-mode:both;animation-duration:.5s;transition:background-color .5s linear;flex-direction:column;align-items:center;justify-content:center;user-select:none;will-change:opacity;z-index:1000}
.ui.active.dimmer,.ui.dimmer.visible{display:flex;opacity:1}
.ui.page.dimmer{position:fixed;perspective:2000px;transform-origin:center center}
.ui.dimmer.modals{overflow-y:auto}
.ui.modal{position:absolute;display:none;z-index:1001;text-align:left;background:#fff;border:none;box-shadow:1px 3px 3px 0 rgba(0,0,0,.2),1px 3px 15px 2px rgba(0,0,0,.2);transform-origin:50% 25%;flex:0 0 auto;border-radius:.28571429rem;user-select:text;will-change:top,left,margin,transform,opacity;width:850px;margin:0}
.ui.dimmer.modals>.ui.modal{position:relative}
.ui.modal.visible,.ui.active.modal{display:block}
.ui.modal>.close{cursor:pointer;position:absolute;top:-2.5rem;right:-2.5rem;z-index:1;opacity:.8;font-size:1.25em;color:#fff;width:2.25rem;height:2.25rem;padding:.625rem 0 0 0}
.ui.modal>.header{display:block;font-family:Lato,'Helvetica Neue',Arial,Helvetica,sans-serif;background:#fff;margin:0;padding:1.25rem 1.5rem;box-shadow:none;color:rgba(0,0,0,.85);border-bottom:1px solid rgba(34,36,38,.15);font-size:1.42857143rem;line-height:1.28571429em;font-weight:700;border-top-left-radius:.28571429rem;border-top-right-radius:.28571429rem}
.ui.modal>.content{display:block;width:100%;font-size:1em;line-height:1.4;padding:1.5rem;background:#fff}
.ui.modal>.actions{background:#f9fafb;padding:1rem 1rem;border-top:1px solid rgba(34,36,38,.15);text-align:right;border-bottom-left-radius:.28571429rem;border-bottom-right-radius:.28571429rem}
.ui.modal .actions>.button{margin-left:.75em}
.ui.tiny.modal{width:450px}.ui.mini.modal{width:340px}.ui.small.modal{width:560px}
.ui.mini.modal>.header:not(.ui){font-size:1.3em}
.ui.modal .ui.form .field:last-child{margin-bottom:0}
@media only screen and (max-width:767px){.ui.modal>.close{top:.5rem;right:.5rem;color:rgba(0,0,0,.87)}}
.transition{animation-iteration-count:1;animation-duration:.3s;animation-timing-function:ease;animation-fill-mode:both}
.animating.transition{backface-visibility:hidden;visibility:visible!important}
.visible.transition{display:block;visibility:visible}
.ui.dimmer.visible.transition{display:flex}
.hidden.transition{display:none;visibility:hidden}
.ui.modal.transition.hidden,.ui.dimmer.transition.hidden{display:none!important}
.transition.fade.in{animation-name:fadeIn}.transition.fade.out{animation-name:fadeOut}
.transition.scale.in{animation-name:scaleIn}.transition.scale.out{animation-name:scaleOut}
@keyframes fadeIn{0%{opacity:0}100%{opacity:1}}@keyframes fadeOut{0%{opacity:1}100%{opacity:0}}
@keyframes scaleIn{0%{opacity:0;transform:scale(.8)}100%{opacity:1;transform:scale(1)}}
@keyframes scaleOut{0%{opacity:1;transform:scale(1)}100%{opacity:0;transform:scale(.9)}}
.ui.toast-container{position:fixed;z-index:9999}
.ui.toast-container.top.right{top:.85714286em;right:.85714286em;margin-left:.85714286em}
.ui.toast-container .toast-box{margin-bottom:.5em;border-radius:.28571429rem;cursor:default;will-change:transform,opacity;display:table!important;width:350px;box-shadow:0 1px 2px 0 rgba(34,36,38,.15)}
.ui.toast{display:block;position:relative;pointer-events:auto;width:350px;padding:.78571429em 1em;border-radius:.28571429rem;margin:0 0 .5em;box-shadow:0 1px 2px 0 rgba(34,36,38,.15);background-color:#fff;color:rgba(0,0,0,.87);cursor:default}
.ui.toast-container .toast-box>.ui.toast{margin:0;border-bottom-left-radius:0;border-bottom-right-radius:0}
.ui.toast>.close.icon{cursor:pointer;margin:0;opacity:.7;position:absolute;top:.5em;right:.5em}
.ui.toast>.content>.header{font-weight:700;color:inherit;margin:0}
.ui.success.toast{background-color:#21ba45;color:#fff}.ui.error.toast{background-color:#db2828;color:#fff}
.ui.warning.toast{background-color:#f2c037;color:#fff}.ui.info.toast{background-color:#31ccec;color:#fff}
.ui.attached.progress{position:relative;border:none;margin:0;height:.2em;background:rgba(0,0,0,.1);border-radius:0 0 .28571429rem .28571429rem;overflow:hidden}
.ui.attached.progress .bar{display:block;height:100%;background:rgba(255,255,255,.85);width:100%;animation-name:progressDown;animation-timing-function:linear;animation-fill-mode:forwards}
.ui.success.progress .bar{background:#16ab39}.ui.error.progress .bar{background:#b21e1e}
@keyframes progressDown{0%{width:100%}100%{width:0}}
.ui.active.inline.loader{position:relative;vertical-align:middle;display:inline-block;width:1.1em;height:1.1em;margin-right:.5em;border-radius:500rem;border:.2em solid rgba(0,0,0,.1);border-top-color:#767676;animation:button-spin .6s linear infinite}
.portal-header .header.item img{width:28px;height:28px;margin-right:.75em}
.portal-body{display:flex;padding-top:3.2em;min-height:100vh}
.portal-sidebar{flex:0 0 16rem;background:#1b1c1d}
.portal-sidebar .ui.vertical.menu{margin:0;border-radius:0;box-shadow:none;min-height:100%}
.portal-main{flex:1 1 auto;padding:1.5em 2em;min-width:0}
.portal-footer{text-align:center;color:rgba(0,0,0,.5);font-size:.9em;padding:2em 0 1em}
.home-hero{background:linear-gradient(135deg,#1c4f8c,#2185d0);color:#fff;padding:7em 0 4em}
.home-hero h1{font-size:2.6em;margin:0 0 .3em}
.home-hero p{font-size:1.2em;opacity:.9}
.captcha-row{display:flex;align-items:center;gap:.75em;margin-bottom:.6em}
.captcha-row img{border:1px solid rgba(34,36,38,.15);border-radius:.28571429rem;background:#f7f7f0}
.otp-shell{max-width:430px;margin:0 auto}
.resend-otp.disabled{pointer-events:none;color:rgba(0,0,0,.4)}
.gsp-section,.credential-section,.client-id-section,.mode-note{display:none}
.gsp-section.shown,.credential-section.shown,.client-id-section.shown,.mode-note.shown{display:block}
`;

/* ------------------------------------------------------------------------------------------------
 * The client script (/js/app.js): a tiny jQuery-like helper and the Fomantic behaviours this site
 * uses (modal, dropdown, checkbox, accordion, form validation, toast) plus the AJAX glue. Written
 * here from scratch; String.raw keeps its backslashes as they are.
 * ---------------------------------------------------------------------------------------------- */
const APP_JS = String.raw`
(function (window, document) {
  'use strict';
  var slice = Array.prototype.slice;
  var DURATION = 250;

  function Q(nodes) {
    this.length = 0;
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i] && this.indexOf(nodes[i]) < 0) { this[this.length] = nodes[i]; this.length++; }
    }
  }
  Q.prototype.indexOf = function (n) { for (var i = 0; i < this.length; i++) { if (this[i] === n) return i; } return -1; };

  function $(sel, ctx) {
    if (typeof sel === 'function') {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', sel);
      else setTimeout(sel, 0);
      return new Q([]);
    }
    if (sel instanceof Q) return sel;
    if (!sel) return new Q([]);
    if (typeof sel === 'string') {
      var s = sel.trim();
      if (s.charAt(0) === '<') {
        var t = document.createElement('template');
        t.innerHTML = s;
        return new Q(slice.call(t.content.children));
      }
      var root = ctx ? (ctx instanceof Q ? ctx[0] : ctx) : document;
      return new Q(root ? slice.call(root.querySelectorAll(s)) : []);
    }
    if (sel.nodeType || sel === window) return new Q([sel]);
    if (typeof sel.length === 'number') return new Q(slice.call(sel));
    return new Q([]);
  }
  var fn = (Q.prototype);
  $.fn = fn;

  function words(c) { return String(c || '').split(/\s+/).filter(Boolean); }
  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  $.escape = esc;

  fn.each = function (cb) { for (var i = 0; i < this.length; i++) cb.call(this[i], this[i], i); return this; };
  fn.get = function (i) { return this[i]; };
  fn.eq = function (i) { return new Q([this[i < 0 ? this.length + i : i]]); };
  fn.first = function () { return this.eq(0); };
  fn.find = function (s) { var out = []; this.each(function (el) { out = out.concat(slice.call(el.querySelectorAll(s))); }); return new Q(out); };
  fn.closest = function (s) { var out = []; this.each(function (el) { if (el.closest) out.push(el.closest(s)); }); return new Q(out); };
  fn.parent = function () { var out = []; this.each(function (el) { out.push(el.parentElement); }); return new Q(out); };
  fn.children = function (s) {
    var out = [];
    this.each(function (el) { slice.call(el.children).forEach(function (c) { if (!s || c.matches(s)) out.push(c); }); });
    return new Q(out);
  };
  fn.filter = function (s) {
    var out = [];
    this.each(function (el, i) { if (typeof s === 'function' ? s.call(el, el, i) : el.matches(s)) out.push(el); });
    return new Q(out);
  };
  fn.is = function (s) { for (var i = 0; i < this.length; i++) { if (this[i].matches && this[i].matches(s)) return true; } return false; };
  fn.addClass = function (c) { var cs = words(c); return this.each(function (el) { cs.forEach(function (x) { el.classList.add(x); }); }); };
  fn.removeClass = function (c) { var cs = words(c); return this.each(function (el) { cs.forEach(function (x) { el.classList.remove(x); }); }); };
  fn.toggleClass = function (c, on) {
    var cs = words(c);
    return this.each(function (el) { cs.forEach(function (x) { if (on === undefined) el.classList.toggle(x); else el.classList.toggle(x, !!on); }); });
  };
  fn.hasClass = function (c) { return this.length > 0 && this[0].classList.contains(c); };
  fn.attr = function (n, v) {
    if (v === undefined) return this[0] ? this[0].getAttribute(n) : undefined;
    return this.each(function (el) { if (v === null) el.removeAttribute(n); else el.setAttribute(n, v); });
  };
  fn.data = function (n) { return this[0] ? this[0].getAttribute('data-' + n) : undefined; };
  fn.val = function (v) {
    if (v === undefined) return this[0] ? this[0].value : undefined;
    return this.each(function (el) { el.value = v; });
  };
  fn.text = function (v) {
    if (v === undefined) return this[0] ? this[0].textContent : '';
    return this.each(function (el) { el.textContent = v; });
  };
  fn.html = function (v) {
    if (v === undefined) return this[0] ? this[0].innerHTML : '';
    return this.each(function (el) { el.innerHTML = v; });
  };
  function nodesOf(c) { return typeof c === 'string' ? $(c).toArray() : c instanceof Q ? c.toArray() : [c]; }
  fn.toArray = function () { var a = []; this.each(function (el) { a.push(el); }); return a; };
  fn.append = function (c) { var el = this[0]; if (el) nodesOf(c).forEach(function (n) { el.appendChild(n); }); return this; };
  fn.prepend = function (c) { var el = this[0]; if (el) nodesOf(c).reverse().forEach(function (n) { el.insertBefore(n, el.firstChild); }); return this; };
  fn.after = function (c) { var el = this[0]; if (el) nodesOf(c).reverse().forEach(function (n) { el.parentNode.insertBefore(n, el.nextSibling); }); return this; };
  fn.remove = function () { return this.each(function (el) { if (el.parentNode) el.parentNode.removeChild(el); }); };
  fn.show = function () { return this.each(function (el) { el.style.display = ''; if (getComputedStyle(el).display === 'none') el.style.display = 'block'; }); };
  fn.hide = function () { return this.each(function (el) { el.style.display = 'none'; }); };
  fn.focus = function () { if (this[0]) this[0].focus(); return this; };
  fn.on = function (events, sel, handler) {
    if (typeof sel === 'function') { handler = sel; sel = null; }
    var evs = words(events);
    return this.each(function (el) {
      evs.forEach(function (ev) {
        el.addEventListener(ev, function (e) {
          if (!sel) return handler.call(el, e);
          var t = e.target && e.target.closest ? e.target.closest(sel) : null;
          if (t && el.contains(t)) return handler.call(t, e);
        });
      });
    });
  };
  fn.trigger = function (ev) {
    return this.each(function (el) { el.dispatchEvent(new Event(ev, { bubbles: true })); });
  };
  fn.serialize = function () { return this[0] ? new URLSearchParams(new FormData(this[0])).toString() : ''; };

  /* ---- transitions ---- */
  function animate(el, name, show, done) {
    el.classList.remove('hidden', 'in', 'out');
    el.classList.add('transition', 'animating', name, show ? 'in' : 'out');
    if (show) el.classList.add('visible');
    clearTimeout(el.__anim);
    el.__anim = setTimeout(function () {
      el.classList.remove('animating', name, 'in', 'out');
      if (!show) { el.classList.remove('visible', 'active'); el.classList.add('hidden'); }
      else el.classList.add('active');
      if (done) done();
    }, DURATION);
  }

  /* ---- modal ---- */
  function dimmer() {
    var d = document.querySelector('body > .ui.dimmer.modals.page');
    if (!d) {
      d = document.createElement('div');
      d.className = 'ui dimmer modals page transition hidden';
      document.body.appendChild(d);
    }
    if (!d.__bound) {
      d.__bound = true;
      d.addEventListener('click', function (e) {
        if (e.target !== d) return;
        var m = activeModal();
        if (m && modalState(m).closable) hideModal(m);
      });
    }
    return d;
  }
  function visibleModals() { return slice.call(dimmer().querySelectorAll(':scope > .ui.modal.visible:not(.out)')); }
  function activeModal() { var v = visibleModals(); return v.length ? v[v.length - 1] : null; }
  function modalState(el) {
    if (!el.__modal) {
      el.__modal = { closable: true, autofocus: true, onApprove: null, onDeny: null, onShow: null, onVisible: null, onHidden: null };
      var d = dimmer();
      if (el.parentNode !== d) d.appendChild(el);
      el.addEventListener('click', function (e) {
        var st = el.__modal;
        var close = e.target.closest('.close');
        if (close && close.parentNode === el) { hideModal(el); return; }
        var btn = e.target.closest('.actions .button');
        if (!btn || !el.contains(btn) || btn.classList.contains('disabled') || btn.classList.contains('loading')) return;
        if (btn.matches('.approve, .positive, .ok')) {
          if (st.onApprove && st.onApprove.call(el, $(btn)) === false) return;
          hideModal(el);
        } else if (btn.matches('.deny, .negative, .cancel')) {
          if (st.onDeny && st.onDeny.call(el, $(btn)) === false) return;
          hideModal(el);
        }
      });
    }
    return el.__modal;
  }
  function showModal(el) {
    var st = modalState(el);
    if (el.classList.contains('visible') && !el.classList.contains('out')) return;
    visibleModals().forEach(function (m) { if (m !== el) hideModal(m, true); });
    var d = dimmer();
    if (!d.classList.contains('visible') || d.classList.contains('out')) animate(d, 'fade', true);
    document.body.classList.add('dimmable', 'dimmed');
    if (st.onShow) st.onShow.call(el);
    animate(el, 'scale', true, function () {
      if (st.autofocus) {
        var f = el.querySelector('input[type=text]:not([readonly]), input[type=password], input:not([type])');
        if (f && !el.contains(document.activeElement)) f.focus();
      }
      if (st.onVisible) st.onVisible.call(el);
    });
  }
  function hideModal(el, keepDimmer) {
    var st = modalState(el);
    if (!el.classList.contains('visible') || el.classList.contains('out')) return;
    animate(el, 'scale', false, function () {
      if (!keepDimmer && !visibleModals().length) {
        var d = dimmer();
        animate(d, 'fade', false, function () { document.body.classList.remove('dimmed', 'dimmable'); });
      }
      if (st.onHidden) st.onHidden.call(el);
    });
  }
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    var m = activeModal();
    if (m && modalState(m).closable) hideModal(m);
  });
  fn.modal = function (a, b, c) {
    return this.each(function (el) {
      var st = modalState(el);
      if (a && typeof a === 'object') { Object.keys(a).forEach(function (k) { st[k] = a[k]; }); }
      else if (a === 'show') showModal(el);
      else if (a === 'hide') hideModal(el);
      else if (a === 'attach events') {
        $(b).on('click', function (e) { e.preventDefault(); if (c === 'toggle' && el.classList.contains('visible')) hideModal(el); else showModal(el); });
      }
    });
  };

  /* ---- dropdown ---- */
  function setupDropdown(el, opts) {
    if (el.__dropdown) { Object.keys(opts || {}).forEach(function (k) { el.__dropdown[k] = opts[k]; }); return; }
    var st = el.__dropdown = opts || {};
    var input = el.querySelector(':scope > input[type=hidden]');
    var search = el.querySelector(':scope > input.search');
    var text = el.querySelector(':scope > .text');
    var menu = el.querySelector(':scope > .menu');
    if (!menu) return;
    if (!search) el.setAttribute('tabindex', '0');
    menu.setAttribute('tabindex', '-1');
    function items() { return slice.call(menu.querySelectorAll(':scope > .item')); }
    function shown() { return items().filter(function (i) { return !i.classList.contains('filtered'); }); }
    function open() {
      if (el.classList.contains('visible') || el.classList.contains('disabled')) return;
      document.querySelectorAll('.ui.dropdown.visible').forEach(function (o) { if (o !== el && o.__dropdown) o.__dropdown.close(); });
      el.classList.add('active', 'visible');
      menu.classList.remove('hidden');
      menu.classList.add('transition', 'visible');
      var cur = menu.querySelector(':scope > .item.active');
      items().forEach(function (i) { i.classList.remove('selected'); });
      if (cur) { cur.classList.add('selected'); cur.scrollIntoView({ block: 'nearest' }); }
    }
    function close() {
      el.classList.remove('active', 'visible');
      menu.classList.remove('visible');
      menu.classList.add('hidden');
      if (search) { search.value = ''; filter(''); }
    }
    st.close = close;
    function filter(q) {
      q = q.toLowerCase();
      var any = false;
      items().forEach(function (i) {
        var hit = !q || i.textContent.toLowerCase().indexOf(q) >= 0;
        i.classList.toggle('filtered', !hit);
        i.classList.remove('selected');
        if (hit) any = true;
      });
      if (text) text.classList.toggle('filtered', !!q);
      var msg = menu.querySelector(':scope > .message');
      if (!any) {
        if (!msg) { msg = document.createElement('div'); msg.className = 'message'; menu.appendChild(msg); }
        msg.textContent = 'No results found.';
      } else if (msg) msg.remove();
      var first = shown()[0];
      if (q && first) first.classList.add('selected');
    }
    function choose(item) {
      items().forEach(function (i) { i.classList.remove('active', 'selected'); });
      item.classList.add('active', 'selected');
      var value = item.getAttribute('data-value');
      if (value === null) value = item.textContent.trim();
      if (text && !st.action) {
        text.textContent = item.getAttribute('data-text') || item.textContent.trim();
        text.classList.remove('default', 'filtered');
      }
      if (input) { input.value = value; input.dispatchEvent(new Event('change', { bubbles: true })); }
      el.classList.remove('error');
      close();
      if (st.onChange) st.onChange.call(el, value, item.textContent.trim(), $(item));
    }
    el.addEventListener('mousedown', function (e) {
      if (e.target === search) return;
      if (e.target.closest('.menu') === menu) e.preventDefault();
    });
    el.addEventListener('click', function (e) {
      var item = e.target.closest('.item');
      if (item && item.parentNode === menu) {
        if (item.tagName === 'A' && item.getAttribute('href')) { close(); return; }
        choose(item);
        return;
      }
      if (e.target.closest('.menu') === menu) return;
      if (el.classList.contains('visible') && e.target !== search) close();
      else { open(); if (search) search.focus(); }
    });
    if (search) {
      search.addEventListener('focus', open);
      search.addEventListener('input', function () { open(); filter(search.value); });
    }
    el.addEventListener('keydown', function (e) {
      var list = shown();
      var idx = list.indexOf(menu.querySelector(':scope > .item.selected'));
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        open();
        var next = e.key === 'ArrowDown' ? Math.min(idx + 1, list.length - 1) : Math.max(idx - 1, 0);
        list.forEach(function (i) { i.classList.remove('selected'); });
        if (list[next]) { list[next].classList.add('selected'); list[next].scrollIntoView({ block: 'nearest' }); }
      } else if (e.key === 'Enter') {
        if (el.classList.contains('visible') && list[idx]) { e.preventDefault(); e.stopPropagation(); choose(list[idx]); }
      } else if (e.key === 'Escape') {
        if (el.classList.contains('visible')) { e.stopPropagation(); close(); }
      } else if (e.key === 'Tab') close();
    });
    document.addEventListener('click', function (e) { if (!el.contains(e.target)) close(); }, true);
    st.clear = function () {
      items().forEach(function (i) { i.classList.remove('active', 'selected'); });
      if (input) input.value = '';
      if (text) { text.textContent = st.placeholder || text.getAttribute('data-placeholder') || ''; text.classList.add('default'); }
    };
    st.set = function (v) { var it = items().filter(function (i) { return i.getAttribute('data-value') === v; })[0]; if (it) choose(it); };
  }
  fn.dropdown = function (a, b) {
    return this.each(function (el) {
      if (!a || typeof a === 'object') setupDropdown(el, a || {});
      else if (el.__dropdown) {
        if (a === 'clear') el.__dropdown.clear();
        else if (a === 'hide') el.__dropdown.close();
        else if (a === 'set selected') el.__dropdown.set(b);
      }
    });
  };

  /* ---- checkbox ---- */
  function syncChecks(input) {
    var group = input.type === 'radio' && input.name
      ? slice.call(document.querySelectorAll('input[type=radio][name="' + input.name + '"]'))
      : [input];
    group.forEach(function (i) { var box = i.closest('.ui.checkbox'); if (box) box.classList.toggle('checked', i.checked); });
  }
  fn.checkbox = function (opts) {
    return this.each(function (el) {
      if (el.__checkbox) return;
      el.__checkbox = opts || {};
      var input = el.querySelector('input[type=checkbox], input[type=radio]');
      if (!input) return;
      input.addEventListener('change', function () {
        syncChecks(input);
        if (input.checked && el.__checkbox.onChecked) el.__checkbox.onChecked.call(input);
        if (el.__checkbox.onChange) el.__checkbox.onChange.call(input);
      });
      el.addEventListener('click', function (e) {
        if (e.target === input || el.classList.contains('disabled') || el.classList.contains('read-only')) return;
        if (input.type === 'radio') { if (input.checked) return; input.checked = true; }
        else input.checked = !input.checked;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      el.addEventListener('keydown', function (e) {
        if (e.key === ' ' || e.key === 'Enter') { e.preventDefault(); el.click(); }
      });
      syncChecks(input);
    });
  };

  /* ---- accordion ---- */
  fn.accordion = function (opts) {
    var exclusive = !opts || opts.exclusive !== false;
    return this.each(function (root) {
      if (root.__accordion) return;
      root.__accordion = true;
      root.addEventListener('click', function (e) {
        var title = e.target.closest('.title');
        if (!title || !root.contains(title)) return;
        var content = title.nextElementSibling;
        if (!content || !content.classList.contains('content')) return;
        e.preventDefault();
        var holder = title.parentElement.classList.contains('item') ? title.parentElement.parentElement : title.parentElement;
        if (title.classList.contains('active')) { closeSection(title, content); return; }
        if (exclusive) {
          slice.call(holder.querySelectorAll('.title.active')).forEach(function (t) {
            var h = t.parentElement.classList.contains('item') ? t.parentElement.parentElement : t.parentElement;
            if (h === holder && t !== title) closeSection(t, t.nextElementSibling);
          });
        }
        openSection(title, content);
      });
    });
  };
  function openSection(title, content) {
    title.classList.add('active');
    content.classList.add('animating');
    content.style.height = '0px';
    var h = content.scrollHeight;
    requestAnimationFrame(function () { content.style.height = h + 'px'; });
    setTimeout(function () { content.classList.remove('animating'); content.classList.add('active'); content.style.height = ''; }, DURATION);
  }
  function closeSection(title, content) {
    title.classList.remove('active');
    content.style.height = content.scrollHeight + 'px';
    content.classList.add('animating');
    content.classList.remove('active');
    requestAnimationFrame(function () { content.style.height = '0px'; });
    setTimeout(function () { content.classList.remove('animating'); content.style.height = ''; }, DURATION);
  }

  /* ---- form validation ---- */
  function fieldEls(form, id) {
    var els = form.querySelectorAll('[name="' + id + '"]');
    if (els.length) return slice.call(els);
    var e = document.getElementById(id);
    return e ? [e] : [];
  }
  function fieldValue(els) {
    if (!els.length) return '';
    if (els[0].type === 'radio') { for (var i = 0; i < els.length; i++) { if (els[i].checked) return els[i].value; } return ''; }
    if (els[0].type === 'checkbox') return els[0].checked ? els[0].value || 'on' : '';
    return els[0].value;
  }
  function fieldBox(els) {
    var el = els[0];
    if (el.type === 'radio') return el.closest('.fields') || el.closest('.field');
    return el.closest('.field');
  }
  function ruleOk(rule, value, form) {
    var m = /^(\w+)(?:\[(.*)\])?$/.exec(rule.type) || [];
    var p = m[2];
    switch (m[1]) {
      case 'empty': return String(value).trim() !== '';
      case 'checked': return value !== '';
      case 'minLength': return value.length >= +p;
      case 'maxLength': return value.length <= +p;
      case 'exactLength': return value.length === +p;
      case 'integer': return /^\d+$/.test(value);
      case 'regExp': return rule.value.test(value);
      case 'match': return value === fieldValue(fieldEls(form, p));
      default: return true;
    }
  }
  function clearField(form, els) {
    var box = fieldBox(els);
    if (!box) return;
    box.classList.remove('error');
    var p = box.querySelector(':scope > .prompt.label');
    if (p) p.remove();
  }
  function addPrompt(form, id, text) {
    var els = fieldEls(form, id);
    if (!els.length) return;
    var box = fieldBox(els);
    if (!box) return;
    box.classList.add('error');
    if (!form.__form || form.__form.inline) {
      var p = box.querySelector(':scope > .prompt.label');
      if (!p) {
        p = document.createElement('div');
        p.className = 'ui basic red pointing prompt label transition visible';
        box.appendChild(p);
      }
      p.textContent = text;
    }
  }
  function showErrors(form, list) {
    var msg = form.querySelector('.ui.error.message');
    if (!list.length) { form.classList.remove('error'); if (msg) msg.innerHTML = ''; return; }
    form.classList.add('error');
    if (msg && (!form.__form || !form.__form.inline)) {
      msg.innerHTML = '<ul class="list">' + list.map(function (t) { return '<li>' + esc(t) + '</li>'; }).join('') + '</ul>';
    }
  }
  function validate(form) {
    var st = form.__form;
    var errors = [];
    Object.keys(st.fields).forEach(function (key) {
      var def = st.fields[key];
      var id = def.identifier || key;
      var els = fieldEls(form, id);
      if (!els.length) return;
      clearField(form, els);
      if (def.when && !def.when()) return;
      var value = fieldValue(els);
      if (def.optional && value === '') return;
      for (var i = 0; i < def.rules.length; i++) {
        if (!ruleOk(def.rules[i], value, form)) {
          errors.push(def.rules[i].prompt);
          addPrompt(form, id, def.rules[i].prompt);
          break;
        }
      }
    });
    showErrors(form, errors);
    return errors.length === 0;
  }
  function submitForm(form) {
    var st = form.__form;
    if (!validate(form)) { if (st.onFailure) st.onFailure.call(form); return false; }
    var prevented = false;
    var evt = { preventDefault: function () { prevented = true; } };
    var r = st.onSuccess ? st.onSuccess.call(form, evt, values(form)) : undefined;
    if (r === false || prevented) return true;
    if (form.tagName === 'FORM') HTMLFormElement.prototype.submit.call(form);
    return true;
  }
  function values(form) {
    var out = {};
    if (form.tagName === 'FORM') new FormData(form).forEach(function (v, k) { out[k] = v; });
    return out;
  }
  fn.form = function (a, b, c) {
    var result;
    this.each(function (form) {
      if (a && typeof a === 'object') {
        form.__form = { fields: a.fields || {}, inline: !!a.inline, onSuccess: a.onSuccess, onFailure: a.onFailure };
        if (form.__formBound) return;
        form.__formBound = true;
        form.addEventListener('click', function (e) {
          var btn = e.target.closest('.submit.button');
          if (btn && form.contains(btn) && !btn.classList.contains('disabled') && !btn.classList.contains('loading')) submitForm(form);
        });
        form.addEventListener('keydown', function (e) {
          if (e.key !== 'Enter' || e.defaultPrevented) return;
          var t = e.target;
          if (t.tagName !== 'INPUT' || t.classList.contains('search') || t.type === 'hidden') return;
          e.preventDefault();
          submitForm(form);
        });
        form.addEventListener('submit', function (e) { e.preventDefault(); submitForm(form); });
        form.addEventListener('input', function (e) {
          var n = e.target.name;
          if (n && form.__form.fields) { var els = fieldEls(form, n); if (els.length) clearField(form, els); }
        });
        form.addEventListener('change', function (e) {
          var n = e.target.name;
          if (n) { var els = fieldEls(form, n); if (els.length) clearField(form, els); }
        });
      } else if (a === 'submit') result = submitForm(form);
      else if (a === 'validate form') result = validate(form);
      else if (a === 'get values') result = values(form);
      else if (a === 'add prompt') addPrompt(form, b, c);
      else if (a === 'add errors') showErrors(form, b);
      else if (a === 'clear') {
        slice.call(form.querySelectorAll('.field.error, .fields.error')).forEach(function (f) { f.classList.remove('error'); });
        slice.call(form.querySelectorAll('.prompt.label')).forEach(function (p) { p.remove(); });
        showErrors(form, []);
      }
    });
    return result === undefined ? this : result;
  };

  /* ---- toast ---- */
  $.toast = function (o) {
    o = o || {};
    var box = document.querySelector('.ui.toast-container');
    if (!box) {
      box = document.createElement('div');
      box.className = 'ui toast-container top right';
      document.body.appendChild(box);
    }
    var time = o.displayTime || 4000;
    var cls = o['class'] || 'neutral';
    var t = document.createElement('div');
    t.className = 'toast-box compact';
    t.innerHTML = '<div class="ui ' + esc(cls) + ' toast compact"><i class="close icon"></i><div class="content">' +
      (o.title ? '<div class="ui header">' + esc(o.title) + '</div>' : '') + esc(o.message) + '</div></div>' +
      '<div class="ui attached active progress ' + esc(cls) + ' bottom"><div class="bar" style="animation-duration:' + time + 'ms"></div></div>';
    box.appendChild(t);
    animate(t, 'fade', true);
    var gone = false;
    function dismiss() {
      if (gone) return;
      gone = true;
      animate(t, 'fade', false, function () { t.remove(); if (!box.children.length) box.remove(); });
    }
    t.addEventListener('click', dismiss);
    setTimeout(dismiss, time);
  };
  fn.toast = function (o) { $.toast(o); return this; };

  /* ---- ajax ---- */
  $.ajax = function (o) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    var method = (o.method || o.type || 'GET').toUpperCase();
    var body = o.data;
    if (body && typeof body === 'object' && !(body instanceof URLSearchParams)) {
      var p = new URLSearchParams();
      Object.keys(body).forEach(function (k) { p.append(k, body[k]); });
      body = p;
    }
    return fetch(o.url, {
      method: method,
      credentials: 'same-origin',
      headers: {
        'X-CSRF-TOKEN': meta ? meta.getAttribute('content') : '',
        'X-Requested-With': 'XMLHttpRequest',
        Accept: 'application/json, text/javascript, */*; q=0.01',
        'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8'
      },
      body: method === 'GET' ? undefined : String(body || '')
    }).then(function (r) {
      return r.text().then(function (t) {
        var j = null;
        try { j = JSON.parse(t); } catch (err) { j = null; }
        return { status: r.status, json: j };
      });
    }).then(function (r) {
      if (r.status >= 200 && r.status < 300) { if (o.success) o.success(r.json || {}, r.status); }
      else if (r.status === 419 || r.status === 401) App.sessionExpired();
      else if (o.error) o.error(r.json || {}, r.status);
      else App.alert('Error', (r.json && r.json.message) || 'Something went wrong. Please try again.');
      if (o.complete) o.complete(r.status);
    }, function () {
      if (o.error) o.error({ message: 'Unable to reach the server. Please check your connection and try again.' }, 0);
      else App.alert('Error', 'Unable to reach the server. Please check your connection and try again.');
      if (o.complete) o.complete(0);
    });
  };

  /* ---- site helpers ---- */
  var App = {
    alert: function (title, message, onOk) {
      var m = $('<div class="ui tiny modal"><div class="header">' + esc(title) + '</div><div class="content"><p>' + esc(message) +
        '</p></div><div class="actions"><div class="ui primary approve button">OK</div></div></div>')[0];
      dimmer().appendChild(m);
      $(m).modal({ closable: false, onApprove: function () { if (onOk) onOk(); }, onHidden: function () { m.remove(); } }).modal('show');
    },
    sessionExpired: function () {
      if (App.expiring) return;
      App.expiring = true;
      function go() { window.location.href = '/login?expired=1'; }
      App.alert('Session Expired', 'Your session has expired. Please login again.', go);
      setTimeout(go, 5000);
    }
  };

  $(function () {
    $('.ui.checkbox').checkbox();
    $('.ui.accordion').accordion();
    $('.ui.dropdown').each(function (el) { if (!el.__dropdown) $(el).dropdown(el.classList.contains('item') ? { action: 'hide' } : {}); });
    $(document.body).on('click', '.ui.message > .close.icon', function () {
      var msg = this.parentElement;
      animate(msg, 'fade', false, function () { msg.remove(); });
    });
    $(document.body).on('click', '.logout-link', function (e) {
      e.preventDefault();
      var f = document.getElementById('logout-form');
      if (f) f.submit();
    });
  });

  window.$ = window.jQuery = $;
  window.App = App;
})(window, document);
`;

/* ------------------------------------------------------------------------------------------------
 * Server-side views (Blade-style layouts written as functions).
 * ---------------------------------------------------------------------------------------------- */
interface Toast {
  cls: 'success' | 'error' | 'warning' | 'info';
  title?: string;
  message: string;
}

interface Flash {
  error?: string;
  warning?: string;
  success?: string;
  oldUsername?: string;
  toast?: Toast;
}

interface Session {
  id: string;
  csrf: string;
  stage: 'guest' | 'otp' | 'auth';
  flash: Flash;
  techShown: boolean;
  apiOtpSent: boolean;
  apiVerified: boolean;
}

function esc(value: unknown): string {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** JSON for an inline script: no `</script>` can close the tag early. */
function js(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="28" height="28" aria-hidden="true"><circle cx="32" cy="32" r="30" fill="#fff"/><circle cx="32" cy="32" r="22" fill="none" stroke="#1c4f8c" stroke-width="3"/><path d="M32 14v36M14 32h36M19 19l26 26M45 19L19 45" stroke="#1c4f8c" stroke-width="1.6"/><circle cx="32" cy="32" r="5" fill="#f2711c"/></svg>`;

function toastScript(toast: Toast | undefined): string {
  if (!toast) return '';
  return `$(function () { $('body').toast(${js({ class: toast.cls, title: toast.title, message: toast.message, displayTime: 4000 })}); });`;
}

function documentShell(
  sess: Session,
  title: string,
  bodyClass: string,
  body: string,
  modals: string,
  script: string,
): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${esc(sess.csrf)}">
<title>${esc(title)} | e-Invoice System</title>
<link rel="stylesheet" href="/css/app.css?id=7f3c2a9e1b">
</head>
<body class="${bodyClass}">
${body}
<div class="ui dimmer modals page transition hidden">
${modals}
</div>
<script src="/js/app.js?id=4d81be06c2"></script>
<script>
${script}
</script>
</body>
</html>`;
}

/* ---- guest pages ---- */

function homePage(sess: Session, openLogin: boolean, expired: boolean): string {
  const flash = sess.flash;
  const error = flash.error;
  const loggedIn = sess.stage === 'auth';
  const headerRight = loggedIn
    ? `<div class="item"><a class="ui inverted button" href="/dashboard">Dash Board</a></div>`
    : `<div class="item"><div class="ui yellow header-login button">Login</div></div>`;
  const body = `<div class="ui large top fixed inverted blue menu portal-header">
  <div class="ui container">
    <a class="header item" href="/">${LOGO}e-Invoice System</a>
    <a class="active item" href="/">Home</a>
    <a class="item" href="/help">Help</a>
    <a class="item" href="/help">Notices</a>
    <a class="item" href="/help">Contact Us</a>
    <div class="right menu">${headerRight}</div>
  </div>
</div>
<div class="home-hero">
  <div class="ui container">
    <h1>e-Invoice System</h1>
    <p>Invoice Registration Portal (IRP) for reporting B2B invoices and obtaining the Invoice Reference Number (IRN).</p>
  </div>
</div>
<div class="ui container" style="padding:2em 0">
  <div class="ui grid">
    <div class="ten wide column">
      <div class="ui segment">
        <h3 class="ui dividing header">What's New</h3>
        <div class="ui list">
          <div class="item">Two-factor authentication (OTP) is mandatory for all taxpayers from 1st April 2025.</div>
          <div class="item">Taxpayers with AATO of Rs. 10 Cr and above cannot report invoices older than 30 days.</div>
          <div class="item">New version of the e-Invoice schema and validations published.</div>
        </div>
      </div>
    </div>
    <div class="six wide column">
      <div class="ui segment">
        <h3 class="ui dividing header">Quick Links</h3>
        <div class="ui list">
          <a class="item" href="/help">e-Invoice Schema</a>
          <a class="item" href="/help">API Documentation</a>
          <a class="item" href="/help">Frequently Asked Questions</a>
        </div>
      </div>
    </div>
  </div>
  <div class="portal-footer">Site designed, developed and hosted by National Informatics Centre. Contents provided by Goods and Services Tax Network. &copy; ${new Date().getFullYear()}</div>
</div>
<form id="logout-form" method="POST" action="/logout" style="display:none"><input type="hidden" name="_token" value="${esc(sess.csrf)}"></form>`;
  const errorBlock = error
    ? `<div class="ui error message"><div class="header">Login Failed</div><p>${esc(error)}</p></div>`
    : '<div class="ui error message"></div>';
  const warningBlock = expired
    ? '<div class="ui warning message"><i class="close icon"></i><div class="header">Session Expired</div><p>Your session has expired. Please login again.</p></div>'
    : flash.warning
      ? `<div class="ui warning message"><i class="close icon"></i><p>${esc(flash.warning)}</p></div>`
      : flash.success
        ? `<div class="ui positive message"><i class="close icon"></i><p>${esc(flash.success)}</p></div>`
        : '';
  const modal = `<div class="ui small login modal">
  <i class="close icon"></i>
  <div class="header">Login</div>
  <div class="content">
    ${warningBlock}
    <form class="ui form${error ? ' error' : ''}" id="login-form" method="POST" action="/login" autocomplete="off">
      <input type="hidden" name="_token" value="${esc(sess.csrf)}">
      ${errorBlock}
      <div class="required field">
        <label>Username</label>
        <div class="ui left icon input">
          <input type="text" name="username" placeholder="Username" maxlength="15" value="${esc(flash.oldUsername ?? '')}">
          <i class="user icon"></i>
        </div>
      </div>
      <div class="required field">
        <label>Password</label>
        <div class="ui left icon input">
          <input type="password" name="password" placeholder="Password" maxlength="30">
          <i class="lock icon"></i>
        </div>
      </div>
      <div class="required field">
        <label>Captcha</label>
        <div class="captcha-row">
          <img class="captcha-img" src="/captcha/default?${randomBytes(4).toString('hex')}" width="150" height="46" alt="captcha">
          <a class="refresh-captcha" title="Refresh Captcha"><i class="sync icon"></i></a>
        </div>
        <input type="text" name="captcha" placeholder="Enter Captcha" maxlength="5" autocomplete="off">
      </div>
      <div class="field"><a href="/help">Forgot Username</a> &nbsp;|&nbsp; <a href="/help">Forgot Password</a></div>
    </form>
  </div>
  <div class="actions">
    <div class="ui cancel button">Cancel</div>
    <div class="ui primary approve button">Login</div>
  </div>
</div>`;
  const script = `$(function () {
  var $login = $('.ui.login.modal');
  $login.modal({
    closable: true,
    onApprove: function () { $('#login-form').form('submit'); return false; }
  }).modal('attach events', '.header-login.button', 'show');
  $('#login-form').form({
    fields: {
      username: { identifier: 'username', rules: [{ type: 'empty', prompt: 'Please enter Username' }] },
      password: { identifier: 'password', rules: [{ type: 'empty', prompt: 'Please enter Password' }] },
      captcha: { identifier: 'captcha', rules: [{ type: 'empty', prompt: 'Please enter Captcha' }, { type: 'exactLength[5]', prompt: 'Captcha must be 5 characters' }] }
    }
  });
  $('.refresh-captcha').on('click', function () { $('.captcha-img').attr('src', '/captcha/default?' + Math.random().toString(36).slice(2)); $('[name=captcha]').val(''); });
  if (${js(openLogin)}) { $login.modal('show'); }
});
${toastScript(flash.toast)}`;
  return documentShell(sess, 'Home', 'home-page', body, modal, script);
}

function loginOtpPage(sess: Session): string {
  const flash = sess.flash;
  const boxes = Array.from(
    { length: 6 },
    (_, i) =>
      `<div class="field"><input type="text" name="otp[]" maxlength="1" inputmode="numeric" autocomplete="${i === 0 ? 'one-time-code' : 'off'}" aria-label="OTP digit ${i + 1}"></div>`,
  ).join('\n          ');
  const message = flash.error
    ? `<div class="ui negative message"><i class="close icon"></i><div class="header">Invalid OTP</div><p>${esc(flash.error)}</p></div>`
    : flash.success
      ? `<div class="ui positive message"><i class="close icon"></i><p>${esc(flash.success)}</p></div>`
      : '';
  const body = `<div class="ui large top fixed inverted blue menu portal-header">
  <div class="ui container"><a class="header item" href="/">${LOGO}e-Invoice System</a></div>
</div>
<div class="ui middle aligned center aligned grid" style="min-height:100vh;margin:0">
  <div class="column otp-shell">
    <h2 class="ui blue header">Two Factor Authentication<div class="sub header">Login to e-Invoice System</div></h2>
    ${message}
    <form class="ui large form" id="otp-form" method="POST" action="/login/verify-otp" autocomplete="off">
      <input type="hidden" name="_token" value="${esc(sess.csrf)}">
      <div class="ui stacked segment">
        <p>An OTP has been sent to your registered mobile number <b>${MOBILE}</b>. You may also use the OTP shown in the Sandes app or the NIC-GST-Shield app.</p>
        <div class="field">
          <label>Enter OTP</label>
        </div>
        <div class="six fields otp-boxes">
          ${boxes}
        </div>
        <div class="ui error message"></div>
        <div class="ui fluid large primary submit button">Verify OTP</div>
        <div class="ui divider"></div>
        <p>Didn't receive the OTP? <a class="resend-login-otp">Resend OTP</a> &nbsp;|&nbsp; <a href="/login">Back to Login</a></p>
      </div>
    </form>
    <form id="resend-form" method="POST" action="/login/resend-otp" style="display:none"><input type="hidden" name="_token" value="${esc(sess.csrf)}"></form>
  </div>
</div>`;
  const script = `$(function () {
  var $form = $('#otp-form');
  var boxes = $form.find('.otp-boxes input').toArray();
  function code() { return boxes.map(function (b) { return b.value; }).join(''); }
  function spread(from, digits) {
    for (var i = 0; i < digits.length && from + i < boxes.length; i++) boxes[from + i].value = digits.charAt(i);
    var next = Math.min(from + digits.length, boxes.length - 1);
    boxes[next].focus();
  }
  boxes.forEach(function (box, i) {
    box.addEventListener('input', function () {
      var digits = box.value.replace(/\\D/g, '');
      box.value = '';
      if (!digits) return;
      spread(i, digits);
      $form.removeClass('error');
      $form.find('.six.fields').removeClass('error');
    });
    box.addEventListener('keydown', function (e) {
      if (e.key === 'Backspace' && !box.value && i > 0) { boxes[i - 1].value = ''; boxes[i - 1].focus(); e.preventDefault(); }
      else if (e.key === 'ArrowLeft' && i > 0) boxes[i - 1].focus();
      else if (e.key === 'ArrowRight' && i < boxes.length - 1) boxes[i + 1].focus();
    });
    box.addEventListener('paste', function (e) {
      var t = (e.clipboardData || window.clipboardData).getData('text').replace(/\\D/g, '');
      if (!t) return;
      e.preventDefault();
      spread(i, t);
    });
  });
  $form.form({
    fields: {},
    onSuccess: function (e) {
      if (!/^\\d{6}$/.test(code())) {
        e.preventDefault();
        $form.find('.six.fields').addClass('error');
        $form.form('add errors', ['Please enter the 6 digit OTP sent to your registered mobile number']);
        return false;
      }
      $form.find('.submit.button').addClass('loading');
    }
  });
  $('.resend-login-otp').on('click', function () { document.getElementById('resend-form').submit(); });
  boxes[0].focus();
});
${toastScript(flash.toast)}`;
  return documentShell(sess, 'Verify OTP', 'otp-page', body, '', script);
}

/* ---- application pages ---- */

function sidebar(active: string, labelFor: (leaf: MenuLeaf) => string): string {
  const item = (node: MenuNode, depth: number): string => {
    if (!isGroup(node)) {
      const icon = node.icon ? `<i class="${node.icon} icon"></i>` : '';
      return `<a class="${node.href === active ? 'active ' : ''}item" href="${node.href}">${icon}${esc(labelFor(node))}</a>`;
    }
    const open = contains(node, active) ? ' active' : '';
    const title = depth === 0 ? `<a class="title${open}">` : `<div class="title${open}">`;
    const titleEnd = depth === 0 ? '</a>' : '</div>';
    return `<div class="item">
      ${title}<i class="dropdown icon"></i>${esc(node.label)}${titleEnd}
      <div class="content${open}"><div class="menu">${node.children.map((c) => item(c, depth + 1)).join('')}</div></div>
    </div>`;
  };
  return `<div class="ui vertical inverted fluid accordion menu">${MENU.map((n) => item(n, 0)).join('\n')}</div>`;
}

function appPage(
  sess: Session,
  state: R7FomanticState,
  active: string,
  title: string,
  crumbs: string[],
  content: string,
  modals: string,
  script: string,
): string {
  const crumbHtml = ['Home', ...crumbs]
    .map((c, i, all) =>
      i === all.length - 1
        ? `<div class="active section">${esc(c)}</div>`
        : `<a class="section" href="/dashboard">${esc(c)}</a><i class="divider">/</i>`,
    )
    .join('');
  const body = `<div class="ui top fixed inverted blue menu portal-header">
  <a class="header item" href="/dashboard">${LOGO}e-Invoice System</a>
  <div class="right menu">
    <div class="item">GSTIN: ${esc(state.gstin)}</div>
    <div class="ui dropdown item">
      <i class="user icon"></i>${esc(TRADE_NAME)}<i class="dropdown icon"></i>
      <div class="menu">
        <a class="item" href="/user-management/update-sub-user">My Profile</a>
        <a class="item" href="/api-registration/change-api-password">Change Password</a>
        <a class="item logout-link" href="/logout"><i class="sign-out icon"></i>Logout</a>
      </div>
    </div>
  </div>
</div>
<div class="portal-body">
  <div class="portal-sidebar">${sidebar(active, (l) => l.label)}</div>
  <div class="portal-main">
    <div class="ui breadcrumb">${crumbHtml}</div>
    ${content}
    <div class="portal-footer">Site designed, developed and hosted by National Informatics Centre. Contents provided by Goods and Services Tax Network.</div>
  </div>
</div>
<form id="logout-form" method="POST" action="/logout" style="display:none"><input type="hidden" name="_token" value="${esc(sess.csrf)}"></form>`;
  return documentShell(sess, title, 'app-page', body, modals, `${script}\n${toastScript(sess.flash.toast)}`);
}

function flashBlock(flash: Flash): string {
  if (flash.error)
    return `<div class="ui negative message"><i class="close icon"></i><p>${esc(flash.error)}</p></div>`;
  if (flash.warning)
    return `<div class="ui warning message"><i class="close icon"></i><p>${esc(flash.warning)}</p></div>`;
  if (flash.success)
    return `<div class="ui positive message"><i class="close icon"></i><p>${esc(flash.success)}</p></div>`;
  return '';
}

function dashboardPage(sess: Session, state: R7FomanticState, showTech: boolean): string {
  const content = `${flashBlock(sess.flash)}
<h2 class="ui header">Dash Board<div class="sub header">${esc(TRADE_NAME)} &middot; ${esc(state.gstin)}</div></h2>
<div class="ui info message"><i class="close icon"></i><div class="header">Advisory</div><p>Please keep the contact details of your technical person up to date. API users can be created from API Registration.</p></div>
<div class="ui cards">
  <div class="card"><div class="content"><div class="header">Generations</div><div class="ui statistic"><div class="value">1,284</div><div class="label">IRNs this month</div></div></div></div>
  <div class="card"><div class="content"><div class="header">Cancelled</div><div class="ui statistic"><div class="value">17</div><div class="label">IRNs this month</div></div></div></div>
  <div class="card"><div class="content"><div class="header">e-Way Bills</div><div class="ui statistic"><div class="value">932</div><div class="label">Generated by IRN</div></div></div></div>
</div>`;
  const modal = showTech
    ? `<div class="ui small tech-contact modal">
  <i class="close icon"></i>
  <div class="header">Contacts of Technical Person</div>
  <div class="content">
    <p>Please verify the details of the technical person of your organisation who handles e-invoice integration.</p>
    <form class="ui form" id="tech-contact-form">
      <div class="required field"><label>Name</label><input type="text" name="tech_name" value="Rahul Deshmukh"></div>
      <div class="two fields">
        <div class="required field"><label>Mobile Number</label><input type="tel" name="tech_mobile" value="98XXXXXX21"></div>
        <div class="required field"><label>Email</label><input type="email" name="tech_email" value="it.support@shreeganesh.example"></div>
      </div>
    </form>
  </div>
  <div class="actions">
    <div class="ui green save button">Save</div>
    <div class="ui red cancel button">Exit</div>
  </div>
</div>`
    : '';
  const script = showTech
    ? `$(function () {
  var $m = $('.ui.tech-contact.modal');
  $m.modal({ closable: false, autofocus: false });
  $m.find('.save.button').on('click', function () {
    var $b = $(this).addClass('loading');
    $.ajax({
      url: '/technical-contact', method: 'POST', data: $('#tech-contact-form').serialize(),
      success: function (r) { $m.modal('hide'); $.toast({ class: 'success', message: r.message }); },
      complete: function () { $b.removeClass('loading'); }
    });
  });
  setTimeout(function () { $m.modal('show'); }, 400);
});`
    : '';
  return appPage(sess, state, '/dashboard', 'Dash Board', ['Dash Board'], content, modal, script);
}

function leafPage(sess: Session, state: R7FomanticState, leaf: MenuLeaf): string {
  const content = `<h2 class="ui header">${esc(leaf.label)}</h2>
<div class="ui placeholder segment"><div class="ui icon header"><i class="info icon"></i>No records found.</div></div>`;
  return appPage(sess, state, leaf.href, leaf.label, [leaf.label], content, '', '');
}

function createApiUserPage(sess: Session, state: R7FomanticState): string {
  const content = `${flashBlock(sess.flash)}
<div class="ui segments">
  <div class="ui secondary segment"><h3 class="ui header">API Registration<div class="sub header">Create API User</div></h3></div>
  <div class="ui segment">
    <div class="ui icon info message otp-status"><div class="ui active inline loader"></div><div class="content"><p>Sending OTP to your registered mobile number ${MOBILE}...</p></div></div>
    <form class="ui form" id="api-otp-form" autocomplete="off">
      <div class="six wide required field">
        <label>Enter OTP</label>
        <input type="text" name="otp" maxlength="6" inputmode="numeric" placeholder="Enter OTP" autocomplete="one-time-code">
      </div>
      <div class="field">
        <div class="ui primary disabled verify-otp button">Verify OTP</div>
        <a class="ui basic button" href="/dashboard">Exit</a>
      </div>
      <p>Didn't receive the OTP? <a class="resend-otp disabled">Resend OTP</a> <span class="resend-timer"></span></p>
    </form>
  </div>
</div>`;
  const script = `$(function () {
  var $form = $('#api-otp-form');
  var $verify = $form.find('.verify-otp.button');
  var $resend = $('.resend-otp');
  var $status = $('.otp-status');
  var timer = null;
  function countdown() {
    var left = 30;
    $resend.addClass('disabled');
    clearInterval(timer);
    $('.resend-timer').text('(' + left + 's)');
    timer = setInterval(function () {
      left -= 1;
      if (left <= 0) { clearInterval(timer); $resend.removeClass('disabled'); $('.resend-timer').text(''); }
      else $('.resend-timer').text('(' + left + 's)');
    }, 1000);
  }
  function send() {
    $verify.addClass('disabled');
    $.ajax({
      url: '/api-registration/send-otp', method: 'POST',
      success: function (r) {
        $status.removeClass('info').addClass('positive').html('<i class="mobile icon"></i><div class="content"><p>' + $.escape(r.message) + '</p></div>');
        $verify.removeClass('disabled');
        $.toast({ class: 'success', message: r.message });
        countdown();
        $form.find('[name=otp]').focus();
      },
      error: function (r) {
        $status.removeClass('info').addClass('negative').html('<i class="warning icon"></i><div class="content"><p>' + $.escape(r.message || 'Unable to send OTP. Please try again.') + '</p></div>');
        $resend.removeClass('disabled');
      }
    });
  }
  function verify() {
    $verify.addClass('loading');
    $.ajax({
      url: '/api-registration/verify-otp', method: 'POST', data: { otp: $form.find('[name=otp]').val() },
      success: function (r) { window.location.href = r.redirect; },
      error: function (r) {
        var msg = (r.errors && r.errors.otp && r.errors.otp[0]) || r.message || 'Invalid OTP.';
        $form.form('add prompt', 'otp', msg);
        $.toast({ class: 'error', title: 'OTP Verification Failed', message: msg });
        $verify.removeClass('loading');
      }
    });
  }
  $form.form({
    inline: true,
    fields: {
      otp: { identifier: 'otp', rules: [{ type: 'empty', prompt: 'Please enter OTP' }, { type: 'exactLength[6]', prompt: 'OTP must be 6 digits' }, { type: 'integer', prompt: 'OTP must contain digits only' }] }
    },
    onSuccess: function (e) { e.preventDefault(); verify(); return false; }
  });
  $verify.on('click', function () { $form.form('submit'); });
  $resend.on('click', function () { if (!$resend.hasClass('disabled')) send(); });
  send();
});`;
  return appPage(
    sess,
    state,
    CREATE_PATH,
    'Create API User',
    ['API Registration', 'User Credentials', 'Create API User'],
    content,
    '',
    script,
  );
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

function userRows(state: R7FomanticState): string {
  const mine = state.users.filter((u) => u.gstin === state.gstin);
  if (!mine.length)
    return '<tr class="no-records"><td colspan="5" class="center aligned">No records found</td></tr>';
  return mine
    .map(
      (u, i) =>
        `<tr><td>${i + 1}</td><td>${esc(u.gsp)}</td><td>${esc(u.username)}</td><td>${esc(formatDate(u.createdOn))}</td><td><div class="ui green label">Active</div></td></tr>`,
    )
    .join('');
}

function detailsPage(sess: Session, state: R7FomanticState): string {
  const items = GSPS.map((g) => `<div class="item" data-value="${g.id}">${esc(g.name)}</div>`).join(
    '\n            ',
  );
  const radio = (value: string, label: string) =>
    `<div class="field"><div class="ui radio checkbox"><input type="radio" name="reg_type" value="${value}" tabindex="0" class="hidden"><label>${esc(label)}</label></div></div>`;
  const content = `${flashBlock(sess.flash)}
<div class="ui segments">
  <div class="ui secondary segment"><h3 class="ui header">API Registration<div class="sub header">Create API User</div></h3></div>
  <div class="ui segment">
    <div class="result-area"></div>
    <form class="ui form" id="api-user-form" autocomplete="off">
      <div class="ui error message"></div>
      <div class="inline required fields">
        <label>Do you wish to Register your GSTIN for</label>
        ${radio('direct', 'Directly')}
        ${radio('gsp', 'Through GSP')}
        ${radio('erp', 'Through ERP')}
        ${radio('client', 'Through Client-Id of other')}
      </div>
      <div class="ui warning message mode-note"><p>Direct API access is meant for taxpayers who integrate their own systems with the IRP. Most taxpayers should register through their GSP.</p></div>
      <div class="gsp-section">
        <div class="eight wide required field">
          <label>Select your GSP</label>
          <div class="ui fluid search selection dropdown gsp-dropdown">
            <input type="hidden" name="gsp_id">
            <i class="dropdown icon"></i>
            <input class="search" autocomplete="off" tabindex="0">
            <div class="default text" data-placeholder="Select GSP">Select GSP</div>
            <div class="menu">
            ${items}
            </div>
          </div>
        </div>
      </div>
      <div class="client-id-section">
        <div class="eight wide required field"><label>Client-Id of other</label><input type="text" name="other_client_id" placeholder="Client-Id"></div>
      </div>
      <div class="credential-section">
        <div class="eight wide required field">
          <label>Username</label>
          <div class="ui labeled input">
            <div class="ui label">API_</div>
            <input type="text" name="username" maxlength="16" placeholder="Username">
          </div>
          <span class="hint">4 to 16 characters, letters and digits only.</span>
        </div>
        <div class="eight wide required field">
          <label>Password</label>
          <input type="password" name="password" maxlength="15" placeholder="Password">
          <span class="hint">8 to 15 characters with at least one uppercase letter, one lowercase letter, one digit and one special character.</span>
        </div>
        <div class="eight wide required field">
          <label>Re-enter Password</label>
          <input type="password" name="password_confirmation" maxlength="15" placeholder="Re-enter Password">
        </div>
      </div>
      <div class="field">
        <div class="ui primary submit button">Submit</div>
        <a class="ui button" href="/dashboard">Exit</a>
      </div>
    </form>
  </div>
</div>
<h4 class="ui dividing header">Registered GSPs</h4>
<table class="ui celled striped table registered-gsps">
  <thead><tr><th>Sl. No.</th><th>GSP Name</th><th>API Username</th><th>Registered On</th><th>Status</th></tr></thead>
  <tbody>${userRows(state)}</tbody>
</table>`;
  const modals = `<div class="ui mini confirm-submit modal">
  <div class="header">Confirm</div>
  <div class="content"><p class="confirm-text"></p></div>
  <div class="actions">
    <div class="ui cancel button">No</div>
    <div class="ui primary approve button">Yes</div>
  </div>
</div>`;
  const script = `$(function () {
  var $form = $('#api-user-form');
  var $gsp = $form.find('.gsp-dropdown');
  var $confirm = $('.ui.confirm-submit.modal');
  var $submit = $form.find('.submit.button');
  function mode() { var c = $form.find('[name=reg_type]:checked'); return c.length ? c.val() : ''; }
  function sections() {
    var m = mode();
    $form.find('.gsp-section').toggleClass('shown', m === 'gsp');
    $form.find('.client-id-section').toggleClass('shown', m === 'client');
    $form.find('.mode-note').toggleClass('shown', m === 'direct');
    $form.find('.credential-section').toggleClass('shown', m !== '');
  }
  $form.find('[name=reg_type]').on('change', sections);
  sections();
  $gsp.dropdown({ placeholder: 'Select GSP' });
  $form.form({
    inline: true,
    fields: {
      reg_type: { identifier: 'reg_type', rules: [{ type: 'checked', prompt: 'Please select the registration type' }] },
      gsp_id: { identifier: 'gsp_id', when: function () { return mode() === 'gsp'; }, rules: [{ type: 'empty', prompt: 'Please select your GSP' }] },
      other_client_id: { identifier: 'other_client_id', when: function () { return mode() === 'client'; }, rules: [{ type: 'empty', prompt: 'Please enter the Client-Id' }] },
      username: { identifier: 'username', when: function () { return mode() !== ''; }, rules: [
        { type: 'empty', prompt: 'Please enter Username' },
        { type: 'regExp', value: /^[A-Za-z0-9]{4,16}$/, prompt: 'Username must be 4 to 16 letters or digits' }
      ] },
      password: { identifier: 'password', when: function () { return mode() !== ''; }, rules: [
        { type: 'empty', prompt: 'Please enter Password' },
        { type: 'regExp', value: /^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}$/, prompt: 'Password must be 8 to 15 characters with an uppercase letter, a lowercase letter, a digit and a special character' }
      ] },
      password_confirmation: { identifier: 'password_confirmation', when: function () { return mode() !== ''; }, rules: [
        { type: 'empty', prompt: 'Please re-enter Password' },
        { type: 'match[password]', prompt: 'Password and Re-enter Password do not match' }
      ] }
    },
    onSuccess: function (e) {
      e.preventDefault();
      var m = mode();
      var target = m === 'gsp' ? 'through ' + $gsp.find('.item.active').text().trim() : 'for the selected option';
      $confirm.find('.confirm-text').html('Are you sure you want to register your GSTIN ' + $.escape(target) + ' with the username <b>API_' + $.escape($form.find('[name=username]').val()) + '</b>?');
      $confirm.modal('show');
      return false;
    }
  });
  function post() {
    $submit.addClass('loading');
    $.ajax({
      url: '/api-registration/api-users', method: 'POST', data: $form.serialize(),
      success: function (r) {
        $('.result-area').html('<div class="ui positive message"><i class="close icon"></i><div class="header">API User Created Successfully</div><p>' + $.escape(r.message) + '</p></div>');
        $.toast({ class: 'success', title: 'Success', message: r.message });
        var $body = $('.registered-gsps tbody');
        $body.find('.no-records').remove();
        var n = $body.find('tr').length + 1;
        $body.append('<tr><td>' + n + '</td><td>' + $.escape(r.user.gsp) + '</td><td>' + $.escape(r.user.username) + '</td><td>' + $.escape(r.user.createdOnText) + '</td><td><div class="ui green label">Active</div></td></tr>');
        $form.find('[name=username], [name=password], [name=password_confirmation]').val('');
        $gsp.dropdown('clear');
        $form.form('clear');
      },
      error: function (r, status) {
        if (r.errors) {
          var list = [];
          Object.keys(r.errors).forEach(function (k) { list.push(r.errors[k][0]); $form.form('add prompt', k, r.errors[k][0]); });
          $form.addClass('error');
          $form.find('.ui.error.message').html('<div class="header">' + $.escape(r.message || 'The given data was invalid.') + '</div><ul class="list">' + list.map(function (t) { return '<li>' + $.escape(t) + '</li>'; }).join('') + '</ul>');
        } else if (status === 403 && r.redirect) {
          App.alert('Alert', r.message, function () { window.location.href = r.redirect; });
        } else {
          App.alert('Alert', r.message || 'Unable to process your request. Please try again.');
        }
      },
      complete: function () { $submit.removeClass('loading'); }
    });
  }
  $confirm.modal({ closable: false, onApprove: function () { post(); } });
});`;
  return appPage(
    sess,
    state,
    CREATE_PATH,
    'Create API User',
    ['API Registration', 'User Credentials', 'Create API User'],
    content,
    modals,
    script,
  );
}

function errorPage(code: number, message: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${message}</title>
<style>body{font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;background:#f7fafc;color:#a0aec0;margin:0}
.flex{display:flex;align-items:center;justify-content:center;height:100vh}.code{font-size:1.5rem;padding:0 1rem;border-right:1px solid #cbd5e0}
.msg{font-size:1.125rem;padding:0 1rem;text-transform:uppercase;letter-spacing:.05em}</style></head>
<body><div class="flex"><div class="code">${code}</div><div class="msg">${message}</div></div></body>
</html>`;
}

function captchaSvg(text: string): string {
  const seed = randomBytes(32);
  let k = 0;
  const rnd = (): number => {
    const b = seed[k % seed.length] ?? 0;
    k += 1;
    return b / 255;
  };
  const chars = text.split('').map((ch, i) => {
    const x = 18 + i * 26 + Math.round(rnd() * 6);
    const y = 32 + Math.round(rnd() * 8);
    const rot = Math.round((rnd() - 0.5) * 40);
    return `<text x="${x}" y="${y}" transform="rotate(${rot} ${x} ${y})" font-family="Georgia,serif" font-size="28" font-weight="bold" fill="#2b3a55">${esc(ch)}</text>`;
  });
  const lines = Array.from({ length: 6 }, () => {
    const pts = [rnd() * 150, rnd() * 46, rnd() * 150, rnd() * 46].map((n) => n.toFixed(1));
    return `<line x1="${pts[0]}" y1="${pts[1]}" x2="${pts[2]}" y2="${pts[3]}" stroke="#8a94a6" stroke-width="1"/>`;
  });
  const dots = Array.from(
    { length: 40 },
    () => `<circle cx="${(rnd() * 150).toFixed(1)}" cy="${(rnd() * 46).toFixed(1)}" r="1" fill="#9aa3b5"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="46" viewBox="0 0 150 46"><rect width="150" height="46" fill="#f7f7f0"/>${dots.join('')}${lines.join('')}${chars.join('')}</svg>`;
}

/* ------------------------------------------------------------------------------------------------
 * The server.
 * ---------------------------------------------------------------------------------------------- */
const USERNAME_RE = /^[A-Za-z0-9]{4,16}$/;
const PASSWORD_RE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}$/;

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

function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out.set(part.slice(0, i).trim(), decodeURIComponent(part.slice(i + 1).trim()));
  }
  return out;
}

export async function startR7FomanticRendition(
  options: R7FomanticOptions = {},
): Promise<R7FomanticRendition> {
  const state: R7FomanticState = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: (options.captcha ?? 'K7Q2M').toUpperCase(),
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const techContact = options.techContact !== false;
  const pages = new Map(leaves(MENU).map((leaf) => [leaf.href, leaf]));
  const sessions = new Map<string, Session>();
  let pendingExpiry = options.expireOnce;

  function newSession(stage: Session['stage'] = 'guest'): Session {
    const sess: Session = {
      id: randomBytes(20).toString('hex'),
      csrf: randomBytes(20).toString('base64url'),
      stage,
      flash: {},
      techShown: false,
      apiOtpSent: false,
      apiVerified: false,
    };
    sessions.set(sess.id, sess);
    return sess;
  }

  function cookies(sess: Session): string[] {
    const expires = new Date(Date.now() + 2 * 3600_000).toUTCString();
    return [
      `XSRF-TOKEN=${encodeURIComponent(sess.csrf)}; expires=${expires}; Max-Age=7200; path=/; samesite=lax`,
      `laravel_session=${sess.id}; expires=${expires}; Max-Age=7200; path=/; httponly; samesite=lax`,
    ];
  }

  function send(
    res: ServerResponse,
    sess: Session | null,
    status: number,
    type: string,
    body: string,
    extra: Record<string, string> = {},
  ): void {
    const headers: Record<string, string | string[]> = {
      'Content-Type': type,
      'Cache-Control': 'no-cache, private',
      'X-Powered-By': 'PHP/8.2.14',
      ...extra,
    };
    if (sess) headers['Set-Cookie'] = cookies(sess);
    res.writeHead(status, headers);
    res.end(body);
  }

  function html(res: ServerResponse, sess: Session, body: string, status = 200): void {
    sess.flash = {};
    send(res, sess, status, 'text/html; charset=UTF-8', body);
  }

  function json(res: ServerResponse, sess: Session | null, status: number, body: unknown): void {
    send(res, sess, status, 'application/json', JSON.stringify(body));
  }

  function redirect(res: ServerResponse, sess: Session | null, to: string): void {
    send(
      res,
      sess,
      302,
      'text/html; charset=UTF-8',
      `<!DOCTYPE html><html><head><meta charset="UTF-8"><meta http-equiv="refresh" content="0;url='${esc(to)}'"><title>Redirecting to ${esc(to)}</title></head><body>Redirecting to <a href="${esc(to)}">${esc(to)}</a>.</body></html>`,
      { Location: to },
    );
  }

  /** The expiry of a stage: the session is gone and the AJAX call answers as Laravel does (419). */
  function expireIfDue(stage: R7FomanticExpiry, sess: Session, res: ServerResponse): boolean {
    if (pendingExpiry !== stage) return false;
    pendingExpiry = undefined;
    sessions.delete(sess.id);
    state.expired.push(stage);
    json(res, null, 419, { message: 'CSRF token mismatch.' });
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    if (method === 'GET' && path === '/css/app.css') {
      send(res, null, 200, 'text/css; charset=UTF-8', APP_CSS, { 'Cache-Control': 'public, max-age=3600' });
      return;
    }
    if (method === 'GET' && path === '/js/app.js') {
      send(res, null, 200, 'application/javascript; charset=UTF-8', APP_JS, {
        'Cache-Control': 'public, max-age=3600',
      });
      return;
    }
    if (method === 'GET' && path === '/favicon.ico') {
      send(res, null, 204, 'image/x-icon', '');
      return;
    }
    const cookieId = parseCookies(req.headers.cookie).get('laravel_session');
    const known = cookieId ? sessions.get(cookieId) : undefined;
    const sess = known ?? newSession();
    const ajax = req.headers['x-requested-with'] === 'XMLHttpRequest';

    if (method === 'GET' && path === '/captcha/default') {
      send(res, sess, 200, 'image/svg+xml', captchaSvg(state.captcha), { 'Cache-Control': 'no-store' });
      return;
    }

    if (method === 'POST') {
      const body = await readBody(req);
      const token = (req.headers['x-csrf-token'] as string | undefined) ?? body.get('_token') ?? '';
      if (!known || token !== sess.csrf) {
        if (ajax) json(res, sess, 419, { message: 'CSRF token mismatch.' });
        else send(res, sess, 419, 'text/html; charset=UTF-8', errorPage(419, 'Page Expired'));
        return;
      }
      await post(path, body, sess, res);
      return;
    }

    if (method !== 'GET' && method !== 'HEAD') {
      send(res, sess, 405, 'text/html; charset=UTF-8', errorPage(405, 'Method Not Allowed'));
      return;
    }

    if (path === '/' || path === '/login') {
      if (path === '/login' && sess.stage === 'auth') return redirect(res, sess, '/dashboard');
      const expired = url.searchParams.get('expired') === '1';
      html(res, sess, homePage(sess, path === '/login', expired));
      return;
    }
    if (path === '/login/verify-otp') {
      if (sess.stage === 'auth') return redirect(res, sess, '/dashboard');
      if (sess.stage !== 'otp') return redirect(res, sess, '/login');
      html(res, sess, loginOtpPage(sess));
      return;
    }
    if (path === '/help') {
      html(res, sess, leafPageGuest(sess));
      return;
    }

    const leaf = pages.get(path);
    const appRoute = leaf !== undefined || path === DETAILS_PATH;
    if (!appRoute) {
      send(res, sess, 404, 'text/html; charset=UTF-8', errorPage(404, 'Not Found'));
      return;
    }
    if (sess.stage !== 'auth') {
      if (sess.stage === 'otp') return redirect(res, sess, '/login/verify-otp');
      sess.flash = { warning: 'Please login to continue.' };
      return redirect(res, sess, '/login');
    }
    if (path === '/dashboard') {
      const showTech = techContact && !sess.techShown;
      sess.techShown = true;
      html(res, sess, dashboardPage(sess, state, showTech));
      return;
    }
    if (path === CREATE_PATH) {
      sess.apiOtpSent = false;
      sess.apiVerified = false;
      html(res, sess, createApiUserPage(sess, state));
      return;
    }
    if (path === DETAILS_PATH) {
      if (!sess.apiVerified) {
        sess.flash = { warning: 'Please verify the OTP sent to your registered mobile number to continue.' };
        return redirect(res, sess, CREATE_PATH);
      }
      html(res, sess, detailsPage(sess, state));
      return;
    }
    if (leaf) html(res, sess, leafPage(sess, state, leaf));
  }

  function leafPageGuest(sess: Session): string {
    return documentShell(
      sess,
      'Help',
      'help-page',
      `<div class="ui large top fixed inverted blue menu portal-header"><div class="ui container"><a class="header item" href="/">${LOGO}e-Invoice System</a></div></div>
<div class="ui container" style="padding-top:6em"><h2 class="ui header">Help</h2><div class="ui segment"><p>For assistance, please contact the e-Invoice helpdesk at 1800 1200 232 or raise a ticket on the self-service portal.</p></div></div>`,
      '',
      '',
    );
  }

  async function post(
    path: string,
    body: URLSearchParams,
    sess: Session,
    res: ServerResponse,
  ): Promise<void> {
    if (path === '/login') {
      const username = (body.get('username') ?? '').trim();
      const password = body.get('password') ?? '';
      const captcha = (body.get('captcha') ?? '').trim().toUpperCase();
      if (captcha !== state.captcha) {
        state.refusals.push('captcha');
        sess.flash = {
          error: 'Invalid Captcha. Please enter the characters shown in the image.',
          oldUsername: username,
        };
        return redirect(res, sess, '/login');
      }
      if (username.toLowerCase() !== LOGIN.username.toLowerCase() || password !== LOGIN.password) {
        state.refusals.push('login');
        sess.flash = {
          error: 'Invalid Login Credentials. Please check your Username and Password.',
          oldUsername: username,
        };
        return redirect(res, sess, '/login');
      }
      sessions.delete(sess.id);
      const fresh = newSession('otp');
      fresh.flash = {
        toast: { cls: 'info', message: `An OTP has been sent to your registered mobile number ${MOBILE}.` },
      };
      return redirect(res, fresh, '/login/verify-otp');
    }
    if (path === '/login/verify-otp') {
      if (sess.stage !== 'otp') return redirect(res, sess, '/login');
      const otp = body
        .getAll('otp[]')
        .map((d) => d.trim())
        .join('');
      if (otp !== state.loginOtp) {
        state.refusals.push('login-otp');
        sess.flash = {
          error:
            'The OTP entered is incorrect. Please enter the correct OTP sent to your registered mobile number.',
        };
        return redirect(res, sess, '/login/verify-otp');
      }
      sess.stage = 'auth';
      sess.techShown = false;
      sess.flash = { toast: { cls: 'success', message: 'Login successful.' } };
      return redirect(res, sess, '/dashboard');
    }
    if (path === '/login/resend-otp') {
      if (sess.stage !== 'otp') return redirect(res, sess, '/login');
      sess.flash = { success: `OTP has been resent to your registered mobile number ${MOBILE}.` };
      return redirect(res, sess, '/login/verify-otp');
    }
    if (path === '/logout') {
      sessions.delete(sess.id);
      const fresh = newSession();
      fresh.flash = { success: 'You have been logged out successfully.' };
      return redirect(res, fresh, '/login');
    }

    // Everything below is an AJAX call of a logged-in user.
    if (sess.stage !== 'auth') {
      json(res, sess, 401, { message: 'Unauthenticated.' });
      return;
    }
    if (path === '/technical-contact') {
      json(res, sess, 200, { status: 'success', message: 'Technical contact details saved successfully.' });
      return;
    }
    if (path === '/api-registration/send-otp') {
      if (expireIfDue('api-otp-send', sess, res)) return;
      sess.apiOtpSent = true;
      sess.apiVerified = false;
      json(res, sess, 200, {
        status: 'success',
        message: `OTP has been sent to your registered mobile number ${MOBILE}.`,
      });
      return;
    }
    if (path === '/api-registration/verify-otp') {
      if (expireIfDue('api-otp-verify', sess, res)) return;
      if (!sess.apiOtpSent) {
        json(res, sess, 422, { message: 'Please generate the OTP first.' });
        return;
      }
      const otp = (body.get('otp') ?? '').trim();
      if (otp !== state.apiOtp) {
        state.refusals.push('api-otp');
        json(res, sess, 422, {
          message: 'The given data was invalid.',
          errors: { otp: ['Invalid OTP. Please enter the valid OTP sent to your registered mobile number.'] },
        });
        return;
      }
      sess.apiVerified = true;
      sess.flash = { toast: { cls: 'success', message: 'OTP verified successfully.' } };
      json(res, sess, 200, { status: 'success', redirect: DETAILS_PATH });
      return;
    }
    if (path === '/api-registration/api-users') {
      if (expireIfDue('submit', sess, res)) return;
      if (!sess.apiVerified) {
        json(res, sess, 403, {
          message: 'OTP verification is required before creating an API user.',
          redirect: CREATE_PATH,
        });
        return;
      }
      const regType = body.get('reg_type') ?? '';
      const errors: Record<string, string[]> = {};
      if (!['direct', 'gsp', 'erp', 'client'].includes(regType)) {
        errors.reg_type = ['The registration type field is required.'];
      }
      const gsp = GSPS.find((g) => g.id === body.get('gsp_id'));
      if (regType === 'gsp' && !gsp) errors.gsp_id = ['Please select your GSP.'];
      const typed = (body.get('username') ?? '').trim();
      if (!typed) errors.username = ['The username field is required.'];
      else if (!USERNAME_RE.test(typed))
        errors.username = ['The username must be 4 to 16 letters or digits.'];
      const password = body.get('password') ?? '';
      if (!password) errors.password = ['The password field is required.'];
      else if (!PASSWORD_RE.test(password)) errors.password = ['The password format is invalid.'];
      else if (password !== body.get('password_confirmation')) {
        errors.password_confirmation = ['The password confirmation does not match.'];
      }
      if (Object.keys(errors).length) {
        json(res, sess, 422, { message: 'The given data was invalid.', errors });
        return;
      }
      if (regType !== 'gsp' || !gsp) {
        json(res, sess, 422, {
          message:
            regType === 'direct'
              ? 'Direct API access is not enabled for your GSTIN. Please register through a GSP.'
              : 'This registration option is not available for your GSTIN.',
        });
        return;
      }
      if (state.users.some((u) => u.gstin === state.gstin && u.gsp === gsp.name)) {
        state.refusals.push('duplicate');
        json(res, sess, 422, {
          message: `Your GSTIN ${state.gstin} is already registered with ${gsp.name}. Duplicate registration is not allowed.`,
        });
        return;
      }
      const username = `API_${typed}`;
      if (state.users.some((u) => u.username.toLowerCase() === username.toLowerCase())) {
        state.refusals.push('username-taken');
        json(res, sess, 422, {
          message: 'The given data was invalid.',
          errors: { username: [`The username ${username} has already been taken.`] },
        });
        return;
      }
      const user: R7FomanticUser = {
        gstin: state.gstin,
        gsp: gsp.name,
        username,
        password,
        createdOn: new Date().toISOString(),
      };
      state.users.push(user);
      json(res, sess, 200, {
        status: 'success',
        message: `API user ${username} has been created successfully for ${gsp.name}.`,
        user: { gsp: user.gsp, username: user.username, createdOnText: formatDate(user.createdOn) },
      });
      return;
    }
    json(res, sess, 404, { message: 'Not Found' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/html; charset=UTF-8' });
        res.end(errorPage(500, 'Server Error'));
      }
      void err;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

export const R7_FOMANTIC_LOGIN = LOGIN;
