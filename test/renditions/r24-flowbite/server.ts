/**
 * Rendition r24-flowbite: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and the ClearTax guide), drawn as a Flowbite 2 admin dashboard
 * (Tailwind CSS utility classes, flowbite.js data attributes) would draw it, served by a small
 * Express-like server (server-rendered pages, fetch calls for the OTP and Submit).
 *
 * Choices made where the docs are silent:
 * - URLs: `/` home (navbar with a "Login" button, `button#btnLogin`, toggling the Flowbite
 *   authentication modal), `/login` (the same page with the modal opened on load; `?expired=1`
 *   adds the expiry alert), `/get-captcha-image` (SVG with noise), `POST /Home/Login`,
 *   `/Home/LoginOtp` (GET, POST), `POST /Home/ResendLoginOtp`, `/Home/MainMenu` (dashboard),
 *   `POST /Home/UpdateTechContact`, `/ApiReg/CreateApiUser` (the API OTP page),
 *   `POST /ApiReg/SendOtp`, `POST /ApiReg/VerifyOtp`, `/ApiReg/ApiUserForm` (the registration
 *   form, only after the API OTP), `POST /ApiReg/SaveApiUser`, `POST /logout`; the other sidebar
 *   leaves open plain "No records found." pages; anything else answers Express's `Cannot GET /x`.
 *   Assets: `/static/css/app.css` (Tailwind utilities generated from the classes the pages use),
 *   `/static/js/flowbite.min.js` (a hand-written flowbite.js subset: Modal, Dropdown with a
 *   Popper-like placement, Collapse, Dismiss, Drawer, bound on window `load`) and `/static/js/app.js`.
 * - Login modal `#authentication-modal` ("Sign in to our platform", × "Close modal"), fields
 *   "Username" `#txtUserName`, "Password" `#txt_password`, "Enter Captcha" `#CaptchaCode` beside
 *   `img#captcha_image` and a refresh button (sr-only "Refresh captcha"), submit "Login". The
 *   password is posted as typed (no browser hashing), with an Express `_csrf` field.
 *   A wrong captcha re-renders the modal open with the field error "Oops! Invalid Captcha.
 *   Please enter the characters shown in the image."; wrong credentials with the alert
 *   "Invalid Login Credentials. Please check your username and password.".
 * - Two-factor page "Two-factor authentication": Flowbite's six-box verification-code input
 *   (`#code-1`..`#code-6`, label "Enter OTP", focus moves on keyup, paste spreads), button
 *   "Verify OTP" `#btnVerifyOTP`, "Resend OTP"; a wrong code: "Oops! Invalid OTP. Please enter
 *   the correct OTP.".
 * - After login the dashboard (h1 "Dash Board", cards "Generations", "Cancelled", "Pending
 *   Cancellation", "Bulk Uploads") opens by script on load a static-backdrop Flowbite modal
 *   "Contacts of Technical Person" (name, mobile, e-mail; buttons "Update" and "Exit"; × close),
 *   once per login. Backdrops are `div[modal-backdrop]` appended to body; Escape closes modals.
 * - Sidebar `aside#logo-sidebar` (a Flowbite drawer: aria-hidden="true" after init, as
 *   flowbite.js leaves it): "Dashboard", collapse groups "e-Invoice", "MIS Reports",
 *   "API Registration" (> collapse "User Credentials" > "Create API User", "Change API Password",
 *   "Freeze API User"; leaf "IP Whitelisting"), "User Management", and "Sign out". Groups start
 *   collapsed except the one holding the current page.
 * - "Create API User" auto-sends the API OTP by fetch on page load (spinner, then a toast and
 *   "OTP has been sent to your registered mobile number ******4821."), shows the six-box input
 *   (label "Enter OTP"), "Verify OTP" and a "Resend OTP" link. A wrong code: alert and field error
 *   "Invalid OTP. Please enter the correct OTP sent to your registered mobile number.".
 * - The form (card "API Registration"): "Do you wish to Register your GSTIN for" as a Flowbite
 *   bordered radio list "Directly", "Through GSP", "Through ERP", "Through Client-Id of other"
 *   (nothing chosen at first; only "Through GSP" shows the fields, the others show an info alert);
 *   "GSP Name" as a Flowbite dropdown-with-search (`#dropdownSearchButton` "Select your GSP",
 *   search "Search GSP", radios `name=gsp`, choosing one closes the menu and fills the hidden
 *   input); "Username" with a fixed `API_` prefix (4 to 11 letters or digits typed); "Password"
 *   and "Re-enter Password" (8-15 chars, upper, lower, digit, special); buttons "Submit" and
 *   "Exit". Client errors are `p.mt-2.text-sm.text-red-600` with "Oops!".
 * - Submit opens the Flowbite pop-up modal "Are you sure you want to register this API user?"
 *   ("Yes, I'm sure" / "No, cancel"); then a fetch. Verdicts: success toast "API user API_x created
 *   successfully." plus the green alert "Success! API user API_x has been registered for GSTIN ...
 *   through ..."; duplicate "GSTIN ... is already registered with ...; a GSP can be registered only
 *   once for a GSTIN."; taken "Username API_x is already taken. Please choose another username.".
 *   The table "GSPs registered for this GSTIN" lists the seeded TERA SOFTWARE LIMITED user and
 *   every user created since start.
 * - Sessions: express-session-like `connect.sid` cookie (regenerated at login), 20 minutes idle,
 *   `X-Powered-By: Express`. A page GET without a live session redirects (302) to
 *   `/login?expired=1` (alert "Session expired! Your session has expired. Please login again.");
 *   a fetch gets 401 JSON, and the page shows that alert and a warning toast, then goes to
 *   `/login?expired=1` after 2.5 s. A wrong CSRF token gets 403 on fetches; a stale login form
 *   re-renders with "Session expired! The login form had expired. Please try again.".
 *   "Sign out" (sidebar and the avatar dropdown in the navbar) posts `/logout` and lands on `/`.
 * - Toasts (`#toast-success` / `#toast-danger` / `#toast-warning`, fixed top-right, dismiss button)
 *   hide after 4 s with Flowbite's Dismiss fade; refusals also show a danger toast and a red
 *   alert above the form. A `div[role=status]` spinner shows during every fetch.
 * - expireOnce: the first live-session request of the stage (`POST /ApiReg/SendOtp` for
 *   'api-otp-send', `POST /ApiReg/VerifyOtp` for 'api-otp-verify', `POST /ApiReg/SaveApiUser`
 *   for 'submit') deletes the session, is recorded in `state.expired`, and answers the 401.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type FlowbiteR24Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface FlowbiteR24Options {
  expireOnce?: FlowbiteR24Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface FlowbiteR24State {
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

export interface FlowbiteR24Rendition {
  url: string;
  close(): Promise<void>;
  state: FlowbiteR24State;
}

export const FLOWBITE_R24_LOGIN: { username: string; password: string } = {
  username: 'uftrading27',
  password: 'Gst@Pune2024',
};

const MOBILE_MASKED = '******4821';
const SESSION_IDLE_MS = 20 * 60 * 1000;

const GSP_NAMES: readonly string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Botree Software International Private Limited',
  'BVM IT Consulting Services India Private Limited',
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
  'PricewaterhouseCoopers Private Limited',
  'Relyon Softech Limited',
  'Seshaasai Business Forms Private Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
];

interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  createdOn: string;
}

// ---------------------------------------------------------------------------------------------
// A small Tailwind: the utilities the pages use, generated once from the markup and scripts.
// ---------------------------------------------------------------------------------------------

/** `key=value` pairs separated by spaces, for the small scales below. */
const pairs = (text: string): Record<string, string> =>
  Object.fromEntries(text.split(' ').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));

const SHADES = ['50', '100', '200', '300', '400', '500', '600', '700', '800', '900'];
const PALETTE: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries({
    gray: 'f9fafb f3f4f6 e5e7eb d1d5db 9ca3af 6b7280 4b5563 374151 1f2937 111827',
    blue: 'eff6ff dbeafe bfdbfe 93c5fd 60a5fa 3b82f6 2563eb 1d4ed8 1e40af 1e3a8a',
    red: 'fef2f2 fee2e2 fecaca fca5a5 f87171 ef4444 dc2626 b91c1c 991b1b 7f1d1d',
    green: 'f0fdf4 dcfce7 bbf7d0 86efac 4ade80 22c55e 16a34a 15803d 166534 14532d',
    yellow: 'fefce8 fef9c3 fef08a fde047 facc15 eab308 ca8a04 a16207 854d0e 713f12',
    orange: 'fff7ed ffedd5 fed7aa fdba74 fb923c f97316 ea580c c2410c 9a3412 7c2d12',
  }).map(([name, list]) => [
    name,
    Object.fromEntries(list.split(' ').map((hex, i) => [SHADES[i] ?? '', `#${hex}`])),
  ]),
);

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255}`;
}

function twColor(value: string): string | null {
  const [name, alphaText] = value.split('/');
  if (!name) return null;
  if (name === 'transparent') return 'transparent';
  if (name === 'current') return 'currentColor';
  if (name === 'inherit') return 'inherit';
  let hex: string | undefined;
  if (name === 'white') hex = '#ffffff';
  else if (name === 'black') hex = '#000000';
  else {
    const m = /^([a-z]+)-(\d{2,3})$/.exec(name);
    if (m?.[1] && m[2]) hex = PALETTE[m[1]]?.[m[2]];
  }
  if (!hex) return null;
  const alpha = alphaText === undefined ? 1 : Number(alphaText) / 100;
  if (!Number.isFinite(alpha)) return null;
  return `rgb(${hexToRgb(hex)} / ${alpha})`;
}

function twArbitrary(v: string): string | null {
  const m = /^\[(.+)\]$/.exec(v);
  if (!m?.[1]) return null;
  return m[1]
    .replace(/_/g, ' ')
    .replace(
      /calc\((.*)\)/g,
      (_all, inner: string) => `calc(${inner.replace(/([^\s(])([+-])(?=[^\s)])/g, '$1 $2 ')})`,
    );
}

function twSpace(v: string): string | null {
  if (v === '0') return '0px';
  if (v === 'px') return '1px';
  if (/^\d+(\.5)?$/.test(v)) return `${Number(v) / 4}rem`;
  return twArbitrary(v);
}

function twSize(v: string, axis: 'w' | 'h'): string | null {
  const named: Record<string, string> = {
    full: '100%',
    auto: 'auto',
    fit: 'fit-content',
    min: 'min-content',
    max: 'max-content',
    screen: axis === 'w' ? '100vw' : '100vh',
  };
  const hit = named[v];
  if (hit) return hit;
  const f = /^(\d+)\/(\d+)$/.exec(v);
  if (f) return `${Number(((Number(f[1]) / Number(f[2])) * 100).toFixed(6))}%`;
  return twSpace(v);
}

function twNeg(v: string | null, negative: boolean): string | null {
  if (v === null || !negative) return v;
  return v.startsWith('calc') ? `calc(${v} * -1)` : `-${v}`;
}

const SIDES: Record<string, string[]> = {
  '': [''],
  x: ['-left', '-right'],
  y: ['-top', '-bottom'],
  t: ['-top'],
  r: ['-right'],
  b: ['-bottom'],
  l: ['-left'],
  s: ['-inline-start'],
  e: ['-inline-end'],
};

function sided(prop: string, side: string, value: string, after = ''): string {
  return (SIDES[side] ?? []).map((s) => `${prop}${s}${after}:${value}`).join(';');
}

const CORNERS: Record<string, string[]> = {
  '': ['border-radius'],
  t: ['border-top-left-radius', 'border-top-right-radius'],
  r: ['border-top-right-radius', 'border-bottom-right-radius'],
  b: ['border-bottom-right-radius', 'border-bottom-left-radius'],
  l: ['border-top-left-radius', 'border-bottom-left-radius'],
  s: ['border-start-start-radius', 'border-end-start-radius'],
  e: ['border-start-end-radius', 'border-end-end-radius'],
};

const RADII = pairs(
  'none=0px 0=0px sm=0.125rem =0.25rem md=0.375rem lg=0.5rem xl=0.75rem 2xl=1rem 3xl=1.5rem full=9999px',
);

const FONT_SIZES = pairs(
  'xs=0.75rem/1rem sm=0.875rem/1.25rem base=1rem/1.5rem lg=1.125rem/1.75rem xl=1.25rem/1.75rem 2xl=1.5rem/2rem 3xl=1.875rem/2.25rem 4xl=2.25rem/2.5rem 5xl=3rem/1',
);

const FONT_WEIGHTS = pairs(
  'thin=100 extralight=200 light=300 normal=400 medium=500 semibold=600 bold=700 extrabold=800 black=900',
);

const MAX_WIDTHS = pairs(
  'xs=20rem sm=24rem md=28rem lg=32rem xl=36rem 2xl=42rem 3xl=48rem 4xl=56rem 5xl=64rem 6xl=72rem 7xl=80rem full=100% none=none screen-md=768px screen-lg=1024px screen-xl=1280px',
);

const SHADOWS: Record<string, string> = {
  '': '0 1px 3px 0 rgb(0 0 0 / 0.1), 0 1px 2px -1px rgb(0 0 0 / 0.1)',
  sm: '0 1px 2px 0 rgb(0 0 0 / 0.05)',
  md: '0 4px 6px -1px rgb(0 0 0 / 0.1), 0 2px 4px -2px rgb(0 0 0 / 0.1)',
  lg: '0 10px 15px -3px rgb(0 0 0 / 0.1), 0 4px 6px -4px rgb(0 0 0 / 0.1)',
  xl: '0 20px 25px -5px rgb(0 0 0 / 0.1), 0 8px 10px -6px rgb(0 0 0 / 0.1)',
  none: '0 0 #0000',
};

const TRANSITIONS: Record<string, string> = {
  '': 'color, background-color, border-color, text-decoration-color, fill, stroke, opacity, box-shadow, transform, filter, backdrop-filter',
  all: 'all',
  colors: 'color, background-color, border-color, text-decoration-color, fill, stroke',
  opacity: 'opacity',
  shadow: 'box-shadow',
  transform: 'transform',
};

const EASES: Record<string, string> = {
  linear: 'linear',
  in: 'cubic-bezier(0.4, 0, 1, 1)',
  out: 'cubic-bezier(0, 0, 0.2, 1)',
  'in-out': 'cubic-bezier(0.4, 0, 0.2, 1)',
};

const ALIGN = pairs(
  'start=flex-start end=flex-end center=center baseline=baseline stretch=stretch between=space-between around=space-around evenly=space-evenly',
);

const CHILDREN = ' > :not([hidden]) ~ :not([hidden])';

type RuleOut = string | { d: string; s: string } | null;
type Rule = [RegExp, (m: RegExpExecArray, negative: boolean) => RuleOut, boolean?];

const at = (m: RegExpExecArray, i: number): string => m[i] ?? '';
const decl = (prop: string, v: string | null | undefined): string | null =>
  v === null || v === undefined ? null : `${prop}:${v}`;

/** In Tailwind's own plugin order, so that later utilities win as they do in a real build. */
const RULES: Rule[] = [
  [
    /^sr-only$/,
    () =>
      'position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border-width:0',
  ],
  [/^pointer-events-(none|auto)$/, (m) => `pointer-events:${at(m, 1)}`],
  [/^(static|fixed|absolute|relative|sticky)$/, (m) => `position:${at(m, 1)}`],
  [
    /^inset-(.+)$/,
    (m, n) => {
      const v = twNeg(twSize(at(m, 1), 'w'), n);
      return v && `top:${v};right:${v};bottom:${v};left:${v}`;
    },
  ],
  [
    /^inset-([xy])-(.+)$/,
    (m, n) => {
      const v = twNeg(twSize(at(m, 2), 'w'), n);
      return v && (at(m, 1) === 'x' ? `left:${v};right:${v}` : `top:${v};bottom:${v}`);
    },
  ],
  [/^(start|end)-(.+)$/, (m, n) => decl(`inset-inline-${at(m, 1)}`, twNeg(twSize(at(m, 2), 'w'), n))],
  [/^(top|right|bottom|left)-(.+)$/, (m, n) => decl(at(m, 1), twNeg(twSize(at(m, 2), 'w'), n))],
  [/^z-(\d+|auto)$/, (m) => `z-index:${at(m, 1)}`],
  [
    /^order-(\d+|first|last|none)$/,
    (m) =>
      `order:${({ first: '-9999', last: '9999', none: '0' } as Record<string, string>)[at(m, 1)] ?? at(m, 1)}`,
  ],
  [
    /^col-span-(\d+|full)$/,
    (m) => `grid-column:${at(m, 1) === 'full' ? '1 / -1' : `span ${at(m, 1)} / span ${at(m, 1)}`}`,
  ],
  [
    /^m([xytrblse]?)-(.+)$/,
    (m, n) => {
      const v = at(m, 2) === 'auto' ? 'auto' : twNeg(twSpace(at(m, 2)), n);
      return v && sided('margin', at(m, 1), v);
    },
    true,
  ],
  [
    /^(block|inline-block|inline|flex|inline-flex|table|table-row|table-cell|grid|inline-grid|contents|list-item)$/,
    (m) => `display:${at(m, 1)}`,
  ],
  [/^hidden$/, () => 'display:none'],
  [/^h-(.+)$/, (m) => decl('height', twSize(at(m, 1), 'h'))],
  [/^max-h-(.+)$/, (m) => decl('max-height', twSize(at(m, 1), 'h'))],
  [/^w-(.+)$/, (m) => decl('width', twSize(at(m, 1), 'w'))],
  [/^min-w-(.+)$/, (m) => decl('min-width', twSize(at(m, 1), 'w'))],
  [/^max-w-(.+)$/, (m) => decl('max-width', MAX_WIDTHS[at(m, 1)] ?? twArbitrary(at(m, 1)))],
  [
    /^flex-(1|auto|none|initial)$/,
    (m) => `flex:${{ '1': '1 1 0%', auto: '1 1 auto', none: 'none', initial: '0 1 auto' }[at(m, 1)] ?? ''}`,
  ],
  [/^shrink(-0)?$/, (m) => `flex-shrink:${m[1] ? 0 : 1}`],
  [/^grow(-0)?$/, (m) => `flex-grow:${m[1] ? 0 : 1}`],
  [
    /^translate-([xy])-(.+)$/,
    (m, n) => {
      const v = twNeg(twSize(at(m, 2), 'w'), n);
      return v && `transform:translate${at(m, 1).toUpperCase()}(${v})`;
    },
  ],
  [/^transform-none$/, () => 'transform:none'],
  [
    /^animate-(spin|pulse|none)$/,
    (m) =>
      `animation:${{ spin: 'spin 1s linear infinite', pulse: 'pulse 2s cubic-bezier(0.4, 0, 0.6, 1) infinite', none: 'none' }[at(m, 1)] ?? 'none'}`,
  ],
  [/^list-(none|disc|decimal)$/, (m) => `list-style-type:${at(m, 1)}`],
  [/^grid-cols-(\d+)$/, (m) => `grid-template-columns:repeat(${at(m, 1)}, minmax(0, 1fr))`],
  [/^flex-(row|col|row-reverse|col-reverse)$/, (m) => `flex-direction:${at(m, 1).replace('col', 'column')}`],
  [/^flex-(wrap|nowrap)$/, (m) => `flex-wrap:${at(m, 1)}`],
  [/^items-(start|end|center|baseline|stretch)$/, (m) => decl('align-items', ALIGN[at(m, 1)])],
  [/^justify-(start|end|center|between|around|evenly)$/, (m) => decl('justify-content', ALIGN[at(m, 1)])],
  [
    /^gap-(?:([xy])-)?(.+)$/,
    (m) => {
      const v = twSpace(at(m, 2));
      const prop = m[1] === 'x' ? 'column-gap' : m[1] === 'y' ? 'row-gap' : 'gap';
      return decl(prop, v);
    },
  ],
  [
    /^space-([xy])-(.+)$/,
    (m, n) => {
      if (at(m, 2) === 'reverse') return null;
      const v = twNeg(twSpace(at(m, 2)), n);
      if (!v) return null;
      return {
        d:
          at(m, 1) === 'x'
            ? `margin-inline-start:${v};margin-inline-end:0`
            : `margin-top:${v};margin-bottom:0`,
        s: CHILDREN,
      };
    },
  ],
  [/^divide-y$/, () => ({ d: 'border-top-width:1px;border-bottom-width:0', s: CHILDREN })],
  [
    /^divide-(.+)$/,
    (m) => {
      const c = twColor(at(m, 1));
      return c ? { d: `border-color:${c}`, s: CHILDREN } : null;
    },
  ],
  [/^self-(auto|start|end|center|stretch)$/, (m) => decl('align-self', ALIGN[at(m, 1)] ?? 'auto')],
  [
    /^overflow-(?:([xy])-)?(auto|hidden|visible|scroll)$/,
    (m) => `overflow${m[1] ? `-${at(m, 1)}` : ''}:${at(m, 2)}`,
  ],
  [/^truncate$/, () => 'overflow:hidden;text-overflow:ellipsis;white-space:nowrap'],
  [/^whitespace-(normal|nowrap|pre|pre-line|pre-wrap)$/, (m) => `white-space:${at(m, 1)}`],
  [
    /^rounded(?:-([trblse]))?(?:-(none|sm|md|lg|xl|2xl|3xl|full|0))?$/,
    (m) => {
      const v = RADII[at(m, 2)];
      const props = CORNERS[at(m, 1)];
      return v && props ? props.map((p) => `${p}:${v}`).join(';') : null;
    },
    true,
  ],
  [
    /^border(?:-([xytrblse]))?(?:-(\d+))?$/,
    (m) => sided('border', at(m, 1), `${m[2] ?? 1}px`, '-width'),
    true,
  ],
  [/^border-(solid|dashed|dotted|none)$/, (m) => `border-style:${at(m, 1)}`],
  [
    /^border-(?:([xytrblse])-)?(.+)$/,
    (m) => {
      const c = twColor(at(m, 2));
      return c && sided('border', at(m, 1), c, '-color');
    },
    true,
  ],
  [/^bg-(.+)$/, (m) => decl('background-color', twColor(at(m, 1)))],
  [/^fill-(.+)$/, (m) => decl('fill', twColor(at(m, 1)))],
  [
    /^p([xytrblse]?)-(.+)$/,
    (m) => {
      const v = twSpace(at(m, 2));
      return v && sided('padding', at(m, 1), v);
    },
    true,
  ],
  [/^text-(left|center|right|start|end|justify)$/, (m) => `text-align:${at(m, 1)}`],
  [
    /^text-(.+)$/,
    (m) => {
      const [size, lh] = (FONT_SIZES[at(m, 1)] ?? '').split('/');
      return size && lh ? `font-size:${size};line-height:${lh}` : null;
    },
  ],
  [/^font-(.+)$/, (m) => decl('font-weight', FONT_WEIGHTS[at(m, 1)])],
  [
    /^(uppercase|lowercase|capitalize|normal-case)$/,
    (m) => `text-transform:${at(m, 1) === 'normal-case' ? 'none' : at(m, 1)}`,
  ],
  [
    /^leading-(.+)$/,
    (m) =>
      decl(
        'line-height',
        (
          { none: '1', tight: '1.25', snug: '1.375', normal: '1.5', relaxed: '1.625', loose: '2' } as Record<
            string,
            string
          >
        )[at(m, 1)] ?? twSpace(at(m, 1)),
      ),
  ],
  [
    /^tracking-(.+)$/,
    (m) =>
      decl(
        'letter-spacing',
        (
          {
            tighter: '-0.05em',
            tight: '-0.025em',
            normal: '0em',
            wide: '0.025em',
            wider: '0.05em',
            widest: '0.1em',
          } as Record<string, string>
        )[at(m, 1)],
      ),
  ],
  [/^text-(.+)$/, (m) => decl('color', twColor(at(m, 1)))],
  [
    /^(underline|line-through|no-underline)$/,
    (m) => `text-decoration-line:${at(m, 1) === 'no-underline' ? 'none' : at(m, 1)}`,
  ],
  [
    /^placeholder-(.+)$/,
    (m) => {
      const c = twColor(at(m, 1));
      return c ? { d: `color:${c}`, s: '::placeholder' } : null;
    },
  ],
  [/^opacity-(\d+)$/, (m) => `opacity:${Number(at(m, 1)) / 100}`],
  [
    /^shadow(?:-(sm|md|lg|xl|none))?$/,
    (m) => {
      const v = SHADOWS[at(m, 1)];
      return v
        ? `--tw-shadow:${v};box-shadow:var(--tw-ring-offset-shadow, 0 0 #0000), var(--tw-ring-shadow, 0 0 #0000), var(--tw-shadow)`
        : null;
    },
  ],
  [/^outline-none$/, () => 'outline:2px solid transparent;outline-offset:2px'],
  [
    /^ring(?:-(\d+))?$/,
    (m) =>
      `--tw-ring-offset-shadow:0 0 0 0 #fff;--tw-ring-shadow:0 0 0 ${m[1] ?? 3}px var(--tw-ring-color, rgb(59 130 246 / 0.5));box-shadow:var(--tw-ring-offset-shadow), var(--tw-ring-shadow), var(--tw-shadow, 0 0 #0000)`,
  ],
  [/^ring-(.+)$/, (m) => decl('--tw-ring-color', twColor(at(m, 1)))],
  [
    /^transition(?:-(all|colors|opacity|shadow|transform))?$/,
    (m) =>
      `transition-property:${TRANSITIONS[at(m, 1)] ?? 'all'};transition-timing-function:cubic-bezier(0.4, 0, 0.2, 1);transition-duration:150ms`,
  ],
  [/^duration-(\d+)$/, (m) => `transition-duration:${at(m, 1)}ms`],
  [/^ease-(linear|in|out|in-out)$/, (m) => decl('transition-timing-function', EASES[at(m, 1)])],
];

const MEDIA: Record<string, [number, string]> = {
  sm: [1, '640px'],
  md: [2, '768px'],
  lg: [3, '1024px'],
  xl: [4, '1280px'],
};

const PSEUDO: Record<string, [number, string]> = {
  first: [1, ':first-child'],
  last: [2, ':last-child'],
  odd: [3, ':nth-child(odd)'],
  even: [4, ':nth-child(even)'],
  hover: [6, ':hover'],
  focus: [7, ':focus'],
  active: [9, ':active'],
  disabled: [10, ':disabled'],
};

interface CssRule {
  media: number;
  vrank: number;
  order: number;
  css: string;
}

function cssEscape(cls: string): string {
  return cls.replace(/[^a-zA-Z0-9_-]/g, (ch) => `\\${ch}`);
}

function utilityRule(cls: string): CssRule | null {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of cls) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === ':' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (!cur) return null;
  let media = 0;
  let vrank = 0;
  let pseudo = '';
  let prefix = '';
  for (const v of parts) {
    const mq = MEDIA[v];
    const ps = PSEUDO[v];
    if (mq) media = mq[0];
    else if (ps) {
      vrank = Math.max(vrank, ps[0]);
      pseudo += ps[1];
    } else if (v === 'group-hover') {
      vrank = Math.max(vrank, 11);
      prefix = '.group:hover ';
    } else return null; // dark:, rtl: and unknown variants are not built
  }
  const negative = cur.startsWith('-');
  const base = negative ? cur.slice(1) : cur;
  for (let i = 0; i < RULES.length; i++) {
    const rule = RULES[i];
    if (!rule) continue;
    const m = rule[0].exec(base);
    if (!m) continue;
    const out = rule[1](m, negative);
    if (out === null || out === '') continue;
    const body = typeof out === 'string' ? out : out.d;
    const suffix = typeof out === 'string' ? '' : out.s;
    let css = `${prefix}.${cssEscape(cls)}${pseudo}${suffix}{${body}}`;
    const bp = Object.values(MEDIA).find((x) => x[0] === media);
    if (bp) css = `@media (min-width: ${bp[1]}){${css}}`;
    const side = rule[2] ? (m[1] ?? '') : '';
    const sub = side === '' ? 0 : 'xy'.includes(side) ? 1 : 2;
    return { media, vrank, order: i * 4 + sub, css };
  }
  return null;
}

const PREFLIGHT = `/*! tailwindcss v3.4 | MIT License | https://tailwindcss.com (hand-built subset) */
*,::before,::after{box-sizing:border-box;border-width:0;border-style:solid;border-color:#e5e7eb}
html{line-height:1.5;-webkit-text-size-adjust:100%;tab-size:4;font-family:Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif}
body{margin:0;line-height:inherit}
hr{height:0;color:inherit;border-top-width:1px}
h1,h2,h3,h4,h5,h6{font-size:inherit;font-weight:inherit}
a{color:inherit;text-decoration:inherit}
b,strong{font-weight:bolder}
table{text-indent:0;border-color:inherit;border-collapse:collapse}
button,input,optgroup,select,textarea{font-family:inherit;font-size:100%;font-weight:inherit;line-height:inherit;color:inherit;margin:0;padding:0}
button,select{text-transform:none}
button,[type='button'],[type='reset'],[type='submit']{-webkit-appearance:button;background-color:transparent;background-image:none}
blockquote,dl,dd,h1,h2,h3,h4,h5,h6,hr,figure,p,pre{margin:0}
ol,ul,menu{list-style:none;margin:0;padding:0}
input::placeholder,textarea::placeholder{opacity:1;color:#9ca3af}
button,[role="button"]{cursor:pointer}
:disabled{cursor:default}
img,svg,video,canvas{display:block;vertical-align:middle}
img,video{max-width:100%;height:auto}
[hidden]{display:none}
[type='text'],[type='email'],[type='password'],[type='number'],[type='tel'],[type='search'],select,textarea{appearance:none;background-color:#fff;border-color:#6b7280;border-width:1px;border-radius:0;padding:.5rem .75rem;font-size:1rem;line-height:1.5rem;--tw-shadow:0 0 #0000}
[type='text']:focus,[type='email']:focus,[type='password']:focus,[type='number']:focus,[type='tel']:focus,[type='search']:focus,select:focus,textarea:focus{outline:2px solid transparent;outline-offset:2px;--tw-ring-color:#1c64f2;box-shadow:0 0 0 1px var(--tw-ring-color);border-color:#1c64f2}
[type='checkbox'],[type='radio']{appearance:none;padding:0;print-color-adjust:exact;display:inline-block;vertical-align:middle;background-origin:border-box;user-select:none;flex-shrink:0;height:1rem;width:1rem;color:#1c64f2;background-color:#fff;border-color:#6b7280;border-width:1px;--tw-shadow:0 0 #0000}
[type='checkbox']{border-radius:0}
[type='radio']{border-radius:100%}
[type='checkbox']:focus,[type='radio']:focus{outline:2px solid transparent;outline-offset:2px;box-shadow:0 0 0 2px #fff, 0 0 0 4px var(--tw-ring-color, #1c64f2)}
[type='checkbox']:checked,[type='radio']:checked{border-color:transparent;background-color:currentColor;background-size:.55em .55em;background-position:center;background-repeat:no-repeat}
[type='radio']:checked{background-image:url("data:image/svg+xml,%3csvg viewBox='0 0 16 16' fill='white' xmlns='http://www.w3.org/2000/svg'%3e%3ccircle cx='8' cy='8' r='3'/%3e%3c/svg%3e");background-size:1em 1em}
@keyframes spin{to{transform:rotate(360deg)}}
@keyframes pulse{50%{opacity:.5}}
`;

function buildCss(source: string): string {
  const seen = new Set<string>();
  const rules: CssRule[] = [];
  for (const token of source.split(/[\s"'`<>]+/)) {
    if (!token || seen.has(token)) continue;
    seen.add(token);
    const rule = utilityRule(token);
    if (rule) rules.push(rule);
  }
  rules.sort((a, b) => a.media - b.media || a.vrank - b.vrank || a.order - b.order);
  return `${PREFLIGHT}${rules.map((r) => r.css).join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// flowbite.js, hand-written subset: the same classes, attributes, instance registry and timing.
// ---------------------------------------------------------------------------------------------

const FLOWBITE_JS = `/*! flowbite 2.x (hand-written subset: Modal, Dropdown, Collapse, Dismiss, Drawer) | MIT */
(function () {
  'use strict';
  function noop() {}
  function assign(target, source) {
    for (var k in source) { if (Object.prototype.hasOwnProperty.call(source, k) && source[k] !== undefined) target[k] = source[k]; }
    return target;
  }
  var store = { Modal: {}, Dropdown: {}, Collapse: {}, Dismiss: {}, Drawer: {} };
  var Instances = {
    _instances: store,
    addInstance: function (component, instance, id, override) {
      if (!store[component]) { console.warn('Flowbite: Component ' + component + ' does not exist.'); return false; }
      if (store[component][id] && !override) { console.warn('Flowbite: Instance with ID ' + id + ' already exists.'); return false; }
      store[component][id || this._generateRandomId()] = instance;
      return true;
    },
    getAllInstances: function () { return store; },
    getInstances: function (component) { return store[component] || false; },
    getInstance: function (component, id) {
      if (!this._componentAndInstanceCheck(component, id)) return undefined;
      return store[component][id];
    },
    destroyAndRemoveInstance: function (component, id) {
      var i = this.getInstance(component, id);
      if (i && i.destroy) i.destroy();
      this.removeInstance(component, id);
    },
    removeInstance: function (component, id) {
      if (this._componentAndInstanceCheck(component, id)) delete store[component][id];
    },
    instanceExists: function (component, id) { return !!(store[component] && store[component][id]); },
    _generateRandomId: function () { return Math.random().toString(36).substr(2, 9); },
    _componentAndInstanceCheck: function (component, id) {
      if (!store[component]) { console.warn('Flowbite: Component ' + component + ' does not exist.'); return false; }
      if (!store[component][id]) { console.warn('Flowbite: Instance with ID ' + id + ' does not exist.'); return false; }
      return true;
    }
  };

  /* ---------------- Modal ---------------- */
  var ModalDefault = {
    placement: 'center',
    backdropClasses: 'bg-gray-900/50 dark:bg-gray-900/80 fixed inset-0 z-40',
    backdrop: 'dynamic',
    closable: true,
    onHide: noop, onShow: noop, onToggle: noop
  };
  function Modal(targetEl, options, instanceOptions) {
    instanceOptions = assign({ id: null, override: true }, instanceOptions || {});
    this._instanceId = instanceOptions.id ? instanceOptions.id : targetEl.id;
    this._targetEl = targetEl || null;
    this._options = assign(assign({}, ModalDefault), options || {});
    this._isHidden = true;
    this._backdropEl = null;
    this._initialized = false;
    this.init();
    Instances.addInstance('Modal', this, this._instanceId, instanceOptions.override);
  }
  Modal.prototype.init = function () {
    if (this._targetEl && !this._initialized) {
      var el = this._targetEl;
      this._getPlacementClasses().forEach(function (c) { el.classList.add(c); });
      this._initialized = true;
    }
  };
  Modal.prototype.destroy = function () { if (this._initialized) { this.hide(); this._initialized = false; } };
  Modal.prototype._createBackdrop = function () {
    if (this._isHidden) {
      var backdropEl = document.createElement('div');
      backdropEl.setAttribute('modal-backdrop', '');
      this._options.backdropClasses.split(' ').forEach(function (c) { backdropEl.classList.add(c); });
      document.querySelector('body').append(backdropEl);
      this._backdropEl = backdropEl;
    }
  };
  Modal.prototype._destroyBackdropEl = function () {
    if (!this._isHidden && this._backdropEl) { this._backdropEl.remove(); this._backdropEl = null; }
  };
  Modal.prototype._setupModalCloseEventListeners = function () {
    var self = this;
    if (this._options.backdrop === 'dynamic') {
      this._clickOutsideEventListener = function (ev) { self._handleOutsideClick(ev.target); };
      this._targetEl.addEventListener('click', this._clickOutsideEventListener, true);
    }
    this._keydownEventListener = function (ev) { if (ev.key === 'Escape') self.hide(); };
    document.body.addEventListener('keydown', this._keydownEventListener, true);
  };
  Modal.prototype._removeModalCloseEventListeners = function () {
    if (this._options.backdrop === 'dynamic' && this._clickOutsideEventListener) {
      this._targetEl.removeEventListener('click', this._clickOutsideEventListener, true);
    }
    if (this._keydownEventListener) document.body.removeEventListener('keydown', this._keydownEventListener, true);
  };
  Modal.prototype._handleOutsideClick = function (target) {
    if (target === this._targetEl || (target === this._backdropEl && this.isVisible())) this.hide();
  };
  Modal.prototype._getPlacementClasses = function () {
    switch (this._options.placement) {
      case 'top-left': return ['justify-start', 'items-start'];
      case 'top-center': return ['justify-center', 'items-start'];
      case 'top-right': return ['justify-end', 'items-start'];
      case 'center-left': return ['justify-start', 'items-center'];
      case 'center-right': return ['justify-end', 'items-center'];
      case 'bottom-left': return ['justify-start', 'items-end'];
      case 'bottom-center': return ['justify-center', 'items-end'];
      case 'bottom-right': return ['justify-end', 'items-end'];
      default: return ['justify-center', 'items-center'];
    }
  };
  Modal.prototype.toggle = function () {
    if (this._isHidden) this.show(); else this.hide();
    this._options.onToggle(this);
  };
  Modal.prototype.show = function () {
    if (!this._isHidden) return;
    var el = this._targetEl;
    el.classList.add('flex');
    el.classList.remove('hidden');
    el.setAttribute('aria-modal', 'true');
    el.setAttribute('role', 'dialog');
    el.removeAttribute('aria-hidden');
    this._createBackdrop();
    this._isHidden = false;
    if (this._options.closable) this._setupModalCloseEventListeners();
    document.body.classList.add('overflow-hidden');
    this._options.onShow(this);
  };
  Modal.prototype.hide = function () {
    if (this._isHidden) return;
    var el = this._targetEl;
    el.classList.add('hidden');
    el.classList.remove('flex');
    el.setAttribute('aria-hidden', 'true');
    el.removeAttribute('aria-modal');
    el.removeAttribute('role');
    this._destroyBackdropEl();
    this._isHidden = true;
    document.body.classList.remove('overflow-hidden');
    if (this._options.closable) this._removeModalCloseEventListeners();
    this._options.onHide(this);
  };
  Modal.prototype.isVisible = function () { return !this._isHidden; };
  Modal.prototype.isHidden = function () { return this._isHidden; };
  Modal.prototype.updateOnShow = function (cb) { this._options.onShow = cb; };
  Modal.prototype.updateOnHide = function (cb) { this._options.onHide = cb; };

  function initModals() {
    document.querySelectorAll('[data-modal-target]').forEach(function ($triggerEl) {
      var modalId = $triggerEl.getAttribute('data-modal-target');
      var $modalEl = document.getElementById(modalId);
      if ($modalEl) {
        var placement = $modalEl.getAttribute('data-modal-placement');
        var backdrop = $modalEl.getAttribute('data-modal-backdrop');
        if (!Instances.instanceExists('Modal', $modalEl.getAttribute('id'))) {
          new Modal($modalEl, { placement: placement ? placement : ModalDefault.placement, backdrop: backdrop ? backdrop : ModalDefault.backdrop });
        }
      } else {
        console.error('Modal with id ' + modalId + ' does not exist. Are you sure that the data-modal-target attribute points to the correct modal id?.');
      }
    });
    document.querySelectorAll('[data-modal-toggle]').forEach(function ($triggerEl) {
      var modalId = $triggerEl.getAttribute('data-modal-toggle');
      var $modalEl = document.getElementById(modalId);
      if ($modalEl) {
        var modal = Instances.instanceExists('Modal', modalId)
          ? Instances.getInstance('Modal', modalId)
          : new Modal($modalEl, { placement: $modalEl.getAttribute('data-modal-placement') || ModalDefault.placement, backdrop: $modalEl.getAttribute('data-modal-backdrop') || ModalDefault.backdrop });
        $triggerEl.addEventListener('click', function () { modal.toggle(); });
      } else {
        console.error('Modal with id ' + modalId + ' does not exist. Are you sure that the data-modal-toggle attribute points to the correct modal id?');
      }
    });
    ['show', 'hide'].forEach(function (action) {
      document.querySelectorAll('[data-modal-' + action + ']').forEach(function ($triggerEl) {
        var modalId = $triggerEl.getAttribute('data-modal-' + action);
        var $modalEl = document.getElementById(modalId);
        if (!$modalEl) {
          console.error('Modal with id ' + modalId + ' does not exist. Are you sure that the data-modal-' + action + ' attribute points to the correct modal id?');
          return;
        }
        if (!Instances.instanceExists('Modal', modalId)) {
          console.error('Modal with id ' + modalId + ' has not been initialized. Please initialize it using the data-modal-target attribute.');
          return;
        }
        var modal = Instances.getInstance('Modal', modalId);
        $triggerEl.addEventListener('click', function () { modal[action](); });
      });
    });
  }

  /* ---------------- Dropdown (Popper-like placement) ---------------- */
  var DropdownDefault = {
    placement: 'bottom', triggerType: 'click', offsetSkidding: 0, offsetDistance: 10, delay: 300,
    ignoreClickOutsideClass: false, onShow: noop, onHide: noop, onToggle: noop
  };
  function Dropdown(targetEl, triggerEl, options, instanceOptions) {
    instanceOptions = assign({ id: null, override: true }, instanceOptions || {});
    this._instanceId = instanceOptions.id ? instanceOptions.id : targetEl.id;
    this._targetEl = targetEl;
    this._triggerEl = triggerEl;
    this._options = assign(assign({}, DropdownDefault), options || {});
    this._visible = false;
    this._initialized = false;
    this.init();
    Instances.addInstance('Dropdown', this, this._instanceId, instanceOptions.override);
  }
  Dropdown.prototype.init = function () {
    if (this._triggerEl && this._targetEl && !this._initialized) {
      var self = this;
      var s = this._targetEl.style;
      s.position = 'absolute'; s.inset = '0px auto auto 0px'; s.margin = '0px';
      this._reposition = function () { if (self._visible) self._update(); };
      this._clickHandler = function () { self.toggle(); };
      if (this._options.triggerType === 'click') this._triggerEl.addEventListener('click', this._clickHandler);
      this._initialized = true;
      this._update();
    }
  };
  Dropdown.prototype._offsetBase = function () {
    var op = this._targetEl.offsetParent;
    if (!op || op === document.body || op === document.documentElement) {
      var bs = window.getComputedStyle(document.body).position;
      if (!op || bs === 'static') return { left: -window.scrollX, top: -window.scrollY };
    }
    var r = op.getBoundingClientRect();
    return { left: r.left + op.clientLeft - op.scrollLeft, top: r.top + op.clientTop - op.scrollTop };
  };
  Dropdown.prototype._update = function () {
    var el = this._targetEl;
    var t = this._triggerEl.getBoundingClientRect();
    var w = el.offsetWidth, h = el.offsetHeight;
    var d = this._options.offsetDistance, sk = this._options.offsetSkidding;
    var placement = this._options.placement;
    var side = placement.split('-')[0], align = placement.split('-')[1];
    var vw = document.documentElement.clientWidth, vh = window.innerHeight;
    if (side === 'bottom' && t.bottom + d + h > vh && t.top - d - h >= 0) side = 'top';
    else if (side === 'top' && t.top - d - h < 0 && t.bottom + d + h <= vh) side = 'bottom';
    var x, y;
    if (side === 'bottom' || side === 'top') {
      x = align === 'start' ? t.left : align === 'end' ? t.right - w : t.left + t.width / 2 - w / 2;
      x += sk;
      y = side === 'bottom' ? t.bottom + d : t.top - d - h;
      x = Math.max(0, Math.min(x, vw - w));
    } else {
      y = align === 'start' ? t.top : align === 'end' ? t.bottom - h : t.top + t.height / 2 - h / 2;
      y += sk;
      x = side === 'right' ? t.right + d : t.left - d - w;
    }
    var base = this._offsetBase();
    el.style.transform = 'translate(' + Math.round(x - base.left) + 'px, ' + Math.round(y - base.top) + 'px)';
    el.setAttribute('data-popper-placement', side + (align ? '-' + align : ''));
  };
  Dropdown.prototype._setupClickOutsideListener = function () {
    var self = this;
    this._clickOutsideEventListener = function (ev) { self._handleClickOutside(ev, self._targetEl); };
    document.body.addEventListener('click', this._clickOutsideEventListener, true);
  };
  Dropdown.prototype._removeClickOutsideListener = function () { document.body.removeEventListener('click', this._clickOutsideEventListener, true); };
  Dropdown.prototype._handleClickOutside = function (ev, targetEl) {
    var clickedEl = ev.target;
    var cls = this._options.ignoreClickOutsideClass;
    var isIgnored = false;
    if (cls) document.querySelectorAll('.' + cls).forEach(function (el) { if (el.contains(clickedEl)) isIgnored = true; });
    if (clickedEl !== targetEl && !targetEl.contains(clickedEl) && !this._triggerEl.contains(clickedEl) && !isIgnored && this.isVisible()) this.hide();
  };
  Dropdown.prototype.toggle = function () {
    if (this.isVisible()) this.hide(); else this.show();
    this._options.onToggle(this);
  };
  Dropdown.prototype.isVisible = function () { return this._visible; };
  Dropdown.prototype.show = function () {
    this._targetEl.classList.remove('hidden');
    this._targetEl.classList.add('block');
    this._targetEl.removeAttribute('aria-hidden');
    window.addEventListener('scroll', this._reposition, true);
    window.addEventListener('resize', this._reposition);
    this._setupClickOutsideListener();
    this._visible = true;
    this._update();
    this._options.onShow(this);
  };
  Dropdown.prototype.hide = function () {
    this._targetEl.classList.remove('block');
    this._targetEl.classList.add('hidden');
    this._targetEl.setAttribute('aria-hidden', 'true');
    window.removeEventListener('scroll', this._reposition, true);
    window.removeEventListener('resize', this._reposition);
    this._visible = false;
    this._removeClickOutsideListener();
    this._options.onHide(this);
  };
  function initDropdowns() {
    document.querySelectorAll('[data-dropdown-toggle]').forEach(function ($triggerEl) {
      var dropdownId = $triggerEl.getAttribute('data-dropdown-toggle');
      var $dropdownEl = document.getElementById(dropdownId);
      if ($dropdownEl) {
        var placement = $triggerEl.getAttribute('data-dropdown-placement');
        var skid = $triggerEl.getAttribute('data-dropdown-offset-skidding');
        var dist = $triggerEl.getAttribute('data-dropdown-offset-distance');
        var trig = $triggerEl.getAttribute('data-dropdown-trigger');
        var ign = $triggerEl.getAttribute('data-dropdown-ignore-click-outside-class');
        new Dropdown($dropdownEl, $triggerEl, {
          placement: placement ? placement : DropdownDefault.placement,
          triggerType: trig ? trig : DropdownDefault.triggerType,
          offsetSkidding: skid ? parseInt(skid, 10) : DropdownDefault.offsetSkidding,
          offsetDistance: dist ? parseInt(dist, 10) : DropdownDefault.offsetDistance,
          ignoreClickOutsideClass: ign ? ign : DropdownDefault.ignoreClickOutsideClass
        });
      } else { console.error('The dropdown element with id "' + dropdownId + '" does not exist. Please check the data-dropdown-toggle attribute.'); }
    });
  }

  /* ---------------- Collapse ---------------- */
  function Collapse(targetEl, triggerEl, options, instanceOptions) {
    instanceOptions = assign({ id: null, override: true }, instanceOptions || {});
    this._instanceId = instanceOptions.id ? instanceOptions.id : targetEl.id;
    this._targetEl = targetEl;
    this._triggerEl = triggerEl;
    this._options = assign({ onCollapse: noop, onExpand: noop, onToggle: noop }, options || {});
    this._visible = false;
    this._initialized = false;
    this.init();
    Instances.addInstance('Collapse', this, this._instanceId, instanceOptions.override);
  }
  Collapse.prototype.init = function () {
    if (this._triggerEl && this._targetEl && !this._initialized) {
      var self = this;
      if (this._triggerEl.hasAttribute('aria-expanded')) this._visible = this._triggerEl.getAttribute('aria-expanded') === 'true';
      else this._visible = !this._targetEl.classList.contains('hidden');
      this._clickHandler = function () { self.toggle(); };
      this._triggerEl.addEventListener('click', this._clickHandler);
      this._initialized = true;
    }
  };
  Collapse.prototype.collapse = function () {
    this._targetEl.classList.add('hidden');
    if (this._triggerEl) this._triggerEl.setAttribute('aria-expanded', 'false');
    this._visible = false;
    this._options.onCollapse(this);
  };
  Collapse.prototype.expand = function () {
    this._targetEl.classList.remove('hidden');
    if (this._triggerEl) this._triggerEl.setAttribute('aria-expanded', 'true');
    this._visible = true;
    this._options.onExpand(this);
  };
  Collapse.prototype.toggle = function () {
    if (this._visible) this.collapse(); else this.expand();
    this._options.onToggle(this);
  };
  function initCollapses() {
    document.querySelectorAll('[data-collapse-toggle]').forEach(function ($triggerEl) {
      var targetId = $triggerEl.getAttribute('data-collapse-toggle');
      var $targetEl = document.getElementById(targetId);
      if ($targetEl) {
        if (!Instances.instanceExists('Collapse', $targetEl.getAttribute('id'))) new Collapse($targetEl, $triggerEl);
        else new Collapse($targetEl, $triggerEl, {}, { id: $targetEl.getAttribute('id') + '_' + Instances._generateRandomId() });
      } else { console.error('The target element with id "' + targetId + '" does not exist. Please check the data-collapse-toggle attribute.'); }
    });
  }

  /* ---------------- Dismiss ---------------- */
  function Dismiss(targetEl, triggerEl, options, instanceOptions) {
    instanceOptions = assign({ id: null, override: true }, instanceOptions || {});
    this._instanceId = instanceOptions.id ? instanceOptions.id : targetEl.id;
    this._targetEl = targetEl;
    this._triggerEl = triggerEl;
    this._options = assign({ transition: 'transition-opacity', duration: 300, timing: 'ease-out', onHide: noop }, options || {});
    this._initialized = false;
    this.init();
    Instances.addInstance('Dismiss', this, this._instanceId, instanceOptions.override);
  }
  Dismiss.prototype.init = function () {
    if (this._triggerEl && this._targetEl && !this._initialized) {
      var self = this;
      this._clickHandler = function () { self.hide(); };
      this._triggerEl.addEventListener('click', this._clickHandler);
      this._initialized = true;
    }
  };
  Dismiss.prototype.hide = function () {
    var self = this;
    this._targetEl.classList.add(this._options.transition, 'duration-' + this._options.duration, this._options.timing, 'opacity-0');
    setTimeout(function () {
      self._targetEl.classList.add('hidden');
      self._options.onHide(self, self._targetEl);
    }, this._options.duration);
  };
  function initDismisses() {
    document.querySelectorAll('[data-dismiss-target]').forEach(function ($triggerEl) {
      var targetId = $triggerEl.getAttribute('data-dismiss-target');
      var $dismissEl = document.querySelector(targetId);
      if ($dismissEl) new Dismiss($dismissEl, $triggerEl);
      else console.error('The dismiss element with id "' + targetId + '" does not exist. Please check the data-dismiss-target attribute.');
    });
  }

  /* ---------------- Drawer ---------------- */
  var DrawerDefault = {
    placement: 'left', bodyScrolling: false, backdrop: true, edge: false,
    backdropClasses: 'bg-gray-900/50 dark:bg-gray-900/80 fixed inset-0 z-30',
    onShow: noop, onHide: noop, onToggle: noop
  };
  var DRAWER_CLASSES = {
    left: { base: ['left-0', 'top-0'], active: ['transform-none'], inactive: ['-translate-x-full'] },
    right: { base: ['right-0', 'top-0'], active: ['transform-none'], inactive: ['translate-x-full'] }
  };
  function Drawer(targetEl, options, instanceOptions) {
    instanceOptions = assign({ id: null, override: true }, instanceOptions || {});
    this._instanceId = instanceOptions.id ? instanceOptions.id : targetEl.id;
    this._targetEl = targetEl;
    this._options = assign(assign({}, DrawerDefault), options || {});
    this._visible = false;
    this._initialized = false;
    this.init();
    Instances.addInstance('Drawer', this, this._instanceId, instanceOptions.override);
  }
  Drawer.prototype._classes = function () { return DRAWER_CLASSES[this._options.placement] || DRAWER_CLASSES.left; };
  Drawer.prototype.init = function () {
    if (this._targetEl && !this._initialized) {
      var self = this;
      this._targetEl.setAttribute('aria-hidden', 'true');
      this._targetEl.classList.add('transition-transform');
      this._classes().base.forEach(function (c) { self._targetEl.classList.add(c); });
      this._handleEscapeKey = function (event) { if (event.key === 'Escape' && self.isVisible()) self.hide(); };
      document.addEventListener('keydown', this._handleEscapeKey);
      this._initialized = true;
    }
  };
  Drawer.prototype.show = function () {
    var self = this;
    var c = this._classes();
    c.active.forEach(function (x) { self._targetEl.classList.add(x); });
    c.inactive.forEach(function (x) { self._targetEl.classList.remove(x); });
    this._targetEl.setAttribute('aria-modal', 'true');
    this._targetEl.setAttribute('role', 'dialog');
    this._targetEl.removeAttribute('aria-hidden');
    if (!this._options.bodyScrolling) document.body.classList.add('overflow-hidden');
    if (this._options.backdrop && !this._visible) {
      var b = document.createElement('div');
      b.setAttribute('drawer-backdrop', '');
      this._options.backdropClasses.split(' ').forEach(function (x) { b.classList.add(x); });
      document.querySelector('body').append(b);
      b.addEventListener('click', function () { self.hide(); });
    }
    this._visible = true;
    this._options.onShow(this);
  };
  Drawer.prototype.hide = function () {
    var self = this;
    var c = this._classes();
    c.active.forEach(function (x) { self._targetEl.classList.remove(x); });
    c.inactive.forEach(function (x) { self._targetEl.classList.add(x); });
    this._targetEl.setAttribute('aria-hidden', 'true');
    this._targetEl.removeAttribute('aria-modal');
    this._targetEl.removeAttribute('role');
    if (!this._options.bodyScrolling) document.body.classList.remove('overflow-hidden');
    if (this._options.backdrop && this._visible) {
      var b = document.querySelector('[drawer-backdrop]');
      if (b) b.remove();
    }
    this._visible = false;
    this._options.onHide(this);
  };
  Drawer.prototype.toggle = function () { if (this.isVisible()) this.hide(); else this.show(); };
  Drawer.prototype.isVisible = function () { return this._visible; };
  Drawer.prototype.isHidden = function () { return !this._visible; };
  function initDrawers() {
    document.querySelectorAll('[data-drawer-target]').forEach(function ($triggerEl) {
      var drawerId = $triggerEl.getAttribute('data-drawer-target');
      var $drawerEl = document.getElementById(drawerId);
      if (!$drawerEl) { console.error('Drawer with id ' + drawerId + ' not found. Are you sure that the data-drawer-target attribute points to the correct drawer id?'); return; }
      if (!Instances.instanceExists('Drawer', drawerId)) {
        var placement = $triggerEl.getAttribute('data-drawer-placement');
        new Drawer($drawerEl, { placement: placement ? placement : DrawerDefault.placement });
      }
    });
    document.querySelectorAll('[data-drawer-toggle]').forEach(function ($triggerEl) {
      var drawer = Instances.getInstance('Drawer', $triggerEl.getAttribute('data-drawer-toggle'));
      if (drawer) $triggerEl.addEventListener('click', function () { drawer.toggle(); });
    });
    document.querySelectorAll('[data-drawer-hide], [data-drawer-dismiss]').forEach(function ($triggerEl) {
      var id = $triggerEl.getAttribute('data-drawer-dismiss') || $triggerEl.getAttribute('data-drawer-hide');
      var drawer = Instances.getInstance('Drawer', id);
      if (drawer) $triggerEl.addEventListener('click', function () { drawer.hide(); });
    });
  }

  function initFlowbite() {
    initCollapses();
    initDismisses();
    initDrawers();
    initDropdowns();
    initModals();
  }

  window.FlowbiteInstances = Instances;
  window.Modal = Modal; window.initModals = initModals;
  window.Dropdown = Dropdown; window.initDropdowns = initDropdowns;
  window.Collapse = Collapse; window.initCollapses = initCollapses;
  window.Dismiss = Dismiss; window.initDismisses = initDismisses;
  window.Drawer = Drawer; window.initDrawers = initDrawers;
  window.initFlowbite = initFlowbite;
  window.addEventListener('load', initFlowbite);
})();
`;

// ---------------------------------------------------------------------------------------------
// The application's own script (what a developer writes on top of flowbite.js).
// ---------------------------------------------------------------------------------------------

const APP_JS = String.raw`(function () {
  'use strict';
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrfToken = meta ? meta.getAttribute('content') : '';
  var FB = window.FlowbiteInstances;
  function byId(id) { return document.getElementById(id); }
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }

  /* ---- Flowbite verification code input (docs snippet) ---- */
  function focusNextInput(el, prevId, nextId) {
    if (el.value.length === 0) {
      if (prevId) byId(prevId).focus();
    } else { if (nextId) byId(nextId).focus(); }
  }
  document.querySelectorAll('[data-focus-input-init]').forEach(function (element) {
    element.addEventListener('keyup', function () {
      var prevId = this.getAttribute('data-focus-input-prev');
      var nextId = this.getAttribute('data-focus-input-next');
      focusNextInput(this, prevId, nextId);
    });
    element.addEventListener('paste', function (event) {
      event.preventDefault();
      var pasteData = (event.clipboardData || window.clipboardData).getData('text');
      var digits = pasteData.replace(/\D/g, '');
      var inputs = document.querySelectorAll('[data-focus-input-init]');
      inputs.forEach(function (input, index) {
        if (digits[index]) {
          input.value = digits[index];
          var nextId = input.getAttribute('data-focus-input-next');
          if (index < digits.length - 1 && nextId) byId(nextId).focus();
        }
      });
    });
  });
  function readCode(prefix) {
    var code = '';
    for (var i = 1; i <= 6; i++) { var box = byId(prefix + i); code += box ? box.value.trim() : ''; }
    return code;
  }

  /* ---- alerts, field errors, toasts, spinner ---- */
  var ALERT = { danger: 'text-red-800 bg-red-50', success: 'text-green-800 bg-green-50', info: 'text-blue-800 bg-blue-50', warning: 'text-yellow-800 bg-yellow-50' };
  function alertHtml(kind, title, message) {
    return '<div class="p-4 mb-4 text-sm ' + ALERT[kind] + ' rounded-lg" role="alert"><span class="font-medium">' + escapeHtml(title) + '</span> ' + escapeHtml(message) + '</div>';
  }
  function showAlert(id, kind, title, message) {
    var box = byId(id) || byId('page-alerts');
    if (box) box.innerHTML = alertHtml(kind, title, message);
  }
  function clearAlert(id) { var box = byId(id); if (box) box.innerHTML = ''; }
  var NORMAL = ['bg-gray-50', 'bg-white', 'border-gray-300', 'text-gray-900', 'focus:ring-blue-500', 'focus:border-blue-500'];
  var INVALID = ['bg-red-50', 'border-red-500', 'text-red-900', 'placeholder-red-700', 'focus:ring-red-500', 'focus:border-red-500'];
  function setFieldError(key, message) {
    var holder = byId(key + '-field');
    if (!holder) return;
    var err = byId(key + '-error');
    if (!err) {
      err = document.createElement('p');
      err.id = key + '-error';
      err.className = 'mt-2 text-sm text-red-600';
      holder.appendChild(err);
    }
    err.innerHTML = '<span class="font-medium">Oops!</span> ' + escapeHtml(message);
    holder.querySelectorAll('[data-validate]').forEach(function (input) {
      if (!input.getAttribute('data-cls')) input.setAttribute('data-cls', input.className);
      NORMAL.forEach(function (c) { input.classList.remove(c); });
      INVALID.forEach(function (c) { input.classList.add(c); });
    });
    holder.querySelectorAll('label[data-field-label]').forEach(function (label) {
      label.classList.remove('text-gray-900');
      label.classList.add('text-red-700');
    });
  }
  function clearFieldError(key) {
    var holder = byId(key + '-field');
    var err = byId(key + '-error');
    if (err) err.remove();
    if (!holder) return;
    holder.querySelectorAll('[data-validate]').forEach(function (input) {
      var cls = input.getAttribute('data-cls');
      if (cls) { input.className = cls; input.removeAttribute('data-cls'); }
    });
    holder.querySelectorAll('label[data-field-label]').forEach(function (label) {
      label.classList.remove('text-red-700');
      label.classList.add('text-gray-900');
    });
  }
  var TOAST = {
    success: ['text-green-500 bg-green-100', 'M10 .5a9.5 9.5 0 1 0 9.5 9.5A9.51 9.51 0 0 0 10 .5Zm3.707 8.207-4 4a1 1 0 0 1-1.414 0l-2-2a1 1 0 0 1 1.414-1.414L9 10.586l3.293-3.293a1 1 0 0 1 1.414 1.414Z', 'Check icon'],
    danger: ['text-red-500 bg-red-100', 'M10 .5a9.5 9.5 0 1 0 9.5 9.5A9.51 9.51 0 0 0 10 .5Zm3.707 11.793a1 1 0 1 1-1.414 1.414L10 11.414l-2.293 2.293a1 1 0 0 1-1.414-1.414L8.586 10 6.293 7.707a1 1 0 0 1 1.414-1.414L10 8.586l2.293-2.293a1 1 0 0 1 1.414 1.414L11.414 10l2.293 2.293Z', 'Error icon'],
    warning: ['text-orange-500 bg-orange-100', 'M10 .5a9.5 9.5 0 1 0 9.5 9.5A9.51 9.51 0 0 0 10 .5ZM10 15a1 1 0 1 1 0-2 1 1 0 0 1 0 2Zm1-4a1 1 0 0 1-2 0V6a1 1 0 0 1 2 0v5Z', 'Warning icon']
  };
  var toastSeq = 0;
  function showToast(kind, message) {
    document.querySelectorAll('[data-app-toast]').forEach(function (old) { old.remove(); });
    var ic = TOAST[kind];
    var id = 'toast-' + kind;
    var el = document.createElement('div');
    el.id = id;
    el.setAttribute('role', 'alert');
    el.setAttribute('data-app-toast', '');
    el.className = 'fixed top-5 right-5 z-50 flex items-center w-full max-w-xs p-4 text-gray-500 bg-white rounded-lg shadow';
    el.innerHTML = '<div class="inline-flex items-center justify-center shrink-0 w-8 h-8 ' + ic[0] + ' rounded-lg">' +
      '<svg class="w-5 h-5" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" fill="currentColor" viewBox="0 0 20 20"><path d="' + ic[1] + '"/></svg>' +
      '<span class="sr-only">' + ic[2] + '</span></div>' +
      '<div class="ms-3 text-sm font-normal">' + escapeHtml(message) + '</div>' +
      '<button type="button" class="ms-auto -mx-1.5 -my-1.5 bg-white text-gray-400 hover:text-gray-900 rounded-lg focus:ring-2 focus:ring-gray-300 p-1.5 hover:bg-gray-100 inline-flex items-center justify-center h-8 w-8" data-dismiss-target="#' + id + '" aria-label="Close">' +
      '<span class="sr-only">Close</span><svg class="w-3 h-3" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 14 14"><path stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="m1 1 6 6m0 0 6 6M7 7l6-6M7 7l-6 6"/></svg></button>';
    document.body.appendChild(el);
    var dismiss = new window.Dismiss(el, el.querySelector('[data-dismiss-target]'), { onHide: function () { el.remove(); } }, { id: id + '-' + (++toastSeq), override: true });
    setTimeout(function () { if (el.isConnected) dismiss.hide(); }, 4000);
  }
  function setBusy(id, on) {
    var sp = byId(id);
    if (sp) sp.classList.toggle('hidden', !on);
    document.querySelectorAll('[data-busy-disable]').forEach(function (b) { b.disabled = !!on; });
  }

  /* ---- fetch with the session rules of the server ---- */
  var expiredShown = false;
  function sessionExpired(alertId, data) {
    if (expiredShown) return;
    expiredShown = true;
    var msg = (data && data.message) || 'Your session has expired. Please login again.';
    showAlert(alertId, 'danger', 'Session expired!', msg);
    showToast('warning', msg);
    setTimeout(function () { window.location.assign((data && data.redirect) || '/login?expired=1'); }, 2500);
  }
  function callApi(url, payload, alertId, spinnerId) {
    setBusy(spinnerId, true);
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'CSRF-Token': csrfToken, 'X-Requested-With': 'XMLHttpRequest' },
      body: JSON.stringify(payload || {})
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (data) {
        setBusy(spinnerId, false);
        data = data || {};
        if (res.status === 401) { sessionExpired(alertId, data); return null; }
        if (!res.ok) { showAlert(alertId, 'danger', 'Error!', data.message || ('Request failed (' + res.status + '). Please try again.')); return null; }
        return data;
      });
    }, function () {
      setBusy(spinnerId, false);
      showAlert(alertId, 'danger', 'Error!', 'Could not reach the server. Please check your connection and try again.');
      return null;
    });
  }

  /* ---- login modal ---- */
  var refresh = byId('btnRefreshCaptcha');
  if (refresh) {
    refresh.addEventListener('click', function () {
      var img = byId('captcha_image');
      img.src = '/get-captcha-image?t=' + Date.now();
      var box = byId('CaptchaCode');
      box.value = '';
      box.focus();
    });
  }
  var openOnLoad = document.body.getAttribute('data-open-modal');
  if (openOnLoad) {
    window.addEventListener('load', function () {
      var m = FB.getInstance('Modal', openOnLoad);
      if (m) m.show();
    });
  }

  /* ---- dashboard: Contacts of Technical Person ---- */
  var contactsEl = byId('contacts-modal');
  if (contactsEl) {
    var contactsModal = new window.Modal(contactsEl, { backdrop: 'static', closable: true });
    if (contactsEl.getAttribute('data-show-on-load') === 'true') { window.addEventListener('load', function () { contactsModal.show(); }); }
    byId('btnUpdateContact').addEventListener('click', function () {
      ['techName', 'techMobile', 'techEmail'].forEach(clearFieldError);
      var name = byId('txtTechName').value.trim();
      var mobile = byId('txtTechMobile').value.trim();
      var email = byId('txtTechEmail').value.trim();
      var ok = true;
      if (!name) { setFieldError('techName', 'Please enter the name.'); ok = false; }
      if (!/^[6-9]\d{9}$/.test(mobile)) { setFieldError('techMobile', 'Please enter a valid 10-digit mobile number.'); ok = false; }
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) { setFieldError('techEmail', 'Please enter a valid e-mail address.'); ok = false; }
      if (!ok) return;
      callApi('/Home/UpdateTechContact', { name: name, mobile: mobile, email: email }, 'contacts-alerts', 'contacts-spinner').then(function (d) {
        if (!d) return;
        if (d.ok) { contactsModal.hide(); showToast('success', d.message); }
        else showAlert('contacts-alerts', 'danger', 'Oops!', d.message);
      });
    });
  }

  /* ---- Create API User: the OTP sent to the registered mobile ---- */
  var otpForm = byId('api-otp-form');
  if (otpForm) {
    var sendOtp = function (resend) {
      clearAlert('api-otp-alerts');
      callApi('/ApiReg/SendOtp', { resend: !!resend }, 'api-otp-alerts', 'api-otp-spinner').then(function (d) {
        if (!d) return;
        if (d.ok) {
          byId('api-otp-entry').classList.remove('hidden');
          byId('api-otp-sent-text').textContent = d.message;
          showToast('success', d.message);
          var first = byId('api-code-1');
          if (first) first.focus();
        } else { showAlert('api-otp-alerts', 'danger', 'Oops!', d.message); }
      });
    };
    byId('btnResendApiOtp').addEventListener('click', function () { sendOtp(true); });
    otpForm.addEventListener('input', function () { clearFieldError('apiOtp'); });
    otpForm.addEventListener('submit', function (e) {
      e.preventDefault();
      clearAlert('api-otp-alerts');
      clearFieldError('apiOtp');
      var code = readCode('api-code-');
      if (!/^\d{6}$/.test(code)) { setFieldError('apiOtp', 'Please enter the 6-digit OTP.'); return; }
      callApi('/ApiReg/VerifyOtp', { otp: code }, 'api-otp-alerts', 'api-otp-spinner').then(function (d) {
        if (!d) return;
        if (d.ok) {
          showAlert('api-otp-alerts', 'success', 'Verified!', d.message);
          window.location.assign(d.redirect);
        } else {
          setFieldError('apiOtp', d.message);
          showAlert('api-otp-alerts', 'danger', 'Oops!', d.message);
        }
      });
    });
    sendOtp(false);
  }

  /* ---- the registration form ---- */
  var regForm = byId('apiUserForm');
  if (regForm) {
    var confirmModal = new window.Modal(byId('popup-modal'), { backdrop: 'dynamic', closable: true });
    var MODE_INFO = {
      DIRECT: 'Direct API access is available only to taxpayers whose aggregate turnover is above the notified threshold. This GSTIN is not eligible.',
      ERP: 'No ERP has been approved for direct integration with this GSTIN.',
      OTHER: 'No Client-Id has been shared with this GSTIN by another taxpayer.'
    };
    var PASSWORD_RE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
    var selectedMode = function () {
      var r = regForm.querySelector('input[name="regMode"]:checked');
      return r ? r.value : '';
    };
    var onModeChange = function () {
      var mode = selectedMode();
      byId('gspSection').classList.toggle('hidden', mode !== 'GSP');
      byId('modeInfo').innerHTML = mode && mode !== 'GSP' ? alertHtml('info', 'Note:', MODE_INFO[mode]) : '';
      clearFieldError('regMode');
    };
    regForm.querySelectorAll('input[name="regMode"]').forEach(function (r) { r.addEventListener('change', onModeChange); });
    onModeChange();
    var search = byId('input-group-search');
    search.addEventListener('input', function () {
      var q = search.value.trim().toLowerCase();
      byId('dropdownSearch').querySelectorAll('li').forEach(function (li) {
        li.classList.toggle('hidden', !!q && li.textContent.toLowerCase().indexOf(q) === -1);
      });
    });
    var resetGsp = function () {
      regForm.querySelectorAll('input[name="gsp"]').forEach(function (r) { r.checked = false; });
      byId('hdnGspName').value = '';
      byId('selectedGspText').textContent = 'Select your GSP';
    };
    regForm.querySelectorAll('input[name="gsp"]').forEach(function (r) {
      r.addEventListener('change', function () {
        if (!r.checked) return;
        byId('hdnGspName').value = r.value;
        byId('selectedGspText').textContent = r.value;
        var dd = FB.getInstance('Dropdown', 'dropdownSearch');
        if (dd) dd.hide();
        clearFieldError('gsp');
      });
    });
    ['username', 'password', 'confirmPassword'].forEach(function (key) {
      var holder = byId(key + '-field');
      holder.addEventListener('input', function () { clearFieldError(key); });
    });
    var collect = function () {
      return {
        mode: selectedMode(),
        gsp: byId('hdnGspName').value,
        username: byId('txtApiUserName').value.trim(),
        password: byId('txtApiPassword').value,
        confirmPassword: byId('txtApiRePassword').value
      };
    };
    var validate = function (v) {
      ['regMode', 'gsp', 'username', 'password', 'confirmPassword'].forEach(clearFieldError);
      if (!v.mode) { setFieldError('regMode', 'Please select how you wish to register your GSTIN.'); return false; }
      if (v.mode !== 'GSP') { setFieldError('regMode', MODE_INFO[v.mode]); return false; }
      var ok = true;
      if (!v.gsp) { setFieldError('gsp', 'Please select your GSP.'); ok = false; }
      if (!v.username) { setFieldError('username', 'Please enter a username.'); ok = false; }
      else if (!/^[A-Za-z0-9]{4,11}$/.test(v.username)) { setFieldError('username', 'Username must be 4 to 11 letters or digits, typed after the API_ prefix.'); ok = false; }
      if (!PASSWORD_RE.test(v.password)) { setFieldError('password', 'Password must be 8 to 15 characters with at least one upper-case letter, one lower-case letter, one digit and one special character.'); ok = false; }
      if (!v.confirmPassword) { setFieldError('confirmPassword', 'Please re-enter the password.'); ok = false; }
      else if (v.password !== v.confirmPassword) { setFieldError('confirmPassword', 'Passwords do not match.'); ok = false; }
      return ok;
    };
    var rowHtml = function (r, i) {
      return '<tr class="bg-white border-b border-gray-200 hover:bg-gray-50">' +
        '<th scope="row" class="px-6 py-4 font-medium text-gray-900 whitespace-nowrap">' + (i + 1) + '</th>' +
        '<td class="px-6 py-4">' + escapeHtml(r.gsp) + '</td>' +
        '<td class="px-6 py-4">' + escapeHtml(r.username) + '</td>' +
        '<td class="px-6 py-4">' + escapeHtml(r.createdOn) + '</td>' +
        '<td class="px-6 py-4"><span class="bg-green-100 text-green-800 text-xs font-medium me-2 px-2.5 py-0.5 rounded">Active</span></td></tr>';
    };
    var pending = null;
    regForm.addEventListener('submit', function (e) {
      e.preventDefault();
      clearAlert('formAlerts');
      var v = collect();
      if (!validate(v)) return;
      pending = v;
      byId('confirmDetails').textContent = 'API_' + v.username + ' through ' + v.gsp;
      confirmModal.show();
    });
    byId('btnConfirmYes').addEventListener('click', function () {
      var v = pending;
      confirmModal.hide();
      if (!v) return;
      pending = null;
      callApi('/ApiReg/SaveApiUser', v, 'formAlerts', 'submit-spinner').then(function (d) {
        if (!d) return;
        if (d.ok) {
          showAlert('formAlerts', 'success', 'Success!', d.message);
          showToast('success', d.toast);
          byId('registeredGspsBody').innerHTML = d.registrations.map(rowHtml).join('');
          byId('txtApiUserName').value = '';
          byId('txtApiPassword').value = '';
          byId('txtApiRePassword').value = '';
          resetGsp();
        } else {
          if (d.field) setFieldError(d.field, d.message);
          showAlert('formAlerts', 'danger', 'Oops!', d.message);
          showToast('danger', d.message);
          if (d.redirect) setTimeout(function () { window.location.assign(d.redirect); }, 2500);
        }
        byId('formAlerts').scrollIntoView({ block: 'center' });
      });
    });
    byId('btnConfirmNo').addEventListener('click', function () { pending = null; });
  }
})();
`;

// ---------------------------------------------------------------------------------------------
// Markup: Flowbite blocks (navbar, modal, sidebar, cards, forms, tables) as the docs write them.
// ---------------------------------------------------------------------------------------------

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const svgUri = (svg: string): string => `data:image/svg+xml,${encodeURIComponent(svg)}`;

const LOGO_URI = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="9" fill="#1d4ed8"/><path d="M11 11h13l5 5v13H11z" fill="#fff"/><path d="M24 11v5h5" fill="#bfdbfe"/><path d="M15 19h10M15 23h10M15 27h6" stroke="#1d4ed8" stroke-width="2" stroke-linecap="round"/></svg>',
);

const AVATAR_URI = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="16" fill="#1e40af"/><text x="16" y="21" font-family="Arial" font-size="13" font-weight="700" fill="#fff" text-anchor="middle">UF</text></svg>',
);

const X_ICON =
  '<svg class="w-3 h-3" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 14 14"><path stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="m1 1 6 6m0 0 6 6M7 7l6-6M7 7l-6 6"/></svg>';

const CHEVRON_DOWN =
  '<svg class="w-3 h-3" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 10 6"><path stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="m1 1 4 4 4-4"/></svg>';

const SPINNER_SVG =
  '<svg aria-hidden="true" class="inline w-5 h-5 me-2 text-gray-200 animate-spin fill-blue-600" viewBox="0 0 100 101" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M100 50.5908C100 78.2051 77.6142 100.591 50 100.591C22.3858 100.591 0 78.2051 0 50.5908C0 22.9766 22.3858 0.59082 50 0.59082C77.6142 0.59082 100 22.9766 100 50.5908ZM9.08144 50.5908C9.08144 73.1895 27.4013 91.5094 50 91.5094C72.5987 91.5094 90.9186 73.1895 90.9186 50.5908C90.9186 27.9921 72.5987 9.67226 50 9.67226C27.4013 9.67226 9.08144 27.9921 9.08144 50.5908Z" fill="currentColor"/><path d="M93.9676 39.0409C96.393 38.4038 97.8624 35.9116 97.0079 33.5539C95.2932 28.8227 92.871 24.3692 89.8167 20.348C85.8452 15.1192 80.8826 10.7238 75.2124 7.41289C69.5422 4.10194 63.2754 1.94025 56.7698 1.05124C51.7666 0.367541 46.6976 0.446843 41.7345 1.27873C39.2613 1.69328 37.813 4.19778 38.4501 6.62326C39.0873 9.04874 41.5694 10.4717 44.0505 10.1071C47.8511 9.54855 51.7191 9.52689 55.5402 10.0491C60.8642 10.7766 65.9928 12.5457 70.6331 15.2552C75.2735 17.9648 79.3347 21.5619 82.5849 25.841C84.9175 28.9121 86.7997 32.2913 88.1811 35.8758C89.083 38.2158 91.5421 39.6781 93.9676 39.0409Z" fill="currentFill"/></svg>';

function spinner(id: string, text: string): string {
  return `<div role="status" id="${id}" class="hidden flex items-center">${SPINNER_SVG}<span class="sr-only">Loading...</span><span class="text-sm text-gray-500">${esc(text)}</span></div>`;
}

const icon = (d: string, viewBox = '0 0 20 20'): string =>
  `<svg class="shrink-0 w-5 h-5 text-gray-500 transition duration-75 group-hover:text-gray-900" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" fill="currentColor" viewBox="${viewBox}">${d}</svg>`;

const ICONS = {
  dashboard: icon(
    '<path d="M16.975 11H10V4.025a1 1 0 0 0-1.066-.998 8.5 8.5 0 1 0 9.039 9.039.999.999 0 0 0-1-1.066h.002Z"/><path d="M12.5 0c-.157 0-.311.01-.565.027A1 1 0 0 0 11 1.02V10h8.975a1 1 0 0 0 1-.935c.013-.188.028-.374.028-.565A8.51 8.51 0 0 0 12.5 0Z"/>',
    '0 0 22 21',
  ),
  invoice: icon(
    '<path d="M16 1H4a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V3a2 2 0 0 0-2-2ZM6 5h8a1 1 0 0 1 0 2H6a1 1 0 0 1 0-2Zm0 4h8a1 1 0 0 1 0 2H6a1 1 0 0 1 0-2Zm5 6H6a1 1 0 0 1 0-2h5a1 1 0 0 1 0 2Z"/>',
  ),
  reports: icon(
    '<path d="M2 17h16a1 1 0 0 1 0 2H2a1 1 0 0 1 0-2Zm1-7h3v5H3v-5Zm5-5h3v10H8V5Zm5 3h3v7h-3V8Z"/>',
  ),
  api: icon(
    '<path d="M14 1a5 5 0 0 0-4.9 6.05L1.3 14.85a1 1 0 0 0-.3.7V18a1 1 0 0 0 1 1h2.5a1 1 0 0 0 1-1v-1h1a1 1 0 0 0 1-1v-1h1a1 1 0 0 0 .7-.3l1.25-1.25A5 5 0 1 0 14 1Zm1.5 5a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3Z"/>',
  ),
  users: icon(
    '<path d="M7 9a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm7 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM7 11c-3.87 0-7 2.24-7 5v2h14v-2c0-2.76-3.13-5-7-5Zm8 0c-.46 0-.9.04-1.33.1A5.9 5.9 0 0 1 16 16v2h4v-2c0-2.76-2.24-5-5-5Z"/>',
  ),
  signout: icon(
    '<path stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2" fill="none" d="M1 8h11m0 0L8 4m4 4-4 4m4-11h3a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2h-3"/>',
    '0 0 18 16',
  ),
};

const BTN_PRIMARY =
  'text-white bg-blue-700 hover:bg-blue-800 focus:ring-4 focus:outline-none focus:ring-blue-300 font-medium rounded-lg text-sm px-5 py-2.5 text-center';
const BTN_ALT =
  'py-2.5 px-5 text-sm font-medium text-gray-900 focus:outline-none bg-white rounded-lg border border-gray-200 hover:bg-gray-100 hover:text-blue-700 focus:z-10 focus:ring-4 focus:ring-gray-100';
const BTN_RED =
  'text-white bg-red-700 hover:bg-red-800 focus:ring-4 focus:outline-none focus:ring-red-300 font-medium rounded-lg text-sm px-5 py-2.5 text-center';
const LABEL = 'block mb-2 text-sm font-medium text-gray-900';
const LABEL_ERR = 'block mb-2 text-sm font-medium text-red-700';
const INPUT =
  'bg-gray-50 border border-gray-300 text-gray-900 text-sm rounded-lg focus:ring-blue-500 focus:border-blue-500 block w-full p-2.5';
const INPUT_ERR =
  'bg-red-50 border border-red-500 text-red-900 placeholder-red-700 text-sm rounded-lg focus:ring-red-500 focus:border-red-500 block w-full p-2.5';

type AlertKind = 'danger' | 'success' | 'info' | 'warning';
const ALERT_CLASSES: Record<AlertKind, string> = {
  danger: 'text-red-800 bg-red-50',
  success: 'text-green-800 bg-green-50',
  info: 'text-blue-800 bg-blue-50',
  warning: 'text-yellow-800 bg-yellow-50',
};

interface Notice {
  kind: AlertKind;
  title: string;
  text: string;
}

function alertBox(n: Notice | undefined): string {
  if (!n) return '';
  return `<div class="p-4 mb-4 text-sm ${ALERT_CLASSES[n.kind]} rounded-lg" role="alert"><span class="font-medium">${esc(n.title)}</span> ${esc(n.text)}</div>`;
}

function fieldError(message: string | undefined): string {
  return message
    ? `<p class="mt-2 text-sm text-red-600"><span class="font-medium">Oops!</span> ${esc(message)}</p>`
    : '';
}

function layout(o: { title: string; csrf: string; page: string; body: string; openModal?: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="csrf-token" content="${esc(o.csrf)}">
<title>${esc(o.title)} | e-Invoice System</title>
<link rel="icon" href="${LOGO_URI}">
<link rel="stylesheet" href="/static/css/app.css">
</head>
<body class="bg-gray-50" data-page="${o.page}"${o.openModal ? ` data-open-modal="${o.openModal}"` : ''}>
${o.body}
<script src="/static/js/flowbite.min.js"></script>
<script src="/static/js/app.js"></script>
</body>
</html>`;
}

function otpBoxes(prefix: string, name: string, invalid: boolean): string {
  const words = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'];
  const cls = invalid
    ? 'block w-9 h-9 py-3 text-sm font-extrabold text-center text-red-900 bg-red-50 border border-red-500 rounded-lg focus:ring-red-500 focus:border-red-500'
    : 'block w-9 h-9 py-3 text-sm font-extrabold text-center text-gray-900 bg-white border border-gray-300 rounded-lg focus:ring-blue-500 focus:border-blue-500';
  const boxes = words.map((w, i) => {
    const n = i + 1;
    const prev = n > 1 ? ` data-focus-input-prev="${prefix}${n - 1}"` : '';
    const next = n < 6 ? ` data-focus-input-next="${prefix}${n + 1}"` : '';
    const label = n > 1 ? `<label for="${prefix}${n}" class="sr-only">${w} code</label>` : '';
    return `<div>${label}<input type="text" maxlength="1" inputmode="numeric" autocomplete="one-time-code" name="${name}${n}" data-focus-input-init${prev}${next} id="${prefix}${n}" data-validate class="${cls}" required></div>`;
  });
  return `<div class="flex mb-2 space-x-2">${boxes.join('')}</div>`;
}

// --- home page and the authentication modal --------------------------------------------------

interface HomeView {
  csrf: string;
  open: boolean;
  notice?: Notice;
  username?: string;
  captchaError?: string;
}

function homePage(v: HomeView): string {
  const capErr = v.captchaError;
  const body = `<nav class="bg-white border-b border-gray-200">
  <div class="max-w-screen-xl flex flex-wrap items-center justify-between mx-auto p-4">
    <a href="/" class="flex items-center space-x-3">
      <img src="${LOGO_URI}" class="h-8" alt="e-Invoice System logo">
      <span class="self-center text-2xl font-semibold whitespace-nowrap">e-Invoice System</span>
    </a>
    <div class="flex md:order-2 space-x-3 md:space-x-0">
      <button id="btnLogin" type="button" data-modal-target="authentication-modal" data-modal-toggle="authentication-modal" class="text-white bg-blue-700 hover:bg-blue-800 focus:ring-4 focus:outline-none focus:ring-blue-300 font-medium rounded-lg text-sm px-4 py-2 text-center">Login</button>
    </div>
    <div class="items-center justify-between hidden w-full md:flex md:w-auto md:order-1" id="navbar-cta">
      <ul class="flex flex-col font-medium p-4 md:p-0 mt-4 border border-gray-100 rounded-lg bg-gray-50 md:space-x-8 md:flex-row md:mt-0 md:border-0 md:bg-white">
        <li><a href="/" class="block py-2 px-3 md:p-0 text-white bg-blue-700 rounded md:bg-transparent md:text-blue-700" aria-current="page">Home</a></li>
        <li><a href="#notices" class="block py-2 px-3 md:p-0 text-gray-900 rounded hover:bg-gray-100 md:hover:bg-transparent md:hover:text-blue-700">Notices</a></li>
        <li><a href="#help" class="block py-2 px-3 md:p-0 text-gray-900 rounded hover:bg-gray-100 md:hover:bg-transparent md:hover:text-blue-700">Help</a></li>
        <li><a href="#contact" class="block py-2 px-3 md:p-0 text-gray-900 rounded hover:bg-gray-100 md:hover:bg-transparent md:hover:text-blue-700">Contact Us</a></li>
      </ul>
    </div>
  </div>
</nav>
<section class="bg-white">
  <div class="py-8 px-4 mx-auto max-w-screen-xl text-center lg:py-16">
    <h1 class="mb-4 text-4xl font-extrabold tracking-tight leading-none text-gray-900 md:text-5xl">e-Invoice System</h1>
    <p class="mb-8 text-lg font-normal text-gray-500 lg:text-xl sm:px-16 lg:px-48">Generate Invoice Reference Numbers for B2B invoices, and create API users so that your GSP or ERP can report e-invoices for your GSTIN.</p>
  </div>
</section>
<section class="bg-gray-50" id="notices">
  <div class="py-8 px-4 mx-auto max-w-screen-xl grid gap-4 md:grid-cols-3">
    <div class="p-6 bg-white border border-gray-200 rounded-lg shadow"><h5 class="mb-2 text-lg font-semibold tracking-tight text-gray-900">Two-factor authentication</h5><p class="text-sm text-gray-500">From 1 April 2025 every login is confirmed with an OTP sent by SMS, the Sandes app or the NIC-GST-Shield app.</p></div>
    <div class="p-6 bg-white border border-gray-200 rounded-lg shadow" id="help"><h5 class="mb-2 text-lg font-semibold tracking-tight text-gray-900">API access through GSPs</h5><p class="text-sm text-gray-500">Create a separate API user for every GSP you use. Several GSPs may be registered for one GSTIN.</p></div>
    <div class="p-6 bg-white border border-gray-200 rounded-lg shadow" id="contact"><h5 class="mb-2 text-lg font-semibold tracking-tight text-gray-900">Help desk</h5><p class="text-sm text-gray-500">Write to support.einvoice@gov.in or call 1800-103-4786 (toll free).</p></div>
  </div>
</section>
<footer class="bg-white border-t border-gray-200"><div class="w-full max-w-screen-xl mx-auto p-4 text-sm text-gray-500 text-center">© 2025 National Informatics Centre. All Rights Reserved.</div></footer>

<div id="authentication-modal" tabindex="-1" aria-hidden="true" class="hidden overflow-y-auto overflow-x-hidden fixed top-0 right-0 left-0 z-50 justify-center items-center w-full md:inset-0 h-[calc(100%-1rem)] max-h-full">
  <div class="relative p-4 w-full max-w-md max-h-full">
    <div class="relative bg-white rounded-lg shadow">
      <div class="flex items-center justify-between p-4 md:p-5 border-b rounded-t border-gray-200">
        <h3 class="text-xl font-semibold text-gray-900">Sign in to our platform</h3>
        <button type="button" class="end-2.5 text-gray-400 bg-transparent hover:bg-gray-200 hover:text-gray-900 rounded-lg text-sm w-8 h-8 ms-auto inline-flex justify-center items-center" data-modal-hide="authentication-modal">${X_ICON}<span class="sr-only">Close modal</span></button>
      </div>
      <div class="p-4 md:p-5">
        <form class="space-y-4" action="/Home/Login" method="post" id="loginForm" autocomplete="off">
          <input type="hidden" name="_csrf" value="${esc(v.csrf)}">
          ${alertBox(v.notice)}
          <div>
            <label for="txtUserName" class="${LABEL}">Username</label>
            <input type="text" name="username" id="txtUserName" class="${INPUT}" placeholder="Enter your username" value="${esc(v.username ?? '')}" required>
          </div>
          <div>
            <label for="txt_password" class="${LABEL}">Password</label>
            <input type="password" name="password" id="txt_password" placeholder="••••••••" class="${INPUT}" required>
          </div>
          <div>
            <label for="CaptchaCode" class="${capErr ? LABEL_ERR : LABEL}">Enter Captcha</label>
            <div class="flex items-center gap-3 mb-2">
              <img id="captcha_image" src="/get-captcha-image?t=${Date.now()}" alt="Captcha image" width="150" height="50" class="rounded-lg border border-gray-300">
              <button type="button" id="btnRefreshCaptcha" class="p-2.5 text-sm font-medium text-gray-500 bg-white rounded-lg border border-gray-200 hover:bg-gray-100 hover:text-blue-700 focus:ring-4 focus:outline-none focus:ring-gray-100"><svg class="w-4 h-4" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 20 20"><path stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M16 1v5h-5M4 19v-5h5m9-4a8 8 0 0 1-14.9 4M2 10a8 8 0 0 1 14.9-4"/></svg><span class="sr-only">Refresh captcha</span></button>
            </div>
            <input type="text" name="captcha" id="CaptchaCode" maxlength="5" placeholder="Type the characters shown" class="${capErr ? INPUT_ERR : INPUT}" required>
            ${fieldError(capErr)}
          </div>
          <div class="flex justify-between">
            <a href="#help" class="text-sm text-blue-700 hover:underline">Forgot Username?</a>
            <a href="#help" class="text-sm text-blue-700 hover:underline">Forgot Password?</a>
          </div>
          <button type="submit" class="w-full ${BTN_PRIMARY}">Login</button>
          <div class="text-sm font-medium text-gray-500">Not registered on the e-Invoice System? <a href="#help" class="text-blue-700 hover:underline">Register here</a></div>
        </form>
      </div>
    </div>
  </div>
</div>`;
  return layout({
    title: v.open ? 'Login' : 'Home',
    csrf: v.csrf,
    page: 'home',
    body,
    openModal: v.open ? 'authentication-modal' : undefined,
  });
}

// --- the login OTP (two-factor) page -------------------------------------------------------

function loginOtpPage(v: { csrf: string; error?: string; notice?: Notice }): string {
  const body = `<section class="bg-gray-50">
  <div class="flex flex-col items-center justify-center px-6 py-8 mx-auto md:h-screen lg:py-0">
    <a href="/" class="flex items-center mb-6 text-2xl font-semibold text-gray-900"><img class="w-8 h-8 me-2" src="${LOGO_URI}" alt="logo">e-Invoice System</a>
    <div class="w-full bg-white rounded-lg shadow md:mt-0 sm:max-w-md xl:p-0">
      <div class="p-6 space-y-4 md:space-y-6 sm:p-8">
        <h1 class="text-xl font-bold leading-tight tracking-tight text-gray-900 md:text-2xl">Two-factor authentication</h1>
        <p class="text-sm text-gray-500">An OTP has been sent to your registered mobile number ${MOBILE_MASKED}. You may also use the OTP shown in the Sandes or NIC-GST-Shield app.</p>
        ${alertBox(v.notice)}
        <form class="space-y-4" action="/Home/LoginOtp" method="post" id="loginOtpForm" autocomplete="off">
          <input type="hidden" name="_csrf" value="${esc(v.csrf)}">
          <div>
            <label for="code-1" class="${v.error ? LABEL_ERR : LABEL}">Enter OTP</label>
            ${otpBoxes('code-', 'otp', Boolean(v.error))}
            ${fieldError(v.error)}
            <p id="helper-text-explanation" class="mt-2 text-sm text-gray-500">Please enter the 6 digit OTP sent to your registered mobile number.</p>
          </div>
          <button type="submit" id="btnVerifyOTP" class="w-full ${BTN_PRIMARY}">Verify OTP</button>
        </form>
        <form action="/Home/ResendLoginOtp" method="post" class="text-sm text-gray-500">
          <input type="hidden" name="_csrf" value="${esc(v.csrf)}">
          Didn't receive the OTP? <button type="submit" class="font-medium text-blue-600 hover:underline">Resend OTP</button>
        </form>
        <p class="text-sm text-gray-500"><a href="/login" class="font-medium text-blue-600 hover:underline">Back to login</a></p>
      </div>
    </div>
  </div>
</section>`;
  return layout({ title: 'Verify OTP', csrf: v.csrf, page: 'login-otp', body });
}

// --- the signed-in shell: navbar, drawer sidebar, breadcrumb --------------------------------

const LEAF_CLS =
  'flex items-center w-full p-2 text-gray-900 transition duration-75 rounded-lg group hover:bg-gray-100';

interface SectionInfo {
  title: string;
  groups: string[];
  crumbs: string[];
}

const SECTIONS: Record<string, SectionInfo> = {
  '/Invoice/Generate': {
    title: 'Generate e-Invoice',
    groups: ['dropdown-einvoice'],
    crumbs: ['e-Invoice', 'Generate'],
  },
  '/Invoice/Cancel': {
    title: 'Cancel e-Invoice',
    groups: ['dropdown-einvoice'],
    crumbs: ['e-Invoice', 'Cancel'],
  },
  '/Invoice/BulkUpload': {
    title: 'Bulk Upload',
    groups: ['dropdown-einvoice'],
    crumbs: ['e-Invoice', 'Bulk Upload'],
  },
  '/Invoice/GetIrn': {
    title: 'Print / Get IRN',
    groups: ['dropdown-einvoice'],
    crumbs: ['e-Invoice', 'Print / Get IRN'],
  },
  '/MisRpt/Generated': {
    title: 'Generated e-Invoices',
    groups: ['dropdown-mis'],
    crumbs: ['MIS Reports', 'Generated e-Invoices'],
  },
  '/MisRpt/Cancelled': {
    title: 'Cancelled e-Invoices',
    groups: ['dropdown-mis'],
    crumbs: ['MIS Reports', 'Cancelled e-Invoices'],
  },
  '/ApiReg/ChangeApiPassword': {
    title: 'Change API Password',
    groups: ['dropdown-api', 'dropdown-user-credentials'],
    crumbs: ['API Registration', 'User Credentials', 'Change API Password'],
  },
  '/ApiReg/FreezeApiUser': {
    title: 'Freeze API User',
    groups: ['dropdown-api', 'dropdown-user-credentials'],
    crumbs: ['API Registration', 'User Credentials', 'Freeze API User'],
  },
  '/ApiReg/IpWhitelisting': {
    title: 'IP Whitelisting',
    groups: ['dropdown-api'],
    crumbs: ['API Registration', 'IP Whitelisting'],
  },
  '/UserMgmt/CreateSubUser': {
    title: 'Create Sub-User',
    groups: ['dropdown-usermgmt'],
    crumbs: ['User Management', 'Create Sub-User'],
  },
  '/UserMgmt/UpdateSubUser': {
    title: 'Update Sub-User',
    groups: ['dropdown-usermgmt'],
    crumbs: ['User Management', 'Update Sub-User'],
  },
};

function sidebar(path: string, openGroups: string[], csrf: string): string {
  const isActive = (href: string): boolean =>
    path === href || (href === '/ApiReg/CreateApiUser' && path === '/ApiReg/ApiUserForm');
  const leaf = (label: string, href: string, indent: string): string => {
    const active = isActive(href);
    return `<li><a href="${href}" class="${LEAF_CLS} ${indent}${active ? ' bg-gray-100' : ''}"${active ? ' aria-current="page"' : ''}>${esc(label)}</a></li>`;
  };
  const group = (id: string, label: string, iconHtml: string, inner: string, nested: boolean): string => {
    const open = openGroups.includes(id);
    const btn = nested
      ? 'flex items-center w-full p-2 pl-11 text-gray-900 transition duration-75 rounded-lg group hover:bg-gray-100'
      : 'flex items-center w-full p-2 text-base text-gray-900 transition duration-75 rounded-lg group hover:bg-gray-100';
    return `<li>
        <button type="button" class="${btn}" aria-controls="${id}" data-collapse-toggle="${id}">${iconHtml}<span class="flex-1 ${nested ? '' : 'ms-3 '}text-left whitespace-nowrap">${esc(label)}</span>${CHEVRON_DOWN}</button>
        <ul id="${id}" class="${open ? '' : 'hidden '}py-2 space-y-2">${inner}</ul>
      </li>`;
  };
  const dashActive = path === '/Home/MainMenu';
  return `<aside id="logo-sidebar" class="fixed top-0 left-0 z-40 w-64 h-screen pt-20 transition-transform -translate-x-full bg-white border-r border-gray-200 sm:translate-x-0" aria-label="Sidebar">
  <div class="h-full px-3 pb-4 overflow-y-auto bg-white">
    <ul class="space-y-2 font-medium">
      <li><a href="/Home/MainMenu" class="flex items-center p-2 text-gray-900 rounded-lg hover:bg-gray-100 group${dashActive ? ' bg-gray-100' : ''}"${dashActive ? ' aria-current="page"' : ''}>${ICONS.dashboard}<span class="ms-3">Dashboard</span></a></li>
      ${group(
        'dropdown-einvoice',
        'e-Invoice',
        ICONS.invoice,
        leaf('Generate', '/Invoice/Generate', 'pl-11') +
          leaf('Cancel', '/Invoice/Cancel', 'pl-11') +
          leaf('Bulk Upload', '/Invoice/BulkUpload', 'pl-11') +
          leaf('Print / Get IRN', '/Invoice/GetIrn', 'pl-11'),
        false,
      )}
      ${group(
        'dropdown-mis',
        'MIS Reports',
        ICONS.reports,
        leaf('Generated e-Invoices', '/MisRpt/Generated', 'pl-11') +
          leaf('Cancelled e-Invoices', '/MisRpt/Cancelled', 'pl-11'),
        false,
      )}
      ${group(
        'dropdown-api',
        'API Registration',
        ICONS.api,
        group(
          'dropdown-user-credentials',
          'User Credentials',
          '',
          leaf('Create API User', '/ApiReg/CreateApiUser', 'pl-16') +
            leaf('Change API Password', '/ApiReg/ChangeApiPassword', 'pl-16') +
            leaf('Freeze API User', '/ApiReg/FreezeApiUser', 'pl-16'),
          true,
        ) + leaf('IP Whitelisting', '/ApiReg/IpWhitelisting', 'pl-11'),
        false,
      )}
      ${group(
        'dropdown-usermgmt',
        'User Management',
        ICONS.users,
        leaf('Create Sub-User', '/UserMgmt/CreateSubUser', 'pl-11') +
          leaf('Update Sub-User', '/UserMgmt/UpdateSubUser', 'pl-11'),
        false,
      )}
    </ul>
    <ul class="pt-4 mt-4 space-y-2 font-medium border-t border-gray-200">
      <li><form method="post" action="/logout"><input type="hidden" name="_csrf" value="${esc(csrf)}"><button type="submit" class="flex items-center w-full p-2 text-gray-900 rounded-lg hover:bg-gray-100 group">${ICONS.signout}<span class="ms-3">Sign out</span></button></form></li>
    </ul>
  </div>
</aside>`;
}

function breadcrumb(items: string[]): string {
  const sep =
    '<svg class="w-3 h-3 text-gray-400 mx-1" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 6 10"><path stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="m1 9 4-4-4-4"/></svg>';
  const rest = items
    .map(
      (it, i) =>
        `<li${i === items.length - 1 ? ' aria-current="page"' : ''}><div class="flex items-center">${sep}<span class="ms-1 text-sm font-medium ${i === items.length - 1 ? 'text-gray-500' : 'text-gray-700'} md:ms-2">${esc(it)}</span></div></li>`,
    )
    .join('');
  return `<nav class="flex mb-4" aria-label="Breadcrumb"><ol class="inline-flex items-center space-x-1 md:space-x-2"><li class="inline-flex items-center"><a href="/Home/MainMenu" class="inline-flex items-center text-sm font-medium text-gray-700 hover:text-blue-600">Home</a></li>${rest}</ol></nav>`;
}

interface ShellView {
  title: string;
  csrf: string;
  path: string;
  page: string;
  user: string;
  gstin: string;
  openGroups: string[];
  crumbs: string[];
  content: string;
  modals?: string;
}

function appShell(v: ShellView): string {
  const body = `<nav class="fixed top-0 z-50 w-full bg-white border-b border-gray-200">
  <div class="px-3 py-3 lg:px-5 lg:pl-3">
    <div class="flex items-center justify-between">
      <div class="flex items-center justify-start">
        <button data-drawer-target="logo-sidebar" data-drawer-toggle="logo-sidebar" aria-controls="logo-sidebar" type="button" class="inline-flex items-center p-2 text-sm text-gray-500 rounded-lg sm:hidden hover:bg-gray-100 focus:outline-none focus:ring-2 focus:ring-gray-200">
          <span class="sr-only">Open sidebar</span>
          <svg class="w-6 h-6" aria-hidden="true" fill="currentColor" viewBox="0 0 20 20" xmlns="http://www.w3.org/2000/svg"><path clip-rule="evenodd" fill-rule="evenodd" d="M2 4.75A.75.75 0 012.75 4h14.5a.75.75 0 010 1.5H2.75A.75.75 0 012 4.75zm0 10.5a.75.75 0 01.75-.75h7.5a.75.75 0 010 1.5h-7.5a.75.75 0 01-.75-.75zM2 10a.75.75 0 01.75-.75h14.5a.75.75 0 010 1.5H2.75A.75.75 0 012 10z"></path></svg>
        </button>
        <a href="/Home/MainMenu" class="flex ms-2 md:me-24"><img src="${LOGO_URI}" class="h-8 me-3" alt="e-Invoice System logo"><span class="self-center text-xl font-semibold sm:text-2xl whitespace-nowrap">e-Invoice System</span></a>
      </div>
      <div class="flex items-center">
        <span class="hidden md:inline-flex text-sm text-gray-500">GSTIN:<span class="ms-1 font-medium text-gray-900">${esc(v.gstin)}</span></span>
        <div class="flex items-center ms-3">
          <div>
            <button type="button" class="flex text-sm bg-gray-800 rounded-full focus:ring-4 focus:ring-gray-300" aria-expanded="false" data-dropdown-toggle="dropdown-user"><span class="sr-only">Open user menu</span><img class="w-8 h-8 rounded-full" src="${AVATAR_URI}" alt="user photo"></button>
          </div>
          <div class="z-50 hidden my-4 text-base list-none bg-white divide-y divide-gray-100 rounded shadow" id="dropdown-user">
            <div class="px-4 py-3" role="none"><p class="text-sm text-gray-900" role="none">${esc(v.user)}</p><p class="text-sm font-medium text-gray-900 truncate" role="none">GSTIN ${esc(v.gstin)}</p></div>
            <ul class="py-1" role="none">
              <li><a href="/Home/MainMenu" class="block px-4 py-2 text-sm text-gray-700 hover:bg-gray-100" role="menuitem">Dashboard</a></li>
              <li><form method="post" action="/logout"><input type="hidden" name="_csrf" value="${esc(v.csrf)}"><button type="submit" class="block w-full px-4 py-2 text-sm text-left text-gray-700 hover:bg-gray-100" role="menuitem">Sign out</button></form></li>
            </ul>
          </div>
        </div>
      </div>
    </div>
  </div>
</nav>
${sidebar(v.path, v.openGroups, v.csrf)}
<div class="p-4 sm:ml-64">
  <div class="p-4 mt-14">
    ${v.crumbs.length ? breadcrumb(v.crumbs) : ''}
    <div id="page-alerts"></div>
    ${v.content}
  </div>
</div>
${v.modals ?? ''}`;
  return layout({ title: v.title, csrf: v.csrf, page: v.page, body });
}

interface UserView {
  csrf: string;
  user: string;
  gstin: string;
}

function dashboardPage(v: UserView & { showPopup: boolean }): string {
  const card = (title: string, value: string, note: string): string =>
    `<div class="p-6 bg-white border border-gray-200 rounded-lg shadow"><h5 class="mb-2 text-sm font-medium text-gray-500">${title}</h5><p class="text-3xl font-bold text-gray-900">${value}</p><p class="mt-2 text-sm text-gray-500">${note}</p></div>`;
  const content = `<h1 class="mb-2 text-2xl font-semibold text-gray-900">Dash Board</h1>
<p class="mb-6 text-sm text-gray-500">Welcome, ${esc(v.user)} · GSTIN ${esc(v.gstin)}</p>
<div class="grid grid-cols-1 gap-4 mb-6 md:grid-cols-2 lg:grid-cols-4">
  ${card('Generations', '1,284', 'IRNs generated this month')}
  ${card('Cancelled', '17', 'IRNs cancelled this month')}
  ${card('Pending Cancellation', '2', 'Within the 24-hour window')}
  ${card('Bulk Uploads', '6', 'Files processed this month')}
</div>
<div class="relative overflow-x-auto shadow-md sm:rounded-lg">
  <table class="w-full text-sm text-left text-gray-500">
    <caption class="p-5 text-lg font-semibold text-left text-gray-900 bg-white">Recent e-Invoices</caption>
    <thead class="text-xs text-gray-700 uppercase bg-gray-50"><tr><th scope="col" class="px-6 py-3">Document No.</th><th scope="col" class="px-6 py-3">Date</th><th scope="col" class="px-6 py-3">Buyer GSTIN</th><th scope="col" class="px-6 py-3">Status</th></tr></thead>
    <tbody>
      <tr class="bg-white border-b border-gray-200"><th scope="row" class="px-6 py-4 font-medium text-gray-900 whitespace-nowrap">UFT/24-25/1187</th><td class="px-6 py-4">12-03-2025</td><td class="px-6 py-4">29AAACJ4323N1ZC</td><td class="px-6 py-4">Generated</td></tr>
      <tr class="bg-white border-b border-gray-200"><th scope="row" class="px-6 py-4 font-medium text-gray-900 whitespace-nowrap">UFT/24-25/1186</th><td class="px-6 py-4">12-03-2025</td><td class="px-6 py-4">27AAPFU0939F1ZV</td><td class="px-6 py-4">Cancelled</td></tr>
    </tbody>
  </table>
</div>`;
  const contactField = (
    key: string,
    id: string,
    label: string,
    value: string,
    type: string,
    span: string,
  ): string =>
    `<div class="${span}" id="${key}-field"><label for="${id}" data-field-label class="${LABEL}">${label}</label><input type="${type}" id="${id}" value="${esc(value)}" data-validate class="${INPUT}"></div>`;
  const modals = `<div id="contacts-modal" tabindex="-1" aria-hidden="true" data-modal-backdrop="static" data-show-on-load="${v.showPopup ? 'true' : 'false'}" class="hidden overflow-y-auto overflow-x-hidden fixed top-0 right-0 left-0 z-50 justify-center items-center w-full md:inset-0 h-[calc(100%-1rem)] max-h-full">
  <div class="relative p-4 w-full max-w-lg max-h-full">
    <div class="relative bg-white rounded-lg shadow">
      <div class="flex items-center justify-between p-4 md:p-5 border-b rounded-t border-gray-200">
        <h3 class="text-lg font-semibold text-gray-900">Contacts of Technical Person</h3>
        <button type="button" class="text-gray-400 bg-transparent hover:bg-gray-200 hover:text-gray-900 rounded-lg text-sm w-8 h-8 ms-auto inline-flex justify-center items-center" data-modal-hide="contacts-modal">${X_ICON}<span class="sr-only">Close modal</span></button>
      </div>
      <div class="p-4 md:p-5">
        <p class="mb-4 text-sm text-gray-500">Please confirm the technical contact for GSTIN ${esc(v.gstin)}. NIC sends API and technical notices to this person.</p>
        <div id="contacts-alerts"></div>
        <div class="grid gap-4 grid-cols-2">
          ${contactField('techName', 'txtTechName', 'Name', 'Rahul Deshpande', 'text', 'col-span-2')}
          ${contactField('techMobile', 'txtTechMobile', 'Mobile Number', '9822014821', 'tel', 'col-span-2 sm:col-span-1')}
          ${contactField('techEmail', 'txtTechEmail', 'E-mail', 'it.support@uftrading.in', 'email', 'col-span-2 sm:col-span-1')}
        </div>
      </div>
      <div class="flex items-center justify-end p-4 md:p-5 space-x-3 border-t border-gray-200 rounded-b">
        ${spinner('contacts-spinner', 'Saving...')}
        <button id="btnUpdateContact" type="button" data-busy-disable class="${BTN_PRIMARY}">Update</button>
        <button data-modal-hide="contacts-modal" type="button" class="${BTN_RED}">Exit</button>
      </div>
    </div>
  </div>
</div>`;
  return appShell({
    title: 'Dash Board',
    csrf: v.csrf,
    path: '/Home/MainMenu',
    page: 'dashboard',
    user: v.user,
    gstin: v.gstin,
    openGroups: [],
    crumbs: [],
    content,
    modals,
  });
}

function createApiUserPage(v: UserView): string {
  const content = `<div class="max-w-2xl p-6 bg-white border border-gray-200 rounded-lg shadow">
  <h2 class="mb-1 text-xl font-semibold text-gray-900">API Registration</h2>
  <p class="mb-4 text-sm text-gray-500">Create API User · GSTIN <span class="font-medium text-gray-900">${esc(v.gstin)}</span></p>
  <div id="api-otp-alerts"></div>
  <div id="api-otp-panel" class="space-y-4">
    ${spinner('api-otp-spinner', 'Please wait...')}
    <form id="api-otp-form" class="space-y-4" autocomplete="off" novalidate>
      <div id="api-otp-entry" class="hidden space-y-4">
        <p id="api-otp-sent-text" class="text-sm text-gray-700"></p>
        <div id="apiOtp-field">
          <label for="api-code-1" data-field-label class="${LABEL}">Enter OTP</label>
          ${otpBoxes('api-code-', 'apiOtp', false)}
          <p class="mt-2 text-sm text-gray-500">The OTP is valid for 10 minutes.</p>
        </div>
        <div class="flex items-center gap-4">
          <button type="submit" id="btnVerifyOTP" data-busy-disable class="${BTN_PRIMARY}">Verify OTP</button>
          <span class="text-sm text-gray-500">Didn't receive the OTP? <button type="button" id="btnResendApiOtp" data-busy-disable class="font-medium text-blue-600 hover:underline">Resend OTP</button></span>
        </div>
      </div>
    </form>
  </div>
</div>`;
  return appShell({
    title: 'Create API User',
    csrf: v.csrf,
    path: '/ApiReg/CreateApiUser',
    page: 'create-api-user',
    user: v.user,
    gstin: v.gstin,
    openGroups: ['dropdown-api', 'dropdown-user-credentials'],
    crumbs: ['API Registration', 'User Credentials', 'Create API User'],
    content,
  });
}

function registrationRows(list: Registration[]): string {
  return list
    .map(
      (r, i) =>
        `<tr class="bg-white border-b border-gray-200 hover:bg-gray-50"><th scope="row" class="px-6 py-4 font-medium text-gray-900 whitespace-nowrap">${i + 1}</th><td class="px-6 py-4">${esc(r.gsp)}</td><td class="px-6 py-4">${esc(r.username)}</td><td class="px-6 py-4">${esc(r.createdOn)}</td><td class="px-6 py-4"><span class="bg-green-100 text-green-800 text-xs font-medium me-2 px-2.5 py-0.5 rounded">Active</span></td></tr>`,
    )
    .join('');
}

function apiUserFormPage(v: UserView & { registrations: Registration[] }): string {
  const radio = (id: string, value: string, label: string): string =>
    `<div class="flex items-center ps-4 border border-gray-200 rounded"><input id="${id}" type="radio" value="${value}" name="regMode" class="w-4 h-4 text-blue-600 bg-gray-100 border-gray-300 focus:ring-blue-500 focus:ring-2"><label for="${id}" class="w-full py-4 ms-2 text-sm font-medium text-gray-900">${label}</label></div>`;
  const gspItems = GSP_NAMES.map(
    (name, i) =>
      `<li><div class="flex items-center p-2 rounded hover:bg-gray-100"><input id="gsp-radio-${i + 1}" type="radio" value="${esc(name)}" name="gsp" class="w-4 h-4 text-blue-600 bg-gray-100 border-gray-300 focus:ring-blue-500 focus:ring-2"><label for="gsp-radio-${i + 1}" class="w-full ms-2 text-sm font-medium text-gray-900 rounded">${esc(name)}</label></div></li>`,
  ).join('');
  const pwField = (key: string, id: string, label: string, help: string): string =>
    `<div id="${key}-field"><label for="${id}" data-field-label class="${LABEL}">${label}</label><input type="password" id="${id}" maxlength="15" autocomplete="new-password" data-validate class="${INPUT}" placeholder="••••••••">${help ? `<p class="mt-2 text-sm text-gray-500">${help}</p>` : ''}</div>`;
  const content = `<div class="max-w-4xl p-6 bg-white border border-gray-200 rounded-lg shadow">
  <h2 class="mb-1 text-xl font-semibold text-gray-900">API Registration</h2>
  <p class="mb-4 text-sm text-gray-500">Create API User · GSTIN <span class="font-medium text-gray-900">${esc(v.gstin)}</span></p>
  <div id="formAlerts"></div>
  <form id="apiUserForm" class="space-y-6" autocomplete="off" novalidate>
    <div id="regMode-field">
      <h3 class="mb-4 text-sm font-semibold text-gray-900">Do you wish to Register your GSTIN for</h3>
      <div class="grid gap-4 md:grid-cols-2">
        ${radio('regMode-direct', 'DIRECT', 'Directly')}
        ${radio('regMode-gsp', 'GSP', 'Through GSP')}
        ${radio('regMode-erp', 'ERP', 'Through ERP')}
        ${radio('regMode-other', 'OTHER', 'Through Client-Id of other')}
      </div>
    </div>
    <div id="modeInfo"></div>
    <div id="gspSection" class="hidden space-y-6">
      <div id="gsp-field">
        <label for="dropdownSearchButton" data-field-label class="${LABEL}">GSP Name</label>
        <button id="dropdownSearchButton" data-dropdown-toggle="dropdownSearch" data-dropdown-placement="bottom" data-validate class="inline-flex items-center justify-between w-full md:w-96 px-5 py-2.5 text-sm font-medium text-left text-gray-900 bg-gray-50 border border-gray-300 rounded-lg hover:bg-gray-100 focus:ring-4 focus:outline-none focus:ring-blue-300" type="button"><span id="selectedGspText" class="truncate">Select your GSP</span><svg class="w-2.5 h-2.5 ms-3" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 10 6"><path stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="m1 1 4 4 4-4"/></svg></button>
        <div id="dropdownSearch" class="z-10 hidden bg-white rounded-lg shadow w-60">
          <div class="p-3">
            <label for="input-group-search" class="sr-only">Search</label>
            <div class="relative">
              <div class="absolute inset-y-0 start-0 flex items-center ps-3 pointer-events-none"><svg class="w-4 h-4 text-gray-500" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 20 20"><path stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="m19 19-4-4m0-7A7 7 0 1 1 1 8a7 7 0 0 1 14 0Z"/></svg></div>
              <input type="text" id="input-group-search" class="block w-full p-2 ps-10 text-sm text-gray-900 border border-gray-300 rounded-lg bg-gray-50 focus:ring-blue-500 focus:border-blue-500" placeholder="Search GSP">
            </div>
          </div>
          <ul class="h-48 px-3 pb-3 overflow-y-auto text-sm text-gray-700" aria-labelledby="dropdownSearchButton">${gspItems}</ul>
        </div>
        <input type="hidden" id="hdnGspName" name="gspName" value="">
      </div>
      <div id="username-field">
        <label for="txtApiUserName" data-field-label class="${LABEL}">Username</label>
        <div class="flex md:w-96">
          <span class="inline-flex items-center px-3 text-sm text-gray-900 bg-gray-200 border border-e-0 border-gray-300 rounded-s-md">API_</span>
          <input type="text" id="txtApiUserName" maxlength="11" autocomplete="off" data-validate class="rounded-none rounded-e-lg bg-gray-50 border border-gray-300 text-gray-900 focus:ring-blue-500 focus:border-blue-500 block flex-1 min-w-0 w-full text-sm p-2.5" placeholder="username">
        </div>
        <p class="mt-2 text-sm text-gray-500">4 to 11 letters or digits. Your API username will be API_ followed by what you type.</p>
      </div>
      <div class="grid gap-6 md:grid-cols-2">
        ${pwField('password', 'txtApiPassword', 'Password', '8 to 15 characters with an upper-case letter, a lower-case letter, a digit and a special character.')}
        ${pwField('confirmPassword', 'txtApiRePassword', 'Re-enter Password', '')}
      </div>
    </div>
    <div class="flex items-center gap-3">
      <button type="submit" id="btnSubmitApiUser" data-busy-disable class="${BTN_PRIMARY}">Submit</button>
      <a href="/Home/MainMenu" class="${BTN_ALT}">Exit</a>
      ${spinner('submit-spinner', 'Saving...')}
    </div>
  </form>
  <div class="mt-8">
    <h3 class="mb-3 text-lg font-semibold text-gray-900">GSPs registered for this GSTIN</h3>
    <div class="relative overflow-x-auto shadow-md sm:rounded-lg">
      <table id="registeredGsps" class="w-full text-sm text-left text-gray-500">
        <thead class="text-xs text-gray-700 uppercase bg-gray-50"><tr><th scope="col" class="px-6 py-3">Sl. No.</th><th scope="col" class="px-6 py-3">GSP Name</th><th scope="col" class="px-6 py-3">Username</th><th scope="col" class="px-6 py-3">Created On</th><th scope="col" class="px-6 py-3">Status</th></tr></thead>
        <tbody id="registeredGspsBody">${registrationRows(v.registrations)}</tbody>
      </table>
    </div>
  </div>
</div>`;
  const modals = `<div id="popup-modal" tabindex="-1" aria-hidden="true" class="hidden overflow-y-auto overflow-x-hidden fixed top-0 right-0 left-0 z-50 justify-center items-center w-full md:inset-0 h-[calc(100%-1rem)] max-h-full">
  <div class="relative p-4 w-full max-w-md max-h-full">
    <div class="relative bg-white rounded-lg shadow">
      <button type="button" class="absolute top-3 end-2.5 text-gray-400 bg-transparent hover:bg-gray-200 hover:text-gray-900 rounded-lg text-sm w-8 h-8 ms-auto inline-flex justify-center items-center" data-modal-hide="popup-modal">${X_ICON}<span class="sr-only">Close modal</span></button>
      <div class="p-4 md:p-5 text-center">
        <svg class="mx-auto mb-4 text-gray-400 w-12 h-12" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 20 20"><path stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M10 11V6m0 8h.01M19 10a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z"/></svg>
        <h3 class="mb-2 text-lg font-normal text-gray-500">Are you sure you want to register this API user?</h3>
        <p id="confirmDetails" class="mb-5 text-sm font-medium text-gray-900"></p>
        <button id="btnConfirmYes" data-modal-hide="popup-modal" type="button" class="text-white bg-red-600 hover:bg-red-800 focus:ring-4 focus:outline-none focus:ring-red-300 font-medium rounded-lg text-sm inline-flex items-center px-5 py-2.5 text-center">Yes, I'm sure</button>
        <button id="btnConfirmNo" data-modal-hide="popup-modal" type="button" class="py-2.5 px-5 ms-3 text-sm font-medium text-gray-900 focus:outline-none bg-white rounded-lg border border-gray-200 hover:bg-gray-100 hover:text-blue-700 focus:z-10 focus:ring-4 focus:ring-gray-100">No, cancel</button>
      </div>
    </div>
  </div>
</div>`;
  return appShell({
    title: 'Create API User',
    csrf: v.csrf,
    path: '/ApiReg/ApiUserForm',
    page: 'api-user-form',
    user: v.user,
    gstin: v.gstin,
    openGroups: ['dropdown-api', 'dropdown-user-credentials'],
    crumbs: ['API Registration', 'User Credentials', 'Create API User'],
    content,
    modals,
  });
}

function sectionPage(v: UserView & { path: string; info: SectionInfo }): string {
  const content = `<div class="max-w-4xl p-6 bg-white border border-gray-200 rounded-lg shadow">
  <h2 class="mb-4 text-xl font-semibold text-gray-900">${esc(v.info.title)}</h2>
  <div class="p-4 mb-4 text-sm text-blue-800 rounded-lg bg-blue-50" role="alert"><span class="font-medium">No records found.</span> There is nothing to show for GSTIN ${esc(v.gstin)} yet.</div>
  <a href="/Home/MainMenu" class="${BTN_ALT}">Back to Dash Board</a>
</div>`;
  return appShell({
    title: v.info.title,
    csrf: v.csrf,
    path: v.path,
    page: 'section',
    user: v.user,
    gstin: v.gstin,
    openGroups: v.info.groups,
    crumbs: v.info.crumbs,
    content,
  });
}

// ---------------------------------------------------------------------------------------------
// Captcha picture, stylesheet build, and the Express-like server.
// ---------------------------------------------------------------------------------------------

function captchaSvg(text: string): string {
  const rnd = (a: number, b: number): number => a + Math.random() * (b - a);
  const colour = (): string =>
    `rgb(${Math.floor(rnd(40, 160))},${Math.floor(rnd(40, 160))},${Math.floor(rnd(40, 160))})`;
  const parts: string[] = ['<rect width="150" height="50" fill="#eef2f7"/>'];
  for (let i = 0; i < 40; i++) {
    parts.push(
      `<circle cx="${rnd(0, 150).toFixed(1)}" cy="${rnd(0, 50).toFixed(1)}" r="${rnd(0.6, 1.8).toFixed(1)}" fill="${colour()}"/>`,
    );
  }
  for (let i = 0; i < 5; i++) {
    parts.push(
      `<path d="M${rnd(0, 30).toFixed(0)} ${rnd(0, 50).toFixed(0)} Q${rnd(40, 110).toFixed(0)} ${rnd(-10, 60).toFixed(0)} ${rnd(120, 150).toFixed(0)} ${rnd(0, 50).toFixed(0)}" stroke="${colour()}" stroke-width="${rnd(1, 2).toFixed(1)}" fill="none"/>`,
    );
  }
  [...text].forEach((ch, i) => {
    const x = 16 + i * 26 + rnd(-3, 3);
    const y = 34 + rnd(-5, 5);
    parts.push(
      `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rnd(-25, 25).toFixed(0)} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="Courier New, monospace" font-size="${rnd(24, 30).toFixed(0)}" font-weight="700" fill="${colour()}">${esc(ch)}</text>`,
    );
  });
  parts.push(
    `<path d="M0 ${rnd(15, 35).toFixed(0)} C50 ${rnd(0, 50).toFixed(0)} 100 ${rnd(0, 50).toFixed(0)} 150 ${rnd(15, 35).toFixed(0)}" stroke="#64748b" stroke-width="1.2" fill="none"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0 0 150 50">${parts.join('')}</svg>`;
}

let cssCache: string | null = null;

/** Tailwind's content scan: every class in the pages (all their states) and in the scripts. */
function stylesheet(): string {
  if (cssCache) return cssCache;
  const user: UserView = { csrf: 'x', user: 'u', gstin: 'g' };
  const sample: Registration = { gstin: 'g', gsp: 'p', username: 'u', createdOn: 'd' };
  const firstSection = Object.entries(SECTIONS)[0];
  const pages = [
    homePage({ csrf: 'x', open: true, captchaError: 'x', notice: { kind: 'danger', title: 't', text: 't' } }),
    homePage({ csrf: 'x', open: false }),
    loginOtpPage({ csrf: 'x', error: 'x', notice: { kind: 'success', title: 't', text: 't' } }),
    loginOtpPage({ csrf: 'x' }),
    dashboardPage({ ...user, showPopup: true }),
    createApiUserPage(user),
    apiUserFormPage({ ...user, registrations: [sample] }),
    firstSection ? sectionPage({ ...user, path: firstSection[0], info: firstSection[1] }) : '',
  ];
  cssCache = buildCss(
    [...pages, FLOWBITE_JS, APP_JS, Object.values(ALERT_CLASSES).join(' '), INPUT_ERR].join('\n'),
  );
  return cssCache;
}

function stamp(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > 1_000_000) break;
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(text);
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

const field = (body: Record<string, unknown>, key: string): string => {
  const v = body[key];
  return typeof v === 'string' ? v : '';
};

interface Session {
  id: string;
  csrf: string;
  stage: 'anon' | 'otp' | 'in';
  user: string;
  lastSeen: number;
  popupPending: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
}

/** What a handler returns once it has answered. */
type Done = true;

const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const EXPIRED_JSON = {
  ok: false,
  sessionExpired: true,
  message: 'Your session has expired. Please login again.',
  redirect: '/login?expired=1',
};

export async function startFlowbiteR24Rendition(
  options: FlowbiteR24Options = {},
): Promise<FlowbiteR24Rendition> {
  const state: FlowbiteR24State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** The registration made before this server started: listed and refused as a duplicate. */
  const seeded: Registration[] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: 'API_aapfu0939',
      createdOn: '14-08-2023 11:42:17',
    },
  ];
  const registrations = (): Registration[] =>
    [
      ...seeded,
      ...state.users.map(({ gstin, gsp, username, createdOn }) => ({ gstin, gsp, username, createdOn })),
    ].filter((r) => r.gstin === state.gstin);
  const secret = randomBytes(32);
  const sessions = new Map<string, Session>();
  let expiryUsed = false;
  const css = stylesheet();

  const sign = (id: string): string =>
    createHmac('sha256', secret).update(id).digest('base64').replace(/=+$/, '');

  const readSession = (req: IncomingMessage): Session | undefined => {
    const raw = parseCookies(req.headers.cookie)['connect.sid'];
    if (!raw) return undefined;
    let value: string;
    try {
      value = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    const dot = value.lastIndexOf('.');
    if (!value.startsWith('s:') || dot < 3) return undefined;
    const id = value.slice(2, dot);
    const sig = Buffer.from(value.slice(dot + 1));
    const expected = Buffer.from(sign(id));
    if (sig.length !== expected.length || !timingSafeEqual(sig, expected)) return undefined;
    const s = sessions.get(id);
    if (!s) return undefined;
    if (Date.now() - s.lastSeen > SESSION_IDLE_MS) {
      sessions.delete(id);
      return undefined;
    }
    s.lastSeen = Date.now();
    return s;
  };

  const newSession = (res: ServerResponse): Session => {
    const s: Session = {
      id: randomBytes(24).toString('base64url'),
      csrf: randomBytes(18).toString('base64url'),
      stage: 'anon',
      user: '',
      lastSeen: Date.now(),
      popupPending: false,
      apiOtpSent: false,
      apiOtpVerified: false,
    };
    sessions.set(s.id, s);
    res.setHeader(
      'Set-Cookie',
      `connect.sid=${encodeURIComponent(`s:${s.id}.${sign(s.id)}`)}; Path=/; HttpOnly; SameSite=Lax`,
    );
    return s;
  };

  const send = (
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    headers: Record<string, string> = {},
  ): Done => {
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.end(body);
    return true;
  };
  const html = (res: ServerResponse, body: string): Done => send(res, 200, 'text/html; charset=utf-8', body);
  const json = (res: ServerResponse, status: number, body: unknown): Done =>
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
  const redirect = (res: ServerResponse, location: string): Done =>
    send(res, 302, 'text/plain; charset=utf-8', `Found. Redirecting to ${location}`, { Location: location });

  const userView = (s: Session): UserView => ({ csrf: s.csrf, user: s.user, gstin: state.gstin });

  /** The guard of every fetch endpoint: live session (or the one planned expiry), then CSRF. */
  const ajaxSession = (
    req: IncomingMessage,
    res: ServerResponse,
    stage?: FlowbiteR24Expiry,
  ): Session | null => {
    const s = readSession(req);
    if (s && s.stage === 'in' && stage && options.expireOnce === stage && !expiryUsed) {
      expiryUsed = true;
      sessions.delete(s.id);
      state.expired.push(stage);
      json(res, 401, EXPIRED_JSON);
      return null;
    }
    if (s?.stage !== 'in') {
      json(res, 401, EXPIRED_JSON);
      return null;
    }
    if (req.headers['csrf-token'] !== s.csrf) {
      json(res, 403, { ok: false, message: 'invalid csrf token' });
      return null;
    }
    return s;
  };

  const handleGet = (req: IncomingMessage, res: ServerResponse, url: URL): Done => {
    const path = url.pathname;
    switch (path) {
      case '/static/css/app.css':
        return send(res, 200, 'text/css; charset=utf-8', css);
      case '/static/js/flowbite.min.js':
        return send(res, 200, 'application/javascript; charset=utf-8', FLOWBITE_JS);
      case '/static/js/app.js':
        return send(res, 200, 'application/javascript; charset=utf-8', APP_JS);
      case '/favicon.ico':
        return send(res, 204, 'image/x-icon', '');
      case '/get-captcha-image':
        return send(res, 200, 'image/svg+xml', captchaSvg(state.captcha), { 'Cache-Control': 'no-store' });
      case '/': {
        const s = readSession(req) ?? newSession(res);
        return html(res, homePage({ csrf: s.csrf, open: false }));
      }
      case '/login': {
        const s = readSession(req) ?? newSession(res);
        const notice: Notice | undefined =
          url.searchParams.get('expired') === '1'
            ? {
                kind: 'danger',
                title: 'Session expired!',
                text: 'Your session has expired. Please login again.',
              }
            : undefined;
        return html(res, homePage({ csrf: s.csrf, open: true, notice }));
      }
      case '/Home/LoginOtp': {
        const s = readSession(req);
        if (s?.stage !== 'otp') return redirect(res, '/login?expired=1');
        return html(res, loginOtpPage({ csrf: s.csrf }));
      }
    }
    const known =
      path === '/Home/MainMenu' || path === '/ApiReg/CreateApiUser' || path === '/ApiReg/ApiUserForm';
    const section = SECTIONS[path];
    if (!known && !section) return notFound(req, res, path);
    const s = readSession(req);
    if (s?.stage !== 'in') return redirect(res, '/login?expired=1');
    if (path === '/Home/MainMenu') {
      const showPopup = s.popupPending;
      s.popupPending = false;
      return html(res, dashboardPage({ ...userView(s), showPopup }));
    }
    if (path === '/ApiReg/CreateApiUser') {
      s.apiOtpSent = false;
      s.apiOtpVerified = false;
      return html(res, createApiUserPage(userView(s)));
    }
    if (path === '/ApiReg/ApiUserForm') {
      if (!s.apiOtpVerified) return redirect(res, '/ApiReg/CreateApiUser');
      return html(res, apiUserFormPage({ ...userView(s), registrations: registrations() }));
    }
    if (section) return html(res, sectionPage({ ...userView(s), path, info: section }));
    return notFound(req, res, path);
  };

  const notFound = (req: IncomingMessage, res: ServerResponse, path: string): Done =>
    send(
      res,
      404,
      'text/html; charset=utf-8',
      `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot ${esc(req.method ?? 'GET')} ${esc(path)}</pre>\n</body>\n</html>\n`,
    );

  const handlePost = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<Done> => {
    const body = await readBody(req);
    switch (path) {
      case '/Home/Login': {
        const s = readSession(req);
        const username = field(body, 'username').trim();
        if (!s || field(body, '_csrf') !== s.csrf) {
          const fresh = s ?? newSession(res);
          return html(
            res,
            homePage({
              csrf: fresh.csrf,
              open: true,
              username,
              notice: {
                kind: 'danger',
                title: 'Session expired!',
                text: 'The login form had expired. Please try again.',
              },
            }),
          );
        }
        if (field(body, 'captcha').trim().toUpperCase() !== state.captcha.toUpperCase()) {
          state.refusals.push('captcha');
          return html(
            res,
            homePage({
              csrf: s.csrf,
              open: true,
              username,
              captchaError: 'Invalid Captcha. Please enter the characters shown in the image.',
            }),
          );
        }
        if (
          username.toLowerCase() !== FLOWBITE_R24_LOGIN.username.toLowerCase() ||
          field(body, 'password') !== FLOWBITE_R24_LOGIN.password
        ) {
          state.refusals.push('login');
          return html(
            res,
            homePage({
              csrf: s.csrf,
              open: true,
              username,
              notice: {
                kind: 'danger',
                title: 'Invalid Login Credentials.',
                text: 'Please check your username and password.',
              },
            }),
          );
        }
        sessions.delete(s.id); // req.session.regenerate()
        const fresh = newSession(res);
        fresh.stage = 'otp';
        fresh.user = FLOWBITE_R24_LOGIN.username;
        return redirect(res, '/Home/LoginOtp');
      }
      case '/Home/LoginOtp': {
        const s = readSession(req);
        if (s?.stage !== 'otp') return redirect(res, '/login?expired=1');
        if (field(body, '_csrf') !== s.csrf) {
          return html(
            res,
            loginOtpPage({
              csrf: s.csrf,
              notice: { kind: 'danger', title: 'Error!', text: 'The form had expired. Please try again.' },
            }),
          );
        }
        const code = [1, 2, 3, 4, 5, 6].map((n) => field(body, `otp${n}`).trim()).join('');
        if (code !== state.loginOtp) {
          state.refusals.push('login-otp');
          return html(
            res,
            loginOtpPage({ csrf: s.csrf, error: 'Invalid OTP. Please enter the correct OTP.' }),
          );
        }
        s.stage = 'in';
        s.popupPending = true;
        return redirect(res, '/Home/MainMenu');
      }
      case '/Home/ResendLoginOtp': {
        const s = readSession(req);
        if (s?.stage !== 'otp') return redirect(res, '/login?expired=1');
        return html(
          res,
          loginOtpPage({
            csrf: s.csrf,
            notice: {
              kind: 'success',
              title: 'OTP sent.',
              text: `A new OTP has been sent to your registered mobile number ${MOBILE_MASKED}.`,
            },
          }),
        );
      }
      case '/logout': {
        const s = readSession(req);
        if (s) sessions.delete(s.id);
        return redirect(res, '/');
      }
      case '/Home/UpdateTechContact': {
        const s = ajaxSession(req, res);
        if (!s) return true;
        const mobile = field(body, 'mobile').trim();
        const email = field(body, 'email').trim();
        if (
          !field(body, 'name').trim() ||
          !/^[6-9]\d{9}$/.test(mobile) ||
          !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)
        ) {
          return json(res, 200, {
            ok: false,
            message: 'Please enter a valid name, mobile number and e-mail address.',
          });
        }
        return json(res, 200, {
          ok: true,
          message: 'Contact details of the technical person have been updated.',
        });
      }
      case '/ApiReg/SendOtp': {
        const s = ajaxSession(req, res, 'api-otp-send');
        if (!s) return true;
        s.apiOtpSent = true;
        s.apiOtpVerified = false;
        const verb = body.resend === true ? 'resent' : 'sent';
        return json(res, 200, {
          ok: true,
          message: `OTP has been ${verb} to your registered mobile number ${MOBILE_MASKED}.`,
        });
      }
      case '/ApiReg/VerifyOtp': {
        const s = ajaxSession(req, res, 'api-otp-verify');
        if (!s) return true;
        if (!s.apiOtpSent) {
          return json(res, 200, { ok: false, message: 'No OTP has been sent yet. Please click Resend OTP.' });
        }
        if (field(body, 'otp').trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          return json(res, 200, {
            ok: false,
            message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
          });
        }
        s.apiOtpVerified = true;
        return json(res, 200, {
          ok: true,
          message: 'OTP verified successfully.',
          redirect: '/ApiReg/ApiUserForm',
        });
      }
      case '/ApiReg/SaveApiUser':
        return saveApiUser(req, res, body);
    }
    return notFound(req, res, path);
  };

  const saveApiUser = (req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): Done => {
    const s = ajaxSession(req, res, 'submit');
    if (!s) return true;
    if (!s.apiOtpVerified) {
      return json(res, 200, {
        ok: false,
        message: 'Please verify the OTP sent to your registered mobile number first.',
        redirect: '/ApiReg/CreateApiUser',
      });
    }
    const refuse = (fieldName: string, message: string): Done =>
      json(res, 200, { ok: false, field: fieldName, message });
    if (field(body, 'mode') !== 'GSP')
      return refuse('regMode', 'This registration mode is not available for this GSTIN.');
    const gsp = GSP_NAMES.find((n) => n === field(body, 'gsp'));
    if (!gsp) return refuse('gsp', 'Please select your GSP.');
    const typed = field(body, 'username').trim();
    if (!/^[A-Za-z0-9]{4,11}$/.test(typed)) {
      return refuse('username', 'Username must be 4 to 11 letters or digits, typed after the API_ prefix.');
    }
    const password = field(body, 'password');
    if (!PASSWORD_RULE.test(password)) {
      return refuse(
        'password',
        'Password must be 8 to 15 characters with at least one upper-case letter, one lower-case letter, one digit and one special character.',
      );
    }
    if (password !== field(body, 'confirmPassword'))
      return refuse('confirmPassword', 'Passwords do not match.');
    const username = `API_${typed}`;
    const all = registrations();
    if (all.some((r) => r.gsp.toLowerCase() === gsp.toLowerCase())) {
      state.refusals.push('duplicate');
      return refuse(
        'gsp',
        `GSTIN ${state.gstin} is already registered with ${gsp}; a GSP can be registered only once for a GSTIN.`,
      );
    }
    if ([...seeded, ...state.users].some((r) => r.username.toLowerCase() === username.toLowerCase())) {
      state.refusals.push('username-taken');
      return refuse('username', `Username ${username} is already taken. Please choose another username.`);
    }
    state.users.push({ gstin: state.gstin, gsp, username, password, createdOn: stamp(new Date()) });
    return json(res, 200, {
      ok: true,
      message: `API user ${username} has been registered for GSTIN ${state.gstin} through ${gsp}. Note the username and password: you need them for the Authentication API.`,
      toast: `API user ${username} created successfully.`,
      registrations: registrations(),
    });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<Done> => {
    res.setHeader('X-Powered-By', 'Express');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    if (method === 'GET' || method === 'HEAD') return handleGet(req, res, url);
    if (method === 'POST') return handlePost(req, res, url.pathname);
    return notFound(req, res, url.pathname);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal Server Error');
      else res.end();
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
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
