/**
 * Rendition r19-bs5-offcanvas: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2021-2025 mobile-first state-government
 * portal in vanilla JS (fetch) on Bootstrap 5.3 would draw it: a `navbar-dark bg-primary` top bar whose
 * only way to the menu is a hamburger `.navbar-toggler` (at every width), the menu in an
 * `offcanvas-start` drawer (300 ms transform, a separate `.offcanvas-backdrop` appended to body) holding a
 * Bootstrap accordion (350 ms `.collapsing` height animation) with a nested accordion for User
 * Credentials; floating labels everywhere, Bootstrap 5 modals with a separate `.modal-backdrop`, toasts in
 * a top-right `.toast-container` (autohide 3 s), `.btn-check` button-group radios, an `input-group` `API_`
 * prefix and a native `select.form-select` in a `.form-floating`. Every line of markup, style and script
 * is written here (a small hand-written runtime stands in for bootstrap.bundle.js); no network.
 *
 * Choices made where the docs are silent:
 * - URLs: `/` is a public home page (a "Login" button in the navbar and in the hero); `/login`;
 *   `/login/verify` (2FA); `/dashboard` (heading "Dash Board"); Create API User at `/api-users/new`.
 *   JSON endpoints live under `/api/`. Every form posts JSON with fetch().
 * - Login: floating fields Username, Password, the captcha picture `img#captchaImg` (`/captcha?ts=`, an
 *   SVG) with a refresh icon button, a Captcha field and "Sign in". Captcha checked first (case-
 *   insensitive), then the credentials. Refusals are an `.alert-danger[role=alert]` above the form:
 *   "Invalid captcha. Please enter the characters shown in the image." / "Invalid username or password.";
 *   the captcha is redrawn and emptied. Empty fields: `.is-invalid` + `.invalid-feedback`.
 * - 2FA: "Verify it's you", six one-digit boxes (auto-advance, paste spreads), "Verify". Wrong:
 *   "Invalid OTP. Please check the code and try again." as an `.alert-danger`; the boxes are emptied.
 * - After login: the modal "Contacts of Technical Person" (static backdrop) on the first dashboard visit
 *   of a session, ~400 ms after `GET /api/profile/contact` answers; "Update" saves, "Close" and × close.
 * - Menu (offcanvas): Dash Board; e-Invoice (Generate IRN, Bulk Upload, Cancel IRN); API Registration
 *   (User Credentials → Create API User, View API Users; IP Whitelisting; Freeze API User; Change API
 *   Password); MIS Reports; User Management; Logout. Every group starts collapsed. Leaves other than
 *   Dash Board and Create API User are placeholder pages.
 * - API OTP: card "Create API User": "Send OTP" (POST /api/api-users/otp/send, spinner "Sending..."), a
 *   green toast "OTP sent to XXXXXX1234", then a floating "OTP" field and "Verify OTP". Wrong: a red toast
 *   and an `.alert-danger` above the card "Invalid OTP. Please enter the OTP sent to your registered
 *   mobile number."; retries unlimited.
 * - Form: "Do you wish to register your GSTIN for" as `.btn-check` radios "Through GSP" / "Directly"
 *   (Directly shows an `.alert-info` and disables the button); "Select your GSP" (native select, 24
 *   names); Username behind an `API_` `input-group-text` (3 to 30 letters, digits, '.', '-', '_');
 *   "Password" / "Confirm password" (8 to 20 with upper, lower, digit, special). "Create API User" opens
 *   the modal "Please confirm" ("Create API user API_x for <GSP>?", "Yes, create" / "No").
 * - Verdicts: toast + alert above the card. Success: "API user API_x has been created successfully for
 *   <GSP>." and a row in the `table.table-striped` "Registered GSPs". Refusals: "GSTIN <g> is already
 *   registered with <GSP>." (duplicate; a Tera Software Limited registration is on file) and "Username
 *   API_x is already taken. Please choose another." (username-taken).
 * - Sessions: cookie `R19SESSION` (HttpOnly). A page without a signed-in session is a 302 to
 *   `/login?expired=1` (to `/login` when no cookie was sent); that page shows an `.alert-warning`
 *   "Session expired. Please sign in again.". A fetch without one gets 401 JSON; the page shows a red
 *   toast with the same words and after 1 s goes to `/login?expired=1`.
 * - expireOnce: the first request of that stage deletes the server session first, so it answers 401.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type Bs5OffcanvasR19Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface Bs5OffcanvasR19Options {
  expireOnce?: Bs5OffcanvasR19Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface Bs5OffcanvasR19State {
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

export interface Bs5OffcanvasR19Rendition {
  url: string;
  close(): Promise<void>;
  state: Bs5OffcanvasR19State;
}

export const BS5_OFFCANVAS_R19_LOGIN: { username: string; password: string } = {
  username: 'mhtaxpayer27',
  password: 'Mh@Login2025',
};

const COOKIE = 'R19SESSION';
const EXPIRED_TEXT = 'Session expired. Please sign in again.';
const MOBILE_MASKED = 'XXXXXX1234';

const GSPS: string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'ClearTax GSP (legacy)',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Ltd',
  'KPMG GSP Private Limited',
  'Masters India Private Limited',
  'Mastek Limited',
  'NSDL e-Governance Infrastructure Limited',
  'Relyon Softech Limited',
  'SAG Infotech Private Limited',
  'Tally ( India) Private Ltd',
  'TaxPro GSP (Thin Client Systems Pvt Ltd)',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
  'Zoho Corporation Private Limited',
];

/** Registrations already on file for the GSTIN, not made through this rendition. */
const ON_FILE = [{ gsp: 'Tera Software Limited', username: 'API_tera27mh', createdOn: '14-09-2021' }];
const TAKEN = ['api_admin', 'api_test', 'api_demo', 'api_einvoice'];

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'in';
  contactShown: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  contact: { name: string; mobile: string; email: string };
}

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()}`;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function readBody(req: IncomingMessage): Promise<Record<string, string>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      try {
        const parsed = raw ? (JSON.parse(raw) as unknown) : {};
        const out: Record<string, string> = {};
        if (parsed && typeof parsed === 'object')
          for (const [k, v] of Object.entries(parsed)) out[k] = typeof v === 'string' ? v : String(v ?? '');
        resolve(out);
      } catch {
        resolve({});
      }
    });
    req.on('error', () => resolve({}));
  });
}

function cookieOf(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return undefined;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function html(res: ServerResponse, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

function redirect(res: ServerResponse, to: string, headers: Record<string, string> = {}): void {
  res.writeHead(302, { Location: to, 'Cache-Control': 'no-store', ...headers });
  res.end();
}

function captchaSvg(text: string): string {
  const rnd = (n: number) => Math.floor(Math.random() * n);
  let lines = '';
  for (let i = 0; i < 7; i++)
    lines += `<line x1="${rnd(150)}" y1="${rnd(50)}" x2="${rnd(150)}" y2="${rnd(50)}" stroke="hsl(${rnd(360)},45%,55%)" stroke-width="1.2"/>`;
  let dots = '';
  for (let i = 0; i < 40; i++) dots += `<circle cx="${rnd(150)}" cy="${rnd(50)}" r="1" fill="#7a8"/>`;
  let glyphs = '';
  [...text].forEach((ch, i) => {
    const x = 12 + i * 25;
    const rot = rnd(30) - 15;
    glyphs += `<text x="${x}" y="35" transform="rotate(${rot} ${x} 28)" font-family="Georgia,serif" font-size="27" font-weight="bold" fill="hsl(${200 + rnd(80)},55%,30%)">${esc(ch)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0 0 150 50"><rect width="150" height="50" fill="#eef3f7"/>${dots}${glyphs}${lines}</svg>`;
}

/** The part of bootstrap.min.css (5.3) this portal uses, hand-written. */
const CSS = `
:root{--bs-blue:#0d6efd;--bs-primary:#0d6efd;--bs-primary-rgb:13,110,253;--bs-success-rgb:25,135,84;--bs-danger-rgb:220,53,69;--bs-body-font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","Noto Sans","Liberation Sans",Arial,sans-serif;--bs-body-font-size:1rem;--bs-body-line-height:1.5;--bs-body-color:#212529;--bs-body-bg:#fff;--bs-border-color:#dee2e6;--bs-border-radius:.375rem;--bs-secondary-color:rgba(33,37,41,.75);--bs-tertiary-bg:#f8f9fa}
*,::after,::before{box-sizing:border-box}
body{margin:0;font-family:var(--bs-body-font-family);font-size:1rem;font-weight:400;line-height:1.5;color:var(--bs-body-color);background-color:#f2f5f9;-webkit-text-size-adjust:100%}
h1,h2,h3,h4,h5,h6{margin-top:0;margin-bottom:.5rem;font-weight:500;line-height:1.2}
h1{font-size:calc(1.375rem + 1.5vw)}h2{font-size:calc(1.325rem + .9vw)}h4{font-size:calc(1.275rem + .3vw)}h5{font-size:1.25rem}h6{font-size:1rem}
@media (min-width:1200px){h1{font-size:2.5rem}h2{font-size:2rem}h4{font-size:1.5rem}}
p{margin-top:0;margin-bottom:1rem}a{color:rgba(var(--bs-primary-rgb),1);text-decoration:underline}a:hover{color:#0a58ca}
small,.small{font-size:.875em}label{display:inline-block}button,input,select{margin:0;font-family:inherit;font-size:inherit;line-height:inherit}button{cursor:pointer;border-radius:0}
table{caption-side:bottom;border-collapse:collapse}th{text-align:inherit}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;padding:0!important;margin:-1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important;white-space:nowrap!important;border:0!important}
.container,.container-fluid{width:100%;padding-right:.75rem;padding-left:.75rem;margin-right:auto;margin-left:auto}
@media (min-width:576px){.container{max-width:540px}}@media (min-width:768px){.container{max-width:720px}}@media (min-width:992px){.container{max-width:960px}}@media (min-width:1200px){.container{max-width:1140px}}
.row{display:flex;flex-wrap:wrap;margin-top:0;margin-right:-.75rem;margin-left:-.75rem}.row>*{flex-shrink:0;width:100%;max-width:100%;padding-right:.75rem;padding-left:.75rem}
.g-3{--g:1rem}.row.g-3{margin-top:-1rem}.row.g-3>*{margin-top:1rem}
@media (min-width:768px){.col-md-4{flex:0 0 auto;width:33.333%}.col-md-6{flex:0 0 auto;width:50%}.col-md-8{flex:0 0 auto;width:66.667%}}
@media (min-width:992px){.col-lg-5{flex:0 0 auto;width:41.667%}.col-lg-8{flex:0 0 auto;width:66.667%}}
.justify-content-center{justify-content:center!important}.justify-content-between{justify-content:space-between!important}.align-items-center{align-items:center!important}
.d-flex{display:flex!important}.d-none{display:none!important}.d-block{display:block!important}.gap-2{gap:.5rem!important}.gap-3{gap:1rem!important}.flex-wrap{flex-wrap:wrap!important}
.w-100{width:100%!important}.m-0{margin:0!important}.m-auto{margin:auto!important}.me-2{margin-right:.5rem!important}.ms-auto{margin-left:auto!important}.mb-0{margin-bottom:0!important}.mb-1{margin-bottom:.25rem!important}.mb-2{margin-bottom:.5rem!important}.mb-3{margin-bottom:1rem!important}.mb-4{margin-bottom:1.5rem!important}.mt-2{margin-top:.5rem!important}.mt-3{margin-top:1rem!important}.mt-4{margin-top:1.5rem!important}.my-4{margin-top:1.5rem!important;margin-bottom:1.5rem!important}.p-0{padding:0!important}.p-3{padding:1rem!important}.py-4{padding-top:1.5rem!important;padding-bottom:1.5rem!important}.py-5{padding-top:3rem!important;padding-bottom:3rem!important}.px-4{padding-left:1.5rem!important;padding-right:1.5rem!important}
.text-center{text-align:center!important}.text-end{text-align:right!important}.text-white{color:#fff!important}.text-muted,.text-body-secondary{color:var(--bs-secondary-color)!important}.text-primary{color:#0d6efd!important}.fw-semibold{font-weight:600!important}.fw-bold{font-weight:700!important}.fs-3{font-size:calc(1.3rem + .6vw)!important}.lead{font-size:1.25rem;font-weight:300}
.bg-primary{background-color:rgba(var(--bs-primary-rgb),1)!important}.bg-white{background-color:#fff!important}.bg-body-tertiary{background-color:var(--bs-tertiary-bg)!important}
.shadow-sm{box-shadow:0 .125rem .25rem rgba(0,0,0,.075)!important}.border-0{border:0!important}.rounded-3{border-radius:.5rem!important}
.position-fixed{position:fixed!important}.position-relative{position:relative!important}.top-0{top:0!important}.end-0{right:0!important}
.fade{transition:opacity .15s linear}.fade:not(.show){opacity:0}
.collapse:not(.show){display:none}.collapsing{height:0;overflow:hidden;transition:height .35s ease}
/* navbar */
.navbar{--bs-navbar-padding-y:.5rem;position:relative;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;padding:.5rem 0}
.navbar>.container-fluid{display:flex;flex-wrap:inherit;align-items:center;justify-content:space-between}
.navbar-brand{padding-top:.3125rem;padding-bottom:.3125rem;margin-right:1rem;font-size:1.25rem;text-decoration:none;white-space:nowrap;color:#fff}.navbar-brand:hover{color:#fff}
.navbar-dark{--bs-navbar-toggler-icon-bg:url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 30 30'%3e%3cpath stroke='rgba%28255, 255, 255, 0.55%29' stroke-linecap='round' stroke-miterlimit='10' stroke-width='2' d='M4 7h22M4 15h22M4 23h22'/%3e%3c/svg%3e")}
.navbar-toggler{padding:.25rem .75rem;font-size:1.25rem;line-height:1;color:rgba(255,255,255,.55);background-color:transparent;border:1px solid rgba(255,255,255,.1);border-radius:var(--bs-border-radius);transition:box-shadow .15s ease-in-out}
.navbar-toggler:focus{outline:0;box-shadow:0 0 0 .25rem}
.navbar-toggler-icon{display:inline-block;width:1.5em;height:1.5em;vertical-align:middle;background-image:var(--bs-navbar-toggler-icon-bg);background-repeat:no-repeat;background-position:center;background-size:100%}
.navbar-text{color:rgba(255,255,255,.75);padding:.5rem 0}
/* offcanvas */
.offcanvas{position:fixed;bottom:0;z-index:1045;display:flex;flex-direction:column;max-width:100%;visibility:hidden;background-color:#fff;background-clip:padding-box;outline:0;transition:transform .3s ease-in-out}
.offcanvas.offcanvas-start{top:0;left:0;width:320px;border-right:1px solid rgba(0,0,0,.175);transform:translateX(-100%)}
.offcanvas.show:not(.hiding),.offcanvas.showing{transform:none}.offcanvas.hiding,.offcanvas.show,.offcanvas.showing{visibility:visible}
.offcanvas-backdrop{position:fixed;top:0;left:0;z-index:1040;width:100vw;height:100vh;background-color:#000}.offcanvas-backdrop.fade{opacity:0}.offcanvas-backdrop.show{opacity:.5}
.offcanvas-header{display:flex;align-items:center;padding:1rem 1rem;border-bottom:1px solid var(--bs-border-color)}.offcanvas-header .btn-close{padding:.5rem;margin:-.5rem -.5rem -.5rem auto}
.offcanvas-title{margin-bottom:0;line-height:1.5}.offcanvas-body{flex-grow:1;padding:1rem 1rem;overflow-y:auto}
/* accordion */
.accordion{--bs-accordion-btn-icon:url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='%23212529' stroke-linecap='round' stroke-linejoin='round'%3e%3cpath d='M2 5L8 11L14 5'/%3e%3c/svg%3e");--bs-accordion-btn-active-icon:url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='%23052c65' stroke-linecap='round' stroke-linejoin='round'%3e%3cpath d='M2 5L8 11L14 5'/%3e%3c/svg%3e")}
.accordion-flush .accordion-item{border-right:0;border-left:0;border-radius:0}.accordion-item{color:var(--bs-body-color);background-color:#fff;border:1px solid var(--bs-border-color)}.accordion-item:not(:first-of-type){border-top:0}
.accordion-header{margin-bottom:0}
.accordion-button{position:relative;display:flex;align-items:center;width:100%;padding:1rem 1.25rem;font-size:1rem;color:var(--bs-body-color);text-align:left;background-color:#fff;border:0;border-radius:0;overflow-anchor:none;transition:color .15s ease-in-out,background-color .15s ease-in-out,border-color .15s ease-in-out,box-shadow .15s ease-in-out,border-radius .15s ease}
.accordion-button:not(.collapsed){color:#052c65;background-color:#cfe2ff;box-shadow:inset 0 calc(-1 * 1px) 0 var(--bs-border-color)}
.accordion-button::after{flex-shrink:0;width:1.25rem;height:1.25rem;margin-left:auto;content:"";background-image:var(--bs-accordion-btn-icon);background-repeat:no-repeat;background-size:1.25rem;transition:transform .2s ease-in-out}
.accordion-button:not(.collapsed)::after{background-image:var(--bs-accordion-btn-active-icon);transform:rotate(-180deg)}
.accordion-button:focus{z-index:3;outline:0;box-shadow:0 0 0 .25rem rgba(13,110,253,.25)}
.accordion-body{padding:1rem 1.25rem}.accordion .accordion .accordion-button{padding:.65rem 1rem .65rem 1.5rem;font-size:.95rem}
/* list group */
.list-group{display:flex;flex-direction:column;padding-left:0;margin-bottom:0;border-radius:var(--bs-border-radius)}.list-group-flush{border-radius:0}.list-group-flush>.list-group-item{border-width:0 0 1px}.list-group-flush>.list-group-item:last-child{border-bottom-width:0}
.list-group-item{position:relative;display:block;padding:.5rem 1rem .5rem 1.5rem;color:var(--bs-body-color);text-decoration:none;background-color:#fff;border:1px solid var(--bs-border-color)}
.list-group-item-action{width:100%;text-align:inherit}.list-group-item-action:hover{z-index:1;color:#495057;background-color:#f8f9fa}.list-group-item.active{color:#fff;background-color:#0d6efd;border-color:#0d6efd}
/* buttons */
.btn{--bs-btn-color:#212529;--bs-btn-bg:transparent;--bs-btn-border-color:transparent;display:inline-block;padding:.375rem .75rem;font-size:1rem;font-weight:400;line-height:1.5;color:var(--bs-btn-color);text-align:center;text-decoration:none;vertical-align:middle;cursor:pointer;user-select:none;border:1px solid var(--bs-btn-border-color);border-radius:var(--bs-border-radius);background-color:var(--bs-btn-bg);transition:color .15s ease-in-out,background-color .15s ease-in-out,border-color .15s ease-in-out,box-shadow .15s ease-in-out}
.btn:hover{color:var(--bs-btn-hover-color,var(--bs-btn-color));background-color:var(--bs-btn-hover-bg,var(--bs-btn-bg));border-color:var(--bs-btn-hover-border-color,var(--bs-btn-border-color))}
.btn:disabled,.btn.disabled{pointer-events:none;opacity:.65}
.btn-primary{--bs-btn-color:#fff;--bs-btn-bg:#0d6efd;--bs-btn-border-color:#0d6efd;--bs-btn-hover-bg:#0b5ed7;--bs-btn-hover-border-color:#0a58ca}
.btn-success{--bs-btn-color:#fff;--bs-btn-bg:#198754;--bs-btn-border-color:#198754;--bs-btn-hover-bg:#157347;--bs-btn-hover-border-color:#146c43}
.btn-secondary{--bs-btn-color:#fff;--bs-btn-bg:#6c757d;--bs-btn-border-color:#6c757d;--bs-btn-hover-bg:#5c636a}
.btn-light{--bs-btn-color:#000;--bs-btn-bg:#f8f9fa;--bs-btn-border-color:#f8f9fa;--bs-btn-hover-bg:#d3d4d5}
.btn-outline-primary{--bs-btn-color:#0d6efd;--bs-btn-border-color:#0d6efd;--bs-btn-hover-color:#fff;--bs-btn-hover-bg:#0d6efd}
.btn-outline-secondary{--bs-btn-color:#6c757d;--bs-btn-border-color:#6c757d;--bs-btn-hover-color:#fff;--bs-btn-hover-bg:#6c757d}
.btn-outline-light{--bs-btn-color:#f8f9fa;--bs-btn-border-color:#f8f9fa;--bs-btn-hover-color:#000;--bs-btn-hover-bg:#f8f9fa}
.btn-link{--bs-btn-color:#0d6efd;text-decoration:underline}.btn-sm{padding:.25rem .5rem;font-size:.875rem;border-radius:.25rem}.btn-lg{padding:.5rem 1rem;font-size:1.25rem;border-radius:.5rem}
.btn-check{position:absolute;clip:rect(0,0,0,0);pointer-events:none}
.btn-check:checked+.btn{color:#fff;background-color:#0d6efd;border-color:#0d6efd}.btn-check:focus-visible+.btn{box-shadow:0 0 0 .25rem rgba(13,110,253,.5)}
.btn-group{position:relative;display:inline-flex;vertical-align:middle}.btn-group>.btn{position:relative;flex:1 1 auto}
.btn-group>.btn:not(:last-child){border-top-right-radius:0;border-bottom-right-radius:0}.btn-group>.btn:not(:first-of-type){margin-left:-1px;border-top-left-radius:0;border-bottom-left-radius:0}
.btn-close{box-sizing:content-box;width:1em;height:1em;padding:.25em .25em;color:#000;background:transparent url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='%23000'%3e%3cpath d='M.293.293a1 1 0 0 1 1.414 0L8 6.586 14.293.293a1 1 0 1 1 1.414 1.414L9.414 8l6.293 6.293a1 1 0 0 1-1.414 1.414L8 9.414l-6.293 6.293a1 1 0 0 1-1.414-1.414L6.586 8 .293 1.707a1 1 0 0 1 0-1.414z'/%3e%3c/svg%3e") center/1em auto no-repeat;border:0;border-radius:.375rem;opacity:.5}
.btn-close:hover{opacity:.75}.btn-close-white{filter:invert(1) grayscale(100%) brightness(200%)}
/* icons (bootstrap-icons subset, as masks) */
.bi{display:inline-block;width:1em;height:1em;vertical-align:-.125em}.bi::before{content:"";display:block;width:1em;height:1em;background-color:currentColor;-webkit-mask:var(--bi) center/contain no-repeat;mask:var(--bi) center/contain no-repeat}
.bi-arrow-clockwise{--bi:url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3e%3cpath fill-rule='evenodd' d='M8 3a5 5 0 1 0 4.546 2.914.5.5 0 0 1 .908-.417A6 6 0 1 1 8 2z'/%3e%3cpath d='M8 4.466V.534a.25.25 0 0 1 .41-.192l2.36 1.966c.12.1.12.284 0 .384L8.41 4.658A.25.25 0 0 1 8 4.466'/%3e%3c/svg%3e")}
.bi-person-circle{--bi:url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3e%3cpath d='M11 6a3 3 0 1 1-6 0 3 3 0 0 1 6 0'/%3e%3cpath fill-rule='evenodd' d='M0 8a8 8 0 1 1 16 0A8 8 0 0 1 0 8m8-7a7 7 0 0 0-5.468 11.37C3.242 11.226 4.805 10 8 10s4.757 1.225 5.468 2.37A7 7 0 0 0 8 1'/%3e%3c/svg%3e")}
/* forms */
.form-label{margin-bottom:.5rem}.form-text{margin-top:.25rem;font-size:.875em;color:var(--bs-secondary-color)}
.form-control,.form-select{display:block;width:100%;padding:.375rem .75rem;font-size:1rem;font-weight:400;line-height:1.5;color:var(--bs-body-color);background-color:#fff;background-clip:padding-box;border:1px solid var(--bs-border-color);border-radius:var(--bs-border-radius);appearance:none;transition:border-color .15s ease-in-out,box-shadow .15s ease-in-out}
.form-control:focus,.form-select:focus{color:var(--bs-body-color);border-color:#86b7fe;outline:0;box-shadow:0 0 0 .25rem rgba(13,110,253,.25)}
.form-control:disabled{background-color:#e9ecef;opacity:1}
.form-select{padding-right:2.25rem;background-image:url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3e%3cpath fill='none' stroke='%23343a40' stroke-linecap='round' stroke-linejoin='round' stroke-width='2' d='m2 5 6 6 6-6'/%3e%3c/svg%3e");background-repeat:no-repeat;background-position:right .75rem center;background-size:16px 12px}
.form-floating{position:relative}
.form-floating>.form-control,.form-floating>.form-select{height:calc(3.5rem + 2px);min-height:calc(3.5rem + 2px);line-height:1.25}
.form-floating>label{position:absolute;top:0;left:0;z-index:2;height:100%;padding:1rem .75rem;overflow:hidden;text-align:start;text-overflow:ellipsis;white-space:nowrap;pointer-events:none;border:1px solid transparent;transform-origin:0 0;transition:opacity .1s ease-in-out,transform .1s ease-in-out;color:rgba(33,37,41,.75)}
.form-floating>.form-control{padding:1rem .75rem}.form-floating>.form-control::placeholder{color:transparent}
.form-floating>.form-control:focus,.form-floating>.form-control:not(:placeholder-shown){padding-top:1.625rem;padding-bottom:.625rem}
.form-floating>.form-select{padding-top:1.625rem;padding-bottom:.625rem}
.form-floating>.form-control:focus~label,.form-floating>.form-control:not(:placeholder-shown)~label,.form-floating>.form-select~label{transform:scale(.85) translateY(-.5rem) translateX(.15rem)}
.input-group{position:relative;display:flex;flex-wrap:wrap;align-items:stretch;width:100%}
.input-group>.form-control,.input-group>.form-floating{position:relative;flex:1 1 auto;width:1%;min-width:0}
.input-group-text{display:flex;align-items:center;padding:.375rem .75rem;font-size:1rem;font-weight:400;line-height:1.5;color:var(--bs-body-color);text-align:center;white-space:nowrap;background-color:#e9ecef;border:1px solid var(--bs-border-color);border-radius:var(--bs-border-radius)}
.input-group>:not(:last-child):not(.dropdown-toggle):not(.dropdown-menu),.input-group>.form-floating:not(:last-child)>.form-control{border-top-right-radius:0;border-bottom-right-radius:0}
.input-group>:not(:first-child){margin-left:-1px;border-top-left-radius:0;border-bottom-left-radius:0}.input-group>.form-floating:not(:first-child)>.form-control{border-top-left-radius:0;border-bottom-left-radius:0}
.input-group.has-validation>.form-floating:nth-last-child(n+3)>.form-control{border-top-right-radius:var(--bs-border-radius);border-bottom-right-radius:var(--bs-border-radius)}
.invalid-feedback{display:none;width:100%;margin-top:.25rem;font-size:.875em;color:#dc3545}
.is-invalid~.invalid-feedback,.was-validated :invalid~.invalid-feedback,.input-group:has(.is-invalid)>.invalid-feedback,.form-floating:has(.is-invalid)~.invalid-feedback{display:block}
.form-control.is-invalid,.form-select.is-invalid{border-color:#dc3545;padding-right:calc(1.5em + .75rem);background-image:url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' width='12' height='12' fill='none' stroke='%23dc3545' viewBox='0 0 12 12'%3e%3ccircle cx='6' cy='6' r='4.5'/%3e%3cpath stroke-linejoin='round' d='M5.8 3.6h.4L6 6.5z'/%3e%3ccircle cx='6' cy='8.2' r='.6' fill='%23dc3545' stroke='none'/%3e%3c/svg%3e");background-repeat:no-repeat;background-position:right calc(.375em + .1875rem) center;background-size:calc(.75em + .375rem) calc(.75em + .375rem)}
.form-control.is-invalid:focus{border-color:#dc3545;box-shadow:0 0 0 .25rem rgba(220,53,69,.25)}
.otp-box{width:3rem;height:3.25rem;font-size:1.5rem;padding:.25rem}
/* cards, alerts, tables */
.card{position:relative;display:flex;flex-direction:column;min-width:0;word-wrap:break-word;background-color:#fff;background-clip:border-box;border:1px solid rgba(0,0,0,.175);border-radius:.375rem}
.card-header{padding:.5rem 1rem;margin-bottom:0;background-color:rgba(33,37,41,.03);border-bottom:1px solid rgba(0,0,0,.175)}.card-header:first-child{border-radius:calc(.375rem - 1px) calc(.375rem - 1px) 0 0}
.card-body{flex:1 1 auto;padding:1rem 1rem}.card-title{margin-bottom:.5rem}.card-text:last-child{margin-bottom:0}
.card-footer{padding:.5rem 1rem;background-color:rgba(33,37,41,.03);border-top:1px solid rgba(0,0,0,.175)}
.alert{position:relative;padding:1rem 1rem;margin-bottom:1rem;border:1px solid transparent;border-radius:.375rem}
.alert-danger{color:#58151c;background-color:#f8d7da;border-color:#f1aeb5}.alert-success{color:#0a3622;background-color:#d1e7dd;border-color:#a3cfbb}.alert-warning{color:#664d03;background-color:#fff3cd;border-color:#ffe69c}.alert-info{color:#055160;background-color:#cff4fc;border-color:#9eeaf9}
.alert-dismissible{padding-right:3rem}.alert-dismissible .btn-close{position:absolute;top:0;right:0;z-index:2;padding:1.25rem 1rem}
.table{width:100%;margin-bottom:1rem;vertical-align:top;border-color:var(--bs-border-color)}.table>:not(caption)>*>*{padding:.5rem .5rem;border-bottom:1px solid var(--bs-border-color)}.table>thead{vertical-align:bottom}
.table-striped>tbody>tr:nth-of-type(odd)>*{box-shadow:inset 0 0 0 9999px rgba(0,0,0,.05)}.table-responsive{overflow-x:auto}
.breadcrumb{display:flex;flex-wrap:wrap;padding:0;margin-bottom:1rem;list-style:none;font-size:.9rem}.breadcrumb-item+.breadcrumb-item{padding-left:.5rem}.breadcrumb-item+.breadcrumb-item::before{float:left;padding-right:.5rem;color:#6c757d;content:"/"}.breadcrumb-item.active{color:#6c757d}
.badge{display:inline-block;padding:.35em .65em;font-size:.75em;font-weight:700;line-height:1;color:#fff;text-align:center;white-space:nowrap;vertical-align:baseline;border-radius:.375rem}.text-bg-success{color:#fff!important;background-color:RGBA(var(--bs-success-rgb),1)!important}.text-bg-danger{color:#fff!important;background-color:RGBA(var(--bs-danger-rgb),1)!important}
.spinner-border{display:inline-block;width:2rem;height:2rem;vertical-align:-.125em;border:.25em solid currentcolor;border-right-color:transparent;border-radius:50%;animation:.75s linear infinite spinner-border}.spinner-border-sm{width:1rem;height:1rem;border-width:.2em}
@keyframes spinner-border{to{transform:rotate(360deg)}}
/* modal */
.modal{position:fixed;top:0;left:0;z-index:1055;display:none;width:100%;height:100%;overflow-x:hidden;overflow-y:auto;outline:0}
.modal-dialog{position:relative;width:auto;margin:.5rem;pointer-events:none}.modal.fade .modal-dialog{transition:transform .3s ease-out;transform:translate(0,-50px)}.modal.show .modal-dialog{transform:none}.modal.modal-static .modal-dialog{transform:scale(1.02)}
.modal-dialog-centered{display:flex;align-items:center;min-height:calc(100% - 1rem)}
.modal-content{position:relative;display:flex;flex-direction:column;width:100%;pointer-events:auto;background-color:#fff;background-clip:padding-box;border:1px solid rgba(0,0,0,.175);border-radius:.5rem;outline:0}
.modal-backdrop{position:fixed;top:0;left:0;z-index:1050;width:100vw;height:100vh;background-color:#000}.modal-backdrop.fade{opacity:0}.modal-backdrop.show{opacity:.5}
.modal-header{display:flex;flex-shrink:0;align-items:center;padding:1rem 1rem;border-bottom:1px solid var(--bs-border-color)}.modal-header .btn-close{padding:.5rem;margin:-.5rem -.5rem -.5rem auto}
.modal-title{margin-bottom:0;line-height:1.5}.modal-body{position:relative;flex:1 1 auto;padding:1rem}
.modal-footer{display:flex;flex-shrink:0;flex-wrap:wrap;align-items:center;justify-content:flex-end;padding:.75rem;border-top:1px solid var(--bs-border-color)}.modal-footer>*{margin:.25rem}
@media (min-width:576px){.modal-dialog{max-width:500px;margin-right:auto;margin-left:auto;margin-top:1.75rem}.modal-dialog-centered{min-height:calc(100% - 3.5rem)}}
.modal-open{overflow:hidden}
/* toast */
.toast-container{z-index:1090;width:max-content;max-width:100%;pointer-events:none}.toast-container>:not(:last-child){margin-bottom:.75rem}
.toast{width:350px;max-width:100%;font-size:.875rem;pointer-events:auto;background-color:rgba(255,255,255,.85);background-clip:padding-box;border:1px solid rgba(0,0,0,.175);box-shadow:0 .5rem 1rem rgba(0,0,0,.15);border-radius:.375rem}
.toast.showing{opacity:0}.toast:not(.show){display:none}.toast-body{padding:.75rem;word-wrap:break-word}
/* portal */
.portal-strip{background:#0a3d7a;color:#dbe6f5;font-size:.8rem;padding:.2rem 0}
.hero{background:linear-gradient(135deg,#0d6efd 0%,#0a3d7a 100%);color:#fff}
.portal-footer{font-size:.8rem;color:#6c757d;padding:1.5rem 0;text-align:center}
.captcha-img{height:58px;border:1px solid var(--bs-border-color);border-radius:.375rem;background:#eef3f7}
.stat{font-size:2rem;font-weight:600}
`;

/** The part of bootstrap.bundle.js (5.3) this portal uses, plus the portal's own fetch helpers. */
const RUNTIME = `
(function () {
  'use strict';
  function reflow(el) { return el.offsetHeight; }
  function after(ms, fn) { return window.setTimeout(fn, ms + 5); }
  function emit(el, name) {
    var ev = new CustomEvent(name, { bubbles: true, cancelable: true });
    el.dispatchEvent(ev);
    return !ev.defaultPrevented;
  }
  function scrollbarWidth() { return Math.abs(window.innerWidth - document.documentElement.clientWidth); }
  function lockBody() {
    var w = scrollbarWidth();
    document.body.style.overflow = 'hidden';
    if (w > 0) document.body.style.paddingRight = w + 'px';
  }
  function unlockBody() { document.body.style.overflow = ''; document.body.style.paddingRight = ''; }

  function backdrop(cls, onClick) {
    var el = document.createElement('div');
    el.className = cls + ' fade';
    document.body.append(el);
    reflow(el);
    el.classList.add('show');
    if (onClick) el.addEventListener('mousedown', onClick);
    return {
      el: el,
      hide: function (done) {
        el.classList.remove('show');
        after(150, function () { el.remove(); if (done) done(); });
      },
    };
  }

  // Offcanvas
  var Offcanvas = {
    show: function (el) {
      if (el.classList.contains('show') || el.classList.contains('showing')) return;
      if (!emit(el, 'show.bs.offcanvas')) return;
      el._backdrop = backdrop('offcanvas-backdrop', function () { Offcanvas.hide(el); });
      lockBody();
      el.setAttribute('aria-modal', 'true');
      el.setAttribute('role', 'dialog');
      el.classList.add('showing');
      after(300, function () {
        el.classList.add('show');
        el.classList.remove('showing');
        el.focus();
        emit(el, 'shown.bs.offcanvas');
      });
    },
    hide: function (el) {
      if (!el.classList.contains('show') || el.classList.contains('hiding')) return;
      if (!emit(el, 'hide.bs.offcanvas')) return;
      el.blur();
      el.classList.add('hiding');
      if (el._backdrop) { el._backdrop.hide(); el._backdrop = null; }
      after(300, function () {
        el.classList.remove('show', 'hiding');
        el.removeAttribute('aria-modal');
        el.removeAttribute('role');
        unlockBody();
        emit(el, 'hidden.bs.offcanvas');
      });
    },
  };

  // Collapse
  function collapseTriggers(el) {
    return Array.prototype.slice.call(document.querySelectorAll('[data-bs-toggle="collapse"]')).filter(function (t) {
      return (t.getAttribute('data-bs-target') || t.getAttribute('href')) === '#' + el.id;
    });
  }
  var Collapse = {
    show: function (el) {
      if (el.classList.contains('show') || el.classList.contains('collapsing')) return;
      var parentSel = el.getAttribute('data-bs-parent');
      if (parentSel) {
        var parent = document.querySelector(parentSel);
        if (parent) parent.querySelectorAll('.collapse.show').forEach(function (other) {
          if (other !== el && other.getAttribute('data-bs-parent') === parentSel) Collapse.hide(other);
        });
      }
      if (!emit(el, 'show.bs.collapse')) return;
      el.classList.remove('collapse');
      el.classList.add('collapsing');
      el.style.height = '0px';
      collapseTriggers(el).forEach(function (t) { t.classList.remove('collapsed'); t.setAttribute('aria-expanded', 'true'); });
      reflow(el);
      el.style.height = el.scrollHeight + 'px';
      after(350, function () {
        el.classList.remove('collapsing');
        el.classList.add('collapse', 'show');
        el.style.height = '';
        emit(el, 'shown.bs.collapse');
      });
    },
    hide: function (el) {
      if (!el.classList.contains('show') || el.classList.contains('collapsing')) return;
      if (!emit(el, 'hide.bs.collapse')) return;
      el.style.height = el.getBoundingClientRect().height + 'px';
      reflow(el);
      el.classList.add('collapsing');
      el.classList.remove('collapse', 'show');
      collapseTriggers(el).forEach(function (t) { t.classList.add('collapsed'); t.setAttribute('aria-expanded', 'false'); });
      el.style.height = '';
      after(350, function () {
        el.classList.remove('collapsing');
        el.classList.add('collapse');
        emit(el, 'hidden.bs.collapse');
      });
    },
    toggle: function (el) { if (el.classList.contains('show')) Collapse.hide(el); else Collapse.show(el); },
  };

  // Modal
  var Modal = {
    show: function (el) {
      if (el._shown) return;
      if (!emit(el, 'show.bs.modal')) return;
      el._shown = true;
      lockBody();
      document.body.classList.add('modal-open');
      var isStatic = el.getAttribute('data-bs-backdrop') === 'static';
      el._backdrop = backdrop('modal-backdrop');
      after(150, function () {
        el.style.display = 'block';
        el.removeAttribute('aria-hidden');
        el.setAttribute('aria-modal', 'true');
        el.setAttribute('role', 'dialog');
        el.scrollTop = 0;
        reflow(el);
        el.classList.add('show');
        after(300, function () {
          var first = el.querySelector('[autofocus]');
          (first || el).focus();
          emit(el, 'shown.bs.modal');
        });
      });
      if (!el._wired) {
        el._wired = true;
        el.addEventListener('mousedown', function (e) { el._downOnSelf = e.target === el; });
        el.addEventListener('click', function (e) {
          if (e.target !== el || !el._downOnSelf) return;
          if (el.getAttribute('data-bs-backdrop') === 'static') {
            el.classList.add('modal-static');
            after(300, function () { el.classList.remove('modal-static'); });
          } else Modal.hide(el);
        });
      }
      el._static = isStatic;
    },
    hide: function (el) {
      if (!el._shown) return;
      if (!emit(el, 'hide.bs.modal')) return;
      el._shown = false;
      el.classList.remove('show');
      after(300, function () {
        el.style.display = 'none';
        el.setAttribute('aria-hidden', 'true');
        el.removeAttribute('aria-modal');
        el.removeAttribute('role');
        var bd = el._backdrop;
        el._backdrop = null;
        var done = function () {
          document.body.classList.remove('modal-open');
          unlockBody();
          emit(el, 'hidden.bs.modal');
        };
        if (bd) bd.hide(done); else done();
      });
    },
  };

  // Toast
  var Toast = {
    show: function (el, delay) {
      el.classList.remove('hide');
      el.classList.add('fade');
      reflow(el);
      el.classList.add('show', 'showing');
      after(150, function () {
        el.classList.remove('showing');
        emit(el, 'shown.bs.toast');
        if (el.getAttribute('data-bs-autohide') !== 'false')
          el._timer = window.setTimeout(function () { Toast.hide(el); }, delay || 3000);
      });
    },
    hide: function (el) {
      if (!el.classList.contains('show')) return;
      window.clearTimeout(el._timer);
      el.classList.add('showing');
      after(150, function () {
        el.classList.add('hide');
        el.classList.remove('showing', 'show');
        emit(el, 'hidden.bs.toast');
      });
    },
  };

  document.addEventListener('click', function (e) {
    var target = e.target instanceof Element ? e.target : null;
    if (!target) return;
    var toggle = target.closest('[data-bs-toggle]');
    if (toggle) {
      var kind = toggle.getAttribute('data-bs-toggle');
      var sel = toggle.getAttribute('data-bs-target') || toggle.getAttribute('href');
      var el = sel && sel.charAt(0) === '#' ? document.querySelector(sel) : null;
      if (el && kind === 'offcanvas') {
        e.preventDefault();
        if (el.classList.contains('show')) Offcanvas.hide(el); else Offcanvas.show(el);
      } else if (el && kind === 'collapse') {
        e.preventDefault();
        Collapse.toggle(el);
      } else if (el && kind === 'modal') {
        e.preventDefault();
        Modal.show(el);
      }
    }
    var dismiss = target.closest('[data-bs-dismiss]');
    if (dismiss) {
      var what = dismiss.getAttribute('data-bs-dismiss');
      var host = dismiss.closest('.' + what);
      if (!host) return;
      if (what === 'modal') Modal.hide(host);
      else if (what === 'offcanvas') Offcanvas.hide(host);
      else if (what === 'toast') Toast.hide(host);
      else if (what === 'alert') {
        host.classList.remove('show');
        after(150, function () { host.remove(); });
      }
    }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    var oc = document.querySelector('.offcanvas.show');
    if (oc) { Offcanvas.hide(oc); return; }
    var m = document.querySelector('.modal.show');
    if (m && m.getAttribute('data-bs-keyboard') !== 'false') Modal.hide(m);
  });

  window.bootstrap = { Offcanvas: Offcanvas, Collapse: Collapse, Modal: Modal, Toast: Toast };

  // ---- the portal's own helpers (site.js) ----
  function SessionLost() { this.name = 'SessionLost'; }
  function toast(text, variant) {
    var box = document.querySelector('.toast-container');
    if (!box) {
      box = document.createElement('div');
      box.className = 'toast-container position-fixed top-0 end-0 p-3';
      document.body.append(box);
    }
    var t = document.createElement('div');
    t.className = 'toast align-items-center border-0 text-bg-' + variant;
    t.setAttribute('role', variant === 'danger' ? 'alert' : 'status');
    t.setAttribute('aria-live', variant === 'danger' ? 'assertive' : 'polite');
    t.setAttribute('aria-atomic', 'true');
    t.innerHTML = '<div class="d-flex"><div class="toast-body"></div>' +
      '<button type="button" class="btn-close btn-close-white me-2 m-auto" data-bs-dismiss="toast" aria-label="Close"></button></div>';
    t.querySelector('.toast-body').textContent = text;
    box.append(t);
    Toast.show(t, 3000);
    return t;
  }
  function showAlert(holder, variant, text) {
    if (typeof holder === 'string') holder = document.querySelector(holder);
    holder.innerHTML = '';
    var a = document.createElement('div');
    a.className = 'alert alert-' + variant + ' alert-dismissible fade show';
    a.setAttribute('role', 'alert');
    a.innerHTML = '<span class="alert-text"></span><button type="button" class="btn-close" data-bs-dismiss="alert" aria-label="Close"></button>';
    a.querySelector('.alert-text').textContent = text;
    holder.append(a);
    return a;
  }
  function busy(btn, label) {
    var old = btn.innerHTML;
    btn.disabled = true;
    btn.innerHTML = '<span class="spinner-border spinner-border-sm" aria-hidden="true"></span> <span role="status">' + label + '</span>';
    return function () { btn.disabled = false; btn.innerHTML = old; };
  }
  function api(url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      body: JSON.stringify(body || {}),
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) {
        if (r.status === 401) {
          toast(data.message || 'Session expired. Please sign in again.', 'danger');
          window.setTimeout(function () { location.href = '/login?expired=1'; }, 1000);
          throw new SessionLost();
        }
        return { ok: r.ok, status: r.status, data: data };
      });
    });
  }
  function invalid(input, on) {
    input.classList.toggle('is-invalid', !!on);
  }
  window.portal = { toast: toast, showAlert: showAlert, busy: busy, api: api, invalid: invalid, SessionLost: SessionLost };
})();
`;

// ---------------------------------------------------------------------------------------------
// Pages

function menuSignedIn(): string {
  const leaf = (href: string, text: string) =>
    `<a class="list-group-item list-group-item-action" href="${href}">${esc(text)}</a>`;
  const group = (id: string, title: string, inner: string, parent = 'menuAccordion') => `
      <div class="accordion-item">
        <h2 class="accordion-header" id="h-${id}">
          <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#${id}" aria-expanded="false" aria-controls="${id}">${esc(title)}</button>
        </h2>
        <div id="${id}" class="accordion-collapse collapse" aria-labelledby="h-${id}" data-bs-parent="#${parent}">
          ${inner}
        </div>
      </div>`;
  return `
    <div class="list-group list-group-flush">${leaf('/dashboard', 'Dash Board')}</div>
    <div class="accordion accordion-flush" id="menuAccordion">
      ${group(
        'menuEinvoice',
        'e-Invoice',
        `<div class="list-group list-group-flush">${leaf('/einvoice/generate', 'Generate IRN')}${leaf('/einvoice/bulk-upload', 'Bulk Upload')}${leaf('/einvoice/cancel', 'Cancel IRN')}</div>`,
      )}
      ${group(
        'menuApiReg',
        'API Registration',
        `<div class="accordion accordion-flush" id="apiRegAccordion">
            ${group(
              'menuUserCred',
              'User Credentials',
              `<div class="list-group list-group-flush">${leaf('/api-users/new', 'Create API User')}${leaf('/api-users', 'View API Users')}</div>`,
              'apiRegAccordion',
            )}
          </div>
          <div class="list-group list-group-flush">${leaf('/api-registration/ip-whitelisting', 'IP Whitelisting')}${leaf('/api-registration/freeze', 'Freeze API User')}${leaf('/api-registration/change-password', 'Change API Password')}</div>`,
      )}
      ${group(
        'menuMis',
        'MIS Reports',
        `<div class="list-group list-group-flush">${leaf('/mis/irn-details', 'IRN Details')}${leaf('/mis/summary', 'Summary Report')}</div>`,
      )}
      ${group(
        'menuUsers',
        'User Management',
        `<div class="list-group list-group-flush">${leaf('/users/create', 'Create Sub-User')}${leaf('/users/update', 'Update Sub-User')}</div>`,
      )}
    </div>
    <div class="list-group list-group-flush border-top">${leaf('/logout', 'Logout')}</div>`;
}

function menuPublic(): string {
  return `
    <div class="list-group list-group-flush">
      <a class="list-group-item list-group-item-action" href="/">Home</a>
      <a class="list-group-item list-group-item-action" href="/login">Login</a>
      <a class="list-group-item list-group-item-action" href="/#updates">Latest Updates</a>
      <a class="list-group-item list-group-item-action" href="/#help">Help</a>
    </div>`;
}

function layout(
  title: string,
  body: string,
  opts: { gstin?: string; signedIn: boolean; script?: string },
): string {
  const right = opts.signedIn
    ? `<span class="navbar-text small d-none d-md-block"><i class="bi bi-person-circle"></i> GSTIN: ${esc(opts.gstin ?? '')}</span>
       <a class="btn btn-outline-light btn-sm" href="/logout">Logout</a>`
    : `<a class="btn btn-light btn-sm" id="btnLogin" href="/login">Login</a>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | e-Invoice System</title>
<style>${CSS}${CSS_MORE}</style>
</head>
<body>
<div class="portal-strip"><div class="container-fluid">Goods and Services Tax Network &middot; Government of India</div></div>
<nav class="navbar navbar-dark bg-primary">
  <div class="container-fluid">
    <div class="d-flex align-items-center">
      <button class="navbar-toggler" type="button" data-bs-toggle="offcanvas" data-bs-target="#sideMenu" aria-controls="sideMenu" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
      <a class="navbar-brand ms-3" href="/">e-Invoice System</a>
    </div>
    <div class="d-flex align-items-center gap-3">${right}</div>
  </div>
</nav>
<div class="offcanvas offcanvas-start" tabindex="-1" id="sideMenu" aria-labelledby="sideMenuLabel">
  <div class="offcanvas-header">
    <h5 class="offcanvas-title" id="sideMenuLabel">Menu</h5>
    <button type="button" class="btn-close" data-bs-dismiss="offcanvas" aria-label="Close"></button>
  </div>
  <div class="offcanvas-body p-0">${opts.signedIn ? menuSignedIn() : menuPublic()}</div>
</div>
<main class="container py-4">
${body}
</main>
<footer class="portal-footer">Site owned by Goods and Services Tax Network. Designed &amp; developed by National Informatics Centre.<br>Best viewed in the latest versions of Chrome, Edge and Firefox.</footer>
<script>${RUNTIME}</script>
${opts.script ? `<script>${opts.script}</script>` : ''}
</body>
</html>`;
}

function homePage(): string {
  return layout(
    'Home',
    `<div class="hero rounded-3 px-4 py-5 mb-4">
      <h1 class="mb-2">e-Invoice System</h1>
      <p class="lead mb-4">Generate Invoice Reference Numbers (IRN), register API users through your GSP and view e-invoice reports.</p>
      <a class="btn btn-light btn-lg" href="/login">Login</a>
    </div>
    <div class="row g-3" id="updates">
      <div class="col-md-6"><div class="card h-100"><div class="card-body">
        <h5 class="card-title">Latest Updates</h5>
        <p class="card-text">Two-factor authentication (OTP) is mandatory for all taxpayers from 1 April 2025. Keep your registered mobile number handy.</p>
      </div></div></div>
      <div class="col-md-6" id="help"><div class="card h-100"><div class="card-body">
        <h5 class="card-title">Help</h5>
        <p class="card-text">To let your GSP generate e-invoices for you, sign in and open the menu: API Registration &rarr; User Credentials &rarr; Create API User.</p>
      </div></div></div>
    </div>`,
    { signedIn: false },
  );
}

function loginPage(notice: string): string {
  return layout(
    'Login',
    `<div class="row justify-content-center"><div class="col-md-6 col-lg-5">
    <div class="card shadow-sm border-0"><div class="card-body p-4">
      <h4 class="mb-1">Sign in</h4>
      <p class="text-muted small mb-3">e-Invoice System &middot; taxpayer login</p>
      <div id="loginAlerts">${notice}</div>
      <form id="loginForm" novalidate>
        <div class="form-floating mb-3">
          <input type="text" class="form-control" id="username" name="username" placeholder=" " autocomplete="username" maxlength="15">
          <label for="username">Username</label>
          <div class="invalid-feedback">Please enter your username.</div>
        </div>
        <div class="form-floating mb-3">
          <input type="password" class="form-control" id="password" name="password" placeholder=" " autocomplete="current-password">
          <label for="password">Password</label>
          <div class="invalid-feedback">Please enter your password.</div>
        </div>
        <div class="d-flex align-items-center gap-2 mb-3">
          <img id="captchaImg" class="captcha-img" src="/captcha?ts=${Date.now()}" width="150" height="50" alt="Captcha image">
          <button type="button" class="btn btn-outline-secondary" id="refreshCaptcha" title="Refresh captcha" aria-label="Refresh captcha"><i class="bi bi-arrow-clockwise"></i></button>
        </div>
        <div class="form-floating mb-3">
          <input type="text" class="form-control" id="captcha" name="captcha" placeholder=" " autocomplete="off" maxlength="6">
          <label for="captcha">Captcha</label>
          <div class="invalid-feedback">Please enter the characters shown in the image.</div>
        </div>
        <button type="submit" class="btn btn-primary w-100" id="btnSignIn">Sign in</button>
      </form>
    </div></div>
    </div></div>`,
    { signedIn: false, script: LOGIN_JS },
  );
}

const LOGIN_JS = `
(function () {
  var form = document.getElementById('loginForm');
  var img = document.getElementById('captchaImg');
  var cap = document.getElementById('captcha');
  function refresh() { img.src = '/captcha?ts=' + Date.now(); }
  document.getElementById('refreshCaptcha').addEventListener('click', function () { refresh(); cap.value = ''; cap.focus(); });
  form.querySelectorAll('input').forEach(function (i) { i.addEventListener('input', function () { portal.invalid(i, false); }); });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var u = form.username, p = form.password;
    var bad = false;
    [u, p, cap].forEach(function (i) { var empty = !i.value.trim(); portal.invalid(i, empty); bad = bad || empty; });
    if (bad) return;
    var btn = document.getElementById('btnSignIn');
    var done = portal.busy(btn, 'Signing in...');
    portal.api('/api/auth/login', { username: u.value.trim(), password: p.value, captcha: cap.value.trim() }).then(function (res) {
      if (res.ok) { location.href = res.data.redirect; return; }
      done();
      portal.showAlert('#loginAlerts', 'danger', res.data.message || 'Sign in failed.');
      if (res.data.field === 'credentials') p.value = '';
      cap.value = '';
      refresh();
      (res.data.field === 'credentials' ? p : cap).focus();
    }).catch(function (err) { if (!(err instanceof portal.SessionLost)) { done(); portal.showAlert('#loginAlerts', 'danger', 'Unable to reach the server. Please try again.'); } });
  });
})();
`;

function verifyPage(): string {
  const boxes = [1, 2, 3, 4, 5, 6]
    .map(
      (n) =>
        `<input type="text" class="form-control text-center otp-box" maxlength="1" inputmode="numeric" autocomplete="${n === 1 ? 'one-time-code' : 'off'}" aria-label="OTP digit ${n}">`,
    )
    .join('');
  return layout(
    "Verify it's you",
    `<div class="row justify-content-center"><div class="col-md-6 col-lg-5">
    <div class="card shadow-sm border-0"><div class="card-body p-4">
      <h4 class="mb-1">Verify it's you</h4>
      <p class="text-muted small mb-3">Two-factor authentication is mandatory. We sent a 6-digit code by SMS / Sandes to ${MOBILE_MASKED}.</p>
      <div id="otpAlerts"></div>
      <form id="otpForm" novalidate>
        <p class="mb-2">Enter the OTP sent to your mobile</p>
        <div class="d-flex gap-2 mb-1" id="otpBoxes">${boxes}</div>
        <div class="invalid-feedback" id="otpFeedback">Please enter the 6-digit OTP.</div>
        <button type="submit" class="btn btn-primary w-100 mt-3" id="btnVerify">Verify</button>
      </form>
      <div class="text-center mt-3 small"><span class="text-muted">Didn't get the code?</span> <button type="button" class="btn btn-link btn-sm p-0" id="btnResend" disabled>Resend OTP (<span id="resendIn">30</span>s)</button></div>
    </div></div>
    </div></div>`,
    { signedIn: false, script: VERIFY_JS },
  );
}

const VERIFY_JS = `
(function () {
  var boxes = Array.prototype.slice.call(document.querySelectorAll('#otpBoxes input'));
  var feedback = document.getElementById('otpFeedback');
  function mark(on) { boxes.forEach(function (b) { portal.invalid(b, on); }); feedback.classList.toggle('d-block', on); }
  function spread(from, text) {
    var digits = text.replace(/\\D/g, '').split('');
    var i = from;
    digits.forEach(function (d) { if (i < boxes.length) { boxes[i].value = d; i++; } });
    (boxes[Math.min(i, boxes.length - 1)]).focus();
  }
  boxes.forEach(function (box, i) {
    box.addEventListener('input', function () {
      mark(false);
      var v = box.value.replace(/\\D/g, '');
      if (v.length > 1) { box.value = ''; spread(i, v); return; }
      box.value = v;
      if (v && i < boxes.length - 1) boxes[i + 1].focus();
    });
    box.addEventListener('keydown', function (e) {
      if (e.key === 'Backspace' && !box.value && i > 0) { boxes[i - 1].focus(); boxes[i - 1].value = ''; e.preventDefault(); }
    });
    box.addEventListener('paste', function (e) {
      e.preventDefault();
      spread(i, (e.clipboardData || window.clipboardData).getData('text'));
    });
  });
  boxes[0].focus();
  var left = 30;
  var resend = document.getElementById('btnResend');
  var timer = setInterval(function () {
    left--;
    document.getElementById('resendIn').textContent = String(left);
    if (left <= 0) { clearInterval(timer); resend.disabled = false; resend.textContent = 'Resend OTP'; }
  }, 1000);
  resend.addEventListener('click', function () {
    portal.api('/api/auth/otp/resend').then(function (res) { if (res.ok) portal.toast('OTP sent to ' + res.data.mobile, 'success'); });
  });
  document.getElementById('otpForm').addEventListener('submit', function (e) {
    e.preventDefault();
    var otp = boxes.map(function (b) { return b.value; }).join('');
    if (!/^\\d{6}$/.test(otp)) { mark(true); return; }
    var btn = document.getElementById('btnVerify');
    var done = portal.busy(btn, 'Verifying...');
    portal.api('/api/auth/otp', { otp: otp }).then(function (res) {
      if (res.ok) { location.href = res.data.redirect; return; }
      done();
      portal.showAlert('#otpAlerts', 'danger', res.data.message || 'Invalid OTP.');
      if (res.data.redirect) { setTimeout(function () { location.href = res.data.redirect; }, 1500); return; }
      boxes.forEach(function (b) { b.value = ''; });
      boxes[0].focus();
    }).catch(function (err) { if (!(err instanceof portal.SessionLost)) done(); });
  });
})();
`;

function dashboardPage(gstin: string, showContact: boolean, registered: number): string {
  const stat = (title: string, value: string, note: string) => `
      <div class="col-md-4"><div class="card shadow-sm border-0 h-100"><div class="card-body">
        <h6 class="text-muted mb-1">${title}</h6><div class="stat">${value}</div><div class="small text-muted">${note}</div>
      </div></div></div>`;
  return layout(
    'Dash Board',
    `<h1 class="fs-3 mb-1">Dash Board</h1>
    <p class="text-muted mb-4">GSTIN ${esc(gstin)} &middot; MAHARASHTRA</p>
    <div class="row g-3 mb-4">
      ${stat('Generations', '1,284', 'IRNs generated this month')}
      ${stat('Cancelled', '17', 'IRNs cancelled this month')}
      ${stat('API Users', String(registered), 'GSPs registered for this GSTIN')}
    </div>
    <div class="card shadow-sm border-0"><div class="card-body">
      <h5 class="card-title">Notices</h5>
      <p class="card-text small">Time limit of 30 days for reporting invoices applies to taxpayers with AATO of &#8377; 10 crore and above.</p>
    </div></div>
    <div class="modal fade" id="techContactModal" tabindex="-1" aria-labelledby="techContactTitle" aria-hidden="true" data-bs-backdrop="static" data-bs-keyboard="false">
      <div class="modal-dialog modal-dialog-centered">
        <div class="modal-content">
          <div class="modal-header">
            <h5 class="modal-title" id="techContactTitle">Contacts of Technical Person</h5>
            <button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close"></button>
          </div>
          <div class="modal-body">
            <p class="small text-muted">Please keep the details of the person who handles e-invoice integration for this GSTIN up to date. NIC will contact this person about API changes.</p>
            <div id="contactAlerts"></div>
            <div class="form-floating mb-3"><input type="text" class="form-control" id="tcName" placeholder=" "><label for="tcName">Name</label></div>
            <div class="form-floating mb-3"><input type="tel" class="form-control" id="tcMobile" placeholder=" " maxlength="10"><label for="tcMobile">Mobile</label></div>
            <div class="form-floating"><input type="email" class="form-control" id="tcEmail" placeholder=" "><label for="tcEmail">E-mail</label></div>
          </div>
          <div class="modal-footer">
            <button type="button" class="btn btn-secondary" data-bs-dismiss="modal">Close</button>
            <button type="button" class="btn btn-primary" id="btnTcUpdate">Update</button>
          </div>
        </div>
      </div>
    </div>`,
    { gstin, signedIn: true, script: showContact ? CONTACT_JS : undefined },
  );
}

const CONTACT_JS = `
(function () {
  var modal = document.getElementById('techContactModal');
  fetch('/api/profile/contact', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (c) {
      if (!c) return;
      document.getElementById('tcName').value = c.name || '';
      document.getElementById('tcMobile').value = c.mobile || '';
      document.getElementById('tcEmail').value = c.email || '';
      setTimeout(function () { bootstrap.Modal.show(modal); }, 400);
    });
  document.getElementById('btnTcUpdate').addEventListener('click', function () {
    var btn = this;
    var done = portal.busy(btn, 'Updating...');
    portal.api('/api/profile/contact', {
      name: document.getElementById('tcName').value,
      mobile: document.getElementById('tcMobile').value,
      email: document.getElementById('tcEmail').value,
    }).then(function (res) {
      done();
      if (!res.ok) { portal.showAlert('#contactAlerts', 'danger', res.data.message); return; }
      bootstrap.Modal.hide(modal);
      portal.toast('Technical contact updated.', 'success');
    }).catch(function (err) { if (!(err instanceof portal.SessionLost)) done(); });
  });
})();
`;

function placeholderPage(gstin: string, title: string): string {
  return layout(
    title,
    `<h1 class="fs-3 mb-3">${esc(title)}</h1>
    <div class="card shadow-sm border-0"><div class="card-body"><p class="card-text text-muted">No records found.</p></div></div>`,
    { gstin, signedIn: true },
  );
}

interface Row {
  gsp: string;
  username: string;
  createdOn: string;
}

function rowHtml(n: number, r: Row): string {
  return `<tr><td>${n}</td><td>${esc(r.gsp)}</td><td>${esc(r.username)}</td><td>${esc(r.createdOn)}</td><td><span class="badge text-bg-success">Active</span></td></tr>`;
}

function viewUsersPage(gstin: string, rows: Row[]): string {
  return layout(
    'View API Users',
    `<h1 class="fs-3 mb-3">View API Users</h1>
    <div class="card shadow-sm"><div class="card-header fw-semibold">Registered GSPs</div><div class="card-body p-0"><div class="table-responsive">
      <table class="table table-striped mb-0"><thead><tr><th>#</th><th>GSP Name</th><th>API Username</th><th>Created On</th><th>Status</th></tr></thead>
      <tbody>${rows.map((r, i) => rowHtml(i + 1, r)).join('')}</tbody></table>
    </div></div></div>`,
    { gstin, signedIn: true },
  );
}

function createApiUserPage(gstin: string, verified: boolean, rows: Row[]): string {
  const options = GSPS.map((g) => `<option value="${esc(g)}">${esc(g)}</option>`).join('');
  return layout(
    'Create API User',
    `<nav aria-label="breadcrumb"><ol class="breadcrumb">
      <li class="breadcrumb-item"><a href="/dashboard">Dash Board</a></li>
      <li class="breadcrumb-item">API Registration</li>
      <li class="breadcrumb-item">User Credentials</li>
      <li class="breadcrumb-item active" aria-current="page">Create API User</li>
    </ol></nav>
    <div id="pageAlerts"></div>
    <div class="card shadow-sm mb-4" id="apiUserCard">
      <div class="card-header fw-semibold">Create API User</div>
      <div class="card-body">
        <section id="otpStep" class="${verified ? 'd-none' : ''}">
          <p class="text-muted">To create an API user, verify yourself with an OTP sent to the mobile number registered for GSTIN <strong>${esc(gstin)}</strong> (${MOBILE_MASKED}).</p>
          <button type="button" class="btn btn-primary" id="btnSendOtp">Send OTP</button>
          <div id="otpEntry" class="d-none">
            <div class="form-floating mb-3" style="max-width:320px">
              <input type="text" class="form-control" id="apiOtp" name="otp" inputmode="numeric" maxlength="6" placeholder=" " autocomplete="one-time-code">
              <label for="apiOtp">OTP</label>
              <div class="invalid-feedback">Please enter the 6-digit OTP.</div>
            </div>
            <div class="d-flex align-items-center gap-2">
              <button type="button" class="btn btn-primary" id="btnVerifyOtp">Verify OTP</button>
              <button type="button" class="btn btn-link" id="btnResendOtp">Resend OTP</button>
            </div>
          </div>
        </section>
        <form id="apiUserForm" class="${verified ? '' : 'd-none'}" novalidate>
          <p class="mb-2 fw-semibold">Do you wish to register your GSTIN for</p>
          <div class="btn-group mb-1" role="group" aria-label="Registration type">
            <input type="radio" class="btn-check" name="regType" id="rtGsp" value="GSP" autocomplete="off">
            <label class="btn btn-outline-primary" for="rtGsp">Through GSP</label>
            <input type="radio" class="btn-check" name="regType" id="rtDirect" value="DIRECT" autocomplete="off">
            <label class="btn btn-outline-primary" for="rtDirect">Directly</label>
          </div>
          <div class="invalid-feedback mb-2" id="regTypeFeedback">Please choose how you wish to register.</div>
          <div class="alert alert-info d-none mt-3" id="directInfo">Direct API access (own Client ID and Client Secret) is available only to taxpayers with AATO above &#8377; 1000 crore. This GSTIN is not eligible; please register through a GSP.</div>
          <div id="gspFields" class="d-none mt-3">
            <div class="form-floating mb-3">
              <select class="form-select" id="gspSelect" name="gsp" aria-label="Select your GSP">
                <option value="" selected>-- Select --</option>${options}
              </select>
              <label for="gspSelect">Select your GSP</label>
              <div class="invalid-feedback">Please select your GSP.</div>
            </div>
            <div class="input-group has-validation mb-3">
              <span class="input-group-text">API_</span>
              <div class="form-floating">
                <input type="text" class="form-control" id="apiUsername" name="username" placeholder=" " autocomplete="off" maxlength="30">
                <label for="apiUsername">Username</label>
              </div>
              <div class="invalid-feedback">3 to 30 characters: letters, digits, '.', '-' or '_'.</div>
            </div>
            <div class="row g-3 mb-2">
              <div class="col-md-6"><div class="form-floating">
                <input type="password" class="form-control" id="apiPassword" name="password" placeholder=" " autocomplete="new-password" maxlength="20">
                <label for="apiPassword">Password</label>
                <div class="invalid-feedback">The password does not meet the rules below.</div>
              </div></div>
              <div class="col-md-6"><div class="form-floating">
                <input type="password" class="form-control" id="apiPassword2" name="confirmPassword" placeholder=" " autocomplete="new-password" maxlength="20">
                <label for="apiPassword2">Confirm password</label>
                <div class="invalid-feedback">Passwords do not match.</div>
              </div></div>
            </div>
            <div class="form-text mb-3">8 to 20 characters, with at least one upper-case letter, one lower-case letter, one digit and one special character (e.g. @ # $ %).</div>
          </div>
          <div class="d-flex align-items-center gap-2 mt-3">
            <button type="submit" class="btn btn-success" id="btnCreate">Create API User</button>
            <a class="btn btn-link" href="/dashboard">Cancel</a>
          </div>
        </form>
      </div>
    </div>
    <div class="card shadow-sm ${verified ? '' : 'd-none'}" id="registeredCard">
      <div class="card-header fw-semibold">Registered GSPs</div>
      <div class="card-body p-0"><div class="table-responsive">
        <table class="table table-striped mb-0"><thead><tr><th>#</th><th>GSP Name</th><th>API Username</th><th>Created On</th><th>Status</th></tr></thead>
        <tbody id="registeredRows">${rows.map((r, i) => rowHtml(i + 1, r)).join('')}</tbody></table>
      </div></div>
    </div>
    <div class="modal fade" id="confirmModal" tabindex="-1" aria-labelledby="confirmTitle" aria-hidden="true">
      <div class="modal-dialog modal-dialog-centered">
        <div class="modal-content">
          <div class="modal-header">
            <h5 class="modal-title" id="confirmTitle">Please confirm</h5>
            <button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close"></button>
          </div>
          <div class="modal-body"><p class="mb-0" id="confirmText"></p></div>
          <div class="modal-footer">
            <button type="button" class="btn btn-secondary" data-bs-dismiss="modal">No</button>
            <button type="button" class="btn btn-primary" id="btnConfirmYes">Yes, create</button>
          </div>
        </div>
      </div>
    </div>`,
    { gstin, signedIn: true, script: CREATE_JS },
  );
}

const CREATE_JS = `
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var sendBtn = $('btnSendOtp'), verifyBtn = $('btnVerifyOtp'), otpInput = $('apiOtp');
  var form = $('apiUserForm'), modal = $('confirmModal');
  function failed(err, done) { if (!(err instanceof portal.SessionLost)) { if (done) done(); portal.toast('Something went wrong. Please try again.', 'danger'); } }
  function sendOtp(btn, label) {
    var done = portal.busy(btn, label);
    portal.api('/api/api-users/otp/send').then(function (res) {
      done();
      if (!res.ok) { portal.toast(res.data.message, 'danger'); portal.showAlert('#pageAlerts', 'danger', res.data.message); return; }
      $('pageAlerts').innerHTML = '';
      portal.toast('OTP sent to ' + res.data.mobile, 'success');
      sendBtn.classList.add('d-none');
      $('otpEntry').classList.remove('d-none');
      otpInput.value = '';
      otpInput.focus();
    }).catch(function (err) { failed(err, done); });
  }
  sendBtn.addEventListener('click', function () { sendOtp(sendBtn, 'Sending...'); });
  $('btnResendOtp').addEventListener('click', function () { sendOtp($('btnResendOtp'), 'Sending...'); });
  otpInput.addEventListener('input', function () { portal.invalid(otpInput, false); });
  function verify() {
    var otp = otpInput.value.trim();
    if (!/^\\d{6}$/.test(otp)) { portal.invalid(otpInput, true); otpInput.focus(); return; }
    var done = portal.busy(verifyBtn, 'Verifying...');
    portal.api('/api/api-users/otp/verify', { otp: otp }).then(function (res) {
      done();
      if (!res.ok) {
        portal.toast(res.data.message, 'danger');
        portal.showAlert('#pageAlerts', 'danger', res.data.message);
        otpInput.value = '';
        otpInput.focus();
        return;
      }
      $('pageAlerts').innerHTML = '';
      portal.toast('OTP verified successfully.', 'success');
      $('otpStep').classList.add('d-none');
      form.classList.remove('d-none');
      $('registeredCard').classList.remove('d-none');
    }).catch(function (err) { failed(err, done); });
  }
  verifyBtn.addEventListener('click', verify);
  otpInput.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); verify(); } });

  var rtGsp = $('rtGsp'), rtDirect = $('rtDirect');
  function onType() {
    $('regTypeFeedback').classList.remove('d-block');
    var gsp = rtGsp.checked;
    $('gspFields').classList.toggle('d-none', !gsp);
    $('directInfo').classList.toggle('d-none', !rtDirect.checked);
    $('btnCreate').disabled = rtDirect.checked;
  }
  rtGsp.addEventListener('change', onType);
  rtDirect.addEventListener('change', onType);
  form.querySelectorAll('input,select').forEach(function (i) {
    i.addEventListener(i.tagName === 'SELECT' ? 'change' : 'input', function () { portal.invalid(i, false); });
  });
  var RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^A-Za-z0-9]).{8,20}$/;
  var pending = null;
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (!rtGsp.checked) { $('regTypeFeedback').classList.add('d-block'); return; }
    var gsp = $('gspSelect'), user = $('apiUsername'), pw = $('apiPassword'), pw2 = $('apiPassword2');
    var ok = true;
    function check(input, good) { portal.invalid(input, !good); if (!good && ok) { input.focus(); ok = false; } }
    check(gsp, !!gsp.value);
    check(user, /^[A-Za-z0-9._-]{3,30}$/.test(user.value.trim()));
    check(pw, RULE.test(pw.value));
    check(pw2, pw2.value === pw.value && !!pw2.value);
    if (!ok) return;
    pending = { regType: 'GSP', gsp: gsp.value, username: user.value.trim(), password: pw.value, confirmPassword: pw2.value };
    $('confirmText').textContent = 'Create API user API_' + pending.username + ' for ' + pending.gsp + '?';
    bootstrap.Modal.show(modal);
  });
  $('btnConfirmYes').addEventListener('click', function () {
    if (!pending) return;
    var body = pending;
    pending = null;
    bootstrap.Modal.hide(modal);
    var btn = $('btnCreate');
    var done = portal.busy(btn, 'Creating...');
    portal.api('/api/api-users', body).then(function (res) {
      done();
      if (!res.ok) {
        portal.toast(res.data.message, 'danger');
        portal.showAlert('#pageAlerts', 'danger', res.data.message);
        return;
      }
      portal.toast('API user created successfully.', 'success');
      portal.showAlert('#pageAlerts', 'success', res.data.message);
      var tbody = $('registeredRows');
      var tr = document.createElement('tr');
      [String(tbody.rows.length + 1), res.data.gsp, res.data.username, res.data.createdOn].forEach(function (t) {
        var td = document.createElement('td'); td.textContent = t; tr.append(td);
      });
      var st = document.createElement('td'); st.innerHTML = '<span class="badge text-bg-success">Active</span>'; tr.append(st);
      tbody.append(tr);
      form.reset();
      onType();
      form.classList.add('d-none');
      window.scrollTo({ top: 0, behavior: 'smooth' });
    }).catch(function (err) { failed(err, done); });
  });
})();
`;

const CSS_MORE = `
.h-100{height:100%!important}.border-top{border-top:1px solid var(--bs-border-color)!important}.me-auto{margin-right:auto!important}.ms-3{margin-left:1rem!important}
.h4{font-size:calc(1.275rem + .3vw)}
@media (min-width:768px){.d-md-block{display:block!important}}
`;

// ---------------------------------------------------------------------------------------------
// Server

const PLACEHOLDERS: Record<string, string> = {
  '/einvoice/generate': 'Generate IRN',
  '/einvoice/bulk-upload': 'Bulk Upload',
  '/einvoice/cancel': 'Cancel IRN',
  '/api-registration/ip-whitelisting': 'IP Whitelisting',
  '/api-registration/freeze': 'Freeze API User',
  '/api-registration/change-password': 'Change API Password',
  '/mis/irn-details': 'IRN Details',
  '/mis/summary': 'Summary Report',
  '/users/create': 'Create Sub-User',
  '/users/update': 'Update Sub-User',
};

const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,20}$/;

export async function startBs5OffcanvasR19Rendition(
  options: Bs5OffcanvasR19Options = {},
): Promise<Bs5OffcanvasR19Rendition> {
  const state: Bs5OffcanvasR19State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  let expiryPending: Bs5OffcanvasR19Expiry | undefined = options.expireOnce;

  function newSession(res: ServerResponse): Session {
    const s: Session = {
      id: randomBytes(18).toString('base64url'),
      stage: 'anon',
      contactShown: false,
      apiOtpSent: false,
      apiOtpVerified: false,
      contact: { name: 'Rahul Deshmukh', mobile: '9820012345', email: 'it.support@example.in' },
    };
    sessions.set(s.id, s);
    res.setHeader('Set-Cookie', `${COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Lax`);
    return s;
  }

  function rows(): Row[] {
    return [...ON_FILE, ...state.users.filter((u) => u.gstin === state.gstin)];
  }

  /** The first request of the stage named finds its session gone. */
  function expireHere(stage: Bs5OffcanvasR19Expiry, sid: string | undefined): boolean {
    if (expiryPending !== stage) return false;
    expiryPending = undefined;
    if (sid) sessions.delete(sid);
    state.expired.push(stage);
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    const sid = cookieOf(req);
    let session = sid ? sessions.get(sid) : undefined;
    const signedIn = session?.stage === 'in';

    if (method === 'GET' && path === '/captcha') {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' });
      res.end(captchaSvg(state.captcha));
      return;
    }
    if (method === 'GET' && path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }

    // Public pages.
    if (method === 'GET' && path === '/') {
      if (signedIn) return redirect(res, '/dashboard');
      if (!session) session = newSession(res);
      return html(res, homePage());
    }
    if (method === 'GET' && path === '/login') {
      if (signedIn) return redirect(res, '/dashboard');
      if (!session) session = newSession(res);
      session.stage = 'anon';
      let notice = '';
      if (url.searchParams.get('expired') === '1')
        notice = `<div class="alert alert-warning" role="alert">${EXPIRED_TEXT}</div>`;
      else if (url.searchParams.get('logout') === '1')
        notice = '<div class="alert alert-success" role="alert">You have signed out successfully.</div>';
      return html(res, loginPage(notice));
    }
    if (method === 'GET' && path === '/login/verify') {
      if (signedIn) return redirect(res, '/dashboard');
      if (session?.stage !== 'otp') return redirect(res, session || !sid ? '/login' : '/login?expired=1');
      return html(res, verifyPage());
    }
    if (method === 'GET' && path === '/logout') {
      if (sid) sessions.delete(sid);
      return redirect(res, '/login?logout=1', {
        'Set-Cookie': `${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`,
      });
    }

    // Sign-in API.
    if (method === 'POST' && path === '/api/auth/login') {
      const body = await readBody(req);
      if (!session) session = newSession(res);
      if ((body.captcha ?? '').trim().toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        return json(res, 400, {
          field: 'captcha',
          message: 'Invalid captcha. Please enter the characters shown in the image.',
        });
      }
      if (
        (body.username ?? '').trim().toLowerCase() !== BS5_OFFCANVAS_R19_LOGIN.username.toLowerCase() ||
        body.password !== BS5_OFFCANVAS_R19_LOGIN.password
      ) {
        state.refusals.push('login');
        return json(res, 400, { field: 'credentials', message: 'Invalid username or password.' });
      }
      session.stage = 'otp';
      return json(res, 200, { redirect: '/login/verify' });
    }
    if (method === 'POST' && (path === '/api/auth/otp' || path === '/api/auth/otp/resend')) {
      const body = await readBody(req);
      if (session?.stage !== 'otp')
        return json(res, 400, {
          message: 'Your sign-in attempt has timed out. Please sign in again.',
          redirect: '/login',
        });
      if (path === '/api/auth/otp/resend') return json(res, 200, { mobile: MOBILE_MASKED });
      if ((body.otp ?? '').trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        return json(res, 400, { message: 'Invalid OTP. Please check the code and try again.' });
      }
      session.stage = 'in';
      return json(res, 200, { redirect: '/dashboard' });
    }

    // Signed-in JSON API.
    if (path.startsWith('/api/')) {
      const stage: Bs5OffcanvasR19Expiry | undefined =
        method === 'POST' && path === '/api/api-users/otp/send'
          ? 'api-otp-send'
          : method === 'POST' && path === '/api/api-users/otp/verify'
            ? 'api-otp-verify'
            : method === 'POST' && path === '/api/api-users'
              ? 'submit'
              : undefined;
      const body = method === 'POST' ? await readBody(req) : {};
      if (stage && expireHere(stage, sid)) session = undefined;
      if (session?.stage !== 'in')
        return json(res, 401, { message: EXPIRED_TEXT, redirect: '/login?expired=1' });

      if (path === '/api/profile/contact') {
        if (method === 'GET') return json(res, 200, session.contact);
        if (!/^\d{10}$/.test(body.mobile ?? '') || !(body.name ?? '').trim())
          return json(res, 400, { message: 'Please enter a name and a 10-digit mobile number.' });
        session.contact = { name: body.name ?? '', mobile: body.mobile ?? '', email: body.email ?? '' };
        return json(res, 200, { ok: true });
      }
      if (stage === 'api-otp-send') {
        session.apiOtpSent = true;
        return json(res, 200, { mobile: MOBILE_MASKED, validFor: 600 });
      }
      if (stage === 'api-otp-verify') {
        if (!session.apiOtpSent) return json(res, 400, { message: 'Please click Send OTP first.' });
        if ((body.otp ?? '').trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          return json(res, 400, {
            message: 'Invalid OTP. Please enter the OTP sent to your registered mobile number.',
          });
        }
        session.apiOtpVerified = true;
        return json(res, 200, { verified: true });
      }
      if (stage === 'submit') {
        if (!session.apiOtpVerified)
          return json(res, 400, { message: 'Please verify the OTP before creating an API user.' });
        const gsp = body.gsp ?? '';
        const typed = (body.username ?? '').trim();
        const password = body.password ?? '';
        if (body.regType !== 'GSP' || !GSPS.includes(gsp))
          return json(res, 400, { message: 'Please select your GSP.' });
        if (!/^[A-Za-z0-9._-]{3,30}$/.test(typed))
          return json(res, 400, { message: "Username must be 3 to 30 letters, digits, '.', '-' or '_'." });
        if (!PASSWORD_RULE.test(password) || password !== body.confirmPassword)
          return json(res, 400, {
            message: 'The password does not meet the password rules, or the passwords differ.',
          });
        const username = `API_${typed}`;
        if (rows().some((r) => r.gsp.toLowerCase() === gsp.toLowerCase())) {
          state.refusals.push('duplicate');
          return json(res, 409, { message: `GSTIN ${state.gstin} is already registered with ${gsp}.` });
        }
        const lower = username.toLowerCase();
        if (TAKEN.includes(lower) || rows().some((r) => r.username.toLowerCase() === lower)) {
          state.refusals.push('username-taken');
          return json(res, 409, { message: `Username ${username} is already taken. Please choose another.` });
        }
        const createdOn = today();
        state.users.push({ gstin: state.gstin, gsp, username, password, createdOn });
        return json(res, 200, {
          message: `API user ${username} has been created successfully for ${gsp}.`,
          gsp,
          username,
          createdOn,
        });
      }
      return json(res, 404, { message: 'Not found.' });
    }

    // Signed-in pages.
    const pages = ['/dashboard', '/api-users/new', '/api-users', ...Object.keys(PLACEHOLDERS)];
    if (method === 'GET' && pages.includes(path)) {
      if (session?.stage !== 'in') return redirect(res, sid && !session ? '/login?expired=1' : '/login');
      if (path === '/dashboard') {
        const first = !session.contactShown;
        session.contactShown = true;
        return html(res, dashboardPage(state.gstin, first, rows().length));
      }
      if (path === '/api-users/new')
        return html(res, createApiUserPage(state.gstin, session.apiOtpVerified, rows()));
      if (path === '/api-users') return html(res, viewUsersPage(state.gstin, rows()));
      return html(res, placeholderPage(state.gstin, PLACEHOLDERS[path] ?? 'Page'));
    }

    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(layout('Not found', '<h1 class="fs-3">Page not found</h1>', { signedIn }));
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Internal Server Error');
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

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
