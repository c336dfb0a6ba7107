/**
 * Rendition r12-materialize: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2018-2022 site built with Materialize CSS 1.0
 * and a small Express/EJS-style backend would draw it. Every line of markup, style and script is written
 * here: a hand-made subset of materialize.min.css (served at /css/materialize.min.css) and a hand-made
 * runtime of its vanilla JS (/js/materialize.min.js: M.Modal, M.FormSelect, M.Dropdown, M.Collapsible,
 * M.Sidenav, M.toast, M.updateTextFields, Waves), animated frame by frame into inline styles as anime.js
 * does. Icons are `i.material-icons` with their ligature text in the DOM (as the real icon font needs);
 * with no font here the text is hidden (font-size 0) and a small glyph is drawn in its place.
 *
 * Choices made where the docs are silent:
 * - URLs (Express style): `/` home page; `/login` (GET: the home page with the login modal opened on load;
 *   POST: the login form, urlencoded, with a `_csrf` field); `/captcha.svg`; `/login/otp` (the 2FA page;
 *   POST JSON verifies); `/dashboard` ("Dash Board"); `/api-registration/user-credentials/create-api-user`;
 *   JSON endpoints `/api-registration/otp/send`, `/api-registration/otp/verify`, `/api-registration/users`.
 *   Other menu leaves are placeholder pages under `/p/<slug>` ("No records found.").
 * - Home: `nav` with brand "e-Invoice System" and a `a.btn.modal-trigger` "Login" opening `div.modal#modal-login`
 *   (Username, Password, captcha `img` from /captcha.svg with a refresh icon link, "Enter Captcha", button
 *   "Login"). Refusals re-render the page with the modal open and a `div.card-panel.red.lighten-4` in it:
 *   "Invalid Captcha. Please enter the characters shown in the image." (checked first) and "Invalid Login
 *   Credentials. Please check your username and password.". No lock-out.
 * - 2FA (`/login/otp`): a card "Two Factor Authentication", `input#otp` "Enter OTP", `button#btnVerifyOTP`
 *   "Verify OTP" (fetch). Wrong OTP: a red toast "Invalid OTP. Please enter the correct OTP sent to your
 *   registered mobile number." (4 s), the box emptied. Right: to /dashboard.
 * - After login, on the first dashboard of a session: modal "Important Notice" (2FA / 30-day reporting
 *   advisory) with a "Close" `a.modal-close.btn-flat`; when it has closed, modal "Contacts of Technical
 *   Person" (name, mobile, e-mail, as text fields) with "Update" and "Exit" (`a.modal-close.btn-flat`).
 *   Both are `dismissible: false` (overlay click and Escape do nothing). Cards "Generations", "Cancelled".
 * - Menu: `ul.sidenav.sidenav-fixed` with nested `ul.collapsible.collapsible-accordion`: e-Invoice; API
 *   Registration (User Credentials -> Create API User, View API Users; IP Whitelisting; Freeze API User;
 *   Change API Password); MIS Reports; User Management. Headers are `a.collapsible-header` without href.
 * - API OTP: the page's script POSTs otp/send on load (progress bar, fields disabled until it answers), then
 *   "OTP has been sent to your registered mobile number XXXXXX7310." with "Enter OTP" / "Verify OTP" and a
 *   "Resend OTP" link (after 30 s). Wrong: a red toast "Invalid OTP. Please enter the valid OTP." only.
 * - Form (shown once the OTP is verified): "Do you wish to Register your GSTIN for" with Materialize radios
 *   Directly / Through GSP / Through ERP / Through Client-Id of other (only Through GSP shows the fields; the
 *   others show a `card-panel` that it is not enabled). "Select your GSP" is a FormSelect over a hidden
 *   <select> of 22 names (placeholder "Choose your GSP"). "Username" with a `span.prefix` "API_", 4 to 20
 *   letters, digits or '_' typed (a typed "API_" is not doubled). "Password" / "Re-enter Password": 8 to 15
 *   characters with upper, lower, digit and special. Client errors: `input.invalid` (text in the
 *   helper-text's data-error, drawn by ::after) and a toast. "Submit" (with a `send` icon) opens modal
 *   "Do you want to submit the details to create the API user?" with flat "NO" / "YES"; YES posts JSON.
 *   "Exit" goes to the dashboard.
 * - Refusals after Submit, as a `card-panel red lighten-4` above the buttons and a toast: "GSTIN ... is
 *   already registered with GSP ..." (duplicate) and "Username API_x is already taken..." (API_admin,
 *   API_test, API_demo or any created here). Success: a `card-panel green lighten-4` "API User API_x has
 *   been created successfully for <GSP>.", a toast, the form hidden, and the table "GSPs registered for
 *   GSTIN ..." gains the row.
 * - Sessions: cookie `connect.sid` (express-session style) naming server-side state. A page GET without a
 *   live signed-in session is a 302 to `/login` (`/login?expired=1` when the cookie names a session that is
 *   gone, which shows "Your session has expired. Please login again."). A fetch without one gets 401 JSON;
 *   the page shows a toast "Session expired. Please login again." and goes to `/login?expired=1` 2 s later.
 * - expireOnce: the first request of that stage deletes the server session first, so it answers 401.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type MatR12Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface MatR12Options {
  expireOnce?: MatR12Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface MatR12State {
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

export interface MatR12Rendition {
  url: string;
  close(): Promise<void>;
  state: MatR12State;
}

/** The portal login of this rendition. */
export const MAT_R12_LOGIN: { username: string; password: string } = {
  username: 'mhfurnish27',
  password: 'Mat@Einv2019',
};

const GSPS: { id: string; name: string }[] = [
  { id: '101', name: 'Adaequare Info Private Limited' },
  { id: '102', name: 'Alankit Limited' },
  { id: '103', name: 'BVM IT Consulting Services India Private Limited' },
  { id: '104', name: 'Chartered Information Systems Private Limited' },
  { id: '105', name: 'Cygnet Infotech Private Ltd' },
  { id: '106', name: 'Deloitte Touche Tohmatsu India LLP' },
  { id: '107', name: 'DEFMACRO SOFTWARE PRIVATE LIMITED' },
  { id: '108', name: 'Ernst & Young LLP' },
  { id: '109', name: 'IRIS BUSINESS SERVICES LIMITED' },
  { id: '110', name: 'Jio Platforms Limited' },
  { id: '111', name: 'Karvy Data Management Services Ltd' },
  { id: '112', name: 'Masters India Private Limited' },
  { id: '113', name: 'Mastek Ltd' },
  { id: '114', name: 'Reliance Corporate IT Park Ltd' },
  { id: '115', name: 'SIFY TECHNOLOGIES LIMITED' },
  { id: '116', name: 'Tally ( India) Private Ltd' },
  { id: '117', name: 'TaxPro GSP (Enterprise Software Solutions Lab Pvt Ltd)' },
  { id: '118', name: 'Tera Software Limited' },
  { id: '119', name: 'Vay Network Services Pvt. Ltd.' },
  { id: '120', name: 'Webtel Electrosoft Private Limited' },
  { id: '121', name: 'Wep Digital Services Limited' },
  { id: '122', name: 'Zen Tax Solutions Private Limited' },
];

const RESERVED_USERNAMES = ['API_ADMIN', 'API_TEST', 'API_DEMO'];
const USERNAME_RULE = /^[A-Za-z0-9_]{4,20}$/;
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;

interface Session {
  id: string;
  csrf: string;
  stage: 'anon' | 'otp' | 'in';
  username: string;
  showNotices: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  lastSeen: number;
}

interface Req {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
  session: Session | undefined;
  /** The cookie named a session that is no longer on the server. */
  gone: boolean;
  xhr: boolean;
  raw: IncomingMessage;
}

const COOKIE = 'connect.sid';
const SECRET = 'einv-keyboard-cat';

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

function sign(id: string): string {
  const mac = createHmac('sha256', SECRET).update(id).digest('base64').replace(/=+$/, '');
  return encodeURIComponent(`s:${id}.${mac}`);
}

function unsign(value: string): string | undefined {
  const raw = decodeURIComponent(value);
  if (!raw.startsWith('s:')) return undefined;
  const dot = raw.lastIndexOf('.');
  const id = raw.slice(2, dot);
  return sign(id) === encodeURIComponent(raw) ? id : undefined;
}

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export async function startMatR12Rendition(options: MatR12Options = {}): Promise<MatR12Rendition> {
  const state: MatR12State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  let expiryDue = options.expireOnce;

  function newSession(res: ServerResponse): Session {
    const session: Session = {
      id: randomBytes(18).toString('base64url'),
      csrf: randomBytes(12).toString('base64url'),
      stage: 'anon',
      username: '',
      showNotices: false,
      apiOtpSent: false,
      apiOtpVerified: false,
      lastSeen: Date.now(),
    };
    sessions.set(session.id, session);
    res.setHeader('Set-Cookie', `${COOKIE}=${sign(session.id)}; Path=/; HttpOnly; SameSite=Lax`);
    return session;
  }

  /** The stage's first request finds its session deleted (once per rendition). */
  function expireIfDue(stage: MatR12Expiry, req: Req): boolean {
    if (expiryDue !== stage) return false;
    expiryDue = undefined;
    if (req.session) sessions.delete(req.session.id);
    req.session = undefined;
    req.gone = true;
    state.expired.push(stage);
    return true;
  }

  const ctx: Ctx = { state, sessions, newSession, expireIfDue };

  const sockets = new Set<Socket>();
  const server = createServer((raw, res) => {
    const chunks: Buffer[] = [];
    raw.on('data', (chunk: Buffer) => chunks.push(chunk));
    raw.on('end', () => {
      const url = new URL(raw.url ?? '/', 'http://127.0.0.1');
      const cookie = cookieOf(raw, COOKIE);
      const id = cookie ? unsign(cookie) : undefined;
      const session = id ? sessions.get(id) : undefined;
      if (session) session.lastSeen = Date.now();
      const req: Req = {
        method: raw.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        body: Buffer.concat(chunks).toString('utf8'),
        session,
        gone: cookie !== undefined && !session,
        xhr:
          raw.headers['x-requested-with'] === 'XMLHttpRequest' || raw.headers.accept === 'application/json',
        raw,
      };
      res.setHeader('X-Powered-By', 'Express');
      try {
        route(ctx, req, res);
      } catch (error) {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(`Internal Server Error\n${String(error)}`);
      }
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
        server.closeAllConnections();
      }),
  };
}

interface Ctx {
  state: MatR12State;
  sessions: Map<string, Session>;
  newSession(res: ServerResponse): Session;
  expireIfDue(stage: MatR12Expiry, req: Req): boolean;
}

// ---------------------------------------------------------------------------------------------------
// Responses

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

function html(res: ServerResponse, body: string, status = 200): void {
  send(res, status, 'text/html; charset=utf-8', body);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function redirect(res: ServerResponse, to: string): void {
  res.statusCode = 302;
  res.setHeader('Location', to);
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(`Found. Redirecting to ${to}`);
}

function sessionLost(res: ServerResponse): void {
  json(res, 401, {
    success: false,
    error: 'SESSION_EXPIRED',
    message: 'Session expired. Please login again.',
    redirect: '/login?expired=1',
  });
}

function bodyJson(req: Req): Record<string, string> {
  try {
    const parsed = JSON.parse(req.body || '{}') as Record<string, unknown>;
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(parsed)) out[key] = String(value ?? '');
    return out;
  } catch {
    return {};
  }
}

function bodyForm(req: Req): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(req.body));
}

/** A signed-in session for a fetch, or a 401 already sent; a wrong CSRF token is a 403. */
function apiSession(req: Req, res: ServerResponse): Session | undefined {
  const session = req.session;
  if (session?.stage !== 'in') {
    sessionLost(res);
    return undefined;
  }
  if (req.raw.headers['csrf-token'] !== session.csrf) {
    json(res, 403, {
      success: false,
      error: 'EBADCSRFTOKEN',
      message: 'Invalid CSRF token. Please reload the page.',
    });
    return undefined;
  }
  return session;
}

// ---------------------------------------------------------------------------------------------------
// Routes

function route(ctx: Ctx, req: Req, res: ServerResponse) {
  const { state } = ctx;
  const key = `${req.method} ${req.path}`;
  switch (key) {
    case 'GET /css/materialize.min.css':
      return send(res, 200, 'text/css; charset=utf-8', MATERIALIZE_CSS);
    case 'GET /css/style.css':
      return send(res, 200, 'text/css; charset=utf-8', SITE_CSS);
    case 'GET /js/materialize.min.js':
      return send(res, 200, 'application/javascript; charset=utf-8', MATERIALIZE_JS);
    case 'GET /js/app.js':
      return send(res, 200, 'application/javascript; charset=utf-8', APP_JS);
    case 'GET /favicon.ico':
      return send(res, 204, 'image/x-icon', '');
    case 'GET /captcha.svg':
      return send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
    case 'GET /': {
      if (req.session?.stage === 'in') return redirect(res, '/dashboard');
      const session = req.session ?? ctx.newSession(res);
      return html(res, homePage({ csrf: session.csrf, openLogin: false }));
    }
    case 'GET /login': {
      if (req.session?.stage === 'in') return redirect(res, '/dashboard');
      const expired = req.query.get('expired') === '1' || req.gone;
      const session = req.session ?? ctx.newSession(res);
      const loggedOut = req.query.get('logout') === '1';
      return html(
        res,
        homePage({
          csrf: session.csrf,
          openLogin: true,
          notice: expired
            ? 'Your session has expired. Please login again.'
            : loggedOut
              ? 'You have been logged out successfully.'
              : undefined,
          expired,
        }),
      );
    }
    case 'POST /login':
      return postLogin(ctx, req, res);
    case 'GET /login/otp': {
      const session = req.session;
      if (!session || session.stage === 'anon')
        return redirect(res, req.gone ? '/login?expired=1' : '/login');
      if (session.stage === 'in') return redirect(res, '/dashboard');
      return html(res, loginOtpPage(session));
    }
    case 'POST /login/otp':
      return postLoginOtp(ctx, req, res);
    case 'POST /login/otp/resend': {
      if (req.session?.stage !== 'otp') return sessionLost(res);
      return json(res, 200, {
        success: true,
        message: 'OTP has been re-sent to your registered mobile number.',
      });
    }
    case 'GET /logout': {
      if (req.session) ctx.sessions.delete(req.session.id);
      res.setHeader('Set-Cookie', `${COOKIE}=; Path=/; Max-Age=0`);
      return redirect(res, '/login?logout=1');
    }
    case 'POST /api-registration/otp/send':
      return postApiOtpSend(ctx, req, res);
    case 'POST /api-registration/otp/verify':
      return postApiOtpVerify(ctx, req, res);
    case 'POST /api-registration/users':
      return postApiUser(ctx, req, res);
    case 'POST /profile/technical-contact': {
      if (!apiSession(req, res)) return;
      return json(res, 200, { success: true, message: 'Technical contact details updated successfully.' });
    }
    default:
      break;
  }
  if (req.method === 'GET' && (PAGES[req.path] || req.path.startsWith('/p/'))) {
    const session = req.session;
    if (session?.stage !== 'in') return redirect(res, req.gone ? '/login?expired=1' : '/login');
    const page = PAGES[req.path];
    if (page) return html(res, page(ctx, session));
    const leaf = MENU_LEAVES.find((item) => item.href === req.path);
    if (leaf) return html(res, placeholderPage(ctx, session, leaf));
  }
  if (req.xhr) return json(res, 404, { success: false, message: 'Not Found' });
  return html(res, notFoundPage(req.path), 404);
}

// ---------------------------------------------------------------------------------------------------
// Handlers

function postLogin(ctx: Ctx, req: Req, res: ServerResponse) {
  const { state } = ctx;
  const form = bodyForm(req);
  const session = req.session;
  if (!session || form._csrf !== session.csrf) {
    // The page that posted belongs to a session that is gone: csurf's ForbiddenError, rendered as the
    // login page with the session message (a fresh session for the next try).
    const fresh = session ?? ctx.newSession(res);
    return html(
      res,
      homePage({
        csrf: fresh.csrf,
        openLogin: true,
        notice: 'Your session has expired. Please login again.',
        expired: true,
        username: form.username ?? '',
      }),
      403,
    );
  }
  const username = (form.username ?? '').trim();
  const password = form.password ?? '';
  const captcha = (form.captcha ?? '').trim();
  let error: string | undefined;
  if (!username || !password || !captcha) {
    error = 'Please enter Username, Password and Captcha.';
  } else if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
    state.refusals.push('captcha');
    error = 'Invalid Captcha. Please enter the characters shown in the image.';
  } else if (
    username.toLowerCase() !== MAT_R12_LOGIN.username.toLowerCase() ||
    password !== MAT_R12_LOGIN.password
  ) {
    state.refusals.push('login');
    error = 'Invalid Login Credentials. Please check your username and password.';
  }
  if (error) {
    return html(res, homePage({ csrf: session.csrf, openLogin: true, error, username }));
  }
  session.stage = 'otp';
  session.username = MAT_R12_LOGIN.username;
  return redirect(res, '/login/otp');
}

function postLoginOtp(ctx: Ctx, req: Req, res: ServerResponse) {
  const session = req.session;
  if (session?.stage !== 'otp') return sessionLost(res);
  if (req.raw.headers['csrf-token'] !== session.csrf) {
    return json(res, 403, { success: false, error: 'EBADCSRFTOKEN', message: 'Invalid CSRF token.' });
  }
  const otp = (bodyJson(req).otp ?? '').trim();
  if (!/^\d{6}$/.test(otp)) {
    return json(res, 400, { success: false, message: 'Please enter the 6 digit OTP.' });
  }
  if (otp !== ctx.state.loginOtp) {
    ctx.state.refusals.push('login-otp');
    return json(res, 400, {
      success: false,
      message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
    });
  }
  session.stage = 'in';
  session.showNotices = true;
  return json(res, 200, { success: true, redirect: '/dashboard' });
}

function postApiOtpSend(ctx: Ctx, req: Req, res: ServerResponse) {
  if (ctx.expireIfDue('api-otp-send', req)) return sessionLost(res);
  const session = apiSession(req, res);
  if (!session) return;
  session.apiOtpSent = true;
  session.apiOtpVerified = false;
  return json(res, 200, {
    success: true,
    mobile: 'XXXXXX7310',
    message: 'OTP has been sent to your registered mobile number XXXXXX7310.',
  });
}

function postApiOtpVerify(ctx: Ctx, req: Req, res: ServerResponse) {
  if (ctx.expireIfDue('api-otp-verify', req)) return sessionLost(res);
  const session = apiSession(req, res);
  if (!session) return;
  if (!session.apiOtpSent) {
    return json(res, 400, { success: false, message: 'Please generate the OTP first.' });
  }
  const otp = (bodyJson(req).otp ?? '').trim();
  if (!/^\d{6}$/.test(otp)) {
    return json(res, 400, { success: false, message: 'Please enter the 6 digit OTP.' });
  }
  if (otp !== ctx.state.apiOtp) {
    ctx.state.refusals.push('api-otp');
    return json(res, 400, { success: false, message: 'Invalid OTP. Please enter the valid OTP.' });
  }
  session.apiOtpVerified = true;
  return json(res, 200, { success: true, message: 'OTP verified successfully.', users: usersOf(ctx) });
}

function usersOf(ctx: Ctx): { gsp: string; username: string; createdOn: string }[] {
  return ctx.state.users
    .filter((user) => user.gstin === ctx.state.gstin)
    .map(({ gsp, username, createdOn }) => ({ gsp, username, createdOn }));
}

function postApiUser(ctx: Ctx, req: Req, res: ServerResponse) {
  const { state } = ctx;
  if (ctx.expireIfDue('submit', req)) return sessionLost(res);
  const session = apiSession(req, res);
  if (!session) return;
  if (!session.apiOtpVerified) {
    return json(res, 400, { success: false, message: 'Please verify the OTP before creating the API user.' });
  }
  const body = bodyJson(req);
  if (body.regType !== 'GSP') {
    return json(res, 400, { success: false, message: 'This option is not enabled for your GSTIN.' });
  }
  const gsp = GSPS.find((item) => item.id === body.gspId);
  if (!gsp) return json(res, 400, { success: false, field: 'gspId', message: 'Please select your GSP.' });
  let typed = (body.userName ?? '').trim();
  if (typed.toUpperCase().startsWith('API_')) typed = typed.slice(4);
  if (!USERNAME_RULE.test(typed)) {
    return json(res, 400, {
      success: false,
      field: 'userName',
      message: 'Username should be 4 to 20 characters (letters, digits or underscore).',
    });
  }
  const password = body.password ?? '';
  if (!PASSWORD_RULE.test(password)) {
    return json(res, 400, {
      success: false,
      field: 'password',
      message:
        'Password should be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
    });
  }
  if (password !== body.confirmPassword) {
    return json(res, 400, { success: false, field: 'confirmPassword', message: 'Passwords do not match.' });
  }
  const username = `API_${typed}`;
  if (state.users.some((user) => user.gstin === state.gstin && user.gsp === gsp.name)) {
    state.refusals.push('duplicate');
    return json(res, 409, {
      success: false,
      message: `GSTIN ${state.gstin} is already registered with GSP ${gsp.name}.`,
    });
  }
  const upper = username.toUpperCase();
  if (
    RESERVED_USERNAMES.includes(upper) ||
    state.users.some((user) => user.username.toUpperCase() === upper)
  ) {
    state.refusals.push('username-taken');
    return json(res, 409, {
      success: false,
      field: 'userName',
      message: `Username ${username} is already taken. Please choose a different username.`,
    });
  }
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  const createdOn = `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
  state.users.push({ gstin: state.gstin, gsp: gsp.name, username, password, createdOn });
  session.apiOtpVerified = false;
  return json(res, 201, {
    success: true,
    message: `API User ${username} has been created successfully for ${gsp.name}. Please note the username and password; they are needed by your GSP to access the e-Invoice APIs.`,
    users: usersOf(ctx),
  });
}

// ---------------------------------------------------------------------------------------------------
// Captcha: five characters drawn as an SVG picture with noise, fresh each time.

function captchaSvg(text: string): string {
  const rnd = (min: number, max: number) => min + Math.random() * (max - min);
  const colors = ['#1a237e', '#4a148c', '#b71c1c', '#004d40', '#3e2723'];
  let out = `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0 0 150 50">`;
  out += `<rect width="150" height="50" fill="#eceff1"/>`;
  for (let i = 0; i < 6; i++) {
    out += `<path d="M${rnd(0, 30).toFixed(1)} ${rnd(5, 45).toFixed(1)} Q ${rnd(40, 110).toFixed(1)} ${rnd(0, 50).toFixed(1)} ${rnd(120, 150).toFixed(1)} ${rnd(5, 45).toFixed(1)}" stroke="${colors[i % colors.length]}" stroke-width="${rnd(0.6, 1.6).toFixed(1)}" fill="none" opacity="0.55"/>`;
  }
  for (let i = 0; i < 40; i++) {
    out += `<circle cx="${rnd(0, 150).toFixed(1)}" cy="${rnd(0, 50).toFixed(1)}" r="${rnd(0.5, 1.6).toFixed(1)}" fill="#78909c"/>`;
  }
  [...text].forEach((ch, i) => {
    const x = 18 + i * 26 + rnd(-3, 3);
    const y = 34 + rnd(-4, 4);
    out += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="Georgia, serif" font-size="${rnd(24, 30).toFixed(0)}" font-weight="bold" fill="${colors[i % colors.length]}" transform="rotate(${rnd(-18, 18).toFixed(0)} ${x.toFixed(1)} ${y.toFixed(1)})">${esc(ch)}</text>`;
  });
  return `${out}</svg>`;
}

// ---------------------------------------------------------------------------------------------------
// Templates (EJS-like partials as functions)

/** The glyph drawn in place of each icon-font ligature (the ligature text stays in the DOM). */
const GLYPHS: Record<string, string> = {
  menu: '\u2630',
  arrow_drop_down: '\u25be',
  account_circle: '\u263a',
  lock: '\u25a3',
  security: '\u2726',
  refresh: '\u21bb',
  dashboard: '\u25a6',
  receipt: '\u2637',
  vpn_key: '\u26b7',
  assessment: '\u2581',
  people: '\u263b',
  send: '\u27a4',
  exit_to_app: '\u21e5',
  info_outline: '\u2139',
  phone_android: '\u260f',
  check_circle: '\u2714',
  error_outline: '\u26a0',
  close: '\u2715',
  help_outline: '?',
  description: '\u2630',
  cloud_upload: '\u21e7',
  settings: '\u2699',
};

function icon(name: string, cls = ''): string {
  return `<i class="material-icons${cls ? ` ${cls}` : ''}" data-glyph="${GLYPHS[name] ?? '\u25cf'}">${name}</i>`;
}

function head(title: string, csrf: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <meta name="csrf-token" content="${esc(csrf)}">
  <title>${esc(title)} | e-Invoice System</title>
  <link href="/css/materialize.min.css" type="text/css" rel="stylesheet" media="screen,projection">
  <link href="/css/style.css" type="text/css" rel="stylesheet" media="screen,projection">
</head>`;
}

function foot(): string {
  return `
  <footer class="page-footer blue-grey darken-4">
    <div class="container">
      <div class="row">
        <div class="col l6 s12">
          <h5 class="white-text">e-Invoice System</h5>
          <p class="grey-text text-lighten-4">Designed and developed by National Informatics Centre. Contents provided by Goods and Services Tax Network.</p>
        </div>
        <div class="col l4 offset-l2 s12">
          <h5 class="white-text">Links</h5>
          <ul>
            <li><a class="grey-text text-lighten-3" href="#!">Terms and Conditions</a></li>
            <li><a class="grey-text text-lighten-3" href="#!">Privacy Policy</a></li>
            <li><a class="grey-text text-lighten-3" href="#!">Help Desk</a></li>
          </ul>
        </div>
      </div>
    </div>
    <div class="footer-copyright">
      <div class="container">&copy; 2020 e-Invoice System. All rights reserved.
        <span class="grey-text text-lighten-4 right">Site best viewed at 1280 x 720 resolution</span>
      </div>
    </div>
  </footer>
  <script src="/js/materialize.min.js"></script>
  <script src="/js/app.js"></script>
</body>
</html>`;
}

interface HomeView {
  csrf: string;
  openLogin: boolean;
  error?: string;
  notice?: string;
  expired?: boolean;
  username?: string;
}

function homePage(view: HomeView): string {
  const message = view.error
    ? `<div class="card-panel red lighten-4 red-text text-darken-4 login-error">${icon('error_outline', 'left')}${esc(view.error)}</div>`
    : view.notice
      ? `<div class="card-panel ${view.expired ? 'orange lighten-4 orange-text text-darken-4' : 'green lighten-4 green-text text-darken-4'} login-notice">${icon('info_outline', 'left')}${esc(view.notice)}</div>`
      : '';
  return `${head('Home', view.csrf)}
<body data-page="home" data-open-login="${view.openLogin ? 'true' : 'false'}"${view.expired ? ' data-expired="true"' : ''}>
  <header>
    <nav class="blue darken-4" role="navigation">
      <div class="nav-wrapper container">
        <a id="logo-container" href="/" class="brand-logo"><span class="logo-mark">e</span>e-Invoice System</a>
        <a href="#" data-target="nav-mobile" class="sidenav-trigger">${icon('menu')}</a>
        <ul class="right hide-on-med-and-down">
          <li class="active"><a href="/">Home</a></li>
          <li><a href="#features">e-Invoice</a></li>
          <li><a href="#updates">Latest Updates</a></li>
          <li><a href="#help">Help</a></li>
          <li><a id="btnLogin" class="waves-effect waves-light btn white blue-text text-darken-4 modal-trigger" href="#modal-login">Login</a></li>
        </ul>
        <ul id="nav-mobile" class="sidenav">
          <li><a href="/">Home</a></li>
          <li><a href="#updates">Latest Updates</a></li>
          <li><a class="modal-trigger" href="#modal-login">Login</a></li>
        </ul>
      </div>
    </nav>
  </header>
  <main>
    <div class="section no-pad-bot hero blue darken-3 white-text" id="index-banner">
      <div class="container">
        <h1 class="header center">e-Invoice System</h1>
        <div class="row center">
          <h5 class="header col s12 light">Report your B2B invoices to the Invoice Registration Portal and get the IRN and signed QR code.</h5>
        </div>
        <div class="row center">
          <a href="#modal-login" class="btn-large waves-effect waves-light orange darken-2 modal-trigger">Get Started</a>
        </div>
      </div>
    </div>
    <div class="container" id="features">
      <div class="section">
        <div class="row">
          <div class="col s12 m4"><div class="icon-block">
            <h2 class="center blue-text text-darken-3">${icon('receipt')}</h2>
            <h5 class="center">e-Invoice Generation</h5>
            <p class="light">Generate the IRN for one invoice at a time on the portal, or upload up to 100 invoices with the Bulk Generation Tool.</p>
          </div></div>
          <div class="col s12 m4"><div class="icon-block">
            <h2 class="center blue-text text-darken-3">${icon('vpn_key')}</h2>
            <h5 class="center">API Integration</h5>
            <p class="light">Create API users for your GSP or ERP under API Registration to report invoices directly from your own system.</p>
          </div></div>
          <div class="col s12 m4"><div class="icon-block">
            <h2 class="center blue-text text-darken-3">${icon('security')}</h2>
            <h5 class="center">Two Factor Authentication</h5>
            <p class="light">Login needs an OTP sent to the registered mobile number, or from the Sandes or NIC-GST-Shield app.</p>
          </div></div>
        </div>
      </div>
      <div class="section" id="updates">
        <h5>Latest Updates</h5>
        <ul class="collection">
          <li class="collection-item">Two-factor authentication is mandatory for all taxpayers from 1st April 2025.</li>
          <li class="collection-item">Time limit of 30 days for reporting invoices to the IRP for taxpayers with AATO of 10 crores and above.</li>
          <li class="collection-item">Generate the e-way bill along with the IRN using the Part-A details.</li>
        </ul>
      </div>
    </div>
  </main>

  <div id="modal-login" class="modal login-modal">
    <div class="modal-content">
      <h4>Login</h4>
      ${message}
      <form id="frmLogin" method="post" action="/login" autocomplete="off" novalidate>
        <input type="hidden" name="_csrf" value="${esc(view.csrf)}">
        <div class="row">
          <div class="input-field col s12">
            ${icon('account_circle', 'prefix')}
            <input id="username" name="username" type="text" class="validate" maxlength="15" value="${esc(view.username ?? '')}" required>
            <label for="username">Username</label>
            <span class="helper-text" data-error="Please enter Username"></span>
          </div>
          <div class="input-field col s12">
            ${icon('lock', 'prefix')}
            <input id="password" name="password" type="password" class="validate" maxlength="30" required>
            <label for="password">Password</label>
            <span class="helper-text" data-error="Please enter Password"></span>
          </div>
          <div class="col s12 captcha-row">
            <img id="captcha_image" src="/captcha.svg?t=${Date.now()}" alt="captcha" width="150" height="50">
            <a href="#!" id="lnkRefreshCaptcha" class="btn-flat waves-effect captcha-refresh" title="Refresh">${icon('refresh')}</a>
          </div>
          <div class="input-field col s12">
            ${icon('security', 'prefix')}
            <input id="captcha" name="captcha" type="text" class="validate" maxlength="5" autocomplete="off" required>
            <label for="captcha">Enter Captcha</label>
            <span class="helper-text" data-error="Please enter the characters shown"></span>
          </div>
        </div>
        <div class="progress hide" id="login-progress"><div class="indeterminate"></div></div>
      </form>
    </div>
    <div class="modal-footer">
      <a href="#!" class="modal-close waves-effect waves-grey btn-flat">Cancel</a>
      <button type="submit" form="frmLogin" id="btnSubmitLogin" class="btn waves-effect waves-light blue darken-3">Login</button>
    </div>
  </div>
${foot()}`;
}

function loginOtpPage(session: Session): string {
  return `${head('Verify OTP', session.csrf)}
<body data-page="login-otp">
  <header>
    <nav class="blue darken-4" role="navigation">
      <div class="nav-wrapper container">
        <a href="/" class="brand-logo"><span class="logo-mark">e</span>e-Invoice System</a>
        <ul class="right hide-on-med-and-down">
          <li><a href="/logout">Cancel</a></li>
        </ul>
      </div>
    </nav>
  </header>
  <main class="otp-main">
    <div class="container">
      <div class="row">
        <div class="col s12 m8 offset-m2 l6 offset-l3">
          <div class="card otp-card">
            <div class="progress hide" id="otp-progress"><div class="indeterminate"></div></div>
            <div class="card-content">
              <span class="card-title">Two Factor Authentication</span>
              <p class="grey-text text-darken-1">${icon('phone_android', 'left')}An OTP has been sent to your registered mobile number XXXXXX7310. You may also use the OTP shown in the Sandes app or the NIC-GST-Shield app.</p>
              <div class="row otp-row">
                <div class="input-field col s12">
                  <input id="txtOtp" name="otp" type="text" class="validate" maxlength="6" inputmode="numeric" autocomplete="one-time-code">
                  <label for="txtOtp">Enter OTP</label>
                  <span class="helper-text" data-error="Please enter the 6 digit OTP"></span>
                </div>
              </div>
            </div>
            <div class="card-action">
              <button type="button" id="btnVerifyOTP" class="btn waves-effect waves-light blue darken-3">Verify OTP</button>
              <a href="#!" id="lnkResendOtp" class="resend-link disabled" data-wait="30">Resend OTP (30s)</a>
            </div>
          </div>
        </div>
      </div>
    </div>
  </main>
${foot()}`;
}

function notFoundPage(path: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Error</title>
</head>
<body>
<pre>Cannot GET ${esc(path)}</pre>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------------
// Signed-in layout: top nav, fixed sidenav with collapsible groups

type MenuNode =
  | { label: string; icon?: string; href: string }
  | { label: string; icon?: string; children: MenuNode[] };

const CREATE_API_USER = '/api-registration/user-credentials/create-api-user';

const MENU: MenuNode[] = [
  { label: 'Dash Board', icon: 'dashboard', href: '/dashboard' },
  {
    label: 'e-Invoice',
    icon: 'receipt',
    children: [
      { label: 'Generate', href: '/p/e-invoice-generate' },
      { label: 'Bulk Upload', href: '/p/e-invoice-bulk-upload' },
      { label: 'Cancel', href: '/p/e-invoice-cancel' },
      { label: 'Print', href: '/p/e-invoice-print' },
    ],
  },
  {
    label: 'API Registration',
    icon: 'vpn_key',
    children: [
      {
        label: 'User Credentials',
        children: [
          { label: 'Create API User', href: CREATE_API_USER },
          { label: 'View API Users', href: '/p/api-registration-view-api-users' },
        ],
      },
      { label: 'IP Whitelisting', href: '/p/api-registration-ip-whitelisting' },
      { label: 'Freeze API User', href: '/p/api-registration-freeze-api-user' },
      { label: 'Change API Password', href: '/p/api-registration-change-api-password' },
    ],
  },
  {
    label: 'MIS Reports',
    icon: 'assessment',
    children: [
      { label: 'IRN Details', href: '/p/mis-irn-details' },
      { label: 'Summary Report', href: '/p/mis-summary-report' },
      { label: 'Cancelled IRN Report', href: '/p/mis-cancelled-irn' },
    ],
  },
  {
    label: 'User Management',
    icon: 'people',
    children: [
      { label: 'Create Sub-User', href: '/p/user-management-create-sub-user' },
      { label: 'Freeze Sub-User', href: '/p/user-management-freeze-sub-user' },
      { label: 'Update Profile', href: '/p/user-management-update-profile' },
    ],
  },
];

const MENU_LEAVES: { label: string; href: string }[] = [];
(function collect(nodes: MenuNode[]) {
  for (const node of nodes) {
    if ('href' in node) MENU_LEAVES.push({ label: node.label, href: node.href });
    else collect(node.children);
  }
})(MENU);

function holds(node: MenuNode, path: string): boolean {
  return 'href' in node ? node.href === path : node.children.some((child) => holds(child, path));
}

/** One level of a collapsible accordion (groups) or of plain links, as Materialize nests them. */
function menuItems(nodes: MenuNode[], path: string): string {
  let out = '';
  let plain = '';
  const flushPlain = () => {
    if (plain) out += `<ul>${plain}</ul>`;
    plain = '';
  };
  let groups = '';
  const flushGroups = () => {
    if (groups) out += `<ul class="collapsible collapsible-accordion">${groups}</ul>`;
    groups = '';
  };
  for (const node of nodes) {
    if ('href' in node) {
      flushGroups();
      const active = node.href === path ? ' class="active"' : '';
      plain += `<li${active}><a class="waves-effect" href="${node.href}">${node.icon ? icon(node.icon) : ''}${esc(node.label)}</a></li>`;
    } else {
      flushPlain();
      const open = holds(node, path);
      groups += `<li${open ? ' class="active"' : ''}>
          <a class="collapsible-header waves-effect" tabindex="0">${node.icon ? icon(node.icon) : ''}${esc(node.label)}${icon('arrow_drop_down', 'right')}</a>
          <div class="collapsible-body"${open ? ' style="display: block;"' : ''}>${menuItems(node.children, path)}</div>
        </li>`;
    }
  }
  flushPlain();
  flushGroups();
  return out;
}

function sidenav(ctx: Ctx, path: string): string {
  let items = '';
  let run: MenuNode[] = [];
  const flush = () => {
    if (run.length) items += `<li class="no-padding">${menuItems(run, path)}</li>`;
    run = [];
  };
  for (const node of MENU) {
    if ('href' in node) {
      flush();
      const active = node.href === path ? ' class="active"' : '';
      items += `<li${active}><a class="waves-effect" href="${node.href}">${node.icon ? icon(node.icon) : ''}${esc(node.label)}</a></li>`;
    } else {
      run.push(node);
    }
  }
  flush();
  return `<ul id="slide-out" class="sidenav sidenav-fixed">
      <li><div class="user-view">
        <div class="background blue darken-3"></div>
        <span class="user-avatar white blue-text text-darken-3">FH</span>
        <span class="white-text name">M/S FURNISH HOMES PRIVATE LIMITED</span>
        <span class="white-text email">GSTIN: ${esc(ctx.state.gstin)}</span>
      </div></li>
      <li><a class="subheader">Menu</a></li>
      ${items}
      <li><div class="divider"></div></li>
      <li><a class="waves-effect" href="/logout">${icon('exit_to_app')}Logout</a></li>
    </ul>`;
}

function appPage(
  ctx: Ctx,
  session: Session,
  view: { title: string; page: string; path: string; body: string; crumbs: string[] },
): string {
  const crumbs = view.crumbs
    .map((crumb, i) =>
      i === 0
        ? `<a href="/dashboard" class="breadcrumb">${esc(crumb)}</a>`
        : `<a href="#!" class="breadcrumb">${esc(crumb)}</a>`,
    )
    .join('');
  return `${head(view.title, session.csrf)}
<body data-page="${view.page}" class="signed-in">
  <header>
    <nav class="blue darken-4 top-nav">
      <div class="nav-wrapper">
        <a href="#" data-target="slide-out" class="sidenav-trigger hide-on-large-only">${icon('menu')}</a>
        <a href="/dashboard" class="brand-logo"><span class="logo-mark">e</span>e-Invoice System</a>
        <ul class="right hide-on-med-and-down">
          <li><span class="nav-gstin">GSTIN: ${esc(ctx.state.gstin)}</span></li>
          <li><a class="dropdown-trigger" href="#!" data-target="dd-user">${esc(session.username)}${icon('arrow_drop_down', 'right')}</a></li>
        </ul>
      </div>
    </nav>
    <ul id="dd-user" class="dropdown-content">
      <li><a href="/p/user-management-update-profile">Profile</a></li>
      <li><a href="/p/api-registration-change-api-password">Change Password</a></li>
      <li class="divider" tabindex="-1"></li>
      <li><a href="/logout">Logout</a></li>
    </ul>
    ${sidenav(ctx, view.path)}
  </header>
  <main>
    <div class="container wide">
      <nav class="crumbs transparent z-depth-0">
        <div class="nav-wrapper">
          <div class="col s12">${crumbs}</div>
        </div>
      </nav>
      ${view.body}
    </div>
  </main>
${foot()}`;
}

function placeholderPage(ctx: Ctx, session: Session, leaf: { label: string; href: string }): string {
  return appPage(ctx, session, {
    title: leaf.label,
    page: 'placeholder',
    path: leaf.href,
    crumbs: ['Home', leaf.label],
    body: `<h4 class="page-title">${esc(leaf.label)}</h4>
      <div class="card"><div class="card-content">
        <p class="grey-text text-darken-1">No records found.</p>
      </div></div>`,
  });
}

// ---------------------------------------------------------------------------------------------------
// Dashboard (with the post-login modals) and Create API User

function dashboardPage(ctx: Ctx, session: Session): string {
  const notices = session.showNotices;
  session.showNotices = false;
  const card = (title: string, value: string, color: string, note: string) => `
        <div class="col s12 m6 l3">
          <div class="card ${color}">
            <div class="card-content white-text">
              <span class="card-title">${title}</span>
              <p class="stat">${value}</p>
              <p class="stat-note">${note}</p>
            </div>
          </div>
        </div>`;
  const modals = notices
    ? `
  <div id="modal-notice" class="modal notice-modal">
    <div class="modal-content">
      <h4>Important Notice</h4>
      <p>Dear Taxpayer,</p>
      <ul class="browser-default">
        <li>Two-factor authentication (OTP on the registered mobile, Sandes app or NIC-GST-Shield app) is mandatory for login from 1st April 2025.</li>
        <li>Taxpayers with AATO of 10 crores and above cannot report invoices older than 30 days to the IRP.</li>
        <li>Keep the contact details of your technical person up to date for API related communication.</li>
      </ul>
    </div>
    <div class="modal-footer">
      <a href="#!" class="modal-close waves-effect waves-green btn-flat">Close</a>
    </div>
  </div>
  <div id="modal-tech-contact" class="modal">
    <div class="modal-content">
      <h4>Contacts of Technical Person</h4>
      <p class="grey-text text-darken-1">Please verify the details of the technical person who handles the e-invoice integration for this GSTIN.</p>
      <div class="row">
        <div class="input-field col s12 m4">
          <input id="tpName" type="text" value="Rakesh Kulkarni">
          <label for="tpName" class="active">Name</label>
        </div>
        <div class="input-field col s12 m4">
          <input id="tpMobile" type="text" value="98XXXXXX10" maxlength="10">
          <label for="tpMobile" class="active">Mobile Number</label>
        </div>
        <div class="input-field col s12 m4">
          <input id="tpEmail" type="email" value="it.support@furnishhomes.example">
          <label for="tpEmail" class="active">E-mail Id</label>
        </div>
      </div>
    </div>
    <div class="modal-footer">
      <a href="#!" id="btnUpdateContact" class="waves-effect waves-light btn blue darken-3">Update</a>
      <a href="#!" class="modal-close waves-effect waves-red btn-flat">Exit</a>
    </div>
  </div>`
    : '';
  return appPage(ctx, session, {
    title: 'Dash Board',
    page: 'dashboard',
    path: '/dashboard',
    crumbs: ['Home', 'Dash Board'],
    body: `<h4 class="page-title">Dash Board</h4>
      <div class="row">
        ${card('Generations', '1,284', 'blue darken-2', 'IRNs generated this month')}
        ${card('Cancelled', '17', 'red darken-1', 'IRNs cancelled this month')}
        ${card('Bulk Uploads', '42', 'teal darken-1', 'Files uploaded this month')}
        ${card('API Calls', '9,310', 'deep-purple darken-1', 'Through GSP/ERP this month')}
      </div>
      <div class="row">
        <div class="col s12 l6">
          <div class="card">
            <div class="card-content">
              <span class="card-title">Recent e-Invoices</span>
              <table class="striped highlight">
                <thead><tr><th>Doc No.</th><th>Doc Date</th><th>IRN Status</th></tr></thead>
                <tbody>
                  <tr><td>FH/20-21/0931</td><td>14/01/2021</td><td>Generated</td></tr>
                  <tr><td>FH/20-21/0930</td><td>14/01/2021</td><td>Generated</td></tr>
                  <tr><td>FH/20-21/0927</td><td>13/01/2021</td><td>Cancelled</td></tr>
                </tbody>
              </table>
            </div>
          </div>
        </div>
        <div class="col s12 l6">
          <div class="card">
            <div class="card-content">
              <span class="card-title">Announcements</span>
              <ul class="collection">
                <li class="collection-item">API users are created per GSTIN under API Registration.</li>
                <li class="collection-item">A separate API user can be created for each GSP.</li>
              </ul>
            </div>
          </div>
        </div>
      </div>${modals}`,
  });
}

function createApiUserPage(ctx: Ctx, session: Session): string {
  const options = GSPS.map((gsp) => `<option value="${gsp.id}">${esc(gsp.name)}</option>`).join(
    '\n                ',
  );
  const radio = (value: string, label: string) =>
    `<label class="reg-option"><input name="regType" type="radio" class="with-gap" value="${value}"><span>${label}</span></label>`;
  return appPage(ctx, session, {
    title: 'Create API User',
    page: 'create-api-user',
    path: CREATE_API_USER,
    crumbs: ['Home', 'API Registration', 'User Credentials', 'Create API User'],
    body: `<h4 class="page-title">Create API User</h4>
      <div class="card" id="card-otp">
        <div class="progress" id="otp-progress"><div class="indeterminate"></div></div>
        <div class="card-content">
          <span class="card-title">API Registration</span>
          <p id="otp-info" class="grey-text text-darken-1">${icon('phone_android', 'left')}<span id="otp-info-text">Sending OTP to your registered mobile number...</span></p>
          <div class="row otp-row">
            <div class="input-field col s12 m6 l4">
              <input id="apiOtp" name="otp" type="text" class="validate" maxlength="6" inputmode="numeric" autocomplete="one-time-code" disabled>
              <label for="apiOtp">Enter OTP</label>
              <span class="helper-text" data-error="Please enter the 6 digit OTP"></span>
            </div>
            <div class="col s12 m6 l8 otp-actions">
              <button type="button" id="btnVerifyApiOtp" class="btn waves-effect waves-light blue darken-3" disabled>Verify OTP</button>
              <a href="#!" id="lnkResendApiOtp" class="resend-link disabled">Resend OTP</a>
            </div>
          </div>
        </div>
      </div>

      <div class="card hide" id="card-register">
        <div class="progress hide" id="reg-progress"><div class="indeterminate"></div></div>
        <div class="card-content">
          <span class="card-title">API Registration</span>
          <form id="frmCreateApiUser" autocomplete="off" novalidate>
            <p class="reg-question">Do you wish to Register your GSTIN for</p>
            <p class="reg-options">
              ${radio('DIRECT', 'Directly')}
              ${radio('GSP', 'Through GSP')}
              ${radio('ERP', 'Through ERP')}
              ${radio('OTHER', 'Through Client-Id of other')}
            </p>
            <div id="sec-not-enabled" class="card-panel blue lighten-5 blue-text text-darken-4 hide">${icon('info_outline', 'left')}<span id="not-enabled-text"></span></div>
            <div id="sec-gsp" class="hide">
              <div class="row">
                <div class="input-field col s12 m8">
                  <select id="gspId" name="gspId">
                <option value="" disabled selected>Choose your GSP</option>
                ${options}
                  </select>
                  <label>Select your GSP</label>
                </div>
              </div>
              <div class="row">
                <div class="input-field col s12 m6 api-user-field">
                  <span class="prefix api-prefix">API_</span>
                  <input id="apiUserName" name="userName" type="text" class="validate" maxlength="20" autocomplete="off">
                  <label for="apiUserName">Username</label>
                  <span class="helper-text" data-error="4 to 20 letters, digits or underscore" data-success="">4 to 20 letters, digits or underscore</span>
                </div>
              </div>
              <div class="row">
                <div class="input-field col s12 m6">
                  <input id="apiPassword" name="password" type="password" class="validate" maxlength="15" autocomplete="new-password">
                  <label for="apiPassword">Password</label>
                  <span class="helper-text" data-error="8 to 15 characters with upper case, lower case, digit and special character" data-success="">8 to 15 characters with upper case, lower case, digit and special character</span>
                </div>
                <div class="input-field col s12 m6">
                  <input id="apiConfirmPassword" name="confirmPassword" type="password" class="validate" maxlength="15" autocomplete="new-password">
                  <label for="apiConfirmPassword">Re-enter Password</label>
                  <span class="helper-text" data-error="Passwords do not match" data-success=""></span>
                </div>
              </div>
            </div>
            <div id="reg-error" class="card-panel red lighten-4 red-text text-darken-4 hide"></div>
            <div class="form-actions">
              <button type="submit" id="btnSubmitApiUser" class="btn waves-effect waves-light blue darken-3" disabled>Submit${icon('send', 'right')}</button>
              <a href="/dashboard" id="btnExit" class="btn waves-effect waves-light grey lighten-1 black-text">Exit</a>
            </div>
          </form>
          <div id="reg-success" class="card-panel green lighten-4 green-text text-darken-4 hide"></div>
        </div>
      </div>

      <div class="card hide" id="card-registered">
        <div class="card-content">
          <span class="card-title">GSPs registered for GSTIN ${esc(ctx.state.gstin)}</span>
          <table class="striped highlight responsive-table">
            <thead><tr><th>Sl. No.</th><th>GSP Name</th><th>API Username</th><th>Created On</th><th>Status</th></tr></thead>
            <tbody id="tbl-registered"><tr><td colspan="5" class="center grey-text">No API users are registered for this GSTIN.</td></tr></tbody>
          </table>
        </div>
      </div>

      <div id="modal-confirm" class="modal confirm-modal">
        <div class="modal-content">
          <h5>Confirmation</h5>
          <p id="confirm-text">Do you want to submit the details to create the API user?</p>
        </div>
        <div class="modal-footer">
          <a href="#!" id="btnConfirmNo" class="modal-close waves-effect waves-red btn-flat">NO</a>
          <a href="#!" id="btnConfirmYes" class="waves-effect waves-green btn-flat">YES</a>
        </div>
      </div>`,
  });
}

const PAGES: Record<string, (ctx: Ctx, session: Session) => string> = {
  '/dashboard': dashboardPage,
  [CREATE_API_USER]: createApiUserPage,
};

// ---------------------------------------------------------------------------------------------------
// materialize.min.css (v1.0.0), the parts this site uses, rewritten by hand

const MATERIALIZE_CSS = `/*!
 * Materialize v1.0.0 (http://materializecss.com)
 * Copyright 2014-2017 Materialize
 * MIT License (https://raw.githubusercontent.com/Dogfalo/materialize/master/LICENSE)
 */
.materialize-red{background-color:#e51c23 !important}
.red{background-color:#F44336 !important}.red-text{color:#F44336 !important}
.red.lighten-4{background-color:#ffcdd2 !important}.red.darken-1{background-color:#e53935 !important}
.red-text.text-darken-4{color:#b71c1c !important}
.blue{background-color:#2196F3 !important}.blue-text{color:#2196F3 !important}
.blue.lighten-5{background-color:#e3f2fd !important}.blue.darken-2{background-color:#1976D2 !important}
.blue.darken-3{background-color:#1565C0 !important}.blue.darken-4{background-color:#0D47A1 !important}
.blue-text.text-darken-3{color:#1565C0 !important}.blue-text.text-darken-4{color:#0D47A1 !important}
.deep-purple.darken-1{background-color:#5e35b1 !important}
.teal{background-color:#009688 !important}.teal.darken-1{background-color:#00897b !important}
.green{background-color:#4CAF50 !important}.green.lighten-4{background-color:#C8E6C9 !important}
.green.darken-1{background-color:#43A047 !important}.green-text.text-darken-4{color:#1B5E20 !important}
.orange.lighten-4{background-color:#FFE0B2 !important}.orange.darken-2{background-color:#F57C00 !important}
.orange-text.text-darken-4{color:#E65100 !important}
.blue-grey.darken-4{background-color:#263238 !important}
.grey{background-color:#9e9e9e !important}.grey-text{color:#9e9e9e !important}
.grey.lighten-1{background-color:#bdbdbd !important}.grey-text.text-darken-1{color:#757575 !important}
.grey-text.text-lighten-3{color:#eeeeee !important}.grey-text.text-lighten-4{color:#f5f5f5 !important}
.black-text{color:#000 !important}.white{background-color:#fff !important}.white-text{color:#fff !important}
.transparent{background-color:transparent !important}
html{line-height:1.5;-webkit-text-size-adjust:100%;box-sizing:border-box;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Oxygen-Sans,Ubuntu,Cantarell,"Helvetica Neue",sans-serif;font-weight:normal;color:rgba(0,0,0,0.87)}
*,*:before,*:after{box-sizing:inherit}
body{margin:0}main{display:block}
button,input,optgroup,select,textarea{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Oxygen-Sans,Ubuntu,Cantarell,"Helvetica Neue",sans-serif;font-size:100%;line-height:1.15;margin:0}
button,input{overflow:visible}button,select{text-transform:none}
a{color:#039be5;text-decoration:none;-webkit-tap-highlight-color:transparent;background-color:transparent}
ul:not(.browser-default){padding-left:0;list-style-type:none}
ul:not(.browser-default)>li{list-style-type:none}
h1,h2,h3,h4,h5,h6{font-weight:400;line-height:1.3}
h1{font-size:4.2rem;line-height:110%;margin:2.8rem 0 1.68rem 0}
h2{font-size:3.56rem;line-height:110%;margin:2.3733333333rem 0 1.424rem 0}
h4{font-size:2.28rem;line-height:110%;margin:1.52rem 0 .912rem 0}
h5{font-size:1.64rem;line-height:110%;margin:1.0933333333rem 0 .656rem 0}
.light{font-weight:300}
.hide{display:none !important}
.left-align{text-align:left}.center,.center-align{text-align:center}
.left{float:left !important}.right{float:right !important}
.no-padding{padding:0 !important}
@media only screen and (max-width:992px){.hide-on-med-and-down{display:none !important}}
@media only screen and (min-width:993px){.hide-on-large-only{display:none !important}}
.z-depth-0{box-shadow:none !important}
.z-depth-1,nav,.card-panel,.card,.toast,.btn,.btn-large,.btn-small,.dropdown-content,.collapsible,.sidenav{box-shadow:0 2px 2px 0 rgba(0,0,0,0.14),0 3px 1px -2px rgba(0,0,0,0.12),0 1px 5px 0 rgba(0,0,0,0.2)}
.btn:hover,.btn-large:hover,.btn-small:hover{box-shadow:0 3px 3px 0 rgba(0,0,0,0.14),0 1px 7px 0 rgba(0,0,0,0.12),0 3px 1px -1px rgba(0,0,0,0.2)}
.modal{box-shadow:0 16px 24px 2px rgba(0,0,0,0.14),0 6px 30px 5px rgba(0,0,0,0.12),0 8px 10px -7px rgba(0,0,0,0.2)}
.divider{height:1px;overflow:hidden;background-color:#e0e0e0}
.container{margin:0 auto;max-width:1280px;width:90%}
@media only screen and (min-width:601px){.container{width:85%}}
@media only screen and (min-width:993px){.container{width:70%}}
.section{padding-top:1rem;padding-bottom:1rem}.section.no-pad-bot{padding-bottom:0}
.row{margin-left:auto;margin-right:auto;margin-bottom:20px}
.row:after{content:"";display:table;clear:both}
.row .col{float:left;box-sizing:border-box;padding:0 .75rem;min-height:1px}
.row .col.s12{width:100%;margin-left:auto;left:auto;right:auto}
@media only screen and (min-width:601px){.row .col.m4{width:33.3333333333%;margin-left:auto;left:auto;right:auto}.row .col.m6{width:50%;margin-left:auto;left:auto;right:auto}.row .col.m8{width:66.6666666667%;margin-left:auto;left:auto;right:auto}.row .col.offset-m2{margin-left:16.6666666667%}}
@media only screen and (min-width:993px){.row .col.l3{width:25%;margin-left:auto;left:auto;right:auto}.row .col.l4{width:33.3333333333%;margin-left:auto;left:auto;right:auto}.row .col.l6{width:50%;margin-left:auto;left:auto;right:auto}.row .col.l8{width:66.6666666667%;margin-left:auto;left:auto;right:auto}.row .col.offset-l2{margin-left:16.6666666667%}.row .col.offset-l3{margin-left:25%}}
nav{color:#fff;background-color:#ee6e73;width:100%;height:56px;line-height:56px}
nav a{color:#fff}
nav i,nav i.material-icons{display:block;font-size:24px;height:56px;line-height:56px}
nav .nav-wrapper{position:relative;height:100%}
@media only screen and (min-width:993px){nav a.sidenav-trigger{display:none}}
nav .sidenav-trigger{float:left;position:relative;z-index:1;height:56px;margin:0 18px}
nav .brand-logo{position:absolute;color:#fff;display:inline-block;font-size:2.1rem;padding:0}
nav ul{margin:0}
nav ul li{transition:background-color .3s;float:left;padding:0}
nav ul li.active{background-color:rgba(0,0,0,0.1)}
nav ul a{transition:background-color .3s;font-size:1rem;color:#fff;display:block;padding:0 15px;cursor:pointer}
nav ul a.btn,nav ul a.btn-large,nav ul a.btn-flat{margin-top:-2px;margin-left:15px;margin-right:15px;display:inline-block}
nav ul a.btn>.material-icons{height:inherit;line-height:inherit}
nav ul a:hover{background-color:rgba(0,0,0,0.1)}
@media only screen and (min-width:601px){nav,nav .nav-wrapper i,nav a.sidenav-trigger,nav a.sidenav-trigger i{height:64px;line-height:64px}}
.breadcrumb{font-size:18px;color:rgba(255,255,255,0.7)}
.breadcrumb:before{content:'\\203A';color:rgba(255,255,255,0.7);vertical-align:top;display:inline-block;font-weight:normal;font-style:normal;font-size:25px;margin:0 10px 0 8px}
.breadcrumb:first-child:before{display:none}
.breadcrumb:last-child{color:#fff}
.btn,.btn-large,.btn-small,.btn-flat{border:none;border-radius:2px;display:inline-block;height:36px;line-height:36px;padding:0 16px;text-transform:uppercase;vertical-align:middle;-webkit-tap-highlight-color:transparent}
.btn.disabled,.btn-large.disabled,.btn-flat.disabled,.btn:disabled,.btn-large:disabled,.btn-flat:disabled,.btn[disabled],.btn-flat[disabled]{pointer-events:none;background-color:#DFDFDF !important;box-shadow:none;color:#9F9F9F !important;cursor:default}
.btn-flat:disabled,.btn-flat[disabled],.btn-flat.disabled{background-color:transparent !important;color:#b3b2b2 !important}
.btn,.btn-large,.btn-small,.btn-flat{font-size:14px;outline:0}
.btn i,.btn-large i,.btn-small i,.btn-flat i{font-size:1.3rem;line-height:inherit}
.btn:focus,.btn-large:focus,.btn-small:focus{background-color:#1d7d74}
.btn,.btn-large,.btn-small{text-decoration:none;color:#fff;background-color:#26a69a;text-align:center;letter-spacing:.5px;transition:background-color .2s ease-out;cursor:pointer}
.btn:hover,.btn-large:hover,.btn-small:hover{background-color:#2bbbad}
.btn-flat{box-shadow:none;background-color:transparent;color:#343434;cursor:pointer;transition:background-color .2s}
.btn-flat:focus,.btn-flat:hover{box-shadow:none}.btn-flat:focus{background-color:rgba(0,0,0,0.1)}
.btn-large{height:54px;line-height:54px;font-size:15px;padding:0 28px}
i.left{float:left;margin-right:15px}i.right{float:right;margin-left:15px}
.btn i.left,.btn i.right{margin:0}.btn i.right{margin-left:10px}
.material-icons{font-family:'Material Icons';font-weight:normal;font-style:normal;font-size:24px;line-height:1;letter-spacing:normal;text-transform:none;display:inline-block;white-space:nowrap;word-wrap:normal;direction:ltr;-webkit-font-feature-settings:'liga';-webkit-font-smoothing:antialiased}
.card-panel{transition:box-shadow .25s;padding:24px;margin:.5rem 0 1rem 0;border-radius:2px;background-color:#fff}
.card{position:relative;margin:.5rem 0 1rem 0;background-color:#fff;transition:box-shadow .25s;border-radius:2px}
.card .card-title{font-size:24px;font-weight:300}
.card .card-content{padding:24px;border-radius:0 0 2px 2px}
.card .card-content p{margin:0}
.card .card-content .card-title{display:block;line-height:32px;margin-bottom:8px}
.card .card-action{background-color:inherit;border-top:1px solid rgba(160,160,160,0.2);position:relative;padding:16px 24px}
.card .card-action a:not(.btn):not(.btn-large):not(.btn-small):not(.btn-floating){color:#ffab40;margin-right:24px;transition:color .3s ease;text-transform:uppercase}
.card .card-action a:not(.btn):not(.btn-large):not(.btn-small):not(.btn-floating):hover{color:#ffd8a6}
.collection{margin:.5rem 0 1rem 0;border:1px solid #e0e0e0;border-radius:2px;overflow:hidden;position:relative}
.collection .collection-item{background-color:#fff;line-height:1.5rem;padding:10px 20px;margin:0;border-bottom:1px solid #e0e0e0}
.collection .collection-item:last-child{border-bottom:none}
table,th,td{border:none}
table{width:100%;display:table;border-collapse:collapse;border-spacing:0}
table.striped tr{border-bottom:none}
table.striped>tbody>tr:nth-child(odd){background-color:rgba(242,242,242,0.5)}
table.striped>tbody>tr>td{border-radius:0}
table.highlight>tbody>tr{transition:background-color .25s ease}
table.highlight>tbody>tr:hover{background-color:rgba(242,242,242,0.5)}
thead{color:rgba(0,0,0,0.6)}
tr{border-bottom:1px solid rgba(0,0,0,0.12)}
td,th{padding:15px 5px;display:table-cell;text-align:left;vertical-align:middle;border-radius:2px}
#toast-container{display:block;position:fixed;z-index:10000}
@media only screen and (max-width:600px){#toast-container{min-width:100%;bottom:0%}}
@media only screen and (min-width:601px) and (max-width:992px){#toast-container{left:5%;bottom:7%;max-width:90%}}
@media only screen and (min-width:993px){#toast-container{top:10%;right:7%;max-width:86%}}
.toast{border-radius:2px;top:35px;width:auto;margin-top:10px;position:relative;max-width:100%;height:auto;min-height:48px;line-height:1.5em;background-color:#323232;padding:10px 25px;font-size:1.1rem;font-weight:300;color:#fff;display:flex;align-items:center;justify-content:space-between;cursor:default}
.toast.rounded{border-radius:24px}
.dropdown-content{background-color:#fff;margin:0;display:none;min-width:100px;overflow-y:auto;opacity:0;position:absolute;left:0;top:0;z-index:9999;transform-origin:0 0}
.dropdown-content:focus{outline:0}
.dropdown-content li{clear:both;color:rgba(0,0,0,0.87);cursor:pointer;min-height:50px;line-height:1.5rem;width:100%;text-align:left}
.dropdown-content li:hover,.dropdown-content li.active{background-color:#eee}
.dropdown-content li:focus{outline:none}
.dropdown-content li.divider{min-height:0;height:1px}
.dropdown-content li>a,.dropdown-content li>span{font-size:16px;color:#26a69a;display:block;line-height:22px;padding:14px 16px}
.dropdown-trigger{cursor:pointer}
.modal{display:none;position:fixed;left:0;right:0;background-color:#fafafa;padding:0;max-height:70%;width:55%;margin:auto;overflow-y:auto;border-radius:2px;will-change:top,opacity}
.modal:focus{outline:none}
@media only screen and (max-width:992px){.modal{width:80%}}
.modal h1,.modal h2,.modal h3,.modal h4{margin-top:0}
.modal .modal-content{padding:24px}
.modal .modal-close{cursor:pointer}
.modal .modal-footer{border-radius:0 0 2px 2px;background-color:#fafafa;padding:4px 6px;height:56px;width:100%;text-align:right}
.modal .modal-footer .btn,.modal .modal-footer .btn-large,.modal .modal-footer .btn-flat{margin:6px 0}
.modal-overlay{position:fixed;z-index:999;top:-25%;left:0;bottom:0;right:0;height:125%;width:100%;background:#000;display:none;will-change:opacity}
.collapsible{border-top:1px solid #ddd;border-right:1px solid #ddd;border-left:1px solid #ddd;margin:.5rem 0 1rem 0}
.collapsible-header{display:flex;cursor:pointer;-webkit-tap-highlight-color:transparent;line-height:1.5;padding:1rem;background-color:#fff;border-bottom:1px solid #ddd}
.collapsible-header:focus{outline:0}
.collapsible-header i{width:2rem;font-size:1.6rem;display:inline-block;text-align:center;margin-right:1rem}
.keyboard-focused .collapsible-header:focus{background-color:#eee}
.collapsible-body{display:none;border-bottom:1px solid #ddd;box-sizing:border-box;padding:2rem}
.sidenav .collapsible,.sidenav.sidenav-fixed .collapsible{border:none;box-shadow:none}
.sidenav .collapsible li,.sidenav.sidenav-fixed .collapsible li{padding:0}
.sidenav .collapsible-header,.sidenav.sidenav-fixed .collapsible-header{background-color:transparent;border:none;line-height:inherit;height:inherit;padding:0 32px}
.sidenav .collapsible-header:hover,.sidenav.sidenav-fixed .collapsible-header:hover{background-color:rgba(0,0,0,0.05)}
.sidenav .collapsible-header i,.sidenav.sidenav-fixed .collapsible-header i{line-height:inherit}
.sidenav .collapsible-body,.sidenav.sidenav-fixed .collapsible-body{border:0;background-color:#fff}
.sidenav .collapsible-body li a,.sidenav.sidenav-fixed .collapsible-body li a{padding:0 23.5px 0 31px}
.sidenav{position:fixed;width:300px;left:0;top:0;margin:0;transform:translateX(-100%);height:100%;height:calc(100% + 60px);padding-bottom:60px;background-color:#fff;z-index:999;overflow-y:auto;will-change:transform;backface-visibility:hidden;transform:translateX(-105%)}
.sidenav .collapsible{margin:0}
.sidenav li{float:none;line-height:48px}
.sidenav li.active{background-color:rgba(0,0,0,0.05)}
.sidenav li>a{color:rgba(0,0,0,0.87);display:block;font-size:14px;font-weight:500;height:48px;line-height:48px;padding:0 32px}
.sidenav li>a:hover{background-color:rgba(0,0,0,0.05)}
.sidenav li>a>i,.sidenav li>a>i.material-icons{float:left;height:48px;line-height:48px;margin:0 32px 0 0;width:24px;color:rgba(0,0,0,0.54)}
.sidenav .divider{margin:8px 0 0 0}
.sidenav .subheader{cursor:initial;pointer-events:none;color:rgba(0,0,0,0.54);font-size:14px;font-weight:500;line-height:48px}
.sidenav .subheader:hover{background-color:transparent}
.sidenav .user-view{position:relative;padding:32px 32px 0;margin-bottom:8px}
.sidenav .user-view .background{overflow:hidden;position:absolute;top:0;right:0;bottom:0;left:0;z-index:-1}
.sidenav .user-view .name,.sidenav .user-view .email{display:block;font-size:14px;line-height:24px}
.sidenav .user-view .name{margin-top:16px;font-weight:500}
.sidenav .user-view .email{padding-bottom:16px;font-weight:400}
.sidenav.sidenav-fixed{left:0;transform:translateX(0);position:fixed}
@media only screen and (max-width:992px){.sidenav.sidenav-fixed{transform:translateX(-105%)}}
.sidenav .collapsible-body>ul:not(.collapsible)>li.active,.sidenav.sidenav-fixed .collapsible-body>ul:not(.collapsible)>li.active{background-color:#ee6e73}
.sidenav .collapsible-body>ul:not(.collapsible)>li.active a,.sidenav.sidenav-fixed .collapsible-body>ul:not(.collapsible)>li.active a{color:#fff}
.sidenav .collapsible-body{padding:0}
.sidenav-overlay{position:fixed;top:0;left:0;right:0;opacity:0;height:120vh;background-color:rgba(0,0,0,0.5);z-index:997;display:none}
.progress{position:relative;height:4px;display:block;width:100%;background-color:#acece6;border-radius:2px;margin:.5rem 0 1rem 0;overflow:hidden}
.progress .indeterminate{background-color:#26a69a}
.progress .indeterminate:before{content:'';position:absolute;background-color:inherit;top:0;left:0;bottom:0;will-change:left,right;animation:indeterminate 2.1s cubic-bezier(0.65,0.815,0.735,0.395) infinite}
.progress .indeterminate:after{content:'';position:absolute;background-color:inherit;top:0;left:0;bottom:0;will-change:left,right;animation:indeterminate-short 2.1s cubic-bezier(0.165,0.84,0.44,1) infinite;animation-delay:1.15s}
@keyframes indeterminate{0%{left:-35%;right:100%}60%{left:100%;right:-90%}100%{left:100%;right:-90%}}
@keyframes indeterminate-short{0%{left:-200%;right:100%}60%{left:107%;right:-8%}100%{left:107%;right:-8%}}
.waves-effect{position:relative;cursor:pointer;display:inline-block;overflow:hidden;user-select:none;-webkit-tap-highlight-color:transparent;vertical-align:middle;z-index:1;transition:.3s ease-out}
.waves-effect .waves-ripple{position:absolute;border-radius:50%;width:20px;height:20px;margin-top:-10px;margin-left:-10px;opacity:0;background:rgba(0,0,0,0.2);transition:all .7s ease-out;transition-property:transform,opacity;transform:scale(0);pointer-events:none}
.waves-effect.waves-light .waves-ripple{background:rgba(255,255,255,0.45)}
.waves-effect.waves-red .waves-ripple{background:rgba(244,67,54,0.7)}
.waves-effect.waves-green .waves-ripple{background:rgba(76,175,80,0.65)}
.waves-effect.waves-grey .waves-ripple{background:rgba(158,158,158,0.65)}
.sidenav .collapsible-header.waves-effect{display:flex}
::placeholder{color:#d1d1d1}
input:not([type]),input[type=text]:not(.browser-default),input[type=password]:not(.browser-default),input[type=email]:not(.browser-default),input[type=number]:not(.browser-default){background-color:transparent;border:none;border-bottom:1px solid #9e9e9e;border-radius:0;outline:none;height:3rem;width:100%;font-size:16px;margin:0 0 8px 0;padding:0;box-shadow:none;box-sizing:content-box;transition:box-shadow .3s,border .3s}
input[type=text]:not(.browser-default):disabled,input[type=text]:not(.browser-default)[readonly="readonly"],input[type=password]:not(.browser-default):disabled{color:rgba(0,0,0,0.42);border-bottom:1px dotted rgba(0,0,0,0.42)}
input[type=text]:not(.browser-default):disabled+label,input[type=password]:not(.browser-default):disabled+label{color:rgba(0,0,0,0.42)}
input[type=text]:not(.browser-default):focus:not([readonly]),input[type=password]:not(.browser-default):focus:not([readonly]),input[type=email]:not(.browser-default):focus:not([readonly]){border-bottom:1px solid #26a69a;box-shadow:0 1px 0 0 #26a69a}
input[type=text]:not(.browser-default):focus:not([readonly])+label,input[type=password]:not(.browser-default):focus:not([readonly])+label,input[type=email]:not(.browser-default):focus:not([readonly])+label{color:#26a69a}
input.valid[type=text]:not(.browser-default),input.valid[type=password]:not(.browser-default),input.valid[type=email]:not(.browser-default){border-bottom:1px solid #4CAF50;box-shadow:0 1px 0 0 #4CAF50}
input.invalid[type=text]:not(.browser-default),input.invalid[type=password]:not(.browser-default),input.invalid[type=email]:not(.browser-default){border-bottom:1px solid #F44336;box-shadow:0 1px 0 0 #F44336}
input.valid~.helper-text[data-success],input.invalid~.helper-text[data-error]{color:transparent;user-select:none;pointer-events:none}
input.valid~.helper-text:after{content:attr(data-success);color:#4CAF50}
input.invalid~.helper-text:after{content:attr(data-error);color:#F44336}
.input-field .helper-text{position:relative;min-height:18px;display:block;font-size:12px;color:rgba(0,0,0,0.54)}
.input-field .helper-text::after{opacity:1;position:absolute;top:0;left:0}
.input-field{position:relative;margin-top:1rem;margin-bottom:1rem}
.input-field.col label{left:.75rem}
.input-field>label{color:#9e9e9e;position:absolute;top:0;left:0;font-size:1rem;cursor:text;transition:transform .2s ease-out,color .2s ease-out;transform-origin:0% 100%;text-align:initial;transform:translateY(12px)}
.input-field>label:not(.label-icon).active{transform:translateY(-14px) scale(0.8);transform-origin:0 0}
.input-field>input[type]:-webkit-autofill:not(.browser-default)+label{transform:translateY(-14px) scale(0.8);transform-origin:0 0}
.input-field .prefix{position:absolute;width:3rem;font-size:2rem;transition:color .2s;top:.5rem}
.input-field .prefix.active{color:#26a69a}
.input-field .prefix~input,.input-field .prefix~label,.input-field .prefix~.validate~label,.input-field .prefix~.helper-text{margin-left:3rem;width:92%;width:calc(100% - 3rem)}
.input-field .prefix~label{margin-left:3rem}
[type="radio"]:not(:checked),[type="radio"]:checked{position:absolute;opacity:0;pointer-events:none}
[type="radio"]:not(:checked)+span,[type="radio"]:checked+span{position:relative;padding-left:35px;cursor:pointer;display:inline-block;height:25px;line-height:25px;font-size:1rem;transition:.28s ease;user-select:none}
[type="radio"]+span:before,[type="radio"]+span:after{content:'';position:absolute;left:0;top:0;margin:4px;width:16px;height:16px;z-index:0;transition:.28s ease}
[type="radio"]:not(:checked)+span:before,[type="radio"]:not(:checked)+span:after,[type="radio"]:checked+span:before,[type="radio"]:checked+span:after,[type="radio"].with-gap:checked+span:before,[type="radio"].with-gap:checked+span:after{border-radius:50%}
[type="radio"]:not(:checked)+span:before,[type="radio"]:not(:checked)+span:after{border:2px solid #5a5a5a}
[type="radio"]:not(:checked)+span:after{transform:scale(0)}
[type="radio"]:checked+span:before{border:2px solid transparent}
[type="radio"]:checked+span:after,[type="radio"].with-gap:checked+span:before,[type="radio"].with-gap:checked+span:after{border:2px solid #26a69a}
[type="radio"]:checked+span:after,[type="radio"].with-gap:checked+span:after{background-color:#26a69a}
[type="radio"]:checked+span:after{transform:scale(1.02)}
[type="radio"].with-gap:checked+span:after{transform:scale(0.5)}
[type="radio"].tabbed:focus+span:before{box-shadow:0 0 0 10px rgba(0,0,0,0.1)}
select{display:none}select.browser-default{display:block}
select{background-color:rgba(255,255,255,0.9);width:100%;padding:5px;border:1px solid #f2f2f2;border-radius:2px;height:3rem}
.select-wrapper{position:relative}
.select-wrapper input.select-dropdown{position:relative;cursor:pointer;background-color:transparent;border:none;border-bottom:1px solid #9e9e9e;outline:none;height:3rem;line-height:3rem;width:100%;font-size:16px;margin:0 0 8px 0;padding:0;display:block;user-select:none;z-index:1}
.select-wrapper input.select-dropdown:focus{border-bottom:1px solid #26a69a}
.select-wrapper .caret{position:absolute;right:0;top:0;bottom:0;margin:auto 0;z-index:0;fill:rgba(0,0,0,0.87)}
.select-wrapper+label{position:absolute;top:-26px;font-size:.8rem}
.select-dropdown li.disabled,.select-dropdown li.disabled>span,.select-dropdown li.optgroup{color:rgba(0,0,0,0.3);background-color:transparent}
.select-dropdown.dropdown-content li:hover{background-color:rgba(0,0,0,0.08)}
.select-dropdown.dropdown-content li.selected{background-color:rgba(0,0,0,0.03)}
.select-dropdown.dropdown-content li:focus{background-color:rgba(0,0,0,0.08)}
.select-dropdown.dropdown-content li.disabled:hover{background-color:transparent;cursor:default}
footer.page-footer{padding-top:20px;color:#fff;background-color:#ee6e73}
footer.page-footer .footer-copyright{overflow:hidden;min-height:50px;display:flex;align-items:center;justify-content:space-between;padding:10px 0;color:rgba(255,255,255,0.8);background-color:rgba(51,51,51,0.08)}
`;

/** The site's own style.css. */
const SITE_CSS = `/* e-Invoice System: site styles over Materialize */
body{display:flex;min-height:100vh;flex-direction:column;background:#f5f7fa}
main{flex:1 0 auto}
/* Material Icons fallback: the ligature stays in the DOM, a glyph is drawn in its place */
.material-icons{font-size:0 !important;width:24px;text-align:center;vertical-align:middle}
.material-icons::before{content:attr(data-glyph);font-size:20px;font-family:"DejaVu Sans","Segoe UI Symbol",sans-serif;font-style:normal}
h2 .material-icons::before{font-size:52px}h2 .material-icons{width:auto}
.logo-mark{display:inline-block;width:36px;height:36px;line-height:34px;margin:0 10px 0 0;border-radius:50%;background:#fff;color:#0D47A1;text-align:center;font-weight:700;font-size:24px;vertical-align:middle}
nav .brand-logo{font-size:1.6rem !important;font-weight:300}
body[data-page="home"] nav .brand-logo,body[data-page="login-otp"] nav .brand-logo{left:0}
.hero{padding-top:40px;padding-bottom:30px}
.hero h1{margin-top:0.6rem}
.icon-block{padding:0 15px}
.icon-block .material-icons{font-size:inherit}
.login-modal{width:460px;max-height:90%;top:10%}
.login-modal h4{font-weight:300}
.login-modal .modal-content{padding-bottom:0}
.login-modal .card-panel{padding:12px 16px;margin:0 0 8px 0;font-size:.95rem;line-height:24px}
.login-modal .input-field{margin-top:.6rem;margin-bottom:.3rem}
.captcha-row{display:flex;align-items:center;padding-left:calc(3rem + .75rem) !important;margin-top:6px}
.captcha-row img{border:1px solid #cfd8dc;border-radius:2px}
.captcha-row .captcha-refresh{margin-left:8px;padding:0 10px}
.card-panel .material-icons.left{margin-right:10px}
.otp-main{padding-top:60px}
.otp-card .card-title{font-weight:400}
.otp-card .card-content p{line-height:1.6}
.resend-link{margin-left:16px}
.card .card-action a.resend-link.disabled,a.resend-link.disabled{color:#9e9e9e !important;pointer-events:none}
.otp-actions{padding-top:1.6rem !important}
.card .progress{margin:0;position:absolute;top:0;left:0;right:0;border-radius:2px 2px 0 0}
.signed-in header,.signed-in main,.signed-in footer{padding-left:0}
@media only screen and (min-width:993px){.signed-in header,.signed-in main,.signed-in footer{padding-left:300px}}
.signed-in nav.top-nav .brand-logo{left:24px}
@media only screen and (max-width:992px){.signed-in nav.top-nav .brand-logo{left:50%;transform:translateX(-50%)}}
.nav-gstin{padding:0 15px;font-size:.95rem;opacity:.85}
.container.wide{width:92%;max-width:none}
nav.crumbs{height:44px;line-height:44px;box-shadow:none}
nav.crumbs .breadcrumb{font-size:14px;color:rgba(0,0,0,0.54)}
nav.crumbs .breadcrumb:before{color:rgba(0,0,0,0.4);font-size:20px}
nav.crumbs .breadcrumb:last-child{color:rgba(0,0,0,0.87)}
.page-title{margin:.4rem 0 1rem 0;font-weight:300;font-size:2rem}
.stat{font-size:2.2rem;font-weight:300;line-height:1.2}
.stat-note{opacity:.8;font-size:.9rem}
.sidenav .user-view{min-height:150px}
.sidenav .user-view .user-avatar{display:block;width:56px;height:56px;border-radius:50%;line-height:56px;text-align:center;font-weight:700;font-size:20px}
.sidenav .user-view .name{line-height:20px}
.sidenav .collapsible-body .collapsible .collapsible-header{padding-left:31px;font-weight:500;font-size:14px}
.sidenav .collapsible-body .collapsible .collapsible-body li a{padding-left:48px}
.sidenav .collapsible-body>ul:not(.collapsible)>li.active,.sidenav.sidenav-fixed .collapsible-body>ul:not(.collapsible)>li.active{background-color:#1565C0}
.sidenav .collapsible-header .material-icons.right{margin-left:auto;margin-right:0}
.sidenav li.active>a.collapsible-header{background-color:rgba(0,0,0,0.04)}
.reg-question{font-size:1.05rem;margin:0 0 10px 0 !important;color:rgba(0,0,0,0.7)}
.reg-options{margin:0 0 18px 0 !important}
.reg-option{margin-right:28px;display:inline-block}
.reg-option span{color:rgba(0,0,0,0.87)}
.api-user-field .api-prefix{font-size:16px;line-height:3rem;top:0;color:rgba(0,0,0,0.7);font-weight:500;width:3rem}
.form-actions{margin-top:10px}
.form-actions .btn{margin-right:12px}
#reg-error,#reg-success{margin-top:16px}
.confirm-modal{width:420px}
.notice-modal{width:640px}
.notice-modal ul.browser-default li{margin-bottom:6px}
.toast .material-icons{margin-right:10px}
`;

// ---------------------------------------------------------------------------------------------------
// materialize.min.js (v1.0.0): a hand-written runtime of the components this site uses, with a tiny
// anime.js stand-in that writes inline styles frame by frame as the real one does.

const MATERIALIZE_JS = `/*!
 * Materialize v1.0.0 (http://materializecss.com)
 * Copyright 2014-2017 Materialize
 * MIT License (https://raw.githubusercontent.com/Dogfalo/materialize/master/LICENSE)
 */
(function (window, document) {
  'use strict';
  var M = { version: '1.0.0', keys: { TAB: 9, ENTER: 13, ESC: 27, ARROW_UP: 38, ARROW_DOWN: 40 }, tabPressed: false, keyDown: false };
  function extend(target) {
    for (var i = 1; i < arguments.length; i++) {
      var src = arguments[i] || {};
      for (var k in src) if (Object.prototype.hasOwnProperty.call(src, k)) target[k] = src[k];
    }
    return target;
  }
  function toArray(els) {
    if (!els) return [];
    if (els instanceof Element) return [els];
    return Array.prototype.slice.call(els);
  }
  function childrenOf(el, sel) {
    return Array.prototype.filter.call(el.children, function (c) { return c.matches(sel); });
  }
  M.guid = function () {
    function s4() { return Math.floor((1 + Math.random()) * 0x10000).toString(16).substring(1); }
    return s4() + s4() + '-' + s4() + '-' + s4() + '-' + s4() + '-' + s4() + s4() + s4();
  };
  M.getIdFromTrigger = function (trigger) {
    var id = trigger.getAttribute('data-target');
    if (!id) { id = trigger.getAttribute('href'); id = id ? id.slice(1) : ''; }
    return id;
  };
  function component(Ctor, key) {
    Ctor.init = function (els, options) {
      var list = toArray(els).map(function (el) {
        if (el[key]) el[key].destroy && el[key].destroy();
        return new Ctor(el, options);
      });
      return els instanceof Element ? list[0] : list;
    };
    Ctor.getInstance = function (el) { return el[key]; };
  }

  /* ---- anime (subset) ---- */
  var easings = {
    linear: function (t) { return t; },
    easeOutQuad: function (t) { return t * (2 - t); },
    easeInQuad: function (t) { return t * t; },
    easeOutCubic: function (t) { t -= 1; return t * t * t + 1; },
    easeInOutCubic: function (t) { return t < 0.5 ? 4 * t * t * t : (t - 1) * (2 * t - 2) * (2 * t - 2) + 1; },
    easeOutQuart: function (t) { t -= 1; return 1 - t * t * t * t; },
    easeOutQuint: function (t) { t -= 1; return 1 + t * t * t * t * t; },
    easeOutExpo: function (t) { return t === 1 ? 1 : 1 - Math.pow(2, -10 * t); }
  };
  var running = [];
  function anim(o) {
    var el = o.targets, dur = o.duration || 300, ease = easings[o.easing] || easings.easeOutQuad, start = null;
    var a = { el: el, cancelled: false };
    running.push(a);
    function apply(p) {
      var tf = [];
      for (var k in o.props) {
        var v = o.props[k], val = v[0] + (v[1] - v[0]) * p, unit = v[2] || '';
        if (k === 'scaleX' || k === 'scaleY') tf.push(k + '(' + val + ')');
        else if (k === 'translateX' || k === 'translateY') tf.push(k + '(' + val + (unit || 'px') + ')');
        else el.style[k] = k === 'opacity' ? String(val) : val + unit;
      }
      if (tf.length) el.style.transform = tf.join(' ');
    }
    apply(0);
    function frame(ts) {
      if (a.cancelled) return;
      if (start === null) start = ts;
      var t = Math.min(1, (ts - start) / dur);
      apply(ease(t));
      if (t < 1) { requestAnimationFrame(frame); return; }
      running.splice(running.indexOf(a), 1);
      if (o.complete) o.complete();
    }
    requestAnimationFrame(frame);
    return a;
  }
  anim.remove = function (el) {
    running = running.filter(function (a) { if (a.el === el) { a.cancelled = true; return false; } return true; });
  };
  M.anime = anim;

  /* ---- Modal ---- */
  function Modal(el, options) {
    this.el = el;
    this.id = el.id;
    el.M_Modal = this;
    this.options = extend({}, Modal.defaults, options);
    this.isOpen = false;
    this._nthModalOpened = 0;
    this.$overlay = document.createElement('div');
    this.$overlay.className = 'modal-overlay';
    this.el.tabIndex = 0;
    Modal._count++;
    var self = this;
    this._handleOverlayClickBound = function () { if (self.options.dismissible) self.close(); };
    this._handleModalCloseClickBound = function (e) { if (e.target.closest('.modal-close')) { e.preventDefault(); self.close(); } };
    this._handleKeydownBound = function (e) { if (e.keyCode === 27 && self.options.dismissible) self.close(); };
    this._handleFocusBound = function (e) { if (!self.el.contains(e.target) && self._nthModalOpened === Modal._modalsOpen) self.el.focus(); };
    this.$overlay.addEventListener('click', this._handleOverlayClickBound);
    this.el.addEventListener('click', this._handleModalCloseClickBound);
    if (Modal._count === 1) document.body.addEventListener('click', Modal._handleTriggerClick);
  }
  Modal.defaults = { opacity: 0.5, inDuration: 250, outDuration: 250, onOpenStart: null, onOpenEnd: null, onCloseStart: null, onCloseEnd: null, preventScrolling: true, dismissible: true, startingTop: '4%', endingTop: '10%' };
  Modal._modalsOpen = 0;
  Modal._count = 0;
  Modal._handleTriggerClick = function (e) {
    var trigger = e.target.closest && e.target.closest('.modal-trigger');
    if (!trigger) return;
    var modal = document.getElementById(M.getIdFromTrigger(trigger));
    if (modal && modal.M_Modal) { modal.M_Modal.open(trigger); e.preventDefault(); }
  };
  Modal.prototype.open = function (trigger) {
    if (this.isOpen) return this;
    this.isOpen = true;
    Modal._modalsOpen++;
    this._nthModalOpened = Modal._modalsOpen;
    this.$overlay.style.zIndex = String(1000 + Modal._modalsOpen * 2);
    this.el.style.zIndex = String(1000 + Modal._modalsOpen * 2 + 1);
    this._openingTrigger = trigger || undefined;
    if (typeof this.options.onOpenStart === 'function') this.options.onOpenStart.call(this, this.el, this._openingTrigger);
    if (this.options.preventScrolling) document.body.style.overflow = 'hidden';
    this.el.classList.add('open');
    document.body.appendChild(this.$overlay);
    if (this.options.dismissible) {
      document.addEventListener('keydown', this._handleKeydownBound);
      document.addEventListener('focus', this._handleFocusBound, true);
    }
    anim.remove(this.el);
    anim.remove(this.$overlay);
    var self = this, top0 = parseFloat(this.options.startingTop), top1 = parseFloat(this.options.endingTop);
    this.$overlay.style.display = 'block';
    anim({ targets: this.$overlay, props: { opacity: [0, this.options.opacity] }, duration: this.options.inDuration, easing: 'easeOutQuad' });
    this.el.style.display = 'block';
    anim({
      targets: this.el,
      props: { top: [top0, top1, '%'], opacity: [0, 1], scaleX: [0.8, 1], scaleY: [0.8, 1] },
      duration: this.options.inDuration,
      easing: 'easeOutCubic',
      complete: function () { if (typeof self.options.onOpenEnd === 'function') self.options.onOpenEnd.call(self, self.el, self._openingTrigger); }
    });
    this.el.focus();
    return this;
  };
  Modal.prototype.close = function () {
    if (!this.isOpen) return this;
    this.isOpen = false;
    Modal._modalsOpen--;
    this._nthModalOpened = 0;
    if (typeof this.options.onCloseStart === 'function') this.options.onCloseStart.call(this, this.el);
    this.el.classList.remove('open');
    if (Modal._modalsOpen === 0) document.body.style.overflow = '';
    document.removeEventListener('keydown', this._handleKeydownBound);
    document.removeEventListener('focus', this._handleFocusBound, true);
    anim.remove(this.el);
    anim.remove(this.$overlay);
    var self = this, top0 = parseFloat(this.options.startingTop), top1 = parseFloat(this.options.endingTop);
    anim({ targets: this.$overlay, props: { opacity: [this.options.opacity, 0] }, duration: this.options.outDuration, easing: 'easeOutQuart',
      complete: function () { self.$overlay.style.display = 'none'; if (self.$overlay.parentNode) self.$overlay.parentNode.removeChild(self.$overlay); } });
    anim({
      targets: this.el,
      props: { top: [top1, top0, '%'], opacity: [1, 0], scaleX: [1, 0.8], scaleY: [1, 0.8] },
      duration: this.options.outDuration,
      easing: 'easeOutCubic',
      complete: function () {
        self.el.style.display = 'none';
        if (typeof self.options.onCloseEnd === 'function') self.options.onCloseEnd.call(self, self.el);
      }
    });
    return this;
  };
  Modal.prototype.destroy = function () {
    this.$overlay.removeEventListener('click', this._handleOverlayClickBound);
    this.el.removeEventListener('click', this._handleModalCloseClickBound);
    Modal._count--;
    delete this.el.M_Modal;
  };
  component(Modal, 'M_Modal');
  M.Modal = Modal;

  /* ---- Dropdown ---- */
  function Dropdown(el, options) {
    this.el = el;
    el.M_Dropdown = this;
    Dropdown._dropdowns.push(this);
    this.id = M.getIdFromTrigger(el);
    this.dropdownEl = document.getElementById(this.id);
    this.options = extend({}, Dropdown.defaults, options);
    this.isOpen = false;
    this.focusedIndex = -1;
    this.filterQuery = [];
    this.dropdownEl.tabIndex = 0;
    var self = this;
    this._handleClickBound = function (e) { e.preventDefault(); if (self.isOpen) return; self.open(); };
    this._handleTriggerKeydownBound = function (e) {
      if ((e.which === M.keys.ARROW_DOWN || e.which === M.keys.ENTER) && !self.isOpen) { e.preventDefault(); self.open(); }
    };
    this._handleDocumentClickBound = function (e) {
      var t = e.target;
      if (self.options.closeOnClick && t.closest('.dropdown-content') === self.dropdownEl) {
        setTimeout(function () { self.close(); }, 0);
      } else if (t.closest('.dropdown-trigger') || !t.closest('.dropdown-content')) {
        setTimeout(function () { self.close(); }, 0);
      }
    };
    this._handleDropdownKeydownBound = function (e) { self._handleDropdownKeydown(e); };
    this.el.addEventListener('click', this._handleClickBound);
    this.el.addEventListener('keydown', this._handleTriggerKeydownBound);
  }
  Dropdown.defaults = { alignment: 'left', autoFocus: true, constrainWidth: true, container: null, coverTrigger: true, closeOnClick: true, hover: false, inDuration: 150, outDuration: 250, onOpenStart: null, onOpenEnd: null, onCloseStart: null, onCloseEnd: null, onItemClick: null };
  Dropdown._dropdowns = [];
  Dropdown.prototype._items = function () {
    return Array.prototype.filter.call(this.dropdownEl.children, function (li) { return li.tagName === 'LI' && !li.classList.contains('divider') && !li.classList.contains('disabled'); });
  };
  Dropdown.prototype._resetDropdownStyles = function () {
    var s = this.dropdownEl.style;
    s.display = ''; s.width = ''; s.height = ''; s.left = ''; s.top = ''; s.transformOrigin = ''; s.transform = ''; s.opacity = '';
  };
  Dropdown.prototype._placeDropdown = function () {
    var d = this.dropdownEl, tr = this.el.getBoundingClientRect();
    d.style.width = (this.options.constrainWidth ? tr.width : d.getBoundingClientRect().width) + 'px';
    var parent = d.offsetParent || document.body, pr = parent.getBoundingClientRect();
    var below = window.innerHeight - (this.options.coverTrigger ? tr.top : tr.bottom) - 10;
    var above = (this.options.coverTrigger ? tr.bottom : tr.top) - 10;
    var natural = d.scrollHeight, up = false, height = natural;
    if (natural > below) {
      if (above > below && natural > below) { up = true; height = Math.min(natural, above); }
      else height = Math.max(below, 120);
    }
    if (height !== natural) d.style.height = height + 'px';
    var x = tr.left - pr.left + (parent === document.body ? 0 : parent.scrollLeft);
    if (this.options.alignment === 'right') x = tr.right - pr.left - d.getBoundingClientRect().width;
    var y = up ? (this.options.coverTrigger ? tr.bottom : tr.top) - pr.top - height : (this.options.coverTrigger ? tr.top : tr.bottom) - pr.top;
    if (parent !== document.body) y += parent.scrollTop;
    d.style.left = x + 'px';
    d.style.top = y + 'px';
    d.style.transformOrigin = (this.options.alignment === 'right' ? '100% ' : '0 ') + (up ? '100%' : '0');
  };
  Dropdown.prototype.open = function () {
    if (this.isOpen) return;
    this.isOpen = true;
    if (typeof this.options.onOpenStart === 'function') this.options.onOpenStart.call(this, this.el);
    this._resetDropdownStyles();
    this.dropdownEl.style.display = 'block';
    this._placeDropdown();
    var self = this;
    anim.remove(this.dropdownEl);
    anim({ targets: this.dropdownEl, props: { opacity: [0, 1], scaleX: [0.3, 1], scaleY: [0.3, 1] }, duration: this.options.inDuration, easing: 'easeOutQuad',
      complete: function () {
        if (self.options.autoFocus) self.dropdownEl.focus();
        if (typeof self.options.onOpenEnd === 'function') self.options.onOpenEnd.call(self, self.el);
      } });
    document.body.addEventListener('click', this._handleDocumentClickBound, true);
    this.dropdownEl.addEventListener('keydown', this._handleDropdownKeydownBound);
  };
  Dropdown.prototype.close = function () {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.focusedIndex = -1;
    if (typeof this.options.onCloseStart === 'function') this.options.onCloseStart.call(this, this.el);
    var self = this;
    anim.remove(this.dropdownEl);
    anim({ targets: this.dropdownEl, props: { opacity: [1, 0], scaleX: [1, 0.3], scaleY: [1, 0.3] }, duration: this.options.outDuration, easing: 'easeOutQuint',
      complete: function () {
        self._resetDropdownStyles();
        if (typeof self.options.onCloseEnd === 'function') self.options.onCloseEnd.call(self, self.el);
      } });
    document.body.removeEventListener('click', this._handleDocumentClickBound, true);
    this.dropdownEl.removeEventListener('keydown', this._handleDropdownKeydownBound);
    if (this.options.autoFocus && this.dropdownEl.contains(document.activeElement)) this.el.focus();
  };
  Dropdown.prototype._focusFocusedItem = function () {
    var items = this._items(), li = items[this.focusedIndex];
    if (li) { li.focus(); if (li.scrollIntoView) li.scrollIntoView({ block: 'nearest' }); }
  };
  Dropdown.prototype._handleDropdownKeydown = function (e) {
    var items = this._items(), self = this;
    if (e.which === M.keys.TAB) { e.preventDefault(); this.close(); }
    else if (e.which === M.keys.ARROW_DOWN || e.which === M.keys.ARROW_UP) {
      e.preventDefault();
      var cur = items.indexOf(document.activeElement);
      if (cur >= 0) this.focusedIndex = cur;
      this.focusedIndex = Math.max(0, Math.min(items.length - 1, this.focusedIndex + (e.which === M.keys.ARROW_DOWN ? 1 : -1)));
      this._focusFocusedItem();
    } else if (e.which === M.keys.ENTER && this.isOpen) {
      var li = items[this.focusedIndex] || (items.indexOf(document.activeElement) >= 0 ? document.activeElement : null);
      if (li) { var act = li.querySelector('a, button'); (act || li).click(); }
      e.preventDefault();
    } else if (e.which === M.keys.ESC && this.isOpen) { e.preventDefault(); this.close(); }
    else if (e.key && e.key.length === 1) {
      this.filterQuery.push(e.key.toLowerCase());
      var q = this.filterQuery.join('');
      var idx = items.findIndex(function (li) { return li.textContent.trim().toLowerCase().indexOf(q) === 0; });
      if (idx >= 0) { this.focusedIndex = idx; this._focusFocusedItem(); }
      clearTimeout(this.filterTimeout);
      this.filterTimeout = setTimeout(function () { self.filterQuery = []; }, 1000);
    }
  };
  Dropdown.prototype.recalculateDimensions = function () { if (this.isOpen) { this._resetDropdownStyles(); this.dropdownEl.style.display = 'block'; this._placeDropdown(); this.dropdownEl.style.opacity = '1'; } };
  Dropdown.prototype.destroy = function () {
    this.el.removeEventListener('click', this._handleClickBound);
    this.el.removeEventListener('keydown', this._handleTriggerKeydownBound);
    delete this.el.M_Dropdown;
  };
  component(Dropdown, 'M_Dropdown');
  M.Dropdown = Dropdown;

  /* ---- FormSelect ---- */
  function FormSelect(el, options) {
    if (el.classList.contains('browser-default')) return;
    this.el = el;
    el.M_FormSelect = this;
    this.options = extend({ classes: '', dropdownOptions: {} }, options);
    this.isMultiple = el.multiple;
    this.el.tabIndex = -1;
    this._setupDropdown();
    var self = this;
    this._handleSelectChangeBound = function () { self._setValueToInput(); self._setSelectedStates(); };
    this._handleOptionClickBound = function (e) {
      var li = e.target.closest('li');
      if (!li || li.parentNode !== self.dropdownOptions) return;
      e.preventDefault();
      if (li.classList.contains('disabled') || li.classList.contains('optgroup')) { e.stopPropagation(); return; }
      var index = Array.prototype.indexOf.call(self.dropdownOptions.children, li);
      var option = self.el.options[index];
      if (!option) return;
      self.el.selectedIndex = index;
      self._setSelectedStates();
      self._setValueToInput();
      self.el.dispatchEvent(new Event('change', { bubbles: true }));
    };
    this._handleInputClickBound = function () { if (self.dropdown && self.dropdown.isOpen) { self._setValueToInput(); self._setSelectedStates(); } };
    this.el.addEventListener('change', this._handleSelectChangeBound);
    this.dropdownOptions.addEventListener('click', this._handleOptionClickBound);
    this.input.addEventListener('click', this._handleInputClickBound);
  }
  FormSelect.prototype._setupDropdown = function () {
    var self = this;
    this.wrapper = document.createElement('div');
    this.wrapper.className = ('select-wrapper ' + this.options.classes).trim();
    this.el.parentNode.insertBefore(this.wrapper, this.el);
    this.wrapper.appendChild(this.el);
    if (this.el.disabled) this.wrapper.classList.add('disabled');
    var ul = document.createElement('ul');
    ul.id = 'select-options-' + M.guid();
    ul.className = 'dropdown-content select-dropdown' + (this.isMultiple ? ' multiple-select-dropdown' : '');
    Array.prototype.forEach.call(this.el.options, function (option) {
      var li = document.createElement('li');
      if (option.disabled) li.className = 'disabled';
      else li.tabIndex = 0;
      var span = document.createElement('span');
      span.textContent = option.textContent;
      li.appendChild(span);
      ul.appendChild(li);
    });
    this.dropdownOptions = ul;
    this.el.parentNode.insertBefore(ul, this.el.nextSibling);
    this.input = document.createElement('input');
    this.input.className = 'select-dropdown dropdown-trigger';
    this.input.setAttribute('type', 'text');
    this.input.setAttribute('readonly', 'true');
    this.input.setAttribute('data-target', ul.id);
    if (this.el.disabled) this.input.disabled = true;
    this.wrapper.insertBefore(this.input, this.el);
    this._setValueToInput();
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('class', 'caret'); svg.setAttribute('height', '24'); svg.setAttribute('viewBox', '0 0 24 24'); svg.setAttribute('width', '24');
    var p1 = document.createElementNS(ns, 'path'); p1.setAttribute('d', 'M7 10l5 5 5-5z');
    var p2 = document.createElementNS(ns, 'path'); p2.setAttribute('d', 'M0 0h24v24H0z'); p2.setAttribute('fill', 'none');
    svg.appendChild(p1); svg.appendChild(p2);
    this.wrapper.insertBefore(svg, this.el);
    if (!this.el.disabled) {
      var opts = extend({}, this.options.dropdownOptions);
      var userOpenEnd = opts.onOpenEnd;
      opts.onOpenEnd = function (el) {
        var sel = self.dropdownOptions.querySelector('.selected');
        if (sel) { self.dropdown.focusedIndex = self.dropdown._items().indexOf(sel); self.dropdown._focusFocusedItem(); }
        if (typeof userOpenEnd === 'function') userOpenEnd.call(self.dropdown, el);
      };
      if (this.isMultiple) opts.closeOnClick = false;
      this.dropdown = Dropdown.init(this.input, opts);
    }
    this._setSelectedStates();
    this.el.classList.add('initialized');
  };
  FormSelect.prototype._setValueToInput = function () {
    var opt = this.el.options[this.el.selectedIndex];
    this.input.value = opt ? opt.textContent.trim() : '';
  };
  FormSelect.prototype._setSelectedStates = function () {
    var idx = this.el.selectedIndex;
    Array.prototype.forEach.call(this.dropdownOptions.children, function (li, i) { li.classList.toggle('selected', i === idx); });
  };
  FormSelect.prototype.getSelectedValues = function () { var o = this.el.options[this.el.selectedIndex]; return o ? [o.value] : []; };
  FormSelect.prototype.destroy = function () {
    this.el.removeEventListener('change', this._handleSelectChangeBound);
    if (this.wrapper && this.wrapper.parentNode) { this.wrapper.parentNode.insertBefore(this.el, this.wrapper); this.wrapper.parentNode.removeChild(this.wrapper); }
    this.el.classList.remove('initialized');
    delete this.el.M_FormSelect;
  };
  component(FormSelect, 'M_FormSelect');
  M.FormSelect = FormSelect;

  /* ---- Collapsible ---- */
  function Collapsible(el, options) {
    this.el = el;
    el.M_Collapsible = this;
    this.options = extend({ accordion: true, onOpenStart: null, onOpenEnd: null, onCloseStart: null, onCloseEnd: null, inDuration: 300, outDuration: 300 }, options);
    var self = this;
    this._handleCollapsibleClickBound = function (e) {
      var header = e.target.closest('.collapsible-header');
      if (!header) return;
      var collapsible = header.closest('.collapsible');
      if (collapsible !== self.el) return;
      var li = header.closest('li');
      var index = childrenOf(self.el, 'li').indexOf(li);
      if (li.classList.contains('active')) self.close(index); else self.open(index);
    };
    this._handleCollapsibleKeydownBound = function (e) { if (e.keyCode === 13) self._handleCollapsibleClickBound(e); };
    this.el.addEventListener('click', this._handleCollapsibleClickBound);
    childrenOf(this.el, 'li').forEach(function (li) {
      var h = childrenOf(li, '.collapsible-header')[0];
      if (h) h.addEventListener('keydown', self._handleCollapsibleKeydownBound);
    });
    var activeBodies = childrenOf(this.el, 'li.active').map(function (li) { return childrenOf(li, '.collapsible-body')[0]; }).filter(Boolean);
    if (this.options.accordion) { if (activeBodies[0]) activeBodies[0].style.display = 'block'; }
    else activeBodies.forEach(function (b) { b.style.display = 'block'; });
  }
  Collapsible.prototype._animateIn = function (index) {
    var li = childrenOf(this.el, 'li')[index];
    if (!li || !li.classList.contains('active')) return;
    var body = childrenOf(li, '.collapsible-body')[0];
    if (!body) return;
    var self = this;
    anim.remove(body);
    body.style.display = 'block';
    body.style.overflow = 'hidden';
    body.style.height = '0';
    body.style.paddingTop = '';
    body.style.paddingBottom = '';
    var cs = getComputedStyle(body), pTop = parseFloat(cs.paddingTop) || 0, pBottom = parseFloat(cs.paddingBottom) || 0;
    var finalHeight = body.scrollHeight;
    body.style.paddingTop = '0';
    body.style.paddingBottom = '0';
    anim({ targets: body, props: { height: [0, finalHeight, 'px'], paddingTop: [0, pTop, 'px'], paddingBottom: [0, pBottom, 'px'] }, duration: this.options.inDuration, easing: 'easeInOutCubic',
      complete: function () {
        body.style.overflow = ''; body.style.paddingTop = ''; body.style.paddingBottom = ''; body.style.height = '';
        if (typeof self.options.onOpenEnd === 'function') self.options.onOpenEnd.call(self, li);
      } });
  };
  Collapsible.prototype._animateOut = function (index) {
    var li = childrenOf(this.el, 'li')[index];
    if (!li || li.classList.contains('active')) return;
    var body = childrenOf(li, '.collapsible-body')[0];
    if (!body) return;
    var self = this;
    anim.remove(body);
    body.style.overflow = 'hidden';
    var cs = getComputedStyle(body);
    anim({ targets: body, props: { height: [body.offsetHeight, 0, 'px'], paddingTop: [parseFloat(cs.paddingTop) || 0, 0, 'px'], paddingBottom: [parseFloat(cs.paddingBottom) || 0, 0, 'px'] }, duration: this.options.outDuration, easing: 'easeInOutCubic',
      complete: function () {
        body.style.height = ''; body.style.overflow = ''; body.style.padding = ''; body.style.display = '';
        if (typeof self.options.onCloseEnd === 'function') self.options.onCloseEnd.call(self, li);
      } });
  };
  Collapsible.prototype.open = function (index) {
    var lis = childrenOf(this.el, 'li'), li = lis[index], self = this;
    if (!li || li.classList.contains('active')) return;
    if (typeof this.options.onOpenStart === 'function') this.options.onOpenStart.call(this, li);
    if (this.options.accordion) {
      lis.forEach(function (other, i) { if (other !== li && other.classList.contains('active')) self.close(i); });
    }
    li.classList.add('active');
    this._animateIn(index);
  };
  Collapsible.prototype.close = function (index) {
    var li = childrenOf(this.el, 'li')[index];
    if (!li || !li.classList.contains('active')) return;
    if (typeof this.options.onCloseStart === 'function') this.options.onCloseStart.call(this, li);
    li.classList.remove('active');
    this._animateOut(index);
  };
  Collapsible.prototype.destroy = function () { this.el.removeEventListener('click', this._handleCollapsibleClickBound); delete this.el.M_Collapsible; };
  component(Collapsible, 'M_Collapsible');
  M.Collapsible = Collapsible;

  /* ---- Sidenav ---- */
  function Sidenav(el, options) {
    this.el = el;
    el.M_Sidenav = this;
    this.id = el.id;
    this.options = extend({ edge: 'left', draggable: true, inDuration: 250, outDuration: 200, onOpenStart: null, onOpenEnd: null, onCloseStart: null, onCloseEnd: null, preventScrolling: true }, options);
    this.isOpen = false;
    this.isFixed = el.classList.contains('sidenav-fixed');
    this._overlay = document.createElement('div');
    this._overlay.className = 'sidenav-overlay';
    document.body.appendChild(this._overlay);
    var self = this;
    this._overlay.addEventListener('click', function () { self.close(); });
    document.body.addEventListener('click', function (e) {
      var trigger = e.target.closest && e.target.closest('.sidenav-trigger');
      if (trigger && M.getIdFromTrigger(trigger) === self.id) { e.preventDefault(); self.open(); }
    });
    window.addEventListener('resize', function () { if (self.isFixed && window.innerWidth > 992 && self.isOpen) self.close(); });
  }
  Sidenav.prototype.open = function () {
    if (this.isOpen) return;
    if (this.isFixed && window.innerWidth > 992) return;
    this.isOpen = true;
    if (typeof this.options.onOpenStart === 'function') this.options.onOpenStart.call(this, this.el);
    if (this.options.preventScrolling) document.body.style.overflow = 'hidden';
    this._overlay.style.display = 'block';
    anim.remove(this.el); anim.remove(this._overlay);
    anim({ targets: this._overlay, props: { opacity: [0, 1] }, duration: this.options.inDuration, easing: 'easeOutQuad' });
    anim({ targets: this.el, props: { translateX: [-100, 0, '%'] }, duration: this.options.inDuration, easing: 'easeOutQuad' });
  };
  Sidenav.prototype.close = function () {
    if (!this.isOpen) return;
    this.isOpen = false;
    document.body.style.overflow = '';
    var self = this;
    anim.remove(this.el); anim.remove(this._overlay);
    anim({ targets: this._overlay, props: { opacity: [1, 0] }, duration: this.options.outDuration, easing: 'easeOutQuad', complete: function () { self._overlay.style.display = 'none'; } });
    anim({ targets: this.el, props: { translateX: [0, -105, '%'] }, duration: this.options.outDuration, easing: 'easeOutQuad', complete: function () { self.el.style.transform = ''; } });
  };
  Sidenav.prototype.destroy = function () { if (this._overlay.parentNode) this._overlay.parentNode.removeChild(this._overlay); delete this.el.M_Sidenav; };
  component(Sidenav, 'M_Sidenav');
  M.Sidenav = Sidenav;

  /* ---- Toast ---- */
  function Toast(options) {
    this.options = extend({}, Toast.defaults, options);
    this.message = this.options.html;
    this.panning = false;
    this.timeRemaining = this.options.displayLength;
    if (Toast._toasts.length === 0) Toast._createContainer();
    Toast._toasts.push(this);
    var el = this._createToast();
    el.M_Toast = this;
    this.el = el;
    this._animateIn();
    this._setTimer();
  }
  Toast.defaults = { html: '', displayLength: 4000, inDuration: 300, outDuration: 375, classes: '', completeCallback: null, activationPercent: 0.8 };
  Toast._toasts = [];
  Toast._container = null;
  Toast._createContainer = function () {
    var c = document.createElement('div');
    c.setAttribute('id', 'toast-container');
    document.body.appendChild(c);
    Toast._container = c;
  };
  Toast._removeContainer = function () {
    if (Toast._container && Toast._container.parentNode) Toast._container.parentNode.removeChild(Toast._container);
    Toast._container = null;
  };
  Toast.dismissAll = function () { Toast._toasts.slice().forEach(function (t) { t.dismiss(); }); };
  Toast.prototype._createToast = function () {
    var t = document.createElement('div');
    t.classList.add('toast');
    if (this.options.classes) this.options.classes.split(' ').forEach(function (c) { if (c) t.classList.add(c); });
    if (typeof this.message === 'object' && this.message && this.message.nodeType) t.appendChild(this.message);
    else t.innerHTML = this.message;
    Toast._container.appendChild(t);
    return t;
  };
  Toast.prototype._animateIn = function () {
    anim({ targets: this.el, props: { top: [35, 0, 'px'], opacity: [0, 1] }, duration: this.options.inDuration, easing: 'easeOutCubic' });
  };
  Toast.prototype._setTimer = function () {
    var self = this;
    if (this.timeRemaining !== Infinity) {
      this.counterInterval = setInterval(function () {
        if (!self.panning) self.timeRemaining -= 20;
        if (self.timeRemaining <= 0) self.dismiss();
      }, 20);
    }
  };
  Toast.prototype.dismiss = function () {
    clearInterval(this.counterInterval);
    if (this._dismissing) return;
    this._dismissing = true;
    var self = this, el = this.el;
    anim.remove(el);
    anim({ targets: el, props: { opacity: [1, 0], marginTop: [10, -40, 'px'] }, duration: this.options.outDuration, easing: 'easeOutExpo',
      complete: function () {
        if (typeof self.options.completeCallback === 'function') self.options.completeCallback();
        if (el.parentNode) el.parentNode.removeChild(el);
        Toast._toasts.splice(Toast._toasts.indexOf(self), 1);
        if (Toast._toasts.length === 0) Toast._removeContainer();
      } });
  };
  M.Toast = Toast;
  M.toast = function (options) { return new Toast(options); };

  /* ---- Forms ---- */
  var inputSelector = 'input[type=text], input[type=password], input[type=email], input[type=url], input[type=tel], input[type=number], input[type=search], input[type=date], input[type=time], textarea';
  function siblings(el, sel) {
    if (!el.parentNode) return [];
    return Array.prototype.filter.call(el.parentNode.children, function (c) { return c !== el && c.matches(sel); });
  }
  M.updateTextFields = function () {
    Array.prototype.forEach.call(document.querySelectorAll(inputSelector), function (input) {
      if (input.classList.contains('select-dropdown')) return;
      var labels = siblings(input, 'label');
      if (input.value.length > 0 || input === document.activeElement || input.autofocus || input.getAttribute('placeholder') !== null) {
        labels.forEach(function (l) { l.classList.add('active'); });
      } else if (input.validity) {
        labels.forEach(function (l) { l.classList.toggle('active', input.validity.badInput === true); });
      } else {
        labels.forEach(function (l) { l.classList.remove('active'); });
      }
    });
  };
  M.validate_field = function (object) {
    var el = object.length !== undefined && !object.tagName ? object[0] : object;
    if (!el) return;
    var hasLength = el.getAttribute('data-length') !== null, lenAttr = parseInt(el.getAttribute('data-length'), 10), len = el.value.length;
    if (len === 0 && el.validity.badInput === false && !el.required) {
      if (el.classList.contains('validate')) { el.classList.remove('valid'); el.classList.remove('invalid'); }
    } else if (el.classList.contains('validate')) {
      if ((el.matches(':valid') && hasLength && len <= lenAttr) || (el.matches(':valid') && !hasLength)) {
        el.classList.remove('invalid'); el.classList.add('valid');
      } else { el.classList.remove('valid'); el.classList.add('invalid'); }
    }
  };
  document.addEventListener('change', function (e) {
    var t = e.target;
    if (t.matches && t.matches(inputSelector)) {
      if (t.value.length !== 0 || t.getAttribute('placeholder') !== null) siblings(t, 'label').forEach(function (l) { l.classList.add('active'); });
      M.validate_field(t);
    }
  });
  document.addEventListener('focus', function (e) {
    var t = e.target;
    if (t.matches && t.matches(inputSelector)) siblings(t, 'label, .prefix').forEach(function (l) { l.classList.add('active'); });
  }, true);
  document.addEventListener('blur', function (e) {
    var t = e.target;
    if (t.matches && t.matches(inputSelector)) {
      var sel = '.prefix';
      if (t.value.length === 0 && t.validity.badInput !== true && t.getAttribute('placeholder') === null) sel += ', label';
      siblings(t, sel).forEach(function (l) { l.classList.remove('active'); });
      M.validate_field(t);
    }
  }, true);
  document.addEventListener('keydown', function (e) { M.keyDown = true; if (e.which === M.keys.TAB) M.tabPressed = true; }, true);
  document.addEventListener('keyup', function (e) { M.keyDown = false; if (e.which === M.keys.TAB) M.tabPressed = false; }, true);

  /* ---- Waves ---- */
  var Waves = { duration: 750 };
  Waves.show = function (e, el) {
    if (e.button === 2) return;
    var r = el.getBoundingClientRect();
    var ripple = document.createElement('div');
    ripple.className = 'waves-ripple waves-rippling';
    el.appendChild(ripple);
    var scale = 'scale(' + (el.clientWidth / 100) * 3 + ')';
    ripple.style.top = e.clientY - r.top + 'px';
    ripple.style.left = e.clientX - r.left + 'px';
    ripple.setAttribute('data-hold', String(Date.now()));
    void ripple.offsetWidth;
    ripple.style.opacity = '1';
    ripple.style.transform = scale;
    ripple.style.transitionDuration = Waves.duration + 'ms';
    function hide() {
      document.removeEventListener('mouseup', hide);
      var delay = Math.max(0, 350 - (Date.now() - Number(ripple.getAttribute('data-hold'))));
      setTimeout(function () {
        ripple.style.opacity = '0';
        setTimeout(function () { if (ripple.parentNode) ripple.parentNode.removeChild(ripple); }, Waves.duration);
      }, delay);
    }
    document.addEventListener('mouseup', hide);
  };
  Waves.displayEffect = function () {
    document.body.addEventListener('mousedown', function (e) {
      var el = e.target.closest && e.target.closest('.waves-effect');
      if (el && !el.disabled && !el.classList.contains('disabled')) Waves.show(e, el);
    }, false);
  };
  window.Waves = Waves;

  M.AutoInit = function (context) {
    var root = context || document.body;
    M.Modal.init(root.querySelectorAll('.modal:not(.no-autoinit)'));
    M.FormSelect.init(root.querySelectorAll('select:not(.no-autoinit)'));
    M.Collapsible.init(root.querySelectorAll('.collapsible:not(.no-autoinit)'));
    M.Dropdown.init(root.querySelectorAll('.dropdown-trigger:not(.no-autoinit)'));
    M.Sidenav.init(root.querySelectorAll('.sidenav:not(.no-autoinit)'));
  };
  document.addEventListener('DOMContentLoaded', function () { Waves.displayEffect(); M.updateTextFields(); });
  window.M = M;
})(window, document);
`;

// ---------------------------------------------------------------------------------------------------
// app.js: the site's own page scripts

const APP_JS = String.raw`/* e-Invoice System - app.js */
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute('content') : '';
  var page = document.body.getAttribute('data-page');
  function $(id) { return document.getElementById(id); }
  function show(el) { if (el) el.classList.remove('hide'); }
  function hide(el) { if (el) el.classList.add('hide'); }
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }
  function toast(message, kind) {
    M.toast({ html: escapeHtml(message), classes: kind === 'error' ? 'red darken-1' : kind === 'success' ? 'green darken-1' : '' });
  }
  var expiring = false;
  function sessionExpired(message) {
    if (expiring) return;
    expiring = true;
    toast(message || 'Session expired. Please login again.', 'error');
    setTimeout(function () { window.location.href = '/login?expired=1'; }, 2000);
  }
  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'CSRF-Token': csrf },
      body: JSON.stringify(body || {})
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (data) {
        data = data || {};
        data.status = res.status;
        if (res.status === 401) { sessionExpired(data.message); var err = new Error('session'); err.handled = true; throw err; }
        return data;
      });
    }, function () {
      toast('Unable to connect to the server. Please try again.', 'error');
      var err = new Error('network'); err.handled = true; throw err;
    });
  }
  function countdown(link, seconds) {
    var left = seconds;
    link.classList.add('disabled');
    link.textContent = 'Resend OTP (' + left + 's)';
    clearInterval(link._timer);
    link._timer = setInterval(function () {
      left -= 1;
      if (left <= 0) { clearInterval(link._timer); link.classList.remove('disabled'); link.textContent = 'Resend OTP'; }
      else link.textContent = 'Resend OTP (' + left + 's)';
    }, 1000);
  }
  function validOtp(input) {
    var ok = /^\d{6}$/.test(input.value.trim());
    input.classList.toggle('invalid', !ok);
    input.classList.toggle('valid', ok);
    return ok;
  }

  /* ---- home: the login modal ---- */
  function initHome() {
    M.Sidenav.init(document.querySelectorAll('.sidenav'));
    var modal = M.Modal.init($('modal-login'), { onOpenEnd: function () { var u = $('username'); (u.value ? $('password') : u).focus(); } });
    if (document.body.getAttribute('data-open-login') === 'true') setTimeout(function () { modal.open(); }, 150);
    $('lnkRefreshCaptcha').addEventListener('click', function (e) {
      e.preventDefault();
      $('captcha_image').src = '/captcha.svg?t=' + Date.now();
      $('captcha').value = '';
      M.updateTextFields();
    });
    $('frmLogin').addEventListener('submit', function (e) {
      var missing = ['username', 'password', 'captcha'].filter(function (id) {
        var input = $(id), empty = input.value.trim() === '';
        input.classList.toggle('invalid', empty);
        return empty;
      });
      if (missing.length) {
        e.preventDefault();
        toast('Please enter ' + missing.map(function (id) { return id === 'captcha' ? 'Captcha' : id.charAt(0).toUpperCase() + id.slice(1); }).join(', ') + '.', 'error');
        return;
      }
      show($('login-progress'));
      $('btnSubmitLogin').disabled = true;
    });
  }

  /* ---- 2FA ---- */
  function initLoginOtp() {
    var input = $('txtOtp'), btn = $('btnVerifyOTP'), progress = $('otp-progress'), resend = $('lnkResendOtp');
    countdown(resend, 30);
    input.focus();
    function verify() {
      if (!validOtp(input)) { toast('Please enter the 6 digit OTP.', 'error'); return; }
      btn.disabled = true;
      show(progress);
      post('/login/otp', { otp: input.value.trim() }).then(function (data) {
        if (data.success) { window.location.href = data.redirect || '/dashboard'; return; }
        hide(progress);
        btn.disabled = false;
        toast(data.message || 'Invalid OTP.', 'error');
        input.value = '';
        input.classList.remove('valid');
        M.updateTextFields();
        input.focus();
      }).catch(function (err) { hide(progress); btn.disabled = false; if (!err.handled) throw err; });
    }
    btn.addEventListener('click', verify);
    input.addEventListener('keydown', function (e) { if (e.keyCode === 13) { e.preventDefault(); verify(); } });
    resend.addEventListener('click', function (e) {
      e.preventDefault();
      if (resend.classList.contains('disabled')) return;
      post('/login/otp/resend', {}).then(function (data) { toast(data.message || 'OTP sent.', data.success ? 'success' : 'error'); countdown(resend, 30); }).catch(function () {});
    });
  }

  /* ---- signed-in pages ---- */
  function initSignedIn() {
    M.Sidenav.init(document.querySelectorAll('.sidenav'));
    M.Collapsible.init(document.querySelectorAll('.sidenav .collapsible'));
    M.Dropdown.init(document.querySelectorAll('nav .dropdown-trigger'), { coverTrigger: false, constrainWidth: false, alignment: 'right' });
  }

  function initDashboard() {
    var notice = $('modal-notice'), contact = $('modal-tech-contact');
    if (!notice || !contact) return;
    var contactModal = M.Modal.init(contact, { dismissible: false });
    var noticeModal = M.Modal.init(notice, {
      dismissible: false,
      onCloseEnd: function () { setTimeout(function () { contactModal.open(); }, 200); }
    });
    setTimeout(function () { noticeModal.open(); }, 400);
    $('btnUpdateContact').addEventListener('click', function (e) {
      e.preventDefault();
      post('/profile/technical-contact', { name: $('tpName').value, mobile: $('tpMobile').value, email: $('tpEmail').value })
        .then(function (data) { toast(data.message || 'Updated.', data.success ? 'success' : 'error'); if (data.success) contactModal.close(); })
        .catch(function () {});
    });
  }

  /* ---- Create API User ---- */
  var NOT_ENABLED = {
    DIRECT: 'Direct API access is given only to taxpayers whose aggregate turnover exceeds the notified threshold. Your GSTIN is not eligible for direct integration; please register through a GSP.',
    ERP: 'Registration through ERP is not enabled for your GSTIN.',
    OTHER: 'Registration through the Client-Id of another taxpayer is not enabled for your GSTIN.'
  };
  var USERNAME_RULE = /^[A-Za-z0-9_]{4,20}$/;
  var PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;

  function renderRegistered(users) {
    var body = $('tbl-registered');
    if (!users || !users.length) {
      body.innerHTML = '<tr><td colspan="5" class="center grey-text">No API users are registered for this GSTIN.</td></tr>';
      return;
    }
    body.innerHTML = users.map(function (u, i) {
      return '<tr><td>' + (i + 1) + '</td><td>' + escapeHtml(u.gsp) + '</td><td>' + escapeHtml(u.username) + '</td><td>' + escapeHtml(u.createdOn) + '</td><td><span class="green-text text-darken-4">Active</span></td></tr>';
    }).join('');
  }

  function fadeIn(el) {
    show(el);
    M.anime({ targets: el, props: { opacity: [0, 1], translateY: [12, 0, 'px'] }, duration: 300, easing: 'easeOutCubic', complete: function () { el.style.transform = ''; el.style.opacity = ''; } });
  }

  function initCreateApiUser() {
    var otpInput = $('apiOtp'), verifyBtn = $('btnVerifyApiOtp'), otpProgress = $('otp-progress'), resend = $('lnkResendApiOtp');
    var info = $('otp-info-text');
    var form = $('frmCreateApiUser'), submitBtn = $('btnSubmitApiUser'), regProgress = $('reg-progress');
    var regError = $('reg-error'), regSuccess = $('reg-success');
    var confirmModal = M.Modal.init($('modal-confirm'), { dismissible: false });
    var select = null;

    function sendOtp() {
      show(otpProgress);
      otpInput.disabled = true;
      verifyBtn.disabled = true;
      info.textContent = 'Sending OTP to your registered mobile number...';
      post('/api-registration/otp/send', {}).then(function (data) {
        hide(otpProgress);
        if (!data.success) {
          info.textContent = 'Unable to send the OTP. Please click Resend OTP to try again.';
          toast(data.message || 'Unable to send OTP.', 'error');
          resend.classList.remove('disabled');
          return;
        }
        info.textContent = data.message;
        otpInput.disabled = false;
        verifyBtn.disabled = false;
        otpInput.value = '';
        M.updateTextFields();
        countdown(resend, 30);
      }).catch(function (err) { hide(otpProgress); if (!err.handled) throw err; });
    }

    function verifyOtp() {
      if (!validOtp(otpInput)) { toast('Please enter the 6 digit OTP.', 'error'); return; }
      verifyBtn.disabled = true;
      show(otpProgress);
      post('/api-registration/otp/verify', { otp: otpInput.value.trim() }).then(function (data) {
        hide(otpProgress);
        if (!data.success) {
          verifyBtn.disabled = false;
          toast(data.message || 'Invalid OTP.', 'error');
          otpInput.value = '';
          otpInput.classList.remove('valid');
          M.updateTextFields();
          otpInput.focus();
          return;
        }
        toast(data.message || 'OTP verified successfully.', 'success');
        hide($('card-otp'));
        fadeIn($('card-register'));
        if (!select) select = M.FormSelect.init($('gspId'), { dropdownOptions: { coverTrigger: false } });
        renderRegistered(data.users);
        fadeIn($('card-registered'));
      }).catch(function (err) { hide(otpProgress); verifyBtn.disabled = false; if (!err.handled) throw err; });
    }

    verifyBtn.addEventListener('click', verifyOtp);
    otpInput.addEventListener('keydown', function (e) { if (e.keyCode === 13) { e.preventDefault(); verifyOtp(); } });
    resend.addEventListener('click', function (e) {
      e.preventDefault();
      if (!resend.classList.contains('disabled')) sendOtp();
    });

    Array.prototype.forEach.call(form.querySelectorAll('input[name="regType"]'), function (radio) {
      radio.addEventListener('change', function () {
        hide(regError);
        if (radio.value === 'GSP') {
          hide($('sec-not-enabled'));
          fadeIn($('sec-gsp'));
          submitBtn.disabled = false;
        } else {
          hide($('sec-gsp'));
          $('not-enabled-text').textContent = NOT_ENABLED[radio.value] || '';
          fadeIn($('sec-not-enabled'));
          submitBtn.disabled = true;
        }
      });
    });
    $('gspId').addEventListener('change', function () {
      var trigger = form.querySelector('input.select-dropdown');
      if (trigger) trigger.classList.remove('invalid');
    });

    function typedName() {
      var v = $('apiUserName').value.trim();
      return /^api_/i.test(v) ? v.slice(4) : v;
    }
    function mark(input, ok) {
      input.classList.toggle('invalid', !ok);
      input.classList.toggle('valid', ok);
      return ok;
    }
    function validate() {
      var problems = [];
      var gsp = $('gspId');
      if (!gsp.value) {
        problems.push('Please select your GSP.');
        var trigger = form.querySelector('input.select-dropdown');
        if (trigger) trigger.classList.add('invalid');
      }
      if (!mark($('apiUserName'), USERNAME_RULE.test(typedName()))) problems.push('Please enter a valid Username (4 to 20 letters, digits or underscore).');
      if (!mark($('apiPassword'), PASSWORD_RULE.test($('apiPassword').value))) problems.push('Password should be 8 to 15 characters with upper case, lower case, digit and special character.');
      var confirm = $('apiConfirmPassword');
      if (!mark(confirm, confirm.value !== '' && confirm.value === $('apiPassword').value)) problems.push('Password and Re-enter Password do not match.');
      return problems;
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      hide(regError);
      var checked = form.querySelector('input[name="regType"]:checked');
      if (!checked || checked.value !== 'GSP') { toast('Please select Through GSP.', 'error'); return; }
      var problems = validate();
      if (problems.length) { toast(problems[0], 'error'); return; }
      var gsp = $('gspId');
      $('confirm-text').textContent = 'Do you want to submit the details to create the API user API_' + typedName() + ' for ' + gsp.options[gsp.selectedIndex].textContent.trim() + '?';
      confirmModal.open();
    });

    $('btnConfirmYes').addEventListener('click', function (e) {
      e.preventDefault();
      confirmModal.close();
      submitBtn.disabled = true;
      show(regProgress);
      post('/api-registration/users', {
        regType: 'GSP',
        gspId: $('gspId').value,
        userName: typedName(),
        password: $('apiPassword').value,
        confirmPassword: $('apiConfirmPassword').value
      }).then(function (data) {
        hide(regProgress);
        if (data.success) {
          hide(form);
          regSuccess.textContent = data.message;
          fadeIn(regSuccess);
          toast('API User created successfully.', 'success');
          renderRegistered(data.users);
          return;
        }
        submitBtn.disabled = false;
        regError.textContent = data.message || 'Unable to create the API user.';
        fadeIn(regError);
        toast(data.message || 'Unable to create the API user.', 'error');
        var fields = { userName: 'apiUserName', password: 'apiPassword', confirmPassword: 'apiConfirmPassword' };
        if (data.field && fields[data.field]) mark($(fields[data.field]), false);
      }).catch(function (err) { hide(regProgress); submitBtn.disabled = false; if (!err.handled) throw err; });
    });

    sendOtp();
  }

  if (page === 'home') initHome();
  else if (page === 'login-otp') initLoginOtp();
  if (document.body.classList.contains('signed-in')) initSignedIn();
  if (page === 'dashboard') initDashboard();
  else if (page === 'create-api-user') initCreateApiUser();
})();
`;
