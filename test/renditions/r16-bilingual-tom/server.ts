/**
 * Rendition r16-bilingual-tom: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2021-2024 GIGW-compliant bilingual
 * (Hindi and English) Government of India portal would draw it: plain HTML and a hand-written site
 * stylesheet with BEM-like names of its own (`c-modal`, `c-notice`, `c-megamenu`, `c-segment`,
 * `c-otp`, `c-input-group`, `site-header`), vanilla JavaScript, and a hand-written copy of Tom Select
 * 2's DOM and behaviour for the GSP picker. Every visible label, heading, button, menu entry and
 * message is bilingual in the same element, Hindi first ("उपयोगकर्ता नाम / Username"). No library
 * files, no icon fonts (icons are small inline SVGs), no network.
 *
 * Choices made where the docs are silent:
 * - Chrome: a GIGW top strip (Government of India, "Skip to main content", A- / A / A+ that change
 *   the root font size, a "हिंदी | English" toggle that does nothing), a white header with an emblem
 *   and the bilingual site title, and the footer of such sites (policies, last updated, NIC).
 * - Login: the header link "लॉगिन / Login" (`a.site-header__login`, href '#') opens a `c-modal`
 *   (overlay + `div.c-modal__dialog[role=dialog]`, a 200 ms fade and lift, close button drawn as an
 *   <img alt="बंद करें / Close">). Username `#txtUserName`, password `#txt_password`, captcha
 *   `#CaptchaCode` beside `img#captcha_image` (an SVG from `/get-captcha-image`, fresh noise each
 *   time, compared case-insensitively) and a refresh button. fetch() to `POST /Home/Login`; the
 *   captcha is checked first, then the credentials. Refusals are `c-notice--error` boxes above the
 *   form; the captcha (and the password) are emptied and the picture redrawn.
 * - 2FA: the same modal turns to "ओटीपी सत्यापन / OTP Verification" with ONE box `#txtOtp` and
 *   "ओटीपी सत्यापित करें / Verify OTP"; a resend link after 30 s. Success goes to `/Home/MainMenu`.
 * - After login: on the first dashboard of a session, two popups built by script and appended to
 *   <body> one after the other (the second 250 ms after the first is closed): "महत्वपूर्ण सूचना /
 *   Important Notice" and "तकनीकी व्यक्ति के संपर्क / Contacts of Technical Person". Each is a
 *   `c-modal` whose only control is `button.c-modal__close` ("×", aria-label "बंद करें"). The overlay
 *   does not close them; Escape does not either.
 * - Menu: a horizontal mega-menu `nav.c-megamenu` under the header. Panels open on hover and on
 *   focus-within only (pure CSS, a 180 ms fade); a click on a top entry (href '#') does nothing.
 *   "एपीआई पंजीकरण / API Registration" holds the columns "उपयोगकर्ता क्रेडेंशियल / User Credentials"
 *   (a heading, not a link: Create API User, View API Users) and "सुरक्षा / Security" (IP
 *   Whitelisting, Freeze API User, Change API Password). Leaves other than Dash Board and Create API
 *   User are placeholder pages ("कोई रिकॉर्ड नहीं मिला / No records found").
 * - Create API User (`/ApiRegistration/CreateApiUser`): the panel "एपीआई पंजीकरण / API
 *   Registration" shows the masked registered mobile and "ओटीपी भेजें / Send OTP" (the stage
 *   api-otp-send); the six `input.c-otp__digit` boxes are disabled until the OTP is sent, advance on
 *   keyup (a pasted or filled value of several digits spreads over the boxes), Backspace goes back.
 *   "सत्यापित करें / Verify" (api-otp-verify). A wrong OTP turns the boxes red with "गलत ओटीपी /
 *   Invalid OTP" under them (no notice box), empties them; retries unlimited. Every AJAX call puts a
 *   full-page `div.c-loader` over <body> while it runs (~300 ms).
 * - Registration form (shown once the OTP is verified): "... / Do you wish to Register your GSTIN
 *   for" as segmented buttons (`div.c-segment > input.visually-hidden + label.c-segment__btn`):
 *   Directly, Through GSP, Through ERP, Through Client-Id of other; none chosen at first. Only
 *   "Through GSP" shows the fields; the others show a `c-notice--info` and disable Submit.
 *   "अपना जीएसपी चुनें / Select your GSP" is Tom Select on `select#ddlGsp` (24 names, numeric
 *   values): the select gets `tomselected ts-hidden-accessible` and stays in place, the wrapper
 *   `div.ts-wrapper.single` (carrying the select's own classes) is inserted after it, with
 *   `div.ts-control > input[role=combobox]` and the dropdown inside the wrapper. Typing filters
 *   ("contains" on every word, matches wrapped in `span.highlight`), arrows / Enter / click choose,
 *   Escape and blur close. Username: the fixed "API_" drawn as an input-group addon before
 *   `#txtApiUserName` (3 to 30 letters, digits, '_', '.' or '-' typed; a typed "API_" is not doubled).
 *   Password and Re-enter Password: 8 to 15 characters with upper, lower, digit and special.
 *   Client-side checks are `c-notice--error` boxes above the form (no refusal recorded).
 * - Submit ("जमा करें / Submit", type=button) opens the `c-modal` "पुष्टि करें / Confirm" with
 *   "हाँ / Yes" and "नहीं / No"; Yes posts `POST /ApiRegistration/Submit` (the stage submit).
 *   Refusals: the GSTIN already registered with that GSP (duplicate), the username already taken
 *   (API_admin, API_test, API_einvoice or any made here, case-insensitively: username-taken).
 *   Success: `c-notice--success` "API उपयोगकर्ता सफलतापूर्वक बनाया गया / API user created
 *   successfully", the form hidden, and the table "पंजीकृत जीएसपी / GSPs registered" (thead th)
 *   gains the row. The table is shown from the OTP's verification on ("No records found" at first).
 * - Sessions: cookie `EINVSESSID` (HttpOnly) naming server-side state. A server-rendered page with
 *   a dead session redirects (302) to `/?session=expired` (to `/` when no cookie was sent), where a
 *   `c-notice--warning` says "सत्र समाप्त / Session expired, please login again". AJAX with a dead
 *   session gets 200 JSON `{status:'SESSION_EXPIRED'}`; the page script shows that notice above the
 *   form for 1 s, then goes to `/?session=expired`.
 * - expireOnce: the first request of that stage (Send OTP, Verify, or the Submit POST) deletes the
 *   server session first, so it answers as any lost session does.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type BilingualTomR16Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface BilingualTomR16Options {
  expireOnce?: BilingualTomR16Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface BilingualTomR16State {
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

export interface BilingualTomR16Rendition {
  url: string;
  close(): Promise<void>;
  state: BilingualTomR16State;
}

export const BILINGUAL_TOM_R16_LOGIN: { username: string; password: string } = {
  username: 'mhtaxpayer27',
  password: 'Nic@Portal2024',
};

/** The GSPs of the picker: value (an id, as the portal stores it) and name, spelled as seen. */
const GSPS: [string, string][] = [
  ['1031', 'Adaequare Info Private Limited'],
  ['1044', 'Alankit Limited'],
  ['1009', 'Bodhtree Consulting Limited'],
  ['1052', 'BVM IT Consulting Services India Private Limited'],
  ['1017', 'Chartered Information Systems Private Limited'],
  ['1023', 'Cygnet Infotech Private Ltd'],
  ['1002', 'DEFMACRO SOFTWARE PRIVATE LIMITED'],
  ['1061', 'Ernst & Young LLP'],
  ['1038', 'Excellon Software Private Limited'],
  ['1005', 'IRIS BUSINESS SERVICES LIMITED'],
  ['1047', 'KFin Technologies Limited'],
  ['1012', 'Masters India Private Limited'],
  ['1066', 'NSDL e-Governance Infrastructure Limited'],
  ['1070', 'Reliance Corporate IT Park Limited'],
  ['1058', 'Seshaasai Business Forms Pvt Ltd'],
  ['1074', 'Sify Technologies Limited'],
  ['1027', 'Tally ( India) Private Ltd'],
  ['1001', 'Tera Software Limited'],
  ['1014', 'Vay Network Services Pvt. Ltd.'],
  ['1019', 'Webtel Electrosoft Private Limited'],
  ['1081', 'WeP Solutions Limited'],
  ['1085', 'Zoho Corporation Private Limited'],
  ['1090', 'Taxilla IT Solutions Private Limited'],
  ['1093', 'Botree Software International Private Limited'],
];

const RESERVED_USERNAMES = ['api_admin', 'api_test', 'api_einvoice'];
const MOBILE_MASKED = 'XXXXXX4521';
const COOKIE = 'EINVSESSID';

interface Session {
  id: string;
  stage: 'otp' | 'in';
  csrf: string;
  popupsShown: boolean;
  apiOtpSent: boolean;
  apiVerified: boolean;
}

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function parseCookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at).trim()] = decodeURIComponent(part.slice(at + 1).trim());
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    try {
      const parsed = JSON.parse(text) as Record<string, unknown>;
      const out: Record<string, string> = {};
      for (const [key, value] of Object.entries(parsed)) out[key] = String(value ?? '');
      return out;
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

function sendHtml(res: ServerResponse, body: string, status = 200): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-frame-options': 'SAMEORIGIN',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

function redirect(res: ServerResponse, location: string, headers: Record<string, string> = {}): void {
  res.writeHead(302, { location, 'cache-control': 'no-store', ...headers });
  res.end();
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

// ---------------------------------------------------------------------------------------------
// The site stylesheet (served as /assets/css/site.css)
// ---------------------------------------------------------------------------------------------

const SITE_CSS = `
:root{--navy:#12325b;--navy-2:#1d4a80;--saffron:#f47b20;--green:#138808;--ink:#1f2933;--muted:#5b6770;
--line:#d5dbe1;--bg:#f3f5f8;--error:#b42318;--error-bg:#fdecea;--ok:#146c2e;--ok-bg:#e7f5ea;--warn:#8a5300;
--warn-bg:#fff4e0;--info:#0b4f8a;--info-bg:#e8f1fb;font-size:16px}
*,*::before,*::after{box-sizing:border-box}
html.fs-small{font-size:14px}html.fs-large{font-size:18px}
body{margin:0;font-family:"Noto Sans","Noto Sans Devanagari","Segoe UI",Arial,sans-serif;color:var(--ink);background:var(--bg);line-height:1.5;font-size:.9375rem}
body.c-modal-open{overflow:hidden}
a{color:var(--navy-2)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,label:focus-visible{outline:3px solid var(--saffron);outline-offset:2px}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;padding:0!important;margin:-1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important;white-space:nowrap!important;border:0!important}
.l-container{max-width:1200px;margin:0 auto;padding:0 20px}
/* GIGW strip */
.gigw-strip{background:#0f1f33;color:#e8edf3;font-size:.8125rem}
.gigw-strip__inner{display:flex;align-items:center;justify-content:space-between;min-height:34px;gap:16px}
.gigw-strip__goi{display:flex;align-items:center;gap:8px}
.gigw-strip__flag{display:inline-block;width:22px;height:14px;background:linear-gradient(#f47b20 33%,#fff 33% 66%,#138808 66%);border:1px solid #ccc}
.gigw-strip__tools{display:flex;align-items:center;gap:6px;list-style:none;margin:0;padding:0}
.gigw-strip__tools li+li{border-left:1px solid #41546b;padding-left:8px;margin-left:2px}
.gigw-strip a,.gigw-strip button{color:#e8edf3;text-decoration:none;background:none;border:0;font:inherit;cursor:pointer;padding:2px 4px}
.gigw-strip a:hover,.gigw-strip button:hover{text-decoration:underline}
.gigw-strip__fs{font-weight:700}
.skip-link{position:absolute;left:-9999px;top:0;background:#fff;color:#000;padding:8px 12px;z-index:3000}
.skip-link:focus{left:8px;top:6px}
/* Header */
.site-header{background:#fff;border-bottom:4px solid transparent;border-image:linear-gradient(90deg,var(--saffron) 33%,#fff 33% 66%,var(--green) 66%) 1}
.site-header__inner{display:flex;align-items:center;justify-content:space-between;min-height:88px;gap:20px}
.site-header__brand{display:flex;align-items:center;gap:14px;text-decoration:none;color:var(--ink)}
.site-header__emblem{width:52px;height:64px}
.site-header__titles{display:flex;flex-direction:column}
.site-header__title-hi{font-size:1.35rem;font-weight:700;color:var(--navy)}
.site-header__title-en{font-size:1.05rem;font-weight:600;color:var(--navy-2)}
.site-header__tag{font-size:.8rem;color:var(--muted)}
.site-header__actions{display:flex;align-items:center;gap:14px}
.site-header__login,.site-header__logout{display:inline-flex;align-items:center;gap:6px;background:var(--saffron);color:#fff;text-decoration:none;font-weight:600;padding:9px 18px;border-radius:4px}
.site-header__login:hover,.site-header__logout:hover{background:#d9650f}
.site-header__user{font-size:.85rem;color:var(--muted);text-align:right}
.site-header__user strong{display:block;color:var(--ink)}
.site-header__nic{height:42px}
/* Public nav */
.site-nav{background:var(--navy)}
.site-nav__list{display:flex;list-style:none;margin:0;padding:0}
.site-nav__link{display:block;color:#fff;text-decoration:none;padding:12px 18px;font-weight:500}
.site-nav__link:hover,.site-nav__link--active{background:var(--navy-2)}
/* Mega menu */
.c-megamenu{background:var(--navy);position:relative;z-index:50}
.c-megamenu__bar{display:flex;list-style:none;margin:0 auto;padding:0 20px;max-width:1200px;position:relative}
.c-megamenu__item{position:static}
.c-megamenu__top{display:flex;align-items:center;gap:6px;color:#fff;text-decoration:none;padding:13px 18px;font-weight:500;white-space:nowrap}
.c-megamenu__top--current{box-shadow:inset 0 -4px 0 var(--saffron)}
.c-megamenu__caret{width:0;height:0;border-left:5px solid transparent;border-right:5px solid transparent;border-top:5px solid #fff;margin-top:2px}
.c-megamenu__item:hover>.c-megamenu__top,.c-megamenu__item:focus-within>.c-megamenu__top{background:#fff;color:var(--navy)}
.c-megamenu__item:hover .c-megamenu__caret,.c-megamenu__item:focus-within .c-megamenu__caret{border-top-color:var(--navy)}
.c-megamenu__panel{position:absolute;left:20px;right:20px;top:100%;background:#fff;border-top:3px solid var(--saffron);box-shadow:0 12px 28px rgba(15,31,51,.22);display:flex;gap:36px;padding:22px 28px 26px;visibility:hidden;opacity:0;transform:translateY(8px);transition:opacity .18s ease,transform .18s ease,visibility 0s linear .18s}
.c-megamenu__item:hover>.c-megamenu__panel,.c-megamenu__item:focus-within>.c-megamenu__panel{visibility:visible;opacity:1;transform:none;transition-delay:0s}
.c-megamenu__col{min-width:220px}
.c-megamenu__heading{margin:0 0 10px;padding-bottom:6px;border-bottom:1px solid var(--line);font-size:.9rem;color:var(--navy);text-transform:none;cursor:default}
.c-megamenu__list{list-style:none;margin:0;padding:0}
.c-megamenu__link{display:block;padding:6px 0 6px 14px;color:var(--ink);text-decoration:none;position:relative}
.c-megamenu__link::before{content:"";position:absolute;left:0;top:50%;width:6px;height:6px;margin-top:-3px;border-right:2px solid var(--saffron);border-bottom:2px solid var(--saffron);transform:rotate(-45deg)}
.c-megamenu__link:hover{color:var(--navy-2);text-decoration:underline}
.c-megamenu__burger{display:none}
@media (max-width:860px){.c-megamenu__burger{display:block;background:none;border:0;color:#fff;font-size:1.4rem;padding:8px 16px}
.c-megamenu__bar{display:none;flex-direction:column}.c-megamenu--open .c-megamenu__bar{display:flex}
.c-megamenu__panel{position:static;display:none;visibility:visible;opacity:1;transform:none;flex-direction:column}
.c-megamenu__item:focus-within>.c-megamenu__panel{display:flex}}
/* Breadcrumb and page */
.c-breadcrumb{list-style:none;display:flex;gap:6px;margin:16px 0 4px;padding:0;font-size:.85rem;color:var(--muted)}
.c-breadcrumb li+li::before{content:"\\203A";margin-right:6px}
.c-page{padding:10px 0 40px;min-height:60vh}
.c-page__title{font-size:1.45rem;color:var(--navy);margin:6px 0 18px}
.c-panel{background:#fff;border:1px solid var(--line);border-radius:6px;margin-bottom:20px}
.c-panel__head{padding:12px 20px;border-bottom:1px solid var(--line);background:#f7f9fc;border-radius:6px 6px 0 0}
.c-panel__title{margin:0;font-size:1.05rem;color:var(--navy)}
.c-panel__body{padding:20px}
/* Notices */
.c-notice{display:flex;align-items:flex-start;gap:10px;border:1px solid;border-left-width:5px;border-radius:4px;padding:11px 14px;margin:0 0 16px;animation:c-notice-in .2s ease}
.c-notice__icon{flex:0 0 20px;width:20px;height:20px;margin-top:1px}
.c-notice__text{margin:0}
.c-notice--error{background:var(--error-bg);border-color:var(--error);color:#7a1209}
.c-notice--success{background:var(--ok-bg);border-color:var(--ok);color:#0c4a1f}
.c-notice--warning{background:var(--warn-bg);border-color:#d98a00;color:#6b4000}
.c-notice--info{background:var(--info-bg);border-color:var(--info);color:#0a3d6b}
@keyframes c-notice-in{from{opacity:0;transform:translateY(-4px)}to{opacity:1;transform:none}}
/* Forms */
.c-field{margin-bottom:16px}
.c-field__label{display:block;font-weight:600;margin-bottom:6px;font-size:.9rem}
.c-field__req{color:var(--error);margin-left:2px}
.c-field__input,.c-field__select{display:block;width:100%;height:40px;padding:7px 11px;font:inherit;border:1px solid #9aa5b1;border-radius:4px;background:#fff;color:var(--ink)}
.c-field__input:focus{border-color:var(--navy-2);box-shadow:0 0 0 3px rgba(29,74,128,.18);outline:none}
.c-field__hint{display:block;font-size:.8rem;color:var(--muted);margin-top:4px}
.c-field--row{display:grid;grid-template-columns:260px 1fr;gap:8px 20px;align-items:start}
.c-field--row .c-field__label{padding-top:9px}
.c-form__grid{max-width:1100px}
.c-form__grid .c-field--row{grid-template-columns:260px minmax(0,560px)}
.c-field--stack{margin-bottom:22px}
.c-captcha{display:flex;align-items:center;gap:8px;margin-bottom:8px}
.c-captcha__img{width:150px;height:48px;border:1px solid var(--line);border-radius:4px;background:#fff}
.c-captcha__refresh{background:#fff;border:1px solid var(--line);border-radius:4px;width:40px;height:40px;cursor:pointer;display:flex;align-items:center;justify-content:center}
.c-input-group{display:flex}
.c-input-group__addon{display:flex;align-items:center;padding:0 12px;background:#e9edf2;border:1px solid #9aa5b1;border-right:0;border-radius:4px 0 0 4px;font-weight:700;color:var(--navy);font-family:Consolas,monospace}
.c-input-group .c-field__input{border-radius:0 4px 4px 0}
/* Buttons */
.c-btn{display:inline-flex;align-items:center;justify-content:center;gap:6px;min-height:40px;padding:8px 20px;font:inherit;font-weight:600;border-radius:4px;border:1px solid transparent;cursor:pointer;text-decoration:none}
.c-btn--primary{background:var(--navy);color:#fff}.c-btn--primary:hover{background:var(--navy-2)}
.c-btn--secondary{background:#fff;color:var(--navy);border-color:var(--navy)}.c-btn--secondary:hover{background:#eef3f9}
.c-btn--accent{background:var(--saffron);color:#fff}.c-btn--accent:hover{background:#d9650f}
.c-btn--block{display:flex;width:100%}
.c-btn[disabled]{opacity:.55;cursor:not-allowed}
.c-btn-row{display:flex;gap:12px;margin-top:8px}
.c-link-btn{background:none;border:0;padding:0;font:inherit;color:var(--navy-2);text-decoration:underline;cursor:pointer}
.c-link-btn[disabled]{color:var(--muted);text-decoration:none;cursor:default}
/* Modal */
.c-modal{position:fixed;inset:0;z-index:1000;display:flex;align-items:flex-start;justify-content:center;padding:60px 16px;overflow-y:auto}
.c-modal[aria-hidden="true"]{display:none}
.c-modal__overlay{position:fixed;inset:0;background:rgba(10,22,38,.62);opacity:0;transition:opacity .2s ease}
.c-modal__dialog{position:relative;background:#fff;border-radius:6px;width:100%;max-width:460px;box-shadow:0 20px 48px rgba(0,0,0,.35);opacity:0;transform:translateY(-18px);transition:opacity .2s ease,transform .2s ease}
.c-modal__dialog--wide{max-width:620px}
.c-modal.is-visible .c-modal__overlay{opacity:1}
.c-modal.is-visible .c-modal__dialog{opacity:1;transform:none}
.c-modal__header{display:flex;align-items:center;justify-content:space-between;padding:14px 18px;border-bottom:3px solid var(--saffron);background:var(--navy);color:#fff;border-radius:6px 6px 0 0}
.c-modal__title{margin:0;font-size:1.1rem}
.c-modal__closebtn{background:none;border:0;padding:4px;cursor:pointer;display:flex}
.c-modal__closebtn img{width:18px;height:18px}
.c-modal__close{background:none;border:0;color:#fff;font-size:1.7rem;line-height:1;padding:0 4px;cursor:pointer}
.c-modal__body{padding:20px 22px}
.c-modal__footer{display:flex;justify-content:flex-end;gap:10px;padding:12px 18px;border-top:1px solid var(--line)}
.c-modal--shake .c-modal__dialog{animation:c-shake .3s}
@keyframes c-shake{25%{transform:translateX(-6px)}75%{transform:translateX(6px)}}
/* OTP */
.c-otp{display:flex;gap:10px;margin:6px 0 4px}
.c-otp__digit{width:46px;height:50px;text-align:center;font-size:1.35rem;font-weight:700;border:1px solid #9aa5b1;border-radius:6px;background:#fff}
.c-otp__digit:focus{border-color:var(--navy-2);box-shadow:0 0 0 3px rgba(29,74,128,.2);outline:none}
.c-otp__digit:disabled{background:#eef1f4}
.c-otp__digit--invalid{border-color:var(--error);background:#fff5f4;color:var(--error)}
.c-otp__error{color:var(--error);font-weight:600;margin:4px 0 0;font-size:.875rem}
.c-otp__meta{font-size:.85rem;color:var(--muted);margin:6px 0 14px}
.c-mobile{display:flex;align-items:center;gap:14px;flex-wrap:wrap;margin-bottom:16px}
.c-mobile__no{font-family:Consolas,monospace;font-weight:700;background:#f2f4f7;padding:6px 12px;border-radius:4px}
/* Segmented radios */
.c-segment{display:inline-flex;flex-wrap:wrap;border:1px solid var(--navy);border-radius:5px;overflow:hidden}
.c-segment__btn{padding:9px 16px;cursor:pointer;color:var(--navy);background:#fff;font-weight:500;user-select:none;border-left:1px solid var(--navy)}
.c-segment__btn:first-of-type{border-left:0}
.c-segment__btn:hover{background:#eef3f9}
.c-segment input:checked+.c-segment__btn{background:var(--navy);color:#fff}
.c-segment input:focus-visible+.c-segment__btn{outline:3px solid var(--saffron);outline-offset:-3px}
/* Table */
.c-table{width:100%;border-collapse:collapse;font-size:.9rem}
.c-table th{background:#e9eef5;color:var(--navy);text-align:left;padding:9px 10px;border:1px solid var(--line)}
.c-table td{padding:9px 10px;border:1px solid var(--line);background:#fff}
.c-table__empty{text-align:center;color:var(--muted)}
.c-badge{display:inline-block;padding:2px 8px;border-radius:10px;font-size:.78rem;font-weight:600;background:var(--ok-bg);color:var(--ok)}
/* Cards */
.c-cards{display:grid;grid-template-columns:repeat(4,1fr);gap:16px;margin-bottom:22px}
.c-card{background:#fff;border:1px solid var(--line);border-top:4px solid var(--navy-2);border-radius:6px;padding:16px 18px}
.c-card--saffron{border-top-color:var(--saffron)}.c-card--green{border-top-color:var(--green)}.c-card--grey{border-top-color:#7b8794}
.c-card__label{margin:0;color:var(--muted);font-size:.85rem}
.c-card__value{margin:4px 0 0;font-size:1.7rem;font-weight:700;color:var(--navy)}
.c-profile{display:grid;grid-template-columns:repeat(3,1fr);gap:10px 24px;margin:0}
.c-profile dt{font-size:.8rem;color:var(--muted)}.c-profile dd{margin:0 0 6px;font-weight:600}
/* Home */
.c-hero{background:linear-gradient(100deg,#12325b 0%,#1d4a80 60%,#2c6bb3 100%);color:#fff;padding:40px 0}
.c-hero__title{margin:0 0 8px;font-size:1.8rem}
.c-hero__text{margin:0;max-width:720px;opacity:.92}
.c-home{display:grid;grid-template-columns:2fr 1fr;gap:24px;padding:26px 0 40px}
.c-news{list-style:none;margin:0;padding:0}
.c-news li{padding:10px 0;border-bottom:1px dashed var(--line)}
.c-news__date{display:block;font-size:.78rem;color:var(--muted)}
.c-new{display:inline-block;background:var(--error);color:#fff;font-size:.7rem;padding:0 5px;border-radius:3px;margin-left:6px;animation:c-blink 1.2s steps(2) infinite}
@keyframes c-blink{50%{opacity:.3}}
/* Loader */
.c-loader{position:fixed;inset:0;z-index:2000;background:rgba(255,255,255,.55);display:flex;align-items:center;justify-content:center}
.c-loader__spin{width:46px;height:46px;border:5px solid #c9d3df;border-top-color:var(--saffron);border-radius:50%;animation:c-spin .8s linear infinite}
.c-loader__text{margin-left:14px;font-weight:600;color:var(--navy)}
@keyframes c-spin{to{transform:rotate(360deg)}}
/* Footer */
.site-footer{background:#0f1f33;color:#cfd8e3;font-size:.85rem;padding:22px 0}
.site-footer__links{display:flex;flex-wrap:wrap;gap:4px 18px;list-style:none;margin:0 0 10px;padding:0}
.site-footer a{color:#cfd8e3}
.site-footer__meta{display:flex;justify-content:space-between;flex-wrap:wrap;gap:8px;color:#97a6b8}
`;

/** The part of tom-select.css (2.x, default theme) that the picker needs, with the site's colours. */
const TOM_SELECT_CSS = `
.ts-wrapper{position:relative}
.ts-control{border:1px solid #9aa5b1;padding:8px 11px;width:100%;overflow:hidden;position:relative;z-index:1;box-sizing:border-box;box-shadow:none;border-radius:4px;display:flex;flex-wrap:wrap;min-height:40px;background:#fff}
.ts-wrapper.single .ts-control,.ts-wrapper.single .ts-control input{cursor:pointer}
.ts-wrapper.single .ts-control{padding-right:2rem}
.ts-wrapper.single .ts-control:not(.rtl)::after{content:" ";display:block;position:absolute;top:50%;right:15px;margin-top:-3px;width:0;height:0;border-style:solid;border-width:5px 5px 0;border-color:#808080 transparent transparent}
.ts-wrapper.single.dropdown-active .ts-control::after{margin-top:-4px;border-width:0 5px 5px;border-color:transparent transparent #808080}
.ts-wrapper.single.input-active .ts-control,.ts-wrapper.single.input-active .ts-control input{cursor:text}
.ts-wrapper.focus .ts-control{border-color:#1d4a80;box-shadow:0 0 0 3px rgba(29,74,128,.18)}
.ts-control>*{vertical-align:baseline;display:inline-block}
.ts-control>input{flex:1 1 auto;min-width:7rem;display:inline-block!important;padding:0!important;min-height:0!important;max-height:none!important;max-width:100%!important;margin:0!important;text-indent:0!important;border:0 none!important;background:none!important;line-height:inherit!important;user-select:auto!important;box-shadow:none!important;font:inherit;color:inherit}
.ts-control>input:focus{outline:none!important}
.has-items .ts-control>input{margin:0 4px!important}
.input-hidden .ts-control>input{opacity:0;position:absolute;left:-10000px}
.ts-dropdown{position:absolute;top:100%;left:0;width:100%;z-index:10;border:1px solid #9aa5b1;background:#fff;margin:.25rem 0 0;border-top:0 none;box-sizing:border-box;box-shadow:0 6px 12px rgba(0,0,0,.12);border-radius:0 0 4px 4px}
.ts-dropdown [data-selectable]{cursor:pointer;overflow:hidden}
.ts-dropdown [data-selectable] .highlight{background:rgba(244,123,32,.22);border-radius:1px}
.ts-dropdown .option,.ts-dropdown .no-results{padding:6px 11px}
.ts-dropdown .active{background-color:#eef3f9;color:#12325b}
.ts-dropdown .selected{font-weight:700}
.ts-dropdown-content{overflow:hidden auto;max-height:220px;scroll-behavior:smooth}
.ts-wrapper.c-field__select{padding:0;border:0;height:auto;background:none}
.ts-hidden-accessible{border:0!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;overflow:hidden!important;padding:0!important;position:absolute!important;width:1px!important;white-space:nowrap!important}
`;

const ICONS = {
  error:
    '<svg class="c-notice__icon" viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="9" fill="#b42318"/><path d="M6.5 6.5l7 7M13.5 6.5l-7 7" stroke="#fff" stroke-width="2"/></svg>',
  success:
    '<svg class="c-notice__icon" viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="9" fill="#146c2e"/><path d="M5.5 10.5l3 3 6-7" stroke="#fff" stroke-width="2" fill="none"/></svg>',
  warning:
    '<svg class="c-notice__icon" viewBox="0 0 20 20" aria-hidden="true"><path d="M10 1.5l9 16H1z" fill="#d98a00"/><path d="M10 7v5" stroke="#fff" stroke-width="2"/><circle cx="10" cy="14.6" r="1.2" fill="#fff"/></svg>',
  info: '<svg class="c-notice__icon" viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="9" fill="#0b4f8a"/><path d="M10 9v6" stroke="#fff" stroke-width="2"/><circle cx="10" cy="5.8" r="1.2" fill="#fff"/></svg>',
};

type NoticeKind = keyof typeof ICONS;

function notice(kind: NoticeKind, text: string): string {
  const role = kind === 'error' || kind === 'warning' ? 'alert' : 'status';
  return `<div class="c-notice c-notice--${kind}" role="${role}">${ICONS[kind]}<p class="c-notice__text">${text}</p></div>`;
}

function emblemSvg(): string {
  const spokes: string[] = [];
  for (let i = 0; i < 24; i++) {
    const a = (i * Math.PI) / 12;
    spokes.push(
      `<line x1="26" y1="46" x2="${(26 + 9 * Math.cos(a)).toFixed(2)}" y2="${(46 + 9 * Math.sin(a)).toFixed(2)}"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 52 64"><g fill="#8a6d1f"><ellipse cx="26" cy="16" rx="11" ry="12"/><rect x="12" y="26" width="28" height="8" rx="2"/><path d="M8 58h36l-4-4H12z"/></g><g stroke="#12325b" stroke-width=".8" fill="none"><circle cx="26" cy="46" r="9"/>${spokes.join('')}</g></svg>`;
}

const CLOSE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 18 18"><path d="M3 3l12 12M15 3L3 15" stroke="#fff" stroke-width="2.4" stroke-linecap="round"/></svg>';

const REFRESH_SVG =
  '<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true"><path d="M16 10a6 6 0 1 1-1.8-4.3" fill="none" stroke="#12325b" stroke-width="2"/><path d="M15.5 2v4.5H11" fill="none" stroke="#12325b" stroke-width="2"/></svg>';

/** The captcha picture: the characters drawn with fresh noise on every request. */
function captchaSvg(text: string): string {
  const rnd = (min: number, max: number) => min + Math.random() * (max - min);
  const parts: string[] = [];
  for (let i = 0; i < 6; i++)
    parts.push(
      `<line x1="${rnd(0, 150).toFixed(1)}" y1="${rnd(0, 48).toFixed(1)}" x2="${rnd(0, 150).toFixed(1)}" y2="${rnd(0, 48).toFixed(1)}" stroke="hsl(${Math.floor(rnd(0, 360))},45%,55%)" stroke-width="1.2"/>`,
    );
  for (let i = 0; i < 40; i++)
    parts.push(
      `<circle cx="${rnd(0, 150).toFixed(1)}" cy="${rnd(0, 48).toFixed(1)}" r="${rnd(0.5, 1.6).toFixed(1)}" fill="#889"/>`,
    );
  [...text].forEach((ch, i) => {
    const x = 16 + i * 26 + rnd(-3, 3);
    const y = 33 + rnd(-4, 4);
    parts.push(
      `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rnd(-18, 18).toFixed(0)} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="Georgia,serif" font-size="${rnd(24, 29).toFixed(0)}" font-weight="700" fill="hsl(${Math.floor(rnd(200, 260))},55%,28%)">${esc(ch)}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="48" viewBox="0 0 150 48"><rect width="150" height="48" fill="#f4f1e8"/>${parts.join('')}<path d="M0 ${rnd(18, 30).toFixed(0)} Q 75 ${rnd(0, 48).toFixed(0)} 150 ${rnd(18, 30).toFixed(0)}" stroke="#556" stroke-width="1.4" fill="none"/></svg>`;
}

// ---------------------------------------------------------------------------------------------
// The page shell: GIGW strip, header, menu, footer
// ---------------------------------------------------------------------------------------------

interface ShellOptions {
  title: string;
  body: string;
  session?: Session;
  gstin: string;
  current?: 'dashboard' | 'api';
  styles?: string[];
  scripts?: string[];
  inlineScript?: string;
}

function gigwStrip(): string {
  return `<div class="gigw-strip"><div class="l-container gigw-strip__inner">
  <div class="gigw-strip__goi"><span class="gigw-strip__flag" aria-hidden="true"></span><span>भारत सरकार / Government of India</span></div>
  <ul class="gigw-strip__tools">
    <li><a href="#main-content" class="gigw-strip__skip">मुख्य सामग्री पर जाएं / Skip to main content</a></li>
    <li><a href="#" class="gigw-strip__sr">स्क्रीन रीडर एक्सेस / Screen Reader Access</a></li>
    <li><button type="button" class="gigw-strip__fs" data-fs="small" title="फ़ॉन्ट आकार घटाएं / Decrease font size">A-</button><button type="button" class="gigw-strip__fs" data-fs="normal" title="सामान्य फ़ॉन्ट आकार / Normal font size">A</button><button type="button" class="gigw-strip__fs" data-fs="large" title="फ़ॉन्ट आकार बढ़ाएं / Increase font size">A+</button></li>
    <li class="gigw-strip__lang"><a href="#" lang="hi" data-lang="hi">हिंदी</a> | <a href="#" lang="en" data-lang="en">English</a></li>
  </ul></div></div>`;
}

function siteHeader(session: Session | undefined, gstin: string): string {
  const actions = session
    ? `<div class="site-header__user"><span>स्वागत है / Welcome</span><strong>${esc(gstin)}</strong></div>
       <a class="site-header__logout" href="/Home/Logout">लॉगआउट / Logout</a>`
    : `<a class="site-header__login" href="#" aria-haspopup="dialog">लॉगिन / Login</a>`;
  return `<header class="site-header"><div class="l-container site-header__inner">
  <a class="site-header__brand" href="/"><img class="site-header__emblem" src="/assets/img/emblem.svg" alt="भारत का राजचिह्न / Emblem of India">
    <span class="site-header__titles"><span class="site-header__title-hi">ई-इनवॉइस प्रणाली</span><span class="site-header__title-en">e-Invoice System</span>
    <span class="site-header__tag">वस्तु एवं सेवा कर नेटवर्क / Goods and Services Tax Network</span></span></a>
  <div class="site-header__actions">${actions}</div></div></header>`;
}

function publicNav(): string {
  const links: [string, string][] = [
    ['/', 'मुख्य पृष्ठ / Home'],
    ['#about', 'ई-इनवॉइस के बारे में / About e-Invoice'],
    ['#updates', 'नवीनतम अपडेट / Latest Updates'],
    ['#help', 'सहायता / Help'],
    ['#contact', 'संपर्क करें / Contact Us'],
  ];
  return `<nav class="site-nav" aria-label="मुख्य नेविगेशन / Main navigation"><div class="l-container"><ul class="site-nav__list">${links
    .map(
      ([href, text], i) =>
        `<li><a class="site-nav__link${i === 0 ? ' site-nav__link--active' : ''}" href="${href}">${text}</a></li>`,
    )
    .join('')}</ul></div></nav>`;
}

function menuLink(href: string, text: string): string {
  return `<li><a class="c-megamenu__link" href="${href}">${text}</a></li>`;
}

function megaMenu(current: ShellOptions['current']): string {
  const top = (text: string, key?: string) =>
    `<a class="c-megamenu__top${key && key === current ? ' c-megamenu__top--current' : ''}" href="#" aria-haspopup="true" aria-expanded="false">${text}<span class="c-megamenu__caret" aria-hidden="true"></span></a>`;
  const col = (heading: string, links: string) =>
    `<div class="c-megamenu__col"><h3 class="c-megamenu__heading">${heading}</h3><ul class="c-megamenu__list">${links}</ul></div>`;
  return `<nav class="c-megamenu" aria-label="मुख्य मेनू / Main menu">
  <button type="button" class="c-megamenu__burger" aria-label="मेनू / Menu">&#9776;</button>
  <ul class="c-megamenu__bar">
    <li class="c-megamenu__item"><a class="c-megamenu__top${current === 'dashboard' ? ' c-megamenu__top--current' : ''}" href="/Home/MainMenu">डैशबोर्ड / Dash Board</a></li>
    <li class="c-megamenu__item c-megamenu__item--has-panel">${top('ई-इनवॉइस / e-Invoice')}
      <div class="c-megamenu__panel">${col('आईआरएन / IRN', menuLink('/Page/GenerateIrn', 'आईआरएन जनरेट करें / Generate IRN') + menuLink('/Page/CancelIrn', 'आईआरएन रद्द करें / Cancel IRN') + menuLink('/Page/PrintEInvoice', 'ई-इनवॉइस प्रिंट करें / Print e-Invoice'))}${col('बल्क / Bulk', menuLink('/Page/BulkUpload', 'बल्क अपलोड / Bulk Upload') + menuLink('/Page/BulkCancel', 'बल्क रद्द / Bulk Cancel'))}</div></li>
    <li class="c-megamenu__item c-megamenu__item--has-panel">${top('एपीआई पंजीकरण / API Registration', 'api')}
      <div class="c-megamenu__panel">${col('उपयोगकर्ता क्रेडेंशियल / User Credentials', menuLink('/ApiRegistration/CreateApiUser', 'एपीआई उपयोगकर्ता बनाएं / Create API User') + menuLink('/Page/ViewApiUsers', 'एपीआई उपयोगकर्ता देखें / View API Users'))}${col('सुरक्षा / Security', menuLink('/Page/IpWhitelisting', 'आईपी व्हाइटलिस्टिंग / IP Whitelisting') + menuLink('/Page/FreezeApiUser', 'एपीआई उपयोगकर्ता फ्रीज करें / Freeze API User') + menuLink('/Page/ChangeApiPassword', 'एपीआई पासवर्ड बदलें / Change API Password'))}</div></li>
    <li class="c-megamenu__item c-megamenu__item--has-panel">${top('एमआईएस रिपोर्ट / MIS Reports')}
      <div class="c-megamenu__panel">${col('रिपोर्ट / Reports', menuLink('/Page/IrnDetails', 'आईआरएन विवरण / IRN Details') + menuLink('/Page/SummaryReport', 'सारांश रिपोर्ट / Summary Report'))}</div></li>
    <li class="c-megamenu__item c-megamenu__item--has-panel">${top('उपयोगकर्ता प्रबंधन / User Management')}
      <div class="c-megamenu__panel">${col('उप-उपयोगकर्ता / Sub Users', menuLink('/Page/CreateSubUser', 'उप-उपयोगकर्ता बनाएं / Create Sub User') + menuLink('/Page/ChangePassword', 'पासवर्ड बदलें / Change Password'))}</div></li>
  </ul></nav>`;
}

function siteFooter(): string {
  return `<footer class="site-footer"><div class="l-container">
  <ul class="site-footer__links">
    <li><a href="#">वेबसाइट नीतियां / Website Policies</a></li><li><a href="#">सहायता / Help</a></li>
    <li><a href="#">अभिगम्यता विवरण / Accessibility Statement</a></li><li><a href="#">साइटमैप / Sitemap</a></li>
    <li><a href="#">अस्वीकरण / Disclaimer</a></li><li><a href="#">प्रतिक्रिया / Feedback</a></li>
  </ul>
  <div class="site-footer__meta"><span>सामग्री का स्वामित्व जीएसटीएन के पास / Content owned by GSTN. राष्ट्रीय सूचना विज्ञान केंद्र द्वारा डिज़ाइन, विकसित एवं होस्ट / Designed, developed and hosted by National Informatics Centre</span>
  <span>अंतिम अद्यतन / Last updated: 14/03/2024 &middot; संस्करण / Version 1.0.41</span></div></div></footer>`;
}

function shell(o: ShellOptions): string {
  const styles = ['/assets/css/site.css', ...(o.styles ?? [])]
    .map((href) => `<link rel="stylesheet" href="${href}">`)
    .join('\n');
  const scripts = ['/assets/js/site.js', ...(o.scripts ?? [])]
    .map((src) => `<script src="${src}"></script>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="hi-IN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="ई-इनवॉइस प्रणाली / e-Invoice System">
${o.session ? `<meta name="csrf-token" content="${o.session.csrf}">` : ''}
<title>${o.title} | ई-इनवॉइस प्रणाली / e-Invoice System</title>
${styles}
</head>
<body>
<a class="skip-link" href="#main-content">मुख्य सामग्री पर जाएं / Skip to main content</a>
${gigwStrip()}
${siteHeader(o.session, o.gstin)}
${o.session ? megaMenu(o.current) : publicNav()}
<main id="main-content" tabindex="-1">
${o.body}
</main>
${siteFooter()}
${scripts}
${o.inlineScript ? `<script>\n${o.inlineScript}\n</script>` : ''}
</body>
</html>`;
}

// ---------------------------------------------------------------------------------------------
// Client runtime shared by every page (served as /assets/js/site.js): GIGW tools, the menu's ARIA,
// the c-modal helper, notices, and the AJAX helper with its loader and its lost-session handling.
// ---------------------------------------------------------------------------------------------

const SITE_JS = `
(function () {
  'use strict';
  var EINV = (window.EINV = {});
  var ICONS = ${JSON.stringify(ICONS)};

  // GIGW font-size tools; the language toggle does nothing (the site is bilingual already).
  document.addEventListener('click', function (e) {
    var fs = e.target.closest && e.target.closest('[data-fs]');
    if (fs) {
      document.documentElement.classList.remove('fs-small', 'fs-large');
      if (fs.getAttribute('data-fs') !== 'normal') document.documentElement.classList.add('fs-' + fs.getAttribute('data-fs'));
      return;
    }
    var lang = e.target.closest && e.target.closest('[data-lang], .gigw-strip__sr');
    if (lang) e.preventDefault();
  });

  // Mega menu: CSS opens it on hover / focus-within; the script only keeps aria-expanded honest and
  // swallows a click on a top entry (href="#").
  document.querySelectorAll('.c-megamenu__item--has-panel').forEach(function (item) {
    var top = item.querySelector('.c-megamenu__top');
    function sync() {
      top.setAttribute('aria-expanded', item.matches(':hover') || item.matches(':focus-within') ? 'true' : 'false');
    }
    item.addEventListener('mouseenter', sync);
    item.addEventListener('mouseleave', function () { setTimeout(sync, 0); });
    item.addEventListener('focusin', sync);
    item.addEventListener('focusout', function () { setTimeout(sync, 0); });
    top.addEventListener('click', function (e) { e.preventDefault(); });
  });
  var burger = document.querySelector('.c-megamenu__burger');
  if (burger) burger.addEventListener('click', function () { burger.parentNode.classList.toggle('c-megamenu--open'); });

  // Modal helper. A modal is div.c-modal[aria-hidden] > div.c-modal__overlay + div.c-modal__dialog.
  var lastFocus = null;
  EINV.openModal = function (modal) {
    lastFocus = document.activeElement;
    modal.setAttribute('aria-hidden', 'false');
    document.body.classList.add('c-modal-open');
    void modal.offsetWidth;
    modal.classList.add('is-visible');
    setTimeout(function () {
      // Only when the user has not already gone into the dialog.
      if (modal.contains(document.activeElement)) return;
      var first = modal.querySelector('[data-autofocus]') || modal.querySelector('input:not([type=hidden]):not([disabled]), button');
      if (first) first.focus();
    }, 210);
  };
  EINV.closeModal = function (modal, done) {
    modal.classList.remove('is-visible');
    setTimeout(function () {
      modal.setAttribute('aria-hidden', 'true');
      if (!document.querySelector('.c-modal[aria-hidden="false"]')) document.body.classList.remove('c-modal-open');
      if (lastFocus && lastFocus.focus) lastFocus.focus();
      if (done) done();
    }, 200);
  };
  // Focus stays inside an open modal (GIGW: keyboard users must not wander behind it).
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Tab') return;
    var open = document.querySelectorAll('.c-modal[aria-hidden="false"]');
    var modal = open[open.length - 1];
    if (!modal) return;
    var f = Array.prototype.filter.call(modal.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select'), function (el) { return el.offsetParent !== null; });
    if (!f.length) return;
    if (e.shiftKey && document.activeElement === f[0]) { e.preventDefault(); f[f.length - 1].focus(); }
    else if (!e.shiftKey && document.activeElement === f[f.length - 1]) { e.preventDefault(); f[0].focus(); }
  });

  EINV.notice = function (box, kind, text) {
    var role = kind === 'error' || kind === 'warning' ? 'alert' : 'status';
    box.innerHTML = '<div class="c-notice c-notice--' + kind + '" role="' + role + '">' + ICONS[kind] + '<p class="c-notice__text">' + text + '</p></div>';
    if (box.getBoundingClientRect().top < 0) box.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };
  EINV.clear = function (box) { box.innerHTML = ''; };

  function loader(on, text) {
    var el = document.querySelector('.c-loader');
    if (on && !el) {
      el = document.createElement('div');
      el.className = 'c-loader';
      el.innerHTML = '<div class="c-loader__spin" aria-hidden="true"></div><span class="c-loader__text">' + (text || 'कृपया प्रतीक्षा करें... / Please wait...') + '</span>';
      document.body.appendChild(el);
    } else if (!on && el) el.parentNode.removeChild(el);
  }
  EINV.SESSION_TEXT = 'सत्र समाप्त / Session expired, please login again';
  // POST JSON; a lost session is shown in the page's notice box for 1 s, then the login page.
  EINV.post = function (url, data, noticeBox, loaderText) {
    loader(true, loaderText);
    var meta = document.querySelector('meta[name=csrf-token]');
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'RequestVerificationToken': meta ? meta.content : '' },
      body: JSON.stringify(data || {})
    }).then(function (r) { return r.json(); }).then(function (json) {
      loader(false);
      if (json && json.status === 'SESSION_EXPIRED') {
        document.querySelectorAll('.c-modal[aria-hidden="false"]').forEach(function (m) { m.classList.remove('is-visible'); m.setAttribute('aria-hidden', 'true'); });
        EINV.notice(noticeBox || document.querySelector('[data-notices]'), 'warning', EINV.SESSION_TEXT);
        setTimeout(function () { window.location.href = '/?session=expired'; }, 1000);
        return new Promise(function () {});
      }
      return json;
    }, function (err) {
      loader(false);
      EINV.notice(noticeBox || document.querySelector('[data-notices]'), 'error', 'सर्वर से संपर्क नहीं हो सका / Unable to reach the server. Please try again.');
      throw err;
    });
  };
})();
`;

// ---------------------------------------------------------------------------------------------
// Home page and the login modal (username, password, captcha; then the login OTP in one box)
// ---------------------------------------------------------------------------------------------

function homePage(gstin: string, expired: boolean, loggedOut: boolean): string {
  const notices = expired
    ? notice('warning', 'सत्र समाप्त / Session expired, please login again')
    : loggedOut
      ? notice('success', 'आप सफलतापूर्वक लॉगआउट हो गए हैं / You have been logged out successfully.')
      : '';
  const body = `<section class="c-hero"><div class="l-container">
  <h1 class="c-hero__title">ई-इनवॉइस प्रणाली में आपका स्वागत है / Welcome to the e-Invoice System</h1>
  <p class="c-hero__text">बी2बी चालानों के लिए चालान पंजीकरण पोर्टल (आईआरपी) / The Invoice Registration Portal (IRP) for B2B invoices: generate the IRN, sign and return the e-invoice, and register API users for your GSP or ERP.</p>
</div></section>
<div class="l-container">
  <div id="homeNotices" data-notices aria-live="polite" style="margin-top:18px">${notices}</div>
  <div class="c-home">
    <section class="c-panel" id="about"><div class="c-panel__head"><h2 class="c-panel__title">ई-इनवॉइस के बारे में / About e-Invoice</h2></div>
      <div class="c-panel__body"><p>निर्धारित सीमा से अधिक कुल वार्षिक कारोबार वाले करदाताओं को बी2बी चालान आईआरपी पर रिपोर्ट करने होंगे / Taxpayers whose aggregate annual turnover exceeds the notified limit must report their B2B invoices to the IRP.</p>
      <p>पोर्टल का उपयोग करने के लिए ऊपर दिए गए <strong>लॉगिन / Login</strong> पर क्लिक करें और अपने जीएसटी पोर्टल क्रेडेंशियल से लॉगिन करें / To use the portal, click <strong>Login</strong> above and sign in with your e-Invoice credentials.</p></div></section>
    <aside class="c-panel" id="updates"><div class="c-panel__head"><h2 class="c-panel__title">नवीनतम अपडेट / Latest Updates</h2></div>
      <div class="c-panel__body"><ul class="c-news">
        <li><span class="c-news__date">01/04/2025</span>ई-इनवॉइस पोर्टल पर दो-कारक प्रमाणीकरण अनिवार्य / Two-factor authentication mandatory on the e-Invoice portal<span class="c-new">नया / New</span></li>
        <li><span class="c-news__date">13/09/2023</span>पुराने चालानों की रिपोर्टिंग पर समय सीमा / Time limit on reporting old invoices</li>
        <li><span class="c-news__date">01/08/2023</span>₹5 करोड़ से अधिक एएटीओ वाले करदाताओं के लिए ई-इनवॉइस / e-Invoice for taxpayers with AATO above ₹5 crore</li>
      </ul></div></aside>
  </div>
</div>
<div class="c-modal" id="loginModal" aria-hidden="true">
  <div class="c-modal__overlay" data-modal-dismiss></div>
  <div class="c-modal__dialog" role="dialog" aria-modal="true" aria-labelledby="loginModalTitle">
    <div class="c-modal__header"><h2 class="c-modal__title" id="loginModalTitle">लॉगिन / Login</h2>
      <button type="button" class="c-modal__closebtn" data-modal-dismiss><img src="/assets/img/close.svg" alt="बंद करें / Close"></button></div>
    <div class="c-modal__body">
      <div id="loginNotices" aria-live="polite"></div>
      <form id="frmLogin" class="c-login" action="/Home/Login" method="post" novalidate autocomplete="off">
        <input type="hidden" name="__RequestVerificationToken" value="CfDJ8${randomBytes(30).toString('base64url')}">
        <div class="c-field"><label class="c-field__label" for="txtUserName">उपयोगकर्ता नाम / Username<span class="c-field__req">*</span></label>
          <input class="c-field__input" type="text" id="txtUserName" name="UserLogin.UserName" maxlength="15" autocomplete="username" data-autofocus></div>
        <div class="c-field"><label class="c-field__label" for="txt_password">पासवर्ड / Password<span class="c-field__req">*</span></label>
          <input class="c-field__input" type="password" id="txt_password" name="UserLogin.Password" maxlength="30" autocomplete="current-password"></div>
        <div class="c-field"><label class="c-field__label" for="CaptchaCode">कैप्चा दर्ज करें / Enter Captcha<span class="c-field__req">*</span></label>
          <div class="c-captcha"><img id="captcha_image" class="c-captcha__img" src="/get-captcha-image?v=${Date.now()}" alt="कैप्चा छवि / Captcha image" width="150" height="48">
            <button type="button" class="c-captcha__refresh" id="btnRefreshCaptcha" title="कैप्चा बदलें / Refresh Captcha" aria-label="कैप्चा बदलें / Refresh Captcha">${REFRESH_SVG}</button></div>
          <input class="c-field__input" type="text" id="CaptchaCode" name="CaptchaCode" maxlength="5" autocomplete="off">
          <small class="c-field__hint">ऊपर चित्र में दिखाए गए अक्षर दर्ज करें / Type the characters shown in the picture</small></div>
        <button type="submit" class="c-btn c-btn--primary c-btn--block" id="btnLogin">लॉगिन / Login</button>
        <p class="c-otp__meta" style="display:flex;justify-content:space-between"><a href="#">पासवर्ड भूल गए? / Forgot Password?</a><a href="#">उपयोगकर्ता नाम भूल गए? / Forgot Username?</a></p>
      </form>
      <form id="frmLoginOtp" action="/Home/VerifyLoginOtp" method="post" novalidate autocomplete="off" hidden>
        <p id="loginOtpSentTo"></p>
        <div class="c-field"><label class="c-field__label" for="txtOtp">ओटीपी दर्ज करें / Enter OTP<span class="c-field__req">*</span></label>
          <input class="c-field__input" type="text" id="txtOtp" name="Otp" maxlength="6" inputmode="numeric" autocomplete="one-time-code"></div>
        <button type="submit" class="c-btn c-btn--primary c-btn--block" id="btnVerifyOTP">ओटीपी सत्यापित करें / Verify OTP</button>
        <p class="c-otp__meta"><button type="button" class="c-link-btn" id="btnResendLoginOtp" disabled>ओटीपी पुनः भेजें / Resend OTP</button> <span id="loginOtpTimer"></span></p>
      </form>
    </div>
  </div>
</div>`;
  return shell({ title: 'मुख्य पृष्ठ / Home', body, gstin, inlineScript: HOME_JS });
}

const HOME_JS = `
(function () {
  'use strict';
  var modal = document.getElementById('loginModal');
  var title = document.getElementById('loginModalTitle');
  var box = document.getElementById('loginNotices');
  var frmLogin = document.getElementById('frmLogin');
  var frmOtp = document.getElementById('frmLoginOtp');
  var img = document.getElementById('captcha_image');
  var timer = null;

  function refreshCaptcha() { img.src = '/get-captcha-image?v=' + Date.now() + Math.random().toString(36).slice(2, 6); }
  function showLoginStep() {
    frmOtp.hidden = true; frmLogin.hidden = false;
    title.textContent = 'लॉगिन / Login';
  }
  document.querySelector('.site-header__login').addEventListener('click', function (e) {
    e.preventDefault();
    EINV.clear(box); showLoginStep(); refreshCaptcha();
    EINV.openModal(modal);
  });
  modal.querySelectorAll('[data-modal-dismiss]').forEach(function (el) {
    el.addEventListener('click', function () { EINV.closeModal(modal); });
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && modal.getAttribute('aria-hidden') === 'false') EINV.closeModal(modal);
  });
  document.getElementById('btnRefreshCaptcha').addEventListener('click', refreshCaptcha);

  frmLogin.addEventListener('submit', function (e) {
    e.preventDefault();
    var user = document.getElementById('txtUserName');
    var pwd = document.getElementById('txt_password');
    var cap = document.getElementById('CaptchaCode');
    if (!user.value.trim()) { EINV.notice(box, 'error', 'कृपया उपयोगकर्ता नाम दर्ज करें / Please enter Username'); user.focus(); return; }
    if (!pwd.value) { EINV.notice(box, 'error', 'कृपया पासवर्ड दर्ज करें / Please enter Password'); pwd.focus(); return; }
    if (!cap.value.trim()) { EINV.notice(box, 'error', 'कृपया कैप्चा दर्ज करें / Please enter Captcha'); cap.focus(); return; }
    EINV.post('/Home/Login', { UserName: user.value.trim(), Password: pwd.value, CaptchaCode: cap.value.trim() }, box, 'लॉगिन हो रहा है... / Signing in...').then(function (res) {
      if (res.status === 'OTP_SENT') {
        EINV.clear(box);
        frmLogin.hidden = true; frmOtp.hidden = false;
        title.textContent = 'ओटीपी सत्यापन / OTP Verification';
        document.getElementById('loginOtpSentTo').textContent = 'ओटीपी आपके पंजीकृत मोबाइल नंबर ' + res.mobile + ' और संदेस ऐप पर भेजा गया है / An OTP has been sent to your registered mobile number ' + res.mobile + ' and the Sandes app.';
        pwd.value = ''; cap.value = '';
        startTimer();
        setTimeout(function () { document.getElementById('txtOtp').focus(); }, 50);
        return;
      }
      EINV.notice(box, 'error', res.message);
      cap.value = '';
      if (res.code === 'login') { pwd.value = ''; pwd.focus(); } else cap.focus();
      refreshCaptcha();
    });
  });

  function startTimer() {
    var left = 30;
    var btn = document.getElementById('btnResendLoginOtp');
    var out = document.getElementById('loginOtpTimer');
    btn.disabled = true;
    clearInterval(timer);
    out.textContent = '(' + left + ' से. / s)';
    timer = setInterval(function () {
      left -= 1;
      if (left <= 0) { clearInterval(timer); out.textContent = ''; btn.disabled = false; return; }
      out.textContent = '(' + left + ' से. / s)';
    }, 1000);
  }
  document.getElementById('btnResendLoginOtp').addEventListener('click', function () {
    EINV.post('/Home/ResendLoginOtp', {}, box).then(function (res) {
      if (res.status === 'OK') { EINV.notice(box, 'info', 'ओटीपी पुनः भेजा गया / OTP has been resent.'); startTimer(); }
      else EINV.notice(box, 'error', res.message);
    });
  });

  frmOtp.addEventListener('submit', function (e) {
    e.preventDefault();
    var otp = document.getElementById('txtOtp');
    if (!/^[0-9]{6}$/.test(otp.value.trim())) { EINV.notice(box, 'error', 'कृपया 6 अंकों का ओटीपी दर्ज करें / Please enter the 6-digit OTP'); otp.focus(); return; }
    EINV.post('/Home/VerifyLoginOtp', { Otp: otp.value.trim() }, box, 'सत्यापन हो रहा है... / Verifying...').then(function (res) {
      if (res.status === 'OK') {
        EINV.notice(box, 'success', 'लॉगिन सफल / Login successful. कृपया प्रतीक्षा करें... / Please wait...');
        setTimeout(function () { window.location.href = res.redirect; }, 300);
        return;
      }
      EINV.notice(box, 'error', res.message);
      otp.value = ''; otp.focus();
    });
  });
})();
`;

// ---------------------------------------------------------------------------------------------
// Dashboard (with the post-login popups) and the placeholder pages of the other menu leaves
// ---------------------------------------------------------------------------------------------

function dashboardPage(session: Session, gstin: string, showPopups: boolean): string {
  const body = `<div class="l-container c-page">
  <ol class="c-breadcrumb"><li><a href="/Home/MainMenu">मुख्य पृष्ठ / Home</a></li><li aria-current="page">डैशबोर्ड / Dash Board</li></ol>
  <h1 class="c-page__title">डैशबोर्ड / Dash Board</h1>
  <div id="pageNotices" data-notices aria-live="polite"></div>
  <section class="c-panel"><div class="c-panel__head"><h2 class="c-panel__title">करदाता विवरण / Taxpayer Details</h2></div>
    <div class="c-panel__body"><dl class="c-profile">
      <div><dt>जीएसटीआईएन / GSTIN</dt><dd>${esc(gstin)}</dd></div>
      <div><dt>व्यापार नाम / Trade Name</dt><dd>UNIQUE FABRICATORS</dd></div>
      <div><dt>राज्य / State</dt><dd>महाराष्ट्र / Maharashtra</dd></div>
      <div><dt>पंजीकृत मोबाइल / Registered Mobile</dt><dd>${MOBILE_MASKED}</dd></div>
      <div><dt>अंतिम लॉगिन / Last Login</dt><dd>${today()}</dd></div>
      <div><dt>ई-इनवॉइस स्थिति / e-Invoice Status</dt><dd><span class="c-badge">सक्षम / Enabled</span></dd></div>
    </dl></div></section>
  <div class="c-cards">
    <div class="c-card"><p class="c-card__label">जनरेशन / Generations</p><p class="c-card__value">1,248</p></div>
    <div class="c-card c-card--saffron"><p class="c-card__label">रद्द / Cancelled</p><p class="c-card__value">37</p></div>
    <div class="c-card c-card--green"><p class="c-card__label">बल्क अपलोड / Bulk Uploads</p><p class="c-card__value">12</p></div>
    <div class="c-card c-card--grey"><p class="c-card__label">ई-वे बिल / E-Way Bills</p><p class="c-card__value">406</p></div>
  </div>
  <section class="c-panel"><div class="c-panel__head"><h2 class="c-panel__title">इस माह / This Month</h2></div>
    <div class="c-panel__body"><table class="c-table"><thead><tr><th scope="col">दस्तावेज़ प्रकार / Document Type</th><th scope="col">जनरेट / Generated</th><th scope="col">रद्द / Cancelled</th></tr></thead>
    <tbody><tr><td>कर चालान / Tax Invoice</td><td>212</td><td>4</td></tr><tr><td>क्रेडिट नोट / Credit Note</td><td>18</td><td>1</td></tr><tr><td>डेबिट नोट / Debit Note</td><td>3</td><td>0</td></tr></tbody></table></div></section>
</div>`;
  return shell({
    title: 'डैशबोर्ड / Dash Board',
    body,
    session,
    gstin,
    current: 'dashboard',
    inlineScript: showPopups ? POPUPS_JS : undefined,
  });
}

/** The post-login popups, built by script and appended to <body> one after the other. */
const POPUPS_JS = `
(function () {
  'use strict';
  function popup(id, title, html, next) {
    var m = document.createElement('div');
    m.className = 'c-modal';
    m.id = id;
    m.setAttribute('aria-hidden', 'true');
    m.innerHTML = '<div class="c-modal__overlay"></div>' +
      '<div class="c-modal__dialog c-modal__dialog--wide" role="dialog" aria-modal="true" aria-labelledby="' + id + 'Title">' +
      '<div class="c-modal__header"><h2 class="c-modal__title" id="' + id + 'Title">' + title + '</h2>' +
      '<button type="button" class="c-modal__close" aria-label="बंद करें">×</button></div>' +
      '<div class="c-modal__body">' + html + '</div></div>';
    document.body.appendChild(m);
    m.querySelector('.c-modal__close').addEventListener('click', function () {
      EINV.closeModal(m, function () {
        m.parentNode.removeChild(m);
        if (next) setTimeout(next, 250);
      });
    });
    // A static backdrop: a click beside the dialog only shakes it.
    m.querySelector('.c-modal__overlay').addEventListener('click', function () {
      m.classList.add('c-modal--shake');
      setTimeout(function () { m.classList.remove('c-modal--shake'); }, 320);
    });
    EINV.openModal(m);
  }
  var NOTICE = '<p><strong>प्रिय करदाता / Dear Taxpayer,</strong></p>' +
    '<p>1 अप्रैल 2025 से ई-इनवॉइस पोर्टल पर लॉगिन के लिए दो-कारक प्रमाणीकरण (2FA) अनिवार्य है। ओटीपी एसएमएस, संदेस ऐप या एनआईसी-जीएसटी-शील्ड ऐप से प्राप्त किया जा सकता है। / ' +
    'From 1 April 2025, two-factor authentication (2FA) is mandatory for logging in to the e-Invoice portal. The OTP can be received by SMS, the Sandes app or the NIC-GST-Shield app.</p>' +
    '<p>₹10 करोड़ या उससे अधिक एएटीओ वाले करदाता 30 दिनों से पुराने चालान रिपोर्ट नहीं कर सकेंगे। / Taxpayers with AATO of ₹10 crore and above cannot report invoices older than 30 days.</p>';
  var CONTACT = '<p>कृपया सुनिश्चित करें कि आपके तकनीकी व्यक्ति का विवरण सही है। / Please make sure the details of your technical person are correct.</p>' +
    '<table class="c-table"><tbody>' +
    '<tr><th scope="row">नाम / Name</th><td>Rahul Deshmukh</td></tr>' +
    '<tr><th scope="row">मोबाइल / Mobile</th><td>98XXXXXX12</td></tr>' +
    '<tr><th scope="row">ई-मेल / E-mail</th><td>it.support@uniquefab.example</td></tr>' +
    '</tbody></table>' +
    '<p class="c-field__hint">बदलने के लिए: उपयोगकर्ता प्रबंधन &rarr; प्रोफ़ाइल अपडेट करें / To change them: User Management &rarr; Update Profile.</p>';
  setTimeout(function () {
    popup('popupNotice', 'महत्वपूर्ण सूचना / Important Notice', NOTICE, function () {
      popup('popupTechContact', 'तकनीकी व्यक्ति के संपर्क / Contacts of Technical Person', CONTACT, null);
    });
  }, 400);
})();
`;

const PLACEHOLDER_TITLES: Record<string, string> = {
  GenerateIrn: 'आईआरएन जनरेट करें / Generate IRN',
  CancelIrn: 'आईआरएन रद्द करें / Cancel IRN',
  PrintEInvoice: 'ई-इनवॉइस प्रिंट करें / Print e-Invoice',
  BulkUpload: 'बल्क अपलोड / Bulk Upload',
  BulkCancel: 'बल्क रद्द / Bulk Cancel',
  ViewApiUsers: 'एपीआई उपयोगकर्ता देखें / View API Users',
  IpWhitelisting: 'आईपी व्हाइटलिस्टिंग / IP Whitelisting',
  FreezeApiUser: 'एपीआई उपयोगकर्ता फ्रीज करें / Freeze API User',
  ChangeApiPassword: 'एपीआई पासवर्ड बदलें / Change API Password',
  IrnDetails: 'आईआरएन विवरण / IRN Details',
  SummaryReport: 'सारांश रिपोर्ट / Summary Report',
  CreateSubUser: 'उप-उपयोगकर्ता बनाएं / Create Sub User',
  ChangePassword: 'पासवर्ड बदलें / Change Password',
};

function placeholderPage(session: Session, gstin: string, title: string): string {
  const current = /Api|IpWhite/.test(title) ? 'api' : undefined;
  const body = `<div class="l-container c-page">
  <ol class="c-breadcrumb"><li><a href="/Home/MainMenu">डैशबोर्ड / Dash Board</a></li><li aria-current="page">${title}</li></ol>
  <h1 class="c-page__title">${title}</h1>
  <section class="c-panel"><div class="c-panel__body">${notice('info', 'कोई रिकॉर्ड नहीं मिला / No records found')}</div></section>
</div>`;
  return shell({ title, body, session, gstin, current });
}

// ---------------------------------------------------------------------------------------------
// Create API User: the API OTP, then the registration form, the confirmation and the verdicts
// ---------------------------------------------------------------------------------------------

function registeredRows(users: BilingualTomR16State['users'], gstin: string): string {
  const mine = users.filter((u) => u.gstin === gstin);
  if (!mine.length)
    return '<tr class="c-table__empty-row"><td class="c-table__empty" colspan="5">कोई रिकॉर्ड नहीं मिला / No records found</td></tr>';
  return mine
    .map(
      (u, i) =>
        `<tr><td>${i + 1}</td><td>${esc(u.gsp)}</td><td>${esc(u.username)}</td><td>${esc(u.createdOn)}</td><td><span class="c-badge">सक्रिय / Active</span></td></tr>`,
    )
    .join('');
}

function createApiUserPage(session: Session, state: BilingualTomR16State): string {
  const digits = [1, 2, 3, 4, 5, 6]
    .map(
      (n) =>
        `<input class="c-otp__digit" type="text" inputmode="numeric" maxlength="1" autocomplete="${n === 1 ? 'one-time-code' : 'off'}" aria-label="ओटीपी अंक ${n} / OTP digit ${n}" disabled>`,
    )
    .join('');
  const modes: [string, string, string][] = [
    ['rbDirect', 'DIRECT', 'सीधे / Directly'],
    ['rbGsp', 'GSP', 'जीएसपी के माध्यम से / Through GSP'],
    ['rbErp', 'ERP', 'ईआरपी के माध्यम से / Through ERP'],
    ['rbOther', 'OTHER', 'अन्य के क्लाइंट-आईडी के माध्यम से / Through Client-Id of other'],
  ];
  const segment = modes
    .map(
      ([id, value, text]) =>
        `<input type="radio" class="visually-hidden" name="RegisterFor" id="${id}" value="${value}"><label class="c-segment__btn" for="${id}">${text}</label>`,
    )
    .join('');
  const options = GSPS.map(([value, name]) => `<option value="${value}">${esc(name)}</option>`).join('');
  const body = `<div class="l-container c-page">
  <ol class="c-breadcrumb"><li><a href="/Home/MainMenu">डैशबोर्ड / Dash Board</a></li><li>एपीआई पंजीकरण / API Registration</li><li>उपयोगकर्ता क्रेडेंशियल / User Credentials</li><li aria-current="page">एपीआई उपयोगकर्ता बनाएं / Create API User</li></ol>
  <h1 class="c-page__title">एपीआई उपयोगकर्ता बनाएं / Create API User</h1>
  <div id="pageNotices" data-notices aria-live="polite"></div>
  <section class="c-panel" id="otpPanel">
    <div class="c-panel__head"><h2 class="c-panel__title">एपीआई पंजीकरण / API Registration</h2></div>
    <div class="c-panel__body" id="otpBody">
      <p>एपीआई उपयोगकर्ता बनाने से पहले पंजीकृत मोबाइल नंबर पर भेजे गए ओटीपी से सत्यापन आवश्यक है। / Before an API user is created, you must verify the OTP sent to your registered mobile number.</p>
      <div class="c-mobile"><span>पंजीकृत मोबाइल नंबर / Registered Mobile Number:</span><span class="c-mobile__no">${MOBILE_MASKED}</span>
        <button type="button" class="c-btn c-btn--accent" id="btnSendOtp">ओटीपी भेजें / Send OTP</button><span class="c-otp__meta" id="sendOtpTimer"></span></div>
      <div class="c-field" role="group" aria-labelledby="lblApiOtp">
        <span class="c-field__label" id="lblApiOtp">ओटीपी दर्ज करें / Enter OTP<span class="c-field__req">*</span></span>
        <div class="c-otp" id="apiOtp">${digits}</div>
        <p class="c-otp__error" id="apiOtpError" hidden></p>
        <p class="c-otp__meta">ओटीपी 10 मिनट के लिए मान्य है / The OTP is valid for 10 minutes.</p>
      </div>
      <div class="c-btn-row"><button type="button" class="c-btn c-btn--primary" id="btnVerifyApiOtp" disabled>सत्यापित करें / Verify</button></div>
    </div>
    <div class="c-panel__body" id="otpDone" hidden><p style="margin:0"><span class="c-badge">&#10003; सत्यापित / Verified</span> पंजीकृत मोबाइल नंबर / Registered Mobile Number ${MOBILE_MASKED}</p></div>
  </section>
  <section class="c-panel" id="regPanel" hidden>
    <div class="c-panel__head"><h2 class="c-panel__title">एपीआई उपयोगकर्ता विवरण / API User Details</h2></div>
    <div class="c-panel__body">
      <div id="formNotices" aria-live="polite"></div>
      <form id="frmApiUser" class="c-form__grid" action="/ApiRegistration/Submit" method="post" novalidate autocomplete="off">
        <div class="c-field c-field--stack"><span class="c-field__label" id="lblRegisterFor">क्या आप अपना जीएसटीआईएन पंजीकृत करना चाहते हैं / Do you wish to Register your GSTIN for<span class="c-field__req">*</span></span>
          <div><div class="c-segment" role="radiogroup" aria-labelledby="lblRegisterFor">${segment}</div><div id="regModeInfo" style="margin-top:12px"></div></div></div>
        <div id="gspFields" hidden>
          <div class="c-field c-field--row"><label class="c-field__label" for="txtGstin">जीएसटीआईएन / GSTIN</label>
            <input class="c-field__input" type="text" id="txtGstin" value="${esc(state.gstin)}" readonly></div>
          <div class="c-field c-field--row"><label class="c-field__label" for="ddlGsp">अपना जीएसपी चुनें / Select your GSP<span class="c-field__req">*</span></label>
            <div><select id="ddlGsp" name="GspId" class="c-field__select"><option value="">-- जीएसपी चुनें / Select GSP --</option>${options}</select>
            <small class="c-field__hint">खोजने के लिए टाइप करें / Type to search</small></div></div>
          <div class="c-field c-field--row"><label class="c-field__label" for="txtApiUserName">उपयोगकर्ता नाम / Username<span class="c-field__req">*</span></label>
            <div><div class="c-input-group"><span class="c-input-group__addon" id="apiUserPrefix">API_</span>
              <input class="c-field__input" type="text" id="txtApiUserName" name="UserName" maxlength="30" aria-describedby="apiUserPrefix apiUserHint" autocomplete="off"></div>
            <small class="c-field__hint" id="apiUserHint">3 से 30 अक्षर: अक्षर, अंक, _ . - / 3 to 30 characters: letters, digits, _ . -</small></div></div>
          <div class="c-field c-field--row"><label class="c-field__label" for="txtApiPassword">पासवर्ड / Password<span class="c-field__req">*</span></label>
            <div><input class="c-field__input" type="password" id="txtApiPassword" name="Password" maxlength="15" autocomplete="new-password">
            <small class="c-field__hint">8 से 15 अक्षर, कम से कम एक बड़ा अक्षर, एक छोटा अक्षर, एक अंक और एक विशेष वर्ण / 8 to 15 characters with at least one upper-case letter, one lower-case letter, one digit and one special character</small></div></div>
          <div class="c-field c-field--row"><label class="c-field__label" for="txtApiRePassword">पासवर्ड पुनः दर्ज करें / Re-enter Password<span class="c-field__req">*</span></label>
            <input class="c-field__input" type="password" id="txtApiRePassword" name="ConfirmPassword" maxlength="15" autocomplete="new-password"></div>
        </div>
        <div class="c-btn-row"><button type="button" class="c-btn c-btn--primary" id="btnSubmitApiUser" disabled>जमा करें / Submit</button>
          <a class="c-btn c-btn--secondary" href="/Home/MainMenu">बाहर निकलें / Exit</a></div>
      </form>
    </div>
  </section>
  <section class="c-panel" id="registeredPanel" hidden>
    <div class="c-panel__head"><h2 class="c-panel__title">पंजीकृत जीएसपी / GSPs registered for GSTIN ${esc(state.gstin)}</h2></div>
    <div class="c-panel__body"><table class="c-table" id="tblRegistered"><thead><tr><th scope="col">क्र.सं. / Sl. No.</th><th scope="col">जीएसपी का नाम / GSP Name</th><th scope="col">एपीआई उपयोगकर्ता नाम / API Username</th><th scope="col">बनाया गया / Created On</th><th scope="col">स्थिति / Status</th></tr></thead>
      <tbody>${registeredRows(state.users, state.gstin)}</tbody></table></div>
  </section>
</div>
<div class="c-modal" id="confirmModal" aria-hidden="true">
  <div class="c-modal__overlay"></div>
  <div class="c-modal__dialog" role="dialog" aria-modal="true" aria-labelledby="confirmTitle" aria-describedby="confirmText">
    <div class="c-modal__header"><h2 class="c-modal__title" id="confirmTitle">पुष्टि करें / Confirm</h2></div>
    <div class="c-modal__body"><p id="confirmText"></p></div>
    <div class="c-modal__footer"><button type="button" class="c-btn c-btn--primary" id="btnConfirmYes" data-autofocus>हाँ / Yes</button>
      <button type="button" class="c-btn c-btn--secondary" id="btnConfirmNo">नहीं / No</button></div>
  </div>
</div>`;
  return shell({
    title: 'एपीआई उपयोगकर्ता बनाएं / Create API User',
    body,
    session,
    gstin: state.gstin,
    current: 'api',
    styles: ['/assets/vendor/tom-select/css/tom-select.default.css'],
    scripts: ['/assets/vendor/tom-select/js/tom-select.base.js', '/assets/js/api-registration.js'],
  });
}

/**
 * A hand-written stand-in for Tom Select 2 (single mode): the same DOM (select kept in place with
 * `tomselected ts-hidden-accessible`, `div.ts-wrapper.single` after it holding `div.ts-control` with
 * the item and `input[role=combobox]`, and `div.ts-dropdown > div.ts-dropdown-content[role=listbox]`
 * of `div.option[role=option][data-selectable][data-value]`), the same classes on the wrapper
 * (focus, input-active, input-hidden, dropdown-active, has-items, full, has-options) and the same
 * handling of mouse and keys.
 */
const TOM_SELECT_JS = `
(function (global) {
  'use strict';
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }
  function escapeRegex(s) { return s.replace(/[.*+?^$()|[\\]\\\\{}]/g, '\\\\$&'); }

  function TomSelect(input, user) {
    if (typeof input === 'string') input = document.querySelector(input);
    if (input.tomselect) throw new Error('Tom Select already initialized on this element');
    var self = this;
    user = user || {};
    self.settings = {
      placeholder: user.placeholder || input.getAttribute('placeholder') || null,
      maxOptions: user.maxOptions || 50,
      openOnFocus: user.openOnFocus !== false,
      render: user.render || {},
      onChange: user.onChange || null
    };
    self.input = input;
    input.tomselect = self;
    self.inputId = input.id || ('tomselect-' + Math.random().toString(36).slice(2, 8));
    self.options = {};
    self.order = [];
    Array.prototype.forEach.call(input.options, function (o) {
      if (o.value === '') { if (!self.settings.placeholder) self.settings.placeholder = o.textContent.trim(); return; }
      self.options[o.value] = { value: o.value, text: o.textContent.trim(), $order: self.order.length };
      self.order.push(o.value);
    });
    self.items = input.value !== '' ? [input.value] : [];
    self.isOpen = false;
    self.isFocused = false;
    self.isInputHidden = false;
    self.activeOption = null;

    var id = self.inputId;
    var wrapper = document.createElement('div');
    var classes = ['ts-wrapper'].concat((input.getAttribute('class') || '').split(/\\s+/).filter(Boolean), ['single']);
    wrapper.className = classes.join(' ');
    var control = document.createElement('div');
    control.className = 'ts-control';
    var ci = document.createElement('input');
    ci.setAttribute('type', 'select-one');
    ci.setAttribute('autocomplete', 'off');
    ci.setAttribute('size', '1');
    ci.setAttribute('tabindex', input.getAttribute('tabindex') || '0');
    ci.setAttribute('role', 'combobox');
    ci.setAttribute('aria-haspopup', 'listbox');
    ci.setAttribute('aria-expanded', 'false');
    ci.setAttribute('aria-controls', id + '-ts-dropdown');
    ci.id = id + '-ts-control';
    control.appendChild(ci);
    var dropdown = document.createElement('div');
    dropdown.className = 'ts-dropdown single';
    dropdown.style.display = 'none';
    var content = document.createElement('div');
    content.setAttribute('role', 'listbox');
    content.setAttribute('tabindex', '-1');
    content.className = 'ts-dropdown-content';
    content.id = id + '-ts-dropdown';
    dropdown.appendChild(content);
    wrapper.appendChild(control);
    wrapper.appendChild(dropdown);
    input.insertAdjacentElement('afterend', wrapper);
    input.classList.add('tomselected', 'ts-hidden-accessible');
    input.setAttribute('tabindex', '-1');
    self.wrapper = wrapper; self.control = control; self.control_input = ci; self.dropdown = dropdown; self.dropdown_content = content;

    var label = document.querySelector('label[for="' + id + '"]');
    if (label) {
      label.setAttribute('for', ci.id);
      if (!label.id) label.id = id + '-ts-label';
      content.setAttribute('aria-labelledby', label.id);
      ci.setAttribute('aria-labelledby', label.id);
      label.addEventListener('click', function (e) { e.preventDefault(); if (!self.isFocused) ci.focus(); });
    }

    control.addEventListener('mousedown', function (e) {
      if (e.target === ci) { if (!self.isOpen) self.open(); return; }
      e.preventDefault();
      if (!self.isFocused) { ci.focus(); return; }
      if (self.isOpen) self.close(); else self.open();
    });
    ci.addEventListener('focus', function () {
      self.isFocused = true;
      self.refreshState();
      if (self.settings.openOnFocus) self.open();
    });
    ci.addEventListener('blur', function () {
      self.isFocused = false;
      ci.value = '';
      self.close();
      self.refreshState();
    });
    ci.addEventListener('input', function () {
      if (!self.isOpen) self.open(); else self.refreshOptions();
    });
    ci.addEventListener('keydown', function (e) {
      var opts = self.selectable();
      var at = self.activeOption ? opts.indexOf(self.activeOption) : -1;
      switch (e.key) {
        case 'ArrowDown':
          e.preventDefault();
          if (!self.isOpen) { self.open(); return; }
          if (at < opts.length - 1) self.setActiveOption(opts[at + 1]);
          return;
        case 'ArrowUp':
          e.preventDefault();
          if (at > 0) self.setActiveOption(opts[at - 1]);
          return;
        case 'Enter':
          if (self.isOpen && self.activeOption) { e.preventDefault(); self.onOptionSelect(self.activeOption); }
          return;
        case 'Escape':
          if (self.isOpen) { e.preventDefault(); e.stopPropagation(); self.close(); }
          return;
        case 'Tab':
          self.close();
          return;
        case 'Backspace':
          if (ci.value === '' && self.items.length) { self.clear(); self.open(); }
          return;
      }
    });
    dropdown.addEventListener('mousedown', function (e) { e.preventDefault(); });
    dropdown.addEventListener('mouseover', function (e) {
      var opt = e.target.closest('[data-selectable]');
      if (opt && dropdown.contains(opt)) self.setActiveOption(opt, false);
    });
    dropdown.addEventListener('click', function (e) {
      var opt = e.target.closest('[data-selectable]');
      if (opt && dropdown.contains(opt)) { e.preventDefault(); self.onOptionSelect(opt); }
    });
    document.addEventListener('mousedown', function (e) {
      if (self.isFocused && !wrapper.contains(e.target)) ci.blur();
    });
    self.renderItem();
    self.refreshState();
  }

  TomSelect.prototype.selectable = function () {
    return Array.prototype.slice.call(this.dropdown_content.querySelectorAll('[data-selectable]'));
  };
  TomSelect.prototype.search = function (query) {
    var self = this;
    var tokens = query.toLowerCase().split(/\\s+/).filter(Boolean);
    var results = [];
    self.order.forEach(function (value) {
      var text = self.options[value].text.toLowerCase();
      var score = 1;
      for (var i = 0; i < tokens.length; i++) {
        var at = text.indexOf(tokens[i]);
        if (at < 0) return;
        score *= 0.5 + 0.5 / (1 + at);
      }
      results.push({ id: value, score: score });
    });
    if (tokens.length) results.sort(function (a, b) { return b.score - a.score || self.options[a.id].$order - self.options[b.id].$order; });
    return { query: query, tokens: tokens, items: results };
  };
  TomSelect.prototype.highlight = function (text, tokens) {
    if (!tokens.length) return escapeHtml(text);
    var re = new RegExp('(' + tokens.map(escapeRegex).join('|') + ')', 'ig');
    return text.split(re).map(function (part, i) { return i % 2 ? '<span class="highlight">' + escapeHtml(part) + '</span>' : escapeHtml(part); }).join('');
  };
  TomSelect.prototype.refreshOptions = function () {
    var self = this;
    var res = self.search(self.control_input.value.trim());
    var html = '';
    res.items.slice(0, self.settings.maxOptions).forEach(function (r) {
      var o = self.options[r.id];
      var selected = self.items.indexOf(o.value) >= 0;
      html += '<div data-selectable="" data-value="' + escapeHtml(o.value) + '" class="option' + (selected ? ' selected' : '') + '" role="option" id="' + self.inputId + '-opt-' + (o.$order + 1) + '" aria-selected="' + selected + '">' + self.highlight(o.text, res.tokens) + '</div>';
    });
    if (!res.items.length) {
      var noRes = self.settings.render.no_results;
      html = noRes ? noRes({ input: res.query }, escapeHtml) : '<div class="no-results">No results found for "' + escapeHtml(res.query) + '"</div>';
    }
    self.dropdown_content.innerHTML = html;
    self.activeOption = null;
    var first = (!res.tokens.length && self.items.length && self.dropdown_content.querySelector('.selected')) || self.selectable()[0];
    if (first) self.setActiveOption(first);
    self.refreshState();
  };
  TomSelect.prototype.setActiveOption = function (opt, scroll) {
    if (this.activeOption === opt) return;
    if (this.activeOption) { this.activeOption.classList.remove('active'); }
    this.activeOption = opt;
    if (!opt) { this.control_input.removeAttribute('aria-activedescendant'); return; }
    opt.classList.add('active');
    this.control_input.setAttribute('aria-activedescendant', opt.id);
    if (scroll !== false) {
      var c = this.dropdown_content;
      if (opt.offsetTop < c.scrollTop) c.scrollTop = opt.offsetTop;
      else if (opt.offsetTop + opt.offsetHeight > c.scrollTop + c.clientHeight) c.scrollTop = opt.offsetTop + opt.offsetHeight - c.clientHeight;
    }
  };
  TomSelect.prototype.onOptionSelect = function (opt) {
    this.setValue(opt.getAttribute('data-value'));
    this.control_input.value = '';
    this.close();
  };
  TomSelect.prototype.setValue = function (value, silent) {
    var self = this;
    var old = self.items[0] || '';
    self.items = value !== '' && self.options[value] ? [value] : [];
    Array.prototype.forEach.call(self.input.options, function (o) { o.selected = o.value === (self.items[0] || ''); });
    self.renderItem();
    self.refreshState();
    if (!silent && old !== (self.items[0] || '')) {
      self.input.dispatchEvent(new Event('input', { bubbles: true }));
      self.input.dispatchEvent(new Event('change', { bubbles: true }));
      if (self.settings.onChange) self.settings.onChange.call(self, self.items[0] || '');
    }
  };
  TomSelect.prototype.getValue = function () { return this.items[0] || ''; };
  TomSelect.prototype.clear = function () { this.setValue(''); };
  TomSelect.prototype.renderItem = function () {
    var old = this.control.querySelector('.item');
    if (old) old.parentNode.removeChild(old);
    if (!this.items.length) return;
    var o = this.options[this.items[0]];
    var item = document.createElement('div');
    item.className = 'item';
    item.setAttribute('data-value', o.value);
    item.setAttribute('data-ts-item', '');
    item.textContent = o.text;
    this.control.insertBefore(item, this.control_input);
  };
  TomSelect.prototype.open = function () {
    if (this.isOpen) return;
    this.isOpen = true;
    this.dropdown.style.display = 'block';
    this.dropdown.style.visibility = 'visible';
    this.control_input.setAttribute('aria-expanded', 'true');
    this.refreshOptions();
    if (this.activeOption) this.setActiveOption(this.activeOption);
  };
  TomSelect.prototype.close = function () {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.dropdown.style.display = 'none';
    this.control_input.setAttribute('aria-expanded', 'false');
    this.setActiveOption(null);
    this.refreshState();
  };
  TomSelect.prototype.refreshState = function () {
    var w = this.wrapper.classList;
    var has = this.items.length > 0;
    this.isInputHidden = has && !this.isFocused;
    this.control_input.setAttribute('placeholder', has ? '' : this.settings.placeholder || '');
    w.toggle('focus', this.isFocused);
    w.toggle('input-active', this.isFocused && !this.isInputHidden);
    w.toggle('input-hidden', this.isInputHidden);
    w.toggle('dropdown-active', this.isOpen);
    w.toggle('has-options', this.order.length > 0);
    w.toggle('has-items', has);
    w.toggle('full', has);
  };
  global.TomSelect = TomSelect;
})(window);
`;

/** The script of Create API User (served as /assets/js/api-registration.js). */
const API_REGISTRATION_JS = `
(function () {
  'use strict';
  var pageBox = document.getElementById('pageNotices');
  var formBox = document.getElementById('formNotices');
  var digits = Array.prototype.slice.call(document.querySelectorAll('#apiOtp .c-otp__digit'));
  var otpError = document.getElementById('apiOtpError');
  var btnSend = document.getElementById('btnSendOtp');
  var btnVerify = document.getElementById('btnVerifyApiOtp');
  var btnSubmit = document.getElementById('btnSubmitApiUser');
  var sendTimer = null;

  // ---- the API OTP ----
  function clearInvalid() {
    digits.forEach(function (d) { d.classList.remove('c-otp__digit--invalid'); d.removeAttribute('aria-invalid'); });
    otpError.hidden = true;
  }
  function showInvalid(text) {
    digits.forEach(function (d) { d.classList.add('c-otp__digit--invalid'); d.setAttribute('aria-invalid', 'true'); });
    otpError.textContent = text;
    otpError.hidden = false;
  }
  function spread(from, text) {
    var v = text.replace(/[^0-9]/g, '');
    for (var k = 0; k < v.length && from + k < digits.length; k++) digits[from + k].value = v.charAt(k);
    digits[Math.min(from + v.length, digits.length) - 1].focus();
  }
  digits.forEach(function (box, i) {
    box.addEventListener('paste', function (e) {
      var text = (e.clipboardData || window.clipboardData).getData('text');
      e.preventDefault();
      if (text) { spread(i, text); clearInvalid(); }
    });
    box.addEventListener('input', function () {
      var v = box.value.replace(/[^0-9]/g, '');
      if (v.length > 1) spread(i, v); else box.value = v;
      if (!otpError.hidden) clearInvalid();
    });
    // The box moves on keyup, as the portal's widget does.
    box.addEventListener('keyup', function (e) {
      if (/^[0-9]$/.test(e.key) && box.value.length === 1 && i < digits.length - 1) digits[i + 1].focus();
      else if (e.key === 'ArrowRight' && i < digits.length - 1) digits[i + 1].focus();
      else if (e.key === 'ArrowLeft' && i > 0) digits[i - 1].focus();
    });
    box.addEventListener('keydown', function (e) {
      if (e.key === 'Backspace' && box.value === '' && i > 0) { digits[i - 1].value = ''; digits[i - 1].focus(); e.preventDefault(); }
      if (e.key === 'Enter') { e.preventDefault(); btnVerify.click(); }
    });
  });

  function startSendTimer() {
    var left = 30;
    var out = document.getElementById('sendOtpTimer');
    btnSend.disabled = true;
    clearInterval(sendTimer);
    out.textContent = '(' + left + ' से. / s)';
    sendTimer = setInterval(function () {
      left -= 1;
      if (left <= 0) { clearInterval(sendTimer); out.textContent = ''; btnSend.disabled = false; return; }
      out.textContent = '(' + left + ' से. / s)';
    }, 1000);
  }

  btnSend.addEventListener('click', function () {
    btnSend.disabled = true;
    EINV.post('/ApiRegistration/SendOtp', {}, pageBox, 'ओटीपी भेजा जा रहा है... / Sending OTP...').then(function (res) {
      if (res.status !== 'OK') { btnSend.disabled = false; EINV.notice(pageBox, 'error', res.message); return; }
      EINV.notice(pageBox, 'info', res.message);
      btnSend.textContent = 'ओटीपी पुनः भेजें / Resend OTP';
      digits.forEach(function (d) { d.disabled = false; d.value = ''; });
      clearInvalid();
      btnVerify.disabled = false;
      digits[0].focus();
      startSendTimer();
    });
  });

  btnVerify.addEventListener('click', function () {
    var otp = digits.map(function (d) { return d.value; }).join('');
    if (!/^[0-9]{6}$/.test(otp)) { showInvalid('कृपया 6 अंकों का ओटीपी दर्ज करें / Please enter the 6-digit OTP'); return; }
    btnVerify.disabled = true;
    EINV.post('/ApiRegistration/VerifyOtp', { Otp: otp }, pageBox, 'सत्यापन हो रहा है... / Verifying...').then(function (res) {
      btnVerify.disabled = false;
      if (res.status === 'OK') {
        clearInterval(sendTimer);
        document.getElementById('otpBody').hidden = true;
        document.getElementById('otpDone').hidden = false;
        EINV.notice(pageBox, 'success', res.message);
        document.getElementById('regPanel').hidden = false;
        document.getElementById('registeredPanel').hidden = false;
        return;
      }
      if (res.code === 'INVALID_OTP') {
        EINV.clear(pageBox);
        digits.forEach(function (d) { d.value = ''; });
        showInvalid(res.message);
        digits[0].focus();
        return;
      }
      EINV.notice(pageBox, 'error', res.message);
    });
  });

  // ---- the registration form ----
  var ts = new TomSelect('#ddlGsp', {
    maxOptions: 100,
    render: { no_results: function (data, escape) { return '<div class="no-results">कोई परिणाम नहीं मिला / No results found for "' + escape(data.input) + '"</div>'; } }
  });
  var gspFields = document.getElementById('gspFields');
  var modeInfo = document.getElementById('regModeInfo');
  var MODE_INFO = {
    DIRECT: 'सीधा पंजीकरण केवल ₹500 करोड़ से अधिक एएटीओ वाले करदाताओं के लिए उपलब्ध है। / Direct registration is available only to taxpayers with AATO above ₹500 crore.',
    ERP: 'इस जीएसटीआईएन के लिए ईआरपी के माध्यम से पंजीकरण सक्षम नहीं है। / Registration through ERP is not enabled for this GSTIN.',
    OTHER: 'इस जीएसटीआईएन के लिए कोई अन्य क्लाइंट-आईडी उपलब्ध नहीं है। / No Client-Id of another GSTIN is available for this GSTIN.'
  };
  document.querySelectorAll('input[name=RegisterFor]').forEach(function (rb) {
    rb.addEventListener('change', function () {
      EINV.clear(formBox);
      if (rb.value === 'GSP') { gspFields.hidden = false; EINV.clear(modeInfo); btnSubmit.disabled = false; }
      else { gspFields.hidden = true; EINV.notice(modeInfo, 'info', MODE_INFO[rb.value]); btnSubmit.disabled = true; }
    });
  });

  var confirmModal = document.getElementById('confirmModal');
  var pending = null;
  function fail(text, focus) { EINV.notice(formBox, 'error', text); if (focus) focus.focus(); }
  btnSubmit.addEventListener('click', function () {
    var mode = document.querySelector('input[name=RegisterFor]:checked');
    var sel = document.getElementById('ddlGsp');
    var user = document.getElementById('txtApiUserName');
    var pwd = document.getElementById('txtApiPassword');
    var pwd2 = document.getElementById('txtApiRePassword');
    var name = user.value.trim().replace(/^API_/i, '');
    if (!mode || mode.value !== 'GSP') return fail('कृपया पंजीकरण का प्रकार चुनें / Please select how you wish to register');
    if (!sel.value) return fail('कृपया अपना जीएसपी चुनें / Please select your GSP', ts.control_input);
    if (!name) return fail('कृपया उपयोगकर्ता नाम दर्ज करें / Please enter Username', user);
    if (!/^[A-Za-z0-9_.-]{3,30}$/.test(name)) return fail('अमान्य उपयोगकर्ता नाम / Invalid Username: use 3 to 30 letters, digits, _ . or -', user);
    if (!pwd.value) return fail('कृपया पासवर्ड दर्ज करें / Please enter Password', pwd);
    if (!(/^.{8,15}$/.test(pwd.value) && /[A-Z]/.test(pwd.value) && /[a-z]/.test(pwd.value) && /[0-9]/.test(pwd.value) && /[^A-Za-z0-9]/.test(pwd.value)))
      return fail('पासवर्ड नीति के अनुरूप नहीं है / Password does not meet the policy: 8 to 15 characters with an upper-case letter, a lower-case letter, a digit and a special character', pwd);
    if (pwd.value !== pwd2.value) return fail('पासवर्ड और पुनः दर्ज पासवर्ड मेल नहीं खाते / Password and Re-enter Password do not match', pwd2);
    EINV.clear(formBox);
    var gspName = sel.options[sel.selectedIndex].text;
    pending = { GspId: sel.value, UserName: name, Password: pwd.value, ConfirmPassword: pwd2.value };
    var t = document.getElementById('confirmText');
    t.innerHTML = '';
    var b1 = document.createElement('strong'); b1.textContent = 'API_' + name;
    var b2 = document.createElement('strong'); b2.textContent = gspName;
    t.appendChild(document.createTextNode('क्या आप जीएसपी '));
    t.appendChild(b2.cloneNode(true));
    t.appendChild(document.createTextNode(' के लिए एपीआई उपयोगकर्ता '));
    t.appendChild(b1.cloneNode(true));
    t.appendChild(document.createTextNode(' बनाना चाहते हैं? / Are you sure you want to create the API user '));
    t.appendChild(b1);
    t.appendChild(document.createTextNode(' for '));
    t.appendChild(b2);
    t.appendChild(document.createTextNode('?'));
    EINV.openModal(confirmModal);
  });
  document.getElementById('btnConfirmNo').addEventListener('click', function () { pending = null; EINV.closeModal(confirmModal); });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && confirmModal.getAttribute('aria-hidden') === 'false') { pending = null; EINV.closeModal(confirmModal); }
  });
  document.getElementById('btnConfirmYes').addEventListener('click', function () {
    var data = pending;
    pending = null;
    if (!data) return;
    EINV.closeModal(confirmModal, function () {
      EINV.post('/ApiRegistration/Submit', data, formBox, 'जमा किया जा रहा है... / Submitting...').then(function (res) {
        if (res.status !== 'OK') { EINV.notice(formBox, 'error', res.message); return; }
        EINV.clear(formBox);
        EINV.notice(pageBox, 'success', res.message);
        document.getElementById('regPanel').hidden = true;
        var tbody = document.querySelector('#tblRegistered tbody');
        var empty = tbody.querySelector('.c-table__empty-row');
        if (empty) empty.parentNode.removeChild(empty);
        var tr = document.createElement('tr');
        [String(tbody.rows.length + 1), res.row.gsp, res.row.username, res.row.createdOn].forEach(function (v) {
          var td = document.createElement('td'); td.textContent = v; tr.appendChild(td);
        });
        var st = document.createElement('td');
        st.innerHTML = '<span class="c-badge">सक्रिय / Active</span>';
        tr.appendChild(st);
        tbody.appendChild(tr);
        window.scrollTo({ top: 0, behavior: 'smooth' });
      });
    });
  });
})();
`;

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

const PASSWORD_RULE = (p: string) =>
  /^.{8,15}$/.test(p) && /[A-Z]/.test(p) && /[a-z]/.test(p) && /[0-9]/.test(p) && /[^A-Za-z0-9]/.test(p);

export async function startBilingualTomR16Rendition(
  options: BilingualTomR16Options = {},
): Promise<BilingualTomR16Rendition> {
  const state: BilingualTomR16State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  let expiryDone = false;

  /** The first request of the configured stage finds its session deleted. */
  function expireHere(stage: BilingualTomR16Expiry, sid: string | undefined): boolean {
    if (options.expireOnce !== stage || expiryDone) return false;
    expiryDone = true;
    if (sid) sessions.delete(sid);
    state.expired.push(stage);
    return true;
  }

  const LOST = { status: 'SESSION_EXPIRED', message: 'सत्र समाप्त / Session expired, please login again' };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    const sid = parseCookies(req)[COOKIE];
    const session = sid ? sessions.get(sid) : undefined;
    const signedIn = session?.stage === 'in' ? session : undefined;

    /** A server-rendered page without a live session goes back to the home page. */
    const lostPage = () => redirect(res, sid ? '/?session=expired' : '/');

    if (method === 'GET') {
      switch (path) {
        case '/':
          if (signedIn) return redirect(res, '/Home/MainMenu');
          return sendHtml(
            res,
            homePage(
              state.gstin,
              url.searchParams.get('session') === 'expired',
              url.searchParams.has('logout'),
            ),
          );
        case '/get-captcha-image':
          res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
          res.end(captchaSvg(state.captcha));
          return;
        case '/assets/css/site.css':
          res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' });
          res.end(SITE_CSS);
          return;
        case '/assets/vendor/tom-select/css/tom-select.default.css':
          res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' });
          res.end(TOM_SELECT_CSS);
          return;
        case '/assets/js/site.js':
          res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
          res.end(SITE_JS);
          return;
        case '/assets/vendor/tom-select/js/tom-select.base.js':
          res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
          res.end(TOM_SELECT_JS);
          return;
        case '/assets/js/api-registration.js':
          res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
          res.end(API_REGISTRATION_JS);
          return;
        case '/assets/img/emblem.svg':
          res.writeHead(200, { 'content-type': 'image/svg+xml' });
          res.end(emblemSvg());
          return;
        case '/assets/img/close.svg':
          res.writeHead(200, { 'content-type': 'image/svg+xml' });
          res.end(CLOSE_SVG);
          return;
        case '/favicon.ico':
          res.writeHead(204);
          res.end();
          return;
        case '/Home/Logout':
          if (sid) sessions.delete(sid);
          return redirect(res, '/?logout=1', { 'set-cookie': `${COOKIE}=; Path=/; HttpOnly; Max-Age=0` });
        case '/Home/MainMenu': {
          if (!signedIn) return lostPage();
          const showPopups = !signedIn.popupsShown;
          signedIn.popupsShown = true;
          return sendHtml(res, dashboardPage(signedIn, state.gstin, showPopups));
        }
        case '/ApiRegistration/CreateApiUser':
          if (!signedIn) return lostPage();
          // Each opening of the page starts the OTP over.
          signedIn.apiOtpSent = false;
          signedIn.apiVerified = false;
          return sendHtml(res, createApiUserPage(signedIn, state));
      }
      const placeholder = /^\/Page\/(\w+)$/.exec(path);
      if (placeholder && PLACEHOLDER_TITLES[placeholder[1] as string]) {
        if (!signedIn) return lostPage();
        return sendHtml(
          res,
          placeholderPage(signedIn, state.gstin, PLACEHOLDER_TITLES[placeholder[1] as string] as string),
        );
      }
      return sendHtml(
        res,
        shell({
          title: '404',
          gstin: state.gstin,
          session: signedIn,
          body: `<div class="l-container c-page"><h1 class="c-page__title">पृष्ठ नहीं मिला / Page not found</h1>${notice('error', 'अनुरोधित पृष्ठ उपलब्ध नहीं है / The requested page is not available.')}</div>`,
        }),
        404,
      );
    }

    if (method !== 'POST') {
      res.writeHead(405);
      res.end();
      return;
    }
    const body = await readBody(req);
    await sleep(300);

    switch (path) {
      case '/Home/Login': {
        if ((body.CaptchaCode ?? '').trim().toUpperCase() !== state.captcha.toUpperCase()) {
          state.refusals.push('captcha');
          return sendJson(res, {
            status: 'ERROR',
            code: 'captcha',
            message: 'अमान्य कैप्चा / Invalid Captcha. Please enter the characters shown in the image.',
          });
        }
        if (
          (body.UserName ?? '').trim().toLowerCase() !== BILINGUAL_TOM_R16_LOGIN.username.toLowerCase() ||
          body.Password !== BILINGUAL_TOM_R16_LOGIN.password
        ) {
          state.refusals.push('login');
          return sendJson(res, {
            status: 'ERROR',
            code: 'login',
            message:
              'अमान्य लॉगिन क्रेडेंशियल / Invalid Login Credentials. Please check your username and password.',
          });
        }
        if (sid) sessions.delete(sid);
        const fresh: Session = {
          id: randomBytes(18).toString('hex'),
          stage: 'otp',
          csrf: randomBytes(24).toString('base64url'),
          popupsShown: false,
          apiOtpSent: false,
          apiVerified: false,
        };
        sessions.set(fresh.id, fresh);
        return sendJson(
          res,
          { status: 'OTP_SENT', mobile: MOBILE_MASKED },
          { 'set-cookie': `${COOKIE}=${fresh.id}; Path=/; HttpOnly; SameSite=Lax` },
        );
      }
      case '/Home/ResendLoginOtp':
        if (session?.stage !== 'otp') return sendJson(res, LOST);
        return sendJson(res, { status: 'OK' });
      case '/Home/VerifyLoginOtp': {
        if (session?.stage !== 'otp') return sendJson(res, LOST);
        if ((body.Otp ?? '').trim() !== state.loginOtp) {
          state.refusals.push('login-otp');
          return sendJson(res, {
            status: 'ERROR',
            code: 'INVALID_OTP',
            message:
              'गलत ओटीपी / Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
          });
        }
        session.stage = 'in';
        return sendJson(res, { status: 'OK', redirect: '/Home/MainMenu' });
      }
      case '/ApiRegistration/SendOtp': {
        if (expireHere('api-otp-send', sid) || !signedIn) return sendJson(res, LOST);
        signedIn.apiOtpSent = true;
        signedIn.apiVerified = false;
        return sendJson(res, {
          status: 'OK',
          message: `ओटीपी आपके पंजीकृत मोबाइल नंबर ${MOBILE_MASKED} पर भेजा गया है / OTP has been sent to your registered mobile number ${MOBILE_MASKED}`,
        });
      }
      case '/ApiRegistration/VerifyOtp': {
        if (expireHere('api-otp-verify', sid) || !signedIn) return sendJson(res, LOST);
        if (!signedIn.apiOtpSent)
          return sendJson(res, {
            status: 'ERROR',
            code: 'NOT_SENT',
            message: 'कृपया पहले ओटीपी भेजें / Please click Send OTP first.',
          });
        if ((body.Otp ?? '').trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          return sendJson(res, { status: 'ERROR', code: 'INVALID_OTP', message: 'गलत ओटीपी / Invalid OTP' });
        }
        signedIn.apiVerified = true;
        return sendJson(res, {
          status: 'OK',
          message:
            'ओटीपी सफलतापूर्वक सत्यापित / OTP verified successfully. कृपया एपीआई उपयोगकर्ता का विवरण भरें / Please fill in the API user details.',
        });
      }
      case '/ApiRegistration/Submit':
        return submit(body, sid, signedIn, res);
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"status":"NOT_FOUND"}');
  }

  function submit(
    body: Record<string, string>,
    sid: string | undefined,
    signedIn: Session | undefined,
    res: ServerResponse,
  ) {
    if (expireHere('submit', sid) || !signedIn) return sendJson(res, LOST);
    if (!signedIn.apiVerified)
      return sendJson(res, {
        status: 'ERROR',
        message: 'कृपया पहले ओटीपी सत्यापित करें / Please verify the OTP first.',
      });
    const gsp = GSPS.find(([value]) => value === body.GspId)?.[1];
    if (!gsp)
      return sendJson(res, { status: 'ERROR', message: 'कृपया अपना जीएसपी चुनें / Please select your GSP' });
    const typed = (body.UserName ?? '').trim().replace(/^API_/i, '');
    if (!/^[A-Za-z0-9_.-]{3,30}$/.test(typed))
      return sendJson(res, { status: 'ERROR', message: 'अमान्य उपयोगकर्ता नाम / Invalid Username' });
    const password = body.Password ?? '';
    if (!PASSWORD_RULE(password))
      return sendJson(res, {
        status: 'ERROR',
        message: 'पासवर्ड नीति के अनुरूप नहीं है / Password does not meet the policy',
      });
    if (password !== body.ConfirmPassword)
      return sendJson(res, {
        status: 'ERROR',
        message: 'पासवर्ड और पुनः दर्ज पासवर्ड मेल नहीं खाते / Password and Re-enter Password do not match',
      });
    const username = `API_${typed}`;
    if (state.users.some((u) => u.gstin === state.gstin && u.gsp === gsp)) {
      state.refusals.push('duplicate');
      return sendJson(res, {
        status: 'ERROR',
        code: 'DUPLICATE',
        message: `यह जीएसटीआईएन पहले से ${esc(gsp)} के साथ पंजीकृत है / GSTIN ${state.gstin} is already registered with ${esc(gsp)}.`,
      });
    }
    const lower = username.toLowerCase();
    if (RESERVED_USERNAMES.includes(lower) || state.users.some((u) => u.username.toLowerCase() === lower)) {
      state.refusals.push('username-taken');
      return sendJson(res, {
        status: 'ERROR',
        code: 'USERNAME_TAKEN',
        message: `उपयोगकर्ता नाम ${esc(username)} पहले से मौजूद है / Username ${esc(username)} already exists. Please choose another username.`,
      });
    }
    const createdOn = today();
    state.users.push({ gstin: state.gstin, gsp, username, password, createdOn });
    signedIn.apiVerified = false;
    return sendJson(res, {
      status: 'OK',
      message: `API उपयोगकर्ता सफलतापूर्वक बनाया गया / API user created successfully. उपयोगकर्ता नाम / Username: ${esc(username)}`,
      row: { gsp, username, createdOn },
    });
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`सर्वर त्रुटि / Server error: ${String(error)}`);
    });
  });
  server.on('connection', (socket) => {
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
