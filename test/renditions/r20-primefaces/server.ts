/**
 * Rendition r20-primefaces: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and guide.md), drawn as a JSF 2.3 application with PrimeFaces 8
 * and its Saga theme would draw it: a hand-written runtime reproduces PrimeFaces' DOM (class
 * names, hidden native inputs, overlays appended to body, fades and slides, modal layers) and its
 * AJAX (queued `javax.faces.partial.ajax` POSTs answered with `<partial-response>` XML).
 *
 * Choices made where the docs are silent:
 * - URLs: home `/`; login `/login.xhtml` (`?expired=true` adds the expiry warning); login OTP
 *   `/loginOtp.xhtml`; dashboard `/secure/dashboard.xhtml`; Create API User
 *   `/secure/apiRegistration/createApiUser.xhtml`; other menu leaves `/secure/module.xhtml?m=...`
 *   (a "This facility is not available at present" page); `/logout.xhtml`. Styles, script and
 *   the captcha are served under `/javax.faces.resource/` (the captcha as p:graphicImage dynamic
 *   content, an SVG). Every form posts by AJAX to its page URL; nothing typed goes into a URL.
 * - Login: PRIMEFACES_R20_LOGIN = unitedtraders27 / Utr@Pune2025 (user name case-insensitive).
 *   Home has a p:menubar (Home, Notices, Contact Us) and a p:button "Login"
 *   (`#btnLogin.homepageloginbtn`) that opens the login page. Panel "Login": "Username",
 *   "Password", "Captcha" (picture + refresh link titled "Refresh Captcha"), "Enter Captcha",
 *   button "Login" (ids loginForm:txtUserName, :txtPassword, :txtCaptcha, :btnLogin).
 * - Captcha: the configured text drawn with a stroke font, random rotation, dots and curves, new
 *   noise on every load; compared case-insensitively and checked before the credentials.
 * - Login refusals in p:messages: "Invalid Captcha... Please enter the characters shown in the
 *   image." and "Invalid Login Credentials... Please check your User Name and Password."; the
 *   captcha is redrawn and password and captcha boxes cleared. Empty fields give "User Name: /
 *   Password: / Captcha: Please enter the ..." and record no refusal.
 * - Login OTP: panel "OTP Verification" (OTP sent to XXXXXX4321, Sandes, NIC-GST-Shield),
 *   "Enter OTP" as p:inputMask 999999 (otpForm:txtOtp), "Verify OTP" (otpForm:btnVerifyOTP),
 *   "Resend OTP" (growl), "Back to Login". Wrong: "Invalid OTP. Please enter the correct OTP."
 * - Popup: after each login the first dashboard view shows a modal p:dialog "Contacts of
 *   Technical Person" (fade in, separate `.ui-widget-overlay` on body) with Name, Mobile No.,
 *   Email ID boxes, "Update" (AJAX, growl, then closes), "Exit" (`.ui-button-danger`) and the
 *   title-bar x. It is the only popup.
 * - Dashboard: heading "Dash Board", panels "Generations", "Cancelled", "API Users"; topbar with
 *   GSTIN, user name and "Logout"; breadcrumb on every secure page.
 * - Menu: a "Dash Board" link above a stateful p:panelMenu (expanded groups remembered in
 *   localStorage, 400 ms slide): "e-Invoice", "MIS Reports", "User Management",
 *   "API Registration" > "User Credentials" (a tree submenu) > "Create API User",
 *   "Freeze API User", "Change API Password"; and "IP Whitelisting".
 * - API OTP: panel "API Registration" on page "Create API User". An autoRun p:remoteCommand sends
 *   the OTP on page load (growl "OTP Sent"; text "An OTP has been sent to your registered mobile
 *   number XXXXXX4321..."); "Enter OTP" is a plain p:inputText; "Verify OTP" and "Resend OTP".
 *   Wrong: "Invalid OTP. Please enter the correct OTP sent to your registered mobile number."
 *   Each page load is a new view (like @ViewScoped): the OTP is sent and verified again.
 * - Registration form (after growl "OTP Verified"): "Do you wish to Register your GSTIN for" as
 *   p:selectOneRadio (pageDirection: one row per option, hidden radios, `.ui-radiobutton-box`): "Directly", "Through GSP",
 *   "Through ERP", "Through Client-Id of other", none preselected; a p:ajax change re-renders
 *   the fields. Through GSP: "Select your GSP" p:selectOneMenu (hidden select, label, panel
 *   appended to body with a "contains" filter box, 400 ms fade, 24 GSP names, "--Select--"
 *   first). Through ERP: "Select your ERP"; Client-Id of other: "GSTIN of the Client-Id owner";
 *   Directly: a warning box only. Then "Username" behind a fixed "API_" addon (4 to 11 letters
 *   or digits), "Password" (p:password with a Weak/Good/Strong panel on body) and
 *   "Re-enter Password" (8-15 chars, upper, lower, digit, special), buttons "Submit" and "Exit"
 *   (back to the dashboard).
 * - Submit: a global p:confirmDialog "Confirmation" / "Are you sure you want to submit the
 *   details for creating the API user?" with "Yes" / "No"; Yes posts. Field errors go to
 *   p:messages with `ui-state-error` on the fields; passwords are never redisplayed. Only
 *   "Through GSP" can succeed ("Not eligible:" for Directly, "Not permitted:" for the others).
 * - Verdicts: modal p:dialog "API User Created" ("API user API_x has been created successfully
 *   for the GSP ...", button "OK") plus growl "Success"; refusals as the same dialog titled
 *   "Already Registered" (same GSTIN and GSP; seeded TERA SOFTWARE LIMITED / API_teraunited)
 *   or "User Name Not Available". The p:dataTable "GSPs registered for GSTIN ..." in panel
 *   "Registered GSPs" (Sl. No., GSP Name, User Name, Created On, Status) shows under the form
 *   after the OTP is verified and is refreshed by every Submit.
 * - Sessions: JSESSIONID cookie, server-side views keyed by a `long:long` javax.faces.ViewState
 *   (15 per session). A secure page GET without a session redirects to
 *   `/login.xhtml?expired=true` (with a session not logged in: to `/login.xhtml`). An AJAX POST
 *   with no session or an unknown ViewState answers a partial-response `<eval>` (as a
 *   p:ajaxExceptionHandler would) that shows the modal "Session Expired" dialog ("Login Again")
 *   and goes to `/login.xhtml?expired=true` after 3 s, where p:messages warns "Your session has
 *   expired. Please login again."
 * - expireOnce: the first request of the stage ('api-otp-send': the automatic send or "Resend
 *   OTP"; 'api-otp-verify': "Verify OTP" on Create API User; 'submit': the post after "Yes")
 *   deletes the session, is pushed to `expired` and is answered like any lost session; once per
 *   server.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type PrimefacesR20Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface PrimefacesR20Options {
  expireOnce?: PrimefacesR20Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface PrimefacesR20State {
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
export interface PrimefacesR20Rendition {
  url: string;
  close(): Promise<void>;
  state: PrimefacesR20State;
}
export const PRIMEFACES_R20_LOGIN: { username: string; password: string } = {
  username: 'unitedtraders27',
  password: 'Utr@Pune2025',
};

// ---------------------------------------------------------------------------
// Facts of this rendition
// ---------------------------------------------------------------------------

const MOBILE_MASKED = 'XXXXXX4321';
const TRADE_NAME = 'UNITED TRADERS';
const SEED_USER = 'API_teraunited';

const GSP_NAMES: readonly string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Bodhtree Consulting Limited',
  'Botree Software International Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'CDSL Ventures Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Deloitte Touche Tohmatsu India LLP',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'Mastek Limited',
  'Masters India Private Limited',
  'Reliance Corporate IT Park Limited',
  'Seshaasai Business Forms Private Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
];
const GSPS: { value: string; label: string }[] = [...GSP_NAMES]
  .sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))
  .map((label, i) => ({ value: `GSP${String(i + 101)}`, label }));

const ERPS: { value: string; label: string }[] = [
  { value: 'ERP01', label: 'SAP S/4HANA' },
  { value: 'ERP02', label: 'Oracle E-Business Suite' },
  { value: 'ERP03', label: 'Microsoft Dynamics 365' },
  { value: 'ERP04', label: 'Tally Prime' },
  { value: 'ERP05', label: 'Infor LN' },
];

const MODES: { value: string; label: string }[] = [
  { value: 'DIRECT', label: 'Directly' },
  { value: 'GSP', label: 'Through GSP' },
  { value: 'ERP', label: 'Through ERP' },
  { value: 'OTHER', label: 'Through Client-Id of other' },
];

const MODULES: Record<string, string> = {
  'generate-irn': 'Generate IRN',
  'cancel-irn': 'Cancel IRN',
  'irn-details': 'Get IRN Details',
  'bulk-upload': 'Bulk Upload',
  'mis-irn': 'IRN Details Report',
  'mis-summary': 'Summary Report',
  'create-subuser': 'Create Sub-User',
  'update-subuser': 'Update Sub-User',
  'change-password': 'Change Password',
  'freeze-api-user': 'Freeze API User',
  'change-api-password': 'Change API Password',
  'ip-whitelisting': 'IP Whitelisting',
};

const P_HOME = '/';
const P_LOGIN = '/login.xhtml';
const P_OTP = '/loginOtp.xhtml';
const P_LOGOUT = '/logout.xhtml';
const P_DASH = '/secure/dashboard.xhtml';
const P_API = '/secure/apiRegistration/createApiUser.xhtml';
const P_MODULE = '/secure/module.xhtml';
const EXPIRED_URL = '/login.xhtml?expired=true';

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A value written into client script: JSON with `<` escaped so that no `</script>` can appear. */
function js(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c');
}

function cdata(s: string): string {
  return s.replace(/]]>/g, ']]]]><![CDATA[>');
}

function widgetVarOf(id: string): string {
  return `widget_${id.replace(/[:-]/g, '_')}`;
}

function signedLong(): string {
  return randomBytes(8).readBigInt64BE().toString();
}

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

// ---------------------------------------------------------------------------
// Captcha picture: a hand-made stroke font, drawn with noise
// ---------------------------------------------------------------------------

const GLYPHS: Record<string, string> = {
  A: '0,6 0,2 2,0 4,2 4,6|0,4 4,4',
  B: '0,0 0,6 3,6 4,5 4,4 3,3 0,3|0,0 3,0 4,1 4,2 3,3',
  C: '4,0 1,0 0,1 0,5 1,6 4,6',
  D: '0,0 0,6 3,6 4,5 4,1 3,0 0,0',
  E: '4,0 0,0 0,6 4,6|0,3 3,3',
  F: '4,0 0,0 0,6|0,3 3,3',
  G: '4,1 3,0 1,0 0,1 0,5 1,6 3,6 4,5 4,3 2,3',
  H: '0,0 0,6|4,0 4,6|0,3 4,3',
  I: '1,0 3,0|2,0 2,6|1,6 3,6',
  J: '4,0 4,5 3,6 1,6 0,5',
  K: '0,0 0,6|4,0 0,4|1,3 4,6',
  L: '0,0 0,6 4,6',
  M: '0,6 0,0 2,3 4,0 4,6',
  N: '0,6 0,0 4,6 4,0',
  O: '1,0 3,0 4,1 4,5 3,6 1,6 0,5 0,1 1,0',
  P: '0,6 0,0 3,0 4,1 4,2 3,3 0,3',
  Q: '1,0 3,0 4,1 4,5 3,6 1,6 0,5 0,1 1,0|2,4 4,6',
  R: '0,6 0,0 3,0 4,1 4,2 3,3 0,3|2,3 4,6',
  S: '4,1 3,0 1,0 0,1 0,2 1,3 3,3 4,4 4,5 3,6 1,6 0,5',
  T: '0,0 4,0|2,0 2,6',
  U: '0,0 0,5 1,6 3,6 4,5 4,0',
  V: '0,0 2,6 4,0',
  W: '0,0 1,6 2,3 3,6 4,0',
  X: '0,0 4,6|4,0 0,6',
  Y: '0,0 2,3 4,0|2,3 2,6',
  Z: '0,0 4,0 0,6 4,6',
  '0': '1,0 3,0 4,1 4,5 3,6 1,6 0,5 0,1 1,0|0,5 4,1',
  '1': '1,1 2,0 2,6|1,6 3,6',
  '2': '0,1 1,0 3,0 4,1 4,2 0,6 4,6',
  '3': '0,1 1,0 3,0 4,1 4,2 3,3 4,4 4,5 3,6 1,6 0,5|1,3 3,3',
  '4': '3,6 3,0 0,4 4,4',
  '5': '4,0 0,0 0,3 3,3 4,4 4,5 3,6 0,6',
  '6': '3,0 1,0 0,1 0,5 1,6 3,6 4,5 4,4 3,3 0,3',
  '7': '0,0 4,0 1,6',
  '8': '1,0 3,0 4,1 4,2 3,3 1,3 0,2 0,1 1,0|1,3 0,4 0,5 1,6 3,6 4,5 4,4 3,3',
  '9': '4,3 1,3 0,2 0,1 1,0 3,0 4,1 4,5 3,6 1,6',
};

function captchaSvg(text: string): string {
  const w = 160;
  const h = 50;
  const rnd = (a: number, b: number): number => a + Math.random() * (b - a);
  const noise = ['#8aa1bd', '#b08d57', '#7f9f80', '#a07aa8', '#6f8fb0'];
  const ink = ['#1f3a5f', '#3b2a52', '#214d3a', '#5a2c2c'];
  const pick = (arr: string[]): string => arr[Math.floor(Math.random() * arr.length)] ?? '#333';
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    '<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#eef3f8"/><stop offset="1" stop-color="#d9e3ee"/></linearGradient></defs>',
    `<rect width="${w}" height="${h}" fill="url(#bg)"/>`,
  ];
  for (let i = 0; i < 80; i++) {
    out.push(
      `<circle cx="${rnd(0, w).toFixed(1)}" cy="${rnd(0, h).toFixed(1)}" r="${rnd(0.5, 1.7).toFixed(1)}" fill="${pick(noise)}" opacity="0.75"/>`,
    );
  }
  for (let i = 0; i < 5; i++) {
    out.push(
      `<path d="M${rnd(0, 20).toFixed(1)} ${rnd(0, h).toFixed(1)} Q ${rnd(40, 120).toFixed(1)} ${rnd(-10, h + 10).toFixed(1)} ${rnd(140, 160).toFixed(1)} ${rnd(0, h).toFixed(1)}" stroke="${pick(noise)}" stroke-width="${rnd(0.8, 1.6).toFixed(1)}" fill="none" opacity="0.85"/>`,
    );
  }
  const chars = text.toUpperCase().split('');
  const step = (w - 24) / Math.max(chars.length, 1);
  chars.forEach((ch, i) => {
    const glyph = GLYPHS[ch];
    if (!glyph) return;
    const s = rnd(4.2, 5.0);
    const cx = 12 + step * i + step / 2;
    const cy = h / 2 + rnd(-3, 3);
    const rot = rnd(-20, 20);
    const lines = glyph
      .split('|')
      .map((pl) => {
        const pts = pl
          .split(' ')
          .map((pt) => {
            const [x, y] = pt.split(',').map(Number);
            return `${((x ?? 0) * s).toFixed(1)},${((y ?? 0) * s).toFixed(1)}`;
          })
          .join(' ');
        return `<polyline points="${pts}"/>`;
      })
      .join('');
    out.push(
      `<g transform="rotate(${rot.toFixed(1)} ${cx.toFixed(1)} ${cy.toFixed(1)}) translate(${(cx - 2 * s).toFixed(1)} ${(cy - 3 * s).toFixed(1)})" fill="none" stroke="${pick(ink)}" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round">${lines}</g>`,
    );
  });
  for (let i = 0; i < 2; i++) {
    out.push(
      `<path d="M0 ${rnd(10, 40).toFixed(1)} C ${rnd(30, 60).toFixed(1)} ${rnd(0, h).toFixed(1)} ${rnd(90, 130).toFixed(1)} ${rnd(0, h).toFixed(1)} ${w} ${rnd(10, 40).toFixed(1)}" stroke="${pick(ink)}" stroke-width="1.1" fill="none" opacity="0.6"/>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}

// ---------------------------------------------------------------------------
// Theme (PrimeFaces 8 Saga, hand-written) and application layout
// ---------------------------------------------------------------------------

function svgUrl(inner: string, color: string): string {
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='${color}' stroke-width='2' stroke-linecap='round' stroke-linejoin='round'>${inner.replace(/"/g, "'")}</svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

const ICON_DEFS: [string[], string][] = [
  [['ui-icon-triangle-1-e', 'pi-chevron-right'], '<path d="M9 6l6 6-6 6"/>'],
  [['ui-icon-triangle-1-s', 'pi-chevron-down'], '<path d="M6 9l6 6 6-6"/>'],
  [['ui-icon-closethick', 'ui-icon-close', 'pi-times'], '<path d="M6 6l12 12M18 6L6 18"/>'],
  [['ui-icon-search', 'pi-search'], '<circle cx="11" cy="11" r="7"/><path d="M16.5 16.5L21 21"/>'],
  [['ui-icon-check', 'pi-check'], '<path d="M5 12l5 5 9-10"/>'],
  [['pi-refresh'], '<path d="M20 11a8 8 0 1 0-2.3 5.7"/><path d="M20 4v7h-7"/>'],
  [['ui-icon-alert', 'pi-exclamation-triangle'], '<path d="M12 3L2 21h20z"/><path d="M12 10v5M12 18v.5"/>'],
  [['pi-info-circle'], '<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.5"/>'],
  [['pi-times-circle'], '<circle cx="12" cy="12" r="9"/><path d="M9 9l6 6M15 9l-6 6"/>'],
  [['pi-check-circle'], '<circle cx="12" cy="12" r="9"/><path d="M8 12l3 3 5-6"/>'],
  [['ui-icon-home', 'pi-home'], '<path d="M3 11l9-8 9 8M5 10v10h5v-6h4v6h5V10"/>'],
  [['pi-user'], '<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4 4-6 8-6s8 2 8 6"/>'],
  [['pi-sign-in'], '<path d="M10 4H5v16h5M14 8l4 4-4 4M18 12H8"/>'],
  [['pi-sign-out'], '<path d="M14 4h5v16h-5M10 8l-4 4 4 4M6 12h10"/>'],
  [['pi-mobile'], '<rect x="7" y="2" width="10" height="20" rx="2"/><path d="M11 18h2"/>'],
  [['pi-spinner'], '<path d="M12 3a9 9 0 1 0 9 9"/>'],
  [['pi-send'], '<path d="M22 2L11 13M22 2l-7 20-4-9-9-4z"/>'],
  [['pi-key'], '<circle cx="7.5" cy="15.5" r="4.5"/><path d="M10.7 12.3L21 2M16 7l3 3M18 5l2 2"/>'],
];

function iconCss(): string {
  const rules: string[] = [];
  for (const [names, inner] of ICON_DEFS) {
    const sel = (prefix: string) => names.map((n) => `${prefix}.${n}`).join(',');
    rules.push(`${sel('')}{background-image:${svgUrl(inner, '#6c757d')}}`);
    rules.push(`${sel('.ui-button ')}{background-image:${svgUrl(inner, '#ffffff')}}`);
    rules.push(
      `${sel('.layout-header ')},${sel('.layout-topbar ')}{background-image:${svgUrl(inner, '#ffffff')}}`,
    );
    rules.push(
      `${sel('.ui-panelmenu-header.ui-state-active ')}{background-image:${svgUrl(inner, '#1565c0')}}`,
    );
  }
  const sev: [string, string, string][] = [
    ['info', '<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.5"/>', '#044868'],
    ['warn', '<path d="M12 3L2 21h20z"/><path d="M12 10v5M12 18v.5"/>', '#6d5100'],
    ['error', '<circle cx="12" cy="12" r="9"/><path d="M9 9l6 6M15 9l-6 6"/>', '#73000c'],
    ['fatal', '<circle cx="12" cy="12" r="9"/><path d="M9 9l6 6M15 9l-6 6"/>', '#73000c'],
  ];
  for (const [s, inner, color] of sev) {
    rules.push(`.ui-messages-${s}-icon,.ui-growl-image-${s}{background-image:${svgUrl(inner, color)}}`);
  }
  rules.push(
    `.dlg-icon.pi-check-circle{background-image:${svgUrl('<circle cx="12" cy="12" r="9"/><path d="M8 12l3 3 5-6"/>', '#689F38')}}`,
  );
  rules.push(
    `.dlg-icon.pi-times-circle{background-image:${svgUrl('<circle cx="12" cy="12" r="9"/><path d="M9 9l6 6M15 9l-6 6"/>', '#D32F2F')}}`,
  );
  rules.push(
    `.dlg-icon.pi-exclamation-triangle{background-image:${svgUrl('<path d="M12 3L2 21h20z"/><path d="M12 10v5M12 18v.5"/>', '#FBC02D')}}`,
  );
  return rules.join('\n');
}

const THEME_CSS_BASE = `/* PrimeFaces 8.0 - saga theme (structure and skin) */
.ui-widget,.ui-widget .ui-widget{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji";font-size:1rem;font-weight:normal;text-decoration:none}
.ui-widget input,.ui-widget select,.ui-widget textarea,.ui-widget button{font-family:inherit;font-size:1rem}
.ui-helper-hidden{display:none}
.ui-helper-hidden-accessible{border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px}
.ui-helper-reset{margin:0;padding:0;border:0;outline:0;line-height:1.3;text-decoration:none;font-size:100%;list-style:none}
.ui-helper-clearfix:after{content:"";display:table;clear:both}
.ui-state-disabled{cursor:default!important;opacity:.6;pointer-events:none}
.ui-icon,.pi{display:inline-block;width:1rem;height:1rem;background-repeat:no-repeat;background-position:center;background-size:contain;vertical-align:middle;overflow:hidden;text-indent:-9999px;flex-shrink:0}
.ui-icon-blank{background:none}
.pi-spin{animation:pi-spin 1s linear infinite}
@keyframes pi-spin{from{transform:rotate(0)}to{transform:rotate(360deg)}}
.ui-widget-overlay{position:fixed;top:0;left:0;width:100%;height:100%;background-color:rgba(0,0,0,.4)}
.ui-shadow{box-shadow:0 1px 3px rgba(0,0,0,.3)}
.ui-inputfield,.ui-inputtext{font-size:1rem;color:#495057;background:#fff;padding:.5rem .5rem;border:1px solid #ced4da;transition:background-color .2s,color .2s,border-color .2s,box-shadow .2s;appearance:none;border-radius:4px;box-sizing:border-box;margin:0;outline:0 none}
.ui-inputfield.ui-state-hover{border-color:#2196F3}
.ui-inputfield.ui-state-focus{outline:0 none;outline-offset:0;box-shadow:0 0 0 .2rem #a6d5fa;border-color:#2196F3}
.ui-inputfield.ui-state-error{border-color:#f44336}
.ui-inputfield::placeholder{color:#6c757d}
.ui-outputlabel{color:#495057}
.ui-outputlabel .ui-outputlabel-rfi{color:#f44336;padding-left:.25rem}
.ui-inputgroup{display:flex;align-items:stretch}
.ui-inputgroup .ui-inputgroup-addon{display:flex;align-items:center;justify-content:center;background:#e9ecef;color:#495057;border:1px solid #ced4da;border-right:0;padding:.5rem .75rem;min-width:2.357rem;border-top-left-radius:4px;border-bottom-left-radius:4px;font-weight:600}
.ui-inputgroup .ui-inputfield{border-top-left-radius:0;border-bottom-left-radius:0;flex:1 1 auto;width:1%}
.ui-button{display:inline-block;position:relative;overflow:visible;text-align:center;cursor:pointer;margin:0 .5rem 0 0;padding:0;color:#fff;background:#2196F3;border:1px solid #2196F3;font-size:1rem;transition:background-color .2s,color .2s,border-color .2s,box-shadow .2s;border-radius:4px;line-height:normal;vertical-align:middle}
.ui-button .ui-button-text{display:block;padding:.5rem 1rem;line-height:1.25}
.ui-button.ui-button-text-icon-left .ui-button-text{padding:.5rem 1rem .5rem 2.25rem}
.ui-button .ui-button-icon-left{position:absolute;left:.85rem;top:50%;margin-top:-.5rem}
.ui-button.ui-state-hover{background:#0d89ec;border-color:#0d89ec}
.ui-button.ui-state-active{background:#0b7ad1;border-color:#0b7ad1}
.ui-button.ui-state-focus{outline:0 none;outline-offset:0;box-shadow:0 0 0 .2rem #a6d5fa}
.ui-button.ui-button-secondary{background:#607D8B;border-color:#607D8B}
.ui-button.ui-button-secondary.ui-state-hover{background:#56717d;border-color:#56717d}
.ui-button.ui-button-danger{background:#D32F2F;border-color:#D32F2F}
.ui-button.ui-button-danger.ui-state-hover{background:#c02929;border-color:#c02929}
.ui-button.ui-button-danger.ui-state-focus{box-shadow:0 0 0 .2rem #edacac}
.ui-button.ui-button-success{background:#689F38;border-color:#689F38}
.ui-button.ui-button-success.ui-state-hover{background:#5e8f32;border-color:#5e8f32}
.ui-commandlink{color:#2196F3;text-decoration:none;cursor:pointer}
.ui-commandlink.ui-state-hover{text-decoration:underline}
.ui-panel{border-radius:4px}
.ui-panel .ui-panel-titlebar{padding:1rem;border:1px solid #dee2e6;background:#f8f9fa;color:#495057;border-top-right-radius:4px;border-top-left-radius:4px}
.ui-panel .ui-panel-titlebar .ui-panel-title{font-weight:600}
.ui-panel .ui-panel-content{padding:1rem;border:1px solid #dee2e6;background:#fff;color:#495057;border-top:0 none;border-bottom-right-radius:4px;border-bottom-left-radius:4px}
.ui-panelgrid{border-collapse:collapse}
.ui-panelgrid .ui-panelgrid-cell{padding:.5rem .75rem;border:1px solid #dee2e6}
.ui-panelgrid.ui-panelgrid-blank .ui-panelgrid-cell,.ui-panelgrid.ui-panelgrid-blank tr{border:0 none;background:transparent}
.ui-dialog{position:fixed;display:none;padding:0;border:0 none;border-radius:4px;background:#fff;box-shadow:0 11px 15px -7px rgba(0,0,0,.2),0 24px 38px 3px rgba(0,0,0,.14),0 9px 46px 8px rgba(0,0,0,.12);color:#495057;max-width:95vw}
.ui-dialog .ui-dialog-titlebar{display:flex;align-items:center;justify-content:space-between;background:#fff;color:#495057;padding:1.5rem;border:0 none;border-top-right-radius:4px;border-top-left-radius:4px}
.ui-dialog .ui-dialog-titlebar .ui-dialog-title{font-weight:600;font-size:1.25rem}
.ui-dialog .ui-dialog-titlebar .ui-dialog-titlebar-icon{width:2rem;height:2rem;display:inline-flex;align-items:center;justify-content:center;border-radius:50%;border:0 none;background:transparent;transition:background-color .2s;margin-left:.5rem}
.ui-dialog .ui-dialog-titlebar .ui-dialog-titlebar-icon.ui-state-hover{background:#e9ecef}
.ui-dialog .ui-dialog-content{background:#fff;color:#495057;padding:0 1.5rem 2rem 1.5rem;border:0 none}
.ui-dialog .ui-dialog-footer,.ui-dialog .ui-dialog-buttonpane{border-top:0 none;background:#fff;color:#495057;padding:0 1.5rem 1.5rem 1.5rem;text-align:right;border-bottom-right-radius:4px;border-bottom-left-radius:4px}
.ui-dialog .ui-dialog-footer .ui-button,.ui-dialog .ui-dialog-buttonpane .ui-button{margin:0 0 0 .5rem}
.ui-confirm-dialog .ui-dialog-content{display:flex;align-items:center}
.ui-confirm-dialog .ui-confirm-dialog-severity{width:2rem;height:2rem;margin-right:1rem}
.ui-messages>div{margin:0 0 1rem 0;padding:1rem 1.5rem;border-radius:4px;position:relative;display:flex;align-items:flex-start}
.ui-messages ul{margin:0;padding:0;list-style-type:none;display:inline-block}
.ui-messages ul li{padding:.1rem 0}
.ui-messages .ui-messages-close{position:absolute;top:.75rem;right:.75rem;width:1.5rem;height:1.5rem;display:inline-flex;align-items:center;justify-content:center;border-radius:50%}
.ui-messages .ui-messages-close:hover{background:rgba(255,255,255,.35)}
.ui-messages [class$="-icon"]{width:1.5rem;height:1.5rem;margin-right:.75rem;background-repeat:no-repeat;background-size:contain;flex-shrink:0;display:inline-block}
.ui-messages [class$="-summary"]{font-weight:700}
.ui-messages [class$="-detail"]{margin-left:.5rem}
.ui-messages .ui-messages-info{background:#B3E5FC;border:solid #0891cf;border-width:0 0 0 6px;color:#044868}
.ui-messages .ui-messages-warn{background:#FFECB3;border:solid #cc8925;border-width:0 0 0 6px;color:#6d5100}
.ui-messages .ui-messages-error,.ui-messages .ui-messages-fatal{background:#FFCDD2;border:solid #e60017;border-width:0 0 0 6px;color:#73000c}
.ui-growl{position:fixed;top:85px;right:20px;width:25rem}
.ui-growl .ui-growl-item-container{margin:0 0 1rem 0;border-radius:4px;box-shadow:0 3px 6px 0 rgba(0,0,0,.16)}
.ui-growl .ui-growl-item{padding:1rem;position:relative;display:flex;align-items:flex-start}
.ui-growl .ui-growl-image{width:2rem;height:2rem;margin-right:.75rem;background-repeat:no-repeat;background-size:contain;flex-shrink:0}
.ui-growl .ui-growl-message{flex:1}
.ui-growl .ui-growl-message .ui-growl-title{font-weight:700;display:block;margin-bottom:.25rem}
.ui-growl .ui-growl-message p{margin:0}
.ui-growl .ui-growl-icon-close{position:absolute;top:.5rem;right:.5rem;cursor:pointer}
.ui-growl .ui-growl-item-container.ui-growl-info{background:#B3E5FC;border:solid #0891cf;border-width:0 0 0 6px;color:#044868}
.ui-growl .ui-growl-item-container.ui-growl-warn{background:#FFECB3;border:solid #cc8925;border-width:0 0 0 6px;color:#6d5100}
.ui-growl .ui-growl-item-container.ui-growl-error,.ui-growl .ui-growl-item-container.ui-growl-fatal{background:#FFCDD2;border:solid #e60017;border-width:0 0 0 6px;color:#73000c}
.ui-selectonemenu{display:inline-block;position:relative;cursor:pointer;background:#fff;border:1px solid #ced4da;transition:background-color .2s,color .2s,border-color .2s,box-shadow .2s;border-radius:4px;padding-right:2.357rem;box-sizing:border-box;vertical-align:middle;min-width:12rem}
.ui-selectonemenu.ui-state-hover{border-color:#2196F3}
.ui-selectonemenu.ui-state-focus{outline:0 none;box-shadow:0 0 0 .2rem #a6d5fa;border-color:#2196F3}
.ui-selectonemenu.ui-state-error{border-color:#f44336}
.ui-selectonemenu .ui-selectonemenu-label{display:block;border:0 none;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;background:transparent;padding:.5rem;cursor:pointer;box-shadow:none;width:100%}
.ui-selectonemenu .ui-selectonemenu-trigger{position:absolute;top:0;right:0;width:2.357rem;height:100%;display:flex;align-items:center;justify-content:center;background:transparent;color:#6c757d;border:0 none;border-top-right-radius:4px;border-bottom-right-radius:4px}
.ui-selectonemenu-panel{position:absolute;top:0;left:0;background:#fff;color:#495057;border:0 none;border-radius:4px;box-shadow:0 2px 4px -1px rgba(0,0,0,.2),0 4px 5px 0 rgba(0,0,0,.14),0 1px 10px 0 rgba(0,0,0,.12)}
.ui-selectonemenu-panel .ui-selectonemenu-filter-container{position:relative;padding:.5rem 1rem;border-bottom:1px solid #dee2e6;background:#f8f9fa;margin:0;border-top-right-radius:4px;border-top-left-radius:4px}
.ui-selectonemenu-panel .ui-selectonemenu-filter-container .ui-selectonemenu-filter{width:100%;padding-right:1.75rem}
.ui-selectonemenu-panel .ui-selectonemenu-filter-container .ui-icon{position:absolute;top:50%;right:1.5rem;margin-top:-.5rem}
.ui-selectonemenu-panel .ui-selectonemenu-items-wrapper{overflow:auto}
.ui-selectonemenu-panel .ui-selectonemenu-items{padding:.5rem 0}
.ui-selectonemenu-panel .ui-selectonemenu-item{margin:0;padding:.5rem 1rem;border:0 none;color:#495057;background:transparent;transition:box-shadow .2s;border-radius:0;cursor:pointer;white-space:nowrap;font-weight:normal}
.ui-selectonemenu-panel .ui-selectonemenu-item.ui-state-hover{color:#495057;background:#e9ecef}
.ui-selectonemenu-panel .ui-selectonemenu-item.ui-state-highlight{color:#495057;background:#E3F2FD}
.ui-selectoneradio{border-collapse:separate}
.ui-selectoneradio td{padding:.25rem .75rem .25rem 0;vertical-align:middle}
.ui-selectoneradio label{cursor:pointer;margin-left:.25rem;white-space:nowrap}
.ui-radiobutton{display:inline-block;vertical-align:middle;position:relative;width:20px;height:20px;cursor:pointer}
.ui-radiobutton .ui-radiobutton-box{box-sizing:border-box;border:2px solid #ced4da;background:#fff;width:20px;height:20px;color:#495057;border-radius:50%;transition:background-color .2s,color .2s,border-color .2s,box-shadow .2s;display:flex;align-items:center;justify-content:center}
.ui-radiobutton .ui-radiobutton-box.ui-state-hover{border-color:#2196F3}
.ui-radiobutton .ui-radiobutton-box.ui-state-focus{box-shadow:0 0 0 .2rem #a6d5fa;border-color:#2196F3}
.ui-radiobutton .ui-radiobutton-box.ui-state-active{border-color:#2196F3;background:#2196F3}
.ui-radiobutton .ui-radiobutton-box .ui-radiobutton-icon{width:8px;height:8px;border-radius:50%;background:transparent;text-indent:0}
.ui-radiobutton .ui-radiobutton-box.ui-state-active .ui-radiobutton-icon{background:#fff}
.ui-password-panel{position:absolute;padding:1rem;background:#fff;color:#495057;border:0 none;box-shadow:0 1px 3px rgba(0,0,0,.3);border-radius:4px;min-width:13rem}
.ui-password-panel .ui-password-meter{height:10px;background:#dee2e6;margin-bottom:.5rem;border-radius:2px}
.ui-password-panel .ui-password-info{font-size:.9rem}
.ui-panelmenu .ui-panelmenu-panel{margin-bottom:2px}
.ui-panelmenu .ui-panelmenu-header{margin:0;padding:0;border:1px solid #dee2e6;color:#495057;background:#f8f9fa;font-weight:600;border-radius:4px;transition:box-shadow .2s;display:flex;align-items:center;cursor:pointer;font-size:1rem;outline:0 none}
.ui-panelmenu .ui-panelmenu-header>.ui-icon{margin-left:1rem}
.ui-panelmenu .ui-panelmenu-header a{flex:1;padding:.85rem 1rem .85rem .5rem;color:#495057;text-decoration:none}
.ui-panelmenu .ui-panelmenu-header.ui-state-hover{background:#e9ecef}
.ui-panelmenu .ui-panelmenu-header.ui-state-active{background:#e3f2fd;border-color:#90caf9;border-bottom-right-radius:0;border-bottom-left-radius:0}
.ui-panelmenu .ui-panelmenu-header.ui-state-active a{color:#1565c0}
.ui-panelmenu .ui-panelmenu-content{padding:.25rem 0;border:1px solid #dee2e6;background:#fff;color:#495057;border-top:0 none;border-bottom-right-radius:4px;border-bottom-left-radius:4px}
.ui-panelmenu .ui-menu-list .ui-menu-list{padding-left:1.25rem}
.ui-panelmenu .ui-menuitem-link{display:flex;align-items:center;padding:.65rem 1rem;color:#495057;text-decoration:none;border-radius:0;transition:box-shadow .2s;cursor:pointer}
.ui-panelmenu .ui-menuitem-link .ui-panelmenu-icon{margin-right:.5rem}
.ui-panelmenu .ui-menuitem-link.ui-state-hover{background:#e9ecef}
.ui-menubar{display:flex;align-items:center;padding:.25rem .5rem;background:transparent;border:0 none}
.ui-menubar>.ui-menu-list{display:flex;align-items:center}
.ui-menubar .ui-menuitem{display:inline-block}
.ui-menubar .ui-menuitem-link{display:block;padding:.6rem .9rem;color:#fff;text-decoration:none;border-radius:4px}
.ui-menubar .ui-menuitem-link.ui-state-hover{background:rgba(255,255,255,.14)}
.ui-menubar .ui-menubar-options{margin-left:1rem}
.ui-breadcrumb{background:#fff;border:1px solid #dee2e6;border-radius:4px;padding:.75rem 1rem;margin-bottom:1rem}
.ui-breadcrumb ul{margin:0;padding:0;list-style:none;display:flex;align-items:center;flex-wrap:wrap}
.ui-breadcrumb li{display:inline-flex;align-items:center}
.ui-breadcrumb .ui-menuitem-link{color:#495057;text-decoration:none}
.ui-breadcrumb .ui-breadcrumb-chevron{margin:0 .5rem}
.ui-datatable .ui-datatable-header{background:#f8f9fa;color:#495057;border:1px solid #dee2e6;border-width:1px 0 1px 0;padding:1rem;font-weight:600}
.ui-datatable table{border-collapse:collapse;width:100%;table-layout:auto}
.ui-datatable thead th{text-align:left;padding:1rem;border:1px solid #dee2e6;border-width:0 0 1px 0;font-weight:600;color:#495057;background:#f8f9fa}
.ui-datatable tbody>tr{background:#fff;color:#495057}
.ui-datatable tbody>tr>td{text-align:left;border:1px solid #dee2e6;border-width:0 0 1px 0;padding:1rem}
.ui-datatable tbody>tr.ui-datatable-odd{background:#fcfcfc}
`;

const THEME_CSS = `${THEME_CSS_BASE}${iconCss()}\n`;

const LAYOUT_CSS = `/* e-Invoice System - application layout */
html,body{margin:0;padding:0;min-height:100%}
body{background:#f4f6f9;color:#495057;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;font-size:14px}
a{color:#1976d2}
.layout-header,.layout-topbar{display:flex;align-items:center;justify-content:space-between;background:#1c3d6e;color:#fff;padding:0 1.5rem;height:64px;box-sizing:border-box;position:relative;z-index:20}
.brand{display:flex;align-items:center;gap:.75rem;color:#fff;text-decoration:none}
.brand-title{font-size:1.3rem;font-weight:600;display:block;letter-spacing:.2px}
.brand-sub{font-size:.78rem;opacity:.85;display:block}
.layout-header .homepageloginbtn{background:#ff9800;border-color:#ff9800}
.layout-header .homepageloginbtn.ui-state-hover{background:#f08c00;border-color:#f08c00}
.layout-content{max-width:1100px;margin:1.5rem auto;padding:0 1rem}
.layout-footer{text-align:center;color:#6c757d;font-size:.85rem;padding:1.5rem}
.hero{background:linear-gradient(120deg,#1c3d6e,#2b5a9a);color:#fff;border-radius:6px;padding:2rem 2.25rem;margin-bottom:1.5rem}
.hero h1{margin:0 0 .5rem;font-size:1.8rem;font-weight:600}
.hero p{margin:0;opacity:.9;max-width:720px;line-height:1.5}
.home-grid{display:flex;gap:1.25rem;align-items:flex-start}
.home-grid>.ui-panel{flex:1}
.home-grid ul{margin:0;padding-left:1.2rem;line-height:1.7}
.login-wrapper{display:flex;justify-content:center;margin:2.5rem 0}
.login-wrapper .ui-panel{width:470px;background:#fff}
.form-grid{width:100%}
.form-grid td.label-col{width:36%;white-space:nowrap}
.form-grid .ui-inputfield{width:100%}
.form-grid .ui-selectonemenu{width:100%}
.captcha-box{display:flex;align-items:center;gap:.6rem}
.captcha-box img{border:1px solid #ced4da;border-radius:4px;display:block}
.captcha-caption{color:#495057}
.form-actions{padding:.75rem .75rem 0;display:flex;align-items:center;gap:.75rem;flex-wrap:wrap}
.form-actions .ui-button{margin:0}
.login-button{width:100%}
.login-note,.field-hint{font-size:.85rem;color:#6c757d;margin-top:.35rem;line-height:1.4}
.login-note{padding:.75rem .75rem 0}
.layout-topbar .topbar-right{display:flex;align-items:center;gap:1.25rem;font-size:.92rem}
.layout-topbar .topbar-right a{color:#fff;text-decoration:none;display:inline-flex;align-items:center;gap:.35rem}
.layout-topbar .topbar-right a:hover{text-decoration:underline}
.layout-ajax-status{width:1rem;height:1rem;display:inline-flex}
.layout-wrapper{display:flex;min-height:calc(100vh - 64px)}
.layout-sidebar{width:280px;background:#fff;border-right:1px solid #dee2e6;padding:1rem .75rem;box-sizing:border-box;flex-shrink:0}
.layout-sidebar .sidebar-home{font-size:1rem;display:flex;align-items:center;gap:.5rem;padding:.85rem 1rem;margin-bottom:.5rem;border-radius:4px;color:#495057;text-decoration:none;font-weight:600;border:1px solid #dee2e6;background:#f8f9fa}
.layout-sidebar .sidebar-home:hover{background:#e9ecef}
.layout-main{flex:1;padding:1.5rem 2rem;min-width:0}
.page-title{font-size:1.5rem;font-weight:600;margin:0 0 1rem;color:#343a40}
.dash-cards{display:flex;gap:1rem;margin-bottom:1.25rem}
.dash-cards .ui-panel{flex:1}
.dash-count{font-size:2rem;font-weight:700;color:#2196F3}
.dash-caption{color:#6c757d;font-size:.9rem}
.otp-info{margin:0 0 .75rem;line-height:1.5}
.reg-note{margin:0 0 .75rem;color:#2e7d32}
.dlg-message{display:flex;align-items:flex-start;gap:1rem;line-height:1.5}
.dlg-icon{width:2rem;height:2rem}
.warn-box{background:#FFECB3;border-left:6px solid #cc8925;color:#6d5100;padding:.85rem 1.25rem;border-radius:4px;margin:.5rem .75rem}
.gsp-list{margin-top:1.25rem}
`;

// ---------------------------------------------------------------------------
// The hand-written client runtime: a small PrimeFaces 8 look-alike
// ---------------------------------------------------------------------------

const CORE_JS = String.raw`/* PrimeFaces 8.0 core + widgets (rendition runtime) */
(function () {
  'use strict';
  var PF_ = window.PrimeFaces = {};
  var slice = Array.prototype.slice;
  function $id(id) { return document.getElementById(id); }
  function all(root, sel) { return slice.call(root.querySelectorAll(sel)); }
  function shown(el) { return !!el && !el.disabled && el.getClientRects().length > 0; }
  function escHtml(s) { return String(s == null ? '' : s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
  PF_.VERSION = '8.0';
  PF_.widgets = {};
  PF_.widget = {};
  PF_.zindex = 1000;
  PF_.settings = { locale: 'en_US', projectStage: 'Production' };
  PF_.escapeClientId = function (id) { return '#' + String(id).replace(/:/g, '\\:'); };
  PF_.onReady = function (fn) {
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', fn); } else { fn(); }
  };
  PF_.cw = function (type, widgetVar, cfg) {
    PF_.onReady(function () {
      var Ctor = PF_.widget[type];
      if (!Ctor) { return; }
      var old = PF_.widgets[widgetVar];
      if (old && typeof old.refresh === 'function' && old instanceof Ctor) { old.refresh(cfg); return; }
      if (old && typeof old.destroy === 'function') { try { old.destroy(); } catch (e) { /* ignore */ } }
      var w = new Ctor(cfg);
      w.widgetVar = widgetVar;
      PF_.widgets[widgetVar] = w;
    });
  };
  window.PF = function (widgetVar) { return PF_.widgets[widgetVar]; };

  /* ---------- effects (jQuery-like fade and slide) ---------- */
  var fxSeq = 0;
  function fade(el, from, to, ms, done) {
    var token = ++fxSeq;
    el._pfFx = token;
    el.style.transition = 'none';
    el.style.opacity = String(from);
    void el.offsetWidth;
    el.style.transition = 'opacity ' + ms + 'ms linear';
    el.style.opacity = String(to);
    setTimeout(function () {
      if (el._pfFx !== token) { return; }
      el.style.transition = '';
      el.style.opacity = '';
      if (done) { done(); }
    }, ms + 15);
  }
  function slide(el, open, ms, done) {
    var token = ++fxSeq;
    el._pfFx = token;
    el.style.overflow = 'hidden';
    el.style.transition = 'none';
    if (open) {
      el.style.display = 'block';
      var h = el.scrollHeight;
      el.style.height = '0px';
      void el.offsetWidth;
      el.style.transition = 'height ' + ms + 'ms ease';
      el.style.height = h + 'px';
    } else {
      el.style.height = el.scrollHeight + 'px';
      void el.offsetWidth;
      el.style.transition = 'height ' + ms + 'ms ease';
      el.style.height = '0px';
    }
    setTimeout(function () {
      if (el._pfFx !== token) { return; }
      el.style.transition = '';
      el.style.height = '';
      el.style.overflow = '';
      el.style.display = '';
      if (done) { done(); }
    }, ms + 15);
  }
  PF_.fade = fade;

  /* ---------- theme states (hover / focus / active / filled) ---------- */
  var HOVER_SEL = '.ui-button, .ui-inputfield:not(.ui-selectonemenu-label), .ui-selectonemenu, .ui-radiobutton-box, .ui-panelmenu-header, .ui-menuitem-link, .ui-dialog-titlebar-icon, .ui-selectonemenu-item, .ui-commandlink';
  document.addEventListener('mouseover', function (e) {
    var t = e.target && e.target.closest ? e.target.closest(HOVER_SEL) : null;
    if (t && !t.classList.contains('ui-state-disabled')) { t.classList.add('ui-state-hover'); }
  });
  document.addEventListener('mouseout', function (e) {
    var t = e.target && e.target.closest ? e.target.closest(HOVER_SEL) : null;
    if (t && !(e.relatedTarget && t.contains(e.relatedTarget))) { t.classList.remove('ui-state-hover'); }
  });
  document.addEventListener('focusin', function (e) {
    var t = e.target;
    if (t && t.classList && (t.classList.contains('ui-inputfield') || t.classList.contains('ui-button'))) { t.classList.add('ui-state-focus'); }
  });
  document.addEventListener('focusout', function (e) {
    var t = e.target;
    if (t && t.classList && (t.classList.contains('ui-inputfield') || t.classList.contains('ui-button'))) { t.classList.remove('ui-state-focus'); }
  });
  document.addEventListener('mousedown', function (e) {
    var b = e.target && e.target.closest ? e.target.closest('.ui-button') : null;
    if (!b) { return; }
    b.classList.add('ui-state-active');
    var up = function () { b.classList.remove('ui-state-active'); document.removeEventListener('mouseup', up); };
    document.addEventListener('mouseup', up);
  });
  function syncFilled(el) {
    if (el && el.classList && el.classList.contains('ui-inputfield') && el.tagName === 'INPUT') {
      el.classList.toggle('ui-state-filled', el.value !== '');
    }
  }
  document.addEventListener('input', function (e) { syncFilled(e.target); });
  PF_.onReady(function () { all(document, 'input.ui-inputfield').forEach(syncFilled); });

  /* ---------- modal focus trap ---------- */
  PF_.modals = [];
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Tab' || !PF_.modals.length) { return; }
    var dlg = PF_.modals[PF_.modals.length - 1].jq;
    var tabbables = all(dlg, 'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]').filter(function (el) {
      return shown(el) && el.tabIndex >= 0;
    });
    if (!tabbables.length) { e.preventDefault(); return; }
    var first = tabbables[0];
    var last = tabbables[tabbables.length - 1];
    if (!dlg.contains(document.activeElement)) { e.preventDefault(); first.focus(); }
    else if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
  }, true);

  /* ---------- AJAX: javax.faces partial requests, queued one at a time ---------- */
  PF_.ajax = { queue: [], busy: false };
  PF_.ab = function (cfg, ext) {
    PF_.ajax.queue.push({ cfg: cfg, ext: ext || {} });
    if (!PF_.ajax.busy) { PF_.ajax.next(); }
    return false;
  };
  function ajaxStatus(on) {
    all(document, '.ui-ajax-status-indicator').forEach(function (el) { el.style.visibility = on ? 'visible' : 'hidden'; });
  }
  function serialize(form) {
    var out = [];
    slice.call(form.elements).forEach(function (el) {
      if (!el.name || el.disabled) { return; }
      var t = (el.type || '').toLowerCase();
      if (t === 'submit' || t === 'button' || t === 'reset' || t === 'file' || t === 'image') { return; }
      if ((t === 'checkbox' || t === 'radio') && !el.checked) { return; }
      if (el.tagName === 'SELECT') {
        slice.call(el.options).forEach(function (o) { if (o.selected) { out.push([el.name, o.value]); } });
        return;
      }
      out.push([el.name, el.value]);
    });
    return out;
  }
  function cleanupOverlays() {
    all(document.body, ':scope > .ui-selectonemenu-panel, :scope > .ui-password-panel').forEach(function (p) {
      var owner = p.id.replace(/_panel$/, '');
      if (!$id(owner)) { p.parentNode.removeChild(p); }
    });
  }
  function updateElement(id, html) {
    if (id === 'javax.faces.ViewRoot') { return; }
    if (id.indexOf('javax.faces.ViewState') >= 0) {
      all(document, 'input[name="javax.faces.ViewState"]').forEach(function (i) { i.value = html; });
      return;
    }
    var el = $id(id);
    if (!el) { return; }
    var tpl = document.createElement('template');
    tpl.innerHTML = html;
    var nodes = slice.call(tpl.content.childNodes);
    var scripts = [];
    var keep = [];
    nodes.forEach(function (n) {
      if (n.nodeType === 1 && n.tagName === 'SCRIPT') { scripts.push(n); return; }
      if (n.nodeType === 1) { all(n, 'script').forEach(function (s) { scripts.push(s); }); }
      keep.push(n);
    });
    el.replaceWith.apply(el, keep);
    scripts.forEach(function (s) {
      if (!s.type || /javascript/.test(s.type)) { (0, eval)(s.text); }
    });
  }
  PF_.ajax.next = function () {
    var item = PF_.ajax.queue.shift();
    if (!item) { PF_.ajax.busy = false; return; }
    PF_.ajax.busy = true;
    var cfg = item.cfg;
    var ext = item.ext;
    var source = typeof cfg.s === 'string' ? cfg.s : cfg.s.id;
    var srcEl = $id(source);
    var form = cfg.f ? $id(cfg.f) : (srcEl && srcEl.closest ? srcEl.closest('form') : null);
    if (!form) { form = document.forms[0]; }
    function resolve(str) {
      return String(str || '').split(/[\s,]+/).filter(Boolean).map(function (x) {
        if (x === '@this') { return source; }
        if (x === '@form') { return form.id; }
        if (x === '@none') { return ''; }
        return x;
      }).filter(Boolean).join(' ');
    }
    var data = [];
    function add(n, v) { data.push(encodeURIComponent(n) + '=' + encodeURIComponent(v)); }
    add('javax.faces.partial.ajax', 'true');
    add('javax.faces.source', source);
    var exec = resolve(cfg.p || '@all');
    if (exec) { add('javax.faces.partial.execute', exec); }
    var render = resolve(cfg.u);
    if (render) { add('javax.faces.partial.render', render); }
    if (cfg.e) { add('javax.faces.behavior.event', cfg.e); add('javax.faces.partial.event', cfg.e); }
    else { add(source, source); }
    (cfg.pa || []).concat(ext.params || []).forEach(function (p) { add(p.name, p.value); });
    serialize(form).forEach(function (p) { add(p[0], p[1]); });
    if (cfg.onst && cfg.onst.call(srcEl, cfg) === false) { PF_.ajax.next(); return; }
    ajaxStatus(true);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.getAttribute('action') || window.location.pathname, true);
    xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8');
    xhr.setRequestHeader('Faces-Request', 'partial/ajax');
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) { return; }
      var args = {};
      var status = 'success';
      try {
        if (xhr.status < 200 || xhr.status >= 300) { throw new Error('HTTP ' + xhr.status); }
        var doc = new DOMParser().parseFromString(xhr.responseText, 'text/xml');
        var root = doc.documentElement;
        var redirect = root.getElementsByTagName('redirect')[0];
        if (redirect) { window.location.href = redirect.getAttribute('url'); return; }
        var active = document.activeElement;
        var activeId = active && active.id ? active.id : null;
        var changes = root.getElementsByTagName('changes')[0];
        var evals = [];
        if (changes) {
          slice.call(changes.childNodes).forEach(function (c) {
            if (c.nodeType !== 1) { return; }
            if (c.nodeName === 'update') { updateElement(c.getAttribute('id'), c.textContent); }
            else if (c.nodeName === 'eval') { evals.push(c.textContent); }
            else if (c.nodeName === 'extension' && c.getAttribute('ln') === 'primefaces' && c.getAttribute('type') === 'args') {
              try { args = JSON.parse(c.textContent); } catch (e) { args = {}; }
            }
          });
        }
        cleanupOverlays();
        if (activeId && document.activeElement !== active) {
          var again = $id(activeId);
          if (again && shown(again)) { try { again.focus(); } catch (e) { /* ignore */ } }
        }
        var err = root.getElementsByTagName('error')[0];
        if (err) { status = 'error'; if (window.console) { console.error(err.textContent); } }
        evals.forEach(function (code) { (0, eval)(code); });
        if (cfg.onsu) { cfg.onsu.call(srcEl, doc, status, xhr); }
      } catch (e) {
        status = 'error';
        if (window.console) { console.error(e); }
        if (cfg.oner) { cfg.oner.call(srcEl, xhr, status, e); }
      }
      if (cfg.onco) { try { cfg.onco.call(srcEl, xhr, status, args); } catch (e) { /* ignore */ } }
      ajaxStatus(false);
      PF_.ajax.next();
    };
    xhr.send(data.join('&'));
  };

  /* ---------- plain widgets ---------- */
  function Simple(cfg) { this.cfg = cfg; this.id = cfg.id; this.jq = $id(cfg.id); }
  PF_.widget.CommandButton = Simple;
  PF_.widget.Button = Simple;
  PF_.widget.CommandLink = Simple;
  PF_.widget.Menubar = Simple;
  PF_.widget.DataTable = Simple;
  PF_.widget.Panel = Simple;

  /* ---------- Dialog ---------- */
  function Dialog(cfg) {
    var self = this;
    this.cfg = cfg;
    this.id = cfg.id;
    this.jq = $id(cfg.id);
    var stale = $id(cfg.id + '_modal');
    if (stale) { stale.parentNode.removeChild(stale); }
    PF_.modals = PF_.modals.filter(function (m) { return m.id !== cfg.id; });
    this.closeIcon = this.jq.querySelector('.ui-dialog-titlebar-close');
    if (this.closeIcon) {
      this.closeIcon.addEventListener('click', function (e) { e.preventDefault(); self.hide(); });
    }
    this.visible = false;
    this.resizeHandler = function () { if (self.visible) { self.center(); } };
    window.addEventListener('resize', this.resizeHandler);
    if (cfg.visible) { this.show(); }
  }
  Dialog.prototype.show = function () {
    if (this.visible) { return; }
    this.visible = true;
    var self = this;
    if (this.cfg.modal) {
      var m = document.createElement('div');
      m.id = this.id + '_modal';
      m.className = 'ui-widget-overlay ui-dialog-mask';
      m.style.zIndex = String(++PF_.zindex);
      document.body.appendChild(m);
      this.modal = m;
      PF_.modals.push(this);
    }
    this.jq.style.zIndex = String(++PF_.zindex);
    this.jq.style.display = 'block';
    this.jq.setAttribute('aria-hidden', 'false');
    this.center();
    var post = function () { self.applyFocus(); };
    if (this.cfg.showEffect) { fade(this.jq, 0, 1, 400, post); } else { post(); }
  };
  Dialog.prototype.center = function () {
    var w = this.jq.offsetWidth;
    var h = this.jq.offsetHeight;
    this.jq.style.left = Math.max(0, Math.round((window.innerWidth - w) / 2)) + 'px';
    this.jq.style.top = Math.max(0, Math.round((window.innerHeight - h) / 2)) + 'px';
  };
  Dialog.prototype.applyFocus = function () {
    var content = this.jq.querySelector('.ui-dialog-content') || this.jq;
    var el = all(content, 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=radio]):not([type=checkbox]), select, textarea').filter(shown)[0];
    if (el) { el.focus(); }
  };
  Dialog.prototype.hide = function () {
    if (!this.visible) { return; }
    this.visible = false;
    var self = this;
    var done = function () {
      self.jq.style.display = 'none';
      self.jq.setAttribute('aria-hidden', 'true');
      self.removeModal();
    };
    if (this.cfg.hideEffect) { fade(this.jq, 1, 0, 400, done); } else { done(); }
  };
  Dialog.prototype.isVisible = function () { return this.visible; };
  Dialog.prototype.removeModal = function () {
    if (this.modal && this.modal.parentNode) { this.modal.parentNode.removeChild(this.modal); }
    this.modal = null;
    var me = this;
    PF_.modals = PF_.modals.filter(function (m) { return m !== me; });
  };
  Dialog.prototype.destroy = function () { window.removeEventListener('resize', this.resizeHandler); this.removeModal(); };
  PF_.widget.Dialog = Dialog;

  /* ---------- ConfirmDialog (global, driven by PrimeFaces.confirm) ---------- */
  function ConfirmDialog(cfg) {
    Dialog.call(this, cfg);
    var self = this;
    this.title = this.jq.querySelector('.ui-dialog-title');
    this.message = this.jq.querySelector('.ui-confirm-dialog-message');
    this.icon = this.jq.querySelector('.ui-confirm-dialog-severity');
    if (cfg.global) {
      PF_.confirmDialog = this;
      this.jq.addEventListener('click', function (e) {
        var b = e.target && e.target.closest ? e.target.closest('button') : null;
        if (!b) { return; }
        if (b.classList.contains('ui-confirmdialog-yes') && PF_.confirmSource) {
          e.preventDefault();
          var src = PF_.confirmSource;
          PF_.confirmSource = null;
          self.hide();
          var cmd = src.getAttribute('data-pfconfirmcommand');
          if (cmd) { (new Function(cmd)).call(src); }
        } else if (b.classList.contains('ui-confirmdialog-no')) {
          e.preventDefault();
          PF_.confirmSource = null;
          self.hide();
        }
      });
    }
  }
  ConfirmDialog.prototype = Object.create(Dialog.prototype);
  ConfirmDialog.prototype.constructor = ConfirmDialog;
  ConfirmDialog.prototype.applyFocus = function () {
    var b = all(this.jq, '.ui-dialog-buttonpane button').filter(shown)[0];
    if (b) { b.focus(); }
  };
  ConfirmDialog.prototype.showMessage = function (msg) {
    if (msg.header) { this.title.textContent = msg.header; }
    if (msg.message) { this.message.textContent = msg.message; }
    if (msg.icon && this.icon) { this.icon.className = 'ui-icon ui-confirm-dialog-severity ' + msg.icon; }
    this.show();
  };
  PF_.widget.ConfirmDialog = ConfirmDialog;
  PF_.confirm = function (msg) {
    if (!PF_.confirmDialog) { return; }
    PF_.confirmSource = typeof msg.source === 'string' ? $id(msg.source) : msg.source;
    PF_.confirmDialog.showMessage(msg);
  };

  /* ---------- Growl ---------- */
  function Growl(cfg) {
    this.cfg = cfg;
    this.id = cfg.id;
    var cid = cfg.id + '_container';
    var c = $id(cid);
    if (!c) {
      c = document.createElement('div');
      c.id = cid;
      c.className = 'ui-growl ui-widget';
      document.body.appendChild(c);
    }
    this.container = c;
    this.show(cfg.msgs || []);
  }
  Growl.prototype.refresh = function (cfg) { this.cfg = cfg; this.show(cfg.msgs || []); };
  Growl.prototype.show = function (msgs) {
    var self = this;
    this.container.style.zIndex = String(++PF_.zindex);
    msgs.forEach(function (m) { self.renderMessage(m); });
  };
  Growl.prototype.renderMessage = function (msg) {
    var self = this;
    var sev = msg.severity || 'info';
    var item = document.createElement('div');
    item.className = 'ui-growl-item-container ui-state-highlight ui-corner-all ui-shadow ui-growl-' + sev;
    item.setAttribute('aria-live', 'polite');
    item.innerHTML = '<div class="ui-growl-item"><div class="ui-growl-icon-close ui-icon ui-icon-closethick" style="display:none"></div>' +
      '<span class="ui-growl-image ui-growl-image-' + sev + '"></span><div class="ui-growl-message"><span class="ui-growl-title">' +
      escHtml(msg.summary) + '</span><p>' + escHtml(msg.detail || '') + '</p></div><div style="clear: both;"></div></div>';
    this.container.appendChild(item);
    fade(item, 0, 1, 400, null);
    var close = item.querySelector('.ui-growl-icon-close');
    var timer = null;
    var remove = function () {
      if (timer) { clearTimeout(timer); timer = null; }
      fade(item, 1, 0, 400, function () { if (item.parentNode) { item.parentNode.removeChild(item); } });
    };
    var arm = function () { if (!self.cfg.sticky) { timer = setTimeout(remove, self.cfg.life || 6000); } };
    item.addEventListener('mouseover', function () { close.style.display = ''; if (timer) { clearTimeout(timer); timer = null; } });
    item.addEventListener('mouseout', function (e) { if (e.relatedTarget && item.contains(e.relatedTarget)) { return; } close.style.display = 'none'; arm(); });
    close.addEventListener('click', remove);
    arm();
  };
  PF_.widget.Growl = Growl;

  /* ---------- SelectOneMenu ---------- */
  function SelectOneMenu(cfg) {
    var self = this;
    this.cfg = cfg;
    this.id = cfg.id;
    this.jq = $id(cfg.id);
    this.input = $id(cfg.id + '_input');
    this.focusInput = $id(cfg.id + '_focus');
    this.label = $id(cfg.id + '_label');
    this.panelId = cfg.id + '_panel';
    this.panel = this.jq.querySelector('.ui-selectonemenu-panel');
    all(document.body, ':scope > .ui-selectonemenu-panel').forEach(function (p) {
      if (p.id === self.panelId && p !== self.panel) { p.parentNode.removeChild(p); }
    });
    if (!this.panel) { this.panel = $id(this.panelId); }
    document.body.appendChild(this.panel);
    this.itemsWrapper = this.panel.querySelector('.ui-selectonemenu-items-wrapper');
    this.items = all(this.panel, '.ui-selectonemenu-item');
    this.filterInput = $id(cfg.id + '_filter');
    this.disabled = this.jq.classList.contains('ui-state-disabled');
    this.jq.addEventListener('click', function (e) {
      if (self.disabled) { return; }
      if (e.target === self.focusInput) { return; }
      if (self.isVisible()) { self.hide(); self.revert(); } else { self.show(); }
      self.focusInput.focus();
    });
    this.focusInput.addEventListener('focus', function () { self.jq.classList.add('ui-state-focus'); });
    this.focusInput.addEventListener('blur', function () { self.jq.classList.remove('ui-state-focus'); });
    this.focusInput.addEventListener('keydown', function (e) {
      var k = e.key;
      if (k === 'ArrowDown' || k === 'ArrowUp') {
        e.preventDefault();
        if (e.altKey && k === 'ArrowDown') { if (!self.isVisible()) { self.show(); } return; }
        self.move(k === 'ArrowDown' ? 1 : -1, true);
      } else if (k === 'Enter' || k === ' ') {
        e.preventDefault();
        if (self.isVisible()) { var h = self.highlighted(); if (h) { self.selectItem(h); } self.hide(); } else { self.show(); }
      } else if (k === 'Escape') {
        if (self.isVisible()) { e.preventDefault(); self.hide(); self.revert(); }
      } else if (k === 'Tab') {
        if (self.isVisible()) { self.hide(); self.revert(); }
      } else if (k.length === 1 && !e.ctrlKey && !e.metaKey) {
        self.search(k);
      }
    });
    this.items.forEach(function (li) {
      li.addEventListener('click', function (e) {
        e.preventDefault();
        self.selectItem(li);
        self.hide();
        self.focusInput.focus();
      });
    });
    if (this.filterInput) {
      this.filterInput.addEventListener('input', function () { self.filter(self.filterInput.value); });
      this.filterInput.addEventListener('keydown', function (e) {
        var k = e.key;
        if (k === 'ArrowDown' || k === 'ArrowUp') { e.preventDefault(); self.move(k === 'ArrowDown' ? 1 : -1, false); }
        else if (k === 'Enter') { e.preventDefault(); var h = self.highlighted(); if (h) { self.selectItem(h); } self.hide(); self.focusInput.focus(); }
        else if (k === 'Escape') { e.preventDefault(); self.hide(); self.revert(); self.focusInput.focus(); }
        else if (k === 'Tab') { self.hide(); self.revert(); }
      });
    }
    this.input.addEventListener('change', function () {
      if (self.internalChange) { return; }
      self.revert();
      self.callBehavior('change');
    });
    this.docHandler = function (e) {
      if (!self.isVisible()) { return; }
      var t = e.target;
      if (self.jq.contains(t) || self.panel.contains(t)) { return; }
      self.hide();
      self.revert();
    };
    document.addEventListener('mousedown', this.docHandler);
    this.resizeHandler = function () { if (self.isVisible()) { self.align(); } };
    window.addEventListener('resize', this.resizeHandler);
  }
  SelectOneMenu.prototype.isVisible = function () { return this.panel.style.display === 'block'; };
  SelectOneMenu.prototype.visibleItems = function () { return this.items.filter(function (li) { return li.style.display !== 'none'; }); };
  SelectOneMenu.prototype.highlighted = function () {
    return this.visibleItems().filter(function (li) { return li.classList.contains('ui-state-highlight'); })[0] || null;
  };
  SelectOneMenu.prototype.highlight = function (li) {
    this.items.forEach(function (i) { i.classList.remove('ui-state-highlight'); });
    if (li) {
      li.classList.add('ui-state-highlight');
      this.focusInput.setAttribute('aria-activedescendant', li.id);
      this.scrollTo(li);
    }
  };
  SelectOneMenu.prototype.scrollTo = function (li) {
    var w = this.itemsWrapper;
    if (!w || !li) { return; }
    var top = li.offsetTop - w.scrollTop;
    if (top < 0) { w.scrollTop = li.offsetTop; }
    else if (top + li.offsetHeight > w.clientHeight) { w.scrollTop = li.offsetTop + li.offsetHeight - w.clientHeight; }
  };
  SelectOneMenu.prototype.revert = function () {
    var idx = this.input.selectedIndex;
    var li = this.items[idx < 0 ? 0 : idx];
    this.items.forEach(function (i) { i.classList.remove('ui-state-highlight'); i.setAttribute('aria-selected', 'false'); });
    if (li) {
      li.classList.add('ui-state-highlight');
      li.setAttribute('aria-selected', 'true');
      this.label.textContent = li.getAttribute('data-label');
    }
  };
  SelectOneMenu.prototype.selectItem = function (li) {
    var idx = this.items.indexOf(li);
    if (idx < 0) { return; }
    this.items.forEach(function (i) { i.classList.remove('ui-state-highlight'); i.setAttribute('aria-selected', 'false'); });
    li.classList.add('ui-state-highlight');
    li.setAttribute('aria-selected', 'true');
    var changed = this.input.selectedIndex !== idx;
    this.input.selectedIndex = idx;
    this.label.textContent = li.getAttribute('data-label');
    this.focusInput.setAttribute('aria-activedescendant', li.id);
    if (changed) {
      this.internalChange = true;
      this.input.dispatchEvent(new Event('change', { bubbles: true }));
      this.internalChange = false;
      this.callBehavior('change');
    }
  };
  SelectOneMenu.prototype.callBehavior = function (ev) {
    if (this.cfg.behaviors && this.cfg.behaviors[ev]) { this.cfg.behaviors[ev].call(this.input, {}, null); }
  };
  SelectOneMenu.prototype.move = function (dir, select) {
    var vis = this.visibleItems();
    if (!vis.length) { return; }
    var cur = this.highlighted();
    var i = cur ? vis.indexOf(cur) : -1;
    var n = vis[Math.max(0, Math.min(vis.length - 1, i + dir))];
    if (select) { this.selectItem(n); this.scrollTo(n); } else { this.highlight(n); }
  };
  SelectOneMenu.prototype.search = function (ch) {
    var c = ch.toLowerCase();
    var start = this.input.selectedIndex;
    var n = this.items.length;
    for (var k = 1; k <= n; k++) {
      var li = this.items[(start + k) % n];
      if ((li.getAttribute('data-label') || '').toLowerCase().indexOf(c) === 0) { this.selectItem(li); this.scrollTo(li); return; }
    }
  };
  SelectOneMenu.prototype.filter = function (value) {
    var q = String(value || '').toLowerCase().trim();
    var mode = this.cfg.filterMatchMode || 'startsWith';
    this.items.forEach(function (li) {
      var l = (li.getAttribute('data-label') || '').toLowerCase();
      var ok = !q || (mode === 'contains' ? l.indexOf(q) >= 0 : l.indexOf(q) === 0);
      li.style.display = ok ? '' : 'none';
    });
    var vis = this.visibleItems();
    if (vis.length && !this.highlighted()) { this.highlight(vis[0]); }
    this.align();
  };
  SelectOneMenu.prototype.align = function () {
    var r = this.jq.getBoundingClientRect();
    this.panel.style.minWidth = r.width + 'px';
    var ph = this.panel.offsetHeight;
    var top = r.bottom;
    if (r.bottom + ph > window.innerHeight && r.top - ph > 0) { top = r.top - ph; }
    this.panel.style.left = (r.left + window.pageXOffset) + 'px';
    this.panel.style.top = (top + window.pageYOffset) + 'px';
  };
  SelectOneMenu.prototype.show = function () {
    var self = this;
    if (this.filterInput) { this.filterInput.value = ''; this.filter(''); }
    this.revert();
    this.panel.style.zIndex = String(++PF_.zindex);
    this.panel.style.display = 'block';
    this.align();
    this.jq.setAttribute('aria-expanded', 'true');
    this.focusInput.setAttribute('aria-expanded', 'true');
    this.scrollTo(this.highlighted());
    fade(this.panel, 0, 1, this.cfg.effectSpeed || 400, function () {
      if (self.filterInput && self.isVisible()) { self.filterInput.focus(); }
    });
  };
  SelectOneMenu.prototype.hide = function () {
    this.panel._pfFx = ++fxSeq;
    this.panel.style.transition = '';
    this.panel.style.opacity = '';
    this.panel.style.display = 'none';
    this.jq.setAttribute('aria-expanded', 'false');
    this.focusInput.setAttribute('aria-expanded', 'false');
  };
  SelectOneMenu.prototype.destroy = function () {
    document.removeEventListener('mousedown', this.docHandler);
    window.removeEventListener('resize', this.resizeHandler);
  };
  PF_.widget.SelectOneMenu = SelectOneMenu;

  /* ---------- SelectOneRadio ---------- */
  function SelectOneRadio(cfg) {
    var self = this;
    this.cfg = cfg;
    this.id = cfg.id;
    this.jq = $id(cfg.id);
    this.inputs = all(this.jq, 'input[type=radio]');
    this.inputs.forEach(function (input) {
      var box = input.parentNode.nextElementSibling;
      box.addEventListener('click', function () {
        if (input.disabled) { return; }
        if (!input.checked) { input.click(); }
        input.focus();
      });
      input.addEventListener('focus', function () { box.classList.add('ui-state-focus'); });
      input.addEventListener('blur', function () { box.classList.remove('ui-state-focus'); });
      input.addEventListener('change', function () {
        self.sync();
        if (self.cfg.behaviors && self.cfg.behaviors.change) { self.cfg.behaviors.change.call(input, {}, null); }
      });
    });
    this.sync();
  }
  SelectOneRadio.prototype.sync = function () {
    this.inputs.forEach(function (input) {
      var box = input.parentNode.nextElementSibling;
      var icon = box.firstElementChild;
      box.classList.toggle('ui-state-active', input.checked);
      icon.classList.toggle('ui-icon-bullet', input.checked);
      icon.classList.toggle('ui-icon-blank', !input.checked);
    });
  };
  PF_.widget.SelectOneRadio = SelectOneRadio;

  /* ---------- PanelMenu ---------- */
  function PanelMenu(cfg) {
    var self = this;
    this.cfg = cfg;
    this.id = cfg.id;
    this.jq = $id(cfg.id);
    this.headers = all(this.jq, '.ui-panelmenu-header');
    this.stateKey = 'panelMenu-' + cfg.id;
    var saved = { h: [], s: [] };
    try { saved = JSON.parse(window.localStorage.getItem(this.stateKey) || '') || saved; } catch (e) { /* no state */ }
    this.headers.forEach(function (h, i) {
      h.addEventListener('click', function (e) { e.preventDefault(); self.toggle(h, true); });
      h.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); self.toggle(h, true); } });
      if (saved.h && saved.h.indexOf(i) >= 0) { self.expand(h, false); }
    });
    all(this.jq, '.ui-menu-parent').forEach(function (li) {
      var link = li.querySelector(':scope > .ui-menuitem-link');
      link.addEventListener('click', function (e) { e.preventDefault(); self.toggleTree(li); });
      if (saved.s && saved.s.indexOf(li.id) >= 0) { self.setTree(li, true); }
    });
  }
  PanelMenu.prototype.expand = function (h, animate) {
    var content = h.nextElementSibling;
    h.classList.add('ui-state-active');
    h.classList.remove('ui-corner-all');
    h.classList.add('ui-corner-top');
    h.setAttribute('aria-expanded', 'true');
    h.setAttribute('aria-selected', 'true');
    var icon = h.querySelector('.ui-icon');
    icon.classList.remove('ui-icon-triangle-1-e');
    icon.classList.add('ui-icon-triangle-1-s');
    content.classList.remove('ui-helper-hidden');
    content.setAttribute('aria-hidden', 'false');
    if (animate) { slide(content, true, 400, null); }
  };
  PanelMenu.prototype.collapse = function (h, animate) {
    var content = h.nextElementSibling;
    h.classList.remove('ui-state-active');
    h.classList.remove('ui-corner-top');
    h.classList.add('ui-corner-all');
    h.setAttribute('aria-expanded', 'false');
    h.setAttribute('aria-selected', 'false');
    var icon = h.querySelector('.ui-icon');
    icon.classList.remove('ui-icon-triangle-1-s');
    icon.classList.add('ui-icon-triangle-1-e');
    content.setAttribute('aria-hidden', 'true');
    if (animate) { slide(content, false, 400, function () { content.classList.add('ui-helper-hidden'); }); }
    else { content.classList.add('ui-helper-hidden'); }
  };
  PanelMenu.prototype.toggle = function (h, animate) {
    if (h.getAttribute('aria-expanded') === 'true') { this.collapse(h, animate); } else { this.expand(h, animate); }
    this.save();
  };
  PanelMenu.prototype.setTree = function (li, open) {
    var sub = li.querySelector(':scope > ul');
    var icon = li.querySelector(':scope > .ui-menuitem-link > .ui-panelmenu-icon');
    sub.style.display = open ? 'block' : 'none';
    li.setAttribute('aria-expanded', open ? 'true' : 'false');
    icon.classList.toggle('ui-icon-triangle-1-s', open);
    icon.classList.toggle('ui-icon-triangle-1-e', !open);
  };
  PanelMenu.prototype.toggleTree = function (li) {
    this.setTree(li, li.getAttribute('aria-expanded') !== 'true');
    this.save();
  };
  PanelMenu.prototype.save = function () {
    var st = { h: [], s: [] };
    this.headers.forEach(function (h, i) { if (h.getAttribute('aria-expanded') === 'true') { st.h.push(i); } });
    all(this.jq, '.ui-menu-parent').forEach(function (li) { if (li.getAttribute('aria-expanded') === 'true') { st.s.push(li.id); } });
    try { window.localStorage.setItem(this.stateKey, JSON.stringify(st)); } catch (e) { /* ignore */ }
  };
  PF_.widget.PanelMenu = PanelMenu;

  /* ---------- Password (with strength feedback panel appended to body) ---------- */
  function Password(cfg) {
    var self = this;
    this.cfg = cfg;
    this.id = cfg.id;
    this.input = $id(cfg.id);
    if (!cfg.feedback) { return; }
    var pid = cfg.id + '_panel';
    var old = $id(pid);
    if (old) { old.parentNode.removeChild(old); }
    var p = document.createElement('div');
    p.id = pid;
    p.className = 'ui-password-panel ui-widget ui-state-highlight ui-corner-all ui-helper-hidden';
    p.innerHTML = '<div class="ui-password-meter" style="background-position:0pt 0pt">&nbsp;</div><div class="ui-password-info">' + escHtml(cfg.promptLabel || 'Please enter a password') + '</div>';
    document.body.appendChild(p);
    this.panel = p;
    this.meter = p.firstChild;
    this.info = p.lastChild;
    this.input.addEventListener('focus', function () { self.show(); });
    this.input.addEventListener('blur', function () { self.hide(); });
    this.input.addEventListener('input', function () { self.update(); });
  }
  Password.prototype.normalize = function (x, y) { var diff = x - y; return diff <= 0 ? x / y : 1 + 0.5 * (x / (x + y / 4)); };
  Password.prototype.testStrength = function (str) {
    var grade = 0;
    var val = str.match(/[0-9]/g); grade += this.normalize(val ? val.length : 1 / 4, 1) * 25;
    val = str.match(/[a-zA-Z]/g); grade += this.normalize(val ? val.length : 1 / 2, 3) * 10;
    val = str.match(/[!@#$%^&*?_~.,;=]/g); grade += this.normalize(val ? val.length : 1 / 6, 1) * 35;
    val = str.match(/[A-Z]/g); grade += this.normalize(val ? val.length : 1 / 6, 1) * 30;
    grade *= str.length / 8;
    return grade > 100 ? 100 : grade;
  };
  Password.prototype.update = function () {
    var v = this.input.value;
    var label; var pct; var color;
    if (v.length === 0) { label = this.cfg.promptLabel || 'Please enter a password'; pct = 0; color = '#dee2e6'; }
    else {
      var s = this.testStrength(v);
      if (s < 30) { label = this.cfg.weakLabel || 'Weak'; pct = 33; color = '#D32F2F'; }
      else if (s < 80) { label = this.cfg.goodLabel || 'Good'; pct = 66; color = '#FBC02D'; }
      else { label = this.cfg.strongLabel || 'Strong'; pct = 100; color = '#689F38'; }
    }
    this.meter.style.background = 'linear-gradient(to right,' + color + ' ' + pct + '%,#dee2e6 ' + pct + '%)';
    this.info.textContent = label;
  };
  Password.prototype.show = function () {
    var r = this.input.getBoundingClientRect();
    this.panel.style.zIndex = String(++PF_.zindex);
    this.panel.classList.remove('ui-helper-hidden');
    var pw = this.panel.offsetWidth;
    var left = r.right + 8;
    if (left + pw > window.innerWidth && r.left - pw - 8 >= 0) { left = r.left - pw - 8; }
    this.panel.style.left = (left + window.pageXOffset) + 'px';
    this.panel.style.top = (r.top + window.pageYOffset) + 'px';
    this.update();
    fade(this.panel, 0, 1, 400, null);
  };
  Password.prototype.hide = function () {
    var p = this.panel;
    fade(p, 1, 0, 400, function () { p.classList.add('ui-helper-hidden'); });
  };
  PF_.widget.Password = Password;

  /* ---------- InputMask (maskedinput-like, digits only) ---------- */
  function InputMask(cfg) {
    var input = $id(cfg.id);
    this.cfg = cfg;
    this.id = cfg.id;
    this.input = input;
    var mask = cfg.mask;
    var slot = cfg.placeholder || '_';
    var slots = mask.split('').filter(function (c) { return c === '9'; }).length;
    var digits = function (v) { return String(v || '').replace(/[^0-9]/g, '').slice(0, slots); };
    var format = function (d) {
      var out = ''; var i = 0;
      mask.split('').forEach(function (c) { if (c === '9') { out += i < d.length ? d.charAt(i) : slot; i++; } else { out += c; } });
      return out;
    };
    var caretFor = function (d) {
      var seen = 0;
      for (var i = 0; i < mask.length; i++) { if (mask.charAt(i) === '9') { if (seen === d.length) { return i; } seen++; } }
      return mask.length;
    };
    var apply = function () {
      var d = digits(input.value);
      input.value = format(d);
      var c = caretFor(d);
      try { input.setSelectionRange(c, c); } catch (e) { /* ignore */ }
    };
    input.addEventListener('focus', function () { if (!input.readOnly) { apply(); } });
    input.addEventListener('beforeinput', function (e) {
      var t = e.inputType || '';
      var v = input.value;
      var start = input.selectionStart == null ? v.length : input.selectionStart;
      var end = input.selectionEnd == null ? v.length : input.selectionEnd;
      var before; var after; var d;
      if (t === 'insertLineBreak' || t === 'insertParagraph') {
        return;
      }
      if (t.indexOf('insert') === 0) {
        e.preventDefault();
        var data = String(e.data || (e.dataTransfer ? e.dataTransfer.getData('text') : '') || '').replace(/[^0-9]/g, '');
        before = digits(v.slice(0, start));
        after = digits(v.slice(end));
        d = (before + data + after).slice(0, slots);
      } else if (t.indexOf('delete') === 0) {
        e.preventDefault();
        if (start === end) {
          if (t === 'deleteContentForward') { end = start + 1; } else { start = Math.max(0, start - 1); }
        }
        before = digits(v.slice(0, start));
        after = digits(v.slice(end));
        d = (before + after).slice(0, slots);
      } else {
        return;
      }
      input.value = format(d);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    input.addEventListener('input', apply);
    input.addEventListener('blur', function () {
      var d = digits(input.value);
      if (d.length < slots) { input.value = cfg.autoClear === false && d.length ? format(d) : ''; } else { input.value = format(d); }
      input.classList.toggle('ui-state-filled', input.value !== '');
    });
  }
  PF_.widget.InputMask = InputMask;
})();
`;

// ---------------------------------------------------------------------------
// Markup helpers (what the PrimeFaces renderers write)
// ---------------------------------------------------------------------------

interface Msg {
  severity: 'info' | 'warn' | 'error' | 'fatal';
  summary: string;
  detail?: string;
}

function widgetScript(type: string, id: string, cfg: string, widgetVar = widgetVarOf(id)): string {
  return `<script id="${esc(id)}_s" type="text/javascript">PrimeFaces.cw(${js(type)},${js(widgetVar)},${cfg});</script>`;
}

interface AbCall {
  s: string;
  f: string;
  p: string;
  u: string;
  e?: string;
  onco?: string;
}

function abCode(o: AbCall): string {
  let s = `PrimeFaces.ab({s:${js(o.s)},f:${js(o.f)},p:${js(o.p)},u:${js(o.u)}`;
  if (o.e) s += `,e:${js(o.e)}`;
  if (o.onco) s += `,onco:function(xhr,status,args){${o.onco}}`;
  return `${s}});`;
}

interface ButtonOpts {
  onclick: string;
  type?: 'submit' | 'button';
  styleClass?: string;
  icon?: string;
  confirmCmd?: string;
  title?: string;
}

function commandButton(id: string, label: string, o: ButtonOpts): string {
  const iconCls = o.icon ? 'ui-button-text-icon-left' : 'ui-button-text-only';
  const cls = `ui-button ui-widget ui-state-default ui-corner-all ${iconCls}${o.styleClass ? ` ${o.styleClass}` : ''}`;
  const icon = o.icon ? `<span class="ui-button-icon-left ui-icon ui-c ${o.icon}"></span>` : '';
  const data = o.confirmCmd ? ` data-pfconfirmcommand="${esc(o.confirmCmd)}"` : '';
  const title = o.title ? ` title="${esc(o.title)}"` : '';
  return `<button id="${esc(id)}" name="${esc(id)}" class="${cls}" onclick="${esc(o.onclick)}"${data}${title} type="${o.type ?? 'submit'}" role="button" aria-disabled="false">${icon}<span class="ui-button-text ui-c">${esc(label)}</span></button>${widgetScript('CommandButton', id, `{id:${js(id)}}`)}`;
}

/** p:button: a GET navigation drawn as a button. */
function linkButton(id: string, label: string, href: string, styleClass = '', icon = ''): string {
  return commandButton(id, label, {
    onclick: `window.open('${href}','_self');return false;`,
    type: 'button',
    styleClass,
    icon,
  }).replace(`PrimeFaces.cw("CommandButton"`, `PrimeFaces.cw("Button"`);
}

function commandLink(id: string, body: string, onclick: string, title = ''): string {
  return `<a id="${esc(id)}" href="#" class="ui-commandlink ui-widget" onclick="${esc(onclick)}return false;"${title ? ` title="${esc(title)}"` : ''}>${body}</a>`;
}

function outputLabel(forId: string, text: string, required: boolean, id = ''): string {
  return `<label${id ? ` id="${esc(id)}"` : ''} class="ui-outputlabel ui-widget" for="${esc(forId)}">${esc(text)}${required ? '<span class="ui-outputlabel-rfi">*</span>' : ''}</label>`;
}

interface InputOpts {
  value?: string;
  type?: 'text' | 'password';
  maxlength?: number;
  error?: boolean;
  autocomplete?: string;
  placeholder?: string;
  required?: boolean;
  styleClass?: string;
  inputmode?: string;
}

function inputText(id: string, o: InputOpts = {}): string {
  const cls = [
    o.type === 'password' ? 'ui-password' : '',
    'ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all',
    o.value ? 'ui-state-filled' : '',
    o.error ? 'ui-state-error' : '',
    o.styleClass ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  const attrs = [
    `id="${esc(id)}"`,
    `name="${esc(id)}"`,
    `type="${o.type ?? 'text'}"`,
    `value="${esc(o.value ?? '')}"`,
    o.maxlength ? `maxlength="${o.maxlength}"` : '',
    o.autocomplete ? `autocomplete="${esc(o.autocomplete)}"` : '',
    o.placeholder ? `placeholder="${esc(o.placeholder)}"` : '',
    o.inputmode ? `inputmode="${esc(o.inputmode)}"` : '',
    `class="${cls}"`,
    o.required ? 'aria-required="true"' : '',
    o.error ? 'aria-invalid="true"' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `<input ${attrs} />`;
}

function passwordField(id: string, o: { error?: boolean; feedback?: boolean; maxlength?: number }): string {
  const cfg = o.feedback
    ? `{id:${js(id)},feedback:true,promptLabel:"Please enter a password",weakLabel:"Weak",goodLabel:"Good",strongLabel:"Strong"}`
    : `{id:${js(id)}}`;
  return (
    inputText(id, {
      type: 'password',
      error: o.error,
      autocomplete: 'off',
      required: true,
      maxlength: o.maxlength,
    }) + widgetScript('Password', id, cfg)
  );
}

function messagesHtml(id: string, msgs: Msg[]): string {
  const order: Msg['severity'][] = ['fatal', 'error', 'warn', 'info'];
  let inner = '';
  for (const sev of order) {
    const list = msgs.filter((m) => m.severity === sev);
    if (!list.length) continue;
    inner += `<div class="ui-messages-${sev} ui-corner-all"><a href="#" class="ui-messages-close" onclick="this.parentNode.style.display='none';return false;"><span class="ui-icon ui-icon-close"></span></a><span class="ui-messages-${sev}-icon"></span><ul>${list
      .map(
        (m) =>
          `<li role="alert" aria-atomic="true"><span class="ui-messages-${sev}-summary">${esc(m.summary)}</span>${m.detail ? `<span class="ui-messages-${sev}-detail">${esc(m.detail)}</span>` : ''}</li>`,
      )
      .join('')}</ul></div>`;
  }
  return `<div id="${esc(id)}" class="ui-messages ui-widget" aria-live="polite">${inner}</div>`;
}

function growlHtml(msgs: Msg[]): string {
  return `<span id="growl"><script id="growl_s" type="text/javascript">PrimeFaces.cw("Growl","widget_growl",{id:"growl",sticky:false,life:6000,escape:true,keepAlive:false,msgs:${js(msgs)}});</script></span>`;
}

function panelHtml(id: string, header: string, content: string, styleClass = ''): string {
  return `<div id="${esc(id)}" class="ui-panel ui-widget ui-widget-content ui-corner-all${styleClass ? ` ${styleClass}` : ''}" data-widget="${widgetVarOf(id)}"><div id="${esc(id)}_header" class="ui-panel-titlebar ui-widget-header ui-helper-clearfix ui-corner-all"><span class="ui-panel-title">${esc(header)}</span></div><div id="${esc(id)}_content" class="ui-panel-content ui-widget-content">${content}</div></div>`;
}

function gridHtml(id: string, rows: [string, string][]): string {
  return `<table id="${esc(id)}" class="ui-panelgrid ui-widget ui-panelgrid-blank form-grid" role="grid"><tbody>${rows
    .map(
      ([a, b]) =>
        `<tr class="ui-widget-content" role="row"><td role="gridcell" class="ui-panelgrid-cell label-col">${a}</td><td role="gridcell" class="ui-panelgrid-cell">${b}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

interface DialogOpts {
  id: string;
  widgetVar: string;
  header: string;
  body: string;
  footer?: string;
  width: number;
  modal: boolean;
  visible?: boolean;
  effects?: boolean;
  closable?: boolean;
  styleClass?: string;
}

function dialogHtml(o: DialogOpts): string {
  const id = esc(o.id);
  const close =
    o.closable === false
      ? ''
      : '<a href="#" class="ui-dialog-titlebar-icon ui-dialog-titlebar-close ui-corner-all" aria-label="Close" role="button"><span class="ui-icon ui-icon-closethick"></span></a>';
  const cfg = `{id:${js(o.id)},visible:${o.visible ? 'true' : 'false'},modal:${o.modal ? 'true' : 'false'}${o.effects ? ',showEffect:"fade",hideEffect:"fade"' : ''},resizable:false,draggable:false,width:"${o.width}"}`;
  return `<div id="${id}" class="ui-dialog ui-widget ui-widget-content ui-corner-all ui-shadow ui-hidden-container${o.styleClass ? ` ${o.styleClass}` : ''}" role="dialog" aria-labelledby="${id}_title" aria-hidden="true" style="width:${o.width}px"><div class="ui-dialog-titlebar ui-widget-header ui-helper-clearfix ui-corner-top"><span id="${id}_title" class="ui-dialog-title">${esc(o.header)}</span>${close}</div><div class="ui-dialog-content ui-widget-content">${o.body}</div>${o.footer ? `<div class="ui-dialog-footer ui-widget-content">${o.footer}</div>` : ''}</div>${widgetScript('Dialog', o.id, cfg, o.widgetVar)}`;
}

interface SelectItem {
  value: string;
  label: string;
}

function selectOneMenu(
  id: string,
  items: SelectItem[],
  selected: string,
  o: { filter?: boolean; error?: boolean; noSelection: string; labelledBy?: string },
): string {
  const all: SelectItem[] = [{ value: '', label: o.noSelection }, ...items];
  const selIndex = Math.max(
    0,
    all.findIndex((x) => x.value === selected),
  );
  const sel = all[selIndex] ?? { value: '', label: o.noSelection };
  const eid = esc(id);
  const options = all
    .map(
      (x, i) =>
        `<option value="${esc(x.value)}"${i === selIndex ? ' selected="selected"' : ''} data-escape="true">${esc(x.label)}</option>`,
    )
    .join('');
  const lis = all
    .map(
      (x, i) =>
        `<li id="${eid}_${i}" class="ui-selectonemenu-item ui-selectonemenu-list-item ui-corner-all${i === 0 ? ' ui-noselection-option' : ''}${i === selIndex ? ' ui-state-highlight' : ''}" data-label="${esc(x.label)}" tabindex="-1" role="option" aria-selected="${i === selIndex ? 'true' : 'false'}">${esc(x.label)}</li>`,
    )
    .join('');
  const filter = o.filter
    ? `<div class="ui-selectonemenu-filter-container"><input id="${eid}_filter" name="${eid}_filter" type="text" autocomplete="off" class="ui-selectonemenu-filter ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all" aria-autocomplete="list" aria-controls="${eid}_items" /><span class="ui-icon ui-icon-search"></span></div>`
    : '';
  const cfg = `{id:${js(id)},appendTo:"@(body)",effect:"fade",effectSpeed:400${o.filter ? ',filter:true,filterMatchMode:"contains",caseSensitive:false' : ''}}`;
  return `<div id="${eid}" class="ui-selectonemenu ui-widget ui-state-default ui-corner-all${o.error ? ' ui-state-error' : ''}" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-owns="${eid}_items"><div class="ui-helper-hidden-accessible"><input id="${eid}_focus" name="${eid}_focus" type="text" autocomplete="off" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-autocomplete="list"${o.labelledBy ? ` aria-labelledby="${esc(o.labelledBy)}"` : ''} readonly="readonly" /></div><div class="ui-helper-hidden-accessible"><select id="${eid}_input" name="${eid}_input" tabindex="-1" aria-hidden="true">${options}</select></div><label id="${eid}_label" class="ui-selectonemenu-label ui-inputfield ui-corner-all">${esc(sel.label)}</label><div class="ui-selectonemenu-trigger ui-state-default ui-corner-right"><span class="ui-icon ui-icon-triangle-1-s ui-c"></span></div><div id="${eid}_panel" class="ui-selectonemenu-panel ui-widget ui-widget-content ui-corner-all ui-helper-hidden ui-shadow ui-input-overlay">${filter}<div class="ui-selectonemenu-items-wrapper" style="max-height:200px"><ul id="${eid}_items" class="ui-selectonemenu-items ui-selectonemenu-list ui-widget-content ui-widget ui-corner-all ui-helper-reset" role="listbox">${lis}</ul></div></div></div>${widgetScript('SelectOneMenu', id, cfg)}`;
}

function selectOneRadio(
  id: string,
  items: SelectItem[],
  selected: string,
  behavior: string,
  labelledBy: string,
): string {
  const eid = esc(id);
  const cells = items
    .map((x, i) => {
      const on = x.value === selected;
      return `<tr><td><div class="ui-radiobutton ui-widget"><div class="ui-helper-hidden-accessible"><input id="${eid}:${i}" name="${eid}" type="radio" value="${esc(x.value)}"${on ? ' checked="checked"' : ''} /></div><div class="ui-radiobutton-box ui-widget ui-corner-all ui-state-default${on ? ' ui-state-active' : ''}"><span class="ui-radiobutton-icon ui-icon ui-c ${on ? 'ui-icon-bullet' : 'ui-icon-blank'}"></span></div></div></td><td><label for="${eid}:${i}">${esc(x.label)}</label></td></tr>`;
    })
    .join('');
  const cfg = `{id:${js(id)},behaviors:{change:function(ext,event){${behavior}}}}`;
  return `<table id="${eid}" class="ui-selectoneradio ui-widget" role="radiogroup" aria-labelledby="${esc(labelledBy)}"><tbody>${cells}</tbody></table>${widgetScript('SelectOneRadio', id, cfg)}`;
}

function viewStateInput(vs: string, n: number): string {
  return `<input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:${n}" value="${esc(vs)}" autocomplete="off" />`;
}

function formOpen(id: string, action: string): string {
  return `<form id="${id}" name="${id}" method="post" action="${action}" enctype="application/x-www-form-urlencoded"><input type="hidden" name="${id}" value="${id}" />`;
}

const LOGO_SVG =
  '<svg width="40" height="40" viewBox="0 0 40 40" aria-hidden="true"><circle cx="20" cy="20" r="18" fill="#ffffff"/><circle cx="20" cy="20" r="15" fill="none" stroke="#1c3d6e" stroke-width="2"/><text x="20" y="25" text-anchor="middle" font-family="Georgia,serif" font-size="15" font-weight="700" fill="#1c3d6e">e</text><path d="M9 29h22" stroke="#ff9800" stroke-width="2"/></svg>';

function htmlHead(title: string): string {
  return `<head id="j_idt2"><meta charset="UTF-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="viewport" content="width=device-width, initial-scale=1" /><link type="text/css" rel="stylesheet" href="/javax.faces.resource/theme.css.xhtml?ln=primefaces-saga&amp;v=8.0" /><script type="text/javascript" src="/javax.faces.resource/core.js.xhtml?ln=primefaces&amp;v=8.0"></script><link type="text/css" rel="stylesheet" href="/javax.faces.resource/css/layout.css.xhtml?ln=einvoice" /><link rel="icon" href="data:," /><title>${esc(title)}</title></head>`;
}

function htmlPage(title: string, body: string): string {
  return `<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en">${htmlHead(title)}<body>${body}</body></html>`;
}

function sessionExpiredDialog(): string {
  return dialogHtml({
    id: 'sessionExpiredDlg',
    widgetVar: 'sessionExpiredDlg',
    header: 'Session Expired',
    width: 440,
    modal: true,
    closable: false,
    body: '<div class="dlg-message"><span class="ui-icon pi pi-exclamation-triangle dlg-icon"></span><span>Your session has expired or is no longer valid. You will be taken to the login page.</span></div>',
    footer: commandButton('sessionExpiredDlg_login', 'Login Again', {
      onclick: `window.location.href='${EXPIRED_URL}';return false;`,
      type: 'button',
      icon: 'pi pi-sign-in',
    }),
  });
}

function ajaxStatusHtml(): string {
  return '<div id="ajaxStatus" class="ui-ajax-status layout-ajax-status"><span class="ui-ajax-status-indicator pi pi-spinner pi-spin" style="visibility:hidden"></span></div>';
}

function footerHtml(): string {
  return '<div class="layout-footer">Site is designed, developed and hosted by National Informatics Centre, Ministry of Electronics &amp; Information Technology, Government of India. Contents provided by Goods and Services Tax Network.</div>';
}

function publicHeader(showLogin: boolean): string {
  const items: [string, string][] = [
    ['Home', '/'],
    ['Notices', '/#notices'],
    ['Contact Us', '/#contact'],
  ];
  const lis = items
    .map(
      ([l, h]) =>
        `<li class="ui-widget ui-menuitem ui-corner-all" role="none"><a tabindex="-1" class="ui-menuitem-link ui-corner-all" href="${h}" role="menuitem"><span class="ui-menuitem-text">${esc(l)}</span></a></li>`,
    )
    .join('');
  const options = showLogin
    ? `<li class="ui-menuitem ui-widget ui-corner-all ui-menubar-options" role="none">${linkButton('btnLogin', 'Login', P_LOGIN, 'homepageloginbtn', 'pi pi-sign-in')}</li>`
    : '';
  return `<div class="layout-header"><a class="brand" href="/">${LOGO_SVG}<div><span class="brand-title">e-Invoice System</span><span class="brand-sub">Goods and Services Tax · Government of India</span></div></a><div id="homeMenu" class="ui-menu ui-menubar ui-widget ui-widget-content ui-corner-all ui-helper-clearfix" role="menubar"><div tabindex="0" class="ui-helper-hidden-accessible"></div><ul class="ui-menu-list ui-helper-reset">${lis}${options}</ul></div>${ajaxStatusHtml()}</div>`;
}

// ---------------------------------------------------------------------------
// Sessions and views
// ---------------------------------------------------------------------------

interface ApiView {
  otpSent: boolean;
  otpVerified: boolean;
  mode: string;
  gsp: string;
  erp: string;
  owner: string;
  username: string;
}

interface View {
  page: string;
  api?: ApiView;
}

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'auth';
  views: Map<string, View>;
  captchaUid: string;
  techShown: boolean;
  contact: { name: string; mobile: string; email: string };
}

interface Change {
  update?: [string, string];
  evalCode?: string;
  args?: Record<string, unknown>;
}

function partialResponse(changes: Change[], viewState?: string): string {
  let out = `<?xml version='1.0' encoding='UTF-8'?>\n<partial-response id="j_id1"><changes>`;
  let args: Record<string, unknown> | undefined;
  const evals: string[] = [];
  for (const c of changes) {
    if (c.update) out += `<update id="${esc(c.update[0])}"><![CDATA[${cdata(c.update[1])}]]></update>`;
    if (c.evalCode) evals.push(c.evalCode);
    if (c.args) args = { ...(args ?? {}), ...c.args };
  }
  if (viewState) out += `<update id="j_id1:javax.faces.ViewState:0"><![CDATA[${cdata(viewState)}]]></update>`;
  if (args) out += `<extension ln="primefaces" type="args">${cdata(JSON.stringify(args))}</extension>`;
  for (const e of evals) out += `<eval><![CDATA[${cdata(e)}]]></eval>`;
  return `${out}</changes></partial-response>`;
}

function redirectPartial(url: string): string {
  return `<?xml version='1.0' encoding='UTF-8'?>\n<partial-response id="j_id1"><redirect url="${esc(url)}"></redirect></partial-response>`;
}

function expiredPartial(): string {
  return partialResponse([
    {
      evalCode: `PF('sessionExpiredDlg').show();setTimeout(function(){window.location.href='${EXPIRED_URL}';},3000);`,
    },
  ]);
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
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
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USERNAME_RULE = /^[A-Za-z0-9]{4,11}$/;
const GSTIN_RULE = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;

// ---------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------

export async function startPrimefacesR20Rendition(
  options: PrimefacesR20Options = {},
): Promise<PrimefacesR20Rendition> {
  const state: PrimefacesR20State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** The older registration on file (not one made here: `state.users` holds those). */
  const seeded: PrimefacesR20State['users'] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: SEED_USER,
      password: 'Tera@2023Reg',
      createdOn: '14/08/2023',
    },
  ];
  const onFile = () => [...seeded, ...state.users];
  const sessions = new Map<string, Session>();
  let expireUsed = false;

  // ----- session plumbing -----
  function sessionOf(req: IncomingMessage): Session | undefined {
    const id = parseCookies(req.headers.cookie).JSESSIONID;
    return id ? sessions.get(id) : undefined;
  }
  function newSession(res: ServerResponse): Session {
    const s: Session = {
      id: randomBytes(16).toString('hex').toUpperCase(),
      stage: 'anon',
      views: new Map(),
      captchaUid: randomBytes(6).toString('hex'),
      techShown: false,
      contact: { name: 'Suresh Kulkarni', mobile: '9822012345', email: 'it.support@unitedtraders.in' },
    };
    sessions.set(s.id, s);
    res.setHeader('Set-Cookie', `JSESSIONID=${s.id}; Path=/; HttpOnly; SameSite=Lax`);
    return s;
  }
  function newView(s: Session, page: string, api?: ApiView): string {
    const vs = `${signedLong()}:${signedLong()}`;
    s.views.set(vs, { page, api });
    while (s.views.size > 15) {
      const first = s.views.keys().next().value;
      if (first === undefined) break;
      s.views.delete(first);
    }
    return vs;
  }

  // ----- responses -----
  function sendHtml(res: ServerResponse, html: string, status = 200): void {
    res.writeHead(status, {
      'Content-Type': 'text/html;charset=UTF-8',
      'Cache-Control': 'no-cache, no-store, must-revalidate',
      'X-Powered-By': 'JSF/2.3',
    });
    res.end(html);
  }
  function sendXml(res: ServerResponse, xml: string): void {
    res.writeHead(200, {
      'Content-Type': 'text/xml;charset=UTF-8',
      'Cache-Control': 'no-cache, no-store, must-revalidate',
      'X-Powered-By': 'JSF/2.3',
    });
    res.end(xml);
  }
  function redirect(res: ServerResponse, location: string): void {
    res.writeHead(302, { Location: location, 'Content-Length': '0' });
    res.end();
  }
  function notFound(res: ServerResponse): void {
    sendHtml(
      res,
      '<!DOCTYPE html><html><head><title>Error 404 - Not Found</title></head><body><h1>HTTP Status 404 – Not Found</h1><p>The requested resource is not available.</p></body></html>',
      404,
    );
  }

  // ----- shared pieces -----
  function captchaImg(s: Session): string {
    return `<img id="loginForm:captchaImg" src="/javax.faces.resource/dynamiccontent.properties.xhtml?ln=primefaces&amp;v=8.0&amp;pfdrid=${s.captchaUid}&amp;pfdrst=3&amp;pfdrid_c=false&amp;uid=${s.captchaUid}" alt="Captcha" width="160" height="50" />`;
  }

  function sideMenu(): string {
    const leaf = (label: string, href: string) =>
      `<li class="ui-menuitem ui-widget ui-corner-all" role="treeitem"><a tabindex="-1" class="ui-menuitem-link ui-corner-all" href="${href}"><span class="ui-menuitem-text">${esc(label)}</span></a></li>`;
    const mod = (key: string) => leaf(MODULES[key] ?? key, `${P_MODULE}?m=${key}`);
    const tree = (id: string, label: string, children: string) =>
      `<li id="${id}" class="ui-widget ui-menuitem ui-corner-all ui-menu-parent" role="treeitem" aria-haspopup="true" aria-expanded="false"><a href="#" class="ui-menuitem-link ui-corner-all" tabindex="-1"><span class="ui-panelmenu-icon ui-icon ui-icon-triangle-1-e"></span><span class="ui-menuitem-text">${esc(label)}</span></a><ul class="ui-menu-list ui-helper-reset" role="group" style="display:none">${children}</ul></li>`;
    const group = (i: number, label: string, children: string) =>
      `<div class="ui-panelmenu-panel"><h3 class="ui-widget ui-panelmenu-header ui-state-default ui-corner-all" role="tab" tabindex="0" aria-expanded="false" aria-selected="false"><span class="ui-icon ui-icon-triangle-1-e"></span><a href="#" tabindex="-1">${esc(label)}</a></h3><div id="menuForm:sideMenu_${i}" class="ui-panelmenu-content ui-widget-content ui-helper-hidden" role="tabpanel" aria-hidden="true"><ul class="ui-menu-list ui-helper-reset">${children}</ul></div></div>`;
    const html = `<div id="menuForm:sideMenu" class="ui-panelmenu ui-widget layout-menu">${group(0, 'e-Invoice', mod('generate-irn') + mod('cancel-irn') + mod('irn-details') + mod('bulk-upload'))}${group(1, 'MIS Reports', mod('mis-irn') + mod('mis-summary'))}${group(2, 'User Management', mod('create-subuser') + mod('update-subuser') + mod('change-password'))}${group(3, 'API Registration', tree('menuForm:sideMenu_3_0', 'User Credentials', leaf('Create API User', P_API) + mod('freeze-api-user') + mod('change-api-password')) + mod('ip-whitelisting'))}</div>`;
    return (
      html +
      widgetScript('PanelMenu', 'menuForm:sideMenu', `{id:"menuForm:sideMenu",stateful:true}`, 'sideMenu')
    );
  }

  function breadcrumb(items: string[]): string {
    const parts = [
      `<li role="menuitem"><a class="ui-menuitem-link ui-corner-all" href="${P_DASH}"><span class="ui-icon ui-icon-home"></span><span class="ui-menuitem-text" style="display:none">Home</span></a></li>`,
    ];
    for (const it of items) {
      parts.push('<li class="ui-breadcrumb-chevron ui-icon ui-icon-triangle-1-e"></li>');
      parts.push(
        `<li role="menuitem"><span class="ui-menuitem-link ui-corner-all"><span class="ui-menuitem-text">${esc(it)}</span></span></li>`,
      );
    }
    return `<div id="breadcrumb" class="ui-breadcrumb ui-module ui-widget ui-widget-header ui-helper-clearfix ui-corner-all" role="menu"><ul>${parts.join('')}</ul></div>`;
  }

  function securedPage(title: string, vs: string, crumbs: string[], content: string, tail: string): string {
    const topbar = `<div class="layout-topbar"><a class="brand" href="${P_DASH}">${LOGO_SVG}<div><span class="brand-title">e-Invoice System</span><span class="brand-sub">${esc(TRADE_NAME)}</span></div></a><div class="topbar-right">${ajaxStatusHtml()}<span class="topbar-gstin">GSTIN: ${esc(state.gstin)}</span><span class="topbar-user"><span class="pi pi-user"></span> ${esc(PRIMEFACES_R20_LOGIN.username)}</span><a id="lnkLogout" href="${P_LOGOUT}"><span class="pi pi-sign-out"></span>Logout</a></div></div>`;
    const sidebar = `<div class="layout-sidebar">${formOpen('menuForm', P_DASH)}<a class="sidebar-home" href="${P_DASH}"><span class="pi pi-home"></span>Dash Board</a>${sideMenu()}${viewStateInput(vs, 0)}</form></div>`;
    const body = `${topbar}<div class="layout-wrapper">${sidebar}<div class="layout-main">${breadcrumb(crumbs)}${content}</div></div>${growlHtml([])}${tail}${sessionExpiredDialog()}`;
    return htmlPage(`${title} - e-Invoice System`, body);
  }

  // ----- home -----
  function homePage(): string {
    const body = `${publicHeader(true)}<div class="layout-content"><div class="hero"><h1>e-Invoice System</h1><p>Registration of B2B invoices with the Invoice Registration Portal (IRP): generation of the Invoice Reference Number (IRN), cancellation, reports, and API access for taxpayers, GSPs and ERPs.</p></div><div class="home-grid">${panelHtml(
      'notices',
      'Latest Updates',
      '<ul><li>Two-factor authentication (2FA) is mandatory for all users of the e-Invoice System from 1st April 2025. The OTP is sent by SMS, the Sandes app or the NIC-GST-Shield app.</li><li>Taxpayers can create API users for their GSP under API Registration &gt; User Credentials &gt; Create API User.</li><li>Invoices older than 30 days cannot be reported to the IRP by taxpayers with AATO of Rs. 10 Crore and above.</li></ul>',
    )}${panelHtml('contact', 'Contact Us', '<ul><li>Helpdesk: 1800 1200 232</li><li>support.einvoice@gst.gov.in</li><li>Monday to Saturday, 9:00 AM to 8:00 PM</li></ul>')}</div></div>${footerHtml()}${sessionExpiredDialog()}`;
    return htmlPage('e-Invoice System', body);
  }

  // ----- login -----
  function loginUser(value: string, error: boolean): string {
    return inputText('loginForm:txtUserName', {
      value,
      maxlength: 15,
      error,
      autocomplete: 'off',
      required: true,
      placeholder: 'Enter User Name',
    });
  }
  function loginPassword(error: boolean): string {
    return passwordField('loginForm:txtPassword', { error, maxlength: 20 });
  }
  function loginCaptcha(error: boolean): string {
    return inputText('loginForm:txtCaptcha', {
      maxlength: 10,
      error,
      autocomplete: 'off',
      required: true,
      placeholder: 'Enter Captcha',
    });
  }
  const LOGIN_UPDATE =
    'loginForm:msgs loginForm:txtUserName loginForm:txtPassword loginForm:captchaImg loginForm:txtCaptcha growl';

  function loginPage(s: Session, vs: string, expired: boolean): string {
    const msgs: Msg[] = expired
      ? [{ severity: 'warn', summary: 'Your session has expired. Please login again.' }]
      : [];
    const refresh = commandLink(
      'loginForm:lnkRefreshCaptcha',
      '<span class="ui-icon pi pi-refresh"></span>',
      abCode({
        s: 'loginForm:lnkRefreshCaptcha',
        f: 'loginForm',
        p: 'loginForm:lnkRefreshCaptcha',
        u: 'loginForm:captchaImg',
      }),
      'Refresh Captcha',
    );
    const content = `${messagesHtml('loginForm:msgs', msgs)}${gridHtml('loginForm:loginGrid', [
      [outputLabel('loginForm:txtUserName', 'Username', true), loginUser('', false)],
      [outputLabel('loginForm:txtPassword', 'Password', true), loginPassword(false)],
      [
        '<span class="captcha-caption">Captcha</span>',
        `<div id="loginForm:captchaBox" class="captcha-box">${captchaImg(s)}${refresh}</div>`,
      ],
      [outputLabel('loginForm:txtCaptcha', 'Enter Captcha', true), loginCaptcha(false)],
    ])}<div class="form-actions">${commandButton('loginForm:btnLogin', 'Login', {
      onclick: `${abCode({ s: 'loginForm:btnLogin', f: 'loginForm', p: 'loginForm', u: LOGIN_UPDATE })}return false;`,
      styleClass: 'btnlogin login-button',
      icon: 'pi pi-sign-in',
    })}</div><div class="login-note">Two-factor authentication is mandatory: after your user name and password an OTP is required.</div>`;
    const body = `${publicHeader(false)}<div class="layout-content"><div class="login-wrapper">${formOpen('loginForm', P_LOGIN)}${panelHtml('loginForm:loginPanel', 'Login', content)}${viewStateInput(vs, 0)}</form></div></div>${footerHtml()}${growlHtml([])}${sessionExpiredDialog()}`;
    return htmlPage('Login - e-Invoice System', body);
  }

  // ----- login OTP -----
  function otpInput(error: boolean): string {
    return (
      inputText('otpForm:txtOtp', {
        maxlength: 6,
        error,
        autocomplete: 'one-time-code',
        required: true,
        inputmode: 'numeric',
      }) +
      widgetScript(
        'InputMask',
        'otpForm:txtOtp',
        `{id:"otpForm:txtOtp",mask:"999999",placeholder:"_",autoClear:true}`,
      )
    );
  }
  function otpPage(vs: string): string {
    const content = `<p class="otp-info">An OTP has been sent to your registered mobile number ${MOBILE_MASKED}. You may also use the OTP shown in the Sandes app or the NIC-GST-Shield app.</p>${messagesHtml('otpForm:msgs', [])}${gridHtml(
      'otpForm:otpGrid',
      [[outputLabel('otpForm:txtOtp', 'Enter OTP', true), otpInput(false)]],
    )}<div class="form-actions">${commandButton('otpForm:btnVerifyOTP', 'Verify OTP', {
      onclick: `${abCode({ s: 'otpForm:btnVerifyOTP', f: 'otpForm', p: 'otpForm', u: 'otpForm:msgs otpForm:txtOtp growl' })}return false;`,
      icon: 'pi pi-check',
    })}${commandLink('otpForm:lnkResendOtp', 'Resend OTP', abCode({ s: 'otpForm:lnkResendOtp', f: 'otpForm', p: 'otpForm:lnkResendOtp', u: 'growl' }))}<a href="${P_LOGIN}" class="ui-commandlink ui-widget">Back to Login</a></div>`;
    const body = `${publicHeader(false)}<div class="layout-content"><div class="login-wrapper">${formOpen('otpForm', P_OTP)}${panelHtml('otpForm:otpPanel', 'OTP Verification', content)}${viewStateInput(vs, 0)}</form></div></div>${footerHtml()}${growlHtml([])}${sessionExpiredDialog()}`;
    return htmlPage('OTP Verification - e-Invoice System', body);
  }

  // ----- dashboard -----
  function techDialog(s: Session, vs: string, visible: boolean): string {
    const c = s.contact;
    const body = `<p style="margin-top:0">Please verify the contact details of the technical person of your organisation. NIC will use them for communication about e-Invoice API access.</p>${messagesHtml('techForm:msgs', [])}${gridHtml(
      'techForm:techGrid',
      [
        [
          outputLabel('techForm:contactName', 'Name', true),
          inputText('techForm:contactName', { value: c.name, maxlength: 60 }),
        ],
        [
          outputLabel('techForm:contactMobile', 'Mobile No.', true),
          inputText('techForm:contactMobile', { value: c.mobile, maxlength: 10 }),
        ],
        [
          outputLabel('techForm:contactEmail', 'Email ID', true),
          inputText('techForm:contactEmail', { value: c.email, maxlength: 80 }),
        ],
      ],
    )}`;
    const footer = `${commandButton('techForm:btnUpdateContact', 'Update', {
      onclick: `${abCode({ s: 'techForm:btnUpdateContact', f: 'techForm', p: 'techForm', u: 'techForm:msgs growl', onco: "if(args&&!args.validationFailed){PF('techContactDlg').hide();}" })}return false;`,
      icon: 'pi pi-check',
      styleClass: 'ui-button-success',
    })}${commandButton('techForm:btnExit', 'Exit', {
      onclick: "PF('techContactDlg').hide();return false;",
      type: 'button',
      icon: 'pi pi-times',
      styleClass: 'ui-button-danger',
    })}`;
    return `${formOpen('techForm', P_DASH)}${dialogHtml({
      id: 'techForm:techContactDlg',
      widgetVar: 'techContactDlg',
      header: 'Contacts of Technical Person',
      body,
      footer,
      width: 640,
      modal: true,
      visible,
      effects: true,
    })}${viewStateInput(vs, 1)}</form>`;
  }

  function dashboardPage(s: Session, vs: string, showTech: boolean): string {
    const card = (id: string, title: string, count: string, caption: string) =>
      panelHtml(
        id,
        title,
        `<div class="dash-count">${count}</div><div class="dash-caption">${esc(caption)}</div>`,
      );
    const content = `<h1 class="page-title">Dash Board</h1><p>Welcome, <b>${esc(TRADE_NAME)}</b> (GSTIN ${esc(state.gstin)}).</p><div class="dash-cards">${card('dashGenerations', 'Generations', '0', 'IRNs generated today')}${card('dashCancelled', 'Cancelled', '0', 'IRNs cancelled today')}${card('dashApiUsers', 'API Users', String(onFile().filter((u) => u.gstin === state.gstin).length), 'GSPs registered for API access')}</div>`;
    return securedPage('Dash Board', vs, ['Dash Board'], content, techDialog(s, vs, showTech));
  }

  function modulePage(vs: string, title: string): string {
    const content = `<h1 class="page-title">${esc(title)}</h1>${panelHtml('modulePanel', title, '<p style="margin:0">This facility is not available at present. Please try again later.</p>')}`;
    return securedPage(title, vs, [title], content, '');
  }

  // ----- Create API User -----
  function otpPanelHtml(a: ApiView, error: boolean): string {
    const info = a.otpSent
      ? `An OTP has been sent to your registered mobile number ${MOBILE_MASKED}. Enter the OTP and click Verify OTP.`
      : `Sending OTP to your registered mobile number ${MOBILE_MASKED}...`;
    return `<div id="apiForm:otpPanel" class="otp-panel"><p class="otp-info"><span class="pi pi-mobile"></span> ${esc(info)}</p>${gridHtml(
      'apiForm:otpGrid',
      [
        [
          outputLabel('apiForm:txtApiOtp', 'Enter OTP', true),
          inputText('apiForm:txtApiOtp', {
            maxlength: 6,
            error,
            autocomplete: 'off',
            required: true,
            inputmode: 'numeric',
          }),
        ],
      ],
    )}<div class="form-actions">${commandButton('apiForm:btnVerifyOtp', 'Verify OTP', {
      onclick: `${abCode({ s: 'apiForm:btnVerifyOtp', f: 'apiForm', p: 'apiForm:otpPanel apiForm:btnVerifyOtp', u: 'apiForm:apiPanel apiForm:gspListWrap growl' })}return false;`,
      icon: 'pi pi-check',
    })}${commandLink('apiForm:lnkResendOtp', 'Resend OTP', abCode({ s: 'apiForm:lnkResendOtp', f: 'apiForm', p: 'apiForm:lnkResendOtp', u: 'apiForm:otpPanel apiForm:msgs growl' }))}</div></div>`;
  }

  function modeFieldsHtml(a: ApiView, errs: Set<string>): string {
    const rows: [string, string][] = [];
    if (a.mode === 'GSP') {
      rows.push([
        outputLabel('apiForm:gsp_focus', 'Select your GSP', true, 'apiForm:lblGsp'),
        selectOneMenu('apiForm:gsp', GSPS, a.gsp, {
          filter: true,
          error: errs.has('gsp'),
          noSelection: '--Select--',
          labelledBy: 'apiForm:lblGsp',
        }),
      ]);
    } else if (a.mode === 'ERP') {
      rows.push([
        outputLabel('apiForm:erp_focus', 'Select your ERP', true, 'apiForm:lblErp'),
        selectOneMenu('apiForm:erp', ERPS, a.erp, {
          error: errs.has('erp'),
          noSelection: '--Select--',
          labelledBy: 'apiForm:lblErp',
        }),
      ]);
    } else if (a.mode === 'OTHER') {
      rows.push([
        outputLabel('apiForm:txtOwnerGstin', 'GSTIN of the Client-Id owner', true),
        inputText('apiForm:txtOwnerGstin', {
          value: a.owner,
          maxlength: 15,
          error: errs.has('owner'),
          autocomplete: 'off',
        }),
      ]);
    }
    let body = '';
    if (a.mode === 'DIRECT') {
      body =
        '<div class="warn-box">Direct API access (own Client-Id and Client-Secret) is available only to notified taxpayers whose aggregate turnover is above the threshold fixed by GSTN. Other taxpayers must access the APIs through a GSP or an ERP.</div>';
    }
    if (a.mode && a.mode !== 'DIRECT') {
      rows.push([
        outputLabel('apiForm:txtUserName', 'Username', true),
        `<div class="ui-inputgroup"><span class="ui-inputgroup-addon">API_</span>${inputText(
          'apiForm:txtUserName',
          {
            value: a.username,
            maxlength: 11,
            error: errs.has('username'),
            autocomplete: 'off',
            required: true,
          },
        )}</div><div class="field-hint">4 to 11 letters or digits. The prefix API_ is added to the user name.</div>`,
      ]);
      rows.push([
        outputLabel('apiForm:txtPassword', 'Password', true),
        `${passwordField('apiForm:txtPassword', { error: errs.has('password'), feedback: true, maxlength: 15 })}<div class="field-hint">8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.</div>`,
      ]);
      rows.push([
        outputLabel('apiForm:txtRePassword', 'Re-enter Password', true),
        passwordField('apiForm:txtRePassword', { error: errs.has('repassword'), maxlength: 15 }),
      ]);
    }
    const submitCmd = `${abCode({ s: 'apiForm:btnSubmit', f: 'apiForm', p: 'apiForm', u: 'apiForm:msgs apiForm:regPanel apiForm:gspListWrap growl resultDlg' })}return false;`;
    const buttons = `<div class="form-actions">${commandButton('apiForm:btnSubmit', 'Submit', {
      onclick:
        'PrimeFaces.confirm({source:"apiForm:btnSubmit",header:"Confirmation",message:"Are you sure you want to submit the details for creating the API user?",icon:"pi pi-exclamation-triangle"});return false;',
      confirmCmd: submitCmd,
      icon: 'pi pi-check',
    })}${linkButton('apiForm:btnExit', 'Exit', P_DASH, 'ui-button-danger', 'pi pi-times')}</div>`;
    return `<div id="apiForm:modeFields">${body}${rows.length ? gridHtml('apiForm:modeGrid', rows) : ''}${buttons}</div>`;
  }

  function regPanelHtml(a: ApiView, errs: Set<string>): string {
    const behavior = abCode({
      s: 'apiForm:regMode',
      e: 'change',
      f: 'apiForm',
      p: 'apiForm:regMode',
      u: 'apiForm:modeFields',
    });
    return `<div id="apiForm:regPanel"><p class="reg-note"><span class="pi pi-check-circle"></span> OTP verified. Provide the details below to create the API user for GSTIN ${esc(state.gstin)}.</p>${gridHtml(
      'apiForm:regGrid',
      [
        [
          outputLabel(
            'apiForm:regMode',
            'Do you wish to Register your GSTIN for',
            true,
            'apiForm:lblRegMode',
          ),
          selectOneRadio('apiForm:regMode', MODES, a.mode, behavior, 'apiForm:lblRegMode'),
        ],
      ],
    )}${modeFieldsHtml(a, errs)}</div>`;
  }

  function apiPanelHtml(a: ApiView, msgs: Msg[], otpError: boolean): string {
    const inner = a.otpVerified ? regPanelHtml(a, new Set()) : otpPanelHtml(a, otpError);
    return panelHtml('apiForm:apiPanel', 'API Registration', messagesHtml('apiForm:msgs', msgs) + inner);
  }

  function gspListHtml(a: ApiView): string {
    if (!a.otpVerified) return '<span id="apiForm:gspListWrap"></span>';
    const rows = onFile().filter((u) => u.gstin === state.gstin);
    const head = ['Sl. No.', 'GSP Name', 'User Name', 'Created On', 'Status']
      .map(
        (h, i) =>
          `<th id="apiForm:gspTable:col${i}" class="ui-state-default" role="columnheader" aria-label="${esc(h)}" scope="col"><span class="ui-column-title">${esc(h)}</span></th>`,
      )
      .join('');
    const bodyRows = rows.length
      ? rows
          .map(
            (u, i) =>
              `<tr data-ri="${i}" class="ui-widget-content ${i % 2 ? 'ui-datatable-odd' : 'ui-datatable-even'}" role="row"><td role="gridcell">${i + 1}</td><td role="gridcell">${esc(u.gsp)}</td><td role="gridcell">${esc(u.username)}</td><td role="gridcell">${esc(u.createdOn)}</td><td role="gridcell">Active</td></tr>`,
          )
          .join('')
      : '<tr class="ui-widget-content ui-datatable-empty-message"><td colspan="5">No records found.</td></tr>';
    const table = `<div id="apiForm:gspTable" class="ui-datatable ui-widget"><div class="ui-datatable-header ui-widget-header ui-corner-top">GSPs registered for GSTIN ${esc(state.gstin)}</div><div class="ui-datatable-tablewrapper"><table role="grid"><thead id="apiForm:gspTable_head"><tr role="row">${head}</tr></thead><tbody id="apiForm:gspTable_data" class="ui-datatable-data ui-widget-content">${bodyRows}</tbody></table></div></div>`;
    return `<div id="apiForm:gspListWrap" class="gsp-list">${panelHtml('apiForm:gspListPanel', 'Registered GSPs', table)}</div>`;
  }

  function resultDialog(kind: 'success' | 'error', header: string, lines: string[]): string {
    const icon = kind === 'success' ? 'pi-check-circle' : 'pi-times-circle';
    return dialogHtml({
      id: 'resultDlg',
      widgetVar: 'resultDlg',
      header,
      width: 520,
      modal: true,
      body: `<div class="dlg-message"><span class="ui-icon pi ${icon} dlg-icon"></span><div>${lines.map((l) => `<p style="margin:0 0 .5rem">${esc(l)}</p>`).join('')}</div></div>`,
      footer: commandButton('resultDlg_ok', 'OK', {
        onclick: "PF('resultDlg').hide();return false;",
        type: 'button',
        icon: 'pi pi-check',
      }),
    });
  }

  function apiPage(vs: string, a: ApiView): string {
    const rc = `<script id="apiForm:rcSendOtp" type="text/javascript">window.sendApiOtp=function(){return PrimeFaces.ab({s:"apiForm:rcSendOtp",f:"apiForm",p:"apiForm:rcSendOtp",u:"apiForm:otpPanel apiForm:msgs growl",pa:arguments[0]});};PrimeFaces.onReady(function(){window.sendApiOtp();});</script>`;
    const form = `${formOpen('apiForm', P_API)}${apiPanelHtml(a, [], false)}${gspListHtml(a)}${rc}${viewStateInput(vs, 1)}</form>`;
    const confirm = `<div id="confirmDlg" class="ui-confirm-dialog ui-dialog ui-widget ui-widget-content ui-corner-all ui-shadow ui-hidden-container" role="dialog" aria-labelledby="confirmDlg_title" aria-hidden="true" aria-live="polite" style="width:460px"><div class="ui-dialog-titlebar ui-widget-header ui-helper-clearfix ui-corner-top"><span id="confirmDlg_title" class="ui-dialog-title">Confirmation</span><a href="#" class="ui-dialog-titlebar-icon ui-dialog-titlebar-close ui-corner-all" aria-label="Close" role="button"><span class="ui-icon ui-icon-closethick"></span></a></div><div class="ui-dialog-content ui-widget-content"><span class="ui-icon ui-confirm-dialog-severity pi pi-exclamation-triangle dlg-icon"></span><span class="ui-confirm-dialog-message"></span></div><div class="ui-dialog-buttonpane ui-dialog-footer ui-widget-content ui-helper-clearfix">${commandButton('confirmDlg_yes', 'Yes', { onclick: 'return false;', type: 'button', styleClass: 'ui-confirmdialog-yes', icon: 'pi pi-check' })}${commandButton('confirmDlg_no', 'No', { onclick: 'return false;', type: 'button', styleClass: 'ui-confirmdialog-no ui-button-secondary', icon: 'pi pi-times' })}</div></div>${widgetScript('ConfirmDialog', 'confirmDlg', `{id:"confirmDlg",global:true,modal:true,showEffect:"fade",hideEffect:"fade"}`, 'widget_confirmDlg')}`;
    const content = `<h1 class="page-title">Create API User</h1>${form}${confirm}${resultDialog('success', 'Information', [''])}`;
    return securedPage(
      'Create API User',
      vs,
      ['API Registration', 'User Credentials', 'Create API User'],
      content,
      '',
    );
  }

  // ----- request handling -----
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;

    if (method === 'GET' || method === 'HEAD') {
      if (path.startsWith('/javax.faces.resource/')) return resource(req, res, path);
      switch (path) {
        case P_HOME:
        case '/index.xhtml':
          return sendHtml(res, homePage());
        case P_LOGIN: {
          const s = sessionOf(req) ?? newSession(res);
          if (s.stage === 'auth') return redirect(res, P_DASH);
          s.stage = 'anon';
          const vs = newView(s, P_LOGIN);
          return sendHtml(res, loginPage(s, vs, url.searchParams.get('expired') === 'true'));
        }
        case P_OTP: {
          const s = sessionOf(req);
          if (!s) return redirect(res, EXPIRED_URL);
          if (s.stage === 'auth') return redirect(res, P_DASH);
          if (s.stage !== 'otp') return redirect(res, P_LOGIN);
          return sendHtml(res, otpPage(newView(s, P_OTP)));
        }
        case P_LOGOUT: {
          const s = sessionOf(req);
          if (s) sessions.delete(s.id);
          return redirect(res, P_HOME);
        }
        case P_DASH:
        case P_API:
        case P_MODULE: {
          const s = sessionOf(req);
          if (!s) return redirect(res, EXPIRED_URL);
          if (s.stage !== 'auth') return redirect(res, P_LOGIN);
          if (path === P_DASH) {
            const show = !s.techShown;
            s.techShown = true;
            return sendHtml(res, dashboardPage(s, newView(s, P_DASH), show));
          }
          if (path === P_API) {
            const a: ApiView = {
              otpSent: false,
              otpVerified: false,
              mode: '',
              gsp: '',
              erp: '',
              owner: '',
              username: '',
            };
            return sendHtml(res, apiPage(newView(s, P_API, a), a));
          }
          const title = MODULES[url.searchParams.get('m') ?? ''];
          if (!title) return notFound(res);
          return sendHtml(res, modulePage(newView(s, P_MODULE), title));
        }
        default:
          return notFound(res);
      }
    }

    if (method !== 'POST') {
      res.writeHead(405, { Allow: 'GET, POST' });
      res.end();
      return;
    }

    const body = await readBody(req);
    const params = new URLSearchParams(body);
    const ajax =
      req.headers['faces-request'] === 'partial/ajax' || params.get('javax.faces.partial.ajax') === 'true';
    const s = sessionOf(req);
    const vs = params.get('javax.faces.ViewState') ?? '';
    const view = s?.views.get(vs);
    if (!ajax) {
      // Every form of this rendition posts through AJAX; a plain post just re-renders the page.
      if (!s || !view) return redirect(res, EXPIRED_URL);
      res.writeHead(303, { Location: path });
      res.end();
      return;
    }
    if (!s || !view || view.page !== path) return sendXml(res, expiredPartial());
    const source = params.get('javax.faces.source') ?? '';

    if (path === P_LOGIN) return sendXml(res, loginAjax(s, vs, source, params));
    if (path === P_OTP) {
      if (s.stage !== 'otp') return sendXml(res, redirectPartial(s.stage === 'auth' ? P_DASH : P_LOGIN));
      return sendXml(res, otpAjax(s, vs, source, params));
    }
    if (s.stage !== 'auth') return sendXml(res, expiredPartial());
    if (path === P_DASH) return sendXml(res, dashAjax(s, vs, source, params));
    if (path === P_API && view.api) return sendXml(res, apiAjax(s, vs, view.api, source, params));
    return sendXml(res, partialResponse([], vs));
  }

  function resource(req: IncomingMessage, res: ServerResponse, path: string): void {
    const statics: Record<string, [string, string]> = {
      '/javax.faces.resource/theme.css.xhtml': ['text/css;charset=UTF-8', THEME_CSS],
      '/javax.faces.resource/core.js.xhtml': ['text/javascript;charset=UTF-8', CORE_JS],
      '/javax.faces.resource/css/layout.css.xhtml': ['text/css;charset=UTF-8', LAYOUT_CSS],
    };
    const hit = statics[path];
    if (hit) {
      res.writeHead(200, { 'Content-Type': hit[0], 'Cache-Control': 'max-age=3600' });
      res.end(hit[1]);
    } else if (path === '/javax.faces.resource/dynamiccontent.properties.xhtml' && sessionOf(req)) {
      res.writeHead(200, {
        'Content-Type': 'image/svg+xml',
        'Cache-Control': 'no-cache, no-store, must-revalidate',
      });
      res.end(captchaSvg(state.captcha));
    } else {
      notFound(res);
    }
  }

  function loginAjax(s: Session, vs: string, source: string, params: URLSearchParams): string {
    if (source === 'loginForm:lnkRefreshCaptcha') {
      s.captchaUid = randomBytes(6).toString('hex');
      return partialResponse([{ update: ['loginForm:captchaImg', captchaImg(s)] }], vs);
    }
    if (source !== 'loginForm:btnLogin') return partialResponse([], vs);
    const user = (params.get('loginForm:txtUserName') ?? '').trim();
    const pwd = params.get('loginForm:txtPassword') ?? '';
    const cap = (params.get('loginForm:txtCaptcha') ?? '').trim();
    const msgs: Msg[] = [];
    if (!user) msgs.push({ severity: 'error', summary: 'User Name:', detail: 'Please enter the User Name.' });
    if (!pwd) msgs.push({ severity: 'error', summary: 'Password:', detail: 'Please enter the Password.' });
    if (!cap) msgs.push({ severity: 'error', summary: 'Captcha:', detail: 'Please enter the Captcha.' });
    if (msgs.length) {
      return partialResponse(
        [
          { update: ['loginForm:msgs', messagesHtml('loginForm:msgs', msgs)] },
          { update: ['loginForm:txtUserName', loginUser(user, !user)] },
          { update: ['loginForm:txtPassword', loginPassword(!pwd)] },
          { update: ['loginForm:txtCaptcha', loginCaptcha(!cap)] },
          { args: { validationFailed: true } },
        ],
        vs,
      );
    }
    let failure: Msg | undefined;
    if (cap.toUpperCase() !== state.captcha.toUpperCase()) {
      state.refusals.push('captcha');
      failure = {
        severity: 'error',
        summary: 'Invalid Captcha...',
        detail: 'Please enter the characters shown in the image.',
      };
    } else if (
      user.toLowerCase() !== PRIMEFACES_R20_LOGIN.username.toLowerCase() ||
      pwd !== PRIMEFACES_R20_LOGIN.password
    ) {
      state.refusals.push('login');
      failure = {
        severity: 'error',
        summary: 'Invalid Login Credentials...',
        detail: 'Please check your User Name and Password.',
      };
    }
    if (failure) {
      s.captchaUid = randomBytes(6).toString('hex');
      return partialResponse(
        [
          { update: ['loginForm:msgs', messagesHtml('loginForm:msgs', [failure])] },
          { update: ['loginForm:txtUserName', loginUser(user, false)] },
          { update: ['loginForm:txtPassword', loginPassword(false)] },
          { update: ['loginForm:captchaImg', captchaImg(s)] },
          { update: ['loginForm:txtCaptcha', loginCaptcha(false)] },
          { args: { loginFailed: true } },
        ],
        vs,
      );
    }
    s.stage = 'otp';
    return redirectPartial(P_OTP);
  }

  function otpAjax(s: Session, vs: string, source: string, params: URLSearchParams): string {
    if (source === 'otpForm:lnkResendOtp') {
      return partialResponse(
        [
          {
            update: [
              'growl',
              growlHtml([
                {
                  severity: 'info',
                  summary: 'OTP Sent',
                  detail: `The OTP has been sent again to your registered mobile number ${MOBILE_MASKED}.`,
                },
              ]),
            ],
          },
        ],
        vs,
      );
    }
    if (source !== 'otpForm:btnVerifyOTP') return partialResponse([], vs);
    const otp = (params.get('otpForm:txtOtp') ?? '').replace(/[^0-9]/g, '');
    if (!otp) {
      return partialResponse(
        [
          {
            update: [
              'otpForm:msgs',
              messagesHtml('otpForm:msgs', [
                { severity: 'error', summary: 'OTP:', detail: 'Please enter the OTP.' },
              ]),
            ],
          },
          { update: ['otpForm:txtOtp', otpInput(true)] },
          { args: { validationFailed: true } },
        ],
        vs,
      );
    }
    if (otp !== state.loginOtp) {
      state.refusals.push('login-otp');
      return partialResponse(
        [
          {
            update: [
              'otpForm:msgs',
              messagesHtml('otpForm:msgs', [
                { severity: 'error', summary: 'Invalid OTP.', detail: 'Please enter the correct OTP.' },
              ]),
            ],
          },
          { update: ['otpForm:txtOtp', otpInput(false)] },
        ],
        vs,
      );
    }
    s.stage = 'auth';
    s.techShown = false;
    return redirectPartial(P_DASH);
  }

  function dashAjax(s: Session, vs: string, source: string, params: URLSearchParams): string {
    if (source !== 'techForm:btnUpdateContact') return partialResponse([], vs);
    const name = (params.get('techForm:contactName') ?? '').trim();
    const mobile = (params.get('techForm:contactMobile') ?? '').trim();
    const email = (params.get('techForm:contactEmail') ?? '').trim();
    const msgs: Msg[] = [];
    if (!name)
      msgs.push({
        severity: 'error',
        summary: 'Name:',
        detail: 'Please enter the name of the technical person.',
      });
    if (!/^[6-9][0-9]{9}$/.test(mobile))
      msgs.push({
        severity: 'error',
        summary: 'Mobile No.:',
        detail: 'Please enter a valid 10 digit mobile number.',
      });
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
      msgs.push({ severity: 'error', summary: 'Email ID:', detail: 'Please enter a valid e-mail address.' });
    if (msgs.length) {
      return partialResponse(
        [
          { update: ['techForm:msgs', messagesHtml('techForm:msgs', msgs)] },
          { args: { validationFailed: true } },
        ],
        vs,
      );
    }
    s.contact = { name, mobile, email };
    return partialResponse(
      [
        { update: ['techForm:msgs', messagesHtml('techForm:msgs', [])] },
        {
          update: [
            'growl',
            growlHtml([
              {
                severity: 'info',
                summary: 'Updated',
                detail: 'The contact details of the technical person have been updated.',
              },
            ]),
          ],
        },
        { args: { validationFailed: false } },
      ],
      vs,
    );
  }

  function apiAjax(s: Session, vs: string, a: ApiView, source: string, params: URLSearchParams): string {
    const stage: PrimefacesR20Expiry | undefined =
      source === 'apiForm:rcSendOtp' || source === 'apiForm:lnkResendOtp'
        ? 'api-otp-send'
        : source === 'apiForm:btnVerifyOtp'
          ? 'api-otp-verify'
          : source === 'apiForm:btnSubmit'
            ? 'submit'
            : undefined;
    if (stage && !expireUsed && options.expireOnce === stage) {
      expireUsed = true;
      sessions.delete(s.id);
      state.expired.push(stage);
      return expiredPartial();
    }

    if (stage === 'api-otp-send') {
      if (a.otpVerified) return partialResponse([], vs);
      const resend = a.otpSent;
      a.otpSent = true;
      return partialResponse(
        [
          { update: ['apiForm:otpPanel', otpPanelHtml(a, false)] },
          { update: ['apiForm:msgs', messagesHtml('apiForm:msgs', [])] },
          {
            update: [
              'growl',
              growlHtml([
                {
                  severity: 'info',
                  summary: resend ? 'OTP Resent' : 'OTP Sent',
                  detail: `OTP has been sent to your registered mobile number ${MOBILE_MASKED}.`,
                },
              ]),
            ],
          },
        ],
        vs,
      );
    }

    if (stage === 'api-otp-verify') {
      const otp = (params.get('apiForm:txtApiOtp') ?? '').trim();
      let msg: Msg | undefined;
      if (!a.otpSent) {
        msg = {
          severity: 'error',
          summary: 'OTP not sent.',
          detail: 'Please click Resend OTP to receive the OTP.',
        };
      } else if (!otp) {
        msg = { severity: 'error', summary: 'OTP:', detail: 'Please enter the OTP.' };
      } else if (otp !== state.apiOtp) {
        state.refusals.push('api-otp');
        msg = {
          severity: 'error',
          summary: 'Invalid OTP.',
          detail: 'Please enter the correct OTP sent to your registered mobile number.',
        };
      }
      if (msg) {
        return partialResponse(
          [
            { update: ['apiForm:apiPanel', apiPanelHtml(a, [msg], true)] },
            { update: ['apiForm:gspListWrap', gspListHtml(a)] },
            { args: { validationFailed: true } },
          ],
          vs,
        );
      }
      a.otpVerified = true;
      return partialResponse(
        [
          { update: ['apiForm:apiPanel', apiPanelHtml(a, [], false)] },
          { update: ['apiForm:gspListWrap', gspListHtml(a)] },
          {
            update: [
              'growl',
              growlHtml([
                { severity: 'info', summary: 'OTP Verified', detail: 'OTP has been verified successfully.' },
              ]),
            ],
          },
        ],
        vs,
      );
    }

    if (!a.otpVerified) return partialResponse([], vs);

    if (source === 'apiForm:regMode') {
      const mode = params.get('apiForm:regMode') ?? '';
      a.mode = MODES.some((m) => m.value === mode) ? mode : '';
      return partialResponse([{ update: ['apiForm:modeFields', modeFieldsHtml(a, new Set())] }], vs);
    }

    if (stage !== 'submit') return partialResponse([], vs);

    const mode = params.get('apiForm:regMode') ?? '';
    a.mode = MODES.some((m) => m.value === mode) ? mode : '';
    if (params.has('apiForm:gsp_input')) a.gsp = params.get('apiForm:gsp_input') ?? '';
    if (params.has('apiForm:erp_input')) a.erp = params.get('apiForm:erp_input') ?? '';
    if (params.has('apiForm:txtOwnerGstin'))
      a.owner = (params.get('apiForm:txtOwnerGstin') ?? '').trim().toUpperCase();
    if (params.has('apiForm:txtUserName')) a.username = (params.get('apiForm:txtUserName') ?? '').trim();
    const pwd = params.get('apiForm:txtPassword') ?? '';
    const pwd2 = params.get('apiForm:txtRePassword') ?? '';
    const msgs: Msg[] = [];
    const errs = new Set<string>();
    const fail = (field: string, summary: string, detail: string) => {
      errs.add(field);
      msgs.push({ severity: 'error', summary, detail });
    };
    const gspItem = GSPS.find((g) => g.value === a.gsp);
    const erpItem = ERPS.find((g) => g.value === a.erp);
    if (!a.mode) {
      fail('mode', 'Registration for:', 'Please select how you wish to register your GSTIN.');
    } else if (a.mode === 'DIRECT') {
      msgs.push({
        severity: 'error',
        summary: 'Not eligible:',
        detail: 'Your GSTIN is not eligible to register directly for API access.',
      });
    } else {
      if (a.mode === 'GSP' && !gspItem) fail('gsp', 'GSP:', 'Please select your GSP.');
      if (a.mode === 'ERP' && !erpItem) fail('erp', 'ERP:', 'Please select your ERP.');
      if (a.mode === 'OTHER' && !GSTIN_RULE.test(a.owner))
        fail('owner', 'GSTIN:', 'Please enter a valid GSTIN of the Client-Id owner.');
      if (!a.username) fail('username', 'Username:', 'Please enter the Username.');
      else if (!USERNAME_RULE.test(a.username))
        fail('username', 'Username:', 'Username must have 4 to 11 letters or digits after the prefix API_.');
      if (!pwd) fail('password', 'Password:', 'Please enter the Password.');
      else if (!PASSWORD_RULE.test(pwd))
        fail(
          'password',
          'Password:',
          'Password must be 8 to 15 characters long with at least one upper case letter, one lower case letter, one digit and one special character.',
        );
      if (!pwd2) fail('repassword', 'Re-enter Password:', 'Please re-enter the Password.');
      else if (pwd && pwd !== pwd2)
        fail('repassword', 'Re-enter Password:', 'Password and Re-enter Password do not match.');
    }
    const failed = (m: Msg[], field: Set<string>, extra: Change[] = []): string =>
      partialResponse(
        [
          { update: ['apiForm:msgs', messagesHtml('apiForm:msgs', m)] },
          { update: ['apiForm:regPanel', regPanelHtml(a, field)] },
          { update: ['apiForm:gspListWrap', gspListHtml(a)] },
          ...extra,
          { args: { validationFailed: true } },
        ],
        vs,
      );
    if (msgs.length) return failed(msgs, errs);
    if (a.mode !== 'GSP' || !gspItem) {
      return failed(
        [
          {
            severity: 'error',
            summary: 'Not permitted:',
            detail: 'Registration through the selected option is not enabled for your GSTIN.',
          },
        ],
        new Set(),
      );
    }
    const fullName = `API_${a.username}`;
    const popup = (header: string, lines: string[]): Change[] => [
      { update: ['resultDlg', resultDialog('error', header, lines)] },
      { evalCode: "PF('resultDlg').show();" },
    ];
    if (
      onFile().some((u) => u.gstin === state.gstin && u.gsp.toUpperCase() === gspItem.label.toUpperCase())
    ) {
      state.refusals.push('duplicate');
      return failed(
        [],
        new Set(),
        popup('Already Registered', [
          `Your GSTIN ${state.gstin} is already registered with the GSP ${gspItem.label}.`,
          'Only one API user can be created for a GSTIN with each GSP.',
        ]),
      );
    }
    if (onFile().some((u) => u.username.toUpperCase() === fullName.toUpperCase())) {
      state.refusals.push('username-taken');
      return failed(
        [],
        new Set(['username']),
        popup('User Name Not Available', [
          `The user name ${fullName} is already in use.`,
          'Please choose a different user name.',
        ]),
      );
    }
    state.users.push({
      gstin: state.gstin,
      gsp: gspItem.label,
      username: fullName,
      password: pwd,
      createdOn: today(),
    });
    const done: ApiView = { ...a, mode: '', gsp: '', erp: '', owner: '', username: '' };
    Object.assign(a, done);
    return partialResponse(
      [
        { update: ['apiForm:msgs', messagesHtml('apiForm:msgs', [])] },
        { update: ['apiForm:regPanel', regPanelHtml(a, new Set())] },
        { update: ['apiForm:gspListWrap', gspListHtml(a)] },
        {
          update: [
            'growl',
            growlHtml([{ severity: 'info', summary: 'Success', detail: `API user ${fullName} created.` }]),
          ],
        },
        {
          update: [
            'resultDlg',
            resultDialog('success', 'API User Created', [
              `API user ${fullName} has been created successfully for the GSP ${gspItem.label}.`,
              'Please note the user name and password. They are needed by your GSP to access the e-Invoice APIs.',
            ]),
          ],
        },
        { evalCode: "PF('resultDlg').show();" },
        { args: { validationFailed: false } },
      ],
      vs,
    );
  }

  // ----- server -----
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
      }
      res.end('Internal Server Error');
    });
  });
  server.on('connection', (sock: Socket) => {
    sockets.add(sock);
    sock.on('close', () => sockets.delete(sock));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const sock of sockets) sock.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}
