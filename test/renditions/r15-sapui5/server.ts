/**
 * Rendition r15-sapui5: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2018-2024 SAPUI5 / OpenUI5 1.7x-1.1xx
 * single-page application in the sap_fiori_3 theme, as large Indian enterprises and PSUs build them.
 * There is no real UI5 here: a small hand-written runtime (`/resources/sap-ui-core.js`) renders the DOM
 * UI5 renders (generated ids such as `__xmlview2--loginUser`, `__button7`, `__item14-__list1-3`,
 * `data-sap-ui` attributes, `sapM…`/`sapTnt…`/`sapUi…` classes, `div#sap-ui-static` for popups,
 * `div#sap-ui-blocklayer-popup.sapUiBLy`, invisible controls left as `div#sap-ui-invisible-<id>`
 * placeholders) and the app (`/Component-preload.js`) builds its views with it. No network, no fonts:
 * icons are `span.sapUiIcon[data-sap-ui-icon-content]` with SAP-icons code points, drawn by CSS fallbacks.
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - One page `/` (index.html bootstrapping the runtime); hash routes `#/` (home), `#/login`,
 *   `#/dashboard`, `#/apiRegistration/createApiUser`, `#/page/<key>` (placeholder pages). Views are
 *   numbered in the order they are first created, so a view's id prefix depends on the path taken.
 *   Top-level views (home, login, the signed-in ToolPage) change with a 250 ms NavContainer slide; views
 *   left stay in the DOM with `sapMNavItemHidden` (display:none), so their controls (a second "Login"
 *   button, a second "Enter OTP" input) remain there, hidden. Pages inside the ToolPage switch at once.
 *   Data calls are JSON under `/api/` (fetch), each with a global light sap.m.BusyDialog
 *   (`div.sapMBusyDialog` + the block layer) for 400-800 ms; "Send OTP" busies its Panel instead
 *   (`div.sapUiLocalBusyIndicator`).
 * - Home: ShellBar "e-Invoice System" with a "Login" button (`__xmlviewN--btnLogin.homepageloginbtn`),
 *   tiles below. Login view: a Panel "Login" with a SimpleForm (ResponsiveGridLayout): Username,
 *   Password, Captcha (an `img.sapMImg` of `/api/captcha` SVG, alt "", plus an icon-only refresh button),
 *   Enter Captcha, and an emphasized full-width "Login" below the form. Enter in a field submits. Labels
 *   carry `for` (the input's `-inner`), a CSS colon and a CSS `*`. Empty fields get value states
 *   ("Enter Username" etc.), no call. Captcha checked first (case-insensitive): MessageBox.error
 *   "Invalid Captcha. Please enter the characters shown in the image."; then credentials:
 *   MessageBox.error "Invalid Login Credentials. Please check your Username and Password." Either way
 *   the captcha field is emptied and the picture redrawn (and the password emptied after bad credentials).
 * - Every MessageBox is a `div.sapMDialog.sapMMessageBox` with role="alertdialog" (not "dialog");
 *   Escape answers Cancel/Close. A value-state popup opens below a focused field in error and may cover
 *   the control beneath it (the login "Verify OTP") until the field is typed in or left.
 * - 2FA: the same view swaps its form for "Two Factor Authentication" (Enter OTP, "Verify OTP",
 *   "Resend OTP" link after 30 s, "Back to Login"). Wrong OTP: the field gets value state Error
 *   ("Invalid OTP", shown only while it has the focus) and a MessageToast "Invalid OTP. Please enter the
 *   correct OTP sent to your registered mobile number." (3 s); the field is emptied and focused.
 * - After login: the ToolPage (ShellBar-like header, sap.tnt.SideNavigation) on "Dash Board" (tiles
 *   Generations / Cancelled); then, once `/api/user/technicalContacts` answers, the sap.m.Dialog
 *   "Contacts of Technical Person" (Name, Designation, Mobile, E-mail as text; "Update" and "Close"),
 *   200 ms fade, on the first dashboard of each session. Closed, it stays in #sap-ui-static hidden.
 * - Menu: Dash Board; e-Invoice; e-Way Bill; API Registration (User Credentials → Create API User,
 *   View API Users; IP Whitelisting; Freeze API User; Change API Password); MIS Reports; User Management.
 *   All groups collapsed; a group opens on a click of its text or its arrow. "User Credentials" is a
 *   nested group (a third level, which tnt does not have: the app's own extension of the control).
 * - Create API User: Breadcrumbs, Panel "API Registration": text and "Send OTP" (nothing is sent on
 *   opening). Sent: MessageStrip (Success) "OTP has been sent to your registered mobile number
 *   XXXXXX7310. It is valid for 10 minutes.", input "Enter OTP" + "Verify OTP", "Resend OTP" after 30 s.
 *   Wrong: MessageBox.error "Invalid OTP. Please enter the valid OTP sent to your registered mobile
 *   number."; the field emptied; retries unlimited. Verified: the OTP row is disabled, a strip says so,
 *   Panel "Registration Details" and the page footer (Submit / Exit) appear.
 * - "Do you wish to Register your GSTIN for": sap.m.RadioButtonGroup Directly / Through GSP / Through
 *   ERP / Through Client-Id of other, with UI5's default selectedIndex 0, so "Directly" starts selected
 *   (and shows a warning strip; Submit disabled). Only "Through GSP" shows "Select your GSP" (ComboBox,
 *   25 names, per-word starts-with filter, type-ahead completion, arrow opens a Popover picker),
 *   "Username" (a fixed `API_` text before the input; 3 to 30 letters, digits, '.', '-', '_'; a typed
 *   leading "API_" is not doubled), "Password" and "Re-enter Password" (8 to 15 characters with upper,
 *   lower, digit and special). Client checks set value states and toast "Please correct the
 *   highlighted fields.".
 * - Submit: MessageBox.confirm "Confirmation" ("Are you sure you want to create the API user API_x for
 *   <GSP>?", OK / Cancel). Refusals as MessageBox.error: "GSTIN <gstin> is already registered with
 *   <GSP>." (duplicate: Tera Software Limited is on file from before, shown in the table, or any made
 *   here) and "Username API_x is already in use. Please choose another username." (username-taken:
 *   API_admin, API_test, API_demo, API_einvoice or any on file). Success: MessageBox.success "Success"
 *   "API user API_x has been created." (OK), the form reset and hidden, and the sap.m.Table "GSPs
 *   registered for GSTIN <gstin>" (shown from the OTP's verification on) gains the row. A verified OTP
 *   serves one creation.
 * - Sessions: cookie `JSESSIONID` (HttpOnly) naming server-side state. Any `/api/` call of a signed-in
 *   kind without a live session answers 401; the app then shows MessageBox.error "Session Timeout"
 *   "Your session has expired. Please log in again." (OK) and routes to `#/login`. A reload of a
 *   signed-in hash without a session routes to `#/login` silently.
 * - expireOnce: the first request of that stage (`POST /api/apireg/otp/send`, `.../otp/verify`,
 *   `POST /api/apireg/users`) deletes the server session first, so it answers 401 as any lost session.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Sapui5R15Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface Sapui5R15Options {
  expireOnce?: Sapui5R15Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface Sapui5R15State {
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

export interface Sapui5R15Rendition {
  url: string;
  close(): Promise<void>;
  state: Sapui5R15State;
}

export const SAPUI5_R15_LOGIN: { username: string; password: string } = {
  username: 'einvadmin27',
  password: 'Nic@Portal2024',
};

const MASKED_MOBILE = 'XXXXXX7310';

const GSPS: string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'BVM IT Consulting Services India Private Limited',
  'Botree Software International Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'Masters India Private Limited',
  'Mastek Limited',
  'Reliance Corporate IT Park Limited',
  'SAG Infotech Private Limited',
  'Sify Technologies Limited',
  'Tally ( India) Private Ltd',
  'TATA CONSULTANCY SERVICES LIMITED',
  'Taxilla Private Limited',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
  'Zoho Corporation Private Limited',
  'Deloitte Touche Tohmatsu India LLP',
].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));

/** Usernames the portal already holds (for anyone), compared case-insensitively. */
const TAKEN_USERNAMES = ['API_admin', 'API_test', 'API_demo', 'API_einvoice'];

interface SeedRow {
  gsp: string;
  username: string;
  createdOn: string;
}

/** An earlier registration on file for the GSTIN (not one made here: not in state.users). */
const SEEDED: SeedRow[] = [
  { gsp: 'Tera Software Limited', username: 'API_terasoft27', createdOn: '14/08/2021 11:42:07' },
];

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'in';
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  techShown: boolean;
}

function stamp(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(date.getDate())}/${p(date.getMonth() + 1)}/${date.getFullYear()} ${p(date.getHours())}:${p(
    date.getMinutes(),
  )}:${p(date.getSeconds())}`;
}

function captchaSvg(text: string): string {
  const rnd = (min: number, max: number) => min + Math.random() * (max - min);
  const colours = ['#1d3f72', '#7a1f1f', '#2f5d1e', '#5a2d82', '#8a5a00'];
  let body = '';
  for (let i = 0; i < 6; i++) {
    body += `<path d="M${rnd(0, 40).toFixed(1)} ${rnd(5, 45).toFixed(1)} Q${rnd(40, 120).toFixed(1)} ${rnd(
      0,
      50,
    ).toFixed(1)} ${rnd(120, 160).toFixed(1)} ${rnd(5, 45).toFixed(1)}" stroke="${
      colours[i % colours.length]
    }" stroke-width="${rnd(0.6, 1.6).toFixed(1)}" fill="none" opacity="0.55"/>`;
  }
  for (let i = 0; i < 40; i++) {
    body += `<circle cx="${rnd(0, 160).toFixed(1)}" cy="${rnd(0, 50).toFixed(1)}" r="${rnd(0.4, 1.3).toFixed(
      1,
    )}" fill="#555" opacity="0.5"/>`;
  }
  [...text].forEach((ch, i) => {
    const x = 18 + i * 27 + rnd(-3, 3);
    const y = 34 + rnd(-5, 5);
    const glyph = ch.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    body += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rnd(-22, 22).toFixed(1)} ${x.toFixed(
      1,
    )} ${y.toFixed(1)})" font-family="DejaVu Serif, Georgia, serif" font-size="${rnd(24, 29).toFixed(
      0,
    )}" font-weight="bold" fill="${colours[i % colours.length]}">${glyph}</text>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="160" height="50" viewBox="0 0 160 50"><rect width="160" height="50" fill="#eef3f7"/><path d="M0 25 H160" stroke="#c9d6e2" stroke-width="18" opacity="0.5"/>${body}</svg>`;
}

export async function startSapui5R15Rendition(options: Sapui5R15Options = {}): Promise<Sapui5R15Rendition> {
  const state: Sapui5R15State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  let expiryDone = false;

  function cookieOf(req: IncomingMessage): string | undefined {
    const header = req.headers.cookie ?? '';
    for (const part of header.split(';')) {
      const [name, ...rest] = part.trim().split('=');
      if (name === 'JSESSIONID') return rest.join('=');
    }
    return undefined;
  }

  function sessionOf(req: IncomingMessage): Session | undefined {
    const id = cookieOf(req);
    return id ? sessions.get(id) : undefined;
  }

  function ensureSession(req: IncomingMessage, res: ServerResponse): Session {
    const found = sessionOf(req);
    if (found) return found;
    const id = randomBytes(16).toString('hex').toUpperCase();
    const session: Session = {
      id,
      stage: 'anon',
      apiOtpSent: false,
      apiOtpVerified: false,
      techShown: false,
    };
    sessions.set(id, session);
    res.setHeader('Set-Cookie', `JSESSIONID=${id}; Path=/; HttpOnly; SameSite=Lax`);
    return session;
  }

  function send(res: ServerResponse, status: number, type: string, body: string): void {
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
  }

  function json(res: ServerResponse, status: number, value: unknown): void {
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
  }

  function fail(res: ServerResponse, status: number, code: string, message: string): void {
    json(res, status, { error: { code, message } });
  }

  function lost(res: ServerResponse): void {
    fail(res, 401, 'SESSION_EXPIRED', 'Session expired or invalid. Please login again.');
  }

  async function bodyOf(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > 64 * 1024) break;
      chunks.push(chunk as Buffer);
    }
    try {
      const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }

  const str = (value: unknown): string => (typeof value === 'string' ? value : '');

  /** The first request of the configured stage finds its session gone. */
  function expires(stage: Sapui5R15Expiry, req: IncomingMessage): boolean {
    if (options.expireOnce !== stage || expiryDone) return false;
    expiryDone = true;
    const id = cookieOf(req);
    if (id) sessions.delete(id);
    state.expired.push(stage);
    return true;
  }

  function registrations(): { gsp: string; username: string; createdOn: string; status: string }[] {
    return [
      ...SEEDED.map((row) => ({ ...row, status: 'Active' })),
      ...state.users
        .filter((user) => user.gstin === state.gstin)
        .map(({ gsp, username, createdOn }) => ({ gsp, username, createdOn, status: 'Active' })),
    ];
  }

  async function api(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    if (method === 'GET' && path === '/api/captcha') {
      ensureSession(req, res);
      send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
      return;
    }
    if (method === 'GET' && path === '/api/session') {
      const session = ensureSession(req, res);
      json(res, 200, {
        authenticated: session.stage === 'in',
        stage: session.stage,
        user: session.stage === 'in' ? { gstin: state.gstin, name: 'UNITED FORGINGS AND CASTINGS' } : null,
      });
      return;
    }
    if (method === 'POST' && path === '/api/auth/login') {
      const session = ensureSession(req, res);
      const body = await bodyOf(req);
      if (str(body.captcha).trim().toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        fail(res, 400, 'INVALID_CAPTCHA', 'Invalid Captcha. Please enter the characters shown in the image.');
        return;
      }
      if (
        str(body.username).trim().toLowerCase() !== SAPUI5_R15_LOGIN.username.toLowerCase() ||
        str(body.password) !== SAPUI5_R15_LOGIN.password
      ) {
        state.refusals.push('login');
        fail(
          res,
          400,
          'INVALID_CREDENTIALS',
          'Invalid Login Credentials. Please check your Username and Password.',
        );
        return;
      }
      session.stage = 'otp';
      json(res, 200, { status: 'OTP_SENT', mobile: MASKED_MOBILE });
      return;
    }
    if (method === 'POST' && (path === '/api/auth/otp' || path === '/api/auth/otp/resend')) {
      const session = sessionOf(req);
      if (!session || session.stage === 'anon') {
        lost(res);
        return;
      }
      if (path.endsWith('/resend')) {
        json(res, 200, { status: 'OTP_SENT', mobile: MASKED_MOBILE });
        return;
      }
      const body = await bodyOf(req);
      if (session.stage === 'otp' && str(body.otp).trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        fail(
          res,
          400,
          'INVALID_OTP',
          'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
        );
        return;
      }
      session.stage = 'in';
      json(res, 200, {
        status: 'SUCCESS',
        user: { gstin: state.gstin, name: 'UNITED FORGINGS AND CASTINGS' },
      });
      return;
    }
    if (method === 'POST' && path === '/api/auth/logout') {
      const id = cookieOf(req);
      if (id) sessions.delete(id);
      json(res, 200, { status: 'LOGGED_OUT' });
      return;
    }
    await signedIn(req, res, method, path);
  }

  async function signedIn(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    path: string,
  ): Promise<void> {
    const stage: Sapui5R15Expiry | undefined =
      method === 'POST' && path === '/api/apireg/otp/send'
        ? 'api-otp-send'
        : method === 'POST' && path === '/api/apireg/otp/verify'
          ? 'api-otp-verify'
          : method === 'POST' && path === '/api/apireg/users'
            ? 'submit'
            : undefined;
    if (stage && expires(stage, req)) {
      lost(res);
      return;
    }
    const session = sessionOf(req);
    if (session?.stage !== 'in') {
      lost(res);
      return;
    }
    await signedInRoutes(req, res, method, path, session);
  }

  async function signedInRoutes(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    path: string,
    session: Session,
  ): Promise<void> {
    if (method === 'GET' && path === '/api/user/technicalContacts') {
      const first = !session.techShown;
      session.techShown = true;
      json(res, 200, {
        show: first,
        contact: {
          name: 'RAJESH KUMAR SHARMA',
          designation: 'Manager - IT (SAP Basis)',
          mobile: '9820XXXX41',
          email: 'it.helpdesk@unitedforgings.co.in',
        },
      });
      return;
    }
    if (method === 'POST' && path === '/api/user/technicalContacts') {
      json(res, 200, { status: 'UPDATED' });
      return;
    }
    if (method === 'GET' && path === '/api/dashboard') {
      json(res, 200, { gstin: state.gstin, generations: 1284, cancelled: 17, bulk: 42, ewb: 311 });
      return;
    }
    if (method === 'GET' && path === '/api/apireg/gsps') {
      json(res, 200, {
        results: GSPS.map((name, i) => ({ GspCode: `GSP${String(101 + i)}`, GspName: name })),
      });
      return;
    }
    if (method === 'GET' && path === '/api/apireg/registrations') {
      json(res, 200, { gstin: state.gstin, results: registrations() });
      return;
    }
    if (method === 'POST' && path === '/api/apireg/otp/send') {
      session.apiOtpSent = true;
      session.apiOtpVerified = false;
      json(res, 200, { status: 'OTP_SENT', mobile: MASKED_MOBILE, validity: 10 });
      return;
    }
    if (method === 'POST' && path === '/api/apireg/otp/verify') {
      const body = await bodyOf(req);
      if (!session.apiOtpSent) {
        fail(
          res,
          400,
          'OTP_NOT_GENERATED',
          'Please click Send OTP to get the OTP on your registered mobile number.',
        );
        return;
      }
      if (str(body.otp).trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        fail(
          res,
          400,
          'INVALID_OTP',
          'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
        );
        return;
      }
      session.apiOtpVerified = true;
      json(res, 200, { status: 'VERIFIED' });
      return;
    }
    if (method === 'POST' && path === '/api/apireg/users') {
      const body = await bodyOf(req);
      if (!session.apiOtpVerified) {
        fail(res, 403, 'OTP_NOT_VERIFIED', 'Please verify the OTP before creating the API user.');
        return;
      }
      const gsp = GSPS.find((name) => name === str(body.gspName));
      let typed = str(body.username).trim();
      if (typed.toUpperCase().startsWith('API_')) typed = typed.slice(4);
      const password = str(body.password);
      if (str(body.mode) !== 'GSP' || !gsp) {
        fail(res, 400, 'INVALID_GSP', 'Please select a valid GSP.');
        return;
      }
      if (!/^[A-Za-z0-9._-]{3,30}$/.test(typed)) {
        fail(
          res,
          400,
          'INVALID_USERNAME',
          'Username should be 3 to 30 characters: letters, digits, ".", "-" or "_".',
        );
        return;
      }
      if (!/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/.test(password)) {
        fail(res, 400, 'INVALID_PASSWORD', 'Password does not meet the password policy.');
        return;
      }
      if (password !== str(body.confirmPassword)) {
        fail(res, 400, 'PASSWORD_MISMATCH', 'Password and Re-enter Password do not match.');
        return;
      }
      const username = `API_${typed}`;
      if (registrations().some((row) => row.gsp === gsp)) {
        state.refusals.push('duplicate');
        fail(res, 409, 'ALREADY_REGISTERED', `GSTIN ${state.gstin} is already registered with ${gsp}.`);
        return;
      }
      const taken = [...TAKEN_USERNAMES, ...registrations().map((row) => row.username)];
      if (taken.some((name) => name.toLowerCase() === username.toLowerCase())) {
        state.refusals.push('username-taken');
        fail(
          res,
          409,
          'USERNAME_TAKEN',
          `Username ${username} is already in use. Please choose another username.`,
        );
        return;
      }
      const createdOn = stamp(new Date());
      state.users.push({ gstin: state.gstin, gsp, username, password, createdOn });
      session.apiOtpVerified = false;
      session.apiOtpSent = false;
      json(res, 201, { status: 'CREATED', username, gsp, createdOn });
      return;
    }
    fail(res, 404, 'NOT_FOUND', 'Resource not found.');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (path.startsWith('/api/')) {
      await api(req, res, path);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed');
      return;
    }
    if (path === '/' || path === '/index.html') {
      ensureSession(req, res);
      send(res, 200, 'text/html; charset=utf-8', INDEX_HTML);
      return;
    }
    if (path === '/resources/sap-ui-core.js') {
      send(res, 200, 'application/javascript; charset=utf-8', CORE_JS);
      return;
    }
    if (path === '/resources/sap/ui/core/themes/sap_fiori_3/library.css') {
      send(res, 200, 'text/css; charset=utf-8', THEME);
      return;
    }
    if (path === '/Component-preload.js') {
      send(res, 200, 'application/javascript; charset=utf-8', APP_JS);
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    send(
      res,
      404,
      'text/html; charset=utf-8',
      '<!DOCTYPE html><title>404 Not Found</title><h1>404 Not Found</h1>',
    );
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) fail(res, 500, 'INTERNAL', 'Internal Server Error');
      else res.end();
    });
  });
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

/** The theme: a hand-written subset of sap_fiori_3 (library.css of sap.ui.core, sap.m, sap.tnt, sap.f). */
const THEME_CSS = String.raw`
html,body{height:100%;margin:0;padding:0}
html{font-size:16px}
.sapUiBody{background-color:#f7f7f7;color:#32363a;font-family:"72","72full",Arial,Helvetica,sans-serif;font-size:.875rem;overflow:hidden;-webkit-font-smoothing:antialiased}
#content{height:100%;width:100%}
.sapUiComponentContainer,.sapUiView,.sapUiViewDisplayBlock{height:100%;width:100%;display:block}
.sapUiHidden{display:none!important}
.sapUiInvisibleText{display:inline;position:absolute;clip:rect(1px,1px,1px,1px);font-size:0;width:1px;height:1px;overflow:hidden}
.sapUiSelectable{user-select:text}
.sapUiIcon{display:inline-block;line-height:1;font-style:normal;speak:none;text-align:center;position:relative;vertical-align:middle;color:inherit;cursor:default}
.sapUiIcon::before{content:attr(data-sap-ui-icon-content);font-family:"DejaVu Sans",Arial,sans-serif!important;font-size:inherit}
.sapUiIconPointer{cursor:pointer}
.sapUiIcon[data-sap-ui-icon-content="\e1ef"]::before,.sapUiIcon[data-sap-ui-icon-content="\e1e2"]::before{content:"\25BE";font-size:1.25em}
.sapUiIcon[data-sap-ui-icon-content="\e1ed"]::before,.sapUiIcon[data-sap-ui-icon-content="\e066"]::before{content:"\25B8";font-size:1.25em}
.sapUiIcon[data-sap-ui-icon-content="\e1ee"]::before{content:"\25C2";font-size:1.25em}
.sapUiIcon[data-sap-ui-icon-content="\e010"]::before{content:"\21BB";font-size:1.2em}
.sapUiIcon[data-sap-ui-icon-content="\e03e"]::before{content:"\2715"}
.sapUiIcon[data-sap-ui-icon-content="\e0b1"]::before{content:"\2297"}
.sapUiIcon[data-sap-ui-icon-content="\e0b2"]::before,.sapUiIcon[data-sap-ui-icon-content="\e05b"]::before{content:"\2714"}
.sapUiIcon[data-sap-ui-icon-content="\e0c4"]::before{content:"\2139"}
.sapUiIcon[data-sap-ui-icon-content="\e201"]::before{content:"\26A0"}
.sapUiIcon[data-sap-ui-icon-content="\e09e"]::before{content:"?";font-weight:bold}
.sapUiIcon[data-sap-ui-icon-content="\e17e"]::before{content:"\2630"}
.sapUiIcon[data-sap-ui-icon-content="\e070"]::before{content:"\2302"}
.sapUiIcon[data-sap-ui-icon-content="\e0e6"]::before{content:"\25A4"}
.sapUiIcon[data-sap-ui-icon-content="\e1d1"]::before{content:"\279C"}
.sapUiIcon[data-sap-ui-icon-content="\e1d8"]::before{content:"\21C4"}
.sapUiIcon[data-sap-ui-icon-content="\e107"]::before{content:"\25A5"}
.sapUiIcon[data-sap-ui-icon-content="\e05f"]::before{content:"\2637"}
.sapUiIcon[data-sap-ui-icon-content="\e1da"]::before{content:"\21E5"}
.sapUiIcon[data-sap-ui-icon-content="\e0fa"]::before{content:"\2699"}
.sapUiIcon[data-sap-ui-icon-content="\e050"]::before{content:"\263A"}
.sapUiIcon[data-sap-ui-icon-content="\e0a9"]::before{content:"\25C9"}
/* block layer, static area, popups */
#sap-ui-static{height:0;width:0;overflow:hidden;float:left}
.sapUiBLy{position:fixed;top:0;left:0;right:0;bottom:0;width:100%;height:100%;background-color:#000;opacity:.6;outline:none}
.sapUiBLy.sapUiBLyBack{opacity:.6}
#sap-ui-blocklayer-popup{transition:opacity .2s}
.sapMPopup-CTX{position:absolute}
.sapUiShd{box-shadow:0 0 0 1px rgba(0,0,0,.15),0 10px 30px 0 rgba(0,0,0,.3)}
/* text, title, label, link */
.sapMText{display:inline-block;box-sizing:border-box;white-space:pre-line;word-wrap:break-word;font-size:.875rem;color:#32363a;line-height:normal}
.sapMTextNoWrap{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.sapMTextMaxWidth{max-width:100%}
.sapMTitle{margin:0;color:#32363a;font-weight:normal;font-size:1rem;display:inline-block;box-sizing:border-box;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:100%}
.sapMTitleStyleH1{font-size:1.625rem}.sapMTitleStyleH2{font-size:1.375rem}.sapMTitleStyleH3{font-size:1.25rem}.sapMTitleStyleH4{font-size:1.125rem}.sapMTitleStyleH5{font-size:1rem}
.sapMLabel{color:#6a6d70;font-size:.875rem;font-weight:normal;display:inline-flex;cursor:text;line-height:normal;white-space:nowrap;overflow:hidden;max-width:100%;vertical-align:top;box-sizing:border-box}
.sapMLabelTextWrapper{overflow:hidden;text-overflow:ellipsis}
.sapMLabelBold{font-weight:bold;color:#32363a}
.sapMLabelColonAndRequired{flex:none}
.sapUiFormLblColon .sapMLabel:not(.sapMLabelNoText) .sapMLabelColonAndRequired::before{content:attr(data-colon)}
.sapMLabelWrapping{white-space:normal;display:inline-block}
.sapMLabelWrapping .sapMLabelTextWrapper{overflow:visible}
.sapMLabelRequired .sapMLabelColonAndRequired::after{content:"*";color:#b00;font-size:1.25rem;font-weight:bold;line-height:0;position:relative;top:.25rem;padding-left:.125rem}
.sapMLnk{color:#0a6ed1;font-size:.875rem;text-decoration:none;cursor:pointer;display:inline-block;outline:none}
.sapMLnk:hover{text-decoration:underline}
.sapMLnk:focus{outline:1px dotted #000;outline-offset:-1px}
.sapMLnkDsbl{color:#6a6d70;opacity:.4;cursor:default;pointer-events:none}
.sapMImg{border:none;display:inline-block;vertical-align:middle}
/* buttons */
.sapMBtnBase{display:inline-block;box-sizing:border-box;height:2.75rem;padding:.25rem 0;margin:0;background:transparent;border:none;font-family:inherit;font-size:.875rem;cursor:pointer;outline:none;vertical-align:top;position:relative;-webkit-appearance:none;min-width:2.5rem}
.sapMBtnInner{display:flex;align-items:center;justify-content:center;box-sizing:border-box;height:2.25rem;min-width:2.25rem;padding:0 .5625rem;border:1px solid #0a6ed1;border-radius:.25rem;background:#fff;color:#0a6ed1;text-shadow:none;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;font-size:.875rem}
.sapMBtnInner.sapMBtnHoverable:hover{background:#ebf5fe}
.sapMBtnInner.sapMBtnEmphasized{background:#0a6ed1;border-color:#0a6ed1;color:#fff;font-weight:bold}
.sapMBtnInner.sapMBtnEmphasized.sapMBtnHoverable:hover{background:#085caf;border-color:#085caf}
.sapMBtnInner.sapMBtnTransparent{background:transparent;border-color:transparent}
.sapMBtnInner.sapMBtnTransparent.sapMBtnHoverable:hover{background:rgba(10,110,209,.1)}
.sapMBtnInner.sapMBtnReject{background:#fff;border-color:#b00;color:#b00}
.sapMBtnBase:focus>.sapMBtnInner::after{content:"";position:absolute;top:.3125rem;left:.0625rem;right:.0625rem;bottom:.3125rem;border:1px dotted #000;border-radius:.25rem;pointer-events:none}
.sapMBtnEmphasized{position:static}
.sapMBtnBase:focus>.sapMBtnInner.sapMBtnEmphasized::after{border-color:#fff}
.sapMBtnActive.sapMBtnInner,.sapMBtnBase:active>.sapMBtnInner{background:#0854a0;color:#fff;border-color:#0854a0}
.sapMBtnIcon{font-size:1rem;width:1rem}
.sapMBtnIconLeft{margin-right:.375rem}
.sapMBtnIconFirst .sapMBtnIconLeft:last-child{margin-right:0}
.sapMBtnDisabled{cursor:default;opacity:.4;pointer-events:none}
.sapMBtnContent{overflow:hidden;text-overflow:ellipsis}
.sapMBtnBase.sapMBtnFullWidth{width:100%}
/* local busy indicator */
.sapUiLocalBusy{position:relative}
.sapUiLocalBusy>*:not(.sapUiLocalBusyIndicator){visibility:hidden}
.sapUiLocalBusyIndicator{position:absolute;top:0;left:0;right:0;bottom:0;display:flex;align-items:center;justify-content:center;background:rgba(247,247,247,.72);z-index:1;outline:none;visibility:visible}
.sapUiLocalBusyIndicatorAnimation{display:flex;align-items:center}
.sapUiLocalBusyIndicatorAnimation>div{width:.5rem;height:.5rem;margin:0 .1875rem;border-radius:50%;background:#0854a0;animation:sapUiBusyAnimStandard 1.2s infinite ease-in-out;opacity:.4}
.sapUiLocalBusyIndicatorAnimation>div:nth-child(2){animation-delay:.2s}
.sapUiLocalBusyIndicatorAnimation>div:nth-child(3){animation-delay:.4s}
.sapUiLocalBusyIndicatorSizeBig .sapUiLocalBusyIndicatorAnimation>div{width:1rem;height:1rem;margin:0 .25rem}
@keyframes sapUiBusyAnimStandard{0%,80%,100%{transform:scale(.6);opacity:.4}40%{transform:scale(1);opacity:1}}
/* inputs */
.sapMInputBase{display:inline-block;box-sizing:border-box;vertical-align:top;height:2.75rem;padding:.25rem 0;position:relative;outline:none;min-width:4rem}
.sapMInputBaseContentWrapper{display:flex;box-sizing:border-box;height:2.25rem;width:100%;border:1px solid #89919a;border-radius:.125rem;background:#fff;position:relative;overflow:hidden}
.sapMInputBaseContentWrapper:hover{border-color:#0854a0}
.sapMInputBaseDynamicContent{display:flex;flex:1 1 auto;min-width:0}
.sapMInputBaseInner{flex:1 1 auto;min-width:0;box-sizing:border-box;border:none;outline:none;background:transparent;font-family:inherit;font-size:.875rem;color:#32363a;padding:0 .625rem;height:100%;margin:0;-webkit-appearance:none;text-overflow:ellipsis}
.sapMInputBaseInner::placeholder{color:#74777a;font-style:italic}
.sapMFocus>.sapMInputBaseContentWrapper::after{content:"";position:absolute;top:1px;left:1px;right:1px;bottom:1px;border:1px dotted #000;pointer-events:none}
.sapMInputBaseContentWrapperState.sapMInputBaseContentWrapperError{border-color:#b00;border-width:1px;border-bottom-width:2px;background:#fff}
.sapMInputBaseContentWrapperState.sapMInputBaseContentWrapperSuccess{border-bottom:2px solid #107e3e}
.sapMInputBaseDisabled{opacity:.5;pointer-events:none}
.sapMInputBaseReadonly .sapMInputBaseContentWrapper{background:#f7f7f7;border-color:#89919a}
.sapMInputBaseIconContainer{display:flex;align-items:center;flex:none}
.sapMInputBaseIcon{width:2.25rem;height:2.125rem;line-height:2.125rem;color:#0854a0;font-size:1rem;cursor:pointer}
.sapMInputBaseIcon:hover{background:#ebf5fe}
.sapMInputBaseIconPressed{background:#0854a0!important;color:#fff}
.sapMValueStateMessage{box-sizing:border-box;max-width:22rem;min-width:8rem;padding:.5rem .5rem;font-size:.875rem;color:#32363a;line-height:1.25;background:#ffebeb;border-bottom:.125rem solid #b00;box-shadow:0 0 0 1px rgba(0,0,0,.1),0 .125rem .5rem 0 rgba(0,0,0,.1);word-wrap:break-word}
.sapMValueStateMessageSuccess{background:#f1fdf6;border-color:#107e3e}
.sapMValueStateMessageWarning{background:#fef7f1;border-color:#e9730c}
.sapMInputDescriptionWrapper{display:inline-flex;align-items:center}
`;

const THEME_CSS_2 = `
/* radio buttons */
.sapMRbG{display:inline-flex;outline:none;flex-wrap:wrap}
.sapMRbG1Row{flex-direction:column}
.sapMRbGTab{flex-direction:row}
.sapMRb{display:inline-flex;align-items:center;height:2.75rem;position:relative;cursor:pointer;outline:none;margin-right:1rem;vertical-align:top;user-select:none}
.sapMRb:focus::after{content:"";position:absolute;top:.5rem;bottom:.5rem;left:0;right:0;border:1px dotted #000;pointer-events:none}
.sapMRbB{width:2.75rem;height:2.75rem;display:flex;align-items:center;justify-content:center;position:relative;flex:none}
.sapMRbBOut{width:1.375rem;height:1.375rem;box-sizing:border-box;border:.125rem solid #89919a;border-radius:50%;background:#fff;display:flex;align-items:center;justify-content:center;position:relative}
.sapMRb:hover .sapMRbBOut{border-color:#0854a0}
.sapMRbBInn{width:.75rem;height:.75rem;border-radius:50%;background:transparent;position:relative}
.sapMRbSel .sapMRbBInn{background:#0854a0}
.sapMRbB input{position:absolute;top:0;left:0;width:100%;height:100%;margin:0;opacity:0;cursor:pointer}
.sapMRbBLabel{cursor:pointer;color:#32363a;padding-right:.25rem}
.sapMRbDis{opacity:.5;pointer-events:none}
/* popover, lists (combobox picker) */
.sapMPopover{position:absolute;background:#fff;border-radius:.25rem;box-shadow:0 0 0 1px rgba(0,0,0,.15),0 .625rem 1.875rem 0 rgba(0,0,0,.3);outline:none;box-sizing:border-box;overflow:hidden;transition:opacity .1s}
.sapMPopoverCont{overflow:hidden;position:relative;box-sizing:border-box}
.sapMPopoverScroll{overflow-y:auto;overflow-x:hidden;box-sizing:border-box}
.sapMComboBoxBasePicker .sapMPopoverScroll{max-height:18rem}
.sapMList{position:relative;background:#fff}
.sapMListUl,.sapMListItems{list-style:none;margin:0;padding:0}
.sapMLIB{display:flex;align-items:center;box-sizing:border-box;min-height:2.75rem;padding:0 1rem;border-bottom:1px solid #e5e5e5;background:#fff;outline:none;position:relative;cursor:pointer;color:#32363a}
.sapMListShowSeparatorsNone .sapMLIB{border-bottom:none}
.sapMLIB:hover{background:#f5f5f5}
.sapMLIBSelected,.sapMLIBSelected:hover{background:#e5f0fa}
.sapMLIBFocused::after,.sapMLIB:focus::after{content:"";position:absolute;top:1px;left:1px;right:1px;bottom:1px;border:1px dotted #000;pointer-events:none}
.sapMLIBContent{flex:1 1 auto;min-width:0}
.sapMSLIDiv{display:flex;flex-direction:column;justify-content:center}
.sapMSLITitleOnly{font-size:.875rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.sapMComboBoxBaseHighlight{font-weight:bold}
.sapMListNoData{padding:1rem;text-align:center;color:#6a6d70}
/* dialog, message box, busy dialog */
.sapMDialog{position:fixed;display:flex;flex-direction:column;background:#fff;border-radius:.25rem;box-shadow:0 0 0 1px rgba(0,0,0,.15),0 .625rem 1.875rem 0 rgba(0,0,0,.3);min-width:20rem;max-width:90%;max-height:90%;outline:none;box-sizing:border-box;overflow:hidden;transition:opacity .2s ease-in-out}
.sapMDialog>header{flex:none}
.sapMDialogTitleGroup .sapMBar{height:3rem;border-bottom:1px solid #d9d9d9;box-shadow:none}
.sapMDialog .sapMDialogTitleGroup .sapMTitle{font-size:1rem;font-weight:normal}
.sapMDialogSection{flex:1 1 auto;overflow:auto;position:relative}
.sapMDialogScroll{display:block;box-sizing:border-box}
.sapMDialogScrollCont{box-sizing:border-box;padding:1rem}
.sapMDialogFooter{flex:none}
.sapMDialogFooter .sapMIBar{height:2.75rem;border-top:none;box-shadow:0 -.0625rem 0 0 #d9d9d9;background:#fff;padding:0 .25rem}
.sapMDialogIcon{font-size:1.25rem;margin-right:.5rem}
.sapMMessageBox{width:auto;max-width:35rem}
.sapMMessageBox .sapMDialogScrollCont{padding:1rem 1rem 1.5rem}
.sapMMessageBoxError .sapMDialogTitleGroup .sapMBar{border-bottom:.125rem solid #b00}
.sapMMessageBoxError .sapMDialogIcon{color:#b00}
.sapMMessageBoxSuccess .sapMDialogTitleGroup .sapMBar{border-bottom:.125rem solid #107e3e}
.sapMMessageBoxSuccess .sapMDialogIcon{color:#107e3e}
.sapMMessageBoxWarning .sapMDialogTitleGroup .sapMBar{border-bottom:.125rem solid #e9730c}
.sapMMessageBoxWarning .sapMDialogIcon{color:#e9730c}
.sapMMessageBoxQuestion .sapMDialogIcon,.sapMMessageBoxInfo .sapMDialogIcon{color:#0a6ed1}
.sapMMsgBoxText{max-width:32rem;white-space:pre-line}
.sapMBusyDialog{min-width:auto;padding:1rem 1.5rem;align-items:center}
.sapMBusyDialog .sapMDialogScrollCont{padding:0}
.sapMBusyDialog-Light{background:transparent;box-shadow:none}
.sapMBusyDialogLabel{display:block;text-align:center;margin-bottom:.75rem;color:#32363a}
.sapMBusyIndicator{position:relative;display:inline-block}
.sapMBusyIndicator .sapUiLocalBusyIndicator{position:relative;background:transparent;height:2rem;width:5rem}
.sapMBusyDialog-Light .sapUiLocalBusyIndicatorAnimation>div{background:#fff}
/* message toast, message strip */
.sapMMessageToast{position:fixed;box-sizing:border-box;max-width:15em;width:15em;padding:1rem;border-radius:.25rem;font-size:.875rem;text-align:center;color:#fff;background:rgba(52,69,86,.92);box-shadow:0 .625rem 1.875rem 0 rgba(0,0,0,.15);word-wrap:break-word;opacity:1;transition:opacity 1s ease-out;left:50%;transform:translateX(-50%);bottom:4rem}
.sapMMessageToast.sapMFadeOut{opacity:0}
.sapMMsgStrip{display:flex;align-items:flex-start;box-sizing:border-box;position:relative;padding:.4375rem 2.5rem .4375rem 2.5rem;min-height:2.25rem;border:1px solid;border-radius:.25rem;font-size:.875rem;margin:.5rem 0;line-height:1.4}
.sapMMsgStripIcon{position:absolute;left:.75rem;top:.5rem;font-size:1rem}
.sapMMsgStripInformation{background:#f1f8ff;border-color:#0a6ed1}
.sapMMsgStripInformation .sapMMsgStripIcon{color:#0a6ed1}
.sapMMsgStripSuccess{background:#f1fdf6;border-color:#107e3e}
.sapMMsgStripSuccess .sapMMsgStripIcon{color:#107e3e}
.sapMMsgStripWarning{background:#fef7f1;border-color:#e9730c}
.sapMMsgStripWarning .sapMMsgStripIcon{color:#e9730c}
.sapMMsgStripError{background:#ffebeb;border-color:#b00}
.sapMMsgStripError .sapMMsgStripIcon{color:#b00}
.sapMMsgStripMessage{flex:1 1 auto}
/* bars, toolbars, page */
.sapMIBar{display:block;position:relative;box-sizing:border-box;width:100%;height:2.75rem;background:#fff;box-shadow:inset 0 -1px 0 0 #d9d9d9}
.sapMBar{display:flex;align-items:center;justify-content:space-between;padding:0 .5rem}
.sapMBarLeft,.sapMBarRight{display:flex;align-items:center;flex:none;min-width:0}
.sapMBarMiddle{flex:1 1 auto;display:flex;justify-content:center;min-width:0;overflow:hidden}
.sapMBarPH{display:flex;align-items:center;min-width:0}
.sapMBarTitleAlignStart .sapMBarMiddle{justify-content:flex-start}
.sapMTB{display:flex;align-items:center;padding:0 .5rem;gap:.5rem;overflow:hidden}
.sapMTBSpacer{flex:1 1 auto}
.sapMTB-Transparent-CTX{background:transparent;box-shadow:none}
.sapMPage{position:absolute;top:0;left:0;right:0;bottom:0;display:flex;flex-direction:column;background:#f7f7f7;box-sizing:border-box;overflow:hidden}
.sapMPageHeader{flex:none;z-index:2}
.sapMPageHeader .sapMIBar{box-shadow:0 .125rem .125rem 0 rgba(0,0,0,.08),inset 0 -.0625rem 0 0 #d9d9d9;height:3rem}
.sapMPageHeader .sapMTitle{font-size:1rem;font-weight:bold}
.sapMPageEnableScrolling{flex:1 1 auto;overflow-y:auto;overflow-x:hidden;position:relative}
.sapMPageFooter{flex:none}
.sapMPageFooter .sapMIBar{box-shadow:0 -.0625rem 0 0 #d9d9d9,0 -.125rem .25rem 0 rgba(0,0,0,.08);height:3rem;background:#fff}
.sapUiContentPadding{padding:1rem;box-sizing:border-box}
.sapUiMediumMargin{margin:2rem}.sapUiSmallMarginTop{margin-top:1rem}.sapUiSmallMarginBottom{margin-bottom:1rem}.sapUiTinyMarginEnd{margin-right:.5rem}.sapUiSmallMarginBegin{margin-left:1rem}.sapUiTinyMarginTop{margin-top:.5rem}.sapUiSmallMargin{margin:1rem}
/* nav container */
.sapMNav{position:relative;overflow:hidden;width:100%;height:100%}
.sapMNavItem{position:absolute;top:0;left:0;width:100%;height:100%;box-sizing:border-box}
.sapMNavItemHidden{display:none}
.sapMNavItemSliding{transition:transform .25s ease-in-out}
.sapMNavItemRight{transform:translate3d(100%,0,0)}
.sapMNavItemLeft{transform:translate3d(-100%,0,0)}
.sapMNavItemCenter{transform:translate3d(0,0,0)}
.sapMApp{background:#f7f7f7}
/* flex boxes, panel, breadcrumbs */
.sapMFlexBox{display:flex}
.sapMVBox{flex-direction:column}
.sapMHBox{flex-direction:row}
.sapMFlexBoxAlignItemsCenter{align-items:center}
.sapMFlexBoxJustifyCenter{justify-content:center}
.sapMFlexBoxWrapWrap{flex-wrap:wrap}
.sapMFlexItem{position:relative}
.sapMPanel{display:block;box-sizing:border-box;background:#fff;border-radius:.25rem;box-shadow:0 0 .125rem 0 rgba(0,0,0,.1),0 .125rem .5rem 0 rgba(0,0,0,.1);margin-bottom:1rem;overflow:hidden}
.sapMPanelHdr{display:flex;align-items:center;height:3rem;padding:0 1rem;border-bottom:1px solid #d9d9d9;font-size:1rem;color:#32363a;margin:0;font-weight:normal;box-sizing:border-box}
.sapMPanelContent{padding:1rem;box-sizing:border-box;background:#fff}
.sapMBreadcrumbs{display:flex;list-style:none;margin:0 0 .75rem;padding:0;font-size:.875rem}
.sapMBreadcrumbsItem{display:flex;align-items:center}
.sapMBreadcrumbsSeparator{padding:0 .25rem;color:#6a6d70}
.sapMBreadcrumbsCurrentLocation{color:#32363a}
`;

const THEME_CSS_3 = `
/* form: SimpleForm / ResponsiveGridLayout */
.sapUiForm{position:relative;box-sizing:border-box}
.sapUiFormResGrid{box-sizing:border-box;width:100%}
.sapUiRespGrid{display:flex;flex-wrap:wrap;box-sizing:border-box;width:100%}
.sapUiRespGrid>div{box-sizing:border-box;padding:0 .5rem 0 0;min-height:1px}
.sapUiRespGridMedia-Std-Desktop>.sapUiRespGridSpanL1{width:8.333%}
.sapUiRespGridMedia-Std-Desktop>.sapUiRespGridSpanL2{width:16.666%}
.sapUiRespGridMedia-Std-Desktop>.sapUiRespGridSpanL3{width:25%}
.sapUiRespGridMedia-Std-Desktop>.sapUiRespGridSpanL4{width:33.333%}
.sapUiRespGridMedia-Std-Desktop>.sapUiRespGridSpanL5{width:41.666%}
.sapUiRespGridMedia-Std-Desktop>.sapUiRespGridSpanL6{width:50%}
.sapUiRespGridMedia-Std-Desktop>.sapUiRespGridSpanL7{width:58.333%}
.sapUiRespGridMedia-Std-Desktop>.sapUiRespGridSpanL8{width:66.666%}
.sapUiRespGridMedia-Std-Desktop>.sapUiRespGridSpanL9{width:75%}
.sapUiRespGridMedia-Std-Desktop>.sapUiRespGridSpanL12{width:100%}
.sapUiRespGridMedia-Std-Desktop>.sapUiRespGridBreakL{margin-left:0}
.sapUiFormResGrid .sapUiFormElementLbl{display:flex;justify-content:flex-end;align-items:flex-start;padding-top:.875rem;padding-right:.75rem}
.sapUiFormResGrid .sapUiFormElementLbl>.sapMLabel{text-align:right}
.sapUiFormDisplay .sapUiFormElementLbl{padding-top:.3125rem}
.sapUiFormDisplay .sapUiRespGrid>div{padding-top:.3125rem;padding-bottom:.3125rem}
.sapMFlexBoxJustifySpaceBetween{justify-content:space-between}
.sapUiFormTitle{padding:.5rem 0 .5rem;border-bottom:1px solid #d9d9d9;margin-bottom:.5rem}
.sapUiFormCLContent,.sapUiFormContainer{width:100%}
.r15Prefix{display:inline-flex;align-items:center;height:2.25rem;box-sizing:border-box;padding:0 .625rem;background:#f2f2f2;border:1px solid #89919a;border-right:none;border-radius:.125rem 0 0 .125rem;color:#32363a;font-weight:bold;font-family:inherit}
/* shell bar (sap.f.ShellBar), tool page (sap.tnt.ToolPage) */
.sapFShellBar{display:flex;align-items:center;height:3.25rem;padding:0 1rem;background:#354a5f;color:#fff;box-sizing:border-box;box-shadow:0 .125rem .25rem 0 rgba(0,0,0,.15);position:relative;z-index:3}
.sapFShellBarOLHB{display:flex;align-items:center;flex:1 1 auto;min-width:0}
.sapFShellBarLogo{height:2rem;margin-right:.75rem;display:flex;align-items:center}
.sapFShellBarLogo svg,.sapFShellBarLogo img{height:2rem}
.sapFShellBarPrimaryTitle{font-size:.875rem;font-weight:bold;color:#fff;white-space:nowrap;margin-right:.75rem;margin-top:0;margin-bottom:0}
.sapFShellBarSecondTitle{font-size:.75rem;color:#d1e8ff;white-space:nowrap}
.sapFShellBar .sapFShellBarSpacer{flex:1 1 auto}
.sapFShellBar .sapMBtnInner{background:transparent;border-color:transparent;color:#fff}
.sapFShellBar .sapMBtnInner.sapMBtnHoverable:hover{background:#283848}
.sapFShellBar .sapMBtnInner.sapMBtnEmphasized{background:#0a6ed1;border-color:#0a6ed1}
.sapFShellBar .sapMBtnBase:focus>.sapMBtnInner::after{border-color:#fff}
.sapFAvatar{display:inline-flex;align-items:center;justify-content:center;width:2rem;height:2rem;border-radius:50%;background:#d1e8ff;color:#0854a0;font-size:.75rem;font-weight:bold;cursor:pointer;margin-left:.5rem;outline:none;border:none}
.sapFAvatar:focus{outline:1px dotted #fff;outline-offset:2px}
.sapTntToolPage{display:flex;flex-direction:column;position:absolute;top:0;left:0;right:0;bottom:0;background:#f7f7f7}
.sapTntToolPageHeaderWrapper{flex:none}
.sapTntToolPageContentWrapper{flex:1 1 auto;display:flex;min-height:0;position:relative}
.sapTntToolPageAside{flex:none;width:15rem;background:#fff;box-shadow:.0625rem 0 0 0 #d9d9d9;transition:width .2s;overflow:hidden;z-index:2}
.sapTntToolPageAsideCollapsed{width:3rem}
.sapTntToolPageAsideContent{height:100%;overflow-y:auto;overflow-x:hidden}
.sapTntToolPageMain{flex:1 1 auto;min-width:0;position:relative}
.sapTntToolPageMainContent,.sapTntToolPageMainContentWrapper{position:absolute;top:0;left:0;right:0;bottom:0}
/* sap.tnt.SideNavigation */
.sapTntSideNavigation{height:100%;display:flex;flex-direction:column;background:#fff;box-sizing:border-box;font-size:.875rem}
.sapTntSideNavigationFlexible{flex:1 1 auto;overflow-y:auto;overflow-x:hidden}
.sapTntSideNavigationFixed{flex:none;border-top:1px solid #d9d9d9}
.sapTntNavLI{list-style:none;margin:0;padding:.25rem 0;outline:none}
.sapTntNavLI ul{list-style:none;margin:0;padding:0}
.sapTntNavLIGroup{outline:none}
.sapTntNavLIItem{display:flex;align-items:center;box-sizing:border-box;height:2.75rem;padding:0 .5rem 0 0;cursor:pointer;color:#32363a;position:relative;outline:none;user-select:none}
.sapTntNavLIItem:hover{background:#f5f5f5}
.sapTntNavLIItem:focus::after{content:"";position:absolute;top:1px;left:1px;right:1px;bottom:1px;border:1px dotted #000;pointer-events:none}
.sapTntNavLIItemSelected,.sapTntNavLIItemSelected:hover{background:#e5f0fa;color:#0854a0}
.sapTntNavLIItemSelected::before{content:"";position:absolute;left:0;top:0;bottom:0;width:.1875rem;background:#0854a0}
.sapTntNavLIGroupIcon{width:3rem;flex:none;font-size:1rem;color:#0854a0}
.sapTntNavLIText{flex:1 1 auto;min-width:0}
.sapTntNavLIGroup>.sapTntNavLIItem .sapTntNavLIText{font-weight:bold}
.sapTntNavLIExpandIcon{width:2rem;height:2rem;line-height:2rem;flex:none;font-size:.875rem;color:#6a6d70;cursor:pointer;transition:transform .15s}
.sapTntNavLIItem[aria-expanded="true"]>.sapTntNavLIExpandIcon,.sapTntNavLIGroup[aria-expanded="true"]>.sapTntNavLIItem>.sapTntNavLIExpandIcon{color:#0854a0}
.sapTntNavLIGroupItems{overflow:hidden}
.sapTntNavLIHiddenGroupItems{display:none}
.sapTntNavLIGroupItems .sapTntNavLIItem{padding-left:3rem}
.sapTntNavLIGroupItems .sapTntNavLIItem>a{display:flex;align-items:center;flex:1 1 auto;min-width:0;height:100%;color:inherit;text-decoration:none;outline:none}
.sapTntNavLIGroupItems .sapTntNavLIGroup>.sapTntNavLIItem .sapTntNavLIText{font-weight:normal}
.sapTntNavLIGroupItems .sapTntNavLIGroupItems .sapTntNavLIItem{padding-left:4.25rem}
.sapTntToolPageAsideCollapsed .sapTntNavLIText,.sapTntToolPageAsideCollapsed .sapTntNavLIExpandIcon,.sapTntToolPageAsideCollapsed .sapTntNavLIGroupItems{display:none}
/* tiles (sap.m.GenericTile) */
.sapMGT{display:inline-flex;flex-direction:column;justify-content:space-between;box-sizing:border-box;width:11rem;height:11rem;margin:0 1rem 1rem 0;padding:1rem;background:#fff;border-radius:.25rem;box-shadow:0 0 .125rem 0 rgba(0,0,0,.1),0 .125rem .5rem 0 rgba(0,0,0,.1);cursor:pointer;vertical-align:top;outline:none;position:relative}
.sapMGT:hover{box-shadow:0 0 .125rem 0 rgba(0,0,0,.15),0 .5rem 1rem 0 rgba(0,0,0,.15)}
.sapMGT:focus::after{content:"";position:absolute;top:2px;left:2px;right:2px;bottom:2px;border:1px dotted #000;border-radius:.25rem;pointer-events:none}
.sapMGTHdrTxt{font-size:1rem;color:#32363a;line-height:1.25rem;max-height:3.75rem;overflow:hidden}
.sapMGTSubHdrTxt{font-size:.875rem;color:#6a6d70;margin-top:.25rem}
.sapMNC{display:flex;align-items:flex-end;gap:.25rem}
.sapMNCValueScr{font-size:2.25rem;color:#0854a0;line-height:1}
.sapMNCValueScr.sapMNCSemanticColorError{color:#b00}
.sapMNCIndScale{font-size:.875rem;color:#6a6d70}
.sapMTileCntFtrTxt{font-size:.75rem;color:#6a6d70;margin-top:.5rem}
/* sap.m.Table */
.sapMListTblCnt{overflow-x:auto;background:#fff}
.sapMListTbl{width:100%;border-collapse:collapse;table-layout:fixed;font-size:.875rem}
.sapMListTblHeader{height:2.75rem;background:#fff;border-bottom:1px solid #d9d9d9}
th.sapMListTblCell{text-align:left;font-weight:normal;color:#6a6d70;padding:.5rem;vertical-align:middle}
.sapMColumnHeader{display:flex;align-items:center}
.sapMListTblRow{height:2.75rem;border-bottom:1px solid #e5e5e5;display:table-row;cursor:default}
.sapMListTblRow:hover{background:#fff}
td.sapMListTblCell{padding:.5rem;vertical-align:middle;color:#32363a}
.sapMListTblNoData td{padding:1rem;text-align:center;color:#6a6d70}
.sapMObjStatus{font-weight:bold}.sapMObjStatusSuccess{color:#107e3e}
/* app specific (a custom css file of the app) */
.einvHomeHero{background:linear-gradient(120deg,#1b4f7a 0%,#2b6aa3 60%,#3f86c4 100%);color:#fff;padding:2.5rem 2rem;border-radius:.25rem;margin-bottom:1.5rem}
.einvHomeHero .sapMTitle,.einvHomeHero .sapMText{color:#fff}
.einvLoginPage .sapMPageEnableScrolling{background:linear-gradient(180deg,#e8eef4 0%,#f7f7f7 60%)}
.einvLoginBox{width:32rem;margin:2.5rem auto 0}
.einvLoginBox .sapMPanel{margin-bottom:.5rem}
.einvCaptchaBox{display:flex;align-items:center;gap:.5rem;padding:.25rem 0}
.einvCaptchaBox .sapMImg{border:1px solid #d9d9d9;border-radius:.125rem}
.einvFooterNote{font-size:.75rem;color:#6a6d70;text-align:center;padding:1rem}
.einvInlineRow{display:flex;align-items:center;gap:.5rem;flex-wrap:wrap}
.einvNote{color:#6a6d70;font-size:.8125rem}
.einvPageTitleRow{display:flex;align-items:center;gap:.5rem}
`;

/** `/resources/sap-ui-core.js`: the hand-written runtime (core, sap.m, sap.f, sap.tnt, sap.ui.layout). */
const CORE_JS_1 = String.raw`/*!
 * sap-ui-core.js (einvoice portal build) - a subset of the UI5 runtime, sap_fiori_3
 */
(function (window, document) {
  'use strict';
  var counters = {};
  var registry = {};
  var ICONS = {
    'slim-arrow-down': '\ue1ef', 'slim-arrow-right': '\ue1ed', 'slim-arrow-left': '\ue1ee',
    'navigation-down-arrow': '\ue1e2', 'navigation-right-arrow': '\ue066', 'refresh': '\ue010',
    'decline': '\ue03e', 'message-error': '\ue0b1', 'message-success': '\ue0b2', 'accept': '\ue05b',
    'message-information': '\ue0c4', 'message-warning': '\ue201', 'question-mark': '\ue09e',
    'menu2': '\ue17e', 'home': '\ue070', 'document-text': '\ue0e6', 'shipping-status': '\ue1d1',
    'chain-link': '\ue1d8', 'bar-chart': '\ue107', 'group': '\ue05f', 'log': '\ue1da',
    'action-settings': '\ue0fa', 'person-placeholder': '\ue050', 'show': '\ue0a9'
  };
  function uid(token) {
    var n = counters[token] || 0;
    counters[token] = n + 1;
    return '__' + token + n;
  }
  function refOf(c) {
    return c && c.ref ? c.ref() : c;
  }
  function append(el, children) {
    if (children === null || children === undefined) return el;
    if (!Array.isArray(children)) children = [children];
    children.forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      if (typeof c === 'string') el.appendChild(document.createTextNode(c));
      else el.appendChild(refOf(c));
    });
    return el;
  }
  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === undefined || v === null || v === false) return;
        if (k === 'class') el.className = Array.isArray(v) ? v.filter(Boolean).join(' ') : v;
        else if (k === 'text') el.textContent = v;
        else if (k.slice(0, 2) === 'on' && typeof v === 'function') el.addEventListener(k.slice(2), v);
        else el.setAttribute(k, v === true ? '' : String(v));
      });
    }
    return append(el, children);
  }
  function icon(name, id, cls, attrs) {
    var a = {
      id: id, 'class': ['sapUiIcon', 'sapUiIconMirrorInRTL', cls], 'data-sap-ui': id,
      role: 'presentation', 'aria-hidden': 'true', 'data-sap-ui-icon-content': ICONS[name] || '',
      style: "font-family:'SAP\\2dicons'"
    };
    if (attrs) Object.keys(attrs).forEach(function (k) { a[k] = attrs[k]; });
    return h('span', a);
  }
  function rect(el) {
    var r = el.getBoundingClientRect();
    return { top: r.top + window.pageYOffset, left: r.left + window.pageXOffset, width: r.width, height: r.height, bottom: r.bottom + window.pageYOffset };
  }
  function staticArea() {
    var s = document.getElementById('sap-ui-static');
    if (!s) {
      s = h('div', { id: 'sap-ui-static', 'data-sap-ui-area': 'sap-ui-static', style: 'height:0;width:0;overflow:hidden;float:left;' },
        h('span', { id: 'sap-ui-static-firstfe', tabindex: '-1', style: 'font-size:0' }));
      document.body.insertBefore(s, document.body.firstChild);
    }
    return s;
  }

  /* ---- sap.ui.core.Control ---- */
  function Control(id, token) {
    this.sId = id || uid(token);
    this.bVisible = true;
    this.bBusy = false;
    registry[this.sId] = this;
  }
  Control.prototype.getId = function () { return this.sId; };
  Control.prototype.getDomRef = function () { return this.bVisible ? this.dom : null; };
  Control.prototype.ref = function () {
    if (this.bVisible) return this.dom;
    if (!this.ph) this.ph = h('div', { id: 'sap-ui-invisible-' + this.sId, 'class': 'sapUiHiddenPlaceholder', 'aria-hidden': 'true', style: 'display:none' });
    return this.ph;
  };
  Control.prototype.getVisible = function () { return this.bVisible; };
  Control.prototype.setVisible = function (b) {
    b = !!b;
    if (b === this.bVisible) return this;
    var old = this.ref();
    this.bVisible = b;
    var nu = this.ref();
    if (old.parentNode) old.parentNode.replaceChild(nu, old);
    if (this.fnVisibilityHook) this.fnVisibilityHook(b);
    return this;
  };
  Control.prototype.addStyleClass = function (c) { this.dom.classList.add(c); return this; };
  Control.prototype.removeStyleClass = function (c) { this.dom.classList.remove(c); return this; };
  Control.prototype.setBusy = function (b) {
    var that = this;
    b = !!b;
    if (b === this.bBusy) return this;
    this.bBusy = b;
    if (b) {
      this.busyEl = h('div', {
        id: this.sId + '-busyIndicator', 'class': 'sapUiLocalBusyIndicator sapUiLocalBusyIndicatorSizeMedium sapUiLocalBusyIndicatorFade',
        role: 'progressbar', tabindex: '0', title: 'Please wait', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuetext': 'Busy'
      }, h('div', { 'class': 'sapUiLocalBusyIndicatorAnimation sapUiLocalBusyIndicatorAnimStandard' }, [h('div'), h('div'), h('div')]));
      this.dom.classList.add('sapUiLocalBusy');
      this.dom.setAttribute('aria-busy', 'true');
      this.dom.appendChild(this.busyEl);
    } else {
      this.dom.classList.remove('sapUiLocalBusy');
      this.dom.removeAttribute('aria-busy');
      if (that.busyEl && that.busyEl.parentNode) that.busyEl.parentNode.removeChild(that.busyEl);
      that.busyEl = null;
    }
    return this;
  };
  Control.prototype.getBusy = function () { return this.bBusy; };
  Control.prototype.destroy = function () {
    var r = this.ref();
    if (r && r.parentNode) r.parentNode.removeChild(r);
    delete registry[this.sId];
  };
  Control.prototype.placeAt = function (container) {
    (typeof container === 'string' ? document.getElementById(container) : container).appendChild(this.ref());
    return this;
  };
  function inherit(C) {
    C.prototype = Object.create(Control.prototype);
    C.prototype.constructor = C;
    return C;
  }
  function root(ctrl, tag, cls, attrs, children) {
    var a = { id: ctrl.sId, 'data-sap-ui': ctrl.sId, 'class': cls };
    if (attrs) Object.keys(attrs).forEach(function (k) { a[k] = attrs[k]; });
    ctrl.dom = h(tag, a, children);
    return ctrl.dom;
  }
  function evt(src, params) {
    params = params || {};
    return { getSource: function () { return src; }, getParameter: function (n) { return params[n]; }, getParameters: function () { return params; } };
  }

  /* ---- sap.ui.core.Icon, sap.m.Text, Title, Label, Link, Image ---- */
  var Icon = inherit(function (s) {
    Control.call(this, s.id, 'icon');
    var that = this;
    this.dom = icon(s.src, this.sId, s.styleClass, s.press ? { role: 'button', tabindex: '0', title: s.tooltip, 'aria-label': s.tooltip } : { title: s.tooltip });
    if (s.press) {
      this.dom.classList.add('sapUiIconPointer');
      this.dom.removeAttribute('aria-hidden');
      this.dom.addEventListener('click', function (e) { s.press(evt(that), e); });
    }
  });
  var Text = inherit(function (s) {
    Control.call(this, s.id, 'text');
    root(this, 'span', ['sapMText', 'sapUiSelectable', 'sapMTextMaxWidth', s.wrapping === false ? 'sapMTextNoWrap' : '', s.styleClass], { style: 'text-align:left' }, s.text || '');
  });
  Text.prototype.setText = function (t) { this.dom.textContent = t; return this; };
  Text.prototype.getText = function () { return this.dom.textContent; };
  var Title = inherit(function (s) {
    Control.call(this, s.id, 'title');
    var level = s.level || 'H2';
    this.inner = h('span', { id: this.sId + '-inner', dir: 'auto', text: s.text || '' });
    root(this, level.toLowerCase(), ['sapMTitle', 'sapMTitleStyle' + (s.titleStyle || level), 'sapUiSelectable', 'sapMTitleMaxWidth', 'sapMTitleNoWrap', s.styleClass], null, this.inner);
  });
  Title.prototype.setText = function (t) { this.inner.textContent = t; return this; };
  var Label = inherit(function (s) {
    Control.call(this, s.id, 'label');
    this.bdi = h('bdi', { id: this.sId + '-bdi', text: s.text || '' });
    var forId = s.labelFor && s.labelFor.getIdForLabel ? s.labelFor.getIdForLabel() : null;
    root(this, 'label', ['sapMLabel', 'sapUiSelectable', 'sapMLabelMaxWidth', s.required ? 'sapMLabelRequired' : '', s.text ? '' : 'sapMLabelNoText', s.wrapping ? 'sapMLabelWrapping' : '', s.design === 'Bold' ? 'sapMLabelBold' : '', s.styleClass], { 'for': forId },
      [h('span', { id: this.sId + '-text', 'class': 'sapMLabelTextWrapper' }, this.bdi), h('span', { 'data-colon': ':', 'class': 'sapMLabelColonAndRequired' })]);
    if (s.labelFor && s.labelFor.addAriaLabelledBy) s.labelFor.addAriaLabelledBy(this.sId);
  });
  Label.prototype.setText = function (t) { this.bdi.textContent = t; return this; };
  var Link = inherit(function (s) {
    Control.call(this, s.id, 'link');
    var that = this;
    this.bEnabled = s.enabled !== false;
    root(this, 'a', ['sapMLnk', 'sapMLnkMaxWidth', this.bEnabled ? '' : 'sapMLnkDsbl', s.styleClass], { role: 'link', tabindex: this.bEnabled ? '0' : '-1', href: s.href, 'aria-disabled': this.bEnabled ? null : 'true' }, s.text || '');
    this.dom.addEventListener('click', function (e) {
      if (!s.href) e.preventDefault();
      if (that.bEnabled && s.press) s.press(evt(that));
    });
    this.dom.addEventListener('keydown', function (e) { if (e.key === 'Enter' && that.bEnabled && s.press) s.press(evt(that)); });
  });
  Link.prototype.setText = function (t) { this.dom.textContent = t; return this; };
  Link.prototype.setEnabled = function (b) {
    this.bEnabled = !!b;
    this.dom.classList.toggle('sapMLnkDsbl', !b);
    this.dom.setAttribute('tabindex', b ? '0' : '-1');
    if (b) this.dom.removeAttribute('aria-disabled'); else this.dom.setAttribute('aria-disabled', 'true');
    return this;
  };
  var Image = inherit(function (s) {
    Control.call(this, s.id, 'image');
    root(this, 'img', ['sapMImg', s.styleClass], { src: s.src, alt: s.alt || '', role: s.alt ? 'img' : 'presentation', width: s.width, height: s.height, title: s.tooltip });
  });
  Image.prototype.setSrc = function (src) { this.dom.setAttribute('src', src); return this; };

  /* ---- sap.m.Button ---- */
  var Button = inherit(function (s) {
    Control.call(this, s.id, 'button');
    var that = this;
    this.s = s;
    this.bEnabled = true;
    var type = s.type || 'Default';
    this.bdi = h('bdi', { id: this.sId + '-BDI-content', text: s.text || '' });
    this.inner = h('span', { id: this.sId + '-inner', 'class': ['sapMBtnInner', 'sapMBtnHoverable', 'sapMFocusable', s.icon ? 'sapMBtnIconFirst' : '', s.text ? 'sapMBtnText' : '', 'sapMBtn' + type] }, [
      s.icon ? icon(s.icon, this.sId + '-img', 'sapMBtnIcon sapMBtnIconLeft') : null,
      s.text ? h('span', { id: this.sId + '-content', 'class': 'sapMBtnContent' }, this.bdi) : null
    ]);
    root(this, 'button', ['sapMBtnBase', 'sapMBtn', s.width === '100%' ? 'sapMBtnFullWidth' : '', s.styleClass], {
      type: 'button', title: s.tooltip, 'aria-label': !s.text && s.tooltip ? s.tooltip : null, style: s.width ? 'width:' + s.width : null
    }, this.inner);
    this.dom.addEventListener('mousedown', function () { if (that.bEnabled) that.inner.classList.add('sapMBtnActive'); });
    ['mouseup', 'mouseleave', 'blur'].forEach(function (n) { that.dom.addEventListener(n, function () { that.inner.classList.remove('sapMBtnActive'); }); });
    this.dom.addEventListener('click', function () {
      if (!that.bEnabled || that.bBusy) return;
      if (that.s.press) that.s.press(evt(that));
    });
    if (s.enabled === false) this.setEnabled(false);
  });
  Button.prototype.setEnabled = function (b) {
    this.bEnabled = !!b;
    this.dom.disabled = !b;
    this.dom.classList.toggle('sapMBtnDisabled', !b);
    this.inner.classList.toggle('sapMBtnDisabled', !b);
    this.inner.classList.toggle('sapMBtnHoverable', !!b);
    this.inner.classList.toggle('sapMFocusable', !!b);
    return this;
  };
  Button.prototype.getEnabled = function () { return this.bEnabled; };
  Button.prototype.setText = function (t) { this.bdi.textContent = t; return this; };
  Button.prototype.firePress = function () { if (this.s.press) this.s.press(evt(this)); };
  Button.prototype.focus = function () { this.dom.focus(); };
`;

const CORE_JS_2 = String.raw`
  /* ---- sap.m.InputBase / Input: value states with the popup below the field while it has the focus ---- */
  function InputBase(s, token, rootCls, innerAttrs, endIcons) {
    Control.call(this, s.id, token);
    var that = this;
    this.s = s;
    this.sValueState = 'None';
    this.sValueStateText = '';
    this.bEnabled = true;
    this.bFocused = false;
    var a = { id: this.sId + '-inner', type: 'text', autocomplete: 'off', 'class': 'sapMInputBaseInner', placeholder: s.placeholder, maxlength: s.maxLength, 'aria-required': s.required ? 'true' : null, name: s.name };
    if (innerAttrs) Object.keys(innerAttrs).forEach(function (k) { a[k] = innerAttrs[k]; });
    this.inner = h('input', a);
    if (s.value) this.inner.value = s.value;
    this.wrapper = h('div', { id: this.sId + '-content', 'class': 'sapMInputBaseContentWrapper', style: 'width:100%' }, [
      h('div', { 'class': 'sapMInputBaseDynamicContent' }, this.inner),
      endIcons ? h('div', { id: this.sId + '-vhi-container', 'class': 'sapMInputBaseIconContainer' }, endIcons) : null
    ]);
    root(this, 'div', rootCls.concat(['sapMInputBase', 'sapMInputBaseHeightMargin', endIcons ? 'sapMInputBaseHasEndIcons' : '', s.styleClass]), { style: 'width:' + (s.width || '100%') }, this.wrapper);
    this.sLastValue = this.inner.value;
    this.inner.addEventListener('focus', function () {
      that.bFocused = true;
      that.dom.classList.add('sapMFocus');
      that.openValueStateMessage();
    });
    this.inner.addEventListener('blur', function () {
      that.bFocused = false;
      that.dom.classList.remove('sapMFocus');
      that.closeValueStateMessage();
      that.onsapfocusleave();
    });
    this.inner.addEventListener('input', function (e) { that.oninput(e); });
    this.inner.addEventListener('keydown', function (e) { that.onkeydown(e); });
    if (s.enabled === false) this.setEnabled(false);
  }
  inherit(InputBase);
  InputBase.prototype.getIdForLabel = function () { return this.sId + '-inner'; };
  InputBase.prototype.addAriaLabelledBy = function (id) {
    var cur = this.inner.getAttribute('aria-labelledby');
    this.inner.setAttribute('aria-labelledby', cur ? cur + ' ' + id : id);
  };
  InputBase.prototype.getValue = function () { return this.inner.value; };
  InputBase.prototype.setValue = function (v) { this.inner.value = v === undefined || v === null ? '' : String(v); this.sLastValue = this.inner.value; return this; };
  InputBase.prototype.focus = function () { this.inner.focus(); };
  InputBase.prototype.setEnabled = function (b) {
    this.bEnabled = !!b;
    this.inner.disabled = !b;
    this.dom.classList.toggle('sapMInputBaseDisabled', !b);
    this.wrapper.classList.toggle('sapMInputBaseDisabledWrapper', !b);
    return this;
  };
  InputBase.prototype.setEditable = function (b) {
    this.inner.readOnly = !b;
    this.dom.classList.toggle('sapMInputBaseReadonly', !b);
    return this;
  };
  InputBase.prototype.setValueState = function (state, text) {
    var old = this.sValueState;
    this.sValueState = state || 'None';
    if (text !== undefined) this.sValueStateText = text;
    if (old !== 'None') this.wrapper.classList.remove('sapMInputBaseContentWrapper' + old);
    this.wrapper.classList.toggle('sapMInputBaseContentWrapperState', this.sValueState !== 'None');
    if (this.sValueState !== 'None') this.wrapper.classList.add('sapMInputBaseContentWrapper' + this.sValueState);
    if (this.sValueState === 'Error') this.inner.setAttribute('aria-invalid', 'true'); else this.inner.removeAttribute('aria-invalid');
    this.closeValueStateMessage();
    if (this.bFocused) this.openValueStateMessage();
    return this;
  };
  InputBase.prototype.setValueStateText = function (t) { this.sValueStateText = t; return this.setValueState(this.sValueState); };
  InputBase.prototype.getValueState = function () { return this.sValueState; };
  InputBase.prototype.openValueStateMessage = function () {
    if (this.sValueState === 'None' || this.sValueState === 'Success' || !this.bEnabled) return;
    var text = this.sValueStateText || (this.sValueState === 'Error' ? 'Invalid entry' : '');
    if (!text) return;
    this.closeValueStateMessage();
    var r = rect(this.wrapper);
    this.vsm = h('div', { id: this.sId + '-message', 'class': ['sapMValueStateMessage', 'sapMValueStateMessage' + this.sValueState, 'sapMPopup-CTX'], role: 'tooltip', 'aria-live': 'assertive', 'data-sap-ui-popup': this.sId + '-message-popup',
      style: 'position:absolute;visibility:visible;z-index:' + Popup.nextZ() + ';top:' + (r.bottom + 2) + 'px;left:' + r.left + 'px;max-width:' + Math.max(r.width, 200) + 'px' },
      h('span', { id: this.sId + '-message-text', 'class': 'sapMValueStateMessageText', text: text }));
    staticArea().appendChild(this.vsm);
  };
  InputBase.prototype.closeValueStateMessage = function () {
    if (this.vsm && this.vsm.parentNode) this.vsm.parentNode.removeChild(this.vsm);
    this.vsm = null;
  };
  InputBase.prototype.oninput = function () {
    if (this.s.liveChange) this.s.liveChange(evt(this, { value: this.inner.value, newValue: this.inner.value }));
  };
  InputBase.prototype.fireChangeIfNeeded = function () {
    if (this.inner.value !== this.sLastValue) {
      this.sLastValue = this.inner.value;
      if (this.s.change) this.s.change(evt(this, { value: this.inner.value }));
    }
  };
  InputBase.prototype.onsapfocusleave = function () { this.fireChangeIfNeeded(); };
  InputBase.prototype.onkeydown = function (e) {
    if (e.key === 'Enter') {
      this.fireChangeIfNeeded();
      if (this.s.submit) this.s.submit(evt(this, { value: this.inner.value }));
    }
  };
  var Input = inherit(function (s) {
    var t = s.type === 'Password' ? 'password' : s.type === 'Number' ? 'number' : s.type === 'Tel' ? 'tel' : 'text';
    InputBase.call(this, s, 'input', ['sapMInput'], { type: t, inputmode: s.inputmode });
  });
  Input.prototype = Object.create(InputBase.prototype);
  Input.prototype.constructor = Input;

  /* ---- sap.m.ComboBox: per-word starts-with filter, type-ahead, a Popover picker in the static area ---- */
  var ComboBox = inherit(function (s) {
    var that = this;
    this.arrow = icon('slim-arrow-down', (s.id || '') ? s.id + '-arrow' : null, 'sapUiIconPointer sapMInputBaseIcon', { role: 'button', tabindex: '-1', title: 'Select Options' });
    InputBase.call(this, s, 'box', ['sapMComboBox', 'sapMComboBoxBase', 'sapMComboBoxTextField'], {
      role: 'combobox', 'aria-expanded': 'false', 'aria-autocomplete': 'both', 'aria-haspopup': 'listbox'
    }, this.arrow);
    if (!s.id) { this.arrow.id = this.sId + '-arrow'; this.arrow.setAttribute('data-sap-ui', this.sId + '-arrow'); }
    this.aItems = [];
    this.oSelected = null;
    this.bOpen = false;
    this.iFocus = -1;
    this.arrow.removeAttribute('aria-hidden');
    this.arrow.addEventListener('mousedown', function (e) { e.preventDefault(); });
    this.arrow.addEventListener('click', function () {
      if (!that.bEnabled) return;
      that.inner.focus();
      if (that.bOpen) that.close(); else { that.filter(''); that.open(); }
    });
    this.fnOutside = function (e) {
      if (!that.bOpen) return;
      if (that.dom.contains(e.target) || (that.picker && that.picker.contains(e.target))) return;
      that.close();
    };
    document.addEventListener('mousedown', this.fnOutside, true);
    if (s.items) this.setItems(s.items);
  });
  ComboBox.prototype = Object.create(InputBase.prototype);
  ComboBox.prototype.constructor = ComboBox;
  ComboBox.prototype.setItems = function (items) {
    var that = this;
    this.aItems = items.map(function (it) { return { key: it.key, text: it.text, visible: true }; });
    if (this.iTemplate === undefined) {
      this.iTemplate = counters.item || 0;
      uid('item');
    }
    if (this.list) this.renderList();
    return that;
  };
  ComboBox.prototype.ensurePicker = function () {
    if (this.picker) return;
    var that = this;
    this.listId = uid('list');
    this.ul = h('ul', { id: this.listId + '-listUl', 'class': 'sapMListItems sapMListUl sapMListShowSeparatorsNone sapMListModeSingleSelectMaster', role: 'listbox', tabindex: '-1', 'aria-labelledby': this.sId + '-inner' });
    this.list = h('div', { id: this.listId, 'data-sap-ui': this.listId, 'class': 'sapMList sapMListBGSolid sapMComboBoxList', style: 'width:100%' }, this.ul);
    this.pickerId = this.sId + '-popup';
    this.picker = h('div', { id: this.pickerId, 'data-sap-ui': this.pickerId, 'class': 'sapMPopover sapMComboBoxBasePicker sapMComboBoxPicker sapMPopoverWithoutBar sapMPopup-CTX sapMPopoverVerScrollDisabled', role: 'dialog', tabindex: '-1', 'aria-modal': 'false', style: 'display:none;visibility:hidden' }, [
      h('span', { id: this.pickerId + '-firstfe', tabindex: '-1', 'class': 'sapMPopoverHiddenFocusable' }),
      h('div', { id: this.pickerId + '-cont', 'class': 'sapMPopoverCont' }, h('div', { id: this.pickerId + '-scroll', 'class': 'sapMPopoverScroll' }, this.list)),
      h('span', { id: this.pickerId + '-lastfe', tabindex: '-1', 'class': 'sapMPopoverHiddenFocusable' })
    ]);
    this.picker.addEventListener('mousedown', function (e) { e.preventDefault(); });
    staticArea().appendChild(this.picker);
    this.renderList();
  };
  ComboBox.prototype.renderList = function () {
    var that = this;
    this.ul.textContent = '';
    var shown = this.aItems.filter(function (it) { return it.visible; });
    shown.forEach(function (it, i) {
      var idx = that.aItems.indexOf(it);
      var sel = it === that.oSelected;
      var li = h('li', { id: '__item' + that.iTemplate + '-' + that.listId + '-' + idx, 'data-sap-ui': '__item' + that.iTemplate + '-' + that.listId + '-' + idx,
        'class': ['sapMLIB', 'sapMLIB-CTX', 'sapMLIBShowSeparator', 'sapMLIBTypeActive', 'sapMLIBFocusable', 'sapMSLI', 'sapMComboBoxNonInteractiveItem', sel ? 'sapMLIBSelected' : ''],
        role: 'option', tabindex: '-1', 'aria-selected': sel ? 'true' : 'false', 'aria-posinset': String(i + 1), 'aria-setsize': String(shown.length) },
        h('div', { id: '__item' + that.iTemplate + '-' + that.listId + '-' + idx + '-content', 'class': 'sapMLIBContent' },
          h('div', { 'class': 'sapMSLIDiv sapMSLITitleDiv' }, h('div', { 'class': 'sapMSLITitleOnly', text: it.text }))));
      li.addEventListener('click', function () { that.selectItem(it, true); that.close(); });
      it.li = li;
      that.ul.appendChild(li);
    });
  };
  ComboBox.prototype.filter = function (typed) {
    var v = typed.toLowerCase();
    this.aItems.forEach(function (it) {
      var t = it.text.toLowerCase();
      it.visible = !v || t.indexOf(v) === 0 || t.split(/\s+/).some(function (w) { return w.indexOf(v) === 0; });
    });
    if (this.list) this.renderList();
    return this.aItems.filter(function (it) { return it.visible; });
  };
  ComboBox.prototype.open = function () {
    this.ensurePicker();
    var r = rect(this.dom);
    var vr = this.dom.getBoundingClientRect();
    var below = window.innerHeight - vr.bottom - 8;
    var above = vr.top - 8;
    var up = below < 160 && above > below;
    var maxH = Math.min(288, Math.max(80, up ? above : below));
    this.picker.style.cssText = 'display:block;visibility:visible;position:absolute;opacity:0;z-index:' + Popup.nextZ() + ';left:' + r.left + 'px;min-width:' + r.width + 'px;max-width:' + Math.max(r.width, 480) + 'px';
    this.picker.querySelector('.sapMPopoverScroll').style.maxHeight = maxH + 'px';
    this.picker.style.top = (up ? r.top + 2 - Math.min(maxH, this.picker.offsetHeight) : r.bottom - 2) + 'px';
    this.picker.classList.toggle('sapMPopoverWithArrowTop', up);
    var p = this.picker;
    requestAnimationFrame(function () { p.style.opacity = '1'; });
    this.bOpen = true;
    this.inner.setAttribute('aria-expanded', 'true');
    this.inner.setAttribute('aria-controls', this.listId);
    this.arrow.classList.add('sapMInputBaseIconPressed');
    this.dom.classList.add('sapMComboBoxBasePressed');
    if (this.oSelected && this.oSelected.li) this.oSelected.li.scrollIntoView({ block: 'nearest' });
  };
  ComboBox.prototype.close = function () {
    if (!this.bOpen) return;
    this.bOpen = false;
    this.picker.style.cssText = 'display:none;visibility:hidden';
    this.inner.setAttribute('aria-expanded', 'false');
    this.inner.removeAttribute('aria-controls');
    this.arrow.classList.remove('sapMInputBaseIconPressed');
    this.dom.classList.remove('sapMComboBoxBasePressed');
    this.iFocus = -1;
    this.aItems.forEach(function (it) { it.visible = true; });
    this.renderList();
  };
  ComboBox.prototype.selectItem = function (it, fire) {
    var changed = it !== this.oSelected;
    this.oSelected = it;
    this.inner.value = it ? it.text : this.inner.value;
    if (this.list) this.renderList();
    if (changed && fire && this.s.selectionChange) this.s.selectionChange(evt(this, { selectedItem: it }));
    if (fire) this.fireChangeIfNeeded();
  };
  ComboBox.prototype.getSelectedKey = function () { return this.oSelected ? this.oSelected.key : ''; };
  ComboBox.prototype.getSelectedText = function () { return this.oSelected ? this.oSelected.text : ''; };
  ComboBox.prototype.clearSelection = function () { this.oSelected = null; this.setValue(''); if (this.list) this.renderList(); };
  ComboBox.prototype.oninput = function (e) {
    var v = this.inner.value;
    var typing = e && e.inputType && e.inputType.indexOf('insert') === 0;
    this.oSelected = null;
    var shown = this.filter(v);
    if (v && shown.length) {
      var first = shown[0];
      if (typing && first.text.toLowerCase().indexOf(v.toLowerCase()) === 0 && first.text.length > v.length && this.inner.selectionStart === v.length) {
        this.inner.value = v + first.text.slice(v.length);
        this.inner.setSelectionRange(v.length, first.text.length);
      }
      if (first.text.toLowerCase() === this.inner.value.toLowerCase()) {
        this.oSelected = first;
        if (this.list) this.renderList();
      }
      if (!this.bOpen) this.open();
    } else if (this.bOpen) {
      this.close();
    }
    if (this.s.liveChange) this.s.liveChange(evt(this, { value: this.inner.value }));
  };
  ComboBox.prototype.matchTyped = function () {
    var v = this.inner.value.trim().toLowerCase();
    if (!v) { this.oSelected = null; return; }
    var exact = this.aItems.filter(function (it) { return it.text.toLowerCase() === v; })[0];
    if (exact) { this.oSelected = exact; this.inner.value = exact.text; }
  };
  ComboBox.prototype.onsapfocusleave = function () {
    var before = this.oSelected;
    this.matchTyped();
    this.close();
    if (before !== this.oSelected && this.s.selectionChange) this.s.selectionChange(evt(this, { selectedItem: this.oSelected }));
    this.fireChangeIfNeeded();
  };
  ComboBox.prototype.onkeydown = function (e) {
    var shown = this.aItems.filter(function (it) { return it.visible; });
    if ((e.key === 'ArrowDown' && e.altKey) || e.key === 'F4') {
      e.preventDefault();
      if (this.bOpen) this.close(); else { this.filter(''); this.open(); }
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!shown.length) return;
      var cur = shown.indexOf(this.oSelected);
      var next = e.key === 'ArrowDown' ? Math.min(cur + 1, shown.length - 1) : Math.max(cur - 1, 0);
      this.selectItem(shown[next], true);
      this.inner.setSelectionRange(0, this.inner.value.length);
      if (this.bOpen && shown[next].li) { shown[next].li.classList.add('sapMLIBFocused'); shown[next].li.scrollIntoView({ block: 'nearest' }); }
      return;
    }
    if (e.key === 'Escape' && this.bOpen) { e.preventDefault(); e.stopPropagation(); this.close(); return; }
    if (e.key === 'Enter') {
      this.matchTyped();
      if (this.bOpen) this.close();
      if (this.s.selectionChange) this.s.selectionChange(evt(this, { selectedItem: this.oSelected }));
      this.fireChangeIfNeeded();
      this.inner.setSelectionRange(this.inner.value.length, this.inner.value.length);
    }
  };

  /* ---- sap.m.RadioButtonGroup / RadioButton (selectedIndex defaults to 0, as in UI5) ---- */
  var RadioButtonGroup = inherit(function (s) {
    Control.call(this, s.id, 'group');
    var that = this;
    this.s = s;
    this.iSelected = s.selectedIndex === undefined ? 0 : s.selectedIndex;
    root(this, 'div', ['sapMRbG', s.columns && s.columns > 1 ? 'sapMRbGTab' : 'sapMRbG1Row', s.styleClass], { role: 'radiogroup', 'aria-labelledby': s.ariaLabelledBy, tabindex: '-1' });
    this.aButtons = (s.buttons || []).map(function (text, i) {
      var id = uid('button');
      var input = h('input', { id: id + '-RB', type: 'radio', tabindex: '-1', name: that.sId, value: '' });
      var el = h('div', { id: id, 'data-sap-ui': id, 'class': ['sapMRb', 'sapMRbHasLabel', 'sapMRbHoverable'], role: 'radio', tabindex: '-1', 'aria-checked': 'false', 'aria-setsize': String(s.buttons.length), 'aria-posinset': String(i + 1), 'aria-labelledby': id + '-label' }, [
        h('div', { id: id + '-Button', 'class': 'sapMRbB' }, h('div', { 'class': 'sapMRbBOut' }, h('div', { 'class': 'sapMRbBInn' }, input))),
        h('label', { id: id + '-label', 'class': 'sapMLabel sapUiSelectable sapMRbBLabel sapMLabelMaxWidth', 'data-sap-ui': id + '-label' }, h('span', { 'class': 'sapMLabelTextWrapper' }, h('bdi', { id: id + '-label-bdi', text: text })))
      ]);
      el.addEventListener('click', function (e) { e.preventDefault(); that.setSelectedIndex(i, true); el.focus(); });
      el.addEventListener('keydown', function (e) {
        var n = that.aButtons.length;
        if (e.key === 'ArrowDown' || e.key === 'ArrowRight') { e.preventDefault(); that.setSelectedIndex((that.iSelected + 1) % n, true); that.aButtons[that.iSelected].el.focus(); }
        if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') { e.preventDefault(); that.setSelectedIndex((that.iSelected + n - 1) % n, true); that.aButtons[that.iSelected].el.focus(); }
        if (e.key === ' ') { e.preventDefault(); that.setSelectedIndex(i, true); }
      });
      that.dom.appendChild(el);
      return { id: id, el: el, input: input, text: text };
    });
    this.setSelectedIndex(this.iSelected, false);
  });
  RadioButtonGroup.prototype.setSelectedIndex = function (idx, fire) {
    var changed = idx !== this.iSelected;
    this.iSelected = idx;
    this.aButtons.forEach(function (b, i) {
      var sel = i === idx;
      b.el.classList.toggle('sapMRbSel', sel);
      b.el.setAttribute('aria-checked', sel ? 'true' : 'false');
      b.el.setAttribute('tabindex', sel ? '0' : '-1');
      b.input.checked = sel;
      if (sel) b.input.setAttribute('checked', 'checked'); else b.input.removeAttribute('checked');
    });
    if (fire && changed && this.s.select) this.s.select(evt(this, { selectedIndex: idx }));
    return this;
  };
  RadioButtonGroup.prototype.getSelectedIndex = function () { return this.iSelected; };
`;

const CORE_JS_3 = `
  /* ---- sap.ui.core.Popup: z-indexes and the shared block layer ---- */
  var Popup = {
    z: 60,
    modals: [],
    nextZ: function () { Popup.z += 2; return Popup.z; },
    blockLayer: function () {
      var bl = document.getElementById('sap-ui-blocklayer-popup');
      if (!bl) {
        bl = h('div', { id: 'sap-ui-blocklayer-popup', tabindex: '0', 'class': 'sapUiBLy sapUiBLyBack', style: 'display:none;visibility:hidden' });
        staticArea().appendChild(bl);
      }
      return bl;
    },
    block: function (dom, z) {
      Popup.modals.push(dom);
      var bl = Popup.blockLayer();
      bl.style.cssText = 'z-index:' + (z - 1) + ';visibility:visible;display:block';
      bl.parentNode.insertBefore(bl, dom);
    },
    unblock: function (dom) {
      Popup.modals = Popup.modals.filter(function (m) { return m !== dom; });
      var bl = Popup.blockLayer();
      var top = Popup.modals[Popup.modals.length - 1];
      if (top) {
        bl.style.cssText = 'z-index:' + (parseInt(top.style.zIndex, 10) - 1) + ';visibility:visible;display:block';
        bl.parentNode.insertBefore(bl, top);
      } else {
        bl.style.cssText = 'display:none;visibility:hidden';
      }
    }
  };

  /* ---- sap.m.Bar (dialog header) and OverflowToolbar ---- */
  function bar(id, cls, left, middle, right) {
    return h('div', { id: id, 'data-sap-ui': id, 'class': ['sapMIBar', 'sapMIBar-CTX', 'sapMBar', 'sapMBarTitleAlignAuto', cls] }, [
      h('div', { id: id + '-BarLeft', 'class': 'sapMBarLeft sapMBarContainer' }, left),
      h('div', { id: id + '-BarMiddle', 'class': 'sapMBarMiddle' }, h('div', { id: id + '-BarPH', 'class': 'sapMBarPH sapMBarContainer' }, middle)),
      h('div', { id: id + '-BarRight', 'class': 'sapMBarRight sapMBarContainer' }, right)
    ]);
  }
  function toolbar(cls, content) {
    var id = uid('toolbar');
    return h('div', { id: id, 'data-sap-ui': id, role: 'toolbar', 'class': ['sapMTB', 'sapMTBNewFlex', 'sapMOTB', 'sapMTBStandard', 'sapMIBar', 'sapMIBar-CTX', cls] },
      [h('div', { 'class': 'sapMTBSpacer sapMTBSpacerFlex', id: uid('spacer') })].concat(content || []));
  }

  /* ---- sap.m.Dialog ---- */
  var Dialog = inherit(function (s) {
    Control.call(this, s.id, 'dialog');
    var that = this;
    this.s = s;
    this.bOpen = false;
    this.title = new Title({ text: s.title || '', level: 'H1', titleStyle: 'Auto' });
    var iconEl = s.icon ? icon(s.icon, this.sId + '-icon', 'sapMDialogIcon') : null;
    this.header = h('header', null, h('div', { 'class': 'sapMDialogTitleGroup' }, bar(this.sId + '-header', 'sapMHeader-CTX sapMDialogTitle', null, [iconEl, this.title], null)));
    this.scrollCont = h('div', { id: this.sId + '-scrollCont', 'class': 'sapMDialogScrollCont' }, s.content);
    this.section = h('section', { id: this.sId + '-cont', 'class': 'sapMDialogSection', style: s.contentWidth ? 'width:' + s.contentWidth : null }, h('div', { id: this.sId + '-scroll', 'class': 'sapMDialogScroll' }, this.scrollCont));
    this.footer = s.buttons && s.buttons.length ? h('footer', { id: this.sId + '-footer', 'class': 'sapMDialogFooter' }, toolbar('sapMTB-Transparent-CTX sapMFooter-CTX sapMTBHeader-CTX', s.buttons)) : null;
    root(this, 'div', ['sapMDialog', 'sapMDialog-CTX', 'sapMPopup-CTX', 'sapUiShd', 'sapMDialogWithScrollCont', s.state && s.state !== 'None' ? 'sapMDialog' + s.state : '', s.styleClass], {
      role: s.role || 'dialog', 'aria-modal': 'true', 'aria-labelledby': this.title.sId, tabindex: '-1', 'data-sap-ui-popup': this.sId + '-popup', style: 'display:none;visibility:hidden'
    }, [h('span', { id: this.sId + '-firstfe', tabindex: '0', 'class': 'sapMDialogFirstFE' }), s.noHeader ? null : this.header, this.section, this.footer, h('span', { id: this.sId + '-lastfe', tabindex: '0', 'class': 'sapMDialogLastFE' })]);
    this.dom.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && that.bOpen && !that.s.noEscape) {
        e.preventDefault();
        e.stopPropagation();
        if (that.s.escapeHandler) that.s.escapeHandler(); else that.close();
      }
    });
  });
  Dialog.prototype.isOpen = function () { return this.bOpen; };
  Dialog.prototype.open = function () {
    if (this.bOpen) return this;
    var that = this;
    this.bOpen = true;
    var z = Popup.nextZ();
    if (!this.dom.parentNode || this.dom.parentNode.id !== 'sap-ui-static') staticArea().appendChild(this.dom);
    this.dom.classList.add('sapMDialogOpen');
    this.dom.style.cssText = 'display:flex;visibility:hidden;opacity:0;z-index:' + z + ';position:fixed;width:auto';
    Popup.block(this.dom, z);
    var w = this.dom.offsetWidth;
    var hgt = this.dom.offsetHeight;
    this.dom.style.left = Math.max(0, Math.round((window.innerWidth - w) / 2)) + 'px';
    this.dom.style.top = Math.max(0, Math.round((window.innerHeight - hgt) / 2)) + 'px';
    this.dom.style.visibility = 'visible';
    this.prevFocus = document.activeElement;
    requestAnimationFrame(function () {
      that.dom.style.opacity = '1';
      var f = that.s.initialFocus ? refOf(that.s.initialFocus) : that.dom.querySelector('input:not([disabled]),button:not([disabled])');
      if (f) f.focus(); else that.dom.focus();
      setTimeout(function () { if (that.s.afterOpen) that.s.afterOpen(evt(that)); }, 200);
    });
    return this;
  };
  Dialog.prototype.close = function () {
    if (!this.bOpen) return this;
    var that = this;
    this.bOpen = false;
    this.dom.style.opacity = '0';
    setTimeout(function () {
      Popup.unblock(that.dom);
      that.dom.classList.remove('sapMDialogOpen');
      if (that.s.destroyOnClose) that.destroy();
      else that.dom.style.cssText = 'display:none;visibility:hidden';
      if (that.prevFocus && that.prevFocus.focus && document.body.contains(that.prevFocus)) that.prevFocus.focus();
      if (that.s.afterClose) that.s.afterClose(evt(that));
    }, 200);
    return this;
  };

  /* ---- sap.m.MessageBox ---- */
  var ACTION_TEXT = { OK: 'OK', CANCEL: 'Cancel', CLOSE: 'Close', YES: 'Yes', NO: 'No', ABORT: 'Abort', RETRY: 'Retry' };
  function messageBox(type, text, o) {
    o = o || {};
    var conf = {
      error: { title: 'Error', icon: 'message-error', cls: 'sapMMessageBoxError', state: 'Error', actions: ['CLOSE'] },
      success: { title: 'Success', icon: 'message-success', cls: 'sapMMessageBoxSuccess', state: 'Success', actions: ['OK'] },
      warning: { title: 'Warning', icon: 'message-warning', cls: 'sapMMessageBoxWarning', state: 'Warning', actions: ['OK'] },
      information: { title: 'Information', icon: 'message-information', cls: 'sapMMessageBoxInfo', state: 'None', actions: ['OK'] },
      confirm: { title: 'Confirmation', icon: 'question-mark', cls: 'sapMMessageBoxQuestion', state: 'None', actions: ['OK', 'CANCEL'] }
    }[type];
    var actions = o.actions || conf.actions;
    var emph = o.emphasizedAction === undefined ? actions[0] : o.emphasizedAction;
    var done = false;
    var dlg;
    function finish(action) {
      if (done) return;
      done = true;
      dlg.close();
      if (o.onClose) setTimeout(function () { o.onClose(action); }, 210);
    }
    var buttons = actions.map(function (a) {
      return new Button({ text: ACTION_TEXT[a] || a, type: a === emph ? 'Emphasized' : 'Default', press: function () { finish(a); } });
    });
    var txt = new Text({ text: text, styleClass: 'sapMMsgBoxText' });
    dlg = new Dialog({
      title: o.title || conf.title, icon: conf.icon, state: conf.state, role: 'alertdialog', styleClass: 'sapMMessageBox ' + conf.cls + (o.styleClass ? ' ' + o.styleClass : ''),
      content: [h('div', { 'class': 'sapMFlexBox sapMVBox sapMFlexBoxBGTransparent', id: uid('box') }, h('div', { 'class': 'sapMFlexItem' }, txt))],
      buttons: buttons, destroyOnClose: true, initialFocus: buttons[actions.indexOf(o.initialFocus || emph)] || buttons[0],
      escapeHandler: function () { finish(actions.indexOf('CANCEL') >= 0 ? 'CANCEL' : actions.indexOf('CLOSE') >= 0 ? 'CLOSE' : null); }
    });
    dlg.open();
    return dlg;
  }
  var MessageBox = {
    Action: { OK: 'OK', CANCEL: 'CANCEL', CLOSE: 'CLOSE', YES: 'YES', NO: 'NO' },
    error: function (t, o) { return messageBox('error', t, o); },
    success: function (t, o) { return messageBox('success', t, o); },
    warning: function (t, o) { return messageBox('warning', t, o); },
    information: function (t, o) { return messageBox('information', t, o); },
    confirm: function (t, o) { return messageBox('confirm', t, o); }
  };

  /* ---- sap.m.MessageToast: bottom centre, 3 s, then a 1 s fade ---- */
  var MessageToast = {
    show: function (text, o) {
      o = o || {};
      var el = h('div', { 'class': 'sapMMessageToast sapUiSelectable sapContrast sapContrastPlus', role: 'alert', 'data-sap-ui-popup': uid('popup'), style: 'z-index:' + Popup.nextZ() }, text);
      staticArea().appendChild(el);
      setTimeout(function () {
        el.classList.add('sapMFadeOut');
        setTimeout(function () { if (el.parentNode) el.parentNode.removeChild(el); }, 1000);
      }, o.duration || 3000);
    }
  };

  /* ---- sap.m.BusyDialog ---- */
  function busyIndicatorEl(id, size) {
    return h('div', { id: id, 'class': 'sapUiLocalBusyIndicator sapUiLocalBusyIndicatorSize' + (size || 'Medium') + ' sapUiLocalBusyIndicatorFade', role: 'progressbar', tabindex: '0', title: 'Please wait', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuetext': 'Busy' },
      h('div', { 'class': 'sapUiLocalBusyIndicatorAnimation sapUiLocalBusyIndicatorAnimStandard' }, [h('div'), h('div'), h('div')]));
  }
  var BusyDialog = inherit(function (s) {
    Control.call(this, s.id, 'dialog');
    s = s || {};
    this.label = s.text ? h('span', { id: this.sId + '-TextLabel', 'class': 'sapMLabel sapMBusyDialogLabel', text: s.text }) : null;
    root(this, 'div', ['sapMDialog', 'sapMCommonDialog', 'sapMBusyDialog', 'sapMPopup-CTX', s.text ? '' : 'sapMBusyDialog-Light'], { role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Please wait', tabindex: '-1', style: 'display:none;visibility:hidden' },
      h('section', { id: this.sId + '-cont', 'class': 'sapMDialogSection' }, h('div', { id: this.sId + '-scroll', 'class': 'sapMDialogScroll' }, h('div', { id: this.sId + '-scrollCont', 'class': 'sapMDialogScrollCont' }, [
        this.label, h('div', { id: this.sId + '-busyInd', 'class': 'sapMBusyIndicator sapMBsyInd' }, busyIndicatorEl(this.sId + '-busyInd-busyIndicator', s.text ? 'Medium' : 'Big'))
      ]))));
  });
  BusyDialog.prototype.open = function () {
    var z = Popup.nextZ();
    if (!this.dom.parentNode) staticArea().appendChild(this.dom);
    this.dom.classList.add('sapMDialogOpen');
    this.dom.style.cssText = 'display:flex;visibility:visible;z-index:' + z + ';position:fixed';
    Popup.block(this.dom, z);
    this.dom.style.left = Math.round((window.innerWidth - this.dom.offsetWidth) / 2) + 'px';
    this.dom.style.top = Math.round((window.innerHeight - this.dom.offsetHeight) / 2) + 'px';
    this.prevFocus = document.activeElement;
    this.dom.focus();
    return this;
  };
  BusyDialog.prototype.close = function () {
    Popup.unblock(this.dom);
    this.dom.classList.remove('sapMDialogOpen');
    this.dom.style.cssText = 'display:none;visibility:hidden';
    if (this.prevFocus && this.prevFocus.focus && document.body.contains(this.prevFocus)) this.prevFocus.focus();
    return this;
  };

  /* ---- sap.m.Popover + ActionSheet (the user menu) ---- */
  function actionSheet(opener, items) {
    var id = uid('sheet');
    var pid = uid('popover');
    var pop;
    function close() { if (pop.parentNode) pop.parentNode.removeChild(pop); document.removeEventListener('mousedown', outside, true); }
    function outside(e) { if (!pop.contains(e.target) && !opener.contains(e.target)) close(); }
    var buttons = items.map(function (it) {
      return new Button({ text: it.text, icon: it.icon, type: 'Transparent', press: function () { close(); it.press(); } });
    });
    var r = rect(opener);
    pop = h('div', { id: pid, 'data-sap-ui': pid, 'class': 'sapMPopover sapMActionSheetPopover sapMPopup-CTX sapMPopoverWithoutBar', role: 'dialog', tabindex: '-1', style: 'position:absolute;z-index:' + Popup.nextZ() + ';top:' + (r.bottom + 6) + 'px;left:' + Math.max(8, r.left + r.width - 200) + 'px;width:200px' },
      h('div', { 'class': 'sapMPopoverCont' }, h('div', { 'class': 'sapMPopoverScroll' }, h('div', { id: id, 'data-sap-ui': id, 'class': 'sapMActionSheet', style: 'display:flex;flex-direction:column;padding:.25rem' }, buttons))));
    staticArea().appendChild(pop);
    document.addEventListener('mousedown', outside, true);
    if (buttons[0]) buttons[0].focus();
  }
`;

const CORE_JS_4 = `
  /* ---- sap.m.MessageStrip, FlexBox, Panel, Breadcrumbs, GenericTile ---- */
  var MessageStrip = inherit(function (s) {
    Control.call(this, s.id, 'strip');
    var type = s.type || 'Information';
    var ic = { Information: 'message-information', Success: 'message-success', Warning: 'message-warning', Error: 'message-error' }[type];
    this.txt = h('span', { id: this.sId + '-text', 'class': 'sapMText sapUiSelectable sapMTextMaxWidth sapMMsgStripText', text: s.text || '' });
    root(this, 'div', ['sapMMsgStrip', 'sapMMsgStrip' + type, s.styleClass], { role: 'note', 'aria-live': 'assertive', 'aria-labelledby': this.sId },
      [s.showIcon === false ? null : icon(ic, this.sId + '-icon', 'sapMMsgStripIcon'), h('div', { 'class': 'sapMMsgStripMessage' }, this.txt)]);
  });
  MessageStrip.prototype.setText = function (t) { this.txt.textContent = t; return this; };
  MessageStrip.prototype.setType = function (t) {
    var that = this;
    ['Information', 'Success', 'Warning', 'Error'].forEach(function (k) { that.dom.classList.toggle('sapMMsgStrip' + k, k === t); });
    var ic = this.dom.querySelector('.sapMMsgStripIcon');
    if (ic) ic.setAttribute('data-sap-ui-icon-content', ICONS[{ Information: 'message-information', Success: 'message-success', Warning: 'message-warning', Error: 'message-error' }[t]]);
    return this;
  };
  var FlexBox = inherit(function (s) {
    Control.call(this, s.id, 'box');
    var that = this;
    root(this, 'div', ['sapMFlexBox', s.direction === 'Column' ? 'sapMVBox' : 'sapMHBox', s.alignItems ? 'sapMFlexBoxAlignItems' + s.alignItems : '', s.justifyContent ? 'sapMFlexBoxJustify' + s.justifyContent : '', s.wrap ? 'sapMFlexBoxWrapWrap' : '', 'sapMFlexBoxBGTransparent', s.styleClass], { style: s.width ? 'width:' + s.width : null });
    (s.items || []).forEach(function (it) { that.addItem(it); });
  });
  FlexBox.prototype.addItem = function (it) {
    var wrap = h('div', { 'class': 'sapMFlexItem sapMFlexItemAlignAuto sapMFlexBoxBGTransparent' }, it);
    this.dom.appendChild(wrap);
    return this;
  };
  var Panel = inherit(function (s) {
    Control.call(this, s.id, 'panel');
    this.title = h('h2', { id: this.sId + '-header', 'class': 'sapMPanelHdr', text: s.headerText || '' });
    this.content = h('div', { id: this.sId + '-content', 'class': ['sapMPanelContent', 'sapMPanelBGTranslucent'], role: 'form' }, s.content);
    root(this, 'section', ['sapMPanel', s.styleClass], { 'aria-labelledby': this.sId + '-header', style: s.width ? 'width:' + s.width : null },
      [s.headerText ? h('div', { 'class': 'sapMPanelHeadingDiv' }, this.title) : null, this.content]);
  });
  Panel.prototype.addContent = function (c) { append(this.content, c); return this; };
  var Breadcrumbs = inherit(function (s) {
    Control.call(this, s.id, 'breadcrumbs');
    var list = [];
    (s.links || []).forEach(function (l) {
      list.push(h('li', { 'class': 'sapMBreadcrumbsItem' }, [new Link({ text: l.text, press: l.press }), h('span', { 'class': 'sapMBreadcrumbsSeparator', text: '/' })]));
    });
    list.push(h('li', { 'class': 'sapMBreadcrumbsItem sapMBreadcrumbsCurrentLocation' }, h('span', { id: this.sId + '-currentText', 'class': 'sapMText sapMTextNoWrap sapMBreadcrumbsCurrentLocation', text: s.currentLocationText || '' })));
    root(this, 'nav', ['sapMBreadcrumbs', s.styleClass], { 'aria-label': 'Breadcrumb Trail' }, h('ol', { 'class': 'sapMBreadcrumbs', style: 'margin:0;padding:0;display:flex;list-style:none' }, list));
  });
  var GenericTile = inherit(function (s) {
    Control.call(this, s.id, 'tile');
    var that = this;
    root(this, 'div', ['sapMGT', 'OneByOne', 'sapMPointer', s.styleClass], { role: 'link', tabindex: '0', 'aria-roledescription': 'Tile', title: s.header }, [
      h('div', { id: this.sId + '-hdr-text', 'class': 'sapMGTHdrContent OneByOne' }, [h('div', { 'class': 'sapMGTHdrTxt', text: s.header || '' }), s.subheader ? h('div', { 'class': 'sapMGTSubHdrTxt', text: s.subheader }) : null]),
      h('div', { 'class': 'sapMTileCnt OneByOne' }, [
        h('div', { 'class': 'sapMTileCntContent' }, h('div', { 'class': 'sapMNC' }, [h('div', { 'class': ['sapMNCValueScr', s.valueColor === 'Error' ? 'sapMNCSemanticColorError' : ''], text: s.value === undefined ? '' : String(s.value) }), s.scale ? h('div', { 'class': 'sapMNCIndScale', text: s.scale }) : null])),
        s.footer ? h('div', { 'class': 'sapMTileCntFtrTxt', text: s.footer }) : null
      ])
    ]);
    this.dom.addEventListener('click', function () { if (s.press) s.press(evt(that)); });
    this.dom.addEventListener('keydown', function (e) { if (e.key === 'Enter' && s.press) s.press(evt(that)); });
  });

  /* ---- sap.ui.layout.form.SimpleForm (ResponsiveGridLayout): label and field cells side by side ---- */
  var SimpleForm = inherit(function (s) {
    Control.call(this, s.id, 'form');
    var that = this;
    this.formId = uid('form');
    this.gridId = uid('grid');
    this.ls = s.labelSpanL || 4;
    this.grid = h('div', { id: this.gridId, 'data-sap-ui': this.gridId, 'class': 'sapUiRespGrid sapUiRespGridHSpace0 sapUiRespGridVSpace0 sapUiFormResGridCont sapUiRespGridMedia-Std-Desktop' });
    root(this, 'div', ['sapUiSimpleForm', s.styleClass], { style: 'width:100%' },
      h('div', { id: this.formId, 'data-sap-ui': this.formId, 'class': ['sapUiForm', 'sapUiFormLblColon', s.editable === false ? 'sapUiFormDisplay' : 'sapUiFormEdit sapUiFormEdit-CTX'], role: 'form', 'aria-labelledby': s.title ? this.formId + '--title' : null }, [
        s.title ? h('div', { 'class': 'sapUiFormTitle sapUiFormTitleH4' }, new Title({ id: this.formId + '--title', text: s.title, level: 'H4', titleStyle: 'H5' })) : null,
        h('div', { id: uid('layout'), 'class': 'sapUiFormResGrid sapUiFormBackgrTranslucent' }, this.grid)
      ]));
    this.rows = [];
    var cur = null;
    (s.content || []).forEach(function (c) {
      if (c instanceof Label) { cur = { label: c, fields: [] }; that.rows.push(cur); } else if (cur) cur.fields.push(c); else { cur = { label: null, fields: [c] }; that.rows.push(cur); }
    });
    this.rows.forEach(function (row) {
      var span = 12 - that.ls;
      row.cells = [
        h('div', { 'class': 'sapUiRespGridSpanXL' + that.ls + ' sapUiRespGridSpanL' + that.ls + ' sapUiRespGridSpanM' + that.ls + ' sapUiRespGridSpanS12 sapUiRespGridBreakL sapUiFormElementLbl' }, row.label),
        h('div', { 'class': 'sapUiRespGridSpanXL' + span + ' sapUiRespGridSpanL' + span + ' sapUiRespGridSpanM' + span + ' sapUiRespGridSpanS12' }, row.fields)
      ];
      row.fields.forEach(function (f) { f.fnVisibilityHook = function () { that.renderRows(); }; });
    });
    this.renderRows();
  });
  SimpleForm.prototype.renderRows = function () {
    var g = this.grid;
    g.textContent = '';
    this.rows.forEach(function (row) {
      if (row.fields.some(function (f) { return f.getVisible ? f.getVisible() : true; })) row.cells.forEach(function (c) { g.appendChild(c); });
    });
  };

  /* ---- sap.m.Table ---- */
  var Table = inherit(function (s) {
    Control.call(this, s.id, 'table');
    this.s = s;
    var that = this;
    this.cols = (s.columns || []).map(function (c) { return { id: uid('column'), text: c.text || c, width: c.width }; });
    this.tbody = h('tbody', { id: this.sId + '-tblBody' });
    var head = h('tr', { id: this.sId + '-tblHeader', 'class': 'sapMListTblHeader sapMLIBFocusable sapMTableRowCustomFocus', tabindex: '-1' }, this.cols.map(function (c) {
      return h('th', { id: that.sId + '-' + c.id, 'class': 'sapMListTblCell sapMListTblHeaderCell', role: 'columnheader', style: c.width ? 'width:' + c.width : null }, h('div', { 'class': 'sapMColumnHeader' }, h('span', { id: c.id + '-text', 'class': 'sapMText sapUiSelectable sapMTextMaxWidth', text: c.text })));
    }));
    root(this, 'div', ['sapMList', 'sapMListBGSolid', s.styleClass], { style: 'width:100%' }, [
      s.headerText ? h('div', { 'class': 'sapMListHdr sapMListHdrText', id: this.sId + '-header', style: 'padding:.75rem 1rem;font-size:1rem;border-bottom:1px solid #d9d9d9', text: s.headerText }) : null,
      h('div', { 'class': 'sapMListTblCnt' }, h('table', { id: this.sId + '-listUl', 'class': 'sapMListTbl sapMListUl sapMListShowSeparatorsAll sapMListModeNone', role: 'grid', 'aria-roledescription': 'Table' }, [h('thead', null, head), this.tbody]))
    ]);
    this.setRows([]);
  });
  Table.prototype.setRows = function (rows) {
    var that = this;
    this.tbody.textContent = '';
    if (!rows.length) {
      this.tbody.appendChild(h('tr', { id: this.sId + '-nodata', 'class': 'sapMLIB sapMListTblNoData sapMLIBTypeInactive' }, h('td', { id: this.sId + '-nodata-text', 'class': 'sapMListTblCellNoData', colspan: String(this.cols.length), text: this.s.noDataText || 'No data' })));
      return this;
    }
    var tpl = uid('item');
    rows.forEach(function (r, i) {
      var id = tpl + '-' + that.sId + '-' + i;
      that.tbody.appendChild(h('tr', { id: id, 'data-sap-ui': id, 'class': 'sapMLIB sapMLIB-CTX sapMLIBShowSeparator sapMLIBTypeInactive sapMListTblRow', tabindex: '-1', role: 'row' }, r.map(function (v, j) {
        return h('td', { id: id + '_cell' + j, 'class': 'sapMListTblCell', role: 'gridcell' }, h('span', { 'class': 'sapMText sapUiSelectable sapMTextMaxWidth', text: String(v) }));
      })));
    });
    return this;
  };
`;

const CORE_JS_5 = `
  /* ---- sap.m.Page, NavContainer / App, sap.ui.core.mvc.XMLView ---- */
  var Page = inherit(function (s) {
    Control.call(this, s.id, 'page');
    this.titleCtl = new Title({ id: this.sId + '-title', text: s.title || '', level: 'H2', titleStyle: 'Auto' });
    this.section = h('section', { id: this.sId + '-cont', 'class': 'sapMPageEnableScrolling sapUiScrollDelegate', style: 'overflow:hidden auto' }, s.content);
    if (s.contentPadding !== false) this.section.classList.add('sapUiContentPadding');
    this.footerEl = s.footer ? h('footer', { id: this.sId + '-footer', 'class': ['sapMPageFooter', s.showFooter === false ? 'sapUiHidden' : ''] }, toolbar('sapMFooter-CTX sapMTBFooter-CTX', s.footer)) : null;
    root(this, 'div', ['sapMPage', 'sapMPageBgStandard', s.showHeader === false ? '' : 'sapMPageWithHeader', s.footer ? 'sapMPageWithFooter' : '', 'sapMPageBusyCoversAll', s.styleClass], null, [
      s.showHeader === false ? null : s.customHeader ? h('header', { id: this.sId + '-header', 'class': 'sapMPageHeader sapMPageCustomHeader' }, s.customHeader) : h('header', { id: this.sId + '-header', 'class': 'sapMPageHeader' }, bar(this.sId + '-intHeader', 'sapMPageHeader sapMHeader-CTX sapMBarTitleAlignStart', s.headerLeft, [this.titleCtl], s.headerRight)),
      this.section, this.footerEl
    ]);
  });
  Page.prototype.setShowFooter = function (b) { if (this.footerEl) this.footerEl.classList.toggle('sapUiHidden', !b); return this; };
  Page.prototype.addContent = function (c) { append(this.section, c); return this; };
  Page.prototype.scrollTo = function (y) { this.section.scrollTop = y; };
  var View = inherit(function (s) {
    Control.call(this, s && s.id, 'xmlview');
    root(this, 'div', ['sapUiView', 'sapUiXMLView', 'sapUiViewDisplayBlock'], { 'data-sap-ui-preserve': this.sId, style: 'width:100%;height:100%' });
  });
  View.prototype.createId = function (local) { return this.sId + '--' + local; };
  View.prototype.byId = function (local) { return registry[this.createId(local)]; };
  View.prototype.setContent = function (c) { this.dom.textContent = ''; append(this.dom, c); return this; };
  var NavContainer = inherit(function (s) {
    Control.call(this, s.id, s.app ? 'app' : 'container');
    root(this, 'div', ['sapMNav', s.app ? 'sapMApp sapMNavFlip' : '', s.styleClass], { style: 'width:100%;height:100%' });
    this.current = null;
  });
  NavContainer.prototype.to = function (page, transition) {
    var el = refOf(page);
    var that = this;
    if (el === this.current) return this;
    if (el.parentNode !== this.dom) this.dom.appendChild(el);
    el.classList.add('sapMNavItem');
    el.classList.remove('sapMNavItemHidden', 'sapMNavItemLeft', 'sapMNavItemSliding', 'sapMNavItemCenter');
    var old = this.current;
    this.current = el;
    if (!old || transition === 'show') {
      if (old) old.classList.add('sapMNavItemHidden');
      return this;
    }
    el.classList.add('sapMNavItemRight');
    void el.offsetWidth;
    el.classList.add('sapMNavItemSliding');
    old.classList.add('sapMNavItemSliding');
    el.classList.remove('sapMNavItemRight');
    el.classList.add('sapMNavItemCenter');
    old.classList.add('sapMNavItemLeft');
    setTimeout(function () {
      old.classList.remove('sapMNavItemSliding', 'sapMNavItemLeft');
      if (old !== that.current) old.classList.add('sapMNavItemHidden');
      el.classList.remove('sapMNavItemSliding', 'sapMNavItemCenter');
    }, 260);
    return this;
  };

  /* ---- sap.f.ShellBar, sap.tnt.ToolPage ---- */
  var LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true"><circle cx="16" cy="16" r="13" fill="none" stroke="#fff" stroke-width="2"/><circle cx="16" cy="16" r="3" fill="#fff"/><g stroke="#fff" stroke-width="1">' +
    [0, 15, 30, 45, 60, 75, 90, 105, 120, 135, 150, 165].map(function (a) { return '<line x1="16" y1="3" x2="16" y2="29" transform="rotate(' + a + ' 16 16)"/>'; }).join('') + '</g></svg>';
  var ShellBar = inherit(function (s) {
    Control.call(this, s.id, 'bar');
    var that = this;
    var logo = h('a', { id: this.sId + '-logo', 'class': 'sapFShellBarLogo', role: 'link', tabindex: '0', 'aria-label': 'Logo', title: 'Home' });
    logo.innerHTML = LOGO;
    logo.addEventListener('click', function () { if (s.homeIconPressed) s.homeIconPressed(evt(that)); });
    this.menuBtn = s.showMenuButton ? new Button({ id: this.sId + '-menu', icon: 'menu2', type: 'Transparent', tooltip: 'Menu', styleClass: 'sapFShellBarMenuButton', press: function () { if (s.menuButtonPressed) s.menuButtonPressed(evt(that)); } }) : null;
    this.avatar = null;
    if (s.initials) {
      this.avatar = h('span', { id: this.sId + '-avatar', 'data-sap-ui': this.sId + '-avatar', 'class': 'sapFAvatar sapFAvatarCircle sapFAvatarXS sapFAvatarAccent6 sapFShellBarProfile', role: 'button', tabindex: '0', title: 'Profile', 'aria-label': 'Profile', 'aria-haspopup': 'menu' },
        h('span', { id: this.sId + '-avatar-InitialsHolder', 'class': 'sapFAvatarInitialsHolder', text: s.initials }));
      this.avatar.addEventListener('click', function () { if (s.avatarPressed) s.avatarPressed(evt(that), that.avatar); });
    }
    root(this, 'div', ['sapFShellBar', 'sapFShellBarSizeL', s.styleClass], { role: 'banner' }, [
      h('div', { id: this.sId + '-hBar', 'class': 'sapFShellBarOLHB sapMTB sapMTBNewFlex sapMTBStandard', role: 'toolbar' }, [
        this.menuBtn, logo,
        h('h1', { id: this.sId + '-titleHolder', 'class': 'sapFShellBarPrimaryTitle sapMTitle' }, h('span', { id: this.sId + '-title-inner', text: s.title || '' })),
        s.secondTitle ? h('span', { id: this.sId + '-secondTitle', 'class': 'sapFShellBarSecondTitle sapMText', text: s.secondTitle }) : null,
        h('div', { 'class': 'sapFShellBarSpacer sapMTBSpacer' })
      ].concat(s.additionalContent || []).concat([this.avatar]))
    ]);
  });
  var ToolPage = inherit(function (s) {
    Control.call(this, s.id, 'page');
    this.aside = h('aside', { id: this.sId + '-aside', 'class': 'sapTntToolPageAside' }, h('div', { id: this.sId + '-aside-content', 'class': 'sapTntToolPageAsideContent' }, s.sideContent));
    root(this, 'div', ['sapTntToolPage', 'sapTntToolPageWithSideContentExpanded', 'sapTntToolPageWithHeader', s.styleClass], null, [
      h('header', { id: this.sId + '-header', 'class': 'sapTntToolPageHeaderWrapper' }, h('div', { 'class': 'sapTntToolPageHeader' }, s.header)),
      h('div', { 'class': 'sapTntToolPageContentWrapper' }, [this.aside,
        h('div', { id: this.sId + '-main', 'class': 'sapTntToolPageMain' }, h('div', { 'class': 'sapTntToolPageMainContent' }, h('div', { 'class': 'sapTntToolPageMainContentWrapper' }, s.mainContents)))])
    ]);
    this.bExpanded = true;
  });
  ToolPage.prototype.setSideExpanded = function (b) {
    this.bExpanded = !!b;
    this.aside.classList.toggle('sapTntToolPageAsideCollapsed', !b);
    this.dom.classList.toggle('sapTntToolPageWithSideContentExpanded', !!b);
    if (this.fnSide) this.fnSide(!!b);
    return this;
  };
  ToolPage.prototype.getSideExpanded = function () { return this.bExpanded; };

  /* ---- sap.tnt.SideNavigation / NavigationList (groups expand on a click of the text or the arrow) ---- */
  var SideNavigation = inherit(function (s) {
    Control.call(this, s.id, 'navigation');
    var that = this;
    this.s = s;
    this.byKey = {};
    this.listId = uid('list');
    this.ul = h('ul', { id: this.listId, 'data-sap-ui': this.listId, 'class': 'sapTntNavLI', role: 'tree', 'aria-roledescription': 'Navigation List Tree' });
    (s.items || []).forEach(function (it) { that.ul.appendChild(that.renderItem(it, 1)); });
    root(this, 'aside', ['sapTntSideNavigation', 'sapTntSideNavigationNotFlexibleBottom'], { role: 'navigation', 'aria-roledescription': 'Navigation List' },
      [h('div', { id: this.sId + '-Flexible', 'class': 'sapTntSideNavigationFlexible sapTntSideNavigationVerticalScrolling' }, this.ul)]);
    var first = this.ul.querySelector('.sapTntNavLIItem');
    if (first) first.setAttribute('tabindex', '0');
  });
  SideNavigation.prototype.renderItem = function (it, level) {
    var that = this;
    var id = uid('item');
    var hasKids = it.items && it.items.length;
    var text = h('span', { id: id + '-text', 'class': 'sapMText sapMTextNoWrap sapTntNavLIText sapMTextMaxWidth', text: it.text });
    var node = { key: it.key, text: it.text, expanded: false, kids: hasKids };
    this.byKey[it.key] = node;
    function activate(e) {
      if (hasKids) { that.setExpanded(node, !node.expanded); return; }
      that.setSelectedKey(it.key);
      if (that.s.itemSelect) that.s.itemSelect(evt(that, { item: { getKey: function () { return it.key; }, getText: function () { return it.text; } } }));
    }
    function keys(e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); activate(e); }
      if (hasKids && e.key === 'ArrowRight') that.setExpanded(node, true);
      if (hasKids && e.key === 'ArrowLeft') that.setExpanded(node, false);
    }
    if (level > 1 && !hasKids) {
      var a = h('a', { id: id + '-a', tabindex: '-1', 'class': 'sapTntNavLIItemLink' }, text);
      var li = h('li', { id: id, 'data-sap-ui': id, 'class': 'sapTntNavLIItem sapTntNavLIGroupItem', role: 'treeitem', tabindex: '-1', 'aria-level': String(level), 'aria-selected': 'false', title: it.text }, a);
      li.addEventListener('click', activate);
      li.addEventListener('keydown', keys);
      node.el = li;
      return li;
    }
    var expander = hasKids ? icon('navigation-right-arrow', id + '-expander', 'sapTntNavLIExpandIcon sapUiIconPointer', { title: 'Expand Node', role: 'button', 'aria-hidden': 'true' }) : null;
    var header = h('div', { id: id + '-header', 'class': 'sapTntNavLIItem sapTntNavLIGroupHeader', role: 'treeitem', tabindex: '-1', 'aria-level': String(level), 'aria-expanded': hasKids ? 'false' : null, 'aria-selected': hasKids ? null : 'false', title: it.text }, [
      level === 1 ? icon(it.icon || 'document-text', id + '-icon', 'sapTntNavLIGroupIcon') : null, text, expander
    ]);
    header.addEventListener('click', activate);
    header.addEventListener('keydown', keys);
    node.el = header;
    node.header = header;
    node.expander = expander;
    var sub = null;
    if (hasKids) {
      sub = h('ul', { id: id + '-group', 'class': 'sapTntNavLIGroupItems sapTntNavLIHiddenGroupItems', role: 'group' });
      it.items.forEach(function (k) { sub.appendChild(that.renderItem(k, level + 1)); });
      node.sub = sub;
    }
    var group = h('li', { id: id, 'data-sap-ui': id, 'class': 'sapTntNavLIGroup', 'aria-expanded': hasKids ? 'false' : null }, [header, sub]);
    node.group = group;
    return group;
  };
  SideNavigation.prototype.setExpanded = function (node, b) {
    node.expanded = b;
    node.group.setAttribute('aria-expanded', b ? 'true' : 'false');
    node.header.setAttribute('aria-expanded', b ? 'true' : 'false');
    node.sub.classList.toggle('sapTntNavLIHiddenGroupItems', !b);
    node.expander.setAttribute('data-sap-ui-icon-content', ICONS[b ? 'navigation-down-arrow' : 'navigation-right-arrow']);
    node.expander.setAttribute('title', b ? 'Collapse Node' : 'Expand Node');
  };
  SideNavigation.prototype.expandKey = function (key) { var n = this.byKey[key]; if (n && n.kids) this.setExpanded(n, true); };
  SideNavigation.prototype.collapseAll = function () { var that = this; Object.keys(this.byKey).forEach(function (k) { var n = that.byKey[k]; if (n.kids && n.expanded) that.setExpanded(n, false); }); };
  SideNavigation.prototype.setSelectedKey = function (key) {
    var that = this;
    Object.keys(this.byKey).forEach(function (k) {
      var n = that.byKey[k];
      if (n.kids) return;
      n.el.classList.toggle('sapTntNavLIItemSelected', k === key);
      n.el.setAttribute('aria-selected', k === key ? 'true' : 'false');
    });
    return this;
  };
`;

const CORE_JS_6 = String.raw`
  /* ---- sap.m.routing.Router (hash routes "#/pattern") ---- */
  function Router(routes, onMatch) {
    this.routes = routes;
    this.onMatch = onMatch;
    var that = this;
    window.addEventListener('hashchange', function () { that.parse(); });
  }
  Router.prototype.parse = function () {
    var hash = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
    for (var i = 0; i < this.routes.length; i++) {
      var r = this.routes[i];
      var names = [];
      var rx = new RegExp('^' + r.pattern.replace(/\{(\w+)\}/g, function (m, n) { names.push(n); return '([^/]+)'; }) + '$');
      var m = rx.exec(hash);
      if (m) {
        var args = {};
        names.forEach(function (n, j) { args[n] = m[j + 1]; });
        this.onMatch(r.name, args);
        return;
      }
    }
    this.onMatch('notFound', { hash: hash });
  };
  Router.prototype.navTo = function (name, args, replace) {
    var r = this.routes.filter(function (x) { return x.name === name; })[0];
    if (!r) return;
    var hash = '#/' + r.pattern.replace(/\{(\w+)\}/g, function (m, n) { return encodeURIComponent(args[n]); });
    if (hash === '#/' && !location.hash) hash = '';
    if (location.hash === hash || (hash === '' && !location.hash)) { this.parse(); return; }
    if (replace) { history.replaceState(null, '', location.pathname + location.search + hash); this.parse(); } else location.hash = hash;
  };
  Router.prototype.initialize = function () { this.parse(); };

  /* ---- sap.ui.getCore() and the bootstrap ---- */
  var initCallbacks = [];
  var ready = false;
  var Core = {
    byId: function (id) { return registry[id]; },
    getStaticAreaRef: staticArea,
    attachInit: function (fn) { if (ready) setTimeout(fn, 0); else initCallbacks.push(fn); },
    getConfiguration: function () { return { getTheme: function () { return 'sap_fiori_3'; }, getLanguage: function () { return 'en'; } }; },
    isInitialized: function () { return ready; }
  };
  var sap = window.sap = window.sap || {};
  sap.ui = sap.ui || {};
  sap.ui.version = '1.96.27';
  sap.ui.buildinfo = { buildtime: '202311201312' };
  sap.ui.getCore = function () { return Core; };
  sap.ui.core = { Control: Control, Icon: Icon, Popup: Popup, IconPool: { getIconURI: function (n) { return 'sap-icon://' + n; } }, mvc: { XMLView: View }, routing: { Router: Router }, BusyIndicator: null };
  sap.ui.layout = { form: { SimpleForm: SimpleForm } };
  sap.m = {
    Button: Button, Input: Input, Label: Label, Text: Text, Title: Title, Link: Link, Image: Image, ComboBox: ComboBox,
    RadioButtonGroup: RadioButtonGroup, Dialog: Dialog, MessageBox: MessageBox, MessageToast: MessageToast, BusyDialog: BusyDialog,
    MessageStrip: MessageStrip, FlexBox: FlexBox, Panel: Panel, Page: Page, NavContainer: NavContainer, Table: Table,
    GenericTile: GenericTile, Breadcrumbs: Breadcrumbs
  };
  sap.f = { ShellBar: ShellBar };
  sap.tnt = { ToolPage: ToolPage, SideNavigation: SideNavigation };
  sap.ui._ = { h: h, uid: uid, append: append, actionSheet: actionSheet, rect: rect };

  function boot() {
    var script = document.getElementById('sap-ui-bootstrap');
    var html = document.documentElement;
    html.classList.add('sap-desktop', 'sapUiMedia-Std-Desktop', 'sapUiMedia-StdExt-LargeDesktop');
    html.setAttribute('data-sap-ui-browser', 'cr' + ((navigator.userAgent.match(/Chrome\/(\d+)/) || [])[1] || ''));
    html.setAttribute('data-sap-ui-os', 'linux');
    html.setAttribute('data-sap-ui-animation', 'on');
    html.setAttribute('data-sap-ui-animation-mode', 'full');
    html.setAttribute('dir', 'ltr');
    var theme = (script && script.getAttribute('data-sap-ui-theme')) || 'sap_fiori_3';
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.id = 'sap-ui-theme-sap.m';
    link.href = 'resources/sap/ui/core/themes/' + theme + '/library.css';
    link.onload = function () {
      link.setAttribute('data-sap-ui-ready', 'true');
      document.body.classList.add('sapUiTheme-' + theme);
      staticArea();
      ready = true;
      initCallbacks.splice(0).forEach(function (fn) { fn(); });
    };
    document.head.appendChild(link);
    var preload = document.createElement('script');
    preload.src = 'Component-preload.js';
    preload.id = 'sap-ui-component-preload';
    document.head.appendChild(preload);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot); else boot();
})(window, document);
`;

const CORE_JS = CORE_JS_1 + CORE_JS_2 + CORE_JS_3 + CORE_JS_4 + CORE_JS_5 + CORE_JS_6;
const THEME = THEME_CSS + THEME_CSS_2 + THEME_CSS_3;

const INDEX_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>e-Invoice System</title>
<script id="sap-ui-bootstrap" src="resources/sap-ui-core.js" data-sap-ui-theme="sap_fiori_3"
  data-sap-ui-libs="sap.m,sap.f,sap.tnt,sap.ui.layout" data-sap-ui-compatVersion="edge" data-sap-ui-async="true"
  data-sap-ui-resourceroots='{"nic.einvoice.portal": "./"}' data-sap-ui-oninit="module:sap/ui/core/ComponentSupport"
  data-sap-ui-frameOptions="trusted"></script>
</head>
<body class="sapUiBody sapUiSizeCozy">
<div id="content" data-sap-ui-area="content" style="height:100%">
<div data-sap-ui-component data-name="nic.einvoice.portal" data-id="container" data-settings='{"id":"einvoice"}' style="height:100%"></div>
</div>
</body>
</html>
`;

/** `/Component-preload.js`: the application (nic.einvoice.portal): component, router, views, controllers. */
const APP_JS_1 = String.raw`//@ui5-bundle nic/einvoice/portal/Component-preload.js
(function () {
  'use strict';
  var m = sap.m;
  var h = sap.ui._.h;
  var MessageBox = m.MessageBox;
  var MessageToast = m.MessageToast;
  var App = { session: null, router: null, views: {}, nav: null, lostShown: false };
  window.__einvApp = App;

  /* ---- model/service.js: JSON calls; a global BusyDialog for 400-800 ms; 401 is a lost session ---- */
  var busy = null;
  var busyCount = 0;
  function call(method, url, body, opts) {
    opts = opts || {};
    var started = Date.now();
    var min = opts.noBusy ? 0 : 400 + Math.floor(Math.random() * 400);
    if (opts.busyControl) opts.busyControl.setBusy(true);
    else if (!opts.noBusy) {
      if (!busy) busy = new m.BusyDialog({});
      if (busyCount++ === 0) busy.open();
    }
    return fetch(url, {
      method: method, credentials: 'same-origin', cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      body: body ? JSON.stringify(body) : undefined
    }).then(function (res) {
      return res.text().then(function (t) {
        var d = {};
        try { d = t ? JSON.parse(t) : {}; } catch (e) { d = {}; }
        return { status: res.status, ok: res.ok, data: d };
      });
    }, function () {
      return { status: 0, ok: false, data: { error: { code: 'NETWORK', message: 'Unable to connect to the server. Please check your network connection and try again.' } } };
    }).then(function (r) {
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (opts.busyControl) opts.busyControl.setBusy(false);
          else if (!opts.noBusy && --busyCount === 0) busy.close();
          resolve(r);
        }, Math.max(0, min - (Date.now() - started)));
      });
    }).then(function (r) {
      if (r.status === 401 && !opts.allow401) {
        r.lost = true;
        sessionLost();
      } else if (r.status === 0 || r.status >= 500) {
        r.failed = true;
        MessageBox.error((r.data.error && r.data.error.message) || 'Internal server error. Please try again later.');
      }
      return r;
    });
  }
  function errorText(r, fallback) { return (r.data && r.data.error && r.data.error.message) || fallback; }
  function errorCode(r) { return (r.data && r.data.error && r.data.error.code) || ''; }

  function sessionLost() {
    App.session = { authenticated: false };
    if (App.lostShown) return;
    App.lostShown = true;
    MessageBox.error('Your session has expired. Please log in again.', {
      title: 'Session Timeout', actions: [MessageBox.Action.OK], emphasizedAction: MessageBox.Action.OK,
      onClose: function () { App.lostShown = false; App.router.navTo('login'); }
    });
  }

  /* ---- a ShellBar for the public pages ---- */
  function publicShell(view, withLogin) {
    var content = [];
    if (withLogin) {
      content.push(new m.Link({ text: 'Help', press: function () { MessageToast.show('Help desk: 1800-120-0085 (09:00 to 18:00, Monday to Saturday)'); } }).addStyleClass('sapUiTinyMarginEnd'));
      content.push(new m.Button({ id: view.createId('btnLogin'), text: 'Login', type: 'Emphasized', styleClass: 'homepageloginbtn', press: function () { App.router.navTo('login'); } }));
    } else {
      content.push(new m.Button({ id: view.createId('btnHome'), text: 'Home', icon: 'home', type: 'Transparent', press: function () { App.router.navTo('home'); } }));
    }
    var bar = new sap.f.ShellBar({ id: view.createId('shellBar'), title: 'e-Invoice System', secondTitle: 'Goods and Services Tax | Government of India', additionalContent: content, homeIconPressed: function () { App.router.navTo('home'); } });
    bar.dom.querySelectorAll('.sapMLnk').forEach(function (l) { l.style.color = '#fff'; });
    return bar;
  }

  /* ---- view/Home.view.xml ---- */
  function HomeView() {
    var view = new sap.ui.core.mvc.XMLView();
    function soon() { MessageToast.show('Please login to use this service.'); }
    var tiles = [
      new m.GenericTile({ header: 'e-Invoice Schema', subheader: 'JSON schema and validations', value: 'v1.1', footer: 'Notified', press: soon }),
      new m.GenericTile({ header: 'Search GSTIN', subheader: 'Taxpayer details', value: '', footer: 'Login required', press: soon }),
      new m.GenericTile({ header: 'Verify Signed QR Code', subheader: 'Upload the QR image', value: '', footer: 'Tools', press: soon }),
      new m.GenericTile({ header: 'Latest Updates', subheader: 'Advisories and releases', value: '12', scale: 'new', footer: 'This month', press: soon })
    ];
    var page = new m.Page({
      id: view.createId('homePage'), customHeader: publicShell(view, true), content: [
        h('div', { 'class': 'einvHomeHero' }, [
          new m.Title({ text: 'Welcome to the e-Invoice System', level: 'H1', titleStyle: 'H2' }),
          h('div', { style: 'margin-top:.75rem;max-width:48rem' }, new m.Text({ text: 'Register your invoices with the Invoice Registration Portal (IRP) and obtain the Invoice Reference Number (IRN) and signed QR code. Taxpayers may generate IRNs through the portal, through their ERP using APIs, or through a GST Suvidha Provider (GSP).' }))
        ]),
        new m.MessageStrip({ type: 'Information', text: 'Two-Factor Authentication (2FA) is mandatory for all taxpayers from 1st April 2025. Keep your registered mobile number handy while logging in.', styleClass: 'sapUiSmallMarginBottom' }),
        h('div', { style: 'display:flex;flex-wrap:wrap' }, tiles),
        h('div', { 'class': 'einvFooterNote' }, 'Site is designed, developed and hosted by National Informatics Centre (NIC). Best viewed in the latest versions of Chrome, Edge and Firefox.')
      ]
    });
    view.setContent(page);
    return { view: view, onRouteMatched: function () {} };
  }

  /* ---- view/Login.view.xml + controller/Login.controller.js ---- */
  function LoginView() {
    var view = new sap.ui.core.mvc.XMLView();
    var id = function (s) { return view.createId(s); };
    var user = new m.Input({ id: id('loginUser'), placeholder: 'Enter Username', maxLength: 15, required: true, liveChange: clearState, submit: login });
    var pwd = new m.Input({ id: id('loginPassword'), type: 'Password', placeholder: 'Enter Password', maxLength: 20, required: true, liveChange: clearState, submit: login });
    var captchaImg = new m.Image({ id: id('captchaImage'), src: captchaUrl(), width: '160', height: '50' });
    var refresh = new m.Button({ id: id('btnRefreshCaptcha'), icon: 'refresh', type: 'Transparent', tooltip: 'Refresh Captcha', press: function () { captchaImg.setSrc(captchaUrl()); } });
    var captcha = new m.Input({ id: id('captchaInput'), placeholder: 'Enter the characters shown', maxLength: 6, required: true, width: '12rem', liveChange: clearState, submit: login });
    var loginBtn = new m.Button({ id: id('btnSubmitLogin'), text: 'Login', type: 'Emphasized', width: '100%', press: login });
    var strip = new m.MessageStrip({ id: id('loginStrip'), type: 'Information', text: '' });
    strip.setVisible(false);
    var form = new sap.ui.layout.form.SimpleForm({ id: id('loginForm'), labelSpanL: 4, content: [
      new m.Label({ text: 'Username', required: true, labelFor: user }), user,
      new m.Label({ text: 'Password', required: true, labelFor: pwd }), pwd,
      new m.Label({ text: 'Captcha', labelFor: captchaImg }), new m.FlexBox({ alignItems: 'Center', styleClass: 'einvCaptchaBox', items: [captchaImg, refresh] }),
      new m.Label({ text: 'Enter Captcha', required: true, labelFor: captcha }), captcha
    ] });
    var links = new m.FlexBox({ justifyContent: 'SpaceBetween', styleClass: 'sapUiSmallMarginTop', items: [
      new m.Link({ text: 'Forgot Username', press: function () { MessageToast.show('Please use the Forgot Username facility of the GST common portal.'); } }),
      new m.Link({ text: 'Forgot Password', press: function () { MessageToast.show('Please use the Forgot Password facility of the GST common portal.'); } })
    ] });
    links.dom.style.justifyContent = 'space-between';
    var loginPanel = new m.Panel({ id: id('loginPanel'), headerText: 'Login', content: [strip, form, h('div', { style: 'padding:.5rem 0 0' }, loginBtn), links] });

    var otp = new m.Input({ id: id('loginOtp'), placeholder: 'Enter 6 digit OTP', maxLength: 6, required: true, width: '12rem', liveChange: clearState, submit: verify });
    var verifyBtn = new m.Button({ id: id('btnVerifyLoginOtp'), text: 'Verify OTP', type: 'Emphasized', width: '100%', press: verify });
    var resend = new m.Link({ id: id('lnkResendOtp'), text: 'Resend OTP', enabled: false, press: resendOtp });
    var back = new m.Link({ id: id('lnkBackToLogin'), text: 'Back to Login', press: function () { showStep(1); } });
    var otpStrip = new m.MessageStrip({ id: id('otpStrip'), type: 'Information', text: 'An OTP has been sent to your registered mobile number XXXXXX7310. You may also use the OTP shown in the Sandes or NIC-GST-Shield app.' });
    var otpForm = new sap.ui.layout.form.SimpleForm({ id: id('otpForm'), labelSpanL: 4, content: [new m.Label({ text: 'Enter OTP', required: true, labelFor: otp }), otp] });
    var otpLinks = new m.FlexBox({ styleClass: 'sapUiSmallMarginTop', items: [resend, back] });
    otpLinks.dom.style.justifyContent = 'space-between';
    var otpPanel = new m.Panel({ id: id('otpPanel'), headerText: 'Two Factor Authentication', content: [otpStrip, otpForm, h('div', { style: 'padding:.5rem 0 0' }, verifyBtn), otpLinks] });
    otpPanel.setVisible(false);

    var page = new m.Page({ id: id('loginPage'), styleClass: 'einvLoginPage', customHeader: publicShell(view, false), content: [
      h('div', { 'class': 'einvLoginBox' }, [loginPanel, otpPanel, h('div', { 'class': 'einvFooterNote' }, 'Do not share your password or OTP with anyone. NIC never asks for your password or OTP.')])
    ] });
    view.setContent(page);

    var timer = null;
    function captchaUrl() { return 'api/captcha?_=' + Date.now(); }
    function clearState(e) { e.getSource().setValueState('None'); }
    function showStep(n) {
      loginPanel.setVisible(n === 1);
      otpPanel.setVisible(n === 2);
      if (n === 1) { captcha.setValue(''); captchaImg.setSrc(captchaUrl()); setTimeout(function () { user.focus(); }, 0); }
      if (n === 2) { otp.setValue(''); otp.setValueState('None'); startTimer(); setTimeout(function () { otp.focus(); }, 0); }
    }
    function startTimer() {
      var left = 30;
      clearInterval(timer);
      resend.setEnabled(false);
      resend.setText('Resend OTP (' + left + 's)');
      timer = setInterval(function () {
        left -= 1;
        if (left <= 0) { clearInterval(timer); resend.setText('Resend OTP'); resend.setEnabled(true); } else resend.setText('Resend OTP (' + left + 's)');
      }, 1000);
    }
    function login() {
      var bad = null;
      [[captcha, 'Enter Captcha'], [pwd, 'Enter Password'], [user, 'Enter Username']].forEach(function (p) {
        if (!p[0].getValue().trim()) { p[0].setValueState('Error', p[1]); bad = p[0]; }
      });
      if (bad) { bad.focus(); return; }
      call('POST', 'api/auth/login', { username: user.getValue().trim(), password: pwd.getValue(), captcha: captcha.getValue().trim() }).then(function (r) {
        if (r.lost || r.failed) return;
        if (!r.ok) {
          var code = errorCode(r);
          captcha.setValue('');
          captchaImg.setSrc(captchaUrl());
          if (code === 'INVALID_CAPTCHA') captcha.setValueState('Error', 'Invalid Captcha');
          else pwd.setValue('');
          MessageBox.error(errorText(r, 'Login failed.'), { onClose: function () { (code === 'INVALID_CAPTCHA' ? captcha : pwd).focus(); } });
          return;
        }
        App.session = { authenticated: false, stage: 'otp' };
        strip.setVisible(false);
        showStep(2);
        MessageToast.show('OTP sent to your registered mobile number ' + r.data.mobile);
      });
    }
    function verify() {
      if (!/^\d{6}$/.test(otp.getValue().trim())) { otp.setValueState('Error', 'Enter the 6 digit OTP'); otp.focus(); return; }
      call('POST', 'api/auth/otp', { otp: otp.getValue().trim() }).then(function (r) {
        if (r.lost || r.failed) return;
        if (!r.ok) {
          otp.setValue('');
          otp.setValueState('Error', 'Invalid OTP');
          MessageToast.show(errorText(r, 'Invalid OTP.'));
          otp.focus();
          return;
        }
        clearInterval(timer);
        App.session = { authenticated: true, stage: 'in', user: r.data.user };
        App.justLoggedIn = true;
        App.router.navTo('dashboard', {}, true);
      });
    }
    function resendOtp() {
      call('POST', 'api/auth/otp/resend', {}).then(function (r) {
        if (r.lost || r.failed || !r.ok) return;
        MessageToast.show('OTP resent to your registered mobile number ' + r.data.mobile);
        startTimer();
      });
    }
    return {
      view: view,
      onRouteMatched: function (args) {
        user.setValueState('None'); pwd.setValueState('None'); captcha.setValueState('None');
        pwd.setValue('');
        if (args && args.message) { strip.setText(args.message); strip.setVisible(true); }
        showStep(App.session && App.session.stage === 'otp' ? 2 : 1);
      }
    };
  }
`;

const APP_JS_2 = `
  /* ---- view/Main.view.xml: ToolPage, ShellBar, SideNavigation and the inner NavContainer ---- */
  var MENU = [
    { key: 'dashboard', text: 'Dash Board', icon: 'home' },
    { key: 'einvoice', text: 'e-Invoice', icon: 'document-text', items: [
      { key: 'generateIrn', text: 'Generate IRN' }, { key: 'bulkUpload', text: 'Bulk Upload' },
      { key: 'cancelIrn', text: 'Cancel IRN' }, { key: 'printEinvoice', text: 'Print e-Invoice' }] },
    { key: 'ewaybill', text: 'e-Way Bill', icon: 'shipping-status', items: [
      { key: 'ewbByIrn', text: 'Generate EWB by IRN' }, { key: 'cancelEwb', text: 'Cancel EWB' }] },
    { key: 'apiRegistration', text: 'API Registration', icon: 'chain-link', items: [
      { key: 'userCredentials', text: 'User Credentials', items: [
        { key: 'createApiUser', text: 'Create API User' }, { key: 'viewApiUsers', text: 'View API Users' }] },
      { key: 'ipWhitelisting', text: 'IP Whitelisting' }, { key: 'freezeApiUser', text: 'Freeze API User' },
      { key: 'changeApiPassword', text: 'Change API Password' }] },
    { key: 'misReports', text: 'MIS Reports', icon: 'bar-chart', items: [
      { key: 'irnDetails', text: 'IRN Details' }, { key: 'summaryReport', text: 'Summary Report' }] },
    { key: 'userManagement', text: 'User Management', icon: 'group', items: [
      { key: 'createSubUser', text: 'Create Sub User' }, { key: 'updateSubUser', text: 'Update Sub User' }] }
  ];
  var PARENTS = { createApiUser: ['apiRegistration', 'userCredentials'], viewApiUsers: ['apiRegistration', 'userCredentials'] };
  function menuText(key, items) {
    items = items || MENU;
    for (var i = 0; i < items.length; i++) {
      if (items[i].key === key) return items[i].text;
      if (items[i].items) { var t = menuText(key, items[i].items); if (t) return t; }
    }
    return '';
  }
  function parentsOf(key, items, trail) {
    items = items || MENU;
    trail = trail || [];
    for (var i = 0; i < items.length; i++) {
      if (items[i].key === key) return trail;
      if (items[i].items) { var t = parentsOf(key, items[i].items, trail.concat([items[i].key])); if (t) return t; }
    }
    return null;
  }

  function MainView() {
    var view = new sap.ui.core.mvc.XMLView();
    var id = function (s) { return view.createId(s); };
    var inner = new m.NavContainer({ id: id('pageContainer') });
    var sideNav = new sap.tnt.SideNavigation({ id: id('sideNavigation'), items: MENU, itemSelect: function (e) {
      var key = e.getParameter('item').getKey();
      if (key === 'dashboard') App.router.navTo('dashboard');
      else if (key === 'createApiUser') App.router.navTo('createApiUser');
      else App.router.navTo('page', { key: key });
    } });
    var shell = new sap.f.ShellBar({ id: id('shellBar'), title: 'e-Invoice System', secondTitle: '', showMenuButton: true, initials: 'UF',
      menuButtonPressed: function () { toolPage.setSideExpanded(!toolPage.getSideExpanded()); },
      homeIconPressed: function () { App.router.navTo('dashboard'); },
      avatarPressed: function (e, opener) {
        sap.ui._.actionSheet(opener, [
          { text: 'My Profile', icon: 'person-placeholder', press: function () { MessageToast.show('Profile: ' + ((App.session && App.session.user && App.session.user.name) || '')); } },
          { text: 'Change Password', icon: 'action-settings', press: function () { MessageToast.show('Please use Change Password of the GST common portal.'); } },
          { text: 'Logout', icon: 'log', press: logout }
        ]);
      } });
    var toolPage = new sap.tnt.ToolPage({ id: id('toolPage'), header: shell, sideContent: sideNav, mainContents: inner });
    view.setContent(toolPage);

    /* dashboard */
    var tGen = new m.GenericTile({ id: id('tileGenerations'), header: 'Generations', subheader: 'IRNs generated this month', value: '-', footer: 'As on today', press: function () { App.router.navTo('page', { key: 'irnDetails' }); } });
    var tCan = new m.GenericTile({ id: id('tileCancelled'), header: 'Cancelled', subheader: 'IRNs cancelled this month', value: '-', valueColor: 'Error', footer: 'As on today', press: function () { App.router.navTo('page', { key: 'cancelIrn' }); } });
    var tBulk = new m.GenericTile({ header: 'Bulk Uploads', subheader: 'Files processed', value: '-', footer: 'This month', press: function () { App.router.navTo('page', { key: 'bulkUpload' }); } });
    var tEwb = new m.GenericTile({ header: 'e-Way Bills', subheader: 'Generated by IRN', value: '-', footer: 'This month', press: function () { App.router.navTo('page', { key: 'ewbByIrn' }); } });
    var gstinText = new m.Text({ text: '' });
    var dash = new m.Page({ id: id('dashboardPage'), title: 'Dash Board', content: [
      h('div', { 'class': 'einvPageTitleRow sapUiSmallMarginBottom' }, [new m.Label({ text: 'GSTIN', design: 'Bold' }), gstinText]),
      new m.MessageStrip({ type: 'Warning', text: 'Taxpayers are advised to keep their API user passwords confidential and to change them periodically. API users not used for 90 days are frozen automatically.', styleClass: 'sapUiSmallMarginBottom' }),
      h('div', { style: 'display:flex;flex-wrap:wrap' }, [tGen, tCan, tBulk, tEwb])
    ] });
    function setTile(t, v) { var el = t.dom.querySelector('.sapMNCValueScr'); if (el) el.textContent = String(v); }

    /* fragment/TechnicalContact.fragment.xml */
    var tech = null;
    var techTexts = {};
    function techDialog() {
      if (tech) return tech;
      ['name', 'designation', 'mobile', 'email'].forEach(function (k) { techTexts[k] = new m.Text({ text: '' }); });
      tech = new m.Dialog({ title: 'Contacts of Technical Person', contentWidth: '34rem', content: [
        new m.MessageStrip({ type: 'Information', text: 'Please verify the contact details of the technical person of your organisation. Alerts on API usage are sent to this contact.' }),
        new sap.ui.layout.form.SimpleForm({ editable: false, labelSpanL: 4, content: [
          new m.Label({ text: 'Name' }), techTexts.name, new m.Label({ text: 'Designation' }), techTexts.designation,
          new m.Label({ text: 'Mobile Number' }), techTexts.mobile, new m.Label({ text: 'E-mail ID' }), techTexts.email
        ] })
      ], buttons: [
        new m.Button({ text: 'Update', type: 'Emphasized', press: function () {
          call('POST', 'api/user/technicalContacts', {}).then(function (r) { if (r.ok) MessageToast.show('Technical contact details have been updated.'); });
        } }),
        new m.Button({ text: 'Close', press: function () { tech.close(); } })
      ] });
      return tech;
    }

    /* placeholder pages */
    var placeholders = {};
    function placeholder(key) {
      if (!placeholders[key]) {
        placeholders[key] = new m.Page({ title: menuText(key) || 'Page', content: [
          new m.Breadcrumbs({ links: [{ text: 'Dash Board', press: function () { App.router.navTo('dashboard'); } }], currentLocationText: menuText(key) }),
          new m.Panel({ headerText: menuText(key), content: [new m.Text({ text: 'No records found.' })] })
        ] });
      }
      return placeholders[key];
    }

    function logout() {
      call('POST', 'api/auth/logout', {}).then(function () {
        App.session = { authenticated: false };
        App.router.navTo('login');
        MessageToast.show('You have been logged out successfully.');
      });
    }

    function select(key) {
      sideNav.setSelectedKey(key);
      (parentsOf(key) || []).forEach(function (p) { sideNav.expandKey(p); });
    }
    return {
      view: view,
      show: function (name, args) {
        if (App.session && App.session.user) {
          gstinText.setText(App.session.user.gstin);
          shell.dom.querySelector('.sapFShellBarSecondTitle') || shell.dom.querySelector('.sapFShellBarPrimaryTitle').insertAdjacentElement('afterend', h('span', { id: shell.sId + '-secondTitle', 'class': 'sapFShellBarSecondTitle sapMText', text: 'GSTIN: ' + App.session.user.gstin }));
        }
        if (name === 'dashboard') {
          select('dashboard');
          inner.to(dash, 'show');
          var first = App.justLoggedIn;
          App.justLoggedIn = false;
          call('GET', 'api/dashboard').then(function (r) {
            if (!r.ok) return;
            setTile(tGen, r.data.generations); setTile(tCan, r.data.cancelled); setTile(tBulk, r.data.bulk); setTile(tEwb, r.data.ewb);
            gstinText.setText(r.data.gstin);
            return call('GET', 'api/user/technicalContacts', null, { noBusy: true }).then(function (t) {
              if (!t.ok || !t.data.show) return;
              var c = t.data.contact;
              techDialog();
              techTexts.name.setText(c.name); techTexts.designation.setText(c.designation); techTexts.mobile.setText(c.mobile); techTexts.email.setText(c.email);
              setTimeout(function () { if (App.session && App.session.authenticated) tech.open(); }, first ? 150 : 0);
            });
          });
        } else if (name === 'createApiUser') {
          select('createApiUser');
          if (!App.createView) App.createView = CreateApiUserView();
          inner.to(App.createView.view, 'show');
          App.createView.onRouteMatched();
        } else {
          select(args.key);
          inner.to(placeholder(args.key), 'show');
        }
      }
    };
  }
`;

const APP_JS_3 = String.raw`
  /* ---- view/CreateApiUser.view.xml + controller ---- */
  var MODE_TEXT = [
    'Direct API access is available only to taxpayers whose Aggregate Annual Turnover is above the notified limit and who integrate their own ERP with the IRP. Your GSTIN is not eligible for direct access.',
    '',
    'Registration through ERP is not enabled for your GSTIN. Please contact the e-Invoice helpdesk.',
    'To use the Client-Id of another GSTIN, that GSTIN must first add your GSTIN to its list of linked GSTINs. No such request is pending for your GSTIN.'
  ];
  function CreateApiUserView() {
    var view = new sap.ui.core.mvc.XMLView();
    var id = function (s) { return view.createId(s); };
    var gstin = (App.session && App.session.user && App.session.user.gstin) || '';
    var info = new m.Text({ id: id('otpInfo'), text: 'To create an API user, an OTP will be sent to the mobile number registered for your GSTIN (XXXXXX7310).' });
    var sendBtn = new m.Button({ id: id('btnSendOtp'), text: 'Send OTP', type: 'Emphasized', press: sendOtp });
    var otpStrip = new m.MessageStrip({ id: id('apiOtpStrip'), type: 'Success', text: '' });
    var otp = new m.Input({ id: id('apiOtp'), placeholder: 'Enter OTP', maxLength: 6, required: true, width: '12rem', liveChange: clearState, submit: verifyOtp });
    var verifyBtn = new m.Button({ id: id('btnVerifyOtp'), text: 'Verify OTP', type: 'Emphasized', press: verifyOtp });
    var resend = new m.Link({ id: id('lnkResendApiOtp'), text: 'Resend OTP', enabled: false, press: sendOtp });
    var otpRow = new m.FlexBox({ alignItems: 'Center', styleClass: 'einvInlineRow', items: [otp, verifyBtn, resend] });
    var otpForm = new sap.ui.layout.form.SimpleForm({ id: id('otpForm'), labelSpanL: 3, content: [new m.Label({ text: 'Enter OTP', required: true, labelFor: otp }), otpRow] });
    var otpPanel = new m.Panel({ id: id('otpPanel'), headerText: 'API Registration', content: [
      h('div', { 'class': 'einvInlineRow', style: 'align-items:center;margin-bottom:.5rem' }, [info, sendBtn]), otpStrip, otpForm
    ] });

    var mode = new m.RadioButtonGroup({ id: id('registrationType'), columns: 4, buttons: ['Directly', 'Through GSP', 'Through ERP', 'Through Client-Id of other'], select: modeChanged });
    var modeStrip = new m.MessageStrip({ id: id('modeStrip'), type: 'Warning', text: MODE_TEXT[0] });
    var gsp = new m.ComboBox({ id: id('gspCombo'), placeholder: 'Select GSP', width: '100%', required: true, selectionChange: clearComboState, liveChange: clearState });
    var prefix = h('span', { 'class': 'r15Prefix sapMText', id: id('userPrefix') }, 'API_');
    var uname = new m.Input({ id: id('apiUserName'), placeholder: 'Enter Username', maxLength: 30, required: true, liveChange: clearState });
    var unameBox = new m.FlexBox({ id: id('userNameBox'), alignItems: 'Center', items: [prefix, uname] });
    unameBox.dom.lastChild.style.flex = '1 1 auto';
    var unameHint = new m.Text({ text: 'The username will be prefixed with API_. Use 3 to 30 letters, digits, ".", "-" or "_".', styleClass: 'einvNote' });
    var pwd = new m.Input({ id: id('apiPassword'), type: 'Password', placeholder: 'Enter Password', maxLength: 15, required: true, liveChange: clearState });
    var pwd2 = new m.Input({ id: id('apiConfirmPassword'), type: 'Password', placeholder: 'Re-enter Password', maxLength: 15, required: true, liveChange: clearState });
    var pwdHint = new m.Text({ text: 'Password must be 8 to 15 characters long and contain at least one upper case letter, one lower case letter, one digit and one special character.', styleClass: 'einvNote' });
    var gspLabel = new m.Label({ text: 'Select your GSP', required: true, labelFor: gsp });
    var regForm = new sap.ui.layout.form.SimpleForm({ id: id('registrationForm'), labelSpanL: 3, content: [
      new m.Label({ id: id('registrationTypeLabel'), text: 'Do you wish to Register your GSTIN for', required: true, wrapping: true }), mode,
      new m.Label({ text: '' }), modeStrip,
      gspLabel, gsp,
      new m.Label({ text: 'Username', required: true, labelFor: uname }), unameBox, unameHint,
      new m.Label({ text: 'Password', required: true, labelFor: pwd }), pwd,
      new m.Label({ text: 'Re-enter Password', required: true, labelFor: pwd2 }), pwd2, pwdHint
    ] });
    mode.dom.setAttribute('aria-labelledby', id('registrationTypeLabel'));
    var regPanel = new m.Panel({ id: id('registrationPanel'), headerText: 'Registration Details', content: [regForm] });
    var table = new m.Table({ id: id('gspTable'), noDataText: 'No GSP is registered for this GSTIN.', columns: [
      { text: 'Sl. No.', width: '5rem' }, { text: 'GSP Name' }, { text: 'API User Name' }, { text: 'Created On', width: '11rem' }, { text: 'Status', width: '6rem' }
    ] });
    var tablePanel = new m.Panel({ id: id('gspListPanel'), headerText: 'GSPs registered for GSTIN ' + gstin, content: [table] });
    var submitBtn = new m.Button({ id: id('btnSubmit'), text: 'Submit', type: 'Emphasized', press: submit });
    var exitBtn = new m.Button({ id: id('btnExit'), text: 'Exit', press: function () { App.router.navTo('dashboard'); } });
    var page = new m.Page({ id: id('createApiUserPage'), title: 'Create API User', showFooter: false, footer: [submitBtn, exitBtn], content: [
      new m.Breadcrumbs({ links: [{ text: 'Dash Board', press: function () { App.router.navTo('dashboard'); } }, { text: 'API Registration' }, { text: 'User Credentials' }], currentLocationText: 'Create API User' }),
      otpPanel, regPanel, tablePanel
    ] });
    view.setContent(page);
    var timer = null;
    var gspsLoaded = false;

    function clearState(e) { e.getSource().setValueState('None'); }
    function clearComboState() { gsp.setValueState('None'); }
    function countdown() {
      var left = 30;
      clearInterval(timer);
      resend.setEnabled(false);
      resend.setText('Resend OTP in ' + left + 's');
      timer = setInterval(function () {
        left -= 1;
        if (left <= 0) { clearInterval(timer); resend.setText('Resend OTP'); resend.setEnabled(true); } else resend.setText('Resend OTP in ' + left + 's');
      }, 1000);
    }
    function reset() {
      clearInterval(timer);
      sendBtn.setEnabled(true);
      sendBtn.setVisible(true);
      otpStrip.setVisible(false);
      otpForm.setVisible(false);
      otp.setValue(''); otp.setValueState('None'); otp.setEnabled(true); verifyBtn.setEnabled(true);
      regPanel.setVisible(false);
      tablePanel.setVisible(false);
      page.setShowFooter(false);
      clearRegistration();
    }
    function clearRegistration() {
      mode.setSelectedIndex(0, false);
      gsp.clearSelection();
      [uname, pwd, pwd2, gsp].forEach(function (c) { c.setValue(''); c.setValueState('None'); });
      modeChanged();
    }
    function modeChanged() {
      var viaGsp = mode.getSelectedIndex() === 1;
      modeStrip.setText(MODE_TEXT[mode.getSelectedIndex()] || '');
      modeStrip.setVisible(!viaGsp);
      [gsp, unameBox, unameHint, pwd, pwd2, pwdHint].forEach(function (c) { c.setVisible(viaGsp); });
      submitBtn.setEnabled(viaGsp);
    }
    function sendOtp() {
      call('POST', 'api/apireg/otp/send', {}, { busyControl: otpPanel }).then(function (r) {
        if (r.lost || r.failed) return;
        if (!r.ok) { MessageBox.error(errorText(r, 'Unable to send the OTP.')); return; }
        otpStrip.setType('Success');
        otpStrip.setText('OTP has been sent to your registered mobile number ' + r.data.mobile + '. It is valid for ' + r.data.validity + ' minutes.');
        otpStrip.setVisible(true);
        otpForm.setVisible(true);
        sendBtn.setVisible(false);
        otp.setValue('');
        countdown();
        MessageToast.show('OTP sent successfully.');
        setTimeout(function () { otp.focus(); }, 0);
      });
    }
    function verifyOtp() {
      var v = otp.getValue().trim();
      if (!/^\d{6}$/.test(v)) { otp.setValueState('Error', 'Enter the 6 digit OTP received on your registered mobile number'); otp.focus(); return; }
      call('POST', 'api/apireg/otp/verify', { otp: v }).then(function (r) {
        if (r.lost || r.failed) return;
        if (!r.ok) {
          otp.setValue('');
          otp.setValueState('Error', 'Invalid OTP');
          MessageBox.error(errorText(r, 'Invalid OTP.'), { onClose: function () { otp.focus(); } });
          return;
        }
        clearInterval(timer);
        otp.setEnabled(false);
        verifyBtn.setEnabled(false);
        resend.setText('Resend OTP');
        resend.setEnabled(false);
        otpStrip.setText('OTP verified successfully. Please enter the registration details.');
        MessageToast.show('OTP verified successfully.');
        loadLists(true);
      });
    }
    function loadLists(showForm) {
      var gspCall = gspsLoaded ? Promise.resolve({ ok: true, cached: true }) : call('GET', 'api/apireg/gsps');
      return gspCall.then(function (g) {
        if (g.lost || !g.ok) return;
        if (!g.cached) { gsp.setItems(g.data.results.map(function (x) { return { key: x.GspCode, text: x.GspName }; })); gspsLoaded = true; }
        return call('GET', 'api/apireg/registrations').then(function (r) {
          if (r.lost || !r.ok) return;
          table.setRows(r.data.results.map(function (x, i) { return [i + 1, x.gsp, x.username, x.createdOn, x.status]; }));
          tablePanel.setVisible(true);
          if (showForm) {
            regPanel.setVisible(true);
            page.setShowFooter(true);
            modeChanged();
            page.section.scrollTo({ top: Math.max(0, regPanel.dom.offsetTop - 16), behavior: 'smooth' });
          }
        });
      });
    }
    function validate() {
      var errors = [];
      function err(c, t) { c.setValueState('Error', t); errors.push(c); }
      if (!gsp.getSelectedKey()) err(gsp, gsp.getValue().trim() ? 'Select a GSP from the list' : 'Select your GSP');
      var typed = uname.getValue().trim();
      if (/^api_/i.test(typed)) typed = typed.slice(4);
      if (!typed) err(uname, 'Enter Username');
      else if (!/^[A-Za-z0-9._-]{3,30}$/.test(typed)) err(uname, 'Username should be 3 to 30 characters long and may contain letters, digits, ".", "-" and "_" only');
      var p = pwd.getValue();
      if (!p) err(pwd, 'Enter Password');
      else if (!/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/.test(p)) err(pwd, 'Password does not meet the password policy');
      if (!pwd2.getValue()) err(pwd2, 'Re-enter the Password');
      else if (p && pwd2.getValue() !== p) err(pwd2, 'Password and Re-enter Password do not match');
      return { errors: errors, typed: typed };
    }
    function submit() {
      var v = validate();
      if (v.errors.length) { MessageToast.show('Please correct the highlighted fields.'); v.errors[0].focus(); return; }
      var gspName = gsp.getSelectedText();
      MessageBox.confirm('Are you sure you want to create the API user API_' + v.typed + ' for ' + gspName + '?', {
        title: 'Confirmation', actions: [MessageBox.Action.OK, MessageBox.Action.CANCEL], emphasizedAction: MessageBox.Action.OK,
        onClose: function (action) { if (action === MessageBox.Action.OK) create(v.typed, gspName); }
      });
    }
    function create(typed, gspName) {
      call('POST', 'api/apireg/users', { mode: 'GSP', gspCode: gsp.getSelectedKey(), gspName: gspName, username: typed, password: pwd.getValue(), confirmPassword: pwd2.getValue() }).then(function (r) {
        if (r.lost || r.failed) return;
        if (!r.ok) {
          if (errorCode(r) === 'USERNAME_TAKEN') uname.setValueState('Error', 'Username already in use');
          if (errorCode(r) === 'ALREADY_REGISTERED') gsp.setValueState('Error', 'Already registered');
          MessageBox.error(errorText(r, 'Unable to create the API user.'));
          return;
        }
        MessageBox.success('API user ' + r.data.username + ' has been created.', { title: 'Success' });
        clearRegistration();
        regPanel.setVisible(false);
        page.setShowFooter(false);
        otpStrip.setType('Information');
        otpStrip.setText('API user ' + r.data.username + ' has been created for ' + r.data.gsp + '. To create another API user, send a new OTP.');
        otpForm.setVisible(false);
        sendBtn.setVisible(true);
        otp.setValue(''); otp.setEnabled(true); verifyBtn.setEnabled(true);
        loadLists(false);
      });
    }
    return { view: view, onRouteMatched: reset };
  }

  /* ---- Component.js: root view, router ---- */
  function start() {
    var placeholder = document.querySelector('[data-sap-ui-component]');
    var container = h('div', { id: 'container', 'data-sap-ui': 'container', 'class': 'sapUiComponentContainer', style: 'width:100%;height:100%' });
    placeholder.parentNode.replaceChild(container, placeholder);
    var rootView = new sap.ui.core.mvc.XMLView();
    App.nav = new m.NavContainer({ id: rootView.createId('app'), app: true });
    rootView.setContent(App.nav);
    container.appendChild(rootView.dom);
    function top(name) {
      if (!App.views[name]) App.views[name] = name === 'home' ? HomeView() : name === 'login' ? LoginView() : MainView();
      App.nav.to(App.views[name].view, App.nav.current ? 'slide' : 'show');
      return App.views[name];
    }
    App.router = new sap.ui.core.routing.Router([
      { name: 'home', pattern: '' }, { name: 'login', pattern: 'login' }, { name: 'dashboard', pattern: 'dashboard' },
      { name: 'createApiUser', pattern: 'apiRegistration/createApiUser' }, { name: 'page', pattern: 'page/{key}' }
    ], function (name, args) {
      var signedIn = App.session && App.session.authenticated;
      if (name === 'notFound') { App.router.navTo('home', {}, true); return; }
      if (name === 'home' || name === 'login') {
        if (signedIn) { App.router.navTo('dashboard', {}, true); return; }
        document.title = name === 'home' ? 'e-Invoice System' : 'Login | e-Invoice System';
        top(name).onRouteMatched(args);
        return;
      }
      if (!signedIn) { App.router.navTo('login', {}, true); return; }
      document.title = (name === 'dashboard' ? 'Dash Board' : name === 'createApiUser' ? 'Create API User' : menuText(args.key)) + ' | e-Invoice System';
      top('main').show(name, args);
    });
    call('GET', 'api/session', null, { noBusy: true, allow401: true }).then(function (r) {
      App.session = r.ok ? r.data : { authenticated: false };
      App.router.initialize();
    });
  }
  sap.ui.getCore().attachInit(start);
})();
`;

const APP_JS = APP_JS_1 + APP_JS_2 + APP_JS_3;
