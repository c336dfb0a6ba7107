/**
 * Rendition r9-legacy-jsp: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as an older Java government site (JSP and
 * Struts 1, circa 2008-2014) still in service would draw it: layout tables, `<font color="red">`
 * error texts, labels as table cells (no `<label>` anywhere), image buttons, a CSS-only hover flyout
 * menu, full-page form POSTs to `*.do` actions (DispatchAction style, a hidden `method` field),
 * Struts-style field names (`loginForm.userName`), a Struts transaction token, `window.alert()` for
 * most messages, `window.confirm()` before Submit, a "Please wait..." div while a form posts, a
 * JSESSIONID cookie (and `;jsessionid=` in the login form's action on a session's first page, as
 * Tomcat's URL rewriting did), Tomcat-style 404 pages. Every line of markup, style and script is
 * written here and in ./images.ts (the GIF pictures, drawn in code); no library files.
 *
 * Choices made where the docs are silent (or where this rendition departs from them on purpose):
 * - URLs: home `/` and `/home.do`; login `/login.do` (GET form, POST check); 2FA `/loginOtp.do`;
 *   dashboard `/mainMenu.do`; Create API User `/apiUser.do?method=init`, then POSTs to `/apiUser.do`
 *   with `method` = sendOtp | resendOtp | verifyOtp | changeGsp | save; `/techContact.do`;
 *   `/logout.do`; other menu leaves are placeholder pages "This facility is under maintenance".
 * - Home: a header image link "Login" (`img[alt=Login]`) opens `/login.do`; the login form's own
 *   submit is the same image inside `<a href="javascript:void(0)" onclick=...>`; Enter in any login
 *   field also logs in. The password is posted in plain text (no browser-side hashing).
 * - Login credentials: R9_LEGACY_JSP_LOGIN; the username is compared case-insensitively, the
 *   password exactly, the captcha case-insensitively. The captcha is checked first. Failures
 *   re-render the login page (user name kept, password and captcha emptied) with red text and an
 *   alert: "Invalid Captcha. Please enter the characters shown in the image." /
 *   "Invalid Login Credentials. Please enter the correct User Name and Password." No lock-out.
 * - The captcha picture always shows state.captcha (new noise on every `/CaptchaServlet?t=` fetch).
 * - Both OTP steps (login 2FA and API registration) first show a "Generate OTP" button
 *   (`<input type="button">`); its POST sends the OTP (alert "OTP has been sent to your registered
 *   mobile number XXXXXX4821.") and the page comes back with the OTP box ("Enter OTP"), an image
 *   button "Verify OTP" and "Resend OTP in N seconds", which becomes a "Resend OTP" link after 30 s.
 *   So the API OTP is NOT sent merely by opening Create API User (the docs say it is): the bot must
 *   press Generate OTP. OTPs are 6 digits and valid 10 minutes. Wrong OTP: alert and red text
 *   "Invalid OTP. Please enter the correct OTP.", the box stays, the user may try again.
 * - Dashboard: heading "Dash Board", boxes "Generations" and "Cancelled". On the first dashboard
 *   of each login (unless techContact is false) the popup "Contacts of Technical Person" covers
 *   the page: an absolutely positioned div over a separate semi-transparent full-page div, with
 *   empty Name / Mobile / E-mail fields, an "Update" button, a text link "Skip" and a close image
 *   (`<img src="/images/close.gif" alt="" title="Close">`). It has no "Exit" button. Skip and the
 *   close image only hide it (no request); once "Update" has saved valid details (name, 10-digit
 *   mobile starting 6-9, e-mail) it no longer opens on later logins.
 * - Menu: a left column of `ul#nav`; groups are `<a href="javascript:;">` and open on :hover only:
 *   Dash Board | e-Invoice > ... | API Registration > (User Credentials > Create API User),
 *   IP Whitelisting, Freeze API User, Change API Password | MIS Reports > ... |
 *   User Management > ... | Logout.
 * - Registration mode: the prompt "Do you wish to Register your GSTIN for" with only the two
 *   well-attested radios, "Directly" and "Through GSP" (plain text beside each radio, same cell).
 *   Choosing one shows its rows by script; "Directly" is refused on Submit ("Your GSTIN is not
 *   eligible for direct API access. Please register through your GSP.", not a recorded refusal).
 * - "Select your GSP": a native select with "-- Select --" and 27 GSP names in Java String order;
 *   its onchange posts the form back (method=changeGsp): the page reloads with the posted values,
 *   both password boxes empty. That reload also checks whether this GSTIN is already registered
 *   with that GSP: if so, alert + red text "Your GSTIN <gstin> is already registered with the GSP
 *   <name>. Please select another GSP.", refusal 'duplicate', and the select is reset. Submit
 *   checks the same again.
 * - Username: a read-only text box holding "API_" (no name, not posted) in front of the real box
 *   `apiUserForm.userName`; the stored username is "API_" + typed. Typed part: 4 to 15 letters or
 *   digits ("Username should be 4 to 15 characters long and contain only alphabets and digits.").
 *   Taken names (case-insensitive, over all users of this portal): alert + red text
 *   "User Name API_x already exists. Please choose a different User Name.", 'username-taken'.
 * - Password rule: 8 to 15 characters, at least one upper case letter, one lower case letter, one
 *   digit and one special character, no spaces; "Re-enter Password" must match. Checked by script
 *   (alerts) and again by the server (red text + alert). No maxlength on these boxes.
 * - Submit is `<input type="image" src="/images/btn_submit.gif" alt="Submit">`, guarded by
 *   confirm("Are you sure you want to submit the details?"); Exit is an image link to the dashboard.
 * - Success: alert "API User created successfully.\nUser Name : API_x" and a page with green text
 *   "API User API_x has been created successfully for GSP <name>." and a table of the GSPs
 *   registered for this GSTIN (Sl. No., GSP Name, API User Name, Registered On).
 * - Sessions: JSESSIONID (32 hex digits), server-side, 30 minutes idle. A protected page with no
 *   session cookie redirects (302) to `/login.do`; one whose cookie names no live session (expired,
 *   deleted, or expireOnce) gets the page "Session Expired" with red text "Your session has
 *   expired. Please login again." and a link "Click here to Login". A session still waiting for
 *   its 2FA OTP is sent back to `/loginOtp.do`. expireOnce stages: 'api-otp-send' = the first
 *   sendOtp/resendOtp POST of Create API User, 'api-otp-verify' = the first verifyOtp POST,
 *   'submit' = the first save POST.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { arrowGif, buttonGif, captchaGif, closeGif, stripGif } from './images.js';

/** Where a session may be made to expire once: the first request of that stage finds it gone. */
export type R9LegacyJspExpiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface R9LegacyJspOptions {
  expireOnce?: R9LegacyJspExpiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
  /** Whether the technical-contact popup opens on the first dashboard of a login (default true). */
  techContact?: boolean;
}

export interface R9LegacyJspUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

export interface R9LegacyJspState {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: R9LegacyJspUser[];
  /**
   * What the portal refused, in order: 'login', 'captcha', 'login-otp', 'api-otp', 'duplicate'
   * (GSTIN already registered with that GSP), 'username-taken'.
   */
  refusals: string[];
  /** Stages at which the session expired. */
  expired: string[];
}

export interface R9LegacyJspRendition {
  url: string;
  close(): Promise<void>;
  state: R9LegacyJspState;
}

const LOGIN = { username: 'einvtax27', password: 'Nic@Gst2014' };
const MOBILE = 'XXXXXX4821';
const TRADE_NAME = 'UDAY TRADING COMPANY';
const RESEND_AFTER_S = 30;
const OTP_VALID_MS = 10 * 60 * 1000;
const SESSION_IDLE_MS = 30 * 60 * 1000;
const TOKEN_FIELD = 'org.apache.struts.taglib.html.TOKEN';
const CREATE_HREF = '/apiUser.do?method=init';

const GSP_NAMES = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Avalara Technologies Pvt Ltd',
  'BVM IT Consulting Services India Private Limited',
  'Botree Software International Private Limited',
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
  'Relyon Softech Ltd',
  'SAG Infotech Private Limited',
  'Sify Technologies Limited',
  'Spice Digital Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'Taxmann Technologies Private Limited',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'WEP SOLUTIONS LIMITED',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
];
// Java's String.compareTo order (upper case before lower case), as a 2010 DAO's ORDER BY gave it.
const GSPS = [...GSP_NAMES].sort().map((name, i) => ({ code: String(1103 + i * 17), name }));

interface MenuItem {
  label: string;
  href?: string;
  children?: MenuItem[];
}

const MENU: MenuItem[] = [
  { label: 'Dash Board', href: '/mainMenu.do' },
  {
    label: 'e-Invoice',
    children: [
      { label: 'Generate', href: '/einvoice/generate.do' },
      { label: 'Cancel', href: '/einvoice/cancel.do' },
      { label: 'Print', href: '/einvoice/print.do' },
      { label: 'Bulk Upload', href: '/einvoice/bulkUpload.do' },
    ],
  },
  {
    label: 'API Registration',
    children: [
      { label: 'User Credentials', children: [{ label: 'Create API User', href: CREATE_HREF }] },
      { label: 'IP Whitelisting', href: '/apiReg/ipWhitelisting.do' },
      { label: 'Freeze API User', href: '/apiReg/freezeApiUser.do' },
      { label: 'Change API Password', href: '/apiReg/changeApiPassword.do' },
    ],
  },
  {
    label: 'MIS Reports',
    children: [
      { label: 'e-Invoice Report', href: '/mis/einvoiceReport.do' },
      { label: 'Cancelled IRN Report', href: '/mis/cancelledReport.do' },
      { label: 'API Usage Report', href: '/mis/apiUsage.do' },
    ],
  },
  {
    label: 'User Management',
    children: [
      { label: 'Create Sub User', href: '/user/createSubUser.do' },
      { label: 'Freeze Sub User', href: '/user/freezeSubUser.do' },
      { label: 'Change Password', href: '/user/changePassword.do' },
    ],
  },
  { label: 'Logout', href: '/logout.do' },
];

function leafPages(items: MenuItem[], into = new Map<string, string>()): Map<string, string> {
  for (const item of items) {
    if (item.children) leafPages(item.children, into);
    else if (item.href?.startsWith('/') && !item.href.includes('?')) into.set(item.href, item.label);
  }
  return into;
}
const PLACEHOLDERS = leafPages(MENU);
PLACEHOLDERS.delete('/mainMenu.do');
PLACEHOLDERS.delete('/logout.do');

interface Session {
  id: string;
  lastSeen: number;
  stage: 'anon' | 'otp' | 'auth';
  loginOtpSentAt?: number;
  popupPending: boolean;
  apiStage: 'none' | 'otpSent' | 'verified';
  apiOtpSentAt?: number;
  token: string;
}

interface ApiForm {
  regType: string;
  gspId: string;
  userName: string;
  password: string;
  confirmPassword: string;
}

interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  path: string;
  query: URLSearchParams;
  body: URLSearchParams;
  session?: Session;
  /** A session id came with the request but names no live session. */
  stale: boolean;
  /** Set-Cookie headers to send. */
  cookies: string[];
  /** The session was created by this very request (the browser has no cookie for it yet). */
  fresh: boolean;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A JavaScript string literal safe inside a <script> block. */
function js(s: string): string {
  return JSON.stringify(s)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function ddmmyyyy(d: Date, time = false): string {
  const date = `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}/${d.getFullYear()}`;
  return time ? `${date} ${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}` : date;
}

function newId(): string {
  return randomBytes(16).toString('hex').toUpperCase();
}

function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1_000_000) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function passwordProblem(pwd: string): string | undefined {
  if (pwd.length < 8 || pwd.length > 15) return 'Password should be 8 to 15 characters long.';
  if (/\s/.test(pwd)) return 'Password should not contain spaces.';
  if (!/[A-Z]/.test(pwd) || !/[a-z]/.test(pwd) || !/[0-9]/.test(pwd) || !/[^A-Za-z0-9]/.test(pwd)) {
    return 'Password should contain at least one upper case letter, one lower case letter, one digit and one special character.';
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Static files: the style sheet, the script, the pictures

const STYLE_CSS = `/* e-Invoice System - style.css (rev 1.14, 12-Mar-2011) */
body { margin: 0px; padding: 0px; background-color: #FFFFFF; color: #000000;
  font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 11px; }
table, td, th, input, select, textarea { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 11px; }
a { color: #003399; text-decoration: none; }
a:hover { color: #CC0000; text-decoration: underline; }
img { border: 0px; }
.topbar { background-color: #E6EDF5; border-bottom: 1px solid #9DB3CC; }
.pageTitle { font-size: 14px; font-weight: bold; color: #1F4E79; border-bottom: 2px solid #FF9933; padding-bottom: 3px; }
.formTbl { border: 1px solid #7F9DB9; background-color: #FFFFFF; }
.formTbl td { border-bottom: 1px solid #E0E7EF; }
.tblHead { background-color: #1F4E79; background-image: url(/images/strip.gif); background-repeat: repeat-x;
  color: #FFFFFF; font-weight: bold; font-size: 12px; }
.lbl { background-color: #EEF3F9; font-weight: bold; color: #333333; }
.colHead { background-color: #C9D8EA; font-weight: bold; color: #1F4E79; }
.btn { background-color: #DDE5EF; border: 1px solid #6B87A8; font-weight: bold; padding: 2px 10px;
  cursor: pointer; color: #1F4E79; }
.txt { border: 1px solid #7F9DB9; padding: 2px; }
.ro { border: 1px solid #B5B5B5; background-color: #EEEEEE; padding: 2px; color: #333333; font-weight: bold; }
.card { border: 1px solid #9DB3CC; background-color: #F7FAFD; }
.cardHead { background-color: #2B5C8A; color: #FFFFFF; font-weight: bold; font-size: 12px; }
.bigNum { font-size: 22px; font-weight: bold; color: #1F4E79; }
.leftnav { background-color: #D6E2F0; border-right: 1px solid #9DB3CC; }
.footer { background-color: #1F4E79; color: #FFFFFF; font-size: 10px; }
.footer a { color: #FFFFFF; }
.news { background-color: #FFF8E1; border: 1px solid #F0C36D; }
/* left menu: flyouts open on hover only */
#nav, #nav ul { list-style: none; margin: 0px; padding: 0px; }
#nav { width: 190px; margin-left: 5px; }
#nav li { position: relative; margin: 0px; padding: 0px; }
#nav li a { display: block; padding: 6px 18px 6px 8px; background-color: #2B5C8A; color: #FFFFFF;
  font-weight: bold; border-bottom: 1px solid #A9C1DB; text-decoration: none; }
#nav li.parent > a { background-image: url(/images/arrow.gif); background-repeat: no-repeat;
  background-position: 96% 50%; }
#nav li ul { display: none; position: absolute; left: 190px; top: 0px; width: 200px; z-index: 500;
  border: 1px solid #1F4E79; }
#nav li ul li ul { left: 200px; }
#nav li ul li a { background-color: #2B5C8A; font-weight: normal; }
#nav li:hover > ul { display: block; }
#nav li:hover > a { background-color: #FF9933; color: #FFFFFF; }
`;

const COMMON_JS = `/* e-Invoice System - common.js (rev 1.22) */
var PROCESSING = false;
function trim(s) { return (s == null) ? '' : String(s).replace(/^\\s+|\\s+$/g, ''); }
function getEl(id) { return document.getElementById(id); }
function showWait() { var d = getEl('divWait'); if (d) { d.style.display = 'block'; } }
function enterKey(e, fn) {
  e = e || window.event;
  var k = e.keyCode || e.which;
  if (k == 13) { fn(); return false; }
  return true;
}
function refreshCaptcha() {
  var img = getEl('captchaImg');
  if (img) { img.src = '/CaptchaServlet?t=' + new Date().getTime(); }
  return false;
}
function doLogin() {
  if (PROCESSING) { return false; }
  var f = document.forms['loginForm'];
  var u = f.elements['loginForm.userName'];
  var p = f.elements['loginForm.password'];
  var c = f.elements['loginForm.captchaCode'];
  if (trim(u.value) == '') { alert('Please enter User Name.'); u.focus(); return false; }
  if (p.value == '') { alert('Please enter Password.'); p.focus(); return false; }
  if (trim(c.value) == '') { alert('Please enter the Captcha.'); c.focus(); return false; }
  PROCESSING = true;
  showWait();
  f.submit();
  return false;
}
function otpAction(formName, method) {
  if (PROCESSING) { return false; }
  var f = document.forms[formName];
  if (method == 'verify' || method == 'verifyOtp') {
    var o = f.elements[formName + '.otp'];
    var v = trim(o.value);
    if (v == '') { alert('Please enter OTP.'); o.focus(); return false; }
    if (!/^[0-9]{6}$/.test(v)) { alert('Please enter valid 6 digit OTP.'); o.focus(); return false; }
  }
  f.elements['method'].value = method;
  PROCESSING = true;
  showWait();
  f.submit();
  return false;
}
function startResendTimer(secs) {
  var t = getEl('spnTimer'), l = getEl('lnkResend'), s = getEl('spnSecs');
  if (!t || !l || !s) { return; }
  function tick() {
    if (secs <= 0) { t.style.display = 'none'; l.style.display = 'inline'; return; }
    s.innerHTML = secs;
    secs--;
    setTimeout(tick, 1000);
  }
  tick();
}
function sizeOverlay() {
  var o = getEl('divOverlay');
  if (!o) { return; }
  var h = Math.max(document.body.scrollHeight, document.documentElement.scrollHeight,
    document.documentElement.clientHeight);
  o.style.height = h + 'px';
}
function closePopup() {
  var p = getEl('divPopup'), o = getEl('divOverlay');
  if (p) { p.style.display = 'none'; }
  if (o) { o.style.display = 'none'; }
  return false;
}
function updateContact() {
  var f = document.forms['techContactForm'];
  var n = f.elements['techContactForm.name'], m = f.elements['techContactForm.mobile'], e = f.elements['techContactForm.email'];
  if (trim(n.value) == '') { alert('Please enter Name.'); n.focus(); return false; }
  if (!/^[6-9][0-9]{9}$/.test(trim(m.value))) { alert('Please enter valid 10 digit Mobile Number.'); m.focus(); return false; }
  if (!/^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/.test(trim(e.value))) { alert('Please enter valid E-mail Id.'); e.focus(); return false; }
  PROCESSING = true;
  showWait();
  f.submit();
  return false;
}
function radioValue(f, name) {
  var r = f.elements[name];
  if (!r) { return ''; }
  if (r.length == null) { return r.checked ? r.value : ''; }
  for (var i = 0; i < r.length; i++) { if (r[i].checked) { return r[i].value; } }
  return '';
}
function showRegType(v) {
  var rows = { trDirect: v == 'D', trGsp: v == 'G', trUser: v == 'G', trPwd: v == 'G', trCPwd: v == 'G',
    trBtn: v != '' };
  for (var id in rows) { var r = getEl(id); if (r) { r.style.display = rows[id] ? '' : 'none'; } }
}
function changeGsp(sel) {
  var f = sel.form;
  f.elements['method'].value = 'changeGsp';
  PROCESSING = true;
  showWait();
  f.submit();
}
function validateApiUser() {
  if (PROCESSING) { return false; }
  var f = document.forms['apiUserForm'];
  var t = radioValue(f, 'apiUserForm.regType');
  if (t == '') { alert('Please select the option for registration.'); return false; }
  if (t == 'G') {
    var g = f.elements['apiUserForm.gspId'];
    if (g.value == '') { alert('Please select your GSP.'); g.focus(); return false; }
    var u = f.elements['apiUserForm.userName'];
    var uv = trim(u.value);
    if (uv == '') { alert('Please enter Username.'); u.focus(); return false; }
    if (!/^[A-Za-z0-9]{4,15}$/.test(uv)) {
      alert('Username should be 4 to 15 characters long and contain only alphabets and digits.'); u.focus(); return false;
    }
    var p = f.elements['apiUserForm.password'], c = f.elements['apiUserForm.confirmPassword'];
    var pv = p.value;
    if (pv == '') { alert('Please enter Password.'); p.focus(); return false; }
    if (pv.length < 8 || pv.length > 15) { alert('Password should be 8 to 15 characters long.'); p.focus(); return false; }
    if (/\\s/.test(pv)) { alert('Password should not contain spaces.'); p.focus(); return false; }
    if (!/[A-Z]/.test(pv) || !/[a-z]/.test(pv) || !/[0-9]/.test(pv) || !/[^A-Za-z0-9]/.test(pv)) {
      alert('Password should contain at least one upper case letter, one lower case letter, one digit and one special character.');
      p.focus(); return false;
    }
    if (c.value == '') { alert('Please Re-enter Password.'); c.focus(); return false; }
    if (c.value != pv) { alert('Password and Re-enter Password do not match.'); c.focus(); return false; }
  }
  if (!confirm('Are you sure you want to submit the details?')) { return false; }
  f.elements['method'].value = 'save';
  PROCESSING = true;
  showWait();
  return true;
}
`;

interface StaticFile {
  type: string;
  body: Buffer;
}

function staticFiles(): Map<string, StaticFile> {
  const gif = (body: Buffer): StaticFile => ({ type: 'image/gif', body });
  return new Map<string, StaticFile>([
    ['/css/style.css', { type: 'text/css', body: Buffer.from(STYLE_CSS) }],
    ['/js/common.js', { type: 'application/x-javascript', body: Buffer.from(COMMON_JS) }],
    ['/images/btn_login.gif', gif(buttonGif('Login'))],
    ['/images/btn_submit.gif', gif(buttonGif('Submit'))],
    ['/images/btn_exit.gif', gif(buttonGif('Exit'))],
    ['/images/btn_verify_otp.gif', gif(buttonGif('Verify OTP'))],
    ['/images/refresh.gif', gif(buttonGif('Refresh', 1))],
    ['/images/close.gif', gif(closeGif())],
    ['/images/arrow.gif', gif(arrowGif())],
    ['/images/strip.gif', gif(stripGif())],
  ]);
}

// ---------------------------------------------------------------------------------------------
// The server

export async function startR9LegacyJspRendition(
  options: R9LegacyJspOptions = {},
): Promise<R9LegacyJspRendition> {
  const state: R9LegacyJspState = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: (options.captcha ?? 'K7Q2M').toUpperCase(),
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const showTechContact = options.techContact ?? true;
  const sessions = new Map<string, Session>();
  const files = staticFiles();
  let pendingExpiry = options.expireOnce;
  let techContact: { name: string; mobile: string; email: string } | undefined;

  // ----- sessions

  function newSession(ctx: Ctx): Session {
    const s: Session = {
      id: newId(),
      lastSeen: Date.now(),
      stage: 'anon',
      popupPending: false,
      apiStage: 'none',
      token: newId(),
    };
    sessions.set(s.id, s);
    ctx.session = s;
    ctx.stale = false;
    ctx.fresh = true;
    ctx.cookies.push(`JSESSIONID=${s.id}; Path=/; HttpOnly`);
    return s;
  }

  function sessionFor(ctx: Ctx): Session {
    return ctx.session ?? newSession(ctx);
  }

  // ----- responses

  function send(
    ctx: Ctx,
    status: number,
    type: string,
    body: string | Buffer,
    extra: Record<string, string> = {},
  ) {
    const headers: Record<string, string | string[]> = {
      'Content-Type': type,
      Server: 'Apache-Coyote/1.1',
      ...extra,
    };
    if (ctx.cookies.length > 0) headers['Set-Cookie'] = ctx.cookies;
    ctx.res.writeHead(status, headers);
    ctx.res.end(body);
  }

  function html(ctx: Ctx, body: string, status = 200) {
    send(ctx, status, 'text/html;charset=UTF-8', body, {
      'Cache-Control': 'no-cache, no-store, must-revalidate',
      Pragma: 'no-cache',
      Expires: '0',
    });
  }

  function redirect(ctx: Ctx, location: string) {
    send(ctx, 302, 'text/html;charset=UTF-8', '', { Location: location });
  }

  function notFound(ctx: Ctx) {
    html(
      ctx,
      `<html><head><title>Apache Tomcat/6.0.35 - Error report</title><style><!--H1 {font-family:Tahoma,Arial,sans-serif;color:white;background-color:#525D76;font-size:22px;} BODY {font-family:Tahoma,Arial,sans-serif;color:black;background-color:white;} P {font-family:Tahoma,Arial,sans-serif;background:white;color:black;font-size:12px;}--></style></head><body><h1>HTTP Status 404 - ${esc(ctx.path)}</h1><hr size="1" noshade="noshade"><p><b>type</b> Status report</p><p><b>message</b> <u>${esc(ctx.path)}</u></p><p><b>description</b> <u>The requested resource (${esc(ctx.path)}) is not available.</u></p><hr size="1" noshade="noshade"><h3>Apache Tomcat/6.0.35</h3></body></html>`,
      404,
    );
  }

  // ----- the page frame

  function menuHtml(items: MenuItem[], top: boolean): string {
    const lis = items
      .map((item) => {
        if (item.children) {
          return `<li class="parent"><a href="javascript:;">${esc(item.label)}</a>\n${menuHtml(item.children, false)}</li>`;
        }
        return `<li><a href="${esc(item.href ?? '#')}">${esc(item.label)}</a></li>`;
      })
      .join('\n');
    return top ? `<ul id="nav">\n${lis}\n</ul>` : `<ul>\n${lis}\n</ul>`;
  }

  interface PageParts {
    title: string;
    content: string;
    session?: Session;
    /** Statements run by body onload, after the page is drawn (alerts go here). */
    onload?: string[];
    /** Markup placed at the end of the body (the popup). */
    tail?: string;
  }

  function page(p: PageParts): string {
    const authed = p.session?.stage === 'auth';
    const now = new Date();
    const right = authed
      ? `<font color="#FFFFFF">Welcome : <b>${esc(LOGIN.username)}</b> &nbsp;|&nbsp; GSTIN : <b>${esc(state.gstin)}</b> &nbsp;|&nbsp; <a href="/logout.do"><font color="#FFD27F"><b>Logout</b></font></a></font>`
      : `<a href="javascript:void(0)" onclick="window.location.href='/login.do'; return false;"><img src="/images/btn_login.gif" alt="Login" border="0"></a>`;
    const left = authed
      ? `<br>${menuHtml(MENU, true)}<br>`
      : `<table width="100%" cellpadding="6" cellspacing="0" border="0">
<tr><td class="tblHead">Important Links</td></tr>
<tr><td>&#8226; <a href="/home.do">Home</a></td></tr>
<tr><td>&#8226; <a href="/login.do">Login</a></td></tr>
<tr><td>&#8226; <a href="javascript:void(0)" onclick="alert('Registration is done on the common GST portal.'); return false;">e-Invoice Registration</a></td></tr>
<tr><td>&#8226; <a href="javascript:void(0)" onclick="alert('Help documents will be available shortly.'); return false;">User Manual</a></td></tr>
</table>`;
    const onload = ['sizeOverlay();', ...(p.onload ?? [])];
    return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE8">
<meta http-equiv="Pragma" content="no-cache">
<title>e-Invoice System :: ${esc(p.title)}</title>
<link rel="stylesheet" type="text/css" href="/css/style.css">
<script type="text/javascript" src="/js/common.js"></script>
<script type="text/javascript">
function pageLoad() {
${onload.map((s) => `  ${s}`).join('\n')}
}
</script>
</head>
<body onload="pageLoad()" topmargin="0" leftmargin="0" marginheight="0" marginwidth="0">
<table width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="#1F4E79">
<tr>
<td width="12" height="64">&nbsp;</td>
<td valign="middle"><font face="Verdana" size="5" color="#FFFFFF"><b>e-Invoice System</b></font><br>
<font face="Verdana" size="1" color="#FFD27F">Goods and Services Tax &nbsp;|&nbsp; Government of India</font></td>
<td align="right" valign="middle" style="padding-right:12px">${right}</td>
</tr>
</table>
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td height="4" bgcolor="#FF9933"></td></tr>
<tr><td height="2" bgcolor="#FFFFFF"></td></tr>
<tr><td height="4" bgcolor="#138808"></td></tr>
</table>
<table width="100%" border="0" cellpadding="4" cellspacing="0" class="topbar">
<tr>
<td><a href="${authed ? '/mainMenu.do' : '/home.do'}">Home</a> &nbsp;|&nbsp; <a href="javascript:void(0)" onclick="alert('Help desk: 0120-4888999 (10:00 AM to 6:00 PM)'); return false;">Help</a> &nbsp;|&nbsp; <a href="javascript:void(0)" onclick="alert('Contact: support.einvoice@gov.in'); return false;">Contact Us</a></td>
<td align="right">Date : ${ddmmyyyy(now)}</td>
</tr>
</table>
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr>
<td width="205" valign="top" class="leftnav">${left}</td>
<td valign="top" style="padding:12px 15px 20px 15px">
${p.content}
</td>
</tr>
</table>
<table width="100%" border="0" cellpadding="6" cellspacing="0" class="footer">
<tr>
<td>Site is designed, developed and hosted by National Informatics Centre. Contents are provided by Goods and Services Tax Network.</td>
<td align="right">Best viewed in Internet Explorer 8.0 and above at 1024 x 768 resolution</td>
</tr>
</table>
<div id="divWait" style="display:none; position:absolute; top:45%; left:42%; z-index:3000; background-color:#FFFFE0; border:2px solid #999999; padding:12px 25px;"><b>Please wait...</b></div>
${p.tail ?? ''}
</body>
</html>
`;
  }

  function alertJs(msg: string | undefined): string[] {
    return msg ? [`alert(${js(msg)});`] : [];
  }

  function redText(msg: string | undefined): string {
    return msg ? `<font color="red"><b>${esc(msg)}</b></font>` : '';
  }

  // ----- guards

  function expiredPage(ctx: Ctx) {
    html(
      ctx,
      page({
        title: 'Session Expired',
        content: `<br><br>
<table width="60%" align="center" border="0" cellpadding="8" cellspacing="0" class="formTbl">
<tr><td class="tblHead">Session Expired</td></tr>
<tr><td align="center"><br><font color="red"><b>Your session has expired. Please login again.</b></font><br><br>
<a href="/login.do"><b>Click here to Login</b></a><br><br></td></tr>
</table>`,
      }),
    );
  }

  /** The logged-in session, or undefined after answering for a visitor without one. */
  function requireAuth(ctx: Ctx): Session | undefined {
    const s = ctx.session;
    if (!s) {
      if (ctx.stale) expiredPage(ctx);
      else redirect(ctx, '/login.do');
      return undefined;
    }
    if (s.stage === 'otp') {
      redirect(ctx, '/loginOtp.do');
      return undefined;
    }
    if (s.stage !== 'auth') {
      redirect(ctx, '/login.do');
      return undefined;
    }
    return s;
  }

  /** If the session is due to expire at this stage, deletes it and answers for it. */
  function expireHere(stage: R9LegacyJspExpiry, ctx: Ctx, s: Session): boolean {
    if (pendingExpiry !== stage) return false;
    pendingExpiry = undefined;
    sessions.delete(s.id);
    ctx.session = undefined;
    ctx.stale = true;
    state.expired.push(stage);
    expiredPage(ctx);
    return true;
  }

  // ----- home and login

  function homePage(ctx: Ctx) {
    const s = sessionFor(ctx);
    const message = ctx.query.get('logout') === '1' ? 'You have been logged out successfully.' : undefined;
    html(
      ctx,
      page({
        title: 'Home',
        session: s,
        content: `<span class="pageTitle">Welcome to e-Invoice System</span><br><br>
${message ? `<font color="green"><b>${esc(message)}</b></font><br><br>` : ''}
<table width="100%" border="0" cellpadding="6" cellspacing="0" class="news">
<tr><td width="110"><b>Latest Updates :</b></td><td><marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">Two factor authentication (OTP) is mandatory for login to the e-Invoice System from 01/04/2025. &nbsp;&nbsp;&nbsp;&#8226;&nbsp;&nbsp;&nbsp; Taxpayers can create API users for their GSP through API Registration &gt; User Credentials &gt; Create API User.</marquee></td></tr>
</table><br>
<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td valign="top">
<p>The e-Invoice System is used by taxpayers to report their B2B invoices to the Invoice Registration Portal (IRP) and obtain the Invoice Reference Number (IRN).</p>
<p>Taxpayers can generate e-invoices through the web portal, through bulk upload, or through APIs directly or through their GST Suvidha Provider (GSP).</p>
<p>To access the API, the taxpayer should login to this portal and create an API user under <b>API Registration</b>.</p>
</td>
<td width="260" valign="top">
<table width="100%" border="0" cellpadding="5" cellspacing="0" class="card">
<tr><td class="cardHead">Statistics</td></tr>
<tr><td>IRNs generated today : <b>18,42,317</b></td></tr>
<tr><td>Taxpayers enabled : <b>2,56,904</b></td></tr>
</table>
</td></tr>
</table>`,
      }),
    );
  }

  interface LoginView {
    userName?: string;
    error?: string;
    alert?: string;
    info?: string;
  }

  function loginPage(ctx: Ctx, view: LoginView = {}) {
    const s = sessionFor(ctx);
    const action = ctx.fresh ? `/login.do;jsessionid=${s.id}` : '/login.do';
    const key = 'onkeypress="return enterKey(event, doLogin);"';
    html(
      ctx,
      page({
        title: 'Login',
        session: s,
        onload: [
          ...alertJs(view.alert),
          "document.forms['loginForm'].elements['loginForm.userName'].focus();",
        ],
        content: `<span class="pageTitle">Login</span><br><br>
<form name="loginForm" method="post" action="${action}">
<table width="430" align="center" border="0" cellpadding="6" cellspacing="0" class="formTbl">
<tr><td colspan="2" class="tblHead">Login to e-Invoice System</td></tr>
${view.info ? `<tr><td colspan="2" align="center"><font color="#CC0000"><b>${esc(view.info)}</b></font></td></tr>` : ''}
<tr>
<td width="38%" class="lbl">User Name <font color="red">*</font></td>
<td><input type="text" name="loginForm.userName" size="25" maxlength="15" class="txt" autocomplete="off" value="${esc(view.userName ?? '')}" ${key}></td>
</tr>
<tr>
<td class="lbl">Password <font color="red">*</font></td>
<td><input type="password" name="loginForm.password" size="25" class="txt" autocomplete="off" value="" ${key}></td>
</tr>
<tr>
<td class="lbl">&nbsp;</td>
<td><img id="captchaImg" src="/CaptchaServlet?t=${Date.now()}" border="0" align="absmiddle">
&nbsp;<a href="javascript:void(0)" onclick="return refreshCaptcha();"><img src="/images/refresh.gif" alt="Refresh" title="Refresh Captcha" border="0" align="absmiddle"></a></td>
</tr>
<tr>
<td class="lbl">Enter Captcha <font color="red">*</font></td>
<td><input type="text" name="loginForm.captchaCode" size="10" maxlength="5" class="txt" autocomplete="off" value="" ${key}>
<font size="1" color="#666666">(Enter the characters shown above)</font></td>
</tr>
<tr>
<td>&nbsp;</td>
<td><a href="javascript:void(0)" onclick="doLogin(); return false;"><img src="/images/btn_login.gif" alt="Login" border="0"></a></td>
</tr>
<tr>
<td colspan="2" align="center">${redText(view.error)}</td>
</tr>
<tr>
<td colspan="2" align="right"><a href="javascript:void(0)" onclick="alert('Please use the Forgot Password option of the e-Way Bill / e-Invoice common login.'); return false;">Forgot Password?</a></td>
</tr>
</table>
</form>`,
      }),
    );
  }

  function loginGet(ctx: Ctx) {
    const s = ctx.session;
    if (s?.stage === 'auth') return redirect(ctx, '/mainMenu.do');
    if (s) {
      s.stage = 'anon';
      s.loginOtpSentAt = undefined;
    }
    loginPage(ctx);
  }

  function loginPost(ctx: Ctx) {
    const s = sessionFor(ctx);
    if (s.stage === 'auth') return redirect(ctx, '/mainMenu.do');
    const userName = (ctx.body.get('loginForm.userName') ?? '').trim();
    const password = ctx.body.get('loginForm.password') ?? '';
    const captcha = (ctx.body.get('loginForm.captchaCode') ?? '').trim();
    if (!userName || !password || !captcha) {
      const msg = 'Please enter User Name, Password and Captcha.';
      return loginPage(ctx, { userName, error: msg, alert: msg });
    }
    if (captcha.toUpperCase() !== state.captcha) {
      state.refusals.push('captcha');
      const msg = 'Invalid Captcha. Please enter the characters shown in the image.';
      return loginPage(ctx, { userName, error: msg, alert: msg });
    }
    if (userName.toLowerCase() !== LOGIN.username.toLowerCase() || password !== LOGIN.password) {
      state.refusals.push('login');
      const msg = 'Invalid Login Credentials. Please enter the correct User Name and Password.';
      return loginPage(ctx, { userName, error: msg, alert: msg });
    }
    s.stage = 'otp';
    s.loginOtpSentAt = undefined;
    redirect(ctx, '/loginOtp.do');
  }

  // ----- the OTP block shared by both OTP steps

  function otpBlock(
    formName: string,
    sentAt: number | undefined,
    verifyMethod: string,
    resendMethod: string,
  ) {
    if (sentAt === undefined) return { rows: '', onload: [] as string[] };
    const remaining = Math.max(0, RESEND_AFTER_S - Math.floor((Date.now() - sentAt) / 1000));
    const rows = `<tr>
<td width="35%" class="lbl">Enter OTP <font color="red">*</font></td>
<td><input type="text" name="${formName}.otp" size="12" maxlength="6" class="txt" autocomplete="off" value="">
&nbsp;<input type="image" src="/images/btn_verify_otp.gif" alt="Verify OTP" align="absmiddle" onclick="return otpAction('${formName}', '${verifyMethod}');"></td>
</tr>
<tr>
<td class="lbl">&nbsp;</td>
<td><span id="spnTimer"${remaining > 0 ? '' : ' style="display:none"'}>Resend OTP in <span id="spnSecs">${remaining}</span> seconds</span><a id="lnkResend" href="javascript:void(0)" onclick="return otpAction('${formName}', '${resendMethod}');"${remaining > 0 ? ' style="display:none"' : ''}>Resend OTP</a></td>
</tr>`;
    return {
      rows,
      onload: [
        `startResendTimer(${remaining});`,
        `document.forms['${formName}'].elements['${formName}.otp'].focus();`,
      ],
    };
  }

  // ----- login 2FA

  interface OtpView {
    error?: string;
    alert?: string;
  }

  function loginOtpPage(ctx: Ctx, s: Session, view: OtpView = {}) {
    const block = otpBlock('loginOtpForm', s.loginOtpSentAt, 'verify', 'resend');
    const generate =
      s.loginOtpSentAt === undefined
        ? `<tr><td colspan="2" align="center"><input type="button" class="btn" value="Generate OTP" onclick="return otpAction('loginOtpForm', 'generate');"></td></tr>`
        : '';
    html(
      ctx,
      page({
        title: 'Two Factor Authentication',
        session: s,
        onload: [...alertJs(view.alert), ...block.onload],
        content: `<span class="pageTitle">Two Factor Authentication</span><br><br>
<form name="loginOtpForm" method="post" action="/loginOtp.do">
<input type="hidden" name="method" value="verify">
<table width="520" align="center" border="0" cellpadding="6" cellspacing="0" class="formTbl">
<tr><td colspan="2" class="tblHead">Login - OTP Verification</td></tr>
<tr><td width="35%" class="lbl">User Name</td><td>${esc(LOGIN.username)}</td></tr>
<tr><td colspan="2">The OTP will be sent to your registered mobile number <b>${MOBILE}</b> by SMS and on the Sandes App. You may also use the OTP shown in the NIC-GST-Shield App.</td></tr>
${generate}
${block.rows}
<tr><td colspan="2" align="center">${redText(view.error)}</td></tr>
<tr><td colspan="2" align="right"><a href="/login.do">Back to Login</a></td></tr>
</table>
</form>`,
      }),
    );
  }

  function loginOtp(ctx: Ctx) {
    const s = ctx.session;
    if (!s) return ctx.stale ? expiredPage(ctx) : redirect(ctx, '/login.do');
    if (s.stage === 'auth') return redirect(ctx, '/mainMenu.do');
    if (s.stage !== 'otp') return redirect(ctx, '/login.do');
    if (ctx.req.method !== 'POST') return loginOtpPage(ctx, s);
    const method = ctx.body.get('method') ?? '';
    if (method === 'generate' || method === 'resend') {
      s.loginOtpSentAt = Date.now();
      return loginOtpPage(ctx, s, { alert: `OTP has been sent to your registered mobile number ${MOBILE}.` });
    }
    if (s.loginOtpSentAt === undefined) {
      return loginOtpPage(ctx, s, { alert: 'Please click on Generate OTP.' });
    }
    const otp = (ctx.body.get('loginOtpForm.otp') ?? '').trim();
    if (!otp) return loginOtpPage(ctx, s, { error: 'Please enter OTP.', alert: 'Please enter OTP.' });
    if (Date.now() - s.loginOtpSentAt > OTP_VALID_MS) {
      const msg = 'OTP has expired. Please click on Resend OTP.';
      return loginOtpPage(ctx, s, { error: msg, alert: msg });
    }
    if (otp !== state.loginOtp) {
      state.refusals.push('login-otp');
      const msg = 'Invalid OTP. Please enter the correct OTP.';
      return loginOtpPage(ctx, s, { error: msg, alert: msg });
    }
    s.stage = 'auth';
    s.loginOtpSentAt = undefined;
    s.popupPending = showTechContact && techContact === undefined;
    s.apiStage = 'none';
    redirect(ctx, '/mainMenu.do');
  }

  function logout(ctx: Ctx) {
    if (ctx.session) sessions.delete(ctx.session.id);
    redirect(ctx, '/home.do?logout=1');
  }

  // ----- dashboard and its popup

  function popupHtml(
    error?: string,
    values: { name?: string; mobile?: string; email?: string } = {},
  ): string {
    return `<div id="divOverlay" style="position:absolute; top:0px; left:0px; width:100%; height:2000px; background-color:#000000; opacity:0.5; filter:alpha(opacity=50); z-index:1000;"></div>
<div id="divPopup" style="position:absolute; top:110px; left:50%; margin-left:-260px; width:520px; background-color:#FFFFFF; border:2px solid #1F4E79; z-index:1001;">
<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr bgcolor="#1F4E79">
<td><font color="#FFFFFF" size="2"><b>Contacts of Technical Person</b></font></td>
<td align="right" width="24"><img src="/images/close.gif" alt="" title="Close" style="cursor:pointer" onclick="closePopup();"></td>
</tr>
<tr><td colspan="2">Please provide the details of the technical person of your organisation who may be contacted regarding e-Invoice API integration and technical issues.</td></tr>
<tr><td colspan="2">
<form name="techContactForm" method="post" action="/techContact.do">
<table width="100%" border="0" cellpadding="5" cellspacing="0" class="formTbl">
<tr><td width="35%" class="lbl">Name <font color="red">*</font></td><td><input type="text" name="techContactForm.name" size="30" class="txt" value="${esc(values.name ?? '')}"></td></tr>
<tr><td class="lbl">Mobile No. <font color="red">*</font></td><td><input type="text" name="techContactForm.mobile" size="14" maxlength="10" class="txt" value="${esc(values.mobile ?? '')}"></td></tr>
<tr><td class="lbl">E-mail Id <font color="red">*</font></td><td><input type="text" name="techContactForm.email" size="30" class="txt" value="${esc(values.email ?? '')}"></td></tr>
<tr><td colspan="2" align="center">${redText(error)}</td></tr>
<tr><td colspan="2" align="center"><input type="button" class="btn" value="Update" onclick="return updateContact();">
&nbsp;&nbsp;&nbsp;<a href="javascript:void(0)" onclick="return closePopup();">Skip</a></td></tr>
</table>
</form>
</td></tr>
</table>
</div>
<script type="text/javascript">sizeOverlay();</script>`;
  }

  function dashboard(ctx: Ctx, s: Session, extra: { alert?: string; popup?: string } = {}) {
    let tail = extra.popup ?? '';
    if (!tail && s.popupPending) {
      s.popupPending = false;
      tail = popupHtml();
    }
    const card = (title: string, rows: [string, string][]) =>
      `<table width="100%" border="0" cellpadding="6" cellspacing="0" class="card">
<tr><td class="cardHead" colspan="2">${title}</td></tr>
${rows.map(([k, v]) => `<tr><td>${k}</td><td align="right" class="bigNum">${v}</td></tr>`).join('\n')}
</table>`;
    html(
      ctx,
      page({
        title: 'Dash Board',
        session: s,
        onload: alertJs(extra.alert),
        tail,
        content: `<span class="pageTitle">Dash Board</span><br><br>
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td><b>${esc(TRADE_NAME)}</b> &nbsp; (GSTIN : ${esc(state.gstin)})</td><td align="right">Last Login : ${ddmmyyyy(new Date(Date.now() - 3 * 86400000), true)}</td></tr>
</table><br>
<table width="100%" border="0" cellpadding="0" cellspacing="10">
<tr>
<td width="50%" valign="top">${card('Generations', [
          ['Today', '0'],
          ['This Month', '0'],
          ['This Year', '0'],
        ])}</td>
<td width="50%" valign="top">${card('Cancelled', [
          ['Today', '0'],
          ['This Month', '0'],
          ['This Year', '0'],
        ])}</td>
</tr>
</table>
<br><font color="#666666">Use the menu on the left to access the options.</font>`,
      }),
    );
  }

  function mainMenu(ctx: Ctx) {
    const s = requireAuth(ctx);
    if (s) dashboard(ctx, s);
  }

  function techContactPost(ctx: Ctx) {
    const s = requireAuth(ctx);
    if (!s) return;
    if (ctx.req.method !== 'POST') return redirect(ctx, '/mainMenu.do');
    const name = (ctx.body.get('techContactForm.name') ?? '').trim();
    const mobile = (ctx.body.get('techContactForm.mobile') ?? '').trim();
    const email = (ctx.body.get('techContactForm.email') ?? '').trim();
    let error: string | undefined;
    if (!name) error = 'Please enter Name.';
    else if (!/^[6-9][0-9]{9}$/.test(mobile)) error = 'Please enter valid 10 digit Mobile Number.';
    else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) error = 'Please enter valid E-mail Id.';
    if (error) return dashboard(ctx, s, { alert: error, popup: popupHtml(error, { name, mobile, email }) });
    techContact = { name, mobile, email };
    dashboard(ctx, s, { alert: 'Contact details of the technical person updated successfully.' });
  }

  function placeholder(ctx: Ctx, title: string) {
    const s = requireAuth(ctx);
    if (!s) return;
    html(
      ctx,
      page({
        title,
        session: s,
        content: `<span class="pageTitle">${esc(title)}</span><br><br>
<table width="100%" border="0" cellpadding="8" cellspacing="0" class="formTbl">
<tr><td align="center"><font color="#CC0000">This facility is under maintenance. Please try after some time.</font></td></tr>
</table>`,
      }),
    );
  }

  // ----- Create API User

  interface ApiView {
    form?: ApiForm;
    error?: string;
    alert?: string;
    info?: string;
    created?: R9LegacyJspUser;
  }

  function registeredTable(): string {
    const mine = state.users.filter((u) => u.gstin === state.gstin);
    if (mine.length === 0) return '';
    return `<br><table width="100%" border="0" cellpadding="5" cellspacing="0" class="formTbl">
<tr><td colspan="4" class="tblHead">GSPs registered for GSTIN ${esc(state.gstin)}</td></tr>
<tr class="colHead"><td width="8%">Sl. No.</td><td>GSP Name</td><td>API User Name</td><td width="20%">Registered On</td></tr>
${mine
  .map(
    (u, i) =>
      `<tr><td>${i + 1}</td><td>${esc(u.gsp)}</td><td>${esc(u.username)}</td><td>${ddmmyyyy(new Date(u.createdOn))}</td></tr>`,
  )
  .join('\n')}
</table>`;
  }

  function apiPage(ctx: Ctx, s: Session, view: ApiView = {}) {
    const onload = [...alertJs(view.alert)];
    let rows = '';
    let hidden = '';
    if (view.created) {
      const u = view.created;
      rows = `<tr><td colspan="2" align="center"><br><font color="green"><b>API User ${esc(u.username)} has been created successfully for GSP ${esc(u.gsp)}.</b></font><br><br>
Please note the User Name and Password. They are required for the Authentication API.<br><br></td></tr>
<tr><td colspan="2" align="center"><a href="/mainMenu.do"><img src="/images/btn_exit.gif" alt="Exit" border="0"></a></td></tr>`;
    } else if (s.apiStage !== 'verified') {
      const block = otpBlock(
        'apiUserForm',
        s.apiStage === 'otpSent' ? s.apiOtpSentAt : undefined,
        'verifyOtp',
        'resendOtp',
      );
      onload.push(...block.onload);
      hidden = `<input type="hidden" name="method" value="${s.apiStage === 'otpSent' ? 'verifyOtp' : 'sendOtp'}">`;
      rows = `<tr><td colspan="2">${s.apiStage === 'otpSent' ? `An OTP has been sent to your registered mobile number <b>${MOBILE}</b>. Enter the OTP and click on "Verify OTP".` : `To register for API access, an OTP will be sent to your registered mobile number <b>${MOBILE}</b>. Click on "Generate OTP" to proceed.`}</td></tr>
${s.apiStage === 'otpSent' ? block.rows : `<tr><td colspan="2" align="center"><input type="button" class="btn" value="Generate OTP" onclick="return otpAction('apiUserForm', 'sendOtp');"></td></tr>`}
<tr><td colspan="2" align="center">${redText(view.error)}</td></tr>`;
    } else {
      const f = view.form ?? { regType: '', gspId: '', userName: '', password: '', confirmPassword: '' };
      s.token = newId();
      const show = (on: boolean) => (on ? '' : ' style="display:none"');
      const g = f.regType === 'G';
      const radio = (value: string, text: string) =>
        `<input type="radio" name="apiUserForm.regType" value="${value}"${f.regType === value ? ' checked' : ''} onclick="showRegType(this.value);">${text}`;
      hidden = `<input type="hidden" name="method" value="save">
<input type="hidden" name="${TOKEN_FIELD}" value="${s.token}">`;
      onload.push(`showRegType(${js(f.regType)});`);
      rows = `${view.info ? `<tr><td colspan="2" align="center"><font color="green"><b>${esc(view.info)}</b></font></td></tr>` : ''}
<tr><td width="35%" class="lbl">GSTIN</td><td><b>${esc(state.gstin)}</b></td></tr>
<tr><td class="lbl">Trade Name</td><td>${esc(TRADE_NAME)}</td></tr>
<tr><td class="lbl">Do you wish to Register your GSTIN for <font color="red">*</font></td>
<td>${radio('D', 'Directly')} &nbsp;&nbsp;&nbsp; ${radio('G', 'Through GSP')}</td></tr>
<tr id="trDirect"${show(f.regType === 'D')}><td colspan="2"><font color="#666666">Direct API access is available only to taxpayers whose aggregate turnover is above the notified threshold. Client Id and Client Secret are issued on approval.</font></td></tr>
<tr id="trGsp"${show(g)}><td class="lbl">Select your GSP <font color="red">*</font></td>
<td><select name="apiUserForm.gspId" onchange="changeGsp(this);">
<option value="">-- Select --</option>
${GSPS.map((x) => `<option value="${x.code}"${f.gspId === x.code ? ' selected' : ''}>${esc(x.name)}</option>`).join('\n')}
</select></td></tr>
<tr id="trUser"${show(g)}><td class="lbl">Username <font color="red">*</font></td>
<td><input type="text" value="API_" size="4" readonly="readonly" tabindex="-1" class="ro"><input type="text" name="apiUserForm.userName" size="22" class="txt" autocomplete="off" value="${esc(f.userName)}">
<br><font size="1" color="#666666">(4 to 15 characters, alphabets and digits only)</font></td></tr>
<tr id="trPwd"${show(g)}><td class="lbl">Password <font color="red">*</font></td>
<td><input type="password" name="apiUserForm.password" size="22" class="txt" autocomplete="off" value="">
<br><font size="1" color="#666666">(8 to 15 characters with at least one upper case letter, lower case letter, digit and special character)</font></td></tr>
<tr id="trCPwd"${show(g)}><td class="lbl">Re-enter Password <font color="red">*</font></td>
<td><input type="password" name="apiUserForm.confirmPassword" size="22" class="txt" autocomplete="off" value=""></td></tr>
<tr><td colspan="2" align="center">${redText(view.error)}</td></tr>
<tr id="trBtn"${show(f.regType !== '')}><td colspan="2" align="center">
<input type="image" src="/images/btn_submit.gif" alt="Submit" onclick="return validateApiUser();">
&nbsp;&nbsp;<a href="/mainMenu.do"><img src="/images/btn_exit.gif" alt="Exit" border="0"></a></td></tr>`;
    }
    html(
      ctx,
      page({
        title: 'Create API User',
        session: s,
        onload,
        content: `<span class="pageTitle">Create API User</span><br><br>
<form name="apiUserForm" method="post" action="/apiUser.do">
${hidden}
<table width="100%" border="0" cellpadding="6" cellspacing="0" class="formTbl">
<tr><td colspan="2" class="tblHead">API Registration</td></tr>
${rows}
</table>
</form>
${registeredTable()}`,
      }),
    );
  }

  function readApiForm(body: URLSearchParams): ApiForm {
    return {
      regType: body.get('apiUserForm.regType') ?? '',
      gspId: body.get('apiUserForm.gspId') ?? '',
      userName: (body.get('apiUserForm.userName') ?? '').trim(),
      password: body.get('apiUserForm.password') ?? '',
      confirmPassword: body.get('apiUserForm.confirmPassword') ?? '',
    };
  }

  function duplicateMessage(gspName: string): string {
    return `Your GSTIN ${state.gstin} is already registered with the GSP ${gspName}. Please select another GSP.`;
  }

  function isRegistered(gspName: string): boolean {
    return state.users.some((u) => u.gstin === state.gstin && u.gsp === gspName);
  }

  function apiUser(ctx: Ctx) {
    const s = requireAuth(ctx);
    if (!s) return;
    const method = ctx.req.method === 'POST' ? (ctx.body.get('method') ?? '') : 'init';
    switch (method) {
      case 'sendOtp':
      case 'resendOtp': {
        if (expireHere('api-otp-send', ctx, s)) return;
        s.apiStage = 'otpSent';
        s.apiOtpSentAt = Date.now();
        return apiPage(ctx, s, { alert: `OTP has been sent to your registered mobile number ${MOBILE}.` });
      }
      case 'verifyOtp': {
        if (expireHere('api-otp-verify', ctx, s)) return;
        if (s.apiStage === 'verified') return apiPage(ctx, s);
        if (s.apiStage !== 'otpSent' || s.apiOtpSentAt === undefined) {
          return apiPage(ctx, s, { alert: 'Please click on Generate OTP.' });
        }
        const otp = (ctx.body.get('apiUserForm.otp') ?? '').trim();
        if (!otp) return apiPage(ctx, s, { error: 'Please enter OTP.', alert: 'Please enter OTP.' });
        if (Date.now() - s.apiOtpSentAt > OTP_VALID_MS) {
          const msg = 'OTP has expired. Please click on Resend OTP.';
          return apiPage(ctx, s, { error: msg, alert: msg });
        }
        if (otp !== state.apiOtp) {
          state.refusals.push('api-otp');
          const msg = 'Invalid OTP. Please enter the correct OTP.';
          return apiPage(ctx, s, { error: msg, alert: msg });
        }
        s.apiStage = 'verified';
        return apiPage(ctx, s, { info: 'OTP verified successfully.' });
      }
      case 'changeGsp': {
        if (s.apiStage !== 'verified') return redirect(ctx, CREATE_HREF);
        const form = readApiForm(ctx.body);
        form.password = '';
        form.confirmPassword = '';
        const gsp = GSPS.find((x) => x.code === form.gspId);
        if (gsp && isRegistered(gsp.name)) {
          state.refusals.push('duplicate');
          form.gspId = '';
          const msg = duplicateMessage(gsp.name);
          return apiPage(ctx, s, { form, error: msg, alert: msg });
        }
        return apiPage(ctx, s, { form });
      }
      case 'save':
        return apiSave(ctx, s);
      default: {
        s.apiStage = 'none';
        s.apiOtpSentAt = undefined;
        return apiPage(ctx, s);
      }
    }
  }

  function apiSave(ctx: Ctx, s: Session) {
    if (expireHere('submit', ctx, s)) return;
    if (s.apiStage !== 'verified') {
      s.apiStage = 'none';
      return apiPage(ctx, s, { alert: 'Please verify the OTP before registration.' });
    }
    const form = readApiForm(ctx.body);
    const posted = { ...form };
    form.password = '';
    form.confirmPassword = '';
    const fail = (msg: string) => apiPage(ctx, s, { form, error: msg, alert: msg });
    if (ctx.body.get(TOKEN_FIELD) !== s.token) {
      return fail('Your request could not be processed as the form was already submitted. Please try again.');
    }
    if (form.regType === 'D') {
      return fail('Your GSTIN is not eligible for direct API access. Please register through your GSP.');
    }
    if (form.regType !== 'G') return fail('Please select the option for registration.');
    const gsp = GSPS.find((x) => x.code === form.gspId);
    if (!gsp) return fail('Please select your GSP.');
    if (!form.userName) return fail('Please enter Username.');
    if (!/^[A-Za-z0-9]{4,15}$/.test(form.userName)) {
      return fail('Username should be 4 to 15 characters long and contain only alphabets and digits.');
    }
    if (!posted.password) return fail('Please enter Password.');
    const problem = passwordProblem(posted.password);
    if (problem) return fail(problem);
    if (posted.password !== posted.confirmPassword)
      return fail('Password and Re-enter Password do not match.');
    if (isRegistered(gsp.name)) {
      state.refusals.push('duplicate');
      form.gspId = '';
      return fail(duplicateMessage(gsp.name));
    }
    const username = `API_${form.userName}`;
    if (state.users.some((u) => u.username.toLowerCase() === username.toLowerCase())) {
      state.refusals.push('username-taken');
      return fail(`User Name ${username} already exists. Please choose a different User Name.`);
    }
    const user: R9LegacyJspUser = {
      gstin: state.gstin,
      gsp: gsp.name,
      username,
      password: posted.password,
      createdOn: new Date().toISOString(),
    };
    state.users.push(user);
    s.apiStage = 'none';
    s.apiOtpSentAt = undefined;
    s.token = newId();
    apiPage(ctx, s, { created: user, alert: `API User created successfully.\nUser Name : ${username}` });
  }

  // ----- routing

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = url.pathname;
    let urlSid: string | undefined;
    const rewritten = /;jsessionid=([0-9A-Za-z]+)$/i.exec(path);
    if (rewritten) {
      urlSid = rewritten[1]?.toUpperCase();
      path = path.slice(0, rewritten.index);
    }
    const ctx: Ctx = {
      req,
      res,
      path,
      query: url.searchParams,
      body: new URLSearchParams(),
      stale: false,
      cookies: [],
      fresh: false,
    };

    const file = files.get(path);
    if (file) {
      return send(ctx, 200, file.type, file.body, { 'Cache-Control': 'max-age=3600' });
    }
    if (path === '/CaptchaServlet') {
      return send(ctx, 200, 'image/gif', captchaGif(state.captcha), {
        'Cache-Control': 'no-cache, no-store, must-revalidate',
        Pragma: 'no-cache',
        Expires: '0',
      });
    }

    const cookieSid = parseCookies(req.headers.cookie).get('JSESSIONID');
    const now = Date.now();
    for (const sid of [cookieSid, urlSid]) {
      if (!sid || ctx.session) continue;
      const found = sessions.get(sid);
      if (found && now - found.lastSeen > SESSION_IDLE_MS) sessions.delete(sid);
      else if (found) ctx.session = found;
    }
    if (ctx.session) ctx.session.lastSeen = now;
    else ctx.stale = Boolean(cookieSid || urlSid);

    if (req.method === 'POST') {
      ctx.body = new URLSearchParams(await readBody(req));
    }

    switch (path) {
      case '/':
      case '/home.do':
      case '/index.jsp':
        return homePage(ctx);
      case '/login.do':
        return req.method === 'POST' ? loginPost(ctx) : loginGet(ctx);
      case '/loginOtp.do':
        return loginOtp(ctx);
      case '/logout.do':
        return logout(ctx);
      case '/mainMenu.do':
        return mainMenu(ctx);
      case '/techContact.do':
        return techContactPost(ctx);
      case '/apiUser.do':
        return apiUser(ctx);
      default: {
        const title = PLACEHOLDERS.get(path);
        if (title) return placeholder(ctx, title);
        return notFound(ctx);
      }
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(`HTTP Status 500 - ${err instanceof Error ? err.message : String(err)}`);
      } else res.end();
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

export const R9_LEGACY_JSP_LOGIN = LOGIN;
