/**
 * Rendition r24-vaadin: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a Vaadin Flow 24 app (Java
 * server-side UI, Lumo-themed web components, AppLayout + SideNav main layout) would draw it.
 * Every component is a custom element with an open shadow root from a small hand-written
 * runtime; the page state lives on the server and every UI event goes to one endpoint
 * (`POST /?v-r=uidl&v-uiId=N`, JSON RPC body, `for(;;);[...]` answer with state-tree changes).
 *
 * Choices made where the docs are silent:
 * - URLs (Flow routes, all pages GET the same bootstrap page with the initial UIDL embedded):
 *   `/` home, `/login` (home + opened login overlay), `/login/verify-otp` (2FA view),
 *   `/dashboard`, `/api-registration/create-api-user`, and simple views for the other menu
 *   leaves (`/einvoice/generate`, `/einvoice/cancel`, `/einvoice/bulk-upload`,
 *   `/api-registration/change-api-password`, `/api-registration/freeze-api-user`,
 *   `/api-registration/ip-whitelisting`, `/mis-reports`, `/user-management`, `/announcements`,
 *   `/help`). Unknown paths show Vaadin's "Could not navigate to '...'" (404).
 * - Layout: `vaadin-app-layout` (primary section drawer), navbar = `vaadin-drawer-toggle`
 *   ("Menu toggle") + `h1.view-title` with the view title ("Home", "Log in",
 *   "Two-Factor Authentication", "Dash Board", "Create API User", ...) + a 'Log in' primary
 *   `vaadin-button` (before login) or the user name, GSTIN and a 'Log out' tertiary button.
 *   Drawer: header "e-Invoice System" and a `vaadin-side-nav`.
 * - Menu after login: "Dash Board"; "e-Invoice" > "Generate IRN", "Cancel IRN", "Bulk Upload";
 *   "API Registration" > "User Credentials" > ("Create API User", "Change API Password"),
 *   "Freeze API User", "IP Whitelisting"; "MIS Reports"; "User Management". Groups have no
 *   path: clicking the item or its toggle button ('Toggle child items') expands it; the
 *   group holding the current page expands itself. Before login: "Home", "Announcements", "Help".
 * - Login: 'Log in' navigates to `/login`, where a `vaadin-login-overlay` (title
 *   "e-Invoice System", form title 'Log in', fields 'Username' / 'Password', submit 'Log in',
 *   'Forgot password' tertiary) is open and cannot be dismissed. The custom form area holds
 *   the captcha picture (`img.captcha-image`, alt "Captcha", SVG data URI with noise, redrawn
 *   on every attempt), a 'Refresh captcha' icon button and a 'Captcha' text field. Captcha is
 *   checked first, case-insensitively. Errors show in the form's error part: "Invalid Captcha"
 *   (+ the captcha field's error message) or "Invalid Login Credentials"; an expired session
 *   shows "Session expired" / "Your session has expired. Please log in again.".
 *   Enter in the captcha field submits too.
 * - 2FA: a separate view, heading "Verify OTP", a 'OTP' text field (6 digits), 'Verify'
 *   (primary) and 'Resend OTP' (tertiary); Enter in the field verifies. Wrong OTP: field error
 *   "Invalid OTP. Enter the OTP sent to your registered mobile number.".
 * - Post-login popup: once per login on the dashboard, a modal `vaadin-dialog` titled
 *   "Contacts of Technical Person" with Name / Mobile Number / Email ID fields and footer
 *   buttons 'Exit' (theme error) and 'Update' (primary); Esc closes it, outside clicks do not.
 * - Dashboard: cards "Generations" and "Cancelled".
 * - Create API User: panel "API Registration"; 'Send OTP' first, then an 'Enter OTP' field,
 *   'Verify OTP' and 'Resend OTP'. Then the form: read-only 'GSTIN', `vaadin-radio-group`
 *   'Do you wish to Register your GSTIN for' (Directly / Through GSP / Through ERP / Through
 *   Client-Id of other); 'Through GSP' shows a `vaadin-combo-box` 'Select your GSP' (26
 *   names, filter on typing, virtualised list), 'Username' with an `API_` prefix span
 *   (4 to 11 letters or digits), 'Password' and 'Re-enter Password' (8-15 chars with upper,
 *   lower, digit and special character), 'Submit' (primary) and 'Exit'. The other modes only
 *   show an explanation; submitting them is refused with an error notification.
 * - Submit validates on the server (field error messages), then a `vaadin-confirm-dialog`
 *   "Create API user" asks 'Cancel' / 'Confirm'. Confirm: duplicate GSP for the GSTIN or a
 *   taken user name are refused (error notification + field error); success shows a success
 *   notification "API user API_x has been created successfully for GSP." and the panel
 *   switches to "GSPs registered for GSTIN ..." (a `vaadin-grid`: Sl. No., GSP Name, API User
 *   Name, Created On) with 'Register another GSP' and 'Exit'.
 * - Verdicts and OTP sends: `vaadin-notification` cards (bottom-start, 5 s, theme success /
 *   error / contrast) in `vaadin-notification-container`.
 * - Round trips: `div.v-loading-indicator` inside `vaadin-connection-indicator` (shown after
 *   300 ms, like Flow), one request at a time, later events queued.
 * - Sessions: cookie JSESSIONID. A page GET of a protected route without a live session
 *   redirects (302) to `/login` (with the expiry message when the cookie named a dead
 *   session). A UIDL call without a live session answers `{"meta":{"sessionExpired":true}}`
 *   and the page shows Flow's `div.v-system-error` "Session Expired" / "Take note of any
 *   unsaved data, and click here or press ESC key to continue."; click or Esc reloads, which
 *   lands on the login. Log out invalidates the session and goes to `/`.
 * - expireOnce: the first UIDL request carrying the click (or Enter) of that stage
 *   ('api-otp-send': Send OTP / Resend OTP; 'api-otp-verify': Verify OTP; 'submit': the
 *   Submit button) deletes the session, is recorded in `state.expired`, and answers as any
 *   lost session does. Only once per server.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type VaadinR24Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface VaadinR24Options {
  expireOnce?: VaadinR24Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface VaadinR24State {
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
export interface VaadinR24Rendition {
  url: string;
  close(): Promise<void>;
  state: VaadinR24State;
}
export const VAADIN_R24_LOGIN: { username: string; password: string } = {
  username: 'utraders27',
  password: 'Utr@ders#2024',
};

// ---------------------------------------------------------------------------------------
// Fixed data
// ---------------------------------------------------------------------------------------

const GSPS: string[] = [
  'ADAEQUARE INFO PRIVATE LIMITED',
  'ALANKIT LIMITED',
  'BVM IT CONSULTING SERVICES INDIA PRIVATE LIMITED',
  'CHARTERED INFORMATION SYSTEMS PRIVATE LIMITED',
  'COMPUTER AGE MANAGEMENT SERVICES LIMITED',
  'CYGNET INFOTECH PRIVATE LIMITED',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'ERNST & YOUNG LLP',
  'EXCELLON SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'MASTEK LIMITED',
  'MASTERS INDIA PRIVATE LIMITED',
  'PHOTON INFOTECH PRIVATE LIMITED',
  'RELIANCE CORPORATE IT PARK LIMITED',
  'SESHAASAI BUSINESS FORMS PRIVATE LIMITED',
  'SIFY TECHNOLOGIES LIMITED',
  'TALLY (INDIA) PRIVATE LIMITED',
  'TATA CONSULTANCY SERVICES LIMITED',
  'TECH MAHINDRA LIMITED',
  'TERA SOFTWARE LIMITED',
  'VAY NETWORK SERVICES PRIVATE LIMITED',
  'WEBTEL ELECTROSOFT PRIVATE LIMITED',
  'WIPRO LIMITED',
  'BOTREE SOFTWARE INTERNATIONAL PRIVATE LIMITED',
  'RELYON SOFTECH LIMITED',
].sort();

const MODES = ['Directly', 'Through GSP', 'Through ERP', 'Through Client-Id of other'];
const MODE_INFO: Record<string, string> = {
  '1': 'Direct API access (Client ID and Client Secret issued by the IRP) is available only to taxpayers whose aggregate turnover is above the notified threshold. To let your GST Suvidha Provider call the APIs, choose Through GSP.',
  '3': 'Registration through ERP is available only for ERP systems approved for direct integration with the IRP.',
  '4': 'Use this option only to reuse the Client-Id of another taxpayer of the same PAN that has direct API access.',
};
const MOBILE = 'XXXXXX4321';
const PWD_RULE =
  'Password must be 8 to 15 characters with at least one upper-case letter, one lower-case letter, one digit and one special character';
const U_EXPR = 'event.detail.username';
const P_EXPR = 'event.detail.password';
const C_EXPR = 'event.detail.custom && event.detail.custom.captcha';
const ENTER = "event.key === 'Enter'";

const LOGIN_ERRORS = {
  login: {
    title: 'Invalid Login Credentials',
    message: 'Check that you have entered the correct username and password and try again.',
  },
  captcha: {
    title: 'Invalid Captcha',
    message:
      'The characters you entered do not match the picture. Enter the characters of the new picture and try again.',
  },
  expired: { title: 'Session expired', message: 'Your session has expired. Please log in again.' },
};

type Access = 'public' | 'otp' | 'auth';
const ROUTES: Record<string, { title: string; access: Access }> = {
  '': { title: 'Home', access: 'public' },
  announcements: { title: 'Announcements', access: 'public' },
  help: { title: 'Help', access: 'public' },
  login: { title: 'Log in', access: 'public' },
  'login/verify-otp': { title: 'Two-Factor Authentication', access: 'otp' },
  dashboard: { title: 'Dash Board', access: 'auth' },
  'einvoice/generate': { title: 'Generate IRN', access: 'auth' },
  'einvoice/cancel': { title: 'Cancel IRN', access: 'auth' },
  'einvoice/bulk-upload': { title: 'Bulk Upload', access: 'auth' },
  'api-registration/create-api-user': { title: 'Create API User', access: 'auth' },
  'api-registration/change-api-password': { title: 'Change API Password', access: 'auth' },
  'api-registration/freeze-api-user': { title: 'Freeze API User', access: 'auth' },
  'api-registration/ip-whitelisting': { title: 'IP Whitelisting', access: 'auth' },
  'mis-reports': { title: 'MIS Reports', access: 'auth' },
  'user-management': { title: 'User Management', access: 'auth' },
};
const PAGE_TEXT: Record<string, string> = {
  announcements:
    'Two-factor authentication is mandatory for all users of the e-Invoice System from 1 April 2025. OTPs are sent by SMS and are also available in the Sandes and NIC-GST-Shield apps.',
  help: 'For help with the e-Invoice System, contact the GST helpdesk or your GST Suvidha Provider. API users are created under API Registration > User Credentials > Create API User.',
  'einvoice/generate':
    'Enter the invoice details or upload the JSON to generate an IRN. No invoices are pending.',
  'einvoice/cancel':
    'An IRN can be cancelled within 24 hours of its generation. No IRNs are available for cancellation.',
  'einvoice/bulk-upload': 'Upload a JSON file prepared with the bulk generation tool. No uploads yet.',
  'api-registration/change-api-password':
    'Select the API user whose password you want to change. No API users are frozen.',
  'api-registration/freeze-api-user': 'Freezing an API user stops all API calls made with its credentials.',
  'api-registration/ip-whitelisting':
    'Add the public IP addresses from which your API calls originate. No IP addresses are whitelisted.',
  'mis-reports': 'Select a report type and period. No reports have been generated.',
  'user-management': 'Create sub-users and assign them roles. No sub-users exist.',
};
const UPDATES = [
  'Two-factor authentication is mandatory for all users from 1 April 2025.',
  'Taxpayers can create a separate API user for each GSP under API Registration.',
  'Use the Sandes app or the NIC-GST-Shield app to receive login OTPs.',
];

interface NavDef {
  label: string;
  path?: string;
  icon?: string;
  kids?: NavDef[];
}
const PUBLIC_NAV: NavDef[] = [
  { label: 'Home', path: '', icon: 'vaadin:home' },
  { label: 'Announcements', path: 'announcements', icon: 'vaadin:megaphone' },
  { label: 'Help', path: 'help', icon: 'vaadin:question-circle' },
];
const MAIN_NAV: NavDef[] = [
  { label: 'Dash Board', path: 'dashboard', icon: 'vaadin:dashboard' },
  {
    label: 'e-Invoice',
    icon: 'vaadin:file-text',
    kids: [
      { label: 'Generate IRN', path: 'einvoice/generate' },
      { label: 'Cancel IRN', path: 'einvoice/cancel' },
      { label: 'Bulk Upload', path: 'einvoice/bulk-upload' },
    ],
  },
  {
    label: 'API Registration',
    icon: 'vaadin:key',
    kids: [
      {
        label: 'User Credentials',
        kids: [
          { label: 'Create API User', path: 'api-registration/create-api-user' },
          { label: 'Change API Password', path: 'api-registration/change-api-password' },
        ],
      },
      { label: 'Freeze API User', path: 'api-registration/freeze-api-user' },
      { label: 'IP Whitelisting', path: 'api-registration/ip-whitelisting' },
    ],
  },
  { label: 'MIS Reports', path: 'mis-reports', icon: 'vaadin:chart' },
  { label: 'User Management', path: 'user-management', icon: 'vaadin:users' },
];

function svgUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
const LOGO = svgUri(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="9" fill="#0b5cd5"/><circle cx="20" cy="20" r="13" fill="none" stroke="#fff" stroke-width="2"/><text x="20" y="26" font-family="Arial,sans-serif" font-size="17" font-weight="bold" fill="#fff" text-anchor="middle">e</text></svg>',
);

function captchaSvg(text: string, seed: number): string {
  let x = (seed * 7919 + 104729) % 233280;
  const rnd = (): number => {
    x = (x * 9301 + 49297) % 233280;
    return x / 233280;
  };
  const col = (): string => `hsl(${Math.floor(rnd() * 360)},55%,${Math.floor(30 + rnd() * 25)}%)`;
  const out = ['<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0 0 150 50">'];
  out.push('<rect width="150" height="50" fill="#edf1f7"/>');
  for (let i = 0; i < 7; i++) {
    out.push(
      `<line x1="${Math.floor(rnd() * 150)}" y1="${Math.floor(rnd() * 50)}" x2="${Math.floor(rnd() * 150)}" y2="${Math.floor(rnd() * 50)}" stroke="${col()}" stroke-width="${(1 + rnd() * 1.5).toFixed(1)}"/>`,
    );
  }
  const chars = text.replace(/[^A-Za-z0-9]/g, '').split('');
  const step = 130 / Math.max(chars.length, 1);
  chars.forEach((c, i) => {
    const cx = Math.floor(12 + i * step + rnd() * 6);
    const cy = Math.floor(33 + rnd() * 8 - 4);
    const rot = Math.floor(rnd() * 40 - 20);
    out.push(
      `<text x="${cx}" y="${cy}" transform="rotate(${rot} ${cx} ${cy})" font-family="Courier New,monospace" font-size="${26 + Math.floor(rnd() * 5)}" font-weight="bold" fill="${col()}">${c}</text>`,
    );
  });
  for (let i = 0; i < 45; i++) {
    out.push(
      `<circle cx="${Math.floor(rnd() * 150)}" cy="${Math.floor(rnd() * 50)}" r="${(0.6 + rnd() * 1.2).toFixed(1)}" fill="${col()}"/>`,
    );
  }
  out.push('</svg>');
  return svgUri(out.join(''));
}

const pad = (n: number): string => String(n).padStart(2, '0');
function today(): string {
  const d = new Date();
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}
function stamp(): string {
  const d = new Date();
  return `${today()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
const str = (v: unknown): string =>
  typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ---------------------------------------------------------------------------------------
// Server-side component tree (a tiny StateTree: nodes, properties, attributes, listeners)
// ---------------------------------------------------------------------------------------

interface Ln {
  sync?: string[];
  data?: string[];
  filter?: string;
  prevent?: boolean;
  stage?: VaadinR24Expiry;
  run?: (d: Record<string, unknown>) => void;
}
type Bind = (v: unknown) => void;
interface VNode {
  key: string;
  tag: string;
  text: string;
  props: Record<string, unknown>;
  attrs: Record<string, string>;
  on: Record<string, Ln>;
  bind: Record<string, Bind>;
  virt: Record<string, VNode[]>;
  kids: VNode[];
}
interface Opts {
  key?: string;
  props?: Record<string, unknown>;
  attrs?: Record<string, string>;
  on?: Record<string, Ln>;
  bind?: Record<string, Bind>;
  virt?: Record<string, VNode[]>;
}
type Kid = VNode | string | false | null | undefined;

function txt(t: string): VNode {
  return { key: '', tag: '#text', text: t, props: {}, attrs: {}, on: {}, bind: {}, virt: {}, kids: [] };
}
function h(tag: string, o: Opts = {}, kids: Kid[] = []): VNode {
  const list: VNode[] = [];
  for (const k of kids) {
    if (typeof k === 'string') {
      if (k) list.push(txt(k));
    } else if (k) list.push(k);
  }
  return {
    key: o.key ?? '',
    tag,
    text: '',
    props: o.props ?? {},
    attrs: o.attrs ?? {},
    on: o.on ?? {},
    bind: o.bind ?? {},
    virt: o.virt ?? {},
    kids: list,
  };
}
function btn(key: string, label: string, theme: string, run: () => void, stage?: VaadinR24Expiry): VNode {
  const ln: Ln = { run: () => run() };
  if (stage) ln.stage = stage;
  return h('vaadin-button', { key, attrs: theme ? { theme } : {}, on: { click: ln } }, [label]);
}
function vl(key: string, cls: string, kids: Kid[]): VNode {
  const o: Opts = { attrs: { theme: 'padding spacing', class: cls, style: 'width: 100%;' } };
  if (key) o.key = key;
  return h('vaadin-vertical-layout', o, kids);
}

interface Flat {
  tag: string;
  text: string;
  props: Record<string, string>;
  attrs: Record<string, string>;
  ls: Record<string, string>;
  kids: number[];
  virt: Record<string, string>;
}
function emptyFlat(tag: string): Flat {
  return { tag, text: '', props: {}, attrs: {}, ls: {}, kids: [], virt: {} };
}

type Stage = 'anon' | 'otp' | 'auth';
interface Session {
  id: string;
  csrf: string;
  stage: Stage;
  user: string;
  uis: Map<number, Ui>;
  nextUi: number;
  flash: boolean;
  popupDue: boolean;
  lastLogin: string;
}
interface Note {
  key: string;
  text: string;
  theme: string;
  until: number;
}
interface View {
  f: Record<string, string>;
  err: Record<string, string>;
  phase: string;
  popup: boolean;
  confirm: boolean;
  seed: number;
  done: string;
}
interface Ui {
  id: number;
  s: Session;
  route: string;
  v: View;
  ids: Map<string, number>;
  next: number;
  sent: Map<number, Flat>;
  ls: Map<number, Record<string, Ln>>;
  binds: Map<number, Record<string, Bind>>;
  exec: unknown[][];
  notes: Note[];
  focus: string;
  syncId: number;
}
function freshView(): View {
  return { f: {}, err: {}, phase: 'send', popup: false, confirm: false, seed: 1, done: '' };
}
/** Makes the next diff send this property again (the client changed it on its own). */
function force(ui: Ui, key: string, prop: string): void {
  const id = ui.ids.get(key);
  const f = id === undefined ? undefined : ui.sent.get(id);
  if (f) f.props[prop] = '\u0000';
}

/** Flattens the new tree, compares it with what the client has, and returns Flow-like changes. */
function diffTree(ui: Ui, root: VNode): unknown[] {
  const flats = new Map<number, Flat>();
  const ls = new Map<number, Record<string, Ln>>();
  const binds = new Map<number, Record<string, Bind>>();
  const visit = (n: VNode, parent: string, i: number): number => {
    const key = n.key || `${parent}/${i}${n.tag}`;
    let id = ui.ids.get(key);
    if (id === undefined) {
      id = ui.next++;
      ui.ids.set(key, id);
    }
    if (flats.has(id)) throw new Error(`duplicate node key ${key}`);
    const f = emptyFlat(n.tag);
    flats.set(id, f);
    f.text = n.text;
    f.attrs = { ...n.attrs };
    for (const [k, v] of Object.entries(n.props)) if (v !== undefined) f.props[k] = JSON.stringify(v);
    for (const [t, l] of Object.entries(n.on)) {
      f.ls[t] = JSON.stringify({
        sync: l.sync ?? [],
        data: l.data ?? [],
        event: Boolean(l.run),
        filter: l.filter ?? '',
        prevent: Boolean(l.prevent),
      });
    }
    if (Object.keys(n.on).length) ls.set(id, n.on);
    if (Object.keys(n.bind).length) binds.set(id, n.bind);
    f.kids = n.kids.map((k, j) => visit(k, key, j));
    for (const [name, list] of Object.entries(n.virt)) {
      f.virt[name] = JSON.stringify(list.map((k, j) => visit(k, `${key}~${name}`, j)));
    }
    return id;
  };
  visit(root, '', 0);
  const ch: unknown[] = [];
  const put = (node: number, feat: number, key: string, value: unknown): void => {
    ch.push({ node, type: 'put', feat, key, value });
  };
  for (const [id, f] of flats) {
    const o = ui.sent.get(id);
    if (!o) {
      ch.push({ node: id, type: 'attach' });
      put(id, 0, 'tag', f.tag);
      if (f.tag === '#text') put(id, 7, 'text', f.text);
    } else if (o.text !== f.text) put(id, 7, 'text', f.text);
    const maps: [number, Record<string, string>, Record<string, string>, boolean][] = [
      [3, o?.attrs ?? {}, f.attrs, false],
      [1, o?.props ?? {}, f.props, true],
      [4, o?.ls ?? {}, f.ls, true],
    ];
    for (const [feat, a, b, json] of maps) {
      for (const [k, v] of Object.entries(b)) if (a[k] !== v) put(id, feat, k, json ? JSON.parse(v) : v);
      for (const k of Object.keys(a)) if (!(k in b)) ch.push({ node: id, type: 'remove', feat, key: k });
    }
  }
  for (const [id, f] of flats) {
    const o = ui.sent.get(id);
    const ok = o?.kids ?? [];
    const nk = f.kids;
    let p = 0;
    while (p < ok.length && p < nk.length && ok[p] === nk[p]) p++;
    let sfx = 0;
    while (sfx < ok.length - p && sfx < nk.length - p && ok[ok.length - 1 - sfx] === nk[nk.length - 1 - sfx])
      sfx++;
    const remove = ok.length - p - sfx;
    const add = nk.slice(p, nk.length - sfx);
    if (remove || add.length) ch.push({ node: id, type: 'splice', feat: 2, index: p, remove, add });
    for (const [name, list] of Object.entries(f.virt)) {
      if (o?.virt[name] !== list) put(id, 24, name, JSON.parse(list));
    }
  }
  for (const id of ui.sent.keys()) if (!flats.has(id)) ch.push({ node: id, type: 'detach' });
  ui.sent = flats;
  ui.ls = ls;
  ui.binds = binds;
  return ch;
}

// ---------------------------------------------------------------------------------------
// The application: sessions, UIs, routing, views and their server-side listeners
// ---------------------------------------------------------------------------------------

interface Rpc {
  type?: unknown;
  node?: unknown;
  event?: unknown;
  data?: unknown;
  property?: unknown;
  value?: unknown;
  location?: unknown;
  link?: unknown;
}
interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}
const NO_CACHE = { 'Cache-Control': 'no-cache, no-store, must-revalidate', Pragma: 'no-cache' };
const cookieOf = (id: string): string => `JSESSIONID=${id}; Path=/; HttpOnly; SameSite=Lax`;

class App {
  readonly state: VaadinR24State;
  private readonly seeded: Registration[];
  private readonly expireOnce: VaadinR24Expiry | null;
  private expiredDone = false;
  private readonly sessions = new Map<string, Session>();
  private seq = 0;

  constructor(o: VaadinR24Options) {
    this.state = {
      gstin: o.gstin ?? '27AAPFU0939F1ZV',
      captcha: o.captcha ?? 'K7Q2M',
      loginOtp: o.loginOtp ?? '314159',
      apiOtp: o.apiOtp ?? '271828',
      users: [],
      refusals: [],
      expired: [],
    };
    this.expireOnce = o.expireOnce ?? null;
    this.seeded = [
      {
        gstin: this.state.gstin,
        gsp: 'TERA SOFTWARE LIMITED',
        username: 'API_terasoft21',
        password: 'Tera@2021x',
        createdOn: '16/08/2021',
      },
    ];
  }

  // --- sessions and UIs -----------------------------------------------------------------

  private cookieId(req: IncomingMessage): string {
    const m = /(?:^|;\s*)JSESSIONID=([^;]+)/.exec(req.headers.cookie ?? '');
    return m?.[1] ?? '';
  }

  private newSession(): Session {
    const s: Session = {
      id: randomBytes(16).toString('hex').toUpperCase(),
      csrf: randomUUID(),
      stage: 'anon',
      user: '',
      uis: new Map(),
      nextUi: 0,
      flash: false,
      popupDue: false,
      lastLogin: '',
    };
    this.sessions.set(s.id, s);
    return s;
  }

  private newUi(s: Session, route: string): Ui {
    const ui: Ui = {
      id: s.nextUi++,
      s,
      route,
      v: freshView(),
      ids: new Map([['root', 1]]),
      next: 2,
      sent: new Map([[1, emptyFlat('div')]]),
      ls: new Map(),
      binds: new Map(),
      exec: [],
      notes: [],
      focus: '',
      syncId: 0,
    };
    s.uis.set(ui.id, ui);
    for (const k of s.uis.keys()) if (s.uis.size > 6 && k !== ui.id) s.uis.delete(k);
    this.enter(ui, route);
    return ui;
  }

  private guard(s: Session, route: string): string {
    const r = ROUTES[route];
    if (!r) return route;
    if (r.access === 'auth' && s.stage !== 'auth') return 'login';
    if (r.access === 'otp' && s.stage !== 'otp') return s.stage === 'auth' ? 'dashboard' : 'login';
    if (route === 'login' && s.stage === 'auth') return 'dashboard';
    return route;
  }

  private enter(ui: Ui, route: string): void {
    ui.route = route;
    ui.v = freshView();
    if (route === 'login') {
      ui.v.seed = Math.floor(Math.random() * 1e6);
      if (ui.s.flash) {
        ui.v.err.form = 'expired';
        ui.s.flash = false;
      }
      if (ui.s.stage === 'otp') ui.s.stage = 'anon';
    }
    if (route === 'dashboard' && ui.s.popupDue) {
      ui.s.popupDue = false;
      ui.v.popup = true;
    }
    ui.exec.push([`${ROUTES[route]?.title ?? 'Page not found'} | e-Invoice System`, 'document.title = $0']);
  }

  private navigate(ui: Ui, location: string, push: boolean): void {
    const want = (location.split('?')[0] ?? '').replace(/^\/+|\/+$/g, '');
    const got = this.guard(ui.s, want);
    this.enter(ui, got);
    if (push || got !== want) {
      ui.exec.push([
        `/${got}`,
        `window.history.${push ? 'pushState' : 'replaceState'}(null, '', $0); window.dispatchEvent(new CustomEvent('vaadin-navigated'));`,
      ]);
    }
  }

  private note(ui: Ui, text: string, theme: string): void {
    ui.notes.push({ key: `note${++this.seq}`, text, theme, until: Date.now() + 7000 });
  }

  private registrations(): Registration[] {
    return [...this.seeded, ...this.state.users].filter((r) => r.gstin === this.state.gstin);
  }

  // --- rendering ------------------------------------------------------------------------

  private render(ui: Ui): unknown[] {
    const now = Date.now();
    ui.notes = ui.notes.filter((n) => n.until > now);
    const notes = ui.notes.map((n) =>
      h('vaadin-notification', {
        key: n.key,
        attrs: n.theme ? { theme: n.theme } : {},
        props: { text: n.text, duration: 5000, position: 'bottom-start', opened: true },
        on: { 'opened-changed': { sync: ['opened'] } },
        bind: {
          opened: (x) => {
            if (x !== true) ui.notes = ui.notes.filter((m) => m !== n);
          },
        },
      }),
    );
    const root = h('div', { key: 'root' }, [this.view(ui), ...notes]);
    const ch = diffTree(ui, root);
    if (ui.focus) {
      const id = ui.ids.get(ui.focus);
      if (id !== undefined && ui.sent.has(id)) ui.exec.push([{ '@v-node': id }, '$0.focus();']);
      ui.focus = '';
    }
    return ch;
  }

  private field(
    ui: Ui,
    key: string,
    label: string,
    o: {
      tag?: string;
      props?: Record<string, unknown>;
      attrs?: Record<string, string>;
      kids?: Kid[];
      on?: Record<string, Ln>;
    } = {},
  ): VNode {
    const v = ui.v;
    const err = v.err[key] ?? '';
    return h(
      o.tag ?? 'vaadin-text-field',
      {
        key,
        attrs: o.attrs ?? {},
        props: { label, value: v.f[key] ?? '', invalid: err !== '', errorMessage: err, ...o.props },
        on: { change: { sync: ['value'] }, ...o.on },
        bind: {
          value: (x) => {
            v.f[key] = str(x);
            delete v.err[key];
          },
        },
      },
      o.kids ?? [],
    );
  }

  private navItem(d: NavDef, key: string, child: boolean): VNode {
    const props: Record<string, unknown> = d.path !== undefined ? { path: d.path } : {};
    return h('vaadin-side-nav-item', { key, attrs: child ? { slot: 'children' } : {}, props }, [
      d.icon ? h('vaadin-icon', { attrs: { icon: d.icon, slot: 'prefix' } }) : null,
      d.label,
      ...(d.kids ?? []).map((k, i) => this.navItem(k, `${key}.${i}`, true)),
    ]);
  }

  private layout(ui: Ui, content: Kid[]): VNode {
    const s = ui.s;
    const auth = s.stage === 'auth';
    const title = ROUTES[ui.route]?.title ?? 'Page not found';
    let end: Kid[] = [];
    if (auth) {
      end = [
        h('span', { key: 'who', attrs: { class: 'navbar-user' } }, [`${s.user} · GSTIN ${this.state.gstin}`]),
        btn('logout', 'Log out', 'tertiary', () => this.logout(ui)),
      ];
    } else if (ui.route !== 'login/verify-otp') {
      end = [btn('loginButton', 'Log in', 'primary', () => this.navigate(ui, 'login', true))];
    }
    return h('vaadin-app-layout', { key: 'layout', attrs: { 'primary-section': 'drawer' } }, [
      h('vaadin-drawer-toggle', {
        key: 'drawerToggle',
        attrs: { slot: 'navbar', 'aria-label': 'Menu toggle' },
      }),
      h('h1', { key: 'viewTitle', attrs: { slot: 'navbar', class: 'view-title' } }, [title]),
      h(
        'vaadin-horizontal-layout',
        { key: 'navbarEnd', attrs: { slot: 'navbar', class: 'navbar-end', theme: 'spacing' } },
        end,
      ),
      h('div', { key: 'drawer', attrs: { slot: 'drawer', class: 'drawer-content' } }, [
        h('header', { key: 'drawerHeader', attrs: { class: 'drawer-header' } }, [
          h('img', { attrs: { src: LOGO, alt: '', class: 'app-logo' } }),
          h('span', { attrs: { class: 'app-name' } }, ['e-Invoice System']),
        ]),
        h(
          'vaadin-side-nav',
          { key: auth ? 'navMain' : 'navPublic', attrs: { class: 'app-nav' } },
          (auth ? MAIN_NAV : PUBLIC_NAV).map((d, i) => this.navItem(d, `${auth ? 'nm' : 'np'}${i}`, false)),
        ),
      ]),
      h('div', { key: `view:${ui.route}`, attrs: { class: 'view-content' } }, content),
    ]);
  }

  private view(ui: Ui): VNode {
    switch (ui.route) {
      case '':
        return this.layout(ui, this.home());
      case 'login':
        return this.layout(ui, [...this.home(), this.loginOverlay(ui)]);
      case 'login/verify-otp':
        return this.layout(ui, this.loginOtp(ui));
      case 'dashboard':
        return this.layout(ui, this.dashboard(ui));
      case 'api-registration/create-api-user':
        return this.layout(ui, this.createApiUser(ui));
      default:
        if (ROUTES[ui.route]) {
          return this.layout(ui, [
            vl('', 'simple-view', [
              h('h2', {}, [ROUTES[ui.route]?.title ?? '']),
              h('p', {}, [PAGE_TEXT[ui.route] ?? 'No records found.']),
            ]),
          ]);
        }
        return h('div', { key: 'routeNotFound', attrs: { class: 'route-not-found' } }, [
          h('h3', {}, [`Could not navigate to '${ui.route}'`]),
          h('p', {}, [`Reason: Couldn't find route for '${ui.route}'`]),
        ]);
    }
  }

  private home(): Kid[] {
    return [
      vl('', 'home-view', [
        h('h2', {}, ['Welcome to the e-Invoice System']),
        h('p', {}, [
          'Generate and cancel Invoice Reference Numbers (IRN), upload invoices in bulk and manage API access for your GSTIN.',
        ]),
        h('p', {}, [
          'Log in with the user name and password of your e-Invoice System account. Two-factor authentication is mandatory: after your password, an OTP is sent to your registered mobile number.',
        ]),
        h('h3', {}, ['Latest updates']),
        h(
          'ul',
          { attrs: { class: 'updates' } },
          UPDATES.map((u) => h('li', {}, [u])),
        ),
      ]),
    ];
  }

  // --- login ----------------------------------------------------------------------------

  private loginOverlay(ui: Ui): VNode {
    const v = ui.v;
    const kind = v.err.form ?? '';
    const em =
      kind === 'captcha'
        ? LOGIN_ERRORS.captcha
        : kind === 'expired'
          ? LOGIN_ERRORS.expired
          : LOGIN_ERRORS.login;
    return h(
      'vaadin-login-overlay',
      {
        key: 'loginOverlay',
        props: {
          opened: true,
          title: 'e-Invoice System',
          description: 'Goods and Services Tax Network · Government of India',
          error: kind !== '',
          disabled: false,
          noForgotPassword: false,
          i18n: {
            header: {
              title: 'e-Invoice System',
              description: 'Goods and Services Tax Network · Government of India',
            },
            form: {
              title: 'Log in',
              username: 'Username',
              password: 'Password',
              submit: 'Log in',
              forgotPassword: 'Forgot password',
            },
            errorMessage: em,
            additionalInformation:
              'After you log in, an OTP is sent to your registered mobile number (two-factor authentication).',
          },
        },
        on: {
          login: {
            sync: ['disabled', 'error'],
            data: [U_EXPR, P_EXPR, C_EXPR],
            run: (d) => this.doLogin(ui, d),
          },
          'forgot-password': {
            run: () =>
              this.note(
                ui,
                'To reset your password, contact your GST administrator or the e-Invoice helpdesk.',
                'contrast',
              ),
          },
        },
      },
      [
        h('div', { key: 'captchaRow', attrs: { slot: 'custom-form-area', class: 'captcha-row' } }, [
          h('img', {
            key: 'captchaImage',
            attrs: {
              src: captchaSvg(this.state.captcha, v.seed),
              alt: 'Captcha',
              class: 'captcha-image',
              width: '150',
              height: '50',
            },
          }),
          h(
            'vaadin-button',
            {
              key: 'captchaRefresh',
              attrs: { theme: 'icon tertiary', 'aria-label': 'Refresh captcha', title: 'Refresh captcha' },
              on: {
                click: {
                  run: () => {
                    v.seed++;
                  },
                },
              },
            },
            [h('vaadin-icon', { attrs: { icon: 'vaadin:refresh' } })],
          ),
        ]),
        this.field(ui, 'captcha', 'Captcha', {
          attrs: { slot: 'custom-form-area', style: 'width: 100%;' },
          props: {
            name: 'captcha',
            required: true,
            maxlength: 6,
            autocomplete: 'off',
            helperText: 'Enter the characters shown in the picture',
          },
        }),
      ],
    );
  }

  private doLogin(ui: Ui, d: Record<string, unknown>): void {
    const v = ui.v;
    const s = ui.s;
    const c = str(d[C_EXPR] ?? v.f.captcha).trim();
    v.f.captcha = '';
    force(ui, 'captcha', 'value');
    v.seed++;
    if (c.toUpperCase() !== this.state.captcha.toUpperCase()) {
      this.state.refusals.push('captcha');
      v.err.form = 'captcha';
      v.err.captcha = 'Invalid Captcha. Enter the characters shown in the picture.';
      ui.focus = 'captcha';
      return;
    }
    delete v.err.captcha;
    if (str(d[U_EXPR]).trim() !== VAADIN_R24_LOGIN.username || str(d[P_EXPR]) !== VAADIN_R24_LOGIN.password) {
      this.state.refusals.push('login');
      v.err.form = 'login';
      return;
    }
    s.stage = 'otp';
    s.user = VAADIN_R24_LOGIN.username;
    this.navigate(ui, 'login/verify-otp', true);
    this.note(ui, `An OTP has been sent to your registered mobile number ${MOBILE}.`, 'success');
  }

  private loginOtp(ui: Ui): Kid[] {
    return [
      h(
        'vaadin-vertical-layout',
        { key: 'otpCard', attrs: { theme: 'padding spacing', class: 'otp-card' } },
        [
          h('h2', {}, ['Verify OTP']),
          h('p', {}, [
            `An OTP has been sent to your registered mobile number ${MOBILE}. You can also use the code shown in the Sandes or NIC-GST-Shield app.`,
          ]),
          this.field(ui, 'otp', 'OTP', {
            attrs: { style: 'width: 100%;' },
            props: {
              required: true,
              maxlength: 6,
              allowedCharPattern: '[0-9]',
              autocomplete: 'one-time-code',
              autofocus: true,
              helperText: '6-digit OTP',
            },
            on: { keydown: { filter: ENTER, sync: ['value'], run: () => this.verifyLoginOtp(ui) } },
          }),
          h('vaadin-horizontal-layout', { attrs: { theme: 'spacing' } }, [
            btn('otpVerify', 'Verify', 'primary', () => this.verifyLoginOtp(ui)),
            btn('otpResend', 'Resend OTP', 'tertiary', () =>
              this.note(ui, `A new OTP has been sent to your registered mobile number ${MOBILE}.`, 'success'),
            ),
          ]),
        ],
      ),
    ];
  }

  private verifyLoginOtp(ui: Ui): void {
    const v = ui.v;
    const o = (v.f.otp ?? '').trim();
    ui.focus = 'otp';
    if (!o) {
      v.err.otp = 'Enter the OTP';
      return;
    }
    if (o !== this.state.loginOtp) {
      this.state.refusals.push('login-otp');
      v.f.otp = '';
      force(ui, 'otp', 'value');
      v.err.otp = 'Invalid OTP. Enter the OTP sent to your registered mobile number.';
      return;
    }
    ui.focus = '';
    ui.s.stage = 'auth';
    ui.s.popupDue = true;
    ui.s.lastLogin = stamp();
    this.navigate(ui, 'dashboard', true);
  }

  private logout(ui: Ui): void {
    this.sessions.delete(ui.s.id);
    ui.exec.push(['/', 'window.location.href = $0;']);
  }

  // --- dashboard and the technical-contact popup -----------------------------------------

  private dashboard(ui: Ui): Kid[] {
    const v = ui.v;
    const card = (label: string, value: string, note: string): VNode =>
      h('div', { attrs: { class: 'dash-card' } }, [
        h('span', { attrs: { class: 'dash-card-label' } }, [label]),
        h('span', { attrs: { class: 'dash-card-value' } }, [value]),
        h('span', { attrs: { class: 'dash-card-note' } }, [note]),
      ]);
    return [
      vl('', 'dashboard-view', [
        h('p', { attrs: { class: 'welcome' } }, [
          `Welcome ${ui.s.user} (GSTIN ${this.state.gstin}). Last login: ${ui.s.lastLogin}`,
        ]),
        h('div', { attrs: { class: 'dash-cards' } }, [
          card('Generations', '0', 'IRNs generated today'),
          card('Cancelled', '0', 'IRNs cancelled today'),
        ]),
      ]),
      h(
        'vaadin-dialog',
        {
          key: 'techContactDialog',
          props: {
            opened: v.popup,
            headerTitle: 'Contacts of Technical Person',
            modeless: false,
            noCloseOnOutsideClick: true,
          },
          on: { 'opened-changed': { sync: ['opened'] } },
          bind: {
            opened: (x) => {
              v.popup = x === true;
            },
          },
          virt: {
            footer: [
              btn('techExit', 'Exit', 'error', () => {
                v.popup = false;
              }),
              btn('techUpdate', 'Update', 'primary', () => this.updateContact(ui)),
            ],
          },
        },
        [
          h('p', { attrs: { class: 'dialog-text' } }, [
            'Provide the details of the technical person of your organisation. The e-Invoice helpdesk uses them for communication on API integration and technical issues.',
          ]),
          h(
            'vaadin-vertical-layout',
            { attrs: { theme: 'spacing-s', class: 'dialog-form', style: 'width: 100%;' } },
            [
              this.field(ui, 'tpName', 'Name', { props: { required: true } }),
              this.field(ui, 'tpMobile', 'Mobile Number', {
                props: { required: true, maxlength: 10, allowedCharPattern: '[0-9]' },
              }),
              this.field(ui, 'tpEmail', 'Email ID', { props: { required: true } }),
            ],
          ),
        ],
      ),
    ];
  }

  private updateContact(ui: Ui): void {
    const v = ui.v;
    const name = (v.f.tpName ?? '').trim();
    const mobile = (v.f.tpMobile ?? '').trim();
    const mail = (v.f.tpEmail ?? '').trim();
    if (!name) v.err.tpName = 'Enter the name of the technical person';
    if (!/^[6-9]\d{9}$/.test(mobile)) v.err.tpMobile = 'Enter a valid 10-digit mobile number';
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(mail)) v.err.tpEmail = 'Enter a valid e-mail address';
    const first = ['tpName', 'tpMobile', 'tpEmail'].find((k) => v.err[k]);
    if (first) {
      ui.focus = first;
      return;
    }
    v.popup = false;
    this.note(ui, 'Contact details of the technical person have been updated.', 'success');
  }

  // --- Create API User ------------------------------------------------------------------

  private createApiUser(ui: Ui): Kid[] {
    const v = ui.v;
    const g = this.state.gstin;
    const kids: Kid[] = [h('h2', { attrs: { class: 'panel-title' } }, ['API Registration'])];
    if (v.phase === 'send' || v.phase === 'otp') {
      kids.push(
        h('p', {}, [
          `GSTIN ${g}. To create an API user, verify the OTP sent to the mobile number registered for this GSTIN (${MOBILE}).`,
        ]),
      );
      if (v.phase === 'send') {
        kids.push(btn('sendOtp', 'Send OTP', 'primary', () => this.sendApiOtp(ui), 'api-otp-send'));
      } else {
        kids.push(
          h(
            'vaadin-horizontal-layout',
            { key: 'apiOtpRow', attrs: { theme: 'spacing', style: 'align-items: baseline;' } },
            [
              this.field(ui, 'apiOtp', 'Enter OTP', {
                props: {
                  required: true,
                  maxlength: 6,
                  allowedCharPattern: '[0-9]',
                  autocomplete: 'one-time-code',
                  helperText: `OTP sent to ${MOBILE}, valid for 10 minutes`,
                },
                on: {
                  keydown: {
                    filter: ENTER,
                    sync: ['value'],
                    stage: 'api-otp-verify',
                    run: () => this.verifyApiOtp(ui),
                  },
                },
              }),
              btn('verifyApiOtp', 'Verify OTP', 'primary', () => this.verifyApiOtp(ui), 'api-otp-verify'),
              btn('resendApiOtp', 'Resend OTP', 'tertiary', () => this.sendApiOtp(ui), 'api-otp-send'),
            ],
          ),
        );
      }
    } else if (v.phase === 'form') {
      const mode = v.f.mode ?? '';
      kids.push(
        h('p', {}, [
          'Create the user name and password that your GSP will use to call the e-Invoice APIs for your GSTIN.',
        ]),
        h('vaadin-text-field', { key: 'gstinField', props: { label: 'GSTIN', value: g, readonly: true } }),
        h(
          'vaadin-radio-group',
          {
            key: 'mode',
            attrs: { theme: 'vertical' },
            props: {
              label: 'Do you wish to Register your GSTIN for',
              value: mode,
              required: true,
              invalid: Boolean(v.err.mode),
              errorMessage: v.err.mode ?? '',
            },
            on: { 'value-changed': { sync: ['value'] } },
            bind: {
              value: (x) => {
                v.f.mode = str(x);
                delete v.err.mode;
              },
            },
          },
          MODES.map((m, i) =>
            h('vaadin-radio-button', { key: `mode${i}`, props: { label: m, value: String(i + 1) } }),
          ),
        ),
      );
      if (mode === '2') {
        kids.push(
          this.field(ui, 'gsp', 'Select your GSP', {
            tag: 'vaadin-combo-box',
            props: { items: GSPS, placeholder: 'Select', required: true, clearButtonVisible: true },
          }),
          this.field(ui, 'uname', 'Username', {
            props: {
              required: true,
              maxlength: 11,
              helperText: '4 to 11 letters or digits; API_ is added in front',
            },
            kids: [h('span', { key: 'unamePrefix', attrs: { slot: 'prefix' } }, ['API_'])],
          }),
          this.field(ui, 'pwd', 'Password', {
            tag: 'vaadin-password-field',
            props: {
              required: true,
              maxlength: 15,
              helperText: '8 to 15 characters: upper-case, lower-case, digit and special character',
            },
          }),
          this.field(ui, 'pwd2', 'Re-enter Password', {
            tag: 'vaadin-password-field',
            props: { required: true, maxlength: 15 },
          }),
        );
      } else if (mode) {
        kids.push(h('p', { attrs: { class: 'mode-info' } }, [MODE_INFO[mode] ?? '']));
      }
      const uname = `API_${(v.f.uname ?? '').trim()}`;
      kids.push(
        h('vaadin-horizontal-layout', { key: 'formButtons', attrs: { theme: 'spacing' } }, [
          btn('submit', 'Submit', 'primary', () => this.submit(ui), 'submit'),
          btn('exitForm', 'Exit', 'tertiary', () => this.navigate(ui, 'dashboard', true)),
        ]),
        h('vaadin-confirm-dialog', {
          key: 'submitConfirm',
          props: {
            header: 'Create API user',
            message: `Create API user ${uname} for GSTIN ${g} through ${v.f.gsp ?? ''}?`,
            cancelButtonVisible: true,
            cancelText: 'Cancel',
            confirmText: 'Confirm',
            opened: v.confirm,
          },
          on: {
            confirm: { run: () => this.register(ui) },
            cancel: {
              run: () => {
                v.confirm = false;
              },
            },
            'opened-changed': { sync: ['opened'] },
          },
          bind: {
            opened: (x) => {
              v.confirm = x === true;
            },
          },
        }),
      );
    } else {
      const rows = this.registrations().map((r, i) => ({
        sl: String(i + 1),
        gsp: r.gsp,
        user: r.username,
        created: r.createdOn,
      }));
      kids.push(
        h('p', { attrs: { class: 'success-text' } }, [v.done]),
        h('h3', {}, [`GSPs registered for GSTIN ${g}`]),
        h('vaadin-grid', {
          key: 'gspGrid',
          attrs: {
            'all-rows-visible': '',
            theme: 'row-stripes',
            'aria-label': `GSPs registered for GSTIN ${g}`,
          },
          props: {
            columns: [
              { header: 'Sl. No.', path: 'sl' },
              { header: 'GSP Name', path: 'gsp' },
              { header: 'API User Name', path: 'user' },
              { header: 'Created On', path: 'created' },
            ],
            items: rows,
          },
        }),
        h('vaadin-horizontal-layout', { key: 'doneButtons', attrs: { theme: 'spacing' } }, [
          btn('another', 'Register another GSP', '', () => {
            v.phase = 'form';
            v.f = {};
            v.err = {};
          }),
          btn('exitDone', 'Exit', 'tertiary', () => this.navigate(ui, 'dashboard', true)),
        ]),
      );
    }
    return [vl('createApi', 'create-api-view', kids)];
  }

  private sendApiOtp(ui: Ui): void {
    const v = ui.v;
    v.phase = 'otp';
    v.f.apiOtp = '';
    force(ui, 'apiOtp', 'value');
    delete v.err.apiOtp;
    ui.focus = 'apiOtp';
    this.note(ui, `OTP has been sent to your registered mobile number ${MOBILE}.`, 'success');
  }

  private verifyApiOtp(ui: Ui): void {
    const v = ui.v;
    const o = (v.f.apiOtp ?? '').trim();
    ui.focus = 'apiOtp';
    if (!o) {
      v.err.apiOtp = 'Enter the OTP';
      return;
    }
    if (o !== this.state.apiOtp) {
      this.state.refusals.push('api-otp');
      v.f.apiOtp = '';
      force(ui, 'apiOtp', 'value');
      v.err.apiOtp = 'Invalid OTP. Enter the OTP sent to your registered mobile number.';
      return;
    }
    ui.focus = '';
    v.phase = 'form';
    v.f = {};
    v.err = {};
    this.note(ui, 'OTP verified successfully.', 'success');
  }

  private submit(ui: Ui): void {
    const v = ui.v;
    v.err = {};
    const mode = v.f.mode ?? '';
    if (!mode) {
      v.err.mode = 'Select how you wish to register your GSTIN';
      return;
    }
    if (mode !== '2') {
      this.note(
        ui,
        'Registration through this option is not enabled for your GSTIN. Choose Through GSP to create an API user for your GSP.',
        'error',
      );
      return;
    }
    const gsp = v.f.gsp ?? '';
    const un = (v.f.uname ?? '').trim();
    const p1 = v.f.pwd ?? '';
    const p2 = v.f.pwd2 ?? '';
    if (!GSPS.includes(gsp)) v.err.gsp = 'Select your GSP';
    if (!un) v.err.uname = 'Enter the user name';
    else if (/^api_/i.test(un)) v.err.uname = 'Enter only the part after the API_ prefix';
    else if (!/^[A-Za-z0-9]{4,11}$/.test(un)) v.err.uname = 'User name must be 4 to 11 letters or digits';
    const strong =
      p1.length >= 8 &&
      p1.length <= 15 &&
      /[A-Z]/.test(p1) &&
      /[a-z]/.test(p1) &&
      /\d/.test(p1) &&
      /[^A-Za-z0-9]/.test(p1);
    if (!p1) v.err.pwd = 'Enter the password';
    else if (!strong) v.err.pwd = PWD_RULE;
    if (!p2) v.err.pwd2 = 'Re-enter the password';
    else if (p1 !== p2) v.err.pwd2 = 'Passwords do not match';
    const first = ['gsp', 'uname', 'pwd', 'pwd2'].find((k) => v.err[k]);
    if (first) {
      ui.focus = first;
      return;
    }
    v.confirm = true;
  }

  private register(ui: Ui): void {
    const v = ui.v;
    v.confirm = false;
    const g = this.state.gstin;
    const gsp = v.f.gsp ?? '';
    const username = `API_${(v.f.uname ?? '').trim()}`;
    const all = [...this.seeded, ...this.state.users];
    if (all.some((r) => r.gstin === g && r.gsp.toUpperCase() === gsp.toUpperCase())) {
      this.state.refusals.push('duplicate');
      v.err.gsp = 'Your GSTIN is already registered with this GSP';
      ui.focus = 'gsp';
      this.note(
        ui,
        `GSTIN ${g} is already registered with ${gsp}. Only one API user can be created per GSP.`,
        'error',
      );
      return;
    }
    if (all.some((r) => r.username.toUpperCase() === username.toUpperCase())) {
      this.state.refusals.push('username-taken');
      v.err.uname = `User name ${username} is already taken`;
      ui.focus = 'uname';
      this.note(ui, `User name ${username} already exists. Choose a different user name.`, 'error');
      return;
    }
    this.state.users.push({ gstin: g, gsp, username, password: v.f.pwd ?? '', createdOn: today() });
    v.phase = 'done';
    v.done = `API user ${username} has been created for ${gsp}. Note the user name and password: your GSP needs them to call the e-Invoice APIs.`;
    v.f = {};
    v.err = {};
    this.note(ui, `API user ${username} has been created successfully for ${gsp}.`, 'success');
  }

  // --- HTTP -----------------------------------------------------------------------------

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const vr = url.searchParams.get('v-r');
    if (req.method === 'POST' && vr === 'uidl') {
      const body = await readBody(req);
      this.uidl(req, res, url, body);
      return;
    }
    if (req.method === 'POST' && vr === 'heartbeat') {
      await readBody(req);
      const s = this.sessions.get(this.cookieId(req));
      res.writeHead(s ? 200 : 403, NO_CACHE);
      res.end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, POST' });
      res.end();
      return;
    }
    if (vr || url.pathname === '/favicon.ico' || url.pathname.startsWith('/VAADIN/')) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    this.page(req, res, url.pathname);
  }

  private page(req: IncomingMessage, res: ServerResponse, pathname: string): void {
    let route = pathname;
    try {
      route = decodeURIComponent(pathname);
    } catch {
      route = pathname;
    }
    route = route.replace(/^\/+|\/+$/g, '');
    const cid = this.cookieId(req);
    let s = this.sessions.get(cid);
    const headers: Record<string, string> = { ...NO_CACHE };
    if (!s) {
      s = this.newSession();
      headers['Set-Cookie'] = cookieOf(s.id);
      if (cid && (route === 'login' || (ROUTES[route]?.access ?? 'public') !== 'public')) s.flash = true;
    }
    const shown = ROUTES[route] ? this.guard(s, route) : route;
    if (shown !== route) {
      res.writeHead(302, { ...headers, Location: `/${shown}` });
      res.end();
      return;
    }
    const ui = this.newUi(s, route);
    const changes = this.render(ui);
    const initial = {
      appConfig: {
        productionMode: true,
        appId: 'ROOT-2521314',
        uiId: ui.id,
        csrfToken: s.csrf,
        heartbeatInterval: 300,
        uidl: { syncId: ui.syncId++, clientId: 0, constants: {}, changes, execute: ui.exec.splice(0) },
      },
    };
    const title = `${ROUTES[route]?.title ?? 'Page not found'} | e-Invoice System`;
    res.writeHead(ROUTES[route] ? 200 : 404, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : pageHtml(title, initial));
  }

  private expiredAnswer(res: ServerResponse): void {
    res.writeHead(200, { ...NO_CACHE, 'Content-Type': 'application/json; charset=UTF-8' });
    res.end('for(;;);[{"meta":{"sessionExpired":true}}]');
  }

  private uidl(req: IncomingMessage, res: ServerResponse, url: URL, body: string): void {
    const s = this.sessions.get(this.cookieId(req));
    const ui = s?.uis.get(Number(url.searchParams.get('v-uiId') ?? '-1'));
    let msg: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(body);
      if (isRecord(parsed)) msg = parsed;
    } catch {
      msg = {};
    }
    if (!s || !ui || msg.csrfToken !== s.csrf) {
      this.expiredAnswer(res);
      return;
    }
    const rpc: Rpc[] = Array.isArray(msg.rpc) ? msg.rpc.filter(isRecord) : [];
    if (this.expireOnce && !this.expiredDone) {
      for (const r of rpc) {
        if (r.type !== 'event') continue;
        const ln = ui.ls.get(Number(r.node))?.[str(r.event)];
        if (ln?.stage && ln.stage === this.expireOnce) {
          this.expiredDone = true;
          this.state.expired.push(ln.stage);
          this.sessions.delete(s.id);
          this.expiredAnswer(res);
          return;
        }
      }
    }
    for (const r of rpc) {
      if (!this.sessions.has(s.id)) break;
      const node = Number(r.node);
      if (r.type === 'mSync') {
        const p = str(r.property);
        const f = ui.sent.get(node);
        if (f && p in f.props) f.props[p] = JSON.stringify(r.value ?? null);
        ui.binds.get(node)?.[p]?.(r.value);
      } else if (r.type === 'event') {
        ui.ls.get(node)?.[str(r.event)]?.run?.(isRecord(r.data) ? r.data : {});
      } else if (r.type === 'navigation') {
        this.navigate(ui, str(r.location), r.link === 1);
      }
    }
    const clientId = typeof msg.clientId === 'number' ? msg.clientId + 1 : 0;
    const headers: Record<string, string> = {
      ...NO_CACHE,
      'Content-Type': 'application/json; charset=UTF-8',
    };
    let answer: unknown;
    if (!this.sessions.has(s.id)) {
      headers['Set-Cookie'] = 'JSESSIONID=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax';
      answer = { syncId: ui.syncId++, clientId, changes: [], execute: ui.exec.splice(0) };
    } else {
      const changes = this.render(ui);
      answer = {
        syncId: ui.syncId++,
        clientId,
        constants: {},
        changes,
        execute: ui.exec.splice(0),
        timings: [],
      };
    }
    res.writeHead(200, headers);
    res.end(`for(;;);${JSON.stringify([answer])}`);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= 1_000_000) chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

function pageHtml(title: string, initial: unknown): string {
  const json = JSON.stringify(initial)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="/">
<title>${esc(title)}</title>
<link rel="icon" href="${LOGO}">
<style>html, body, #outlet { height: 100vh; width: 100%; margin: 0; }</style>
<style id="lumo-global">${LUMO_CSS}</style>
<script>window.Vaadin = window.Vaadin || {}; window.Vaadin.TypeScript = { initial: ${json} };</script>
<script type="module">${CLIENT_JS}${FLOW_JS}</script>
</head>
<body>
<!-- This outlet div is where the views are rendered -->
<div id="outlet"></div>
</body>
</html>`;
}

export async function startVaadinR24Rendition(options: VaadinR24Options = {}): Promise<VaadinR24Rendition> {
  const app = new App(options);
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    app.handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal error');
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
    state: app.state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const sock of sockets) sock.destroy();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------
// Lumo global styles (tokens, typography, loading indicator, system error, view styles)
// ---------------------------------------------------------------------------------------

const ICON = (d: string): string =>
  `url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='${d}'/%3E%3C/svg%3E")`;

const LUMO_CSS = `
html {
  --lumo-size-xl: 3.5rem; --lumo-size-l: 2.75rem; --lumo-size-m: 2.25rem; --lumo-size-s: 1.875rem; --lumo-size-xs: 1.625rem;
  --lumo-space-xl: 2.5rem; --lumo-space-l: 1.5rem; --lumo-space-m: 1rem; --lumo-space-s: 0.5rem; --lumo-space-xs: 0.25rem;
  --lumo-space-wide-m: calc(var(--lumo-space-m) / 2) var(--lumo-space-m); --lumo-space-wide-l: calc(var(--lumo-space-l) / 2) var(--lumo-space-l);
  --lumo-border-radius-s: 0.25em; --lumo-border-radius-m: var(--lumo-border-radius, 0.25em); --lumo-border-radius-l: 0.5em;
  --lumo-font-family: -apple-system, BlinkMacSystemFont, 'Roboto', 'Segoe UI', Helvetica, Arial, sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji', 'Segoe UI Symbol';
  --lumo-font-size-xxxl: 2.5rem; --lumo-font-size-xxl: 1.75rem; --lumo-font-size-xl: 1.375rem; --lumo-font-size-l: 1.125rem;
  --lumo-font-size-m: 1rem; --lumo-font-size-s: 0.875rem; --lumo-font-size-xs: 0.8125rem; --lumo-font-size-xxs: 0.75rem;
  --lumo-line-height-m: 1.625; --lumo-line-height-s: 1.375; --lumo-line-height-xs: 1.25;
  --lumo-base-color: #fff;
  --lumo-tint-5pct: hsla(0, 0%, 100%, 0.3); --lumo-tint-10pct: hsla(0, 0%, 100%, 0.37);
  --lumo-shade: hsl(214, 35%, 15%); --lumo-shade-5pct: hsla(214, 61%, 25%, 0.05); --lumo-shade-10pct: hsla(214, 57%, 24%, 0.1);
  --lumo-shade-20pct: hsla(214, 53%, 23%, 0.16); --lumo-shade-30pct: hsla(214, 50%, 22%, 0.26); --lumo-shade-40pct: hsla(214, 47%, 21%, 0.38);
  --lumo-shade-50pct: hsla(214, 45%, 20%, 0.52); --lumo-shade-60pct: hsla(214, 43%, 19%, 0.6); --lumo-shade-80pct: hsla(214, 41%, 17%, 0.83);
  --lumo-contrast: var(--lumo-shade); --lumo-contrast-5pct: var(--lumo-shade-5pct); --lumo-contrast-10pct: var(--lumo-shade-10pct);
  --lumo-contrast-20pct: var(--lumo-shade-20pct); --lumo-contrast-30pct: var(--lumo-shade-30pct); --lumo-contrast-40pct: var(--lumo-shade-40pct);
  --lumo-contrast-50pct: var(--lumo-shade-50pct); --lumo-contrast-60pct: var(--lumo-shade-60pct); --lumo-contrast-70pct: hsla(214, 42%, 18%, 0.69);
  --lumo-contrast-80pct: var(--lumo-shade-80pct); --lumo-contrast-90pct: hsla(214, 40%, 16%, 0.94);
  --lumo-primary-color: hsl(214, 100%, 48%); --lumo-primary-color-50pct: hsla(214, 100%, 49%, 0.76); --lumo-primary-color-10pct: hsla(214, 100%, 60%, 0.13);
  --lumo-primary-text-color: hsl(214, 100%, 43%); --lumo-primary-contrast-color: #fff;
  --lumo-error-color: hsl(3, 85%, 48%); --lumo-error-color-50pct: hsla(3, 85%, 49%, 0.5); --lumo-error-color-10pct: hsla(3, 85%, 49%, 0.1);
  --lumo-error-text-color: hsl(3, 89%, 42%); --lumo-error-contrast-color: #fff;
  --lumo-success-color: hsl(145, 72%, 30%); --lumo-success-color-50pct: hsla(145, 72%, 31%, 0.5); --lumo-success-color-10pct: hsla(145, 72%, 31%, 0.1);
  --lumo-success-text-color: hsl(145, 85%, 25%); --lumo-success-contrast-color: #fff;
  --lumo-header-text-color: var(--lumo-contrast); --lumo-body-text-color: var(--lumo-contrast-90pct);
  --lumo-secondary-text-color: var(--lumo-contrast-70pct); --lumo-tertiary-text-color: var(--lumo-contrast-50pct); --lumo-disabled-text-color: var(--lumo-contrast-30pct);
  --lumo-box-shadow-xs: 0 1px 4px -1px var(--lumo-shade-50pct);
  --lumo-box-shadow-s: 0 2px 4px -1px var(--lumo-shade-20pct), 0 3px 12px -1px var(--lumo-shade-30pct);
  --lumo-box-shadow-m: 0 2px 6px -1px var(--lumo-shade-20pct), 0 8px 24px -4px var(--lumo-shade-40pct);
  --lumo-box-shadow-l: 0 3px 18px -2px var(--lumo-shade-20pct), 0 12px 48px -6px var(--lumo-shade-40pct);
  --lumo-box-shadow-xl: 0 4px 24px -3px var(--lumo-shade-20pct), 0 18px 64px -8px var(--lumo-shade-40pct);
  --lumo-clickable-cursor: default; --lumo-icon-size-s: 1.25em; --lumo-icon-size-m: 1.5em; --lumo-icon-size-l: 2.25em;
  --lumo-button-size: var(--lumo-size-m); --lumo-text-field-size: var(--lumo-size-m);
  --v-icon-chevron: ${ICON('M6.4 8.2L12 13.8l5.6-5.6 1.4 1.4-7 7-7-7z')};
  --v-icon-check: ${ICON('M9 16.2L4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z')};
  --v-icon-cross: ${ICON('M19 6.4L17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z')};
  --v-icon-eye: ${ICON('M12 5C6 5 2 12 2 12s4 7 10 7 10-7 10-7-4-7-10-7zm0 11.5a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9zm0-7a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z')};
  --v-icon-eye-off: ${ICON('M3.3 2 2 3.3l3.2 3.2C3.2 8.2 2 12 2 12s4 7 10 7c1.9 0 3.5-.6 4.9-1.5l3.8 3.8 1.3-1.3zM12 16.5A4.5 4.5 0 0 1 7.5 12c0-.8.2-1.5.6-2.1l6 6c-.6.4-1.3.6-2.1.6zM12 5c-1.2 0-2.3.3-3.3.7l2.2 2.2A4.5 4.5 0 0 1 16.1 13l3.3 3.3C21.1 14.6 22 12 22 12s-4-7-10-7z')};
  color: var(--lumo-body-text-color); font-family: var(--lumo-font-family); font-size: var(--lumo-font-size-m);
  line-height: var(--lumo-line-height-m); -webkit-text-size-adjust: 100%; -webkit-font-smoothing: antialiased; background-color: var(--lumo-base-color);
}
body { font-family: var(--lumo-font-family); }
h1, h2, h3, h4, h5, h6 { color: var(--lumo-header-text-color); font-weight: 600; line-height: var(--lumo-line-height-xs); margin-top: 1.25em; margin-bottom: 0.5em; }
h1 { font-size: var(--lumo-font-size-xxxl); } h2 { font-size: var(--lumo-font-size-xxl); } h3 { font-size: var(--lumo-font-size-xl); }
p, ul { margin-top: 0.5em; margin-bottom: 0.75em; }
.v-loading-indicator { position: fixed !important; z-index: 99999; left: 0; right: auto; top: 0; width: 50%; opacity: 1; height: 4px;
  background-color: var(--lumo-primary-color); pointer-events: none; transition: none; animation: v-progress-start 1000ms 200ms both; }
.v-loading-indicator[style*='none'] { display: block !important; width: 100%; opacity: 0; animation: none; transition: opacity 500ms 300ms, width 300ms; }
.v-loading-indicator.second { width: 90%; animation: v-progress-delay 3.8s forwards; }
.v-loading-indicator.third { width: 100%; animation: v-progress-wait 5s infinite; }
@keyframes v-progress-start { 0% { width: 0%; } 100% { width: 50%; } }
@keyframes v-progress-delay { 0% { width: 50%; } 100% { width: 90%; } }
@keyframes v-progress-wait { 0% { width: 90%; height: 4px; } 3% { width: 91%; height: 7px; } 100% { width: 96%; height: 7px; } }
.v-status-message { position: fixed; bottom: 0; left: 0; right: 0; padding: var(--lumo-space-s); text-align: center; z-index: 99998;
  background: var(--lumo-error-color); color: var(--lumo-error-contrast-color); font-size: var(--lumo-font-size-s); }
.v-system-error { color: red; background: white; position: fixed; top: 1em; right: 1em; border: 1px solid red; padding: 1em;
  font-weight: bold; cursor: pointer; pointer-events: auto; z-index: 100000; max-width: 26em; font-family: var(--lumo-font-family);
  box-shadow: var(--lumo-box-shadow-m); }
.v-system-error .caption { font-size: 1.1em; margin-bottom: 0.3em; }
.v-system-error .message { font-weight: normal; }
.view-title { font-size: var(--lumo-font-size-l); margin: 0; }
.navbar-end { margin-left: auto; margin-right: var(--lumo-space-m); align-items: center; }
.navbar-user { font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color); }
.drawer-content { display: flex; flex-direction: column; height: 100%; }
.drawer-header { display: flex; align-items: center; gap: var(--lumo-space-s); padding: var(--lumo-space-m); font-weight: 600;
  font-size: var(--lumo-font-size-l); color: var(--lumo-header-text-color); }
.app-logo { width: 32px; height: 32px; }
.app-nav { margin: 0 var(--lumo-space-s); }
.home-view, .simple-view, .dashboard-view, .create-api-view { max-width: 64rem; }
.home-view h2, .simple-view h2, .create-api-view h2 { margin-top: 0; }
.updates li { margin-bottom: 0.4em; }
.dash-cards { display: flex; gap: var(--lumo-space-m); flex-wrap: wrap; }
.dash-card { display: flex; flex-direction: column; border-radius: var(--lumo-border-radius-l); background: var(--lumo-contrast-5pct);
  padding: var(--lumo-space-m) var(--lumo-space-l); min-width: 12em; }
.dash-card-label { color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s); font-weight: 500; }
.dash-card-value { font-size: var(--lumo-font-size-xxl); font-weight: 600; color: var(--lumo-header-text-color); }
.dash-card-note { font-size: var(--lumo-font-size-xs); color: var(--lumo-tertiary-text-color); }
.captcha-row { display: flex; align-items: center; gap: var(--lumo-space-s); margin-top: var(--lumo-space-s); }
.captcha-image { border-radius: var(--lumo-border-radius-m); border: 1px solid var(--lumo-contrast-20pct); }
.otp-card { max-width: 28rem; margin: var(--lumo-space-l) auto; border-radius: var(--lumo-border-radius-l); box-shadow: var(--lumo-box-shadow-s); }
.otp-card h2 { margin-top: 0; }
.create-api-view vaadin-text-field, .create-api-view vaadin-password-field { width: 22em; }
.create-api-view vaadin-combo-box { width: 32em; }
.create-api-view vaadin-grid { width: 100%; }
.mode-info { color: var(--lumo-secondary-text-color); max-width: 40em; }
.success-text { color: var(--lumo-success-text-color); font-weight: 500; }
.dialog-text { max-width: 32em; margin-top: 0; }
.dialog-form { padding: 0; }
.dialog-form vaadin-text-field { width: 100%; }
[slot='footer'] > vaadin-button:first-child { margin-right: auto; }
.route-not-found { padding: var(--lumo-space-l); }
`;

// ---------------------------------------------------------------------------------------
// Client runtime, part 1: the Vaadin 24 web components (open shadow roots, Lumo styles)
// ---------------------------------------------------------------------------------------

const CLIENT_JS = `
(function () {
'use strict';
var uidCounter = 0;
function uniq() { uidCounter += 1; return uidCounter; }
var sheets = new Map();
function sheet(text) { var s = sheets.get(text); if (!s) { s = new CSSStyleSheet(); s.replaceSync(text); sheets.set(text, s); } return s; }
function define(name, cls) { if (!customElements.get(name)) customElements.define(name, cls); }
function attr(el, name, on) { if (on) { if (!el.hasAttribute(name)) el.setAttribute(name, ''); } else if (el.hasAttribute(name)) el.removeAttribute(name); }
function props(cls, list) {
  list.forEach(function (n) {
    Object.defineProperty(cls.prototype, n, {
      configurable: true,
      get: function () { return this['_p_' + n]; },
      set: function (v) { var o = this['_p_' + n]; this['_p_' + n] = v; if (o !== v && this.changed) this.changed(n, v, o); }
    });
  });
}
var kbd = false;
document.addEventListener('keydown', function () { kbd = true; }, true);
document.addEventListener('mousedown', function () { kbd = false; }, true);
function deepActive() { var a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a; }
function animDone(el, cb) {
  var done = false;
  function fin() { if (!done) { done = true; cb(); } }
  requestAnimationFrame(function () {
    var list = [];
    try { list = (el.shadowRoot && el.shadowRoot.getAnimations ? el.shadowRoot.getAnimations() : []).concat(el.getAnimations ? el.getAnimations() : []); } catch (e) { list = []; }
    if (!list.length) { fin(); return; }
    Promise.all(list.map(function (a) { return a.finished.catch(function () { return null; }); })).then(fin);
    setTimeout(fin, 1200);
  });
}

class Base extends HTMLElement {
  constructor() {
    super();
    var c = this.constructor;
    var root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet(c.css || ':host{display:block}')];
    root.innerHTML = c.html === undefined ? '<slot></slot>' : c.html;
    var self = this;
    this.$ = {};
    root.querySelectorAll('[id]').forEach(function (n) { self.$[n.id] = n; });
  }
  fire(type, detail, opts) {
    var o = { detail: detail === undefined ? null : detail };
    if (opts) Object.keys(opts).forEach(function (k) { o[k] = opts[k]; });
    return this.dispatchEvent(new CustomEvent(type, o));
  }
}

// ----- layouts -----
var LAYOUT_CSS = ':host{display:flex;box-sizing:border-box}:host([hidden]){display:none!important}:host([theme~=padding]){padding:var(--lumo-space-m)}:host([theme~=margin]){margin:var(--lumo-space-m)}:host([theme~=spacing]){gap:var(--lumo-space-m)}:host([theme~=spacing-s]){gap:var(--lumo-space-s)}:host([theme~=spacing-xs]){gap:var(--lumo-space-xs)}';
class VerticalLayout extends Base {}
VerticalLayout.css = LAYOUT_CSS + ':host{flex-direction:column;align-items:flex-start}';
class HorizontalLayout extends Base {}
HorizontalLayout.css = LAYOUT_CSS + ':host{flex-direction:row;align-items:stretch}';

// ----- icon -----
var ICONS = {
  'vaadin:home': 'M8 1 0 8h2v7h4.5v-4.5h3V15H14V8h2z',
  'vaadin:dashboard': 'M1 1h6v8H1zm8 0h6v5H9zm0 7h6v7H9zM1 11h6v4H1z',
  'vaadin:file-text': 'M2 0h8l4 4v12H2zm2 6v1.5h8V6zm0 3v1.5h8V9zm0 3v1.5h5V12z',
  'vaadin:key': 'M5 3.5a4.5 4.5 0 1 0 4.2 6H11v2h2v-2h1v2h2v-4H9.2A4.5 4.5 0 0 0 5 3.5zm-.5 3a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3z',
  'vaadin:chart': 'M1 14h14v1.5H1zm1-5h3v4H2zm4.5-5h3v9h-3zM11 7h3v6h-3z',
  'vaadin:users': 'M5 7a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm6.5 1a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM0 15c0-3.3 2.2-6 5-6s5 2.7 5 6zm11 0c0-2-.6-3.8-1.7-5 .7-.2 1.4-.3 2.2-.3 2.5 0 4.5 2.2 4.5 5.3z',
  'vaadin:megaphone': 'M14 1v13l-4-3H6.5l1 4h-3l-1-4H1V5h9z',
  'vaadin:question-circle': 'M8 0a8 8 0 1 0 0 16A8 8 0 0 0 8 0zm.9 12.6H7.1v-1.8h1.8zm1.5-5.2c-.8.7-1.5 1-1.5 2.1H7.1c0-1.8.8-2.3 1.5-2.9.5-.4.8-.7.8-1.3 0-.7-.6-1.2-1.4-1.2-.9 0-1.5.6-1.5 1.5H4.7c0-1.9 1.4-3.1 3.3-3.1 1.9 0 3.2 1.1 3.2 2.7 0 1-.5 1.6-.8 2.2z',
  'vaadin:refresh': 'M13.6 2.3A8 8 0 0 0 8 0a8 8 0 1 0 7.7 10h-2.1A6 6 0 1 1 8 2c1.7 0 3.1.7 4.2 1.8L9 7h7V0z'
};
class Icon extends Base {
  static get observedAttributes() { return ['icon']; }
  attributeChangedCallback() { this._draw(); }
  connectedCallback() {
    if (!this.hasAttribute('role')) this.setAttribute('role', 'img');
    if (!this.hasAttribute('aria-label')) this.setAttribute('aria-hidden', 'true');
    this._draw();
  }
  _draw() { var d = ICONS[this.getAttribute('icon') || ''] || ''; this.$.g.innerHTML = d ? '<path fill-rule="evenodd" d="' + d + '"></path>' : ''; }
}
Icon.html = '<svg version="1.1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false"><g id="g"></g></svg>';
Icon.css = ':host{display:inline-flex;justify-content:center;align-items:center;box-sizing:border-box;vertical-align:middle;width:var(--lumo-icon-size-m);height:var(--lumo-icon-size-m);fill:currentColor;flex:none;padding:.25em}:host([hidden]){display:none!important}svg{display:block;width:100%;height:100%}';

// ----- button -----
class Button extends Base {
  connectedCallback() {
    if (!this.hasAttribute('role')) this.setAttribute('role', 'button');
    if (!this._b) {
      this._b = true;
      var self = this;
      this.addEventListener('keydown', function (e) {
        if (self.disabled || e.target !== self) return;
        if (e.key === 'Enter') { e.preventDefault(); self.click(); } else if (e.key === ' ') { e.preventDefault(); self.setAttribute('active', ''); }
      });
      this.addEventListener('keyup', function (e) { if (e.key === ' ' && self.hasAttribute('active')) { self.removeAttribute('active'); self.click(); } });
      this.addEventListener('mousedown', function () { if (!self.disabled) self.setAttribute('active', ''); });
      this.addEventListener('mouseup', function () { self.removeAttribute('active'); });
      this.addEventListener('mouseleave', function () { self.removeAttribute('active'); });
      this.addEventListener('focus', function () { attr(self, 'focused', true); attr(self, 'focus-ring', kbd); });
      this.addEventListener('blur', function () { attr(self, 'focused', false); attr(self, 'focus-ring', false); });
      this.addEventListener('click', function (e) { if (self.disabled) { e.preventDefault(); e.stopImmediatePropagation(); } }, true);
    }
    this._upd();
  }
  changed() { this._upd(); }
  _upd() {
    var d = !!this.disabled;
    attr(this, 'disabled', d);
    if (d) { this.setAttribute('aria-disabled', 'true'); this.setAttribute('tabindex', '-1'); }
    else { this.removeAttribute('aria-disabled'); if (this.getAttribute('tabindex') !== '0') this.setAttribute('tabindex', '0'); }
  }
}
props(Button, ['disabled']);
Button.html = '<div class="vaadin-button-container"><span part="prefix" aria-hidden="true"><slot name="prefix"></slot></span><span part="label"><slot></slot></span><span part="suffix" aria-hidden="true"><slot name="suffix"></slot></span></div><slot name="tooltip"></slot>';
Button.css = ':host{display:inline-block;position:relative;outline:none;white-space:nowrap;-webkit-user-select:none;user-select:none;flex-shrink:0;box-sizing:border-box;vertical-align:middle;min-width:calc(var(--lumo-button-size) * 2);height:var(--lumo-button-size);padding:0 calc(var(--lumo-button-size) / 3 + var(--lumo-border-radius-m) / 2);margin:var(--lumo-space-xs) 0;font-family:var(--lumo-font-family);font-size:var(--lumo-font-size-m);font-weight:500;color:var(--lumo-primary-text-color);background-color:var(--lumo-contrast-5pct);border-radius:var(--lumo-border-radius-m);cursor:var(--lumo-clickable-cursor);-webkit-tap-highlight-color:transparent;-webkit-font-smoothing:antialiased}'
  + ':host([hidden]){display:none!important}.vaadin-button-container{display:inline-flex;align-items:center;justify-content:center;text-align:center;width:100%;height:100%;min-height:inherit;text-shadow:inherit}[part=prefix],[part=suffix]{flex:none}[part=label]{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;padding:calc(var(--lumo-button-size) / 6) 0}'
  + ':host::before,:host::after{content:"";position:absolute;z-index:1;inset:0;background-color:currentColor;border-radius:inherit;opacity:0;pointer-events:none}:host::before{transition:opacity .2s;filter:blur(8px)}:host::after{transition:opacity 1.4s,transform .1s;filter:blur(8px)}:host(:hover)::before{opacity:.02}:host([active])::before{opacity:.05;transition-duration:0s}:host([active])::after{opacity:.1;transition-duration:0s,0s;transform:scale(0)}'
  + ':host([focus-ring]){box-shadow:0 0 0 2px var(--lumo-primary-color-50pct)}:host([theme~=primary]){background-color:var(--lumo-primary-color);color:var(--lumo-primary-contrast-color);font-weight:600;min-width:calc(var(--lumo-button-size) * 2.5)}:host([theme~=primary]:hover)::before{opacity:.1}'
  + ':host([theme~=tertiary]),:host([theme~=tertiary-inline]){background-color:transparent!important;min-width:0}:host([theme~=tertiary]){padding:0 calc(var(--lumo-button-size) / 6)}:host([theme~=error]){color:var(--lumo-error-text-color)}:host([theme~=error][theme~=primary]){background-color:var(--lumo-error-color);color:var(--lumo-error-contrast-color)}'
  + ':host([theme~=small]){font-size:var(--lumo-font-size-s);--lumo-button-size:var(--lumo-size-s)}:host([theme~=icon]){min-width:var(--lumo-button-size);padding-left:calc(var(--lumo-button-size) / 4);padding-right:calc(var(--lumo-button-size) / 4)}'
  + ':host([disabled]){pointer-events:none;color:var(--lumo-disabled-text-color)}:host([theme~=primary][disabled]){background-color:var(--lumo-primary-color-50pct);color:var(--lumo-primary-contrast-color)}';

class DrawerToggle extends Button {
  connectedCallback() {
    super.connectedCallback();
    if (!this.hasAttribute('aria-label')) this.setAttribute('aria-label', 'Toggle navigation');
    if (!this._t) { this._t = true; var self = this; this.addEventListener('click', function () { self.fire('drawer-toggle-click', null, { bubbles: true, composed: true }); }); }
  }
}
DrawerToggle.html = '<slot id="slot"><div part="icon"></div></slot>';
DrawerToggle.css = ':host{display:inline-flex;align-items:center;justify-content:center;position:relative;cursor:var(--lumo-clickable-cursor);outline:none;width:var(--lumo-size-l);height:var(--lumo-size-l);margin:0 var(--lumo-space-s);padding:0;color:var(--lumo-secondary-text-color);border-radius:var(--lumo-border-radius-m);flex:none}:host(:hover){background:var(--lumo-contrast-5pct)}:host([focus-ring]){box-shadow:0 0 0 2px var(--lumo-primary-color-50pct)}[part=icon]{width:1.25em;height:2px;background:currentColor;position:relative;box-shadow:0 -6px 0 currentColor,0 6px 0 currentColor}';

// ----- app layout and side nav -----
class AppLayout extends Base {
  connectedCallback() {
    if (!this._b) {
      this._b = true;
      var self = this;
      this.addEventListener('drawer-toggle-click', function () { self.drawerOpened = !self.drawerOpened; });
      window.addEventListener('resize', function () { self._resize(); });
      this.$.backdrop.addEventListener('click', function () { if (self.hasAttribute('overlay')) self.drawerOpened = false; });
      this._resize();
      this.drawerOpened = !this.hasAttribute('overlay');
      attr(this, 'has-drawer', true);
    }
  }
  _resize() { attr(this, 'overlay', window.matchMedia('(max-width: 800px), (max-height: 600px)').matches); }
  changed(n, v) { if (n === 'drawerOpened') { attr(this, 'drawer-opened', !!v); this.fire('drawer-opened-changed', { value: !!v }); } }
}
props(AppLayout, ['drawerOpened']);
AppLayout.html = '<div part="backdrop" id="backdrop"></div><div part="navbar" id="navbarTop"><slot name="navbar"></slot></div><div part="drawer" id="drawer"><slot name="drawer" id="drawerSlot"></slot></div><div content><slot></slot></div><div part="navbar navbar-bottom" id="navbarBottom" bottom hidden><slot name="navbar-bottom"></slot></div>';
AppLayout.css = ':host{display:block;box-sizing:border-box;height:100%;--vaadin-app-layout-transition:200ms;--_drawer-width:16em;--_navbar-height:var(--lumo-size-xl);padding-top:var(--_navbar-height);transition:padding var(--vaadin-app-layout-transition);font-family:var(--lumo-font-family);color:var(--lumo-body-text-color)}'
  + ':host([drawer-opened]:not([overlay])){padding-left:var(--_drawer-width)}[part=navbar]{position:fixed;display:flex;align-items:center;top:0;right:0;left:0;z-index:3;min-height:var(--_navbar-height);background-color:var(--lumo-base-color);box-shadow:inset 0 -1px 0 0 var(--lumo-contrast-10pct);transition:left var(--vaadin-app-layout-transition)}'
  + ':host([primary-section=drawer][drawer-opened]:not([overlay])) [part=navbar]{left:var(--_drawer-width)}[part=drawer]{overflow:auto;position:fixed;top:0;bottom:0;left:0;width:var(--_drawer-width);max-width:90%;box-sizing:border-box;z-index:4;visibility:hidden;transform:translateX(-100%);transition:transform var(--vaadin-app-layout-transition),visibility var(--vaadin-app-layout-transition);display:flex;flex-direction:column;outline:none;background-color:var(--lumo-base-color);box-shadow:inset -1px 0 0 0 var(--lumo-contrast-10pct)}'
  + ':host([primary-section=navbar]) [part=drawer]{top:var(--_navbar-height)}:host([drawer-opened]) [part=drawer]{visibility:visible;transform:translateX(0%)}:host([overlay]) [part=drawer]{box-shadow:var(--lumo-box-shadow-xl)}'
  + '[part=backdrop]{position:fixed;inset:0;z-index:3;background-color:var(--lumo-shade-20pct);opacity:0;pointer-events:none;transition:opacity var(--vaadin-app-layout-transition)}:host([overlay][drawer-opened]) [part=backdrop]{opacity:1;pointer-events:auto}[content]{height:100%}[hidden]{display:none!important}';

class SideNav extends Base { connectedCallback() { this.setAttribute('role', 'navigation'); } }
SideNav.html = '<ul part="children" role="list" id="list"><slot></slot></ul>';
SideNav.css = ':host{display:block;font-family:var(--lumo-font-family);font-size:var(--lumo-font-size-m);font-weight:500;line-height:var(--lumo-line-height-xs);color:var(--lumo-body-text-color);--_child-indent:0px}:host([hidden]){display:none!important}[part=children]{padding:0;margin:0;list-style:none;display:flex;flex-direction:column;gap:var(--lumo-space-xs)}';

class SideNavItem extends Base {
  constructor() {
    super();
    var self = this;
    this.$.content.addEventListener('click', function () { if (self.path == null && self.hasAttribute('has-children')) self._toggle(); });
    this.$.toggle.addEventListener('click', function (e) { e.preventDefault(); e.stopPropagation(); self._toggle(); });
    this.$.childSlot.addEventListener('slotchange', function () { attr(self, 'has-children', self.$.childSlot.assignedElements().length > 0); });
  }
  connectedCallback() { this.setAttribute('role', 'listitem'); this._upd(); this._updCurrent(); }
  changed(n) { this._upd(); if (n === 'path') this._updCurrent(); }
  _toggle() { this.expanded = !this.expanded; this.fire('expanded-changed', { value: !!this.expanded }); }
  _upd() {
    var a = this.$.link;
    var hasPath = this.path != null && !this.disabled;
    if (hasPath) a.setAttribute('href', this.path); else a.removeAttribute('href');
    a.setAttribute('tabindex', hasPath ? '0' : '-1');
    var ex = !!this.expanded;
    attr(this, 'expanded', ex);
    this.$.toggle.setAttribute('aria-expanded', ex ? 'true' : 'false');
    this.$.children.hidden = !ex;
    this.$.children.setAttribute('aria-hidden', ex ? 'false' : 'true');
  }
  _updCurrent() {
    var cur = false;
    if (this.path != null) { try { cur = new URL(this.path, document.baseURI).pathname === location.pathname; } catch (e) { cur = false; } }
    var was = this.hasAttribute('current');
    attr(this, 'current', cur);
    this.$.link.setAttribute('aria-current', cur ? 'page' : 'false');
    if (!cur) this._spread = false;
    if (cur && (!was || !this._spread) && this.parentElement) {
      this._spread = true;
      var p = this.parentElement;
      while (p && p.localName === 'vaadin-side-nav-item') { if (!p.expanded) p.expanded = true; p = p.parentElement; }
    }
  }
}
props(SideNavItem, ['path', 'expanded', 'disabled']);
SideNavItem.html = '<div part="content" id="content"><a id="link" part="link" aria-current="false"><slot name="prefix"></slot><slot></slot><slot name="suffix"></slot></a><button part="toggle-button" id="toggle" aria-controls="children" aria-labelledby="link i18n" aria-expanded="false"></button></div><ul part="children" id="children" role="list" hidden aria-hidden="true"><slot name="children" id="childSlot"></slot></ul><div class="sr-only" id="i18n">Toggle child items</div>';
SideNavItem.css = ':host{display:block;--_child-indent-2:var(--_child-indent)}:host([hidden]){display:none!important}[part=content]{display:flex;align-items:center;position:relative;border-radius:var(--lumo-border-radius-m);cursor:var(--lumo-clickable-cursor);font-size:var(--lumo-font-size-s);font-weight:500;color:var(--lumo-secondary-text-color);min-height:var(--lumo-icon-size-l)}[part=content]:hover{background:var(--lumo-contrast-5pct);color:var(--lumo-body-text-color)}'
  + '[part=link]{flex:auto;min-width:0;display:flex;align-items:center;gap:var(--lumo-space-xs);padding:var(--lumo-space-xs);padding-inline-start:calc(var(--lumo-space-xs) + var(--_child-indent,0px));color:inherit;text-decoration:none;outline:none;cursor:inherit;border-radius:inherit;min-height:var(--lumo-icon-size-l);box-sizing:border-box}[part=link]:focus-visible{box-shadow:inset 0 0 0 2px var(--lumo-primary-color-50pct)}'
  + ':host([current]) [part=content]{color:var(--lumo-primary-text-color);background:var(--lumo-primary-color-10pct)}[part=toggle-button]{margin-inline-end:var(--lumo-space-xs);width:var(--lumo-size-s);height:var(--lumo-size-s);border:0;padding:0;background:transparent;color:var(--lumo-contrast-60pct);border-radius:var(--lumo-border-radius-m);cursor:var(--lumo-clickable-cursor);display:inline-flex;align-items:center;justify-content:center;outline:none}[part=toggle-button]:focus-visible{box-shadow:0 0 0 2px var(--lumo-primary-color-50pct)}'
  + '[part=toggle-button]::before{content:"";width:1.2em;height:1.2em;background:currentColor;-webkit-mask:var(--v-icon-chevron) center/contain no-repeat;mask:var(--v-icon-chevron) center/contain no-repeat;transform:rotate(-90deg);transition:transform 140ms}:host([expanded]) [part=toggle-button]::before{transform:none}:host(:not([has-children])) [part=toggle-button]{display:none!important}'
  + '[part=children]{padding:0;margin:0;list-style:none;display:flex;flex-direction:column;gap:var(--lumo-space-xs);--_child-indent:calc(var(--_child-indent-2,0px) + var(--lumo-space-l));margin-top:var(--lumo-space-xs)}[part=children][hidden]{display:none}::slotted([slot=prefix]){color:var(--lumo-contrast-60pct)}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}';

// ----- text fields -----
var LABEL_CSS = '[part=label]{align-self:flex-start;color:var(--lumo-secondary-text-color);font-weight:500;font-size:var(--lumo-font-size-s);margin-left:calc(var(--lumo-border-radius-m) / 4);transition:color .2s;line-height:1;padding-right:1em;padding-bottom:.5em;padding-top:.25em;margin-top:-.25em;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;position:relative;max-width:100%;box-sizing:border-box}:host(:not([has-label])) [part=label]{display:none}:host([focused]:not([readonly])) [part=label]{color:var(--lumo-primary-text-color)}'
  + '[part=required-indicator]::after{content:"•";transition:opacity .2s;color:var(--lumo-primary-text-color);position:absolute;right:0;width:1em;text-align:center;opacity:0}:host([required]:not([readonly])) [part=required-indicator]::after{opacity:1}:host([invalid]) [part=required-indicator]::after{color:var(--lumo-error-text-color)}'
  + '[part=helper-text]{display:block;color:var(--lumo-secondary-text-color);font-size:var(--lumo-font-size-xs);line-height:var(--lumo-line-height-xs);margin-left:calc(var(--lumo-border-radius-m) / 4);transition:color .2s}:host([has-helper]) [part=helper-text]::before{content:"";display:block;height:.4em}:host(:not([has-helper])) [part=helper-text]{display:none}'
  + '[part=error-message]{color:var(--lumo-error-text-color);font-size:var(--lumo-font-size-xs);line-height:var(--lumo-line-height-xs);margin-left:calc(var(--lumo-border-radius-m) / 4);will-change:max-height;transition:.4s max-height;max-height:5em}:host([has-error-message]) [part=error-message]::before{content:"";display:block;height:.4em}:host(:not([has-error-message])) [part=error-message]{max-height:0;overflow:hidden}';
var FIELD_CSS = ':host{display:inline-flex;outline:none;position:relative;padding:var(--lumo-space-xs) 0;font-size:var(--lumo-font-size-m);font-family:var(--lumo-font-family);line-height:var(--lumo-line-height-m);color:var(--lumo-body-text-color);-webkit-tap-highlight-color:transparent;width:var(--vaadin-field-default-width,12em);box-sizing:border-box;flex-shrink:0;vertical-align:top}:host([hidden]){display:none!important}:host::before{content:" ";width:0;display:inline-flex;align-items:center;height:var(--lumo-text-field-size);box-sizing:border-box}:host([has-label])::before{margin-top:calc(var(--lumo-font-size-s) * 1.5)}.vaadin-field-container{display:flex;flex-direction:column;width:100%}'
  + LABEL_CSS + '[part=input-field]{width:100%;min-width:0}'
  + '::slotted(input){-webkit-appearance:none;-moz-appearance:none;flex:auto;white-space:nowrap;overflow:hidden;width:100%;height:100%;outline:none;margin:0;padding:0 .25em;border:0;border-radius:0;min-width:0;font:inherit;font-size:1em;line-height:normal;color:inherit;background-color:transparent;cursor:inherit;caret-color:var(--lumo-primary-text-color);box-sizing:border-box;align-self:stretch}'
  + '::slotted([slot=prefix]){margin-right:.1em;padding-left:.25em;color:var(--lumo-contrast-70pct);font-weight:600;flex:none}:host([focus-ring]) [part=input-field]{box-shadow:0 0 0 2px var(--lumo-primary-color-50pct)}:host([disabled]){pointer-events:none}:host([disabled]) [part=label],:host([disabled]) [part=input-field]{color:var(--lumo-disabled-text-color)}'
  + '[part=clear-button],[part=toggle-button]{width:var(--lumo-icon-size-m);height:var(--lumo-icon-size-m);color:var(--lumo-contrast-60pct);cursor:var(--lumo-clickable-cursor);flex:none;display:flex;align-items:center;justify-content:center}[part=clear-button]::before,[part=toggle-button]::before{content:"";width:1em;height:1em;background:currentColor;-webkit-mask:var(--v-icon-cross) center/contain no-repeat;mask:var(--v-icon-cross) center/contain no-repeat}'
  + '[part=toggle-button]::before{-webkit-mask-image:var(--v-icon-chevron);mask-image:var(--v-icon-chevron);width:1.2em;height:1.2em}[part=clear-button]{display:none}:host([clear-button-visible][has-value]:not([readonly]):not([disabled])) [part=clear-button]{display:flex}:host([readonly]) [part=toggle-button]{display:none}[part=clear-button]:hover,[part=toggle-button]:hover{color:var(--lumo-contrast-80pct)}[part=reveal-button]{display:flex;align-items:center}';
var FIELD_TOP = '<div class="vaadin-field-container"><div part="label"><slot name="label"></slot><span part="required-indicator" aria-hidden="true"></span></div><vaadin-input-container part="input-field" id="ic"><slot name="prefix" slot="prefix"></slot><slot name="input"></slot>';
var FIELD_BOTTOM = '</vaadin-input-container><div part="helper-text"><slot name="helper"></slot></div><div part="error-message"><slot name="error-message"></slot></div></div><slot name="tooltip"></slot>';
var CLEAR_HTML = '<div id="clearButton" part="clear-button" slot="suffix" aria-hidden="true"></div>';

class InputContainer extends Base {}
InputContainer.html = '<slot name="prefix"></slot><slot></slot><slot name="suffix"></slot>';
InputContainer.css = ':host{display:flex;align-items:center;flex:0 1 auto;border-radius:var(--lumo-border-radius-m);background-color:var(--lumo-contrast-10pct);padding:0 calc(.375em + var(--lumo-border-radius-m) / 4 - 1px);font-weight:500;line-height:1;position:relative;cursor:text;box-sizing:border-box;height:var(--lumo-text-field-size)}:host::after{content:"";position:absolute;inset:0;border-radius:inherit;pointer-events:none;background-color:var(--lumo-contrast-50pct);opacity:0;transition:transform .15s,opacity .2s}:host(:hover:not([readonly]):not([focused]))::after{opacity:.1}:host([readonly]){background-color:transparent;border:1px dashed var(--lumo-contrast-30pct);cursor:default}:host([invalid]){background-color:var(--lumo-error-color-10pct)}:host([invalid])::after{background-color:var(--lumo-error-color-50pct)}';

var FIELD_PROPS = ['label', 'value', 'placeholder', 'required', 'readonly', 'disabled', 'invalid', 'errorMessage', 'helperText', 'maxlength', 'allowedCharPattern', 'autocomplete', 'autofocus', 'name', 'clearButtonVisible', 'items'];
class TextField extends Base {
  constructor() { super(); this._p_value = ''; this._kind = 'text'; }
  connectedCallback() { if (!this._built) this._build(); }
  _build() {
    this._built = true;
    var self = this;
    var tag = this.localName;
    var l = this._label = document.createElement('label');
    l.slot = 'label'; l.id = 'label-' + tag + '-' + uniq();
    var i = this._input = document.createElement('input');
    i.slot = 'input'; i.id = 'input-' + tag + '-' + uniq(); i.type = this._kind;
    var er = this._err = document.createElement('div');
    er.slot = 'error-message'; er.id = 'error-message-' + tag + '-' + uniq(); er.setAttribute('aria-live', 'assertive');
    var hp = this._help = document.createElement('div');
    hp.slot = 'helper'; hp.id = 'helper-text-' + tag + '-' + uniq();
    l.htmlFor = i.id;
    i.setAttribute('aria-labelledby', l.id);
    this.insertBefore(l, this.firstChild);
    this.appendChild(i); this.appendChild(er); this.appendChild(hp);
    i.addEventListener('input', function () { self._onInput(); });
    i.addEventListener('focus', function () { attr(self, 'focused', true); attr(self, 'focus-ring', true); attr(self.$.ic, 'focused', true); });
    i.addEventListener('blur', function () { attr(self, 'focused', false); attr(self, 'focus-ring', false); attr(self.$.ic, 'focused', false); });
    i.addEventListener('beforeinput', function (e) {
      if (self.allowedCharPattern && typeof e.data === 'string' && e.data) { var re = new RegExp('^(' + self.allowedCharPattern + ')*$'); if (!re.test(e.data)) e.preventDefault(); }
    });
    this.$.ic.addEventListener('mousedown', function (e) { if (e.target === self.$.ic) { e.preventDefault(); i.focus(); } });
    this.$.clearButton.addEventListener('mousedown', function (e) { e.preventDefault(); });
    this.$.clearButton.addEventListener('click', function () { self._clear(); });
    if (this._extra) this._extra();
    this._sync();
    if (this.autofocus) setTimeout(function () { i.focus(); }, 0);
  }
  _onInput() {
    this._p_value = this._input.value;
    this._syncValue();
    if (this._autoValid && this.invalid && this._input.value) this.invalid = false;
    this.fire('value-changed', { value: this._p_value });
  }
  _clear() { this._input.value = ''; this._onInput(); this._input.focus(); this.dispatchEvent(new Event('change', { bubbles: true })); }
  changed() { if (this._built) this._sync(); }
  _syncValue() { attr(this, 'has-value', !!this._input.value); }
  _sync() {
    var i = this._input;
    var v = this.value == null ? '' : String(this.value);
    this._label.textContent = this.label || '';
    attr(this, 'has-label', !!this.label);
    if (!this._open && i.value !== v) i.value = v;
    this._syncValue();
    i.placeholder = this.placeholder || '';
    i.required = !!this.required; i.readOnly = !!this.readonly; i.disabled = !!this.disabled;
    attr(this, 'required', !!this.required); attr(this, 'readonly', !!this.readonly); attr(this, 'disabled', !!this.disabled);
    if (this.maxlength) i.maxLength = this.maxlength; else i.removeAttribute('maxlength');
    if (this.autocomplete) i.setAttribute('autocomplete', this.autocomplete);
    if (this.name) i.name = this.name;
    var inv = !!this.invalid;
    attr(this, 'invalid', inv);
    if (inv) i.setAttribute('aria-invalid', 'true'); else i.removeAttribute('aria-invalid');
    var msg = inv && this.errorMessage ? String(this.errorMessage) : '';
    this._err.textContent = msg;
    attr(this, 'has-error-message', !!msg);
    this._help.textContent = this.helperText || '';
    attr(this, 'has-helper', !!this.helperText);
    var desc = [];
    if (this.helperText) desc.push(this._help.id);
    if (msg) desc.push(this._err.id);
    if (desc.length) i.setAttribute('aria-describedby', desc.join(' ')); else i.removeAttribute('aria-describedby');
    attr(this.$.ic, 'invalid', inv); attr(this.$.ic, 'readonly', !!this.readonly);
    attr(this, 'clear-button-visible', !!this.clearButtonVisible);
  }
  focus() { if (this._input) this._input.focus(); else HTMLElement.prototype.focus.call(this); }
}
props(TextField, FIELD_PROPS);
TextField.html = FIELD_TOP + '<slot name="suffix" slot="suffix"></slot>' + CLEAR_HTML + FIELD_BOTTOM;
TextField.css = FIELD_CSS;

class PasswordField extends TextField {
  constructor() { super(); this._kind = 'password'; }
  _extra() {
    var self = this;
    var b = this._reveal = document.createElement('vaadin-password-field-button');
    b.slot = 'reveal'; b.setAttribute('aria-label', 'Show password'); b.setAttribute('aria-pressed', 'false');
    this.appendChild(b);
    b.addEventListener('mousedown', function (e) { e.preventDefault(); });
    b.addEventListener('click', function () {
      var show = self._input.type === 'password';
      self._input.type = show ? 'text' : 'password';
      attr(self, 'password-visible', show);
      b.setAttribute('aria-pressed', show ? 'true' : 'false');
    });
  }
}
PasswordField.html = FIELD_TOP + '<slot name="suffix" slot="suffix"></slot>' + CLEAR_HTML + '<div part="reveal-button" slot="suffix"><slot name="reveal"></slot></div>' + FIELD_BOTTOM;
class PasswordFieldButton extends Button {}
PasswordFieldButton.html = '';
PasswordFieldButton.css = ':host{display:block;width:var(--lumo-icon-size-m);height:var(--lumo-icon-size-m);min-width:0;padding:0;margin:0;color:var(--lumo-contrast-60pct);cursor:var(--lumo-clickable-cursor);outline:none;border-radius:var(--lumo-border-radius-m)}:host::before{content:"";display:block;width:100%;height:100%;background:currentColor;-webkit-mask:var(--v-icon-eye) center/70% no-repeat;mask:var(--v-icon-eye) center/70% no-repeat}:host([aria-pressed=true])::before{-webkit-mask-image:var(--v-icon-eye-off);mask-image:var(--v-icon-eye-off)}:host(:hover){color:var(--lumo-body-text-color)}:host([focus-ring]){box-shadow:0 0 0 2px var(--lumo-primary-color-50pct)}';

// ----- combo box (overlay appended to body, virtualised item list) -----
class ComboBox extends TextField {
  constructor() { super(); this._open = false; this._focused = -1; this._filtered = []; this._pool = []; this._filter = ''; this._ih = 36; }
  _extra() {
    var self = this;
    var i = this._input;
    i.setAttribute('role', 'combobox'); i.setAttribute('aria-autocomplete', 'list'); i.setAttribute('aria-expanded', 'false');
    i.setAttribute('autocomplete', 'off'); i.setAttribute('autocapitalize', 'off'); i.spellcheck = false;
    var ov = this._ov = document.createElement('vaadin-combo-box-overlay');
    ov.owner = this;
    var sc = this._sc = document.createElement('vaadin-combo-box-scroller');
    sc.id = 'vaadin-combo-box-scroller-' + uniq(); sc.setAttribute('role', 'listbox');
    ov.appendChild(sc);
    sc.addEventListener('scroll', function () { self._renderItems(); });
    ov.addEventListener('mousedown', function (e) { e.preventDefault(); });
    sc.addEventListener('click', function (e) {
      var it = e.target && e.target.closest ? e.target.closest('vaadin-combo-box-item') : null;
      if (it && it._index >= 0 && it._index < self._filtered.length) self._select(self._filtered[it._index]);
    });
    var tb = this.$.toggleButton;
    tb.addEventListener('mousedown', function (e) { e.preventDefault(); });
    tb.addEventListener('click', function () { if (self._open) self._close(true); else { i.focus(); self._openList(false); } });
    i.addEventListener('click', function () { if (!self._open) self._openList(false); });
    i.addEventListener('keydown', function (e) { self._key(e); });
    i.addEventListener('change', function (e) { e.stopPropagation(); });
    i.addEventListener('blur', function () { if (self._open) self._commit(); });
    this._reposition = function () { if (self._open) { self._position(); self._renderItems(); } };
  }
  _onInput() { this._filter = this._input.value; this._openList(true); }
  _syncValue() { attr(this, 'has-value', !!this.value); }
  _openList(typing) {
    if (this.readonly || this.disabled) return;
    if (!typing) this._filter = '';
    var f = (this._filter || '').toLowerCase();
    var items = this.items || [];
    var val = this.value;
    this._filtered = f ? items.filter(function (x) { return String(x).toLowerCase().indexOf(f) >= 0; }) : items.slice();
    this._focused = f ? this._filtered.findIndex(function (x) { return String(x).toLowerCase() === f; }) : this._filtered.indexOf(val);
    var ov = this._ov;
    if (!this._open) {
      this._open = true;
      attr(this, 'opened', true);
      this._input.setAttribute('aria-expanded', 'true');
      this._input.setAttribute('aria-controls', this._sc.id);
      document.body.appendChild(ov);
      ov.setAttribute('opened', ''); ov.setAttribute('opening', '');
      animDone(ov, function () { ov.removeAttribute('opening'); });
      window.addEventListener('scroll', this._reposition, true);
      window.addEventListener('resize', this._reposition);
    }
    ov.hidden = this._filtered.length === 0;
    this._position();
    this._sc.scrollTop = this._focused > 1 ? (this._focused - 1) * this._ih : 0;
    this._renderItems();
  }
  _position() {
    var r = this.$.ic.getBoundingClientRect();
    var ov = this._ov;
    var vh = window.innerHeight;
    var below = vh - r.bottom - 8;
    var above = r.top - 8;
    var up = below < 220 && above > below;
    ov.style.left = r.left + 'px';
    ov.style.width = r.width + 'px';
    if (up) { ov.style.top = ''; ov.style.bottom = (vh - r.top) + 'px'; } else { ov.style.bottom = ''; ov.style.top = r.bottom + 'px'; }
    attr(ov, 'bottom-aligned', up);
    this._sc.style.maxHeight = Math.max(80, Math.min(vh * 0.65, (up ? above : below) - 16)) + 'px';
  }
  _renderItems() {
    if (!this._open) return;
    var list = this._filtered;
    var ih = this._ih;
    var sc = this._sc;
    sc.$.selector.style.height = (list.length * ih) + 'px';
    var top = sc.scrollTop;
    var hgt = sc.clientHeight || parseFloat(sc.style.maxHeight) || 400;
    var first = Math.max(0, Math.floor(top / ih) - 2);
    var last = Math.min(list.length - 1, Math.ceil((top + hgt) / ih) + 2);
    var need = Math.max(0, last - first + 1);
    while (this._pool.length < need) { var it = document.createElement('vaadin-combo-box-item'); it.setAttribute('role', 'option'); sc.appendChild(it); this._pool.push(it); }
    while (this._pool.length > need) { this._pool.pop().remove(); }
    for (var k = 0; k < need; k++) {
      var idx = first + k;
      var item = this._pool[k];
      var label = String(list[idx]);
      item._index = idx;
      item.id = 'vaadin-combo-box-item-' + idx;
      if (item.textContent !== label) item.textContent = label;
      item.style.transform = 'translateY(' + (idx * ih) + 'px)';
      item.setAttribute('aria-posinset', String(idx + 1));
      item.setAttribute('aria-setsize', String(list.length));
      var sel = label === this.value;
      attr(item, 'selected', sel);
      item.setAttribute('aria-selected', sel ? 'true' : 'false');
      attr(item, 'focused', idx === this._focused);
    }
  }
  _key(e) {
    var k = e.key;
    if (k === 'ArrowDown' || k === 'ArrowUp') {
      e.preventDefault();
      if (!this._open) { this._openList(false); return; }
      var n = this._filtered.length;
      if (!n) return;
      var f = this._focused;
      f = k === 'ArrowDown' ? (f < 0 ? 0 : Math.min(n - 1, f + 1)) : (f < 0 ? n - 1 : Math.max(0, f - 1));
      this._focused = f;
      this._input.value = String(this._filtered[f]);
      var sc = this._sc;
      if (f * this._ih < sc.scrollTop) sc.scrollTop = f * this._ih;
      else if ((f + 1) * this._ih > sc.scrollTop + sc.clientHeight) sc.scrollTop = (f + 1) * this._ih - sc.clientHeight;
      this._renderItems();
    } else if (k === 'Enter') {
      if (this._open) { e.preventDefault(); this._commit(); }
    } else if (k === 'Escape') {
      if (this._open) { e.preventDefault(); e.stopPropagation(); this._close(true); }
    } else if (k === 'Tab') {
      if (this._open) this._commit();
    }
  }
  _commit() {
    var txt = this._input.value.trim().toLowerCase();
    var pick;
    if (this._focused >= 0 && this._filtered[this._focused] !== undefined) pick = this._filtered[this._focused];
    else if (txt === '') pick = '';
    else pick = (this.items || []).find(function (x) { return String(x).toLowerCase() === txt; });
    if (pick === undefined) this._close(true); else this._select(pick);
  }
  _select(label) {
    var old = this.value == null ? '' : this.value;
    this._p_value = label;
    this._close(false);
    this._input.value = label;
    this._syncValue();
    if (old !== label) {
      this.fire('value-changed', { value: label });
      this.fire('selected-item-changed', { value: label });
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  _close(revert) {
    if (!this._open) return;
    this._open = false;
    attr(this, 'opened', false);
    this._input.setAttribute('aria-expanded', 'false');
    this._input.removeAttribute('aria-controls');
    this._ov.removeAttribute('opened');
    this._ov.remove();
    window.removeEventListener('scroll', this._reposition, true);
    window.removeEventListener('resize', this._reposition);
    if (revert) this._input.value = this.value == null ? '' : String(this.value);
    this._filter = '';
    this._syncValue();
  }
  _clear() { this._select(''); this._input.focus(); }
  disconnectedCallback() { this._close(true); }
}
ComboBox.html = FIELD_TOP + CLEAR_HTML + '<div id="toggleButton" part="toggle-button" slot="suffix" aria-hidden="true"></div>' + FIELD_BOTTOM;
class ComboBoxOverlay extends Base {}
ComboBoxOverlay.html = '<div id="backdrop" part="backdrop" hidden></div><div part="overlay" id="overlay"><div part="loader"></div><div part="content" id="content"><slot></slot></div></div>';
ComboBoxOverlay.css = ':host{position:fixed;z-index:200;display:flex;flex-direction:column;pointer-events:auto;outline:none;box-sizing:border-box;min-width:12em}:host([hidden]),:host(:not([opened])){display:none!important}[part=backdrop],[part=loader]{display:none}'
  + '[part=overlay]{background-color:var(--lumo-base-color);background-image:linear-gradient(var(--lumo-tint-5pct),var(--lumo-tint-5pct));border-radius:var(--lumo-border-radius-m);box-shadow:0 0 0 1px var(--lumo-shade-5pct),var(--lumo-box-shadow-m);color:var(--lumo-body-text-color);font-family:var(--lumo-font-family);font-size:var(--lumo-font-size-m);font-weight:400;line-height:var(--lumo-line-height-m);margin:var(--lumo-space-xs) 0;outline:none;overflow:hidden;display:flex;flex-direction:column}'
  + '[part=content]{padding:var(--lumo-space-xs)}:host([opening]) [part=overlay]{animation:.1s lumo-overlay-dropdown-enter ease-out both}@keyframes lumo-overlay-dropdown-enter{0%{opacity:0;transform:translateY(-4px)}}';
class ComboBoxScroller extends Base {}
ComboBoxScroller.html = '<div id="selector"><slot></slot></div>';
ComboBoxScroller.css = ':host{display:block;min-height:1px;overflow:auto;position:relative;outline:none}#selector{position:relative}::slotted(vaadin-combo-box-item){position:absolute!important;left:0;right:0;top:0}';
class ComboBoxItem extends Base {}
ComboBoxItem.html = '<span part="checkmark" aria-hidden="true"></span><div part="content"><slot></slot></div>';
ComboBoxItem.css = ':host{display:flex;align-items:center;box-sizing:border-box;height:var(--lumo-size-m);padding:0 var(--lumo-space-s) 0 var(--lumo-space-xs);font-size:var(--lumo-font-size-m);line-height:var(--lumo-line-height-xs);border-radius:var(--lumo-border-radius-m);cursor:var(--lumo-clickable-cursor);outline:none;-webkit-tap-highlight-color:transparent;white-space:nowrap}[part=checkmark]::before{display:block;content:"";width:var(--lumo-icon-size-m);height:var(--lumo-icon-size-m);-webkit-mask:var(--v-icon-check) center/60% no-repeat;mask:var(--v-icon-check) center/60% no-repeat;background:var(--lumo-primary-text-color);visibility:hidden}:host([selected]) [part=checkmark]::before{visibility:visible}[part=content]{flex:auto;overflow:hidden;text-overflow:ellipsis}:host([focused]){box-shadow:inset 0 0 0 2px var(--lumo-primary-color-50pct)}:host(:hover){background-color:var(--lumo-primary-color-10pct)}';

// ----- radio group -----
class RadioGroup extends Base {
  connectedCallback() {
    if (!this._b) {
      this._b = true;
      var self = this;
      var n = uniq();
      this.setAttribute('role', 'radiogroup');
      this._name = 'vaadin-radio-group-' + n;
      var l = this._label = document.createElement('label');
      l.slot = 'label'; l.id = 'label-vaadin-radio-group-' + n;
      var er = this._err = document.createElement('div');
      er.slot = 'error-message'; er.id = 'error-message-vaadin-radio-group-' + n; er.setAttribute('aria-live', 'assertive');
      this.insertBefore(l, this.firstChild);
      this.appendChild(er);
      this.setAttribute('aria-labelledby', l.id);
      this.addEventListener('change', function (e) {
        var t = e.target;
        var rb = t && t.closest ? t.closest('vaadin-radio-button') : null;
        if (!rb || rb.parentElement !== self || !t.checked) return;
        if (self.value !== rb.value) { self._p_value = rb.value; self._sync(); self.fire('value-changed', { value: rb.value }); }
      });
      this.addEventListener('focusin', function () { attr(self, 'focused', true); });
      this.addEventListener('focusout', function () { attr(self, 'focused', false); });
    }
    this._sync();
  }
  changed() { if (this._b) this._sync(); }
  _sync() {
    var self = this;
    this._label.textContent = this.label || '';
    attr(this, 'has-label', !!this.label);
    attr(this, 'required', !!this.required);
    var inv = !!this.invalid;
    attr(this, 'invalid', inv);
    if (inv) this.setAttribute('aria-invalid', 'true'); else this.removeAttribute('aria-invalid');
    var msg = inv && this.errorMessage ? String(this.errorMessage) : '';
    this._err.textContent = msg;
    attr(this, 'has-error-message', !!msg);
    Array.prototype.forEach.call(this.children, function (r) {
      if (r.localName === 'vaadin-radio-button' && r._group) r._group(self._name, self.value != null && self.value !== '' && r.value === self.value, !!self.disabled || !!self.readonly);
    });
  }
}
props(RadioGroup, ['label', 'value', 'required', 'invalid', 'errorMessage', 'disabled', 'readonly', 'helperText']);
RadioGroup.html = '<div class="vaadin-group-field-container"><div part="label"><slot name="label"></slot><span part="required-indicator" aria-hidden="true"></span></div><div part="group-field"><slot></slot></div><div part="helper-text"><slot name="helper"></slot></div><div part="error-message"><slot name="error-message"></slot></div></div><slot name="tooltip"></slot>';
RadioGroup.css = ':host{display:inline-flex;outline:none;padding:var(--lumo-space-xs) 0;font-family:var(--lumo-font-family);font-size:var(--lumo-font-size-m);line-height:var(--lumo-line-height-m);color:var(--lumo-body-text-color);position:relative}:host([hidden]){display:none!important}.vaadin-group-field-container{display:flex;flex-direction:column;width:100%}' + LABEL_CSS + '[part=group-field]{display:flex;flex-wrap:wrap}:host([theme~=vertical]) [part=group-field]{flex-direction:column}';

class RadioButton extends Base {
  connectedCallback() {
    if (!this._b) {
      this._b = true;
      var self = this;
      var n = uniq();
      var i = this._input = document.createElement('input');
      i.type = 'radio'; i.slot = 'input'; i.id = 'input-vaadin-radio-button-' + n;
      var l = this._label = document.createElement('label');
      l.slot = 'label'; l.htmlFor = i.id; l.id = 'label-vaadin-radio-button-' + n;
      this.appendChild(i); this.appendChild(l);
      i.addEventListener('change', function () { self._p_checked = i.checked; attr(self, 'checked', i.checked); });
      i.addEventListener('focus', function () { attr(self, 'focused', true); attr(self, 'focus-ring', kbd); });
      i.addEventListener('blur', function () { attr(self, 'focused', false); attr(self, 'focus-ring', false); });
    }
    this._sync();
    var g = this.parentElement;
    if (g && g.localName === 'vaadin-radio-group' && g._b) g._sync();
  }
  changed() { if (this._b) this._sync(); }
  _sync() {
    this._label.textContent = this.label || '';
    attr(this, 'has-label', !!this.label);
    this._input.value = this.value == null ? 'on' : String(this.value);
    this._input.checked = !!this.checked;
    attr(this, 'checked', !!this.checked);
  }
  _group(name, checked, disabled) {
    this._p_checked = checked;
    if (!this._b) return;
    this._input.name = name;
    this._input.checked = checked;
    attr(this, 'checked', checked);
    this._input.disabled = disabled;
    attr(this, 'disabled', disabled);
  }
}
props(RadioButton, ['label', 'value', 'checked', 'disabled']);
RadioButton.html = '<div class="vaadin-radio-button-container"><div part="radio" aria-hidden="true"></div><slot name="input"></slot><slot name="label"></slot></div><slot name="tooltip"></slot>';
RadioButton.css = ':host{display:inline-block;-webkit-tap-highlight-color:transparent;outline:none;color:var(--lumo-body-text-color);font-size:var(--lumo-font-size-m);font-family:var(--lumo-font-family);line-height:var(--lumo-line-height-s);padding-right:var(--lumo-space-s);cursor:var(--lumo-clickable-cursor)}:host([hidden]){display:none!important}.vaadin-radio-button-container{display:grid;grid-template-columns:auto 1fr;align-items:center}'
  + '[part=radio],::slotted(input),::slotted(label){grid-row:1}[part=radio],::slotted(input){grid-column:1}[part=radio]{width:calc(var(--lumo-size-m) / 2);height:calc(var(--lumo-size-m) / 2);margin:var(--lumo-space-xs);position:relative;border-radius:50%;background-color:var(--lumo-contrast-20pct);transition:transform .2s cubic-bezier(.12,.32,.54,2),background-color .15s;will-change:transform;cursor:var(--lumo-clickable-cursor)}'
  + '[part=radio]::after{content:"";pointer-events:none;width:0;height:0;border:3px solid var(--lumo-primary-contrast-color);border-radius:50%;position:absolute;top:50%;left:50%;transform:translate(-50%,-50%) scale(0);transition:.25s transform}:host([checked]) [part=radio]{background-color:var(--lumo-primary-color)}:host([checked]) [part=radio]::after{transform:translate(-50%,-50%)}:host(:hover:not([checked]):not([disabled])) [part=radio]{background-color:var(--lumo-contrast-30pct)}:host([active]) [part=radio]{transform:scale(.9)}'
  + ':host([focus-ring]) [part=radio]{box-shadow:0 0 0 1px var(--lumo-base-color),0 0 0 3px var(--lumo-primary-color-50pct)}::slotted(input){opacity:0;cursor:inherit;margin:0;align-self:stretch;-webkit-appearance:none;width:initial;height:initial;z-index:1}::slotted(label){grid-column:2;padding:var(--lumo-space-xs) var(--lumo-space-s) var(--lumo-space-xs) var(--lumo-space-xs);cursor:inherit}:host([disabled]){pointer-events:none;color:var(--lumo-disabled-text-color)}';

// ----- overlays: stacking, modality (aria-hidden siblings), focus trap, Esc -----
var stack = [];
function topModal() { for (var k = stack.length - 1; k >= 0; k--) if (stack[k]._o && stack[k]._o.modal) return stack[k]; return null; }
var KEEP = ['vaadin-notification-container', 'vaadin-connection-indicator', 'vaadin-combo-box-overlay', 'script', 'style'];
function modality() {
  var top = topModal();
  var ti = stack.indexOf(top);
  document.body.style.pointerEvents = top ? 'none' : '';
  Array.prototype.forEach.call(document.body.children, function (c) {
    var si = stack.indexOf(c);
    var keep = !top || (si >= 0 && si >= ti) || KEEP.indexOf(c.localName) >= 0 || c.classList.contains('v-system-error');
    if (!keep) { if (!c.hasAttribute('aria-hidden')) { c.setAttribute('aria-hidden', 'true'); c.__vHidden = true; } }
    else if (c.__vHidden) { c.removeAttribute('aria-hidden'); c.__vHidden = false; }
  });
}
function focusables(ov) {
  var out = [];
  if (ov.$.overlay) out.push(ov.$.overlay);
  ov.querySelectorAll('input,button,select,textarea,a[href],[tabindex]').forEach(function (el) {
    if (el.disabled || el.type === 'hidden' || el.getAttribute('tabindex') === '-1') return;
    if (!el.getClientRects().length) return;
    out.push(el);
  });
  return out;
}
document.addEventListener('keydown', function (e) {
  var top = stack[stack.length - 1];
  if (!top) return;
  if (e.key === 'Escape') {
    var ev = new CustomEvent('vaadin-overlay-escape-press', { cancelable: true, detail: { sourceEvent: e } });
    top.dispatchEvent(ev);
    if (!ev.defaultPrevented && top.owner && top.owner._escape) top.owner._escape();
  } else if (e.key === 'Tab') {
    var m = topModal();
    if (!m) return;
    var list = focusables(m);
    if (!list.length) return;
    var i = list.indexOf(deepActive());
    if (i < 0) { e.preventDefault(); list[0].focus(); }
    else if (e.shiftKey && i === 0) { e.preventDefault(); list[list.length - 1].focus(); }
    else if (!e.shiftKey && i === list.length - 1) { e.preventDefault(); list[0].focus(); }
  }
});
class OverlayBase extends Base {
  open(owner, o) {
    this.owner = owner;
    this._o = o || {};
    this._restore = deepActive();
    document.body.appendChild(this);
    this.removeAttribute('closing');
    this.setAttribute('opened', '');
    this.setAttribute('opening', '');
    attr(this, 'with-backdrop', !!this._o.backdrop);
    if (this.$.backdrop) this.$.backdrop.hidden = !this._o.backdrop;
    if (stack.indexOf(this) < 0) stack.push(this);
    this.style.zIndex = String(200 + stack.length);
    modality();
    var self = this;
    animDone(this, function () { self.removeAttribute('opening'); });
    if (this._o.focus) this._o.focus(); else if (this.$.overlay) this.$.overlay.focus();
  }
  close() {
    if (!this.hasAttribute('opened')) return;
    var self = this;
    stack = stack.filter(function (x) { return x !== self; });
    this.removeAttribute('opened');
    this.removeAttribute('opening');
    this.setAttribute('closing', '');
    modality();
    animDone(this, function () { if (!self.hasAttribute('opened')) { self.removeAttribute('closing'); self.remove(); } });
    var r = this._restore;
    if (this._o.restore && r && r.isConnected && r.focus) r.focus();
  }
}
var DIALOG_OV_CSS = ':host{position:fixed;inset:0;z-index:200;display:flex;align-items:center;justify-content:center;pointer-events:auto;outline:none;-webkit-tap-highlight-color:transparent;font-family:var(--lumo-font-family)}:host(:not([opened]):not([closing])){display:none!important}'
  + '[part=backdrop]{position:fixed;inset:0;background-color:var(--lumo-shade-20pct);animation:.2s lumo-overlay-backdrop-enter both;will-change:opacity}[part=backdrop][hidden]{display:none}'
  + '[part=overlay]{position:relative;display:flex;flex-direction:column;max-height:calc(100% - 2 * var(--lumo-space-m));max-width:calc(100% - 2 * var(--lumo-space-m));min-width:12em;outline:none;overflow:hidden;background-color:var(--lumo-base-color);background-image:linear-gradient(var(--lumo-tint-5pct),var(--lumo-tint-5pct));border-radius:var(--lumo-border-radius-l);box-shadow:0 0 0 1px var(--lumo-shade-5pct),var(--lumo-box-shadow-xl);color:var(--lumo-body-text-color);font-size:var(--lumo-font-size-m);line-height:var(--lumo-line-height-m)}'
  + '.resizer-container{display:flex;flex-direction:column;overflow:auto;flex-grow:1;max-height:inherit}[part=header]{display:flex;align-items:center;flex:none;padding:var(--lumo-space-m) var(--lumo-space-l);gap:var(--lumo-space-xs)}[part=title]{flex:1}'
  + '[part=content]{padding:var(--lumo-space-l);flex:1;overflow:auto}[part=footer]{display:flex;align-items:center;flex:none;gap:var(--lumo-space-s);padding:var(--lumo-space-s) var(--lumo-space-m);background-color:var(--lumo-contrast-5pct);justify-content:flex-end}::slotted([slot=footer]){display:contents}'
  + ':host([opening]) [part=overlay]{animation:.12s .05s vaadin-dialog-enter cubic-bezier(.215,.61,.355,1) both}:host([closing]) [part=overlay]{animation:.1s .03s vaadin-dialog-exit cubic-bezier(.55,.055,.675,.19) both}:host([closing]) [part=backdrop]{animation:.1s lumo-overlay-backdrop-exit both}'
  + '@keyframes vaadin-dialog-enter{0%{opacity:0;transform:scale(.95)}}@keyframes vaadin-dialog-exit{100%{opacity:0;transform:scale(1.02)}}@keyframes lumo-overlay-backdrop-enter{0%{opacity:0}}@keyframes lumo-overlay-backdrop-exit{100%{opacity:0}}';

// ----- dialog -----
class DialogOverlay extends OverlayBase {}
DialogOverlay.html = '<div part="backdrop" id="backdrop" hidden></div><div part="overlay" id="overlay" tabindex="0"><section id="resizerContainer" class="resizer-container"><header part="header"><div part="title"><slot name="title"></slot></div><div part="header-content"><slot name="header-content"></slot></div></header><div part="content" id="content"><slot></slot></div><footer part="footer" role="toolbar"><slot name="footer"></slot></footer></section></div>';
DialogOverlay.css = DIALOG_OV_CSS + ':host(:not([has-title])) [part=header]{display:none}:host([has-title]) [part=content]{padding-top:0}:host(:not([has-footer])) [part=footer]{display:none}::slotted([slot=title]){font-size:var(--lumo-font-size-xl);font-weight:600;color:var(--lumo-header-text-color);line-height:var(--lumo-line-height-xs);margin:0}';
class Dialog extends Base {
  constructor() {
    super();
    var ov = this._ov = document.createElement('vaadin-dialog-overlay');
    ov.owner = this;
    ov.id = 'overlay';
    ov.setAttribute('role', 'dialog');
    var t = this._title = document.createElement('h2');
    t.slot = 'title'; t.className = 'draggable'; t.id = 'vaadin-dialog-title-' + uniq();
    var f = this._footer = document.createElement('div');
    f.slot = 'footer';
    ov.appendChild(f);
  }
  __flowInsert(el, ref) { this._ov.insertBefore(el, ref && ref.parentNode === this._ov ? ref : this._footer); }
  __flowVirtual(name, els) {
    if (name !== 'footer') return;
    var f = this._footer;
    els.forEach(function (el) { f.appendChild(el); });
    attr(this._ov, 'has-footer', f.children.length > 0);
  }
  changed(n) {
    if (n === 'headerTitle') {
      var t = this._title;
      t.textContent = this.headerTitle || '';
      if (this.headerTitle) { if (!t.parentNode) this._ov.insertBefore(t, this._ov.firstChild); this._ov.setAttribute('aria-labelledby', t.id); } else t.remove();
      attr(this._ov, 'has-title', !!this.headerTitle);
      attr(this._ov, 'has-header', !!this.headerTitle);
    }
    if (n === 'opened' || n === 'modeless') this._openChanged();
  }
  connectedCallback() { this._openChanged(); }
  disconnectedCallback() { var self = this; queueMicrotask(function () { if (!self.isConnected && self._ov.hasAttribute('opened')) self._ov.close(); }); }
  _openChanged() {
    if (this.opened && this.isConnected && !this._ov.hasAttribute('opened')) this._ov.open(this, { modal: !this.modeless, backdrop: !this.modeless });
    else if (!this.opened && this._ov.hasAttribute('opened')) this._ov.close();
  }
  _escape() { if (this.noCloseOnEsc) return; this.opened = false; this.fire('opened-changed', { value: false }); this.fire('closed'); }
}
props(Dialog, ['opened', 'headerTitle', 'modeless', 'noCloseOnEsc', 'noCloseOnOutsideClick', 'draggable', 'resizable']);
Dialog.html = '';
Dialog.css = ':host{display:none!important}';

// ----- confirm dialog -----
class ConfirmDialogOverlay extends OverlayBase {}
ConfirmDialogOverlay.html = '<div part="backdrop" id="backdrop" hidden></div><div part="overlay" id="overlay" tabindex="0"><section id="resizerContainer" class="resizer-container"><header part="header"><slot name="header"></slot></header><div part="content" id="content"><div part="message"><slot></slot></div></div><footer part="footer" role="toolbar"><div class="cancel-button"><slot name="cancel-button"></slot></div><div class="reject-button"><slot name="reject-button"></slot></div><div class="confirm-button"><slot name="confirm-button"></slot></div></footer></section></div>';
ConfirmDialogOverlay.css = DIALOG_OV_CSS + '[part=header]{padding:var(--lumo-space-m) var(--lumo-space-l) 0}::slotted([slot=header]){margin:0!important;font-size:var(--lumo-font-size-xl);font-weight:600;color:var(--lumo-header-text-color);line-height:var(--lumo-line-height-xs)}[part=content]{padding:var(--lumo-space-m) var(--lumo-space-l)}[part=message]{width:25em;min-width:100%;max-width:100%}.cancel-button{flex-grow:1}.reject-button{display:none}';
class ConfirmDialog extends Base {
  constructor() {
    super();
    var self = this;
    var ov = this._ov = document.createElement('vaadin-confirm-dialog-overlay');
    ov.owner = this;
    ov.setAttribute('role', 'alertdialog');
    var hd = this._h = document.createElement('h3');
    hd.slot = 'header'; hd.id = 'confirm-dialog-header-' + uniq();
    var msg = this._m = document.createElement('div');
    msg.id = 'confirm-dialog-message-' + uniq();
    var cb = this._cb = document.createElement('vaadin-button');
    cb.slot = 'cancel-button'; cb.setAttribute('theme', 'tertiary');
    var ok = this._ok = document.createElement('vaadin-button');
    ok.slot = 'confirm-button'; ok.setAttribute('theme', 'primary');
    ov.appendChild(hd); ov.appendChild(msg); ov.appendChild(cb); ov.appendChild(ok);
    ov.setAttribute('aria-labelledby', hd.id);
    ov.setAttribute('aria-describedby', msg.id);
    cb.addEventListener('click', function () { self._do('cancel'); });
    ok.addEventListener('click', function () { self._do('confirm'); });
  }
  _do(type) { this.fire(type); this.opened = false; this.fire('opened-changed', { value: false }); }
  _escape() { if (!this.noCloseOnEsc) this._do('cancel'); }
  changed(n) { this._texts(); if (n === 'opened') this._openChanged(); }
  _texts() {
    this._h.textContent = this.header || '';
    this._m.textContent = this.message || '';
    this._cb.textContent = this.cancelText || 'Cancel';
    this._ok.textContent = this.confirmText || 'Confirm';
    this._cb.hidden = !this.cancelButtonVisible;
  }
  connectedCallback() { this._openChanged(); }
  disconnectedCallback() { var self = this; queueMicrotask(function () { if (!self.isConnected && self._ov.hasAttribute('opened')) self._ov.close(); }); }
  _openChanged() {
    var ok = this._ok;
    if (this.opened && this.isConnected && !this._ov.hasAttribute('opened')) { this._texts(); this._ov.open(this, { modal: true, backdrop: true, restore: true, focus: function () { ok.focus(); } }); }
    else if (!this.opened && this._ov.hasAttribute('opened')) this._ov.close();
  }
}
props(ConfirmDialog, ['opened', 'header', 'message', 'confirmText', 'cancelText', 'cancelButtonVisible', 'noCloseOnEsc']);
ConfirmDialog.html = '';
ConfirmDialog.css = ':host{display:none!important}';

// ----- login overlay -----
class LoginOverlayWrapper extends OverlayBase {
  setTexts(title, desc) { this.$.title.textContent = title; this.$.desc.textContent = desc; }
}
LoginOverlayWrapper.html = '<div part="backdrop" id="backdrop" hidden></div><div part="overlay" id="overlay" tabindex="0"><div part="content" id="content"><section part="card"><div part="brand"><slot name="title"><h1 part="title" id="title"></h1></slot><p part="description" id="desc"></p></div><div part="form"><slot></slot></div></section></div></div>';
LoginOverlayWrapper.css = ':host{position:fixed;inset:0;z-index:200;display:flex;align-items:stretch;justify-content:center;pointer-events:auto;outline:none;font-family:var(--lumo-font-family);color:var(--lumo-body-text-color)}:host(:not([opened]):not([closing])){display:none!important}'
  + '[part=backdrop]{position:fixed;inset:0;background:var(--lumo-base-color) linear-gradient(var(--lumo-shade-5pct),var(--lumo-shade-5pct))}[part=backdrop][hidden]{display:none}[part=overlay]{position:relative;margin:auto;outline:none;max-width:100%;max-height:100%;overflow:auto}'
  + '[part=card]{display:flex;flex-direction:column;width:calc(var(--lumo-size-m) * 10);max-width:100%;background:var(--lumo-base-color);border-radius:var(--lumo-border-radius-l);box-shadow:var(--lumo-box-shadow-s);overflow:hidden}'
  + '[part=brand]{box-sizing:border-box;overflow:hidden;flex-grow:1;flex-shrink:0;display:flex;flex-direction:column;justify-content:flex-end;padding:var(--lumo-space-l) var(--lumo-space-xl) var(--lumo-space-l) var(--lumo-space-l);background-color:var(--lumo-primary-color);color:var(--lumo-primary-contrast-color);min-height:calc(var(--lumo-size-m) * 5)}'
  + '[part=title]{color:inherit;margin:0;font-size:var(--lumo-font-size-xxxl);font-weight:600;line-height:var(--lumo-line-height-xs)}[part=description]{line-height:var(--lumo-line-height-s);margin:var(--lumo-space-s) 0 0;opacity:.85}'
  + '@media (orientation: landscape) and (min-width: 600px){[part=card]{flex-direction:row;width:auto;align-items:stretch}[part=brand]{width:calc(var(--lumo-size-m) * 11);justify-content:flex-start;padding:var(--lumo-space-xl) var(--lumo-space-l)}[part=form]{width:calc(var(--lumo-size-m) * 10)}}'
  + ':host([opening]) [part=overlay]{animation:.2s lumo-login-enter ease-out both}:host([closing]){animation:.15s lumo-login-exit both}@keyframes lumo-login-enter{0%{opacity:0;transform:translateY(10px)}}@keyframes lumo-login-exit{100%{opacity:0}}';
class LoginFormWrapper extends Base {
  setTexts(title, errTitle, errMsg, info) { this.$.ftitle.textContent = title; this.$.errTitle.textContent = errTitle || ''; this.$.errMsg.textContent = errMsg || ''; this.$.info.textContent = info || ''; this.$.info.hidden = !info; }
  set error(v) { this.$.err.hidden = !v; attr(this, 'error', !!v); }
  get error() { return this.hasAttribute('error'); }
}
LoginFormWrapper.html = '<section part="form"><h2 part="form-title" id="ftitle"></h2><div part="error-message" id="err" hidden><strong part="error-message-title" id="errTitle"></strong><p part="error-message-description" id="errMsg"></p></div><slot name="form"></slot><slot name="custom-form-area"></slot><slot name="submit"></slot><slot name="forgot-password"></slot><div part="footer"><slot name="footer"></slot><p id="info"></p></div></section>';
LoginFormWrapper.css = ':host{display:block;max-width:100%;color:var(--lumo-body-text-color);font-size:var(--lumo-font-size-m);font-family:var(--lumo-font-family);line-height:var(--lumo-line-height-m)}[part=form]{padding:var(--lumo-space-l);display:flex;flex-direction:column;box-sizing:border-box;height:100%}'
  + '[part=form-title]{margin:var(--lumo-space-s) 0;font-size:var(--lumo-font-size-xl);font-weight:600;color:var(--lumo-header-text-color);line-height:var(--lumo-line-height-xs)}[part=error-message]{background-color:var(--lumo-error-color-10pct);padding:var(--lumo-space-m);border-radius:var(--lumo-border-radius-m);margin-top:var(--lumo-space-m);margin-bottom:var(--lumo-space-s);color:var(--lumo-error-text-color)}[part=error-message][hidden]{display:none}'
  + '[part=error-message-title]{display:block;font-weight:600}[part=error-message-description]{font-size:var(--lumo-font-size-s);line-height:var(--lumo-line-height-s);margin:var(--lumo-space-xs) 0 0}::slotted([slot=form]){display:flex;flex-direction:column}::slotted([slot=submit]){margin-top:var(--lumo-space-l);margin-bottom:var(--lumo-space-s)}::slotted([slot=forgot-password]){margin:var(--lumo-space-s) auto}'
  + '[part=footer]{font-size:var(--lumo-font-size-xs);line-height:var(--lumo-line-height-s);color:var(--lumo-secondary-text-color)}[part=footer] p{margin:var(--lumo-space-s) 0 0}[hidden]{display:none!important}';
class LoginOverlay extends Base {
  constructor() {
    super();
    var self = this;
    var ov = this._ov = document.createElement('vaadin-login-overlay-wrapper');
    ov.id = 'vaadinLoginOverlayWrapper'; ov.owner = this;
    var fw = this._fw = document.createElement('vaadin-login-form-wrapper');
    fw.id = 'vaadinLoginFormWrapper'; fw.setAttribute('theme', 'with-overlay');
    var form = this._form = document.createElement('form');
    form.method = 'POST'; form.slot = 'form';
    var u = this._u = document.createElement('vaadin-text-field');
    u.name = 'username'; u.id = 'vaadinLoginUsername'; u.required = true; u.autocomplete = 'username'; u._autoValid = true;
    u.setAttribute('autocapitalize', 'none'); u.setAttribute('autocorrect', 'off'); u.setAttribute('spellcheck', 'false'); u.style.width = '100%';
    var p = this._p = document.createElement('vaadin-password-field');
    p.name = 'password'; p.id = 'vaadinLoginPassword'; p.required = true; p.autocomplete = 'current-password'; p._autoValid = true; p.style.width = '100%';
    var sb = this._sb = document.createElement('vaadin-button');
    sb.slot = 'submit'; sb.setAttribute('theme', 'primary contained submit');
    var fp = this._fp = document.createElement('vaadin-button');
    fp.slot = 'forgot-password'; fp.setAttribute('theme', 'tertiary small');
    form.appendChild(u); form.appendChild(p);
    fw.appendChild(form); fw.appendChild(sb); fw.appendChild(fp);
    ov.appendChild(fw);
    this._custom = [];
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    sb.addEventListener('click', function () { self.submit(); });
    fp.addEventListener('click', function () { self.fire('forgot-password'); });
    u.addEventListener('keydown', function (e) { if (e.key === 'Enter') self._enter(u); });
    p.addEventListener('keydown', function (e) { if (e.key === 'Enter') self._enter(p); });
    fw.addEventListener('keydown', function (e) {
      var t = e.target;
      if (e.key === 'Enter' && t && t.localName === 'input' && self._custom.some(function (c) { return c.contains(t); })) self.submit();
    });
    ov.addEventListener('vaadin-overlay-escape-press', function (e) { e.preventDefault(); });
  }
  __flowInsert(el, ref) {
    var slot = el.getAttribute ? el.getAttribute('slot') : null;
    if (slot === 'custom-form-area' || slot === 'footer') {
      if (this._custom.indexOf(el) < 0) this._custom.push(el);
      this._fw.insertBefore(el, ref && ref.parentNode === this._fw ? ref : (slot === 'footer' ? null : this._sb));
    } else this.appendChild(el);
  }
  __flowRemove(el) { this._custom = this._custom.filter(function (c) { return c !== el; }); el.remove(); }
  changed(n, v) {
    if (n === 'opened') { this._openChanged(); return; }
    if (n === 'error') { this._fw.error = !!v; attr(this, 'error', !!v); }
    if (n === 'disabled') { this._sb.disabled = !!v; attr(this, 'disabled', !!v); }
    this._i18n();
  }
  _i18n() {
    var i = this.i18n || {};
    var hd = i.header || {};
    var f = i.form || {};
    var em = i.errorMessage || {};
    this._ov.setTexts(this.title || hd.title || 'App name', this.description || hd.description || '');
    this._fw.setTexts(f.title || 'Log in', em.title || 'Incorrect username or password', em.message || 'Check that you have entered the correct username and password and try again.', i.additionalInformation || '');
    this._u.label = f.username || 'Username';
    this._p.label = f.password || 'Password';
    this._sb.textContent = f.submit || 'Log in';
    this._fp.textContent = f.forgotPassword || 'Forgot password';
    this._fp.hidden = !!this.noForgotPassword;
  }
  _enter(f) {
    if (f === this._u) {
      if (!this._u.value) { this._u.invalid = true; return; }
      if (!this._p.value) { this._p.focus(); return; }
    }
    this.submit();
  }
  submit() {
    if (this.disabled) return;
    var u = this._u, p = this._p;
    u.invalid = !u.value; p.invalid = !p.value;
    if (u.invalid) { u.focus(); return; }
    if (p.invalid) { p.focus(); return; }
    this.error = false;
    this.disabled = true;
    var custom = {};
    this._custom.forEach(function (c) {
      [c].concat(Array.prototype.slice.call(c.querySelectorAll('*'))).forEach(function (x) {
        if (x.localName && x.localName.indexOf('vaadin-') === 0 && x.name) custom[x.name] = x.value == null ? '' : x.value;
      });
    });
    this.fire('login', { username: u.value, password: p.value, custom: custom }, { cancelable: true });
  }
  connectedCallback() { this._openChanged(); }
  disconnectedCallback() { var self = this; queueMicrotask(function () { if (!self.isConnected && self._ov.hasAttribute('opened')) self._ov.close(); }); }
  _openChanged() {
    var self = this;
    if (this.opened && this.isConnected && !this._ov.hasAttribute('opened')) {
      this._i18n();
      this._ov.open(this, { modal: true, backdrop: true, focus: function () { if (!self.noAutofocus) self._u.focus(); } });
    } else if (!this.opened && this._ov.hasAttribute('opened')) this._ov.close();
  }
}
props(LoginOverlay, ['opened', 'title', 'description', 'error', 'disabled', 'i18n', 'noForgotPassword', 'noAutofocus']);
LoginOverlay.html = '';
LoginOverlay.css = ':host{display:none!important}';

// ----- notification -----
var ncontainer = null;
function notificationContainer() {
  if (!ncontainer) ncontainer = document.createElement('vaadin-notification-container');
  if (!ncontainer.isConnected) { document.body.appendChild(ncontainer); ncontainer.setAttribute('opened', ''); }
  return ncontainer;
}
class NotificationContainer extends Base {}
NotificationContainer.html = '<div region="top-stretch"><slot name="top-stretch"></slot></div><div region-group="top"><div region="top-start"><slot name="top-start"></slot></div><div region="top-center"><slot name="top-center"></slot></div><div region="top-end"><slot name="top-end"></slot></div></div><div region="middle"><slot name="middle"></slot></div><div region-group="bottom"><div region="bottom-start"><slot name="bottom-start"></slot></div><div region="bottom-center"><slot name="bottom-center"></slot></div><div region="bottom-end"><slot name="bottom-end"></slot></div></div><div region="bottom-stretch"><slot name="bottom-stretch"></slot></div>';
NotificationContainer.css = ':host{position:fixed;z-index:1000;inset:0;box-sizing:border-box;display:flex;flex-direction:column;align-items:stretch;pointer-events:none;padding:var(--lumo-space-s) var(--lumo-space-m)}[region-group]{flex:1 1 0%;display:flex}[region-group=top]{align-items:flex-start}[region-group=bottom]{align-items:flex-end}[region-group]>[region]{flex:1 1 0%}[region]{display:flex;flex-direction:column}[region=top-center],[region=bottom-center]{align-items:center}[region=top-end],[region=bottom-end]{align-items:flex-end}[region=top-start],[region=bottom-start]{align-items:flex-start}';
class NotificationCard extends Base {}
NotificationCard.html = '<div part="overlay"><div part="content"><slot></slot></div></div>';
NotificationCard.css = ':host{display:block;pointer-events:auto;margin:var(--lumo-space-xs) 0;max-width:min(40em, calc(100vw - 2 * var(--lumo-space-m)))}[part=overlay]{display:flex;align-items:stretch;background:var(--lumo-base-color) linear-gradient(var(--lumo-contrast-5pct),var(--lumo-contrast-5pct));border-radius:var(--lumo-border-radius-l);box-shadow:0 0 0 1px var(--lumo-contrast-10pct),var(--lumo-box-shadow-l);font-family:var(--lumo-font-family);font-size:var(--lumo-font-size-m);font-weight:400;line-height:var(--lumo-line-height-s);color:var(--lumo-body-text-color)}'
  + '[part=content]{padding:var(--lumo-space-wide-l);display:flex;align-items:center;justify-content:space-between}:host([theme~=success]) [part=overlay]{background:var(--lumo-success-color);color:var(--lumo-success-contrast-color);box-shadow:var(--lumo-box-shadow-l)}:host([theme~=error]) [part=overlay]{background:var(--lumo-error-color);color:var(--lumo-error-contrast-color);box-shadow:var(--lumo-box-shadow-l)}:host([theme~=contrast]) [part=overlay]{background:var(--lumo-contrast);color:var(--lumo-base-color)}'
  + ':host([opening]){animation:.3s lumo-notification-enter-fade-in both}:host([slot^=bottom][opening]){animation:.3s lumo-notification-enter-slide-up both}:host([closing]){animation:.3s lumo-notification-exit-fade-out both}@keyframes lumo-notification-enter-fade-in{0%{opacity:0}}@keyframes lumo-notification-enter-slide-up{0%{opacity:0;transform:translateY(100%)}}@keyframes lumo-notification-exit-fade-out{100%{opacity:0}}';
class Notification extends Base {
  changed(n) { if (n === 'opened') this._upd(); if (n === 'text' && this._card) this._card.textContent = this.text || ''; }
  connectedCallback() { this._upd(); }
  disconnectedCallback() { var self = this; queueMicrotask(function () { if (!self.isConnected && self._card) self._hide(); }); }
  _upd() { if (this.opened && this.isConnected && !this._card) this._show(); else if (!this.opened && this._card) this._hide(); }
  _show() {
    var self = this;
    var c = this._card = document.createElement('vaadin-notification-card');
    c.owner = this;
    var pos = this.position || 'bottom-start';
    c.slot = pos;
    var th = this.getAttribute('theme');
    if (th) c.setAttribute('theme', th);
    c.setAttribute('role', 'alert');
    c.textContent = this.text || '';
    var ct = notificationContainer();
    if (pos.indexOf('top') === 0) ct.insertBefore(c, ct.firstChild); else ct.appendChild(c);
    c.setAttribute('opening', '');
    animDone(c, function () { c.removeAttribute('opening'); });
    var d = this.duration == null ? 5000 : this.duration;
    if (d > 0) this._t = setTimeout(function () { self.close(); }, d);
  }
  close() { if (!this.opened) return; this.opened = false; this.fire('opened-changed', { value: false }); }
  _hide() {
    var c = this._card;
    this._card = null;
    clearTimeout(this._t);
    c.setAttribute('closing', '');
    animDone(c, function () {
      c.remove();
      if (ncontainer && !ncontainer.querySelector('vaadin-notification-card')) { ncontainer.removeAttribute('opened'); ncontainer.remove(); }
    });
  }
}
props(Notification, ['opened', 'text', 'duration', 'position']);
Notification.html = '';
Notification.css = ':host{display:none!important}';

// ----- grid (all rows visible: no virtual scrolling needed for a few rows) -----
class GridCellContent extends HTMLElement {}
class Grid extends Base {
  connectedCallback() { this._render(); }
  changed() { if (this.isConnected) this._render(); }
  _render() {
    var self = this;
    var cols = this.columns || [];
    var rows = this.items || [];
    Array.prototype.slice.call(this.children).forEach(function (c) { if (c.localName === 'vaadin-grid-cell-content') c.remove(); });
    var thead = this.$.header;
    var tbody = this.$.items;
    thead.innerHTML = ''; tbody.innerHTML = '';
    function cell(tagName, part, role, text) {
      var n = uniq();
      var td = document.createElement(tagName);
      td.setAttribute('part', part); td.setAttribute('role', role); td.tabIndex = -1;
      td.innerHTML = '<slot name="vaadin-grid-cell-content-' + n + '"></slot>';
      var cc = document.createElement('vaadin-grid-cell-content');
      cc.slot = 'vaadin-grid-cell-content-' + n;
      cc.textContent = text;
      self.appendChild(cc);
      return td;
    }
    var hr = document.createElement('tr');
    hr.setAttribute('part', 'row header-row'); hr.setAttribute('role', 'row'); hr.setAttribute('aria-rowindex', '1');
    cols.forEach(function (c) { hr.appendChild(cell('th', 'cell header-cell', 'columnheader', c.header || '')); });
    thead.appendChild(hr);
    rows.forEach(function (r, i) {
      var tr = document.createElement('tr');
      tr.setAttribute('part', 'row body-row' + (i === 0 ? ' first-row' : '') + (i === rows.length - 1 ? ' last-row' : ''));
      tr.setAttribute('role', 'row'); tr.setAttribute('aria-rowindex', String(i + 2));
      cols.forEach(function (c) { var v = r[c.path]; tr.appendChild(cell('td', 'cell body-cell', 'gridcell', v == null ? '' : String(v))); });
      tbody.appendChild(tr);
    });
    this.$.table.setAttribute('aria-rowcount', String(rows.length + 1));
    this.$.table.setAttribute('aria-colcount', String(cols.length));
  }
}
props(Grid, ['columns', 'items']);
Grid.html = '<div id="scroller"><table id="table" role="treegrid" aria-multiselectable="true" tabindex="0"><thead id="header" role="rowgroup"></thead><tbody id="items" role="rowgroup"></tbody></table></div>';
Grid.css = ':host{display:flex;flex-direction:column;height:400px;flex:1 1 auto;align-self:stretch;position:relative;font-family:var(--lumo-font-family);font-size:var(--lumo-font-size-m);line-height:var(--lumo-line-height-s);color:var(--lumo-body-text-color);background-color:var(--lumo-base-color);box-sizing:border-box;border:1px solid var(--lumo-contrast-10pct)}:host([all-rows-visible]){height:auto}:host([hidden]){display:none!important}#scroller{overflow:auto;position:relative}table{width:100%;border-collapse:collapse;border-spacing:0;outline:none}'
  + '[part~=cell]{height:var(--lumo-size-m);padding:var(--lumo-space-xs) var(--lumo-space-m);text-align:left;box-sizing:border-box;vertical-align:middle;font-weight:inherit;outline:none}[part~=header-cell]{font-size:var(--lumo-font-size-s);font-weight:500;color:var(--lumo-secondary-text-color)}[part~=body-cell]{border-top:1px solid var(--lumo-contrast-10pct)}:host([theme~=row-stripes]) tbody tr:nth-child(even) [part~=body-cell]{background-image:linear-gradient(var(--lumo-contrast-5pct),var(--lumo-contrast-5pct))}';

class ConnectionIndicator extends HTMLElement {
  connectedCallback() {
    if (this._b) return;
    this._b = true;
    this.innerHTML = '<div class="v-loading-indicator" style="display: none"></div><div class="v-status-message" style="display: none"><span class="v-status-message-text"></span></div>';
  }
}

define('vaadin-vertical-layout', VerticalLayout);
define('vaadin-horizontal-layout', HorizontalLayout);
define('vaadin-icon', Icon);
define('vaadin-button', Button);
define('vaadin-drawer-toggle', DrawerToggle);
define('vaadin-app-layout', AppLayout);
define('vaadin-side-nav', SideNav);
define('vaadin-side-nav-item', SideNavItem);
define('vaadin-input-container', InputContainer);
define('vaadin-text-field', TextField);
define('vaadin-password-field', PasswordField);
define('vaadin-password-field-button', PasswordFieldButton);
define('vaadin-combo-box', ComboBox);
define('vaadin-combo-box-overlay', ComboBoxOverlay);
define('vaadin-combo-box-scroller', ComboBoxScroller);
define('vaadin-combo-box-item', ComboBoxItem);
define('vaadin-radio-group', RadioGroup);
define('vaadin-radio-button', RadioButton);
define('vaadin-dialog-overlay', DialogOverlay);
define('vaadin-dialog', Dialog);
define('vaadin-confirm-dialog-overlay', ConfirmDialogOverlay);
define('vaadin-confirm-dialog', ConfirmDialog);
define('vaadin-login-overlay-wrapper', LoginOverlayWrapper);
define('vaadin-login-form-wrapper', LoginFormWrapper);
define('vaadin-login-overlay', LoginOverlay);
define('vaadin-notification-container', NotificationContainer);
define('vaadin-notification-card', NotificationCard);
define('vaadin-notification', Notification);
define('vaadin-grid-cell-content', GridCellContent);
define('vaadin-grid', Grid);
define('vaadin-connection-indicator', ConnectionIndicator);
})();
`;

// ---------------------------------------------------------------------------------------
// Client runtime, part 2: the Flow client (state-tree changes, RPC queue, router links,
// loading indicator, session-expired system error)
// ---------------------------------------------------------------------------------------

const FLOW_JS = String.raw`
(function () {
'use strict';
var cfg = window.Vaadin.TypeScript.initial.appConfig;
var nodes = new Map();
var applying = false, queue = [], inFlight = false, dead = false, syncId = -1, clientId = 0, timer = 0, timers = [];
var indicator = document.createElement('vaadin-connection-indicator');
document.body.appendChild(indicator);

function loading(on) {
  timers.forEach(clearTimeout);
  timers = [];
  var b = indicator.querySelector('.v-loading-indicator');
  if (!b) return;
  if (on) {
    timers.push(setTimeout(function () { b.className = 'v-loading-indicator first'; b.style.display = 'block'; indicator.setAttribute('loading', ''); }, 300));
    timers.push(setTimeout(function () { b.className = 'v-loading-indicator second'; }, 1500));
    timers.push(setTimeout(function () { b.className = 'v-loading-indicator third'; }, 5000));
  } else { b.style.display = 'none'; b.className = 'v-loading-indicator'; indicator.removeAttribute('loading'); }
}
function status(text) {
  var s = indicator.querySelector('.v-status-message');
  if (!s) return;
  s.firstChild.textContent = text;
  s.style.display = 'block';
  setTimeout(function () { s.style.display = 'none'; }, 5000);
}
function rec(id) {
  var r = nodes.get(id);
  if (!r) { r = { id: id, el: null, kids: [], props: {}, ls: {}, reg: {}, parent: 0 }; nodes.set(id, r); }
  return r;
}
function evalExpr(expr, event, element) {
  try { return new Function('event', 'element', 'return (' + expr + ');')(event, element); } catch (e) { return undefined; }
}
function onEvent(r, type, e) {
  var c = r.ls[type];
  if (!c || applying || dead || nodes.get(r.id) !== r) return;
  if (c.filter && !evalExpr(c.filter, e, r.el)) return;
  if (c.prevent) e.preventDefault();
  var changed = false;
  var syncs = (c.sync || []).map(function (p) {
    var v = r.el[p];
    if (v === undefined) v = null;
    if (JSON.stringify(v) !== JSON.stringify(r.props[p] === undefined ? null : r.props[p])) changed = true;
    r.props[p] = v;
    return { type: 'mSync', node: r.id, feature: 1, property: p, value: v };
  });
  if (!c.event && !changed) return;
  syncs.forEach(function (s) { queue.push(s); });
  if (c.event) {
    var data = {};
    (c.data || []).forEach(function (x) { var v = evalExpr(x, e, r.el); data[x] = v === undefined ? null : v; });
    queue.push({ type: 'event', node: r.id, event: type, data: data });
  }
  schedule();
}
function setListener(r, type, value) {
  if (!r.reg[type]) { r.reg[type] = true; r.el.addEventListener(type, function (e) { onEvent(r, type, e); }); }
  r.ls[type] = value;
}
function insertKid(r, k, pos) {
  if (!k.el) return;
  var ref = null;
  for (var j = pos + 1; j < r.kids.length; j++) { var s = nodes.get(r.kids[j]); if (s && s.el && s.el.parentNode) { ref = s.el; break; } }
  if (r.el.__flowInsert) r.el.__flowInsert(k.el, ref);
  else r.el.insertBefore(k.el, ref && ref.parentNode === r.el ? ref : null);
}
function splice(r, c) {
  var removed = r.kids.splice(c.index, c.remove);
  removed.forEach(function (id) {
    var k = nodes.get(id);
    if (k && k.parent === r.id) {
      k.parent = 0;
      if (k.el && k.el.parentNode) { if (r.el.__flowRemove) r.el.__flowRemove(k.el); else k.el.parentNode.removeChild(k.el); }
    }
  });
  var add = c.add || [];
  Array.prototype.splice.apply(r.kids, [c.index, 0].concat(add));
  add.forEach(function (id, i) { var k = rec(id); k.parent = r.id; insertKid(r, k, c.index + i); });
}
function applyChange(c) {
  var r = rec(c.node);
  if (c.type === 'attach') return;
  if (c.type === 'detach') { if (r.id !== 1) { if (r.el && r.el.parentNode) r.el.parentNode.removeChild(r.el); nodes.delete(r.id); } return; }
  if (c.type === 'splice') { if (c.feat === 2) splice(r, c); return; }
  if (c.type === 'put') {
    if (c.feat === 0) { if (c.key === 'tag' && !r.el) { r.el = c.value === '#text' ? document.createTextNode('') : document.createElement(c.value); r.el.__flowNode = r.id; } return; }
    if (c.feat === 7) { r.el.data = c.value; return; }
    if (c.feat === 3) { r.el.setAttribute(c.key, c.value); return; }
    if (c.feat === 1) { r.props[c.key] = c.value; r.el[c.key] = c.value; return; }
    if (c.feat === 4) { setListener(r, c.key, c.value); return; }
    if (c.feat === 24) {
      var els = (c.value || []).map(function (id) { var k = rec(id); k.parent = r.id; return k.el; }).filter(Boolean);
      if (r.el.__flowVirtual) r.el.__flowVirtual(c.key, els);
    }
    return;
  }
  if (c.type === 'remove') {
    if (c.feat === 3) r.el.removeAttribute(c.key);
    else if (c.feat === 1) { delete r.props[c.key]; r.el[c.key] = undefined; }
    else if (c.feat === 4) delete r.ls[c.key];
  }
}
function updateNav() {
  document.querySelectorAll('vaadin-side-nav-item').forEach(function (it) { if (it._updCurrent) it._updCurrent(); });
}
function handle(m) {
  if (!m) return;
  if (m.meta && m.meta.sessionExpired) { expired(); return; }
  if (typeof m.syncId === 'number') syncId = m.syncId;
  if (typeof m.clientId === 'number') clientId = m.clientId;
  if (m.changes) { applying = true; try { m.changes.forEach(applyChange); } finally { applying = false; } }
  if (m.execute) {
    m.execute.forEach(function (x) {
      var params = x.slice(0, -1).map(function (p) { return p && typeof p === 'object' && p['@v-node'] !== undefined ? (nodes.get(p['@v-node']) || {}).el : p; });
      try { new Function('$0', '$1', '$2', '$3', x[x.length - 1]).apply(window, params); } catch (e) { console.error(e); }
    });
  }
  updateNav();
}
function schedule() { if (!timer) timer = setTimeout(function () { timer = 0; flush(); }, 0); }
function flush() {
  if (inFlight || dead || !queue.length) return;
  var rpc = queue;
  queue = [];
  inFlight = true;
  loading(true);
  var body = JSON.stringify({ csrfToken: cfg.csrfToken, rpc: rpc, syncId: syncId, clientId: clientId });
  fetch('?v-r=uidl&v-uiId=' + cfg.uiId, { method: 'POST', headers: { 'Content-Type': 'application/json; charset=UTF-8' }, body: body, credentials: 'same-origin' })
    .then(function (res) { if (!res.ok) throw new Error('HTTP ' + res.status); return res.text(); })
    .then(function (t) { if (t.indexOf('for(;;);') === 0) t = t.slice(8); var arr = JSON.parse(t); handle(arr[0]); })
    .catch(function (err) { console.error(err); status('Server connection lost, trying to reconnect...'); })
    .then(function () { inFlight = false; loading(false); if (queue.length) schedule(); });
}
function expired() {
  dead = true;
  queue = [];
  loading(false);
  if (document.querySelector('.v-system-error')) return;
  var box = document.createElement('div');
  box.className = 'v-system-error';
  var cap = document.createElement('div');
  cap.className = 'caption';
  cap.textContent = 'Session Expired';
  var msg = document.createElement('div');
  msg.className = 'message';
  msg.innerHTML = 'Take note of any unsaved data, and <u>click here</u> or press ESC key to continue.';
  box.appendChild(cap);
  box.appendChild(msg);
  document.body.appendChild(box);
  function go() { window.location.reload(); }
  box.addEventListener('click', go);
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); go(); } }, true);
}
function navigate(loc, link) { if (dead) return; queue.push({ type: 'navigation', location: loc, link: link ? 1 : 0 }); schedule(); }
document.addEventListener('click', function (e) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  var path = e.composedPath();
  var a = null;
  for (var i = 0; i < path.length; i++) { if (path[i].localName === 'a') { a = path[i]; break; } }
  if (!a || !a.hasAttribute('href') || (a.target && a.target !== '_self') || a.hasAttribute('download') || a.hasAttribute('router-ignore')) return;
  var u = new URL(a.href, document.baseURI);
  if (u.origin !== location.origin) return;
  if (u.pathname === location.pathname && u.hash) return;
  e.preventDefault();
  navigate(u.pathname.replace(/^\//, '') + u.search, true);
});
window.addEventListener('popstate', function () { navigate(location.pathname.replace(/^\//, '') + location.search, false); updateNav(); });
setInterval(function () {
  if (dead) return;
  fetch('?v-r=heartbeat&v-uiId=' + cfg.uiId, { method: 'POST', credentials: 'same-origin' })
    .then(function (r) { if (r.status === 403 || r.status === 410) expired(); })
    .catch(function () { return null; });
}, (cfg.heartbeatInterval || 300) * 1000);
nodes.set(1, { id: 1, el: document.getElementById('outlet'), kids: [], props: {}, ls: {}, reg: {}, parent: 0 });
window.Vaadin.Flow = { clients: { ROOT: { isActive: function () { return inFlight || queue.length > 0; } } } };
handle(cfg.uidl);
})();
`;
