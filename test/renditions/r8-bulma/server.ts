/**
 * Rendition r8-bulma: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a PHP/Django-style server-rendered site
 * styled with Bulma and sprinkled with small hand-written vanilla JS, the way many Indian government and
 * vendor sites of 2020-2025 look. Every line of markup, CSS (a hand-written subset of Bulma's class
 * vocabulary and behaviour) and JavaScript is written here; no library files, no npm packages.
 *
 * Shape of the site:
 * - Public pages (home, login, 2FA) share a Bulma `navbar` (brand, `navbar-burger`, hoverable
 *   `has-dropdown is-hoverable` menus, a "Login" `<a>` button) and a cookie-consent bar fixed at the
 *   bottom ("Accept" sets a cookie; the bar is not rendered once the cookie exists).
 * - Login is its own page (/accounts/login/), a classic form POST (username, password, captcha, hidden
 *   csrfmiddlewaretoken). The captcha is an SVG picture drawn by the server showing the configured
 *   characters (case-insensitive). Failures re-render the page with a `notification is-danger`.
 * - 2FA (/accounts/login/verify/): six one-digit boxes (maxlength 1, focus advances on input, Backspace
 *   goes back, a paste spreads), a hidden `otp` input, "Verify OTP" posts with fetch() (`is-loading`).
 * - After login: top navbar (user dropdown with Logout) + a left `aside.menu` whose `menu-list` groups
 *   (`a.menu-toggle`, href="#menu-…") expand on click. The dashboard heading is "Dash Board"; cards
 *   "Generations" and "Cancelled". The "Contacts of Technical Person" `.modal` (separate
 *   `.modal-background`, `.modal-card`, header `button.delete`, footer "Update" and "Exit") is open on the
 *   first dashboard view of every session (unless techContact is false); its backdrop does not close it.
 * - API Registration → User Credentials → Create API User (/api-registration/user-credentials/create-api-user/):
 *   a `.tabs` switch "Create API User" | "Registered GSPs". Panel "API Registration": radios for where
 *   to receive the OTP (SMS to the registered mobile, or e-mail; none preselected), an `a.button.is-link`
 *   "Get OTP", then the "Enter OTP" field with "Verify OTP" and a "Resend OTP" link (30 s countdown).
 *   Every opening of the page asks for a fresh OTP verification.
 * - After the OTP: "Do you wish to Register your GSTIN for" radios (Directly, Through GSP, Through ERP,
 *   Through Client-Id of other; only "Through GSP" can be submitted, the others show a notice).
 *   "Select your GSP" is a Bulma `dropdown` of our own: a trigger button, a search input at the top of
 *   `dropdown-content`, the GSPs as `a.dropdown-item` (scrolling list), over a hidden input holding a GSP
 *   code. Username has a fixed `API_` addon before the text box; the stored username is `API_<typed>`.
 *   Password and "Re-enter Password", a "Show password" checkbox, "Submit" and an `a.button.is-link` "Exit".
 * - Submit opens a confirmation `.modal` ("Yes, Submit" / "Cancel"); the fetch runs with `is-loading`.
 *   Success: a `notification is-success` above the tabs naming the created username, a toast, the form
 *   reset and the "Registered GSPs" tab shown with the list of GSPs registered for the GSTIN.
 * - Toasts: `.notification` boxes fixed top-right that fade away after 4 s.
 * - Sessions: cookie `sessionid` (HttpOnly) mapped to server-side state, rotated at login; a page without a
 *   session redirects to /accounts/login/?next=…; a fetch without one answers 401 JSON, and the page shows
 *   "Your session has expired. Please login again." (notification + toast) and goes to
 *   /accounts/login/?session=expired after 2.5 s, which shows a `notification is-warning` saying so.
 *   After any login the user lands on the dashboard (the `next` parameter is ignored).
 *
 * Choices made where the docs are silent (none of these texts or rules is known for the real portal):
 * - Login: username `kavyaexports27`, password `Kavya@Einv2025`; username compared case-insensitively.
 *   The captcha is checked first: "Invalid Captcha. Please enter the characters shown in the image." /
 *   "Invalid Login Credentials. Please check your username and password." No account lock-out.
 *   Wrong 2FA OTP: "Invalid OTP. Please enter the valid OTP sent to your registered mobile number."
 * - Registered mobile XXXXXX4821, e-mail ka*****@gmail.com; OTP sent texts "OTP has been sent to your
 *   registered mobile number XXXXXX4821." / "… e-mail ID ka*****@gmail.com.". The same OTP value serves both.
 * - Wrong API OTP: "Invalid OTP. Please enter the correct OTP." (help text under the field + toast); the user
 *   may retry; after 5 wrong tries the OTP is void ("Maximum attempts exceeded. Please click Resend OTP.").
 *   Verify before Get OTP: "Please click Get OTP first."
 * - Username rule (the part after API_): 4 to 16 letters, digits or underscore. Password rule: 8 to 20
 *   characters with an upper-case letter, a lower-case letter, a digit and a special character.
 * - Already taken usernames (other taxpayers): API_admin, API_demo, API_test123, API_iris27aapfu (case-
 *   insensitive), plus every user created in this run. Text: "Username API_x is already taken. Please
 *   choose another username." (help under the field + notification).
 * - The GSTIN is already registered with "IRIS BUSINESS SERVICES LIMITED" (API_iris27aapfu, 14/09/2021; shown in
 *   the Registered GSPs tab, not in state.users). Choosing that GSP, or a GSP already used in this run,
 *   opens an "Alert" modal: "GSTIN <gstin> is already registered with the GSP <name>. Only one API user
 *   can be created per GSP."
 * - Success text: "API user created successfully. Username: API_x (GSP: <name>). Please note the username
 *   and password; you will need them for the Authentication API." createdOn is stored as an ISO string.
 * - The GSP list holds 32 names in mixed spelling and case, sorted case-insensitively.
 * - Ajax answers are delayed ~250 ms so the `is-loading` state is visible.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a session may be made to expire once: the first API call of that stage answers 401. */
export type R8BulmaExpiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface R8BulmaOptions {
  expireOnce?: R8BulmaExpiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
  /** Whether the technical-contact modal opens on the first dashboard view of a session (default true). */
  techContact?: boolean;
}

export interface R8BulmaUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

export interface R8BulmaState {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: R8BulmaUser[];
  /**
   * What the portal refused, in order: 'login', 'captcha', 'login-otp', 'api-otp', 'duplicate'
   * (GSTIN already registered with that GSP), 'username-taken'.
   */
  refusals: string[];
  /** Stages at which the session expired. */
  expired: string[];
}

export interface R8BulmaRendition {
  url: string;
  close(): Promise<void>;
  state: R8BulmaState;
}

const LOGIN = { username: 'kavyaexports27', password: 'Kavya@Einv2025' };
const TRADE_NAME = 'KAVYA EXPORTS';
const MOBILE = 'XXXXXX4821';
const EMAIL = 'ka*****@gmail.com';
const CREATE_PATH = '/api-registration/user-credentials/create-api-user/';
const LOGIN_PATH = '/accounts/login/';
const VERIFY_PATH = '/accounts/login/verify/';
const DASHBOARD_PATH = '/dashboard/';
const EXPIRED_REDIRECT = '/accounts/login/?session=expired';
const MAX_API_OTP_TRIES = 5;
const AJAX_DELAY_MS = 250;

const GSPS: string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Botree Software International Pvt Ltd',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Deloitte Touche Tohmatsu India LLP',
  'Ernst & Young LLP',
  'Excellon Software Pvt. Ltd.',
  'GSTN Suvidha Kendra Services Pvt Ltd',
  'IRIS BUSINESS SERVICES LIMITED',
  'Jio Platforms Limited',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'KPMG Global Services Pvt. Ltd',
  'Mastek Limited',
  'Masters India Private Limited',
  'Netlink Software Pvt Ltd',
  'Nucleus Software Exports Ltd',
  'PricewaterhouseCoopers Pvt Ltd',
  'Reliance Corporate IT Park Limited',
  'SAG Infotech Private Limited',
  'Seshaasai Business Forms Pvt Ltd',
  'Spectrum Info Solutions Pvt. Ltd.',
  'Taxmann Technologies Pvt Ltd',
  'Tally ( India) Private Ltd',
  'TATA CONSULTANCY SERVICES LIMITED',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
  'Zoho Corporation Pvt. Ltd.',
].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));

const GSP_BY_CODE = new Map(GSPS.map((name, i) => [`GSP${String(i + 101)}`, name]));

const PRE_REGISTERED = {
  gsp: 'IRIS BUSINESS SERVICES LIMITED',
  username: 'API_iris27aapfu',
  on: '14/09/2021 11:42',
};
const TAKEN_USERNAMES = ['API_admin', 'API_demo', 'API_test123', PRE_REGISTERED.username];

const ERPS = ['SAP', 'Oracle E-Business Suite', 'Microsoft Dynamics', 'Tally Prime', 'Odoo', 'Others'];

interface MenuNode {
  label: string;
  href?: string;
  children?: MenuNode[];
}

const MENU: { heading: string; items: MenuNode[] }[] = [
  { heading: 'General', items: [{ label: 'Dash Board', href: DASHBOARD_PATH }] },
  {
    heading: 'Transactions',
    items: [
      {
        label: 'e-Invoice',
        children: [
          { label: 'Generate', href: '/einvoice/generate/' },
          { label: 'Bulk Upload', href: '/einvoice/bulk-upload/' },
          { label: 'Cancel', href: '/einvoice/cancel/' },
          { label: 'Print', href: '/einvoice/print/' },
        ],
      },
      {
        label: 'e-Way Bill',
        children: [
          { label: 'Generate by IRN', href: '/ewaybill/generate-by-irn/' },
          { label: 'Cancel EWB', href: '/ewaybill/cancel/' },
        ],
      },
    ],
  },
  {
    heading: 'Reports',
    items: [
      {
        label: 'MIS Reports',
        children: [
          { label: 'IRN Generated', href: '/mis/generated/' },
          { label: 'IRN Cancelled', href: '/mis/cancelled/' },
          { label: 'Summary Report', href: '/mis/summary/' },
        ],
      },
    ],
  },
  {
    heading: 'Administration',
    items: [
      {
        label: 'API Registration',
        children: [
          { label: 'User Credentials', children: [{ label: 'Create API User', href: CREATE_PATH }] },
          { label: 'IP Whitelisting', href: '/api-registration/ip-whitelisting/' },
          { label: 'Freeze API User', href: '/api-registration/freeze-api-user/' },
          { label: 'Change API Password', href: '/api-registration/change-api-password/' },
        ],
      },
      {
        label: 'User Management',
        children: [
          { label: 'Create Sub User', href: '/user-management/create/' },
          { label: 'Freeze Sub User', href: '/user-management/freeze/' },
        ],
      },
      {
        label: 'Update',
        children: [
          { label: 'Profile', href: '/update/profile/' },
          { label: 'Change Password', href: '/update/change-password/' },
        ],
      },
    ],
  },
];

function leaves(nodes: MenuNode[]): MenuNode[] {
  return nodes.flatMap((n) => (n.children ? leaves(n.children) : [n]));
}

const LEAF_PAGES = new Map(leaves(MENU.flatMap((s) => s.items)).map((l) => [l.href ?? '', l.label]));

interface Session {
  id: string;
  csrf: string;
  stage: 'anon' | 'otp' | 'auth';
  techContactShown: boolean;
  apiOtpSent: boolean;
  apiOtpTries: number;
  apiVerified: boolean;
}

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function token(): string {
  return randomBytes(18).toString('hex');
}

function parseCookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      raw += chunk;
      if (raw.length > 100_000) req.destroy();
    });
    req.on('error', reject);
    req.on('end', () => {
      const out: Record<string, string> = {};
      const type = req.headers['content-type'] ?? '';
      try {
        if (type.includes('application/json')) {
          const parsed: unknown = raw ? JSON.parse(raw) : {};
          if (parsed && typeof parsed === 'object') {
            for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
              if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
                out[k] = String(v);
            }
          }
        } else {
          for (const [k, v] of new URLSearchParams(raw)) out[k] = v;
        }
      } catch {
        // a malformed body is treated as empty
      }
      resolve(out);
    });
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function formatDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The captcha picture: the characters drawn as SVG text over noise, each glyph tilted. */
function captchaSvg(text: string, seed: number): string {
  let s = seed % 2147483647 || 7;
  const rnd = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  const w = 170;
  const h = 54;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<rect width="${w}" height="${h}" fill="#edf2e1"/>`,
  ];
  for (let i = 0; i < 7; i++) {
    const hue = Math.floor(rnd() * 360);
    parts.push(
      `<line x1="${(rnd() * w).toFixed(1)}" y1="${(rnd() * h).toFixed(1)}" x2="${(rnd() * w).toFixed(1)}" y2="${(rnd() * h).toFixed(1)}" stroke="hsl(${hue},45%,60%)" stroke-width="1"/>`,
    );
  }
  for (let i = 0; i < 45; i++) {
    parts.push(
      `<circle cx="${(rnd() * w).toFixed(1)}" cy="${(rnd() * h).toFixed(1)}" r="1" fill="hsl(${Math.floor(rnd() * 360)},40%,50%)"/>`,
    );
  }
  const chars = [...text];
  const step = (w - 30) / Math.max(chars.length, 1);
  chars.forEach((ch, i) => {
    const x = 18 + i * step;
    const y = 37 + (rnd() * 8 - 4);
    const rot = (rnd() * 30 - 15).toFixed(1);
    const colours = ['#1d3557', '#6a040f', '#264653', '#3a0ca3', '#386641'];
    const fill = colours[i % colours.length] ?? '#222';
    parts.push(
      `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="DejaVu Sans, Verdana, Arial, sans-serif" font-size="30" font-weight="700" fill="${fill}" transform="rotate(${rot} ${(x + 9).toFixed(1)} ${(y - 10).toFixed(1)})">${esc(ch)}</text>`,
    );
  });
  parts.push(
    `<path d="M4 ${(20 + rnd() * 20).toFixed(1)} Q ${w / 2} ${(rnd() * h).toFixed(1)} ${w - 4} ${(20 + rnd() * 20).toFixed(1)}" stroke="#555" stroke-width="1.4" fill="none"/>`,
  );
  parts.push('</svg>');
  return parts.join('');
}

const EMBLEM_SVG =
  '<svg class="brand-emblem" width="34" height="34" viewBox="0 0 34 34" aria-hidden="true"><circle cx="17" cy="17" r="15" fill="none" stroke="#f5c451" stroke-width="2.5"/><circle cx="17" cy="17" r="3" fill="#f5c451"/><g stroke="#f5c451" stroke-width="1.2">' +
  Array.from({ length: 12 }, (_, i) => {
    const a = (i * Math.PI) / 6;
    return `<line x1="${(17 + 4 * Math.cos(a)).toFixed(2)}" y1="${(17 + 4 * Math.sin(a)).toFixed(2)}" x2="${(17 + 12 * Math.cos(a)).toFixed(2)}" y2="${(17 + 12 * Math.sin(a)).toFixed(2)}"/>`;
  }).join('') +
  '</g></svg>';

// ---------------------------------------------------------------------------------------------
// CSS: a hand-written subset of Bulma 0.9's classes and behaviour, plus the site's own few rules.
// ---------------------------------------------------------------------------------------------
const BULMA_CSS = String.raw`
/*! bulma-subset.css: hand-written for this portal, following Bulma 0.9 class names */
*,*::before,*::after{box-sizing:inherit}
html{box-sizing:border-box;background:#fff;font-size:16px;-webkit-font-smoothing:antialiased;min-width:300px;overflow-x:hidden;overflow-y:scroll;text-rendering:optimizeLegibility}
html.is-clipped{overflow:hidden!important}
body{margin:0;font-family:BlinkMacSystemFont,-apple-system,"Segoe UI",Roboto,Oxygen,Ubuntu,Cantarell,"Fira Sans","Droid Sans","Helvetica Neue",Helvetica,Arial,sans-serif;color:#4a4a4a;font-size:1em;font-weight:400;line-height:1.5}
a{color:#485fc7;cursor:pointer;text-decoration:none}
a:hover{color:#363636}
h1,h2,h3,h4,h5,h6,p,ul,ol,figure{margin:0;padding:0}
ul{list-style:none}
img,svg{height:auto;max-width:100%}
hr{background:#f5f5f5;border:none;display:block;height:2px;margin:1.5rem 0}
strong{color:#363636;font-weight:700}
table{border-collapse:collapse;border-spacing:0}
td,th{padding:0;text-align:inherit}
button,input,select,textarea{font-family:inherit;font-size:1em;margin:0}
.is-hidden{display:none!important}
.is-sr-only{border:none!important;clip:rect(0,0,0,0)!important;height:.01em!important;overflow:hidden!important;padding:0!important;position:absolute!important;white-space:nowrap!important;width:.01em!important}
.has-text-centered{text-align:center!important}.has-text-right{text-align:right!important}
.has-text-danger{color:#f14668!important}.has-text-success{color:#257953!important}.has-text-grey{color:#7a7a7a!important}.has-text-white{color:#fff!important}.has-text-link{color:#485fc7!important}
.has-text-weight-semibold{font-weight:600!important}.has-text-weight-bold{font-weight:700!important}
.is-size-7{font-size:.75rem!important}.is-size-6{font-size:1rem!important}.is-size-5{font-size:1.25rem!important}
.mb-0{margin-bottom:0!important}.mb-2{margin-bottom:.5rem!important}.mb-3{margin-bottom:.75rem!important}.mb-4{margin-bottom:1rem!important}.mb-5{margin-bottom:1.5rem!important}.mt-2{margin-top:.5rem!important}.mt-3{margin-top:.75rem!important}.mt-4{margin-top:1rem!important}.mr-2{margin-right:.5rem!important}.ml-2{margin-left:.5rem!important}.p-4{padding:1rem!important}
.container{flex-grow:1;margin:0 auto;position:relative;width:auto}
@media screen and (min-width:1024px){.container{max-width:960px}}
@media screen and (min-width:1216px){.container{max-width:1152px}}
.container.is-fluid{max-width:none!important;padding-left:24px;padding-right:24px;width:100%}
.section{padding:3rem 1.5rem}.section.is-small{padding:1.5rem}
.columns{margin-left:-.75rem;margin-right:-.75rem;margin-top:-.75rem}
.columns:last-child{margin-bottom:-.75rem}
.columns:not(:last-child){margin-bottom:.75rem}
.column{display:block;flex-basis:0;flex-grow:1;flex-shrink:1;padding:.75rem}
.columns.is-mobile,.columns.is-gapless{display:flex}
.columns.is-centered{justify-content:center}
.columns.is-vcentered{align-items:center}
@media screen and (min-width:769px){.columns:not(.is-desktop){display:flex}
.column.is-narrow{flex:none;width:unset}.column.is-2{flex:none;width:16.66667%}.column.is-3{flex:none;width:25%}.column.is-4{flex:none;width:33.33333%}.column.is-5{flex:none;width:41.66667%}.column.is-6{flex:none;width:50%}.column.is-8{flex:none;width:66.66667%}.column.is-9{flex:none;width:75%}.column.is-10{flex:none;width:83.33333%}}
.title,.subtitle{word-break:break-word}
.title{color:#363636;font-size:2rem;font-weight:600;line-height:1.125}
.title:not(:last-child),.subtitle:not(:last-child){margin-bottom:1.5rem}
.title.is-3{font-size:2rem}.title.is-4{font-size:1.5rem}.title.is-5{font-size:1.25rem}.title.is-6{font-size:1rem}
.subtitle{color:#4a4a4a;font-size:1.25rem;font-weight:400;line-height:1.25}
.subtitle.is-5{font-size:1.25rem}.subtitle.is-6{font-size:1rem}
.content p:not(:last-child),.content ul:not(:last-child){margin-bottom:1em}
.content ul{list-style:disc outside;margin-left:2em}
.content li+li{margin-top:.25em}
.box{background:#fff;border-radius:6px;box-shadow:0 .5em 1em -.125em rgba(10,10,10,.1),0 0 0 1px rgba(10,10,10,.02);color:#4a4a4a;display:block;padding:1.25rem}
.box:not(:last-child){margin-bottom:1.5rem}
.icon{align-items:center;display:inline-flex;justify-content:center;height:1.5rem;width:1.5rem}
.icon.is-small{height:1rem;width:1rem}
.tag{align-items:center;background:#f5f5f5;border-radius:4px;color:#4a4a4a;display:inline-flex;font-size:.75rem;height:2em;justify-content:center;line-height:1.5;padding-left:.75em;padding-right:.75em;white-space:nowrap}
.tag.is-rounded{border-radius:9999px}.tag.is-success{background:#48c78e;color:#fff}.tag.is-link{background:#485fc7;color:#fff}.tag.is-warning{background:#ffe08a;color:rgba(0,0,0,.7)}.tag.is-light{background:#f5f5f5}
/* buttons */
.button{-moz-appearance:none;-webkit-appearance:none;align-items:center;border:1px solid #dbdbdb;border-radius:4px;box-shadow:none;display:inline-flex;font-size:1rem;height:2.5em;justify-content:center;line-height:1.5;padding:calc(.5em - 1px) 1em;position:relative;vertical-align:top;background:#fff;color:#363636;cursor:pointer;text-align:center;white-space:nowrap;user-select:none}
.button:hover{border-color:#b5b5b5;color:#363636}
.button:focus-visible{outline:none;box-shadow:0 0 0 .125em rgba(72,95,199,.25)}
.button .icon:first-child:not(:last-child){margin-left:calc(-.5em - 1px);margin-right:.25em}
.button .icon:last-child:not(:first-child){margin-left:.25em;margin-right:calc(-.5em - 1px)}
.button.is-white{background:#fff;border-color:transparent}
.button.is-light{background:#f5f5f5;border-color:transparent}
.button.is-primary{background:#00d1b2;border-color:transparent;color:#fff}.button.is-primary:hover{background:#00c4a7;color:#fff}
.button.is-link{background:#485fc7;border-color:transparent;color:#fff}.button.is-link:hover{background:#3e56c4;color:#fff}
.button.is-link.is-light{background:#eff1fa;color:#3850b7}.button.is-link.is-light:hover{background:#e6e9f7;color:#3850b7}
.button.is-info{background:#3e8ed0;border-color:transparent;color:#fff}
.button.is-success{background:#48c78e;border-color:transparent;color:#fff}.button.is-success:hover{background:#3ec487;color:#fff}
.button.is-warning{background:#ffe08a;border-color:transparent;color:rgba(0,0,0,.7)}.button.is-warning:hover{background:#ffdc7d;color:rgba(0,0,0,.7)}
.button.is-danger{background:#f14668;border-color:transparent;color:#fff}.button.is-danger:hover{background:#f03a5f;color:#fff}
.button.is-text{background:transparent;border-color:transparent;color:#4a4a4a;text-decoration:underline}
.button.is-small{border-radius:2px;font-size:.75rem}
.button.is-medium{font-size:1.25rem}
.button.is-fullwidth{display:flex;width:100%}
.button.is-static{background:#f5f5f5;border-color:#dbdbdb;color:#7a7a7a;box-shadow:none;pointer-events:none}
.button[disabled],fieldset[disabled] .button{background:#fff;border-color:#dbdbdb;box-shadow:none;opacity:.5;cursor:not-allowed}
.button.is-link[disabled]{background:#485fc7;border-color:#485fc7}
.button.is-success[disabled]{background:#48c78e;border-color:#48c78e}
.button.is-loading{color:transparent!important;pointer-events:none}
.button.is-loading::after{animation:spinAround .5s infinite linear;border:2px solid #dbdbdb;border-radius:9999px;border-right-color:transparent;border-top-color:transparent;content:"";display:block;height:1em;width:1em;position:absolute;left:calc(50% - .5em);top:calc(50% - .5em)}
.button.is-link.is-loading::after,.button.is-success.is-loading::after,.button.is-danger.is-loading::after,.button.is-primary.is-loading::after{border-color:transparent transparent #fff #fff!important}
@keyframes spinAround{from{transform:rotate(0)}to{transform:rotate(359deg)}}
.buttons{align-items:center;display:flex;flex-wrap:wrap;justify-content:flex-start}
.buttons .button{margin-bottom:.5rem}
.buttons .button:not(:last-child){margin-right:.5rem}
.buttons.is-right{justify-content:flex-end}
/* delete */
.delete{-moz-appearance:none;-webkit-appearance:none;background:rgba(10,10,10,.2);border:none;border-radius:9999px;cursor:pointer;pointer-events:auto;display:inline-block;flex-grow:0;flex-shrink:0;font-size:0;height:20px;max-height:20px;max-width:20px;min-height:20px;min-width:20px;outline:none;position:relative;vertical-align:top;width:20px}
.delete::before,.delete::after{background:#fff;content:"";display:block;left:50%;position:absolute;top:50%;transform:translateX(-50%) translateY(-50%) rotate(45deg);transform-origin:center center}
.delete::before{height:2px;width:50%}
.delete::after{height:50%;width:2px}
.delete:hover{background:rgba(10,10,10,.3)}
/* notification */
.notification{background:#f5f5f5;border-radius:4px;position:relative;padding:1.25rem 2.5rem 1.25rem 1.5rem}
.notification:not(:last-child){margin-bottom:1.5rem}
.notification>.delete{right:.5rem;position:absolute;top:.5rem}
.notification strong{color:currentColor}
.notification.is-danger{background:#f14668;color:#fff}
.notification.is-success{background:#48c78e;color:#fff}
.notification.is-warning{background:#ffe08a;color:rgba(0,0,0,.7)}
.notification.is-info{background:#3e8ed0;color:#fff}
.notification.is-link{background:#485fc7;color:#fff}
.notification.is-info.is-light{background:#eff5fb;color:#296fa8}
.notification.is-success.is-light{background:#effaf5;color:#257953}
.notification.is-danger.is-light{background:#feecf0;color:#cc0f35}
.notification.is-warning.is-light{background:#fffaeb;color:#946c00}
/* form */
.field:not(:last-child){margin-bottom:.75rem}
.field.has-addons{display:flex;justify-content:flex-start}
.field.has-addons .control:not(:last-child){margin-right:-1px}
.field.has-addons .control:first-child:not(:only-child) .button,.field.has-addons .control:first-child:not(:only-child) .input{border-bottom-right-radius:0;border-top-right-radius:0}
.field.has-addons .control:last-child:not(:only-child) .button,.field.has-addons .control:last-child:not(:only-child) .input{border-bottom-left-radius:0;border-top-left-radius:0}
.field.has-addons .control.is-expanded{flex-grow:1;flex-shrink:1}
.field.is-grouped{display:flex;justify-content:flex-start;align-items:center}
.field.is-grouped>.control{flex-shrink:0}
.field.is-grouped>.control:not(:last-child){margin-bottom:0;margin-right:.75rem}
.field.is-horizontal{display:block}
.label{color:#363636;display:block;font-size:1rem;font-weight:700}
.label:not(:last-child){margin-bottom:.5em}
.control{box-sizing:border-box;clear:both;font-size:1rem;position:relative;text-align:inherit}
.control.has-icons-left .input{padding-left:2.5em}
.control.has-icons-left .icon{color:#dbdbdb;height:2.5em;pointer-events:none;position:absolute;top:0;width:2.5em;z-index:4;left:0}
.control.has-icons-left .input:focus~.icon{color:#4a4a4a}
.input,.textarea,.select select{-moz-appearance:none;-webkit-appearance:none;align-items:center;border:1px solid #dbdbdb;border-radius:4px;box-shadow:inset 0 .0625em .125em rgba(10,10,10,.05);display:inline-flex;font-size:1rem;height:2.5em;justify-content:flex-start;line-height:1.5;padding:calc(.5em - 1px) calc(.75em - 1px);position:relative;vertical-align:top;background:#fff;color:#363636;max-width:100%;width:100%}
.input:hover,.select select:hover{border-color:#b5b5b5}
.input:focus,.select select:focus{border-color:#485fc7;box-shadow:0 0 0 .125em rgba(72,95,199,.25);outline:none}
.input.is-danger{border-color:#f14668}.input.is-danger:focus{box-shadow:0 0 0 .125em rgba(241,70,104,.25)}
.input.is-success{border-color:#48c78e}
.input.is-small{border-radius:2px;font-size:.75rem}
.input[disabled]{background:#f5f5f5;border-color:#f5f5f5;box-shadow:none;color:#7a7a7a;cursor:not-allowed}
.input::placeholder{color:rgba(54,54,54,.3)}
.select{display:inline-block;max-width:100%;position:relative;vertical-align:top;height:2.5em}
.select:not(.is-multiple)::after{border:3px solid #485fc7;border-radius:2px;border-right:0;border-top:0;content:" ";display:block;height:.625em;margin-top:-.4375em;pointer-events:none;position:absolute;top:50%;transform:rotate(-45deg);transform-origin:center;width:.625em;right:1.125em;z-index:4}
.select select{cursor:pointer;display:block;max-width:100%;outline:none;padding-right:2.5em}
.select.is-fullwidth{width:100%}.select.is-fullwidth select{width:100%}
.help{display:block;font-size:.75rem;margin-top:.25rem}
.help.is-danger{color:#f14668}.help.is-success{color:#48c78e}
.radio,.checkbox{cursor:pointer;display:inline-block;line-height:1.25;position:relative}
.radio+.radio{margin-left:.5em}
.control.is-stacked .radio{display:block;margin:0 0 .5em 0}
.radio input,.checkbox input{cursor:pointer;margin-right:.35em}
.radio[disabled],.radio input[disabled]{color:#7a7a7a;cursor:not-allowed}
/* navbar */
.navbar{background:#fff;min-height:3.25rem;position:relative;z-index:30}
.navbar.is-fixed-top{left:0;position:fixed;right:0;top:0}
.navbar.is-portal{background:#163c73}
.navbar.is-portal .navbar-item,.navbar.is-portal .navbar-link{color:#fff}
.navbar.is-portal a.navbar-item:hover,.navbar.is-portal .navbar-link:hover,.navbar.is-portal .navbar-item.has-dropdown:hover .navbar-link,.navbar.is-portal a.navbar-item.is-active{background:#0f2e5c;color:#fff}
.navbar.is-portal .navbar-link::after{border-color:#fff}
.navbar.is-portal .navbar-burger{color:#fff}
.navbar-brand,.navbar-tabs{align-items:stretch;display:flex;flex-shrink:0;min-height:3.25rem}
.navbar-brand a.navbar-item:hover{background:transparent}
.navbar-item,.navbar-link{color:#4a4a4a;display:block;line-height:1.5;padding:.5rem .75rem;position:relative}
.navbar-item .icon:only-child{margin:0 -.25rem}
a.navbar-item,.navbar-link{cursor:pointer}
a.navbar-item:hover,a.navbar-item.is-active,.navbar-link:hover{background:#fafafa;color:#485fc7}
.navbar-item{flex-grow:0;flex-shrink:0}
.navbar-item img,.navbar-item svg{max-height:1.75rem}
.navbar-item.has-dropdown{padding:0}
.navbar-link:not(.is-arrowless){padding-right:2.5em}
.navbar-link:not(.is-arrowless)::after{border:3px solid #485fc7;border-radius:2px;border-right:0;border-top:0;content:" ";display:block;height:.625em;margin-top:-.4375em;pointer-events:none;position:absolute;top:50%;transform:rotate(-45deg);transform-origin:center;width:.625em;right:1.125em}
.navbar-dropdown{font-size:.875rem;padding-bottom:.5rem;padding-top:.5rem}
.navbar-dropdown .navbar-item{padding-left:1.5rem;padding-right:1.5rem}
.navbar-divider{background:#f5f5f5;border:none;display:none;height:2px;margin:.5rem 0}
.navbar-burger{-moz-appearance:none;-webkit-appearance:none;appearance:none;background:none;border:none;color:currentColor;font-family:inherit;font-size:1em;margin:0;padding:0;cursor:pointer;display:block;height:3.25rem;position:relative;width:3.25rem;margin-left:auto}
.navbar-burger span{background:currentColor;display:block;height:1px;left:calc(50% - 8px);position:absolute;transform-origin:center;transition-duration:86ms;transition-property:background-color,opacity,transform;transition-timing-function:ease-out;width:16px}
.navbar-burger span:nth-child(1){top:calc(50% - 6px)}.navbar-burger span:nth-child(2){top:calc(50% - 1px)}.navbar-burger span:nth-child(3){top:calc(50% + 4px)}
.navbar-burger:hover{background:rgba(0,0,0,.05)}
.navbar-burger.is-active span:nth-child(1){transform:translateY(5px) rotate(45deg)}
.navbar-burger.is-active span:nth-child(2){opacity:0}
.navbar-burger.is-active span:nth-child(3){transform:translateY(-5px) rotate(-45deg)}
.navbar-menu{display:none}
@media screen and (max-width:1023px){
.navbar>.container{display:block}
.navbar-brand .navbar-item,.navbar-tabs .navbar-item{align-items:center;display:flex}
.navbar-link::after{display:none}
.navbar-menu{background:#163c73;box-shadow:0 8px 16px rgba(10,10,10,.1);padding:.5rem 0}
.navbar-menu.is-active{display:block}
.navbar-dropdown .navbar-item{color:#fff}
.navbar-item.has-dropdown .navbar-dropdown{display:none}
.navbar-item.has-dropdown.is-active .navbar-dropdown{display:block}}
@media screen and (min-width:1024px){
.navbar,.navbar-menu,.navbar-start,.navbar-end{align-items:stretch;display:flex}
.navbar{min-height:3.25rem}
.navbar>.container{align-items:stretch;display:flex;min-height:3.25rem;width:100%}
.navbar-burger{display:none}
.navbar-item,.navbar-link{align-items:center;display:flex}
.navbar-item.has-dropdown{align-items:stretch}
.navbar-item.is-hoverable:focus .navbar-dropdown,.navbar-item.is-hoverable:focus-within .navbar-dropdown,.navbar-item.is-hoverable:hover .navbar-dropdown,.navbar-item.is-active .navbar-dropdown{display:block}
.navbar-menu{flex-grow:1;flex-shrink:0}
.navbar-start{justify-content:flex-start;margin-right:auto}
.navbar-end{justify-content:flex-end;margin-left:auto}
.navbar-dropdown{background:#fff;border-bottom-left-radius:6px;border-bottom-right-radius:6px;border-top:2px solid #dbdbdb;box-shadow:0 8px 8px rgba(10,10,10,.1);display:none;font-size:.875rem;left:0;min-width:100%;position:absolute;top:100%;z-index:20}
.navbar-dropdown.is-right{left:auto;right:0}
.navbar.is-portal .navbar-dropdown .navbar-item{color:#4a4a4a;white-space:nowrap;padding:.375rem 3rem .375rem 1rem}
.navbar.is-portal .navbar-dropdown a.navbar-item:hover{background:#f5f5f5;color:#0a0a0a}
.navbar-divider{display:block}}
/* menu */
.menu{font-size:1rem}
.menu-label{color:#7a7a7a;font-size:.75em;letter-spacing:.1em;text-transform:uppercase}
.menu-label:not(:first-child){margin-top:1em}
.menu-label:not(:last-child){margin-bottom:1em}
.menu-list{line-height:1.25}
.menu-list a{border-radius:2px;color:#4a4a4a;display:block;padding:.5em .75em}
.menu-list a:hover{background:#f5f5f5;color:#363636}
.menu-list a.is-active{background:#485fc7;color:#fff}
.menu-list li ul{border-left:1px solid #dbdbdb;margin:.75em;padding-left:.75em}
.menu-list li.has-children>ul{display:none}
.menu-list li.has-children.is-open>ul{display:block}
.menu-list a.menu-toggle{position:relative;padding-right:1.75em}
.menu-list a.menu-toggle::after{border:2px solid #7a7a7a;border-left:0;border-top:0;content:" ";height:.45em;width:.45em;position:absolute;right:.8em;top:calc(50% - .35em);transform:rotate(-45deg);transition:transform 86ms ease-out}
.menu-list li.is-open>a.menu-toggle::after{transform:rotate(45deg)}
/* tabs */
.tabs{align-items:stretch;display:flex;font-size:1rem;justify-content:space-between;overflow:hidden;overflow-x:auto;white-space:nowrap;user-select:none}
.tabs:not(:last-child){margin-bottom:1.5rem}
.tabs a{align-items:center;border-bottom:1px solid #dbdbdb;color:#4a4a4a;display:flex;justify-content:center;margin-bottom:-1px;padding:.5em 1em;vertical-align:top}
.tabs a:hover{border-bottom-color:#363636;color:#363636}
.tabs li{display:block}
.tabs li.is-active a{border-bottom-color:#485fc7;color:#485fc7}
.tabs ul{align-items:center;border-bottom:1px solid #dbdbdb;display:flex;flex-grow:1;flex-shrink:0;justify-content:flex-start}
.tabs.is-boxed a{border:1px solid transparent;border-radius:4px 4px 0 0}
.tabs.is-boxed a:hover{background:#f5f5f5;border-bottom-color:#dbdbdb}
.tabs.is-boxed li.is-active a{background:#fff;border-color:#dbdbdb;border-bottom-color:transparent!important}
.tabs .tag{margin-left:.5em}
/* dropdown */
.dropdown{display:inline-flex;position:relative;vertical-align:top}
.dropdown.is-active .dropdown-menu,.dropdown.is-hoverable:hover .dropdown-menu{display:block}
.dropdown.is-fullwidth,.dropdown.is-fullwidth .dropdown-trigger,.dropdown.is-fullwidth .dropdown-trigger .button{display:flex;width:100%}
.dropdown.is-fullwidth .dropdown-trigger .button{justify-content:space-between}
.dropdown-menu{display:none;left:0;min-width:12rem;padding-top:4px;position:absolute;top:100%;z-index:20}
.dropdown.is-fullwidth .dropdown-menu{right:0}
.dropdown-content{background:#fff;border-radius:4px;box-shadow:0 .5em 1em -.125em rgba(10,10,10,.1),0 0 0 1px rgba(10,10,10,.02);padding-bottom:.5rem;padding-top:.5rem}
.dropdown-item{color:#4a4a4a;display:block;font-size:.875rem;line-height:1.5;padding:.375rem 1rem;position:relative}
a.dropdown-item{padding-right:3rem;text-align:inherit;white-space:nowrap;width:100%}
a.dropdown-item:hover,a.dropdown-item.is-focused{background:#f5f5f5;color:#0a0a0a}
a.dropdown-item.is-active{background:#485fc7;color:#fff}
.dropdown-divider{background:#ededed;border:none;display:block;height:1px;margin:.5rem 0}
/* modal */
.modal{align-items:center;display:none;flex-direction:column;justify-content:center;overflow:hidden;position:fixed;z-index:40;bottom:0;left:0;right:0;top:0}
.modal.is-active{display:flex}
.modal-background{background:rgba(10,10,10,.86);position:absolute;bottom:0;left:0;right:0;top:0}
.modal-card,.modal-content{margin:0 20px;max-height:calc(100vh - 160px);overflow:auto;position:relative;width:100%}
@media screen and (min-width:769px){.modal-card,.modal-content{margin:0 auto;max-height:calc(100vh - 40px);width:640px}}
.modal-card{display:flex;flex-direction:column;max-height:calc(100vh - 40px);overflow:hidden}
.modal-card-head,.modal-card-foot{align-items:center;background:#f5f5f5;display:flex;flex-shrink:0;justify-content:flex-start;padding:20px;position:relative}
.modal-card-head{border-bottom:1px solid #dbdbdb;border-top-left-radius:6px;border-top-right-radius:6px}
.modal-card-title{color:#363636;flex-grow:1;flex-shrink:0;font-size:1.5rem;line-height:1}
.modal-card-foot{border-bottom-left-radius:6px;border-bottom-right-radius:6px;border-top:1px solid #dbdbdb}
.modal-card-foot .button:not(:last-child){margin-right:.5em}
.modal-card-body{-webkit-overflow-scrolling:touch;background:#fff;flex-grow:1;flex-shrink:1;overflow:auto;padding:20px}
/* table */
.table{background:#fff;color:#363636}
.table td,.table th{border:1px solid #dbdbdb;border-width:0 0 1px;padding:.5em .75em;vertical-align:top}
.table th{color:#363636}
.table thead td,.table thead th{border-width:0 0 2px}
.table.is-fullwidth{width:100%}
.table.is-striped tbody tr:not(.is-selected):nth-child(even){background:#fafafa}
.table.is-narrow td,.table.is-narrow th{padding:.25em .5em}
.table-container{overflow:auto;overflow-y:hidden;max-width:100%}
/* hero, footer, breadcrumb, level, card */
.hero{align-items:stretch;display:flex;flex-direction:column;justify-content:space-between}
.hero.is-portal{background:linear-gradient(135deg,#1f4e96 0%,#163c73 60%,#0f2e5c 100%);color:#fff}
.hero.is-portal .title{color:#fff}.hero.is-portal .subtitle{color:rgba(255,255,255,.9)}
.hero-body{flex-grow:1;flex-shrink:0;padding:3rem 1.5rem}
.footer{background:#fafafa;padding:2rem 1.5rem 5rem;font-size:.875rem}
.breadcrumb{font-size:.875rem;white-space:nowrap;margin-bottom:1rem}
.breadcrumb ul{display:flex;flex-wrap:wrap;align-items:flex-start}
.breadcrumb li{align-items:center;display:flex}
.breadcrumb li+li::before{color:#b5b5b5;content:"\0002f";padding:0 .6em}
.breadcrumb li.is-active a{color:#363636;cursor:default;pointer-events:none}
.level{align-items:center;justify-content:space-between;display:flex}
.level-left,.level-right{align-items:center;display:flex}
.card{background:#fff;border-radius:.25rem;box-shadow:0 .5em 1em -.125em rgba(10,10,10,.1),0 0 0 1px rgba(10,10,10,.02);color:#4a4a4a;position:relative}
.card-header{background:transparent;align-items:stretch;box-shadow:0 .125em .25em rgba(10,10,10,.1);display:flex}
.card-header-title{align-items:center;color:#363636;display:flex;flex-grow:1;font-weight:700;padding:.75rem 1rem}
.card-content{padding:1.5rem}
.heading{display:block;font-size:11px;letter-spacing:1px;margin-bottom:5px;text-transform:uppercase}
/* site rules */
.brand-emblem{margin-right:.6rem}
.brand-text{display:flex;flex-direction:column;line-height:1.1}
.brand-text strong{color:#fff;font-size:1.1rem}
.brand-text small{color:#cfd8ea;font-size:.7rem}
.gov-strip{background:#0b2146;color:#cfd8ea;font-size:.75rem;padding:.2rem 1.5rem;display:flex;justify-content:space-between}
.gov-strip a{color:#cfd8ea}
.app-shell{display:flex;min-height:calc(100vh - 3.25rem)}
.app-aside{width:260px;flex:none;background:#fff;border-right:1px solid #e8e8e8;padding:1.25rem 1rem}
.app-main{flex:1;padding:1.5rem 2rem;background:#f4f6fa;min-width:0}
@media screen and (max-width:1023px){.app-aside{display:none}.app-aside.is-active{display:block}}
.cookie-bar{position:fixed;left:0;right:0;bottom:0;z-index:35;background:#222;color:#eee;padding:.8rem 1.5rem;display:flex;align-items:center;justify-content:space-between;gap:1rem;font-size:.875rem}
.cookie-bar a{color:#9fb4ff;text-decoration:underline}
.toast-container{position:fixed;top:1rem;right:1rem;z-index:60;width:340px;max-width:calc(100vw - 2rem)}
.notification.toast{box-shadow:0 .5em 1em -.125em rgba(10,10,10,.25);margin-bottom:.75rem;padding:.9rem 2.5rem .9rem 1.1rem;font-size:.9rem;opacity:1;transition:opacity .6s ease,transform .6s ease}
.notification.toast.is-fading{opacity:0;transform:translateX(20px)}
.otp-boxes{display:flex;gap:.5rem}
.otp-boxes .input.otp-digit{width:3rem;height:3.2rem;text-align:center;font-size:1.5rem;font-weight:600;justify-content:center;padding:0}
.captcha-row{display:flex;align-items:center;gap:.5rem;margin-bottom:.5rem}
.captcha-row img{border:1px solid #dbdbdb;border-radius:4px;display:block}
.gsp-picker .dropdown-content{max-height:17rem;overflow-y:auto;padding-top:0}
.gsp-picker .gsp-search{position:sticky;top:0;background:#fff;padding:.5rem .75rem;z-index:2;border-bottom:1px solid #ededed}
.gsp-picker .dropdown-trigger .button{min-width:26rem;justify-content:space-between}
.gsp-picker .gsp-current.is-placeholder{color:#7a7a7a}
.stat{font-size:2.25rem;font-weight:700;color:#163c73;line-height:1.1}
.required{color:#f14668;margin-left:.15rem}
.marquee{background:#fff8e1;border-bottom:1px solid #ffe08a;font-size:.85rem;padding:.4rem 1.5rem;color:#6b5100}
`;

// ---------------------------------------------------------------------------------------------
// Client script: one hand-written file shared by every page; each page opts in via body[data-page].
// Written without template literals and without "${" so it can live in a String.raw block.
// ---------------------------------------------------------------------------------------------
const PORTAL_JS = String.raw`
/* portal.js: hand-written helpers for the e-Invoice System pages */
(function () {
  'use strict';

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $$(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function noop() {}
  function csrfToken() {
    var m = document.querySelector('meta[name="csrf-token"]');
    return m ? m.getAttribute('content') : '';
  }

  /* ---------- toasts (fixed top-right, fade after a few seconds) ---------- */
  function toast(message, kind) {
    var box = document.getElementById('toast-container');
    if (!box) {
      box = document.createElement('div');
      box.id = 'toast-container';
      box.className = 'toast-container';
      document.body.appendChild(box);
    }
    var n = document.createElement('div');
    n.className = 'notification toast is-' + (kind || 'info');
    n.setAttribute('role', kind === 'danger' ? 'alert' : 'status');
    var del = document.createElement('button');
    del.className = 'delete';
    del.type = 'button';
    del.setAttribute('aria-label', 'delete');
    var text = document.createElement('span');
    text.textContent = message;
    n.appendChild(del);
    n.appendChild(text);
    box.appendChild(n);
    var gone = false;
    function remove() {
      if (gone) return;
      gone = true;
      n.classList.add('is-fading');
      setTimeout(function () { if (n.parentNode) n.parentNode.removeChild(n); }, 650);
    }
    del.addEventListener('click', remove);
    setTimeout(remove, 4000);
  }

  /* ---------- page notifications (Bulma .notification with .delete) ---------- */
  function notice(holder, kind, parts) {
    if (!holder) return null;
    var n = document.createElement('div');
    n.className = 'notification is-' + kind;
    var del = document.createElement('button');
    del.className = 'delete';
    del.type = 'button';
    del.setAttribute('aria-label', 'delete');
    n.appendChild(del);
    (Array.isArray(parts) ? parts : [parts]).forEach(function (p) {
      if (typeof p === 'string') n.appendChild(document.createTextNode(p));
      else {
        var s = document.createElement('strong');
        s.textContent = p.strong;
        n.appendChild(s);
      }
    });
    holder.insertBefore(n, holder.firstChild);
    return n;
  }

  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    var del = t.closest('.notification > .delete');
    if (del && !del.closest('.toast')) {
      e.preventDefault();
      var n = del.parentNode;
      if (n && n.parentNode) n.parentNode.removeChild(n);
    }
  });

  /* ---------- modals ---------- */
  function openModal(m) {
    if (!m) return;
    m.classList.add('is-active');
    document.documentElement.classList.add('is-clipped');
  }
  function closeModal(m) {
    if (!m) return;
    m.classList.remove('is-active');
    if (!document.querySelector('.modal.is-active')) document.documentElement.classList.remove('is-clipped');
  }
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    var closer = t.closest('.modal-card-head .delete, .modal-close, [data-dismiss="modal"]');
    if (closer) {
      var m = closer.closest('.modal');
      if (m) { e.preventDefault(); closeModal(m); }
      return;
    }
    if (t.classList.contains('modal-background')) {
      var modal = t.closest('.modal');
      if (modal && modal.getAttribute('data-backdrop') !== 'static') closeModal(modal);
    }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    $$('.modal.is-active').forEach(function (m) {
      if (m.getAttribute('data-backdrop') !== 'static') closeModal(m);
    });
    $$('.dropdown.is-active').forEach(function (d) { d.classList.remove('is-active'); });
  });

  /* ---------- navbar burger and click-to-open dropdowns ---------- */
  $$('.navbar-burger').forEach(function (b) {
    b.addEventListener('click', function () {
      var target = document.getElementById(b.getAttribute('data-target') || '');
      b.classList.toggle('is-active');
      if (target) target.classList.toggle('is-active');
      var aside = document.querySelector('.app-aside');
      if (aside) aside.classList.toggle('is-active');
      b.setAttribute('aria-expanded', b.classList.contains('is-active') ? 'true' : 'false');
    });
  });
  $$('.navbar-item.has-dropdown > .navbar-link').forEach(function (link) {
    link.addEventListener('click', function (e) {
      if (link.getAttribute('href') === '#' || !link.getAttribute('href')) e.preventDefault();
      var item = link.parentNode;
      $$('.navbar-item.has-dropdown.is-active').forEach(function (o) { if (o !== item) o.classList.remove('is-active'); });
      item.classList.toggle('is-active');
    });
  });
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!(t instanceof Element) || t.closest('.navbar-item.has-dropdown')) return;
    $$('.navbar-item.has-dropdown.is-active').forEach(function (o) { o.classList.remove('is-active'); });
  });

  /* ---------- cookie consent ---------- */
  var cookieBar = document.getElementById('cookie-bar');
  if (cookieBar) {
    var accept = cookieBar.querySelector('[data-cookie-accept]');
    if (accept) accept.addEventListener('click', function () {
      document.cookie = 'cookie_consent=accepted; path=/; max-age=31536000; SameSite=Lax';
      cookieBar.parentNode.removeChild(cookieBar);
    });
  }

  /* ---------- side menu groups expand on click ---------- */
  $$('.menu-list a.menu-toggle').forEach(function (a) {
    a.addEventListener('click', function (e) {
      e.preventDefault();
      var li = a.parentNode;
      var open = li.classList.toggle('is-open');
      a.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  });

  /* ---------- tabs ---------- */
  function activateTab(tabs, name) {
    $$('li[data-tab]', tabs).forEach(function (li) { li.classList.toggle('is-active', li.getAttribute('data-tab') === name); });
    var scope = tabs.getAttribute('data-tabs');
    $$('[data-pane][data-tabs-scope="' + scope + '"]').forEach(function (p) {
      p.classList.toggle('is-hidden', p.getAttribute('data-pane') !== name);
    });
  }
  $$('.tabs[data-tabs]').forEach(function (tabs) {
    $$('li[data-tab] > a', tabs).forEach(function (a) {
      a.addEventListener('click', function (e) {
        e.preventDefault();
        activateTab(tabs, a.parentNode.getAttribute('data-tab'));
      });
    });
  });

  /* ---------- fetch helper with .is-loading and session handling ---------- */
  var expiring = false;
  function sessionExpired(body) {
    if (expiring) return;
    expiring = true;
    $$('.modal.is-active').forEach(closeModal);
    var holder = document.getElementById('page-messages') || document.querySelector('.app-main') || document.body;
    var msg = (body && body.message) || 'Your session has expired. Please login again.';
    notice(holder, 'danger', msg + ' Redirecting to the login page...');
    window.scrollTo(0, 0);
    toast(msg, 'danger');
    setTimeout(function () {
      window.location.href = (body && body.redirect) || '/accounts/login/?session=expired';
    }, 2500);
  }
  function setLoading(btn, on) {
    if (!btn) return;
    btn.classList.toggle('is-loading', on);
    if (btn.tagName === 'BUTTON') btn.disabled = on;
    else if (on) btn.setAttribute('aria-disabled', 'true');
    else btn.removeAttribute('aria-disabled');
  }
  function post(url, data, btn) {
    setLoading(btn, true);
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRFToken': csrfToken(), 'X-Requested-With': 'XMLHttpRequest' },
      body: JSON.stringify(data || {})
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (body) {
        setLoading(btn, false);
        body = body || {};
        body.status = res.status;
        if (res.status === 401) {
          sessionExpired(body);
          throw { expired: true };
        }
        return body;
      });
    }, function (err) {
      setLoading(btn, false);
      toast('Unable to reach the server. Please check your connection and try again.', 'danger');
      throw err;
    });
  }

  function setHelp(help, input, message) {
    if (help) {
      help.textContent = message || '';
      help.classList.toggle('is-hidden', !message);
    }
    if (input) input.classList.toggle('is-danger', !!message);
  }

  window.Portal = { toast: toast, notice: notice, openModal: openModal, closeModal: closeModal, post: post };

  var page = document.body.getAttribute('data-page') || '';

  /* ---------- login page ---------- */
  if (page === 'login') {
    var form = document.getElementById('login-form');
    var refresh = document.getElementById('captcha-refresh');
    if (refresh) refresh.addEventListener('click', function (e) {
      e.preventDefault();
      var img = document.getElementById('captcha-img');
      if (img) img.src = '/captcha/image/?t=' + Date.now();
      var c = document.getElementById('captcha');
      if (c) { c.value = ''; c.focus(); }
    });
    if (form) form.addEventListener('submit', function (e) {
      var ok = true;
      [['username', 'Please enter your username.'], ['password', 'Please enter your password.'], ['captcha', 'Please enter the captcha.']].forEach(function (pair) {
        var input = form.querySelector('[name="' + pair[0] + '"]');
        var help = form.querySelector('[data-error-for="' + pair[0] + '"]');
        var empty = !input || !input.value.trim();
        setHelp(help, input, empty ? pair[1] : '');
        if (empty) ok = false;
      });
      if (!ok) { e.preventDefault(); return; }
      setLoading(document.getElementById('login-submit'), true);
    });
  }

  /* ---------- 2FA page: one box per digit ---------- */
  if (page === 'login-otp') {
    var otpForm = document.getElementById('otp-form');
    var boxes = $$('.otp-digit', otpForm);
    var hidden = otpForm.querySelector('input[name="otp"]');
    var otpHelp = otpForm.querySelector('[data-error-for="otp"]');
    var verify = document.getElementById('otp-verify');
    var sync = function () { hidden.value = boxes.map(function (b) { return b.value; }).join(''); };
    var spread = function (digits, start) {
      for (var k = 0; k < digits.length && start + k < boxes.length; k++) boxes[start + k].value = digits.charAt(k);
      var next = Math.min(start + digits.length, boxes.length - 1);
      boxes[next].focus();
      sync();
    };
    boxes.forEach(function (b, i) {
      b.addEventListener('input', function () {
        var v = b.value.replace(/\D/g, '');
        if (v.length > 1) { spread(v, i); return; }
        b.value = v;
        if (v && i < boxes.length - 1) boxes[i + 1].focus();
        sync();
      });
      b.addEventListener('keydown', function (e) {
        if (e.key === 'Backspace' && !b.value && i > 0) {
          e.preventDefault();
          boxes[i - 1].value = '';
          boxes[i - 1].focus();
          sync();
        } else if (e.key === 'ArrowLeft' && i > 0) {
          boxes[i - 1].focus();
        } else if (e.key === 'ArrowRight' && i < boxes.length - 1) {
          boxes[i + 1].focus();
        }
      });
      b.addEventListener('paste', function (e) {
        var data = (e.clipboardData && e.clipboardData.getData('text')) || '';
        var digits = data.replace(/\D/g, '');
        if (digits) { e.preventDefault(); spread(digits, i); }
      });
      b.addEventListener('focus', function () { b.select(); });
    });
    if (boxes[0]) boxes[0].focus();
    otpForm.addEventListener('submit', function (e) {
      e.preventDefault();
      sync();
      if (!/^\d{6}$/.test(hidden.value)) {
        setHelp(otpHelp, null, 'Please enter the 6 digit OTP.');
        boxes.forEach(function (b) { b.classList.toggle('is-danger', !b.value); });
        return;
      }
      setHelp(otpHelp, null, '');
      post('/accounts/login/verify/', { otp: hidden.value }, verify).then(function (body) {
        if (body.ok) {
          toast('OTP verified. Signing you in...', 'success');
          window.location.href = body.redirect || '/dashboard/';
          return;
        }
        setHelp(otpHelp, null, body.message || 'Invalid OTP.');
        var holder = document.getElementById('page-messages');
        if (holder) { holder.innerHTML = ''; notice(holder, 'danger', body.message || 'Invalid OTP.'); }
        boxes.forEach(function (b) { b.value = ''; b.classList.add('is-danger'); });
        sync();
        boxes[0].focus();
      }).catch(noop);
    });
    var resend = document.getElementById('otp-resend');
    var countdown = document.getElementById('otp-countdown');
    var left = 30;
    var tick = function () {
      if (left <= 0) { resend.classList.remove('is-hidden'); countdown.classList.add('is-hidden'); return; }
      countdown.textContent = 'Resend OTP in ' + left + 's';
      left -= 1;
      setTimeout(tick, 1000);
    };
    if (resend && countdown) {
      tick();
      resend.addEventListener('click', function (e) {
        e.preventDefault();
        post('/accounts/login/resend/', {}, null).then(function (body) {
          toast(body.message || 'OTP resent.', body.ok ? 'success' : 'danger');
          if (body.ok) { left = 30; resend.classList.add('is-hidden'); countdown.classList.remove('is-hidden'); tick(); }
        }).catch(noop);
      });
    }
  }

  /* ---------- dashboard: technical contact popup ---------- */
  if (page === 'dashboard') {
    var tc = document.getElementById('tech-contact-modal');
    var save = document.getElementById('tech-contact-save');
    if (tc && save) save.addEventListener('click', function () {
      var data = {};
      var ok = true;
      $$('input[data-tc]', tc).forEach(function (input) {
        var key = input.getAttribute('data-tc');
        var help = tc.querySelector('[data-error-for="' + key + '"]');
        var v = input.value.trim();
        var msg = '';
        if (!v) msg = 'This field is required.';
        else if (key === 'mobile' && !/^[6-9]\d{9}$/.test(v)) msg = 'Enter a valid 10 digit mobile number.';
        else if (key === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) msg = 'Enter a valid e-mail ID.';
        setHelp(help, input, msg);
        if (msg) ok = false;
        data[key] = v;
      });
      if (!ok) return;
      post('/ajax/tech-contact/', data, save).then(function (body) {
        toast(body.message || 'Saved.', body.ok ? 'success' : 'danger');
        if (body.ok) closeModal(tc);
      }).catch(noop);
    });
  }

  /* ---------- Create API User ---------- */
  if (page === 'create-api-user') {
    var root = document.getElementById('create-api-user');
    var messages = document.getElementById('page-messages');
    var getOtp = document.getElementById('get-otp');
    var otpEntry = document.getElementById('otp-entry');
    var apiOtp = document.getElementById('api-otp');
    var apiOtpHelp = root.querySelector('[data-error-for="api_otp"]');
    var channelHelp = root.querySelector('[data-error-for="otp_channel"]');
    var verifyBtn = document.getElementById('verify-otp');
    var resendLink = document.getElementById('resend-otp');
    var resendWait = document.getElementById('resend-wait');
    var sentNote = document.getElementById('otp-sent-note');
    var waitLeft = 0;
    var waitTimer = null;
    var channel = function () {
      var r = root.querySelector('input[name="otp_channel"]:checked');
      return r ? r.value : '';
    };
    var startWait = function () {
      waitLeft = 30;
      resendLink.classList.add('is-hidden');
      resendWait.classList.remove('is-hidden');
      if (waitTimer) clearInterval(waitTimer);
      resendWait.textContent = 'Resend OTP in ' + waitLeft + 's';
      waitTimer = setInterval(function () {
        waitLeft -= 1;
        if (waitLeft <= 0) {
          clearInterval(waitTimer);
          resendLink.classList.remove('is-hidden');
          resendWait.classList.add('is-hidden');
        } else {
          resendWait.textContent = 'Resend OTP in ' + waitLeft + 's';
        }
      }, 1000);
    };
    var sendOtp = function (btn) {
      var ch = channel();
      if (!ch) { setHelp(channelHelp, null, 'Please select where you want to receive the OTP.'); return; }
      setHelp(channelHelp, null, '');
      if (btn && btn.classList.contains('is-loading')) return;
      post('/ajax/api-registration/send-otp/', { channel: ch }, btn).then(function (body) {
        if (!body.ok) { toast(body.message || 'Could not send the OTP.', 'danger'); return; }
        sentNote.textContent = body.message;
        otpEntry.classList.remove('is-hidden');
        getOtp.classList.add('is-hidden');
        $$('input[name="otp_channel"]', root).forEach(function (r) { r.disabled = true; });
        apiOtp.value = '';
        setHelp(apiOtpHelp, apiOtp, '');
        apiOtp.focus();
        toast(body.message, 'success');
        startWait();
      }).catch(noop);
    };
    getOtp.addEventListener('click', function (e) { e.preventDefault(); sendOtp(getOtp); });
    resendLink.addEventListener('click', function (e) { e.preventDefault(); sendOtp(null); });

    document.getElementById('api-otp-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var v = apiOtp.value.trim();
      if (!/^\d{6}$/.test(v)) { setHelp(apiOtpHelp, apiOtp, 'Please enter the 6 digit OTP.'); return; }
      setHelp(apiOtpHelp, apiOtp, '');
      post('/ajax/api-registration/verify-otp/', { otp: v }, verifyBtn).then(function (body) {
        if (!body.ok) {
          setHelp(apiOtpHelp, apiOtp, body.message || 'Invalid OTP.');
          toast(body.message || 'Invalid OTP.', 'danger');
          apiOtp.select();
          return;
        }
        if (waitTimer) clearInterval(waitTimer);
        document.getElementById('otp-panel').classList.add('is-hidden');
        document.getElementById('registration-panel').classList.remove('is-hidden');
        toast(body.message || 'OTP verified successfully.', 'success');
      }).catch(noop);
    });

    /* registration mode */
    var regForm = document.getElementById('registration-form');
    var modeHelp = regForm.querySelector('[data-error-for="reg_mode"]');
    var mode = function () {
      var r = regForm.querySelector('input[name="reg_mode"]:checked');
      return r ? r.value : '';
    };
    $$('input[name="reg_mode"]', regForm).forEach(function (r) {
      r.addEventListener('change', function () {
        var m = mode();
        setHelp(modeHelp, null, '');
        $$('[data-mode-section]', regForm).forEach(function (s) {
          var modes = s.getAttribute('data-mode-section').split(' ');
          s.classList.toggle('is-hidden', modes.indexOf(m) < 0);
        });
      });
    });

    /* the GSP picker: a Bulma dropdown with a search box over a hidden input */
    var picker = document.getElementById('gsp-picker');
    var trigger = picker.querySelector('.dropdown-trigger .button');
    var current = picker.querySelector('.gsp-current');
    var search = picker.querySelector('.gsp-search input');
    var items = $$('a.dropdown-item', picker);
    var empty = picker.querySelector('.gsp-empty');
    var gspInput = document.getElementById('gsp');
    var gspHelp = regForm.querySelector('[data-error-for="gsp"]');
    var focused = -1;
    var visible = function () { return items.filter(function (a) { return !a.classList.contains('is-hidden'); }); };
    var focusItem = function (idx) {
      var vis = visible();
      items.forEach(function (a) { a.classList.remove('is-focused'); });
      if (!vis.length) { focused = -1; return; }
      focused = Math.max(0, Math.min(idx, vis.length - 1));
      vis[focused].classList.add('is-focused');
      vis[focused].scrollIntoView({ block: 'nearest' });
    };
    var filter = function () {
      var q = search.value.trim().toLowerCase();
      var shown = 0;
      items.forEach(function (a) {
        var hit = !q || a.textContent.toLowerCase().indexOf(q) >= 0;
        a.classList.toggle('is-hidden', !hit);
        if (hit) shown += 1;
      });
      empty.classList.toggle('is-hidden', shown > 0);
      focused = -1;
      items.forEach(function (a) { a.classList.remove('is-focused'); });
    };
    var openPicker = function () {
      picker.classList.add('is-active');
      trigger.setAttribute('aria-expanded', 'true');
      search.value = '';
      filter();
      setTimeout(function () { search.focus(); }, 0);
    };
    var closePicker = function () {
      picker.classList.remove('is-active');
      trigger.setAttribute('aria-expanded', 'false');
    };
    var choose = function (a) {
      gspInput.value = a.getAttribute('data-value');
      current.textContent = a.textContent;
      current.classList.remove('is-placeholder');
      items.forEach(function (x) { x.classList.toggle('is-active', x === a); });
      setHelp(gspHelp, null, '');
      closePicker();
      gspInput.dispatchEvent(new Event('change', { bubbles: true }));
      trigger.focus();
    };
    trigger.addEventListener('click', function (e) {
      e.preventDefault();
      if (picker.classList.contains('is-active')) closePicker(); else openPicker();
    });
    search.addEventListener('input', filter);
    search.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); focusItem(focused + 1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); focusItem(focused - 1); }
      else if (e.key === 'Enter') {
        e.preventDefault();
        var vis = visible();
        var pick = focused >= 0 ? vis[focused] : (vis.length === 1 ? vis[0] : null);
        if (pick) choose(pick);
      } else if (e.key === 'Escape') { closePicker(); trigger.focus(); }
    });
    items.forEach(function (a) {
      a.addEventListener('click', function (e) { e.preventDefault(); choose(a); });
    });
    document.addEventListener('click', function (e) {
      var t = e.target;
      if (t instanceof Element && !picker.contains(t)) closePicker();
    });

    /* credentials */
    var userInput = document.getElementById('api-username');
    var pass = document.getElementById('api-password');
    var pass2 = document.getElementById('api-password2');
    var userHelp = regForm.querySelector('[data-error-for="username"]');
    var passHelp = regForm.querySelector('[data-error-for="password"]');
    var pass2Help = regForm.querySelector('[data-error-for="confirm_password"]');
    var showPass = document.getElementById('show-password');
    showPass.addEventListener('change', function () {
      pass.type = showPass.checked ? 'text' : 'password';
      pass2.type = showPass.checked ? 'text' : 'password';
    });
    var strong = function (p) {
      return p.length >= 8 && p.length <= 20 && /[A-Z]/.test(p) && /[a-z]/.test(p) && /\d/.test(p) && /[^A-Za-z0-9]/.test(p);
    };
    var validate = function () {
      var ok = true;
      var m = mode();
      if (!m) { setHelp(modeHelp, null, 'Please select an option.'); return false; }
      if (m !== 'gsp') {
        toast('This option is not available for your GSTIN. Please choose Through GSP.', 'danger');
        return false;
      }
      if (!gspInput.value) { setHelp(gspHelp, null, 'Please select your GSP.'); ok = false; }
      var u = userInput.value.trim();
      var uMsg = !u ? 'Please enter the username.' : (!/^[A-Za-z0-9_]{4,16}$/.test(u) ? 'Username must be 4 to 16 characters: letters, digits or underscore.' : '');
      setHelp(userHelp, userInput, uMsg);
      if (uMsg) ok = false;
      var pMsg = !pass.value ? 'Please enter the password.' : (!strong(pass.value) ? 'Password must be 8 to 20 characters with at least one upper case letter, one lower case letter, one digit and one special character.' : '');
      setHelp(passHelp, pass, pMsg);
      if (pMsg) ok = false;
      var cMsg = !pass2.value ? 'Please re-enter the password.' : (pass2.value !== pass.value ? 'Passwords do not match.' : '');
      setHelp(pass2Help, pass2, cMsg);
      if (cMsg) ok = false;
      return ok;
    };
    var confirmModal = document.getElementById('confirm-modal');
    var confirmYes = document.getElementById('confirm-yes');
    var messageModal = document.getElementById('message-modal');
    regForm.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!validate()) return;
      document.getElementById('confirm-gsp').textContent = current.textContent;
      document.getElementById('confirm-username').textContent = 'API_' + userInput.value.trim();
      openModal(confirmModal);
    });
    var renderRegistered = function (rows) {
      var body = document.getElementById('registered-rows');
      body.innerHTML = '';
      rows.forEach(function (r, i) {
        var tr = document.createElement('tr');
        [String(i + 1), r.gsp, r.username, r.on].forEach(function (v) {
          var td = document.createElement('td');
          td.textContent = v;
          tr.appendChild(td);
        });
        var st = document.createElement('td');
        st.innerHTML = '<span class="tag is-success">Active</span>';
        tr.appendChild(st);
        body.appendChild(tr);
      });
      var count = document.getElementById('registered-count');
      if (count) count.textContent = String(rows.length);
    };
    confirmYes.addEventListener('click', function () {
      var data = {
        mode: mode(),
        gsp: gspInput.value,
        username: userInput.value.trim(),
        password: pass.value,
        confirm_password: pass2.value
      };
      post('/ajax/api-registration/create-user/', data, confirmYes).then(function (body) {
        closeModal(confirmModal);
        if (body.ok) {
          messages.innerHTML = '';
          notice(messages, 'success', ['API user created successfully. Username: ', { strong: body.username }, ' (GSP: ' + body.gsp + '). Please note the username and password; you will need them for the Authentication API.']);
          toast('API user ' + body.username + ' created successfully.', 'success');
          renderRegistered(body.registered || []);
          regForm.reset();
          gspInput.value = '';
          current.textContent = '-- Select GSP --';
          current.classList.add('is-placeholder');
          items.forEach(function (x) { x.classList.remove('is-active'); });
          $$('[data-mode-section]', regForm).forEach(function (s) { s.classList.add('is-hidden'); });
          activateTab(document.querySelector('.tabs[data-tabs="api-user"]'), 'registered');
          window.scrollTo(0, 0);
          return;
        }
        if (body.kind === 'duplicate') {
          document.getElementById('message-modal-text').textContent = body.message;
          openModal(messageModal);
          return;
        }
        if (body.field === 'username') {
          setHelp(userHelp, userInput, body.message);
          messages.innerHTML = '';
          notice(messages, 'danger', body.message);
          userInput.focus();
          return;
        }
        if (body.field) {
          var help = regForm.querySelector('[data-error-for="' + body.field + '"]');
          setHelp(help, null, body.message);
        }
        toast(body.message || 'Could not create the API user.', 'danger');
      }).catch(noop);
    });
  }
})();
`;

// ---------------------------------------------------------------------------------------------
// Markup
// ---------------------------------------------------------------------------------------------

function head(title: string, csrf: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${esc(csrf)}">
<title>${esc(title)} | e-Invoice System</title>
<link rel="stylesheet" href="/static/css/bulma-portal.css?v=3.1.4">
</head>`;
}

function govStrip(): string {
  return `<div class="gov-strip"><span>Goods and Services Tax Network | Government of India</span><span><a href="#main-content">Skip to main content</a> | <a href="/info/screen-reader/">Screen Reader Access</a> | <span>English</span></span></div>`;
}

function publicNavbar(active: string): string {
  const item = (href: string, label: string, key: string) =>
    `<a class="navbar-item${active === key ? ' is-active' : ''}" href="${href}">${label}</a>`;
  return `<nav class="navbar is-portal" role="navigation" aria-label="main navigation">
  <div class="navbar-brand">
    <a class="navbar-item" href="/">${EMBLEM_SVG}<span class="brand-text"><strong>e-Invoice System</strong><small>Invoice Registration Portal</small></span></a>
    <a role="button" class="navbar-burger" aria-label="menu" aria-expanded="false" data-target="publicNavbar"><span aria-hidden="true"></span><span aria-hidden="true"></span><span aria-hidden="true"></span></a>
  </div>
  <div id="publicNavbar" class="navbar-menu">
    <div class="navbar-start">
      ${item('/', 'Home', 'home')}
      <div class="navbar-item has-dropdown is-hoverable">
        <a class="navbar-link" href="#">e-Invoice</a>
        <div class="navbar-dropdown">
          <a class="navbar-item" href="/info/about-einvoice/">About e-Invoice</a>
          <a class="navbar-item" href="/info/verify-signed-invoice/">Verify Signed Invoice</a>
          <a class="navbar-item" href="/info/search-gstin/">Search GSTIN</a>
          <hr class="navbar-divider">
          <a class="navbar-item" href="/info/e-invoice-status/">e-Invoice Status of Taxpayer</a>
        </div>
      </div>
      <div class="navbar-item has-dropdown is-hoverable">
        <a class="navbar-link" href="#">Registration</a>
        <div class="navbar-dropdown">
          <a class="navbar-item" href="/info/registration-taxpayer/">e-Invoice Registration</a>
          <a class="navbar-item" href="/info/enablement/">e-Invoice Enablement</a>
        </div>
      </div>
      <div class="navbar-item has-dropdown is-hoverable">
        <a class="navbar-link" href="#">Help</a>
        <div class="navbar-dropdown">
          <a class="navbar-item" href="/info/user-manual/">User Manual</a>
          <a class="navbar-item" href="/info/faqs/">FAQs</a>
          <a class="navbar-item" href="/info/api-documentation/">API Documentation</a>
          <hr class="navbar-divider">
          <a class="navbar-item" href="/info/contact-us/">Contact Us</a>
        </div>
      </div>
    </div>
    <div class="navbar-end">
      <div class="navbar-item">
        <div class="buttons">
          <a class="button is-warning" href="${LOGIN_PATH}"><strong>Login</strong></a>
        </div>
      </div>
    </div>
  </div>
</nav>`;
}

function cookieBar(show: boolean): string {
  if (!show) return '';
  return `<div class="cookie-bar" id="cookie-bar" role="region" aria-label="Cookie consent">
  <p>This website uses cookies to keep you signed in and to improve your experience. By continuing to use this site you agree to our <a href="/info/privacy-policy/">Privacy Policy</a>.</p>
  <div class="buttons mb-0"><button type="button" class="button is-success is-small mb-0" data-cookie-accept>Accept</button></div>
</div>`;
}

function footer(): string {
  return `<footer class="footer">
  <div class="container has-text-centered">
    <p><a href="/info/privacy-policy/">Privacy Policy</a> | <a href="/info/terms/">Terms &amp; Conditions</a> | <a href="/info/disclaimer/">Disclaimer</a> | <a href="/info/contact-us/">Contact Us</a></p>
    <p class="has-text-grey is-size-7 mt-2">Site owned by Goods and Services Tax Network. Designed, developed and hosted by National Informatics Centre. Best viewed in the latest Chrome, Firefox or Edge.</p>
  </div>
</footer>`;
}

interface PublicPage {
  title: string;
  page: string;
  active: string;
  csrf: string;
  showCookieBar: boolean;
  body: string;
}

function publicLayout(p: PublicPage): string {
  return `${head(p.title, p.csrf)}
<body data-page="${esc(p.page)}">
${govStrip()}
${publicNavbar(p.active)}
<main id="main-content">
${p.body}
</main>
${footer()}
${cookieBar(p.showCookieBar)}
<div id="toast-container" class="toast-container" aria-live="polite"></div>
<script src="/static/js/portal.js?v=3.1.4"></script>
</body>
</html>`;
}

function menuHtml(activeHref: string): string {
  let n = 0;
  const contains = (node: MenuNode): boolean =>
    node.href === activeHref || (node.children ?? []).some((c) => contains(c));
  const render = (node: MenuNode): string => {
    if (node.children) {
      n += 1;
      const open = contains(node);
      const id = `menu-${node.label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${n}`;
      return `<li class="has-children${open ? ' is-open' : ''}"><a href="#${id}" class="menu-toggle" aria-expanded="${open}">${esc(node.label)}</a><ul id="${id}">${node.children.map(render).join('')}</ul></li>`;
    }
    const active = node.href === activeHref;
    return `<li><a href="${esc(node.href ?? '#')}"${active ? ' class="is-active" aria-current="page"' : ''}>${esc(node.label)}</a></li>`;
  };
  return MENU.map(
    (section) =>
      `<p class="menu-label">${esc(section.heading)}</p><ul class="menu-list">${section.items.map(render).join('')}</ul>`,
  ).join('\n');
}

interface AppPage {
  title: string;
  page: string;
  activeHref: string;
  csrf: string;
  gstin: string;
  body: string;
  after?: string;
  clipped?: boolean;
}

function appLayout(p: AppPage): string {
  return `${head(p.title, p.csrf).replace('<html lang="en">', `<html lang="en"${p.clipped ? ' class="is-clipped"' : ''}>`)}
<body data-page="${esc(p.page)}">
<nav class="navbar is-portal" role="navigation" aria-label="main navigation">
  <div class="navbar-brand">
    <a class="navbar-item" href="${DASHBOARD_PATH}">${EMBLEM_SVG}<span class="brand-text"><strong>e-Invoice System</strong><small>Invoice Registration Portal</small></span></a>
    <a role="button" class="navbar-burger" aria-label="menu" aria-expanded="false" data-target="appNavbar"><span aria-hidden="true"></span><span aria-hidden="true"></span><span aria-hidden="true"></span></a>
  </div>
  <div id="appNavbar" class="navbar-menu">
    <div class="navbar-start">
      <a class="navbar-item" href="${DASHBOARD_PATH}">Home</a>
      <div class="navbar-item has-dropdown is-hoverable">
        <a class="navbar-link" href="#">Help</a>
        <div class="navbar-dropdown">
          <a class="navbar-item" href="/info/user-manual/">User Manual</a>
          <a class="navbar-item" href="/info/faqs/">FAQs</a>
          <a class="navbar-item" href="/info/contact-us/">Contact Us</a>
        </div>
      </div>
    </div>
    <div class="navbar-end">
      <div class="navbar-item"><span class="tag is-warning">GSTIN: ${esc(p.gstin)}</span></div>
      <div class="navbar-item has-dropdown is-hoverable">
        <a class="navbar-link" href="#">${esc(TRADE_NAME)}</a>
        <div class="navbar-dropdown is-right">
          <div class="navbar-item is-size-7 has-text-grey">Logged in as ${esc(LOGIN.username)}</div>
          <a class="navbar-item" href="/update/profile/">Profile</a>
          <a class="navbar-item" href="/update/change-password/">Change Password</a>
          <hr class="navbar-divider">
          <a class="navbar-item" href="/accounts/logout/">Logout</a>
        </div>
      </div>
    </div>
  </div>
</nav>
<div class="marquee">Two-factor authentication is mandatory for login from 01-04-2025. Keep your registered mobile number updated.</div>
<div class="app-shell">
  <aside class="menu app-aside" aria-label="Main menu">
${menuHtml(p.activeHref)}
  </aside>
  <main class="app-main" id="main-content">
${p.body}
  </main>
</div>
${p.after ?? ''}
<div id="toast-container" class="toast-container" aria-live="polite"></div>
<script src="/static/js/portal.js?v=3.1.4"></script>
</body>
</html>`;
}

function homeBody(loggedOut: boolean): string {
  const notice = loggedOut
    ? `<div class="container mt-4"><div class="notification is-success"><button class="delete" type="button" aria-label="delete"></button>You have been logged out successfully.</div></div>`
    : '';
  return `${notice}
<section class="hero is-portal">
  <div class="hero-body">
    <div class="container">
      <p class="title">e-Invoice System</p>
      <p class="subtitle">Invoice Registration Portal for generation of Invoice Reference Number (IRN) under GST</p>
      <a class="button is-warning" href="${LOGIN_PATH}">Login to the portal</a>
    </div>
  </div>
</section>
<section class="section">
  <div class="container">
    <div class="columns">
      <div class="column"><div class="box"><p class="title is-5">Generate IRN</p><p>Register your B2B invoices and get the signed e-Invoice with QR code.</p></div></div>
      <div class="column"><div class="box"><p class="title is-5">API Access</p><p>Taxpayers may integrate directly or through a GSP. Create API users under API Registration after login.</p></div></div>
      <div class="column"><div class="box"><p class="title is-5">Bulk Generation</p><p>Use the offline bulk generation tool to upload invoices in JSON format.</p></div></div>
    </div>
    <div class="columns">
      <div class="column is-8">
        <div class="card">
          <header class="card-header"><p class="card-header-title">Latest Updates</p></header>
          <div class="card-content content">
            <ul>
              <li>Two-factor authentication is mandatory for all taxpayers from 01-04-2025.</li>
              <li>Time limit for reporting invoices on the IRP for taxpayers with AATO of 10 Cr and above.</li>
              <li>New GSPs have been added to the list of e-Invoice GSPs.</li>
            </ul>
          </div>
        </div>
      </div>
      <div class="column is-4">
        <div class="card">
          <header class="card-header"><p class="card-header-title">Quick Links</p></header>
          <div class="card-content">
            <div class="buttons">
              <a class="button is-link is-light is-small" href="/info/user-manual/">User Manual</a>
              <a class="button is-link is-light is-small" href="/info/faqs/">FAQs</a>
              <a class="button is-link is-light is-small" href="/info/api-documentation/">API Documentation</a>
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
</section>`;
}

interface LoginView {
  csrf: string;
  username?: string;
  error?: string;
  warning?: string;
  info?: string;
  fieldErrors?: Partial<Record<'username' | 'password' | 'captcha', string>>;
}

function loginBody(v: LoginView): string {
  const fe = v.fieldErrors ?? {};
  const help = (key: 'username' | 'password' | 'captcha') =>
    `<p class="help is-danger${fe[key] ? '' : ' is-hidden'}" data-error-for="${key}">${esc(fe[key] ?? '')}</p>`;
  const note = (kind: string, text?: string) =>
    text
      ? `<div class="notification is-${kind}"><button class="delete" type="button" aria-label="delete"></button>${esc(text)}</div>`
      : '';
  return `<section class="section">
  <div class="container">
    <div class="columns is-centered">
      <div class="column is-5">
        <div class="box">
          <h1 class="title is-4 has-text-centered">Login</h1>
          <p class="subtitle is-6 has-text-centered has-text-grey">Sign in to the e-Invoice System with your GST portal credentials</p>
          <div id="page-messages">${note('danger', v.error)}${note('warning', v.warning)}${note('info', v.info)}</div>
          <form id="login-form" method="post" action="${LOGIN_PATH}" novalidate autocomplete="off">
            <input type="hidden" name="csrfmiddlewaretoken" value="${esc(v.csrf)}">
            <div class="field">
              <label class="label">Username<span class="required">*</span></label>
              <div class="control has-icons-left">
                <input class="input${fe.username ? ' is-danger' : ''}" type="text" name="username" id="username" placeholder="Enter Username" value="${esc(v.username ?? '')}" maxlength="15">
                <span class="icon is-small is-left" aria-hidden="true"><svg width="14" height="14" viewBox="0 0 16 16" fill="currentColor"><circle cx="8" cy="5" r="3.2"/><path d="M1.8 15c.4-3.4 3-5.3 6.2-5.3s5.8 1.9 6.2 5.3z"/></svg></span>
              </div>
              ${help('username')}
            </div>
            <div class="field">
              <label class="label" for="password">Password<span class="required">*</span></label>
              <div class="control has-icons-left">
                <input class="input${fe.password ? ' is-danger' : ''}" type="password" name="password" id="password" placeholder="Enter Password">
                <span class="icon is-small is-left" aria-hidden="true"><svg width="14" height="14" viewBox="0 0 16 16" fill="currentColor"><path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h1v8h-9V7zm1.6 0h3.8V5a1.9 1.9 0 0 0-3.8 0z"/></svg></span>
              </div>
              ${help('password')}
            </div>
            <div class="field">
              <label class="label">Captcha<span class="required">*</span></label>
              <div class="captcha-row">
                <img id="captcha-img" src="/captcha/image/?t=${Date.now()}" width="170" height="54" alt="Captcha image">
                <a href="#" class="button is-white" id="captcha-refresh" title="Refresh captcha" aria-label="Refresh captcha">&#8635;</a>
              </div>
              <div class="control">
                <input class="input${fe.captcha ? ' is-danger' : ''}" type="text" name="captcha" id="captcha" placeholder="Enter the characters shown above" maxlength="6" autocomplete="off">
              </div>
              ${help('captcha')}
            </div>
            <div class="field mt-4">
              <div class="control">
                <button type="submit" class="button is-link is-fullwidth" id="login-submit">Login</button>
              </div>
            </div>
            <div class="level is-size-7">
              <div class="level-left"><a href="/info/forgot-username/">Forgot Username?</a></div>
              <div class="level-right"><a href="/info/forgot-password/">Forgot Password?</a></div>
            </div>
          </form>
        </div>
      </div>
    </div>
  </div>
</section>`;
}

function loginOtpBody(): string {
  const digits = Array.from(
    { length: 6 },
    (_, i) =>
      `<input class="input otp-digit" type="text" inputmode="numeric" maxlength="1" autocomplete="${i === 0 ? 'one-time-code' : 'off'}" aria-label="OTP digit ${i + 1}">`,
  ).join('');
  return `<section class="section">
  <div class="container">
    <div class="columns is-centered">
      <div class="column is-5">
        <div class="box">
          <h1 class="title is-4 has-text-centered">Two-Factor Authentication</h1>
          <p class="mb-4">An OTP has been sent to your registered mobile number <strong>${MOBILE}</strong> by SMS and to the Sandes app. You may also enter the code shown in the NIC-GST-Shield app.</p>
          <div id="page-messages"></div>
          <form id="otp-form" novalidate autocomplete="off">
            <div class="field">
              <label class="label">Enter OTP<span class="required">*</span></label>
              <div class="control otp-boxes">${digits}</div>
              <input type="hidden" name="otp" value="">
              <p class="help is-danger is-hidden" data-error-for="otp"></p>
            </div>
            <div class="field is-grouped mt-4">
              <div class="control"><button type="submit" class="button is-link" id="otp-verify">Verify OTP</button></div>
              <div class="control"><a class="button is-light" href="${LOGIN_PATH}">Back to Login</a></div>
            </div>
            <p class="is-size-7"><span id="otp-countdown" class="has-text-grey"></span><a href="#" id="otp-resend" class="is-hidden">Resend OTP</a></p>
          </form>
        </div>
      </div>
    </div>
  </div>
</section>`;
}

function techContactModal(): string {
  const field = (key: string, label: string, value: string, type: string) =>
    `<div class="field"><label class="label">${label}<span class="required">*</span></label><div class="control"><input class="input" type="${type}" data-tc="${key}" value="${esc(value)}"></div><p class="help is-danger is-hidden" data-error-for="${key}"></p></div>`;
  return `<div class="modal is-active" id="tech-contact-modal" data-backdrop="static">
  <div class="modal-background"></div>
  <div class="modal-card">
    <header class="modal-card-head">
      <p class="modal-card-title">Contacts of Technical Person</p>
      <button class="delete" type="button" aria-label="close"></button>
    </header>
    <section class="modal-card-body">
      <p class="mb-4">Please provide or confirm the details of the technical person of your organisation. NIC will use them for communication about API integration and system changes.</p>
      ${field('name', 'Name', 'Suresh Patil', 'text')}
      ${field('mobile', 'Mobile Number', '9822014821', 'text')}
      ${field('email', 'E-mail ID', 'it.support@kavyaexports.in', 'email')}
    </section>
    <footer class="modal-card-foot">
      <button class="button is-success" type="button" id="tech-contact-save">Update</button>
      <button class="button is-danger" type="button" data-dismiss="modal">Exit</button>
    </footer>
  </div>
</div>`;
}

function dashboardBody(gstin: string): string {
  return `<nav class="breadcrumb" aria-label="breadcrumbs"><ul><li><a href="${DASHBOARD_PATH}">Home</a></li><li class="is-active"><a href="#" aria-current="page">Dash Board</a></li></ul></nav>
<div id="page-messages"></div>
<div class="level mb-4">
  <div class="level-left"><h1 class="title is-4 mb-0">Dash Board</h1></div>
  <div class="level-right">
    <div class="field mb-0"><div class="control"><div class="select"><select aria-label="Period"><option>Today</option><option>This Week</option><option selected>This Month</option><option>Last Month</option></select></div></div></div>
  </div>
</div>
<div class="notification is-info is-light"><button class="delete" type="button" aria-label="delete"></button>Welcome, ${esc(TRADE_NAME)} (${esc(gstin)}). Your last login was on 02/06/2025 10:14.</div>
<div class="columns">
  <div class="column"><div class="box"><p class="heading">Generations</p><p class="stat">1,284</p><p class="is-size-7 has-text-grey">IRNs generated this month</p></div></div>
  <div class="column"><div class="box"><p class="heading">Cancelled</p><p class="stat">17</p><p class="is-size-7 has-text-grey">IRNs cancelled this month</p></div></div>
  <div class="column"><div class="box"><p class="heading">e-Way Bills</p><p class="stat">932</p><p class="is-size-7 has-text-grey">EWBs generated from IRN</p></div></div>
</div>
<div class="box">
  <p class="title is-6">Recent IRNs</p>
  <div class="table-container"><table class="table is-fullwidth is-striped is-narrow">
    <thead><tr><th>Doc No.</th><th>Doc Date</th><th>Buyer GSTIN</th><th>Status</th></tr></thead>
    <tbody>
      <tr><td>KE/25-26/0412</td><td>02/06/2025</td><td>29AAACJ4323N1ZC</td><td><span class="tag is-success">Active</span></td></tr>
      <tr><td>KE/25-26/0411</td><td>02/06/2025</td><td>27AAACR5055K1Z7</td><td><span class="tag is-success">Active</span></td></tr>
      <tr><td>KE/25-26/0409</td><td>01/06/2025</td><td>24AABCT1332L1ZD</td><td><span class="tag is-warning">Cancelled</span></td></tr>
    </tbody>
  </table></div>
</div>`;
}

interface RegisteredRow {
  gsp: string;
  username: string;
  on: string;
}

function registeredRows(rows: RegisteredRow[]): string {
  return rows
    .map(
      (r, i) =>
        `<tr><td>${i + 1}</td><td>${esc(r.gsp)}</td><td>${esc(r.username)}</td><td>${esc(r.on)}</td><td><span class="tag is-success">Active</span></td></tr>`,
    )
    .join('');
}

function createBody(gstin: string, rows: RegisteredRow[]): string {
  const modes = [
    ['direct', 'Directly'],
    ['gsp', 'Through GSP'],
    ['erp', 'Through ERP'],
    ['other', 'Through Client-Id of other'],
  ]
    .map(
      ([value, label]) =>
        `<label class="radio"><input type="radio" name="reg_mode" value="${value}"> ${esc(label ?? '')}</label>`,
    )
    .join('\n');
  const gspItems = [...GSP_BY_CODE]
    .map(([code, name]) => `<a href="#" class="dropdown-item" data-value="${code}">${esc(name)}</a>`)
    .join('\n');
  return `<nav class="breadcrumb" aria-label="breadcrumbs"><ul><li><a href="${DASHBOARD_PATH}">Home</a></li><li><a href="#">API Registration</a></li><li><a href="#">User Credentials</a></li><li class="is-active"><a href="#" aria-current="page">Create API User</a></li></ul></nav>
<h1 class="title is-4">Create API User</h1>
<div id="page-messages"></div>
<div id="create-api-user" data-gstin="${esc(gstin)}">
  <div class="tabs is-boxed" data-tabs="api-user">
    <ul>
      <li class="is-active" data-tab="create"><a href="#create">Create API User</a></li>
      <li data-tab="registered"><a href="#registered">Registered GSPs <span class="tag is-rounded is-link" id="registered-count">${rows.length}</span></a></li>
    </ul>
  </div>
  <div data-pane="create" data-tabs-scope="api-user">
    <div class="box" id="otp-panel">
      <p class="title is-5">API Registration</p>
      <p class="mb-4">GSTIN: <strong>${esc(gstin)}</strong>. To create an API user, verify yourself with an OTP sent to the mobile number or e-mail ID registered on the GST portal.</p>
      <div class="field">
        <label class="label">Receive OTP on<span class="required">*</span></label>
        <div class="control is-stacked">
          <label class="radio"><input type="radio" name="otp_channel" value="sms"> Registered Mobile Number (SMS) ${MOBILE}</label>
          <label class="radio"><input type="radio" name="otp_channel" value="email"> Registered E-mail ID ${EMAIL}</label>
        </div>
        <p class="help is-danger is-hidden" data-error-for="otp_channel"></p>
      </div>
      <div class="field"><div class="control"><a href="#" class="button is-link" id="get-otp">Get OTP</a></div></div>
      <div id="otp-entry" class="is-hidden">
        <div class="notification is-info is-light"><button class="delete" type="button" aria-label="delete"></button><span id="otp-sent-note"></span></div>
        <form id="api-otp-form" novalidate autocomplete="off">
          <div class="field">
            <label class="label" for="api-otp">Enter OTP<span class="required">*</span></label>
            <div class="control"><input class="input" type="text" id="api-otp" name="api_otp" inputmode="numeric" maxlength="6" placeholder="6 digit OTP" style="max-width:14rem"></div>
            <p class="help is-danger is-hidden" data-error-for="api_otp"></p>
          </div>
          <div class="field is-grouped">
            <div class="control"><button type="submit" class="button is-success" id="verify-otp">Verify OTP</button></div>
            <div class="control is-size-7"><a href="#" id="resend-otp" class="is-hidden">Resend OTP</a><span id="resend-wait" class="has-text-grey is-hidden"></span></div>
          </div>
        </form>
      </div>
    </div>
    <div class="box is-hidden" id="registration-panel">
      <p class="title is-5">API Registration</p>
      <form id="registration-form" novalidate autocomplete="off">
        <div class="field">
          <label class="label">Do you wish to Register your GSTIN for<span class="required">*</span></label>
          <div class="control">
${modes}
          </div>
          <p class="help is-danger is-hidden" data-error-for="reg_mode"></p>
        </div>
        <div class="is-hidden" data-mode-section="direct">
          <div class="notification is-warning is-light">Direct API integration is available only to taxpayers whose aggregate turnover exceeds the notified threshold. Your GSTIN is not eligible for direct integration.</div>
        </div>
        <div class="is-hidden" data-mode-section="erp">
          <div class="field">
            <label class="label">Select your ERP</label>
            <div class="control"><div class="select"><select name="erp"><option value="">-- Select ERP --</option>${ERPS.map((e) => `<option>${esc(e)}</option>`).join('')}</select></div></div>
          </div>
          <div class="notification is-warning is-light">Registration through ERP is not enabled for your GSTIN. Please contact your ERP provider.</div>
        </div>
        <div class="is-hidden" data-mode-section="other">
          <div class="notification is-warning is-light">To use the Client-Id of another taxpayer, that taxpayer must first share it with your PAN under their API settings. No Client-Id has been shared with your GSTIN.</div>
        </div>
        <div class="is-hidden" data-mode-section="gsp">
          <div class="field">
            <label class="label">Select your GSP<span class="required">*</span></label>
            <div class="control">
              <div class="dropdown gsp-picker" id="gsp-picker">
                <div class="dropdown-trigger">
                  <button type="button" class="button" aria-haspopup="true" aria-controls="gsp-menu" aria-expanded="false">
                    <span class="gsp-current is-placeholder">-- Select GSP --</span><span class="icon is-small" aria-hidden="true">&#9662;</span>
                  </button>
                </div>
                <div class="dropdown-menu" id="gsp-menu" role="menu">
                  <div class="dropdown-content">
                    <div class="gsp-search"><input class="input is-small" type="text" placeholder="Search GSP" aria-label="Search GSP" autocomplete="off"></div>
${gspItems}
                    <div class="dropdown-item gsp-empty has-text-grey is-hidden">No matching GSP found</div>
                  </div>
                </div>
              </div>
              <input type="hidden" name="gsp" id="gsp" value="">
            </div>
            <p class="help is-danger is-hidden" data-error-for="gsp"></p>
          </div>
          <div class="field">
            <label class="label">Username<span class="required">*</span></label>
            <div class="field has-addons mb-0">
              <p class="control"><a class="button is-static">API_</a></p>
              <p class="control is-expanded"><input class="input" type="text" id="api-username" name="username" maxlength="16" placeholder="Enter username" autocomplete="off" style="max-width:20rem"></p>
            </div>
            <p class="help">4 to 16 characters: letters, digits or underscore. The prefix API_ is added automatically.</p>
            <p class="help is-danger is-hidden" data-error-for="username"></p>
          </div>
          <div class="field">
            <label class="label" for="api-password">Password<span class="required">*</span></label>
            <div class="control"><input class="input" type="password" id="api-password" name="password" maxlength="20" autocomplete="new-password" style="max-width:20rem"></div>
            <p class="help">8 to 20 characters with at least one upper case letter, one lower case letter, one digit and one special character.</p>
            <p class="help is-danger is-hidden" data-error-for="password"></p>
          </div>
          <div class="field">
            <label class="label">Re-enter Password<span class="required">*</span></label>
            <div class="control"><input class="input" type="password" id="api-password2" name="confirm_password" maxlength="20" autocomplete="new-password" style="max-width:20rem"></div>
            <p class="help is-danger is-hidden" data-error-for="confirm_password"></p>
          </div>
          <div class="field"><label class="checkbox"><input type="checkbox" id="show-password"> Show password</label></div>
        </div>
        <div class="field is-grouped mt-4">
          <div class="control"><button type="submit" class="button is-success" id="submit-api-user">Submit</button></div>
          <div class="control"><a class="button is-link is-light" href="${DASHBOARD_PATH}">Exit</a></div>
        </div>
      </form>
    </div>
  </div>
  <div class="is-hidden" data-pane="registered" data-tabs-scope="api-user">
    <div class="box">
      <p class="title is-5">GSPs registered for ${esc(gstin)}</p>
      <div class="table-container"><table class="table is-fullwidth is-striped">
        <thead><tr><th>Sl. No.</th><th>GSP Name</th><th>API Username</th><th>Registered On</th><th>Status</th></tr></thead>
        <tbody id="registered-rows">${registeredRows(rows)}</tbody>
      </table></div>
    </div>
  </div>
</div>`;
}

function createModals(): string {
  return `<div class="modal" id="confirm-modal">
  <div class="modal-background"></div>
  <div class="modal-card">
    <header class="modal-card-head">
      <p class="modal-card-title">Confirm</p>
      <button class="delete" type="button" aria-label="close"></button>
    </header>
    <section class="modal-card-body">
      <p>Do you want to create the API user <strong id="confirm-username"></strong> for the GSP <strong id="confirm-gsp"></strong>?</p>
      <p class="is-size-7 has-text-grey mt-3">The username cannot be changed after it is created.</p>
    </section>
    <footer class="modal-card-foot">
      <button class="button is-success" type="button" id="confirm-yes">Yes, Submit</button>
      <button class="button" type="button" data-dismiss="modal">Cancel</button>
    </footer>
  </div>
</div>
<div class="modal" id="message-modal">
  <div class="modal-background"></div>
  <div class="modal-card">
    <header class="modal-card-head">
      <p class="modal-card-title">Alert</p>
      <button class="delete" type="button" aria-label="close"></button>
    </header>
    <section class="modal-card-body"><p id="message-modal-text"></p></section>
    <footer class="modal-card-foot"><button class="button is-link" type="button" data-dismiss="modal">OK</button></footer>
  </div>
</div>`;
}

function simpleAppBody(label: string): string {
  return `<nav class="breadcrumb" aria-label="breadcrumbs"><ul><li><a href="${DASHBOARD_PATH}">Home</a></li><li class="is-active"><a href="#" aria-current="page">${esc(label)}</a></li></ul></nav>
<h1 class="title is-4">${esc(label)}</h1>
<div id="page-messages"></div>
<div class="box"><div class="notification is-info is-light">No records found for the selected criteria.</div></div>`;
}

function infoBody(slug: string): string {
  const title = slug
    .split('-')
    .map((w) => (w ? (w[0] ?? '').toUpperCase() + w.slice(1) : w))
    .join(' ');
  return `<section class="section"><div class="container"><h1 class="title is-4">${esc(title)}</h1><div class="content"><p>This section is being updated. Please visit again later or refer to the User Manual.</p></div></div></section>`;
}

// ---------------------------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------------------------

const PASSWORD_RULE = (p: string) =>
  p.length >= 8 &&
  p.length <= 20 &&
  /[A-Z]/.test(p) &&
  /[a-z]/.test(p) &&
  /\d/.test(p) &&
  /[^A-Za-z0-9]/.test(p);

export async function startR8BulmaRendition(options: R8BulmaOptions = {}): Promise<R8BulmaRendition> {
  const state: R8BulmaState = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: (options.captcha ?? 'K7Q2M').toUpperCase(),
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const techContact = options.techContact ?? true;
  const sessions = new Map<string, Session>();
  let pendingExpiry: R8BulmaExpiry | undefined = options.expireOnce;
  let captchaSeed = 12345;

  function newSession(): Session {
    const s: Session = {
      id: token(),
      csrf: token(),
      stage: 'anon',
      techContactShown: false,
      apiOtpSent: false,
      apiOtpTries: 0,
      apiVerified: false,
    };
    sessions.set(s.id, s);
    return s;
  }

  function sessionOf(req: IncomingMessage): Session | undefined {
    const id = parseCookies(req).sessionid;
    return id ? sessions.get(id) : undefined;
  }

  function sessionCookie(s: Session): string {
    return `sessionid=${s.id}; Path=/; HttpOnly; SameSite=Lax`;
  }

  function send(
    res: ServerResponse,
    status: number,
    body: string,
    type: string,
    extra: Record<string, string | string[]> = {},
  ) {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
    res.end(body);
  }

  function html(res: ServerResponse, body: string, session?: Session, status = 200) {
    send(
      res,
      status,
      body,
      'text/html; charset=utf-8',
      session ? { 'Set-Cookie': sessionCookie(session) } : {},
    );
  }

  function json(res: ServerResponse, status: number, body: unknown, session?: Session) {
    send(
      res,
      status,
      JSON.stringify(body),
      'application/json; charset=utf-8',
      session ? { 'Set-Cookie': sessionCookie(session) } : {},
    );
  }

  function redirect(res: ServerResponse, location: string, session?: Session, status = 302) {
    const headers: Record<string, string> = { Location: location, 'Cache-Control': 'no-store' };
    if (session) headers['Set-Cookie'] = sessionCookie(session);
    res.writeHead(status, headers);
    res.end();
  }

  function expiredJson(res: ServerResponse) {
    json(res, 401, {
      ok: false,
      error: 'session_expired',
      message: 'Your session has expired. Please login again.',
      redirect: EXPIRED_REDIRECT,
    });
  }

  /** The first call of the configured stage finds its session deleted. */
  function expireHere(stage: R8BulmaExpiry, session: Session, res: ServerResponse): boolean {
    if (pendingExpiry !== stage) return false;
    pendingExpiry = undefined;
    sessions.delete(session.id);
    state.expired.push(stage);
    expiredJson(res);
    return true;
  }

  function registered(): RegisteredRow[] {
    const rows: RegisteredRow[] = [PRE_REGISTERED];
    for (const u of state.users) {
      if (u.gstin === state.gstin)
        rows.push({ gsp: u.gsp, username: u.username, on: formatDate(new Date(u.createdOn)) });
    }
    return rows;
  }

  function cookieConsent(req: IncomingMessage): boolean {
    return parseCookies(req).cookie_consent === 'accepted';
  }

  function renderLogin(
    req: IncomingMessage,
    res: ServerResponse,
    session: Session,
    view: Omit<LoginView, 'csrf'>,
  ) {
    html(
      res,
      publicLayout({
        title: 'Login',
        page: 'login',
        active: 'login',
        csrf: session.csrf,
        showCookieBar: !cookieConsent(req),
        body: loginBody({ ...view, csrf: session.csrf }),
      }),
      session,
    );
  }

  function authed(req: IncomingMessage): Session | undefined {
    const s = sessionOf(req);
    return s && s.stage === 'auth' ? s : undefined;
  }

  function csrfOk(req: IncomingMessage, session: Session): boolean {
    return req.headers['x-csrftoken'] === session.csrf;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';

    // static assets
    if (method === 'GET' && path === '/static/css/bulma-portal.css') {
      return send(res, 200, BULMA_CSS, 'text/css; charset=utf-8');
    }
    if (method === 'GET' && path === '/static/js/portal.js') {
      return send(res, 200, PORTAL_JS, 'application/javascript; charset=utf-8');
    }
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (method === 'GET' && path === '/captcha/image/') {
      captchaSeed += 7919;
      return send(res, 200, captchaSvg(state.captcha, captchaSeed), 'image/svg+xml');
    }

    // public pages
    if (method === 'GET' && (path === '/' || path === '/index.php')) {
      const session = sessionOf(req) ?? newSession();
      return html(
        res,
        publicLayout({
          title: 'Home',
          page: 'home',
          active: 'home',
          csrf: session.csrf,
          showCookieBar: !cookieConsent(req),
          body: homeBody(url.searchParams.has('logged_out')),
        }),
        session,
      );
    }
    if (method === 'GET' && path.startsWith('/info/')) {
      const session = sessionOf(req) ?? newSession();
      const slug = path.slice('/info/'.length).replace(/\/$/, '') || 'information';
      return html(
        res,
        publicLayout({
          title: 'Information',
          page: 'info',
          active: '',
          csrf: session.csrf,
          showCookieBar: !cookieConsent(req),
          body: infoBody(slug),
        }),
        session,
      );
    }

    if (path === LOGIN_PATH && method === 'GET') {
      const existing = sessionOf(req);
      if (existing?.stage === 'auth') return redirect(res, DASHBOARD_PATH);
      const session = existing ?? newSession();
      session.stage = 'anon';
      const expired = url.searchParams.get('session') === 'expired';
      return renderLogin(req, res, session, {
        warning: expired ? 'Your session has expired. Please login again.' : undefined,
        info: !expired && url.searchParams.has('next') ? 'Please login to continue.' : undefined,
      });
    }
    if (path === LOGIN_PATH && method === 'POST') {
      const form = await readBody(req);
      let session = sessionOf(req);
      if (!session || form.csrfmiddlewaretoken !== session.csrf) {
        session = session ?? newSession();
        return renderLogin(req, res, session, {
          username: form.username,
          warning: 'Your form has expired. Please try again.',
        });
      }
      const username = (form.username ?? '').trim();
      const password = form.password ?? '';
      const captcha = (form.captcha ?? '').trim();
      const fieldErrors: LoginView['fieldErrors'] = {};
      if (!username) fieldErrors.username = 'Please enter your username.';
      if (!password) fieldErrors.password = 'Please enter your password.';
      if (!captcha) fieldErrors.captcha = 'Please enter the captcha.';
      if (Object.keys(fieldErrors).length) return renderLogin(req, res, session, { username, fieldErrors });
      if (captcha.toUpperCase() !== state.captcha) {
        state.refusals.push('captcha');
        return renderLogin(req, res, session, {
          username,
          error: 'Invalid Captcha. Please enter the characters shown in the image.',
          fieldErrors: { captcha: 'Invalid Captcha.' },
        });
      }
      if (username.toLowerCase() !== LOGIN.username.toLowerCase() || password !== LOGIN.password) {
        state.refusals.push('login');
        return renderLogin(req, res, session, {
          username,
          error: 'Invalid Login Credentials. Please check your username and password.',
        });
      }
      // rotate the session key at login, as Django does
      sessions.delete(session.id);
      const fresh = newSession();
      fresh.stage = 'otp';
      return redirect(res, VERIFY_PATH, fresh, 303);
    }
    if (path === VERIFY_PATH && method === 'GET') {
      const session = sessionOf(req);
      if (session?.stage === 'auth') return redirect(res, DASHBOARD_PATH);
      if (session?.stage !== 'otp') return redirect(res, LOGIN_PATH);
      return html(
        res,
        publicLayout({
          title: 'Verify OTP',
          page: 'login-otp',
          active: 'login',
          csrf: session.csrf,
          showCookieBar: !cookieConsent(req),
          body: loginOtpBody(),
        }),
        session,
      );
    }
    if (path === VERIFY_PATH && method === 'POST') {
      const body = await readBody(req);
      await delay(AJAX_DELAY_MS);
      const session = sessionOf(req);
      if (session?.stage !== 'otp') return expiredJson(res);
      if (!csrfOk(req, session))
        return json(res, 403, {
          ok: false,
          message: 'Request could not be verified. Please reload the page.',
        });
      if ((body.otp ?? '').trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        return json(res, 200, {
          ok: false,
          message: 'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
        });
      }
      session.stage = 'auth';
      return json(res, 200, { ok: true, redirect: DASHBOARD_PATH });
    }
    if (path === '/accounts/login/resend/' && method === 'POST') {
      await readBody(req);
      await delay(AJAX_DELAY_MS);
      const session = sessionOf(req);
      if (session?.stage !== 'otp') return expiredJson(res);
      return json(res, 200, {
        ok: true,
        message: `OTP has been resent to your registered mobile number ${MOBILE}.`,
      });
    }
    if (path === '/accounts/logout/') {
      const session = sessionOf(req);
      if (session) sessions.delete(session.id);
      res.writeHead(302, {
        Location: '/?logged_out=1',
        'Set-Cookie': 'sessionid=; Path=/; HttpOnly; Max-Age=0',
      });
      res.end();
      return;
    }

    // ajax calls after login
    if (method === 'POST' && path.startsWith('/ajax/')) {
      const body = await readBody(req);
      await delay(AJAX_DELAY_MS);
      const session = authed(req);
      if (!session) return expiredJson(res);
      if (!csrfOk(req, session))
        return json(res, 403, {
          ok: false,
          message: 'Request could not be verified. Please reload the page.',
        });

      if (path === '/ajax/tech-contact/') {
        return json(res, 200, { ok: true, message: 'Technical contact details updated successfully.' });
      }
      if (path === '/ajax/api-registration/send-otp/') {
        if (expireHere('api-otp-send', session, res)) return;
        const channel = body.channel === 'email' ? 'email' : body.channel === 'sms' ? 'sms' : '';
        if (!channel)
          return json(res, 200, { ok: false, message: 'Please select where you want to receive the OTP.' });
        session.apiOtpSent = true;
        session.apiOtpTries = 0;
        session.apiVerified = false;
        return json(res, 200, {
          ok: true,
          message:
            channel === 'sms'
              ? `OTP has been sent to your registered mobile number ${MOBILE}.`
              : `OTP has been sent to your registered e-mail ID ${EMAIL}.`,
        });
      }
      if (path === '/ajax/api-registration/verify-otp/') {
        if (expireHere('api-otp-verify', session, res)) return;
        if (!session.apiOtpSent) return json(res, 200, { ok: false, message: 'Please click Get OTP first.' });
        if (session.apiOtpTries >= MAX_API_OTP_TRIES) {
          return json(res, 200, {
            ok: false,
            message: 'Maximum attempts exceeded. Please click Resend OTP.',
          });
        }
        if ((body.otp ?? '').trim() !== state.apiOtp) {
          session.apiOtpTries += 1;
          state.refusals.push('api-otp');
          return json(res, 200, { ok: false, message: 'Invalid OTP. Please enter the correct OTP.' });
        }
        session.apiVerified = true;
        return json(res, 200, { ok: true, message: 'OTP verified successfully.' });
      }
      if (path === '/ajax/api-registration/create-user/') {
        if (expireHere('submit', session, res)) return;
        if (!session.apiVerified) {
          return json(res, 200, {
            ok: false,
            message: 'Please verify the OTP before creating the API user.',
          });
        }
        if (body.mode !== 'gsp') {
          return json(res, 200, {
            ok: false,
            field: 'reg_mode',
            message: 'This option is not available for your GSTIN.',
          });
        }
        const gsp = GSP_BY_CODE.get(body.gsp ?? '');
        if (!gsp) return json(res, 200, { ok: false, field: 'gsp', message: 'Please select your GSP.' });
        const typed = (body.username ?? '').trim();
        if (!/^[A-Za-z0-9_]{4,16}$/.test(typed)) {
          return json(res, 200, {
            ok: false,
            field: 'username',
            message: 'Username must be 4 to 16 characters: letters, digits or underscore.',
          });
        }
        const password = body.password ?? '';
        if (!PASSWORD_RULE(password)) {
          return json(res, 200, {
            ok: false,
            field: 'password',
            message:
              'Password must be 8 to 20 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
          });
        }
        if (password !== (body.confirm_password ?? '')) {
          return json(res, 200, { ok: false, field: 'confirm_password', message: 'Passwords do not match.' });
        }
        const full = `API_${typed}`;
        if (registered().some((r) => r.gsp === gsp)) {
          state.refusals.push('duplicate');
          return json(res, 200, {
            ok: false,
            kind: 'duplicate',
            message: `GSTIN ${state.gstin} is already registered with the GSP ${gsp}. Only one API user can be created per GSP.`,
          });
        }
        const taken = [...TAKEN_USERNAMES, ...state.users.map((u) => u.username)].some(
          (u) => u.toLowerCase() === full.toLowerCase(),
        );
        if (taken) {
          state.refusals.push('username-taken');
          return json(res, 200, {
            ok: false,
            kind: 'username-taken',
            field: 'username',
            message: `Username ${full} is already taken. Please choose another username.`,
          });
        }
        state.users.push({
          gstin: state.gstin,
          gsp,
          username: full,
          password,
          createdOn: new Date().toISOString(),
        });
        return json(res, 200, { ok: true, username: full, gsp, registered: registered() });
      }
      return json(res, 404, { ok: false, message: 'Not found.' });
    }

    // pages after login
    const isAppPage = path === DASHBOARD_PATH || path === CREATE_PATH || LEAF_PAGES.has(path);
    if (method === 'GET' && isAppPage) {
      const session = authed(req);
      if (!session) return redirect(res, `${LOGIN_PATH}?next=${encodeURIComponent(path)}`);
      if (path === DASHBOARD_PATH) {
        const showModal = techContact && !session.techContactShown;
        session.techContactShown = true;
        return html(
          res,
          appLayout({
            title: 'Dash Board',
            page: 'dashboard',
            activeHref: DASHBOARD_PATH,
            csrf: session.csrf,
            gstin: state.gstin,
            body: dashboardBody(state.gstin),
            after: showModal ? techContactModal() : '',
            clipped: showModal,
          }),
        );
      }
      if (path === CREATE_PATH) {
        session.apiOtpSent = false;
        session.apiOtpTries = 0;
        session.apiVerified = false;
        return html(
          res,
          appLayout({
            title: 'Create API User',
            page: 'create-api-user',
            activeHref: CREATE_PATH,
            csrf: session.csrf,
            gstin: state.gstin,
            body: createBody(state.gstin, registered()),
            after: createModals(),
          }),
        );
      }
      const label = LEAF_PAGES.get(path) ?? 'Page';
      return html(
        res,
        appLayout({
          title: label,
          page: 'leaf',
          activeHref: path,
          csrf: session.csrf,
          gstin: state.gstin,
          body: simpleAppBody(label),
        }),
      );
    }

    const session = sessionOf(req);
    return send(
      res,
      404,
      publicLayout({
        title: 'Page not found',
        page: 'not-found',
        active: '',
        csrf: session?.csrf ?? '',
        showCookieBar: false,
        body: `<section class="section"><div class="container"><h1 class="title is-4">Page not found</h1><p>The page you requested does not exist. <a href="/">Go to the home page</a>.</p></div></section>`,
      }),
      'text/html; charset=utf-8',
    );
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, `Internal error: ${String(err)}`, 'text/plain; charset=utf-8');
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const R8_BULMA_LOGIN = LOGIN;
