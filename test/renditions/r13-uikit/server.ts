/**
 * Rendition r13-uikit: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2019-2024 site built with UIkit 3 and a
 * server-rendered (Laravel-style) backend would draw it. Every line of markup, style and script is
 * written here: a hand-made UIkit 3 subset (CSS classes and a small runtime that reproduces the DOM the
 * library produces: components add their own class to the element (`uk-modal`, `uk-nav`, `uk-drop`,
 * `uk-alert`, `uk-grid`, ...), `uk-close` and `uk-icon` get inline SVGs with no text, modals move
 * themselves to <body> and open with `uk-open` + opacity/transform transitions and `html.uk-modal-page`,
 * nav accordions wrap the opening `ul.uk-nav-sub` in a bare <div> while its height animates, alerts fade
 * and collapse before they are removed, notifications stack in `div.uk-notification` containers that
 * vanish when empty). No library files, no icon fonts, no network.
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - URLs: `/` is the public home page (a signed-in visitor goes to `/dashboard`); its navbar button
 *   "Login" (`a.uk-button.uk-button-primary[uk-toggle]`) opens the modal `#modal-login`. `/login` is the
 *   same page with that modal opened by the page script on load (and where refusals are re-rendered).
 *   2FA is its own page `/login/verify-otp`; the dashboard is `/dashboard` (heading "Dash Board");
 *   Create API User is `/api-registration/user-credentials/create-api-user`. JSON endpoints under `/api/`.
 * - Login: Username, Password, "Enter Captcha" beside an <img> of `/captcha` (an SVG, the configured
 *   characters with fresh noise each time, case-insensitive) and a refresh icon link. Empty fields are
 *   refused in the page (`uk-form-danger` + `div.uk-text-danger`, no request). The server checks the
 *   captcha first, then username (case-insensitive) and password, and re-renders /login with the modal
 *   open and a `div.uk-alert-danger[uk-alert]` in it: "Invalid Captcha. Please enter the characters
 *   shown in the image." / "Invalid Login Credentials. Please check your Username and Password.".
 * - 2FA: a card "Two Factor Authentication" with one "Enter OTP" box and "Verify OTP" (a form POST);
 *   wrong: the page again with `div.uk-alert-danger` "Invalid OTP. Please enter the correct OTP sent to
 *   your registered mobile number."; "Resend OTP" posts and says the OTP was sent again.
 * - After login (first dashboard view of a session only): ~400 ms after an XHR for the contact answers,
 *   the uk-modal "Contacts of Technical Person" (bg-close and esc-close off; name/mobile/e-mail inputs,
 *   "Update" and "Exit" = `uk-button-danger uk-modal-close`, plus the × `uk-modal-close-default`); when it
 *   is hidden, a second uk-modal "Advisory" (2FA notice, "Close" + ×, bg-close on). The dashboard also
 *   carries a `div.uk-alert-warning[uk-alert]` banner with `a.uk-alert-close[uk-close]`, and the cards
 *   "Generations" and "Cancelled".
 * - Menu: `div#tm-sidebar.uk-offcanvas` (overlay mode) whose `.uk-offcanvas-bar` is a fixed dark left column
 *   at >= 960px (site CSS) and slides in from a textless burger (`a.uk-navbar-toggle[uk-navbar-toggle-icon]
 *   [uk-toggle]`, `uk-hidden@m`) below that. `ul.uk-nav-default.uk-nav-parent-icon[uk-nav]`: Dash Board;
 *   e-Invoice; API Registration > (User Credentials > Create API User, View API Users; IP Whitelisting;
 *   Freeze API User; Change API Password); MIS Reports; User Management. "User Credentials" is a nested
 *   `uk-nav` accordion. Groups are closed unless they hold the current page; opening one closes its
 *   siblings (UIkit's default `multiple: false`). Other leaves are placeholder pages.
 * - API OTP: the card "API Registration" has "Get OTP" (POST /api/api-registration/otp/send, a spinner
 *   meanwhile), then six `input.uk-input.uk-form-width-xsmall` digit boxes (maxlength 1, advance on
 *   input, Backspace goes back, paste spreads) under "Enter OTP", "Verify OTP", and "Resend OTP" after a
 *   30 s countdown. Wrong: `UIkit.notification` danger "Invalid OTP. Please enter the correct OTP sent to
 *   your registered mobile number." (top-center, 5 s, click closes) plus the same words under the boxes,
 *   which turn `uk-form-danger` and are emptied. Right: the page reloads and the server renders the form.
 * - Form (`form.uk-form-horizontal`): "Do you wish to Register your GSTIN for" with `label > input.uk-radio`
 *   Directly / Through GSP / Through ERP / Through Client-Id of other (none checked). Only "Through GSP"
 *   shows the GSP and credential rows; the others show a `uk-alert-primary` saying the option is not
 *   available for this GSTIN and disable Submit. "Select your GSP": the site's own autocomplete, an
 *   `input.uk-input` and a `div.uk-dropdown[uk-drop]` under it whose `ul.uk-nav.uk-dropdown-nav > li > a`
 *   come from GET /api/gsp?term= 300 ms after typing stops (focus with an empty box lists all); click,
 *   or arrows + Enter, picks; the code goes to a hidden input and a typed name that matches exactly also
 *   counts. "Username": the text `API_` in a `span.uk-form-icon` over the input (3 to 30 letters, digits,
 *   '_', '.', '-'; a typed leading "API_" is not doubled). "Password" / "Re-enter Password": 8 to 20 with
 *   upper, lower, digit and special character. "Submit" opens `UIkit.modal.confirm("Submit the API user
 *   details?")` (Cancel / Ok); "Exit" goes to the dashboard.
 * - Refusals after Submit: a `div.uk-alert-danger[uk-alert]` above the form and a danger notification:
 *   "Your GSTIN <gstin> is already registered with <GSP>." (duplicate: a registration with Tera Software
 *   Limited is on file, and any made here) and "The username API_x is already taken. Please choose a
 *   different username." (API_admin, API_test, API_demo, API_user, API_tera27 or any made here).
 * - Success: `div.uk-alert-success` "API user API_x has been created successfully for <GSP>.", a success
 *   notification, the form hidden and a row added to the table "GSPs registered for your GSTIN". A new
 *   API user needs a new OTP.
 * - Sessions: cookie `einvoice_session` (HttpOnly, SameSite=Lax) naming server-side state, 30 minutes
 *   idle; guests get one too (the login form carries its `_token`; fetches send `X-CSRF-TOKEN`). A page
 *   GET whose cookie names a lost session is a 302 to `/login?expired=1` (no cookie: `/login`), which shows
 *   a `uk-alert-warning` "Your session has expired. Please login again." in the login modal. A fetch
 *   without a live session gets 401 `{"message":"Unauthenticated."}` and the page script shows
 *   `UIkit.modal.alert("Your session has expired. Please login again to continue.")`, then goes to
 *   `/login?expired=1` when "Ok" is pressed.
 * - expireOnce: the first request of that stage (otp/send, otp/verify, or the Submit POST) deletes the
 *   server session first, so it answers 401 as any lost session does.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type UikitR13Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface UikitR13Options {
  expireOnce?: UikitR13Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface UikitR13State {
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

export interface UikitR13Rendition {
  url: string;
  close(): Promise<void>;
  state: UikitR13State;
}

export const UIKIT_R13_LOGIN: { username: string; password: string } = {
  username: 'uktaxpayer27',
  password: 'Uk!tPortal#13',
};

interface Gsp {
  code: string;
  name: string;
}

const GSPS: Gsp[] = [
  ['GSP0101', 'Adaequare Info Private Limited'],
  ['GSP0117', 'Alankit Limited'],
  ['GSP0123', 'Botree Software International Private Limited'],
  ['GSP0108', 'BVM IT Consulting Services India Private Limited'],
  ['GSP0110', 'Chartered Information Systems Private Limited'],
  ['GSP0131', 'Cygnet Infotech Private Ltd'],
  ['GSP0104', 'DEFMACRO SOFTWARE PRIVATE LIMITED'],
  ['GSP0140', 'Ernst & Young LLP'],
  ['GSP0126', 'Excellon Software Private Limited'],
  ['GSP0112', 'IRIS BUSINESS SERVICES LIMITED'],
  ['GSP0129', 'Karvy Data Management Services Limited'],
  ['GSP0115', 'Masters India Private Limited'],
  ['GSP0133', 'Relyon Softech Limited'],
  ['GSP0137', 'SAG Infotech Private Limited'],
  ['GSP0142', 'Sify Technologies Limited'],
  ['GSP0119', 'Tally ( India) Private Ltd'],
  ['GSP0135', 'Taxmann Technologies Private Limited'],
  ['GSP0102', 'Tera Software Limited'],
  ['GSP0107', 'Vay Network Services Pvt. Ltd.'],
  ['GSP0121', 'Webtel Electrosoft Private Limited'],
  ['GSP0144', 'Wipro Limited'],
].map(([code, name]) => ({ code: code as string, name: name as string }));

/** A registration made before this rendition started (shown in the table, refused as a duplicate). */
const EARLIER = { gsp: 'Tera Software Limited', username: 'API_tera27', createdOn: '14-08-2020 11:42:07' };
const TAKEN = ['API_admin', 'API_test', 'API_demo', 'API_user', 'API_tera27'];
const MOBILE = 'XXXXXX7310';
const SESSION_COOKIE = 'einvoice_session';
const IDLE_MS = 30 * 60_000;
const API_OTP_VALID_MS = 10 * 60_000;
const CREATE_PATH = '/api-registration/user-credentials/create-api-user';

interface Session {
  id: string;
  csrf: string;
  stage: 'guest' | 'otp' | 'in';
  username: string;
  popupsShown: boolean;
  apiOtpSentAt: number;
  apiOtpVerified: boolean;
  lastSeen: number;
  notice: string;
}

/** What the request's cookie says: the live session, or that it named one that is gone. */
interface Found {
  session: Session | undefined;
  lost: boolean;
}

class HttpError extends Error {}

export async function startUikitR13Rendition(options: UikitR13Options = {}): Promise<UikitR13Rendition> {
  const state: UikitR13State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  let expiryUsed = false;

  function newSession(stage: Session['stage'], username = ''): Session {
    const session: Session = {
      id: randomBytes(20).toString('hex'),
      csrf: randomBytes(20).toString('base64url'),
      stage,
      username,
      popupsShown: false,
      apiOtpSentAt: 0,
      apiOtpVerified: false,
      lastSeen: Date.now(),
      notice: '',
    };
    sessions.set(session.id, session);
    return session;
  }

  function find(req: IncomingMessage): Found {
    const id = cookies(req)[SESSION_COOKIE];
    if (!id) return { session: undefined, lost: false };
    const session = sessions.get(id);
    if (!session || Date.now() - session.lastSeen > IDLE_MS) {
      sessions.delete(id);
      return { session: undefined, lost: true };
    }
    session.lastSeen = Date.now();
    return { session, lost: false };
  }

  /** The stage's first request, when it is the one to expire: the session is deleted before it is read. */
  function expireHere(stage: UikitR13Expiry, req: IncomingMessage): void {
    if (options.expireOnce !== stage || expiryUsed) return;
    expiryUsed = true;
    const id = cookies(req)[SESSION_COOKIE];
    if (id) sessions.delete(id);
    state.expired.push(stage);
  }

  const ctx: Ctx = { state, sessions, newSession, find, expireHere };

  const server = createServer((req, res) => {
    handle(ctx, req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        const status = error instanceof HttpError ? 400 : 500;
        res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      }
      res.end(error instanceof HttpError ? error.message : 'Server Error');
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
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        sockets.clear();
      }),
  };
}

interface Ctx {
  state: UikitR13State;
  sessions: Map<string, Session>;
  newSession(stage: Session['stage'], username?: string): Session;
  find(req: IncomingMessage): Found;
  expireHere(stage: UikitR13Expiry, req: IncomingMessage): void;
}

// ---------------------------------------------------------------------------------------------------
// HTTP helpers
// ---------------------------------------------------------------------------------------------------

function cookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at).trim()] = decodeURIComponent(part.slice(at + 1).trim());
  }
  return out;
}

function setSessionCookie(res: ServerResponse, session: Session): void {
  res.setHeader('Set-Cookie', `${SESSION_COOKIE}=${session.id}; Path=/; HttpOnly; SameSite=Lax`);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 100_000) throw new HttpError('Request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readForm(req: IncomingMessage): Promise<Record<string, string>> {
  return Object.fromEntries(new URLSearchParams(await readBody(req)));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(req);
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    throw new HttpError('Malformed JSON');
  }
}

function sendHtml(res: ServerResponse, html: string, status = 200): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=UTF-8',
    'Cache-Control': 'no-cache, private',
    'X-Frame-Options': 'SAMEORIGIN',
  });
  res.end(html);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private' });
  res.end(JSON.stringify(body));
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-cache, private' });
  res.end();
}

function esc(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function stamp(date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}-${two(date.getMonth() + 1)}-${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

// ---------------------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------------------

const PLACEHOLDERS: Record<string, string> = {
  '/e-invoice/generate-irn': 'Generate IRN',
  '/e-invoice/bulk-upload': 'Bulk Upload',
  '/e-invoice/cancel-irn': 'Cancel IRN',
  '/e-invoice/print': 'Print e-Invoice',
  '/api-registration/ip-whitelisting': 'IP Whitelisting',
  '/api-registration/freeze-api-user': 'Freeze API User',
  '/api-registration/change-api-password': 'Change API Password',
  '/mis-reports/irn-details': 'IRN Details',
  '/mis-reports/summary': 'Summary Report',
  '/user-management/create-sub-user': 'Create Sub-User',
  '/user-management/freeze-sub-user': 'Freeze Sub-User',
  '/profile': 'Profile',
};

async function handle(ctx: Ctx, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const method = req.method ?? 'GET';
  const { state } = ctx;

  if (path === '/favicon.ico') {
    res.writeHead(204);
    res.end();
    return;
  }
  if (path === '/captcha' && method === 'GET') {
    res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' });
    res.end(captchaSvg(state.captcha));
    return;
  }
  const asset = ASSETS[path];
  if (asset && method === 'GET') {
    res.writeHead(200, {
      'Content-Type': `${asset.type}; charset=utf-8`,
      'Cache-Control': 'public, max-age=3600',
    });
    res.end(asset.body());
    return;
  }
  if (path.startsWith('/api/')) {
    await handleApi(ctx, path, method, url, req, res);
    return;
  }

  const found = ctx.find(req);
  const signedIn = found.session?.stage === 'in';

  // Public pages: home, login.
  if ((path === '/' || path === '/login') && method === 'GET') {
    if (signedIn) return redirect(res, '/dashboard');
    let session = found.session;
    if (!session) {
      session = ctx.newSession('guest');
      setSessionCookie(res, session);
    }
    const notice = session.notice;
    session.notice = '';
    const alert = url.searchParams.has('expired')
      ? { kind: 'warning', text: 'Your session has expired. Please login again.' }
      : url.searchParams.has('logout')
        ? { kind: 'success', text: 'You have been logged out successfully.' }
        : notice
          ? { kind: 'warning', text: notice }
          : undefined;
    return sendHtml(res, homePage(session, { open: path === '/login', alert }));
  }
  if (path === '/login' && method === 'POST') {
    const form = await readForm(req);
    let session = found.session;
    if (!session || session.csrf !== form._token) {
      session = ctx.newSession('guest');
      setSessionCookie(res, session);
      const alert = { kind: 'warning', text: 'The page has expired due to inactivity. Please login again.' };
      return sendHtml(res, homePage(session, { open: true, alert, username: form.username ?? '' }), 419);
    }
    const username = (form.username ?? '').trim();
    if ((form.captcha ?? '').trim().toUpperCase() !== state.captcha.toUpperCase()) {
      state.refusals.push('captcha');
      return sendHtml(
        res,
        homePage(session, {
          open: true,
          username,
          alert: { kind: 'danger', text: 'Invalid Captcha. Please enter the characters shown in the image.' },
          fieldError: 'captcha',
        }),
      );
    }
    if (
      username.toLowerCase() !== UIKIT_R13_LOGIN.username.toLowerCase() ||
      (form.password ?? '') !== UIKIT_R13_LOGIN.password
    ) {
      state.refusals.push('login');
      return sendHtml(
        res,
        homePage(session, {
          open: true,
          username,
          alert: {
            kind: 'danger',
            text: 'Invalid Login Credentials. Please check your Username and Password.',
          },
          fieldError: 'password',
        }),
      );
    }
    ctx.sessions.delete(session.id);
    const next = ctx.newSession('otp', UIKIT_R13_LOGIN.username);
    setSessionCookie(res, next);
    return redirect(res, '/login/verify-otp');
  }
  if (path === '/login/verify-otp' || path === '/login/resend-otp') {
    const session = found.session;
    if (session?.stage !== 'otp') {
      return redirect(res, signedIn ? '/dashboard' : found.lost ? '/login?expired=1' : '/login');
    }
    if (method === 'GET' && path === '/login/verify-otp') {
      return sendHtml(res, loginOtpPage(session, {}));
    }
    if (method !== 'POST') return redirect(res, '/login/verify-otp');
    const form = await readForm(req);
    if (form._token !== session.csrf) {
      return sendHtml(
        res,
        loginOtpPage(session, {
          alert: { kind: 'warning', text: 'The page has expired. Please try again.' },
        }),
        419,
      );
    }
    if (path === '/login/resend-otp') {
      const text = `A new OTP has been sent to your registered mobile number ${MOBILE}.`;
      return sendHtml(res, loginOtpPage(session, { alert: { kind: 'success', text } }));
    }
    if ((form.otp ?? '').trim() !== state.loginOtp) {
      state.refusals.push('login-otp');
      const text = 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.';
      return sendHtml(res, loginOtpPage(session, { alert: { kind: 'danger', text }, fieldError: true }));
    }
    ctx.sessions.delete(session.id);
    const next = ctx.newSession('in', session.username);
    setSessionCookie(res, next);
    return redirect(res, '/dashboard');
  }
  if (path === '/logout') {
    if (found.session) ctx.sessions.delete(found.session.id);
    res.setHeader('Set-Cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
    return redirect(res, '/login?logout=1');
  }

  // Signed-in pages.
  const session = found.session;
  if (session?.stage !== 'in') {
    if (method !== 'GET') {
      res.writeHead(405);
      res.end();
      return;
    }
    return redirect(res, found.lost ? '/login?expired=1' : '/login');
  }
  if (method !== 'GET') {
    res.writeHead(405, { Allow: 'GET' });
    res.end();
    return;
  }
  if (path === '/dashboard') {
    const popups = !session.popupsShown;
    session.popupsShown = true;
    return sendHtml(res, dashboardPage(ctx, session, popups));
  }
  if (path === CREATE_PATH) return sendHtml(res, createApiUserPage(ctx, session));
  if (path === '/api-registration/user-credentials/view-api-users') {
    return sendHtml(res, viewApiUsersPage(ctx, session));
  }
  const title = PLACEHOLDERS[path];
  if (title) return sendHtml(res, placeholderPage(ctx, session, path, title));
  sendHtml(res, notFoundPage(ctx, session), 404);
}

function registrations(state: UikitR13State): { gsp: string; username: string; createdOn: string }[] {
  return [EARLIER, ...state.users.map(({ gsp, username, createdOn }) => ({ gsp, username, createdOn }))];
}

async function handleApi(
  ctx: Ctx,
  path: string,
  method: string,
  url: URL,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { state } = ctx;
  const stage: UikitR13Expiry | undefined =
    method !== 'POST'
      ? undefined
      : path === '/api/api-registration/otp/send'
        ? 'api-otp-send'
        : path === '/api/api-registration/otp/verify'
          ? 'api-otp-verify'
          : path === '/api/api-registration/users'
            ? 'submit'
            : undefined;
  if (stage) ctx.expireHere(stage, req);

  const { session } = ctx.find(req);
  if (session?.stage !== 'in') return sendJson(res, 401, { message: 'Unauthenticated.' });
  if (method === 'POST' && req.headers['x-csrf-token'] !== session.csrf) {
    return sendJson(res, 419, { message: 'CSRF token mismatch.' });
  }

  if (path === '/api/profile/technical-person' && method === 'GET') {
    return sendJson(res, 200, {
      name: 'Rajesh Kulkarni',
      mobile: '9822047310',
      email: 'rajesh.kulkarni@example.co.in',
      designation: 'IT Manager',
    });
  }
  if (path === '/api/profile/technical-person' && method === 'POST') {
    await readJson(req);
    return sendJson(res, 200, { message: 'Technical person details updated successfully.' });
  }
  if (path === '/api/gsp' && method === 'GET') {
    const term = (url.searchParams.get('term') ?? '').trim().toLowerCase();
    const list = GSPS.filter((gsp) => gsp.name.toLowerCase().includes(term))
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))
      .slice(0, 50);
    return sendJson(res, 200, { data: list.map(({ code, name }) => ({ id: code, text: name })) });
  }
  if (path === '/api/api-registration/otp/send' && method === 'POST') {
    await readJson(req);
    session.apiOtpSentAt = Date.now();
    session.apiOtpVerified = false;
    return sendJson(res, 200, {
      message: `OTP has been sent to your registered mobile number ${MOBILE}. It is valid for 10 minutes.`,
      resendAfter: 30,
    });
  }
  if (path === '/api/api-registration/otp/verify' && method === 'POST') {
    const body = await readJson(req);
    const otp = String(body.otp ?? '').trim();
    if (!session.apiOtpSentAt) {
      return sendJson(res, 422, {
        message: 'Please click Get OTP to receive an OTP on your registered mobile.',
      });
    }
    if (!/^\d{6}$/.test(otp)) {
      return sendJson(res, 422, {
        message: 'Please enter the 6 digit OTP.',
        errors: { otp: ['Please enter the 6 digit OTP.'] },
      });
    }
    if (Date.now() - session.apiOtpSentAt > API_OTP_VALID_MS) {
      return sendJson(res, 422, { message: 'OTP has expired. Please click Resend OTP to get a new OTP.' });
    }
    if (otp !== state.apiOtp) {
      state.refusals.push('api-otp');
      return sendJson(res, 422, {
        message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
      });
    }
    session.apiOtpVerified = true;
    return sendJson(res, 200, { message: 'OTP verified successfully.', redirect: CREATE_PATH });
  }
  if (path === '/api/api-registration/users' && method === 'POST') {
    const body = await readJson(req);
    return submitApiUser(ctx, session, body, res);
  }
  sendJson(res, 404, { message: 'Not Found' });
}

const USERNAME_RULE = /^[A-Za-z0-9_.-]{3,30}$/;
const PASSWORD_TEXT =
  'Password must be 8 to 20 characters long with at least one upper case letter, one lower case letter, one digit and one special character.';

function passwordOk(password: string): boolean {
  return (
    password.length >= 8 &&
    password.length <= 20 &&
    /[A-Z]/.test(password) &&
    /[a-z]/.test(password) &&
    /\d/.test(password) &&
    /[^A-Za-z0-9]/.test(password)
  );
}

function submitApiUser(ctx: Ctx, session: Session, body: Record<string, unknown>, res: ServerResponse): void {
  const { state } = ctx;
  if (!session.apiOtpVerified) {
    sendJson(res, 403, { message: 'Please verify the OTP before creating an API user.' });
    return;
  }
  const mode = String(body.registrationMode ?? '');
  const gsp = GSPS.find((g) => g.code === String(body.gspCode ?? ''));
  const typed = String(body.username ?? '')
    .trim()
    .replace(/^API_/i, '');
  const password = String(body.password ?? '');
  const confirm = String(body.password_confirmation ?? '');
  const errors: Record<string, string[]> = {};
  if (mode !== 'GSP') errors.registrationMode = ['This registration option is not available for your GSTIN.'];
  if (!gsp) errors.gspCode = ['Please select your GSP from the list.'];
  if (!USERNAME_RULE.test(typed)) {
    errors.username = ["Username must be 3 to 30 characters: letters, digits, '_', '.' or '-'."];
  }
  if (!passwordOk(password)) errors.password = [PASSWORD_TEXT];
  if (confirm !== password) errors.password_confirmation = ['Password and Re-enter Password do not match.'];
  const first = Object.values(errors)[0];
  if (first || !gsp) {
    sendJson(res, 422, { message: first?.[0] ?? 'The given data was invalid.', errors });
    return;
  }
  const username = `API_${typed}`;
  const existing = registrations(state);
  if (existing.some((r) => r.gsp === gsp.name)) {
    state.refusals.push('duplicate');
    sendJson(res, 409, {
      message: `Your GSTIN ${state.gstin} is already registered with ${gsp.name}.`,
      field: 'gspCode',
    });
    return;
  }
  const taken = [...TAKEN, ...existing.map((r) => r.username)].some(
    (name) => name.toLowerCase() === username.toLowerCase(),
  );
  if (taken) {
    state.refusals.push('username-taken');
    sendJson(res, 409, {
      message: `The username ${username} is already taken. Please choose a different username.`,
      field: 'username',
    });
    return;
  }
  const createdOn = stamp();
  state.users.push({ gstin: state.gstin, gsp: gsp.name, username, password, createdOn });
  session.apiOtpVerified = false;
  sendJson(res, 200, {
    message: `API user ${username} has been created successfully for ${gsp.name}.`,
    registration: { gsp: gsp.name, username, createdOn, status: 'Active' },
  });
}

// ---------------------------------------------------------------------------------------------------
// uikit.min.css (the subset this site uses, 3.x default theme) + the site's theme.css
// ---------------------------------------------------------------------------------------------------

const SVG_RADIO =
  'data:image/svg+xml;charset=UTF-8,%3Csvg%20width%3D%2216%22%20height%3D%2216%22%20viewBox%3D%220%200%2016%2016%22%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%3Ccircle%20fill%3D%22%23fff%22%20cx%3D%228%22%20cy%3D%228%22%20r%3D%222%22%3E%3C%2Fcircle%3E%3C%2Fsvg%3E';
const SVG_PARENT_CLOSED =
  'data:image/svg+xml;charset=UTF-8,%3Csvg%20width%3D%2214%22%20height%3D%2214%22%20viewBox%3D%220%200%2014%2014%22%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%3Cpolyline%20fill%3D%22none%22%20stroke%3D%22%23bbb%22%20stroke-width%3D%221.1%22%20points%3D%2210%201%204%207%2010%2013%22%3E%3C%2Fpolyline%3E%3C%2Fsvg%3E';
const SVG_PARENT_OPEN =
  'data:image/svg+xml;charset=UTF-8,%3Csvg%20width%3D%2214%22%20height%3D%2214%22%20viewBox%3D%220%200%2014%2014%22%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%3Cpolyline%20fill%3D%22none%22%20stroke%3D%22%23bbb%22%20stroke-width%3D%221.1%22%20points%3D%221%204%207%2010%2013%204%22%3E%3C%2Fpolyline%3E%3C%2Fsvg%3E';

const UIKIT_CSS = `/*! UIkit 3.16.x subset | https://www.getuikit.com | (c) 2014 - 2023 YOOtheme | MIT License */
html{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;font-size:16px;font-weight:400;line-height:1.5;-webkit-text-size-adjust:100%;background:#fff;color:#666}
body{margin:0}
a,.uk-link{color:#1e87f0;text-decoration:none;cursor:pointer}
a:hover,.uk-link:hover{color:#0f6ecd;text-decoration:underline}
strong,b{font-weight:bolder}
svg:not(:root){overflow:hidden}
img,svg{vertical-align:middle}
img{max-width:100%;height:auto;box-sizing:border-box}
p,ul,ol,dl,pre,address,fieldset,figure{margin:0 0 20px 0}
*+p,*+ul,*+ol,*+dl,*+pre,*+address,*+fieldset,*+figure{margin-top:20px}
h1,.uk-h1,h2,.uk-h2,h3,.uk-h3,h4,.uk-h4,h5,.uk-h5,h6,.uk-h6,.uk-heading-small{margin:0 0 20px 0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;font-weight:400;color:#333;text-transform:none}
*+h1,*+.uk-h1,*+h2,*+.uk-h2,*+h3,*+.uk-h3,*+h4,*+.uk-h4,*+h5,*+.uk-h5{margin-top:40px}
h1,.uk-h1{font-size:2.23125rem;line-height:1.2}
h2,.uk-h2{font-size:1.7rem;line-height:1.3}
h3,.uk-h3{font-size:1.5rem;line-height:1.4}
h4,.uk-h4{font-size:1.25rem;line-height:1.4}
h5,.uk-h5{font-size:16px;line-height:1.4}
@media (min-width:960px){h1,.uk-h1{font-size:2.625rem}h2,.uk-h2{font-size:2rem}}
.uk-heading-small{font-size:2.6rem;line-height:1.2}
.uk-heading-divider{padding-bottom:calc(5px + .1em);border-bottom:calc(.2px + .05em) solid #e5e5e5}
hr,.uk-hr{overflow:visible;text-align:inherit;margin:0 0 20px 0;border:0;border-top:1px solid #e5e5e5}
[hidden],.uk-hidden{display:none!important}
@media (min-width:960px){.uk-hidden\\@m{display:none!important}}
@media (max-width:959px){.uk-visible\\@m{display:none!important}}
/* icon */
.uk-icon{margin:0;border:none;border-radius:0;overflow:visible;font:inherit;color:inherit;text-transform:none;padding:0;background-color:transparent;display:inline-block;fill:currentcolor;line-height:0}
button.uk-icon:not(:disabled){cursor:pointer}
.uk-icon>*{transform:translate(0,0)}
.uk-icon [fill*='#']:not(.uk-preserve){fill:currentcolor}
.uk-icon [stroke*='#']:not(.uk-preserve){stroke:currentcolor}
.uk-icon-button{box-sizing:border-box;width:36px;height:36px;border-radius:500px;background:#f8f8f8;color:#999;display:inline-flex;justify-content:center;align-items:center}
/* spinner */
.uk-spinner>*{animation:uk-spinner-rotate 1.4s linear infinite}
@keyframes uk-spinner-rotate{0%{transform:rotate(0)}100%{transform:rotate(270deg)}}
.uk-spinner>*>*{stroke-dasharray:88px;stroke-dashoffset:0;transform-origin:center;animation:uk-spinner-dash 1.4s ease-in-out infinite;stroke-width:1;stroke-linecap:round}
@keyframes uk-spinner-dash{0%{stroke-dashoffset:88px}50%{stroke-dashoffset:22px;transform:rotate(135deg)}100%{stroke-dashoffset:88px;transform:rotate(450deg)}}
/* close */
.uk-close{color:#999;transition:.1s ease-in-out;transition-property:color,opacity}
.uk-close:hover{color:#666}
/* alert */
.uk-alert{position:relative;margin-bottom:20px;padding:15px 29px 15px 15px;background:#f8f8f8;color:#666}
*+.uk-alert{margin-top:20px}
.uk-alert>:last-child{margin-bottom:0}
.uk-alert-close{position:absolute;top:20px;right:15px;color:inherit;opacity:.4}
.uk-alert-close:first-child+*{margin-top:0}
.uk-alert-close:hover{color:inherit;opacity:.8}
.uk-alert-primary{background:#d8eafc;color:#1e87f0}
.uk-alert-success{background:#edfbf6;color:#32d296}
.uk-alert-warning{background:#fef5ee;color:#faa05a}
.uk-alert-danger{background:#fef4f6;color:#f0506e}
/* badge, label */
.uk-badge{box-sizing:border-box;min-width:18px;height:18px;padding:0 5px;border-radius:500px;vertical-align:middle;background:#1e87f0;color:#fff!important;font-size:11px;display:inline-flex;justify-content:center;align-items:center;line-height:0}
.uk-label{display:inline-block;padding:0 10px;background:#1e87f0;line-height:1.5;font-size:.875rem;color:#fff;vertical-align:middle;white-space:nowrap;border-radius:2px;text-transform:uppercase}
.uk-label-success{background-color:#32d296;color:#fff}
.uk-label-warning{background-color:#faa05a;color:#fff}
.uk-label-danger{background-color:#f0506e;color:#fff}
/* table */
.uk-table{border-collapse:collapse;border-spacing:0;width:100%;margin-bottom:20px}
*+.uk-table{margin-top:20px}
.uk-table th{padding:16px 12px;text-align:left;vertical-align:bottom;font-size:.875rem;font-weight:400;color:#999;text-transform:uppercase}
.uk-table td{padding:16px 12px;vertical-align:top}
.uk-table-small th,.uk-table-small td{padding:10px 12px}
.uk-table-divider>tr:not(:first-child),.uk-table-divider>:not(:first-child)>tr,.uk-table-divider>:first-child>tr:not(:first-child){border-top:1px solid #e5e5e5}
.uk-table-striped>tr:nth-of-type(odd),.uk-table-striped tbody tr:nth-of-type(odd){background:#f8f8f8;border-top:1px solid #e5e5e5;border-bottom:1px solid #e5e5e5}
.uk-table-hover>tr:hover,.uk-table-hover tbody tr:hover{background:#ffd}
.uk-table-middle,.uk-table-middle td{vertical-align:middle!important}
/* form */
.uk-input,.uk-select,.uk-textarea,.uk-radio,.uk-checkbox{box-sizing:border-box;margin:0;border-radius:0;font:inherit}
.uk-input{overflow:visible}
.uk-input,.uk-select,.uk-textarea{max-width:100%;width:100%;border:0 none;padding:0 10px;background:#fff;color:#666;border:1px solid #e5e5e5;transition:.2s ease-in-out;transition-property:color,background-color,border}
.uk-input,.uk-select:not([multiple]):not([size]){height:40px;vertical-align:middle;display:inline-block}
.uk-input:focus,.uk-select:focus,.uk-textarea:focus{outline:none;background-color:#fff;color:#666;border-color:#1e87f0}
.uk-input:disabled,.uk-select:disabled,.uk-textarea:disabled{background-color:#f8f8f8;color:#999;border-color:#e5e5e5}
.uk-input::placeholder{color:#999}
.uk-form-danger,.uk-form-danger:focus{color:#f0506e;border-color:#f0506e}
.uk-form-success,.uk-form-success:focus{color:#32d296;border-color:#32d296}
.uk-form-width-xsmall{width:50px}
.uk-form-width-small{width:130px}
.uk-form-width-medium{width:200px}
.uk-form-width-large{width:500px}
.uk-radio,.uk-checkbox{display:inline-block;height:16px;width:16px;overflow:hidden;margin-top:-4px;vertical-align:middle;-webkit-appearance:none;-moz-appearance:none;appearance:none;background-color:transparent;background-repeat:no-repeat;background-position:50% 50%;border:1px solid #ccc;transition:.2s ease-in-out;transition-property:background-color,border}
.uk-radio{border-radius:50%}
.uk-radio:focus,.uk-checkbox:focus{background-color:rgba(0,0,0,0);outline:none;border-color:#1e87f0}
.uk-radio:checked,.uk-checkbox:checked{background-color:#1e87f0;border-color:transparent}
.uk-radio:checked:focus,.uk-checkbox:checked:focus{background-color:#0e6dcd}
.uk-radio:checked{background-image:url("${SVG_RADIO}")}
.uk-radio:disabled{background-color:#f8f8f8;border-color:#e5e5e5}
.uk-legend{width:100%;color:inherit;padding:0;font-size:1.5rem;line-height:1.4}
.uk-form-label{color:#333;font-size:.875rem}
.uk-form-stacked .uk-form-label{display:block;margin-bottom:5px}
@media (max-width:959px){.uk-form-horizontal .uk-form-label{display:block;margin-bottom:5px}}
@media (min-width:960px){.uk-form-horizontal .uk-form-label{width:200px;margin-top:7px;float:left}.uk-form-horizontal .uk-form-controls{margin-left:215px}.uk-form-horizontal .uk-form-controls-text{padding-top:7px}}
.uk-form-icon{position:absolute;top:0;bottom:0;left:0;width:40px;display:inline-flex;justify-content:center;align-items:center;color:#999}
.uk-form-icon:hover{color:#666}
.uk-form-icon:not(a):not(button):not(input){pointer-events:none}
.uk-form-icon:not(.uk-form-icon-flip)~.uk-input{padding-left:40px!important}
.uk-form-icon-flip{right:0;left:auto}
.uk-form-icon-flip~.uk-input{padding-right:40px!important}
/* button */
.uk-button{margin:0;border:none;overflow:visible;font:inherit;color:inherit;-webkit-appearance:none;border-radius:0;display:inline-block;box-sizing:border-box;padding:0 30px;vertical-align:middle;font-size:.875rem;line-height:38px;text-align:center;text-decoration:none;text-transform:uppercase;transition:.1s ease-in-out;transition-property:color,background-color,border-color}
.uk-button:not(:disabled){cursor:pointer}
.uk-button::-moz-focus-inner{border:0;padding:0}
.uk-button:hover{text-decoration:none}
.uk-button-default{background-color:transparent;color:#333;border:1px solid #e5e5e5}
.uk-button-default:hover{background-color:transparent;color:#333;border-color:#b2b2b2}
.uk-button-primary{background-color:#1e87f0;color:#fff;border:1px solid transparent}
.uk-button-primary:hover{background-color:#0f7ae5;color:#fff}
.uk-button-secondary{background-color:#222;color:#fff;border:1px solid transparent}
.uk-button-danger{background-color:#f0506e;color:#fff;border:1px solid transparent}
.uk-button-danger:hover{background-color:#ee395b;color:#fff}
.uk-button-default:disabled,.uk-button-primary:disabled,.uk-button-secondary:disabled,.uk-button-danger:disabled{background-color:transparent;color:#999;border-color:#e5e5e5}
.uk-button-small{padding:0 15px;line-height:28px;font-size:.875rem}
.uk-button-large{padding:0 40px;line-height:53px;font-size:.875rem}
.uk-button-text{padding:0;line-height:1.5;background:none;color:#333;position:relative}
.uk-button-text::before{content:"";position:absolute;bottom:0;left:0;right:100%;border-bottom:1px solid currentColor;transition:right .3s ease-out}
.uk-button-text:hover::before{right:0}
.uk-button-text:disabled{color:#999}
.uk-button-text:disabled::before{display:none}
.uk-button-link{padding:0;line-height:1.5;background:none;color:#1e87f0;text-transform:none}
/* section, container, card */
.uk-section{display:flow-root;box-sizing:border-box;padding-top:40px;padding-bottom:40px}
@media (min-width:960px){.uk-section{padding-top:70px;padding-bottom:70px}}
.uk-section-small{padding-top:40px;padding-bottom:40px}
.uk-section-muted{background:#f8f8f8}
.uk-section-primary{background:#1e87f0}
.uk-section-secondary{background:#222}
.uk-container{display:flow-root;box-sizing:content-box;max-width:1200px;margin-left:auto;margin-right:auto;padding-left:15px;padding-right:15px}
@media (min-width:640px){.uk-container{padding-left:30px;padding-right:30px}}
@media (min-width:960px){.uk-container{padding-left:40px;padding-right:40px}}
.uk-container-small{max-width:900px}
.uk-container-xsmall{max-width:750px}
.uk-container-expand{max-width:none}
.uk-card{position:relative;box-sizing:border-box;transition:box-shadow .1s ease-in-out}
.uk-card-body{display:flow-root;padding:30px 30px}
.uk-card-header{display:flow-root;padding:15px 30px}
.uk-card-footer{display:flow-root;padding:15px 30px}
.uk-card-body>:last-child,.uk-card-header>:last-child,.uk-card-footer>:last-child{margin-bottom:0}
.uk-card-title{font-size:1.5rem;line-height:1.4}
.uk-card-default{background-color:#fff;color:#666;box-shadow:0 5px 15px rgba(0,0,0,.08)}
.uk-card-default .uk-card-title{color:#333}
.uk-card-default .uk-card-header{border-bottom:1px solid #e5e5e5}
.uk-card-default .uk-card-footer{border-top:1px solid #e5e5e5}
.uk-card-primary{background-color:#1e87f0;color:#fff;box-shadow:0 5px 15px rgba(0,0,0,.08)}
.uk-card-primary .uk-card-title{color:#fff}
.uk-card-small .uk-card-body{padding:20px 20px}
.uk-card-small .uk-card-header,.uk-card-small .uk-card-footer{padding:13px 20px}
.uk-card-hover:hover{box-shadow:0 14px 25px rgba(0,0,0,.16)}
`;

const UIKIT_CSS_2 = `/* modal */
.uk-modal{display:none;position:fixed;top:0;right:0;bottom:0;left:0;z-index:1010;overflow-y:auto;-webkit-overflow-scrolling:touch;padding:15px 15px;background:rgba(0,0,0,.6);opacity:0;transition:opacity .15s linear}
@media (min-width:640px){.uk-modal{padding:50px 30px}}
@media (min-width:960px){.uk-modal{padding-left:40px;padding-right:40px}}
.uk-modal.uk-open{opacity:1}
.uk-modal-page{overflow:hidden}
.uk-modal-dialog{position:relative;box-sizing:border-box;margin:0 auto;width:600px;max-width:100%!important;background:#fff;opacity:0;transform:translateY(-100px);transition:.3s linear;transition-property:opacity,transform}
.uk-open>.uk-modal-dialog{opacity:1;transform:translateY(0)}
.uk-modal-container .uk-modal-dialog,.uk-modal-container{width:1200px}
.uk-modal-body{display:flow-root;padding:20px 20px}
.uk-modal-header{display:flow-root;padding:10px 20px;background:#fff;border-bottom:1px solid #e5e5e5}
.uk-modal-footer{display:flow-root;padding:10px 20px;background:#fff;border-top:1px solid #e5e5e5}
@media (min-width:640px){.uk-modal-body{padding:30px 30px}.uk-modal-header,.uk-modal-footer{padding:15px 30px}}
.uk-modal-body>:last-child,.uk-modal-header>:last-child,.uk-modal-footer>:last-child{margin-bottom:0}
.uk-modal-title{font-size:2rem;line-height:1.3}
[class*=uk-modal-close-]{position:absolute;z-index:1010;top:10px;right:10px;padding:5px}
[class*=uk-modal-close-]:first-child+*{margin-top:0}
/* notification */
.uk-notification{position:fixed;top:10px;left:10px;z-index:1040;box-sizing:border-box;width:350px}
.uk-notification-top-right,.uk-notification-bottom-right{left:auto;right:10px}
.uk-notification-top-center,.uk-notification-bottom-center{left:50%;margin-left:-175px}
@media (max-width:639px){.uk-notification{left:10px;right:10px;width:auto;margin:0}}
.uk-notification-message{position:relative;padding:15px;background:#f8f8f8;color:#666;font-size:1.25rem;line-height:1.4;cursor:pointer}
*+.uk-notification-message{margin-top:10px}
.uk-notification-close{display:none;position:absolute;top:20px;right:15px}
.uk-notification-message:hover .uk-notification-close{display:block}
.uk-notification-message-primary{color:#1e87f0}
.uk-notification-message-success{color:#32d296}
.uk-notification-message-warning{color:#faa05a}
.uk-notification-message-danger{color:#f0506e}
/* nav */
.uk-nav,.uk-nav ul{margin:0;padding:0;list-style:none}
.uk-nav li>a{display:flex;align-items:center;column-gap:.25em;text-decoration:none}
.uk-nav>li>a{padding:5px 0}
ul.uk-nav-sub{padding:5px 0 5px 15px}
.uk-nav-sub ul{padding-left:15px}
.uk-nav-sub a{padding:2px 0}
.uk-nav-parent-icon .uk-parent>a::after{content:"";width:1.5em;height:1.5em;margin-left:auto;background-image:url("${SVG_PARENT_CLOSED}");background-repeat:no-repeat;background-position:50% 50%}
.uk-nav-parent-icon .uk-parent.uk-open>a::after{background-image:url("${SVG_PARENT_OPEN}")}
.uk-nav-header{padding:5px 0;text-transform:uppercase;font-size:.875rem}
.uk-nav-divider{margin:5px 0}
.uk-nav-default{font-size:.875rem;line-height:1.5}
.uk-nav-default>li>a{color:#999}
.uk-nav-default>li>a:hover{color:#666}
.uk-nav-default>li.uk-active>a{color:#333}
.uk-nav-default .uk-nav-header{color:#333}
.uk-nav-default .uk-nav-divider{border-top:1px solid #e5e5e5}
.uk-nav-default .uk-nav-sub{font-size:.875rem;line-height:1.5}
.uk-nav-default .uk-nav-sub a{color:#999}
.uk-nav-default .uk-nav-sub a:hover{color:#666}
.uk-nav-default .uk-nav-sub li.uk-active>a{color:#333}
.uk-dropdown-nav{font-size:.875rem}
.uk-dropdown-nav>li>a{color:#999}
.uk-dropdown-nav>li>a:hover,.uk-dropdown-nav>li.uk-active>a{color:#666}
.uk-dropdown-nav .uk-nav-header{color:#333}
/* navbar */
.uk-navbar{display:flex;position:relative}
.uk-navbar-container:not(.uk-navbar-transparent){background:#f8f8f8}
.uk-navbar-left,.uk-navbar-right,[class*=uk-navbar-center]{display:flex;gap:0;align-items:center}
.uk-navbar-right{margin-left:auto}
.uk-navbar-nav{display:flex;gap:0;margin:0;padding:0;list-style:none}
.uk-navbar-left,.uk-navbar-right,[class*=uk-navbar-center-]{flex-wrap:nowrap}
.uk-navbar-nav>li>a,.uk-navbar-item,.uk-navbar-toggle{display:flex;justify-content:center;align-items:center;column-gap:.25em;box-sizing:border-box;min-height:80px;font-size:.875rem;font-family:inherit;text-decoration:none}
.uk-navbar-nav>li>a{padding:0 15px;color:#999;text-transform:uppercase;transition:.1s ease-in-out;transition-property:color,background-color}
.uk-navbar-nav>li:hover>a,.uk-navbar-nav>li>a[aria-expanded=true]{color:#666}
.uk-navbar-nav>li.uk-active>a{color:#333}
.uk-navbar-item{padding:0 15px;color:#666}
.uk-navbar-toggle{padding:0 15px;color:#999}
.uk-navbar-toggle:hover{color:#666;text-decoration:none}
.uk-navbar-parent-icon{margin-left:4px}
.uk-navbar-dropdown{display:none;position:absolute;z-index:1020;box-sizing:border-box;width:200px;padding:25px;background:#fff;color:#666;box-shadow:0 5px 12px rgba(0,0,0,.15)}
.uk-navbar-dropdown.uk-open{display:block}
.uk-navbar-dropdown-nav{font-size:.875rem}
.uk-navbar-dropdown-nav>li>a{color:#999}
.uk-navbar-dropdown-nav>li>a:hover{color:#666}
.uk-logo{font-size:1.5rem;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#333;text-decoration:none}
.uk-logo:hover{color:#333;text-decoration:none}
/* drop, dropdown */
.uk-drop{display:none;position:absolute;z-index:1020;--uk-position-offset:20px;--uk-position-viewport-offset:15px;box-sizing:border-box;width:300px}
.uk-drop.uk-open{display:block}
.uk-dropdown{--uk-position-offset:10px;--uk-position-viewport-offset:15px;width:auto;min-width:200px;padding:25px;background:#fff;color:#666;box-shadow:0 5px 12px rgba(0,0,0,.15)}
.uk-dropdown>:last-child{margin-bottom:0}
/* offcanvas */
.uk-offcanvas{display:none;position:fixed;top:0;bottom:0;left:0;z-index:1000}
.uk-offcanvas-flip .uk-offcanvas{right:0;left:auto}
.uk-offcanvas-bar{--uk-inverse:light;position:absolute;top:0;bottom:0;left:0;box-sizing:border-box;width:270px;padding:20px 20px;background:#222;overflow-y:auto;-webkit-overflow-scrolling:touch;transform:translateX(-100%)}
@media (min-width:640px){.uk-offcanvas-bar{width:350px;padding:30px 30px}}
.uk-open>.uk-offcanvas-bar{transform:translateX(0)}
.uk-offcanvas-bar-animation{transition:transform .3s ease-out}
.uk-offcanvas-close{position:absolute;z-index:1000;top:5px;right:5px;padding:5px}
@media (min-width:640px){.uk-offcanvas-close{top:10px;right:10px}}
.uk-offcanvas-overlay{width:100vw;touch-action:none}
.uk-offcanvas-overlay::before{content:"";position:absolute;top:0;bottom:0;left:0;right:0;background:rgba(0,0,0,.1);opacity:0;transition:opacity .15s linear}
.uk-offcanvas-overlay.uk-open::before{opacity:1}
.uk-offcanvas-page,.uk-offcanvas-container{overflow-x:hidden;overflow-x:clip}
/* light (inverse) */
.uk-light,.uk-offcanvas-bar{color:rgba(255,255,255,.7)}
.uk-light a,.uk-offcanvas-bar a{color:#fff}
.uk-light .uk-nav-default>li>a,.uk-offcanvas-bar .uk-nav-default>li>a{color:rgba(255,255,255,.5)}
.uk-light .uk-nav-default>li>a:hover,.uk-offcanvas-bar .uk-nav-default>li>a:hover{color:rgba(255,255,255,.7)}
.uk-light .uk-nav-default>li.uk-active>a,.uk-offcanvas-bar .uk-nav-default>li.uk-active>a{color:#fff}
.uk-light .uk-nav-default .uk-nav-sub a,.uk-offcanvas-bar .uk-nav-default .uk-nav-sub a{color:rgba(255,255,255,.5)}
.uk-light .uk-nav-default .uk-nav-sub a:hover,.uk-offcanvas-bar .uk-nav-default .uk-nav-sub a:hover{color:rgba(255,255,255,.7)}
.uk-light .uk-nav-default .uk-nav-sub li.uk-active>a,.uk-offcanvas-bar .uk-nav-default .uk-nav-sub li.uk-active>a{color:#fff}
.uk-light .uk-nav-default .uk-nav-header,.uk-offcanvas-bar .uk-nav-default .uk-nav-header{color:#fff}
.uk-light .uk-nav-default .uk-nav-divider,.uk-offcanvas-bar .uk-nav-default .uk-nav-divider{border-top-color:rgba(255,255,255,.2)}
.uk-offcanvas-bar .uk-close{color:rgba(255,255,255,.5)}
.uk-section-primary h1,.uk-section-primary h2,.uk-section-primary .uk-text-lead,.uk-light h1,.uk-light h2{color:#fff}
/* breadcrumb, list, divider */
.uk-breadcrumb{padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:0 20px}
.uk-breadcrumb>*{flex:none}
.uk-breadcrumb>*>*{font-size:.875rem;color:#999}
.uk-breadcrumb>:last-child>span,.uk-breadcrumb>:last-child>a:not([href]){color:#666}
.uk-breadcrumb>:nth-child(n+2):not(.uk-first-column)::before{content:"/";display:inline-block;margin:0 0 0 calc(0px - 20px + 20px);margin-right:20px;font-size:.875rem;color:#999}
.uk-list{padding:0;list-style:none}
.uk-list>*>:last-child{margin-bottom:0}
.uk-list>:nth-child(n+2){margin-top:10px}
.uk-list-divider>:nth-child(n+2){margin-top:10px;padding-top:10px;border-top:1px solid #e5e5e5}
/* grid */
.uk-grid{display:flex;flex-wrap:wrap;margin:0;padding:0;list-style:none}
.uk-grid>*{margin:0}
.uk-grid>*>:last-child{margin-bottom:0}
.uk-grid{margin-left:-30px}
.uk-grid>*{padding-left:30px}
.uk-grid+.uk-grid,.uk-grid>.uk-grid-margin,*+.uk-grid-margin{margin-top:30px}
.uk-grid-small{margin-left:-15px}
.uk-grid-small>*{padding-left:15px}
.uk-grid+.uk-grid-small,.uk-grid-small>.uk-grid-margin{margin-top:15px}
.uk-grid-medium{margin-left:-30px}
.uk-grid-medium>*{padding-left:30px}
.uk-grid-match>*{display:flex;flex-wrap:wrap}
.uk-grid-match>*>:not([class*=uk-width]){box-sizing:border-box;width:100%;flex:auto}
[class*=uk-child-width]>*{box-sizing:border-box;width:100%}
.uk-child-width-auto>*{width:auto}
@media (min-width:640px){.uk-child-width-1-2\\@s>*{width:50%}.uk-child-width-1-3\\@s>*{width:calc(100% * 1 / 3.001)}}
@media (min-width:960px){.uk-child-width-1-2\\@m>*{width:50%}.uk-child-width-1-3\\@m>*{width:calc(100% * 1 / 3.001)}.uk-child-width-1-4\\@m>*{width:25%}}
[class*=uk-width]{box-sizing:border-box;width:100%;max-width:100%}
.uk-width-1-1{width:100%}
.uk-width-auto{width:auto}
.uk-width-expand{flex:1;min-width:1px}
.uk-width-medium{width:300px}
.uk-width-large{width:450px}
@media (min-width:960px){.uk-width-1-2\\@m{width:50%}.uk-width-2-3\\@m{width:calc(100% * 2 / 3.001)}.uk-width-1-3\\@m{width:calc(100% * 1 / 3.001)}}
/* flex, inline, position, utility */
.uk-flex{display:flex}
.uk-flex-inline{display:inline-flex}
.uk-flex-center{justify-content:center}
.uk-flex-between{justify-content:space-between}
.uk-flex-middle{align-items:center}
.uk-flex-wrap{flex-wrap:wrap}
.uk-inline{display:inline-block;position:relative;max-width:100%;vertical-align:middle;-webkit-backface-visibility:hidden}
.uk-position-relative{position:relative!important}
.uk-display-block{display:block!important}
.uk-display-inline-block{display:inline-block!important}
.uk-overflow-auto{overflow:auto;-webkit-overflow-scrolling:touch}
.uk-height-max-medium{max-height:300px}
.uk-margin{margin-bottom:20px}
*+.uk-margin{margin-top:20px!important}
.uk-margin-top{margin-top:20px!important}
.uk-margin-bottom{margin-bottom:20px!important}
.uk-margin-remove{margin:0!important}
.uk-margin-remove-bottom{margin-bottom:0!important}
.uk-margin-remove-top{margin-top:0!important}
.uk-margin-small{margin-bottom:10px}
*+.uk-margin-small{margin-top:10px!important}
.uk-margin-small-top{margin-top:10px!important}
.uk-margin-small-bottom{margin-bottom:10px!important}
.uk-margin-small-left{margin-left:10px!important}
.uk-margin-small-right{margin-right:10px!important}
.uk-margin-medium{margin-bottom:40px}
*+.uk-margin-medium{margin-top:40px!important}
.uk-margin-medium-top{margin-top:40px!important}
.uk-margin-auto{margin-left:auto!important;margin-right:auto!important}
.uk-padding{padding:30px}
@media (min-width:1200px){.uk-padding{padding:40px}}
.uk-padding-small{padding:15px}
.uk-padding-remove-vertical{padding-top:0!important;padding-bottom:0!important}
.uk-text-lead{font-size:1.5rem;line-height:1.5;color:#333}
.uk-text-meta{font-size:.875rem;line-height:1.4;color:#999}
.uk-text-small{font-size:.875rem;line-height:1.5}
.uk-text-large{font-size:1.5rem;line-height:1.5}
.uk-text-bold{font-weight:bolder}
.uk-text-uppercase{text-transform:uppercase!important}
.uk-text-muted{color:#999!important}
.uk-text-emphasis{color:#333!important}
.uk-text-primary{color:#1e87f0!important}
.uk-text-success{color:#32d296!important}
.uk-text-warning{color:#faa05a!important}
.uk-text-danger{color:#f0506e!important}
.uk-text-left{text-align:left!important}
.uk-text-right{text-align:right!important}
.uk-text-center{text-align:center!important}
.uk-text-nowrap{white-space:nowrap}
.uk-background-muted{background-color:#f8f8f8}
.uk-background-default{background-color:#fff}
.uk-box-shadow-small{box-shadow:0 2px 8px rgba(0,0,0,.08)}
.uk-border-rounded{border-radius:5px}
/* animation */
.uk-animation-fade{animation-name:uk-fade;animation-duration:.2s;animation-timing-function:linear}
.uk-animation-slide-top-small{animation-name:uk-fade-top-small;animation-duration:.2s;animation-timing-function:ease-out}
@keyframes uk-fade{0%{opacity:0}100%{opacity:1}}
@keyframes uk-fade-top-small{0%{opacity:0;transform:translateY(-10px)}100%{opacity:1;transform:translateY(0)}}
.uk-animation-reverse{animation-direction:reverse;animation-timing-function:ease-in}
`;

/** The site's own theme.css: NIC colours, the fixed left column, the login card, the OTP boxes. */
const SITE_CSS = `/* e-Invoice portal theme (site) */
body{background:#f3f5f8}
.tm-topbar{background:#0b3d6e;color:#dbe6f3;font-size:.8rem;line-height:28px}
.tm-topbar a{color:#fff}
.tm-navbar.uk-navbar-container:not(.uk-navbar-transparent){background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.08);position:relative;z-index:990}
.tm-navbar .uk-navbar-item,.tm-navbar .uk-navbar-toggle,.tm-navbar .uk-navbar-nav>li>a{min-height:64px}
.tm-navbar .uk-logo{display:flex;align-items:center;gap:10px;font-size:1.25rem;color:#0b3d6e}
.tm-logo-mark{width:38px;height:38px;border-radius:50%;background:#0b3d6e;color:#fff;display:inline-flex;align-items:center;justify-content:center;font-size:.75rem;font-weight:700;letter-spacing:.5px}
.tm-logo-sub{display:block;font-size:.7rem;color:#888;text-transform:uppercase;letter-spacing:.6px}
.tm-hero{background:linear-gradient(120deg,#0b3d6e 0%,#1e87f0 100%)}
.tm-hero .uk-text-lead{color:rgba(255,255,255,.85)}
.tm-footer{background:#0b3d6e;color:rgba(255,255,255,.7);font-size:.8rem;padding:20px 0}
.tm-footer a{color:#fff}
.tm-captcha{display:flex;align-items:center;gap:10px}
.tm-captcha img{border:1px solid #e5e5e5;background:#fff}
.tm-login-dialog{width:440px}
.tm-card-narrow{max-width:460px;margin:40px auto}
@media (min-width:960px){
  #tm-sidebar.uk-offcanvas{display:block!important;top:64px;width:260px;z-index:980}
  #tm-sidebar>.uk-offcanvas-bar{transform:none;width:260px;padding:20px 20px}
  #tm-sidebar .uk-offcanvas-close{display:none}
  .tm-main{margin-left:260px}
}
#tm-sidebar .uk-offcanvas-bar{background:#10263f}
.tm-sidebar-user{border-bottom:1px solid rgba(255,255,255,.15);padding-bottom:15px;margin-bottom:15px}
.tm-sidebar-user .tm-gstin{color:#fff;font-weight:600;letter-spacing:.5px}
.tm-main{min-height:calc(100vh - 64px);box-sizing:border-box}
.tm-main>.uk-container{padding-top:25px;padding-bottom:40px}
.tm-stat{font-size:2.4rem;color:#0b3d6e;line-height:1.1}
.tm-form-prefix{width:48px;color:#333;font-weight:600;font-size:.9rem;border-right:1px solid #e5e5e5}
.tm-form-prefix~.uk-input{padding-left:58px!important}
.tm-otp .uk-input{text-align:center;font-size:1.25rem;padding:0}
.tm-autocomplete{z-index:2}
.tm-autocomplete .uk-dropdown{padding:10px 0;max-height:260px;overflow-y:auto;left:0;right:0;top:44px}
.tm-autocomplete .uk-dropdown-nav>li>a{padding:6px 15px}
.tm-autocomplete .uk-dropdown-nav>li.uk-active>a{background:#f0f6fe;color:#1e87f0}
.tm-autocomplete .uk-dropdown-nav>li.tm-empty{padding:6px 15px;color:#999}
.tm-required{color:#f0506e}
.tm-radio-list label{display:inline-block;margin:0 25px 8px 0;color:#333;cursor:pointer}
`;

// ---------------------------------------------------------------------------------------------------
// uikit.min.js: a hand-written runtime reproducing the UIkit 3 components this site uses
// ---------------------------------------------------------------------------------------------------

const UIKIT_JS = String.raw`/*! UIkit 3.16.x (subset) | https://www.getuikit.com | (c) 2014 - 2023 YOOtheme | MIT License */
(function (window, document) {
  'use strict';
  var UIkit = { version: '3.16.26', icons: {}, components: {} };
  var DATA = '__uikit__';
  var active = [];
  function assign(t) { for (var i = 1; i < arguments.length; i++) { var s = arguments[i] || {}; for (var k in s) if (Object.prototype.hasOwnProperty.call(s, k)) t[k] = s[k]; } return t; }
  function camel(s) { return s.replace(/-(\w)/g, function (m, c) { return c.toUpperCase(); }); }
  function toEl(el) { return typeof el === 'string' ? document.querySelector(el) : el && el.jquery ? el[0] : el; }
  function trigger(el, type, detail) { var e = new CustomEvent(type, { bubbles: true, cancelable: true, detail: detail }); el.dispatchEvent(e); return !e.defaultPrevented; }
  function fragment(html) { var t = document.createElement('template'); t.innerHTML = html.trim(); return t.content.firstElementChild; }
  function parseOptions(str) {
    var o = {}; if (!str) return o; str = String(str).trim();
    if (str.charAt(0) === '{') { try { return JSON.parse(str); } catch (e) { return o; } }
    if (str.indexOf(':') < 0) { o._ = str; return o; }
    str.split(';').forEach(function (p) {
      var i = p.indexOf(':'); if (i < 0) return;
      var k = camel(p.slice(0, i).trim()), v = p.slice(i + 1).trim();
      o[k] = v === 'true' ? true : v === 'false' ? false : v !== '' && !isNaN(v) ? Number(v) : v;
    });
    return o;
  }
  function attrOf(el, name) { return el.hasAttribute('uk-' + name) ? el.getAttribute('uk-' + name) : el.getAttribute('data-uk-' + name); }

  function component(name, Ctor) {
    UIkit.components[name] = Ctor;
    UIkit[camel(name)] = function (el, options) {
      el = toEl(el); if (!el) return null;
      var data = el[DATA] || (el[DATA] = {});
      if (!data[name]) {
        data[name] = new Ctor(el, assign(parseOptions(attrOf(el, name)), options));
        data[name].$name = name;
        data[name].$destroy = function (removeEl) { delete data[name]; if (removeEl && el.parentNode) el.parentNode.removeChild(el); };
      }
      return data[name];
    };
  }
  function init(root) {
    if (!root || root.nodeType !== 1) return;
    Object.keys(UIkit.components).forEach(function (name) {
      var sel = '[uk-' + name + '],[data-uk-' + name + ']';
      var list = Array.prototype.slice.call(root.querySelectorAll(sel));
      if (root.matches(sel)) list.unshift(root);
      list.forEach(function (el) { UIkit[camel(name)](el); });
    });
  }
  UIkit.update = function (el) { init(toEl(el) || document.body); };
  UIkit.util = { on: function (el, type, fn) { toEl(el).addEventListener(type, fn); }, trigger: trigger, assign: assign };

  /* icon */
  function svgFor(name, ratio) {
    var icon = UIkit.icons[name]; if (!icon) return '';
    var svg = fragment(icon);
    if (ratio && ratio !== 1) {
      svg.setAttribute('width', String(+svg.getAttribute('width') * ratio));
      svg.setAttribute('height', String(+svg.getAttribute('height') * ratio));
    }
    svg.setAttribute('aria-hidden', 'true');
    return svg;
  }
  function insertIcon(el, name, ratio) {
    if (el.querySelector('svg')) return;
    var svg = svgFor(name, ratio); if (svg) el.insertBefore(svg, el.firstChild);
  }
  function IconC(el, o) { el.classList.add('uk-icon'); insertIcon(el, o.icon || o._, o.ratio); }
  component('icon', IconC);
  component('close', function (el, o) {
    el.classList.add('uk-close', 'uk-icon');
    if (!el.hasAttribute('aria-label')) el.setAttribute('aria-label', 'Close');
    var large = el.classList.contains('uk-modal-close-full') || el.classList.contains('uk-close-large');
    insertIcon(el, o.icon || (large ? 'close-large' : 'close-icon'), o.ratio);
  });
  component('navbar-toggle-icon', function (el) { el.classList.add('uk-navbar-toggle-icon', 'uk-icon'); insertIcon(el, 'navbar-toggle-icon'); });
  component('navbar-parent-icon', function (el) { el.classList.add('uk-navbar-parent-icon', 'uk-icon'); insertIcon(el, 'navbar-parent-icon'); });
  component('spinner', function (el, o) { el.classList.add('uk-spinner', 'uk-icon'); insertIcon(el, 'spinner', o.ratio); });

  /* grid (class + first column only) */
  component('grid', function (el) { el.classList.add('uk-grid'); if (el.firstElementChild) el.firstElementChild.classList.add('uk-first-column'); });

  /* modal */
  function Modal(el, o) {
    var self = this;
    this.$el = el;
    this.o = assign({ bgClose: true, escClose: true, stack: false, container: true }, o);
    el.classList.add('uk-modal');
    el.setAttribute('tabindex', '-1');
    this.panel = el.querySelector('.uk-modal-dialog');
    if (this.panel) { this.panel.setAttribute('role', 'dialog'); this.panel.setAttribute('aria-modal', 'true'); }
    el.addEventListener('click', function (e) {
      var close = e.target.closest('.uk-modal-close, .uk-modal-close-default, .uk-modal-close-outside, .uk-modal-close-full');
      if (close && close.closest('.uk-modal') === el) { e.preventDefault(); self.hide(); return; }
      if (e.target === el && self._downOnBg && self.o.bgClose) self.hide();
    });
    el.addEventListener('mousedown', function (e) { self._downOnBg = e.target === el; });
  }
  Modal.prototype.isToggled = function () { return this.$el.classList.contains('uk-open'); };
  Modal.prototype.toggle = function () { return this.isToggled() ? this.hide() : this.show(); };
  Modal.prototype.show = function () {
    var self = this, el = this.$el;
    if (this.isToggled()) return Promise.resolve();
    if (this.o.container && el.parentNode !== document.body) document.body.appendChild(el);
    var prev = active[active.length - 1];
    if (prev && prev !== this && !this.o.stack) return prev.hide().then(function () { return self.show(); });
    if (!trigger(el, 'beforeshow', [this])) return Promise.reject();
    clearTimeout(this._timer);
    active.push(this);
    document.documentElement.classList.add(this.clsPage || 'uk-modal-page');
    el.style.display = 'block';
    void el.offsetWidth;
    el.classList.add('uk-open');
    trigger(el, 'show', [this]);
    return new Promise(function (resolve) {
      self._timer = setTimeout(function () {
        if (!el.contains(document.activeElement)) {
          var focus = el.querySelector('[autofocus]');
          (focus || el).focus({ preventScroll: true });
        }
        trigger(el, 'shown', [self]); resolve();
      }, 300);
    });
  };
  Modal.prototype.hide = function () {
    var self = this, el = this.$el;
    if (!this.isToggled()) return Promise.resolve();
    if (!trigger(el, 'beforehide', [this])) return Promise.reject();
    var i = active.indexOf(this); if (i >= 0) active.splice(i, 1);
    clearTimeout(this._timer);
    el.classList.remove('uk-open');
    trigger(el, 'hide', [this]);
    return new Promise(function (resolve) {
      self._timer = setTimeout(function () {
        el.style.display = '';
        if (!active.some(function (m) { return m.$name === 'modal'; })) document.documentElement.classList.remove('uk-modal-page');
        trigger(el, 'hidden', [self]); resolve();
      }, 300);
    });
  };
  component('modal', Modal);
  UIkit.modal.labels = { ok: 'Ok', cancel: 'Cancel' };
  UIkit.modal.dialog = function (content, options) {
    var el = fragment('<div class="uk-modal"> <div class="uk-modal-dialog">' + content + '</div> </div>');
    document.body.appendChild(el);
    var dialog = UIkit.modal(el, assign({ bgClose: false, escClose: true, stack: false }, options));
    el.addEventListener('hidden', function (e) { if (e.target === el) Promise.resolve().then(function () { dialog.$destroy(true); }); });
    init(el);
    dialog.show();
    return dialog;
  };
  UIkit.modal.alert = function (message, options) {
    options = assign({ labels: UIkit.modal.labels }, options);
    return new Promise(function (resolve) {
      var dialog = UIkit.modal.dialog(' <div class="uk-modal-body">' + message + '</div> <div class="uk-modal-footer uk-text-right"> <button class="uk-button uk-button-primary uk-modal-close" autofocus>' + options.labels.ok + '</button> </div> ', options);
      dialog.$el.addEventListener('hide', function (e) { if (e.target === dialog.$el) resolve(); });
    });
  };
  UIkit.modal.confirm = function (message, options) {
    options = assign({ labels: UIkit.modal.labels }, options);
    return new Promise(function (resolve, reject) {
      var resolved = false;
      var dialog = UIkit.modal.dialog(' <form> <div class="uk-modal-body">' + message + '</div> <div class="uk-modal-footer uk-text-right"> <button class="uk-button uk-button-default uk-modal-close" type="button">' + options.labels.cancel + '</button> <button class="uk-button uk-button-primary" autofocus>' + options.labels.ok + '</button> </div> </form> ', options);
      dialog.$el.addEventListener('submit', function (e) { e.preventDefault(); resolved = true; resolve(); dialog.hide(); });
      dialog.$el.addEventListener('hide', function (e) { if (e.target === dialog.$el && !resolved) reject(); });
    });
  };

  /* offcanvas */
  function Offcanvas(el, o) {
    var self = this;
    this.$el = el;
    this.o = assign({ overlay: false, flip: false, mode: 'slide', bgClose: true, escClose: true, container: true }, o);
    el.classList.add('uk-offcanvas');
    this.panel = el.querySelector('.uk-offcanvas-bar');
    el.addEventListener('click', function (e) {
      var close = e.target.closest('.uk-offcanvas-close');
      if (close) { e.preventDefault(); self.hide(); return; }
      var link = e.target.closest('a[href]');
      if (link && self.isToggled() && link.getAttribute('href').charAt(0) !== '#') { self.hide(); return; }
      if (e.target === el && self.o.bgClose && self.isToggled()) self.hide();
    });
  }
  Offcanvas.prototype.isToggled = function () { return this.$el.classList.contains('uk-open'); };
  Offcanvas.prototype.toggle = Modal.prototype.toggle;
  Offcanvas.prototype.show = function () {
    var self = this, el = this.$el;
    if (this.isToggled()) return Promise.resolve();
    if (this.o.container && el.parentNode !== document.body) document.body.appendChild(el);
    if (!trigger(el, 'beforeshow', [this])) return Promise.reject();
    active.push(this);
    el.style.display = 'block';
    if (this.o.overlay) el.classList.add('uk-offcanvas-overlay');
    if (this.panel) this.panel.classList.add('uk-offcanvas-bar-animation');
    document.documentElement.classList.add('uk-offcanvas-page');
    document.body.classList.add('uk-offcanvas-container');
    void el.offsetWidth;
    el.classList.add('uk-open');
    trigger(el, 'show', [this]);
    return new Promise(function (resolve) { setTimeout(function () { trigger(el, 'shown', [self]); resolve(); }, 300); });
  };
  Offcanvas.prototype.hide = function () {
    var self = this, el = this.$el;
    if (!this.isToggled()) return Promise.resolve();
    if (!trigger(el, 'beforehide', [this])) return Promise.reject();
    var i = active.indexOf(this); if (i >= 0) active.splice(i, 1);
    el.classList.remove('uk-open');
    trigger(el, 'hide', [this]);
    return new Promise(function (resolve) {
      setTimeout(function () {
        el.style.display = '';
        el.classList.remove('uk-offcanvas-overlay');
        if (self.panel) self.panel.classList.remove('uk-offcanvas-bar-animation');
        document.documentElement.classList.remove('uk-offcanvas-page');
        document.body.classList.remove('uk-offcanvas-container');
        trigger(el, 'hidden', [self]); resolve();
      }, 300);
    });
  };
  component('offcanvas', Offcanvas);

  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape' && e.keyCode !== 27) return;
    var top = active[active.length - 1];
    if (top && top.o.escClose) { e.preventDefault(); top.hide(); }
  });

  /* nav (accordion): content wrapped in a bare <div> while its height animates */
  function Nav(el, o) {
    var self = this;
    this.$el = el;
    this.o = assign({ multiple: false, collapsible: true, duration: 200, transition: 'ease' }, o);
    el.classList.add('uk-nav');
    this.items().forEach(function (li) {
      var a = self.toggleOf(li), content = self.contentOf(li);
      if (!a || !content) return;
      var open = li.classList.contains('uk-open');
      a.setAttribute('aria-expanded', open ? 'true' : 'false');
      content.hidden = !open;
    });
    el.addEventListener('click', function (e) {
      var a = e.target.closest('a'); if (!a) return;
      var li = a.parentNode;
      if (!li || li.parentNode !== el || !li.classList.contains('uk-parent') || self.toggleOf(li) !== a) return;
      e.preventDefault();
      self.toggle(li);
    });
  }
  Nav.prototype.items = function () { return Array.prototype.filter.call(this.$el.children, function (li) { return li.classList.contains('uk-parent'); }); };
  Nav.prototype.toggleOf = function (li) { var a = li.firstElementChild; return a && a.tagName === 'A' ? a : null; };
  Nav.prototype.contentOf = function (li) {
    if (li._wrapper) return li._wrapper.firstElementChild;
    return Array.prototype.filter.call(li.children, function (c) { return c.tagName === 'UL'; })[0] || null;
  };
  Nav.prototype.toggle = function (li) {
    var self = this, show = !li.classList.contains('uk-open');
    var open = this.items().filter(function (o) { return o.classList.contains('uk-open'); });
    if (!show && !this.o.collapsible && open.length < 2) return;
    if (show && !this.o.multiple) open.forEach(function (o) { if (o !== li) self.animate(o, false); });
    this.animate(li, show);
  };
  Nav.prototype.animate = function (li, show) {
    var self = this, a = this.toggleOf(li), content = this.contentOf(li);
    if (!content) return;
    li.classList.toggle('uk-open', show);
    if (a) a.setAttribute('aria-expanded', show ? 'true' : 'false');
    trigger(li, show ? 'beforeshow' : 'beforehide');
    var wrap = li._wrapper, start;
    if (wrap) { start = wrap.offsetHeight; } else {
      wrap = document.createElement('div');
      content.parentNode.insertBefore(wrap, content);
      wrap.appendChild(content);
      li._wrapper = wrap;
      start = show ? 0 : content.offsetHeight;
    }
    content.hidden = false;
    wrap.style.overflow = 'hidden';
    wrap.style.transition = 'none';
    wrap.style.height = start + 'px';
    var end = show ? content.offsetHeight : 0;
    void wrap.offsetHeight;
    wrap.style.transition = 'height ' + this.o.duration + 'ms ' + this.o.transition;
    wrap.style.height = end + 'px';
    clearTimeout(li._navTimer);
    li._navTimer = setTimeout(function () {
      if (!show) content.hidden = true;
      if (wrap.parentNode) { wrap.parentNode.insertBefore(content, wrap); wrap.parentNode.removeChild(wrap); }
      li._wrapper = null;
      trigger(li, show ? 'shown' : 'hidden');
    }, this.o.duration);
    void self;
  };
  component('nav', Nav);

  /* alert */
  function Alert(el, o) {
    var self = this;
    this.$el = el;
    this.o = assign({ animation: true, duration: 150, selClose: '.uk-alert-close' }, o);
    el.classList.add('uk-alert');
    el.addEventListener('click', function (e) {
      var close = e.target.closest(self.o.selClose);
      if (close && el.contains(close)) { e.preventDefault(); self.close(); }
    });
  }
  Alert.prototype.close = function () {
    var el = this.$el, d = this.o.duration;
    if (!trigger(el, 'beforehide', [this])) return;
    el.style.overflow = 'hidden';
    el.style.height = el.offsetHeight + 'px';
    void el.offsetHeight;
    el.style.transition = 'opacity ' + d + 'ms ease-out, height ' + d + 'ms ease-out, padding ' + d + 'ms ease-out, margin ' + d + 'ms ease-out';
    el.style.opacity = '0'; el.style.height = '0px';
    el.style.paddingTop = el.style.paddingBottom = '0px';
    el.style.marginTop = el.style.marginBottom = '0px';
    trigger(el, 'hide', [this]);
    setTimeout(function () { trigger(el, 'hidden'); if (el.parentNode) el.parentNode.removeChild(el); }, d);
  };
  component('alert', Alert);

  /* toggle */
  component('toggle', function (el, o) {
    var target = o.target || o._ || el.getAttribute('href');
    el.setAttribute('aria-expanded', 'false');
    if (target && target.charAt(0) === '#') el.setAttribute('aria-controls', target.slice(1));
    el.addEventListener('click', function (e) {
      if (!target || target === '#') return;
      var t = document.querySelector(target); if (!t) return;
      e.preventDefault();
      var c = t.hasAttribute('uk-modal') ? UIkit.modal(t) : t.hasAttribute('uk-offcanvas') ? UIkit.offcanvas(t) : null;
      if (c) { c.toggle(); return; }
      if (o.cls) { t.classList.toggle(o.cls); return; }
      t.hidden = !t.hidden;
      el.setAttribute('aria-expanded', String(!t.hidden));
    });
  });

  /* navbar: dropdowns open on hover (and click) */
  component('navbar', function (el) {
    el.classList.add('uk-navbar');
    Array.prototype.forEach.call(el.querySelectorAll('.uk-navbar-nav > li'), function (li) {
      var drop = li.querySelector(':scope > .uk-navbar-dropdown'), a = li.querySelector(':scope > a');
      if (!drop || !a) return;
      var timer;
      a.setAttribute('aria-haspopup', 'true'); a.setAttribute('aria-expanded', 'false');
      function show() {
        clearTimeout(timer);
        drop.classList.add('uk-open', 'uk-navbar-dropdown-bottom-right');
        drop.style.top = (li.offsetTop + li.offsetHeight) + 'px';
        drop.style.left = Math.max(0, li.offsetLeft + li.offsetWidth - drop.offsetWidth) + 'px';
        a.setAttribute('aria-expanded', 'true');
      }
      function hide() { drop.classList.remove('uk-open'); a.setAttribute('aria-expanded', 'false'); }
      li.addEventListener('mouseenter', show);
      li.addEventListener('mouseleave', function () { timer = setTimeout(hide, 200); });
      a.addEventListener('click', function (e) { if (a.getAttribute('href') === '#') e.preventDefault(); drop.classList.contains('uk-open') ? hide() : show(); });
      document.addEventListener('click', function (e) { if (!li.contains(e.target)) hide(); });
    });
  });

  /* drop */
  function Drop(el, o) {
    var self = this;
    this.$el = el;
    this.o = assign({ mode: 'click', pos: 'bottom-left', toggle: '- *', offset: false, animation: 'uk-animation-fade', duration: 200 }, o);
    el.classList.add('uk-drop');
    this.target = el.previousElementSibling;
    if (this.o.toggle !== false && this.target) {
      this.target.addEventListener('click', function (e) { e.preventDefault(); self.isToggled() ? self.hide() : self.show(); });
    }
    document.addEventListener('click', function (e) {
      if (!self.isToggled() || el.contains(e.target) || (self.target && self.target.contains(e.target))) return;
      self.hide();
    });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && self.isToggled()) self.hide(); });
  }
  Drop.prototype.isToggled = function () { return this.$el.classList.contains('uk-open'); };
  Drop.prototype.show = function () {
    var el = this.$el, t = this.target, pos = String(this.o.pos);
    if (this.isToggled()) return;
    if (!trigger(el, 'beforeshow', [this])) return;
    el.className = el.className.replace(/\buk-(drop|dropdown)-(top|bottom|left|right)(-\w+)?\b/g, '').trim();
    el.classList.add('uk-open', 'uk-drop-' + pos);
    if (t) {
      var offset = this.o.offset === false ? 5 : +this.o.offset;
      el.style.top = (t.offsetTop + t.offsetHeight + offset) + 'px';
      el.style.left = t.offsetLeft + 'px';
      if (pos.indexOf('justify') >= 0) el.style.width = t.offsetWidth + 'px';
    }
    if (this.o.animation) {
      var cls = this.o.animation;
      el.classList.add(cls);
      setTimeout(function () { el.classList.remove(cls); }, this.o.duration);
    }
    trigger(el, 'show', [this]); trigger(el, 'shown', [this]);
  };
  Drop.prototype.hide = function () {
    var el = this.$el;
    if (!this.isToggled()) return;
    if (!trigger(el, 'beforehide', [this])) return;
    el.classList.remove('uk-open');
    trigger(el, 'hide', [this]); trigger(el, 'hidden', [this]);
  };
  component('drop', Drop);

  /* notification */
  UIkit.notification = function (options, status) {
    if (typeof options === 'string') options = { message: options };
    if (typeof status === 'string') options.status = status; else if (status) assign(options, status);
    var o = assign({ message: '', status: '', timeout: 5000, group: null, pos: 'top-center' }, options);
    var container = document.querySelector('.uk-notification.uk-notification-' + o.pos);
    if (!container) {
      container = fragment('<div class="uk-notification uk-notification-' + o.pos + '"></div>');
      document.body.appendChild(container);
    }
    var el = fragment('<div class="uk-notification-message' + (o.status ? ' uk-notification-message-' + o.status : '') + '" role="alert"> <a href class="uk-notification-close" data-uk-close></a> <div>' + o.message + '</div> </div>');
    container.appendChild(el);
    init(el);
    var top = o.pos.indexOf('top') === 0, margin = top ? 'marginTop' : 'marginBottom';
    el.style.opacity = '0';
    el.style[margin] = (-el.offsetHeight) + 'px';
    void el.offsetHeight;
    el.style.transition = 'opacity 150ms linear, margin 150ms linear';
    el.style.opacity = '1';
    el.style[margin] = '0px';
    var closed = false, timer;
    function close() {
      if (closed) return; closed = true; clearTimeout(timer);
      trigger(el, 'close');
      el.style.opacity = '0';
      el.style[margin] = (-el.offsetHeight) + 'px';
      setTimeout(function () {
        var parent = el.parentNode;
        if (parent) parent.removeChild(el);
        if (parent && !parent.children.length && parent.parentNode) parent.parentNode.removeChild(parent);
      }, 150);
    }
    function start() { if (o.timeout) timer = setTimeout(close, o.timeout); }
    el.addEventListener('click', function (e) { if (e.target.closest('a[href="#"],a[href=""]')) e.preventDefault(); close(); });
    el.addEventListener('mouseenter', function () { clearTimeout(timer); });
    el.addEventListener('mouseleave', start);
    start();
    return { $el: el, close: close };
  };
  UIkit.notification.closeAll = function () {
    Array.prototype.forEach.call(document.querySelectorAll('.uk-notification-message'), function (m) { m.click(); });
  };

  UIkit.icon.add = function (icons) { assign(UIkit.icons, icons); };
  window.UIkit = UIkit;

  function boot() {
    init(document.body);
    new MutationObserver(function (records) {
      records.forEach(function (r) { Array.prototype.forEach.call(r.addedNodes, function (n) { if (n.nodeType === 1) init(n); }); });
    }).observe(document.body, { childList: true, subtree: true });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot); else boot();
})(window, document);
`;

/** uikit-icons.min.js: the handful of icons the site uses (UIkit's 20x20 line icons, redrawn). */
const UIKIT_ICONS_JS = `/*! UIkit 3.16.x icons (subset) */
(function (UIkit) {
  var s = function (w, h, body) { return '<svg width="' + w + '" height="' + h + '" viewBox="0 0 ' + w + ' ' + h + '" xmlns="http://www.w3.org/2000/svg">' + body + '</svg>'; };
  var L = function (d) { return '<path fill="none" stroke="#000" stroke-width="1.1" d="' + d + '"></path>'; };
  UIkit.icon.add({
    'close-icon': s(14, 14, '<line fill="none" stroke="#000" stroke-width="1.1" x1="1" y1="1" x2="13" y2="13"></line><line fill="none" stroke="#000" stroke-width="1.1" x1="13" y1="1" x2="1" y2="13"></line>'),
    'close-large': s(20, 20, '<line fill="none" stroke="#000" stroke-width="1.4" x1="1" y1="1" x2="19" y2="19"></line><line fill="none" stroke="#000" stroke-width="1.4" x1="19" y1="1" x2="1" y2="19"></line>'),
    'navbar-toggle-icon': s(20, 20, '<rect y="9" width="20" height="2"></rect><rect y="3" width="20" height="2"></rect><rect y="15" width="20" height="2"></rect>'),
    'navbar-parent-icon': s(12, 12, '<polyline fill="none" stroke="#000" stroke-width="1.1" points="1 3.5 6 8.5 11 3.5"></polyline>'),
    spinner: s(30, 30, '<circle fill="none" stroke="#000" cx="15" cy="15" r="14"></circle>'),
    refresh: s(20, 20, L('M17.08,11.15 C17.09,11.31 17.1,11.47 17.1,11.64 C17.1,15.53 13.94,18.69 10.05,18.69 C6.16,18.68 3,15.53 3,11.63 C3,7.74 6.16,4.58 10.05,4.58 C10.9,4.58 11.71,4.73 12.46,5') + '<polyline fill="none" stroke="#000" points="9.9 2 12.79 4.89 9.79 7.9"></polyline>'),
    search: s(20, 20, '<circle fill="none" stroke="#000" stroke-width="1.1" cx="9" cy="9" r="7"></circle>' + L('M14,14 L18,18')),
    user: s(20, 20, '<circle fill="none" stroke="#000" stroke-width="1.1" cx="9.9" cy="6.4" r="4.4"></circle>' + L('M1.5,19 C2.3,14.5 5.8,11.2 10,11.2 C14.2,11.2 17.7,14.6 18.5,19.2')),
    users: s(20, 20, '<circle fill="none" stroke="#000" stroke-width="1.1" cx="7.7" cy="8.6" r="3.5"></circle>' + L('M1,18.1 C1.7,14.6 4.4,12.1 7.6,12.1 C10.9,12.1 13.7,14.8 14.3,18.3') + L('M11.4,4 C12.8,2.4 15.4,2.8 16.3,4.7 C17.2,6.6 15.9,8.9 13.9,9 C16.1,9.2 18.4,11.3 19,14.1')),
    lock: s(20, 20, '<rect fill="none" stroke="#000" height="10" width="13" y="8.5" x="3.5"></rect>' + L('M6.5,8 L6.5,4.88 C6.5,3.01 8.07,1.5 10,1.5 C11.93,1.5 13.5,3.01 13.5,4.88 L13.5,8')),
    'sign-out': s(20, 20, '<polygon points="13.1 13.4 12.5 12.8 15.28 10 8 10 8 9 15.28 9 12.5 6.2 13.1 5.62 17 9.5"></polygon><polygon points="13 2 3 2 3 17 13 17 13 16 4 16 4 3 13 3"></polygon>'),
    home: s(20, 20, '<polygon points="18.65 11.35 10 2.71 1.35 11.35 0.65 10.65 10 1.29 19.35 10.65"></polygon><polygon points="15 4 18 4 18 7 17 7 17 5 15 5"></polygon><polygon points="3 11 4 11 4 18 7 18 7 12 12 12 12 18 16 18 16 11 17 11 17 19 11 19 11 13 8 13 8 19 3 19"></polygon>'),
    'file-text': s(20, 20, '<rect fill="none" stroke="#000" width="13" height="17" x="3.5" y="1.5"></rect><line fill="none" stroke="#000" x1="6" x2="12" y1="12.5" y2="12.5"></line><line fill="none" stroke="#000" x1="6" x2="14" y1="8.5" y2="8.5"></line><line fill="none" stroke="#000" x1="6" x2="14" y1="6.5" y2="6.5"></line><line fill="none" stroke="#000" x1="6" x2="14" y1="10.5" y2="10.5"></line>'),
    list: s(20, 20, '<rect x="6" y="4" width="12" height="1"></rect><rect x="6" y="9" width="12" height="1"></rect><rect x="6" y="14" width="12" height="1"></rect><rect x="2" y="4" width="2" height="1"></rect><rect x="2" y="9" width="2" height="1"></rect><rect x="2" y="14" width="2" height="1"></rect>'),
    cog: s(20, 20, '<circle fill="none" stroke="#000" stroke-width="1.1" cx="10" cy="10" r="3.5"></circle>' + L('M10,1.5 L10,4 M10,16 L10,18.5 M1.5,10 L4,10 M16,10 L18.5,10 M4,4 L5.8,5.8 M14.2,14.2 L16,16 M16,4 L14.2,5.8 M5.8,14.2 L4,16')),
    grid: s(20, 20, '<rect x="2" y="2" width="3" height="3"></rect><rect x="8" y="2" width="3" height="3"></rect><rect x="14" y="2" width="3" height="3"></rect><rect x="2" y="8" width="3" height="3"></rect><rect x="8" y="8" width="3" height="3"></rect><rect x="14" y="8" width="3" height="3"></rect><rect x="2" y="14" width="3" height="3"></rect><rect x="8" y="14" width="3" height="3"></rect><rect x="14" y="14" width="3" height="3"></rect>'),
    warning: s(20, 20, '<circle cx="10" cy="14" r="1"></circle><circle fill="none" stroke="#000" stroke-width="1.1" cx="10" cy="10" r="9"></circle><path d="M10.97,7.72 C10.85,9.54 10.56,11.29 10.56,11.29 C10.51,11.87 10.27,12 9.99,12 C9.69,12 9.49,11.87 9.43,11.29 C9.43,11.29 9.16,9.54 9.03,7.72 C8.96,6.54 9.03,6 9.03,6 C9.03,5.45 9.46,5.01 9.99,5 C10.53,5.01 10.97,5.44 10.97,6 C10.97,6 11.04,6.54 10.97,7.72 Z"></path>'),
    info: s(20, 20, '<circle fill="none" stroke="#000" stroke-width="1.1" cx="10" cy="10" r="9"></circle><rect x="9.4" y="8.5" width="1.2" height="6"></rect><circle cx="10" cy="6" r="0.9"></circle>'),
    check: s(20, 20, '<polyline fill="none" stroke="#000" stroke-width="1.1" points="4,10 8,15 17,4"></polyline>'),
    mail: s(20, 20, '<polyline fill="none" stroke="#000" points="1.4,6.5 10,11 18.6,6.5"></polyline><path d="M 1,4 1,16 19,16 19,4 1,4 Z M 18,15 2,15 2,5 18,5 18,15 Z"></path>'),
    receiver: s(20, 20, '<path fill="none" stroke="#000" stroke-width="1.01" d="M6.19,1.5 L3.5,3.2 C2.5,4 2.2,5.6 3,7.5 C4.8,11.5 8.5,15.2 12.5,17 C14.4,17.8 16,17.5 16.8,16.5 L18.5,13.8 L14.6,11.5 L12.9,13.2 C10.4,12.3 7.7,9.6 6.8,7.1 L8.5,5.4 Z"></path>'),
    question: s(20, 20, '<circle fill="none" stroke="#000" stroke-width="1.1" cx="10" cy="10" r="9"></circle><circle cx="10.44" cy="14.42" r="1.05"></circle>' + L('M7.5,7.6 C7.5,6.1 8.6,5 10.1,5 C11.6,5 12.6,6 12.6,7.3 C12.6,9.2 10.4,9.3 10.4,11.6')),
    'chevron-right': s(20, 20, '<polyline fill="none" stroke="#000" stroke-width="1.03" points="7 4 13 10 7 16"></polyline>')
  });
})(window.UIkit);
`;

// ---------------------------------------------------------------------------------------------------
// app.js: the site's own script
// ---------------------------------------------------------------------------------------------------

const APP_JS = String.raw`/* e-Invoice System portal scripts */
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="csrf-token"]');
  var token = meta ? meta.getAttribute('content') : '';
  var EINV = window.EINV = { expired: false };
  function $(id) { return document.getElementById(id); }
  EINV.esc = function (s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); };
  EINV.notify = function (message, status) {
    var icon = status === 'success' ? 'check' : status === 'danger' ? 'warning' : 'info';
    UIkit.notification({ message: '<span uk-icon="icon: ' + icon + '"></span> ' + EINV.esc(message), status: status, pos: 'top-center', timeout: 5000 });
  };
  EINV.sessionExpired = function () {
    if (EINV.expired) return;
    EINV.expired = true;
    UIkit.modal.alert('Your session has expired. Please login again to continue.').then(function () {
      window.location.href = '/login?expired=1';
    });
  };
  var never = function () { return new Promise(function () {}); };
  EINV.request = function (method, url, body) {
    return fetch(url, {
      method: method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-TOKEN': token },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (res) {
      if (res.status === 401) { EINV.sessionExpired(); return never(); }
      if (res.status === 419) {
        UIkit.modal.alert('This page has expired. Please refresh the page and try again.').then(function () { window.location.reload(); });
        return never();
      }
      return res.json().then(function (data) { return { ok: res.ok, status: res.status, data: data || {} }; },
        function () { return { ok: res.ok, status: res.status, data: { message: 'Something went wrong. Please try again later.' } }; });
    }, function (err) {
      EINV.notify('Unable to reach the server. Please check your connection and try again.', 'danger');
      throw err;
    });
  };
  EINV.fieldError = function (input, message) {
    var controls = input.closest('.uk-form-controls') || input.parentNode;
    var box = controls.querySelector('.tm-field-error');
    input.classList.toggle('uk-form-danger', !!message);
    if (!message) { if (box) box.parentNode.removeChild(box); return; }
    if (!box) { box = document.createElement('div'); box.className = 'uk-text-danger uk-text-small uk-margin-small-top tm-field-error'; controls.appendChild(box); }
    box.textContent = message;
  };
  EINV.alert = function (host, kind, message, before) {
    var old = host.querySelector(':scope > .tm-form-alert'); if (old) old.parentNode.removeChild(old);
    if (!message) return;
    var div = document.createElement('div');
    div.className = 'uk-alert-' + kind + ' tm-form-alert';
    div.setAttribute('uk-alert', '');
    div.innerHTML = '<a href class="uk-alert-close" uk-close></a><p>' + EINV.esc(message) + '</p>';
    host.insertBefore(div, before || host.firstChild);
  };

  /* ---- login modal ---- */
  var loginForm = $('form-login');
  if (loginForm) {
    loginForm.addEventListener('submit', function (e) {
      var first = null;
      [['login-username', 'Please enter Username.'], ['login-password', 'Please enter Password.'], ['login-captcha', 'Please enter the Captcha.']].forEach(function (p) {
        var input = $(p[0]), empty = !input.value.trim();
        EINV.fieldError(input, empty ? p[1] : '');
        if (empty && !first) first = input;
      });
      if (first) { e.preventDefault(); first.focus(); return; }
      loginForm.querySelector('button[type="submit"]').disabled = true;
    });
    $('captcha-refresh').addEventListener('click', function (e) {
      e.preventDefault();
      $('captcha-image').src = '/captcha?v=' + Date.now();
      $('login-captcha').value = '';
      $('login-captcha').focus();
    });
    if (document.body.getAttribute('data-open-login') === '1') UIkit.modal('#modal-login').show();
  }

  /* ---- 2FA page ---- */
  var otpForm = $('form-login-otp');
  if (otpForm) {
    otpForm.addEventListener('submit', function (e) {
      var input = $('txtOtp'), v = input.value.trim();
      var msg = !v ? 'Please enter the OTP.' : /^\d{6}$/.test(v) ? '' : 'OTP must be a 6 digit number.';
      EINV.fieldError(input, msg);
      if (msg) { e.preventDefault(); input.focus(); }
    });
  }

  /* ---- dashboard popups ---- */
  var tech = $('modal-tech-contact');
  if (tech && document.body.getAttribute('data-popups') === '1') {
    tech.addEventListener('hidden', function (e) {
      if (e.target !== tech) return;
      setTimeout(function () { UIkit.modal('#modal-advisory').show(); }, 150);
    });
    EINV.request('GET', '/api/profile/technical-person').then(function (r) {
      if (!r.ok) return;
      $('tech-name').value = r.data.name || '';
      $('tech-mobile').value = r.data.mobile || '';
      $('tech-email').value = r.data.email || '';
      $('tech-designation').value = r.data.designation || '';
      setTimeout(function () { UIkit.modal(tech).show(); }, 400);
    });
    $('btn-tech-update').addEventListener('click', function () {
      var body = { name: $('tech-name').value, mobile: $('tech-mobile').value, email: $('tech-email').value, designation: $('tech-designation').value };
      EINV.request('POST', '/api/profile/technical-person', body).then(function (r) {
        EINV.notify(r.data.message || 'Saved.', r.ok ? 'success' : 'danger');
        if (r.ok) UIkit.modal(tech).hide();
      });
    });
  }

  /* ---- Create API User: OTP ---- */
  var getOtp = $('btn-get-otp');
  if (getOtp) {
    var boxes = Array.prototype.slice.call(document.querySelectorAll('.tm-otp input.uk-input'));
    var hiddenOtp = $('api-otp'), entry = $('otp-entry'), sent = $('otp-sent-msg'), verify = $('btn-verify-otp');
    var resend = $('link-resend-otp'), countdown = $('resend-countdown'), otpError = $('otp-error');
    var timer = null;
    var sync = function () { hiddenOtp.value = boxes.map(function (b) { return b.value; }).join(''); };
    var showError = function (message) {
      otpError.textContent = message || ''; otpError.hidden = !message;
      boxes.forEach(function (b) { b.classList.toggle('uk-form-danger', !!message); });
    };
    var spread = function (digits, from) {
      for (var k = 0; k < digits.length && from + k < boxes.length; k++) boxes[from + k].value = digits.charAt(k);
      boxes[Math.min(from + digits.length, boxes.length - 1)].focus();
      sync();
    };
    var startCountdown = function (seconds) {
      clearInterval(timer);
      resend.classList.add('uk-disabled'); resend.setAttribute('aria-disabled', 'true');
      var left = seconds;
      countdown.textContent = '(' + left + 's)';
      timer = setInterval(function () {
        left -= 1;
        if (left <= 0) { clearInterval(timer); countdown.textContent = ''; resend.classList.remove('uk-disabled'); resend.removeAttribute('aria-disabled'); return; }
        countdown.textContent = '(' + left + 's)';
      }, 1000);
    };
    var sendOtp = function () {
      var label = getOtp.innerHTML;
      getOtp.disabled = true;
      getOtp.innerHTML = '<span uk-spinner="ratio: 0.5"></span> Sending OTP...';
      EINV.request('POST', '/api/api-registration/otp/send', {}).then(function (r) {
        getOtp.disabled = false; getOtp.innerHTML = label;
        if (!r.ok) { EINV.notify(r.data.message || 'Unable to send OTP. Please try again.', 'danger'); return; }
        getOtp.hidden = true;
        entry.hidden = false;
        sent.textContent = r.data.message;
        EINV.notify(r.data.message, 'success');
        boxes.forEach(function (b) { b.value = ''; }); sync(); showError('');
        boxes[0].focus();
        startCountdown(r.data.resendAfter || 30);
      }, function () { getOtp.disabled = false; getOtp.innerHTML = label; });
    };
    var verifyOtp = function () {
      sync();
      if (!/^\d{6}$/.test(hiddenOtp.value)) { showError('Please enter the 6 digit OTP.'); boxes[Math.min(hiddenOtp.value.length, 5)].focus(); return; }
      verify.disabled = true;
      EINV.request('POST', '/api/api-registration/otp/verify', { otp: hiddenOtp.value }).then(function (r) {
        verify.disabled = false;
        if (r.ok) {
          showError('');
          EINV.notify(r.data.message, 'success');
          verify.disabled = true;
          setTimeout(function () { window.location.href = r.data.redirect || window.location.pathname; }, 700);
          return;
        }
        EINV.notify(r.data.message, 'danger');
        boxes.forEach(function (b) { b.value = ''; }); sync();
        showError(r.data.message);
        boxes[0].focus();
      }, function () { verify.disabled = false; });
    };
    getOtp.addEventListener('click', sendOtp);
    resend.addEventListener('click', function (e) { e.preventDefault(); if (!resend.classList.contains('uk-disabled')) sendOtp(); });
    verify.addEventListener('click', verifyOtp);
    boxes.forEach(function (box, i) {
      box.addEventListener('input', function () {
        var digits = box.value.replace(/\D/g, '');
        if (digits.length > 1) { spread(digits, i); return; }
        box.value = digits;
        if (digits) { showError(''); if (i < boxes.length - 1) boxes[i + 1].focus(); }
        sync();
      });
      box.addEventListener('keydown', function (e) {
        if (e.key === 'Backspace' && !box.value && i > 0) { e.preventDefault(); boxes[i - 1].value = ''; boxes[i - 1].focus(); sync(); }
        else if (e.key === 'ArrowLeft' && i > 0) { e.preventDefault(); boxes[i - 1].focus(); }
        else if (e.key === 'ArrowRight' && i < boxes.length - 1) { e.preventDefault(); boxes[i + 1].focus(); }
        else if (e.key === 'Enter') { e.preventDefault(); verifyOtp(); }
      });
      box.addEventListener('paste', function (e) {
        e.preventDefault();
        var text = (e.clipboardData || window.clipboardData).getData('text') || '';
        var digits = text.replace(/\D/g, '');
        if (digits) { showError(''); spread(digits, i); }
      });
      box.addEventListener('focus', function () { box.select(); });
    });
  }

  /* ---- Create API User: the registration form ---- */
  var form = $('form-api-user');
  if (form) {
    var notices = {
      DIRECT: 'Direct API access (Client Id and Client Secret of your own) is available only to taxpayers with an aggregate turnover above the notified limit. Your GSTIN is not eligible for this option.',
      ERP: 'Registration through ERP is not enabled for your GSTIN. Please contact your ERP provider.',
      OTHER: 'Registration through the Client-Id of another taxpayer is not enabled for your GSTIN.'
    };
    var gspFields = $('gsp-fields'), notice = $('mode-notice'), submit = $('btn-submit'), modeError = $('mode-error');
    var gi = $('gsp-name'), gcode = $('gsp-code'), drop = $('gsp-drop'), list = drop.querySelector('ul');
    var uname = $('api-username'), pw = $('api-password'), pw2 = $('api-password-confirm');
    var mode = function () { var c = form.querySelector('input[name="registrationMode"]:checked'); return c ? c.value : ''; };
    Array.prototype.forEach.call(form.querySelectorAll('input[name="registrationMode"]'), function (r) {
      r.addEventListener('change', function () {
        var m = mode();
        modeError.hidden = true;
        gspFields.hidden = m !== 'GSP';
        notice.hidden = !notices[m];
        notice.querySelector('p').textContent = notices[m] || '';
        submit.disabled = !!notices[m];
      });
    });

    /* autocomplete */
    var debounce = null, seq = 0, items = [], current = -1;
    var highlight = function (i) {
      current = i;
      Array.prototype.forEach.call(list.children, function (li, k) { li.classList.toggle('uk-active', k === i); });
      var li = list.children[i]; if (li && li.scrollIntoView) li.scrollIntoView({ block: 'nearest' });
    };
    var exactMatch = function () {
      if (gcode.value) return;
      var typed = gi.value.trim().toLowerCase();
      var hit = items.filter(function (g) { return g.text.toLowerCase() === typed; });
      if (hit.length === 1) { gcode.value = hit[0].id; gi.value = hit[0].text; }
    };
    var render = function (data) {
      items = data; current = -1;
      list.innerHTML = data.length
        ? data.map(function (g, i) { return '<li><a href="#" data-index="' + i + '" data-code="' + EINV.esc(g.id) + '">' + EINV.esc(g.text) + '</a></li>'; }).join('')
        : '<li class="tm-empty">No matching GSP found</li>';
      if (document.activeElement === gi) UIkit.drop(drop).show(); else exactMatch();
    };
    var search = function () {
      var mine = ++seq;
      EINV.request('GET', '/api/gsp?term=' + encodeURIComponent(gi.value.trim())).then(function (r) {
        if (mine === seq && r.ok) render(r.data.data || []);
      });
    };
    var schedule = function () { clearTimeout(debounce); debounce = setTimeout(search, 300); };
    var choose = function (i) {
      var g = items[i]; if (!g) return;
      gi.value = g.text; gcode.value = g.id;
      clearTimeout(debounce);
      UIkit.drop(drop).hide();
      EINV.fieldError(gi, '');
    };
    gi.addEventListener('input', function () { gcode.value = ''; EINV.fieldError(gi, ''); schedule(); });
    gi.addEventListener('focus', function () { if (!gcode.value) schedule(); });
    gi.addEventListener('blur', function () { setTimeout(exactMatch, 200); });
    gi.addEventListener('keydown', function (e) {
      var open = drop.classList.contains('uk-open');
      if (e.key === 'ArrowDown') { e.preventDefault(); if (!open) { search(); return; } highlight(Math.min(current + 1, items.length - 1)); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); if (open) highlight(Math.max(current - 1, 0)); }
      else if (e.key === 'Enter') {
        e.preventDefault();
        if (open && current >= 0) choose(current);
        else if (open && items.length === 1) choose(0);
        else exactMatch();
      } else if (e.key === 'Escape' && open) { UIkit.drop(drop).hide(); }
    });
    list.addEventListener('mousedown', function (e) { e.preventDefault(); });
    list.addEventListener('click', function (e) {
      var a = e.target.closest('a[data-index]'); if (!a) return;
      e.preventDefault();
      choose(+a.getAttribute('data-index'));
    });

    /* submit */
    var rules = function (m) {
      var errors = [];
      if (!m) { modeError.hidden = false; errors.push(form.querySelector('input[name="registrationMode"]')); return errors; }
      if (m !== 'GSP') return errors;
      exactMatch();
      var u = uname.value.trim().replace(/^API_/i, '');
      var p = pw.value, q = pw2.value;
      var check = function (input, msg) { EINV.fieldError(input, msg); if (msg) errors.push(input); };
      check(gi, gcode.value ? '' : gi.value.trim() ? 'Please select your GSP from the list.' : 'Please select your GSP.');
      check(uname, !u ? 'Please enter Username.' : /^[A-Za-z0-9_.-]{3,30}$/.test(u) ? '' : "Username must be 3 to 30 characters: letters, digits, '_', '.' or '-'.");
      var strong = p.length >= 8 && p.length <= 20 && /[A-Z]/.test(p) && /[a-z]/.test(p) && /\d/.test(p) && /[^A-Za-z0-9]/.test(p);
      check(pw, !p ? 'Please enter Password.' : strong ? '' : 'Password must be 8 to 20 characters long with at least one upper case letter, one lower case letter, one digit and one special character.');
      check(pw2, !q ? 'Please re-enter the Password.' : q === p ? '' : 'Password and Re-enter Password do not match.');
      return errors;
    };
    var fieldFor = { gspCode: gi, username: uname, password: pw, password_confirmation: pw2 };
    var card = $('api-user-body');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      EINV.alert(card, 'danger', '');
      var m = mode(), errors = rules(m);
      if (errors.length) { errors[0].focus(); return; }
      if (m !== 'GSP') return;
      UIkit.modal.confirm('Submit the API user details?').then(function () {
        submit.disabled = true;
        var body = {
          registrationMode: m, gspCode: gcode.value, gspName: gi.value,
          username: uname.value.trim().replace(/^API_/i, ''), password: pw.value, password_confirmation: pw2.value
        };
        EINV.request('POST', '/api/api-registration/users', body).then(function (r) {
          submit.disabled = false;
          if (r.ok) {
            form.hidden = true;
            EINV.alert(card, 'success', r.data.message);
            $('after-success').hidden = false;
            EINV.notify('API user created successfully.', 'success');
            var row = r.data.registration, tbody = $('registrations-body');
            var tr = document.createElement('tr');
            tr.innerHTML = '<td>' + (tbody.children.length + 1) + '</td><td>' + EINV.esc(row.gsp) + '</td><td>' + EINV.esc(row.username) + '</td><td>' + EINV.esc(row.createdOn) + '</td><td><span class="uk-label uk-label-success">' + EINV.esc(row.status) + '</span></td>';
            tbody.appendChild(tr);
            return;
          }
          var errs = r.data.errors || {};
          Object.keys(errs).forEach(function (k) { if (fieldFor[k]) EINV.fieldError(fieldFor[k], errs[k][0]); });
          if (r.data.field && fieldFor[r.data.field]) fieldFor[r.data.field].classList.add('uk-form-danger');
          EINV.alert(card, 'danger', r.data.message || 'Unable to create the API user.');
          EINV.notify(r.data.message || 'Unable to create the API user.', 'danger');
          window.scrollTo({ top: 0, behavior: 'smooth' });
        }, function () { submit.disabled = false; });
      }, function () { /* cancelled */ });
    });
  }
})();
`;

// ---------------------------------------------------------------------------------------------------
// Pages (server-rendered views)
// ---------------------------------------------------------------------------------------------------

const ASSETS: Record<string, { type: string; body: () => string }> = {
  '/assets/css/uikit.min.css': { type: 'text/css', body: () => UIKIT_CSS + UIKIT_CSS_2 },
  '/assets/css/theme.css': { type: 'text/css', body: () => SITE_CSS },
  '/assets/js/uikit.min.js': { type: 'text/javascript', body: () => UIKIT_JS },
  '/assets/js/uikit-icons.min.js': { type: 'text/javascript', body: () => UIKIT_ICONS_JS },
  '/assets/js/app.js': { type: 'text/javascript', body: () => APP_JS },
};

interface Alert {
  kind: string;
  text: string;
}

function head(title: string, csrf: string): string {
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${esc(csrf)}">
<title>${esc(title)} | e-Invoice System</title>
<link rel="stylesheet" href="/assets/css/uikit.min.css?v=3.16.26">
<link rel="stylesheet" href="/assets/css/theme.css?v=2.4.1">
<script src="/assets/js/uikit.min.js?v=3.16.26"></script>
<script src="/assets/js/uikit-icons.min.js?v=3.16.26"></script>
</head>`;
}

function logo(href: string): string {
  return `<a class="uk-navbar-item uk-logo" href="${href}"><span class="tm-logo-mark">IRP</span><span>e-Invoice System<span class="tm-logo-sub">Invoice Registration Portal</span></span></a>`;
}

function alertBox(alert: Alert | undefined, closable = true): string {
  if (!alert) return '';
  const close = closable ? '<a href class="uk-alert-close" uk-close></a>' : '';
  return `<div class="uk-alert-${alert.kind}" uk-alert>${close}<p>${esc(alert.text)}</p></div>`;
}

function footer(): string {
  return `<footer class="tm-footer"><div class="uk-container uk-container-expand uk-flex uk-flex-between uk-flex-wrap">
<span>Site is designed, developed and hosted by National Informatics Centre, Ministry of Electronics &amp; IT, Government of India.</span>
<span><a href="#">Terms &amp; Conditions</a> | <a href="#">Privacy Policy</a> | <a href="#">Contact Us</a></span>
</div></footer>`;
}

function publicNavbar(withLogin: boolean): string {
  const login = withLogin
    ? `<div class="uk-navbar-item"><a class="uk-button uk-button-primary" href="#modal-login" uk-toggle>Login</a></div>`
    : '';
  return `<div class="tm-topbar"><div class="uk-container uk-container-expand uk-flex uk-flex-between"><span>Government of India &middot; Goods and Services Tax</span><span><a href="#tm-content">Skip to main content</a> &nbsp;|&nbsp; <a href="#">A-</a> <a href="#">A</a> <a href="#">A+</a></span></div></div>
<nav class="uk-navbar-container tm-navbar"><div class="uk-container uk-container-expand"><div uk-navbar>
<div class="uk-navbar-left">${logo('/')}</div>
<div class="uk-navbar-right">
<ul class="uk-navbar-nav uk-visible@m"><li class="uk-active"><a href="/">Home</a></li><li><a href="#">Search</a></li><li><a href="#">Tools</a></li><li><a href="#">Help</a></li><li><a href="#">Contact Us</a></li></ul>
${login}
</div>
</div></div></nav>`;
}

function homePage(
  session: Session,
  view: { open: boolean; alert?: Alert; username?: string; fieldError?: 'captcha' | 'password' },
): string {
  const danger = (field: string) => (view.fieldError === field ? ' uk-form-danger' : '');
  const under = (field: string, text: string) =>
    view.fieldError === field
      ? `<div class="uk-text-danger uk-text-small uk-margin-small-top">${esc(text)}</div>`
      : '';
  const focus =
    view.fieldError === 'captcha' ? 'captcha' : view.fieldError === 'password' ? 'password' : 'username';
  const af = (field: string) => (focus === field ? ' autofocus' : '');
  const cards = [
    [
      'file-text',
      'e-Invoice Generation',
      'Report B2B invoices to the IRP and get the Invoice Reference Number (IRN) and signed QR code.',
    ],
    [
      'cog',
      'API Integration',
      'Taxpayers and GSPs can integrate their ERP with the IRP through the e-Invoice APIs.',
    ],
    [
      'list',
      'Bulk Generation Tool',
      'Prepare invoices offline in the bulk generation tool and upload them in one go.',
    ],
  ]
    .map(
      ([icon, title, text]) =>
        `<div><div class="uk-card uk-card-default uk-card-body uk-card-hover"><span class="uk-text-primary" uk-icon="icon: ${icon}; ratio: 2"></span><h3 class="uk-card-title uk-margin-small-top">${title}</h3><p>${text}</p></div></div>`,
    )
    .join('\n');
  return `${head('Home', session.csrf)}
<body data-page="home"${view.open ? ' data-open-login="1"' : ''}>
${publicNavbar(true)}
<div id="tm-content" class="uk-section tm-hero uk-light"><div class="uk-container">
<h1 class="uk-heading-small">e-Invoice System</h1>
<p class="uk-text-lead">Invoice Registration Portal (IRP) for reporting of e-Invoices under GST.</p>
<a class="uk-button uk-button-default" href="#">Know more</a>
</div></div>
<div class="uk-section uk-section-small"><div class="uk-container">
<div class="uk-alert-primary" uk-alert><a href class="uk-alert-close" uk-close></a><p><span uk-icon="icon: info"></span> Two-factor authentication is mandatory for all taxpayers from 1st April 2025. Keep your registered mobile number handy while logging in.</p></div>
<div class="uk-child-width-1-3@m uk-grid-match uk-margin-top" uk-grid>
${cards}
</div>
</div></div>
${footer()}
<div id="modal-login" uk-modal>
<div class="uk-modal-dialog uk-modal-body tm-login-dialog">
<button class="uk-modal-close-default" type="button" uk-close></button>
<h2 class="uk-modal-title">Login</h2>
${alertBox(view.alert)}
<form id="form-login" class="uk-form-stacked" method="post" action="/login" novalidate autocomplete="off">
<input type="hidden" name="_token" value="${esc(session.csrf)}">
<div class="uk-margin">
<label class="uk-form-label" for="login-username">Username</label>
<div class="uk-form-controls"><input class="uk-input" id="login-username" name="username" type="text" maxlength="15" value="${esc(view.username ?? '')}"${af('username')}></div>
</div>
<div class="uk-margin">
<label class="uk-form-label" for="login-password">Password</label>
<div class="uk-form-controls"><input class="uk-input${danger('password')}" id="login-password" name="password" type="password" maxlength="20"${af('password')}>${under('password', 'Invalid Username or Password.')}</div>
</div>
<div class="uk-margin">
<label class="uk-form-label" for="login-captcha">Enter Captcha</label>
<div class="uk-form-controls">
<div class="tm-captcha uk-margin-small-bottom"><img id="captcha-image" src="/captcha?v=${Date.now()}" width="150" height="48" alt="Captcha image"><a href="#" id="captcha-refresh" class="uk-icon-button" uk-icon="icon: refresh" title="Refresh Captcha" aria-label="Refresh Captcha"></a></div>
<input class="uk-input${danger('captcha')}" id="login-captcha" name="captcha" type="text" maxlength="5" autocomplete="off" placeholder="Type the characters shown above"${af('captcha')}>${under('captcha', 'Invalid Captcha.')}
</div>
</div>
<div class="uk-margin"><button type="submit" class="uk-button uk-button-primary uk-width-1-1">Login</button></div>
<div class="uk-flex uk-flex-between uk-text-small"><a href="#">Forgot Username?</a><a href="#">Forgot Password?</a></div>
</form>
</div>
</div>
<script src="/assets/js/app.js?v=2.4.1"></script>
</body>
</html>`;
}

function loginOtpPage(session: Session, view: { alert?: Alert; fieldError?: boolean }): string {
  const danger = view.fieldError ? ' uk-form-danger' : '';
  return `${head('Two Factor Authentication', session.csrf)}
<body data-page="login-otp">
${publicNavbar(false)}
<div id="tm-content" class="uk-container">
<div class="uk-card uk-card-default tm-card-narrow">
<div class="uk-card-header"><h3 class="uk-card-title"><span uk-icon="icon: lock"></span> Two Factor Authentication</h3></div>
<div class="uk-card-body">
${alertBox(view.alert)}
<p>An OTP has been sent to your registered mobile number <strong>${MOBILE}</strong>. You can also use the OTP shown in the Sandes or NIC-GST-Shield app.</p>
<form id="form-login-otp" class="uk-form-stacked" method="post" action="/login/verify-otp" novalidate autocomplete="off">
<input type="hidden" name="_token" value="${esc(session.csrf)}">
<div class="uk-margin">
<label class="uk-form-label" for="txtOtp">Enter OTP</label>
<div class="uk-form-controls"><input class="uk-input${danger}" id="txtOtp" name="otp" type="text" inputmode="numeric" maxlength="6" autocomplete="one-time-code" autofocus></div>
</div>
<div class="uk-margin"><button type="submit" class="uk-button uk-button-primary uk-width-1-1">Verify OTP</button></div>
</form>
<form class="uk-text-center uk-text-small" method="post" action="/login/resend-otp">
<input type="hidden" name="_token" value="${esc(session.csrf)}">
<button type="submit" class="uk-button uk-button-link">Resend OTP</button> &middot; <a href="/logout">Back to Login</a>
</form>
</div>
</div>
</div>
<script src="/assets/js/app.js?v=2.4.1"></script>
</body>
</html>`;
}

function captchaSvg(text: string): string {
  const rnd = (min: number, max: number) => min + Math.random() * (max - min);
  const chars = [...text]
    .map((ch, i) => {
      const x = 18 + i * 26 + rnd(-3, 3);
      const y = 33 + rnd(-4, 4);
      const rot = rnd(-22, 22).toFixed(1);
      const fill = ['#2a4d7a', '#6b2f2f', '#2f5d3a', '#4a3a78', '#7a5a1e'][i % 5];
      return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rot} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="Georgia, 'Times New Roman', serif" font-size="${rnd(24, 30).toFixed(0)}" font-weight="bold" fill="${fill}">${esc(ch)}</text>`;
    })
    .join('');
  let noise = '';
  for (let i = 0; i < 7; i++) {
    noise += `<path d="M${rnd(0, 150).toFixed(0)} ${rnd(0, 48).toFixed(0)} Q${rnd(0, 150).toFixed(0)} ${rnd(0, 48).toFixed(0)} ${rnd(0, 150).toFixed(0)} ${rnd(0, 48).toFixed(0)}" stroke="#${Math.floor(rnd(0x555555, 0xaaaaaa)).toString(16)}" stroke-width="${rnd(0.6, 1.6).toFixed(1)}" fill="none"/>`;
  }
  for (let i = 0; i < 40; i++) {
    noise += `<circle cx="${rnd(0, 150).toFixed(0)}" cy="${rnd(0, 48).toFixed(0)}" r="${rnd(0.4, 1.3).toFixed(1)}" fill="#889"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="48" viewBox="0 0 150 48"><rect width="150" height="48" fill="#eef3f7"/>${noise}${chars}</svg>`;
}

interface MenuNode {
  label: string;
  href?: string;
  icon?: string;
  children?: MenuNode[];
}

const MENU: MenuNode[] = [
  { label: 'Dash Board', href: '/dashboard', icon: 'home' },
  {
    label: 'e-Invoice',
    icon: 'file-text',
    children: [
      { label: 'Generate IRN', href: '/e-invoice/generate-irn' },
      { label: 'Bulk Upload', href: '/e-invoice/bulk-upload' },
      { label: 'Cancel IRN', href: '/e-invoice/cancel-irn' },
      { label: 'Print e-Invoice', href: '/e-invoice/print' },
    ],
  },
  {
    label: 'API Registration',
    icon: 'cog',
    children: [
      {
        label: 'User Credentials',
        children: [
          { label: 'Create API User', href: CREATE_PATH },
          { label: 'View API Users', href: '/api-registration/user-credentials/view-api-users' },
        ],
      },
      { label: 'IP Whitelisting', href: '/api-registration/ip-whitelisting' },
      { label: 'Freeze API User', href: '/api-registration/freeze-api-user' },
      { label: 'Change API Password', href: '/api-registration/change-api-password' },
    ],
  },
  {
    label: 'MIS Reports',
    icon: 'list',
    children: [
      { label: 'IRN Details', href: '/mis-reports/irn-details' },
      { label: 'Summary Report', href: '/mis-reports/summary' },
    ],
  },
  {
    label: 'User Management',
    icon: 'users',
    children: [
      { label: 'Create Sub-User', href: '/user-management/create-sub-user' },
      { label: 'Freeze Sub-User', href: '/user-management/freeze-sub-user' },
    ],
  },
];

function holds(node: MenuNode, path: string): boolean {
  return node.href === path || (node.children ?? []).some((child) => holds(child, path));
}

function menuItems(nodes: MenuNode[], path: string): string {
  return nodes
    .map((node) => {
      const icon = node.icon
        ? `<span class="uk-margin-small-right" uk-icon="icon: ${node.icon}"></span>`
        : '';
      if (!node.children) {
        const cls = node.href === path ? ' class="uk-active"' : '';
        return `<li${cls}><a href="${node.href}">${icon}${esc(node.label)}</a></li>`;
      }
      const open = holds(node, path) ? ' uk-open' : '';
      const nested = node.children.some((child) => child.children) ? ' uk-nav' : '';
      return `<li class="uk-parent${open}"><a href="#">${icon}${esc(node.label)}</a><ul class="uk-nav-sub"${nested}>${menuItems(node.children, path)}</ul></li>`;
    })
    .join('\n');
}

function appPage(
  ctx: Ctx,
  session: Session,
  view: {
    title: string;
    path: string;
    page: string;
    crumbs: string[];
    body: string;
    modals?: string;
    attrs?: string;
  },
): string {
  const crumbs = view.crumbs
    .map((crumb, i) =>
      i === view.crumbs.length - 1
        ? `<li><span>${esc(crumb)}</span></li>`
        : i === 0
          ? `<li><a href="/dashboard">${esc(crumb)}</a></li>`
          : `<li><a>${esc(crumb)}</a></li>`,
    )
    .join('');
  return `${head(view.title, session.csrf)}
<body data-page="${view.page}"${view.attrs ?? ''}>
<nav class="uk-navbar-container tm-navbar"><div class="uk-container uk-container-expand"><div uk-navbar>
<div class="uk-navbar-left">
<a class="uk-navbar-toggle uk-hidden@m" href="#tm-sidebar" uk-toggle uk-navbar-toggle-icon></a>
${logo('/dashboard')}
</div>
<div class="uk-navbar-right">
<ul class="uk-navbar-nav">
<li><a href="#"><span uk-icon="icon: user"></span><span class="uk-visible@m">${esc(ctx.state.gstin)}</span><span uk-navbar-parent-icon></span></a>
<div class="uk-navbar-dropdown"><ul class="uk-nav uk-navbar-dropdown-nav">
<li class="uk-nav-header">${esc(session.username)}</li>
<li><a href="/profile"><span uk-icon="icon: user"></span> Profile</a></li>
<li class="uk-nav-divider"></li>
<li><a href="/logout"><span uk-icon="icon: sign-out"></span> Logout</a></li>
</ul></div></li>
</ul>
</div>
</div></div></nav>
<div id="tm-sidebar" uk-offcanvas="overlay: true">
<div class="uk-offcanvas-bar">
<button class="uk-offcanvas-close" type="button" uk-close></button>
<div class="tm-sidebar-user uk-visible@m"><div class="uk-text-meta">Logged in as</div><div class="tm-gstin">${esc(ctx.state.gstin)}</div><div class="uk-text-small">${esc(session.username)}</div></div>
<ul class="uk-nav-default uk-nav-parent-icon" uk-nav>
<li class="uk-nav-header">Main Menu</li>
${menuItems(MENU, view.path)}
<li class="uk-nav-divider"></li>
<li><a href="/logout"><span class="uk-margin-small-right" uk-icon="icon: sign-out"></span>Logout</a></li>
</ul>
</div>
</div>
<div class="tm-main">
<div id="tm-content" class="uk-container uk-container-expand">
<ul class="uk-breadcrumb">${crumbs}</ul>
${view.body}
</div>
${footer()}
</div>
${view.modals ?? ''}
<script src="/assets/js/app.js?v=2.4.1"></script>
</body>
</html>`;
}

function dashboardPage(ctx: Ctx, session: Session, popups: boolean): string {
  const stat = (title: string, value: string, note: string) =>
    `<div><div class="uk-card uk-card-default uk-card-small uk-card-body"><h3 class="uk-card-title uk-margin-remove-bottom">${title}</h3><div class="tm-stat uk-margin-small-top">${value}</div><div class="uk-text-meta">${note}</div></div></div>`;
  const body = `<h2 class="uk-heading-divider">Dash Board</h2>
<div class="uk-alert-warning" uk-alert><a href class="uk-alert-close" uk-close></a><p><span uk-icon="icon: warning"></span> <strong>Advisory:</strong> Taxpayers with an AATO of &#8377; 10 Crore and above cannot report invoices older than 30 days on the IRP. Please report your invoices in time.</p></div>
<div class="uk-child-width-1-2@s uk-child-width-1-4@m uk-grid-match" uk-grid>
${stat('Generations', '0', 'IRNs generated today')}
${stat('Cancelled', '0', 'IRNs cancelled today')}
${stat('This Month', '0', 'IRNs generated this month')}
${stat('API Users', String(registrations(ctx.state).length), 'GSPs registered for your GSTIN')}
</div>
<div class="uk-card uk-card-default uk-margin-medium-top">
<div class="uk-card-header"><h3 class="uk-card-title">Recent e-Invoices</h3></div>
<div class="uk-card-body"><table class="uk-table uk-table-divider uk-table-small"><thead><tr><th>IRN</th><th>Document No.</th><th>Date</th><th>Status</th></tr></thead><tbody><tr><td colspan="4" class="uk-text-center uk-text-muted">No records found.</td></tr></tbody></table></div>
</div>`;
  const modals = `<div id="modal-tech-contact" uk-modal="bg-close: false; esc-close: false">
<div class="uk-modal-dialog">
<button class="uk-modal-close-default" type="button" uk-close></button>
<div class="uk-modal-header"><h2 class="uk-modal-title">Contacts of Technical Person</h2></div>
<div class="uk-modal-body">
<p>Please verify the details of the technical person of your organisation. NIC uses these details to communicate changes in the e-Invoice system and its APIs.</p>
<form id="form-tech-contact" class="uk-form-horizontal" onsubmit="return false">
<div class="uk-margin"><label class="uk-form-label" for="tech-name">Name</label><div class="uk-form-controls"><input class="uk-input" id="tech-name" type="text"></div></div>
<div class="uk-margin"><label class="uk-form-label" for="tech-designation">Designation</label><div class="uk-form-controls"><input class="uk-input" id="tech-designation" type="text"></div></div>
<div class="uk-margin"><label class="uk-form-label" for="tech-mobile">Mobile No.</label><div class="uk-form-controls"><input class="uk-input" id="tech-mobile" type="text" maxlength="10"></div></div>
<div class="uk-margin"><label class="uk-form-label" for="tech-email">E-mail</label><div class="uk-form-controls"><input class="uk-input" id="tech-email" type="email"></div></div>
</form>
</div>
<div class="uk-modal-footer uk-text-right">
<button class="uk-button uk-button-primary" type="button" id="btn-tech-update">Update</button>
<button class="uk-button uk-button-danger uk-modal-close" type="button">Exit</button>
</div>
</div>
</div>
<div id="modal-advisory" uk-modal>
<div class="uk-modal-dialog uk-modal-body">
<button class="uk-modal-close-default" type="button" uk-close></button>
<h2 class="uk-modal-title">Advisory</h2>
<p><strong>Two-Factor Authentication:</strong> login to the e-Invoice portal needs an OTP in addition to the password. The OTP is sent by SMS to the registered mobile number and is also available in the Sandes and NIC-GST-Shield apps.</p>
<p>Please keep the registered mobile number and e-mail of your GSTIN up to date on the GST portal.</p>
<p class="uk-text-right"><button class="uk-button uk-button-primary uk-modal-close" type="button">Close</button></p>
</div>
</div>`;
  return appPage(ctx, session, {
    title: 'Dash Board',
    path: '/dashboard',
    page: 'dashboard',
    crumbs: ['Home', 'Dash Board'],
    body,
    modals: popups ? modals : '',
    attrs: popups ? ' data-popups="1"' : '',
  });
}

function registrationsTable(ctx: Ctx): string {
  const rows = registrations(ctx.state)
    .map(
      (r, i) =>
        `<tr><td>${i + 1}</td><td>${esc(r.gsp)}</td><td>${esc(r.username)}</td><td>${esc(r.createdOn)}</td><td><span class="uk-label uk-label-success">Active</span></td></tr>`,
    )
    .join('');
  return `<div class="uk-card uk-card-default uk-margin-medium-top">
<div class="uk-card-header"><h3 class="uk-card-title">GSPs registered for your GSTIN</h3></div>
<div class="uk-card-body uk-overflow-auto"><table class="uk-table uk-table-divider uk-table-small uk-table-middle"><thead><tr><th>#</th><th>GSP Name</th><th>API Username</th><th>Registered On</th><th>Status</th></tr></thead><tbody id="registrations-body">${rows}</tbody></table></div>
</div>`;
}

function createApiUserPage(ctx: Ctx, session: Session): string {
  const crumbs = ['Home', 'API Registration', 'User Credentials', 'Create API User'];
  const boxes = [1, 2, 3, 4, 5, 6]
    .map(
      (n) =>
        `<div><input class="uk-input uk-form-width-xsmall" id="otp-digit-${n}" type="text" inputmode="numeric" maxlength="1" autocomplete="${n === 1 ? 'one-time-code' : 'off'}" aria-label="OTP digit ${n}"></div>`,
    )
    .join('');
  const otpStep = `<div class="uk-card uk-card-default">
<div class="uk-card-header"><h3 class="uk-card-title">API Registration</h3></div>
<div class="uk-card-body" id="api-otp-body">
<p>To create an API user for your GSTIN <strong>${esc(ctx.state.gstin)}</strong>, an OTP will be sent to the mobile number registered with the GST system.</p>
<button class="uk-button uk-button-primary" type="button" id="btn-get-otp">Get OTP</button>
<div id="otp-entry" hidden>
<p class="uk-text-success" id="otp-sent-msg"></p>
<div class="uk-margin">
<label class="uk-form-label" for="otp-digit-1">Enter OTP</label>
<div class="uk-form-controls uk-margin-small-top">
<div class="uk-grid-small uk-child-width-auto tm-otp" uk-grid>${boxes}</div>
<input type="hidden" name="otp" id="api-otp">
<div class="uk-text-danger uk-text-small uk-margin-small-top" id="otp-error" hidden></div>
</div>
</div>
<div class="uk-margin">
<button class="uk-button uk-button-primary" type="button" id="btn-verify-otp">Verify OTP</button>
<span class="uk-margin-small-left uk-text-small">Didn't receive the OTP? <a href="#" id="link-resend-otp" class="uk-disabled" aria-disabled="true">Resend OTP</a> <span class="uk-text-meta" id="resend-countdown"></span></span>
</div>
</div>
</div>
</div>`;
  if (!session.apiOtpVerified) {
    return appPage(ctx, session, {
      title: 'Create API User',
      path: CREATE_PATH,
      page: 'create-api-user',
      crumbs,
      body: `<h2 class="uk-heading-divider">Create API User</h2>\n${otpStep}`,
    });
  }
  const radio = (value: string, label: string) =>
    `<label><input class="uk-radio" type="radio" name="registrationMode" value="${value}"> ${label}</label>`;
  const form = `<div class="uk-card uk-card-default">
<div class="uk-card-header"><h3 class="uk-card-title">API Registration <span class="uk-label uk-label-success uk-margin-small-left">OTP Verified</span></h3></div>
<div class="uk-card-body" id="api-user-body">
<form id="form-api-user" class="uk-form-horizontal" novalidate autocomplete="off">
<div class="uk-margin">
<div class="uk-form-label">Do you wish to Register your GSTIN for <span class="tm-required">*</span></div>
<div class="uk-form-controls uk-form-controls-text tm-radio-list">
${radio('DIRECT', 'Directly')}
${radio('GSP', 'Through GSP')}
${radio('ERP', 'Through ERP')}
${radio('OTHER', 'Through Client-Id of other')}
<div class="uk-text-danger uk-text-small" id="mode-error" hidden>Please select how you wish to register.</div>
</div>
</div>
<div class="uk-alert-primary" id="mode-notice" hidden><p></p></div>
<div id="gsp-fields" hidden>
<div class="uk-margin">
<label class="uk-form-label" for="gsp-name">Select your GSP <span class="tm-required">*</span></label>
<div class="uk-form-controls">
<div class="uk-inline uk-width-1-1 tm-autocomplete">
<span class="uk-form-icon uk-form-icon-flip" uk-icon="icon: search"></span>
<input class="uk-input" id="gsp-name" type="text" placeholder="Type the name of your GSP" autocomplete="off" spellcheck="false">
<div class="uk-dropdown" id="gsp-drop" uk-drop="mode: click; pos: bottom-justify; toggle: false; offset: 2; animation: uk-animation-fade"><ul class="uk-nav uk-dropdown-nav"></ul></div>
</div>
<input type="hidden" name="gspCode" id="gsp-code">
</div>
</div>
<div class="uk-margin">
<label class="uk-form-label" for="api-username">Username <span class="tm-required">*</span></label>
<div class="uk-form-controls">
<div class="uk-inline uk-width-1-1"><span class="uk-form-icon tm-form-prefix">API_</span><input class="uk-input" id="api-username" name="username" type="text" maxlength="30" autocomplete="off"></div>
<div class="uk-text-meta uk-margin-small-top">3 to 30 characters: letters, digits, '_', '.' or '-'. The prefix API_ is added by the system.</div>
</div>
</div>
<div class="uk-margin">
<label class="uk-form-label" for="api-password">Password <span class="tm-required">*</span></label>
<div class="uk-form-controls">
<input class="uk-input" id="api-password" name="password" type="password" maxlength="20" autocomplete="new-password">
<div class="uk-text-meta uk-margin-small-top">8 to 20 characters with at least one upper case letter, one lower case letter, one digit and one special character.</div>
</div>
</div>
<div class="uk-margin">
<label class="uk-form-label" for="api-password-confirm">Re-enter Password <span class="tm-required">*</span></label>
<div class="uk-form-controls"><input class="uk-input" id="api-password-confirm" name="password_confirmation" type="password" maxlength="20" autocomplete="new-password"></div>
</div>
</div>
<div class="uk-margin">
<div class="uk-form-controls">
<button class="uk-button uk-button-primary" type="submit" id="btn-submit">Submit</button>
<a class="uk-button uk-button-default uk-margin-small-left" href="/dashboard">Exit</a>
</div>
</div>
</form>
<div id="after-success" hidden><a class="uk-button uk-button-default" href="${CREATE_PATH}">Create another API user</a> <a class="uk-button uk-button-primary uk-margin-small-left" href="/dashboard">Go to Dash Board</a></div>
</div>
</div>
${registrationsTable(ctx)}`;
  return appPage(ctx, session, {
    title: 'Create API User',
    path: CREATE_PATH,
    page: 'create-api-user',
    crumbs,
    body: `<h2 class="uk-heading-divider">Create API User</h2>\n${form}`,
  });
}

function viewApiUsersPage(ctx: Ctx, session: Session): string {
  const path = '/api-registration/user-credentials/view-api-users';
  const crumbs = ['Home', 'API Registration', 'User Credentials', 'View API Users'];
  return appPage(ctx, session, {
    title: 'View API Users',
    path,
    page: 'view-api-users',
    crumbs,
    body: `<h2 class="uk-heading-divider">View API Users</h2>\n${registrationsTable(ctx)}`,
  });
}

function placeholderPage(ctx: Ctx, session: Session, path: string, title: string): string {
  const group = MENU.find((node) => holds(node, path) && node.children);
  const crumbs = group ? ['Home', group.label, title] : ['Home', title];
  const body = `<h2 class="uk-heading-divider">${esc(title)}</h2>
<div class="uk-card uk-card-default uk-card-body"><p class="uk-text-muted uk-text-center">No records found.</p></div>`;
  return appPage(ctx, session, { title, path, page: 'placeholder', crumbs, body });
}

function notFoundPage(ctx: Ctx, session: Session): string {
  const body = `<h2 class="uk-heading-divider">Page Not Found</h2>
<div class="uk-alert-danger" uk-alert><p>The page you requested could not be found.</p></div>
<a class="uk-button uk-button-primary" href="/dashboard">Go to Dash Board</a>`;
  return appPage(ctx, session, {
    title: 'Not Found',
    path: '',
    page: 'not-found',
    crumbs: ['Home', 'Not Found'],
    body,
  });
}
