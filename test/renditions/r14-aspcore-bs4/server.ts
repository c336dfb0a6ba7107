/**
 * Rendition r14-aspcore-bs4: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2020-2024 ASP.NET Core MVC (Razor) site on
 * Bootstrap 4.6 would draw it: tag-helper forms with jQuery unobtrusive validation (`data-val-*`,
 * `span.field-validation-valid/-error`, `div.validation-summary-errors`, `__RequestVerificationToken`),
 * a top `navbar` plus the 'bootstrapious' collapsible sidebar (`nav#sidebar`, `ul.components`, nested
 * `ul.collapse.list-unstyled` groups animated by `.collapsing`), Bootstrap 4 modals with a separate
 * `div.modal-backdrop`, Noty toasts (bootstrap-v4 theme, top right, 3.5 s, progress bar), pretty-checkbox
 * radios, a Choices.js single select, and a white full-screen CSS page loader (`div#preloader`). Every
 * line of markup, style and script is written here; the libraries' DOM and behaviour are reproduced by a
 * small hand-written runtime; no library files, no icon fonts, no network.
 *
 * Choices made where the facts are silent (or where this design differs from the real portal):
 * - URLs: `/` is the public home page with a header button "Login" (`button#btnLogin.homepageloginbtn`)
 *   that reveals the login card; `/Account/Login` (the cookie-auth LoginPath, `?ReturnUrl=`) shows it
 *   open. The form posts to `/Home/Login`; the 2FA step is `/Account/VerifyOtp`; the dashboard is
 *   `/Home/MainMenu` (heading "Dash Board"); Create API User is `/ApiRegistration/CreateApiUser`.
 *   Routing is case-insensitive, as in ASP.NET Core.
 * - Login: `input#txtUserName`, `input#txt_password`, captcha `img#captcha_image` (an SVG from
 *   `/get-captcha-image` whose characters are drawn as little squares: no text anywhere), a refresh
 *   link, `input#CaptchaCode`; a salt from `/Home/GetKey`; the page posts `UserLogin.PasswordMD5` and
 *   `UserLogin.HiddenPasswordSha` = sha256(sha256(md5(pwd)) + salt) and overwrites the password box with
 *   that hash (the server never sees the password). Captcha first (case-insensitive), then credentials
 *   (username case-insensitive). Refusals re-render the page with a `div.validation-summary-errors`:
 *   "Invalid Captcha. Please enter the characters shown in the image." / "Invalid Login Credentials.
 *   Please check the Username and Password." (password and captcha boxes emptied, new picture).
 * - 2FA: card "Two Factor Authentication", one box `input#txtOtp` (6 digits), `button#btnVerifyOTP`
 *   "Verify OTP", a "Resend OTP" link (Noty). Wrong: summary "Invalid OTP. Please enter the valid OTP
 *   sent to your registered mobile number."; retries unlimited. Then to ReturnUrl or /Home/MainMenu.
 * - After login, on the first signed-in page: the modal "Advisory: e-Invoice Applicability" (× and
 *   "Close"), and 1 s after it is hidden the modal "Verify Registered E-mail Address" ("Verify Now",
 *   which opens a profile page, and "Remind me later"; no ×, keyboard off). Both static backdrops.
 * - Menu: Dash Board; e-Invoice (Generate IRN, Bulk Upload, Cancel IRN, Print e-Invoice); API
 *   Registration (User Credentials ▸ Create API User, View API Users; IP Whitelisting; Freeze API User;
 *   Change API Password); MIS Reports; User Management (Create Sub-User, Update Sub-User). Groups are
 *   collapsed unless they hold the current page; other leaves are placeholder pages.
 * - API OTP: card "API Registration" with "Send OTP" (AJAX POST `/ApiRegistration/SendOtp`), then
 *   "Enter OTP" as six `input.otp-input[maxlength=1]` boxes, "Verify OTP", "Resend OTP in 30s" ticking
 *   down. Verdicts are Noty toasts: "OTP has been sent to your registered mobile number XXXXXX7310.",
 *   "Invalid OTP. Please enter the valid OTP sent to your registered mobile number." (boxes emptied),
 *   "OTP verified successfully.". The verified form is then fetched as a partial view and inserted.
 *   The OTP is valid 10 minutes; a verified OTP lasts until one API user is created.
 * - Form: "Do you wish to Register your GSTIN for" as pretty-checkbox radios Directly / Through GSP /
 *   Through ERP / Through Client-Id of other. Only "Through GSP" fetches the GSP list
 *   (`/ApiRegistration/GetGspList`) into a Choices.js select "Select your GSP" (search "Search GSP",
 *   28 names) and shows Username (`API_` as an `input-group-prepend`), Password, Re-enter Password;
 *   the others show an `.alert-info` that the mode is not available. Username: 3 to 20 letters, digits
 *   or '_' after the prefix (a typed leading "API_" is not doubled). Password: 8 to 20 characters with
 *   an upper-case letter, a lower-case letter, a digit and a special character. "Submit" validates and
 *   opens the modal "Confirm Submission" ("Cancel" / "Confirm"); "Confirm" posts the form. "Exit" goes
 *   to the dashboard.
 * - Refusals after Submit re-render the page with a validation summary: "Your GSTIN <gstin> is already
 *   registered with <GSP>." (duplicate: an earlier registration with Tera Software Limited is on file,
 *   or any made here) and "User Name API_x is already taken. Please choose a different User Name."
 *   (username-taken: API_admin, API_test, API_demo, API_tera27 or any made here, case-insensitively).
 * - Success (post/redirect/get): `div.alert.alert-success` "API User created successfully." listing
 *   GSTIN, GSP and API User Name; the table "GSPs registered for GSTIN <gstin>" gains the row; the
 *   panel starts again at "Send OTP".
 * - Sessions: cookie `.AspNetCore.Session` naming server-side state (20 minutes idle); anti-forgery
 *   cookie + token on every POST (400 when wrong). A page request without a signed-in session is a 302
 *   to `/Account/Login?ReturnUrl=...`; when the cookie named a session that is gone, a TempData cookie
 *   carries "Session expired. Please login again." shown there as `div.alert.alert-warning`. An AJAX
 *   call (X-Requested-With) without a live session answers 401; the page script shows the Noty error
 *   "Session expired. Please login again." and goes to the login page 2 s later.
 * - expireOnce: the first request of that stage (SendOtp, VerifyOtp, or the Submit POST) deletes the
 *   server session first, so it answers as any lost session does.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type AspcoreBs4R14Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface AspcoreBs4R14Options {
  expireOnce?: AspcoreBs4R14Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface AspcoreBs4R14State {
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

export interface AspcoreBs4R14Rendition {
  url: string;
  close(): Promise<void>;
  state: AspcoreBs4R14State;
}

export const ASPCORE_BS4_R14_LOGIN: { username: string; password: string } = {
  username: 'fabricamh27',
  password: 'Einv#Login24',
};

const MOBILE_MASKED = 'XXXXXX7310';
const EMAIL_MASKED = 'r*****a@fabricaexports.in';
const LEGAL_NAME = 'FABRICA EXPORTS LLP';
const IDLE_MS = 20 * 60_000;
const OTP_VALID_MS = 10 * 60_000;
const SESSION_COOKIE = '.AspNetCore.Session';
const ANTIFORGERY_COOKIE = '.AspNetCore.Antiforgery.Xq3Lm9Rk2sE';
const TEMPDATA_COOKIE = '.AspNetCore.Mvc.CookieTempDataProvider';

/** The GSPs of the list, by the id the select posts. */
const GSPS: { id: string; name: string }[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Jio Platforms Limited',
  'KPMG India Services LLP',
  'Karvy Data Management Services Limited',
  'Masters India Private Limited',
  'Mastek Limited',
  'NSDL e-Governance Infrastructure Limited',
  'Relyon Softech Limited',
  'SAG Infotech Private Limited',
  'Seshaasai Business Forms Pvt Ltd',
  'Spice Digital Limited',
  'Taxilla IT Solutions Private Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Wep Digital Services Ltd',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
  'Zoho Corporation Private Limited',
].map((name, index) => ({ id: String(1001 + index * 7), name }));

/** Registrations on file before this portal started (not part of state.users). */
const EARLIER = [{ gsp: 'Tera Software Limited', username: 'API_tera27', createdOn: '14-08-2021 11:42:07' }];
const TAKEN_USERNAMES = ['API_admin', 'API_test', 'API_demo'];

interface Session {
  id: string;
  lastSeen: number;
  salt: string;
  /** Signed in (both factors). */
  authed: boolean;
  /** Username and password were right; the login OTP is due. */
  pending2fa: boolean;
  returnUrl: string;
  /** The post-login modals are still to be shown. */
  popups: boolean;
  apiOtpSentAt: number;
  apiOtpVerified: boolean;
}

interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  path: string;
  cookies: Record<string, string>;
  setCookies: string[];
  session: Session | undefined;
  /** The request's cookie named a session that no longer exists. */
  stale: boolean;
  ajax: boolean;
  antiforgeryId: string;
}

/** HTML-escapes text for element content and attribute values. */
function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    if (name) out[name] = decodeURIComponent(part.slice(at + 1).trim());
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

function md5Hex(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function nowStamp(date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}-${two(date.getMonth() + 1)}-${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/** A 5x7 bitmap font for the captcha picture: each glyph's rows, left pixel first. */
const GLYPHS: Record<string, string> = {
  '0': '01110 10001 10011 10101 11001 10001 01110',
  '1': '00100 01100 00100 00100 00100 00100 01110',
  '2': '01110 10001 00001 00010 00100 01000 11111',
  '3': '11111 00010 00100 00010 00001 10001 01110',
  '4': '00010 00110 01010 10010 11111 00010 00010',
  '5': '11111 10000 11110 00001 00001 10001 01110',
  '6': '00110 01000 10000 11110 10001 10001 01110',
  '7': '11111 00001 00010 00100 01000 01000 01000',
  '8': '01110 10001 10001 01110 10001 10001 01110',
  '9': '01110 10001 10001 01111 00001 00010 01100',
  A: '01110 10001 10001 11111 10001 10001 10001',
  B: '11110 10001 10001 11110 10001 10001 11110',
  C: '01110 10001 10000 10000 10000 10001 01110',
  D: '11100 10010 10001 10001 10001 10010 11100',
  E: '11111 10000 10000 11110 10000 10000 11111',
  F: '11111 10000 10000 11110 10000 10000 10000',
  G: '01110 10001 10000 10111 10001 10001 01111',
  H: '10001 10001 10001 11111 10001 10001 10001',
  I: '01110 00100 00100 00100 00100 00100 01110',
  J: '00111 00010 00010 00010 00010 10010 01100',
  K: '10001 10010 10100 11000 10100 10010 10001',
  L: '10000 10000 10000 10000 10000 10000 11111',
  M: '10001 11011 10101 10101 10001 10001 10001',
  N: '10001 10001 11001 10101 10011 10001 10001',
  O: '01110 10001 10001 10001 10001 10001 01110',
  P: '11110 10001 10001 11110 10000 10000 10000',
  Q: '01110 10001 10001 10001 10101 10010 01101',
  R: '11110 10001 10001 11110 10100 10010 10001',
  S: '01111 10000 10000 01110 00001 00001 11110',
  T: '11111 00100 00100 00100 00100 00100 00100',
  U: '10001 10001 10001 10001 10001 10001 01110',
  V: '10001 10001 10001 10001 10001 01010 00100',
  W: '10001 10001 10001 10101 10101 10101 01010',
  X: '10001 10001 01010 00100 01010 10001 10001',
  Y: '10001 10001 10001 01010 00100 00100 00100',
  Z: '11111 00001 00010 00100 01000 10000 11111',
};

/** The captcha picture: the characters as jittered squares, under noise lines and dots, fresh each time. */
function captchaSvg(text: string): string {
  const rnd = (min: number, max: number) => min + Math.random() * (max - min);
  const colors = ['#1d3557', '#6a040f', '#283618', '#3a0ca3', '#7f4f24', '#023e8a'];
  const parts: string[] = [];
  parts.push('<rect width="160" height="50" fill="#eef1f5"/>');
  for (let i = 0; i < 40; i++) {
    parts.push(
      `<circle cx="${rnd(0, 160).toFixed(1)}" cy="${rnd(0, 50).toFixed(1)}" r="${rnd(0.6, 1.8).toFixed(1)}" fill="#9aa5b1"/>`,
    );
  }
  [...text.toUpperCase()].forEach((char, index) => {
    const rows = (GLYPHS[char] ?? GLYPHS.X ?? '').split(' ');
    const color = colors[Math.floor(rnd(0, colors.length))] ?? '#1d3557';
    const x = 12 + index * 28 + rnd(-2, 2);
    const y = 9 + rnd(-3, 3);
    const angle = rnd(-16, 16).toFixed(1);
    const cells: string[] = [];
    rows.forEach((row, r) => {
      [...row].forEach((bit, c) => {
        if (bit === '1') {
          cells.push(
            `<rect x="${(c * 4 + rnd(-0.4, 0.4)).toFixed(2)}" y="${(r * 4.4 + rnd(-0.4, 0.4)).toFixed(2)}" width="4.2" height="4.4"/>`,
          );
        }
      });
    });
    parts.push(
      `<g fill="${color}" transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) rotate(${angle} 10 15)">${cells.join('')}</g>`,
    );
  });
  for (let i = 0; i < 5; i++) {
    parts.push(
      `<path d="M${rnd(0, 30).toFixed(1)} ${rnd(5, 45).toFixed(1)} Q${rnd(50, 110).toFixed(1)} ${rnd(-10, 60).toFixed(1)} ${rnd(130, 160).toFixed(1)} ${rnd(5, 45).toFixed(1)}" stroke="${colors[i % colors.length]}" stroke-width="${rnd(0.8, 1.6).toFixed(1)}" fill="none" opacity="0.7"/>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="160" height="50" viewBox="0 0 160 50">${parts.join('')}</svg>`;
}

/** wwwroot/lib/bootstrap/dist/css/bootstrap.min.css, the parts the views use (Bootstrap 4.6.2). */
const BOOTSTRAP_CSS = `
*,::after,::before{box-sizing:border-box}
html{font-family:sans-serif;line-height:1.15;-webkit-text-size-adjust:100%}
body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif;font-size:1rem;font-weight:400;line-height:1.5;color:#212529;text-align:left;background-color:#fff}
h1,h2,h3,h4,h5,h6{margin-top:0;margin-bottom:.5rem;font-weight:500;line-height:1.2}
h3{font-size:1.75rem}h4{font-size:1.5rem}h5{font-size:1.25rem}h6{font-size:1rem}
p{margin-top:0;margin-bottom:1rem}ul{margin-top:0;margin-bottom:1rem}ul ul{margin-bottom:0}
b,strong{font-weight:bolder}small,.small{font-size:80%;font-weight:400}
a{color:#007bff;text-decoration:none;background-color:transparent}a:hover{color:#0056b3;text-decoration:underline}
img{vertical-align:middle;border-style:none}svg{overflow:hidden;vertical-align:middle}
table{border-collapse:collapse}th{text-align:inherit;text-align:-webkit-match-parent}
label{display:inline-block;margin-bottom:.5rem}button{border-radius:0}
button,input,select{margin:0;font-family:inherit;font-size:inherit;line-height:inherit}
button,input{overflow:visible}button,select{text-transform:none}
[type=button],[type=submit],button{-webkit-appearance:button}
[type=button]:not(:disabled),[type=submit]:not(:disabled),button:not(:disabled){cursor:pointer}
[hidden]{display:none!important}hr{box-sizing:content-box;height:0;overflow:visible;margin-top:1rem;margin-bottom:1rem;border:0;border-top:1px solid rgba(0,0,0,.1)}
.container,.container-fluid{width:100%;padding-right:15px;padding-left:15px;margin-right:auto;margin-left:auto}
@media (min-width:1200px){.container{max-width:1140px}}
.row{display:flex;flex-wrap:wrap;margin-right:-15px;margin-left:-15px}
.col,.col-12,.col-md-3,.col-md-4,.col-md-5,.col-md-6,.col-md-7,.col-md-8,.col-lg-3,.col-lg-4,.col-lg-6,.col-lg-8,.col-sm-4,.col-sm-8{position:relative;width:100%;padding-right:15px;padding-left:15px}
.col{flex-basis:0;flex-grow:1;max-width:100%}.col-12{flex:0 0 100%;max-width:100%}
@media (min-width:576px){.col-sm-4{flex:0 0 33.333333%;max-width:33.333333%}.col-sm-8{flex:0 0 66.666667%;max-width:66.666667%}}
@media (min-width:768px){.col-md-3{flex:0 0 25%;max-width:25%}.col-md-4{flex:0 0 33.333333%;max-width:33.333333%}.col-md-5{flex:0 0 41.666667%;max-width:41.666667%}.col-md-6{flex:0 0 50%;max-width:50%}.col-md-7{flex:0 0 58.333333%;max-width:58.333333%}.col-md-8{flex:0 0 66.666667%;max-width:66.666667%}}
@media (min-width:992px){.col-lg-3{flex:0 0 25%;max-width:25%}.col-lg-4{flex:0 0 33.333333%;max-width:33.333333%}.col-lg-6{flex:0 0 50%;max-width:50%}.col-lg-8{flex:0 0 66.666667%;max-width:66.666667%}}
.table{width:100%;margin-bottom:1rem;color:#212529}.table td,.table th{padding:.75rem;vertical-align:top;border-top:1px solid #dee2e6}
.table thead th{vertical-align:bottom;border-bottom:2px solid #dee2e6}.table-sm td,.table-sm th{padding:.3rem}
.table-bordered,.table-bordered td,.table-bordered th{border:1px solid #dee2e6}.table-striped tbody tr:nth-of-type(odd){background-color:rgba(0,0,0,.05)}
.thead-light th{color:#495057;background-color:#e9ecef;border-color:#dee2e6}.table-responsive{display:block;width:100%;overflow-x:auto}
.form-control{display:block;width:100%;height:calc(1.5em + .75rem + 2px);padding:.375rem .75rem;font-size:1rem;font-weight:400;line-height:1.5;color:#495057;background-color:#fff;background-clip:padding-box;border:1px solid #ced4da;border-radius:.25rem;transition:border-color .15s ease-in-out,box-shadow .15s ease-in-out}
.form-control:focus{color:#495057;background-color:#fff;border-color:#80bdff;outline:0;box-shadow:0 0 0 .2rem rgba(0,123,255,.25)}
.form-control::placeholder{color:#6c757d;opacity:1}.form-control:disabled,.form-control[readonly]{background-color:#e9ecef;opacity:1}
.form-group{margin-bottom:1rem}.form-text{display:block;margin-top:.25rem}.col-form-label{padding-top:calc(.375rem + 1px);padding-bottom:calc(.375rem + 1px);margin-bottom:0;line-height:1.5}
.form-row{display:flex;flex-wrap:wrap;margin-right:-5px;margin-left:-5px}.form-row>[class*=col-]{padding-right:5px;padding-left:5px}
.btn{display:inline-block;font-weight:400;color:#212529;text-align:center;vertical-align:middle;user-select:none;background-color:transparent;border:1px solid transparent;padding:.375rem .75rem;font-size:1rem;line-height:1.5;border-radius:.25rem;transition:color .15s ease-in-out,background-color .15s ease-in-out,border-color .15s ease-in-out,box-shadow .15s ease-in-out}
.btn:hover{color:#212529;text-decoration:none}.btn:focus{outline:0;box-shadow:0 0 0 .2rem rgba(0,123,255,.25)}.btn.disabled,.btn:disabled{opacity:.65}
.btn-primary{color:#fff;background-color:#007bff;border-color:#007bff}.btn-primary:hover{color:#fff;background-color:#0069d9;border-color:#0062cc}
.btn-secondary{color:#fff;background-color:#6c757d;border-color:#6c757d}.btn-secondary:hover{color:#fff;background-color:#5a6268;border-color:#545b62}
.btn-success{color:#fff;background-color:#28a745;border-color:#28a745}.btn-success:hover{color:#fff;background-color:#218838;border-color:#1e7e34}
.btn-danger{color:#fff;background-color:#dc3545;border-color:#dc3545}.btn-danger:hover{color:#fff;background-color:#c82333;border-color:#bd2130}
.btn-info{color:#fff;background-color:#17a2b8;border-color:#17a2b8}.btn-info:hover{color:#fff;background-color:#138496;border-color:#117a8b}
.btn-outline-light{color:#f8f9fa;border-color:#f8f9fa}.btn-outline-light:hover{color:#212529;background-color:#f8f9fa;border-color:#f8f9fa}
.btn-link{font-weight:400;color:#007bff;text-decoration:none}.btn-link:hover{color:#0056b3;text-decoration:underline}
.btn-sm{padding:.25rem .5rem;font-size:.875rem;line-height:1.5;border-radius:.2rem}.btn-block{display:block;width:100%}
.fade{transition:opacity .15s linear}.fade:not(.show){opacity:0}
.collapse:not(.show){display:none}.collapsing{position:relative;height:0;overflow:hidden;transition:height .35s ease}
.dropdown{position:relative}.dropdown-toggle{white-space:nowrap}
.dropdown-toggle::after{display:inline-block;margin-left:.255em;vertical-align:.255em;content:"";border-top:.3em solid;border-right:.3em solid transparent;border-bottom:0;border-left:.3em solid transparent}
.dropdown-menu{position:absolute;top:100%;left:0;z-index:1000;display:none;float:left;min-width:10rem;padding:.5rem 0;margin:.125rem 0 0;font-size:1rem;color:#212529;text-align:left;list-style:none;background-color:#fff;background-clip:padding-box;border:1px solid rgba(0,0,0,.15);border-radius:.25rem}
.dropdown-menu-right{right:0;left:auto}.dropdown-menu.show{display:block}
.dropdown-item{display:block;width:100%;padding:.25rem 1.5rem;clear:both;font-weight:400;color:#212529;text-align:inherit;white-space:nowrap;background-color:transparent;border:0}
.dropdown-item:hover{color:#16181b;text-decoration:none;background-color:#e9ecef}.dropdown-divider{height:0;margin:.5rem 0;overflow:hidden;border-top:1px solid #e9ecef}
.input-group{position:relative;display:flex;flex-wrap:wrap;align-items:stretch;width:100%}
.input-group>.form-control{position:relative;flex:1 1 auto;width:1%;min-width:0;margin-bottom:0}
.input-group-append,.input-group-prepend{display:flex}.input-group-prepend{margin-right:-1px}.input-group-append{margin-left:-1px}
.input-group-text{display:flex;align-items:center;padding:.375rem .75rem;margin-bottom:0;font-size:1rem;font-weight:400;line-height:1.5;color:#495057;text-align:center;white-space:nowrap;background-color:#e9ecef;border:1px solid #ced4da;border-radius:.25rem}
.input-group>.input-group-prepend>.input-group-text{border-top-right-radius:0;border-bottom-right-radius:0}.input-group>.input-group-prepend+.form-control{border-top-left-radius:0;border-bottom-left-radius:0}
.input-group>.form-control:not(:last-child){border-top-right-radius:0;border-bottom-right-radius:0}.input-group>.input-group-append>.btn,.input-group>.input-group-append>.input-group-text{border-top-left-radius:0;border-bottom-left-radius:0}
.nav{display:flex;flex-wrap:wrap;padding-left:0;margin-bottom:0;list-style:none}.nav-link{display:block;padding:.5rem 1rem}
.navbar{position:relative;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;padding:.5rem 1rem}
.navbar-brand{display:inline-block;padding-top:.3125rem;padding-bottom:.3125rem;margin-right:1rem;font-size:1.25rem;line-height:inherit;white-space:nowrap}
.navbar-nav{display:flex;flex-direction:column;padding-left:0;margin-bottom:0;list-style:none}.navbar-nav .nav-link{padding-right:0;padding-left:0}.navbar-nav .dropdown-menu{position:static;float:none}
.navbar-text{display:inline-block;padding-top:.5rem;padding-bottom:.5rem}
.navbar>.container,.navbar>.container-fluid{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between}
.navbar-collapse{flex-basis:100%;flex-grow:1;align-items:center}
@media (min-width:992px){.navbar-expand-lg{flex-flow:row nowrap;justify-content:flex-start}.navbar-expand-lg .navbar-nav{flex-direction:row}.navbar-expand-lg .navbar-nav .dropdown-menu{position:absolute}.navbar-expand-lg .navbar-nav .nav-link{padding-right:.5rem;padding-left:.5rem}.navbar-expand-lg .navbar-collapse{display:flex!important;flex-basis:auto}.navbar-expand-lg>.container{flex-wrap:nowrap}}
.navbar-dark .navbar-brand,.navbar-dark .navbar-brand:hover{color:#fff}.navbar-dark .navbar-nav .nav-link{color:rgba(255,255,255,.75)}.navbar-dark .navbar-nav .nav-link:hover{color:#fff}.navbar-dark .navbar-text{color:rgba(255,255,255,.75)}
.fixed-top{position:fixed;top:0;right:0;left:0;z-index:1030}
.card{position:relative;display:flex;flex-direction:column;min-width:0;word-wrap:break-word;background-color:#fff;background-clip:border-box;border:1px solid rgba(0,0,0,.125);border-radius:.25rem}
.card-body{flex:1 1 auto;min-height:1px;padding:1.25rem}.card-title{margin-bottom:.75rem}.card-text:last-child{margin-bottom:0}
.card-header{padding:.75rem 1.25rem;margin-bottom:0;background-color:rgba(0,0,0,.03);border-bottom:1px solid rgba(0,0,0,.125)}.card-header:first-child{border-radius:calc(.25rem - 1px) calc(.25rem - 1px) 0 0}
.card-footer{padding:.75rem 1.25rem;background-color:rgba(0,0,0,.03);border-top:1px solid rgba(0,0,0,.125)}
.breadcrumb{display:flex;flex-wrap:wrap;padding:.75rem 1rem;margin-bottom:1rem;list-style:none;background-color:#e9ecef;border-radius:.25rem}
.breadcrumb-item+.breadcrumb-item{padding-left:.5rem}.breadcrumb-item+.breadcrumb-item::before{float:left;padding-right:.5rem;color:#6c757d;content:"/"}.breadcrumb-item.active{color:#6c757d}
.badge{display:inline-block;padding:.25em .4em;font-size:75%;font-weight:700;line-height:1;text-align:center;white-space:nowrap;vertical-align:baseline;border-radius:.25rem}.badge-success{color:#fff;background-color:#28a745}.badge-secondary{color:#fff;background-color:#6c757d}
.alert{position:relative;padding:.75rem 1.25rem;margin-bottom:1rem;border:1px solid transparent;border-radius:.25rem}.alert-heading{color:inherit}.alert-dismissible{padding-right:4rem}
.alert-dismissible .close{position:absolute;top:0;right:0;z-index:2;padding:.75rem 1.25rem;color:inherit}
.alert-success{color:#155724;background-color:#d4edda;border-color:#c3e6cb}.alert-info{color:#0c5460;background-color:#d1ecf1;border-color:#bee5eb}
.alert-warning{color:#856404;background-color:#fff3cd;border-color:#ffeeba}.alert-danger{color:#721c24;background-color:#f8d7da;border-color:#f5c6cb}
.close{float:right;font-size:1.5rem;font-weight:700;line-height:1;color:#000;text-shadow:0 1px 0 #fff;opacity:.5}.close:hover{color:#000;text-decoration:none;opacity:.75}
button.close{padding:0;background-color:transparent;border:0}
.modal-open{overflow:hidden}.modal-open .modal{overflow-x:hidden;overflow-y:auto}
.modal{position:fixed;top:0;left:0;z-index:1050;display:none;width:100%;height:100%;overflow:hidden;outline:0}
.modal-dialog{position:relative;width:auto;margin:.5rem;pointer-events:none}
.modal.fade .modal-dialog{transition:transform .3s ease-out;transform:translate(0,-50px)}.modal.show .modal-dialog{transform:none}
.modal.modal-static .modal-dialog{transform:scale(1.02)}
.modal-content{position:relative;display:flex;flex-direction:column;width:100%;pointer-events:auto;background-color:#fff;background-clip:padding-box;border:1px solid rgba(0,0,0,.2);border-radius:.3rem;outline:0}
.modal-backdrop{position:fixed;top:0;left:0;z-index:1040;width:100vw;height:100vh;background-color:#000}.modal-backdrop.fade{opacity:0}.modal-backdrop.show{opacity:.5}
.modal-header{display:flex;align-items:flex-start;justify-content:space-between;padding:1rem 1rem;border-bottom:1px solid #dee2e6;border-top-left-radius:calc(.3rem - 1px);border-top-right-radius:calc(.3rem - 1px)}
.modal-header .close{padding:1rem 1rem;margin:-1rem -1rem -1rem auto}.modal-title{margin-bottom:0;line-height:1.5}
.modal-body{position:relative;flex:1 1 auto;padding:1rem}
.modal-footer{display:flex;flex-wrap:wrap;align-items:center;justify-content:flex-end;padding:.75rem;border-top:1px solid #dee2e6;border-bottom-right-radius:calc(.3rem - 1px);border-bottom-left-radius:calc(.3rem - 1px)}.modal-footer>*{margin:.25rem}
@media (min-width:576px){.modal-dialog{max-width:500px;margin:1.75rem auto}.modal-dialog-centered{display:flex;align-items:center;min-height:calc(100% - 3.5rem)}}
@media (min-width:992px){.modal-lg{max-width:800px}}
.list-unstyled{padding-left:0;list-style:none}.shadow-sm{box-shadow:0 .125rem .25rem rgba(0,0,0,.075)!important}
.d-none{display:none!important}.d-inline-block{display:inline-block!important}.d-block{display:block!important}.d-flex{display:flex!important}
.justify-content-between{justify-content:space-between!important}.justify-content-center{justify-content:center!important}.align-items-center{align-items:center!important}
.ml-auto{margin-left:auto!important}.mr-auto{margin-right:auto!important}.ml-3{margin-left:1rem!important}.ml-4{margin-left:1.5rem!important}.mr-3{margin-right:1rem!important}.text-body{color:#212529!important}.mr-1{margin-right:.25rem!important}.mr-2{margin-right:.5rem!important}.ml-2{margin-left:.5rem!important}
.mt-1{margin-top:.25rem!important}.mt-2{margin-top:.5rem!important}.mt-3{margin-top:1rem!important}.mt-4{margin-top:1.5rem!important}
.mb-0{margin-bottom:0!important}.mb-1{margin-bottom:.25rem!important}.mb-2{margin-bottom:.5rem!important}.mb-3{margin-bottom:1rem!important}.mb-4{margin-bottom:1.5rem!important}
.p-0{padding:0!important}.py-2{padding-top:.5rem!important;padding-bottom:.5rem!important}.py-4{padding-top:1.5rem!important;padding-bottom:1.5rem!important}.px-3{padding-right:1rem!important;padding-left:1rem!important}
.w-100{width:100%!important}.text-center{text-align:center!important}.text-right{text-align:right!important}.text-uppercase{text-transform:uppercase!important}
.font-weight-bold{font-weight:700!important}.text-white{color:#fff!important}.text-muted{color:#6c757d!important}.text-danger{color:#dc3545!important}.text-success{color:#28a745!important}.text-primary{color:#007bff!important}
.bg-light{background-color:#f8f9fa!important}.bg-white{background-color:#fff!important}.border-0{border:0!important}.rounded{border-radius:.25rem!important}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
`;

/** lib/pretty-checkbox (3.0.3), lib/choices.js (9.0.1, choices.min.css), lib/noty (3.2, noty.css + bootstrap-v4 theme). */
const LIBS_CSS = `
.pretty *{box-sizing:border-box}.pretty input:not([type=checkbox]):not([type=radio]){display:none}
.pretty{position:relative;display:inline-block;margin-right:1em;white-space:nowrap;line-height:1}
.pretty input{position:absolute;left:0;top:0;min-width:1em;width:100%;height:100%;z-index:2;opacity:0;margin:0;padding:0;cursor:pointer}
.pretty .state label{position:initial;display:inline-block;font-weight:400;margin:0;text-indent:1.5em;min-width:calc(1em + 2px)}
.pretty .state label:after,.pretty .state label:before{content:'';width:calc(1em + 2px);height:calc(1em + 2px);display:block;box-sizing:border-box;border-radius:0;border:1px solid transparent;z-index:0;position:absolute;left:0;top:calc((0% - (100% - 1em)) - 8%);background-color:transparent}
.pretty .state label:before{border-color:#bdc3c7}
.pretty.p-default.p-fill .state label:after{transform:scale(1)}
.pretty.p-default .state label:after{transform:scale(.6)}
.pretty.p-default input:checked~.state label:after{background-color:#bdc3c7!important}
.pretty.p-default input:checked~.state.p-primary label:after{background-color:#428bca!important}
.pretty.p-round .state label:after,.pretty.p-round .state label:before{border-radius:100%}
.pretty input:focus~.state label:before{box-shadow:0 0 0 .15rem rgba(66,139,202,.35)}
.pretty input[disabled]{cursor:not-allowed;display:none}.pretty input[disabled]~*{opacity:.5}
.choices{position:relative;overflow:hidden;margin-bottom:24px;font-size:16px}.choices:focus{outline:0}.choices:last-child{margin-bottom:0}
.choices.is-open{overflow:initial}.choices.is-disabled .choices__inner{background-color:#eaeaea;cursor:not-allowed;user-select:none}
.choices [hidden]{display:none!important}.choices[data-type*=select-one]{cursor:pointer}
.choices[data-type*=select-one] .choices__inner{padding-bottom:7.5px}
.choices[data-type*=select-one] .choices__input{display:block;width:100%;padding:10px;border-bottom:1px solid #ddd;background-color:#fff;margin:0}
.choices[data-type*=select-one]:after{content:"";height:0;width:0;border-style:solid;border-color:#333 transparent transparent;border-width:5px;position:absolute;right:11.5px;top:50%;margin-top:-2.5px;pointer-events:none}
.choices[data-type*=select-one].is-open:after{border-color:transparent transparent #333;margin-top:-7.5px}
.choices__inner{display:inline-block;vertical-align:top;width:100%;background-color:#f9f9f9;padding:7.5px 7.5px 3.75px;border:1px solid #ddd;border-radius:2.5px;font-size:14px;min-height:44px;overflow:hidden}
.is-focused .choices__inner,.is-open .choices__inner{border-color:#b7b7b7}.is-open .choices__inner{border-radius:2.5px 2.5px 0 0}
.choices__list{margin:0;padding-left:0;list-style:none}.choices__list--single{display:inline-block;padding:4px 16px 4px 4px;width:100%}
.choices__list--single .choices__item{width:100%}
.choices__list--dropdown{visibility:hidden;z-index:1;position:absolute;width:100%;background-color:#fff;border:1px solid #ddd;top:100%;margin-top:-1px;border-bottom-left-radius:2.5px;border-bottom-right-radius:2.5px;overflow:hidden;word-break:break-all;will-change:visibility}
.choices__list--dropdown.is-active{visibility:visible}.is-open .choices__list--dropdown{border-color:#b7b7b7}
.choices__list--dropdown .choices__list{position:relative;max-height:300px;overflow:auto;-webkit-overflow-scrolling:touch;will-change:scroll-position}
.choices__list--dropdown .choices__item{position:relative;padding:10px;font-size:14px}
@media (min-width:640px){.choices__list--dropdown .choices__item--selectable{padding-right:100px}.choices__list--dropdown .choices__item--selectable:after{content:attr(data-select-text);font-size:12px;opacity:0;position:absolute;right:10px;top:50%;transform:translateY(-50%)}}
.choices__list--dropdown .choices__item--selectable.is-highlighted{background-color:#f2f2f2}.choices__list--dropdown .choices__item--selectable.is-highlighted:after{opacity:.5}
.choices__item{cursor:default}.choices__item--selectable{cursor:pointer}.choices__item--disabled{cursor:not-allowed;user-select:none;opacity:.5}
.choices__placeholder{opacity:.5}
.choices__input{display:inline-block;vertical-align:baseline;background-color:#f9f9f9;font-size:14px;margin-bottom:5px;border:0;border-radius:0;max-width:100%;padding:4px 0 4px 2px}.choices__input:focus{outline:0}
.noty_layout_mixin,#noty_layout__topRight{position:fixed;margin:0;padding:0;z-index:9999999;transform:translateZ(0) scale(1,1);backface-visibility:hidden;-webkit-font-smoothing:subpixel-antialiased;filter:blur(0);max-width:90%}
#noty_layout__topRight{top:20px;right:20px;width:325px}
.noty_progressbar{display:none}
.noty_has_timeout.noty_has_progressbar .noty_progressbar{display:block;position:absolute;left:0;bottom:0;height:3px;width:100%;background-color:#646464;opacity:.2;filter:alpha(opacity=10)}
.noty_bar{backface-visibility:hidden;transform:translate(0,0) translateZ(0) scale(1,1);-webkit-font-smoothing:subpixel-antialiased;overflow:hidden}
.noty_effects_open{opacity:0;transform:translate(50%);animation:noty_anim_in .5s cubic-bezier(.68,-.55,.265,1.55);animation-fill-mode:forwards}
.noty_effects_close{animation:noty_anim_out .5s cubic-bezier(.68,-.55,.265,1.55);animation-fill-mode:forwards}
.noty_fix_effects_height{animation:noty_anim_height 75ms ease-out}
.noty_close_with_click{cursor:pointer}
@keyframes noty_anim_in{100%{transform:translate(0);opacity:1}}
@keyframes noty_anim_out{100%{transform:translate(50%);opacity:0}}
@keyframes noty_anim_height{100%{height:0}}
.noty_theme__bootstrap-v4.noty_bar{margin:4px 0;overflow:hidden;position:relative;border:1px solid transparent;border-radius:.25rem}
.noty_theme__bootstrap-v4.noty_bar .noty_body{padding:.75rem 1.25rem}
.noty_theme__bootstrap-v4.noty_type__success{background-color:#dff0d8;color:#3c763d;border-color:#d6e9c6}
.noty_theme__bootstrap-v4.noty_type__error{background-color:#f2dede;color:#a94442;border-color:#ebccd1}
.noty_theme__bootstrap-v4.noty_type__warning{background-color:#fcf8e3;color:#8a6d3b;border-color:#faebcc}
.noty_theme__bootstrap-v4.noty_type__info{background-color:#d9edf7;color:#31708f;border-color:#bce8f1}
`;

/** wwwroot/css/site.css: the layout (bootstrapious sidebar), the loader, the home page and the forms. */
const SITE_CSS = `
html{font-size:15px}body{background:#f4f6f9}
#preloader{position:fixed;top:0;left:0;right:0;bottom:0;background-color:#fff;z-index:99999;opacity:1;transition:opacity .5s ease}
#preloader.preloader-hide{opacity:0}
#preloader #status{position:absolute;left:50%;top:50%;width:64px;height:64px;margin:-32px 0 0 -32px}
#preloader .spinner{width:64px;height:64px;border:6px solid #e3e8ef;border-top-color:#1f4e8c;border-radius:50%;animation:preloader-spin .9s linear infinite}
#preloader .loading-text{position:absolute;top:74px;left:-40px;width:144px;text-align:center;font-size:.8rem;color:#6c757d}
@keyframes preloader-spin{to{transform:rotate(360deg)}}
.navbar.top-nav{background:#14386b;min-height:56px;box-shadow:0 2px 4px rgba(0,0,0,.2)}
.navbar .navbar-brand img{margin-right:.5rem}.navbar .brand-sub{display:block;font-size:.7rem;color:rgba(255,255,255,.7);line-height:1}
.homepageloginbtn{border-radius:20px;padding:.3rem 1.5rem;font-weight:600}
#sidebarCollapse{width:40px;height:40px;background:transparent;border:0;cursor:pointer;margin-right:.75rem;padding:8px}
#sidebarCollapse span{width:100%;height:2px;margin:0 auto;display:block;background:#fff;transition:all .8s cubic-bezier(.81,-.33,.345,1.375)}
#sidebarCollapse span+span{margin-top:6px}
.wrapper{display:flex;width:100%;align-items:stretch;padding-top:56px}
#sidebar{min-width:250px;max-width:250px;min-height:calc(100vh - 56px);background:#1f4e8c;color:#fff;transition:all .3s}
#sidebar.active{margin-left:-250px}
#sidebar .sidebar-header{padding:16px 20px;background:#1a4379;font-size:.85rem}
#sidebar .sidebar-header strong{display:block;font-size:1rem}
#sidebar ul.components{padding:10px 0;border-bottom:1px solid #3d6aa6}
#sidebar ul p{color:#fff;padding:10px}
#sidebar ul li a{padding:10px 14px;font-size:1rem;display:block;color:#fff}
#sidebar ul li a:hover{color:#1f4e8c;background:#fff;text-decoration:none}
#sidebar ul li.active>a,#sidebar a[aria-expanded=true]{color:#fff;background:#17406f}
#sidebar a[data-toggle=collapse]{position:relative}
#sidebar .dropdown-toggle::after{display:block;position:absolute;top:50%;right:20px;transform:translateY(-50%)}
#sidebar ul ul a{font-size:.9em!important;padding-left:30px!important;background:#17406f}
#sidebar ul ul ul a{padding-left:46px!important;background:#133660}
#sidebar ul ul li.active>a{background:#0f2c50;font-weight:600}
#content{width:100%;padding:20px 24px;min-height:calc(100vh - 56px);transition:all .3s}
@media (max-width:768px){#sidebar{margin-left:-250px}#sidebar.active{margin-left:0}}
.page-title{font-size:1.35rem;color:#14386b;margin-bottom:1rem;font-weight:600}
.dash-card{border-left:4px solid #1f4e8c}.dash-card .count{font-size:1.8rem;font-weight:600;color:#14386b}
.card-header.bg-portal{background:#1f4e8c;color:#fff;font-weight:600}
.field-validation-error{display:block;font-size:.85rem;margin-top:.2rem}.field-validation-valid{display:none}
.input-validation-error{border-color:#dc3545!important}.input-validation-error:focus{box-shadow:0 0 0 .2rem rgba(220,53,69,.25)!important}
.validation-summary-valid{display:none}.validation-summary-errors ul{margin-bottom:.5rem;padding-left:1.2rem}
.required:after{content:" *";color:#dc3545}
.home-banner{background:linear-gradient(120deg,#14386b,#2a6db5);color:#fff;padding:40px 0 30px;margin-top:56px}
.home-banner h1{font-size:2rem;font-weight:600}.home-banner p{color:rgba(255,255,255,.85)}
.login-card{box-shadow:0 4px 18px rgba(0,0,0,.15);border:0}.login-card .card-header{background:#14386b;color:#fff;font-weight:600}
.captcha-row{display:flex;align-items:center}.captcha-row img{border:1px solid #ced4da;border-radius:.25rem}
.captcha-refresh{font-size:1.4rem;margin-left:.5rem;line-height:1;color:#1f4e8c}
.news-list li{padding:.45rem 0;border-bottom:1px dashed #ccd5e0}
.otp-group{display:flex}.otp-input{width:46px;height:50px;text-align:center;font-size:1.4rem;font-weight:600;margin-right:8px;border:1px solid #ced4da;border-radius:.25rem;color:#14386b}
.otp-input:focus{border-color:#80bdff;outline:0;box-shadow:0 0 0 .2rem rgba(0,123,255,.25)}
#lnkResendOtp.disabled,#lnkResendLoginOtp.disabled{pointer-events:none;color:#6c757d}
.radio-inline-group .pretty{margin:.35rem 1.5rem .35rem 0}
@media (min-width:768px){.offset-md-4{margin-left:33.333333%}}
footer.site-footer{background:#0f2c50;color:rgba(255,255,255,.75);font-size:.8rem;padding:12px 24px}
`;

/** lib/bootstrap/dist/js/bootstrap.bundle.js, the data-API parts the views use: collapse, modal, dropdown, alert. */
const BOOTSTRAP_JS = `
(function () {
  'use strict';
  function reflow(el) { return el.offsetHeight; }
  function fire(el, name, related) {
    var ev = new CustomEvent(name, { bubbles: true, cancelable: true, detail: { relatedTarget: related } });
    el.dispatchEvent(ev);
    return ev;
  }
  function afterTransition(el, ms, cb) {
    var done = false;
    function finish() { if (done) return; done = true; el.removeEventListener('transitionend', onEnd); cb(); }
    function onEnd(e) { if (e.target === el) finish(); }
    el.addEventListener('transitionend', onEnd);
    setTimeout(finish, ms + 5);
  }
  // ---- collapse ----
  function triggersOf(target) {
    return Array.prototype.filter.call(document.querySelectorAll('[data-toggle="collapse"]'), function (t) {
      return (t.getAttribute('data-target') || t.getAttribute('href')) === '#' + target.id;
    });
  }
  function collapseShow(target) {
    if (target.classList.contains('show') || target.classList.contains('collapsing')) return;
    if (fire(target, 'show.bs.collapse').defaultPrevented) return;
    target.classList.remove('collapse');
    target.classList.add('collapsing');
    target.style.height = '0';
    triggersOf(target).forEach(function (t) { t.classList.remove('collapsed'); t.setAttribute('aria-expanded', 'true'); });
    target.style.height = target.scrollHeight + 'px';
    afterTransition(target, 350, function () {
      target.classList.remove('collapsing');
      target.classList.add('collapse', 'show');
      target.style.height = '';
      fire(target, 'shown.bs.collapse');
    });
  }
  function collapseHide(target) {
    if (!target.classList.contains('show') || target.classList.contains('collapsing')) return;
    if (fire(target, 'hide.bs.collapse').defaultPrevented) return;
    target.style.height = target.getBoundingClientRect().height + 'px';
    reflow(target);
    target.classList.add('collapsing');
    target.classList.remove('collapse', 'show');
    triggersOf(target).forEach(function (t) { t.classList.add('collapsed'); t.setAttribute('aria-expanded', 'false'); });
    target.style.height = '';
    afterTransition(target, 350, function () {
      target.classList.remove('collapsing');
      target.classList.add('collapse');
      fire(target, 'hidden.bs.collapse');
    });
  }
  // ---- modal ----
  var scrollbarPad = '';
  function modalOf(el) { return el._bsModal || (el._bsModal = { shown: false, transitioning: false, backdrop: null }); }
  function modalShow(el, related) {
    var m = modalOf(el);
    if (m.shown || m.transitioning) return;
    if (fire(el, 'show.bs.modal', related).defaultPrevented) return;
    m.shown = true;
    m.transitioning = true;
    var body = document.body;
    if (document.documentElement.clientWidth < window.innerWidth) {
      var pad = window.innerWidth - document.documentElement.clientWidth;
      scrollbarPad = body.style.paddingRight;
      body.style.paddingRight = pad + 'px';
    }
    body.classList.add('modal-open');
    var backdrop = document.createElement('div');
    backdrop.className = 'modal-backdrop fade';
    body.appendChild(backdrop);
    m.backdrop = backdrop;
    reflow(backdrop);
    backdrop.classList.add('show');
    afterTransition(backdrop, 150, function () {
      el.style.display = 'block';
      el.removeAttribute('aria-hidden');
      el.setAttribute('aria-modal', 'true');
      el.setAttribute('role', 'dialog');
      el.scrollTop = 0;
      reflow(el);
      el.classList.add('show');
      afterTransition(el.querySelector('.modal-dialog') || el, 300, function () {
        m.transitioning = false;
        el.focus();
        fire(el, 'shown.bs.modal', related);
      });
    });
  }
  function modalHide(el) {
    var m = modalOf(el);
    if (!m.shown || m.transitioning) return;
    if (fire(el, 'hide.bs.modal').defaultPrevented) return;
    m.shown = false;
    m.transitioning = true;
    el.classList.remove('show');
    afterTransition(el.querySelector('.modal-dialog') || el, 300, function () {
      el.style.display = 'none';
      el.setAttribute('aria-hidden', 'true');
      el.removeAttribute('aria-modal');
      el.removeAttribute('role');
      var backdrop = m.backdrop;
      backdrop.classList.remove('show');
      afterTransition(backdrop, 150, function () {
        if (backdrop.parentNode) backdrop.parentNode.removeChild(backdrop);
        m.backdrop = null;
        m.transitioning = false;
        if (!document.querySelector('.modal.show')) {
          document.body.classList.remove('modal-open');
          document.body.style.paddingRight = scrollbarPad;
        }
        fire(el, 'hidden.bs.modal');
      });
    });
  }
  function modalStaticBounce(el) {
    if (fire(el, 'hidePrevented.bs.modal').defaultPrevented) return;
    el.classList.add('modal-static');
    setTimeout(function () { el.classList.remove('modal-static'); }, 300);
  }
  // ---- data API ----
  document.addEventListener('click', function (e) {
    var t = e.target instanceof Element ? e.target : null;
    if (!t) return;
    var toggle = t.closest('[data-toggle="collapse"]');
    if (toggle) {
      if (toggle.tagName === 'A') e.preventDefault();
      var target = document.querySelector(toggle.getAttribute('data-target') || toggle.getAttribute('href'));
      if (target) (target.classList.contains('show') ? collapseHide : collapseShow)(target);
      return;
    }
    var modalToggle = t.closest('[data-toggle="modal"]');
    if (modalToggle) {
      e.preventDefault();
      var modal = document.querySelector(modalToggle.getAttribute('data-target') || modalToggle.getAttribute('href'));
      if (modal) modalShow(modal, modalToggle);
      return;
    }
    var dismiss = t.closest('[data-dismiss="modal"]');
    if (dismiss && dismiss.closest('.modal')) { modalHide(dismiss.closest('.modal')); return; }
    var alertDismiss = t.closest('[data-dismiss="alert"]');
    if (alertDismiss && alertDismiss.closest('.alert')) {
      var alert = alertDismiss.closest('.alert');
      alert.classList.remove('show');
      setTimeout(function () { if (alert.parentNode) alert.parentNode.removeChild(alert); }, 150);
      return;
    }
    var dd = t.closest('[data-toggle="dropdown"]');
    var open = document.querySelectorAll('.dropdown-menu.show');
    Array.prototype.forEach.call(open, function (menu) {
      if (dd && menu.parentNode === dd.parentNode) return;
      menu.classList.remove('show');
      menu.parentNode.classList.remove('show');
      var tg = menu.parentNode.querySelector('[data-toggle="dropdown"]');
      if (tg) tg.setAttribute('aria-expanded', 'false');
    });
    if (dd) {
      e.preventDefault();
      var menu = dd.parentNode.querySelector('.dropdown-menu');
      var isOpen = menu.classList.toggle('show');
      dd.parentNode.classList.toggle('show', isOpen);
      dd.setAttribute('aria-expanded', isOpen ? 'true' : 'false');
    }
  });
  var downOn = null;
  document.addEventListener('mousedown', function (e) { downOn = e.target; });
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!(t instanceof Element) || !t.classList.contains('modal') || downOn !== t) return;
    var m = modalOf(t);
    if (!m.shown || m.transitioning) return;
    if (t.getAttribute('data-backdrop') === 'static') modalStaticBounce(t); else modalHide(t);
  });
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    var shown = document.querySelector('.modal.show');
    if (!shown || modalOf(shown).transitioning) return;
    if (shown.getAttribute('data-keyboard') === 'false') modalStaticBounce(shown); else modalHide(shown);
  });
  document.addEventListener('focusin', function (e) {
    var shown = document.querySelector('.modal.show');
    if (shown && e.target !== shown && !shown.contains(e.target) && !modalOf(shown).transitioning) shown.focus();
  });
  window.bootstrap4 = {
    modal: function (el, action) { if (action === 'hide') modalHide(el); else modalShow(el); },
    collapse: function (el, action) { if (action === 'hide') collapseHide(el); else collapseShow(el); }
  };
})();
`;

/** lib/noty/noty.js (v3.2.0-beta), the parts used: type, text, layout topRight, timeout, progress bar, closeWith click. */
const NOTY_JS = `
(function () {
  'use strict';
  function uuid() {
    return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
      var r = (Math.random() * 16) | 0;
      return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
    });
  }
  function Noty(options) {
    this.options = {
      type: options.type || 'alert', text: options.text || '', layout: options.layout || 'topRight',
      theme: options.theme || 'bootstrap-v4', timeout: options.timeout === undefined ? 3500 : options.timeout,
      progressBar: options.progressBar !== false
    };
    this.id = 'noty_bar_' + uuid();
    this.closed = false;
  }
  Noty.prototype.show = function () {
    var self = this, o = this.options;
    var layoutId = 'noty_layout__' + o.layout;
    var layout = document.getElementById(layoutId);
    if (!layout) {
      layout = document.createElement('div');
      layout.id = layoutId;
      layout.className = 'noty_layout';
      layout.setAttribute('role', 'alert');
      layout.setAttribute('aria-live', 'polite');
      document.body.appendChild(layout);
    }
    var bar = document.createElement('div');
    bar.id = this.id;
    bar.className = 'noty_bar noty_type__' + o.type + ' noty_theme__' + o.theme + ' noty_close_with_click' +
      (o.timeout ? ' noty_has_timeout' : '') + (o.timeout && o.progressBar ? ' noty_has_progressbar' : '');
    var body = document.createElement('div');
    body.className = 'noty_body';
    body.textContent = o.text;
    bar.appendChild(body);
    var progress = document.createElement('div');
    progress.className = 'noty_progressbar';
    bar.appendChild(progress);
    this.barDom = bar;
    this.progressDom = progress;
    bar.classList.add('noty_effects_open');
    layout.appendChild(bar);
    bar.addEventListener('animationend', function opened(e) {
      if (e.target !== bar) return;
      bar.removeEventListener('animationend', opened);
      bar.classList.remove('noty_effects_open');
    });
    bar.addEventListener('click', function () { self.close(); });
    bar.addEventListener('mouseenter', function () { self.stop(); });
    bar.addEventListener('mouseleave', function () { self.start(); });
    this.start();
    return this;
  };
  Noty.prototype.start = function () {
    var self = this, o = this.options;
    if (!o.timeout || this.closed) return;
    var p = this.progressDom;
    p.style.transition = 'none';
    p.style.width = '100%';
    p.offsetWidth;
    p.style.transition = 'width ' + o.timeout + 'ms linear';
    p.style.width = '0%';
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.close(); }, o.timeout);
  };
  Noty.prototype.stop = function () {
    clearTimeout(this.timer);
    if (this.progressDom) { this.progressDom.style.transition = 'none'; this.progressDom.style.width = '100%'; }
  };
  Noty.prototype.close = function () {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    var bar = this.barDom;
    bar.classList.remove('noty_effects_open');
    bar.classList.add('noty_effects_close');
    var gone = false;
    function remove() {
      if (gone) return;
      gone = true;
      var layout = bar.parentNode;
      if (layout) layout.removeChild(bar);
      if (layout && !layout.children.length && layout.parentNode) layout.parentNode.removeChild(layout);
    }
    bar.addEventListener('animationend', function (e) { if (e.target === bar) remove(); });
    setTimeout(remove, 600);
  };
  window.Noty = Noty;
})();
`;

/** wwwroot/js/site.js: the page loader, the AJAX helper (401 = session expired), the sidebar toggle. */
const SITE_JS = `
(function () {
  'use strict';
  var pending = 0, hideTimer = null;
  var Loader = {
    show: function () {
      var p = document.getElementById('preloader');
      if (!p) return;
      clearTimeout(hideTimer);
      p.style.display = 'block';
      p.offsetHeight;
      p.classList.remove('preloader-hide');
    },
    hide: function () {
      var p = document.getElementById('preloader');
      if (!p || p.style.display === 'none') return;
      p.classList.add('preloader-hide');
      clearTimeout(hideTimer);
      hideTimer = setTimeout(function () { p.style.display = 'none'; }, 500);
    }
  };
  window.PageLoader = Loader;
  window.addEventListener('load', function () { setTimeout(Loader.hide, 250); });
  window.addEventListener('pageshow', function (e) { if (e.persisted) Loader.hide(); });
  document.addEventListener('submit', function (e) { if (!e.defaultPrevented) Loader.show(); });

  function token() {
    var t = document.querySelector('input[name="__RequestVerificationToken"]');
    return t ? t.value : '';
  }
  function sessionExpired() {
    new Noty({ type: 'error', text: 'Session expired. Please login again.' }).show();
    setTimeout(function () {
      window.location.href = '/Account/Login?ReturnUrl=' + encodeURIComponent(window.location.pathname);
    }, 2000);
  }
  window.sessionExpired = sessionExpired;
  /** $.ajax, as the views call it: { type, url, data, success(data), complete() }. */
  window.portalAjax = function (opts) {
    var xhr = new XMLHttpRequest();
    var type = opts.type || 'GET';
    var body = null;
    var url = opts.url;
    if (opts.data) {
      var enc = Object.keys(opts.data).map(function (k) {
        return encodeURIComponent(k) + '=' + encodeURIComponent(opts.data[k]);
      }).join('&');
      if (type === 'GET') url += (url.indexOf('?') < 0 ? '?' : '&') + enc; else body = enc;
    }
    xhr.open(type, url, true);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.setRequestHeader('Accept', 'application/json, text/javascript, */*; q=0.01');
    if (type !== 'GET') {
      xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8');
      xhr.setRequestHeader('RequestVerificationToken', token());
    }
    pending++;
    Loader.show();
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) return;
      pending--;
      if (pending <= 0) { pending = 0; Loader.hide(); }
      if (opts.complete) opts.complete();
      if (xhr.status === 401) { sessionExpired(); return; }
      if (xhr.status >= 200 && xhr.status < 300) {
        var data = xhr.responseText;
        if ((xhr.getResponseHeader('Content-Type') || '').indexOf('json') >= 0) {
          try { data = JSON.parse(data); } catch (err) { data = null; }
        }
        if (opts.success) opts.success(data);
        return;
      }
      new Noty({ type: 'error', text: 'Something went wrong. Please try again later.' }).show();
    };
    xhr.send(body);
  };
  document.addEventListener('DOMContentLoaded', function () {
    var login = document.getElementById('btnLogin');
    if (login && !document.getElementById('divLogin')) login.addEventListener('click', function () {
      Loader.show();
      window.location.href = '/Account/Login';
    });
    var btn = document.getElementById('sidebarCollapse');
    if (btn) btn.addEventListener('click', function () {
      document.getElementById('sidebar').classList.toggle('active');
      document.getElementById('content').classList.toggle('active');
      btn.classList.toggle('active');
    });
  });
})();
`;

/** lib/jquery-validation + jquery-validation-unobtrusive, as they behave on these forms (ignore: ':hidden' except the Choices select). */
const VALIDATION_JS = `
(function () {
  'use strict';
  function fieldsOf(form) {
    return Array.prototype.filter.call(form.querySelectorAll('[data-val="true"]'), function (el) {
      if (el.disabled) return false;
      if (el.classList.contains('choices__input')) return !!el.closest('.form-group') && el.closest('.form-group').offsetParent !== null;
      if (el.type === 'radio') return el.closest('.form-group') && el.closest('.form-group').offsetParent !== null;
      return el.offsetParent !== null || el.getClientRects().length > 0;
    });
  }
  function valueOf(el) {
    if (el.type === 'radio') {
      var checked = el.form.querySelector('input[name="' + el.name + '"]:checked');
      return checked ? checked.value : '';
    }
    return (el.value || '').trim();
  }
  function check(el) {
    var v = valueOf(el);
    var d = el.dataset;
    if (d.valRequired !== undefined && !v) return d.valRequired;
    if (!v) return null;
    if (d.valLength !== undefined) {
      var min = Number(d.valLengthMin || 0), max = Number(d.valLengthMax || 1e9);
      if (v.length < min || v.length > max) return d.valLength;
    }
    if (d.valRegex !== undefined && !new RegExp('^(?:' + d.valRegexPattern + ')$').test(el.value)) return d.valRegex;
    if (d.valEqualto !== undefined) {
      var otherName = (d.valEqualtoOther || '').replace('*.', '');
      var other = el.form.querySelector('[name="' + otherName + '"]');
      if (other && other.value !== el.value) return d.valEqualto;
    }
    return null;
  }
  function show(el, message) {
    var form = el.form;
    var span = form.querySelector('[data-valmsg-for="' + el.name + '"]');
    var group = el.type === 'radio' ? form.querySelectorAll('input[name="' + el.name + '"]') : [el];
    Array.prototype.forEach.call(group, function (g) {
      g.classList.toggle('input-validation-error', !!message);
      g.classList.toggle('valid', !message);
      g.setAttribute('aria-invalid', message ? 'true' : 'false');
      if (message) g.setAttribute('aria-describedby', el.name + '-error');
    });
    if (el.classList.contains('choices__input')) {
      var inner = el.closest('.choices');
      if (inner) inner.querySelector('.choices__inner').classList.toggle('input-validation-error', !!message);
    }
    if (!span) return;
    if (message) {
      span.classList.remove('field-validation-valid');
      span.classList.add('field-validation-error');
      span.innerHTML = '';
      var inner2 = document.createElement('span');
      inner2.id = el.name + '-error';
      inner2.className = '';
      inner2.textContent = message;
      span.appendChild(inner2);
    } else {
      span.classList.remove('field-validation-error');
      span.classList.add('field-validation-valid');
      span.innerHTML = '';
    }
  }
  function validateField(el) { var m = check(el); show(el, m); return !m; }
  function valid(form) {
    var firstBad = null;
    var seen = {};
    fieldsOf(form).forEach(function (el) {
      if (el.type === 'radio') { if (seen[el.name]) return; seen[el.name] = true; }
      if (!validateField(el) && !firstBad) firstBad = el;
    });
    form._validated = true;
    if (firstBad) {
      if (firstBad.classList.contains('choices__input')) {
        var outer = firstBad.closest('.choices');
        if (outer) outer.focus();
      } else firstBad.focus();
    }
    return !firstBad;
  }
  function parse(form) {
    if (form._valParsed) return;
    form._valParsed = true;
    form.setAttribute('novalidate', 'novalidate');
    form.addEventListener('submit', function (e) { if (!valid(form)) { e.preventDefault(); e.stopImmediatePropagation(); } });
    ['keyup', 'focusout', 'change'].forEach(function (type) {
      form.addEventListener(type, function (e) {
        var el = e.target;
        if (!el || !el.dataset || el.dataset.val !== 'true') return;
        if (type === 'keyup' && (e.key === 'Tab' || e.key === 'Shift')) return;
        if (form._validated || el.classList.contains('input-validation-error') || (type === 'focusout' && el.value)) validateField(el);
      });
    });
  }
  window.unobtrusiveValidation = { parse: parse, valid: valid, validateField: validateField };
  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('form'), function (f) {
      if (f.querySelector('[data-val="true"]')) parse(f);
    });
  });
})();
`;

/** lib/choices.js/public/assets/scripts/choices.js (9.0.1), a single select with search, as it builds its DOM. */
const CHOICES_JS = `
(function () {
  'use strict';
  var uid = 0;
  function el(tag, cls, attrs) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function Choices(select, config) {
    var self = this;
    config = config || {};
    this.config = {
      searchPlaceholderValue: config.searchPlaceholderValue || null,
      itemSelectText: config.itemSelectText === undefined ? 'Press to select' : config.itemSelectText,
      noResultsText: config.noResultsText || 'No results found',
      noChoicesText: config.noChoicesText || 'No choices to choose from',
      shouldSort: !!config.shouldSort
    };
    this.passedElement = select;
    this.baseId = 'choices--' + (select.id || ('choices-' + (++uid)));
    this.choices = [];
    this.highlighted = null;
    this.isOpen = false;
    Array.prototype.forEach.call(select.options, function (o) {
      self._addChoice(o.value, o.textContent, o.selected && o.value !== '', o.value === '' || o.hasAttribute('placeholder'));
    });
    // containerOuter > containerInner > (passedElement, itemList); containerOuter > dropdown > (input, choiceList)
    var outer = el('div', 'choices', { 'data-type': 'select-one', tabindex: '0', role: 'combobox', 'aria-autocomplete': 'list', 'aria-haspopup': 'true', 'aria-expanded': 'false' });
    var inner = el('div', 'choices__inner');
    select.parentNode.insertBefore(outer, select);
    select.classList.add('choices__input');
    select.hidden = true;
    select.tabIndex = -1;
    select.setAttribute('data-choice', 'active');
    inner.appendChild(select);
    outer.appendChild(inner);
    var itemList = el('div', 'choices__list choices__list--single');
    inner.appendChild(itemList);
    var dropdown = el('div', 'choices__list choices__list--dropdown', { 'aria-expanded': 'false' });
    var input = el('input', 'choices__input choices__input--cloned', { type: 'text', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false', role: 'textbox', 'aria-autocomplete': 'list', 'aria-label': config.ariaLabel || (select.getAttribute('aria-label') || '') });
    if (this.config.searchPlaceholderValue) input.setAttribute('placeholder', this.config.searchPlaceholderValue);
    var choiceList = el('div', 'choices__list', { role: 'listbox' });
    dropdown.appendChild(input);
    dropdown.appendChild(choiceList);
    outer.appendChild(dropdown);
    this.containerOuter = outer; this.containerInner = inner; this.itemList = itemList;
    this.dropdown = dropdown; this.input = input; this.choiceList = choiceList;
    this._renderItems();
    this._renderChoices('');
    outer.addEventListener('focus', function () { outer.classList.add('is-focused'); });
    outer.addEventListener('blur', function () { setTimeout(function () { if (!outer.contains(document.activeElement)) { outer.classList.remove('is-focused'); self.hideDropdown(); } }, 0); });
    input.addEventListener('blur', function () { setTimeout(function () { if (!outer.contains(document.activeElement)) { outer.classList.remove('is-focused'); self.hideDropdown(); } }, 0); });
    outer.addEventListener('keydown', function (e) { self._onKeyDown(e); });
    input.addEventListener('input', function () { self._renderChoices(input.value); });
    choiceList.addEventListener('mouseover', function (e) {
      var c = e.target.closest && e.target.closest('[data-choice-selectable]');
      if (c) self._highlight(c);
    });
    outer.addEventListener('mousedown', function (e) {
      var c = e.target.closest && e.target.closest('[data-choice]');
      if (c && c.hasAttribute('data-choice-selectable')) { e.preventDefault(); self._choose(c.getAttribute('data-id')); return; }
      if (e.target !== input) e.preventDefault();
    });
    this._docClick = function (e) {
      if (outer.contains(e.target)) {
        if (!self.isOpen) { self.showDropdown(); }
        else if (!dropdown.contains(e.target)) { self.hideDropdown(); outer.focus(); }
      } else {
        outer.classList.remove('is-focused');
        self.hideDropdown();
      }
    };
    document.addEventListener('click', this._docClick);
    select._choices = this;
  }
  Choices.prototype._addChoice = function (value, label, selected, placeholder) {
    uid++;
    this.choices.push({ id: String(this.choices.length + 1), value: String(value), label: String(label), selected: !!selected, placeholder: !!placeholder });
  };
  Choices.prototype._selected = function () {
    return this.choices.filter(function (c) { return c.selected; })[0] || this.choices.filter(function (c) { return c.placeholder; })[0] || null;
  };
  Choices.prototype._renderItems = function () {
    var c = this._selected();
    this.itemList.innerHTML = '';
    var sel = this.passedElement;
    sel.innerHTML = '';
    if (!c) return;
    var item = el('div', 'choices__item choices__item--selectable' + (c.placeholder ? ' choices__placeholder' : ''), { 'data-item': '', 'data-id': c.id, 'data-value': c.value, 'data-custom-properties': 'null', 'aria-selected': 'true' });
    item.textContent = c.label;
    this.itemList.appendChild(item);
    var opt = document.createElement('option');
    opt.value = c.value;
    opt.textContent = c.label;
    opt.selected = true;
    if (c.placeholder) opt.setAttribute('placeholder', '');
    sel.appendChild(opt);
  };
  Choices.prototype._renderChoices = function (query) {
    var self = this, cfg = this.config;
    var q = (query || '').trim().toLowerCase();
    var list = this.choices;
    if (q) {
      list = list.filter(function (c) { return !c.placeholder; }).map(function (c) {
        var l = c.label.toLowerCase(), at = l.indexOf(q), i = 0, j = 0;
        if (at < 0) { while (i < l.length && j < q.length) { if (l[i] === q[j]) j++; i++; } }
        return { c: c, score: at >= 0 ? at : (j === q.length ? 1000 + i : -1) };
      }).filter(function (r) { return r.score >= 0; }).sort(function (a, b) { return a.score - b.score; }).map(function (r) { return r.c; });
    } else {
      list = list.filter(function (c) { return c.placeholder; }).concat(list.filter(function (c) { return !c.placeholder; }));
    }
    this.choiceList.innerHTML = '';
    this.choiceList.scrollTop = 0;
    if (!list.length) {
      var none = el('div', 'choices__item choices__item--choice ' + (q ? 'has-no-results' : 'has-no-choices'));
      none.textContent = q ? cfg.noResultsText : cfg.noChoicesText;
      this.choiceList.appendChild(none);
      this.highlighted = null;
      return;
    }
    list.forEach(function (c) {
      var node = el('div', 'choices__item choices__item--choice' + (c.selected ? ' is-selected' : '') + (c.placeholder ? ' choices__placeholder' : '') + ' choices__item--selectable', {
        'data-select-text': cfg.itemSelectText, 'data-choice': '', 'data-id': c.id, 'data-value': c.value, 'data-choice-selectable': '',
        id: self.baseId + '-item-choice-' + c.id, role: 'option'
      });
      node.textContent = c.label;
      self.choiceList.appendChild(node);
    });
    this._highlight(this.choiceList.querySelector('[data-choice-selectable]'));
  };
  Choices.prototype._highlight = function (node) {
    Array.prototype.forEach.call(this.choiceList.querySelectorAll('.is-highlighted'), function (n) {
      n.classList.remove('is-highlighted');
      n.setAttribute('aria-selected', 'false');
    });
    this.highlighted = node || null;
    if (!node) return;
    node.classList.add('is-highlighted');
    node.setAttribute('aria-selected', 'true');
    this.containerOuter.setAttribute('aria-activedescendant', node.id);
  };
  Choices.prototype._move = function (step) {
    var nodes = Array.prototype.slice.call(this.choiceList.querySelectorAll('[data-choice-selectable]'));
    if (!nodes.length) return;
    var at = nodes.indexOf(this.highlighted);
    var next = nodes[Math.max(0, Math.min(nodes.length - 1, at + step))];
    this._highlight(next);
    var top = next.offsetTop, list = this.choiceList;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + next.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top + next.offsetHeight - list.clientHeight;
  };
  Choices.prototype._onKeyDown = function (e) {
    var k = e.key;
    if (!this.isOpen) {
      if (k === 'Enter' || k === 'ArrowDown' || k === 'ArrowUp' || k === ' ') { e.preventDefault(); this.showDropdown(); }
      else if (k.length === 1 && e.target === this.containerOuter) { this.showDropdown(); }
      return;
    }
    if (k === 'ArrowDown' || k === 'PageDown') { e.preventDefault(); this._move(k === 'PageDown' ? 5 : 1); }
    else if (k === 'ArrowUp' || k === 'PageUp') { e.preventDefault(); this._move(k === 'PageUp' ? -5 : -1); }
    else if (k === 'Enter') { e.preventDefault(); if (this.highlighted) this._choose(this.highlighted.getAttribute('data-id')); }
    else if (k === 'Escape') { this.hideDropdown(); this.containerOuter.focus(); }
  };
  Choices.prototype._choose = function (id) {
    var chosen = null;
    this.choices.forEach(function (c) { c.selected = c.id === id && !c.placeholder; if (c.id === id) chosen = c; });
    if (!chosen) return;
    this._renderItems();
    this.input.value = '';
    this._renderChoices('');
    this.hideDropdown();
    this.containerOuter.focus();
    var sel = this.passedElement, detail = { id: Number(chosen.id), value: chosen.value, label: chosen.label };
    sel.dispatchEvent(new CustomEvent('addItem', { bubbles: true, detail: detail }));
    sel.dispatchEvent(new CustomEvent('choice', { bubbles: true, detail: { choice: detail } }));
    sel.dispatchEvent(new CustomEvent('change', { bubbles: true, detail: { value: chosen.value } }));
  };
  Choices.prototype.showDropdown = function () {
    if (this.isOpen || this.containerOuter.classList.contains('is-disabled')) return this;
    this.isOpen = true;
    this.containerOuter.classList.add('is-open', 'is-focused');
    this.containerOuter.setAttribute('aria-expanded', 'true');
    this.dropdown.classList.add('is-active');
    this.dropdown.setAttribute('aria-expanded', 'true');
    this._renderChoices(this.input.value);
    this.input.focus();
    this.passedElement.dispatchEvent(new CustomEvent('showDropdown', { bubbles: true }));
    return this;
  };
  Choices.prototype.hideDropdown = function () {
    if (!this.isOpen) return this;
    this.isOpen = false;
    this.containerOuter.classList.remove('is-open');
    this.containerOuter.setAttribute('aria-expanded', 'false');
    this.containerOuter.removeAttribute('aria-activedescendant');
    this.dropdown.classList.remove('is-active');
    this.dropdown.setAttribute('aria-expanded', 'false');
    this.input.value = '';
    this.passedElement.dispatchEvent(new CustomEvent('hideDropdown', { bubbles: true }));
    return this;
  };
  Choices.prototype.setChoices = function (items, value, label, replace) {
    var self = this;
    if (replace) this.choices = this.choices.filter(function (c) { return c.placeholder; }).map(function (c) { c.selected = false; return c; });
    items.forEach(function (it) { self._addChoice(it[value || 'value'], it[label || 'label'], !!it.selected, false); });
    this._renderItems();
    this._renderChoices('');
    return this;
  };
  Choices.prototype.getValue = function (valueOnly) {
    var c = this._selected();
    if (!c || c.placeholder) return valueOnly ? '' : undefined;
    return valueOnly ? c.value : { value: c.value, label: c.label };
  };
  window.Choices = Choices;
})();
`;

/** wwwroot/js/hash.js: md5 and sha256 over UTF-8, hex (the login page hashes the password before posting). */
const HASH_JS = `
(function () {
  'use strict';
  function hex32le(n) { var s = ''; for (var i = 0; i < 4; i++) s += ('0' + ((n >>> (i * 8)) & 255).toString(16)).slice(-2); return s; }
  function md5(str) {
    var bytes = new TextEncoder().encode(str), len = bytes.length, i;
    var S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
    var K = [];
    for (i = 0; i < 64; i++) K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0;
    var blocks = ((len + 8) >>> 6) + 1, W = new Array(blocks * 16).fill(0);
    for (i = 0; i < len; i++) W[i >> 2] |= bytes[i] << ((i % 4) * 8);
    W[len >> 2] |= 0x80 << ((len % 4) * 8);
    W[blocks * 16 - 2] = (len * 8) >>> 0;
    W[blocks * 16 - 1] = Math.floor((len * 8) / 4294967296);
    var a0 = 0x67452301, b0 = 0xefcdab89 | 0, c0 = 0x98badcfe | 0, d0 = 0x10325476;
    for (var blk = 0; blk < W.length; blk += 16) {
      var A = a0, B = b0, C = c0, D = d0;
      for (i = 0; i < 64; i++) {
        var F, g, r = i >> 4;
        if (r === 0) { F = (B & C) | (~B & D); g = i; }
        else if (r === 1) { F = (D & B) | (~D & C); g = (5 * i + 1) % 16; }
        else if (r === 2) { F = B ^ C ^ D; g = (3 * i + 5) % 16; }
        else { F = C ^ (B | ~D); g = (7 * i) % 16; }
        var s = S[r * 4 + (i % 4)];
        var x = (A + F + K[i] + W[blk + g]) | 0;
        A = D; D = C; C = B;
        B = (B + ((x << s) | (x >>> (32 - s)))) | 0;
      }
      a0 = (a0 + A) | 0; b0 = (b0 + B) | 0; c0 = (c0 + C) | 0; d0 = (d0 + D) | 0;
    }
    return hex32le(a0) + hex32le(b0) + hex32le(c0) + hex32le(d0);
  }
  function sha256(str) {
    var bytes = new TextEncoder().encode(str), len = bytes.length, i, t;
    var primes = [];
    for (var c = 2; primes.length < 64; c++) { var p = true; for (var d = 2; d * d <= c; d++) if (c % d === 0) { p = false; break; } if (p) primes.push(c); }
    function frac(x) { return ((x - Math.floor(x)) * 4294967296) | 0; }
    var H = [], K = [];
    for (i = 0; i < 8; i++) H[i] = frac(Math.sqrt(primes[i]));
    for (i = 0; i < 64; i++) K[i] = frac(Math.cbrt(primes[i]));
    function rotr(v, n) { return (v >>> n) | (v << (32 - n)); }
    var blocks = ((len + 8) >>> 6) + 1, W = new Array(blocks * 16).fill(0);
    for (i = 0; i < len; i++) W[i >> 2] |= bytes[i] << (24 - (i % 4) * 8);
    W[len >> 2] |= 0x80 << (24 - (len % 4) * 8);
    W[blocks * 16 - 1] = (len * 8) | 0;
    W[blocks * 16 - 2] = Math.floor((len * 8) / 4294967296);
    for (var blk = 0; blk < W.length; blk += 16) {
      var w = W.slice(blk, blk + 16);
      for (t = 16; t < 64; t++) {
        var s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
        var s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
        w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
      }
      var a = H[0], b = H[1], cc = H[2], dd = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
      for (t = 0; t < 64; t++) {
        var t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
        var t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & cc) ^ (b & cc))) | 0;
        h = g; g = f; f = e; e = (dd + t1) | 0; dd = cc; cc = b; b = a; a = (t1 + t2) | 0;
      }
      H[0] = (H[0] + a) | 0; H[1] = (H[1] + b) | 0; H[2] = (H[2] + cc) | 0; H[3] = (H[3] + dd) | 0;
      H[4] = (H[4] + e) | 0; H[5] = (H[5] + f) | 0; H[6] = (H[6] + g) | 0; H[7] = (H[7] + h) | 0;
    }
    return H.map(function (v) { return ('0000000' + (v >>> 0).toString(16)).slice(-8); }).join('');
  }
  window.portalHash = { md5: md5, sha256: sha256 };
})();
`;

/** Views/Home/Index.cshtml's script: the Login button, the salt, the captcha refresh and the hashing submit. */
const LOGIN_JS = `
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var panel = document.getElementById('divLogin');
  var form = document.getElementById('frmLogin');
  if (!panel || !form) return;
  var key = document.getElementById('hdnKey');
  function loadKey(then) {
    portalAjax({ type: 'GET', url: '/Home/GetKey', success: function (data) { key.value = String(data || ''); if (then) then(); } });
  }
  document.getElementById('btnLogin').addEventListener('click', function () {
    if (panel.classList.contains('d-none')) {
      panel.classList.remove('d-none');
      panel.classList.add('fade');
      panel.offsetHeight;
      panel.classList.add('show');
      loadKey();
    }
    document.getElementById('txtUserName').focus();
  });
  if (!panel.classList.contains('d-none')) loadKey();
  document.getElementById('btnRefreshCaptcha').addEventListener('click', function (e) {
    e.preventDefault();
    document.getElementById('captcha_image').src = '/get-captcha-image?t=' + Date.now();
    document.getElementById('CaptchaCode').value = '';
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (form._hashing) return;
    form._hashing = true;
    PageLoader.show();
    function post() {
      var pwd = document.getElementById('txt_password');
      var md5 = portalHash.md5(pwd.value);
      var sha = portalHash.sha256(portalHash.sha256(md5) + key.value);
      document.getElementById('hdnPasswordMD5').value = md5;
      document.getElementById('hdnPasswordSha').value = sha;
      pwd.value = sha;
      HTMLFormElement.prototype.submit.call(form);
    }
    if (key.value) post(); else loadKey(post);
  });
});
`;

/** Views/Account/VerifyOtp.cshtml's script: digits only, the resend countdown. */
const LOGIN_OTP_JS = String.raw`
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var otp = document.getElementById('txtOtp');
  var link = document.getElementById('lnkResendLoginOtp');
  if (!otp || !link) return;
  otp.addEventListener('input', function () { otp.value = otp.value.replace(/\D/g, '').slice(0, 6); });
  var timer = null;
  function countdown() {
    var left = 30;
    link.classList.add('disabled');
    link.textContent = 'Resend OTP in ' + left + 's';
    clearInterval(timer);
    timer = setInterval(function () {
      left--;
      if (left <= 0) { clearInterval(timer); link.classList.remove('disabled'); link.textContent = 'Resend OTP'; return; }
      link.textContent = 'Resend OTP in ' + left + 's';
    }, 1000);
  }
  countdown();
  link.addEventListener('click', function (e) {
    e.preventDefault();
    if (link.classList.contains('disabled')) return;
    portalAjax({ type: 'POST', url: '/Account/ResendOtp', success: function (data) {
      new Noty({ type: data && data.success ? 'success' : 'error', text: data && data.message }).show();
      countdown();
    } });
  });
});
`;

/** Views/Shared/_PostLoginPopups.cshtml's script: the advisory, then 1 s after it is hidden the e-mail one. */
const POPUPS_JS = `
window.addEventListener('load', function () {
  'use strict';
  var first = document.getElementById('advisoryModal');
  var second = document.getElementById('verifyEmailModal');
  if (!first || !second) return;
  first.addEventListener('hidden.bs.modal', function () {
    setTimeout(function () { bootstrap4.modal(second, 'show'); }, 1000);
  });
  document.getElementById('btnVerifyEmailNow').addEventListener('click', function () {
    PageLoader.show();
    window.location.href = '/Profile/VerifyEmail';
  });
  setTimeout(function () { bootstrap4.modal(first, 'show'); }, 700);
});
`;

/** Views/ApiRegistration/CreateApiUser.cshtml's script: Send OTP, the six OTP boxes, Verify OTP, the form. */
const CREATE_API_USER_JS = String.raw`
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var sendBtn = document.getElementById('btnSendOtp');
  var otpPanel = document.getElementById('divOtp');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input.otp-input'));
  var hidden = document.getElementById('ApiOtp');
  var otpError = document.getElementById('otpError');
  var resend = document.getElementById('lnkResendOtp');
  var timer = null;

  function sync() { if (hidden) hidden.value = boxes.map(function (b) { return b.value; }).join(''); }
  function clearBoxes() { boxes.forEach(function (b) { b.value = ''; }); sync(); if (boxes[0]) boxes[0].focus(); }
  function spread(text, from) {
    var digits = text.replace(/\D/g, '').split('');
    var i = from;
    digits.forEach(function (d) { if (i < boxes.length) { boxes[i].value = d; i++; } });
    sync();
    (boxes[Math.min(i, boxes.length - 1)] || boxes[0]).focus();
  }
  function countdown() {
    var left = 30;
    resend.classList.add('disabled');
    resend.setAttribute('aria-disabled', 'true');
    resend.textContent = 'Resend OTP in ' + left + 's';
    clearInterval(timer);
    timer = setInterval(function () {
      left--;
      if (left <= 0) {
        clearInterval(timer);
        resend.classList.remove('disabled');
        resend.removeAttribute('aria-disabled');
        resend.textContent = 'Resend OTP';
        return;
      }
      resend.textContent = 'Resend OTP in ' + left + 's';
    }, 1000);
  }
  function sendOtp() {
    portalAjax({ type: 'POST', url: '/ApiRegistration/SendOtp', success: function (data) {
      if (!data || !data.success) { new Noty({ type: 'error', text: (data && data.message) || 'Unable to send OTP.' }).show(); return; }
      new Noty({ type: 'success', text: data.message }).show();
      document.getElementById('divSendOtp').classList.add('d-none');
      otpPanel.classList.remove('d-none');
      clearBoxes();
      countdown();
    } });
  }
  if (sendBtn) sendBtn.addEventListener('click', sendOtp);
  if (resend) resend.addEventListener('click', function (e) {
    e.preventDefault();
    if (!resend.classList.contains('disabled')) sendOtp();
  });
  boxes.forEach(function (box, i) {
    box.addEventListener('input', function () {
      var v = box.value.replace(/\D/g, '');
      if (v.length > 1) { spread(v, i); return; }
      box.value = v;
      sync();
      if (v && i < boxes.length - 1) boxes[i + 1].focus();
      otpError.classList.add('field-validation-valid');
      otpError.classList.remove('field-validation-error');
      otpError.textContent = '';
    });
    box.addEventListener('keydown', function (e) {
      if (e.key === 'Backspace' && !box.value && i > 0) { e.preventDefault(); boxes[i - 1].value = ''; boxes[i - 1].focus(); sync(); }
      else if (e.key === 'ArrowLeft' && i > 0) { e.preventDefault(); boxes[i - 1].focus(); }
      else if (e.key === 'ArrowRight' && i < boxes.length - 1) { e.preventDefault(); boxes[i + 1].focus(); }
      else if (e.key === 'Enter') { e.preventDefault(); document.getElementById('btnVerifyOtp').click(); }
    });
    box.addEventListener('focus', function () { box.select(); });
    box.addEventListener('paste', function (e) {
      e.preventDefault();
      spread((e.clipboardData || window.clipboardData).getData('text'), i);
    });
  });
  var verifyBtn = document.getElementById('btnVerifyOtp');
  if (verifyBtn) verifyBtn.addEventListener('click', function () {
    sync();
    if (!/^\d{6}$/.test(hidden.value)) {
      otpError.classList.remove('field-validation-valid');
      otpError.classList.add('field-validation-error');
      otpError.innerHTML = '<span id="Otp-error">Please enter the 6 digit OTP.</span>';
      return;
    }
    portalAjax({ type: 'POST', url: '/ApiRegistration/VerifyOtp', data: { Otp: hidden.value }, success: function (data) {
      if (!data || !data.success) {
        new Noty({ type: 'error', text: (data && data.message) || 'Invalid OTP.' }).show();
        clearBoxes();
        return;
      }
      clearInterval(timer);
      new Noty({ type: 'success', text: data.message }).show();
      portalAjax({ type: 'GET', url: '/ApiRegistration/CreateApiUserForm', success: function (html) {
        document.getElementById('divOtpPanel').classList.add('d-none');
        var holder = document.getElementById('divRegistration');
        holder.innerHTML = html;
        initForm();
      } });
    } });
  });

  var choices = null;
  function loadGsps(select) {
    portalAjax({ type: 'GET', url: '/ApiRegistration/GetGspList', data: { regType: 'GSP' }, success: function (list) {
      var wanted = select.getAttribute('data-selected') || '';
      choices = new Choices(select, { searchPlaceholderValue: 'Search GSP', itemSelectText: 'Press to select', shouldSort: false, ariaLabel: 'Select your GSP' });
      choices.setChoices((list || []).map(function (g) { return { value: g.gspId, label: g.gspName, selected: g.gspId === wanted }; }), 'value', 'label', true);
      select.addEventListener('change', function () { unobtrusiveValidation.validateField(select); });
    } });
  }
  function initForm() {
    var form = document.getElementById('frmCreateApiUser');
    if (!form) return;
    unobtrusiveValidation.parse(form);
    var gspGroup = document.getElementById('divGsp');
    var creds = document.getElementById('divCredentials');
    var info = document.getElementById('divRegTypeInfo');
    var submit = document.getElementById('btnSubmit');
    var texts = {
      Direct: 'Direct API access is available only to taxpayers whose aggregate turnover exceeds Rs. 1000 crore and who have applied for it. Your GSTIN is not enabled for direct access.',
      ERP: 'Registration through ERP is not enabled for your GSTIN. Please contact the helpdesk.',
      ClientId: 'Registration through the Client-Id of another taxpayer is not enabled for your GSTIN.'
    };
    function onType(value) {
      var gsp = value === 'GSP';
      gspGroup.classList.toggle('d-none', !gsp);
      creds.classList.toggle('d-none', !gsp);
      info.classList.toggle('d-none', gsp);
      info.textContent = gsp ? '' : (texts[value] || '');
      submit.disabled = !gsp;
      if (gsp && !choices) loadGsps(document.getElementById('GspId'));
    }
    Array.prototype.forEach.call(form.querySelectorAll('input[name="RegistrationType"]'), function (r) {
      r.addEventListener('change', function () { if (r.checked) onType(r.value); });
    });
    var checked = form.querySelector('input[name="RegistrationType"]:checked');
    if (checked) onType(checked.value);
    var confirmModal = document.getElementById('confirmSubmitModal');
    submit.addEventListener('click', function () {
      if (!unobtrusiveValidation.valid(form)) return;
      var user = document.getElementById('UserName').value.trim().replace(/^API_/i, '');
      document.getElementById('confirmUserName').textContent = 'API_' + user;
      document.getElementById('confirmGspName').textContent = choices ? (choices.getValue() || {}).label || '' : '';
      bootstrap4.modal(confirmModal, 'show');
    });
    document.getElementById('btnConfirmSubmit').addEventListener('click', function () {
      bootstrap4.modal(confirmModal, 'hide');
      PageLoader.show();
      HTMLFormElement.prototype.submit.call(form);
    });
  }
  window.createApiUserInit = initForm;
  initForm();
});
`;

/** wwwroot files: what `<link>` and `<script>` ask for, by path (asp-append-version adds `?v=`). */
const STATIC: Record<string, { type: string; body: string }> = {
  '/lib/bootstrap/dist/css/bootstrap.min.css': { type: 'text/css', body: BOOTSTRAP_CSS },
  '/css/vendor.min.css': { type: 'text/css', body: LIBS_CSS },
  '/css/site.css': { type: 'text/css', body: SITE_CSS },
  '/lib/bootstrap/dist/js/bootstrap.bundle.min.js': { type: 'text/javascript', body: BOOTSTRAP_JS },
  '/lib/noty/noty.min.js': { type: 'text/javascript', body: NOTY_JS },
  '/lib/choices.js/public/assets/scripts/choices.min.js': { type: 'text/javascript', body: CHOICES_JS },
  '/lib/jquery-validation-unobtrusive/jquery.validate.unobtrusive.min.js': {
    type: 'text/javascript',
    body: VALIDATION_JS,
  },
  '/js/site.js': { type: 'text/javascript', body: SITE_JS },
  '/js/hash.js': { type: 'text/javascript', body: HASH_JS },
  '/js/login.js': { type: 'text/javascript', body: LOGIN_JS },
  '/js/verify-otp.js': { type: 'text/javascript', body: LOGIN_OTP_JS },
  '/js/popups.js': { type: 'text/javascript', body: POPUPS_JS },
  '/js/create-api-user.js': { type: 'text/javascript', body: CREATE_API_USER_JS },
};

/** asp-append-version: a hash of the file's content. */
function versioned(path: string): string {
  const file = STATIC[path];
  const v = file ? createHash('sha256').update(file.body).digest('base64url').slice(0, 43) : 'x';
  return `${path}?v=${v}`;
}

const EMBLEM = `<svg width="34" height="34" viewBox="0 0 34 34" aria-hidden="true" class="mr-2"><circle cx="17" cy="17" r="15" fill="none" stroke="#fff" stroke-width="2"/><circle cx="17" cy="17" r="3" fill="#fff"/><path d="M17 4v26M4 17h26M8 8l18 18M26 8 8 26" stroke="#fff" stroke-width="1"/></svg>`;

interface MenuLeaf {
  label: string;
  href: string;
}
interface MenuGroup {
  label: string;
  id: string;
  children: (MenuLeaf | MenuGroup)[];
}

const MENU: (MenuLeaf | MenuGroup)[] = [
  { label: 'Dash Board', href: '/Home/MainMenu' },
  {
    label: 'e-Invoice',
    id: 'einvoiceSubmenu',
    children: [
      { label: 'Generate IRN', href: '/Invoice/Generate' },
      { label: 'Bulk Upload', href: '/Invoice/BulkUpload' },
      { label: 'Cancel IRN', href: '/Invoice/Cancel' },
      { label: 'Print e-Invoice', href: '/Invoice/Print' },
    ],
  },
  {
    label: 'API Registration',
    id: 'apiSubmenu',
    children: [
      {
        label: 'User Credentials',
        id: 'userCredentialsSubmenu',
        children: [
          { label: 'Create API User', href: '/ApiRegistration/CreateApiUser' },
          { label: 'View API Users', href: '/ApiRegistration/ViewApiUsers' },
        ],
      },
      { label: 'IP Whitelisting', href: '/ApiRegistration/IpWhitelisting' },
      { label: 'Freeze API User', href: '/ApiRegistration/FreezeApiUser' },
      { label: 'Change API Password', href: '/ApiRegistration/ChangeApiPassword' },
    ],
  },
  { label: 'MIS Reports', href: '/MisRpt' },
  {
    label: 'User Management',
    id: 'userManagementSubmenu',
    children: [
      { label: 'Create Sub-User', href: '/UserManagement/CreateSubUser' },
      { label: 'Update Sub-User', href: '/UserManagement/UpdateSubUser' },
    ],
  },
];

/** Placeholder pages: every leaf but the two this rendition draws, and the profile pages. */
const PLACEHOLDERS = new Map<string, string>();
(function collect(items: (MenuLeaf | MenuGroup)[]) {
  for (const item of items) {
    if ('children' in item) collect(item.children);
    else if (item.href !== '/Home/MainMenu' && item.href !== '/ApiRegistration/CreateApiUser') {
      PLACEHOLDERS.set(item.href.toLowerCase(), item.label);
    }
  }
})(MENU);
PLACEHOLDERS.set('/profile', 'My Profile');
PLACEHOLDERS.set('/profile/verifyemail', 'Verify E-mail Address');
PLACEHOLDERS.set('/account/changepassword', 'Change Password');

function holds(item: MenuLeaf | MenuGroup, path: string): boolean {
  return 'children' in item
    ? item.children.some((child) => holds(child, path))
    : item.href.toLowerCase() === path;
}

function renderMenu(items: (MenuLeaf | MenuGroup)[], path: string, depth: number): string {
  return items
    .map((item) => {
      if ('children' in item) {
        const open = holds(item, path);
        return `<li${open ? ' class="active"' : ''}>
          <a href="#${item.id}" data-toggle="collapse" aria-expanded="${open}" class="dropdown-toggle${open ? '' : ' collapsed'}">${esc(item.label)}</a>
          <ul class="collapse list-unstyled${open ? ' show' : ''}" id="${item.id}">
            ${renderMenu(item.children, path, depth + 1)}
          </ul>
        </li>`;
      }
      const active = item.href.toLowerCase() === path;
      return `<li${active ? ' class="active"' : ''}><a href="${item.href}">${esc(item.label)}</a></li>`;
    })
    .join('\n');
}

function head(title: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>${esc(title)} - e-Invoice System</title>
    <link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />
    <link rel="stylesheet" href="${versioned('/css/vendor.min.css')}" />
    <link rel="stylesheet" href="${versioned('/css/site.css')}" />
</head>`;
}

const PRELOADER = `<div id="preloader"><div id="status"><div class="spinner"></div><div class="loading-text">Please wait...</div></div></div>`;

function scriptTags(extra: string[]): string {
  const base = [
    '/lib/bootstrap/dist/js/bootstrap.bundle.min.js',
    '/lib/noty/noty.min.js',
    '/lib/jquery-validation-unobtrusive/jquery.validate.unobtrusive.min.js',
    '/js/site.js',
  ];
  return [...base, ...extra].map((src) => `    <script src="${versioned(src)}"></script>`).join('\n');
}

function antiforgeryInput(ctx: Ctx): string {
  return `<input name="__RequestVerificationToken" type="hidden" value="${esc(antiforgeryToken(ctx.antiforgeryId))}" />`;
}

/** Views/Shared/_LayoutPublic.cshtml: home page, login, 2FA. */
function publicLayout(ctx: Ctx, title: string, body: string, scripts: string[]): string {
  void ctx;
  return `${head(title)}
<body class="public">
    ${PRELOADER}
    <header>
        <nav class="navbar navbar-expand-lg navbar-dark top-nav fixed-top">
            <div class="container">
                <a class="navbar-brand d-flex align-items-center" href="/">${EMBLEM}<span>e-Invoice System<span class="brand-sub">Goods and Services Tax, Government of India</span></span></a>
                <div class="navbar-collapse">
                    <ul class="navbar-nav mr-auto ml-4">
                        <li class="nav-item"><a class="nav-link" href="/">Home</a></li>
                        <li class="nav-item"><a class="nav-link" href="/Home/Help">Help</a></li>
                        <li class="nav-item"><a class="nav-link" href="/Home/Contact">Contact Us</a></li>
                    </ul>
                    <button type="button" id="btnLogin" class="btn btn-outline-light homepageloginbtn">Login</button>
                </div>
            </div>
        </nav>
    </header>
    <main role="main">
${body}
    </main>
    <footer class="site-footer text-center">&copy; 2024 - e-Invoice System. Designed and developed by National Informatics Centre.</footer>
${scriptTags(scripts)}
</body>
</html>`;
}

/** Views/Shared/_PostLoginPopups.cshtml: the two modals shown in turn on the first page after login. */
const POPUPS_HTML = `
    <div class="modal fade" id="advisoryModal" tabindex="-1" role="dialog" aria-labelledby="advisoryModalLabel" aria-hidden="true" data-backdrop="static">
        <div class="modal-dialog modal-lg modal-dialog-centered" role="document">
            <div class="modal-content">
                <div class="modal-header">
                    <h5 class="modal-title" id="advisoryModalLabel">Advisory: e-Invoice Applicability</h5>
                    <button type="button" class="close" data-dismiss="modal" aria-label="Close"><span aria-hidden="true">&times;</span></button>
                </div>
                <div class="modal-body">
                    <p>As per Notification No. 10/2023 &ndash; Central Tax dated 10th May 2023, e-invoicing is mandatory for all registered persons whose aggregate turnover in any preceding financial year from 2017-18 onwards exceeds <strong>Rs. 5 crore</strong>, with effect from 1st August 2023.</p>
                    <p>Taxpayers with an AATO of Rs. 100 crore and above cannot report invoices older than 30 days on the IRP. Please ensure that the invoices are reported within the time limit.</p>
                    <p class="mb-0 text-muted small">For the list of exempted entities and the latest notifications, please visit the Help section.</p>
                </div>
                <div class="modal-footer">
                    <button type="button" class="btn btn-secondary" data-dismiss="modal">Close</button>
                </div>
            </div>
        </div>
    </div>
    <div class="modal fade" id="verifyEmailModal" tabindex="-1" role="dialog" aria-labelledby="verifyEmailModalLabel" aria-hidden="true" data-backdrop="static" data-keyboard="false">
        <div class="modal-dialog modal-dialog-centered" role="document">
            <div class="modal-content">
                <div class="modal-header">
                    <h5 class="modal-title" id="verifyEmailModalLabel">Verify Registered E-mail Address</h5>
                </div>
                <div class="modal-body">
                    <p>Your registered e-mail address <strong>${EMAIL_MASKED}</strong> has not been verified yet.</p>
                    <p class="mb-0">Please verify it to receive alerts, OTPs and communications regarding e-invoice and API access.</p>
                </div>
                <div class="modal-footer">
                    <button type="button" class="btn btn-primary" id="btnVerifyEmailNow">Verify Now</button>
                    <button type="button" class="btn btn-secondary" data-dismiss="modal">Remind me later</button>
                </div>
            </div>
        </div>
    </div>`;

/** Views/Shared/_Layout.cshtml: navbar, sidebar, content. */
function layout(
  ctx: Ctx,
  state: AspcoreBs4R14State,
  title: string,
  body: string,
  opts: { scripts?: string[]; modals?: string } = {},
): string {
  const session = ctx.session;
  const popups = session?.popups === true;
  if (session) session.popups = false;
  const scripts = [...(opts.scripts ?? []), ...(popups ? ['/js/popups.js'] : [])];
  return `${head(title)}
<body>
    ${PRELOADER}
    <nav class="navbar navbar-expand-lg navbar-dark top-nav fixed-top">
        <button type="button" id="sidebarCollapse" class="navbar-btn" aria-label="Toggle sidebar"><span></span><span></span><span></span></button>
        <a class="navbar-brand d-flex align-items-center" href="/Home/MainMenu">${EMBLEM}<span>e-Invoice System<span class="brand-sub">Goods and Services Tax, Government of India</span></span></a>
        <div class="navbar-collapse">
            <ul class="navbar-nav ml-auto align-items-center">
                <li class="nav-item"><span class="navbar-text mr-3">GSTIN: ${esc(state.gstin)}</span></li>
                <li class="nav-item dropdown">
                    <a class="nav-link dropdown-toggle" href="#" id="navbarUserMenu" role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">${esc(ASPCORE_BS4_R14_LOGIN.username)}</a>
                    <div class="dropdown-menu dropdown-menu-right" aria-labelledby="navbarUserMenu">
                        <a class="dropdown-item" href="/Profile">My Profile</a>
                        <a class="dropdown-item" href="/Account/ChangePassword">Change Password</a>
                        <div class="dropdown-divider"></div>
                        <form method="post" action="/Account/Logout" class="mb-0">
                            <button type="submit" class="dropdown-item">Logout</button>
                            ${antiforgeryInput(ctx)}
                        </form>
                    </div>
                </li>
            </ul>
        </div>
    </nav>
    <div class="wrapper">
        <nav id="sidebar">
            <div class="sidebar-header">
                <strong>${esc(LEGAL_NAME)}</strong>
                ${esc(state.gstin)}
            </div>
            <ul class="list-unstyled components">
                ${renderMenu(MENU, ctx.path, 0)}
            </ul>
        </nav>
        <div id="content">
${body}
        </div>
    </div>
    ${opts.modals ?? ''}
    ${popups ? POPUPS_HTML : ''}
    <footer class="site-footer text-center">&copy; 2024 - e-Invoice System. Designed and developed by National Informatics Centre.</footer>
${scriptTags(scripts)}
</body>
</html>`;
}

function dashboardPage(ctx: Ctx, state: AspcoreBs4R14State): string {
  const card = (label: string, count: string, note: string) => `
                <div class="col-md-3 mb-3">
                    <div class="card dash-card shadow-sm">
                        <div class="card-body">
                            <h6 class="card-title text-muted text-uppercase">${label}</h6>
                            <div class="count">${count}</div>
                            <p class="card-text small text-muted">${note}</p>
                        </div>
                    </div>
                </div>`;
  const body = `
            <h4 class="page-title">Dash Board</h4>
            <div class="row">
                ${card('Generations', '1,284', 'IRNs generated this month')}
                ${card('Cancelled', '17', 'IRNs cancelled this month')}
                ${card('Bulk Uploads', '36', 'Files uploaded this month')}
                ${card('API Users', String(state.users.length + EARLIER.length), 'Active API users of this GSTIN')}
            </div>
            <div class="card shadow-sm">
                <div class="card-header">Recent e-Invoices</div>
                <div class="card-body p-0">
                    <table class="table table-sm table-striped mb-0">
                        <thead class="thead-light"><tr><th>Doc No.</th><th>Doc Date</th><th>Recipient GSTIN</th><th>Ack No.</th><th>Status</th></tr></thead>
                        <tbody>
                            <tr><td>FE/24-25/0912</td><td>12-11-2024</td><td>29AAACJ4323N1ZC</td><td>112410087654321</td><td><span class="badge badge-success">Active</span></td></tr>
                            <tr><td>FE/24-25/0911</td><td>12-11-2024</td><td>27AAACR5055K1Z7</td><td>112410087654101</td><td><span class="badge badge-success">Active</span></td></tr>
                            <tr><td>FE/24-25/0907</td><td>11-11-2024</td><td>24AAACC1206D1ZM</td><td>112410087650977</td><td><span class="badge badge-secondary">Cancelled</span></td></tr>
                        </tbody>
                    </table>
                </div>
            </div>`;
  return layout(ctx, state, 'Dash Board', body);
}

function placeholderPage(ctx: Ctx, state: AspcoreBs4R14State, title: string): string {
  const text =
    ctx.path === '/profile/verifyemail'
      ? `A verification link has been sent to ${EMAIL_MASKED}. Please open the link within 24 hours to verify your e-mail address.`
      : 'No records found.';
  const body = `
            <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/Home/MainMenu">Home</a></li><li class="breadcrumb-item active" aria-current="page">${esc(title)}</li></ol></nav>
            <div class="card shadow-sm">
                <div class="card-header bg-portal">${esc(title)}</div>
                <div class="card-body"><p class="mb-0">${esc(text)}</p></div>
            </div>`;
  return layout(ctx, state, title, body);
}

/** A validation summary as the tag helper renders it (`asp-validation-summary="ModelOnly"`). */
function validationSummary(errors: string[]): string {
  if (!errors.length) {
    return '<div class="text-danger validation-summary-valid" data-valmsg-summary="true"><ul><li style="display:none"></li></ul></div>';
  }
  return `<div class="text-danger validation-summary-errors" data-valmsg-summary="true"><ul>${errors.map((e) => `<li>${esc(e)}</li>`).join('')}</ul></div>`;
}

/** A field's message span: valid (empty) or carrying the server's error. */
function fieldMessage(name: string, error?: string): string {
  return error
    ? `<span class="text-danger field-validation-error" data-valmsg-for="${name}" data-valmsg-replace="true"><span id="${name}-error" class="">${esc(error)}</span></span>`
    : `<span class="text-danger field-validation-valid" data-valmsg-for="${name}" data-valmsg-replace="true"></span>`;
}

function alertBox(kind: string, text: string): string {
  return `<div class="alert alert-${kind} alert-dismissible fade show" role="alert">${esc(text)}<button type="button" class="close" data-dismiss="alert" aria-label="Close"><span aria-hidden="true">&times;</span></button></div>`;
}

interface LoginView {
  open: boolean;
  returnUrl: string;
  username: string;
  errors: string[];
  notice?: { kind: string; text: string };
}

/** Views/Home/Index.cshtml: the home page, its login card hidden until "Login" (open on /Account/Login). */
function homePage(ctx: Ctx, view: LoginView): string {
  const body = `
        <section class="home-banner">
            <div class="container">
                <div class="row">
                    <div class="col-md-7">
                        <h1>e-Invoice System</h1>
                        <p class="lead">Generate the Invoice Reference Number (IRN) for your B2B invoices, export invoices and credit/debit notes, through the portal, the offline utility or the APIs.</p>
                        <ul class="news-list list-unstyled">
                            <li><strong>New:</strong> Two-factor authentication is mandatory for all taxpayers from 1st April 2025. Keep your registered mobile number handy.</li>
                            <li>API access through GSPs: create the API user under <em>API Registration &gt; User Credentials</em> after login.</li>
                            <li>Taxpayers with AATO of Rs. 10 crore and above must report invoices within 30 days of the invoice date.</li>
                        </ul>
                    </div>
                    <div id="divLogin" class="col-md-5${view.open ? '' : ' d-none'}">
                        <div class="card login-card text-body">
                            <div class="card-header">Login</div>
                            <div class="card-body">
                                ${view.notice ? `<div class="alert alert-${view.notice.kind}" role="alert">${esc(view.notice.text)}</div>` : ''}
                                <form id="frmLogin" method="post" action="/Home/Login" autocomplete="off">
                                    ${validationSummary(view.errors)}
                                    <input type="hidden" id="hdnKey" value="" />
                                    <input type="hidden" id="ReturnUrl" name="ReturnUrl" value="${esc(view.returnUrl)}" />
                                    <div class="form-group">
                                        <label for="txtUserName" class="required">Username</label>
                                        <input class="form-control" type="text" id="txtUserName" name="UserLogin.UserName" maxlength="15" placeholder="Enter Username" data-val="true" data-val-required="Please enter Username" value="${esc(view.username)}" />
                                        ${fieldMessage('UserLogin.UserName')}
                                    </div>
                                    <div class="form-group">
                                        <label for="txt_password" class="required">Password</label>
                                        <input class="form-control" type="password" id="txt_password" name="UserLogin.Password" placeholder="Enter Password" data-val="true" data-val-required="Please enter Password" />
                                        ${fieldMessage('UserLogin.Password')}
                                        <input type="hidden" id="hdnPasswordMD5" name="UserLogin.PasswordMD5" value="" />
                                        <input type="hidden" id="hdnPasswordSha" name="UserLogin.HiddenPasswordSha" value="" />
                                    </div>
                                    <div class="form-group">
                                        <label for="CaptchaCode" class="required">Enter the characters shown in the image</label>
                                        <div class="captcha-row mb-2">
                                            <img id="captcha_image" src="/get-captcha-image?t=${Date.now()}" width="160" height="50" alt="Captcha image" />
                                            <a href="#" id="btnRefreshCaptcha" class="captcha-refresh" title="Refresh Captcha" aria-label="Refresh Captcha">&#x21bb;</a>
                                        </div>
                                        <input class="form-control" type="text" id="CaptchaCode" name="CaptchaCode" maxlength="5" placeholder="Enter Captcha" data-val="true" data-val-required="Please enter Captcha" value="" />
                                        ${fieldMessage('CaptchaCode')}
                                    </div>
                                    <button type="submit" class="btn btn-primary btn-block btnlogin">Login</button>
                                    <div class="d-flex justify-content-between mt-2 small">
                                        <a href="/Account/ForgotUsername">Forgot Username?</a>
                                        <a href="/Account/ForgotPassword">Forgot Password?</a>
                                    </div>
                                    ${antiforgeryInput(ctx)}
                                </form>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </section>
        <div class="container py-4">
            <div class="row">
                <div class="col-md-4"><div class="card shadow-sm mb-3"><div class="card-body"><h6>e-Invoice Generation</h6><p class="small text-muted mb-0">Single and bulk generation of IRN with signed QR code.</p></div></div></div>
                <div class="col-md-4"><div class="card shadow-sm mb-3"><div class="card-body"><h6>API Access</h6><p class="small text-muted mb-0">Register through a GSP or directly, and integrate your ERP with the IRP.</p></div></div></div>
                <div class="col-md-4"><div class="card shadow-sm mb-3"><div class="card-body"><h6>MIS Reports</h6><p class="small text-muted mb-0">Download the IRNs generated and cancelled for any period.</p></div></div></div>
            </div>
        </div>`;
  return publicLayout(ctx, 'Login', body, ['/js/hash.js', '/js/login.js']);
}

/** Views/Account/VerifyOtp.cshtml: the second factor. */
function verifyOtpPage(ctx: Ctx, errors: string[]): string {
  const body = `
        <section class="home-banner">
            <div class="container">
                <div class="row justify-content-center">
                    <div class="col-md-5">
                        <div class="card login-card text-body">
                            <div class="card-header">Two Factor Authentication</div>
                            <div class="card-body">
                                <p class="small">An OTP has been sent to your registered mobile number <strong>${MOBILE_MASKED}</strong> and to the Sandes app. You may also enter the OTP shown in the NIC-GST-Shield app.</p>
                                <form id="frmVerifyOtp" method="post" action="/Account/VerifyOtp" autocomplete="off">
                                    ${validationSummary(errors)}
                                    <div class="form-group">
                                        <label for="txtOtp" class="required">Enter OTP</label>
                                        <input class="form-control" type="text" id="txtOtp" name="Otp" maxlength="6" inputmode="numeric" autocomplete="one-time-code" placeholder="Enter 6 digit OTP" data-val="true" data-val-required="Please enter OTP" data-val-regex="OTP must be of 6 digits" data-val-regex-pattern="[0-9]{6}" value="" />
                                        ${fieldMessage('Otp')}
                                    </div>
                                    <button type="submit" id="btnVerifyOTP" class="btn btn-primary btn-block">Verify OTP</button>
                                    <div class="d-flex justify-content-between mt-2 small">
                                        <a href="#" id="lnkResendLoginOtp" class="disabled">Resend OTP in 30s</a>
                                        <a href="/Account/Login">Back to Login</a>
                                    </div>
                                    ${antiforgeryInput(ctx)}
                                </form>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </section>`;
  return publicLayout(ctx, 'Verify OTP', body, ['/js/verify-otp.js']);
}

interface FormView {
  regType: string;
  gspId: string;
  userName: string;
  errors: string[];
  fieldErrors: Record<string, string>;
}

const EMPTY_FORM: FormView = { regType: '', gspId: '', userName: '', errors: [], fieldErrors: {} };

const REG_TYPES: { value: string; label: string }[] = [
  { value: 'Direct', label: 'Directly' },
  { value: 'GSP', label: 'Through GSP' },
  { value: 'ERP', label: 'Through ERP' },
  { value: 'ClientId', label: 'Through Client-Id of other' },
];

const PASSWORD_PATTERN = '(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,20}';
const PASSWORD_RULE =
  'Password must be 8 to 20 characters and contain at least one upper case letter, one lower case letter, one digit and one special character.';

/** Views/ApiRegistration/_CreateApiUserForm.cshtml: the partial shown once the OTP is verified. */
function createApiUserForm(ctx: Ctx, view: FormView): string {
  const fe = view.fieldErrors;
  const invalid = (name: string) => (fe[name] ? ' input-validation-error' : '');
  const radios = REG_TYPES.map(
    (t) => `<div class="pretty p-default p-round">
                            <input type="radio" name="RegistrationType" value="${t.value}"${view.regType === t.value ? ' checked="checked"' : ''} data-val="true" data-val-required="Please select the registration type" />
                            <div class="state p-primary"><label>${esc(t.label)}</label></div>
                        </div>`,
  ).join('\n                        ');
  return `
        <form id="frmCreateApiUser" method="post" action="/ApiRegistration/CreateApiUser" autocomplete="off">
            ${validationSummary(view.errors)}
            <div class="form-group row">
                <label class="col-md-4 col-form-label required">Do you wish to Register your GSTIN for</label>
                <div class="col-md-8 radio-inline-group">
                        ${radios}
                    ${fieldMessage('RegistrationType', fe.RegistrationType)}
                </div>
            </div>
            <div id="divRegTypeInfo" class="alert alert-info d-none" role="alert"></div>
            <div id="divGsp" class="form-group row d-none">
                <label for="GspId" class="col-md-4 col-form-label required">Select your GSP</label>
                <div class="col-md-8">
                    <select id="GspId" name="GspId" class="form-control${invalid('GspId')}" data-val="true" data-val-required="Please select your GSP" data-selected="${esc(view.gspId)}">
                        <option value="">Select your GSP</option>
                    </select>
                    ${fieldMessage('GspId', fe.GspId)}
                </div>
            </div>
            <div id="divCredentials" class="d-none">
                <div class="form-group row">
                    <label for="UserName" class="col-md-4 col-form-label required">Username</label>
                    <div class="col-md-8">
                        <div class="input-group">
                            <div class="input-group-prepend"><span class="input-group-text">API_</span></div>
                            <input class="form-control${invalid('UserName')}" type="text" id="UserName" name="UserName" maxlength="24" placeholder="Enter Username" data-val="true" data-val-required="Please enter Username" data-val-regex="Username must be 3 to 20 characters: letters, digits or underscore" data-val-regex-pattern="[A-Za-z0-9_]{3,24}" value="${esc(view.userName)}" />
                        </div>
                        <small class="form-text text-muted">Your API username will be API_ followed by the text entered.</small>
                        ${fieldMessage('UserName', fe.UserName)}
                    </div>
                </div>
                <div class="form-group row">
                    <label for="Password" class="col-md-4 col-form-label required">Password</label>
                    <div class="col-md-8">
                        <input class="form-control${invalid('Password')}" type="password" id="Password" name="Password" maxlength="20" placeholder="Enter Password" data-val="true" data-val-required="Please enter Password" data-val-regex="${PASSWORD_RULE}" data-val-regex-pattern="${PASSWORD_PATTERN}" />
                        ${fieldMessage('Password', fe.Password)}
                    </div>
                </div>
                <div class="form-group row">
                    <label for="ConfirmPassword" class="col-md-4 col-form-label required">Re-enter Password</label>
                    <div class="col-md-8">
                        <input class="form-control${invalid('ConfirmPassword')}" type="password" id="ConfirmPassword" name="ConfirmPassword" maxlength="20" placeholder="Re-enter Password" data-val="true" data-val-required="Please re-enter Password" data-val-equalto="Password and Re-enter Password do not match." data-val-equalto-other="*.Password" />
                        ${fieldMessage('ConfirmPassword', fe.ConfirmPassword)}
                    </div>
                </div>
            </div>
            <div class="form-group row mb-0">
                <div class="col-md-8 offset-md-4">
                    <button type="button" id="btnSubmit" class="btn btn-primary mr-2">Submit</button>
                    <a href="/Home/MainMenu" id="btnExit" class="btn btn-danger">Exit</a>
                </div>
            </div>
            ${antiforgeryInput(ctx)}
        </form>`;
}

const CONFIRM_MODAL = `
    <div class="modal fade" id="confirmSubmitModal" tabindex="-1" role="dialog" aria-labelledby="confirmSubmitModalLabel" aria-hidden="true" data-backdrop="static">
        <div class="modal-dialog modal-dialog-centered" role="document">
            <div class="modal-content">
                <div class="modal-header">
                    <h5 class="modal-title" id="confirmSubmitModalLabel">Confirm Submission</h5>
                    <button type="button" class="close" data-dismiss="modal" aria-label="Close"><span aria-hidden="true">&times;</span></button>
                </div>
                <div class="modal-body">
                    Are you sure you want to create the API user <strong id="confirmUserName"></strong> for <strong id="confirmGspName"></strong>?
                </div>
                <div class="modal-footer">
                    <button type="button" class="btn btn-secondary" data-dismiss="modal">Cancel</button>
                    <button type="button" class="btn btn-primary" id="btnConfirmSubmit">Confirm</button>
                </div>
            </div>
        </div>
    </div>`;

/** Views/ApiRegistration/CreateApiUser.cshtml. */
function createApiUserPage(
  ctx: Ctx,
  state: AspcoreBs4R14State,
  view: FormView,
  notice?: { kind: string; text: string },
): string {
  const verified = ctx.session?.apiOtpVerified === true;
  const registered = [
    ...EARLIER.map((e) => ({ ...e, gstin: state.gstin })),
    ...state.users.filter((u) => u.gstin === state.gstin),
  ];
  const rows = registered
    .map(
      (r, i) =>
        `<tr><td>${i + 1}</td><td>${esc(r.gsp)}</td><td>${esc(r.username)}</td><td>${esc(r.createdOn)}</td><td><span class="badge badge-success">Active</span></td></tr>`,
    )
    .join('');
  let success = '';
  if (notice?.kind === 'created') {
    const [gsp, username] = notice.text.split('\n');
    success = `<div class="alert alert-success alert-dismissible fade show" role="alert">
                <h6 class="alert-heading font-weight-bold">API User created successfully.</h6>
                <ul class="mb-1">
                    <li>GSTIN: ${esc(state.gstin)}</li>
                    <li>GSP: ${esc(gsp ?? '')}</li>
                    <li>API User Name: ${esc(username ?? '')}</li>
                </ul>
                <p class="small mb-0">Please note the API user name and the password. They are required by your GSP to access the e-Invoice APIs on your behalf.</p>
                <button type="button" class="close" data-dismiss="alert" aria-label="Close"><span aria-hidden="true">&times;</span></button>
            </div>`;
  } else if (notice) {
    success = alertBox(notice.kind, notice.text);
  }
  const body = `
            <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/Home/MainMenu">Home</a></li><li class="breadcrumb-item">API Registration</li><li class="breadcrumb-item">User Credentials</li><li class="breadcrumb-item active" aria-current="page">Create API User</li></ol></nav>
            ${success}
            <div class="card shadow-sm mb-4">
                <div class="card-header bg-portal">API Registration</div>
                <div class="card-body">
                    <div id="divOtpPanel"${verified ? ' class="d-none"' : ''}>
                        <div id="divSendOtp">
                            <p>To create an API user, an OTP will be sent to your registered mobile number <strong>${MOBILE_MASKED}</strong>.</p>
                            <button type="button" id="btnSendOtp" class="btn btn-primary">Send OTP</button>
                        </div>
                        <div id="divOtp" class="d-none">
                            <p class="small text-muted">Enter the OTP sent to your registered mobile number ${MOBILE_MASKED}. The OTP is valid for 10 minutes.</p>
                            <div class="form-group">
                                <label class="required">Enter OTP</label>
                                <div class="otp-group">
                                    ${[1, 2, 3, 4, 5, 6].map((n) => `<input type="text" class="otp-input" maxlength="1" inputmode="numeric" autocomplete="${n === 1 ? 'one-time-code' : 'off'}" aria-label="OTP digit ${n}" />`).join('\n                                    ')}
                                </div>
                                <input type="hidden" id="ApiOtp" name="Otp" value="" />
                                <span id="otpError" class="text-danger field-validation-valid" data-valmsg-for="Otp"></span>
                            </div>
                            <button type="button" id="btnVerifyOtp" class="btn btn-success">Verify OTP</button>
                            <a href="#" id="lnkResendOtp" class="ml-3 disabled" aria-disabled="true">Resend OTP in 30s</a>
                        </div>
                    </div>
                    <div id="divRegistration">${verified ? createApiUserForm(ctx, view) : ''}</div>
                </div>
            </div>
            <div class="card shadow-sm">
                <div class="card-header">GSPs registered for GSTIN ${esc(state.gstin)}</div>
                <div class="card-body p-0">
                    <table class="table table-bordered table-sm mb-0">
                        <thead class="thead-light"><tr><th>Sl. No.</th><th>GSP Name</th><th>API User Name</th><th>Created On</th><th>Status</th></tr></thead>
                        <tbody>${rows || '<tr><td colspan="5" class="text-center">No records found.</td></tr>'}</tbody>
                    </table>
                </div>
            </div>`;
  return layout(ctx, state, 'Create API User', body, {
    scripts: ['/lib/choices.js/public/assets/scripts/choices.min.js', '/js/create-api-user.js'],
    modals: CONFIRM_MODAL,
  });
}

/** Views/Home/Help.cshtml and the other public leaves: a line of text. */
function publicInfoPage(ctx: Ctx, title: string): string {
  const body = `
        <section class="home-banner"><div class="container"><h1>${esc(title)}</h1></div></section>
        <div class="container py-4">
            <div class="card shadow-sm"><div class="card-body">
                <p class="mb-0">For assistance, please contact the e-Invoice helpdesk at 1800-103-4786 (9:00 AM to 6:00 PM, Monday to Saturday) or raise a ticket on the self-service portal.</p>
            </div></div>
        </div>`;
  return publicLayout(ctx, title, body, []);
}

const AF_SECRET = randomBytes(32);

/** A `CfDJ8...` token bound to the browser's anti-forgery cookie. */
function antiforgeryToken(cookieId: string): string {
  const nonce = randomBytes(12);
  const mac = createHmac('sha256', AF_SECRET).update(cookieId).update(nonce).digest().subarray(0, 24);
  return `CfDJ8${Buffer.concat([nonce, mac]).toString('base64url')}`;
}

function antiforgeryValid(cookieId: string, token: string | null | undefined): boolean {
  if (!cookieId || !token?.startsWith('CfDJ8')) return false;
  const raw = Buffer.from(token.slice(5), 'base64url');
  if (raw.length !== 36) return false;
  const mac = createHmac('sha256', AF_SECRET).update(cookieId).update(raw.subarray(0, 12)).digest();
  return mac.subarray(0, 24).equals(raw.subarray(12));
}

function localUrl(url: string | null | undefined): string {
  return url && /^\/(?![/\\])/.test(url) ? url : '';
}

export async function startAspcoreBs4R14Rendition(
  options: AspcoreBs4R14Options = {},
): Promise<AspcoreBs4R14Rendition> {
  const state: AspcoreBs4R14State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  let expiryDue: AspcoreBs4R14Expiry | undefined = options.expireOnce;

  function send(ctx: Ctx, status: number, type: string, body: string, headers: Record<string, string> = {}) {
    const all: Record<string, string | string[]> = {
      'Content-Type': type,
      'Cache-Control': 'no-cache, no-store',
      Pragma: 'no-cache',
      'X-Frame-Options': 'SAMEORIGIN',
      'X-Content-Type-Options': 'nosniff',
      Server: 'Kestrel',
      ...headers,
    };
    if (ctx.setCookies.length) all['Set-Cookie'] = ctx.setCookies;
    ctx.res.writeHead(status, all);
    ctx.res.end(body);
  }
  const html = (ctx: Ctx, body: string, status = 200) => send(ctx, status, 'text/html; charset=utf-8', body);
  const json = (ctx: Ctx, body: unknown, status = 200) =>
    send(ctx, status, 'application/json; charset=utf-8', JSON.stringify(body));
  const redirect = (ctx: Ctx, location: string) =>
    send(ctx, 302, 'text/html; charset=utf-8', '', { Location: location });

  function newSession(ctx: Ctx): Session {
    const session: Session = {
      id: randomBytes(24).toString('base64url'),
      lastSeen: Date.now(),
      salt: '',
      authed: false,
      pending2fa: false,
      returnUrl: '',
      popups: false,
      apiOtpSentAt: 0,
      apiOtpVerified: false,
    };
    sessions.set(session.id, session);
    ctx.session = session;
    ctx.setCookies.push(`${SESSION_COOKIE}=${session.id}; path=/; samesite=lax; httponly`);
    return session;
  }
  const ensureSession = (ctx: Ctx): Session => ctx.session ?? newSession(ctx);

  function setTempData(ctx: Ctx, data: { kind: string; text: string }) {
    const value = Buffer.from(JSON.stringify(data)).toString('base64url');
    ctx.setCookies.push(`${TEMPDATA_COOKIE}=${value}; path=/; samesite=lax; httponly`);
  }
  function takeTempData(ctx: Ctx): { kind: string; text: string } | undefined {
    const raw = ctx.cookies[TEMPDATA_COOKIE];
    if (!raw) return undefined;
    ctx.setCookies.push(
      `${TEMPDATA_COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/; samesite=lax; httponly`,
    );
    try {
      return JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as { kind: string; text: string };
    } catch {
      return undefined;
    }
  }

  /** [Authorize]: the cookie handler's answer for a request without a signed-in session. */
  function requireAuth(ctx: Ctx): boolean {
    if (ctx.session?.authed) return true;
    if (ctx.stale) setTempData(ctx, { kind: 'warning', text: 'Session expired. Please login again.' });
    if (ctx.ajax) {
      send(ctx, 401, 'text/plain; charset=utf-8', '', { 'WWW-Authenticate': 'Cookie' });
    } else {
      const back = ctx.req.method === 'GET' ? ctx.url.pathname + ctx.url.search : ctx.url.pathname;
      redirect(ctx, `/Account/Login?ReturnUrl=${encodeURIComponent(back)}`);
    }
    return false;
  }

  /** expireOnce: the first signed-in request of that stage finds its session deleted. */
  function expireIfDue(ctx: Ctx, stage: AspcoreBs4R14Expiry) {
    if (expiryDue !== stage || !ctx.session?.authed) return;
    expiryDue = undefined;
    sessions.delete(ctx.session.id);
    ctx.session = undefined;
    ctx.stale = true;
    state.expired.push(stage);
  }

  /** [ValidateAntiForgeryToken]: a 400 with no body when the token is missing or wrong. */
  function antiforgeryOk(ctx: Ctx, body: URLSearchParams): boolean {
    const token =
      body.get('__RequestVerificationToken') ?? (ctx.req.headers.requestverificationtoken as string);
    if (antiforgeryValid(ctx.cookies[ANTIFORGERY_COOKIE] ?? '', token)) return true;
    send(ctx, 400, 'text/plain; charset=utf-8', '');
    return false;
  }

  function loginView(ctx: Ctx, over: Partial<LoginView>): string {
    return homePage(ctx, { open: true, returnUrl: '', username: '', errors: [], ...over });
  }

  async function postLogin(ctx: Ctx, body: URLSearchParams) {
    const session = ensureSession(ctx);
    const returnUrl = localUrl(body.get('ReturnUrl'));
    const username = (body.get('UserLogin.UserName') ?? '').trim();
    const sha = body.get('UserLogin.HiddenPasswordSha') ?? '';
    const captcha = (body.get('CaptchaCode') ?? '').trim();
    const salt = session.salt;
    session.salt = '';
    const missing: string[] = [];
    if (!username) missing.push('Please enter Username');
    if (!sha) missing.push('Please enter Password');
    if (!captcha) missing.push('Please enter Captcha');
    if (missing.length) return html(ctx, loginView(ctx, { returnUrl, username, errors: missing }));
    if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
      state.refusals.push('captcha');
      return html(
        ctx,
        loginView(ctx, {
          returnUrl,
          username,
          errors: ['Invalid Captcha. Please enter the characters shown in the image.'],
        }),
      );
    }
    const expected = sha256Hex(sha256Hex(md5Hex(ASPCORE_BS4_R14_LOGIN.password)) + salt);
    if (
      username.toLowerCase() !== ASPCORE_BS4_R14_LOGIN.username.toLowerCase() ||
      !salt ||
      sha !== expected
    ) {
      state.refusals.push('login');
      return html(
        ctx,
        loginView(ctx, {
          returnUrl,
          username,
          errors: ['Invalid Login Credentials. Please check the Username and Password.'],
        }),
      );
    }
    session.pending2fa = true;
    session.authed = false;
    session.returnUrl = returnUrl;
    return redirect(ctx, '/Account/VerifyOtp');
  }

  async function postLoginOtp(ctx: Ctx, body: URLSearchParams) {
    const session = ctx.session;
    if (!session?.pending2fa) return redirect(ctx, '/Account/Login');
    const otp = (body.get('Otp') ?? '').trim();
    if (!otp) return html(ctx, verifyOtpPage(ctx, ['Please enter OTP']));
    if (otp !== state.loginOtp) {
      state.refusals.push('login-otp');
      return html(
        ctx,
        verifyOtpPage(ctx, [
          'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
        ]),
      );
    }
    session.pending2fa = false;
    session.authed = true;
    session.popups = true;
    const back = session.returnUrl || '/Home/MainMenu';
    session.returnUrl = '';
    return redirect(ctx, back);
  }

  function sendApiOtp(ctx: Ctx) {
    const session = ctx.session as Session;
    session.apiOtpSentAt = Date.now();
    session.apiOtpVerified = false;
    return json(ctx, {
      success: true,
      message: `OTP has been sent to your registered mobile number ${MOBILE_MASKED}.`,
    });
  }

  function verifyApiOtp(ctx: Ctx, body: URLSearchParams) {
    const session = ctx.session as Session;
    const otp = (body.get('Otp') ?? '').trim();
    if (!session.apiOtpSentAt) {
      return json(ctx, { success: false, message: 'Please click Send OTP to receive the OTP.' });
    }
    if (Date.now() - session.apiOtpSentAt > OTP_VALID_MS) {
      return json(ctx, {
        success: false,
        message: 'OTP has expired. Please click Resend OTP to get a new OTP.',
      });
    }
    if (otp !== state.apiOtp) {
      state.refusals.push('api-otp');
      return json(ctx, {
        success: false,
        message: 'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
      });
    }
    session.apiOtpSentAt = 0;
    session.apiOtpVerified = true;
    return json(ctx, { success: true, message: 'OTP verified successfully.' });
  }

  function postCreateApiUser(ctx: Ctx, body: URLSearchParams) {
    const session = ctx.session as Session;
    if (!session.apiOtpVerified) {
      setTempData(ctx, { kind: 'danger', text: 'Please verify the OTP before creating the API user.' });
      return redirect(ctx, '/ApiRegistration/CreateApiUser');
    }
    const regType = body.get('RegistrationType') ?? '';
    const gspId = body.get('GspId') ?? '';
    const userNameRaw = (body.get('UserName') ?? '').trim();
    const password = body.get('Password') ?? '';
    const confirm = body.get('ConfirmPassword') ?? '';
    const view: FormView = { regType, gspId, userName: userNameRaw, errors: [], fieldErrors: {} };
    const fe = view.fieldErrors;
    const gsp = GSPS.find((g) => g.id === gspId);
    const typed = userNameRaw.replace(/^API_/i, '');
    if (!regType) fe.RegistrationType = 'Please select the registration type';
    else if (regType !== 'GSP')
      view.errors.push('The selected registration type is not enabled for your GSTIN.');
    else {
      if (!gsp) fe.GspId = 'Please select your GSP';
      if (!typed) fe.UserName = 'Please enter Username';
      else if (!/^[A-Za-z0-9_]{3,20}$/.test(typed)) {
        fe.UserName = 'Username must be 3 to 20 characters: letters, digits or underscore';
      }
      if (!password) fe.Password = 'Please enter Password';
      else if (!new RegExp(`^(?:${PASSWORD_PATTERN})$`).test(password)) fe.Password = PASSWORD_RULE;
      if (!confirm) fe.ConfirmPassword = 'Please re-enter Password';
      else if (confirm !== password) fe.ConfirmPassword = 'Password and Re-enter Password do not match.';
    }
    if (view.errors.length || Object.keys(fe).length || !gsp) {
      return html(ctx, createApiUserPage(ctx, state, view));
    }
    const username = `API_${typed}`;
    const onFile = [...EARLIER, ...state.users.filter((u) => u.gstin === state.gstin)];
    if (onFile.some((r) => r.gsp === gsp.name)) {
      state.refusals.push('duplicate');
      view.errors.push(`Your GSTIN ${state.gstin} is already registered with ${gsp.name}.`);
      return html(ctx, createApiUserPage(ctx, state, view));
    }
    const taken = [
      ...TAKEN_USERNAMES,
      ...EARLIER.map((e) => e.username),
      ...state.users.map((u) => u.username),
    ];
    if (taken.some((name) => name.toLowerCase() === username.toLowerCase())) {
      state.refusals.push('username-taken');
      view.errors.push(`User Name ${username} is already taken. Please choose a different User Name.`);
      return html(ctx, createApiUserPage(ctx, state, view));
    }
    state.users.push({ gstin: state.gstin, gsp: gsp.name, username, password, createdOn: nowStamp() });
    session.apiOtpVerified = false;
    setTempData(ctx, { kind: 'created', text: `${gsp.name}\n${username}` });
    return redirect(ctx, '/ApiRegistration/CreateApiUser');
  }

  async function route(ctx: Ctx): Promise<void> {
    const method = ctx.req.method ?? 'GET';
    const p = ctx.path;
    if (method === 'GET' || method === 'HEAD') {
      const file = STATIC[Object.keys(STATIC).find((k) => k.toLowerCase() === p) ?? ''];
      if (file)
        return send(ctx, 200, `${file.type}; charset=utf-8`, file.body, { 'Cache-Control': 'no-cache' });
      if (p === '/favicon.ico') return send(ctx, 204, 'image/x-icon', '');
      if (p === '/' || p === '/home' || p === '/home/index') {
        if (ctx.session?.authed) return redirect(ctx, '/Home/MainMenu');
        ensureSession(ctx);
        return html(ctx, homePage(ctx, { open: false, returnUrl: '', username: '', errors: [] }));
      }
      if (p === '/account/login' || p === '/home/login') {
        if (ctx.session?.authed) return redirect(ctx, '/Home/MainMenu');
        ensureSession(ctx);
        const notice = takeTempData(ctx);
        return html(
          ctx,
          loginView(ctx, { returnUrl: localUrl(ctx.url.searchParams.get('ReturnUrl')), notice }),
        );
      }
      if (p === '/home/getkey') {
        const session = ensureSession(ctx);
        session.salt = randomBytes(16).toString('hex');
        return send(ctx, 200, 'text/plain; charset=utf-8', session.salt);
      }
      if (p === '/get-captcha-image') {
        ensureSession(ctx);
        return send(ctx, 200, 'image/svg+xml', captchaSvg(state.captcha));
      }
      if (p === '/account/verifyotp') {
        if (!ctx.session?.pending2fa) return redirect(ctx, '/Account/Login');
        return html(ctx, verifyOtpPage(ctx, []));
      }
      if (['/home/help', '/home/contact', '/account/forgotusername', '/account/forgotpassword'].includes(p)) {
        const titles: Record<string, string> = {
          '/home/help': 'Help',
          '/home/contact': 'Contact Us',
          '/account/forgotusername': 'Forgot Username',
          '/account/forgotpassword': 'Forgot Password',
        };
        return html(ctx, publicInfoPage(ctx, titles[p] ?? 'Help'));
      }
      if (p === '/home/mainmenu') {
        if (!requireAuth(ctx)) return;
        return html(ctx, dashboardPage(ctx, state));
      }
      if (p === '/apiregistration/createapiuser') {
        if (!requireAuth(ctx)) return;
        return html(ctx, createApiUserPage(ctx, state, EMPTY_FORM, takeTempData(ctx)));
      }
      if (p === '/apiregistration/createapiuserform') {
        if (!requireAuth(ctx)) return;
        if (!ctx.session?.apiOtpVerified) return send(ctx, 400, 'text/plain; charset=utf-8', '');
        return html(ctx, createApiUserForm(ctx, EMPTY_FORM));
      }
      if (p === '/apiregistration/getgsplist') {
        if (!requireAuth(ctx)) return;
        return json(
          ctx,
          GSPS.map((g) => ({ gspId: g.id, gspName: g.name })),
        );
      }
      const placeholder = PLACEHOLDERS.get(p);
      if (placeholder) {
        if (!requireAuth(ctx)) return;
        return html(ctx, placeholderPage(ctx, state, placeholder));
      }
    }
    if (method === 'POST') {
      const body = await readBody(ctx.req);
      if (p === '/home/login') {
        if (!antiforgeryOk(ctx, body)) return;
        return postLogin(ctx, body);
      }
      if (p === '/account/verifyotp') {
        if (!antiforgeryOk(ctx, body)) return;
        return postLoginOtp(ctx, body);
      }
      if (p === '/account/resendotp') {
        if (!ctx.session?.pending2fa) return send(ctx, 401, 'text/plain; charset=utf-8', '');
        if (!antiforgeryOk(ctx, body)) return;
        return json(ctx, {
          success: true,
          message: `OTP has been resent to your registered mobile number ${MOBILE_MASKED}.`,
        });
      }
      if (p === '/account/logout') {
        if (!antiforgeryOk(ctx, body)) return;
        if (ctx.session) sessions.delete(ctx.session.id);
        ctx.setCookies.push(
          `${SESSION_COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/; samesite=lax; httponly`,
        );
        return redirect(ctx, '/');
      }
      if (p === '/apiregistration/sendotp') {
        expireIfDue(ctx, 'api-otp-send');
        if (!requireAuth(ctx) || !antiforgeryOk(ctx, body)) return;
        return sendApiOtp(ctx);
      }
      if (p === '/apiregistration/verifyotp') {
        expireIfDue(ctx, 'api-otp-verify');
        if (!requireAuth(ctx) || !antiforgeryOk(ctx, body)) return;
        return verifyApiOtp(ctx, body);
      }
      if (p === '/apiregistration/createapiuser') {
        expireIfDue(ctx, 'submit');
        if (!requireAuth(ctx) || !antiforgeryOk(ctx, body)) return;
        return postCreateApiUser(ctx, body);
      }
    }
    return html(
      ctx,
      publicLayout(
        ctx,
        'Not Found',
        '<section class="home-banner"><div class="container"><h1>404 - Page not found</h1><p>The page you are looking for does not exist. <a class="text-white" href="/"><u>Go to Home</u></a></p></div></section>',
        [],
      ),
      404,
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const cookies = parseCookies(req.headers.cookie);
    const ctx: Ctx = {
      req,
      res,
      url,
      path: (url.pathname.replace(/\/+$/, '') || '/').toLowerCase(),
      cookies,
      setCookies: [],
      session: undefined,
      stale: false,
      ajax: req.headers['x-requested-with'] === 'XMLHttpRequest',
      antiforgeryId: cookies[ANTIFORGERY_COOKIE] ?? '',
    };
    const sid = cookies[SESSION_COOKIE];
    if (sid) {
      const session = sessions.get(sid);
      if (session && Date.now() - session.lastSeen < IDLE_MS) {
        session.lastSeen = Date.now();
        ctx.session = session;
      } else {
        if (session) sessions.delete(sid);
        ctx.stale = true;
      }
    }
    if (!ctx.antiforgeryId) {
      ctx.antiforgeryId = randomBytes(16).toString('base64url');
      ctx.setCookies.push(`${ANTIFORGERY_COOKIE}=${ctx.antiforgeryId}; path=/; samesite=strict; httponly`);
    }
    try {
      await route(ctx);
    } catch (error) {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(
          `<h1 class="text-danger">Error.</h1><h2 class="text-danger">An error occurred while processing your request.</h2><!-- ${esc(String(error))} -->`,
        );
      } else res.destroy();
    }
  }

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  const sockets = new Set<Socket>();
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
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      }),
  };
}
