/**
 * Rendition r23-chakra: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and shared/portal/guide.md), drawn as a React single-page app built
 * with Chakra UI v2 (Emotion) would draw it: Emotion hashed `css-xxxxxx` classes on nearly every
 * element plus Chakra's static `chakra-*` classes, portalled overlays, framer-motion-like inline
 * transforms, JSON fetch calls and client-side routing, all reproduced by a small hand-written runtime.
 *
 * Choices made where the docs are silent:
 * - URLs: the SPA shell is served at `/`, `/login`, `/dashboard`, `/api-registration/create-api-user` and
 *   a few other sidebar pages (`/einvoice/...`, `/api-registration/...`, `/mis-reports/...`,
 *   `/user-management/...`); routing between them is client side (`history.pushState`). JSON API:
 *   `GET /api/captcha` (SVG picture with noise), `POST /api/auth/login`, `POST /api/auth/verify-otp`,
 *   `POST /api/auth/logout`, `GET /api/me`, `POST /api/api-user/otp/send`, `POST /api/api-user/otp/verify`,
 *   `GET /api/api-user/registrations`, `POST /api/api-user/register`. Everything typed travels in POST
 *   bodies; the session is the HttpOnly cookie `einv.sid`.
 * - Home: a header bar with the "e-Invoice System" logo, a ghost "Help" button (info toast) and a
 *   "Login" button that opens a Chakra Drawer from the right titled "Login": FormControls "User Name", "Password" (InputGroup with a "Show"/"Hide"
 *   button) and "Enter Captcha" beside an `img.chakra-image` (alt "Captcha") and an IconButton
 *   "Refresh captcha"; footer buttons "Cancel" and "Login" (submit). Required errors ("User Name is
 *   required", ...) appear only after blur or submit. Server refusals are shown as an inline Alert in the
 *   drawer: "Invalid Captcha. Please enter the characters shown in the image." / "Invalid Login
 *   Credentials. Please check your user name and password."; the captcha is cleared and redrawn.
 * - Login OTP: the same drawer turns into "Two-Factor Authentication" with a FormControl "Enter OTP"
 *   holding a six-box Chakra PinInput, and buttons "Back" and "Verify OTP". A wrong OTP shows the
 *   FormErrorMessage "Invalid OTP. Please enter the correct OTP." and clears the boxes (an incomplete one:
 *   "Please enter the 6-digit OTP.", not sent).
 * - After login the app routes to `/dashboard` (heading "Dash Board", Stat cards "Generations" and
 *   "Cancelled"); the first `/api/me` of a login carries a popup: a centered Chakra Modal "Contacts of
 *   Technical Person" (name, mobile, e-mail) with a close button (aria-label "Close") and a red "Exit".
 * - Menu: a left sidebar Chakra Accordion (allowMultiple): "e-Invoice", "API Registration", "MIS Reports",
 *   "User Management"; inside "API Registration" a nested accordion item "User Credentials" (links "Create
 *   API User", "Change API Password", "Freeze API User") and a link "IP Whitelisting"; leaves are
 *   `a.chakra-link` with real hrefs; panels animate their height (`div.chakra-collapse`). A "Dash Board"
 *   link sits above the groups. A user Menu (`chakra-menu__menu-button`) in the header offers
 *   "Dash Board" and "Logout".
 * - Create API User: opening the page sends the API OTP automatically (spinner "Sending OTP to your
 *   registered mobile number..."), then a Card "API Registration" shows an info Alert ("OTP has been sent
 *   to your registered mobile number XXXXXX7021. It is valid for 10 minutes."), FormControl "Enter OTP"
 *   with a PinInput, "Verify OTP" and a link button "Resend OTP" (30 s cooldown, "Resend OTP in Ns").
 *   A wrong API OTP shows "Invalid OTP. Please enter the correct OTP sent to your registered mobile
 *   number." under the boxes and can be retried; a resend shows an info toast "OTP sent".
 * - Registration form: a fieldset "Do you wish to Register your GSTIN for" with Chakra Radios "Directly",
 *   "Through GSP", "Through ERP", "Through Client-Id of other" (none preselected; "Directly", "Through
 *   ERP" and "Through Client-Id of other" show an Alert and are refused by validation). "Through GSP"
 *   reveals a native Chakra Select "Select your GSP" (placeholder option "Select your GSP", 26 GSPs), "Username" (InputLeftAddon
 *   `API_` + the typed part, 2-11 letters or digits), "Password" and "Re-enter Password" (8-15 characters
 *   with upper, lower, digit and special; Show/Hide), buttons "Submit" and "Exit" (back to the dashboard).
 * - Submit opens a Chakra AlertDialog "Confirm Registration" (Cancel focused, "Confirm"). The verdict is a
 *   toast (`ul#chakra-toast-manager-top`, 5 s) plus an inline Alert in the card: success "API user created"
 *   / "API user API_x has been created for GSTIN G through GSP."; refusals "Registration failed" / "GSTIN G
 *   is already registered with GSP. ..." or "The user name API_x is already in use. ...". Below the form a
 *   Card "GSPs registered for this GSTIN" lists GSP, API user name, date and status (seeded with an older
 *   TERA SOFTWARE LIMITED registration kept apart from `state.users`).
 * - Sessions: a page GET without a logged-in session redirects (302) to `/login?expired=1`, which opens the
 *   login drawer with the warning "Your session has expired. Please login again."; `/` and `/login` with a
 *   live session redirect to `/dashboard`. An API call without a session answers 401 JSON
 *   `{code:'SESSION_EXPIRED'}`; the page shows an error toast "Session expired" and goes to
 *   `/login?expired=1` after 2 s.
 * - expireOnce: the first `POST /api/api-user/otp/send` ('api-otp-send'), `POST /api/api-user/otp/verify`
 *   ('api-otp-verify') or `POST /api/api-user/register` ('submit') deletes the session first, records the
 *   stage in `state.expired` and answers like any lost session; only once per server.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type ChakraR23Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface ChakraR23Options {
  expireOnce?: ChakraR23Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface ChakraR23State {
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
export interface ChakraR23Rendition {
  url: string;
  close(): Promise<void>;
  state: ChakraR23State;
}
export const CHAKRA_R23_LOGIN: { username: string; password: string } = {
  username: 'udyogfab27',
  password: 'Udyog@2025',
};

const COOKIE = 'einv.sid';
const MOBILE = 'XXXXXX7021';
const LEGAL_NAME = 'M/s UDYOG FABRICATORS';
const EXPIRED_MESSAGE = 'Your session has expired. Please login again.';
const CREATE_PATH = '/api-registration/create-api-user';

const GSPS: readonly string[] = [
  'ADAEQUARE INFO PRIVATE LIMITED',
  'ALANKIT LIMITED',
  'BODHTREE CONSULTING LIMITED',
  'BVM IT CONSULTING SERVICES INDIA PRIVATE LIMITED',
  'CHARTERED INFORMATION SYSTEMS PRIVATE LIMITED',
  'CYGNET INFOTECH PRIVATE LIMITED',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'ERNST & YOUNG LLP',
  'EXCELLON SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'MARG COMPUSOFT PRIVATE LIMITED',
  'MASTEK LIMITED',
  'MASTERS INDIA PRIVATE LIMITED',
  'RELIANCE CORPORATE IT PARK LIMITED',
  'SAG INFOTECH PRIVATE LIMITED',
  'SESHAASAI BUSINESS FORMS PRIVATE LIMITED',
  'SPICE DIGITAL LIMITED',
  'TALLY (INDIA) PRIVATE LIMITED',
  'TATA CONSULTANCY SERVICES LIMITED',
  'TAXMANN TECHNOLOGIES PRIVATE LIMITED',
  'TERA SOFTWARE LIMITED',
  'VAY NETWORK SERVICES PRIVATE LIMITED',
  'WEBTEL ELECTROSOFT PRIVATE LIMITED',
  'WIPRO LIMITED',
  'ZOHO CORPORATION PRIVATE LIMITED',
];

interface NavLeaf {
  label: string;
  href: string;
}
interface NavGroup {
  label: string;
  items: (NavLeaf | NavGroup)[];
}
const NAV: NavGroup[] = [
  {
    label: 'e-Invoice',
    items: [
      { label: 'Generate IRN', href: '/einvoice/generate' },
      { label: 'Cancel IRN', href: '/einvoice/cancel' },
      { label: 'Bulk Upload', href: '/einvoice/bulk-upload' },
      { label: 'Print e-Invoice', href: '/einvoice/print' },
    ],
  },
  {
    label: 'API Registration',
    items: [
      {
        label: 'User Credentials',
        items: [
          { label: 'Create API User', href: CREATE_PATH },
          { label: 'Change API Password', href: '/api-registration/change-password' },
          { label: 'Freeze API User', href: '/api-registration/freeze-user' },
        ],
      },
      { label: 'IP Whitelisting', href: '/api-registration/ip-whitelisting' },
    ],
  },
  {
    label: 'MIS Reports',
    items: [
      { label: 'IRN Details', href: '/mis-reports/irn-details' },
      { label: 'Summary Report', href: '/mis-reports/summary' },
    ],
  },
  {
    label: 'User Management',
    items: [
      { label: 'Create Sub-User', href: '/user-management/create' },
      { label: 'Freeze Sub-User', href: '/user-management/freeze' },
    ],
  },
];

const PAGES: Record<string, string> = { '/dashboard': 'Dash Board' };
const collectPages = (items: (NavLeaf | NavGroup)[]): void => {
  for (const item of items) {
    if ('href' in item) PAGES[item.href] = item.label;
    else collectPages(item.items);
  }
};
collectPages(NAV);

const COLORS: Record<string, Record<string, string>> = {
  gray: {
    50: '#F7FAFC',
    100: '#EDF2F7',
    200: '#E2E8F0',
    300: '#CBD5E0',
    400: '#A0AEC0',
    500: '#718096',
    600: '#4A5568',
    700: '#2D3748',
    800: '#1A202C',
    900: '#171923',
  },
  red: { 50: '#FFF5F5', 100: '#FED7D7', 200: '#FEB2B2', 500: '#E53E3E', 600: '#C53030', 700: '#9B2C2C' },
  orange: { 50: '#FFFAF0', 100: '#FEEBC8', 200: '#FBD38D', 500: '#DD6B20', 600: '#C05621', 700: '#9C4221' },
  green: { 50: '#F0FFF4', 100: '#C6F6D5', 200: '#9AE6B4', 500: '#38A169', 600: '#2F855A', 700: '#276749' },
  teal: { 50: '#E6FFFA', 100: '#B2F5EA', 500: '#319795', 600: '#2C7A7B', 700: '#285E61' },
  blue: {
    50: '#ebf8ff',
    100: '#bee3f8',
    200: '#90cdf4',
    300: '#63b3ed',
    400: '#4299e1',
    500: '#3182ce',
    600: '#2b6cb0',
    700: '#2c5282',
    800: '#2a4365',
    900: '#1A365D',
  },
};

const cssVars = (): string => {
  const out: string[] = [
    '--chakra-ring-inset:var(--chakra-empty,/*!*/ /*!*/)',
    '--chakra-ring-offset-width:0px',
    '--chakra-ring-offset-color:#fff',
    '--chakra-ring-color:rgba(66, 153, 225, 0.6)',
    '--chakra-colors-transparent:transparent',
    '--chakra-colors-current:currentColor',
    '--chakra-colors-black:#000000',
    '--chakra-colors-white:#FFFFFF',
    '--chakra-colors-blackAlpha-50:rgba(0, 0, 0, 0.04)',
    '--chakra-colors-blackAlpha-100:rgba(0, 0, 0, 0.06)',
    '--chakra-colors-blackAlpha-200:rgba(0, 0, 0, 0.08)',
    '--chakra-colors-blackAlpha-300:rgba(0, 0, 0, 0.16)',
    '--chakra-colors-blackAlpha-600:rgba(0, 0, 0, 0.48)',
  ];
  for (const [name, shades] of Object.entries(COLORS)) {
    for (const [shade, value] of Object.entries(shades))
      out.push(`--chakra-colors-${name}-${shade}:${value}`);
  }
  const font =
    '-apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji","Segoe UI Symbol"';
  out.push(`--chakra-fonts-heading:${font}`, `--chakra-fonts-body:${font}`);
  out.push(
    '--chakra-fonts-mono:SFMono-Regular,Menlo,Monaco,Consolas,"Liberation Mono","Courier New",monospace',
  );
  const scale: Record<string, string> = {
    xs: '0.75rem',
    sm: '0.875rem',
    md: '1rem',
    lg: '1.125rem',
    xl: '1.25rem',
    '2xl': '1.5rem',
    '3xl': '1.875rem',
    '4xl': '2.25rem',
  };
  for (const [k, v] of Object.entries(scale)) out.push(`--chakra-fontSizes-${k}:${v}`);
  out.push(
    '--chakra-fontWeights-normal:400',
    '--chakra-fontWeights-medium:500',
    '--chakra-fontWeights-semibold:600',
    '--chakra-fontWeights-bold:700',
    '--chakra-lineHeights-normal:normal',
    '--chakra-lineHeights-base:1.5',
    '--chakra-lineHeights-short:1.375',
    '--chakra-lineHeights-5:1.25rem',
    '--chakra-lineHeights-6:1.5rem',
    '--chakra-radii-none:0',
    '--chakra-radii-sm:0.125rem',
    '--chakra-radii-base:0.25rem',
    '--chakra-radii-md:0.375rem',
    '--chakra-radii-lg:0.5rem',
    '--chakra-radii-xl:0.75rem',
    '--chakra-radii-full:9999px',
  );
  const space: Record<string, string> = {
    '0-5': '0.125rem',
    1: '0.25rem',
    '1-5': '0.375rem',
    2: '0.5rem',
    3: '0.75rem',
    4: '1rem',
    5: '1.25rem',
    6: '1.5rem',
    8: '2rem',
    10: '2.5rem',
    12: '3rem',
    16: '4rem',
    64: '16rem',
  };
  for (const [k, v] of Object.entries(space))
    out.push(`--chakra-space-${k}:${v}`, `--chakra-sizes-${k}:${v}`);
  out.push(
    '--chakra-sizes-3xs:14rem',
    '--chakra-sizes-md:28rem',
    '--chakra-sizes-lg:32rem',
    '--chakra-sizes-xl:36rem',
    '--chakra-sizes-container-xl:80rem',
    '--chakra-shadows-sm:0 1px 2px 0 rgba(0, 0, 0, 0.05)',
    '--chakra-shadows-base:0 1px 3px 0 rgba(0, 0, 0, 0.1), 0 1px 2px 0 rgba(0, 0, 0, 0.06)',
    '--chakra-shadows-md:0 4px 6px -1px rgba(0, 0, 0, 0.1),0 2px 4px -1px rgba(0, 0, 0, 0.06)',
    '--chakra-shadows-lg:0 10px 15px -3px rgba(0, 0, 0, 0.1),0 4px 6px -2px rgba(0, 0, 0, 0.05)',
    '--chakra-shadows-outline:0 0 0 3px rgba(66, 153, 225, 0.6)',
    '--chakra-shadows-none:none',
    '--chakra-zIndices-docked:10',
    '--chakra-zIndices-dropdown:1000',
    '--chakra-zIndices-sticky:1100',
    '--chakra-zIndices-overlay:1300',
    '--chakra-zIndices-modal:1400',
    '--chakra-zIndices-popover:1500',
    '--chakra-zIndices-toast:1700',
    '--chakra-transition-property-common:background-color,border-color,color,fill,stroke,opacity,box-shadow,transform',
    '--chakra-transition-easing-ease-out:cubic-bezier(0, 0, 0.2, 1)',
    '--chakra-transition-duration-ultra-fast:50ms',
    '--chakra-transition-duration-fast:150ms',
    '--chakra-transition-duration-normal:200ms',
    '--chakra-colors-chakra-body-text:var(--chakra-colors-gray-800)',
    '--chakra-colors-chakra-body-bg:var(--chakra-colors-white)',
    '--chakra-colors-chakra-border-color:var(--chakra-colors-gray-200)',
    '--chakra-colors-chakra-placeholder-color:var(--chakra-colors-gray-500)',
  );
  return `:root,:host{${out.join(';')};}`;
};

const GLOBAL_CSS = [
  cssVars(),
  'html{line-height:1.5;-webkit-text-size-adjust:100%;font-family:system-ui,sans-serif;-webkit-font-smoothing:antialiased;text-rendering:optimizeLegibility;touch-action:manipulation;}',
  'body{position:relative;min-height:100%;margin:0;font-feature-settings:"kern";}',
  ':where(*, *::before, *::after){border-width:0;border-style:solid;box-sizing:border-box;word-wrap:break-word;}',
  'main{display:block;}',
  'hr{border-top-width:1px;box-sizing:content-box;height:0;overflow:visible;}',
  'a{background-color:transparent;color:inherit;text-decoration:inherit;}',
  'b,strong{font-weight:bold;}',
  'button,input,optgroup,select,textarea{padding:0;margin:0;font-family:inherit;font-size:100%;line-height:inherit;color:inherit;}',
  'button,input{overflow:visible;}',
  'button,select{text-transform:none;}',
  'button::-moz-focus-inner{border:0!important;}',
  'fieldset{margin:0;padding:0;min-width:0;}',
  'legend{box-sizing:border-box;color:inherit;display:table;max-width:100%;padding:0;white-space:normal;}',
  'button,[role="button"]{cursor:pointer;}',
  'button{background:transparent;padding:0;}',
  'table{border-collapse:collapse;}',
  'h1,h2,h3,h4,h5,h6{font-size:inherit;font-weight:inherit;}',
  'img,svg,video,canvas,audio,iframe,embed,object{display:block;}',
  'img,video{max-width:100%;height:auto;}',
  'blockquote,dl,dd,h1,h2,h3,h4,h5,h6,hr,figure,p,pre{margin:0;}',
  'ol,ul{margin:0;padding:0;}',
  '[hidden]:where(:not([hidden="until-found"])){display:none!important;}',
  'body{font-family:var(--chakra-fonts-body);color:var(--chakra-colors-chakra-body-text);background:var(--chakra-colors-chakra-body-bg);transition-property:background-color;transition-duration:var(--chakra-transition-duration-normal);line-height:var(--chakra-lineHeights-base);}',
  '*::placeholder{color:var(--chakra-colors-chakra-placeholder-color);}',
  '*,*::before,::after{border-color:var(--chakra-colors-chakra-border-color);}',
  'body[data-scroll-locked]{overflow:hidden!important;overscroll-behavior:contain;}',
  '@keyframes animation-b7n1on{0%{transform:rotate(0deg);}100%{transform:rotate(360deg);}}',
].join('\n');

const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Ccircle cx='16' cy='16' r='15' fill='%232a4365'/%3E%3Ctext x='16' y='22' font-size='17' text-anchor='middle' fill='white' font-family='Arial'%3Ee%3C/text%3E%3C/svg%3E";

/* ------------------------------------------------------------------------------------------------
 * Client runtime: Emotion-like style insertion, a tiny React-like virtual DOM, framer-motion-like
 * tweens, Chakra portals (modal / drawer / alert dialog), toasts and the Chakra component shapes.
 * ---------------------------------------------------------------------------------------------- */
const CLIENT_RUNTIME = `
(function () {
  'use strict';
  var BOOT = window.__BOOT__ || {};
  var doc = document;
  var rootEl = doc.getElementById('root');

  /* ---------------- Emotion ---------------- */
  var sheetEl = doc.querySelector('style[data-emotion="css"]');
  var inserted = {};
  function murmur2(str) {
    var h = 0, k, i = 0, len = str.length;
    for (; len >= 4; ++i, len -= 4) {
      k = (str.charCodeAt(i) & 0xff) | ((str.charCodeAt(++i) & 0xff) << 8) | ((str.charCodeAt(++i) & 0xff) << 16) | ((str.charCodeAt(++i) & 0xff) << 24);
      k = (k & 0xffff) * 0x5bd1e995 + (((k >>> 16) * 0xe995) << 16);
      k ^= k >>> 24;
      h = ((k & 0xffff) * 0x5bd1e995 + (((k >>> 16) * 0xe995) << 16)) ^ ((h & 0xffff) * 0x5bd1e995 + (((h >>> 16) * 0xe995) << 16));
    }
    if (len === 3) h ^= (str.charCodeAt(i + 2) & 0xff) << 16;
    if (len >= 2) h ^= (str.charCodeAt(i + 1) & 0xff) << 8;
    if (len >= 1) { h ^= str.charCodeAt(i) & 0xff; h = (h & 0xffff) * 0x5bd1e995 + (((h >>> 16) * 0xe995) << 16); }
    h ^= h >>> 13;
    h = (h & 0xffff) * 0x5bd1e995 + (((h >>> 16) * 0xe995) << 16);
    return ((h ^ (h >>> 15)) >>> 0).toString(36);
  }
  function css(base, nested) {
    if (!base && !nested) return 'css-0';
    var name = 'css-' + murmur2(base + (nested ? JSON.stringify(nested) : ''));
    if (!inserted[name]) {
      inserted[name] = true;
      var sel = '.' + name, sh = sheetEl.sheet;
      var rules = [sel + '{' + base + '}'];
      if (nested) Object.keys(nested).forEach(function (k) {
        rules.push(k.charAt(0) === '@' ? k + '{' + sel + '{' + nested[k] + '}}' : k.replace(/&/g, sel) + '{' + nested[k] + '}');
      });
      rules.forEach(function (r) { try { sh.insertRule(r, sh.cssRules.length); } catch (e) { /* selector not supported */ } });
    }
    return name;
  }

  /* ---------------- virtual DOM ---------------- */
  function pushChild(out, c) {
    if (c == null || c === false || c === true) return;
    if (Array.isArray(c)) { for (var i = 0; i < c.length; i++) pushChild(out, c[i]); return; }
    if (typeof c === 'object') { out.push(c); return; }
    out.push({ tag: '#text', text: String(c), props: {}, children: [], key: null, el: null });
  }
  function h(tag, props) {
    var children = [];
    for (var i = 2; i < arguments.length; i++) pushChild(children, arguments[i]);
    props = props || {};
    return { tag: tag, props: props, children: children, key: props.key != null ? props.key : null, el: null };
  }
  var EVENTS = { onClick: 'click', onInput: 'input', onChange: 'change', onSubmit: 'submit', onKeyDown: 'keydown', onFocus: 'focus', onBlur: 'blur', onMouseDown: 'mousedown', onMouseEnter: 'mouseenter', onMouseLeave: 'mouseleave' };
  var SKIP = { key: 1, ref: 1, value: 1, checked: 1 };
  function dispatch(e) { var f = this.__h && this.__h[e.type]; if (f) f(e); }
  function attrName(k) { return k === 'className' ? 'class' : k === 'htmlFor' ? 'for' : k; }
  function setProps(el, o, n) {
    var k, v;
    for (k in o) {
      if (SKIP[k]) continue;
      if (n[k] == null || n[k] === false) {
        if (EVENTS[k]) { if (el.__h) el.__h[EVENTS[k]] = null; } else if (o[k] != null && o[k] !== false) el.removeAttribute(attrName(k));
      }
    }
    for (k in n) {
      v = n[k];
      if (SKIP[k] || v == null || v === false) continue;
      if (EVENTS[k]) {
        var t = EVENTS[k];
        if (!el.__h) el.__h = {};
        if (!(t in el.__h)) el.addEventListener(t, dispatch);
        el.__h[t] = v;
        continue;
      }
      if (o[k] === v && el.hasAttribute(attrName(k))) continue;
      el.setAttribute(attrName(k), v === true ? '' : String(v));
    }
  }
  function post(el, p) {
    if ('value' in p && p.value != null && el.value !== String(p.value)) el.value = p.value;
    if ('checked' in p) el.checked = !!p.checked;
  }
  function create(v, svg) {
    if (v.tag === '#text') { v.el = doc.createTextNode(v.text); return v.el; }
    svg = svg || v.tag === 'svg';
    var el = svg ? doc.createElementNS('http://www.w3.org/2000/svg', v.tag) : doc.createElement(v.tag);
    v.el = el;
    setProps(el, {}, v.props);
    for (var i = 0; i < v.children.length; i++) el.appendChild(create(v.children[i], svg));
    post(el, v.props);
    if (v.props.ref) v.props.ref(el);
    return el;
  }
  function patch(o, n, svg) {
    var el = (n.el = o.el);
    if (n.tag === '#text') { if (o.text !== n.text) el.nodeValue = n.text; return; }
    svg = svg || n.tag === 'svg';
    setProps(el, o.props, n.props);
    patchChildren(el, o.children, n.children, svg);
    post(el, n.props);
  }
  function patchChildren(parent, oldCh, newCh, svg) {
    var keyed = {}, unkeyed = [], used = [], ui = 0;
    oldCh.forEach(function (o) { if (o.key != null) keyed[o.key] = o; else unkeyed.push(o); });
    newCh.forEach(function (n, i) {
      var o = n.key != null ? keyed[n.key] : unkeyed[ui++];
      if (o && (o.tag !== n.tag || used.indexOf(o) >= 0)) o = null;
      var el;
      if (o) { used.push(o); patch(o, n, svg); el = o.el; } else el = create(n, svg);
      var ref = parent.childNodes[i];
      if (ref !== el) parent.insertBefore(el, ref || null);
    });
    oldCh.forEach(function (o) { if (used.indexOf(o) < 0 && o.el && o.el.parentNode === parent) parent.removeChild(o.el); });
  }

  /* ---------------- scheduler ---------------- */
  var scheduled = false, afterQueue = [], renderFn = null;
  function update() {
    if (scheduled) return;
    scheduled = true;
    Promise.resolve().then(function () { scheduled = false; if (renderFn) renderFn(); var q = afterQueue; afterQueue = []; q.forEach(function (f) { f(); }); });
  }
  function afterRender(f) { afterQueue.push(f); update(); }
  function focusId(id) { afterRender(function () { var el = doc.getElementById(id); if (el) el.focus(); }); }

  /* ---------------- framer-motion-like tweens ---------------- */
  function tween(ms, step, done) {
    var t0 = performance.now(), finished = false;
    function end() { if (finished) return; finished = true; step(1); if (done) done(); }
    function frame(now) { if (finished) return; var p = Math.min(1, (now - t0) / ms); if (p >= 1) { end(); return; } step(p); requestAnimationFrame(frame); }
    step(0);
    requestAnimationFrame(frame);
    setTimeout(end, ms + 80);
  }
  function easeOut(p) { return 1 - Math.pow(1 - p, 3); }
  function easeIn(p) { return p * p * p; }
  function n3(x) { return Math.round(x * 1000) / 1000; }

  /* ---------------- portals: Modal / Drawer / AlertDialog ---------------- */
  var portals = {}, toastPortal = null;
  function tabbables(root) {
    return Array.prototype.filter.call(root.querySelectorAll('a[href],button,input,select,textarea,[tabindex]'), function (el) {
      if (el.disabled) return false;
      var ti = el.getAttribute('tabindex');
      if (ti !== null && Number(ti) < 0) return false;
      if (el.hasAttribute('data-focus-guard')) return false;
      return el.getClientRects().length > 0;
    });
  }
  function styleOf(kind, part, p) {
    if (part === 'overlay') return 'opacity: ' + n3(p) + ';';
    if (kind === 'drawer') return p >= 1 ? 'transform: none;' : 'transform: translateX(' + n3(100 - 100 * p) + '%) translateZ(0px);';
    return p >= 1 ? 'opacity: 1; transform: none;' : 'opacity: ' + n3(p) + '; transform: scale(' + n3(0.95 + 0.05 * p) + ') translateZ(0px);';
  }
  function renderPortals(specs) {
    var seen = {};
    specs.forEach(function (sp) {
      seen[sp.key] = true;
      var rec = portals[sp.key];
      if (rec && rec.closing) { finishClose(rec); rec = null; }
      if (!rec) {
        var el = doc.createElement('div');
        el.className = 'chakra-portal';
        doc.body.appendChild(el);
        rec = portals[sp.key] = { key: sp.key, el: el, kids: [], sp: sp, hidden: [], prevFocus: doc.activeElement, closing: false };
        patchChildren(el, [], sp.nodes);
        rec.kids = sp.nodes;
        openPortal(rec);
      } else {
        patchChildren(rec.el, rec.kids, sp.nodes);
        rec.kids = sp.nodes;
        rec.sp = sp;
      }
    });
    Object.keys(portals).forEach(function (k) { var r = portals[k]; if (!seen[k] && !r.closing) closePortal(r); });
  }
  function openPortal(rec) {
    Array.prototype.forEach.call(doc.body.children, function (c) {
      if (c === rec.el || c === toastPortal || c.tagName === 'SCRIPT' || c.tagName === 'NOSCRIPT' || c.tagName === 'STYLE') return;
      if (c.getAttribute('aria-hidden') === 'true') return;
      c.setAttribute('aria-hidden', 'true');
      rec.hidden.push(c);
    });
    doc.body.setAttribute('data-scroll-locked', '1');
    var overlay = rec.el.querySelector('.chakra-modal__overlay');
    var content = rec.el.querySelector('.chakra-modal__content');
    var kind = rec.sp.kind;
    tween(kind === 'drawer' ? 200 : 180, function (p) {
      var e = easeOut(p);
      if (overlay) overlay.setAttribute('style', styleOf(kind, 'overlay', e));
      if (content) content.setAttribute('style', styleOf(kind, 'content', e));
    });
    setTimeout(function () {
      var t = rec.sp.initialFocus ? doc.getElementById(rec.sp.initialFocus) : null;
      if (!t && content) t = tabbables(content)[0] || content;
      if (t) t.focus({ preventScroll: true });
    }, 0);
  }
  function closePortal(rec) {
    rec.closing = true;
    rec.hidden.forEach(function (c) { c.removeAttribute('aria-hidden'); });
    rec.hidden = [];
    var others = Object.keys(portals).filter(function (k) { return portals[k] !== rec && !portals[k].closing; });
    if (!others.length) doc.body.removeAttribute('data-scroll-locked');
    var overlay = rec.el.querySelector('.chakra-modal__overlay');
    var content = rec.el.querySelector('.chakra-modal__content');
    var kind = rec.sp.kind;
    tween(kind === 'drawer' ? 150 : 100, function (p) {
      var e = 1 - easeIn(p);
      if (overlay) overlay.setAttribute('style', styleOf(kind, 'overlay', e));
      if (content) content.setAttribute('style', e >= 1 ? styleOf(kind, 'content', 0.999) : styleOf(kind, 'content', e));
    }, function () { finishClose(rec); });
  }
  function finishClose(rec) {
    if (rec.done) return;
    rec.done = true;
    if (rec.el.parentNode) rec.el.parentNode.removeChild(rec.el);
    if (portals[rec.key] === rec) delete portals[rec.key];
    var pf = rec.prevFocus;
    var active = doc.activeElement;
    if (pf && pf.focus && doc.contains(pf) && (!active || active === doc.body || !doc.contains(active))) pf.focus({ preventScroll: true });
  }
  function trapTab(e) {
    var section = e.currentTarget.querySelector('.chakra-modal__content');
    if (!section) return;
    var tb = tabbables(section);
    if (!tb.length) { e.preventDefault(); section.focus(); return; }
    var first = tb[0], last = tb[tb.length - 1], a = doc.activeElement;
    if (e.shiftKey && (a === first || a === section)) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && a === last) { e.preventDefault(); first.focus(); }
  }
  var GUARD = 'width: 1px; height: 0px; padding: 0px; overflow: hidden; position: fixed; top: 1px; left: 1px;';
  var CLOSE_PATH = 'M.439,21.44a1.5,1.5,0,0,0,2.122,2.121L11.823,14.3a.25.25,0,0,1,.354,0l9.262,9.263a1.5,1.5,0,1,0,2.122-2.121L14.3,12.177a.25.25,0,0,1,0-.354l9.263-9.262A1.5,1.5,0,0,0,21.439.44L12.177,9.7a.25.25,0,0,1-.354,0L2.561.44A1.5,1.5,0,0,0,.439,2.561L9.7,11.823a.25.25,0,0,1,0,.354Z';
  function CloseButton(onClick, cls, sx, size) {
    var s = size === 'sm' ? 'var(--chakra-sizes-6)' : 'var(--chakra-sizes-8)';
    return h('button', { type: 'button', 'aria-label': 'Close', onClick: onClick, className: (cls ? cls + ' ' : '') + css('outline:2px solid transparent;outline-offset:2px;display:flex;align-items:center;justify-content:center;flex-shrink:0;width:var(--close-button-size);height:var(--close-button-size);border-radius:var(--chakra-radii-md);transition-property:var(--chakra-transition-property-common);transition-duration:var(--chakra-transition-duration-normal);--close-button-size:' + s + ';font-size:' + (size === 'sm' ? '10px' : '12px') + ';' + (sx || ''), { '&:hover': 'background:var(--chakra-colors-blackAlpha-100);', '&:active': 'background:var(--chakra-colors-blackAlpha-200);', '&:focus-visible': 'box-shadow:var(--chakra-shadows-outline);', '&:disabled, &[disabled]': 'opacity:0.4;cursor:not-allowed;' }) },
      Icon(CLOSE_PATH, 'width:1em;height:1em;'));
  }
  function ModalSpec(o) {
    var id = o.idBase, drawer = o.kind === 'drawer';
    var containerCss = drawer
      ? 'display:flex;width:100vw;height:100dvh;position:fixed;left:0px;top:0px;z-index:var(--chakra-zIndices-modal);justify-content:flex-end;overscroll-behavior-y:none;'
      : 'display:flex;width:100vw;height:100dvh;position:fixed;left:0px;top:0px;z-index:var(--chakra-zIndices-modal);justify-content:center;align-items:center;overscroll-behavior-y:none;';
    var contentCss = drawer
      ? 'display:flex;flex-direction:column;position:relative;width:100%;outline:2px solid transparent;outline-offset:2px;z-index:var(--chakra-zIndices-modal);max-height:100dvh;height:100dvh;color:inherit;background:var(--chakra-colors-white);box-shadow:var(--chakra-shadows-lg);max-width:var(--chakra-sizes-md);'
      : 'display:flex;flex-direction:column;position:relative;width:100%;outline:2px solid transparent;outline-offset:2px;border-radius:var(--chakra-radii-md);color:inherit;margin-top:auto;margin-bottom:auto;margin-inline:var(--chakra-space-4);z-index:var(--chakra-zIndices-modal);max-height:calc(100% - 7.5rem);background:var(--chakra-colors-white);box-shadow:var(--chakra-shadows-lg);max-width:' + (o.size || 'var(--chakra-sizes-md)') + ';';
    var initial = drawer ? 'transform: translateX(100%) translateZ(0px);' : 'opacity: 0; transform: scale(0.95) translateZ(0px);';
    var section = h('section', {
      className: 'chakra-modal__content ' + css(contentCss), id: 'chakra-modal-' + id, role: o.kind === 'alertdialog' ? 'alertdialog' : 'dialog', tabindex: '-1', 'aria-modal': 'true', 'aria-labelledby': 'chakra-modal--header-' + id, 'aria-describedby': 'chakra-modal--body-' + id, style: initial
    },
      h('header', { className: 'chakra-modal__header ' + css('flex:0 1 0%;padding-inline-start:var(--chakra-space-6);padding-inline-end:var(--chakra-space-6);padding-top:var(--chakra-space-4);padding-bottom:var(--chakra-space-4);font-size:var(--chakra-fontSizes-xl);font-weight:var(--chakra-fontWeights-semibold);' + (drawer ? 'border-bottom-width:1px;' : '')), id: 'chakra-modal--header-' + id }, o.title),
      o.closeButton ? CloseButton(o.onClose, 'chakra-modal__close-btn', 'position:absolute;top:var(--chakra-space-2);inset-inline-end:var(--chakra-space-3);') : null,
      h('div', { className: 'chakra-modal__body ' + css('padding-inline-start:var(--chakra-space-6);padding-inline-end:var(--chakra-space-6);padding-top:var(--chakra-space-2);padding-bottom:var(--chakra-space-2);flex:1 1 0%;' + (drawer ? 'overflow:auto;padding-top:var(--chakra-space-4);' : 'overflow:auto;')), id: 'chakra-modal--body-' + id }, o.body),
      o.footer ? h('footer', { className: 'chakra-modal__footer ' + css('display:flex;align-items:center;justify-content:flex-end;padding-inline-start:var(--chakra-space-6);padding-inline-end:var(--chakra-space-6);padding-top:var(--chakra-space-4);padding-bottom:var(--chakra-space-4);' + (drawer ? 'border-top-width:1px;' : '')) }, o.footer) : null);
    function toContent(e) { var s = e.currentTarget.parentNode.querySelector('.chakra-modal__content'); var tb = s ? tabbables(s) : []; (tb[0] || s).focus(); }
    return {
      key: o.key, kind: o.kind, initialFocus: o.initialFocus,
      nodes: [
        h('div', { key: 'overlay', className: 'chakra-modal__overlay ' + css('position:fixed;left:0px;top:0px;width:100vw;height:100vh;background:var(--chakra-colors-blackAlpha-600);z-index:var(--chakra-zIndices-overlay);'), style: 'opacity: 0;' }),
        h('div', { key: 'g1', 'data-focus-guard': 'true', tabindex: '0', style: GUARD, onFocus: toContent }),
        h('div', { key: 'lock', 'data-focus-lock-disabled': 'false' },
          h('div', {
            className: 'chakra-modal__content-container ' + css(containerCss), tabindex: '-1',
            onClick: function (e) { if (e.target === e.currentTarget && o.closeOnOverlayClick !== false) o.onClose(); },
            onKeyDown: function (e) { if (e.key === 'Escape') { e.stopPropagation(); o.onClose(); } else if (e.key === 'Tab') trapTab(e); }
          }, section)),
        h('div', { key: 'g2', 'data-focus-guard': 'true', tabindex: '0', style: GUARD, onFocus: toContent })
      ]
    };
  }

  /* ---------------- icons ---------------- */
  var ICONS = {
    chevron: 'M16.59 8.59L12 13.17 7.41 8.59 6 10l6 6 6-6z',
    info: 'M12,0A12,12,0,1,0,24,12,12.013,12.013,0,0,0,12,0Zm.25,5a1.5,1.5,0,1,1-1.5,1.5A1.5,1.5,0,0,1,12.25,5ZM14.5,18.5h-4a1,1,0,0,1,0-2h.75a.25.25,0,0,0,.25-.25v-4.5a.25.25,0,0,0-.25-.25H10.5a1,1,0,0,1,0-2h1a2,2,0,0,1,2,2v4.75a.25.25,0,0,0,.25.25h.75a1,1,0,1,1,0,2Z',
    success: 'M12,0A12,12,0,1,0,24,12,12.014,12.014,0,0,0,12,0Zm6.927,8.2-6.845,9.289a1.011,1.011,0,0,1-1.43.188L5.764,13.769a1,1,0,1,1,1.25-1.562l4.076,3.261,6.227-8.451A1,1,0,1,1,18.927,8.2Z',
    warning: 'M11.983,0a12.206,12.206,0,0,0-8.51,3.653A11.8,11.8,0,0,0,0,12.207,11.779,11.779,0,0,0,11.8,24h.214A12.111,12.111,0,0,0,24,11.791h0A11.766,11.766,0,0,0,11.983,0ZM10.5,16.542a1.476,1.476,0,0,1,1.449-1.53h.027a1.527,1.527,0,0,1,1.523,1.47,1.475,1.475,0,0,1-1.449,1.53h-.027A1.529,1.529,0,0,1,10.5,16.542ZM11,12.5v-6a1,1,0,0,1,2,0v6a1,1,0,1,1-2,0Z',
    repeat: ['M10.319,4.936a7.239,7.239,0,0,1,7.1,2.252,1.25,1.25,0,1,0,1.872-1.657A9.737,9.737,0,0,0,9.743,2.5,10.269,10.269,0,0,0,2.378,9.61a.25.25,0,0,1-.271.178l-1.033-.13A.491.491,0,0,0,.6,9.877a.5.5,0,0,0-.019.526l2.476,4.342a.5.5,0,0,0,.373.248.43.43,0,0,0,.062,0,.5.5,0,0,0,.359-.152l3.477-3.593a.5.5,0,0,0-.3-.844L5.15,10.172a.25.25,0,0,1-.2-.333A7.7,7.7,0,0,1,10.319,4.936Z', 'M23.406,14.1a.5.5,0,0,0,.015-.526l-2.5-4.329A.5.5,0,0,0,20.546,9a.489.489,0,0,0-.421.151l-3.456,3.614a.5.5,0,0,0,.3.842l1.848.221a.249.249,0,0,1,.183.117.253.253,0,0,1,.023.216,7.688,7.688,0,0,1-5.369,4.9,7.243,7.243,0,0,1-7.1-2.253,1.25,1.25,0,1,0-1.872,1.656,9.74,9.74,0,0,0,9.549,3.03,10.261,10.261,0,0,0,7.369-7.12.251.251,0,0,1,.27-.179l1.058.127a.422.422,0,0,0,.06,0A.5.5,0,0,0,23.406,14.1Z']
  };
  function Icon(d, sx, extraCls) {
    var inner = Array.isArray(d) ? h('g', { fill: 'currentColor' }, d.map(function (x) { return h('path', { d: x }); })) : h('path', { fill: 'currentColor', d: d });
    return h('svg', { viewBox: '0 0 24 24', focusable: 'false', className: 'chakra-icon ' + (extraCls ? extraCls + ' ' : '') + css('width:1em;height:1em;display:inline-block;line-height:1em;flex-shrink:0;color:currentColor;vertical-align:middle;' + (sx || '')), 'aria-hidden': 'true' }, inner);
  }

  /* ---------------- Chakra components ---------------- */
  var SR_ONLY = 'border:0px;clip:rect(0, 0, 0, 0);width:1px;height:1px;margin:-1px;padding:0px;overflow:hidden;white-space:nowrap;position:absolute;';
  var HIDDEN_INPUT = 'border: 0px; clip: rect(0px, 0px, 0px, 0px); height: 1px; width: 1px; margin: -1px; padding: 0px; overflow: hidden; white-space: nowrap; position: absolute;';
  function Spinner(size, sx) {
    return h('div', { className: 'chakra-spinner ' + css('display:inline-block;border-color:currentColor;border-style:solid;border-radius:99999px;border-width:2px;border-bottom-color:transparent;border-left-color:transparent;animation:animation-b7n1on 0.45s linear infinite;width:var(--spinner-size);height:var(--spinner-size);--spinner-size:' + (size || 'var(--chakra-sizes-6)') + ';' + (sx || '')) },
      h('span', { className: css(SR_ONLY) }, 'Loading...'));
  }
  var BTN_BASE = 'display:inline-flex;appearance:none;align-items:center;justify-content:center;user-select:none;position:relative;white-space:nowrap;vertical-align:middle;outline:2px solid transparent;outline-offset:2px;line-height:1.2;border-radius:var(--chakra-radii-md);font-weight:var(--chakra-fontWeights-semibold);transition-property:var(--chakra-transition-property-common);transition-duration:var(--chakra-transition-duration-normal);';
  var BTN_SIZE = {
    sm: 'height:var(--chakra-sizes-8);min-width:var(--chakra-sizes-8);font-size:var(--chakra-fontSizes-sm);padding-inline-start:var(--chakra-space-3);padding-inline-end:var(--chakra-space-3);',
    md: 'height:var(--chakra-sizes-10);min-width:var(--chakra-sizes-10);font-size:var(--chakra-fontSizes-md);padding-inline-start:var(--chakra-space-4);padding-inline-end:var(--chakra-space-4);',
    lg: 'height:var(--chakra-sizes-12);min-width:var(--chakra-sizes-12);font-size:var(--chakra-fontSizes-lg);padding-inline-start:var(--chakra-space-6);padding-inline-end:var(--chakra-space-6);'
  };
  function btnVariant(variant, scheme) {
    function c(n) { return 'var(--chakra-colors-' + scheme + '-' + n + ')'; }
    var gray = scheme === 'gray';
    var common = { '&:disabled, &[disabled], &[aria-disabled=true], &[data-disabled]': 'opacity:0.4;cursor:not-allowed;box-shadow:var(--chakra-shadows-none);', '&:focus-visible, &[data-focus-visible]': 'box-shadow:var(--chakra-shadows-outline);' };
    function m(x) { return Object.assign({}, x, common); }
    if (variant === 'solid') {
      if (gray) return ['background:var(--chakra-colors-gray-100);color:var(--chakra-colors-gray-800);', m({ '&:hover': 'background:var(--chakra-colors-gray-200);', '&:hover:disabled': 'background:var(--chakra-colors-gray-100);', '&:active, &[data-active]': 'background:var(--chakra-colors-gray-300);' })];
      return ['background:' + c(500) + ';color:var(--chakra-colors-white);', m({ '&:hover': 'background:' + c(600) + ';', '&:hover:disabled': 'background:' + c(500) + ';', '&:active, &[data-active]': 'background:' + c(700) + ';' })];
    }
    if (variant === 'outline') return ['border:1px solid;border-color:' + (gray ? 'var(--chakra-colors-gray-200)' : 'currentColor') + ';color:' + (gray ? 'inherit' : c(600)) + ';background:transparent;', m({ '&:hover': 'background:' + (gray ? 'var(--chakra-colors-gray-100)' : c(50)) + ';', '&:active, &[data-active]': 'background:' + (gray ? 'var(--chakra-colors-gray-200)' : c(100)) + ';' })];
    if (variant === 'ghost') return ['color:' + (gray ? 'inherit' : c(600)) + ';background:transparent;', m({ '&:hover': 'background:' + (gray ? 'var(--chakra-colors-gray-100)' : c(50)) + ';' })];
    return ['padding:0px;height:auto;line-height:normal;vertical-align:baseline;color:' + c(500) + ';', m({ '&:hover': 'text-decoration:underline;', '&:hover:disabled': 'text-decoration:none;', '&:active, &[data-active]': 'color:' + c(700) + ';' })];
  }
  function Button(o, label) {
    o = o || {};
    var variant = o.variant || 'solid', scheme = o.colorScheme || 'gray';
    var v = btnVariant(variant, scheme);
    var sizeCss = variant === 'link' ? 'font-size:var(--chakra-fontSizes-md);' : BTN_SIZE[o.size || 'md'];
    var kids;
    if (o.isLoading) {
      var spin = h('div', { className: 'chakra-button__spinner ' + css('display:flex;align-items:center;position:' + (o.loadingText ? 'relative' : 'absolute') + ';font-size:1em;line-height:normal;' + (o.loadingText ? 'margin-inline-end:0.5rem;' : '')) }, Spinner('1em', 'color:currentColor;'));
      kids = o.loadingText ? [spin, o.loadingText] : [spin, h('span', { className: css('opacity:0;') }, label)];
    } else {
      kids = [o.leftIcon ? h('span', { className: 'chakra-button__icon ' + css('display:inline-flex;align-self:center;flex-shrink:0;margin-inline-end:0.5rem;') }, o.leftIcon) : null, label];
    }
    var props = Object.assign({ type: 'button', className: 'chakra-button ' + (o.cls ? o.cls + ' ' : '') + css(BTN_BASE + sizeCss + v[0] + (o.sx || ''), v[1]), disabled: o.isLoading || o.disabled ? true : null, 'data-loading': o.isLoading ? '' : null, onClick: o.onClick }, o.attrs || {});
    return h('button', props, kids);
  }
  function IconButton(o) {
    var v = btnVariant(o.variant || 'solid', o.colorScheme || 'gray');
    return h('button', Object.assign({ type: 'button', 'aria-label': o.label, onClick: o.onClick, className: 'chakra-button ' + css(BTN_BASE + BTN_SIZE[o.size || 'md'] + 'padding:0px;' + v[0], v[1]) }, o.attrs || {}), o.icon);
  }
  function Box(tag, sx, attrs) {
    var kids = Array.prototype.slice.call(arguments, 3);
    return h.apply(null, [tag, Object.assign({ className: css(sx) }, attrs || {})].concat(kids));
  }
  function Stack(dir, gap, kids, sx, attrs) {
    return h('div', Object.assign({ className: 'chakra-stack ' + css('display:flex;' + (dir === 'row' ? 'flex-direction:row;align-items:center;' : 'flex-direction:column;') + 'gap:' + gap + ';' + (sx || '')) }, attrs || {}), kids);
  }
  function Text(t, sx, attrs) { return h('p', Object.assign({ className: 'chakra-text ' + css(sx || '') }, attrs || {}), t); }
  function Heading(t, size, tag, attrs) {
    var fs = { xs: 'var(--chakra-fontSizes-sm)', sm: 'var(--chakra-fontSizes-md)', md: 'var(--chakra-fontSizes-xl)', lg: 'var(--chakra-fontSizes-2xl)', xl: 'var(--chakra-fontSizes-3xl)' }[size || 'xl'];
    return h(tag || 'h2', Object.assign({ className: 'chakra-heading ' + css('font-family:var(--chakra-fonts-heading);font-weight:var(--chakra-fontWeights-bold);font-size:' + fs + ';line-height:1.33;') }, attrs || {}), t);
  }
  function Card(kids, sx, attrs) {
    return h('div', Object.assign({ className: 'chakra-card ' + css('position:relative;min-width:0px;word-wrap:break-word;display:flex;flex-direction:column;background:var(--chakra-colors-white);box-shadow:var(--chakra-shadows-base);border-radius:var(--chakra-radii-md);color:var(--chakra-colors-chakra-body-text);' + (sx || '')) }, attrs || {}), kids);
  }
  function CardHeader(kids) { return h('div', { className: 'chakra-card__header ' + css('padding:var(--chakra-space-5);padding-bottom:0px;') }, kids); }
  function CardBody(kids) { return h('div', { className: 'chakra-card__body ' + css('padding:var(--chakra-space-5);flex:1 1 0%;') }, kids); }
  var STATUS = { info: ['blue', ICONS.info], warning: ['orange', ICONS.warning], success: ['green', ICONS.success], error: ['red', ICONS.warning], loading: ['blue', ICONS.info] };
  function Alert(o) {
    var st = STATUS[o.status || 'info'], c = st[0], solid = o.variant === 'solid';
    var base = 'width:100%;display:flex;align-items:center;position:relative;overflow:hidden;padding-inline-start:var(--chakra-space-4);padding-inline-end:var(--chakra-space-4);padding-top:var(--chakra-space-3);padding-bottom:var(--chakra-space-3);border-radius:var(--chakra-radii-md);';
    base += solid ? 'background:var(--chakra-colors-' + c + '-500);color:var(--chakra-colors-white);' : 'background:var(--chakra-colors-' + c + '-100);';
    return h('div', { key: o.key, role: o.role || 'alert', 'data-status': o.status, id: o.id, className: 'chakra-alert ' + css(base + (o.sx || '')) },
      h('span', { 'data-status': o.status, className: 'chakra-alert__icon ' + css('flex-shrink:0;margin-inline-end:var(--chakra-space-3);width:var(--chakra-sizes-5);height:var(--chakra-sizes-6);display:inherit;' + (solid ? 'color:var(--chakra-colors-white);' : 'color:var(--chakra-colors-' + c + '-500);')) }, Icon(st[1], 'height:100%;width:100%;')),
      o.block
        ? h('div', { className: css('flex:1 1 0%;max-width:100%;') },
            o.title ? h('div', { id: o.id ? o.id + '-title' : null, className: 'chakra-alert__title ' + css('font-weight:var(--chakra-fontWeights-bold);line-height:var(--chakra-lineHeights-6);margin-inline-end:var(--chakra-space-2);') }, o.title) : null,
            o.description ? h('div', { id: o.id ? o.id + '-description' : null, className: 'chakra-alert__desc ' + css('line-height:var(--chakra-lineHeights-6);display:block;') }, o.description) : null)
        : [o.title ? h('div', { className: 'chakra-alert__title ' + css('font-weight:var(--chakra-fontWeights-bold);line-height:var(--chakra-lineHeights-6);margin-inline-end:var(--chakra-space-2);') }, o.title) : null,
           o.description ? h('div', { className: 'chakra-alert__desc ' + css('display:inline;line-height:var(--chakra-lineHeights-6);') }, o.description) : null],
      o.onClose ? CloseButton(o.onClose, 'chakra-close-button', 'position:absolute;inset-inline-end:var(--chakra-space-1);top:var(--chakra-space-1);', 'sm') : null);
  }

  /* ---------------- toasts (useToast) ---------------- */
  var toastLists = {}, toastSeq = 0;
  function initToasts() {
    toastPortal = doc.createElement('div');
    toastPortal.className = 'chakra-portal';
    ['top', 'top-left', 'top-right', 'bottom-left', 'bottom', 'bottom-right'].forEach(function (pos) {
      var ul = doc.createElement('ul');
      ul.setAttribute('role', 'region');
      ul.setAttribute('aria-live', 'polite');
      ul.setAttribute('aria-label', 'Notifications-' + pos);
      ul.id = 'chakra-toast-manager-' + pos;
      var v = pos.indexOf('top') === 0 ? 'top:env(safe-area-inset-top, 0px);' : 'bottom:env(safe-area-inset-bottom, 0px);';
      var hz = pos.indexOf('left') > 0 ? 'left:env(safe-area-inset-left, 0px);' : pos.indexOf('right') > 0 ? 'right:env(safe-area-inset-right, 0px);' : 'right:env(safe-area-inset-right, 0px);left:env(safe-area-inset-left, 0px);';
      ul.setAttribute('style', 'position: fixed; z-index: var(--chakra-zIndices-toast); pointer-events: none; display: flex; flex-direction: column; margin: 0px auto; ' + v.replace(':', ': ') + ' ' + hz.split(';').filter(Boolean).map(function (x) { return x.replace(':', ': ') + ';'; }).join(' '));
      toastPortal.appendChild(ul);
      toastLists[pos] = ul;
    });
    doc.body.appendChild(toastPortal);
  }
  function toast(o) {
    var id = ++toastSeq, status = o.status || 'info', timer = null, closed = false, li;
    function close() {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      tween(150, function (p) { var e = easeIn(p); li.setAttribute('style', 'opacity: ' + n3(1 - e) + '; transform: scale(' + n3(1 - 0.15 * e) + ') translateZ(0px);'); }, function () { if (li.parentNode) li.parentNode.removeChild(li); });
    }
    function arm() { clearTimeout(timer); if (!closed) timer = setTimeout(close, o.duration || 5000); }
    var v = h('li', { id: String(id), className: css('display:flex;flex-direction:column;align-items:center;'), style: 'opacity: 0; transform: translateY(-24px) scale(0.85) translateZ(0px);', onMouseEnter: function () { clearTimeout(timer); }, onMouseLeave: arm },
      h('div', { className: 'chakra-toast ' + css('pointer-events:auto;max-width:560px;min-width:300px;margin:var(--chakra-space-2);') },
        Alert({ status: status, variant: 'solid', block: true, id: 'toast-' + id, role: status === 'error' || status === 'warning' ? 'alert' : 'status', title: o.title, description: o.description, onClose: close, sx: 'padding-inline-end:var(--chakra-space-8);box-shadow:var(--chakra-shadows-lg);text-align:start;width:auto;align-items:start;' })));
    li = create(v);
    var list = toastLists[o.position || 'top'];
    list.insertBefore(li, list.firstChild);
    tween(200, function (p) { var e = easeOut(p); li.setAttribute('style', e >= 1 ? 'opacity: 1; transform: none;' : 'opacity: ' + n3(e) + '; transform: translateY(' + n3(-24 + 24 * e) + 'px) scale(' + n3(0.85 + 0.15 * e) + ') translateZ(0px);'); });
    arm();
    return id;
  }
`;

/* ------------------------------------------------------------------------------------------------
 * Client application: form controls, pages, routing and calls.
 * ---------------------------------------------------------------------------------------------- */
const CLIENT_APP = String.raw`
  /* ---------------- form components ---------------- */
  var LINK = 'transition-property:var(--chakra-transition-property-common);transition-duration:var(--chakra-transition-duration-fast);transition-timing-function:var(--chakra-transition-easing-ease-out);cursor:pointer;text-decoration:none;outline:2px solid transparent;outline-offset:2px;color:inherit;';
  var LINK_N = { '&:hover': 'text-decoration:underline;', '&:focus-visible': 'box-shadow:var(--chakra-shadows-outline);' };
  var FIELD_N = {
    '&:hover': 'border-color:var(--chakra-colors-gray-300);',
    '&[aria-invalid=true], &[data-invalid]': 'border-color:#E53E3E;box-shadow:0 0 0 1px #E53E3E;',
    '&:focus-visible, &[data-focus-visible]': 'z-index:1;border-color:#3182ce;box-shadow:0 0 0 1px #3182ce;',
    '&:disabled, &[disabled], &[aria-disabled=true], &[data-disabled]': 'opacity:0.4;cursor:not-allowed;'
  };
  var INPUT = 'width:100%;height:var(--chakra-sizes-10);font-size:var(--chakra-fontSizes-md);padding-inline-start:var(--chakra-space-4);padding-inline-end:var(--chakra-space-4);border-radius:var(--chakra-radii-md);min-width:0px;outline:2px solid transparent;outline-offset:2px;position:relative;appearance:none;transition-property:var(--chakra-transition-property-common);transition-duration:var(--chakra-transition-duration-normal);border:1px solid;border-color:inherit;background:inherit;';
  function FormControl(o) {
    var kids = Array.prototype.slice.call(arguments, 1);
    var tag = o.as || 'div';
    var labelTag = tag === 'fieldset' ? 'legend' : 'label';
    return h(tag, { key: o.key, role: 'group', className: 'chakra-form-control ' + css('width:100%;position:relative;') },
      h(labelTag, { id: o.id + '-label', htmlFor: labelTag === 'label' ? (o.labelFor || o.id) : null, 'data-invalid': o.invalid ? '' : null, className: 'chakra-form__label ' + css('display:block;text-align:start;font-size:var(--chakra-fontSizes-md);margin-inline-end:var(--chakra-space-3);margin-bottom:var(--chakra-space-2);font-weight:var(--chakra-fontWeights-medium);transition-property:var(--chakra-transition-property-common);transition-duration:var(--chakra-transition-duration-normal);opacity:1;', { '&:disabled, &[disabled], &[data-disabled]': 'opacity:0.4;' }) },
        o.label,
        o.required ? h('span', { role: 'presentation', 'aria-hidden': 'true', className: 'chakra-form__required-indicator ' + css('margin-inline-start:var(--chakra-space-1);color:var(--chakra-colors-red-500);') }, '*') : null),
      kids,
      o.invalid && o.error ? h('div', { id: o.id + '-feedback', 'aria-live': 'polite', className: 'chakra-form__error-message ' + css('display:flex;align-items:center;color:var(--chakra-colors-red-500);margin-top:var(--chakra-space-2);font-size:var(--chakra-fontSizes-sm);line-height:normal;') }, o.error) : null,
      o.helper && !(o.invalid && o.error) ? h('div', { id: o.id + '-helptext', className: 'chakra-form__helper-text ' + css('margin-top:var(--chakra-space-2);color:var(--chakra-colors-gray-600);line-height:normal;font-size:var(--chakra-fontSizes-sm);') }, o.helper) : null);
  }
  function ariaField(o) {
    return { required: o.required ? true : null, 'aria-required': o.required ? 'true' : null, 'aria-invalid': o.invalid ? 'true' : null, 'aria-describedby': o.invalid ? o.id + '-feedback' : o.helper ? o.id + '-helptext' : null };
  }
  function Input(o) {
    return h('input', Object.assign({ key: o.key, id: o.id, name: o.name, type: o.type || 'text', className: 'chakra-input ' + css(INPUT + (o.sx || ''), FIELD_N), value: o.value, placeholder: o.placeholder, autocomplete: o.autocomplete, maxlength: o.maxLength, spellcheck: o.spellcheck, onInput: o.onInput, onBlur: o.onBlur }, ariaField(o)));
  }
  function PasswordInput(o) {
    return h('div', { className: 'chakra-input__group ' + css('width:100%;display:flex;position:relative;isolation:isolate;'), 'data-group': 'true' },
      Input(Object.assign({}, o, { type: o.show ? 'text' : 'password', sx: 'padding-inline-end:4.5rem;' })),
      h('div', { className: 'chakra-input__right-element ' + css('display:flex;align-items:center;justify-content:center;position:absolute;top:0px;z-index:2;right:0px;width:4.5rem;height:var(--chakra-sizes-10);font-size:var(--chakra-fontSizes-md);') },
        Button({ size: 'sm', sx: 'height:1.75rem;', onClick: o.onToggle }, o.show ? 'Hide' : 'Show')));
  }
  function PinInput(o) {
    var focused = st.pinFocus[o.idBase];
    return o.values.map(function (val, i) {
      return h('input', Object.assign({
        key: 'pin-' + i, id: o.idBase + '-' + i, type: 'tel', inputmode: 'numeric', autocomplete: 'one-time-code', 'aria-label': 'Please enter your pin code',
        placeholder: focused === i ? '' : '○', value: val, disabled: o.disabled ? true : null, 'aria-invalid': o.invalid ? 'true' : null,
        className: 'chakra-pin-input ' + css(INPUT + 'width:var(--chakra-sizes-10);padding-inline-start:0px;padding-inline-end:0px;text-align:center;', FIELD_N),
        onInput: function (e) { pinChange(o, i, e); },
        onKeyDown: function (e) { pinKey(o, i, e); },
        onFocus: function () { st.pinFocus[o.idBase] = i; update(); },
        onBlur: function () { if (st.pinFocus[o.idBase] === i) { st.pinFocus[o.idBase] = -1; update(); } }
      }, {}));
    });
  }
  function pinChange(o, i, e) {
    var ev = e.target.value, cur = o.values[i] || '', next = ev;
    if (cur.length > 0) {
      if (cur.charAt(0) === ev.charAt(0)) next = ev.charAt(1);
      else if (cur.charAt(0) === ev.charAt(1)) next = ev.charAt(0);
    }
    var vals = o.values.slice();
    if (next === '') { vals[i] = ''; o.set(vals); update(); return; }
    if (ev.length > 2) {
      if (/^[0-9]+$/.test(ev)) {
        var arr = ev.split('').slice(0, vals.length);
        while (arr.length < vals.length) arr.push('');
        o.set(arr);
      }
      update();
      return;
    }
    if (/^[0-9]$/.test(next)) {
      vals[i] = next;
      o.set(vals);
      var complete = vals.every(function (x) { return x !== ''; });
      if (!complete && i < vals.length - 1) focusId(o.idBase + '-' + (i + 1));
    }
    update();
  }
  function pinKey(o, i, e) {
    if (e.key !== 'Backspace') return;
    if (e.target.value === '' && i > 0) {
      var vals = o.values.slice();
      vals[i - 1] = '';
      o.set(vals);
      var prev = doc.getElementById(o.idBase + '-' + (i - 1));
      if (prev) prev.focus();
      update();
    }
  }
  var RADIO_CTRL = 'display:inline-flex;align-items:center;justify-content:center;flex-shrink:0;width:var(--chakra-sizes-4);height:var(--chakra-sizes-4);border-radius:var(--chakra-radii-full);border:2px solid;border-color:inherit;transition-property:box-shadow;transition-duration:var(--chakra-transition-duration-normal);color:var(--chakra-colors-white);';
  var RADIO_CTRL_N = {
    '&[data-checked]': 'background:var(--chakra-colors-blue-500);border-color:var(--chakra-colors-blue-500);color:var(--chakra-colors-white);',
    '&[data-checked]::before': 'content:"";display:inline-block;position:relative;width:50%;height:50%;border-radius:50%;background:currentColor;',
    '&[data-checked]:hover': 'background:var(--chakra-colors-blue-600);border-color:var(--chakra-colors-blue-600);',
    '&[data-focus-visible]': 'box-shadow:var(--chakra-shadows-outline);',
    '&[data-invalid]': 'border-color:var(--chakra-colors-red-500);'
  };
  function Radio(o) {
    var dc = o.checked ? '' : null, inv = o.invalid ? '' : null;
    return h('label', { key: 'radio-' + o.value, className: 'chakra-radio ' + css('display:inline-flex;align-items:center;vertical-align:top;cursor:pointer;position:relative;'), 'data-checked': dc, 'data-invalid': inv },
      h('input', { className: 'chakra-radio__input', type: 'radio', id: o.id, name: o.name, value: o.value, checked: o.checked, style: HIDDEN_INPUT, 'aria-invalid': o.invalid ? 'true' : null, onChange: o.onChange,
        onFocus: function (e) { if (e.target.matches(':focus-visible')) e.target.nextSibling.setAttribute('data-focus-visible', ''); },
        onBlur: function (e) { e.target.nextSibling.removeAttribute('data-focus-visible'); } }),
      h('span', { className: 'chakra-radio__control ' + css(RADIO_CTRL, RADIO_CTRL_N), 'aria-hidden': 'true', 'data-checked': dc, 'data-invalid': inv }),
      h('span', { className: 'chakra-radio__label ' + css('user-select:none;margin-inline-start:0.5rem;font-size:var(--chakra-fontSizes-md);'), 'data-checked': dc, 'data-invalid': inv }, o.label));
  }
  function Select(o) {
    return h('div', { className: 'chakra-select__wrapper ' + css('width:100%;height:fit-content;position:relative;') },
      h('select', Object.assign({ id: o.id, className: 'chakra-select ' + css('padding-inline-end:var(--chakra-space-8);' + INPUT + 'padding-bottom:1px;line-height:var(--chakra-lineHeights-normal);', Object.assign({ '& > option, & > optgroup': 'background:var(--chakra-colors-white);' }, FIELD_N)), value: o.value, onChange: o.onChange, onBlur: o.onBlur }, ariaField(o)),
        h('option', { value: '' }, o.placeholder),
        o.options.map(function (op) { return h('option', { value: op.value }, op.label); })),
      h('div', { className: 'chakra-select__icon-wrapper ' + css('width:var(--chakra-sizes-6);height:100%;inset-inline-end:var(--chakra-space-2);position:absolute;display:inline-flex;align-items:center;justify-content:center;pointer-events:none;top:50%;transform:translateY(-50%);font-size:var(--chakra-fontSizes-xl);') },
        h('svg', { viewBox: '0 0 24 24', role: 'presentation', className: 'chakra-select__icon', focusable: 'false', 'aria-hidden': 'true', style: 'width: 1em; height: 1em; color: currentcolor;' }, h('path', { fill: 'currentColor', d: ICONS.chevron }))));
  }
  function Table(headers, rows) {
    var th = 'font-family:var(--chakra-fonts-heading);font-weight:var(--chakra-fontWeights-bold);text-transform:uppercase;letter-spacing:0.05em;text-align:start;padding-inline-start:var(--chakra-space-4);padding-inline-end:var(--chakra-space-4);padding-top:var(--chakra-space-2);padding-bottom:var(--chakra-space-2);line-height:var(--chakra-lineHeights-4);font-size:var(--chakra-fontSizes-xs);color:var(--chakra-colors-gray-600);border-bottom:1px;border-color:var(--chakra-colors-gray-100);border-bottom-style:solid;';
    var td = 'text-align:start;padding-inline-start:var(--chakra-space-4);padding-inline-end:var(--chakra-space-4);padding-top:var(--chakra-space-2);padding-bottom:var(--chakra-space-2);line-height:var(--chakra-lineHeights-5);font-size:var(--chakra-fontSizes-sm);border-bottom:1px;border-color:var(--chakra-colors-gray-100);border-bottom-style:solid;';
    return h('div', { className: 'chakra-table__container ' + css('display:block;white-space:nowrap;-webkit-overflow-scrolling:touch;overflow-x:auto;overflow-y:hidden;max-width:100%;') },
      h('table', { className: 'chakra-table ' + css('font-variant-numeric:lining-nums tabular-nums;border-collapse:collapse;width:100%;') },
        h('thead', { className: css('') }, h('tr', { className: css('') }, headers.map(function (x) { return h('th', { className: css(th) }, x); }))),
        h('tbody', { className: css('') }, rows.map(function (r, ri) { return h('tr', { key: 'row-' + ri, className: css('') }, r.map(function (x) { return h('td', { className: css(td) }, x); })); }))));
  }
  function Badge(t, scheme) {
    return h('span', { className: 'chakra-badge ' + css('display:inline-block;white-space:nowrap;vertical-align:middle;padding-inline-start:var(--chakra-space-1);padding-inline-end:var(--chakra-space-1);text-transform:uppercase;font-size:var(--chakra-fontSizes-xs);border-radius:var(--chakra-radii-sm);font-weight:var(--chakra-fontWeights-bold);background:var(--chakra-colors-' + scheme + '-100);color:var(--chakra-colors-' + scheme + '-800);') }, t);
  }
  function Link(href, label, sx, attrs) {
    var active = st.path === href, extra = attrs && attrs.cls ? attrs.cls + ' ' : '';
    if (attrs) delete attrs.cls;
    return h('a', Object.assign({ href: href, className: extra + 'chakra-link ' + (active ? 'active ' : '') + css(LINK + (sx || ''), LINK_N), 'aria-current': active ? 'page' : null, onClick: function (e) { if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return; e.preventDefault(); navigate(href); } }, attrs || {}), label);
  }

  /* ---------------- state ---------------- */
  function blank6() { return ['', '', '', '', '', '']; }
  function freshLogin() { return { step: 'credentials', userName: '', password: '', captcha: '', showPwd: false, touched: {}, submitted: false, error: '', loading: false, captchaTs: Date.now(), otp: blank6(), otpError: '', otpLoading: false, mobile: '' }; }
  function freshApi() { return { step: 'idle', mobile: '', otp: blank6(), otpError: '', verifying: false, resending: false, resendAt: 0, sendError: '', mode: '', gsp: '', user: '', pwd: '', pwd2: '', showPwd: false, showPwd2: false, touched: {}, submitted: false, result: null, gsps: [], regs: [], confirmOpen: false, confirming: false, seq: 0 }; }
  var st = { path: location.pathname, loginOpen: false, expiredNotice: false, login: freshLogin(), me: null, meLoading: false, popup: null, acc: {}, menuOpen: false, api: freshApi(), pinFocus: {}, expired: false };
  var CREATE = '/api-registration/create-api-user';
  var PWD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;

  /* ---------------- calls ---------------- */
  function api(method, url, body) {
    return fetch(url, { method: method, credentials: 'same-origin', headers: body ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' }, body: body ? JSON.stringify(body) : undefined })
      .then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (data) {
          if (res.status === 401) { sessionExpired(data.message); var x = new Error('expired'); x.expired = true; throw x; }
          if (!res.ok) { var err = new Error(data.message || 'Something went wrong. Please try again.'); err.data = data; err.status = res.status; throw err; }
          return data;
        });
      }, function () { throw new Error('Unable to reach the server. Please check your connection and try again.'); });
  }
  function sessionExpired(message) {
    if (st.expired) return;
    st.expired = true;
    st.loginOpen = false; st.popup = null; st.menuOpen = false; st.api.confirmOpen = false;
    update();
    toast({ status: 'error', title: 'Session expired', description: message || 'Your session has expired. Please login again.' });
    setTimeout(function () { location.assign('/login?expired=1'); }, 2000);
  }

  /* ---------------- routing ---------------- */
  function navigate(path) {
    if (path === st.path) return;
    history.pushState({}, '', path);
    st.path = path;
    st.menuOpen = false;
    onEnter();
    update();
    window.scrollTo(0, 0);
  }
  window.addEventListener('popstate', function () { st.path = location.pathname; onEnter(); update(); });
  function onEnter() {
    if (!BOOT.pages[st.path]) return;
    if (!st.me) loadMe();
    if (st.path === CREATE) startApiFlow();
  }
  function loadMe() {
    if (st.meLoading) return;
    st.meLoading = true;
    api('GET', '/api/me').then(function (r) {
      st.me = r; st.meLoading = false;
      if (r.popups && r.popups.indexOf('technical-contact') >= 0) st.popup = 'contact';
      update();
    }, function () { st.meLoading = false; update(); });
  }

  /* ---------------- login drawer ---------------- */
  function loginErrors(L) {
    var e = {};
    if (!L.userName.trim()) e.userName = 'User Name is required';
    if (!L.password) e.password = 'Password is required';
    if (!L.captcha.trim()) e.captcha = 'Captcha is required';
    return e;
  }
  function openLogin() { st.login = freshLogin(); st.loginOpen = true; update(); }
  function closeLogin() { st.loginOpen = false; update(); }
  function submitLogin(e) {
    e.preventDefault();
    var L = st.login;
    if (L.loading) return;
    var errs = loginErrors(L);
    var order = [['userName', 'field-:r1:'], ['password', 'field-:r2:'], ['captcha', 'field-:r3:']];
    L.submitted = true;
    for (var i = 0; i < order.length; i++) if (errs[order[i][0]]) { focusId(order[i][1]); update(); return; }
    L.loading = true; L.error = '';
    update();
    api('POST', '/api/auth/login', { userName: L.userName.trim(), password: L.password, captcha: L.captcha.trim() }).then(function (r) {
      L.loading = false; L.step = 'otp'; L.mobile = r.mobile; L.otp = blank6(); L.otpError = '';
      focusId('pin-input-:r5:-0');
      update();
    }, function (err) {
      L.loading = false;
      if (err.expired) return;
      L.error = err.message; L.captcha = ''; L.captchaTs = Date.now(); L.submitted = false; L.touched.captcha = false;
      focusId(err.data && err.data.code === 'INVALID_CAPTCHA' ? 'field-:r3:' : 'field-:r1:');
      update();
    });
  }
  function verifyLoginOtp(e) {
    e.preventDefault();
    var L = st.login;
    if (L.otpLoading) return;
    var otp = L.otp.join('');
    if (otp.length !== 6) { L.otpError = 'Please enter the 6-digit OTP.'; focusId('pin-input-:r5:-' + Math.min(otp.length, 5)); update(); return; }
    L.otpLoading = true; L.otpError = '';
    update();
    api('POST', '/api/auth/verify-otp', { otp: otp }).then(function () {
      L.otpLoading = false;
      st.loginOpen = false;
      st.me = null;
      navigate('/dashboard');
    }, function (err) {
      L.otpLoading = false;
      if (err.expired) return;
      L.otpError = err.message; L.otp = blank6();
      focusId('pin-input-:r5:-0');
      update();
    });
  }
  function LoginDrawer() {
    var L = st.login;
    var title, body, footer, initial;
    if (L.step === 'credentials') {
      var errs = loginErrors(L);
      var show = function (f) { return !!errs[f] && (L.submitted || !!L.touched[f]); };
      var touch = function (f) { return function () { L.touched[f] = true; update(); }; };
      title = 'Login';
      initial = 'field-:r1:';
      body = [
        st.expiredNotice ? Alert({ key: 'expired', status: 'warning', description: 'Your session has expired. Please login again.', sx: 'margin-bottom:var(--chakra-space-4);' }) : null,
        L.error ? Alert({ key: 'error', status: 'error', description: L.error, sx: 'margin-bottom:var(--chakra-space-4);' }) : null,
        h('form', { key: 'form', id: 'login-form', novalidate: true, onSubmit: submitLogin },
          Stack('column', 'var(--chakra-space-4)', [
            FormControl({ key: 'u', id: 'field-:r1:', label: 'User Name', required: true, invalid: show('userName'), error: errs.userName },
              Input({ id: 'field-:r1:', name: 'userName', value: L.userName, autocomplete: 'username', required: true, invalid: show('userName'), onInput: function (e) { L.userName = e.target.value; update(); }, onBlur: touch('userName') })),
            FormControl({ key: 'p', id: 'field-:r2:', label: 'Password', required: true, invalid: show('password'), error: errs.password },
              PasswordInput({ id: 'field-:r2:', name: 'password', value: L.password, show: L.showPwd, autocomplete: 'current-password', required: true, invalid: show('password'), onToggle: function () { L.showPwd = !L.showPwd; update(); }, onInput: function (e) { L.password = e.target.value; update(); }, onBlur: touch('password') })),
            Box('div', 'display:flex;align-items:center;gap:var(--chakra-space-3);', { key: 'cap' },
              h('img', { src: '/api/captcha?t=' + L.captchaTs, alt: 'Captcha', className: 'chakra-image ' + css('height:50px;width:160px;border-radius:var(--chakra-radii-md);border:1px solid var(--chakra-colors-gray-200);') }),
              IconButton({ label: 'Refresh captcha', variant: 'outline', icon: Icon(ICONS.repeat), onClick: function () { L.captchaTs = Date.now(); L.captcha = ''; update(); } })),
            FormControl({ key: 'c', id: 'field-:r3:', label: 'Enter Captcha', required: true, invalid: show('captcha'), error: errs.captcha },
              Input({ id: 'field-:r3:', name: 'captcha', value: L.captcha, autocomplete: 'off', maxLength: 6, spellcheck: 'false', required: true, invalid: show('captcha'), onInput: function (e) { L.captcha = e.target.value; update(); }, onBlur: touch('captcha') }))
          ]))
      ];
      footer = [
        Button({ variant: 'outline', sx: 'margin-inline-end:var(--chakra-space-3);', onClick: closeLogin }, 'Cancel'),
        Button({ colorScheme: 'blue', isLoading: L.loading, attrs: { type: 'submit', form: 'login-form' } }, 'Login')
      ];
    } else {
      title = 'Two-Factor Authentication';
      initial = 'pin-input-:r5:-0';
      body = [
        Text('An OTP has been sent to your registered mobile number ' + (L.mobile || '') + '. You can also use the OTP shown in the Sandes app or the NIC-GST-Shield app.', 'margin-bottom:var(--chakra-space-4);color:var(--chakra-colors-gray-600);font-size:var(--chakra-fontSizes-sm);', { key: 'otp-text' }),
        h('form', { key: 'otp-form', id: 'login-otp-form', novalidate: true, onSubmit: verifyLoginOtp },
          FormControl({ id: 'field-:r4:', labelFor: 'pin-input-:r5:-0', label: 'Enter OTP', required: true, invalid: !!L.otpError, error: L.otpError },
            Stack('row', 'var(--chakra-space-2)', PinInput({ idBase: 'pin-input-:r5:', values: L.otp, invalid: !!L.otpError, set: function (v) { L.otp = v; if (L.otpError) L.otpError = ''; } }))))
      ];
      footer = [
        Button({ variant: 'outline', sx: 'margin-inline-end:var(--chakra-space-3);', onClick: function () { L.step = 'credentials'; L.captcha = ''; L.captchaTs = Date.now(); L.submitted = false; L.error = ''; focusId('field-:r3:'); update(); } }, 'Back'),
        Button({ colorScheme: 'blue', isLoading: L.otpLoading, attrs: { type: 'submit', form: 'login-otp-form' } }, 'Verify OTP')
      ];
    }
    return ModalSpec({ key: 'login', kind: 'drawer', idBase: ':r0:', title: title, closeButton: true, onClose: closeLogin, initialFocus: initial, body: body, footer: footer });
  }

  /* ---------------- technical contact popup ---------------- */
  function ContactModal() {
    var c = (st.me && st.me.contact) || {};
    function close() { st.popup = null; update(); }
    var rows = [['Name', c.name], ['Mobile', c.mobile], ['E-mail', c.email]];
    return ModalSpec({
      key: 'contact', kind: 'modal', idBase: ':r9:', title: 'Contacts of Technical Person', closeButton: true, onClose: close, size: 'var(--chakra-sizes-lg)',
      body: [
        Text('Please verify the technical contact registered for GSTIN ' + ((st.me && st.me.gstin) || '') + '. NIC will use these details for API related communication.', 'margin-bottom:var(--chakra-space-4);color:var(--chakra-colors-gray-600);font-size:var(--chakra-fontSizes-sm);'),
        Table(['Particulars', 'Details'], rows)
      ],
      footer: [Button({ colorScheme: 'red', onClick: close }, 'Exit')]
    });
  }

  /* ---------------- layout ---------------- */
  function Logo(href) {
    return Link(href, [
      h('svg', { viewBox: '0 0 48 48', width: '40', height: '40', 'aria-hidden': 'true', focusable: 'false' },
        h('circle', { cx: '24', cy: '24', r: '22', fill: '#2a4365' }),
        h('circle', { cx: '24', cy: '24', r: '17', fill: 'none', stroke: '#f6ad55', 'stroke-width': '2' }),
        h('text', { x: '24', y: '31', 'text-anchor': 'middle', 'font-size': '20', 'font-family': 'Georgia, serif', fill: '#ffffff' }, 'e')),
      h('div', { className: css('') },
        Text('e-Invoice System', 'font-weight:var(--chakra-fontWeights-bold);font-size:var(--chakra-fontSizes-lg);line-height:1.2;color:var(--chakra-colors-blue-800);'),
        Text('Goods and Services Tax Network', 'font-size:var(--chakra-fontSizes-xs);color:var(--chakra-colors-gray-500);'))
    ], 'display:flex;align-items:center;gap:var(--chakra-space-3);');
  }
  function TopBar(right) {
    return h('header', { key: 'topbar', className: css('display:flex;align-items:center;justify-content:space-between;height:var(--chakra-sizes-16);padding-inline-start:var(--chakra-space-6);padding-inline-end:var(--chakra-space-6);background:var(--chakra-colors-white);border-bottom-width:1px;position:sticky;top:0px;z-index:var(--chakra-zIndices-sticky);') },
      Logo(st.me || BOOT.pages[st.path] ? '/dashboard' : '/'), right);
  }
  function HomePage() {
    var feature = function (t, d) { return Card([CardBody([Heading(t, 'sm', 'h3'), Text(d, 'margin-top:var(--chakra-space-2);color:var(--chakra-colors-gray-600);font-size:var(--chakra-fontSizes-sm);')])]); };
    return h('div', { key: 'home', className: css('min-height:100vh;display:flex;flex-direction:column;background:var(--chakra-colors-gray-50);') },
      TopBar(Stack('row', 'var(--chakra-space-3)', [
        Button({ variant: 'ghost', onClick: function () { toast({ status: 'info', title: 'Helpdesk', description: 'Call 1800-1200-232 or write to support.einvoice1@gst.gov.in.' }); } }, 'Help'),
        Button({ colorScheme: 'blue', onClick: openLogin }, 'Login')
      ])),
      h('main', { className: css('flex:1 1 0%;width:100%;max-width:var(--chakra-sizes-container-xl);margin-inline:auto;padding:var(--chakra-space-10) var(--chakra-space-6);') },
        Stack('column', 'var(--chakra-space-6)', [
          Heading('e-Invoice System', 'xl', 'h1'),
          Text('Generate the Invoice Reference Number (IRN) for B2B and export invoices, and manage API access for your ERP or GST Suvidha Provider.', 'color:var(--chakra-colors-gray-600);font-size:var(--chakra-fontSizes-lg);max-width:48rem;'),
          Alert({ status: 'info', description: 'Two-factor authentication is mandatory for all taxpayers from 1 April 2025. Keep your registered mobile number handy while logging in.' }),
          h('div', { className: css('display:grid;grid-template-columns:repeat(3, minmax(0px, 1fr));gap:var(--chakra-space-6);') },
            feature('e-Invoice Generation', 'Report invoices to the IRP and receive the signed invoice with the IRN and QR code.'),
            feature('Bulk Generation Tools', 'Prepare invoices offline and upload them in bulk from the portal.'),
            feature('API Access', 'Register an API user for your GSTIN directly or through a GST Suvidha Provider (GSP).'))
        ])),
      h('footer', { className: css('padding:var(--chakra-space-4);text-align:center;font-size:var(--chakra-fontSizes-sm);color:var(--chakra-colors-gray-500);border-top-width:1px;background:var(--chakra-colors-white);') }, 'Designed and developed by National Informatics Centre. Content owned by GST Council.'));
  }
  function toggleAcc(id) {
    var open = !st.acc[id];
    st.acc[id] = open;
    update();
    var panel = doc.getElementById('accordion-panel-' + id);
    if (!panel) return;
    var col = panel.parentNode, tok = {};
    col.__tok = tok;
    if (open) {
      col.setAttribute('style', 'overflow: hidden; display: block; opacity: 0; height: 0px;');
      var target = col.scrollHeight;
      tween(200, function (p) { if (col.__tok !== tok) return; var e = easeOut(p); col.setAttribute('style', 'overflow: hidden; display: block; opacity: ' + n3(e) + '; height: ' + n3(target * e) + 'px;'); },
        function () { if (col.__tok === tok) col.setAttribute('style', 'overflow: initial; display: block; opacity: 1; height: auto;'); });
    } else {
      var from = col.offsetHeight;
      tween(200, function (p) { if (col.__tok !== tok) return; var e = easeOut(p); col.setAttribute('style', 'overflow: hidden; display: block; opacity: ' + n3(1 - e) + '; height: ' + n3(from * (1 - e)) + 'px;'); },
        function () { if (col.__tok === tok) col.setAttribute('style', 'overflow: hidden; display: none; opacity: 0; height: 0px;'); });
    }
  }
  function AccordionItem(id, label, panelKids, nested) {
    var open = !!st.acc[id];
    return h('div', { key: 'acc-' + id, className: 'chakra-accordion__item ' + css('border-top-width:1px;border-color:inherit;overflow-anchor:none;', { '&:last-of-type': 'border-bottom-width:1px;' }) },
      h('h2', { className: css('') },
        h('button', { type: 'button', id: 'accordion-button-' + id, 'aria-expanded': open ? 'true' : 'false', 'aria-controls': 'accordion-panel-' + id, onClick: function () { toggleAcc(id); },
          className: 'chakra-accordion__button ' + css('display:flex;align-items:center;width:100%;outline:2px solid transparent;outline-offset:2px;transition-property:var(--chakra-transition-property-common);transition-duration:var(--chakra-transition-duration-normal);font-size:' + (nested ? 'var(--chakra-fontSizes-sm)' : 'var(--chakra-fontSizes-md)') + ';padding-inline-start:var(--chakra-space-4);padding-inline-end:var(--chakra-space-4);padding-top:var(--chakra-space-2);padding-bottom:var(--chakra-space-2);font-weight:var(--chakra-fontWeights-semibold);', { '&:focus-visible': 'box-shadow:var(--chakra-shadows-outline);', '&:hover': 'background:var(--chakra-colors-blackAlpha-50);', '&:disabled, &[disabled]': 'opacity:0.4;cursor:not-allowed;' }) },
          h('div', { className: css('flex:1 1 0%;text-align:left;') }, label),
          Icon(ICONS.chevron, 'font-size:1.25em;transition:transform 0.2s;transform-origin:center;' + (open ? 'transform:rotate(-180deg);' : ''), 'chakra-accordion__icon'))),
      h('div', { className: 'chakra-collapse', ref: function (el) { el.setAttribute('style', open ? 'overflow: initial; display: block; opacity: 1; height: auto;' : 'overflow: hidden; display: none; opacity: 0; height: 0px;'); } },
        h('div', { role: 'region', id: 'accordion-panel-' + id, 'aria-labelledby': 'accordion-button-' + id, className: 'chakra-accordion__panel ' + css('padding-top:var(--chakra-space-1);padding-inline-start:var(--chakra-space-' + (nested ? '2' : '3') + ');padding-inline-end:var(--chakra-space-2);padding-bottom:var(--chakra-space-3);') }, panelKids)));
  }
  function navId(path) { return ':r' + path.join('') + 'a:'; }
  function navItems(items, path) {
    return items.map(function (it, i) {
      if (it.href) return Link(it.href, it.label, 'display:block;padding:var(--chakra-space-1-5) var(--chakra-space-3);border-radius:var(--chakra-radii-md);font-size:var(--chakra-fontSizes-sm);', { key: 'l-' + it.href });
      var p = path.concat([i]);
      return h('div', { key: 'n-' + navId(p), className: 'chakra-accordion ' + css('') }, AccordionItem(navId(p), it.label, navItems(it.items, p), true));
    });
  }
  function expandFor(items, path, target) {
    for (var i = 0; i < items.length; i++) {
      var it = items[i];
      if (it.href === target) return true;
      if (it.items) {
        var p = path.concat([i]);
        if (expandFor(it.items, p, target)) { st.acc[navId(p)] = true; return true; }
      }
    }
    return false;
  }
  function Sidebar() {
    return h('nav', { key: 'sidebar', 'aria-label': 'Main navigation', className: css('width:var(--chakra-sizes-64);flex-shrink:0;background:var(--chakra-colors-white);border-right-width:1px;padding-top:var(--chakra-space-4);padding-bottom:var(--chakra-space-4);') },
      Link('/dashboard', 'Dash Board', 'display:block;padding:var(--chakra-space-2) var(--chakra-space-4);font-weight:var(--chakra-fontWeights-semibold);margin-bottom:var(--chakra-space-2);'),
      h('div', { className: 'chakra-accordion ' + css('') }, BOOT.nav.map(function (g, i) { return AccordionItem(navId([i]), g.label, navItems(g.items, [i]), false); })));
  }
  function menuKey(e) {
    var items = Array.prototype.slice.call(doc.querySelectorAll('#menu-list-\\:r7\\: [role=menuitem]'));
    var idx = items.indexOf(doc.activeElement);
    if (e.key === 'ArrowDown') { e.preventDefault(); (items[idx + 1] || items[0]).focus(); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); (items[idx - 1] || items[items.length - 1]).focus(); }
    else if (e.key === 'Escape') { st.menuOpen = false; update(); doc.getElementById('menu-button-:r7:').focus(); }
    else if (e.key === 'Tab') { st.menuOpen = false; update(); }
  }
  function logout() {
    st.menuOpen = false;
    api('POST', '/api/auth/logout', {}).then(function () { location.assign('/'); }, function () { location.assign('/'); });
  }
  function UserMenu() {
    var me = st.me || {}, open = st.menuOpen;
    var initials = (me.legalName || 'U F').replace(/^M\/s\s+/, '').split(/\s+/).map(function (w) { return w.charAt(0); }).join('').slice(0, 2);
    function item(label, fn) {
      return h('button', { type: 'button', role: 'menuitem', tabindex: '-1', id: 'menu-list-:r7:-menuitem-' + label.replace(/\s+/g, '-').toLowerCase(), onClick: function () { st.menuOpen = false; update(); fn(); },
        className: 'chakra-menu__menuitem ' + css('text-decoration:none;color:inherit;user-select:none;display:flex;width:100%;align-items:center;text-align:start;flex:0 0 auto;outline:2px solid transparent;outline-offset:2px;padding-top:var(--chakra-space-1-5);padding-bottom:var(--chakra-space-1-5);padding-inline-start:var(--chakra-space-3);padding-inline-end:var(--chakra-space-3);transition-property:background;transition-duration:var(--chakra-transition-duration-ultra-fast);', { '&:focus, &[data-focus]': 'background:var(--chakra-colors-gray-100);', '&:hover': 'background:var(--chakra-colors-gray-100);' }) }, label);
    }
    return h('div', { className: css('position:relative;display:flex;align-items:center;gap:var(--chakra-space-4);') },
      Text('GSTIN: ' + (me.gstin || ''), 'font-size:var(--chakra-fontSizes-sm);color:var(--chakra-colors-gray-600);'),
      h('button', { type: 'button', id: 'menu-button-:r7:', 'aria-expanded': open ? 'true' : 'false', 'aria-haspopup': 'menu', 'aria-controls': 'menu-list-:r7:', onClick: function () { st.menuOpen = !st.menuOpen; update(); if (st.menuOpen) focusId('menu-list-:r7:'); },
        className: 'chakra-button chakra-menu__menu-button ' + css(BTN_BASE + BTN_SIZE.md + 'background:transparent;', { '&:hover': 'background:var(--chakra-colors-gray-100);', '&:focus-visible': 'box-shadow:var(--chakra-shadows-outline);' }) },
        h('span', { className: css('pointer-events:none;flex:1 1 auto;min-width:0px;display:flex;align-items:center;gap:var(--chakra-space-2);') },
          h('span', { className: 'chakra-avatar ' + css('display:inline-flex;align-items:center;justify-content:center;text-align:center;text-transform:uppercase;font-weight:var(--chakra-fontWeights-medium);position:relative;flex-shrink:0;background:var(--chakra-colors-teal-500);color:var(--chakra-colors-white);border-radius:var(--chakra-radii-full);width:var(--chakra-sizes-8);height:var(--chakra-sizes-8);font-size:calc(2rem / 2.5);') },
            h('div', { role: 'img', 'aria-label': me.userName || '', className: 'chakra-avatar__initials ' + css('font-size:calc(2rem / 2.5);line-height:1;') }, initials)),
          me.userName || '',
          Icon(ICONS.chevron))),
      h('div', { className: css('z-index:1;'), style: 'visibility: ' + (open ? 'visible' : 'hidden') + '; position: absolute; inset: 100% 0px auto auto; min-width: max-content; margin-top: 8px;' },
        h('div', { className: 'chakra-menu__menu-list ' + css('outline:2px solid transparent;outline-offset:2px;background:var(--chakra-colors-white);box-shadow:var(--chakra-shadows-sm);color:inherit;min-width:var(--chakra-sizes-3xs);padding-top:var(--chakra-space-2);padding-bottom:var(--chakra-space-2);z-index:1;border-radius:var(--chakra-radii-md);border-width:1px;'), tabindex: '-1', role: 'menu', id: 'menu-list-:r7:', 'aria-orientation': 'vertical', onKeyDown: menuKey,
          style: open ? 'transform-origin: top right; opacity: 1; visibility: visible; transform: none;' : 'transform-origin: top right; opacity: 0; visibility: hidden; transform: scale(0.8);' },
          item('Dash Board', function () { navigate('/dashboard'); }),
          h('hr', { 'aria-orientation': 'horizontal', className: 'chakra-menu__divider ' + css('border:0px;border-bottom:1px solid;border-color:inherit;margin:var(--chakra-space-2) 0px;opacity:0.6;') }),
          item('Logout', logout))));
  }
  doc.addEventListener('mousedown', function (e) {
    if (!st.menuOpen) return;
    var t = e.target;
    if (t.closest && (t.closest('#menu-list-\\:r7\\:') || t.closest('#menu-button-\\:r7\\:'))) return;
    st.menuOpen = false;
    update();
  });
`;

const CLIENT_PAGES = `
  /* ---------------- create API user flow ---------------- */
  function startApiFlow() {
    var seq = st.api.seq + 1;
    st.api = freshApi();
    st.api.seq = seq;
    sendApiOtp(false);
  }
  function sendApiOtp(resend) {
    var A = st.api, seq = A.seq;
    if (resend) A.resending = true; else A.step = 'sending';
    update();
    api('POST', '/api/api-user/otp/send', {}).then(function (r) {
      if (st.api.seq !== seq) return;
      A.resending = false; A.step = 'otp'; A.mobile = r.mobile; A.resendAt = Date.now() + 30000; A.otp = blank6(); A.otpError = '';
      if (resend) toast({ status: 'info', title: 'OTP sent', description: r.message });
      focusId('pin-input-:rb:-0');
      update();
    }, function (err) {
      if (st.api.seq !== seq || err.expired) return;
      A.resending = false;
      if (resend) { A.otpError = err.message; } else { A.step = 'error'; A.sendError = err.message; }
      update();
    });
  }
  function verifyApiOtp(e) {
    e.preventDefault();
    var A = st.api, seq = A.seq;
    if (A.verifying) return;
    var otp = A.otp.join('');
    if (otp.length !== 6) { A.otpError = 'Please enter the 6-digit OTP.'; focusId('pin-input-:rb:-' + Math.min(otp.length, 5)); update(); return; }
    A.verifying = true; A.otpError = '';
    update();
    api('POST', '/api/api-user/otp/verify', { otp: otp }).then(function (r) {
      if (st.api.seq !== seq) return;
      A.verifying = false; A.step = 'form'; A.gsps = r.gsps || []; A.regs = r.registrations || [];
      focusId('radio-:rc:-0');
      update();
    }, function (err) {
      if (st.api.seq !== seq || err.expired) return;
      A.verifying = false; A.otpError = err.message; A.otp = blank6();
      focusId('pin-input-:rb:-0');
      update();
    });
  }
  function regErrors(A) {
    var e = {};
    if (!A.mode) e.mode = 'Please select how you wish to register your GSTIN';
    else if (A.mode === 'direct') e.mode = 'Your GSTIN is not eligible for direct API access';
    else if (A.mode !== 'gsp') e.mode = 'This option is not enabled for your GSTIN';
    if (A.mode === 'gsp') {
      if (!A.gsp) e.gsp = 'Please select your GSP';
      if (!A.user) e.user = 'Username is required';
      else if (!/^[A-Za-z0-9]{2,11}$/.test(A.user)) e.user = 'Enter 2 to 11 letters or digits after API_';
      if (!A.pwd) e.pwd = 'Password is required';
      else if (!PWD_RULE.test(A.pwd)) e.pwd = 'Password must be 8 to 15 characters with an uppercase letter, a lowercase letter, a digit and a special character';
      if (!A.pwd2) e.pwd2 = 'Please re-enter the password';
      else if (A.pwd2 !== A.pwd) e.pwd2 = 'Passwords do not match';
    }
    return e;
  }
  var MODES = [['direct', 'Directly'], ['gsp', 'Through GSP'], ['erp', 'Through ERP'], ['other', 'Through Client-Id of other']];
  var REG_IDS = { mode: 'radio-:rc:-0', gsp: 'field-:rd:', user: 'field-:re:', pwd: 'field-:rf:', pwd2: 'field-:rg:' };
  function submitRegister(e) {
    e.preventDefault();
    var A = st.api;
    var errs = regErrors(A);
    A.submitted = true;
    var keys = ['mode', 'gsp', 'user', 'pwd', 'pwd2'];
    for (var i = 0; i < keys.length; i++) {
      if (errs[keys[i]]) {
        var fid = keys[i] === 'mode' ? 'radio-:rc:-' + Math.max(0, MODES.map(function (m) { return m[0]; }).indexOf(A.mode)) : REG_IDS[keys[i]];
        focusId(fid);
        update();
        return;
      }
    }
    A.confirmOpen = true;
    update();
  }
  function gspName(A) {
    for (var i = 0; i < A.gsps.length; i++) if (String(A.gsps[i].id) === A.gsp) return A.gsps[i].name;
    return '';
  }
  function confirmRegister() {
    var A = st.api, seq = A.seq;
    if (A.confirming) return;
    A.confirming = true;
    update();
    api('POST', '/api/api-user/register', { mode: A.mode, gspId: A.gsp, userName: 'API_' + A.user, password: A.pwd, confirmPassword: A.pwd2 }).then(function (r) {
      if (st.api.seq !== seq) return;
      A.confirming = false; A.confirmOpen = false;
      A.result = { status: 'success', title: 'API user created', text: r.message };
      A.regs = r.registrations || A.regs;
      A.mode = ''; A.gsp = ''; A.user = ''; A.pwd = ''; A.pwd2 = ''; A.touched = {}; A.submitted = false; A.showPwd = false; A.showPwd2 = false;
      toast({ status: 'success', title: 'API user created', description: r.message });
      update();
    }, function (err) {
      if (st.api.seq !== seq || err.expired) return;
      A.confirming = false; A.confirmOpen = false;
      A.result = { status: 'error', title: 'Registration failed', text: err.message };
      if (err.data && err.data.registrations) A.regs = err.data.registrations;
      toast({ status: 'error', title: 'Registration failed', description: err.message });
      update();
    });
  }
  function ConfirmDialog() {
    var A = st.api;
    function cancel() { if (!A.confirming) { A.confirmOpen = false; update(); } }
    return ModalSpec({
      key: 'confirm', kind: 'alertdialog', idBase: ':rh:', title: 'Confirm Registration', onClose: cancel, initialFocus: 'confirm-cancel',
      body: Stack('column', 'var(--chakra-space-3)', [
        Text('Do you want to register GSTIN ' + ((st.me && st.me.gstin) || '') + ' for API access through ' + gspName(A) + ' with the user name API_' + A.user + '?'),
        Text('Note the user name and password: you will need them for the Authentication API.', 'font-size:var(--chakra-fontSizes-sm);color:var(--chakra-colors-gray-600);')
      ]),
      footer: [
        Button({ onClick: cancel, disabled: A.confirming, attrs: { id: 'confirm-cancel' } }, 'Cancel'),
        Button({ colorScheme: 'blue', isLoading: A.confirming, sx: 'margin-inline-start:var(--chakra-space-3);', onClick: confirmRegister }, 'Confirm')
      ]
    });
  }
  function ApiOtpStep() {
    var A = st.api;
    var left = Math.max(0, Math.ceil((A.resendAt - Date.now()) / 1000));
    return h('form', { key: 'api-otp', id: 'api-otp-form', novalidate: true, onSubmit: verifyApiOtp },
      Stack('column', 'var(--chakra-space-5)', [
        Alert({ status: 'info', description: 'OTP has been sent to your registered mobile number ' + A.mobile + '. It is valid for 10 minutes.' }),
        FormControl({ id: 'field-:ra:', labelFor: 'pin-input-:rb:-0', label: 'Enter OTP', required: true, invalid: !!A.otpError, error: A.otpError },
          Stack('row', 'var(--chakra-space-2)', PinInput({ idBase: 'pin-input-:rb:', values: A.otp, invalid: !!A.otpError, set: function (v) { A.otp = v; if (A.otpError) A.otpError = ''; } }))),
        Stack('row', 'var(--chakra-space-4)', [
          Button({ colorScheme: 'blue', isLoading: A.verifying, attrs: { type: 'submit' } }, 'Verify OTP'),
          Button({ variant: 'link', colorScheme: 'blue', disabled: left > 0 || A.resending, onClick: function () { sendApiOtp(true); } }, left > 0 ? 'Resend OTP in ' + left + 's' : 'Resend OTP')
        ])
      ]));
  }
  function RegisterForm() {
    var A = st.api;
    var errs = regErrors(A);
    function show(f) { return !!errs[f] && (A.submitted || !!A.touched[f]); }
    function touch(f) { return function () { A.touched[f] = true; update(); }; }
    function set(f) { return function (e) { A[f] = e.target.value; update(); }; }
    var kids = [
      FormControl({ key: 'mode', as: 'fieldset', id: 'field-:rc:', label: 'Do you wish to Register your GSTIN for', required: true, invalid: show('mode'), error: errs.mode },
        h('div', { className: 'chakra-radio-group ' + css('') },
          Stack('row', 'var(--chakra-space-6)', MODES.map(function (m, i) {
            return Radio({ id: 'radio-:rc:-' + i, name: 'registerFor', value: m[0], label: m[1], checked: A.mode === m[0], invalid: show('mode'), onChange: function () { A.mode = m[0]; A.touched.mode = true; A.result = null; update(); } });
          }), 'flex-wrap:wrap;')))
    ];
    if (A.mode === 'direct') kids.push(Alert({ key: 'direct-note', status: 'warning', description: 'Direct API access (your own Client ID and Client Secret) is available only to taxpayers whose aggregate turnover exceeds the notified threshold.' }));
    if (A.mode === 'erp' || A.mode === 'other') kids.push(Alert({ key: 'erp-note', status: 'info', description: 'This option is not enabled for your GSTIN. Please register through a GSP.' }));
    if (A.mode === 'gsp') {
      kids.push(
        FormControl({ key: 'gsp', id: 'field-:rd:', label: 'Select your GSP', required: true, invalid: show('gsp'), error: errs.gsp },
          Select({ id: 'field-:rd:', placeholder: 'Select your GSP', value: A.gsp, required: true, invalid: show('gsp'), options: A.gsps.map(function (g) { return { value: String(g.id), label: g.name }; }), onChange: function (e) { A.gsp = e.target.value; A.touched.gsp = true; update(); }, onBlur: touch('gsp') })),
        FormControl({ key: 'user', id: 'field-:re:', label: 'Username', required: true, invalid: show('user'), error: errs.user, helper: 'Enter 2 to 11 letters or digits; your API user name will be API_ followed by them.' },
          h('div', { className: 'chakra-input__group ' + css('width:100%;display:flex;position:relative;isolation:isolate;'), 'data-group': 'true' },
            h('div', { className: 'chakra-input__left-addon ' + css('flex:0 0 auto;width:auto;display:flex;align-items:center;white-space:nowrap;height:var(--chakra-sizes-10);font-size:var(--chakra-fontSizes-md);padding-inline-start:var(--chakra-space-4);padding-inline-end:var(--chakra-space-4);border-radius:var(--chakra-radii-md);border:1px solid;border-color:inherit;background:var(--chakra-colors-gray-100);border-top-right-radius:0px;border-bottom-right-radius:0px;margin-inline-end:-1px;') }, 'API_'),
            Input({ id: 'field-:re:', name: 'apiUserName', value: A.user, autocomplete: 'off', maxLength: 11, required: true, invalid: show('user'), helper: true, sx: 'border-top-left-radius:0px;border-bottom-left-radius:0px;', onInput: set('user'), onBlur: touch('user') }))),
        FormControl({ key: 'pwd', id: 'field-:rf:', label: 'Password', required: true, invalid: show('pwd'), error: errs.pwd, helper: '8 to 15 characters with at least one uppercase letter, one lowercase letter, one digit and one special character.' },
          PasswordInput({ id: 'field-:rf:', name: 'apiPassword', value: A.pwd, show: A.showPwd, autocomplete: 'new-password', required: true, invalid: show('pwd'), helper: true, onToggle: function () { A.showPwd = !A.showPwd; update(); }, onInput: set('pwd'), onBlur: touch('pwd') })),
        FormControl({ key: 'pwd2', id: 'field-:rg:', label: 'Re-enter Password', required: true, invalid: show('pwd2'), error: errs.pwd2 },
          PasswordInput({ id: 'field-:rg:', name: 'apiPasswordConfirm', value: A.pwd2, show: A.showPwd2, autocomplete: 'new-password', required: true, invalid: show('pwd2'), onToggle: function () { A.showPwd2 = !A.showPwd2; update(); }, onInput: set('pwd2'), onBlur: touch('pwd2') })));
    }
    kids.push(Stack('row', 'var(--chakra-space-3)', [
      Button({ colorScheme: 'blue', attrs: { type: 'submit' } }, 'Submit'),
      Button({ variant: 'outline', onClick: function () { navigate('/dashboard'); } }, 'Exit')
    ], 'padding-top:var(--chakra-space-2);', { key: 'actions' }));
    return h('form', { key: 'api-form', id: 'api-user-form', novalidate: true, onSubmit: submitRegister }, Stack('column', 'var(--chakra-space-5)', kids, 'max-width:36rem;'));
  }
  function RegisteredList() {
    var A = st.api;
    return Card([
      CardHeader(Heading('GSPs registered for this GSTIN', 'sm', 'h3')),
      CardBody(A.regs.length
        ? Table(['Sl. No.', 'GSP Name', 'API User Name', 'Registered On', 'Status'], A.regs.map(function (r, i) { return [String(i + 1), r.gsp, r.username, r.createdOn, Badge(r.status || 'Active', 'green')]; }))
        : Text('No GSP is registered for this GSTIN yet.', 'color:var(--chakra-colors-gray-600);'))
    ], 'margin-top:var(--chakra-space-6);', { key: 'regs' });
  }
  function Breadcrumb(items) {
    return h('nav', { 'aria-label': 'breadcrumb', className: 'chakra-breadcrumb ' + css('font-size:var(--chakra-fontSizes-sm);color:var(--chakra-colors-gray-600);margin-bottom:var(--chakra-space-2);') },
      h('ol', { className: 'chakra-breadcrumb__list ' + css('display:flex;align-items:center;') }, items.map(function (it, i) {
        var last = i === items.length - 1;
        return h('li', { className: 'chakra-breadcrumb__list-item ' + css('display:inline-flex;align-items:center;') },
          last ? h('span', { 'aria-current': 'page', className: 'chakra-breadcrumb__link ' + css('') }, it[0])
            : it[1] ? Link(it[1], it[0], '', { cls: 'chakra-breadcrumb__link' }) : h('span', { className: 'chakra-breadcrumb__link ' + css('') }, it[0]),
          last ? null : h('span', { role: 'presentation', className: css('margin-inline:var(--chakra-space-2);') }, '/'));
      })));
  }
  function CreateApiUserPage() {
    var A = st.api, content;
    if (A.step === 'sending' || A.step === 'idle') content = Stack('row', 'var(--chakra-space-3)', [Spinner('var(--chakra-sizes-6)', 'color:var(--chakra-colors-blue-500);'), Text('Sending OTP to your registered mobile number...')], 'padding-top:var(--chakra-space-4);padding-bottom:var(--chakra-space-4);', { key: 'sending' });
    else if (A.step === 'error') content = Stack('column', 'var(--chakra-space-4)', [Alert({ status: 'error', description: A.sendError }), h('div', {}, Button({ colorScheme: 'blue', onClick: function () { sendApiOtp(false); } }, 'Try again'))], '', { key: 'send-error' });
    else if (A.step === 'otp') content = ApiOtpStep();
    else content = RegisterForm();
    return [
      Breadcrumb([['Home', '/dashboard'], ['API Registration'], ['User Credentials'], ['Create API User']]),
      Heading('Create API User', 'lg', 'h2', { key: 'title' }),
      Card([
        CardHeader(Heading('API Registration', 'md', 'h3')),
        CardBody([
          A.result ? Alert({ key: 'result-' + A.result.status, status: A.result.status, title: A.result.title, description: A.result.text, sx: 'margin-bottom:var(--chakra-space-5);align-items:start;flex-wrap:wrap;' }) : null,
          content
        ])
      ], 'margin-top:var(--chakra-space-4);', { key: 'api-card' }),
      A.step === 'form' ? RegisteredList() : null
    ];
  }
  function DashboardPage() {
    var me = st.me || {};
    function stat(label, num, help) {
      return Card([CardBody(h('div', { className: 'chakra-stat ' + css('position:relative;flex:1 1 0%;') },
        h('dl', {},
          h('dt', { className: 'chakra-stat__label ' + css('font-weight:var(--chakra-fontWeights-medium);font-size:var(--chakra-fontSizes-sm);') }, label),
          h('dd', { className: 'chakra-stat__number ' + css('font-variant-numeric:tabular-nums;font-weight:var(--chakra-fontWeights-semibold);font-size:var(--chakra-fontSizes-2xl);') }, num),
          h('dd', { className: 'chakra-stat__help-text ' + css('opacity:0.8;margin-bottom:var(--chakra-space-2);font-size:var(--chakra-fontSizes-sm);') }, help))))]);
    }
    return [
      Heading('Dash Board', 'lg', 'h2', { key: 'title' }),
      Text('Welcome, ' + (me.legalName || '') + ' (' + (me.gstin || '') + ')', 'margin-top:var(--chakra-space-1);color:var(--chakra-colors-gray-600);', { key: 'welcome' }),
      h('div', { key: 'stats', className: css('display:grid;grid-template-columns:repeat(2, minmax(0px, 1fr));gap:var(--chakra-space-6);margin-top:var(--chakra-space-6);max-width:48rem;') },
        stat('Generations', '0', 'IRNs generated this month'),
        stat('Cancelled', '0', 'IRNs cancelled this month'))
    ];
  }
  function GenericPage() {
    return [
      Heading(BOOT.pages[st.path], 'lg', 'h2', { key: 'title' }),
      Card(CardBody(Alert({ status: 'info', description: 'No records found.' })), 'margin-top:var(--chakra-space-4);', { key: 'generic' })
    ];
  }
  function Shell() {
    var content;
    if (!st.me) content = h('div', { key: 'loading', className: css('display:flex;justify-content:center;padding:var(--chakra-space-16);') }, Spinner('var(--chakra-sizes-12)', 'color:var(--chakra-colors-blue-500);border-width:4px;'));
    else if (st.path === '/dashboard') content = DashboardPage();
    else if (st.path === CREATE) content = CreateApiUserPage();
    else content = GenericPage();
    return h('div', { key: 'shell', className: css('min-height:100vh;display:flex;flex-direction:column;background:var(--chakra-colors-gray-50);') },
      TopBar(st.me ? UserMenu() : null),
      h('div', { className: css('display:flex;flex:1 1 0%;align-items:stretch;') },
        Sidebar(),
        h('main', { key: 'main-' + st.path, className: css('flex:1 1 0%;min-width:0px;padding:var(--chakra-space-6);') }, content)));
  }

  /* ---------------- root render ---------------- */
  var rootKids = [];
  function App() {
    var kids = [h('span', { key: 'env', hidden: true, id: '__chakra_env' })];
    if (BOOT.pages[st.path]) kids.push(Shell());
    else kids.push(HomePage());
    return kids;
  }
  function portalSpecs() {
    var specs = [];
    if (st.loginOpen && !BOOT.pages[st.path]) specs.push(LoginDrawer());
    if (st.popup === 'contact' && st.me && BOOT.pages[st.path]) specs.push(ContactModal());
    if (st.api.confirmOpen && st.path === CREATE) specs.push(ConfirmDialog());
    return specs;
  }
  renderFn = function () {
    var next = App();
    patchChildren(rootEl, rootKids, next);
    rootKids = next;
    renderPortals(portalSpecs());
  };
  setInterval(function () { if (st.api.step === 'otp' && st.api.resendAt > Date.now() - 1500) update(); }, 1000);

  /* ---------------- boot ---------------- */
  if (st.path === '/login') {
    st.loginOpen = true;
    st.expiredNotice = /(^|[?&])expired=1(&|$)/.test(location.search);
  }
  expandFor(BOOT.nav, [], st.path);
  initToasts();
  onEnter();
  update();
})();
`;

/* ------------------------------------------------------------------------------------------------
 * Server
 * ---------------------------------------------------------------------------------------------- */
interface Session {
  stage: 'otp' | 'auth';
  userName: string;
  popupPending: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
}
type Registration = ChakraR23State['users'][number];

const PWD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;

const shell = (title: string): string =>
  [
    '<!DOCTYPE html>',
    '<html lang="en" data-theme="light" style="color-scheme: light;">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="theme-color" content="#2a4365"><title>${title}</title><link rel="icon" href="${FAVICON}">`,
    `<style data-emotion="css-global">${GLOBAL_CSS}</style><style data-emotion="css" data-s=""></style></head>`,
    '<body class="chakra-ui-light"><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div>',
    `<script>window.__BOOT__=${JSON.stringify({ pages: PAGES, nav: NAV }).replace(/</g, '\\u003c')};</script>`,
    `<script>${CLIENT_RUNTIME}${CLIENT_APP}${CLIENT_PAGES}</script>`,
    '</body></html>',
  ].join('\n');

const pad = (n: number): string => String(n).padStart(2, '0');
const stamp = (d: Date): string =>
  `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;

const captchaSvg = (text: string): string => {
  const r = (a: number, b: number): number => a + Math.random() * (b - a);
  const f = (n: number): string => n.toFixed(1);
  const noise: string[] = [];
  for (let i = 0; i < 6; i++) {
    noise.push(
      `<path d="M${f(r(0, 30))} ${f(r(5, 45))} Q${f(r(40, 120))} ${f(r(-10, 60))} ${f(r(130, 160))} ${f(r(5, 45))}" stroke="hsl(${Math.floor(r(0, 360))},40%,55%)" stroke-width="${f(r(1, 2.2))}" fill="none"/>`,
    );
  }
  for (let i = 0; i < 45; i++) {
    noise.push(
      `<circle cx="${f(r(0, 160))}" cy="${f(r(0, 50))}" r="${f(r(0.6, 1.6))}" fill="hsl(${Math.floor(r(0, 360))},35%,50%)"/>`,
    );
  }
  const chars = text.split('').map((c, i) => {
    const x = 24 + i * (112 / Math.max(1, text.length - 1));
    const y = r(31, 39);
    return `<text x="${f(x)}" y="${f(y)}" font-family="Georgia, 'Times New Roman', serif" font-size="${f(r(24, 30))}" font-weight="bold" text-anchor="middle" fill="hsl(${Math.floor(r(190, 260))},45%,${Math.floor(r(20, 35))}%)" transform="rotate(${f(r(-22, 22))} ${f(x)} ${f(y - 9)})">${c}</text>`;
  });
  const over = `<path d="M0 ${f(r(18, 32))} C40 ${f(r(0, 50))} 110 ${f(r(0, 50))} 160 ${f(r(18, 32))}" stroke="#4a5568" stroke-width="1.4" fill="none"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="50" viewBox="0 0 160 50"><rect width="160" height="50" fill="#edf2f7"/>${noise.join('')}${chars.join('')}${over}</svg>`;
};

const readJson = (req: IncomingMessage): Promise<Record<string, unknown>> =>
  new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= 65536) chunks.push(c);
    });
    req.on('end', () => {
      try {
        const v: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        resolve(v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {});
      } catch {
        resolve({});
      }
    });
    req.on('error', () => resolve({}));
  });

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

const readCookie = (req: IncomingMessage, name: string): string | undefined => {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
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
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(body);
};
const json = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void => send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), headers);

export async function startChakraR23Rendition(options: ChakraR23Options = {}): Promise<ChakraR23Rendition> {
  const state: ChakraR23State = {
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
      username: 'API_udyogtera',
      password: 'Tera#2021x',
      createdOn: '14/08/2021 11:32:05',
    },
  ];
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();
  let expiryUsed = false;

  const registrations = (): { gsp: string; username: string; createdOn: string; status: string }[] =>
    [...seeded, ...state.users]
      .filter((u) => u.gstin === state.gstin)
      .map((u) => ({ gsp: u.gsp, username: u.username, createdOn: u.createdOn, status: 'Active' }));

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const sid = readCookie(req, COOKIE);
    const session = sid ? sessions.get(sid) : undefined;
    const authed = session?.stage === 'auth' ? session : undefined;
    const expiredAnswer = (): void =>
      json(res, 401, {
        ok: false,
        code: 'SESSION_EXPIRED',
        message: EXPIRED_MESSAGE,
        redirect: '/login?expired=1',
      });
    const expireHere = (stage: ChakraR23Expiry): boolean => {
      if (options.expireOnce !== stage || expiryUsed) return false;
      expiryUsed = true;
      if (sid) sessions.delete(sid);
      state.expired.push(stage);
      return true;
    };

    if (method === 'GET' || method === 'HEAD') {
      if (path === '/' || path === '/login') {
        if (authed) return send(res, 302, 'text/plain; charset=utf-8', 'Found', { Location: '/dashboard' });
        return send(res, 200, 'text/html; charset=utf-8', shell('e-Invoice System'));
      }
      const title = PAGES[path];
      if (title) {
        if (!authed)
          return send(res, 302, 'text/plain; charset=utf-8', 'Found', { Location: '/login?expired=1' });
        return send(res, 200, 'text/html; charset=utf-8', shell(`${title} | e-Invoice System`));
      }
      if (path === '/api/captcha') return send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
      if (path === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
      if (path === '/api/me') {
        if (!authed) return expiredAnswer();
        const popups = authed.popupPending ? ['technical-contact'] : [];
        authed.popupPending = false;
        return json(res, 200, {
          userName: authed.userName,
          gstin: state.gstin,
          legalName: LEGAL_NAME,
          stateName: 'Maharashtra',
          popups,
          contact: { name: 'Rahul Deshmukh', mobile: '98XXXXXX21', email: 'it.support@udyogfab.in' },
        });
      }
      if (path === '/api/api-user/registrations') {
        if (!authed) return expiredAnswer();
        return json(res, 200, { registrations: registrations() });
      }
      if (path.startsWith('/api/')) return json(res, 404, { ok: false, message: 'Not found' });
      return send(
        res,
        404,
        'text/html; charset=utf-8',
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page not found</title></head><body style="font-family:sans-serif;padding:2rem"><h1>404</h1><p>The page you are looking for does not exist. <a href="/">Go to the home page</a>.</p></body></html>',
      );
    }

    if (method !== 'POST') return json(res, 405, { ok: false, message: 'Method not allowed' });
    const body = await readJson(req);

    switch (path) {
      case '/api/auth/login': {
        const captcha = str(body.captcha).trim();
        if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
          state.refusals.push('captcha');
          return json(res, 400, {
            ok: false,
            code: 'INVALID_CAPTCHA',
            message: 'Invalid Captcha. Please enter the characters shown in the image.',
          });
        }
        const userName = str(body.userName).trim();
        if (
          userName.toLowerCase() !== CHAKRA_R23_LOGIN.username.toLowerCase() ||
          str(body.password) !== CHAKRA_R23_LOGIN.password
        ) {
          state.refusals.push('login');
          return json(res, 400, {
            ok: false,
            code: 'INVALID_CREDENTIALS',
            message: 'Invalid Login Credentials. Please check your user name and password.',
          });
        }
        if (sid) sessions.delete(sid);
        const id = randomBytes(18).toString('hex');
        sessions.set(id, {
          stage: 'otp',
          userName: CHAKRA_R23_LOGIN.username,
          popupPending: false,
          apiOtpSent: false,
          apiOtpVerified: false,
        });
        return json(
          res,
          200,
          { ok: true, next: 'otp', mobile: MOBILE },
          { 'Set-Cookie': `${COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax` },
        );
      }
      case '/api/auth/verify-otp': {
        if (session?.stage !== 'otp') return expiredAnswer();
        if (str(body.otp).trim() !== state.loginOtp) {
          state.refusals.push('login-otp');
          return json(res, 400, {
            ok: false,
            code: 'INVALID_OTP',
            message: 'Invalid OTP. Please enter the correct OTP.',
          });
        }
        session.stage = 'auth';
        session.popupPending = true;
        return json(res, 200, { ok: true, redirect: '/dashboard' });
      }
      case '/api/auth/logout': {
        if (sid) sessions.delete(sid);
        return json(
          res,
          200,
          { ok: true },
          { 'Set-Cookie': `${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` },
        );
      }
      case '/api/api-user/otp/send': {
        if (expireHere('api-otp-send') || !authed) return expiredAnswer();
        authed.apiOtpSent = true;
        authed.apiOtpVerified = false;
        return json(res, 200, {
          ok: true,
          mobile: MOBILE,
          validity: 10,
          message: `OTP has been sent to your registered mobile number ${MOBILE}.`,
        });
      }
      case '/api/api-user/otp/verify': {
        if (expireHere('api-otp-verify') || !authed) return expiredAnswer();
        if (!authed.apiOtpSent) return json(res, 400, { ok: false, message: 'Please request an OTP first.' });
        if (str(body.otp).trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          return json(res, 400, {
            ok: false,
            code: 'INVALID_OTP',
            message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
          });
        }
        authed.apiOtpVerified = true;
        return json(res, 200, {
          ok: true,
          gsps: GSPS.map((name, i) => ({ id: 101 + i, name })),
          registrations: registrations(),
        });
      }
      case '/api/api-user/register': {
        if (expireHere('submit') || !authed) return expiredAnswer();
        if (!authed.apiOtpVerified) {
          return json(res, 403, {
            ok: false,
            message: 'Please verify the OTP sent to your registered mobile number first.',
          });
        }
        const bad = (message: string): void => json(res, 400, { ok: false, code: 'VALIDATION', message });
        if (str(body.mode) !== 'gsp')
          return bad('Only registration through a GSP is enabled for this GSTIN.');
        const gsp = GSPS[Number(str(body.gspId)) - 101];
        if (!gsp) return bad('Please select your GSP.');
        const username = str(body.userName).trim();
        if (!/^API_[A-Za-z0-9]{2,11}$/.test(username)) {
          return bad('The user name must be API_ followed by 2 to 11 letters or digits.');
        }
        const password = str(body.password);
        if (!PWD_RULE.test(password)) {
          return bad(
            'Password must be 8 to 15 characters with an uppercase letter, a lowercase letter, a digit and a special character.',
          );
        }
        if (password !== str(body.confirmPassword)) return bad('Passwords do not match.');
        const all = [...seeded, ...state.users];
        if (all.some((u) => u.gstin === state.gstin && u.gsp === gsp)) {
          state.refusals.push('duplicate');
          return json(res, 409, {
            ok: false,
            code: 'ALREADY_REGISTERED',
            message: `GSTIN ${state.gstin} is already registered with ${gsp}. Choose another GSP or use the existing API user.`,
            registrations: registrations(),
          });
        }
        if (all.some((u) => u.username.toLowerCase() === username.toLowerCase())) {
          state.refusals.push('username-taken');
          return json(res, 409, {
            ok: false,
            code: 'USERNAME_TAKEN',
            message: `The user name ${username} is already in use. Please choose a different user name.`,
            registrations: registrations(),
          });
        }
        state.users.push({ gstin: state.gstin, gsp, username, password, createdOn: stamp(new Date()) });
        return json(res, 200, {
          ok: true,
          message: `API user ${username} has been created for GSTIN ${state.gstin} through ${gsp}.`,
          registrations: registrations(),
        });
      }
      default:
        return json(res, 404, { ok: false, message: 'Not found' });
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) json(res, 500, { ok: false, message: 'Something went wrong. Please try again.' });
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
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}
