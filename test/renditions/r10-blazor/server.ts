/**
 * Rendition r10-blazor: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as an ASP.NET Core Blazor Web App in the
 * interactive server render mode would behave in the browser. Every page is prerendered on the server
 * (the default template's layout: a dark gradient left sidebar `nav` of NavLinks, a light top row, an
 * `article.content`, Bootstrap 5 look, `<!--Blazor:{...}-->` component markers, CSS-isolation `b-xxxx`
 * attributes); then a small script of our own (served as `_framework/blazor.web.js`) opens a WebSocket
 * to `/_blazor` (framing done by hand on Node's 'upgrade' event: text frames, client masking, no
 * extensions) and from then on every click, change, input and submit on an element with a handler goes
 * over that socket as JSON; the server answers with render batches (replace the innerHTML of an element
 * by id, append, remove, set attributes, show/hide a modal, pushState, full-page load). There is no
 * fetch/XHR and no form post after the first page load, except the Identity pages (`/Account/Login`,
 * `/Account/LoginWith2fa`), which are static server-rendered forms with a classic post, as in the
 * .NET 8 template. In-app navigation is client-side: the script pushes the URL and sends the new
 * location; the server renders the new page's markup into the layout. Every line of markup, CSS and
 * JavaScript is written here; no library files.
 *
 * Choices where the docs are silent (all invented):
 * - Login `suvidha27` / `Gst@Blazor2025`; registered mobile shown as XXXXXX4821; trade name
 *   "SAI KRUPA ENTERPRISES"; the session cookie is `.AspNetCore.Session` (server-side sessions,
 *   30 minutes idle); the session id is rotated when the OTP step succeeds.
 * - Login page: Identity-style `form-floating` fields `Input.UserName`, `Input.Password`,
 *   `Input.CaptchaCode`, a `__RequestVerificationToken`, an SVG captcha at `/Account/Captcha`
 *   (case-insensitive; the refresh button redraws the same characters). Errors are a red
 *   `validation-summary-errors` list: "Invalid Captcha. Please enter the characters shown in the image."
 *   and "Invalid Login Credentials. Please check your username and password." (captcha checked first;
 *   empty fields get "The X field is required." and no refusal). No account lockout.
 * - 2FA page `/Account/LoginWith2fa`: one field "Enter OTP", button "Verify OTP"; a wrong code says
 *   "Invalid OTP. Please enter the correct OTP." and may be retried.
 * - Success lands on `/Home/MainMenu` (heading "Dash Board", cards "Generations" and "Cancelled") or on
 *   the ReturnUrl. The first dashboard visit of a session opens the modal "Contacts of Technical Person"
 *   (name, mobile, e-mail; buttons "Update" and a red "Exit"; a `×`) once the socket is up, unless
 *   `techContact: false`.
 * - Sidebar: Dash Board; e-Invoice ▸ (Generate, Bulk Upload, Cancel); API Registration ▸ (User Credentials
 *   ▸ (Create API User, Change API Password, Freeze API User), IP Whitelisting); MIS Reports ▸; User
 *   Management ▸. Groups are buttons that expand on click (server-rendered). The middle label is
 *   configurable (`credentialsLabel`). Create API User lives at `/ApiRegistration/CreateApiUser`.
 * - Create API User: the prerender shows "Sending OTP…"; once the socket starts (or on a client-side
 *   navigation to it, or "Resend OTP") the OTP is sent (that socket message is the 'api-otp-send' stage),
 *   with a toast. Card "API Registration", field "Enter OTP", "Verify OTP" (stage 'api-otp-verify'); the
 *   OTP is valid 10 minutes; a wrong one says "Invalid OTP. Please enter the correct OTP." (summary, field
 *   message, red toast) and may be retried without limit.
 * - Then "Do you wish to Register your GSTIN for" radios Directly / Through GSP / Through ERP / Through
 *   Client-Id of other; the last three but "Through GSP" are refused on Submit with a summary message.
 *   "Select your GSP" is a native select (option values are codes GSP001…, labels are names) of 23 GSPs;
 *   a radio or select change redraws the form region over the socket.
 * - Username: fixed `API_` prefix before a text box; the typed part must be 4 to 20 letters, digits or
 *   underscore; stored as `API_<typed>`. `API_admin`, `API_test` and `API_einvoice` are already taken by
 *   other GSTINs; a name is taken case-insensitively. Password: 8 to 20 characters with upper, lower,
 *   digit and special character; "Re-enter Password" must match.
 * - Submit (stage 'submit' is the Submit event itself) validates (field messages + summary), then opens a
 *   Bootstrap confirm modal "Confirm" with "No" / "Yes". On "Yes": a GSTIN already registered with that
 *   GSP opens an "Error" modal "GSTIN … is already registered with <GSP>. …"; a taken username opens an
 *   "Error" modal "The username API_x is already taken. Please choose another username." (also shown under
 *   the field); otherwise a green alert "API User API_x has been created successfully for <GSP>." with a
 *   table of the GSPs registered for the GSTIN, plus a success toast.
 * - Expiry (`expireOnce`): the first socket message of that stage deletes the server session and the app
 *   does a forced navigation to `/Account/Login?ReturnUrl=<page>`, which shows "Your session has expired.
 *   Please log in again.". Any later socket message or page request without a live session does the same.
 * - Events that happen before the socket is open are queued and sent once it is (real Blazor drops them).
 *   Values typed while a render is in flight survive the redraw (the script restores in-flight values and
 *   focus, as Blazor's DOM diff would). Toasts are removed by the server after 4 s.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/** Where a session may be made to expire once: the first socket message of that stage finds it gone. */
export type R10BlazorExpiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface R10BlazorOptions {
  expireOnce?: R10BlazorExpiry;
  gstin?: string;
  tradeName?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
  /** Label of the middle menu level ("User Credentials"; some guides say "Client Credentials"). */
  credentialsLabel?: string;
  /** Whether the technical-contact modal opens on the first dashboard visit of a session (default true). */
  techContact?: boolean;
}

export interface R10BlazorUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

export interface R10BlazorState {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: R10BlazorUser[];
  /**
   * What the portal refused, in order: 'login', 'captcha', 'login-otp', 'api-otp', 'duplicate'
   * (GSTIN already registered with that GSP), 'username-taken'.
   */
  refusals: string[];
  /** Stages at which the session expired. */
  expired: string[];
}

export interface R10BlazorRendition {
  url: string;
  close(): Promise<void>;
  state: R10BlazorState;
}

const LOGIN = { username: 'suvidha27', password: 'Gst@Blazor2025' };
const MOBILE = 'XXXXXX4821';
const APP_NAME = 'e-Invoice System';
const COOKIE = '.AspNetCore.Session';
const DASH_PATH = '/Home/MainMenu';
const CREATE_PATH = '/ApiRegistration/CreateApiUser';
const LOGIN_PATH = '/Account/Login';
const TWO_FA_PATH = '/Account/LoginWith2fa';
const IDLE_MS = 30 * 60 * 1000;
const API_OTP_VALID_MS = 10 * 60 * 1000;
const TOAST_MS = 4000;
const EXPIRED_TEXT = 'Your session has expired. Please log in again.';
const TAKEN_ELSEWHERE = ['API_admin', 'API_test', 'API_einvoice'];
/** CSS isolation scopes of MainLayout.razor and NavMenu.razor. */
const SL = 'b-q4z7m1x9kd';
const SN = 'b-w2c8n5r0tj';

const GSP_NAMES: readonly string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Bodhtree Consulting Limited',
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
  'Reliance Corporate IT Park Limited',
  'Seshaasai Business Forms Private Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
  'Zoho Corporation Private Limited',
];
const GSPS = GSP_NAMES.map((name, i) => ({ code: `GSP${String(i + 1).padStart(3, '0')}`, name }));

const MODES = [
  { value: 'Directly', label: 'Directly' },
  { value: 'ThroughGsp', label: 'Through GSP' },
  { value: 'ThroughErp', label: 'Through ERP' },
  { value: 'ThroughClientIdOfOther', label: 'Through Client-Id of other' },
];

// ---------------------------------------------------------------------------------------------
// Small helpers

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

function rid(bytes = 18): string {
  return randomBytes(bytes).toString('hex');
}

function normPath(p: string): string {
  const t = p.replace(/\/+$/, '');
  return t === '' ? '/' : t;
}

function samePath(a: string, b: string): boolean {
  return normPath(a).toLowerCase() === normPath(b).toLowerCase();
}

function safeReturn(raw: string | null | undefined): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '';
  return raw;
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

// ---------------------------------------------------------------------------------------------
// WebSocket framing (RFC 6455, the minimum Blazor's socket needs: text frames, no extensions)

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const WS_MAX = 1 << 20;

class WsConn {
  closed = false;
  onText: (text: string) => void = () => {};
  onClose: () => void = () => {};
  private buf: Buffer = Buffer.alloc(0);
  private frags: Buffer[] = [];

  constructor(private readonly socket: Duplex) {
    socket.on('data', (d: Buffer) => this.feed(d));
    socket.on('close', () => this.finish());
    // The browser's end of the socket: ours ends too (an HTTP server's sockets stay half open).
    socket.on('end', () => {
      this.finish();
      socket.end();
    });
    socket.on('error', () => this.finish());
  }

  feed(d: Buffer): void {
    if (this.closed) return;
    this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
    for (;;) {
      if (this.buf.length < 2) return;
      const b0 = this.buf.readUInt8(0);
      const b1 = this.buf.readUInt8(1);
      const fin = (b0 & 0x80) !== 0;
      const rsv = b0 & 0x70;
      const opcode = b0 & 0x0f;
      const masked = (b1 & 0x80) !== 0;
      let len = b1 & 0x7f;
      let off = 2;
      if (len === 126) {
        if (this.buf.length < 4) return;
        len = this.buf.readUInt16BE(2);
        off = 4;
      } else if (len === 127) {
        if (this.buf.length < 10) return;
        const big = this.buf.readBigUInt64BE(2);
        if (big > BigInt(WS_MAX)) {
          this.close(1009);
          return;
        }
        len = Number(big);
        off = 10;
      }
      if (rsv !== 0 || !masked) {
        this.close(1002);
        return;
      }
      if (this.buf.length < off + 4 + len) return;
      const mask = this.buf.subarray(off, off + 4);
      const payload = Buffer.from(this.buf.subarray(off + 4, off + 4 + len));
      for (let i = 0; i < payload.length; i++) {
        payload.writeUInt8(payload.readUInt8(i) ^ mask.readUInt8(i & 3), i);
      }
      this.buf = this.buf.subarray(off + 4 + len);
      if (opcode === 0x0) {
        this.frags.push(payload);
        if (fin) {
          const text = Buffer.concat(this.frags).toString('utf8');
          this.frags = [];
          this.onText(text);
        }
      } else if (opcode === 0x1) {
        if (fin) this.onText(payload.toString('utf8'));
        else this.frags = [payload];
      } else if (opcode === 0x2) {
        this.close(1003);
        return;
      } else if (opcode === 0x8) {
        this.close(payload.length >= 2 ? payload.readUInt16BE(0) : 1000);
        return;
      } else if (opcode === 0x9) {
        this.frame(0xa, payload);
      }
      // 0xA (pong) and anything else: ignored
      if (this.closed) return;
    }
  }

  send(text: string): void {
    if (!this.closed) this.frame(0x1, Buffer.from(text, 'utf8'));
  }

  close(code = 1000): void {
    if (this.closed) return;
    const body = Buffer.alloc(2);
    body.writeUInt16BE(code, 0);
    this.frame(0x8, body);
    this.socket.end();
    this.finish();
  }

  destroy(): void {
    this.finish();
    this.socket.destroy();
  }

  private frame(opcode: number, payload: Buffer): void {
    if (this.socket.destroyed || !this.socket.writable) return;
    let head: Buffer;
    if (payload.length < 126) {
      head = Buffer.from([0x80 | opcode, payload.length]);
    } else if (payload.length < 65536) {
      head = Buffer.alloc(4);
      head.writeUInt8(0x80 | opcode, 0);
      head.writeUInt8(126, 1);
      head.writeUInt16BE(payload.length, 2);
    } else {
      head = Buffer.alloc(10);
      head.writeUInt8(0x80 | opcode, 0);
      head.writeUInt8(127, 1);
      head.writeBigUInt64BE(BigInt(payload.length), 2);
    }
    this.socket.write(Buffer.concat([head, payload]));
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
  }
}

// ---------------------------------------------------------------------------------------------
// The model

interface Session {
  id: string;
  auth: 'anon' | '2fa' | 'in';
  token: string;
  lastSeen: number;
  techShown: boolean;
  captchaDraw: number;
}

interface MenuNode {
  key: string;
  label: string;
  icon: string;
  href?: string;
  children?: MenuNode[];
}

type RouteKind = 'home' | 'dashboard' | 'create' | 'leaf';

interface Route {
  path: string;
  title: string;
  auth: boolean;
  kind: RouteKind;
  trail: string[];
}

type Field = 'otp' | 'mode' | 'gsp' | 'username' | 'password' | 'confirm' | 'clientId';

interface CreateState {
  stage: 'sending' | 'otp' | 'form' | 'done';
  otp: string;
  otpSentAt: number;
  mode: string;
  gsp: string;
  username: string;
  password: string;
  confirm: string;
  clientId: string;
  modified: Set<Field>;
  errors: Map<Field, string>;
  serverErrors: string[];
  submitted: boolean;
  created: R10BlazorUser | null;
}

type Page = { kind: 'home' } | { kind: 'dashboard' } | { kind: 'leaf' } | { kind: 'create'; s: CreateState };

interface UiEvent {
  type: string;
  value: string;
  checked: boolean;
}

type Handler = (c: Circuit, ev: UiEvent) => void;

interface Op {
  op: string;
  [key: string]: unknown;
}

interface Circuit {
  id: string;
  descriptor: string;
  sessionId: string;
  route: Route;
  page: Page;
  navOpen: Set<string>;
  handlers: Map<number, Handler>;
  nextHandler: number;
  conn: WsConn | null;
  started: boolean;
  broken: boolean;
  ops: Op[];
  modalId: string | null;
  toastSeq: number;
  lastSeen: number;
}

interface ClientMsg {
  t: string;
  seq: number | null;
  url: string;
  h: number;
  type: string;
  value: string;
  checked: boolean;
}

function parseMsg(text: string): ClientMsg | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const o = raw as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    t: str(o.t),
    seq: typeof o.seq === 'number' ? o.seq : null,
    url: str(o.url),
    h: typeof o.h === 'number' ? o.h : -1,
    type: str(o.type),
    value: str(o.value),
    checked: o.checked === true,
  };
}

function menuTree(credentialsLabel: string): MenuNode[] {
  return [
    { key: 'dash', label: 'Dash Board', icon: 'house-door-fill', href: DASH_PATH },
    {
      key: 'einv',
      label: 'e-Invoice',
      icon: 'receipt',
      children: [
        { key: 'einv-gen', label: 'Generate', icon: 'dot', href: '/Invoice/Generate' },
        { key: 'einv-bulk', label: 'Bulk Upload', icon: 'dot', href: '/Invoice/BulkUpload' },
        { key: 'einv-cancel', label: 'Cancel', icon: 'dot', href: '/Invoice/Cancel' },
      ],
    },
    {
      key: 'api',
      label: 'API Registration',
      icon: 'plug',
      children: [
        {
          key: 'api-cred',
          label: credentialsLabel,
          icon: 'key',
          children: [
            { key: 'api-create', label: 'Create API User', icon: 'dot', href: CREATE_PATH },
            {
              key: 'api-chpwd',
              label: 'Change API Password',
              icon: 'dot',
              href: '/ApiRegistration/ChangeApiPassword',
            },
            {
              key: 'api-freeze',
              label: 'Freeze API User',
              icon: 'dot',
              href: '/ApiRegistration/FreezeApiUser',
            },
          ],
        },
        { key: 'api-ip', label: 'IP Whitelisting', icon: 'dot', href: '/ApiRegistration/IpWhitelisting' },
      ],
    },
    {
      key: 'mis',
      label: 'MIS Reports',
      icon: 'bar-chart',
      children: [
        { key: 'mis-einv', label: 'e-Invoice Details', icon: 'dot', href: '/MisRpt' },
        { key: 'mis-sum', label: 'Summary Report', icon: 'dot', href: '/MisRpt/Summary' },
      ],
    },
    {
      key: 'um',
      label: 'User Management',
      icon: 'people',
      children: [
        { key: 'um-create', label: 'Create Sub-User', icon: 'dot', href: '/UserManagement/CreateSubUser' },
        { key: 'um-update', label: 'Update Sub-User', icon: 'dot', href: '/UserManagement/UpdateSubUser' },
      ],
    },
  ];
}

function buildRoutes(tree: MenuNode[]): Map<string, Route> {
  const routes = new Map<string, Route>();
  const add = (r: Route) => routes.set(r.path.toLowerCase(), r);
  add({ path: '/', title: 'Home', auth: false, kind: 'home', trail: [] });
  const walk = (nodes: MenuNode[], trail: string[]) => {
    for (const n of nodes) {
      if (n.children) walk(n.children, [...trail, n.label]);
      else if (n.href) {
        const kind: RouteKind =
          n.href === DASH_PATH ? 'dashboard' : n.href === CREATE_PATH ? 'create' : 'leaf';
        add({ path: n.href, title: n.label, auth: true, kind, trail: [...trail, n.label] });
      }
    }
  };
  walk(tree, []);
  return routes;
}

function ancestorsOf(tree: MenuNode[], path: string): string[] {
  const found: string[] = [];
  const walk = (nodes: MenuNode[], trail: string[]): boolean => {
    for (const n of nodes) {
      if (n.href && samePath(n.href, path)) {
        found.push(...trail);
        return true;
      }
      if (n.children && walk(n.children, [...trail, n.key])) return true;
    }
    return false;
  };
  walk(tree, []);
  return found;
}

function newCreateState(): CreateState {
  return {
    stage: 'sending',
    otp: '',
    otpSentAt: 0,
    mode: '',
    gsp: '',
    username: '',
    password: '',
    confirm: '',
    clientId: '',
    modified: new Set(),
    errors: new Map(),
    serverErrors: [],
    submitted: false,
    created: null,
  };
}

function gspName(code: string): string {
  return GSPS.find((g) => g.code === code)?.name ?? '';
}

const FIELD_IDS: Record<Field, string> = {
  otp: 'txtApiOtp',
  mode: 'rbMode',
  gsp: 'ddlGsp',
  username: 'txtApiUserName',
  password: 'txtApiPassword',
  confirm: 'txtApiRePassword',
  clientId: 'txtClientId',
};

function fieldsFor(mode: string): Field[] {
  if (mode === 'ThroughGsp') return ['mode', 'gsp', 'username', 'password', 'confirm'];
  if (mode === 'ThroughClientIdOfOther') return ['mode', 'clientId'];
  return ['mode'];
}

function fieldError(s: CreateState, f: Field): string {
  switch (f) {
    case 'otp': {
      const code = s.otp.replace(/\s+/g, '');
      if (!code) return 'Please enter the OTP.';
      if (!/^\d{6}$/.test(code)) return 'OTP must be 6 digits.';
      return '';
    }
    case 'mode':
      return s.mode ? '' : 'Please select how you wish to register your GSTIN.';
    case 'gsp':
      return s.gsp && gspName(s.gsp) ? '' : 'Please select your GSP.';
    case 'username':
      if (!s.username) return 'Username is required.';
      if (!/^[A-Za-z0-9_]{4,20}$/.test(s.username)) {
        return 'Username must be 4 to 20 characters: letters, digits or underscore (typed after the API_ prefix).';
      }
      return '';
    case 'password': {
      const p = s.password;
      if (!p) return 'Password is required.';
      if (
        p.length < 8 ||
        p.length > 20 ||
        !/[a-z]/.test(p) ||
        !/[A-Z]/.test(p) ||
        !/\d/.test(p) ||
        !/[^A-Za-z0-9]/.test(p)
      ) {
        return 'Password must be 8 to 20 characters with at least one uppercase letter, one lowercase letter, one digit and one special character.';
      }
      return '';
    }
    case 'confirm':
      if (!s.confirm) return 'Please re-enter the password.';
      return s.confirm === s.password ? '' : 'Password and Re-enter Password do not match.';
    case 'clientId':
      return s.clientId.trim() ? '' : 'Client-Id is required.';
  }
}

function fieldClass(s: CreateState, f: Field): string {
  return `${s.modified.has(f) ? 'modified ' : ''}${s.errors.has(f) ? 'invalid' : 'valid'}`;
}

function messageHtml(text: string): string {
  return text ? `<div class="validation-message">${esc(text)}</div>` : '';
}

function summaryHtml(items: string[]): string {
  if (!items.length) return '';
  return `<div class="validation-summary-errors" role="alert"><ul class="validation-errors">${items
    .map((t) => `<li class="validation-message">${esc(t)}</li>`)
    .join('')}</ul></div>`;
}

function createSummary(s: CreateState): string[] {
  const fields: Field[] = s.stage === 'otp' ? ['otp'] : fieldsFor(s.mode);
  const errs = s.submitted ? fields.map((f) => s.errors.get(f) ?? '').filter((t) => t) : [];
  return [...errs, ...s.serverErrors];
}

// ---------------------------------------------------------------------------------------------
// Static assets (all written here)

function icon(paths: string): string {
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' width='16' height='16' fill='white' viewBox='0 0 16 16'>${paths}</svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg).replace(/'/g, '%27')}")`;
}

const ICONS: Record<string, string> = {
  'house-door-fill': icon("<path d='M8 1.5 1 7.5V15h4.5v-4.5h5V15H15V7.5z'/>"),
  receipt: icon(
    "<path d='M3 1h10v14l-2-1.3L9 15l-1-1.3L7 15l-2-1.3L3 15zM5 4v1h6V4zm0 3v1h6V7zm0 3v1h4v-1z'/>",
  ),
  plug: icon(
    "<path d='M5 1h1.5v4h3V1H11v4h1.5v3a4.5 4.5 0 0 1-3.7 4.4V15H7.2v-2.6A4.5 4.5 0 0 1 3.5 8V5H5z'/>",
  ),
  key: icon(
    "<path d='M5.5 5a4.5 4.5 0 1 1 4.2 5.9L8.6 12H7v1.5H5.5V15H1v-3.1l4.8-4.8A4.5 4.5 0 0 1 5.5 5m5 -1.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3'/>",
  ),
  dot: icon("<circle cx='8' cy='8' r='2.5'/>"),
  'bar-chart': icon("<path d='M1 14h14v1.5H1zM2.5 8h2.5v5H2.5zm4.25-4h2.5v9h-2.5zM11 6h2.5v7H11z'/>"),
  people: icon(
    "<circle cx='5.5' cy='4.5' r='2.5'/><circle cx='11' cy='5.5' r='2'/><path d='M1 13c0-2.5 2-4.5 4.5-4.5S10 10.5 10 13v1H1zm10.5 1v-1c0-1.4-.5-2.7-1.3-3.7A3.5 3.5 0 0 1 15 12.5V14z'/>",
  ),
  'box-arrow-in-right': icon(
    "<path d='M7 2h7v12H7v-2h5.5V4H7zM1 7.2h6.3L5.2 5.1l1-1L10 8l-3.8 3.9-1-1 2.1-2.1H1z'/>",
  ),
};

const BOOTSTRAP_CSS = `/* A Bootstrap 5 look, written for this rendition */
:root{--bs-body-color:#212529;--bs-secondary-color:rgba(33,37,41,.75);--bs-border-color:#dee2e6;--bs-primary:#0d6efd}
*,::after,::before{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:1rem;font-weight:400;line-height:1.5;color:#212529;background-color:#fff;-webkit-text-size-adjust:100%}
hr{margin:1rem 0;color:inherit;border:0;border-top:1px solid;opacity:.25}
h1,h2,h3,h4,h5,h6,.h5{margin-top:0;margin-bottom:.5rem;font-weight:500;line-height:1.2}
h1{font-size:calc(1.375rem + 1.5vw)}h2{font-size:calc(1.325rem + .9vw)}h3{font-size:calc(1.3rem + .6vw)}h4{font-size:calc(1.275rem + .3vw)}h5,.h5{font-size:1.25rem}
@media (min-width:1200px){h1{font-size:2.5rem}h2{font-size:2rem}h3{font-size:1.75rem}h4{font-size:1.5rem}}
p{margin-top:0;margin-bottom:1rem}
ol,ul{padding-left:2rem;margin-top:0;margin-bottom:1rem}
a{color:#0d6efd;text-decoration:underline}a:hover{color:#0a58ca}
img,svg{vertical-align:middle}
table{caption-side:bottom;border-collapse:collapse}th{text-align:inherit;font-weight:700}
label{display:inline-block}
button{border-radius:0}
button,input,select,textarea{margin:0;font-family:inherit;font-size:inherit;line-height:inherit}
button,select{text-transform:none}
[type=button],[type=submit],button{-webkit-appearance:button}
[type=button]:not(:disabled),[type=submit]:not(:disabled),button:not(:disabled){cursor:pointer}
fieldset{min-width:0;padding:0;margin:0;border:0}
legend{float:left;width:100%;padding:0;margin-bottom:.5rem;font-size:1rem;line-height:inherit}legend+*{clear:left}
.lead{font-size:1.25rem;font-weight:300}.small,small{font-size:.875em}
.display-6{font-size:calc(1.375rem + 1.5vw);font-weight:300;line-height:1.2}@media (min-width:1200px){.display-6{font-size:2.5rem}}
.container-fluid{width:100%;padding-right:.75rem;padding-left:.75rem;margin-right:auto;margin-left:auto}
.row{--gy:0;display:flex;flex-wrap:wrap;margin-top:calc(-1 * var(--gy));margin-right:-.75rem;margin-left:-.75rem}
.row>*{flex-shrink:0;width:100%;max-width:100%;padding-right:.75rem;padding-left:.75rem;margin-top:var(--gy)}
.g-3{--gy:1rem}
@media (min-width:576px){.col-sm-3{flex:0 0 auto;width:25%}.col-sm-5{flex:0 0 auto;width:41.66666667%}.col-sm-6{flex:0 0 auto;width:50%}.col-sm-9{flex:0 0 auto;width:75%}.offset-sm-3{margin-left:25%}}
@media (min-width:768px){.col-md-4{flex:0 0 auto;width:33.33333333%}.col-md-6{flex:0 0 auto;width:50%}}
@media (min-width:992px){.col-lg-5{flex:0 0 auto;width:41.66666667%}.col-lg-6{flex:0 0 auto;width:50%}.offset-lg-1{margin-left:8.33333333%}}
.form-label{margin-bottom:.5rem}
.col-form-label{padding-top:calc(.375rem + 1px);padding-bottom:calc(.375rem + 1px);margin-bottom:0;line-height:1.5}
.form-text{margin-top:.25rem;font-size:.875em;color:var(--bs-secondary-color)}
.form-control,.form-select{display:block;width:100%;padding:.375rem .75rem;font-size:1rem;font-weight:400;line-height:1.5;color:#212529;background-color:#fff;background-clip:padding-box;border:1px solid #dee2e6;-webkit-appearance:none;appearance:none;border-radius:.375rem;transition:border-color .15s ease-in-out,box-shadow .15s ease-in-out}
.form-select{padding-right:2.25rem;background-image:url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3e%3cpath fill='none' stroke='%23343a40' stroke-linecap='round' stroke-width='2' d='m3 6 5 5 5-5'/%3e%3c/svg%3e");background-repeat:no-repeat;background-position:right .75rem center;background-size:16px 12px}
.form-control:focus,.form-select:focus{border-color:#86b7fe;outline:0;box-shadow:0 0 0 .25rem rgba(13,110,253,.25)}
.form-control::placeholder{color:var(--bs-secondary-color);opacity:1}
.form-control:disabled,.form-control[readonly]{background-color:#e9ecef}
.form-check{display:block;min-height:1.5rem;padding-left:1.5em;margin-bottom:.125rem}
.form-check .form-check-input{float:left;margin-left:-1.5em}
.form-check-inline{display:inline-block;margin-right:1rem}
.form-check-input{width:1em;height:1em;margin-top:.25em;vertical-align:top;background-color:#fff;background-repeat:no-repeat;background-position:center;background-size:contain;border:1px solid #adb5bd;-webkit-appearance:none;appearance:none}
.form-check-input[type=radio]{border-radius:50%}
.form-check-input:checked{background-color:#0d6efd;border-color:#0d6efd}
.form-check-input:checked[type=radio]{background-image:url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='-4 -4 8 8'%3e%3ccircle r='2.1' fill='%23fff'/%3e%3c/svg%3e")}
.form-check-input:focus{border-color:#86b7fe;outline:0;box-shadow:0 0 0 .25rem rgba(13,110,253,.25)}
.form-check-label{cursor:pointer}
.form-floating{position:relative}
.form-floating>.form-control{height:calc(3.5rem + 2px);min-height:calc(3.5rem + 2px);line-height:1.25;padding:1rem .75rem}
.form-floating>label{position:absolute;top:0;left:0;z-index:2;height:100%;padding:1rem .75rem;overflow:hidden;text-align:start;text-overflow:ellipsis;white-space:nowrap;pointer-events:none;border:1px solid transparent;transform-origin:0 0;transition:opacity .1s ease-in-out,transform .1s ease-in-out}
.form-floating>.form-control::placeholder{color:transparent}
.form-floating>.form-control:focus,.form-floating>.form-control:not(:placeholder-shown){padding-top:1.625rem;padding-bottom:.625rem}
.form-floating>.form-control:focus~label,.form-floating>.form-control:not(:placeholder-shown)~label{color:rgba(33,37,41,.65);transform:scale(.85) translateY(-.5rem) translateX(.15rem)}
.input-group{position:relative;display:flex;flex-wrap:wrap;align-items:stretch;width:100%}
.input-group>.form-control{position:relative;flex:1 1 auto;width:1%;min-width:0}
.input-group-text{display:flex;align-items:center;padding:.375rem .75rem;font-size:1rem;font-weight:400;line-height:1.5;color:#212529;text-align:center;white-space:nowrap;background-color:#e9ecef;border:1px solid #dee2e6;border-radius:.375rem}
.input-group>:not(:last-child){border-top-right-radius:0;border-bottom-right-radius:0}
.input-group>:not(:first-child){margin-left:-1px;border-top-left-radius:0;border-bottom-left-radius:0}
.btn{display:inline-block;padding:.375rem .75rem;font-size:1rem;font-weight:400;line-height:1.5;color:#212529;text-align:center;text-decoration:none;vertical-align:middle;cursor:pointer;-webkit-user-select:none;user-select:none;border:1px solid transparent;border-radius:.375rem;background-color:transparent;transition:color .15s ease-in-out,background-color .15s ease-in-out,border-color .15s ease-in-out,box-shadow .15s ease-in-out}
.btn:disabled{pointer-events:none;opacity:.65}
.btn-primary{color:#fff;background-color:#0d6efd;border-color:#0d6efd}.btn-primary:hover{color:#fff;background-color:#0b5ed7;border-color:#0a58ca}
.btn-secondary{color:#fff;background-color:#6c757d;border-color:#6c757d}.btn-secondary:hover{color:#fff;background-color:#5c636a}
.btn-danger{color:#fff;background-color:#dc3545;border-color:#dc3545}.btn-danger:hover{color:#fff;background-color:#bb2d3b}
.btn-success{color:#fff;background-color:#198754;border-color:#198754}
.btn-outline-secondary{color:#6c757d;border-color:#6c757d}.btn-outline-secondary:hover{color:#fff;background-color:#6c757d}
.btn-link{font-weight:400;color:#0d6efd;text-decoration:underline}.btn-link:hover{color:#0a58ca}
.btn-sm{padding:.25rem .5rem;font-size:.875rem;border-radius:.25rem}
.btn-lg{padding:.5rem 1rem;font-size:1.25rem;border-radius:.5rem}
.btn-close{box-sizing:content-box;width:1em;height:1em;padding:.25em;color:#000;background:transparent url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3e%3cpath stroke='%23000' stroke-width='2' d='M2 2l12 12M14 2 2 14'/%3e%3c/svg%3e") center/1em auto no-repeat;border:0;border-radius:.375rem;opacity:.5}
.btn-close:hover{opacity:.75}.btn-close-white{filter:invert(1) grayscale(100%) brightness(200%)}
.fade{transition:opacity .15s linear}.fade:not(.show){opacity:0}
.collapse:not(.show){display:none}
.card{position:relative;display:flex;flex-direction:column;min-width:0;word-wrap:break-word;background-color:#fff;background-clip:border-box;border:1px solid rgba(0,0,0,.175);border-radius:.375rem}
.card-header{padding:.5rem 1rem;margin-bottom:0;background-color:rgba(33,37,41,.03);border-bottom:1px solid rgba(0,0,0,.175)}
.card-header:first-child{border-radius:calc(.375rem - 1px) calc(.375rem - 1px) 0 0}
.card-body{flex:1 1 auto;padding:1rem}.card-title{margin-bottom:.5rem}
.alert{position:relative;padding:1rem;margin-bottom:1rem;border:1px solid transparent;border-radius:.375rem}
.alert-heading{color:inherit}
.alert-success{color:#0a3622;background-color:#d1e7dd;border-color:#a3cfbb}
.alert-danger{color:#58151c;background-color:#f8d7da;border-color:#f1aeb5}
.alert-warning{color:#664d03;background-color:#fff3cd;border-color:#ffe69c}
.alert-info{color:#055160;background-color:#cff4fc;border-color:#9eeaf9}
.table{width:100%;margin-bottom:1rem;vertical-align:top;border-color:#dee2e6}
.table>:not(caption)>*>*{padding:.5rem .5rem;border-bottom:1px solid #dee2e6}
.table-striped>tbody>tr:nth-of-type(odd)>*{background-color:rgba(0,0,0,.05)}
.table-bordered>:not(caption)>*>*{border:1px solid #dee2e6}
.breadcrumb{display:flex;flex-wrap:wrap;padding:0;margin-bottom:1rem;list-style:none;font-size:.9rem}
.breadcrumb-item+.breadcrumb-item{padding-left:.5rem}
.breadcrumb-item+.breadcrumb-item::before{float:left;padding-right:.5rem;color:#6c757d;content:"/"}
.breadcrumb-item.active{color:#6c757d}
.badge{display:inline-block;padding:.35em .65em;font-size:.75em;font-weight:700;line-height:1;color:#fff;text-align:center;white-space:nowrap;vertical-align:baseline;border-radius:.375rem}
.spinner-border{display:inline-block;width:2rem;height:2rem;vertical-align:-.125em;border:.25em solid currentcolor;border-right-color:transparent;border-radius:50%;animation:.75s linear infinite spinner-border}
.spinner-border-sm{width:1rem;height:1rem;border-width:.2em}
@keyframes spinner-border{to{transform:rotate(360deg)}}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;padding:0!important;margin:-1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important;white-space:nowrap!important;border:0!important}
.navbar{position:relative;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;padding:.5rem 0}
.navbar>.container-fluid{display:flex;flex-wrap:inherit;align-items:center;justify-content:space-between}
.navbar-brand{padding-top:.3125rem;padding-bottom:.3125rem;margin-right:1rem;font-size:1.25rem;text-decoration:none;white-space:nowrap}
.navbar-dark .navbar-brand{color:#fff}
.nav-link{display:block;padding:.5rem 1rem;text-decoration:none}
.modal-open{overflow:hidden}
.modal{position:fixed;top:0;left:0;z-index:1055;display:none;width:100%;height:100%;overflow-x:hidden;overflow-y:auto;outline:0}
.modal-dialog{position:relative;width:auto;margin:.5rem;pointer-events:none}
.modal.fade .modal-dialog{transition:transform .3s ease-out;transform:translate(0,-50px)}
.modal.show .modal-dialog{transform:none}
.modal-dialog-centered{display:flex;align-items:center;min-height:calc(100% - 1rem)}
.modal-content{position:relative;display:flex;flex-direction:column;width:100%;pointer-events:auto;background-color:#fff;background-clip:padding-box;border:1px solid rgba(0,0,0,.175);border-radius:.5rem;outline:0}
.modal-backdrop{position:fixed;top:0;left:0;z-index:1050;width:100vw;height:100vh;background-color:#000}
.modal-backdrop.fade{opacity:0}.modal-backdrop.show{opacity:.5}
.modal-header{display:flex;flex-shrink:0;align-items:center;padding:1rem;border-bottom:1px solid #dee2e6;border-top-left-radius:calc(.5rem - 1px);border-top-right-radius:calc(.5rem - 1px)}
.modal-header .btn-close{padding:.5rem;margin:-.5rem -.5rem -.5rem auto}
.modal-title{margin-bottom:0;line-height:1.5}
.modal-body{position:relative;flex:1 1 auto;padding:1rem}
.modal-footer{display:flex;flex-shrink:0;flex-wrap:wrap;align-items:center;justify-content:flex-end;padding:.75rem;border-top:1px solid #dee2e6;gap:.5rem}
@media (min-width:576px){.modal-dialog{max-width:500px;margin:1.75rem auto}.modal-dialog-centered{min-height:calc(100% - 3.5rem)}}
@media (min-width:992px){.modal-lg{max-width:800px}}
.toast-container{position:fixed;z-index:1090;width:max-content;max-width:100%;pointer-events:none}
.toast-container>:not(:last-child){margin-bottom:.75rem}
.toast{width:350px;max-width:100%;font-size:.875rem;pointer-events:auto;background-color:rgba(255,255,255,.95);background-clip:padding-box;border:1px solid rgba(0,0,0,.175);box-shadow:0 .5rem 1rem rgba(0,0,0,.15);border-radius:.375rem}
.toast:not(.show){display:none}
.toast-header{display:flex;align-items:center;padding:.5rem .75rem;color:rgba(33,37,41,.75);background-color:rgba(255,255,255,.85);background-clip:padding-box;border-bottom:1px solid rgba(0,0,0,.175);border-top-left-radius:calc(.375rem - 1px);border-top-right-radius:calc(.375rem - 1px)}
.toast-header .btn-close{margin-right:-.375rem;margin-left:.75rem}
.toast-body{padding:.75rem;word-wrap:break-word}
.text-bg-success{color:#fff!important;background-color:#198754!important}.text-bg-danger{color:#fff!important;background-color:#dc3545!important}.text-bg-info{color:#000!important;background-color:#0dcaf0!important}.text-bg-secondary{color:#fff!important;background-color:#6c757d!important}
.position-fixed{position:fixed!important}.top-0{top:0!important}.end-0{right:0!important}
.d-flex{display:flex!important}.d-block{display:block!important}.flex-column{flex-direction:column!important}.flex-wrap{flex-wrap:wrap!important}
.align-items-center{align-items:center!important}.justify-content-between{justify-content:space-between!important}
.gap-2{gap:.5rem!important}.gap-3{gap:1rem!important}
.w-100{width:100%!important}.me-auto{margin-right:auto!important}.ms-auto{margin-left:auto!important}.ms-3{margin-left:1rem!important}.me-2{margin-right:.5rem!important}.m-auto{margin:auto!important}
.mb-0{margin-bottom:0!important}.mb-2{margin-bottom:.5rem!important}.mb-3{margin-bottom:1rem!important}.mb-4{margin-bottom:1.5rem!important}.mt-2{margin-top:.5rem!important}.mt-3{margin-top:1rem!important}.mt-4{margin-top:1.5rem!important}
.p-0{padding:0!important}.p-3{padding:1rem!important}.px-3{padding-right:1rem!important;padding-left:1rem!important}.px-4{padding-right:1.5rem!important;padding-left:1.5rem!important}.ps-3{padding-left:1rem!important}
.text-danger{color:#dc3545!important}.text-muted{color:rgba(33,37,41,.75)!important}.text-success{color:#198754!important}.text-primary{color:#0d6efd!important}.text-white{color:#fff!important}
.bg-danger{background-color:#dc3545!important}.bg-primary{background-color:#0d6efd!important}
.fw-bold{font-weight:700!important}.fw-semibold{font-weight:600!important}.text-nowrap{white-space:nowrap!important}
`;

const APP_CSS = `/* app.css of the template, plus this portal's bits */
html,body{font-family:'Helvetica Neue',Helvetica,Arial,sans-serif}
a,.btn-link{color:#006bb7}
.btn-primary{color:#fff;background-color:#1b6ec2;border-color:#1861ac}
.btn:focus,.btn:active:focus,.btn-link.nav-link:focus,.form-control:focus,.form-check-input:focus{box-shadow:0 0 0 .1rem white,0 0 0 .25rem #258cfb}
.content{padding-top:1.1rem}
h1:focus{outline:none}
.valid.modified:not([type=checkbox]){outline:1px solid #26b050}
.invalid{outline:1px solid #e50000}
.validation-message{color:#e50000}
.validation-summary-errors ul{margin-bottom:1rem;padding-left:1.25rem}
.blazor-error-boundary{background:#b32121;padding:1rem 1rem 1rem 3.7rem;color:white}
.blazor-error-boundary::after{content:"An error has occurred."}
.form-floating>.form-control-plaintext::placeholder,.form-floating>.form-control::placeholder{color:var(--bs-secondary-color);text-align:end}
.form-floating>.form-control-plaintext:focus::placeholder,.form-floating>.form-control:focus::placeholder{text-align:start}
#components-reconnect-modal{position:fixed;top:0;right:0;bottom:0;left:0;z-index:2000;display:none;background-color:rgba(255,255,255,.8);text-align:center;font-weight:bold}
#components-reconnect-modal .components-reconnect-dialog{margin:20vh auto 0;max-width:24rem;padding:1.5rem;background:#fff;border:1px solid #dee2e6;border-radius:.5rem;box-shadow:0 .5rem 1rem rgba(0,0,0,.15)}
#components-reconnect-modal .reconnect-state{display:none}
#components-reconnect-modal.components-reconnect-show .reconnect-show,#components-reconnect-modal.components-reconnect-failed .reconnect-failed,#components-reconnect-modal.components-reconnect-rejected .reconnect-rejected{display:block}
.captcha-box{display:flex;align-items:center;gap:.5rem;margin-bottom:.75rem}
.captcha-box img{border:1px solid #ced4da;border-radius:.25rem;background:#eef3f8}
.stat-card .display-6{color:#1b6ec2}
.api-prefix{font-family:Consolas,'Courier New',monospace;font-weight:600}
.required::after{content:" *";color:#dc3545}
`;

const SCOPED_CSS = `/* _content/EInvoice.Web/EInvoice.Web.styles.css: CSS isolation bundle */
/* /Components/Layout/MainLayout.razor.rz.scp.css */
.page[${SL}]{position:relative;display:flex;flex-direction:column}
main[${SL}]{flex:1}
.sidebar[${SL}]{background-image:linear-gradient(180deg,rgb(5,39,103) 0%,#3a0647 70%)}
.top-row[${SL}]{background-color:#f7f7f7;border-bottom:1px solid #d6d5d5;justify-content:flex-end;height:3.5rem;display:flex;align-items:center}
.top-row[${SL}] a,.top-row[${SL}] .btn-link{white-space:nowrap;margin-left:1.5rem;text-decoration:none}
.top-row[${SL}] a:hover,.top-row[${SL}] .btn-link:hover{text-decoration:underline}
.top-row[${SL}] .top-row-gstin{font-size:.9rem;color:#495057}
.top-row[${SL}] .top-row-user{margin-left:1.5rem;font-size:.9rem;font-weight:600}
@media (max-width:640.98px){.top-row[${SL}]{justify-content:space-between}.top-row[${SL}] a,.top-row[${SL}] .btn-link{margin-left:0}}
@media (min-width:641px){.page[${SL}]{flex-direction:row}.sidebar[${SL}]{width:250px;height:100vh;position:sticky;top:0}.top-row[${SL}]{position:sticky;top:0;z-index:1}.top-row.auth[${SL}] a:first-child{flex:1;text-align:right;width:0}.top-row[${SL}],article[${SL}]{padding-left:2rem!important;padding-right:1.5rem!important}}
#blazor-error-ui[${SL}]{color-scheme:light only;background:lightyellow;bottom:0;box-shadow:0 -1px 2px rgba(0,0,0,.2);box-sizing:border-box;display:none;left:0;padding:.6rem 1.25rem .7rem 1.25rem;position:fixed;width:100%;z-index:1000}
#blazor-error-ui[${SL}] .dismiss{cursor:pointer;position:absolute;right:.75rem;top:.5rem}
/* /Components/Layout/NavMenu.razor.rz.scp.css */
.navbar-toggler[${SN}]{-webkit-appearance:none;appearance:none;cursor:pointer;width:3.5rem;height:2.5rem;color:white;position:absolute;top:.5rem;right:1rem;border:1px solid rgba(255,255,255,.1);background:url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 30 30'%3e%3cpath stroke='rgba%28255,255,255,0.55%29' stroke-linecap='round' stroke-width='2' d='M4 7h22M4 15h22M4 23h22'/%3e%3c/svg%3e") no-repeat center/1.75rem rgba(255,255,255,.1)}
.navbar-toggler[${SN}]:checked{background-color:rgba(255,255,255,.5)}
.top-row[${SN}]{min-height:3.5rem;background-color:rgba(0,0,0,.4)}
.navbar-brand[${SN}]{font-size:1.1rem}
.bi[${SN}]{display:inline-block;position:relative;width:1.25rem;height:1.25rem;margin-right:.75rem;top:-1px;background-size:cover;flex-shrink:0}
${Object.entries(ICONS)
  .map(([name, url]) => `.bi-${name}-nav-menu[${SN}]{background-image:${url}}`)
  .join('\n')}
.nav-item[${SN}]{font-size:.9rem;padding-bottom:.5rem}
.nav-item[${SN}]:first-of-type{padding-top:1rem}
.nav-item[${SN}]:last-of-type{padding-bottom:1rem}
.nav-item[${SN}] .nav-link{color:#d7d7d7;background:none;border:none;border-radius:4px;height:3rem;display:flex;align-items:center;line-height:3rem;width:100%;text-align:left;text-decoration:none;padding:0 1rem;font-size:.9rem}
.nav-item[${SN}] a.active{background-color:rgba(255,255,255,.37);color:white}
.nav-item[${SN}] .nav-link:hover{background-color:rgba(255,255,255,.1);color:white}
.nav-group[${SN}]{padding-left:1rem}
.nav-group[${SN}] .nav-item[${SN}]{padding-top:0;padding-bottom:.25rem}
.nav-group[${SN}] .nav-link{height:auto;min-height:2.4rem;line-height:1.3;padding:.35rem .75rem}
.nav-group[${SN}] .nav-group[${SN}]{padding-left:.75rem}
.nav-caret[${SN}]{margin-left:auto;width:.5rem;height:.5rem;border-right:2px solid currentColor;border-bottom:2px solid currentColor;transform:rotate(-45deg);transition:transform .15s}
[aria-expanded=true]>.nav-caret[${SN}]{transform:rotate(45deg)}
.nav-scrollable[${SN}]{display:none}
.navbar-toggler[${SN}]:checked ~ .nav-scrollable[${SN}]{display:block}
@media (min-width:641px){.navbar-toggler[${SN}]{display:none}.nav-scrollable[${SN}]{display:block;height:calc(100vh - 3.5rem);overflow-y:auto}}
`;

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#512bd4"/><text x="16" y="22" font-size="14" font-family="Arial" font-weight="bold" fill="#fff" text-anchor="middle">eI</text></svg>`;

/** Our own stand-in for blazor.web.js: the circuit's socket, event delegation and the render-batch applier. */
const CLIENT_JS = `/* _framework/blazor.web.js: written for this rendition (not Microsoft's file) */
(function () {
  'use strict';
  var EVENTS = ['click', 'change', 'input', 'submit'];
  var errorUi = document.getElementById('blazor-error-ui');
  var reconnectEl = document.getElementById('components-reconnect-modal');
  var leaving = false;
  var descriptor = null;
  var iter = document.createNodeIterator(document.body, NodeFilter.SHOW_COMMENT);
  for (var node = iter.nextNode(); node; node = iter.nextNode()) {
    var data = node.nodeValue || '';
    if (data.indexOf('Blazor:') !== 0) continue;
    try {
      var marker = JSON.parse(data.slice(7));
      if (marker && marker.type === 'server' && marker.descriptor) { descriptor = marker.descriptor; break; }
    } catch (err) { /* not a component marker */ }
  }

  function showError() { if (errorUi) errorUi.style.display = 'block'; }
  function targetOf(e) {
    var t = e.target;
    if (t && t.nodeType !== 1) t = t.parentElement;
    return t && t.closest ? t : null;
  }

  function adopt(root) {
    var all = root.querySelectorAll('*');
    for (var i = 0; i < all.length; i++) {
      var el = all[i];
      for (var k = 0; k < EVENTS.length; k++) {
        var name = 'blazor:on' + EVENTS[k];
        if (el.hasAttribute(name)) {
          if (!el._blazorEvents) el._blazorEvents = {};
          el._blazorEvents[EVENTS[k]] = Number(el.getAttribute(name));
          el.removeAttribute(name);
        }
      }
    }
  }
  function handlerFor(el, type) {
    for (; el && el.nodeType === 1; el = el.parentElement) {
      if (el._blazorEvents && el._blazorEvents[type] != null) return { el: el, id: el._blazorEvents[type] };
    }
    return null;
  }

  var ws = null, open = false, started = false, queue = [], seq = 0, inflight = [], attempts = 0, maxAttempts = 8;

  function setReconnect(state) {
    if (!reconnectEl) return;
    reconnectEl.className = 'components-reconnect-' + state;
    reconnectEl.style.display = state === 'hide' ? 'none' : 'block';
    var cur = reconnectEl.querySelector('.components-reconnect-current-attempt');
    if (cur) cur.textContent = String(attempts);
  }

  function send(msg) {
    msg.seq = ++seq;
    if (open && ws) ws.send(JSON.stringify(msg)); else queue.push(msg);
    return msg.seq;
  }

  function connect() {
    var sock = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/_blazor?id=' + encodeURIComponent(descriptor));
    ws = sock;
    sock.onopen = function () {
      open = true; attempts = 0; setReconnect('hide');
      sock.send(JSON.stringify({ t: started ? 'resume' : 'start', url: location.pathname + location.search }));
      started = true;
      var q = queue; queue = [];
      for (var i = 0; i < q.length; i++) sock.send(JSON.stringify(q[i]));
    };
    sock.onmessage = function (m) {
      var msg;
      try { msg = JSON.parse(m.data); } catch (err) { return; }
      if (msg && msg.t === 'b') applyBatch(msg);
    };
    sock.onclose = function () {
      if (ws !== sock) return;
      open = false; ws = null;
      if (leaving) return;
      attempts++;
      if (attempts > maxAttempts) { setReconnect('failed'); return; }
      setReconnect('show');
      setTimeout(connect, attempts === 1 ? 300 : 2000);
    };
  }

  function setHtml(el, html, keep) {
    var saved = {};
    for (var id in keep) {
      var old = document.getElementById(id);
      if (old && el.contains(old)) saved[id] = { value: old.value, checked: old.checked };
    }
    var act = document.activeElement;
    var actId = act && act !== document.body && el.contains(act) ? act.id : '';
    var s1 = null, s2 = null;
    if (actId) { try { s1 = act.selectionStart; s2 = act.selectionEnd; } catch (err) { s1 = null; } }
    el.innerHTML = html;
    adopt(el);
    for (var sid in saved) {
      var n = document.getElementById(sid);
      if (!n) continue;
      if (n.type === 'checkbox' || n.type === 'radio') n.checked = saved[sid].checked; else n.value = saved[sid].value;
    }
    if (actId) {
      var f = document.getElementById(actId);
      if (f) { f.focus(); if (s1 != null) { try { f.setSelectionRange(s1, s2); } catch (err) { /* not a text field */ } } }
    }
  }

  function showModal(id) {
    hideModal(null);
    var m = document.getElementById(id);
    if (!m) return;
    m.style.display = 'block';
    m.removeAttribute('aria-hidden');
    m.setAttribute('aria-modal', 'true');
    m.setAttribute('role', 'dialog');
    void m.offsetWidth;
    m.classList.add('show');
    var b = document.createElement('div');
    b.className = 'modal-backdrop fade show';
    document.body.appendChild(b);
    document.body.classList.add('modal-open');
    document.body.style.overflow = 'hidden';
    m.focus();
  }
  function hideModal(id) {
    var list = id ? [document.getElementById(id)] : Array.prototype.slice.call(document.querySelectorAll('.modal.show'));
    for (var i = 0; i < list.length; i++) {
      var m = list[i];
      if (!m) continue;
      m.classList.remove('show');
      m.style.display = 'none';
      m.setAttribute('aria-hidden', 'true');
      m.removeAttribute('aria-modal');
      m.removeAttribute('role');
    }
    var bs = document.querySelectorAll('.modal-backdrop');
    for (var j = 0; j < bs.length; j++) bs[j].remove();
    document.body.classList.remove('modal-open');
    document.body.style.overflow = '';
  }

  function applyOp(o, keep) {
    var el = o.id ? document.getElementById(o.id) : null;
    switch (o.op) {
      case 'html': if (el) setHtml(el, o.html, keep); break;
      case 'append': if (el) { el.insertAdjacentHTML('beforeend', o.html); adopt(el); } break;
      case 'remove': if (el) el.remove(); break;
      case 'attr':
        if (!el) break;
        if (o.value === null) el.removeAttribute(o.name); else el.setAttribute(o.name, o.value);
        break;
      case 'modal': if (o.show) showModal(o.id); else hideModal(o.id || null); break;
      case 'push': history.pushState(null, '', o.url); break;
      case 'title': document.title = o.text; break;
      case 'focus': { var f = document.querySelector(o.selector); if (f) f.focus(); break; }
      case 'scrollTop': window.scrollTo(0, 0); break;
      case 'load': leaving = true; if (o.replace) location.replace(o.url); else location.assign(o.url); break;
      case 'reload': leaving = true; location.reload(); break;
      case 'error': showError(); break;
    }
  }
  function applyBatch(msg) {
    if (msg.ack != null) inflight = inflight.filter(function (x) { return x.seq > msg.ack; });
    var keep = {};
    for (var i = 0; i < inflight.length; i++) keep[inflight[i].id] = true;
    var ops = msg.ops || [];
    for (var j = 0; j < ops.length; j++) {
      try { applyOp(ops[j], keep); } catch (err) { showError(); if (window.console) console.error(err); }
    }
  }

  document.addEventListener('click', function (e) {
    var t = targetOf(e);
    if (!t) return;
    if (t.closest('.reload')) { e.preventDefault(); leaving = true; location.reload(); return; }
    if (errorUi && errorUi.contains(t) && t.closest('.dismiss')) { errorUi.style.display = 'none'; return; }
    if (!descriptor || e.defaultPrevented) return;
    var h = handlerFor(t, 'click');
    if (h) {
      if (t.closest('a')) e.preventDefault();
      send({ t: 'ev', h: h.id, type: 'click' });
      return;
    }
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    var a = t.closest('a[href]');
    if (!a || (a.target && a.target !== '_self') || a.hasAttribute('download')) return;
    var u = new URL(a.href, document.baseURI);
    if (u.origin !== location.origin) return;
    if (u.pathname === location.pathname && u.search === location.search && u.hash) return;
    e.preventDefault();
    history.pushState(null, '', u.pathname + u.search);
    send({ t: 'nav', url: u.pathname + u.search });
  });
  if (!descriptor) return;

  function valueEvent(type) {
    return function (e) {
      var t = targetOf(e);
      var h = t && handlerFor(t, type);
      if (!h) return;
      var n = send({ t: 'ev', h: h.id, type: type, value: t.value == null ? '' : String(t.value), checked: !!t.checked });
      if (t.id) inflight.push({ seq: n, id: t.id });
    };
  }
  document.addEventListener('change', valueEvent('change'));
  document.addEventListener('input', valueEvent('input'));
  document.addEventListener('submit', function (e) {
    var t = targetOf(e);
    var h = t && handlerFor(t, 'submit');
    if (!h) return;
    e.preventDefault();
    send({ t: 'ev', h: h.id, type: 'submit' });
  });
  window.addEventListener('popstate', function () { send({ t: 'nav', url: location.pathname + location.search }); });
  window.addEventListener('pagehide', function () { leaving = true; });
  window.addEventListener('beforeunload', function () { leaving = true; });

  adopt(document);
  connect();
  window.Blazor = { navigateTo: function (url) { history.pushState(null, '', url); send({ t: 'nav', url: url }); } };
})();
`;

// ---------------------------------------------------------------------------------------------
// Captcha picture

function captchaSvg(text: string, draw: number): string {
  let seed = draw * 7919 + 17;
  for (const ch of text) seed = (seed * 31 + ch.charCodeAt(0)) % 2147483647;
  const rnd = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const w = 160;
  const h = 50;
  const colours = ['#1f3a93', '#8e1b1b', '#1b5e20', '#4a148c', '#263238', '#7a4100'];
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<rect width="${w}" height="${h}" fill="#eef3f8"/>`,
  ];
  for (let i = 0; i < 5; i++) {
    const y1 = Math.round(rnd() * h);
    const y2 = Math.round(rnd() * h);
    const cy = Math.round(rnd() * h);
    parts.push(
      `<path d="M0 ${y1} Q ${w / 2} ${cy} ${w} ${y2}" stroke="${colours[i % colours.length]}" stroke-opacity="0.35" fill="none" stroke-width="${1 + Math.round(rnd())}"/>`,
    );
  }
  const chars = [...text];
  const step = (w - 20) / Math.max(chars.length, 1);
  chars.forEach((ch, i) => {
    const x = Math.round(12 + i * step + rnd() * 6);
    const y = Math.round(34 + rnd() * 8 - 4);
    const rot = Math.round(rnd() * 40 - 20);
    const colour = colours[Math.floor(rnd() * colours.length)] ?? '#263238';
    parts.push(
      `<text x="${x}" y="${y}" transform="rotate(${rot} ${x + 8} ${y - 10})" font-family="'Courier New',Courier,monospace" font-size="30" font-weight="bold" fill="${colour}">${esc(ch)}</text>`,
    );
  });
  for (let i = 0; i < 40; i++) {
    parts.push(
      `<circle cx="${Math.round(rnd() * w)}" cy="${Math.round(rnd() * h)}" r="${(rnd() * 1.4 + 0.4).toFixed(1)}" fill="#455a64" fill-opacity="0.5"/>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// The server

export async function startR10BlazorRendition(options: R10BlazorOptions = {}): Promise<R10BlazorRendition> {
  const state: R10BlazorState = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: (options.captcha ?? 'K7Q2M').toUpperCase(),
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const tradeName = options.tradeName ?? 'SAI KRUPA ENTERPRISES';
  const techContact = options.techContact ?? true;
  const tree = menuTree(options.credentialsLabel ?? 'User Credentials');
  const routes = buildRoutes(tree);
  const sessions = new Map<string, Session>();
  const expiredIds = new Set<string>();
  const circuits = new Map<string, Circuit>();
  const conns = new Set<WsConn>();
  const timers = new Set<NodeJS.Timeout>();
  let pendingExpiry = options.expireOnce;

  // ----- sessions

  function newSession(): Session {
    const s: Session = {
      id: rid(),
      auth: 'anon',
      token: `CfDJ8${randomBytes(60).toString('base64').replace(/=+$/, '')}`,
      lastSeen: Date.now(),
      techShown: false,
      captchaDraw: 0,
    };
    sessions.set(s.id, s);
    return s;
  }

  function cookieSid(req: IncomingMessage): string {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const i = part.indexOf('=');
      if (i > 0 && part.slice(0, i).trim() === COOKIE) return decodeURIComponent(part.slice(i + 1).trim());
    }
    return '';
  }

  function sessionById(sid: string): Session | null {
    const s = sessions.get(sid);
    if (!s) return null;
    if (Date.now() - s.lastSeen > IDLE_MS) {
      sessions.delete(sid);
      if (s.auth === 'in') expiredIds.add(sid);
      return null;
    }
    s.lastSeen = Date.now();
    return s;
  }

  function setCookie(res: ServerResponse, sid: string): void {
    res.setHeader('Set-Cookie', `${COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Lax`);
  }

  function ensureSession(req: IncomingMessage, res: ServerResponse): Session {
    const existing = sessionById(cookieSid(req));
    if (existing) return existing;
    const s = newSession();
    setCookie(res, s.id);
    return s;
  }

  function expireSession(sid: string): void {
    sessions.delete(sid);
    expiredIds.add(sid);
  }

  function findRoute(path: string): Route | undefined {
    return routes.get(normPath(path).toLowerCase());
  }

  // ----- circuits

  function newCircuit(sessionId: string, route: Route): Circuit {
    const now = Date.now();
    for (const [k, old] of circuits) {
      if (!old.conn && now - old.lastSeen > 15 * 60 * 1000) circuits.delete(k);
    }
    const c: Circuit = {
      id: rid(16),
      descriptor: `CfDJ8${randomBytes(45).toString('base64')}`,
      sessionId,
      route,
      page: makePage(route),
      navOpen: new Set(ancestorsOf(tree, route.path)),
      handlers: new Map(),
      nextHandler: 1,
      conn: null,
      started: false,
      broken: false,
      ops: [],
      modalId: null,
      toastSeq: 0,
      lastSeen: now,
    };
    circuits.set(c.descriptor, c);
    return c;
  }

  function makePage(route: Route): Page {
    switch (route.kind) {
      case 'home':
        return { kind: 'home' };
      case 'dashboard':
        return { kind: 'dashboard' };
      case 'create':
        return { kind: 'create', s: newCreateState() };
      case 'leaf':
        return { kind: 'leaf' };
    }
  }

  function on(c: Circuit, type: 'click' | 'change' | 'input' | 'submit', fn: Handler): string {
    const id = c.nextHandler++;
    c.handlers.set(id, fn);
    return ` blazor:on${type}="${id}"`;
  }

  function liveSession(c: Circuit): Session | null {
    return sessionById(c.sessionId);
  }

  function authed(c: Circuit): boolean {
    return liveSession(c)?.auth === 'in';
  }

  function redirectToLogin(c: Circuit, returnPath: string, replace: boolean): void {
    c.ops = [{ op: 'load', url: `${LOGIN_PATH}?ReturnUrl=${encodeURIComponent(returnPath)}`, replace }];
  }

  /** The stage gate of `expireOnce`: the first socket message of the stage finds the session gone. */
  function gate(c: Circuit, stage: R10BlazorExpiry, returnPath: string, replace: boolean): boolean {
    if (pendingExpiry !== stage) return true;
    pendingExpiry = undefined;
    state.expired.push(stage);
    expireSession(c.sessionId);
    redirectToLogin(c, returnPath, replace);
    return false;
  }

  function flush(c: Circuit, ack: number | null): void {
    const ops = c.ops;
    c.ops = [];
    if (c.conn && !c.conn.closed) c.conn.send(JSON.stringify({ t: 'b', ack, ops }));
  }

  function pushLater(c: Circuit, ops: Op[], ms: number): void {
    const t = setTimeout(() => {
      timers.delete(t);
      if (c.conn && !c.conn.closed && !c.broken) c.conn.send(JSON.stringify({ t: 'b', ack: null, ops }));
    }, ms);
    timers.add(t);
  }

  function toast(c: Circuit, kind: 'success' | 'danger' | 'info', title: string, text: string): void {
    const id = `toast-${c.id.slice(0, 6)}-${++c.toastSeq}`;
    const dot = kind === 'success' ? '#198754' : kind === 'danger' ? '#dc3545' : '#0dcaf0';
    const html = `<div id="${id}" class="toast fade show" role="${kind === 'danger' ? 'alert' : 'status'}" aria-live="${kind === 'danger' ? 'assertive' : 'polite'}" aria-atomic="true"><div class="toast-header"><svg class="me-2" width="16" height="16" aria-hidden="true"><rect width="16" height="16" rx="3" fill="${dot}"/></svg><strong class="me-auto">${esc(title)}</strong><small>just now</small><button type="button" class="btn-close" aria-label="Close"${on(c, 'click', (cc) => cc.ops.push({ op: 'remove', id }))}></button></div><div class="toast-body">${esc(text)}</div></div>`;
    c.ops.push({ op: 'append', id: 'toast-container', html });
    pushLater(c, [{ op: 'remove', id }], TOAST_MS);
  }

  function openModal(c: Circuit, id: string, html: string): void {
    c.ops.push({ op: 'modal', show: false });
    c.ops.push({ op: 'html', id: 'modal-host', html });
    c.ops.push({ op: 'modal', id, show: true });
    c.modalId = id;
  }

  function closeModal(c: Circuit): void {
    if (c.modalId) c.ops.push({ op: 'modal', id: c.modalId, show: false });
    c.modalId = null;
  }

  function modalHtml(
    id: string,
    title: string,
    body: string,
    footer: string,
    closeAttr: string,
    extra: { size?: string; header?: string } = {},
  ): string {
    return `<div class="modal fade" id="${id}" tabindex="-1" aria-labelledby="${id}Label" aria-hidden="true"><div class="modal-dialog modal-dialog-centered${extra.size ? ` ${extra.size}` : ''}"><div class="modal-content"><div class="modal-header${extra.header ? ` ${extra.header}` : ''}"><h5 class="modal-title" id="${id}Label">${esc(title)}</h5><button type="button" class="btn-close${extra.header ? ' btn-close-white' : ''}" data-bs-dismiss="modal" aria-label="Close"${closeAttr}></button></div><div class="modal-body">${body}</div><div class="modal-footer">${footer}</div></div></div></div>`;
  }

  function messageModal(c: Circuit, title: string, text: string): string {
    const close = on(c, 'click', (cc) => closeModal(cc));
    return modalHtml(
      'messageModal',
      title,
      `<p class="mb-0">${esc(text)}</p>`,
      `<button type="button" class="btn btn-primary"${close}>OK</button>`,
      close,
      { header: 'bg-danger text-white' },
    );
  }

  function techModal(c: Circuit): string {
    const close = on(c, 'click', (cc) => closeModal(cc));
    const update = on(c, 'click', (cc) => {
      closeModal(cc);
      toast(cc, 'success', 'Saved', 'Technical person details have been updated.');
    });
    const body = `<p>Please check the details of the technical person to be contacted about API access and integration for GSTIN <strong>${esc(state.gstin)}</strong>.</p><table class="table table-bordered mb-0"><tbody><tr><th scope="row">Name</th><td>Ramesh Patil</td></tr><tr><th scope="row">Mobile</th><td>98XXXXXX21</td></tr><tr><th scope="row">E-mail</th><td>it.support@saikrupa.example</td></tr></tbody></table>`;
    return modalHtml(
      'techContactModal',
      'Contacts of Technical Person',
      body,
      `<button type="button" class="btn btn-primary"${update}>Update</button><button type="button" class="btn btn-danger" data-bs-dismiss="modal"${close}>Exit</button>`,
      close,
      { size: 'modal-lg' },
    );
  }

  // ----- layout

  function navItems(c: Circuit | null, path: string, isAuthed: boolean): string {
    if (!isAuthed) {
      const link = (href: string, label: string, ic: string) => {
        const active = samePath(href, path);
        return `<div class="nav-item px-3" ${SN}><a ${SN} class="nav-link${active ? ' active' : ''}" href="${href.slice(1)}"${active ? ' aria-current="page"' : ''}><span class="bi bi-${ic}-nav-menu" aria-hidden="true" ${SN}></span> ${esc(label)}</a></div>`;
      };
      return link('/', 'Home', 'house-door-fill') + link(LOGIN_PATH, 'Login', 'box-arrow-in-right');
    }
    const open = c?.navOpen ?? new Set(ancestorsOf(tree, path));
    const node = (n: MenuNode): string => {
      if (n.href) {
        const active = samePath(n.href, path);
        return `<div class="nav-item px-3" ${SN}><a ${SN} class="nav-link${active ? ' active' : ''}" href="${n.href.slice(1)}"${active ? ' aria-current="page"' : ''}><span class="bi bi-${n.icon}-nav-menu" aria-hidden="true" ${SN}></span> ${esc(n.label)}</a></div>`;
      }
      const isOpen = open.has(n.key);
      const toggle = c
        ? on(c, 'click', (cc) => {
            if (cc.navOpen.has(n.key)) cc.navOpen.delete(n.key);
            else cc.navOpen.add(n.key);
            cc.ops.push({ op: 'html', id: 'nav-menu', html: navItems(cc, cc.route.path, true) });
          })
        : '';
      return `<div class="nav-item px-3" ${SN}><button type="button" ${SN} class="nav-link nav-group-toggle" aria-expanded="${isOpen}" aria-controls="nav-${n.key}"${toggle}><span class="bi bi-${n.icon}-nav-menu" aria-hidden="true" ${SN}></span> ${esc(n.label)} <span class="nav-caret" aria-hidden="true" ${SN}></span></button></div><div id="nav-${n.key}" class="nav-group collapse${isOpen ? ' show' : ''}" ${SN}>${(n.children ?? []).map(node).join('')}</div>`;
    };
    return tree.map(node).join('');
  }

  function topRow(isAuthed: boolean): string {
    if (!isAuthed) {
      return `<a class="btn btn-primary btn-sm text-white" href="Account/Login" ${SL}>Login</a>`;
    }
    return `<span class="top-row-gstin" ${SL}>GSTIN: <strong>${esc(state.gstin)}</strong> &middot; ${esc(tradeName)}</span><span class="top-row-user" ${SL}>${esc(LOGIN.username)}</span><a href="Account/Logout" ${SL}>Logout</a>`;
  }

  const RECONNECT_UI = `<div id="components-reconnect-modal" class="components-reconnect-hide" style="display:none" aria-live="assertive"><div class="components-reconnect-dialog"><div class="reconnect-state reconnect-show"><div class="spinner-border text-primary mb-2" role="status"><span class="visually-hidden">Loading...</span></div><p class="mb-0">Attempting to reconnect to the server: <span class="components-reconnect-current-attempt">0</span> of 8</p></div><div class="reconnect-state reconnect-failed"><p class="mb-0">Failed to reconnect to the server. <a href="" class="reload">Retry</a></p></div><div class="reconnect-state reconnect-rejected"><p class="mb-0">The session has been paused by the server. <a href="" class="reload">Reload</a></p></div></div></div>`;

  function documentHtml(p: {
    title: string;
    nav: string;
    top: string;
    topAuth: boolean;
    body: string;
    modal?: string;
    circuit?: Circuit;
  }): string {
    const c = p.circuit;
    const start = c
      ? `<!--Blazor:${JSON.stringify({
          type: 'server',
          prerenderId: c.id,
          key: {
            locationHash: createHash('sha256').update(c.route.path).digest('hex').slice(0, 40).toUpperCase(),
            formattedComponentKey: '',
          },
          sequence: 0,
          descriptor: c.descriptor,
        })}-->`
      : '';
    const end = c ? `<!--Blazor:${JSON.stringify({ prerenderId: c.id })}-->` : '';
    return `<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <base href="/" />
    <link rel="stylesheet" href="lib/bootstrap/dist/css/bootstrap.min.css" />
    <link rel="stylesheet" href="app.css" />
    <link rel="stylesheet" href="EInvoice.Web.styles.css" />
    <link rel="icon" type="image/svg+xml" href="favicon.svg" />
    <title>${esc(p.title)} - ${APP_NAME}</title>
</head>
<body>
    ${start}<div class="page" ${SL}>
        <div class="sidebar" ${SL}>
            <div class="top-row ps-3 navbar navbar-dark" ${SN}><div class="container-fluid" ${SN}><a class="navbar-brand" href="" ${SN}>${APP_NAME}</a></div></div>
            <input type="checkbox" title="Navigation menu" class="navbar-toggler" ${SN} />
            <div class="nav-scrollable" ${SN}>
                <nav class="flex-column" id="nav-menu" ${SN}>${p.nav}</nav>
            </div>
        </div>
        <main ${SL}>
            <div class="top-row px-4${p.topAuth ? ' auth' : ''}" id="top-row" ${SL}>${p.top}</div>
            <article class="content px-4" id="app-body" ${SL}>${p.body}</article>
        </main>
    </div>
    <div id="modal-host">${p.modal ?? ''}</div>
    <div id="toast-container" class="toast-container position-fixed top-0 end-0 p-3"></div>${end}
    <div id="blazor-error-ui" ${SL}>
        An unhandled error has occurred.
        <a href="" class="reload">Reload</a>
        <a class="dismiss">&#x1F5D9;</a>
    </div>
    ${RECONNECT_UI}
    <script src="_framework/blazor.web.js"></script>
</body>
</html>
`;
  }

  // ----- pages

  function crumbs(trail: string[]): string {
    return `<nav aria-label="breadcrumb"><ol class="breadcrumb">${trail
      .map(
        (t, i) =>
          `<li class="breadcrumb-item${i === trail.length - 1 ? ' active" aria-current="page' : ''}">${esc(t)}</li>`,
      )
      .join('')}</ol></nav>`;
  }

  function pageBody(c: Circuit): string {
    const page = c.page;
    switch (page.kind) {
      case 'home':
        return homeBody(authed(c));
      case 'dashboard':
        return dashboardBody();
      case 'leaf':
        return `<h1 tabindex="-1">${esc(c.route.title)}</h1>${crumbs(c.route.trail)}<div class="card"><div class="card-body"><p class="text-muted mb-0">No records found.</p></div></div>`;
      case 'create':
        return createBody(c, page.s);
    }
  }

  function homeBody(isAuthed: boolean): string {
    const action = isAuthed
      ? `<a class="btn btn-primary" href="${DASH_PATH.slice(1)}">Go to Dash Board</a>`
      : `<a class="btn btn-primary btn-lg" href="Account/Login">Login</a>`;
    return `<h1 tabindex="-1">Welcome to the e-Invoice System</h1>
<p class="lead">Report your B2B invoices to the Invoice Registration Portal and get the Invoice Reference Number (IRN) and signed QR code.</p>
<div class="mb-4">${action}</div>
<div class="row g-3">
  <div class="col-md-6"><div class="card"><div class="card-header">What's new</div><div class="card-body"><ul class="mb-0">
    <li>Two-factor authentication (OTP) is mandatory for every login from 1 April 2025.</li>
    <li>OTPs are sent by SMS and the Sandes app, or shown in the NIC-GST-Shield app.</li>
    <li>API users for GSPs are created under API Registration &rarr; User Credentials.</li>
  </ul></div></div></div>
  <div class="col-md-6"><div class="card"><div class="card-header">Help</div><div class="card-body"><p class="mb-0">Helpdesk: 1800-120-0011 &middot; support.einv.api@gov.in</p></div></div></div>
</div>`;
  }

  function dashboardBody(): string {
    return `<h1 tabindex="-1">Dash Board</h1>
<p>Welcome, <strong>${esc(tradeName)}</strong> (GSTIN ${esc(state.gstin)})</p>
<div class="row g-3">
  <div class="col-md-6"><div class="card stat-card"><div class="card-header">Generations</div><div class="card-body"><div class="display-6">128</div><p class="text-muted mb-0">IRNs generated this month</p></div></div></div>
  <div class="col-md-6"><div class="card stat-card"><div class="card-header">Cancelled</div><div class="card-body"><div class="display-6">3</div><p class="text-muted mb-0">IRNs cancelled this month</p></div></div></div>
</div>`;
  }

  function isCurrent(c: Circuit, s: CreateState): boolean {
    return c.page.kind === 'create' && c.page.s === s;
  }

  function registeredTable(): string {
    const mine = state.users.filter((u) => u.gstin === state.gstin);
    const rows = mine.length
      ? mine
          .map(
            (u, i) =>
              `<tr><td>${i + 1}</td><td>${esc(u.gsp)}</td><td>${esc(u.username)}</td><td>${esc(formatDate(u.createdOn))}</td></tr>`,
          )
          .join('')
      : '<tr><td colspan="4" class="text-muted">No GSP registered yet.</td></tr>';
    return `<div class="card mt-4"><div class="card-header">GSPs registered for GSTIN ${esc(state.gstin)}</div><div class="card-body p-0"><table class="table table-striped mb-0"><thead><tr><th scope="col">Sl. No.</th><th scope="col">GSP Name</th><th scope="col">API Username</th><th scope="col">Created On</th></tr></thead><tbody>${rows}</tbody></table></div></div>`;
  }

  function bindText(c: Circuit, s: CreateState, f: Exclude<Field, 'mode' | 'gsp'>): string {
    const set = (v: string) => {
      if (f === 'otp') s.otp = v;
      else if (f === 'username') s.username = v;
      else if (f === 'password') s.password = v;
      else if (f === 'confirm') s.confirm = v;
      else s.clientId = v;
    };
    return (
      on(c, 'input', (_cc, ev) => {
        if (isCurrent(_cc, s)) set(ev.value);
      }) +
      on(c, 'change', (cc, ev) => {
        if (!isCurrent(cc, s)) return;
        set(ev.value);
        s.modified.add(f);
        validateField(cc, s, f);
        if (f === 'password' && s.modified.has('confirm')) validateField(cc, s, 'confirm');
      })
    );
  }

  function validateField(c: Circuit, s: CreateState, f: Field): void {
    const err = fieldError(s, f);
    if (err) s.errors.set(f, err);
    else s.errors.delete(f);
    const base = f === 'gsp' ? 'form-select' : 'form-control';
    c.ops.push({ op: 'attr', id: FIELD_IDS[f], name: 'class', value: `${base} ${fieldClass(s, f)}` });
    c.ops.push({ op: 'html', id: `vm-${f}`, html: messageHtml(err) });
    const vs = s.stage === 'otp' ? 'vs-otp' : 'vs-create';
    if (s.submitted) c.ops.push({ op: 'html', id: vs, html: summaryHtml(createSummary(s)) });
  }

  function renderBody(c: Circuit): void {
    c.ops.push({ op: 'html', id: 'app-body', html: pageBody(c) });
  }

  function createBody(c: Circuit, s: CreateState): string {
    const head = `<h1 tabindex="-1">Create API User</h1>${crumbs(c.route.trail)}`;
    switch (s.stage) {
      case 'sending':
        return `${head}<div class="card"><div class="card-header"><h5 class="card-title mb-0">API Registration</h5></div><div class="card-body"><div class="d-flex align-items-center gap-2"><div class="spinner-border spinner-border-sm text-primary" role="status"><span class="visually-hidden">Loading...</span></div><span>Sending OTP to your registered mobile number&hellip;</span></div></div></div>`;
      case 'otp':
        return head + otpCard(c, s);
      case 'form':
        return `${head}<div class="card"><div class="card-header"><h5 class="card-title mb-0">API Registration</h5></div><div class="card-body"><p>GSTIN: <strong>${esc(state.gstin)}</strong> &middot; ${esc(tradeName)}</p><form id="create-form" novalidate${on(c, 'submit', submitCreate(s))}>${createFormInner(c, s)}</form></div></div>${registeredTable()}`;
      case 'done':
        return head + doneCard(c, s) + registeredTable();
    }
  }

  function otpCard(c: Circuit, s: CreateState): string {
    const err = s.errors.get('otp') ?? '';
    const resend = on(c, 'click', (cc) => {
      if (!isCurrent(cc, s) || s.stage !== 'otp') return;
      if (!gate(cc, 'api-otp-send', cc.route.path, false)) return;
      s.otp = '';
      s.errors.clear();
      s.modified.clear();
      s.serverErrors = [];
      s.submitted = false;
      issueOtp(cc, s, true);
      renderBody(cc);
    });
    return `<div class="card"><div class="card-header"><h5 class="card-title mb-0">API Registration</h5></div><div class="card-body">
<p>An OTP has been sent to your registered mobile number <strong>${MOBILE}</strong>. It is valid for 10 minutes.</p>
<form id="api-otp-form" novalidate${on(c, 'submit', verifyOtp(s))}>
<div id="vs-otp">${summaryHtml(createSummary(s))}</div>
<div class="row mb-3"><label for="${FIELD_IDS.otp}" class="col-sm-3 col-form-label">Enter OTP <span class="text-danger">*</span></label><div class="col-sm-5"><input id="${FIELD_IDS.otp}" type="text" inputmode="numeric" maxlength="6" autocomplete="one-time-code" class="form-control ${fieldClass(s, 'otp')}" value="${esc(s.otp)}"${bindText(c, s, 'otp')} /><div id="vm-otp">${messageHtml(err)}</div></div></div>
<div class="d-flex gap-2 align-items-center"><button type="submit" class="btn btn-primary">Verify OTP</button><button type="button" class="btn btn-link"${resend}>Resend OTP</button></div>
</form></div></div>`;
  }

  function issueOtp(c: Circuit, s: CreateState, again: boolean): void {
    s.stage = 'otp';
    s.otpSentAt = Date.now();
    toast(
      c,
      'info',
      again ? 'OTP re-sent' : 'OTP sent',
      `An OTP has been sent to your registered mobile number ${MOBILE}.`,
    );
  }

  function verifyOtp(s: CreateState): Handler {
    return (c) => {
      if (!isCurrent(c, s) || s.stage !== 'otp') return;
      if (!gate(c, 'api-otp-verify', c.route.path, false)) return;
      s.submitted = true;
      s.serverErrors = [];
      const formatErr = fieldError(s, 'otp');
      if (formatErr) {
        s.errors.set('otp', formatErr);
        renderBody(c);
        return;
      }
      const code = s.otp.replace(/\s+/g, '');
      let refusal = '';
      if (code !== state.apiOtp) refusal = 'Invalid OTP. Please enter the correct OTP.';
      else if (Date.now() - s.otpSentAt > API_OTP_VALID_MS)
        refusal = 'The OTP has expired. Please click Resend OTP.';
      if (refusal) {
        state.refusals.push('api-otp');
        s.errors.set('otp', refusal);
        renderBody(c);
        toast(c, 'danger', 'Error', refusal);
        return;
      }
      s.stage = 'form';
      s.errors.clear();
      s.modified.clear();
      s.serverErrors = [];
      s.submitted = false;
      renderBody(c);
      toast(c, 'success', 'Success', 'OTP verified successfully.');
    };
  }

  function createFormInner(c: Circuit, s: CreateState): string {
    const groupName = `mode-${c.id.slice(0, 8)}`;
    const radios = MODES.map((m) => {
      const id = `${FIELD_IDS.mode}_${m.value}`;
      const change = on(c, 'change', (cc, ev) => {
        if (!isCurrent(cc, s)) return;
        s.mode = ev.value || m.value;
        s.modified.add('mode');
        const err = fieldError(s, 'mode');
        if (err) s.errors.set('mode', err);
        else s.errors.delete('mode');
        s.serverErrors = [];
        redrawForm(cc, s);
      });
      return `<div class="form-check"><input class="form-check-input ${fieldClass(s, 'mode')}" type="radio" name="${groupName}" id="${id}" value="${m.value}"${s.mode === m.value ? ' checked' : ''}${change} /><label class="form-check-label" for="${id}">${esc(m.label)}</label></div>`;
    }).join('');
    return `<div id="vs-create">${summaryHtml(createSummary(s))}</div>
<fieldset class="mb-3"><legend class="col-form-label fw-semibold">Do you wish to Register your GSTIN for <span class="text-danger">*</span></legend>${radios}<div id="vm-mode">${messageHtml(s.errors.get('mode') ?? '')}</div></fieldset>
<div id="create-region">${modeRegion(c, s)}</div>
<div class="d-flex gap-2 mt-3"><button type="submit" class="btn btn-primary">Submit</button><button type="button" class="btn btn-outline-secondary"${on(c, 'click', (cc) => navigateTo(cc, DASH_PATH))}>Exit</button></div>`;
  }

  function redrawForm(c: Circuit, s: CreateState): void {
    c.ops.push({ op: 'html', id: 'create-form', html: createFormInner(c, s) });
  }

  function textRow(
    c: Circuit,
    s: CreateState,
    f: 'username' | 'password' | 'confirm' | 'clientId',
    label: string,
    type: string,
    extra: string,
    hint: string,
  ): string {
    const id = FIELD_IDS[f];
    const value =
      f === 'username'
        ? s.username
        : f === 'password'
          ? s.password
          : f === 'confirm'
            ? s.confirm
            : s.clientId;
    const input = `<input id="${id}" type="${type}" class="form-control ${fieldClass(s, f)}" value="${esc(value)}" autocomplete="${type === 'password' ? 'new-password' : 'off'}"${extra}${bindText(c, s, f)} />`;
    const control =
      f === 'username'
        ? `<div class="input-group"><span class="input-group-text api-prefix">API_</span>${input}</div>`
        : input;
    return `<div class="row mb-3"><label for="${id}" class="col-sm-3 col-form-label">${esc(label)} <span class="text-danger">*</span></label><div class="col-sm-6">${control}${hint ? `<div class="form-text">${esc(hint)}</div>` : ''}<div id="vm-${f}">${messageHtml(s.errors.get(f) ?? '')}</div></div></div>`;
  }

  function modeRegion(c: Circuit, s: CreateState): string {
    switch (s.mode) {
      case 'ThroughGsp': {
        const change = on(c, 'change', (cc, ev) => {
          if (!isCurrent(cc, s)) return;
          s.gsp = ev.value;
          s.modified.add('gsp');
          const err = fieldError(s, 'gsp');
          if (err) s.errors.set('gsp', err);
          else s.errors.delete('gsp');
          s.serverErrors = [];
          redrawForm(cc, s);
        });
        const options = GSPS.map(
          (g) => `<option value="${g.code}"${s.gsp === g.code ? ' selected' : ''}>${esc(g.name)}</option>`,
        ).join('');
        const chosen = gspName(s.gsp);
        return `<div class="row mb-3"><label for="${FIELD_IDS.gsp}" class="col-sm-3 col-form-label">Select your GSP <span class="text-danger">*</span></label><div class="col-sm-6"><select id="${FIELD_IDS.gsp}" class="form-select ${fieldClass(s, 'gsp')}"${change}><option value=""${s.gsp ? '' : ' selected'}>-- Select GSP --</option>${options}</select>${chosen ? `<div class="form-text">API user to be created for <strong>${esc(chosen)}</strong>.</div>` : ''}<div id="vm-gsp">${messageHtml(s.errors.get('gsp') ?? '')}</div></div></div>
${textRow(c, s, 'username', 'Username', 'text', ' maxlength="20"', '4 to 20 letters, digits or underscore, typed after the fixed prefix API_.')}
${textRow(c, s, 'password', 'Password', 'password', ' maxlength="20"', '8 to 20 characters with an uppercase letter, a lowercase letter, a digit and a special character.')}
${textRow(c, s, 'confirm', 'Re-enter Password', 'password', ' maxlength="20"', '')}`;
      }
      case 'Directly':
        return '<div class="alert alert-info mb-0" role="status">Direct API access (Client Id and Client Secret issued to the taxpayer) is available only to taxpayers whose aggregate annual turnover exceeds the notified limit. Others register through a GSP.</div>';
      case 'ThroughErp':
        return '<div class="alert alert-info mb-0" role="status">Registration through ERP is available only to taxpayers already registered directly.</div>';
      case 'ThroughClientIdOfOther':
        return textRow(
          c,
          s,
          'clientId',
          'Client-Id of other',
          'text',
          ' maxlength="40"',
          'The Client-Id of the GSTIN whose API access you wish to share.',
        );
      default:
        return '<p class="text-muted mb-0">Choose how you wish to register your GSTIN to continue.</p>';
    }
  }

  function submitCreate(s: CreateState): Handler {
    return (c) => {
      if (!isCurrent(c, s) || s.stage !== 'form') return;
      if (!gate(c, 'submit', c.route.path, false)) return;
      s.submitted = true;
      s.serverErrors = [];
      s.errors.clear();
      for (const f of fieldsFor(s.mode)) {
        const err = fieldError(s, f);
        if (err) s.errors.set(f, err);
      }
      if (s.errors.size === 0 && s.mode !== 'ThroughGsp') {
        s.serverErrors = [
          s.mode === 'Directly'
            ? 'Your GSTIN is not eligible for direct API access. Please register through a GSP.'
            : s.mode === 'ThroughErp'
              ? 'Registration through ERP is not enabled for your GSTIN. Please register through a GSP.'
              : 'The Client-Id entered is not registered on the e-Invoice System.',
        ];
      }
      if (s.errors.size || s.serverErrors.length) {
        redrawForm(c, s);
        return;
      }
      const full = `API_${s.username}`;
      const yes = on(c, 'click', (cc) => confirmCreate(cc, s));
      const no = on(c, 'click', (cc) => closeModal(cc));
      openModal(
        c,
        'confirmModal',
        modalHtml(
          'confirmModal',
          'Confirm',
          `<p class="mb-0">Do you want to create the API user <strong>${esc(full)}</strong> for <strong>${esc(gspName(s.gsp))}</strong>?</p>`,
          `<button type="button" class="btn btn-secondary"${no}>No</button><button type="button" class="btn btn-primary"${yes}>Yes</button>`,
          no,
        ),
      );
    };
  }

  function confirmCreate(c: Circuit, s: CreateState): void {
    closeModal(c);
    if (!isCurrent(c, s) || s.stage !== 'form') return;
    const gsp = gspName(s.gsp);
    const full = `API_${s.username}`;
    if (!gsp || fieldsFor(s.mode).some((f) => fieldError(s, f))) return;
    if (state.users.some((u) => u.gstin === state.gstin && u.gsp === gsp)) {
      state.refusals.push('duplicate');
      const text = `GSTIN ${state.gstin} is already registered with ${gsp}. Use Change API Password to change the password of the existing API user.`;
      s.serverErrors = [text];
      redrawForm(c, s);
      openModal(c, 'messageModal', messageModal(c, 'Error', text));
      return;
    }
    const lower = full.toLowerCase();
    if (
      TAKEN_ELSEWHERE.some((u) => u.toLowerCase() === lower) ||
      state.users.some((u) => u.username.toLowerCase() === lower)
    ) {
      state.refusals.push('username-taken');
      const text = `The username ${full} is already taken. Please choose another username.`;
      s.errors.set('username', text);
      redrawForm(c, s);
      openModal(c, 'messageModal', messageModal(c, 'Error', text));
      return;
    }
    const user: R10BlazorUser = {
      gstin: state.gstin,
      gsp,
      username: full,
      password: s.password,
      createdOn: new Date().toISOString(),
    };
    state.users.push(user);
    s.created = user;
    s.stage = 'done';
    renderBody(c);
    toast(c, 'success', 'Success', `API User ${full} created successfully.`);
  }

  function doneCard(c: Circuit, s: CreateState): string {
    const u = s.created;
    const again = on(c, 'click', (cc) => {
      if (!isCurrent(cc, s)) return;
      const fresh = newCreateState();
      fresh.stage = 'form';
      fresh.otpSentAt = s.otpSentAt;
      cc.page = { kind: 'create', s: fresh };
      renderBody(cc);
    });
    const exit = on(c, 'click', (cc) => navigateTo(cc, DASH_PATH));
    return `<div class="alert alert-success" role="alert"><h4 class="alert-heading">API user created</h4><p>API User <strong>${esc(u?.username ?? '')}</strong> has been created successfully for <strong>${esc(u?.gsp ?? '')}</strong>.</p><hr /><p class="mb-0">Note the username and password: you will need them with the Authentication API of your GSP.</p></div><div class="d-flex gap-2"><button type="button" class="btn btn-primary"${again}>Register with another GSP</button><button type="button" class="btn btn-outline-secondary"${exit}>Exit</button></div>`;
  }

  // ----- socket messages

  function afterRender(c: Circuit): void {
    if (c.page.kind !== 'dashboard' || !techContact) return;
    const sess = liveSession(c);
    if (!sess || sess.techShown) return;
    sess.techShown = true;
    openModal(c, 'techContactModal', techModal(c));
  }

  function onStart(c: Circuit): void {
    if (c.started) {
      onResume(c);
      return;
    }
    c.started = true;
    if (c.route.auth && !authed(c)) {
      redirectToLogin(c, c.route.path, false);
      return;
    }
    const page = c.page;
    if (page.kind === 'create' && page.s.stage === 'sending') {
      if (!gate(c, 'api-otp-send', c.route.path, false)) return;
      issueOtp(c, page.s, false);
      renderBody(c);
    }
    afterRender(c);
  }

  function onResume(c: Circuit): void {
    if (c.route.auth && !authed(c)) {
      redirectToLogin(c, c.route.path, false);
      return;
    }
    c.ops.push({ op: 'html', id: 'nav-menu', html: navItems(c, c.route.path, authed(c)) });
    renderBody(c);
  }

  function navigateTo(c: Circuit, path: string): void {
    onNav(c, path, true);
  }

  function onNav(c: Circuit, url: string, fromServer: boolean): void {
    let target: URL;
    try {
      target = new URL(url, 'http://localhost');
    } catch {
      return;
    }
    const full = target.pathname + target.search;
    const route = findRoute(target.pathname);
    if (!route) {
      c.ops = [{ op: 'load', url: full, replace: !fromServer }];
      return;
    }
    if (route.auth && !authed(c)) {
      if (fromServer) c.ops.push({ op: 'push', url: route.path });
      redirectToLogin(c, full, true);
      return;
    }
    if (!fromServer && route === c.route) return;
    if (route.kind === 'create' && !gate(c, 'api-otp-send', route.path, !fromServer)) return;
    if (fromServer) c.ops.push({ op: 'push', url: route.path });
    c.route = route;
    c.page = makePage(route);
    for (const k of ancestorsOf(tree, route.path)) c.navOpen.add(k);
    if (c.page.kind === 'create') issueOtp(c, c.page.s, false);
    if (c.modalId) closeModal(c);
    c.ops.push({ op: 'modal', show: false });
    c.ops.push({ op: 'html', id: 'modal-host', html: '' });
    c.ops.push({ op: 'title', text: `${route.title} - ${APP_NAME}` });
    c.ops.push({ op: 'html', id: 'nav-menu', html: navItems(c, route.path, authed(c)) });
    renderBody(c);
    c.ops.push({ op: 'scrollTop' });
    c.ops.push({ op: 'focus', selector: '#app-body h1' });
    afterRender(c);
  }

  function onEvent(c: Circuit, msg: ClientMsg): void {
    const h = c.handlers.get(msg.h);
    if (!h) return;
    if (c.route.auth && !authed(c)) {
      redirectToLogin(c, c.route.path, false);
      return;
    }
    h(c, { type: msg.type, value: msg.value, checked: msg.checked });
  }

  function handleMessage(c: Circuit, msg: ClientMsg): void {
    if (c.broken) return;
    c.ops = [];
    c.lastSeen = Date.now();
    try {
      if (msg.t === 'start') onStart(c);
      else if (msg.t === 'resume') onResume(c);
      else if (msg.t === 'nav') onNav(c, msg.url, false);
      else if (msg.t === 'ev') onEvent(c, msg);
    } catch (err) {
      console.error('[r10-blazor] unhandled exception in circuit', err);
      c.ops = [{ op: 'error' }];
      c.broken = true;
    }
    flush(c, msg.seq);
  }

  // ----- HTTP

  function send(res: ServerResponse, status: number, type: string, body: string): void {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache, no-store' });
    res.end(body);
  }

  function redirect(res: ServerResponse, location: string): void {
    res.writeHead(302, { Location: location, 'Cache-Control': 'no-cache, no-store' });
    res.end();
  }

  function readBody(req: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (d: Buffer) => {
        size += d.length;
        if (size > 65536) {
          reject(new Error('body too large'));
          req.destroy();
          return;
        }
        chunks.push(d);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  }

  function staticPage(res: ServerResponse, status: number, title: string, path: string, body: string): void {
    send(
      res,
      status,
      'text/html; charset=utf-8',
      documentHtml({ title, nav: navItems(null, path, false), top: topRow(false), topAuth: false, body }),
    );
  }

  function fieldMsg(text: string | undefined): string {
    return text ? `<div class="text-danger validation-message">${esc(text)}</div>` : '';
  }

  function loginSummary(items: string[]): string {
    if (!items.length) return '';
    return `<div class="text-danger validation-summary-errors" data-valmsg-summary="true" role="alert"><ul>${items
      .map((t) => `<li>${esc(t)}</li>`)
      .join('')}</ul></div>`;
  }

  function loginPage(
    res: ServerResponse,
    sess: Session,
    o: {
      returnUrl: string;
      userName?: string;
      errors?: string[];
      fields?: Record<string, string>;
      status?: string;
    },
  ): void {
    sess.captchaDraw++;
    const rq = o.returnUrl ? `?ReturnUrl=${encodeURIComponent(o.returnUrl)}` : '';
    const f = o.fields ?? {};
    const body = `<h1>Log in</h1>
<div class="row">
  <div class="col-lg-5">
    <section>
      ${o.status ? `<div class="alert alert-warning" role="alert">${esc(o.status)}</div>` : ''}
      <form method="post" action="Account/Login${rq}" novalidate>
        <input type="hidden" name="_handler" value="login" />
        <input type="hidden" name="__RequestVerificationToken" value="${esc(sess.token)}" />
        <input type="hidden" name="ReturnUrl" value="${esc(o.returnUrl)}" />
        <h2 class="h5">Use your e-Invoice System username to log in.</h2>
        <hr />
        ${loginSummary(o.errors ?? [])}
        <div class="form-floating mb-3">
          <input id="Input.UserName" name="Input.UserName" class="form-control" autocomplete="username" aria-required="true" placeholder="Username" value="${esc(o.userName ?? '')}" />
          <label for="Input.UserName" class="form-label">Username</label>
          ${fieldMsg(f.userName)}
        </div>
        <div class="form-floating mb-3">
          <input id="Input.Password" name="Input.Password" type="password" class="form-control" autocomplete="current-password" aria-required="true" placeholder="Password" />
          <label for="Input.Password" class="form-label">Password</label>
          ${fieldMsg(f.password)}
        </div>
        <div class="captcha-box">
          <img id="captcha_image" src="Account/Captcha?v=${sess.captchaDraw}" alt="Captcha" width="160" height="50" />
          <button type="button" class="btn btn-outline-secondary btn-sm" title="Refresh captcha" aria-label="Refresh captcha" onclick="var i=document.getElementById('captcha_image');i.src='Account/Captcha?v='+Date.now();">&#x21bb;</button>
        </div>
        <div class="form-floating mb-3">
          <input id="Input.CaptchaCode" name="Input.CaptchaCode" class="form-control" autocomplete="off" maxlength="5" aria-required="true" placeholder="Captcha" />
          <label for="Input.CaptchaCode" class="form-label">Enter the characters shown above</label>
          ${fieldMsg(f.captcha)}
        </div>
        <div>
          <button type="submit" class="w-100 btn btn-lg btn-primary">Login</button>
        </div>
      </form>
    </section>
  </div>
  <div class="col-lg-5 offset-lg-1">
    <section>
      <h3 class="h5">Two-factor authentication</h3>
      <p>From 1 April 2025 every login also needs an OTP, sent to the registered mobile number by SMS and the Sandes app, or shown in the NIC-GST-Shield app.</p>
    </section>
  </div>
</div>`;
    staticPage(res, 200, 'Log in', LOGIN_PATH, body);
  }

  function twoFaPage(
    res: ServerResponse,
    sess: Session,
    o: { returnUrl: string; errors?: string[]; field?: string; status?: string },
  ): void {
    const rq = o.returnUrl ? `?ReturnUrl=${encodeURIComponent(o.returnUrl)}` : '';
    const body = `<h1>Two-factor authentication</h1>
<hr />
${o.status ? `<div class="alert alert-success" role="alert">${esc(o.status)}</div>` : ''}
<p>An OTP has been sent to your registered mobile number <strong>${MOBILE}</strong> (SMS and Sandes app). You may also enter the code shown in the NIC-GST-Shield app.</p>
<div class="row">
  <div class="col-lg-5">
    <form method="post" action="Account/LoginWith2fa${rq}" novalidate>
      <input type="hidden" name="_handler" value="login-with-2fa" />
      <input type="hidden" name="__RequestVerificationToken" value="${esc(sess.token)}" />
      <input type="hidden" name="ReturnUrl" value="${esc(o.returnUrl)}" />
      ${loginSummary(o.errors ?? [])}
      <div class="form-floating mb-3">
        <input id="Input.TwoFactorCode" name="Input.TwoFactorCode" class="form-control" autocomplete="one-time-code" inputmode="numeric" maxlength="6" aria-required="true" placeholder="OTP" />
        <label for="Input.TwoFactorCode" class="form-label">Enter OTP</label>
        ${fieldMsg(o.field)}
      </div>
      <div>
        <button type="submit" class="w-100 btn btn-lg btn-primary">Verify OTP</button>
      </div>
    </form>
    <p class="mt-3">Did not receive the OTP? <a href="Account/LoginWith2fa?resend=1${o.returnUrl ? `&amp;ReturnUrl=${encodeURIComponent(o.returnUrl)}` : ''}">Resend OTP</a></p>
    <p><a href="Account/Login">Back to login</a></p>
  </div>
</div>`;
    staticPage(res, 200, 'Two-factor authentication', TWO_FA_PATH, body);
  }

  async function handleLogin(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method === 'GET') {
      const sid = cookieSid(req);
      let status = '';
      if (sid && expiredIds.has(sid)) {
        expiredIds.delete(sid);
        status = EXPIRED_TEXT;
      }
      const sess = ensureSession(req, res);
      if (sess.auth === '2fa') sess.auth = 'anon';
      loginPage(res, sess, { returnUrl: safeReturn(url.searchParams.get('ReturnUrl')), status });
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed');
      return;
    }
    const form = new URLSearchParams(await readBody(req));
    const returnUrl = safeReturn(form.get('ReturnUrl') || url.searchParams.get('ReturnUrl'));
    const known = sessionById(cookieSid(req));
    const sess = known ?? ensureSession(req, res);
    const userName = (form.get('Input.UserName') ?? '').trim();
    if (!known || form.get('__RequestVerificationToken') !== sess.token) {
      loginPage(res, sess, {
        returnUrl,
        userName,
        errors: ['The form has expired (the antiforgery token could not be validated). Please try again.'],
      });
      return;
    }
    const password = form.get('Input.Password') ?? '';
    const captcha = (form.get('Input.CaptchaCode') ?? '').trim();
    const fields: Record<string, string> = {};
    if (!userName) fields.userName = 'The Username field is required.';
    if (!password) fields.password = 'The Password field is required.';
    if (!captcha) fields.captcha = 'The Captcha field is required.';
    if (Object.keys(fields).length) {
      loginPage(res, sess, { returnUrl, userName, fields });
      return;
    }
    if (captcha.toUpperCase() !== state.captcha) {
      state.refusals.push('captcha');
      loginPage(res, sess, {
        returnUrl,
        userName,
        errors: ['Invalid Captcha. Please enter the characters shown in the image.'],
      });
      return;
    }
    if (userName.toLowerCase() !== LOGIN.username.toLowerCase() || password !== LOGIN.password) {
      state.refusals.push('login');
      loginPage(res, sess, {
        returnUrl,
        userName,
        errors: ['Invalid Login Credentials. Please check your username and password.'],
      });
      return;
    }
    sess.auth = '2fa';
    redirect(res, `${TWO_FA_PATH}${returnUrl ? `?ReturnUrl=${encodeURIComponent(returnUrl)}` : ''}`);
  }

  async function handleTwoFa(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const sess = sessionById(cookieSid(req));
    const returnUrl = safeReturn(url.searchParams.get('ReturnUrl'));
    if (sess?.auth !== '2fa') {
      redirect(res, `${LOGIN_PATH}${returnUrl ? `?ReturnUrl=${encodeURIComponent(returnUrl)}` : ''}`);
      return;
    }
    if (req.method === 'GET') {
      twoFaPage(res, sess, {
        returnUrl,
        status: url.searchParams.get('resend') ? `A new OTP has been sent to ${MOBILE}.` : '',
      });
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed');
      return;
    }
    const form = new URLSearchParams(await readBody(req));
    const ret = safeReturn(form.get('ReturnUrl') || returnUrl);
    if (form.get('__RequestVerificationToken') !== sess.token) {
      twoFaPage(res, sess, { returnUrl: ret, errors: ['The form has expired. Please try again.'] });
      return;
    }
    const code = (form.get('Input.TwoFactorCode') ?? '').replace(/[\s-]+/g, '');
    if (!code) {
      twoFaPage(res, sess, { returnUrl: ret, field: 'The OTP field is required.' });
      return;
    }
    if (code !== state.loginOtp) {
      state.refusals.push('login-otp');
      twoFaPage(res, sess, { returnUrl: ret, errors: ['Invalid OTP. Please enter the correct OTP.'] });
      return;
    }
    sessions.delete(sess.id);
    const fresh = newSession();
    fresh.auth = 'in';
    setCookie(res, fresh.id);
    redirect(res, ret && ret !== '/' ? ret : DASH_PATH);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = normPath(url.pathname);
    const lower = path.toLowerCase();
    const method = req.method ?? 'GET';

    if (method === 'GET' || method === 'HEAD') {
      if (lower === '/lib/bootstrap/dist/css/bootstrap.min.css')
        return send(res, 200, 'text/css; charset=utf-8', BOOTSTRAP_CSS);
      if (lower === '/app.css') return send(res, 200, 'text/css; charset=utf-8', APP_CSS);
      if (lower === '/einvoice.web.styles.css') return send(res, 200, 'text/css; charset=utf-8', SCOPED_CSS);
      if (lower === '/_framework/blazor.web.js')
        return send(res, 200, 'text/javascript; charset=utf-8', CLIENT_JS);
      if (lower === '/favicon.svg') return send(res, 200, 'image/svg+xml', FAVICON);
      if (lower === '/account/captcha') {
        const sess = sessionById(cookieSid(req));
        return send(
          res,
          200,
          'image/svg+xml',
          captchaSvg(state.captcha, (sess?.captchaDraw ?? 0) + Math.floor(Math.random() * 1000)),
        );
      }
    }
    if (lower === '/account/login') return handleLogin(req, res, url);
    if (lower === '/account/loginwith2fa') return handleTwoFa(req, res, url);
    if (lower === '/account/logout') {
      const sid = cookieSid(req);
      if (sid) sessions.delete(sid);
      res.setHeader(
        'Set-Cookie',
        `${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Expires=Thu, 01 Jan 1970 00:00:00 GMT`,
      );
      return redirect(res, '/');
    }
    if (method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed');

    const route = findRoute(path);
    if (!route) {
      return staticPage(
        res,
        404,
        'Not found',
        path,
        `<h1>Not found</h1><p role="alert">Sorry, there's nothing at this address.</p>`,
      );
    }
    let sess: Session;
    if (route.auth) {
      const known = sessionById(cookieSid(req));
      if (known?.auth !== 'in') {
        return redirect(res, `${LOGIN_PATH}?ReturnUrl=${encodeURIComponent(url.pathname + url.search)}`);
      }
      sess = known;
    } else {
      sess = ensureSession(req, res);
    }
    const isAuthed = sess.auth === 'in';
    const c = newCircuit(sess.id, route);
    const modal = c.page.kind === 'dashboard' && techContact && !sess.techShown ? techModal(c) : '';
    send(
      res,
      200,
      'text/html; charset=utf-8',
      documentHtml({
        title: route.title,
        nav: navItems(c, route.path, isAuthed),
        top: topRow(isAuthed),
        topAuth: isAuthed,
        body: pageBody(c),
        modal,
        circuit: c,
      }),
    );
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[r10-blazor] request failed', err);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'An unhandled exception occurred.');
      else res.end();
    });
  });

  // Every socket the server took, an upgraded one too: closeAllConnections() knows only those
  // still speaking HTTP, and server.close() waits for them all.
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const key = req.headers['sec-websocket-key'];
    if (
      url.pathname !== '/_blazor' ||
      (req.headers.upgrade ?? '').toLowerCase() !== 'websocket' ||
      typeof key !== 'string' ||
      req.headers['sec-websocket-version'] !== '13'
    ) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      return;
    }
    const accept = createHash('sha1')
      .update(key + WS_GUID)
      .digest('base64');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    const conn = new WsConn(socket);
    conns.add(conn);
    const sid = cookieSid(req);
    let circuit = circuits.get(url.searchParams.get('id') ?? '');
    if (circuit && circuit.sessionId !== sid) circuit = undefined;
    if (circuit) {
      if (circuit.conn && circuit.conn !== conn) circuit.conn.close(1000);
      circuit.conn = conn;
    }
    conn.onText = (text) => {
      const msg = parseMsg(text);
      if (!msg) return;
      if (!circuit) {
        // An unknown or foreign circuit cannot be resumed: reload, as Blazor does after a rejected reconnect.
        conn.send(JSON.stringify({ t: 'b', ack: msg.seq, ops: [{ op: 'reload' }] }));
        return;
      }
      handleMessage(circuit, msg);
    };
    conn.onClose = () => {
      conns.delete(conn);
      if (circuit && circuit.conn === conn) circuit.conn = null;
    };
    if (head.length) conn.feed(head);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${address.port}`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        for (const conn of conns) {
          conn.close(1001);
          conn.destroy();
        }
        conns.clear();
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }),
  };
}

export const R10_BLAZOR_LOGIN = LOGIN;
