/**
 * Rendition r11-gwt: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a Google Web Toolkit (GWT 2.x) single-page
 * application of 2010-2016 would draw it in the browser. The server sends one near-empty host page
 * (`<div id="gwt-root">`, the classic `__gwt_historyFrame` iframe and a `<script>` for
 * `einvoice/einvoice.nocache.js`); the script draws every screen with the markup and class names of GWT's
 * widgets: layout tables from VerticalPanel / HorizontalPanel / FlexTable (cellspacing, cellpadding, tds
 * with align and vertical-align), `gwt-Label` divs for every text and field label (never `<label for>`:
 * the label is a separate div in the cell left of the field), `gwt-TextBox`, `gwt-PasswordTextBox`,
 * `gwt-Button`, `gwt-Anchor` (`href="javascript:;"` plus a click handler), `gwt-ListBox`, `gwt-RadioButton`
 * and `gwt-CheckBox` (a span wrapping a native input and its `<label>`), `gwt-CaptionPanel` (a fieldset),
 * `gwt-DecoratorPanel` and the decorated 3x3 tables of DialogBox, MenuBarPopup and SuggestBoxPopup. Every
 * line of markup, style and script is written here; no library files.
 *
 * Choices made where the docs are silent (or where GWT differs from the real ASP.NET portal):
 * - Screens are history tokens: `` (home: a header gwt-Button "Login"), `#login`, `#otp`, `#dashboard`,
 *   `#createApiUser`, plus placeholder screens for the other menu leaves. Each token change asks the
 *   server `whoAmI` first and redirects (location.replace) when the screen does not fit the session, so the
 *   back button works. Data goes by "RPC": POST /app/rpc with `{method, params}` and a JSON answer; the
 *   request carries the X-GWT-Permutation and X-GWT-Module-Base headers a GWT client sends.
 * - Session: cookie `JSESSIONID` (HttpOnly, SameSite=Lax) set by the `login` RPC; 30 minutes idle timeout.
 *   A call that needs a session answers `{"error":"SESSION_EXPIRED"}` when the cookie names a session the
 *   server no longer has, `{"error":"NOT_LOGGED_IN"}` when there is no cookie (the app goes to #login
 *   silently). On SESSION_EXPIRED the app calls `window.alert("Your session has expired. Please login
 *   again.")`, then goes to #login, which shows the same sentence as red errorLabel text.
 * - Login: fields "Username *", "Password *", a captcha picture (an SVG at /einvoice/captcha, the
 *   configured characters with noise) with a "Refresh" anchor, "Enter Captcha *", button "Login"; Enter in
 *   any field logs in. No client-side password hashing (a GWT app would post the password over RPC).
 *   Captcha checked first (case-insensitive), then the credentials (username case-insensitive). Verdicts are
 *   red `gwt-Label errorLabel` text under the form: "Invalid Captcha. Please enter the characters shown in
 *   the image." and "Invalid Login Credentials. Please enter the correct Username and Password." Empty
 *   fields: "Please enter Username." etc. (no RPC, not refusals). No lock-out.
 * - 2FA: "Two Factor Authentication", "Enter OTP *", "Verify OTP", "Resend OTP" anchor; wrong OTP: red
 *   "Invalid OTP. Please enter the OTP sent to your registered mobile number." (unlimited retries).
 * - After login: dashboard "Dash Board" with cards "Generations" and "Cancelled"; on the first dashboard of
 *   a session (option techContact) a gwt-DialogBox "Contacts of Technical Person" (Name, Mobile No, Email
 *   Id text boxes, buttons "Update" and "Exit") over a separate `gwt-PopupPanelGlass` div; the caption
 *   drags the box. Update validates and stores the contact; Exit just closes.
 * - Menu: a horizontal GWT MenuBar "Dash Board | e-Invoice | API Registration | MIS Reports | User
 *   Management". API Registration opens on click a vertical sub-MenuBar in a gwt-MenuBarPopup: "User
 *   Credentials ›", "IP Whitelisting", "Freeze API User", "Change API Password"; User Credentials opens on
 *   hover or click "Create API User" and "View API Users". Top-level items open on click only, or on hover
 *   once one popup is open (GWT's rule); submenus behave as with setAutoOpen(true), so clicking an item
 *   whose submenu is already open leaves it open. A mousedown outside or Escape closes the menus. A left
 *   "Quick Links" list of gwt-Anchors has no Create API User link.
 * - Create API User: page title "Create API User" and a gwt-CaptionPanel "API Registration". Drawing it
 *   calls `sendApiOtp` (that call sends the OTP): "OTP has been sent to your registered mobile number
 *   XXXXXX7305. It is valid for 10 minutes.", "Enter OTP *", "Verify OTP", "Resend OTP". A code that is not
 *   6 digits: alert "Please enter the 6 digit OTP." (no RPC). Wrong OTP: `window.alert("Invalid OTP. Please
 *   enter the correct OTP sent to your registered mobile number.")`, retry allowed, unlimited.
 * - After the OTP: "Do you wish to Register your GSTIN for *" with gwt-RadioButtons Directly / Through GSP /
 *   Through ERP / Through Client-Id of other (none chosen); rows of a FlexTable are shown per choice.
 *   "Select your GSP *" is a GWT SuggestBox (MultiWordSuggestOracle: every typed word must start a word of
 *   the name; matches sorted, at most 20, the matched parts in <strong>, the first one selected). As in
 *   GWT, suggestions refresh on keyup only (not on a programmatic `input` event); an exact name typed
 *   without choosing is accepted (case-insensitive). "Username *" has a gwt-Label "API_" left of the box;
 *   4 to 30 letters, digits, `_`, `.` or `-` after the prefix ("API_" typed again is stored once).
 *   "Password *", "Re-enter Password *" (8 to 20 characters, an upper-case and a lower-case letter, a digit
 *   and a special character), a gwt-CheckBox "Show Password", buttons "Submit" and "Exit" (to the
 *   dashboard). Through ERP shows a gwt-ListBox of ERPs; no option but Through GSP can succeed.
 * - Client checks before Submit are red errorLabel text ("Please select your GSP." ...). Then
 *   `window.confirm("Do you want to submit the details to create the API user?")`. Server refusals are
 *   `window.alert()`: "GSTIN <gstin> is already registered with the GSP <name>." (duplicate) and "Username
 *   API_x already exists. Please choose a different Username." (taken: users created here, the existing
 *   row's user, API_admin, API_test, API_demo, API_einvoice; case-insensitive).
 * - Success: a gwt-DialogBox "Success": "API user API_x has been created successfully for <GSP>. Note the
 *   Username and Password: they are needed for the e-Invoice APIs." with an "OK" gwt-Button; the FlexTable
 *   under "GSPs registered for GSTIN <gstin>" (S.No, GSP Name, API User Name, Created On, Status) gains the
 *   row. It starts with one row made elsewhere (Tera Software Limited, API_tera27mh), not in state.users.
 * - expireOnce: the first RPC of that stage (`sendApiOtp`, `verifyApiOtp`, `createApiUser`) made with a
 *   logged-in session deletes the session and answers SESSION_EXPIRED.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Where a session may be made to expire once: the first request of that stage finds the session gone. */
export type R11GwtExpiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface R11GwtOptions {
  expireOnce?: R11GwtExpiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
  /** Whether the technical-contact dialog opens on the first dashboard of a session (default true). */
  techContact?: boolean;
}

export interface R11GwtUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

export interface R11GwtState {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: R11GwtUser[];
  /**
   * What the portal refused, in order: 'login', 'captcha', 'login-otp', 'api-otp', 'duplicate'
   * (GSTIN already registered with that GSP), 'username-taken'.
   */
  refusals: string[];
  /** Stages at which the session expired. */
  expired: string[];
}

export interface R11GwtRendition {
  url: string;
  close(): Promise<void>;
  state: R11GwtState;
}

export const R11_GWT_LOGIN = { username: 'sahyadri27gwt', password: 'Nic@Gwt#2016' };

const MOBILE = 'XXXXXX7305';
const TRADE_NAME = 'SAHYADRI AGRO FOODS LLP';
const SESSION_COOKIE = 'JSESSIONID';
const IDLE_MS = 30 * 60 * 1000;
const MAX_BODY = 64 * 1024;
const SESSION_EXPIRED = { error: 'SESSION_EXPIRED' };
const NOT_LOGGED_IN = { error: 'NOT_LOGGED_IN' };

/** The names the SuggestBox offers: those the facts quote, spelling kept, and plausible others. */
const GSPS = [
  'Tera Software Limited',
  'Adaequare Info Private Limited',
  'Vay Network Services Pvt. Ltd.',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Masters India Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Cygnet Infotech Private Ltd',
  'Tally ( India) Private Ltd',
  'Webtel Electrosoft Private Limited',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Alankit Limited',
  'Botree Software International Private Limited',
  'Excellon Software Private Limited',
  'Ernst & Young LLP',
  'Karvy Data Management Services Limited',
  'Mastek Limited',
  'SAG Infotech Private Limited',
  'Spice Digital Limited',
  'Taxmann Technologies Private Limited',
  'Tata Consultancy Services Limited',
  'Wipro Limited',
  'Sify Technologies Limited',
];

/** A registration made before this session, shown in the table but never part of `state.users`. */
const EXISTING = { gsp: 'Tera Software Limited', username: 'API_tera27mh', createdOn: '14/08/2020' };
const RESERVED_USERNAMES = ['API_admin', 'API_test', 'API_demo', 'API_einvoice'];
const USERNAME_RULE = /^[A-Za-z0-9_.-]{4,30}$/;
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9])\S{8,20}$/;

type Stage = 'otp' | 'in';

interface Session {
  id: string;
  stage: Stage;
  seen: number;
  techContactPending: boolean;
  contact: { name: string; mobile: string; email: string };
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
}

type Params = Record<string, unknown>;
type Answer = Record<string, unknown>;

/** Which RPC method is which stage of `expireOnce`. */
const STAGE_OF: Record<string, R11GwtExpiry> = {
  sendApiOtp: 'api-otp-send',
  verifyApiOtp: 'api-otp-verify',
  createApiUser: 'submit',
};

export async function startR11GwtRendition(options: R11GwtOptions = {}): Promise<R11GwtRendition> {
  const state: R11GwtState = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const techContact = options.techContact ?? true;
  const sessions = new Map<string, Session>();
  let expiryPending: R11GwtExpiry | undefined = options.expireOnce;

  function registeredRows(): Answer[] {
    const rows = [{ ...EXISTING, status: 'Active' }];
    for (const user of state.users) {
      if (user.gstin !== state.gstin) continue;
      rows.push({
        gsp: user.gsp,
        username: user.username,
        createdOn: displayDate(new Date(user.createdOn)),
        status: 'Active',
      });
    }
    return rows;
  }

  function login(params: Params, reply: Reply): Answer {
    const captcha = text(params.captcha).trim().toUpperCase();
    if (captcha !== state.captcha.toUpperCase()) {
      state.refusals.push('captcha');
      return {
        ok: false,
        field: 'captcha',
        message: 'Invalid Captcha. Please enter the characters shown in the image.',
      };
    }
    const username = text(params.username).trim().toLowerCase();
    if (
      username !== R11_GWT_LOGIN.username.toLowerCase() ||
      text(params.password) !== R11_GWT_LOGIN.password
    ) {
      state.refusals.push('login');
      return {
        ok: false,
        field: 'login',
        message: 'Invalid Login Credentials. Please enter the correct Username and Password.',
      };
    }
    const old = reply.session;
    if (old) sessions.delete(old.id);
    const session: Session = {
      id: randomBytes(16).toString('hex').toUpperCase(),
      stage: 'otp',
      seen: Date.now(),
      techContactPending: techContact,
      contact: { name: '', mobile: '', email: '' },
      apiOtpSent: false,
      apiOtpVerified: false,
    };
    sessions.set(session.id, session);
    reply.cookie = `${SESSION_COOKIE}=${session.id}; Path=/; HttpOnly; SameSite=Lax`;
    return { ok: true, mobile: MOBILE };
  }

  function verifyLoginOtp(session: Session, params: Params): Answer {
    if (text(params.otp).trim() !== state.loginOtp) {
      state.refusals.push('login-otp');
      return {
        ok: false,
        message: 'Invalid OTP. Please enter the OTP sent to your registered mobile number.',
      };
    }
    session.stage = 'in';
    return { ok: true };
  }

  function updateTechContact(session: Session, params: Params): Answer {
    const name = text(params.name).trim();
    const mobile = text(params.mobile).trim();
    const email = text(params.email).trim();
    if (!name) return { ok: false, message: 'Please enter the Name.' };
    if (!/^[6-9]\d{9}$/.test(mobile))
      return { ok: false, message: 'Please enter a valid 10 digit Mobile No.' };
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
      return { ok: false, message: 'Please enter a valid Email Id.' };
    session.contact = { name, mobile, email };
    return { ok: true };
  }

  function verifyApiOtp(session: Session, params: Params): Answer {
    if (!session.apiOtpSent) return { ok: false, message: 'Please request the OTP first.' };
    if (text(params.otp).trim() !== state.apiOtp) {
      state.refusals.push('api-otp');
      return {
        ok: false,
        message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
      };
    }
    session.apiOtpVerified = true;
    return { ok: true, gstin: state.gstin, gsps: GSPS, registered: registeredRows() };
  }

  function createApiUser(session: Session, params: Params): Answer {
    if (!session.apiOtpVerified) return { ok: false, message: 'Please verify the OTP before submitting.' };
    const mode = text(params.mode);
    if (mode === 'DIRECT') {
      return {
        ok: false,
        message:
          'Direct registration is allowed only for taxpayers whose aggregate turnover exceeds the notified limit.',
      };
    }
    if (mode !== 'GSP')
      return { ok: false, message: 'Registration through this option is not enabled for your GSTIN.' };
    const typedGsp = text(params.gsp).trim().toLowerCase();
    const gsp = GSPS.find((name) => name.toLowerCase() === typedGsp);
    if (!gsp) return { ok: false, message: 'Please select your GSP from the list.' };
    const typed = text(params.username).trim();
    const rest = /^api_/i.test(typed) ? typed.slice(4) : typed;
    if (!USERNAME_RULE.test(rest)) {
      return { ok: false, message: 'Username should be 4 to 30 letters, digits, underscore, dot or hyphen.' };
    }
    const password = text(params.password);
    if (!PASSWORD_RULE.test(password)) return { ok: false, message: PASSWORD_TEXT };
    if (password !== text(params.confirmPassword)) {
      return { ok: false, message: 'Password and Re-enter Password do not match.' };
    }
    const registeredGsps = [
      EXISTING.gsp,
      ...state.users.filter((u) => u.gstin === state.gstin).map((u) => u.gsp),
    ];
    if (registeredGsps.includes(gsp)) {
      state.refusals.push('duplicate');
      return { ok: false, message: `GSTIN ${state.gstin} is already registered with the GSP ${gsp}.` };
    }
    const username = `API_${rest}`;
    const taken = [EXISTING.username, ...RESERVED_USERNAMES, ...state.users.map((u) => u.username)];
    if (taken.some((name) => name.toLowerCase() === username.toLowerCase())) {
      state.refusals.push('username-taken');
      return {
        ok: false,
        message: `Username ${username} already exists. Please choose a different Username.`,
      };
    }
    state.users.push({ gstin: state.gstin, gsp, username, password, createdOn: new Date().toISOString() });
    return { ok: true, username, gsp, registered: registeredRows() };
  }

  /** One RPC call: the session looked up, the expiry applied, then the method. */
  function call(method: string, params: Params, reply: Reply): Answer {
    const { session } = reply;
    const stage = STAGE_OF[method];
    if (stage && stage === expiryPending && session?.stage === 'in') {
      expiryPending = undefined;
      sessions.delete(session.id);
      state.expired.push(stage);
      return SESSION_EXPIRED;
    }
    const lost = reply.stale ? SESSION_EXPIRED : NOT_LOGGED_IN;
    switch (method) {
      case 'whoAmI':
        return {
          stage: session?.stage ?? 'none',
          stale: reply.stale,
          username: session ? R11_GWT_LOGIN.username : '',
          gstin: session ? state.gstin : '',
          tradeName: session ? TRADE_NAME : '',
          mobile: session ? MOBILE : '',
        };
      case 'login':
        return login(params, reply);
      case 'logout':
        if (session) sessions.delete(session.id);
        reply.cookie = `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`;
        return { ok: true };
      case 'verifyLoginOtp':
        return session?.stage === 'otp' ? verifyLoginOtp(session, params) : lost;
      case 'resendLoginOtp':
        return session?.stage === 'otp' ? { ok: true, mobile: MOBILE } : lost;
    }
    if (session?.stage !== 'in') return lost;
    switch (method) {
      case 'getDashboard': {
        const showTechContact = session.techContactPending;
        session.techContactPending = false;
        return {
          gstin: state.gstin,
          tradeName: TRADE_NAME,
          generated: 1284,
          cancelled: 17,
          showTechContact,
          contact: session.contact,
        };
      }
      case 'updateTechContact':
        return updateTechContact(session, params);
      case 'sendApiOtp':
        session.apiOtpSent = true;
        session.apiOtpVerified = false;
        return { ok: true, mobile: MOBILE };
      case 'verifyApiOtp':
        return verifyApiOtp(session, params);
      case 'createApiUser':
        return createApiUser(session, params);
      default:
        return { error: 'NO_SUCH_METHOD', message: `The call ${method} is not known.` };
    }
  }

  async function rpc(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      sendJson(res, 400, { error: 'BAD_REQUEST' });
      return;
    }
    const request = isRecord(parsed) ? parsed : {};
    const method = text(request.method);
    const params = isRecord(request.params) ? request.params : {};
    const sid = cookiesOf(req).get(SESSION_COOKIE);
    let session = sid ? sessions.get(sid) : undefined;
    if (session && Date.now() - session.seen > IDLE_MS) {
      sessions.delete(session.id);
      session = undefined;
    }
    if (session) session.seen = Date.now();
    const reply: Reply = { session, stale: Boolean(sid) && !session };
    const answer = call(method, params, reply);
    sendJson(res, 200, answer, reply.cookie);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'POST' && path === '/app/rpc') {
      await rpc(req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'HTTP ERROR 405 Method Not Allowed');
      return;
    }
    switch (path) {
      case '/':
      case '/index.html':
        send(res, 200, 'text/html; charset=utf-8', HOST_PAGE);
        return;
      case '/einvoice/einvoice.nocache.js':
        send(res, 200, 'application/javascript; charset=utf-8', APP_SCRIPT);
        return;
      case '/einvoice/einvoice.css':
        send(res, 200, 'text/css; charset=utf-8', STYLES);
        return;
      case '/einvoice/captcha':
        send(res, 200, 'image/svg+xml', captchaPicture(state.captcha));
        return;
      default:
        send(res, 404, 'text/plain; charset=utf-8', 'HTTP ERROR 404 Not Found');
    }
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent)
        send(res, 500, 'text/plain; charset=utf-8', 'HTTP ERROR 500 Internal Server Error');
      else res.end();
    });
  });
  server.on('connection', (socket) => {
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
        server.close(() => resolve());
        // Keep-alive sockets would hold close() open: a browser left connected must not stall a test.
        for (const socket of sockets) socket.destroy();
        sockets.clear();
      }),
  };
}

/** What one RPC's handling may change beyond its answer: the session found, and a cookie to set. */
interface Reply {
  session: Session | undefined;
  /** A cookie was sent that names no session any more: a lost session, not a first visit. */
  stale: boolean;
  cookie?: string;
}

const PASSWORD_TEXT =
  'Password should be 8 to 20 characters with at least one upper case letter, one lower case letter, one digit and one special character.';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function displayDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

function cookiesOf(req: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return cookies;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string, cookie?: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-cache, no-store, must-revalidate');
  res.setHeader('Server', 'Jetty(9.2.z-SNAPSHOT)');
  if (cookie) res.setHeader('Set-Cookie', cookie);
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, answer: Answer, cookie?: string): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(answer), cookie);
}

/** The captcha picture: the characters askew over noise lines, new noise on every load. */
function captchaPicture(characters: string): string {
  const letters = [...characters].map((ch, i) => {
    const x = 16 + i * 25;
    const y = 31 + randomInt(-4, 5);
    const turn = randomInt(-22, 23);
    const safe = ch.replace(/[^A-Za-z0-9]/g, '');
    return `<text x="${x}" y="${y}" transform="rotate(${turn} ${x} ${y})" font-family="Courier New, monospace" font-size="26" font-weight="bold" fill="#2b3f6b">${safe}</text>`;
  });
  const lines = Array.from({ length: 7 }, () => {
    const [x1, y1, x2, y2] = [randomInt(0, 150), randomInt(0, 46), randomInt(0, 150), randomInt(0, 46)];
    return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#8a9bc4" stroke-width="1"/>`;
  });
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="46" viewBox="0 0 150 46">',
    '<rect width="150" height="46" fill="#e8eef8"/>',
    ...lines,
    ...letters,
    '</svg>',
  ].join('');
}

const HOST_PAGE = `<!doctype html>
<!-- The host page of a GWT module: everything the operator sees is drawn by einvoice.nocache.js. -->
<html>
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>e-Invoice System</title>
<link type="text/css" rel="stylesheet" href="einvoice/einvoice.css">
<script type="text/javascript" language="javascript" src="einvoice/einvoice.nocache.js"></script>
</head>
<body>
<iframe src="javascript:''" id="__gwt_historyFrame" tabIndex="-1" style="position:absolute;width:0;height:0;border:0"></iframe>
<noscript>
<div style="width: 22em; position: absolute; left: 50%; margin-left: -11em; color: red; background-color: white; border: 1px solid red; padding: 4px; font-family: sans-serif">
Your web browser must have JavaScript enabled in order for this application to display correctly.
</div>
</noscript>
<div id="gwt-root"></div>
</body>
</html>
`;

const STYLES = `
body, table td, select, button, input { font-family: Arial Unicode MS, Arial, sans-serif; font-size: small; }
body { color: black; margin: 0; background-color: #fff; }
a { color: #0645ad; }
#gwt-root { min-width: 960px; }
.gwt-Label { }
.gwt-Button { margin: 0; padding: 5px 9px; text-decoration: none; cursor: pointer; cursor: hand; font-size: small;
  background: #e3e3e3 linear-gradient(#fdfdfd, #d8d8d8); border: 1px solid #bbb; border-bottom: 1px solid #a0a0a0;
  border-radius: 3px; }
.gwt-Button:active { border: 1px inset #ccc; }
.gwt-Button:hover { border-color: #939393; }
.gwt-Button[disabled] { cursor: default; color: #888; }
.gwt-Button[disabled]:hover { border: 1px outset #ccc; }
.gwt-TextBox, .gwt-PasswordTextBox, .gwt-SuggestBox { padding: 5px 4px; border: 1px solid #ccc; border-top: 1px solid #999;
  font-size: 100%; width: 220px; }
.gwt-TextBox:focus, .gwt-PasswordTextBox:focus, .gwt-SuggestBox:focus { border-color: #6d8fc9; outline: none; }
.gwt-SuggestBox { width: 330px; }
.gwt-ListBox { border: 1px solid #ccc; padding: 4px; min-width: 200px; }
.gwt-Anchor { cursor: pointer; color: #0645ad; text-decoration: underline; }
.gwt-Anchor:hover { color: #b00; }
.gwt-RadioButton, .gwt-CheckBox { white-space: nowrap; }
.gwt-RadioButton label, .gwt-CheckBox label { margin-left: 3px; margin-right: 14px; }
.gwt-CaptionPanel { border: 1px solid #9fb3d6; margin: 8px 0; padding: 8px 12px 12px; background: #fbfcff; }
.gwt-CaptionPanel legend { color: #1f3a6e; font-weight: bold; font-size: 13px; padding: 0 6px; }
.gwt-DecoratorPanel .topCenter, .gwt-DecoratorPanel .bottomCenter { background: #d0e4f6; }
.gwt-DecoratorPanel .middleLeft, .gwt-DecoratorPanel .middleRight { background: #d0e4f6; }
.gwt-DecoratorPanel .topLeftInner, .gwt-DecoratorPanel .topRightInner, .gwt-DecoratorPanel .bottomLeftInner,
.gwt-DecoratorPanel .bottomRightInner { width: 5px; height: 5px; }
.gwt-DecoratorPanel .topLeft, .gwt-DecoratorPanel .topRight, .gwt-DecoratorPanel .bottomLeft,
.gwt-DecoratorPanel .bottomRight { background: #d0e4f6; }
.gwt-DecoratorPanel .middleCenter { background: #fff; padding: 14px 22px; }
.gwt-PopupPanel { border: 1px solid #aaa; padding: 3px; background: white; }
.gwt-PopupPanelGlass { background-color: #000; opacity: 0.3; filter: alpha(opacity=30); }
.gwt-DialogBox .Caption { background: #d4e4ff linear-gradient(#e3ecfb, #c3d4f0); padding: 6px 10px 5px;
  border-bottom: 1px solid #bbbbbb; font-weight: bold; color: #1f3a6e; cursor: default; white-space: nowrap; }
.gwt-DialogBox .dialogContent { }
.gwt-DialogBox .dialogMiddleCenter { padding: 8px 12px; background: white; }
.gwt-DialogBox .dialogTopLeftInner, .gwt-DialogBox .dialogTopRightInner, .gwt-DialogBox .dialogBottomLeftInner,
.gwt-DialogBox .dialogBottomRightInner { width: 6px; height: 6px; zoom: 1; }
.gwt-DialogBox .dialogTopLeft, .gwt-DialogBox .dialogTopRight, .gwt-DialogBox .dialogBottomLeft,
.gwt-DialogBox .dialogBottomRight, .gwt-DialogBox .dialogMiddleLeft, .gwt-DialogBox .dialogMiddleRight,
.gwt-DialogBox .dialogBottomCenter { background: #8fa7cf; }
.gwt-DialogBox .dialogTopCenter { background: #8fa7cf; }
.gwt-DialogBox .dialogMiddleLeftInner, .gwt-DialogBox .dialogMiddleRightInner { width: 2px; }
.gwt-DialogBox .dialogBottomCenterInner { height: 2px; }
.gwt-MenuBar { cursor: default; }
.gwt-MenuBar .gwt-MenuItem { cursor: default; font-family: Arial Unicode MS, Arial, sans-serif; }
.gwt-MenuBar .gwt-MenuItem-selected { background: #e3e8f3; }
.gwt-MenuBar-horizontal { background: #1f3a6e linear-gradient(#2c4f8f, #1f3a6e); border-bottom: 1px solid #132547; }
.gwt-MenuBar-horizontal .gwt-MenuItem { padding: 8px 16px; color: #fff; font-weight: bold; vertical-align: bottom; }
.gwt-MenuBar-horizontal .gwt-MenuItem-selected { background: #3e66b0; }
.gwt-MenuBar-vertical { margin-top: 0; margin-left: 0; background: white; }
.gwt-MenuBar-vertical table { border-collapse: collapse; }
.gwt-MenuBar-vertical .gwt-MenuItem { padding: 6px 28px 6px 12px; color: #1f3a6e; white-space: nowrap; }
.gwt-MenuBar-vertical .subMenuIcon { padding-right: 8px; color: #1f3a6e; font-size: 15px; }
.gwt-MenuBar-vertical .gwt-MenuItem-selected { background: #e3e8f3; }
.gwt-MenuBarPopup .menuPopupTopLeftInner, .gwt-MenuBarPopup .menuPopupTopRightInner,
.gwt-MenuBarPopup .menuPopupBottomLeftInner, .gwt-MenuBarPopup .menuPopupBottomRightInner { width: 3px; height: 3px; }
.gwt-MenuBarPopup .menuPopupTopLeft, .gwt-MenuBarPopup .menuPopupTopCenter, .gwt-MenuBarPopup .menuPopupTopRight,
.gwt-MenuBarPopup .menuPopupMiddleLeft, .gwt-MenuBarPopup .menuPopupMiddleRight, .gwt-MenuBarPopup .menuPopupBottomLeft,
.gwt-MenuBarPopup .menuPopupBottomCenter, .gwt-MenuBarPopup .menuPopupBottomRight { background: #a9b8d6; }
.gwt-MenuBarPopup .menuPopupMiddleCenter { background: white; padding: 0; }
.gwt-SuggestBoxPopup { }
.gwt-SuggestBoxPopup .item { padding: 3px 8px; color: #424242; cursor: default; font-size: 110%; white-space: nowrap; }
.gwt-SuggestBoxPopup .item-selected { background: #d5e2ff; }
.gwt-SuggestBoxPopup .suggestPopupContent { background: white; }
.gwt-SuggestBoxPopup .suggestPopupTopLeftInner, .gwt-SuggestBoxPopup .suggestPopupTopRightInner,
.gwt-SuggestBoxPopup .suggestPopupBottomLeftInner, .gwt-SuggestBoxPopup .suggestPopupBottomRightInner { width: 2px; height: 2px; }
.gwt-SuggestBoxPopup .suggestPopupTopLeft, .gwt-SuggestBoxPopup .suggestPopupTopCenter,
.gwt-SuggestBoxPopup .suggestPopupTopRight, .gwt-SuggestBoxPopup .suggestPopupMiddleLeft,
.gwt-SuggestBoxPopup .suggestPopupMiddleRight, .gwt-SuggestBoxPopup .suggestPopupBottomLeft,
.gwt-SuggestBoxPopup .suggestPopupBottomCenter, .gwt-SuggestBoxPopup .suggestPopupBottomRight { background: #9ab0d8; }
.gwt-FlexTable { border-collapse: separate; }
.registeredTable { border: 1px solid #9fb3d6; border-collapse: collapse; margin-top: 4px; }
.registeredTable td { border: 1px solid #c9d5ea; padding: 5px 10px; }
.registeredTable .tableHeader td { background: #dfe8f7; font-weight: bold; color: #1f3a6e; }
.header { background: #fff; border-bottom: 3px solid #e87722; }
.header td { padding: 8px 14px; }
.appTitle { font-size: 22px; font-weight: bold; color: #1f3a6e; }
.appSubTitle { font-size: 11px; color: #666; }
.userLabel { color: #333; white-space: nowrap; }
.headerLoginButton { font-weight: bold; padding: 6px 22px; background: #e87722 linear-gradient(#f39a4c, #e87722);
  color: #fff; border-color: #c65f10; }
.publicBody { padding: 30px 0 40px; }
.publicBody > table { margin: 0 auto; }
.pageBody > tbody > tr > td { padding: 12px; }
.quickLinks { background: #f1f5fc; border: 1px solid #c9d5ea; width: 190px; }
.quickLinks td { padding: 4px 10px; }
.quickLinksTitle { font-weight: bold; color: #fff; background: #5b7bb5; padding: 6px 10px; margin: -4px -10px 2px; }
.pageTitle { font-size: 18px; font-weight: bold; color: #1f3a6e; border-bottom: 1px solid #c9d5ea; padding-bottom: 4px;
  margin-bottom: 6px; }
.formTitle { font-size: 17px; font-weight: bold; color: #1f3a6e; margin-bottom: 6px; }
.errorLabel { color: #c00; font-weight: bold; padding: 4px 0; }
.infoLabel { color: #1f3a6e; padding: 4px 0; }
.successLabel { color: #2d7a1f; font-weight: bold; }
.hintLabel { color: #666; font-size: 11px; max-width: 420px; }
.prefixLabel { background: #eee; border: 1px solid #ccc; border-right: 0; padding: 5px 6px; color: #333; font-weight: bold; }
.questionLabel { font-weight: bold; padding-top: 6px; }
.tableTitle { font-weight: bold; color: #1f3a6e; margin-top: 14px; }
.dialogText { max-width: 380px; color: #333; padding-bottom: 4px; }
.card { border: 1px solid #c9d5ea; background: #f7f9fd; width: 170px; }
.card td { padding: 8px 14px; }
.cardTitle { color: #555; font-weight: bold; }
.cardValue { font-size: 26px; color: #1f3a6e; }
.exitButton { background: #d9534f linear-gradient(#e27c79, #c9302c); color: #fff; border-color: #ac2925; }
.loadingPopup { position: fixed; top: 0; left: 50%; margin-left: -60px; width: 120px; text-align: center;
  background: #fff6bf; border: 1px solid #e0c96f; padding: 3px; }
.footer { text-align: center; color: #777; font-size: 11px; padding: 16px; border-top: 1px solid #ddd; margin-top: 20px; }
`;

/**
 * The "compiled" module: in a real GWT app this is Java turned into JavaScript by the GWT compiler; here it is
 * hand-written in the same shape (widgets build their own DOM, History drives screens, RPC by XHR).
 */
const APP_SCRIPT = String.raw`(function () {
  'use strict';
  var SESSION_TEXT = 'Your session has expired. Please login again.';
  var PERMUTATION = '7C1E0A6F4D2B93E85A1F6C0D3B7E2A94';
  var MODULE_BASE = location.protocol + '//' + location.host + '/einvoice/';
  var USERNAME_RULE = /^[A-Za-z0-9_.-]{4,30}$/;
  var PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9])\S{8,20}$/;
  var PASSWORD_TEXT = 'Password should be 8 to 20 characters with at least one upper case letter, one lower case letter, one digit and one special character.';
  var PLACEHOLDERS = {
    generateIrn: 'Generate e-Invoice', cancelIrn: 'Cancel e-Invoice', printIrn: 'Print e-Invoice',
    bulkUpload: 'Bulk Upload', viewApiUsers: 'View API Users', ipWhitelisting: 'IP Whitelisting',
    freezeApiUser: 'Freeze API User', changeApiPassword: 'Change API Password', misIrn: 'IRN Details Report',
    misCancelled: 'Cancelled IRN Report', createSubUser: 'Create Sub User', changePassword: 'Change Password'
  };
  var root = null;
  var notice = '';
  var me = { stage: 'none' };
  var counter = 0;
  var routeSeq = 0;
  var popups = [];
  var dialogs = [];
  var topMenu = null;
  var busyCount = 0;
  var busyTimer = null;
  var loading = null;

  function uid() { counter += 1; return 'gwt-uid-' + counter; }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    var key;
    for (key in attrs || {}) {
      if (key === 'text') node.textContent = attrs[key];
      else if (key === 'className') node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function detach(node) { if (node && node.parentNode) node.parentNode.removeChild(node); }

  // ---- Widgets: each builds the DOM its GWT namesake builds.
  function label(content, style) {
    return el('div', { className: 'gwt-Label' + (style ? ' ' + style : ''), text: content });
  }
  function errorLabel() { var node = label('', 'errorLabel'); node.style.display = 'none'; return node; }
  function setError(node, message) { node.textContent = message; node.style.display = message ? '' : 'none'; }
  function textBox(debugId, maxLength) {
    var input = el('input', { type: 'text', className: 'gwt-TextBox', tabindex: '0' });
    if (debugId) input.id = 'gwt-debug-' + debugId;
    if (maxLength) input.maxLength = maxLength;
    return input;
  }
  function passwordBox(debugId) {
    var input = el('input', { type: 'password', className: 'gwt-PasswordTextBox', tabindex: '0' });
    if (debugId) input.id = 'gwt-debug-' + debugId;
    return input;
  }
  function button(caption, onClick, debugId) {
    var node = el('button', { type: 'button', className: 'gwt-Button', tabindex: '0', text: caption });
    if (debugId) node.id = 'gwt-debug-' + debugId;
    node.addEventListener('click', function () { onClick(); });
    return node;
  }
  function anchor(caption, onClick) {
    var node = el('a', { className: 'gwt-Anchor', href: 'javascript:;', text: caption });
    node.addEventListener('click', function (event) { event.preventDefault(); onClick(); });
    return node;
  }
  function image(src, alt) { return el('img', { className: 'gwt-Image', src: src, alt: alt || '' }); }
  function radioButton(group, caption, onChecked) {
    var id = uid();
    var input = el('input', { type: 'radio', name: group, value: 'on', id: id, tabindex: '0' });
    input.addEventListener('change', function () { if (input.checked) onChecked(); });
    return { element: el('span', { className: 'gwt-RadioButton' }, [input, el('label', { 'for': id, text: caption })]), input: input };
  }
  function checkBox(caption, onChange) {
    var id = uid();
    var input = el('input', { type: 'checkbox', value: 'on', id: id, tabindex: '0' });
    input.addEventListener('change', function () { onChange(input.checked); });
    return el('span', { className: 'gwt-CheckBox' }, [input, el('label', { 'for': id, text: caption })]);
  }
  function listBox(items) {
    var select = el('select', { className: 'gwt-ListBox' });
    items.forEach(function (item) { select.appendChild(el('option', { value: item, text: item })); });
    return select;
  }
  function cellTable(className, spacing, padding) {
    var body = el('tbody');
    var table = el('table', { cellspacing: String(spacing || 0), cellpadding: String(padding || 0) }, [body]);
    if (className) table.className = className;
    return { table: table, body: body };
  }
  function verticalPanel(children, spacing, style) {
    var panel = cellTable('gwt-VerticalPanel' + (style ? ' ' + style : ''), spacing);
    children.forEach(function (child) {
      if (!child) return;
      var cell = el('td', { align: 'left', style: 'vertical-align: top;' }, [child]);
      panel.body.appendChild(el('tr', {}, [cell]));
    });
    return panel.table;
  }
  function horizontalPanel(children, spacing, style) {
    var panel = cellTable('gwt-HorizontalPanel' + (style ? ' ' + style : ''), spacing);
    var row = el('tr');
    children.forEach(function (child) {
      if (!child) return;
      row.appendChild(el('td', { align: 'left', style: 'vertical-align: middle;' }, [child]));
    });
    panel.body.appendChild(row);
    return panel.table;
  }
  function flexTable(style) {
    var panel = cellTable('gwt-FlexTable' + (style ? ' ' + style : ''), 2, 3);
    return {
      table: panel.table,
      addRow: function (cells) {
        var row = el('tr');
        cells.forEach(function (cell) {
          var td = el('td');
          if (typeof cell === 'string') td.textContent = cell;
          else if (cell) td.appendChild(cell);
          row.appendChild(td);
        });
        panel.body.appendChild(row);
        return row;
      }
    };
  }
  function formTable(rows, style) {
    var table = flexTable(style);
    rows.forEach(function (row) { table.addRow(row); });
    return table.table;
  }
  function captionPanel(caption, content) {
    return el('fieldset', { className: 'gwt-CaptionPanel' }, [el('legend', { text: caption }), el('div', {}, [content])]);
  }
  function capitalized(word) { return word.charAt(0).toUpperCase() + word.slice(1); }
  // The 3x3 table of DecoratorPanel, DialogBox, MenuBarPopup and SuggestBoxPopup.
  function decorated(prefix, content, caption, className) {
    var body = el('tbody');
    ['top', 'middle', 'bottom'].forEach(function (row) {
      var rowName = prefix ? prefix + capitalized(row) : row;
      var tr = el('tr', { className: rowName });
      ['Left', 'Center', 'Right'].forEach(function (column) {
        var cell = rowName + column;
        var inner = el('div', { className: cell + 'Inner' });
        if (row === 'top' && column === 'Center' && caption) inner.appendChild(caption);
        if (row === 'middle' && column === 'Center') {
          if (prefix) inner.className += ' ' + prefix + 'Content';
          inner.appendChild(content);
        }
        tr.appendChild(el('td', { className: cell }, [inner]));
      });
      body.appendChild(tr);
    });
    return el('table', { className: className || '', cellspacing: '0', cellpadding: '0' }, [body]);
  }
  function decoratorPanel(content) { return decorated('', content, null, 'gwt-DecoratorPanel'); }
  function onEnter(inputs, action) {
    inputs.forEach(function (input) {
      input.addEventListener('keydown', function (event) {
        if (event.keyCode === 13) { event.preventDefault(); action(); }
      });
    });
  }

  // ---- PopupPanel with autoHide: a mousedown outside the popup and its partners hides it.
  function showPopup(className, content, left, top, partners, onHide) {
    var node = el('div', { className: className }, [el('div', { className: 'popupContent' }, [content])]);
    node.style.cssText = 'position: absolute; left: ' + left + 'px; top: ' + top + 'px; overflow: visible; visibility: visible;';
    document.body.appendChild(node);
    var popup = {
      element: node,
      partners: partners || [],
      hide: function () {
        detach(node);
        var at = popups.indexOf(popup);
        if (at >= 0) popups.splice(at, 1);
        if (onHide) onHide();
      }
    };
    popups.push(popup);
    return popup;
  }
  document.addEventListener('mousedown', function (event) {
    popups.slice().reverse().forEach(function (popup) {
      if (popups.indexOf(popup) < 0) return;
      var inside = popup.element.contains(event.target) || popup.partners.some(function (partner) {
        return partner.contains(event.target);
      });
      if (!inside) popup.hide();
    });
    if (topMenu && topMenu.child && !inMenus(topMenu, event.target)) closeMenus();
  }, true);
  document.addEventListener('keydown', function (event) {
    if (event.keyCode === 27) closeMenus();
  });

  // ---- DialogBox: modal, with its glass as a separate div over the whole page.
  function sizeGlass(glass) {
    var doc = document.documentElement;
    glass.style.cssText = 'position: absolute; left: 0px; top: 0px; visibility: visible; display: block; width: ' +
      Math.max(doc.scrollWidth, doc.clientWidth) + 'px; height: ' + Math.max(doc.scrollHeight, doc.clientHeight) + 'px;';
  }
  function dialogBox(caption, content) {
    var glass = el('div', { className: 'gwt-PopupPanelGlass' });
    var captionNode = el('div', { className: 'Caption', text: caption });
    var box = el('div', { className: 'gwt-DialogBox' }, [
      el('div', { className: 'popupContent' }, [decorated('dialog', content, captionNode)])
    ]);
    box.style.cssText = 'position: absolute; overflow: visible; visibility: hidden; left: 0px; top: 0px;';
    document.body.appendChild(glass);
    document.body.appendChild(box);
    sizeGlass(glass);
    var doc = document.documentElement;
    var left = Math.max(0, Math.round((doc.clientWidth - box.offsetWidth) / 2) + window.scrollX);
    var top = Math.max(0, Math.round((doc.clientHeight - box.offsetHeight) / 2) + window.scrollY);
    box.style.left = left + 'px';
    box.style.top = top + 'px';
    box.style.visibility = 'visible';
    var resize = function () { sizeGlass(glass); };
    window.addEventListener('resize', resize);
    captionNode.addEventListener('mousedown', function (event) {
      var startX = event.clientX, startY = event.clientY;
      var fromLeft = box.offsetLeft, fromTop = box.offsetTop;
      function move(moved) {
        box.style.left = (fromLeft + moved.clientX - startX) + 'px';
        box.style.top = (fromTop + moved.clientY - startY) + 'px';
      }
      function up() {
        document.removeEventListener('mousemove', move);
        document.removeEventListener('mouseup', up);
      }
      event.preventDefault();
      document.addEventListener('mousemove', move);
      document.addEventListener('mouseup', up);
    });
    var dialog = {
      hide: function () {
        detach(box);
        detach(glass);
        window.removeEventListener('resize', resize);
        var at = dialogs.indexOf(dialog);
        if (at >= 0) dialogs.splice(at, 1);
      }
    };
    dialogs.push(dialog);
    return dialog;
  }

  function closeAll() {
    closeMenus();
    popups.slice().forEach(function (popup) { popup.hide(); });
    dialogs.slice().forEach(function (dialog) { dialog.hide(); });
  }

  // ---- MenuBar: a horizontal bar whose items open vertical sub-MenuBars in MenuBarPopups.
  function menuBar(vertical, specs, parent) {
    var menu = { vertical: vertical, parent: parent, items: [], child: null, childItem: null, popup: null,
      autoOpen: parent !== null };
    var body = el('tbody');
    menu.element = el('div', {
      className: 'gwt-MenuBar gwt-MenuBar-' + (vertical ? 'vertical' : 'horizontal'),
      role: 'menubar', tabindex: '0', hidefocus: 'true', style: 'outline: 0px;'
    }, [el('table', {}, [body])]);
    var row = null;
    if (!vertical) { row = el('tr'); body.appendChild(row); }
    var anySub = specs.some(function (spec) { return Boolean(spec.sub); });
    specs.forEach(function (spec) {
      var td = el('td', { className: 'gwt-MenuItem', role: 'menuitem', id: uid(), text: spec.text });
      if (spec.sub) td.setAttribute('aria-haspopup', 'true');
      var item = { spec: spec, td: td };
      menu.items.push(item);
      var cells = [td];
      if (vertical && anySub) {
        var icon = el('td', { className: 'subMenuIcon', 'aria-hidden': 'true' });
        if (spec.sub) icon.appendChild(el('span', { className: 'subMenuIcon-arrow', text: '\u203a' }));
        cells.push(icon);
      }
      cells.forEach(function (cell) {
        cell.addEventListener('mouseover', function () { itemOver(menu, item); });
        cell.addEventListener('click', function () { itemAction(menu, item, true); });
      });
      if (vertical) body.appendChild(el('tr', {}, cells));
      else row.appendChild(td);
    });
    return menu;
  }
  function selectItem(menu, item) {
    menu.items.forEach(function (each) {
      if (each === item) each.td.classList.add('gwt-MenuItem-selected');
      else each.td.classList.remove('gwt-MenuItem-selected');
    });
  }
  function itemOver(menu, item) {
    selectItem(menu, item);
    // GWT opens on hover only inside a submenu, or once one of the bar's popups is open.
    if (menu.child || menu.parent || menu.autoOpen) itemAction(menu, item, false);
  }
  function itemAction(menu, item, fire) {
    selectItem(menu, item);
    if (!item.spec.sub) {
      if (fire && item.spec.command) { closeMenus(); item.spec.command(); }
      else closeChild(menu);
      return;
    }
    if (!menu.child) openChild(menu, item);
    else if (menu.childItem !== item) { closeChild(menu); openChild(menu, item); }
    else if (fire && !menu.autoOpen) closeChild(menu);
  }
  function openChild(menu, item) {
    var child = menuBar(true, item.spec.sub, menu);
    var node = el('div', { className: 'gwt-MenuBarPopup' }, [
      el('div', { className: 'popupContent' }, [decorated('menuPopup', child.element)])
    ]);
    node.style.cssText = 'position: absolute; left: 0px; top: 0px; overflow: visible; visibility: hidden;';
    document.body.appendChild(node);
    var itemBox = item.td.getBoundingClientRect();
    var left, top;
    if (menu.vertical) {
      left = menu.popup.getBoundingClientRect().right - 2;
      top = itemBox.top - 3;
    } else {
      left = itemBox.left;
      top = menu.element.getBoundingClientRect().bottom;
    }
    node.style.left = Math.round(left + window.scrollX) + 'px';
    node.style.top = Math.round(top + window.scrollY) + 'px';
    node.style.visibility = 'visible';
    child.popup = node;
    menu.child = child;
    menu.childItem = item;
  }
  function closeChild(menu) {
    if (!menu.child) return;
    closeChild(menu.child);
    detach(menu.child.popup);
    menu.child = null;
    menu.childItem = null;
  }
  function closeMenus() {
    if (!topMenu) return;
    closeChild(topMenu);
    selectItem(topMenu, null);
  }
  function inMenus(menu, target) {
    if (menu.element.contains(target)) return true;
    return menu.child ? menu.child.popup.contains(target) || inMenus(menu.child, target) : false;
  }
  function go(token) { return function () { navigate(token); }; }
  function menuSpec() {
    return [
      { text: 'Dash Board', command: go('dashboard') },
      { text: 'e-Invoice', sub: [
        { text: 'Generate', command: go('generateIrn') },
        { text: 'Cancel', command: go('cancelIrn') },
        { text: 'Print', command: go('printIrn') },
        { text: 'Bulk Upload', command: go('bulkUpload') }
      ] },
      { text: 'API Registration', sub: [
        { text: 'User Credentials', sub: [
          { text: 'Create API User', command: go('createApiUser') },
          { text: 'View API Users', command: go('viewApiUsers') }
        ] },
        { text: 'IP Whitelisting', command: go('ipWhitelisting') },
        { text: 'Freeze API User', command: go('freezeApiUser') },
        { text: 'Change API Password', command: go('changeApiPassword') }
      ] },
      { text: 'MIS Reports', sub: [
        { text: 'IRN Details', command: go('misIrn') },
        { text: 'Cancelled IRNs', command: go('misCancelled') }
      ] },
      { text: 'User Management', sub: [
        { text: 'Create Sub User', command: go('createSubUser') },
        { text: 'Change Password', command: go('changePassword') }
      ] }
    ];
  }

  // ---- SuggestBox with a MultiWordSuggestOracle: every typed word must start a word of the name.
  function words(value) { return value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; }); }
  function suggestBox(candidates, debugId) {
    var input = el('input', { type: 'text', className: 'gwt-SuggestBox', autocomplete: 'off', tabindex: '0' });
    if (debugId) input.id = 'gwt-debug-' + debugId;
    var popup = null;
    var shown = [];
    var index = -1;
    var lastText = '';
    function matches(query) {
      var wanted = words(query);
      if (!wanted.length) return [];
      return candidates.filter(function (candidate) {
        var have = words(candidate);
        return wanted.every(function (w) { return have.some(function (h) { return h.indexOf(w) === 0; }); });
      }).sort(function (a, b) {
        var x = a.toLowerCase(), y = b.toLowerCase();
        return x < y ? -1 : x > y ? 1 : 0;
      }).slice(0, 20);
    }
    function highlighted(candidate, query) {
      var wanted = words(query);
      var lower = candidate.toLowerCase();
      var bold = [];
      var word = /\S+/g;
      var found;
      while ((found = word.exec(lower)) !== null) {
        var start = found.index, whole = found[0];
        wanted.forEach(function (w) {
          if (whole.indexOf(w) === 0) for (var k = start; k < start + w.length; k += 1) bold[k] = true;
        });
      }
      var nodes = [];
      var i = 0;
      while (i < candidate.length) {
        var j = i, strong = Boolean(bold[i]);
        while (j < candidate.length && Boolean(bold[j]) === strong) j += 1;
        var part = candidate.slice(i, j);
        nodes.push(strong ? el('strong', { text: part }) : document.createTextNode(part));
        i = j;
      }
      return nodes;
    }
    function hide() { if (popup) popup.hide(); }
    function mark(n) {
      index = n;
      shown.forEach(function (each, k) {
        if (k === n) each.td.classList.add('item-selected');
        else each.td.classList.remove('item-selected');
      });
    }
    function choose(n) {
      var picked = shown[n];
      if (!picked) return;
      input.value = picked.value;
      lastText = picked.value;
      hide();
      input.focus();
    }
    function show(list, query) {
      hide();
      if (!list.length) return;
      var body = el('tbody');
      shown = list.map(function (candidate, n) {
        var td = el('td', { className: 'item', role: 'menuitem', id: uid() }, highlighted(candidate, query));
        td.addEventListener('mouseover', function () { mark(n); });
        td.addEventListener('click', function () { choose(n); });
        body.appendChild(el('tr', {}, [td]));
        return { value: candidate, td: td };
      });
      var menu = el('div', { tabindex: '0', role: 'menubar', hidefocus: 'true', style: 'outline: 0px;' }, [
        el('table', {}, [body])
      ]);
      var box = input.getBoundingClientRect();
      popup = showPopup('gwt-SuggestBoxPopup', decorated('suggestPopup', menu),
        Math.round(box.left + window.scrollX), Math.round(box.bottom + window.scrollY), [input],
        function () { popup = null; shown = []; index = -1; });
      mark(0);
    }
    input.addEventListener('keydown', function (event) {
      if (!popup) return;
      if (event.keyCode === 40) { event.preventDefault(); mark(Math.min(index + 1, shown.length - 1)); }
      else if (event.keyCode === 38) { event.preventDefault(); mark(Math.max(index - 1, 0)); }
      else if (event.keyCode === 13) { event.preventDefault(); choose(index); }
      else if (event.keyCode === 27 || event.keyCode === 9) hide();
    });
    // As GWT's SuggestBox: the suggestions follow keyup, not the input event.
    input.addEventListener('keyup', function (event) {
      if ([9, 13, 16, 17, 18, 27, 38, 40].indexOf(event.keyCode) >= 0) return;
      if (input.value === lastText) return;
      lastText = input.value;
      show(matches(input.value), input.value);
    });
    return { element: input, value: function () { return input.value.trim(); }, hide: hide };
  }

  // ---- RPC: POST /app/rpc; a lost session is said by alert, then the login screen.
  function busy(delta) {
    busyCount += delta;
    if (busyCount > 0 && !busyTimer && !loading) {
      busyTimer = setTimeout(function () {
        busyTimer = null;
        if (busyCount > 0) {
          loading = el('div', { className: 'gwt-PopupPanel loadingPopup' }, [el('div', { className: 'popupContent' }, [label('Please wait...')])]);
          document.body.appendChild(loading);
        }
      }, 400);
    }
    if (busyCount === 0) {
      if (busyTimer) { clearTimeout(busyTimer); busyTimer = null; }
      detach(loading);
      loading = null;
    }
  }
  function rpc(method, params, onSuccess, onFailure) {
    var xhr = new XMLHttpRequest();
    busy(1);
    xhr.open('POST', '/app/rpc', true);
    xhr.setRequestHeader('Content-Type', 'application/json; charset=utf-8');
    xhr.setRequestHeader('X-GWT-Permutation', PERMUTATION);
    xhr.setRequestHeader('X-GWT-Module-Base', MODULE_BASE);
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) return;
      busy(-1);
      var answer = null;
      try { answer = JSON.parse(xhr.responseText); } catch (ignored) { answer = null; }
      if (xhr.status !== 200 || !answer) {
        window.alert('Unable to contact the server. Please check your connection and try again.');
        if (onFailure) onFailure();
        return;
      }
      if (answer.error === 'SESSION_EXPIRED') { sessionLost(); return; }
      if (answer.error === 'NOT_LOGGED_IN') { me = { stage: 'none' }; navigate('login'); return; }
      if (answer.error) { window.alert(answer.message || 'An unexpected error occurred.'); if (onFailure) onFailure(); return; }
      onSuccess(answer);
    };
    xhr.send(JSON.stringify({ method: method, params: params || {} }));
  }
  function sessionLost() {
    closeAll();
    me = { stage: 'none' };
    window.alert(SESSION_TEXT);
    notice = SESSION_TEXT;
    navigate('login');
  }

  // ---- History: screens are tokens after the hash; the back button walks them.
  function currentToken() { return decodeURIComponent(location.hash.replace(/^#/, '')); }
  function navigate(token) { if (currentToken() === token) route(); else location.hash = token; }
  function replace(token) { if (currentToken() === token) route(); else location.replace('#' + token); }
  function route() {
    var token = currentToken();
    var seq = routeSeq += 1;
    closeAll();
    rpc('whoAmI', {}, function (who) {
      if (seq !== routeSeq) return;
      me = who;
      var fresh = function () { return seq === routeSeq; };
      if (token === '' || token === 'home') {
        if (who.stage === 'in') replace('dashboard'); else showHome();
      } else if (token === 'login') {
        if (who.stage === 'in') replace('dashboard'); else showLogin();
      } else if (token === 'otp') {
        if (who.stage === 'otp') showOtp(); else replace(who.stage === 'in' ? 'dashboard' : 'login');
      } else if (token !== 'dashboard' && token !== 'createApiUser' && !PLACEHOLDERS[token]) {
        replace(who.stage === 'in' ? 'dashboard' : 'home');
      } else if (who.stage !== 'in') {
        if (who.stale) notice = SESSION_TEXT;
        replace('login');
      } else if (token === 'dashboard') showDashboard(fresh);
      else if (token === 'createApiUser') showCreateApiUser(fresh);
      else showPlaceholder(PLACEHOLDERS[token]);
    });
  }

  // ---- The frame around every screen.
  function page(authenticated, content) {
    clear(root);
    var token = currentToken();
    var right;
    if (authenticated) {
      right = horizontalPanel([
        label('Welcome, ' + me.username, 'userLabel'),
        label('GSTIN: ' + me.gstin, 'userLabel'),
        anchor('Logout', logout)
      ], 10);
    } else if (token === '' || token === 'home') {
      right = button('Login', go('login'), 'btnLogin');
      right.className += ' headerLoginButton';
    } else right = label('');
    var header = horizontalPanel([
      verticalPanel([label('e-Invoice System', 'appTitle'), label('Government of India', 'appSubTitle')]),
      right
    ], 0, 'header');
    header.setAttribute('width', '100%');
    header.rows[0].cells[1].setAttribute('align', 'right');
    root.appendChild(header);
    if (authenticated) {
      topMenu = menuBar(false, menuSpec(), null);
      root.appendChild(topMenu.element);
      var body = horizontalPanel([quickLinks(), content], 0, 'pageBody');
      body.rows[0].cells[0].style.verticalAlign = 'top';
      body.rows[0].cells[1].style.verticalAlign = 'top';
      root.appendChild(body);
    } else {
      topMenu = null;
      root.appendChild(el('div', { className: 'publicBody' }, [content]));
    }
    root.appendChild(label('Site is designed, developed and hosted by National Informatics Centre. Best viewed in Google Chrome 50+ and Mozilla Firefox 45+.', 'footer'));
  }
  function quickLinks() {
    var title = label('Quick Links', 'quickLinksTitle');
    return verticalPanel([
      title,
      anchor('Dash Board', go('dashboard')),
      anchor('Generate e-Invoice', go('generateIrn')),
      anchor('Bulk Upload', go('bulkUpload')),
      anchor('MIS Reports', go('misIrn')),
      anchor('Change Password', go('changePassword'))
    ], 0, 'quickLinks');
  }
  function logout() {
    rpc('logout', {}, function () { me = { stage: 'none' }; navigate('home'); });
  }

  // ---- Screens.
  function showHome() {
    page(false, verticalPanel([
      label('Welcome to e-Invoice System', 'formTitle'),
      label('Generate Invoice Reference Number (IRN) for your B2B invoices, register API users for your GSP or ERP, and view reports.', 'dialogText'),
      label('What is new: Two factor authentication is mandatory for all taxpayers from 1 April 2025.', 'infoLabel')
    ], 6));
  }

  function showLogin() {
    var user = textBox('userName', 15);
    var password = passwordBox('password');
    var code = textBox('captchaCode', 5);
    var captchaSrc = function () { return 'einvoice/captcha?rnd=' + Math.random().toString(36).slice(2); };
    var picture = image(captchaSrc(), 'Captcha');
    var error = errorLabel();
    var loginButton = button('Login', doLogin, 'login');
    var forgot = function () { window.alert('Please use the Forgot Username / Forgot Password facility of the GST Common Portal.'); };
    var form = formTable([
      [label('Username *'), user],
      [label('Password *'), password],
      ['', horizontalPanel([picture, anchor('Refresh', function () { picture.src = captchaSrc(); })], 6)],
      [label('Enter Captcha *'), code],
      ['', loginButton]
    ], 'loginForm');
    page(false, decoratorPanel(verticalPanel([
      label('Login', 'formTitle'),
      form,
      error,
      horizontalPanel([anchor('Forgot Username', forgot), anchor('Forgot Password', forgot)], 12)
    ], 6)));
    if (notice) { setError(error, notice); notice = ''; }
    onEnter([user, password, code], doLogin);
    user.focus();
    function doLogin() {
      setError(error, '');
      if (!user.value.trim()) { setError(error, 'Please enter Username.'); return; }
      if (!password.value) { setError(error, 'Please enter Password.'); return; }
      if (!code.value.trim()) { setError(error, 'Please enter the Captcha.'); return; }
      loginButton.disabled = true;
      rpc('login', { username: user.value.trim(), password: password.value, captcha: code.value.trim() }, function (answer) {
        loginButton.disabled = false;
        if (!answer.ok) {
          setError(error, answer.message);
          code.value = '';
          picture.src = captchaSrc();
          (answer.field === 'captcha' ? code : password).focus();
          return;
        }
        navigate('otp');
      }, function () { loginButton.disabled = false; });
    }
  }

  function showOtp() {
    var otp = textBox('otp', 6);
    otp.setAttribute('autocomplete', 'one-time-code');
    var error = errorLabel();
    var info = label('An OTP has been sent to your registered mobile number ' + me.mobile + '. Enter the OTP to continue.', 'infoLabel');
    var verify = button('Verify OTP', doVerify, 'btnVerifyOTP');
    var resend = anchor('Resend OTP', function () {
      rpc('resendLoginOtp', {}, function (answer) {
        info.textContent = 'The OTP has been re-sent to your registered mobile number ' + answer.mobile + '.';
      });
    });
    page(false, decoratorPanel(verticalPanel([
      label('Two Factor Authentication', 'formTitle'),
      info,
      formTable([[label('Enter OTP *'), otp], ['', horizontalPanel([verify, resend], 10)]]),
      error,
      anchor('Back to Login', go('login'))
    ], 6)));
    onEnter([otp], doVerify);
    otp.focus();
    function doVerify() {
      setError(error, '');
      if (!otp.value.trim()) { setError(error, 'Please enter the OTP.'); return; }
      verify.disabled = true;
      rpc('verifyLoginOtp', { otp: otp.value.trim() }, function (answer) {
        verify.disabled = false;
        if (!answer.ok) { setError(error, answer.message); otp.value = ''; otp.focus(); return; }
        navigate('dashboard');
      }, function () { verify.disabled = false; });
    }
  }

  function card(title, value) {
    return verticalPanel([label(title, 'cardTitle'), label(String(value), 'cardValue')], 0, 'card');
  }
  function showDashboard(fresh) {
    rpc('getDashboard', {}, function (data) {
      if (!fresh()) return;
      var year = listBox(['2025-26', '2024-25', '2023-24']);
      page(true, verticalPanel([
        label('Dash Board', 'pageTitle'),
        label(data.tradeName + ' (' + data.gstin + ')', 'infoLabel'),
        horizontalPanel([label('Financial Year'), year], 6),
        horizontalPanel([card('Generations', data.generated), card('Cancelled', data.cancelled)], 12)
      ], 6));
      if (data.showTechContact) showTechContact(data.contact);
    });
  }
  function showTechContact(contact) {
    var name = textBox('techName', 60);
    var mobile = textBox('techMobile', 10);
    var email = textBox('techEmail', 80);
    name.value = contact.name;
    mobile.value = contact.mobile;
    email.value = contact.email;
    var error = errorLabel();
    var dialog = null;
    var update = button('Update', function () {
      setError(error, '');
      rpc('updateTechContact', { name: name.value, mobile: mobile.value, email: email.value }, function (answer) {
        if (!answer.ok) { setError(error, answer.message); return; }
        dialog.hide();
      });
    });
    var exit = button('Exit', function () { dialog.hide(); });
    exit.className += ' exitButton';
    dialog = dialogBox('Contacts of Technical Person', verticalPanel([
      label('Please provide the contact details of the technical person of your organisation, to be contacted for e-Invoice integration issues.', 'dialogText'),
      formTable([[label('Name *'), name], [label('Mobile No *'), mobile], [label('Email Id *'), email]]),
      error,
      horizontalPanel([update, exit], 8)
    ], 6));
  }

  function showPlaceholder(title) {
    page(true, verticalPanel([
      label(title, 'pageTitle'),
      label('This facility is under maintenance. Please try again later.', 'infoLabel')
    ], 6));
  }

  function showCreateApiUser(fresh) {
    var otp = textBox('apiOtp', 6);
    otp.setAttribute('autocomplete', 'one-time-code');
    var sent = label('Sending OTP to your registered mobile number...', 'infoLabel');
    var verify = button('Verify OTP', doVerify, 'verifyApiOtp');
    var otpPanel = verticalPanel([
      sent,
      formTable([[label('Enter OTP *'), horizontalPanel([otp, verify], 8)]]),
      anchor('Resend OTP', sendOtp)
    ], 4);
    var holder = el('div');
    page(true, verticalPanel([
      label('Create API User', 'pageTitle'),
      captionPanel('API Registration', verticalPanel([otpPanel, holder], 4))
    ], 6));
    onEnter([otp], doVerify);
    sendOtp();
    function sendOtp() {
      rpc('sendApiOtp', {}, function (answer) {
        if (!fresh()) return;
        sent.textContent = 'OTP has been sent to your registered mobile number ' + answer.mobile + '. It is valid for 10 minutes.';
        otp.focus();
      });
    }
    function doVerify() {
      var code = otp.value.trim();
      if (!/^\d{6}$/.test(code)) { window.alert('Please enter the 6 digit OTP.'); return; }
      verify.disabled = true;
      rpc('verifyApiOtp', { otp: code }, function (answer) {
        verify.disabled = false;
        if (!answer.ok) { window.alert(answer.message); otp.value = ''; otp.focus(); return; }
        otpPanel.style.display = 'none';
        drawRegistration(holder, answer);
      }, function () { verify.disabled = false; });
    }
  }

  function registeredTable(gstin, rows) {
    var table = flexTable('registeredTable');
    table.addRow(['S.No', 'GSP Name', 'API User Name', 'Created On', 'Status']).className = 'tableHeader';
    if (!rows.length) table.addRow(['No records found.']);
    rows.forEach(function (row, n) { table.addRow([String(n + 1), row.gsp, row.username, row.createdOn, row.status]); });
    return verticalPanel([label('GSPs registered for GSTIN ' + gstin, 'tableTitle'), table.table], 2);
  }

  function drawRegistration(holder, data) {
    var mode = '';
    var modes = [['DIRECT', 'Directly'], ['GSP', 'Through GSP'], ['ERP', 'Through ERP'], ['OTHER', 'Through Client-Id of other']];
    var radios = modes.map(function (each) {
      return radioButton('registrationMode', each[1], function () { mode = each[0]; showRows(); }).element;
    });
    var gsp = suggestBox(data.gsps, 'gspName');
    var erp = listBox(['-- Select --', 'SAP', 'Oracle E-Business Suite', 'Microsoft Dynamics', 'Tally', 'Other']);
    var other = textBox('otherClientId', 40);
    var user = textBox('apiUserName', 34);
    var password = passwordBox('apiPassword');
    var again = passwordBox('apiRePassword');
    var show = checkBox('Show Password', function (on) {
      password.type = on ? 'text' : 'password';
      again.type = on ? 'text' : 'password';
    });
    var form = flexTable('registrationForm');
    var rows = {
      gsp: form.addRow([label('Select your GSP *'), gsp.element]),
      erp: form.addRow([label('Select your ERP *'), erp]),
      other: form.addRow([label('Client-Id of other GSTIN *'), other]),
      direct: form.addRow(['', label('Direct API access is allowed only for taxpayers whose aggregate turnover exceeds the notified limit. Client Id and Client Secret are issued by NIC on request.', 'hintLabel')]),
      user: form.addRow([label('Username *'), horizontalPanel([label('API_', 'prefixLabel'), user], 0)]),
      password: form.addRow([label('Password *'), password]),
      again: form.addRow([label('Re-enter Password *'), again]),
      show: form.addRow(['', show]),
      hint: form.addRow(['', label(PASSWORD_TEXT, 'hintLabel')])
    };
    var visible = {
      '': [], DIRECT: ['direct'], GSP: ['gsp', 'user', 'password', 'again', 'show', 'hint'],
      ERP: ['erp', 'user', 'password', 'again', 'show', 'hint'], OTHER: ['other', 'user', 'password', 'again', 'show', 'hint']
    };
    function showRows() {
      Object.keys(rows).forEach(function (key) {
        rows[key].style.display = visible[mode].indexOf(key) >= 0 ? '' : 'none';
      });
    }
    showRows();
    var error = errorLabel();
    var submit = button('Submit', doSubmit, 'submit');
    var exit = button('Exit', go('dashboard'), 'exit');
    exit.className += ' exitButton';
    var tableHolder = el('div', {}, [registeredTable(data.gstin, data.registered)]);
    holder.appendChild(verticalPanel([
      label('OTP verified successfully.', 'successLabel'),
      label('Do you wish to Register your GSTIN for *', 'questionLabel'),
      horizontalPanel(radios, 4),
      form.table,
      error,
      horizontalPanel([submit, exit], 10),
      tableHolder
    ], 6));

    function problem() {
      if (!mode) return 'Please select the option for registering your GSTIN.';
      if (mode === 'DIRECT') return '';
      if (mode === 'GSP') {
        var name = gsp.value().toLowerCase();
        if (!name) return 'Please select your GSP.';
        var known = data.gsps.some(function (each) { return each.toLowerCase() === name; });
        if (!known) return 'Please select a GSP from the list shown as you type.';
      }
      if (mode === 'ERP' && erp.selectedIndex === 0) return 'Please select your ERP.';
      if (mode === 'OTHER' && !other.value.trim()) return 'Please enter the Client-Id.';
      var typed = user.value.trim().replace(/^api_/i, '');
      if (!typed) return 'Please enter Username.';
      if (!USERNAME_RULE.test(typed)) return 'Username should be 4 to 30 letters, digits, underscore, dot or hyphen.';
      if (!password.value) return 'Please enter Password.';
      if (!PASSWORD_RULE.test(password.value)) return PASSWORD_TEXT;
      if (password.value !== again.value) return 'Password and Re-enter Password do not match.';
      return '';
    }
    function doSubmit() {
      gsp.hide();
      setError(error, '');
      var message = problem();
      if (message) { setError(error, message); return; }
      if (!window.confirm('Do you want to submit the details to create the API user?')) return;
      submit.disabled = true;
      rpc('createApiUser', {
        mode: mode, gsp: gsp.value(), erp: erp.value, clientId: other.value.trim(), username: user.value.trim(),
        password: password.value, confirmPassword: again.value
      }, function (answer) {
        submit.disabled = false;
        if (!answer.ok) { window.alert(answer.message); return; }
        clear(tableHolder);
        tableHolder.appendChild(registeredTable(data.gstin, answer.registered));
        user.value = '';
        password.value = '';
        again.value = '';
        showSuccess(answer.username, answer.gsp);
      }, function () { submit.disabled = false; });
    }
  }
  function showSuccess(username, gspName) {
    var dialog = null;
    var ok = button('OK', function () { dialog.hide(); }, 'successOk');
    dialog = dialogBox('Success', verticalPanel([
      label('API user ' + username + ' has been created successfully for ' + gspName + '. Note the Username and Password: they are needed for the e-Invoice APIs.', 'dialogText'),
      ok
    ], 8));
    ok.focus();
  }

  function start() {
    root = document.getElementById('gwt-root');
    window.addEventListener('hashchange', route);
    route();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
`;
