/**
 * Rendition r17-syncfusion: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2020-2024 ASP.NET Core + Angular portal
 * built on Syncfusion Essential JS 2 (material theme) would draw it. No Syncfusion file is used: a small
 * hand-written runtime (`ej.*` in the page) renders the DOM the EJ2 controls render, with their quirks:
 * floating labels drawn over the box after the input, a TreeView menu whose groups open on the arrow or a
 * double click only (expandOn 'Auto'), children rendered on first expand and slid down in 400 ms, Dialogs
 * appended to <body> in an `e-dlg-container` with a separate `e-dlg-overlay`, DialogUtility alert/confirm,
 * Toasts (3 s, progress bar) in `#toast_default`, FormValidator `label.e-error`, RadioButtons whose input
 * is clipped and whose circle is the label's ::before, a DropDownList with filtering (StartsWith) whose
 * popup is appended to <body> and removed on close, the OTP input (six boxes), Spinner, Message and Grid.
 *
 * Choices made where the facts are silent:
 * - URLs: `/` is a public landing page (header button "Login", `button#btnLogin`) linking to the ASP.NET
 *   Core Identity page `/Identity/Account/Login`; 2FA at `/Identity/Account/LoginWith2fa`; the signed-in
 *   Angular app is served at `/Home/MainMenu` with hash routes (`#/dashboard`,
 *   `#/api-registration/user-credentials/create-api-user`, placeholders for other leaves). JSON under `/api/`.
 * - Login and 2FA are Razor pages posted as forms (antiforgery `__RequestVerificationToken`); refusals
 *   re-render the page with a `div.e-message.e-error` in the card, a `label.e-error` under the field and a
 *   red toast: "Invalid Captcha. Please enter the characters shown in the image.", "Invalid Login
 *   Credentials. Please check your username and password.", "Invalid OTP. Please enter the valid OTP sent
 *   to your registered mobile number.". The captcha is `/get-captcha-image` (SVG in an <img>, checked
 *   first, case-insensitively). Empty fields are stopped by the FormValidator ("Enter the ...").
 * - After login: the Dialog "Contacts of Technical Person" (Name, Mobile, E-mail; footer "Update" and
 *   "Exit", header close icon), once per session, after the app loads `/api/Profile/TechnicalContact`.
 *   Closed, it stays in the DOM hidden (`e-popup-close`, container `display:none`), as EJ2 leaves it.
 * - Menu (left `aside.e-sidebar` with a TreeView): Dash Board; e-Invoice (...); API Registration → User
 *   Credentials → Create API User / View API Users, IP Whitelisting, Freeze API User, Change API Password;
 *   MIS Reports (...); User Management (...). A click on a text selects it and navigates for leaves only.
 * - Create API User: card "API Registration"; "Send OTP" (POST /api/ApiRegistration/SendOtp), then "Enter
 *   OTP" (the OTP input) and "Verify OTP" (POST .../VerifyOtp). Wrong OTP: red toast + `div.e-error`
 *   "Invalid OTP. Please enter the valid OTP." (boxes emptied, unlimited retries). Then "Do you wish to
 *   Register your GSTIN for" radios Directly / Through GSP / Through ERP / Through Client-Id of other (only
 *   Through GSP enables the form), "Select your GSP" (26 names, DEFMACRO among them), "Username" with an
 *   `API_` prefix icon (3-20 letters, digits or _; a typed API_ is not doubled), "Password" and "Re-enter
 *   Password" (8-15 chars, upper, lower, digit, special), "Submit" and "Exit". Submit asks
 *   DialogUtility.confirm ('Confirm', 'Do you want to create the API user?', OK / Cancel).
 * - Refusals after OK: `duplicate` ("GSTIN ... is already registered with <GSP>.": TERA SOFTWARE LIMITED is
 *   on file from before, and any made here) and `username-taken` (API_admin, API_test, API_demo, any made),
 *   as a red toast and a `div.e-message.e-error` above the form.
 * - Success: `div.e-message.e-success` "API user API_x created successfully for <GSP>. ...", a green toast,
 *   the form gone, and the Grid "GSPs registered for GSTIN <gstin>" gains the row.
 * - Sessions: cookie `.AspNetCore.Session` (HttpOnly) naming server-side state; `XSRF-TOKEN` cookie echoed
 *   as `X-XSRF-TOKEN` on API posts. A page GET without a signed-in session is a 302 to the login page
 *   (`?ReturnUrl=`); an API call gets 401 and the page shows DialogUtility.alert ('Session Expired', 'Your
 *   session has expired. Please sign in again.') whose OK goes to `/Identity/Account/Login?expired=1`,
 *   which shows a `div.e-message.e-warning` with the same words.
 * - expireOnce: the first request of that stage deletes the server session and answers 401.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type SyncfusionR17Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface SyncfusionR17Options {
  expireOnce?: SyncfusionR17Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface SyncfusionR17State {
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

export interface SyncfusionR17Rendition {
  url: string;
  close(): Promise<void>;
  state: SyncfusionR17State;
}

export const SYNCFUSION_R17_LOGIN: { username: string; password: string } = {
  username: 'ufmpune27',
  password: 'Sync@Einv2024',
};

const MASKED_MOBILE = 'XXXXXX7310';
const LEGAL_NAME = 'UNIFAB MACHINES PUNE LLP';

/** The GSPs of the dropdown, as the portal's master table holds them (id, name: spelling as found). */
const GSPS: { id: string; name: string }[] = [
  'Adaequare Info Private Limited',
  'ALANKIT LIMITED',
  'Botree Software International Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Jio Platforms Limited',
  'KFin Technologies Limited',
  'Mastek Limited',
  'Masters India Private Limited',
  'Protean eGov Technologies Limited',
  'Reliance Corporate IT Park Limited',
  'SAG Infotech Private Limited',
  'Senrysa Technologies Private Limited',
  'Spice Digital Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Vayana Network Services Private Limited',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
].map((name, i) => ({ id: String(1001 + ((i * 7) % 26) * 3), name }));

/** A registration on file before this session: the grid shows it, and it makes TERA a duplicate. */
const EARLIER = { gsp: 'TERA SOFTWARE LIMITED', username: 'API_ufmtera', createdOn: '14/03/2023' };
const TAKEN_USERNAMES = ['API_admin', 'API_test', 'API_demo', 'API_einvoice', EARLIER.username];

interface Session {
  id: string;
  xsrf: string;
  /** 'anon' before the password, '2fa' between password and OTP, 'in' when signed in. */
  stage: 'anon' | '2fa' | 'in';
  returnUrl: string;
  techShown: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
}

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

function token(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** An antiforgery token as ASP.NET Core draws it (`CfDJ8…`). */
function antiforgery(): string {
  return `CfDJ8${token(60)}`;
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** The captcha picture: the characters as glyphs of an SVG (never text in the page's DOM), with noise. */
function captchaSvg(text: string): string {
  const rnd = (min: number, max: number) => min + Math.random() * (max - min);
  const colours = ['#1a237e', '#b71c1c', '#1b5e20', '#4a148c', '#e65100', '#006064'];
  let glyphs = '';
  [...text].forEach((ch, i) => {
    const x = 18 + i * 26 + rnd(-3, 3);
    const y = 34 + rnd(-4, 4);
    const colour = colours[Math.floor(rnd(0, colours.length))] ?? '#333';
    glyphs += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" fill="${colour}" font-family="Georgia,serif" font-size="${rnd(24, 30).toFixed(0)}" font-weight="bold" transform="rotate(${rnd(-18, 18).toFixed(0)} ${x.toFixed(0)} ${y.toFixed(0)})">${esc(ch)}</text>`;
  });
  let noise = '';
  for (let i = 0; i < 7; i++) {
    noise += `<path d="M${rnd(0, 40).toFixed(0)} ${rnd(5, 45).toFixed(0)} Q${rnd(40, 110).toFixed(0)} ${rnd(0, 50).toFixed(0)} ${rnd(110, 160).toFixed(0)} ${rnd(5, 45).toFixed(0)}" stroke="${colours[i % colours.length]}" stroke-width="${rnd(0.6, 1.6).toFixed(1)}" fill="none" opacity="0.7"/>`;
  }
  for (let i = 0; i < 40; i++) {
    noise += `<circle cx="${rnd(0, 160).toFixed(0)}" cy="${rnd(0, 50).toFixed(0)}" r="${rnd(0.5, 1.5).toFixed(1)}" fill="#555"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="50" viewBox="0 0 160 50"><rect width="160" height="50" fill="#eef3f7"/>${noise}${glyphs}</svg>`;
}

/** The material theme, the parts of it these pages use (after @syncfusion/ej2/material.css). */
const CSS = String.raw`
*,*::before,*::after{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font-family:Roboto,"Segoe UI","GeezaPro","DejaVu Serif",sans-serif;font-size:14px;color:rgba(0,0,0,.87);background:#f4f5f7;-webkit-font-smoothing:antialiased}
body.e-scroll-disabled{overflow:hidden}
a{color:#3f51b5}
.e-icons{font-style:normal;font-weight:400;line-height:1;display:inline-block}
/* buttons */
.e-btn{display:inline-flex;align-items:center;justify-content:center;gap:6px;position:relative;overflow:hidden;font-family:inherit;font-size:14px;font-weight:500;line-height:1.143em;padding:6px 12px;min-height:36px;border:1px solid transparent;border-radius:2px;background:#fafafa;color:rgba(0,0,0,.87);text-transform:uppercase;cursor:pointer;box-shadow:0 3px 1px -2px rgba(0,0,0,.2),0 2px 2px 0 rgba(0,0,0,.14),0 1px 5px 0 rgba(0,0,0,.12);transition:box-shadow 280ms cubic-bezier(.4,0,.2,1),background-color 200ms;user-select:none;outline:none;white-space:nowrap}
.e-btn:hover{background:rgba(0,0,0,.06)}
.e-btn:focus-visible{box-shadow:0 0 0 2px rgba(63,81,181,.35)}
.e-btn:active{box-shadow:0 5px 5px -3px rgba(0,0,0,.2),0 8px 10px 1px rgba(0,0,0,.14),0 3px 14px 2px rgba(0,0,0,.12)}
.e-btn.e-primary{background:#3f51b5;color:#fff}
.e-btn.e-primary:hover{background:#3c4eaf}
.e-btn.e-danger{background:#e3165b;color:#fff}
.e-btn.e-flat{background:transparent;box-shadow:none;border-color:transparent}
.e-btn.e-flat:hover{background:rgba(0,0,0,.04)}
.e-btn.e-flat.e-primary{color:#3f51b5;background:transparent}
.e-btn.e-outline{background:transparent;border-color:#adadad;box-shadow:none}
.e-btn.e-block{display:flex;width:100%}
.e-btn:disabled,.e-btn.e-disabled{background:rgba(0,0,0,.12);color:rgba(0,0,0,.26);box-shadow:none;cursor:default;pointer-events:none}
.e-btn.e-flat:disabled{background:transparent}
.e-btn.e-icon-btn{padding:6px;min-height:32px;min-width:32px}
.e-ripple-element{position:absolute;border-radius:50%;background:rgba(255,255,255,.35);pointer-events:none;transform:scale(0);animation:e-ripple 450ms ease-out forwards}
.e-btn.e-flat .e-ripple-element{background:rgba(0,0,0,.12)}
@keyframes e-ripple{to{transform:scale(1);opacity:0}}
/* text boxes */
.e-input-group{position:relative;display:flex;align-items:flex-end;width:100%;border-bottom:1px solid rgba(0,0,0,.42);background:transparent}
.e-input-group.e-float-input{margin-top:16px}
.e-input-group input.e-input,.e-float-input input.e-input{flex:1;min-width:0;font-family:inherit;font-size:14px;color:rgba(0,0,0,.87);border:0;outline:none;background:transparent;height:32px;padding:4px 0 4px}
.e-float-input .e-float-line{position:absolute;left:0;right:0;bottom:-1px;height:2px;pointer-events:none}
.e-float-input .e-float-line::before,.e-float-input .e-float-line::after{content:"";position:absolute;bottom:0;height:2px;width:0;background:#3f51b5;transition:width .2s ease}
.e-float-input .e-float-line::before{left:50%}
.e-float-input .e-float-line::after{right:50%}
.e-float-input.e-input-focus .e-float-line::before,.e-float-input.e-input-focus .e-float-line::after{width:50%}
.e-float-input label.e-float-text{position:absolute;left:0;top:0;font-size:14px;color:rgba(0,0,0,.54);pointer-events:none;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:100%;transform-origin:0 0;transition:transform .2s cubic-bezier(.4,0,.2,1),font-size .2s,color .2s}
.e-float-input label.e-float-text.e-label-bottom{transform:translateY(10px)}
.e-float-input label.e-float-text.e-label-top{transform:translateY(-14px);font-size:12px}
.e-float-input.e-input-focus label.e-float-text.e-label-top{color:#3f51b5}
.e-input-group.e-prefix-text label.e-float-text.e-label-bottom{left:44px}
.e-input-group .e-input-group-icon{display:inline-flex;align-items:center;justify-content:center;min-width:30px;height:32px;color:rgba(0,0,0,.54);cursor:pointer;font-size:13px;user-select:none}
.e-input-group .e-input-group-icon.e-prefix{cursor:default;font-weight:500;color:rgba(0,0,0,.7);min-width:38px;justify-content:flex-start}
.e-input-group.e-error,.e-input-group.e-error.e-input-focus{border-bottom-color:#f44336}
.e-input-group.e-error label.e-float-text{color:#f44336!important}
.e-input-group.e-error .e-float-line::before,.e-input-group.e-error .e-float-line::after{background:#f44336}
.e-input-group.e-disabled{border-bottom-style:dotted;opacity:.6}
label.e-error,div.e-error:not(.e-input-group){display:block;color:#f44336;font-size:12px;padding-top:4px;min-height:16px}
.e-icons.e-eye::before{content:"";display:block;width:18px;height:12px;border:2px solid currentColor;border-radius:75% 15%;transform:rotate(45deg) scale(.8)}
.e-icons.e-eye-slash::before{content:"";display:block;width:18px;height:2px;background:currentColor;transform:rotate(-35deg)}
/* dropdown list */
.e-ddl.e-input-group{cursor:pointer}
.e-ddl.e-input-group input.e-input{cursor:pointer}
.e-ddl-hidden{position:absolute;width:1px;height:1px;opacity:0;pointer-events:none;border:0;padding:0;clip:rect(0 0 0 0)}
.e-ddl-icon::before{content:"";width:0;height:0;border-left:5px solid transparent;border-right:5px solid transparent;border-top:5px solid rgba(0,0,0,.54);transition:transform .2s}
.e-ddl.e-input-group[aria-expanded="true"] .e-ddl-icon::before{transform:rotate(180deg)}
.e-popup{position:absolute;z-index:1000;background:#fff;box-shadow:0 5px 5px -3px rgba(0,0,0,.2),0 8px 10px 1px rgba(0,0,0,.14),0 3px 14px 2px rgba(0,0,0,.12)}
.e-popup.e-popup-close{display:none}
.e-ddl.e-popup{border-radius:2px;transition:opacity .1s ease-out;overflow:hidden}
.e-ddl.e-popup .e-filter-parent{display:block;padding:4px 12px;border-bottom:1px solid #e0e0e0;background:#fff}
.e-ddl.e-popup .e-filter-parent .e-input-group{margin:0;border-bottom-color:#3f51b5}
.e-ddl.e-popup .e-input-filter{flex:1;border:0;outline:none;height:32px;font:inherit}
.e-clear-icon{display:inline-flex;align-items:center;padding:0 6px;cursor:pointer;color:rgba(0,0,0,.54)}
.e-clear-icon::before{content:"\2715";font-size:12px}
.e-clear-icon-hide{display:none}
.e-dropdownbase{overflow-y:auto}
.e-dropdownbase.e-nodata{padding:14px 16px;color:rgba(0,0,0,.54);text-align:center}
.e-dropdownbase .e-list-parent{list-style:none;margin:0;padding:0}
.e-dropdownbase .e-list-item{padding:0 16px;line-height:36px;min-height:36px;cursor:pointer;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-size:14px}
.e-dropdownbase .e-list-item.e-hover{background:#eee}
.e-dropdownbase .e-list-item.e-item-focus{background:#eee}
.e-dropdownbase .e-list-item.e-active{color:#3f51b5;background:#eee}
/* radio */
.e-radio-wrapper{display:inline-block;position:relative;line-height:1;margin:6px 24px 6px 0}
.e-radio{-webkit-appearance:none;appearance:none;position:absolute;width:1px;height:1px;opacity:0;margin:0;clip:rect(0 0 0 0);overflow:hidden}
.e-radio+label{position:relative;display:inline-flex;align-items:center;cursor:pointer;user-select:none;padding-left:28px;min-height:20px}
.e-radio+label::before{content:"";position:absolute;left:0;top:1px;width:18px;height:18px;border:2px solid rgba(0,0,0,.54);border-radius:50%;background:#fff}
.e-radio+label::after{content:"";position:absolute;left:5px;top:6px;width:8px;height:8px;border-radius:50%;background:#e3165b;transform:scale(0);transition:transform .2s}
.e-radio:checked+label::before{border-color:#e3165b}
.e-radio:checked+label::after{transform:scale(1)}
.e-radio:focus-visible+label::before{box-shadow:0 0 0 8px rgba(227,22,91,.12)}
.e-radio+label .e-label{font-size:14px;line-height:20px}
.e-ripple-container{position:absolute;left:-9px;top:-8px;width:36px;height:36px;border-radius:50%;pointer-events:none}
/* checkbox */
.e-checkbox-wrapper{display:inline-flex;align-items:center;gap:8px;cursor:pointer;font-size:14px}
.e-checkbox-wrapper label{display:inline-flex;align-items:center;gap:8px;cursor:pointer}
.e-checkbox{position:absolute;opacity:0;width:1px;height:1px}
.e-checkbox-wrapper .e-frame{width:18px;height:18px;border:2px solid rgba(0,0,0,.54);border-radius:2px;display:inline-block;position:relative}
.e-checkbox-wrapper .e-frame.e-check{background:#e3165b;border-color:#e3165b}
.e-checkbox-wrapper .e-frame.e-check::after{content:"";position:absolute;left:4px;top:0;width:5px;height:10px;border:solid #fff;border-width:0 2px 2px 0;transform:rotate(45deg)}
/* dialog */
.e-dlg-container{display:flex;position:fixed;top:0;left:0;width:100%;height:100%;z-index:1000}
.e-dlg-center-center{align-items:center;justify-content:center}
.e-dlg-overlay{position:fixed;top:0;left:0;width:100%;height:100%;background:rgba(0,0,0,.5);z-index:1000}
.e-dialog{position:relative;z-index:1001;display:flex;flex-direction:column;background:#fff;border-radius:2px;max-height:90%;max-width:95%;box-shadow:0 11px 15px -7px rgba(0,0,0,.2),0 24px 38px 3px rgba(0,0,0,.14),0 9px 46px 8px rgba(0,0,0,.12)}
.e-dialog.e-fade-in{animation:e-fadein .4s ease-out}
.e-dialog.e-fade-out{animation:e-fadeout .4s ease-in forwards}
.e-dlg-overlay.e-fade-in{animation:e-fadein .4s ease-out}
@keyframes e-fadein{from{opacity:0}to{opacity:1}}
@keyframes e-fadeout{from{opacity:1}to{opacity:0}}
.e-dlg-header-content{display:flex;flex-direction:row-reverse;align-items:center;padding:18px 18px 0 24px;border-radius:2px 2px 0 0}
.e-dlg-header{flex:1;font-size:18px;font-weight:500;color:rgba(0,0,0,.87)}
.e-dlg-closeicon-btn{margin-left:8px}
.e-icon-dlg-close::before{content:"\2715";font-size:14px;color:rgba(0,0,0,.54)}
.e-dlg-content{padding:14px 24px;overflow:auto;font-size:14px;line-height:1.5;color:rgba(0,0,0,.87)}
.e-footer-content{display:flex;justify-content:flex-end;gap:8px;padding:8px 12px 12px;border-top:0}
/* toast */
.e-toast-container{position:fixed;z-index:1000;display:flex;flex-direction:column;gap:10px;pointer-events:none}
.e-toast-container.e-toast-top-right{top:10px;right:10px}
.e-toast-container .e-toast{pointer-events:auto;position:relative;display:flex;align-items:flex-start;gap:12px;width:340px;padding:14px 16px 16px;border-radius:2px;background:#303030;color:#fff;box-shadow:0 3px 5px -1px rgba(0,0,0,.2),0 6px 10px 0 rgba(0,0,0,.14),0 1px 18px 0 rgba(0,0,0,.12);overflow:hidden;transition:opacity .6s}
.e-toast-container .e-toast.e-toast-success{background:#dff0d8;color:#3c763d}
.e-toast-container .e-toast.e-toast-danger{background:#f2dede;color:#a94442}
.e-toast-container .e-toast.e-toast-warning{background:#fcf8e3;color:#8a6d3b}
.e-toast-container .e-toast.e-toast-info{background:#d9edf7;color:#31708f}
.e-toast-icon{width:22px;height:22px;border-radius:50%;flex:none;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:14px;border:2px solid currentColor}
.e-toast-success .e-toast-icon::before{content:"\2713"}
.e-toast-danger .e-toast-icon::before{content:"!"}
.e-toast-info .e-toast-icon::before{content:"i"}
.e-toast-warning .e-toast-icon::before{content:"!"}
.e-toast-message{flex:1;min-width:0}
.e-toast-title{font-weight:500;font-size:15px;margin-bottom:4px}
.e-toast-content{font-size:14px;line-height:1.4;word-wrap:break-word}
.e-toast-progress{position:absolute;left:0;bottom:0;height:4px;background:currentColor;opacity:.55}
/* spinner */
.e-spinner-pane{position:absolute;top:0;left:0;width:100%;height:100%;display:flex;align-items:center;justify-content:center;z-index:1000;background:rgba(255,255,255,.55);user-select:none}
.e-spinner-pane.e-spin-hide{display:none}
.e-spinner-inner{display:flex;flex-direction:column;align-items:center}
.e-spin-material{animation:e-spin 1.4s linear infinite;stroke:#3f51b5;fill:none;stroke-width:4;stroke-linecap:square}
.e-spin-material .e-path-circle{stroke-dasharray:80 200;animation:e-dash 1.4s ease-in-out infinite}
@keyframes e-spin{to{transform:rotate(360deg)}}
@keyframes e-dash{0%{stroke-dashoffset:0}50%{stroke-dashoffset:-30}100%{stroke-dashoffset:-105}}
/* message */
.e-message{display:flex;align-items:flex-start;gap:10px;padding:10px 14px;border:1px solid transparent;border-radius:4px;font-size:14px;line-height:20px;margin:0 0 14px}
.e-message .e-msg-icon{width:20px;height:20px;flex:none;border-radius:50%;display:flex;align-items:center;justify-content:center;color:#fff;font-size:12px;font-weight:700}
.e-message .e-msg-content{flex:1}
.e-message.e-success{background:#eaf6ea;border-color:#b7dfb8;color:#1e4620}
.e-message.e-success .e-msg-icon{background:#2e7d32}.e-message.e-success .e-msg-icon::before{content:"\2713"}
.e-message.e-error{background:#fdecea;border-color:#f5c2c0;color:#611a15}
.e-message.e-error .e-msg-icon{background:#d32f2f}.e-message.e-error .e-msg-icon::before{content:"!"}
.e-message.e-warning{background:#fff4e5;border-color:#ffd8a8;color:#663c00}
.e-message.e-warning .e-msg-icon{background:#ed6c02}.e-message.e-warning .e-msg-icon::before{content:"!"}
.e-message.e-info{background:#e8f4fd;border-color:#b6dcf7;color:#0d3c61}
.e-message.e-info .e-msg-icon{background:#0288d1}.e-message.e-info .e-msg-icon::before{content:"i"}
/* grid */
.e-grid{border:1px solid #e0e0e0;background:#fff;font-size:13px}
.e-grid .e-table{width:100%;border-collapse:separate;border-spacing:0;table-layout:fixed}
.e-grid .e-gridheader{border-bottom:1px solid #e0e0e0;background:#fff}
.e-grid .e-headercell{height:42px;padding:0 12px;text-align:left;font-weight:500;font-size:12px;color:rgba(0,0,0,.54)}
.e-grid .e-headercelldiv{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.e-grid .e-rowcell{height:40px;padding:8px 12px;border-top:1px solid #e0e0e0;color:rgba(0,0,0,.87);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.e-grid .e-row:first-child .e-rowcell{border-top:0}
.e-grid.e-gridhover .e-row:hover .e-rowcell{background:#eee}
.e-grid .e-emptyrow td{padding:12px;color:rgba(0,0,0,.54)}
/* card */
.e-card{position:relative;display:flex;flex-direction:column;background:#fff;border-radius:2px;box-shadow:0 1px 3px 0 rgba(0,0,0,.2),0 1px 1px 0 rgba(0,0,0,.14),0 2px 1px -1px rgba(0,0,0,.12);overflow:visible}
.e-card-header{display:flex;align-items:center;padding:14px 16px 8px}
.e-card-header-title{font-size:18px;font-weight:500}
.e-card-sub-title{font-size:12px;color:rgba(0,0,0,.54);margin-top:2px}
.e-card-content{padding:8px 16px 16px;font-size:14px;line-height:1.5}
.e-card-actions{padding:8px 16px 16px;display:flex;gap:10px}
/* otp input */
.e-otpinput{display:inline-flex;gap:10px;padding-top:4px}
.e-otpinput .e-otp-input-field{width:42px;height:46px;text-align:center;font:500 20px Roboto,"Segoe UI",sans-serif;border:1px solid rgba(0,0,0,.38);border-radius:4px;outline:none;background:#fff;padding:0}
.e-otpinput .e-otp-input-field:focus{border:2px solid #3f51b5}
.e-otpinput.e-otp-error .e-otp-input-field{border-color:#f44336}
/* sidebar + treeview */
.e-sidebar{position:fixed;top:56px;bottom:0;left:0;width:260px;background:#fff;border-right:1px solid #e0e0e0;overflow-y:auto;z-index:900;transition:transform .4s ease}
.e-sidebar.e-close{transform:translateX(-100%)}
.e-treeview{font-size:14px;outline:none}
.e-treeview .e-list-parent{list-style:none;margin:0;padding:0}
.e-treeview .e-list-item{position:relative;margin:0;padding:0;cursor:pointer}
.e-treeview .e-fullrow{position:absolute;left:0;right:0;height:40px;pointer-events:none;border:1px solid transparent}
.e-treeview .e-list-item.e-hover>.e-fullrow{background:#eee}
.e-treeview .e-list-item.e-active>.e-fullrow{background:#eee;border-color:#eee}
.e-treeview .e-list-item.e-active>.e-text-content .e-list-text{color:#3f51b5;font-weight:500}
.e-treeview .e-text-content{position:relative;display:flex;align-items:center;height:40px;padding-left:24px;user-select:none}
.e-treeview .e-level-2>.e-text-content{padding-left:48px}
.e-treeview .e-level-3>.e-text-content{padding-left:72px}
.e-treeview .e-icons.interaction{position:absolute;margin-left:-24px;width:24px;height:24px;display:flex;align-items:center;justify-content:center;cursor:pointer}
.e-treeview .e-icon-expandable::before,.e-treeview .e-icon-collapsible::before{content:"";width:0;height:0;border-top:5px solid transparent;border-bottom:5px solid transparent;border-left:6px solid rgba(0,0,0,.54);transition:transform .3s}
.e-treeview .e-icon-collapsible::before{transform:rotate(90deg)}
.e-treeview .e-list-text{padding:0 8px;line-height:24px;color:rgba(0,0,0,.87)}
`;

/**
 * The small runtime that stands in for ej2.min.js: each function renders the DOM the EJ2 control of the
 * same name renders, and its behaviour (floating labels, popups appended to body, animations).
 */
const EJ2_RUNTIME = String.raw`
(function () {
  'use strict';
  var ej = (window.ej = {});
  var uidN = 0;
  ej.uid = function (p) { uidN += 1; return p + '_' + Math.random().toString(36).slice(2, 6) + uidN; };
  function el(tag, cls, attrs) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  ej.el = el;
  function q(s) { return typeof s === 'string' ? document.querySelector(s) : s; }
  function addCls(e, s) { (s || '').split(' ').filter(Boolean).forEach(function (c) { e.classList.add(c); }); }

  /* ---- Button (+ material ripple) ---- */
  function ripple(btn) {
    btn.addEventListener('mousedown', function (ev) {
      var r = btn.getBoundingClientRect();
      var size = Math.max(r.width, r.height) * 2;
      var s = el('span', 'e-ripple-element');
      s.style.width = s.style.height = size + 'px';
      s.style.left = ev.clientX - r.left - size / 2 + 'px';
      s.style.top = ev.clientY - r.top - size / 2 + 'px';
      btn.appendChild(s);
      setTimeout(function () { s.remove(); }, 500);
    });
  }
  ej.button = function (sel, o) {
    var b = q(sel); o = o || {};
    addCls(b, 'e-control e-btn e-lib');
    if (o.isPrimary) b.classList.add('e-primary');
    addCls(b, o.cssClass);
    if (o.iconCss) b.insertBefore(el('span', 'e-btn-icon ' + o.iconCss), b.firstChild);
    if (!b.getAttribute('type')) b.setAttribute('type', 'button');
    ripple(b);
    return {
      element: b,
      set disabled(v) { b.disabled = !!v; b.classList.toggle('e-disabled', !!v); b.setAttribute('aria-disabled', String(!!v)); },
    };
  };

  /* ---- TextBox (floatLabelType 'Auto') ---- */
  ej.textbox = function (sel, o) {
    var input = q(sel); o = o || {};
    var wrap = el('div', 'e-input-group e-control-wrapper e-float-input');
    addCls(wrap, o.cssClass);
    input.parentNode.insertBefore(wrap, input);
    if (o.prefix) {
      wrap.classList.add('e-prefix-text');
      var pre = el('span', 'e-input-group-icon e-prefix');
      pre.textContent = o.prefix;
      wrap.appendChild(pre);
    }
    wrap.appendChild(input);
    addCls(input, 'e-control e-textbox e-lib e-input');
    input.removeAttribute('placeholder');
    wrap.appendChild(el('span', 'e-float-line'));
    var lbl = el('label', 'e-float-text e-label-bottom', { id: 'label_' + input.id });
    lbl.textContent = o.placeholder || '';
    wrap.appendChild(lbl);
    input.setAttribute('aria-labelledby', lbl.id);
    function upd() {
      var has = input.value !== '';
      var top = has || document.activeElement === input;
      lbl.classList.toggle('e-label-top', top);
      lbl.classList.toggle('e-label-bottom', !top);
      wrap.classList.toggle('e-valid-input', has);
    }
    input.addEventListener('focus', function () { wrap.classList.add('e-input-focus'); upd(); });
    input.addEventListener('blur', function () { wrap.classList.remove('e-input-focus'); upd(); });
    input.addEventListener('input', upd);
    input.addEventListener('change', upd);
    if (o.showPasswordIcon) {
      var eye = el('span', 'e-input-group-icon e-icons e-eye', { title: 'Show password', 'aria-label': 'Show password', role: 'button' });
      eye.addEventListener('mousedown', function (ev) { ev.preventDefault(); });
      eye.addEventListener('click', function () {
        var show = input.type === 'password';
        input.type = show ? 'text' : 'password';
        eye.className = 'e-input-group-icon e-icons ' + (show ? 'e-eye-slash' : 'e-eye');
      });
      wrap.appendChild(eye);
    }
    upd();
    return { element: input, wrapper: wrap, refresh: upd,
      set enabled(v) { input.disabled = !v; wrap.classList.toggle('e-disabled', !v); } };
  };

  /* ---- Toast (#toast_default, top right, newest on top, timeOut 3000, extendedTimeout 1000) ---- */
  ej.toast = function (o) {
    var c = document.getElementById('toast_default');
    if (!c) {
      c = el('div', 'e-control e-toast e-lib e-toast-container e-toast-top-right', { id: 'toast_default' });
      c.style.position = 'fixed';
      document.body.appendChild(c);
    }
    var t = el('div', 'e-toast ' + (o.cssClass || 'e-toast-info'), { id: ej.uid('toast'), role: 'alert', 'aria-live': 'assertive', 'aria-atomic': 'true' });
    t.appendChild(el('div', 'e-toast-icon e-icons'));
    var m = el('div', 'e-toast-message');
    var ti = el('div', 'e-toast-title'); ti.textContent = o.title || '';
    var co = el('div', 'e-toast-content'); co.textContent = o.content || '';
    m.appendChild(ti); m.appendChild(co); t.appendChild(m);
    var bar = el('div', 'e-toast-progress'); t.appendChild(bar);
    c.insertBefore(t, c.firstChild);
    t.animate([{ opacity: 0 }, { opacity: 1 }], { duration: 600, easing: 'ease' });
    var span = o.timeOut || 3000, started = Date.now(), timer = null, gone = false;
    function tick() {
      var left = Math.max(0, span - (Date.now() - started));
      bar.style.width = (left / span) * 100 + '%';
      if (left <= 0) hide();
    }
    function run() { clearInterval(timer); timer = setInterval(tick, 40); tick(); }
    function hide() {
      if (gone) return; gone = true; clearInterval(timer);
      t.style.opacity = '0';
      setTimeout(function () { t.remove(); }, 600);
    }
    t.addEventListener('mouseenter', function () { if (!gone) { clearInterval(timer); bar.style.width = '100%'; } });
    t.addEventListener('mouseleave', function () { if (!gone) { span = 1000; started = Date.now(); run(); } });
    run();
    return { element: t, hide: hide };
  };

  /* ---- Dialog (appended to body in an e-dlg-container with a separate e-dlg-overlay) ---- */
  var openDialogs = 0;
  ej.dialog = function (o) {
    var id = o.id || ej.uid('dialog');
    var cont = el('div', 'e-dlg-container e-dlg-center-center', { id: id + '_dialog-container' });
    cont.style.zIndex = '1000';
    var d = el('div', 'e-control e-dialog e-lib e-dlg-modal e-popup e-popup-close', {
      id: id, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': id + '_title',
      'aria-describedby': id + '_dialog-content', tabindex: '-1' });
    d.style.width = o.width || '500px';
    d.style.zIndex = '1001';
    addCls(d, o.cssClass);
    var hc = el('div', 'e-dlg-header-content', { id: id + '_dialog-header' });
    if (o.showCloseIcon) {
      var cb = el('button', 'e-dlg-closeicon-btn e-control e-btn e-lib e-flat e-icon-btn', { type: 'button', title: 'Close', 'aria-label': 'Close' });
      cb.appendChild(el('span', 'e-btn-icon e-icon-dlg-close e-icons'));
      cb.addEventListener('click', function () { api.hide(); });
      hc.appendChild(cb);
    }
    var h = el('div', 'e-dlg-header', { id: id + '_title' });
    h.textContent = o.header || '';
    hc.appendChild(h);
    d.appendChild(hc);
    var ct = el('div', 'e-dlg-content', { id: id + '_dialog-content' });
    if (typeof o.content === 'string') ct.innerHTML = o.content; else if (o.content) ct.appendChild(o.content);
    d.appendChild(ct);
    var buttons = [];
    if (o.buttons && o.buttons.length) {
      var f = el('div', 'e-footer-content');
      o.buttons.forEach(function (bm) {
        var b = el('button', '', { type: 'button' });
        b.textContent = bm.text;
        ej.button(b, { isPrimary: bm.isPrimary, cssClass: bm.cssClass });
        b.addEventListener('click', function () { if (bm.click) bm.click.call(api); });
        f.appendChild(b); buttons.push(b);
      });
      d.appendChild(f);
    }
    cont.appendChild(d);
    var ov = el('div', 'e-dlg-overlay');
    ov.style.zIndex = '1000';
    cont.appendChild(ov);
    cont.style.display = 'none';
    document.body.appendChild(cont);
    d.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape' && o.closeOnEscape !== false) api.hide();
    });
    var visible = false;
    var api = {
      element: d, content: ct, buttons: buttons,
      show: function () {
        if (visible) return; visible = true; openDialogs += 1;
        cont.style.display = 'flex';
        d.classList.remove('e-popup-close'); d.classList.add('e-popup-open', 'e-fade-in'); ov.classList.add('e-fade-in');
        document.body.classList.add('e-scroll-disabled');
        setTimeout(function () { d.classList.remove('e-fade-in'); ov.classList.remove('e-fade-in'); }, 400);
        var primary = d.querySelector('.e-footer-content .e-primary') || d;
        primary.focus();
      },
      hide: function () {
        if (!visible) return; visible = false;
        d.classList.add('e-fade-out');
        setTimeout(function () {
          d.classList.remove('e-fade-out', 'e-popup-open'); d.classList.add('e-popup-close');
          cont.style.display = 'none';
          openDialogs -= 1;
          if (openDialogs <= 0) { openDialogs = 0; document.body.classList.remove('e-scroll-disabled'); }
          if (o.close) o.close();
          if (o.destroyOnHide) cont.remove();
        }, 400);
      },
    };
    if (o.visible !== false) api.show();
    return api;
  };
  ej.DialogUtility = {
    alert: function (o) {
      var ok = o.okButton || {};
      return ej.dialog({ header: o.title, content: o.content, width: o.width || '400px', showCloseIcon: !!o.showCloseIcon,
        closeOnEscape: o.closeOnEscape, destroyOnHide: true, cssClass: 'e-alert-dialog',
        buttons: [{ text: ok.text || 'OK', isPrimary: true, cssClass: 'e-flat', click: ok.click || function () { this.hide(); } }] });
    },
    confirm: function (o) {
      var ok = o.okButton || {}, cancel = o.cancelButton || {};
      return ej.dialog({ header: o.title, content: o.content, width: o.width || '400px', showCloseIcon: !!o.showCloseIcon,
        closeOnEscape: o.closeOnEscape, destroyOnHide: true, cssClass: 'e-confirm-dialog',
        buttons: [
          { text: ok.text || 'OK', isPrimary: true, cssClass: 'e-flat', click: ok.click || function () { this.hide(); } },
          { text: cancel.text || 'Cancel', cssClass: 'e-flat', click: cancel.click || function () { this.hide(); } },
        ] });
    },
  };

  /* ---- Spinner ---- */
  ej.createSpinner = function (target) {
    var pane = el('div', 'e-spinner-pane e-spin-hide');
    var inner = el('div', 'e-spinner-inner', { 'aria-label': 'Loading', role: 'alert', 'aria-busy': 'true' });
    inner.innerHTML = '<svg class="e-spin-material" viewBox="0 0 36 36" style="width:36px;height:36px;transform-origin:18px 18px"><path class="e-path-circle" d="M18 2 A16 16 0 1 1 2 18 A16 16 0 0 1 18 2"></path></svg>';
    pane.appendChild(inner);
    if (getComputedStyle(target).position === 'static') target.style.position = 'relative';
    target.appendChild(pane);
  };
  ej.showSpinner = function (target) {
    var p = target.querySelector(':scope > .e-spinner-pane');
    if (p) { p.classList.remove('e-spin-hide'); p.classList.add('e-spin-show'); }
  };
  ej.hideSpinner = function (target) {
    var p = target.querySelector(':scope > .e-spinner-pane');
    if (p) { p.classList.remove('e-spin-show'); p.classList.add('e-spin-hide'); }
  };

  /* ---- Message ---- */
  ej.message = function (host, severity, content) {
    host.className = 'e-control e-message e-lib e-' + severity;
    host.setAttribute('role', 'alert');
    host.innerHTML = '';
    host.appendChild(el('span', 'e-msg-icon e-icons'));
    var c = el('div', 'e-msg-content'); c.textContent = content;
    host.appendChild(c);
    host.hidden = false;
    return host;
  };

  /* ---- OTP input ---- */
  ej.otpInput = function (host, o) {
    o = o || {};
    var n = o.length || 6;
    addCls(host, 'e-control e-otpinput e-lib e-outline');
    host.setAttribute('role', 'group');
    var boxes = [];
    var hidden = o.name ? el('input', '', { type: 'hidden', name: o.name }) : null;
    function sync() {
      var v = boxes.map(function (b) { return b.value; }).join('');
      if (hidden) hidden.value = v;
      if (o.input) o.input(v);
    }
    function spread(from, digits) {
      for (var k = 0; k < digits.length && from + k < n; k++) boxes[from + k].value = digits[k];
      boxes[Math.min(n - 1, from + digits.length)].focus();
      sync();
    }
    for (var i = 0; i < n; i++) {
      (function (i) {
        var b = el('input', 'e-otp-input-field e-input', { type: 'text', inputmode: 'numeric', autocomplete: 'one-time-code',
          'aria-label': 'Enter Otp Character ' + (i + 1), 'data-index': String(i) });
        b.addEventListener('input', function () {
          var v = b.value.replace(/\D/g, '');
          if (v.length > 1) { b.value = ''; spread(i, v); return; }
          b.value = v;
          if (v && i < n - 1) boxes[i + 1].focus();
          sync();
        });
        b.addEventListener('keydown', function (ev) {
          if (ev.key === 'Backspace' && !b.value && i > 0) { boxes[i - 1].value = ''; boxes[i - 1].focus(); sync(); ev.preventDefault(); }
          if (ev.key === 'ArrowLeft' && i > 0) boxes[i - 1].focus();
          if (ev.key === 'ArrowRight' && i < n - 1) boxes[i + 1].focus();
        });
        b.addEventListener('paste', function (ev) {
          ev.preventDefault();
          spread(i, ((ev.clipboardData && ev.clipboardData.getData('text')) || '').replace(/\D/g, ''));
        });
        b.addEventListener('focus', function () { b.select(); });
        boxes.push(b);
        host.appendChild(b);
      })(i);
    }
    if (hidden) host.appendChild(hidden);
    return {
      element: host, inputs: boxes,
      get value() { return boxes.map(function (b) { return b.value; }).join(''); },
      clear: function () { boxes.forEach(function (b) { b.value = ''; }); if (hidden) hidden.value = ''; },
      focus: function () { boxes[0].focus(); },
      set error(v) { host.classList.toggle('e-otp-error', !!v); },
    };
  };

  /* ---- RadioButton ---- */
  ej.radio = function (input, o) {
    addCls(input, 'e-control e-radio e-lib');
    var w = el('div', 'e-radio-wrapper e-wrapper');
    input.parentNode.insertBefore(w, input);
    w.appendChild(input);
    var lab = el('label', 'e-right', { for: input.id });
    lab.appendChild(el('span', 'e-ripple-container'));
    var sp = el('span', 'e-label'); sp.textContent = o.label;
    lab.appendChild(sp);
    w.appendChild(lab);
    if (o.change) input.addEventListener('change', function () { o.change({ value: input.value, event: null }); });
    return { element: input, wrapper: w };
  };
`;

const EJ2_RUNTIME_2 = String.raw`
  /* ---- DropDownList (allowFiltering, filterType 'StartsWith'; popup appended to body, removed on close) ---- */
  ej.dropDownList = function (sel, o) {
    var input = q(sel), id = input.id, name = input.getAttribute('name') || id;
    var data = o.dataSource || [];
    var wrap = el('span', 'e-input-group e-control-wrapper e-ddl e-lib e-keyboard e-float-input',
      { role: 'combobox', 'aria-expanded': 'false', 'aria-haspopup': 'listbox', 'aria-owns': id + '_options' });
    input.parentNode.insertBefore(wrap, input);
    input.removeAttribute('name');
    var hidden = el('select', 'e-ddl-hidden', { 'aria-hidden': 'true', tabindex: '-1', name: name, 'data-name': name });
    wrap.appendChild(hidden);
    wrap.appendChild(input);
    input.className = 'e-control e-dropdownlist e-lib e-input';
    input.readOnly = true;
    ['role:combobox', 'aria-expanded:false', 'aria-haspopup:listbox', 'aria-autocomplete:list', 'tabindex:0', 'aria-disabled:false']
      .forEach(function (kv) { var at = kv.indexOf(':'); input.setAttribute(kv.slice(0, at), kv.slice(at + 1)); });
    input.setAttribute('aria-controls', id + '_options');
    input.value = '';
    wrap.appendChild(el('span', 'e-float-line'));
    var lbl = el('label', 'e-float-text e-label-bottom', { id: 'label_' + id });
    lbl.textContent = o.placeholder || '';
    wrap.appendChild(lbl);
    input.setAttribute('aria-labelledby', lbl.id);
    var icon = el('span', 'e-input-group-icon e-ddl-icon e-search-icon');
    wrap.appendChild(icon);
    var value = null, popup = null, list = [], focusIdx = -1, content = null, filter = null;
    function float() {
      var top = value !== null || document.activeElement === input || !!popup;
      lbl.classList.toggle('e-label-top', top); lbl.classList.toggle('e-label-bottom', !top);
      wrap.classList.toggle('e-valid-input', value !== null);
    }
    function setExpanded(v) { wrap.setAttribute('aria-expanded', String(v)); input.setAttribute('aria-expanded', String(v)); }
    function select(item) {
      var changed = !item || item.value !== value;
      value = item ? item.value : null;
      input.value = item ? item.text : '';
      hidden.innerHTML = '';
      if (item) { var op = el('option', '', { value: item.value }); op.textContent = item.text; op.selected = true; hidden.appendChild(op); }
      float();
      if (changed) {
        hidden.dispatchEvent(new Event('change', { bubbles: true }));
        if (o.change) o.change({ value: value, itemData: item });
      }
    }
    function renderList(text) {
      var f = (text || '').toLowerCase();
      list = data.filter(function (d) { return d.text.toLowerCase().indexOf(f) === 0; });
      content.innerHTML = '';
      content.classList.toggle('e-nodata', list.length === 0);
      if (!list.length) { content.textContent = 'No records found'; focusIdx = -1; return; }
      var ul = el('ul', 'e-list-parent e-ul', { role: 'listbox', id: id + '_options', tabindex: '0', 'aria-hidden': 'false' });
      list.forEach(function (d, i) {
        var li = el('li', 'e-list-item', { role: 'option', 'data-value': d.value, 'data-uid': 'uid' + d.value, id: id + '_option_' + i, 'aria-selected': String(d.value === value) });
        li.textContent = d.text;
        if (d.value === value) li.classList.add('e-active');
        li.addEventListener('mouseover', function () { clearHover(); li.classList.add('e-hover'); });
        li.addEventListener('mouseleave', function () { li.classList.remove('e-hover'); });
        li.addEventListener('click', function () { select(d); close(); });
        ul.appendChild(li);
      });
      content.appendChild(ul);
      focusIdx = list.findIndex(function (d) { return d.value === value; });
      if (text && focusIdx < 0) focusIdx = 0;
      markFocus();
    }
    function clearHover() { if (content) content.querySelectorAll('.e-hover').forEach(function (x) { x.classList.remove('e-hover'); }); }
    function markFocus() {
      if (!content) return;
      content.querySelectorAll('.e-list-item').forEach(function (li, i) { li.classList.toggle('e-item-focus', i === focusIdx); });
      var cur = content.querySelectorAll('.e-list-item')[focusIdx];
      if (cur) { cur.scrollIntoView({ block: 'nearest' }); input.setAttribute('aria-activedescendant', cur.id); }
    }
    function position() {
      if (!popup) return;
      var r = wrap.getBoundingClientRect();
      popup.style.width = r.width + 'px';
      popup.style.left = r.left + window.scrollX + 'px';
      var ph = popup.offsetHeight;
      var below = window.innerHeight - r.bottom;
      var top = below < ph && r.top > ph ? r.top - ph : r.bottom;
      popup.style.top = top + window.scrollY + 'px';
    }
    function open() {
      if (popup) return;
      popup = el('div', 'e-ddl e-control e-popup e-lib e-popup-open', { id: id + '_popup', tabindex: '-1' });
      popup.style.position = 'absolute'; popup.style.zIndex = '1000'; popup.style.opacity = '0';
      var fp = el('span', 'e-filter-parent');
      var fg = el('span', 'e-input-group e-control-wrapper e-input-focus');
      filter = el('input', 'e-input-filter e-input', { type: 'text', autocomplete: 'off', autocorrect: 'off', spellcheck: 'false', role: 'combobox', 'aria-label': 'Filter', tabindex: '0' });
      var clr = el('span', 'e-clear-icon e-clear-icon-hide', { 'aria-label': 'clear', role: 'button' });
      fg.appendChild(filter); fg.appendChild(clr); fp.appendChild(fg); popup.appendChild(fp);
      content = el('div', 'e-content e-dropdownbase', { tabindex: '0' });
      content.style.maxHeight = o.popupHeight || '300px';
      popup.appendChild(content);
      document.body.appendChild(popup);
      renderList('');
      position();
      popup.animate([{ opacity: 0, transform: 'scaleY(.96)' }, { opacity: 1, transform: 'none' }], { duration: 100, easing: 'ease-out' });
      popup.style.opacity = '1';
      setExpanded(true); wrap.classList.add('e-input-focus'); float();
      filter.addEventListener('input', function () { clr.classList.toggle('e-clear-icon-hide', !filter.value); renderList(filter.value); });
      clr.addEventListener('mousedown', function (ev) { ev.preventDefault(); filter.value = ''; clr.classList.add('e-clear-icon-hide'); renderList(''); });
      filter.addEventListener('keydown', keys);
      setTimeout(function () { if (filter) filter.focus(); markFocus(); }, 0);
    }
    function close() {
      if (!popup) return;
      var p = popup; popup = null; content = null; filter = null;
      setExpanded(false);
      input.removeAttribute('aria-activedescendant');
      p.animate([{ opacity: 1 }, { opacity: 0 }], { duration: 100, easing: 'ease-in' }).onfinish = function () { p.remove(); };
      p.classList.remove('e-popup-open'); p.classList.add('e-popup-close-anim');
      input.focus();
      float();
    }
    function keys(ev) {
      if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        ev.preventDefault();
        if (!popup) {
          var at = data.findIndex(function (d) { return d.value === value; });
          var nx = ev.key === 'ArrowDown' ? Math.min(data.length - 1, at + 1) : Math.max(0, at - 1);
          if (ev.altKey) { open(); return; }
          select(data[nx]);
          return;
        }
        focusIdx = ev.key === 'ArrowDown' ? Math.min(list.length - 1, focusIdx + 1) : Math.max(0, focusIdx - 1);
        markFocus();
      } else if (ev.key === 'Enter') {
        ev.preventDefault();
        if (!popup) { open(); return; }
        if (focusIdx >= 0 && list[focusIdx]) select(list[focusIdx]);
        close();
      } else if (ev.key === 'Escape' || ev.key === 'Tab') {
        if (popup) { close(); if (ev.key === 'Escape') ev.preventDefault(); }
      } else if (ev.key === ' ' && !popup && ev.target === input) {
        ev.preventDefault(); open();
      }
    }
    input.addEventListener('keydown', keys);
    input.addEventListener('focus', function () { wrap.classList.add('e-input-focus'); float(); });
    input.addEventListener('blur', function () { if (!popup) wrap.classList.remove('e-input-focus'); float(); });
    wrap.addEventListener('mousedown', function (ev) {
      ev.preventDefault();
      if (popup) close(); else { input.focus(); open(); }
    });
    document.addEventListener('mousedown', function (ev) {
      if (popup && !popup.contains(ev.target) && !wrap.contains(ev.target)) { close(); input.blur(); }
    });
    window.addEventListener('resize', position);
    window.addEventListener('scroll', position, true);
    float();
    return {
      element: input, wrapper: wrap, hidden: hidden,
      get value() { return value; },
      get text() { return input.value; },
      showPopup: open, hidePopup: close,
      destroy: function () { close(); },
    };
  };

  /* ---- Grid (header and content in two tables) ---- */
  ej.grid = function (host, o) {
    addCls(host, 'e-control e-grid e-lib e-gridhover e-responsive e-default');
    host.setAttribute('role', 'grid');
    var cols = o.columns;
    function colgroup() {
      var cg = el('colgroup');
      cols.forEach(function (c) { var col = el('col'); if (c.width) col.style.width = c.width + 'px'; cg.appendChild(col); });
      return cg;
    }
    function render(rows) {
      host.innerHTML = '';
      host.setAttribute('aria-rowcount', String(rows.length));
      var gh = el('div', 'e-gridheader e-lib e-droppable');
      var hc = el('div', 'e-headercontent');
      var ht = el('table', 'e-table', { role: 'presentation', cellspacing: '0.25px' });
      ht.appendChild(colgroup());
      var th = el('thead');
      var htr = el('tr', 'e-columnheader', { role: 'row' });
      cols.forEach(function (c, i) {
        var cell = el('th', 'e-headercell', { role: 'columnheader', scope: 'col', 'aria-colindex': String(i + 1), tabindex: '-1' });
        var cd = el('div', 'e-headercelldiv');
        var tx = el('span', 'e-headertext'); tx.textContent = c.headerText;
        cd.appendChild(tx); cell.appendChild(cd); htr.appendChild(cell);
      });
      th.appendChild(htr); ht.appendChild(th); hc.appendChild(ht); gh.appendChild(hc); host.appendChild(gh);
      var gc = el('div', 'e-gridcontent');
      var cn = el('div', 'e-content', { tabindex: '0' });
      var ct = el('table', 'e-table', { role: 'presentation', id: host.id + '_content_table', cellspacing: '0.25px' });
      ct.appendChild(colgroup());
      var tb = el('tbody', '', { role: 'rowgroup' });
      if (!rows.length) {
        var er = el('tr', 'e-emptyrow', { role: 'row' });
        var ec = el('td', '', { colspan: String(cols.length) }); ec.textContent = 'No records to display';
        er.appendChild(ec); tb.appendChild(er);
      }
      rows.forEach(function (r, ri) {
        var tr = el('tr', 'e-row' + (ri % 2 ? ' e-altrow' : ''), { role: 'row', 'aria-rowindex': String(ri + 1), 'data-uid': 'grid-row' + ri });
        cols.forEach(function (c, ci) {
          var td = el('td', 'e-rowcell', { role: 'gridcell', 'aria-colindex': String(ci + 1), index: String(ri), tabindex: '-1' });
          td.textContent = c.field === '#' ? String(ri + 1) : String(r[c.field] == null ? '' : r[c.field]);
          tr.appendChild(td);
        });
        tb.appendChild(tr);
      });
      ct.appendChild(tb); cn.appendChild(ct); gc.appendChild(cn); host.appendChild(gc);
    }
    render(o.dataSource || []);
    return { element: host, set dataSource(rows) { render(rows); } };
  };

  /* ---- FormValidator (label.e-error after the input group; e-error on the group) ---- */
  ej.FormValidator = function (form, opts) {
    var rules = opts.rules, touched = false;
    function field(name) { return form.querySelector('[name="' + name + '"]'); }
    function holder(f, name) {
      if (opts.placement && opts.placement[name]) return form.querySelector(opts.placement[name]);
      return f.closest('.e-input-group') || f;
    }
    function clear(name) {
      var f = field(name); if (!f) return;
      var lab = form.querySelector('#' + CSS.escape(name.replace(/\./g, '_')) + '-info');
      if (lab) lab.remove();
      holder(f, name).classList.remove('e-error');
      f.classList.remove('e-error'); f.removeAttribute('aria-invalid');
    }
    function show(name, msg) {
      var f = field(name); if (!f) return;
      clear(name);
      var h = holder(f, name);
      var lab = el('label', 'e-error', { id: name.replace(/\./g, '_') + '-info', for: f.id || '' });
      lab.textContent = msg; lab.style.display = 'block';
      h.insertAdjacentElement('afterend', lab);
      h.classList.add('e-error'); f.classList.add('e-error'); f.setAttribute('aria-invalid', 'true');
      f.setAttribute('aria-describedby', lab.id);
    }
    function valueOf(name) {
      var f = field(name);
      if (!f) return '';
      if (f.type === 'radio') { var c = form.querySelector('[name="' + name + '"]:checked'); return c ? c.value : ''; }
      return (f.value || '').trim();
    }
    function check(name) {
      var r = rules[name], v = valueOf(name), msg = null;
      if (!field(name) || field(name).closest('[hidden]')) { clear(name); return true; }
      if (r.required && !v) msg = r.required[1];
      else if (v && r.minLength && v.length < r.minLength[0]) msg = r.minLength[1];
      else if (v && r.maxLength && v.length > r.maxLength[0]) msg = r.maxLength[1];
      else if (v && r.regex && !new RegExp(r.regex[0]).test(v)) msg = r.regex[1];
      else if (v && r.equalTo && v !== valueOf(r.equalTo[0])) msg = r.equalTo[1];
      if (msg) show(name, msg); else clear(name);
      return !msg;
    }
    form.addEventListener('focusout', function (ev) { if (touched && ev.target.name && rules[ev.target.name]) check(ev.target.name); });
    form.addEventListener('input', function (ev) { if (touched && ev.target.name && rules[ev.target.name]) check(ev.target.name); });
    form.addEventListener('change', function (ev) { if (touched && ev.target.name && rules[ev.target.name]) check(ev.target.name); });
    return {
      validate: function () { touched = true; var ok = true; Object.keys(rules).forEach(function (n) { if (!check(n)) ok = false; }); return ok; },
      showMessage: show, clearMessage: clear,
      reset: function () { touched = false; Object.keys(rules).forEach(clear); },
    };
  };
})();
`;

/** TreeView (expandOn 'Auto': the arrow, or a double click on desktop) and Sidebar. */
const EJ2_TREEVIEW = `
(function () {
  'use strict';
  var ej = window.ej, el = ej.el;
  ej.treeView = function (host, o) {
    host.className = 'e-control e-treeview e-lib e-fullrow-wrap e-keyboard';
    host.setAttribute('tabindex', '0');
    var byId = {}, parentOf = {};
    function index(nodes, parent) {
      nodes.forEach(function (n) { byId[n.id] = n; parentOf[n.id] = parent; if (n.child) index(n.child, n.id); });
    }
    index(o.dataSource, null);
    function item(n, level) {
      var li = el('li', 'e-list-item e-level-' + level + (n.child ? ' e-has-child' : ''),
        { role: 'treeitem', 'data-uid': n.id, 'aria-level': String(level), 'aria-selected': 'false', tabindex: '-1' });
      if (n.child) li.setAttribute('aria-expanded', 'false');
      li.appendChild(el('div', 'e-fullrow'));
      var tc = el('div', 'e-text-content' + (n.child ? '' : ' e-icon-wrapper'));
      if (n.child) tc.appendChild(el('div', 'e-icons interaction e-icon-expandable'));
      var sp = el('span', 'e-list-text'); sp.textContent = n.text;
      tc.appendChild(sp); li.appendChild(tc);
      return li;
    }
    var root = el('ul', 'e-list-parent e-ul', { role: 'tree' });
    o.dataSource.forEach(function (n) { root.appendChild(item(n, 1)); });
    host.innerHTML = '';
    host.appendChild(root);
    function liOf(id) { return host.querySelector('li[data-uid="' + id + '"]'); }
    function childUl(li) { return li.querySelector(':scope > ul.e-list-parent'); }
    function expand(li, animate) {
      var n = byId[li.getAttribute('data-uid')];
      if (!n || !n.child || li.getAttribute('aria-expanded') === 'true') return;
      var ul = childUl(li);
      if (!ul) {
        ul = el('ul', 'e-list-parent e-ul', { role: 'group' });
        var level = Number(li.getAttribute('aria-level')) + 1;
        n.child.forEach(function (c) { ul.appendChild(item(c, level)); });
        ul.style.display = 'none';
        li.appendChild(ul);
      }
      li.setAttribute('aria-expanded', 'true');
      var ic = li.querySelector(':scope > .e-text-content > .e-icons');
      ic.classList.remove('e-icon-expandable'); ic.classList.add('e-icon-collapsible');
      ul.style.display = 'block';
      if (!animate) return;
      var h = ul.scrollHeight;
      ul.style.overflow = 'hidden';
      if (ul.anim) ul.anim.cancel();
      ul.anim = ul.animate([{ height: '0px' }, { height: h + 'px' }], { duration: 400, easing: 'ease' });
      ul.anim.onfinish = function () {
        ul.style.overflow = ''; ul.scrollTop = 0;
      };
    }
    function collapse(li, animate) {
      var ul = childUl(li);
      if (!ul || li.getAttribute('aria-expanded') !== 'true') return;
      li.setAttribute('aria-expanded', 'false');
      var ic = li.querySelector(':scope > .e-text-content > .e-icons');
      ic.classList.remove('e-icon-collapsible'); ic.classList.add('e-icon-expandable');
      if (!animate) { ul.style.display = 'none'; return; }
      ul.style.overflow = 'hidden';
      if (ul.anim) ul.anim.cancel();
      ul.anim = ul.animate([{ height: ul.scrollHeight + 'px' }, { height: '0px' }], { duration: 400, easing: 'ease' });
      ul.anim.onfinish = function () {
        ul.style.display = 'none'; ul.style.overflow = '';
      };
    }
    function toggle(li) { if (li.getAttribute('aria-expanded') === 'true') collapse(li, true); else expand(li, true); }
    function select(li) {
      host.querySelectorAll('li.e-active').forEach(function (x) { x.classList.remove('e-active', 'e-node-focus'); x.setAttribute('aria-selected', 'false'); });
      li.classList.add('e-active', 'e-node-focus');
      li.setAttribute('aria-selected', 'true');
      host.setAttribute('aria-activedescendant', li.getAttribute('data-uid'));
    }
    host.addEventListener('click', function (ev) {
      var li = ev.target.closest('li.e-list-item');
      if (!li || !host.contains(li)) return;
      var n = byId[li.getAttribute('data-uid')];
      if (ev.target.classList.contains('interaction')) { toggle(li); return; }
      if (!ev.target.closest('.e-text-content')) return;
      select(li);
      if (o.nodeSelected) o.nodeSelected({ nodeData: n, node: li, isLeaf: !n.child });
    });
    host.addEventListener('dblclick', function (ev) {
      var li = ev.target.closest('li.e-list-item');
      if (!li || ev.target.classList.contains('interaction') || !ev.target.closest('.e-text-content')) return;
      var n = byId[li.getAttribute('data-uid')];
      if (n && n.child) toggle(li);
    });
    host.addEventListener('mouseover', function (ev) {
      var li = ev.target.closest('li.e-list-item');
      host.querySelectorAll('li.e-hover').forEach(function (x) { if (x !== li) x.classList.remove('e-hover'); });
      if (li) li.classList.add('e-hover');
    });
    host.addEventListener('mouseleave', function () {
      host.querySelectorAll('li.e-hover').forEach(function (x) { x.classList.remove('e-hover'); });
    });
    host.addEventListener('keydown', function (ev) {
      var items = Array.prototype.filter.call(host.querySelectorAll('li.e-list-item'), function (x) { return x.offsetParent !== null; });
      var cur = host.querySelector('li.e-node-focus') || items[0];
      var at = items.indexOf(cur);
      var n = cur && byId[cur.getAttribute('data-uid')];
      function focusLi(li) { if (!li) return; host.querySelectorAll('li.e-node-focus').forEach(function (x) { x.classList.remove('e-node-focus'); }); li.classList.add('e-node-focus'); }
      if (ev.key === 'ArrowDown') { ev.preventDefault(); focusLi(items[at + 1]); }
      else if (ev.key === 'ArrowUp') { ev.preventDefault(); focusLi(items[at - 1]); }
      else if (ev.key === 'ArrowRight' && n && n.child) { ev.preventDefault(); expand(cur, true); }
      else if (ev.key === 'ArrowLeft' && n && n.child) { ev.preventDefault(); collapse(cur, true); }
      else if (ev.key === 'Enter' && cur) { ev.preventDefault(); select(cur); if (o.nodeSelected) o.nodeSelected({ nodeData: n, node: cur, isLeaf: !n.child }); }
    });
    return {
      element: host,
      /** Expands the ancestors of a node without animation and selects it (expandedNodes/selectedNodes). */
      ensureSelected: function (id) {
        var chain = [], p = parentOf[id];
        while (p) { chain.unshift(p); p = parentOf[p]; }
        chain.forEach(function (pid) { var li = liOf(pid); if (li) expand(li, false); });
        var li = liOf(id);
        if (li) select(li);
      },
      find: function (pred) { return Object.keys(byId).map(function (k) { return byId[k]; }).filter(pred)[0]; },
    };
  };
})();
`;

/** The Angular app's core: HttpClient with the XSRF header and the 401 interceptor, router, shell. */
const APP_CORE = `
(function () {
  'use strict';
  var ej = window.ej, el = ej.el;
  var app = (window.app = { components: {} });
  function cookie(name) {
    var m = document.cookie.split('; ').filter(function (c) { return c.indexOf(name + '=') === 0; })[0];
    return m ? decodeURIComponent(m.slice(name.length + 1)) : '';
  }
  var expiredShown = false;
  app.sessionExpired = function () {
    if (expiredShown) return;
    expiredShown = true;
    document.querySelectorAll('.e-spinner-pane.e-spin-show').forEach(function (p) { p.classList.replace('e-spin-show', 'e-spin-hide'); });
    ej.DialogUtility.alert({
      title: 'Session Expired',
      content: 'Your session has expired. Please sign in again.',
      closeOnEscape: false,
      okButton: { text: 'OK', click: function () { window.location.href = '/Identity/Account/Login?expired=1'; } },
    });
  };
  app.http = function (method, url, body) {
    var headers = { Accept: 'application/json, text/plain, */*', 'X-Requested-With': 'XMLHttpRequest' };
    if (method !== 'GET') { headers['Content-Type'] = 'application/json'; headers['X-XSRF-TOKEN'] = cookie('XSRF-TOKEN'); }
    return fetch(url, { method: method, headers: headers, credentials: 'same-origin', body: body ? JSON.stringify(body) : undefined })
      .then(function (res) {
        if (res.status === 401) { app.sessionExpired(); var e = new Error('Unauthorized'); e.handled = true; throw e; }
        if (!res.ok) { var err = new Error('HTTP ' + res.status); err.status = res.status; throw err; }
        return res.json();
      })
      .catch(function (e) {
        if (!e.handled) ej.toast({ title: 'Error', content: 'Something went wrong. Please try again later.', cssClass: 'e-toast-danger' });
        throw e;
      });
  };
  app.errorText = function (r) {
    var d = r && r.ErrorDetails && r.ErrorDetails[0];
    return d ? d.ErrorMessage : 'Something went wrong. Please try again later.';
  };

  var MENU = [
    { id: 'm-dash', text: 'Dash Board', route: '/dashboard' },
    { id: 'm-einv', text: 'e-Invoice', child: [
      { id: 'm-einv-gen', text: 'Generate IRN', route: '/e-invoice/generate' },
      { id: 'm-einv-bulk', text: 'Bulk Upload', route: '/e-invoice/bulk-upload' },
      { id: 'm-einv-cancel', text: 'Cancel IRN', route: '/e-invoice/cancel' },
      { id: 'm-einv-print', text: 'Print e-Invoice', route: '/e-invoice/print' } ] },
    { id: 'm-api', text: 'API Registration', child: [
      { id: 'm-api-uc', text: 'User Credentials', child: [
        { id: 'm-api-uc-create', text: 'Create API User', route: '/api-registration/user-credentials/create-api-user' },
        { id: 'm-api-uc-view', text: 'View API Users', route: '/api-registration/user-credentials/view-api-users' } ] },
      { id: 'm-api-ip', text: 'IP Whitelisting', route: '/api-registration/ip-whitelisting' },
      { id: 'm-api-freeze', text: 'Freeze API User', route: '/api-registration/freeze-api-user' },
      { id: 'm-api-pwd', text: 'Change API Password', route: '/api-registration/change-api-password' } ] },
    { id: 'm-mis', text: 'MIS Reports', child: [
      { id: 'm-mis-irn', text: 'IRN Details', route: '/mis/irn-details' },
      { id: 'm-mis-sum', text: 'Summary Report', route: '/mis/summary' } ] },
    { id: 'm-um', text: 'User Management', child: [
      { id: 'm-um-create', text: 'Create Sub-User', route: '/user-management/create-sub-user' },
      { id: 'm-um-update', text: 'Update Sub-User', route: '/user-management/update-sub-user' } ] },
  ];

  var outlet, current = null, tree;
  function route() { var h = window.location.hash.replace(/^#/, ''); return h || '/dashboard'; }
  function render() {
    var path = route();
    if (current && current.destroy) current.destroy();
    if (current && current.host) current.host.remove();
    var node = tree.find(function (n) { return n.route === path; });
    var make = app.components[path] || app.components['*'];
    var host = el(make.selector);
    outlet.insertAdjacentElement('afterend', host);
    current = make.create(host, node ? node.text : 'Page not found');
    current.host = host;
    window.scrollTo(0, 0);
  }
  app.navigate = function (path) { if (route() === path) render(); else window.location.hash = '#' + path; };

  function bootstrap() {
    var root = document.querySelector('app-root');
    root.innerHTML = '';
    var header = el('header', 'e-control e-appbar e-lib e-primary e-sticky', { role: 'banner' });
    header.innerHTML = '<button id="btnToggleMenu" aria-label="Toggle menu"><span class="e-icons e-menu"></span></button>' +
      '<div class="brand"><span class="emblem"></span><div><div class="brand-title">e-Invoice System</div>' +
      '<div class="brand-sub">Goods and Services Tax Network | Government of India</div></div></div><div class="e-appbar-spacer"></div>' +
      '<div class="user-box"><div class="user-name" id="lblUserName"></div><div class="user-gstin" id="lblGstin"></div></div>' +
      '<button id="btnLogout">Logout</button>';
    root.appendChild(header);
    ej.button(header.querySelector('#btnToggleMenu'), { cssClass: 'e-inherit e-flat e-icon-btn' });
    ej.button(header.querySelector('#btnLogout'), { cssClass: 'e-inherit e-flat' });
    var aside = el('aside', 'e-control e-sidebar e-lib e-left e-open e-push e-transition', { id: 'sidebar-menu', role: 'complementary' });
    aside.style.width = '260px';
    var tv = el('div', '', { id: 'main-treeview' });
    aside.appendChild(tv);
    root.appendChild(aside);
    var main = el('div', 'main-content', { id: 'main-text' });
    outlet = el('router-outlet');
    main.appendChild(outlet);
    root.appendChild(main);
    var foot = el('footer', 'app-footer');
    foot.textContent = 'Site owned by GSTN. Designed and developed by National Informatics Centre. Best viewed in Chrome, Edge, Firefox.';
    root.appendChild(foot);
    header.querySelector('#btnToggleMenu').addEventListener('click', function () {
      aside.classList.toggle('e-close'); aside.classList.toggle('e-open');
      main.classList.toggle('menu-closed');
    });
    header.querySelector('#btnLogout').addEventListener('click', function () {
      var f = el('form', '', { method: 'post', action: '/Identity/Account/Logout' });
      document.body.appendChild(f); f.submit();
    });
    tree = ej.treeView(tv, {
      dataSource: MENU,
      nodeSelected: function (a) { if (a.isLeaf && a.nodeData.route) app.navigate(a.nodeData.route); },
    });
    var startNode = tree.find(function (n) { return n.route === route(); });
    if (startNode) tree.ensureSelected(startNode.id);
    window.addEventListener('hashchange', render);
    if (!window.location.hash) history.replaceState(null, '', '#/dashboard');
    render();
    app.http('GET', '/api/Account/UserInfo').then(function (u) {
      header.querySelector('#lblUserName').textContent = u.Data.LegalName;
      header.querySelector('#lblGstin').textContent = 'GSTIN: ' + u.Data.Gstin;
      app.user = u.Data;
      if (current && current.userLoaded) current.userLoaded(u.Data);
    }).catch(function () {});
    app.http('GET', '/api/Profile/TechnicalContact').then(function (r) {
      if (r.Status === 1 && r.Data.ShowPopup) setTimeout(function () { app.techContact(r.Data); }, 350);
    }).catch(function () {});
  }
  app.bootstrap = function () { setTimeout(bootstrap, 300); };
})();
`;

/** The routed components: dashboard, placeholders, the technical-contact dialog. */
const APP_PAGES = `
(function () {
  'use strict';
  var ej = window.ej, el = ej.el, app = window.app;
  function pageTitle(text, crumbs) {
    return '<div class="page-title"><h3>' + text + '</h3>' + (crumbs ? '<div class="e-breadcrumb" aria-label="breadcrumb">' +
      crumbs.map(function (c, i) { return '<span class="e-breadcrumb-item' + (i === crumbs.length - 1 ? ' e-disabled' : '') + '">' + c + '</span>'; })
        .join('<span class="e-breadcrumb-separator">/</span>') + '</div>' : '') + '</div>';
  }
  app.pageTitle = pageTitle;

  app.components['/dashboard'] = {
    selector: 'app-dashboard',
    create: function (host) {
      host.innerHTML = pageTitle('Dash Board') +
        '<div class="dash-cards">' +
        '<div class="e-card dash-card"><div class="e-card-header"><div class="e-card-header-caption"><div class="e-card-header-title">Generations</div>' +
        '<div class="e-card-sub-title">e-Invoices generated this month</div></div></div><div class="e-card-content"><div class="big-number">1,284</div></div></div>' +
        '<div class="e-card dash-card"><div class="e-card-header"><div class="e-card-header-caption"><div class="e-card-header-title">Cancelled</div>' +
        '<div class="e-card-sub-title">IRNs cancelled this month</div></div></div><div class="e-card-content"><div class="big-number">17</div></div></div>' +
        '<div class="e-card dash-card"><div class="e-card-header"><div class="e-card-header-caption"><div class="e-card-header-title">Bulk Uploads</div>' +
        '<div class="e-card-sub-title">Files processed this month</div></div></div><div class="e-card-content"><div class="big-number">42</div></div></div>' +
        '</div>' +
        '<div class="e-card"><div class="e-card-header"><div class="e-card-header-caption"><div class="e-card-header-title">Announcements</div></div></div>' +
        '<div class="e-card-content"><ul class="news">' +
        '<li>Two-factor authentication is mandatory for all taxpayers from 1st April 2025.</li>' +
        '<li>Taxpayers are advised to keep the contact details of the technical person up to date.</li>' +
        '<li>e-Invoices cannot be reported after 30 days of the document date for taxpayers with AATO of 10 crore and above.</li>' +
        '</ul></div></div>';
      return {};
    },
  };

  app.components['*'] = {
    selector: 'app-under-construction',
    create: function (host, title) {
      host.innerHTML = pageTitle(title) + '<div class="e-card"><div class="e-card-content"><div class="empty-note">No records found.</div></div></div>';
      return {};
    },
  };

  app.techContact = function (c) {
    var form = el('form', 'tech-form', { id: 'frmTechContact', novalidate: '' });
    form.innerHTML = '<p class="dlg-note">Please verify the details of the technical person of your organisation. The e-Invoice System will send ' +
      'API and system related communication to this contact.</p>' +
      '<div class="form-row"><input id="TechName" name="TechName" type="text"></div>' +
      '<div class="form-row two"><div><input id="TechMobile" name="TechMobile" type="text"></div><div><input id="TechEmail" name="TechEmail" type="text"></div></div>';
    var dlg = ej.dialog({
      id: 'dlgTechContact', header: 'Contacts of Technical Person', content: form, width: '560px', showCloseIcon: true,
      buttons: [
        { text: 'Update', isPrimary: true, click: function () {
          var self = this;
          app.http('POST', '/api/Profile/TechnicalContact', { Name: form.TechName.value, Mobile: form.TechMobile.value, Email: form.TechEmail.value })
            .then(function () { ej.toast({ title: 'Success', content: 'Contact details of the technical person updated successfully.', cssClass: 'e-toast-success' }); self.hide(); })
            .catch(function () {});
        } },
        { text: 'Exit', cssClass: 'e-danger', click: function () { this.hide(); } },
      ],
    });
    form.TechName.value = c.Name; form.TechMobile.value = c.Mobile; form.TechEmail.value = c.Email;
    ej.textbox('#TechName', { placeholder: 'Name of Technical Person' });
    ej.textbox('#TechMobile', { placeholder: 'Mobile Number' });
    ej.textbox('#TechEmail', { placeholder: 'E-mail ID' });
    return dlg;
  };
})();
`;

/** The component of "Create API User": API OTP, registration type, GSP, credentials, grid. */
const APP_CREATE_API_USER = String.raw`
(function () {
  'use strict';
  var ej = window.ej, el = ej.el, app = window.app;
  var PASSWORD_RULE = '^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^A-Za-z0-9]).{8,15}$';
  app.components['/api-registration/user-credentials/create-api-user'] = {
    selector: 'app-create-api-user',
    create: function (host) {
      host.innerHTML = app.pageTitle('Create API User', ['API Registration', 'User Credentials', 'Create API User']) +
        '<div class="e-card" id="apiRegCard"><div class="e-card-header"><div class="e-card-header-caption">' +
        '<div class="e-card-header-title">API Registration</div><div class="e-card-sub-title" id="lblRegFor"></div></div></div>' +
        '<div class="e-card-content">' +
        '<div id="regMessage" hidden></div>' +
        '<section id="otpSection">' +
        '<p class="step-note">To create the API user, an OTP will be sent to your registered mobile number <b>XXXXXX7310</b>.</p>' +
        '<div id="otpStep1"><button id="btnSendOtp">Send OTP</button></div>' +
        '<div id="otpStep2" hidden>' +
        '<p class="step-note" id="lblOtpSent"></p>' +
        '<div class="field-label">Enter OTP <span class="req">*</span></div>' +
        '<div id="apiOtp"></div><div id="apiOtpError"></div>' +
        '<div class="btn-row"><button id="btnVerifyOtp">Verify OTP</button><button id="btnResendOtp" disabled>Resend OTP</button>' +
        '<span class="countdown" id="lblResend"></span></div>' +
        '</div></section>' +
        '<form id="frmCreateApiUser" hidden novalidate autocomplete="off">' +
        '<div class="field-label">Do you wish to Register your GSTIN for <span class="req">*</span></div>' +
        '<div id="regTypeGroup" class="radio-group" role="radiogroup">' +
        '<input type="radio" id="rbDirect" name="RegistrationType" value="D">' +
        '<input type="radio" id="rbGsp" name="RegistrationType" value="G">' +
        '<input type="radio" id="rbErp" name="RegistrationType" value="E">' +
        '<input type="radio" id="rbOther" name="RegistrationType" value="C">' +
        '</div>' +
        '<div id="regTypeInfo" hidden></div>' +
        '<div id="gspFields" hidden>' +
        '<div class="form-grid">' +
        '<div class="form-cell"><input id="ddlGsp" name="GspId"></div><div class="form-cell"></div>' +
        '<div class="form-cell"><input id="txtApiUserName" name="UserName" type="text" maxlength="24"></div>' +
        '<div class="form-cell hint">The username is prefixed with <b>API_</b>. Use 3 to 20 letters, digits or underscore.</div>' +
        '<div class="form-cell"><input id="txtApiPassword" name="Password" type="password" maxlength="15" autocomplete="new-password"></div>' +
        '<div class="form-cell"><input id="txtApiConfirmPassword" name="ConfirmPassword" type="password" maxlength="15" autocomplete="new-password"></div>' +
        '</div>' +
        '<div class="hint">Password must be 8 to 15 characters long with at least one upper case letter, one lower case letter, one digit and one special character.</div>' +
        '</div>' +
        '<div class="btn-row"><button id="btnSubmit" type="submit">Submit</button><button id="btnExit">Exit</button></div>' +
        '</form>' +
        '<div id="successMessage" hidden></div>' +
        '</div></div>' +
        '<div class="e-card" id="registeredCard" hidden><div class="e-card-header"><div class="e-card-header-caption">' +
        '<div class="e-card-header-title" id="lblRegistered">GSPs registered</div></div></div>' +
        '<div class="e-card-content"><div id="gridRegistered"></div></div></div>';
      var $ = function (s) { return host.querySelector(s); };
      var card = $('#apiRegCard');
      ej.createSpinner(card);
      function busy(on) { if (on) ej.showSpinner(card); else ej.hideSpinner(card); }
      function showUser(u) { $('#lblRegFor').textContent = 'GSTIN: ' + u.Gstin + ' | Legal Name: ' + u.LegalName; $('#lblRegistered').textContent = 'GSPs registered for GSTIN ' + u.Gstin; }
      if (app.user) showUser(app.user);

      /* --- API OTP --- */
      var sendBtn = ej.button('#btnSendOtp', { isPrimary: true });
      var verifyBtn = ej.button('#btnVerifyOtp', { isPrimary: true });
      var resendBtn = ej.button('#btnResendOtp', { cssClass: 'e-flat e-primary' });
      resendBtn.disabled = true;
      var otp = ej.otpInput($('#apiOtp'), { length: 6, input: function () { clearOtpError(); } });
      var timer = null;
      function clearOtpError() { var e = $('#apiOtpError'); e.className = ''; e.textContent = ''; otp.error = false; }
      function countdown() {
        var left = 30;
        resendBtn.disabled = true;
        clearInterval(timer);
        $('#lblResend').textContent = 'Resend OTP in ' + left + ' s';
        timer = setInterval(function () {
          left -= 1;
          $('#lblResend').textContent = left > 0 ? 'Resend OTP in ' + left + ' s' : '';
          if (left <= 0) { clearInterval(timer); resendBtn.disabled = false; }
        }, 1000);
      }
      function sendOtp() {
        busy(true);
        app.http('POST', '/api/ApiRegistration/SendOtp', {}).then(function (r) {
          busy(false);
          if (r.Status !== 1) { ej.toast({ title: 'Error', content: app.errorText(r), cssClass: 'e-toast-danger' }); return; }
          $('#otpStep1').hidden = true;
          $('#otpStep2').hidden = false;
          $('#lblOtpSent').textContent = r.Data.Message;
          ej.toast({ title: 'Success', content: r.Data.Message, cssClass: 'e-toast-success' });
          otp.clear(); otp.focus();
          countdown();
        }).catch(function () { busy(false); });
      }
      sendBtn.element.addEventListener('click', sendOtp);
      resendBtn.element.addEventListener('click', sendOtp);
      verifyBtn.element.addEventListener('click', function () {
        var v = otp.value;
        if (!/^\d{6}$/.test(v)) {
          var e = $('#apiOtpError'); e.className = 'e-error'; e.textContent = 'Enter the 6 digit OTP.'; otp.error = true;
          return;
        }
        busy(true);
        app.http('POST', '/api/ApiRegistration/VerifyOtp', { Otp: v }).then(function (r) {
          busy(false);
          if (r.Status !== 1) {
            var e = $('#apiOtpError'); e.className = 'e-error'; e.textContent = app.errorText(r); otp.error = true;
            ej.toast({ title: 'Error', content: app.errorText(r), cssClass: 'e-toast-danger' });
            otp.clear(); otp.focus();
            return;
          }
          clearInterval(timer);
          ej.toast({ title: 'Success', content: 'OTP verified successfully.', cssClass: 'e-toast-success' });
          $('#otpSection').hidden = true;
          showForm(r.Data);
        }).catch(function () { busy(false); });
      });

      /* --- The registration form --- */
      var ddl = null, submitBtn, validator;
      function showForm(data) {
        var form = $('#frmCreateApiUser');
        form.hidden = false;
        grid.dataSource = data.Registrations;
        $('#registeredCard').hidden = false;
        var labels = { rbDirect: 'Directly', rbGsp: 'Through GSP', rbErp: 'Through ERP', rbOther: 'Through Client-Id of other' };
        Object.keys(labels).forEach(function (id) { ej.radio($('#' + id), { label: labels[id], change: typeChanged }); });
        ddl = ej.dropDownList('#ddlGsp', { placeholder: 'Select your GSP', dataSource: data.Gsps.map(function (g) { return { value: g.Id, text: g.Name }; }),
          allowFiltering: true, popupHeight: '300px' });
        ej.textbox('#txtApiUserName', { placeholder: 'Username', prefix: 'API_' });
        ej.textbox('#txtApiPassword', { placeholder: 'Password', showPasswordIcon: true });
        ej.textbox('#txtApiConfirmPassword', { placeholder: 'Re-enter Password', showPasswordIcon: true });
        submitBtn = ej.button('#btnSubmit', { isPrimary: true });
        submitBtn.disabled = true;
        var exitBtn = ej.button('#btnExit', { cssClass: 'e-danger' });
        exitBtn.element.addEventListener('click', function () { app.navigate('/dashboard'); });
        validator = ej.FormValidator(form, {
          placement: { RegistrationType: '#regTypeGroup' },
          rules: {
            RegistrationType: { required: [true, 'Select the registration type'] },
            GspId: { required: [true, 'Select your GSP'] },
            UserName: { required: [true, 'Enter the username'], regex: ['^(API_)?[A-Za-z0-9_]{3,20}$', 'Username must be 3 to 20 letters, digits or underscore'] },
            Password: { required: [true, 'Enter the password'], regex: [PASSWORD_RULE, 'Password must be 8 to 15 characters with upper case, lower case, digit and special character'] },
            ConfirmPassword: { required: [true, 'Re-enter the password'], equalTo: ['Password', 'Passwords do not match'] },
          },
        });
        form.addEventListener('submit', function (ev) {
          ev.preventDefault();
          if (!validator.validate()) return;
          ej.DialogUtility.confirm({
            title: 'Confirm',
            content: 'Do you want to create the API user?',
            okButton: { text: 'OK', click: function () { this.hide(); create(); } },
            cancelButton: { text: 'Cancel' },
          });
        });
      }
      function typeChanged() {
        var v = ($('#frmCreateApiUser').querySelector('[name=RegistrationType]:checked') || {}).value;
        var info = $('#regTypeInfo');
        $('#gspFields').hidden = v !== 'G';
        submitBtn.disabled = v !== 'G';
        if (v === 'G' || !v) { info.hidden = true; return; }
        ej.message(info, 'info', v === 'D'
          ? 'Direct API access is allowed only for taxpayers with Aggregate Annual Turnover above Rs. 500 crore. Your GSTIN is not eligible for direct access.'
          : 'This option is not enabled for your GSTIN.');
      }
      function create() {
        var form = $('#frmCreateApiUser');
        var body = { RegistrationType: 'G', GspId: ddl.value, UserName: form.UserName.value.trim(), Password: form.Password.value,
          ConfirmPassword: form.ConfirmPassword.value };
        var msg = $('#regMessage');
        msg.hidden = true;
        busy(true);
        app.http('POST', '/api/ApiRegistration/CreateApiUser', body).then(function (r) {
          busy(false);
          if (r.Status !== 1) {
            ej.message(msg, 'error', app.errorText(r));
            ej.toast({ title: 'Error', content: app.errorText(r), cssClass: 'e-toast-danger' });
            return;
          }
          form.hidden = true;
          ej.message($('#successMessage'), 'success', 'API user ' + r.Data.UserName + ' created successfully for ' + r.Data.GspName +
            '. Please note the username and password; you will need them to access the e-Invoice APIs through your GSP.');
          ej.toast({ title: 'Success', content: 'API user created successfully.', cssClass: 'e-toast-success' });
          grid.dataSource = r.Data.Registrations;
        }).catch(function () { busy(false); });
      }
      var grid = ej.grid($('#gridRegistered'), { dataSource: [], columns: [
        { field: '#', headerText: 'Sl. No.', width: 80 },
        { field: 'GspName', headerText: 'GSP Name', width: 320 },
        { field: 'UserName', headerText: 'API User Name', width: 200 },
        { field: 'CreatedOn', headerText: 'Created On', width: 130 },
        { field: 'Status', headerText: 'Status', width: 100 } ] });
      return {
        userLoaded: showUser,
        destroy: function () { clearInterval(timer); if (ddl) ddl.destroy(); },
      };
    },
  };
})();
`;

/** The site's own styles (layout of the landing page, account pages and the app shell). */
const SITE_CSS = String.raw`
.e-appbar{position:sticky;top:0;z-index:950;display:flex;align-items:center;gap:12px;height:56px;padding:0 16px;background:#3f51b5;color:#fff;box-shadow:0 2px 4px -1px rgba(0,0,0,.2),0 4px 5px 0 rgba(0,0,0,.14),0 1px 10px 0 rgba(0,0,0,.12)}
.e-appbar .e-btn.e-inherit{color:inherit;background:transparent;box-shadow:none}
.e-appbar .e-btn.e-inherit:hover{background:rgba(255,255,255,.12)}
.e-appbar-spacer{flex:1}
.e-icons.e-menu::before{content:"";display:block;width:18px;height:2px;background:currentColor;box-shadow:0 6px 0 currentColor,0 -6px 0 currentColor}
.brand{display:flex;align-items:center;gap:10px}
.emblem{width:34px;height:34px;border-radius:50%;background:radial-gradient(circle,#fff 0 30%,#ff9933 31% 55%,#138808 56%);border:2px solid #fff}
.brand-title{font-size:18px;font-weight:500;letter-spacing:.3px}
.brand-sub{font-size:11px;opacity:.85}
.user-box{text-align:right;line-height:1.2}
.user-name{font-size:13px;font-weight:500}
.user-gstin{font-size:12px;opacity:.85}
.top-nav{display:flex;gap:4px}
.top-nav a{color:#fff;text-decoration:none;padding:8px 10px;font-size:14px}
.hero{background:linear-gradient(120deg,#283593,#3f51b5 60%,#5c6bc0);color:#fff;padding:56px 48px}
.hero h1{margin:0 0 10px;font-weight:400;font-size:34px}
.hero p{margin:0;max-width:720px;font-size:16px;opacity:.9}
.tiles{display:grid;grid-template-columns:repeat(3,1fr);gap:20px;padding:28px 48px}
.site-footer,.app-footer{padding:16px 24px;font-size:12px;color:rgba(0,0,0,.54);text-align:center}
.app-footer{margin-left:260px}
.account-page{min-height:calc(100% - 56px);display:flex;align-items:flex-start;justify-content:center;padding:48px 16px}
.account-card{width:420px}
.account-card .e-card-header{padding:20px 24px 4px}
.account-card .e-card-content{padding:8px 24px 24px}
.account-card .form-row{margin-bottom:8px}
.captcha-row{display:flex;align-items:center;gap:8px;margin:18px 0 4px}
.captcha-row img{border:1px solid #ddd;border-radius:2px}
.e-icons.e-refresh::before{content:"\21bb";font-size:18px}
.account-links{display:flex;justify-content:space-between;margin-top:14px;font-size:13px}
.account-links a{text-decoration:none}
.note{font-size:13px;color:rgba(0,0,0,.6);line-height:1.5}
.field-label{font-size:13px;color:rgba(0,0,0,.6);margin:14px 0 6px}
.req{color:#f44336}
.app-loading{position:fixed;inset:0;display:flex;flex-direction:column;gap:12px;align-items:center;justify-content:center;color:#3f51b5;font-size:14px}
.main-content{margin-left:260px;padding:20px 28px 8px;min-height:calc(100vh - 56px - 50px);transition:margin .4s ease}
.main-content.menu-closed,.main-content.menu-closed~.app-footer{margin-left:0}
.page-title{display:flex;align-items:baseline;justify-content:space-between;margin-bottom:16px}
.page-title h3{margin:0;font-size:22px;font-weight:400}
.e-breadcrumb{font-size:13px;color:#3f51b5}
.e-breadcrumb-item.e-disabled{color:rgba(0,0,0,.54)}
.e-breadcrumb-separator{padding:0 8px;color:rgba(0,0,0,.38)}
.dash-cards{display:grid;grid-template-columns:repeat(3,1fr);gap:20px;margin-bottom:20px}
.big-number{font-size:32px;font-weight:300;color:#3f51b5}
.news{margin:0;padding-left:18px;line-height:1.9}
.empty-note{padding:24px;text-align:center;color:rgba(0,0,0,.54)}
#apiRegCard{margin-bottom:20px;min-height:180px}
.step-note{margin:4px 0 12px;color:rgba(0,0,0,.7)}
.btn-row{display:flex;align-items:center;gap:12px;margin-top:20px}
.countdown{font-size:13px;color:rgba(0,0,0,.54)}
.radio-group{display:flex;flex-wrap:wrap;padding:2px 0 4px}
.form-grid{display:grid;grid-template-columns:minmax(260px,420px) minmax(260px,420px);column-gap:40px;row-gap:6px;margin-top:8px}
.form-cell.hint,.hint{font-size:12px;color:rgba(0,0,0,.54);align-self:end;padding-bottom:6px}
.tech-form .form-row{margin-bottom:6px}
.tech-form .form-row.two{display:grid;grid-template-columns:1fr 1fr;gap:20px}
.dlg-note{margin:0 0 14px;font-size:13px;color:rgba(0,0,0,.6)}
`;

function layout(title: string, body: string, script: string, bodyAttrs = ''): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(title)} - e-Invoice System</title>
<base href="/">
<style>${CSS}${SITE_CSS}</style>
</head>
<body class="e-material"${bodyAttrs}>
${body}
<script>${EJ2_RUNTIME}${EJ2_RUNTIME_2}${EJ2_TREEVIEW}</script>
<script>${script}</script>
</body>
</html>`;
}

const HEADER_PUBLIC = `<header class="e-control e-appbar e-lib e-primary e-sticky" role="banner">
<div class="brand"><span class="emblem"></span><div><div class="brand-title">e-Invoice System</div>
<div class="brand-sub">Goods and Services Tax Network | Government of India</div></div></div>
<div class="e-appbar-spacer"></div>
<nav class="top-nav"><a href="/">Home</a><a href="/Home/Help">Help</a><a href="/Home/Contact">Contact Us</a></nav>
</header>`;

function homePage(): string {
  const tile = (title: string, text: string) =>
    `<div class="e-card"><div class="e-card-header"><div class="e-card-header-caption"><div class="e-card-header-title">${title}</div></div></div><div class="e-card-content">${text}</div></div>`;
  const body = `${HEADER_PUBLIC.replace('</nav>', '</nav><button id="btnLogin" class="homepageloginbtn">Login</button>')}
<div class="hero"><h1>e-Invoice System</h1><p>Generate Invoice Reference Numbers (IRN) for your B2B invoices, bulk upload invoices,
and register API access for your ERP or GST Suvidha Provider (GSP).</p></div>
<div class="tiles">
${tile('e-Invoice Generation', 'Generate the IRN and the signed QR code for B2B invoices, credit notes and debit notes.')}
${tile('Bulk Generation Tools', 'Download the offline bulk generation tool to prepare JSON files for upload.')}
${tile('API Registration', 'Taxpayers may access the e-Invoice APIs directly or through their GSP after registering an API user.')}
</div>
<footer class="site-footer">Site owned by GSTN. Designed and developed by National Informatics Centre.</footer>`;
  const script = `ej.button('#btnLogin', { cssClass: 'e-inherit e-outline' });
document.getElementById('btnLogin').addEventListener('click', function () { window.location.href = '/Identity/Account/Login'; });`;
  return layout('Home', body, script);
}

interface LoginView {
  token: string;
  returnUrl: string;
  userName?: string;
  error?: {
    field: 'Input.UserName' | 'Input.Password' | 'CaptchaCode' | 'form';
    text: string;
    title: string;
  };
  notice?: { severity: 'warning' | 'info' | 'error'; text: string };
}

function loginPage(view: LoginView): string {
  const banner = view.error
    ? `<div class="e-control e-message e-lib e-error" role="alert"><span class="e-msg-icon e-icons"></span><div class="e-msg-content">${esc(view.error.text)}</div></div>`
    : view.notice
      ? `<div class="e-control e-message e-lib e-${view.notice.severity}" role="alert"><span class="e-msg-icon e-icons"></span><div class="e-msg-content">${esc(view.notice.text)}</div></div>`
      : '';
  const action = `/Identity/Account/Login${view.returnUrl ? `?ReturnUrl=${encodeURIComponent(view.returnUrl)}` : ''}`;
  const body = `${HEADER_PUBLIC}
<div class="account-page"><div class="e-card account-card">
<div class="e-card-header"><div class="e-card-header-caption"><div class="e-card-header-title">Login</div>
<div class="e-card-sub-title">Sign in with your e-Invoice System credentials</div></div></div>
<div class="e-card-content">
${banner}
<form id="account" method="post" action="${esc(action)}" novalidate>
<div class="form-row"><input id="Input_UserName" name="Input.UserName" type="text" autocomplete="username" maxlength="15" value="${esc(view.userName ?? '')}"></div>
<div class="form-row"><input id="Input_Password" name="Input.Password" type="password" autocomplete="current-password"></div>
<div class="captcha-row"><img id="captcha_image" src="/get-captcha-image?t=${Date.now()}" alt="Captcha" width="160" height="50">
<button id="btnRefreshCaptcha" title="Refresh captcha" aria-label="Refresh captcha"></button></div>
<div class="form-row"><input id="CaptchaCode" name="CaptchaCode" type="text" autocomplete="off" maxlength="5"></div>
<input name="__RequestVerificationToken" type="hidden" value="${esc(view.token)}">
<div class="btn-row"><button id="btnSubmitLogin" type="submit">Login</button></div>
<div class="account-links"><a href="/Identity/Account/ForgotUserName">Forgot Username</a><a href="/Identity/Account/ForgotPassword">Forgot Password</a></div>
</form></div></div></div>`;
  const script = `
ej.textbox('#Input_UserName', { placeholder: 'Username' });
ej.textbox('#Input_Password', { placeholder: 'Password', showPasswordIcon: true });
ej.textbox('#CaptchaCode', { placeholder: 'Enter Captcha' });
ej.button('#btnRefreshCaptcha', { cssClass: 'e-flat e-icon-btn', iconCss: 'e-icons e-refresh' });
ej.button('#btnSubmitLogin', { isPrimary: true, cssClass: 'e-block' });
document.getElementById('btnRefreshCaptcha').addEventListener('click', function () {
  document.getElementById('captcha_image').src = '/get-captcha-image?t=' + Date.now();
});
var form = document.getElementById('account');
var validator = ej.FormValidator(form, { rules: {
  'Input.UserName': { required: [true, 'Enter the username'] },
  'Input.Password': { required: [true, 'Enter the password'] },
  'CaptchaCode': { required: [true, 'Enter the captcha'] },
} });
form.addEventListener('submit', function (ev) {
  if (!validator.validate()) { ev.preventDefault(); return; }
  document.getElementById('btnSubmitLogin').disabled = true;
});
var serverError = ${JSON.stringify(view.error ?? null)};
if (serverError) {
  if (serverError.field !== 'form') validator.showMessage(serverError.field, serverError.text);
  ej.toast({ title: serverError.title, content: serverError.text, cssClass: 'e-toast-danger' });
  var f = form.querySelector('[name="' + (serverError.field === 'form' ? 'Input.UserName' : serverError.field) + '"]');
  if (serverError.field === 'Input.UserName') f = form.querySelector('[name="Input.Password"]');
  if (f) f.focus();
}`;
  return layout('Login', body, script);
}

function twoFactorPage(view: { token: string; returnUrl: string; error?: string; resent?: boolean }): string {
  const banner = view.error
    ? `<div class="e-control e-message e-lib e-error" role="alert"><span class="e-msg-icon e-icons"></span><div class="e-msg-content">${esc(view.error)}</div></div>`
    : view.resent
      ? `<div class="e-control e-message e-lib e-info" role="alert"><span class="e-msg-icon e-icons"></span><div class="e-msg-content">A new OTP has been sent to your registered mobile number ${MASKED_MOBILE}.</div></div>`
      : '';
  const q = view.returnUrl ? `?ReturnUrl=${encodeURIComponent(view.returnUrl)}` : '';
  const body = `${HEADER_PUBLIC}
<div class="account-page"><div class="e-card account-card">
<div class="e-card-header"><div class="e-card-header-caption"><div class="e-card-header-title">Two-Factor Authentication</div>
<div class="e-card-sub-title">Verify it's you</div></div></div>
<div class="e-card-content">
${banner}
<p class="note">An OTP has been sent to your registered mobile number ${MASKED_MOBILE}. You may also use the OTP shown in the Sandes app or the NIC-GST-Shield app.</p>
<form id="frmTwoFactor" method="post" action="/Identity/Account/LoginWith2fa${esc(q)}" novalidate>
<div class="field-label">Enter OTP <span class="req">*</span></div>
<div id="LoginOtp"></div><div id="LoginOtpError"></div>
<input name="__RequestVerificationToken" type="hidden" value="${esc(view.token)}">
<div class="btn-row"><button id="btnVerifyOTP" type="submit">Verify OTP</button>
<button id="btnResendLoginOtp" type="submit" formaction="/Identity/Account/LoginWith2fa?handler=Resend${esc(q.replace('?', '&'))}">Resend OTP</button></div>
<div class="account-links"><a href="/Identity/Account/Login">Back to login</a></div>
</form></div></div></div>`;
  const script = `
var otp = ej.otpInput(document.getElementById('LoginOtp'), { length: 6, name: 'Input.TwoFactorCode', input: function () {
  var e = document.getElementById('LoginOtpError'); e.className = ''; e.textContent = ''; otp.error = false; } });
ej.button('#btnVerifyOTP', { isPrimary: true });
ej.button('#btnResendLoginOtp', { cssClass: 'e-flat e-primary' });
otp.focus();
var serverError = ${JSON.stringify(view.error ?? null)};
function showError(text) { var e = document.getElementById('LoginOtpError'); e.className = 'e-error'; e.textContent = text; otp.error = true; }
if (serverError) { showError(serverError); ej.toast({ title: 'Error', content: serverError, cssClass: 'e-toast-danger' }); }
document.getElementById('frmTwoFactor').addEventListener('submit', function (ev) {
  if (ev.submitter && ev.submitter.id === 'btnResendLoginOtp') return;
  if (!/^\\d{6}$/.test(otp.value)) { ev.preventDefault(); showError('Enter the 6 digit OTP.'); }
});`;
  return layout('Two-Factor Authentication', body, script);
}

function shellPage(): string {
  const body = `<app-root ng-version="16.2.12"><div class="app-loading"><svg class="e-spin-material" viewBox="0 0 36 36" width="40" height="40"><path class="e-path-circle" d="M18 2 A16 16 0 1 1 2 18"></path></svg>Loading...</div></app-root>`;
  const script = `${APP_CORE}${APP_PAGES}${APP_CREATE_API_USER}
window.app.bootstrap();`;
  return layout('Dash Board', body, script);
}

const SESSION_COOKIE = '.AspNetCore.Session';
const EXPIRED_TEXT = 'Your session has expired. Please sign in again.';
const API_STAGES: Record<string, SyncfusionR17Expiry> = {
  '/api/ApiRegistration/SendOtp': 'api-otp-send',
  '/api/ApiRegistration/VerifyOtp': 'api-otp-verify',
  '/api/ApiRegistration/CreateApiUser': 'submit',
};
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;

function safeReturnUrl(value: string | null | undefined): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '';
}

export async function startSyncfusionR17Rendition(
  options: SyncfusionR17Options = {},
): Promise<SyncfusionR17Rendition> {
  const state: SyncfusionR17State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  const loginTokens = new Map<string, string>();
  let expiryDone = false;

  function registrations() {
    return [
      { GspName: EARLIER.gsp, UserName: EARLIER.username, CreatedOn: EARLIER.createdOn, Status: 'Active' },
      ...state.users
        .filter((u) => u.gstin === state.gstin)
        .map((u) => ({ GspName: u.gsp, UserName: u.username, CreatedOn: today(), Status: 'Active' })),
    ];
  }

  function sessionOf(req: IncomingMessage): Session | undefined {
    const id = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    return id ? sessions.get(id) : undefined;
  }

  function newSession(res: ServerResponse, cookies: string[]): Session {
    const s: Session = {
      id: token(),
      xsrf: token(),
      stage: 'anon',
      returnUrl: '',
      techShown: false,
      apiOtpSent: false,
      apiOtpVerified: false,
    };
    sessions.set(s.id, s);
    cookies.push(`${SESSION_COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Lax`);
    res.setHeader('Set-Cookie', cookies);
    return s;
  }

  function send(
    res: ServerResponse,
    status: number,
    body: string,
    type: string,
    cookies: string[] = [],
  ): void {
    const headers: Record<string, string | string[]> = {
      'Content-Type': type,
      'Cache-Control': 'no-cache, no-store',
      Pragma: 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'SAMEORIGIN',
    };
    if (cookies.length) headers['Set-Cookie'] = cookies;
    res.writeHead(status, headers);
    res.end(body);
  }
  const html = (res: ServerResponse, body: string, cookies: string[] = [], status = 200) =>
    send(res, status, body, 'text/html; charset=utf-8', cookies);
  const json = (res: ServerResponse, status: number, body: unknown) =>
    send(res, status, JSON.stringify(body), 'application/json; charset=utf-8');
  function redirect(res: ServerResponse, location: string, cookies: string[] = []): void {
    const headers: Record<string, string | string[]> = { Location: location, 'Cache-Control': 'no-cache' };
    if (cookies.length) headers['Set-Cookie'] = cookies;
    res.writeHead(302, headers);
    res.end();
  }
  const fail = (code: string, message: string) => ({
    Status: 0,
    Data: null,
    ErrorDetails: [{ ErrorCode: code, ErrorMessage: message }],
  });

  function renderLogin(
    res: ServerResponse,
    s: Session,
    cookies: string[],
    view: Omit<Parameters<typeof loginPage>[0], 'token' | 'returnUrl'>,
  ): void {
    const t = antiforgery();
    loginTokens.set(s.id, t);
    html(res, loginPage({ ...view, token: t, returnUrl: s.returnUrl }), cookies);
  }

  function renderTwoFactor(
    res: ServerResponse,
    s: Session,
    view: { error?: string; resent?: boolean },
  ): void {
    const t = antiforgery();
    loginTokens.set(s.id, t);
    html(res, twoFactorPage({ ...view, token: t, returnUrl: s.returnUrl }));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const cookies: string[] = [];

    if (method === 'GET' && (path === '/' || path === '/Home/Index')) return html(res, homePage());
    if (method === 'GET' && path === '/get-captcha-image')
      return send(res, 200, captchaSvg(state.captcha), 'image/svg+xml');
    if (method === 'GET' && path === '/favicon.ico') return send(res, 204, '', 'image/x-icon');

    if (path === '/Identity/Account/Login') {
      let s = sessionOf(req);
      if (method === 'GET') {
        if (s?.stage === 'in') return redirect(res, '/Home/MainMenu');
        if (!s) s = newSession(res, cookies);
        s.stage = 'anon';
        s.returnUrl = safeReturnUrl(url.searchParams.get('ReturnUrl'));
        const notice = url.searchParams.has('expired')
          ? { severity: 'warning' as const, text: EXPIRED_TEXT }
          : url.searchParams.has('logout')
            ? { severity: 'info' as const, text: 'You have been signed out successfully.' }
            : undefined;
        return renderLogin(res, s, cookies, { notice });
      }
      if (method === 'POST') {
        const form = new URLSearchParams(await readBody(req));
        const userName = (form.get('Input.UserName') ?? '').trim();
        if (!s || form.get('__RequestVerificationToken') !== loginTokens.get(s.id)) {
          if (!s) s = newSession(res, cookies);
          return renderLogin(res, s, cookies, {
            userName,
            notice: { severity: 'warning', text: 'The page has expired. Please enter your details again.' },
          });
        }
        s.returnUrl = safeReturnUrl(url.searchParams.get('ReturnUrl')) || s.returnUrl;
        if ((form.get('CaptchaCode') ?? '').trim().toUpperCase() !== state.captcha.toUpperCase()) {
          state.refusals.push('captcha');
          return renderLogin(res, s, cookies, {
            userName,
            error: {
              field: 'CaptchaCode',
              title: 'Invalid Captcha',
              text: 'Invalid Captcha. Please enter the characters shown in the image.',
            },
          });
        }
        if (
          userName.toLowerCase() !== SYNCFUSION_R17_LOGIN.username.toLowerCase() ||
          form.get('Input.Password') !== SYNCFUSION_R17_LOGIN.password
        ) {
          state.refusals.push('login');
          return renderLogin(res, s, cookies, {
            userName,
            error: {
              field: 'Input.Password',
              title: 'Login Failed',
              text: 'Invalid Login Credentials. Please check your username and password.',
            },
          });
        }
        s.stage = '2fa';
        return redirect(res, '/Identity/Account/LoginWith2fa');
      }
    }

    if (path === '/Identity/Account/LoginWith2fa') {
      const s = sessionOf(req);
      if (s?.stage !== '2fa') return redirect(res, '/Identity/Account/Login');
      if (method === 'GET') return renderTwoFactor(res, s, {});
      if (method === 'POST') {
        const form = new URLSearchParams(await readBody(req));
        if (form.get('__RequestVerificationToken') !== loginTokens.get(s.id))
          return renderTwoFactor(res, s, { error: 'The page has expired. Please try again.' });
        if (url.searchParams.get('handler') === 'Resend') return renderTwoFactor(res, s, { resent: true });
        if ((form.get('Input.TwoFactorCode') ?? '').trim() !== state.loginOtp) {
          state.refusals.push('login-otp');
          return renderTwoFactor(res, s, {
            error: 'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
          });
        }
        // Signing in issues a fresh session cookie.
        sessions.delete(s.id);
        loginTokens.delete(s.id);
        const signedIn = newSession(res, cookies);
        signedIn.stage = 'in';
        return redirect(res, s.returnUrl || '/Home/MainMenu', cookies);
      }
    }

    if (method === 'POST' && path === '/Identity/Account/Logout') {
      const s = sessionOf(req);
      if (s) sessions.delete(s.id);
      return redirect(res, '/Identity/Account/Login?logout=1', [
        `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`,
      ]);
    }

    if (method === 'GET' && path === '/Home/MainMenu') {
      const s = sessionOf(req);
      if (s?.stage !== 'in')
        return redirect(res, `/Identity/Account/Login?ReturnUrl=${encodeURIComponent(path)}`);
      return html(res, shellPage(), [`XSRF-TOKEN=${s.xsrf}; Path=/; SameSite=Strict`]);
    }

    if (path.startsWith('/api/')) return api(req, res, path, method);

    html(
      res,
      layout(
        'Not Found',
        `${HEADER_PUBLIC}<div class="account-page"><div class="e-card account-card"><div class="e-card-content"><h3>404 - Page not found</h3><p><a href="/">Go to the home page</a></p></div></div></div>`,
        '',
      ),
      [],
      404,
    );
  }

  async function api(req: IncomingMessage, res: ServerResponse, path: string, method: string): Promise<void> {
    const s = sessionOf(req);
    if (s?.stage !== 'in') {
      res.setHeader('WWW-Authenticate', 'Cookie');
      return json(res, 401, {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.2',
        title: 'Unauthorized',
        status: 401,
      });
    }
    const stage = API_STAGES[path];
    if (method === 'POST' && stage && options.expireOnce === stage && !expiryDone) {
      expiryDone = true;
      sessions.delete(s.id);
      state.expired.push(stage);
      return json(res, 401, {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.2',
        title: 'Unauthorized',
        status: 401,
      });
    }
    let body: Record<string, unknown> = {};
    if (method === 'POST') {
      if (req.headers['x-xsrf-token'] !== s.xsrf)
        return json(res, 400, {
          title: 'Bad Request',
          status: 400,
          detail: 'The antiforgery token is invalid.',
        });
      try {
        const text = await readBody(req);
        body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        return json(res, 400, { title: 'Bad Request', status: 400 });
      }
    }
    const str = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : '');

    if (method === 'GET' && path === '/api/Account/UserInfo')
      return json(res, 200, {
        Status: 1,
        Data: { Gstin: state.gstin, LegalName: LEGAL_NAME, UserName: SYNCFUSION_R17_LOGIN.username },
      });
    if (method === 'GET' && path === '/api/Profile/TechnicalContact') {
      const show = !s.techShown;
      s.techShown = true;
      return json(res, 200, {
        Status: 1,
        Data: {
          ShowPopup: show,
          Name: 'Rahul Deshpande',
          Mobile: '9823017310',
          Email: 'it.support@unifab.co.in',
        },
      });
    }
    if (method === 'POST' && path === '/api/Profile/TechnicalContact')
      return json(res, 200, { Status: 1, Data: {} });
    if (method === 'GET' && path === '/api/ApiRegistration/Registrations')
      return json(res, 200, { Status: 1, Data: registrations() });

    if (method === 'POST' && path === '/api/ApiRegistration/SendOtp') {
      s.apiOtpSent = true;
      s.apiOtpVerified = false;
      return json(res, 200, {
        Status: 1,
        Data: {
          Message: `OTP has been sent to your registered mobile number ${MASKED_MOBILE}. It is valid for 10 minutes.`,
        },
      });
    }
    if (method === 'POST' && path === '/api/ApiRegistration/VerifyOtp') {
      if (!s.apiOtpSent) return json(res, 200, fail('EINV-2150', 'Please generate the OTP first.'));
      if (str('Otp').trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        return json(res, 200, fail('EINV-2152', 'Invalid OTP. Please enter the valid OTP.'));
      }
      s.apiOtpVerified = true;
      return json(res, 200, {
        Status: 1,
        Data: { Gsps: GSPS.map((g) => ({ Id: g.id, Name: g.name })), Registrations: registrations() },
      });
    }
    if (method === 'POST' && path === '/api/ApiRegistration/CreateApiUser') {
      if (!s.apiOtpVerified) return json(res, 200, fail('EINV-2153', 'Please verify the OTP first.'));
      if (str('RegistrationType') !== 'G')
        return json(res, 200, fail('EINV-2160', 'This option is not enabled for your GSTIN.'));
      const gsp = GSPS.find((g) => g.id === str('GspId'));
      if (!gsp) return json(res, 200, fail('EINV-2161', 'Select your GSP.'));
      const typed = str('UserName').trim().replace(/^API_/i, '');
      if (!/^[A-Za-z0-9_]{3,20}$/.test(typed))
        return json(res, 200, fail('EINV-2162', 'Username must be 3 to 20 letters, digits or underscore.'));
      const password = str('Password');
      if (!PASSWORD_RULE.test(password))
        return json(
          res,
          200,
          fail(
            'EINV-2163',
            'Password must be 8 to 15 characters with upper case, lower case, digit and special character.',
          ),
        );
      if (password !== str('ConfirmPassword'))
        return json(res, 200, fail('EINV-2164', 'Passwords do not match.'));
      const username = `API_${typed}`;
      const onFile = registrations().some((r) => r.GspName === gsp.name);
      if (onFile) {
        state.refusals.push('duplicate');
        return json(
          res,
          200,
          fail('EINV-2170', `GSTIN ${state.gstin} is already registered with ${gsp.name}.`),
        );
      }
      const taken = [...TAKEN_USERNAMES, ...state.users.map((u) => u.username)].some(
        (u) => u.toLowerCase() === username.toLowerCase(),
      );
      if (taken) {
        state.refusals.push('username-taken');
        return json(
          res,
          200,
          fail('EINV-2171', `Username ${username} already exists. Please choose a different username.`),
        );
      }
      state.users.push({
        gstin: state.gstin,
        gsp: gsp.name,
        username,
        password,
        createdOn: new Date().toISOString(),
      });
      s.apiOtpVerified = false;
      s.apiOtpSent = false;
      return json(res, 200, {
        Status: 1,
        Data: { UserName: username, GspName: gsp.name, Registrations: registrations() },
      });
    }
    return json(res, 404, { title: 'Not Found', status: 404 });
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal Server Error', 'text/plain; charset=utf-8');
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
        for (const socket of sockets) socket.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}
