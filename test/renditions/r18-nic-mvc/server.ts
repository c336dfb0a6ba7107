/**
 * Rendition r18-nic-mvc: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2018-2024 NIC-built ASP.NET MVC 5 portal
 * draws it (Razor views in a `_Layout`, Bootstrap 3.4, jQuery 3, jquery.validate.unobtrusive, select2
 * 4.0, SweetAlert2, metisMenu 2 in an SB Admin 2 shell, a GIGW accessibility strip). Every page is
 * rendered by the server; later actions are jQuery AJAX posts (`X-Requested-With: XMLHttpRequest`,
 * form-urlencoded with the `__RequestVerificationToken`). No library file is loaded: the "bundles"
 * (`/bundles/jquery`, `/bundles/bootstrap`, `/bundles/jqueryval`, `/bundles/plugins`, `/Content/css`)
 * are a small hand-written runtime here that draws the libraries' DOM (class names, appended overlays,
 * `.fade`/`.in` and `.collapsing` transitions, SweetAlert2's aria-hidden siblings) and behaviour.
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - URLs: home `/`; `/Account/Login` (form post, captcha `/Account/CaptchaImage`); 2FA
 *   `/Account/VerifyOtp`; dashboard `/Home/MainMenu` ("Dash Board"); Create API User
 *   `/ApiRegistration/CreateApiUser` (GET page, POST AJAX create); AJAX `/ApiRegistration/SendOtp`,
 *   `/ApiRegistration/VerifyOtp`, `/ApiRegistration/GetGspList`; other menu leaves are placeholder pages.
 * - Login: Bootstrap 3 `panel-primary` "Login", Username / Password / Enter Captcha (SVG picture with
 *   fresh noise each time, compared case-insensitively). The captcha is checked first, then the
 *   credentials (username case-insensitive). Refusals are a `div.validation-summary-errors.text-danger`:
 *   "Invalid Captcha. Please enter the correct Captcha." / "Invalid Login Credentials. Please check the
 *   Username and Password."; empty fields get unobtrusive-validation spans (no refusal). No lock-out.
 * - 2FA: its own page, "Enter OTP" (`input#OTP`, maxlength 6), "Validate OTP", a "Resend OTP" link after
 *   the countdown "Resend OTP in 00:59". Wrong: validation summary "Invalid OTP. Please enter the valid
 *   OTP sent to your registered mobile number."; retries unlimited.
 * - After login, on the first dashboard of a session: Bootstrap 3 modal `#myModal` "Contacts of Technical
 *   Person" (static backdrop, no Escape; Name / Mobile No. / E-mail Id, "Update" saves by AJAX, "Exit"
 *   `.btn-danger` and the header × close it); 800 ms after it is hidden a SweetAlert2 "Advisory" (info,
 *   "OK", outside click and Escape disabled).
 * - Menu: SB Admin 2 sidebar `div.sidebar > ul.nav.metismenu#side-menu`, metisMenu 2 (toggle closes open
 *   siblings, 350 ms `.collapsing` height transition): Dash Board; e-Invoice; API Registration → (User
 *   Credentials → Create API User, View API Users), IP Whitelisting, Freeze API User, Change API Password;
 *   MIS Reports; User Management. The group of the current page is open (`li.active` / `ul.collapse.in`).
 * - API OTP: panel "API Registration" with GSTIN, masked mobile and `#btnSendOtp` "Send OTP" (AJAX, then a
 *   SweetAlert2 success "OTP sent to your registered mobile number"); then "Enter OTP" and "Verify OTP".
 *   Wrong OTP: SweetAlert2 error "Invalid OTP" (the box is emptied; retries unlimited). A verified OTP
 *   lasts until one API user is created.
 * - Form `#divApiForm` (slides down once the OTP is verified): radios "Directly" / "Through GSP"
 *   (`label.radio-inline`); "Directly" only shows an `.alert-info` that the GSTIN is not eligible;
 *   "Through GSP" fetches the GSP list (24 names) into a select2 "Select your GSP"; "User Name" with an
 *   `API_` addon (3 to 30 letters, digits, '_', '.', '-'; nothing stripped); "Password" and "Confirm
 *   Password" (8 to 15 characters, upper, lower, digit, special), jquery.validate messages under the
 *   fields. `#btnSubmit` "Submit" asks SweetAlert2 "Are you sure?" / "Do you want to create the API
 *   user?" ("Yes, create it!" / "Cancel"); "Reset" clears the form.
 * - Verdicts: SweetAlert2 "Error" with "GSTIN is already registered with the selected GSP." (duplicate: a
 *   registration with IRIS BUSINESS SERVICES LIMITED is on file, plus any made here) or "User Name
 *   already exists." (API_admin, API_test, API_demo, the one on file, any made here, case-insensitive);
 *   "Success" "API User API_x created successfully.", whose OK reloads the page: a dismissible
 *   `.alert-success` and the `table.table-bordered` "GSPs registered for GSTIN ...".
 * - Sessions: cookie `ASP.NET_SessionId` (HttpOnly) naming server-side state, 20 minutes idle. A page GET
 *   without a live session is a 302 to `/Account/Login?ReturnUrl=...`; when the cookie names a lost session
 *   the login page's validation summary says "Your session has expired. Please login again.". An AJAX call
 *   without a live session is HTTP 401; the layout's `$(document).ajaxError` shows a SweetAlert2 warning
 *   "Session Expired" whose OK goes to that login page. After login, a local ReturnUrl is honoured.
 * - expireOnce: the first request of that stage (SendOtp, VerifyOtp, or the create POST) deletes the
 *   server session first, so it answers 401 as any lost session does.
 * - Busy: `div#loading` (fixed, semi-transparent, an animated GIF made here) during every AJAX call.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type NicMvcR18Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface NicMvcR18Options {
  expireOnce?: NicMvcR18Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface NicMvcR18State {
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

export interface NicMvcR18Rendition {
  url: string;
  close(): Promise<void>;
  state: NicMvcR18State;
}

export const NIC_MVC_R18_LOGIN: { username: string; password: string } = {
  username: 'mhtaxpayer18',
  password: 'Einv@Mvc2024',
};

const IDLE_MS = 20 * 60 * 1000;
const COOKIE = 'ASP.NET_SessionId';
const MOBILE = 'XXXXXX4821';
const LEGAL_NAME = 'UNITED FOOD PRODUCTS PRIVATE LIMITED';

const GSPS: string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Jio Platforms Limited',
  'KDK Softwares (India) Private Limited',
  'Karvy Data Management Services Limited',
  'Masters India Private Limited',
  'Mastek Limited',
  'Quest Informatics Private Limited',
  'SAG Infotech Private Limited',
  'Seshaasai Business Forms Private Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'Taxilla IT Solutions Private Limited',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
];

/** The registration on file before any run: shown in the table, refused as a duplicate. */
const ON_FILE = { gsp: 'IRIS BUSINESS SERVICES LIMITED', username: 'API_mhiris01', createdOn: '12/03/2021' };
const RESERVED = ['API_admin', 'API_test', 'API_demo'];

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'auth';
  token: string;
  seen: number;
  returnUrl: string;
  popupShown: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  flash: string;
  contact: { name: string; mobile: string; email: string };
}

interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  path: string;
  query: URLSearchParams;
  form: URLSearchParams;
  session: Session | undefined;
  /** The cookie named a session that is gone (expired, deleted or logged off). */
  lost: boolean;
  ajax: boolean;
}

export async function startNicMvcR18Rendition(options: NicMvcR18Options = {}): Promise<NicMvcR18Rendition> {
  const state: NicMvcR18State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  const lostIds = new Set<string>();
  let expiryPending = options.expireOnce;

  function newSession(res: ServerResponse): Session {
    const id = randomBytes(18).toString('base64url').toLowerCase().replace(/[-_]/g, 'x').slice(0, 24);
    const session: Session = {
      id,
      stage: 'anon',
      token: randomBytes(48).toString('base64url'),
      seen: Date.now(),
      returnUrl: '',
      popupShown: false,
      apiOtpSent: false,
      apiOtpVerified: false,
      flash: '',
      contact: { name: '', mobile: '', email: '' },
    };
    sessions.set(id, session);
    res.setHeader('Set-Cookie', `${COOKIE}=${id}; path=/; HttpOnly; SameSite=Lax`);
    return session;
  }

  function drop(session: Session): void {
    sessions.delete(session.id);
    lostIds.add(session.id);
  }

  /** The stage's first request finds its session deleted (once per start). */
  function expires(ctx: Ctx, stage: NicMvcR18Expiry): boolean {
    if (expiryPending !== stage || !ctx.session) return false;
    expiryPending = undefined;
    drop(ctx.session);
    ctx.session = undefined;
    ctx.lost = true;
    state.expired.push(stage);
    return true;
  }

  const app = { state, sessions, newSession, drop, expires };

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, serverError(String(error)), 'text/html; charset=utf-8');
      else res.end();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = req.method === 'POST' ? await readBody(req) : '';
    const cookieId = parseCookies(req.headers.cookie ?? '')[COOKIE];
    let session = cookieId ? sessions.get(cookieId) : undefined;
    if (session && Date.now() - session.seen > IDLE_MS) {
      drop(session);
      session = undefined;
    }
    if (session) session.seen = Date.now();
    const ctx: Ctx = {
      req,
      res,
      path: url.pathname.replace(/\/+$/, '') || '/',
      query: url.searchParams,
      form: new URLSearchParams(body),
      session,
      lost: !session && cookieId !== undefined && lostIds.has(cookieId),
      ajax: req.headers['x-requested-with'] === 'XMLHttpRequest',
    };
    res.setHeader('Server', 'Microsoft-IIS/10.0');
    res.setHeader('X-AspNetMvc-Version', '5.2');
    res.setHeader('X-AspNet-Version', '4.0.30319');
    res.setHeader('X-Powered-By', 'ASP.NET');
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    await route(app, ctx);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      }),
  };
}

type App = {
  state: NicMvcR18State;
  sessions: Map<string, Session>;
  newSession(res: ServerResponse): Session;
  drop(session: Session): void;
  expires(ctx: Ctx, stage: NicMvcR18Expiry): boolean;
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseCookies(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at).trim()] = decodeURIComponent(part.slice(at + 1).trim());
  }
  return out;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'private, no-store');
  res.end(body);
}

function html(ctx: Ctx, body: string, status = 200): void {
  send(ctx.res, status, body, 'text/html; charset=utf-8');
}

function json(ctx: Ctx, value: unknown, status = 200): void {
  send(ctx.res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function redirect(ctx: Ctx, location: string): void {
  ctx.res.statusCode = 302;
  ctx.res.setHeader('Location', location);
  ctx.res.setHeader('Content-Type', 'text/html; charset=utf-8');
  ctx.res.end(`<html><head><title>Object moved</title></head><body>
<h2>Object moved to <a href="${esc(location)}">here</a>.</h2>
</body></html>`);
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function today(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function loginUrl(returnUrl: string): string {
  return `/Account/Login?ReturnUrl=${encodeURIComponent(returnUrl)}`;
}

/** A signed-in page: the session, or a 302 to the login page (401 for AJAX) and undefined. */
function signedIn(ctx: Ctx): Session | undefined {
  if (ctx.session?.stage === 'auth') return ctx.session;
  lostSession(ctx);
  return undefined;
}

function lostSession(ctx: Ctx): void {
  if (ctx.ajax) {
    json(ctx, { Message: 'Session Expired' }, 401);
    return;
  }
  redirect(ctx, loginUrl(ctx.path));
}

/** The anti-forgery check of a POST: the form field (or header) matches the session's token. */
function forged(ctx: Ctx, session: Session): boolean {
  const token = ctx.form.get('__RequestVerificationToken') ?? ctx.req.headers.__requestverificationtoken;
  if (token === session.token) return false;
  html(
    ctx,
    serverError('The required anti-forgery form field "__RequestVerificationToken" is not present.'),
    500,
  );
  return true;
}

async function route(app: App, ctx: Ctx): Promise<void> {
  const { req, path } = ctx;
  const get = req.method === 'GET' || req.method === 'HEAD';
  const post = req.method === 'POST';
  const asset = ASSETS[path];
  if (get && asset) {
    ctx.res.setHeader('Cache-Control', 'public, max-age=31536000');
    ctx.res.statusCode = 200;
    ctx.res.setHeader('Content-Type', asset.type);
    ctx.res.end(typeof asset.body === 'function' ? asset.body() : asset.body);
    return;
  }
  if (get && (path === '/' || path === '/Home/Index')) return html(ctx, homePage(ctx));
  if (get && path === '/Account/CaptchaImage')
    return send(ctx.res, 200, captchaSvg(app.state.captcha), 'image/svg+xml');
  if (path === '/Account/Login') {
    if (get) return loginGet(app, ctx);
    if (post) return loginPost(app, ctx);
  }
  if (path === '/Account/VerifyOtp') {
    if (get) return twoFactorGet(ctx);
    if (post) return twoFactorPost(app, ctx);
  }
  if (post && path === '/Account/ResendOtp') {
    if (ctx.session?.stage !== 'otp' && ctx.session?.stage !== 'auth') return lostSession(ctx);
    await delay(300);
    return json(ctx, {
      status: 1,
      message: `OTP has been resent to your registered mobile number ${MOBILE}.`,
    });
  }
  if (post && path === '/Account/LogOff') {
    if (ctx.session) app.drop(ctx.session);
    return redirect(ctx, '/');
  }
  if (get && path === '/Home/MainMenu') {
    const session = signedIn(ctx);
    if (!session) return;
    const popup = !session.popupShown;
    session.popupShown = true;
    return html(ctx, dashboardPage(app, session, popup));
  }
  if (post && path === '/Home/UpdateTechnicalContact') {
    const session = signedIn(ctx);
    if (!session || forged(ctx, session)) return;
    await delay(250);
    const name = (ctx.form.get('Name') ?? '').trim();
    const mobile = (ctx.form.get('Mobile') ?? '').trim();
    const email = (ctx.form.get('Email') ?? '').trim();
    if (!name || !/^[6-9]\d{9}$/.test(mobile) || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
      return json(ctx, { status: 0, message: 'Please enter valid Name, Mobile No. and E-mail Id.' });
    session.contact = { name, mobile, email };
    return json(ctx, { status: 1, message: 'Contact details of Technical Person updated successfully.' });
  }
  if (path === '/ApiRegistration/CreateApiUser') {
    if (get) {
      const session = signedIn(ctx);
      if (!session) return;
      const flash = session.flash;
      session.flash = '';
      return html(ctx, createApiUserPage(app, session, flash));
    }
    if (post) return createApiUserPost(app, ctx);
  }
  if (post && path === '/ApiRegistration/SendOtp') {
    if (app.expires(ctx, 'api-otp-send')) return lostSession(ctx);
    const session = signedIn(ctx);
    if (!session || forged(ctx, session)) return;
    await delay(400);
    session.apiOtpSent = true;
    session.apiOtpVerified = false;
    return json(ctx, { status: 1, message: 'OTP sent to your registered mobile number', mobile: MOBILE });
  }
  if (post && path === '/ApiRegistration/VerifyOtp') {
    if (app.expires(ctx, 'api-otp-verify')) return lostSession(ctx);
    const session = signedIn(ctx);
    if (!session || forged(ctx, session)) return;
    await delay(350);
    if (!session.apiOtpSent) return json(ctx, { status: 0, message: 'Please click on Send OTP first.' });
    if ((ctx.form.get('Otp') ?? '').trim() !== app.state.apiOtp) {
      app.state.refusals.push('api-otp');
      return json(ctx, { status: 0, message: 'Invalid OTP' });
    }
    session.apiOtpVerified = true;
    return json(ctx, { status: 1, message: 'OTP verified successfully' });
  }
  if (get && path === '/ApiRegistration/GetGspList') {
    const session = signedIn(ctx);
    if (!session) return;
    await delay(300);
    return json(
      ctx,
      GSPS.map((name, i) => ({ Value: gspId(i), Text: name })),
    );
  }
  const page = PUBLIC_PAGES[path];
  if (get && page) return html(ctx, publicPage(path, page));
  const leaf = PLACEHOLDERS[path];
  if (get && leaf) {
    const session = signedIn(ctx);
    if (!session) return;
    return html(ctx, placeholderPage(app, session, path, leaf));
  }
  html(ctx, notFoundPage(path), 404);
}

function gspId(index: number): string {
  return `GSP${String(index + 101).padStart(4, '0')}`;
}

function loginGet(app: App, ctx: Ctx) {
  if (ctx.session?.stage === 'auth') return redirect(ctx, '/Home/MainMenu');
  const session = ctx.session ?? app.newSession(ctx.res);
  session.stage = 'anon';
  const errors = ctx.lost ? ['Your session has expired. Please login again.'] : [];
  session.returnUrl = localUrl(ctx.query.get('ReturnUrl'));
  html(ctx, loginPage(session, { username: '', errors }));
}

function localUrl(url: string | null): string {
  return url && /^\/[A-Za-z]/.test(url) && !url.startsWith('/Account/') ? url : '';
}

function loginPost(app: App, ctx: Ctx) {
  const session = ctx.session;
  if (!session) return redirect(ctx, '/Account/Login');
  if (forged(ctx, session)) return;
  const username = (ctx.form.get('UserName') ?? '').trim();
  const password = ctx.form.get('Password') ?? '';
  const captcha = (ctx.form.get('CaptchaCode') ?? '').trim();
  const returnUrl = localUrl(ctx.form.get('ReturnUrl')) || session.returnUrl;
  const again = (error: string) =>
    html(ctx, loginPage(session, { username, errors: error ? [error] : [], returnUrl }));
  if (!username || !password || !captcha) return again('');
  if (captcha.toUpperCase() !== app.state.captcha.toUpperCase()) {
    app.state.refusals.push('captcha');
    return again('Invalid Captcha. Please enter the correct Captcha.');
  }
  if (
    username.toLowerCase() !== NIC_MVC_R18_LOGIN.username.toLowerCase() ||
    password !== NIC_MVC_R18_LOGIN.password
  ) {
    app.state.refusals.push('login');
    return again('Invalid Login Credentials. Please check the Username and Password.');
  }
  session.stage = 'otp';
  session.returnUrl = returnUrl;
  redirect(ctx, '/Account/VerifyOtp');
}

function twoFactorGet(ctx: Ctx) {
  if (ctx.session?.stage === 'auth') return redirect(ctx, '/Home/MainMenu');
  if (ctx.session?.stage !== 'otp') return redirect(ctx, '/Account/Login');
  html(ctx, twoFactorPage(ctx.session, []));
}

function twoFactorPost(app: App, ctx: Ctx) {
  const session = ctx.session;
  if (session?.stage !== 'otp') return redirect(ctx, '/Account/Login');
  if (forged(ctx, session)) return;
  const otp = (ctx.form.get('OTP') ?? '').trim();
  if (!otp) return html(ctx, twoFactorPage(session, []));
  if (otp !== app.state.loginOtp) {
    app.state.refusals.push('login-otp');
    return html(
      ctx,
      twoFactorPage(session, [
        'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
      ]),
    );
  }
  session.stage = 'auth';
  session.token = randomBytes(48).toString('base64url');
  const next = session.returnUrl || '/Home/MainMenu';
  session.returnUrl = '';
  redirect(ctx, next);
}

const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USERNAME_RULE = /^[A-Za-z0-9_.-]{3,30}$/;

async function createApiUserPost(app: App, ctx: Ctx): Promise<void> {
  if (app.expires(ctx, 'submit')) return lostSession(ctx);
  const session = signedIn(ctx);
  if (!session || forged(ctx, session)) return;
  await delay(500);
  const { state } = app;
  const fail = (message: string) => json(ctx, { status: 0, message });
  if (!session.apiOtpVerified) return fail('Please verify the OTP sent to your registered mobile number.');
  if (ctx.form.get('RegType') !== 'G') return fail('Your GSTIN is not eligible for Direct registration.');
  const index = GSPS.findIndex((_, i) => gspId(i) === ctx.form.get('GspId'));
  const gsp = GSPS[index];
  if (gsp === undefined) return fail('Please select the GSP.');
  const typed = (ctx.form.get('UserName') ?? '').trim();
  const password = ctx.form.get('Password') ?? '';
  if (!USERNAME_RULE.test(typed))
    return fail('User Name should be 3 to 30 characters: letters, digits, _ . or -.');
  if (!PASSWORD_RULE.test(password))
    return fail(
      'Password should be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
    );
  if (password !== ctx.form.get('ConfirmPassword'))
    return fail('Password and Confirm Password do not match.');
  const username = `API_${typed}`;
  const mine = state.users.filter((user) => user.gstin === state.gstin);
  if (gsp === ON_FILE.gsp || mine.some((user) => user.gsp === gsp)) {
    state.refusals.push('duplicate');
    return fail('GSTIN is already registered with the selected GSP.');
  }
  const taken = [...RESERVED, ON_FILE.username, ...state.users.map((user) => user.username)];
  if (taken.some((name) => name.toLowerCase() === username.toLowerCase())) {
    state.refusals.push('username-taken');
    return fail('User Name already exists.');
  }
  state.users.push({ gstin: state.gstin, gsp, username, password, createdOn: today() });
  session.apiOtpVerified = false;
  session.apiOtpSent = false;
  session.flash = `API User <strong>${esc(username)}</strong> has been created successfully for ${esc(gsp)}. Please note the User Name and Password; the password is not shown again.`;
  json(ctx, { status: 1, message: `API User ${username} created successfully.` });
}

/** `/Content/css`: the bundle of bootstrap.css (3.4.1, the parts used), sb-admin-2, metisMenu, select2, sweetalert2, site.css. */
const CSS = String.raw`/*! Bootstrap v3.4.1 (https://getbootstrap.com/) | MIT License (subset) */
*,*:before,*:after{-webkit-box-sizing:border-box;box-sizing:border-box}
html{font-size:10px;-webkit-tap-highlight-color:rgba(0,0,0,0)}
body{margin:0;font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;font-size:14px;line-height:1.42857143;color:#333;background-color:#fff}
input,button,select,textarea{font-family:inherit;font-size:inherit;line-height:inherit;margin:0}
a{color:#337ab7;text-decoration:none;background-color:transparent}
a:hover,a:focus{color:#23527c;text-decoration:underline}
img{vertical-align:middle;border:0}
h1,h2,h3,h4,h5{font-family:inherit;font-weight:500;line-height:1.1;color:inherit}
h1,h2,h3{margin-top:20px;margin-bottom:10px}h4,h5{margin-top:10px;margin-bottom:10px}
h1{font-size:36px}h2{font-size:30px}h3{font-size:24px}h4{font-size:18px}h5{font-size:14px}
p{margin:0 0 10px}ul,ol{margin-top:0;margin-bottom:10px}small{font-size:85%}
hr{margin-top:20px;margin-bottom:20px;border:0;border-top:1px solid #eee}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
.sr-only-focusable:active,.sr-only-focusable:focus{position:static;width:auto;height:auto;margin:0;overflow:visible;clip:auto}
.text-left{text-align:left}.text-right{text-align:right}.text-center{text-align:center}
.text-muted{color:#777}.text-primary{color:#337ab7}.text-success{color:#3c763d}.text-info{color:#31708f}.text-warning{color:#8a6d3b}.text-danger{color:#a94442}
.pull-right{float:right!important}.pull-left{float:left!important}.hide{display:none!important}.show{display:block!important}.hidden{display:none!important}
.clearfix:before,.clearfix:after,.container:before,.container:after,.container-fluid:before,.container-fluid:after,.row:before,.row:after,.form-horizontal .form-group:before,.form-horizontal .form-group:after,.nav:before,.nav:after,.navbar:before,.navbar:after,.navbar-header:before,.navbar-header:after,.panel-body:before,.panel-body:after,.modal-header:before,.modal-header:after,.modal-footer:before,.modal-footer:after{display:table;content:" "}
.clearfix:after,.container:after,.container-fluid:after,.row:after,.form-horizontal .form-group:after,.nav:after,.navbar:after,.navbar-header:after,.panel-body:after,.modal-header:after,.modal-footer:after{clear:both}
.container,.container-fluid{padding-right:15px;padding-left:15px;margin-right:auto;margin-left:auto}
@media (min-width:768px){.container{width:750px}}@media (min-width:992px){.container{width:970px}}@media (min-width:1200px){.container{width:1170px}}
.row{margin-right:-15px;margin-left:-15px}
[class*="col-"]{position:relative;min-height:1px;padding-right:15px;padding-left:15px}
.col-xs-12{float:left;width:100%}
@media (min-width:768px){.col-sm-2,.col-sm-3,.col-sm-4,.col-sm-5,.col-sm-6,.col-sm-8,.col-sm-9,.col-sm-12{float:left}.col-sm-2{width:16.66666667%}.col-sm-3{width:25%}.col-sm-4{width:33.33333333%}.col-sm-5{width:41.66666667%}.col-sm-6{width:50%}.col-sm-8{width:66.66666667%}.col-sm-9{width:75%}.col-sm-12{width:100%}.col-sm-offset-4{margin-left:33.33333333%}}
@media (min-width:992px){.col-md-3,.col-md-4,.col-md-6,.col-md-8,.col-md-12{float:left}.col-md-3{width:25%}.col-md-4{width:33.33333333%}.col-md-6{width:50%}.col-md-8{width:66.66666667%}.col-md-12{width:100%}.col-md-offset-3{margin-left:25%}.col-md-offset-2{margin-left:16.66666667%}}
.table{width:100%;max-width:100%;margin-bottom:20px;border-collapse:collapse;border-spacing:0;background-color:transparent}
.table>thead>tr>th,.table>tbody>tr>td,.table>tbody>tr>th{padding:8px;line-height:1.42857143;vertical-align:top;border-top:1px solid #ddd;text-align:left}
.table>thead>tr>th{vertical-align:bottom;border-bottom:2px solid #ddd}
.table-bordered{border:1px solid #ddd}.table-bordered>thead>tr>th,.table-bordered>tbody>tr>td{border:1px solid #ddd}.table-bordered>thead>tr>th{border-bottom-width:2px}
.table-striped>tbody>tr:nth-of-type(odd){background-color:#f9f9f9}.table-responsive{min-height:.01%;overflow-x:auto}
label{display:inline-block;max-width:100%;margin-bottom:5px;font-weight:700}
input[type=radio],input[type=checkbox]{margin:4px 0 0;line-height:normal}
.form-control{display:block;width:100%;height:34px;padding:6px 12px;font-size:14px;line-height:1.42857143;color:#555;background-color:#fff;background-image:none;border:1px solid #ccc;border-radius:4px;-webkit-box-shadow:inset 0 1px 1px rgba(0,0,0,.075);box-shadow:inset 0 1px 1px rgba(0,0,0,.075);-webkit-transition:border-color ease-in-out .15s,box-shadow ease-in-out .15s;transition:border-color ease-in-out .15s,box-shadow ease-in-out .15s}
.form-control:focus{border-color:#66afe9;outline:0;-webkit-box-shadow:inset 0 1px 1px rgba(0,0,0,.075),0 0 8px rgba(102,175,233,.6);box-shadow:inset 0 1px 1px rgba(0,0,0,.075),0 0 8px rgba(102,175,233,.6)}
.form-control::placeholder{color:#999;opacity:1}
.form-control[disabled],.form-control[readonly]{background-color:#eee;opacity:1}.form-control[disabled]{cursor:not-allowed}
.form-group{margin-bottom:15px}.form-control-static{min-height:34px;padding-top:7px;padding-bottom:7px;margin-bottom:0}
.help-block{display:block;margin-top:5px;margin-bottom:10px;color:#737373}
.radio-inline{position:relative;display:inline-block;padding-left:20px;margin-bottom:0;font-weight:400;vertical-align:middle;cursor:pointer}
.radio-inline input[type=radio]{position:absolute;margin-top:4px\9;margin-left:-20px}
.radio-inline+.radio-inline{margin-top:0;margin-left:10px}
.form-horizontal .radio-inline{padding-top:7px;margin-top:0;margin-bottom:0}
.form-horizontal .form-group{margin-right:-15px;margin-left:-15px}
@media (min-width:768px){.form-horizontal .control-label{padding-top:7px;margin-bottom:0;text-align:right}}
.input-group{position:relative;display:table;border-collapse:separate}
.input-group .form-control{position:relative;z-index:2;float:left;width:100%;margin-bottom:0;display:table-cell}
.input-group-addon{display:table-cell;width:1%;white-space:nowrap;vertical-align:middle;padding:6px 12px;font-size:14px;font-weight:400;line-height:1;color:#555;text-align:center;background-color:#eee;border:1px solid #ccc;border-radius:4px}
.input-group-addon:first-child{border-top-right-radius:0;border-bottom-right-radius:0;border-right:0}
.input-group .form-control:last-child{border-top-left-radius:0;border-bottom-left-radius:0}
.input-group .form-control:first-child{border-top-right-radius:0;border-bottom-right-radius:0}
.input-group-btn{position:relative;font-size:0;white-space:nowrap;width:1%;vertical-align:middle;display:table-cell}
.input-group-btn>.btn{position:relative;border-top-left-radius:0;border-bottom-left-radius:0;margin-left:-1px}
.btn{display:inline-block;margin-bottom:0;font-weight:400;text-align:center;white-space:nowrap;vertical-align:middle;touch-action:manipulation;cursor:pointer;background-image:none;border:1px solid transparent;padding:6px 12px;font-size:14px;line-height:1.42857143;border-radius:4px;-webkit-user-select:none;user-select:none}
.btn:focus,.btn:active:focus{outline:5px auto -webkit-focus-ring-color;outline-offset:-2px}
.btn:hover,.btn:focus{color:#333;text-decoration:none}
.btn:active{background-image:none;outline:0;box-shadow:inset 0 3px 5px rgba(0,0,0,.125)}
.btn.disabled,.btn[disabled]{cursor:not-allowed;filter:alpha(opacity=65);opacity:.65;box-shadow:none}
a.btn.disabled{pointer-events:none}
.btn-default{color:#333;background-color:#fff;border-color:#ccc}.btn-default:hover{background-color:#e6e6e6;border-color:#adadad}
.btn-primary{color:#fff;background-color:#337ab7;border-color:#2e6da4}.btn-primary:hover,.btn-primary:focus{color:#fff;background-color:#286090;border-color:#204d74}
.btn-success{color:#fff;background-color:#5cb85c;border-color:#4cae4c}.btn-success:hover,.btn-success:focus{color:#fff;background-color:#449d44;border-color:#398439}
.btn-danger{color:#fff;background-color:#d9534f;border-color:#d43f3a}.btn-danger:hover,.btn-danger:focus{color:#fff;background-color:#c9302c;border-color:#ac2925}
.btn-info{color:#fff;background-color:#5bc0de;border-color:#46b8da}.btn-warning{color:#fff;background-color:#f0ad4e;border-color:#eea236}
.btn-link{font-weight:400;color:#337ab7;border-radius:0;background-color:transparent;border-color:transparent}
.btn-sm{padding:5px 10px;font-size:12px;line-height:1.5;border-radius:3px}.btn-block{display:block;width:100%}
.fade{opacity:0;-webkit-transition:opacity .15s linear;transition:opacity .15s linear}.fade.in{opacity:1}
.collapse{display:none}.collapse.in{display:block}
.collapsing{position:relative;height:0;overflow:hidden;-webkit-transition-property:height,visibility;transition-property:height,visibility;-webkit-transition-duration:.35s;transition-duration:.35s;-webkit-transition-timing-function:ease;transition-timing-function:ease}
.caret{display:inline-block;width:0;height:0;margin-left:2px;vertical-align:middle;border-top:4px dashed;border-right:4px solid transparent;border-left:4px solid transparent}
.dropdown{position:relative}.dropdown-toggle:focus{outline:0}
.dropdown-menu{position:absolute;top:100%;left:0;z-index:1000;display:none;float:left;min-width:160px;padding:5px 0;margin:2px 0 0;font-size:14px;text-align:left;list-style:none;background-color:#fff;background-clip:padding-box;border:1px solid rgba(0,0,0,.15);border-radius:4px;box-shadow:0 6px 12px rgba(0,0,0,.175)}
.dropdown-menu .divider{height:1px;margin:9px 0;overflow:hidden;background-color:#e5e5e5}
.dropdown-menu>li>a{display:block;padding:3px 20px;clear:both;font-weight:400;line-height:1.42857143;color:#333;white-space:nowrap}
.dropdown-menu>li>a:hover,.dropdown-menu>li>a:focus{color:#262626;text-decoration:none;background-color:#f5f5f5}
.open>.dropdown-menu{display:block}.open>a{outline:0}.dropdown-menu-right{right:0;left:auto}
.nav{padding-left:0;margin-bottom:0;list-style:none}.nav>li{position:relative;display:block}
.nav>li>a{position:relative;display:block;padding:10px 15px}.nav>li>a:hover,.nav>li>a:focus{text-decoration:none;background-color:#eee}
.navbar{position:relative;min-height:50px;margin-bottom:20px;border:1px solid transparent}
@media (min-width:768px){.navbar{border-radius:4px}.navbar-header{float:left}.navbar-collapse{width:auto;border-top:0;box-shadow:none}.navbar-collapse.collapse{display:block!important;height:auto!important;padding-bottom:0;overflow:visible!important}.navbar-nav{float:left;margin:0}.navbar-nav>li{float:left}.navbar-nav>li>a{padding-top:15px;padding-bottom:15px}.navbar-right{float:right!important;margin-right:-15px}.navbar-static-top{border-radius:0}}
.navbar-static-top{z-index:1000;border-width:0 0 1px}
.navbar-brand{float:left;height:50px;padding:15px 15px;font-size:18px;line-height:20px}.navbar-brand:hover,.navbar-brand:focus{text-decoration:none}
.navbar-nav>li>a{padding-top:10px;padding-bottom:10px;line-height:20px}
.navbar-nav>li>.dropdown-menu{margin-top:0;border-top-left-radius:0;border-top-right-radius:0}
.navbar-default{background-color:#f8f8f8;border-color:#e7e7e7}.navbar-default .navbar-brand{color:#777}
.navbar-default .navbar-nav>li>a{color:#777}.navbar-default .navbar-nav>li>a:hover,.navbar-default .navbar-nav>li>a:focus{color:#333;background-color:transparent}
.navbar-default .navbar-nav>.active>a,.navbar-default .navbar-nav>.open>a{color:#555;background-color:#e7e7e7}
.breadcrumb{padding:8px 15px;margin-bottom:20px;list-style:none;background-color:#f5f5f5;border-radius:4px}.breadcrumb>li{display:inline-block}.breadcrumb>li+li:before{padding:0 5px;color:#ccc;content:"/\00a0"}.breadcrumb>.active{color:#777}
.label{display:inline;padding:.2em .6em .3em;font-size:75%;font-weight:700;line-height:1;color:#fff;text-align:center;white-space:nowrap;vertical-align:baseline;border-radius:.25em}.label-success{background-color:#5cb85c}.label-default{background-color:#777}
.badge{display:inline-block;min-width:10px;padding:3px 7px;font-size:12px;font-weight:700;line-height:1;color:#fff;text-align:center;white-space:nowrap;vertical-align:middle;background-color:#777;border-radius:10px}
.alert{padding:15px;margin-bottom:20px;border:1px solid transparent;border-radius:4px}.alert>p,.alert>ul{margin-bottom:0}
.alert-dismissible{padding-right:35px}.alert-dismissible .close{position:relative;top:-2px;right:-21px;color:inherit}
.alert-success{color:#3c763d;background-color:#dff0d8;border-color:#d6e9c6}.alert-info{color:#31708f;background-color:#d9edf7;border-color:#bce8f1}
.alert-warning{color:#8a6d3b;background-color:#fcf8e3;border-color:#faebcc}.alert-danger{color:#a94442;background-color:#f2dede;border-color:#ebccd1}
.panel{margin-bottom:20px;background-color:#fff;border:1px solid transparent;border-radius:4px;box-shadow:0 1px 1px rgba(0,0,0,.05)}
.panel-body{padding:15px}.panel-heading{padding:10px 15px;border-bottom:1px solid transparent;border-top-left-radius:3px;border-top-right-radius:3px}
.panel-title{margin-top:0;margin-bottom:0;font-size:16px;color:inherit}
.panel-footer{padding:10px 15px;background-color:#f5f5f5;border-top:1px solid #ddd;border-bottom-right-radius:3px;border-bottom-left-radius:3px}
.panel-default{border-color:#ddd}.panel-default>.panel-heading{color:#333;background-color:#f5f5f5;border-color:#ddd}
.panel-primary{border-color:#337ab7}.panel-primary>.panel-heading{color:#fff;background-color:#337ab7;border-color:#337ab7}
.panel-info{border-color:#bce8f1}.panel-info>.panel-heading{color:#31708f;background-color:#d9edf7;border-color:#bce8f1}
.panel-green{border-color:#5cb85c}.panel-green>.panel-heading{color:#fff;background-color:#5cb85c;border-color:#5cb85c}
.panel-red{border-color:#d9534f}.panel-red>.panel-heading{color:#fff;background-color:#d9534f;border-color:#d9534f}
.panel-yellow{border-color:#f0ad4e}.panel-yellow>.panel-heading{color:#fff;background-color:#f0ad4e;border-color:#f0ad4e}
.close{float:right;font-size:21px;font-weight:700;line-height:1;color:#000;text-shadow:0 1px 0 #fff;filter:alpha(opacity=20);opacity:.2}
.close:hover,.close:focus{color:#000;text-decoration:none;cursor:pointer;opacity:.5}
button.close{padding:0;cursor:pointer;background:transparent;border:0;-webkit-appearance:none;appearance:none}
.modal-open{overflow:hidden}
.modal{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1050;display:none;overflow:hidden;-webkit-overflow-scrolling:touch;outline:0}
.modal.fade .modal-dialog{-webkit-transform:translate(0,-25%);transform:translate(0,-25%);-webkit-transition:-webkit-transform .3s ease-out;transition:transform .3s ease-out}
.modal.in .modal-dialog{-webkit-transform:translate(0,0);transform:translate(0,0)}
.modal-open .modal{overflow-x:hidden;overflow-y:auto}
.modal-dialog{position:relative;width:auto;margin:10px}
.modal-content{position:relative;background-color:#fff;background-clip:padding-box;border:1px solid rgba(0,0,0,.2);border-radius:6px;box-shadow:0 3px 9px rgba(0,0,0,.5);outline:0}
.modal-backdrop{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1040;background-color:#000}
.modal-backdrop.fade{filter:alpha(opacity=0);opacity:0}.modal-backdrop.in{filter:alpha(opacity=50);opacity:.5}
.modal-header{padding:15px;border-bottom:1px solid #e5e5e5}.modal-header .close{margin-top:-2px}
.modal-title{margin:0;line-height:1.42857143}.modal-body{position:relative;padding:15px}
.modal-footer{padding:15px;text-align:right;border-top:1px solid #e5e5e5}.modal-footer .btn+.btn{margin-bottom:0;margin-left:5px}
@media (min-width:768px){.modal-dialog{width:600px;margin:30px auto}.modal-content{box-shadow:0 5px 15px rgba(0,0,0,.5)}}
.glyphicon{position:relative;top:1px;display:inline-block;font-style:normal;font-weight:400;line-height:1}
.glyphicon-refresh:before{content:"\21bb";font-weight:700}.glyphicon-ok:before{content:"\2714"}.glyphicon-user:before{content:"\263a"}
.glyphicon-lock:before{content:"\2301"}.glyphicon-home:before{content:"\2302"}.glyphicon-log-out:before{content:"\21e5"}
.glyphicon-info-sign:before{content:"\24d8"}.glyphicon-phone:before{content:"\260e"}.glyphicon-time:before{content:"\231a"}
/*! font-awesome 4.7 (the glyphs used, drawn with plain characters) */
.fa{display:inline-block;font:normal normal normal 14px/1 "DejaVu Sans",Arial,sans-serif;text-rendering:auto;-webkit-font-smoothing:antialiased}
.fa-fw{width:1.28571429em;text-align:center}
.fa-dashboard:before{content:"\25a3"}.fa-file-text-o:before{content:"\2630"}.fa-key:before{content:"\25c8"}.fa-bar-chart-o:before{content:"\2261"}
.fa-users:before{content:"\263b"}.fa-user:before{content:"\263a"}.fa-sign-out:before{content:"\21e5"}.fa-caret-down:before{content:"\25be"}
.fa-gear:before{content:"\2699"}.fa-bell:before{content:"\266a"}.fa-check-circle:before{content:"\2714"}.fa-times-circle:before{content:"\2716"}
/*! metisMenu v2.7.9 */
.metismenu .arrow{float:right;line-height:1.42857}
.metismenu .fa.arrow:before{content:"\2039";display:inline-block;font-weight:700;-webkit-transition:transform .2s;transition:transform .2s}
.metismenu .active>a>.fa.arrow:before{-webkit-transform:rotate(-90deg);transform:rotate(-90deg)}
.metismenu .collapse{display:none}.metismenu .collapse.in{display:block}
.metismenu .collapsing{position:relative;height:0;overflow:hidden;transition-timing-function:ease;transition-duration:.35s;transition-property:height,visibility}
/*! SB Admin 2 v3.3.7 (layout) */
#wrapper{width:100%;position:relative}
#page-wrapper{padding:0 24px 20px;background-color:#fff;min-height:640px}
@media (min-width:768px){#page-wrapper{position:inherit;margin:0 0 0 250px;border-left:1px solid #d4dbe3}}
.navbar-top-links{margin-right:0}.navbar-top-links li{display:inline-block}.navbar-top-links li:last-child{margin-right:15px}
.navbar-top-links li a{padding:15px;min-height:50px;display:block}
.navbar-top-links .dropdown-menu li{display:block}.navbar-top-links .dropdown-menu li a{padding:3px 20px;min-height:0}
.navbar-top-links .dropdown-user{right:0;left:auto}
.sidebar .sidebar-nav.navbar-collapse{padding-left:0;padding-right:0}
.sidebar ul li{border-bottom:1px solid #1c3050}
.sidebar ul li a.active{background-color:#16273f;color:#fff;border-left:3px solid #f0ad4e}
.sidebar .nav-second-level li,.sidebar .nav-third-level li{border-bottom:none!important}
.sidebar .nav-second-level li a{padding-left:37px}.sidebar .nav-third-level li a{padding-left:52px}
@media (min-width:768px){.sidebar{z-index:1;position:absolute;width:250px;margin-top:51px;top:0;left:0;bottom:0}}
.sidebar{background-color:#243b5a;min-height:640px}
.sidebar .nav>li>a{color:#dbe4ef}.sidebar .nav>li>a:hover,.sidebar .nav>li>a:focus{background-color:#1a2c45;color:#fff}
.sidebar .nav-second-level{background-color:#1e3350}.sidebar .nav-third-level{background-color:#192b44}
.sidebar .nav>li.active>a{color:#fff;background-color:#1a2c45}
.sidebar .sidebar-user{padding:12px 15px;color:#fff;border-bottom:1px solid #1c3050;font-size:12px}
.sidebar .sidebar-user strong{display:block;font-size:13px}
.page-header{padding-bottom:9px;margin:20px 0 20px;border-bottom:1px solid #eee}
.page-header small{color:#777;font-size:60%}
.huge{font-size:34px}
/*! Select2 4.0.13 | https://github.com/select2/select2/blob/master/LICENSE.md */
.select2-container{box-sizing:border-box;display:inline-block;margin:0;position:relative;vertical-align:middle}
.select2-container .select2-selection--single{box-sizing:border-box;cursor:pointer;display:block;height:28px;user-select:none;-webkit-user-select:none}
.select2-container .select2-selection--single .select2-selection__rendered{display:block;padding-left:8px;padding-right:20px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.select2-container[dir="rtl"] .select2-selection--single .select2-selection__rendered{padding-right:8px;padding-left:20px}
.select2-dropdown{background-color:white;border:1px solid #aaa;border-radius:4px;box-sizing:border-box;display:block;position:absolute;left:-100000px;width:100%;z-index:1051}
.select2-results{display:block}.select2-results__options{list-style:none;margin:0;padding:0}
.select2-results__option{padding:6px;user-select:none;-webkit-user-select:none}.select2-results__option[aria-selected]{cursor:pointer}
.select2-container--open .select2-dropdown{left:0}
.select2-container--open .select2-dropdown--above{border-bottom:none;border-bottom-left-radius:0;border-bottom-right-radius:0}
.select2-container--open .select2-dropdown--below{border-top:none;border-top-left-radius:0;border-top-right-radius:0}
.select2-search--dropdown{display:block;padding:4px}.select2-search--dropdown .select2-search__field{padding:4px;width:100%;box-sizing:border-box}
.select2-search--dropdown .select2-search__field::-webkit-search-cancel-button{-webkit-appearance:none}
.select2-close-mask{border:0;margin:0;padding:0;display:block;position:fixed;left:0;top:0;min-height:100%;min-width:100%;height:auto;width:auto;opacity:0;z-index:99;background-color:#fff}
.select2-hidden-accessible{border:0!important;clip:rect(0 0 0 0)!important;-webkit-clip-path:inset(50%)!important;clip-path:inset(50%)!important;height:1px!important;overflow:hidden!important;padding:0!important;position:absolute!important;width:1px!important;white-space:nowrap!important}
.select2-container--default .select2-selection--single{background-color:#fff;border:1px solid #aaa;border-radius:4px}
.select2-container--default .select2-selection--single .select2-selection__rendered{color:#444;line-height:28px}
.select2-container--default .select2-selection--single .select2-selection__placeholder{color:#999}
.select2-container--default .select2-selection--single .select2-selection__arrow{height:26px;position:absolute;top:1px;right:1px;width:20px}
.select2-container--default .select2-selection--single .select2-selection__arrow b{border-color:#888 transparent transparent transparent;border-style:solid;border-width:5px 4px 0 4px;height:0;left:50%;margin-left:-4px;margin-top:-2px;position:absolute;top:50%;width:0}
.select2-container--default.select2-container--disabled .select2-selection--single{background-color:#eee;cursor:default}
.select2-container--default.select2-container--open .select2-selection--single .select2-selection__arrow b{border-color:transparent transparent #888 transparent;border-width:0 4px 5px 4px}
.select2-container--default.select2-container--open.select2-container--below .select2-selection--single{border-bottom-left-radius:0;border-bottom-right-radius:0}
.select2-container--default.select2-container--open.select2-container--above .select2-selection--single{border-top-left-radius:0;border-top-right-radius:0}
.select2-container--default .select2-search--dropdown .select2-search__field{border:1px solid #aaa}
.select2-container--default .select2-results>.select2-results__options{max-height:200px;overflow-y:auto}
.select2-container--default .select2-results__option[role=group]{padding:0}
.select2-container--default .select2-results__option[aria-disabled=true]{color:#999}
.select2-container--default .select2-results__option[aria-selected=true]{background-color:#ddd}
.select2-container--default .select2-results__option--highlighted[aria-selected]{background-color:#5897fb;color:white}
/* site overrides: select2 as tall as .form-control */
.select2-container--default .select2-selection--single{height:34px;border-color:#ccc}
.select2-container--default .select2-selection--single .select2-selection__rendered{line-height:32px;padding-left:12px}
.select2-container--default .select2-selection--single .select2-selection__arrow{height:32px}
.input-validation-error+.select2-container .select2-selection{border-color:#a94442}
/*! sweetalert2 v11.4.8 (subset) */
.swal2-container{display:grid;position:fixed;z-index:1060;top:0;right:0;bottom:0;left:0;box-sizing:border-box;grid-template-areas:"top-start top top-end" "center-start center center-end" "bottom-start bottom-center bottom-end";grid-template-rows:minmax(min-content,auto) minmax(min-content,auto) minmax(min-content,auto);height:100%;padding:.625em;overflow-x:hidden;transition:background-color .1s;-webkit-overflow-scrolling:touch}
.swal2-container.swal2-backdrop-show,.swal2-container.swal2-noanimation{background:rgba(0,0,0,.4)}
.swal2-container.swal2-backdrop-hide{background:transparent!important}
.swal2-container.swal2-center>.swal2-popup{grid-column:2;grid-row:2;align-self:center;justify-self:center}
body.swal2-shown:not(.swal2-no-backdrop):not(.swal2-toast-shown){overflow:hidden}
body.swal2-height-auto{height:auto!important}
.swal2-popup{display:none;position:relative;box-sizing:border-box;grid-template-columns:minmax(0,100%);width:32em;max-width:100%;padding:0 0 1.25em;border:none;border-radius:5px;background:#fff;font-family:inherit;font-size:1rem}
.swal2-popup:focus{outline:none}
.swal2-title{position:relative;max-width:100%;margin:0;padding:.8em 1em 0;color:#595959;font-size:1.875em;font-weight:600;text-align:center;text-transform:none;word-wrap:break-word}
.swal2-actions{display:flex;z-index:1;box-sizing:border-box;flex-wrap:wrap;align-items:center;justify-content:center;width:auto;margin:1.25em auto 0;padding:0}
.swal2-loader{display:none}
.swal2-styled{margin:.3125em;padding:.625em 1.1em;transition:box-shadow .1s;box-shadow:0 0 0 3px transparent;font-weight:500;cursor:pointer}
.swal2-styled:not([disabled]){cursor:pointer}
.swal2-styled.swal2-confirm{border:0;border-radius:.25em;background:initial;background-color:#7066e0;color:#fff;font-size:1em}
.swal2-styled.swal2-confirm:focus{box-shadow:0 0 0 3px rgba(112,102,224,.5)}
.swal2-styled.swal2-deny{border:0;border-radius:.25em;background:initial;background-color:#dc3741;color:#fff;font-size:1em}
.swal2-styled.swal2-cancel{border:0;border-radius:.25em;background:initial;background-color:#6e7881;color:#fff;font-size:1em}
.swal2-styled.swal2-cancel:focus{box-shadow:0 0 0 3px rgba(110,120,129,.5)}
.swal2-styled:focus{outline:none}.swal2-styled::-moz-focus-inner{border:0}
.swal2-close{z-index:2;align-items:center;justify-content:center;width:1.2em;height:1.2em;margin-top:0;margin-right:0;margin-bottom:-1.2em;padding:0;overflow:hidden;border:none;border-radius:5px;background:transparent;color:#ccc;font-family:serif;font-size:2.5em;cursor:pointer;justify-self:end}
.swal2-html-container{z-index:1;justify-content:center;margin:1em 1.6em .3em;padding:0;overflow:auto;color:#545454;font-size:1.125em;font-weight:normal;line-height:normal;text-align:center;word-wrap:break-word;word-break:break-word}
.swal2-html-container ul{text-align:left;margin:.5em 0 0;padding-left:1.2em}
.swal2-footer{justify-content:center;margin:1em 0 0;padding:1em 1em 0;border-top:1px solid #eee;color:#545454;font-size:1em}
.swal2-icon{position:relative;box-sizing:content-box;justify-content:center;width:5em;height:5em;margin:2.5em auto .6em;border:.25em solid transparent;border-radius:50%;border-color:#000;font-family:inherit;line-height:5em;cursor:default;user-select:none}
.swal2-icon .swal2-icon-content{display:flex;align-items:center;font-size:3.75em}
.swal2-icon.swal2-error{border-color:#f27474;color:#f27474}
.swal2-icon.swal2-error .swal2-x-mark{position:relative;flex-grow:1}
.swal2-icon.swal2-error [class^=swal2-x-mark-line]{display:block;position:absolute;top:2.3125em;width:2.9375em;height:.3125em;border-radius:.125em;background-color:#f27474}
.swal2-icon.swal2-error [class^=swal2-x-mark-line][class$=left]{left:1.0625em;transform:rotate(45deg)}
.swal2-icon.swal2-error [class^=swal2-x-mark-line][class$=right]{right:1em;transform:rotate(-45deg)}
.swal2-icon.swal2-error.swal2-icon-show .swal2-x-mark{animation:swal2-animate-error-x-mark .5s}
.swal2-icon.swal2-warning{border-color:#facea8;color:#f8bb86}
.swal2-icon.swal2-info{border-color:#9de0f6;color:#3fc3ee}
.swal2-icon.swal2-question{border-color:#c9dae1;color:#87adbd}
.swal2-icon.swal2-success{border-color:#a5dc86;color:#a5dc86}
.swal2-icon.swal2-success .swal2-success-ring{position:absolute;z-index:2;top:-.25em;left:-.25em;box-sizing:content-box;width:100%;height:100%;border:.25em solid rgba(165,220,134,.3);border-radius:50%}
.swal2-icon.swal2-success .swal2-success-fix{position:absolute;z-index:1;top:.5em;left:1.625em;width:.4375em;height:5.625em;transform:rotate(-45deg)}
.swal2-icon.swal2-success [class^=swal2-success-line]{display:block;position:absolute;z-index:2;height:.3125em;border-radius:.125em;background-color:#a5dc86}
.swal2-icon.swal2-success [class^=swal2-success-line][class$=tip]{top:2.875em;left:.8125em;width:1.5625em;transform:rotate(45deg)}
.swal2-icon.swal2-success [class^=swal2-success-line][class$=long]{top:2.375em;right:.5em;width:2.9375em;transform:rotate(-45deg)}
.swal2-icon.swal2-success.swal2-icon-show .swal2-success-line-tip{animation:swal2-animate-success-line-tip .75s}
.swal2-icon.swal2-success.swal2-icon-show .swal2-success-line-long{animation:swal2-animate-success-line-long .75s}
.swal2-icon.swal2-icon-show.swal2-warning .swal2-icon-content,.swal2-icon.swal2-icon-show.swal2-info .swal2-icon-content,.swal2-icon.swal2-icon-show.swal2-question .swal2-icon-content{animation:swal2-animate-i-mark .5s}
.swal2-show{animation:swal2-show .3s}.swal2-hide{animation:swal2-hide .15s forwards}.swal2-noanimation{transition:none}
@keyframes swal2-show{0%{transform:scale(.7)}45%{transform:scale(1.05)}80%{transform:scale(.95)}100%{transform:scale(1)}}
@keyframes swal2-hide{0%{transform:scale(1);opacity:1}100%{transform:scale(.5);opacity:0}}
@keyframes swal2-animate-success-line-tip{0%{top:1.1875em;left:.0625em;width:0}54%{top:1.0625em;left:.125em;width:0}70%{top:2.1875em;left:-.375em;width:3.125em}84%{top:3em;left:1.3125em;width:1.0625em}100%{top:2.8125em;left:.8125em;width:1.5625em}}
@keyframes swal2-animate-success-line-long{0%{top:3.375em;right:2.875em;width:0}65%{top:3.375em;right:2.875em;width:0}84%{top:2.1875em;right:0;width:3.4375em}100%{top:2.375em;right:.5em;width:2.9375em}}
@keyframes swal2-animate-error-x-mark{0%{margin-top:1.625em;transform:scale(.4);opacity:0}50%{margin-top:1.625em;transform:scale(.4);opacity:0}80%{margin-top:-.375em;transform:scale(1.15)}100%{margin-top:0;transform:scale(1);opacity:1}}
@keyframes swal2-animate-i-mark{0%{transform:rotateZ(45deg);opacity:0}25%{transform:rotateZ(-25deg);opacity:.4}50%{transform:rotateZ(15deg);opacity:.8}75%{transform:rotateZ(-5deg);opacity:1}100%{transform:rotateX(0);opacity:1}}
/*! Site.css (e-Invoice System) */
body{background-color:#eef1f5}
.top-strip{background-color:#0e2a4f;color:#dfe7f1;font-size:12px;line-height:26px}
.top-strip a{color:#dfe7f1;padding:0 6px}.top-strip a:hover,.top-strip a:focus{color:#fff;text-decoration:underline}
.top-strip .gov-title{float:left}.top-strip .gov-title span{padding-right:8px;border-right:1px solid #51698c;margin-right:6px}
.top-strip .accessibility-tools{float:right;list-style:none;margin:0;padding:0}
.top-strip .accessibility-tools>li{display:inline-block;border-left:1px solid #51698c;padding:0 4px}
.top-strip .accessibility-tools>li:first-child{border-left:0}
.top-strip .font-resize a{display:inline-block;min-width:18px;text-align:center;padding:0 3px;border:1px solid #51698c;margin-left:2px;line-height:18px;border-radius:2px}
.top-strip .contrast-toggle{display:inline-block;width:16px;height:16px;border-radius:50%;border:1px solid #fff;background:linear-gradient(90deg,#000 50%,#fff 50%);vertical-align:middle;padding:0}
.top-strip select{color:#333;font-size:11px;height:20px;line-height:18px;padding:0 2px;border-radius:2px;border:0;vertical-align:middle}
.site-header{background:#fff;border-bottom:3px solid #f39c12}
.site-header .container{height:86px;position:relative}
.site-header .emblem{float:left;height:70px;margin:8px 14px 0 0}
.site-header .site-title{float:left;margin-top:14px}
.site-header .site-title h1{margin:0;font-size:28px;font-weight:700;color:#0b3d91;letter-spacing:.3px}
.site-header .site-title p{margin:2px 0 0;color:#555;font-size:14px}
.site-header .site-title p span{display:inline-block;margin-left:10px;padding-left:10px;border-left:1px solid #ccc;color:#777;font-size:12px}
.site-header .header-right{position:absolute;right:15px;top:16px;text-align:right}
.site-header .gst-logo{display:inline-block;border:3px solid #0b3d91;color:#0b3d91;font-weight:700;font-size:18px;padding:6px 12px;border-radius:6px}
.site-header .gst-logo small{display:block;font-size:9px;font-weight:400;color:#555}
.news-ticker{background:#fff7e6;border-bottom:1px solid #f0d8a8;font-size:13px;height:30px;line-height:30px;overflow:hidden;white-space:nowrap}
.news-ticker .ticker-title{float:left;background:#c0392b;color:#fff;padding:0 14px;font-weight:700;margin-right:10px;position:relative;z-index:2}
.news-ticker marquee{display:block;height:30px;line-height:30px}
.news-ticker .ticker-item{margin-right:60px;color:#5a3d00}.news-ticker .ticker-item:before{content:"\25c6";color:#c0392b;margin-right:6px;font-size:10px}
.news-ticker a{color:#0b3d91;font-weight:700}
.navbar-einv{background-color:#1d4f91;border-color:#163f75;border-radius:0;margin-bottom:0}
.navbar-einv .navbar-nav>li>a{color:#fff}.navbar-einv .navbar-nav>li>a:hover,.navbar-einv .navbar-nav>li>a:focus{color:#fff;background-color:#163f75}
.navbar-einv .navbar-nav>.active>a,.navbar-einv .navbar-nav>.open>a,.navbar-einv .navbar-nav>.open>a:hover,.navbar-einv .navbar-nav>.open>a:focus{color:#fff;background-color:#12345f}
.navbar-einv .navbar-nav>li.login-item>a{background-color:#f39c12;font-weight:700;padding-left:22px;padding-right:22px}
.navbar-einv .navbar-nav>li.login-item>a:hover{background-color:#e08e0b}
#wrapper>.navbar-static-top{background-color:#fff;border-color:#d4dbe3;margin-bottom:0}
#wrapper>.navbar-static-top .navbar-brand{color:#0b3d91;font-weight:700}
#wrapper>.navbar-static-top .gstin-badge{float:left;margin:15px 0 0 10px;font-size:13px;color:#555}
#wrapper>.navbar-static-top .gstin-badge strong{color:#0b3d91}
.site-footer{background:#0e2a4f;color:#c6d2e2;font-size:12px;padding:14px 0 10px;margin-top:0}
.site-footer a{color:#fff}.site-footer .footer-links{list-style:none;padding:0;margin:0 0 6px}
.site-footer .footer-links li{display:inline-block;padding:0 8px;border-left:1px solid #51698c}.site-footer .footer-links li:first-child{border-left:0;padding-left:0}
.site-footer .visitor-count{float:right;text-align:right}.site-footer .visitor-count .counter{display:inline-block;background:#000;color:#7CFC00;font-family:monospace;font-size:13px;padding:1px 6px;letter-spacing:2px;border-radius:2px}
.site-footer .nic-logo{font-weight:700;color:#fff}
.home-main{padding:24px 0 30px}
.home-main .welcome{background:#fff;border:1px solid #d4dbe3;border-radius:4px;padding:22px 26px;margin-bottom:20px}
.home-main .welcome h2{margin-top:0;color:#0b3d91;font-size:26px}
.home-main .list-unstyled{padding-left:0;list-style:none}.home-main .notice-list li{padding:6px 0;border-bottom:1px dotted #ccc}
.home-main .notice-list .new{display:inline-block;background:#d9534f;color:#fff;font-size:10px;padding:0 4px;border-radius:2px;margin-left:4px}
.login-page{padding:30px 0 40px}
.login-page .panel-primary>.panel-heading{font-size:16px;font-weight:700}
.login-page .panel{box-shadow:0 2px 8px rgba(0,0,0,.12)}
.captcha-row img#captcha_image{border:1px solid #ccc;border-radius:3px;height:42px;width:150px;background:#f4f6f8}
.captcha-row .refresh-captcha{display:inline-block;margin-left:8px;font-size:20px;vertical-align:middle;color:#337ab7}
.captcha-row .captcha-input{margin-top:8px}
.login-links{margin-top:10px}
.login-info{font-size:12px;color:#666}
.field-validation-error{display:block;margin-top:4px;font-size:12px}
.field-validation-valid{display:none}
.input-validation-error,.input-validation-error:focus{border-color:#a94442}
.validation-summary-errors{margin-bottom:12px;font-weight:700}.validation-summary-errors ul{margin:0;padding-left:18px}
.validation-summary-valid{display:none}
.otp-timer{color:#a94442;font-weight:700;margin-left:6px}
a.disabled-link{color:#999;pointer-events:none;cursor:default}
.required:after{content:" *";color:#d9534f}
.form-actions{border-top:1px solid #e5e5e5;padding-top:15px;margin-top:5px}
.otp-verified{display:inline-block;margin-left:10px;padding-top:7px;font-weight:700}
.dash-card .panel-heading{padding:15px}.dash-card .huge{line-height:1}.dash-card .panel-footer a{display:block}
#loading{display:none;position:fixed;top:0;left:0;width:100%;height:100%;z-index:10000;background-color:rgba(255,255,255,.55)}
#loading .loading-box{position:absolute;top:50%;left:50%;margin:-45px 0 0 -70px;width:140px;height:90px;text-align:center;background:#fff;border:1px solid #ccc;border-radius:6px;box-shadow:0 2px 10px rgba(0,0,0,.25);padding-top:12px;font-size:12px;color:#555}
#loading .loading-box img{display:block;margin:0 auto 6px}
body.contrast,body.contrast #page-wrapper,body.contrast .panel,body.contrast .panel-body,body.contrast .site-header,body.contrast .home-main .welcome,body.contrast .modal-content{background:#000!important;color:#ff0!important}
body.contrast a{color:#0ff!important}body.contrast .form-control{background:#000;color:#fff;border-color:#ff0}
`;

/** `/bundles/jquery`: a hand-written subset of jQuery 3 with its AJAX global events. */
const JQUERY_JS = String.raw`/*! jQuery v3.4.1 | (c) JS Foundation and other contributors | jquery.org/license (subset) */
(function (window, document) {
  'use strict';
  var store = new WeakMap();
  var readyList = [];
  function dataOf(el) { var d = store.get(el); if (!d) { d = { events: [] }; store.set(el, d); } return d; }
  function jQuery(selector, context) { return new Init(selector, context); }
  function Init(selector, context) {
    var els = [];
    if (!selector) { els = []; }
    else if (typeof selector === 'function') {
      if (document.readyState === 'loading') readyList.push(selector); else setTimeout(function () { selector(jQuery); });
    } else if (typeof selector === 'string') {
      var s = selector.trim();
      if (s.charAt(0) === '<') {
        var t = document.createElement('template'); t.innerHTML = s;
        els = Array.prototype.filter.call(t.content.childNodes, function (n) { return n.nodeType === 1; });
      } else {
        var roots = context ? jQuery(context).toArray() : [document];
        roots.forEach(function (r) { Array.prototype.push.apply(els, r.querySelectorAll(s)); });
      }
    } else if (selector.jquery) { els = selector.toArray(); }
    else if (selector.nodeType || selector === window) { els = [selector]; }
    else if (typeof selector.length === 'number') { els = Array.prototype.slice.call(selector); }
    for (var i = 0; i < els.length; i++) this[i] = els[i];
    this.length = els.length;
  }
  document.addEventListener('DOMContentLoaded', function () { readyList.splice(0).forEach(function (f) { f(jQuery); }); });
  var fn = jQuery.fn = Init.prototype;
  fn.jquery = '3.4.1';
  function uniq(list) { return list.filter(function (x, i) { return x && list.indexOf(x) === i; }); }
  fn.toArray = function () { return Array.prototype.slice.call(this); };
  fn.get = function (i) { return i === undefined ? this.toArray() : this[i < 0 ? this.length + i : i]; };
  fn.each = function (f) { for (var i = 0; i < this.length; i++) if (f.call(this[i], i, this[i]) === false) break; return this; };
  fn.map = function (f) { var out = []; this.each(function (i, el) { var v = f.call(el, i, el); if (v != null) out.push(v); }); return jQuery(out); };
  fn.eq = function (i) { return jQuery(this.get(i)); };
  fn.first = function () { return this.eq(0); };
  fn.last = function () { return this.eq(-1); };
  fn.find = function (sel) { var out = []; this.each(function () { Array.prototype.push.apply(out, this.querySelectorAll(sel)); }); return jQuery(uniq(out)); };
  fn.filter = function (sel) { return jQuery(this.toArray().filter(function (el, i) { return typeof sel === 'function' ? sel.call(el, i, el) : el.matches(sel); })); };
  fn.not = function (sel) { return jQuery(this.toArray().filter(function (el) { return !el.matches(sel); })); };
  fn.is = function (sel) { return this.toArray().some(function (el) { return sel === ':visible' ? visible(el) : sel === ':hidden' ? !visible(el) : el.matches(sel); }); };
  fn.has = function (sel) { return jQuery(this.toArray().filter(function (el) { return !!el.querySelector(sel); })); };
  fn.closest = function (sel) { return jQuery(uniq(this.toArray().map(function (el) { return el.closest(sel); }))); };
  fn.parent = function () { return jQuery(uniq(this.toArray().map(function (el) { return el.parentElement; }))); };
  fn.children = function (sel) { var out = []; this.each(function () { Array.prototype.forEach.call(this.children, function (c) { if (!sel || c.matches(sel)) out.push(c); }); }); return jQuery(out); };
  fn.siblings = function (sel) { var out = []; this.each(function () { var me = this; Array.prototype.forEach.call(me.parentElement.children, function (c) { if (c !== me && (!sel || c.matches(sel))) out.push(c); }); }); return jQuery(uniq(out)); };
  function visible(el) { return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length); }
  function classes(v) { return String(v || '').split(/\s+/).filter(Boolean); }
  fn.addClass = function (v) { return this.each(function () { var l = this.classList; classes(v).forEach(function (c) { l.add(c); }); }); };
  fn.removeClass = function (v) { return this.each(function () { var el = this; if (v === undefined) el.className = ''; else classes(v).forEach(function (c) { el.classList.remove(c); }); }); };
  fn.toggleClass = function (v, on) { return this.each(function () { var el = this; classes(v).forEach(function (c) { el.classList.toggle(c, on === undefined ? !el.classList.contains(c) : !!on); }); }); };
  fn.hasClass = function (c) { return this.toArray().some(function (el) { return el.classList.contains(c); }); };
  fn.attr = function (k, v) {
    if (typeof k === 'object') { for (var key in k) this.attr(key, k[key]); return this; }
    if (v === undefined) { var a = this[0] ? this[0].getAttribute(k) : null; return a === null ? undefined : a; }
    return this.each(function () { if (v === null) this.removeAttribute(k); else this.setAttribute(k, v); });
  };
  fn.removeAttr = function (k) { return this.each(function () { this.removeAttribute(k); }); };
  fn.prop = function (k, v) { if (v === undefined) return this[0] ? this[0][k] : undefined; return this.each(function () { this[k] = v; }); };
  fn.val = function (v) {
    if (v === undefined) { var el = this[0]; if (!el) return undefined; if (el.type === 'radio') { var c = this.filter(':checked')[0]; return c ? c.value : undefined; } return el.value; }
    return this.each(function () { this.value = v; });
  };
  fn.text = function (v) { if (v === undefined) return this.toArray().map(function (el) { return el.textContent; }).join(''); return this.each(function () { this.textContent = v; }); };
  fn.html = function (v) { if (v === undefined) return this[0] ? this[0].innerHTML : undefined; return this.each(function () { this.innerHTML = v; }); };
  fn.css = function (k, v) {
    if (typeof k === 'object') { for (var key in k) this.css(key, k[key]); return this; }
    if (v === undefined) return this[0] ? getComputedStyle(this[0])[k] : undefined;
    return this.each(function () { this.style[k] = typeof v === 'number' && k !== 'opacity' && k !== 'zIndex' ? v + 'px' : v; });
  };
  fn.data = function (k, v) {
    if (v === undefined) { var el = this[0]; if (!el) return undefined; var d = dataOf(el); if (k in d) return d[k]; var raw = el.dataset ? el.dataset[k.replace(/-(\w)/g, function (m, c) { return c.toUpperCase(); })] : undefined; if (raw === 'true') return true; if (raw === 'false') return false; return raw; }
    return this.each(function () { dataOf(this)[k] = v; });
  };
  fn.show = function () { return this.each(function () { this.style.display = ''; if (getComputedStyle(this).display === 'none') this.style.display = this.tagName === 'SPAN' ? 'inline' : 'block'; }); };
  fn.hide = function () { return this.each(function () { this.style.display = 'none'; }); };
  fn.toggle = function (on) { return this.each(function () { var j = jQuery(this); if (on === undefined ? !visible(this) : on) j.show(); else j.hide(); }); };
  function slide(el, down, done) {
    var s = el.style; if (down) { jQuery(el).show(); }
    var full = el.scrollHeight, start = performance.now();
    s.overflow = 'hidden'; s.height = (down ? 0 : full) + 'px';
    function step(now) {
      var p = Math.min(1, (now - start) / 400), e = 0.5 - Math.cos(p * Math.PI) / 2;
      s.height = (down ? full * e : full * (1 - e)) + 'px';
      if (p < 1) requestAnimationFrame(step); else { s.height = ''; s.overflow = ''; if (!down) s.display = 'none'; if (done) done.call(el); }
    }
    requestAnimationFrame(step);
  }
  fn.slideDown = function (done) { return this.each(function () { slide(this, true, done); }); };
  fn.slideUp = function (done) { return this.each(function () { slide(this, false, done); }); };
  function nodes(x) { if (typeof x === 'string') return jQuery(x).toArray(); if (x.jquery) return x.toArray(); return [x]; }
  fn.append = function (x) { return this.each(function () { var me = this; nodes(x).forEach(function (n) { me.appendChild(n); }); }); };
  fn.prepend = function (x) { return this.each(function () { var me = this; nodes(x).reverse().forEach(function (n) { me.insertBefore(n, me.firstChild); }); }); };
  fn.after = function (x) { return this.each(function () { var me = this; nodes(x).reverse().forEach(function (n) { me.parentNode.insertBefore(n, me.nextSibling); }); }); };
  fn.appendTo = function (target) { var t = jQuery(target)[0]; this.each(function () { t.appendChild(this); }); return this; };
  fn.remove = function () { return this.each(function () { if (this.parentNode) this.parentNode.removeChild(this); }); };
  fn.empty = function () { return this.each(function () { this.innerHTML = ''; }); };
  fn.focus = function () { if (this[0]) this[0].focus(); return this; };
  fn.offset = function () { var r = this[0].getBoundingClientRect(); return { top: r.top + window.pageYOffset, left: r.left + window.pageXOffset }; };
  fn.outerHeight = function () { return this[0] ? this[0].offsetHeight : 0; };
  fn.outerWidth = function () { return this[0] ? this[0].offsetWidth : 0; };
  fn.on = function (events, selector, handler) {
    if (typeof selector === 'function') { handler = selector; selector = null; }
    return this.each(function () {
      var el = this;
      classes(events).forEach(function (full) {
        var type = full.split('.')[0], ns = full.split('.').slice(1).join('.');
        var wrapped = function (e) {
          var target = el;
          if (selector) { target = e.target && e.target.closest ? e.target.closest(selector) : null; if (!target || !el.contains(target)) return; }
          var r = handler.call(target, e, e.detail && e.detail.__jq ? e.detail.data : undefined);
          if (r === false) { e.preventDefault(); e.stopPropagation(); }
        };
        dataOf(el).events.push({ type: type, ns: ns, handler: handler, wrapped: wrapped });
        el.addEventListener(type, wrapped);
      });
    });
  };
  fn.off = function (events) {
    return this.each(function () {
      var el = this, d = dataOf(el);
      classes(events).forEach(function (full) {
        var type = full.split('.')[0], ns = full.split('.').slice(1).join('.');
        d.events = d.events.filter(function (h) {
          var hit = (!type || h.type === type) && (!ns || h.ns === ns);
          if (hit) el.removeEventListener(h.type, h.wrapped);
          return !hit;
        });
      });
    });
  };
  fn.one = function (events, handler) { var me = this; var once = function (e, d) { me.off(events); return handler.call(this, e, d); }; return this.on(events, once); };
  fn.trigger = function (type, data) {
    return this.each(function () {
      var name = type.split('.')[0];
      if ((name === 'click' || name === 'focus' || name === 'blur') && typeof this[name] === 'function') { this[name](); return; }
      var ev = new CustomEvent(name, { bubbles: true, cancelable: true, detail: { __jq: true, data: data } });
      var ok = this.dispatchEvent(ev);
      if (name === 'submit' && ok && this.submit) this.submit();
    });
  };
  ['click', 'change', 'submit', 'keyup', 'keydown', 'blur'].forEach(function (name) {
    fn[name] = function (h) { return h ? this.on(name, h) : this.trigger(name); };
  });
  fn.serializeArray = function () {
    var out = [];
    this.find('input,select,textarea').each(function () {
      if (!this.name || this.disabled || /^(submit|button|reset|file)$/.test(this.type)) return;
      if ((this.type === 'radio' || this.type === 'checkbox') && !this.checked) return;
      out.push({ name: this.name, value: this.value });
    });
    return out;
  };
  fn.serialize = function () { return jQuery.param(this.serializeArray()); };
  jQuery.param = function (obj) {
    var pairs = Array.isArray(obj) ? obj : Object.keys(obj).map(function (k) { return { name: k, value: obj[k] == null ? '' : obj[k] }; });
    return pairs.map(function (p) { return encodeURIComponent(p.name) + '=' + encodeURIComponent(p.value); }).join('&').replace(/%20/g, '+');
  };
  jQuery.extend = function (target) { for (var i = 1; i < arguments.length; i++) { var s = arguments[i]; if (s) for (var k in s) target[k] = s[k]; } return target; };
  jQuery.each = function (list, f) { if (Array.isArray(list)) list.forEach(function (v, i) { f.call(v, i, v); }); else for (var k in list) f.call(list[k], k, list[k]); };
  jQuery.trim = function (s) { return String(s == null ? '' : s).trim(); };
  jQuery.isFunction = function (f) { return typeof f === 'function'; };
  jQuery.expando = 'jQuery' + String(Math.random()).slice(2);
  jQuery._data = function (el) { return dataOf(el); };
  var globals = { ajaxStart: [], ajaxStop: [], ajaxSend: [], ajaxError: [], ajaxSuccess: [], ajaxComplete: [] };
  Object.keys(globals).forEach(function (name) { fn[name] = function (h) { var el = this[0]; globals[name].push(function () { h.apply(el, arguments); }); return this; }; });
  function fire(name, args) { globals[name].forEach(function (h) { h.apply(null, args); }); }
  var active = 0, setup = { headers: {} };
  jQuery.ajaxSetup = function (o) { jQuery.extend(setup, o); };
  jQuery.ajax = function (url, options) {
    var o = typeof url === 'object' ? url : jQuery.extend({ url: url }, options);
    o = jQuery.extend({ type: 'GET', async: true, contentType: 'application/x-www-form-urlencoded; charset=UTF-8', global: true }, setup, o);
    var method = String(o.method || o.type).toUpperCase();
    var body = o.data == null ? null : typeof o.data === 'string' ? o.data : jQuery.param(o.data);
    var target = o.url;
    if (method === 'GET' && body) { target += (target.indexOf('?') < 0 ? '?' : '&') + body; body = null; }
    if (method === 'GET' && o.cache === false) target += (target.indexOf('?') < 0 ? '?' : '&') + '_=' + Date.now();
    var xhr = new XMLHttpRequest(), done = [], failed = [], always = [];
    var jq = { readyState: 0, status: 0, statusText: '', responseText: '', responseJSON: undefined,
      getResponseHeader: function (h) { return xhr.getResponseHeader(h); },
      done: function (f) { done.push(f); return jq; }, fail: function (f) { failed.push(f); return jq; },
      always: function (f) { always.push(f); return jq; }, then: function (a, b) { if (a) done.push(a); if (b) failed.push(b); return jq; },
      abort: function () { xhr.abort(); return jq; } };
    xhr.open(method, target, true);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.setRequestHeader('Accept', o.dataType === 'json' ? 'application/json, text/javascript, */*; q=0.01' : '*/*');
    if (body !== null && o.contentType) xhr.setRequestHeader('Content-Type', o.contentType);
    var headers = jQuery.extend({}, setup.headers, o.headers);
    for (var h in headers) xhr.setRequestHeader(h, headers[h]);
    if (o.beforeSend && o.beforeSend.call(o, jq, o) === false) return jq;
    if (o.global && active++ === 0) fire('ajaxStart', []);
    if (o.global) fire('ajaxSend', [jQuery.Event('ajaxSend'), jq, o]);
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) return;
      jq.readyState = 4; jq.status = xhr.status; jq.statusText = xhr.status ? xhr.statusText : 'error'; jq.responseText = xhr.responseText;
      var ok = xhr.status >= 200 && xhr.status < 300 || xhr.status === 304, data = xhr.responseText, parseError = null;
      var isJson = o.dataType === 'json' || /json/.test(xhr.getResponseHeader('Content-Type') || '');
      if (isJson && data) { try { data = JSON.parse(data); jq.responseJSON = data; } catch (err) { if (ok) { ok = false; parseError = err; } } }
      setTimeout(function () {
        if (ok) {
          if (o.success) o.success.call(o, data, 'success', jq);
          done.forEach(function (f) { f(data, 'success', jq); });
          if (o.global) fire('ajaxSuccess', [jQuery.Event('ajaxSuccess'), jq, o]);
        } else {
          var status = parseError ? 'parsererror' : 'error', thrown = parseError || jq.statusText;
          if (o.error) o.error.call(o, jq, status, thrown);
          failed.forEach(function (f) { f(jq, status, thrown); });
          if (o.global) fire('ajaxError', [jQuery.Event('ajaxError'), jq, o, thrown]);
        }
        if (o.complete) o.complete.call(o, jq, ok ? 'success' : 'error');
        always.forEach(function (f) { f(jq); });
        if (o.global) { fire('ajaxComplete', [jQuery.Event('ajaxComplete'), jq, o]); if (--active === 0) fire('ajaxStop', []); }
      });
    };
    xhr.send(body);
    return jq;
  };
  jQuery.post = function (url, data, success, dataType) { return jQuery.ajax({ url: url, type: 'POST', data: data, success: success, dataType: dataType }); };
  jQuery.get = function (url, data, success, dataType) { return jQuery.ajax({ url: url, type: 'GET', data: data, success: success, dataType: dataType }); };
  jQuery.getJSON = function (url, data, success) { if (typeof data === 'function') { success = data; data = null; } return jQuery.ajax({ url: url, data: data, success: success, dataType: 'json' }); };
  jQuery.Event = function (type) { return { type: type, isDefaultPrevented: function () { return false; } }; };
  jQuery.support = { transition: { end: 'transitionend' } };
  window.jQuery = window.$ = jQuery;
})(window, document);
`;

/** `/bundles/bootstrap`: bootstrap.js 3.4.1 (modal, dropdown, alert) and metisMenu 2.7.9, the parts used. */
const BOOTSTRAP_JS = `/*! Bootstrap v3.4.1 (https://getbootstrap.com/) | MIT (modal, dropdown, alert) */
(function ($) {
  'use strict';
  function reflow(el) { return el.offsetWidth; }
  function Modal(el, options) {
    this.el = el; this.options = options; this.isShown = false; this.backdropEl = null; this.scrollbarWidth = 0; this.originalBodyPad = '';
  }
  Modal.TRANSITION_DURATION = 300; Modal.BACKDROP_TRANSITION_DURATION = 150;
  Modal.prototype.toggle = function () { return this.isShown ? this.hide() : this.show(); };
  Modal.prototype.show = function () {
    var that = this, el = this.el;
    if (this.isShown) return;
    $(el).trigger('show.bs.modal');
    this.isShown = true;
    this.scrollbarWidth = window.innerWidth - document.documentElement.clientWidth;
    this.originalBodyPad = document.body.style.paddingRight || '';
    if (this.scrollbarWidth) document.body.style.paddingRight = (parseInt(getComputedStyle(document.body).paddingRight, 10) + this.scrollbarWidth) + 'px';
    $(document.body).addClass('modal-open');
    this.escape();
    $(el).on('click.dismiss.bs.modal', '[data-dismiss="modal"]', function (e) { e.preventDefault(); that.hide(); });
    this.backdrop(function () {
      var transition = el.classList.contains('fade');
      if (!el.parentNode) document.body.appendChild(el);
      el.style.display = 'block'; el.scrollTop = 0;
      if (that.scrollbarWidth) el.style.paddingRight = that.scrollbarWidth + 'px';
      if (transition) reflow(el);
      el.classList.add('in');
      that.enforceFocus();
      setTimeout(function () { el.focus(); $(el).trigger('shown.bs.modal'); }, transition ? Modal.TRANSITION_DURATION : 0);
    });
  };
  Modal.prototype.hide = function () {
    var that = this, el = this.el;
    if (!this.isShown) return;
    $(el).trigger('hide.bs.modal');
    this.isShown = false;
    this.escape();
    $(document).off('focusin.bs.modal');
    el.classList.remove('in');
    $(el).off('click.dismiss.bs.modal').off('mouseup.dismiss.bs.modal');
    setTimeout(function () { that.hideModal(); }, el.classList.contains('fade') ? Modal.TRANSITION_DURATION : 0);
  };
  Modal.prototype.enforceFocus = function () {
    var el = this.el;
    $(document).off('focusin.bs.modal').on('focusin.bs.modal', function (e) {
      if (document !== e.target && el !== e.target && !el.contains(e.target) && !e.target.closest('.swal2-container,.select2-container')) el.focus();
    });
  };
  Modal.prototype.escape = function () {
    var that = this;
    if (this.isShown && this.options.keyboard) $(this.el).on('keydown.dismiss.bs.modal', function (e) { if (e.which === 27 || e.key === 'Escape') that.hide(); });
    else $(this.el).off('keydown.dismiss.bs.modal');
  };
  Modal.prototype.hideModal = function () {
    var that = this, el = this.el;
    el.style.display = 'none'; el.style.paddingRight = '';
    this.backdrop(function () {
      $(document.body).removeClass('modal-open');
      document.body.style.paddingRight = that.originalBodyPad;
      $(el).trigger('hidden.bs.modal');
    });
  };
  Modal.prototype.backdrop = function (callback) {
    var that = this, el = this.el, animate = el.classList.contains('fade') ? 'fade' : '';
    if (this.isShown && this.options.backdrop) {
      var b = this.backdropEl = document.createElement('div');
      b.className = 'modal-backdrop ' + animate;
      document.body.appendChild(b);
      $(el).on('click.dismiss.bs.modal', function (e) {
        if (e.target !== e.currentTarget && e.target !== el) return;
        if (that.options.backdrop === 'static') el.focus(); else that.hide();
      });
      if (animate) reflow(b);
      b.classList.add('in');
      setTimeout(callback, animate ? Modal.BACKDROP_TRANSITION_DURATION : 0);
    } else if (!this.isShown && this.backdropEl) {
      var old = this.backdropEl;
      old.classList.remove('in');
      setTimeout(function () { if (old.parentNode) old.parentNode.removeChild(old); that.backdropEl = null; callback(); }, animate ? Modal.BACKDROP_TRANSITION_DURATION : 0);
    } else callback();
  };
  $.fn.modal = function (option) {
    return this.each(function () {
      var data = $(this).data('bs.modal');
      if (!data) {
        var opts = { backdrop: true, keyboard: true, show: true };
        var b = this.getAttribute('data-backdrop'), k = this.getAttribute('data-keyboard');
        if (b !== null) opts.backdrop = b === 'static' ? 'static' : b !== 'false';
        if (k !== null) opts.keyboard = k !== 'false';
        if (typeof option === 'object') $.extend(opts, option);
        data = new Modal(this, opts); $(this).data('bs.modal', data);
      }
      if (typeof option === 'string') data[option](); else if (!option || option.show !== false) data.show();
    });
  };
  $(document).on('click.bs.modal.data-api', '[data-toggle="modal"]', function (e) {
    e.preventDefault();
    $(this.getAttribute('data-target') || this.getAttribute('href')).modal('show');
  });
  function clearMenus(except) {
    $('[data-toggle="dropdown"]').each(function () {
      var li = this.parentNode; if (li === except || !li.classList.contains('open')) return;
      li.classList.remove('open'); this.setAttribute('aria-expanded', 'false'); $(li).trigger('hidden.bs.dropdown');
    });
  }
  $(document).on('click.bs.dropdown.data-api', function (e) { if (!e.target.closest('[data-toggle="dropdown"]')) clearMenus(null); });
  $(document).on('click.bs.dropdown.data-api', '[data-toggle="dropdown"]', function (e) {
    e.preventDefault();
    var li = this.parentNode, open = li.classList.contains('open');
    clearMenus(li);
    li.classList.toggle('open', !open); this.setAttribute('aria-expanded', String(!open));
    $(li).trigger(open ? 'hidden.bs.dropdown' : 'shown.bs.dropdown');
  });
  $(document).on('keydown.bs.dropdown.data-api', function (e) { if (e.key === 'Escape') clearMenus(null); });
  $(document).on('click.bs.alert.data-api', '[data-dismiss="alert"]', function (e) {
    e.preventDefault();
    var alert = this.closest('.alert'); if (!alert) return;
    $(alert).trigger('close.bs.alert');
    alert.classList.remove('in');
    setTimeout(function () { if (alert.parentNode) alert.parentNode.removeChild(alert); }, alert.classList.contains('fade') ? 150 : 0);
  });
})(window.jQuery);
/*! metisMenu v2.7.9 | MIT */
(function ($) {
  'use strict';
  function MetisMenu(el, options) { this.el = el; this.options = $.extend({ toggle: true, doubleTapToGo: false, preventDefault: true, activeClass: 'active', collapseClass: 'collapse', collapseInClass: 'in', collapsingClass: 'collapsing' }, options); this.transitioning = false; this.init(); }
  MetisMenu.prototype.init = function () {
    var that = this, o = this.options;
    $(this.el).addClass('metismenu');
    $(this.el).find('li.' + o.activeClass).has('ul').children('ul').addClass(o.collapseClass + ' ' + o.collapseInClass).attr('aria-expanded', 'true');
    $(this.el).find('li').not('.' + o.activeClass).has('ul').children('ul').addClass(o.collapseClass).attr('aria-expanded', 'false');
    $(this.el).find('li').has('ul').children('a').each(function () {
      this.setAttribute('aria-expanded', this.parentNode.classList.contains(o.activeClass) ? 'true' : 'false');
    }).on('click.metisMenu', function (e) {
      var li = this.parentNode, ul = $(li).children('ul')[0];
      if (!ul) return;
      if (o.preventDefault) e.preventDefault();
      if (this.getAttribute('aria-disabled') === 'true') return;
      if (li.classList.contains(o.activeClass)) { this.setAttribute('aria-expanded', 'false'); that.hide(ul); }
      else { this.setAttribute('aria-expanded', 'true'); that.show(ul); }
    });
  };
  MetisMenu.prototype.show = function (ul) {
    var that = this, o = this.options, li = ul.parentNode;
    if (this.transitioning || ul.classList.contains(o.collapseInClass)) return;
    li.classList.add(o.activeClass);
    if (o.toggle) $(li).siblings('li.' + o.activeClass).children('ul.' + o.collapseInClass).each(function () { $(this).parent().children('a').attr('aria-expanded', 'false'); that.hide(this); });
    $(ul).trigger('show.metisMenu');
    ul.classList.remove(o.collapseClass); ul.classList.add(o.collapsingClass); ul.style.height = '0px';
    ul.setAttribute('aria-expanded', 'true');
    this.transitioning = true;
    ul.offsetHeight;
    ul.style.height = ul.scrollHeight + 'px';
    setTimeout(function () {
      ul.classList.remove(o.collapsingClass); ul.classList.add(o.collapseClass, o.collapseInClass); ul.style.height = '';
      that.transitioning = false; $(ul).trigger('shown.metisMenu');
    }, 350);
  };
  MetisMenu.prototype.hide = function (ul) {
    var that = this, o = this.options, li = ul.parentNode;
    if (this.transitioning || !ul.classList.contains(o.collapseInClass)) return;
    li.classList.remove(o.activeClass);
    $(ul).trigger('hide.metisMenu');
    ul.style.height = ul.getBoundingClientRect().height + 'px';
    ul.offsetHeight;
    ul.classList.add(o.collapsingClass); ul.classList.remove(o.collapseClass, o.collapseInClass);
    ul.setAttribute('aria-expanded', 'false');
    this.transitioning = true;
    ul.style.height = '0px';
    setTimeout(function () {
      ul.classList.remove(o.collapsingClass); ul.classList.add(o.collapseClass); ul.style.height = '';
      that.transitioning = false; $(ul).trigger('hidden.metisMenu');
    }, 350);
  };
  $.fn.metisMenu = function (options) { return this.each(function () { if (!$(this).data('metisMenu')) $(this).data('metisMenu', new MetisMenu(this, options)); }); };
})(window.jQuery);
`;

/** `/bundles/jqueryval`: jquery.validate 1.17 + jquery.validate.unobtrusive 3.2 (required, regex, length, equalto). */
const VALIDATE_JS = String.raw`/*! jQuery Validation Plugin v1.17.0 + Microsoft jQuery Unobtrusive Validation 3.2.11 (subset) */
(function ($) {
  'use strict';
  function fieldsOf(form) { return Array.prototype.filter.call(form.querySelectorAll('input,select,textarea'), function (el) { return el.getAttribute('data-val') === 'true' && !el.disabled; }); }
  function shown(el) { return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length); }
  function valueOf(form, el) {
    if (el.type === 'radio' || el.type === 'checkbox') { var c = form.querySelector('input[name="' + el.name + '"]:checked'); return c ? c.value : ''; }
    return el.value;
  }
  function check(form, el) {
    var v = valueOf(form, el), d = function (k) { return el.getAttribute('data-val-' + k); };
    if (d('required') !== null && !String(v).trim()) return d('required');
    if (!String(v).length) return '';
    if (d('length') !== null) { var min = +(d('length-min') || 0), max = +(d('length-max') || 1e9); if (v.length < min || v.length > max) return d('length'); }
    if (d('regex') !== null && !new RegExp('^(?:' + d('regex-pattern') + ')$').test(v)) return d('regex');
    if (d('equalto') !== null) { var other = form.querySelector('[name="' + d('equalto-other').replace(/^\*\./, '') + '"]'); if (other && other.value !== v) return d('equalto'); }
    return '';
  }
  function show(form, el, message) {
    var span = form.querySelector('[data-valmsg-for="' + el.name + '"]');
    var group = el.type === 'radio' ? form.querySelectorAll('input[name="' + el.name + '"]') : [el];
    Array.prototype.forEach.call(group, function (x) {
      x.classList.toggle('input-validation-error', !!message); x.classList.toggle('valid', !message);
      if (message) { x.setAttribute('aria-invalid', 'true'); x.setAttribute('aria-describedby', el.name + '-error'); } else x.removeAttribute('aria-invalid');
    });
    if (!span) return;
    span.classList.toggle('field-validation-error', !!message); span.classList.toggle('field-validation-valid', !message);
    span.innerHTML = message ? '<span id="' + el.name + '-error" class="">' + message + '</span>' : '';
  }
  function validateForm(form) {
    var bad = null, seen = {};
    fieldsOf(form).forEach(function (el) {
      if (seen[el.name]) return; seen[el.name] = 1;
      if (!shown(el) && el.type !== 'radio') { show(form, el, ''); return; }
      var m = check(form, el); show(form, el, m); if (m && !bad) bad = el;
    });
    form.setAttribute('data-submitted', 'true');
    if (bad) (bad.classList.contains('select2-hidden-accessible') && bad.nextElementSibling ? bad.nextElementSibling.querySelector('.select2-selection') : bad).focus();
    return !bad;
  }
  $.fn.valid = function () { var ok = true; this.each(function () { if (!validateForm(this.form || this)) ok = false; }); return ok; };
  $.fn.validate = function () { return { resetForm: function () {}, form: function () { return validateForm(this.form); } }; };
  $.validator = { unobtrusive: { parse: function () {} } };
  $(document).on('submit', 'form', function (e) {
    if (!fieldsOf(this).length || this.hasAttribute('novalidate')) return;
    if (!validateForm(this)) { e.preventDefault(); e.stopImmediatePropagation(); }
  });
  function revalidate(e) {
    var el = e.target, form = el.form;
    if (!form || el.getAttribute('data-val') !== 'true') return;
    if (form.getAttribute('data-submitted') !== 'true' && !el.classList.contains('input-validation-error')) return;
    show(form, el, check(form, el));
  }
  document.addEventListener('keyup', function (e) { if (e.key !== 'Tab') revalidate(e); });
  document.addEventListener('change', revalidate);
  document.addEventListener('focusout', revalidate);
})(window.jQuery);
`;

/** `/bundles/plugins`: select2 4.0.13 (single select with search) and sweetalert2 11 (fire / close). */
const PLUGINS_JS = String.raw`/*! Select2 4.0.13 | https://github.com/select2/select2/blob/master/LICENSE.md (single select subset) */
(function ($) {
  'use strict';
  var uid = 0;
  function strip(s) { return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase(); }
  function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }
  function Select2(select, options) {
    var that = this, id = select.id || ('s2-' + (++uid));
    this.select = select; this.id = id; this.options = $.extend({ placeholder: '', width: 'resolve', minimumResultsForSearch: 0 }, options);
    this.dropdown = null; this.highlighted = null;
    select.classList.add('select2-hidden-accessible');
    select.setAttribute('tabindex', '-1'); select.setAttribute('aria-hidden', 'true'); select.setAttribute('data-select2-id', id);
    var width = this.options.width === 'resolve' ? (select.style.width || (select.classList.contains('form-control') ? '100%' : select.offsetWidth + 'px')) : this.options.width;
    var c = this.container = $('<span class="select2 select2-container select2-container--default" dir="ltr" data-select2-id="' + (++uid) + '" style="width: ' + width + ';">' +
      '<span class="selection"><span class="select2-selection select2-selection--single" role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="0" aria-disabled="false" aria-labelledby="select2-' + id + '-container">' +
      '<span class="select2-selection__rendered" id="select2-' + id + '-container" role="textbox" aria-readonly="true"></span>' +
      '<span class="select2-selection__arrow" role="presentation"><b role="presentation"></b></span></span></span>' +
      '<span class="dropdown-wrapper" aria-hidden="true"></span></span>')[0];
    select.parentNode.insertBefore(c, select.nextSibling);
    this.selection = c.querySelector('.select2-selection');
    this.rendered = c.querySelector('.select2-selection__rendered');
    this.selection.addEventListener('mousedown', function (e) { if (e.button === 0) { e.preventDefault(); that.toggle(); } });
    this.selection.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ' || (e.key === 'ArrowDown' && e.altKey) || e.key === 'ArrowDown') { e.preventDefault(); that.open(); }
    });
    select.addEventListener('change', function () { that.render(); });
    select.addEventListener('focus', function () { that.selection.focus(); });
    this.outside = function (e) { if (that.dropdown && !that.dropdown.contains(e.target) && !c.contains(e.target)) that.close(); };
    this.place = function () { that.position(); };
    this.render();
  }
  Select2.prototype.render = function () {
    var opt = this.select.options[this.select.selectedIndex];
    var disabled = this.select.disabled;
    this.container.classList.toggle('select2-container--disabled', disabled);
    this.selection.setAttribute('aria-disabled', String(disabled)); this.selection.setAttribute('tabindex', disabled ? '-1' : '0');
    if ((!opt || opt.value === '') && this.options.placeholder) {
      this.rendered.innerHTML = '<span class="select2-selection__placeholder">' + esc(this.options.placeholder) + '</span>';
      this.rendered.removeAttribute('title');
    } else {
      this.rendered.textContent = opt ? opt.text : '';
      if (opt) this.rendered.setAttribute('title', opt.text);
    }
  };
  Select2.prototype.toggle = function () { if (this.dropdown) this.close(); else this.open(); };
  Select2.prototype.open = function () {
    var that = this, id = this.id;
    if (this.dropdown || this.select.disabled) return;
    $(this.select).trigger('select2:opening');
    $('.select2-container--open').each(function () { if (this.s2 && this.s2 !== that) this.s2.close(); });
    var dd = this.dropdown = $('<span class="select2-container select2-container--default select2-container--open" style="position: absolute;">' +
      '<span class="select2-dropdown select2-dropdown--below" dir="ltr">' +
      '<span class="select2-search select2-search--dropdown"><input class="select2-search__field" type="search" tabindex="0" autocomplete="off" autocorrect="off" autocapitalize="none" spellcheck="false" role="searchbox" aria-autocomplete="list" aria-controls="select2-' + id + '-results"></span>' +
      '<span class="select2-results"><ul class="select2-results__options" role="listbox" id="select2-' + id + '-results" aria-expanded="true" aria-hidden="false"></ul></span></span></span>')[0];
    dd.s2 = this; this.container.s2 = this;
    document.body.appendChild(dd);
    this.search = dd.querySelector('.select2-search__field');
    this.list = dd.querySelector('.select2-results__options');
    if (this.options.minimumResultsForSearch < 0) dd.querySelector('.select2-search').classList.add('select2-search--hide');
    this.container.classList.add('select2-container--open');
    this.selection.setAttribute('aria-expanded', 'true'); this.selection.setAttribute('aria-owns', 'select2-' + id + '-results');
    this.fill('');
    this.position();
    this.search.addEventListener('input', function () { that.fill(that.search.value); that.position(); });
    this.search.addEventListener('keydown', function (e) { that.key(e); });
    this.list.addEventListener('mouseup', function (e) {
      var li = e.target.closest('.select2-results__option[aria-selected]'); if (li && li.getAttribute('aria-disabled') !== 'true') that.choose(li);
    });
    this.list.addEventListener('mouseover', function (e) { var li = e.target.closest('.select2-results__option[aria-selected]'); if (li) that.highlight(li, false); });
    document.addEventListener('mousedown', this.outside, true);
    window.addEventListener('scroll', this.place, true); window.addEventListener('resize', this.place);
    setTimeout(function () { if (that.search) that.search.focus(); });
    $(this.select).trigger('select2:open');
  };
  Select2.prototype.fill = function (term) {
    var that = this, html = '', q = strip(term.trim()), current = this.select.value, first = null, chosen = null;
    this.list.innerHTML = '';
    Array.prototype.forEach.call(this.select.options, function (opt) {
      if (opt.value === '' && that.options.placeholder) return;
      if (q && strip(opt.text).indexOf(q) < 0) return;
      var li = document.createElement('li');
      li.className = 'select2-results__option';
      li.id = 'select2-' + that.id + '-result-' + Math.random().toString(36).slice(2, 6) + '-' + opt.value;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(opt.value === current && opt.selected));
      if (opt.disabled) li.setAttribute('aria-disabled', 'true');
      li.setAttribute('data-select2-id', li.id);
      li.textContent = opt.text; li.s2value = opt.value;
      that.list.appendChild(li);
      if (!first) first = li;
      if (opt.value === current) chosen = li;
    });
    if (!this.list.children.length) html = '<li role="alert" aria-live="assertive" class="select2-results__option select2-results__message">No results found</li>';
    if (html) this.list.innerHTML = html;
    this.highlighted = null;
    var h = (!q && chosen) || first;
    if (h) this.highlight(h, true);
  };
  Select2.prototype.highlight = function (li, scroll) {
    if (this.highlighted) this.highlighted.classList.remove('select2-results__option--highlighted');
    this.highlighted = li; li.classList.add('select2-results__option--highlighted');
    this.search.setAttribute('aria-activedescendant', li.id);
    if (scroll) {
      var top = li.offsetTop, bottom = top + li.offsetHeight, list = this.list;
      if (top < list.scrollTop) list.scrollTop = top; else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
    }
  };
  Select2.prototype.key = function (e) {
    var items = Array.prototype.slice.call(this.list.querySelectorAll('.select2-results__option[aria-selected]'));
    var i = items.indexOf(this.highlighted);
    if (e.key === 'ArrowDown') { e.preventDefault(); if (items[i + 1]) this.highlight(items[i + 1], true); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); if (items[i - 1]) this.highlight(items[i - 1], true); }
    else if (e.key === 'Enter') { e.preventDefault(); if (this.highlighted) this.choose(this.highlighted); }
    else if (e.key === 'Escape' || e.key === 'Tab') { if (e.key === 'Escape') e.preventDefault(); this.close(); }
  };
  Select2.prototype.position = function () {
    if (!this.dropdown) return;
    var r = this.container.getBoundingClientRect(), inner = this.dropdown.firstChild;
    inner.style.width = r.width + 'px';
    var h = inner.offsetHeight, below = window.innerHeight - r.bottom, above = r.top;
    var up = below < h && above > h;
    inner.classList.toggle('select2-dropdown--above', up); inner.classList.toggle('select2-dropdown--below', !up);
    this.container.classList.toggle('select2-container--above', up); this.container.classList.toggle('select2-container--below', !up);
    this.dropdown.style.top = (window.pageYOffset + (up ? r.top - h : r.bottom)) + 'px';
    this.dropdown.style.left = (window.pageXOffset + r.left) + 'px';
  };
  Select2.prototype.choose = function (li) {
    var value = li.s2value;
    this.select.value = value;
    Array.prototype.forEach.call(this.select.options, function (o) { o.selected = o.value === value; });
    this.close();
    this.select.dispatchEvent(new Event('input', { bubbles: true }));
    this.select.dispatchEvent(new Event('change', { bubbles: true }));
    $(this.select).trigger('select2:select', { id: value, text: li.textContent });
  };
  Select2.prototype.close = function () {
    if (!this.dropdown) return;
    $(this.select).trigger('select2:closing');
    document.removeEventListener('mousedown', this.outside, true);
    window.removeEventListener('scroll', this.place, true); window.removeEventListener('resize', this.place);
    this.dropdown.parentNode.removeChild(this.dropdown);
    this.dropdown = null; this.search = null; this.list = null; this.highlighted = null;
    this.container.classList.remove('select2-container--open', 'select2-container--below', 'select2-container--above');
    this.selection.setAttribute('aria-expanded', 'false'); this.selection.removeAttribute('aria-owns');
    this.selection.focus();
    $(this.select).trigger('select2:close');
  };
  Select2.prototype.destroy = function () {
    this.close(); this.container.parentNode.removeChild(this.container);
    this.select.classList.remove('select2-hidden-accessible'); this.select.removeAttribute('aria-hidden'); this.select.removeAttribute('tabindex'); this.select.removeAttribute('data-select2-id');
    $(this.select).data('select2', null);
  };
  $.fn.select2 = function (options) {
    return this.each(function () {
      var inst = $(this).data('select2');
      if (typeof options === 'string') { if (inst && inst[options]) inst[options](); return; }
      if (inst) inst.destroy();
      $(this).data('select2', new Select2(this, options || {}));
    });
  };
})(window.jQuery);
/*! sweetalert2 v11.4.8 | (c) 2022 Limon Monte | MIT (subset: fire, close, isVisible) */
(function (window, document) {
  'use strict';
  var current = null;
  var ICONS = {
    success: '<div class="swal2-success-circular-line-left" style="background-color: rgb(255, 255, 255);"></div><span class="swal2-success-line-tip"></span> <span class="swal2-success-line-long"></span><div class="swal2-success-ring"></div> <div class="swal2-success-fix" style="background-color: rgb(255, 255, 255);"></div><div class="swal2-success-circular-line-right" style="background-color: rgb(255, 255, 255);"></div>',
    error: '<span class="swal2-x-mark"><span class="swal2-x-mark-line-left"></span><span class="swal2-x-mark-line-right"></span></span>',
    warning: '<div class="swal2-icon-content">!</div>', info: '<div class="swal2-icon-content">i</div>', question: '<div class="swal2-icon-content">?</div>'
  };
  function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }
  function hideSiblings(container) {
    Array.prototype.forEach.call(document.body.children, function (el) {
      if (el === container || el.tagName === 'SCRIPT') return;
      if (el.hasAttribute('aria-hidden')) el.setAttribute('data-previous-aria-hidden', el.getAttribute('aria-hidden'));
      el.setAttribute('aria-hidden', 'true');
    });
  }
  function unhideSiblings() {
    Array.prototype.forEach.call(document.body.children, function (el) {
      if (el.hasAttribute('data-previous-aria-hidden')) { el.setAttribute('aria-hidden', el.getAttribute('data-previous-aria-hidden')); el.removeAttribute('data-previous-aria-hidden'); }
      else el.removeAttribute('aria-hidden');
    });
  }
  function removeNow(inst) {
    if (inst.container.parentNode) inst.container.parentNode.removeChild(inst.container);
    document.removeEventListener('keydown', inst.keys, true);
  }
  function finish(inst, result) {
    if (inst.done) return; inst.done = true;
    document.removeEventListener('keydown', inst.keys, true);
    var popup = inst.popup, container = inst.container;
    popup.classList.remove('swal2-show'); popup.classList.add('swal2-hide');
    container.classList.remove('swal2-backdrop-show'); container.classList.add('swal2-backdrop-hide');
    setTimeout(function () {
      if (current === inst) {
        removeNow(inst); current = null; unhideSiblings();
        document.body.classList.remove('swal2-shown', 'swal2-height-auto'); document.documentElement.classList.remove('swal2-shown', 'swal2-height-auto');
        if (inst.previous && inst.previous.focus && document.contains(inst.previous)) inst.previous.focus({ preventScroll: true });
      }
      if (inst.params.didClose) inst.params.didClose();
    }, 150);
    inst.resolve(result);
  }
  function fire(a, b, c) {
    var params = typeof a === 'object' ? a : { title: a, html: b, icon: c };
    params = Object.assign({ showConfirmButton: true, confirmButtonText: 'OK', cancelButtonText: 'Cancel', allowOutsideClick: true, allowEscapeKey: true, allowEnterKey: true, focusConfirm: true, buttonsStyling: true }, params);
    if (current) { var old = current; removeNow(old); current = null; if (!old.done) { old.done = true; old.resolve({ isConfirmed: false, isDenied: false, isDismissed: true, dismiss: 'close' }); } }
    return new Promise(function (resolve) {
      var inst = { params: params, resolve: resolve, done: false, previous: document.activeElement };
      var container = inst.container = document.createElement('div');
      container.className = 'swal2-container swal2-center swal2-backdrop-show';
      container.style.overflowY = 'auto';
      var icon = params.icon ? '<div class="swal2-icon swal2-' + params.icon + ' swal2-icon-show" style="display: flex;">' + ICONS[params.icon] + '</div>' : '<div class="swal2-icon" style="display: none;"></div>';
      var text = params.html !== undefined ? params.html : params.text !== undefined ? esc(params.text) : '';
      var style = function (on) { return on ? 'display: inline-block;' : 'display: none;'; };
      var confirmColor = params.confirmButtonColor ? ' background-color: ' + params.confirmButtonColor + ';' : '';
      var cancelColor = params.cancelButtonColor ? ' background-color: ' + params.cancelButtonColor + ';' : '';
      var buttons = '<button type="button" class="swal2-confirm swal2-styled" aria-label="" style="' + style(params.showConfirmButton) + confirmColor + '">' + params.confirmButtonText + '</button>' +
        '<button type="button" class="swal2-deny swal2-styled" aria-label="" style="display: none;">No</button>' +
        '<button type="button" class="swal2-cancel swal2-styled" aria-label="" style="' + style(params.showCancelButton) + cancelColor + '">' + params.cancelButtonText + '</button>';
      if (params.reverseButtons) buttons = buttons.split('</button>').slice(0, 3).reverse().join('</button>') + '</button>';
      container.innerHTML = '<div aria-labelledby="swal2-title" aria-describedby="swal2-html-container" class="swal2-popup swal2-modal' + (params.icon ? ' swal2-icon-' + params.icon : '') + ' swal2-show" tabindex="-1" role="dialog" aria-live="assertive" aria-modal="true" style="display: grid;">' +
        '<button type="button" class="swal2-close" aria-label="Close this dialog" style="display: none;">&times;</button>' +
        '<ul class="swal2-progress-steps" style="display: none;"></ul>' + icon +
        '<img class="swal2-image" style="display: none;">' +
        '<h2 class="swal2-title" id="swal2-title" style="display: ' + (params.title ? 'block' : 'none') + ';">' + (params.title ? esc(params.title) : '') + '</h2>' +
        '<div class="swal2-html-container" id="swal2-html-container" style="display: ' + (text ? 'block' : 'none') + ';">' + text + '</div>' +
        '<input class="swal2-input" style="display: none;"><div class="swal2-validation-message" id="swal2-validation-message" style="display: none;"></div>' +
        '<div class="swal2-actions" style="display: flex;"><div class="swal2-loader"></div>' + buttons + '</div>' +
        '<div class="swal2-footer" style="display: ' + (params.footer ? 'flex' : 'none') + ';">' + (params.footer || '') + '</div>' +
        '<div class="swal2-timer-progress-bar-container"><div class="swal2-timer-progress-bar" style="display: none;"></div></div></div>';
      var popup = inst.popup = container.firstChild;
      var confirm = popup.querySelector('.swal2-confirm'), cancel = popup.querySelector('.swal2-cancel');
      confirm.addEventListener('click', function () { finish(inst, { isConfirmed: true, isDenied: false, isDismissed: false, value: true }); });
      cancel.addEventListener('click', function () { finish(inst, { isConfirmed: false, isDenied: false, isDismissed: true, dismiss: 'cancel' }); });
      container.addEventListener('click', function (e) {
        if (e.target !== container) return;
        var allow = typeof params.allowOutsideClick === 'function' ? params.allowOutsideClick() : params.allowOutsideClick;
        if (allow) finish(inst, { isConfirmed: false, isDenied: false, isDismissed: true, dismiss: 'backdrop' });
      });
      inst.keys = function (e) {
        if (current !== inst) return;
        if (e.key === 'Escape' && params.allowEscapeKey) { e.preventDefault(); finish(inst, { isConfirmed: false, isDenied: false, isDismissed: true, dismiss: 'esc' }); }
        else if (e.key === 'Tab') {
          var btns = [confirm, cancel].filter(function (x) { return x.style.display !== 'none'; });
          var i = btns.indexOf(document.activeElement); e.preventDefault(); btns[(i + (e.shiftKey ? btns.length - 1 : 1)) % btns.length].focus();
        }
      };
      document.addEventListener('keydown', inst.keys, true);
      document.body.appendChild(container);
      document.body.classList.add('swal2-shown', 'swal2-height-auto'); document.documentElement.classList.add('swal2-shown', 'swal2-height-auto');
      hideSiblings(container);
      current = inst;
      if (params.focusConfirm && params.showConfirmButton) confirm.focus(); else popup.focus();
      if (params.didOpen) params.didOpen(popup);
      if (params.timer) setTimeout(function () { finish(inst, { isConfirmed: false, isDismissed: true, dismiss: 'timer' }); }, params.timer);
    });
  }
  window.Swal = window.Sweetalert2 = window.swal = {
    fire: fire,
    close: function () { if (current) finish(current, { isConfirmed: false, isDismissed: true, dismiss: 'close' }); },
    isVisible: function () { return !!current; },
    getPopup: function () { return current ? current.popup : null; },
    clickConfirm: function () { if (current) current.popup.querySelector('.swal2-confirm').click(); },
    mixin: function (defaults) { return { fire: function (p) { return fire(Object.assign({}, defaults, p)); } }; }
  };
})(window, document);
`;

/** `/bundles/app`: Scripts/site.js (GIGW tools, the busy overlay, the global AJAX error handler, the menu). */
const SITE_JS = String.raw`/* e-Invoice System - Scripts/site.js */
(function ($) {
  'use strict';
  var LOGIN_URL = '/Account/Login';
  $(document).ajaxStart(function () { $('#loading').show(); }).ajaxStop(function () { $('#loading').hide(); });
  $(document).ajaxError(function (event, xhr) {
    if (xhr.status === 401) {
      Swal.fire({ icon: 'warning', title: 'Session Expired', text: 'Your session has expired. Please login again.', confirmButtonText: 'OK', allowOutsideClick: false, allowEscapeKey: false })
        .then(function () { window.location.href = LOGIN_URL + '?ReturnUrl=' + encodeURIComponent(window.location.pathname); });
    } else if (xhr.status !== 0) {
      Swal.fire({ icon: 'error', title: 'Error', text: 'Something went wrong. Please try again later.', confirmButtonText: 'OK' });
    }
  });
  function store(k, v) { try { if (v === undefined) return sessionStorage.getItem(k); sessionStorage.setItem(k, v); } catch (e) { return null; } return null; }
  function applyFont(size) { document.body.style.fontSize = size + 'px'; store('einv.fontSize', String(size)); }
  $(function () {
    var size = parseInt(store('einv.fontSize') || '14', 10);
    if (size !== 14) applyFont(size);
    if (store('einv.contrast') === '1') $('body').addClass('contrast');
    $('#fontDecrease').on('click', function (e) { e.preventDefault(); size = Math.max(12, size - 1); applyFont(size); });
    $('#fontNormal').on('click', function (e) { e.preventDefault(); size = 14; applyFont(size); });
    $('#fontIncrease').on('click', function (e) { e.preventDefault(); size = Math.min(18, size + 1); applyFont(size); });
    $('#contrastToggle').on('click', function (e) { e.preventDefault(); $('body').toggleClass('contrast'); store('einv.contrast', $('body').hasClass('contrast') ? '1' : '0'); });
    $('#ddlLanguage').on('change', function () {
      var sel = this;
      if (sel.value !== 'hi') return;
      Swal.fire({ icon: 'info', title: '\u0938\u0942\u091a\u0928\u093e', text: '\u0939\u093f\u0928\u094d\u0926\u0940 \u0938\u0902\u0938\u094d\u0915\u0930\u0923 \u0936\u0940\u0918\u094d\u0930 \u0909\u092a\u0932\u092c\u094d\u0927 \u0939\u094b\u0917\u093e\u0964 (Hindi version will be available soon.)', confirmButtonText: 'OK' })
        .then(function () { sel.value = 'en'; });
    });
    $('#side-menu').metisMenu();
    $('#lnkLogOff').on('click', function (e) { e.preventDefault(); document.getElementById('logoutForm').submit(); });
  });
})(window.jQuery);
`;

const BUNDLE_V = 'v=Lx3kPq9WmZ1rT0sYd8uHc2NfGbE5jVaO7iK4wR6yQnA1';

function topStrip(): string {
  return `<div class="top-strip" role="region" aria-label="Accessibility options">
  <div class="container">
    <div class="gov-title"><span lang="hi">भारत सरकार</span>Government of India</div>
    <ul class="accessibility-tools">
      <li><a href="#main-content" class="skip-link" title="Skip to main content">Skip to main content</a></li>
      <li><a href="/Home/ScreenReader" title="Screen Reader Access">Screen Reader Access</a></li>
      <li class="font-resize"><a href="javascript:void(0);" id="fontDecrease" title="Decrease Font Size" aria-label="Decrease font size">A-</a><a href="javascript:void(0);" id="fontNormal" title="Normal Font Size" aria-label="Normal font size">A</a><a href="javascript:void(0);" id="fontIncrease" title="Increase Font Size" aria-label="Increase font size">A+</a></li>
      <li><a href="javascript:void(0);" id="contrastToggle" class="contrast-toggle" title="High Contrast" aria-label="Toggle high contrast"></a></li>
      <li><label for="ddlLanguage" class="sr-only">Select Language</label><select id="ddlLanguage" name="ddlLanguage" title="Select Language"><option value="en" selected="selected">English</option><option value="hi" lang="hi">हिन्दी</option></select></li>
    </ul>
  </div>
</div>
<header class="site-header" role="banner">
  <div class="container">
    <a href="/" title="e-Invoice System - Home"><img class="emblem" src="/Content/images/emblem.svg" alt="Emblem of India" width="44" height="70" /></a>
    <div class="site-title"><h1>e-Invoice System</h1><p>Government of India<span>Goods and Services Tax Network</span></p></div>
    <div class="header-right"><span class="gst-logo">GST<small>Goods &amp; Services Tax</small></span></div>
  </div>
</header>
<div class="news-ticker" role="region" aria-label="Latest Updates">
  <span class="ticker-title">Latest Updates:</span>
  <marquee behavior="scroll" direction="left" scrollamount="4" onmouseover="this.stop();" onmouseout="this.start();">
    <span class="ticker-item">Two Factor Authentication (2FA) through OTP is mandatory for all taxpayers from 01-04-2025.</span>
    <span class="ticker-item">Invoices older than 30 days cannot be reported on the IRP by taxpayers with AATO of Rs. 10 Crore and above.</span>
    <span class="ticker-item"><a href="/Home/Downloads">Download the e-Invoice JSON Schema and Validation Rules (Ver 1.1)</a></span>
    <span class="ticker-item">Taxpayers are advised to create API users only for the GSPs authorised by them.</span>
  </marquee>
</div>`;
}

function footer(): string {
  return `<footer class="site-footer" role="contentinfo">
  <div class="container">
    <div class="visitor-count">Visitors: <span class="counter">4,82,61,937</span><br />Last Updated On: 14-03-2024</div>
    <ul class="footer-links">
      <li><a href="/Home/WebsitePolicies">Website Policies</a></li>
      <li><a href="/Home/Help">Help</a></li>
      <li><a href="/Home/Contact">Contact Us</a></li>
      <li><a href="/Home/Sitemap">Sitemap</a></li>
    </ul>
    <p>Site is designed, developed and hosted by <span class="nic-logo">National Informatics Centre</span>, Ministry of Electronics &amp; Information Technology, Government of India.</p>
    <p>Contents owned and maintained by Goods and Services Tax Network. Best viewed in Chrome 80+, Firefox 75+ or Edge 80+ at 1280 x 720 resolution.</p>
  </div>
</footer>`;
}

function layout(o: { title: string; body: string; scripts?: string; validation?: boolean }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <title>${esc(o.title)} - e-Invoice System</title>
    <link href="/Content/css?${BUNDLE_V}" rel="stylesheet"/>
</head>
<body>
${topStrip()}
${o.body}
${footer()}
<div id="loading"><div class="loading-box"><img src="/Content/images/loading.gif" alt="Loading..." width="32" height="32" />Please wait...</div></div>
<script src="/bundles/jquery?${BUNDLE_V}"></script>
<script src="/bundles/bootstrap?${BUNDLE_V}"></script>
${o.validation ? `<script src="/bundles/jqueryval?${BUNDLE_V}"></script>\n` : ''}<script src="/bundles/plugins?${BUNDLE_V}"></script>
<script src="/bundles/app?${BUNDLE_V}"></script>
${o.scripts ? `<script type="text/javascript">\n${o.scripts}\n</script>` : ''}
</body>
</html>`;
}

function publicNavbar(active: string): string {
  const item = (href: string, label: string) =>
    `<li${active === href ? ' class="active"' : ''}><a href="${href}">${label}</a></li>`;
  return `<nav class="navbar navbar-default navbar-einv" role="navigation">
  <div class="container">
    <div class="collapse navbar-collapse" id="navbar-main">
      <ul class="nav navbar-nav">
        ${item('/', 'Home')}
        ${item('/Home/About', 'About')}
        <li class="dropdown">
          <a href="#" class="dropdown-toggle" data-toggle="dropdown" role="button" aria-haspopup="true" aria-expanded="false">Downloads <span class="caret"></span></a>
          <ul class="dropdown-menu">
            <li><a href="/Home/Downloads">e-Invoice Schema</a></li>
            <li><a href="/Home/Downloads">Validation Rules</a></li>
            <li><a href="/Home/Downloads">Master Codes</a></li>
            <li role="separator" class="divider"></li>
            <li><a href="/Home/Downloads">Offline Tools</a></li>
          </ul>
        </li>
        ${item('/Home/Help', 'Help')}
        ${item('/Home/Contact', 'Contact')}
      </ul>
      <ul class="nav navbar-nav navbar-right">
        <li class="login-item${active === '/Account/Login' ? ' active' : ''}"><a href="/Account/Login">Login</a></li>
      </ul>
    </div>
  </div>
</nav>`;
}

function homePage(_ctx: Ctx): string {
  const body = `${publicNavbar('/')}
<div class="container home-main" id="main-content" role="main">
  <div class="welcome">
    <h2>Welcome to e-Invoice System</h2>
    <p>The e-Invoice System (IRP) registers the business-to-business invoices of GST taxpayers and returns an Invoice Reference Number (IRN), a digitally signed e-invoice and a QR code. Registered taxpayers can generate IRNs on the portal, in bulk through the offline tool, or through the APIs of their GSP or ERP.</p>
    <p><a class="btn btn-primary" href="/Account/Login">Login</a> <a class="btn btn-default" href="/Home/Help">How to use</a></p>
  </div>
  <div class="row">
    <div class="col-md-4">
      <div class="panel panel-default"><div class="panel-heading"><strong>What's New</strong></div><div class="panel-body">
        <ul class="list-unstyled notice-list">
          <li>Two Factor Authentication mandatory from 01-04-2025 <span class="new">NEW</span></li>
          <li>e-Invoice QR code verifier app updated</li>
          <li>Revised validation rules for HSN codes</li>
        </ul></div></div>
    </div>
    <div class="col-md-4">
      <div class="panel panel-default"><div class="panel-heading"><strong>Important Notices</strong></div><div class="panel-body">
        <ul class="list-unstyled notice-list">
          <li>Time limit for reporting invoices older than 30 days</li>
          <li>Creation of API users through GSPs</li>
          <li>IP whitelisting for direct API integrators</li>
        </ul></div></div>
    </div>
    <div class="col-md-4">
      <div class="panel panel-default"><div class="panel-heading"><strong>Quick Links</strong></div><div class="panel-body">
        <ul class="list-unstyled notice-list">
          <li><a href="https://www.gst.gov.in/" rel="noopener">GST Common Portal</a></li>
          <li><a href="https://ewaybillgst.gov.in/" rel="noopener">e-Way Bill System</a></li>
          <li><a href="/Home/Downloads">Downloads</a></li>
        </ul></div></div>
    </div>
  </div>
</div>`;
  return layout({ title: 'Home', body });
}

const PUBLIC_PAGES: Record<string, [string, string]> = {
  '/Home/About': [
    'About',
    'The e-Invoice System is developed by the National Informatics Centre for the registration of e-invoices under GST.',
  ],
  '/Home/Help': [
    'Help',
    'User manuals, FAQs and videos on e-invoice generation, bulk upload and API registration are available in the Downloads section.',
  ],
  '/Home/Contact': [
    'Contact',
    'For support, write to support.einv.api@gov.in or call the GST helpdesk 1800-103-4786.',
  ],
  '/Home/Downloads': [
    'Downloads',
    'e-Invoice JSON Schema (Ver 1.1), Validation Rules, Master Codes and the Bulk Generation Tool.',
  ],
  '/Home/WebsitePolicies': [
    'Website Policies',
    'Copyright, hyperlinking, privacy, terms of use and accessibility statements of this website.',
  ],
  '/Home/ScreenReader': [
    'Screen Reader Access',
    'This website complies with GIGW and WCAG 2.0 level AA. Free screen readers such as NVDA can be used to read it.',
  ],
  '/Home/Sitemap': ['Sitemap', 'Home, About, Downloads, Help, Contact, Login.'],
  '/Account/ForgotPassword': [
    'Forgot Password',
    'Enter your username and GSTIN; an OTP will be sent to the registered mobile number to reset the password.',
  ],
};

function publicPage(path: string, [title, text]: [string, string]): string {
  const body = `${publicNavbar(path)}
<div class="container home-main" id="main-content" role="main">
  <ol class="breadcrumb"><li><a href="/">Home</a></li><li class="active">${esc(title)}</li></ol>
  <div class="welcome"><h2>${esc(title)}</h2><p>${esc(text)}</p></div>
</div>`;
  return layout({ title, body });
}

function summary(errors: string[]): string {
  return errors.length
    ? `<div class="validation-summary-errors text-danger" data-valmsg-summary="true"><ul>${errors.map((e) => `<li>${esc(e)}</li>`).join('')}</ul></div>`
    : '<div class="validation-summary-valid text-danger" data-valmsg-summary="true"><ul><li style="display:none"></li></ul></div>';
}

function tokenInput(session: Session): string {
  return `<input name="__RequestVerificationToken" type="hidden" value="${session.token}" />`;
}

function field(o: {
  id: string;
  label: string;
  type?: string;
  value?: string;
  attrs?: string;
  required: string;
  extra?: string;
}): string {
  return `<div class="form-group">
          <label class="control-label col-sm-4" for="${o.id}">${o.label}</label>
          <div class="col-sm-8">
            <input class="form-control" data-val="true" data-val-required="${esc(o.required)}" id="${o.id}" name="${o.id}" type="${o.type ?? 'text'}" value="${esc(o.value ?? '')}" ${o.attrs ?? ''} />
            ${o.extra ?? ''}<span class="field-validation-valid text-danger" data-valmsg-for="${o.id}" data-valmsg-replace="true"></span>
          </div>
        </div>`;
}

function loginPage(session: Session, o: { username: string; errors: string[]; returnUrl?: string }): string {
  const returnUrl = o.returnUrl ?? session.returnUrl;
  const body = `${publicNavbar('/Account/Login')}
<div class="container login-page" id="main-content" role="main">
  <div class="row">
    <div class="col-md-6 col-md-offset-3">
      <div class="panel panel-primary">
        <div class="panel-heading">Login</div>
        <div class="panel-body">
          <form action="/Account/Login${returnUrl ? `?ReturnUrl=${encodeURIComponent(returnUrl)}` : ''}" method="post" id="frmLogin" autocomplete="off">
            ${tokenInput(session)}
            <input id="ReturnUrl" name="ReturnUrl" type="hidden" value="${esc(returnUrl)}" />
            ${summary(o.errors)}
            <div class="form-horizontal">
        ${field({ id: 'UserName', label: 'Username', value: o.username, required: 'Please enter Username.', attrs: 'maxlength="15" placeholder="Enter Username" autocomplete="off"' })}
        ${field({ id: 'Password', label: 'Password', type: 'password', required: 'Please enter Password.', attrs: 'maxlength="20" placeholder="Enter Password" autocomplete="off"' })}
        <div class="form-group captcha-row">
          <label class="control-label col-sm-4" for="CaptchaCode">Enter Captcha</label>
          <div class="col-sm-8">
            <img id="captcha_image" src="/Account/CaptchaImage?t=${Date.now()}" alt="Captcha Image" width="150" height="42" />
            <a href="javascript:void(0);" id="refreshCaptcha" class="refresh-captcha" title="Refresh Captcha" aria-label="Refresh Captcha"><i class="glyphicon glyphicon-refresh"></i></a>
            <input class="form-control captcha-input" data-val="true" data-val-required="Please enter Captcha." id="CaptchaCode" name="CaptchaCode" type="text" value="" maxlength="5" placeholder="Enter the characters shown above" autocomplete="off" />
            <span class="field-validation-valid text-danger" data-valmsg-for="CaptchaCode" data-valmsg-replace="true"></span>
          </div>
        </div>
        <div class="form-group">
          <div class="col-sm-offset-4 col-sm-8">
            <input type="submit" value="Login" class="btn btn-primary" id="btnLogin" />
            <a href="/Account/ForgotPassword" class="pull-right login-links">Forgot Password</a>
          </div>
        </div>
            </div>
          </form>
        </div>
        <div class="panel-footer login-info">Login with the username and password created on the e-Invoice System. An OTP is sent to the registered mobile number after the password is verified.</div>
      </div>
    </div>
  </div>
</div>`;
  const scripts = `$(function () {
    $('#refreshCaptcha').on('click', function (e) {
        e.preventDefault();
        $('#captcha_image').attr('src', '/Account/CaptchaImage?t=' + new Date().getTime());
        $('#CaptchaCode').val('').focus();
    });
    ${o.errors.length ? "$('#CaptchaCode').val('');" : ''}
    $('#${o.username ? 'Password' : 'UserName'}').focus();
});`;
  return layout({ title: 'Login', body, scripts, validation: true });
}

function twoFactorPage(session: Session, errors: string[]): string {
  const body = `${publicNavbar('/Account/Login')}
<div class="container login-page" id="main-content" role="main">
  <div class="row">
    <div class="col-md-6 col-md-offset-3">
      <div class="panel panel-primary">
        <div class="panel-heading">Two Factor Authentication</div>
        <div class="panel-body">
          <p>An OTP has been sent to your registered mobile number <strong>${MOBILE}</strong>. You may also use the OTP shown in the Sandes or NIC-GST-Shield app.</p>
          <form action="/Account/VerifyOtp" method="post" id="frmOtp" autocomplete="off">
            ${tokenInput(session)}
            ${summary(errors)}
            <div class="form-horizontal">
        ${field({ id: 'OTP', label: 'Enter OTP', required: 'Please enter OTP.', attrs: 'maxlength="6" placeholder="Enter 6 digit OTP" autocomplete="one-time-code" inputmode="numeric" data-val-regex="OTP should be of 6 digits." data-val-regex-pattern="[0-9]{6}"' })}
        <div class="form-group">
          <div class="col-sm-offset-4 col-sm-8">
            <input type="submit" value="Validate OTP" class="btn btn-primary" id="btnValidateOtp" />
            <span id="spnTimer" class="otp-timer">Resend OTP in 00:59</span>
            <a href="javascript:void(0);" id="lnkResendOtp" style="display:none">Resend OTP</a>
          </div>
        </div>
        <div class="form-group"><div class="col-sm-offset-4 col-sm-8"><a href="/Account/Login">Back to Login</a></div></div>
            </div>
          </form>
        </div>
      </div>
    </div>
  </div>
</div>`;
  const scripts = `$(function () {
    var timer = null;
    function countdown(seconds) {
        clearInterval(timer);
        $('#lnkResendOtp').hide();
        $('#spnTimer').show();
        var left = seconds;
        var tick = function () {
            var mm = Math.floor(left / 60), ss = left % 60;
            $('#spnTimer').text('Resend OTP in ' + (mm < 10 ? '0' : '') + mm + ':' + (ss < 10 ? '0' : '') + ss);
            if (left-- <= 0) { clearInterval(timer); $('#spnTimer').hide(); $('#lnkResendOtp').show(); }
        };
        tick();
        timer = setInterval(tick, 1000);
    }
    countdown(59);
    $('#lnkResendOtp').on('click', function (e) {
        e.preventDefault();
        $.ajax({
            url: '/Account/ResendOtp', type: 'POST', dataType: 'json',
            data: { __RequestVerificationToken: $('input[name="__RequestVerificationToken"]').val() },
            success: function (r) {
                Swal.fire({ icon: 'success', title: 'Success', text: r.message, confirmButtonText: 'OK' });
                countdown(59);
            }
        });
    });
    $('#OTP').val('').focus();
});`;
  return layout({ title: 'Verify OTP', body, scripts, validation: true });
}

interface MenuNode {
  label: string;
  href?: string;
  icon?: string;
  children?: MenuNode[];
}

const MENU: MenuNode[] = [
  { label: 'Dash Board', href: '/Home/MainMenu', icon: 'fa-dashboard' },
  {
    label: 'e-Invoice',
    icon: 'fa-file-text-o',
    children: [
      { label: 'Generate IRN', href: '/Invoice/Generate' },
      { label: 'Bulk Upload', href: '/Invoice/BulkUpload' },
      { label: 'Cancel IRN', href: '/Invoice/Cancel' },
      { label: 'Print e-Invoice', href: '/Invoice/Print' },
    ],
  },
  {
    label: 'API Registration',
    icon: 'fa-key',
    children: [
      {
        label: 'User Credentials',
        children: [
          { label: 'Create API User', href: '/ApiRegistration/CreateApiUser' },
          { label: 'View API Users', href: '/ApiRegistration/ViewApiUsers' },
        ],
      },
      { label: 'IP Whitelisting', href: '/ApiRegistration/IpWhitelisting' },
      { label: 'Freeze API User', href: '/ApiRegistration/FreezeApiUser' },
      { label: 'Change API Password', href: '/ApiRegistration/ChangeApiPassword' },
    ],
  },
  {
    label: 'MIS Reports',
    icon: 'fa-bar-chart-o',
    children: [
      { label: 'e-Invoice Details', href: '/MisRpt/Details' },
      { label: 'Summary Report', href: '/MisRpt/Summary' },
    ],
  },
  {
    label: 'User Management',
    icon: 'fa-users',
    children: [
      { label: 'Create Sub User', href: '/UserManagement/CreateSubUser' },
      { label: 'Update Sub User', href: '/UserManagement/UpdateSubUser' },
    ],
  },
];

const PLACEHOLDERS: Record<string, string> = {};
for (const group of MENU)
  for (const node of group.children ?? [])
    for (const leaf of node.children ?? [node])
      if (leaf.href && leaf.href !== '/ApiRegistration/CreateApiUser') PLACEHOLDERS[leaf.href] = leaf.label;

function holds(node: MenuNode, path: string): boolean {
  return node.href === path || (node.children ?? []).some((child) => holds(child, path));
}

function menuItems(nodes: MenuNode[], path: string, depth: number): string {
  return nodes
    .map((node) => {
      const active = holds(node, path);
      const icon = node.icon ? `<i class="fa ${node.icon} fa-fw"></i> ` : '';
      const label = depth === 0 ? `<span class="nav-label">${esc(node.label)}</span>` : esc(node.label);
      if (!node.children)
        return `<li${active ? ' class="active"' : ''}><a href="${node.href}"${active ? ' class="active"' : ''}>${icon}${label}</a></li>`;
      const level = depth === 0 ? 'nav-second-level' : 'nav-third-level';
      return `<li${active ? ' class="active"' : ''}>
            <a href="#">${icon}${label}<span class="fa arrow"></span></a>
            <ul class="nav ${level}">
              ${menuItems(node.children, path, depth + 1)}
            </ul>
          </li>`;
    })
    .join('\n          ');
}

function appLayout(
  app: App,
  session: Session,
  o: { title: string; path: string; content: string; after?: string; scripts?: string; validation?: boolean },
): string {
  const body = `<div id="wrapper">
  <nav class="navbar navbar-default navbar-static-top" role="navigation" style="margin-bottom: 0">
    <div class="navbar-header">
      <a class="navbar-brand" href="/Home/MainMenu">e-Invoice System</a>
      <span class="gstin-badge">GSTIN: <strong>${esc(app.state.gstin)}</strong> | ${LEGAL_NAME}</span>
    </div>
    <ul class="nav navbar-top-links navbar-right">
      <li class="dropdown">
        <a class="dropdown-toggle" data-toggle="dropdown" href="#" aria-expanded="false"><i class="fa fa-user fa-fw"></i> ${esc(NIC_MVC_R18_LOGIN.username)} <i class="fa fa-caret-down"></i></a>
        <ul class="dropdown-menu dropdown-user">
          <li><a href="/UserManagement/UpdateSubUser"><i class="fa fa-user fa-fw"></i> My Profile</a></li>
          <li><a href="/ApiRegistration/ChangeApiPassword"><i class="fa fa-gear fa-fw"></i> Change Password</a></li>
          <li class="divider"></li>
          <li><a href="javascript:void(0);" id="lnkLogOff"><i class="fa fa-sign-out fa-fw"></i> Logout</a></li>
        </ul>
      </li>
    </ul>
    <form action="/Account/LogOff" class="navbar-right" id="logoutForm" method="post">${tokenInput(session)}</form>
    <div class="navbar-default sidebar" role="navigation">
      <div class="sidebar-nav navbar-collapse">
        <div class="sidebar-user"><strong>${LEGAL_NAME}</strong>Last login: ${today()}</div>
        <ul class="nav metismenu" id="side-menu">
          ${menuItems(MENU, o.path, 0)}
        </ul>
      </div>
    </div>
  </nav>
  <div id="page-wrapper">
    <div id="main-content" role="main">
${o.content}
    </div>
  </div>
</div>
${o.after ?? ''}`;
  return layout({ title: o.title, body, scripts: o.scripts, validation: o.validation });
}

function dashboardPage(app: App, session: Session, popup: boolean): string {
  const card = (color: string, count: string, label: string, href: string) => `
      <div class="col-md-3 col-sm-6">
        <div class="panel ${color} dash-card">
          <div class="panel-heading"><div class="row"><div class="col-xs-12 text-right"><div class="huge">${count}</div><div>${label}</div></div></div></div>
          <div class="panel-footer"><a href="${href}"><span class="pull-left">View Details</span><span class="pull-right">&rsaquo;</span><span class="clearfix" style="display:block"></span></a></div>
        </div>
      </div>`;
  const apiUsers = 1 + app.state.users.length;
  const content = `      <div class="row"><div class="col-sm-12"><h1 class="page-header">Dash Board <small>${LEGAL_NAME}</small></h1></div></div>
      <div class="row">${card('panel-primary', '1,284', 'Generations', '/MisRpt/Details')}${card('panel-red', '17', 'Cancelled', '/MisRpt/Details')}${card('panel-green', '6', 'Bulk Uploads', '/Invoice/BulkUpload')}${card('panel-yellow', String(apiUsers), 'API Users', '/ApiRegistration/ViewApiUsers')}
      </div>
      <div class="row">
        <div class="col-md-8">
          <div class="panel panel-default"><div class="panel-heading"><strong>Generations in the last 5 days</strong></div>
            <div class="panel-body"><table class="table table-bordered table-striped">
              <thead><tr><th>Date</th><th>Generated</th><th>Cancelled</th><th>Through API</th></tr></thead>
              <tbody><tr><td>Today</td><td>42</td><td>1</td><td>40</td></tr><tr><td>Yesterday</td><td>57</td><td>0</td><td>55</td></tr><tr><td>2 days ago</td><td>61</td><td>2</td><td>58</td></tr><tr><td>3 days ago</td><td>38</td><td>0</td><td>38</td></tr><tr><td>4 days ago</td><td>49</td><td>1</td><td>47</td></tr></tbody>
            </table></div></div>
        </div>
        <div class="col-md-4">
          <div class="panel panel-info"><div class="panel-heading"><strong>Alerts</strong></div>
            <div class="panel-body"><ul>
              <li>Create API users for your GSP under API Registration &rsaquo; User Credentials.</li>
              <li>Keep the contact details of your technical person up to date.</li>
              <li>Never share your OTP with anyone.</li>
            </ul></div></div>
        </div>
      </div>`;
  const modal = popup
    ? `<div class="modal fade" id="myModal" tabindex="-1" role="dialog" aria-labelledby="myModalLabel" data-backdrop="static" data-keyboard="false">
  <div class="modal-dialog" role="document">
    <div class="modal-content">
      <div class="modal-header">
        <button type="button" class="close" data-dismiss="modal" aria-label="Close"><span aria-hidden="true">&times;</span></button>
        <h4 class="modal-title" id="myModalLabel">Contacts of Technical Person</h4>
      </div>
      <div class="modal-body">
        <p class="text-info">Please provide the contact details of the technical person who handles the e-Invoice / API integration of GSTIN <strong>${esc(app.state.gstin)}</strong>. NIC will use them to communicate technical changes.</p>
        <form id="frmTechContact" class="form-horizontal" autocomplete="off">
          ${tokenInput(session)}
          <div class="form-group"><label class="control-label col-sm-4" for="TechName">Name</label><div class="col-sm-8"><input type="text" class="form-control" id="TechName" name="Name" maxlength="50" value="${esc(session.contact.name)}" /></div></div>
          <div class="form-group"><label class="control-label col-sm-4" for="TechMobile">Mobile No.</label><div class="col-sm-8"><input type="text" class="form-control" id="TechMobile" name="Mobile" maxlength="10" value="${esc(session.contact.mobile)}" /></div></div>
          <div class="form-group"><label class="control-label col-sm-4" for="TechEmail">E-mail Id</label><div class="col-sm-8"><input type="email" class="form-control" id="TechEmail" name="Email" maxlength="60" value="${esc(session.contact.email)}" /></div></div>
        </form>
      </div>
      <div class="modal-footer">
        <button type="button" class="btn btn-primary" id="btnUpdateContact">Update</button>
        <button type="button" class="btn btn-danger" data-dismiss="modal">Exit</button>
      </div>
    </div>
  </div>
</div>`
    : '';
  const scripts = popup
    ? `function showAdvisory() {
    Swal.fire({
        icon: 'info',
        title: 'Advisory',
        html: '<ul><li>Two Factor Authentication (2FA) through OTP is mandatory for logging in to the e-Invoice System.</li>' +
            '<li>NIC or GSTN never asks for your password or OTP. Do not share them with anyone.</li>' +
            '<li>Create API users only for the GSPs you have authorised, and keep the API passwords safe.</li></ul>',
        confirmButtonText: 'OK',
        allowOutsideClick: false,
        allowEscapeKey: false
    });
}
$(function () {
    $('#myModal').modal('show');
    $('#myModal').on('hidden.bs.modal', function () { setTimeout(showAdvisory, 800); });
    $('#btnUpdateContact').on('click', function () {
        $.ajax({
            url: '/Home/UpdateTechnicalContact', type: 'POST', dataType: 'json', data: $('#frmTechContact').serialize(),
            success: function (r) {
                if (r.status === 1) {
                    Swal.fire({ icon: 'success', title: 'Success', text: r.message, confirmButtonText: 'OK' }).then(function () { $('#myModal').modal('hide'); });
                } else {
                    Swal.fire({ icon: 'error', title: 'Error', text: r.message, confirmButtonText: 'OK' });
                }
            }
        });
    });
});`
    : undefined;
  return appLayout(app, session, {
    title: 'Dash Board',
    path: '/Home/MainMenu',
    content,
    after: modal,
    scripts,
  });
}

function placeholderPage(app: App, session: Session, path: string, title: string): string {
  const content = `      <div class="row"><div class="col-sm-12"><h1 class="page-header">${esc(title)}</h1></div></div>
      <ol class="breadcrumb"><li><a href="/Home/MainMenu">Home</a></li><li class="active">${esc(title)}</li></ol>
      <div class="panel panel-default"><div class="panel-heading"><strong>${esc(title)}</strong></div>
        <div class="panel-body"><div class="alert alert-info">No records found.</div></div></div>`;
  return appLayout(app, session, { title, path, content });
}

function notFoundPage(path: string): string {
  return `<!DOCTYPE html><html><head><title>The resource cannot be found.</title></head>
<body bgcolor="white"><span><h1>Server Error in '/' Application.<hr width="100%" size="1" color="silver"></h1>
<h2><i>The resource cannot be found.</i></h2></span>
<b>Description: </b>HTTP 404. The resource you are looking for (or one of its dependencies) could have been removed, had its name changed, or is temporarily unavailable.
<br><br><b>Requested URL: </b>${esc(path)}<br><br></body></html>`;
}

function serverError(message: string): string {
  return `<!DOCTYPE html><html><head><title>Error</title></head><body>
<h1>Server Error in '/' Application.</h1><h2><i>${esc(message)}</i></h2></body></html>`;
}

function createApiUserPage(app: App, session: Session, flash: string): string {
  const { state } = app;
  const rows = [
    { gsp: ON_FILE.gsp, username: ON_FILE.username, createdOn: ON_FILE.createdOn },
    ...state.users.filter((user) => user.gstin === state.gstin),
  ]
    .map(
      (row, i) =>
        `<tr><td>${i + 1}</td><td>${esc(row.gsp)}</td><td>${esc(row.username)}</td><td>${esc(row.createdOn)}</td><td><span class="label label-success">Active</span></td></tr>`,
    )
    .join('');
  const alert = flash
    ? `<div class="alert alert-success alert-dismissible" role="alert"><button type="button" class="close" data-dismiss="alert" aria-label="Close"><span aria-hidden="true">&times;</span></button>${flash}</div>`
    : '';
  const content = `      <div class="row"><div class="col-sm-12"><h1 class="page-header">Create API User</h1></div></div>
      <ol class="breadcrumb"><li><a href="/Home/MainMenu">Home</a></li><li>API Registration</li><li>User Credentials</li><li class="active">Create API User</li></ol>
      ${alert}
      <div class="panel panel-default" id="pnlApiOtp">
        <div class="panel-heading"><strong>API Registration</strong></div>
        <div class="panel-body">
          <form id="frmOtp" class="form-horizontal" autocomplete="off" onsubmit="return false;">
            ${tokenInput(session)}
            <div class="form-group"><label class="control-label col-sm-4">GSTIN</label><div class="col-sm-8"><p class="form-control-static"><strong>${esc(state.gstin)}</strong></p></div></div>
            <div class="form-group"><label class="control-label col-sm-4">Legal Name</label><div class="col-sm-8"><p class="form-control-static">${LEGAL_NAME}</p></div></div>
            <div class="form-group"><label class="control-label col-sm-4">Registered Mobile No.</label><div class="col-sm-8"><p class="form-control-static">${MOBILE}</p></div></div>
            <div class="form-group" id="divSendOtp">
              <div class="col-sm-offset-4 col-sm-8">
                <button type="button" id="btnSendOtp" class="btn btn-success">Send OTP</button>
                <span class="help-block">An OTP will be sent to the registered mobile number to authenticate the creation of the API user.</span>
              </div>
            </div>
            <div id="divOtp" style="display:none">
              <div class="form-group">
                <label class="control-label col-sm-4 required" for="txtApiOtp">Enter OTP</label>
                <div class="col-sm-4"><input type="text" class="form-control" id="txtApiOtp" name="Otp" maxlength="6" placeholder="Enter 6 digit OTP" autocomplete="off" inputmode="numeric" /></div>
              </div>
              <div class="form-group">
                <div class="col-sm-offset-4 col-sm-8">
                  <button type="button" id="btnVerifyOtp" class="btn btn-primary">Verify OTP</button>
                  <span id="spnApiOtpTimer" class="otp-timer"></span>
                  <a href="javascript:void(0);" id="lnkResendApiOtp" style="display:none">Resend OTP</a>
                  <span id="spnOtpVerified" class="otp-verified text-success" style="display:none"><i class="glyphicon glyphicon-ok"></i> OTP verified successfully</span>
                </div>
              </div>
            </div>
          </form>
        </div>
      </div>
      <div id="divApiForm" style="display:none">
        <div class="panel panel-default">
          <div class="panel-heading"><strong>API User Details</strong></div>
          <div class="panel-body">
            <form id="frmApiUser" class="form-horizontal" autocomplete="off" novalidate="novalidate">
              ${tokenInput(session)}
              <div class="form-group">
                <label class="control-label col-sm-4 required">Do you wish to Register your GSTIN for</label>
                <div class="col-sm-8">
                  <label class="radio-inline"><input type="radio" name="RegType" id="rdoDirect" value="D" data-val="true" data-val-required="Please select the registration type." /> Directly</label>
                  <label class="radio-inline"><input type="radio" name="RegType" id="rdoGsp" value="G" /> Through GSP</label>
                  <span class="field-validation-valid text-danger" data-valmsg-for="RegType" data-valmsg-replace="true"></span>
                </div>
              </div>
              <div class="form-group" id="divDirect" style="display:none">
                <div class="col-sm-offset-4 col-sm-8"><div class="alert alert-info" style="margin-bottom:0">Direct API access (Client Id and Client Secret) is given only to taxpayers with an Aggregate Annual Turnover above Rs. 500 Crore who have applied for it. Your GSTIN is not eligible for it: please register through your GSP.</div></div>
              </div>
              <div id="divGsp" style="display:none">
                <div class="form-group">
                  <label class="control-label col-sm-4 required" for="ddlGsp">Select your GSP</label>
                  <div class="col-sm-8">
                    <select id="ddlGsp" name="GspId" class="form-control" data-val="true" data-val-required="Please select the GSP."><option value="">--Select GSP--</option></select>
                    <span class="field-validation-valid text-danger" data-valmsg-for="GspId" data-valmsg-replace="true"></span>
                  </div>
                </div>
              </div>
              <div id="divCredentials" style="display:none">
                <div class="form-group">
                  <label class="control-label col-sm-4 required" for="txtUserName">User Name</label>
                  <div class="col-sm-8">
                    <div class="input-group"><span class="input-group-addon">API_</span><input type="text" class="form-control" id="txtUserName" name="UserName" maxlength="30" placeholder="Enter User Name" data-val="true" data-val-required="Please enter User Name." data-val-regex="User Name should be 3 to 30 characters: letters, digits, _ . or -." data-val-regex-pattern="[A-Za-z0-9_.-]{3,30}" /></div>
                    <span class="field-validation-valid text-danger" data-valmsg-for="UserName" data-valmsg-replace="true"></span>
                    <span class="help-block">The API user name will be API_ followed by the name entered here.</span>
                  </div>
                </div>
                <div class="form-group">
                  <label class="control-label col-sm-4 required" for="txtPassword">Password</label>
                  <div class="col-sm-8">
                    <input type="password" class="form-control" id="txtPassword" name="Password" maxlength="15" placeholder="Enter Password" autocomplete="new-password" data-val="true" data-val-required="Please enter Password." data-val-regex="Password should be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character." data-val-regex-pattern="(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}" />
                    <span class="field-validation-valid text-danger" data-valmsg-for="Password" data-valmsg-replace="true"></span>
                  </div>
                </div>
                <div class="form-group">
                  <label class="control-label col-sm-4 required" for="txtConfirmPassword">Confirm Password</label>
                  <div class="col-sm-8">
                    <input type="password" class="form-control" id="txtConfirmPassword" name="ConfirmPassword" maxlength="15" placeholder="Re-enter Password" autocomplete="new-password" data-val="true" data-val-required="Please re-enter Password." data-val-equalto="Password and Confirm Password do not match." data-val-equalto-other="*.Password" />
                    <span class="field-validation-valid text-danger" data-valmsg-for="ConfirmPassword" data-valmsg-replace="true"></span>
                    <span class="help-block">8 to 15 characters, with at least one upper case letter, one lower case letter, one digit and one special character.</span>
                  </div>
                </div>
              </div>
              <div class="form-group form-actions">
                <div class="col-sm-offset-4 col-sm-8">
                  <button type="button" id="btnSubmit" class="btn btn-primary">Submit</button>
                  <button type="reset" id="btnReset" class="btn btn-default">Reset</button>
                </div>
              </div>
            </form>
          </div>
        </div>
      </div>
      <div class="panel panel-default" id="pnlRegistered">
        <div class="panel-heading"><strong>GSPs registered for GSTIN ${esc(state.gstin)}</strong></div>
        <div class="panel-body"><div class="table-responsive">
          <table class="table table-bordered table-striped" id="tblRegistered">
            <thead><tr><th>Sl. No.</th><th>GSP Name</th><th>API User Name</th><th>Created On</th><th>Status</th></tr></thead>
            <tbody>${rows}</tbody>
          </table>
        </div></div>
      </div>`;
  return appLayout(app, session, {
    title: 'Create API User',
    path: '/ApiRegistration/CreateApiUser',
    content,
    scripts: CREATE_API_USER_JS,
    validation: true,
  });
}

/** The page's `@section scripts`. */
const CREATE_API_USER_JS = `$(function () {
    var timer = null, gspsLoaded = false;
    function token() { return $('#frmOtp input[name="__RequestVerificationToken"]').val(); }
    function countdown(seconds) {
        clearInterval(timer);
        $('#lnkResendApiOtp').hide();
        var left = seconds;
        var tick = function () {
            $('#spnApiOtpTimer').text('Resend OTP in 00:' + (left < 10 ? '0' : '') + left);
            if (left-- <= 0) { clearInterval(timer); $('#spnApiOtpTimer').text(''); $('#lnkResendApiOtp').show(); }
        };
        tick();
        timer = setInterval(tick, 1000);
    }
    function sendOtp() {
        $.ajax({
            url: '/ApiRegistration/SendOtp', type: 'POST', dataType: 'json',
            data: { __RequestVerificationToken: token() },
            success: function (r) {
                if (r.status === 1) {
                    $('#divSendOtp').hide();
                    $('#divOtp').show();
                    countdown(59);
                    Swal.fire({ icon: 'success', title: 'Success', text: 'OTP sent to your registered mobile number', confirmButtonText: 'OK' })
                        .then(function () { $('#txtApiOtp').val('').focus(); });
                } else {
                    Swal.fire({ icon: 'error', title: 'Error', text: r.message, confirmButtonText: 'OK' });
                }
            }
        });
    }
    $('#btnSendOtp').on('click', sendOtp);
    $('#lnkResendApiOtp').on('click', function (e) { e.preventDefault(); sendOtp(); });
    $('#btnVerifyOtp').on('click', function () {
        var otp = $.trim($('#txtApiOtp').val());
        if (!/^[0-9]{6}$/.test(otp)) {
            Swal.fire({ icon: 'warning', title: 'Warning', text: 'Please enter the 6 digit OTP.', confirmButtonText: 'OK' });
            return;
        }
        $.ajax({
            url: '/ApiRegistration/VerifyOtp', type: 'POST', dataType: 'json',
            data: { Otp: otp, __RequestVerificationToken: token() },
            success: function (r) {
                if (r.status === 1) {
                    clearInterval(timer);
                    $('#spnApiOtpTimer').text('');
                    $('#lnkResendApiOtp').hide();
                    $('#txtApiOtp').prop('disabled', true);
                    $('#btnVerifyOtp').hide();
                    $('#spnOtpVerified').show();
                    $('#divApiForm').slideDown();
                } else {
                    Swal.fire({ icon: 'error', title: 'Error', text: r.message, confirmButtonText: 'OK' })
                        .then(function () { $('#txtApiOtp').val('').focus(); });
                }
            }
        });
    });
    $('#ddlGsp').select2({ placeholder: '--Select GSP--', width: '100%' });
    function loadGsps() {
        if (gspsLoaded) return;
        $.ajax({
            url: '/ApiRegistration/GetGspList', type: 'GET', dataType: 'json', cache: false,
            success: function (list) {
                var $ddl = $('#ddlGsp');
                $ddl.html('<option value="">--Select GSP--</option>');
                $.each(list, function (i, item) { $ddl.append($('<option></option>').attr('value', item.Value).text(item.Text)); });
                $ddl.trigger('change');
                gspsLoaded = true;
            }
        });
    }
    $('input[name="RegType"]').on('change', function () {
        if (this.value === 'G') {
            $('#divDirect').hide();
            $('#divGsp').show();
            $('#divCredentials').show();
            loadGsps();
        } else {
            $('#divGsp').hide();
            $('#divCredentials').hide();
            $('#divDirect').show();
        }
    });
    $('#btnReset').on('click', function () {
        setTimeout(function () {
            $('#ddlGsp').val('').trigger('change');
            $('#divGsp, #divCredentials, #divDirect').hide();
            $('#frmApiUser .field-validation-error').removeClass('field-validation-error').addClass('field-validation-valid').html('');
            $('#frmApiUser .input-validation-error').removeClass('input-validation-error');
            $('#frmApiUser').removeAttr('data-submitted');
        });
    });
    $('#btnSubmit').on('click', function () {
        var $form = $('#frmApiUser');
        if ($('input[name="RegType"]:checked').val() === 'D') {
            Swal.fire({ icon: 'info', title: 'Information', text: 'Your GSTIN is not eligible for Direct registration. Please register through your GSP.', confirmButtonText: 'OK' });
            return;
        }
        if (!$form.valid()) return;
        Swal.fire({
            title: 'Are you sure?',
            text: 'Do you want to create the API user?',
            icon: 'question',
            showCancelButton: true,
            confirmButtonColor: '#3085d6',
            cancelButtonColor: '#d33',
            confirmButtonText: 'Yes, create it!',
            cancelButtonText: 'Cancel'
        }).then(function (result) {
            if (!result.isConfirmed) return;
            $.ajax({
                url: '/ApiRegistration/CreateApiUser', type: 'POST', dataType: 'json', data: $form.serialize(),
                success: function (r) {
                    if (r.status === 1) {
                        Swal.fire({ icon: 'success', title: 'Success', text: r.message, confirmButtonText: 'OK', allowOutsideClick: false, allowEscapeKey: false })
                            .then(function () { window.location.reload(); });
                    } else {
                        Swal.fire({ icon: 'error', title: 'Error', text: r.message, confirmButtonText: 'OK' });
                    }
                }
            });
        });
    });
});`;

/** The captcha picture: the characters as rotated glyphs over noise, fresh noise every time. */
function captchaSvg(text: string): string {
  const rnd = (min: number, max: number) => min + Math.random() * (max - min);
  const colors = ['#1d4f91', '#8e1b1b', '#2f6b2f', '#5b2c83', '#7a4b00'];
  const lines = Array.from(
    { length: 6 },
    () =>
      `<path d="M${rnd(0, 30).toFixed(1)} ${rnd(4, 38).toFixed(1)} Q${rnd(40, 110).toFixed(1)} ${rnd(0, 42).toFixed(1)} ${rnd(120, 150).toFixed(1)} ${rnd(4, 38).toFixed(1)}" stroke="${colors[Math.floor(rnd(0, colors.length))]}" stroke-width="${rnd(0.6, 1.6).toFixed(1)}" fill="none" opacity="0.7"/>`,
  ).join('');
  const dots = Array.from(
    { length: 40 },
    () =>
      `<circle cx="${rnd(0, 150).toFixed(1)}" cy="${rnd(0, 42).toFixed(1)}" r="${rnd(0.5, 1.4).toFixed(1)}" fill="#555" opacity="0.6"/>`,
  ).join('');
  const glyphs = [...text]
    .map((ch, i) => {
      const x = 16 + i * 26 + rnd(-3, 3);
      const y = 30 + rnd(-4, 4);
      return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rnd(-22, 22).toFixed(1)} ${x.toFixed(1)} ${(y - 9).toFixed(1)}) skewX(${rnd(-12, 12).toFixed(1)})" font-family="Georgia, 'DejaVu Serif', serif" font-size="${rnd(24, 29).toFixed(1)}" font-weight="bold" fill="${colors[i % colors.length]}">${esc(ch)}</text>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="150" height="42" viewBox="0 0 150 42"><rect width="150" height="42" fill="#eef2e6"/>${lines}${glyphs}${dots}</svg>`;
}

const EMBLEM_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="44" height="70" viewBox="0 0 44 70" fill="#6b4f1d">
<path d="M8 30 C6 20 10 12 16 10 C18 6 26 6 28 10 C34 12 38 20 36 30 Z"/>
<circle cx="22" cy="9" r="5"/><circle cx="11" cy="14" r="4"/><circle cx="33" cy="14" r="4"/>
<rect x="6" y="30" width="32" height="7" rx="1"/>
<circle cx="22" cy="33.5" r="2.6" fill="#fff"/><circle cx="22" cy="33.5" r="1" />
<path d="M7 37 L37 37 L34 52 L10 52 Z"/>
<rect x="4" y="52" width="36" height="3"/>
<text x="22" y="66" font-size="7" text-anchor="middle" font-family="sans-serif">सत्यमेव जयते</text>
</svg>`;

/** A 32x32 animated GIF spinner (8 frames), LZW-coded with a clear code every 100 pixels so every code is one byte. */
function spinnerGif(): Buffer {
  const size = 32;
  const bytes: number[] = [];
  const word = (n: number) => bytes.push(n & 0xff, (n >> 8) & 0xff);
  bytes.push(...Buffer.from('GIF89a'));
  word(size);
  word(size);
  bytes.push(0xf6, 0, 0);
  for (let i = 0; i < 128; i++) {
    if (i === 0) bytes.push(255, 255, 255);
    else if (i <= 8) {
      const t = (i - 1) / 8;
      bytes.push(Math.round(29 + t * 190), Math.round(79 + t * 150), Math.round(145 + t * 100));
    } else bytes.push(0, 0, 0);
  }
  bytes.push(0x21, 0xff, 0x0b, ...Buffer.from('NETSCAPE2.0'), 0x03, 0x01, 0x00, 0x00, 0x00);
  for (let frame = 0; frame < 8; frame++) {
    bytes.push(0x21, 0xf9, 0x04, 0x09);
    word(10);
    bytes.push(0x00, 0x00);
    bytes.push(0x2c);
    word(0);
    word(0);
    word(size);
    word(size);
    bytes.push(0x00, 0x07);
    const codes: number[] = [];
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) {
        if ((y * size + x) % 100 === 0) codes.push(128);
        let index = 0;
        for (let dot = 0; dot < 8; dot++) {
          const angle = (dot / 8) * 2 * Math.PI;
          const cx = 16 + 11 * Math.cos(angle);
          const cy = 16 + 11 * Math.sin(angle);
          if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= 9) index = 1 + ((frame - dot + 8) % 8);
        }
        codes.push(index);
      }
    codes.push(129);
    for (let at = 0; at < codes.length; at += 255) {
      const block = codes.slice(at, at + 255);
      bytes.push(block.length, ...block);
    }
    bytes.push(0x00);
  }
  bytes.push(0x3b);
  return Buffer.from(bytes);
}

const ASSETS: Record<string, { type: string; body: string | Buffer | (() => string | Buffer) }> = {
  '/Content/css': { type: 'text/css; charset=utf-8', body: CSS },
  '/bundles/jquery': { type: 'text/javascript; charset=utf-8', body: JQUERY_JS },
  '/bundles/bootstrap': { type: 'text/javascript; charset=utf-8', body: BOOTSTRAP_JS },
  '/bundles/jqueryval': { type: 'text/javascript; charset=utf-8', body: VALIDATE_JS },
  '/bundles/plugins': { type: 'text/javascript; charset=utf-8', body: PLUGINS_JS },
  '/bundles/app': { type: 'text/javascript; charset=utf-8', body: SITE_JS },
  '/Content/images/emblem.svg': { type: 'image/svg+xml', body: EMBLEM_SVG },
  '/Content/images/loading.gif': { type: 'image/gif', body: spinnerGif() },
  '/favicon.ico': { type: 'image/svg+xml', body: EMBLEM_SVG },
};
