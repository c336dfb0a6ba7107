/**
 * Rendition r20-frames: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and shared/portal/guide.md), drawn as a 2004-2008 government
 * portal in classic ASP (IIS 6, `.asp` pages posting to themselves, an HTML 4 `<frameset>`
 * after login, tables for layout, `<font>` tags, `javascript:` links, `alert()`/`confirm()`)
 * would draw it.
 *
 * Choices made where the docs are silent:
 * - URLs: `/` and `/Default.asp` (home), `/Login.asp` (GET shows the home page with the login
 *   box open, POST checks it), `/CaptchaImage.asp?r=<random>` (SVG captcha), `/OTPVerify.asp`
 *   (2FA login OTP, posts to itself), `/Main.asp` (the frameset), `/Top.asp` (frame "banner"),
 *   `/Menu.asp` (frame "menu"), `/Dashboard.asp`, `/CreateAPIUser.asp`, `/SendOTP.asp` (XHR
 *   resend), `/APIRegistration.asp`, `/Page.asp?id=...` (every other menu leaf), `/Logout.asp`.
 *   Paths are matched case-insensitively, as IIS does. Unknown paths get an IIS 6 style 404.
 * - Responses carry `Server: Microsoft-IIS/6.0` and `X-Powered-By: ASP.NET`; the session cookie
 *   is `ASPSESSIONIDQSCTRBAD` (classic ASP style, path=/), idle timeout 20 minutes.
 * - Home: banner with an emblem, a blue link bar, "What's New" `<marquee>`, and a header button
 *   `input#btnLogin.homepageloginbtn` "Login" that un-hides (style.display) the login table in the
 *   centre column. Login table: "User Name *" `#txtUserName`, "Password *" `#txt_password`,
 *   captcha picture `img#captcha_image` (5 characters drawn with rotation, lines and dots) with a
 *   refresh icon link (`javascript:fnRefreshCaptcha()`, alt "Refresh Captcha"), "Enter Captcha *"
 *   `#CaptchaCode`, submit `input#btnSubmitLogin.btnlogin` "Login" and "Reset". The page hashes the
 *   password in the browser: hidden `hdnPwdHash` = md5(md5(password) + hdnSalt) and the password
 *   box is blanked before the POST. Empty fields are refused by `alert('Please enter ...')`.
 * - Refusals on the login: the captcha is checked first (`alert('Invalid Captcha...Please try
 *   again.')`, refusal 'captcha'), then the credentials (`alert('Invalid Login Credentials...Please
 *   try again.')`, refusal 'login'). Both re-render the login box with the user name kept, the
 *   same text in red under the box title (`span#lblMsg.divError`), a fresh captcha. User name is
 *   compared case-insensitively (SQL Server collation), the password exactly. No account lock.
 *   A login POST whose session (and so its salt) is gone re-renders the box with "Your session
 *   has expired. Please login again." and no refusal. Every captcha picture shows the configured
 *   text; only the noise changes on refresh.
 * - 2FA: full-window page "Two Factor Authentication", text "OTP has been sent to your
 *   registered mobile number XXXXXX3210 / Sandes App.", "Enter OTP *" `#txtOtp`, submit
 *   `#btnVerifyOTP` "Verify OTP", a "Resend OTP" link (posts the form with hdnAction=RESEND,
 *   answers `alert('OTP has been resent to your registered mobile number.')`) and "Cancel".
 *   A wrong OTP: `alert('Invalid OTP...Please enter the correct OTP.')` + red text, refusal
 *   'login-otp'. Success redirects (302) to `/Main.asp`.
 * - After login: `<frameset rows="96,*">` with frame "banner" (emblem, "e-Invoice System",
 *   "Welcome : <user>", GSTIN, date, links "Home", "Help" and "Logout", the latter with
 *   `confirm('Are you sure you want to Logout?')` and target _top) over `<frameset cols="215,*">`
 *   with frame "menu" and frame "main".
 * - Menu (frame "menu", `<base target="main">`): a table tree, folders toggled by a +/- image and
 *   the folder name (both `javascript:fnToggle(n)` links, alt "Expand X"/"Collapse X", folder
 *   icon open/closed): "Dash Board"; "e-Invoice" (Generate IRN, Cancel IRN, Print e-Invoice, Bulk
 *   Upload); "e-Way Bill" (Generate by IRN, Cancel e-Way Bill); "API Registration" ("User
 *   Credentials" (Create API User, Change API Password, Freeze API User), IP Whitelisting); "MIS
 *   Reports" (IRN Generation Report, Cancelled IRN Report, Summary Report); "User Management"
 *   (Create Sub-User, Freeze Sub-User, Update Sub-User); "Change Password". All start collapsed.
 * - Post-login popup: on the first Dashboard.asp of a session, `window.onload` appends to body a
 *   grey overlay div and a box div "Contacts of Technical Person" (title bar with an "X" image
 *   link alt "Close", Name / Mobile No. / E-mail boxes prefilled, buttons "Update" and "Exit").
 *   Exit / X remove both divs. Update posts to Dashboard.asp and answers
 *   `alert('Contact details of Technical Person updated successfully.')`.
 * - Dashboard (frame "main"): heading "Dash Board", boxes "Generations" and "Cancelled", a notice
 *   marquee.
 * - Create API User: opening the page sends the API OTP (no separate Send OTP): box "Create API
 *   User - OTP Verification" under heading "API Registration", green text "OTP has been sent to
 *   your registered mobile number XXXXXX3210.", "Enter OTP *" `#txtApiOtp` (6 digits), "Resend
 *   OTP" link (asynchronous XMLHttpRequest/ActiveXObject POST to /SendOTP.asp, answering
 *   `alert('OTP has been resent to your registered mobile number.')`), submit "Verify OTP" and
 *   button "Exit". Wrong or older-than-10-minutes OTP: `alert('Invalid OTP. Please enter the
 *   correct OTP.')` / `alert('OTP has expired. Please click on Resend OTP.')` + red text, refusal
 *   'api-otp'. Success redirects to /APIRegistration.asp.
 * - Registration form (table, labels in neighbouring cells, trailing red `*`): GSTIN and Legal
 *   Name as text; "Do you wish to Register your GSTIN for" with radios `rdoRegType` "Directly",
 *   "Through GSP", "Through ERP", "Through Client-Id of other" (text next to the circle, no
 *   `<label>`), none checked. "Through GSP" un-hides "Select your GSP" (native `select#ddlGSP`,
 *   first option "--Select GSP--", 28 names), "Username" (bold text "API_" then `#txtAPIUserName`,
 *   4-11 letters/digits), "Password" and "Re-enter Password" (8-15 characters with an upper case
 *   letter, a lower case letter, a digit and a special character) and a rule note. The other
 *   options un-hide a red note and are refused on Submit by an alert. Buttons "Submit"
 *   (`input#btnSubmit`, type=button) and "Exit" (back to Dash Board).
 * - Submit: browser checks by alert, then `confirm('Are you sure you want to create the API User
 *   API_x for <GSP> ?')`; OK posts the form. The server refuses a GSTIN already registered with
 *   that GSP (`alert('This GSTIN is already registered with the selected GSP (<GSP>). ...')`,
 *   refusal 'duplicate'; one older registration with TERA SOFTWARE LIMITED is seeded) and a taken
 *   user name (`alert('User Name API_x is already in use. Please choose a different User Name.')`,
 *   refusal 'username-taken'); refusals re-render the form with choices kept, passwords blank.
 * - Verdict: the page shows in green "API User API_x has been created successfully for GSP <GSP>.
 *   Please note down the User Name and Password." and a table "List of GSPs registered for GSTIN
 *   <gstin>" (Sl. No., GSP Name, API User Name, Created On, Status "Active"), and on load
 *   `alert('API User created successfully.')`. A new registration needs a new API OTP.
 * - Sessions: a page request (GET or POST) after login without a live session is redirected
 *   (302) to `/Login.asp?sess=exp`, which shows "Your session has expired. Please login again."
 *   in red. That login page carries the era's frame-buster (`if (top != self)
 *   top.location.href = self.location.href`), so when it lands in the main frame the whole
 *   window goes to the login page. The XHR /SendOTP.asp answers the text `SESSION_EXPIRED`; the
 *   page then alerts "Your session has expired. Please login again." and sets `top.location` to
 *   the login page. Logout removes the session and shows "You have successfully logged out."
 * - expireOnce: the first request, made with a live logged-in session, of the stage ('api-otp-send':
 *   GET /CreateAPIUser.asp or POST /SendOTP.asp; 'api-otp-verify': POST /CreateAPIUser.asp;
 *   'submit': POST /APIRegistration.asp with hdnAction=SUBMIT) deletes the session, pushes the
 *   stage to `expired` and answers as a lost session does. Only once per server.
 * - Nothing typed goes into a URL: every form is method="post".
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FramesR20Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface FramesR20Options {
  expireOnce?: FramesR20Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface FramesR20State {
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
export interface FramesR20Rendition {
  url: string;
  close(): Promise<void>;
  state: FramesR20State;
}
export const FRAMES_R20_LOGIN: { username: string; password: string } = {
  username: 'unitedmh27',
  password: 'United@2719',
};

const raw = String.raw;
const COOKIE = 'ASPSESSIONIDQSCTRBAD';
const SESSION_IDLE_MS = 20 * 60 * 1000;
const API_OTP_VALID_MS = 10 * 60 * 1000;
const MOBILE_MASKED = 'XXXXXX3210';
const LEGAL_NAME = 'UNITED TRADING COMPANY';

const GSPS: string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Avalara Technologies Private Limited',
  'Bodhtree Consulting Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'CSC e-Governance Services India Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'Mastek Limited',
  'Masters India Private Limited',
  'Ramco Systems Limited',
  'Reliance Corporate IT Park Limited',
  'Sify Technologies Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'TAXMANN TECHNOLOGIES PRIVATE LIMITED',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'WeP Digital Services Limited',
  'Wipro Limited',
  'Zen Tax Technologies Private Limited',
  'Sahaj e-Solutions Private Limited',
].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));

/* ------------------------------------------------------------------ images */

function svgUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

const EMBLEM = (() => {
  let spokes = '';
  for (let i = 0; i < 24; i++) {
    const a = (i * Math.PI) / 12;
    spokes += `<line x1="30" y1="30" x2="${(30 + 22 * Math.cos(a)).toFixed(2)}" y2="${(30 + 22 * Math.sin(a)).toFixed(2)}" stroke="#0b2a6f" stroke-width="1.2"/>`;
  }
  return svgUri(
    `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60" viewBox="0 0 60 60"><circle cx="30" cy="30" r="27" fill="#fff" stroke="#0b2a6f" stroke-width="3"/><circle cx="30" cy="30" r="22" fill="none" stroke="#0b2a6f" stroke-width="1.5"/>${spokes}<circle cx="30" cy="30" r="4" fill="#0b2a6f"/></svg>`,
  );
})();
const IMG_PLUS = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><rect x="0.5" y="0.5" width="8" height="8" fill="#fff" stroke="#808080"/><path d="M2 4.5h5M4.5 2v5" stroke="#000"/></svg>',
);
const IMG_MINUS = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><rect x="0.5" y="0.5" width="8" height="8" fill="#fff" stroke="#808080"/><path d="M2 4.5h5" stroke="#000"/></svg>',
);
const IMG_FOLDER = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="14"><path d="M1 3h5l1.5 1.5H15V13H1z" fill="#f5d76e" stroke="#b8961e"/></svg>',
);
const IMG_FOLDER_OPEN = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="14"><path d="M1 3h5l1.5 1.5H13V6H4L1 13z" fill="#f5d76e" stroke="#b8961e"/><path d="M4 6h11l-3 7H1z" fill="#fbe7a1" stroke="#b8961e"/></svg>',
);
const IMG_PAGE = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="14"><path d="M4 1h6l3 3v9H4z" fill="#fff" stroke="#6b7b8c"/><path d="M6 6h5M6 8h5M6 10h5" stroke="#9aa9b8"/></svg>',
);
const IMG_BLANK = svgUri('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"></svg>');
const IMG_REFRESH = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 20 20"><path d="M15.5 6.5A6.5 6.5 0 1 0 16.5 11" fill="none" stroke="#1f4e79" stroke-width="2"/><path d="M12 2.5l4.5 4-5.5 1.5z" fill="#1f4e79"/></svg>',
);
const IMG_CLOSE = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect x="0.5" y="0.5" width="15" height="15" fill="#c0392b" stroke="#fff"/><path d="M4 4l8 8M12 4l-8 8" stroke="#fff" stroke-width="2"/></svg>',
);
const IMG_ARROW = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="7" height="7"><path d="M1 0l5 3.5L1 7z" fill="#c0392b"/></svg>',
);

function captchaSvg(text: string): string {
  const rnd = (a: number, b: number): number => a + Math.random() * (b - a);
  const w = 150;
  const h = 45;
  let out = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`;
  out += `<rect width="${w}" height="${h}" fill="#e8eef5"/>`;
  for (let i = 0; i < 60; i++) {
    out += `<circle cx="${rnd(0, w).toFixed(1)}" cy="${rnd(0, h).toFixed(1)}" r="${rnd(0.5, 1.6).toFixed(1)}" fill="#${Math.floor(rnd(0x606060, 0xb0b0b0)).toString(16)}"/>`;
  }
  const chars = text.split('');
  chars.forEach((c, i) => {
    const x = 14 + i * 26 + rnd(-3, 3);
    const y = 32 + rnd(-4, 4);
    const r = rnd(-22, 22);
    const col = ['#1a237e', '#4a148c', '#1b5e20', '#b71c1c', '#263238'][Math.floor(rnd(0, 5))];
    out += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${r.toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="Courier New, monospace" font-weight="bold" font-size="${Math.floor(rnd(24, 30))}" fill="${col}">${escapeHtml(c)}</text>`;
  });
  for (let i = 0; i < 7; i++) {
    out += `<path d="M${rnd(0, 30).toFixed(1)} ${rnd(0, h).toFixed(1)} Q${rnd(40, 110).toFixed(1)} ${rnd(0, h).toFixed(1)} ${rnd(120, w).toFixed(1)} ${rnd(0, h).toFixed(1)}" fill="none" stroke="#${Math.floor(rnd(0x404040, 0x909090)).toString(16)}" stroke-width="${rnd(0.8, 1.8).toFixed(1)}"/>`;
  }
  return `${out}</svg>`;
}

/* ------------------------------------------------------------------ helpers */

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A JavaScript string literal safe inside an HTML attribute or a script block. */
function jsStr(s: string): string {
  return `'${s
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/</g, '\\x3c')
    .replace(/>/g, '\\x3e')
    .replace(/"/g, '\\x22')
    .replace(/&/g, '\\x26')}'`;
}

function md5(s: string): string {
  return createHash('md5').update(s, 'utf8').digest('hex');
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function fmtDate(d: Date): string {
  return `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}/${d.getFullYear()}`;
}

function fmtDateTime(d: Date): string {
  return `${fmtDate(d)} ${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
}

const STYLE = raw`<style type="text/css">
body { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 11px; color: #000000; }
td, th, input, select { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 11px; }
a { color: #003399; text-decoration: none; }
a:hover { color: #CC0000; text-decoration: underline; }
.heading { font-size: 14px; font-weight: bold; color: #1F4E79; }
.subheading { font-size: 12px; font-weight: bold; color: #1F4E79; }
.boxhead { background-color: #1F4E79; color: #FFFFFF; font-weight: bold; font-size: 12px; }
.lbl { background-color: #EAF1FB; font-weight: bold; color: #333333; }
.val { background-color: #FFFFFF; }
.button { font-weight: bold; color: #000000; background-color: #E3E3E3; border: 2px outset #C0C0C0; padding: 1px 10px; cursor: pointer; }
.textbox { border: 1px solid #7F9DB9; padding: 1px; }
.divError { color: #FF0000; font-weight: bold; }
.success { color: #006600; font-weight: bold; }
.navbar { background-color: #1F4E79; color: #FFFFFF; font-weight: bold; }
.navbar a { color: #FFFFFF; }
.footer { font-size: 10px; color: #555555; }
.grid th { background-color: #4F81BD; color: #FFFFFF; font-weight: bold; }
.homepageloginbtn { font-weight: bold; color: #FFFFFF; background-color: #C0392B; border: 2px outset #E57373; padding: 2px 14px; cursor: pointer; }
.btnlogin { font-weight: bold; color: #FFFFFF; background-color: #1F4E79; border: 2px outset #6A8FB8; padding: 2px 16px; cursor: pointer; }
.menulink { color: #000066; }
.menulinksel { color: #CC0000; font-weight: bold; }
.menufolder { color: #000000; font-weight: bold; }
</style>`;

const DOCTYPE = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">';
const FRAME_BUSTER = raw`<script language="JavaScript" type="text/javascript">
if (window.top != window.self) { window.top.location.href = window.self.location.href; }
</script>`;

/** Browser MD5 (the era's "md5.js"), used by the login page before the POST. */
const MD5_JS = raw`<script language="JavaScript" type="text/javascript">
function hex_md5(str) {
  var s = unescape(encodeURIComponent(str));
  var S = [7,12,17,22,7,12,17,22,7,12,17,22,7,12,17,22,5,9,14,20,5,9,14,20,5,9,14,20,5,9,14,20,4,11,16,23,4,11,16,23,4,11,16,23,4,11,16,23,6,10,15,21,6,10,15,21,6,10,15,21,6,10,15,21];
  var K = [], i, n = s.length, w = [];
  for (i = 0; i < 64; i++) { K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0; }
  var nw = (((n + 8) >> 6) + 1) * 16;
  for (i = 0; i < nw; i++) { w[i] = 0; }
  for (i = 0; i < n; i++) { w[i >> 2] |= (s.charCodeAt(i) & 255) << ((i % 4) * 8); }
  w[n >> 2] |= 0x80 << ((n % 4) * 8);
  w[nw - 2] = (n * 8) | 0;
  var h0 = 0x67452301, h1 = 0xefcdab89 | 0, h2 = 0x98badcfe | 0, h3 = 0x10325476;
  for (var blk = 0; blk < nw; blk += 16) {
    var a = h0, b = h1, c = h2, d = h3;
    for (i = 0; i < 64; i++) {
      var f, g;
      if (i < 16) { f = (b & c) | (~b & d); g = i; }
      else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
      else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) % 16; }
      else { f = c ^ (b | ~d); g = (7 * i) % 16; }
      var t = d; d = c; c = b;
      var x = (a + f + K[i] + w[blk + g]) | 0;
      b = (b + ((x << S[i]) | (x >>> (32 - S[i])))) | 0;
      a = t;
    }
    h0 = (h0 + a) | 0; h1 = (h1 + b) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0;
  }
  var hx = '0123456789abcdef', out = '', hs = [h0, h1, h2, h3];
  for (i = 0; i < 4; i++) {
    for (var j = 0; j < 4; j++) {
      var by = (hs[i] >>> (j * 8)) & 255;
      out += hx.charAt(by >> 4) + hx.charAt(by & 15);
    }
  }
  return out;
}
</script>`;

function doc(title: string, head: string, bodyAttrs: string, body: string): string {
  return `${DOCTYPE}
<html>
<head>
<title>${escapeHtml(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="Pragma" content="no-cache">
<meta http-equiv="Expires" content="-1">
${STYLE}
${head}
</head>
<body ${bodyAttrs}>
${body}
</body>
</html>`;
}

const COMMON_JS = raw`<script language="JavaScript" type="text/javascript">
function fnTrim(s) { return s.replace(/^\s+|\s+$/g, ''); }
</script>`;

/** A page inside the "main" frame. */
function mainPage(title: string, body: string, onloadJs = '', extraHead = ''): string {
  const onload = onloadJs
    ? raw`<script language="JavaScript" type="text/javascript">
window.onload = function () { ${onloadJs} };
</script>`
    : '';
  return doc(
    `e-Invoice System :: ${title}`,
    `${COMMON_JS}${extraHead}${onload}`,
    'bgcolor="#FFFFFF" leftmargin="8" topmargin="6" marginwidth="8" marginheight="6"',
    body,
  );
}

function breadcrumb(parts: string[]): string {
  return `<table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td><font size="1" color="#666666">You are here : ${parts
    .map((p) => escapeHtml(p))
    .join(
      ' &gt;&gt; ',
    )}</font></td><td align="right"><font size="1" color="#666666">${fmtDate(new Date())}</font></td></tr></table>
<hr size="1" noshade color="#9DB9D8">`;
}

/* ------------------------------------------------------------------ sessions */

interface Sess {
  id: string;
  lastSeen: number;
  salt: string;
  pendingUser: string;
  loggedIn: boolean;
  userName: string;
  showPopup: boolean;
  apiOtpAt: number;
  apiOtpVerified: boolean;
  contact: { name: string; mobile: string; email: string };
}

interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  path: string;
  query: URLSearchParams;
  method: string;
  form: URLSearchParams;
  sess: Sess | undefined;
  setCookie: string | undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 256 * 1024) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/* ------------------------------------------------------------------ the menu */

interface MenuNode {
  text: string;
  href?: string;
  children?: MenuNode[];
}

const PAGES: Record<string, string> = {
  EINV_GEN: 'Generate IRN',
  EINV_CAN: 'Cancel IRN',
  EINV_PRINT: 'Print e-Invoice',
  EINV_BULK: 'Bulk Upload',
  EWB_GEN: 'Generate by IRN',
  EWB_CAN: 'Cancel e-Way Bill',
  API_CHPWD: 'Change API Password',
  API_FREEZE: 'Freeze API User',
  API_IPWL: 'IP Whitelisting',
  MIS_IRN: 'IRN Generation Report',
  MIS_CAN: 'Cancelled IRN Report',
  MIS_SUM: 'Summary Report',
  UM_CREATE: 'Create Sub-User',
  UM_FREEZE: 'Freeze Sub-User',
  UM_UPD: 'Update Sub-User',
  CHPWD: 'Change Password',
};

function pageLeaf(id: string): MenuNode {
  return { text: PAGES[id] ?? id, href: `Page.asp?id=${id}` };
}

const MENU: MenuNode[] = [
  { text: 'Dash Board', href: 'Dashboard.asp' },
  {
    text: 'e-Invoice',
    children: [pageLeaf('EINV_GEN'), pageLeaf('EINV_CAN'), pageLeaf('EINV_PRINT'), pageLeaf('EINV_BULK')],
  },
  { text: 'e-Way Bill', children: [pageLeaf('EWB_GEN'), pageLeaf('EWB_CAN')] },
  {
    text: 'API Registration',
    children: [
      {
        text: 'User Credentials',
        children: [
          { text: 'Create API User', href: 'CreateAPIUser.asp' },
          pageLeaf('API_CHPWD'),
          pageLeaf('API_FREEZE'),
        ],
      },
      pageLeaf('API_IPWL'),
    ],
  },
  { text: 'MIS Reports', children: [pageLeaf('MIS_IRN'), pageLeaf('MIS_CAN'), pageLeaf('MIS_SUM')] },
  { text: 'User Management', children: [pageLeaf('UM_CREATE'), pageLeaf('UM_FREEZE'), pageLeaf('UM_UPD')] },
  pageLeaf('CHPWD'),
];

function menuTree(nodes: MenuNode[], counter: { n: number }, names: string[]): string {
  let out = '<table border="0" cellspacing="0" cellpadding="1">';
  for (const node of nodes) {
    if (node.children) {
      counter.n += 1;
      const id = counter.n;
      names[id] = node.text;
      const t = escapeHtml(node.text);
      out += `<tr><td width="12" valign="middle"><a href="javascript:fnToggle(${id});" target="_self"><img id="img${id}" src="${IMG_PLUS}" width="9" height="9" border="0" alt="Expand ${t}"></a></td><td width="18"><img id="fld${id}" src="${IMG_FOLDER}" width="16" height="14" border="0" alt=""></td><td nowrap><a href="javascript:fnToggle(${id});" target="_self" class="menufolder">${t}</a></td></tr>`;
      out += `<tr id="node${id}" style="display:none"><td></td><td colspan="2">${menuTree(node.children, counter, names)}</td></tr>`;
    } else {
      out += `<tr><td width="12"><img src="${IMG_BLANK}" width="9" height="9" border="0" alt=""></td><td width="18"><img src="${IMG_PAGE}" width="16" height="14" border="0" alt=""></td><td nowrap><a href="${node.href ?? '#'}" target="main" class="menulink" onclick="fnSel(this);">${escapeHtml(node.text)}</a></td></tr>`;
    }
  }
  return `${out}</table>`;
}

/* ------------------------------------------------------------------ the rendition */

export async function startFramesR20Rendition(options: FramesR20Options = {}): Promise<FramesR20Rendition> {
  const state: FramesR20State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** The older registration on file (not one made here: `state.users` holds those). */
  const seeded: FramesR20State['users'] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: 'API_unitedtera',
      password: 'Tera@2021Unit',
      createdOn: '14/10/2020 11:42:07',
    },
  ];
  const onFile = () => [...seeded, ...state.users];

  const sessions = new Map<string, Sess>();
  let expireUsed = false;

  function newSession(ctx: Ctx): Sess {
    const id = Array.from(randomBytes(24), (b) => String.fromCharCode(65 + (b % 26))).join('');
    const s: Sess = {
      id,
      lastSeen: Date.now(),
      salt: randomBytes(8).toString('hex'),
      pendingUser: '',
      loggedIn: false,
      userName: '',
      showPopup: false,
      apiOtpAt: 0,
      apiOtpVerified: false,
      contact: { name: 'Suresh Patil', mobile: '9822003210', email: 'it.support@unitedtrading.co.in' },
    };
    sessions.set(id, s);
    ctx.sess = s;
    ctx.setCookie = `${COOKIE}=${id}; path=/`;
    return s;
  }

  function findSession(req: IncomingMessage): Sess | undefined {
    const cookie = req.headers.cookie ?? '';
    for (const part of cookie.split(';')) {
      const eq = part.indexOf('=');
      if (eq < 0) continue;
      if (part.slice(0, eq).trim() !== COOKIE) continue;
      const s = sessions.get(part.slice(eq + 1).trim());
      if (!s) return undefined;
      if (Date.now() - s.lastSeen > SESSION_IDLE_MS) {
        sessions.delete(s.id);
        return undefined;
      }
      s.lastSeen = Date.now();
      return s;
    }
    return undefined;
  }

  function headers(ctx: Ctx, type: string): Record<string, string> {
    const h: Record<string, string> = {
      'Content-Type': type,
      'Cache-Control': 'private, no-cache, no-store',
      Server: 'Microsoft-IIS/6.0',
      'X-Powered-By': 'ASP.NET',
    };
    if (ctx.setCookie) h['Set-Cookie'] = ctx.setCookie;
    return h;
  }

  function sendHtml(ctx: Ctx, html: string, status = 200): void {
    ctx.res.writeHead(status, headers(ctx, 'text/html; charset=utf-8'));
    ctx.res.end(html);
  }

  function sendText(ctx: Ctx, text: string): void {
    ctx.res.writeHead(200, headers(ctx, 'text/plain; charset=utf-8'));
    ctx.res.end(text);
  }

  function redirect(ctx: Ctx, location: string): void {
    const h = headers(ctx, 'text/html; charset=utf-8');
    h.Location = location;
    ctx.res.writeHead(302, h);
    ctx.res.end(
      `<head><title>Object moved</title></head><body><h1>Object Moved</h1>This object may be found <a HREF="${escapeHtml(location)}">here</a>.</body>`,
    );
  }

  function lostSession(ctx: Ctx, ajax: boolean): void {
    if (ajax) sendText(ctx, 'SESSION_EXPIRED');
    else redirect(ctx, '/Login.asp?sess=exp');
  }

  /** The first request of the configured stage kills the session (once per server). */
  function tryExpire(ctx: Ctx, stage: FramesR20Expiry): boolean {
    if (options.expireOnce !== stage || expireUsed || !ctx.sess) return false;
    expireUsed = true;
    sessions.delete(ctx.sess.id);
    ctx.sess = undefined;
    state.expired.push(stage);
    return true;
  }

  /* -------------------------------------------------------------- home / login */

  function homePage(
    ctx: Ctx,
    o: { showLogin: boolean; msg?: string; msgClass?: string; alertMsg?: string; userName?: string },
  ): string {
    const sess = ctx.sess ?? newSession(ctx);
    sess.salt = randomBytes(8).toString('hex');
    const onload = [
      o.showLogin ? 'fnShowLogin();' : '',
      o.alertMsg ? `alert(${jsStr(o.alertMsg)});` : '',
    ].join(' ');
    const head = `${FRAME_BUSTER}${COMMON_JS}${MD5_JS}${raw`<script language="JavaScript" type="text/javascript">
function fnShowLogin() {
  document.getElementById('tdWelcome').style.display = 'none';
  document.getElementById('tblLogin').style.display = '';
  var f = document.frmLogin;
  if (f.txtUserName.value == '') { f.txtUserName.focus(); } else { f.txt_password.focus(); }
}
function fnRefreshCaptcha() {
  document.getElementById('captcha_image').src = 'CaptchaImage.asp?r=' + Math.random();
  document.frmLogin.CaptchaCode.value = '';
}
function fnValidateLogin() {
  var f = document.frmLogin;
  if (fnTrim(f.txtUserName.value) == '') { alert('Please enter User Name'); f.txtUserName.focus(); return false; }
  if (f.txt_password.value == '') { alert('Please enter Password'); f.txt_password.focus(); return false; }
  if (fnTrim(f.CaptchaCode.value) == '') { alert('Please enter the Captcha'); f.CaptchaCode.focus(); return false; }
  f.hdnPwdHash.value = hex_md5(hex_md5(f.txt_password.value) + f.hdnSalt.value);
  f.txt_password.value = '';
  return true;
}
function fnForgot(w) {
  alert('Please use the Forgot ' + w + ' facility of the GST Common Portal (www.gst.gov.in).');
}
window.onload = function () { ${onload} };
</script>`}`;
    const msg = o.msg
      ? `<font color="${o.msgClass === 'success' ? '#006600' : '#FF0000'}"><b>${escapeHtml(o.msg)}</b></font>`
      : '';
    const whatsNew = [
      'Two Factor Authentication (2FA) is mandatory for all taxpayers from 01/04/2025.',
      'OTP can be received by SMS, through the Sandes App or the NIC-GST-Shield App.',
      'Taxpayers with AATO of Rs. 10 Crore and above cannot report invoices older than 30 days.',
      'API users are to be created separately for each GSP through API Registration.',
    ]
      .map(
        (t) =>
          `<img src="${IMG_ARROW}" width="7" height="7" alt=""> ${escapeHtml(t)} <font color="#CC0000"><b>New</b></font><br><br>`,
      )
      .join('');
    const body = `<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td>
 <table width="100%" border="0" cellspacing="0" cellpadding="4" bgcolor="#FFFFFF" style="border-bottom:3px solid #F39C12">
 <tr>
  <td width="70" align="center"><img src="${EMBLEM}" width="60" height="60" alt="Emblem of India" border="0"></td>
  <td><font face="Georgia, Times New Roman" size="5" color="#1F4E79"><b>e-Invoice System</b></font><br>
   <font size="2" color="#555555">Goods and Services Tax, Government of India</font></td>
  <td align="right" valign="middle" nowrap>
   <input type="button" id="btnLogin" name="btnLogin" class="homepageloginbtn" value="Login" onclick="fnShowLogin();">
   &nbsp;&nbsp;
  </td>
 </tr>
 </table>
</td></tr>
<tr><td class="navbar">
 <table border="0" cellspacing="0" cellpadding="5"><tr>
  <td><a href="Default.asp">Home</a></td><td>|</td>
  <td><a href="javascript:alert('Please refer to the user manuals available on the portal.');">Help</a></td><td>|</td>
  <td><a href="javascript:alert('e-Invoice schema and API documentation are available on the e-Invoice Sandbox portal.');">Developer</a></td><td>|</td>
  <td><a href="javascript:alert('Helpdesk : 1800-1200-232 (Toll Free)');">Contact Us</a></td>
 </tr></table>
</td></tr>
<tr><td>
 <table width="100%" border="0" cellspacing="8" cellpadding="0">
 <tr>
  <td width="230" valign="top">
   <table width="100%" border="1" bordercolor="#9DB9D8" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
   <tr><td class="boxhead">What's New</td></tr>
   <tr><td height="260" valign="top"><marquee direction="up" scrollamount="1" scrolldelay="60" height="250" onmouseover="this.stop();" onmouseout="this.start();">${whatsNew}</marquee></td></tr>
   </table>
  </td>
  <td valign="top" align="center">
   <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
   <td id="tdWelcome" valign="top">
    <font size="3" color="#1F4E79"><b>Welcome to e-Invoice System</b></font><br><br>
    <font size="2">e-Invoicing is the system in which B2B invoices and other documents are authenticated electronically by the
    Invoice Registration Portal (IRP) for further use on the common GST portal. An Invoice Reference Number (IRN) is generated
    for every invoice reported.</font><br><br>
    <font size="2">Taxpayers registered on the GST Common Portal can login with their e-Invoice credentials. Click on
    <b>Login</b> at the top of the page to proceed.</font>
   </td>
   </tr><tr><td align="center">
   <form name="frmLogin" id="frmLogin" method="post" action="Login.asp" onsubmit="return fnValidateLogin();" autocomplete="off">
   <input type="hidden" name="hdnSalt" id="hdnSalt" value="${sess.salt}">
   <input type="hidden" name="hdnPwdHash" id="hdnPwdHash" value="">
   <table id="tblLogin" width="380" border="1" bordercolor="#9DB9D8" cellspacing="0" cellpadding="6" style="display:none;border-collapse:collapse">
    <tr><td colspan="2" class="boxhead">Login</td></tr>
    <tr><td colspan="2" align="center"><span id="lblMsg" class="divError">${msg}</span></td></tr>
    <tr><td class="lbl" width="40%" align="right">User Name <font color="#FF0000">*</font></td>
     <td><input type="text" name="txtUserName" id="txtUserName" class="textbox" size="24" maxlength="15" value="${escapeHtml(o.userName ?? '')}"></td></tr>
    <tr><td class="lbl" align="right">Password <font color="#FF0000">*</font></td>
     <td><input type="password" name="txt_password" id="txt_password" class="textbox" size="24" maxlength="15"></td></tr>
    <tr><td class="lbl" align="right">&nbsp;</td>
     <td><img id="captcha_image" src="CaptchaImage.asp?r=${Math.floor(Math.random() * 1e9)}" width="150" height="45" alt="Captcha" border="1" align="absmiddle">
      <a href="javascript:fnRefreshCaptcha();" target="_self"><img src="${IMG_REFRESH}" width="20" height="20" border="0" alt="Refresh Captcha" title="Refresh Captcha" align="absmiddle"></a></td></tr>
    <tr><td class="lbl" align="right">Enter Captcha <font color="#FF0000">*</font></td>
     <td><input type="text" name="CaptchaCode" id="CaptchaCode" class="textbox" size="12" maxlength="5"></td></tr>
    <tr><td>&nbsp;</td><td><input type="submit" name="btnSubmitLogin" id="btnSubmitLogin" class="btnlogin" value="Login">
     &nbsp;<input type="reset" name="btnReset" class="button" value="Reset"></td></tr>
    <tr><td colspan="2" align="center"><a href="javascript:fnForgot('Username');">Forgot Username</a> | <a href="javascript:fnForgot('Password');">Forgot Password</a></td></tr>
   </table>
   </form>
   </td></tr></table>
  </td>
  <td width="200" valign="top">
   <table width="100%" border="1" bordercolor="#9DB9D8" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
   <tr><td class="boxhead">Important Links</td></tr>
   <tr><td>&raquo; GST Common Portal<br>&raquo; e-Way Bill System<br>&raquo; e-Invoice Sandbox<br>&raquo; CBIC</td></tr>
   </table>
  </td>
 </tr>
 </table>
</td></tr>
<tr><td align="center" class="footer"><hr size="1" noshade color="#CCCCCC">
 Site designed, developed and hosted by National Informatics Centre.<br>
 Best viewed in Internet Explorer 6.0 and above at 1024 x 768 resolution.
</td></tr>
</table>`;
    return doc(
      'e-Invoice System',
      head,
      'bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"',
      body,
    );
  }

  function loginGet(ctx: Ctx): void {
    if (!ctx.sess) newSession(ctx);
    const q = ctx.query;
    let msg: string | undefined;
    let msgClass: string | undefined;
    if (q.get('sess') === 'exp') msg = 'Your session has expired. Please login again.';
    if (q.get('lo') === '1') {
      msg = 'You have successfully logged out.';
      msgClass = 'success';
    }
    const showLogin = ctx.path === '/login.asp';
    sendHtml(ctx, homePage(ctx, { showLogin, msg, msgClass }));
  }

  function loginPost(ctx: Ctx): void {
    const f = ctx.form;
    const userName = (f.get('txtUserName') ?? '').trim();
    if (!ctx.sess || f.get('hdnSalt') !== ctx.sess.salt) {
      if (!ctx.sess) newSession(ctx);
      sendHtml(
        ctx,
        homePage(ctx, { showLogin: true, userName, msg: 'Your session has expired. Please login again.' }),
      );
      return;
    }
    const sess = ctx.sess;
    const captcha = (f.get('CaptchaCode') ?? '').trim();
    if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
      state.refusals.push('captcha');
      const m = 'Invalid Captcha...Please try again.';
      sendHtml(ctx, homePage(ctx, { showLogin: true, userName, msg: m, alertMsg: m }));
      return;
    }
    const expected = md5(md5(FRAMES_R20_LOGIN.password) + sess.salt);
    if (
      userName.toLowerCase() !== FRAMES_R20_LOGIN.username.toLowerCase() ||
      f.get('hdnPwdHash') !== expected
    ) {
      state.refusals.push('login');
      const m = 'Invalid Login Credentials...Please try again.';
      sendHtml(ctx, homePage(ctx, { showLogin: true, userName, msg: m, alertMsg: m }));
      return;
    }
    sess.loggedIn = false;
    sess.pendingUser = FRAMES_R20_LOGIN.username;
    sess.apiOtpAt = 0;
    sess.apiOtpVerified = false;
    redirect(ctx, '/OTPVerify.asp');
  }

  /* -------------------------------------------------------------- 2FA */

  function otpPage(o: { msg?: string; msgOk?: boolean; alertMsg?: string }): string {
    const onload = `document.frmOTP.txtOtp.focus();${o.alertMsg ? ` alert(${jsStr(o.alertMsg)});` : ''}`;
    const head = `${FRAME_BUSTER}${COMMON_JS}${raw`<script language="JavaScript" type="text/javascript">
function fnValidateOTP() {
  var f = document.frmOTP;
  var v = fnTrim(f.txtOtp.value);
  if (v == '') { alert('Please enter the OTP'); f.txtOtp.focus(); return false; }
  if (!/^[0-9]{6}$/.test(v)) { alert('OTP should be of 6 digits'); f.txtOtp.focus(); return false; }
  f.hdnAction.value = 'VERIFY';
  return true;
}
function fnResend() {
  var f = document.frmOTP;
  f.hdnAction.value = 'RESEND';
  f.txtOtp.value = '';
  f.submit();
}
window.onload = function () { ${onload} };
</script>`}`;
    const msg = o.msg
      ? `<font color="${o.msgOk ? '#006600' : '#FF0000'}"><b>${escapeHtml(o.msg)}</b></font>`
      : '';
    const body = `<table width="100%" border="0" cellspacing="0" cellpadding="4" style="border-bottom:3px solid #F39C12">
<tr><td width="70" align="center"><img src="${EMBLEM}" width="60" height="60" alt="Emblem of India"></td>
<td><font face="Georgia, Times New Roman" size="5" color="#1F4E79"><b>e-Invoice System</b></font><br><font size="2" color="#555555">Goods and Services Tax, Government of India</font></td></tr>
</table>
<br><br>
<form name="frmOTP" id="frmOTP" method="post" action="OTPVerify.asp" onsubmit="return fnValidateOTP();" autocomplete="off">
<input type="hidden" name="hdnAction" value="VERIFY">
<table align="center" width="440" border="1" bordercolor="#9DB9D8" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr><td colspan="2" class="boxhead">Two Factor Authentication</td></tr>
<tr><td colspan="2"><font color="#006600">OTP has been sent to your registered mobile number ${MOBILE_MASKED} / Sandes App.
You may also use the OTP shown in the NIC-GST-Shield App.</font></td></tr>
<tr><td class="lbl" width="35%" align="right">Enter OTP <font color="#FF0000">*</font></td>
<td><input type="text" name="txtOtp" id="txtOtp" class="textbox" size="12" maxlength="6">
&nbsp;<a href="javascript:fnResend();">Resend OTP</a></td></tr>
<tr><td colspan="2" align="center"><span id="lblOtpMsg" class="divError">${msg}</span></td></tr>
<tr><td colspan="2" align="center"><input type="submit" name="btnVerifyOTP" id="btnVerifyOTP" class="btnlogin" value="Verify OTP">
&nbsp;<input type="button" name="btnCancel" class="button" value="Cancel" onclick="window.location.href='Logout.asp';"></td></tr>
</table>
</form>
<br><div align="center" class="footer">Site designed, developed and hosted by National Informatics Centre.</div>`;
    return doc(
      'e-Invoice System :: OTP Verification',
      head,
      'bgcolor="#FFFFFF" leftmargin="0" topmargin="0"',
      body,
    );
  }

  function otpRoute(ctx: Ctx): void {
    const sess = ctx.sess;
    if (!sess?.pendingUser) {
      lostSession(ctx, false);
      return;
    }
    if (ctx.method !== 'POST') {
      sendHtml(ctx, otpPage({}));
      return;
    }
    if (ctx.form.get('hdnAction') === 'RESEND') {
      const m = 'OTP has been resent to your registered mobile number.';
      sendHtml(ctx, otpPage({ msg: m, msgOk: true, alertMsg: m }));
      return;
    }
    const otp = (ctx.form.get('txtOtp') ?? '').trim();
    if (otp !== state.loginOtp) {
      state.refusals.push('login-otp');
      const m = 'Invalid OTP...Please enter the correct OTP.';
      sendHtml(ctx, otpPage({ msg: m, alertMsg: m }));
      return;
    }
    sess.loggedIn = true;
    sess.userName = sess.pendingUser;
    sess.pendingUser = '';
    sess.showPopup = true;
    redirect(ctx, '/Main.asp');
  }

  /* -------------------------------------------------------------- frameset */

  function mainFrameset(ctx: Ctx): void {
    sendHtml(
      ctx,
      `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
<html>
<head>
<title>e-Invoice System</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<frameset rows="96,*" frameborder="0" border="0" framespacing="0">
 <frame name="banner" id="banner" src="Top.asp" scrolling="no" noresize marginwidth="0" marginheight="0">
 <frameset cols="215,*" frameborder="1" border="2" framespacing="2" bordercolor="#9DB9D8">
  <frame name="menu" id="menu" src="Menu.asp" scrolling="auto" marginwidth="4" marginheight="4">
  <frame name="main" id="main" src="Dashboard.asp" scrolling="auto" marginwidth="8" marginheight="6">
 </frameset>
 <noframes>
 <body>This site requires a browser that supports frames. Please use Internet Explorer 6.0 or above.</body>
 </noframes>
</frameset>
</html>`,
    );
  }

  function topFrame(ctx: Ctx, sess: Sess): void {
    const body = `<table width="100%" height="90" border="0" cellspacing="0" cellpadding="3" style="border-bottom:3px solid #F39C12">
<tr>
 <td width="70" align="center" rowspan="2"><img src="${EMBLEM}" width="60" height="60" alt="Emblem of India"></td>
 <td rowspan="2"><font face="Georgia, Times New Roman" size="5" color="#1F4E79"><b>e-Invoice System</b></font><br>
  <font size="2" color="#555555">Goods and Services Tax, Government of India</font></td>
 <td align="right" valign="top" nowrap><font size="2">Welcome : <b>${escapeHtml(sess.userName)}</b></font><br>
  <font size="1">GSTIN : <b>${escapeHtml(state.gstin)}</b> &nbsp;|&nbsp; ${escapeHtml(LEGAL_NAME)}</font><br>
  <font size="1" color="#666666">Date : ${fmtDate(new Date())}</font></td>
</tr>
<tr><td align="right" valign="bottom" nowrap>
 <a href="Dashboard.asp" target="main">Home</a> &nbsp;|&nbsp;
 <a href="javascript:alert('Helpdesk : 1800-1200-232 (Toll Free)');" target="_self">Help</a> &nbsp;|&nbsp;
 <a href="Logout.asp" target="_top" onclick="return confirm('Are you sure you want to Logout?');"><font color="#CC0000"><b>Logout</b></font></a>
</td></tr>
</table>`;
    sendHtml(
      ctx,
      doc(
        'e-Invoice System',
        '',
        'bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"',
        body,
      ),
    );
  }

  function menuFrame(ctx: Ctx): void {
    const names: string[] = [];
    const tree = menuTree(MENU, { n: 0 }, names);
    const head = raw`<base target="main">
<script language="JavaScript" type="text/javascript">
var IMG_PLUS = '${IMG_PLUS}';
var IMG_MINUS = '${IMG_MINUS}';
var IMG_FOLDER = '${IMG_FOLDER}';
var IMG_FOLDER_OPEN = '${IMG_FOLDER_OPEN}';
var NODE_NAMES = ${JSON.stringify(names).replace(/</g, '\\u003c')};
var lastSel = null;
function fnToggle(id) {
  var n = document.getElementById('node' + id);
  var i = document.getElementById('img' + id);
  var f = document.getElementById('fld' + id);
  if (n.style.display == 'none') {
    n.style.display = '';
    i.src = IMG_MINUS; i.alt = 'Collapse ' + NODE_NAMES[id];
    f.src = IMG_FOLDER_OPEN;
  } else {
    n.style.display = 'none';
    i.src = IMG_PLUS; i.alt = 'Expand ' + NODE_NAMES[id];
    f.src = IMG_FOLDER;
  }
}
function fnSel(a) {
  if (lastSel != null) { lastSel.className = 'menulink'; }
  a.className = 'menulinksel';
  lastSel = a;
}
</script>`;
    const body = `<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="boxhead">Main Menu</td></tr>
<tr><td>${tree}</td></tr>
</table>`;
    sendHtml(ctx, doc('Menu', head, 'bgcolor="#EAF1FB" leftmargin="4" topmargin="4"', body));
  }

  /* -------------------------------------------------------------- dashboard */

  function dashboard(ctx: Ctx, sess: Sess): void {
    let alertMsg = '';
    if (ctx.method === 'POST' && ctx.form.get('hdnAction') === 'UPDCONTACT') {
      sess.contact = {
        name: (ctx.form.get('txtTPName') ?? '').trim(),
        mobile: (ctx.form.get('txtTPMobile') ?? '').trim(),
        email: (ctx.form.get('txtTPEmail') ?? '').trim(),
      };
      alertMsg = 'Contact details of Technical Person updated successfully.';
    }
    const popup = sess.showPopup && !alertMsg;
    sess.showPopup = false;
    const c = sess.contact;
    const popupHtml = [
      '<form name="frmContact" method="post" action="Dashboard.asp" style="margin:0">',
      '<input type="hidden" name="hdnAction" value="UPDCONTACT">',
      '<table width="100%" border="0" cellspacing="0" cellpadding="5">',
      '<tr><td class="boxhead">Contacts of Technical Person</td>',
      `<td class="boxhead" align="right" width="20"><a href="javascript:fnCloseTechPopup();"><img src="${IMG_CLOSE}" width="16" height="16" border="0" alt="Close" title="Close"></a></td></tr>`,
      '<tr><td colspan="2">Please verify the contact details of the technical person of your organisation. NIC will use these details for communication on API and technical matters.</td></tr>',
      '<tr><td colspan="2"><table width="100%" border="1" bordercolor="#9DB9D8" cellspacing="0" cellpadding="4" style="border-collapse:collapse">',
      `<tr><td class="lbl" width="35%">Name <font color="#FF0000">*</font></td><td><input type="text" name="txtTPName" class="textbox" size="30" maxlength="50" value="${escapeHtml(c.name)}"></td></tr>`,
      `<tr><td class="lbl">Mobile No. <font color="#FF0000">*</font></td><td><input type="text" name="txtTPMobile" class="textbox" size="15" maxlength="10" value="${escapeHtml(c.mobile)}"></td></tr>`,
      `<tr><td class="lbl">E-mail <font color="#FF0000">*</font></td><td><input type="text" name="txtTPEmail" class="textbox" size="30" maxlength="60" value="${escapeHtml(c.email)}"></td></tr>`,
      '</table></td></tr>',
      '<tr><td colspan="2" align="center"><input type="button" class="button" value="Update" onclick="fnUpdateContact();"> &nbsp; <input type="button" class="button" value="Exit" onclick="fnCloseTechPopup();"></td></tr>',
      '</table></form>',
    ].join('');
    const extraHead = raw`<script language="JavaScript" type="text/javascript">
var TECH_POPUP_HTML = ${jsStr(popupHtml)};
function fnShowTechPopup() {
  var h = Math.max(document.body.scrollHeight, document.documentElement.clientHeight, document.body.clientHeight);
  var ov = document.createElement('div');
  ov.id = 'divOverlay';
  ov.style.cssText = 'position:absolute;left:0px;top:0px;width:100%;height:' + h + 'px;background-color:#000000;filter:alpha(opacity=40);opacity:0.4;z-index:1000;';
  var box = document.createElement('div');
  box.id = 'divTechContact';
  var w = document.documentElement.clientWidth || document.body.clientWidth;
  box.style.cssText = 'position:absolute;top:60px;left:' + Math.max(10, Math.floor((w - 480) / 2)) + 'px;width:480px;background-color:#FFFFFF;border:2px solid #1F4E79;z-index:1001;';
  box.innerHTML = TECH_POPUP_HTML;
  document.body.appendChild(ov);
  document.body.appendChild(box);
}
function fnCloseTechPopup() {
  var ov = document.getElementById('divOverlay');
  var box = document.getElementById('divTechContact');
  if (box) { box.parentNode.removeChild(box); }
  if (ov) { ov.parentNode.removeChild(ov); }
}
function fnUpdateContact() {
  var f = document.frmContact;
  if (fnTrim(f.txtTPName.value) == '') { alert('Please enter the Name'); f.txtTPName.focus(); return; }
  if (!/^[6-9][0-9]{9}$/.test(fnTrim(f.txtTPMobile.value))) { alert('Please enter a valid 10 digit Mobile No.'); f.txtTPMobile.focus(); return; }
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(fnTrim(f.txtTPEmail.value))) { alert('Please enter a valid E-mail'); f.txtTPEmail.focus(); return; }
  f.submit();
}
</script>`;
    const onload = `${popup ? 'fnShowTechPopup();' : ''}${alertMsg ? ` alert(${jsStr(alertMsg)});` : ''}`;
    const card = (title: string, rows: [string, string][]): string =>
      `<table width="100%" border="1" bordercolor="#9DB9D8" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr><td colspan="2" class="boxhead">${title}</td></tr>
${rows.map(([k, v]) => `<tr><td class="lbl">${k}</td><td align="right" width="30%"><b>${v}</b></td></tr>`).join('\n')}
</table>`;
    const body = `${breadcrumb(['Dash Board'])}
<span class="heading">Dash Board</span><br><br>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td bgcolor="#FFF8DC" style="border:1px solid #F0C36D">
<marquee scrollamount="2" onmouseover="this.stop();" onmouseout="this.start();"><font color="#993300"><b>Two Factor Authentication is mandatory from 01/04/2025. API users should be created separately for each GSP.</b></font></marquee>
</td></tr></table><br>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
 <td width="48%" valign="top">${card('Generations', [
   ['IRNs generated today', '0'],
   ['IRNs generated this month', '148'],
   ['IRNs generated this year', '1,962'],
 ])}</td>
 <td width="4%">&nbsp;</td>
 <td width="48%" valign="top">${card('Cancelled', [
   ['IRNs cancelled today', '0'],
   ['IRNs cancelled this month', '3'],
   ['IRNs cancelled this year', '41'],
 ])}</td>
</tr>
</table>
<br>
<table width="100%" border="1" bordercolor="#9DB9D8" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr><td class="lbl" width="25%">GSTIN</td><td>${escapeHtml(state.gstin)}</td><td class="lbl" width="25%">Legal Name</td><td>${escapeHtml(LEGAL_NAME)}</td></tr>
<tr><td class="lbl">Registered Mobile</td><td>${MOBILE_MASKED}</td><td class="lbl">Last Login</td><td>${fmtDateTime(new Date(Date.now() - 3 * 86400000))}</td></tr>
</table>`;
    sendHtml(ctx, mainPage('Dash Board', body, onload, extraHead));
  }

  function genericPage(ctx: Ctx): void {
    const id = ctx.query.get('id') ?? '';
    const title = PAGES[id];
    if (!title) {
      notFound(ctx);
      return;
    }
    const body = `${breadcrumb([title])}
<span class="heading">${escapeHtml(title)}</span><br><br>
<table width="100%" border="1" bordercolor="#9DB9D8" cellspacing="0" cellpadding="5" style="border-collapse:collapse" class="grid">
<tr><th>Sl. No.</th><th>Details</th><th>Date</th><th>Status</th></tr>
<tr><td colspan="4" align="center"><font color="#FF0000">No Records Found.</font></td></tr>
</table>`;
    sendHtml(ctx, mainPage(title, body));
  }

  /* -------------------------------------------------------------- API OTP */

  const XHR_JS = raw`<script language="JavaScript" type="text/javascript">
function fnGetXmlHttp() {
  var x = null;
  try { x = new XMLHttpRequest(); } catch (e) {
    try { x = new ActiveXObject('Msxml2.XMLHTTP'); } catch (e2) { x = new ActiveXObject('Microsoft.XMLHTTP'); }
  }
  return x;
}
</script>`;

  function apiOtpPage(o: { msg?: string; alertMsg?: string }): string {
    const onload = `document.frmAPIOTP.txtApiOtp.focus();${o.alertMsg ? ` alert(${jsStr(o.alertMsg)});` : ''}`;
    const head = `${XHR_JS}${raw`<script language="JavaScript" type="text/javascript">
function fnVerify() {
  var f = document.frmAPIOTP;
  var v = fnTrim(f.txtApiOtp.value);
  if (v == '') { alert('Please enter the OTP'); f.txtApiOtp.focus(); return false; }
  if (!/^[0-9]{6}$/.test(v)) { alert('OTP should be of 6 digits'); f.txtApiOtp.focus(); return false; }
  return true;
}
function fnResendOTP() {
  var x = fnGetXmlHttp();
  x.open('POST', 'SendOTP.asp', true);
  x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
  x.onreadystatechange = function () {
    if (x.readyState != 4) { return; }
    var r = x.responseText;
    if (r.indexOf('SESSION_EXPIRED') == 0) {
      alert('Your session has expired. Please login again.');
      top.location.href = 'Login.asp?sess=exp';
      return;
    }
    if (x.status == 200 && r.indexOf('OK') == 0) {
      document.getElementById('lblApiOtpErr').innerHTML = '';
      alert('OTP has been resent to your registered mobile number.');
    } else {
      alert('Unable to send OTP. Please try again later.');
    }
  };
  x.send('hdnAction=RESEND');
}
</script>`}`;
    const body = `${breadcrumb(['API Registration', 'User Credentials', 'Create API User'])}
<span class="heading">API Registration</span><br><br>
<form name="frmAPIOTP" id="frmAPIOTP" method="post" action="CreateAPIUser.asp" onsubmit="return fnVerify();" autocomplete="off">
<input type="hidden" name="hdnAction" value="VERIFY">
<table width="520" border="1" bordercolor="#9DB9D8" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr><td colspan="2" class="boxhead">Create API User - OTP Verification</td></tr>
<tr><td colspan="2"><font color="#006600"><b>OTP has been sent to your registered mobile number ${MOBILE_MASKED}.</b></font></td></tr>
<tr><td class="lbl" width="35%">Enter OTP <font color="#FF0000">*</font></td>
<td><input type="text" name="txtApiOtp" id="txtApiOtp" class="textbox" size="12" maxlength="6">
&nbsp;<a href="javascript:fnResendOTP();" target="_self">Resend OTP</a></td></tr>
<tr><td colspan="2" align="center"><span id="lblApiOtpErr" class="divError">${o.msg ? escapeHtml(o.msg) : ''}</span></td></tr>
<tr><td colspan="2" align="center"><input type="submit" name="btnVerify" id="btnVerify" class="button" value="Verify OTP">
&nbsp;<input type="button" name="btnExit" class="button" value="Exit" onclick="window.location.href='Dashboard.asp';"></td></tr>
</table>
</form>
<br><font size="1" color="#666666">Note: The OTP is valid for 10 minutes.</font>`;
    return mainPage('Create API User', body, onload, head);
  }

  function createApiUser(ctx: Ctx): void {
    if (ctx.method === 'POST') {
      if (tryExpire(ctx, 'api-otp-verify')) {
        lostSession(ctx, false);
        return;
      }
      const sess = ctx.sess as Sess;
      const otp = (ctx.form.get('txtApiOtp') ?? '').trim();
      if (!sess.apiOtpAt || Date.now() - sess.apiOtpAt > API_OTP_VALID_MS) {
        state.refusals.push('api-otp');
        const m = 'OTP has expired. Please click on Resend OTP.';
        sendHtml(ctx, apiOtpPage({ msg: m, alertMsg: m }));
        return;
      }
      if (otp !== state.apiOtp) {
        state.refusals.push('api-otp');
        const m = 'Invalid OTP. Please enter the correct OTP.';
        sendHtml(ctx, apiOtpPage({ msg: m, alertMsg: m }));
        return;
      }
      sess.apiOtpVerified = true;
      redirect(ctx, '/APIRegistration.asp');
      return;
    }
    if (tryExpire(ctx, 'api-otp-send')) {
      lostSession(ctx, false);
      return;
    }
    const sess = ctx.sess as Sess;
    sess.apiOtpAt = Date.now();
    sess.apiOtpVerified = false;
    sendHtml(ctx, apiOtpPage({}));
  }

  function sendOtpAjax(ctx: Ctx): void {
    if (tryExpire(ctx, 'api-otp-send')) {
      lostSession(ctx, true);
      return;
    }
    const sess = ctx.sess as Sess;
    sess.apiOtpAt = Date.now();
    sess.apiOtpVerified = false;
    sendText(ctx, `OK|${MOBILE_MASKED}`);
  }

  /* -------------------------------------------------------------- registration */

  interface RegForm {
    regType: string;
    gspIdx: number;
    user: string;
    clientId: string;
    msg?: string;
    alertMsg?: string;
  }

  function regPage(o: RegForm): string {
    const show = (cond: boolean): string => (cond ? '' : ' style="display:none"');
    const isG = o.regType === 'G';
    const radio = (v: string, text: string): string =>
      `<input type="radio" name="rdoRegType" value="${v}"${o.regType === v ? ' checked' : ''} onclick="fnRegType(this.value);">${text}`;
    const options = GSPS.map(
      (g, i) => `<option value="${i + 1}"${o.gspIdx === i + 1 ? ' selected' : ''}>${escapeHtml(g)}</option>`,
    ).join('\n');
    const onload = o.alertMsg ? `alert(${jsStr(o.alertMsg)});` : '';
    const head = raw`<script language="JavaScript" type="text/javascript">
function fnRow(id, show) { var r = document.getElementById(id); if (r) { r.style.display = show ? '' : 'none'; } }
function fnRegType(v) {
  var g = (v == 'G');
  fnRow('trGSP', g); fnRow('trUser', g); fnRow('trPwd', g); fnRow('trRePwd', g); fnRow('trPwdNote', g);
  fnRow('trDirect', v == 'D'); fnRow('trERP', v == 'E'); fnRow('trOther', v == 'C');
}
function fnGetRegType() {
  var r = document.frmAPIReg.rdoRegType;
  for (var i = 0; i < r.length; i++) { if (r[i].checked) { return r[i].value; } }
  return '';
}
function fnCheckPwd(p) {
  return p.length >= 8 && p.length <= 15 && /[A-Z]/.test(p) && /[a-z]/.test(p) && /[0-9]/.test(p) && /[^A-Za-z0-9]/.test(p);
}
function fnSubmit() {
  var f = document.frmAPIReg;
  var t = fnGetRegType();
  if (t == '') { alert('Please select the option for which you wish to register your GSTIN.'); return; }
  if (t == 'D') { alert('Your GSTIN is not eligible for Direct API access. Please register through GSP.'); return; }
  if (t == 'E') { alert('Your GSTIN is not eligible for API access through ERP. Please register through GSP.'); return; }
  if (t == 'C') {
    if (fnTrim(f.txtClientId.value) == '') { alert('Please enter the Client-Id.'); f.txtClientId.focus(); return; }
    alert('The Client-Id entered is not valid.'); return;
  }
  if (f.ddlGSP.selectedIndex <= 0) { alert('Please select your GSP.'); f.ddlGSP.focus(); return; }
  var u = fnTrim(f.txtAPIUserName.value);
  if (u == '') { alert('Please enter the User Name.'); f.txtAPIUserName.focus(); return; }
  if (!/^[A-Za-z0-9]{4,11}$/.test(u)) { alert('User Name (after API_) should be 4 to 11 characters, letters and digits only.'); f.txtAPIUserName.focus(); return; }
  var p = f.txtPassword.value;
  if (p == '') { alert('Please enter the Password.'); f.txtPassword.focus(); return; }
  if (!fnCheckPwd(p)) { alert('Password should be 8 to 15 characters long and contain at least one upper case letter, one lower case letter, one number and one special character.'); f.txtPassword.focus(); return; }
  if (f.txtRePassword.value == '') { alert('Please re-enter the Password.'); f.txtRePassword.focus(); return; }
  if (p != f.txtRePassword.value) { alert('Password and Re-enter Password do not match.'); f.txtRePassword.value = ''; f.txtRePassword.focus(); return; }
  var gsp = f.ddlGSP.options[f.ddlGSP.selectedIndex].text;
  if (!confirm('Are you sure you want to create the API User API_' + u + ' for ' + gsp + ' ?')) { return; }
  f.hdnAction.value = 'SUBMIT';
  document.getElementById('btnSubmit').disabled = true;
  f.submit();
}
</script>`;
    const body = `${breadcrumb(['API Registration', 'User Credentials', 'Create API User'])}
<span class="heading">API Registration</span><br><br>
<form name="frmAPIReg" id="frmAPIReg" method="post" action="APIRegistration.asp" onsubmit="fnSubmit(); return false;" autocomplete="off">
<input type="hidden" name="hdnAction" value="">
<table width="640" border="1" bordercolor="#9DB9D8" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr><td colspan="2" class="boxhead">Create API User</td></tr>
<tr><td colspan="2" align="center"><span id="lblRegMsg" class="divError">${o.msg ? escapeHtml(o.msg) : ''}</span></td></tr>
<tr><td class="lbl" width="38%">GSTIN</td><td class="val"><b>${escapeHtml(state.gstin)}</b></td></tr>
<tr><td class="lbl">Legal Name</td><td class="val">${escapeHtml(LEGAL_NAME)}</td></tr>
<tr><td class="lbl">Do you wish to Register your GSTIN for <font color="#FF0000">*</font></td>
<td class="val">${radio('D', 'Directly')}&nbsp;&nbsp;${radio('G', 'Through GSP')}<br>${radio('E', 'Through ERP')}&nbsp;&nbsp;${radio('C', 'Through Client-Id of other')}</td></tr>
<tr id="trDirect"${show(o.regType === 'D')}><td colspan="2"><font color="#FF0000">Direct API access is available only to taxpayers whose aggregate turnover is above the limit notified by the Government.</font></td></tr>
<tr id="trERP"${show(o.regType === 'E')}><td colspan="2"><font color="#FF0000">API access through own ERP is available only to taxpayers whose aggregate turnover is above the limit notified by the Government.</font></td></tr>
<tr id="trOther"${show(o.regType === 'C')}><td class="lbl">Client-Id <font color="#FF0000">*</font></td><td class="val"><input type="text" name="txtClientId" class="textbox" size="34" maxlength="40" value="${escapeHtml(o.clientId)}"></td></tr>
<tr id="trGSP"${show(isG)}><td class="lbl">Select your GSP <font color="#FF0000">*</font></td>
<td class="val"><select name="ddlGSP" id="ddlGSP" class="textbox" style="width:340px">
<option value="">--Select GSP--</option>
${options}
</select></td></tr>
<tr id="trUser"${show(isG)}><td class="lbl">Username <font color="#FF0000">*</font></td>
<td class="val"><b>API_</b><input type="text" name="txtAPIUserName" id="txtAPIUserName" class="textbox" size="20" maxlength="11" value="${escapeHtml(o.user)}"></td></tr>
<tr id="trPwd"${show(isG)}><td class="lbl">Password <font color="#FF0000">*</font></td>
<td class="val"><input type="password" name="txtPassword" id="txtPassword" class="textbox" size="24" maxlength="15"></td></tr>
<tr id="trRePwd"${show(isG)}><td class="lbl">Re-enter Password <font color="#FF0000">*</font></td>
<td class="val"><input type="password" name="txtRePassword" id="txtRePassword" class="textbox" size="24" maxlength="15"></td></tr>
<tr id="trPwdNote"${show(isG)}><td colspan="2"><font size="1" color="#666666">Password should be 8 to 15 characters long and contain at least one upper case letter, one lower case letter, one number and one special character. User Name after the prefix API_ should be 4 to 11 letters or digits.</font></td></tr>
<tr><td colspan="2" align="center"><input type="button" name="btnSubmit" id="btnSubmit" class="button" value="Submit" onclick="fnSubmit();">
&nbsp;<input type="button" name="btnExit" id="btnExit" class="button" value="Exit" onclick="window.location.href='Dashboard.asp';"></td></tr>
</table>
</form>`;
    return mainPage('Create API User', body, onload, head);
  }

  function verdictPage(username: string, gsp: string): string {
    const rows = onFile()
      .filter((u) => u.gstin === state.gstin)
      .map(
        (u, i) =>
          `<tr><td align="center">${i + 1}</td><td>${escapeHtml(u.gsp)}</td><td>${escapeHtml(u.username)}</td><td>${escapeHtml(u.createdOn)}</td><td>Active</td></tr>`,
      )
      .join('\n');
    const body = `${breadcrumb(['API Registration', 'User Credentials', 'Create API User'])}
<span class="heading">API Registration</span><br><br>
<table width="640" border="0" cellspacing="0" cellpadding="4"><tr><td>
<span id="lblResult" class="success">API User ${escapeHtml(username)} has been created successfully for GSP ${escapeHtml(gsp)}. Please note down the User Name and Password.</span>
</td></tr></table><br>
<span class="subheading">List of GSPs registered for GSTIN ${escapeHtml(state.gstin)}</span><br><br>
<table width="640" border="1" bordercolor="#9DB9D8" cellspacing="0" cellpadding="5" style="border-collapse:collapse" class="grid">
<tr><th width="60">Sl. No.</th><th>GSP Name</th><th>API User Name</th><th>Created On</th><th>Status</th></tr>
${rows}
</table>
<br><input type="button" class="button" value="Back" onclick="window.location.href='Dashboard.asp';">`;
    return mainPage('Create API User', body, `alert(${jsStr('API User created successfully.')});`);
  }

  function apiRegistration(ctx: Ctx): void {
    const isSubmit = ctx.method === 'POST' && ctx.form.get('hdnAction') === 'SUBMIT';
    if (isSubmit && tryExpire(ctx, 'submit')) {
      lostSession(ctx, false);
      return;
    }
    const sess = ctx.sess as Sess;
    if (!sess.apiOtpVerified) {
      redirect(ctx, '/CreateAPIUser.asp');
      return;
    }
    const blank: RegForm = { regType: '', gspIdx: 0, user: '', clientId: '' };
    if (!isSubmit) {
      sendHtml(ctx, regPage(blank));
      return;
    }
    const f = ctx.form;
    const form: RegForm = {
      regType: f.get('rdoRegType') ?? '',
      gspIdx: Number.parseInt(f.get('ddlGSP') ?? '0', 10) || 0,
      user: (f.get('txtAPIUserName') ?? '').trim(),
      clientId: (f.get('txtClientId') ?? '').trim(),
    };
    const refuse = (m: string): void => sendHtml(ctx, regPage({ ...form, msg: m, alertMsg: m }));
    if (form.regType !== 'G') {
      refuse('Please select Through GSP to register your GSTIN with a GSP.');
      return;
    }
    const gsp = GSPS[form.gspIdx - 1];
    if (!gsp) {
      refuse('Please select your GSP.');
      return;
    }
    if (!/^[A-Za-z0-9]{4,11}$/.test(form.user)) {
      refuse('User Name (after API_) should be 4 to 11 characters, letters and digits only.');
      return;
    }
    const pwd = f.get('txtPassword') ?? '';
    if (
      pwd.length < 8 ||
      pwd.length > 15 ||
      !/[A-Z]/.test(pwd) ||
      !/[a-z]/.test(pwd) ||
      !/[0-9]/.test(pwd) ||
      !/[^A-Za-z0-9]/.test(pwd)
    ) {
      refuse(
        'Password should be 8 to 15 characters long and contain at least one upper case letter, one lower case letter, one number and one special character.',
      );
      return;
    }
    if (pwd !== (f.get('txtRePassword') ?? '')) {
      refuse('Password and Re-enter Password do not match.');
      return;
    }
    if (onFile().some((u) => u.gstin === state.gstin && u.gsp.toLowerCase() === gsp.toLowerCase())) {
      state.refusals.push('duplicate');
      refuse(
        `This GSTIN is already registered with the selected GSP (${gsp}). You cannot create one more API User for the same GSP.`,
      );
      return;
    }
    const username = `API_${form.user}`;
    if (onFile().some((u) => u.username.toLowerCase() === username.toLowerCase())) {
      state.refusals.push('username-taken');
      refuse(`User Name ${username} is already in use. Please choose a different User Name.`);
      return;
    }
    state.users.push({
      gstin: state.gstin,
      gsp,
      username,
      password: pwd,
      createdOn: fmtDateTime(new Date()),
    });
    sess.apiOtpVerified = false;
    sendHtml(ctx, verdictPage(username, gsp));
  }

  /* -------------------------------------------------------------- misc */

  function notFound(ctx: Ctx): void {
    sendHtml(
      ctx,
      `${DOCTYPE}<html><head><title>The page cannot be found</title></head><body><table width="500" border="0" cellspacing="10"><tr><td>
<h1 style="font:13pt Verdana">The page cannot be found</h1>
<font face="Verdana" size="2">The page you are looking for might have been removed, had its name changed, or is temporarily unavailable.
<hr>HTTP Error 404 - File or directory not found.<br>Internet Information Services (IIS)</font></td></tr></table></body></html>`,
      404,
    );
  }

  function logout(ctx: Ctx): void {
    if (ctx.sess) sessions.delete(ctx.sess.id);
    ctx.sess = undefined;
    redirect(ctx, '/Login.asp?lo=1');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const bodyText = method === 'POST' ? await readBody(req) : '';
    const ctx: Ctx = {
      req,
      res,
      path: u.pathname.toLowerCase(),
      query: u.searchParams,
      method,
      form: new URLSearchParams(bodyText),
      sess: findSession(req),
      setCookie: undefined,
    };
    switch (ctx.path) {
      case '/':
      case '/default.asp':
      case '/login.asp':
        if (method === 'POST' && ctx.path === '/login.asp') loginPost(ctx);
        else loginGet(ctx);
        return;
      case '/captchaimage.asp': {
        const h = headers(ctx, 'image/svg+xml');
        res.writeHead(200, h);
        res.end(captchaSvg(state.captcha));
        return;
      }
      case '/otpverify.asp':
        otpRoute(ctx);
        return;
      case '/logout.asp':
        logout(ctx);
        return;
      default:
        break;
    }
    const authed: Record<string, (c: Ctx, s: Sess) => void> = {
      '/main.asp': (c) => mainFrameset(c),
      '/top.asp': (c, s) => topFrame(c, s),
      '/menu.asp': (c) => menuFrame(c),
      '/dashboard.asp': (c, s) => dashboard(c, s),
      '/page.asp': (c) => genericPage(c),
      '/createapiuser.asp': (c) => createApiUser(c),
      '/sendotp.asp': (c) => sendOtpAjax(c),
      '/apiregistration.asp': (c) => apiRegistration(c),
    };
    const route = authed[ctx.path];
    if (!route) {
      notFound(ctx);
      return;
    }
    const sess = ctx.sess;
    if (!sess?.loggedIn) {
      lostSession(ctx, ctx.path === '/sendotp.asp');
      return;
    }
    route(ctx, sess);
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/html' });
      res.end(
        '<html><body><h2>Server Error in Application</h2>An error occurred on the server.</body></html>',
      );
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
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
