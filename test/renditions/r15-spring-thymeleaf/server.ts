/**
 * Rendition r15-spring-thymeleaf: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2017-2023 Spring Boot + Spring Security +
 * Thymeleaf portal would draw it: server-rendered pages with `_csrf` hidden inputs (and `_csrf` /
 * `_csrf_header` meta tags for the AJAX calls), the JSESSIONID cookie, Bootstrap 3.4 (the "dashboard"
 * example: `nav.navbar.navbar-inverse.navbar-fixed-top` and a fixed `div.sidebar`), jQuery, select2 4 with
 * an AJAX data source (select2-bootstrap theme) and SweetAlert2 11. The libraries are served from
 * `/webjars/...` URLs as a Spring Boot app serves them, but every one of them is a small hand-written runtime
 * in this file that reproduces the library's DOM and behaviour; no files, no network, no icon font (the
 * glyphicons are CSS-masked SVGs).
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - URLs: `/` is a public home page whose navbar has `a.btn.btn-primary.navbar-btn` "Login" (`/login`).
 *   `/login` is Spring Security's form login (POST `username`, `password`, `captcha`, `_csrf`); the captcha
 *   is an SVG picture from `/captcha` (fresh noise each time, compared case-insensitively) with a refresh
 *   button. The captcha is checked first ("Invalid captcha"), then the credentials ("Invalid username or
 *   password"); both redirect to `/login?error`, which shows the message in a dismissible
 *   `div.alert.alert-danger`. A successful password login changes the session id (session fixation
 *   protection) and goes to `/login/otp`.
 * - 2FA `/login/otp`: panel "Two Factor Authentication", one `input#otp` ("Enter OTP"), button "Verify OTP",
 *   a "Resend OTP" link-button. A wrong OTP re-renders the page (no redirect) with
 *   `div.form-group.has-error` and `span.help-block` "Invalid OTP. Please enter the correct OTP sent to your
 *   registered mobile number.". Success goes to `/dashboard` (heading "Dash Board").
 * - Post-login popups, on the first dashboard of a session only: two chained SweetAlert2 info popups,
 *   "Contacts of Technical Person" (a small table of name, mobile, e-mail; outside clicks ignored) and then
 *   "Advisory" (the 30-day reporting limit). Each has an "OK" confirm button and a `button.swal2-close` ×.
 *   While a popup is shown every other child of body carries `aria-hidden="true"`, as SweetAlert2 does.
 *   SweetAlert2 sizes its popup in rem, and Bootstrap 3 sets `html{font-size:10px}`, so the popups come out
 *   small, as they did in real apps of this stack.
 * - Menu: `div.sidebar > ul.nav.nav-sidebar`: Dash Board; e-Invoice; API Registration (User Credentials
 *   (Create API User, View API Users), IP Whitelisting, Freeze API User, Change API Password); MIS Reports;
 *   User Management. Groups are `a[data-toggle=collapse]` + `span.caret` over a `ul.collapse` (350 ms
 *   `.collapsing` height transition), collapsed except the ones holding the current page. Leaves other than
 *   Dash Board and Create API User are placeholder pages.
 * - Create API User is `/api-registration/create`, panel "API Registration". A "Generate OTP" button
 *   (AJAX POST `/api-registration/otp/send`) sends the OTP, shows an `.alert-info` "OTP has been sent to
 *   your registered mobile number XXXXXX4821" and the "Enter OTP" box (`type=password`, an eye
 *   `span.input-group-addon > i.glyphicon.glyphicon-eye-open` toggle) with "Verify OTP" (AJAX POST
 *   `/api-registration/otp/verify`); the button then reads "Resend OTP" after a 30 s countdown. A wrong OTP
 *   is a SweetAlert2 error "Invalid OTP"; a right one a SweetAlert2 success "Verified!" whose closing reloads
 *   the page, which the server now renders with the registration form instead of the OTP step.
 * - Form: "Do you wish to Register your GSTIN for" with Bootstrap 3 `div.radio > label > input` radios
 *   Directly / Through GSP / Through ERP / Through Client-Id of other; only "Through GSP" shows the fields
 *   (the others show an `.alert-warning` and disable Submit). "Select your GSP" is select2 over an empty
 *   `select#gspId` (AJAX `/api/gsp/search?q=`, 250 ms delay, minimumInputLength 3, 24 GSPs). "Username"
 *   has an `API_` `input-group-addon`; 4 to 30 letters, digits, '.', '_' or '-'. "Password" and
 *   "Re-enter Password": 8 to 15 characters with upper, lower, digit and special character. "Submit"
 *   (type=button) opens a SweetAlert2 warning "Are you sure?" ("Yes, create it!" / "Cancel"), whose
 *   confirm submits the form (POST `/api-registration/create`). "Exit" goes to the dashboard.
 * - Server-side refusals re-render the form (200) with `has-error` + `span.help-block` under the field
 *   ("Username API_x already exists. Please choose a different username.": username-taken, for API_admin,
 *   API_test, API_tera01 and any made here) or a dismissible `.alert-danger` above it ("GSTIN ... is already
 *   registered with the GSP ...": duplicate, for Tera Software Limited, on file since 2020, or any GSP
 *   registered here). Passwords are never echoed back.
 * - Success: PRG to `/api-registration/create?success` with an `.alert-success` "API User API_x has been
 *   created successfully for <GSP>." and a `table.table.table-striped` "GSPs registered for GSTIN ...";
 *   the OTP step is shown again below (an OTP is good for one API user).
 * - Sessions: cookie JSESSIONID (HttpOnly) naming server-side state. A page request whose cookie names a
 *   session that is gone is a 302 to `/login?expired` (`.alert-warning` "Your session has expired. Please
 *   login again."); without any session, to `/login`. An AJAX call (X-Requested-With) without a live session
 *   gets a 401 JSON body, and the page's `$(document).ajaxError` shows a SweetAlert2 error "Session
 *   expired" whose OK goes to `/login?expired`.
 * - expireOnce: the first request of that stage (otp/send, otp/verify, or the Submit POST) deletes the
 *   server session first, so it answers as any lost session does (401, or 302 for the Submit).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type SpringThymeleafR15Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface SpringThymeleafR15Options {
  /** The first request of this stage finds its session deleted. */
  expireOnce?: SpringThymeleafR15Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface SpringThymeleafR15User {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

export interface SpringThymeleafR15State {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: SpringThymeleafR15User[];
  /** In order: 'login' | 'captcha' | 'login-otp' | 'api-otp' | 'duplicate' | 'username-taken'. */
  refusals: string[];
  /** Stages at which the session was made to expire. */
  expired: string[];
}

export interface SpringThymeleafR15Rendition {
  url: string;
  close(): Promise<void>;
  state: SpringThymeleafR15State;
}

export const SPRING_THYMELEAF_R15_LOGIN: { username: string; password: string } = {
  username: 'sahyadri27mh',
  password: 'Thyme@Leaf17',
};

const MOBILE_MASKED = 'XXXXXX4821';
const TRADE_NAME = 'SAHYADRI AGRO FOODS LLP';
const EXPIRED_MESSAGE = 'Your session has expired. Please login again.';

interface Gsp {
  id: number;
  name: string;
}

const GSPS: Gsp[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Ernst & Young LLP',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'Masters India Private Limited',
  'Mastek Limited',
  'NSDL e-Governance Infrastructure Limited',
  'Relyon Softech Ltd',
  'Tally ( India) Private Ltd',
  'Taxmann Technologies Private Limited',
  'TCS (Tata Consultancy Services Limited)',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
  'Zoho Corporation Private Limited',
  'Excellon Software Private Limited',
  'Botree Software International Private Limited',
  'SAG Infotech Private Limited',
].map((name, index) => ({ id: 1001 + index * 7, name }));

/** A registration on file before this server started (not in `state.users`). */
const EARLIER = { gsp: 'Tera Software Limited', username: 'API_tera01', createdOn: '12-10-2020 11:42:07' };
const RESERVED_USERNAMES = ['api_admin', 'api_test', 'api_tera01'];

interface FieldErrors {
  registrationType?: string;
  gspId?: string;
  username?: string;
  password?: string;
  confirmPassword?: string;
}

interface FormView {
  registrationType: string;
  gspId: string;
  username: string;
  errors: FieldErrors;
  globalError?: string;
}

interface Session {
  id: string;
  csrf: string;
  stage: 'anonymous' | 'otp' | 'authenticated';
  username: string;
  loginError?: string;
  popupsShown: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  lastSeen: number;
}

function token(bytes: number): string {
  return randomBytes(bytes).toString('hex').toUpperCase();
}

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
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
      if (size <= 1_000_000) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function nowStamp(): string {
  const d = new Date();
  return `${two(d.getDate())}-${two(d.getMonth() + 1)}-${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

type Flash = { kind: 'success' | 'danger' | 'info'; message: string };

interface SessionExtras {
  flashes: Flash[];
}

const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USERNAME_RULE = /^[A-Za-z0-9._-]{4,30}$/;

function stageOf(method: string, path: string): SpringThymeleafR15Expiry | undefined {
  if (method !== 'POST') return undefined;
  if (path === '/api-registration/otp/send') return 'api-otp-send';
  if (path === '/api-registration/otp/verify') return 'api-otp-verify';
  if (path === '/api-registration/create') return 'submit';
  return undefined;
}

export async function startSpringThymeleafR15Rendition(
  options: SpringThymeleafR15Options = {},
): Promise<SpringThymeleafR15Rendition> {
  const state: SpringThymeleafR15State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  let pendingExpiry = options.expireOnce;
  const sessions = new Map<string, Session & SessionExtras>();
  const sockets = new Set<Socket>();

  function newSession(res: ServerResponse, from?: Session & SessionExtras): Session & SessionExtras {
    const session: Session & SessionExtras = {
      id: token(16),
      csrf: `${token(4)}-${token(2)}-${token(2)}-${token(2)}-${token(6)}`.toLowerCase(),
      stage: 'anonymous',
      username: '',
      popupsShown: false,
      apiOtpSent: false,
      apiOtpVerified: false,
      lastSeen: Date.now(),
      flashes: [],
      ...(from ? { loginError: from.loginError } : {}),
    };
    if (from) sessions.delete(from.id);
    sessions.set(session.id, session);
    res.setHeader('Set-Cookie', `JSESSIONID=${session.id}; Path=/; HttpOnly`);
    return session;
  }

  function send(
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    headers: Record<string, string> = {},
  ): void {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-cache, no-store, max-age=0, must-revalidate',
      Pragma: 'no-cache',
      Expires: '0',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'X-XSS-Protection': '1; mode=block',
      ...headers,
    });
    res.end(body);
  }
  const html = (res: ServerResponse, body: string, status = 200): void =>
    send(res, status, 'text/html;charset=UTF-8', body);
  const json = (res: ServerResponse, status: number, body: unknown): void =>
    send(res, status, 'application/json', JSON.stringify(body));
  const redirect = (res: ServerResponse, location: string): void => {
    res.writeHead(302, { Location: location, 'Content-Length': '0' });
    res.end();
  };
  const springError = (status: number, error: string, message: string, path: string) => ({
    timestamp: new Date().toISOString().replace('Z', '+00:00'),
    status,
    error,
    message,
    path,
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/;jsessionid=.*$/i, '');
    const method = req.method ?? 'GET';
    const requested = parseCookies(req.headers.cookie).get('JSESSIONID');
    let session = requested ? sessions.get(requested) : undefined;
    let invalid = requested !== undefined && session === undefined;
    const xhr = req.headers['x-requested-with'] === 'XMLHttpRequest';
    if (session) session.lastSeen = Date.now();

    const asset = method === 'GET' ? ASSETS.get(path) : undefined;
    if (asset) {
      send(res, 200, asset.type, asset.body(), { 'Cache-Control': 'max-age=0' });
      return;
    }
    if (method === 'GET' && path === '/captcha') {
      send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
      return;
    }

    const stage = stageOf(method, path);
    if (stage && stage === pendingExpiry) {
      pendingExpiry = undefined;
      state.expired.push(stage);
      if (session) sessions.delete(session.id);
      session = undefined;
      invalid = true;
    }

    const body = method === 'POST' ? await readBody(req) : '';
    const form = new URLSearchParams(body);
    const csrfOk = (s: Session): boolean =>
      (form.get('_csrf') ?? req.headers['x-csrf-token']?.toString() ?? '') === s.csrf;
    const forbidden = (): void => {
      if (xhr) json(res, 403, springError(403, 'Forbidden', 'Invalid CSRF Token', path));
      else html(res, whitelabel(403, 'Forbidden', 'Invalid CSRF Token was found on the request.'), 403);
    };

    /** The authenticated session, or the answer Spring Security gives without one (already sent). */
    const guard = (): (Session & SessionExtras) | undefined => {
      if (session?.stage === 'authenticated') return session;
      if (xhr) {
        json(
          res,
          401,
          springError(
            401,
            'Unauthorized',
            invalid ? 'Session expired' : 'Full authentication is required',
            path,
          ),
        );
      } else if (session?.stage === 'otp') {
        redirect(res, '/login/otp');
      } else {
        redirect(res, invalid ? '/login?expired' : '/login');
      }
      return undefined;
    };

    const ctx = (s: Session & SessionExtras): PageCtx => ({ state, session: s });

    if (method === 'GET' && (path === '/' || path === '/index')) {
      html(res, homePage(session?.stage === 'authenticated'));
      return;
    }
    if (method === 'GET' && (path === '/help' || path === '/contact')) {
      html(res, infoPage(path));
      return;
    }

    if (path === '/login' && method === 'GET') {
      const s = session ?? newSession(res);
      html(
        res,
        loginPage({
          csrf: s.csrf,
          error: url.searchParams.has('error') ? (s.loginError ?? 'Invalid username or password') : undefined,
          expired: url.searchParams.has('expired'),
          logout: url.searchParams.has('logout'),
        }),
      );
      return;
    }

    if (path === '/login' && method === 'POST') {
      if (!session) {
        if (invalid) redirect(res, '/login?expired');
        else forbidden();
        return;
      }
      if (!csrfOk(session)) {
        forbidden();
        return;
      }
      const captcha = (form.get('captcha') ?? '').trim();
      if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        session.loginError = 'Invalid captcha';
        redirect(res, '/login?error');
        return;
      }
      const username = (form.get('username') ?? '').trim();
      const password = form.get('password') ?? '';
      if (
        username.toLowerCase() !== SPRING_THYMELEAF_R15_LOGIN.username.toLowerCase() ||
        password !== SPRING_THYMELEAF_R15_LOGIN.password
      ) {
        state.refusals.push('login');
        session.loginError = 'Invalid username or password';
        redirect(res, '/login?error');
        return;
      }
      const fresh = newSession(res, session);
      fresh.loginError = undefined;
      fresh.stage = 'otp';
      fresh.username = SPRING_THYMELEAF_R15_LOGIN.username;
      redirect(res, '/login/otp');
      return;
    }

    if (path === '/login/otp' || path === '/login/otp/resend') {
      if (session?.stage !== 'otp') {
        if (session?.stage === 'authenticated') redirect(res, '/dashboard');
        else redirect(res, invalid ? '/login?expired' : '/login');
        return;
      }
      if (method === 'GET' && path === '/login/otp') {
        html(res, loginOtpPage({ csrf: session.csrf, resent: url.searchParams.has('resent') }));
        return;
      }
      if (method !== 'POST') {
        html(res, whitelabel(405, 'Method Not Allowed', "Request method 'GET' not supported"), 405);
        return;
      }
      if (!csrfOk(session)) {
        forbidden();
        return;
      }
      if (path === '/login/otp/resend') {
        redirect(res, '/login/otp?resent');
        return;
      }
      const otp = (form.get('otp') ?? '').trim();
      if (otp === '') {
        html(res, loginOtpPage({ csrf: session.csrf, error: 'Please enter the OTP.' }));
        return;
      }
      if (otp !== state.loginOtp) {
        state.refusals.push('login-otp');
        html(
          res,
          loginOtpPage({
            csrf: session.csrf,
            error: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
          }),
        );
        return;
      }
      session.stage = 'authenticated';
      redirect(res, '/dashboard');
      return;
    }

    if (path === '/logout') {
      if (session) sessions.delete(session.id);
      res.setHeader('Set-Cookie', 'JSESSIONID=; Path=/; Max-Age=0; HttpOnly');
      redirect(res, '/login?logout');
      return;
    }

    if (method === 'GET' && (path === '/dashboard' || path === '/home')) {
      const s = guard();
      if (!s) return;
      const showPopups = !s.popupsShown;
      s.popupsShown = true;
      html(res, dashboardPage(ctx(s), showPopups));
      return;
    }

    if (path === '/api/gsp/search' && method === 'GET') {
      const s = guard();
      if (!s) return;
      const q = (url.searchParams.get('q') ?? '').trim().toLowerCase();
      const found = q.length < 3 ? [] : GSPS.filter((g) => g.name.toLowerCase().includes(q));
      json(
        res,
        200,
        found.sort((a, b) => a.name.localeCompare(b.name)).map((g) => ({ gspId: g.id, gspName: g.name })),
      );
      return;
    }

    if (path === '/api-registration/otp/send' || path === '/api-registration/otp/verify') {
      const s = guard();
      if (!s) return;
      if (method !== 'POST') {
        json(res, 405, springError(405, 'Method Not Allowed', "Request method 'GET' not supported", path));
        return;
      }
      if (!csrfOk(s)) {
        forbidden();
        return;
      }
      if (path === '/api-registration/otp/send') {
        s.apiOtpSent = true;
        s.apiOtpVerified = false;
        json(res, 200, {
          status: 'SUCCESS',
          message: `OTP has been sent to your registered mobile number ${MOBILE_MASKED}. It is valid for 10 minutes.`,
          mobile: MOBILE_MASKED,
        });
        return;
      }
      if (!s.apiOtpSent) {
        json(res, 400, { status: 'FAILURE', message: 'Please generate the OTP first.' });
        return;
      }
      const otp = (form.get('otp') ?? '').trim();
      if (otp !== state.apiOtp) {
        state.refusals.push('api-otp');
        json(res, 400, {
          status: 'FAILURE',
          message: 'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
        });
        return;
      }
      s.apiOtpVerified = true;
      json(res, 200, { status: 'SUCCESS', message: 'OTP verified successfully.' });
      return;
    }

    if (path === '/api-registration/create') {
      const s = guard();
      if (!s) return;
      if (method === 'GET') {
        const flashes = s.flashes;
        s.flashes = [];
        html(res, createPage(ctx(s), { flashes, success: url.searchParams.has('success') }));
        return;
      }
      if (!csrfOk(s)) {
        forbidden();
        return;
      }
      if (!s.apiOtpVerified) {
        s.flashes.push({ kind: 'danger', message: 'Please verify the OTP before creating the API user.' });
        redirect(res, '/api-registration/create');
        return;
      }
      const view: FormView = {
        registrationType: form.get('registrationType') ?? '',
        gspId: form.get('gspId') ?? '',
        username: (form.get('username') ?? '').trim(),
        errors: {},
      };
      const password = form.get('password') ?? '';
      const confirm = form.get('confirmPassword') ?? '';
      const gsp = GSPS.find((g) => String(g.id) === view.gspId);
      if (view.registrationType === '') view.errors.registrationType = 'Please select the registration type.';
      else if (view.registrationType !== 'GSP')
        view.errors.registrationType = 'This registration type is not enabled for your GSTIN.';
      if (view.registrationType === 'GSP') {
        if (!gsp) view.errors.gspId = 'Please select your GSP.';
        if (view.username === '') view.errors.username = 'Please enter the username.';
        else if (!USERNAME_RULE.test(view.username))
          view.errors.username =
            "Username must be 4 to 30 characters: letters, digits, '.', '_' or '-' only.";
        if (password === '') view.errors.password = 'Please enter the password.';
        else if (!PASSWORD_RULE.test(password))
          view.errors.password =
            'Password must be 8 to 15 characters long with at least one upper case letter, one lower case letter, one digit and one special character.';
        if (confirm === '') view.errors.confirmPassword = 'Please re-enter the password.';
        else if (confirm !== password) view.errors.confirmPassword = 'Passwords do not match.';
      }
      const username = `API_${view.username}`;
      if (Object.keys(view.errors).length === 0 && gsp) {
        const mine = state.users.filter((u) => u.gstin === state.gstin);
        const taken =
          RESERVED_USERNAMES.includes(username.toLowerCase()) ||
          state.users.some((u) => u.username.toLowerCase() === username.toLowerCase());
        if (gsp.name === EARLIER.gsp || mine.some((u) => u.gsp === gsp.name)) {
          state.refusals.push('duplicate');
          view.globalError = `GSTIN ${state.gstin} is already registered with the GSP ${gsp.name}. Please select a different GSP.`;
        } else if (taken) {
          state.refusals.push('username-taken');
          view.errors.username = `Username ${username} already exists. Please choose a different username.`;
        } else {
          state.users.push({ gstin: state.gstin, gsp: gsp.name, username, password, createdOn: nowStamp() });
          s.apiOtpSent = false;
          s.apiOtpVerified = false;
          s.flashes.push({
            kind: 'success',
            message: `API User ${username} has been created successfully for ${gsp.name}. Please note the username and password: you will need them to access the e-Invoice APIs through your GSP.`,
          });
          redirect(res, '/api-registration/create?success');
          return;
        }
      }
      html(res, createPage(ctx(s), { flashes: [], success: false, form: view, gspName: gsp?.name }));
      return;
    }

    const leaf = method === 'GET' ? PLACEHOLDERS.get(path) : undefined;
    if (leaf) {
      const s = guard();
      if (!s) return;
      html(res, placeholderPage(ctx(s), path, leaf));
      return;
    }

    if (xhr) json(res, 404, springError(404, 'Not Found', 'No message available', path));
    else html(res, whitelabel(404, 'Not Found', 'No message available'), 404);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) html(res, whitelabel(500, 'Internal Server Error', String(error)), 500);
      else res.destroy();
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
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------------------------------------
// Style sheets: a hand-written subset of Bootstrap 3.4.1, the select2 4.0 core sheet with the
// select2-bootstrap theme, SweetAlert2 11's sheet, and the app's own sheets.
// ---------------------------------------------------------------------------------------------------

function gridCss(): string {
  const cols = Array.from({ length: 12 }, (_, i) => i + 1);
  const sizes: [string, number][] = [
    ['xs', 0],
    ['sm', 768],
    ['md', 992],
    ['lg', 1200],
  ];
  const all = sizes.flatMap(([s]) => cols.map((n) => `.col-${s}-${n}`)).join(',');
  let css = `${all}{position:relative;min-height:1px;padding-right:15px;padding-left:15px}`;
  for (const [s, min] of sizes) {
    let rules = `${cols.map((n) => `.col-${s}-${n}`).join(',')}{float:left}`;
    for (const n of cols) {
      const pct = `${((n / 12) * 100).toFixed(8).replace(/\.?0+$/, '')}%`;
      rules += `.col-${s}-${n}{width:${pct}}.col-${s}-offset-${n}{margin-left:${pct}}`;
    }
    rules += `.col-${s}-offset-0{margin-left:0}`;
    css += min === 0 ? rules : `@media (min-width:${min}px){${rules}}`;
  }
  return css;
}

/** Glyphicons without the font: each icon is an SVG used as a CSS mask over currentColor. */
function glyphiconCss(): string {
  const icons: Record<string, string> = {
    'eye-open':
      '<path d="M8 3C4.4 3 1.6 5.6.5 8c1.1 2.4 3.9 5 7.5 5s6.4-2.6 7.5-5C14.4 5.6 11.6 3 8 3zm0 8.3A3.3 3.3 0 1 1 8 4.7a3.3 3.3 0 0 1 0 6.6zM8 6.3A1.7 1.7 0 1 0 8 9.7 1.7 1.7 0 0 0 8 6.3z"/>',
    'eye-close':
      '<path d="M2.1 1.3 1 2.4l2.2 2.2C1.9 5.6 1 6.8.5 8c1.1 2.4 3.9 5 7.5 5 1.3 0 2.5-.3 3.5-.9l2.4 2.4 1.1-1.1L2.1 1.3zM8 11.3A3.3 3.3 0 0 1 4.9 6.9l1.3 1.3A1.7 1.7 0 0 0 7.8 9.7l1.3 1.3c-.3.2-.7.3-1.1.3zM8 3c3.6 0 6.4 2.6 7.5 5-.5 1.1-1.3 2.2-2.3 3.1l-2-2A3.3 3.3 0 0 0 6.9 4.8L5.3 3.3C6.1 3.1 7 3 8 3z"/>',
    refresh:
      '<path d="M13.6 2.4A7.9 7.9 0 0 0 8 0a8 8 0 1 0 7.7 10h-2.1A6 6 0 1 1 8 2c1.7 0 3.1.7 4.2 1.8L9 7h7V0l-2.4 2.4z"/>',
    user: '<path d="M8 8a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 1.5c-3.3 0-8 1.7-8 5V16h16v-1.5c0-3.3-4.7-5-8-5z"/>',
    dashboard: '<path d="M1 1h6v8H1zM9 1h6v4H9zM9 7h6v8H9zM1 11h6v4H1z"/>',
    'ok-sign':
      '<path d="M8 0a8 8 0 1 0 0 16A8 8 0 0 0 8 0zm-1.3 12L3 8.3l1.4-1.4 2.3 2.3 4.9-4.9L13 5.7 6.7 12z"/>',
    'info-sign': '<path d="M8 0a8 8 0 1 0 0 16A8 8 0 0 0 8 0zm1 13H7V7h2v6zm0-8H7V3h2v2z"/>',
    'log-out': '<path d="M6 2h-5v12h5v-2H3V4h3zM11 4l-1.4 1.4L11.2 7H5v2h6.2l-1.6 1.6L11 12l4-4z"/>',
    lock: '<path d="M13 7h-1V5a4 4 0 0 0-8 0v2H3v9h10V7zM6 5a2 2 0 0 1 4 0v2H6V5z"/>',
    file: '<path d="M2 0h8l4 4v12H2zM9 1v4h4"/>',
    'list-alt':
      '<path d="M1 1h14v14H1zm2 2v2h2V3zm4 0v2h6V3zM3 7v2h2V7zm4 0v2h6V7zm-4 4v2h2v-2zm4 0v2h6v-2z"/>',
    stats: '<path d="M1 14h14v2H1zM2 8h3v5H2zM6.5 4h3v9h-3zM11 1h3v12h-3z"/>',
    cog: '<path d="M9.4 0H6.6l-.4 2.2-1.1.6-2-1-2 2 1 2-.6 1.1L0 6.6v2.8l2.2.4.6 1.1-1 2 2 2 2-1 1.1.6.4 2.2h2.8l.4-2.2 1.1-.6 2 1 2-2-1-2 .6-1.1 2.2-.4V6.6l-2.2-.4-.6-1.1 1-2-2-2-2 1-1.1-.6L9.4 0zM8 5.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5z"/>',
    home: '<path d="M8 1 0 8h2v7h4.5v-4.5h3V15H14V8h2z"/>',
    phone: '<path d="M4 0h8v16H4zm1.5 2v10h5V2zM8 13a1 1 0 1 0 0 2 1 1 0 0 0 0-2z"/>',
    envelope: '<path d="M0 3h16v10H0zm1.5 1.5v.3L8 9l6.5-4.2v-.3zm0 2.1v4.9h13V6.6L8 10.8z"/>',
    bell: '<path d="M8 16a2 2 0 0 0 2-2H6a2 2 0 0 0 2 2zm5-5V7a5 5 0 0 0-4-4.9V1a1 1 0 0 0-2 0v1.1A5 5 0 0 0 3 7v4l-2 2v1h14v-1l-2-2z"/>',
  };
  let css =
    '.glyphicon{position:relative;top:1px;display:inline-block;width:1em;height:1em;line-height:1;background-color:currentColor;-webkit-mask-repeat:no-repeat;mask-repeat:no-repeat;-webkit-mask-position:center;mask-position:center;-webkit-mask-size:contain;mask-size:contain;vertical-align:-1px}';
  for (const [name, path] of Object.entries(icons)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">${path}</svg>`;
    const url = `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
    css += `.glyphicon-${name}{-webkit-mask-image:${url};mask-image:${url}}`;
  }
  return css;
}

const BOOTSTRAP_CSS = (): string =>
  `/*!
 * Bootstrap v3.4.1 (https://getbootstrap.com/)
 * Copyright 2011-2019 Twitter, Inc.
 * Licensed under MIT (https://github.com/twbs/bootstrap/blob/master/LICENSE)
 */` +
  String.raw`
html{font-family:sans-serif;-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%;font-size:10px;-webkit-tap-highlight-color:rgba(0,0,0,0)}
body{margin:0;font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;font-size:14px;line-height:1.42857143;color:#333;background-color:#fff}
article,aside,footer,header,main,nav,section{display:block}
*,*:before,*:after{-webkit-box-sizing:border-box;box-sizing:border-box}
input,button,select,textarea{font-family:inherit;font-size:inherit;line-height:inherit;margin:0}
button{overflow:visible;text-transform:none;-webkit-appearance:button;cursor:pointer}
a{color:#337ab7;text-decoration:none;background-color:transparent}
a:hover,a:focus{color:#23527c;text-decoration:underline}
a:focus{outline:5px auto -webkit-focus-ring-color;outline-offset:-2px}
img{vertical-align:middle;border:0}
fieldset{min-width:0;padding:0;margin:0;border:0}
legend{display:block;width:100%;padding:0;margin-bottom:20px;font-size:21px;line-height:inherit;color:#333;border:0;border-bottom:1px solid #e5e5e5}
hr{margin-top:20px;margin-bottom:20px;border:0;border-top:1px solid #eee}
b,strong{font-weight:700}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
h1,h2,h3,h4,h5,h6{font-family:inherit;font-weight:500;line-height:1.1;color:inherit}
h1,h2,h3{margin-top:20px;margin-bottom:10px}
h4,h5,h6{margin-top:10px;margin-bottom:10px}
h1{font-size:36px}h2{font-size:30px}h3{font-size:24px}h4{font-size:18px}h5{font-size:14px}h6{font-size:12px}
h1 small,h2 small,h3 small,h4 small{font-size:65%;font-weight:400;line-height:1;color:#777}
p{margin:0 0 10px}
.lead{margin-bottom:20px;font-size:16px;font-weight:300;line-height:1.4}
@media (min-width:768px){.lead{font-size:21px}}
small,.small{font-size:85%}
.text-left{text-align:left}.text-right{text-align:right}.text-center{text-align:center}
.text-muted{color:#777}.text-primary{color:#337ab7}.text-success{color:#3c763d}.text-info{color:#31708f}
.text-warning{color:#8a6d3b}.text-danger{color:#a94442}
.page-header{padding-bottom:9px;margin:40px 0 20px;border-bottom:1px solid #eee}
ul,ol{margin-top:0;margin-bottom:10px}
.list-unstyled{padding-left:0;list-style:none}
dl{margin-top:0;margin-bottom:20px}dt{font-weight:700}dd{margin-left:0}
.container,.container-fluid{padding-right:15px;padding-left:15px;margin-right:auto;margin-left:auto}
@media (min-width:768px){.container{width:750px}}
@media (min-width:992px){.container{width:970px}}
@media (min-width:1200px){.container{width:1170px}}
.row{margin-right:-15px;margin-left:-15px}
.clearfix:before,.clearfix:after,.container:before,.container:after,.container-fluid:before,.container-fluid:after,.row:before,.row:after,.form-horizontal .form-group:before,.form-horizontal .form-group:after,.nav:before,.nav:after,.navbar:before,.navbar:after,.navbar-header:before,.navbar-header:after,.navbar-collapse:before,.navbar-collapse:after,.panel-body:before,.panel-body:after{display:table;content:" "}
.clearfix:after,.container:after,.container-fluid:after,.row:after,.form-horizontal .form-group:after,.nav:after,.navbar:after,.navbar-header:after,.navbar-collapse:after,.panel-body:after{clear:both}
table{background-color:transparent;border-collapse:collapse;border-spacing:0}
th{text-align:left}
.table{width:100%;max-width:100%;margin-bottom:20px}
.table>thead>tr>th,.table>tbody>tr>th,.table>tbody>tr>td{padding:8px;line-height:1.42857143;vertical-align:top;border-top:1px solid #ddd}
.table>thead>tr>th{vertical-align:bottom;border-bottom:2px solid #ddd}
.table>thead:first-child>tr:first-child>th{border-top:0}
.table-condensed>thead>tr>th,.table-condensed>tbody>tr>th,.table-condensed>tbody>tr>td{padding:5px}
.table-bordered{border:1px solid #ddd}
.table-bordered>thead>tr>th,.table-bordered>tbody>tr>th,.table-bordered>tbody>tr>td{border:1px solid #ddd}
.table-bordered>thead>tr>th{border-bottom-width:2px}
.table-striped>tbody>tr:nth-of-type(odd){background-color:#f9f9f9}
.table-hover>tbody>tr:hover{background-color:#f5f5f5}
.table-responsive{min-height:.01%;overflow-x:auto}
label{display:inline-block;max-width:100%;margin-bottom:5px;font-weight:700}
input[type=radio],input[type=checkbox]{margin:4px 0 0;line-height:normal}
.form-control{display:block;width:100%;height:34px;padding:6px 12px;font-size:14px;line-height:1.42857143;color:#555;background-color:#fff;background-image:none;border:1px solid #ccc;border-radius:4px;-webkit-box-shadow:inset 0 1px 1px rgba(0,0,0,.075);box-shadow:inset 0 1px 1px rgba(0,0,0,.075);-webkit-transition:border-color ease-in-out .15s,box-shadow ease-in-out .15s;transition:border-color ease-in-out .15s,box-shadow ease-in-out .15s}
.form-control:focus{border-color:#66afe9;outline:0;box-shadow:inset 0 1px 1px rgba(0,0,0,.075),0 0 8px rgba(102,175,233,.6)}
.form-control::placeholder{color:#999;opacity:1}
.form-control[disabled],.form-control[readonly]{background-color:#eee;opacity:1}
.form-control[disabled]{cursor:not-allowed}
.form-group{margin-bottom:15px}
.radio,.checkbox{position:relative;display:block;margin-top:10px;margin-bottom:10px}
.radio label,.checkbox label{min-height:20px;padding-left:20px;margin-bottom:0;font-weight:400;cursor:pointer}
.radio input[type=radio],.checkbox input[type=checkbox]{position:absolute;margin-left:-20px}
.radio+.radio,.checkbox+.checkbox{margin-top:-5px}
.form-control-static{min-height:34px;padding-top:7px;padding-bottom:7px;margin-bottom:0}
.help-block{display:block;margin-top:5px;margin-bottom:10px;color:#737373}
.has-error .help-block,.has-error .control-label,.has-error .radio,.has-error .checkbox,.has-error.radio label{color:#a94442}
.has-error .form-control{border-color:#a94442;box-shadow:inset 0 1px 1px rgba(0,0,0,.075)}
.has-error .form-control:focus{border-color:#843534;box-shadow:inset 0 1px 1px rgba(0,0,0,.075),0 0 6px #ce8483}
.has-error .input-group-addon{color:#a94442;background-color:#f2dede;border-color:#a94442}
.form-horizontal .radio,.form-horizontal .checkbox{min-height:27px}
.form-horizontal .radio:first-of-type{padding-top:7px;margin-top:0}
.form-horizontal .form-group{margin-right:-15px;margin-left:-15px}
@media (min-width:768px){.form-horizontal .control-label{padding-top:7px;margin-bottom:0;text-align:right}}
.btn{display:inline-block;margin-bottom:0;font-weight:400;text-align:center;white-space:nowrap;vertical-align:middle;touch-action:manipulation;cursor:pointer;background-image:none;border:1px solid transparent;padding:6px 12px;font-size:14px;line-height:1.42857143;border-radius:4px;-webkit-user-select:none;user-select:none}
.btn:focus,.btn:active:focus{outline:5px auto -webkit-focus-ring-color;outline-offset:-2px}
.btn:hover,.btn:focus{color:#333;text-decoration:none}
.btn:active,.btn.active{background-image:none;outline:0;box-shadow:inset 0 3px 5px rgba(0,0,0,.125)}
.btn.disabled,.btn[disabled]{cursor:not-allowed;filter:alpha(opacity=65);opacity:.65;box-shadow:none}
a.btn.disabled{pointer-events:none}
.btn-default{color:#333;background-color:#fff;border-color:#ccc}
.btn-default:hover,.btn-default:focus{color:#333;background-color:#e6e6e6;border-color:#adadad}
.btn-primary{color:#fff;background-color:#337ab7;border-color:#2e6da4}
.btn-primary:hover,.btn-primary:focus{color:#fff;background-color:#286090;border-color:#204d74}
.btn-success{color:#fff;background-color:#5cb85c;border-color:#4cae4c}
.btn-success:hover,.btn-success:focus{color:#fff;background-color:#449d44;border-color:#398439}
.btn-info{color:#fff;background-color:#5bc0de;border-color:#46b8da}
.btn-warning{color:#fff;background-color:#f0ad4e;border-color:#eea236}
.btn-danger{color:#fff;background-color:#d9534f;border-color:#d43f3a}
.btn-danger:hover,.btn-danger:focus{color:#fff;background-color:#c9302c;border-color:#ac2925}
.btn-link{font-weight:400;color:#337ab7;border-radius:0;background-color:transparent;border-color:transparent;box-shadow:none}
.btn-link:hover,.btn-link:focus{color:#23527c;text-decoration:underline;background-color:transparent;border-color:transparent}
.btn-lg{padding:10px 16px;font-size:18px;line-height:1.3333333;border-radius:6px}
.btn-sm{padding:5px 10px;font-size:12px;line-height:1.5;border-radius:3px}
.btn-xs{padding:1px 5px;font-size:12px;line-height:1.5;border-radius:3px}
.btn-block{display:block;width:100%}
.fade{opacity:0;-webkit-transition:opacity .15s linear;transition:opacity .15s linear}
.fade.in{opacity:1}
.collapse{display:none}
.collapse.in{display:block}
.collapsing{position:relative;height:0;overflow:hidden;-webkit-transition-property:height,visibility;transition-property:height,visibility;-webkit-transition-duration:.35s;transition-duration:.35s;-webkit-transition-timing-function:ease;transition-timing-function:ease}
.caret{display:inline-block;width:0;height:0;margin-left:2px;vertical-align:middle;border-top:4px dashed;border-right:4px solid transparent;border-left:4px solid transparent}
.dropdown{position:relative}
.dropdown-toggle:focus{outline:0}
.dropdown-menu{position:absolute;top:100%;left:0;z-index:1000;display:none;float:left;min-width:160px;padding:5px 0;margin:2px 0 0;font-size:14px;text-align:left;list-style:none;background-color:#fff;background-clip:padding-box;border:1px solid rgba(0,0,0,.15);border-radius:4px;box-shadow:0 6px 12px rgba(0,0,0,.175)}
.dropdown-menu .divider{height:1px;margin:9px 0;overflow:hidden;background-color:#e5e5e5}
.dropdown-menu>li>a{display:block;padding:3px 20px;clear:both;font-weight:400;line-height:1.42857143;color:#333;white-space:nowrap}
.dropdown-menu>li>a:hover,.dropdown-menu>li>a:focus{color:#262626;text-decoration:none;background-color:#f5f5f5}
.open>.dropdown-menu{display:block}
.open>a{outline:0}
.input-group{position:relative;display:table;border-collapse:separate}
.input-group .form-control{position:relative;z-index:2;float:left;width:100%;margin-bottom:0;display:table-cell}
.input-group-addon,.input-group-btn{display:table-cell;width:1%;white-space:nowrap;vertical-align:middle}
.input-group-addon{padding:6px 12px;font-size:14px;font-weight:400;line-height:1;color:#555;text-align:center;background-color:#eee;border:1px solid #ccc;border-radius:4px}
.input-group .form-control:first-child,.input-group-addon:first-child{border-top-right-radius:0;border-bottom-right-radius:0}
.input-group-addon:first-child{border-right:0}
.input-group .form-control:last-child,.input-group-addon:last-child{border-top-left-radius:0;border-bottom-left-radius:0}
.input-group-addon:last-child{border-left:0}
.nav{padding-left:0;margin-bottom:0;list-style:none}
.nav>li{position:relative;display:block}
.nav>li>a{position:relative;display:block;padding:10px 15px}
.nav>li>a:hover,.nav>li>a:focus{text-decoration:none;background-color:#eee}
.navbar{position:relative;min-height:50px;margin-bottom:20px;border:1px solid transparent}
@media (min-width:768px){.navbar{border-radius:4px}.navbar-header{float:left}}
.navbar-collapse{padding-right:15px;padding-left:15px;overflow-x:visible;border-top:1px solid transparent;box-shadow:inset 0 1px 0 rgba(255,255,255,.1)}
@media (min-width:768px){.navbar-collapse{width:auto;border-top:0;box-shadow:none}.navbar-collapse.collapse{display:block!important;height:auto!important;padding-bottom:0;overflow:visible!important}}
.container-fluid>.navbar-header,.container-fluid>.navbar-collapse,.container>.navbar-header,.container>.navbar-collapse{margin-right:-15px;margin-left:-15px}
@media (min-width:768px){.container-fluid>.navbar-header,.container-fluid>.navbar-collapse,.container>.navbar-header,.container>.navbar-collapse{margin-right:0;margin-left:0}}
.navbar-static-top{z-index:1000;border-width:0 0 1px}
.navbar-fixed-top{position:fixed;right:0;left:0;z-index:1030;top:0;border-width:0 0 1px}
@media (min-width:768px){.navbar-static-top,.navbar-fixed-top{border-radius:0}}
.navbar-brand{float:left;height:50px;padding:15px 15px;font-size:18px;line-height:20px}
.navbar-brand:hover,.navbar-brand:focus{text-decoration:none}
@media (min-width:768px){.navbar>.container .navbar-brand,.navbar>.container-fluid .navbar-brand{margin-left:-15px}}
.navbar-toggle{position:relative;float:right;padding:9px 10px;margin-right:15px;margin-top:8px;margin-bottom:8px;background-color:transparent;background-image:none;border:1px solid transparent;border-radius:4px}
.navbar-toggle .icon-bar{display:block;width:22px;height:2px;border-radius:1px}
.navbar-toggle .icon-bar+.icon-bar{margin-top:4px}
@media (min-width:768px){.navbar-toggle{display:none}}
.navbar-nav{margin:7.5px -15px}
.navbar-nav>li>a{padding-top:10px;padding-bottom:10px;line-height:20px}
@media (min-width:768px){.navbar-nav{float:left;margin:0}.navbar-nav>li{float:left}.navbar-nav>li>a{padding-top:15px;padding-bottom:15px}}
.navbar-nav>li>.dropdown-menu{margin-top:0;border-top-left-radius:0;border-top-right-radius:0}
.navbar-btn{margin-top:8px;margin-bottom:8px}
.navbar-text{margin-top:15px;margin-bottom:15px}
@media (min-width:768px){.navbar-text{float:left;margin-right:15px;margin-left:15px}.navbar-left{float:left!important}.navbar-right{float:right!important;margin-right:-15px}.navbar-right~.navbar-right{margin-right:0}.navbar-right .dropdown-menu{right:0;left:auto}}
.navbar-default{background-color:#f8f8f8;border-color:#e7e7e7}
.navbar-default .navbar-brand{color:#777}
.navbar-default .navbar-brand:hover,.navbar-default .navbar-brand:focus{color:#5e5e5e;background-color:transparent}
.navbar-default .navbar-text{color:#777}
.navbar-default .navbar-nav>li>a{color:#777}
.navbar-default .navbar-nav>li>a:hover,.navbar-default .navbar-nav>li>a:focus{color:#333;background-color:transparent}
.navbar-default .navbar-nav>.active>a,.navbar-default .navbar-nav>.active>a:hover{color:#555;background-color:#e7e7e7}
.navbar-default .navbar-toggle{border-color:#ddd}
.navbar-default .navbar-toggle .icon-bar{background-color:#888}
.navbar-inverse{background-color:#222;border-color:#080808}
.navbar-inverse .navbar-brand{color:#9d9d9d}
.navbar-inverse .navbar-brand:hover,.navbar-inverse .navbar-brand:focus{color:#fff;background-color:transparent}
.navbar-inverse .navbar-text{color:#9d9d9d}
.navbar-inverse .navbar-nav>li>a{color:#9d9d9d}
.navbar-inverse .navbar-nav>li>a:hover,.navbar-inverse .navbar-nav>li>a:focus{color:#fff;background-color:transparent}
.navbar-inverse .navbar-nav>.open>a,.navbar-inverse .navbar-nav>.open>a:hover,.navbar-inverse .navbar-nav>.open>a:focus{color:#fff;background-color:#080808}
.navbar-inverse .navbar-toggle{border-color:#333}
.navbar-inverse .navbar-toggle .icon-bar{background-color:#fff}
.navbar-inverse .navbar-collapse{border-color:#101010}
.breadcrumb{padding:8px 15px;margin-bottom:20px;list-style:none;background-color:#f5f5f5;border-radius:4px}
.breadcrumb>li{display:inline-block}
.breadcrumb>li+li:before{padding:0 5px;color:#ccc;content:"/\00a0"}
.breadcrumb>.active{color:#777}
.label{display:inline;padding:.2em .6em .3em;font-size:75%;font-weight:700;line-height:1;color:#fff;text-align:center;white-space:nowrap;vertical-align:baseline;border-radius:.25em}
.label-default{background-color:#777}.label-success{background-color:#5cb85c}.label-danger{background-color:#d9534f}
.badge{display:inline-block;min-width:10px;padding:3px 7px;font-size:12px;font-weight:700;line-height:1;color:#fff;text-align:center;white-space:nowrap;vertical-align:middle;background-color:#777;border-radius:10px}
.jumbotron{padding-top:30px;padding-bottom:30px;margin-bottom:30px;color:inherit;background-color:#eee}
.jumbotron h1{color:inherit}
.jumbotron p{margin-bottom:15px;font-size:21px;font-weight:200}
@media screen and (min-width:768px){.jumbotron{padding-top:48px;padding-bottom:48px}.jumbotron h1{font-size:63px}}
.alert{padding:15px;margin-bottom:20px;border:1px solid transparent;border-radius:4px}
.alert h4{margin-top:0;color:inherit}
.alert>p,.alert>ul{margin-bottom:0}
.alert-dismissable,.alert-dismissible{padding-right:35px}
.alert-dismissable .close,.alert-dismissible .close{position:relative;top:-2px;right:-21px;color:inherit}
.alert-success{color:#3c763d;background-color:#dff0d8;border-color:#d6e9c6}
.alert-info{color:#31708f;background-color:#d9edf7;border-color:#bce8f1}
.alert-warning{color:#8a6d3b;background-color:#fcf8e3;border-color:#faebcc}
.alert-danger{color:#a94442;background-color:#f2dede;border-color:#ebccd1}
.list-group{padding-left:0;margin-bottom:20px}
.list-group-item{position:relative;display:block;padding:10px 15px;margin-bottom:-1px;background-color:#fff;border:1px solid #ddd}
.list-group-item:first-child{border-top-left-radius:4px;border-top-right-radius:4px}
.list-group-item:last-child{margin-bottom:0;border-bottom-right-radius:4px;border-bottom-left-radius:4px}
.panel{margin-bottom:20px;background-color:#fff;border:1px solid transparent;border-radius:4px;box-shadow:0 1px 1px rgba(0,0,0,.05)}
.panel-body{padding:15px}
.panel-heading{padding:10px 15px;border-bottom:1px solid transparent;border-top-left-radius:3px;border-top-right-radius:3px}
.panel-title{margin-top:0;margin-bottom:0;font-size:16px;color:inherit}
.panel-footer{padding:10px 15px;background-color:#f5f5f5;border-top:1px solid #ddd;border-bottom-right-radius:3px;border-bottom-left-radius:3px}
.panel>.table,.panel>.table-responsive>.table{margin-bottom:0}
.panel>.panel-body+.table,.panel>.panel-body+.table-responsive{border-top:1px solid #ddd}
.panel>.table-bordered,.panel>.table-responsive>.table-bordered{border:0}
.panel>.list-group{margin-bottom:0}
.panel>.list-group .list-group-item{border-width:1px 0;border-radius:0}
.panel-default{border-color:#ddd}
.panel-default>.panel-heading{color:#333;background-color:#f5f5f5;border-color:#ddd}
.panel-primary{border-color:#337ab7}
.panel-primary>.panel-heading{color:#fff;background-color:#337ab7;border-color:#337ab7}
.panel-success{border-color:#d6e9c6}
.panel-success>.panel-heading{color:#3c763d;background-color:#dff0d8;border-color:#d6e9c6}
.panel-info{border-color:#bce8f1}
.panel-info>.panel-heading{color:#31708f;background-color:#d9edf7;border-color:#bce8f1}
.panel-danger{border-color:#ebccd1}
.panel-danger>.panel-heading{color:#a94442;background-color:#f2dede;border-color:#ebccd1}
.close{float:right;font-size:21px;font-weight:700;line-height:1;color:#000;text-shadow:0 1px 0 #fff;opacity:.2}
.close:hover,.close:focus{color:#000;text-decoration:none;cursor:pointer;opacity:.5}
button.close{padding:0;cursor:pointer;background:transparent;border:0;-webkit-appearance:none;appearance:none}
.pull-right{float:right!important}.pull-left{float:left!important}
.hide{display:none!important}.show{display:block!important}.hidden{display:none!important}
.center-block{display:block;margin-right:auto;margin-left:auto}
@media (max-width:767px){.hidden-xs{display:none!important}}
` +
  gridCss() +
  glyphiconCss();

const SELECT2_CSS = `.select2-container{box-sizing:border-box;display:inline-block;margin:0;position:relative;vertical-align:middle}
.select2-container .select2-selection--single{box-sizing:border-box;cursor:pointer;display:block;height:28px;user-select:none;-webkit-user-select:none}
.select2-container .select2-selection--single .select2-selection__rendered{display:block;padding-left:8px;padding-right:20px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.select2-container[dir="rtl"] .select2-selection--single .select2-selection__rendered{padding-right:8px;padding-left:20px}
.select2-dropdown{background-color:white;border:1px solid #aaa;border-radius:4px;box-sizing:border-box;display:block;position:absolute;left:-100000px;width:100%;z-index:1051}
.select2-results{display:block}
.select2-results__options{list-style:none;margin:0;padding:0}
.select2-results__option{padding:6px;user-select:none;-webkit-user-select:none}
.select2-results__option[aria-selected]{cursor:pointer}
.select2-container--open .select2-dropdown{left:0}
.select2-container--open .select2-dropdown--above{border-bottom:none;border-bottom-left-radius:0;border-bottom-right-radius:0}
.select2-container--open .select2-dropdown--below{border-top:none;border-top-left-radius:0;border-top-right-radius:0}
.select2-search--dropdown{display:block;padding:4px}
.select2-search--dropdown .select2-search__field{padding:4px;width:100%;box-sizing:border-box}
.select2-search--dropdown .select2-search__field::-webkit-search-cancel-button{-webkit-appearance:none}
.select2-search--dropdown.select2-search--hide{display:none}
.select2-hidden-accessible{border:0!important;clip:rect(0 0 0 0)!important;-webkit-clip-path:inset(50%)!important;clip-path:inset(50%)!important;height:1px!important;overflow:hidden!important;padding:0!important;position:absolute!important;width:1px!important;white-space:nowrap!important}
`;

const SELECT2_BOOTSTRAP_CSS = `/*! Select2 Bootstrap Theme v0.1.0-beta.10 | MIT License | github.com/select2/select2-bootstrap-theme */
.select2-container--bootstrap{display:block}
.select2-container--bootstrap .select2-selection{box-shadow:inset 0 1px 1px rgba(0,0,0,.075);background-color:#fff;border:1px solid #ccc;border-radius:4px;color:#555;font-size:14px;outline:0}
.select2-container--bootstrap .select2-search--dropdown .select2-search__field{box-shadow:inset 0 1px 1px rgba(0,0,0,.075);background-color:#fff;border:1px solid #ccc;border-radius:4px;color:#555;font-size:14px;outline:0}
.select2-container--bootstrap .select2-results__option{padding:6px 12px}
.select2-container--bootstrap .select2-results__option[aria-disabled=true]{color:#777;cursor:not-allowed}
.select2-container--bootstrap .select2-results__option[aria-selected=true]{background-color:#f5f5f5;color:#262626}
.select2-container--bootstrap .select2-results__option--highlighted[aria-selected]{background-color:#337ab7;color:#fff}
.select2-container--bootstrap .select2-results__option.loading-results{color:#777}
.select2-container--bootstrap.select2-container--focus .select2-selection,.select2-container--bootstrap.select2-container--open .select2-selection{box-shadow:inset 0 1px 1px rgba(0,0,0,.075),0 0 8px rgba(102,175,233,.6);transition:border-color ease-in-out .15s,box-shadow ease-in-out .15s;border-color:#66afe9}
.select2-container--bootstrap.select2-container--open .select2-selection .select2-selection__arrow b{border-color:transparent transparent #999;border-width:0 4px 4px}
.select2-container--bootstrap.select2-container--open.select2-container--below .select2-selection{border-bottom-right-radius:0;border-bottom-left-radius:0;border-bottom-color:transparent}
.select2-container--bootstrap.select2-container--open.select2-container--above .select2-selection{border-top-right-radius:0;border-top-left-radius:0;border-top-color:transparent}
.select2-container--bootstrap .select2-selection--single{height:34px;line-height:1.42857143;padding:6px 24px 6px 12px}
.select2-container--bootstrap .select2-selection--single .select2-selection__arrow{position:absolute;bottom:0;right:12px;top:0;width:4px}
.select2-container--bootstrap .select2-selection--single .select2-selection__arrow b{border-color:#999 transparent transparent;border-style:solid;border-width:4px 4px 0;height:0;left:0;margin-left:-4px;margin-top:-2px;position:absolute;top:50%;width:0}
.select2-container--bootstrap .select2-selection--single .select2-selection__rendered{color:#555;padding:0}
.select2-container--bootstrap .select2-selection--single .select2-selection__placeholder{color:#999}
.select2-container--bootstrap .select2-dropdown{box-shadow:0 6px 12px rgba(0,0,0,.175);border-color:#66afe9;overflow-x:hidden;margin-top:-1px}
.select2-container--bootstrap .select2-dropdown--above{box-shadow:0 -6px 12px rgba(0,0,0,.175);margin-top:1px}
.select2-container--bootstrap .select2-results>.select2-results__options{max-height:200px;overflow-y:auto}
.has-error .select2-dropdown,.has-error .select2-selection{border-color:#a94442}
.has-error .select2-container--focus .select2-selection,.has-error .select2-container--open .select2-selection{box-shadow:inset 0 1px 1px rgba(0,0,0,.075),0 0 6px #ce8483;border-color:#843534}
`;

const SWEETALERT2_CSS = `.swal2-popup.swal2-toast{box-sizing:border-box}
.swal2-container{display:grid;position:fixed;z-index:1060;top:0;right:0;bottom:0;left:0;box-sizing:border-box;grid-template-areas:"top-start top top-end" "center-start center center-end" "bottom-start bottom-center bottom-end";grid-template-rows:minmax(min-content,auto) minmax(min-content,auto) minmax(min-content,auto);height:100%;padding:.625em;overflow-x:hidden;transition:background-color .1s;-webkit-overflow-scrolling:touch}
.swal2-container.swal2-backdrop-show,.swal2-container.swal2-noanimation{background:rgba(0,0,0,.4)}
.swal2-container.swal2-backdrop-hide{background:transparent!important}
.swal2-container.swal2-center>.swal2-popup{grid-column:2;grid-row:2;align-self:center;justify-self:center}
.swal2-popup{display:none;position:relative;box-sizing:border-box;grid-template-columns:minmax(0,100%);width:32em;max-width:100%;padding:0 0 1.25em;border:none;border-radius:5px;background:#fff;color:#545454;font-family:inherit;font-size:1rem}
.swal2-popup:focus{outline:none}
.swal2-title{position:relative;max-width:100%;margin:0;padding:.8em 1em 0;color:inherit;font-size:1.875em;font-weight:600;text-align:center;text-transform:none;word-wrap:break-word}
.swal2-actions{display:flex;z-index:1;box-sizing:border-box;flex-wrap:wrap;align-items:center;justify-content:center;width:auto;margin:1.25em auto 0;padding:0}
.swal2-loader{display:none;align-items:center;justify-content:center;width:2.2em;height:2.2em;margin:0 1.875em}
.swal2-styled{margin:.3125em;padding:.625em 1.1em;transition:box-shadow .1s;box-shadow:0 0 0 3px transparent;font-weight:500}
.swal2-styled:not([disabled]){cursor:pointer}
.swal2-styled.swal2-confirm{border:0;border-radius:.25em;background:initial;background-color:#7066e0;color:#fff;font-size:1em}
.swal2-styled.swal2-confirm:focus{box-shadow:0 0 0 3px rgba(112,102,224,.5)}
.swal2-styled.swal2-deny{border:0;border-radius:.25em;background:initial;background-color:#dc3741;color:#fff;font-size:1em}
.swal2-styled.swal2-cancel{border:0;border-radius:.25em;background:initial;background-color:#6e7881;color:#fff;font-size:1em}
.swal2-styled.swal2-cancel:focus{box-shadow:0 0 0 3px rgba(110,120,129,.5)}
.swal2-styled:focus{outline:none}
.swal2-footer{justify-content:center;margin:1em 0 0;padding:1em 1em 0;border-top:1px solid #eee;color:inherit;font-size:1em}
.swal2-timer-progress-bar-container{position:absolute;right:0;bottom:0;left:0;grid-column:auto!important;overflow:hidden;border-bottom-right-radius:5px;border-bottom-left-radius:5px}
.swal2-timer-progress-bar{width:100%;height:.25em;background:rgba(0,0,0,.2)}
.swal2-image{max-width:100%;margin:2em auto 1em}
.swal2-close{z-index:2;align-items:center;justify-content:center;width:1.2em;height:1.2em;margin-top:0;margin-right:0;margin-bottom:-1.2em;padding:0;overflow:hidden;transition:color .1s,box-shadow .1s;border:none;border-radius:5px;background:transparent;color:#ccc;font-family:serif;font-family:monospace;font-size:2.5em;cursor:pointer;justify-self:end}
.swal2-close:hover{transform:none;background:transparent;color:#f27474}
.swal2-close:focus{outline:none;box-shadow:inset 0 0 0 3px rgba(100,150,200,.5)}
.swal2-html-container{z-index:1;justify-content:center;margin:1em 1.6em .3em;padding:0;overflow:auto;color:inherit;font-size:1.125em;font-weight:400;line-height:normal;text-align:center;word-wrap:break-word;word-break:break-word}
.swal2-input,.swal2-file,.swal2-textarea,.swal2-select,.swal2-radio,.swal2-checkbox{margin:1em 2em 3px}
.swal2-validation-message{align-items:center;justify-content:center;margin:1em 0 0;padding:.625em;overflow:hidden;background:#f0f0f0;color:#666;font-size:1em;font-weight:300}
.swal2-icon{position:relative;box-sizing:content-box;justify-content:center;width:5em;height:5em;margin:2.5em auto .6em;border:.25em solid transparent;border-radius:50%;border-color:#000;font-family:inherit;line-height:5em;cursor:default;user-select:none}
.swal2-icon .swal2-icon-content{display:flex;align-items:center;font-size:3.75em}
.swal2-icon.swal2-error{border-color:#f27474;color:#f27474}
.swal2-icon.swal2-error .swal2-x-mark{position:relative;flex-grow:1}
.swal2-icon.swal2-error [class^=swal2-x-mark-line]{display:block;position:absolute;top:2.3125em;width:2.9375em;height:.3125em;border-radius:.125em;background-color:#f27474}
.swal2-icon.swal2-error [class^=swal2-x-mark-line][class$=left]{left:1.0625em;transform:rotate(45deg)}
.swal2-icon.swal2-error [class^=swal2-x-mark-line][class$=right]{right:1em;transform:rotate(-45deg)}
.swal2-icon.swal2-error.swal2-icon-show{animation:swal2-animate-error-icon .5s}
.swal2-icon.swal2-error.swal2-icon-show .swal2-x-mark{animation:swal2-animate-error-x-mark .5s}
.swal2-icon.swal2-warning{border-color:#facea8;color:#f8bb86}
.swal2-icon.swal2-warning.swal2-icon-show{animation:swal2-animate-error-icon .5s}
.swal2-icon.swal2-info{border-color:#9de0f6;color:#3fc3ee}
.swal2-icon.swal2-info.swal2-icon-show{animation:swal2-animate-error-icon .5s}
.swal2-icon.swal2-question{border-color:#c9dae1;color:#87adbd}
.swal2-icon.swal2-success{border-color:#a5dc86;color:#a5dc86}
.swal2-icon.swal2-success [class^=swal2-success-circular-line]{position:absolute;width:3.75em;height:7.5em;transform:rotate(45deg);border-radius:50%}
.swal2-icon.swal2-success [class^=swal2-success-circular-line][class$=left]{top:-.4375em;left:-2.0635em;transform:rotate(-45deg);transform-origin:3.75em 3.75em;border-radius:7.5em 0 0 7.5em}
.swal2-icon.swal2-success [class^=swal2-success-circular-line][class$=right]{top:-.6875em;left:1.875em;transform:rotate(-45deg);transform-origin:0 3.75em;border-radius:0 7.5em 7.5em 0}
.swal2-icon.swal2-success .swal2-success-ring{position:absolute;z-index:2;top:-.25em;left:-.25em;box-sizing:content-box;width:100%;height:100%;border:.25em solid rgba(165,220,134,.3);border-radius:50%}
.swal2-icon.swal2-success .swal2-success-fix{position:absolute;z-index:1;top:.5em;left:1.625em;width:.4375em;height:5.625em;transform:rotate(-45deg)}
.swal2-icon.swal2-success [class^=swal2-success-line]{display:block;position:absolute;z-index:2;height:.3125em;border-radius:.125em;background-color:#a5dc86}
.swal2-icon.swal2-success [class^=swal2-success-line][class$=tip]{top:2.875em;left:.8125em;width:1.5625em;transform:rotate(45deg)}
.swal2-icon.swal2-success [class^=swal2-success-line][class$=long]{top:2.375em;right:.5em;width:2.9375em;transform:rotate(-45deg)}
.swal2-icon.swal2-success.swal2-icon-show .swal2-success-line-tip{animation:swal2-animate-success-line-tip .75s}
.swal2-icon.swal2-success.swal2-icon-show .swal2-success-line-long{animation:swal2-animate-success-line-long .75s}
.swal2-show{animation:swal2-show .3s}
.swal2-hide{animation:swal2-hide .15s forwards}
.swal2-noanimation{transition:none}
@keyframes swal2-show{0%{transform:scale(.7)}45%{transform:scale(1.05)}80%{transform:scale(.95)}100%{transform:scale(1)}}
@keyframes swal2-hide{0%{transform:scale(1);opacity:1}100%{transform:scale(.5);opacity:0}}
@keyframes swal2-animate-success-line-tip{0%{top:1.1875em;left:.0625em;width:0}54%{top:1.0625em;left:.125em;width:0}70%{top:2.1875em;left:-.375em;width:3.125em}84%{top:3em;left:1.3125em;width:1.0625em}100%{top:2.8125em;left:.8125em;width:1.5625em}}
@keyframes swal2-animate-success-line-long{0%{top:3.375em;right:2.875em;width:0}65%{top:3.375em;right:2.875em;width:0}84%{top:2.1875em;right:0;width:3.4375em}100%{top:2.375em;right:.5em;width:2.9375em}}
@keyframes swal2-animate-error-x-mark{0%{margin-top:1.625em;transform:scale(.4);opacity:0}50%{margin-top:1.625em;transform:scale(.4);opacity:0}80%{margin-top:-.375em;transform:scale(1.15)}100%{margin-top:0;transform:scale(1);opacity:1}}
@keyframes swal2-animate-error-icon{0%{transform:rotateX(100deg);opacity:0}100%{transform:rotateX(0deg);opacity:1}}
body.swal2-shown:not(.swal2-no-backdrop):not(.swal2-toast-shown){overflow:hidden}
body.swal2-height-auto{height:auto!important}
`;

/** The app's own sheets: `style.css` on every page, `dashboard.css` (Bootstrap's dashboard example) signed in. */
const STYLE_CSS = `body{background:#fff}
.portal-brand img{display:inline-block;height:28px;margin:-4px 8px 0 0}
.portal-brand small{font-size:11px;color:#999;display:block;margin-top:-2px}
.navbar-default .navbar-brand.portal-brand{padding-top:8px;line-height:16px;color:#2c4b7a;font-weight:600}
.top-strip{background:#2c4b7a;color:#fff;font-size:12px;padding:3px 0}
.top-strip a{color:#fff}
.footer{border-top:1px solid #e5e5e5;color:#777;font-size:12px;padding:15px 0;margin-top:30px;text-align:center}
.login-panel{margin-top:40px}
.login-panel .panel-heading{font-weight:600}
.captcha-row{display:flex;align-items:center;gap:8px;margin-bottom:8px}
.captcha-row img{border:1px solid #ccc;border-radius:3px;background:#f7f7f7}
.required:after{content:" *";color:#a94442}
.huge{font-size:36px;line-height:1.1}
.panel-primary .panel-footer a,.panel-green .panel-footer a{display:block}
.panel-green{border-color:#5cb85c}.panel-green>.panel-heading{border-color:#5cb85c;color:#fff;background-color:#5cb85c}
.panel-red{border-color:#d9534f}.panel-red>.panel-heading{border-color:#d9534f;color:#fff;background-color:#d9534f}
.panel-yellow{border-color:#f0ad4e}.panel-yellow>.panel-heading{border-color:#f0ad4e;color:#fff;background-color:#f0ad4e}
.swal-contact-table{margin:10px auto 0;font-size:15px;text-align:left}
.swal-contact-table th{background:#f5f5f5;width:40%}
`;

const DASHBOARD_CSS = `body{padding-top:50px}
.sub-header{padding-bottom:10px;border-bottom:1px solid #eee}
.navbar-fixed-top{border:0}
.sidebar{display:none}
@media (min-width:768px){.sidebar{position:fixed;top:51px;bottom:0;left:0;z-index:1000;display:block;padding:20px;overflow-x:hidden;overflow-y:auto;background-color:#f5f5f5;border-right:1px solid #eee}}
.nav-sidebar{margin-right:-21px;margin-bottom:20px;margin-left:-20px}
.nav-sidebar>li>a{padding-right:20px;padding-left:20px}
.nav-sidebar>.active>a,.nav-sidebar>.active>a:hover,.nav-sidebar>.active>a:focus{color:#fff;background-color:#428bca}
.nav-sidebar a .caret{position:absolute;right:20px;top:18px;transition:transform .2s}
.nav-sidebar a.collapsed .caret{transform:rotate(-90deg)}
.nav-sidebar ul{list-style:none;padding-left:0;margin:0;background:#ececec}
.nav-sidebar ul li{position:relative}
.nav-sidebar ul li a{display:block;padding:7px 20px 7px 35px;color:#444}
.nav-sidebar ul ul{background:#e3e3e3}
.nav-sidebar ul ul li a{padding-left:50px}
.nav-sidebar ul li a:hover{background:#ddd;text-decoration:none}
.nav-sidebar ul li a .caret{top:14px}
.nav-sidebar ul li.active>a{color:#fff;background-color:#428bca}
.main{padding:20px}
@media (min-width:768px){.main{padding-right:40px;padding-left:40px}}
.main .page-header{margin-top:0}
.navbar-inverse .navbar-text strong{color:#fff}
`;

// ---------------------------------------------------------------------------------------------------
// Client runtimes (no backticks and no dollar-brace in them: they sit in String.raw templates).
// ---------------------------------------------------------------------------------------------------

/** A small stand-in for jQuery 3.6: selection, events with delegation and namespaces, $.ajax with jQuery's global events. */
const JQUERY_JS = String.raw`/*! jQuery v3.6.0 | (c) OpenJS Foundation and other contributors | jquery.org/license */
(function (window) {
  'use strict';
  var document = window.document;
  var slice = Array.prototype.slice;
  var readyList = [];
  var isReady = document.readyState !== 'loading';
  if (!isReady) {
    document.addEventListener('DOMContentLoaded', function () {
      isReady = true;
      var list = readyList; readyList = [];
      list.forEach(function (fn) { fn.call(document, jQuery); });
    });
  }
  function jQuery(selector, context) { return new Init(selector, context); }
  function Init(selector, context) {
    var els = [];
    if (!selector) {
      els = [];
    } else if (typeof selector === 'function') {
      if (isReady) window.setTimeout(function () { selector.call(document, jQuery); }); else readyList.push(selector);
      els = [document];
    } else if (typeof selector === 'string') {
      var s = selector.trim();
      if (s.charAt(0) === '<') {
        var t = document.createElement('template'); t.innerHTML = s;
        els = slice.call(t.content.childNodes).filter(function (n) { return n.nodeType === 1; });
      } else {
        var roots = context ? jQuery(context).toArray() : [document];
        roots.forEach(function (r) { slice.call(r.querySelectorAll(s)).forEach(function (e) { if (els.indexOf(e) < 0) els.push(e); }); });
      }
    } else if (selector instanceof Init) {
      els = selector.toArray();
    } else if (selector.nodeType || selector === window) {
      els = [selector];
    } else if (typeof selector.length === 'number') {
      els = slice.call(selector);
    }
    for (var i = 0; i < els.length; i++) this[i] = els[i];
    this.length = els.length;
  }
  function camel(s) { return s.replace(/-([a-z])/g, function (_, c) { return c.toUpperCase(); }); }
  function handlersOf(el) { if (!el.__jqEvents) el.__jqEvents = []; return el.__jqEvents; }
  function addHandler(el, types, selector, fn, once) {
    types.split(/\s+/).forEach(function (full) {
      if (!full) return;
      var parts = full.split('.');
      var type = parts[0];
      var record = { type: type, ns: parts.slice(1), fn: fn, selector: selector };
      record.wrapped = function (e) {
        var target = el;
        if (selector) {
          var start = e.target && e.target.nodeType === 3 ? e.target.parentNode : e.target;
          var hit = start && start.closest ? start.closest(selector) : null;
          if (!hit || (el !== document && !el.contains(hit))) return;
          target = hit;
        }
        if (once) removeHandlers(el, full, fn);
        var extra = (e.detail && e.detail.__jqArgs) || [];
        var result = fn.apply(target, [e].concat(extra));
        if (result === false) { e.preventDefault(); e.stopPropagation(); }
      };
      handlersOf(el).push(record);
      el.addEventListener(type, record.wrapped, false);
    });
  }
  function removeHandlers(el, types, fn) {
    var list = handlersOf(el);
    (types || '').split(/\s+/).forEach(function (full) {
      var parts = full.split('.');
      var type = parts[0];
      var ns = parts.slice(1);
      for (var i = list.length - 1; i >= 0; i--) {
        var r = list[i];
        if (type && r.type !== type) continue;
        if (ns.length && !ns.every(function (n) { return r.ns.indexOf(n) >= 0; })) continue;
        if (fn && r.fn !== fn) continue;
        el.removeEventListener(r.type, r.wrapped, false);
        list.splice(i, 1);
      }
    });
  }
  var fn = jQuery.fn = Init.prototype = {
    jquery: '3.6.0',
    constructor: jQuery,
    toArray: function () { return slice.call(this); },
    get: function (i) { return i == null ? this.toArray() : (i < 0 ? this[this.length + i] : this[i]); },
    each: function (cb) { for (var i = 0; i < this.length; i++) { if (cb.call(this[i], i, this[i]) === false) break; } return this; },
    eq: function (i) { var e = this.get(i); return jQuery(e ? [e] : []); },
    first: function () { return this.eq(0); },
    last: function () { return this.eq(-1); },
    find: function (sel) { var out = []; this.each(function () { slice.call(this.querySelectorAll(sel)).forEach(function (e) { if (out.indexOf(e) < 0) out.push(e); }); }); return jQuery(out); },
    closest: function (sel) { var out = []; this.each(function () { var c = this.closest ? this.closest(sel) : null; if (c && out.indexOf(c) < 0) out.push(c); }); return jQuery(out); },
    parent: function () { var out = []; this.each(function () { if (this.parentElement && out.indexOf(this.parentElement) < 0) out.push(this.parentElement); }); return jQuery(out); },
    children: function (sel) { var out = []; this.each(function () { slice.call(this.children).forEach(function (c) { if (!sel || c.matches(sel)) out.push(c); }); }); return jQuery(out); },
    filter: function (sel) { return jQuery(this.toArray().filter(function (e, i) { return typeof sel === 'function' ? sel.call(e, i, e) : e.matches && e.matches(sel); })); },
    is: function (sel) { return this.toArray().some(function (e) { return e.matches && e.matches(sel); }); },
    addClass: function (c) { var cs = String(c).split(/\s+/).filter(Boolean); return this.each(function () { var el = this; cs.forEach(function (x) { el.classList.add(x); }); }); },
    removeClass: function (c) { var cs = c == null ? null : String(c).split(/\s+/).filter(Boolean); return this.each(function () { var el = this; if (!cs) el.className = ''; else cs.forEach(function (x) { el.classList.remove(x); }); }); },
    toggleClass: function (c, state) { var cs = String(c).split(/\s+/).filter(Boolean); return this.each(function () { var el = this; cs.forEach(function (x) { el.classList.toggle(x, state); }); }); },
    hasClass: function (c) { return this.toArray().some(function (e) { return e.classList && e.classList.contains(c); }); },
    attr: function (name, value) {
      if (typeof name === 'object') { var self = this; Object.keys(name).forEach(function (k) { self.attr(k, name[k]); }); return this; }
      if (value === undefined) { var v = this[0] && this[0].getAttribute ? this[0].getAttribute(name) : null; return v == null ? undefined : v; }
      return this.each(function () { if (value === null) this.removeAttribute(name); else this.setAttribute(name, value); });
    },
    removeAttr: function (name) { return this.each(function () { this.removeAttribute(name); }); },
    prop: function (name, value) { if (value === undefined) return this[0] ? this[0][name] : undefined; return this.each(function () { this[name] = value; }); },
    data: function (key, value) {
      if (value === undefined) {
        var el = this[0]; if (!el) return undefined;
        if (el.__jqData && key in el.__jqData) return el.__jqData[key];
        var raw = el.dataset ? el.dataset[camel(key)] : undefined;
        if (raw === 'true') return true; if (raw === 'false') return false;
        if (raw != null && raw !== '' && !isNaN(raw)) return Number(raw);
        return raw;
      }
      return this.each(function () { (this.__jqData = this.__jqData || {})[key] = value; });
    },
    val: function (value) {
      if (value === undefined) { var el = this[0]; return el ? el.value : undefined; }
      return this.each(function () { this.value = value == null ? '' : value; });
    },
    text: function (t) { if (t === undefined) return this.toArray().map(function (e) { return e.textContent; }).join(''); return this.each(function () { this.textContent = t; }); },
    html: function (h) { if (h === undefined) return this[0] ? this[0].innerHTML : undefined; return this.each(function () { this.innerHTML = h; }); },
    css: function (name, value) {
      if (typeof name === 'object') { var self = this; Object.keys(name).forEach(function (k) { self.css(k, name[k]); }); return this; }
      if (value === undefined) return this[0] ? window.getComputedStyle(this[0]).getPropertyValue(name) : undefined;
      return this.each(function () { this.style[camel(name)] = typeof value === 'number' && !/opacity|z-index/.test(name) ? value + 'px' : value; });
    },
    show: function () { return this.each(function () { this.style.display = ''; if (window.getComputedStyle(this).display === 'none') this.style.display = 'block'; }); },
    hide: function () { return this.each(function () { this.style.display = 'none'; }); },
    toggle: function (state) { return this.each(function () { var $e = jQuery(this); var vis = state === undefined ? window.getComputedStyle(this).display === 'none' : state; if (vis) $e.show(); else $e.hide(); }); },
    fadeIn: function (d, cb) { this.show(); if (typeof d === 'function') cb = d; var self = this; if (cb) window.setTimeout(function () { self.each(cb); }, typeof d === 'number' ? d : 400); return this; },
    fadeOut: function (d, cb) { var self = this; if (typeof d === 'function') cb = d; window.setTimeout(function () { self.hide(); if (cb) self.each(cb); }, typeof d === 'number' ? d : 400); return this; },
    slideDown: function (d, cb) { return this.fadeIn(d, cb); },
    slideUp: function (d, cb) { return this.fadeOut(d, cb); },
    append: function (c) { return this.each(function () { var el = this; jQuery(c).each(function () { el.appendChild(this); }); }); },
    appendTo: function (t) { var target = jQuery(t)[0]; return this.each(function () { target.appendChild(this); }); },
    prepend: function (c) { return this.each(function () { var el = this; jQuery(c).toArray().reverse().forEach(function (n) { el.insertBefore(n, el.firstChild); }); }); },
    after: function (c) { return this.each(function () { var el = this; jQuery(c).toArray().reverse().forEach(function (n) { el.parentNode.insertBefore(n, el.nextSibling); }); }); },
    remove: function () { return this.each(function () { if (this.parentNode) this.parentNode.removeChild(this); }); },
    empty: function () { return this.each(function () { this.innerHTML = ''; }); },
    width: function () { return this[0] ? this[0].getBoundingClientRect().width : 0; },
    outerWidth: function () { return this[0] ? this[0].offsetWidth : 0; },
    outerHeight: function () { return this[0] ? this[0].offsetHeight : 0; },
    offset: function () { if (!this[0]) return undefined; var r = this[0].getBoundingClientRect(); return { top: r.top + window.pageYOffset, left: r.left + window.pageXOffset }; },
    serialize: function () { var f = this[0]; return f ? new URLSearchParams(new FormData(f)).toString() : ''; },
    on: function (types, selector, handler) { if (typeof selector === 'function') { handler = selector; selector = null; } return this.each(function () { addHandler(this, types, selector, handler, false); }); },
    one: function (types, selector, handler) { if (typeof selector === 'function') { handler = selector; selector = null; } return this.each(function () { addHandler(this, types, selector, handler, true); }); },
    off: function (types, selector, handler) { if (typeof selector === 'function') handler = selector; return this.each(function () { removeHandlers(this, types, handler); }); },
    trigger: function (type, args) {
      return this.each(function () {
        var el = this;
        if (type === 'click' && el.click) { el.click(); return; }
        if (type === 'focus' && el.focus) { el.focus(); return; }
        if (type === 'blur' && el.blur) { el.blur(); return; }
        var native = /^(change|input|submit|keyup|keydown|reset)$/.test(type);
        var ev = native && !args ? new Event(type, { bubbles: true, cancelable: true }) : new CustomEvent(type, { bubbles: true, cancelable: true, detail: { __jqArgs: args ? [].concat(args) : [] } });
        var go = el.dispatchEvent(ev);
        if (type === 'submit' && go && el.submit) el.submit();
      });
    },
  };
  ['click', 'change', 'submit', 'focus', 'blur', 'keyup', 'keydown', 'input'].forEach(function (name) {
    fn[name] = function (handler) { return handler ? this.on(name, handler) : this.trigger(name); };
  });

  jQuery.extend = fn.extend = function () {
    var args = slice.call(arguments);
    var deep = false;
    if (typeof args[0] === 'boolean') deep = args.shift();
    var target = args.shift() || {};
    args.forEach(function (src) {
      if (!src) return;
      Object.keys(src).forEach(function (k) {
        var v = src[k];
        if (deep && v && Object.prototype.toString.call(v) === '[object Object]') target[k] = jQuery.extend(true, target[k] || {}, v);
        else if (v !== undefined) target[k] = v;
      });
    });
    return target;
  };
  jQuery.each = function (o, cb) { if (Array.isArray(o)) { for (var i = 0; i < o.length; i++) if (cb.call(o[i], i, o[i]) === false) break; } else Object.keys(o).forEach(function (k) { cb.call(o[k], k, o[k]); }); return o; };
  jQuery.map = function (a, cb) { var out = []; jQuery.each(a, function (i, v) { var r = cb(v, i); if (r != null) out = out.concat(r); }); return out; };
  jQuery.trim = function (s) { return s == null ? '' : String(s).trim(); };
  jQuery.isFunction = function (f) { return typeof f === 'function'; };
  jQuery.isArray = Array.isArray;
  jQuery.noop = function () {};
  jQuery.param = function (o) { return Object.keys(o).map(function (k) { var v = o[k]; return encodeURIComponent(k) + '=' + encodeURIComponent(v == null ? '' : v); }).join('&').replace(/%20/g, '+'); };

  var globalHandlers = { ajaxStart: [], ajaxStop: [], ajaxSend: [], ajaxSuccess: [], ajaxError: [], ajaxComplete: [] };
  Object.keys(globalHandlers).forEach(function (name) {
    fn[name] = function (handler) { var list = globalHandlers[name]; return this.each(function () { list.push({ el: this, fn: handler }); }); };
  });
  function fireGlobal(name, args) {
    globalHandlers[name].slice().forEach(function (h) { h.fn.apply(h.el, [{ type: name, target: h.el, currentTarget: h.el }].concat(args)); });
  }
  var active = 0;
  jQuery.ajaxSettings = { type: 'GET', global: true, async: true, contentType: 'application/x-www-form-urlencoded; charset=UTF-8', headers: {} };
  jQuery.ajaxSetup = function (o) { var headers = jQuery.extend({}, jQuery.ajaxSettings.headers, o.headers || {}); jQuery.extend(jQuery.ajaxSettings, o); jQuery.ajaxSettings.headers = headers; return jQuery.ajaxSettings; };
  jQuery.ajax = function (url, options) {
    if (typeof url === 'object') { options = url; url = undefined; }
    var s = jQuery.extend({}, jQuery.ajaxSettings, options || {});
    s.url = url || s.url || window.location.href;
    s.type = String(s.method || s.type || 'GET').toUpperCase();
    var headers = jQuery.extend({}, jQuery.ajaxSettings.headers, (options && options.headers) || {});
    var data = s.data;
    if (data && typeof data !== 'string' && s.processData !== false) data = jQuery.param(data);
    if ((s.type === 'GET' || s.type === 'HEAD') && data) { s.url += (s.url.indexOf('?') >= 0 ? '&' : '?') + data; data = null; }
    var xhr = new XMLHttpRequest();
    var state = 'pending', completed = false, aborted = false;
    var lists = { done: [], fail: [], always: [] };
    var settled = null;
    var ctx = s.context || s;
    var jqXHR = {
      readyState: 0, status: 0, statusText: '', responseText: '', responseJSON: undefined,
      setRequestHeader: function (n, v) { headers[n] = v; return this; },
      getResponseHeader: function (n) { return xhr.getResponseHeader(n); },
      getAllResponseHeaders: function () { return xhr.getAllResponseHeaders(); },
      abort: function (text) { if (!completed) { aborted = true; xhr.abort(); finish(0, text || 'abort'); } return this; },
      state: function () { return state; },
      done: function (f) { if (state === 'resolved') f.apply(ctx, settled); else if (state === 'pending') lists.done.push(f); return this; },
      fail: function (f) { if (state === 'rejected') f.apply(ctx, settled); else if (state === 'pending') lists.fail.push(f); return this; },
      always: function (f) { if (state !== 'pending') f.apply(ctx, settled); else lists.always.push(f); return this; },
      then: function (ok, bad) { var self = this; return new Promise(function (res, rej) { self.done(function (d) { res(d); }).fail(function (x) { rej(x); }); }).then(ok, bad); },
      catch: function (bad) { return this.then(null, bad); },
    };
    jqXHR.success = jqXHR.done; jqXHR.error = jqXHR.fail; jqXHR.complete = jqXHR.always;
    if (s.success) lists.done.push(s.success);
    if (s.error) lists.fail.push(s.error);
    function finish(status, text) {
      if (completed) return;
      completed = true;
      jqXHR.readyState = 4;
      jqXHR.status = status;
      jqXHR.statusText = text;
      try { jqXHR.responseText = xhr.responseText; } catch (e) { jqXHR.responseText = ''; }
      var ok = (status >= 200 && status < 300) || status === 304;
      var ct = (status && xhr.getResponseHeader('Content-Type')) || '';
      var result = jqXHR.responseText;
      var error = text;
      if (s.dataType === 'json' || ct.indexOf('json') >= 0) {
        try { jqXHR.responseJSON = jqXHR.responseText ? JSON.parse(jqXHR.responseText) : undefined; result = jqXHR.responseJSON; }
        catch (e) { if (ok) { ok = false; text = 'parsererror'; error = e; } }
      }
      if (ok) {
        text = status === 204 ? 'nocontent' : status === 304 ? 'notmodified' : 'success';
        state = 'resolved'; settled = [result, text, jqXHR];
        lists.done.forEach(function (f) { f.apply(ctx, settled); });
        if (s.global) fireGlobal('ajaxSuccess', [jqXHR, s, result]);
      } else {
        if (aborted) text = 'abort'; else if (!status && text !== 'parsererror') text = 'error';
        jqXHR.statusText = aborted ? 'abort' : jqXHR.statusText;
        state = 'rejected'; settled = [jqXHR, text, error];
        lists.fail.forEach(function (f) { f.apply(ctx, settled); });
        if (s.global) fireGlobal('ajaxError', [jqXHR, s, error]);
      }
      if (s.complete) s.complete.call(ctx, jqXHR, text);
      lists.always.forEach(function (f) { f.apply(ctx, settled); });
      if (s.global) { fireGlobal('ajaxComplete', [jqXHR, s]); if (--active === 0) fireGlobal('ajaxStop', []); }
    }
    if (s.beforeSend && s.beforeSend.call(ctx, jqXHR, s) === false) { completed = true; state = 'rejected'; settled = [jqXHR, 'canceled', 'canceled']; return jqXHR; }
    if (s.global && active++ === 0) fireGlobal('ajaxStart', []);
    if (s.global) fireGlobal('ajaxSend', [jqXHR, s]);
    xhr.open(s.type, s.url, true);
    var sameOrigin = new URL(s.url, window.location.href).origin === window.location.origin;
    if (sameOrigin && !headers['X-Requested-With']) headers['X-Requested-With'] = 'XMLHttpRequest';
    headers.Accept = s.dataType === 'json' ? 'application/json, text/javascript, */*; q=0.01' : '*/*';
    if (data != null && s.contentType !== false) headers['Content-Type'] = s.contentType;
    Object.keys(headers).forEach(function (k) { xhr.setRequestHeader(k, headers[k]); });
    xhr.onload = function () { finish(xhr.status, xhr.statusText || (xhr.status === 200 ? 'OK' : '')); };
    xhr.onerror = function () { finish(0, 'error'); };
    xhr.ontimeout = function () { finish(0, 'timeout'); };
    jqXHR.readyState = 1;
    xhr.send(data == null ? null : data);
    return jqXHR;
  };
  function shorthand(type) {
    return function (url, data, success, dataType) {
      if (typeof data === 'function') { dataType = dataType || success; success = data; data = undefined; }
      return jQuery.ajax({ url: url, type: type, data: data, success: success, dataType: dataType });
    };
  }
  jQuery.get = shorthand('GET');
  jQuery.post = shorthand('POST');
  jQuery.getJSON = function (url, data, success) { return jQuery.get(url, data, success, 'json'); };
  window.jQuery = window.$ = jQuery;
})(window);
`;

/** Bootstrap 3.4.1's plugins as the portal uses them: collapse (350 ms `.collapsing`), dropdown, alert, button. */
const BOOTSTRAP_JS = String.raw`/*!
 * Bootstrap v3.4.1 (https://getbootstrap.com/)
 * Copyright 2011-2019 Twitter, Inc.
 * Licensed under the MIT license
 */
if (typeof jQuery === 'undefined') { throw new Error('Bootstrap\'s JavaScript requires jQuery'); }
(function ($) {
  'use strict';
  var TRANSITION_DURATION = 350;
  function onTransitionEnd(el, duration, done) {
    var called = false;
    function finish(e) {
      if (e && e.target !== el) return;
      if (called) return;
      called = true;
      el.removeEventListener('transitionend', finish);
      done();
    }
    el.addEventListener('transitionend', finish);
    window.setTimeout(function () { finish(); }, duration);
  }
  function emit(el, name) { var ev = new CustomEvent(name, { bubbles: true, cancelable: true }); el.dispatchEvent(ev); return !ev.defaultPrevented; }
  function togglesOf(el) {
    return Array.prototype.slice.call(document.querySelectorAll('[data-toggle="collapse"][href="#' + el.id + '"],[data-toggle="collapse"][data-target="#' + el.id + '"]'));
  }
  function setToggles(el, open) { togglesOf(el).forEach(function (t) { t.classList.toggle('collapsed', !open); t.setAttribute('aria-expanded', String(open)); }); }
  function show(el) {
    if (el.__transitioning || el.classList.contains('in')) return;
    if (!emit(el, 'show.bs.collapse')) return;
    el.classList.remove('collapse');
    el.classList.add('collapsing');
    el.style.height = '0px';
    el.setAttribute('aria-expanded', 'true');
    setToggles(el, true);
    el.__transitioning = 1;
    onTransitionEnd(el, TRANSITION_DURATION, function () {
      el.classList.remove('collapsing');
      el.classList.add('collapse', 'in');
      el.style.height = '';
      el.__transitioning = 0;
      emit(el, 'shown.bs.collapse');
    });
    el.style.height = el.scrollHeight + 'px';
  }
  function hide(el) {
    if (el.__transitioning || !el.classList.contains('in')) return;
    if (!emit(el, 'hide.bs.collapse')) return;
    el.style.height = el.getBoundingClientRect().height + 'px';
    void el.offsetHeight;
    el.classList.add('collapsing');
    el.classList.remove('collapse', 'in');
    el.setAttribute('aria-expanded', 'false');
    setToggles(el, false);
    el.__transitioning = 1;
    onTransitionEnd(el, TRANSITION_DURATION, function () {
      el.__transitioning = 0;
      el.classList.remove('collapsing');
      el.classList.add('collapse');
      emit(el, 'hidden.bs.collapse');
    });
    el.style.height = '0px';
  }
  $.fn.collapse = function (option) {
    return this.each(function () {
      if (option === 'show') show(this);
      else if (option === 'hide') hide(this);
      else if (this.classList.contains('in')) hide(this);
      else show(this);
    });
  };
  $(document).on('click.bs.collapse.data-api', '[data-toggle="collapse"]', function (e) {
    var href = this.getAttribute('href');
    var target = this.getAttribute('data-target') || (href && href.replace(/.*(?=#[^\s]+$)/, ''));
    if (!this.getAttribute('data-target')) e.preventDefault();
    var el = target ? document.querySelector(target) : null;
    if (!el) return;
    if (el.classList.contains('in')) hide(el); else show(el);
  });

  function clearMenus(except) {
    Array.prototype.forEach.call(document.querySelectorAll('[data-toggle="dropdown"]'), function (t) {
      var p = t.parentElement;
      if (p === except || !p.classList.contains('open')) return;
      if (!emit(p, 'hide.bs.dropdown')) return;
      t.setAttribute('aria-expanded', 'false');
      p.classList.remove('open');
      emit(p, 'hidden.bs.dropdown');
    });
  }
  $(document).on('click.bs.dropdown.data-api', function (e) {
    var t = e.target && e.target.closest ? e.target.closest('[data-toggle="dropdown"]') : null;
    if (!t) clearMenus();
  });
  $(document).on('click.bs.dropdown.data-api', '[data-toggle="dropdown"]', function (e) {
    e.preventDefault();
    var p = this.parentElement;
    var open = p.classList.contains('open');
    clearMenus(p);
    if (open) { p.classList.remove('open'); this.setAttribute('aria-expanded', 'false'); return; }
    if (!emit(p, 'show.bs.dropdown')) return;
    this.focus();
    this.setAttribute('aria-expanded', 'true');
    p.classList.add('open');
    emit(p, 'shown.bs.dropdown');
  });
  $(document).on('keydown.bs.dropdown.data-api', function (e) { if (e.key === 'Escape') clearMenus(); });

  $(document).on('click.bs.alert.data-api', '[data-dismiss="alert"]', function (e) {
    e.preventDefault();
    var alert = this.closest('.alert');
    if (!alert || !emit(alert, 'close.bs.alert')) return;
    alert.classList.remove('in');
    function remove() { if (alert.parentNode) alert.parentNode.removeChild(alert); }
    if (alert.classList.contains('fade')) window.setTimeout(remove, 150); else remove();
  });

  $.fn.button = function (option) {
    return this.each(function () {
      var el = this;
      if (option !== 'loading' && option !== 'reset') return;
      if (el.__resetText == null) el.__resetText = el.innerHTML;
      var text = option === 'loading' ? (el.getAttribute('data-loading-text') || 'loading...') : el.__resetText;
      window.setTimeout(function () {
        el.innerHTML = text;
        if (option === 'loading') { el.__isLoading = true; el.classList.add('disabled'); el.setAttribute('disabled', 'disabled'); el.disabled = true; }
        else if (el.__isLoading) { el.__isLoading = false; el.classList.remove('disabled'); el.removeAttribute('disabled'); el.disabled = false; }
      }, 0);
    });
  };
})(jQuery);
`;

/** SweetAlert2 11's popup: its DOM, classes, show/hide animations, body classes, aria-hidden siblings and results. */
const SWEETALERT2_JS = `/*!
* sweetalert2 v11.4.8
* Released under the MIT License.
*/
(function (window) {
  'use strict';
  var document = window.document;
  var current = null;
  var DismissReason = { cancel: 'cancel', backdrop: 'backdrop', close: 'close', esc: 'esc', timer: 'timer' };
  var defaults = {
    title: '', titleText: '', text: '', html: '', footer: '', icon: undefined,
    showConfirmButton: true, showDenyButton: false, showCancelButton: false, showCloseButton: false,
    confirmButtonText: 'OK', denyButtonText: 'No', cancelButtonText: 'Cancel',
    confirmButtonColor: undefined, denyButtonColor: undefined, cancelButtonColor: undefined,
    confirmButtonAriaLabel: '', cancelButtonAriaLabel: '', closeButtonHtml: '&times;', closeButtonAriaLabel: 'Close this dialog',
    allowOutsideClick: true, allowEscapeKey: true, allowEnterKey: true, focusConfirm: true, focusCancel: false,
    reverseButtons: false, heightAuto: true, returnFocus: true, timer: undefined, backdrop: true,
    didOpen: undefined, willClose: undefined, didClose: undefined, customClass: {},
  };
  var icons = {
    success: '<div class="swal2-success-circular-line-left" style="background-color: rgb(255, 255, 255);"></div><span class="swal2-success-line-tip"></span> <span class="swal2-success-line-long"></span><div class="swal2-success-ring"></div> <div class="swal2-success-fix" style="background-color: rgb(255, 255, 255);"></div><div class="swal2-success-circular-line-right" style="background-color: rgb(255, 255, 255);"></div>',
    error: '<span class="swal2-x-mark"><span class="swal2-x-mark-line-left"></span><span class="swal2-x-mark-line-right"></span></span>',
    warning: '<div class="swal2-icon-content">!</div>',
    info: '<div class="swal2-icon-content">i</div>',
    question: '<div class="swal2-icon-content">?</div>',
  };
  function addBodyClasses(p) {
    [document.documentElement, document.body].forEach(function (el) {
      el.classList.add('swal2-shown');
      if (p.heightAuto) el.classList.add('swal2-height-auto');
    });
  }
  function removeBodyClasses() {
    [document.documentElement, document.body].forEach(function (el) { el.classList.remove('swal2-shown', 'swal2-height-auto', 'swal2-no-backdrop'); });
  }
  function setAriaHidden(container) {
    Array.prototype.forEach.call(document.body.children, function (el) {
      if (el === container || el.contains(container)) return;
      if (el.hasAttribute('aria-hidden')) el.setAttribute('data-previous-aria-hidden', el.getAttribute('aria-hidden'));
      el.setAttribute('aria-hidden', 'true');
    });
  }
  function unsetAriaHidden() {
    Array.prototype.forEach.call(document.body.children, function (el) {
      if (el.hasAttribute('data-previous-aria-hidden')) {
        el.setAttribute('aria-hidden', el.getAttribute('data-previous-aria-hidden'));
        el.removeAttribute('data-previous-aria-hidden');
      } else {
        el.removeAttribute('aria-hidden');
      }
    });
  }
  function button(cls, show, color, label) {
    return '<button type="button" class="' + cls + ' swal2-styled" aria-label="' + (label || '') + '" style="display: ' + (show ? 'inline-block' : 'none') + ';' + (color ? ' background-color: ' + color + ';' : '') + '"></button>';
  }
  function teardown(inst) {
    window.clearTimeout(inst.removeTimer);
    window.clearTimeout(inst.timerId);
    if (inst.torn) return;
    inst.torn = true;
    window.removeEventListener('keydown', inst.keydown, false);
    if (inst.container.parentNode) inst.container.parentNode.removeChild(inst.container);
    if (current === inst) current = null;
    if (!current) {
      removeBodyClasses();
      unsetAriaHidden();
      if (inst.params.returnFocus && inst.previousFocus && inst.previousFocus.focus && document.contains(inst.previousFocus)) inst.previousFocus.focus({ preventScroll: true });
    }
    if (inst.params.didClose) inst.params.didClose();
  }
  function close(inst, result) {
    if (inst.closing) return;
    inst.closing = true;
    if (inst.params.willClose) inst.params.willClose(inst.popup);
    inst.popup.classList.remove('swal2-show');
    inst.popup.classList.add('swal2-hide');
    inst.container.classList.remove('swal2-backdrop-show');
    inst.container.classList.add('swal2-backdrop-hide');
    inst.popup.addEventListener('animationend', function (e) { if (e.target === inst.popup) teardown(inst); });
    inst.removeTimer = window.setTimeout(function () { teardown(inst); }, 200);
    inst.resolve(result);
  }
  function dismiss(reason) { return { isConfirmed: false, isDenied: false, isDismissed: true, dismiss: reason }; }
  function fire() {
    var a = arguments;
    var opts = typeof a[0] === 'object' ? a[0] : { title: a[0], html: a[1], icon: a[2] };
    var p = {};
    Object.keys(defaults).forEach(function (k) { p[k] = defaults[k]; });
    Object.keys(this && this.__mixin ? this.__mixin : {}).forEach(function (k) { p[k] = this.__mixin[k]; }, this);
    Object.keys(opts || {}).forEach(function (k) { if (opts[k] !== undefined) p[k] = opts[k]; });
    if (current) teardown(current);
    var old = document.querySelector('.swal2-container');
    if (old && old.parentNode) old.parentNode.removeChild(old);
    var inst = { params: p, previousFocus: document.activeElement };
    var container = document.createElement('div');
    container.className = 'swal2-container swal2-center swal2-backdrop-show';
    container.style.overflowY = 'auto';
    container.innerHTML =
      '<div aria-labelledby="swal2-title" aria-describedby="swal2-html-container" class="swal2-popup swal2-modal swal2-show" tabindex="-1" role="dialog" aria-live="assertive" aria-modal="true" style="display: grid;">' +
      '<button type="button" class="swal2-close" aria-label="' + p.closeButtonAriaLabel + '" style="display: ' + (p.showCloseButton ? 'flex' : 'none') + ';">' + p.closeButtonHtml + '</button>' +
      '<ul class="swal2-progress-steps" style="display: none;"></ul>' +
      (p.icon && icons[p.icon] ? '<div class="swal2-icon swal2-' + p.icon + ' swal2-icon-show" style="display: flex;">' + icons[p.icon] + '</div>' : '<div class="swal2-icon" style="display: none;"></div>') +
      '<img class="swal2-image" style="display: none;">' +
      '<h2 class="swal2-title" id="swal2-title" style="display: ' + (p.title || p.titleText ? 'block' : 'none') + ';"></h2>' +
      '<div class="swal2-html-container" id="swal2-html-container" style="display: ' + (p.html || p.text ? 'block' : 'none') + ';"></div>' +
      '<input class="swal2-input" style="display: none;"><input type="file" class="swal2-file" style="display: none;"><div class="swal2-range" style="display: none;"><input type="range"><output></output></div><select class="swal2-select" style="display: none;"></select><div class="swal2-radio" style="display: none;"></div><label for="swal2-checkbox" class="swal2-checkbox" style="display: none;"><input type="checkbox"><span class="swal2-label"></span></label><textarea class="swal2-textarea" style="display: none;"></textarea>' +
      '<div class="swal2-validation-message" id="swal2-validation-message" style="display: none;"></div>' +
      '<div class="swal2-actions" style="display: ' + (p.showConfirmButton || p.showCancelButton || p.showDenyButton ? 'flex' : 'none') + ';"><div class="swal2-loader"></div>' +
      button('swal2-confirm', p.showConfirmButton, p.confirmButtonColor, p.confirmButtonAriaLabel) +
      button('swal2-deny', p.showDenyButton, p.denyButtonColor, '') +
      button('swal2-cancel', p.showCancelButton, p.cancelButtonColor, p.cancelButtonAriaLabel) +
      '</div><div class="swal2-footer" style="display: ' + (p.footer ? 'flex' : 'none') + ';"></div>' +
      '<div class="swal2-timer-progress-bar-container"><div class="swal2-timer-progress-bar" style="display: none;"></div></div></div>';
    var popup = container.firstChild;
    if (p.icon) popup.classList.add('swal2-icon-' + p.icon);
    var q = function (sel) { return popup.querySelector(sel); };
    if (p.titleText) q('.swal2-title').textContent = p.titleText; else q('.swal2-title').innerHTML = p.title || '';
    if (p.html) q('.swal2-html-container').innerHTML = p.html; else q('.swal2-html-container').textContent = p.text || '';
    if (p.footer) q('.swal2-footer').innerHTML = p.footer;
    var confirm = q('.swal2-confirm'), deny = q('.swal2-deny'), cancel = q('.swal2-cancel'), closeBtn = q('.swal2-close');
    confirm.innerHTML = p.confirmButtonText;
    deny.innerHTML = p.denyButtonText;
    cancel.innerHTML = p.cancelButtonText;
    if (p.reverseButtons) { var actions = q('.swal2-actions'); actions.insertBefore(cancel, confirm); actions.insertBefore(deny, confirm); }
    inst.container = container;
    inst.popup = popup;
    var promise = new Promise(function (resolve) { inst.resolve = resolve; });
    confirm.addEventListener('click', function () { close(inst, { isConfirmed: true, isDenied: false, isDismissed: false, value: true }); });
    deny.addEventListener('click', function () { close(inst, { isConfirmed: false, isDenied: true, isDismissed: false, value: false }); });
    cancel.addEventListener('click', function () { close(inst, dismiss(DismissReason.cancel)); });
    closeBtn.addEventListener('click', function () { close(inst, dismiss(DismissReason.close)); });
    var downInPopup = false;
    popup.addEventListener('mousedown', function () { downInPopup = true; });
    container.addEventListener('mouseup', function () { window.setTimeout(function () { downInPopup = false; }); });
    container.addEventListener('click', function (e) {
      if (e.target !== container || downInPopup) { downInPopup = false; return; }
      var allow = typeof p.allowOutsideClick === 'function' ? p.allowOutsideClick() : p.allowOutsideClick;
      if (allow) close(inst, dismiss(DismissReason.backdrop));
    });
    inst.keydown = function (e) {
      if (current !== inst || inst.closing) return;
      if (e.key === 'Escape' || e.key === 'Esc') {
        var allow = typeof p.allowEscapeKey === 'function' ? p.allowEscapeKey() : p.allowEscapeKey;
        if (allow) { e.preventDefault(); close(inst, dismiss(DismissReason.esc)); }
      } else if (e.key === 'Tab') {
        var focusable = [confirm, deny, cancel, closeBtn].filter(function (b) { return b.style.display !== 'none'; });
        if (!focusable.length) return;
        var i = focusable.indexOf(document.activeElement);
        var next = e.shiftKey ? (i <= 0 ? focusable.length - 1 : i - 1) : (i + 1) % focusable.length;
        e.preventDefault();
        e.stopPropagation();
        focusable[next].focus();
      }
    };
    window.addEventListener('keydown', inst.keydown, false);
    document.body.appendChild(container);
    current = inst;
    addBodyClasses(p);
    setAriaHidden(container);
    if (p.focusCancel && p.showCancelButton) cancel.focus();
    else if (p.focusConfirm && p.showConfirmButton) confirm.focus();
    else popup.focus();
    if (p.timer) inst.timerId = window.setTimeout(function () { close(inst, dismiss(DismissReason.timer)); }, p.timer);
    if (p.didOpen) p.didOpen(popup);
    return promise;
  }
  var Swal = {
    fire: fire,
    mixin: function (params) { return { __mixin: params, fire: fire }; },
    close: function () { if (current) close(current, dismiss(undefined)); },
    isVisible: function () { return !!current; },
    getContainer: function () { return document.querySelector('.swal2-container'); },
    getPopup: function () { return current ? current.popup : null; },
    getTitle: function () { return current ? current.popup.querySelector('.swal2-title') : null; },
    getHtmlContainer: function () { return current ? current.popup.querySelector('.swal2-html-container') : null; },
    getConfirmButton: function () { return current ? current.popup.querySelector('.swal2-confirm') : null; },
    getCancelButton: function () { return current ? current.popup.querySelector('.swal2-cancel') : null; },
    clickConfirm: function () { var b = Swal.getConfirmButton(); if (b) b.click(); },
    DismissReason: DismissReason,
    version: '11.4.8',
  };
  window.Swal = window.Sweetalert2 = window.swal = window.sweetAlert = Swal;
})(window);
`;

/** select2 4's single select with an AJAX data source: the container after the select, the dropdown at the end of body. */
const SELECT2_JS = String.raw`/*! Select2 4.0.13 | https://github.com/select2/select2/blob/master/LICENSE.md */
(function ($) {
  'use strict';
  var uid = 0;
  var messages = {
    errorLoading: function () { return 'The results could not be loaded.'; },
    inputTooShort: function (args) { var remaining = args.minimum - args.input.length; var m = 'Please enter ' + remaining + ' or more character'; if (remaining != 1) m += 's'; return m; },
    noResults: function () { return 'No results found'; },
    searching: function () { return 'Searching\u2026'; },
  };
  function emit(el, name, data) { var ev = new CustomEvent(name, { bubbles: true, cancelable: true, detail: { __jqArgs: [], params: data || {} } }); el.dispatchEvent(ev); return !ev.defaultPrevented; }
  function Select2(select, options) {
    var self = this;
    this.select = select;
    this.options = $.extend({ minimumInputLength: 0, placeholder: '', width: 'resolve', theme: 'default', ajax: null }, options || {});
    if (!this.options.placeholder && select.getAttribute('data-placeholder')) this.options.placeholder = select.getAttribute('data-placeholder');
    this.id = select.id || ('s2-' + (++uid));
    this.isOpen = false;
    var width = this.options.width === 'resolve' || this.options.width === 'element' ? (select.offsetWidth || 200) + 'px' : this.options.width;
    select.setAttribute('data-select2-id', select.id || String(++uid));
    select.classList.add('select2-hidden-accessible');
    select.setAttribute('tabindex', '-1');
    select.setAttribute('aria-hidden', 'true');
    var c = document.createElement('span');
    c.className = 'select2 select2-container select2-container--' + this.options.theme;
    c.setAttribute('dir', 'ltr');
    c.setAttribute('data-select2-id', String(++uid));
    c.style.width = width;
    c.innerHTML = '<span class="selection"><span class="select2-selection select2-selection--single" role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="0" aria-disabled="false" aria-labelledby="select2-' + this.id + '-container"><span class="select2-selection__rendered" id="select2-' + this.id + '-container" role="textbox" aria-readonly="true"></span><span class="select2-selection__arrow" role="presentation"><b role="presentation"></b></span></span></span><span class="dropdown-wrapper" aria-hidden="true"></span>';
    select.parentNode.insertBefore(c, select.nextSibling);
    this.container = c;
    this.selection = c.querySelector('.select2-selection');
    this.rendered = c.querySelector('.select2-selection__rendered');
    this.render();
    this.selection.addEventListener('mousedown', function (e) { if (e.button !== 0) return; if (self.isOpen) self.close(); else self.open(); });
    this.selection.addEventListener('focus', function () { c.classList.add('select2-container--focus'); });
    this.selection.addEventListener('blur', function () { window.setTimeout(function () { if (!self.isOpen && document.activeElement !== self.selection) c.classList.remove('select2-container--focus'); }, 1); });
    this.selection.addEventListener('keydown', function (e) {
      if (self.isOpen) return;
      if (e.key === 'Enter' || e.key === ' ' || e.key === 'ArrowDown' || (e.key === 'ArrowUp' && e.altKey)) { e.preventDefault(); self.open(); }
    });
    this.outside = function (e) {
      if (!self.isOpen) return;
      if (self.container.contains(e.target) || (self.dropdownContainer && self.dropdownContainer.contains(e.target))) return;
      self.close();
    };
    document.body.addEventListener('mousedown', this.outside);
    this.reposition = function () { if (self.isOpen) self.position(); };
    select.addEventListener('change', function () { self.render(); });
  }
  Select2.prototype.render = function () {
    var opt = this.select.selectedIndex >= 0 ? this.select.options[this.select.selectedIndex] : null;
    if (opt && opt.value !== '') {
      this.rendered.textContent = opt.text;
      this.rendered.setAttribute('title', opt.text);
    } else {
      this.rendered.removeAttribute('title');
      this.rendered.innerHTML = '';
      var ph = document.createElement('span');
      ph.className = 'select2-selection__placeholder';
      ph.textContent = this.options.placeholder || '';
      this.rendered.appendChild(ph);
    }
  };
  Select2.prototype.open = function () {
    var self = this;
    if (this.isOpen || this.select.disabled) return;
    if (!emit(this.select, 'select2:opening')) return;
    this.isOpen = true;
    var theme = this.options.theme;
    var dc = document.createElement('span');
    dc.className = 'select2-container select2-container--' + theme + ' select2-container--open';
    dc.innerHTML = '<span class="select2-dropdown select2-dropdown--below" dir="ltr"><span class="select2-search select2-search--dropdown"><input class="select2-search__field" type="search" tabindex="0" autocomplete="off" autocorrect="off" autocapitalize="none" spellcheck="false" role="searchbox" aria-autocomplete="list" aria-controls="select2-' + this.id + '-results"></span><span class="select2-results"><ul class="select2-results__options" role="listbox" id="select2-' + this.id + '-results" aria-expanded="true" aria-hidden="false"></ul></span></span>';
    this.dropdownContainer = dc;
    this.dropdown = dc.firstChild;
    this.search = dc.querySelector('.select2-search__field');
    this.list = dc.querySelector('.select2-results__options');
    this.direction = null;
    document.body.appendChild(dc);
    this.container.classList.add('select2-container--open');
    this.selection.setAttribute('aria-expanded', 'true');
    this.selection.setAttribute('aria-owns', 'select2-' + this.id + '-results');
    this.search.addEventListener('input', function () { self.query(self.search.value); });
    this.search.addEventListener('keydown', function (e) { self.keydown(e); });
    this.list.addEventListener('mouseover', function (e) {
      var li = e.target.closest ? e.target.closest('.select2-results__option[aria-selected]') : null;
      if (li) self.highlight(li);
    });
    this.list.addEventListener('mouseup', function (e) {
      var li = e.target.closest ? e.target.closest('.select2-results__option[aria-selected]') : null;
      if (li && li.__data) self.choose(li.__data);
    });
    window.addEventListener('scroll', this.reposition, true);
    window.addEventListener('resize', this.reposition);
    this.query('');
    this.search.focus();
    window.setTimeout(function () { if (self.isOpen) self.search.focus(); }, 0);
    emit(this.select, 'select2:open');
  };
  Select2.prototype.position = function () {
    var rect = this.container.getBoundingClientRect();
    var dc = this.dropdownContainer;
    this.dropdown.style.width = this.container.offsetWidth + 'px';
    var height = this.dropdown.offsetHeight;
    var viewportBottom = window.innerHeight;
    var enoughBelow = rect.bottom + height < viewportBottom;
    var enoughAbove = rect.top - height > 0;
    var dir = this.direction;
    if (!dir) dir = 'below';
    if (!enoughBelow && enoughAbove && dir !== 'above') dir = 'above';
    else if (!enoughAbove && enoughBelow && dir === 'above') dir = 'below';
    this.direction = dir;
    dc.style.position = 'absolute';
    dc.style.left = rect.left + window.pageXOffset + 'px';
    dc.style.top = (dir === 'above' ? rect.top + window.pageYOffset - height : rect.bottom + window.pageYOffset) + 'px';
    this.dropdown.classList.toggle('select2-dropdown--above', dir === 'above');
    this.dropdown.classList.toggle('select2-dropdown--below', dir === 'below');
    this.container.classList.toggle('select2-container--above', dir === 'above');
    this.container.classList.toggle('select2-container--below', dir === 'below');
    dc.classList.toggle('select2-container--above', dir === 'above');
    dc.classList.toggle('select2-container--below', dir === 'below');
  };
  Select2.prototype.message = function (text, cls, role) {
    this.list.innerHTML = '';
    var li = document.createElement('li');
    li.className = 'select2-results__option ' + (cls || 'select2-results__message');
    if (role === 'option') { li.setAttribute('role', 'option'); li.setAttribute('aria-disabled', 'true'); }
    else { li.setAttribute('role', 'alert'); li.setAttribute('aria-live', 'assertive'); }
    li.textContent = text;
    this.list.appendChild(li);
    this.search.removeAttribute('aria-activedescendant');
    this.position();
  };
  Select2.prototype.query = function (term) {
    var self = this;
    var ajax = this.options.ajax || {};
    var min = this.options.minimumInputLength || 0;
    window.clearTimeout(this.timer);
    if (this.request) { this.request.abort(); this.request = null; }
    this.message(messages.searching(), 'loading-results', 'option');
    if (term.length < min) { this.message(messages.inputTooShort({ minimum: min, input: term, params: { term: term } })); return; }
    this.timer = window.setTimeout(function () {
      var params = { term: term, _type: 'query' };
      var data = ajax.data ? ajax.data.call(self, params) : params;
      var url = typeof ajax.url === 'function' ? ajax.url.call(self, params) : ajax.url;
      var request = $.ajax({ url: url, type: ajax.type || 'GET', dataType: ajax.dataType || 'json', data: data });
      self.request = request;
      request.done(function (resp) {
        if (self.request !== request || !self.isOpen) return;
        self.request = null;
        var processed = ajax.processResults ? ajax.processResults(resp, params) : resp;
        self.show(processed && processed.results ? processed.results : []);
      }).fail(function () {
        if (self.request !== request) return;
        self.request = null;
        if (request.status === 0 || !self.isOpen) return;
        self.message(messages.errorLoading());
      });
    }, ajax.delay || 0);
  };
  Select2.prototype.show = function (items) {
    var self = this;
    if (!items.length) { this.message(messages.noResults()); return; }
    this.list.innerHTML = '';
    var value = this.select.value;
    var first = null, chosen = null;
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.className = 'select2-results__option';
      li.id = 'select2-' + self.id + '-result-' + Math.random().toString(36).slice(2, 6) + '-' + item.id;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(item.id) === value ? 'true' : 'false');
      li.setAttribute('data-select2-id', li.id);
      li.textContent = item.text;
      li.__data = item;
      self.list.appendChild(li);
      if (!first) first = li;
      if (String(item.id) === value) chosen = li;
    });
    this.highlight(chosen || first);
    this.position();
  };
  Select2.prototype.highlight = function (li) {
    Array.prototype.forEach.call(this.list.querySelectorAll('.select2-results__option--highlighted'), function (x) { x.classList.remove('select2-results__option--highlighted'); });
    if (!li) return;
    li.classList.add('select2-results__option--highlighted');
    this.search.setAttribute('aria-activedescendant', li.id);
  };
  Select2.prototype.keydown = function (e) {
    var options = Array.prototype.slice.call(this.list.querySelectorAll('.select2-results__option[aria-selected]'));
    var current = this.list.querySelector('.select2-results__option--highlighted');
    var i = options.indexOf(current);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!options.length) return;
      var next = options[Math.max(0, Math.min(options.length - 1, e.key === 'ArrowDown' ? i + 1 : i - 1))];
      this.highlight(next);
      next.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (current && current.__data) this.choose(current.__data);
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      if (e.key === 'Escape') e.preventDefault();
      this.close();
      if (e.key === 'Escape') this.selection.focus();
    }
  };
  Select2.prototype.choose = function (item) {
    var select = this.select;
    var opt = null;
    for (var i = 0; i < select.options.length; i++) if (select.options[i].value === String(item.id)) opt = select.options[i];
    if (!emit(select, 'select2:selecting', { data: item })) return;
    if (!opt) {
      opt = document.createElement('option');
      opt.value = String(item.id);
      opt.textContent = item.text;
      opt.setAttribute('data-select2-id', String(++uid));
      select.appendChild(opt);
    }
    opt.selected = true;
    select.value = String(item.id);
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    emit(select, 'select2:select', { data: item });
    this.close();
    this.selection.focus();
  };
  Select2.prototype.close = function () {
    if (!this.isOpen) return;
    if (!emit(this.select, 'select2:closing')) return;
    this.isOpen = false;
    window.clearTimeout(this.timer);
    if (this.request) { this.request.abort(); this.request = null; }
    window.removeEventListener('scroll', this.reposition, true);
    window.removeEventListener('resize', this.reposition);
    if (this.dropdownContainer && this.dropdownContainer.parentNode) this.dropdownContainer.parentNode.removeChild(this.dropdownContainer);
    this.dropdownContainer = null;
    this.container.classList.remove('select2-container--open', 'select2-container--above', 'select2-container--below');
    this.selection.setAttribute('aria-expanded', 'false');
    this.selection.removeAttribute('aria-owns');
    emit(this.select, 'select2:close');
  };
  $.fn.select2 = function (options) {
    if (typeof options === 'string') {
      var inst = this[0] && this[0].__select2;
      if (!inst) return this;
      if (options === 'open') inst.open();
      else if (options === 'close') inst.close();
      else if (options === 'data') { var o = inst.select.options[inst.select.selectedIndex]; return o ? [{ id: o.value, text: o.text }] : []; }
      return this;
    }
    return this.each(function () { if (!this.__select2) this.__select2 = new Select2(this, options); });
  };
})(jQuery);
`;

/** The app's own script (`/js/common.js`): the CSRF header on every AJAX call and the lost-session handler. */
const COMMON_JS = `/* e-Invoice System - common.js */
(function ($) {
  'use strict';
  var token = $('meta[name="_csrf"]').attr('content');
  var header = $('meta[name="_csrf_header"]').attr('content');
  if (token && header) {
    $(document).ajaxSend(function (e, xhr) { xhr.setRequestHeader(header, token); });
  }
  $(document).ajaxError(function (event, jqxhr) {
    if (jqxhr.status === 401) {
      Swal.fire({
        icon: 'error',
        title: 'Session expired',
        text: 'Your session has expired. Please login again.',
        allowOutsideClick: false,
        allowEscapeKey: false,
        confirmButtonText: 'OK'
      }).then(function () { window.location.href = '/login?expired'; });
    } else if (jqxhr.status === 403) {
      Swal.fire({ icon: 'error', title: 'Access Denied', text: 'The request could not be verified. Please reload the page and try again.' });
    }
  });
  $(document).on('click', '.toggle-password', function () {
    var input = document.querySelector(this.getAttribute('data-target'));
    var icon = this.querySelector('.glyphicon');
    if (!input) return;
    var show = input.type === 'password';
    input.type = show ? 'text' : 'password';
    if (icon) { icon.classList.toggle('glyphicon-eye-open', !show); icon.classList.toggle('glyphicon-eye-close', show); }
    this.setAttribute('title', show ? 'Hide' : 'Show');
  });
  $(function () {
    $('#refreshCaptcha').on('click', function () { $('#captchaImage').attr('src', '/captcha?' + new Date().getTime()); $('#captcha').val('').focus(); });
  });
})(jQuery);
`;

const WEBJARS = {
  bootstrapCss: '/webjars/bootstrap/3.4.1/css/bootstrap.min.css',
  select2Css: '/webjars/select2/4.0.13/css/select2.min.css',
  select2BootstrapCss: '/webjars/select2-bootstrap-theme/0.1.0-beta.10/dist/select2-bootstrap.min.css',
  sweetalert2Css: '/webjars/sweetalert2/11.4.8/dist/sweetalert2.min.css',
  styleCss: '/css/style.css',
  dashboardCss: '/css/dashboard.css',
  jquery: '/webjars/jquery/3.6.0/jquery.min.js',
  bootstrapJs: '/webjars/bootstrap/3.4.1/js/bootstrap.min.js',
  select2Js: '/webjars/select2/4.0.13/js/select2.min.js',
  sweetalert2Js: '/webjars/sweetalert2/11.4.8/dist/sweetalert2.min.js',
  commonJs: '/js/common.js',
};

function once(make: () => string): () => string {
  let value: string | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

const CSS_TYPE = 'text/css;charset=UTF-8';
const JS_TYPE = 'application/javascript;charset=UTF-8';
const ASSETS = new Map<string, { type: string; body: () => string }>([
  [WEBJARS.bootstrapCss, { type: CSS_TYPE, body: once(BOOTSTRAP_CSS) }],
  [WEBJARS.select2Css, { type: CSS_TYPE, body: () => SELECT2_CSS }],
  [WEBJARS.select2BootstrapCss, { type: CSS_TYPE, body: () => SELECT2_BOOTSTRAP_CSS }],
  [WEBJARS.sweetalert2Css, { type: CSS_TYPE, body: () => SWEETALERT2_CSS }],
  [WEBJARS.styleCss, { type: CSS_TYPE, body: () => STYLE_CSS }],
  [WEBJARS.dashboardCss, { type: CSS_TYPE, body: () => DASHBOARD_CSS }],
  [WEBJARS.jquery, { type: JS_TYPE, body: () => JQUERY_JS }],
  [WEBJARS.bootstrapJs, { type: JS_TYPE, body: () => BOOTSTRAP_JS }],
  [WEBJARS.select2Js, { type: JS_TYPE, body: () => SELECT2_JS }],
  [WEBJARS.sweetalert2Js, { type: JS_TYPE, body: () => SWEETALERT2_JS }],
  [WEBJARS.commonJs, { type: JS_TYPE, body: () => COMMON_JS }],
]);

/** The captcha: an SVG picture of the characters with fresh noise each time (the text never reaches the DOM). */
function captchaSvg(text: string): string {
  const rnd = (a: number, b: number): number => a + Math.random() * (b - a);
  const colour = (): string =>
    `rgb(${Math.floor(rnd(20, 120))},${Math.floor(rnd(20, 120))},${Math.floor(rnd(40, 140))})`;
  let svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="45" viewBox="0 0 150 45"><rect width="150" height="45" fill="#f3f1ea"/>';
  for (let i = 0; i < 5; i++) {
    svg += `<path d="M${rnd(0, 20).toFixed(1)} ${rnd(5, 40).toFixed(1)} Q${rnd(40, 110).toFixed(1)} ${rnd(0, 45).toFixed(1)} ${rnd(130, 150).toFixed(1)} ${rnd(5, 40).toFixed(1)}" stroke="${colour()}" stroke-width="${rnd(0.6, 1.6).toFixed(1)}" fill="none" opacity="0.6"/>`;
  }
  for (let i = 0; i < 45; i++) {
    svg += `<circle cx="${rnd(0, 150).toFixed(1)}" cy="${rnd(0, 45).toFixed(1)}" r="${rnd(0.5, 1.6).toFixed(1)}" fill="${colour()}" opacity="0.7"/>`;
  }
  [...text].forEach((ch, i) => {
    const x = 16 + i * (118 / Math.max(1, text.length));
    const y = rnd(29, 35);
    svg += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rnd(-22, 22).toFixed(1)} ${(x + 8).toFixed(1)} ${(y - 9).toFixed(1)})" font-family="Georgia, 'Times New Roman', serif" font-size="${Math.floor(rnd(24, 29))}" font-weight="bold" fill="${colour()}">${esc(ch)}</text>`;
  });
  svg += `<path d="M0 ${rnd(15, 30).toFixed(1)} C40 ${rnd(0, 45).toFixed(1)} 100 ${rnd(0, 45).toFixed(1)} 150 ${rnd(15, 30).toFixed(1)}" stroke="#555" stroke-width="1.2" fill="none"/></svg>`;
  return svg;
}

function whitelabel(status: number, error: string, message: string): string {
  return `<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p><div id='created'>${new Date().toString()}</div><div>There was an unexpected error (type=${esc(error)}, status=${status}).</div><div>${esc(message)}</div></body></html>`;
}

// ---------------------------------------------------------------------------------------------------
// Templates: what Thymeleaf renders (th: attributes gone, `_csrf` inputs filled in).
// ---------------------------------------------------------------------------------------------------

interface PageCtx {
  state: SpringThymeleafR15State;
  session: Session;
}

interface MenuLeaf {
  label: string;
  href: string;
  icon?: string;
}

interface MenuGroup {
  id: string;
  label: string;
  icon?: string;
  children: (MenuLeaf | MenuGroup)[];
}

const MENU: (MenuLeaf | MenuGroup)[] = [
  { label: 'Dash Board', href: '/dashboard', icon: 'dashboard' },
  {
    id: 'menuEinvoice',
    label: 'e-Invoice',
    icon: 'file',
    children: [
      { label: 'Generate IRN', href: '/einvoice/generate' },
      { label: 'Bulk Upload', href: '/einvoice/bulk-upload' },
      { label: 'Cancel IRN', href: '/einvoice/cancel' },
      { label: 'Print e-Invoice', href: '/einvoice/print' },
    ],
  },
  {
    id: 'menuApiRegistration',
    label: 'API Registration',
    icon: 'cog',
    children: [
      {
        id: 'menuUserCredentials',
        label: 'User Credentials',
        children: [
          { label: 'Create API User', href: '/api-registration/create' },
          { label: 'View API Users', href: '/api-registration/users' },
        ],
      },
      { label: 'IP Whitelisting', href: '/api-registration/ip-whitelisting' },
      { label: 'Freeze API User', href: '/api-registration/freeze' },
      { label: 'Change API Password', href: '/api-registration/change-password' },
    ],
  },
  {
    id: 'menuMis',
    label: 'MIS Reports',
    icon: 'stats',
    children: [
      { label: 'e-Invoice Report', href: '/mis/einvoice' },
      { label: 'Cancelled IRN Report', href: '/mis/cancelled' },
      { label: 'Summary Report', href: '/mis/summary' },
    ],
  },
  {
    id: 'menuUsers',
    label: 'User Management',
    icon: 'user',
    children: [
      { label: 'Create Sub User', href: '/users/create' },
      { label: 'Technical Contact', href: '/users/technical-contact' },
      { label: 'Change Password', href: '/users/change-password' },
    ],
  },
];

function leavesOf(
  items: (MenuLeaf | MenuGroup)[],
  trail: string[] = [],
): { leaf: MenuLeaf; trail: string[] }[] {
  return items.flatMap((item) =>
    'children' in item ? leavesOf(item.children, [...trail, item.label]) : [{ leaf: item, trail }],
  );
}

const PLACEHOLDERS = new Map<string, { label: string; trail: string[] }>([
  ...leavesOf(MENU)
    .filter(({ leaf }) => leaf.href !== '/dashboard' && leaf.href !== '/api-registration/create')
    .map(({ leaf, trail }): [string, { label: string; trail: string[] }] => [
      leaf.href,
      { label: leaf.label, trail },
    ]),
  ['/profile', { label: 'My Profile', trail: [] }],
]);

function holds(item: MenuLeaf | MenuGroup, href: string): boolean {
  return 'children' in item ? item.children.some((child) => holds(child, href)) : item.href === href;
}

function icon(name: string | undefined): string {
  return name ? `<span class="glyphicon glyphicon-${name}" aria-hidden="true"></span> ` : '';
}

function menuHtml(items: (MenuLeaf | MenuGroup)[], active: string, indent: string): string {
  return items
    .map((item) => {
      if (!('children' in item)) {
        return `${indent}<li${item.href === active ? ' class="active"' : ''}><a href="${item.href}">${icon(item.icon)}${esc(item.label)}</a></li>`;
      }
      const open = holds(item, active);
      return `${indent}<li>
${indent}  <a href="#${item.id}" data-toggle="collapse" aria-expanded="${open}" aria-controls="${item.id}"${open ? '' : ' class="collapsed"'}>${icon(item.icon)}${esc(item.label)} <span class="caret"></span></a>
${indent}  <ul id="${item.id}" class="collapse${open ? ' in' : ''}" aria-expanded="${open}">
${menuHtml(item.children, active, `${indent}    `)}
${indent}  </ul>
${indent}</li>`;
    })
    .join('\n');
}

function alertHtml(kind: 'success' | 'danger' | 'info' | 'warning', message: string, strong = ''): string {
  return `<div class="alert alert-${kind} alert-dismissible fade in" role="alert">
      <button type="button" class="close" data-dismiss="alert" aria-label="Close"><span aria-hidden="true">&times;</span></button>
      ${strong ? `<strong>${esc(strong)}</strong> ` : ''}${esc(message)}
    </div>`;
}

function headHtml(title: string, csrf: string | undefined, css: string[]): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
${csrf ? `  <meta name="_csrf" content="${csrf}"/>\n  <meta name="_csrf_header" content="X-CSRF-TOKEN"/>\n` : ''}  <title>${esc(title)} | e-Invoice System</title>
${[WEBJARS.bootstrapCss, ...css, WEBJARS.sweetalert2Css, WEBJARS.styleCss].map((href) => `  <link rel="stylesheet" href="${href}">`).join('\n')}
</head>`;
}

function scriptsHtml(extra: string[] = []): string {
  return [WEBJARS.jquery, WEBJARS.bootstrapJs, ...extra, WEBJARS.sweetalert2Js, WEBJARS.commonJs]
    .map((src) => `<script src="${src}"></script>`)
    .join('\n');
}

const FOOTER = `<footer class="footer">
    <p>Site is designed, developed and hosted by National Informatics Centre, Ministry of Electronics &amp; Information Technology, Government of India.</p>
    <p>&copy; 2020 e-Invoice System. All rights reserved. | Version 1.0.27-RELEASE</p>
  </footer>`;

function publicPage(
  title: string,
  csrf: string | undefined,
  active: string,
  body: string,
  authenticated = false,
): string {
  const nav = (href: string, label: string): string =>
    `<li${href === active ? ' class="active"' : ''}><a href="${href}">${label}</a></li>`;
  return `${headHtml(title, csrf, [])}
<body>
<div class="top-strip hidden-xs"><div class="container">Goods and Services Tax Network | e-Invoice System <span class="pull-right"><a href="#main">Skip to main content</a></span></div></div>
<nav class="navbar navbar-default navbar-static-top">
  <div class="container">
    <div class="navbar-header">
      <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#publicNavbar" aria-expanded="false" aria-controls="publicNavbar">
        <span class="sr-only">Toggle navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
      </button>
      <a class="navbar-brand portal-brand" href="/">e-Invoice System<small>Goods and Services Tax</small></a>
    </div>
    <div id="publicNavbar" class="navbar-collapse collapse">
      <ul class="nav navbar-nav">
        ${nav('/', 'Home')}
        ${nav('/help', 'Help')}
        ${nav('/contact', 'Contact Us')}
      </ul>
      ${
        authenticated
          ? '<a href="/dashboard" class="btn btn-primary navbar-btn navbar-right">Dash Board</a>'
          : '<a href="/login" class="btn btn-primary navbar-btn navbar-right">Login</a>'
      }
    </div>
  </div>
</nav>
${body}
<div class="container">${FOOTER}</div>
${scriptsHtml()}
</body>
</html>`;
}

function homePage(authenticated: boolean): string {
  return publicPage(
    'Home',
    undefined,
    '/',
    `<div class="jumbotron" id="main">
  <div class="container">
    <h1>e-Invoice System</h1>
    <p>Report your B2B invoices to the Invoice Registration Portal and get the Invoice Reference Number (IRN) and the signed QR code, through the portal, the APIs or your GSP.</p>
    <p><a class="btn btn-default btn-lg" href="/help" role="button">Learn more &raquo;</a></p>
  </div>
</div>
<div class="container">
  <div class="row">
    <div class="col-md-4">
      <h2>Latest Updates</h2>
      <ul class="list-unstyled">
        <li><span class="label label-danger">New</span> Two-factor authentication is mandatory for all users from 01-04-2025.</li>
        <li>Time limit of 30 days for reporting invoices by taxpayers with AATO of Rs. 10 Cr and above.</li>
        <li>Bulk generation tool version 1.6 released.</li>
      </ul>
    </div>
    <div class="col-md-4">
      <h2>API Access</h2>
      <p>Taxpayers can access the e-Invoice APIs directly or through a GST Suvidha Provider (GSP). Create the API user under <em>API Registration</em> after login.</p>
    </div>
    <div class="col-md-4">
      <h2>Help</h2>
      <p>Read the user manual and the frequently asked questions, or write to the helpdesk for any issue with the portal.</p>
    </div>
  </div>
</div>`,
    authenticated,
  );
}

function infoPage(path: string): string {
  const title = path === '/help' ? 'Help' : 'Contact Us';
  return publicPage(
    title,
    undefined,
    path,
    `<div class="container" id="main"><h1 class="page-header">${title}</h1><p>${
      path === '/help'
        ? 'User manuals, FAQs and the API documentation are available in the Help section of the e-Invoice System.'
        : 'Helpdesk: 1800-103-4786 (09:00 to 18:00, Monday to Saturday). E-mail: support.einvoice@gov.in'
    }</p></div>`,
  );
}

function loginPage(view: { csrf: string; error?: string; expired: boolean; logout: boolean }): string {
  const alerts = [
    view.error ? alertHtml('danger', view.error) : '',
    view.expired && !view.error ? alertHtml('warning', EXPIRED_MESSAGE) : '',
    view.logout && !view.error ? alertHtml('success', 'You have been logged out.') : '',
  ]
    .filter(Boolean)
    .join('\n    ');
  return publicPage(
    'Login',
    view.csrf,
    '',
    `<div class="container" id="main">
  <div class="row">
    <div class="col-md-4 col-md-offset-4 col-sm-6 col-sm-offset-3">
      <div class="login-panel panel panel-default">
        <div class="panel-heading"><h3 class="panel-title">Login</h3></div>
        <div class="panel-body">
    ${alerts}
          <form action="/login" method="post" autocomplete="off">
            <fieldset>
              <div class="form-group">
                <label for="username" class="required">Username</label>
                <input type="text" class="form-control" id="username" name="username" placeholder="Enter Username" maxlength="15" autofocus>
              </div>
              <div class="form-group">
                <label for="password" class="required">Password</label>
                <div class="input-group">
                  <input type="password" class="form-control" id="password" name="password" placeholder="Enter Password">
                  <span class="input-group-addon toggle-password" data-target="#password" title="Show" style="cursor:pointer"><i class="glyphicon glyphicon-eye-open"></i></span>
                </div>
              </div>
              <div class="form-group">
                <label for="captcha" class="required">Captcha</label>
                <div class="captcha-row">
                  <img id="captchaImage" src="/captcha?${Date.now()}" width="150" height="45" alt="Captcha">
                  <button type="button" class="btn btn-default" id="refreshCaptcha" title="Refresh Captcha" aria-label="Refresh Captcha"><span class="glyphicon glyphicon-refresh"></span></button>
                </div>
                <input type="text" class="form-control" id="captcha" name="captcha" placeholder="Enter the characters shown in the image" maxlength="5" autocomplete="off">
              </div>
              <input type="hidden" name="_csrf" value="${view.csrf}"/>
              <button type="submit" class="btn btn-lg btn-primary btn-block">Login</button>
            </fieldset>
          </form>
          <hr>
          <p class="text-center small"><a href="/help">Forgot Username</a> | <a href="/help">Forgot Password</a></p>
        </div>
      </div>
    </div>
  </div>
</div>`,
  );
}

function loginOtpPage(view: { csrf: string; error?: string; resent?: boolean }): string {
  return publicPage(
    'Two Factor Authentication',
    view.csrf,
    '',
    `<div class="container" id="main">
  <div class="row">
    <div class="col-md-4 col-md-offset-4 col-sm-6 col-sm-offset-3">
      <div class="login-panel panel panel-default">
        <div class="panel-heading"><h3 class="panel-title">Two Factor Authentication</h3></div>
        <div class="panel-body">
          ${view.resent ? alertHtml('info', `A new OTP has been sent to your registered mobile number ${MOBILE_MASKED}.`) : ''}
          <p>An OTP has been sent to your registered mobile number <strong>${MOBILE_MASKED}</strong>. You may also use the OTP shown in the Sandes or NIC-GST-Shield app.</p>
          <form action="/login/otp" method="post" autocomplete="off">
            <div class="form-group${view.error ? ' has-error' : ''}">
              <label for="otp" class="control-label required">Enter OTP</label>
              <input type="text" class="form-control" id="otp" name="otp" maxlength="6" inputmode="numeric" placeholder="Enter 6 digit OTP" autocomplete="one-time-code" autofocus>
              ${view.error ? `<span class="help-block">${esc(view.error)}</span>` : ''}
            </div>
            <input type="hidden" name="_csrf" value="${view.csrf}"/>
            <button type="submit" class="btn btn-primary btn-block" id="btnVerifyOtp">Verify OTP</button>
          </form>
          <form action="/login/otp/resend" method="post" class="text-center">
            <input type="hidden" name="_csrf" value="${view.csrf}"/>
            <button type="submit" class="btn btn-link">Resend OTP</button> | <a href="/login">Back to Login</a>
          </form>
        </div>
      </div>
    </div>
  </div>
</div>`,
  );
}

function appPage(
  ctx: PageCtx,
  view: { title: string; active: string; body: string; css?: string[]; js?: string[]; inline?: string },
): string {
  const { state, session } = ctx;
  return `${headHtml(view.title, session.csrf, [...(view.css ?? []), WEBJARS.dashboardCss])}
<body>
<nav class="navbar navbar-inverse navbar-fixed-top">
  <div class="container-fluid">
    <div class="navbar-header">
      <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#navbar" aria-expanded="false" aria-controls="navbar">
        <span class="sr-only">Toggle navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
      </button>
      <a class="navbar-brand" href="/dashboard">e-Invoice System</a>
    </div>
    <div id="navbar" class="navbar-collapse collapse">
      <ul class="nav navbar-nav navbar-right">
        <li class="dropdown">
          <a href="#" class="dropdown-toggle" data-toggle="dropdown" role="button" aria-haspopup="true" aria-expanded="false"><span class="glyphicon glyphicon-user"></span> ${esc(session.username)} <span class="caret"></span></a>
          <ul class="dropdown-menu">
            <li><a href="/profile">My Profile</a></li>
            <li><a href="/users/change-password">Change Password</a></li>
            <li role="separator" class="divider"></li>
            <li><a href="#" onclick="document.getElementById('logoutForm').submit(); return false;"><span class="glyphicon glyphicon-log-out"></span> Logout</a></li>
          </ul>
        </li>
      </ul>
      <p class="navbar-text navbar-right">GSTIN: <strong>${esc(state.gstin)}</strong> | ${TRADE_NAME}</p>
    </div>
  </div>
</nav>
<div class="container-fluid">
  <div class="row">
    <div class="col-sm-3 col-md-2 sidebar">
      <ul class="nav nav-sidebar">
${menuHtml(MENU, view.active, '        ')}
      </ul>
    </div>
    <div class="col-sm-9 col-sm-offset-3 col-md-10 col-md-offset-2 main" id="main">
${view.body}
      ${FOOTER}
    </div>
  </div>
</div>
<form id="logoutForm" action="/logout" method="post" class="hidden"><input type="hidden" name="_csrf" value="${session.csrf}"/></form>
${scriptsHtml(view.js)}
${view.inline ? `<script>\n${view.inline}\n</script>` : ''}
</body>
</html>`;
}

function breadcrumb(trail: string[], label: string): string {
  return `<ol class="breadcrumb"><li><a href="/dashboard">Home</a></li>${trail.map((t) => `<li>${esc(t)}</li>`).join('')}<li class="active">${esc(label)}</li></ol>`;
}

const POPUP_SCRIPT = `$(function () {
  Swal.fire({
    icon: 'info',
    title: 'Contacts of Technical Person',
    html: '<p>Please verify the details of the technical contact person registered for this GSTIN.</p>' +
      '<table class="table table-bordered table-condensed swal-contact-table"><tbody>' +
      '<tr><th>Name</th><td>Rahul Deshmukh</td></tr>' +
      '<tr><th>Mobile</th><td>98XXXXX321</td></tr>' +
      '<tr><th>E-mail</th><td>it.support@sahyadriagro.in</td></tr>' +
      '</tbody></table><p class="small text-muted">To change them, go to User Management &rarr; Technical Contact.</p>',
    showCloseButton: true,
    allowOutsideClick: false,
    confirmButtonText: 'OK'
  }).then(function () {
    return Swal.fire({
      icon: 'info',
      title: 'Advisory',
      html: 'Taxpayers with AATO of Rs. 10 Cr and above cannot report invoices older than <b>30 days</b> on the IRP. Please report your invoices in time.',
      showCloseButton: true,
      confirmButtonText: 'OK'
    });
  });
});`;

function dashboardPage(ctx: PageCtx, showPopups: boolean): string {
  const apiUsers = 1 + ctx.state.users.filter((u) => u.gstin === ctx.state.gstin).length;
  const card = (colour: string, glyph: string, count: number, label: string, href: string): string => `
        <div class="col-lg-3 col-md-6">
          <div class="panel ${colour}">
            <div class="panel-heading">
              <div class="row">
                <div class="col-xs-3"><span class="glyphicon glyphicon-${glyph}" style="font-size:48px;width:48px;height:48px"></span></div>
                <div class="col-xs-9 text-right"><div class="huge">${count}</div><div>${label}</div></div>
              </div>
            </div>
            <a href="${href}"><div class="panel-footer"><span class="pull-left">View Details</span><span class="pull-right">&rsaquo;</span><div class="clearfix"></div></div></a>
          </div>
        </div>`;
  return appPage(ctx, {
    title: 'Dash Board',
    active: '/dashboard',
    body: `      <h1 class="page-header">Dash Board</h1>
      <div class="row">${card('panel-primary', 'file', 0, 'Generations', '/mis/einvoice')}${card('panel-red', 'list-alt', 0, 'Cancelled', '/mis/cancelled')}${card('panel-green', 'user', apiUsers, 'API Users', '/api-registration/users')}${card('panel-yellow', 'bell', 0, 'Pending Uploads', '/einvoice/bulk-upload')}
      </div>
      <div class="row">
        <div class="col-md-8">
          <div class="panel panel-default">
            <div class="panel-heading"><h3 class="panel-title">Latest Updates</h3></div>
            <div class="list-group">
              <a href="/help" class="list-group-item"><span class="badge">New</span>Two-factor authentication is mandatory for all users from 01-04-2025.</a>
              <a href="/help" class="list-group-item">Time limit of 30 days for reporting invoices by taxpayers with AATO of Rs. 10 Cr and above.</a>
              <a href="/help" class="list-group-item">Create API users for your GSP under API Registration &rarr; User Credentials.</a>
            </div>
          </div>
        </div>
        <div class="col-md-4">
          <div class="panel panel-default">
            <div class="panel-heading"><h3 class="panel-title">Profile</h3></div>
            <table class="table table-condensed">
              <tbody>
                <tr><th>GSTIN</th><td>${esc(ctx.state.gstin)}</td></tr>
                <tr><th>Trade Name</th><td>${TRADE_NAME}</td></tr>
                <tr><th>State</th><td>Maharashtra</td></tr>
                <tr><th>User</th><td>${esc(ctx.session.username)}</td></tr>
              </tbody>
            </table>
          </div>
        </div>
      </div>`,
    inline: showPopups ? POPUP_SCRIPT : undefined,
  });
}

function placeholderPage(ctx: PageCtx, path: string, leaf: { label: string; trail: string[] }): string {
  return appPage(ctx, {
    title: leaf.label,
    active: path,
    body: `      ${breadcrumb(leaf.trail, leaf.label)}
      <h1 class="page-header">${esc(leaf.label)}</h1>
      <div class="panel panel-default"><div class="panel-body"><p class="text-muted">No records found.</p></div></div>`,
  });
}

function registeredTable(ctx: PageCtx): string {
  const rows = [
    { ...EARLIER },
    ...ctx.state.users
      .filter((u) => u.gstin === ctx.state.gstin)
      .map(({ gsp, username, createdOn }) => ({ gsp, username, createdOn })),
  ];
  return `      <div class="panel panel-default" id="registeredGsps">
        <div class="panel-heading"><h3 class="panel-title">GSPs registered for GSTIN ${esc(ctx.state.gstin)}</h3></div>
        <div class="table-responsive">
          <table class="table table-striped table-bordered table-hover">
            <thead><tr><th>Sl. No.</th><th>GSP Name</th><th>API Username</th><th>Created On</th><th>Status</th></tr></thead>
            <tbody>
${rows.map((r, i) => `              <tr><td>${i + 1}</td><td>${esc(r.gsp)}</td><td>${esc(r.username)}</td><td>${esc(r.createdOn)}</td><td><span class="label label-success">Active</span></td></tr>`).join('\n')}
            </tbody>
          </table>
        </div>
      </div>`;
}

function otpStepHtml(ctx: PageCtx): string {
  return `      <div class="panel panel-default" id="otpPanel">
        <div class="panel-heading"><h3 class="panel-title">API Registration</h3></div>
        <div class="panel-body">
          <p>To create the API user credentials, an OTP will be sent to the mobile number registered for the GSTIN.</p>
          <div id="otpAlert" class="alert alert-info" role="alert" style="display:none"></div>
          <div class="form-horizontal">
            <div class="form-group">
              <label class="col-sm-3 control-label">GSTIN</label>
              <div class="col-sm-5"><p class="form-control-static">${esc(ctx.state.gstin)}</p></div>
            </div>
            <div class="form-group">
              <label class="col-sm-3 control-label">Registered Mobile No.</label>
              <div class="col-sm-5"><p class="form-control-static">${MOBILE_MASKED}</p></div>
            </div>
            <div class="form-group">
              <div class="col-sm-offset-3 col-sm-5">
                <button type="button" id="btnGenerateOtp" class="btn btn-primary" data-loading-text="Sending OTP...">Generate OTP</button>
              </div>
            </div>
            <div id="otpEntry" style="display:none">
              <div class="form-group">
                <label for="apiOtp" class="col-sm-3 control-label required">Enter OTP</label>
                <div class="col-sm-5">
                  <div class="input-group">
                    <input type="password" id="apiOtp" name="otp" class="form-control" maxlength="6" placeholder="Enter OTP" autocomplete="off">
                    <span class="input-group-addon toggle-password" data-target="#apiOtp" title="Show" style="cursor:pointer"><i class="glyphicon glyphicon-eye-open"></i></span>
                  </div>
                </div>
              </div>
              <div class="form-group">
                <div class="col-sm-offset-3 col-sm-5">
                  <button type="button" id="btnVerifyOtp" class="btn btn-success">Verify OTP</button>
                  <a href="/dashboard" class="btn btn-danger">Exit</a>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>`;
}

function formStepHtml(ctx: PageCtx, view: FormView, gspName: string | undefined): string {
  const e = view.errors;
  const group = (field: keyof FieldErrors, extra = ''): string =>
    `form-group${e[field] ? ' has-error' : ''}${extra}`;
  const help = (field: keyof FieldErrors): string =>
    e[field] ? `<span class="help-block" id="${field}-error">${esc(e[field] ?? '')}</span>` : '';
  const radio = (value: string, label: string, id: string): string =>
    `<div class="radio"><label><input type="radio" name="registrationType" id="${id}" value="${value}"${view.registrationType === value ? ' checked="checked"' : ''}> ${label}</label></div>`;
  const isGsp = view.registrationType === 'GSP';
  return `      <div class="panel panel-default" id="registrationPanel">
        <div class="panel-heading"><h3 class="panel-title">API Registration</h3></div>
        <div class="panel-body">
          <p class="text-success"><span class="glyphicon glyphicon-ok-sign"></span> OTP verified for GSTIN ${esc(ctx.state.gstin)}.</p>
          ${view.globalError ? alertHtml('danger', view.globalError) : ''}
          <form id="apiUserForm" class="form-horizontal" action="/api-registration/create" method="post" autocomplete="off" novalidate>
            <input type="hidden" name="_csrf" value="${ctx.session.csrf}"/>
            <div class="${group('registrationType')}">
              <label class="col-sm-3 control-label required">Do you wish to Register your GSTIN for</label>
              <div class="col-sm-6">
                ${radio('DIRECT', 'Directly', 'regTypeDirect')}
                ${radio('GSP', 'Through GSP', 'regTypeGsp')}
                ${radio('ERP', 'Through ERP', 'regTypeErp')}
                ${radio('OTHER', 'Through Client-Id of other', 'regTypeOther')}
                ${help('registrationType')}
              </div>
            </div>
            <div id="typeNotice" class="row" style="display:none">
              <div class="col-sm-offset-3 col-sm-6">
                <div class="alert alert-warning">This option is available only to taxpayers who are enabled for direct API access or who use an ERP registered with the IRP. Please choose <strong>Through GSP</strong> to access the APIs through your GST Suvidha Provider.</div>
              </div>
            </div>
            <div id="gspFields"${isGsp ? '' : ' style="display:none"'}>
              <div class="${group('gspId')}">
                <label for="gspId" class="col-sm-3 control-label required">Select your GSP</label>
                <div class="col-sm-5">
                  <select id="gspId" name="gspId" class="form-control" data-placeholder="Select your GSP">${
                    gspName && view.gspId
                      ? `<option value="${esc(view.gspId)}" selected="selected">${esc(gspName)}</option>`
                      : ''
                  }</select>
                  ${help('gspId')}
                </div>
              </div>
              <div class="${group('username')}">
                <label for="username" class="col-sm-3 control-label required">Username</label>
                <div class="col-sm-5">
                  <div class="input-group">
                    <span class="input-group-addon">API_</span>
                    <input type="text" id="username" name="username" class="form-control" maxlength="30" placeholder="Enter Username" value="${esc(view.username)}">
                  </div>
                  ${help('username')}
                </div>
              </div>
              <div class="${group('password')}">
                <label for="password" class="col-sm-3 control-label required">Password</label>
                <div class="col-sm-5">
                  <input type="password" id="password" name="password" class="form-control" maxlength="15" placeholder="Enter Password" autocomplete="new-password">
                  ${help('password') || '<p class="help-block small">8 to 15 characters, with at least one upper case letter, one lower case letter, one digit and one special character.</p>'}
                </div>
              </div>
              <div class="${group('confirmPassword')}">
                <label for="confirmPassword" class="col-sm-3 control-label required">Re-enter Password</label>
                <div class="col-sm-5">
                  <input type="password" id="confirmPassword" name="confirmPassword" class="form-control" maxlength="15" placeholder="Re-enter Password" autocomplete="new-password">
                  ${help('confirmPassword')}
                </div>
              </div>
            </div>
            <div class="form-group">
              <div class="col-sm-offset-3 col-sm-6">
                <button type="button" id="btnSubmit" class="btn btn-primary"${isGsp ? '' : ' disabled="disabled"'}>Submit</button>
                <a href="/dashboard" class="btn btn-danger">Exit</a>
              </div>
            </div>
          </form>
        </div>
      </div>`;
}

const CREATE_SCRIPT = `$(function () {
  'use strict';
  function messageOf(xhr, fallback) { return (xhr.responseJSON && xhr.responseJSON.message) || fallback; }
  function escapeHtml(s) { return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  var countdown = null;
  $('#btnGenerateOtp').on('click', function () {
    var $btn = $(this);
    $btn.button('loading');
    $.ajax({ url: '/api-registration/otp/send', type: 'POST', dataType: 'json' })
      .done(function (res) {
        $('#otpAlert').removeClass('alert-danger').addClass('alert-info').text(res.message).show();
        $('#otpEntry').show();
        $('#apiOtp').val('').focus();
        var left = 30;
        window.clearInterval(countdown);
        window.setTimeout(function () {
          $btn.html('Resend OTP (' + left + 's)').prop('disabled', true).addClass('disabled');
          countdown = window.setInterval(function () {
            left -= 1;
            if (left > 0) { $btn.html('Resend OTP (' + left + 's)'); return; }
            window.clearInterval(countdown);
            $btn.html('Resend OTP').prop('disabled', false).removeClass('disabled');
          }, 1000);
        }, 10);
      })
      .fail(function (xhr) {
        $btn.button('reset');
        if (xhr.status === 401 || xhr.status === 403) return;
        Swal.fire({ icon: 'error', title: 'Oops...', text: messageOf(xhr, 'The OTP could not be sent. Please try again.') });
      });
  });
  $('#apiOtp').on('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); $('#btnVerifyOtp').trigger('click'); } });
  $('#btnVerifyOtp').on('click', function () {
    var otp = $.trim($('#apiOtp').val());
    if (!/^[0-9]{6}$/.test(otp)) {
      Swal.fire({ icon: 'warning', title: 'Enter OTP', text: 'Please enter the 6 digit OTP sent to your registered mobile number.' });
      return;
    }
    var $btn = $(this).prop('disabled', true);
    $.ajax({ url: '/api-registration/otp/verify', type: 'POST', data: { otp: otp }, dataType: 'json' })
      .done(function (res) {
        Swal.fire({ icon: 'success', title: 'Verified!', text: res.message, allowOutsideClick: false })
          .then(function () { window.location.href = '/api-registration/create'; });
      })
      .fail(function (xhr) {
        $btn.prop('disabled', false);
        if (xhr.status === 401 || xhr.status === 403) return;
        $('#apiOtp').val('');
        Swal.fire({ icon: 'error', title: 'Invalid OTP', text: messageOf(xhr, 'The OTP could not be verified. Please try again.') });
      });
  });

  var $gsp = $('#gspId');
  if ($gsp.length) {
    $gsp.select2({
      theme: 'bootstrap',
      width: '100%',
      placeholder: 'Select your GSP',
      minimumInputLength: 3,
      ajax: {
        url: '/api/gsp/search',
        dataType: 'json',
        delay: 250,
        data: function (params) { return { q: params.term }; },
        processResults: function (data) { return { results: $.map(data, function (g) { return { id: g.gspId, text: g.gspName }; }) }; },
        cache: true
      }
    });
  }
  function showType() {
    var type = $('input[name="registrationType"]:checked').val();
    $('#gspFields').toggle(type === 'GSP');
    $('#typeNotice').toggle(!!type && type !== 'GSP');
    $('#btnSubmit').prop('disabled', type !== 'GSP');
  }
  $('input[name="registrationType"]').on('change', showType);
  if ($('#apiUserForm').length) showType();
  $('#btnSubmit').on('click', function () {
    var data = $gsp.select2('data');
    var gspName = data.length ? data[0].text : '';
    var user = $.trim($('#username').val());
    Swal.fire({
      title: 'Are you sure?',
      html: 'The API user <b>API_' + escapeHtml(user) + '</b> will be created' + (gspName ? ' for <b>' + escapeHtml(gspName) + '</b>' : '') + '.<br>The username cannot be changed later.',
      icon: 'warning',
      showCancelButton: true,
      confirmButtonColor: '#3085d6',
      cancelButtonColor: '#d33',
      confirmButtonText: 'Yes, create it!',
      cancelButtonText: 'Cancel'
    }).then(function (result) {
      if (!result.isConfirmed) return;
      $('#btnSubmit').prop('disabled', true).text('Please wait...');
      document.getElementById('apiUserForm').submit();
    });
  });
});`;

function createPage(
  ctx: PageCtx,
  view: { flashes: Flash[]; success: boolean; form?: FormView; gspName?: string },
): string {
  const verified = ctx.session.apiOtpVerified;
  const form: FormView = view.form ?? { registrationType: '', gspId: '', username: '', errors: {} };
  const flashes = view.flashes
    .map((f) => alertHtml(f.kind, f.message, f.kind === 'success' ? 'Success!' : ''))
    .join('\n      ');
  return appPage(ctx, {
    title: 'Create API User',
    active: '/api-registration/create',
    css: [WEBJARS.select2Css, WEBJARS.select2BootstrapCss],
    js: [WEBJARS.select2Js],
    body: `      ${breadcrumb(['API Registration', 'User Credentials'], 'Create API User')}
      <h1 class="page-header">Create API User</h1>
      ${flashes}
${view.success ? registeredTable(ctx) : ''}
${verified ? formStepHtml(ctx, form, view.gspName) : otpStepHtml(ctx)}
${verified && !view.success ? registeredTable(ctx) : ''}`,
    inline: `/*<![CDATA[*/\nvar gstin = "${ctx.state.gstin}";\n/*]]>*/\n${CREATE_SCRIPT}`,
  });
}
