/**
 * Rendition r19-richfaces: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2009-2015 Java EE portal on JSF 1.2 with
 * RichFaces 3.3 (a4j AJAX, the blueSky skin) would draw it. No RichFaces files: a small hand-written
 * runtime (`A4J.AJAX.Submit`, `Richfaces.showModalPanel`, a panelMenu and a comboBox) reproduces the DOM
 * and behaviour: ids with colons (`loginForm:userName`), every form with its `javax.faces.ViewState`,
 * a4j requests as form-encoded POSTs (`AJAXREQUEST=_viewRoot`) answered by an XHTML document whose
 * `<meta name="Ajax-Update-Ids">` lists the ids it replaces (reRender), and the status
 * `span#_viewRoot:status.start` "Please wait..." while each runs. Every line of markup, style and
 * script is written here; images are inline SVG data URIs; no network.
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - URLs: `/` is a public home page whose header link "Login" goes to `/login.jsf`; the 2FA step is
 *   `/otp.jsf`; `/pages/dashboard.jsf` (heading "Dash Board", panels "Generations" and "Cancelled");
 *   Create API User at `/pages/api/createApiUser.jsf`; other menu leaves `/pages/misc.jsf?p=...`.
 * - Login (`h:panelGrid` with `label[for]` cells "User Name", "Password", "Enter the text shown"): the
 *   captcha is `img#loginForm:captchaImg` from `/captcha.jpg?ts=...` (an SVG picture, the configured
 *   text with fresh noise each time, compared case-insensitively), with an a4j:commandLink "Refresh"
 *   that reRenders the picture. "Login" is an `h:commandButton` (full POST to the same URL). Refusals
 *   are `h:messages` (`ul#loginForm:messages > li.rich-messages-label`, red): "Invalid Captcha. Please
 *   enter the text shown in the image." (checked first) and "Invalid Login Credentials. Please check
 *   your User Name and Password."; empty fields get `rich:message` "Value is required." beside them.
 * - 2FA page: "OTP" and `h:commandButton` "Verify" (plus an a4j "Resend OTP" link). Wrong: "Invalid OTP.
 *   Please enter the correct OTP sent to your registered mobile number." in the same red list.
 * - After login, on the first dashboard of a session: `rich:modalPanel` "Contacts of Technical Person"
 *   (moved to `body` when shown, its own white .5 mask div first), fields Name / Mobile No. / E-mail,
 *   a4j "Update" (hides the panel on success via the response's oncomplete) and "Close"; the header's
 *   close `img` (title "Close") hides it too. No other popup.
 * - Menu: `rich:panelMenu` (mode client, expandSingle) in `menuForm`: Dash Board; e-Invoice (Generate
 *   IRN, Bulk Upload, Cancel IRN, Print e-Invoice); API Registration (User Credentials → Create API
 *   User, View API Users; IP Whitelisting; Freeze API User; Change API Password); MIS Reports; User
 *   Management. Groups show or hide their children at once (no animation), siblings close.
 * - API OTP: `rich:panel` "API Registration" with an a4j "Send OTP" (the request that sends it);
 *   then "Enter OTP", "Verify OTP" and a "Resend OTP" link. Wrong: `rich:messages` red "Invalid OTP".
 *   Enter in the OTP box clicks "Verify OTP".
 * - Form (after the OTP, panel "Create API User"): "Do you wish to Register your GSTIN for" as
 *   `h:selectOneRadio` (Directly, Through GSP, Through ERP, Through Client-Id of other) with a4j:support
 *   onclick reRendering `apiForm:gspRow`. Only "Through GSP" shows the fields; the others show a note.
 *   "Select your GSP" is a `rich:comboBox` over 24 names (typing filters by prefix, arrows/Enter, click;
 *   the list is absolutely positioned under the box), "User Name" with `API_` as text before the box,
 *   "Password", "Re-enter Password" (8 to 15 characters, upper, lower, digit, special), a4j "Submit"
 *   with `confirm('Do you want to create the API user?')`, and "Cancel" (back to the dashboard).
 * - Verdicts in `dl#apiForm:msgs.rich-messages`: red "GSTIN is already registered with the selected
 *   GSP." (an older registration with TERA SOFTWARE LIMITED is on file, or one made here) and "User Name
 *   already exists." (API_admin, API_test, API_mhfoods_tera or one made here); green (class `info`)
 *   "API User created successfully."; the `rich:dataTable` "GSPs registered for GSTIN ..." gains a row.
 * - Sessions: cookie JSESSIONID naming server-side state. A page GET without a live session is a 302
 *   to `/login.jsf?expired=true` (red "Your session has expired. Please login again."). An a4j POST
 *   without one answers with the `Ajax-Expired` header; the runtime then shows
 *   `alert('Your session has expired. Please login again.')` and goes to `/login.jsf?expired=true`.
 * - expireOnce: the first request of that stage (Send OTP or Resend OTP, Verify OTP, or Submit) deletes
 *   the server session first and answers as any lost session does.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type RichfacesR19Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface RichfacesR19Options {
  expireOnce?: RichfacesR19Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface RichfacesR19State {
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

export interface RichfacesR19Rendition {
  url: string;
  close(): Promise<void>;
  state: RichfacesR19State;
}

export const RICHFACES_R19_LOGIN: { username: string; password: string } = {
  username: 'mhfoods27',
  password: 'Mh@Foods#2718',
};

const MOBILE = 'XXXXXX7310';
const EXPIRED_TEXT = 'Your session has expired. Please login again.';

const GSPS: string[] = [
  'ADAEQUARE INFO PRIVATE LIMITED',
  'Alankit Limited',
  'BVM IT CONSULTING SERVICES INDIA PRIVATE LIMITED',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'Mastek Limited',
  'Masters India Private Limited',
  'NSDL e-Governance Infrastructure Limited',
  'Reliance Corporate IT Park Limited',
  'SAG INFOTECH PRIVATE LIMITED',
  'Tally ( India) Private Ltd',
  'TATA CONSULTANCY SERVICES LIMITED',
  'TAXMANN TECHNOLOGIES PRIVATE LIMITED',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Vayana Network Services Private Limited',
  'Webtel Electrosoft Private Limited',
  'WeP Solutions Limited',
  'Wipro Limited',
  'Zoho Corporation Private Limited',
];

/** An older registration on file for every GSTIN (shown in the table, never in state.users). */
const ON_FILE = { gsp: 'TERA SOFTWARE LIMITED', username: 'API_mhfoods_tera', createdOn: '14/08/2021' };
const TAKEN = ['API_ADMIN', 'API_TEST', ON_FILE.username.toUpperCase()];

type Stage = 'anon' | 'otp' | 'in';

interface Session {
  id: string;
  stage: Stage;
  user: string;
  contactsPending: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  mode: string;
  seq: number;
  contact: { name: string; mobile: string; email: string };
}

type Form = Record<string, string>;

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<Form> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', reject);
    req.on('end', () => {
      const form: Form = {};
      for (const [k, v] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) form[k] = v;
      resolve(form);
    });
  });
}

/** Images of the skin: inline SVGs as data URIs (RichFaces served them from /a4j/g/3_3_3.Final/...). */
function svgUri(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
const ARROW_DOWN = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M4 6h8l-4 5z" fill="#4A75B5"/></svg>',
);
const ARROW_UP = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M4 10h8l-4-5z" fill="#4A75B5"/></svg>',
);
const BULLET = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="2" fill="#4A75B5"/></svg>',
);
const CLOSE_ICON = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12"><path d="M2 2l8 8M10 2l-8 8" stroke="#000" stroke-width="2"/></svg>',
);
const COMBO_ARROW = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="15" height="15"><path d="M4 6h7l-3.5 4z" fill="#000"/></svg>',
);

const CSS = String.raw`
body{margin:0;font-family:Arial,Verdana,sans-serif;font-size:11px;color:#000;background:#fff}
a{color:#0078D0}
#header{height:70px;background:linear-gradient(#1d5aa6,#0d3c78);color:#fff;position:relative;border-bottom:3px solid #E79A00}
#header .logo{position:absolute;left:16px;top:10px;width:48px;height:48px;border-radius:24px;background:#fff;color:#0d3c78;font:bold 13px Arial;text-align:center;line-height:48px}
#header .title{position:absolute;left:76px;top:12px;font:bold 22px Arial}
#header .subtitle{position:absolute;left:77px;top:42px;font-size:12px;color:#dce8f8}
#header .userbox{position:absolute;right:14px;top:12px;text-align:right;font-size:11px;line-height:18px}
#header .userbox a{color:#fff;font-weight:bold}
#topnav{background:linear-gradient(#F2F7FF,#BED6F8);border-bottom:1px solid #BED6F8;height:24px;line-height:24px;padding:0 12px}
#topnav a{color:#000;text-decoration:none;font-weight:bold;margin-right:18px}
#topnav a.loginLink{float:right;margin-right:0;color:#0d3c78}
#statusBar{position:fixed;top:4px;right:45%;z-index:2000}
#_viewRoot\:status\.start{background:#FFF8C6;border:1px solid #E79A00;padding:3px 10px;font-weight:bold}
table.layout{width:100%;border-collapse:collapse}
td.leftCol{width:210px;vertical-align:top;padding:8px 4px 8px 8px;background:#F7FAFF;border-right:1px solid #BED6F8}
td.contentCol{vertical-align:top;padding:8px 12px}
#footer{border-top:1px solid #BED6F8;background:#ECF4FE;text-align:center;padding:6px;color:#555;margin-top:24px}
h1.pageTitle{font-size:15px;color:#0d3c78;margin:2px 0 10px;border-bottom:1px dotted #BED6F8;padding-bottom:4px}
.rich-panel{border:1px solid #BED6F8;background:#fff;padding:1px;margin-bottom:10px}
.rich-panel-header{background:linear-gradient(#F2F7FF,#BED6F8);border:1px solid #BED6F8;padding:3px 5px;font-weight:bold;font-size:11px;color:#000}
.rich-panel-body{padding:10px}
.rich-panel.card{display:inline-block;width:200px;margin-right:12px;vertical-align:top}
.rich-panel.card .num{font-size:26px;color:#0d3c78;font-weight:bold}
input[type=text],input[type=password]{border:1px solid #BED6F8;background:#fff;font:11px Arial;height:16px;padding:1px 3px}
input[type=text]:focus,input[type=password]:focus{border-color:#E79A00}
input.rich-button,input[type=submit],input[type=button]{font:bold 11px Arial;color:#000;border:1px solid #BED6F8;background:linear-gradient(#fff,#D6E6FB);padding:2px 10px;cursor:pointer;height:21px}
input.rich-button:hover,input[type=submit]:hover,input[type=button]:hover{border-color:#E79A00}
table.grid td{padding:3px 6px;vertical-align:middle}
table.grid td.label{text-align:right;font-weight:bold;white-space:nowrap}
.req{color:red}
ul.rich-messages{margin:0 0 8px;padding:0;list-style:none}
li.rich-messages-label{color:red;font-weight:bold;padding:2px 0}
li.rich-messages-label.info{color:#008000}
dl.rich-messages{margin:0 0 8px}
dl.rich-messages dt{margin:0;padding:2px 0}
span.rich-messages-label{color:red;font-weight:bold}
span.rich-messages-label.info{color:#008000}
span.rich-message-label{color:red;margin-left:4px}
.note{color:#555;font-style:italic}
.rich-pmenu{width:200px}
.rich-pmenu-top-group-div{margin-bottom:1px}
table.rich-pmenu-group,table.rich-pmenu-item{width:100%;cursor:pointer;border-collapse:collapse}
table.rich-pmenu-top-group{background:linear-gradient(#F2F7FF,#BED6F8);border:1px solid #BED6F8;height:22px;font-weight:bold}
table.rich-pmenu-group td,table.rich-pmenu-item td{padding:0;height:20px;font-size:11px}
table.rich-pmenu-group:not(.rich-pmenu-top-group){background:#fff;border-bottom:1px solid #E6EEF9;font-weight:bold;color:#0d3c78}
td.rich-pmenu-group-self-icon,td.rich-pmenu-item-icon{width:18px;text-align:center}
td.rich-pmenu-group-self-icon img,td.rich-pmenu-item-icon img{vertical-align:middle}
table.rich-pmenu-item{background:#fff;border-bottom:1px solid #F0F0F0}
.rich-pmenu-hovered-element{background:#ECF4FE!important}
table.rich-pmenu-item.rich-pmenu-selected-element td.rich-pmenu-item-label{color:#E79A00;font-weight:bold}
.rich-mpnl-mask-div{position:fixed;top:0;left:0;width:100%;height:100%;background:#fff;opacity:.5;z-index:100}
.rich-mpnl-panel{position:fixed;z-index:101}
.rich-mpnl-shadow{position:absolute;top:4px;left:4px;width:100%;height:100%;background:#000;opacity:.1}
.rich-mp-container{position:relative;background:#fff;border:1px solid #BED6F8;height:100%}
table.rich-mp-content-table{width:100%;height:100%;border-collapse:collapse}
td.rich-mpnl-header{background:linear-gradient(#F2F7FF,#BED6F8);font-weight:bold;padding:4px 6px;height:16px;cursor:move;white-space:nowrap}
div.rich-mpnl-controls{position:absolute;top:4px;right:6px;cursor:pointer;z-index:2}
td.rich-mpnl-body{padding:10px;vertical-align:top}
.rich-combobox{position:relative;display:inline-block;white-space:nowrap;vertical-align:middle}
.rich-combobox-font{font:11px Arial}
input.rich-combobox-input,input.rich-combobox-input-inactive{border:1px solid #BED6F8;border-right:0;height:16px;padding:1px 3px;vertical-align:top;background:#fff}
input.rich-combobox-input{border-color:#E79A00}
input.rich-combobox-button,input.rich-combobox-button-inactive{width:17px;height:20px;border:1px solid #BED6F8;padding:0;margin:0;vertical-align:top;cursor:pointer;background:#EAF0F8 url("${COMBO_ARROW}") center no-repeat;color:transparent}
input.rich-combobox-button-pressed{background-color:#BED6F8}
.rich-combobox-list-cord{position:absolute;left:0;z-index:1000}
.rich-combobox-shadow{position:absolute;left:3px;top:3px;right:-3px;bottom:-3px;background:#000;opacity:.12}
.rich-combobox-list-position{position:relative}
.rich-combobox-list-decoration{border:1px solid #BED6F8;background:#fff}
.rich-combobox-list-scroll{max-height:160px;overflow-y:auto;overflow-x:hidden}
span.rich-combobox-item{display:block;padding:2px 4px;white-space:nowrap;cursor:default}
span.rich-combobox-item-selected{background:#BED6F8;border:1px dotted #E79A00;padding:1px 3px}
table.rich-table{border-collapse:collapse;border:1px solid #C0C0C0;width:100%;empty-cells:show}
th.rich-table-subheadercell{background:#ECF4FE;border:1px solid #C0C0C0;padding:4px;font-weight:bold;text-align:left}
td.rich-table-cell{border:1px solid #C0C0C0;padding:4px}
table.radio td{padding:2px 10px 2px 0}
.homebox{width:760px;margin:24px auto}
.loginbox{width:460px;margin:30px auto}
`;

/** The hand-written runtime: A4J.AJAX, the status, modal panels, the panel menu and the comboBox. */
const RUNTIME = `
var A4J = window.A4J || {}; A4J.AJAX = A4J.AJAX || {};
var Richfaces = window.Richfaces || {};
(function(){
  var queue = [], busy = false;
  function status(on){
    var s = document.getElementById('_viewRoot:status.start'), t = document.getElementById('_viewRoot:status.stop');
    if (s) s.style.display = on ? '' : 'none';
    if (t) t.style.display = on ? 'none' : '';
  }
  function serialize(form){
    var parts = [];
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i], t = (el.type || '').toLowerCase();
      if (!el.name || el.disabled) continue;
      if (t === 'button' || t === 'submit' || t === 'image' || t === 'reset') continue;
      if ((t === 'radio' || t === 'checkbox') && !el.checked) continue;
      parts.push(encodeURIComponent(el.name) + '=' + encodeURIComponent(el.value));
    }
    return parts;
  }
  A4J.AJAX.Submit = function(containerId, formId, evt, options){
    queue.push({ c: containerId, f: formId, o: options || {} });
    if (!busy) next();
    return false;
  };
  function next(){
    var req = queue.shift();
    if (!req) { busy = false; return; }
    busy = true;
    var form = document.getElementById(req.f);
    var parts = serialize(form);
    parts.push('AJAXREQUEST=' + encodeURIComponent(req.c));
    var p = req.o.parameters || {};
    for (var k in p) parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(p[k]));
    var xhr = new XMLHttpRequest();
    xhr.open('POST', req.o.actionUrl || form.getAttribute('action'), true);
    xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8');
    status(true);
    xhr.onreadystatechange = function(){
      if (xhr.readyState !== 4) return;
      status(false);
      try { handle(xhr); } finally { busy = false; next(); }
    };
    xhr.send(parts.join('&'));
  }
  function runScripts(node){
    var list = node.tagName === 'SCRIPT' ? [node] : node.querySelectorAll('script');
    for (var i = 0; i < list.length; i++) { try { (0, eval)(list[i].text); } catch (e) { if (window.console) console.error(e); } }
  }
  function handle(xhr){
    var expired = xhr.getResponseHeader('Ajax-Expired');
    if (expired) { A4J.AJAX.onExpired(xhr.getResponseHeader('Location') || '/login.jsf?expired=true', expired); return; }
    if (xhr.status !== 200) { A4J.AJAX.onError(xhr); return; }
    var doc = new DOMParser().parseFromString(xhr.responseText, 'text/html');
    var meta = doc.querySelector('meta[name="Ajax-Update-Ids"]');
    var ids = meta ? (meta.getAttribute('content') || '').split(',') : [];
    for (var i = 0; i < ids.length; i++) {
      var id = ids[i].trim(); if (!id) continue;
      var src = doc.getElementById(id), dst = document.getElementById(id);
      if (!src || !dst) continue;
      var fresh = document.importNode(src, true);
      dst.parentNode.replaceChild(fresh, dst);
      runScripts(fresh);
    }
    var vs = doc.getElementById('javax.faces.ViewState');
    if (vs) { var all = document.getElementsByName('javax.faces.ViewState'); for (var j = 0; j < all.length; j++) all[j].value = vs.getAttribute('value'); }
    var oc = doc.getElementById('org.ajax4jsf.oncomplete');
    if (oc && oc.textContent.trim()) { (0, eval)(oc.textContent); }
  }
  A4J.AJAX.onExpired = function(loc, msg){
    alert('Your session has expired. Please login again.');
    window.location = loc;
  };
  A4J.AJAX.onError = function(xhr){ alert('Error ' + xhr.status + ' while processing the request.'); };

  /* rich:modalPanel */
  Richfaces.showModalPanel = function(id){
    var c = document.getElementById(id); if (!c) return;
    if (c.parentNode !== document.body) document.body.appendChild(c);
    c.style.display = 'block';
    var p = document.getElementById(id + 'CDiv');
    if (p) {
      var w = p.offsetWidth, h = p.offsetHeight;
      p.style.left = Math.max(0, Math.round((window.innerWidth - w) / 2)) + 'px';
      p.style.top = Math.max(0, Math.round((window.innerHeight - h) / 2)) + 'px';
      var f = p.querySelector('input[type=text]'); if (f) try { f.focus(); } catch (e) {}
    }
  };
  Richfaces.hideModalPanel = function(id){ var c = document.getElementById(id); if (c) c.style.display = 'none'; };

  /* rich:panelMenu, mode client, expandSingle */
  window.RichPM = {
    siblings: function(tbl){
      var holder = tbl.parentNode.className.indexOf('rich-pmenu-top-group-div') >= 0 ? tbl.parentNode.parentNode : tbl.parentNode;
      return holder.querySelectorAll(':scope > table.rich-pmenu-group, :scope > div.rich-pmenu-top-group-div > table.rich-pmenu-group');
    },
    set: function(tbl, open){
      var ch = document.getElementById(tbl.id + ':childs'); if (!ch) return;
      ch.style.display = open ? '' : 'none';
      var icons = tbl.querySelectorAll('td.rich-pmenu-group-self-icon img');
      var ic = icons[icons.length - 1]; if (ic) ic.src = open ? '${ARROW_UP}' : '${ARROW_DOWN}';
      var state = document.getElementById('menuForm:panelMenu:' + tbl.id.split(':').pop());
      if (state) state.value = open ? 'opened' : 'closed';
    },
    toggle: function(tbl){
      var ch = document.getElementById(tbl.id + ':childs'); if (!ch) return;
      var open = ch.style.display === 'none';
      if (open) { var sib = RichPM.siblings(tbl); for (var i = 0; i < sib.length; i++) if (sib[i] !== tbl) RichPM.set(sib[i], false); }
      RichPM.set(tbl, open);
    },
    go: function(item, url){
      var all = document.querySelectorAll('table.rich-pmenu-item');
      for (var i = 0; i < all.length; i++) all[i].classList.remove('rich-pmenu-selected-element');
      item.classList.add('rich-pmenu-selected-element');
      var h = document.getElementById('menuForm:panelMenuselectedItemName'); if (h) h.value = item.id;
      status(true);
      window.location.href = url;
    }
  };
  document.addEventListener('click', function(e){
    var t = e.target.closest ? e.target.closest('table.rich-pmenu-group') : null;
    if (t && t.closest('.rich-pmenu')) RichPM.toggle(t);
  });
  document.addEventListener('mouseover', function(e){
    var t = e.target.closest ? e.target.closest('table.rich-pmenu-group, table.rich-pmenu-item') : null;
    if (t) t.classList.add('rich-pmenu-hovered-element');
  });
  document.addEventListener('mouseout', function(e){
    var t = e.target.closest ? e.target.closest('table.rich-pmenu-group, table.rich-pmenu-item') : null;
    if (t) t.classList.remove('rich-pmenu-hovered-element');
  });
})();
`;

/** rich:comboBox: the list is rebuilt from the items' array on each filter, as 3.3's ComboBoxList did. */
const COMBO_RUNTIME = `
Richfaces.ComboBox = function(id, items){
  this.id = id; this.items = items; this.shown = []; this.sel = -1;
  this.field = document.getElementById(id + 'comboboxField');
  this.button = document.getElementById(id + 'comboboxButton');
  this.hidden = document.getElementById(id + 'comboboxValue');
  this.cord = document.getElementById(id + 'listParent');
  this.scroll = document.getElementById(id + 'list');
  this.field.onfocus = ()=> { this.field.className = 'rich-combobox-font rich-combobox-input'; };
  this.field.onblur = ()=> {
    this.field.className = 'rich-combobox-font-inactive rich-combobox-input-inactive';
    this.hidden.value = this.field.value;
    setTimeout(()=> { this.hide(); }, 150);
  };
  this.field.onclick = ()=> { if (this.isShown()) this.hide(); else this.filter(this.exact() ? '' : this.field.value); };
  this.field.onkeydown = (e)=> {
    var k = e.keyCode;
    if (k === 40) { if (!this.isShown()) this.filter(this.exact() ? '' : this.field.value); else this.move(1); e.preventDefault(); }
    else if (k === 38) { this.move(-1); e.preventDefault(); }
    else if (k === 13) { if (this.isShown() && this.sel >= 0) this.pick(this.shown[this.sel]); e.preventDefault(); return false; }
    else if (k === 27) { this.hide(); }
  };
  this.field.onkeyup = (e)=> {
    var k = e.keyCode;
    if (k === 40 || k === 38 || k === 13 || k === 27 || k === 9 || k === 16) return;
    this.hidden.value = this.field.value;
    this.filter(this.field.value);
  };
  this.button.onmousedown = (e)=> {
    e.preventDefault();
    this.button.className = 'rich-combobox-font-inactive rich-combobox-button-background rich-combobox-button-pressed';
    if (this.isShown()) this.hide(); else { this.field.focus(); this.filter(''); }
  };
  this.button.onmouseup = ()=> { this.button.className = 'rich-combobox-font-inactive rich-combobox-button-background rich-combobox-button-inactive'; };
  this.scroll.onmousedown = (e)=> {
    e.preventDefault();
    var it = e.target.closest('span.rich-combobox-item');
    if (it) this.pick(it.textContent);
  };
  this.scroll.onmouseover = (e)=> {
    var it = e.target.closest('span.rich-combobox-item'); if (!it) return;
    var spans = this.scroll.querySelectorAll('span.rich-combobox-item');
    for (var i = 0; i < spans.length; i++) if (spans[i] === it) this.mark(i);
  };
};
Richfaces.ComboBox.prototype = {
  isShown: function(){ return this.cord.style.display !== 'none'; },
  exact: function(){ var v = this.field.value; for (var i = 0; i < this.items.length; i++) if (this.items[i] === v) return true; return false; },
  filter: function(text){
    var t = (text || '').toLowerCase(), html = [];
    this.shown = [];
    for (var i = 0; i < this.items.length; i++) if (this.items[i].toLowerCase().indexOf(t) === 0) this.shown.push(this.items[i]);
    if (!this.shown.length) { this.hide(); return; }
    for (var j = 0; j < this.shown.length; j++) {
      var s = this.shown[j].replace(/&/g, '&amp;').replace(/</g, '&lt;');
      html.push('<span class="rich-combobox-item rich-combobox-item-normal">' + s + '</span>');
    }
    this.scroll.innerHTML = html.join('');
    this.cord.style.top = (this.field.offsetTop + this.field.offsetHeight + 1) + 'px';
    this.cord.style.width = (this.field.offsetWidth + this.button.offsetWidth) + 'px';
    this.cord.style.display = 'block';
    this.mark(t ? 0 : -1);
  },
  mark: function(i){
    var spans = this.scroll.querySelectorAll('span.rich-combobox-item');
    for (var j = 0; j < spans.length; j++) spans[j].className = 'rich-combobox-item ' + (j === i ? 'rich-combobox-item-selected' : 'rich-combobox-item-normal');
    this.sel = i;
    if (i >= 0 && spans[i]) { var sp = spans[i], sc = this.scroll; if (sp.offsetTop < sc.scrollTop) sc.scrollTop = sp.offsetTop; else if (sp.offsetTop + sp.offsetHeight > sc.scrollTop + sc.clientHeight) sc.scrollTop = sp.offsetTop + sp.offsetHeight - sc.clientHeight; }
  },
  move: function(d){ var n = this.sel + d; if (n < 0) n = 0; if (n >= this.shown.length) n = this.shown.length - 1; this.mark(n); },
  pick: function(v){
    this.field.value = v; this.hidden.value = v; this.hide();
    var ev = document.createEvent('HTMLEvents'); ev.initEvent('change', true, false); this.field.dispatchEvent(ev);
  },
  hide: function(){ this.cord.style.display = 'none'; this.sel = -1; }
};
`;

/* ------------------------------------------------------------------ markup helpers (JSF renderers) */

function viewState(s: Session | undefined): string {
  const n = s ? ++s.seq : 1;
  return `<input type="hidden" name="javax.faces.ViewState" id="javax.faces.ViewState" value="j_id${n}:j_id${n + 1}" />`;
}

function a4jSubmit(formId: string, id: string, url: string): string {
  return `A4J.AJAX.Submit('_viewRoot','${formId}',event,{'similarityGroupingId':'${id}','parameters':{'${id}':'${id}'},'actionUrl':'${url}'})`;
}

function a4jButton(formId: string, id: string, value: string, url: string, before = ''): string {
  return `<input type="button" id="${id}" name="${id}" value="${esc(value)}" class="rich-button" onclick="${esc(`${before}${a4jSubmit(formId, id, url)};return false;`)}" />`;
}

function a4jLink(formId: string, id: string, text: string, url: string): string {
  return `<a href="#" id="${id}" name="${id}" onclick="${esc(`${a4jSubmit(formId, id, url)};return false;`)}">${esc(text)}</a>`;
}

function richPanel(id: string, header: string, body: string, extra = ''): string {
  return `<div class="dr-pnl rich-panel${extra}" id="${id}"><div class="dr-pnl-h rich-panel-header" id="${id}_header">${header}</div><div class="dr-pnl-b rich-panel-body" id="${id}_body">${body}</div></div>`;
}

/** h:messages on the login pages: a `ul` (always rendered, empty when there is nothing). */
function hMessages(id: string, msgs: { text: string; info?: boolean }[]): string {
  const items = msgs
    .map(({ text, info }) => `<li class="rich-messages-label${info ? ' info' : ' error'}">${esc(text)}</li>`)
    .join('');
  return `<ul id="${id}" class="rich-messages">${items}</ul>`;
}

/** rich:messages: `dl.rich-messages > dt > span.rich-messages-label`. */
function richMessages(id: string, msgs: { text: string; info?: boolean }[]): string {
  const items = msgs
    .map(
      ({ text, info }) =>
        `<dt class="rich-messages-marker ${info ? 'info' : 'error'}"><span class="rich-messages-label${info ? ' info' : ' error'}">${esc(text)}</span></dt>`,
    )
    .join('');
  return `<dl id="${id}" class="rich-messages"${msgs.length ? '' : ' style="display: none;"'}>${items}</dl>`;
}

/** rich:message beside a field. */
function richMessage(id: string, text: string): string {
  return `<span id="${id}" class="rich-message">${text ? `<span class="rich-message-label">${esc(text)}</span>` : ''}</span>`;
}

function statusSpan(): string {
  return `<div id="statusBar"><span id="_viewRoot:status"><span id="_viewRoot:status.start" style="display: none;">Please wait...</span><span id="_viewRoot:status.stop"></span></span></div>`;
}

function page(title: string, body: string, userbox = '', head = ''): string {
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>${esc(title)} :: e-Invoice System</title>
<style type="text/css">${CSS}</style>
<script type="text/javascript">${RUNTIME}${COMBO_RUNTIME}</script>${head}
</head><body>${statusSpan()}
<div id="header"><div class="logo">GST</div><div class="title">e-Invoice System</div><div class="subtitle">Goods and Services Tax Network &#183; Government of India</div>${userbox}</div>
${body}
<div id="footer">Site designed and developed by National Informatics Centre. Best viewed in Internet Explorer 8+, Mozilla Firefox 3.6+ at 1024 x 768 resolution.</div>
</body></html>`;
}

/* ------------------------------------------------------------------ pages */

function homePage(): string {
  const news = [
    'Two-factor authentication is mandatory for all users from 1st April 2025.',
    'e-Invoice for taxpayers with AATO above Rs. 5 Crore is applicable from 1st August 2023.',
    'Taxpayers may register their GSP / ERP for API access under API Registration.',
    'The time limit of 30 days for reporting invoices applies to taxpayers with AATO of Rs. 10 Crore and above.',
  ];
  const body = `<form id="homeForm" name="homeForm" method="post" action="/home.jsf" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="homeForm" value="homeForm" />
<div id="topnav"><a href="/">Home</a><a href="/pages/public/about.jsf">About e-Invoice</a><a href="/pages/public/help.jsf">Help</a><a href="/pages/public/contact.jsf">Contact Us</a><a href="/login.jsf" id="homeForm:loginLink" class="loginLink">Login</a></div>
<div class="homebox">
${richPanel(
  'homeForm:welcome',
  'Welcome to e-Invoice System',
  `<p>The e-Invoice System (IRP) generates the Invoice Reference Number (IRN) for Business to Business (B2B) invoices reported by taxpayers. Registered taxpayers may login with their e-Invoice / e-Way Bill credentials.</p><p>To access the portal, click <b>Login</b> at the top right of this page.</p>`,
)}
${richPanel('homeForm:news', "What's New", `<ul>${news.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`)}
</div>
${viewState(undefined)}
</form>`;
  return page('Home', body);
}

function loginPage(opts: {
  msgs?: { text: string; info?: boolean }[];
  userName?: string;
  errs?: Record<string, string>;
}): string {
  const errs = opts.errs ?? {};
  const url = '/login.jsf';
  const body = `<div id="topnav"><a href="/">Home</a><a href="/pages/public/help.jsf">Help</a></div>
<div class="loginbox">
<form id="loginForm" name="loginForm" method="post" action="${url}" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="loginForm" value="loginForm" />
${richPanel(
  'loginForm:loginPanel',
  'Login',
  `${hMessages('loginForm:messages', opts.msgs ?? [])}
<table id="loginForm:loginGrid" class="grid">
<tbody>
<tr><td class="label"><label for="loginForm:userName">User Name</label><span class="req">*</span></td><td><input id="loginForm:userName" type="text" name="loginForm:userName" value="${esc(opts.userName ?? '')}" maxlength="15" size="25" autocomplete="off" />${richMessage('loginForm:userNameMsg', errs.userName ?? '')}</td></tr>
<tr><td class="label"><label for="loginForm:password">Password</label><span class="req">*</span></td><td><input id="loginForm:password" type="password" name="loginForm:password" value="" size="25" autocomplete="off" />${richMessage('loginForm:passwordMsg', errs.password ?? '')}</td></tr>
<tr><td></td><td><span id="loginForm:captchaPanel"><img id="loginForm:captchaImg" src="/captcha.jpg?ts=${Date.now()}" width="150" height="40" alt="" style="border:1px solid #BED6F8;vertical-align:middle" /></span> ${a4jLink('loginForm', 'loginForm:refreshCaptcha', 'Refresh', url)}</td></tr>
<tr><td class="label"><label for="loginForm:captcha">Enter the text shown</label><span class="req">*</span></td><td><input id="loginForm:captcha" type="text" name="loginForm:captcha" value="" maxlength="5" size="10" autocomplete="off" />${richMessage('loginForm:captchaMsg', errs.captcha ?? '')}</td></tr>
<tr><td></td><td><input type="submit" name="loginForm:loginButton" id="loginForm:loginButton" value="Login" /> <a href="/pages/public/forgot.jsf">Forgot Password?</a></td></tr>
</tbody>
</table>`,
)}
${viewState(undefined)}
</form>
<p class="note">Do not share your password or OTP with anyone. NIC never asks for your password.</p>
</div>`;
  return page('Login', body);
}

function otpPage(msgs: { text: string; info?: boolean }[]): string {
  const url = '/otp.jsf';
  const body = `<div id="topnav"><a href="/">Home</a><a href="/logout.jsf">Back to Login</a></div>
<div class="loginbox">
<form id="otpForm" name="otpForm" method="post" action="${url}" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="otpForm" value="otpForm" />
${richPanel(
  'otpForm:otpPanel',
  'Two Factor Authentication',
  `${hMessages('otpForm:messages', msgs)}
<p>A One Time Password (OTP) has been sent to your registered mobile number ${MOBILE}. Enter it below.</p>
<table id="otpForm:otpGrid" class="grid"><tbody>
<tr><td class="label"><label for="otpForm:otp">OTP</label><span class="req">*</span></td><td><input id="otpForm:otp" type="text" name="otpForm:otp" value="" maxlength="6" size="10" autocomplete="off" /></td></tr>
<tr><td></td><td><input type="submit" name="otpForm:verifyButton" id="otpForm:verifyButton" value="Verify" /> ${a4jLink('otpForm', 'otpForm:resendOtp', 'Resend OTP', url)}</td></tr>
</tbody></table>`,
)}
${viewState(undefined)}
</form></div>`;
  return page('Verify OTP', body);
}

interface MenuNode {
  id: string;
  label: string;
  url?: string;
  children?: MenuNode[];
}

const CREATE_URL = '/pages/api/createApiUser.jsf';
const DASH_URL = '/pages/dashboard.jsf';

const MENU: MenuNode[] = [
  { id: 'itemDash', label: 'Dash Board', url: DASH_URL },
  {
    id: 'grpEinv',
    label: 'e-Invoice',
    children: [
      { id: 'itemGenIrn', label: 'Generate IRN', url: '/pages/misc.jsf?p=genIrn' },
      { id: 'itemBulk', label: 'Bulk Upload', url: '/pages/misc.jsf?p=bulk' },
      { id: 'itemCancel', label: 'Cancel IRN', url: '/pages/misc.jsf?p=cancel' },
      { id: 'itemPrint', label: 'Print e-Invoice', url: '/pages/misc.jsf?p=print' },
    ],
  },
  {
    id: 'grpApi',
    label: 'API Registration',
    children: [
      {
        id: 'grpUserCred',
        label: 'User Credentials',
        children: [
          { id: 'itemCreateApi', label: 'Create API User', url: CREATE_URL },
          { id: 'itemViewApi', label: 'View API Users', url: '/pages/misc.jsf?p=viewApi' },
        ],
      },
      { id: 'itemIp', label: 'IP Whitelisting', url: '/pages/misc.jsf?p=ip' },
      { id: 'itemFreeze', label: 'Freeze API User', url: '/pages/misc.jsf?p=freeze' },
      { id: 'itemChangePwd', label: 'Change API Password', url: '/pages/misc.jsf?p=changeApiPwd' },
    ],
  },
  {
    id: 'grpMis',
    label: 'MIS Reports',
    children: [
      { id: 'itemIrnRpt', label: 'IRN Details', url: '/pages/misc.jsf?p=irnRpt' },
      { id: 'itemSummary', label: 'Summary Report', url: '/pages/misc.jsf?p=summary' },
    ],
  },
  {
    id: 'grpUser',
    label: 'User Management',
    children: [
      { id: 'itemSubUser', label: 'Create Sub User', url: '/pages/misc.jsf?p=subUser' },
      { id: 'itemChangePwd2', label: 'Change Password', url: '/pages/misc.jsf?p=changePwd' },
    ],
  },
];

function holds(node: MenuNode, current: string): boolean {
  return node.id === current || (node.children ?? []).some((c) => holds(c, current));
}

function menuNodes(nodes: MenuNode[], current: string, level: number): string {
  const pad = `padding-left:${level * 14}px`;
  return nodes
    .map((n) => {
      const cid = `menuForm:${n.id}`;
      if (!n.children) {
        const sel = n.id === current ? ' rich-pmenu-selected-element' : '';
        const top = level === 0 ? ' rich-pmenu-top-item' : '';
        return `<table cellpadding="0" cellspacing="0" border="0" class="dr-pmenu-item rich-pmenu-item${top}${sel}" id="${cid}" onclick="${esc(`RichPM.go(this,'${n.url}')`)}"><tbody><tr><td class="dr-pmenu-nowrap rich-pmenu-item-icon" style="${pad}"><img src="${BULLET}" width="16" height="16" alt="" /></td><td class="dr-pmenu-nowrap rich-pmenu-item-label" style="width:100%">${esc(n.label)}</td><td class="rich-pmenu-item-icon"></td></tr></tbody></table>`;
      }
      const open = holds(n, current);
      const top = level === 0 ? ' dr-pmenu-top-group rich-pmenu-top-group' : '';
      const group = `<table cellpadding="0" cellspacing="0" border="0" class="dr-pmenu-group rich-pmenu-group${top}" id="${cid}"><tbody><tr><td class="dr-pmenu-nowrap rich-pmenu-group-self-icon" style="${pad}"><img src="${BULLET}" width="16" height="16" alt="" /></td><td class="dr-pmenu-nowrap rich-pmenu-group-self-label" style="width:100%">${esc(n.label)}</td><td class="rich-pmenu-group-self-icon"><img src="${open ? ARROW_UP : ARROW_DOWN}" width="16" height="16" alt="" /></td></tr></tbody></table><input type="hidden" id="menuForm:panelMenu:${n.id}" name="menuForm:panelMenu:${n.id}" value="${open ? 'opened' : 'closed'}" /><div id="${cid}:childs" style="${open ? '' : 'display: none;'}">${menuNodes(n.children, current, level + 1)}</div>`;
      return level === 0
        ? `<div class="dr-pmenu-top-group-div rich-pmenu-top-group-div">${group}</div>`
        : group;
    })
    .join('');
}

function panelMenu(current: string): string {
  return `<form id="menuForm" name="menuForm" method="post" action="${DASH_URL}" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="menuForm" value="menuForm" />
<div class="dr-pmenu rich-pmenu" id="menuForm:panelMenu" style="width:200px"><input type="hidden" name="menuForm:panelMenuselectedItemName" id="menuForm:panelMenuselectedItemName" value="${current ? `menuForm:${current}` : ''}" />${menuNodes(MENU, current, 0)}</div>
${viewState(undefined)}
</form>`;
}

function layout(s: Session, gstin: string, title: string, current: string, content: string): string {
  const userbox = `<div class="userbox" id="userbox">Welcome, <b>${esc(s.user)}</b><br />GSTIN: ${esc(gstin)}<br /><a href="/logout.jsf" id="logoutLink">Logout</a></div>`;
  const body = `<table class="layout"><tbody><tr><td class="leftCol">${panelMenu(current)}</td><td class="contentCol">${content}</td></tr></tbody></table>`;
  return page(title, body, userbox);
}

function contactsBody(s: Session, msgs: { text: string; info?: boolean }[]): string {
  const c = s.contact;
  return `<div id="contactsForm:contactsRegion">${richMessages('contactsForm:msgs', msgs)}
<p>Please verify the details of the technical person of your organisation. Alerts regarding API access are sent to this contact.</p>
<table class="grid" id="contactsForm:grid"><tbody>
<tr><td class="label"><label for="contactsForm:tpName">Name</label></td><td><input type="text" id="contactsForm:tpName" name="contactsForm:tpName" value="${esc(c.name)}" size="30" /></td></tr>
<tr><td class="label"><label for="contactsForm:tpMobile">Mobile No.</label></td><td><input type="text" id="contactsForm:tpMobile" name="contactsForm:tpMobile" value="${esc(c.mobile)}" size="30" maxlength="10" /></td></tr>
<tr><td class="label"><label for="contactsForm:tpEmail">E-mail</label></td><td><input type="text" id="contactsForm:tpEmail" name="contactsForm:tpEmail" value="${esc(c.email)}" size="30" /></td></tr>
</tbody></table></div>`;
}

function contactsPanel(s: Session): string {
  return `<div id="contactsPanel" style="display: none;"><div id="contactsPanelDiv" class="rich-modalpanel" style="position: absolute; z-index: 100;">
<div class="dr-mpnl-mask-div dr-mpnl-mask-div-opaque rich-mpnl-mask-div" id="contactsPanelMaskDiv" style="z-index: -1;"><button class="rich-mpnl-button" id="contactsPanelFirstHref" style="position:absolute;left:-9999px"></button></div>
<div class="dr-mpnl-panel rich-mpnl-panel" id="contactsPanelCDiv" style="width: 460px; height: 250px;">
<div class="dr-mpnl-shadow rich-mpnl-shadow" id="contactsPanelShadowDiv"></div>
<div class="dr-mpnl-pnl rich-mp-container" id="contactsPanelContentDiv">
<div class="dr-mpnl-pnl-text rich-mpnl-text rich-mpnl-controls" id="contactsPanelControlsDiv"><img src="${CLOSE_ICON}" width="12" height="12" title="Close" alt="" style="cursor:pointer" onclick="Richfaces.hideModalPanel('contactsPanel')" /></div>
<table class="rich-mp-content-table" id="contactsPanelContentTable" cellpadding="0" cellspacing="0" border="0"><tbody>
<tr style="height: 1%;"><td class="dr-mpnl-pnl-h rich-mpnl-text rich-mpnl-header" id="contactsPanelHeader">Contacts of Technical Person</td></tr>
<tr style="height: 99%;"><td class="dr-mpnl-pnl-b rich-mpnl-body" valign="top">
<form id="contactsForm" name="contactsForm" method="post" action="${DASH_URL}" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="contactsForm" value="contactsForm" />
${contactsBody(s, [])}
<div style="text-align:center;margin-top:8px">${a4jButton('contactsForm', 'contactsForm:updateBtn', 'Update', DASH_URL)} <input type="button" id="contactsForm:closeBtn" name="contactsForm:closeBtn" value="Close" class="rich-button" onclick="Richfaces.hideModalPanel('contactsPanel');return false;" /></div>
${viewState(s)}
</form></td></tr></tbody></table></div></div></div></div>
<script type="text/javascript">window.addEventListener('load', function(){ Richfaces.showModalPanel('contactsPanel'); });</script>`;
}

function dashboardPage(s: Session, state: RichfacesR19State): string {
  const mine = state.users.filter((u) => u.gstin === state.gstin).length + 1;
  const showContacts = s.contactsPending;
  s.contactsPending = false;
  const content = `<h1 class="pageTitle">Dash Board</h1>
${richPanel('dashForm:gen', 'Generations', `<div class="num">0</div><div>IRNs generated today</div>`, ' card')}${richPanel('dashForm:can', 'Cancelled', `<div class="num">0</div><div>IRNs cancelled today</div>`, ' card')}${richPanel('dashForm:api', 'API Users', `<div class="num">${mine}</div><div>GSPs registered</div>`, ' card')}
${richPanel('dashForm:notice', 'Notices', `<ul><li>Two-factor authentication is mandatory for all users from 1st April 2025.</li><li>To register a GSP for API access, use API Registration &gt; User Credentials &gt; Create API User in the menu.</li></ul>`)}
${showContacts ? contactsPanel(s) : ''}`;
  return layout(s, state.gstin, 'Dash Board', 'itemDash', content);
}

function miscPage(s: Session, state: RichfacesR19State, p: string): string {
  const find = (nodes: MenuNode[]): MenuNode | undefined => {
    for (const n of nodes) {
      if (n.url === `/pages/misc.jsf?p=${p}`) return n;
      const c = n.children ? find(n.children) : undefined;
      if (c) return c;
    }
    return undefined;
  };
  const node = find(MENU);
  const label = node?.label ?? 'Page';
  const content = `<h1 class="pageTitle">${esc(label)}</h1>${richPanel('miscForm:panel', esc(label), '<p>No records found.</p>')}`;
  return layout(s, state.gstin, label, node?.id ?? '', content);
}

const MODES: [string, string][] = [
  ['DIRECT', 'Directly'],
  ['GSP', 'Through GSP'],
  ['ERP', 'Through ERP'],
  ['OTHER', 'Through Client-Id of other'],
];

interface RegValues {
  gsp: string;
  userName: string;
}

function gspRow(s: Session, v: RegValues): string {
  let inner = '';
  if (s.mode === 'GSP') {
    const items = GSPS.map(
      (g) => `<span class="rich-combobox-item rich-combobox-item-normal">${esc(g)}</span>`,
    ).join('');
    const combo = `<div class="rich-combobox rich-combobox-font" id="apiForm:gsp" style="width: 320px;"><div class="rich-combobox-font rich-combobox-shell" style="width: 320px;"><input type="text" autocomplete="off" id="apiForm:gspcomboboxField" name="apiForm:gspcomboboxField" class="rich-combobox-font-inactive rich-combobox-input-inactive" value="${esc(v.gsp)}" style="width: 297px;" /><input type="text" readonly="readonly" tabindex="-1" id="apiForm:gspcomboboxButton" class="rich-combobox-font-inactive rich-combobox-button-background rich-combobox-button-inactive" value="" /></div>
<div class="rich-combobox-list-cord" id="apiForm:gsplistParent" style="display: none;"><div class="rich-combobox-shadow"></div><div class="rich-combobox-list-position" id="apiForm:gsplistPosition"><div class="rich-combobox-list-decoration" id="apiForm:gsplistDecoration"><div class="rich-combobox-list-scroll" id="apiForm:gsplist">${items}</div></div></div></div>
<input type="hidden" id="apiForm:gspcomboboxValue" name="apiForm:gsp" value="${esc(v.gsp)}" />
<script type="text/javascript">new Richfaces.ComboBox('apiForm:gsp', ${JSON.stringify(GSPS)});</script></div>`;
    inner = `<table class="grid" id="apiForm:gspGrid"><tbody>
<tr><td class="label"><label for="apiForm:gsp">Select your GSP</label><span class="req">*</span></td><td>${combo}</td></tr>
<tr><td class="label"><label for="apiForm:userName">User Name</label><span class="req">*</span></td><td><span id="apiForm:prefix" style="font-weight:bold">API_</span><input type="text" id="apiForm:userName" name="apiForm:userName" value="${esc(v.userName)}" size="22" maxlength="25" autocomplete="off" /></td></tr>
<tr><td class="label"><label for="apiForm:password">Password</label><span class="req">*</span></td><td><input type="password" id="apiForm:password" name="apiForm:password" value="" size="22" maxlength="15" autocomplete="off" /></td></tr>
<tr><td class="label"><label for="apiForm:confirmPassword">Re-enter Password</label><span class="req">*</span></td><td><input type="password" id="apiForm:confirmPassword" name="apiForm:confirmPassword" value="" size="22" maxlength="15" autocomplete="off" /></td></tr>
<tr><td></td><td class="note">Password: 8 to 15 characters, with at least one upper case letter, one lower case letter, one digit and one special character.</td></tr>
<tr><td></td><td>${a4jButton('apiForm', 'apiForm:submitBtn', 'Submit', CREATE_URL, "if(!confirm('Do you want to create the API user?')) return false;")} <input type="button" id="apiForm:cancelBtn" name="apiForm:cancelBtn" value="Cancel" class="rich-button" onclick="window.location.href='${DASH_URL}';return false;" /></td></tr>
</tbody></table>`;
  } else if (s.mode) {
    const label = MODES.find(([k]) => k === s.mode)?.[1] ?? '';
    inner = `<p class="note" id="apiForm:modeNote">Registration "${esc(label)}" is not enabled for this GSTIN. Direct API access is allowed only to taxpayers whose Aggregate Annual Turnover exceeds the notified limit; others may register through a GSP.</p>`;
  }
  return `<div id="apiForm:gspRow">${inner}</div>`;
}

function registeredTable(state: RichfacesR19State): string {
  const rows = [
    { ...ON_FILE, status: 'Active' },
    ...state.users.filter((u) => u.gstin === state.gstin).map((u) => ({ ...u, status: 'Active' })),
  ];
  const body = rows
    .map(
      (r, i) =>
        `<tr class="dr-table-firstrow rich-table-firstrow rich-table-row"><td class="dr-table-cell rich-table-cell">${i + 1}</td><td class="dr-table-cell rich-table-cell">${esc(r.gsp)}</td><td class="dr-table-cell rich-table-cell">${esc(r.username)}</td><td class="dr-table-cell rich-table-cell">${esc(r.createdOn)}</td><td class="dr-table-cell rich-table-cell">${r.status}</td></tr>`,
    )
    .join('');
  const heads = ['Sl. No.', 'GSP Name', 'API User Name', 'Created On', 'Status']
    .map((h) => `<th class="dr-table-subheadercell rich-table-subheadercell" scope="col">${h}</th>`)
    .join('');
  return richPanel(
    'apiForm:gspTablePanel',
    `GSPs registered for GSTIN ${esc(state.gstin)}`,
    `<table class="dr-table rich-table" id="apiForm:gspTable" border="0" cellpadding="0" cellspacing="0"><colgroup span="5"></colgroup><thead class="dr-table-thead rich-table-thead"><tr class="dr-table-subheader rich-table-subheader">${heads}</tr></thead><tbody id="apiForm:gspTable:tb">${body}</tbody></table>`,
  );
}

function mainRegion(
  s: Session,
  state: RichfacesR19State,
  msgs: { text: string; info?: boolean }[],
  v: RegValues = { gsp: '', userName: '' },
): string {
  const url = CREATE_URL;
  let inner: string;
  if (!s.apiOtpVerified) {
    const sent = s.apiOtpSent
      ? `<p>An OTP has been sent to your registered mobile number ${MOBILE}. It is valid for 10 minutes.</p>
<table class="grid" id="apiForm:otpGrid"><tbody><tr><td class="label"><label for="apiForm:apiOtp">Enter OTP</label><span class="req">*</span></td><td><input type="text" id="apiForm:apiOtp" name="apiForm:apiOtp" value="" maxlength="6" size="10" autocomplete="off" onkeypress="${esc("if(event.keyCode==13){document.getElementById('apiForm:verifyOtp').click();return false;}")}" /></td></tr>
<tr><td></td><td>${a4jButton('apiForm', 'apiForm:verifyOtp', 'Verify OTP', url)} ${a4jLink('apiForm', 'apiForm:resendOtp', 'Resend OTP', url)}</td></tr></tbody></table>`
      : `<p>To create an API user, an OTP will be sent to the mobile number registered for GSTIN ${esc(state.gstin)} (${MOBILE}).</p>
<div>${a4jButton('apiForm', 'apiForm:sendOtp', 'Send OTP', url)}</div>`;
    inner = richPanel('apiForm:otpPanel', 'API Registration', `${richMessages('apiForm:msgs', msgs)}${sent}`);
  } else {
    const radios = MODES.map(
      ([k, label], i) =>
        `<td><input type="radio" name="apiForm:regMode" id="apiForm:regMode:${i}" value="${k}"${s.mode === k ? ' checked="checked"' : ''} onclick="${esc(a4jSubmit('apiForm', 'apiForm:regModeSupport', url))}" /><label for="apiForm:regMode:${i}"> ${esc(label)}</label></td>`,
    ).join('');
    inner = `${richPanel(
      'apiForm:regPanel',
      'Create API User',
      `${richMessages('apiForm:msgs', msgs)}
<table class="grid"><tbody><tr><td class="label">GSTIN</td><td>${esc(state.gstin)}</td></tr>
<tr><td class="label">Do you wish to Register your GSTIN for</td><td><table id="apiForm:regMode" class="radio"><tbody><tr>${radios}</tr></tbody></table></td></tr></tbody></table>
${gspRow(s, v)}`,
    )}${registeredTable(state)}`;
  }
  return `<div id="apiForm:mainRegion">${inner}</div>`;
}

function createApiUserPage(s: Session, state: RichfacesR19State): string {
  const content = `<h1 class="pageTitle">Create API User</h1>
<form id="apiForm" name="apiForm" method="post" action="${CREATE_URL}" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="apiForm" value="apiForm" />
${mainRegion(s, state, [])}
${viewState(s)}
</form>`;
  return layout(s, state.gstin, 'Create API User', 'itemCreateApi', content);
}

/* ------------------------------------------------------------------ the captcha picture */

function captchaSvg(text: string): string {
  const rnd = (a: number, b: number) => a + Math.random() * (b - a);
  const lines = Array.from(
    { length: 7 },
    () =>
      `<line x1="${rnd(0, 150).toFixed(1)}" y1="${rnd(0, 40).toFixed(1)}" x2="${rnd(0, 150).toFixed(1)}" y2="${rnd(0, 40).toFixed(1)}" stroke="#${Math.floor(rnd(0x555555, 0xaaaaaa)).toString(16)}" stroke-width="1"/>`,
  ).join('');
  const dots = Array.from(
    { length: 40 },
    () => `<circle cx="${rnd(0, 150).toFixed(1)}" cy="${rnd(0, 40).toFixed(1)}" r="1" fill="#889"/>`,
  ).join('');
  const chars = [...text]
    .map((c, i) => {
      const x = 16 + i * 25 + rnd(-3, 3);
      const y = 29 + rnd(-4, 4);
      return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rnd(-18, 18).toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="Courier New, monospace" font-size="24" font-weight="bold" fill="#1a2a6c">${esc(c)}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="40" viewBox="0 0 150 40"><rect width="150" height="40" fill="#e8eef7"/>${lines}${chars}${dots}</svg>`;
}

/* ------------------------------------------------------------------ the server */

type Msg = { text: string; info?: boolean };

function ajaxXml(parts: string[], ids: string[], oncomplete = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title><meta name="Ajax-Update-Ids" content="${ids.join(',')}" /><meta name="Ajax-Response" content="true" /></head><body>${parts.join('')}<span id="ajax-view-state"><input type="hidden" name="javax.faces.ViewState" id="javax.faces.ViewState" value="j_id${Math.floor(Math.random() * 900) + 100}:j_id2" /></span><span id="org.ajax4jsf.oncomplete">${esc(oncomplete)}</span></body></html>`;
}

function strongPassword(p: string): boolean {
  return (
    p.length >= 8 &&
    p.length <= 15 &&
    /[A-Z]/.test(p) &&
    /[a-z]/.test(p) &&
    /[0-9]/.test(p) &&
    /[^A-Za-z0-9]/.test(p)
  );
}

export async function startRichfacesR19Rendition(
  options: RichfacesR19Options = {},
): Promise<RichfacesR19Rendition> {
  const state: RichfacesR19State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  let expireOnce: RichfacesR19Expiry | undefined = options.expireOnce;
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();

  function sessionOf(req: IncomingMessage): Session | undefined {
    const id = parseCookies(req.headers.cookie).JSESSIONID;
    return id ? sessions.get(id) : undefined;
  }

  function newSession(res: ServerResponse): Session {
    const id = randomBytes(16).toString('hex').toUpperCase();
    const s: Session = {
      id,
      stage: 'anon',
      user: '',
      contactsPending: false,
      apiOtpSent: false,
      apiOtpVerified: false,
      mode: '',
      seq: 0,
      contact: { name: 'Rakesh Kulkarni', mobile: '9822017310', email: 'it.support@mhfoods.co.in' },
    };
    sessions.set(id, s);
    res.setHeader('Set-Cookie', `JSESSIONID=${id}; Path=/; HttpOnly`);
    return s;
  }

  function send(res: ServerResponse, status: number, type: string, body: string): void {
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-cache, no-store, must-revalidate',
      Pragma: 'no-cache',
      Expires: '0',
    });
    res.end(body);
  }
  const html = (res: ServerResponse, body: string, status = 200) =>
    send(res, status, 'text/html;charset=UTF-8', body);
  const redirect = (res: ServerResponse, to: string) => {
    res.writeHead(302, { Location: to, 'Content-Length': '0' });
    res.end();
  };
  async function ajax(res: ServerResponse, parts: string[], ids: string[], oncomplete = ''): Promise<void> {
    await new Promise((r) => setTimeout(r, 250));
    send(res, 200, 'text/xml;charset=UTF-8', ajaxXml(parts, ids, oncomplete));
  }
  async function ajaxExpired(res: ServerResponse): Promise<void> {
    await new Promise((r) => setTimeout(r, 150));
    res.writeHead(200, {
      'Content-Type': 'text/xml;charset=UTF-8',
      'Ajax-Expired': "View state could't be restored - reload page ?",
      'Ajax-Response': 'true',
      'Cache-Control': 'no-cache',
    });
    res.end(
      '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head></head><body></body></html>',
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const form: Form = method === 'POST' ? await readBody(req) : {};
    const isAjax = form.AJAXREQUEST !== undefined;
    let s = sessionOf(req);

    if (path === '/captcha.jpg') {
      send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (path === '/' || path === '/home.jsf' || path === '/index.jsf') {
      if (!s) newSession(res);
      html(res, homePage());
      return;
    }
    if (path.startsWith('/pages/public/')) {
      html(
        res,
        page(
          'Information',
          `<div id="topnav"><a href="/">Home</a><a href="/login.jsf" class="loginLink">Login</a></div><div class="homebox">${richPanel('info', 'Information', '<p>This page is being updated. Please visit later.</p>')}</div>`,
        ),
      );
      return;
    }
    if (path === '/logout.jsf') {
      if (s) sessions.delete(s.id);
      redirect(res, '/login.jsf');
      return;
    }
    if (path === '/login.jsf') {
      if (!s) s = newSession(res);
      if (method === 'GET') {
        const msgs: Msg[] = url.searchParams.get('expired') === 'true' ? [{ text: EXPIRED_TEXT }] : [];
        html(res, loginPage({ msgs }));
        return;
      }
      if (isAjax) {
        await ajax(
          res,
          [
            `<span id="loginForm:captchaPanel"><img id="loginForm:captchaImg" src="/captcha.jpg?ts=${Date.now()}" width="150" height="40" alt="" style="border:1px solid #BED6F8;vertical-align:middle" /></span>`,
          ],
          ['loginForm:captchaPanel'],
        );
        return;
      }
      const userName = (form['loginForm:userName'] ?? '').trim();
      const password = form['loginForm:password'] ?? '';
      const captcha = (form['loginForm:captcha'] ?? '').trim();
      const errs: Record<string, string> = {};
      if (!userName) errs.userName = 'Value is required.';
      if (!password) errs.password = 'Value is required.';
      if (!captcha) errs.captcha = 'Value is required.';
      if (Object.keys(errs).length) {
        html(res, loginPage({ userName, errs }));
        return;
      }
      if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        html(
          res,
          loginPage({
            userName,
            msgs: [{ text: 'Invalid Captcha. Please enter the text shown in the image.' }],
          }),
        );
        return;
      }
      if (
        userName.toLowerCase() !== RICHFACES_R19_LOGIN.username.toLowerCase() ||
        password !== RICHFACES_R19_LOGIN.password
      ) {
        state.refusals.push('login');
        html(
          res,
          loginPage({
            userName,
            msgs: [{ text: 'Invalid Login Credentials. Please check your User Name and Password.' }],
          }),
        );
        return;
      }
      s.stage = 'otp';
      s.user = RICHFACES_R19_LOGIN.username;
      redirect(res, '/otp.jsf');
      return;
    }
    if (path === '/otp.jsf') {
      if (!s || s.stage === 'anon') {
        if (isAjax) await ajaxExpired(res);
        else redirect(res, '/login.jsf?expired=true');
        return;
      }
      if (s.stage === 'in') {
        redirect(res, DASH_URL);
        return;
      }
      if (method === 'GET') {
        html(res, otpPage([]));
        return;
      }
      if (isAjax) {
        await ajax(
          res,
          [
            hMessages('otpForm:messages', [
              { text: `OTP has been resent to your registered mobile number ${MOBILE}.`, info: true },
            ]),
          ],
          ['otpForm:messages'],
        );
        return;
      }
      const otp = (form['otpForm:otp'] ?? '').trim();
      if (!otp) {
        html(res, otpPage([{ text: 'OTP: Validation Error: Value is required.' }]));
        return;
      }
      if (otp !== state.loginOtp) {
        state.refusals.push('login-otp');
        html(
          res,
          otpPage([
            { text: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.' },
          ]),
        );
        return;
      }
      s.stage = 'in';
      s.contactsPending = true;
      redirect(res, DASH_URL);
      return;
    }
    if (path.startsWith('/pages/')) {
      await handlePages(req, res, url, form, isAjax, s);
      return;
    }
    html(
      res,
      page(
        'Error',
        `<div class="homebox">${richPanel('err', 'HTTP Status 404', `<p>The requested resource (${esc(path)}) is not available.</p>`)}</div>`,
      ),
      404,
    );
  }

  async function handlePages(
    _req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    form: Form,
    isAjax: boolean,
    found: Session | undefined,
  ): Promise<void> {
    const path = url.pathname;
    const stageOf = (): RichfacesR19Expiry | undefined => {
      if (!isAjax || path !== CREATE_URL) return undefined;
      if (form['apiForm:sendOtp'] !== undefined || form['apiForm:resendOtp'] !== undefined)
        return 'api-otp-send';
      if (form['apiForm:verifyOtp'] !== undefined) return 'api-otp-verify';
      if (form['apiForm:submitBtn'] !== undefined) return 'submit';
      return undefined;
    };
    const stage = stageOf();
    if (found && stage && expireOnce === stage) {
      sessions.delete(found.id);
      state.expired.push(stage);
      expireOnce = undefined;
      await ajaxExpired(res);
      return;
    }
    if (found?.stage !== 'in') {
      if (isAjax) await ajaxExpired(res);
      else redirect(res, '/login.jsf?expired=true');
      return;
    }
    const s: Session = found;

    if (path === DASH_URL) {
      if (isAjax && form['contactsForm:updateBtn'] !== undefined) {
        const name = (form['contactsForm:tpName'] ?? '').trim();
        const mobile = (form['contactsForm:tpMobile'] ?? '').trim();
        const email = (form['contactsForm:tpEmail'] ?? '').trim();
        const msgs: Msg[] = [];
        if (!name) msgs.push({ text: 'Please enter the Name.' });
        if (!/^[6-9][0-9]{9}$/.test(mobile)) msgs.push({ text: 'Please enter a valid 10 digit Mobile No.' });
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) msgs.push({ text: 'Please enter a valid E-mail.' });
        if (msgs.length) {
          s.contact = { name, mobile, email };
          await ajax(res, [contactsBody(s, msgs)], ['contactsForm:contactsRegion']);
          return;
        }
        s.contact = { name, mobile, email };
        await ajax(
          res,
          [contactsBody(s, [{ text: 'Contact details updated successfully.', info: true }])],
          ['contactsForm:contactsRegion'],
          "setTimeout(function(){Richfaces.hideModalPanel('contactsPanel');},600);",
        );
        return;
      }
      html(res, dashboardPage(s, state));
      return;
    }
    if (path === '/pages/misc.jsf') {
      html(res, miscPage(s, state, url.searchParams.get('p') ?? ''));
      return;
    }
    if (path !== CREATE_URL) {
      html(
        res,
        page(
          'Error',
          `<div class="homebox">${richPanel('err', 'HTTP Status 404', `<p>The requested resource (${esc(path)}) is not available.</p>`)}</div>`,
        ),
        404,
      );
      return;
    }
    if (!isAjax) {
      html(res, createApiUserPage(s, state));
      return;
    }
    const region = (msgs: Msg[], v?: RegValues) => mainRegion(s, state, msgs, v);
    if (stage === 'api-otp-send') {
      s.apiOtpSent = true;
      await ajax(
        res,
        [region([{ text: `OTP has been sent to your registered mobile number ${MOBILE}.`, info: true }])],
        ['apiForm:mainRegion'],
      );
      return;
    }
    if (stage === 'api-otp-verify') {
      const otp = (form['apiForm:apiOtp'] ?? '').trim();
      if (s.apiOtpVerified) {
        await ajax(res, [region([])], ['apiForm:mainRegion']);
        return;
      }
      if (!otp) {
        await ajax(res, [region([{ text: 'Please enter the OTP.' }])], ['apiForm:mainRegion']);
        return;
      }
      if (otp !== state.apiOtp) {
        state.refusals.push('api-otp');
        await ajax(res, [region([{ text: 'Invalid OTP' }])], ['apiForm:mainRegion']);
        return;
      }
      s.apiOtpVerified = true;
      await ajax(res, [region([{ text: 'OTP verified successfully.', info: true }])], ['apiForm:mainRegion']);
      return;
    }
    if (!s.apiOtpVerified) {
      await ajax(res, [region([{ text: 'Please verify the OTP first.' }])], ['apiForm:mainRegion']);
      return;
    }
    const typedGsp = (form['apiForm:gsp'] ?? form['apiForm:gspcomboboxField'] ?? '').trim();
    const typedUser = (form['apiForm:userName'] ?? '').trim();
    const values: RegValues = { gsp: typedGsp, userName: typedUser };
    if (form['apiForm:regModeSupport'] !== undefined) {
      s.mode = MODES.some(([k]) => k === form['apiForm:regMode']) ? (form['apiForm:regMode'] ?? '') : '';
      await ajax(
        res,
        [richMessages('apiForm:msgs', []), gspRow(s, values)],
        ['apiForm:msgs', 'apiForm:gspRow'],
      );
      return;
    }
    if (stage !== 'submit') {
      await ajax(res, [region([])], ['apiForm:mainRegion']);
      return;
    }
    const refuse = async (text: string, why?: string) => {
      if (why) state.refusals.push(why);
      await ajax(
        res,
        [richMessages('apiForm:msgs', [{ text }]), gspRow(s, values)],
        ['apiForm:msgs', 'apiForm:gspRow'],
      );
    };
    if (s.mode !== 'GSP') {
      await refuse('Please select the option Through GSP.');
      return;
    }
    const gsp = GSPS.find((g) => g.toLowerCase() === typedGsp.toLowerCase());
    if (!gsp) {
      await refuse(typedGsp ? 'Please select a valid GSP from the list.' : 'Please select your GSP.');
      return;
    }
    const bare = typedUser.toUpperCase().startsWith('API_') ? typedUser.slice(4) : typedUser;
    if (!bare) {
      await refuse('Please enter the User Name.');
      return;
    }
    if (!/^[A-Za-z0-9_.-]{3,25}$/.test(bare)) {
      await refuse('User Name must be 3 to 25 characters: letters, digits, underscore, dot or hyphen.');
      return;
    }
    const password = form['apiForm:password'] ?? '';
    const confirm = form['apiForm:confirmPassword'] ?? '';
    if (!password) {
      await refuse('Please enter the Password.');
      return;
    }
    if (!strongPassword(password)) {
      await refuse(
        'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
      );
      return;
    }
    if (password !== confirm) {
      await refuse('Password and Re-enter Password do not match.');
      return;
    }
    const mine = state.users.filter((u) => u.gstin === state.gstin);
    if (gsp === ON_FILE.gsp || mine.some((u) => u.gsp === gsp)) {
      await refuse('GSTIN is already registered with the selected GSP.', 'duplicate');
      return;
    }
    const username = `API_${bare}`;
    const taken = [...TAKEN, ...state.users.map((u) => u.username.toUpperCase())];
    if (taken.includes(username.toUpperCase())) {
      await refuse('User Name already exists.', 'username-taken');
      return;
    }
    state.users.push({ gstin: state.gstin, gsp, username, password, createdOn: today() });
    s.mode = '';
    await ajax(
      res,
      [region([{ text: 'API User created successfully.', info: true }])],
      ['apiForm:mainRegion'],
    );
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`javax.servlet.ServletException: ${String(err)}`);
    });
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
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
