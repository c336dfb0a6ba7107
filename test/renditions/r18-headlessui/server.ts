/**
 * Rendition r18-headlessui: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2022-2025 React 18 + Tailwind CSS 3
 * single-page app on Headless UI 1.7 would draw it (Tailwind UI's application shell). The server sends
 * one Vite-style `index.html` (`<div id="root">`, `/assets/index-<hash>.js` + `.css`) for every page
 * URL; a small hand-written runtime stands in for React (hyperscript vnodes patched into the DOM by
 * slot, `useId()`-style ids `:r0:`, `:r1:`, ... in base 32, batched renders, pushState routing) and
 * for Headless UI (Disclosure, Dialog in a portal, RadioGroup, Combobox, Menu, Transition). The CSS is
 * a Tailwind-style JIT over the client source: every utility class found in it is resolved by a small
 * generator below (preflight + @tailwindcss/forms base included). No library files, no network.
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - URLs: `/` is a landing page (Tailwind UI hero) with a header button "Login" that routes to
 *   `/login`; 2FA at `/login/verify`; `/dashboard` (heading "Dash Board"); Create API User at
 *   `/api-registration/user-credentials/create-api-user`. JSON endpoints under `/api/`.
 * - Login: Tailwind UI "simple card" sign-in: Username, Password, a captcha picture (`<img>` of
 *   `/api/captcha?v=N`, an SVG with noise, refresh icon button) and "Enter Captcha"; button "Login".
 *   Captcha checked first (case-insensitive), then credentials. Refusals: a red form-level alert
 *   (`div.rounded-md.bg-red-50`) plus an 'Error' toast: "Invalid Captcha. Please enter the characters
 *   shown in the image." / "Invalid Login Credentials. Please check your username and password."; the
 *   captcha box is emptied and the picture redrawn. Empty fields: inline red text, no request.
 * - 2FA: one input "Enter OTP" (`#otp`, autocomplete one-time-code), button "Verify OTP", "Resend OTP"
 *   after 30 s. Wrong: inline `p.mt-2.text-sm.text-red-600` "Invalid OTP. Please enter the correct OTP
 *   sent to your registered mobile number." with `aria-invalid`; retries unlimited.
 * - After login: the dashboard fetches `/api/profile/technical-contact` and, once per sign-in, opens the
 *   Headless UI Dialog "Contacts of Technical Person" (Name, Mobile Number, E-mail prefilled; "Update",
 *   "Close", and an X icon button `span.sr-only` "Close"), in `#headlessui-portal-root`, with
 *   `inert` + `aria-hidden` on `#root`, scroll lock, focus guards; Escape or a click outside closes it.
 * - Shell: dark fixed `w-72` sidebar, `nav > ul[role=list]`; groups are Disclosures whose panels are
 *   unmounted when closed (a new panel id on each opening, as `useId()` in a remounted Panel does),
 *   100 ms scale/opacity Transition, rotating chevron. Dash Board; e-Invoice (4 leaves); API
 *   Registration (User Credentials → Create API User, View API Users; IP Whitelisting; Freeze API User;
 *   Change API Password); MIS Reports (2 leaves); User Management. Leaves are `a[href]` routed with
 *   pushState (`aria-current=page`); leaves other than Dash Board and Create API User show an empty
 *   state. Top bar: GSTIN, a Headless UI Menu (Your profile, Sign out).
 * - Create API User: card "API Registration" with "Send OTP" (POST `/api/api-registration/otp/send`),
 *   then "Enter OTP" as six one-digit boxes (auto-advance, Backspace back, paste spreads), "Verify OTP",
 *   "Resend OTP" after 30 s. Wrong OTP: inline red text under the boxes, boxes emptied.
 * - Then "Do you wish to Register your GSTIN for": a RadioGroup of four cards (Directly, Through GSP,
 *   Through ERP, Through Client-Id of other; none chosen at first; `div[role=radio]`, no input). Only
 *   Through GSP shows the fields; others show a blue info alert and no fields. "Select your GSP" is a
 *   Combobox (label without `for`, `aria-labelledby`), 26 names, options rendered only while open,
 *   filtered by "contains", first match active on typing; Enter or a click chooses. "Username" has the
 *   `API_` add-on (3 to 30 letters, digits, `.`, `-`, `_`; a typed leading `API_` is not doubled),
 *   "Password" and "Re-enter Password" (8 to 20 chars, upper, lower, digit, special). "Exit" and "Submit".
 * - Submit opens the Dialog "Create API user?" ("Create" / "Cancel"). During the POST the Submit button
 *   is disabled with an animate-spin svg and "Processing...". Refusals: a red form alert above the form
 *   plus an 'Error' toast: "GSTIN <g> is already registered with <GSP>." (an earlier Tera Software
 *   Limited registration is on file) and "Username API_x is already taken. Please choose a different
 *   username." (API_admin, API_test, API_demo, API_einvoice, or any on file). Success: a green alert
 *   "API user API_x created" replacing the form, a 'Success' toast, and the table "GSPs registered for
 *   GSTIN <g>" gains the row.
 * - Sessions: cookie `einv_sid` (HttpOnly, SameSite=Lax) naming server-side state. A fetch without a live
 *   session gets 401 JSON; the app shows the toast 'Session expired' and 1.5 s later routes (pushState)
 *   to `/login?reason=expired`, whose card shows a yellow alert "Your session has expired. Please sign in
 *   again.". expireOnce deletes the session at the first request of its stage (OTP send, OTP verify,
 *   the Submit POST), which then answers that 401.
 * - Toasts: Tailwind UI "simple notification" in `div[aria-live=assertive]` inside `#root`, 3 s, fade.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type HeadlessuiR18Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface HeadlessuiR18Options {
  expireOnce?: HeadlessuiR18Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface HeadlessuiR18State {
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

export interface HeadlessuiR18Rendition {
  url: string;
  close(): Promise<void>;
  state: HeadlessuiR18State;
}

export const HEADLESSUI_R18_LOGIN: { username: string; password: string } = {
  username: 'uifinops27',
  password: 'Headless#R18',
};

// ---------------------------------------------------------------------------------------------
// A Tailwind CSS 3 subset: preflight, the forms plugin's base, and a JIT over the client source.
// ---------------------------------------------------------------------------------------------

const PALETTE: Record<string, Record<string, string>> = {
  gray: {
    50: '249 250 251',
    100: '243 244 246',
    200: '229 231 235',
    300: '209 213 219',
    400: '156 163 175',
    500: '107 114 128',
    600: '75 85 99',
    700: '55 65 81',
    800: '31 41 55',
    900: '17 24 39',
    950: '3 7 18',
  },
  indigo: {
    50: '238 242 255',
    100: '224 231 255',
    200: '199 210 254',
    300: '165 180 252',
    400: '129 140 248',
    500: '99 102 241',
    600: '79 70 229',
    700: '67 56 202',
    800: '55 48 163',
  },
  red: {
    50: '254 242 242',
    100: '254 226 226',
    300: '252 165 165',
    400: '248 113 113',
    500: '239 68 68',
    600: '220 38 38',
    700: '185 28 28',
    800: '153 27 27',
    900: '127 29 29',
  },
  green: {
    50: '240 253 244',
    100: '220 252 231',
    400: '74 222 128',
    500: '34 197 94',
    600: '22 163 74',
    700: '21 128 61',
    800: '22 101 52',
  },
  yellow: { 50: '254 252 232', 100: '254 249 195', 400: '250 204 21', 700: '161 98 7', 800: '133 77 14' },
  blue: { 50: '239 246 255', 100: '219 234 254', 400: '96 165 250', 700: '29 78 216', 800: '30 64 175' },
};

/** A colour name (`gray-300`, `white`, `gray-900/10`) as `[rgb triplet, alpha or undefined]`. */
function colorOf(name: string): [string, string | undefined] | undefined {
  const [base = '', alpha] = name.split('/');
  const a = alpha === undefined ? undefined : String(Number(alpha) / 100);
  if (base === 'white') return ['255 255 255', a];
  if (base === 'black') return ['0 0 0', a];
  const m = /^([a-z]+)-(\d+)$/.exec(base);
  const rgb = m ? PALETTE[m[1] ?? '']?.[m[2] ?? ''] : undefined;
  return rgb ? [rgb, a] : undefined;
}

function colorDecl(prop: string, opacityVar: string, name: string): string | undefined {
  if (name === 'transparent') return `${prop}:transparent`;
  if (name === 'current') return `${prop}:currentColor`;
  const c = colorOf(name);
  if (!c) return undefined;
  if (c[1] !== undefined) return `${prop}:rgb(${c[0]} / ${c[1]})`;
  return `${opacityVar}:1;${prop}:rgb(${c[0]} / var(${opacityVar}))`;
}

function spacing(v: string): string | undefined {
  if (v === '0') return '0px';
  if (v === 'px') return '1px';
  if (/^\d+(\.5)?$/.test(v)) return `${Number(v) / 4}rem`;
  if (/^\d+\/\d+$/.test(v)) {
    const [a, b] = v.split('/').map(Number);
    return `${((a ?? 0) / (b ?? 1)) * 100}%`;
  }
  if (v === 'full') return '100%';
  if (v === 'auto') return 'auto';
  const arbitrary = /^\[(.+)\]$/.exec(v);
  return arbitrary?.[1];
}

const TRANSFORM =
  'transform:translate(var(--tw-translate-x),var(--tw-translate-y)) rotate(var(--tw-rotate)) skewX(var(--tw-skew-x)) skewY(var(--tw-skew-y)) scaleX(var(--tw-scale-x)) scaleY(var(--tw-scale-y))';
const BETWEEN = ' > :not([hidden]) ~ :not([hidden])';
const SIDES: Record<string, string[]> = {
  '': [''],
  x: ['-left', '-right'],
  y: ['-top', '-bottom'],
  t: ['-top'],
  r: ['-right'],
  b: ['-bottom'],
  l: ['-left'],
};
const FONT_SIZE: Record<string, string> = {
  xs: '0.75rem;line-height:1rem',
  sm: '0.875rem;line-height:1.25rem',
  base: '1rem;line-height:1.5rem',
  lg: '1.125rem;line-height:1.75rem',
  xl: '1.25rem;line-height:1.75rem',
  '2xl': '1.5rem;line-height:2rem',
  '3xl': '1.875rem;line-height:2.25rem',
  '4xl': '2.25rem;line-height:2.5rem',
  '6xl': '3.75rem;line-height:1',
};
const MAX_W: Record<string, string> = {
  xs: '20rem',
  sm: '24rem',
  md: '28rem',
  lg: '32rem',
  xl: '36rem',
  '2xl': '42rem',
  '3xl': '48rem',
  '4xl': '56rem',
  '5xl': '64rem',
  '7xl': '80rem',
  full: '100%',
  none: 'none',
};
const SHADOW: Record<string, string> = {
  sm: '0 1px 2px 0 rgb(0 0 0 / 0.05)',
  '': '0 1px 3px 0 rgb(0 0 0 / 0.1), 0 1px 2px -1px rgb(0 0 0 / 0.1)',
  md: '0 4px 6px -1px rgb(0 0 0 / 0.1), 0 2px 4px -2px rgb(0 0 0 / 0.1)',
  lg: '0 10px 15px -3px rgb(0 0 0 / 0.1), 0 4px 6px -4px rgb(0 0 0 / 0.1)',
  xl: '0 20px 25px -5px rgb(0 0 0 / 0.1), 0 8px 10px -6px rgb(0 0 0 / 0.1)',
};
const ROUNDED: Record<string, string> = {
  none: '0px',
  sm: '0.125rem',
  '': '0.25rem',
  md: '0.375rem',
  lg: '0.5rem',
  xl: '0.75rem',
  '2xl': '1rem',
  full: '9999px',
};
const EASE: Record<string, string> = {
  linear: 'linear',
  in: 'cubic-bezier(0.4, 0, 1, 1)',
  out: 'cubic-bezier(0, 0, 0.2, 1)',
  'in-out': 'cubic-bezier(0.4, 0, 0.2, 1)',
};
const TRANSITION: Record<string, string> = {
  '': 'color, background-color, border-color, text-decoration-color, fill, stroke, opacity, box-shadow, transform, filter, backdrop-filter',
  all: 'all',
  colors: 'color, background-color, border-color, text-decoration-color, fill, stroke',
  opacity: 'opacity',
  transform: 'transform',
};

type Decl = string | [string, string] | undefined;
/** Rules in Tailwind's emission order: a class's rank is the index of the rule that resolves it. */
const RULES: [RegExp, (m: RegExpExecArray) => Decl][] = [
  [
    /^sr-only$/,
    () =>
      'position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border-width:0',
  ],
  [/^pointer-events-(none|auto)$/, (m) => `pointer-events:${m[1]}`],
  [/^(visible|invisible)$/, (m) => `visibility:${m[1] === 'visible' ? 'visible' : 'hidden'}`],
  [/^(static|fixed|absolute|relative|sticky)$/, (m) => `position:${m[1]}`],
  [
    /^(-?)inset-(x-|y-)?(.+)$/,
    (m) => {
      const v = spacing(m[3] ?? '');
      if (!v) return undefined;
      const val = m[1] ? `-${v}` : v;
      if (m[2] === 'x-') return `left:${val};right:${val}`;
      if (m[2] === 'y-') return `top:${val};bottom:${val}`;
      return `inset:${val}`;
    },
  ],
  [
    /^(-?)(top|right|bottom|left)-(.+)$/,
    (m) => {
      const v = spacing(m[3] ?? '');
      return v ? `${m[2]}:${m[1] ? `-${v}` : v}` : undefined;
    },
  ],
  [/^isolate$/, () => 'isolation:isolate'],
  [/^z-(\d+)$/, (m) => `z-index:${m[1]}`],
  [
    /^col-span-(\d+|full)$/,
    (m) => (m[1] === 'full' ? 'grid-column:1 / -1' : `grid-column:span ${m[1]} / span ${m[1]}`),
  ],
  [
    /^(-?)m([xytrbl]?)-(.+)$/,
    (m) => {
      const v = spacing(m[3] ?? '');
      const sides = SIDES[m[2] ?? ''];
      if (!v || !sides) return undefined;
      return sides.map((s) => `margin${s}:${m[1] ? `-${v}` : v}`).join(';');
    },
  ],
  [
    /^(block|inline-block|inline|flex|inline-flex|table|flow-root|grid|hidden|contents)$/,
    (m) => `display:${m[1] === 'hidden' ? 'none' : m[1]}`,
  ],
  [
    /^(min-h|max-h|h)-(.+)$/,
    (m) => {
      const prop = m[1] === 'h' ? 'height' : m[1] === 'min-h' ? 'min-height' : 'max-height';
      const v = m[2] === 'screen' ? '100vh' : spacing(m[2] ?? '');
      return v ? `${prop}:${v}` : undefined;
    },
  ],
  [
    /^(min-w|max-w|w)-(.+)$/,
    (m) => {
      if (m[1] === 'max-w') return MAX_W[m[2] ?? ''] ? `max-width:${MAX_W[m[2] ?? '']}` : undefined;
      const prop = m[1] === 'w' ? 'width' : 'min-width';
      const v = m[2] === 'screen' ? '100vw' : spacing(m[2] ?? '');
      return v ? `${prop}:${v}` : undefined;
    },
  ],
  [/^flex-(1|auto|none)$/, (m) => `flex:${{ 1: '1 1 0%', auto: '1 1 auto', none: 'none' }[m[1] ?? '1']}`],
  [/^(flex-shrink-0|shrink-0)$/, () => 'flex-shrink:0'],
  [/^(flex-grow|grow)$/, () => 'flex-grow:1'],
  [/^origin-top-right$/, () => 'transform-origin:top right'],
  [
    /^(-?)translate-(x|y)-(.+)$/,
    (m) => {
      const v = spacing(m[3] ?? '');
      return v ? `--tw-translate-${m[2]}:${m[1] ? `-${v}` : v};${TRANSFORM}` : undefined;
    },
  ],
  [/^rotate-(\d+)$/, (m) => `--tw-rotate:${m[1]}deg;${TRANSFORM}`],
  [
    /^scale-(\d+)$/,
    (m) => `--tw-scale-x:${Number(m[1]) / 100};--tw-scale-y:${Number(m[1]) / 100};${TRANSFORM}`,
  ],
  [/^transform$/, () => TRANSFORM],
  [/^animate-spin$/, () => 'animation:spin 1s linear infinite'],
  [/^cursor-(pointer|default|not-allowed)$/, (m) => `cursor:${m[1]}`],
  [/^select-none$/, () => 'user-select:none'],
  [/^list-(disc|none)$/, (m) => `list-style-type:${m[1]}`],
  [/^grid-cols-(\d+)$/, (m) => `grid-template-columns:repeat(${m[1]}, minmax(0, 1fr))`],
  [/^flex-(row|col|row-reverse)$/, (m) => `flex-direction:${m[1] === 'col' ? 'column' : m[1]}`],
  [/^flex-wrap$/, () => 'flex-wrap:wrap'],
  [
    /^items-(start|end|center|baseline)$/,
    (m) => `align-items:${/start|end/.test(m[1] ?? '') ? `flex-${m[1]}` : m[1]}`,
  ],
  [
    /^justify-(start|end|center|between)$/,
    (m) =>
      `justify-content:${m[1] === 'between' ? 'space-between' : /start|end/.test(m[1] ?? '') ? `flex-${m[1]}` : m[1]}`,
  ],
  [
    /^gap-(x-|y-)?(.+)$/,
    (m) => {
      const v = spacing(m[2] ?? '');
      if (!v) return undefined;
      return m[1] === 'x-' ? `column-gap:${v}` : m[1] === 'y-' ? `row-gap:${v}` : `gap:${v}`;
    },
  ],
  [
    /^space-(x|y)-(.+)$/,
    (m) => {
      const v = spacing(m[2] ?? '');
      return v ? [m[1] === 'y' ? `margin-top:${v}` : `margin-left:${v}`, BETWEEN] : undefined;
    },
  ],
  [/^divide-y$/, () => ['border-top-width:1px;border-bottom-width:0px', BETWEEN]],
  [
    /^divide-(.+)$/,
    (m) => {
      const d = colorDecl('border-color', '--tw-divide-opacity', m[1] ?? '');
      return d ? [d, BETWEEN] : undefined;
    },
  ],
  [/^self-center$/, () => 'align-self:center'],
  [/^overflow-(x-|y-)?(hidden|auto)$/, (m) => `overflow${m[1] ? `-${m[1][0]}` : ''}:${m[2]}`],
  [/^truncate$/, () => 'overflow:hidden;text-overflow:ellipsis;white-space:nowrap'],
  [/^whitespace-nowrap$/, () => 'white-space:nowrap'],
  [
    /^rounded(-[trbl])?(?:-(none|sm|md|lg|xl|2xl|full))?$/,
    (m) => {
      const v = ROUNDED[m[2] ?? ''];
      const side = m[1]?.slice(1);
      if (!side) return `border-radius:${v}`;
      const corners: Record<string, string[]> = {
        t: ['top-left', 'top-right'],
        r: ['top-right', 'bottom-right'],
        b: ['bottom-right', 'bottom-left'],
        l: ['top-left', 'bottom-left'],
      };
      return (corners[side] ?? []).map((c) => `border-${c}-radius:${v}`).join(';');
    },
  ],
  [
    /^border(-[xytrbl])?(?:-(0|2|4))?$/,
    (m) => {
      const sides = SIDES[m[1]?.slice(1) ?? ''] ?? [''];
      return sides.map((s) => `border${s}-width:${m[2] ?? '1'}px`).join(';');
    },
  ],
  [/^border-dashed$/, () => 'border-style:dashed'],
  [/^border-(.+)$/, (m) => colorDecl('border-color', '--tw-border-opacity', m[1] ?? '')],
  [/^bg-(.+)$/, (m) => colorDecl('background-color', '--tw-bg-opacity', m[1] ?? '')],
  [/^bg-opacity-(\d+)$/, (m) => `--tw-bg-opacity:${Number(m[1]) / 100}`],
  [
    /^p([xytrbl]?)-(.+)$/,
    (m) => {
      const v = spacing(m[2] ?? '');
      const sides = SIDES[m[1] ?? ''];
      if (!v || !sides) return undefined;
      return sides.map((s) => `padding${s}:${v}`).join(';');
    },
  ],
  [/^text-(left|center|right)$/, (m) => `text-align:${m[1]}`],
  [/^align-middle$/, () => 'vertical-align:middle'],
  [/^text-(xs|sm|base|lg|xl|2xl|3xl|4xl|6xl)$/, (m) => `font-size:${FONT_SIZE[m[1] ?? 'base']}`],
  [
    /^font-(normal|medium|semibold|bold)$/,
    (m) => `font-weight:${{ normal: 400, medium: 500, semibold: 600, bold: 700 }[m[1] ?? 'normal']}`,
  ],
  [/^uppercase$/, () => 'text-transform:uppercase'],
  [/^tabular-nums$/, () => 'font-variant-numeric:tabular-nums'],
  [
    /^leading-(.+)$/,
    (m) => {
      const named: Record<string, string> = { none: '1', tight: '1.25', normal: '1.5', relaxed: '1.625' };
      const v = named[m[1] ?? ''] ?? spacing(m[1] ?? '');
      return v ? `line-height:${v}` : undefined;
    },
  ],
  [/^tracking-(tight|wide)$/, (m) => `letter-spacing:${m[1] === 'tight' ? '-0.025em' : '0.025em'}`],
  [/^text-(.+)$/, (m) => colorDecl('color', '--tw-text-opacity', m[1] ?? '')],
  [/^underline$/, () => 'text-decoration-line:underline'],
  [/^opacity-(\d+)$/, (m) => `opacity:${Number(m[1]) / 100}`],
  [
    /^shadow(?:-(sm|md|lg|xl))?$/,
    (m) =>
      `--tw-shadow:${SHADOW[m[1] ?? '']};box-shadow:var(--tw-ring-offset-shadow, 0 0 #0000), var(--tw-ring-shadow, 0 0 #0000), var(--tw-shadow)`,
  ],
  [/^outline-none$/, () => 'outline:2px solid transparent;outline-offset:2px'],
  [/^outline$/, () => 'outline-style:solid'],
  [/^outline-(\d)$/, (m) => `outline-width:${m[1]}px`],
  [/^outline-offset-(\d)$/, (m) => `outline-offset:${m[1]}px`],
  [/^outline-(.+)$/, (m) => colorDecl('outline-color', '--tw-outline-opacity', m[1] ?? '')],
  [
    /^ring(?:-(0|1|2))?$/,
    (m) =>
      `--tw-ring-offset-shadow:var(--tw-ring-inset) 0 0 0 var(--tw-ring-offset-width) var(--tw-ring-offset-color);--tw-ring-shadow:var(--tw-ring-inset) 0 0 0 calc(${m[1] ?? '3'}px + var(--tw-ring-offset-width)) var(--tw-ring-color);box-shadow:var(--tw-ring-offset-shadow), var(--tw-ring-shadow), var(--tw-shadow, 0 0 #0000)`,
  ],
  [/^ring-inset$/, () => '--tw-ring-inset:inset'],
  [/^ring-offset-(\d)$/, (m) => `--tw-ring-offset-width:${m[1]}px`],
  [
    /^ring-(.+)$/,
    (m) => {
      const c = colorOf(m[1] ?? '');
      if (!c) return undefined;
      return c[1] !== undefined
        ? `--tw-ring-color:rgb(${c[0]} / ${c[1]})`
        : `--tw-ring-opacity:1;--tw-ring-color:rgb(${c[0]} / var(--tw-ring-opacity))`;
    },
  ],
  [/^ring-opacity-(\d+)$/, (m) => `--tw-ring-opacity:${Number(m[1]) / 100}`],
  [
    /^transition(?:-(all|colors|opacity|transform))?$/,
    (m) =>
      `transition-property:${TRANSITION[m[1] ?? '']};transition-timing-function:cubic-bezier(0.4, 0, 0.2, 1);transition-duration:150ms`,
  ],
  [/^duration-(\d+)$/, (m) => `transition-duration:${m[1]}ms`],
  [/^ease-(linear|in|out|in-out)$/, (m) => `transition-timing-function:${EASE[m[1] ?? 'linear']}`],
];

const PSEUDO: Record<string, string> = {
  hover: ':hover',
  focus: ':focus',
  'focus-visible': ':focus-visible',
  'focus-within': ':focus-within',
  disabled: ':disabled',
};
const MEDIA: Record<string, number> = { sm: 640, md: 768, lg: 1024, xl: 1280 };

const PREFLIGHT = `*,::before,::after{box-sizing:border-box;border-width:0;border-style:solid;border-color:#e5e7eb}
::before,::after{--tw-content:''}
html{line-height:1.5;-webkit-text-size-adjust:100%;tab-size:4;font-family:ui-sans-serif, system-ui, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";font-feature-settings:normal}
body{margin:0;line-height:inherit}
h1,h2,h3,h4,h5,h6{font-size:inherit;font-weight:inherit}
a{color:inherit;text-decoration:inherit}
b,strong{font-weight:bolder}
table{text-indent:0;border-color:inherit;border-collapse:collapse}
button,input,optgroup,select,textarea{font-family:inherit;font-feature-settings:inherit;font-size:100%;font-weight:inherit;line-height:inherit;color:inherit;margin:0;padding:0}
button,select{text-transform:none}
button,[type='button'],[type='reset'],[type='submit']{-webkit-appearance:button;background-color:transparent;background-image:none}
:-moz-focusring{outline:auto}
blockquote,dl,dd,h1,h2,h3,h4,h5,h6,hr,figure,p,pre{margin:0}
ol,ul,menu{list-style:none;margin:0;padding:0}
input::placeholder,textarea::placeholder{opacity:1;color:#9ca3af}
button,[role="button"]{cursor:pointer}
:disabled{cursor:default}
img,svg,video,canvas,audio,iframe,embed,object{display:block;vertical-align:middle}
img,video{max-width:100%;height:auto}
[hidden]{display:none}
*,::before,::after{--tw-translate-x:0;--tw-translate-y:0;--tw-rotate:0;--tw-skew-x:0;--tw-skew-y:0;--tw-scale-x:1;--tw-scale-y:1;--tw-ring-inset: ;--tw-ring-offset-width:0px;--tw-ring-offset-color:#fff;--tw-ring-color:rgb(59 130 246 / 0.5);--tw-ring-offset-shadow:0 0 #0000;--tw-ring-shadow:0 0 #0000;--tw-shadow:0 0 #0000}
[type='text'],input:where(:not([type])),[type='email'],[type='password'],[type='tel'],[type='number'],[type='search'],textarea,select{-webkit-appearance:none;appearance:none;background-color:#fff;border-color:#6b7280;border-width:1px;border-radius:0px;padding:0.5rem 0.75rem;font-size:1rem;line-height:1.5rem;--tw-shadow:0 0 #0000}
[type='text']:focus,input:where(:not([type])):focus,[type='email']:focus,[type='password']:focus,[type='tel']:focus,[type='number']:focus,[type='search']:focus,textarea:focus,select:focus{outline:2px solid transparent;outline-offset:2px;--tw-ring-inset:var(--tw-empty,/*!*/ /*!*/);--tw-ring-offset-width:0px;--tw-ring-offset-color:#fff;--tw-ring-color:#2563eb;--tw-ring-offset-shadow:var(--tw-ring-inset) 0 0 0 var(--tw-ring-offset-width) var(--tw-ring-offset-color);--tw-ring-shadow:var(--tw-ring-inset) 0 0 0 calc(1px + var(--tw-ring-offset-width)) var(--tw-ring-color);box-shadow:var(--tw-ring-offset-shadow), var(--tw-ring-shadow), var(--tw-shadow);border-color:#2563eb}
@keyframes spin{to{transform:rotate(360deg)}}
`;

const escapeClass = (name: string): string => name.replace(/[^a-zA-Z0-9_-]/g, (ch) => `\\${ch}`);

/** What Tailwind's JIT would emit for the classes found in `source`. */
function tailwindCss(source: string): string {
  const rules: { media: number; rank: number; seq: number; text: string }[] = [];
  const seen = new Set<string>();
  for (const token of source.split(/[\s'"`,;(){}+=<>!?]+/)) {
    if (!token || seen.has(token) || !/^[-a-z0-9]/.test(token)) continue;
    seen.add(token);
    const parts = token.split(':');
    const utility = parts.pop() ?? '';
    let media = 0;
    let pseudo = '';
    let placeholder = false;
    let ok = true;
    for (const variant of parts) {
      if (MEDIA[variant]) media = MEDIA[variant] ?? 0;
      else if (PSEUDO[variant]) pseudo += PSEUDO[variant];
      else if (variant === 'placeholder') placeholder = true;
      else ok = false;
    }
    if (!ok) continue;
    let rank = -1;
    let decl: Decl;
    for (const [i, [re, resolve]] of RULES.entries()) {
      const match = re.exec(utility);
      decl = match ? resolve(match) : undefined;
      if (decl) {
        rank = i;
        break;
      }
    }
    if (!decl) continue;
    const [body, suffix] = typeof decl === 'string' ? [decl, ''] : decl;
    const selector = `.${escapeClass(token)}${pseudo}${placeholder ? '::placeholder' : ''}${suffix}`;
    rules.push({ media, rank, seq: rules.length, text: `${selector}{${body}}` });
  }
  rules.sort((a, b) => a.media - b.media || a.rank - b.rank || a.seq - b.seq);
  let css = PREFLIGHT;
  let open = 0;
  for (const r of rules) {
    if (r.media !== open) {
      if (open) css += '}\n';
      if (r.media) css += `@media (min-width: ${r.media}px){\n`;
      open = r.media;
    }
    css += `${r.text}\n`;
  }
  if (open) css += '}\n';
  return css;
}

/** The runtime: vnodes patched by slot (a stand-in for react-dom), ids, batching, Transition, portal. */
const CLIENT_RUNTIME = `
let RID = 0;
const useId = () => ':r' + (RID++).toString(32) + ':';
const SVGNS = 'http://www.w3.org/2000/svg';
function h(t, p, ...k) { const kids = []; flat(kids, k); return { t, p: p || {}, k: kids }; }
function flat(out, k) {
  for (const c of k) {
    if (Array.isArray(c)) flat(out, c);
    else out.push(c == null || c === false || c === true ? null : typeof c === 'object' ? c : String(c));
  }
}
const cx = (...a) => a.filter(Boolean).join(' ');
let mountQ = [];
let effects = [];
function setProp(el, key, v, svg) {
  if (key === 'ref' || key === 'key') return;
  if (key.length > 2 && key[0] === 'o' && key[1] === 'n') {
    const type = key.slice(2).toLowerCase();
    const map = el.__on || (el.__on = {});
    if (!(type in map)) el.addEventListener(type, dispatch);
    map[type] = v || null;
    return;
  }
  if (!svg && key === 'value') { const s = v == null ? '' : String(v); if (el.value !== s) el.value = s; return; }
  if (!svg && key === 'checked') { el.checked = !!v; return; }
  if (v == null || v === false) el.removeAttribute(key);
  else el.setAttribute(key, v === true ? '' : String(v));
}
function dispatch(e) { const f = this.__on && this.__on[e.type]; if (f) f(e); }
function setProps(el, o, n, svg) {
  for (const key in o) if (!(key in n)) setProp(el, key, null, svg);
  for (const key in n) if (o[key] !== n[key] || key === 'value') setProp(el, key, n[key], svg);
}
function create(v, svg) {
  if (typeof v === 'string') return document.createTextNode(v);
  svg = svg || v.t === 'svg';
  const el = svg ? document.createElementNS(SVGNS, v.t) : document.createElement(v.t);
  setProps(el, {}, v.p, svg);
  el.__k = [];
  for (const c of v.k) { const n = c == null ? null : create(c, svg); el.__k.push(n); if (n) el.appendChild(n); }
  el.__v = v;
  if (v.p.ref) mountQ.push([v.p.ref, el]);
  return el;
}
function patch(node, v, svg) {
  if (typeof v === 'string') {
    if (node.nodeType === 3) { if (node.nodeValue !== v) node.nodeValue = v; return node; }
    const n = document.createTextNode(v); node.replaceWith(n); return n;
  }
  const o = node.__v;
  if (!o || o.t !== v.t || o.p.key !== v.p.key) { const n = create(v, svg); node.replaceWith(n); return n; }
  svg = svg || v.t === 'svg';
  setProps(node, o.p, v.p, svg);
  patchKids(node, v.k, svg);
  node.__v = v;
  return node;
}
function patchKids(el, ks, svg) {
  const old = el.__k || [];
  const next = [];
  const n = Math.max(old.length, ks.length);
  for (let i = 0; i < n; i++) {
    const o = old[i] || null;
    const v = i < ks.length ? ks[i] : null;
    if (v == null) { if (o) o.remove(); if (i < ks.length) next.push(null); continue; }
    if (!o) {
      let ref = null;
      for (let j = i + 1; j < old.length; j++) if (old[j] && old[j].parentNode === el) { ref = old[j]; break; }
      const c = create(v, svg); el.insertBefore(c, ref); next.push(c); continue;
    }
    next.push(patch(o, v, svg));
  }
  el.__k = next;
}

// ---- state, batching (React 18 automatic batching), effects ----
const S = { me: undefined, path: location.pathname, query: new URLSearchParams(location.search), toasts: [], dialog: null, nav: null, menu: null };
let queued = false;
let rootEl = null;
function schedule() { if (!queued) { queued = true; queueMicrotask(flush); } }
function after(f) { effects.push(f); schedule(); }
function flush() {
  queued = false;
  if (!rootEl) return;
  patchKids(rootEl, [App(), Notifications()], false);
  renderPortal(Dialogs());
  const q = mountQ; mountQ = [];
  for (const [f, el] of q) f(el);
  const fx = effects; effects = [];
  for (const f of fx) f();
  syncModal();
}

// ---- Transition (Headless UI 1.7: enter + enterFrom, next frame enterTo, then enterTo stays) ----
const TR = {};
function raf2(f) {
  let done = false;
  const go = () => { if (!done) { done = true; f(); } };
  requestAnimationFrame(() => requestAnimationFrame(go));
  setTimeout(go, 50);
}
function transition(key, show, spec) {
  let s = TR[key];
  if (!s) s = TR[key] = { st: show && !spec.appear ? 'idle' : 'hidden', g: 0, entered: false };
  if (show && (s.st === 'hidden' || s.st === 'leaveFrom' || s.st === 'leaveTo')) {
    s.st = 'enterFrom';
    const g = ++s.g;
    raf2(() => {
      if (s.g !== g) return;
      s.st = 'enterTo'; schedule();
      setTimeout(() => { if (s.g === g) { s.st = 'idle'; s.entered = true; schedule(); } }, spec.enterMs);
    });
  } else if (!show && (s.st === 'enterFrom' || s.st === 'enterTo' || s.st === 'idle')) {
    s.st = 'leaveFrom';
    const g = ++s.g;
    raf2(() => {
      if (s.g !== g) return;
      s.st = 'leaveTo'; schedule();
      setTimeout(() => { if (s.g === g) { s.st = 'hidden'; s.entered = false; schedule(); } }, spec.leaveMs);
    });
  }
  switch (s.st) {
    case 'hidden': return null;
    case 'idle': return s.entered ? spec.enterTo : '';
    case 'enterFrom': return spec.enter + ' ' + spec.enterFrom;
    case 'enterTo': return spec.enter + ' ' + spec.enterTo;
    case 'leaveFrom': return spec.leave + ' ' + spec.leaveFrom;
    default: return spec.leave + ' ' + spec.leaveTo;
  }
}

// ---- Portal + Dialog (inert others, scroll lock, focus trap, outside click) ----
let portalRoot = null;
function renderPortal(vs) {
  const kids = vs ? [].concat(vs) : [];
  if (kids.some(Boolean)) {
    if (!portalRoot) {
      portalRoot = document.createElement('div');
      portalRoot.id = 'headlessui-portal-root';
      const inner = document.createElement('div');
      inner.setAttribute('data-headlessui-portal', '');
      inner.__k = [];
      portalRoot.appendChild(inner);
      document.body.appendChild(portalRoot);
    }
    patchKids(portalRoot.firstChild, kids, false);
  } else if (portalRoot) { portalRoot.remove(); portalRoot = null; }
}
let modalOn = false;
let lastFocus = null;
let DN = 0;
function syncModal() {
  const on = !!(S.dialog && S.dialog.open);
  if (on === modalOn) return;
  modalOn = on;
  for (const el of Array.from(document.body.children)) {
    if (el === portalRoot || el.tagName === 'SCRIPT') continue;
    if (on) { el.setAttribute('aria-hidden', 'true'); el.setAttribute('inert', ''); }
    else { el.removeAttribute('aria-hidden'); el.removeAttribute('inert'); }
  }
  const de = document.documentElement;
  if (on) { const w = window.innerWidth - de.clientWidth; de.style.overflow = 'hidden'; de.style.paddingRight = w + 'px'; }
  else { de.style.overflow = ''; de.style.paddingRight = ''; }
}
const FOCUSABLE = 'button:not([disabled]):not([data-headlessui-focus-guard]),[href],input:not([disabled]),select,textarea,[tabindex]:not([tabindex="-1"])';
const focusables = (el) => Array.from(el.querySelectorAll(FOCUSABLE)).filter((x) => x.offsetParent !== null || x === document.activeElement);
function openDialog(d) {
  d.open = true;
  d.n = ++DN;
  d.ids = { dialog: 'headlessui-dialog-' + useId(), panel: 'headlessui-dialog-panel-' + useId(), title: 'headlessui-dialog-title-' + useId() };
  lastFocus = document.activeElement;
  S.dialog = d;
  after(() => {
    const panel = document.getElementById(d.ids.panel);
    const first = panel && focusables(panel)[0];
    if (first) first.focus();
  });
}
function closeDialog() {
  const d = S.dialog;
  if (!d || !d.open) return;
  d.open = false;
  const lf = lastFocus;
  lastFocus = null;
  after(() => { if (lf && lf.isConnected && lf.focus) lf.focus(); });
}
const DIALOG_FADE = { appear: true, enter: 'ease-out duration-300', enterFrom: 'opacity-0', enterTo: 'opacity-100', leave: 'ease-in duration-200', leaveFrom: 'opacity-100', leaveTo: 'opacity-0', enterMs: 300, leaveMs: 200 };
const DIALOG_POP = Object.assign({}, DIALOG_FADE, {
  enterFrom: 'opacity-0 translate-y-4 sm:translate-y-0 sm:scale-95', enterTo: 'opacity-100 translate-y-0 sm:scale-100',
  leaveFrom: 'opacity-100 translate-y-0 sm:scale-100', leaveTo: 'opacity-0 translate-y-4 sm:translate-y-0 sm:scale-95',
});
const GUARD_STYLE = 'position: fixed; top: 1px; left: 1px; width: 1px; height: 0px; padding: 0px; margin: -1px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); white-space: nowrap; border-width: 0px;';
function guard(d, last) {
  return h('button', { type: 'button', 'data-headlessui-focus-guard': 'true', 'aria-hidden': 'true', style: GUARD_STYLE, onFocus: () => {
    const panel = document.getElementById(d.ids.panel);
    const all = panel ? focusables(panel) : [];
    const f = last ? all[0] : all[all.length - 1];
    if (f) f.focus();
  } });
}
function Dialogs() {
  const d = S.dialog;
  if (!d) return null;
  const bd = transition('dialog-backdrop' + d.n, d.open, DIALOG_FADE);
  const pn = transition('dialog-panel' + d.n, d.open, DIALOG_POP);
  if (bd == null && pn == null) {
    if (!d.open) after(() => { if (S.dialog === d) { S.dialog = null; schedule(); } });
    return null;
  }
  const state = d.open ? 'open' : '';
  return [
    guard(d, false),
    h('div', { key: 'dialog' + d.n, class: 'relative z-10', id: d.ids.dialog, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': d.ids.title, 'data-headlessui-state': state },
      h('div', { class: cx('fixed inset-0 bg-gray-500 bg-opacity-75 transition-opacity', bd) }),
      h('div', { class: 'fixed inset-0 z-10 w-screen overflow-y-auto' },
        h('div', { class: 'flex min-h-full items-end justify-center p-4 text-center sm:items-center sm:p-0' },
          h('div', { id: d.ids.panel, 'data-headlessui-state': state, class: cx('relative transform overflow-hidden rounded-lg bg-white px-4 pb-4 pt-5 text-left shadow-xl transition-all sm:my-8 sm:w-full sm:max-w-lg sm:p-6', pn) },
            d.render(d))))),
    guard(d, true),
  ];
}

// ---- global listeners: outside clicks (Dialog, Menu, Combobox), Escape, Tab trap ----
let downTarget = null;
const outsideHandlers = [];
document.addEventListener('mousedown', (e) => {
  downTarget = e.target;
  for (const f of outsideHandlers) f(e.target);
}, true);
document.addEventListener('click', (e) => {
  const d = S.dialog;
  if (!d || !d.open) return;
  const panel = document.getElementById(d.ids.panel);
  if (!panel || !portalRoot || !portalRoot.contains(e.target)) return;
  if (panel.contains(e.target) || (downTarget && panel.contains(downTarget))) return;
  if (d.onClose) d.onClose(); else closeDialog();
}, true);
document.addEventListener('keydown', (e) => {
  const d = S.dialog;
  if (d && d.open) {
    if (e.key === 'Escape') { e.preventDefault(); if (d.onClose) d.onClose(); else closeDialog(); return; }
    if (e.key === 'Tab') {
      const panel = document.getElementById(d.ids.panel);
      const all = panel ? focusables(panel) : [];
      if (!all.length) return;
      const i = all.indexOf(document.activeElement);
      e.preventDefault();
      all[(i + (e.shiftKey ? -1 : 1) + all.length) % all.length].focus();
    }
    return;
  }
  if (e.key === 'Escape' && S.menu && S.menu.open) { S.menu.open = false; schedule(); }
});

// ---- Notifications (Tailwind UI "simple notification") ----
let TN = 0;
function notify(kind, title, text) {
  const t = { n: ++TN, kind, title, text, show: true };
  S.toasts = S.toasts.concat([t]);
  t.timer = setTimeout(() => dismiss(t), 3000);
  schedule();
}
function dismiss(t) {
  clearTimeout(t.timer);
  if (!t.show) return;
  t.show = false;
  schedule();
  setTimeout(() => { S.toasts = S.toasts.filter((x) => x !== t); schedule(); }, 300);
}
const TOAST = { appear: true, enter: 'transform ease-out duration-300 transition', enterFrom: 'translate-y-2 opacity-0 sm:translate-y-0 sm:translate-x-2', enterTo: 'translate-y-0 opacity-100 sm:translate-x-0', leave: 'transition ease-in duration-100', leaveFrom: 'opacity-100', leaveTo: 'opacity-0', enterMs: 300, leaveMs: 100 };
function Notifications() {
  return h('div', { 'aria-live': 'assertive', class: 'pointer-events-none fixed inset-0 z-50 flex items-end px-4 py-6 sm:items-start sm:p-6' },
    h('div', { class: 'flex w-full flex-col items-center space-y-4 sm:items-end' },
      S.toasts.map((t) => {
        const cls = transition('toast' + t.n, t.show, TOAST);
        if (cls == null) return null;
        return h('div', { key: 'toast' + t.n, class: cx('pointer-events-auto w-full max-w-sm overflow-hidden rounded-lg bg-white shadow-lg ring-1 ring-black ring-opacity-5', cls) },
          h('div', { class: 'p-4' },
            h('div', { class: 'flex items-start' },
              h('div', { class: 'flex-shrink-0' }, t.kind === 'success' ? icon('checkCircleO', 'h-6 w-6 text-green-400') : icon('xCircleO', 'h-6 w-6 text-red-400')),
              h('div', { class: 'ml-3 w-0 flex-1 pt-0.5' },
                h('p', { class: 'text-sm font-medium text-gray-900' }, t.title),
                h('p', { class: 'mt-1 text-sm text-gray-500' }, t.text)),
              h('div', { class: 'ml-4 flex flex-shrink-0' },
                h('button', { type: 'button', class: 'inline-flex rounded-md bg-white text-gray-400 hover:text-gray-500 focus:outline-none focus:ring-2 focus:ring-indigo-500 focus:ring-offset-2', onClick: () => dismiss(t) },
                  h('span', { class: 'sr-only' }, 'Close'), icon('xMarkS', 'h-5 w-5'))))));
      })));
}

// ---- Heroicons v2 (outline 24 / solid 20) ----
const ICONS = {
  chevronRight: ['s', 'M7.21 14.77a.75.75 0 01.02-1.06L11.168 10 7.23 6.29a.75.75 0 111.04-1.08l4.5 4.25a.75.75 0 010 1.08l-4.5 4.25a.75.75 0 01-1.06-.02z'],
  chevronDown: ['s', 'M5.23 7.21a.75.75 0 011.06.02L10 11.168l3.71-3.938a.75.75 0 111.08 1.04l-4.25 4.5a.75.75 0 01-1.08 0l-4.25-4.5a.75.75 0 01.02-1.06z'],
  chevronUpDown: ['s', 'M10 3a.75.75 0 01.55.24l3.25 3.5a.75.75 0 11-1.1 1.02L10 4.852 7.3 7.76a.75.75 0 01-1.1-1.02l3.25-3.5A.75.75 0 0110 3zm-3.76 9.2a.75.75 0 011.06.04l2.7 2.908 2.7-2.908a.75.75 0 111.1 1.02l-3.25 3.5a.75.75 0 01-1.1 0l-3.25-3.5a.75.75 0 01.04-1.06z'],
  check: ['s', 'M16.704 4.153a.75.75 0 01.143 1.052l-8 10.5a.75.75 0 01-1.127.075l-4.5-4.5a.75.75 0 011.06-1.06l3.894 3.893 7.48-9.817a.75.75 0 011.05-.143z'],
  checkCircle: ['s', 'M10 18a8 8 0 100-16 8 8 0 000 16zm3.857-9.809a.75.75 0 00-1.214-.882l-3.483 4.79-1.88-1.88a.75.75 0 10-1.06 1.061l2.5 2.5a.75.75 0 001.137-.089l4-5.5z'],
  xCircle: ['s', 'M10 18a8 8 0 100-16 8 8 0 000 16zM8.28 7.22a.75.75 0 00-1.06 1.06L8.94 10l-1.72 1.72a.75.75 0 101.06 1.06L10 11.06l1.72 1.72a.75.75 0 101.06-1.06L11.06 10l1.72-1.72a.75.75 0 00-1.06-1.06L10 8.94 8.28 7.22z'],
  exclamationTriangle: ['s', 'M8.485 2.495c.673-1.167 2.357-1.167 3.03 0l6.28 10.875c.673 1.167-.17 2.625-1.516 2.625H3.72c-1.347 0-2.189-1.458-1.515-2.625L8.485 2.495zM10 5a.75.75 0 01.75.75v3.5a.75.75 0 01-1.5 0v-3.5A.75.75 0 0110 5zm0 9a1 1 0 100-2 1 1 0 000 2z'],
  exclamationCircle: ['s', 'M18 10a8 8 0 11-16 0 8 8 0 0116 0zm-8-5a.75.75 0 01.75.75v4.5a.75.75 0 01-1.5 0v-4.5A.75.75 0 0110 5zm0 10a1 1 0 100-2 1 1 0 000 2z'],
  informationCircle: ['s', 'M18 10a8 8 0 11-16 0 8 8 0 0116 0zm-7-4a1 1 0 11-2 0 1 1 0 012 0zM9 9a.75.75 0 000 1.5h.253a.25.25 0 01.244.304l-.459 2.066A1.75 1.75 0 0010.747 15H11a.75.75 0 000-1.5h-.253a.25.25 0 01-.244-.304l.459-2.066A1.75 1.75 0 009.253 9H9z'],
  xMarkS: ['s', 'M6.28 5.22a.75.75 0 00-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 101.06 1.06L10 11.06l3.72 3.72a.75.75 0 101.06-1.06L11.06 10l3.72-3.72a.75.75 0 00-1.06-1.06L10 8.94 6.28 5.22z'],
  arrowPath: ['s', 'M15.312 11.424a5.5 5.5 0 01-9.201 2.466l-.312-.311h2.433a.75.75 0 000-1.5H3.989a.75.75 0 00-.75.75v4.242a.75.75 0 001.5 0v-2.43l.31.31a7 7 0 0011.712-3.138.75.75 0 00-1.449-.39zm1.23-3.723a.75.75 0 00.219-.53V2.929a.75.75 0 00-1.5 0V5.36l-.31-.31A7 7 0 003.239 8.188a.75.75 0 101.448.389A5.5 5.5 0 0113.89 6.11l.311.31h-2.432a.75.75 0 000 1.5h4.243a.75.75 0 00.53-.219z'],
  xMark: ['o', 'M6 18L18 6M6 6l12 12'],
  checkCircleO: ['o', 'M9 12.75L11.25 15 15 9.75M21 12a9 9 0 11-18 0 9 9 0 0118 0z'],
  xCircleO: ['o', 'M9.75 9.75l4.5 4.5m0-4.5l-4.5 4.5M21 12a9 9 0 11-18 0 9 9 0 0118 0z'],
  home: ['o', 'M2.25 12l8.954-8.955c.44-.439 1.152-.439 1.591 0L21.75 12M4.5 9.75v10.125c0 .621.504 1.125 1.125 1.125H9.75v-4.875c0-.621.504-1.125 1.125-1.125h2.25c.621 0 1.125.504 1.125 1.125V21h4.125c.621 0 1.125-.504 1.125-1.125V9.75M8.25 21h8.25'],
  document: ['o', 'M19.5 14.25v-2.625a3.375 3.375 0 00-3.375-3.375h-1.5A1.125 1.125 0 0113.5 7.125v-1.5a3.375 3.375 0 00-3.375-3.375H8.25m0 12.75h7.5m-7.5 3H12M10.5 2.25H5.625c-.621 0-1.125.504-1.125 1.125v17.25c0 .621.504 1.125 1.125 1.125h12.75c.621 0 1.125-.504 1.125-1.125V11.25a9 9 0 00-9-9z'],
  key: ['o', 'M15.75 5.25a3 3 0 013 3m3 0a6 6 0 01-7.029 5.912c-.563-.097-1.159.026-1.563.43L10.5 17.25H8.25v2.25H6v2.25H2.25v-2.818c0-.597.237-1.17.659-1.591l6.499-6.499c.404-.404.527-1 .43-1.563A6 6 0 1121.75 8.25z'],
  chart: ['o', 'M3 13.125C3 12.504 3.504 12 4.125 12h2.25c.621 0 1.125.504 1.125 1.125v6.75C7.5 20.496 6.996 21 6.375 21h-2.25A1.125 1.125 0 013 19.875v-6.75zM9.75 8.625c0-.621.504-1.125 1.125-1.125h2.25c.621 0 1.125.504 1.125 1.125v11.25c0 .621-.504 1.125-1.125 1.125h-2.25a1.125 1.125 0 01-1.125-1.125V8.625zM16.5 4.125c0-.621.504-1.125 1.125-1.125h2.25C20.496 3 21 3.504 21 4.125v15.75c0 .621-.504 1.125-1.125 1.125h-2.25a1.125 1.125 0 01-1.125-1.125V4.125z'],
  users: ['o', 'M15 19.128a9.38 9.38 0 002.625.372 9.337 9.337 0 004.121-.952 4.125 4.125 0 00-7.533-2.493M15 19.128v-.003c0-1.113-.285-2.16-.786-3.07M15 19.128v.106A12.318 12.318 0 018.624 21c-2.331 0-4.512-.645-6.374-1.766l-.001-.109a6.375 6.375 0 0111.964-3.07M12 6.375a3.375 3.375 0 11-6.75 0 3.375 3.375 0 016.75 0zm8.25 2.25a2.625 2.625 0 11-5.25 0 2.625 2.625 0 015.25 0z'],
  bell: ['o', 'M14.857 17.082a23.848 23.848 0 005.454-1.31A8.967 8.967 0 0118 9.75v-.7V9A6 6 0 006 9v.75a8.967 8.967 0 01-2.312 6.022c1.733.64 3.56 1.085 5.455 1.31m5.714 0a24.255 24.255 0 01-5.714 0m5.714 0a3 3 0 11-5.714 0'],
  userCircle: ['o', 'M17.982 18.725A7.488 7.488 0 0012 15.75a7.488 7.488 0 00-5.982 2.975m11.963 0a9 9 0 10-11.963 0m11.963 0A8.966 8.966 0 0112 21a8.966 8.966 0 01-5.982-2.275M15 9.75a3 3 0 11-6 0 3 3 0 016 0z'],
  lifebuoy: ['o', 'M16.712 4.33a9.027 9.027 0 011.652 1.306c.51.51.944 1.064 1.306 1.652M16.712 4.33l-3.448 4.138m3.448-4.138a9.014 9.014 0 00-9.424 0M19.67 7.288l-4.138 3.448m4.138-3.448a9.014 9.014 0 010 9.424m-4.138-5.976a3.736 3.736 0 00-.88-1.388 3.737 3.737 0 00-1.388-.88m2.268 2.268a3.765 3.765 0 010 2.528m-2.268-4.796a3.765 3.765 0 00-2.528 0m4.796 4.796c-.181.506-.475.982-.88 1.388a3.736 3.736 0 01-1.388.88m2.268-2.268l4.138 3.448m0 0a9.027 9.027 0 01-1.306 1.652c-.51.51-1.064.944-1.652 1.306m0 0l-3.448-4.138m3.448 4.138a9.014 9.014 0 01-9.424 0m5.976-4.138a3.765 3.765 0 01-2.528 0m0 0a3.736 3.736 0 01-1.388-.88 3.737 3.737 0 01-.88-1.388m2.268 2.268L7.288 19.67m0 0a9.024 9.024 0 01-1.652-1.306 9.027 9.027 0 01-1.306-1.652m0 0l4.138-3.448M4.33 16.712a9.014 9.014 0 010-9.424m4.138 5.976a3.765 3.765 0 010-2.528m0 0c.181-.506.475-.982.88-1.388a3.736 3.736 0 011.388-.88m-2.268 2.268L4.33 7.288m6.406 1.18L7.288 4.33m0 0a9.024 9.024 0 00-1.652 1.306A9.025 9.025 0 004.33 7.288'],
  inbox: ['o', 'M2.25 13.5h3.86a2.25 2.25 0 012.012 1.244l.256.512a2.25 2.25 0 002.013 1.244h3.218a2.25 2.25 0 002.013-1.244l.256-.512a2.25 2.25 0 012.013-1.244h3.859m-19.5.338V18a2.25 2.25 0 002.25 2.25h15A2.25 2.25 0 0021.75 18v-4.162c0-.224-.034-.447-.1-.661L19.24 5.338a2.25 2.25 0 00-2.15-1.588H6.911a2.25 2.25 0 00-2.15 1.588L2.35 13.177a2.25 2.25 0 00-.1.661z'],
};
function icon(name, cls) {
  const d = ICONS[name];
  if (d[0] === 'o') return h('svg', { xmlns: SVGNS, fill: 'none', viewBox: '0 0 24 24', 'stroke-width': '1.5', stroke: 'currentColor', 'aria-hidden': 'true', 'data-slot': 'icon', class: cls }, h('path', { 'stroke-linecap': 'round', 'stroke-linejoin': 'round', d: d[1] }));
  return h('svg', { xmlns: SVGNS, viewBox: '0 0 20 20', fill: 'currentColor', 'aria-hidden': 'true', 'data-slot': 'icon', class: cls }, h('path', { 'fill-rule': 'evenodd', d: d[1], 'clip-rule': 'evenodd' }));
}
function spinner(cls) {
  return h('svg', { class: cx('animate-spin', cls), xmlns: SVGNS, fill: 'none', viewBox: '0 0 24 24', 'aria-hidden': 'true' },
    h('circle', { class: 'opacity-25', cx: '12', cy: '12', r: '10', stroke: 'currentColor', 'stroke-width': '4' }),
    h('path', { class: 'opacity-75', fill: 'currentColor', d: 'M4 12a8 8 0 018-8V0C5.373 0 0 5.373 0 12h4zm2 5.291A7.962 7.962 0 014 12H0c0 3.042 1.135 5.824 3 7.938l3-2.647z' }));
}
function Logo(cls) {
  return h('svg', { class: cls, viewBox: '0 0 32 32', 'aria-hidden': 'true' },
    h('rect', { width: '32', height: '32', rx: '8', fill: '#6366f1' }),
    h('path', { d: 'M10 9h12v3H13.5v2.5H21v3h-7.5V20H22v3H10z', fill: '#fff' }));
}

// ---- small shared pieces: buttons, alerts, fields ----
const BTN_PRIMARY = 'rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-50';
const BTN_SECONDARY = 'rounded-md bg-white px-3 py-2 text-sm font-semibold text-gray-900 shadow-sm ring-1 ring-inset ring-gray-300 hover:bg-gray-50 disabled:cursor-not-allowed disabled:opacity-50';
const ALERT = {
  red: ['rounded-md bg-red-50 p-4', 'xCircle', 'h-5 w-5 flex-shrink-0 text-red-400', 'text-sm font-medium text-red-800', 'text-sm text-red-700'],
  yellow: ['rounded-md bg-yellow-50 p-4', 'exclamationTriangle', 'h-5 w-5 flex-shrink-0 text-yellow-400', 'text-sm font-medium text-yellow-800', 'text-sm text-yellow-700'],
  green: ['rounded-md bg-green-50 p-4', 'checkCircle', 'h-5 w-5 flex-shrink-0 text-green-400', 'text-sm font-medium text-green-800', 'text-sm text-green-700'],
  blue: ['rounded-md bg-blue-50 p-4', 'informationCircle', 'h-5 w-5 flex-shrink-0 text-blue-400', 'text-sm font-medium text-blue-800', 'text-sm text-blue-700'],
};
function Alert(kind, title, items, text, extra) {
  const a = ALERT[kind];
  return h('div', { class: a[0] },
    h('div', { class: 'flex' },
      icon(a[1], a[2]),
      h('div', { class: 'ml-3' },
        title ? h('h3', { class: a[3] }, title) : null,
        items ? h('div', { class: cx(title && 'mt-2', a[4]) }, h('ul', { role: 'list', class: 'list-disc space-y-1 pl-5' }, items.map((i) => h('li', null, i)))) : null,
        text ? h('div', { class: cx(title && 'mt-2', a[4]) }, h('p', null, text)) : null,
        extra || null)));
}
function Field(o) {
  const err = o.error;
  const label = h('label', { for: o.id, class: 'block text-sm font-medium leading-6 text-gray-900' }, o.label);
  return h('div', { class: o.className || null },
    o.labelRight ? h('div', { class: 'flex items-center justify-between' }, label, o.labelRight) : label,
    h('div', { class: 'relative mt-2 rounded-md shadow-sm' },
      h('input', {
        id: o.id, name: o.name || o.id, type: o.type || 'text', autocomplete: o.autocomplete || 'off', placeholder: o.placeholder || null,
        inputmode: o.inputmode || null, maxlength: o.maxlength || null, value: o.value,
        'aria-invalid': err ? 'true' : null, 'aria-describedby': err ? o.id + '-error' : o.hint ? o.id + '-description' : null,
        class: cx('block w-full rounded-md border-0 py-1.5 shadow-sm ring-1 ring-inset focus:ring-2 focus:ring-inset sm:text-sm sm:leading-6',
          err ? 'pr-10 text-red-900 ring-red-300 placeholder:text-red-300 focus:ring-red-500' : 'text-gray-900 ring-gray-300 placeholder:text-gray-400 focus:ring-indigo-600'),
        onInput: (e) => o.onInput(e.target.value),
      }),
      err ? h('div', { class: 'pointer-events-none absolute inset-y-0 right-0 flex items-center pr-3' }, icon('exclamationCircle', 'h-5 w-5 text-red-500')) : null),
    err ? h('p', { class: 'mt-2 text-sm text-red-600', id: o.id + '-error' }, err)
      : o.hint ? h('p', { class: 'mt-2 text-sm text-gray-500', id: o.id + '-description' }, o.hint) : null);
}

// ---- fetch, session loss, router ----
function api(method, url, body) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (body !== undefined) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
  return fetch(url, init).then((r) => r.json().catch(() => ({})).then((data) => {
    if (r.status === 401 && S.me) { sessionLost(); const err = new Error('Session expired'); err.lost = true; throw err; }
    return { ok: r.ok, status: r.status, data };
  }));
}
function failed(err) {
  if (err && err.lost) return;
  notify('error', 'Error', 'Unable to reach the server. Please check your connection and try again.');
}
function sessionLost() {
  if (S.lost) return;
  S.lost = true;
  if (S.dialog) closeDialog();
  notify('error', 'Session expired', 'Your session has expired. Please sign in again.');
  setTimeout(() => { S.me = null; S.lost = false; S.nav = null; S.menu = null; S.twoFactor = false; navigate('/login?reason=expired'); }, 1500);
}
const CREATE_PATH = '/api-registration/user-credentials/create-api-user';
const ROUTE_ENTER = {};
const TITLES = {};
let lastPath = null;
function navigate(to, replace) {
  history[replace ? 'replaceState' : 'pushState'](null, '', to);
  onRoute();
}
function onRoute() {
  const p = location.pathname;
  const changed = p !== lastPath || location.search !== S.search;
  lastPath = p;
  S.path = p;
  S.search = location.search;
  S.query = new URLSearchParams(location.search);
  if (S.menu) S.menu.open = false;
  if (S.me === undefined) { schedule(); return; }
  const pub = p === '/' || p === '/login' || p === '/login/verify';
  if (!pub && !S.me) return navigate('/login', true);
  if (pub && S.me) return navigate('/dashboard', true);
  if (p === '/login/verify' && !S.twoFactor) return navigate('/login', true);
  if (changed && ROUTE_ENTER[p]) ROUTE_ENTER[p]();
  document.title = (TITLES[p] || 'e-Invoice') + ' | e-Invoice System';
  if (changed) window.scrollTo(0, 0);
  schedule();
}
window.addEventListener('popstate', onRoute);
setInterval(() => {
  let tick = false;
  for (const o of [S.login2fa, S.reg]) if (o && o.resendIn > 0) { o.resendIn--; tick = true; }
  if (tick) schedule();
}, 1000);
function link(href, attrs, ...kids) {
  return h('a', Object.assign({ href, onClick: (e) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    navigate(href);
  } }, attrs), ...kids);
}
function App() {
  if (S.me === undefined) return h('div', { key: 'boot', class: 'flex min-h-full items-center justify-center' }, spinner('h-8 w-8 text-indigo-600'));
  const p = S.path;
  if (p === '/') return Home();
  if (p === '/login') return Login();
  if (p === '/login/verify') return Verify();
  if (!S.me) return h('div', { key: 'blank' });
  return Shell(p);
}
function boot() {
  rootEl = document.getElementById('root');
  rootEl.__k = [];
  api('GET', '/api/me').then(({ data }) => {
    S.me = data.authenticated ? data.user : null;
    S.twoFactor = !!data.twoFactor;
    S.mobile = data.mobile || '';
    onRoute();
  }).catch(() => { S.me = null; onRoute(); });
  schedule();
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else setTimeout(boot, 0);
`;
/** Public pages: the landing page, Login (captcha picture), and the 2FA step. */
const CLIENT_AUTH = String.raw`
TITLES['/'] = 'Home';
TITLES['/login'] = 'Login';
TITLES['/login/verify'] = 'Verify OTP';
const BTN_BLOCK = 'flex w-full justify-center rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold leading-6 text-white shadow-sm hover:bg-indigo-500 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-50';
function Home() {
  return h('div', { key: 'home', class: 'min-h-full bg-white' },
    h('header', { class: 'absolute inset-x-0 top-0 z-40' },
      h('nav', { class: 'flex items-center justify-between p-6 lg:px-8', 'aria-label': 'Global' },
        h('div', { class: 'flex lg:flex-1' },
          link('/', { class: '-m-1.5 flex items-center gap-x-3 p-1.5' }, Logo('h-8 w-auto'),
            h('span', { class: 'text-sm font-semibold leading-6 text-gray-900' }, 'e-Invoice System'))),
        h('div', { class: 'hidden lg:flex lg:gap-x-12' },
          ['e-Invoice Search', 'Help', 'Tools', 'Contact Us'].map((n) => h('a', { href: '/', class: 'text-sm font-semibold leading-6 text-gray-900', onClick: (e) => e.preventDefault() }, n))),
        h('div', { class: 'flex flex-1 justify-end' },
          h('button', { type: 'button', class: BTN_PRIMARY, onClick: () => navigate('/login') }, 'Login')))),
    h('div', { class: 'relative isolate px-6 pt-14 lg:px-8' },
      h('div', { class: 'mx-auto max-w-2xl py-24' },
        h('div', { class: 'mb-8 flex justify-center' },
          h('div', { class: 'relative rounded-full px-3 py-1 text-sm leading-6 text-gray-600 ring-1 ring-gray-900/10' },
            'Two-factor authentication is mandatory for all users from 1 April 2025.')),
        h('div', { class: 'text-center' },
          h('h1', { class: 'text-4xl font-bold tracking-tight text-gray-900 sm:text-6xl' }, 'e-Invoice System'),
          h('p', { class: 'mt-6 text-lg leading-8 text-gray-600' },
            'Generate IRNs, register API users for your GSP or ERP, and manage your e-Invoices under GST in one place.'),
          h('div', { class: 'mt-10 flex items-center justify-center gap-x-6' },
            h('a', { href: '/', class: 'text-sm font-semibold leading-6 text-gray-900', onClick: (e) => e.preventDefault() },
              'Read the user manual ', h('span', { 'aria-hidden': 'true' }, '→')))))));
}
function AuthCard(key, title, body) {
  return h('div', { key, class: 'flex min-h-full flex-col justify-center py-12 sm:px-6 lg:px-8' },
    h('div', { class: 'sm:mx-auto sm:w-full sm:max-w-md' },
      link('/', { class: 'flex justify-center' }, h('span', { class: 'sr-only' }, 'e-Invoice System'), Logo('h-10 w-auto')),
      h('h2', { class: 'mt-6 text-center text-2xl font-bold leading-9 tracking-tight text-gray-900' }, title)),
    h('div', { class: 'mt-10 sm:mx-auto sm:w-full sm:max-w-md' },
      h('div', { class: 'bg-white px-6 py-10 shadow sm:rounded-lg sm:px-12' }, body)),
    h('p', { class: 'mt-8 text-center text-xs text-gray-500' }, 'e-Invoice System · Goods and Services Tax Network · National Informatics Centre'));
}
function freshLogin() { return { username: '', password: '', captcha: '', errors: {}, alert: null, busy: false, cap: 1 }; }
ROUTE_ENTER['/login'] = () => { S.login = freshLogin(); };
function Login() {
  const L = S.login || (S.login = freshLogin());
  const expired = S.query.get('reason') === 'expired';
  const clear = (k) => (v) => { L[k] = v; delete L.errors[k]; schedule(); };
  return AuthCard('login', 'Login to e-Invoice System', [
    expired ? h('div', { class: 'mb-6' }, Alert('yellow', 'Session expired', null, 'Your session has expired. Please sign in again.')) : null,
    L.alert ? h('div', { class: 'mb-6' }, Alert('red', 'There was a problem signing in', [L.alert])) : null,
    h('form', { class: 'space-y-6', novalidate: true, onSubmit: submitLogin },
      Field({ id: 'username', label: 'Username', autocomplete: 'username', value: L.username, error: L.errors.username, onInput: clear('username') }),
      Field({ id: 'password', type: 'password', label: 'Password', autocomplete: 'current-password', value: L.password, error: L.errors.password, onInput: clear('password') }),
      h('div', null,
        h('div', { class: 'flex items-center gap-x-3' },
          h('img', { src: '/api/captcha?v=' + L.cap, alt: 'Captcha', width: '160', height: '48', class: 'h-12 w-40 rounded-md ring-1 ring-inset ring-gray-300' }),
          h('button', { type: 'button', class: 'rounded-full p-1.5 text-gray-400 hover:bg-gray-100 hover:text-gray-600', onClick: () => { L.cap++; L.captcha = ''; schedule(); } },
            h('span', { class: 'sr-only' }, 'Refresh captcha'), icon('arrowPath', 'h-5 w-5'))),
        Field({ id: 'captcha', label: 'Enter Captcha', className: 'mt-4', placeholder: 'Characters shown above', value: L.captcha, error: L.errors.captcha, onInput: clear('captcha') })),
      h('div', null,
        h('button', { type: 'submit', class: BTN_BLOCK, disabled: L.busy },
          L.busy ? [spinner('-ml-1 mr-2 h-5 w-5 text-white'), 'Signing in...'] : 'Login'))),
  ]);
}
function submitLogin(e) {
  e.preventDefault();
  const L = S.login;
  if (L.busy) return;
  const errors = {};
  if (!L.username.trim()) errors.username = 'Please enter your username.';
  if (!L.password) errors.password = 'Please enter your password.';
  if (!L.captcha.trim()) errors.captcha = 'Please enter the characters shown in the image.';
  L.errors = errors;
  if (Object.keys(errors).length) { schedule(); return; }
  L.busy = true;
  L.alert = null;
  schedule();
  api('POST', '/api/auth/login', { username: L.username.trim(), password: L.password, captcha: L.captcha.trim() }).then(({ ok, data }) => {
    L.busy = false;
    if (ok) { S.twoFactor = true; S.mobile = data.mobile; navigate('/login/verify'); return; }
    L.alert = data.error || 'Login failed. Please try again.';
    L.captcha = '';
    L.cap++;
    notify('error', 'Error', L.alert);
    schedule();
  }).catch((err) => { L.busy = false; failed(err); schedule(); });
}
ROUTE_ENTER['/login/verify'] = () => { S.login2fa = { otp: '', error: '', busy: false, resendIn: 30 }; };
function Verify() {
  const V = S.login2fa || (S.login2fa = { otp: '', error: '', busy: false, resendIn: 30 });
  return AuthCard('verify', 'Two-factor authentication', [
    h('p', { class: 'text-sm leading-6 text-gray-600' },
      'Enter the 6-digit OTP sent to your registered mobile number ' + (S.mobile || '') + ', or the code shown in the NIC-GST-Shield app.'),
    h('form', { class: 'mt-6 space-y-6', novalidate: true, onSubmit: submitVerify },
      Field({ id: 'otp', label: 'Enter OTP', inputmode: 'numeric', maxlength: '6', autocomplete: 'one-time-code', placeholder: '6-digit OTP', value: V.otp, error: V.error,
        onInput: (v) => { V.otp = v.replace(/\D/g, '').slice(0, 6); V.error = ''; schedule(); } }),
      h('div', null,
        h('button', { type: 'submit', class: BTN_BLOCK, disabled: V.busy },
          V.busy ? [spinner('-ml-1 mr-2 h-5 w-5 text-white'), 'Verifying...'] : 'Verify OTP')),
      h('div', { class: 'flex items-center justify-between text-sm' },
        V.resendIn > 0
          ? h('span', { class: 'text-gray-500' }, 'Resend OTP in ' + V.resendIn + 's')
          : h('button', { type: 'button', class: 'font-semibold text-indigo-600 hover:text-indigo-500', onClick: resendLoginOtp }, 'Resend OTP'),
        link('/login', { class: 'font-semibold text-gray-600 hover:text-gray-500' }, 'Back to login'))),
  ]);
}
function resendLoginOtp() {
  const V = S.login2fa;
  api('POST', '/api/auth/otp/resend', {}).then(({ ok }) => {
    if (ok) { V.resendIn = 30; notify('success', 'OTP sent', 'A new OTP has been sent to your registered mobile number.'); }
    else { S.twoFactor = false; navigate('/login?reason=expired'); }
    schedule();
  }).catch(failed);
}
function submitVerify(e) {
  e.preventDefault();
  const V = S.login2fa;
  if (V.busy) return;
  if (!/^\d{6}$/.test(V.otp)) { V.error = 'Please enter the 6-digit OTP.'; schedule(); return; }
  V.busy = true;
  schedule();
  api('POST', '/api/auth/otp/verify', { otp: V.otp }).then(({ ok, status, data }) => {
    V.busy = false;
    if (ok) { S.me = data.user; S.twoFactor = false; S.techChecked = false; navigate('/dashboard'); return; }
    if (status === 401) { S.twoFactor = false; navigate('/login?reason=expired'); return; }
    V.error = data.error || 'Invalid OTP.';
    V.otp = '';
    schedule();
    after(() => { const el = document.getElementById('otp'); if (el) el.focus(); });
  }).catch((err) => { V.busy = false; failed(err); schedule(); });
}
`;

/** The application shell: sidebar of Disclosures, top bar with a Menu, dashboard, placeholders. */
const CLIENT_SHELL = `
const NAV = [
  { name: 'Dash Board', href: '/dashboard', icon: 'home' },
  { name: 'e-Invoice', key: 'einvoice', icon: 'document', children: [
    { name: 'Generate IRN', href: '/e-invoice/generate' },
    { name: 'Bulk Upload', href: '/e-invoice/bulk-upload' },
    { name: 'Cancel IRN', href: '/e-invoice/cancel' },
    { name: 'Print e-Invoice', href: '/e-invoice/print' },
  ] },
  { name: 'API Registration', key: 'api-registration', icon: 'key', children: [
    { name: 'User Credentials', key: 'user-credentials', children: [
      { name: 'Create API User', href: CREATE_PATH },
      { name: 'View API Users', href: '/api-registration/user-credentials/view' },
    ] },
    { name: 'IP Whitelisting', href: '/api-registration/ip-whitelisting' },
    { name: 'Freeze API User', href: '/api-registration/freeze-api-user' },
    { name: 'Change API Password', href: '/api-registration/change-api-password' },
  ] },
  { name: 'MIS Reports', key: 'mis-reports', icon: 'chart', children: [
    { name: 'IRN Details', href: '/mis/irn-details' },
    { name: 'Summary Report', href: '/mis/summary' },
  ] },
  { name: 'User Management', href: '/user-management', icon: 'users' },
];
const LEAVES = {};
(function index(items, trail) {
  for (const it of items) {
    if (it.children) index(it.children, trail.concat([it.name]));
    else { LEAVES[it.href] = { name: it.name, trail: trail.concat([it.name]) }; TITLES[it.href] = it.name; }
  }
})(NAV, []);
TITLES['/dashboard'] = 'Dash Board';
const holds = (it, p) => (it.children ? it.children.some((c) => holds(c, p)) : it.href === p);
function initDisclosures(items, p) {
  for (const it of items) {
    if (!it.children) continue;
    const open = holds(it, p);
    S.nav[it.key] = { open, btn: 'headlessui-disclosure-button-' + useId(), panel: open ? 'headlessui-disclosure-panel-' + useId() : null };
    initDisclosures(it.children, open ? p : '');
  }
}
function remountInside(it) {
  for (const c of it.children) {
    if (!c.children) continue;
    S.nav[c.key] = { open: false, btn: 'headlessui-disclosure-button-' + useId(), panel: null };
    remountInside(c);
  }
}
const DISC = { enter: 'transition duration-100 ease-out', enterFrom: 'transform scale-95 opacity-0', enterTo: 'transform scale-100 opacity-100', leave: 'transition duration-100 ease-out', leaveFrom: 'transform scale-100 opacity-100', leaveTo: 'transform scale-95 opacity-0', enterMs: 100, leaveMs: 100 };
const LEAF_CLASS = ['group flex gap-x-3 rounded-md p-2 text-sm font-semibold leading-6', 'block rounded-md py-2 pl-11 pr-2 text-sm leading-6', 'block rounded-md py-2 pl-16 pr-2 text-sm leading-6'];
const DISC_CLASS = ['flex w-full items-center gap-x-3 rounded-md p-2 text-left text-sm font-semibold leading-6 text-gray-400 hover:bg-gray-800 hover:text-white', 'flex w-full items-center gap-x-3 rounded-md py-2 pl-11 pr-2 text-left text-sm leading-6 text-gray-400 hover:bg-gray-800 hover:text-white'];
function Leaf(it, depth) {
  const active = S.path === it.href;
  return link(it.href, { 'aria-current': active ? 'page' : null, class: cx(active ? 'bg-gray-800 text-white' : 'text-gray-400 hover:bg-gray-800 hover:text-white', LEAF_CLASS[depth]) },
    it.icon ? icon(it.icon, 'h-6 w-6 shrink-0') : null, it.name);
}
function Disc(it, depth) {
  const st = S.nav[it.key];
  const cls = transition('disclosure' + st.btn, st.open, DISC);
  const state = st.open ? 'open' : '';
  return h('div', { 'data-headlessui-state': state },
    h('button', { type: 'button', id: st.btn, 'aria-expanded': st.open ? 'true' : 'false', 'aria-controls': cls != null ? st.panel : null, 'data-headlessui-state': state, class: DISC_CLASS[depth],
      onClick: () => {
        st.open = !st.open;
        if (st.open) { st.panel = 'headlessui-disclosure-panel-' + useId(); remountInside(it); }
        schedule();
      } },
      it.icon ? icon(it.icon, 'h-6 w-6 shrink-0') : null,
      it.name,
      icon('chevronRight', cx(st.open ? 'rotate-90 text-gray-300' : 'text-gray-500', 'ml-auto h-5 w-5 shrink-0 transition-transform duration-100'))),
    cls == null ? null : h('div', { id: st.panel, 'data-headlessui-state': state, class: cls || null },
      h('ul', { role: 'list', class: 'mt-1 space-y-1' },
        it.children.map((c) => h('li', { key: c.name }, c.children ? Disc(c, depth + 1) : Leaf(c, depth + 1))))));
}
const MENU = { enter: 'transition ease-out duration-100', enterFrom: 'transform opacity-0 scale-95', enterTo: 'transform opacity-100 scale-100', leave: 'transition ease-in duration-75', leaveFrom: 'transform opacity-100 scale-100', leaveTo: 'transform opacity-0 scale-95', enterMs: 100, leaveMs: 75 };
function signOut() {
  api('POST', '/api/auth/logout', {}).then(() => {
    S.me = null; S.nav = null; S.menu = null; S.techChecked = false;
    navigate('/login');
  }).catch(failed);
}
const MENU_ITEMS = [['Your profile', () => navigate('/user-management')], ['Sign out', signOut]];
outsideHandlers.push((target) => {
  const M = S.menu;
  if (!M || !M.open) return;
  const btn = document.getElementById(M.btn);
  if (btn && btn.parentElement && !btn.parentElement.contains(target)) { M.open = false; schedule(); }
});
function UserMenu() {
  const M = S.menu || (S.menu = { open: false, btn: 'headlessui-menu-button-' + useId(), items: null, itemIds: [], active: -1 });
  const cls = transition('menu' + M.btn, M.open, MENU);
  const state = M.open ? 'open' : '';
  const toggle = () => {
    M.open = !M.open;
    if (M.open) {
      M.items = 'headlessui-menu-items-' + useId();
      M.itemIds = MENU_ITEMS.map(() => 'headlessui-menu-item-' + useId());
      M.active = -1;
      after(() => { const el = document.getElementById(M.items); if (el) el.focus(); });
    }
    schedule();
  };
  const initials = (S.me.legalName || 'U').split(' ').slice(0, 2).map((w) => w[0]).join('');
  return h('div', { class: 'relative', 'data-headlessui-state': state },
    h('button', { type: 'button', id: M.btn, class: '-m-1.5 flex items-center p-1.5', 'aria-haspopup': 'menu', 'aria-expanded': M.open ? 'true' : 'false', 'aria-controls': cls != null ? M.items : null, 'data-headlessui-state': state, onClick: toggle },
      h('span', { class: 'sr-only' }, 'Open user menu'),
      h('span', { class: 'inline-flex h-8 w-8 items-center justify-center rounded-full bg-gray-500' },
        h('span', { class: 'text-sm font-medium leading-none text-white' }, initials)),
      h('span', { class: 'hidden lg:flex lg:items-center' },
        h('span', { class: 'ml-4 text-sm font-semibold leading-6 text-gray-900', 'aria-hidden': 'true' }, S.me.username),
        icon('chevronDown', 'ml-2 h-5 w-5 text-gray-400'))),
    cls == null ? null : h('div', { id: M.items, role: 'menu', tabindex: '0', 'aria-labelledby': M.btn, 'aria-activedescendant': M.active >= 0 ? M.itemIds[M.active] : null, 'data-headlessui-state': state,
      class: cx('absolute right-0 z-10 mt-2.5 w-40 origin-top-right rounded-md bg-white py-2 shadow-lg ring-1 ring-gray-900/5 focus:outline-none', cls) },
      MENU_ITEMS.map(([label, act], i) => h('a', { href: '/', id: M.itemIds[i], role: 'menuitem', tabindex: '-1', 'data-headlessui-state': M.active === i ? 'active' : '',
        class: cx(M.active === i ? 'bg-gray-50' : '', 'block px-3 py-1 text-sm leading-6 text-gray-900'),
        onMouseMove: () => { if (M.active !== i) { M.active = i; schedule(); } },
        onMouseLeave: () => { M.active = -1; schedule(); },
        onClick: (e) => { e.preventDefault(); M.open = false; schedule(); act(); } }, label))));
}
function Shell(p) {
  if (!S.nav) { S.nav = {}; initDisclosures(NAV, p); }
  return h('div', { key: 'shell' },
    h('div', { class: 'fixed inset-y-0 z-50 flex w-72 flex-col' },
      h('div', { class: 'flex grow flex-col gap-y-5 overflow-y-auto bg-gray-900 px-6 pb-4' },
        h('div', { class: 'flex h-16 shrink-0 items-center gap-x-3' }, Logo('h-8 w-auto'),
          h('span', { class: 'text-sm font-semibold leading-6 text-white' }, 'e-Invoice System')),
        h('nav', { class: 'flex flex-1 flex-col' },
          h('ul', { role: 'list', class: 'flex flex-1 flex-col gap-y-7' },
            h('li', null,
              h('ul', { role: 'list', class: '-mx-2 space-y-1' },
                NAV.map((it) => h('li', { key: it.name }, it.children ? Disc(it, 0) : Leaf(it, 0))))),
            h('li', null,
              h('div', { class: 'text-xs font-semibold leading-6 text-gray-400' }, 'Help'),
              h('ul', { role: 'list', class: '-mx-2 mt-2 space-y-1' },
                ['User Manual', 'FAQs', 'Contact Us'].map((n) => h('li', null,
                  h('a', { href: '/dashboard', class: 'group flex gap-x-3 rounded-md p-2 text-sm font-semibold leading-6 text-gray-400 hover:bg-gray-800 hover:text-white', onClick: (e) => e.preventDefault() },
                    h('span', { class: 'flex h-6 w-6 shrink-0 items-center justify-center rounded-lg border border-gray-700 bg-gray-800 text-xs font-medium text-gray-400' }, n[0]), n))))),
            h('li', { class: 'mt-auto' },
              h('div', { class: '-mx-2 rounded-md bg-gray-800 p-3' },
                h('p', { class: 'text-xs font-medium text-gray-400' }, 'GSTIN'),
                h('p', { class: 'mt-1 text-sm font-semibold text-white' }, S.me.gstin))))))),
    h('div', { class: 'pl-72' },
      h('div', { class: 'sticky top-0 z-40 flex h-16 shrink-0 items-center gap-x-4 border-b border-gray-200 bg-white px-4 shadow-sm sm:gap-x-6 sm:px-6 lg:px-8' },
        h('div', { class: 'flex flex-1 items-center gap-x-4 lg:gap-x-6' },
          h('div', { class: 'flex flex-1 items-center' },
            h('p', { class: 'text-sm text-gray-500' }, S.me.legalName, ' · GSTIN ', h('span', { class: 'font-medium text-gray-900' }, S.me.gstin))),
          h('div', { class: 'flex items-center gap-x-4 lg:gap-x-6' },
            h('button', { type: 'button', class: '-m-2.5 p-2.5 text-gray-400 hover:text-gray-500' }, h('span', { class: 'sr-only' }, 'View notifications'), icon('bell', 'h-6 w-6')),
            h('div', { class: 'hidden lg:block lg:h-6 lg:w-px lg:bg-gray-900/10', 'aria-hidden': 'true' }),
            UserMenu()))),
      h('main', { class: 'py-10' }, h('div', { class: 'px-4 sm:px-6 lg:px-8' }, Page(p)))));
}
function Page(p) {
  if (p === '/dashboard') return Dashboard();
  if (p === CREATE_PATH) return CreateApiUser();
  const leaf = LEAVES[p];
  if (leaf) return Placeholder(p, leaf);
  return Placeholder(p, { name: 'Page not found', trail: ['Page not found'] });
}
function Breadcrumbs(trail) {
  return h('nav', { class: 'flex', 'aria-label': 'Breadcrumb' },
    h('ol', { role: 'list', class: 'flex items-center space-x-4' },
      trail.map((name, i) => h('li', null,
        h('div', { class: 'flex items-center' },
          i ? icon('chevronRight', 'h-5 w-5 flex-shrink-0 text-gray-400') : null,
          h('span', { class: cx(i ? 'ml-4' : '', 'text-sm font-medium text-gray-500'), 'aria-current': i === trail.length - 1 ? 'page' : null }, name))))));
}
function Heading(title, sub) {
  return h('div', { class: 'min-w-0 flex-1' },
    h('h2', { class: 'text-2xl font-bold leading-7 text-gray-900 sm:truncate sm:text-3xl sm:tracking-tight' }, title),
    sub ? h('p', { class: 'mt-1 text-sm text-gray-500' }, sub) : null);
}
function Placeholder(p, leaf) {
  return h('div', { key: 'page' + p },
    Breadcrumbs(leaf.trail),
    h('div', { class: 'mt-2' }, Heading(leaf.name)),
    h('div', { class: 'mt-8 rounded-lg border-2 border-dashed border-gray-300 p-12 text-center' },
      icon('inbox', 'mx-auto h-12 w-12 text-gray-400'),
      h('h3', { class: 'mt-2 text-sm font-semibold text-gray-900' }, 'No records found'),
      h('p', { class: 'mt-1 text-sm text-gray-500' }, 'There is nothing to show here for GSTIN ' + S.me.gstin + ' yet.')));
}
ROUTE_ENTER['/dashboard'] = () => {
  S.dash = null;
  api('GET', '/api/dashboard/summary').then(({ ok, data }) => { if (ok) { S.dash = data; schedule(); } }).catch(failed);
  if (!S.techChecked) {
    S.techChecked = true;
    api('GET', '/api/profile/technical-contact').then(({ ok, data }) => {
      if (ok && data.prompt) setTimeout(() => openTechContact(data.contact), 350);
    }).catch(failed);
  }
};
const NOTICES = [
  ['Two-factor authentication is mandatory', 'From 1 April 2025 every login needs an OTP sent to the registered mobile number or the NIC-GST-Shield app.'],
  ['Time limit on reporting e-Invoices', 'Taxpayers with AATO of 10 crore and above must report invoices within 30 days of the invoice date.'],
  ['API users per GSP', 'Create a separate API user for each GSP you use; each GSTIN needs its own API users.'],
];
function Dashboard() {
  const D = S.dash;
  const stat = (name, value, note) => h('div', { class: 'overflow-hidden rounded-lg bg-white px-4 py-5 shadow sm:p-6' },
    h('dt', { class: 'truncate text-sm font-medium text-gray-500' }, name),
    h('dd', { class: 'mt-1 text-3xl font-semibold tracking-tight text-gray-900' }, D ? String(value) : '—'),
    h('p', { class: 'mt-1 text-xs text-gray-500' }, note));
  return h('div', { key: 'page/dashboard' },
    h('div', { class: 'md:flex md:items-center md:justify-between' }, Heading('Dash Board', 'Welcome back, ' + S.me.legalName + '.')),
    h('dl', { class: 'mt-5 grid grid-cols-1 gap-5 sm:grid-cols-3' },
      stat('Generations', D && D.generations.toLocaleString('en-IN'), 'IRNs generated this month'),
      stat('Cancelled', D && D.cancelled, 'IRNs cancelled this month'),
      stat('API users', D && D.apiUsers, 'Registered for this GSTIN')),
    h('div', { class: 'mt-8 overflow-hidden rounded-lg bg-white shadow' },
      h('div', { class: 'px-4 py-5 sm:p-6' },
        h('h3', { class: 'text-base font-semibold leading-6 text-gray-900' }, 'Announcements'),
        h('ul', { role: 'list', class: 'mt-4 divide-y divide-gray-100' },
          NOTICES.map(([t, d]) => h('li', { class: 'py-3' },
            h('p', { class: 'text-sm font-medium text-gray-900' }, t),
            h('p', { class: 'mt-1 text-sm text-gray-500' }, d)))))));
}
function openTechContact(c) {
  if (!S.me || S.dialog) return;
  S.tech = { name: c.name, mobile: c.mobile, email: c.email, errors: {}, busy: false };
  openDialog({ kind: 'technical-contact', render: TechContactBody });
}
function saveTechContact(e) {
  e.preventDefault();
  const T = S.tech;
  if (T.busy) return;
  T.busy = true;
  schedule();
  api('PUT', '/api/profile/technical-contact', { name: T.name, mobile: T.mobile, email: T.email }).then(({ ok, data }) => {
    T.busy = false;
    if (ok) { closeDialog(); notify('success', 'Saved', 'Contact details of the technical person updated.'); }
    else T.errors = data.errors || {};
    schedule();
  }).catch((err) => { T.busy = false; failed(err); schedule(); });
}
function TechContactBody(d) {
  const T = S.tech;
  const set = (k) => (v) => { T[k] = v; delete T.errors[k]; schedule(); };
  return [
    h('div', { class: 'absolute right-0 top-0 hidden pr-4 pt-4 sm:block' },
      h('button', { type: 'button', class: 'rounded-md bg-white text-gray-400 hover:text-gray-500 focus:outline-none focus:ring-2 focus:ring-indigo-500 focus:ring-offset-2', onClick: closeDialog },
        h('span', { class: 'sr-only' }, 'Close'), icon('xMark', 'h-6 w-6'))),
    h('div', { class: 'sm:flex sm:items-start' },
      h('div', { class: 'mx-auto flex h-12 w-12 flex-shrink-0 items-center justify-center rounded-full bg-indigo-100 sm:mx-0 sm:h-10 sm:w-10' },
        icon('userCircle', 'h-6 w-6 text-indigo-600')),
      h('div', { class: 'mt-3 w-full text-center sm:ml-4 sm:mt-0 sm:text-left' },
        h('h3', { id: d.ids.title, class: 'text-base font-semibold leading-6 text-gray-900' }, 'Contacts of Technical Person'),
        h('div', { class: 'mt-2' },
          h('p', { class: 'text-sm text-gray-500' }, 'Please confirm the contact details of your technical person. They will receive e-Invoice API and system related communication from NIC.')),
        h('form', { id: 'technical-contact-form', class: 'mt-4 space-y-4 text-left', novalidate: true, onSubmit: saveTechContact },
          Field({ id: 'tech-name', label: 'Name', value: T.name, error: T.errors.name, onInput: set('name') }),
          Field({ id: 'tech-mobile', label: 'Mobile Number', inputmode: 'numeric', maxlength: '10', value: T.mobile, error: T.errors.mobile, onInput: set('mobile') }),
          Field({ id: 'tech-email', type: 'email', label: 'E-mail', value: T.email, error: T.errors.email, onInput: set('email') })))),
    h('div', { class: 'mt-5 sm:mt-4 sm:flex sm:flex-row-reverse' },
      h('button', { type: 'submit', form: 'technical-contact-form', disabled: T.busy, class: 'inline-flex w-full justify-center rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:opacity-50 sm:ml-3 sm:w-auto' },
        T.busy ? 'Updating...' : 'Update'),
      h('button', { type: 'button', class: 'mt-3 inline-flex w-full justify-center rounded-md bg-white px-3 py-2 text-sm font-semibold text-gray-900 shadow-sm ring-1 ring-inset ring-gray-300 hover:bg-gray-50 sm:mt-0 sm:w-auto', onClick: closeDialog }, 'Close')),
  ];
}
`;
/** Create API User: OTP boxes, RadioGroup, Combobox, the confirmation Dialog, the registrations table. */
const CLIENT_API = String.raw`
const MODES = [
  { value: 'direct', name: 'Directly', desc: 'Your own system calls the e-Invoice APIs with its own Client ID and secret.' },
  { value: 'gsp', name: 'Through GSP', desc: 'Your GST Suvidha Provider calls the e-Invoice APIs on your behalf.' },
  { value: 'erp', name: 'Through ERP', desc: 'Your ERP calls the e-Invoice APIs with its registered ERP credentials.' },
  { value: 'other', name: 'Through Client-Id of other', desc: 'Use the Client-Id of another GSTIN with the same PAN.' },
];
const MODE_NOTE = {
  direct: 'Direct API access is available only to taxpayers whose aggregate turnover is above the limit notified by GSTN. Your GSTIN is not enabled for it.',
  erp: 'Registration through ERP is not enabled for this GSTIN. Ask your ERP vendor to register with NIC first.',
  other: 'No other GSTIN with the same PAN has shared its Client-Id with this GSTIN.',
};
const PASSWORD_OK = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,20}$/;
const PASSWORD_HINT = '8 to 20 characters with an upper-case letter, a lower-case letter, a digit and a special character.';
const blankOtp = () => ['', '', '', '', '', ''];
function freshReg() {
  return { phase: 'idle', sending: false, otp: blankOtp(), otpError: '', mobile: '', resendIn: 0, mode: null, focusMode: null, rgIds: null,
    gsps: null, gsp: null, cbText: '', query: '', cbOpen: false, active: null, optIds: {}, cbIds: null, cbEl: null,
    username: '', password: '', password2: '', errors: {}, alert: null, busy: false, created: null, regs: null };
}
ROUTE_ENTER[CREATE_PATH] = () => {
  const R = (S.reg = freshReg());
  api('GET', '/api/api-registration/gsps').then(({ ok, data }) => { if (ok) { R.gsps = data.gsps; schedule(); } }).catch(failed);
};
const focusBox = (i) => { const el = document.getElementById('api-otp-' + i); if (el) { el.focus(); el.select(); } };
function sendApiOtp() {
  const R = S.reg;
  const resend = R.phase === 'sent';
  if (R.phase === 'sending' || R.sending) return;
  if (resend) R.sending = true; else R.phase = 'sending';
  schedule();
  api('POST', '/api/api-registration/otp/send', {}).then(({ ok, data }) => {
    R.sending = false;
    if (ok) {
      R.phase = 'sent'; R.mobile = data.mobile; R.resendIn = 30; R.otp = blankOtp(); R.otpError = '';
      notify('success', 'OTP sent', 'An OTP has been sent to your registered mobile number ' + data.mobile + '.');
      after(() => focusBox(0));
    } else {
      if (!resend) R.phase = 'idle';
      notify('error', 'Error', data.error || 'Unable to send the OTP. Please try again.');
    }
    schedule();
  }).catch((err) => { R.sending = false; if (!resend && !err.lost) R.phase = 'idle'; failed(err); schedule(); });
}
function spreadOtp(R, i, digits) {
  let j = i;
  for (const ch of digits) { if (j > 5) break; R.otp[j++] = ch; }
  R.otpError = '';
  schedule();
  after(() => focusBox(Math.min(j, 5)));
}
function otpInput(R, i, e) {
  const digits = e.target.value.replace(/\D/g, '');
  if (digits.length > 1) { spreadOtp(R, i, digits); return; }
  R.otp[i] = digits;
  R.otpError = '';
  schedule();
  if (digits && i < 5) after(() => focusBox(i + 1));
}
function otpKey(R, i, e) {
  if (e.key === 'Backspace' && !R.otp[i] && i > 0) { e.preventDefault(); R.otp[i - 1] = ''; schedule(); after(() => focusBox(i - 1)); }
  else if (e.key === 'ArrowLeft' && i > 0) { e.preventDefault(); focusBox(i - 1); }
  else if (e.key === 'ArrowRight' && i < 5) { e.preventDefault(); focusBox(i + 1); }
}
function otpPaste(R, i, e) {
  const text = (e.clipboardData && e.clipboardData.getData('text')) || '';
  e.preventDefault();
  const digits = text.replace(/\D/g, '');
  if (digits) spreadOtp(R, i, digits);
}
function verifyApiOtp(e) {
  e.preventDefault();
  const R = S.reg;
  if (R.phase !== 'sent') return;
  const code = R.otp.join('');
  if (!/^\d{6}$/.test(code)) { R.otpError = 'Please enter the 6-digit OTP.'; schedule(); return; }
  R.phase = 'verifying';
  R.otpError = '';
  schedule();
  api('POST', '/api/api-registration/otp/verify', { otp: code }).then(({ ok, data }) => {
    if (ok) {
      R.phase = 'verified';
      R.regs = data.registrations;
      notify('success', 'OTP verified', 'Your registered mobile number has been verified.');
      schedule();
      return;
    }
    R.phase = 'sent';
    R.otpError = data.error || 'Invalid OTP.';
    R.otp = blankOtp();
    schedule();
    after(() => focusBox(0));
  }).catch((err) => { if (!err.lost) R.phase = 'sent'; failed(err); schedule(); });
}
function OtpForm(R) {
  const err = R.otpError;
  return h('form', { class: 'mt-5', novalidate: true, onSubmit: verifyApiOtp },
    h('label', { for: 'api-otp-0', class: 'block text-sm font-medium leading-6 text-gray-900' }, 'Enter OTP'),
    h('div', { class: 'mt-2 flex gap-x-2' },
      R.otp.map((d, i) => h('input', {
        id: 'api-otp-' + i, name: 'otp-' + i, type: 'text', inputmode: 'numeric', pattern: '[0-9]*', maxlength: '1', autocomplete: i === 0 ? 'one-time-code' : 'off',
        'aria-label': 'Digit ' + (i + 1) + ' of 6', 'aria-invalid': err ? 'true' : null, 'aria-describedby': err ? 'api-otp-error' : null, value: d,
        class: cx('block h-12 w-10 rounded-md border-0 p-0 text-center text-lg font-semibold shadow-sm ring-1 ring-inset focus:ring-2 focus:ring-inset', err ? 'text-red-900 ring-red-300 focus:ring-red-500' : 'text-gray-900 ring-gray-300 focus:ring-indigo-600'),
        onInput: (e) => otpInput(R, i, e), onKeyDown: (e) => otpKey(R, i, e), onPaste: (e) => otpPaste(R, i, e), onFocus: (e) => e.target.select(),
      }))),
    err ? h('p', { id: 'api-otp-error', class: 'mt-2 text-sm text-red-600' }, err) : null,
    h('div', { class: 'mt-5 flex items-center gap-x-4' },
      h('button', { type: 'submit', class: cx('inline-flex items-center', BTN_PRIMARY), disabled: R.phase === 'verifying' },
        R.phase === 'verifying' ? [spinner('-ml-0.5 mr-2 h-4 w-4 text-white'), 'Verifying...'] : 'Verify OTP'),
      R.resendIn > 0
        ? h('span', { class: 'text-sm text-gray-500' }, 'Resend OTP in ' + R.resendIn + 's')
        : h('button', { type: 'button', disabled: R.sending, class: 'text-sm font-semibold text-indigo-600 hover:text-indigo-500', onClick: sendApiOtp }, R.sending ? 'Sending...' : 'Resend OTP')));
}
function OtpCard(R) {
  const sent = R.phase === 'sent' || R.phase === 'verifying';
  return h('section', { class: 'overflow-hidden rounded-lg bg-white shadow', 'aria-labelledby': 'api-registration-heading' },
    h('div', { class: 'px-4 py-5 sm:p-6' },
      h('h3', { id: 'api-registration-heading', class: 'text-base font-semibold leading-6 text-gray-900' }, 'API Registration'),
      R.phase === 'verified'
        ? h('div', { class: 'mt-3 flex items-center gap-x-2 text-sm text-green-700' }, icon('checkCircle', 'h-5 w-5 text-green-500'), 'Mobile number ' + R.mobile + ' verified.')
        : h('div', { class: 'mt-2 max-w-xl text-sm text-gray-500' },
          h('p', null, sent ? 'An OTP has been sent to your registered mobile number ' + R.mobile + '. It is valid for 10 minutes.'
            : 'To create an API user, verify the OTP sent to the mobile number registered for this GSTIN.')),
      R.phase === 'verified' ? null : sent ? OtpForm(R)
        : h('div', { class: 'mt-5' },
          h('button', { type: 'button', class: cx('inline-flex items-center', BTN_PRIMARY), disabled: R.phase === 'sending', onClick: sendApiOtp },
            R.phase === 'sending' ? [spinner('-ml-0.5 mr-2 h-4 w-4 text-white'), 'Sending OTP...'] : 'Send OTP'))));
}
function pickMode(R, value) {
  R.mode = value;
  delete R.errors.mode;
  R.alert = null;
  schedule();
}
function modeKey(R, i, e) {
  let j = -1;
  if (e.key === 'ArrowDown' || e.key === 'ArrowRight') j = (i + 1) % MODES.length;
  else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') j = (i + MODES.length - 1) % MODES.length;
  else if (e.key === ' ') { e.preventDefault(); pickMode(R, MODES[i].value); return; }
  if (j < 0) return;
  e.preventDefault();
  pickMode(R, MODES[j].value);
  after(() => { const el = document.getElementById(R.rgIds.opts[j].id); if (el) el.focus(); });
}
function ModeRadios(R) {
  const ids = R.rgIds || (R.rgIds = { rg: 'headlessui-radiogroup-' + useId(), label: 'headlessui-label-' + useId(),
    opts: MODES.map(() => ({ id: 'headlessui-radiogroup-option-' + useId(), label: 'headlessui-label-' + useId(), desc: 'headlessui-description-' + useId() })) });
  const tabbable = R.mode || MODES[0].value;
  return h('div', null,
    h('div', { id: ids.rg, role: 'radiogroup', 'aria-labelledby': ids.label, 'aria-describedby': R.errors.mode ? 'mode-error' : null },
      h('label', { id: ids.label, class: 'text-sm font-semibold leading-6 text-gray-900' }, 'Do you wish to Register your GSTIN for'),
      h('div', { class: 'mt-4 grid grid-cols-1 gap-y-6 sm:grid-cols-2 sm:gap-x-4' },
        MODES.map((m, i) => {
          const checked = R.mode === m.value;
          const active = R.focusMode === m.value;
          const o = ids.opts[i];
          return h('div', { id: o.id, role: 'radio', 'aria-checked': checked ? 'true' : 'false', tabindex: tabbable === m.value ? '0' : '-1',
            'aria-labelledby': o.label, 'aria-describedby': o.desc, 'data-headlessui-state': cx(checked && 'checked', active && 'active'),
            class: cx(checked ? 'border-transparent' : 'border-gray-300', active ? 'border-indigo-600 ring-2 ring-indigo-600' : '', 'relative flex cursor-pointer rounded-lg border bg-white p-4 shadow-sm focus:outline-none'),
            onClick: () => pickMode(R, m.value), onKeyDown: (e) => modeKey(R, i, e),
            onFocus: () => { R.focusMode = m.value; schedule(); }, onBlur: () => { R.focusMode = null; schedule(); } },
            h('span', { class: 'flex flex-1' },
              h('span', { class: 'flex flex-col' },
                h('span', { id: o.label, class: 'block text-sm font-medium text-gray-900' }, m.name),
                h('span', { id: o.desc, class: 'mt-1 flex items-center text-sm text-gray-500' }, m.desc))),
            icon('checkCircle', cx(checked ? '' : 'invisible', 'h-5 w-5 text-indigo-600')),
            h('span', { 'aria-hidden': 'true', class: cx(active ? 'border' : 'border-2', checked ? 'border-indigo-600' : 'border-transparent', 'pointer-events-none absolute -inset-px rounded-lg') }));
        }))),
    R.errors.mode ? h('p', { id: 'mode-error', class: 'mt-2 text-sm text-red-600' }, R.errors.mode) : null);
}
function filteredGsps(R) {
  const all = R.gsps || [];
  const q = R.query.trim().toLowerCase();
  return q ? all.filter((g) => g.toLowerCase().includes(q)) : all;
}
function cbClose(R) { R.cbOpen = false; R.query = ''; R.cbText = R.gsp || ''; R.active = null; schedule(); }
function cbChoose(R, name) {
  R.gsp = name; R.cbText = name; R.query = ''; R.cbOpen = false; R.active = null;
  delete R.errors.gsp;
  schedule();
}
function cbType(R, v) {
  R.cbText = v; R.query = v; R.cbOpen = true;
  R.active = filteredGsps(R)[0] || null;
  delete R.errors.gsp;
  schedule();
}
function cbOpenAll(R) {
  R.cbOpen = true; R.query = '';
  R.active = R.gsp || (R.gsps && R.gsps[0]) || null;
  schedule();
  after(() => { const a = R.active && R.optIds[R.active] && document.getElementById(R.optIds[R.active]); if (a) a.scrollIntoView({ block: 'nearest' }); });
}
function cbKey(R, e) {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    if (!R.cbOpen) { cbOpenAll(R); return; }
    const list = filteredGsps(R);
    const i = list.indexOf(R.active);
    const j = e.key === 'ArrowDown' ? Math.min(list.length - 1, i + 1) : i < 0 ? list.length - 1 : Math.max(0, i - 1);
    R.active = list[j] || null;
    schedule();
    after(() => { const a = R.active && document.getElementById(R.optIds[R.active]); if (a) a.scrollIntoView({ block: 'nearest' }); });
  } else if (e.key === 'Enter') {
    if (!R.cbOpen) return;
    e.preventDefault();
    if (R.active) cbChoose(R, R.active); else cbClose(R);
  } else if (e.key === 'Escape') {
    if (R.cbOpen) { e.preventDefault(); cbClose(R); }
  } else if (e.key === 'Tab') {
    if (R.cbOpen) { if (R.active) cbChoose(R, R.active); else cbClose(R); }
  }
}
outsideHandlers.push((target) => {
  const R = S.reg;
  if (R && R.cbOpen && R.cbEl && !R.cbEl.contains(target)) cbClose(R);
});
function GspCombobox(R) {
  const ids = R.cbIds || (R.cbIds = { label: 'headlessui-label-' + useId(), input: 'headlessui-combobox-input-' + useId(), button: 'headlessui-combobox-button-' + useId(), options: null });
  const open = R.cbOpen;
  const list = open ? filteredGsps(R) : [];
  const showOptions = open && list.length > 0;
  if (showOptions && !ids.options) ids.options = 'headlessui-combobox-options-' + useId();
  if (!showOptions) { ids.options = null; R.optIds = {}; }
  const optId = (name) => R.optIds[name] || (R.optIds[name] = 'headlessui-combobox-option-' + useId());
  const state = open ? 'open' : '';
  const err = R.errors.gsp;
  return h('div', { 'data-headlessui-state': state },
    h('label', { id: ids.label, class: 'block text-sm font-medium leading-6 text-gray-900' }, 'Select your GSP'),
    h('div', { class: 'relative mt-2', ref: (el) => { R.cbEl = el; } },
      h('input', { id: ids.input, role: 'combobox', type: 'text', autocomplete: 'off', 'aria-expanded': open ? 'true' : 'false', 'aria-autocomplete': 'list', 'aria-labelledby': ids.label,
        'aria-controls': ids.options, 'aria-activedescendant': showOptions && R.active && list.includes(R.active) ? optId(R.active) : null, 'aria-invalid': err ? 'true' : null,
        'data-headlessui-state': state, placeholder: R.gsps ? 'Search GSP' : 'Loading...', value: R.cbText,
        class: cx('w-full rounded-md border-0 bg-white py-1.5 pl-3 pr-12 shadow-sm ring-1 ring-inset focus:ring-2 focus:ring-inset sm:text-sm sm:leading-6', err ? 'text-red-900 ring-red-300 focus:ring-red-500' : 'text-gray-900 ring-gray-300 focus:ring-indigo-600'),
        onInput: (e) => cbType(R, e.target.value), onKeyDown: (e) => cbKey(R, e),
        onBlur: (e) => { if (R.cbOpen && !(e.relatedTarget && R.cbEl && R.cbEl.contains(e.relatedTarget))) cbClose(R); } }),
      h('button', { id: ids.button, type: 'button', tabindex: '-1', 'aria-haspopup': 'listbox', 'aria-expanded': open ? 'true' : 'false', 'aria-controls': ids.options,
        'aria-labelledby': ids.label + ' ' + ids.button, 'data-headlessui-state': state, class: 'absolute inset-y-0 right-0 flex items-center rounded-r-md px-2 focus:outline-none',
        onMouseDown: (e) => e.preventDefault(),
        onClick: () => { const input = document.getElementById(ids.input); if (input) input.focus(); if (R.cbOpen) cbClose(R); else cbOpenAll(R); } },
        icon('chevronUpDown', 'h-5 w-5 text-gray-400')),
      showOptions ? h('ul', { id: ids.options, role: 'listbox', 'aria-labelledby': ids.label, 'data-headlessui-state': 'open',
        class: 'absolute z-10 mt-1 max-h-60 w-full overflow-auto rounded-md bg-white py-1 text-base shadow-lg ring-1 ring-black ring-opacity-5 focus:outline-none sm:text-sm' },
        list.map((name) => {
          const active = R.active === name;
          const selected = R.gsp === name;
          return h('li', { key: name, id: optId(name), role: 'option', tabindex: '-1', 'aria-selected': selected ? 'true' : 'false', 'data-headlessui-state': cx(active && 'active', selected && 'selected'),
            class: cx('relative cursor-default select-none py-2 pl-3 pr-9', active ? 'bg-indigo-600 text-white' : 'text-gray-900'),
            onMouseMove: () => { if (R.active !== name) { R.active = name; schedule(); } },
            onMouseLeave: () => { R.active = null; schedule(); },
            onMouseDown: (e) => e.preventDefault(), onClick: () => cbChoose(R, name) },
            h('span', { class: cx('block truncate', selected && 'font-semibold') }, name),
            selected ? h('span', { class: cx('absolute inset-y-0 right-0 flex items-center pr-4', active ? 'text-white' : 'text-indigo-600') }, icon('check', 'h-5 w-5')) : null);
        })) : null),
    err ? h('p', { class: 'mt-2 text-sm text-red-600' }, err) : null);
}
function UsernameField(R) {
  const err = R.errors.username;
  return h('div', null,
    h('label', { for: 'api-username', class: 'block text-sm font-medium leading-6 text-gray-900' }, 'Username'),
    h('div', { class: 'mt-2' },
      h('div', { class: cx('flex rounded-md shadow-sm ring-1 ring-inset focus-within:ring-2 focus-within:ring-inset sm:max-w-md', err ? 'ring-red-300 focus-within:ring-red-500' : 'ring-gray-300 focus-within:ring-indigo-600') },
        h('span', { class: 'flex select-none items-center pl-3 text-gray-500 sm:text-sm' }, 'API_'),
        h('input', { type: 'text', name: 'username', id: 'api-username', autocomplete: 'off', placeholder: 'erpuser01', value: R.username,
          'aria-invalid': err ? 'true' : null, 'aria-describedby': err ? 'api-username-error' : 'api-username-description',
          class: 'block flex-1 border-0 bg-transparent py-1.5 pl-1 text-gray-900 placeholder:text-gray-400 focus:ring-0 sm:text-sm sm:leading-6',
          onInput: (e) => { R.username = e.target.value; delete R.errors.username; schedule(); } }))),
    err ? h('p', { id: 'api-username-error', class: 'mt-2 text-sm text-red-600' }, err)
      : h('p', { id: 'api-username-description', class: 'mt-2 text-sm text-gray-500' }, "3 to 30 letters, digits, '.', '-' or '_'. Your API username is API_ followed by what you type."));
}
function GspFields(R) {
  const set = (k) => (v) => { R[k] = v; delete R.errors[k]; schedule(); };
  return h('div', { class: 'mt-8 grid grid-cols-1 gap-x-6 gap-y-8 sm:grid-cols-6' },
    h('div', { class: 'sm:col-span-4' }, GspCombobox(R)),
    h('div', { class: 'sm:col-span-4' }, UsernameField(R)),
    Field({ className: 'sm:col-span-3', id: 'api-password', type: 'password', label: 'Password', autocomplete: 'new-password', value: R.password, error: R.errors.password, hint: PASSWORD_HINT, onInput: set('password') }),
    Field({ className: 'sm:col-span-3', id: 'api-password-confirm', type: 'password', label: 'Re-enter Password', autocomplete: 'new-password', value: R.password2, error: R.errors.password2, onInput: set('password2') }));
}
const typedName = (R) => R.username.trim().replace(/^api_/i, '');
function validateReg(R) {
  const errors = {};
  if (!R.mode) { errors.mode = 'Please choose how you wish to register your GSTIN.'; return errors; }
  if (R.mode !== 'gsp') { errors.mode = 'This option is not enabled for your GSTIN. Choose Through GSP.'; return errors; }
  if (!R.gsp) errors.gsp = 'Please select your GSP.';
  const u = typedName(R);
  if (!u) errors.username = 'Please enter a username.';
  else if (!/^[A-Za-z0-9._-]{3,30}$/.test(u)) errors.username = "Username must be 3 to 30 letters, digits, '.', '-' or '_'.";
  if (!R.password) errors.password = 'Please enter a password.';
  else if (!PASSWORD_OK.test(R.password)) errors.password = 'Password must be ' + PASSWORD_HINT;
  if (!R.password2) errors.password2 = 'Please re-enter the password.';
  else if (R.password2 !== R.password) errors.password2 = 'Passwords do not match.';
  return errors;
}
function submitReg(e) {
  e.preventDefault();
  const R = S.reg;
  if (R.busy) return;
  if (R.cbOpen) cbClose(R);
  R.errors = validateReg(R);
  R.alert = null;
  schedule();
  if (Object.keys(R.errors).length) return;
  const uname = 'API_' + typedName(R);
  openDialog({ kind: 'confirm', render: (d) => ConfirmBody(d, uname) });
}
function ConfirmBody(d, uname) {
  const R = S.reg;
  return [
    h('div', { class: 'sm:flex sm:items-start' },
      h('div', { class: 'mx-auto flex h-12 w-12 flex-shrink-0 items-center justify-center rounded-full bg-indigo-100 sm:mx-0 sm:h-10 sm:w-10' }, icon('key', 'h-6 w-6 text-indigo-600')),
      h('div', { class: 'mt-3 text-center sm:ml-4 sm:mt-0 sm:text-left' },
        h('h3', { id: d.ids.title, class: 'text-base font-semibold leading-6 text-gray-900' }, 'Create API user?'),
        h('div', { class: 'mt-2' },
          h('p', { class: 'text-sm text-gray-500' }, 'The API user ' + uname + ' will be created for GSTIN ' + S.me.gstin + ' with ' + R.gsp + '. The GSP uses these credentials to call the e-Invoice APIs on your behalf.')))),
    h('div', { class: 'mt-5 sm:mt-4 sm:flex sm:flex-row-reverse' },
      h('button', { type: 'button', class: 'inline-flex w-full justify-center rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 sm:ml-3 sm:w-auto', onClick: createApiUser }, 'Create'),
      h('button', { type: 'button', class: 'mt-3 inline-flex w-full justify-center rounded-md bg-white px-3 py-2 text-sm font-semibold text-gray-900 shadow-sm ring-1 ring-inset ring-gray-300 hover:bg-gray-50 sm:mt-0 sm:w-auto', onClick: closeDialog }, 'Cancel')),
  ];
}
function createApiUser() {
  const R = S.reg;
  closeDialog();
  if (R.busy) return;
  R.busy = true;
  R.alert = null;
  schedule();
  const body = { mode: R.mode, gsp: R.gsp, username: typedName(R), password: R.password, confirmPassword: R.password2 };
  api('POST', '/api/api-registration/users', body).then(({ ok, status, data }) => {
    R.busy = false;
    if (ok) {
      R.created = data.user;
      R.regs = data.registrations;
      R.password = '';
      R.password2 = '';
      notify('success', 'Success', 'API user ' + data.user.username + ' created successfully.');
    } else if (status === 400 && data.errors) {
      const er = data.errors;
      R.errors = { mode: er.mode, gsp: er.gsp, username: er.username, password: er.password, password2: er.confirmPassword };
      for (const k in R.errors) if (!R.errors[k]) delete R.errors[k];
    } else {
      R.alert = data.error || 'The API user could not be created. Please try again.';
      notify('error', 'Error', R.alert);
    }
    schedule();
  }).catch((err) => { R.busy = false; failed(err); schedule(); });
}
function RegistrationCard(R) {
  if (R.created) {
    return h('section', { key: 'created', class: 'overflow-hidden rounded-lg bg-white shadow' },
      h('div', { class: 'px-4 py-5 sm:p-6' },
        Alert('green', 'API user ' + R.created.username + ' created', null,
          R.created.gsp + ' can now call the e-Invoice APIs for GSTIN ' + S.me.gstin + ' with this username and the password you chose. Note them now: the password is not shown again.'),
        h('div', { class: 'mt-5' }, h('button', { type: 'button', class: BTN_SECONDARY, onClick: () => navigate('/dashboard') }, 'Back to Dash Board'))));
  }
  return h('section', { key: 'form', class: 'overflow-hidden rounded-lg bg-white shadow' },
    h('form', { novalidate: true, onSubmit: submitReg },
      h('div', { class: 'px-4 py-5 sm:p-6' },
        h('h3', { class: 'text-base font-semibold leading-6 text-gray-900' }, 'API user details'),
        h('p', { class: 'mt-1 text-sm leading-6 text-gray-600' }, 'Choose how you will use the e-Invoice APIs, then set the credentials of the API user.'),
        R.alert ? h('div', { class: 'mt-6' }, Alert('red', 'The API user was not created', [R.alert])) : null,
        h('div', { class: 'mt-6' }, ModeRadios(R)),
        R.mode === 'gsp' ? GspFields(R) : R.mode ? h('div', { class: 'mt-6' }, Alert('blue', null, null, MODE_NOTE[R.mode])) : null),
      h('div', { class: 'flex items-center justify-end gap-x-6 border-t border-gray-900/10 px-4 py-4 sm:px-6' },
        h('button', { type: 'button', class: 'text-sm font-semibold leading-6 text-gray-900', onClick: () => navigate('/dashboard') }, 'Exit'),
        h('button', { type: 'submit', disabled: R.busy, class: cx('inline-flex items-center', BTN_PRIMARY) },
          R.busy ? [spinner('-ml-0.5 mr-2 h-4 w-4 text-white'), 'Processing...'] : 'Submit'))));
}
const fmtDate = (iso) => new Date(iso).toLocaleString('en-IN', { day: '2-digit', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
function RegistrationsTable(R) {
  const head = ['#', 'GSP Name', 'API Username', 'Created On', 'Status'];
  return h('section', { class: 'overflow-hidden rounded-lg bg-white px-4 py-5 shadow sm:p-6' },
    h('div', { class: 'sm:flex sm:items-center' },
      h('div', { class: 'sm:flex-auto' },
        h('h3', { class: 'text-base font-semibold leading-6 text-gray-900' }, 'GSPs registered for GSTIN ' + S.me.gstin),
        h('p', { class: 'mt-2 text-sm text-gray-700' }, 'API users created for this GSTIN, one for each GSP.'))),
    h('div', { class: 'mt-6 flow-root' },
      h('div', { class: '-mx-4 -my-2 overflow-x-auto sm:-mx-6' },
        h('div', { class: 'inline-block min-w-full py-2 align-middle sm:px-6' },
          h('table', { class: 'min-w-full divide-y divide-gray-300' },
            h('thead', null, h('tr', null, head.map((c, i) => h('th', { scope: 'col', class: i ? 'px-3 py-3.5 text-left text-sm font-semibold text-gray-900' : 'py-3.5 pl-4 pr-3 text-left text-sm font-semibold text-gray-900 sm:pl-0' }, c)))),
            h('tbody', { class: 'divide-y divide-gray-200' },
              R.regs.map((r) => h('tr', { key: r.username },
                h('td', { class: 'whitespace-nowrap py-4 pl-4 pr-3 text-sm text-gray-500 sm:pl-0' }, String(r.n)),
                h('td', { class: 'whitespace-nowrap px-3 py-4 text-sm font-medium text-gray-900' }, r.gsp),
                h('td', { class: 'whitespace-nowrap px-3 py-4 text-sm text-gray-500' }, r.username),
                h('td', { class: 'whitespace-nowrap px-3 py-4 text-sm text-gray-500' }, fmtDate(r.createdOn)),
                h('td', { class: 'whitespace-nowrap px-3 py-4 text-sm' },
                  h('span', { class: 'inline-flex items-center rounded-md bg-green-50 px-2 py-1 text-xs font-medium text-green-700 ring-1 ring-inset ring-green-600/20' }, r.status))))))))));
}
function CreateApiUser() {
  const R = S.reg || (S.reg = freshReg());
  if (R.mode !== 'gsp') { R.cbIds = null; R.cbOpen = false; }
  return h('div', { key: 'page' + CREATE_PATH, class: 'max-w-4xl' },
    Breadcrumbs(['API Registration', 'User Credentials', 'Create API User']),
    h('div', { class: 'mt-2' }, Heading('Create API User', 'Create the credentials your GSP uses to call the e-Invoice APIs for GSTIN ' + S.me.gstin + '.')),
    h('div', { class: 'mt-8 space-y-6' },
      OtpCard(R),
      R.phase === 'verified' ? RegistrationCard(R) : null,
      R.phase === 'verified' && R.regs ? RegistrationsTable(R) : null));
}
`;

// ---------------------------------------------------------------------------------------------
// The server: one index.html for every page URL, the built assets, the captcha picture, JSON API.
// ---------------------------------------------------------------------------------------------

const GSPS = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Avalara Technologies Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Ernst & Young LLP',
  'GSTN Solutions (Botree Software International Pvt Ltd)',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Ltd',
  'KPMG Global Services Pvt Ltd',
  'Masters India Private Limited',
  'Mastek Limited',
  'NSDL e-Governance Infrastructure Limited',
  'Reliance Corporate IT Park Limited',
  'SAP India Private Limited',
  'Seshaasai Business Forms Pvt Ltd',
  'Tally ( India) Private Ltd',
  'TaxPro GSP (Computax)',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
  'Zoho Corporation Private Limited',
  'Excellon Software Private Limited',
].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));

const TAKEN_USERNAMES = ['api_admin', 'api_test', 'api_demo', 'api_einvoice'];
const EARLIER = {
  gsp: 'Tera Software Limited',
  username: 'API_terasoft27',
  createdOn: '2023-08-14T10:42:00.000Z',
};
const MOBILE = '******4821';
const LEGAL_NAME = 'Udyam Fabrics Private Limited';
const SESSION_COOKIE = 'einv_sid';
const JS_PATH = '/assets/index-7c1e9a4b.js';
const CSS_PATH = '/assets/index-3d52f0e8.css';
const EXPIRED = { code: 'SESSION_EXPIRED', error: 'Your session has expired. Please sign in again.' };
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,20}$/;
const USERNAME_RULE = /^[A-Za-z0-9._-]{3,30}$/;

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'in';
  techPending: boolean;
  contact: { name: string; mobile: string; email: string };
  apiOtpSent: boolean;
  apiVerified: boolean;
}

const INDEX_HTML = `<!doctype html>
<html lang="en" class="h-full bg-gray-50">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>e-Invoice System</title>
    <script type="module" crossorigin src="${JS_PATH}"></script>
    <link rel="stylesheet" crossorigin href="${CSS_PATH}">
  </head>
  <body class="h-full">
    <div id="root"></div>
  </body>
</html>
`;

const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#4f46e5"/><path d="M10 9h12v3H13.5v2.5H21v3h-7.5V20H22v3H10z" fill="#fff"/></svg>';

function captchaSvg(text: string): string {
  const r = (a: number, b: number) => a + Math.random() * (b - a);
  let noise = '';
  for (let i = 0; i < 7; i++) {
    noise += `<path d="M${r(0, 40).toFixed(1)} ${r(4, 44).toFixed(1)} Q${r(50, 110).toFixed(1)} ${r(0, 48).toFixed(1)} ${r(120, 160).toFixed(1)} ${r(4, 44).toFixed(1)}" stroke="rgb(${Math.round(r(90, 180))} ${Math.round(r(90, 180))} ${Math.round(r(150, 230))})" stroke-width="${r(0.8, 1.8).toFixed(1)}" fill="none"/>`;
  }
  for (let i = 0; i < 40; i++) {
    noise += `<circle cx="${r(0, 160).toFixed(1)}" cy="${r(0, 48).toFixed(1)}" r="${r(0.6, 1.6).toFixed(1)}" fill="#6366f1" opacity="0.45"/>`;
  }
  const glyphs = [...text]
    .map((ch, i) => {
      const x = 18 + i * 27 + r(-3, 3);
      const y = 33 + r(-4, 4);
      const fill = ['#1f2937', '#3730a3', '#7c2d12', '#065f46', '#4c1d95'][i % 5];
      return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${r(-22, 22).toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="Verdana, DejaVu Sans, sans-serif" font-size="${r(22, 27).toFixed(1)}" font-weight="700" fill="${fill}">${ch}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="48" viewBox="0 0 160 48"><rect width="160" height="48" fill="#eef2ff"/>${noise}${glyphs}</svg>`;
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), headers);
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 65_536) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  const parsed: unknown = JSON.parse(text);
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function cookieOf(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === SESSION_COOKIE) return v.join('=');
  }
  return undefined;
}

export async function startHeadlessuiR18Rendition(
  options: HeadlessuiR18Options = {},
): Promise<HeadlessuiR18Rendition> {
  const state: HeadlessuiR18State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  let pendingExpiry = options.expireOnce;
  const sessions = new Map<string, Session>();
  const js = `(function(){'use strict';\n${CLIENT_RUNTIME}\n${CLIENT_AUTH}\n${CLIENT_SHELL}\n${CLIENT_API}\n})();\n`;
  const css = tailwindCss(js);

  const cookie = (id: string) => ({
    'Set-Cookie': `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`,
  });
  const current = (req: IncomingMessage) => {
    const id = cookieOf(req);
    return id ? sessions.get(id) : undefined;
  };
  const newSession = (): Session => {
    const s: Session = {
      id: randomBytes(18).toString('base64url'),
      stage: 'anon',
      techPending: false,
      contact: { name: 'Priya Raman', mobile: '9820012345', email: 'priya.raman@udyamfabrics.in' },
      apiOtpSent: false,
      apiVerified: false,
    };
    sessions.set(s.id, s);
    return s;
  };
  /** The first request of the stage named by expireOnce finds its session gone. */
  const expireAt = (stage: HeadlessuiR18Expiry, req: IncomingMessage) => {
    if (pendingExpiry !== stage) return;
    pendingExpiry = undefined;
    const id = cookieOf(req);
    if (id) sessions.delete(id);
    state.expired.push(stage);
  };
  const registrations = () =>
    [
      { ...EARLIER, status: 'Active' },
      ...state.users
        .filter((u) => u.gstin === state.gstin)
        .map((u) => ({ gsp: u.gsp, username: u.username, createdOn: u.createdOn, status: 'Active' })),
    ].map((r, i) => ({ n: i + 1, ...r }));
  const me = () => ({ username: HEADLESSUI_R18_LOGIN.username, gstin: state.gstin, legalName: LEGAL_NAME });

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, path: string) {
    const body = method === 'POST' || method === 'PUT' ? await readJson(req) : {};
    const route = `${method} ${path}`;
    if (route === 'POST /api/auth/login') {
      const old = current(req);
      if (old) sessions.delete(old.id);
      const s = newSession();
      await delay(250);
      if (str(body.captcha).trim().toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        return json(
          res,
          400,
          {
            code: 'INVALID_CAPTCHA',
            error: 'Invalid Captcha. Please enter the characters shown in the image.',
          },
          cookie(s.id),
        );
      }
      const { username, password } = HEADLESSUI_R18_LOGIN;
      if (
        str(body.username).trim().toLowerCase() !== username.toLowerCase() ||
        str(body.password) !== password
      ) {
        state.refusals.push('login');
        return json(
          res,
          400,
          {
            code: 'INVALID_CREDENTIALS',
            error: 'Invalid Login Credentials. Please check your username and password.',
          },
          cookie(s.id),
        );
      }
      s.stage = 'otp';
      return json(res, 200, { twoFactor: true, mobile: MOBILE }, cookie(s.id));
    }
    const s = current(req);
    if (route === 'GET /api/me') {
      if (s?.stage === 'in') return json(res, 200, { authenticated: true, user: me() });
      if (s?.stage === 'otp')
        return json(res, 200, { authenticated: false, twoFactor: true, mobile: MOBILE });
      return json(res, 200, { authenticated: false, twoFactor: false });
    }
    if (route === 'POST /api/auth/logout') {
      if (s) sessions.delete(s.id);
      return json(
        res,
        200,
        { ok: true },
        { 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax` },
      );
    }
    if (route === 'POST /api/auth/otp/verify' || route === 'POST /api/auth/otp/resend') {
      if (s?.stage !== 'otp') return json(res, 401, EXPIRED);
      if (route.endsWith('resend')) return json(res, 200, { ok: true, mobile: MOBILE });
      await delay(200);
      if (str(body.otp).trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        return json(res, 400, {
          code: 'INVALID_OTP',
          error: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
        });
      }
      s.stage = 'in';
      s.techPending = true;
      return json(res, 200, { authenticated: true, user: me() });
    }
    if (route === 'POST /api/api-registration/otp/send') expireAt('api-otp-send', req);
    if (route === 'POST /api/api-registration/otp/verify') expireAt('api-otp-verify', req);
    if (route === 'POST /api/api-registration/users') expireAt('submit', req);
    const live = current(req);
    if (live?.stage !== 'in') return json(res, 401, EXPIRED);

    if (route === 'GET /api/profile/technical-contact') {
      const prompt = live.techPending;
      live.techPending = false;
      return json(res, 200, { prompt, contact: live.contact });
    }
    if (route === 'PUT /api/profile/technical-contact') {
      const contact = {
        name: str(body.name).trim(),
        mobile: str(body.mobile).trim(),
        email: str(body.email).trim(),
      };
      const errors: Record<string, string> = {};
      if (!contact.name) errors.name = 'Please enter the name of the technical person.';
      if (!/^[6-9]\d{9}$/.test(contact.mobile))
        errors.mobile = 'Please enter a valid 10-digit mobile number.';
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(contact.email))
        errors.email = 'Please enter a valid e-mail address.';
      if (Object.keys(errors).length) return json(res, 400, { errors });
      live.contact = contact;
      return json(res, 200, { ok: true, contact });
    }
    if (route === 'GET /api/dashboard/summary') {
      return json(res, 200, { generations: 1284, cancelled: 37, apiUsers: registrations().length });
    }
    if (route === 'POST /api/api-registration/otp/send') {
      await delay(450);
      live.apiOtpSent = true;
      live.apiVerified = false;
      return json(res, 200, { mobile: MOBILE, validForSeconds: 600 });
    }
    if (route === 'POST /api/api-registration/otp/verify') {
      await delay(300);
      if (!live.apiOtpSent)
        return json(res, 400, { code: 'OTP_NOT_SENT', error: 'Please click Send OTP first.' });
      if (str(body.otp).trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        return json(res, 400, {
          code: 'INVALID_OTP',
          error: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
        });
      }
      live.apiVerified = true;
      return json(res, 200, { verified: true, registrations: registrations() });
    }
    if (route === 'GET /api/api-registration/gsps') return json(res, 200, { gsps: GSPS });
    if (route === 'GET /api/api-registration/users')
      return json(res, 200, { registrations: registrations() });
    if (route === 'POST /api/api-registration/users') {
      await delay(700);
      if (!live.apiVerified)
        return json(res, 403, { code: 'OTP_REQUIRED', error: 'Please verify the OTP first.' });
      const gsp = GSPS.find((g) => g === str(body.gsp));
      let typed = str(body.username).trim();
      if (/^api_/i.test(typed)) typed = typed.slice(4);
      const password = str(body.password);
      const errors: Record<string, string> = {};
      if (str(body.mode) !== 'gsp') errors.mode = 'Please choose Through GSP.';
      if (!gsp) errors.gsp = 'Please select your GSP.';
      if (!USERNAME_RULE.test(typed))
        errors.username = "Username must be 3 to 30 letters, digits, '.', '-' or '_'.";
      if (!PASSWORD_RULE.test(password))
        errors.password =
          'Password must be 8 to 20 characters with an upper-case letter, a lower-case letter, a digit and a special character.';
      if (password !== str(body.confirmPassword)) errors.confirmPassword = 'Passwords do not match.';
      if (Object.keys(errors).length || !gsp) return json(res, 400, { errors });
      const username = `API_${typed}`;
      const onFile = [EARLIER, ...state.users.filter((u) => u.gstin === state.gstin)];
      if (onFile.some((r) => r.gsp.toLowerCase() === gsp.toLowerCase())) {
        state.refusals.push('duplicate');
        return json(res, 409, {
          code: 'DUPLICATE',
          error: `GSTIN ${state.gstin} is already registered with ${gsp}.`,
        });
      }
      const allNames = [...TAKEN_USERNAMES, EARLIER.username, ...state.users.map((u) => u.username)];
      if (allNames.some((n) => n.toLowerCase() === username.toLowerCase())) {
        state.refusals.push('username-taken');
        return json(res, 409, {
          code: 'USERNAME_TAKEN',
          error: `Username ${username} is already taken. Please choose a different username.`,
        });
      }
      const user = { gstin: state.gstin, gsp, username, password, createdOn: new Date().toISOString() };
      state.users.push(user);
      return json(res, 201, {
        user: { gsp, username, createdOn: user.createdOn },
        registrations: registrations(),
      });
    }
    return json(res, 404, { code: 'NOT_FOUND', error: 'Not found' });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (method === 'GET' && path === JS_PATH) return send(res, 200, 'text/javascript; charset=utf-8', js);
    if (method === 'GET' && path === CSS_PATH) return send(res, 200, 'text/css; charset=utf-8', css);
    if (method === 'GET' && path === '/favicon.svg') return send(res, 200, 'image/svg+xml', FAVICON);
    if (method === 'GET' && path === '/api/captcha')
      return send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
    if (path.startsWith('/api/')) return handleApi(req, res, method, path);
    if (method !== 'GET' && method !== 'HEAD') return send(res, 405, 'text/plain', 'Method Not Allowed');
    if (path.startsWith('/assets/') || path.includes('.')) return send(res, 404, 'text/plain', 'Not Found');
    return send(res, 200, 'text/html; charset=utf-8', INDEX_HTML);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) json(res, 400, { code: 'BAD_REQUEST', error: 'Bad request' });
      else res.end();
    });
  });
  const sockets = new Set<Socket>();
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
