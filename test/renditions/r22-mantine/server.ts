/**
 * Rendition r22-mantine: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and shared/portal/guide.md), drawn as a Mantine v7 (React)
 * single-page app would draw it: a small hand-written runtime builds and re-renders the DOM
 * (virtual nodes patched in place), with Mantine's static `mantine-*` classes, hashed `m_*`
 * module classes, CSS variables and `data-*` state attributes, portals appended to body,
 * transitions, and JSON calls with `fetch`.
 *
 * Choices made where the docs are silent:
 * - URLs: pages `/`, `/login`, `/login/verify-otp`, `/dashboard`,
 *   `/api-registration/create-api-user` and placeholder pages under `/einvoice/`, `/mis/`,
 *   `/users/` and `/api-registration/`; every page GET returns the same app shell and the
 *   client router draws the page. JSON calls: `GET /api/auth/captcha`, `POST /api/auth/login`,
 *   `POST /api/auth/otp/verify`, `POST /api/auth/otp/resend`, `POST /api/auth/logout`,
 *   `GET /api/dashboard`, `POST /api/api-user/otp/send`, `POST /api/api-user/otp/verify`,
 *   `POST /api/api-user/register`. Everything typed travels in JSON POST bodies.
 * - Home: AppShell header with the logo, "e-Invoice System", "Help" and "Login" (routes to
 *   the login card). Login card "Login": "Username", "Password" (eye toggle), captcha
 *   picture (SVG data URI, strokes with noise), ActionIcon "Refresh captcha", "Enter Captcha",
 *   button "Login". Empty fields are refused in the form ("Username is required", ...). A
 *   wrong captcha shows "Invalid Captcha. Please enter the characters shown in the image."
 *   under the captcha field; wrong credentials show a red Alert "Invalid Login Credentials.
 *   Please check your username and password."; both draw a new captcha and clear the field.
 * - 2FA (route `/login/verify-otp`, notification "OTP sent"): card "Two-Factor
 *   Authentication" with a PinInput of six boxes labelled "Enter OTP", button "Verify OTP",
 *   subtle button "Resend OTP", link "Back to login"; fewer than six digits: "Enter the
 *   6-digit OTP"; wrong code: "Invalid OTP. Please enter the correct OTP." (boxes cleared).
 * - After login: a Modal "Contacts of Technical Person" (name, mobile, e-mail table) with a
 *   red "Exit" button and the × close; shown once per login, on the first dashboard load.
 *   Dashboard title "Dash Board", cards "Generations", "Cancelled", "API Users".
 * - Menu: AppShell navbar of NavLinks: "Dashboard"; "e-Invoice" (Generate, Cancel, Print,
 *   Bulk Upload); "API Registration" ("User Credentials" > "Create API User"; "IP
 *   Whitelisting"; "Freeze API User"; "Change API Password"); "MIS Reports"; "User
 *   Management". Groups expand with an animated Collapse. Burger "Toggle navigation" opens the
 *   navbar below 48em. Header: GSTIN and a "Logout" button.
 * - Create API User: opening the page sends the API OTP itself (notification "OTP sent");
 *   card "API Registration" with PinInput "Enter OTP", "Verify OTP" and "Resend OTP". Wrong
 *   code: "Invalid OTP. Please enter the correct OTP sent to your registered mobile number."
 * - Form "Create API User": Radio.Group "Do you wish to Register your GSTIN for" with
 *   "Directly", "Through GSP", "Through ERP", "Through Client-Id of other" (only "Through GSP"
 *   shows the fields; the others show a yellow Alert saying the option is not available);
 *   searchable Select "Select your GSP" (22 GSPs, dropdown portalled to body), TextInput
 *   "Username" with an "API_" left section (4 to 16 letters or digits), PasswordInput
 *   "Password" and "Re-enter Password" (8 to 15 characters with upper case, lower case, digit
 *   and special character), buttons "Exit" (to the dashboard) and "Submit". Below: table
 *   "GSPs registered for this GSTIN" (a seeded TERA SOFTWARE LIMITED row, API_ufptera, kept
 *   outside `state.users`).
 * - Submit opens a confirm Modal "Confirm Registration" with "Cancel" / "Confirm". Refusals
 *   open a Modal "API Registration" with an "OK" button: "GSTIN ... is already registered
 *   with <GSP>. ..." or "User name API_x is already taken. Please choose another user name."
 *   Success: green Alert "API user created successfully" with the user name and GSP, green
 *   notification, and the table of GSPs registered for the GSTIN; buttons "Create another API
 *   user" and "Back to Dashboard".
 * - Sessions: cookie `EINV_SID` (HttpOnly). A page GET of a logged-in page (or of
 *   `/login/verify-otp` outside the OTP step) without a live session redirects (302) to
 *   `/login?expired=1`, whose card shows the Alert "Session expired": "Your session has
 *   expired. Please login again." A JSON call without one gets
 *   401 `{code:'SESSION_EXPIRED'}`: the app closes its modals, shows a red notification with
 *   the same text and routes to the login card showing the Alert.
 * - expireOnce: the first request of the stage ('api-otp-send' = send/resend of the API OTP,
 *   including the automatic send on opening the page; 'api-otp-verify'; 'submit' = the
 *   confirmed registration call) deletes the session, is recorded in `state.expired` and is
 *   answered like any lost session. Once per server.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type MantineR22Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface MantineR22Options {
  expireOnce?: MantineR22Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface MantineR22State {
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
export interface MantineR22Rendition {
  url: string;
  close(): Promise<void>;
  state: MantineR22State;
}
export const MANTINE_R22_LOGIN: { username: string; password: string } = {
  username: 'unitedfood27',
  password: 'Ufp@Pune2024',
};

const GSPS: string[] = [
  'ADAEQUARE INFO PRIVATE LIMITED',
  'ALANKIT LIMITED',
  'BVM IT CONSULTING SERVICES INDIA PRIVATE LIMITED',
  'CHARTERED INFORMATION SYSTEMS PRIVATE LIMITED',
  'CYGNET INFOTECH PRIVATE LIMITED',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'DELOITTE TOUCHE TOHMATSU INDIA LLP',
  'ERNST & YOUNG LLP',
  'EXCELLON SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'MASTERS INDIA PRIVATE LIMITED',
  'NSDL E-GOVERNANCE INFRASTRUCTURE LIMITED',
  'RELIANCE CORPORATE IT PARK LIMITED',
  'SIFY TECHNOLOGIES LIMITED',
  'TALLY (INDIA) PRIVATE LIMITED',
  'TATA CONSULTANCY SERVICES LIMITED',
  'TERA SOFTWARE LIMITED',
  'VAY NETWORK SERVICES PRIVATE LIMITED',
  'WEBTEL ELECTROSOFT PRIVATE LIMITED',
  'WEP SOLUTIONS LIMITED',
  'WIPRO LIMITED',
];

const MOBILE_MASKED = '******3210';
const TRADE_NAME = 'UNITED FOOD PRODUCTS';
const EXPIRED_MESSAGE = 'Your session has expired. Please login again.';
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USERNAME_RULE = /^[A-Za-z0-9]{4,16}$/;

/** Stroke glyphs on a 4 x 6 grid, so the captcha is a drawing, not text. */
const GLYPHS: Record<string, string> = {
  A: 'M0 6L2 0L4 6M1 3.5L3 3.5',
  B: 'M0 0L0 6L3 6L4 5L4 4L3 3L0 3M0 0L3 0L4 1L4 2L3 3',
  C: 'M4 0L1 0L0 1L0 5L1 6L4 6',
  D: 'M0 0L0 6L3 6L4 5L4 1L3 0Z',
  E: 'M4 0L0 0L0 6L4 6M0 3L3 3',
  F: 'M4 0L0 0L0 6M0 3L3 3',
  G: 'M4 1L3 0L1 0L0 1L0 5L1 6L3 6L4 5L4 3L2 3',
  H: 'M0 0L0 6M4 0L4 6M0 3L4 3',
  I: 'M1 0L3 0M2 0L2 6M1 6L3 6',
  J: 'M4 0L4 5L3 6L1 6L0 5',
  K: 'M0 0L0 6M4 0L0 3.5M1.2 2.6L4 6',
  L: 'M0 0L0 6L4 6',
  M: 'M0 6L0 0L2 3L4 0L4 6',
  N: 'M0 6L0 0L4 6L4 0',
  O: 'M1 0L3 0L4 1L4 5L3 6L1 6L0 5L0 1Z',
  P: 'M0 6L0 0L3 0L4 1L4 2L3 3L0 3',
  Q: 'M1 0L3 0L4 1L4 5L3 6L1 6L0 5L0 1ZM2.5 4.5L4 6.5',
  R: 'M0 6L0 0L3 0L4 1L4 2L3 3L0 3M2 3L4 6',
  S: 'M4 1L3 0L1 0L0 1L0 2L1 3L3 3L4 4L4 5L3 6L1 6L0 5',
  T: 'M0 0L4 0M2 0L2 6',
  U: 'M0 0L0 5L1 6L3 6L4 5L4 0',
  V: 'M0 0L2 6L4 0',
  W: 'M0 0L1 6L2 3L3 6L4 0',
  X: 'M0 0L4 6M4 0L0 6',
  Y: 'M0 0L2 3L4 0M2 3L2 6',
  Z: 'M0 0L4 0L0 6L4 6',
  '0': 'M1 0L3 0L4 1L4 5L3 6L1 6L0 5L0 1ZM4 1L0 5',
  '1': 'M1 1L2 0L2 6M1 6L3 6',
  '2': 'M0 1L1 0L3 0L4 1L4 2L0 6L4 6',
  '3': 'M0 0L4 0L2 2.5L3 2.5L4 3.5L4 5L3 6L1 6L0 5',
  '4': 'M3 6L3 0L0 4L4 4',
  '5': 'M4 0L0 0L0 3L3 3L4 4L4 5L3 6L0 6',
  '6': 'M3 0L1 0L0 1L0 5L1 6L3 6L4 5L4 4L3 3L0 3',
  '7': 'M0 0L4 0L1.5 6',
  '8': 'M1 0L3 0L4 1L4 2L3 3L1 3L0 4L0 5L1 6L3 6L4 5L4 4L3 3M1 3L0 2L0 1Z',
  '9': 'M4 3L1 3L0 2L0 1L1 0L3 0L4 1L4 5L3 6L1 6',
};

function rnd(min: number, max: number): number {
  return min + Math.random() * (max - min);
}

/** The captcha as an SVG data URI: stroked glyphs, jitter, noise lines and dots. */
function captchaImage(text: string): string {
  const colors = ['#1c3d6e', '#5c2a6e', '#22543d', '#7a2e1f', '#2d3748'];
  const parts: string[] = ['<rect width="160" height="52" fill="#eef1f5"/>'];
  for (let i = 0; i < 40; i++) {
    parts.push(
      `<circle cx="${rnd(0, 160).toFixed(1)}" cy="${rnd(0, 52).toFixed(1)}" r="${rnd(0.6, 1.8).toFixed(1)}" fill="#8a94a6" opacity="0.7"/>`,
    );
  }
  const chars = text.toUpperCase().split('');
  chars.forEach((ch, i) => {
    const d = GLYPHS[ch] ?? GLYPHS.X;
    const x = 14 + i * (132 / Math.max(chars.length, 1)) + rnd(-2, 2);
    const y = 11 + rnd(-3, 3);
    const s = rnd(4.4, 5.2);
    const color = colors[Math.floor(rnd(0, colors.length))];
    parts.push(
      `<path d="${d}" transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) rotate(${rnd(-16, 16).toFixed(1)} 2 3) scale(${s.toFixed(2)} ${(s * 0.92).toFixed(2)})" fill="none" stroke="${color}" stroke-width="${(2.4 / s).toFixed(2)}" stroke-linecap="round" stroke-linejoin="round"/>`,
    );
  });
  for (let i = 0; i < 6; i++) {
    parts.push(
      `<path d="M${rnd(0, 40).toFixed(0)} ${rnd(4, 48).toFixed(0)} Q${rnd(50, 110).toFixed(0)} ${rnd(0, 52).toFixed(0)} ${rnd(120, 160).toFixed(0)} ${rnd(4, 48).toFixed(0)}" stroke="${i % 2 ? '#6b7a90' : '#a05252'}" stroke-width="${rnd(0.8, 1.6).toFixed(1)}" fill="none" opacity="0.75"/>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="52" viewBox="0 0 160 52">${parts.join('')}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** dd/MM/yyyy HH:mm:ss in Indian Standard Time. */
function istNow(): string {
  const t = new Date(Date.now() + 330 * 60000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(t.getUTCDate())}/${p(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())}`;
}

/** Mantine v7 global variables and the module styles of the components used (condensed). */
const CSS = `
:root{--mantine-scale:1;--mantine-font-family:-apple-system,BlinkMacSystemFont,Segoe UI,Roboto,Helvetica,Arial,sans-serif,Apple Color Emoji,Segoe UI Emoji;--mantine-font-family-headings:var(--mantine-font-family);--mantine-line-height:1.55;--mantine-font-size-xs:.75rem;--mantine-font-size-sm:.875rem;--mantine-font-size-md:1rem;--mantine-font-size-lg:1.125rem;--mantine-font-size-xl:1.25rem;--mantine-line-height-sm:1.45;--mantine-line-height-md:1.55;--mantine-spacing-xs:.625rem;--mantine-spacing-sm:.75rem;--mantine-spacing-md:1rem;--mantine-spacing-lg:1.25rem;--mantine-spacing-xl:2rem;--mantine-radius-xs:.125rem;--mantine-radius-sm:.25rem;--mantine-radius-md:.5rem;--mantine-radius-lg:1rem;--mantine-radius-default:var(--mantine-radius-sm);
--mantine-shadow-xs:0 1px 3px rgba(0,0,0,.05),0 1px 2px rgba(0,0,0,.1);--mantine-shadow-sm:0 1px 3px rgba(0,0,0,.05),rgba(0,0,0,.05) 0 10px 15px -5px,rgba(0,0,0,.04) 0 7px 7px -5px;--mantine-shadow-md:0 1px 3px rgba(0,0,0,.05),rgba(0,0,0,.05) 0 20px 25px -5px,rgba(0,0,0,.04) 0 10px 10px -5px;--mantine-shadow-lg:0 1px 3px rgba(0,0,0,.05),rgba(0,0,0,.05) 0 28px 23px -7px,rgba(0,0,0,.04) 0 12px 12px -7px;--mantine-shadow-xl:0 1px 3px rgba(0,0,0,.05),rgba(0,0,0,.05) 0 36px 28px -7px,rgba(0,0,0,.04) 0 17px 17px -7px;
--mantine-h1-font-size:2.125rem;--mantine-h1-line-height:1.3;--mantine-h1-font-weight:700;--mantine-h2-font-size:1.625rem;--mantine-h2-line-height:1.35;--mantine-h2-font-weight:700;--mantine-h3-font-size:1.375rem;--mantine-h3-line-height:1.4;--mantine-h3-font-weight:700;--mantine-h4-font-size:1.125rem;--mantine-h4-line-height:1.45;--mantine-h4-font-weight:700;
--mantine-color-white:#fff;--mantine-color-black:#000;--mantine-color-body:#fff;--mantine-color-text:#000;--mantine-color-dimmed:#868e96;--mantine-color-placeholder:#adb5bd;--mantine-color-anchor:#228be6;--mantine-color-error:#fa5252;--mantine-color-default:#fff;--mantine-color-default-hover:#f8f9fa;--mantine-color-default-color:#000;--mantine-color-default-border:#ced4da;
--mantine-color-gray-0:#f8f9fa;--mantine-color-gray-1:#f1f3f5;--mantine-color-gray-2:#e9ecef;--mantine-color-gray-3:#dee2e6;--mantine-color-gray-4:#ced4da;--mantine-color-gray-5:#adb5bd;--mantine-color-gray-6:#868e96;--mantine-color-gray-7:#495057;--mantine-color-gray-8:#343a40;--mantine-color-gray-9:#212529;--mantine-color-gray-light-hover:rgba(134,142,150,.12);--mantine-color-gray-light-color:#868e96;
--mantine-color-blue-filled:#228be6;--mantine-color-blue-filled-hover:#1c7ed6;--mantine-color-blue-light:rgba(34,139,230,.1);--mantine-color-blue-light-hover:rgba(34,139,230,.12);--mantine-color-blue-light-color:#228be6;--mantine-primary-color-filled:#228be6;--mantine-primary-color-filled-hover:#1c7ed6;--mantine-primary-color-light:rgba(34,139,230,.1);--mantine-primary-color-light-hover:rgba(34,139,230,.12);--mantine-primary-color-light-color:#228be6;
--mantine-color-red-filled:#fa5252;--mantine-color-red-filled-hover:#f03e3e;--mantine-color-red-light:rgba(250,82,82,.1);--mantine-color-red-light-hover:rgba(250,82,82,.12);--mantine-color-red-light-color:#fa5252;--mantine-color-green-filled:#40c057;--mantine-color-green-filled-hover:#37b24d;--mantine-color-green-light:rgba(64,192,87,.1);--mantine-color-green-light-hover:rgba(64,192,87,.12);--mantine-color-green-light-color:#40c057;--mantine-color-yellow-filled:#fab005;--mantine-color-yellow-light:rgba(250,176,5,.1);--mantine-color-yellow-light-color:#fab005;--mantine-color-teal-filled:#12b886;}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:var(--mantine-font-family);font-size:var(--mantine-font-size-md);line-height:var(--mantine-line-height);background-color:var(--mantine-color-body);color:var(--mantine-color-text);-webkit-font-smoothing:antialiased;-moz-osx-font-smoothing:grayscale}
body[data-scroll-locked]{overflow:hidden!important;overscroll-behavior:contain}
input,button,textarea,select{font:inherit}
button,select{text-transform:none}
.mantine-focus-auto:focus-visible{outline:2px solid var(--mantine-primary-color-filled);outline-offset:2px}
.mantine-active:active{transform:translateY(calc(.0625rem*var(--mantine-scale)))}
@media (min-width:48em){.mantine-hidden-from-sm{display:none!important}}
@media (max-width:47.99em){.mantine-visible-from-sm{display:none!important}}
.m_87cf2631{background-color:transparent;cursor:pointer;border:0;padding:0;appearance:none;font-size:var(--mantine-font-size-md);text-align:left;text-decoration:none;color:inherit;touch-action:manipulation;-webkit-tap-highlight-color:transparent}
.m_77c9d27d{--button-height:2.25rem;--button-padding-x:1.125rem;user-select:none;font-weight:600;position:relative;line-height:1;text-align:center;overflow:hidden;width:auto;cursor:pointer;display:inline-block;border-radius:var(--button-radius,var(--mantine-radius-default));font-size:var(--button-fz,var(--mantine-font-size-sm));background:var(--button-bg,var(--mantine-primary-color-filled));border:var(--button-bd,1px solid transparent);color:var(--button-color,var(--mantine-color-white));height:var(--button-height);padding-inline:var(--button-padding-x);vertical-align:middle}
.m_77c9d27d:where([data-block]){display:block;width:100%}
.m_77c9d27d:hover:where(:not([data-loading],:disabled,[data-disabled])){background:var(--button-hover,var(--mantine-primary-color-filled-hover));color:var(--button-hover-color,var(--button-color))}
.m_77c9d27d:where(:disabled:not([data-loading]),[data-disabled]:not([data-loading])){cursor:not-allowed;border:1px solid transparent;transform:none;color:var(--mantine-color-gray-5);background:var(--mantine-color-gray-1)}
.m_77c9d27d:where([data-loading]){cursor:not-allowed;transform:none}
.m_77c9d27d:where([data-loading])::before{content:"";position:absolute;inset:-1px;border-radius:var(--button-radius,var(--mantine-radius-default));background-color:rgba(255,255,255,.15)}
.m_80f1301b{display:flex;align-items:center;justify-content:var(--button-justify,center);height:100%;overflow:visible;transition:transform .15s ease,opacity .1s ease}
.m_77c9d27d:where([data-loading]) .m_80f1301b{opacity:0;transform:translateY(100%)}
.m_811560b9{white-space:nowrap;height:100%;overflow:hidden;display:flex;align-items:center}
.m_a74036a{display:flex;align-items:center}.m_a74036a:where([data-position=left]){margin-inline-end:var(--mantine-spacing-xs)}
.m_a25b86ee{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%)}
.m_8d3f4000{--ai-size:1.75rem;display:inline-flex;align-items:center;justify-content:center;position:relative;user-select:none;overflow:hidden;width:var(--ai-size);height:var(--ai-size);min-width:var(--ai-size);min-height:var(--ai-size);border-radius:var(--ai-radius,var(--mantine-radius-default));background:var(--ai-bg,var(--mantine-primary-color-filled));color:var(--ai-color,var(--mantine-color-white));border:var(--ai-bd,1px solid transparent);cursor:pointer}
.m_8d3f4000:hover:where(:not(:disabled,[data-disabled])){background-color:var(--ai-hover,var(--mantine-primary-color-filled-hover))}
.m_86a44da5{--cb-size:1.75rem;--cb-icon-size:70%;width:var(--cb-size);height:var(--cb-size);min-width:var(--cb-size);min-height:var(--cb-size);display:flex;align-items:center;justify-content:center;border-radius:var(--mantine-radius-default);color:var(--mantine-color-gray-7);position:relative;user-select:none}
.m_86a44da5:hover{background-color:var(--mantine-color-gray-0)}
.m_86a44da5 svg{width:var(--cb-icon-size);height:var(--cb-icon-size)}
.m_46b77525{line-height:var(--mantine-line-height)}
.m_8fdc1311{display:inline-block;font-weight:500;word-break:break-word;cursor:default;-webkit-tap-highlight-color:transparent;font-size:var(--input-label-size,var(--mantine-font-size-sm))}
.m_78a94662{color:var(--input-asterisk-color,var(--mantine-color-error))}
.m_fe47ce59{margin:0 0 calc(var(--mantine-spacing-xs)/2);color:var(--mantine-color-dimmed);font-size:calc(var(--mantine-font-size-sm) - .125rem);line-height:1.2;display:block}
.m_8f816625{margin:calc(var(--mantine-spacing-xs)/2) 0 0;word-wrap:break-word;line-height:1.2;display:block;color:var(--mantine-color-error);font-size:calc(var(--mantine-font-size-sm) - .125rem)}
.m_8fdc1311+.m_6c018570,.m_8fdc1311+.m_fe47ce59{margin-top:.25rem}
.m_6c018570{--input-height:2.25rem;--input-left-section-width:var(--input-height);--input-right-section-width:var(--input-height);position:relative}
.m_8fb7ebe7{-webkit-tap-highlight-color:transparent;appearance:none;resize:none;display:block;width:100%;text-align:left;cursor:text;height:var(--input-height);min-height:var(--input-height);line-height:calc(var(--input-height) - 2px);font-family:inherit;font-size:var(--mantine-font-size-sm);border:1px solid var(--mantine-color-default-border);background-color:var(--mantine-color-white);color:var(--mantine-color-black);border-radius:var(--mantine-radius-default);padding-inline:calc(var(--input-height)/3);transition:border-color .1s ease;outline:0}
.m_8fb7ebe7:focus,.m_8fb7ebe7:focus-within{border-color:var(--mantine-primary-color-filled)}
.m_8fb7ebe7::placeholder,.m_f2d85dd2::placeholder{color:var(--mantine-color-placeholder);opacity:1}
.m_6c018570[data-with-left-section] .m_8fb7ebe7{padding-inline-start:var(--input-left-section-width)}
.m_6c018570[data-with-right-section] .m_8fb7ebe7{padding-inline-end:var(--input-right-section-width)}
.m_8fb7ebe7[data-error]{border-color:var(--mantine-color-error);color:var(--mantine-color-error)}
.m_8fb7ebe7[data-error]::placeholder{color:var(--mantine-color-error)}
.m_82577fc2{pointer-events:var(--section-pointer-events);position:absolute;z-index:1;top:0;bottom:0;display:flex;align-items:center;justify-content:center;width:var(--section-size,var(--input-height));color:var(--mantine-color-dimmed);font-size:var(--mantine-font-size-sm)}
.m_82577fc2[data-position=left]{left:0;width:var(--input-left-section-width)}.m_82577fc2[data-position=right]{right:0;width:var(--input-right-section-width)}
.m_ccf8da4c{position:relative;overflow:hidden}
.m_f2d85dd2{font-family:inherit;background-color:transparent;border:0;padding-inline:inherit;appearance:none;position:absolute;inset:0;outline:0;font-size:inherit;line-height:var(--input-height);height:100%;color:inherit}
.m_b1072d44{--ai-bg:transparent;--ai-hover:var(--mantine-color-gray-light-hover);--ai-color:var(--mantine-color-gray-7);width:1.6rem;height:1.6rem;min-width:1.6rem;min-height:1.6rem}
.m_f1cb205a{--pin-input-size:2.25rem}
.m_cb288ead{width:var(--pin-input-size);height:var(--pin-input-size)}
.m_cb288ead .m_8fb7ebe7{text-align:center;padding:0;width:var(--pin-input-size);height:var(--pin-input-size);font-size:var(--mantine-font-size-md)}
.m_5f75b09e{--label-lh-offset:calc((var(--radio-size,1.25rem) - 1.25rem)/2)}
.m_5f6e695e{display:flex}
.m_d3ea56bb{display:inline-flex;flex-direction:column;font-size:var(--mantine-font-size-sm);cursor:default;padding-inline-start:var(--mantine-spacing-sm);-webkit-tap-highlight-color:transparent}
.m_8ee546b8{cursor:pointer;margin-top:var(--label-lh-offset)}
.m_f3f1af94{--radio-size:1.25rem;--radio-icon-size:calc(var(--radio-size)/2)}
.m_89c4f5e4{position:relative;width:var(--radio-size);height:var(--radio-size);flex-shrink:0}
.m_8a3dbb89{appearance:none;margin:0;border:1px solid var(--mantine-color-gray-4);background-color:var(--mantine-color-white);width:var(--radio-size);height:var(--radio-size);border-radius:var(--radio-radius,10000px);display:flex;align-items:center;justify-content:center;cursor:pointer;-webkit-tap-highlight-color:transparent;transition:background-color .1s ease,border-color .1s ease}
.m_8a3dbb89:checked{background-color:var(--radio-color,var(--mantine-primary-color-filled));border-color:var(--radio-color,var(--mantine-primary-color-filled))}
.m_8a3dbb89[data-error]{border-color:var(--mantine-color-error)}
.m_f3ed6b2b{color:var(--radio-icon-color,var(--mantine-color-white));opacity:var(--radio-icon-opacity,0);transform:var(--radio-icon-transform,scale(.2) translateY(10px));transition:opacity .1s ease,transform .2s ease;pointer-events:none;width:var(--radio-icon-size);height:var(--radio-icon-size);position:absolute;top:calc(50% - var(--radio-icon-size)/2);left:calc(50% - var(--radio-icon-size)/2)}
.m_8a3dbb89:checked+.m_f3ed6b2b{--radio-icon-opacity:1;--radio-icon-transform:scale(1)}
.m_38a85659{position:absolute;border:1px solid var(--popover-border-color,var(--mantine-color-gray-2));padding:var(--mantine-spacing-sm) var(--mantine-spacing-md);box-shadow:var(--popover-shadow,none);border-radius:var(--popover-radius,var(--mantine-radius-default));background-color:var(--mantine-color-white);outline:0}
.m_88b62a41{padding:var(--combobox-padding,4px)}
.m_92253aa5{padding:var(--combobox-option-padding,8px 12px);font-size:var(--mantine-font-size-sm);border-radius:var(--mantine-radius-default);background-color:transparent;color:inherit;cursor:pointer;word-break:break-word}
.m_92253aa5:where([data-combobox-selected]){background-color:var(--mantine-primary-color-filled);color:var(--mantine-color-white)}
.m_92253aa5:hover:where(:not([data-combobox-selected],[data-combobox-disabled])){background-color:var(--mantine-color-gray-0)}
.m_390b5f4{display:flex;align-items:center;gap:8px}
.m_8ee53fc2{opacity:.4;width:.8em;min-width:.8em;height:.8em}
.m_2530cd1d{font-size:var(--mantine-font-size-sm);text-align:center;padding:var(--combobox-option-padding,8px 12px);color:var(--mantine-color-dimmed)}
.m_2943220b{width:var(--combobox-chevron-size,1rem);height:var(--combobox-chevron-size,1rem);color:var(--mantine-color-gray-6)}
.m_d57069b5{position:relative;overflow:hidden}
.m_c0783ff9{scrollbar-width:thin;width:100%;height:100%;overflow-y:auto;overflow-x:hidden;overscroll-behavior:contain}
.m_9814e45f{inset:0;position:absolute;background:var(--overlay-bg,rgba(0,0,0,.6));-webkit-backdrop-filter:var(--overlay-filter);backdrop-filter:var(--overlay-filter);border-radius:var(--overlay-radius,0);z-index:var(--overlay-z-index)}
.m_9814e45f:where([data-fixed]){position:fixed}
.m_9df02822{--modal-size:var(--modal-size-md,27.5rem);--modal-size-md:27.5rem;--modal-size-lg:38.75rem}
.m_60c222c7{position:fixed;width:100%;top:0;bottom:0;z-index:var(--mb-z-index);pointer-events:none}
.m_fd1ab0aa{pointer-events:all;box-shadow:var(--mb-shadow,var(--mantine-shadow-xl))}
.m_1f958f16{display:flex;justify-content:center;align-items:flex-start;padding-top:var(--modal-y-offset,5dvh);padding-bottom:var(--modal-y-offset,5dvh);padding-inline:var(--modal-x-offset,5vw)}
.m_54c44539{flex:0 0 var(--modal-size);max-width:100%;max-height:calc(100dvh - var(--modal-y-offset,5dvh)*2);overflow-y:auto;background-color:var(--mantine-color-body);border-radius:var(--mantine-radius-default);outline:0}
.m_b5489c3c{display:flex;justify-content:space-between;align-items:center;padding:var(--mb-padding,var(--mantine-spacing-md));padding-inline-end:calc(var(--mb-padding,var(--mantine-spacing-md)) - .3125rem);position:sticky;top:0;background-color:var(--mantine-color-body);z-index:1000;min-height:3.75rem}
.m_615af6c9{line-height:1;padding:0;margin:0;font-weight:400;font-size:var(--mantine-font-size-md)}
.m_606cb269{margin-inline-start:auto}
.m_5df29311{padding:var(--mb-padding,var(--mantine-spacing-md));padding-top:var(--mb-padding,var(--mantine-spacing-md))}
.m_b5489c3c~.m_5df29311{padding-top:0}
.m_b37d9ac7{width:calc(100% - var(--mantine-spacing-md)*2);position:fixed;z-index:var(--notifications-z-index,400);max-width:var(--notifications-container-width,27.5rem)}
.m_5ed0edd0+.m_5ed0edd0{margin-top:var(--mantine-spacing-md)}
.m_a513464{overflow:hidden;box-sizing:border-box;position:relative;display:flex;align-items:center;padding-inline-start:1.375rem;padding-inline-end:var(--mantine-spacing-xs);padding-top:var(--mantine-spacing-xs);padding-bottom:var(--mantine-spacing-xs);border-radius:var(--notification-radius,var(--mantine-radius-default));box-shadow:var(--mantine-shadow-lg);background-color:var(--mantine-color-white)}
.m_a513464::before{content:"";display:block;position:absolute;width:.375rem;top:var(--notification-radius,var(--mantine-radius-default));bottom:var(--notification-radius,var(--mantine-radius-default));inset-inline-start:.25rem;border-radius:var(--notification-radius,var(--mantine-radius-default));background-color:var(--notification-color,var(--mantine-primary-color-filled))}
.m_a49ed24{flex:1;overflow:hidden;margin-inline-end:var(--mantine-spacing-xs)}
.m_3feedf16{line-height:1.4;margin-bottom:.125rem;overflow:hidden;text-overflow:ellipsis;font-size:var(--mantine-font-size-sm);font-weight:500;color:var(--mantine-color-gray-9)}
.m_3d733a3a{color:var(--mantine-color-black);line-height:1.4;overflow:hidden;text-overflow:ellipsis;font-size:var(--mantine-font-size-sm)}
.m_3d733a3a:where([data-with-title]){color:var(--mantine-color-gray-6)}
.m_6e45937b{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;overflow:hidden;z-index:var(--lo-z-index)}
.m_e8eb006c{position:relative;z-index:calc(var(--lo-z-index) + 1)}
.m_df587f17{z-index:var(--lo-z-index)}
.m_5ae2e3c{--loader-size:2.25rem;--loader-color:var(--mantine-primary-color-filled);display:inline-block;position:relative;width:var(--loader-size);height:var(--loader-size);border-radius:10000px;border:calc(var(--loader-size)/8) solid var(--loader-color);border-inline-start-color:transparent;animation:m_f8e89c4b .8s linear infinite}
.m_5ae2e3c[data-size=xs]{--loader-size:1.125rem}.m_5ae2e3c[data-size=sm]{--loader-size:1.375rem}
@keyframes m_f8e89c4b{0%{transform:rotate(0)}to{transform:rotate(360deg)}}
.m_89ab340{--app-shell-transition-duration:200ms;--app-shell-transition-timing-function:ease;--app-shell-border-color:var(--mantine-color-gray-3);--app-shell-padding:var(--mantine-spacing-md)}
.m_3b16f56b{position:fixed;top:0;left:0;right:0;height:var(--app-shell-header-height);z-index:var(--app-shell-header-z-index,100);background-color:var(--mantine-color-body);transition:transform var(--app-shell-transition-duration) var(--app-shell-transition-timing-function)}
.m_3b16f56b[data-with-border]{border-bottom:1px solid var(--app-shell-border-color)}
.m_45252eee{position:fixed;display:flex;flex-direction:column;top:var(--app-shell-header-offset,0);left:0;bottom:0;width:var(--app-shell-navbar-width);z-index:var(--app-shell-navbar-z-index,101);background-color:var(--mantine-color-body);transform:var(--app-shell-navbar-transform);transition:transform var(--app-shell-transition-duration) var(--app-shell-transition-timing-function),width var(--app-shell-transition-duration)}
.m_45252eee[data-with-border]{border-inline-end:1px solid var(--app-shell-border-color)}
.m_6dcfc7c7{overflow-y:auto;flex:1}
.m_8983817{padding-inline-start:calc(var(--app-shell-navbar-offset,0rem) + var(--app-shell-padding));padding-inline-end:var(--app-shell-padding);padding-top:calc(var(--app-shell-header-offset,0rem) + var(--app-shell-padding));padding-bottom:var(--app-shell-padding);min-height:100dvh;transition:padding var(--app-shell-transition-duration)}
.m_fea6bf1a{--burger-size:1.125rem;--burger-line-size:calc(var(--burger-size)/12);width:calc(var(--burger-size) + var(--mantine-spacing-xs));height:calc(var(--burger-size) + var(--mantine-spacing-xs));padding:calc(var(--mantine-spacing-xs)/2);cursor:pointer}
.m_d4fb9cad,.m_d4fb9cad::before,.m_d4fb9cad::after{display:block;width:var(--burger-size);height:var(--burger-line-size);background-color:var(--mantine-color-black);outline:1px solid transparent;transition-property:background-color,transform;transition-duration:.3s;transition-timing-function:ease}
.m_d4fb9cad{position:relative}.m_d4fb9cad::before,.m_d4fb9cad::after{position:absolute;content:"";inset-inline-start:0}
.m_d4fb9cad::before{top:calc(var(--burger-size)/-3)}.m_d4fb9cad::after{top:calc(var(--burger-size)/3)}
.m_d4fb9cad[data-opened]{background-color:transparent}.m_d4fb9cad[data-opened]::before{transform:translateY(calc(var(--burger-size)/3)) rotate(45deg)}.m_d4fb9cad[data-opened]::after{transform:translateY(calc(var(--burger-size)/-3)) rotate(-45deg)}
.m_f0824112{display:flex;align-items:center;width:100%;padding:8px var(--mantine-spacing-sm);user-select:none;border-radius:var(--mantine-radius-default)}
.m_f0824112:hover{background-color:var(--mantine-color-gray-0)}
.m_f0824112:where([data-active]){background-color:var(--nl-bg,var(--mantine-primary-color-light));color:var(--nl-color,var(--mantine-primary-color-light-color))}
.m_f0824112:where([data-active]):hover{background-color:var(--nl-hover,var(--mantine-primary-color-light-hover))}
.m_690090b5{display:flex;align-items:center;justify-content:center;transition:transform .15s ease}
.m_690090b5[data-position=left]{margin-inline-end:var(--mantine-spacing-sm)}.m_690090b5[data-position=right]{margin-inline-start:var(--mantine-spacing-sm)}
.m_1fd8a00b{transform:rotate(-90deg);transition:transform .2s ease}.m_690090b5[data-rotate] .m_1fd8a00b{transform:rotate(0)}
.m_f07af9d2{flex:1;overflow:hidden;text-overflow:ellipsis}
.m_1f6ac4c4{font-size:var(--mantine-font-size-sm)}
.m_e17b862f{padding-inline-start:var(--nl-offset,var(--mantine-spacing-lg))}
.m_1b7284a3{outline:0;-webkit-tap-highlight-color:transparent;display:block;text-decoration:none;color:var(--mantine-color-text);background-color:var(--mantine-color-body);box-sizing:border-box;border-radius:var(--paper-radius,var(--mantine-radius-default));box-shadow:var(--paper-shadow);position:relative}
.m_1b7284a3[data-with-border]{border:1px solid var(--mantine-color-gray-3)}
.m_e615b15f{display:flex;flex-direction:column;overflow:hidden;padding:var(--card-padding,var(--mantine-spacing-md))}
.m_8a5d1357{margin:0;font-weight:var(--title-fw);font-size:var(--title-fz);line-height:var(--title-lh);font-family:var(--mantine-font-family-headings)}
.m_b6d8b162{-webkit-tap-highlight-color:transparent;text-decoration:none;font-size:var(--text-fz,var(--mantine-font-size-md));line-height:var(--text-lh,var(--mantine-line-height-md));font-weight:400;margin:0;padding:0;color:var(--text-color)}
.m_849cf0da{color:var(--mantine-color-anchor);text-decoration:none;cursor:pointer}.m_849cf0da:hover{text-decoration:underline}
.m_4081bf90{display:flex;flex-direction:row;flex-wrap:var(--group-wrap,wrap);justify-content:var(--group-justify,flex-start);align-items:var(--group-align,center);gap:var(--group-gap,var(--mantine-spacing-md))}
.m_6d731127{display:flex;flex-direction:column;align-items:var(--stack-align,stretch);justify-content:var(--stack-justify,flex-start);gap:var(--stack-gap,var(--mantine-spacing-md))}
.m_7485cace{padding-inline:var(--mantine-spacing-md);max-width:var(--container-size);margin-inline:auto}
.m_2415a157{display:grid;grid-template-columns:repeat(var(--sg-cols,1),minmax(0,1fr));gap:var(--sg-spacing-y,var(--mantine-spacing-md)) var(--sg-spacing-x,var(--mantine-spacing-md))}
.m_66836ed3{--alert-radius:var(--mantine-radius-default);position:relative;overflow:hidden;padding:var(--mantine-spacing-md);border-radius:var(--alert-radius);background-color:var(--alert-bg);border:var(--alert-bd,1px solid transparent);color:var(--alert-color)}
.m_a5d60502{display:flex}.m_667f2a6a{line-height:1;width:1.25rem;height:1.25rem;display:flex;align-items:center;justify-content:flex-start;margin-inline-end:var(--mantine-spacing-md);margin-top:1px}
.m_7fa78076{flex:1}.m_6a03f287{display:flex;align-items:center;justify-content:space-between;margin-bottom:var(--mantine-spacing-xs)}.m_698f4f23{display:block;overflow:hidden;text-overflow:ellipsis;font-weight:700;font-size:var(--mantine-font-size-sm)}
.m_7fa78076>.m_a7e7fd2b,.m_a7e7fd2b{overflow:hidden;font-size:var(--mantine-font-size-sm);color:var(--mantine-color-black)}
.m_b23fa0ef{width:100%;border-collapse:collapse;border-spacing:0;line-height:var(--mantine-line-height);font-size:var(--mantine-font-size-sm);color:var(--mantine-color-text)}
.m_b23fa0ef[data-with-table-border]{border:1px solid var(--mantine-color-gray-3)}
.m_4e7aa4f3{text-align:left;font-weight:700;padding:7px 10px;border-bottom:1px solid var(--mantine-color-gray-3)}
.m_4e7aa4ef{padding:7px 10px;border-bottom:1px solid var(--mantine-color-gray-3)}
.m_b23fa0ef[data-striped=odd] tbody .m_4e7aa4fd:nth-of-type(odd){background-color:var(--mantine-color-gray-0)}
.m_347db0ec{display:inline-grid;align-items:center;height:1.25rem;padding:0 .625rem;font-size:.6875rem;font-weight:700;text-transform:uppercase;letter-spacing:.25px;border-radius:2rem;background:var(--badge-bg);color:var(--badge-color);border:1px solid transparent}
.m_9e117634{display:block;object-fit:cover;width:auto;border-radius:var(--mantine-radius-sm)}
.m_3eebeb36{border:0;border-top:1px solid var(--mantine-color-gray-3);margin:0}
.tabler-icon{flex-shrink:0}
`;

/** The small runtime: virtual nodes patched in place, portals, transitions, Mantine parts. */
const RUNTIME = String.raw`
var SVGNS = 'http://www.w3.org/2000/svg';
function h(tag, props) {
  var ch = [];
  for (var i = 2; i < arguments.length; i++) addChild(ch, arguments[i]);
  return { tag: tag, props: props || {}, children: ch };
}
function addChild(ch, c) {
  if (c == null || c === false || c === true) return;
  if (Array.isArray(c)) { for (var i = 0; i < c.length; i++) addChild(ch, c[i]); return; }
  if (typeof c === 'object') { ch.push(c); return; }
  ch.push({ text: String(c), props: {} });
}
function createNode(v, svg) {
  if (v.text != null) { v.el = document.createTextNode(v.text); return v.el; }
  svg = svg || v.tag === 'svg';
  var el = svg ? document.createElementNS(SVGNS, v.tag) : document.createElement(v.tag);
  v.el = el;
  setProps(el, {}, v.props, svg);
  if (v.props.html == null) for (var i = 0; i < v.children.length; i++) el.appendChild(createNode(v.children[i], svg));
  if (v.props.collapse != null && !v.props.collapse) { el.style.display = 'none'; el.style.height = '0px'; el.style.overflow = 'hidden'; }
  if (v.props.ref) v.props.ref(el);
  return el;
}
function setProps(el, o, n, svg) {
  var k;
  for (k in o) if (!(k in n)) setProp(el, k, o[k], undefined, svg);
  for (k in n) if (o[k] !== n[k] || k === 'value' || k === 'checked') setProp(el, k, o[k], n[k], svg);
}
function setProp(el, k, ov, nv, svg) {
  if (k === 'key' || k === 'ref' || k === 'collapse') return;
  if (/^on[A-Z]/.test(k)) {
    var name = k.slice(2).toLowerCase();
    el.__h = el.__h || {};
    if (!(name in el.__h)) el.addEventListener(name, dispatchEv);
    el.__h[name] = nv;
    return;
  }
  if (k === 'value') { var s = nv == null ? '' : String(nv); if (el.value !== s) el.value = s; return; }
  if (k === 'checked') { el.checked = !!nv; return; }
  if (k === 'html') { if (ov !== nv) el.innerHTML = nv || ''; return; }
  if (k === 'class' && !svg) { el.className = nv || ''; return; }
  if (nv == null || nv === false) el.removeAttribute(k); else el.setAttribute(k, nv === true ? '' : String(nv));
}
function dispatchEv(e) { var f = this.__h && this.__h[e.type]; if (f) f(e); }
function sameNode(a, b) { return (a.text != null) === (b.text != null) && a.tag === b.tag && a.props.key === b.props.key; }
function updateNode(ov, nv, svg) {
  var el = ov.el; nv.el = el;
  if (nv.text != null) { if (ov.text !== nv.text) el.nodeValue = nv.text; return; }
  svg = svg || nv.tag === 'svg';
  setProps(el, ov.props, nv.props, svg);
  if (nv.props.collapse != null && !!ov.props.collapse !== !!nv.props.collapse) animateCollapse(el, !!nv.props.collapse);
  if (nv.props.html == null) patchChildren(el, ov.children, nv.children, svg);
}
function patchChildren(el, oc, nc, svg) {
  var i, keyed = {}, used = [];
  for (i = 0; i < oc.length; i++) if (oc[i].props.key != null) keyed[oc[i].props.key] = i;
  var els = [];
  for (i = 0; i < nc.length; i++) {
    var n = nc[i], oi = -1;
    if (n.props.key != null) { if (n.props.key in keyed) oi = keyed[n.props.key]; }
    else if (i < oc.length && oc[i].props.key == null) oi = i;
    if (oi >= 0 && !used[oi] && sameNode(oc[oi], n)) { used[oi] = true; updateNode(oc[oi], n, svg); }
    else createNode(n, svg);
    els.push(n.el);
  }
  for (i = 0; i < oc.length; i++) if (!used[i] && oc[i].el && oc[i].el.parentNode === el) el.removeChild(oc[i].el);
  for (i = 0; i < els.length; i++) if (el.childNodes[i] !== els[i]) el.insertBefore(els[i], el.childNodes[i] || null);
}
function animateCollapse(el, open) {
  clearTimeout(el.__ct);
  el.style.boxSizing = 'border-box';
  if (open) {
    el.style.display = ''; el.style.overflow = 'hidden'; el.style.height = '0px';
    var target = el.scrollHeight; void el.offsetHeight;
    el.style.transition = 'height 200ms ease'; el.style.height = target + 'px';
    el.__ct = setTimeout(function () { el.style.height = ''; el.style.overflow = ''; el.style.transition = ''; }, 210);
  } else {
    el.style.height = el.scrollHeight + 'px'; el.style.overflow = 'hidden'; void el.offsetHeight;
    el.style.transition = 'height 200ms ease'; el.style.height = '0px';
    el.__ct = setTimeout(function () { el.style.display = 'none'; el.style.transition = ''; }, 210);
  }
}

/* rendering: one app tree in #root plus portals appended to body */
var rootV = null, portalList = [], portals = {}, afterQ = [], scheduled = false, renderApp = null;
function Portal(key, v) { portalList.push({ key: key, v: v }); return null; }
function after(fn) { afterQ.push(fn); }
function rerender() { if (scheduled) return; scheduled = true; Promise.resolve().then(flush); }
function flush() {
  scheduled = false; portalList = [];
  var nv = h('div', { id: 'root' }, renderApp());
  if (!rootV) { rootV = { tag: 'div', props: { id: 'root' }, children: [], el: document.getElementById('root') }; }
  updateNode(rootV, nv, false); rootV = nv;
  var seen = {};
  portalList.forEach(function (p) {
    seen[p.key] = true;
    var pv = h('div', { 'data-portal': 'true' }, p.v);
    if (!portals[p.key]) { createNode(pv, false); document.body.appendChild(pv.el); }
    else updateNode(portals[p.key], pv, false);
    portals[p.key] = pv;
  });
  Object.keys(portals).forEach(function (k) { if (!seen[k]) { var el = portals[k].el; if (el.parentNode) el.parentNode.removeChild(el); delete portals[k]; } });
  var q = afterQ; afterQ = [];
  q.forEach(function (fn) { fn(); });
}
function raf2(fn) { requestAnimationFrame(function () { requestAnimationFrame(fn); }); }
/* transition records: phase 'pre' -> 'in' -> 'out' -> removed */
function enter(rec) { rec.phase = 'pre'; rerender(); raf2(function () { if (rec.phase === 'pre') { rec.phase = 'in'; rerender(); } }); }
function leave(rec, ms, done) { rec.phase = 'out'; rerender(); setTimeout(function () { done(); rerender(); }, ms); }

var idMap = {}, idSeq = 0;
function uid(name) { if (!idMap[name]) { idSeq++; idMap[name] = 'mantine-r' + idSeq.toString(36); } return idMap[name]; }
function cx() { return Array.prototype.filter.call(arguments, Boolean).join(' '); }

var ICONS = {
  dashboard: '<path d="M4 4h6v8h-6z"/><path d="M4 16h6v4h-6z"/><path d="M14 12h6v8h-6z"/><path d="M14 4h6v4h-6z"/>',
  file: '<path d="M14 3v4a1 1 0 0 0 1 1h4"/><path d="M17 21h-10a2 2 0 0 1 -2 -2v-14a2 2 0 0 1 2 -2h7l5 5v11a2 2 0 0 1 -2 2z"/><path d="M9 7l1 0"/><path d="M9 13l6 0"/><path d="M13 17l2 0"/>',
  api: '<path d="M4 13h5"/><path d="M12 16v-8h3a2 2 0 0 1 2 2v1a2 2 0 0 1 -2 2h-3"/><path d="M20 8v8"/><path d="M9 16v-5.5a2.5 2.5 0 0 0 -5 0v5.5"/>',
  report: '<path d="M8 5h-2a2 2 0 0 0 -2 2v12a2 2 0 0 0 2 2h5.697"/><path d="M18 14v4h4"/><path d="M18 11v-4a2 2 0 0 0 -2 -2h-2"/><path d="M8 3m0 2a2 2 0 0 1 2 -2h2a2 2 0 0 1 2 2v0a2 2 0 0 1 -2 2h-2a2 2 0 0 1 -2 -2z"/><path d="M18 18m-4 0a4 4 0 1 0 8 0a4 4 0 1 0 -8 0"/>',
  users: '<path d="M9 7m-4 0a4 4 0 1 0 8 0a4 4 0 1 0 -8 0"/><path d="M3 21v-2a4 4 0 0 1 4 -4h4a4 4 0 0 1 4 4v2"/><path d="M16 3.13a4 4 0 0 1 0 7.75"/><path d="M21 21v-2a4 4 0 0 0 -3 -3.85"/>',
  refresh: '<path d="M20 11a8.1 8.1 0 0 0 -15.5 -2m-.5 -4v4h4"/><path d="M4 13a8.1 8.1 0 0 0 15.5 2m.5 4v-4h-4"/>',
  logout: '<path d="M14 8v-2a2 2 0 0 0 -2 -2h-7a2 2 0 0 0 -2 2v12a2 2 0 0 0 2 2h7a2 2 0 0 0 2 -2v-2"/><path d="M9 12h12l-3 -3"/><path d="M18 15l3 -3"/>',
  info: '<path d="M3 12a9 9 0 1 0 18 0a9 9 0 0 0 -18 0"/><path d="M12 9h.01"/><path d="M11 12h1v4h1"/>',
  alert: '<path d="M3 12a9 9 0 1 0 18 0a9 9 0 0 0 -18 0"/><path d="M12 8v4"/><path d="M12 16h.01"/>',
  check: '<path d="M5 12l5 5l10 -10"/>',
  shield: '<path d="M12 3a12 12 0 0 0 8.5 3a12 12 0 0 1 -8.5 15a12 12 0 0 1 -8.5 -15a12 12 0 0 0 8.5 -3"/><path d="M9 12l2 2l4 -4"/>'
};
function Icon(name, size) {
  return h('svg', { xmlns: SVGNS, width: size || 18, height: size || 18, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round', class: 'tabler-icon tabler-icon-' + name, html: ICONS[name] });
}
function CloseIcon() {
  return h('svg', { viewBox: '0 0 15 15', fill: 'none', xmlns: SVGNS, html: '<path d="M11.7816 4.03157C12.0062 3.80702 12.0062 3.44295 11.7816 3.2184C11.5571 2.99385 11.193 2.99385 10.9685 3.2184L7.50005 6.68682L4.03164 3.2184C3.80708 2.99385 3.44301 2.99385 3.21846 3.2184C2.99391 3.44295 2.99391 3.80702 3.21846 4.03157L6.68688 7.49999L3.21846 10.9684C2.99391 11.193 2.99391 11.557 3.21846 11.7816C3.44301 12.0061 3.80708 12.0061 4.03164 11.7816L7.50005 8.31316L10.9685 11.7816C11.193 12.0061 11.5571 12.0061 11.7816 11.7816C12.0062 11.557 12.0062 11.193 11.7816 10.9684L8.31322 7.49999L11.7816 4.03157Z" fill="currentColor" fill-rule="evenodd" clip-rule="evenodd"></path>' });
}
function Chevron(cls) {
  return h('svg', { class: cls, viewBox: '0 0 15 15', fill: 'none', xmlns: SVGNS, width: 16, height: 16, html: '<path d="M3.13523 6.15803C3.3241 5.95657 3.64052 5.94637 3.84197 6.13523L7.5 9.56464L11.158 6.13523C11.3595 5.94637 11.6759 5.95657 11.8648 6.15803C12.0536 6.35949 12.0434 6.67591 11.842 6.86477L7.84197 10.6148C7.64964 10.7951 7.35036 10.7951 7.15803 10.6148L3.15803 6.86477C2.95657 6.67591 2.94637 6.35949 3.13523 6.15803Z" fill="currentColor" fill-rule="evenodd" clip-rule="evenodd"></path>' });
}
function EyeIcon(reveal) {
  return h('svg', { viewBox: '0 0 15 15', fill: 'none', xmlns: SVGNS, style: 'width:var(--psi-icon-size,15px);height:var(--psi-icon-size,15px)', html: reveal
    ? '<path d="M13.3536 2.35355C13.5488 2.15829 13.5488 1.84171 13.3536 1.64645C13.1583 1.45118 12.8417 1.45118 12.6464 1.64645L10.6828 3.61012C9.70652 3.21671 8.63759 3 7.5 3C4.18957 3 1.48369 4.95932 0.0938594 7.41794C-0.0312865 7.63946 -0.0312865 7.91054 0.0938594 8.13206C0.751296 9.29499 1.70968 10.3092 2.86224 11.0806L1.14645 12.7964C0.951184 12.9917 0.951184 13.3083 1.14645 13.5036C1.34171 13.6988 1.65829 13.6988 1.85355 13.5036L13.3536 2.35355ZM7.5 5.5C8.16 5.5 8.75 5.76 9.19 6.19L6.19 9.19C5.76 8.75 5.5 8.16 5.5 7.5C5.5 6.4 6.4 5.5 7.5 5.5Z" fill="currentColor" fill-rule="evenodd" clip-rule="evenodd"></path>'
    : '<path d="M7.5 11C4.80285 11 2.52952 9.62184 1.09622 7.50001C2.52952 5.37816 4.80285 4 7.5 4C10.1971 4 12.4705 5.37816 13.9038 7.50001C12.4705 9.62183 10.1971 11 7.5 11ZM7.5 3C4.30786 3 1.65639 4.70638 0.0760002 7.23501C-0.0253338 7.39715 -0.0253334 7.60288 0.0760014 7.76501C1.65639 10.2936 4.30786 12 7.5 12C10.6921 12 13.3436 10.2936 14.924 7.76501C15.0253 7.60288 15.0253 7.39715 14.924 7.23501C13.3436 4.70638 10.6921 3 7.5 3ZM7.5 9.5C8.60457 9.5 9.5 8.60457 9.5 7.5C9.5 6.39543 8.60457 5.5 7.5 5.5C6.39543 5.5 5.5 6.39543 5.5 7.5C5.5 8.60457 6.39543 9.5 7.5 9.5Z" fill="currentColor" fill-rule="evenodd" clip-rule="evenodd"></path>' });
}

/* layout primitives */
function Group(o) { var a = [].slice.call(arguments, 1); o = o || {}; return h('div', { class: 'm_4081bf90 mantine-Group-root', style: '--group-gap:var(--mantine-spacing-' + (o.gap || 'md') + ');--group-align:' + (o.align || 'center') + ';--group-justify:' + (o.justify || 'flex-start') + ';--group-wrap:wrap' + (o.style ? ';' + o.style : '') }, a); }
function Stack(o) { var a = [].slice.call(arguments, 1); o = o || {}; return h('div', { class: 'm_6d731127 mantine-Stack-root', style: '--stack-gap:var(--mantine-spacing-' + (o.gap || 'md') + ');--stack-align:stretch;--stack-justify:flex-start' + (o.style ? ';' + o.style : '') }, a); }
function Title(order, text, style) { return h('h' + order, { class: 'm_8a5d1357 mantine-Title-root', 'data-order': order, style: '--title-fw:var(--mantine-h' + order + '-font-weight);--title-lh:var(--mantine-h' + order + '-line-height);--title-fz:var(--mantine-h' + order + '-font-size)' + (style ? ';' + style : '') }, text); }
function Text(o) { var a = [].slice.call(arguments, 1); o = o || {}; var sz = o.size || 'md'; return h(o.component || 'p', { class: 'm_b6d8b162 mantine-Text-root', 'data-size': sz, style: '--text-fz:var(--mantine-font-size-' + sz + ');--text-lh:var(--mantine-line-height-' + (sz === 'sm' || sz === 'xs' ? 'sm' : 'md') + ')' + (o.c ? ';color:var(--mantine-color-' + o.c + ')' : '') + (o.fw ? ';font-weight:' + o.fw : '') + (o.style ? ';' + o.style : '') }, a); }
function Paper(o) { var a = [].slice.call(arguments, 1); o = o || {}; return h('div', { class: cx('m_1b7284a3 mantine-Paper-root', o.card && 'm_e615b15f mantine-Card-root'), 'data-with-border': o.withBorder ? 'true' : null, style: '--paper-radius:var(--mantine-radius-' + (o.radius || 'md') + ');--paper-shadow:var(--mantine-shadow-' + (o.shadow || 'sm') + ');padding:var(--mantine-spacing-' + (o.p || 'lg') + ')' + (o.style ? ';' + o.style : '') }, a); }
function Alert(color, title, message, icon) {
  return h('div', { class: 'm_66836ed3 mantine-Alert-root', role: 'alert', 'data-variant': 'light', style: '--alert-bg:var(--mantine-color-' + color + '-light);--alert-color:var(--mantine-color-' + color + '-light-color);--alert-bd:calc(0.0625rem * var(--mantine-scale)) solid transparent' },
    h('div', { class: 'm_a5d60502 mantine-Alert-wrapper' },
      h('div', { class: 'm_667f2a6a mantine-Alert-icon' }, Icon(icon || 'info', 20)),
      h('div', { class: 'm_7fa78076 mantine-Alert-body' },
        title ? h('div', { class: 'm_6a03f287 mantine-Alert-title' }, h('span', { class: 'm_698f4f23 mantine-Alert-label' }, title)) : null,
        h('div', { class: 'm_a7e7fd2b mantine-Alert-message' }, message))));
}
function Table(heads, rows) {
  return h('table', { class: 'm_b23fa0ef mantine-Table-table', 'data-striped': 'odd', 'data-with-table-border': 'true' },
    h('thead', { class: 'm_b2404537 mantine-Table-thead' }, h('tr', { class: 'm_4e7aa4fd mantine-Table-tr' }, heads.map(function (t) { return h('th', { class: 'm_4e7aa4f3 mantine-Table-th' }, t); }))),
    h('tbody', { class: 'm_b2404537 mantine-Table-tbody' }, rows.map(function (r) { return h('tr', { class: 'm_4e7aa4fd mantine-Table-tr' }, r.map(function (c) { return h('td', { class: 'm_4e7aa4ef mantine-Table-td' }, c); })); })));
}
function Loader(size, color) { return h('span', { class: 'm_5ae2e3c mantine-Loader-root', 'data-size': size || 'md', style: color ? '--loader-color:' + color : null }); }
function LoadingOverlay(visible) {
  if (!visible) return null;
  return h('div', { class: 'm_6e45937b mantine-LoadingOverlay-root', style: '--lo-z-index:400' },
    h('span', { class: 'm_e8eb006c mantine-LoadingOverlay-loader m_5ae2e3c mantine-Loader-root', 'data-size': 'md' }),
    h('div', { class: 'm_df587f17 mantine-LoadingOverlay-overlay m_9814e45f mantine-Overlay-root', style: '--overlay-bg:rgba(255, 255, 255, 0.75);--overlay-filter:blur(2px);--overlay-radius:0;--overlay-z-index:400' }));
}
function buttonVars(v, c) {
  var bd = 'calc(0.0625rem * var(--mantine-scale)) solid ';
  if (v === 'default') return '--button-bg:var(--mantine-color-default);--button-hover:var(--mantine-color-default-hover);--button-color:var(--mantine-color-default-color);--button-bd:' + bd + 'var(--mantine-color-default-border)';
  if (v === 'light') return '--button-bg:var(--mantine-color-' + c + '-light);--button-hover:var(--mantine-color-' + c + '-light-hover);--button-color:var(--mantine-color-' + c + '-light-color);--button-bd:' + bd + 'transparent';
  if (v === 'subtle') return '--button-bg:transparent;--button-hover:var(--mantine-color-' + c + '-light-hover);--button-color:var(--mantine-color-' + c + '-light-color);--button-bd:' + bd + 'transparent';
  return '--button-bg:var(--mantine-color-' + c + '-filled);--button-hover:var(--mantine-color-' + c + '-filled-hover);--button-color:var(--mantine-color-white);--button-bd:' + bd + 'transparent';
}
function Button(o, label) {
  var v = o.variant || 'filled', busy = !!o.loading, off = !!o.disabled || busy;
  return h('button', { class: 'mantine-focus-auto mantine-active m_77c9d27d mantine-Button-root m_87cf2631 mantine-UnstyledButton-root', type: o.type || 'button', 'data-variant': v, 'data-block': o.fullWidth ? 'true' : null, 'data-loading': busy ? 'true' : null, 'data-disabled': off ? 'true' : null, 'data-with-left-section': o.leftSection ? 'true' : null, disabled: off || null, style: buttonVars(v, o.color || 'blue'), onClick: o.onClick, key: o.key },
    h('span', { class: 'm_80f1301b mantine-Button-inner' },
      o.leftSection ? h('span', { class: 'm_a74036a mantine-Button-section', 'data-position': 'left' }, o.leftSection) : null,
      h('span', { class: 'm_811560b9 mantine-Button-label' }, label)),
    busy ? h('span', { class: 'm_a25b86ee mantine-Button-loader' }, Loader('sm', 'var(--button-color)')) : null);
}
function ActionIcon(o, child) {
  return h('button', { class: 'mantine-focus-auto mantine-active m_8d3f4000 mantine-ActionIcon-root m_87cf2631 mantine-UnstyledButton-root', type: 'button', 'data-variant': 'light', 'aria-label': o.label, title: o.label, style: '--ai-size:2.25rem;--ai-bg:var(--mantine-color-blue-light);--ai-hover:var(--mantine-color-blue-light-hover);--ai-color:var(--mantine-color-blue-light-color)', onClick: o.onClick }, child);
}
function Anchor(o, text) {
  return h('a', { class: 'mantine-focus-auto m_849cf0da mantine-Anchor-root m_b6d8b162 mantine-Text-root', 'data-underline': 'hover', href: o.href || '#', style: '--text-fz:var(--mantine-font-size-sm);--text-lh:var(--mantine-line-height-sm)', onClick: function (e) { e.preventDefault(); if (o.onClick) o.onClick(e); } }, text);
}

/* inputs */
function InputWrapper(comp, o, body) {
  var id = o.id, lblTag = o.labelElement || 'label';
  return h('div', { class: 'm_46b77525 mantine-InputWrapper-root mantine-' + comp + '-root', key: o.key, style: o.style },
    o.label ? h(lblTag, { class: 'm_8fdc1311 mantine-InputWrapper-label mantine-' + comp + '-label', for: lblTag === 'label' ? (o.labelFor || id) : null, id: id + '-label' }, o.label,
      o.withAsterisk ? h('span', { class: 'm_78a94662 mantine-InputWrapper-required mantine-' + comp + '-required', 'aria-hidden': 'true' }, ' *') : null) : null,
    o.description ? h('p', { class: 'm_fe47ce59 mantine-InputWrapper-description mantine-' + comp + '-description', id: id + '-description' }, o.description) : null,
    body,
    o.error ? h('div', { class: 'm_8f816625 mantine-InputWrapper-error mantine-' + comp + '-error', id: id + '-error' }, o.error) : null);
}
function describedBy(o) { return [o.error ? o.id + '-error' : null, o.description ? o.id + '-description' : null].filter(Boolean).join(' ') || null; }
function TextInput(o) {
  var err = o.error ? 'true' : null;
  return InputWrapper('TextInput', o, h('div', { class: 'm_6c018570 mantine-Input-wrapper mantine-TextInput-wrapper', 'data-variant': 'default', 'data-error': err, 'data-with-left-section': o.leftSection ? 'true' : null, style: o.leftSectionWidth ? '--input-left-section-width:' + o.leftSectionWidth : null },
    o.leftSection ? h('div', { 'data-position': 'left', class: 'm_82577fc2 mantine-Input-section mantine-TextInput-section', style: 'color:var(--mantine-color-gray-7);font-weight:600' }, o.leftSection) : null,
    h('input', { class: 'm_8fb7ebe7 mantine-Input-input mantine-TextInput-input', 'data-variant': 'default', 'data-error': err, 'data-with-left-section': o.leftSection ? 'true' : null, id: o.id, type: 'text', value: o.value, placeholder: o.placeholder, autocomplete: o.autocomplete || 'off', 'aria-invalid': err ? 'true' : 'false', 'aria-describedby': describedBy(o), onInput: function (e) { o.onChange(e.target.value); } })));
}
var pwVisible = {};
function PasswordInput(o) {
  var err = o.error ? 'true' : null, vis = !!pwVisible[o.id];
  return InputWrapper('PasswordInput', o, h('div', { class: 'm_6c018570 mantine-Input-wrapper mantine-PasswordInput-wrapper', 'data-variant': 'default', 'data-error': err, 'data-with-right-section': 'true' },
    h('div', { class: 'm_8fb7ebe7 mantine-Input-input m_ccf8da4c mantine-PasswordInput-input', 'data-variant': 'default', 'data-error': err, 'data-with-right-section': 'true' },
      h('input', { class: 'm_f2d85dd2 mantine-PasswordInput-innerInput', id: o.id, type: vis ? 'text' : 'password', value: o.value, placeholder: o.placeholder, autocomplete: o.autocomplete || 'off', 'aria-invalid': err ? 'true' : 'false', 'aria-describedby': describedBy(o), onInput: function (e) { o.onChange(e.target.value); } })),
    h('div', { 'data-position': 'right', class: 'm_82577fc2 mantine-Input-section mantine-PasswordInput-section' },
      h('button', { class: 'mantine-focus-auto mantine-active m_b1072d44 mantine-PasswordInput-visibilityToggle m_8d3f4000 mantine-ActionIcon-root m_87cf2631 mantine-UnstyledButton-root', 'data-variant': 'subtle', type: 'button', tabindex: '-1', 'aria-hidden': 'true', onMouseDown: function (e) { e.preventDefault(); }, onClick: function () { pwVisible[o.id] = !vis; rerender(); } }, EyeIcon(vis)))));
}
/* PinInput: boxes focus forward on input, back on Backspace, a paste spreads over all */
function PinInput(o) {
  var vals = o.values, n = vals.length, err = o.error ? 'true' : null;
  function box(i) { return document.getElementById(o.id + '-' + i); }
  function focusAt(i) { var el = box(Math.max(0, Math.min(n - 1, i))); if (el) el.focus(); }
  function set(next) { o.onChange(next); if (next.join('').length === n && o.onComplete) o.onComplete(next.join('')); }
  function spread(text, from) {
    var chars = text.replace(/\s+/g, '').split('').slice(0, n);
    if (!/^[0-9]+$/.test(chars.join(''))) return;
    var next = vals.slice();
    if (chars.length >= n || from === 0) { next = []; for (var j = 0; j < n; j++) next.push(chars[j] || ''); }
    else for (var k = 0; k < chars.length && from + k < n; k++) next[from + k] = chars[k];
    set(next); focusAt(Math.min(n - 1, (chars.length >= n ? 0 : from) + chars.length));
  }
  var boxes = [];
  for (var i = 0; i < n; i++) (function (i) {
    boxes.push(h('div', { class: 'm_6c018570 mantine-Input-wrapper m_cb288ead mantine-PinInput-pinInput', 'data-variant': 'default', 'data-error': err },
      h('input', { class: 'm_8fb7ebe7 mantine-Input-input mantine-PinInput-input', 'data-variant': 'default', 'data-error': err, id: o.id + '-' + i, type: 'tel', inputmode: 'numeric', autocomplete: 'one-time-code', placeholder: '\u25CB', 'aria-label': 'PinInput', 'aria-invalid': err ? 'true' : 'false', value: vals[i],
        onFocus: function (e) { e.target.select(); },
        onInput: function (e) {
          var v = e.target.value;
          if (v.length > 2) { spread(v, i); return; }
          var ch = v.length === 2 ? v.charAt(1) : v;
          var next = vals.slice();
          if (/^[0-9]$/.test(ch)) { next[i] = ch; set(next); if (i < n - 1) focusAt(i + 1); }
          else { next[i] = ''; set(next); }
        },
        onKeyDown: function (e) {
          if (e.key === 'ArrowLeft') { e.preventDefault(); focusAt(i - 1); }
          else if (e.key === 'ArrowRight') { e.preventDefault(); focusAt(i + 1); }
          else if (e.key === 'Delete') { e.preventDefault(); var d = vals.slice(); d[i] = ''; set(d); }
          else if (e.key === 'Backspace') {
            e.preventDefault(); var b = vals.slice();
            if (b[i] !== '') { b[i] = ''; set(b); } else if (i > 0) { b[i - 1] = ''; set(b); focusAt(i - 1); }
          }
        },
        onPaste: function (e) { e.preventDefault(); spread((e.clipboardData || window.clipboardData).getData('text/plain'), i); }
      })));
  })(i);
  return InputWrapper('InputWrapper', { id: o.id, label: o.label, labelFor: o.id + '-0', withAsterisk: o.withAsterisk, error: o.error, description: o.description },
    h('div', { class: 'm_4081bf90 mantine-Group-root m_f1cb205a mantine-PinInput-root', role: 'group', style: '--group-gap:var(--mantine-spacing-sm);--group-align:center;--group-justify:flex-start;--group-wrap:nowrap;margin-top:.25rem' }, boxes));
}
function RadioGroup(o) {
  return InputWrapper('RadioGroup', { id: o.id, label: o.label, withAsterisk: o.withAsterisk, error: o.error, labelElement: 'div' },
    h('div', { role: 'radiogroup', 'aria-labelledby': o.id + '-label', 'aria-describedby': o.error ? o.id + '-error' : null, style: 'margin-top:.5rem' },
      Stack({ gap: 'xs' }, o.options.map(function (opt, i) {
        var rid = o.id + '-' + i, on = o.value === opt.value;
        return h('div', { class: 'm_f3f1af94 mantine-Radio-root m_5f75b09e', 'data-checked': on ? 'true' : null, 'data-label-position': 'right', key: opt.value },
          h('div', { class: 'm_5f6e695e mantine-Radio-body' },
            h('div', { class: 'm_89c4f5e4 mantine-Radio-inner', 'data-label-position': 'right' },
              h('input', { class: 'mantine-focus-auto m_8a3dbb89 mantine-Radio-radio', type: 'radio', id: rid, name: o.name, value: opt.value, checked: on, 'data-error': o.error ? 'true' : null, onChange: function () { o.onChange(opt.value); } }),
              h('svg', { class: 'm_f3ed6b2b mantine-Radio-icon', xmlns: SVGNS, viewBox: '5 5 5 5', 'aria-hidden': 'true', html: '<circle cx="7.5" cy="7.5" r="2.5" fill="currentColor"></circle>' })),
            h('div', { class: 'm_d3ea56bb mantine-Radio-labelWrapper', 'data-label-position': 'right' },
              h('label', { class: 'm_8ee546b8 mantine-Radio-label', for: rid }, opt.label))));
      }))));
}
/* Select (searchable Combobox), dropdown portalled to body */
var selState = {};
function placeDropdown(id) {
  var inp = document.getElementById(id), d = document.getElementById(id + '-dropdown');
  if (!inp || !d) return;
  var r = inp.getBoundingClientRect(), dh = d.offsetHeight, below = window.innerHeight - r.bottom, top, pos = 'bottom';
  if (below < dh + 16 && r.top > below) { pos = 'top'; top = r.top - 8 - dh; } else top = r.bottom + 8;
  d.style.top = (top + window.scrollY) + 'px'; d.style.left = (r.left + window.scrollX) + 'px'; d.style.width = r.width + 'px';
  d.setAttribute('data-position', pos);
}
function placeAll() { Object.keys(selState).forEach(function (k) { if (selState[k].open) placeDropdown(k); }); }
window.addEventListener('scroll', placeAll, true);
window.addEventListener('resize', placeAll);
function Select(o) {
  var st = selState[o.id] || (selState[o.id] = { open: false, search: null, active: -1 });
  var shown = st.search != null ? st.search : (o.value || '');
  var filtering = st.search != null && st.search !== (o.value || '');
  var q = shown.trim().toLowerCase();
  var opts = filtering ? o.data.filter(function (d) { return d.toLowerCase().indexOf(q) >= 0; }) : o.data;
  var listId = o.id + '-listbox', err = o.error ? 'true' : null, mah = (o.maxDropdownHeight || 250) + 'px';
  function open() { if (!st.open) { st.open = true; st.scroll = true; st.active = o.value ? opts.indexOf(o.value) : -1; rerender(); } }
  function choose(v) { o.onChange(v); st.search = null; st.open = false; st.active = -1; rerender(); }
  function move(d) {
    if (!st.open) { open(); return; }
    if (!opts.length) return;
    var a = st.active + d; if (a >= opts.length) a = 0; if (a < 0) a = opts.length - 1;
    st.active = a; st.scroll = true; rerender();
  }
  if (st.open) {
    Portal('select-' + o.id, h('div', { class: 'm_38a85659 mantine-Popover-dropdown m_88b62a41 mantine-Combobox-dropdown mantine-Select-dropdown', id: o.id + '-dropdown', tabindex: '-1', style: 'position:absolute;top:0;left:0;z-index:300;--popover-radius:var(--mantine-radius-default);--popover-shadow:var(--mantine-shadow-md);--combobox-padding:4px', onMouseDown: function (e) { e.preventDefault(); } },
      h('div', { class: 'm_b2821a6e mantine-Combobox-options mantine-Select-options', role: 'listbox', id: listId, 'aria-labelledby': o.id + '-label' },
        opts.length ? h('div', { class: 'm_d57069b5 mantine-ScrollArea-root', style: 'max-height:' + mah },
          h('div', { class: 'm_c0783ff9 mantine-ScrollArea-viewport', 'data-scrollbars': 'y', style: 'max-height:' + mah },
            h('div', { style: 'min-width:100%;display:table' }, opts.map(function (d, i) {
              var checked = d === o.value, sel = i === st.active;
              return h('div', { class: 'm_92253aa5 mantine-Combobox-option mantine-Select-option m_390b5f4', role: 'option', id: o.id + '-option-' + i, key: d, value: d, 'data-combobox-option': 'true', 'data-combobox-selected': sel ? 'true' : null, 'aria-selected': sel ? 'true' : 'false', 'data-checked': checked ? 'true' : null, onMouseDown: function (e) { e.preventDefault(); }, onClick: function () { choose(d); } },
                checked ? h('svg', { class: 'm_8ee53fc2 mantine-Select-optionsDropdownCheckIcon', viewBox: '0 0 10 7', fill: 'none', xmlns: SVGNS, html: '<path d="M4 4.586L1.707 2.293A1 1 0 1 0 .293 3.707l3 3a.997.997 0 0 0 1.414 0l5-5A1 1 0 1 0 8.293.293L4 4.586z" fill="currentColor" fill-rule="evenodd" clip-rule="evenodd"></path>' }) : null,
                h('span', null, d));
            })))) : h('div', { class: 'm_2530cd1d mantine-Combobox-empty mantine-Select-empty' }, o.nothingFound || 'Nothing found'))));
    after(function () {
      placeDropdown(o.id);
      var el = st.scroll && document.getElementById(o.id + '-option-' + st.active), vp = el && el.closest('.mantine-ScrollArea-viewport');
      st.scroll = false;
      if (!vp) return;
      var r = el.getBoundingClientRect(), v = vp.getBoundingClientRect();
      if (r.top < v.top) vp.scrollTop -= v.top - r.top; else if (r.bottom > v.bottom) vp.scrollTop += r.bottom - v.bottom;
    });
  }
  return InputWrapper('Select', o, h('div', { class: 'm_6c018570 mantine-Input-wrapper mantine-Select-wrapper', 'data-variant': 'default', 'data-error': err, 'data-with-right-section': 'true', 'data-expanded': st.open ? 'true' : null },
    h('input', { class: 'm_8fb7ebe7 mantine-Input-input mantine-Select-input', 'data-variant': 'default', 'data-error': err, 'data-expanded': st.open ? 'true' : null, id: o.id, value: shown, placeholder: o.placeholder, autocomplete: 'off', 'aria-haspopup': 'listbox', 'aria-expanded': st.open ? 'true' : 'false', 'aria-controls': st.open ? listId : null, 'aria-activedescendant': st.open && st.active >= 0 ? o.id + '-option-' + st.active : null, 'aria-invalid': err ? 'true' : 'false', 'aria-describedby': describedBy(o),
      onFocus: open, onClick: open,
      onBlur: function () { st.open = false; st.search = null; st.active = -1; rerender(); },
      onInput: function (e) { st.search = e.target.value; st.open = true; st.active = 0; st.scroll = true; rerender(); },
      onKeyDown: function (e) {
        if (e.key === 'ArrowDown') { e.preventDefault(); move(1); }
        else if (e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
        else if (e.key === 'Enter' && st.open && st.active >= 0 && opts[st.active]) { e.preventDefault(); choose(opts[st.active]); }
        else if (e.key === 'Escape' && st.open) { st.open = false; rerender(); }
      } }),
    h('div', { 'data-position': 'right', 'data-combobox-chevron': 'true', class: 'm_82577fc2 mantine-Input-section mantine-Select-section', style: '--section-pointer-events:none' }, Chevron('m_2943220b mantine-ComboboxChevron-chevron'))));
}

/* Modal manager (@mantine/modals style): portalled root > overlay + inner > section[role=dialog] */
var modals = [], modalSeq = 0;
var TABBABLE = 'button:not([disabled]),input:not([disabled]),a[href],select:not([disabled]),[tabindex]:not([tabindex="-1"])';
function tabbables(root) { return [].slice.call(root.querySelectorAll(TABBABLE)).filter(function (x) { return x.tabIndex >= 0 && x.getClientRects().length; }); }
function openModal(m) {
  m.id = 'mantine-modal-' + (++modalSeq);
  m.prevFocus = document.activeElement;
  modals.push(m);
  document.body.setAttribute('data-scroll-locked', '1');
  after(function () {
    var sec = document.getElementById(m.id + '-content'); if (!sec) return;
    var auto = sec.querySelector('[data-autofocus]'), t = tabbables(sec);
    (auto || t[0] || sec).focus();
  });
  enter(m);
  return m.id;
}
function closeModal(id) {
  var m = modals.filter(function (x) { return x.id === id; })[0];
  if (!m || m.phase === 'out') return;
  leave(m, 200, function () {
    modals = modals.filter(function (x) { return x !== m; });
    if (!modals.length) document.body.removeAttribute('data-scroll-locked');
    if (m.prevFocus && m.prevFocus.focus && document.body.contains(m.prevFocus)) m.prevFocus.focus();
  });
  if (m.onClose) m.onClose();
}
function closeAllModals() { modals = []; document.body.removeAttribute('data-scroll-locked'); rerender(); }
document.addEventListener('keydown', function (e) {
  if (e.key === 'Escape' && modals.length) { var top = modals[modals.length - 1]; if (top.phase !== 'out') closeModal(top.id); }
});
function trapTab(e) {
  if (e.key !== 'Tab') return;
  var t = tabbables(e.currentTarget); if (!t.length) return;
  var first = t[0], last = t[t.length - 1];
  if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
  else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
}
function ModalView(m) {
  var on = m.phase === 'in', tr = 'transition-duration:200ms;transition-timing-function:ease;';
  return h('div', { class: 'm_9df02822 mantine-Modal-root', style: '--modal-size:var(--modal-size-' + (m.size || 'md') + ');--modal-y-offset:5dvh;--modal-x-offset:5vw' },
    h('div', { class: 'm_9814e45f mantine-Overlay-root mantine-Modal-overlay', 'data-fixed': 'true', style: '--overlay-bg:rgba(0, 0, 0, 0.6);--overlay-filter:blur(0px);--overlay-radius:0;--overlay-z-index:200;transition-property:opacity;' + tr + 'opacity:' + (on ? 1 : 0), onClick: function () { if (m.closeOnClickOutside !== false) closeModal(m.id); } }),
    h('div', { class: 'm_1f958f16 mantine-Modal-inner m_60c222c7 mantine-ModalBase-inner', style: '--mb-z-index:200' },
      h('section', { class: 'm_54c44539 mantine-Modal-content m_fd1ab0aa mantine-ModalBase-content m_1b7284a3 mantine-Paper-root', id: m.id + '-content', role: 'dialog', tabindex: '-1', 'aria-modal': 'true', 'aria-labelledby': m.id + '-title', 'aria-describedby': m.id + '-body', style: '--paper-radius:var(--mantine-radius-default);--paper-shadow:var(--mantine-shadow-xl);transform-origin:center center;transition-property:transform, opacity;' + tr + 'opacity:' + (on ? 1 : 0) + ';transform:' + (on ? 'scale(1)' : 'scale(.9)'), onKeyDown: trapTab },
        h('header', { class: 'm_b5489c3c mantine-Modal-header m_d0e2b9cd' },
          h('h2', { class: 'm_615af6c9 mantine-Modal-title', id: m.id + '-title' }, m.title),
          h('button', { class: 'mantine-focus-auto mantine-active m_606cb269 mantine-Modal-close m_86a44da5 mantine-CloseButton-root m_87cf2631 mantine-UnstyledButton-root', 'data-variant': 'subtle', type: 'button', onClick: function () { closeModal(m.id); } }, CloseIcon())),
        h('div', { class: 'm_5df29311 mantine-Modal-body', id: m.id + '-body' }, m.body(m)))));
}
function openConfirmModal(o) {
  return openModal({ title: o.title, onClose: o.onCancel, body: function (m) {
    return [o.children, Group({ justify: 'flex-end', style: 'margin-top:var(--mantine-spacing-md)' },
      Button({ variant: 'default', onClick: function () { closeModal(m.id); } }, o.labels.cancel),
      Button({ color: o.confirmColor, onClick: function () { m.onClose = null; closeModal(m.id); o.onConfirm(); } }, o.labels.confirm))];
  } });
}
function openAlertModal(title, message, color) {
  return openModal({ title: title, body: function (m) {
    return [Text({ size: 'sm', c: color === 'red' ? 'red-filled' : null }, message), Group({ justify: 'flex-end', style: 'margin-top:var(--mantine-spacing-md)' }, Button({ onClick: function () { closeModal(m.id); } }, 'OK'))];
  } });
}

/* Notifications (@mantine/notifications): fixed root, auto close after 4 s, paused on hover */
var notes = [], noteSeq = 0;
function notify(o) {
  var n = { id: 'mantine-notification-' + (++noteSeq), color: o.color || 'blue', title: o.title, message: o.message };
  notes.push(n); if (notes.length > 5) hideNote(notes[0].id);
  enter(n); n.timer = setTimeout(function () { hideNote(n.id); }, o.autoClose || 4000);
}
function hideNote(id) {
  var n = notes.filter(function (x) { return x.id === id; })[0];
  if (!n || n.phase === 'out') return;
  clearTimeout(n.timer);
  leave(n, 250, function () { notes = notes.filter(function (x) { return x !== n; }); });
}
function NotificationsView() {
  return h('div', { class: 'm_b37d9ac7 mantine-Notifications-root', 'data-position': 'top-right', style: '--notifications-z-index:400;--notifications-container-width:27.5rem;top:var(--mantine-spacing-md);right:var(--mantine-spacing-md)' },
    notes.map(function (n) {
      var on = n.phase === 'in';
      return h('div', { key: n.id, id: n.id, class: 'm_a513464 mantine-Notification-root m_5ed0edd0 mantine-Notifications-notification', role: 'alert', style: '--notification-radius:var(--mantine-radius-default);--notification-color:var(--mantine-color-' + n.color + '-filled);transition-property:opacity, transform, max-height;transition-duration:250ms;transition-timing-function:ease;opacity:' + (on ? 1 : 0) + ';transform:translateX(' + (on ? '0' : 'calc(100% + var(--mantine-spacing-md))') + ');max-height:' + (n.phase === 'out' ? '0' : '12.5rem'),
        onMouseEnter: function () { clearTimeout(n.timer); }, onMouseLeave: function () { if (n.phase === 'in') n.timer = setTimeout(function () { hideNote(n.id); }, 4000); } },
        h('div', { class: 'm_a49ed24 mantine-Notification-body' },
          n.title ? h('div', { class: 'm_3feedf16 mantine-Notification-title' }, n.title) : null,
          h('div', { class: 'm_3d733a3a mantine-Notification-description', 'data-with-title': n.title ? 'true' : null }, n.message)),
        h('button', { class: 'mantine-focus-auto mantine-active m_919a4d88 mantine-Notification-closeButton m_86a44da5 mantine-CloseButton-root m_87cf2631 mantine-UnstyledButton-root', 'data-variant': 'subtle', type: 'button', onClick: function () { hideNote(n.id); } }, CloseIcon()));
    }));
}
`;

/** The application: router, state, pages. */
const APP = String.raw`
var BOOT = window.__EINV_BOOT__ || {};
var S = { route: location.pathname, profile: BOOT.profile || null, navOpen: false, nav: {}, dash: null, dashLoading: false };
var EXPIRED = { expired: true };
function freshLogin(notice) { return { username: '', password: '', captcha: '', errors: {}, alert: null, loading: false, img: null, notice: notice || null }; }
function freshOtp() { return { values: ['', '', '', '', '', ''], error: null, loading: false, resending: false }; }
function freshApi() { return { phase: 'otp', busy: false, sent: false, values: ['', '', '', '', '', ''], error: null, gstin: '', gsps: [], registrations: [], mode: null, gsp: null, username: '', password: '', confirm: '', errors: {}, result: null }; }
S.login = freshLogin(BOOT.notice);
S.otp = freshOtp();
S.api = freshApi();

function call(method, url, body) {
  return fetch(url, { method: method, credentials: 'same-origin', headers: body ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' }, body: body ? JSON.stringify(body) : undefined })
    .then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) {
        j = j || {}; j.status = r.status;
        if (r.status === 401 && j.code === 'SESSION_EXPIRED') { sessionLost(j.message); throw EXPIRED; }
        return j;
      });
    });
}
function failed(reset) {
  return function (e) {
    if (reset) reset();
    if (e !== EXPIRED) notify({ color: 'red', title: 'Network error', message: 'Could not reach the server. Please try again.' });
    rerender();
  };
}
function sessionLost(message) {
  closeAllModals();
  S.profile = null; S.dash = null;
  S.login = freshLogin(message || 'Your session has expired. Please login again.');
  notify({ color: 'red', title: 'Session expired', message: S.login.notice });
  navigate('/login');
}

/* router */
var entered = null;
function navigate(path) {
  if (location.pathname !== path) history.pushState({}, '', path);
  S.route = path; S.navOpen = false; openGroupsFor(path); rerender();
  window.scrollTo(0, 0);
}
window.addEventListener('popstate', function () { S.route = location.pathname; rerender(); });
function onEnter(route) {
  if (route === '/login') { S.login.password = ''; S.login.captcha = ''; S.login.errors = {}; if (!S.login.img) refreshCaptcha(); }
  else if (route === '/login/verify-otp') { S.otp = freshOtp(); after(function () { var el = document.getElementById(uid('login-otp') + '-0'); if (el) el.focus(); }); }
  else if (route === '/dashboard') loadDashboard();
  else if (route === '/api-registration/create-api-user') { S.api = freshApi(); sendApiOtp(false); }
}

/* menu */
var MENU = [
  { label: 'Dashboard', href: '/dashboard', icon: 'dashboard' },
  { label: 'e-Invoice', key: 'einv', icon: 'file', children: [
    { label: 'Generate', href: '/einvoice/generate' }, { label: 'Cancel', href: '/einvoice/cancel' },
    { label: 'Print', href: '/einvoice/print' }, { label: 'Bulk Upload', href: '/einvoice/bulk-upload' }] },
  { label: 'API Registration', key: 'api', icon: 'api', children: [
    { label: 'User Credentials', key: 'cred', children: [{ label: 'Create API User', href: '/api-registration/create-api-user' }] },
    { label: 'IP Whitelisting', href: '/api-registration/ip-whitelisting' },
    { label: 'Freeze API User', href: '/api-registration/freeze-api-user' },
    { label: 'Change API Password', href: '/api-registration/change-api-password' }] },
  { label: 'MIS Reports', key: 'mis', icon: 'report', children: [
    { label: 'IRN Details', href: '/mis/irn-details' }, { label: 'Summary Report', href: '/mis/summary-report' }] },
  { label: 'User Management', key: 'um', icon: 'users', children: [
    { label: 'Create Sub-User', href: '/users/create-sub-user' }, { label: 'Manage Sub-Users', href: '/users/manage-sub-users' }] }
];
function findLeaf(items, path, trail) {
  for (var i = 0; i < items.length; i++) {
    var it = items[i];
    if (it.href === path) return { item: it, trail: trail };
    if (it.children) { var f = findLeaf(it.children, path, trail.concat([it.key])); if (f) return f; }
  }
  return null;
}
function openGroupsFor(path) { var f = findLeaf(MENU, path, []); if (f) f.trail.forEach(function (k) { S.nav[k] = true; }); }
function NavLink(item) {
  var kids = !!item.children, open = kids && !!S.nav[item.key], active = !kids && S.route === item.href;
  var link = h('a', { class: 'mantine-focus-auto m_f0824112 mantine-NavLink-root m_87cf2631 mantine-UnstyledButton-root', href: kids ? '#required-for-focus' : item.href, 'data-expanded': open ? 'true' : null, 'data-active': active ? 'true' : null,
    onClick: function (e) {
      if (!kids && (e.ctrlKey || e.metaKey || e.shiftKey)) return;
      e.preventDefault();
      if (kids) { S.nav[item.key] = !open; rerender(); } else navigate(item.href);
    } },
    item.icon ? h('span', { class: 'm_690090b5 mantine-NavLink-section', 'data-position': 'left' }, Icon(item.icon, 16)) : null,
    h('div', { class: 'm_f07af9d2 mantine-NavLink-body' }, h('span', { class: 'm_1f6ac4c4 mantine-NavLink-label' }, item.label)),
    kids ? h('span', { class: 'm_690090b5 mantine-NavLink-section', 'data-position': 'right', 'data-rotate': open ? 'true' : null }, Chevron('m_1fd8a00b mantine-NavLink-chevron')) : null);
  if (!kids) return link;
  return [link, h('div', { collapse: open, 'aria-hidden': open ? null : 'true' }, h('div', { class: 'm_e17b862f mantine-NavLink-children' }, item.children.map(NavLink)))];
}

/* shell */
function Logo() {
  return h('svg', { xmlns: SVGNS, width: 34, height: 34, viewBox: '0 0 64 64', 'aria-hidden': 'true', html: '<rect x="4" y="4" width="56" height="56" rx="12" fill="#1c7ed6"/><path d="M20 16h18l8 8v24H20z" fill="#fff"/><path d="M38 16v8h8" fill="#a5d8ff"/><path d="M25 32h16M25 38h16M25 44h10" stroke="#1c7ed6" stroke-width="3" stroke-linecap="round"/>' });
}
function Shell(withNav, right, content) {
  var nav = withNav ? h('nav', { class: 'm_45252eee mantine-AppShell-navbar', 'data-with-border': 'true' },
    h('div', { class: 'm_6dcfc7c7 mantine-AppShell-section', 'data-grow': 'true', style: 'padding:var(--mantine-spacing-sm)' }, MENU.map(NavLink))) : null;
  var vars = withNav
    ? ':root{--app-shell-navbar-width:18.75rem;--app-shell-navbar-offset:18.75rem;--app-shell-header-height:3.75rem;--app-shell-header-offset:3.75rem}@media (max-width:47.99em){:root{--app-shell-navbar-width:100%;--app-shell-navbar-offset:0rem;--app-shell-navbar-transform:' + (S.navOpen ? 'none' : 'translateX(calc(var(--app-shell-navbar-width) * -1))') + '}}'
    : ':root{--app-shell-header-height:3.75rem;--app-shell-header-offset:3.75rem}';
  return h('div', { class: 'm_89ab340 mantine-AppShell-root', 'data-resizing': null },
    h('style', { 'data-mantine-styles': 'true' }, vars),
    h('header', { class: 'm_3b16f56b mantine-AppShell-header', 'data-with-border': 'true' },
      Group({ justify: 'space-between', style: 'height:100%;padding-inline:var(--mantine-spacing-md)' },
        Group({ gap: 'sm' },
          withNav ? h('button', { class: 'mantine-focus-auto m_fea6bf1a mantine-Burger-root m_87cf2631 mantine-UnstyledButton-root mantine-hidden-from-sm', type: 'button', 'aria-label': 'Toggle navigation', 'data-opened': S.navOpen ? 'true' : null, onClick: function () { S.navOpen = !S.navOpen; rerender(); } }, h('div', { class: 'm_d4fb9cad mantine-Burger-burger', 'data-opened': S.navOpen ? 'true' : null })) : null,
          Logo(),
          h('div', null, Text({ size: 'lg', fw: 700, style: 'line-height:1.1' }, 'e-Invoice System'), Text({ size: 'xs', c: 'dimmed' }, 'Goods and Services Tax Network \u00B7 NIC'))),
        right)),
    nav,
    h('main', { class: 'm_8983817 mantine-AppShell-main' }, content));
}
function AppHeaderRight() {
  var p = S.profile || {};
  return Group({ gap: 'sm' },
    h('div', { class: 'mantine-visible-from-sm', style: 'text-align:right' }, Text({ size: 'sm', fw: 600 }, p.tradeName || ''), Text({ size: 'xs', c: 'dimmed' }, 'GSTIN: ' + (p.gstin || ''))),
    Button({ variant: 'default', leftSection: Icon('logout', 16), onClick: logout }, 'Logout'));
}
function logout() {
  call('POST', '/api/auth/logout', {}).then(function () { S.profile = null; S.login = freshLogin(); navigate('/'); }).catch(failed());
}

/* pages */
function HomePage() {
  var right = Group({ gap: 'sm' }, Button({ variant: 'subtle', onClick: function () { notify({ title: 'Help desk', message: 'Write to support.einvoice1@gst.gov.in or call 1800-103-4786.' }); } }, 'Help'),
    Button({ onClick: function () { navigate('/login'); } }, 'Login'));
  function Feature(icon, title, text) { return Paper({ withBorder: true, card: true, shadow: 'xs', p: 'md' }, Group({ gap: 'sm', style: 'margin-bottom:.5rem;color:var(--mantine-color-blue-filled)' }, Icon(icon, 22), Text({ fw: 600 }, title)), Text({ size: 'sm', c: 'dimmed' }, text)); }
  return Shell(false, right, h('div', { class: 'm_7485cace mantine-Container-root', style: '--container-size:60rem;padding-top:var(--mantine-spacing-xl)' },
    Stack({ gap: 'lg' },
      Title(1, 'e-Invoice System'),
      Text({ c: 'dimmed' }, 'Register invoices with the Invoice Registration Portal, get the IRN and the signed QR code, and manage API access for your GSP or ERP.'),
      Alert('blue', 'Two-factor authentication', 'Login needs an OTP sent to the registered mobile number (or the Sandes / NIC-GST-Shield app) since 1 April 2025.', 'shield'),
      h('div', { class: 'm_2415a157 mantine-SimpleGrid-root', style: '--sg-cols:3' },
        Feature('file', 'e-Invoice generation', 'Generate IRN for single invoices or in bulk with the offline tool.'),
        Feature('api', 'API access', 'Create API users for your GSP and whitelist IPs for direct integration.'),
        Feature('report', 'MIS reports', 'Track generated and cancelled IRNs for your GSTIN.')))));
}
function refreshCaptcha() {
  call('GET', '/api/auth/captcha').then(function (j) { S.login.img = j.image; rerender(); }).catch(failed());
}
function LoginPage() {
  var L = S.login;
  function field(name) { return function (v) { L[name] = v; if (L.errors[name]) delete L.errors[name]; rerender(); }; }
  function submit(e) {
    e.preventDefault();
    var errs = {};
    if (!L.username.trim()) errs.username = 'Username is required';
    if (!L.password) errs.password = 'Password is required';
    if (!L.captcha.trim()) errs.captcha = 'Please enter the captcha';
    L.errors = errs; L.alert = null;
    if (Object.keys(errs).length) { rerender(); return; }
    L.loading = true; rerender();
    call('POST', '/api/auth/login', { username: L.username.trim(), password: L.password, captcha: L.captcha.trim() }).then(function (j) {
      L.loading = false;
      if (j.ok) {
        BOOT.mobile = j.mobile; L.notice = null; L.password = ''; L.captcha = ''; L.img = null;
        notify({ color: 'blue', title: 'OTP sent', message: j.message });
        navigate('/login/verify-otp'); return;
      }
      if (j.field === 'captcha') L.errors = { captcha: j.message }; else L.alert = j.message;
      L.captcha = ''; if (j.captcha) L.img = j.captcha;
      rerender();
    }).catch(failed(function () { L.loading = false; }));
  }
  var right = Button({ variant: 'subtle', onClick: function () { navigate('/'); } }, 'Home');
  return Shell(false, right, h('div', { class: 'm_7485cace mantine-Container-root', style: '--container-size:26.25rem;padding-top:var(--mantine-spacing-xl)' },
    Title(2, 'Login', 'text-align:center'),
    Text({ size: 'sm', c: 'dimmed', style: 'text-align:center;margin-top:5px' }, 'Login to the e-Invoice System with your GST portal credentials'),
    Paper({ withBorder: true, shadow: 'md', p: 'xl', radius: 'md', style: 'margin-top:var(--mantine-spacing-xl)' },
      LoadingOverlay(L.loading),
      h('form', { noValidate: true, onSubmit: submit },
        Stack({ gap: 'md' },
          L.notice ? Alert('red', 'Session expired', L.notice, 'alert') : null,
          L.alert ? Alert('red', 'Login failed', L.alert, 'alert') : null,
          TextInput({ id: uid('username'), label: 'Username', withAsterisk: true, placeholder: 'Enter username', value: L.username, error: L.errors.username, autocomplete: 'username', onChange: field('username') }),
          PasswordInput({ id: uid('password'), label: 'Password', withAsterisk: true, placeholder: 'Enter password', value: L.password, error: L.errors.password, autocomplete: 'current-password', onChange: field('password') }),
          Group({ gap: 'sm', align: 'center' },
            L.img ? h('img', { class: 'm_9e117634 mantine-Image-root', src: L.img, alt: 'Captcha', width: 160, height: 52, style: 'border:1px solid var(--mantine-color-gray-3)' }) : h('div', { style: 'width:160px;height:52px;display:flex;align-items:center;justify-content:center' }, Loader('sm')),
            ActionIcon({ label: 'Refresh captcha', onClick: refreshCaptcha }, Icon('refresh', 18))),
          TextInput({ id: uid('captcha'), label: 'Enter Captcha', withAsterisk: true, placeholder: 'Characters shown in the image', value: L.captcha, error: L.errors.captcha, onChange: field('captcha') }),
          Button({ type: 'submit', fullWidth: true, loading: L.loading }, 'Login'),
          Group({ justify: 'space-between' }, Anchor({ onClick: function () { notify({ title: 'Forgot password', message: 'Use the GST common portal to reset your password.' }); } }, 'Forgot password?'), Anchor({ onClick: function () { notify({ title: 'New user', message: 'Register on the e-Invoice System with your GSTIN and registered mobile number.' }); } }, 'New user registration')))))));
}
function OtpPage() {
  var O = S.otp;
  function verify(e) {
    if (e) e.preventDefault();
    var code = O.values.join('');
    if (code.length < 6) { O.error = 'Enter the 6-digit OTP'; rerender(); return; }
    O.loading = true; O.error = null; rerender();
    call('POST', '/api/auth/otp/verify', { otp: code }).then(function (j) {
      O.loading = false;
      if (j.ok) { S.profile = j.profile; S.dash = null; navigate('/dashboard'); return; }
      O.error = j.message; O.values = ['', '', '', '', '', ''];
      rerender(); after(function () { var el = document.getElementById(uid('login-otp') + '-0'); if (el) el.focus(); });
    }).catch(failed(function () { O.loading = false; }));
  }
  function resend() {
    O.resending = true; rerender();
    call('POST', '/api/auth/otp/resend', {}).then(function (j) { O.resending = false; notify({ title: 'OTP sent', message: j.message }); rerender(); }).catch(failed(function () { O.resending = false; }));
  }
  return Shell(false, Button({ variant: 'subtle', onClick: function () { navigate('/'); } }, 'Home'), h('div', { class: 'm_7485cace mantine-Container-root', style: '--container-size:28rem;padding-top:var(--mantine-spacing-xl)' },
    Paper({ withBorder: true, shadow: 'md', p: 'xl', radius: 'md' },
      LoadingOverlay(O.loading),
      h('form', { noValidate: true, onSubmit: verify },
        Stack({ gap: 'md' },
          Title(3, 'Two-Factor Authentication'),
          Text({ size: 'sm', c: 'dimmed' }, 'An OTP has been sent to your registered mobile number ' + (BOOT.mobile || '') + ' and to the Sandes app. You can also use the code shown in the NIC-GST-Shield app.'),
          PinInput({ id: uid('login-otp'), label: 'Enter OTP', withAsterisk: true, values: O.values, error: O.error, onChange: function (v) { O.values = v; O.error = null; rerender(); } }),
          Button({ type: 'submit', fullWidth: true, loading: O.loading }, 'Verify OTP'),
          Group({ justify: 'space-between' }, Anchor({ onClick: function () { navigate('/login'); } }, 'Back to login'), Button({ variant: 'subtle', loading: O.resending, onClick: resend }, 'Resend OTP')))))));
}
function loadDashboard() {
  S.dashLoading = true; rerender();
  call('GET', '/api/dashboard').then(function (j) {
    S.dashLoading = false; S.dash = j; if (j.profile) S.profile = j.profile; rerender();
    if (j.showContacts) setTimeout(function () { openContacts(j.contact); }, 150);
  }).catch(failed(function () { S.dashLoading = false; }));
}
function openContacts(c) {
  openModal({ title: 'Contacts of Technical Person', size: 'lg', body: function (m) {
    return [Text({ size: 'sm', c: 'dimmed', style: 'margin-bottom:var(--mantine-spacing-sm)' }, 'Please verify the technical contact registered for your GSTIN. Update it under User Management if it has changed.'),
      Table(['Name', 'Mobile', 'E-mail'], [[c.name, c.mobile, c.email]]),
      Group({ justify: 'flex-end', style: 'margin-top:var(--mantine-spacing-md)' }, Button({ color: 'red', onClick: function () { closeModal(m.id); } }, 'Exit'))];
  } });
}
function StatCard(label, value, note, color) {
  return Paper({ withBorder: true, card: true, p: 'md', shadow: 'xs' }, Text({ size: 'xs', c: 'dimmed', fw: 700, style: 'text-transform:uppercase' }, label), Text({ fw: 700, style: 'font-size:1.75rem;color:var(--mantine-color-' + color + '-filled)' }, value), Text({ size: 'xs', c: 'dimmed' }, note));
}
function DashboardPage() {
  var d = S.dash, st = d && d.stats;
  return Shell(true, AppHeaderRight(), h('div', { style: 'position:relative;min-height:12rem' },
    LoadingOverlay(S.dashLoading),
    Stack({ gap: 'lg' },
      Title(2, 'Dash Board'),
      Text({ size: 'sm', c: 'dimmed' }, 'Welcome, ' + ((S.profile && S.profile.tradeName) || '') + ' (' + ((S.profile && S.profile.gstin) || '') + ')'),
      st ? h('div', { class: 'm_2415a157 mantine-SimpleGrid-root', style: '--sg-cols:3' },
        StatCard('Generations', st.generated, 'IRNs generated this month', 'blue'),
        StatCard('Cancelled', st.cancelled, 'IRNs cancelled this month', 'red'),
        StatCard('API Users', st.apiUsers, 'Registered for this GSTIN', 'green')) : null,
      Alert('blue', 'API access', 'To let your GSP call the e-Invoice APIs, open API Registration \u2192 User Credentials \u2192 Create API User.', 'info'))));
}
function GenericPage(title) {
  return Shell(true, AppHeaderRight(), Stack({ gap: 'lg' }, Title(2, title), Paper({ withBorder: true, p: 'lg' }, Text({ size: 'sm', c: 'dimmed' }, 'No records found for GSTIN ' + ((S.profile && S.profile.gstin) || '') + '.'))));
}
var MODES = [
  { value: 'DIRECT', label: 'Directly' }, { value: 'GSP', label: 'Through GSP' },
  { value: 'ERP', label: 'Through ERP' }, { value: 'OTHER', label: 'Through Client-Id of other' }];
function sendApiOtp(resend) {
  var A = S.api; A.busy = true; A.error = null; rerender();
  call('POST', '/api/api-user/otp/send', { resend: !!resend }).then(function (j) {
    A.busy = false;
    if (j.ok) { A.sent = true; notify({ color: 'blue', title: 'OTP sent', message: j.message }); after(function () { var el = document.getElementById(uid('api-otp') + '-0'); if (el) el.focus(); }); }
    else A.error = j.message;
    rerender();
  }).catch(failed(function () { A.busy = false; }));
}
function verifyApiOtp(e) {
  if (e) e.preventDefault();
  var A = S.api, code = A.values.join('');
  if (code.length < 6) { A.error = 'Enter the 6-digit OTP'; rerender(); return; }
  A.busy = true; A.error = null; rerender();
  call('POST', '/api/api-user/otp/verify', { otp: code }).then(function (j) {
    A.busy = false;
    if (j.ok) { A.phase = 'form'; A.gstin = j.gstin; A.gsps = j.gsps; A.registrations = j.registrations; notify({ color: 'green', title: 'OTP verified', message: 'You can now create the API user.' }); }
    else { A.error = j.message; A.values = ['', '', '', '', '', '']; after(function () { var el = document.getElementById(uid('api-otp') + '-0'); if (el) el.focus(); }); }
    rerender();
  }).catch(failed(function () { A.busy = false; }));
}
function validateApi(A) {
  var errs = {};
  if (!A.mode) errs.mode = 'Please select how you wish to register';
  else if (A.mode !== 'GSP') errs.mode = 'This option is not available for your GSTIN';
  else {
    if (!A.gsp) errs.gsp = 'Please select your GSP';
    if (!A.username.trim()) errs.username = 'Username is required';
    else if (!/^[A-Za-z0-9]{4,16}$/.test(A.username.trim())) errs.username = 'Username must be 4 to 16 letters or digits';
    if (!A.password) errs.password = 'Password is required';
    else if (!/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/.test(A.password)) errs.password = 'Password must be 8 to 15 characters with an upper case letter, a lower case letter, a digit and a special character';
    if (!A.confirm) errs.confirm = 'Please re-enter the password';
    else if (A.confirm !== A.password) errs.confirm = 'Passwords do not match';
  }
  return errs;
}
function submitApi(e) {
  if (e) e.preventDefault();
  var A = S.api; A.errors = validateApi(A); rerender();
  if (Object.keys(A.errors).length) return;
  var name = 'API_' + A.username.trim();
  openConfirmModal({ title: 'Confirm Registration', labels: { confirm: 'Confirm', cancel: 'Cancel' },
    children: Text({ size: 'sm' }, 'Do you want to create the API user ', h('b', null, name), ' for GSTIN ' + A.gstin + ' through ', h('b', null, A.gsp), '?'),
    onConfirm: register });
}
function register() {
  var A = S.api; A.busy = true; rerender();
  call('POST', '/api/api-user/register', { mode: A.mode, gsp: A.gsp, username: A.username.trim(), password: A.password, confirmPassword: A.confirm }).then(function (j) {
    A.busy = false;
    if (j.registrations) A.registrations = j.registrations;
    if (j.ok) { A.phase = 'done'; A.result = j; A.password = ''; A.confirm = ''; notify({ color: 'green', title: 'API user created', message: j.message }); }
    else if (j.errors) A.errors = j.errors;
    else openAlertModal('API Registration', j.message, 'red');
    rerender();
  }).catch(failed(function () { A.busy = false; }));
}
function RegisteredTable(A) {
  return Stack({ gap: 'xs' }, Title(4, 'GSPs registered for this GSTIN'),
    A.registrations.length ? Table(['#', 'GSP Name', 'API User Name', 'Created On'], A.registrations.map(function (r, i) { return [String(i + 1), r.gsp, r.username, r.createdOn]; }))
      : Text({ size: 'sm', c: 'dimmed' }, 'No GSP is registered for this GSTIN yet.'));
}
function CreateApiUserPage() {
  var A = S.api, body;
  function set(name) { return function (v) { A[name] = v; if (A.errors[name]) delete A.errors[name]; rerender(); }; }
  if (A.phase === 'otp') {
    body = h('form', { noValidate: true, onSubmit: verifyApiOtp }, Stack({ gap: 'md' },
      Title(3, 'API Registration'),
      Text({ size: 'sm', c: 'dimmed' }, A.sent ? 'An OTP has been sent to your registered mobile number ' + (BOOT.mobile || '******3210') + '. Enter it below to continue.' : 'Sending an OTP to your registered mobile number\u2026'),
      PinInput({ id: uid('api-otp'), label: 'Enter OTP', withAsterisk: true, values: A.values, error: A.error, onChange: function (v) { A.values = v; A.error = null; rerender(); } }),
      Group({ gap: 'sm' }, Button({ type: 'submit' }, 'Verify OTP'), Button({ variant: 'subtle', onClick: function () { sendApiOtp(true); } }, 'Resend OTP'))));
  } else if (A.phase === 'form') {
    var gspFields = A.mode === 'GSP' ? [
      Select({ id: uid('gsp'), label: 'Select your GSP', withAsterisk: true, placeholder: 'Select GSP', data: A.gsps, value: A.gsp, error: A.errors.gsp, nothingFound: 'No GSP found', maxDropdownHeight: 260, onChange: set('gsp') }),
      TextInput({ id: uid('api-username'), label: 'Username', withAsterisk: true, description: '4 to 16 letters or digits; API_ is added in front', leftSection: 'API_', leftSectionWidth: '3.25rem', placeholder: 'Enter user name', value: A.username, error: A.errors.username, onChange: set('username') }),
      PasswordInput({ id: uid('api-password'), label: 'Password', withAsterisk: true, description: '8 to 15 characters with upper case, lower case, digit and special character', placeholder: 'Enter password', value: A.password, error: A.errors.password, autocomplete: 'new-password', onChange: set('password') }),
      PasswordInput({ id: uid('api-confirm'), label: 'Re-enter Password', withAsterisk: true, placeholder: 'Re-enter password', value: A.confirm, error: A.errors.confirm, autocomplete: 'new-password', onChange: set('confirm') })]
      : A.mode ? [Alert('yellow', 'Not available', A.mode === 'DIRECT' ? 'Direct API access (Client ID and Client Secret) is given only to taxpayers whose aggregate turnover is above the notified threshold. Your GSTIN is not eligible.' : 'This registration option is not enabled for your GSTIN. Please register through your GSP.', 'alert')] : [];
    body = h('form', { noValidate: true, onSubmit: submitApi }, Stack({ gap: 'md' },
      Title(3, 'Create API User'),
      Text({ size: 'sm', c: 'dimmed' }, 'GSTIN: ' + A.gstin),
      RadioGroup({ id: uid('mode'), name: 'registerFor', label: 'Do you wish to Register your GSTIN for', withAsterisk: true, options: MODES, value: A.mode, error: A.errors.mode, onChange: function (v) { A.mode = v; A.errors = {}; rerender(); } }),
      gspFields,
      Group({ justify: 'flex-end', gap: 'sm' }, Button({ variant: 'default', onClick: function () { navigate('/dashboard'); } }, 'Exit'), Button({ type: 'submit' }, 'Submit'))));
  } else {
    var r = A.result || {};
    body = Stack({ gap: 'md' },
      Title(3, 'API Registration'),
      Alert('green', 'API user created successfully', 'API user ' + r.username + ' has been created for ' + r.gsp + '. Note the user name and password: they are needed for the Authentication API.', 'check'),
      Group({ gap: 'sm' }, Button({ variant: 'default', onClick: function () { S.api = freshApi(); A = S.api; A.phase = 'form'; A.gstin = r.gstin; A.gsps = r.gsps; A.registrations = r.registrations; rerender(); } }, 'Create another API user'), Button({ onClick: function () { navigate('/dashboard'); } }, 'Back to Dashboard')));
  }
  return Shell(true, AppHeaderRight(), Stack({ gap: 'lg', style: 'max-width:46rem' },
    Paper({ withBorder: true, shadow: 'sm', p: 'xl' }, LoadingOverlay(A.busy), body),
    A.phase !== 'otp' ? Paper({ withBorder: true, p: 'lg' }, RegisteredTable(A)) : null));
}
var TITLES = { '/einvoice/generate': 'Generate e-Invoice', '/einvoice/cancel': 'Cancel e-Invoice', '/einvoice/print': 'Print e-Invoice', '/einvoice/bulk-upload': 'Bulk Upload',
  '/api-registration/ip-whitelisting': 'IP Whitelisting', '/api-registration/freeze-api-user': 'Freeze API User', '/api-registration/change-api-password': 'Change API Password',
  '/mis/irn-details': 'IRN Details', '/mis/summary-report': 'Summary Report', '/users/create-sub-user': 'Create Sub-User', '/users/manage-sub-users': 'Manage Sub-Users' };
function App() {
  var r = S.route, page;
  if (entered !== r) { entered = r; after(function () { onEnter(r); }); }
  if (r === '/') page = HomePage();
  else if (r === '/login') page = LoginPage();
  else if (r === '/login/verify-otp') page = OtpPage();
  else if (r === '/dashboard') page = DashboardPage();
  else if (r === '/api-registration/create-api-user') page = CreateApiUserPage();
  else if (TITLES[r]) page = GenericPage(TITLES[r]);
  else page = Shell(false, Button({ onClick: function () { navigate('/'); } }, 'Home'), Stack({ gap: 'md', style: 'padding:var(--mantine-spacing-xl);text-align:center' }, Title(2, 'Page not found'), Text({ c: 'dimmed' }, 'The page you are looking for does not exist.')));
  modals.forEach(function (m) { Portal(m.id, ModalView(m)); });
  Portal('notifications', NotificationsView());
  return page;
}
renderApp = App;
openGroupsFor(S.route);
rerender();
`;

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'in';
  contactsShown: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
}
interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  createdOn: string;
}

const COOKIE = 'EINV_SID';
const PROTECTED = /^\/(dashboard|einvoice|api-registration|mis|users)(\/|$)/;

function pageHtml(boot: Record<string, unknown>): string {
  const json = JSON.stringify(boot).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en" data-mantine-color-scheme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="minimum-scale=1, initial-scale=1, width=device-width, user-scalable=no">
<title>e-Invoice System</title>
<link rel="icon" href="data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect x="4" y="4" width="56" height="56" rx="12" fill="#1c7ed6"/></svg>').toString('base64')}">
<style data-mantine-styles="classes">${CSS}</style>
</head>
<body>
<div id="root"></div>
<script>window.__EINV_BOOT__ = ${json};</script>
<script>
(function () {
'use strict';
${RUNTIME}
${APP}
})();
</script>
</body>
</html>`;
}

export async function startMantineR22Rendition(
  options: MantineR22Options = {},
): Promise<MantineR22Rendition> {
  const state: MantineR22State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const seeded: Registration[] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: 'API_ufptera',
      createdOn: '14/08/2023 11:02:45',
    },
  ];
  const sessions = new Map<string, Session>();
  let expiryFired = false;

  const profile = () => ({ gstin: state.gstin, tradeName: TRADE_NAME, username: MANTINE_R22_LOGIN.username });
  const registrations = () =>
    [...seeded, ...state.users]
      .filter((r) => r.gstin === state.gstin)
      .map((r) => ({ gsp: r.gsp, username: r.username, createdOn: r.createdOn }));

  function readSession(req: IncomingMessage): Session | undefined {
    const raw = req.headers.cookie ?? '';
    for (const part of raw.split(';')) {
      const [k, ...v] = part.trim().split('=');
      if (k === COOKIE) return sessions.get(v.join('='));
    }
    return undefined;
  }
  function newSession(res: ServerResponse): Session {
    const s: Session = {
      id: randomBytes(18).toString('hex'),
      stage: 'anon',
      contactsShown: false,
      apiOtpSent: false,
      apiOtpVerified: false,
    };
    sessions.set(s.id, s);
    res.setHeader('Set-Cookie', `${COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Lax`);
    return s;
  }
  function send(
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    extra: Record<string, string> = {},
  ): void {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
    res.end(body);
  }
  function json(res: ServerResponse, status: number, body: unknown): void {
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
  }
  function expiredJson(res: ServerResponse): void {
    res.setHeader('Set-Cookie', `${COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
    json(res, 401, { ok: false, code: 'SESSION_EXPIRED', message: EXPIRED_MESSAGE });
  }
  /** expireOnce: the first request of the stage loses the session and is answered as expired. */
  function expireIfDue(stage: MantineR22Expiry, req: IncomingMessage, res: ServerResponse): boolean {
    if (options.expireOnce !== stage || expiryFired) return false;
    expiryFired = true;
    const s = readSession(req);
    if (s) sessions.delete(s.id);
    state.expired.push(stage);
    expiredJson(res);
    return true;
  }
  async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > 65536) break;
      chunks.push(chunk as Buffer);
    }
    try {
      const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    const method = req.method ?? 'GET';
    let s = readSession(req);

    if (!path.startsWith('/api/')) {
      if (method !== 'GET' && method !== 'HEAD') return send(res, 405, 'text/plain', 'Method Not Allowed');
      if (path === '/favicon.ico') return send(res, 204, 'text/plain', '');
      const redirect = (to: string) => send(res, 302, 'text/plain', '', { Location: to });
      if (PROTECTED.test(path) && s?.stage !== 'in') return redirect('/login?expired=1');
      if (path === '/login/verify-otp' && s?.stage !== 'otp')
        return redirect(s?.stage === 'in' ? '/dashboard' : '/login?expired=1');
      if (path === '/login' && s?.stage === 'in') return redirect('/dashboard');
      if (!s) s = newSession(res);
      const boot: Record<string, unknown> = { mobile: MOBILE_MASKED };
      if (s.stage === 'in') boot.profile = profile();
      if (path === '/login' && url.searchParams.get('expired') === '1') boot.notice = EXPIRED_MESSAGE;
      const known = path === '/' || path === '/login' || path === '/login/verify-otp' || PROTECTED.test(path);
      return send(res, known ? 200 : 404, 'text/html; charset=utf-8', pageHtml(boot));
    }

    if (method === 'GET' && path === '/api/auth/captcha') {
      if (!s) s = newSession(res);
      return json(res, 200, { ok: true, image: captchaImage(state.captcha) });
    }
    if (method !== 'POST' && !(method === 'GET' && path === '/api/dashboard')) {
      return json(res, 405, { ok: false, message: 'Method not allowed.' });
    }
    const body = method === 'POST' ? await readJson(req) : {};

    switch (path) {
      case '/api/auth/login': {
        if (!s) s = newSession(res);
        if (str(body.captcha).trim().toUpperCase() !== state.captcha.toUpperCase()) {
          state.refusals.push('captcha');
          return json(res, 200, {
            ok: false,
            field: 'captcha',
            message: 'Invalid Captcha. Please enter the characters shown in the image.',
            captcha: captchaImage(state.captcha),
          });
        }
        if (
          str(body.username).trim() !== MANTINE_R22_LOGIN.username ||
          str(body.password) !== MANTINE_R22_LOGIN.password
        ) {
          state.refusals.push('login');
          return json(res, 200, {
            ok: false,
            field: 'credentials',
            message: 'Invalid Login Credentials. Please check your username and password.',
            captcha: captchaImage(state.captcha),
          });
        }
        s.stage = 'otp';
        s.apiOtpSent = false;
        s.apiOtpVerified = false;
        return json(res, 200, {
          ok: true,
          mobile: MOBILE_MASKED,
          message: `An OTP has been sent to your registered mobile number ${MOBILE_MASKED}.`,
        });
      }
      case '/api/auth/otp/verify': {
        if (s?.stage !== 'otp') return expiredJson(res);
        if (str(body.otp).trim() !== state.loginOtp) {
          state.refusals.push('login-otp');
          return json(res, 200, { ok: false, message: 'Invalid OTP. Please enter the correct OTP.' });
        }
        s.stage = 'in';
        s.contactsShown = false;
        return json(res, 200, { ok: true, profile: profile() });
      }
      case '/api/auth/otp/resend': {
        if (s?.stage !== 'otp') return expiredJson(res);
        return json(res, 200, { ok: true, message: `The OTP has been sent again to ${MOBILE_MASKED}.` });
      }
      case '/api/auth/logout': {
        if (s) sessions.delete(s.id);
        res.setHeader('Set-Cookie', `${COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
        return json(res, 200, { ok: true });
      }
      case '/api/dashboard': {
        if (s?.stage !== 'in') return expiredJson(res);
        const showContacts = !s.contactsShown;
        s.contactsShown = true;
        return json(res, 200, {
          ok: true,
          profile: profile(),
          stats: { generated: '1,248', cancelled: '17', apiUsers: String(registrations().length) },
          showContacts,
          contact: {
            name: 'Rahul Deshmukh',
            mobile: '98220 4xxxx',
            email: 'it.support@unitedfoodproducts.in',
          },
        });
      }
      case '/api/api-user/otp/send': {
        if (expireIfDue('api-otp-send', req, res)) return;
        if (s?.stage !== 'in') return expiredJson(res);
        s.apiOtpSent = true;
        s.apiOtpVerified = false;
        return json(res, 200, {
          ok: true,
          message: `OTP has been sent to your registered mobile number ${MOBILE_MASKED}.`,
        });
      }
      case '/api/api-user/otp/verify': {
        if (expireIfDue('api-otp-verify', req, res)) return;
        if (s?.stage !== 'in') return expiredJson(res);
        if (!s.apiOtpSent) return json(res, 200, { ok: false, message: 'Please request an OTP first.' });
        if (str(body.otp).trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          return json(res, 200, {
            ok: false,
            message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
          });
        }
        s.apiOtpVerified = true;
        return json(res, 200, { ok: true, gstin: state.gstin, gsps: GSPS, registrations: registrations() });
      }
      case '/api/api-user/register': {
        if (expireIfDue('submit', req, res)) return;
        if (s?.stage !== 'in') return expiredJson(res);
        if (!s.apiOtpVerified) {
          return json(res, 200, {
            ok: false,
            message: 'Please verify the OTP sent to your registered mobile number first.',
          });
        }
        const gsp = str(body.gsp);
        const typed = str(body.username).trim().replace(/^API_/i, '');
        const password = str(body.password);
        const errors: Record<string, string> = {};
        if (str(body.mode) !== 'GSP') errors.mode = 'This option is not available for your GSTIN';
        if (!GSPS.includes(gsp)) errors.gsp = 'Please select your GSP';
        if (!USERNAME_RULE.test(typed)) errors.username = 'Username must be 4 to 16 letters or digits';
        if (!PASSWORD_RULE.test(password)) {
          errors.password =
            'Password must be 8 to 15 characters with an upper case letter, a lower case letter, a digit and a special character';
        }
        if (str(body.confirmPassword) !== password) errors.confirm = 'Passwords do not match';
        if (Object.keys(errors).length) return json(res, 200, { ok: false, errors });
        const username = `API_${typed}`;
        const all = [...seeded, ...state.users];
        if (all.some((r) => r.gstin === state.gstin && r.gsp === gsp)) {
          state.refusals.push('duplicate');
          return json(res, 200, {
            ok: false,
            message: `GSTIN ${state.gstin} is already registered with ${gsp}. An API user cannot be created again for the same GSP.`,
            registrations: registrations(),
          });
        }
        if (all.some((r) => r.username.toLowerCase() === username.toLowerCase())) {
          state.refusals.push('username-taken');
          return json(res, 200, {
            ok: false,
            message: `User name ${username} is already taken. Please choose another user name.`,
            registrations: registrations(),
          });
        }
        state.users.push({ gstin: state.gstin, gsp, username, password, createdOn: istNow() });
        return json(res, 200, {
          ok: true,
          username,
          gsp,
          gstin: state.gstin,
          gsps: GSPS,
          message: `API user ${username} has been created for ${gsp}.`,
          registrations: registrations(),
        });
      }
      default:
        return json(res, 404, { ok: false, message: 'Not found.' });
    }
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain', 'Internal Server Error');
      else res.end();
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
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
