/**
 * Rendition r23-fluent9: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and shared/portal/guide.md), drawn as a Fluent UI React v9
 * (Microsoft) single-page app would draw it: a FluentProvider root, Griffel atomic class names
 * (`f…` hashed atomic classes, `r…` reset classes, `___…_…` merge markers) beside the `fui-`
 * static slot classes, portals appended to body, tabster focus trapping, transitions on the
 * dialog surface and backdrop, fetch/JSON calls with a spinner overlay, and a small React-like
 * virtual-DOM runtime written by hand in this file. No npm packages, no network.
 *
 * Choices made where the docs are silent:
 * - URLs: `/` (home), `/dashboard`, `/api-registration/create-api-user`, and one page per other
 *   menu leaf (`/einvoice/generate`, `/mis/irn-summary`, …). Page navigation after login is
 *   client-side (history.pushState); every page URL also answers a full GET. JSON endpoints:
 *   GET `/api/auth/captcha`, POST `/api/auth/login`, `/api/auth/verify-otp`,
 *   `/api/auth/resend-otp`, `/api/auth/logout`, `/api/profile/technical-contact`,
 *   `/api/apiuser/send-otp`, `/api/apiuser/verify-otp`, `/api/apiuser/register`. Everything the
 *   user types travels in JSON POST bodies, never in a URL.
 * - Header: a white top bar with an app-launcher waffle button (`aria-label="App launcher"`,
 *   opens a PopoverSurface listing GST applications), the emblem and "e-Invoice System", and on
 *   the right a primary `Sign in` button (home) or the GSTIN, an Avatar and a subtle `Sign out`
 *   button (signed in).
 * - Login: `Sign in` opens a modal Dialog titled "Sign in" (portalled mount
 *   `div.fui-FluentProvider[data-portal-node]` holding a separate `div.fui-DialogSurface__backdrop`
 *   and `div.fui-DialogSurface[role=dialog][aria-modal=true]`, wrapped in a `form` with
 *   noValidate). Fields "User name", "Password", a captcha picture (SVG data URI with noise, 5
 *   characters, compared case-insensitively) with a subtle icon button "Refresh captcha", and
 *   "Enter captcha"; actions "Cancel" and "Sign in". Empty fields get Field validation messages
 *   ("Enter your user name." …). A wrong captcha shows "Invalid Captcha. Please enter the
 *   characters shown in the image." under the captcha field; wrong credentials show an error
 *   MessageBar "Sign in failed: Invalid Login Credentials. Please check your user name and
 *   password." in the dialog. Either failure reloads the captcha and clears the captcha box.
 * - 2FA: the same dialog then reads "Verify OTP" with the text about the OTP sent to
 *   XXXXXX4821 (SMS, Sandes or NIC-GST-Shield), Field "Enter OTP" (one Input, 6 digits), a
 *   "Resend OTP" link, actions "Back" and "Verify OTP". A wrong OTP shows "Invalid OTP. Please
 *   enter the OTP sent to your registered mobile number." under the field. Success loads
 *   `/dashboard`.
 * - Post-login popup: once per login, a modal Dialog "Contacts of Technical Person" (close ×
 *   button `aria-label="close"`, read-write Fields "Name", "Mobile Number", "E-mail", actions
 *   "Exit" and "Update"). Escape or a click on the backdrop also closes it.
 * - Dashboard: heading "Dash Board", a welcome line, Cards "Generations", "Cancelled",
 *   "API users".
 * - Menu: an InlineDrawer holding a Fluent Tree (`div[role=tree]` > `div[role=treeitem]` with
 *   `div.fui-TreeItemLayout`; branches carry `aria-expanded` and open a `div[role=group]`
 *   subtree on click or ArrowRight; leaves are treeitems, not links, with `aria-current="page"`
 *   on the current one): "Dash Board"; "e-Invoice" (Generate IRN, Bulk Upload, Cancel IRN,
 *   Print e-Invoice); "MIS Reports" (IRN Summary, Generated e-Invoices); "API Registration"
 *   ("User Credentials" (Create API User, Change API Password, Freeze API User), IP
 *   Whitelisting); "User Management" (Create Sub-User, Update Sub-User). Leaves other than Dash
 *   Board and Create API User show their title and an info MessageBar.
 * - API OTP: opening Create API User shows the page "API Registration" with a Card "Create API
 *   User" and sends the OTP at once (POST send-otp; an info MessageBar "OTP has been sent to
 *   your registered mobile number XXXXXX4821."). Field "Enter OTP" (one Input), buttons
 *   "Verify OTP" (primary) and "Resend OTP". A wrong OTP: "Invalid OTP. Please enter the
 *   correct OTP sent to your registered mobile number." under the field.
 * - Registration form: read-only Field "GSTIN"; Field "Do you wish to Register your GSTIN for"
 *   with a horizontal RadioGroup "Directly", "Through GSP", "Through ERP", "Through Client-Id
 *   of other" (none preselected; only "Through GSP" shows the rest of the form, the others
 *   show a warning MessageBar). Field "Select your GSP": a Dropdown button with placeholder
 *   "Select a GSP" and a portalled Listbox of 24 GSP names (typeahead on the button). Field
 *   "User Name": an Input with contentBefore "API_" (6 to 15 letters, digits or underscore are
 *   typed after it). Fields "Password" and "Re-enter Password" (8 to 15 characters with upper,
 *   lower, digit and special). Buttons "Submit" (primary) and "Exit" (back to the dashboard).
 * - Submit: client validation messages under the fields, then an alert Dialog
 *   (`role=alertdialog`) "Confirm API user creation" with "Cancel" and "Submit".
 * - Verdicts: a MessageBar above the form (success "Success: API user API_x has been created
 *   for <GSP>. …"; error "Already registered: GSTIN … is already registered with <GSP>. …";
 *   error "User name not available: The user name API_x is already taken. …") plus a Toast
 *   (`div.fui-Toaster` bottom-end, 5 s) titled "API user created", "Already registered" or "User
 *   name not available". A refused Submit also marks the offending field. Below the form a Table "GSPs
 *   registered for GSTIN …" (Sl. No., GSP Name, API User Name, Created On, Status) holding the
 *   seeded TERA SOFTWARE LIMITED user and every user created while the server runs.
 * - Spinner: every POST shows a full-page overlay with a Fluent Spinner "Please wait...".
 * - Modality: while a dialog is open, tabster-style `aria-hidden="true"` sits on every other body
 *   child (the Toaster excepted), focus is trapped by `i[data-tabster-dummy]` sentinels, body
 *   scrolling is locked, and focus returns to the trigger on close. No account lockout.
 * - Sessions: cookie `EInvoice.Session` (HttpOnly). A page GET without a signed-in session
 *   answers 302 to `/?reason=session-expired`, where a warning MessageBar "Session expired:
 *   Your session has expired. Please sign in again." is shown. A JSON call without a live
 *   session answers 401 `{code:"SessionExpired", message, redirect}`; the page closes its
 *   dialogs, shows an error MessageBar and a Toast "Session expired", and goes to the redirect
 *   after 2.5 s.
 * - expireOnce: the first POST of that stage (send-otp, verify-otp of the API OTP, register)
 *   deletes the server session, records the stage in `state.expired` and answers the 401 above.
 *   Only once per server.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fluent9R23Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface Fluent9R23Options {
  expireOnce?: Fluent9R23Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface Fluent9R23State {
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
export interface Fluent9R23Rendition {
  url: string;
  close(): Promise<void>;
  state: Fluent9R23State;
}
export const FLUENT9_R23_LOGIN: { username: string; password: string } = {
  username: 'unitedforge27',
  password: 'Forge@Pune2024',
};

// ---------------------------------------------------------------------------------------------
// Portal data
// ---------------------------------------------------------------------------------------------

const TRADE_NAME = 'UNITED FORGE WORKS';
const MOBILE_MASK = 'XXXXXX4821';
const SESSION_COOKIE = 'EInvoice.Session';
const EXPIRED_REDIRECT = '/?reason=session-expired';
const EXPIRED_MESSAGE = 'Your session has expired. Please sign in again.';

const GSPS: string[] = [
  'Adaequare Info Private Limited',
  'ALANKIT ASSIGNMENTS LIMITED',
  'BODHTREE CONSULTING LIMITED',
  'BOTREE SOFTWARE INTERNATIONAL PRIVATE LIMITED',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'CSC E-GOVERNANCE SERVICES INDIA LIMITED',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'ERNST & YOUNG LLP',
  'EXCELLON SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'Masters India Private Limited',
  'PROTEAN EGOV TECHNOLOGIES LIMITED',
  'RELIANCE CORPORATE IT PARK LIMITED',
  'SIFY TECHNOLOGIES LIMITED',
  'SPICE DIGITAL LIMITED',
  'Tally ( India) Private Ltd',
  'TATA CONSULTANCY SERVICES LIMITED',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'WIPRO LIMITED',
];

interface NavNode {
  v: string;
  label: string;
  icon?: string;
  route?: string;
  kids?: NavNode[];
}

const NAV: NavNode[] = [
  { v: 'dashboard', label: 'Dash Board', icon: 'board', route: '/dashboard' },
  {
    v: 'einvoice',
    label: 'e-Invoice',
    icon: 'doc',
    kids: [
      { v: 'generate-irn', label: 'Generate IRN', route: '/einvoice/generate' },
      { v: 'bulk-upload', label: 'Bulk Upload', route: '/einvoice/bulk-upload' },
      { v: 'cancel-irn', label: 'Cancel IRN', route: '/einvoice/cancel' },
      { v: 'print-einvoice', label: 'Print e-Invoice', route: '/einvoice/print' },
    ],
  },
  {
    v: 'mis',
    label: 'MIS Reports',
    icon: 'chart',
    kids: [
      { v: 'irn-summary', label: 'IRN Summary', route: '/mis/irn-summary' },
      { v: 'generated-einvoices', label: 'Generated e-Invoices', route: '/mis/generated' },
    ],
  },
  {
    v: 'api-registration',
    label: 'API Registration',
    icon: 'key',
    kids: [
      {
        v: 'user-credentials',
        label: 'User Credentials',
        kids: [
          { v: 'create-api-user', label: 'Create API User', route: '/api-registration/create-api-user' },
          {
            v: 'change-api-password',
            label: 'Change API Password',
            route: '/api-registration/change-password',
          },
          { v: 'freeze-api-user', label: 'Freeze API User', route: '/api-registration/freeze' },
        ],
      },
      { v: 'ip-whitelisting', label: 'IP Whitelisting', route: '/api-registration/ip-whitelisting' },
    ],
  },
  {
    v: 'user-management',
    label: 'User Management',
    icon: 'people',
    kids: [
      { v: 'create-sub-user', label: 'Create Sub-User', route: '/user-management/create' },
      { v: 'update-sub-user', label: 'Update Sub-User', route: '/user-management/update' },
    ],
  },
];

function collectRoutes(nodes: NavNode[], out: Set<string>): Set<string> {
  for (const n of nodes) {
    if (n.route) out.add(n.route);
    if (n.kids) collectRoutes(n.kids, out);
  }
  return out;
}
const APP_ROUTES = collectRoutes(NAV, new Set<string>());
function labelOf(nodes: NavNode[], route: string): string | undefined {
  for (const n of nodes) {
    if (n.route === route) return n.label;
    const inner = n.kids ? labelOf(n.kids, route) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Griffel-like style engine: atomic classes (makeStyles) and reset classes (makeResetStyles)
// ---------------------------------------------------------------------------------------------

type Sty = { [k: string]: string | Sty };
type Bucket = 'r' | 'd' | 'h' | 'f' | 'a' | 'm' | 'k';
const BUCKETS: Bucket[] = ['r', 'd', 'h', 'f', 'a', 'm', 'k'];
const sheet = new Map<Bucket, string[]>(BUCKETS.map((b) => [b, []]));
const seenRules = new Set<string>();

function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
function addRule(b: Bucket, rule: string): void {
  if (seenRules.has(rule)) return;
  seenRules.add(rule);
  sheet.get(b)?.push(rule);
}
function nest(parent: string, key: string): string {
  return key
    .split(',')
    .map((part) => {
      const k = part.trim();
      return k.includes('&') ? k.replace(/&/g, parent) : parent + k;
    })
    .join(', ');
}
function bucketOf(sel: string, media: string): Bucket {
  if (media) return 'm';
  if (sel.includes(':hover')) return 'h';
  if (sel.includes(':focus') || sel.includes('focus-visible')) return 'f';
  if (sel.includes(':active')) return 'a';
  return 'd';
}
/** makeStyles: one class per declaration, plus the mergeClasses sequence marker. */
function sx(def: Sty): string {
  const classes: string[] = [];
  const walk = (d: Sty, path: string, media: string): void => {
    for (const [k, v] of Object.entries(d)) {
      if (typeof v !== 'string') {
        if (k.startsWith('@')) walk(v, path, k);
        else walk(v, nest(path, k), media);
        continue;
      }
      const cls = `f${hash(`${media}${path}${k}${v}`)}`;
      const sel = path.replace(/&/g, `.${cls}`);
      const body = `${sel}{${k}:${v};}`;
      addRule(bucketOf(path, media), media ? `${media}{${body}}` : body);
      classes.push(cls);
    }
  };
  walk(def, '&', '');
  const seq = hash(classes.join(' ')).padStart(7, '0').slice(0, 7);
  const seq2 = hash(`r${classes.slice().reverse().join('|')}`)
    .padStart(7, '0')
    .slice(0, 7);
  return [`___${seq}_${seq2}`, ...classes].join(' ');
}
/** makeResetStyles: one class holding every declaration. */
function rx(def: Sty): string {
  const cls = `r${hash(JSON.stringify(def))}`;
  const groups = new Map<string, string[]>();
  const order: string[] = [];
  const walk = (d: Sty, path: string, media: string): void => {
    const decls: string[] = [];
    for (const [k, v] of Object.entries(d)) {
      if (typeof v === 'string') decls.push(`${k}:${v}`);
    }
    if (decls.length) {
      const key = `${media}\u0000${path}`;
      if (!groups.has(key)) {
        groups.set(key, []);
        order.push(key);
      }
      groups.get(key)?.push(...decls);
    }
    for (const [k, v] of Object.entries(d)) {
      if (typeof v === 'string') continue;
      if (k.startsWith('@')) walk(v, path, k);
      else walk(v, nest(path, k), media);
    }
  };
  walk(def, '&', '');
  for (const key of order) {
    const [media = '', path = '&'] = key.split('\u0000');
    const sel = path.replace(/&/g, `.${cls}`);
    const body = `${sel}{${(groups.get(key) ?? []).join(';')};}`;
    addRule('r', media ? `${media}{${body}}` : body);
  }
  return cls;
}
function keyframes(frames: string): string {
  const name = `f${hash(frames)}`;
  addRule('k', `@keyframes ${name}{${frames}}`);
  return name;
}

/** Class-name map handed to the client runtime. */
const CX: Record<string, string> = {};

/** Parses `prop: value;` lists and nested `selector { … }` blocks into a style object. */
function parseBlock(src: string, at: { i: number }): Sty {
  const out: Sty = {};
  let buf = '';
  while (at.i < src.length) {
    const ch = src.charAt(at.i++);
    if (ch === '{') {
      out[buf.trim()] = parseBlock(src, at);
      buf = '';
    } else if (ch === ';' || ch === '}') {
      const k = buf.indexOf(':');
      if (k > 0)
        out[buf.slice(0, k).trim()] = buf
          .slice(k + 1)
          .trim()
          .replace(/\$([A-Za-z0-9]+)/g, 'var(--$1)');
      buf = '';
      if (ch === '}') break;
    } else {
      buf += ch;
    }
  }
  return out;
}
/**
 * The style sheet of the app, written like Griffel source: `reset name static-classes { … }` is a
 * makeResetStyles() call, `atomic name static-classes { … }` a makeStyles() slot; `$token` is a
 * theme token. Both may name the same slot, which then carries both class sets.
 */
function defineStyles(src: string): void {
  const re = /(reset|atomic)\s+([A-Za-z0-9_]+)([^{]*)\{/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const at = { i: re.lastIndex };
    const style = parseBlock(src, at);
    re.lastIndex = at.i;
    const name = m[2] ?? '';
    const parts = [(m[3] ?? '').trim(), m[1] === 'reset' ? rx(style) : sx(style)].filter(Boolean);
    CX[name] = [CX[name], ...parts].filter(Boolean).join(' ');
  }
}

const TOKENS: Record<string, string> = Object.fromEntries(
  `fontFamilyBase: 'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif;
  fontSizeBase200: 12px; fontSizeBase300: 14px; fontSizeBase400: 16px; fontSizeBase500: 20px; fontSizeBase600: 24px; fontSizeHero700: 28px;
  lineHeightBase200: 16px; lineHeightBase300: 20px; lineHeightBase400: 22px; lineHeightBase500: 28px; lineHeightBase600: 32px; lineHeightHero700: 36px;
  fontWeightRegular: 400; fontWeightSemibold: 600; borderRadiusMedium: 4px; borderRadiusLarge: 6px; borderRadiusXLarge: 8px; borderRadiusCircular: 10000px;
  strokeWidthThin: 1px; strokeWidthThick: 2px; spacingHorizontalXXS: 2px; spacingHorizontalXS: 4px; spacingHorizontalSNudge: 6px; spacingHorizontalS: 8px;
  spacingHorizontalMNudge: 10px; spacingHorizontalM: 12px; spacingHorizontalL: 16px; spacingHorizontalXL: 20px; spacingHorizontalXXL: 24px;
  spacingVerticalXXS: 2px; spacingVerticalXS: 4px; spacingVerticalSNudge: 6px; spacingVerticalS: 8px; spacingVerticalM: 12px; spacingVerticalL: 16px;
  durationUltraFast: 50ms; durationFaster: 100ms; durationNormal: 200ms; durationGentle: 250ms;
  curveAccelerateMid: cubic-bezier(1,0,1,1); curveAccelerateMin: cubic-bezier(0.8,0,0.78,1); curveDecelerateMid: cubic-bezier(0,0,0,1);
  curveEasyEase: cubic-bezier(0.33,0,0.67,1); curveLinear: cubic-bezier(0,0,1,1);
  colorNeutralForeground1: #242424; colorNeutralForeground1Hover: #242424; colorNeutralForeground1Pressed: #242424; colorNeutralForeground2: #424242;
  colorNeutralForeground2Hover: #242424; colorNeutralForeground2Pressed: #242424; colorNeutralForeground3: #616161; colorNeutralForeground4: #707070;
  colorNeutralForegroundDisabled: #bdbdbd; colorNeutralForegroundOnBrand: #ffffff; colorBrandForeground1: #0f6cbd; colorBrandForeground2: #115ea3;
  colorBrandForegroundLink: #115ea3; colorBrandForegroundLinkHover: #0f548c; colorNeutralBackground1: #ffffff; colorNeutralBackground1Hover: #f5f5f5;
  colorNeutralBackground1Pressed: #e0e0e0; colorNeutralBackground1Selected: #ebebeb; colorNeutralBackground2: #fafafa; colorNeutralBackground3: #f5f5f5;
  colorNeutralBackgroundDisabled: #f0f0f0; colorSubtleBackground: transparent; colorSubtleBackgroundHover: #f5f5f5; colorSubtleBackgroundPressed: #e0e0e0;
  colorSubtleBackgroundSelected: #ebebeb; colorTransparentBackground: transparent; colorTransparentStroke: transparent; colorNeutralStroke1: #d1d1d1;
  colorNeutralStroke1Hover: #c7c7c7; colorNeutralStroke1Pressed: #b3b3b3; colorNeutralStroke2: #e0e0e0; colorNeutralStrokeAccessible: #616161;
  colorNeutralStrokeAccessibleHover: #575757; colorNeutralStrokeDisabled: #e0e0e0; colorBrandBackground: #0f6cbd; colorBrandBackgroundHover: #115ea3;
  colorBrandBackgroundPressed: #0c3b5e; colorBrandBackground2: #ebf3fc; colorBrandStroke1: #0f6cbd; colorBrandStroke2: #b4d6fa;
  colorCompoundBrandStroke: #0f6cbd; colorCompoundBrandStrokeHover: #115ea3; colorCompoundBrandStrokePressed: #0f548c; colorCompoundBrandForeground1: #0f6cbd;
  colorStrokeFocus2: #000000; colorPaletteRedForeground1: #bc2f32; colorPaletteRedForeground3: #d13438; colorPaletteRedBackground1: #fdf3f4;
  colorPaletteRedBorder1: #eeacb2; colorPaletteRedBorder2: #d13438; colorPaletteGreenForeground3: #107c10; colorPaletteGreenBackground1: #f1faf1;
  colorPaletteGreenBorder1: #9fd89f; colorPaletteDarkOrangeForeground3: #da3b01; colorPaletteDarkOrangeBackground1: #fdf6f3; colorPaletteDarkOrangeBorder1: #f4bfab;
  shadow2: 0 0 2px rgba(0,0,0,0.12), 0 1px 2px rgba(0,0,0,0.14); shadow4: 0 0 2px rgba(0,0,0,0.12), 0 2px 4px rgba(0,0,0,0.14);
  shadow8: 0 0 2px rgba(0,0,0,0.12), 0 4px 8px rgba(0,0,0,0.14); shadow16: 0 0 2px rgba(0,0,0,0.12), 0 8px 16px rgba(0,0,0,0.14);
  shadow64: 0 0 8px rgba(0,0,0,0.12), 0 32px 64px rgba(0,0,0,0.14);`
    .split(';')
    .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()])
    .filter(([k]) => k),
);

const BODY1 =
  'font-family: $fontFamilyBase; font-size: $fontSizeBase300; font-weight: $fontWeightRegular; line-height: $lineHeightBase300;';
const FOCUS =
  '&[data-fui-focus-visible] { outline: $strokeWidthThick solid $colorStrokeFocus2; outline-offset: 1px; }';
const UNDERLINE = `::after { box-sizing: border-box; content: ""; position: absolute; left: -1px; bottom: -1px; right: -1px;
    height: max(2px, $borderRadiusMedium); border-bottom-left-radius: $borderRadiusMedium; border-bottom-right-radius: $borderRadiusMedium;
    border-bottom: 2px solid $colorCompoundBrandStroke; clip-path: inset(calc(100% - 2px) 0 0 0); transform: scaleX(0);
    transition-property: transform; transition-duration: $durationUltraFast; transition-timing-function: $curveAccelerateMid; }
  :focus-within::after { transform: scaleX(1); transition-property: transform; transition-duration: $durationNormal; transition-timing-function: $curveDecelerateMid; }
  :focus-within:active::after { border-bottom-color: $colorCompoundBrandStrokePressed; }
  :hover { border-color: $colorNeutralStroke1Hover; border-bottom-color: $colorNeutralStrokeAccessibleHover; }`;
const SPIN = keyframes('0%{transform:rotate(0deg);}100%{transform:rotate(360deg);}');

defineStyles(`
reset provider fui-FluentProvider fui-FluentProviderr0 { ${BODY1} color: $colorNeutralForeground1; background-color: $colorNeutralBackground2; text-align: left; }
reset portal fui-FluentProvider fui-FluentProviderr0 { ${BODY1} color: $colorNeutralForeground1; text-align: left; position: relative; z-index: 1000000; }
atomic iconRegular fui-Icon-regular { display: inline; line-height: 0; flex-shrink: 0; }
atomic iconFilled fui-Icon-filled { display: inline; line-height: 0; flex-shrink: 0; }

reset text fui-Text { ${BODY1} text-align: start; display: inline; white-space: normal; margin: 0; }
atomic title1 { font-size: $fontSizeHero700; line-height: $lineHeightHero700; font-weight: 600; display: block; }
atomic title3 { font-size: $fontSizeBase600; line-height: $lineHeightBase600; font-weight: 600; display: block; }
atomic subtitle2 { font-size: $fontSizeBase400; line-height: $lineHeightBase400; font-weight: 600; display: block; }
atomic block { display: block; }
atomic muted { color: $colorNeutralForeground3; }
atomic para { margin-bottom: 12px; }

reset btn fui-Button {
  align-items: center; box-sizing: border-box; display: inline-flex; justify-content: center; text-decoration-line: none;
  vertical-align: middle; margin: 0; overflow: hidden; background-color: $colorNeutralBackground1; color: $colorNeutralForeground1;
  border: $strokeWidthThin solid $colorNeutralStroke1; font-family: $fontFamilyBase; outline-style: none; padding: 5px $spacingHorizontalM;
  min-width: 96px; border-radius: $borderRadiusMedium; font-size: $fontSizeBase300; font-weight: $fontWeightSemibold; line-height: $lineHeightBase300;
  transition-duration: $durationFaster; transition-property: background, border, color; transition-timing-function: $curveEasyEase; cursor: pointer;
  :hover { background-color: $colorNeutralBackground1Hover; border-color: $colorNeutralStroke1Hover; color: $colorNeutralForeground1Hover; }
  :hover:active { background-color: $colorNeutralBackground1Pressed; border-color: $colorNeutralStroke1Pressed; outline-style: none; }
  :disabled, &:disabled:hover, &:disabled:hover:active { background-color: $colorNeutralBackgroundDisabled; border-color: $colorNeutralStrokeDisabled;
    color: $colorNeutralForegroundDisabled; cursor: not-allowed; }
  ${FOCUS}
}
atomic btnPrimary { background-color: $colorBrandBackground; color: $colorNeutralForegroundOnBrand; border-color: transparent;
  :hover { background-color: $colorBrandBackgroundHover; border-color: transparent; color: $colorNeutralForegroundOnBrand; }
  :hover:active { background-color: $colorBrandBackgroundPressed; border-color: transparent; } }
atomic btnSubtle { background-color: $colorSubtleBackground; color: $colorNeutralForeground2; border-color: transparent;
  :hover { background-color: $colorSubtleBackgroundHover; border-color: transparent; color: $colorNeutralForeground2Hover; }
  :hover:active { background-color: $colorSubtleBackgroundPressed; border-color: transparent; } }
atomic btnTransparent { background-color: $colorTransparentBackground; color: $colorNeutralForeground2; border-color: transparent;
  :hover { background-color: $colorTransparentBackground; border-color: transparent; color: $colorBrandForeground2; } }
atomic btnIconOnly { min-width: 32px; max-width: 32px; padding: 5px; }
atomic btnSmall { min-width: 64px; padding: 3px $spacingHorizontalS; font-size: $fontSizeBase200; line-height: $lineHeightBase200; }
reset btnIcon fui-Button__icon { align-items: center; display: inline-flex; justify-content: center; font-size: 20px; height: 20px; width: 20px; }
atomic btnIconText { margin-right: $spacingHorizontalSNudge; }
reset link fui-Link {
  background-color: transparent; border-top-style: none; border-left-style: none; border-right-style: none; border-bottom: 1px solid transparent;
  box-sizing: border-box; color: $colorBrandForegroundLink; cursor: pointer; display: inline; font-family: $fontFamilyBase; font-size: $fontSizeBase300;
  font-weight: $fontWeightRegular; margin: 0; padding: 0; overflow: inherit; text-align: left; text-decoration-line: none; user-select: text;
  :hover { border-bottom-color: $colorBrandForegroundLinkHover; color: $colorBrandForegroundLinkHover; }
  ${FOCUS}
}

reset label fui-Label { ${BODY1} color: $colorNeutralForeground1; }
atomic labelRequired fui-Label__required { color: $colorPaletteRedForeground3; padding-left: $spacingHorizontalXS; }
reset field fui-Field { display: grid; }
atomic fieldLabel fui-Field__label { padding-top: $spacingVerticalXXS; padding-bottom: $spacingVerticalXXS; margin-bottom: $spacingVerticalXXS; }
reset fieldValidation fui-Field__validationMessage { margin-top: $spacingVerticalXXS; color: $colorNeutralForeground3; font-family: $fontFamilyBase;
  font-size: $fontSizeBase200; font-weight: $fontWeightRegular; line-height: $lineHeightBase200; }
atomic fieldValidationError { color: $colorPaletteRedForeground1; }
reset fieldValidationIcon fui-Field__validationMessageIcon { display: inline-block; font-size: 12px; line-height: 12px; vertical-align: -1px;
  margin-right: $spacingHorizontalXS; color: $colorPaletteRedForeground1; }
reset fieldHint fui-Field__hint { margin-top: $spacingVerticalXXS; color: $colorNeutralForeground3; font-family: $fontFamilyBase;
  font-size: $fontSizeBase200; line-height: $lineHeightBase200; }

reset input fui-Input {
  display: inline-flex; align-items: center; flex-wrap: nowrap; gap: $spacingHorizontalXXS; border-radius: $borderRadiusMedium; position: relative;
  box-sizing: border-box; vertical-align: middle; min-height: 32px; padding: 0 $spacingHorizontalMNudge; ${BODY1}
  background-color: $colorNeutralBackground1; border: $strokeWidthThin solid $colorNeutralStroke1; border-bottom-color: $colorNeutralStrokeAccessible;
  ${UNDERLINE}
  :focus-within { outline-width: $strokeWidthThick; outline-style: solid; outline-color: transparent; }
}
atomic inputInvalid { :not(:focus-within), &:hover:not(:focus-within) { border-color: $colorPaletteRedBorder2; } }
atomic inputReadOnly { background-color: $colorNeutralBackground3; border-bottom-color: $colorNeutralStroke1; }
reset inputInput fui-Input__input {
  align-self: stretch; box-sizing: border-box; flex-grow: 1; min-width: 0; border-style: none; padding: 0 $spacingHorizontalXXS;
  color: $colorNeutralForeground1; background-color: transparent; outline-style: none; font-family: inherit; font-size: inherit;
  font-weight: inherit; line-height: inherit;
  ::placeholder { color: $colorNeutralForeground4; opacity: 1; }
}
reset inputBefore fui-Input__contentBefore { box-sizing: border-box; color: $colorNeutralForeground3; display: flex; font-weight: $fontWeightSemibold; }

reset dlgBackdrop fui-DialogSurface__backdrop { inset: 0px; background-color: rgba(0, 0, 0, 0.4); position: fixed; transition-duration: $durationGentle;
  transition-timing-function: $curveLinear; transition-property: opacity; will-change: opacity; opacity: 0; }
atomic dlgBackdropVisible { opacity: 1; }
atomic dlgBackdropExit { transition-timing-function: $curveAccelerateMin; }
reset dlgSurface fui-DialogSurface {
  inset: 0; padding: 24px; margin: auto; overflow: unset; border: 1px solid $colorTransparentStroke; border-radius: $borderRadiusXLarge;
  display: block; user-select: unset; visibility: unset; position: fixed; height: fit-content; max-width: 600px; max-height: 100vh;
  box-sizing: border-box; background-color: $colorNeutralBackground1; color: $colorNeutralForeground1;
  ${FOCUS}
  @media screen and (max-width: 480px) { max-width: 100vw; }
  @media screen and (max-height: 359px) { overflow-y: auto; }
}
atomic dlgSurfaceHidden { opacity: 0; box-shadow: 0px 0px 0px 0px rgba(0, 0, 0, 0.1); transform: scale(0.85) translateZ(0); }
atomic dlgSurfaceVisible { box-shadow: $shadow64; transform: scale(1) translateZ(0); opacity: 1; transition-duration: $durationGentle;
  transition-property: opacity, transform, box-shadow; transition-timing-function: $curveDecelerateMid; }
atomic dlgSurfaceExit { transition-duration: $durationGentle; transition-property: opacity, transform, box-shadow; transition-timing-function: $curveAccelerateMin; }
reset dlgBody fui-DialogBody { overflow: unset; gap: 8px; display: grid; max-height: calc(100vh - 2 * 24px); box-sizing: border-box;
  grid-template-rows: auto 1fr; grid-template-columns: 1fr 1fr auto; }
reset dlgTitle fui-DialogTitle { font-family: $fontFamilyBase; font-size: $fontSizeBase500; font-weight: $fontWeightSemibold; line-height: $lineHeightBase500;
  margin: 0; grid-row-start: 1; grid-row-end: 1; grid-column-start: 1; grid-column-end: 3; }
reset dlgTitleAction fui-DialogTitle__action { grid-row-start: 1; grid-row-end: 2; grid-column-start: 3; justify-self: end; align-self: start; }
reset dlgContent fui-DialogContent { padding: $strokeWidthThick; margin: calc($strokeWidthThick * -1); ${BODY1} overflow-y: auto; min-height: 32px;
  box-sizing: border-box; grid-row-start: 2; grid-row-end: 2; grid-column-start: 1; grid-column-end: 4; }
reset dlgActions fui-DialogActions { height: fit-content; box-sizing: border-box; display: flex; grid-row-start: 3; grid-row-end: 3;
  grid-column-start: 1; grid-column-end: 4; justify-self: end; gap: 8px; padding-top: 8px; }

reset dd fui-Dropdown {
  border-radius: $borderRadiusMedium; box-sizing: border-box; display: inline-block; min-width: 250px; position: relative;
  background-color: $colorNeutralBackground1; border: $strokeWidthThin solid $colorNeutralStroke1; border-bottom-color: $colorNeutralStrokeAccessible;
  ${UNDERLINE}
}
atomic ddInvalid { :not(:focus-within), &:hover:not(:focus-within) { border-color: $colorPaletteRedBorder2; } }
reset ddButton fui-Dropdown__button {
  align-items: center; background-color: $colorTransparentBackground; border: none; box-sizing: border-box; color: $colorNeutralForeground1;
  column-gap: $spacingHorizontalXXS; cursor: pointer; display: grid; ${BODY1} grid-template-columns: [content] 1fr [icon] auto [end];
  justify-content: space-between; text-align: left; width: 100%; min-height: 30px;
  padding: 3px $spacingHorizontalSNudge 3px calc($spacingHorizontalMNudge + $spacingHorizontalXXS);
  :focus { outline-style: none; }
}
atomic ddPlaceholder { color: $colorNeutralForeground4; }
reset ddExpand fui-Dropdown__expandIcon { box-sizing: border-box; color: $colorNeutralForeground3; display: block; font-size: 20px;
  grid-column-start: icon; grid-column-end: end; & > svg { display: block; } }
reset listbox fui-Listbox fui-Dropdown__listbox { background-color: $colorNeutralBackground1; box-sizing: border-box; box-shadow: $shadow16;
  border-radius: $borderRadiusMedium; display: flex; flex-direction: column; min-width: 160px; overflow-y: auto;
  outline: 1px solid $colorTransparentStroke; padding: $spacingHorizontalXS; row-gap: $spacingHorizontalXXS; }
atomic listboxCollapsed { display: none; }
reset option fui-Option {
  align-items: center; border-radius: $borderRadiusMedium; color: $colorNeutralForeground1; column-gap: $spacingHorizontalXS; cursor: pointer;
  display: flex; ${BODY1} padding: $spacingVerticalSNudge $spacingHorizontalS; position: relative;
  :hover { background-color: $colorNeutralBackground1Hover; color: $colorNeutralForeground1Hover; }
  :active { background-color: $colorNeutralBackground1Pressed; color: $colorNeutralForeground1Pressed; }
  &[data-activedescendant-focusvisible]::after { content: ""; position: absolute; inset: 0; pointer-events: none;
    border: 2px solid $colorStrokeFocus2; border-radius: $borderRadiusMedium; }
}
reset optionCheck fui-Option__checkIcon { font-size: $fontSizeBase400; margin-left: calc($spacingHorizontalXXS * -1);
  margin-right: $spacingHorizontalXXS; visibility: hidden; & > svg { display: block; } }
atomic optionCheckSelected { visibility: visible; }

reset radioGroup fui-RadioGroup { display: flex; align-items: flex-start; }
atomic radioGroupV { flex-direction: column; }
atomic radioGroupH { flex-direction: row; flex-wrap: wrap; }
reset radio fui-Radio { display: inline-flex; position: relative;
  :focus-within[data-fui-focus-within] { outline: $strokeWidthThick solid $colorStrokeFocus2; border-radius: $borderRadiusMedium; } }
reset radioInput fui-Radio__input {
  position: absolute; left: 0; top: 0; width: calc(16px + 2 * $spacingHorizontalS); height: 100%; box-sizing: border-box; margin: 0; opacity: 0;
  :enabled { cursor: pointer; & ~ .fui-Radio__label { cursor: pointer; } }
  :enabled:not(:checked) {
    & ~ .fui-Radio__label { color: $colorNeutralForeground3; }
    & ~ .fui-Radio__indicator { border-color: $colorNeutralStrokeAccessible; }
    :hover { & ~ .fui-Radio__label { color: $colorNeutralForeground2; } & ~ .fui-Radio__indicator { border-color: $colorNeutralStrokeAccessibleHover; } }
  }
  :enabled:checked {
    & ~ .fui-Radio__label { color: $colorNeutralForeground1; }
    & ~ .fui-Radio__indicator { border-color: $colorCompoundBrandStroke; color: $colorCompoundBrandForeground1; }
    :hover { & ~ .fui-Radio__indicator { border-color: $colorCompoundBrandStrokeHover; } }
  }
}
atomic radioInput { :checked ~ .fui-Radio__indicator::after { content: ""; } }
reset radioIndicator fui-Radio__indicator {
  position: relative; width: 16px; height: 16px; font-size: 12px; box-sizing: border-box; flex-shrink: 0; display: flex; align-items: center;
  justify-content: center; overflow: hidden; border: $strokeWidthThin solid; border-radius: $borderRadiusCircular;
  margin: $spacingVerticalS $spacingHorizontalS; fill: currentColor; pointer-events: none;
  ::after { position: absolute; width: 16px; height: 16px; border-radius: $borderRadiusCircular; transform: scale(0.625); background-color: currentColor; }
}
atomic radioLabel fui-Radio__label { align-self: center; padding: $spacingVerticalS $spacingHorizontalS; padding-left: $spacingHorizontalXS;
  margin-top: calc((16px - $lineHeightBase300) / 2); margin-bottom: calc((16px - $lineHeightBase300) / 2); }

reset drawer fui-InlineDrawer { display: flex; flex-direction: column; box-sizing: border-box; width: 280px; max-width: 100vw; flex-shrink: 0;
  position: sticky; top: 48px; height: calc(100vh - 48px); background-color: $colorNeutralBackground1; border-right: 1px solid $colorNeutralStroke2; }
reset drawerHeader fui-DrawerHeader { display: flex; flex-direction: column; padding: $spacingVerticalL $spacingHorizontalL $spacingVerticalS;
  color: $colorNeutralForeground3; font-size: $fontSizeBase200; font-weight: $fontWeightSemibold; text-transform: uppercase; letter-spacing: 0.04em; }
reset drawerBody fui-DrawerBody { padding: 0 $spacingHorizontalS $spacingVerticalL; flex: 1; overflow-y: auto; }
reset tree fui-Tree { display: flex; flex-direction: column; row-gap: $spacingVerticalXXS; }
atomic subtree { padding-top: $spacingVerticalXXS; overflow: hidden; }
reset treeItem fui-TreeItem { position: relative; cursor: pointer; display: flex; flex-direction: column; box-sizing: border-box;
  background-color: $colorSubtleBackground; color: $colorNeutralForeground2; padding-right: 0;
  :focus { outline-style: none; }
  &[data-fui-focus-visible] > .fui-TreeItemLayout { outline: $strokeWidthThick solid $colorStrokeFocus2; outline-offset: -2px; } }
reset tiLayout fui-TreeItemLayout { display: flex; align-items: center; min-height: 32px; box-sizing: border-box; border-radius: $borderRadiusMedium;
  position: relative; ${BODY1}
  :hover { color: $colorNeutralForeground2Hover; background-color: $colorSubtleBackgroundHover; }
  :active { color: $colorNeutralForeground2Pressed; background-color: $colorSubtleBackgroundPressed; } }
atomic tiBranch { padding-left: calc((var(--fluent-TreeItem--level, 1) - 1) * $spacingHorizontalXXL); }
atomic tiLeaf { padding-left: calc(var(--fluent-TreeItem--level, 1) * $spacingHorizontalXXL); }
atomic tiCurrent { background-color: $colorSubtleBackgroundSelected; color: $colorNeutralForeground1; font-weight: $fontWeightSemibold;
  ::before { content: ""; position: absolute; left: 0; top: 6px; bottom: 6px; width: 3px; border-radius: $borderRadiusCircular; background-color: $colorBrandStroke1; } }
reset tiExpand fui-TreeItemLayout__expandIcon { display: flex; align-items: center; justify-content: center; min-width: 24px; box-sizing: border-box;
  color: $colorNeutralForeground3; flex: 0 0 auto; padding: $spacingVerticalXS 0;
  & > svg { transition-property: transform; transition-duration: $durationFaster; transition-timing-function: $curveEasyEase; } }
atomic tiExpandOpen { & > svg { transform: rotate(90deg); } }
reset tiIconBefore fui-TreeItemLayout__iconBefore { display: flex; align-items: center; color: $colorNeutralForeground2; line-height: $lineHeightBase500;
  font-size: $fontSizeBase500; margin-right: $spacingHorizontalXS; }
reset tiMain fui-TreeItemLayout__main { padding: 0 $spacingHorizontalXXS; flex-grow: 1; }

reset mb fui-MessageBar { white-space: normal; display: grid; grid-template-columns: auto 1fr auto; grid-template-areas: "icon body actions";
  padding-left: $spacingHorizontalM; border: $strokeWidthThin solid $colorNeutralStroke1; border-radius: $borderRadiusMedium; align-items: start;
  min-height: 36px; box-sizing: border-box; background-color: $colorNeutralBackground3; padding-top: $spacingVerticalS;
  padding-bottom: $spacingVerticalS; margin-bottom: $spacingVerticalM; }
atomic mb_success { background-color: $colorPaletteGreenBackground1; border-color: $colorPaletteGreenBorder1; }
atomic mb_error { background-color: $colorPaletteRedBackground1; border-color: $colorPaletteRedBorder1; }
atomic mb_warning { background-color: $colorPaletteDarkOrangeBackground1; border-color: $colorPaletteDarkOrangeBorder1; }
atomic mb_info { background-color: $colorNeutralBackground3; border-color: $colorNeutralStroke1; }
reset mbIcon fui-MessageBar__icon { grid-area: icon; font-size: $fontSizeBase500; margin-right: $spacingHorizontalS; color: $colorNeutralForeground3;
  display: flex; align-items: center; min-height: 20px; }
atomic mbIcon_success { color: $colorPaletteGreenForeground3; }
atomic mbIcon_error { color: $colorPaletteRedForeground3; }
atomic mbIcon_warning { color: $colorPaletteDarkOrangeForeground3; }
atomic mbIcon_info { color: $colorNeutralForeground3; }
reset mbBody fui-MessageBarBody { ${BODY1} grid-area: body; padding-right: $spacingHorizontalM; }
reset mbTitle fui-MessageBarTitle { ${BODY1} font-weight: $fontWeightSemibold; ::after { content: " "; } }
reset mbActions fui-MessageBarActions { grid-area: actions; display: flex; padding-right: $spacingHorizontalS; margin-top: -6px; }

reset toaster fui-Toaster { position: fixed; bottom: 16px; right: 20px; display: flex; flex-direction: column; align-items: flex-end; gap: 16px; width: 292px; }
reset toastContainer fui-ToastContainer { box-sizing: border-box; transition-property: opacity, transform; transition-duration: $durationNormal; ${FOCUS} }
atomic toastExit { opacity: 0; transform: scale(0.95); }
reset toast fui-Toast { display: grid; grid-template-columns: auto 1fr auto; padding: 12px; border-radius: $borderRadiusMedium;
  border: 1px solid $colorTransparentStroke; box-shadow: $shadow8; ${BODY1} color: $colorNeutralForeground1;
  background-color: $colorNeutralBackground1; width: 292px; box-sizing: border-box; }
reset toastMedia fui-ToastTitle__media { display: flex; padding-top: 2px; grid-column-end: 2; padding-right: 8px; font-size: 16px; color: $colorNeutralForeground1; }
atomic toastMedia_success { color: $colorPaletteGreenForeground3; }
atomic toastMedia_error { color: $colorPaletteRedForeground3; }
atomic toastMedia_warning { color: $colorPaletteDarkOrangeForeground3; }
atomic toastMedia_info { color: $colorNeutralForeground2; }
reset toastTitle fui-ToastTitle { display: flex; grid-column-end: 3; color: $colorNeutralForeground1; word-break: break-word; ${BODY1}
  font-weight: $fontWeightSemibold; }
reset toastBody fui-ToastBody { grid-column-start: 2; grid-column-end: 3; padding-top: 6px; ${BODY1} color: $colorNeutralForeground1; word-break: break-word; }

atomic overlay { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; background-color: rgba(255, 255, 255, 0.6); cursor: wait; }
reset spinner fui-Spinner { display: flex; flex-direction: column; align-items: center; justify-content: center; line-height: 0; gap: 8px; overflow: hidden; }
reset spinnerSpinner fui-Spinner__spinner { position: relative; flex-shrink: 0; width: 32px; height: 32px; box-sizing: border-box;
  border-radius: $borderRadiusCircular; border: 3px solid $colorBrandStroke2; border-top-color: $colorBrandStroke1;
  animation: ${SPIN} 1.5s cubic-bezier(0.33,0,0.67,1) infinite; }
reset spinnerTail fui-Spinner__spinnerTail { position: absolute; inset: 0; }
atomic spinnerLabel fui-Spinner__label { line-height: $lineHeightBase300; font-weight: $fontWeightSemibold; }

reset card fui-Card { display: flex; flex-direction: column; box-sizing: border-box; position: relative; overflow: hidden; gap: 12px; padding: 16px;
  border-radius: $borderRadiusMedium; background-color: $colorNeutralBackground1; color: $colorNeutralForeground1; box-shadow: $shadow4; }
reset cardHeader fui-CardHeader { display: flex; flex-direction: column; gap: 2px; }
reset cardHeaderTitle fui-CardHeader__header { ${BODY1} font-weight: $fontWeightSemibold; font-size: $fontSizeBase400; }
reset cardHeaderDesc fui-CardHeader__description { color: $colorNeutralForeground3; font-size: $fontSizeBase200; }
atomic metric { font-size: $fontSizeHero700; line-height: $lineHeightHero700; font-weight: 600; }
reset table fui-Table { display: table; vertical-align: middle; width: 100%; table-layout: fixed; border-collapse: collapse; ${BODY1} }
reset tHeader fui-TableHeader { display: table-row-group; }
reset tBody fui-TableBody { display: table-row-group; }
reset tRow fui-TableRow { display: table-row; box-sizing: border-box; border-bottom: $strokeWidthThin solid $colorNeutralStroke2; color: $colorNeutralForeground1; }
atomic tRowHover { :hover { background-color: $colorSubtleBackgroundHover; } }
reset tHeaderCell fui-TableHeaderCell { height: 44px; display: table-cell; vertical-align: middle; padding: 0 $spacingHorizontalS;
  font-weight: $fontWeightSemibold; text-align: left; }
reset tCell fui-TableCell { display: table-cell; vertical-align: middle; padding: 0 $spacingHorizontalS; height: 44px; overflow-wrap: anywhere; }
reset avatar fui-Avatar { display: inline-block; flex-shrink: 0; position: relative; vertical-align: middle; border-radius: $borderRadiusCircular;
  font-family: $fontFamilyBase; font-weight: $fontWeightSemibold; font-size: $fontSizeBase200; width: 32px; height: 32px; }
reset avatarInitials fui-Avatar__initials { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center;
  border-radius: $borderRadiusCircular; background-color: $colorBrandBackground2; color: $colorBrandForeground2; }
reset popSurface fui-PopoverSurface { color: $colorNeutralForeground1; background-color: $colorNeutralBackground1; border-radius: $borderRadiusMedium;
  border: 1px solid $colorTransparentStroke; box-shadow: $shadow16; padding: 16px; ${BODY1} width: 260px; box-sizing: border-box; }

atomic appRoot { display: flex; flex-direction: column; min-height: 100vh; }
atomic topBar { display: flex; align-items: center; gap: 8px; height: 48px; padding: 0 16px 0 8px; box-sizing: border-box; position: sticky; top: 0;
  z-index: 10; background-color: $colorNeutralBackground1; border-bottom: 1px solid $colorNeutralStroke2; box-shadow: $shadow2; }
atomic brand { display: flex; align-items: center; gap: 10px; min-width: 0; }
atomic brandText { font-size: $fontSizeBase400; font-weight: $fontWeightSemibold; white-space: nowrap; }
atomic brandSub { font-size: $fontSizeBase200; color: $colorNeutralForeground3; white-space: nowrap; }
atomic spacer { flex: 1; }
atomic topMeta { color: $colorNeutralForeground3; font-size: $fontSizeBase200; margin-right: 4px; }
atomic appBody { display: flex; flex: 1; align-items: flex-start; }
atomic main { flex: 1; min-width: 0; padding: 24px 32px 48px; box-sizing: border-box; }
atomic homeMain { max-width: 1040px; width: 100%; margin: 0 auto; padding: 32px 24px 48px; box-sizing: border-box; }
atomic page { max-width: 960px; display: flex; flex-direction: column; gap: 16px; }
atomic pageTitle { margin: 0; }
atomic hero { display: flex; flex-direction: column; gap: 8px; padding: 32px; border-radius: $borderRadiusXLarge; background-color: $colorBrandBackground2; margin-bottom: 24px; }
atomic cardsGrid { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 16px; }
atomic formStack { display: flex; flex-direction: column; gap: 16px; }
atomic formNarrow { max-width: 560px; }
atomic actionsRow { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 8px; }
atomic captchaRow { display: flex; align-items: center; gap: 8px; }
atomic captchaImg { width: 150px; height: 44px; border: 1px solid $colorNeutralStroke2; border-radius: $borderRadiusMedium;
  background-color: $colorNeutralBackground3; display: block; }
atomic appList { list-style: none; margin: 12px 0 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
`);

// ---------------------------------------------------------------------------------------------
// Icons (20×20 Fluent-style paths), favicon, captcha picture
// ---------------------------------------------------------------------------------------------

const ICONS: Record<string, string> = {
  chevronDown:
    'M15.85 7.65c.2.2.2.5 0 .7l-5.46 5.49a.55.55 0 01-.78 0L4.15 8.35a.5.5 0 11.7-.7L10 12.8l5.15-5.16c.2-.2.5-.2.7 0z',
  chevronRight:
    'M7.65 4.15c.2-.2.5-.2.7 0l5.49 5.46c.21.22.21.57 0 .78l-5.49 5.46a.5.5 0 01-.7-.7L12.8 10 7.65 4.85a.5.5 0 010-.7z',
  checkmark:
    'M7.03 13.9L3.56 10a.75.75 0 00-1.12 1l4 4.5c.29.32.79.34 1.09.03l10.5-10.5a.75.75 0 00-1.06-1.06l-9.94 9.94z',
  errorCircle:
    'M10 2a8 8 0 110 16 8 8 0 010-16zm0 10.5a1 1 0 100 2 1 1 0 000-2zm0-7a.75.75 0 00-.75.75v4.5a.75.75 0 001.5 0v-4.5A.75.75 0 0010 5.5z',
  checkCircle:
    'M10 2a8 8 0 110 16 8 8 0 010-16zm3.36 5.65a.5.5 0 00-.64-.06l-.07.06L9 11.3 7.35 9.65l-.07-.06a.5.5 0 00-.7.7l.07.07 2 2 .07.06c.17.11.4.11.56 0l.07-.06 4-4 .07-.08a.5.5 0 00-.06-.63z',
  warning:
    'M8.68 2.79a1.5 1.5 0 012.64 0l6.5 12A1.5 1.5 0 0116.5 17h-13a1.5 1.5 0 01-1.32-2.21l6.5-12zM10 13a.75.75 0 100 1.5.75.75 0 000-1.5zm0-6.5a.5.5 0 00-.5.5v4a.5.5 0 001 0V7a.5.5 0 00-.5-.5z',
  info: 'M10 2a8 8 0 110 16 8 8 0 010-16zm0 6.5a.5.5 0 00-.5.5v4.5a.5.5 0 001 0V9a.5.5 0 00-.5-.5zm0-2.25a.75.75 0 100 1.5.75.75 0 000-1.5z',
  dismiss:
    'M4.09 4.22l.06-.07a.5.5 0 01.63-.06l.07.06L10 9.29l5.15-5.14a.5.5 0 01.63-.06l.07.06c.18.17.2.44.06.63l-.06.07L10.71 10l5.14 5.15c.18.17.2.44.06.63l-.06.07a.5.5 0 01-.63.06l-.07-.06L10 10.71l-5.15 5.14a.5.5 0 01-.63.06l-.07-.06a.5.5 0 01-.06-.63l.06-.07L9.29 10 4.15 4.85a.5.5 0 01-.06-.63z',
  refresh:
    'M10 3a7 7 0 106.93 7.98.5.5 0 10-.99-.14A6 6 0 1114.24 5.5H11.5a.5.5 0 000 1h4a.5.5 0 00.5-.5v-4a.5.5 0 00-1 0v2.13A6.98 6.98 0 0010 3z',
  apps: 'M4 4h3v3H4V4zm4.5 0h3v3h-3V4zM13 4h3v3h-3V4zM4 8.5h3v3H4v-3zm4.5 0h3v3h-3v-3zm4.5 0h3v3h-3v-3zM4 13h3v3H4v-3zm4.5 0h3v3h-3v-3zm4.5 0h3v3h-3v-3z',
  signOut:
    'M8.5 11.25a.75.75 0 100-1.5.75.75 0 000 1.5zM11 3.5a.5.5 0 00-.58-.5l-7 1.08a.5.5 0 00-.42.5v10.83c0 .24.18.45.42.49l7 1.1a.5.5 0 00.58-.49V10.5h5.17l-1.13 1a.5.5 0 00.66.74l2-1.75a.5.5 0 000-.75l-2-1.75a.5.5 0 00-.66.76l1.13.99H11v-6zM10 15.9l-6-.94V5.02l6-.93v11.81zm2.5-.9H12v-4h1v3.5a.5.5 0 01-.5.5zM12 8V4h.5c.28 0 .5.22.5.5V8h-1z',
  board:
    'M4.5 3A1.5 1.5 0 003 4.5v3A1.5 1.5 0 004.5 9h3A1.5 1.5 0 009 7.5v-3A1.5 1.5 0 007.5 3h-3zM4 4.5c0-.28.22-.5.5-.5h3c.28 0 .5.22.5.5v3a.5.5 0 01-.5.5h-3a.5.5 0 01-.5-.5v-3zM12.5 3A1.5 1.5 0 0011 4.5v3A1.5 1.5 0 0012.5 9h3A1.5 1.5 0 0017 7.5v-3A1.5 1.5 0 0015.5 3h-3zM12 4.5c0-.28.22-.5.5-.5h3c.28 0 .5.22.5.5v3a.5.5 0 01-.5.5h-3a.5.5 0 01-.5-.5v-3zM3 12.5A1.5 1.5 0 014.5 11h3A1.5 1.5 0 019 12.5v3A1.5 1.5 0 017.5 17h-3A1.5 1.5 0 013 15.5v-3zm1.5-.5a.5.5 0 00-.5.5v3c0 .28.22.5.5.5h3a.5.5 0 00.5-.5v-3a.5.5 0 00-.5-.5h-3zm8-1a1.5 1.5 0 00-1.5 1.5v3a1.5 1.5 0 001.5 1.5h3a1.5 1.5 0 001.5-1.5v-3a1.5 1.5 0 00-1.5-1.5h-3zm-.5 1.5c0-.28.22-.5.5-.5h3c.28 0 .5.22.5.5v3a.5.5 0 01-.5.5h-3a.5.5 0 01-.5-.5v-3z',
  doc: 'M6 2a2 2 0 00-2 2v12c0 1.1.9 2 2 2h8a2 2 0 002-2V7.41c0-.4-.16-.78-.44-1.06l-3.91-3.91A1.5 1.5 0 0010.59 2H6zM5 4a1 1 0 011-1h4v3.5c0 .83.67 1.5 1.5 1.5H15v8a1 1 0 01-1 1H6a1 1 0 01-1-1V4zm9.8 3h-3.3a.5.5 0 01-.5-.5V3.2L14.8 7z',
  chart:
    'M15 3a1 1 0 011 1v12a1 1 0 11-2 0V4a1 1 0 011-1zm-5 4a1 1 0 011 1v8a1 1 0 11-2 0V8a1 1 0 011-1zm-5 4a1 1 0 011 1v4a1 1 0 11-2 0v-4a1 1 0 011-1z',
  key: 'M12.5 7.5a1 1 0 100-2 1 1 0 000 2zM12 2a6 6 0 00-5.8 7.53l-3.98 3.98A.75.75 0 002 14.04v2.21c0 .41.34.75.75.75H5a.75.75 0 00.75-.75V15h1.5a.75.75 0 00.75-.75v-1.5h1.5a.75.75 0 00.53-.22l.44-.44A6 6 0 1012 2zM7 8a5 5 0 113.27 4.69.5.5 0 00-.53.11l-.44.45H7.75a.75.75 0 00-.75.75V15H5.5a.75.75 0 00-.75.75V16H3v-1.79l4.14-4.14a.5.5 0 00.12-.52A5 5 0 017 8z',
  people:
    'M7.5 3a3 3 0 100 6 3 3 0 000-6zm-2 3a2 2 0 114 0 2 2 0 01-4 0zM14 5a2.5 2.5 0 100 5 2.5 2.5 0 000-5zm-1.5 2.5a1.5 1.5 0 113 0 1.5 1.5 0 01-3 0zM2 12.5C2 11.67 2.67 11 3.5 11h8c.83 0 1.5.67 1.5 1.5v.38c0 1.96-2.13 4.12-5.5 4.12S2 14.84 2 12.88v-.38zm1.5-.5a.5.5 0 00-.5.5v.38C3 14.15 4.6 16 7.5 16s4.5-1.85 4.5-3.12v-.38a.5.5 0 00-.5-.5h-8zM13.9 16c1.88-.12 4.1-1.04 4.1-3.25v-.25c0-.83-.67-1.5-1.5-1.5h-2.24c.26.3.45.64.56 1h1.68c.28 0 .5.22.5.5v.25c0 1.37-1.42 2.12-2.8 2.24-.1.35-.2.7-.3 1.01z',
};

const FAVICON = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0f6cbd"/><path d="M9 9h12v3H12.5v2.5H20v3h-7.5V20H21v3H9z" fill="#fff"/></svg>',
)}`;

function captchaImage(text: string): string {
  const r = (a: number, b: number): number => a + Math.random() * (b - a);
  const n = (a: number, b: number): string => r(a, b).toFixed(1);
  const colour = (): string =>
    `rgb(${Math.floor(r(40, 140))},${Math.floor(r(40, 120))},${Math.floor(r(60, 160))})`;
  const parts: string[] = [
    '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="44" viewBox="0 0 150 44">',
    '<rect width="150" height="44" fill="#eef2f7"/>',
  ];
  for (let i = 0; i < 45; i++) {
    parts.push(
      `<circle cx="${n(0, 150)}" cy="${n(0, 44)}" r="${n(0.4, 1.6)}" fill="${colour()}" opacity="0.55"/>`,
    );
  }
  for (let i = 0; i < 4; i++) {
    parts.push(
      `<path d="M${n(0, 20)} ${n(4, 40)} Q${n(40, 110)} ${n(-10, 54)} ${n(130, 150)} ${n(4, 40)}" stroke="${colour()}" stroke-width="${n(0.8, 1.8)}" fill="none" opacity="0.7"/>`,
    );
  }
  const chars = text.split('');
  chars.forEach((ch, i) => {
    const x = 16 + i * (120 / Math.max(chars.length, 1)) + r(-3, 3);
    const y = 31 + r(-4, 4);
    parts.push(
      `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="Georgia, 'Times New Roman', serif" font-size="${n(24, 29)}" font-weight="700" fill="${colour()}" transform="rotate(${n(-22, 22)} ${x.toFixed(1)} ${y.toFixed(1)}) skewX(${n(-12, 12)})">${ch}</text>`,
    );
  });
  for (let i = 0; i < 3; i++) {
    parts.push(
      `<path d="M0 ${n(8, 36)} C${n(30, 60)} ${n(0, 44)} ${n(90, 120)} ${n(0, 44)} 150 ${n(8, 36)}" stroke="${colour()}" stroke-width="1.2" fill="none"/>`,
    );
  }
  parts.push('</svg>');
  return `data:image/svg+xml;base64,${Buffer.from(parts.join('')).toString('base64')}`;
}

// ---------------------------------------------------------------------------------------------
// Client runtime: a tiny React-like renderer and the Fluent v9 components, as one script
// ---------------------------------------------------------------------------------------------

const CLIENT = String.raw`(function () {
  'use strict';
  var B = JSON.parse(document.getElementById('__bootstrap').textContent);
  var C = B.cls;
  var IC = B.icons;
  var SVGNS = 'http://www.w3.org/2000/svg';
  var rootEl = document.getElementById('root');
  var R_DASH = '/dashboard';
  var R_APIUSER = '/api-registration/create-api-user';
  var LOST = { lost: true };
  var idc = 0;
  function uid(prefix) { return prefix + 'r' + (idc++).toString(36); }
  function cx() {
    var out = [];
    for (var i = 0; i < arguments.length; i++) {
      var a = arguments[i];
      if (a) out.push(C[a] != null ? C[a] : a);
    }
    return out.join(' ');
  }
  function assign(a, b) { for (var k in b) a[k] = b[k]; return a; }
  function noop() {}

  /* ------------------------------------------------------------------------------------------
   * A tiny React-like renderer: h() builds virtual nodes, render() reconciles them (keyed),
   * portal() renders into mount nodes appended to body, like ReactDOM.createPortal.
   * ------------------------------------------------------------------------------------------ */
  function h(t, p) {
    var c = [];
    for (var i = 2; i < arguments.length; i++) flat(c, arguments[i]);
    p = p || {};
    return { t: t, p: p, c: c, k: p.key != null ? String(p.key) : null, d: null };
  }
  function flat(out, x) {
    if (x == null || x === false || x === true) return;
    if (Array.isArray(x)) { for (var i = 0; i < x.length; i++) flat(out, x[i]); return; }
    if (typeof x === 'object') { out.push(x); return; }
    out.push({ t: '#', v: String(x), p: {}, c: [], k: null, d: null });
  }
  var refQueue = [];
  function mount(v, svg) {
    if (v.t === '#') { v.d = document.createTextNode(v.v); return v.d; }
    svg = svg || v.t === 'svg';
    var el = svg ? document.createElementNS(SVGNS, v.t) : document.createElement(v.t);
    v.d = el;
    for (var k in v.p) setP(el, k, v.p[k], undefined);
    for (var i = 0; i < v.c.length; i++) el.appendChild(mount(v.c[i], svg));
    if (typeof v.p.ref === 'function') refQueue.push([v.p.ref, el]);
    return el;
  }
  function update(o, n, svg) {
    n.d = o.d;
    if (n.t === '#') { if (o.v !== n.v) n.d.nodeValue = n.v; return; }
    svg = svg || n.t === 'svg';
    var k;
    for (k in o.p) if (!(k in n.p)) setP(n.d, k, undefined, o.p[k]);
    for (k in n.p) setP(n.d, k, n.p[k], o.p[k]);
    kids(n.d, o.c, n.c, svg);
  }
  function kids(el, oc, nc, svg) {
    var used = [];
    var byKey = {};
    var i;
    for (i = 0; i < oc.length; i++) if (oc[i].k != null) byKey[oc[i].k] = oc[i];
    for (i = 0; i < nc.length; i++) {
      var n = nc[i];
      var o = null;
      if (n.k != null) {
        o = byKey[n.k] || null;
        if (o && (o.t !== n.t || used.indexOf(o) >= 0)) o = null;
      } else if (oc[i] && oc[i].k == null && oc[i].t === n.t && used.indexOf(oc[i]) < 0) {
        o = oc[i];
      }
      if (o) { used.push(o); update(o, n, svg); } else mount(n, svg);
      var ref = el.childNodes[i];
      if (ref !== n.d) el.insertBefore(n.d, ref || null);
    }
    for (i = 0; i < oc.length; i++) {
      if (used.indexOf(oc[i]) < 0 && oc[i].d && oc[i].d.parentNode === el) el.removeChild(oc[i].d);
    }
  }
  var EVT = /^on[A-Z]/;
  function setP(el, k, v, o) {
    if (k === 'key' || k === 'ref') return;
    if (EVT.test(k)) {
      var type = k.slice(2).toLowerCase();
      var map = el.__fuiEv || (el.__fuiEv = {});
      if (!(type in map)) el.addEventListener(type, proxy);
      map[type] = v;
      return;
    }
    if (k === 'value') { var sv = v == null ? '' : String(v); if (el.value !== sv) el.value = sv; return; }
    if (k === 'checked') { if (el.checked !== !!v) el.checked = !!v; return; }
    if (v === o) return;
    if (v == null || v === false) el.removeAttribute(k);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  function proxy(e) { var f = this.__fuiEv && this.__fuiEv[e.type]; if (f) f(e); }

  var PM = {};
  var pending = {};
  var rootV = null;
  var rendering = false;
  var again = false;
  function portal(key, fn) { pending[key] = fn; }
  function render() {
    if (rendering) { again = true; return; }
    rendering = true;
    try {
      do {
        again = false;
        pending = {};
        var v = App();
        if (!rootV) rootEl.appendChild(mount(v)); else update(rootV, v);
        rootV = v;
        var keys = Object.keys(pending);
        for (var i = 0; i < keys.length; i++) {
          var key = keys[i];
          var pv = h('div', { 'class': C.portal, dir: 'ltr', 'data-portal-node': 'true' }, pending[key]());
          var m = PM[key];
          if (!m) { document.body.appendChild(mount(pv)); PM[key] = { v: pv }; }
          else { update(m.v, pv); m.v = pv; }
        }
        Object.keys(PM).forEach(function (k) {
          if (pending[k]) return;
          var node = PM[k].v.d;
          if (node.parentNode) node.parentNode.removeChild(node);
          delete PM[k];
        });
        afterRender();
        var q = refQueue;
        refQueue = [];
        for (var j = 0; j < q.length; j++) q[j][0](q[j][1]);
      } while (again);
    } finally {
      rendering = false;
    }
  }

  /* ---------------- tabster-like focus handling ---------------- */
  var kbd = false;
  function markFocus(t) {
    if (!t || !t.setAttribute || t === document.body) return;
    t.setAttribute('data-fui-focus-visible', '');
    var r = t.closest && t.closest('.fui-Radio');
    if (r) r.setAttribute('data-fui-focus-within', '');
  }
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Tab' || e.key.indexOf('Arrow') === 0) {
      if (!kbd) { kbd = true; markFocus(document.activeElement); }
    }
  }, true);
  document.addEventListener('mousedown', function () { kbd = false; }, true);
  document.addEventListener('focusin', function (e) { if (kbd) markFocus(e.target); });
  document.addEventListener('focusout', function (e) {
    var t = e.target;
    if (t && t.removeAttribute) t.removeAttribute('data-fui-focus-visible');
    var r = t && t.closest && t.closest('.fui-Radio');
    if (r) r.removeAttribute('data-fui-focus-within');
  });
  var TABBABLE = 'button:not([disabled]),input:not([disabled]):not([type=hidden]),select:not([disabled]),textarea:not([disabled]),a[href],[tabindex]:not([tabindex="-1"])';
  function tabbables(root) {
    return Array.prototype.filter.call(root.querySelectorAll(TABBABLE), function (el) {
      if (el.hasAttribute('data-tabster-dummy')) return false;
      if (el.type === 'radio' && !el.checked && root.querySelector('input[type=radio][name="' + el.name + '"]:checked')) return false;
      return el.getClientRects().length > 0;
    });
  }
  function focusControl(fieldId) {
    var el = document.getElementById(fieldId + '__control');
    if (el) el.focus();
  }

  /* ---------------- dialogs (Dialog / DialogSurface / tabster modalizer) ---------------- */
  var DL = {};
  var DLorder = [];
  var hiddenByModal = [];
  function surfaceOf(key) {
    var m = PM['dlg-' + key];
    return m ? m.v.d.querySelector('.fui-DialogSurface') : null;
  }
  function openDialog(key) {
    if (DL[key] && DL[key].phase !== 'exit') return;
    var d = { phase: 'mount', restore: document.activeElement, modal: uid('modal-') };
    DL[key] = d;
    DLorder = DLorder.filter(function (k) { return k !== key; }).concat([key]);
    render();
    var s = surfaceOf(key);
    if (s) void getComputedStyle(s).opacity;
    d.phase = 'open';
    render();
    s = surfaceOf(key);
    if (s) { var t = tabbables(s); (t[0] || s).focus(); }
  }
  function closeDialog(key) {
    var d = DL[key];
    if (!d || d.phase === 'exit') return;
    d.phase = 'exit';
    render();
    setTimeout(function () {
      if (DL[key] !== d) return;
      delete DL[key];
      DLorder = DLorder.filter(function (k) { return k !== key; });
      render();
      var a = document.activeElement;
      if ((!a || a === document.body) && d.restore && d.restore.isConnected && d.restore.focus) d.restore.focus();
    }, 250);
  }
  function dummy(key, where) {
    return h('i', {
      key: 'dummy-' + where, tabindex: '0', role: 'none', 'data-tabster-dummy': '', 'aria-hidden': 'true',
      style: 'position:fixed;height:1px;width:1px;opacity:0.001;z-index:-1;content-visibility:hidden;top:0px;left:0px;',
      onFocus: function () {
        var s = surfaceOf(key);
        if (!s) return;
        var t = tabbables(s);
        if (!t.length) { s.focus(); return; }
        (where === 'start' ? t[t.length - 1] : t[0]).focus();
      }
    });
  }
  function Dialog(key, o) {
    var d = DL[key];
    if (!d) return;
    portal('dlg-' + key, function () {
      var shown = d.phase === 'open';
      var exiting = d.phase === 'exit';
      var body = h('div', { key: 'body', 'class': C.dlgBody },
        h('h2', { key: 'title', id: o.titleId, 'class': C.dlgTitle }, o.title),
        o.close ? h('div', { key: 'action', 'class': C.dlgTitleAction },
          Button({ appearance: 'subtle', icon: 'dismiss', ariaLabel: 'close', onClick: o.onDismiss })) : null,
        h('div', { key: 'content', 'class': C.dlgContent }, o.content),
        h('div', { key: 'actions', 'class': C.dlgActions }, o.actions));
      var inner = o.onSubmit ? h('form', { key: 'form', novalidate: true, onSubmit: o.onSubmit }, body) : body;
      return [
        h('div', {
          key: 'backdrop', 'aria-hidden': 'true',
          'class': cx('dlgBackdrop', shown && 'dlgBackdropVisible', exiting && 'dlgBackdropExit'),
          onClick: function () { if (!o.alert && d.phase === 'open') o.onDismiss(); }
        }),
        h('div', {
          key: 'surface', role: o.alert ? 'alertdialog' : 'dialog', 'aria-modal': 'true', tabindex: '-1',
          'aria-labelledby': o.titleId, 'aria-describedby': o.descId,
          'data-tabster': '{"deloser":{},"modalizer":{"id":"' + d.modal + '","isOthersAccessible":false,"isAlwaysAccessible":false,"isNoFocusFirst":false,"isNoFocusDefault":false}}',
          'class': cx('dlgSurface', shown ? 'dlgSurfaceVisible' : 'dlgSurfaceHidden', exiting && 'dlgSurfaceExit'),
          onKeyDown: function (e) {
            if (e.key === 'Escape' && !e.defaultPrevented) { e.preventDefault(); o.onDismiss(); }
          }
        }, dummy(key, 'start'), inner, dummy(key, 'end'))
      ];
    });
  }
  function afterRender() {
    var top = null;
    for (var i = DLorder.length - 1; i >= 0; i--) {
      var d = DL[DLorder[i]];
      var m = PM['dlg-' + DLorder[i]];
      if (d && d.phase !== 'exit' && m) { top = m.v.d; break; }
    }
    var want = [];
    if (top) {
      var list = document.body.children;
      for (var j = 0; j < list.length; j++) {
        var el = list[j];
        if (el === top || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
        if (PM.toaster && el === PM.toaster.v.d) continue;
        want.push(el);
      }
    }
    hiddenByModal.forEach(function (el) { if (want.indexOf(el) < 0) el.removeAttribute('aria-hidden'); });
    want.forEach(function (el) { el.setAttribute('aria-hidden', 'true'); });
    hiddenByModal = want;
    document.body.style.overflow = top ? 'hidden' : '';
  }

  /* ---------------- components ---------------- */
  function Icon(name, kind) {
    return h('svg', { 'class': C[kind || 'iconRegular'], fill: 'currentColor', 'aria-hidden': 'true', width: '1em', height: '1em', viewBox: '0 0 20 20' },
      h('path', { d: IC[name] || '' }));
  }
  function Button(o) {
    var ch = Array.prototype.slice.call(arguments, 1);
    var hasText = ch.length > 0;
    var p = {
      type: o.type || 'button', id: o.id, title: o.title, 'aria-label': o.ariaLabel, disabled: !!o.disabled,
      'class': cx('btn', o.appearance === 'primary' && 'btnPrimary', o.appearance === 'subtle' && 'btnSubtle',
        o.appearance === 'transparent' && 'btnTransparent', !hasText && o.icon && 'btnIconOnly', o.size === 'small' && 'btnSmall'),
      onClick: o.onClick
    };
    if (o.attrs) assign(p, o.attrs);
    if (o.key) p.key = o.key;
    return h('button', p, o.icon ? h('span', { 'class': cx('btnIcon', hasText && 'btnIconText') }, Icon(o.icon)) : null, ch);
  }
  function Link(o, text) {
    return h('button', { type: 'button', key: o.key, 'class': C.link, onClick: o.onClick }, text);
  }
  function Field(o) {
    var ctl = o.id + '__control';
    var lbl = o.id + '__label';
    var vm = o.id + '__validationMessage';
    var hint = o.id + '__hint';
    var desc = [o.error ? vm : null, o.hint ? hint : null].filter(Boolean).join(' ') || undefined;
    var cp = { id: ctl, labelId: lbl, required: !!o.required, invalid: !!o.error, 'aria-invalid': o.error ? 'true' : undefined, 'aria-describedby': desc };
    return h('div', { key: o.id, 'class': C.field },
      h('label', { id: lbl, 'for': ctl, 'class': cx('label', 'fieldLabel') }, o.label,
        o.required ? h('span', { 'aria-hidden': 'true', 'class': C.labelRequired }, '*') : null),
      o.control(cp),
      o.error ? h('div', { key: 'vm', id: vm, role: 'alert', 'class': cx('fieldValidation', 'fieldValidationError') },
        h('span', { 'class': C.fieldValidationIcon }, Icon('errorCircle', 'iconFilled')), o.error) : null,
      o.hint ? h('div', { key: 'hint', id: hint, 'class': C.fieldHint }, o.hint) : null);
  }
  function Input(o) {
    return h('span', { 'class': cx('input', o.invalid && 'inputInvalid', o.readOnly && 'inputReadOnly') },
      o.before ? h('span', { key: 'before', 'class': C.inputBefore }, o.before) : null,
      h('input', {
        key: 'input', type: o.type || 'text', id: o.id, 'class': C.inputInput, value: o.value, placeholder: o.placeholder,
        maxlength: o.maxLength, autocomplete: o.autoComplete, inputmode: o.inputMode, spellcheck: o.spellcheck,
        readonly: !!o.readOnly, required: !!o.required, 'aria-invalid': o['aria-invalid'], 'aria-describedby': o['aria-describedby'],
        onInput: function (e) { if (o.onChange) o.onChange(e.target.value); }
      }));
  }
  function MessageBar(o) {
    var icons = { success: 'checkCircle', error: 'errorCircle', warning: 'warning', info: 'info' };
    return h('div', { key: o.key, id: o.id, role: 'group', 'aria-live': o.intent === 'error' ? 'assertive' : 'polite', 'class': cx('mb', 'mb_' + o.intent) },
      h('div', { 'class': cx('mbIcon', 'mbIcon_' + o.intent) }, Icon(icons[o.intent], 'iconFilled')),
      h('div', { 'class': C.mbBody }, o.title ? h('span', { 'class': C.mbTitle }, o.title) : null, o.body),
      o.onDismiss ? h('div', { 'class': C.mbActions },
        Button({ appearance: 'transparent', icon: 'dismiss', ariaLabel: 'dismiss', onClick: o.onDismiss })) : null);
  }
  function RadioGroup(o) {
    return h('div', {
      role: 'radiogroup', id: o.id, 'aria-labelledby': o.labelId, 'aria-describedby': o['aria-describedby'],
      'aria-invalid': o['aria-invalid'], 'aria-required': o.required ? 'true' : undefined,
      'class': cx('radioGroup', o.horizontal ? 'radioGroupH' : 'radioGroupV')
    }, o.options.map(function (opt, i) {
      var rid = radioIds[i];
      return h('span', { key: opt.value, 'class': C.radio },
        h('input', {
          type: 'radio', id: rid, name: o.name, value: opt.value, 'class': C.radioInput, checked: o.value === opt.value,
          required: !!o.required, onChange: function () { o.onChange(opt.value); }
        }),
        h('div', { 'aria-hidden': 'true', 'class': C.radioIndicator }),
        h('label', { 'for': rid, 'class': cx('label', 'radioLabel') }, opt.label));
    }));
  }
  function Avatar(name, initials) {
    return h('span', { role: 'img', 'aria-label': name, 'class': C.avatar }, h('span', { 'aria-hidden': 'true', 'class': C.avatarInitials }, initials));
  }
  function Card(title, desc, children) {
    return h('div', { key: title, role: 'group', 'class': C.card },
      h('div', { 'class': C.cardHeader }, h('div', { 'class': C.cardHeaderTitle }, title), desc ? h('div', { 'class': C.cardHeaderDesc }, desc) : null),
      children);
  }

  /* ---------------- state ---------------- */
  var ID = {
    signIn: uid('button-'), launcherBtn: uid('button-'), launcher: uid('popover-surface-'),
    user: uid('field-'), pass: uid('field-'), captcha: uid('field-'), otp: uid('field-'), loginTitle: uid('dialog-title-'),
    tcTitle: uid('dialog-title-'), tcName: uid('field-'), tcMobile: uid('field-'), tcEmail: uid('field-'),
    cardTitle: uid('card-header-'), apiOtp: uid('field-'), gstin: uid('field-'), mode: uid('field-'), radios: uid('radiogroup-'),
    gsp: uid('field-'), listbox: uid('fluent-listbox'), un: uid('field-'), pw: uid('field-'), pw2: uid('field-'),
    confirmTitle: uid('dialog-title-'), confirmDesc: uid('dialog-content-'), verdict: uid('message-bar-'), regsTitle: uid('table-'),
    spin: uid('spinner-')
  };
  var radioIds = [uid('radio-'), uid('radio-'), uid('radio-'), uid('radio-')];
  var optIds = [];
  function optId(i) { while (optIds.length <= i) optIds.push(uid('fluent-option')); return optIds[i]; }
  var MODES = [
    { value: 'DIRECT', label: 'Directly' },
    { value: 'GSP', label: 'Through GSP' },
    { value: 'ERP', label: 'Through ERP' },
    { value: 'OTHER', label: 'Through Client-Id of other' }
  ];
  var MODE_NOTES = {
    DIRECT: 'Direct API access is allowed only for taxpayers whose aggregate turnover exceeds the notified threshold. Choose "Through GSP" to register through a GST Suvidha Provider.',
    ERP: 'Registration through an ERP is not enabled for this GSTIN. Choose "Through GSP" to register through a GST Suvidha Provider.',
    OTHER: 'Registration through the Client-Id of another taxpayer is not enabled for this GSTIN. Choose "Through GSP" to register through a GST Suvidha Provider.'
  };
  function freshApiu() {
    return { stage: 'otp', sent: '', sendErr: '', otp: '', otpErr: '', gstin: B.gstin, gsps: [], regs: [],
      mode: '', gsp: '', userName: '', password: '', confirm: '', errors: {}, verdict: null };
  }
  var S = {
    route: B.route, busy: 0, launcher: false, expired: '', bannerClosed: false, toasts: [], booted: false,
    login: { step: 'creds', userName: '', password: '', captcha: '', img: '', errors: {}, banner: '', otp: '', otpErr: '', info: '' },
    contact: assign({ errors: {} }, B.contact || { name: '', mobile: '', email: '' }),
    nav: { open: {}, focus: B.nav[0].v },
    dd: { open: false, focused: false, active: -1, kbd: false },
    apiu: freshApiu()
  };

  /* ---------------- requests ---------------- */
  function api(url, body) {
    S.busy++;
    render();
    return fetch(url, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      body: JSON.stringify(body || {})
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) { return { status: r.status, ok: r.ok, data: j || {} }; });
    }, function () {
      S.busy--;
      toast('error', 'Network error', 'The server could not be reached. Please try again.');
      throw LOST;
    }).then(function (res) {
      S.busy--;
      if (res.status === 401) { sessionExpired(res.data); throw LOST; }
      render();
      return res;
    });
  }
  function sessionExpired(d) {
    Object.keys(DL).forEach(function (k) { closeDialog(k); });
    S.dd.open = false;
    S.launcher = false;
    S.expired = (d && d.message) || 'Your session has expired. Please sign in again.';
    toast('error', 'Session expired', S.expired);
    render();
    setTimeout(function () { location.assign((d && d.redirect) || '/?reason=session-expired'); }, 2500);
  }

  /* ---------------- Toaster / Toast ---------------- */
  var toastSeq = 0;
  function toast(intent, title, body) {
    var t = { id: 'toast-r' + (toastSeq++).toString(36), intent: intent, title: title, body: body, phase: 'enter', timer: 0 };
    S.toasts.push(t);
    t.timer = setTimeout(function () { dismissToast(t); }, 5000);
    render();
  }
  function dismissToast(t) {
    if (t.phase === 'exit') return;
    t.phase = 'exit';
    render();
    setTimeout(function () { S.toasts = S.toasts.filter(function (x) { return x !== t; }); render(); }, 200);
  }
  function toastIn(el) {
    if (el.animate) el.animate([{ opacity: 0, transform: 'translateY(16px)' }, { opacity: 1, transform: 'translateY(0)' }], { duration: 200, easing: 'cubic-bezier(0.33,0,0.67,1)' });
  }
  function Toaster() {
    if (!S.toasts.length) return;
    var icons = { success: 'checkCircle', error: 'errorCircle', warning: 'warning', info: 'info' };
    portal('toaster', function () {
      return h('div', { 'class': C.toaster, 'data-toaster-position': 'bottom-end', role: 'list', 'aria-label': 'Notifications' },
        S.toasts.map(function (t) {
          return h('div', {
            key: t.id, role: 'listitem', tabindex: '0', 'aria-labelledby': t.id + '-title', 'aria-describedby': t.body ? t.id + '-body' : undefined,
            'class': cx('toastContainer', t.phase === 'exit' && 'toastExit'), ref: toastIn,
            onMouseEnter: function () { clearTimeout(t.timer); },
            onMouseLeave: function () { t.timer = setTimeout(function () { dismissToast(t); }, 2000); }
          }, h('div', { 'class': C.toast, 'data-intent': t.intent },
            h('div', { 'class': cx('toastMedia', 'toastMedia_' + t.intent) }, Icon(icons[t.intent], 'iconFilled')),
            h('div', { id: t.id + '-title', 'class': C.toastTitle }, t.title),
            t.body ? h('div', { id: t.id + '-body', 'class': C.toastBody }, t.body) : null));
        }));
    });
  }
  function Overlay() {
    if (S.busy <= 0) return;
    portal('spinner', function () {
      return h('div', { 'class': C.overlay },
        h('div', { role: 'progressbar', 'aria-labelledby': ID.spin, 'class': C.spinner },
          h('span', { 'class': C.spinnerSpinner }, h('span', { 'class': C.spinnerTail })),
          h('label', { id: ID.spin, 'class': cx('label', 'spinnerLabel') }, 'Please wait...')));
    });
  }

  /* ---------------- Dropdown / Listbox ---------------- */
  var typed = '';
  var typedTimer = 0;
  function gspIndex() { return S.apiu.gsps.indexOf(S.apiu.gsp); }
  function ddOpen() {
    var D = S.dd;
    D.open = true;
    D.active = gspIndex() >= 0 ? gspIndex() : 0;
    render();
    scrollActive();
  }
  function ddClose() { S.dd.open = false; render(); }
  function ddSelect(i) {
    var A = S.apiu;
    A.gsp = A.gsps[i];
    A.errors.gsp = '';
    S.dd.active = i;
    S.dd.open = false;
    render();
  }
  function scrollActive() {
    if (S.dd.active < 0) return;
    var el = document.getElementById(optId(S.dd.active));
    if (el && el.scrollIntoView) el.scrollIntoView({ block: 'nearest' });
  }
  function ddTypeahead(ch) {
    var D = S.dd;
    var opts = S.apiu.gsps;
    var n = opts.length;
    clearTimeout(typedTimer);
    typed += ch.toLowerCase();
    typedTimer = setTimeout(function () { typed = ''; }, 500);
    if (!D.open) { D.open = true; if (D.active < 0) D.active = gspIndex(); }
    var start = D.active < 0 ? 0 : D.active;
    function find(from, pred) {
      for (var j = 0; j < n; j++) { var idx = (from + j) % n; if (pred(opts[idx].toLowerCase())) return idx; }
      return -1;
    }
    var found = find(typed.length === 1 ? start + 1 : start, function (t) { return t.indexOf(typed) === 0; });
    var same = typed.split('').every(function (c) { return c === typed[0]; });
    if (found < 0 && same) found = find(start + 1, function (t) { return t.indexOf(typed[0]) === 0; });
    D.active = found;
    D.kbd = true;
    render();
    scrollActive();
  }
  function ddKeyDown(e) {
    var D = S.dd;
    var n = S.apiu.gsps.length;
    var key = e.key;
    if (key.length === 1 && key !== ' ' && !e.altKey && !e.ctrlKey && !e.metaKey) { ddTypeahead(key); return; }
    if (!D.open) {
      if (key === 'ArrowDown' || key === 'ArrowUp' || key === 'Enter' || key === ' ') { e.preventDefault(); D.kbd = true; ddOpen(); }
      return;
    }
    if ((key === 'ArrowUp' && e.altKey) || key === 'Enter' || key === ' ') {
      e.preventDefault();
      if (D.active >= 0) ddSelect(D.active); else ddClose();
      return;
    }
    if (key === 'Escape') { e.preventDefault(); e.stopPropagation(); ddClose(); return; }
    if (key === 'Tab') { if (D.active >= 0) ddSelect(D.active); return; }
    var i = D.active;
    if (key === 'ArrowDown') i = i < 0 ? 0 : Math.min(n - 1, i + 1);
    else if (key === 'ArrowUp') i = i < 0 ? 0 : Math.max(0, i - 1);
    else if (key === 'Home') i = 0;
    else if (key === 'End') i = n - 1;
    else if (key === 'PageDown') i = Math.min(n - 1, Math.max(i, 0) + 10);
    else if (key === 'PageUp') i = Math.max(0, i - 10);
    else return;
    e.preventDefault();
    D.active = i;
    D.kbd = true;
    render();
    scrollActive();
  }
  function listboxStyle(buttonId) {
    var b = document.getElementById(buttonId);
    if (!b) return 'position:fixed;left:0px;top:0px;margin:0px;';
    var r = b.parentNode.getBoundingClientRect();
    var below = window.innerHeight - r.bottom - 8;
    var above = r.top - 8;
    var up = below < 200 && above > below;
    var maxH = Math.max(120, Math.min(Math.floor(up ? above : below), Math.floor(window.innerHeight * 0.8)));
    return 'position:fixed;margin:0px;left:' + Math.round(r.left) + 'px;width:' + Math.round(r.width) + 'px;max-height:' + maxH + 'px;' +
      (up ? 'bottom:' + Math.round(window.innerHeight - r.top + 2) + 'px;' : 'top:' + Math.round(r.bottom + 2) + 'px;');
  }
  function Dropdown(cp) {
    var D = S.dd;
    var A = S.apiu;
    var btnId = cp.id;
    if (D.open || D.focused) {
      portal('listbox', function () {
        return h('div', {
          role: 'listbox', id: ID.listbox, 'aria-labelledby': cp.labelId,
          'class': cx('listbox', !D.open && 'listboxCollapsed'), style: listboxStyle(btnId),
          onMouseDown: function (e) { e.preventDefault(); }
        }, A.gsps.map(function (g, i) {
          var sel = g === A.gsp;
          return h('div', {
            key: g, role: 'option', id: optId(i), 'aria-selected': sel ? 'true' : 'false', 'class': C.option,
            'data-activedescendant-focusvisible': D.open && D.kbd && D.active === i ? '' : undefined,
            onClick: function () { ddSelect(i); }
          }, h('span', { 'aria-hidden': 'true', 'class': cx('optionCheck', sel && 'optionCheckSelected') }, Icon('checkmark', 'iconFilled')), g);
        }));
      });
    }
    return h('div', { 'class': cx('dd', cp.invalid && 'ddInvalid'), 'aria-owns': D.open ? ID.listbox : undefined },
      h('button', {
        type: 'button', role: 'combobox', id: btnId, tabindex: '0',
        'class': cx('ddButton', !A.gsp && 'ddPlaceholder'),
        'aria-expanded': D.open ? 'true' : 'false', 'aria-controls': D.open ? ID.listbox : undefined,
        'aria-activedescendant': D.open && D.active >= 0 ? optId(D.active) : undefined,
        'aria-invalid': cp['aria-invalid'], 'aria-describedby': cp['aria-describedby'], 'aria-required': cp.required ? 'true' : undefined,
        onClick: function () { D.kbd = false; if (D.open) ddClose(); else ddOpen(); },
        onKeyDown: ddKeyDown,
        onFocus: function () { D.focused = true; render(); },
        onBlur: function () { D.focused = false; D.open = false; render(); }
      }, A.gsp || 'Select a GSP', h('span', { 'class': C.ddExpand }, Icon('chevronDown'))));
  }

  /* ---------------- header, launcher ---------------- */
  var APPS = ['e-Way Bill System', 'GST Portal', 'e-Invoice Verification', 'NIC-GST-Shield'];
  function Launcher() {
    if (!S.launcher) return;
    portal('launcher', function () {
      var b = document.getElementById(ID.launcherBtn);
      var r = b ? b.getBoundingClientRect() : { left: 8, bottom: 48 };
      return h('div', {
        id: ID.launcher, role: 'group', 'aria-label': 'GST applications', tabindex: '-1', 'class': C.popSurface,
        style: 'position:fixed;left:' + Math.round(r.left) + 'px;top:' + Math.round(r.bottom + 4) + 'px;',
        onKeyDown: function (e) { if (e.key === 'Escape') { S.launcher = false; render(); var t = document.getElementById(ID.launcherBtn); if (t) t.focus(); } }
      }, h('div', { 'class': cx('text', 'subtitle2') }, 'GST applications'),
        h('ul', { 'class': C.appList }, APPS.map(function (a) {
          return h('li', { key: a }, Link({ onClick: function () { S.launcher = false; render(); } }, a));
        })));
    });
  }
  document.addEventListener('mousedown', function (e) {
    if (!S.launcher) return;
    var t = e.target;
    if (t.closest && (t.closest('#' + ID.launcher) || t.closest('#' + ID.launcherBtn))) return;
    S.launcher = false;
    render();
  });
  function Emblem() {
    return h('svg', { width: '28', height: '28', viewBox: '0 0 28 28', 'aria-hidden': 'true' },
      h('circle', { cx: '14', cy: '14', r: '13', fill: '#0f6cbd' }),
      h('circle', { cx: '14', cy: '14', r: '8', fill: 'none', stroke: '#fff', 'stroke-width': '1.6' }),
      h('path', { d: 'M14 6v16M6 14h16M8.3 8.3l11.4 11.4M19.7 8.3L8.3 19.7', stroke: '#fff', 'stroke-width': '1.1' }),
      h('circle', { cx: '14', cy: '14', r: '2', fill: '#fff' }));
  }
  function TopBar() {
    return h('header', { key: 'topbar', role: 'banner', 'class': C.topBar },
      Button({ appearance: 'subtle', icon: 'apps', ariaLabel: 'App launcher', id: ID.launcherBtn,
        attrs: { 'aria-expanded': S.launcher ? 'true' : 'false', 'aria-haspopup': 'true' },
        onClick: function () { S.launcher = !S.launcher; render(); } }),
      h('div', { 'class': C.brand }, Emblem(),
        h('div', null, h('div', { 'class': cx('text', 'brandText', 'block') }, 'e-Invoice System'),
          h('div', { 'class': cx('text', 'brandSub', 'block') }, 'Goods and Services Tax Network'))),
      h('div', { 'class': C.spacer }),
      B.user ? [
        h('span', { key: 'gstin', 'class': cx('text', 'topMeta') }, 'GSTIN: ' + B.user.gstin),
        Avatar(B.user.name, B.user.initials),
        Button({ key: 'signout', appearance: 'subtle', icon: 'signOut', onClick: signOut }, 'Sign out')
      ] : Button({ key: 'signin', appearance: 'primary', id: ID.signIn, onClick: openLogin }, 'Sign in'));
  }

  /* ---------------- home and login ---------------- */
  function HomePage() {
    LoginDialog();
    var updates = [
      ['Two-factor authentication', 'From 1 April 2025 every sign in needs an OTP sent by SMS, the Sandes app or the NIC-GST-Shield app.'],
      ['API access for GSPs', 'Create an API user for each GST Suvidha Provider under API Registration > User Credentials.'],
      ['Time limit for reporting', 'Invoices must be reported within 30 days of their date by taxpayers above the notified turnover.']
    ];
    return h('main', { key: 'home', 'class': C.homeMain },
      S.expired ? MessageBar({ key: 'expired', intent: 'error', title: 'Session expired', body: S.expired }) : null,
      B.banner === 'expired' && !S.bannerClosed ? MessageBar({ key: 'banner', intent: 'warning', title: 'Session expired',
        body: 'Your session has expired. Please sign in again.', onDismiss: function () { S.bannerClosed = true; render(); } }) : null,
      B.banner === 'signedout' && !S.bannerClosed ? MessageBar({ key: 'banner-out', intent: 'success', title: 'Signed out',
        body: 'You have signed out of the e-Invoice System.', onDismiss: function () { S.bannerClosed = true; render(); } }) : null,
      h('section', { key: 'hero', 'class': C.hero },
        h('h1', { 'class': cx('text', 'title1') }, 'e-Invoice System'),
        h('p', { 'class': cx('text', 'block') }, 'Generate Invoice Reference Numbers (IRN), manage API access for your GST Suvidha Providers and view e-invoice reports.'),
        h('p', { 'class': cx('text', 'block', 'muted') }, 'Sign in with the user name and password of your e-Invoice account. An OTP is sent to your registered mobile number.')),
      h('div', { key: 'cards', 'class': C.cardsGrid }, updates.map(function (u) { return Card(u[0], 'Announcement', h('p', { 'class': cx('text', 'block') }, u[1])); })));
  }
  function openLogin() {
    var L = S.login;
    L.step = 'creds'; L.password = ''; L.captcha = ''; L.errors = {}; L.banner = ''; L.otp = ''; L.otpErr = '';
    openDialog('login');
    loadCaptcha();
  }
  function loadCaptcha() {
    fetch('/api/auth/captcha', { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (j) { S.login.img = j.image || ''; render(); }, noop);
  }
  function submitLogin(e) {
    e.preventDefault();
    var L = S.login;
    var E = {};
    if (!L.userName.trim()) E.userName = 'Enter your user name.';
    if (!L.password) E.password = 'Enter your password.';
    if (!L.captcha.trim()) E.captcha = 'Enter the characters shown in the image.';
    L.errors = E;
    L.banner = '';
    if (E.userName || E.password || E.captcha) { render(); focusControl(E.userName ? ID.user : E.password ? ID.pass : ID.captcha); return; }
    api('/api/auth/login', { userName: L.userName.trim(), password: L.password, captcha: L.captcha.trim() }).then(function (r) {
      if (r.ok) { L.step = 'otp'; L.info = r.data.message; L.otp = ''; L.otpErr = ''; render(); focusControl(ID.otp); return; }
      if (r.data.field === 'captcha') L.errors = { captcha: r.data.message };
      else { L.banner = r.data.message || 'Sign in failed.'; L.password = ''; }
      L.captcha = '';
      render();
      loadCaptcha();
      focusControl(r.data.field === 'captcha' ? ID.captcha : ID.pass);
    }, noop);
  }
  function verifyLoginOtp(e) {
    e.preventDefault();
    var L = S.login;
    if (!L.otp.trim()) { L.otpErr = 'Enter the OTP.'; render(); focusControl(ID.otp); return; }
    api('/api/auth/verify-otp', { otp: L.otp.trim() }).then(function (r) {
      if (r.ok) { S.busy++; render(); location.assign(r.data.redirect || R_DASH); return; }
      L.otpErr = r.data.message || 'Invalid OTP.';
      L.otp = '';
      render();
      focusControl(ID.otp);
    }, noop);
  }
  function LoginDialog() {
    var L = S.login;
    var creds = L.step === 'creds';
    function textField(id, label, key, extra) {
      return Field({ id: id, label: label, required: true, error: L.errors[key], hint: extra.hint, control: function (cp) {
        return Input(assign(cp, assign({ value: L[key], onChange: function (v) { L[key] = v; L.errors[key] = ''; render(); } }, extra)));
      } });
    }
    Dialog('login', {
      titleId: ID.loginTitle, title: creds ? 'Sign in' : 'Verify OTP', onDismiss: function () { closeDialog('login'); },
      onSubmit: creds ? submitLogin : verifyLoginOtp,
      content: creds ? [
        L.banner ? MessageBar({ key: 'err', intent: 'error', title: 'Sign in failed', body: L.banner }) : null,
        h('div', { key: 'creds', 'class': C.formStack },
          textField(ID.user, 'User name', 'userName', { autoComplete: 'username', spellcheck: 'false' }),
          textField(ID.pass, 'Password', 'password', { type: 'password', autoComplete: 'current-password' }),
          h('div', { key: 'captcha-img', 'class': C.captchaRow },
            h('img', { 'class': C.captchaImg, src: L.img || 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', alt: 'Captcha image', width: '150', height: '44' }),
            Button({ appearance: 'subtle', icon: 'refresh', ariaLabel: 'Refresh captcha', title: 'Refresh captcha', onClick: loadCaptcha })),
          textField(ID.captcha, 'Enter captcha', 'captcha', { autoComplete: 'off', maxLength: '6', spellcheck: 'false',
            hint: 'Type the characters shown in the image. They are not case-sensitive.' }))
      ] : [
        h('p', { key: 'info', 'class': cx('text', 'block', 'para') }, L.info),
        h('div', { key: 'otp', 'class': C.formStack },
          Field({ id: ID.otp, label: 'Enter OTP', required: true, error: L.otpErr, control: function (cp) {
            return Input(assign(cp, { value: L.otp, maxLength: '6', inputMode: 'numeric', autoComplete: 'one-time-code',
              onChange: function (v) { L.otp = v; L.otpErr = ''; render(); } }));
          } }),
          h('div', { key: 'resend' }, Link({ onClick: function () {
            api('/api/auth/resend-otp', {}).then(function (r) { if (r.ok) { L.info = r.data.message; toast('info', 'OTP sent', r.data.message); render(); } }, noop);
          } }, 'Resend OTP')))
      ],
      actions: creds ? [
        Button({ key: 'cancel', onClick: function () { closeDialog('login'); } }, 'Cancel'),
        Button({ key: 'submit', appearance: 'primary', type: 'submit' }, 'Sign in')
      ] : [
        Button({ key: 'back', onClick: function () { L.step = 'creds'; L.password = ''; L.captcha = ''; L.otpErr = ''; render(); loadCaptcha(); focusControl(ID.user); } }, 'Back'),
        Button({ key: 'verify', appearance: 'primary', type: 'submit' }, 'Verify OTP')
      ]
    });
  }
  function signOut() {
    api('/api/auth/logout', {}).then(function () { location.assign('/?reason=signed-out'); }, noop);
  }

  /* ---------------- navigation tree (Tree / TreeItem / TreeItemLayout) ---------------- */
  function pathTo(route, nodes, acc) {
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i];
      if (n.route === route) return acc.concat([n]);
      if (n.kids) { var r = pathTo(route, n.kids, acc.concat([n])); if (r) return r; }
    }
    return null;
  }
  function expandTo(route) {
    var p = pathTo(route, B.nav, []);
    if (!p) return;
    p.forEach(function (n) { if (n.kids) S.nav.open[n.v] = true; });
    S.nav.focus = p[p.length - 1].v;
  }
  function visibleItems() {
    var out = [];
    (function walk(nodes, parent) {
      nodes.forEach(function (n) { out.push({ n: n, parent: parent }); if (n.kids && S.nav.open[n.v]) walk(n.kids, n); });
    })(B.nav, null);
    return out;
  }
  function focusTreeItem(v) {
    var el = document.querySelector('[data-fui-tree-item-value="' + v + '"]');
    if (el) el.focus();
  }
  function activate(n) {
    S.nav.focus = n.v;
    if (n.kids) { S.nav.open[n.v] = !S.nav.open[n.v]; render(); return; }
    navigate(n.route);
  }
  function treeKeyDown(e) {
    var items = visibleItems();
    var idx = -1;
    for (var i = 0; i < items.length; i++) if (items[i].n.v === S.nav.focus) idx = i;
    if (idx < 0) idx = 0;
    var it = items[idx];
    var n = it.n;
    switch (e.key) {
      case 'ArrowDown': idx = Math.min(items.length - 1, idx + 1); break;
      case 'ArrowUp': idx = Math.max(0, idx - 1); break;
      case 'Home': idx = 0; break;
      case 'End': idx = items.length - 1; break;
      case 'ArrowRight':
        if (!n.kids) return;
        if (!S.nav.open[n.v]) { e.preventDefault(); S.nav.open[n.v] = true; render(); return; }
        idx = Math.min(items.length - 1, idx + 1);
        break;
      case 'ArrowLeft':
        if (n.kids && S.nav.open[n.v]) { e.preventDefault(); S.nav.open[n.v] = false; render(); return; }
        if (!it.parent) return;
        for (var j = 0; j < items.length; j++) if (items[j].n === it.parent) idx = j;
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        activate(n);
        return;
      default:
        return;
    }
    e.preventDefault();
    S.nav.focus = items[idx].n.v;
    render();
    focusTreeItem(S.nav.focus);
  }
  function growIn(el) {
    if (!S.booted || !el.animate) return;
    el.animate([{ height: '0px', opacity: 0 }, { height: el.scrollHeight + 'px', opacity: 1 }], { duration: 200, easing: 'cubic-bezier(0.33,0,0.67,1)' });
  }
  function TreeItems(nodes, level) {
    return nodes.map(function (n, i) {
      var branch = !!n.kids;
      var open = branch && !!S.nav.open[n.v];
      var current = !!n.route && n.route === S.route;
      return h('div', {
        key: n.v, role: 'treeitem', 'aria-level': String(level), 'aria-setsize': String(nodes.length), 'aria-posinset': String(i + 1),
        'aria-expanded': branch ? String(open) : undefined, 'aria-current': current ? 'page' : undefined,
        tabindex: S.nav.focus === n.v ? '0' : '-1', 'data-fui-tree-item-value': n.v, 'class': C.treeItem,
        style: '--fluent-TreeItem--level: ' + level,
        onClick: function (e) {
          if (e.target.closest('[role=treeitem]') !== e.currentTarget) return;
          activate(n);
          e.currentTarget.focus();
        }
      },
      h('div', { 'class': cx('tiLayout', branch ? 'tiBranch' : 'tiLeaf', current && 'tiCurrent') },
        branch ? h('div', { key: 'expand', 'aria-hidden': 'true', 'class': cx('tiExpand', open && 'tiExpandOpen') }, Icon('chevronRight')) : null,
        n.icon ? h('div', { key: 'icon', 'class': C.tiIconBefore }, Icon(n.icon)) : null,
        h('div', { key: 'main', 'class': C.tiMain }, n.label)),
      open ? h('div', { key: 'group', role: 'group', 'class': cx('tree', 'subtree'), ref: growIn }, TreeItems(n.kids, level + 1)) : null);
    });
  }
  function navigate(route) {
    if (!route) return;
    if (route !== S.route || route === R_APIUSER) history.pushState({ route: route }, '', route);
    enterRoute(route);
  }
  function titleFor(route) {
    var p = pathTo(route, B.nav, []);
    return p ? p[p.length - 1].label : 'e-Invoice System';
  }
  function enterRoute(route) {
    S.route = route;
    S.dd.open = false;
    S.dd.focused = false;
    expandTo(route);
    document.title = titleFor(route) + ' | e-Invoice System';
    window.scrollTo(0, 0);
    if (route === R_APIUSER) { S.apiu = freshApiu(); render(); sendOtp(false); } else render();
  }
  window.addEventListener('popstate', function () { if (B.page === 'app') enterRoute(location.pathname); });
  window.addEventListener('scroll', function () { if (S.dd.open) render(); }, true);
  window.addEventListener('resize', function () { if (S.dd.open || S.launcher) render(); });

  /* ---------------- signed-in pages ---------------- */
  function Shell() {
    ContactsDialog();
    ConfirmDialog();
    return h('div', { key: 'shell', 'class': C.appBody },
      h('div', { key: 'drawer', 'class': C.drawer },
        h('div', { 'class': C.drawerHeader }, 'Menu'),
        h('div', { 'class': C.drawerBody },
          h('div', { role: 'tree', 'aria-label': 'Main menu', 'class': C.tree, onKeyDown: treeKeyDown }, TreeItems(B.nav, 1)))),
      h('main', { key: 'main', 'class': C.main },
        S.expired ? MessageBar({ key: 'expired', intent: 'error', title: 'Session expired', body: S.expired }) : null,
        RouteView()));
  }
  function RouteView() {
    if (S.route === R_DASH) return Dashboard();
    if (S.route === R_APIUSER) return ApiUserPage();
    return h('div', { key: 'generic-' + S.route, 'class': C.page },
      h('h1', { 'class': cx('text', 'title3', 'pageTitle') }, titleFor(S.route)),
      MessageBar({ key: 'none', intent: 'info', title: 'No records', body: 'There is nothing to show here for GSTIN ' + B.user.gstin + ' yet.' }));
  }
  function Dashboard() {
    var st = B.stats;
    return h('div', { key: 'dash', 'class': C.page },
      h('h1', { 'class': cx('text', 'title3', 'pageTitle') }, 'Dash Board'),
      h('p', { 'class': cx('text', 'block', 'muted') }, 'Welcome, ' + B.user.name + ' (GSTIN ' + B.user.gstin + ')'),
      h('div', { 'class': C.cardsGrid },
        Card('Generations', 'IRNs generated this month', h('div', { 'class': cx('text', 'metric') }, String(st.generated))),
        Card('Cancelled', 'IRNs cancelled this month', h('div', { 'class': cx('text', 'metric') }, String(st.cancelled))),
        Card('API users', 'Registered for this GSTIN', h('div', { 'class': cx('text', 'metric') }, String(st.apiUsers)))));
  }
  function sendOtp(resend) {
    var A = S.apiu;
    A.sendErr = '';
    api('/api/apiuser/send-otp', { resend: !!resend }).then(function (r) {
      if (r.ok) { A.sent = r.data.message; A.otpErr = ''; if (resend) toast('info', 'OTP sent', r.data.message); }
      else A.sendErr = r.data.message || 'The OTP could not be sent.';
      render();
      focusControl(ID.apiOtp);
    }, noop);
  }
  function verifyApiOtp(e) {
    e.preventDefault();
    var A = S.apiu;
    if (!A.otp.trim()) { A.otpErr = 'Enter the OTP.'; render(); focusControl(ID.apiOtp); return; }
    api('/api/apiuser/verify-otp', { otp: A.otp.trim() }).then(function (r) {
      if (r.ok) {
        A.stage = 'form'; A.gsps = r.data.gsps || []; A.regs = r.data.registrations || []; A.gstin = r.data.gstin || A.gstin;
        A.otp = ''; A.sent = '';
        toast('success', 'OTP verified', 'You can now create an API user.');
        render();
        return;
      }
      A.otpErr = r.data.message || 'Invalid OTP.';
      A.otp = '';
      render();
      focusControl(ID.apiOtp);
    }, noop);
  }
  function pwOk(p) {
    return p.length >= 8 && p.length <= 15 && /[A-Z]/.test(p) && /[a-z]/.test(p) && /[0-9]/.test(p) && /[^A-Za-z0-9]/.test(p);
  }
  function onSubmitClick() {
    var A = S.apiu;
    var E = {};
    if (!A.mode) E.mode = 'Select how you wish to register your GSTIN.';
    else if (A.mode !== 'GSP') E.mode = 'Only registration through a GSP is enabled for this GSTIN.';
    else {
      if (!A.gsp) E.gsp = 'Select your GSP.';
      var u = A.userName.trim();
      if (!u) E.userName = 'Enter a user name.';
      else if (!/^[A-Za-z0-9_]{6,15}$/.test(u)) E.userName = 'User name must be 6 to 15 letters, digits or underscores.';
      if (!A.password) E.password = 'Enter a password.';
      else if (!pwOk(A.password)) E.password = 'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.';
      if (!A.confirm) E.confirm = 'Re-enter the password.';
      else if (A.confirm !== A.password) E.confirm = 'Passwords do not match.';
    }
    A.errors = E;
    render();
    var first = E.mode ? null : E.gsp ? ID.gsp : E.userName ? ID.un : E.password ? ID.pw : E.confirm ? ID.pw2 : '';
    if (E.mode) { var radio = document.getElementById(radioIds[1]); if (radio) radio.focus(); return; }
    if (first) { focusControl(first); return; }
    openDialog('confirm');
  }
  function doRegister() {
    var A = S.apiu;
    var payload = { mode: A.mode, gsp: A.gsp, userName: A.userName.trim(), password: A.password, confirmPassword: A.confirm };
    closeDialog('confirm');
    api('/api/apiuser/register', payload).then(function (r) {
      if (r.ok) {
        A.verdict = { intent: 'success', title: r.data.title || 'Success', body: r.data.message };
        A.regs = r.data.registrations || A.regs;
        A.mode = ''; A.gsp = ''; A.userName = ''; A.password = ''; A.confirm = ''; A.errors = {};
        toast('success', 'API user created', r.data.message);
      } else {
        A.verdict = { intent: 'error', title: r.data.title || 'Error', body: r.data.message || 'The request could not be completed.' };
        if (r.data.field) A.errors[r.data.field] = r.data.message;
        toast('error', r.data.title || 'Error', r.data.message);
      }
      render();
      var v = document.getElementById(ID.verdict);
      if (v && v.scrollIntoView) v.scrollIntoView({ block: 'center' });
    }, noop);
  }
  function ApiUserPage() {
    var A = S.apiu;
    var form = A.stage === 'form';
    return h('div', { key: 'apiuser', 'class': C.page },
      h('h1', { key: 'title', 'class': cx('text', 'title3', 'pageTitle') }, 'API Registration'),
      A.verdict ? MessageBar({ key: 'verdict', id: ID.verdict, intent: A.verdict.intent, title: A.verdict.title, body: A.verdict.body,
        onDismiss: function () { A.verdict = null; render(); } }) : null,
      h('div', { key: 'card', role: 'group', 'aria-labelledby': ID.cardTitle, 'class': C.card },
        h('div', { 'class': C.cardHeader },
          h('h2', { id: ID.cardTitle, 'class': cx('cardHeaderTitle', 'pageTitle') }, 'Create API User'),
          h('div', { 'class': C.cardHeaderDesc }, form ? 'Register an API user for GSTIN ' + A.gstin + '.' : 'Verify the OTP sent to your registered mobile number to continue.')),
        form ? RegForm() : OtpPanel()),
      form ? RegTable() : null);
  }
  function OtpPanel() {
    var A = S.apiu;
    return h('form', { key: 'otp', novalidate: true, 'class': cx('formStack', 'formNarrow'), onSubmit: verifyApiOtp },
      A.sent ? MessageBar({ key: 'sent', intent: 'info', title: 'OTP sent', body: A.sent }) : null,
      A.sendErr ? MessageBar({ key: 'senderr', intent: 'error', title: 'OTP not sent', body: A.sendErr }) : null,
      Field({ id: ID.apiOtp, label: 'Enter OTP', required: true, error: A.otpErr, control: function (cp) {
        return Input(assign(cp, { value: A.otp, maxLength: '6', inputMode: 'numeric', autoComplete: 'one-time-code',
          onChange: function (v) { A.otp = v; A.otpErr = ''; render(); } }));
      } }),
      h('div', { key: 'actions', 'class': C.actionsRow },
        Button({ appearance: 'primary', type: 'submit' }, 'Verify OTP'),
        Button({ onClick: function () { sendOtp(true); } }, 'Resend OTP')));
  }
  function RegForm() {
    var A = S.apiu;
    var E = A.errors;
    function text(id, label, key, extra) {
      return Field({ id: id, label: label, required: true, error: E[key], hint: extra.hint, control: function (cp) {
        return Input(assign(cp, assign({ value: A[key], onChange: function (v) { A[key] = v; E[key] = ''; render(); } }, extra)));
      } });
    }
    var rows = [
      Field({ id: ID.gstin, label: 'GSTIN', control: function (cp) { return Input(assign(cp, { value: A.gstin, readOnly: true })); } }),
      Field({ id: ID.mode, label: 'Do you wish to Register your GSTIN for', required: true, error: E.mode, control: function (cp) {
        return RadioGroup(assign(cp, { name: ID.radios, value: A.mode, horizontal: true, options: MODES,
          onChange: function (v) { A.mode = v; E.mode = ''; render(); } }));
      } })
    ];
    if (A.mode && A.mode !== 'GSP') rows.push(MessageBar({ key: 'mode-note', intent: 'warning', title: 'Not available', body: MODE_NOTES[A.mode] }));
    if (A.mode === 'GSP') {
      rows.push(Field({ id: ID.gsp, label: 'Select your GSP', required: true, error: E.gsp, control: Dropdown }));
      rows.push(text(ID.un, 'User Name', 'userName', { before: 'API_', autoComplete: 'off', spellcheck: 'false',
        hint: '6 to 15 letters, digits or underscores, typed after the fixed prefix API_.' }));
      rows.push(text(ID.pw, 'Password', 'password', { type: 'password', autoComplete: 'new-password',
        hint: '8 to 15 characters with an upper case letter, a lower case letter, a digit and a special character.' }));
      rows.push(text(ID.pw2, 'Re-enter Password', 'confirm', { type: 'password', autoComplete: 'new-password' }));
    }
    rows.push(h('div', { key: 'actions', 'class': C.actionsRow },
      Button({ appearance: 'primary', onClick: onSubmitClick }, 'Submit'),
      Button({ onClick: function () { navigate(R_DASH); } }, 'Exit')));
    return h('div', { key: 'form', 'class': cx('formStack', 'formNarrow') }, rows);
  }
  function RegTable() {
    var A = S.apiu;
    var cols = ['Sl. No.', 'GSP Name', 'API User Name', 'Created On', 'Status'];
    return h('div', { key: 'regs', role: 'group', 'aria-labelledby': ID.regsTitle, 'class': C.card },
      h('h2', { id: ID.regsTitle, 'class': cx('text', 'subtitle2', 'pageTitle') }, 'GSPs registered for GSTIN ' + A.gstin),
      A.regs.length ? h('table', { 'class': C.table, 'aria-labelledby': ID.regsTitle },
        h('thead', { 'class': C.tHeader }, h('tr', { 'class': C.tRow }, cols.map(function (c, i) {
          return h('th', { key: c, 'class': C.tHeaderCell, style: i === 0 ? 'width:72px' : undefined }, c);
        }))),
        h('tbody', { 'class': C.tBody }, A.regs.map(function (r, i) {
          return h('tr', { key: r.username, 'class': cx('tRow', 'tRowHover') },
            h('td', { 'class': C.tCell }, String(i + 1)), h('td', { 'class': C.tCell }, r.gsp), h('td', { 'class': C.tCell }, r.username),
            h('td', { 'class': C.tCell }, r.createdOn), h('td', { 'class': C.tCell }, r.status));
        })))
        : h('p', { 'class': cx('text', 'block', 'muted') }, 'No GSP is registered for this GSTIN yet.'));
  }
  function ContactsDialog() {
    var T = S.contact;
    function text(id, label, key, extra) {
      return Field({ id: id, label: label, required: true, error: T.errors[key], control: function (cp) {
        return Input(assign(cp, assign({ value: T[key], onChange: function (v) { T[key] = v; T.errors[key] = ''; render(); } }, extra)));
      } });
    }
    Dialog('contacts', {
      titleId: ID.tcTitle, title: 'Contacts of Technical Person', close: true, onDismiss: function () { closeDialog('contacts'); },
      content: [
        h('p', { key: 'intro', 'class': cx('text', 'block', 'para') }, 'Please review the technical person of your organisation. NIC contacts this person about e-invoice API integration.'),
        h('div', { key: 'fields', 'class': C.formStack },
          text(ID.tcName, 'Name', 'name', { autoComplete: 'name' }),
          text(ID.tcMobile, 'Mobile Number', 'mobile', { inputMode: 'numeric', maxLength: '10', autoComplete: 'tel' }),
          text(ID.tcEmail, 'E-mail', 'email', { type: 'email', autoComplete: 'email' }))
      ],
      actions: [
        Button({ key: 'exit', onClick: function () { closeDialog('contacts'); } }, 'Exit'),
        Button({ key: 'update', appearance: 'primary', onClick: saveContact }, 'Update')
      ]
    });
  }
  function saveContact() {
    var T = S.contact;
    var E = {};
    if (!T.name.trim()) E.name = 'Enter the name.';
    if (!/^[6-9][0-9]{9}$/.test(T.mobile.trim())) E.mobile = 'Enter a valid 10-digit mobile number.';
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(T.email.trim())) E.email = 'Enter a valid e-mail address.';
    T.errors = E;
    if (E.name || E.mobile || E.email) { render(); return; }
    api('/api/profile/technical-contact', { name: T.name.trim(), mobile: T.mobile.trim(), email: T.email.trim() }).then(function (r) {
      if (r.ok) { closeDialog('contacts'); toast('success', 'Contact details updated', r.data.message); }
      else toast('error', 'Not saved', r.data.message);
    }, noop);
  }
  function ConfirmDialog() {
    var A = S.apiu;
    Dialog('confirm', {
      alert: true, titleId: ID.confirmTitle, descId: ID.confirmDesc, title: 'Confirm API user creation', onDismiss: function () { closeDialog('confirm'); },
      content: h('p', { id: ID.confirmDesc, 'class': cx('text', 'block') }, 'Create the API user ', h('strong', null, 'API_' + A.userName.trim()),
        ' for ', h('strong', null, A.gsp), ' on GSTIN ' + A.gstin + '? Note the user name and password now: you will need them for the Authentication API.'),
      actions: [
        Button({ key: 'cancel', onClick: function () { closeDialog('confirm'); } }, 'Cancel'),
        Button({ key: 'submit', appearance: 'primary', onClick: doRegister }, 'Submit')
      ]
    });
  }

  /* ---------------- root ---------------- */
  function App() {
    Toaster();
    Launcher();
    var tree = h('div', { 'class': cx('provider', 'appRoot'), dir: 'ltr', 'data-tabster': '{"restorer":{"type":1}}' },
      TopBar(), B.page === 'app' ? Shell() : HomePage());
    Overlay();
    return tree;
  }

  if (B.page === 'app') expandTo(S.route);
  render();
  S.booted = true;
  if (B.page === 'app') {
    if (S.route === R_APIUSER) sendOtp(false);
    if (B.showContacts) openDialog('contacts');
  }
})();`;

// ---------------------------------------------------------------------------------------------
// HTML shell
// ---------------------------------------------------------------------------------------------

function pageHtml(title: string, boot: Record<string, unknown>): string {
  const tokens = `.fui-FluentProviderr0{${Object.entries(TOKENS)
    .map(([k, v]) => `--${k}: ${v};`)
    .join(' ')}}`;
  const buckets = BUCKETS.map(
    (b) => `<style data-make-styles-bucket="${b}">${(sheet.get(b) ?? []).join('')}</style>`,
  ).join('');
  const json = JSON.stringify({ ...boot, cls: CX, icons: ICONS, nav: NAV }).replace(/</g, '\\u003c');
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title} | e-Invoice System</title><link rel="icon" href="${FAVICON}">`,
    `<style id="fui-FluentProviderr0">${tokens}</style>${buckets}`,
    '<style>html,body{margin:0;padding:0;}body{background-color:#fafafa;}#root{min-height:100vh;}</style>',
    '</head><body><div id="root"></div>',
    `<script type="application/json" id="__bootstrap">${json}</script>`,
    `<script>${CLIENT}</script></body></html>`,
  ].join('');
}

// ---------------------------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------------------------

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'auth';
  contactsPending: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  contact: { name: string; mobile: string; email: string };
}
type Json = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function fmtDate(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 330 * 60000);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}-${p(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

function readBody(req: IncomingMessage): Promise<Json> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= 1 << 20) chunks.push(c);
    });
    req.on('end', () => {
      try {
        const v: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        resolve(v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
      } catch {
        resolve({});
      }
    });
    req.on('error', () => resolve({}));
  });
}

export async function startFluent9R23Rendition(
  options: Fluent9R23Options = {},
): Promise<Fluent9R23Rendition> {
  const state: Fluent9R23State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** The registration that existed before this server started: shown and refused, never in state.users. */
  const seeded = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: 'API_teraforge27',
      createdOn: '2022-03-14T06:12:08.000Z',
    },
  ];
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();
  let expireFired = false;

  const newSession = (stage: Session['stage']): Session => {
    const s: Session = {
      id: randomBytes(24).toString('base64url'),
      stage,
      contactsPending: false,
      apiOtpSent: false,
      apiOtpVerified: false,
      contact: { name: 'Rahul Deshmukh', mobile: '9822014821', email: 'it.support@unitedforge.example' },
    };
    sessions.set(s.id, s);
    return s;
  };
  const cookieFor = (s: Session): string => `${SESSION_COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Lax`;
  const clearCookie = `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
  const sessionOf = (req: IncomingMessage): Session | undefined => {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const [k, ...rest] = part.trim().split('=');
      if (k === SESSION_COOKIE) return sessions.get(rest.join('='));
    }
    return undefined;
  };
  const send = (
    res: ServerResponse,
    status: number,
    body: string,
    type: string,
    headers: Record<string, string> = {},
  ): void => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
    res.end(body);
  };
  const json = (
    res: ServerResponse,
    status: number,
    body: Json,
    headers: Record<string, string> = {},
  ): void => send(res, status, JSON.stringify(body), 'application/json; charset=utf-8', headers);
  const lost = (res: ServerResponse): void =>
    json(
      res,
      401,
      {
        code: 'SessionExpired',
        title: 'Session expired',
        message: EXPIRED_MESSAGE,
        redirect: EXPIRED_REDIRECT,
      },
      { 'Set-Cookie': clearCookie },
    );
  const expireNow = (stage: Fluent9R23Expiry, s: Session | undefined): boolean => {
    if (options.expireOnce !== stage || expireFired) return false;
    expireFired = true;
    if (s) sessions.delete(s.id);
    state.expired.push(stage);
    return true;
  };
  const allRegs = (): { gstin: string; gsp: string; username: string; createdOn: string }[] => [
    ...seeded,
    ...state.users,
  ];
  const registrations = (): Json[] =>
    allRegs()
      .filter((u) => u.gstin === state.gstin)
      .map((u) => ({ gsp: u.gsp, username: u.username, createdOn: fmtDate(u.createdOn), status: 'Active' }));

  const page = (res: ServerResponse, title: string, boot: Json, headers: Record<string, string> = {}): void =>
    send(res, 200, pageHtml(title, boot), 'text/html; charset=utf-8', headers);

  const handleApi = async (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    sess: Session | undefined,
  ): Promise<void> => {
    const body = await readBody(req);
    await delay(120);
    switch (path) {
      case '/api/auth/login': {
        if (!sess) return lost(res);
        const captcha = str(body.captcha).trim();
        if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
          state.refusals.push('captcha');
          return json(res, 400, {
            code: 'InvalidCaptcha',
            field: 'captcha',
            message: 'Invalid Captcha. Please enter the characters shown in the image.',
          });
        }
        if (
          str(body.userName).trim().toLowerCase() !== FLUENT9_R23_LOGIN.username.toLowerCase() ||
          str(body.password) !== FLUENT9_R23_LOGIN.password
        ) {
          state.refusals.push('login');
          return json(res, 400, {
            code: 'InvalidCredentials',
            message: 'Invalid Login Credentials. Please check your user name and password.',
          });
        }
        sess.stage = 'otp';
        return json(res, 200, {
          next: 'otp',
          mobile: MOBILE_MASK,
          message: `An OTP has been sent to your registered mobile number ${MOBILE_MASK}. You can also use the OTP shown in the Sandes or NIC-GST-Shield app.`,
        });
      }
      case '/api/auth/resend-otp': {
        if (sess?.stage !== 'otp') return lost(res);
        return json(res, 200, {
          message: `A new OTP has been sent to your registered mobile number ${MOBILE_MASK}.`,
        });
      }
      case '/api/auth/verify-otp': {
        if (sess?.stage !== 'otp') return lost(res);
        if (str(body.otp).trim() !== state.loginOtp) {
          state.refusals.push('login-otp');
          return json(res, 400, {
            code: 'InvalidOtp',
            field: 'otp',
            message: 'Invalid OTP. Please enter the OTP sent to your registered mobile number.',
          });
        }
        sessions.delete(sess.id);
        const next = newSession('auth');
        next.contactsPending = true;
        return json(res, 200, { redirect: '/dashboard' }, { 'Set-Cookie': cookieFor(next) });
      }
      case '/api/auth/logout': {
        if (!sess) return lost(res);
        sessions.delete(sess.id);
        return json(res, 200, { redirect: '/?reason=signed-out' }, { 'Set-Cookie': clearCookie });
      }
      case '/api/profile/technical-contact': {
        if (sess?.stage !== 'auth') return lost(res);
        sess.contact = { name: str(body.name), mobile: str(body.mobile), email: str(body.email) };
        return json(res, 200, { message: 'The contact details of the technical person have been updated.' });
      }
      case '/api/apiuser/send-otp': {
        if (expireNow('api-otp-send', sess)) return lost(res);
        if (sess?.stage !== 'auth') return lost(res);
        sess.apiOtpSent = true;
        sess.apiOtpVerified = false;
        return json(res, 200, {
          mobile: MOBILE_MASK,
          message: `OTP has been sent to your registered mobile number ${MOBILE_MASK}.`,
        });
      }
      case '/api/apiuser/verify-otp': {
        if (expireNow('api-otp-verify', sess)) return lost(res);
        if (sess?.stage !== 'auth') return lost(res);
        if (!sess.apiOtpSent) {
          return json(res, 400, {
            code: 'OtpNotGenerated',
            message: 'No OTP has been generated. Use Resend OTP to get one.',
          });
        }
        if (str(body.otp).trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          return json(res, 400, {
            code: 'InvalidOtp',
            message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
          });
        }
        sess.apiOtpVerified = true;
        return json(res, 200, { gstin: state.gstin, gsps: GSPS, registrations: registrations() });
      }
      case '/api/apiuser/register': {
        if (expireNow('submit', sess)) return lost(res);
        if (sess?.stage !== 'auth') return lost(res);
        if (!sess.apiOtpVerified) {
          return json(res, 403, {
            code: 'OtpRequired',
            title: 'OTP required',
            message: 'Verify the OTP before creating an API user.',
          });
        }
        const fail = (field: string, message: string): void =>
          json(res, 400, { code: 'ValidationFailed', title: 'Check the form', field, message });
        if (str(body.mode) !== 'GSP')
          return fail('mode', 'Only registration through a GSP is enabled for this GSTIN.');
        const gsp = GSPS.find((g) => g === str(body.gsp));
        if (!gsp) return fail('gsp', 'Select your GSP.');
        const typed = str(body.userName).trim();
        if (!/^[A-Za-z0-9_]{6,15}$/.test(typed))
          return fail('userName', 'User name must be 6 to 15 letters, digits or underscores.');
        const pw = str(body.password);
        const pwOk =
          pw.length >= 8 &&
          pw.length <= 15 &&
          /[A-Z]/.test(pw) &&
          /[a-z]/.test(pw) &&
          /[0-9]/.test(pw) &&
          /[^A-Za-z0-9]/.test(pw);
        if (!pwOk) {
          return fail(
            'password',
            'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
          );
        }
        if (str(body.confirmPassword) !== pw) return fail('confirm', 'Passwords do not match.');
        if (allRegs().some((u) => u.gstin === state.gstin && u.gsp.toLowerCase() === gsp.toLowerCase())) {
          state.refusals.push('duplicate');
          return json(res, 409, {
            code: 'AlreadyRegistered',
            title: 'Already registered',
            field: 'gsp',
            message: `GSTIN ${state.gstin} is already registered with ${gsp}. Only one API user can be created per GSP.`,
          });
        }
        const username = `API_${typed}`;
        if (allRegs().some((u) => u.username.toLowerCase() === username.toLowerCase())) {
          state.refusals.push('username-taken');
          return json(res, 409, {
            code: 'UserNameTaken',
            title: 'User name not available',
            field: 'userName',
            message: `The user name ${username} is already taken. Choose a different user name.`,
          });
        }
        state.users.push({
          gstin: state.gstin,
          gsp,
          username,
          password: pw,
          createdOn: new Date().toISOString(),
        });
        return json(res, 200, {
          title: 'Success',
          message: `API user ${username} has been created for ${gsp}. Use this user name and password with the Authentication API.`,
          registrations: registrations(),
        });
      }
      default:
        return json(res, 404, { code: 'NotFound', message: 'Not found.' });
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const sess = sessionOf(req);

    if (method === 'GET' && path === '/favicon.ico') return send(res, 204, '', 'image/x-icon');
    if (method === 'GET' && path === '/api/auth/captcha') {
      const s = sess ?? newSession('anon');
      return json(
        res,
        200,
        { image: captchaImage(state.captcha) },
        sess ? {} : { 'Set-Cookie': cookieFor(s) },
      );
    }
    if (path.startsWith('/api/')) {
      if (method !== 'POST')
        return json(res, 405, { code: 'MethodNotAllowed', message: 'Method not allowed.' });
      return handleApi(req, res, path, sess);
    }
    if (method !== 'GET') return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
    if (path === '/') {
      if (sess?.stage === 'auth') return send(res, 302, '', 'text/plain', { Location: '/dashboard' });
      const s = sess ?? newSession('anon');
      const reason = url.searchParams.get('reason');
      const banner = reason === 'session-expired' ? 'expired' : reason === 'signed-out' ? 'signedout' : null;
      return page(
        res,
        'Home',
        { page: 'home', route: '/', user: null, banner, gstin: state.gstin },
        sess ? {} : { 'Set-Cookie': cookieFor(s) },
      );
    }
    if (APP_ROUTES.has(path)) {
      if (sess?.stage !== 'auth') return send(res, 302, '', 'text/plain', { Location: EXPIRED_REDIRECT });
      const showContacts = sess.contactsPending;
      sess.contactsPending = false;
      const own = allRegs().filter((u) => u.gstin === state.gstin).length;
      return page(res, labelOf(NAV, path) ?? 'Dash Board', {
        page: 'app',
        route: path,
        gstin: state.gstin,
        user: { name: TRADE_NAME, gstin: state.gstin, userName: FLUENT9_R23_LOGIN.username, initials: 'UF' },
        showContacts,
        contact: sess.contact,
        stats: { generated: 142, cancelled: 4, apiUsers: own },
      });
    }
    return send(
      res,
      404,
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body style="font-family:Segoe UI,sans-serif;padding:32px">Page not found. <a href="/">Go to the home page</a></body></html>',
      'text/html; charset=utf-8',
    );
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal Server Error', 'text/plain; charset=utf-8');
      else res.end();
    });
  });
  server.on('connection', (socket: Socket) => {
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
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
