/**
 * Rendition r25-ui5: the E-Invoice portal (einvoice1.gst.gov.in) written blind from the public
 * facts only (the shared portal facts and the ClearTax guide), drawn as an SAP UI5 Web Components 2
 * app (Horizon theme, open shadow roots, slots and parts, overlays in the browser top layer through
 * the popover API) would draw it. A small hand-written runtime defines the ui5-* custom elements.
 *
 * Choices made where the docs are silent:
 * - URLs (history-routed SPA, one HTML shell, Vite-like assets `/assets/index-<hash>.js|css`):
 *   `/` home, `/login` home with the login dialog open, `/dashboard`,
 *   `/api-registration/create-api-user` (Create API User), and placeholder pages for the other
 *   menu leaves. JSON API (POST bodies only, nothing typed ever goes into a URL):
 *   `GET /api/session` (`X-CSRF-Token: Fetch` returns the token, creates an anonymous session),
 *   `GET /api/captcha?t=…` (SVG picture, glyphs drawn as strokes with noise),
 *   `POST /api/auth/login`, `/api/auth/verify-otp`, `/api/auth/resend-otp`, `/api/auth/logout`,
 *   `/api/apireg/send-otp`, `/api/apireg/verify-otp`, `/api/apireg/register`.
 *   POSTs carry `X-CSRF-Token`; a stale token gets 403 `x-csrf-token: Required` and the client
 *   fetches a new one and retries once (the SAP way).
 * - Home: `ui5-shellbar` "e-Invoice System" / "Goods and Services Tax" with a `ui5-button`
 *   "Login" (id btnLogin) slotted at the end. It opens a `ui5-dialog` "Login" with
 *   `ui5-label`+`ui5-input` "Username" (txtUserName), "Password" (txt_password, type Password,
 *   show/hide icon), the captcha picture (img#captcha_image) with an icon-only `ui5-button`
 *   "Refresh", "Enter Captcha" (CaptchaCode), footer buttons "Login" (Emphasized) and "Cancel".
 *   Captcha is compared case-insensitively; refresh redraws the same characters with new noise.
 *   Empty fields get a Negative value state ("Enter Username", "Enter Password", "Enter the
 *   characters shown in the picture") shown in a value-state popover under the focused field.
 *   Errors: a `ui5-message-strip design=Negative` in the dialog, "Invalid Captcha. Please enter the
 *   characters shown in the picture." / "Invalid Login Credentials. Please check your Username and
 *   Password."; password and captcha are cleared and the picture redrawn.
 * - 2FA: the same dialog turns into "Two-Factor Authentication": an Information strip, "Enter OTP"
 *   (txtOtp, 6 digits), footer "Verify OTP" (btnVerifyOTP), "Resend OTP", "Cancel". Wrong OTP:
 *   Negative strip "Invalid OTP. Please enter the correct OTP sent to your registered mobile number."
 * - After login: `/dashboard` with shellbar (GSTIN as secondary title, user name, "Logout"), a
 *   `ui5-side-navigation` (Dash Board; e-Invoice ▸ Generate e-Invoice, Bulk Upload, Cancel
 *   e-Invoice; MIS Reports ▸ IRN Details Report, Summary Report; group "API Registration" ▸
 *   "User Credentials" ▸ Create API User, Freeze API User, Change API Password, and
 *   "IP Whitelisting"; User Management ▸ Create Sub-User, Update Sub-User), all collapsed; title
 *   "Dash Board" and cards "Generations" and "Cancelled". Once per login a `ui5-dialog
 *   state=Information` "Contacts of Technical Person" (read-only name, mobile, e-mail) covers the
 *   page; its footer button is "Exit" (Emphasized); Escape also closes it.
 * - Menu: clicking an item that has sub-items selects it and expands it (it has no href); its arrow
 *   only toggles; the group header "API Registration" only toggles; leaves route by
 *   `selection-change`.
 * - Create API User: title "API Registration", `ui5-panel` "Create API User" inside a
 *   `ui5-busy-indicator` (delay 1000 ms, as UI5). Step 1: text with the masked mobile, "Enter OTP"
 *   `ui5-input` (txtApiOtp), "Send OTP" (becomes "Resend OTP") and "Verify OTP". Sending first is
 *   required ("Please click on Send OTP …"). Sent: toast and Information strip "OTP has been sent
 *   to your registered mobile number ******4821. It is valid for 10 minutes.". Wrong OTP: Negative
 *   strip "Invalid OTP. Please enter the OTP sent to your registered mobile number." and a value
 *   state on the field. Right OTP: toast "OTP verified successfully." and step 2.
 * - Step 2 (replaces step 1): "Do you wish to Register your GSTIN for" with `ui5-radio-button`s
 *   "Directly", "Through GSP", "Through ERP", "Through Client-Id of other"; only "Through GSP"
 *   shows the fields: "Select your GSP" (`ui5-select`, first option "-- Select --", 24 GSPs),
 *   "Username" with a fixed "API_" before the `ui5-input` (4-11 letters/digits), "Password" and
 *   "Re-enter Password" (8-15, upper, lower, digit, special); "Submit" (Emphasized) and "Exit"
 *   (back to the dashboard). Other modes show an Information strip and refuse on Submit.
 *   Field errors: value state Negative with a message and a Negative strip "Please correct the
 *   highlighted fields.".
 * - Submit opens a `ui5-dialog` "Confirmation" ("Do you want to create the API user API_x for
 *   GSP … for GSTIN …?") with "Submit" (Emphasized) and "Cancel". Verdicts: a `ui5-toast`
 *   (3000 ms, fades in the last second) and a `ui5-message-strip` under the form: Positive
 *   "API user API_x has been created successfully for <GSP>." (plus a note to keep the
 *   credentials), Negative "GSTIN … is already registered with <GSP>. Please select another GSP."
 *   or "User name API_x is already in use. Please choose another user name.". Below: "GSPs
 *   registered for GSTIN …" as a `ui5-table` (Sl. No., GSP Name, API User Name, Created On),
 *   seeded with TERA SOFTWARE LIMITED / API_aapfu0939 (kept outside `state.users`).
 * - Widget facts kept from UI5: `role=dialog` sits on the `section.ui5-popup-root` inside the
 *   dialog's shadow root and the fields are slotted light-DOM children of the `ui5-dialog` host;
 *   `ui5-select` has no native select (open it, click a `ui5-li` option, or type ahead / arrow keys);
 *   radios have no native input; the dialog host is a `popover=manual` top-layer element.
 * - Sessions: cookie `EINV_SESSIONID` (HttpOnly), 20 minutes idle. `/` and `/login` redirect to
 *   `/dashboard` while signed in; "Logout" in the shellbar ends the session and goes home. A page GET of a signed-in page
 *   without a live session answers 302 to `/login?session=expired`, where the login dialog opens
 *   with a Critical strip "Your session has expired. Please login again.". An API call without a
 *   live session answers 401 `{"error":"SESSION_EXPIRED"}`; the client closes its dialogs and goes
 *   to that same login URL.
 * - expireOnce: the first `/api/apireg/send-otp` ('api-otp-send'), `/api/apireg/verify-otp`
 *   ('api-otp-verify') or `/api/apireg/register` ('submit') request deletes the session, records
 *   the stage in `state.expired` and answers 401 like any lost session. Once per server.
 */

import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Ui5R25Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface Ui5R25Options {
  expireOnce?: Ui5R25Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface Ui5R25State {
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
export interface Ui5R25Rendition {
  url: string;
  close(): Promise<void>;
  state: Ui5R25State;
}
export const UI5_R25_LOGIN: { username: string; password: string } = {
  username: 'ganeshtraders27',
  password: 'Gst@Portal#27',
};

const MOBILE_MASKED = '******4821';
const SESSION_COOKIE = 'EINV_SESSIONID';
const IDLE_MS = 20 * 60 * 1000;

const GSPS: string[] = [
  'ADAEQUARE INFO PRIVATE LIMITED',
  'ALANKIT LIMITED',
  'BOTREE SOFTWARE INTERNATIONAL PRIVATE LIMITED',
  'BVM IT CONSULTING SERVICES INDIA PRIVATE LIMITED',
  'CHARTERED INFORMATION SYSTEMS PRIVATE LIMITED',
  'COMPUTER AGE MANAGEMENT SERVICES LIMITED',
  'CYGNET INFOTECH PRIVATE LIMITED',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'DELOITTE TOUCHE TOHMATSU INDIA LLP',
  'ERNST & YOUNG LLP',
  'EXCELLON SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'MASTERS INDIA PRIVATE LIMITED',
  'PRIMUS TECHSYSTEMS PRIVATE LIMITED',
  'RELIANCE CORPORATE IT PARK LIMITED',
  'SIFY TECHNOLOGIES LIMITED',
  'TALLY (INDIA) PRIVATE LIMITED',
  'TATA CONSULTANCY SERVICES LIMITED',
  'TERA SOFTWARE LIMITED',
  'VAY NETWORK SERVICES PRIVATE LIMITED',
  'WEBTEL ELECTROSOFT PRIVATE LIMITED',
  'WEP SOLUTIONS LIMITED',
  'ZOHO CORPORATION PRIVATE LIMITED',
];

/** Stroke font for the captcha picture, on a 4 x 6 grid. */
const GLYPHS: Record<string, string> = {
  A: '0,6 0,2 2,0 4,2 4,6|0,3.5 4,3.5',
  B: '0,0 0,6 3,6 4,5 4,4 3,3 0,3|0,0 3,0 4,1 4,2 3,3',
  C: '4,0.5 3,0 1,0 0,1 0,5 1,6 3,6 4,5.5',
  D: '0,0 0,6 3,6 4,5 4,1 3,0 0,0',
  E: '4,0 0,0 0,6 4,6|0,3 3,3',
  F: '4,0 0,0 0,6|0,3 3,3',
  G: '4,1 3,0 1,0 0,1 0,5 1,6 3,6 4,5 4,3 2,3',
  H: '0,0 0,6|4,0 4,6|0,3 4,3',
  I: '1,0 3,0|2,0 2,6|1,6 3,6',
  J: '4,0 4,5 3,6 1,6 0,5',
  K: '0,0 0,6|4,0 0,3.5|1.2,2.8 4,6',
  L: '0,0 0,6 4,6',
  M: '0,6 0,0 2,3 4,0 4,6',
  N: '0,6 0,0 4,6 4,0',
  O: '1,0 3,0 4,1 4,5 3,6 1,6 0,5 0,1 1,0',
  P: '0,6 0,0 3,0 4,1 4,2 3,3 0,3',
  Q: '1,0 3,0 4,1 4,5 3,6 1,6 0,5 0,1 1,0|2.3,4.3 4,6.3',
  R: '0,6 0,0 3,0 4,1 4,2 3,3 0,3|2,3 4,6',
  S: '4,1 3,0 1,0 0,1 0,2 1,3 3,3 4,4 4,5 3,6 1,6 0,5',
  T: '0,0 4,0|2,0 2,6',
  U: '0,0 0,5 1,6 3,6 4,5 4,0',
  V: '0,0 2,6 4,0',
  W: '0,0 1,6 2,3 3,6 4,0',
  X: '0,0 4,6|4,0 0,6',
  Y: '0,0 2,3 4,0|2,3 2,6',
  Z: '0,0 4,0 0,6 4,6',
  '0': '1,0 3,0 4,1 4,5 3,6 1,6 0,5 0,1 1,0|0.5,5 3.5,1',
  '1': '1,1 2,0 2,6|1,6 3,6',
  '2': '0,1 1,0 3,0 4,1 4,2 0,6 4,6',
  '3': '0,0 4,0 2,2.5 3,2.5 4,3.5 4,5 3,6 1,6 0,5',
  '4': '3,6 3,0 0,4 4,4',
  '5': '4,0 0,0 0,3 3,3 4,4 4,5 3,6 0,6',
  '6': '3,0 1,0 0,1 0,5 1,6 3,6 4,5 4,4 3,3 0,3',
  '7': '0,0 4,0 1,6',
  '8': '1,0 3,0 4,1 4,2 3,3 1,3 0,4 0,5 1,6 3,6 4,5 4,4 3,3|1,3 0,2 0,1 1,0',
  '9': '4,3 1,3 0,2 0,1 1,0 3,0 4,1 4,5 3,6 1,6',
  '?': '0,1 1,0 3,0 4,1 4,2 2,3.5 2,4.5|2,5.6 2,6',
};

function rnd(min: number, max: number): number {
  return min + Math.random() * (max - min);
}

function darkColour(): string {
  const palette = ['#1f3b73', '#6b1d3a', '#234d20', '#4b2c7a', '#7a3b0c', '#0e4d5c', '#333333'];
  return palette[Math.floor(Math.random() * palette.length)] ?? '#333333';
}

/** Draws the captcha text as stroked glyphs with noise (no text nodes in the picture). */
function captchaSvg(text: string): string {
  const w = 180;
  const h = 56;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<rect width="${w}" height="${h}" fill="#eef2f6"/>`,
  );
  for (let i = 0; i < 14; i++) {
    out.push(
      `<circle cx="${rnd(0, w).toFixed(1)}" cy="${rnd(0, h).toFixed(1)}" r="${rnd(4, 14).toFixed(1)}" fill="hsl(${Math.floor(rnd(0, 360))},45%,86%)" opacity="0.7"/>`,
    );
  }
  for (let i = 0; i < 6; i++) {
    out.push(
      `<path d="M${rnd(0, 20).toFixed(1)} ${rnd(0, h).toFixed(1)} C${rnd(30, 80).toFixed(1)} ${rnd(0, h).toFixed(1)} ${rnd(90, 150).toFixed(1)} ${rnd(0, h).toFixed(1)} ${rnd(160, w).toFixed(1)} ${rnd(0, h).toFixed(1)}" stroke="${darkColour()}" stroke-width="${rnd(0.6, 1.4).toFixed(2)}" fill="none" opacity="0.55"/>`,
    );
  }
  const chars = text.toUpperCase().split('');
  const step = (w - 24) / Math.max(chars.length, 1);
  chars.forEach((ch, i) => {
    const glyph = GLYPHS[ch] ?? GLYPHS['?'] ?? '';
    const x0 = 12 + i * step + rnd(2, step - 22);
    const y0 = rnd(8, 14);
    const rot = rnd(-20, 20).toFixed(1);
    const sx = rnd(3.8, 4.8);
    const sy = rnd(5.2, 6.2);
    const lines = glyph.split('|').map((poly) => {
      const pts = poly
        .split(' ')
        .map((pair) => {
          const [px, py] = pair.split(',').map(Number);
          return `${((px ?? 0) * sx + rnd(-0.7, 0.7)).toFixed(1)},${((py ?? 0) * sy + rnd(-0.7, 0.7)).toFixed(1)}`;
        })
        .join(' ');
      return `<polyline points="${pts}"/>`;
    });
    out.push(
      `<g transform="translate(${x0.toFixed(1)} ${y0.toFixed(1)}) rotate(${rot} 8 17)" stroke="${darkColour()}" stroke-width="${rnd(2.2, 3).toFixed(2)}" fill="none" stroke-linecap="round" stroke-linejoin="round">${lines.join('')}</g>`,
    );
  });
  for (let i = 0; i < 70; i++) {
    out.push(
      `<circle cx="${rnd(0, w).toFixed(1)}" cy="${rnd(0, h).toFixed(1)}" r="${rnd(0.5, 1.4).toFixed(1)}" fill="${darkColour()}" opacity="0.6"/>`,
    );
  }
  for (let i = 0; i < 2; i++) {
    out.push(
      `<path d="M0 ${rnd(15, 40).toFixed(1)} Q${rnd(50, 130).toFixed(1)} ${rnd(-10, 66).toFixed(1)} ${w} ${rnd(15, 40).toFixed(1)}" stroke="${darkColour()}" stroke-width="1.6" fill="none" opacity="0.8"/>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}

/* ------------------------------------------------------------------------------------------ */
/* Global stylesheet (Horizon theme parameters and the app's own layout)                       */
/* ------------------------------------------------------------------------------------------ */

const APP_CSS = `
:root {
  --sapBrandColor: #0070f2; --sapHighlightColor: #0064d9; --sapBaseColor: #fff; --sapShellColor: #fff;
  --sapBackgroundColor: #f5f6f7; --sapFontFamily: "72", "72full", Arial, Helvetica, sans-serif;
  --sapFontHeaderFamily: "72", "72full", Arial, Helvetica, sans-serif; --sapFontSize: .875rem;
  --sapTextColor: #1d2d3e; --sapTitleColor: #1d2d3e; --sapContent_LabelColor: #556b82;
  --sapContent_IconColor: #1d2d3e; --sapContent_NonInteractiveIconColor: #758ca4;
  --sapContent_FocusColor: #0032a5; --sapContent_FocusWidth: .125rem; --sapContent_BusyColor: #0064d9;
  --sapContent_HeaderShadow: 0 .125rem .125rem 0 rgba(34,53,72,.15), inset 0 -.0625rem 0 0 #d9d9d9;
  --sapContent_Shadow0: 0 0 .125rem 0 rgba(34,53,72,.2), 0 .125rem .25rem 0 rgba(34,53,72,.2);
  --sapContent_Shadow1: 0 0 0 .0625rem rgba(34,53,72,.48), 0 .125rem .5rem 0 rgba(34,53,72,.3);
  --sapContent_Shadow2: 0 0 0 .0625rem rgba(34,53,72,.48), 0 .625rem 1.875rem 0 rgba(34,53,72,.25);
  --sapContent_Shadow3: 0 0 0 .0625rem rgba(34,53,72,.48), 0 1.25rem 5rem 0 rgba(34,53,72,.25);
  --sapGroup_ContentBackground: #fff; --sapGroup_TitleTextColor: #1d2d3e; --sapGroup_TitleBorderColor: #a8b2bd;
  --sapList_Background: #fff; --sapList_TextColor: #131e29; --sapList_BorderColor: #e5e5e5;
  --sapList_HeaderBackground: #fff; --sapList_HeaderTextColor: #1d2d3e; --sapList_Hover_Background: #eaecee;
  --sapList_SelectionBackgroundColor: #ebf8ff; --sapList_SelectionBorderColor: #0064d9;
  --sapField_Background: #fff; --sapField_TextColor: #131e29; --sapField_BorderColor: #556b81;
  --sapField_Hover_BorderColor: #0064d9; --sapField_Hover_Background: #fff; --sapField_PlaceholderTextColor: #556b82;
  --sapField_InvalidColor: #aa0808; --sapField_InvalidBackground: #ffeaf4; --sapField_WarningColor: #e76500;
  --sapField_WarningBackground: #fff8d6; --sapField_SuccessColor: #256f3a; --sapField_InformationColor: #0070f2;
  --sapField_InformationBackground: #e1f4ff; --sapField_BorderCornerRadius: .25rem; --sapField_RequiredColor: #aa0808;
  --sapField_ReadOnly_Background: rgba(234,236,238,.5); --sapField_ReadOnly_BorderColor: #a9b4be;
  --sapButton_Background: #fff; --sapButton_BorderColor: #bcc3ca; --sapButton_TextColor: #0064d9;
  --sapButton_Hover_Background: #eaecee; --sapButton_Active_Background: #dee2e5;
  --sapButton_Emphasized_Background: #0070f2; --sapButton_Emphasized_TextColor: #fff;
  --sapButton_Emphasized_Hover_Background: #0064d9; --sapButton_Emphasized_Active_Background: #0064d9;
  --sapButton_Lite_TextColor: #0064d9; --sapButton_BorderCornerRadius: .5rem;
  --sapButton_Reject_Background: #ffd6e9; --sapButton_Reject_TextColor: #aa0808;
  --sapButton_Accept_Background: #ebf5cb; --sapButton_Accept_TextColor: #256f3a;
  --sapNegativeColor: #aa0808; --sapCriticalColor: #e76500; --sapPositiveColor: #256f3a;
  --sapInformativeColor: #0070f2; --sapNeutralColor: #788fa6; --sapErrorBackground: #ffeaf4;
  --sapWarningBackground: #fff8d6; --sapSuccessBackground: #f5fae5; --sapInformationBackground: #e1f4ff;
  --sapErrorBorderColor: #e90b0b; --sapWarningBorderColor: #dd6100; --sapSuccessBorderColor: #30914c;
  --sapInformationBorderColor: #0070f2; --sapElement_BorderCornerRadius: .75rem;
  --sapPopover_BorderCornerRadius: .5rem; --sapSelectedColor: #0064d9;
}
html, body { margin: 0; padding: 0; height: 100%; }
body {
  font-family: var(--sapFontFamily); font-size: var(--sapFontSize); color: var(--sapTextColor);
  background: var(--sapBackgroundColor); -webkit-font-smoothing: antialiased;
}
body.ui5-popup-scroll-blocker { overflow: hidden; }
:not(:defined) { visibility: hidden; }
[hidden] { display: none !important; }
#app { height: 100%; }
.app-shell { display: flex; flex-direction: column; height: 100vh; }
.app-body { display: flex; flex: 1; min-height: 0; }
.app-body > ui5-side-navigation { flex-shrink: 0; }
.app-main { flex: 1; overflow: auto; padding: 1rem 2rem 3rem; box-sizing: border-box; }
.page-title { margin: .5rem 0 1rem; }
.page-sub { color: var(--sapContent_LabelColor); margin-bottom: 1rem; display: block; }
.home-main { max-width: 70rem; margin: 0 auto; padding: 2rem; box-sizing: border-box; }
.home-hero { background: linear-gradient(120deg, #0a2e5c, #0070f2); color: #fff; border-radius: .75rem; padding: 2.5rem 2rem; margin-bottom: 1.5rem; }
.home-hero h2 { margin: 0 0 .5rem; font-size: 2rem; }
.home-hero p { margin: 0; max-width: 44rem; line-height: 1.5; }
.card-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
.card-body { padding: 0 1rem 1rem; line-height: 1.5; }
.card-body ul { margin: 0; padding-inline-start: 1.25rem; }
.kpi { font-size: 2.5rem; font-weight: bold; color: var(--sapBrandColor); padding: .25rem 1rem 1rem; }
.dlg-body { padding: .5rem 1rem 1rem; width: 24rem; max-width: 100%; box-sizing: border-box; }
.dlg-body .field { display: flex; flex-direction: column; margin-top: .5rem; }
.dlg-body .field ui5-input { width: 100%; }
.dlg-messages:not(:empty) { margin: .75rem 1rem 0; display: flex; flex-direction: column; gap: .5rem; }
.captcha-row { display: flex; align-items: center; gap: .5rem; margin-top: .75rem; }
.captcha-row img { border: 1px solid var(--sapField_BorderColor); border-radius: .25rem; height: 56px; width: 180px; background: #eef2f6; }
.form-grid { display: grid; grid-template-columns: minmax(12rem, 16rem) minmax(0, 30rem); gap: .5rem 1.5rem; align-items: center; margin: .5rem 0; }
.form-grid > ui5-label { justify-self: start; }
.form-grid .full { grid-column: 1 / -1; }
.form-grid ui5-input, .form-grid ui5-select { width: 100%; }
.inline { display: flex; align-items: center; gap: .5rem; flex-wrap: wrap; }
.inline ui5-input { flex: 1; min-width: 8rem; }
.radio-group { display: flex; flex-wrap: wrap; column-gap: 1rem; }
.prefixed { display: flex; align-items: center; }
.api-prefix { height: 2.25rem; box-sizing: border-box; display: inline-flex; align-items: center; padding: 0 .625rem; border: 1px solid var(--sapField_ReadOnly_BorderColor); border-right: none; border-radius: .25rem 0 0 .25rem; background: var(--sapField_ReadOnly_Background); color: var(--sapField_TextColor); font-weight: bold; }
.prefixed ui5-input { flex: 1; }
.hint { color: var(--sapContent_LabelColor); font-size: .75rem; }
.actions { display: flex; gap: .5rem; margin: 1.25rem 0 .5rem; }
.messages { display: flex; flex-direction: column; gap: .5rem; margin: .75rem 0; }
.messages:empty { display: none; }
.panel-inner { padding: .5rem 0; }
.form-busy { display: block; width: 100%; }
.regs { margin-top: 1.5rem; }
.regs ui5-title { margin-bottom: .5rem; }
.para { display: block; margin: .25rem 0 .75rem; line-height: 1.5; }
.placeholder-page ui5-message-strip { max-width: 40rem; }
.user-chip { color: var(--sapContent_LabelColor); margin-inline-end: .5rem; white-space: nowrap; }
`;

/* ------------------------------------------------------------------------------------------ */
/* The component runtime: a small hand-written UI5 Web Components 2 look-alike                 */
/* ------------------------------------------------------------------------------------------ */

const RUNTIME_JS = String.raw`
const ICONS = {
  'refresh': 'M256 64c66 0 124 33 159 84V96h32v112H335v-32h60c-28-48-80-80-139-80-88 0-160 72-160 160s72 160 160 160c71 0 131-47 152-111l30 10c-25 77-98 133-182 133-106 0-192-86-192-192S150 64 256 64z',
  'show': 'M256 128c106 0 192 80 224 128-32 48-118 128-224 128S64 304 32 256c32-48 118-128 224-128zm0 32c-84 0-156 60-186 96 30 36 102 96 186 96s156-60 186-96c-30-36-102-96-186-96zm0 32a64 64 0 110 128 64 64 0 010-128z',
  'hide': 'M256 128c106 0 192 80 224 128-32 48-118 128-224 128S64 304 32 256c32-48 118-128 224-128zm0 32c-84 0-156 60-186 96 30 36 102 96 186 96s156-60 186-96c-30-36-102-96-186-96zM100 78l22-22 300 380-22 22z',
  'slim-arrow-down': 'M82 186l22-22 152 152 152-152 22 22-174 174z',
  'navigation-right-arrow': 'M176 82l22-22 196 196-196 196-22-22 174-174z',
  'navigation-down-arrow': 'M82 176l22-22 152 152 152-152 22 22-174 174z',
  'decline': 'M120 98l136 136 136-136 22 22-136 136 136 136-22 22-136-136-136 136-22-22 136-136-136-136z',
  'error': 'M256 32a224 224 0 110 448 224 224 0 010-448zm-80 122l-22 22 80 80-80 80 22 22 80-80 80 80 22-22-80-80 80-80-22-22-80 80z',
  'sys-enter-2': 'M256 32a224 224 0 110 448 224 224 0 010-448zm106 128L224 298l-74-74-22 22 96 96 160-160z',
  'information': 'M256 32a224 224 0 110 448 224 224 0 010-448zM240 224v160h32V224zm16-96a24 24 0 100 48 24 24 0 000-48z',
  'alert': 'M256 40L16 464h480zM240 192v128h32V192zm16 176a24 24 0 100 48 24 24 0 000-48z',
  'menu2': 'M64 112h384v32H64zm0 128h384v32H64zm0 128h384v32H64z',
  'log': 'M96 64h192v32H128v320h160v32H96zM352 160l96 96-96 96-22-22 58-58H192v-32h196l-58-58z',
  'home': 'M256 48l224 192-20 24-28-24v224H144V240l-28 24-20-24zM176 212v220h64V320h32v112h64V212l-80-68z',
  'document': 'M112 32h192l112 112v336H112zm32 32v384h240V160h-96V64zm176 16v48h48z',
  'key': 'M144 160a96 96 0 110 192 96 96 0 010-192zm0 64a32 32 0 100 64 32 32 0 000-64zM240 240h240v32h-40v64h-40v-64h-40v48h-40v-48h-80z',
  'bar-chart': 'M64 448V64h32v352h352v32zm64-64V256h48v128zm96 0V160h48v224zm96 0V224h48v160zm96 0V128h48v256z',
  'group': 'M192 96a64 64 0 110 128 64 64 0 010-128zM64 416c0-80 56-144 128-144s128 64 128 144zM352 128a56 56 0 110 112 56 56 0 010-112zm-8 144c64 0 112 56 112 128H352c-4-48-24-96-56-120 16-6 32-8 48-8z',
  'employee': 'M256 64a80 80 0 110 160 80 80 0 010-160zM96 448c0-96 72-176 160-176s160 80 160 176z',
  'locked': 'M256 48c53 0 96 43 96 96v48h48v272H112V192h48v-48c0-53 43-96 96-96zm0 32c-35 0-64 29-64 64v48h128v-48c0-35-29-64-64-64zM240 288v96h32v-96z',
  'message-information': 'M256 32a224 224 0 110 448 224 224 0 010-448zM240 224v160h32V224zm16-96a24 24 0 100 48 24 24 0 000-48z'
};
const STATE_ICON = { Negative: 'error', Critical: 'alert', Positive: 'sys-enter-2', Information: 'information' };

const BASE_CSS = ':host{box-sizing:border-box}:host([hidden]){display:none!important}*,*::before,*::after{box-sizing:border-box}' +
  '.ui5-hidden-text{position:absolute;clip:rect(1px,1px,1px,1px);user-select:none;left:-1000px;top:-1000px;pointer-events:none;font-size:0}';

let uidCounter = 0;
const nextId = (p) => 'ui5wc_' + (++uidCounter) + (p ? '-' + p : '');
const kebab = (s) => s.replace(/[A-Z]/g, (m) => '-' + m.toLowerCase());
function attr(e, k, v) {
  if (v == null || v === false) { if (e.hasAttribute(k)) e.removeAttribute(k); }
  else { const s = v === true ? '' : String(v); if (e.getAttribute(k) !== s) e.setAttribute(k, s); }
}
function E(tag, attrs, kids) {
  const e = document.createElement(tag);
  if (attrs) for (const k of Object.keys(attrs)) { const v = attrs[k]; if (k === 'text') e.textContent = v; else attr(e, k, v); }
  if (kids) for (const c of kids) if (c != null) e.append(c);
  return e;
}
function sheet(css) { const s = new CSSStyleSheet(); s.replaceSync(css); return s; }
function deepActive() {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
function labelTextFor(el) {
  if (!el || !el.id) return '';
  const ls = document.querySelectorAll('ui5-label[for="' + CSS.escape(el.id) + '"]');
  return Array.from(ls).map((l) => l.textContent.trim()).filter(Boolean).join(' ');
}
function isVisible(el) {
  if (!el.isConnected) return false;
  const cs = getComputedStyle(el);
  return cs.display !== 'none' && cs.visibility !== 'hidden' && !el.hidden;
}
function focusablesIn(root) {
  const out = [];
  const walk = (n) => {
    for (const c of n.children) {
      if (!isVisible(c) || c.getAttribute('slot') === 'valueStateMessage') continue;
      if (c.localName.indexOf('ui5-') === 0 && c._focusTarget) {
        const t = c._focusTarget();
        if (t) { out.push(c); continue; }
        if (!c.constructor.opaque) walk(c);
        continue;
      }
      if (c.matches('input:not([disabled]):not([type=hidden]),button:not([disabled]),select,textarea,a[href],[tabindex]:not([tabindex="-1"])')) out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}
const openModals = [];
function updateScrollBlocker() { document.body.classList.toggle('ui5-popup-scroll-blocker', openModals.length > 0); }

class UI5Element extends HTMLElement {
  constructor() {
    super();
    const sr = this.attachShadow({ mode: 'open' });
    const C = this.constructor;
    if (!Object.prototype.hasOwnProperty.call(C, '_sheets')) C._sheets = [sheet(BASE_CSS + (C.css || ''))];
    sr.adoptedStyleSheets = C._sheets;
    this._uid = nextId();
    this._built = false;
  }
  connectedCallback() {
    if (!this.hasAttribute(this.localName)) this.setAttribute(this.localName, '');
    if (!this._built) { this._built = true; this.build(); }
    this.update();
    if (this.onEnterDOM) this.onEnterDOM();
  }
  disconnectedCallback() { if (this.onExitDOM) this.onExitDOM(); }
  attributeChangedCallback() { if (this._built) this.invalidate(); }
  invalidate() {
    if (this._pending) return;
    this._pending = true;
    queueMicrotask(() => { this._pending = false; if (this._built) this.update(); });
  }
  build() {}
  update() {}
  _focusTarget() { return null; }
  focus(o) { const t = this._focusTarget(); if (t) t.focus(o); else HTMLElement.prototype.focus.call(this, o); }
  fire(name, detail, cancelable) {
    return this.dispatchEvent(new CustomEvent(name, { detail: detail || {}, bubbles: true, cancelable: !!cancelable }));
  }
}
function define(tag, C, spec) {
  spec = spec || {};
  for (const p of Object.keys(spec)) {
    const a = kebab(p);
    const d = spec[p];
    Object.defineProperty(C.prototype, p, {
      configurable: true,
      get() {
        if (typeof d === 'boolean') return this.hasAttribute(a);
        const v = this.getAttribute(a);
        if (v == null) return d;
        return typeof d === 'number' ? Number(v) : v;
      },
      set(v) {
        if (typeof d === 'boolean') attr(this, a, !!v);
        else attr(this, a, v == null || (v === '' && d === '') ? null : v);
      },
    });
  }
  const observed = Object.keys(spec).map(kebab).concat(C.extraAttrs || []);
  Object.defineProperty(C, 'observedAttributes', { get: () => observed });
  customElements.define(tag, C);
}

/* ---- ui5-icon ---- */
class Icon extends UI5Element {
  static css = ':host{display:inline-block;width:1rem;height:1rem;color:var(--sapContent_IconColor);fill:currentColor;outline:none;flex-shrink:0;vertical-align:middle}' +
    ':host([mode="Interactive"]){cursor:pointer}.ui5-icon-root{display:flex;height:100%;width:100%;outline:none;fill:inherit;color:inherit;border-radius:.25rem}' +
    '.ui5-icon-root:focus-visible{outline:var(--sapContent_FocusWidth) dotted var(--sapContent_FocusColor);outline-offset:1px}';
  build() {
    this.shadowRoot.innerHTML = '<svg class="ui5-icon-root" part="root" viewBox="0 0 512 512" preserveAspectRatio="xMidYMid meet" focusable="false"><g role="presentation"><path fill-rule="evenodd"></path></g></svg>';
    this._svg = this.shadowRoot.querySelector('svg');
    this._path = this.shadowRoot.querySelector('path');
    this._svg.addEventListener('keydown', (e) => {
      if (this.mode === 'Interactive' && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); this.click(); }
    });
  }
  update() {
    this._path.setAttribute('d', ICONS[this.name] || '');
    const inter = this.mode === 'Interactive';
    attr(this._svg, 'tabindex', inter ? '0' : null);
    attr(this._svg, 'role', inter ? 'button' : this.mode === 'Image' ? 'img' : 'presentation');
    attr(this._svg, 'aria-hidden', inter || this.mode === 'Image' ? null : 'true');
    attr(this._svg, 'aria-label', this.accessibleName || null);
    let t = this._svg.querySelector('title');
    if (this.showTooltip && this.accessibleName) {
      if (!t) { t = document.createElementNS('http://www.w3.org/2000/svg', 'title'); this._svg.prepend(t); }
      t.textContent = this.accessibleName;
    } else if (t) t.remove();
  }
  _focusTarget() { return this.mode === 'Interactive' ? this._svg : null; }
}
define('ui5-icon', Icon, { name: '', mode: 'Decorative', accessibleName: '', showTooltip: false });

/* ---- ui5-button ---- */
class Button extends UI5Element {
  static css = ':host{display:inline-block;vertical-align:middle;min-width:2.25rem;height:2.25rem;font-family:var(--sapFontFamily);font-size:var(--sapFontSize);font-weight:600;line-height:normal;cursor:pointer}' +
    ':host([disabled]){pointer-events:none;cursor:default}' +
    '.ui5-button-root{min-width:inherit;width:100%;height:100%;display:flex;align-items:center;justify-content:center;gap:.375rem;padding:0 .5625rem;margin:0;border:1px solid var(--sapButton_BorderColor);border-radius:var(--sapButton_BorderCornerRadius);background:var(--sapButton_Background);color:var(--sapButton_TextColor);font:inherit;font-weight:inherit;cursor:inherit;outline:none;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;position:relative;transition:background-color .1s ease-in}' +
    '.ui5-button-root:hover{background:var(--sapButton_Hover_Background)}.ui5-button-root:active{background:var(--sapButton_Active_Background)}' +
    '.ui5-button-root:focus-visible::after{content:"";position:absolute;inset:.125rem;border:var(--sapContent_FocusWidth) solid var(--sapContent_FocusColor);border-radius:.375rem;pointer-events:none}' +
    ':host([design="Emphasized"]) .ui5-button-root{background:var(--sapButton_Emphasized_Background);border-color:var(--sapButton_Emphasized_Background);color:var(--sapButton_Emphasized_TextColor)}' +
    ':host([design="Emphasized"]) .ui5-button-root:hover{background:var(--sapButton_Emphasized_Hover_Background)}' +
    ':host([design="Emphasized"]) .ui5-button-root:focus-visible::after{border-color:#fff}' +
    ':host([design="Transparent"]) .ui5-button-root{background:transparent;border-color:transparent;color:var(--sapButton_Lite_TextColor)}' +
    ':host([design="Transparent"]) .ui5-button-root:hover{background:var(--sapButton_Hover_Background)}' +
    ':host([design="Negative"]) .ui5-button-root{background:var(--sapButton_Reject_Background);border-color:var(--sapButton_Reject_Background);color:var(--sapButton_Reject_TextColor)}' +
    ':host([design="Positive"]) .ui5-button-root{background:var(--sapButton_Accept_Background);border-color:var(--sapButton_Accept_Background);color:var(--sapButton_Accept_TextColor)}' +
    '.ui5-button-root:disabled{opacity:.4}:host([icon-only]) .ui5-button-root{padding:0}' +
    '.ui5-button-icon{color:inherit;width:1rem;height:1rem}:host(:not([has-icon])) .ui5-button-icon{display:none}:host([icon-only]) .ui5-button-text{display:none}' +
    '.ui5-button-text{overflow:hidden;text-overflow:ellipsis}';
  build() {
    this._root = E('button', { type: 'button', class: 'ui5-button-root', part: 'button' });
    this._icon = E('ui5-icon', { class: 'ui5-button-icon', part: 'icon' });
    this._slot = E('slot');
    this._text = E('span', { class: 'ui5-button-text', id: this._uid + '-content' }, [E('bdi', null, [this._slot])]);
    this._root.append(this._icon, this._text);
    this.shadowRoot.append(this._root);
    this._slot.addEventListener('slotchange', () => this.invalidate());
    this.addEventListener('click', (e) => { if (this.disabled) { e.stopImmediatePropagation(); e.preventDefault(); } }, true);
  }
  update() {
    const txt = this.textContent.trim();
    attr(this, 'has-icon', !!this.icon);
    attr(this, 'icon-only', !!this.icon && !txt);
    this._icon.setAttribute('name', this.icon || '');
    this._root.disabled = this.disabled;
    attr(this._root, 'title', this.tooltip || null);
    attr(this._root, 'aria-label', this.accessibleName || (!txt ? this.tooltip : '') || null);
    attr(this._root, 'aria-disabled', this.disabled ? 'true' : null);
  }
  _focusTarget() { return this._root; }
}
define('ui5-button', Button, { design: 'Default', disabled: false, icon: '', tooltip: '', accessibleName: '', submits: false });

/* ---- ui5-label ---- */
class Label extends UI5Element {
  static css = ':host{display:inline-flex;max-width:100%;color:var(--sapContent_LabelColor);font-family:var(--sapFontFamily);font-size:var(--sapFontSize);font-weight:normal;cursor:text}' +
    '.ui5-label-root{width:100%;cursor:inherit;display:inline-flex;align-items:baseline;white-space:normal;word-break:break-word}' +
    ':host([show-colon]) .ui5-label-required-colon::before{content:":"}' +
    ':host([required]) .ui5-label-required-colon::after{content:"*";color:var(--sapField_RequiredColor);font-size:1.25rem;font-weight:bold;position:relative;line-height:0;vertical-align:middle;padding-inline-start:.125rem}';
  build() {
    this._slot = E('slot');
    const root = E('label', { class: 'ui5-label-root', part: 'root' }, [
      E('span', { class: 'ui5-label-text-wrapper' }, [this._slot]),
      E('span', { class: 'ui5-label-required-colon', 'aria-hidden': 'true' }),
    ]);
    this.shadowRoot.append(root);
    root.addEventListener('click', () => {
      if (!this.for) return;
      const t = document.getElementById(this.for);
      if (t && t.focus) t.focus();
    });
    this._slot.addEventListener('slotchange', () => this._notify());
  }
  _notify() {
    const t = this.for && document.getElementById(this.for);
    if (t && t.invalidate) t.invalidate();
  }
  onEnterDOM() { this._notify(); }
}
define('ui5-label', Label, { for: '', showColon: false, required: false, wrappingType: 'Normal' });

/* ---- ui5-input ---- */
const VS_TEXT = { Negative: 'Invalid entry', Critical: 'Warning issued', Positive: 'Entry successfully validated', Information: 'Informative entry' };
const VS_CLASS = { Negative: 'error', Critical: 'warning', Positive: 'success', Information: 'information' };
const VS_DESC = { Negative: 'Value State Error', Critical: 'Value State Warning', Positive: 'Value State Success', Information: 'Value State Information' };
class Input extends UI5Element {
  static css = ':host{display:inline-block;width:var(--_ui5_input_width,13.125rem);min-width:2.75rem;height:2.25rem;margin:.1875rem 0;color:var(--sapField_TextColor);font-family:var(--sapFontFamily);font-size:var(--sapFontSize);border-radius:var(--sapField_BorderCornerRadius);vertical-align:middle}' +
    '.ui5-input-root{width:100%;height:100%;position:relative;border-radius:inherit;background:var(--sapField_Background);border:1px solid var(--sapField_BorderColor);transition:border-color .2s ease-in-out}' +
    ':host(:not([readonly]):not([disabled])) .ui5-input-root:hover{border-color:var(--sapField_Hover_BorderColor);box-shadow:inset 0 -1px 0 var(--sapField_Hover_BorderColor)}' +
    ':host([focused]) .ui5-input-root{outline:var(--sapContent_FocusWidth) solid var(--sapContent_FocusColor);outline-offset:1px}' +
    '.ui5-input-content{display:flex;height:100%;align-items:center;overflow:hidden;border-radius:inherit}' +
    '.ui5-input-inner{flex:1;min-width:0;height:100%;border:none;outline:none;background:transparent;padding:0 .625rem;margin:0;font:inherit;color:inherit;letter-spacing:inherit;-webkit-appearance:none;appearance:none}' +
    '.ui5-input-inner::placeholder{color:var(--sapField_PlaceholderTextColor);font-style:italic;font-weight:normal}' +
    '.ui5-input-inner::-ms-reveal{display:none}' +
    '::slotted([slot="icon"]){width:1rem;height:1rem;padding:.5625rem .625rem;box-sizing:content-box!important;flex-shrink:0}' +
    ':host([value-state="Negative"]) .ui5-input-root{background:var(--sapField_InvalidBackground);border-color:var(--sapField_InvalidColor);box-shadow:inset 0 -1px 0 var(--sapField_InvalidColor)}' +
    ':host([value-state="Critical"]) .ui5-input-root{background:var(--sapField_WarningBackground);border-color:var(--sapField_WarningColor)}' +
    ':host([value-state="Positive"]) .ui5-input-root{border-color:var(--sapField_SuccessColor)}' +
    ':host([value-state="Information"]) .ui5-input-root{background:var(--sapField_InformationBackground);border-color:var(--sapField_InformationColor)}' +
    ':host([disabled]){opacity:.4;pointer-events:none}:host([readonly]) .ui5-input-root{background:var(--sapField_ReadOnly_Background);border-color:var(--sapField_ReadOnly_BorderColor)}' +
    '.ui5-valuestatemessage-popover{position:fixed;inset:auto;margin:0;padding:0;border:none;background:transparent;overflow:visible;max-width:22rem;color:var(--sapTextColor);font-family:var(--sapFontFamily);font-size:var(--sapFontSize)}' +
    '.ui5-valuestatemessage-root{display:flex;gap:.5rem;align-items:flex-start;padding:.5rem .625rem;border-radius:.25rem;box-shadow:var(--sapContent_Shadow1);line-height:1.3;word-break:break-word;background:#fff}' +
    '.ui5-valuestatemessage--error{background:var(--sapErrorBackground)}.ui5-valuestatemessage--error ui5-icon{color:var(--sapNegativeColor)}' +
    '.ui5-valuestatemessage--warning{background:var(--sapWarningBackground)}.ui5-valuestatemessage--warning ui5-icon{color:var(--sapCriticalColor)}' +
    '.ui5-valuestatemessage--information{background:var(--sapInformationBackground)}.ui5-valuestatemessage--information ui5-icon{color:var(--sapInformativeColor)}' +
    '.ui5-valuestatemessage--success{background:var(--sapSuccessBackground)}';
  build() {
    const sr = this.shadowRoot;
    this._inner = E('input', { class: 'ui5-input-inner', part: 'input', id: this._uid + '-inner', autocomplete: 'off', spellcheck: 'false' });
    this._vsText = E('span', { class: 'ui5-hidden-text', id: this._uid + '-valueStateDesc' });
    this._root = E('div', { class: 'ui5-input-root ui5-input-focusable-element', part: 'root' }, [
      E('div', { class: 'ui5-input-content' }, [this._inner, E('slot', { name: 'icon' })]),
      this._vsText,
    ]);
    this._vsIcon = E('ui5-icon', { class: 'ui5-input-value-state-message-icon' });
    this._vsDefault = document.createTextNode('');
    this._vsRoot = E('div', { class: 'ui5-valuestatemessage-root' }, [
      this._vsIcon,
      E('span', { class: 'ui5-valuestatemessage-text' }, [E('slot', { name: 'valueStateMessage' }, [this._vsDefault])]),
    ]);
    this._pop = E('div', { class: 'ui5-valuestatemessage-popover', popover: 'manual', part: 'popover' }, [this._vsRoot]);
    sr.append(this._root, this._pop);
    this._inner.addEventListener('input', () => { this._typing = true; this.value = this._inner.value; this._typing = false; });
    this._inner.addEventListener('focus', () => { attr(this, 'focused', true); this._committed = this.value; this._showVS(); });
    this._inner.addEventListener('blur', () => { attr(this, 'focused', false); this._hideVS(); this._commit(); });
    this._inner.addEventListener('keydown', (e) => { if (e.key === 'Enter') this._commit(); });
    this._onScroll = () => { if (this._vsOpen) this._placeVS(); };
  }
  _commit() {
    if (this.value !== this._committed) { this._committed = this.value; this.fire('change'); }
  }
  update() {
    const t = this.type;
    const nt = t === 'Password' ? 'password' : t === 'Email' ? 'email' : t === 'Number' ? 'number' : t === 'Tel' ? 'tel' : t === 'URL' ? 'url' : 'text';
    if (this._inner.type !== nt) this._inner.type = nt;
    if (this._inner.value !== this.value) this._inner.value = this.value;
    attr(this._inner, 'placeholder', this.placeholder || null);
    attr(this._inner, 'maxlength', this.maxlength || null);
    attr(this._inner, 'name', this.name || null);
    this._inner.disabled = this.disabled;
    this._inner.readOnly = this.readonly;
    attr(this._inner, 'aria-required', this.required ? 'true' : null);
    const vs = this.valueState;
    attr(this._inner, 'aria-invalid', vs === 'Negative' ? 'true' : null);
    attr(this._inner, 'aria-label', this.accessibleName || labelTextFor(this) || null);
    attr(this._inner, 'aria-describedby', vs !== 'None' ? this._vsText.id : null);
    this._vsText.textContent = VS_DESC[vs] || '';
    this._vsDefault.textContent = VS_TEXT[vs] || '';
    this._vsRoot.className = 'ui5-valuestatemessage-root ui5-valuestatemessage--' + (VS_CLASS[vs] || 'none');
    this._vsIcon.setAttribute('name', STATE_ICON[vs] || '');
    if (this.hasAttribute('focused')) this._showVS();
  }
  _hasVSPopup() { return this.valueState === 'Negative' || this.valueState === 'Critical' || this.valueState === 'Information'; }
  _showVS() {
    if (!this._hasVSPopup() || !this.hasAttribute('focused')) { this._hideVS(); return; }
    if (!this._vsOpen) {
      try { this._pop.showPopover(); } catch (e) { return; }
      this._vsOpen = true;
      window.addEventListener('scroll', this._onScroll, true);
      window.addEventListener('resize', this._onScroll);
    }
    this._placeVS();
  }
  _placeVS() {
    const r = this._root.getBoundingClientRect();
    this._pop.style.left = Math.round(r.left) + 'px';
    this._pop.style.top = Math.round(r.bottom + 4) + 'px';
    this._pop.style.minWidth = Math.round(r.width) + 'px';
  }
  _hideVS() {
    if (!this._vsOpen) return;
    this._vsOpen = false;
    try { this._pop.hidePopover(); } catch (e) { /* already hidden */ }
    window.removeEventListener('scroll', this._onScroll, true);
    window.removeEventListener('resize', this._onScroll);
  }
  onExitDOM() { this._hideVS(); }
  _focusTarget() { return this._inner; }
  get nativeInput() { return this._inner; }
}
define('ui5-input', Input, { value: '', type: 'Text', placeholder: '', maxlength: '', name: '', disabled: false, readonly: false, required: false, valueState: 'None', accessibleName: '' });

/* ---- popups: ui5-dialog, ui5-popover, ui5-responsive-popover ---- */
const POPUP_CSS = ':host{position:fixed;inset:auto;margin:0;padding:0;border:none;background:transparent;overflow:visible;color:var(--sapTextColor);font-family:var(--sapFontFamily);font-size:var(--sapFontSize);max-width:100vw;max-height:100vh}' +
  ':host(:not(:popover-open)){display:none}:host(:popover-open){display:flex;flex-direction:column}' +
  '.ui5-popup-root{display:flex;flex-direction:column;min-height:0;max-height:inherit;background:var(--sapGroup_ContentBackground);border-radius:var(--sapElement_BorderCornerRadius);box-shadow:var(--sapContent_Shadow3);outline:none;overflow:hidden;position:relative}' +
  '.ui5-popup-root.ui5-popup-opening{animation:ui5-popup-fade-in .15s ease-out}' +
  '@keyframes ui5-popup-fade-in{from{opacity:0}to{opacity:1}}' +
  '.ui5-popup-header-root{display:flex;align-items:center;gap:.5rem;min-height:3rem;padding:0 1rem;box-shadow:inset 0 -1px 0 var(--sapList_BorderColor);flex-shrink:0}' +
  '.ui5-popup-header-root[hidden],.ui5-popup-header-default[hidden],.ui5-dialog-value-state-icon[hidden]{display:none}' +
  '.ui5-popup-header-default{display:flex;align-items:center;gap:.5rem;min-width:0}' +
  '.ui5-popup-header-text{margin:0;font-size:1rem;font-weight:bold;font-family:var(--sapFontHeaderFamily);color:var(--sapTitleColor);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}' +
  '.ui5-popup-content{flex:1 1 auto;min-height:0;overflow:auto;outline:none}' +
  '.ui5-popup-footer-root{flex-shrink:0}.ui5-popup-footer-root[hidden]{display:none}' +
  '.ui5-block-layer{position:fixed;inset:0;z-index:-1;background:rgba(0,0,0,.2);outline:none}.ui5-block-layer[hidden]{display:none}' +
  '.first-fe,.last-fe{position:absolute;width:0;height:0;overflow:hidden}';

class Popup extends UI5Element {
  static css = POPUP_CSS;
  build() {
    const sr = this.shadowRoot;
    this._headerText = E('h1', { class: 'ui5-popup-header-text', id: this._uid + '-header-title' });
    this._stateIcon = E('ui5-icon', { class: 'ui5-dialog-value-state-icon' });
    this._headerSlot = E('slot', { name: 'header' });
    this._headerDefault = E('div', { class: 'ui5-popup-header-default' }, [this._stateIcon, this._headerText]);
    this._header = E('header', { class: 'ui5-popup-header-root', id: this._uid + '-header', part: 'header' }, [this._headerSlot, this._headerDefault]);
    this._content = E('div', { class: 'ui5-popup-content', part: 'content' }, [E('slot')]);
    this._footerSlot = E('slot', { name: 'footer' });
    this._footer = E('footer', { class: 'ui5-popup-footer-root', part: 'footer' }, [this._footerSlot]);
    const first = E('span', { class: 'first-fe', tabindex: '0', 'data-ui5-focus-trap': '' });
    const last = E('span', { class: 'last-fe', tabindex: '0', 'data-ui5-focus-trap': '' });
    first.addEventListener('focusin', () => { const f = focusablesIn(this); (f[f.length - 1] || this._root).focus(); });
    last.addEventListener('focusin', () => { const f = focusablesIn(this); (f[0] || this._root).focus(); });
    this._root = E('section', { class: 'ui5-popup-root', part: 'root', tabindex: '-1' }, [first, this._header, this._content, this._footer, last]);
    this._blockLayer = E('div', { class: 'ui5-block-layer', hidden: true, tabindex: '0' });
    this._blockLayer.addEventListener('mousedown', (e) => { e.preventDefault(); });
    this._blockLayer.addEventListener('focus', () => { const f = focusablesIn(this); (f[0] || this._root).focus(); });
    sr.append(this._root, this._blockLayer);
    this._headerSlot.addEventListener('slotchange', () => this.invalidate());
    this._footerSlot.addEventListener('slotchange', () => this.invalidate());
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this._isOpen) { e.preventDefault(); e.stopPropagation(); this.close(true); }
    });
    this._ro = new ResizeObserver(() => { if (this._isOpen) this._position(); });
    this._onResize = () => { if (this._isOpen) this._position(); };
  }
  onEnterDOM() { if (!this.hasAttribute('popover')) this.setAttribute('popover', 'manual'); }
  onExitDOM() {
    if (this._isOpen) {
      this._isOpen = false;
      this._detach();
    }
  }
  get _isModal() { return true; }
  update() {
    this._render();
    if (this.open && !this._isOpen) this._openPopup();
    else if (!this.open && this._isOpen) this._closePopup();
  }
  _render() {
    const hasHeaderSlot = this._headerSlot.assignedNodes().length > 0;
    if (this._headerText.textContent !== this.headerText) this._headerText.textContent = this.headerText;
    const icon = STATE_ICON[this.state];
    attr(this._stateIcon, 'name', icon || null);
    this._stateIcon.hidden = !icon;
    this._headerDefault.hidden = hasHeaderSlot || !this.headerText;
    this._header.hidden = !hasHeaderSlot && !this.headerText;
    this._footer.hidden = this._footerSlot.assignedNodes().length === 0;
    attr(this._root, 'role', this.state === 'Negative' || this.state === 'Critical' ? 'alertdialog' : 'dialog');
    attr(this._root, 'aria-modal', this._isModal ? 'true' : 'false');
    attr(this._root, 'aria-label', this.accessibleName || null);
    attr(this._root, 'aria-labelledby', !this.accessibleName && this.headerText && !hasHeaderSlot ? this._headerText.id : null);
    const colours = { Negative: 'var(--sapNegativeColor)', Critical: 'var(--sapCriticalColor)', Positive: 'var(--sapPositiveColor)', Information: 'var(--sapInformativeColor)' };
    this._header.style.boxShadow = colours[this.state] ? 'inset 0 -.125rem 0 ' + colours[this.state] : '';
    this._stateIcon.style.color = colours[this.state] || '';
  }
  _openPopup() {
    if (!this.isConnected) return;
    if (!this.fire('before-open', {}, true)) { this.open = false; return; }
    this._isOpen = true;
    this._opener = deepActive();
    if (!this.hasAttribute('popover')) this.setAttribute('popover', 'manual');
    try { this.showPopover(); } catch (e) { /* not supported */ }
    if (this._isModal) { this._blockLayer.hidden = false; openModals.push(this); updateScrollBlocker(); }
    this._root.classList.remove('ui5-popup-opening');
    void this._root.offsetWidth;
    this._root.classList.add('ui5-popup-opening');
    this._position();
    this._ro.observe(this._root);
    window.addEventListener('resize', this._onResize);
    this._afterOpen();
    this._applyFocus();
    this.fire('open');
  }
  _afterOpen() {}
  _applyFocus() {
    if (this.preventInitialFocus) return;
    const id = this.initialFocus;
    const target = id ? document.getElementById(id) : null;
    if (target) { target.focus(); return; }
    const f = focusablesIn(this);
    (f[0] || this._root).focus();
  }
  _detach() {
    this._ro.disconnect();
    window.removeEventListener('resize', this._onResize);
    const i = openModals.indexOf(this);
    if (i >= 0) openModals.splice(i, 1);
    updateScrollBlocker();
    this._blockLayer.hidden = true;
  }
  _closePopup() {
    this._isOpen = false;
    this._detach();
    try { this.hidePopover(); } catch (e) { /* already hidden */ }
    this.fire('close');
    const o = this._opener;
    this._opener = null;
    if (!this.preventFocusRestore && o && o.isConnected && o.focus) o.focus();
  }
  close(escPressed) {
    if (!this._isOpen) return;
    if (!this.fire('before-close', { escPressed: !!escPressed }, true)) return;
    this._closePopup();
    this.open = false;
  }
  _position() {
    const w = this.offsetWidth;
    const h = this.offsetHeight;
    this.style.left = Math.max(0, Math.round((window.innerWidth - w) / 2)) + 'px';
    this.style.top = Math.max(0, Math.round((window.innerHeight - h) / 2)) + 'px';
  }
}
class Dialog extends Popup {
  static css = POPUP_CSS + ':host{min-width:20rem;max-width:90vw;max-height:94vh}';
}
define('ui5-dialog', Dialog, { open: false, headerText: '', state: 'None', accessibleName: '', initialFocus: '', preventFocusRestore: false, preventInitialFocus: false, stretch: false });

class Popover extends Popup {
  static css = POPUP_CSS + '.ui5-popup-root{border-radius:var(--sapPopover_BorderCornerRadius);box-shadow:var(--sapContent_Shadow2)}';
  get _isModal() { return this.modal; }
  _afterOpen() {
    this._outside = (e) => {
      const p = e.composedPath();
      if (p.includes(this) || (this.opener && p.includes(this.opener))) return;
      this.close(false);
    };
    this._onScroll = (e) => { if (this._isOpen && !e.composedPath().includes(this)) this._position(); };
    document.addEventListener('mousedown', this._outside, true);
    window.addEventListener('scroll', this._onScroll, true);
  }
  _detach() {
    super._detach();
    if (this._outside) document.removeEventListener('mousedown', this._outside, true);
    if (this._onScroll) window.removeEventListener('scroll', this._onScroll, true);
  }
  openSync() { this.open = true; if (!this._isOpen) this._openPopup(); }
  _position() {
    const op = this.opener;
    if (!op || !op.getBoundingClientRect) return super._position();
    const r = op.getBoundingClientRect();
    const below = window.innerHeight - r.bottom - 8;
    const above = r.top - 8;
    this.style.minWidth = Math.round(r.width) + 'px';
    this.style.maxHeight = Math.max(120, Math.min(Math.max(below, above), window.innerHeight - 16)) + 'px';
    const h = this.offsetHeight;
    const w = this.offsetWidth;
    let top = r.bottom + 4;
    if (h > below && above > below) top = r.top - h - 4;
    let left = r.left;
    if (left + w > window.innerWidth - 4) left = Math.max(4, window.innerWidth - w - 4);
    this.style.left = Math.round(left) + 'px';
    this.style.top = Math.round(Math.max(4, top)) + 'px';
  }
}
define('ui5-popover', Popover, { open: false, headerText: '', accessibleName: '', initialFocus: '', preventFocusRestore: false, preventInitialFocus: false, hideArrow: false, placement: 'Bottom', horizontalAlign: 'Center', modal: false, state: 'None' });
class ResponsivePopover extends Popover {}
define('ui5-responsive-popover', ResponsivePopover, { open: false, headerText: '', accessibleName: '', initialFocus: '', preventFocusRestore: false, preventInitialFocus: false, hideArrow: false, placement: 'Bottom', horizontalAlign: 'Center', modal: false, state: 'None' });

/* ---- ui5-list / ui5-li ---- */
class List extends UI5Element {
  static css = ':host{display:block;max-width:100%;width:100%;font-family:var(--sapFontFamily);font-size:var(--sapFontSize)}' +
    '.ui5-list-root{width:100%;height:100%;position:relative}.ui5-list-scroll-container{overflow:auto;height:100%;max-height:inherit}' +
    '.ui5-list-ul{list-style:none;margin:0;padding:.25rem 0}';
  build() {
    this._ul = E('ul', { class: 'ui5-list-ul', id: this._uid + '-listUl', part: 'list' }, [E('slot')]);
    this.shadowRoot.append(E('div', { class: 'ui5-list-root' }, [E('div', { class: 'ui5-list-scroll-container' }, [this._ul])]));
    this.addEventListener('click', (e) => {
      const li = e.composedPath().find((n) => n.localName === 'ui5-li');
      if (li && li.parentElement === this) this.fire('item-click', { item: li });
    });
  }
  update() {
    attr(this._ul, 'role', this.accessibleRole === 'ListBox' ? 'listbox' : 'list');
    attr(this._ul, 'aria-label', this.accessibleName || null);
  }
}
define('ui5-list', List, { accessibleRole: 'List', accessibleName: '', selectionMode: 'None' });

class ListItem extends UI5Element {
  static css = ':host{display:block;height:2.75rem;background:var(--sapList_Background);color:var(--sapList_TextColor);font-family:var(--sapFontFamily);font-size:var(--sapFontSize)}' +
    '.ui5-li-root{display:flex;align-items:center;height:100%;padding:0 1rem;outline:none;cursor:pointer;position:relative}' +
    '.ui5-li-root:hover{background:var(--sapList_Hover_Background)}' +
    ':host([selected]) .ui5-li-root{background:var(--sapList_SelectionBackgroundColor);box-shadow:inset 0 -.0625rem 0 var(--sapList_SelectionBorderColor)}' +
    '.ui5-li-root:focus::after{content:"";position:absolute;inset:.125rem;border:var(--sapContent_FocusWidth) solid var(--sapContent_FocusColor);border-radius:.25rem;pointer-events:none}' +
    '.ui5-li-content{display:flex;align-items:center;min-width:0;flex:1}.ui5-li-title{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}';
  build() {
    this._li = E('li', { class: 'ui5-li-root ui5-li--focusable', part: 'native-li', tabindex: '-1' }, [
      E('div', { class: 'ui5-li-content' }, [E('span', { class: 'ui5-li-title', part: 'title' }, [E('slot')])]),
    ]);
    this.shadowRoot.append(this._li);
  }
  update() {
    const inListbox = this.parentElement && this.parentElement.accessibleRole === 'ListBox';
    attr(this._li, 'role', inListbox ? 'option' : 'listitem');
    attr(this._li, 'aria-selected', inListbox ? String(this.selected) : null);
    attr(this._li, 'title', this.tooltip || null);
  }
  _focusTarget() { return this._li; }
}
define('ui5-li', ListItem, { selected: false, tooltip: '' });

/* ---- ui5-option (light DOM data only) ---- */
class Option extends UI5Element {
  static css = ':host{display:none}';
  update() {
    const s = this.parentElement;
    if (s && s.invalidate) s.invalidate();
  }
}
define('ui5-option', Option, { value: '', selected: false, disabled: false });

/* ---- ui5-select ---- */
class Select extends UI5Element {
  static opaque = true;
  static css = ':host{display:inline-block;width:var(--_ui5_input_width,13.125rem);height:2.25rem;margin:.1875rem 0;font-family:var(--sapFontFamily);font-size:var(--sapFontSize);color:var(--sapField_TextColor);vertical-align:middle;cursor:pointer}' +
    ':host([disabled]){opacity:.4;pointer-events:none}' +
    '.ui5-select-root{display:flex;align-items:center;height:100%;width:100%;border:1px solid var(--sapField_BorderColor);border-radius:var(--sapField_BorderCornerRadius);background:var(--sapField_Background);outline:none;position:relative;overflow:hidden}' +
    '.ui5-select-root:hover{border-color:var(--sapField_Hover_BorderColor);box-shadow:inset 0 -1px 0 var(--sapField_Hover_BorderColor)}' +
    ':host([focused]) .ui5-select-root{outline:var(--sapContent_FocusWidth) solid var(--sapContent_FocusColor);outline-offset:1px}' +
    '.ui5-select-label-root{flex:1;min-width:0;padding-inline-start:.625rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;user-select:none}' +
    '.inputIcon{width:1rem;height:1rem;padding:.5625rem .625rem;box-sizing:content-box;color:var(--sapContent_IconColor)}' +
    ':host([opened]) .inputIcon{background:var(--sapList_SelectionBackgroundColor);color:var(--sapSelectedColor)}' +
    ':host([value-state="Negative"]) .ui5-select-root{background:var(--sapField_InvalidBackground);border-color:var(--sapField_InvalidColor);box-shadow:inset 0 -1px 0 var(--sapField_InvalidColor)}' +
    '.ui5-select-popover .ui5-list-ul{padding:.25rem 0}';
  build() {
    this._label = E('div', { class: 'ui5-select-label-root', part: 'label' });
    this._arrow = E('ui5-icon', { name: 'slim-arrow-down', class: 'inputIcon', part: 'icon' });
    this._vsText = E('span', { class: 'ui5-hidden-text', id: this._uid + '-valueStateDesc' });
    this._root = E('div', {
      class: 'ui5-select-root ui5-input-focusable-element', id: this._uid + '-select', role: 'combobox',
      'aria-haspopup': 'listbox', 'aria-expanded': 'false', tabindex: '0', 'aria-controls': this._uid + '-popover',
    }, [this._label, this._arrow, this._vsText]);
    this._list = E('ui5-list', { 'accessible-role': 'ListBox', 'selection-mode': 'Single', class: 'ui5-select-list' });
    this._pop = E('ui5-responsive-popover', {
      class: 'ui5-select-popover', id: this._uid + '-popover', 'hide-arrow': true, placement: 'Bottom',
      'horizontal-align': 'Start', 'prevent-initial-focus': true, part: 'popover',
    }, [this._list]);
    this._pop.opener = this._root;
    this.shadowRoot.append(this._root, this._pop);
    this._root.addEventListener('click', () => { if (this._pop._isOpen) this._closeList(); else this._openList(); });
    this._root.addEventListener('focus', () => attr(this, 'focused', true));
    this._root.addEventListener('blur', () => attr(this, 'focused', false));
    this._root.addEventListener('keydown', (e) => this._onKeyClosed(e));
    this._list.addEventListener('keydown', (e) => this._onKeyOpen(e));
    this._list.addEventListener('item-click', (e) => { this._choose(Number(e.detail.item.dataset.index)); this._closeList(); });
    this._pop.addEventListener('close', () => {
      attr(this, 'opened', false);
      this._root.setAttribute('aria-expanded', 'false');
    });
    this._mo = new MutationObserver(() => this.invalidate());
    this._typed = '';
  }
  onEnterDOM() { this._mo.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['selected', 'value', 'disabled'] }); }
  onExitDOM() { this._mo.disconnect(); }
  get options() { return Array.from(this.children).filter((c) => c.localName === 'ui5-option'); }
  get selectedOption() { const o = this.options; return o.find((x) => x.hasAttribute('selected')) || o[0] || null; }
  get value() { const s = this.selectedOption; return s ? (s.getAttribute('value') ?? s.textContent.trim()) : ''; }
  set value(v) { const o = this.options.find((x) => (x.getAttribute('value') ?? x.textContent.trim()) === v); if (o) this._setSelected(o); }
  _setSelected(o) { for (const x of this.options) attr(x, 'selected', x === o); }
  update() {
    const opts = this.options;
    const sel = this.selectedOption;
    this._label.textContent = sel ? sel.textContent.trim() : '';
    attr(this._root, 'aria-label', this.accessibleName || labelTextFor(this) || null);
    attr(this._root, 'aria-required', this.required ? 'true' : null);
    attr(this._root, 'aria-invalid', this.valueState === 'Negative' ? 'true' : null);
    attr(this._root, 'aria-disabled', this.disabled ? 'true' : null);
    attr(this._root, 'tabindex', this.disabled ? '-1' : '0');
    attr(this._root, 'aria-describedby', this.valueState !== 'None' ? this._vsText.id : null);
    this._vsText.textContent = VS_DESC[this.valueState] || '';
    const sig = opts.map((o) => o.textContent.trim() + '\u0001' + (o === sel ? 1 : 0)).join('\u0002');
    if (sig !== this._sig) {
      this._sig = sig;
      this._list.replaceChildren(...opts.map((o, i) => E('ui5-li', { 'data-index': String(i), selected: o === sel, text: o.textContent.trim() })));
    }
  }
  _choose(i) {
    const o = this.options[i];
    if (!o) return;
    const prev = this.selectedOption;
    if (o === prev) return;
    this._setSelected(o);
    this.update();
    if (!this.fire('change', { selectedOption: o }, true)) { this._setSelected(prev); this.update(); }
  }
  _openList() {
    if (this.disabled) return;
    this.update();
    attr(this, 'opened', true);
    this._root.setAttribute('aria-expanded', 'true');
    this._pop.openSync();
    const items = Array.from(this._list.children);
    const cur = items.find((li) => li.hasAttribute('selected')) || items[0];
    if (cur) { cur.focus(); cur.scrollIntoView({ block: 'nearest' }); }
  }
  _closeList() { if (this._pop._isOpen) this._pop.close(false); this._root.focus(); }
  _onKeyClosed(e) {
    const opts = this.options;
    const i = opts.indexOf(this.selectedOption);
    if (e.key === ' ' || e.key === 'Enter' || e.key === 'F4' || (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp'))) {
      e.preventDefault(); this._openList(); return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') { e.preventDefault(); this._choose(Math.min(i + 1, opts.length - 1)); return; }
    if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') { e.preventDefault(); this._choose(Math.max(i - 1, 0)); return; }
    if (e.key === 'Home') { e.preventDefault(); this._choose(0); return; }
    if (e.key === 'End') { e.preventDefault(); this._choose(opts.length - 1); return; }
    if (e.key.length === 1 && !e.ctrlKey && !e.metaKey) {
      clearTimeout(this._typeTimer);
      this._typed += e.key.toLowerCase();
      this._typeTimer = setTimeout(() => { this._typed = ''; }, 1000);
      const start = this._typed.length === 1 ? i + 1 : i;
      for (let k = 0; k < opts.length; k++) {
        const o = opts[(start + k) % opts.length];
        if (o.textContent.trim().toLowerCase().startsWith(this._typed)) { this._choose(opts.indexOf(o)); break; }
      }
    }
  }
  _onKeyOpen(e) {
    const items = Array.from(this._list.children);
    const path = e.composedPath();
    const cur = items.find((li) => path.includes(li));
    let i = items.indexOf(cur);
    if (e.key === 'ArrowDown') i = Math.min(i + 1, items.length - 1);
    else if (e.key === 'ArrowUp') i = Math.max(i - 1, 0);
    else if (e.key === 'Home') i = 0;
    else if (e.key === 'End') i = items.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); e.stopPropagation(); if (cur) this._choose(i); this._closeList(); return; }
    else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); this._closeList(); return; }
    else if (e.key === 'Tab') { this._pop.close(false); return; }
    else return;
    e.preventDefault();
    const n = items[i];
    if (n) { n.focus(); n.scrollIntoView({ block: 'nearest' }); }
  }
  _focusTarget() { return this._root; }
}
define('ui5-select', Select, { disabled: false, required: false, valueState: 'None', accessibleName: '', name: '' });

/* ---- ui5-radio-button ---- */
class RadioButton extends UI5Element {
  static css = ':host{display:inline-block;vertical-align:middle;font-family:var(--sapFontFamily);font-size:var(--sapFontSize);cursor:pointer;max-width:100%}' +
    ':host([disabled]){opacity:.4;cursor:default;pointer-events:none}' +
    '.ui5-radio-root{display:inline-flex;align-items:center;height:2.75rem;width:100%;outline:none;position:relative;border-radius:.5rem;padding-inline-end:.5rem}' +
    '.ui5-radio-root:focus-visible::before{content:"";position:absolute;inset:.25rem 0;border:var(--sapContent_FocusWidth) solid var(--sapContent_FocusColor);border-radius:.5rem;pointer-events:none}' +
    '.ui5-radio-inner{display:flex;align-items:center;justify-content:center;width:2.75rem;height:2.75rem;flex-shrink:0}' +
    '.ui5-radio-svg{width:1.375rem;height:1.375rem;overflow:visible}' +
    '.ui5-radio-svg-outer{fill:var(--sapField_Background);stroke:var(--sapField_BorderColor);stroke-width:1}' +
    '.ui5-radio-svg-inner{fill:none}:host([checked]) .ui5-radio-svg-inner{fill:var(--sapSelectedColor)}:host([checked]) .ui5-radio-svg-outer{stroke:var(--sapSelectedColor)}' +
    '.ui5-radio-root:hover .ui5-radio-svg-outer{stroke:var(--sapField_Hover_BorderColor)}' +
    '.ui5-radio-label{color:var(--sapField_TextColor);cursor:pointer}';
  build() {
    this._label = E('ui5-label', { class: 'ui5-radio-label', id: this._uid + '-label', part: 'label', 'wrapping-type': 'Normal' });
    const inner = E('div', { class: 'ui5-radio-inner' });
    inner.innerHTML = '<svg class="ui5-radio-svg" viewBox="0 0 22 22" focusable="false" aria-hidden="true"><circle part="outer-ring" class="ui5-radio-svg-outer" cx="11" cy="11" r="10.5"></circle><circle part="inner-ring" class="ui5-radio-svg-inner" cx="11" cy="11" r="5"></circle></svg>';
    this._root = E('div', { class: 'ui5-radio-root', part: 'root', role: 'radio', 'aria-labelledby': this._label.id }, [inner, this._label]);
    this.shadowRoot.append(this._root);
    this.addEventListener('click', () => this._select());
    this.addEventListener('keydown', (e) => {
      if (e.key === ' ' || e.key === 'Enter') { e.preventDefault(); this._select(); return; }
      const dir = e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? -1 : 0;
      if (!dir) return;
      e.preventDefault();
      const g = this._group().filter((r) => !r.disabled);
      const n = g[(g.indexOf(this) + dir + g.length) % g.length];
      if (n) { n._select(); n.focus(); }
    });
  }
  _group() {
    if (!this.name) return [this];
    return Array.from(document.querySelectorAll('ui5-radio-button[name="' + CSS.escape(this.name) + '"]'));
  }
  _select() {
    if (this.disabled || this.readonly || this.checked) return;
    const g = this._group();
    for (const r of g) if (r !== this && r.checked) r.checked = false;
    this.checked = true;
    for (const r of g) r.invalidate();
    this.fire('change');
  }
  update() {
    this._label.textContent = this.text;
    this._label.hidden = !this.text;
    attr(this._root, 'aria-checked', String(this.checked));
    attr(this._root, 'aria-disabled', this.disabled ? 'true' : null);
    attr(this._root, 'aria-label', this.accessibleName || null);
    const g = this._group();
    const anyChecked = g.some((r) => r.checked);
    const first = g.find((r) => !r.disabled);
    attr(this._root, 'tabindex', this.disabled ? null : this.checked || (!anyChecked && first === this) ? '0' : '-1');
  }
  _focusTarget() { return this._root; }
}
define('ui5-radio-button', RadioButton, { name: '', text: '', value: '', checked: false, disabled: false, readonly: false, valueState: 'None', accessibleName: '' });

/* ---- ui5-side-navigation and its items ---- */
const SN_ITEM_CSS = ':host{display:block;font-family:var(--sapFontFamily);font-size:var(--sapFontSize)}' +
  '.ui5-sn-list-li{list-style:none;margin:0;padding:0}' +
  '.ui5-sn-item{display:flex;align-items:center;gap:.5rem;min-height:2.5rem;padding:0 .25rem 0 .75rem;margin:.125rem 0;border-radius:.5rem;color:var(--sapList_TextColor);cursor:pointer;outline:none;text-decoration:none;position:relative;user-select:none}' +
  '.ui5-sn-item:hover{background:var(--sapList_Hover_Background)}' +
  '.ui5-sn-item:focus-visible::after{content:"";position:absolute;inset:.0625rem;border:var(--sapContent_FocusWidth) solid var(--sapContent_FocusColor);border-radius:.4375rem;pointer-events:none}' +
  '.ui5-sn-item-selected{background:var(--sapList_SelectionBackgroundColor);color:var(--sapSelectedColor);font-weight:bold;box-shadow:inset 0 0 0 .0625rem var(--sapList_SelectionBorderColor)}' +
  '.ui5-sn-item-selected:hover{background:#dcf1ff}' +
  '.ui5-sn-item-icon{width:1rem;height:1rem;color:inherit}.ui5-sn-item-icon[hidden]{display:none}' +
  '.ui5-sn-item-text{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;padding:.625rem 0}' +
  '.ui5-sn-item-toggle-icon{width:.875rem;height:.875rem;padding:.5625rem;border-radius:.375rem;color:var(--sapContent_IconColor);box-sizing:content-box}' +
  '.ui5-sn-item-toggle-icon:hover{background:var(--sapButton_Hover_Background)}.ui5-sn-item-toggle-icon[hidden]{display:none}' +
  '.ui5-sn-item-ul{margin:0;padding:0;list-style:none}.ui5-sn-item-ul[hidden]{display:none}' +
  '.ui5-sn-item-level2{padding-inline-start:2.75rem}' +
  '.ui5-sn-item-group{min-height:2.25rem;color:var(--sapContent_LabelColor);font-weight:bold;font-size:.875rem}' +
  '.ui5-sn-item-separator{height:.0625rem;background:var(--sapList_BorderColor);margin:.375rem .5rem}';

class SideNavigation extends UI5Element {
  static css = ':host{display:block;height:100%;width:16rem;background:var(--sapList_Background);font-family:var(--sapFontFamily);font-size:var(--sapFontSize);color:var(--sapList_TextColor);box-shadow:var(--sapContent_Shadow0);position:relative;z-index:1}' +
    '.ui5-sn-root{height:100%;display:flex;flex-direction:column;padding:.5rem;overflow:hidden}' +
    '.ui5-sn-list{margin:0;padding:0;list-style:none}.ui5-sn-flexible{flex:1;overflow:auto}' +
    '.ui5-sn-fixed{padding-top:.5rem;border-top:1px solid var(--sapList_BorderColor)}.ui5-sn-fixed[hidden]{display:none}';
  build() {
    this._fixedSlot = E('slot', { name: 'fixedItems' });
    this._fixed = E('ul', { class: 'ui5-sn-list ui5-sn-fixed', role: 'tree', 'aria-roledescription': 'Navigation List Tree' }, [this._fixedSlot]);
    this._flex = E('ul', { class: 'ui5-sn-list ui5-sn-flexible', role: 'tree', 'aria-roledescription': 'Navigation List Tree' }, [E('slot')]);
    this._rootEl = E('div', { class: 'ui5-sn-root', part: 'root', role: 'navigation', 'aria-label': 'Side Navigation' }, [this._flex, this._fixed]);
    this.shadowRoot.append(this._rootEl);
    this._fixedSlot.addEventListener('slotchange', () => { this._fixed.hidden = this._fixedSlot.assignedElements().length === 0; });
    this._fixed.hidden = true;
    this.addEventListener('keydown', (e) => this._onKey(e));
    this.addEventListener('focusin', (e) => {
      const it = this._visible().find((i) => e.composedPath().includes(i._root));
      if (it) this._updateTabIndex(it);
    });
  }
  update() { queueMicrotask(() => this._updateTabIndex()); }
  _allItems() { return Array.from(this.querySelectorAll('ui5-side-navigation-item,ui5-side-navigation-sub-item')); }
  _visible() {
    const out = [];
    const addItem = (it) => {
      if (it.hidden) return;
      out.push(it);
      if (it.expanded) for (const s of it.children) if (s.localName === 'ui5-side-navigation-sub-item' && !s.hidden) out.push(s);
    };
    for (const c of this.children) {
      if (c.localName === 'ui5-side-navigation-group') {
        if (c.hidden) continue;
        out.push(c);
        if (c.expanded) for (const it of c.children) if (it.localName === 'ui5-side-navigation-item') addItem(it);
      } else if (c.localName === 'ui5-side-navigation-item') addItem(c);
    }
    return out.filter((i) => i._root);
  }
  _select(item) {
    if (item.selected) return;
    if (!this.fire('selection-change', { item }, true)) return;
    for (const i of this._allItems()) if (i !== item && i.selected) i.selected = false;
    item.selected = true;
    this._updateTabIndex(item);
  }
  _updateTabIndex(cur) {
    const vis = this._visible();
    if (!cur || !vis.includes(cur)) cur = vis.find((i) => i.selected) || vis[0];
    for (const i of this._allItems().concat(Array.from(this.querySelectorAll('ui5-side-navigation-group')))) {
      if (i._root) attr(i._root, 'tabindex', i === cur ? '0' : '-1');
    }
  }
  _onKey(e) {
    const vis = this._visible();
    const path = e.composedPath();
    const cur = vis.find((i) => path[0] === i._root);
    if (!cur) return;
    const idx = vis.indexOf(cur);
    const go = (n) => { if (n) { e.preventDefault(); this._updateTabIndex(n); n._root.focus(); } };
    const kids = cur._kids ? cur._kids() : [];
    switch (e.key) {
      case 'ArrowDown': go(vis[idx + 1]); break;
      case 'ArrowUp': go(vis[idx - 1]); break;
      case 'Home': go(vis[0]); break;
      case 'End': go(vis[vis.length - 1]); break;
      case 'ArrowRight':
        e.preventDefault();
        if (kids.length && !cur.expanded) cur.expanded = true;
        else if (kids.length) go(kids[0]);
        break;
      case 'ArrowLeft':
        e.preventDefault();
        if (kids.length && cur.expanded) cur.expanded = false;
        else if (cur.parentElement && cur.parentElement !== this && cur.parentElement._root) go(cur.parentElement);
        break;
      case 'Enter':
      case ' ':
        if (e.key === 'Enter' && cur._root.localName === 'a') return;
        e.preventDefault();
        cur._root.click();
        break;
      default:
    }
  }
}
define('ui5-side-navigation', SideNavigation, { collapsed: false });

class SideNavigationItem extends UI5Element {
  static css = SN_ITEM_CSS;
  static level = 1;
  build() {
    this._li = E('li', { class: 'ui5-sn-list-li', role: 'none' });
    this._icon = E('ui5-icon', { class: 'ui5-sn-item-icon' });
    this._text = E('div', { class: 'ui5-sn-item-text' });
    this._toggle = E('ui5-icon', { class: 'ui5-sn-item-toggle-icon' });
    this._ul = E('ul', { class: 'ui5-sn-item-ul', role: 'group' }, [E('slot')]);
    this._li.append(this._ul);
    this.shadowRoot.append(this._li);
    this.shadowRoot.querySelector('slot').addEventListener('slotchange', () => this.invalidate());
  }
  _renderRoot() {
    const tag = this.href ? 'a' : 'div';
    if (this._root && this._root.localName === tag) return;
    const r = E(tag, { class: 'ui5-sn-item', role: 'treeitem', tabindex: '-1', part: 'item' });
    r.append(this._icon, this._text, this._toggle);
    if (this._root) this._root.replaceWith(r);
    else this._li.prepend(r);
    this._root = r;
    r.addEventListener('click', (e) => this._onClick(e));
  }
  _kids() { return Array.from(this.children).filter((c) => c.localName === 'ui5-side-navigation-sub-item' && !c.hidden); }
  _sn() { return this.closest('ui5-side-navigation'); }
  update() {
    this._renderRoot();
    const lvl = this.constructor.level;
    const hasKids = this._kids().length > 0;
    attr(this._root, 'href', this.href || null);
    attr(this._root, 'target', this.href && this.target ? this.target : null);
    this._text.textContent = this.text;
    this._icon.setAttribute('name', this.icon || '');
    this._icon.hidden = !this.icon;
    this._root.className = 'ui5-sn-item ui5-sn-item-level' + lvl + (this.selected ? ' ui5-sn-item-selected' : '') + (hasKids ? ' ui5-sn-item-with-expander' : '');
    attr(this._root, 'aria-expanded', hasKids ? String(this.expanded) : null);
    attr(this._root, 'aria-selected', String(this.selected));
    attr(this._root, 'aria-level', String(lvl));
    attr(this._root, 'aria-disabled', this.disabled ? 'true' : null);
    attr(this._root, 'title', this.tooltip || null);
    this._toggle.hidden = !hasKids;
    this._toggle.setAttribute('name', this.expanded ? 'navigation-down-arrow' : 'navigation-right-arrow');
    attr(this._toggle, 'accessible-name', hasKids ? (this.expanded ? 'Collapse' : 'Expand') : null);
    this._ul.hidden = !hasKids || !this.expanded;
    const sn = this._sn();
    if (sn) sn.invalidate();
  }
  _onClick(e) {
    if (this.disabled) { e.preventDefault(); return; }
    if (e.composedPath().includes(this._toggle)) {
      e.preventDefault();
      e.stopPropagation();
      this.expanded = !this.expanded;
      return;
    }
    const sn = this._sn();
    if (!sn) return;
    if (!this.unselectable) sn._select(this);
    if (this._kids().length && !this.href) this.expanded = true;
  }
  _focusTarget() { return this._root; }
}
define('ui5-side-navigation-item', SideNavigationItem, { text: '', icon: '', href: '', target: '', selected: false, expanded: false, disabled: false, unselectable: false, tooltip: '' });
class SideNavigationSubItem extends SideNavigationItem {
  static level = 2;
  _kids() { return []; }
}
define('ui5-side-navigation-sub-item', SideNavigationSubItem, { text: '', icon: '', href: '', target: '', selected: false, expanded: false, disabled: false, unselectable: false, tooltip: '' });

class SideNavigationGroup extends UI5Element {
  static css = SN_ITEM_CSS;
  build() {
    this._text = E('div', { class: 'ui5-sn-item-text' });
    this._toggle = E('ui5-icon', { class: 'ui5-sn-item-toggle-icon' });
    this._root = E('div', { class: 'ui5-sn-item ui5-sn-item-group', role: 'treeitem', tabindex: '-1', part: 'group' }, [this._text, this._toggle]);
    this._ul = E('ul', { class: 'ui5-sn-item-ul', role: 'group' }, [E('slot')]);
    this.shadowRoot.append(E('li', { class: 'ui5-sn-list-li ui5-sn-list-li-group', role: 'none' }, [E('div', { class: 'ui5-sn-item-separator', role: 'none' }), this._root, this._ul]));
    this._root.addEventListener('click', () => { if (!this.disabled) this.expanded = !this.expanded; });
  }
  _kids() { return Array.from(this.children).filter((c) => c.localName === 'ui5-side-navigation-item' && !c.hidden); }
  update() {
    this._text.textContent = this.text;
    attr(this._root, 'aria-expanded', String(this.expanded));
    attr(this._root, 'aria-level', '1');
    this._toggle.setAttribute('name', this.expanded ? 'navigation-down-arrow' : 'navigation-right-arrow');
    this._ul.hidden = !this.expanded;
    const sn = this.closest('ui5-side-navigation');
    if (sn) sn.invalidate();
  }
  _focusTarget() { return this._root; }
}
define('ui5-side-navigation-group', SideNavigationGroup, { text: '', expanded: false, disabled: false });

/* ---- ui5-toast ---- */
class Toast extends UI5Element {
  static css = ':host{position:fixed;inset:auto;margin:0;padding:0;border:none;background:transparent;overflow:visible;bottom:2rem;left:50%;transform:translateX(-50%);font-family:var(--sapFontFamily);font-size:var(--sapFontSize)}' +
    ':host(:not(:popover-open)){display:none}' +
    '.ui5-toast-root{box-sizing:border-box;max-width:20rem;width:max-content;overflow:hidden;padding:1rem;background:rgba(29,45,62,.9);color:#fff;border-radius:.5rem;box-shadow:var(--sapContent_Shadow2);text-align:center;word-wrap:break-word;line-height:1.4;transition-property:opacity;opacity:1}';
  build() {
    this._root = E('div', { class: 'ui5-toast-root', role: 'alert', part: 'root' }, [E('bdi', null, [E('slot')])]);
    this.shadowRoot.append(this._root);
    this._root.addEventListener('transitionend', () => { if (this._shown && getComputedStyle(this._root).opacity === '0') this._finish(); });
    this._root.addEventListener('mouseover', () => { if (this._shown) { this._root.style.transition = 'none'; this._root.style.opacity = '1'; } });
    this._root.addEventListener('mouseleave', () => { if (this._shown) this._startFade(); });
  }
  onEnterDOM() { if (!this.hasAttribute('popover')) this.setAttribute('popover', 'manual'); }
  update() {
    if (this.open && !this._shown) this._show();
    else if (!this.open && this._shown) this._finish();
  }
  _show() {
    this._shown = true;
    try { this.showPopover(); } catch (e) { /* not supported */ }
    this._startFade();
  }
  _startFade() {
    const d = Math.max(500, this.duration);
    this._root.style.transition = 'none';
    this._root.style.opacity = '1';
    void this._root.offsetWidth;
    this._root.style.transitionProperty = 'opacity';
    this._root.style.transitionDuration = (d > 1000 ? 1000 : d) + 'ms';
    this._root.style.transitionDelay = (d > 1000 ? d - 1000 : 0) + 'ms';
    this._root.style.opacity = '0';
  }
  _finish() {
    if (!this._shown) return;
    this._shown = false;
    try { this.hidePopover(); } catch (e) { /* already hidden */ }
    this.open = false;
    this.fire('close');
  }
}
define('ui5-toast', Toast, { open: false, duration: 3000, placement: 'BottomCenter' });

/* ---- ui5-message-strip ---- */
class MessageStrip extends UI5Element {
  static css = ':host{display:block;width:100%;font-family:var(--sapFontFamily);font-size:var(--sapFontSize)}' +
    '.ui5-message-strip-root{display:flex;align-items:center;width:100%;min-height:2.25rem;padding:.4375rem 2.5rem .4375rem 2.5rem;position:relative;border-radius:.5rem;border:1px solid var(--sapInformationBorderColor);background:var(--sapInformationBackground);color:var(--sapTextColor);line-height:1.4}' +
    ':host([hide-close-button]) .ui5-message-strip-root{padding-inline-end:1rem}:host([hide-icon]) .ui5-message-strip-root{padding-inline-start:1rem}' +
    '.ui5-message-strip-root--negative{background:var(--sapErrorBackground);border-color:var(--sapErrorBorderColor)}' +
    '.ui5-message-strip-root--positive{background:var(--sapSuccessBackground);border-color:var(--sapSuccessBorderColor)}' +
    '.ui5-message-strip-root--critical{background:var(--sapWarningBackground);border-color:var(--sapWarningBorderColor)}' +
    '.ui5-message-strip-icon-wrapper{position:absolute;left:.75rem;top:.625rem;display:flex}.ui5-message-strip-icon{width:1rem;height:1rem;color:var(--sapInformativeColor)}' +
    '.ui5-message-strip-root--negative .ui5-message-strip-icon{color:var(--sapNegativeColor)}.ui5-message-strip-root--positive .ui5-message-strip-icon{color:var(--sapPositiveColor)}' +
    '.ui5-message-strip-root--critical .ui5-message-strip-icon{color:var(--sapCriticalColor)}' +
    '.ui5-message-strip-text{word-break:break-word}' +
    '.ui5-message-strip-close-button{position:absolute;top:.0625rem;right:.125rem;height:2rem;min-width:2rem}';
  build() {
    this._hidden = E('span', { class: 'ui5-hidden-text', id: this._uid + '-hidden' });
    this._icon = E('ui5-icon', { class: 'ui5-message-strip-icon' });
    this._iconWrap = E('div', { class: 'ui5-message-strip-icon-wrapper', 'aria-hidden': 'true' }, [this._icon]);
    this._text = E('span', { class: 'ui5-message-strip-text', id: this._uid + '-content' }, [E('slot')]);
    this._close = E('ui5-button', { class: 'ui5-message-strip-close-button', design: 'Transparent', icon: 'decline', tooltip: 'Close' });
    this._root = E('div', { class: 'ui5-message-strip-root', role: 'note', 'aria-live': 'assertive', part: 'root', 'aria-labelledby': this._hidden.id + ' ' + this._text.id }, [this._hidden, this._iconWrap, this._text, this._close]);
    this.shadowRoot.append(this._root);
    this._close.addEventListener('click', () => this.fire('close'));
  }
  update() {
    const d = this.design;
    const cls = { Negative: 'negative', Positive: 'positive', Critical: 'critical' }[d] || 'information';
    this._root.className = 'ui5-message-strip-root ui5-message-strip-root--' + cls;
    this._hidden.textContent = { Negative: 'Error Information Bar', Positive: 'Success Information Bar', Critical: 'Warning Information Bar' }[d] || 'Information Bar';
    this._icon.setAttribute('name', STATE_ICON[d] || 'information');
    this._iconWrap.hidden = this.hideIcon;
    this._close.hidden = this.hideCloseButton;
  }
}
define('ui5-message-strip', MessageStrip, { design: 'Information', hideCloseButton: false, hideIcon: false });

/* ---- ui5-busy-indicator ---- */
class BusyIndicator extends UI5Element {
  static css = ':host{display:inline-block;position:relative}' +
    '.ui5-busy-indicator-root{position:relative;height:100%;width:100%}' +
    '.ui5-busy-indicator-busy-area{position:absolute;inset:0;z-index:99;display:flex;justify-content:center;align-items:center;flex-direction:column;gap:.5rem;background:rgba(255,255,255,.72);outline:none;border-radius:inherit}' +
    '.ui5-busy-indicator-circles-wrapper{display:flex;gap:.25rem}.ui5-busy-indicator-circle{width:1rem;height:1rem;border-radius:50%;background:var(--sapContent_BusyColor);animation:ui5-busy-grow 1.6s infinite cubic-bezier(.32,.06,.85,1.11)}' +
    '.circle-animation-1{animation-delay:.2s}.circle-animation-2{animation-delay:.4s}' +
    '@keyframes ui5-busy-grow{0%,50%,100%{transform:scale(.5)}25%{transform:scale(1)}}' +
    '.ui5-busy-indicator-text{color:var(--sapContent_LabelColor)}';
  build() {
    this._root = E('div', { class: 'ui5-busy-indicator-root', part: 'root' }, [E('slot')]);
    this.shadowRoot.append(this._root);
    this._keyBlock = (e) => { if (this._area) { e.preventDefault(); e.stopPropagation(); } };
    this.addEventListener('keydown', this._keyBlock, true);
  }
  update() {
    attr(this._root, 'aria-busy', this.active ? 'true' : null);
    if (this.active && !this._timer && !this._area) {
      this._timer = setTimeout(() => { this._timer = null; if (this.active) this._showArea(); }, Math.max(0, this.delay));
    } else if (!this.active) {
      clearTimeout(this._timer);
      this._timer = null;
      if (this._area) { this._area.remove(); this._area = null; attr(this, '_is-busy', false); }
    }
  }
  _showArea() {
    const circles = E('div', { class: 'ui5-busy-indicator-circles-wrapper' }, [0, 1, 2].map((i) => E('div', { class: 'ui5-busy-indicator-circle circle-animation-' + i })));
    this._area = E('div', {
      class: 'ui5-busy-indicator-busy-area', tabindex: '0', role: 'progressbar', 'aria-valuemin': '0',
      'aria-valuemax': '100', 'aria-valuetext': 'Busy', title: 'Please wait', 'data-sap-focus-ref': '',
    }, [circles, this.text ? E('span', { class: 'ui5-busy-indicator-text', text: this.text }) : null]);
    this._root.append(this._area);
    attr(this, '_is-busy', true);
  }
}
define('ui5-busy-indicator', BusyIndicator, { active: false, delay: 1000, size: 'M', text: '' });

/* ---- ui5-shellbar ---- */
class ShellBar extends UI5Element {
  static css = ':host{display:block;width:100%;font-family:var(--sapFontFamily);font-size:var(--sapFontSize);position:relative;z-index:2}' +
    '.ui5-shellbar-root{display:flex;align-items:center;height:3.25rem;padding:0 1rem 0 .5rem;background:var(--sapShellColor);box-shadow:var(--sapContent_HeaderShadow);gap:.5rem}' +
    '.ui5-shellbar-overflow-container{display:flex;align-items:center;height:100%;gap:.5rem;flex-shrink:0}' +
    '.ui5-shellbar-content-items{flex:1;display:flex;align-items:center;gap:.5rem;min-width:0;height:100%}' +
    '.ui5-shellbar-logo{display:flex;align-items:center;padding:.25rem;border-radius:.5rem}' +
    '::slotted([slot="logo"]){max-height:2rem;display:block}' +
    '.ui5-shellbar-title{margin:0;font-size:1rem;font-weight:bold;color:#131e29;white-space:nowrap;display:flex;align-items:baseline;gap:.5rem;font-family:var(--sapFontHeaderFamily)}' +
    '.ui5-shellbar-secondary-title{font-size:.875rem;font-weight:normal;color:var(--sapContent_LabelColor)}';
  build() {
    this._title = E('bdi');
    this._sub = E('span', { class: 'ui5-shellbar-secondary-title', 'data-ui5-stable': 'secondary-title' });
    this.shadowRoot.append(E('header', { class: 'ui5-shellbar-root', part: 'root' }, [
      E('div', { class: 'ui5-shellbar-overflow-container ui5-shellbar-overflow-container-left' }, [
        E('slot', { name: 'startButton' }),
        E('span', { class: 'ui5-shellbar-logo', role: 'img' }, [E('slot', { name: 'logo' })]),
        E('h1', { class: 'ui5-shellbar-title', part: 'title' }, [this._title, this._sub]),
      ]),
      E('div', { class: 'ui5-shellbar-content-items' }, [E('slot', { name: 'content' })]),
      E('div', { class: 'ui5-shellbar-overflow-container ui5-shellbar-overflow-container-right' }, [E('slot'), E('slot', { name: 'profile' })]),
    ]));
  }
  update() {
    this._title.textContent = this.primaryTitle;
    this._sub.textContent = this.secondaryTitle;
    this._sub.hidden = !this.secondaryTitle;
  }
}
define('ui5-shellbar', ShellBar, { primaryTitle: '', secondaryTitle: '' });
class ShellBarSpacer extends UI5Element {
  static css = ':host{display:block;flex-grow:1}';
}
define('ui5-shellbar-spacer', ShellBarSpacer, {});

/* ---- ui5-title, ui5-text ---- */
class Title extends UI5Element {
  static css = ':host{display:block;cursor:text;max-width:100%;color:var(--sapGroup_TitleTextColor);font-family:var(--sapFontHeaderFamily);font-weight:bold}' +
    '.ui5-title-root{margin:0;padding:0;font-size:inherit;font-weight:inherit;font-family:inherit;overflow:hidden;text-overflow:ellipsis}' +
    ':host([size="H1"]){font-size:3rem}:host([size="H2"]){font-size:2rem}:host([size="H3"]){font-size:1.5rem}:host([size="H4"]){font-size:1.25rem}:host([size="H5"]){font-size:1rem}:host([size="H6"]){font-size:.875rem}';
  update() {
    const tag = (this.level || 'H2').toLowerCase();
    if (!this._root || this._root.localName !== tag) {
      const r = E(tag, { class: 'ui5-title-root' }, [E('span', { id: this._uid + '-inner' }, [E('slot')])]);
      if (this._root) this._root.replaceWith(r);
      else this.shadowRoot.append(r);
      this._root = r;
    }
    if (!this.hasAttribute('size')) this.setAttribute('size', this.level || 'H2');
  }
}
define('ui5-title', Title, { level: 'H2', wrappingType: 'Normal' });
class Text extends UI5Element {
  static css = ':host{display:inline-block;font-family:var(--sapFontFamily);font-size:var(--sapFontSize);color:var(--sapTextColor);line-height:normal;white-space:normal;word-wrap:break-word;max-width:100%}';
  build() { this.shadowRoot.append(E('span', null, [E('slot')])); }
}
define('ui5-text', Text, { maxLines: 0 });

/* ---- ui5-panel ---- */
class Panel extends UI5Element {
  static css = ':host{display:block;font-family:var(--sapFontFamily);font-size:var(--sapFontSize);background:var(--sapGroup_ContentBackground);border-radius:var(--sapElement_BorderCornerRadius);box-shadow:var(--sapContent_Shadow0)}' +
    '.ui5-panel-root{height:100%;display:flex;flex-direction:column}' +
    '.ui5-panel-header{display:flex;align-items:center;min-height:2.75rem;padding:0 1rem;box-shadow:inset 0 -1px 0 var(--sapGroup_TitleBorderColor)}' +
    '.ui5-panel-header-title{font-size:1rem;font-weight:bold;color:var(--sapGroup_TitleTextColor);font-family:var(--sapFontHeaderFamily)}' +
    '.ui5-panel-content{padding:.625rem 1rem 1.375rem;flex:1;overflow:auto}';
  build() {
    this._title = E('div', { class: 'ui5-panel-header-title', id: this._uid + '-header-title' });
    this.shadowRoot.append(E('div', { class: 'ui5-panel-root', role: 'form', 'aria-labelledby': this._title.id }, [
      E('div', { class: 'ui5-panel-heading-wrapper', role: 'heading', 'aria-level': '2' }, [
        E('div', { class: 'ui5-panel-header', part: 'header' }, [E('slot', { name: 'header' }, [this._title])]),
      ]),
      E('div', { class: 'ui5-panel-content', part: 'content', role: 'group' }, [E('slot')]),
    ]));
  }
  update() { this._title.textContent = this.headerText; }
}
define('ui5-panel', Panel, { headerText: '', fixed: false, collapsed: false });

/* ---- ui5-card, ui5-card-header ---- */
class Card extends UI5Element {
  static css = ':host{display:inline-block;width:100%;font-family:var(--sapFontFamily);font-size:var(--sapFontSize)}' +
    '.ui5-card-root{width:100%;height:100%;background:var(--sapGroup_ContentBackground);border-radius:var(--sapElement_BorderCornerRadius);box-shadow:var(--sapContent_Shadow0);overflow:hidden;color:var(--sapTextColor)}';
  build() {
    this.shadowRoot.append(E('div', { class: 'ui5-card-root', role: 'region', part: 'root' }, [E('slot', { name: 'header' }), E('div', { role: 'group' }, [E('slot')])]));
  }
}
define('ui5-card', Card, { accessibleName: '' });
class CardHeader extends UI5Element {
  static css = ':host{display:block}.ui5-card-header{display:flex;align-items:center;padding:1rem}.ui5-card-header-text{flex:1}' +
    '.ui5-card-header-title{font-size:1rem;font-weight:bold;color:var(--sapTitleColor);font-family:var(--sapFontHeaderFamily)}.ui5-card-header-subtitle{color:var(--sapContent_LabelColor);margin-top:.25rem}';
  build() {
    this._t = E('div', { class: 'ui5-card-header-title', role: 'heading', 'aria-level': '3', part: 'title' });
    this._s = E('div', { class: 'ui5-card-header-subtitle', part: 'subtitle' });
    this.shadowRoot.append(E('div', { class: 'ui5-card-header', role: 'group', part: 'root' }, [E('div', { class: 'ui5-card-header-text' }, [this._t, this._s])]));
  }
  update() { this._t.textContent = this.titleText; this._s.textContent = this.subtitleText; this._s.hidden = !this.subtitleText; }
}
define('ui5-card-header', CardHeader, { titleText: '', subtitleText: '', additionalText: '' });

/* ---- ui5-bar ---- */
class Bar extends UI5Element {
  static css = ':host{display:block;width:100%;font-family:var(--sapFontFamily);font-size:var(--sapFontSize)}' +
    '.ui5-bar-root{display:flex;align-items:center;justify-content:space-between;height:2.75rem;padding:0 .5rem;gap:.5rem}' +
    ':host([design="Footer"]) .ui5-bar-root{box-shadow:inset 0 1px 0 var(--sapList_BorderColor);height:3rem;padding:0 1rem}' +
    '.ui5-bar-content-container{display:flex;align-items:center;gap:.5rem;min-width:0}.ui5-bar-midcontent-container{flex:1;justify-content:center}';
  build() {
    this._rootEl = E('div', { class: 'ui5-bar-root', part: 'bar' }, [
      E('div', { class: 'ui5-bar-content-container ui5-bar-startcontent-container' }, [E('slot', { name: 'startContent' })]),
      E('div', { class: 'ui5-bar-content-container ui5-bar-midcontent-container' }, [E('slot')]),
      E('div', { class: 'ui5-bar-content-container ui5-bar-endcontent-container' }, [E('slot', { name: 'endContent' })]),
    ]);
    this.shadowRoot.append(this._rootEl);
  }
  update() {
    attr(this._rootEl, 'role', this.design === 'Footer' ? null : 'toolbar');
    attr(this._rootEl, 'aria-label', this.accessibleName || null);
  }
}
define('ui5-bar', Bar, { design: 'Header', accessibleName: '' });

/* ---- ui5-table family (grid + subgrid, as UI5 2) ---- */
class Table extends UI5Element {
  static css = ':host{display:block;font-family:var(--sapFontFamily);font-size:var(--sapFontSize);background:var(--sapList_Background);border-radius:.5rem;overflow:hidden;box-shadow:0 0 0 1px var(--sapList_BorderColor)}' +
    '#table{display:grid;width:100%}';
  build() {
    this._table = E('div', { id: 'table', role: 'grid', part: 'table' }, [E('slot', { name: 'headerRow' }), E('slot')]);
    this.shadowRoot.append(this._table);
    this._mo = new MutationObserver(() => this.invalidate());
  }
  onEnterDOM() { this._mo.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['width'] }); }
  onExitDOM() { this._mo.disconnect(); }
  update() {
    const hdr = this.querySelector('ui5-table-header-row');
    const cells = hdr ? Array.from(hdr.children) : [];
    this._table.style.gridTemplateColumns = cells.map((c) => c.getAttribute('width') || 'minmax(0,1fr)').join(' ') || '1fr';
    attr(this._table, 'aria-colcount', String(cells.length));
    attr(this._table, 'aria-rowcount', String(this.querySelectorAll('ui5-table-row').length + (hdr ? 1 : 0)));
    attr(this._table, 'aria-label', this.accessibleName || null);
  }
}
define('ui5-table', Table, { accessibleName: '' });
class TableRowBase extends UI5Element {
  static css = ':host{display:grid;grid-column:1/-1;grid-template-columns:subgrid;min-height:2.75rem;border-bottom:1px solid var(--sapList_BorderColor);background:var(--sapList_Background)}' +
    ':host([ui5-table-header-row]){background:var(--sapList_HeaderBackground);font-weight:bold;color:var(--sapList_HeaderTextColor);border-bottom-color:var(--sapGroup_TitleBorderColor)}';
  build() { this.shadowRoot.append(E('slot')); }
  onEnterDOM() { this.setAttribute('role', 'row'); }
}
class TableRow extends TableRowBase {}
class TableHeaderRow extends TableRowBase {}
define('ui5-table-row', TableRow, {});
define('ui5-table-header-row', TableHeaderRow, {});
class TableCell extends UI5Element {
  static css = ':host{display:flex;align-items:center;padding:.5rem;min-width:0;overflow:hidden;word-break:break-word}';
  build() { this.shadowRoot.append(E('slot')); }
  onEnterDOM() { this.setAttribute('role', this.localName === 'ui5-table-header-cell' ? 'columnheader' : 'gridcell'); }
}
class TableHeaderCell extends TableCell {}
define('ui5-table-cell', TableCell, {});
define('ui5-table-header-cell', TableHeaderCell, { width: '' });
`;

/* ------------------------------------------------------------------------------------------ */
/* The application (router, views, requests)                                                  */
/* ------------------------------------------------------------------------------------------ */

const APP_JS = String.raw`
const $app = document.getElementById('app');
const LOGO = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#0a2e5c"/><circle cx="32" cy="32" r="24" fill="none" stroke="#f7a21b" stroke-width="3"/><text x="32" y="41" font-family="Arial" font-weight="bold" font-size="24" fill="#fff" text-anchor="middle">e</text></svg>');
let csrf = null;
let layout = null;
let loginDlg = null;
let renderSeq = 0;
class SessionLost extends Error {}

function h(tag, props) {
  const e = document.createElement(tag);
  if (props) for (const k of Object.keys(props)) {
    const v = props[k];
    if (v == null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (let i = 2; i < arguments.length; i++) {
    const kids = [].concat(arguments[i]);
    for (const c of kids) if (c != null && c !== false) e.append(c instanceof Node ? c : String(c));
  }
  return e;
}
function strip(design, text) {
  const s = h('ui5-message-strip', { design }, text);
  s.addEventListener('close', (e) => { if (e.target === s) s.remove(); });
  return s;
}
function toast(text) {
  for (const t of document.querySelectorAll('ui5-toast')) t.remove();
  const t = h('ui5-toast', { duration: '3000', placement: 'BottomCenter' }, text);
  t.addEventListener('close', () => t.remove());
  document.body.append(t);
  t.open = true;
}
function setError(field, text) {
  field.valueState = 'Negative';
  let m = field.querySelector(':scope > [slot="valueStateMessage"]');
  if (!m) { m = h('div', { slot: 'valueStateMessage' }); field.append(m); }
  m.textContent = text;
}
function clearError(field) {
  field.valueState = 'None';
  const m = field.querySelector(':scope > [slot="valueStateMessage"]');
  if (m) m.remove();
}
function watchField(field) {
  field.addEventListener('input', () => { if (field.valueState !== 'None') clearError(field); });
  return field;
}
function passwordInput(id, placeholder, maxlength) {
  const inp = watchField(h('ui5-input', { id, type: 'Password', placeholder, maxlength: maxlength || null, required: true }));
  const icon = h('ui5-icon', { slot: 'icon', name: 'show', mode: 'Interactive', 'accessible-name': 'Show Password', 'show-tooltip': true });
  icon.addEventListener('click', () => {
    const show = inp.type === 'Password';
    inp.type = show ? 'Text' : 'Password';
    icon.name = show ? 'hide' : 'show';
    icon.accessibleName = show ? 'Hide Password' : 'Show Password';
  });
  inp.append(icon);
  return inp;
}

async function fetchToken() {
  const r = await fetch('/api/session', { headers: { 'X-CSRF-Token': 'Fetch', Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' });
  csrf = r.headers.get('x-csrf-token');
  return r.json();
}
async function post(url, body) {
  if (!csrf) await fetchToken();
  const send = () => fetch(url, {
    method: 'POST', credentials: 'same-origin', cache: 'no-store',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrf || '' },
    body: JSON.stringify(body || {}),
  });
  let r = await send();
  if (r.status === 403 && (r.headers.get('x-csrf-token') || '').toLowerCase() === 'required') { await fetchToken(); r = await send(); }
  let data = {};
  try { data = await r.json(); } catch (e) { data = {}; }
  if (r.status === 401) { sessionLost(); throw new SessionLost('session'); }
  return { ok: r.ok, status: r.status, data };
}
function sessionLost() {
  csrf = null;
  for (const d of document.querySelectorAll('ui5-dialog')) d.remove();
  loginDlg = null;
  navigate('/login?session=expired', true);
}
function failed(err, box) {
  if (err instanceof SessionLost) return;
  if (box) box.replaceChildren(strip('Negative', 'The server could not be reached. Please try again.'));
}

function navigate(path, replace) {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  render();
}
window.addEventListener('popstate', () => render());

const PAGES = {
  '/dashboard': { title: 'Dash Board', view: viewDashboard },
  '/api-registration/create-api-user': { title: 'Create API User', view: viewCreateApiUser },
  '/api-registration/freeze-api-user': { title: 'Freeze API User' },
  '/api-registration/change-api-password': { title: 'Change API Password' },
  '/api-registration/ip-whitelisting': { title: 'IP Whitelisting' },
  '/einvoice/generate': { title: 'Generate e-Invoice' },
  '/einvoice/bulk-upload': { title: 'Bulk Upload' },
  '/einvoice/cancel': { title: 'Cancel e-Invoice' },
  '/mis/irn-details': { title: 'IRN Details Report' },
  '/mis/summary': { title: 'Summary Report' },
  '/user-management/create-sub-user': { title: 'Create Sub-User' },
  '/user-management/update-sub-user': { title: 'Update Sub-User' },
};

async function render() {
  const seq = ++renderSeq;
  const p = location.pathname;
  if (p === '/' || p === '/login') {
    viewHome(p === '/login', new URLSearchParams(location.search).get('session') === 'expired');
    return;
  }
  const page = PAGES[p];
  if (!page) { layout = null; $app.replaceChildren(h('div', { class: 'home-main' }, h('ui5-title', { level: 'H2' }, 'Page not found'))); return; }
  let s;
  try { s = await fetchToken(); } catch (e) { return; }
  if (seq !== renderSeq) return;
  if (!s.authenticated) { sessionLost(); return; }
  ensureLayout(s);
  layout.main.replaceChildren();
  (page.view || viewPlaceholder)(layout.main, s, page);
  selectNav(p);
  if (s.showContacts) openContacts(s);
}

/* ---------------- home and login ---------------- */
function viewHome(openLogin, expired) {
  if (!$app.querySelector('.home-page')) {
    layout = null;
    const loginBtn = h('ui5-button', { id: 'btnLogin', class: 'homepageloginbtn', slot: 'content', design: 'Emphasized', icon: 'employee' }, 'Login');
    loginBtn.addEventListener('click', () => navigate('/login'));
    $app.replaceChildren(h('div', { class: 'home-page' },
      h('ui5-shellbar', { 'primary-title': 'e-Invoice System', 'secondary-title': 'Goods and Services Tax' },
        h('img', { slot: 'logo', src: LOGO, alt: 'e-Invoice System' }),
        h('ui5-shellbar-spacer', { slot: 'content' }),
        loginBtn),
      h('main', { class: 'home-main' },
        h('section', { class: 'home-hero' },
          h('h2', null, 'e-Invoice System'),
          h('p', null, 'Register your B2B invoices with the Invoice Registration Portal and obtain the IRN and signed QR code. Taxpayers and their GSPs integrate through the API after creating API users.')),
        h('div', { class: 'card-grid' },
          h('ui5-card', null, h('ui5-card-header', { slot: 'header', 'title-text': 'Announcements', 'subtitle-text': 'Latest updates' }),
            h('div', { class: 'card-body' }, h('ul', null,
              h('li', null, 'Two-factor authentication is mandatory for login from 1st April 2025.'),
              h('li', null, 'OTP is sent by SMS and the Sandes app; the NIC-GST-Shield app can also be used.'),
              h('li', null, 'API users can be created per GSP under API Registration.')))),
          h('ui5-card', null, h('ui5-card-header', { slot: 'header', 'title-text': 'Services', 'subtitle-text': 'After login' }),
            h('div', { class: 'card-body' }, h('ul', null,
              h('li', null, 'Generate and cancel e-Invoices'),
              h('li', null, 'Bulk upload of invoices'),
              h('li', null, 'API Registration for GSPs and ERPs'),
              h('li', null, 'MIS reports')))),
          h('ui5-card', null, h('ui5-card-header', { slot: 'header', 'title-text': 'Help', 'subtitle-text': 'Helpdesk' }),
            h('div', { class: 'card-body' }, 'For help with the e-Invoice System, contact the GST helpdesk. Keep your registered mobile number at hand: OTPs are sent to it.'))))));
  }
  if (openLogin) openLoginDialog(expired);
  else if (loginDlg) { const d = loginDlg; loginDlg = null; d.remove(); }
}

function captchaUrl() { return '/api/captcha?t=' + Date.now() + Math.floor(Math.random() * 1000); }

function openLoginDialog(expired) {
  if (loginDlg && loginDlg.isConnected) {
    if (!loginDlg.open) loginDlg.open = true;
    return;
  }
  const msgs = h('div', { class: 'dlg-messages' });
  if (expired) msgs.append(strip('Critical', 'Your session has expired. Please login again.'));
  const body = h('div', { class: 'dlg-body' });
  const footer = h('ui5-bar', { slot: 'footer', design: 'Footer' });
  const dlg = h('ui5-dialog', { id: 'loginDialog', 'header-text': 'Login', class: 'login-dialog' }, msgs, body, footer);
  loginDlg = dlg;
  let done = false;
  dlg.addEventListener('close', (e) => {
    if (e.target !== dlg) return;
    dlg.remove();
    if (loginDlg === dlg) loginDlg = null;
    if (!done && location.pathname === '/login') navigate('/', true);
  });

  const showLogin = () => {
    dlg.headerText = 'Login';
    const user = watchField(h('ui5-input', { id: 'txtUserName', name: 'UserLogin.UserName', placeholder: 'Enter Username', maxlength: '15', required: true }));
    const pass = passwordInput('txt_password', 'Enter Password');
    const img = h('img', { id: 'captcha_image', src: captchaUrl(), alt: 'Captcha', width: '180', height: '56' });
    const refresh = h('ui5-button', { icon: 'refresh', tooltip: 'Refresh', design: 'Transparent', id: 'btnRefreshCaptcha' });
    refresh.addEventListener('click', () => { img.src = captchaUrl(); });
    const cap = watchField(h('ui5-input', { id: 'CaptchaCode', name: 'CaptchaCode', placeholder: 'Enter the characters shown', maxlength: '5', required: true }));
    body.replaceChildren(
      h('div', { class: 'field' }, h('ui5-label', { for: 'txtUserName', required: true, 'show-colon': true }, 'Username'), user),
      h('div', { class: 'field' }, h('ui5-label', { for: 'txt_password', required: true, 'show-colon': true }, 'Password'), pass),
      h('div', { class: 'captcha-row' }, img, refresh),
      h('div', { class: 'field' }, h('ui5-label', { for: 'CaptchaCode', required: true, 'show-colon': true }, 'Enter Captcha'), cap));
    const loginBtn = h('ui5-button', { slot: 'endContent', design: 'Emphasized', class: 'btnlogin', id: 'btnDoLogin' }, 'Login');
    const cancel = h('ui5-button', { slot: 'endContent', design: 'Transparent' }, 'Cancel');
    footer.replaceChildren(loginBtn, cancel);
    cancel.addEventListener('click', () => dlg.close());
    const submit = async () => {
      let bad = false;
      for (const [f, t] of [[user, 'Enter Username'], [pass, 'Enter Password'], [cap, 'Enter the characters shown in the picture']]) {
        if (!f.value.trim()) { setError(f, t); bad = true; } else clearError(f);
      }
      if (bad) return;
      loginBtn.disabled = true;
      try {
        const r = await post('/api/auth/login', { username: user.value.trim(), password: pass.value, captcha: cap.value.trim() });
        if (r.ok) { msgs.replaceChildren(); showOtp(r.data); return; }
        msgs.replaceChildren(strip('Negative', r.data.message || 'Login failed.'));
        pass.value = '';
        cap.value = '';
        if (r.data.field === 'captcha') setError(cap, 'Invalid Captcha');
        img.src = captchaUrl();
      } catch (err) { failed(err, msgs); } finally { loginBtn.disabled = false; }
    };
    loginBtn.addEventListener('click', submit);
    for (const f of [user, pass, cap]) f.addEventListener('keydown', (e) => { if (e.key === 'Enter') submit(); });
  };

  const showOtp = (data) => {
    dlg.headerText = 'Two-Factor Authentication';
    const otp = watchField(h('ui5-input', { id: 'txtOtp', placeholder: 'Enter OTP', maxlength: '6', required: true }));
    body.replaceChildren(
      strip('Information', data.message || 'An OTP has been sent to your registered mobile number.'),
      h('div', { class: 'field' }, h('ui5-label', { for: 'txtOtp', required: true, 'show-colon': true }, 'Enter OTP'), otp));
    const verify = h('ui5-button', { slot: 'endContent', design: 'Emphasized', id: 'btnVerifyOTP' }, 'Verify OTP');
    const resend = h('ui5-button', { slot: 'endContent', design: 'Transparent', id: 'btnResendOTP' }, 'Resend OTP');
    const cancel = h('ui5-button', { slot: 'endContent', design: 'Transparent' }, 'Cancel');
    footer.replaceChildren(verify, resend, cancel);
    setTimeout(() => otp.focus(), 0);
    cancel.addEventListener('click', async () => {
      try { await post('/api/auth/logout', {}); } catch (e) { /* ignore */ }
      csrf = null;
      dlg.close();
    });
    resend.addEventListener('click', async () => {
      try {
        const r = await post('/api/auth/resend-otp', {});
        msgs.replaceChildren(strip(r.ok ? 'Information' : 'Negative', r.data.message || ''));
      } catch (err) { failed(err, msgs); }
    });
    const submit = async () => {
      if (!otp.value.trim()) { setError(otp, 'Enter OTP'); return; }
      verify.disabled = true;
      try {
        const r = await post('/api/auth/verify-otp', { otp: otp.value.trim() });
        if (r.ok) { done = true; dlg.close(); navigate('/dashboard', true); return; }
        msgs.replaceChildren(strip('Negative', r.data.message || 'Invalid OTP.'));
        otp.value = '';
        setError(otp, 'Invalid OTP');
      } catch (err) { failed(err, msgs); } finally { verify.disabled = false; }
    };
    verify.addEventListener('click', submit);
    otp.addEventListener('keydown', (e) => { if (e.key === 'Enter') submit(); });
  };

  showLogin();
  document.body.append(dlg);
  dlg.setAttribute('initial-focus', 'txtUserName');
  dlg.open = true;
}

/* ---------------- signed-in layout ---------------- */
function navItem(text, icon, route, subs) {
  const it = h('ui5-side-navigation-item', { text, icon, 'data-route': route || null });
  for (const [t, r] of subs || []) it.append(h('ui5-side-navigation-sub-item', { text: t, 'data-route': r }));
  return it;
}
function ensureLayout(s) {
  if (layout && $app.contains(layout.root)) { layout.sub.setAttribute('secondary-title', 'GSTIN: ' + s.gstin); return; }
  const logout = h('ui5-button', { design: 'Transparent', icon: 'log', slot: 'content', id: 'btnLogout' }, 'Logout');
  logout.addEventListener('click', async () => {
    try { await post('/api/auth/logout', {}); } catch (e) { if (e instanceof SessionLost) return; }
    csrf = null;
    navigate('/');
  });
  const shell = h('ui5-shellbar', { 'primary-title': 'e-Invoice System', 'secondary-title': 'GSTIN: ' + s.gstin },
    h('img', { slot: 'logo', src: LOGO, alt: 'e-Invoice System' }),
    h('ui5-shellbar-spacer', { slot: 'content' }),
    h('span', { slot: 'content', class: 'user-chip' }, s.username),
    logout);
  const nav = h('ui5-side-navigation', { 'accessible-name': 'Main menu' },
    navItem('Dash Board', 'home', '/dashboard'),
    navItem('e-Invoice', 'document', null, [['Generate e-Invoice', '/einvoice/generate'], ['Bulk Upload', '/einvoice/bulk-upload'], ['Cancel e-Invoice', '/einvoice/cancel']]),
    navItem('MIS Reports', 'bar-chart', null, [['IRN Details Report', '/mis/irn-details'], ['Summary Report', '/mis/summary']]),
    h('ui5-side-navigation-group', { text: 'API Registration' },
      navItem('User Credentials', 'key', null, [['Create API User', '/api-registration/create-api-user'], ['Freeze API User', '/api-registration/freeze-api-user'], ['Change API Password', '/api-registration/change-api-password']]),
      navItem('IP Whitelisting', 'locked', '/api-registration/ip-whitelisting')),
    navItem('User Management', 'group', null, [['Create Sub-User', '/user-management/create-sub-user'], ['Update Sub-User', '/user-management/update-sub-user']]));
  nav.addEventListener('selection-change', (e) => {
    const r = e.detail.item.getAttribute('data-route');
    if (r && r !== location.pathname) navigate(r);
  });
  const main = h('div', { class: 'app-main', role: 'main' });
  const root = h('div', { class: 'app-shell' }, shell, h('div', { class: 'app-body' }, nav, main));
  $app.replaceChildren(root);
  layout = { root, main, nav, sub: shell };
}
function selectNav(path) {
  const nav = layout.nav;
  const items = nav.querySelectorAll('ui5-side-navigation-item,ui5-side-navigation-sub-item');
  for (const it of items) {
    const on = it.getAttribute('data-route') === path;
    it.selected = on;
    if (on) {
      let p = it.parentElement;
      while (p && p !== nav) { if ('expanded' in p) p.expanded = true; p = p.parentElement; }
    }
  }
}
function openContacts(s) {
  const exit = h('ui5-button', { slot: 'endContent', design: 'Emphasized', id: 'btnContactsExit' }, 'Exit');
  const field = (id, label, value) => h('div', { class: 'field' }, h('ui5-label', { for: id, 'show-colon': true }, label), h('ui5-input', { id, value, readonly: true }));
  const dlg = h('ui5-dialog', { 'header-text': 'Contacts of Technical Person', state: 'Information', 'initial-focus': 'btnContactsExit', class: 'contacts-dialog' },
    h('div', { class: 'dlg-body' },
      h('ui5-text', { class: 'para' }, 'The technical contact below receives alerts about API access and e-Invoice generation for GSTIN ' + s.gstin + '. Keep these details up to date.'),
      field('tcName', 'Name', s.contact.name),
      field('tcMobile', 'Mobile Number', s.contact.mobile),
      field('tcEmail', 'E-mail', s.contact.email)),
    h('ui5-bar', { slot: 'footer', design: 'Footer' }, exit));
  exit.addEventListener('click', () => dlg.close());
  dlg.addEventListener('close', (e) => { if (e.target === dlg) dlg.remove(); });
  document.body.append(dlg);
  dlg.open = true;
}

/* ---------------- signed-in views ---------------- */
function viewDashboard(main, s) {
  const card = (title, sub, n) => h('ui5-card', null, h('ui5-card-header', { slot: 'header', 'title-text': title, 'subtitle-text': sub }), h('div', { class: 'kpi' }, String(n)));
  main.append(
    h('ui5-title', { level: 'H2', class: 'page-title' }, 'Dash Board'),
    h('ui5-text', { class: 'page-sub' }, 'Welcome ' + s.username + ' (GSTIN ' + s.gstin + ')'),
    h('div', { class: 'card-grid' },
      card('Generations', 'e-Invoices generated this month', 128),
      card('Cancelled', 'e-Invoices cancelled this month', 3),
      card('Bulk Uploads', 'Files processed this month', 6)));
}
function viewPlaceholder(main, s, page) {
  main.append(h('div', { class: 'placeholder-page' },
    h('ui5-title', { level: 'H2', class: 'page-title' }, page.title),
    h('ui5-message-strip', { design: 'Information', 'hide-close-button': true }, 'This service is not available at present. Please try again later.')));
}

function regsTable(gstin, regs) {
  const hc = (t, w) => h('ui5-table-header-cell', { width: w }, t);
  const table = h('ui5-table', { 'accessible-name': 'GSPs registered for GSTIN ' + gstin },
    h('ui5-table-header-row', { slot: 'headerRow' }, hc('Sl. No.', '5rem'), hc('GSP Name', 'minmax(0,2fr)'), hc('API User Name', 'minmax(0,1fr)'), hc('Created On', '9rem')));
  regs.forEach((r, i) => table.append(h('ui5-table-row', null,
    h('ui5-table-cell', null, String(i + 1)), h('ui5-table-cell', null, r.gsp), h('ui5-table-cell', null, r.username), h('ui5-table-cell', null, r.createdOn))));
  return h('div', { class: 'regs' }, h('ui5-title', { level: 'H5' }, 'GSPs registered for GSTIN ' + gstin), table);
}

function viewCreateApiUser(main, s) {
  const msgs = h('div', { class: 'messages' });
  const content = h('div', { class: 'panel-inner' });
  const busy = h('ui5-busy-indicator', { class: 'form-busy', size: 'M' }, content);
  main.append(
    h('ui5-title', { level: 'H2', class: 'page-title' }, 'API Registration'),
    h('ui5-panel', { 'header-text': 'Create API User', fixed: true }, busy));
  const run = async (fn) => {
    busy.active = true;
    try { await fn(); } catch (err) { failed(err, msgs); } finally { busy.active = false; }
  };

  const showOtpStep = () => {
    const otp = watchField(h('ui5-input', { id: 'txtApiOtp', placeholder: 'Enter OTP', maxlength: '6', required: true }));
    const send = h('ui5-button', { id: 'btnSendOtp' }, 'Send OTP');
    const verify = h('ui5-button', { id: 'btnVerifyApiOtp', design: 'Emphasized' }, 'Verify OTP');
    content.replaceChildren(
      h('ui5-text', { class: 'para' }, 'An OTP will be sent to the mobile number ' + s.mobile + ' registered for GSTIN ' + s.gstin + '. Click Send OTP, enter the OTP received and click Verify OTP.'),
      h('div', { class: 'form-grid' },
        h('ui5-label', { for: 'txtApiOtp', required: true, 'show-colon': true }, 'Enter OTP'),
        h('div', { class: 'inline' }, otp, send, verify)),
      msgs);
    send.addEventListener('click', () => run(async () => {
      const r = await post('/api/apireg/send-otp', {});
      msgs.replaceChildren(strip(r.ok ? 'Information' : 'Negative', r.data.message || ''));
      if (r.ok) { toast(r.data.message); send.textContent = 'Resend OTP'; otp.focus(); }
    }));
    const submit = () => {
      if (!otp.value.trim()) { setError(otp, 'Enter OTP'); return; }
      run(async () => {
        const r = await post('/api/apireg/verify-otp', { otp: otp.value.trim() });
        if (r.ok) { toast(r.data.message || 'OTP verified successfully'); msgs.replaceChildren(); showForm(r.data); return; }
        msgs.replaceChildren(strip('Negative', r.data.message || 'Invalid OTP.'));
        otp.value = '';
        setError(otp, r.data.message || 'Invalid OTP');
      });
    };
    verify.addEventListener('click', submit);
    otp.addEventListener('keydown', (e) => { if (e.key === 'Enter') submit(); });
  };

  const showForm = (data) => {
    const modes = [['DIRECT', 'Directly'], ['GSP', 'Through GSP'], ['ERP', 'Through ERP'], ['OTHER', 'Through Client-Id of other']];
    const radios = modes.map(([v, t]) => h('ui5-radio-button', { name: 'regMode', value: v, text: t }));
    const sel = h('ui5-select', { id: 'selGsp', required: true },
      h('ui5-option', { value: '', selected: true }, '-- Select --'),
      data.gsps.map((g) => h('ui5-option', { value: g }, g)));
    sel.addEventListener('change', () => clearError(sel));
    const user = watchField(h('ui5-input', { id: 'txtApiUserName', placeholder: 'Enter Username', maxlength: '11', required: true }));
    const pw = passwordInput('txtApiPassword', 'Enter Password', '15');
    const pw2 = passwordInput('txtApiRePassword', 'Re-enter Password', '15');
    const gspFields = h('div', { class: 'form-grid', hidden: true },
      h('ui5-label', { for: 'selGsp', required: true, 'show-colon': true }, 'Select your GSP'), sel,
      h('ui5-label', { for: 'txtApiUserName', required: true, 'show-colon': true }, 'Username'),
      h('div', null, h('div', { class: 'prefixed' }, h('span', { class: 'api-prefix', 'aria-hidden': 'true' }, 'API_'), user),
        h('span', { class: 'hint' }, '4 to 11 letters or digits; the user name will be API_ followed by what you enter.')),
      h('ui5-label', { for: 'txtApiPassword', required: true, 'show-colon': true }, 'Password'),
      h('div', null, pw, h('div', { class: 'hint' }, '8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.')),
      h('ui5-label', { for: 'txtApiRePassword', required: true, 'show-colon': true }, 'Re-enter Password'), pw2);
    const note = h('div', { class: 'messages' });
    const submitBtn = h('ui5-button', { id: 'btnSubmit', design: 'Emphasized' }, 'Submit');
    const exitBtn = h('ui5-button', { id: 'btnExit' }, 'Exit');
    const regsBox = h('div', null, regsTable(data.gstin, data.registrations));
    const mode = () => { const r = radios.find((x) => x.checked); return r ? r.value : ''; };
    for (const r of radios) r.addEventListener('change', () => {
      const m = mode();
      gspFields.hidden = m !== 'GSP';
      note.replaceChildren();
      if (m === 'DIRECT') note.append(strip('Information', 'Direct API access needs a Client-Id and Client-Secret and is available only to taxpayers above the notified turnover limit.'));
      else if (m && m !== 'GSP') note.append(strip('Information', 'Registration through this option is not enabled for your GSTIN.'));
    });
    content.replaceChildren(
      h('div', { class: 'form-grid' },
        h('ui5-label', { id: 'lblRegMode', 'show-colon': true }, 'Do you wish to Register your GSTIN for'),
        h('div', { class: 'radio-group' }, radios)),
      note, gspFields,
      h('div', { class: 'actions' }, submitBtn, exitBtn),
      msgs, regsBox);
    exitBtn.addEventListener('click', () => navigate('/dashboard'));

    const validate = () => {
      let ok = true;
      if (!sel.value) { sel.valueState = 'Negative'; ok = false; } else clearError(sel);
      const u = user.value.trim();
      if (!u) { setError(user, 'Enter Username'); ok = false; }
      else if (!/^[A-Za-z0-9]{4,11}$/.test(u)) { setError(user, 'Username must be 4 to 11 letters or digits (after the prefix API_).'); ok = false; }
      const p = pw.value;
      if (!/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/.test(p)) { setError(pw, 'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.'); ok = false; }
      if (!pw2.value) { setError(pw2, 'Re-enter the Password'); ok = false; }
      else if (pw2.value !== p) { setError(pw2, 'Password and Re-entered Password do not match.'); ok = false; }
      return ok;
    };
    submitBtn.addEventListener('click', () => {
      msgs.replaceChildren();
      const m = mode();
      if (!m) { msgs.append(strip('Negative', 'Please select the option for which you wish to register your GSTIN.')); return; }
      if (m !== 'GSP') { msgs.append(strip('Negative', 'Registration through this option is not enabled for your GSTIN. Please register through GSP.')); return; }
      if (!validate()) { msgs.append(strip('Negative', 'Please correct the highlighted fields.')); return; }
      confirmSubmit('API_' + user.value.trim(), sel.value, data.gstin, () => run(async () => {
        const r = await post('/api/apireg/register', { mode: 'GSP', gsp: sel.value, username: user.value.trim(), password: pw.value, confirmPassword: pw2.value });
        if (r.ok) {
          toast(r.data.message);
          msgs.replaceChildren(strip('Positive', r.data.message + ' Note the user name and password: you will need them for the Authentication API.'));
          regsBox.replaceChildren(regsTable(data.gstin, r.data.registrations));
          user.value = ''; pw.value = ''; pw2.value = '';
          sel.value = '';
          return;
        }
        if (r.status === 403 && r.data.code === 'OTP_NOT_VERIFIED') {
          showOtpStep();
          msgs.replaceChildren(strip('Negative', r.data.message));
          return;
        }
        toast(r.data.message || 'Registration failed.');
        msgs.replaceChildren(strip('Negative', r.data.message || 'Registration failed.'));
        if (r.data.code === 'USERNAME_TAKEN') setError(user, r.data.message);
        if (r.data.code === 'DUPLICATE') sel.valueState = 'Negative';
      }));
    });
  };
  showOtpStep();
}

function confirmSubmit(username, gsp, gstin, onYes) {
  const yes = h('ui5-button', { slot: 'endContent', design: 'Emphasized', id: 'btnConfirmSubmit' }, 'Submit');
  const no = h('ui5-button', { slot: 'endContent', design: 'Transparent', id: 'btnConfirmCancel' }, 'Cancel');
  const dlg = h('ui5-dialog', { 'header-text': 'Confirmation', class: 'confirm-dialog' },
    h('div', { class: 'dlg-body' }, h('ui5-text', null, 'Do you want to create the API user ' + username + ' for GSP ' + gsp + ' for GSTIN ' + gstin + '?')),
    h('ui5-bar', { slot: 'footer', design: 'Footer' }, yes, no));
  let chosen = false;
  yes.addEventListener('click', () => { chosen = true; dlg.close(); });
  no.addEventListener('click', () => dlg.close());
  dlg.addEventListener('close', (e) => {
    if (e.target !== dlg) return;
    dlg.remove();
    if (chosen) onYes();
  });
  document.body.append(dlg);
  dlg.open = true;
}

render();
`;

/* ------------------------------------------------------------------------------------------ */
/* The server                                                                                 */
/* ------------------------------------------------------------------------------------------ */

const JS_BUNDLE = `${RUNTIME_JS}\n${APP_JS}`;
const hashOf = (s: string): string => createHash('sha256').update(s).digest('base64url').slice(0, 8);
const JS_PATH = `/assets/index-${hashOf(JS_BUNDLE)}.js`;
const CSS_PATH = `/assets/index-${hashOf(APP_CSS)}.css`;
const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'%3E%3Ccircle cx='32' cy='32' r='30' fill='%230a2e5c'/%3E%3Ctext x='32' y='42' font-family='Arial' font-weight='bold' font-size='28' fill='%23fff' text-anchor='middle'%3Ee%3C/text%3E%3C/svg%3E";

const HTML = `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>e-Invoice System</title>
<link rel="icon" type="image/svg+xml" href="${FAVICON}">
<script type="module" crossorigin src="${JS_PATH}"></script>
<link rel="stylesheet" crossorigin href="${CSS_PATH}">
</head>
<body>
<div id="app"></div>
<noscript>You need to enable JavaScript to run this app.</noscript>
</body>
</html>
`;

const PUBLIC_PAGES = new Set(['/', '/login']);
const PRIVATE_PAGES = new Set([
  '/dashboard',
  '/api-registration/create-api-user',
  '/api-registration/freeze-api-user',
  '/api-registration/change-api-password',
  '/api-registration/ip-whitelisting',
  '/einvoice/generate',
  '/einvoice/bulk-upload',
  '/einvoice/cancel',
  '/mis/irn-details',
  '/mis/summary',
  '/user-management/create-sub-user',
  '/user-management/update-sub-user',
]);
const STAGE_OF_PATH: Record<string, Ui5R25Expiry> = {
  '/api/apireg/send-otp': 'api-otp-send',
  '/api/apireg/verify-otp': 'api-otp-verify',
  '/api/apireg/register': 'submit',
};
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USERNAME_RULE = /^[A-Za-z0-9]{4,11}$/;

interface Session {
  id: string;
  csrf: string;
  stage: 'anon' | 'otp' | 'in';
  lastSeen: number;
  contactsPending: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
}
interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  createdOn: string;
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function today(): string {
  const d = new Date();
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 64 * 1024) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function startUi5R25Rendition(options: Ui5R25Options = {}): Promise<Ui5R25Rendition> {
  const state: Ui5R25State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** Registrations made before this server started (not part of state.users). */
  const seeded: Registration[] = [
    { gstin: state.gstin, gsp: 'TERA SOFTWARE LIMITED', username: 'API_aapfu0939', createdOn: '14/11/2020' },
  ];
  const contact = { name: 'Rahul Deshpande', mobile: '98XXXXXX21', email: 'it.support@ganeshtraders.in' };
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();
  let expireFired = false;

  const registrations = (): Registration[] => [
    ...seeded.filter((r) => r.gstin === state.gstin),
    ...state.users
      .filter((u) => u.gstin === state.gstin)
      .map((u) => ({ gstin: u.gstin, gsp: u.gsp, username: u.username, createdOn: u.createdOn })),
  ];

  const getSession = (req: IncomingMessage): Session | undefined => {
    const id = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    if (!id) return undefined;
    const s = sessions.get(id);
    if (!s) return undefined;
    if (Date.now() - s.lastSeen > IDLE_MS) {
      sessions.delete(id);
      return undefined;
    }
    s.lastSeen = Date.now();
    return s;
  };
  const newSession = (res: ServerResponse): Session => {
    const s: Session = {
      id: randomBytes(18).toString('base64url'),
      csrf: randomBytes(18).toString('base64url'),
      stage: 'anon',
      lastSeen: Date.now(),
      contactsPending: false,
      apiOtpSent: false,
      apiOtpVerified: false,
    };
    sessions.set(s.id, s);
    res.setHeader('Set-Cookie', `${SESSION_COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Lax`);
    return s;
  };

  const send = (
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    headers: Record<string, string> = {},
  ): void => {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': String(Buffer.byteLength(body)),
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    });
    res.end(body);
  };
  const json = (
    res: ServerResponse,
    status: number,
    obj: unknown,
    headers: Record<string, string> = {},
  ): void =>
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(obj), {
      'Cache-Control': 'no-store',
      ...headers,
    });
  const lost = (res: ServerResponse): void =>
    json(
      res,
      401,
      { error: 'SESSION_EXPIRED', message: 'Your session has expired. Please login again.' },
      { 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` },
    );

  const sessionInfo = (s: Session): Record<string, unknown> => {
    const showContacts = s.stage === 'in' && s.contactsPending;
    if (showContacts) s.contactsPending = false;
    return {
      authenticated: s.stage === 'in',
      stage: s.stage,
      username: s.stage === 'in' ? UI5_R25_LOGIN.username : null,
      gstin: s.stage === 'in' ? state.gstin : null,
      mobile: s.stage === 'in' ? MOBILE_MASKED : null,
      contact: s.stage === 'in' ? contact : null,
      showContacts,
    };
  };

  const api = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    let s = getSession(req);
    const stage = STAGE_OF_PATH[path];
    await sleep(80 + Math.floor(Math.random() * 120));
    if (stage && options.expireOnce === stage && !expireFired) {
      expireFired = true;
      if (s) sessions.delete(s.id);
      state.expired.push(stage);
      await readBody(req).catch(() => '');
      lost(res);
      return;
    }
    if (!s) {
      await readBody(req).catch(() => '');
      lost(res);
      return;
    }
    const token = req.headers['x-csrf-token'];
    if (token !== s.csrf) {
      await readBody(req).catch(() => '');
      json(
        res,
        403,
        { error: 'CSRF_TOKEN_INVALID', message: 'CSRF token validation failed' },
        { 'x-csrf-token': 'Required' },
      );
      return;
    }
    let body: Record<string, unknown> = {};
    try {
      const raw = await readBody(req);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
    } catch {
      json(res, 400, { message: 'The request could not be read.' });
      return;
    }

    switch (path) {
      case '/api/auth/login': {
        const username = str(body.username).trim();
        const password = str(body.password);
        const captcha = str(body.captcha).trim();
        s.stage = 'anon';
        if (!username || !password || !captcha) {
          json(res, 400, { code: 'MISSING', message: 'Please enter Username, Password and Captcha.' });
          return;
        }
        if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
          state.refusals.push('captcha');
          json(res, 400, {
            code: 'INVALID_CAPTCHA',
            field: 'captcha',
            message: 'Invalid Captcha. Please enter the characters shown in the picture.',
          });
          return;
        }
        if (
          username.toLowerCase() !== UI5_R25_LOGIN.username.toLowerCase() ||
          password !== UI5_R25_LOGIN.password
        ) {
          state.refusals.push('login');
          json(res, 400, {
            code: 'INVALID_LOGIN',
            message: 'Invalid Login Credentials. Please check your Username and Password.',
          });
          return;
        }
        s.stage = 'otp';
        json(res, 200, {
          otpSentTo: MOBILE_MASKED,
          message: `An OTP has been sent to your registered mobile number ${MOBILE_MASKED} by SMS and the Sandes app. You may also use the OTP shown in the NIC-GST-Shield app.`,
        });
        return;
      }
      case '/api/auth/resend-otp': {
        if (s.stage !== 'otp') return lost(res);
        json(res, 200, {
          message: `The OTP has been sent again to your registered mobile number ${MOBILE_MASKED}.`,
        });
        return;
      }
      case '/api/auth/verify-otp': {
        if (s.stage !== 'otp') return lost(res);
        if (str(body.otp).trim() !== state.loginOtp) {
          state.refusals.push('login-otp');
          json(res, 400, {
            code: 'INVALID_OTP',
            message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
          });
          return;
        }
        s.stage = 'in';
        s.contactsPending = true;
        s.apiOtpSent = false;
        s.apiOtpVerified = false;
        json(res, 200, { redirect: '/dashboard' });
        return;
      }
      case '/api/auth/logout': {
        sessions.delete(s.id);
        s = undefined;
        json(
          res,
          200,
          { ok: true },
          { 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` },
        );
        return;
      }
      default:
    }

    if (!path.startsWith('/api/apireg/')) {
      json(res, 404, { message: 'Not found' });
      return;
    }
    if (s.stage !== 'in') return lost(res);

    switch (path) {
      case '/api/apireg/send-otp': {
        s.apiOtpSent = true;
        s.apiOtpVerified = false;
        json(res, 200, {
          message: `OTP has been sent to your registered mobile number ${MOBILE_MASKED}. It is valid for 10 minutes.`,
        });
        return;
      }
      case '/api/apireg/verify-otp': {
        if (!s.apiOtpSent) {
          json(res, 400, {
            code: 'OTP_NOT_SENT',
            message: 'Please click on Send OTP to receive the OTP on your registered mobile number.',
          });
          return;
        }
        if (str(body.otp).trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          json(res, 400, {
            code: 'INVALID_OTP',
            message: 'Invalid OTP. Please enter the OTP sent to your registered mobile number.',
          });
          return;
        }
        s.apiOtpVerified = true;
        json(res, 200, {
          message: 'OTP verified successfully.',
          gstin: state.gstin,
          gsps: GSPS,
          registrations: registrations(),
        });
        return;
      }
      case '/api/apireg/register': {
        if (!s.apiOtpVerified) {
          json(res, 403, {
            code: 'OTP_NOT_VERIFIED',
            message: 'Please verify the OTP before creating the API user.',
          });
          return;
        }
        const mode = str(body.mode);
        const gsp = str(body.gsp);
        const suffix = str(body.username).trim();
        const password = str(body.password);
        const confirm = str(body.confirmPassword);
        if (mode !== 'GSP') {
          json(res, 400, {
            code: 'MODE',
            message: 'Registration through this option is not enabled for your GSTIN.',
          });
          return;
        }
        if (!GSPS.includes(gsp)) {
          json(res, 400, { code: 'GSP', message: 'Please select your GSP.' });
          return;
        }
        if (!USERNAME_RULE.test(suffix)) {
          json(res, 400, {
            code: 'USERNAME',
            message: 'Username must be 4 to 11 letters or digits (after the prefix API_).',
          });
          return;
        }
        if (!PASSWORD_RULE.test(password)) {
          json(res, 400, {
            code: 'PASSWORD',
            message:
              'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
          });
          return;
        }
        if (password !== confirm) {
          json(res, 400, { code: 'CONFIRM', message: 'Password and Re-entered Password do not match.' });
          return;
        }
        const username = `API_${suffix}`;
        const all = registrations();
        if (all.some((r) => r.gsp === gsp)) {
          state.refusals.push('duplicate');
          json(res, 409, {
            code: 'DUPLICATE',
            message: `GSTIN ${state.gstin} is already registered with ${gsp}. Please select another GSP.`,
          });
          return;
        }
        const taken = [...seeded, ...state.users].some(
          (r) => r.username.toLowerCase() === username.toLowerCase(),
        );
        if (taken) {
          state.refusals.push('username-taken');
          json(res, 409, {
            code: 'USERNAME_TAKEN',
            message: `User name ${username} is already in use. Please choose another user name.`,
          });
          return;
        }
        state.users.push({ gstin: state.gstin, gsp, username, password, createdOn: today() });
        json(res, 200, {
          message: `API user ${username} has been created successfully for ${gsp}.`,
          username,
          registrations: registrations(),
        });
        return;
      }
      default:
        json(res, 404, { message: 'Not found' });
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (method === 'GET' && path === JS_PATH) {
      send(res, 200, 'text/javascript; charset=utf-8', JS_BUNDLE, {
        'Cache-Control': 'public, max-age=31536000, immutable',
      });
      return;
    }
    if (method === 'GET' && path === CSS_PATH) {
      send(res, 200, 'text/css; charset=utf-8', APP_CSS, {
        'Cache-Control': 'public, max-age=31536000, immutable',
      });
      return;
    }
    if (method === 'GET' && path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (method === 'GET' && path === '/api/captcha') {
      if (!getSession(req)) newSession(res);
      send(res, 200, 'image/svg+xml', captchaSvg(state.captcha), { 'Cache-Control': 'no-store' });
      return;
    }
    if (method === 'GET' && path === '/api/session') {
      const s = getSession(req) ?? newSession(res);
      const wantsToken = String(req.headers['x-csrf-token'] ?? '').toLowerCase() === 'fetch';
      json(res, 200, sessionInfo(s), wantsToken ? { 'x-csrf-token': s.csrf } : {});
      return;
    }
    if (method === 'POST' && path.startsWith('/api/')) {
      await api(req, res, path);
      return;
    }
    if (path.startsWith('/api/')) {
      json(res, 405, { message: 'Method not allowed' });
      return;
    }
    if (method === 'GET' || method === 'HEAD') {
      const s = getSession(req);
      if (PUBLIC_PAGES.has(path)) {
        if (s && s.stage === 'in') {
          res.writeHead(302, { Location: '/dashboard', 'Cache-Control': 'no-store' });
          res.end();
          return;
        }
        if (!s) newSession(res);
        send(res, 200, 'text/html; charset=utf-8', HTML, { 'Cache-Control': 'no-store' });
        return;
      }
      if (PRIVATE_PAGES.has(path)) {
        if (s?.stage !== 'in') {
          res.writeHead(302, { Location: '/login?session=expired', 'Cache-Control': 'no-store' });
          res.end();
          return;
        }
        send(res, 200, 'text/html; charset=utf-8', HTML, { 'Cache-Control': 'no-store' });
        return;
      }
    }
    send(
      res,
      404,
      'text/html; charset=utf-8',
      '<!DOCTYPE html><title>404 Not Found</title><h1>404 Not Found</h1>',
    );
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal Server Error');
      else res.end();
    });
  });
  server.on('connection', (sock: Socket) => {
    sockets.add(sock);
    sock.on('close', () => sockets.delete(sock));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

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
