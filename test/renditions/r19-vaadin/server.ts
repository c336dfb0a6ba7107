/**
 * Rendition r19-vaadin: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2019-2024 Java portal on Vaadin Flow 14-24
 * (Lumo theme) would draw it: every widget is a web component with an open shadow root, whose real
 * <input>/<label> are light-DOM children slotted in (`input-vaadin-text-field-3`), overlays (combo-box
 * dropdown, dialogs, confirm dialog) are appended to <body> when they open, notifications are cards in a
 * `vaadin-notification-container` at the end of <body>, the grid's cells are light-DOM
 * `vaadin-grid-cell-content` slotted into the shadow `table#table`, and the menu is a `vaadin-side-nav`
 * inside a `vaadin-app-layout` drawer. No Vaadin code is used: a small hand-written runtime of custom
 * elements (adopted constructable stylesheets, Lumo custom properties and animations) reproduces the DOM
 * and behaviour. Instead of Flow's UIDL, the runtime calls small JSON endpoints (`/connect/...`).
 *
 * Choices made where the docs are silent:
 * - URLs: `/` is a public landing view with a 'Login' vaadin-button in the navbar; `/login` is a Spring
 *   Security style login view holding a `vaadin-login-form`-like card (Username, Password, the captcha
 *   picture `img[alt=captcha]` from `/VAADIN/dynamic/captcha?ts=...`, 'Enter captcha', 'Log in') that
 *   POSTs a native form to `/login`; failures come back as `/login?error` (credentials) or
 *   `/login?error=captcha`, shown in the form's red `div[part=error-message]` region (and, for the captcha,
 *   as the captcha field's own `invalid` error message). Captcha first, then username/password.
 * - 2FA: `/otp` 'Two-Step Verification', field 'One-time password', button 'Verify' (Enter works);
 *   wrong: the field turns `invalid` with 'Invalid OTP. Please try again.'.
 * - `/dashboard` ('Dash Board', cards Generations / Cancelled) opens, on the first visit of a session,
 *   the modal vaadin-dialog 'Contacts of Technical Person' (Name, Mobile Number, Email ID; 'Update' and
 *   'Close'; Esc closes, an outside click does not). While a modal overlay is open, <body> has
 *   `pointer-events: none` as Vaadin's overlays do.
 * - Menu (vaadin-side-nav): Dash Board; e-Invoice (Generate IRN, Cancel IRN, Bulk Upload); API
 *   Registration (User Credentials (Create API User, Change API Password), IP Whitelisting, Freeze API
 *   User); MIS Reports (Summary Report, Detailed Report); User Management (Create Sub User). Items that
 *   have children but no path only expand by their shadow `button[part=toggle-button]` ('Toggle child
 *   items'); a click on their label does nothing (Vaadin 24.0-24.3 behaviour). Leaves are page loads.
 * - Create API User (`/api-registration/user-credentials/create-api-user`): a panel 'API Registration'
 *   with 'Send OTP'; then 'Enter OTP' (vaadin-password-field) and 'Verify OTP'. Wrong OTP: error
 *   notification 'Invalid OTP' (3 s), the field emptied. Then the form: vaadin-radio-group 'Do you wish
 *   to Register your GSTIN for' (Directly / Through GSP, nothing preselected, values "1"/"2"), the
 *   combo box 'Select your GSP' (hidden until Through GSP; 25 names, filtered by "contains" as you type,
 *   its overlay appended to <body>), 'User Name' with a `div[slot=prefix]` 'API_' (a typed leading
 *   'API_' is not doubled; 4-20 letters, digits or '_'), 'Password' and 'Confirm Password' (8-15
 *   characters, upper, lower, digit, special), 'Submit' (primary) and 'Exit'. Submit opens the
 *   `vaadin-confirm-dialog-overlay` 'Confirm' / 'Create the API user?' with 'Confirm' and 'Cancel'.
 * - Verdicts: notifications (`vaadin-notification-card[theme=success|error]`, 3 s), plus a lasting
 *   success paragraph and a new row in the vaadin-grid 'GSPs registered for GSTIN <gstin>' (seeded with
 *   one older registration with Tera Software Limited, not in `state.users`). Duplicate GSTIN+GSP and a
 *   taken username (API_admin, API_test, API_demo or any on file) are refused by an error notification and
 *   the field's error message.
 * - Sessions: cookie `JSESSIONID` (HttpOnly). A page GET without a live session redirects to `/login`, or
 *   to `/login?expired` when the cookie names a dead session. A fetch without one gets 401; the runtime
 *   shows Vaadin's 'Session Expired. Take note of any unsaved data, and click here or press ESC key to
 *   continue.' card and after 1 s goes to `/login?expired` ('Your session has expired. Please log in
 *   again.'). expireOnce deletes the session at the first request of that stage (send OTP, verify OTP,
 *   the confirmed Submit), which then answers 401.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type VaadinR19Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface VaadinR19Options {
  expireOnce?: VaadinR19Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface VaadinR19State {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: { gstin: string; gsp: string; username: string; password: string; createdOn: string }[];
  refusals: string[];
  expired: string[];
}
export interface VaadinR19Rendition {
  url: string;
  close(): Promise<void>;
  state: VaadinR19State;
}
export const VAADIN_R19_LOGIN: { username: string; password: string } = {
  username: 'vaadinpune27',
  password: 'Lumo@Flow24',
};

const MOBILE = 'XXXXXX7310';

const GSPS: string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Botree Software International Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Jio Platforms Limited',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'Masters India Private Limited',
  'Mastek Limited',
  'Reliance Corporate IT Park Limited',
  'SAG Infotech Private Limited',
  'Seshaasai Business Forms Private Limited',
  'Sify Technologies Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
  'Zoho Corporation Private Limited',
];

const TAKEN_USERNAMES = ['API_ADMIN', 'API_TEST', 'API_DEMO'];

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'in';
  csrf: string;
  contactShown: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  contact: { name: string; mobile: string; email: string };
}

interface Row {
  gsp: string;
  username: string;
  createdOn: string;
  status: string;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON for an inline <script>: nothing in it can close the script element. */
function jsonInline(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

function today(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** The captcha as an SVG picture: the characters in <text> with fresh noise on every request. */
function captchaSvg(answer: string): string {
  const rnd = (n: number) => Math.floor(Math.random() * n);
  const chars = [...answer]
    .map((ch, i) => {
      const x = 18 + i * 26 + rnd(5);
      const y = 34 + rnd(8);
      const rot = rnd(36) - 18;
      const fill = ['#1b3f8b', '#7a1f5c', '#23633a', '#8a4b08', '#333'][rnd(5)];
      return `<text x="${x}" y="${y}" transform="rotate(${rot} ${x} ${y})" font-family="Georgia,serif" font-size="28" font-weight="bold" fill="${fill}">${esc(ch)}</text>`;
    })
    .join('');
  let noise = '';
  for (let i = 0; i < 7; i++) {
    noise += `<line x1="${rnd(160)}" y1="${rnd(50)}" x2="${rnd(160)}" y2="${rnd(50)}" stroke="#${(0x888888 + rnd(0x555555)).toString(16).slice(0, 6)}" stroke-width="1.2"/>`;
  }
  for (let i = 0; i < 40; i++) {
    noise += `<circle cx="${rnd(160)}" cy="${rnd(50)}" r="1" fill="#999"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="50" viewBox="0 0 160 50"><rect width="160" height="50" fill="#eef2f7"/>${noise}${chars}</svg>`;
}

/** Lumo's global custom properties and the light-DOM styles a Flow app's `styles.css` holds. */
const DOC_CSS = `
html{--lumo-font-family:-apple-system,BlinkMacSystemFont,"Roboto","Segoe UI",Helvetica,Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji";
--lumo-font-size-xxs:.75rem;--lumo-font-size-xs:.8125rem;--lumo-font-size-s:.875rem;--lumo-font-size-m:1rem;--lumo-font-size-l:1.125rem;--lumo-font-size-xl:1.375rem;--lumo-font-size-xxl:1.75rem;
--lumo-line-height-xs:1.25;--lumo-line-height-s:1.375;--lumo-line-height-m:1.625;
--lumo-size-xs:1.625rem;--lumo-size-s:1.875rem;--lumo-size-m:2.25rem;--lumo-size-l:2.75rem;--lumo-size-xl:3.5rem;
--lumo-space-xs:.25rem;--lumo-space-s:.5rem;--lumo-space-m:1rem;--lumo-space-l:1.5rem;--lumo-space-xl:2.5rem;
--lumo-border-radius-s:.25em;--lumo-border-radius-m:.25em;--lumo-border-radius-l:.5em;
--lumo-base-color:#fff;--lumo-tint-5pct:hsla(0,0%,100%,.3);
--lumo-shade-5pct:hsla(214,61%,25%,.05);--lumo-shade-10pct:hsla(214,57%,24%,.1);--lumo-shade-20pct:hsla(214,53%,23%,.16);--lumo-shade-50pct:hsla(214,45%,20%,.52);
--lumo-contrast-5pct:hsla(214,61%,25%,.05);--lumo-contrast-10pct:hsla(214,57%,24%,.1);--lumo-contrast-20pct:hsla(214,53%,23%,.16);--lumo-contrast-30pct:hsla(214,50%,22%,.26);--lumo-contrast-50pct:hsla(214,45%,20%,.52);--lumo-contrast-60pct:hsla(214,43%,19%,.61);--lumo-contrast-70pct:hsla(214,42%,18%,.69);--lumo-contrast-90pct:hsla(214,40%,16%,.94);--lumo-contrast:hsl(214,35%,15%);
--lumo-primary-color:hsl(214,90%,52%);--lumo-primary-color-50pct:hsla(214,90%,52%,.5);--lumo-primary-color-10pct:hsla(214,90%,52%,.1);--lumo-primary-text-color:hsl(214,90%,43%);--lumo-primary-contrast-color:#fff;
--lumo-error-color:hsl(3,85%,48%);--lumo-error-color-10pct:hsla(3,85%,49%,.1);--lumo-error-color-50pct:hsla(3,85%,49%,.5);--lumo-error-text-color:hsl(3,89%,42%);--lumo-error-contrast-color:#fff;
--lumo-success-color:hsl(145,72%,30%);--lumo-success-color-10pct:hsla(145,72%,31%,.1);--lumo-success-text-color:hsl(145,85%,25%);--lumo-success-contrast-color:#fff;
--lumo-header-text-color:hsl(214,35%,15%);--lumo-body-text-color:hsla(214,40%,16%,.94);--lumo-secondary-text-color:hsla(214,42%,18%,.69);--lumo-tertiary-text-color:hsla(214,45%,20%,.52);--lumo-disabled-text-color:hsla(214,50%,22%,.26);
--lumo-box-shadow-xs:0 1px 4px -1px hsla(214,53%,23%,.16);--lumo-box-shadow-s:0 2px 4px -1px hsla(214,53%,23%,.16),0 3px 12px -1px hsla(214,50%,22%,.26);--lumo-box-shadow-m:0 2px 6px -1px hsla(214,53%,23%,.16),0 8px 24px -4px hsla(214,47%,21%,.38);--lumo-box-shadow-xl:0 4px 24px -3px hsla(214,53%,23%,.16),0 18px 64px -8px hsla(214,47%,21%,.38);
--lumo-clickable-cursor:default;
font-family:var(--lumo-font-family);font-size:var(--lumo-font-size-m);line-height:var(--lumo-line-height-m);color:var(--lumo-body-text-color);background-color:var(--lumo-base-color);-webkit-font-smoothing:antialiased;height:100%}
body{margin:0;height:100%}
#outlet{height:100%}
h1,h2,h3,h4{color:var(--lumo-header-text-color);font-weight:600;line-height:var(--lumo-line-height-xs);margin-top:1.25em;margin-bottom:.5em}
h1{font-size:var(--lumo-font-size-xxl)}h2{font-size:var(--lumo-font-size-xl)}h3{font-size:var(--lumo-font-size-l)}
p{margin:.5em 0}
a{color:var(--lumo-primary-text-color);text-decoration:none}
:not(:defined){visibility:hidden}
vaadin-text-field>label,vaadin-password-field>label,vaadin-combo-box>label,vaadin-radio-group>label{cursor:default}
vaadin-text-field>input,vaadin-password-field>input,vaadin-combo-box>input{box-sizing:border-box}
vaadin-grid-cell-content{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;padding:var(--lumo-space-xs) var(--lumo-space-m);font-size:var(--lumo-font-size-m)}
vaadin-side-nav-item[slot=children]{--_child-indent:calc(var(--lumo-space-l) + var(--lumo-space-xs))}
vaadin-side-nav-item[slot=children] vaadin-side-nav-item[slot=children]{--_child-indent:calc(2*(var(--lumo-space-l) + var(--lumo-space-xs)))}
vaadin-password-field-button{display:inline-flex;width:var(--lumo-size-s);height:var(--lumo-size-s);align-items:center;justify-content:center;color:var(--lumo-contrast-60pct);cursor:var(--lumo-clickable-cursor)}
vaadin-password-field-button::before{content:"";width:1em;height:.6em;border:2px solid currentColor;border-radius:75% 15%;transform:rotate(45deg);box-sizing:border-box}
vaadin-password-field[password-visible] vaadin-password-field-button{color:var(--lumo-primary-text-color)}
.app-title{font-size:var(--lumo-font-size-l);margin:0 var(--lumo-space-m) 0 0;white-space:nowrap}
.app-sub{color:var(--lumo-secondary-text-color);font-size:var(--lumo-font-size-s);margin-left:auto;margin-right:var(--lumo-space-m)}
.emblem{display:inline-flex;width:2rem;height:2rem;border-radius:50%;background:var(--lumo-primary-color);color:#fff;font-weight:700;font-size:.7rem;align-items:center;justify-content:center;margin:0 var(--lumo-space-s)}
.drawer-header{display:flex;align-items:center;gap:var(--lumo-space-s);padding:var(--lumo-space-m);font-weight:600;color:var(--lumo-header-text-color);border-bottom:1px solid var(--lumo-contrast-10pct)}
.view{padding:var(--lumo-space-m) var(--lumo-space-l);box-sizing:border-box;max-width:1100px}
.view>h2:first-child{margin-top:.4em}
.breadcrumb{font-size:var(--lumo-font-size-s);color:var(--lumo-secondary-text-color)}
.card{background:var(--lumo-base-color);border-radius:var(--lumo-border-radius-l);box-shadow:var(--lumo-box-shadow-xs);border:1px solid var(--lumo-contrast-10pct);padding:var(--lumo-space-m) var(--lumo-space-l);box-sizing:border-box}
.card h3{margin-top:.2em}
.stats{display:flex;gap:var(--lumo-space-m);flex-wrap:wrap}
.stat{min-width:14rem;flex:1}
.stat .num{font-size:var(--lumo-font-size-xxl);font-weight:600;color:var(--lumo-primary-text-color)}
.stat .lbl{color:var(--lumo-secondary-text-color);font-size:var(--lumo-font-size-s);text-transform:uppercase;letter-spacing:.05em}
.login-view{height:100%;display:flex;flex-direction:column;align-items:center;justify-content:center;background:var(--lumo-contrast-5pct)}
.login-view h1{margin:0 0 var(--lumo-space-m);font-size:var(--lumo-font-size-xl)}
.captcha-row{display:flex;align-items:center;gap:var(--lumo-space-s);margin-top:var(--lumo-space-s)}
.captcha-row img{border:1px solid var(--lumo-contrast-20pct);border-radius:var(--lumo-border-radius-m)}
.hint{color:var(--lumo-secondary-text-color);font-size:var(--lumo-font-size-s)}
.success-text{color:var(--lumo-success-text-color);font-weight:500}
.v-system-error{cursor:pointer}
.news li{margin:.3em 0}
`;

const FIELD_CSS = `
:host{display:inline-flex;outline:none;padding:var(--lumo-space-xs) 0;font-family:var(--lumo-font-family);font-size:var(--lumo-font-size-m);line-height:var(--lumo-line-height-m);color:var(--lumo-body-text-color);width:var(--vaadin-field-default-width,12em);-webkit-tap-highlight-color:transparent;box-sizing:border-box}
:host([hidden]){display:none!important}
:host::before{content:"\\2003";width:0;display:inline-block}
.vaadin-field-container{display:flex;flex-direction:column;width:100%}
[part=label]{align-self:flex-start;color:var(--lumo-secondary-text-color);font-weight:500;font-size:var(--lumo-font-size-s);line-height:1;padding-right:1em;padding-bottom:.5em;padding-top:.5em;margin-top:-.25em;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;position:relative;transition:color .2s}
:host(:not([has-label])) [part=label]{display:none}
:host([focused]:not([readonly])) [part=label]{color:var(--lumo-primary-text-color)}
:host([invalid]) [part=label]{color:var(--lumo-error-text-color)}
[part=required-indicator]::after{content:"\\2022";transition:opacity .2s;opacity:0;color:var(--lumo-primary-text-color);position:absolute;right:0;width:1em;text-align:center}
:host([required]:not([has-value])) [part=required-indicator]::after{opacity:1}
:host([invalid]) [part=required-indicator]::after{color:var(--lumo-error-text-color)}
[part=input-field]{display:flex;align-items:center;flex:auto;position:relative;min-height:var(--lumo-size-m);padding:0 calc(.375em + var(--lumo-border-radius-m) / 4 - 1px);background-color:var(--lumo-contrast-10pct);border-radius:var(--lumo-border-radius-m);cursor:text;box-sizing:border-box;font-weight:500;line-height:1;--_input-height:var(--lumo-size-m)}
[part=input-field]::after{content:"";position:absolute;inset:0;border-radius:inherit;pointer-events:none;background-color:var(--lumo-contrast-50pct);opacity:0;transition:transform .15s,opacity .2s;transform-origin:100% 0}
:host(:hover:not([readonly]):not([focused])) [part=input-field]::after{opacity:.1}
:host([focus-ring]) [part=input-field]{box-shadow:0 0 0 2px var(--lumo-primary-color-50pct)}
:host([invalid]) [part=input-field]{background-color:var(--lumo-error-color-10pct)}
:host([invalid]) [part=input-field]::after{background-color:var(--lumo-error-color-50pct)}
:host([readonly]) [part=input-field]{background-color:transparent;box-shadow:inset 0 0 0 1px var(--lumo-contrast-30pct)}
::slotted(input){-webkit-appearance:none;-moz-appearance:none;flex:auto;white-space:nowrap;overflow:hidden;width:100%;height:100%;min-height:var(--_input-height);outline:none;margin:0;padding:0 .25em;border:0;border-radius:0;min-width:0;font:inherit;line-height:normal;color:inherit;background-color:transparent;cursor:inherit;box-shadow:none}
::slotted(input::placeholder){color:inherit;opacity:.5}
::slotted([slot=prefix]){color:var(--lumo-contrast-70pct);margin-right:.25em;flex:none;font-weight:600}
[part=clear-button],[part=toggle-button]{width:var(--lumo-size-s);height:var(--lumo-size-s);display:flex;align-items:center;justify-content:center;color:var(--lumo-contrast-60pct);cursor:var(--lumo-clickable-cursor);flex:none}
[part=clear-button][hidden]{display:none}
[part=toggle-button]::before{content:"";width:.45em;height:.45em;border-right:2px solid currentColor;border-bottom:2px solid currentColor;transform:translateY(-25%) rotate(45deg);transition:transform .2s}
:host([opened]) [part=toggle-button]::before{transform:translateY(25%) rotate(-135deg)}
[part=helper-text]{display:block;color:var(--lumo-secondary-text-color);font-size:var(--lumo-font-size-xs);line-height:var(--lumo-line-height-xs);margin-left:calc(var(--lumo-border-radius-m) / 4);transition:color .2s}
:host(:not([has-helper])) [part=helper-text]{display:none}
:host([has-helper]) [part=helper-text]{padding-top:.4em}
[part=error-message]{margin-left:calc(var(--lumo-border-radius-m) / 4);font-size:var(--lumo-font-size-xs);line-height:var(--lumo-line-height-xs);color:var(--lumo-error-text-color);will-change:max-height;transition:.4s max-height;max-height:5em}
:host([has-error-message]) [part=error-message]::before,:host([has-error-message]) [part=error-message]::after{content:"";display:block;height:.4em}
:host(:not([invalid])) [part=error-message]{max-height:0;overflow:hidden}
`;

const COMPONENT_CSS: Record<string, string> = {
  field: FIELD_CSS,
  button: `
:host{display:inline-block;position:relative;outline:none;white-space:nowrap;-webkit-user-select:none;user-select:none;flex-shrink:0;padding:0 calc(var(--lumo-size-m) / 3 + var(--lumo-border-radius-m) / 2);height:var(--lumo-size-m);min-width:calc(var(--lumo-size-m) * 2);margin:var(--lumo-space-xs) 0;box-sizing:border-box;font-family:var(--lumo-font-family);font-size:var(--lumo-font-size-m);font-weight:500;color:var(--lumo-primary-text-color);background-color:var(--lumo-contrast-5pct);border-radius:var(--lumo-border-radius-m);cursor:var(--lumo-clickable-cursor);-webkit-tap-highlight-color:transparent;letter-spacing:.02em}
:host([hidden]){display:none!important}
:host::before,:host::after{content:"";position:absolute;z-index:1;inset:0;background-color:currentColor;border-radius:inherit;opacity:0;pointer-events:none}
:host::before{transition:opacity .2s}
:host::after{transition:opacity 1.4s,transform .1s;filter:blur(8px)}
:host(:hover)::before{opacity:.02}
:host([active])::before{opacity:.05;transition-duration:0s}
:host([active])::after{opacity:.1;transition-duration:0s,0s;transform:scale(0)}
:host([focus-ring]){box-shadow:0 0 0 2px var(--lumo-primary-color-50pct)}
:host([theme~=primary]){background-color:var(--lumo-primary-color);color:var(--lumo-primary-contrast-color);font-weight:600;min-width:calc(var(--lumo-size-m) * 2.5)}
:host([theme~=primary]:hover)::before{opacity:.05}
:host([theme~=tertiary]){background-color:transparent!important;min-width:0}
:host([theme~=error]){color:var(--lumo-error-text-color)}
:host([theme~=primary][theme~=error]){background-color:var(--lumo-error-color);color:var(--lumo-error-contrast-color)}
:host([disabled]){pointer-events:none;color:var(--lumo-disabled-text-color);background-color:var(--lumo-contrast-5pct)}
:host([theme~=primary][disabled]){background-color:var(--lumo-primary-color-50pct);color:var(--lumo-primary-contrast-color)}
.vaadin-button-container{display:inline-flex;align-items:center;justify-content:center;text-align:center;width:100%;height:100%;min-height:inherit;text-shadow:inherit}
[part=label]{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;padding:var(--lumo-space-xs) 0}
[part=prefix],[part=suffix]{flex:none}
`,
  radio: `
:host{display:inline-block;-webkit-tap-highlight-color:transparent;outline:none;color:var(--lumo-body-text-color);font-size:var(--lumo-font-size-m);font-family:var(--lumo-font-family);line-height:var(--lumo-line-height-s);--_radio-size:calc(var(--lumo-size-m) / 2)}
:host([hidden]){display:none!important}
.vaadin-radio-button-container{display:grid;grid-template-columns:auto 1fr;align-items:baseline}
[part=radio],::slotted(input),::slotted(label){grid-row:1}
[part=radio],::slotted(input){grid-column:1}
[part=radio]{width:var(--_radio-size);height:var(--_radio-size);margin:4px;position:relative;border-radius:50%;background-color:var(--lumo-contrast-20pct);transition:transform .2s cubic-bezier(.12,.32,.54,2),background-color .15s;will-change:transform;cursor:var(--lumo-clickable-cursor)}
[part=radio]::before{content:"\\2003";display:inline-block;width:0}
[part=radio]::after{content:"";position:absolute;inset:0;margin:auto;width:0;height:0;border-radius:50%;border:3px solid var(--lumo-primary-contrast-color);transform:scale(0);transition:transform .2s;box-sizing:border-box}
::slotted(input){cursor:inherit;margin:0;align-self:stretch;-webkit-appearance:none;width:initial;height:initial;opacity:0}
:host(:hover) [part=radio]{background-color:var(--lumo-contrast-30pct)}
:host([active]) [part=radio]{transform:scale(.9);transition-duration:.05s}
:host([checked]) [part=radio]{background-color:var(--lumo-primary-color)}
:host([checked]) [part=radio]::after{transform:scale(1)}
:host([focus-ring]) [part=radio]{box-shadow:0 0 0 1px var(--lumo-base-color),0 0 0 3px var(--lumo-primary-color-50pct)}
::slotted(label){grid-column:2;cursor:var(--lumo-clickable-cursor);padding:var(--lumo-space-xs) var(--lumo-space-s) var(--lumo-space-xs) var(--lumo-space-xs)}
`,
  group: `
:host{display:inline-flex;font-family:var(--lumo-font-family);font-size:var(--lumo-font-size-m);padding:var(--lumo-space-xs) 0;color:var(--lumo-body-text-color)}
:host([hidden]){display:none!important}
.vaadin-group-field-container{display:flex;flex-direction:column;width:100%}
[part=label]{align-self:flex-start;color:var(--lumo-secondary-text-color);font-weight:500;font-size:var(--lumo-font-size-s);line-height:1;padding:.5em 1em .5em 0;position:relative}
:host([invalid]) [part=label]{color:var(--lumo-error-text-color)}
[part=required-indicator]::after{content:"\\2022";color:var(--lumo-primary-text-color);position:absolute;right:0;width:1em;text-align:center;opacity:0}
:host([required]:not([has-value])) [part=required-indicator]::after{opacity:1}
[part=group-field]{display:flex;flex-wrap:wrap;margin-left:calc(var(--lumo-space-xs) * -1)}
:host([theme~=vertical]) [part=group-field]{flex-direction:column}
[part=error-message]{font-size:var(--lumo-font-size-xs);color:var(--lumo-error-text-color)}
:host(:not([invalid])) [part=error-message]{display:none}
`,
};

const OVERLAY_BASE = `
:host{z-index:200;position:fixed;inset:0;display:flex;flex-direction:column;align-items:center;justify-content:center;margin:auto;pointer-events:none;-webkit-tap-highlight-color:transparent;font-family:var(--lumo-font-family);color:var(--lumo-body-text-color);--vaadin-overlay-viewport-bottom:0}
:host(:not([opened]):not([closing])){display:none!important}
[part=backdrop]{z-index:-1;content:"";background:var(--lumo-shade-20pct);position:fixed;inset:0;pointer-events:auto;animation:.2s lumo-overlay-backdrop-enter both}
:host([closing]) [part=backdrop]{animation:.2s lumo-overlay-backdrop-exit both}
@keyframes lumo-overlay-backdrop-enter{0%{opacity:0}}
@keyframes lumo-overlay-backdrop-exit{100%{opacity:0}}
[part=overlay]{-webkit-overflow-scrolling:touch;overflow:auto;pointer-events:auto;max-width:100%;box-sizing:border-box;background-color:var(--lumo-base-color);border-radius:var(--lumo-border-radius-l);box-shadow:0 0 0 1px var(--lumo-shade-5pct),var(--lumo-box-shadow-xl);outline:none;color:var(--lumo-body-text-color)}
:host([opening]),:host([closing]){animation:.25s lumo-overlay-dummy-animation}
@keyframes lumo-overlay-dummy-animation{0%{opacity:1}to{opacity:1}}
:host([opening]) [part=overlay]{animation:.12s .05s vaadin-dialog-enter cubic-bezier(.215,.61,.355,1) both}
:host([closing]) [part=overlay]{animation:.1s .03s vaadin-dialog-exit both}
@keyframes vaadin-dialog-enter{0%{opacity:0;transform:scale(.95)}}
@keyframes vaadin-dialog-exit{100%{opacity:0;transform:scale(1.02)}}
`;

Object.assign(COMPONENT_CSS, {
  dialog: `${OVERLAY_BASE}
.resizer-container{display:flex;flex-direction:column;max-height:calc(100vh - 2 * var(--lumo-space-m))}
[part=header]{display:flex;align-items:center;flex-wrap:wrap;gap:var(--lumo-space-xs) var(--lumo-space-s);padding:var(--lumo-space-m) var(--lumo-space-l) 0}
[part=title]{flex:1}
::slotted([slot=title]){font-size:var(--lumo-font-size-xl);font-weight:600;color:var(--lumo-header-text-color);line-height:var(--lumo-line-height-xs);margin:0}
[part=content]{padding:var(--lumo-space-m) var(--lumo-space-l);overflow:auto}
[part=footer]{display:flex;justify-content:flex-end;gap:var(--lumo-space-s);padding:var(--lumo-space-s) var(--lumo-space-l);background-color:var(--lumo-contrast-5pct);border-radius:0 0 var(--lumo-border-radius-l) var(--lumo-border-radius-l)}
`,
  confirm: `${OVERLAY_BASE}
[part=overlay]{width:min(25em,calc(100vw - 2rem))}
[part=header]{padding:var(--lumo-space-l) var(--lumo-space-l) 0}
::slotted([slot=header]){margin:0!important;font-size:var(--lumo-font-size-xl);font-weight:600;color:var(--lumo-header-text-color)}
[part=message]{padding:var(--lumo-space-m) var(--lumo-space-l);min-height:2em}
[part=footer]{display:flex;justify-content:flex-end;gap:var(--lumo-space-s);padding:var(--lumo-space-s) var(--lumo-space-l);background-color:var(--lumo-contrast-5pct);border-radius:0 0 var(--lumo-border-radius-l) var(--lumo-border-radius-l)}
.cancel-button{margin-right:auto}
`,
  comboOverlay: `
:host{z-index:200;position:fixed;pointer-events:none;display:flex;flex-direction:column;font-family:var(--lumo-font-family);color:var(--lumo-body-text-color)}
:host(:not([opened]):not([closing])){display:none!important}
[part=overlay]{pointer-events:auto;background-color:var(--lumo-base-color);border-radius:var(--lumo-border-radius-m);box-shadow:0 0 0 1px var(--lumo-shade-5pct),var(--lumo-box-shadow-m);margin-top:var(--lumo-space-xs);outline:none;animation:.1s lumo-combo-box-overlay-enter both}
@keyframes lumo-combo-box-overlay-enter{0%{opacity:0;transform:translateY(-4px)}}
[part=content]{padding:var(--lumo-space-xs);max-height:min(65vh,17rem);overflow:auto;box-sizing:border-box}
`,
  scroller: `
:host{display:block;min-height:1px;overflow:auto;contain:layout paint}
#selector{border-width:0;position:relative}
`,
  item: `
:host{display:flex;align-items:center;box-sizing:border-box;min-height:var(--lumo-size-m);padding:0 calc(var(--lumo-size-s) / 4) 0 var(--_lumo-list-box-item-padding-left,calc(var(--lumo-border-radius-m) / 4));padding-right:calc(var(--lumo-space-l) + var(--lumo-border-radius-m) / 4);font-size:var(--lumo-font-size-m);line-height:var(--lumo-line-height-xs);border-radius:var(--lumo-border-radius-m);cursor:var(--lumo-clickable-cursor);-webkit-tap-highlight-color:var(--lumo-primary-color-10pct);transition:background-color .1s}
[part=checkmark]::before{display:var(--_lumo-item-selected-icon-display,block);content:"\\2713";font-size:var(--lumo-font-size-s);color:var(--lumo-primary-text-color);width:var(--lumo-size-xs);text-align:center;visibility:hidden}
:host([selected]) [part=checkmark]::before{visibility:visible}
[part=content]{flex:auto}
:host([focused]){box-shadow:inset 0 0 0 2px var(--lumo-primary-color-50pct)}
:host(:hover){background-color:var(--lumo-primary-color-10pct)}
`,
  notificationContainer: `
:host{position:fixed;z-index:1000;inset:0;box-sizing:border-box;display:flex;flex-direction:column;align-items:stretch;pointer-events:none;padding:var(--lumo-space-s)}
[region-group]{flex:1 1 0%;display:flex}
[region-group=top]{align-items:flex-start}
[region-group=bottom]{align-items:flex-end}
[region-group]>[region]{flex:1 1 0%}
[region=top-center],[region=middle],[region=bottom-center]{display:flex;flex-direction:column;align-items:center}
[region=top-end],[region=bottom-end]{display:flex;flex-direction:column;align-items:flex-end}
`,
  notificationCard: `
:host{display:block;pointer-events:auto;margin:var(--lumo-space-xs) 0;position:relative;font-family:var(--lumo-font-family)}
[part=overlay]{background-color:var(--lumo-base-color);color:var(--lumo-body-text-color);border-radius:var(--lumo-border-radius-l);box-shadow:0 0 0 1px var(--lumo-contrast-10pct),var(--lumo-box-shadow-l,var(--lumo-box-shadow-m));font-size:var(--lumo-font-size-m);font-weight:400;line-height:var(--lumo-line-height-s);letter-spacing:0;text-transform:none;-webkit-text-size-adjust:100%;-webkit-font-smoothing:antialiased}
[part=content]{padding:var(--lumo-space-wide-l,var(--lumo-space-s) var(--lumo-space-l));display:flex;align-items:center;justify-content:space-between;max-width:32rem;box-sizing:border-box}
:host([slot=top-stretch]) [part=content]{max-width:none}
:host([theme~=success]) [part=overlay]{background-color:var(--lumo-success-color);color:var(--lumo-success-contrast-color)}
:host([theme~=error]) [part=overlay]{background-color:var(--lumo-error-color);color:var(--lumo-error-contrast-color)}
:host([theme~=contrast]) [part=overlay]{background-color:var(--lumo-contrast);color:var(--lumo-base-color)}
:host([opening]){animation:.3s lumo-notification-enter-fade-in}
:host([closing]){animation:.3s lumo-notification-exit-fade-out}
:host([slot^=bottom][opening]){animation:.4s lumo-notification-enter-slide-up}
@keyframes lumo-notification-enter-fade-in{0%{opacity:0}}
@keyframes lumo-notification-exit-fade-out{100%{opacity:0}}
@keyframes lumo-notification-enter-slide-up{0%{opacity:0;transform:translateY(100%)}}
`,
  grid: `
:host{display:flex;flex-direction:column;animation:1ms vaadin-grid-appear;height:400px;flex:1 1 auto;align-self:stretch;position:relative;font-family:var(--lumo-font-family);font-size:var(--lumo-font-size-m);line-height:var(--lumo-line-height-s);color:var(--lumo-body-text-color);background-color:var(--lumo-base-color);box-sizing:border-box;border:1px solid var(--lumo-contrast-20pct)}
:host([all-rows-visible]){height:auto}
:host([hidden]){display:none!important}
@keyframes vaadin-grid-appear{to{opacity:1}}
#scroller{display:flex;flex-direction:column;min-height:100%;transform:translateY(0);width:auto;height:auto;position:relative;overflow:auto}
#table{display:table;border-collapse:collapse;width:100%;outline:none}
#header{background:var(--lumo-base-color)}
th,td{padding:0;text-align:left;font-weight:inherit;border-bottom:1px solid var(--lumo-contrast-10pct);min-height:var(--lumo-size-m);height:var(--lumo-size-m)}
th{font-size:var(--lumo-font-size-s);font-weight:500;color:var(--lumo-secondary-text-color)}
#items tr:hover td{background:var(--lumo-contrast-5pct)}
#emptystatebody td{color:var(--lumo-secondary-text-color);font-size:var(--lumo-font-size-s);padding:var(--lumo-space-s) var(--lumo-space-m)}
#sizer{display:none}
`,
  appLayout: `
:host{display:block;box-sizing:border-box;height:100%;--vaadin-app-layout-navbar-offset-size:var(--lumo-size-xl);--vaadin-app-layout-drawer-width:16em;padding-top:var(--vaadin-app-layout-navbar-offset-size);transition:padding-left .2s;font-family:var(--lumo-font-family)}
:host([drawer-opened]){padding-left:var(--vaadin-app-layout-drawer-width)}
[part=navbar]{position:fixed;display:flex;align-items:center;top:0;right:0;left:0;height:var(--vaadin-app-layout-navbar-offset-size);z-index:1;padding:0 var(--lumo-space-xs);background-color:var(--lumo-base-color);box-shadow:inset 0 -1px 0 0 var(--lumo-contrast-10pct);box-sizing:border-box}
[part=drawer]{position:fixed;top:var(--vaadin-app-layout-navbar-offset-size);bottom:0;left:0;width:var(--vaadin-app-layout-drawer-width);overflow:auto;transform:translateX(-100%);transition:transform .2s;background-color:var(--lumo-base-color);box-shadow:inset -1px 0 0 0 var(--lumo-contrast-10pct);display:flex;flex-direction:column;box-sizing:border-box;z-index:1}
:host([drawer-opened]) [part=drawer]{transform:none}
[content]{height:100%}
[part=backdrop]{display:none}
`,
  drawerToggle: `
:host{display:inline-flex;align-items:center;justify-content:center;width:var(--lumo-size-l);height:var(--lumo-size-l);margin:0 var(--lumo-space-xs);border-radius:var(--lumo-border-radius-m);color:var(--lumo-secondary-text-color);cursor:var(--lumo-clickable-cursor);outline:none;flex:none}
:host(:hover){background:var(--lumo-contrast-5pct)}
[part=icon]{width:18px;height:12px;border-top:2px solid currentColor;border-bottom:2px solid currentColor;position:relative;box-sizing:border-box}
[part=icon]::after{content:"";position:absolute;left:0;right:0;top:3px;border-top:2px solid currentColor}
`,
  sideNav: `
:host{display:block;font-family:var(--lumo-font-family);font-size:var(--lumo-font-size-m);font-weight:500;line-height:var(--lumo-line-height-xs);color:var(--lumo-body-text-color);padding:var(--lumo-space-xs)}
ul{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:var(--lumo-space-xs)}
`,
  sideNavItem: `
:host{display:block}
:host([hidden]){display:none!important}
[part=content]{display:flex;align-items:center}
[part=link]{flex:auto;min-width:0;display:flex;align-items:center;gap:var(--lumo-space-xs);text-decoration:none;color:inherit;min-height:var(--lumo-icon-size-m,1.5rem);padding:var(--lumo-space-xs) var(--lumo-space-s);padding-inline-start:calc(var(--lumo-space-s) + var(--_child-indent,0px));border-radius:var(--lumo-border-radius-m);transition:background-color .14s,color .14s;cursor:default;outline:none}
[part=link][href]{cursor:pointer}
[part=link]:hover{background:var(--lumo-contrast-5pct)}
:host([current]) [part=link]{color:var(--lumo-primary-text-color);background-color:var(--lumo-primary-color-10pct)}
[part=toggle-button]{margin-inline-start:auto;margin-inline-end:calc(var(--lumo-space-xs) * -1);border:0;margin-block:0;padding:0;background:transparent;width:var(--lumo-size-s);height:var(--lumo-size-s);display:flex;align-items:center;justify-content:center;color:var(--lumo-contrast-60pct);cursor:var(--lumo-clickable-cursor);border-radius:var(--lumo-border-radius-m);font:inherit}
[part=toggle-button]:hover{background:var(--lumo-contrast-5pct)}
[part=toggle-button]::before{content:"";width:.4em;height:.4em;border-right:2px solid currentColor;border-bottom:2px solid currentColor;transform:rotate(-45deg);transition:transform .14s}
:host([expanded]) [part=toggle-button]::before{transform:rotate(45deg)}
:host(:not([has-children])) [part=toggle-button]{display:none!important}
[part=children]{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:var(--lumo-space-xs);margin-top:var(--lumo-space-xs)}
[part=children][hidden]{display:none}
`,
  layout: `
:host{display:flex;box-sizing:border-box}
:host([hidden]){display:none!important}
:host([theme~=padding]){padding:var(--lumo-space-m)}
:host([theme~=spacing]){gap:var(--lumo-space-m)}
`,
  scrollerEl: `
:host{display:block;overflow:auto;flex:1}
`,
  formLayout: `
:host{display:block;max-width:100%;align-self:stretch}
:host([hidden]){display:none!important}
#layout{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));column-gap:var(--lumo-space-l);align-items:baseline}
::slotted(*){width:100%!important;box-sizing:border-box}
::slotted([colspan="2"]){grid-column:span 2}
`,
  loginForm: `
:host{display:inline-block;max-width:100%;font-family:var(--lumo-font-family)}
[part=form]{padding:var(--lumo-space-l);box-sizing:border-box;width:22rem;max-width:100%;display:flex;flex-direction:column;background:var(--lumo-base-color);border-radius:var(--lumo-border-radius-l);box-shadow:var(--lumo-box-shadow-s)}
[part=form-title]{margin:0 0 var(--lumo-space-s);font-size:var(--lumo-font-size-xl);color:var(--lumo-header-text-color);font-weight:600}
[part=error-message]{background-color:var(--lumo-error-color-10pct);padding:var(--lumo-space-m);border-radius:var(--lumo-border-radius-m);margin-top:var(--lumo-space-m);margin-bottom:var(--lumo-space-s);color:var(--lumo-error-text-color)}
[part=error-message][hidden]{display:none}
[part=error-message-title]{font-weight:600;display:block}
[part=error-message-description]{font-size:var(--lumo-font-size-s);line-height:var(--lumo-line-height-s);margin:var(--lumo-space-s) 0 0;color:var(--lumo-error-text-color)}
[part=footer]{font-size:var(--lumo-font-size-xs);line-height:var(--lumo-line-height-s);color:var(--lumo-secondary-text-color)}
`,
});

Object.assign(COMPONENT_CSS, {
  vlayout: `${COMPONENT_CSS.layout}\n:host{flex-direction:column;align-items:flex-start}`,
  hlayout: `${COMPONENT_CSS.layout}\n:host{align-items:baseline}`,
});

/**
 * The hand-written runtime: custom elements with open shadow roots drawing Vaadin's DOM (parts, slots,
 * light-DOM inputs and labels), overlays teleported to <body>, notifications, and the `connect` call.
 * Plain ES2020 in a String.raw: no template literals inside.
 */
const RUNTIME_A = `
(function () {
  'use strict';
  var CSS = __COMPONENT_CSS__;
  var sheets = {};
  function sheet(name) {
    if (!sheets[name]) { var s = new CSSStyleSheet(); s.replaceSync(CSS[name]); sheets[name] = s; }
    return sheets[name];
  }
  function attach(host, name, html) {
    var root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet(name)];
    root.innerHTML = html;
    return root;
  }
  function escapeHtml(t) {
    return String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  var uniqueId = 0;
  function nextId() { uniqueId += 1; return uniqueId; }
  var keyboardActive = false;
  document.addEventListener('keydown', function () { keyboardActive = true; }, true);
  document.addEventListener('mousedown', function () { keyboardActive = false; }, true);

  // Modal overlays: <body> stops taking pointer events while one is open; Escape closes the top one.
  var overlayStack = [];
  function pushOverlay(ov, modal) {
    overlayStack.push(ov);
    ov._modal = modal;
    if (modal) document.body.style.pointerEvents = 'none';
  }
  function popOverlay(ov) {
    var i = overlayStack.indexOf(ov);
    if (i >= 0) overlayStack.splice(i, 1);
    if (!overlayStack.some(function (o) { return o._modal; })) document.body.style.pointerEvents = '';
  }
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape' || !overlayStack.length) return;
    var top = overlayStack[overlayStack.length - 1];
    if (top._onEsc) { e.preventDefault(); top._onEsc(); }
  });
  function focusRing(host, target) {
    target.addEventListener('focus', function () {
      host.setAttribute('focused', '');
      if (keyboardActive) host.setAttribute('focus-ring', '');
    });
    target.addEventListener('blur', function () { host.removeAttribute('focused'); host.removeAttribute('focus-ring'); });
  }

  // ---- text-field, password-field, combo-box (the input and label are light DOM, slotted) ----
  class FieldBase extends HTMLElement {
    _inputType() { return 'text'; }
    _extraField() { return ''; }
    connectedCallback() {
      if (this._ready) return;
      this._ready = true;
      var tag = this.localName;
      var n = nextId();
      var label = document.createElement('label');
      label.slot = 'label';
      label.id = 'label-' + tag + '-' + n;
      label.htmlFor = 'input-' + tag + '-' + n;
      label.textContent = this.getAttribute('label') || '';
      var input = document.createElement('input');
      input.slot = 'input';
      input.id = 'input-' + tag + '-' + n;
      input.type = this._inputType();
      input.setAttribute('aria-labelledby', label.id);
      var self = this;
      ['name', 'maxlength', 'placeholder', 'autocomplete', 'inputmode', 'autocapitalize'].forEach(function (a) {
        if (self.hasAttribute(a)) input.setAttribute(a, self.getAttribute(a));
      });
      if (this.hasAttribute('required')) input.setAttribute('aria-required', 'true');
      if (this.hasAttribute('readonly')) input.readOnly = true;
      if (this.hasAttribute('value')) input.value = this.getAttribute('value');
      var err = document.createElement('div');
      err.slot = 'error-message';
      err.id = 'error-message-' + tag + '-' + n;
      this.appendChild(label);
      this.appendChild(input);
      if (this.hasAttribute('helper-text')) {
        var helper = document.createElement('div');
        helper.slot = 'helper';
        helper.id = 'helper-' + tag + '-' + n;
        helper.textContent = this.getAttribute('helper-text');
        this.appendChild(helper);
        this.setAttribute('has-helper', '');
      }
      this.appendChild(err);
      this.toggleAttribute('has-label', !!label.textContent);
      attach(this, 'field',
        '<div class="vaadin-field-container"><div part="label"><slot name="label"></slot>' +
        '<span part="required-indicator" aria-hidden="true"></span></div>' +
        '<div part="input-field" class="vaadin-input-container"><slot name="prefix"></slot><slot name="input"></slot>' +
        '<div id="clearButton" part="clear-button" aria-hidden="true" hidden></div><slot name="suffix"></slot>' +
        this._extraField() + '</div>' +
        '<div part="helper-text"><slot name="helper"></slot></div>' +
        '<div part="error-message" aria-live="assertive"><slot name="error-message"></slot></div></div>' +
        '<slot name="tooltip"></slot>');
      focusRing(this, input);
      input.addEventListener('input', function () {
        self._syncHasValue();
        if (self.hasAttribute('invalid')) self.setInvalid(false);
        if (!self._isCombo) self.dispatchEvent(new CustomEvent('value-changed', { detail: { value: input.value } }));
      });
      input.addEventListener('change', function () {
        if (!self._isCombo) self.dispatchEvent(new CustomEvent('change', { bubbles: true }));
      });
      this.shadowRoot.querySelector('[part=input-field]').addEventListener('click', function (e) {
        if (e.target === e.currentTarget) input.focus();
      });
      this._syncHasValue();
      if (this._afterInit) this._afterInit();
    }
    get inputElement() { return this.querySelector(':scope > input[slot=input]'); }
    get value() { var i = this.inputElement; return i ? i.value : this.getAttribute('value') || ''; }
    set value(v) {
      var i = this.inputElement;
      if (i) { i.value = v == null ? '' : v; this._syncHasValue(); } else this.setAttribute('value', v);
    }
    _syncHasValue() { this.toggleAttribute('has-value', !!this.value); }
    setInvalid(invalid, message) {
      if (message != null) this.setAttribute('error-message', message);
      this.toggleAttribute('invalid', !!invalid);
      var input = this.inputElement;
      if (input) { if (invalid) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid'); }
      var text = invalid ? this.getAttribute('error-message') || '' : '';
      var err = this.querySelector(':scope > [slot=error-message]');
      if (err) err.textContent = text;
      this.toggleAttribute('has-error-message', !!text);
    }
    focus() { var i = this.inputElement; if (i) i.focus(); }
    clear() { this.value = ''; }
  }
  customElements.define('vaadin-text-field', class extends FieldBase {});
  customElements.define('vaadin-password-field-button', class extends HTMLElement {});
  customElements.define('vaadin-password-field', class extends FieldBase {
    _inputType() { return 'password'; }
    _extraField() { return '<div part="reveal-button" slot="suffix"><slot name="reveal"></slot></div>'; }
    _afterInit() {
      var self = this;
      var btn = document.createElement('vaadin-password-field-button');
      btn.slot = 'reveal';
      btn.setAttribute('role', 'button');
      btn.setAttribute('aria-label', 'Show password');
      btn.setAttribute('aria-pressed', 'false');
      btn.setAttribute('tabindex', '0');
      btn.addEventListener('mousedown', function (e) { e.preventDefault(); });
      btn.addEventListener('click', function () {
        var visible = !self.hasAttribute('password-visible');
        self.toggleAttribute('password-visible', visible);
        self.inputElement.type = visible ? 'text' : 'password';
        btn.setAttribute('aria-pressed', String(visible));
        btn.setAttribute('aria-label', visible ? 'Hide password' : 'Show password');
      });
      this.appendChild(btn);
    }
  });

  class ComboBox extends FieldBase {
    _extraField() { return '<div id="toggleButton" part="toggle-button" aria-hidden="true"></div>'; }
    _afterInit() {
      var self = this;
      this._isCombo = true;
      var input = this.inputElement;
      input.setAttribute('role', 'combobox');
      input.setAttribute('autocomplete', 'off');
      input.setAttribute('autocapitalize', 'off');
      input.setAttribute('aria-autocomplete', 'list');
      input.setAttribute('aria-expanded', 'false');
      input.spellcheck = false;
      this._items = this._items || [];
      this._selected = null;
      this._filter = '';
      this._focusedIndex = -1;
      this._shown = [];
      var ov = document.createElement('vaadin-combo-box-overlay');
      ov.id = 'overlay';
      ov.owner = this;
      var scroller = document.createElement('vaadin-combo-box-scroller');
      scroller.id = 'vaadin-combo-box-scroller-' + nextId();
      scroller.setAttribute('role', 'listbox');
      scroller.setAttribute('aria-labelledby', this.querySelector(':scope > label').id);
      ov.appendChild(scroller);
      this.shadowRoot.appendChild(ov);
      this._overlay = ov;
      this._scroller = scroller;
      var toggle = this.shadowRoot.getElementById('toggleButton');
      toggle.addEventListener('mousedown', function (e) { e.preventDefault(); });
      toggle.addEventListener('click', function () {
        if (self.opened) self.close(); else { self._filter = ''; self.open(); }
        input.focus();
      });
      input.addEventListener('click', function () { if (!self.opened) { self._filter = ''; self.open(); } });
      input.addEventListener('input', function () { self._filter = input.value; self.open(); self._render(); });
      input.addEventListener('keydown', function (e) { self._onKeyDown(e); });
      input.addEventListener('blur', function () { if (self.opened || input.value !== (self._selected || '')) { self._commit(); self.close(); } });
      this._outside = function (e) {
        var path = e.composedPath();
        if (path.indexOf(self) < 0 && path.indexOf(self._overlay) < 0) { self._commit(); self.close(); }
      };
      this._reposition = function () { if (self.opened) self._position(); };
    }
    set items(list) { this._items = (list || []).slice(); if (this.opened) this._render(); }
    get items() { return this._items || []; }
    get selectedItem() { return this._selected; }
    get value() { return this._selected || ''; }
    set value(v) {
      this._selected = v || null;
      if (this.inputElement) this.inputElement.value = v || '';
      this._syncHasValue();
    }
    open() {
      if (this.opened) return;
      if (this.hasAttribute('readonly') || this.hasAttribute('disabled')) return;
      this.opened = true;
      this.setAttribute('opened', '');
      var ov = this._overlay;
      this._placeholder = document.createComment('vaadin-combo-box-overlay-placeholder');
      ov.parentNode.insertBefore(this._placeholder, ov);
      document.body.appendChild(ov);
      this.inputElement.setAttribute('aria-expanded', 'true');
      this.inputElement.setAttribute('aria-controls', this._scroller.id);
      this._render();
      this._position();
      document.addEventListener('mousedown', this._outside, true);
      window.addEventListener('scroll', this._reposition, true);
      window.addEventListener('resize', this._reposition);
    }
    close() {
      if (!this.opened) return;
      this.opened = false;
      this.removeAttribute('opened');
      var ov = this._overlay;
      ov.removeAttribute('opened');
      if (this._placeholder && this._placeholder.parentNode) this._placeholder.parentNode.replaceChild(ov, this._placeholder);
      this.inputElement.setAttribute('aria-expanded', 'false');
      this.inputElement.removeAttribute('aria-activedescendant');
      document.removeEventListener('mousedown', this._outside, true);
      window.removeEventListener('scroll', this._reposition, true);
      window.removeEventListener('resize', this._reposition);
      this._focusedIndex = -1;
    }
    _position() {
      var r = this.shadowRoot.querySelector('[part=input-field]').getBoundingClientRect();
      var s = this._overlay.style;
      s.left = r.left + 'px';
      s.width = r.width + 'px';
      var below = window.innerHeight - r.bottom;
      if (below < 180 && r.top > below) { s.top = ''; s.bottom = window.innerHeight - r.top + 'px'; this._overlay.setAttribute('bottom-aligned', ''); }
      else { s.bottom = ''; s.top = r.bottom + 'px'; this._overlay.removeAttribute('bottom-aligned'); }
    }
    _render() {
      var self = this;
      var f = (this._filter || '').toLowerCase();
      var list = this._items.filter(function (it) { return it.toLowerCase().indexOf(f) >= 0; });
      this._shown = list;
      this._focusedIndex = f ? list.findIndex(function (it) { return it.toLowerCase() === f; }) : list.indexOf(this._selected);
      var sc = this._scroller;
      sc.textContent = '';
      list.forEach(function (it, i) {
        var el = document.createElement('vaadin-combo-box-item');
        el.id = sc.id + '-item-' + i;
        el.setAttribute('role', 'option');
        el.setAttribute('aria-posinset', String(i + 1));
        el.setAttribute('aria-setsize', String(list.length));
        el.setAttribute('aria-selected', String(it === self._selected));
        el.toggleAttribute('selected', it === self._selected);
        el.toggleAttribute('focused', i === self._focusedIndex);
        el.textContent = it;
        el.addEventListener('mousedown', function (e) { e.preventDefault(); });
        el.addEventListener('click', function () { self._select(it); });
        sc.appendChild(el);
      });
      this._overlay.toggleAttribute('opened', list.length > 0);
      this._scrollToFocused();
    }
    _scrollToFocused() {
      var el = this._scroller.children[this._focusedIndex];
      if (el) { el.scrollIntoView({ block: 'nearest' }); this.inputElement.setAttribute('aria-activedescendant', el.id); }
    }
    _onKeyDown(e) {
      var input = this.inputElement;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (!this.opened) { this._filter = ''; this.open(); return; }
        var n = this._shown.length;
        if (!n) return;
        var d = e.key === 'ArrowDown' ? 1 : -1;
        var i = this._focusedIndex < 0 ? (d > 0 ? 0 : n - 1) : Math.min(n - 1, Math.max(0, this._focusedIndex + d));
        this._focusedIndex = i;
        Array.prototype.forEach.call(this._scroller.children, function (c, k) { c.toggleAttribute('focused', k === i); });
        input.value = this._shown[i];
        this._scrollToFocused();
      } else if (e.key === 'Enter') {
        if (this.opened) { e.preventDefault(); this._commit(); this.close(); }
      } else if (e.key === 'Escape') {
        if (this.opened) {
          e.preventDefault();
          e.stopPropagation();
          this.close();
          input.value = this._selected || '';
          this._filter = '';
        }
      } else if (e.key === 'Tab') {
        this._commit();
        this.close();
      }
    }
    _commit() {
      var input = this.inputElement;
      if (this.opened && this._focusedIndex >= 0 && this._shown[this._focusedIndex]) { this._select(this._shown[this._focusedIndex]); return; }
      var t = input.value.trim().toLowerCase();
      var exact = t ? this._items.find(function (it) { return it.toLowerCase() === t; }) : undefined;
      if (exact) { this._select(exact); return; }
      if (!t) { this._select(null); return; }
      input.value = this._selected || '';
      this._filter = '';
    }
    _select(item) {
      var changed = item !== this._selected;
      this._selected = item;
      this.inputElement.value = item || '';
      this._filter = '';
      this._syncHasValue();
      this.close();
      if (changed) {
        if (this.hasAttribute('invalid')) this.setInvalid(false);
        this.dispatchEvent(new CustomEvent('selected-item-changed', { detail: { value: item } }));
        this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: item || '' } }));
        this.dispatchEvent(new CustomEvent('change', { bubbles: true }));
      }
    }
  }
  customElements.define('vaadin-combo-box', ComboBox);
  customElements.define('vaadin-combo-box-overlay', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      attach(this, 'comboOverlay', '<div id="backdrop" part="backdrop" hidden></div><div part="overlay" id="overlay"><div part="content" id="content"><slot></slot></div></div>');
    }
  });
  customElements.define('vaadin-combo-box-scroller', class extends HTMLElement {
    connectedCallback() { if (!this.shadowRoot) attach(this, 'scroller', '<div id="selector"><slot></slot></div>'); }
  });
  customElements.define('vaadin-combo-box-item', class extends HTMLElement {
    connectedCallback() {
      if (!this.shadowRoot) attach(this, 'item', '<span part="checkmark" aria-hidden="true"></span><div part="content"><slot></slot></div>');
    }
  });
`;

const RUNTIME_B = `
  // ---- vaadin-button ----
  class Button extends HTMLElement {
    static get observedAttributes() { return ['disabled']; }
    connectedCallback() {
      if (this._ready) return;
      this._ready = true;
      var self = this;
      if (!this.hasAttribute('role')) this.setAttribute('role', 'button');
      attach(this, 'button', '<div class="vaadin-button-container"><span part="prefix" aria-hidden="true"><slot name="prefix"></slot></span>' +
        '<div part="label"><slot></slot></div><span part="suffix" aria-hidden="true"><slot name="suffix"></slot></span></div><slot name="tooltip"></slot>');
      this._sync();
      focusRing(this, this);
      this.addEventListener('keydown', function (e) {
        if ((e.key === 'Enter' || e.key === ' ') && !self.hasAttribute('disabled')) { e.preventDefault(); self.click(); }
      });
      this.addEventListener('mousedown', function () { self.setAttribute('active', ''); });
      this.addEventListener('mouseup', function () { self.removeAttribute('active'); });
      this.addEventListener('mouseleave', function () { self.removeAttribute('active'); });
      this.addEventListener('click', function (e) { if (self.hasAttribute('disabled')) { e.stopImmediatePropagation(); e.preventDefault(); } }, true);
    }
    attributeChangedCallback() { if (this._ready) this._sync(); }
    _sync() {
      var d = this.hasAttribute('disabled');
      this.setAttribute('tabindex', d ? '-1' : '0');
      if (d) this.setAttribute('aria-disabled', 'true'); else this.removeAttribute('aria-disabled');
    }
  }
  customElements.define('vaadin-button', Button);

  // ---- radio group / radio button ----
  customElements.define('vaadin-radio-button', class extends HTMLElement {
    connectedCallback() {
      if (this._ready) return;
      this._ready = true;
      var self = this;
      var n = nextId();
      var group = this.closest('vaadin-radio-group');
      var input = document.createElement('input');
      input.type = 'radio';
      input.slot = 'input';
      input.id = 'input-vaadin-radio-button-' + n;
      input.value = this.getAttribute('value') || 'on';
      if (group && group._name) input.name = group._name;
      var label = document.createElement('label');
      label.slot = 'label';
      label.id = 'label-vaadin-radio-button-' + n;
      label.htmlFor = input.id;
      label.textContent = this.getAttribute('label') || '';
      this.appendChild(input);
      this.appendChild(label);
      this.setAttribute('has-label', '');
      attach(this, 'radio', '<div class="vaadin-radio-button-container"><div part="radio" aria-hidden="true"></div><slot name="input"></slot><slot name="label"></slot>' +
        '<div style="display: none !important"><slot id="noop"></slot></div></div><slot name="tooltip"></slot>');
      focusRing(this, input);
      input.addEventListener('change', function () {
        self.toggleAttribute('checked', input.checked);
        if (group && group._onRadioChange) group._onRadioChange(self);
      });
      this.addEventListener('mousedown', function () { self.setAttribute('active', ''); });
      document.addEventListener('mouseup', function () { self.removeAttribute('active'); });
    }
    get value() { return this.getAttribute('value') || 'on'; }
    get checked() { return this.hasAttribute('checked'); }
  });
  customElements.define('vaadin-radio-group', class extends HTMLElement {
    connectedCallback() {
      if (this._ready) return;
      this._ready = true;
      var n = nextId();
      this._name = 'vaadin-radio-group-' + n;
      this._value = '';
      this.setAttribute('role', 'radiogroup');
      var label = document.createElement('label');
      label.slot = 'label';
      label.id = 'label-vaadin-radio-group-' + n;
      label.textContent = this.getAttribute('label') || '';
      this.setAttribute('aria-labelledby', label.id);
      this.toggleAttribute('has-label', !!label.textContent);
      var err = document.createElement('div');
      err.slot = 'error-message';
      err.id = 'error-message-vaadin-radio-group-' + n;
      this.insertBefore(label, this.firstChild);
      this.appendChild(err);
      attach(this, 'group', '<div class="vaadin-group-field-container"><div part="label"><slot name="label"></slot><span part="required-indicator" aria-hidden="true"></span></div>' +
        '<div part="group-field"><slot></slot></div><div part="helper-text"><slot name="helper"></slot></div>' +
        '<div part="error-message" aria-live="assertive"><slot name="error-message"></slot></div></div><slot name="tooltip"></slot>');
    }
    _onRadioChange(btn) {
      this.querySelectorAll('vaadin-radio-button').forEach(function (b) { b.toggleAttribute('checked', b === btn); });
      this._value = btn.value;
      this.setAttribute('has-value', '');
      this.setInvalid(false);
      this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: this._value } }));
      this.dispatchEvent(new CustomEvent('change', { bubbles: true }));
    }
    get value() { return this._value || ''; }
    setInvalid(invalid, message) {
      if (message != null) this.setAttribute('error-message', message);
      this.toggleAttribute('invalid', !!invalid);
      var err = this.querySelector(':scope > [slot=error-message]');
      var text = invalid ? this.getAttribute('error-message') || '' : '';
      if (err) err.textContent = text;
      this.toggleAttribute('has-error-message', !!text);
    }
  });

  // ---- dialog: content moves into a vaadin-dialog-overlay appended to <body> ----
  customElements.define('vaadin-dialog-overlay', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      attach(this, 'dialog', '<div part="backdrop" id="backdrop"></div><div part="overlay" id="overlay" tabindex="0">' +
        '<section id="resizerContainer" class="resizer-container"><header part="header"><div part="title"><slot name="title"></slot></div>' +
        '<div part="header-content"><slot name="header-content"></slot></div></header><div part="content" id="content"><slot></slot></div>' +
        '<footer part="footer" role="toolbar"><slot name="footer"></slot></footer></section></div>');
    }
  });
  customElements.define('vaadin-dialog', class extends HTMLElement {
    connectedCallback() { this.style.display = 'none'; this.setAttribute('aria-hidden', 'true'); }
    get opened() { return !!this._overlay; }
    open() {
      if (this._overlay) return;
      var self = this;
      var ov = document.createElement('vaadin-dialog-overlay');
      ov.id = 'overlay';
      ov.setAttribute('role', 'dialog');
      ov.setAttribute('aria-modal', 'true');
      var title = this.getAttribute('header-title');
      if (title) {
        var h = document.createElement('h2');
        h.slot = 'title';
        h.className = 'draggable';
        h.textContent = title;
        ov.appendChild(h);
        ov.setAttribute('has-title', '');
        ov.setAttribute('aria-label', title);
      }
      this._moved = Array.prototype.slice.call(this.childNodes);
      this._moved.forEach(function (c) { ov.appendChild(c); });
      if (ov.querySelector(':scope > [slot=footer]')) ov.setAttribute('has-footer', '');
      document.body.appendChild(ov);
      ov.setAttribute('opened', '');
      ov.setAttribute('opening', '');
      setTimeout(function () { ov.removeAttribute('opening'); }, 250);
      this._overlay = ov;
      this.setAttribute('opened', '');
      pushOverlay(ov, !this.hasAttribute('modeless'));
      ov._onEsc = function () { if (!self.hasAttribute('no-close-on-esc')) self.close(); };
      ov.shadowRoot.getElementById('backdrop').addEventListener('click', function () {
        if (!self.hasAttribute('no-close-on-outside-click')) self.close();
      });
      ov.shadowRoot.getElementById('overlay').focus();
      this.dispatchEvent(new CustomEvent('opened-changed', { detail: { value: true } }));
    }
    close() {
      var ov = this._overlay;
      if (!ov) return;
      var self = this;
      this._overlay = null;
      ov.removeAttribute('opened');
      ov.setAttribute('closing', '');
      popOverlay(ov);
      this.removeAttribute('opened');
      setTimeout(function () {
        ov.removeAttribute('closing');
        self._moved.forEach(function (c) { self.appendChild(c); });
        ov.remove();
      }, 200);
      this.dispatchEvent(new CustomEvent('opened-changed', { detail: { value: false } }));
    }
  });

  // ---- confirm dialog ----
  customElements.define('vaadin-confirm-dialog-overlay', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      attach(this, 'confirm', '<div part="backdrop" id="backdrop"></div><div part="overlay" id="overlay" tabindex="0"><div part="content" id="content">' +
        '<div part="header"><slot name="header"></slot></div><div part="message"><slot></slot></div></div>' +
        '<div part="footer"><div class="cancel-button"><slot name="cancel-button"></slot></div><div class="reject-button"><slot name="reject-button"></slot></div>' +
        '<div class="confirm-button"><slot name="confirm-button"></slot></div></div></div>');
    }
  });
  customElements.define('vaadin-confirm-dialog', class extends HTMLElement {
    connectedCallback() { this.style.display = 'none'; }
    open() {
      if (this._overlay) return;
      var self = this;
      var ov = document.createElement('vaadin-confirm-dialog-overlay');
      ov.id = 'overlay';
      ov.setAttribute('role', 'alertdialog');
      ov.setAttribute('aria-modal', 'true');
      var header = this.getAttribute('header') || '';
      ov.setAttribute('aria-label', header);
      ov.innerHTML = '<h3 slot="header">' + escapeHtml(header) + '</h3><div>' + escapeHtml(this.getAttribute('message') || '') + '</div>' +
        '<vaadin-button slot="cancel-button" theme="tertiary">' + escapeHtml(this.getAttribute('cancel-text') || 'Cancel') + '</vaadin-button>' +
        '<vaadin-button slot="confirm-button" theme="primary">' + escapeHtml(this.getAttribute('confirm-text') || 'Confirm') + '</vaadin-button>';
      document.body.appendChild(ov);
      ov.setAttribute('opened', '');
      ov.setAttribute('opening', '');
      setTimeout(function () { ov.removeAttribute('opening'); }, 250);
      this._overlay = ov;
      pushOverlay(ov, true);
      ov._onEsc = function () { self._finish('cancel'); };
      ov.querySelector('[slot=cancel-button]').addEventListener('click', function () { self._finish('cancel'); });
      ov.querySelector('[slot=confirm-button]').addEventListener('click', function () { self._finish('confirm'); });
      ov.querySelector('[slot=confirm-button]').focus();
    }
    _finish(kind) {
      var ov = this._overlay;
      if (!ov) return;
      this._overlay = null;
      ov.removeAttribute('opened');
      ov.setAttribute('closing', '');
      popOverlay(ov);
      setTimeout(function () { ov.remove(); }, 200);
      this.dispatchEvent(new CustomEvent(kind));
    }
  });

  // ---- notifications: cards in a vaadin-notification-container at the end of <body> ----
  customElements.define('vaadin-notification-container', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      attach(this, 'notificationContainer', '<div region="top-stretch"><slot name="top-stretch"></slot></div>' +
        '<div region-group="top"><div region="top-start"><slot name="top-start"></slot></div><div region="top-center"><slot name="top-center"></slot></div>' +
        '<div region="top-end"><slot name="top-end"></slot></div></div><div region="middle"><slot name="middle"></slot></div>' +
        '<div region-group="bottom"><div region="bottom-start"><slot name="bottom-start"></slot></div><div region="bottom-center"><slot name="bottom-center"></slot></div>' +
        '<div region="bottom-end"><slot name="bottom-end"></slot></div></div><div region="bottom-stretch"><slot name="bottom-stretch"></slot></div>');
    }
  });
  customElements.define('vaadin-notification-card', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.setAttribute('role', 'alert');
      attach(this, 'notificationCard', '<div part="overlay"><div part="content"><slot></slot></div></div>');
    }
  });
  function notificationContainer() {
    var c = document.querySelector('body > vaadin-notification-container');
    if (!c) c = document.createElement('vaadin-notification-container');
    if (c !== document.body.lastElementChild) document.body.appendChild(c);
    c.setAttribute('opened', '');
    return c;
  }
  function closeCard(card) {
    if (!card.isConnected || card.hasAttribute('closing')) return;
    card.setAttribute('closing', '');
    setTimeout(function () {
      var c = card.parentNode;
      card.remove();
      if (c && !c.children.length) c.removeAttribute('opened');
    }, 300);
  }
  function showNotification(text, opts) {
    opts = opts || {};
    var card = document.createElement('vaadin-notification-card');
    card.slot = opts.position || 'bottom-start';
    if (opts.theme) card.setAttribute('theme', opts.theme);
    card.textContent = text;
    var c = notificationContainer();
    if (card.slot.indexOf('top') === 0) c.insertBefore(card, c.firstChild); else c.appendChild(card);
    card.setAttribute('opening', '');
    setTimeout(function () { card.removeAttribute('opening'); }, 400);
    var duration = opts.duration == null ? 5000 : opts.duration;
    if (duration > 0) setTimeout(function () { closeCard(card); }, duration);
    return card;
  }
  var expiredShown = false;
  function sessionExpired() {
    if (expiredShown) return;
    expiredShown = true;
    var card = showNotification('', { position: 'top-stretch', theme: 'error', duration: 0 });
    card.classList.add('v-system-error');
    card.innerHTML = '<div><b class="caption">Session Expired.</b> <span class="message">Take note of any unsaved data, and <u>click here</u> or press ESC key to continue.</span></div>';
    var go = function () { location.href = '/login?expired'; };
    card.addEventListener('click', go);
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') go(); }, true);
    setTimeout(go, 1000);
  }
`;

const RUNTIME_C = `
  // ---- grid: cell contents are light DOM, slotted into the shadow table#table ----
  customElements.define('vaadin-grid-cell-content', class extends HTMLElement {});
  customElements.define('vaadin-grid-column', class extends HTMLElement {
    connectedCallback() { this.style.display = 'none'; }
  });
  customElements.define('vaadin-grid', class extends HTMLElement {
    connectedCallback() {
      if (this._ready) return;
      this._ready = true;
      this._slotIndex = 0;
      attach(this, 'grid', '<div id="scroller" part="scroller"><table id="table" role="treegrid" aria-multiselectable="true" tabindex="0">' +
        '<caption id="sizer" part="row"></caption><thead id="header" role="rowgroup"></thead><tbody id="items" role="rowgroup"></tbody>' +
        '<tbody id="emptystatebody"></tbody><tfoot id="footer" role="rowgroup"></tfoot></table></div>' +
        '<div part="reorder-ghost"></div><slot name="tooltip"></slot><div id="focusexit" tabindex="0"></div>');
      this._columns = Array.prototype.map.call(this.querySelectorAll(':scope > vaadin-grid-column'), function (c) {
        return { path: c.getAttribute('path'), header: c.getAttribute('header') || '' };
      });
      this._items = this._items || [];
      this._render();
    }
    set items(v) { this._items = v || []; if (this._ready) this._render(); }
    get items() { return this._items || []; }
    _render() {
      var self = this;
      this.querySelectorAll(':scope > vaadin-grid-cell-content').forEach(function (c) { c.remove(); });
      var root = this.shadowRoot;
      var thead = root.getElementById('header');
      var tbody = root.getElementById('items');
      var empty = root.getElementById('emptystatebody');
      thead.textContent = '';
      tbody.textContent = '';
      empty.textContent = '';
      var cols = this._columns;
      function cell(tag, part, role, text, row) {
        var name = 'vaadin-grid-cell-content-' + self._slotIndex++;
        var td = document.createElement(tag);
        td.setAttribute('part', part);
        td.setAttribute('role', role);
        td.setAttribute('tabindex', '-1');
        var s = document.createElement('slot');
        s.name = name;
        td.appendChild(s);
        row.appendChild(td);
        var content = document.createElement('vaadin-grid-cell-content');
        content.slot = name;
        content.textContent = text;
        self.appendChild(content);
      }
      function partOf(base, i) { return base + (i === 0 ? ' first-column-cell' : '') + (i === cols.length - 1 ? ' last-column-cell' : ''); }
      var hr = document.createElement('tr');
      hr.setAttribute('part', 'row');
      hr.setAttribute('role', 'row');
      hr.setAttribute('tabindex', '-1');
      cols.forEach(function (c, i) { cell('th', partOf('cell header-cell', i), 'columnheader', c.header, hr); });
      thead.appendChild(hr);
      this._items.forEach(function (item, r) {
        var tr = document.createElement('tr');
        tr.setAttribute('part', 'row body-row' + (r === 0 ? ' first-row' : '') + (r === self._items.length - 1 ? ' last-row' : '') + (r % 2 ? ' even-row' : ' odd-row'));
        tr.setAttribute('role', 'row');
        tr.setAttribute('tabindex', '-1');
        tr.setAttribute('aria-rowindex', String(r + 2));
        cols.forEach(function (c, i) {
          var v = item[c.path];
          cell('td', partOf('cell body-cell', i), 'gridcell', v == null ? '' : String(v), tr);
        });
        tbody.appendChild(tr);
      });
      if (!this._items.length && this.hasAttribute('empty-state-text')) {
        var er = document.createElement('tr');
        er.innerHTML = '<td part="empty-state" colspan="' + cols.length + '"></td>';
        er.firstChild.textContent = this.getAttribute('empty-state-text');
        empty.appendChild(er);
      }
      var table = root.getElementById('table');
      table.setAttribute('aria-rowcount', String(this._items.length + 1));
      table.setAttribute('aria-colcount', String(cols.length));
    }
  });

  // ---- app layout, drawer toggle, side nav ----
  customElements.define('vaadin-app-layout', class extends HTMLElement {
    connectedCallback() {
      if (this._ready) return;
      this._ready = true;
      attach(this, 'appLayout', '<div part="navbar" id="navbarTop"><slot name="navbar"></slot></div><div part="backdrop"></div>' +
        '<div part="drawer" id="drawer"><slot name="drawer" id="drawerSlot"></slot></div><div content><slot></slot></div>' +
        '<div part="navbar navbar-bottom" id="navbarBottom" hidden><slot name="navbar-bottom"></slot></div>' +
        '<div hidden><slot id="touchSlot" name="navbar touch-optimized"></slot></div>');
      if (!this.hasAttribute('primary-section')) this.setAttribute('primary-section', 'navbar');
      this.toggleAttribute('has-drawer', !!this.querySelector(':scope > [slot=drawer]'));
      this.toggleAttribute('has-navbar', !!this.querySelector(':scope > [slot=navbar]'));
      if (this.hasAttribute('has-drawer') && window.innerWidth > 800) this.setAttribute('drawer-opened', '');
    }
    toggleDrawer() {
      this.toggleAttribute('drawer-opened');
      this.dispatchEvent(new CustomEvent('drawer-opened-changed', { detail: { value: this.hasAttribute('drawer-opened') } }));
    }
  });
  customElements.define('vaadin-drawer-toggle', class extends HTMLElement {
    connectedCallback() {
      if (this._ready) return;
      this._ready = true;
      var self = this;
      this.setAttribute('role', 'button');
      this.setAttribute('tabindex', '0');
      if (!this.hasAttribute('aria-label')) this.setAttribute('aria-label', 'Menu toggle');
      attach(this, 'drawerToggle', '<slot id="slot"><div part="icon"></div></slot>');
      this.addEventListener('click', function () {
        var layout = self.closest('vaadin-app-layout');
        if (layout) layout.toggleDrawer();
      });
      this.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); self.click(); } });
    }
  });
  customElements.define('vaadin-side-nav', class extends HTMLElement {
    connectedCallback() {
      if (this._ready) return;
      this._ready = true;
      this.setAttribute('role', 'navigation');
      attach(this, 'sideNav', '<ul id="children" role="list" part="children"><slot></slot></ul>');
    }
  });
  customElements.define('vaadin-side-nav-item', class extends HTMLElement {
    connectedCallback() {
      if (this._ready) return;
      this._ready = true;
      var self = this;
      this.setAttribute('role', 'listitem');
      var path = this.getAttribute('path');
      attach(this, 'sideNavItem', '<div part="content"><a id="link"' + (path != null ? ' href="' + escapeHtml(path) + '"' : '') +
        ' part="link" aria-current="false"><span part="prefix" aria-hidden="true"><slot name="prefix"></slot></span><slot></slot><slot name="suffix"></slot></a>' +
        '<button part="toggle-button" aria-controls="children" aria-expanded="false" aria-label="Toggle child items"></button></div>' +
        '<ul part="children" role="list" id="children" hidden><slot name="children"></slot></ul><slot name="tooltip"></slot>');
      this.shadowRoot.querySelector('[part=toggle-button]').addEventListener('click', function (e) {
        e.preventDefault();
        e.stopPropagation();
        self.expanded = !self.expanded;
      });
      var kids = this.shadowRoot.querySelector('slot[name=children]');
      var update = function () { self.toggleAttribute('has-children', kids.assignedElements().length > 0); };
      kids.addEventListener('slotchange', update);
      update();
      if (path != null && location.pathname === path) {
        this.setAttribute('current', '');
        this.shadowRoot.getElementById('link').setAttribute('aria-current', 'page');
        var p = this.parentElement && this.parentElement.closest('vaadin-side-nav-item');
        while (p) { p.expanded = true; p = p.parentElement && p.parentElement.closest('vaadin-side-nav-item'); }
      }
      if (this.hasAttribute('expanded')) this.expanded = true;
    }
    get expanded() { return this.hasAttribute('expanded'); }
    set expanded(v) {
      this.toggleAttribute('expanded', !!v);
      var r = this.shadowRoot;
      if (!r) return;
      r.getElementById('children').hidden = !v;
      r.querySelector('[part=toggle-button]').setAttribute('aria-expanded', String(!!v));
    }
  });

  // ---- layouts ----
  customElements.define('vaadin-vertical-layout', class extends HTMLElement {
    connectedCallback() { if (!this.shadowRoot) attach(this, 'vlayout', '<slot></slot>'); }
  });
  customElements.define('vaadin-horizontal-layout', class extends HTMLElement {
    connectedCallback() { if (!this.shadowRoot) attach(this, 'hlayout', '<slot></slot>'); }
  });
  customElements.define('vaadin-scroller', class extends HTMLElement {
    connectedCallback() { if (!this.shadowRoot) attach(this, 'scrollerEl', '<slot></slot>'); }
  });
  customElements.define('vaadin-form-layout', class extends HTMLElement {
    connectedCallback() { if (!this.shadowRoot) attach(this, 'formLayout', '<div id="layout"><slot id="slot"></slot></div>'); }
  });

  // ---- login form (Spring Security posts the native form) ----
  customElements.define('vaadin-login-form', class extends HTMLElement {
    connectedCallback() {
      if (this._ready) return;
      this._ready = true;
      var self = this;
      attach(this, 'loginForm', '<section part="form"><h2 part="form-title">' + escapeHtml(this.getAttribute('title') || 'Log in') + '</h2>' +
        '<div part="error-message" hidden><strong part="error-message-title"></strong><p part="error-message-description"></p></div>' +
        '<slot name="form"></slot><slot name="custom-form-area"></slot><slot name="submit"></slot><slot name="forgot-password"></slot>' +
        '<div part="footer"><slot name="footer"></slot></div></section>');
      if (this.hasAttribute('error')) this.showError(this.getAttribute('error-title') || '', this.getAttribute('error-message') || '');
      var submit = this.querySelector('vaadin-button[theme~=submit]');
      if (submit) submit.addEventListener('click', function () { self.submit(); });
      this.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' && e.target && e.target.localName === 'input') { e.preventDefault(); self.submit(); }
      });
    }
    showError(title, message) {
      var box = this.shadowRoot.querySelector('[part=error-message]');
      box.querySelector('[part=error-message-title]').textContent = title;
      box.querySelector('[part=error-message-description]').textContent = message;
      box.hidden = false;
      this.setAttribute('error', '');
    }
    submit() {
      if (this.hasAttribute('disabled')) return;
      var fields = Array.prototype.slice.call(this.querySelectorAll('vaadin-text-field[required], vaadin-password-field[required]'));
      var bad = fields.filter(function (f) { return !f.value.trim(); });
      fields.forEach(function (f) { f.setInvalid(!f.value.trim()); });
      if (bad.length) { bad[0].focus(); return; }
      var u = this.querySelector('#vaadinLoginUsername');
      var p = this.querySelector('#vaadinLoginPassword');
      var ev = new CustomEvent('login', { cancelable: true, detail: { username: u ? u.value : '', password: p ? p.value : '' } });
      if (!this.dispatchEvent(ev)) return;
      this.setAttribute('disabled', '');
      var btn = this.querySelector('vaadin-button[theme~=submit]');
      if (btn) btn.setAttribute('disabled', '');
      this.querySelector('form').submit();
    }
  });

  // ---- the server calls (Flow's UIDL replaced by small JSON endpoints) ----
  function csrfToken() { var m = document.querySelector('meta[name=_csrf]'); return m ? m.getAttribute('content') : ''; }
  async function connect(endpoint, body) {
    var resp;
    try {
      resp = await fetch('/connect/' + endpoint, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken() },
        body: JSON.stringify(body || {}),
      });
    } catch (e) {
      showNotification('Server connection lost, trying to reconnect...', { theme: 'error', duration: 3000 });
      throw e;
    }
    if (resp.status === 401) {
      sessionExpired();
      var err = new Error('Session expired');
      err.sessionExpired = true;
      throw err;
    }
    var data = {};
    try { data = await resp.json(); } catch (e) { data = {}; }
    data.httpStatus = resp.status;
    return data;
  }
  window.Vaadin = window.Vaadin || {};
  window.Vaadin.connect = connect;
  window.Vaadin.Notification = { show: showNotification, close: closeCard };
  window.Vaadin.sessionExpired = sessionExpired;
})();
`;

function runtimeScript(): string {
  const css = JSON.stringify(COMPONENT_CSS).replace(/<\//g, '<\\/');
  return (RUNTIME_A + RUNTIME_B + RUNTIME_C).replace('__COMPONENT_CSS__', () => css);
}

const BUNDLE_PATH = '/VAADIN/build/vaadin-bundle-5c2e8b41.js';
const CREATE_PATH = '/api-registration/user-credentials/create-api-user';

/** The leaves of the menu other than Dash Board and Create API User: views with nothing in them. */
const PLACEHOLDERS: Record<string, string> = {
  '/e-invoice/generate-irn': 'Generate IRN',
  '/e-invoice/cancel-irn': 'Cancel IRN',
  '/e-invoice/bulk-upload': 'Bulk Upload',
  '/api-registration/user-credentials/change-password': 'Change API Password',
  '/api-registration/ip-whitelisting': 'IP Whitelisting',
  '/api-registration/freeze-api-user': 'Freeze API User',
  '/mis-reports/summary': 'Summary Report',
  '/mis-reports/detailed': 'Detailed Report',
  '/user-management/create-sub-user': 'Create Sub User',
};

/** The Flow bootstrap page: the runtime bundle, then the view's own script (both modules, in order). */
function shell(title: string, body: string, opts: { csrf?: string; script?: string } = {}): string {
  return `<!DOCTYPE html>
<html lang="en" theme="">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=yes, viewport-fit=cover">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(title)} | e-Invoice System</title>
${opts.csrf ? `<meta name="_csrf" content="${esc(opts.csrf)}">\n<meta name="_csrf_header" content="X-CSRF-Token">` : ''}
<style>${DOC_CSS}</style>
<script type="module" src="${BUNDLE_PATH}"></script>
${opts.script ? `<script type="module">\n${opts.script}\n</script>` : ''}
</head>
<body>
<div id="outlet">${body}</div>
<noscript>You need to enable JavaScript to run this app.</noscript>
</body>
</html>`;
}

function navItem(label: string, path?: string, children = '', slot = false): string {
  const attrs = `${slot ? ' slot="children"' : ''}${path ? ` path="${esc(path)}"` : ''}`;
  return `<vaadin-side-nav-item${attrs}>${esc(label)}${children}</vaadin-side-nav-item>`;
}

function mainLayout(gstin: string, content: string): string {
  const nav = [
    navItem('Dash Board', '/dashboard'),
    navItem(
      'e-Invoice',
      undefined,
      navItem('Generate IRN', '/e-invoice/generate-irn', '', true) +
        navItem('Cancel IRN', '/e-invoice/cancel-irn', '', true) +
        navItem('Bulk Upload', '/e-invoice/bulk-upload', '', true),
    ),
    navItem(
      'API Registration',
      undefined,
      navItem(
        'User Credentials',
        undefined,
        navItem('Create API User', CREATE_PATH, '', true) +
          navItem('Change API Password', '/api-registration/user-credentials/change-password', '', true),
        true,
      ) +
        navItem('IP Whitelisting', '/api-registration/ip-whitelisting', '', true) +
        navItem('Freeze API User', '/api-registration/freeze-api-user', '', true),
    ),
    navItem(
      'MIS Reports',
      undefined,
      navItem('Summary Report', '/mis-reports/summary', '', true) +
        navItem('Detailed Report', '/mis-reports/detailed', '', true),
    ),
    navItem(
      'User Management',
      undefined,
      navItem('Create Sub User', '/user-management/create-sub-user', '', true),
    ),
  ].join('\n');
  return `<vaadin-app-layout primary-section="navbar">
<vaadin-drawer-toggle slot="navbar" aria-label="Menu toggle"></vaadin-drawer-toggle>
<span class="emblem" slot="navbar">GST</span>
<h1 slot="navbar" class="app-title">e-Invoice System</h1>
<span slot="navbar" class="app-sub">GSTIN: ${esc(gstin)} &nbsp;|&nbsp; ${esc(VAADIN_R19_LOGIN.username)}</span>
<vaadin-button slot="navbar" theme="tertiary" id="logoutButton" style="margin-right:var(--lumo-space-m)">Logout</vaadin-button>
<div slot="drawer" class="drawer-header">Menu</div>
<vaadin-scroller slot="drawer" scroll-direction="vertical">
<vaadin-side-nav>
${nav}
</vaadin-side-nav>
</vaadin-scroller>
${content}
</vaadin-app-layout>`;
}

const LAYOUT_SCRIPT = `
document.getElementById('logoutButton').addEventListener('click', () => { location.href = '/logout'; });
`;

function homePage(): string {
  const body = `<vaadin-app-layout primary-section="navbar">
<span class="emblem" slot="navbar">GST</span>
<h1 slot="navbar" class="app-title">e-Invoice System</h1>
<span slot="navbar" class="app-sub">Goods and Services Tax Network &nbsp;|&nbsp; National Informatics Centre</span>
<vaadin-button slot="navbar" theme="primary" id="loginButton" style="margin-right:var(--lumo-space-m)">Login</vaadin-button>
<div class="view">
<h2>Welcome to the e-Invoice System</h2>
<p>Generate the Invoice Reference Number (IRN) and signed QR code for your B2B invoices, register API users for your GSP or ERP, and view MIS reports.</p>
<vaadin-vertical-layout class="card" theme="spacing" style="align-items:stretch">
<h3>Latest Updates</h3>
<ul class="news">
<li>Two-factor authentication is mandatory for all taxpayers from 1st April 2025.</li>
<li>Time limit for reporting invoices on the IRP for taxpayers with AATO of 10 crore and above.</li>
<li>New GSPs added for e-Invoice API access.</li>
</ul>
</vaadin-vertical-layout>
</div>
</vaadin-app-layout>`;
  const script = `document.getElementById('loginButton').addEventListener('click', () => { location.href = '/login'; });`;
  return shell('Home', body, { script });
}

function loginPage(csrf: string, query: URLSearchParams): string {
  let error = '';
  if (query.has('expired')) {
    error =
      ' error error-title="Session expired" error-message="Your session has expired. Please log in again."';
  } else if (query.get('error') === 'captcha') {
    error =
      ' error error-title="Invalid captcha" error-message="The characters you entered do not match the picture. Please try again."';
  } else if (query.has('error')) {
    error =
      ' error error-title="Incorrect username or password" error-message="Check that you have entered the correct username and password and try again."';
  } else if (query.has('logout')) {
    error = '';
  }
  const logoutNote = query.has('logout') ? '<p class="hint" slot="footer">You have been logged out.</p>' : '';
  const body = `<vaadin-vertical-layout class="login-view">
<h1>e-Invoice System</h1>
<vaadin-login-form title="Log in"${error}>
<form method="POST" action="/login" slot="form" style="display:flex;flex-direction:column">
<input type="hidden" name="_csrf" value="${esc(csrf)}">
<vaadin-text-field name="username" id="vaadinLoginUsername" label="Username" required autocapitalize="none" autocomplete="username" error-message="Username is required" style="width:100%"></vaadin-text-field>
<vaadin-password-field name="password" id="vaadinLoginPassword" label="Password" required autocomplete="current-password" error-message="Password is required" style="width:100%"></vaadin-password-field>
<div class="captcha-row"><img id="captchaImage" alt="captcha" width="160" height="50" src="/VAADIN/dynamic/captcha?ts=${Date.now()}"><vaadin-button theme="tertiary icon" id="refreshCaptcha" aria-label="Refresh captcha" title="Refresh captcha">&#x21bb;</vaadin-button></div>
<vaadin-text-field name="captcha" id="captchaField" label="Enter captcha" required maxlength="6" autocomplete="off" autocapitalize="characters" error-message="Please enter the captcha" style="width:100%"></vaadin-text-field>
<vaadin-button theme="primary contained submit" style="margin-top:var(--lumo-space-l)">Log in</vaadin-button>
</form>
<vaadin-button slot="forgot-password" theme="tertiary small" id="forgotPassword">Forgot password</vaadin-button>
${logoutNote}
</vaadin-login-form>
<a href="/" style="margin-top:var(--lumo-space-m);font-size:var(--lumo-font-size-s)">Back to home</a>
</vaadin-vertical-layout>`;
  const script = `
const img = document.getElementById('captchaImage');
document.getElementById('refreshCaptcha').addEventListener('click', () => { img.src = '/VAADIN/dynamic/captcha?ts=' + Date.now(); });
document.getElementById('forgotPassword').addEventListener('click', () => {
  Vaadin.Notification.show('Use Forgot Password on the GST common portal to reset your password.', { duration: 3000, position: 'bottom-start' });
});
${query.get('error') === 'captcha' ? "document.getElementById('captchaField').setInvalid(true, 'Invalid captcha');" : ''}
document.getElementById('${query.has('error') && query.get('error') !== 'captcha' ? 'vaadinLoginPassword' : 'vaadinLoginUsername'}').focus();
`;
  return shell('Login', body, { csrf, script });
}

function otpPage(csrf: string): string {
  const body = `<vaadin-vertical-layout class="login-view">
<h1>e-Invoice System</h1>
<vaadin-vertical-layout class="card" theme="spacing" style="width:22rem;align-items:stretch">
<h2 style="margin:0">Two-Step Verification</h2>
<p class="hint">A one-time password (OTP) has been sent to your registered mobile number ${MOBILE}. Enter it below to continue.</p>
<vaadin-text-field id="otpField" label="One-time password" required maxlength="6" inputmode="numeric" autocomplete="one-time-code"></vaadin-text-field>
<vaadin-button theme="primary" id="verifyButton">Verify</vaadin-button>
<vaadin-horizontal-layout style="justify-content:space-between;align-items:center">
<vaadin-button theme="tertiary" id="resendButton">Resend OTP</vaadin-button>
<vaadin-button theme="tertiary" id="backButton">Back to login</vaadin-button>
</vaadin-horizontal-layout>
</vaadin-vertical-layout>
</vaadin-vertical-layout>`;
  const script = `
const field = document.getElementById('otpField');
const verify = document.getElementById('verifyButton');
field.focus();
verify.addEventListener('click', async () => {
  const otp = field.value.trim();
  if (!otp) { field.setInvalid(true, 'Please enter the OTP'); return; }
  verify.setAttribute('disabled', '');
  try {
    const r = await Vaadin.connect('login/verify-otp', { otp });
    if (r.ok) { location.href = r.next; return; }
    field.value = '';
    field.setInvalid(true, r.message || 'Invalid OTP. Please try again.');
    field.focus();
  } catch (e) { /* the session notification is shown */ }
  finally { verify.removeAttribute('disabled'); }
});
field.addEventListener('keydown', (e) => { if (e.key === 'Enter') verify.click(); });
document.getElementById('resendButton').addEventListener('click', async () => {
  try {
    const r = await Vaadin.connect('login/resend-otp', {});
    if (r.ok) Vaadin.Notification.show('A new OTP has been sent to your registered mobile number.', { duration: 3000, theme: 'success' });
  } catch (e) { /* shown */ }
});
document.getElementById('backButton').addEventListener('click', () => { location.href = '/logout'; });
`;
  return shell('Two-Step Verification', body, { csrf, script });
}

function dashboardPage(csrf: string, gstin: string, session: Session, showContact: boolean): string {
  const c = session.contact;
  const content = `<div class="view">
<h2>Dash Board</h2>
<span class="breadcrumb">GSTIN ${esc(gstin)} &nbsp;|&nbsp; M/s UNIVERSAL FOODS AND TRADERS</span>
<div class="stats" style="margin-top:var(--lumo-space-m)">
<div class="card stat"><div class="lbl">Generations</div><div class="num">0</div><div class="hint">IRNs generated today</div></div>
<div class="card stat"><div class="lbl">Cancelled</div><div class="num">0</div><div class="hint">IRNs cancelled today</div></div>
<div class="card stat"><div class="lbl">API Users</div><div class="num">1</div><div class="hint">Active API users for this GSTIN</div></div>
</div>
<vaadin-dialog id="technicalContactDialog" header-title="Contacts of Technical Person" no-close-on-outside-click>
<vaadin-vertical-layout theme="spacing" style="width:26rem;align-items:stretch">
<p class="hint" style="margin:0">Please provide or confirm the details of the technical person to be contacted for e-Invoice integration issues.</p>
<vaadin-text-field id="contactName" style="width:100%" label="Name" required value="${esc(c.name)}"></vaadin-text-field>
<vaadin-text-field id="contactMobile" style="width:100%" label="Mobile Number" required maxlength="10" inputmode="numeric" value="${esc(c.mobile)}"></vaadin-text-field>
<vaadin-text-field id="contactEmail" style="width:100%" label="Email ID" required value="${esc(c.email)}"></vaadin-text-field>
</vaadin-vertical-layout>
<div slot="footer" style="display:flex;gap:var(--lumo-space-s)">
<vaadin-button theme="tertiary" id="closeContactButton">Close</vaadin-button>
<vaadin-button theme="primary" id="updateContactButton">Update</vaadin-button>
</div>
</vaadin-dialog>
</div>`;
  const script = `${LAYOUT_SCRIPT}
const dialog = document.getElementById('technicalContactDialog');
${showContact ? 'setTimeout(() => dialog.open(), 400);' : ''}
document.getElementById('closeContactButton').addEventListener('click', () => dialog.close());
const update = document.getElementById('updateContactButton');
update.addEventListener('click', async () => {
  const name = document.getElementById('contactName');
  const mobile = document.getElementById('contactMobile');
  const email = document.getElementById('contactEmail');
  let ok = true;
  if (!name.value.trim()) { name.setInvalid(true, 'Name is required'); ok = false; }
  if (!/^[6-9][0-9]{9}$/.test(mobile.value.trim())) { mobile.setInvalid(true, 'Enter a valid 10 digit mobile number'); ok = false; }
  if (!/^[^@ ]+@[^@ ]+[.][^@ ]+$/.test(email.value.trim())) { email.setInvalid(true, 'Enter a valid email address'); ok = false; }
  if (!ok) return;
  update.setAttribute('disabled', '');
  try {
    const r = await Vaadin.connect('profile/technical-contact', { name: name.value.trim(), mobile: mobile.value.trim(), email: email.value.trim() });
    if (r.ok) {
      dialog.close();
      Vaadin.Notification.show('Technical contact details updated successfully.', { duration: 3000, theme: 'success' });
    } else {
      Vaadin.Notification.show(r.message || 'Could not update the details.', { duration: 3000, theme: 'error' });
    }
  } catch (e) { /* shown */ }
  finally { update.removeAttribute('disabled'); }
});
`;
  return shell('Dash Board', mainLayout(gstin, content), { csrf, script });
}

function placeholderPage(csrf: string, gstin: string, title: string): string {
  const content = `<div class="view">
<h2>${esc(title)}</h2>
<vaadin-vertical-layout class="card" style="align-items:stretch"><p class="hint">No records found.</p></vaadin-vertical-layout>
</div>`;
  return shell(title, mainLayout(gstin, content), { csrf, script: LAYOUT_SCRIPT });
}

function notFoundPage(path: string): string {
  const body = `<div class="view"><h2>Could not navigate to '${esc(path.replace(/^\//, ''))}'</h2>
<p>Reason: Couldn't find route for '${esc(path.replace(/^\//, ''))}'</p><p><a href="/">Go to the home page</a></p></div>`;
  return shell('Route not found', body);
}

function createApiUserPage(
  csrf: string,
  gstin: string,
  session: Session,
  rows: (Row & { sno: number })[],
): string {
  const content = `<div class="view">
<span class="breadcrumb">API Registration / User Credentials / Create API User</span>
<h2 style="margin-top:.3em">Create API User</h2>
<vaadin-vertical-layout class="card" id="otpPanel" theme="spacing" style="max-width:40rem;align-items:stretch"${session.apiOtpVerified ? ' hidden' : ''}>
<h3>API Registration</h3>
<p style="margin:0">To create an API user, an OTP will be sent to the mobile number registered for GSTIN <b>${esc(gstin)}</b> (${MOBILE}).</p>
<vaadin-horizontal-layout theme="spacing"><vaadin-button theme="primary" id="sendOtpButton">Send OTP</vaadin-button></vaadin-horizontal-layout>
<span class="hint" id="otpInfo" hidden></span>
<vaadin-horizontal-layout id="otpEntry" theme="spacing" style="align-items:baseline" hidden>
<vaadin-password-field id="apiOtpField" label="Enter OTP" required maxlength="6" inputmode="numeric" autocomplete="one-time-code"></vaadin-password-field>
<vaadin-button theme="primary" id="verifyOtpButton">Verify OTP</vaadin-button>
</vaadin-horizontal-layout>
</vaadin-vertical-layout>
<vaadin-vertical-layout class="card" id="registrationPanel" theme="spacing" style="max-width:48rem;align-items:stretch"${session.apiOtpVerified ? '' : ' hidden'}>
<h3>User Credentials</h3>
<vaadin-radio-group id="registrationMode" label="Do you wish to Register your GSTIN for" required theme="horizontal">
<vaadin-radio-button value="1" label="Directly"></vaadin-radio-button>
<vaadin-radio-button value="2" label="Through GSP"></vaadin-radio-button>
</vaadin-radio-group>
<p class="hint" id="directNote" hidden style="margin:0">Direct API access is given only to taxpayers with an aggregate annual turnover above Rs. 500 crore.</p>
<vaadin-form-layout>
<vaadin-combo-box id="gspComboBox" label="Select your GSP" required colspan="2" placeholder="Select GSP" hidden></vaadin-combo-box>
<vaadin-text-field id="apiUserName" label="User Name" required maxlength="24" autocomplete="off" helper-text="4 to 20 letters, digits or underscore"><div slot="prefix">API_</div></vaadin-text-field>
<div></div>
<vaadin-password-field id="apiPassword" label="Password" required maxlength="15" autocomplete="new-password" helper-text="8 to 15 characters with an upper case letter, a lower case letter, a digit and a special character"></vaadin-password-field>
<vaadin-password-field id="apiConfirmPassword" label="Confirm Password" required maxlength="15" autocomplete="new-password"></vaadin-password-field>
</vaadin-form-layout>
<vaadin-horizontal-layout theme="spacing">
<vaadin-button theme="primary" id="submitButton">Submit</vaadin-button>
<vaadin-button id="exitButton">Exit</vaadin-button>
</vaadin-horizontal-layout>
</vaadin-vertical-layout>
<p class="success-text" id="resultText" hidden></p>
<vaadin-vertical-layout id="registeredPanel" style="max-width:60rem;align-items:stretch"${session.apiOtpVerified ? '' : ' hidden'}>
<h3>GSPs registered for GSTIN ${esc(gstin)}</h3>
<vaadin-grid id="registeredGrid" all-rows-visible theme="row-stripes" empty-state-text="No records found">
<vaadin-grid-column path="sno" header="Sl. No."></vaadin-grid-column>
<vaadin-grid-column path="gsp" header="GSP Name"></vaadin-grid-column>
<vaadin-grid-column path="username" header="API User Name"></vaadin-grid-column>
<vaadin-grid-column path="createdOn" header="Created On"></vaadin-grid-column>
<vaadin-grid-column path="status" header="Status"></vaadin-grid-column>
</vaadin-grid>
</vaadin-vertical-layout>
<vaadin-confirm-dialog id="confirmDialog" header="Confirm" message="Create the API user?" confirm-text="Confirm" cancel-text="Cancel"></vaadin-confirm-dialog>
</div>`;
  const data = { gsps: GSPS, rows, sent: session.apiOtpSent, mobile: MOBILE };
  const script = `${LAYOUT_SCRIPT}
const DATA = ${jsonInline(data)};
const $ = (id) => document.getElementById(id);
const note = (text, theme) => Vaadin.Notification.show(text, { duration: 3000, theme, position: 'bottom-start' });
async function call(button, endpoint, body) {
  button.setAttribute('disabled', '');
  try { return await Vaadin.connect(endpoint, body); }
  catch (e) { return null; }
  finally { button.removeAttribute('disabled'); }
}
const grid = $('registeredGrid');
grid.items = DATA.rows;
$('gspComboBox').items = DATA.gsps;
const sendButton = $('sendOtpButton');
const otpField = $('apiOtpField');
const verifyButton = $('verifyOtpButton');
function otpSent() {
  $('otpInfo').textContent = 'An OTP has been sent to your registered mobile number ' + DATA.mobile + '. It is valid for 10 minutes.';
  $('otpInfo').hidden = false;
  $('otpEntry').hidden = false;
  sendButton.textContent = 'Resend OTP';
  sendButton.setAttribute('theme', 'tertiary');
}
if (DATA.sent) otpSent();
sendButton.addEventListener('click', async () => {
  const r = await call(sendButton, 'api-registration/send-otp', {});
  if (!r) return;
  if (r.ok) { otpSent(); note('OTP sent to your registered mobile number', 'success'); otpField.focus(); }
  else note(r.message || 'Could not send the OTP', 'error');
});
verifyButton.addEventListener('click', async () => {
  const otp = otpField.value.trim();
  if (!otp) { otpField.setInvalid(true, 'Please enter the OTP'); return; }
  const r = await call(verifyButton, 'api-registration/verify-otp', { otp });
  if (!r) return;
  if (r.ok) {
    $('otpPanel').hidden = true;
    $('registrationPanel').hidden = false;
    $('registeredPanel').hidden = false;
    grid.items = r.rows;
    note('OTP verified successfully', 'success');
  } else {
    otpField.value = '';
    note(r.message || 'Invalid OTP', 'error');
    otpField.focus();
  }
});
otpField.addEventListener('keydown', (e) => { if (e.key === 'Enter') verifyButton.click(); });
const mode = $('registrationMode');
mode.addEventListener('value-changed', (e) => {
  $('gspComboBox').hidden = e.detail.value !== '2';
  $('directNote').hidden = e.detail.value !== '1';
});
const submitButton = $('submitButton');
const confirmDialog = $('confirmDialog');
function typedUserName() {
  const v = $('apiUserName').value.trim();
  return v.toUpperCase().startsWith('API_') ? v.slice(4) : v;
}
submitButton.addEventListener('click', () => {
  const gsp = $('gspComboBox');
  const user = $('apiUserName');
  const pass = $('apiPassword');
  const pass2 = $('apiConfirmPassword');
  let ok = true;
  if (!mode.value) { mode.setInvalid(true, 'Please select an option'); ok = false; }
  if (mode.value === '1') { note('Direct registration is not enabled for this GSTIN. Please select Through GSP.', 'error'); return; }
  if (mode.value === '2' && !gsp.value) { gsp.setInvalid(true, 'Please select your GSP'); ok = false; }
  if (!/^[A-Za-z0-9_]{4,20}$/.test(typedUserName())) { user.setInvalid(true, 'User Name must be 4 to 20 letters, digits or underscore'); ok = false; }
  if (!/^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}$/.test(pass.value)) {
    pass.setInvalid(true, 'Password must be 8 to 15 characters with an upper case letter, a lower case letter, a digit and a special character'); ok = false;
  }
  if (!pass2.value) { pass2.setInvalid(true, 'Please confirm the password'); ok = false; }
  else if (pass2.value !== pass.value) { pass2.setInvalid(true, 'Passwords do not match'); ok = false; }
  if (!ok) return;
  confirmDialog.open();
});
confirmDialog.addEventListener('confirm', async () => {
  const r = await call(submitButton, 'api-registration/create-user', {
    mode: mode.value,
    gsp: $('gspComboBox').value,
    userName: typedUserName(),
    password: $('apiPassword').value,
    confirmPassword: $('apiConfirmPassword').value,
  });
  if (!r) return;
  if (r.ok) {
    $('registrationPanel').hidden = true;
    $('resultText').textContent = r.message;
    $('resultText').hidden = false;
    grid.items = r.rows;
    note(r.message, 'success');
  } else {
    if (r.kind === 'duplicate') $('gspComboBox').setInvalid(true, r.message);
    if (r.kind === 'username-taken') $('apiUserName').setInvalid(true, r.message);
    note(r.message || 'Could not create the API user', 'error');
    if (r.kind === 'otp-required') setTimeout(() => location.reload(), 1500);
  }
});
$('exitButton').addEventListener('click', () => { location.href = '/dashboard'; });
`;
  return shell('Create API User', mainLayout(gstin, content), { csrf, script });
}

const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}$/;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 65536) {
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

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

export async function startVaadinR19Rendition(options: VaadinR19Options = {}): Promise<VaadinR19Rendition> {
  const state: VaadinR19State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const seed: Row[] = [
    { gsp: 'Tera Software Limited', username: 'API_terasoft27', createdOn: '14/08/2021', status: 'Active' },
  ];
  const sessions = new Map<string, Session>();
  let expiryFired = false;

  function newSession(): Session {
    const session: Session = {
      id: randomBytes(16).toString('hex').toUpperCase(),
      stage: 'anon',
      csrf: randomBytes(18).toString('base64url'),
      contactShown: false,
      apiOtpSent: false,
      apiOtpVerified: false,
      contact: { name: 'Rahul Deshmukh', mobile: '9822012345', email: 'it.support@universalfoods.in' },
    };
    sessions.set(session.id, session);
    return session;
  }
  function setCookie(res: ServerResponse, session: Session): void {
    res.setHeader('Set-Cookie', `JSESSIONID=${session.id}; Path=/; HttpOnly; SameSite=Lax`);
  }
  function rows(): (Row & { sno: number })[] {
    const all: Row[] = [
      ...seed,
      ...state.users
        .filter((u) => u.gstin === state.gstin)
        .map((u) => ({ gsp: u.gsp, username: u.username, createdOn: u.createdOn, status: 'Active' })),
    ];
    return all.map((r, i) => ({ sno: i + 1, ...r }));
  }
  function send(res: ServerResponse, status: number, type: string, body: string): void {
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-cache, no-store, must-revalidate',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(body);
  }
  function html(res: ServerResponse, body: string, status = 200): void {
    send(res, status, 'text/html;charset=utf-8', body);
  }
  function json(res: ServerResponse, status: number, body: unknown): void {
    send(res, status, 'application/json;charset=utf-8', JSON.stringify(body));
  }
  function redirect(res: ServerResponse, location: string): void {
    res.writeHead(302, { Location: location, 'Content-Length': 0 });
    res.end();
  }

  async function connect(req: IncomingMessage, res: ServerResponse, endpoint: string): Promise<void> {
    const id = cookieOf(req, 'JSESSIONID');
    const session = id ? sessions.get(id) : undefined;
    const needed = endpoint.startsWith('login/') ? 'otp' : 'in';
    if (!session || session.stage !== needed) {
      json(res, 401, { error: 'Unauthorized', message: 'Session expired' });
      return;
    }
    if (req.headers['x-csrf-token'] !== session.csrf) {
      json(res, 403, { error: 'Forbidden', message: 'Invalid CSRF token' });
      return;
    }
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>;
    } catch {
      json(res, 400, { ok: false, message: 'Bad request' });
      return;
    }
    const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
    const stage: Record<string, VaadinR19Expiry> = {
      'api-registration/send-otp': 'api-otp-send',
      'api-registration/verify-otp': 'api-otp-verify',
      'api-registration/create-user': 'submit',
    };
    const expiry = stage[endpoint];
    if (expiry && options.expireOnce === expiry && !expiryFired) {
      expiryFired = true;
      sessions.delete(session.id);
      state.expired.push(expiry);
      json(res, 401, { error: 'Unauthorized', message: 'Session expired' });
      return;
    }
    switch (endpoint) {
      case 'login/verify-otp': {
        if (str('otp').trim() !== state.loginOtp) {
          state.refusals.push('login-otp');
          json(res, 200, { ok: false, message: 'Invalid OTP. Please try again.' });
          return;
        }
        session.stage = 'in';
        json(res, 200, { ok: true, next: '/dashboard' });
        return;
      }
      case 'login/resend-otp':
        json(res, 200, { ok: true });
        return;
      case 'profile/technical-contact':
        session.contact = { name: str('name'), mobile: str('mobile'), email: str('email') };
        json(res, 200, { ok: true });
        return;
      case 'api-registration/send-otp':
        session.apiOtpSent = true;
        json(res, 200, { ok: true, mobile: MOBILE });
        return;
      case 'api-registration/verify-otp': {
        if (!session.apiOtpSent) {
          json(res, 200, { ok: false, message: 'Please click Send OTP first' });
          return;
        }
        if (str('otp').trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          json(res, 200, { ok: false, message: 'Invalid OTP' });
          return;
        }
        session.apiOtpVerified = true;
        json(res, 200, { ok: true, rows: rows() });
        return;
      }
      case 'api-registration/create-user': {
        if (!session.apiOtpVerified) {
          json(res, 200, { ok: false, kind: 'otp-required', message: 'Please verify the OTP first' });
          return;
        }
        const gsp = str('gsp');
        let typed = str('userName').trim();
        if (typed.toUpperCase().startsWith('API_')) typed = typed.slice(4);
        const password = str('password');
        if (str('mode') !== '2') {
          json(res, 200, {
            ok: false,
            kind: 'invalid',
            message: 'Direct registration is not enabled for this GSTIN.',
          });
          return;
        }
        if (!GSPS.includes(gsp)) {
          json(res, 200, { ok: false, kind: 'invalid', message: 'Please select your GSP' });
          return;
        }
        if (
          !/^[A-Za-z0-9_]{4,20}$/.test(typed) ||
          !PASSWORD_RULE.test(password) ||
          password !== str('confirmPassword')
        ) {
          json(res, 200, { ok: false, kind: 'invalid', message: 'Please correct the highlighted fields' });
          return;
        }
        const username = `API_${typed}`;
        if (rows().some((r) => r.gsp === gsp)) {
          state.refusals.push('duplicate');
          json(res, 200, {
            ok: false,
            kind: 'duplicate',
            message: `GSTIN ${state.gstin} is already registered with ${gsp}.`,
          });
          return;
        }
        const upper = username.toUpperCase();
        if (TAKEN_USERNAMES.includes(upper) || rows().some((r) => r.username.toUpperCase() === upper)) {
          state.refusals.push('username-taken');
          json(res, 200, {
            ok: false,
            kind: 'username-taken',
            message: `User Name ${username} already exists. Please choose a different User Name.`,
          });
          return;
        }
        state.users.push({ gstin: state.gstin, gsp, username, password, createdOn: today() });
        json(res, 200, {
          ok: true,
          message: `API user ${username} has been created successfully for ${gsp}.`,
          rows: rows(),
        });
        return;
      }
      default:
        json(res, 404, { error: 'Not Found', message: `No endpoint ${endpoint}` });
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const id = cookieOf(req, 'JSESSIONID');
    const session = id ? sessions.get(id) : undefined;
    /** Where a page without a live signed-in session goes: a dead cookie means the session expired. */
    const lostTo = id && !session ? '/login?expired' : '/login';

    if (method === 'POST' && path.startsWith('/connect/')) {
      await connect(req, res, path.slice('/connect/'.length));
      return;
    }
    if (method === 'POST' && path === '/login') {
      const form = new URLSearchParams(await readBody(req));
      if (!session || form.get('_csrf') !== session.csrf) {
        redirect(res, '/login?expired');
        return;
      }
      if ((form.get('captcha') ?? '').trim().toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        redirect(res, '/login?error=captcha');
        return;
      }
      if (
        (form.get('username') ?? '').trim().toLowerCase() !== VAADIN_R19_LOGIN.username.toLowerCase() ||
        form.get('password') !== VAADIN_R19_LOGIN.password
      ) {
        state.refusals.push('login');
        redirect(res, '/login?error');
        return;
      }
      // Spring Security's session fixation protection: a new session id after authentication.
      sessions.delete(session.id);
      const fresh = newSession();
      fresh.stage = 'otp';
      setCookie(res, fresh);
      redirect(res, '/otp');
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      send(res, 405, 'text/plain', 'Method Not Allowed');
      return;
    }
    if (path === BUNDLE_PATH) {
      const body = runtimeScript();
      res.writeHead(200, {
        'Content-Type': 'text/javascript;charset=utf-8',
        'Cache-Control': 'max-age=31536000, immutable',
        'Content-Length': Buffer.byteLength(body),
      });
      res.end(body);
      return;
    }
    if (path === '/VAADIN/dynamic/captcha') {
      send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (path === '/') {
      html(res, homePage());
      return;
    }
    if (path === '/login') {
      let s = session;
      if (s?.stage !== 'anon') {
        if (s) sessions.delete(s.id);
        s = newSession();
        setCookie(res, s);
      }
      html(res, loginPage(s.csrf, url.searchParams));
      return;
    }
    if (path === '/logout') {
      if (session) sessions.delete(session.id);
      redirect(res, '/login?logout');
      return;
    }
    if (path === '/otp') {
      if (session?.stage !== 'otp') {
        redirect(res, session?.stage === 'in' ? '/dashboard' : lostTo);
        return;
      }
      html(res, otpPage(session.csrf));
      return;
    }
    const known = path === '/dashboard' || path === CREATE_PATH || path in PLACEHOLDERS;
    if (!known) {
      html(res, notFoundPage(path), 404);
      return;
    }
    if (session?.stage !== 'in') {
      redirect(res, lostTo);
      return;
    }
    if (path === '/dashboard') {
      const show = !session.contactShown;
      session.contactShown = true;
      html(res, dashboardPage(session.csrf, state.gstin, session, show));
    } else if (path === CREATE_PATH) {
      html(res, createApiUserPage(session.csrf, state.gstin, session, rows()));
    } else {
      html(res, placeholderPage(session.csrf, state.gstin, PLACEHOLDERS[path] ?? ''));
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain', `Internal error: ${String(error)}`);
      else res.destroy();
    });
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
