/**
 * Rendition r5-jquery: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as an ASP.NET MVC-era NIC site with
 * jQuery UI and Bootstrap 3 plugins would draw it: server-rendered pages, a home page whose header
 * "Login" opens a jQuery UI dialog (with its overlay appended at the end of body), a form POST
 * that re-renders with an inline alert() on failure, a 2FA page with a password-type OTP box and
 * toastr toasts, a Bootstrap 3 modal for the technical contact, an Inspinia-style metisMenu
 * sidebar, bootbox alerts and confirms, iCheck radios, a bootstrap-select picker with live search,
 * ASP.NET MVC "field-validation-error" spans, and AJAX calls that answer 401 when asked to expire.
 * Every line of markup, style and script is written here; no library files.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a session may be made to expire once: the first AJAX call of that stage answers 401. */
export type R5JqueryExpiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface R5JqueryOptions {
  expireOnce?: R5JqueryExpiry;
  gstin?: string;
  tradeName?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface R5JqueryUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

export interface R5JqueryState {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: R5JqueryUser[];
  /**
   * What the portal refused, in order: 'login', 'captcha', 'login-otp', 'api-otp', 'duplicate'
   * (GSTIN already registered with that GSP), 'username-taken'.
   */
  refusals: string[];
  /** Stages at which the session expired. */
  expired: string[];
}

export interface R5JqueryRendition {
  url: string;
  close(): Promise<void>;
  state: R5JqueryState;
}

const LOGIN = { username: 'nicuser27', password: 'Nic@2025#Pwd' };
const MOBILE = 'XXXXXX1234';

/** [value, text] of the GSP picker; values are invented codes, texts as the public guides spell them. */
const GSPS: [string, string][] = [
  ['GSP001', 'Adaequare Info Private Limited'],
  ['GSP002', 'BVM IT Consulting Services India Private Limited'],
  ['GSP003', 'Chartered Information Systems Private Limited'],
  ['GSP004', 'Cygnet Infotech Private Ltd'],
  ['GSP005', 'DEFMACRO SOFTWARE PRIVATE LIMITED'],
  ['GSP006', 'IRIS BUSINESS SERVICES LIMITED'],
  ['GSP007', 'Masters India Private Limited'],
  ['GSP008', 'Tally ( India) Private Ltd'],
  ['GSP009', 'Tera Software Limited'],
  ['GSP010', 'Vay Network Services Pvt. Ltd.'],
  ['GSP011', 'Webtel Electrosoft Private Limited'],
];

const USERNAME_RULE = /^[A-Za-z0-9_]{4,20}$/;
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,20}$/;

const TEXT = {
  invalidLogin: 'Invalid Login Credentials. Please check your Username and Password.',
  invalidCaptcha: 'Invalid Captcha. Please enter the characters shown in the image.',
  invalidLoginOtp: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
  invalidApiOtp: 'The OTP entered is not valid. Please enter the correct OTP.',
  sessionExpired: 'Your session has expired. Please login again.',
  verifyFirst: 'Please verify the OTP before registering the API user.',
  directOnly: 'Direct Integration is allowed only for taxpayers whose AATO is above the notified limit.',
  erpNone: 'No ERP is registered for your GSTIN.',
  userName: 'User Name should contain 4 to 20 characters: letters, digits or underscore.',
  password:
    'Password should be 8 to 20 characters long with at least one upper case letter, one lower case letter, one digit and one special character.',
  mismatch: 'Password and Re-enter Password do not match.',
};

type MenuItem = { label: string; icon?: string; href?: string; children?: MenuItem[] };

const MENU: MenuItem[] = [
  { label: 'Dash Board', icon: 'fa-th-large', href: '/Home/MainMenu' },
  {
    label: 'e-Invoice',
    icon: 'fa-file-text-o',
    children: [
      { label: 'Generate', href: '/Invoice/Generate' },
      { label: 'Bulk Upload', href: '/Invoice/BulkUpload' },
      { label: 'Cancel', href: '/Invoice/Cancel' },
      { label: 'Print', href: '/Invoice/Print' },
    ],
  },
  {
    label: 'MIS Reports',
    icon: 'fa-bar-chart-o',
    children: [
      { label: 'IRN Details', href: '/MisRpt/IrnDetails' },
      { label: 'Summary Report', href: '/MisRpt/Summary' },
    ],
  },
  {
    label: 'API Registration',
    icon: 'fa-plug',
    children: [
      {
        label: 'User Credentials',
        children: [
          { label: 'Create API User', href: '/APIUser/CreateAPIUser' },
          { label: 'Change Password', href: '/APIUser/ChangePassword' },
        ],
      },
      { label: 'IP Whitelisting', href: '/APIUser/IPWhitelisting' },
      { label: 'Freeze API User', href: '/APIUser/FreezeAPIUser' },
    ],
  },
  {
    label: 'User Management',
    icon: 'fa-users',
    children: [
      { label: 'Create Sub User', href: '/UserMgmt/CreateSubUser' },
      { label: 'Freeze Sub User', href: '/UserMgmt/FreezeSubUser' },
    ],
  },
];

function leaves(items: MenuItem[]): MenuItem[] {
  return items.flatMap((item) => (item.children ? leaves(item.children) : [item]));
}

function esc(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/* ------------------------------------------------------------------------------------------------ */
/* Styles: a hand-written subset of Bootstrap 3, Inspinia's sidebar, jQuery UI, toastr, iCheck and   */
/* bootstrap-select, enough to draw the shapes the way the plugins draw them.                         */
/* ------------------------------------------------------------------------------------------------ */

const CSS = String.raw`
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{font-family:"open sans","Helvetica Neue",Helvetica,Arial,sans-serif;font-size:13px;line-height:1.42857;color:#676a6c;background:#f3f3f4}
a{color:#337ab7;text-decoration:none;cursor:pointer}
a:hover{text-decoration:underline}
h1,h2,h3,h4,h5{font-weight:600;margin:10px 0}
.hidden{display:none!important}
.pull-left{float:left}.pull-right{float:right}
.clearfix:after{content:"";display:table;clear:both}
.text-danger{color:#a94442}.text-success{color:#3c763d}.text-muted{color:#999}
.btn{display:inline-block;padding:6px 12px;margin:0;font-size:14px;line-height:1.42857;text-align:center;white-space:nowrap;vertical-align:middle;cursor:pointer;border:1px solid #ccc;border-radius:4px;background:#fff;color:#333;font-family:inherit}
.btn:hover{background:#e6e6e6}
.btn-primary{background:#1ab394;border-color:#1ab394;color:#fff}.btn-primary:hover{background:#18a689}
.btn-success{background:#1c84c6;border-color:#1c84c6;color:#fff}.btn-success:hover{background:#1a7bb9}
.btn-danger{background:#ed5565;border-color:#ed5565;color:#fff}.btn-danger:hover{background:#ec4758}
.btn-default{background:#fff;color:#333}
.btn-block{display:block;width:100%}
.btn[disabled]{opacity:.65;cursor:not-allowed}
.form-group{margin-bottom:15px}
label{display:inline-block;max-width:100%;margin-bottom:5px;font-weight:700}
.form-control{display:block;width:100%;height:34px;padding:6px 12px;font-size:14px;color:#555;background:#fff;border:1px solid #e5e6e7;border-radius:1px;font-family:inherit}
.form-control:focus{border-color:#1ab394;outline:0}
.input-validation-error{border-color:#a94442!important}
.field-validation-valid{display:none}
.field-validation-error{display:block;color:#a94442;font-size:12px;margin-top:3px}
.input-group{position:relative;display:table;width:100%;border-collapse:separate}
.input-group .form-control{display:table-cell;position:relative;float:left;width:100%}
.input-group-addon{display:table-cell;width:1%;white-space:nowrap;vertical-align:middle;padding:6px 12px;font-size:14px;font-weight:700;color:#555;text-align:center;background:#eee;border:1px solid #e5e6e7;border-right:0}
.table{width:100%;max-width:100%;margin-bottom:20px;border-collapse:collapse;background:#fff}
.table>thead>tr>th,.table>tbody>tr>td{padding:8px;border-top:1px solid #e7eaec;text-align:left;vertical-align:middle}
.table-bordered,.table-bordered>thead>tr>th,.table-bordered>tbody>tr>td{border:1px solid #e7eaec}
.table-striped>tbody>tr:nth-of-type(odd){background:#f9f9f9}
.tbl-form td{padding:8px;border:0;vertical-align:top}
.tbl-form td.lbl{width:260px;font-weight:600;padding-top:14px;color:#333}
.fa{display:inline-block;font-style:normal;font-weight:normal;width:14px;text-align:center}
.fa-refresh:before{content:"\21bb"}.fa-th-large:before{content:"\25a6"}.fa-file-text-o:before{content:"\2637"}
.fa-bar-chart-o:before{content:"\2581"}.fa-plug:before{content:"\26a1"}.fa-users:before{content:"\263a"}
.fa-sign-out:before{content:"\21e5"}.fa-user:before{content:"\263a"}
.fa.arrow{float:right;width:auto}.fa.arrow:before{content:"\2039"}
li.active>a>.fa.arrow:before{content:"\2304"}
.caret{display:inline-block;width:0;height:0;margin-left:2px;vertical-align:middle;border-top:4px dashed;border-right:4px solid transparent;border-left:4px solid transparent}
/* public header */
.gov-strip{background:#1d2c3a;color:#ccc;font-size:11px;padding:3px 20px}
.site-header{background:#fff;border-bottom:3px solid #f8ac59;padding:8px 20px;display:flex;align-items:center;justify-content:space-between}
.brand{display:flex;align-items:center;gap:12px}
.brand .emblem{width:44px;height:44px;border-radius:50%;background:#f8ac59;color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center}
.brand h1{font-size:22px;margin:0;color:#2f4050}.brand small{display:block;color:#888;font-size:12px}
.navbar-nav{list-style:none;margin:0;padding:0;display:flex;gap:4px}
.navbar-nav>li>a,.navbar-nav>li>button{display:block;padding:10px 14px;color:#2f4050;font-weight:600;background:none;border:0;font-size:14px;cursor:pointer;font-family:inherit}
.navbar-nav>li>a:hover,.navbar-nav>li>button:hover{background:#f3f3f4;text-decoration:none}
.homepageloginbtn{background:#1ab394!important;color:#fff!important;border-radius:3px}
.home-body{max-width:1100px;margin:25px auto;display:flex;gap:20px;padding:0 20px}
.home-body .ibox{flex:1}
.marquee{background:#fffbe6;border:1px solid #f8ac59;padding:6px 12px;margin:0 20px;overflow:hidden;white-space:nowrap}
footer{text-align:center;color:#999;font-size:12px;padding:20px}
.ibox{background:#fff;border-top:3px solid #e7eaec;margin-bottom:20px}
.ibox-title{padding:12px 15px 8px;border-bottom:1px solid #e7eaec;min-height:44px}
.ibox-title h5{display:inline-block;font-size:14px;margin:0;color:#333}
.ibox-content{padding:15px 20px 20px}
.divError{color:#a94442;font-weight:600;min-height:18px;margin-bottom:6px}
.captcha-row{display:flex;align-items:center;gap:8px;margin-bottom:8px}
#captcha_image{border:1px solid #ccc;height:50px;width:150px}
/* app layout */
.top-navbar{background:#fff;border-bottom:1px solid #e7eaec;display:flex;align-items:center;justify-content:space-between;padding:0 20px;height:60px}
.top-navbar .brand h1{font-size:18px}
.navbar-top-links{list-style:none;margin:0;padding:0;display:flex;align-items:center;gap:16px}
.welcome-message b{color:#2f4050}
#wrapper{display:flex;min-height:calc(100vh - 60px)}
.navbar-static-side{width:230px;background:#2f4050;flex:none}
ul.nav{list-style:none;margin:0;padding:0}
.nav-header{padding:20px 25px;background:#293846;color:#dfe4ed}
.nav-header .profile-name{font-weight:700;display:block}
#side-menu>li>a{display:block;padding:14px 20px 14px 25px;color:#a7b1c2;font-weight:600}
#side-menu li a:hover{color:#fff;text-decoration:none}
#side-menu>li.active{background:#293846;border-left:4px solid #19aa8d}
#side-menu>li.active>a{color:#fff}
.nav-label{margin-left:6px}
.nav-second-level{background:#293846}
.nav-second-level>li>a{display:block;padding:7px 10px 7px 52px;color:#a7b1c2}
.nav-third-level>li>a{display:block;padding:7px 10px 7px 64px;color:#a7b1c2}
.nav-second-level li.active>a{color:#fff;font-weight:600}
.collapse{display:none}.collapse.in{display:block}
.collapsing{position:relative;height:0;overflow:hidden;transition:height .35s ease}
#page-wrapper{flex:1;padding:0 20px 40px;min-width:0}
.page-heading{background:#fff;border-bottom:1px solid #e7eaec;margin:0 -20px 20px;padding:10px 20px 15px}
.breadcrumb{list-style:none;margin:0;padding:0;display:flex;gap:6px;font-size:12px}
.breadcrumb>li+li:before{content:"/\00a0";color:#ccc}
.cards{display:flex;gap:20px}
.card{flex:1;background:#fff;padding:20px;border-top:3px solid #1ab394}
.card h3{margin:0 0 6px;color:#333}.card .num{font-size:28px;color:#1ab394;font-weight:300}
/* jQuery UI dialog */
.ui-helper-clearfix:after{content:"";display:table;clear:both}
.ui-front{z-index:100}
.ui-widget-overlay{position:fixed;top:0;left:0;width:100%;height:100%;background:#aaa;opacity:.3}
.ui-dialog{position:absolute;top:0;left:0;padding:.2em;outline:0;background:#fff;border:1px solid #c5c5c5;border-radius:3px;font-family:Arial,Helvetica,sans-serif;font-size:1em}
.ui-dialog .ui-dialog-titlebar{padding:.4em 1em;position:relative;background:#e9e9e9;border:1px solid #ddd;color:#333;font-weight:bold;border-radius:3px}
.ui-dialog .ui-dialog-title{float:left;margin:.1em 0;white-space:nowrap;width:90%;overflow:hidden;text-overflow:ellipsis}
.ui-dialog .ui-dialog-titlebar-close{position:absolute;right:.3em;top:50%;width:20px;margin:-10px 0 0 0;padding:1px;height:20px;text-indent:-9999px;overflow:hidden;background:#f6f6f6;border:1px solid #c5c5c5;border-radius:3px;cursor:pointer}
.ui-dialog .ui-dialog-titlebar-close .ui-icon{position:absolute;left:50%;top:50%;margin:-8px 0 0 -8px;width:16px;height:16px;text-indent:0;overflow:hidden}
.ui-icon-closethick:before{content:"\00d7";display:block;font-size:16px;line-height:14px;text-align:center;color:#444}
.ui-dialog .ui-dialog-content{position:relative;border:0;padding:.8em 1em;background:none;overflow:auto;font-size:13px}
/* Bootstrap modal */
.modal-open{overflow:hidden}
.fade{opacity:0;transition:opacity .15s linear}.fade.in{opacity:1}
.modal{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1050;display:none;overflow:hidden;outline:0}
.modal-open .modal{overflow-x:hidden;overflow-y:auto}
.modal.fade .modal-dialog{transform:translate(0,-25%);transition:transform .3s ease-out}
.modal.in .modal-dialog{transform:translate(0,0)}
.modal-dialog{position:relative;width:600px;margin:30px auto}
.modal-content{position:relative;background:#fff;border:1px solid rgba(0,0,0,.2);border-radius:4px;box-shadow:0 5px 15px rgba(0,0,0,.5);outline:0}
.modal-header{padding:15px;border-bottom:1px solid #e5e5e5}
.modal-title{margin:0;font-size:18px;color:#333}
.modal-body{position:relative;padding:15px}
.modal-footer{padding:15px;text-align:right;border-top:1px solid #e5e5e5}
.modal-footer .btn+.btn{margin-left:5px}
.modal-backdrop{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1040;background:#000}
.modal-backdrop.fade{opacity:0}.modal-backdrop.in{opacity:.5}
.close{float:right;font-size:21px;font-weight:700;line-height:1;color:#000;opacity:.2;background:transparent;border:0;padding:0;cursor:pointer}
.close:hover{opacity:.5}
.bootbox-body{font-size:14px;color:#333}
.bootbox .modal-dialog{width:500px}
/* toastr */
#toast-container{position:fixed;z-index:999999;pointer-events:none}
#toast-container.toast-top-right{top:12px;right:12px}
#toast-container>div{position:relative;pointer-events:auto;overflow:hidden;margin:0 0 6px;padding:15px 15px 15px 50px;width:300px;border-radius:3px;box-shadow:0 0 12px #999;color:#fff;opacity:.9;cursor:pointer}
#toast-container>div:before{position:absolute;left:18px;top:14px;font-size:20px;font-weight:700}
#toast-container>.toast-error{background-color:#bd362f}#toast-container>.toast-error:before{content:"!"}
#toast-container>.toast-success{background-color:#51a351}#toast-container>.toast-success:before{content:"\2713"}
#toast-container>.toast-warning{background-color:#f89406}#toast-container>.toast-warning:before{content:"!"}
#toast-container>.toast-info{background-color:#2f96b4}#toast-container>.toast-info:before{content:"i"}
.toast-title{font-weight:700}.toast-message{word-wrap:break-word}
/* iCheck square-blue */
.i-checks{margin:0 0 6px}
.i-checks label{font-weight:400;color:#333;cursor:pointer;margin:0}
.iradio_square-blue{display:inline-block;vertical-align:middle;margin:0 6px 0 0;padding:0;width:22px;height:22px;border:2px solid #bbb;border-radius:50%;background:#fff;cursor:pointer}
.iradio_square-blue.hover{border-color:#2489c5}
.iradio_square-blue.checked{border-color:#2489c5;background:radial-gradient(circle,#2489c5 0,#2489c5 5px,#fff 6px)}
/* bootstrap-select */
.bootstrap-select{position:relative;display:inline-block;vertical-align:middle;width:100%!important}
.bootstrap-select>.dropdown-toggle{position:relative;width:100%;text-align:left;padding-right:25px;background:#fff;border:1px solid #e5e6e7;border-radius:1px}
.bootstrap-select .filter-option{display:inline-block;overflow:hidden;width:100%;text-align:left;white-space:nowrap;text-overflow:ellipsis}
.bootstrap-select .bs-caret{position:absolute;top:50%;right:12px;margin-top:-3px}
.bootstrap-select.btn-group .dropdown-menu{min-width:100%}
.dropdown-menu{position:absolute;top:100%;left:0;z-index:1000;display:none;float:left;min-width:160px;padding:5px 0;margin:2px 0 0;list-style:none;font-size:14px;background:#fff;border:1px solid rgba(0,0,0,.15);border-radius:4px;box-shadow:0 6px 12px rgba(0,0,0,.175)}
.open>.dropdown-menu{display:block}
.bootstrap-select .dropdown-menu.inner{position:static;float:none;border:0;padding:0;margin:0;border-radius:0;box-shadow:none;display:block;max-height:190px;overflow-y:auto}
.dropdown-menu>li>a{display:block;padding:3px 20px;clear:both;font-weight:400;line-height:1.42857;color:#333;white-space:nowrap;text-decoration:none}
.dropdown-menu>li>a:hover,.dropdown-menu>li.active>a{background:#f5f5f5;color:#262626}
.dropdown-menu>li.selected>a{background:#1ab394;color:#fff}
.bootstrap-select .check-mark{display:none}
.bootstrap-select li.selected .check-mark{display:inline-block;margin-left:8px}
.glyphicon-ok:before{content:"\2713"}
.bs-searchbox{padding:4px 8px}
.no-results{padding:3px;background:#f5f5f5;margin:0 5px;white-space:nowrap}
.blockUI.blockOverlay{position:fixed;top:0;left:0;width:100%;height:100%;z-index:1000;background:rgba(255,255,255,.4);cursor:wait}
.blockUI.blockMsg{position:fixed;top:40%;left:50%;margin-left:-80px;width:160px;z-index:1011;padding:10px;background:#fff;border:1px solid #aaa;text-align:center;color:#333}
.otp-panel{max-width:420px;margin:60px auto;background:#fff;border:1px solid #ddd;border-radius:4px}
.panel-heading{padding:10px 15px;background:#f5f5f5;border-bottom:1px solid #ddd}
.panel-title{margin:0;font-size:16px;color:#333}
.panel-body{padding:15px}
`;

/* ------------------------------------------------------------------------------------------------ */
/* Scripts: a tiny jQuery-like $ plus the plugins' behaviour, written here.                          */
/* ------------------------------------------------------------------------------------------------ */

const SITE_JS = `
(function (w, d) {
  'use strict';
  function Q(els) { this.els = els; this.length = els.length; for (var i = 0; i < els.length; i++) this[i] = els[i]; }
  function toArray(list) { return Array.prototype.slice.call(list); }
  function $(s, ctx) {
    if (typeof s === 'function') {
      if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', function () { s($); }); else s($);
      return null;
    }
    if (s instanceof Q) return s;
    if (typeof s === 'string') {
      if (s.charAt(0) === '<') { var t = d.createElement('div'); t.innerHTML = s.trim(); return new Q(toArray(t.children)); }
      return new Q(toArray((ctx || d).querySelectorAll(s)));
    }
    if (!s) return new Q([]);
    if (s.nodeType || s === w) return new Q([s]);
    return new Q(toArray(s));
  }
  Q.prototype.each = function (fn) { for (var i = 0; i < this.els.length; i++) fn.call(this.els[i], i, this.els[i]); return this; };
  Q.prototype.on = function (events, sel, fn) {
    if (typeof sel === 'function') { fn = sel; sel = null; }
    return this.each(function (_, el) {
      events.split(' ').forEach(function (name) {
        el.addEventListener(name, function (e) {
          if (!sel) return fn.call(el, e);
          var t = e.target && e.target.closest ? e.target.closest(sel) : null;
          if (t && (el === d || el.contains(t))) return fn.call(t, e);
        });
      });
    });
  };
  Q.prototype.addClass = function (c) { return this.each(function () { this.classList.add.apply(this.classList, c.split(' ')); }); };
  Q.prototype.removeClass = function (c) { return this.each(function () { this.classList.remove.apply(this.classList, c.split(' ')); }); };
  Q.prototype.toggleClass = function (c, on) { return this.each(function () { this.classList.toggle(c, on); }); };
  Q.prototype.hasClass = function (c) { return !!this.els[0] && this.els[0].classList.contains(c); };
  Q.prototype.show = function () { return this.each(function () { this.style.display = ''; if (getComputedStyle(this).display === 'none') this.style.display = 'block'; }); };
  Q.prototype.hide = function () { return this.each(function () { this.style.display = 'none'; }); };
  Q.prototype.text = function (v) { if (v === undefined) return this.els[0] ? this.els[0].textContent : ''; return this.each(function () { this.textContent = v; }); };
  Q.prototype.html = function (v) { if (v === undefined) return this.els[0] ? this.els[0].innerHTML : ''; return this.each(function () { this.innerHTML = v; }); };
  Q.prototype.val = function (v) { if (v === undefined) return this.els[0] ? this.els[0].value : ''; return this.each(function () { this.value = v; }); };
  Q.prototype.attr = function (n, v) { if (v === undefined) return this.els[0] ? this.els[0].getAttribute(n) : null; return this.each(function () { this.setAttribute(n, v); }); };
  Q.prototype.prop = function (n, v) { if (v === undefined) return this.els[0] ? this.els[0][n] : undefined; return this.each(function () { this[n] = v; }); };
  Q.prototype.find = function (sel) { var out = []; this.each(function () { out = out.concat(toArray(this.querySelectorAll(sel))); }); return new Q(out); };
  Q.prototype.closest = function (sel) { var out = []; this.each(function () { var c = this.closest(sel); if (c && out.indexOf(c) < 0) out.push(c); }); return new Q(out); };
  Q.prototype.append = function (x) { var kids = $(x).els; return this.each(function () { var el = this; kids.forEach(function (k) { el.appendChild(k); }); }); };
  Q.prototype.appendTo = function (t) { var target = $(t).els[0]; this.each(function () { target.appendChild(this); }); return this; };
  Q.prototype.remove = function () { return this.each(function () { if (this.parentNode) this.parentNode.removeChild(this); }); };
  Q.prototype.focus = function () { if (this.els[0]) this.els[0].focus(); return this; };
  Q.prototype.fadeIn = function (ms, cb) {
    return this.each(function () {
      var el = this; el.style.opacity = '0'; el.style.display = el.style.display === 'none' ? '' : el.style.display;
      if (getComputedStyle(el).display === 'none') el.style.display = 'block';
      el.style.transition = 'opacity ' + ms + 'ms linear'; void el.offsetWidth; el.style.opacity = '';
      setTimeout(function () { el.style.transition = ''; if (cb) cb.call(el); }, ms);
    });
  };
  Q.prototype.fadeOut = function (ms, cb) {
    return this.each(function () {
      var el = this; el.style.transition = 'opacity ' + ms + 'ms linear'; el.style.opacity = '0';
      setTimeout(function () { el.style.display = 'none'; el.style.transition = ''; el.style.opacity = ''; if (cb) cb.call(el); }, ms);
    });
  };

  /* ---- AJAX (with antiforgery header and a blockUI "Please wait..." while it runs) ---- */
  var pending = 0;
  function block() {
    if (pending++ > 0) return;
    $('<div class="blockUI blockOverlay"></div>').appendTo(d.body);
    $('<div class="blockUI blockMsg blockPage"><h4>Please wait...</h4></div>').appendTo(d.body);
  }
  function unblock() { if (--pending <= 0) { pending = 0; $('.blockUI').remove(); } }
  function token() { var t = d.querySelector('input[name="__RequestVerificationToken"]'); return t ? t.value : ''; }
  $.param = function (obj) { var p = new URLSearchParams(); Object.keys(obj || {}).forEach(function (k) { p.append(k, obj[k]); }); return p.toString(); };
  $.ajax = function (o) {
    var headers = { 'X-Requested-With': 'XMLHttpRequest', 'RequestVerificationToken': token() };
    if (o.type === 'POST') headers['Content-Type'] = 'application/x-www-form-urlencoded; charset=UTF-8';
    block();
    return fetch(o.url, { method: o.type || 'GET', headers: headers, body: o.type === 'POST' ? $.param(o.data) : undefined, credentials: 'same-origin' })
      .then(function (res) {
        return res.text().then(function (txt) {
          unblock();
          var data = null; try { data = JSON.parse(txt); } catch (e) { data = null; }
          if (res.status === 401) { $.sessionExpired(); return new Promise(function () {}); }
          return { status: res.status, ok: res.ok, data: data || {}, text: txt };
        });
      }, function (err) { unblock(); bootbox.alert('Unable to connect to the server. Please try again.'); throw err; });
  };
  $.post = function (url, data) { return $.ajax({ url: url, type: 'POST', data: data || {} }); };
  $.get = function (url) { return $.ajax({ url: url, type: 'GET' }); };
  var expiredShown = false;
  $.sessionExpired = function () {
    if (expiredShown) return; expiredShown = true;
    var gone = false;
    function go() { if (gone) return; gone = true; w.location.href = '/'; }
    bootbox.alert('Your session has expired. Please login again.', go);
    setTimeout(go, 3000);
  };

  /* ---- Bootstrap 3 modal ---- */
  function showModal(el) {
    if (el.classList.contains('in')) return;
    var bd = d.createElement('div'); bd.className = 'modal-backdrop fade';
    d.body.appendChild(bd); el._backdrop = bd;
    el.style.display = 'block'; el.setAttribute('aria-hidden', 'false');
    d.body.classList.add('modal-open');
    void el.offsetWidth;
    bd.classList.add('in'); el.classList.add('in');
    setTimeout(function () { var f = el.querySelector('[autofocus], .modal-footer .btn-primary'); if (f) f.focus(); else el.focus(); }, 310);
  }
  function hideModal(el, cb) {
    if (!el.classList.contains('in')) { if (cb) cb(); return; }
    el.classList.remove('in'); if (el._backdrop) el._backdrop.classList.remove('in');
    setTimeout(function () {
      el.style.display = 'none'; el.setAttribute('aria-hidden', 'true');
      if (el._backdrop && el._backdrop.parentNode) el._backdrop.parentNode.removeChild(el._backdrop);
      el._backdrop = null;
      if (!d.querySelector('.modal.in')) d.body.classList.remove('modal-open');
      if (el._onHidden) el._onHidden();
      if (cb) cb();
    }, 300);
  }
  $.fn = Q.prototype;
  Q.prototype.modal = function (cmd) { return this.each(function () { if (cmd === 'hide') hideModal(this); else showModal(this); }); };
  $(d).on('click', '[data-dismiss="modal"]', function (e) { e.preventDefault(); var m = this.closest('.modal'); if (m) hideModal(m); });
  $(d).on('click', '.modal', function (e) { if (e.target === this && this.getAttribute('data-backdrop') !== 'static') hideModal(this); });

  /* ---- bootbox ---- */
  var bootbox = {
    dialog: function (o) {
      var html = '<div class="bootbox modal fade ' + (o.className || '') + '" tabindex="-1" role="dialog" aria-hidden="true" data-backdrop="static">' +
        '<div class="modal-dialog"><div class="modal-content">' +
        (o.title ? '<div class="modal-header"><button type="button" class="bootbox-close-button close" aria-hidden="true">&times;</button><h4 class="modal-title"></h4></div>' : '') +
        '<div class="modal-body">' + (o.title ? '' : '<button type="button" class="bootbox-close-button close" aria-hidden="true" style="margin-top:-10px;">&times;</button>') +
        '<div class="bootbox-body"></div></div><div class="modal-footer"></div></div></div></div>';
      var box = $(html).els[0];
      if (o.title) box.querySelector('.modal-title').textContent = o.title;
      box.querySelector('.bootbox-body').textContent = o.message;
      var footer = box.querySelector('.modal-footer');
      o.buttons.forEach(function (b) {
        var btn = d.createElement('button');
        btn.type = 'button'; btn.className = 'btn ' + b.className; btn.setAttribute('data-bb-handler', b.handler); btn.textContent = b.label;
        btn.addEventListener('click', function () { var keep = b.callback ? b.callback() === false : false; if (!keep) hideModal(box); });
        footer.appendChild(btn);
      });
      box.querySelector('.bootbox-close-button').addEventListener('click', function () { if (o.onEscape) o.onEscape(); hideModal(box); });
      box.addEventListener('keydown', function (e) { if (e.key === 'Escape') { if (o.onEscape) o.onEscape(); hideModal(box); } });
      box._onHidden = function () { if (box.parentNode) box.parentNode.removeChild(box); };
      d.body.appendChild(box);
      showModal(box);
      return box;
    },
    alert: function (message, cb) {
      return bootbox.dialog({ className: 'bootbox-alert', message: message, onEscape: cb,
        buttons: [{ label: 'OK', className: 'btn-primary', handler: 'ok', callback: cb }] });
    },
    confirm: function (message, cb) {
      return bootbox.dialog({ className: 'bootbox-confirm', message: message, onEscape: function () { cb(false); },
        buttons: [
          { label: 'Cancel', className: 'btn-default', handler: 'cancel', callback: function () { return cb(false); } },
          { label: 'OK', className: 'btn-primary', handler: 'confirm', callback: function () { return cb(true); } }
        ] });
    }
  };

  /* ---- toastr ---- */
  function toast(kind, message, title) {
    var box = d.getElementById('toast-container');
    if (!box) { box = d.createElement('div'); box.id = 'toast-container'; box.className = 'toast-top-right'; box.setAttribute('aria-live', 'polite'); box.setAttribute('role', 'alert'); d.body.appendChild(box); }
    var t = d.createElement('div'); t.className = 'toast toast-' + kind; t.setAttribute('aria-live', kind === 'error' ? 'assertive' : 'polite');
    if (title) { var tt = d.createElement('div'); tt.className = 'toast-title'; tt.textContent = title; t.appendChild(tt); }
    var tm = d.createElement('div'); tm.className = 'toast-message'; tm.textContent = message; t.appendChild(tm);
    t.style.display = 'none'; box.appendChild(t); $(t).fadeIn(300);
    var timer;
    function gone() { if (t.parentNode) t.parentNode.removeChild(t); if (!box.children.length && box.parentNode) box.parentNode.removeChild(box); }
    function hide() { $(t).fadeOut(1000, gone); }
    timer = setTimeout(hide, 4000);
    t.addEventListener('mouseenter', function () { clearTimeout(timer); t.style.transition = ''; t.style.opacity = ''; });
    t.addEventListener('mouseleave', function () { timer = setTimeout(hide, 1000); });
    t.addEventListener('click', function () { clearTimeout(timer); hide(); });
  }
  var toastr = {
    error: function (m, t) { toast('error', m, t); }, success: function (m, t) { toast('success', m, t); },
    warning: function (m, t) { toast('warning', m, t); }, info: function (m, t) { toast('info', m, t); }
  };

  /* ---- jQuery UI dialog ---- */
  var uid = 0;
  function uiDialog(content, o) {
    var el = typeof content === 'string' ? d.querySelector(content) : content;
    var wrap = el._uiDialog;
    if (!wrap) {
      var id = 'ui-id-' + (++uid);
      wrap = d.createElement('div');
      wrap.className = 'ui-dialog ui-corner-all ui-widget ui-widget-content ui-front ui-draggable';
      wrap.setAttribute('tabindex', '-1'); wrap.setAttribute('role', 'dialog');
      wrap.setAttribute('aria-describedby', el.id); wrap.setAttribute('aria-labelledby', id);
      wrap.innerHTML = '<div class="ui-dialog-titlebar ui-corner-all ui-widget-header ui-helper-clearfix ui-draggable-handle">' +
        '<span id="' + id + '" class="ui-dialog-title"></span>' +
        '<button type="button" class="ui-button ui-corner-all ui-widget ui-button-icon-only ui-dialog-titlebar-close" title="Close">' +
        '<span class="ui-button-icon ui-icon ui-icon-closethick"></span><span class="ui-button-icon-space"> </span>Close</button></div>';
      wrap.querySelector('.ui-dialog-title').textContent = o.title || '';
      el.classList.add('ui-dialog-content', 'ui-widget-content');
      el.style.display = 'block'; el.style.width = 'auto'; el.style.minHeight = '0px'; el.style.maxHeight = 'none'; el.style.height = 'auto';
      wrap.appendChild(el);
      d.body.appendChild(wrap);
      wrap.querySelector('.ui-dialog-titlebar-close').addEventListener('click', function () { close(); });
      wrap.addEventListener('keydown', function (e) { if (e.key === 'Escape') close(); });
      var handle = wrap.querySelector('.ui-dialog-titlebar');
      handle.addEventListener('mousedown', function (e) {
        if (e.target.closest('button')) return;
        var sx = e.clientX - wrap.offsetLeft, sy = e.clientY - wrap.offsetTop;
        function mv(ev) { wrap.style.left = (ev.clientX - sx) + 'px'; wrap.style.top = (ev.clientY - sy) + 'px'; }
        function up() { d.removeEventListener('mousemove', mv); d.removeEventListener('mouseup', up); }
        d.addEventListener('mousemove', mv); d.addEventListener('mouseup', up);
      });
      el._uiDialog = wrap;
    }
    function close() {
      wrap.style.display = 'none';
      if (wrap._overlay && wrap._overlay.parentNode) wrap._overlay.parentNode.removeChild(wrap._overlay);
      wrap._overlay = null;
    }
    if (wrap.style.display !== 'block' || !wrap._overlay) {
      var width = o.width || 300;
      wrap.style.position = 'absolute'; wrap.style.height = 'auto'; wrap.style.width = width + 'px'; wrap.style.display = 'block'; wrap.style.zIndex = '101';
      wrap.style.left = Math.max(0, (w.innerWidth - width) / 2) + 'px';
      wrap.style.top = Math.max(20, (w.innerHeight - wrap.offsetHeight) / 2 + w.scrollY) + 'px';
      var ov = d.createElement('div'); ov.className = 'ui-widget-overlay ui-front'; d.body.appendChild(ov); wrap._overlay = ov;
      var first = el.querySelector('input:not([type=hidden])'); if (first) first.focus();
    }
    return { close: close, element: wrap };
  }

  /* ---- metisMenu ---- */
  function metisMenu(root) {
    function expand(li, ul) {
      li.classList.add('active'); li.firstElementChild.setAttribute('aria-expanded', 'true');
      ul.classList.remove('collapse'); ul.classList.add('collapsing'); ul.style.height = '0px';
      void ul.offsetHeight; ul.style.height = ul.scrollHeight + 'px';
      setTimeout(function () { ul.classList.remove('collapsing'); ul.classList.add('collapse', 'in'); ul.style.height = ''; }, 350);
    }
    function collapse(li, ul) {
      li.classList.remove('active'); li.firstElementChild.setAttribute('aria-expanded', 'false');
      ul.style.height = ul.scrollHeight + 'px'; ul.classList.remove('collapse', 'in'); ul.classList.add('collapsing');
      void ul.offsetHeight; ul.style.height = '0px';
      setTimeout(function () { ul.classList.remove('collapsing'); ul.classList.add('collapse'); ul.style.height = ''; }, 350);
    }
    root.addEventListener('click', function (e) {
      var a = e.target.closest('a'); if (!a || !root.contains(a)) return;
      var li = a.parentNode; var ul = null;
      for (var i = 0; i < li.children.length; i++) if (li.children[i].tagName === 'UL') ul = li.children[i];
      if (!ul) return;
      e.preventDefault();
      if (ul.classList.contains('collapsing')) return;
      if (li.classList.contains('active') && ul.classList.contains('in')) { collapse(li, ul); return; }
      toArray(li.parentNode.children).forEach(function (sib) {
        if (sib === li || !sib.classList.contains('active')) return;
        var sub = null; for (var j = 0; j < sib.children.length; j++) if (sib.children[j].tagName === 'UL') sub = sib.children[j];
        if (sub && sub.classList.contains('in')) collapse(sib, sub);
      });
      expand(li, ul);
    });
  }

  /* ---- iCheck ---- */
  function iCheck(root) {
    toArray(root.querySelectorAll('.i-checks input[type=radio]')).forEach(function (inp) {
      var box = d.createElement('div'); box.className = 'iradio_square-blue'; box.style.position = 'relative';
      box.setAttribute('aria-checked', 'false'); box.setAttribute('aria-disabled', 'false');
      inp.parentNode.insertBefore(box, inp); box.appendChild(inp);
      inp.style.position = 'absolute'; inp.style.opacity = '0';
      var ins = d.createElement('ins'); ins.className = 'iCheck-helper';
      ins.setAttribute('style', 'position: absolute; top: 0%; left: 0%; display: block; width: 100%; height: 100%; margin: 0px; padding: 0px; background: rgb(255, 255, 255); border: 0px; opacity: 0;');
      box.appendChild(ins);
      function sync() {
        var form = inp.form || d;
        toArray(form.querySelectorAll('input[type=radio][name="' + inp.name + '"]')).forEach(function (r) {
          var b = r.parentNode; if (!b.classList.contains('iradio_square-blue')) return;
          b.classList.toggle('checked', r.checked); b.setAttribute('aria-checked', r.checked ? 'true' : 'false');
        });
      }
      ins.addEventListener('click', function (e) {
        e.preventDefault(); e.stopPropagation();
        if (!inp.checked && !inp.disabled) { inp.checked = true; inp.dispatchEvent(new Event('change', { bubbles: true })); }
      });
      var label = box.closest('label') || box.parentNode;
      label.addEventListener('mouseenter', function () { box.classList.add('hover'); });
      label.addEventListener('mouseleave', function () { box.classList.remove('hover'); });
      inp.addEventListener('change', sync);
      sync();
    });
  }

  /* ---- bootstrap-select ---- */
  function selectpicker(sel) {
    var wrap = d.createElement('div'); wrap.className = 'btn-group bootstrap-select form-control';
    wrap.style.padding = '0'; wrap.style.border = '0';
    sel.parentNode.insertBefore(wrap, sel);
    var btn = d.createElement('button'); btn.type = 'button'; btn.className = 'btn dropdown-toggle btn-default';
    btn.setAttribute('data-toggle', 'dropdown'); btn.setAttribute('role', 'button'); btn.setAttribute('data-id', sel.id); btn.setAttribute('aria-expanded', 'false');
    btn.innerHTML = '<span class="filter-option pull-left"></span>&nbsp;<span class="bs-caret"><span class="caret"></span></span>';
    var menu = d.createElement('div'); menu.className = 'dropdown-menu open'; menu.setAttribute('role', 'combobox');
    var live = sel.getAttribute('data-live-search') === 'true';
    if (live) menu.innerHTML = '<div class="bs-searchbox"><input type="text" class="form-control" autocomplete="off" role="textbox" aria-label="Search"></div>';
    var ul = d.createElement('ul'); ul.className = 'dropdown-menu inner'; ul.setAttribute('role', 'listbox'); ul.setAttribute('aria-expanded', 'false');
    menu.appendChild(ul);
    wrap.appendChild(btn); wrap.appendChild(menu); wrap.appendChild(sel);
    sel.style.display = 'none'; sel.classList.add('bs-select-hidden'); sel.setAttribute('tabindex', '-98');
    var search = menu.querySelector('.bs-searchbox input');
    function items() { return toArray(ul.querySelectorAll('li[data-original-index]')); }
    function render() {
      ul.innerHTML = '';
      toArray(sel.options).forEach(function (o, i) {
        var li = d.createElement('li'); li.setAttribute('data-original-index', String(i));
        if (o.selected) li.className = 'selected';
        li.innerHTML = '<a tabindex="0" class="" data-tokens="null" role="option" aria-disabled="false" aria-selected="' + (o.selected ? 'true' : 'false') + '"><span class="text"></span><span class="glyphicon glyphicon-ok check-mark"></span></a>';
        li.querySelector('.text').textContent = o.text;
        ul.appendChild(li);
      });
      refresh();
    }
    function refresh() {
      var o = sel.options[sel.selectedIndex];
      var text = o && o.value !== '' ? o.text : (sel.getAttribute('title') || (o ? o.text : 'Nothing selected'));
      btn.querySelector('.filter-option').textContent = text; btn.setAttribute('title', text);
      items().forEach(function (li) {
        var on = Number(li.getAttribute('data-original-index')) === sel.selectedIndex;
        li.classList.toggle('selected', on); li.firstElementChild.setAttribute('aria-selected', on ? 'true' : 'false');
      });
    }
    function setActive(li) { items().forEach(function (x) { x.classList.remove('active'); }); if (li) { li.classList.add('active'); li.scrollIntoView({ block: 'nearest' }); } }
    function visible() { return items().filter(function (li) { return !li.classList.contains('hidden'); }); }
    function filter() {
      var q = search ? search.value.trim().toLowerCase() : '';
      items().forEach(function (li) { li.classList.toggle('hidden', q !== '' && li.textContent.toLowerCase().indexOf(q) < 0); });
      var nr = ul.querySelector('.no-results'); if (nr) ul.removeChild(nr);
      if (q !== '' && !visible().length) { nr = d.createElement('li'); nr.className = 'no-results'; nr.textContent = 'No results matched "' + search.value + '"'; ul.appendChild(nr); }
      setActive(visible()[0]);
    }
    function open() {
      wrap.classList.add('open'); btn.setAttribute('aria-expanded', 'true'); ul.setAttribute('aria-expanded', 'true');
      if (search) { search.value = ''; filter(); search.focus(); }
      var cur = ul.querySelector('li.selected'); setActive(cur); if (!search && cur) cur.firstElementChild.focus();
    }
    function close() { wrap.classList.remove('open'); btn.setAttribute('aria-expanded', 'false'); ul.setAttribute('aria-expanded', 'false'); }
    function choose(li) {
      sel.selectedIndex = Number(li.getAttribute('data-original-index'));
      sel.dispatchEvent(new Event('change', { bubbles: true }));
      refresh(); close(); btn.focus();
    }
    btn.addEventListener('click', function (e) { e.preventDefault(); if (wrap.classList.contains('open')) close(); else open(); });
    ul.addEventListener('click', function (e) { var li = e.target.closest('li[data-original-index]'); if (li) { e.preventDefault(); choose(li); } });
    ul.addEventListener('mouseover', function (e) { var li = e.target.closest('li[data-original-index]'); if (li) setActive(li); });
    if (search) {
      search.addEventListener('input', filter);
      search.addEventListener('click', function (e) { e.stopPropagation(); });
    }
    menu.addEventListener('keydown', function (e) {
      var vis = visible(); var cur = ul.querySelector('li.active'); var i = vis.indexOf(cur);
      if (e.key === 'ArrowDown') { e.preventDefault(); setActive(vis[Math.min(vis.length - 1, i + 1)]); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); setActive(vis[Math.max(0, i - 1)]); }
      else if (e.key === 'Enter') { e.preventDefault(); if (cur && !cur.classList.contains('hidden')) choose(cur); }
      else if (e.key === 'Escape') { close(); btn.focus(); }
    });
    d.addEventListener('click', function (e) { if (!wrap.contains(e.target)) close(); });
    sel.addEventListener('change', refresh);
    render();
  }

  /* ---- ASP.NET MVC unobtrusive validation messages ---- */
  function fieldError(form, name, msg) {
    var span = form.querySelector('[data-valmsg-for="' + name + '"]');
    var inputs = toArray(form.querySelectorAll('[name="' + name + '"]'));
    if (!span) return;
    if (msg) {
      span.className = 'field-validation-error text-danger';
      span.innerHTML = '<span id="' + name + '-error"></span>';
      span.firstChild.textContent = msg;
      inputs.forEach(function (i) { i.classList.add('input-validation-error'); });
    } else {
      span.className = 'field-validation-valid text-danger'; span.innerHTML = '';
      inputs.forEach(function (i) { i.classList.remove('input-validation-error'); });
    }
  }

  w.$ = w.jQuery = $;
  w.bootbox = bootbox; w.toastr = toastr;
  w.NIC = { uiDialog: uiDialog, metisMenu: metisMenu, iCheck: iCheck, selectpicker: selectpicker, fieldError: fieldError, showModal: showModal, hideModal: hideModal };
  $(function () { var m = d.getElementById('side-menu'); if (m) metisMenu(m); });
})(window, document);
`;

const HOME_JS = `
$(function () {
  var dlg = null;
  function loadKey() {
    return $.get('/Home/GetKey').then(function (r) { $('#hdnKey').val(r.data.key || ''); });
  }
  function openLogin() {
    dlg = NIC.uiDialog('#divLogin', { title: 'Login', width: 420 });
    $('#captcha_image').attr('src', '/get-captcha-image?t=' + Date.now());
    loadKey();
  }
  $('#btnLogin').on('click', function (e) { e.preventDefault(); openLogin(); });
  $('#btnRefreshCaptcha').on('click', function (e) {
    e.preventDefault();
    $('#captcha_image').attr('src', '/get-captcha-image?t=' + Date.now());
    $('#CaptchaCode').val('');
  });
  function hex(buf) { return Array.prototype.map.call(new Uint8Array(buf), function (b) { return ('0' + b.toString(16)).slice(-2); }).join(''); }
  function sha(text) { return crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)).then(hex); }
  var posting = false;
  $('#frmLogin').on('submit', function (e) {
    e.preventDefault();
    if (posting) return;
    var form = this;
    var user = $('#txtUserName').val().trim(), pwd = $('#txt_password').val(), cap = $('#CaptchaCode').val().trim();
    if (!user) { $('.divError').text('Please enter Username.'); return; }
    if (!pwd) { $('.divError').text('Please enter Password.'); return; }
    if (!cap) { $('.divError').text('Please enter Captcha.'); return; }
    $('.divError').text('');
    posting = true;
    var ready = $('#hdnKey').val() ? Promise.resolve() : loadKey();
    ready.then(function () {
      if (!(window.crypto && crypto.subtle)) return null;
      return sha(pwd).then(function (h1) { return sha(h1 + $('#hdnKey').val()); });
    }).then(function (hashed) {
      if (hashed) { $('#HiddenPasswordSha').val(hashed); $('#txt_password').val(''); }
      HTMLFormElement.prototype.submit.call(form);
    });
  });
  if (window.__loginError) { alert(window.__loginError); openLogin(); $('.divError').text(window.__loginError); }
});
`;

const OTP_JS = String.raw`
$(function () {
  var left = 30, timer = null;
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function tick() {
    if (left <= 0) { clearInterval(timer); $('#lblTimer').hide(); $('#lnkResend').show(); return; }
    $('#lblTimer').text('Resend OTP in 00:' + pad(left)); left--;
  }
  function start() { left = 30; $('#lnkResend').hide(); $('#lblTimer').show(); tick(); timer = setInterval(tick, 1000); }
  start();
  $('#lnkResend').on('click', function (e) {
    e.preventDefault();
    $.post('/Home/ResendOTP', {}).then(function (r) {
      if (r.ok) { toastr.success('OTP has been resent to your registered mobile number.', 'Success'); start(); }
      else toastr.error(r.data.message || 'Unable to resend OTP.', 'Error');
    });
  });
  function verify() {
    var otp = $('#txtOtp').val().trim();
    if (!otp) { toastr.warning('Please enter the OTP.', 'Warning'); return; }
    if (!/^\d{6}$/.test(otp)) { toastr.error('OTP should be of 6 digits.', 'Error'); return; }
    $('#btnVerifyOTP').prop('disabled', true);
    $.post('/Home/VerifyOTP', { Otp: otp }).then(function (r) {
      $('#btnVerifyOTP').prop('disabled', false);
      if (r.ok && r.data.status === 1) { window.location.href = r.data.redirectUrl; return; }
      $('#txtOtp').val('');
      toastr.error(r.data.message || 'Unable to verify OTP.', 'Error');
    });
  }
  $('#btnVerifyOTP').on('click', function (e) { e.preventDefault(); verify(); });
  $('#txtOtp').on('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); verify(); } });
});
`;

const DASHBOARD_JS = String.raw`
$(function () {
  var m = document.getElementById('modalTechContact');
  if (m && m.getAttribute('data-show') === 'true') $(m).modal('show');
  $('#btnUpdateTechContact').on('click', function () {
    var form = document.getElementById('frmTechContact');
    var name = $('#TechName').val().trim(), mob = $('#TechMobile').val().trim(), mail = $('#TechEmail').val().trim();
    NIC.fieldError(form, 'TechName', name ? '' : 'Please enter Name.');
    NIC.fieldError(form, 'TechMobile', /^[6-9]\d{9}$/.test(mob) ? '' : 'Please enter a valid 10 digit Mobile No.');
    NIC.fieldError(form, 'TechEmail', /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(mail) ? '' : 'Please enter a valid Email Id.');
    if (!name || !/^[6-9]\d{9}$/.test(mob) || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(mail)) return;
    $.post('/Home/UpdateTechContact', { Name: name, Mobile: mob, Email: mail }).then(function (r) {
      if (r.ok) { $(m).modal('hide'); toastr.success('Technical contact details updated successfully.', 'Success'); }
      else bootbox.alert(r.data.message || 'Unable to update.');
    });
  });
});
`;

const CREATE_JS = String.raw`
$(function () {
  var resendTimer = null;
  function countdown() {
    var left = 30, btn = $('#btnSendOTP');
    btn.prop('disabled', true);
    clearInterval(resendTimer);
    function tick() {
      if (left <= 0) { clearInterval(resendTimer); btn.prop('disabled', false).text('Resend OTP'); return; }
      btn.text('Resend OTP (' + left + 's)'); left--;
    }
    tick(); resendTimer = setInterval(tick, 1000);
  }
  $('#btnSendOTP').on('click', function (e) {
    e.preventDefault();
    $('#btnSendOTP').prop('disabled', true);
    $.post('/APIUser/SendOTP', {}).then(function (r) {
      if (!r.ok) { $('#btnSendOTP').prop('disabled', false); bootbox.alert(r.data.message || 'Unable to send OTP.'); return; }
      $('#lblOtpSent').text('OTP sent to the registered mobile ' + r.data.mobile).show();
      $('#divEnterOtp').show();
      $('#txtAPIOTP').val('').focus();
      countdown();
    });
  });
  function verify() {
    var otp = $('#txtAPIOTP').val().trim();
    if (!otp) { bootbox.alert('Please enter OTP.'); return; }
    $.post('/APIUser/VerifyOTP', { Otp: otp }).then(function (r) {
      if (!r.ok) { bootbox.alert(r.data.message || 'Unable to verify OTP.', function () { $('#txtAPIOTP').val('').focus(); }); return; }
      clearInterval(resendTimer);
      $('#divOTP').hide();
      $('#lblOtpVerified').show();
      $.get('/APIUser/Registration').then(function (p) {
        $('#divRegistration').html(p.text);
        initRegistration(document.getElementById('frmCreateAPIUser'));
      });
    });
  }
  $('#btnVerifyAPIOTP').on('click', function (e) { e.preventDefault(); verify(); });
  $('#txtAPIOTP').on('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); verify(); } });

  function renderRows(rows) {
    var tb = document.querySelector('#tblRegisteredGSP tbody');
    tb.innerHTML = '';
    if (!rows.length) { tb.innerHTML = '<tr class="odd"><td colspan="4" class="dataTables_empty">No records found</td></tr>'; return; }
    rows.forEach(function (row, i) {
      var tr = document.createElement('tr');
      [String(i + 1), row.gsp, row.username, row.createdOn].forEach(function (v) { var td = document.createElement('td'); td.textContent = v; tr.appendChild(td); });
      tb.appendChild(tr);
    });
  }

  function initRegistration(form) {
    NIC.iCheck(form);
    NIC.selectpicker(document.getElementById('ddlGSP'));
    var tried = false;
    function regType() { var r = form.querySelector('input[name="RegistrationType"]:checked'); return r ? r.value : ''; }
    function onType() {
      var t = regType();
      $('#trGSP').toggleClass('hidden', t !== 'G');
      if (tried) validate();
    }
    $(form).on('change', 'input[name="RegistrationType"]', onType);
    function validate() {
      var ok = true;
      function check(name, msg) { NIC.fieldError(form, name, msg); if (msg) ok = false; }
      var t = regType(), gsp = $('#ddlGSP').val(), user = $('#UserName').val().trim(), pwd = $('#Password').val(), pwd2 = $('#ConfirmPassword').val();
      check('RegistrationType', t ? '' : 'Please select the registration type.');
      check('GspId', t !== 'G' || gsp ? '' : 'Please select your GSP.');
      check('UserName', !user ? 'Please enter User Name.' : (/^[A-Za-z0-9_]{4,20}$/.test(user) ? '' : window.__rules.userName));
      check('Password', !pwd ? 'Please enter Password.' : (/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,20}$/.test(pwd) ? '' : window.__rules.password));
      check('ConfirmPassword', !pwd2 ? 'Please Re-enter Password.' : (pwd2 === pwd ? '' : window.__rules.mismatch));
      return ok;
    }
    $(form).on('input change', 'input, select', function () { if (tried) validate(); });
    $('#btnSubmit').on('click', function (e) {
      e.preventDefault();
      tried = true;
      if (!validate()) return;
      bootbox.confirm('Are you sure you want to register the API user with the selected GSP?', function (yes) {
        if (!yes) return;
        $.post('/APIUser/CreateUser', {
          RegistrationType: regType(), GspId: $('#ddlGSP').val(), UserName: $('#UserName').val().trim(),
          Password: $('#Password').val(), ConfirmPassword: $('#ConfirmPassword').val()
        }).then(function (r) {
          if (r.ok) {
            renderRows(r.data.rows || []);
            $('#UserName').val(''); $('#Password').val(''); $('#ConfirmPassword').val('');
            bootbox.alert(r.data.message);
            return;
          }
          if (r.data.errors) { Object.keys(r.data.errors).forEach(function (k) { NIC.fieldError(form, k, r.data.errors[k]); }); return; }
          bootbox.alert(r.data.message || 'Unable to create the API user.');
        });
      });
    });
    $('#btnExit').on('click', function (e) { e.preventDefault(); window.location.href = '/Home/MainMenu'; });
  }
});
`;

/* ------------------------------------------------------------------------------------------------ */
/* Pages                                                                                             */
/* ------------------------------------------------------------------------------------------------ */

function head(title: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} - e-Invoice System</title>
<link href="/Content/site.css" rel="stylesheet">
<script src="/Scripts/site.js"></script>
</head>`;
}

function brand(): string {
  return `<div class="brand"><div class="emblem">NIC</div><div><h1>e-Invoice System</h1><small>Goods and Services Tax, Government of India</small></div></div>`;
}

function homePage(token: string, loginError?: string): string {
  return `${head('Home')}
<body class="home">
<div class="gov-strip">Government of India &nbsp;|&nbsp; Skip to main content</div>
<header class="site-header">
  ${brand()}
  <nav class="navbar" role="navigation">
    <ul class="nav navbar-nav">
      <li><a href="/">Home</a></li>
      <li><a href="/Home/Help">Help</a></li>
      <li><a href="/Home/Contact">Contact Us</a></li>
      <li><button type="button" id="btnLogin" class="homepageloginbtn">Login</button></li>
    </ul>
  </nav>
</header>
<div class="marquee">Two Factor Authentication is mandatory for all users from 1st April 2025. OTP will be sent to the registered mobile number.</div>
<div class="home-body">
  <div class="ibox"><div class="ibox-title"><h5>About e-Invoice System</h5></div>
    <div class="ibox-content"><p>The e-Invoice System is used to register invoices and obtain the Invoice Reference Number (IRN). Taxpayers may generate IRN through the portal or through API using a GSP.</p></div></div>
  <div class="ibox"><div class="ibox-title"><h5>Latest Updates</h5></div>
    <div class="ibox-content"><ul><li>API registration through GSP is available under API Registration.</li><li>Use the NIC-GST-Shield app for OTP.</li></ul></div></div>
</div>
<div id="divLogin" style="display:none">
  <form id="frmLogin" method="post" action="/Home/Login" autocomplete="off">
    <input name="__RequestVerificationToken" type="hidden" value="${esc(token)}">
    <input type="hidden" id="hdnKey" value="">
    <input type="hidden" id="HiddenPasswordSha" name="UserLogin.HiddenPasswordSha" value="">
    <div class="divError"></div>
    <div class="form-group">
      <label for="txtUserName">Username</label>
      <input type="text" class="form-control" id="txtUserName" name="UserLogin.UserName" placeholder="Enter Username" maxlength="15">
    </div>
    <div class="form-group">
      <label for="txt_password">Password</label>
      <input type="password" class="form-control" id="txt_password" name="UserLogin.Password" placeholder="Enter Password" maxlength="20">
    </div>
    <div class="form-group">
      <div class="captcha-row">
        <img id="captcha_image" src="/get-captcha-image" alt="Captcha">
        <a href="#" id="btnRefreshCaptcha" title="Refresh Captcha"><i class="fa fa-refresh"></i></a>
      </div>
      <input type="text" class="form-control" id="CaptchaCode" name="CaptchaCode" placeholder="Enter Captcha" maxlength="5">
    </div>
    <button type="submit" class="btn btn-primary btn-block btnlogin">Login</button>
    <p style="margin-top:8px"><a href="/Home/ForgotPassword">Forgot Password?</a></p>
  </form>
</div>
<footer>Designed &amp; Developed by National Informatics Centre</footer>
${loginError ? `<script>window.__loginError = ${JSON.stringify(loginError)};</script>` : ''}
<script>${HOME_JS}</script>
</body>
</html>`;
}

function otpPage(token: string): string {
  return `${head('Two Factor Authentication')}
<body class="gray-bg">
<header class="site-header">${brand()}</header>
<div class="otp-panel">
  <div class="panel-heading"><h3 class="panel-title">Two Factor Authentication</h3></div>
  <div class="panel-body">
    <input name="__RequestVerificationToken" type="hidden" value="${esc(token)}">
    <p>An OTP has been sent to your registered mobile number ${MOBILE}. Please enter the OTP to continue.</p>
    <div class="form-group">
      <label for="txtOtp">Enter OTP</label>
      <input type="password" class="form-control" id="txtOtp" name="Otp" maxlength="6" autocomplete="off">
    </div>
    <p><span id="lblTimer" class="text-muted">Resend OTP in 00:30</span><a href="#" id="lnkResend" style="display:none">Resend OTP</a></p>
    <button type="button" id="btnVerifyOTP" class="btn btn-primary btn-block">Verify OTP</button>
    <p style="margin-top:10px"><a href="/Home/Logout">Back to Login</a></p>
  </div>
</div>
<script>${OTP_JS}</script>
</body>
</html>`;
}

function renderMenu(items: MenuItem[], active: string, level: number): { html: string; open: boolean } {
  let open = false;
  const html = items
    .map((item) => {
      if (item.children) {
        const sub = renderMenu(item.children, active, level + 1);
        if (sub.open) open = true;
        const levelClass = level === 1 ? 'nav-second-level' : 'nav-third-level';
        const icon = item.icon ? `<i class="fa ${item.icon}"></i> ` : '';
        return `<li${sub.open ? ' class="active"' : ''}><a href="#" aria-expanded="${sub.open}">${icon}<span class="nav-label">${esc(item.label)}</span><span class="fa arrow"></span></a><ul class="nav ${levelClass} collapse${sub.open ? ' in' : ''}">${sub.html}</ul></li>`;
      }
      const on = item.href === active;
      if (on) open = true;
      const inner =
        level === 1
          ? `<i class="fa ${item.icon ?? ''}"></i> <span class="nav-label">${esc(item.label)}</span>`
          : esc(item.label);
      return `<li${on ? ' class="active"' : ''}><a href="${item.href}">${inner}</a></li>`;
    })
    .join('');
  return { html, open };
}

function appPage(
  ctx: { gstin: string; tradeName: string; token: string },
  title: string,
  active: string,
  content: string,
  script = '',
): string {
  const menu = renderMenu(MENU, active, 1).html;
  return `${head(title)}
<body class="pace-done">
<input name="__RequestVerificationToken" type="hidden" value="${esc(ctx.token)}">
<div class="top-navbar">
  ${brand()}
  <ul class="nav navbar-top-links navbar-right">
    <li><span class="m-r-sm text-muted welcome-message">GSTIN: <b id="lblGSTIN">${esc(ctx.gstin)}</b> &nbsp;|&nbsp; Trade Name: <b id="lblTradeName">${esc(ctx.tradeName)}</b></span></li>
    <li><a href="/Home/Logout"><i class="fa fa-sign-out"></i> Log out</a></li>
  </ul>
</div>
<div id="wrapper">
  <nav class="navbar-default navbar-static-side" role="navigation">
    <div class="sidebar-collapse">
      <ul class="nav metismenu" id="side-menu">
        <li class="nav-header"><span class="profile-name"><i class="fa fa-user"></i> ${esc(ctx.tradeName)}</span><span class="text-muted">Taxpayer</span></li>
        ${menu}
      </ul>
    </div>
  </nav>
  <div id="page-wrapper" class="gray-bg">
${content}
  </div>
</div>
${script ? `<script>${script}</script>` : ''}
</body>
</html>`;
}

function pageHeading(title: string, crumbs: string[]): string {
  const items = crumbs
    .map((crumb, i) =>
      i === crumbs.length - 1
        ? `<li class="active"><strong>${esc(crumb)}</strong></li>`
        : `<li>${esc(crumb)}</li>`,
    )
    .join('');
  return `<div class="row wrapper border-bottom white-bg page-heading"><h2>${esc(title)}</h2><ol class="breadcrumb"><li><a href="/Home/MainMenu">Home</a></li>${items}</ol></div>`;
}

function dashboardContent(showTechContact: boolean): string {
  return `${pageHeading('Dash Board', ['Dash Board'])}
<div class="cards">
  <div class="card"><h3>Generations</h3><div class="num">0</div><small>IRNs generated this month</small></div>
  <div class="card"><h3>Cancelled</h3><div class="num">0</div><small>IRNs cancelled this month</small></div>
</div>
<div class="modal fade" id="modalTechContact" tabindex="-1" aria-labelledby="lblTechContactTitle" aria-hidden="true" data-backdrop="static" data-keyboard="false" data-show="${showTechContact}">
  <div class="modal-dialog">
    <div class="modal-content">
      <div class="modal-header">
        <button type="button" class="close" data-dismiss="modal" aria-label="Close"><span aria-hidden="true">&times;</span></button>
        <h4 class="modal-title" id="lblTechContactTitle">Contacts of Technical Person</h4>
      </div>
      <div class="modal-body">
        <p>Please provide the details of the technical person for communication regarding e-Invoice API integration.</p>
        <form id="frmTechContact" autocomplete="off">
          <table class="tbl-form" style="width:100%">
            <tr><td class="lbl">Name <span class="text-danger">*</span></td><td><input type="text" class="form-control" id="TechName" name="TechName" maxlength="50"><span class="field-validation-valid text-danger" data-valmsg-for="TechName" data-valmsg-replace="true"></span></td></tr>
            <tr><td class="lbl">Mobile No <span class="text-danger">*</span></td><td><input type="text" class="form-control" id="TechMobile" name="TechMobile" maxlength="10"><span class="field-validation-valid text-danger" data-valmsg-for="TechMobile" data-valmsg-replace="true"></span></td></tr>
            <tr><td class="lbl">Email Id <span class="text-danger">*</span></td><td><input type="text" class="form-control" id="TechEmail" name="TechEmail" maxlength="60"><span class="field-validation-valid text-danger" data-valmsg-for="TechEmail" data-valmsg-replace="true"></span></td></tr>
          </table>
        </form>
      </div>
      <div class="modal-footer">
        <button type="button" class="btn btn-primary" id="btnUpdateTechContact">Update</button>
        <button type="button" class="btn btn-danger" data-dismiss="modal">Exit</button>
      </div>
    </div>
  </div>
</div>`;
}

function createContent(): string {
  return `${pageHeading('Create API User', ['API Registration', 'User Credentials', 'Create API User'])}
<div class="ibox">
  <div class="ibox-title"><h5>API Registration</h5></div>
  <div class="ibox-content">
    <div id="divOTP">
      <p>To create an API user, verify yourself with the OTP sent to your registered mobile number.</p>
      <p><button type="button" class="btn btn-primary" id="btnSendOTP">Send OTP</button>
      <span id="lblOtpSent" class="text-success" style="display:none;margin-left:10px"></span></p>
      <div id="divEnterOtp" style="display:none">
        <table class="tbl-form">
          <tr>
            <td class="lbl">Enter OTP <span class="text-danger">*</span></td>
            <td><input type="text" class="form-control" id="txtAPIOTP" name="Otp" maxlength="6" autocomplete="off" style="width:180px"></td>
            <td><button type="button" class="btn btn-success" id="btnVerifyAPIOTP">Verify OTP</button></td>
          </tr>
        </table>
      </div>
    </div>
    <p id="lblOtpVerified" class="text-success" style="display:none">OTP verified successfully.</p>
    <div id="divRegistration"></div>
  </div>
</div>`;
}

function registrationPartial(
  gstin: string,
  rows: { gsp: string; username: string; createdOn: string }[],
): string {
  const options = GSPS.map(([value, text]) => `<option value="${value}">${esc(text)}</option>`).join('');
  const radio = (id: string, value: string, text: string): string =>
    `<div class="i-checks"><label for="${id}"><input type="radio" id="${id}" name="RegistrationType" value="${value}"> <i></i> ${esc(text)}</label></div>`;
  const body = rows.length
    ? rows
        .map(
          (row, i) =>
            `<tr><td>${i + 1}</td><td>${esc(row.gsp)}</td><td>${esc(row.username)}</td><td>${esc(row.createdOn)}</td></tr>`,
        )
        .join('')
    : '<tr class="odd"><td colspan="4" class="dataTables_empty">No records found</td></tr>';
  return `<form id="frmCreateAPIUser" novalidate autocomplete="off">
  <table class="tbl-form" style="width:100%">
    <tr>
      <td class="lbl">Do you wish to Register your GSTIN for <span class="text-danger">*</span></td>
      <td>
        ${radio('rbDirect', 'D', 'Direct Integration')}
        ${radio('rbGSP', 'G', 'Through GSP')}
        ${radio('rbERP', 'E', 'Through ERP')}
        <span class="field-validation-valid text-danger" data-valmsg-for="RegistrationType" data-valmsg-replace="true"></span>
      </td>
    </tr>
    <tr id="trGSP" class="hidden">
      <td class="lbl">Select your GSP <span class="text-danger">*</span></td>
      <td>
        <select id="ddlGSP" name="GspId" class="selectpicker form-control" data-live-search="true"><option value="">--Select--</option>${options}</select>
        <span class="field-validation-valid text-danger" data-valmsg-for="GspId" data-valmsg-replace="true"></span>
      </td>
    </tr>
    <tr>
      <td class="lbl">Username <span class="text-danger">*</span></td>
      <td>
        <div class="input-group"><span class="input-group-addon">API_</span><input type="text" class="form-control" id="UserName" name="UserName" maxlength="20"></div>
        <span class="field-validation-valid text-danger" data-valmsg-for="UserName" data-valmsg-replace="true"></span>
      </td>
    </tr>
    <tr>
      <td class="lbl">Password <span class="text-danger">*</span></td>
      <td>
        <input type="password" class="form-control" id="Password" name="Password" maxlength="20">
        <span class="field-validation-valid text-danger" data-valmsg-for="Password" data-valmsg-replace="true"></span>
      </td>
    </tr>
    <tr>
      <td class="lbl">Re-enter Password <span class="text-danger">*</span></td>
      <td>
        <input type="password" class="form-control" id="ConfirmPassword" name="ConfirmPassword" maxlength="20">
        <span class="field-validation-valid text-danger" data-valmsg-for="ConfirmPassword" data-valmsg-replace="true"></span>
      </td>
    </tr>
    <tr>
      <td></td>
      <td><button type="button" class="btn btn-primary" id="btnSubmit">Submit</button> <button type="button" class="btn btn-danger" id="btnExit">Exit</button></td>
    </tr>
  </table>
</form>
<h4 style="margin-top:25px">GSPs registered for GSTIN ${esc(gstin)}</h4>
<table class="table table-striped table-bordered" id="tblRegisteredGSP">
  <thead><tr><th>Sl. No.</th><th>GSP Name</th><th>User Name</th><th>Registered On</th></tr></thead>
  <tbody>${body}</tbody>
</table>`;
}

function placeholderContent(title: string): string {
  return `${pageHeading(title, [title])}
<div class="ibox"><div class="ibox-title"><h5>${esc(title)}</h5></div><div class="ibox-content"><p>No records found.</p></div></div>`;
}

function captchaSvg(text: string): string {
  const seed = Math.floor(Math.random() * 1000);
  const letters = text
    .split('')
    .map((ch, i) => {
      const rotate = ((seed + i * 37) % 30) - 15;
      const x = 18 + i * 26;
      const y = 34 + ((seed + i * 11) % 7) - 3;
      return `<text x="${x}" y="${y}" transform="rotate(${rotate} ${x} ${y})">${esc(ch)}</text>`;
    })
    .join('');
  const noise = Array.from({ length: 5 }, (_, i) => {
    const y1 = (seed * (i + 3)) % 50;
    const y2 = (seed * (i + 7)) % 50;
    return `<line x1="0" y1="${y1}" x2="150" y2="${y2}" stroke="#9ab" stroke-width="1"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0 0 150 50"><rect width="150" height="50" fill="#f0f3e6"/>${noise}<g font-family="Courier New, monospace" font-size="28" font-weight="bold" fill="#2d4a22">${letters}</g></svg>`;
}

/* ------------------------------------------------------------------------------------------------ */
/* Server                                                                                            */
/* ------------------------------------------------------------------------------------------------ */

interface Session {
  id: string;
  token: string;
  salt: string;
  stage: 'anon' | 'otp' | 'in';
  apiOtpSent: boolean;
  apiVerified: boolean;
  techShown: boolean;
}

const COOKIE = '.AspNetCore.Session';

export async function startR5JqueryRendition(options: R5JqueryOptions = {}): Promise<R5JqueryRendition> {
  const state: R5JqueryState = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: (options.captcha ?? 'K7Q2M').toUpperCase(),
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const tradeName = options.tradeName ?? 'SHREE GANESH TRADING COMPANY';
  const sessions = new Map<string, Session>();
  let pendingExpiry = options.expireOnce;
  const pageHrefs = new Map(leaves(MENU).map((item) => [item.href ?? '', item.label]));

  function newSession(): Session {
    const session: Session = {
      id: randomBytes(12).toString('hex'),
      token: `CfDJ8${randomBytes(24).toString('base64url')}`,
      salt: '',
      stage: 'anon',
      apiOtpSent: false,
      apiVerified: false,
      techShown: false,
    };
    sessions.set(session.id, session);
    return session;
  }

  function cookieOf(req: IncomingMessage): string | undefined {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const at = part.indexOf('=');
      if (at > 0 && part.slice(0, at).trim() === COOKIE) return part.slice(at + 1).trim();
    }
    return undefined;
  }

  function send(
    res: ServerResponse,
    status: number,
    type: string,
    content: string,
    session?: Session,
    extra: Record<string, string> = {},
  ): void {
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-cache, no-store',
      ...(session ? { 'set-cookie': `${COOKIE}=${session.id}; path=/; samesite=lax; httponly` } : {}),
      ...extra,
    });
    res.end(content);
  }
  const html = (res: ServerResponse, s: Session, page: string, status = 200): void =>
    send(res, status, 'text/html; charset=utf-8', page, s);
  const json = (res: ServerResponse, s: Session | undefined, status: number, body: object): void =>
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), s);
  const redirect = (res: ServerResponse, s: Session, to: string): void =>
    send(res, 302, 'text/plain', '', s, { location: to });

  async function form(req: IncomingMessage): Promise<URLSearchParams> {
    let text = '';
    for await (const chunk of req) text += String(chunk);
    return new URLSearchParams(text);
  }

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  function rows(): { gsp: string; username: string; createdOn: string }[] {
    return state.users
      .filter((user) => user.gstin === state.gstin)
      .map((user) => ({
        gsp: user.gsp,
        username: user.username,
        createdOn: user.createdOn.split('-').reverse().join('-'),
      }));
  }

  /** An AJAX call that needs a signed-in session: false (and a 401 sent) when missing or asked to expire here. */
  function signedIn(res: ServerResponse, session: Session, stage?: R5JqueryExpiry): boolean {
    if (session.stage === 'in' && stage && pendingExpiry === stage) {
      pendingExpiry = undefined;
      sessions.delete(session.id);
      state.expired.push(stage);
      json(res, undefined, 401, { message: 'Session expired' });
      return false;
    }
    if (session.stage !== 'in') {
      json(res, undefined, 401, { message: 'Session expired' });
      return false;
    }
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const method = req.method ?? 'GET';

    if (path === '/Content/site.css') return send(res, 200, 'text/css; charset=utf-8', CSS);
    if (path === '/Scripts/site.js') return send(res, 200, 'text/javascript; charset=utf-8', SITE_JS);
    if (path === '/favicon.ico') return send(res, 404, 'text/plain', '');

    const sid = cookieOf(req);
    const session = (sid && sessions.get(sid)) || newSession();
    const ctx = { gstin: state.gstin, tradeName, token: session.token };
    const isAjax = req.headers['x-requested-with'] === 'XMLHttpRequest';

    if (method === 'POST') {
      // Antiforgery: every POST carries the session's token, in the form or in a header.
      const body = await form(req);
      const posted = body.get('__RequestVerificationToken') ?? req.headers.requestverificationtoken;
      const known = sid !== undefined && sessions.has(sid);
      if (isAjax && path.startsWith('/APIUser/')) {
        if (!known) return json(res, undefined, 401, { message: 'Session expired' });
      }
      if (posted !== session.token) {
        if (isAjax) return json(res, session, 400, { message: 'Bad Request' });
        return html(res, session, homePage(session.token, 'Your session has expired. Please login again.'));
      }
      if (isAjax) await sleep(200);
      return handlePost(res, session, path, body);
    }

    if (method !== 'GET') return send(res, 405, 'text/plain', 'Method Not Allowed');

    if (path === '/' || path === '/Home' || path === '/Home/Index') {
      if (session.stage === 'in') return redirect(res, session, '/Home/MainMenu');
      return html(res, session, homePage(session.token));
    }
    if (path === '/Home/GetKey') {
      if (!session.salt) session.salt = randomBytes(16).toString('hex');
      return json(res, session, 200, { key: session.salt });
    }
    if (path === '/get-captcha-image') {
      return send(res, 200, 'image/svg+xml', captchaSvg(state.captcha), session);
    }
    if (path === '/Home/Logout') {
      sessions.delete(session.id);
      return redirect(res, newSession(), '/');
    }
    if (path === '/Home/OTPVerification') {
      if (session.stage !== 'otp') return redirect(res, session, '/');
      return html(res, session, otpPage(session.token));
    }
    if (session.stage !== 'in') {
      if (isAjax) return json(res, session, 401, { message: 'Session expired' });
      return redirect(res, session, '/');
    }
    if (path === '/Home/MainMenu') {
      const show = !session.techShown;
      session.techShown = true;
      return html(
        res,
        session,
        appPage(ctx, 'Dash Board', '/Home/MainMenu', dashboardContent(show), DASHBOARD_JS),
      );
    }
    if (path === '/APIUser/CreateAPIUser') {
      session.apiOtpSent = false;
      session.apiVerified = false;
      return html(
        res,
        session,
        appPage(
          ctx,
          'Create API User',
          path,
          createContent(),
          `window.__rules = ${JSON.stringify({
            userName: TEXT.userName,
            password: TEXT.password,
            mismatch: TEXT.mismatch,
          })};\n${CREATE_JS}`,
        ),
      );
    }
    if (path === '/APIUser/Registration') {
      if (!session.apiVerified) return json(res, session, 403, { message: TEXT.verifyFirst });
      return send(res, 200, 'text/html; charset=utf-8', registrationPartial(state.gstin, rows()), session);
    }
    const label = pageHrefs.get(path);
    if (label) return html(res, session, appPage(ctx, label, path, placeholderContent(label)));
    return send(res, 404, 'text/html; charset=utf-8', '<h1>404 - Page not found</h1>', session);
  }

  function handlePost(res: ServerResponse, session: Session, path: string, body: URLSearchParams) {
    const ctxToken = session.token;
    if (path === '/Home/Login') {
      const salt = session.salt;
      session.salt = '';
      if ((body.get('CaptchaCode') ?? '').trim().toUpperCase() !== state.captcha) {
        state.refusals.push('captcha');
        return html(res, session, homePage(ctxToken, TEXT.invalidCaptcha));
      }
      const hashed = body.get('UserLogin.HiddenPasswordSha') ?? '';
      const passwordOk = hashed
        ? salt !== '' && hashed === sha256(sha256(LOGIN.password) + salt)
        : body.get('UserLogin.Password') === LOGIN.password;
      if ((body.get('UserLogin.UserName') ?? '').trim() !== LOGIN.username || !passwordOk) {
        state.refusals.push('login');
        return html(res, session, homePage(ctxToken, TEXT.invalidLogin));
      }
      session.stage = 'otp';
      return redirect(res, session, '/Home/OTPVerification');
    }
    if (path === '/Home/VerifyOTP' || path === '/Home/ResendOTP') {
      if (session.stage !== 'otp') return json(res, session, 401, { message: 'Session expired' });
      if (path === '/Home/ResendOTP') return json(res, session, 200, { status: 1 });
      if ((body.get('Otp') ?? '').trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        return json(res, session, 200, { status: 0, message: TEXT.invalidLoginOtp });
      }
      session.stage = 'in';
      return json(res, session, 200, { status: 1, redirectUrl: '/Home/MainMenu' });
    }
    if (path === '/Home/UpdateTechContact') {
      if (!signedIn(res, session)) return;
      return json(res, session, 200, { status: 1 });
    }
    if (path === '/APIUser/SendOTP') {
      if (!signedIn(res, session, 'api-otp-send')) return;
      session.apiOtpSent = true;
      session.apiVerified = false;
      return json(res, session, 200, { status: 1, mobile: MOBILE });
    }
    if (path === '/APIUser/VerifyOTP') {
      if (!signedIn(res, session, 'api-otp-verify')) return;
      if (!session.apiOtpSent || (body.get('Otp') ?? '').trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        return json(res, session, 400, { status: 0, message: TEXT.invalidApiOtp });
      }
      session.apiVerified = true;
      return json(res, session, 200, { status: 1 });
    }
    if (path === '/APIUser/CreateUser') {
      if (!signedIn(res, session, 'submit')) return;
      if (!session.apiVerified) return json(res, session, 403, { message: TEXT.verifyFirst });
      const type = body.get('RegistrationType') ?? '';
      const gsp = GSPS.find(([value]) => value === body.get('GspId'))?.[1];
      const typed = (body.get('UserName') ?? '').trim();
      const password = body.get('Password') ?? '';
      const errors: Record<string, string> = {};
      if (!type) errors.RegistrationType = 'Please select the registration type.';
      if (type === 'G' && !gsp) errors.GspId = 'Please select your GSP.';
      if (!USERNAME_RULE.test(typed)) errors.UserName = typed ? TEXT.userName : 'Please enter User Name.';
      if (!PASSWORD_RULE.test(password))
        errors.Password = password ? TEXT.password : 'Please enter Password.';
      if (body.get('ConfirmPassword') !== password) errors.ConfirmPassword = TEXT.mismatch;
      if (Object.keys(errors).length) return json(res, session, 400, { errors });
      if (type === 'D') return json(res, session, 400, { message: TEXT.directOnly });
      if (type !== 'G' || !gsp) return json(res, session, 400, { message: TEXT.erpNone });
      const username = `API_${typed}`;
      if (state.users.some((user) => user.gstin === state.gstin && user.gsp === gsp)) {
        state.refusals.push('duplicate');
        return json(res, session, 409, {
          message: `GSTIN ${state.gstin} is already registered for API access through the GSP ${gsp}.`,
        });
      }
      if (state.users.some((user) => user.username.toLowerCase() === username.toLowerCase())) {
        state.refusals.push('username-taken');
        return json(res, session, 409, {
          message: `User Name ${username} already exists. Please try with another User Name.`,
        });
      }
      state.users.push({
        gstin: state.gstin,
        gsp,
        username,
        password,
        createdOn: new Date().toISOString().slice(0, 10),
      });
      return json(res, session, 200, {
        status: 1,
        message: `API User created successfully. User Name: ${username}, GSP: ${gsp}.`,
        rows: rows(),
      });
    }
    return json(res, session, 404, { message: 'Not found' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const R5_JQUERY_LOGIN = LOGIN;
