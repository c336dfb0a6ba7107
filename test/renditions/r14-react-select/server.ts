/**
 * Rendition r14-react-select: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2021-2024 create-react-app build of a
 * React 18 single-page app would draw it: react-bootstrap 2 (Navbar + NavDropdown, Nav.flex-column,
 * Modal portals, Form.Check radios, InputGroup, Alert, Spinner), react-select 5 (AsyncSelect with
 * emotion's hashed class names, menu inside the container), react-toastify 9 (colored theme, top-right,
 * 3 s auto-close driven by the progress bar's animationend), react-otp-input 2 (six one-character
 * `type=tel` boxes with '-' separators) and Formik-style inline validation. No real React: a small
 * hand-written runtime (hooks, keyed diff, portals, batched re-renders in a microtask) renders the same
 * DOM into one `div#root`. The server is a JSON API (`/api/...`, Spring-style errors) with a cookie
 * session (`SESSION`, HttpOnly) and an axios-style double-submit `XSRF-TOKEN` cookie.
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - URLs (client-side routes, history.pushState): `/` public home page (navbar "Login" Nav.Link),
 *   `/login` (login card, then the 2FA card on the same route), `/dashboard` (heading "Dash Board"),
 *   `/api-registration/create-user`; other menu entries are placeholder routes ("No records found.").
 *   Every non-API path answers the same index.html (CRA's `/static/js/main.<hash>.js` and
 *   `/static/css/main.<hash>.css`); a private route loaded without a session renders the login route
 *   (`<Navigate to="/login" replace>`), and returns to the asked route after login.
 * - Login: labels without `for`, inputs with names only (username, password, captcha); the captcha is
 *   an SVG image from `/api/auth/captcha?t=...` beside a refresh button. Captcha checked first
 *   (case-insensitive), then the credentials. Refusals: a red toast plus Formik inline
 *   `.invalid-feedback` ("Invalid Captcha. Please enter the characters shown in the image." under the
 *   captcha, "Invalid Login Credentials. Please check your username and password." under the password);
 *   the captcha is redrawn and emptied. React's value-attribute syncing is reproduced: a controlled
 *   input's `value` attribute follows what is typed, passwords included.
 * - 2FA: card "Two-Factor Authentication", react-otp-input boxes, "Verify OTP", "Resend OTP". Wrong:
 *   toast and inline "Invalid OTP. Please enter the valid OTP sent to your registered mobile number.".
 * - After login the dashboard loads its data (spinner), then shows the Modal "Contacts of Technical
 *   Person" (static backdrop, editable name/mobile/e-mail, "Update" and "Exit", header ×), and when that
 *   one has faded out a second Modal "Important Notice" (2FA announcement, "Close"). Once per session.
 * - Menu: navbar NavDropdowns "e-Invoice", "API Registration" (header "User Credentials", items
 *   "Create API User", "Change API Password", "Freeze API User", divider, "IP Whitelisting"),
 *   "MIS Reports", "User Management", and a user dropdown (Profile, Logout); a left Nav.flex-column of
 *   ordinary links (no API Registration there). Dropdown menus mount on first open and stay in the DOM.
 * - API OTP: "Create API User" POSTs `/api/api-registration/otp/send` on mount (spinner), then the card
 *   "API Registration" says where the OTP went and shows "Enter OTP" (react-otp-input) and "Verify OTP"
 *   (disabled until six digits). Wrong OTP: red toast + inline text, boxes emptied.
 * - Form: "Do you wish to Register your GSTIN for" with inline radios Directly / Through GSP / Through
 *   ERP / Through Client-Id of other (ids `reg-type-*`); only Through GSP shows the fields. "Select your
 *   GSP": react-select Async (defaultOptions, debounced server search), 26 names. "Username" as an
 *   InputGroup with the `API_` prefix; "Password", "Re-enter Password" (8-15 with upper, lower, digit,
 *   special). "Submit" opens the Modal "Confirm" ("No" / "Yes, Submit"); "Exit" returns to the dashboard.
 *   Refusals: duplicate (Tera Software Limited is on file, or any registration made here) and
 *   username-taken (API_admin, API_test, API_demo or any made here), each a toast + a dismissible
 *   `.alert-danger`. Success: `Alert variant=success` and the registered-GSPs table gains the row.
 * - Session loss: the API answers 401 JSON; the axios-style interceptor shows the toast "Session
 *   expired, please login again" and navigates to `/login` with pushState (no page load).
 * - expireOnce: the first request of that stage (otp/send, otp/verify, or the Submit POST) deletes the
 *   server session first, so it answers 401 as any lost session does.
 * - Quirks kept on purpose: react-select instance ids count up per mount (the dashboard's two plain
 *   Selects take 1 and 2, so the GSP picker is `react-select-3` on a first visit, higher later); its
 *   hidden live region repeats option names; toasts carry `role=alert` on `.Toastify__toast-body` (as
 *   v9 renders it) and enter with a bounce from off-screen; the notice modal has both the header ×
 *   (`aria-label=Close`) and a "Close" button; the OTP boxes shift digits left when one in the middle
 *   is emptied (react-otp-input 2 joins its array).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type ReactSelectR14Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface ReactSelectR14Options {
  expireOnce?: ReactSelectR14Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface ReactSelectR14State {
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

export interface ReactSelectR14Rendition {
  url: string;
  close(): Promise<void>;
  state: ReactSelectR14State;
}

export const REACT_SELECT_R14_LOGIN: { username: string; password: string } = {
  username: 'unitedmfg27',
  password: 'Sahyadri@2024',
};

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'auth';
  username: string;
  popupsShown: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  contact: { name: string; mobile: string; email: string };
}

interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  cookies: Record<string, string>;
  setCookies: string[];
}

const GSPS: string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Botree Software International Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'Go4Hosting Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'Masters India Private Limited',
  'Mastek Limited',
  'NSDL e-Governance Infrastructure Limited',
  'Reliance Corporate IT Park Limited',
  'SAG Infotech Private Limited',
  'Seshaasai Business Forms Private Limited',
  'Spice Digital Limited',
  'Tally ( India) Private Ltd',
  'Taxilla Private Limited',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
  'Zoho Corporation Private Limited',
];

const gspId = (index: number): string => `GSP${String(index + 101).padStart(4, '0')}`;
const RESERVED_USERNAMES = ['API_ADMIN', 'API_TEST', 'API_DEMO', 'API_EINVOICE'];
const ON_FILE = {
  gsp: 'Tera Software Limited',
  username: 'API_unitedtera',
  createdOn: '14/08/2021 11:42:07',
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return out;
}

function istNow(): string {
  const d = new Date(Date.now() + 330 * 60_000);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(
    d.getUTCMinutes(),
  )}:${p(d.getUTCSeconds())}`;
}

function send(
  ctx: Ctx,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
) {
  const headers: Record<string, string | string[]> = {
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  };
  if (ctx.setCookies.length) headers['Set-Cookie'] = ctx.setCookies;
  ctx.res.writeHead(status, headers);
  ctx.res.end(ctx.req.method === 'HEAD' ? undefined : body);
}

function json(ctx: Ctx, status: number, body: unknown): void {
  send(ctx, status, 'application/json', JSON.stringify(body), {
    'Cache-Control': 'no-cache, no-store, max-age=0, must-revalidate',
  });
}

/** A Spring-style error body. */
function fail(ctx: Ctx, status: number, message: string, extra: Record<string, unknown> = {}): void {
  const error = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
  }[status as 400];
  json(ctx, status, {
    timestamp: new Date().toISOString(),
    status,
    error: error ?? 'Error',
    message,
    path: new URL(ctx.req.url ?? '/', 'http://x').pathname,
    ...extra,
  });
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64_000) break;
    chunks.push(chunk as Buffer);
  }
  try {
    const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function captchaSvg(text: string): string {
  const rnd = (a: number, b: number): number => a + Math.random() * (b - a);
  const colors = ['#1f3b73', '#7a1f1f', '#1f5e2e', '#5b2a7a', '#7a5b1f'];
  let noise = '';
  for (let i = 0; i < 7; i++) {
    noise += `<path d="M${rnd(0, 40).toFixed(1)} ${rnd(5, 45).toFixed(1)} Q${rnd(40, 110).toFixed(1)} ${rnd(
      0,
      50,
    ).toFixed(1)} ${rnd(110, 160).toFixed(1)} ${rnd(5, 45).toFixed(1)}" stroke="${
      colors[i % colors.length]
    }" stroke-opacity="0.55" stroke-width="${rnd(0.8, 1.8).toFixed(1)}" fill="none"/>`;
  }
  for (let i = 0; i < 40; i++) {
    noise += `<circle cx="${rnd(0, 160).toFixed(1)}" cy="${rnd(0, 50).toFixed(1)}" r="${rnd(0.5, 1.4).toFixed(
      1,
    )}" fill="#555" fill-opacity="0.5"/>`;
  }
  const glyphs = [...text]
    .map((ch, i) => {
      const x = 18 + i * 27 + rnd(-3, 3);
      const y = 34 + rnd(-4, 4);
      return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rnd(-22, 22).toFixed(
        0,
      )} ${x.toFixed(1)} ${y.toFixed(1)})" fill="${colors[i % colors.length]}" font-family="Georgia,serif" font-size="${rnd(
        24,
        30,
      ).toFixed(0)}" font-weight="bold">${ch.replace(/[<&>]/g, '')}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="50" viewBox="0 0 160 50"><rect width="160" height="50" fill="#e9eef5"/>${noise}${glyphs}</svg>`;
}

export async function startReactSelectR14Rendition(
  options: ReactSelectR14Options = {},
): Promise<ReactSelectR14Rendition> {
  const state: ReactSelectR14State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  let expiryPending: ReactSelectR14Expiry | undefined = options.expireOnce;
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();
  const assets = buildAssets();

  function newSession(ctx: Ctx, from?: Session): Session {
    const session: Session = {
      id: randomBytes(18).toString('base64url'),
      stage: from?.stage ?? 'anon',
      username: from?.username ?? '',
      popupsShown: false,
      apiOtpSent: false,
      apiOtpVerified: false,
      contact: from?.contact ?? {
        name: 'Rahul Deshpande',
        mobile: '9822014821',
        email: 'it.support@unitedmfg.in',
      },
    };
    if (from) sessions.delete(from.id);
    sessions.set(session.id, session);
    ctx.setCookies.push(`SESSION=${session.id}; Path=/; HttpOnly; SameSite=Lax`);
    return session;
  }

  /** The first request of the configured stage finds its session gone. */
  function expiresNow(ctx: Ctx, stage: ReactSelectR14Expiry, session: Session): boolean {
    if (expiryPending !== stage) return false;
    expiryPending = undefined;
    sessions.delete(session.id);
    state.expired.push(stage);
    fail(ctx, 401, 'Session expired');
    return true;
  }

  function profile(session: Session) {
    return {
      username: session.username,
      gstin: state.gstin,
      legalName: 'UNITED MANUFACTURING COMPANY',
      tradeName: 'United Mfg Co',
      stateName: 'MAHARASHTRA',
      lastLogin: '12/03/2024 10:14:52',
    };
  }

  async function api(ctx: Ctx, method: string, path: string, url: URL): Promise<void> {
    let session = sessions.get(ctx.cookies.SESSION ?? '');
    if (!ctx.cookies['XSRF-TOKEN']) {
      ctx.setCookies.push(`XSRF-TOKEN=${randomBytes(16).toString('hex')}; Path=/; SameSite=Lax`);
    }
    const mutating = method === 'POST' || method === 'PUT' || method === 'DELETE';
    if (mutating) {
      const header = ctx.req.headers['x-xsrf-token'];
      if (!ctx.cookies['XSRF-TOKEN'] || header !== ctx.cookies['XSRF-TOKEN']) {
        return fail(ctx, 403, 'Invalid CSRF token found for the request.');
      }
    }
    const body = mutating ? await readJson(ctx.req) : {};
    const route = `${method} ${path}`;

    // ---- public endpoints ----
    if (route === 'GET /api/auth/me') {
      if (!session) session = newSession(ctx);
      if (session.stage === 'auth') return json(ctx, 200, { authenticated: true, user: profile(session) });
      return json(ctx, 200, { authenticated: false });
    }
    if (route === 'GET /api/auth/captcha') {
      if (!session) session = newSession(ctx);
      return send(ctx, 200, 'image/svg+xml', captchaSvg(state.captcha), {
        'Cache-Control': 'no-store',
      });
    }
    if (route === 'POST /api/auth/login') {
      await sleep(250);
      if (!session) session = newSession(ctx);
      const username = str(body.username).trim();
      const password = str(body.password);
      const captcha = str(body.captcha).trim();
      if (!username || !password || !captcha)
        return fail(ctx, 400, 'Username, password and captcha are required');
      if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        return fail(ctx, 400, 'Invalid Captcha. Please enter the characters shown in the image.', {
          field: 'captcha',
        });
      }
      if (
        username.toLowerCase() !== REACT_SELECT_R14_LOGIN.username ||
        password !== REACT_SELECT_R14_LOGIN.password
      ) {
        state.refusals.push('login');
        return fail(ctx, 400, 'Invalid Login Credentials. Please check your username and password.', {
          field: 'password',
        });
      }
      session.stage = 'otp';
      session.username = REACT_SELECT_R14_LOGIN.username;
      return json(ctx, 200, { otpSent: true, maskedMobile: '******4821', validity: 300 });
    }
    if (route === 'POST /api/auth/login/otp' || route === 'POST /api/auth/login/otp/resend') {
      await sleep(200);
      if (session?.stage !== 'otp') {
        return fail(ctx, 400, 'Your login attempt has timed out. Please login again.', {
          code: 'LOGIN_RESTART',
        });
      }
      if (route.endsWith('/resend')) return json(ctx, 200, { otpSent: true, maskedMobile: '******4821' });
      if (str(body.otp) !== state.loginOtp) {
        state.refusals.push('login-otp');
        return fail(
          ctx,
          400,
          'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
          {
            field: 'otp',
          },
        );
      }
      session = newSession(ctx, session);
      session.stage = 'auth';
      return json(ctx, 200, { authenticated: true, user: profile(session) });
    }
    if (route === 'POST /api/auth/logout') {
      if (session) sessions.delete(session.id);
      ctx.setCookies.push('SESSION=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax');
      return json(ctx, 200, { loggedOut: true });
    }
    if (route === 'GET /api/public/updates') {
      return json(ctx, 200, [
        { date: '01/04/2025', text: 'Two-factor authentication (2FA) is mandatory for all taxpayers.' },
        {
          date: '15/03/2024',
          text: 'Time limit of 30 days for reporting invoices on IRP for AATO >= 10 Cr.',
        },
        { date: '10/11/2023', text: 'Multi-factor authentication through the Sandes / NIC-GST-Shield app.' },
        { date: '01/08/2023', text: 'e-Invoicing applicable for taxpayers with AATO above Rs. 5 Cr.' },
      ]);
    }

    // ---- private endpoints ----
    if (session?.stage !== 'auth') {
      return fail(ctx, 401, 'Full authentication is required to access this resource');
    }
    const live: Session = session;
    if (route === 'GET /api/dashboard/summary') {
      await sleep(350);
      const first = !live.popupsShown;
      live.popupsShown = true;
      return json(ctx, 200, {
        generations: { today: 12, month: 418, year: 5120 },
        cancelled: { today: 0, month: 6, year: 71 },
        popups: first
          ? {
              technicalContact: live.contact,
              notice: {
                title: 'Important Notice',
                text: 'Two-factor authentication is mandatory from 1st April 2025 for all taxpayers. Please keep your registered mobile number updated. The OTP may also be received on the Sandes app or the NIC-GST-Shield app.',
              },
            }
          : null,
      });
    }
    if (route === 'PUT /api/profile/technical-contact') {
      live.contact = { name: str(body.name), mobile: str(body.mobile), email: str(body.email) };
      return json(ctx, 200, { message: 'Technical contact details updated successfully' });
    }
    if (route === 'POST /api/api-registration/otp/send') {
      if (expiresNow(ctx, 'api-otp-send', live)) return;
      await sleep(500);
      live.apiOtpSent = true;
      live.apiOtpVerified = false;
      return json(ctx, 200, {
        message: 'OTP has been sent to your registered mobile number',
        maskedMobile: '******4821',
        validity: 600,
      });
    }
    if (route === 'POST /api/api-registration/otp/verify') {
      if (expiresNow(ctx, 'api-otp-verify', live)) return;
      await sleep(250);
      if (!live.apiOtpSent) return fail(ctx, 400, 'Please request an OTP first.');
      if (str(body.otp) !== state.apiOtp) {
        state.refusals.push('api-otp');
        return fail(ctx, 400, 'Invalid OTP. Please enter the valid OTP.', { field: 'otp' });
      }
      live.apiOtpVerified = true;
      return json(ctx, 200, { verified: true, gstin: state.gstin });
    }
    if (route === 'GET /api/masters/gsps') {
      await sleep(600);
      const q = (url.searchParams.get('search') ?? '').trim().toLowerCase();
      return json(
        ctx,
        200,
        GSPS.map((name, i) => ({ gspId: gspId(i), gspName: name })).filter((g) =>
          g.gspName.toLowerCase().includes(q),
        ),
      );
    }
    if (route === 'GET /api/api-registration/users') {
      return json(ctx, 200, registered());
    }
    if (route === 'POST /api/api-registration/users') {
      if (expiresNow(ctx, 'submit', live)) return;
      await sleep(400);
      if (!live.apiOtpVerified)
        return fail(ctx, 403, 'OTP verification is required. Please verify the OTP again.');
      if (str(body.regType) !== 'GSP')
        return fail(ctx, 400, 'This registration type is not enabled for your GSTIN.');
      const index = GSPS.findIndex((_, i) => gspId(i) === str(body.gspId));
      const gsp = GSPS[index];
      if (gsp === undefined) return fail(ctx, 400, 'Please select a valid GSP.');
      const typed = str(body.userName);
      const username = typed.startsWith('API_') ? typed : `API_${typed}`;
      const password = str(body.password);
      if (!/^API_[A-Za-z0-9_.-]{3,30}$/.test(username)) return fail(ctx, 400, 'Invalid username.');
      if (!passwordOk(password)) {
        return fail(ctx, 400, 'Password does not meet the password policy.');
      }
      if (password !== str(body.confirmPassword)) return fail(ctx, 400, 'Passwords do not match.');
      if (gsp === ON_FILE.gsp || state.users.some((u) => u.gstin === state.gstin && u.gsp === gsp)) {
        state.refusals.push('duplicate');
        return fail(ctx, 409, `GSTIN ${state.gstin} is already registered with ${gsp}.`, {
          code: 'DUPLICATE',
        });
      }
      const upper = username.toUpperCase();
      if (
        RESERVED_USERNAMES.includes(upper) ||
        upper === ON_FILE.username.toUpperCase() ||
        state.users.some((u) => u.username.toUpperCase() === upper)
      ) {
        state.refusals.push('username-taken');
        return fail(ctx, 409, `Username ${username} is already taken. Please choose a different username.`, {
          code: 'USERNAME_TAKEN',
          field: 'username',
        });
      }
      const user = { gstin: state.gstin, gsp, username, password, createdOn: istNow() };
      state.users.push(user);
      live.apiOtpVerified = false;
      return json(ctx, 201, {
        message: `API user ${username} has been created successfully for ${gsp}.`,
        userName: username,
        gspName: gsp,
        createdOn: user.createdOn,
      });
    }
    return fail(ctx, 404, 'No handler found');
  }

  function registered() {
    return [
      { gspName: ON_FILE.gsp, userName: ON_FILE.username, createdOn: ON_FILE.createdOn, status: 'Active' },
      ...state.users.map((u) => ({
        gspName: u.gsp,
        userName: u.username,
        createdOn: u.createdOn,
        status: 'Active',
      })),
    ];
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const ctx: Ctx = { req, res, cookies: parseCookies(req.headers.cookie), setCookies: [] };
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (path.startsWith('/api/')) return api(ctx, method, path, url);
    if (method !== 'GET' && method !== 'HEAD') return send(ctx, 405, 'text/plain', 'Method Not Allowed');
    const immutable = { 'Cache-Control': 'public, max-age=31536000, immutable' };
    if (path === assets.jsPath)
      return send(ctx, 200, 'application/javascript; charset=utf-8', assets.js, immutable);
    if (path === assets.cssPath) return send(ctx, 200, 'text/css; charset=utf-8', assets.css, immutable);
    if (path === '/manifest.json') return send(ctx, 200, 'application/json', MANIFEST);
    if (path === '/favicon.ico') return send(ctx, 200, 'image/svg+xml', FAVICON);
    if (path === '/robots.txt') return send(ctx, 200, 'text/plain', 'User-agent: *\nDisallow:\n');
    if (path.startsWith('/static/')) return send(ctx, 404, 'text/plain', 'Not Found');
    return send(ctx, 200, 'text/html; charset=utf-8', assets.html, { 'Cache-Control': 'no-cache' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ status: 500, error: 'Internal Server Error', message: String(error) }));
      } else res.destroy();
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
        for (const socket of sockets) socket.destroy();
        sockets.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function passwordOk(password: string): boolean {
  return (
    password.length >= 8 &&
    password.length <= 15 &&
    /[A-Z]/.test(password) &&
    /[a-z]/.test(password) &&
    /[0-9]/.test(password) &&
    /[^A-Za-z0-9]/.test(password)
  );
}

function buildAssets() {
  const hash = (text: string): string => createHash('md5').update(text).digest('hex').slice(0, 8);
  const js = CLIENT_JS.join('\n');
  const css = MAIN_CSS.join('\n');
  const jsPath = `/static/js/main.${hash(js)}.js`;
  const cssPath = `/static/css/main.${hash(css)}.css`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"/><link rel="icon" href="/favicon.ico"/><meta name="viewport" content="width=device-width,initial-scale=1"/><meta name="theme-color" content="#0b3d91"/><meta name="description" content="e-Invoice System - Invoice Registration Portal"/><link rel="manifest" href="/manifest.json"/><title>e-Invoice System</title><script defer="defer" src="${jsPath}"></script><link href="${cssPath}" rel="stylesheet"></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>`;
  return { js, css, jsPath, cssPath, html };
}

const MANIFEST = JSON.stringify({
  short_name: 'e-Invoice',
  name: 'e-Invoice System',
  icons: [{ src: 'favicon.ico', sizes: '64x64 32x32 24x24 16x16', type: 'image/x-icon' }],
  start_url: '.',
  display: 'standalone',
  theme_color: '#0b3d91',
  background_color: '#ffffff',
});

const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b3d91"/><path d="M9 8h14v3H13v4h8v3h-8v4h10v3H9z" fill="#fff"/></svg>';

// ---------------------------------------------------------------------------------------------------
// main.<hash>.css: the bootstrap 5.2 parts the app uses, react-toastify 9's stylesheet, the app's own.
// ---------------------------------------------------------------------------------------------------
const MAIN_CSS: string[] = [
  `:root{--bs-blue:#0d6efd;--bs-primary:#0d6efd;--bs-primary-rgb:13,110,253;--bs-body-font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","Noto Sans","Liberation Sans",Arial,sans-serif;--bs-body-font-size:1rem;--bs-body-line-height:1.5;--bs-body-color:#212529;--bs-body-bg:#fff;--bs-border-color:#dee2e6;--bs-border-radius:0.375rem}
*,:after,:before{box-sizing:border-box}
body{margin:0;font-family:var(--bs-body-font-family);font-size:1rem;font-weight:400;line-height:1.5;color:#212529;background-color:#f4f6f9;-webkit-text-size-adjust:100%}
h1,h2,h3,h4,h5,h6,.h4,.h5,.h6{margin-top:0;margin-bottom:.5rem;font-weight:500;line-height:1.2}
h4,.h4{font-size:1.5rem}h5,.h5{font-size:1.25rem}h6,.h6{font-size:1rem}
p{margin-top:0;margin-bottom:1rem}ul{padding-left:2rem;margin-top:0;margin-bottom:1rem}
a{color:#0d6efd;text-decoration:underline}a:hover{color:#0a58ca}
hr{margin:1rem 0;color:inherit;border:0;border-top:1px solid;opacity:.25}
small,.small{font-size:.875em}
img,svg{vertical-align:middle}
label{display:inline-block}
button{border-radius:0}button,input,select,textarea{margin:0;font-family:inherit;font-size:inherit;line-height:inherit}
button:not(:disabled){cursor:pointer}
table{caption-side:bottom;border-collapse:collapse}th{text-align:inherit}
.container-fluid{width:100%;padding-right:.75rem;padding-left:.75rem;margin-right:auto;margin-left:auto}
.container{width:100%;padding-right:.75rem;padding-left:.75rem;margin-right:auto;margin-left:auto;max-width:1140px}
.row{--bs-gutter-x:1.5rem;--bs-gutter-y:0;display:flex;flex-wrap:wrap;margin-top:calc(-1*var(--bs-gutter-y));margin-right:calc(-.5*var(--bs-gutter-x));margin-left:calc(-.5*var(--bs-gutter-x))}
.row>*{flex-shrink:0;width:100%;max-width:100%;padding-right:calc(var(--bs-gutter-x)*.5);padding-left:calc(var(--bs-gutter-x)*.5);margin-top:var(--bs-gutter-y)}
.col{flex:1 0 0%}.g-3{--bs-gutter-x:1rem;--bs-gutter-y:1rem}
@media (min-width:768px){.col-md-2{flex:0 0 auto;width:16.66666667%}.col-md-3{flex:0 0 auto;width:25%}.col-md-4{flex:0 0 auto;width:33.33333333%}.col-md-6{flex:0 0 auto;width:50%}.col-md-8{flex:0 0 auto;width:66.66666667%}.col-md-10{flex:0 0 auto;width:83.33333333%}}
@media (min-width:992px){.col-lg-4{flex:0 0 auto;width:33.33333333%}.col-lg-5{flex:0 0 auto;width:41.66666667%}.col-lg-8{flex:0 0 auto;width:66.66666667%}}
.d-flex{display:flex!important}.d-block{display:block!important}.d-none{display:none!important}.flex-column{flex-direction:column!important}.flex-wrap{flex-wrap:wrap!important}
.justify-content-between{justify-content:space-between!important}.justify-content-center{justify-content:center!important}.justify-content-end{justify-content:flex-end!important}.align-items-center{align-items:center!important}
.gap-2{gap:.5rem!important}.gap-3{gap:1rem!important}
.m-0{margin:0!important}.mb-0{margin-bottom:0!important}.mb-1{margin-bottom:.25rem!important}.mb-2{margin-bottom:.5rem!important}.mb-3{margin-bottom:1rem!important}.mb-4{margin-bottom:1.5rem!important}.mt-1{margin-top:.25rem!important}.mt-2{margin-top:.5rem!important}.mt-3{margin-top:1rem!important}.mt-4{margin-top:1.5rem!important}.me-1{margin-right:.25rem!important}.me-2{margin-right:.5rem!important}.me-auto{margin-right:auto!important}.ms-2{margin-left:.5rem!important}.ms-auto{margin-left:auto!important}.mx-auto{margin-left:auto!important;margin-right:auto!important}
.p-0{padding:0!important}.p-3{padding:1rem!important}.py-3{padding-top:1rem!important;padding-bottom:1rem!important}.py-4{padding-top:1.5rem!important;padding-bottom:1.5rem!important}.px-0{padding-left:0!important;padding-right:0!important}.pt-3{padding-top:1rem!important}
.w-100{width:100%!important}.h-100{height:100%!important}.min-vh-100{min-height:100vh!important}
.text-center{text-align:center!important}.text-end{text-align:right!important}.text-muted{color:#6c757d!important}.text-danger{color:#dc3545!important}.text-success{color:#198754!important}.text-white{color:#fff!important}.text-primary{color:#0d6efd!important}.fw-bold{font-weight:700!important}.fw-semibold{font-weight:600!important}.fs-6{font-size:1rem!important}.text-decoration-none{text-decoration:none!important}.text-nowrap{white-space:nowrap!important}
.bg-white{background-color:#fff!important}.bg-light{background-color:#f8f9fa!important}.bg-primary{background-color:#0b3d91!important}.bg-dark{background-color:#212529!important}
.border{border:1px solid #dee2e6!important}.border-0{border:0!important}.border-bottom{border-bottom:1px solid #dee2e6!important}.rounded{border-radius:.375rem!important}.shadow-sm{box-shadow:0 .125rem .25rem rgba(0,0,0,.075)!important}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;padding:0!important;margin:-1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important;white-space:nowrap!important;border:0!important}
.fade{transition:opacity .15s linear}.fade:not(.show){opacity:0}
.collapse:not(.show){display:none}`,
  `.btn{--bs-btn-padding-x:.75rem;--bs-btn-padding-y:.375rem;display:inline-block;padding:.375rem .75rem;font-size:1rem;font-weight:400;line-height:1.5;color:#212529;text-align:center;text-decoration:none;vertical-align:middle;cursor:pointer;user-select:none;border:1px solid transparent;border-radius:.375rem;background-color:transparent;transition:color .15s ease-in-out,background-color .15s ease-in-out,border-color .15s ease-in-out,box-shadow .15s ease-in-out}
.btn:disabled,.btn.disabled{pointer-events:none;opacity:.65}
.btn:focus-visible{outline:0;box-shadow:0 0 0 .25rem rgba(13,110,253,.5)}
.btn-primary{color:#fff;background-color:#0d6efd;border-color:#0d6efd}.btn-primary:hover{background-color:#0b5ed7;border-color:#0a58ca;color:#fff}
.btn-secondary{color:#fff;background-color:#6c757d;border-color:#6c757d}.btn-secondary:hover{background-color:#5c636a;color:#fff}
.btn-danger{color:#fff;background-color:#dc3545;border-color:#dc3545}.btn-danger:hover{background-color:#bb2d3b;color:#fff}
.btn-success{color:#fff;background-color:#198754;border-color:#198754}
.btn-outline-secondary{color:#6c757d;border-color:#6c757d}.btn-outline-secondary:hover{color:#fff;background-color:#6c757d}
.btn-outline-light{color:#f8f9fa;border-color:#f8f9fa}.btn-outline-light:hover{color:#000;background-color:#f8f9fa}
.btn-link{font-weight:400;color:#0d6efd;text-decoration:underline;border-color:transparent}.btn-link:disabled{color:#6c757d}
.btn-sm{padding:.25rem .5rem;font-size:.875rem;border-radius:.25rem}
.btn-close{box-sizing:content-box;width:1em;height:1em;padding:.25em .25em;color:#000;background:transparent url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='%23000'%3e%3cpath d='M.293.293a1 1 0 0 1 1.414 0L8 6.586 14.293.293a1 1 0 1 1 1.414 1.414L9.414 8l6.293 6.293a1 1 0 0 1-1.414 1.414L8 9.414l-6.293 6.293a1 1 0 0 1-1.414-1.414L6.586 8 .293 1.707a1 1 0 0 1 0-1.414z'/%3e%3c/svg%3e") center/1em auto no-repeat;border:0;border-radius:.375rem;opacity:.5}
.btn-close:hover{opacity:.75}.btn-close:focus{outline:0;box-shadow:0 0 0 .25rem rgba(13,110,253,.25);opacity:1}
.form-label{margin-bottom:.5rem}
.form-text{margin-top:.25rem;font-size:.875em;color:#6c757d}
.form-control{display:block;width:100%;padding:.375rem .75rem;font-size:1rem;font-weight:400;line-height:1.5;color:#212529;background-color:#fff;background-clip:padding-box;border:1px solid #ced4da;appearance:none;border-radius:.375rem;transition:border-color .15s ease-in-out,box-shadow .15s ease-in-out}
.form-control:focus{color:#212529;background-color:#fff;border-color:#86b7fe;outline:0;box-shadow:0 0 0 .25rem rgba(13,110,253,.25)}
.form-control::placeholder{color:#6c757d;opacity:1}
.form-control:disabled,.form-control[readonly]{background-color:#e9ecef;opacity:1}
.form-control-plaintext{display:block;width:100%;padding:.375rem 0;margin-bottom:0;line-height:1.5;color:#212529;background-color:transparent;border:solid transparent;border-width:1px 0}
.form-control-plaintext:focus{outline:0}
.form-control.is-invalid{border-color:#dc3545;padding-right:calc(1.5em + .75rem);background-image:url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 12 12' width='12' height='12' fill='none' stroke='%23dc3545'%3e%3ccircle cx='6' cy='6' r='4.5'/%3e%3cpath stroke-linejoin='round' d='M5.8 3.6h.4L6 6.5z'/%3e%3ccircle cx='6' cy='8.2' r='.6' fill='%23dc3545' stroke='none'/%3e%3c/svg%3e");background-repeat:no-repeat;background-position:right calc(.375em + .1875rem) center;background-size:calc(.75em + .375rem) calc(.75em + .375rem)}
.form-control.is-invalid:focus{border-color:#dc3545;box-shadow:0 0 0 .25rem rgba(220,53,69,.25)}
.invalid-feedback{display:none;width:100%;margin-top:.25rem;font-size:.875em;color:#dc3545}
.is-invalid~.invalid-feedback,.invalid-feedback.d-block{display:block}
.form-check{display:block;min-height:1.5rem;padding-left:1.5em;margin-bottom:.125rem}
.form-check-inline{display:inline-block;margin-right:1rem}
.form-check .form-check-input{float:left;margin-left:-1.5em}
.form-check-input{width:1em;height:1em;margin-top:.25em;vertical-align:top;background-color:#fff;background-repeat:no-repeat;background-position:center;background-size:contain;border:1px solid rgba(0,0,0,.25);appearance:none;print-color-adjust:exact}
.form-check-input[type=radio]{border-radius:50%}
.form-check-input:focus{border-color:#86b7fe;outline:0;box-shadow:0 0 0 .25rem rgba(13,110,253,.25)}
.form-check-input:checked{background-color:#0d6efd;border-color:#0d6efd}
.form-check-input:checked[type=radio]{background-image:url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='-4 -4 8 8'%3e%3ccircle r='2' fill='%23fff'/%3e%3c/svg%3e")}
.form-check-input.is-invalid{border-color:#dc3545}.form-check-input.is-invalid~.form-check-label{color:#dc3545}
.form-check-label{cursor:pointer}
.input-group{position:relative;display:flex;flex-wrap:wrap;align-items:stretch;width:100%}
.input-group>.form-control{position:relative;flex:1 1 auto;width:1%;min-width:0}
.input-group-text{display:flex;align-items:center;padding:.375rem .75rem;font-size:1rem;font-weight:400;line-height:1.5;color:#212529;text-align:center;white-space:nowrap;background-color:#e9ecef;border:1px solid #ced4da;border-radius:.375rem}
.input-group>:not(:first-child):not(.dropdown-menu):not(.invalid-feedback){margin-left:-1px;border-top-left-radius:0;border-bottom-left-radius:0}
.input-group.has-validation>:nth-last-child(n+3):not(.dropdown-menu),.input-group:not(.has-validation)>:not(:last-child):not(.dropdown-menu){border-top-right-radius:0;border-bottom-right-radius:0}
.card{position:relative;display:flex;flex-direction:column;min-width:0;word-wrap:break-word;background-color:#fff;background-clip:border-box;border:1px solid rgba(0,0,0,.175);border-radius:.375rem}
.card-header{padding:.5rem 1rem;margin-bottom:0;background-color:rgba(0,0,0,.03);border-bottom:1px solid rgba(0,0,0,.175)}
.card-header:first-child{border-radius:calc(.375rem - 1px) calc(.375rem - 1px) 0 0}
.card-body{flex:1 1 auto;padding:1rem}.card-title{margin-bottom:.5rem}.card-text:last-child{margin-bottom:0}
.card-footer{padding:.5rem 1rem;background-color:rgba(0,0,0,.03);border-top:1px solid rgba(0,0,0,.175)}
.alert{position:relative;padding:1rem;margin-bottom:1rem;border:1px solid transparent;border-radius:.375rem}
.alert-heading{color:inherit}.alert-dismissible{padding-right:3rem}.alert-dismissible .btn-close{position:absolute;top:0;right:0;z-index:2;padding:1.25rem 1rem}
.alert-success{color:#0f5132;background-color:#d1e7dd;border-color:#badbcc}.alert-danger{color:#842029;background-color:#f8d7da;border-color:#f5c2c7}
.alert-info{color:#055160;background-color:#cff4fc;border-color:#b6effb}.alert-warning{color:#664d03;background-color:#fff3cd;border-color:#ffecb5}
.table{width:100%;margin-bottom:1rem;color:#212529;vertical-align:top;border-color:#dee2e6}
.table>:not(caption)>*>*{padding:.5rem .5rem;background-color:transparent;border-bottom-width:1px;border-bottom-style:solid;border-color:inherit}
.table>thead{vertical-align:bottom}.table-bordered>:not(caption)>*{border-width:1px 0}.table-bordered>:not(caption)>*>*{border-width:0 1px}
.table-striped>tbody>tr:nth-of-type(odd)>*{background-color:rgba(0,0,0,.05)}.table-sm>:not(caption)>*>*{padding:.25rem .25rem}
.table-responsive{overflow-x:auto}
.badge{display:inline-block;padding:.35em .65em;font-size:.75em;font-weight:700;line-height:1;color:#fff;text-align:center;white-space:nowrap;vertical-align:baseline;border-radius:.375rem}
.breadcrumb{display:flex;flex-wrap:wrap;padding:0;margin-bottom:1rem;list-style:none;font-size:.875rem}
.breadcrumb-item+.breadcrumb-item{padding-left:.5rem}.breadcrumb-item+.breadcrumb-item:before{float:left;padding-right:.5rem;color:#6c757d;content:"/"}.breadcrumb-item.active{color:#6c757d}
.spinner-border{display:inline-block;width:2rem;height:2rem;vertical-align:-.125em;border:.25em solid currentcolor;border-right-color:transparent;border-radius:50%;animation:.75s linear infinite spinner-border}
.spinner-border-sm{width:1rem;height:1rem;border-width:.2em}
@keyframes spinner-border{to{transform:rotate(360deg)}}`,
  `.nav{display:flex;flex-wrap:wrap;padding-left:0;margin-bottom:0;list-style:none}
.nav-link{display:block;padding:.5rem 1rem;color:#0d6efd;text-decoration:none;transition:color .15s ease-in-out,background-color .15s ease-in-out}
.nav-pills .nav-link{border-radius:.375rem;color:#33415c}.nav-pills .nav-link:hover{background-color:#e7ecf5}.nav-pills .nav-link.active{color:#fff;background-color:#0b3d91}
.navbar{position:relative;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;padding:.5rem 0}
.navbar>.container,.navbar>.container-fluid{display:flex;flex-wrap:inherit;align-items:center;justify-content:space-between}
.navbar-brand{padding-top:.3125rem;padding-bottom:.3125rem;margin-right:1rem;font-size:1.25rem;text-decoration:none;white-space:nowrap;display:flex;align-items:center;gap:.5rem}
.navbar-nav{display:flex;flex-direction:column;padding-left:0;margin-bottom:0;list-style:none}
.navbar-nav .nav-link{padding-right:0;padding-left:0}.navbar-nav .dropdown-menu{position:static}
.navbar-collapse{flex-basis:100%;flex-grow:1;align-items:center}
.navbar-toggler{padding:.25rem .75rem;font-size:1.25rem;line-height:1;background-color:transparent;border:1px solid transparent;border-radius:.375rem}
.navbar-toggler-icon{display:inline-block;width:1.5em;height:1.5em;vertical-align:middle;background-repeat:no-repeat;background-position:center;background-size:100%}
@media (min-width:992px){.navbar-expand-lg{flex-wrap:nowrap;justify-content:flex-start}.navbar-expand-lg .navbar-nav{flex-direction:row}.navbar-expand-lg .navbar-nav .dropdown-menu{position:absolute}.navbar-expand-lg .navbar-nav .nav-link{padding-right:.5rem;padding-left:.5rem}.navbar-expand-lg .navbar-collapse{display:flex!important;flex-basis:auto}.navbar-expand-lg .navbar-toggler{display:none}}
.navbar-dark .navbar-brand{color:#fff}.navbar-dark .nav-link{color:rgba(255,255,255,.75)}.navbar-dark .nav-link:hover,.navbar-dark .nav-link:focus{color:rgba(255,255,255,.95)}.navbar-dark .nav-link.active,.navbar-dark .show>.nav-link{color:#fff}
.navbar-dark .navbar-toggler{color:rgba(255,255,255,.55);border-color:rgba(255,255,255,.1)}
.navbar-dark .navbar-toggler-icon{background-image:url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 30 30'%3e%3cpath stroke='rgba%28255, 255, 255, 0.55%29' stroke-linecap='round' stroke-miterlimit='10' stroke-width='2' d='M4 7h22M4 15h22M4 23h22'/%3e%3c/svg%3e")}
.navbar-text{padding-top:.5rem;padding-bottom:.5rem}
.dropdown{position:relative}
.dropdown-toggle{white-space:nowrap}
.dropdown-toggle:after{display:inline-block;margin-left:.255em;vertical-align:.255em;content:"";border-top:.3em solid;border-right:.3em solid transparent;border-bottom:0;border-left:.3em solid transparent}
.dropdown-menu{position:absolute;z-index:1000;display:none;min-width:10rem;padding:.5rem 0;margin:0;font-size:1rem;color:#212529;text-align:left;list-style:none;background-color:#fff;background-clip:padding-box;border:1px solid rgba(0,0,0,.175);border-radius:.375rem;box-shadow:0 .5rem 1rem rgba(0,0,0,.15)}
.dropdown-menu[data-bs-popper]{top:100%;left:0;margin-top:.125rem}
.dropdown-menu-end[data-bs-popper]{right:0;left:auto}
.dropdown-menu.show{display:block}
.dropdown-item{display:block;width:100%;padding:.25rem 1rem;clear:both;font-weight:400;color:#212529;text-align:inherit;text-decoration:none;white-space:nowrap;background-color:transparent;border:0}
.dropdown-item:hover,.dropdown-item:focus{color:#1e2125;background-color:#e9ecef}
.dropdown-item.active,.dropdown-item:active{color:#fff;text-decoration:none;background-color:#0d6efd}
.dropdown-header{display:block;padding:.5rem 1rem;margin-bottom:0;font-size:.875rem;color:#6c757d;white-space:nowrap}
.dropdown-divider{height:0;margin:.5rem 0;overflow:hidden;border-top:1px solid rgba(0,0,0,.175);opacity:1}
.modal-open{overflow:hidden}
.modal{position:fixed;top:0;left:0;z-index:1055;display:none;width:100%;height:100%;overflow-x:hidden;overflow-y:auto;outline:0}
.modal-dialog{position:relative;width:auto;margin:.5rem;pointer-events:none}
.modal.fade .modal-dialog{transition:transform .3s ease-out;transform:translate(0,-50px)}
.modal.show .modal-dialog{transform:none}
.modal.modal-static .modal-dialog{transform:scale(1.02)}
.modal-dialog-centered{display:flex;align-items:center;min-height:calc(100% - 1rem)}
.modal-content{position:relative;display:flex;flex-direction:column;width:100%;pointer-events:auto;background-color:#fff;background-clip:padding-box;border:1px solid rgba(0,0,0,.175);border-radius:.5rem;outline:0}
.modal-backdrop{position:fixed;top:0;left:0;z-index:1050;width:100vw;height:100vh;background-color:#000}
.modal-backdrop.fade{opacity:0}.modal-backdrop.show{opacity:.5}
.modal-header{display:flex;flex-shrink:0;align-items:center;justify-content:space-between;padding:1rem 1rem;border-bottom:1px solid #dee2e6;border-top-left-radius:calc(.5rem - 1px);border-top-right-radius:calc(.5rem - 1px)}
.modal-header .btn-close{padding:.5rem .5rem;margin:-.5rem -.5rem -.5rem auto}
.modal-title{margin-bottom:0;line-height:1.5}
.modal-body{position:relative;flex:1 1 auto;padding:1rem}
.modal-footer{display:flex;flex-shrink:0;flex-wrap:wrap;align-items:center;justify-content:flex-end;padding:.75rem;background-color:#fff;border-top:1px solid #dee2e6;border-bottom-right-radius:calc(.5rem - 1px);border-bottom-left-radius:calc(.5rem - 1px)}
.modal-footer>*{margin:.25rem}
@media (min-width:576px){.modal-dialog{max-width:500px;margin:1.75rem auto}.modal-dialog-centered{min-height:calc(100% - 3.5rem)}}
@media (min-width:992px){.modal-lg{max-width:800px}}`,
  `:root{--toastify-color-light:#fff;--toastify-color-dark:#121212;--toastify-color-info:#3498db;--toastify-color-success:#07bc0c;--toastify-color-warning:#f1c40f;--toastify-color-error:#e74c3c;--toastify-color-transparent:hsla(0,0%,100%,.7);--toastify-icon-color-info:var(--toastify-color-info);--toastify-icon-color-success:var(--toastify-color-success);--toastify-icon-color-warning:var(--toastify-color-warning);--toastify-icon-color-error:var(--toastify-color-error);--toastify-toast-width:320px;--toastify-toast-background:#fff;--toastify-toast-min-height:64px;--toastify-toast-max-height:800px;--toastify-font-family:sans-serif;--toastify-z-index:9999;--toastify-text-color-light:#757575;--toastify-text-color-dark:#fff;--toastify-text-color-info:#fff;--toastify-text-color-success:#fff;--toastify-text-color-warning:#fff;--toastify-text-color-error:#fff;--toastify-spinner-color:#616161;--toastify-spinner-color-empty-area:#e0e0e0;--toastify-color-progress-light:linear-gradient(90deg,#4cd964,#5ac8fa,#007aff,#34aadc,#5856d6,#ff2d55);--toastify-color-progress-dark:#bb86fc;--toastify-color-progress-info:var(--toastify-color-info);--toastify-color-progress-success:var(--toastify-color-success);--toastify-color-progress-warning:var(--toastify-color-warning);--toastify-color-progress-error:var(--toastify-color-error)}
.Toastify__toast-container{z-index:var(--toastify-z-index);-webkit-transform:translate3d(0,0,var(--toastify-z-index));position:fixed;padding:4px;width:var(--toastify-toast-width);box-sizing:border-box;color:#fff}
.Toastify__toast-container--top-right{top:1em;right:1em}
@media only screen and (max-width:480px){.Toastify__toast-container{width:100vw;padding:0;left:0;margin:0}.Toastify__toast-container--top-right{top:0;transform:translateX(0)}}
.Toastify__toast{position:relative;min-height:var(--toastify-toast-min-height);box-sizing:border-box;margin-bottom:1rem;padding:8px;border-radius:4px;box-shadow:0 1px 10px 0 rgba(0,0,0,.1),0 2px 15px 0 rgba(0,0,0,.05);display:-ms-flexbox;display:flex;-ms-flex-pack:justify;justify-content:space-between;max-height:var(--toastify-toast-max-height);overflow:hidden;font-family:var(--toastify-font-family);cursor:default;direction:ltr;z-index:0}
.Toastify__toast--close-on-click{cursor:pointer}
.Toastify__toast-body{margin:auto 0;-ms-flex:1 1 auto;flex:1 1 auto;padding:6px;display:-ms-flexbox;display:flex;-ms-flex-align:center;align-items:center}
.Toastify__toast-body>div:last-child{word-break:break-word;-ms-flex:1;flex:1}
.Toastify__toast-icon{-webkit-margin-end:10px;margin-inline-end:10px;width:20px;-ms-flex-negative:0;flex-shrink:0;display:-ms-flexbox;display:flex}
.Toastify--animate{animation-fill-mode:both;animation-duration:.7s}
.Toastify--animate-icon{animation-fill-mode:both;animation-duration:.3s}
.Toastify__toast-theme--colored.Toastify__toast--default{background:var(--toastify-color-light);color:var(--toastify-text-color-light)}
.Toastify__toast-theme--colored.Toastify__toast--info{color:var(--toastify-text-color-info);background:var(--toastify-color-info)}
.Toastify__toast-theme--colored.Toastify__toast--success{color:var(--toastify-text-color-success);background:var(--toastify-color-success)}
.Toastify__toast-theme--colored.Toastify__toast--warning{color:var(--toastify-text-color-warning);background:var(--toastify-color-warning)}
.Toastify__toast-theme--colored.Toastify__toast--error{color:var(--toastify-text-color-error);background:var(--toastify-color-error)}
.Toastify__progress-bar-theme--colored.Toastify__progress-bar--error,.Toastify__progress-bar-theme--colored.Toastify__progress-bar--info,.Toastify__progress-bar-theme--colored.Toastify__progress-bar--success,.Toastify__progress-bar-theme--colored.Toastify__progress-bar--warning{background:var(--toastify-color-transparent)}
.Toastify__close-button{color:#fff;background:transparent;outline:none;border:none;padding:0;cursor:pointer;opacity:.7;transition:.3s ease;-ms-flex-item-align:start;align-self:flex-start}
.Toastify__close-button>svg{fill:currentColor;height:16px;width:14px}
.Toastify__close-button:focus,.Toastify__close-button:hover{opacity:1}
@keyframes Toastify__trackProgress{0%{transform:scaleX(1)}to{transform:scaleX(0)}}
.Toastify__progress-bar{position:absolute;bottom:0;left:0;width:100%;height:5px;z-index:var(--toastify-z-index);opacity:.7;transform-origin:left}
.Toastify__progress-bar--animated{animation:Toastify__trackProgress linear 1 forwards}
@keyframes Toastify__bounceInRight{0%,60%,75%,90%,to{animation-timing-function:cubic-bezier(.215,.61,.355,1)}0%{opacity:0;transform:translate3d(3000px,0,0)}60%{opacity:1;transform:translate3d(-25px,0,0)}75%{transform:translate3d(10px,0,0)}90%{transform:translate3d(-5px,0,0)}to{transform:none}}
@keyframes Toastify__bounceOutRight{20%{opacity:1;transform:translate3d(-20px,0,0)}to{opacity:0;transform:translate3d(2000px,0,0)}}
.Toastify__bounce-enter--top-right{animation-name:Toastify__bounceInRight}
.Toastify__bounce-exit--top-right{animation-name:Toastify__bounceOutRight}
@keyframes Toastify__zoomIn{0%{opacity:0;transform:scale3d(.3,.3,.3)}50%{opacity:1}}
.Toastify__zoom-enter{animation-name:Toastify__zoomIn}`,
  `.App{min-height:100vh;display:flex;flex-direction:column}
.app-navbar{box-shadow:0 2px 4px rgba(0,0,0,.2)}
.app-navbar .navbar-brand small{display:block;font-size:.7rem;opacity:.8;line-height:1}
.brand-logo{width:34px;height:34px;border-radius:6px;background:#fff;color:#0b3d91;font-weight:700;display:inline-flex;align-items:center;justify-content:center}
.app-body{flex:1 0 auto}
.sidebar{background:#fff;border-right:1px solid #dee2e6;min-height:calc(100vh - 112px);padding-top:1rem}
.sidebar .nav-link{font-size:.925rem;padding:.45rem .9rem;margin-bottom:.15rem}
.page-title{font-size:1.35rem;font-weight:600;color:#0b3d91}
.app-footer{background:#0b3d91;color:rgba(255,255,255,.85);font-size:.8rem;padding:.6rem 1rem;text-align:center}
.hero{background:linear-gradient(120deg,#0b3d91,#1565c0);color:#fff;padding:3rem 0;margin-bottom:2rem}
.hero h1{font-size:2.2rem;font-weight:600}
.login-wrapper{padding:3rem 0}
.login-card{max-width:440px;margin:0 auto}
.captcha-box{display:flex;align-items:center;gap:.5rem;margin-bottom:.5rem}
.captcha-box img{border:1px solid #ced4da;border-radius:.25rem;height:50px;width:160px}
.otp-container{margin:.25rem 0 .5rem}
.otp-container input{font-size:1.25rem}
.otp-container input:focus{border-color:#86b7fe;outline:0;box-shadow:0 0 0 .2rem rgba(13,110,253,.25)}
.stat-card .stat-value{font-size:1.8rem;font-weight:600;color:#0b3d91}
.stat-card .stat-label{font-size:.8rem;color:#6c757d;text-transform:uppercase}
.required:after{content:" *";color:#dc3545}
.form-section-title{font-size:1rem;font-weight:600;border-bottom:1px solid #dee2e6;padding-bottom:.35rem;margin-bottom:1rem}
.loading-screen{display:flex;align-items:center;justify-content:center;min-height:60vh;color:#0b3d91}`,
];

// ---------------------------------------------------------------------------------------------------
// main.<hash>.js: a small React-like runtime, the library components, the app. Plain ES5-ish script in
// String.raw chunks (no backticks, no template holes inside).
// ---------------------------------------------------------------------------------------------------
const CLIENT_JS: string[] = [
  `/*! For license information please see main.LICENSE.txt */
(function () {
  'use strict';
  // ------------------------------------------------------------------ runtime (react + react-dom)
  var SVGNS = 'http://www.w3.org/2000/svg';
  var PORTAL = 'portal';
  var EMPTY = {};
  var UNITLESS = { opacity: 1, zIndex: 1, flex: 1, flexGrow: 1, flexShrink: 1, fontWeight: 1, lineHeight: 1, order: 1, zoom: 1 };
  var currentInst = null;
  var hookIndex = 0;
  var pendingEffects = [];
  var scheduled = false;
  var rootKids = [];
  var rootDom = null;
  var rootComponent = null;

  function assign(target) {
    for (var i = 1; i < arguments.length; i++) {
      var src = arguments[i];
      if (src) for (var k in src) if (Object.prototype.hasOwnProperty.call(src, k)) target[k] = src[k];
    }
    return target;
  }
  function omit(obj, keys) {
    var out = {};
    for (var k in obj) if (keys.indexOf(k) < 0) out[k] = obj[k];
    return out;
  }
  function cx() {
    var out = [];
    for (var i = 0; i < arguments.length; i++) if (arguments[i]) out.push(arguments[i]);
    return out.join(' ');
  }
  function h(type, props) {
    var children = [];
    for (var i = 2; i < arguments.length; i++) children.push(arguments[i]);
    props = props || {};
    return { type: type, props: props, children: children, key: props.key == null ? null : String(props.key) };
  }
  function createPortal(children, container) {
    return { type: PORTAL, props: EMPTY, children: [children], key: null, container: container };
  }
  function norm(c) {
    if (c == null || typeof c === 'boolean') return null;
    if (typeof c === 'string' || typeof c === 'number') return { type: '#text', text: String(c), key: null, props: EMPTY };
    return c;
  }
  function flatten(list, out) {
    for (var i = 0; i < list.length; i++) {
      if (Array.isArray(list[i])) flatten(list[i], out);
      else out.push(norm(list[i]));
    }
    return out;
  }
  function domOf(v) {
    if (!v || v.type === PORTAL) return null;
    if (typeof v.type === 'function') return domOf(v._r);
    return v._dom;
  }
  function schedule() {
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(renderRoot);
    }
  }
  function renderRoot() {
    scheduled = false;
    rootKids = diffChildren(rootDom, rootComponent.map(function (c) { return h(c, null); }), rootKids, false, false);
    var list = pendingEffects;
    pendingEffects = [];
    for (var i = 0; i < list.length; i++) {
      var inst = list[i];
      if (inst.dead) continue;
      for (var j = 0; j < inst.hooks.length; j++) {
        var hk = inst.hooks[j];
        if (hk && hk.pending) {
          var fn = hk.pending;
          hk.pending = null;
          if (hk.cleanup) {
            try { hk.cleanup(); } catch (e) { console.error(e); }
          }
          var c = null;
          try { c = fn(); } catch (e) { console.error(e); }
          hk.cleanup = typeof c === 'function' ? c : null;
        }
      }
    }
  }
  function createRoot(dom) {
    rootDom = dom;
    return { render: function (component) { rootComponent = component; schedule(); } };
  }

  function unmount(v, remove) {
    if (!v) return;
    if (typeof v.type === 'function') {
      var inst = v._inst;
      inst.dead = true;
      for (var i = 0; i < inst.hooks.length; i++) {
        var hk = inst.hooks[i];
        if (hk && typeof hk.cleanup === 'function') {
          try { hk.cleanup(); } catch (e) { console.error(e); }
          hk.cleanup = null;
        }
      }
      unmount(v._r, remove);
      return;
    }
    if (v.type === PORTAL) {
      (v._kids || []).forEach(function (k) { unmount(k, true); });
      return;
    }
    if (v._kids) v._kids.forEach(function (k) { unmount(k, false); });
    if (v.props && v.props.ref) {
      if (typeof v.props.ref === 'function') v.props.ref(null);
      else v.props.ref.current = null;
    }
    if (remove && v._dom && v._dom.parentNode) v._dom.parentNode.removeChild(v._dom);
  }

  function diffChildren(parent, newKids, oldKids, svg, portal) {
    var keyed = {};
    var unkeyed = [];
    var i;
    for (i = 0; i < oldKids.length; i++) {
      var o = oldKids[i];
      if (o && o.key != null) keyed[o.key] = o;
      else unkeyed.push(o);
    }
    var out = [];
    var u = 0;
    for (i = 0; i < newKids.length; i++) {
      var n = newKids[i];
      var match = null;
      if (n && n.key != null) {
        match = keyed[n.key] || null;
        if (match) delete keyed[n.key];
      } else {
        match = unkeyed[u] || null;
        unkeyed[u] = null;
        u++;
      }
      if (match && (!n || match.type !== n.type)) {
        unmount(match, true);
        match = null;
      }
      out.push(n ? diff(parent, n, match, svg) : null);
    }
    for (var k in keyed) unmount(keyed[k], true);
    for (i = 0; i < unkeyed.length; i++) if (unkeyed[i]) unmount(unkeyed[i], true);
    var prev = null;
    for (i = 0; i < out.length; i++) {
      var d = domOf(out[i]);
      if (!d) continue;
      if (prev) {
        if (prev.nextSibling !== d) parent.insertBefore(d, prev.nextSibling);
      } else if (portal) {
        if (d.parentNode !== parent) parent.appendChild(d);
      } else if (parent.firstChild !== d) parent.insertBefore(d, parent.firstChild);
      prev = d;
    }
    return out;
  }

  function diff(parent, nv, ov, svg) {
    var t = nv.type;
    if (nv._used) nv = assign({}, nv, { _used: false });
    nv._used = true;
    if (t === '#text') {
      if (ov) {
        nv._dom = ov._dom;
        if (ov.text !== nv.text) nv._dom.data = nv.text;
      } else nv._dom = document.createTextNode(nv.text);
      return nv;
    }
    if (t === PORTAL) {
      nv._kids = diffChildren(nv.container, flatten(nv.children, []), ov ? ov._kids : [], false, true);
      return nv;
    }
    if (typeof t === 'function') {
      var inst = ov ? ov._inst : { hooks: [], dead: false };
      nv._inst = inst;
      var props = assign({}, nv.props);
      delete props.key;
      props.children = nv.children;
      var prevInst = currentInst;
      var prevIndex = hookIndex;
      currentInst = inst;
      hookIndex = 0;
      var out;
      try { out = norm(t(props)); } finally { currentInst = prevInst; hookIndex = prevIndex; }
      var old = ov ? ov._r : null;
      if (old && (!out || old.type !== out.type || old.key !== out.key)) {
        unmount(old, true);
        old = null;
      }
      nv._r = out ? diff(parent, out, old, svg) : null;
      pendingEffects.push(inst);
      return nv;
    }
    var isSvg = svg || t === 'svg';
    var dom = ov ? ov._dom : isSvg ? document.createElementNS(SVGNS, t) : document.createElement(t);
    nv._dom = dom;
    var op = ov ? ov.props : EMPTY;
    setProps(dom, nv.props, op, isSvg);
    var inner = nv.props.dangerouslySetInnerHTML;
    if (inner) {
      if (!ov || !op.dangerouslySetInnerHTML || op.dangerouslySetInnerHTML.__html !== inner.__html) dom.innerHTML = inner.__html;
      nv._kids = [];
    } else {
      nv._kids = diffChildren(dom, flatten(nv.children, []), ov ? ov._kids || [] : [], isSvg && t !== 'foreignObject', false);
    }
    var ref = nv.props.ref;
    if (ref) {
      if (typeof ref === 'function') ref(dom);
      else ref.current = dom;
    }
    return nv;
  }

  function eventType(dom, name) {
    var n = name.slice(2).toLowerCase();
    if (n === 'change') {
      var tag = dom.tagName;
      if ((tag === 'INPUT' && dom.type !== 'checkbox' && dom.type !== 'radio') || tag === 'TEXTAREA') return 'input';
      return 'change';
    }
    if (n === 'doubleclick') return 'dblclick';
    if (n === 'focus') return 'focusin';
    if (n === 'blur') return 'focusout';
    return n;
  }
  function listener(e) {
    var fn = this._ev && this._ev[e.type];
    if (fn) fn(e);
  }
  function setStyle(st, k, v) {
    if (k.indexOf('--') === 0) {
      st.setProperty(k, v == null ? '' : String(v));
      return;
    }
    var prop = k.replace(/[A-Z]/g, function (m) { return '-' + m.toLowerCase(); });
    if (v == null || v === '') st.removeProperty(prop);
    else st.setProperty(prop, typeof v === 'number' && !UNITLESS[k] ? v + 'px' : String(v));
  }
  function setProps(dom, np, op, svg) {
    var k;
    if (np.type !== op.type && np.type != null) dom.setAttribute('type', np.type);
    for (k in op) if (!(k in np)) setProp(dom, k, null, op[k], svg);
    for (k in np) if (k !== 'type' && (np[k] !== op[k] || k === 'value' || k === 'checked')) setProp(dom, k, np[k], op[k], svg);
  }
  function setProp(dom, name, value, old, svg) {
    if (name === 'children' || name === 'key' || name === 'ref' || name === 'dangerouslySetInnerHTML') return;
    if (name === 'style') {
      if (typeof value === 'string') {
        dom.style.cssText = value;
        return;
      }
      var s;
      old = old && typeof old === 'object' ? old : {};
      value = value || {};
      for (s in old) if (!(s in value)) setStyle(dom.style, s, null);
      for (s in value) if (value[s] !== old[s]) setStyle(dom.style, s, value[s]);
      return;
    }
    if (name[0] === 'o' && name[1] === 'n') {
      var type = eventType(dom, name);
      dom._ev = dom._ev || {};
      if (value) {
        if (!dom._ev[type]) dom.addEventListener(type, listener);
        dom._ev[type] = value;
      } else if (dom._ev[type]) {
        dom.removeEventListener(type, listener);
        delete dom._ev[type];
      }
      return;
    }
    if (name === 'className') name = 'class';
    else if (name === 'htmlFor') name = 'for';
    if (!svg && name === 'value') {
      var sv = value == null ? '' : String(value);
      if (dom.tagName === 'INPUT' && /^(radio|checkbox|hidden|submit|button)$/.test(dom.type)) {
        dom.setAttribute('value', sv);
        return;
      }
      if (dom.value !== sv) dom.value = sv;
      // react-dom keeps the value attribute in sync with a controlled input (defaultValue)
      if (dom.tagName === 'INPUT' && dom.getAttribute('value') !== sv) dom.setAttribute('value', sv);
      return;
    }
    if (!svg && name === 'checked') {
      dom.checked = !!value;
      return;
    }
    if (value == null || (value === false && !/^(aria-|data-)/.test(name))) {
      dom.removeAttribute(name);
      return;
    }
    dom.setAttribute(name, value === true && !/^(aria-|data-)/.test(name) ? '' : String(value));
  }

  // hooks
  function useState(init) {
    var inst = currentInst;
    var i = hookIndex++;
    var hk = inst.hooks[i];
    if (!hk) {
      hk = inst.hooks[i] = { v: typeof init === 'function' ? init() : init };
      hk.set = function (x) {
        var next = typeof x === 'function' ? x(hk.v) : x;
        if (next !== hk.v) {
          hk.v = next;
          if (!inst.dead) schedule();
        }
      };
    }
    return [hk.v, hk.set];
  }
  function depsChanged(a, b) {
    if (!a || !b || a.length !== b.length) return true;
    for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return true;
    return false;
  }
  function useEffect(fn, deps) {
    var inst = currentInst;
    var i = hookIndex++;
    var hk = inst.hooks[i] || (inst.hooks[i] = { deps: undefined, cleanup: null, pending: null, first: true });
    if (hk.first || !deps || depsChanged(hk.deps, deps)) {
      hk.first = false;
      hk.pending = fn;
      hk.deps = deps;
    }
  }
  function useRef(init) {
    var inst = currentInst;
    var i = hookIndex++;
    return inst.hooks[i] || (inst.hooks[i] = { current: init });
  }
  function useMemo(fn, deps) {
    var inst = currentInst;
    var i = hookIndex++;
    var hk = inst.hooks[i];
    if (!hk || depsChanged(hk.deps, deps)) hk = inst.hooks[i] = { memo: fn(), deps: deps };
    return hk.memo;
  }
  function useCallback(fn, deps) {
    return useMemo(function () { return fn; }, deps);
  }
`,
  String.raw`
  // ------------------------------------------------------------------ react-router-dom (the parts used)
  if (!history.state || history.state.idx == null) history.replaceState({ usr: null, key: 'default', idx: 0 }, '');
  var router = { path: location.pathname, state: history.state.usr || null, idx: history.state.idx || 0 };
  function navigate(to, opts) {
    opts = opts || {};
    var st = { usr: opts.state || null, key: Math.random().toString(36).slice(2, 10), idx: opts.replace ? router.idx : router.idx + 1 };
    if (opts.replace) history.replaceState(st, '', to);
    else history.pushState(st, '', to);
    router.path = location.pathname;
    router.state = st.usr;
    router.idx = st.idx;
    window.scrollTo(0, 0);
    schedule();
  }
  window.addEventListener('popstate', function (e) {
    router.path = location.pathname;
    router.state = (e.state && e.state.usr) || null;
    router.idx = (e.state && e.state.idx) || 0;
    schedule();
  });
  function Link(p) {
    var rest = omit(p, ['to', 'children', 'onClick', 'replace', 'state']);
    return h('a', assign(rest, {
      href: p.to,
      onClick: function (e) {
        if (p.onClick) p.onClick(e);
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        navigate(p.to, { replace: p.replace, state: p.state });
      },
    }), p.children);
  }
  function Navigate(p) {
    useEffect(function () { navigate(p.to, { replace: p.replace !== false, state: p.state }); }, []);
    return null;
  }

  // ------------------------------------------------------------------ axios-style http client
  function readCookie(name) {
    var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? decodeURIComponent(m[1]) : null;
  }
  var auth = { status: 'loading', user: null };
  var sessionLossShown = false;
  function onRejected(error) {
    var res = error.response;
    if (res && res.status === 401 && !/^\/auth\//.test(res.config.url)) {
      if (!sessionLossShown) {
        sessionLossShown = true;
        setTimeout(function () { sessionLossShown = false; }, 1500);
        toast.error('Session expired, please login again', { toastId: 'session-expired' });
      }
      auth.status = 'anonymous';
      auth.user = null;
      if (router.path !== '/login') navigate('/login');
      else schedule();
    }
    return Promise.reject(error);
  }
  var http = {
    request: function (method, url, data) {
      var headers = { Accept: 'application/json, text/plain, */*' };
      if (data !== undefined) headers['Content-Type'] = 'application/json';
      var xsrf = readCookie('XSRF-TOKEN');
      if (xsrf) headers['X-XSRF-TOKEN'] = xsrf;
      var config = { url: url, method: method.toLowerCase() };
      return fetch('/api' + url, { method: method, headers: headers, credentials: 'same-origin', body: data === undefined ? undefined : JSON.stringify(data) })
        .then(
          function (res) {
            return res.text().then(function (text) {
              var body = text;
              try { body = text ? JSON.parse(text) : ''; } catch (e) { body = text; }
              var response = { data: body, status: res.status, statusText: res.statusText, config: config };
              if (res.status >= 200 && res.status < 300) return response;
              var err = new Error('Request failed with status code ' + res.status);
              err.name = 'AxiosError';
              err.code = res.status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST';
              err.response = response;
              err.config = config;
              throw err;
            });
          },
          function () {
            var err = new Error('Network Error');
            err.name = 'AxiosError';
            err.code = 'ERR_NETWORK';
            err.config = config;
            throw err;
          }
        )
        .catch(onRejected);
    },
    get: function (url) { return http.request('GET', url); },
    post: function (url, data) { return http.request('POST', url, data === undefined ? {} : data); },
    put: function (url, data) { return http.request('PUT', url, data === undefined ? {} : data); },
  };
  function errorText(err) {
    return (err && err.response && err.response.data && err.response.data.message) || (err && err.message) || 'Something went wrong';
  }
  function isSessionLoss(err) {
    return !!(err && err.response && err.response.status === 401);
  }

  // ------------------------------------------------------------------ react-toastify 9
  var toasts = [];
  var toastCounter = 0;
  var toastsPaused = false;
  function addToast(type, content, opts) {
    opts = opts || {};
    var id = opts.toastId != null ? opts.toastId : ++toastCounter;
    for (var i = 0; i < toasts.length; i++) if (toasts[i].id === id && !toasts[i].leaving) return id;
    toasts.push({ id: id, type: type, content: content, leaving: false, hover: false, autoClose: opts.autoClose === undefined ? 3000 : opts.autoClose });
    schedule();
    return id;
  }
  function toast(content, opts) { return addToast('default', content, opts); }
  toast.success = function (c, o) { return addToast('success', c, o); };
  toast.error = function (c, o) { return addToast('error', c, o); };
  toast.info = function (c, o) { return addToast('info', c, o); };
  toast.warning = function (c, o) { return addToast('warning', c, o); };
  toast.dismiss = function (id) {
    toasts.slice().forEach(function (t) { if (id == null || t.id === id) leaveToast(t); });
  };
  window.addEventListener('blur', function () { toastsPaused = true; schedule(); });
  window.addEventListener('focus', function () { toastsPaused = false; schedule(); });
  var TOAST_ICON_PATHS = {
    info: 'M12 0a12 12 0 1012 12A12.013 12.013 0 0012 0zm.25 5a1.5 1.5 0 11-1.5 1.5 1.5 1.5 0 011.5-1.5zm2.25 13.5h-4a1 1 0 010-2h.75a.25.25 0 00.25-.25v-4.5a.25.25 0 00-.25-.25h-.75a1 1 0 010-2h1a2 2 0 012 2v4.75a.25.25 0 00.25.25h.75a1 1 0 110 2z',
    success: 'M12 0a12 12 0 1012 12A12.014 12.014 0 0012 0zm6.927 8.2l-6.845 9.289a1.011 1.011 0 01-1.43.188l-4.888-3.908a1 1 0 111.25-1.562l4.076 3.261 6.227-8.451a1 1 0 111.61 1.183z',
    warning: 'M23.32 17.191L15.438 2.184C14.728.833 13.416 0 11.996 0c-1.42 0-2.733.833-3.443 2.184L.533 17.448a4.744 4.744 0 000 4.368C1.243 23.167 2.555 24 3.975 24h16.05C22.22 24 24 22.044 24 19.632c0-.904-.251-1.746-.68-2.44zm-9.622 1.46c0 1.033-.724 1.823-1.698 1.823s-1.698-.79-1.698-1.822v-.043c0-1.028.724-1.822 1.698-1.822s1.698.79 1.698 1.822v.043zm.039-12.285l-.84 8.06c-.057.581-.408.943-.897.943-.49 0-.84-.367-.896-.942l-.84-8.065c-.057-.624.25-1.095.779-1.095h1.91c.528.005.84.476.784 1.1z',
    error: 'M11.983 0a12.206 12.206 0 00-8.51 3.653A11.8 11.8 0 000 12.207 11.779 11.779 0 0011.8 24h.214A12.111 12.111 0 0024 11.791 11.766 11.766 0 0011.983 0zM10.5 16.542a1.476 1.476 0 011.449-1.53h.027a1.527 1.527 0 011.523 1.47 1.475 1.475 0 01-1.449 1.53h-.027a1.529 1.529 0 01-1.523-1.47zM11 12.5v-6a1 1 0 012 0v6a1 1 0 11-2 0z',
  };
  function removeToast(t) {
    var i = toasts.indexOf(t);
    if (i >= 0) toasts.splice(i, 1);
    schedule();
  }
  function leaveToast(t) {
    if (t.leaving) return;
    t.leaving = true;
    schedule();
    setTimeout(function () { removeToast(t); }, 900);
  }
  function Toast(p) {
    var t = p.t;
    var close = function () { leaveToast(t); };
    var running = !t.hover && !toastsPaused && !t.leaving;
    return h('div', {
      id: String(t.id),
      className: cx('Toastify__toast', 'Toastify__toast-theme--colored', 'Toastify__toast--' + t.type, 'Toastify__toast--close-on-click', 'Toastify--animate', t.leaving ? 'Toastify__bounce-exit--top-right' : 'Toastify__bounce-enter--top-right'),
      onClick: close,
      onMouseEnter: function () { t.hover = true; schedule(); },
      onMouseLeave: function () { t.hover = false; schedule(); },
      onAnimationEnd: function (e) {
        if (e.target !== e.currentTarget) return;
        if (t.leaving) removeToast(t);
      },
    },
      h('div', { role: 'alert', className: 'Toastify__toast-body' },
        t.type !== 'default' ? h('div', { className: 'Toastify__toast-icon Toastify--animate-icon Toastify__zoom-enter' },
          h('svg', { viewBox: '0 0 24 24', width: '100%', height: '100%', fill: 'currentColor' }, h('path', { d: TOAST_ICON_PATHS[t.type] }))) : null,
        h('div', null, t.content)),
      h('button', { className: 'Toastify__close-button Toastify__close-button--colored', type: 'button', 'aria-label': 'close', onClick: function (e) { e.stopPropagation(); close(); } },
        h('svg', { 'aria-hidden': 'true', viewBox: '0 0 14 16' }, h('path', { 'fill-rule': 'evenodd', d: 'M7.71 8.23l3.75 3.75-1.48 1.48-3.75-3.75-3.75 3.75L1 11.98l3.75-3.75L1 4.48 2.48 3l3.75 3.75L9.98 3l1.48 1.48-3.75 3.75z' }))),
      t.autoClose ? h('div', {
        role: 'progressbar',
        'aria-hidden': 'false',
        'aria-label': 'notification timer',
        className: cx('Toastify__progress-bar', 'Toastify__progress-bar--animated', 'Toastify__progress-bar-theme--colored', 'Toastify__progress-bar--' + t.type),
        style: { animationDuration: t.autoClose + 'ms', animationPlayState: running ? 'running' : 'paused', opacity: 1 },
        onAnimationEnd: function (e) {
          e.stopPropagation();
          close();
        },
      }) : null);
  }
  function ToastContainer() {
    return h('div', { className: 'Toastify' },
      toasts.length ? h('div', { className: 'Toastify__toast-container Toastify__toast-container--top-right' },
        toasts.map(function (t) { return h(Toast, { key: t.id, t: t }); })) : null);
  }

  // ------------------------------------------------------------------ react-bootstrap 2
  var modalStack = [];
  function Modal(p) {
    var st = useState(!!p.show);
    var mounted = st[0], setMounted = st[1];
    var sh = useState(false);
    var shown = sh[0], setShown = sh[1];
    var sb = useState(false);
    var bump = sb[0], setBump = sb[1];
    var dialogRef = useRef(null);
    var returnFocus = useRef(null);
    var props = useRef(p);
    props.current = p;
    useEffect(function () {
      if (p.show) {
        setMounted(true);
        returnFocus.current = document.activeElement;
        var raf = requestAnimationFrame(function () {
          raf = requestAnimationFrame(function () {
            setShown(true);
            if (dialogRef.current && !dialogRef.current.contains(document.activeElement)) dialogRef.current.focus();
          });
        });
        return function () { cancelAnimationFrame(raf); };
      }
      if (!mounted) return undefined;
      setShown(false);
      var timer = setTimeout(function () {
        setMounted(false);
        if (returnFocus.current && returnFocus.current.focus && document.body.contains(returnFocus.current)) returnFocus.current.focus();
        if (props.current.onExited) props.current.onExited();
      }, 300);
      return function () { clearTimeout(timer); };
    }, [!!p.show]);
    useEffect(function () {
      if (!mounted) return undefined;
      var token = {};
      modalStack.push(token);
      document.body.classList.add('modal-open');
      document.body.style.overflow = 'hidden';
      document.body.style.paddingRight = '0px';
      return function () {
        modalStack.splice(modalStack.indexOf(token), 1);
        if (!modalStack.length) {
          document.body.classList.remove('modal-open');
          document.body.style.overflow = '';
          document.body.style.paddingRight = '';
          if (!document.body.getAttribute('style')) document.body.removeAttribute('style');
          if (!document.body.className) document.body.removeAttribute('class');
        }
      };
    }, [mounted]);
    useEffect(function () {
      if (!mounted) return undefined;
      var onKey = function (e) {
        if (e.key !== 'Escape' || !props.current.show) return;
        if (props.current.keyboard === false || props.current.backdrop === 'static') {
          staticBump();
          return;
        }
        if (props.current.onHide) props.current.onHide();
      };
      document.addEventListener('keydown', onKey);
      return function () { document.removeEventListener('keydown', onKey); };
    }, [mounted]);
    function staticBump() {
      setBump(true);
      setTimeout(function () { setBump(false); }, 300);
    }
    if (!mounted) return null;
    var labelled = p['aria-labelledby'];
    return createPortal([
      h('div', { key: 'backdrop', className: cx('fade', 'modal-backdrop', shown && 'show') }),
      h('div', {
        key: 'modal',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': labelled,
        className: cx('fade', 'modal', shown && 'show', bump && 'modal-static'),
        tabindex: '-1',
        style: { display: 'block' },
        ref: dialogRef,
        onMouseDown: function (e) { dialogRef.downOnSelf = e.target === e.currentTarget; },
        onClick: function (e) {
          if (e.target !== e.currentTarget || !dialogRef.downOnSelf) return;
          if (p.backdrop === 'static') staticBump();
          else if (p.onHide) p.onHide();
        },
      }, h('div', { className: cx('modal-dialog', p.centered && 'modal-dialog-centered', p.size && 'modal-' + p.size) },
        h('div', { className: 'modal-content' }, p.children))),
    ], document.body);
  }
  function ModalHeader(p) {
    return h('div', { className: 'modal-header' },
      h('div', { className: 'modal-title h4', id: p.titleId }, p.title),
      p.onHide ? h('button', { type: 'button', className: 'btn-close', 'aria-label': 'Close', onClick: p.onHide }) : null);
  }
  function Button(p) {
    var rest = omit(p, ['variant', 'size', 'children', 'className', 'type']);
    return h('button', assign(rest, {
      type: p.type || 'button',
      className: cx(p.className, 'btn', p.variant === 'none' ? null : 'btn-' + (p.variant || 'primary'), p.size && 'btn-' + p.size, p.disabled && 'disabled'),
    }), p.children);
  }
  function Spinner(p) {
    return h('div', { role: 'status', className: cx(p.className, 'spinner-border', p.size === 'sm' && 'spinner-border-sm') },
      h('span', { className: 'visually-hidden' }, 'Loading...'));
  }
  function Alert(p) {
    return h('div', { role: 'alert', className: cx(p.className, 'fade', 'alert', 'alert-' + (p.variant || 'primary'), p.onClose && 'alert-dismissible', 'show') },
      p.children,
      p.onClose ? h('button', { type: 'button', className: 'btn-close', 'aria-label': 'Close alert', onClick: p.onClose }) : null);
  }
  function Card(p) {
    return h('div', { className: cx(p.className, 'card') },
      p.header ? h('div', { className: 'card-header' }, p.header) : null,
      h('div', { className: cx('card-body', p.bodyClass) }, p.children));
  }
  function Feedback(p) {
    return p.children && p.children.length && p.children[0] ? h('div', { className: cx('invalid-feedback', p.show && 'd-block') }, p.children) : null;
  }
  function FormCheck(p) {
    return h('div', { className: cx('form-check', p.inline && 'form-check-inline') },
      h('input', {
        name: p.name,
        type: p.type || 'checkbox',
        id: p.id,
        className: cx('form-check-input', p.isInvalid && 'is-invalid'),
        value: p.value,
        checked: p.checked,
        onChange: p.onChange,
        onBlur: p.onBlur,
      }),
      h('label', { title: '', htmlFor: p.id, className: 'form-check-label' }, p.label));
  }
  function NavDropdown(p) {
    var s = useState(false);
    var show = s[0], setShow = s[1];
    var e = useState(false);
    var everShown = e[0], setEverShown = e[1];
    var ref = useRef(null);
    useEffect(function () {
      if (!show) return undefined;
      var onDoc = function (ev) { if (ref.current && !ref.current.contains(ev.target)) setShow(false); };
      var onKey = function (ev) { if (ev.key === 'Escape') setShow(false); };
      document.addEventListener('click', onDoc, true);
      document.addEventListener('keyup', onKey);
      return function () {
        document.removeEventListener('click', onDoc, true);
        document.removeEventListener('keyup', onKey);
      };
    }, [show]);
    return h('div', { ref: ref, className: cx('nav-item', show && 'show', 'dropdown') },
      h('a', {
        id: p.id,
        'aria-expanded': show ? 'true' : 'false',
        role: 'button',
        className: cx('dropdown-toggle', 'nav-link', p.active && 'active'),
        tabindex: '0',
        href: '#',
        onClick: function (ev) {
          ev.preventDefault();
          setShow(!show);
          setEverShown(true);
        },
      }, p.title),
      show || everShown ? h('div', {
        'aria-labelledby': p.id,
        'data-bs-popper': 'static',
        className: cx('dropdown-menu', show && 'show', p.align === 'end' && 'dropdown-menu-end'),
        onClick: function (ev) {
          var t = ev.target;
          while (t && t !== ev.currentTarget) {
            if (t.classList && t.classList.contains('dropdown-item')) {
              setShow(false);
              return;
            }
            t = t.parentNode;
          }
        },
      }, p.children) : null);
  }
  function DropdownItem(p) {
    return h(Link, { to: p.to, 'data-rr-ui-dropdown-item': '', className: cx('dropdown-item', router.path === p.to && 'active'), onClick: p.onClick }, p.children);
  }
  function DropdownHeader(p) {
    return h('div', { role: 'heading', className: 'dropdown-header' }, p.children);
  }
  function DropdownDivider() {
    return h('hr', { className: 'dropdown-divider', role: 'separator' });
  }
  function NavLink(p) {
    return h(Link, { to: p.to, 'data-rr-ui-event-key': p.to, className: cx('nav-link', p.active && 'active'), onClick: p.onClick }, p.children);
  }
`,
  `
  // ------------------------------------------------------------------ @emotion/react sheet for react-select 5
  var EMOTION_RULES = [
    '.css-b62m3t-container{position:relative;box-sizing:border-box;}',
    '.css-13cymwt-control{-webkit-align-items:center;-webkit-box-align:center;-ms-flex-align:center;align-items:center;cursor:default;display:-webkit-box;display:-webkit-flex;display:-ms-flexbox;display:flex;-webkit-box-flex-wrap:wrap;-webkit-flex-wrap:wrap;-ms-flex-wrap:wrap;flex-wrap:wrap;-webkit-box-pack:justify;-webkit-justify-content:space-between;justify-content:space-between;min-height:38px;outline:0!important;position:relative;-webkit-transition:all 100ms;transition:all 100ms;background-color:hsl(0, 0%, 100%);border-color:hsl(0, 0%, 80%);border-radius:4px;border-style:solid;border-width:1px;box-sizing:border-box;}',
    '.css-13cymwt-control:hover{border-color:hsl(0, 0%, 70%);}',
    '.css-t3ipsp-control{-webkit-align-items:center;-webkit-box-align:center;-ms-flex-align:center;align-items:center;cursor:default;display:-webkit-box;display:-webkit-flex;display:-ms-flexbox;display:flex;-webkit-box-flex-wrap:wrap;-webkit-flex-wrap:wrap;-ms-flex-wrap:wrap;flex-wrap:wrap;-webkit-box-pack:justify;-webkit-justify-content:space-between;justify-content:space-between;min-height:38px;outline:0!important;position:relative;-webkit-transition:all 100ms;transition:all 100ms;background-color:hsl(0, 0%, 100%);border-color:#2684FF;border-radius:4px;border-style:solid;border-width:1px;box-shadow:0 0 0 1px #2684FF;box-sizing:border-box;}',
    '.css-t3ipsp-control:hover{border-color:#2684FF;}',
    '.css-1r8b1ff-control{-webkit-align-items:center;-webkit-box-align:center;-ms-flex-align:center;align-items:center;cursor:default;display:-webkit-box;display:-webkit-flex;display:-ms-flexbox;display:flex;-webkit-box-flex-wrap:wrap;-webkit-flex-wrap:wrap;-ms-flex-wrap:wrap;flex-wrap:wrap;-webkit-box-pack:justify;-webkit-justify-content:space-between;justify-content:space-between;min-height:38px;outline:0!important;position:relative;-webkit-transition:all 100ms;transition:all 100ms;background-color:hsl(0, 0%, 100%);border-color:#dc3545;border-radius:4px;border-style:solid;border-width:1px;box-sizing:border-box;}',
    '.css-hlgwow{-webkit-align-items:center;-webkit-box-align:center;-ms-flex-align:center;align-items:center;display:grid;-webkit-flex:1;-ms-flex:1;flex:1;-webkit-flex-wrap:wrap;-webkit-box-flex-wrap:wrap;-ms-flex-wrap:wrap;flex-wrap:wrap;-webkit-overflow-scrolling:touch;position:relative;overflow:hidden;padding:2px 8px;box-sizing:border-box;}',
    '.css-1jqq78o-placeholder{grid-area:1/1/2/3;color:hsl(0, 0%, 50%);margin-left:2px;margin-right:2px;box-sizing:border-box;}',
    '.css-1dimb5e-singleValue{grid-area:1/1/2/3;max-width:100%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;color:hsl(0, 0%, 20%);margin-left:2px;margin-right:2px;box-sizing:border-box;}',
    '.css-19bb58m{visibility:visible;-webkit-flex:1 1 auto;-ms-flex:1 1 auto;flex:1 1 auto;display:inline-grid;grid-area:1/1/2/3;grid-template-columns:0 min-content;margin:2px;padding-bottom:2px;padding-top:2px;color:hsl(0, 0%, 20%);box-sizing:border-box;}',
    '.css-19bb58m:after{content:attr(data-value) " ";visibility:hidden;white-space:pre;grid-area:1/2;font:inherit;min-width:2px;border:0;margin:0;outline:0;padding:0;}',
    '.css-1wy0on6{-webkit-align-items:center;-webkit-box-align:center;-ms-flex-align:center;align-items:center;-webkit-align-self:stretch;-ms-flex-item-align:stretch;align-self:stretch;display:-webkit-box;display:-webkit-flex;display:-ms-flexbox;display:flex;-webkit-flex-shrink:0;-ms-flex-negative:0;flex-shrink:0;box-sizing:border-box;}',
    '.css-1u9des2-indicatorSeparator{-webkit-align-self:stretch;-ms-flex-item-align:stretch;align-self:stretch;width:1px;background-color:hsl(0, 0%, 80%);margin-bottom:8px;margin-top:8px;box-sizing:border-box;}',
    '.css-1xc3v61-indicatorContainer{display:-webkit-box;display:-webkit-flex;display:-ms-flexbox;display:flex;-webkit-transition:color 150ms;transition:color 150ms;color:hsl(0, 0%, 80%);padding:8px;box-sizing:border-box;}',
    '.css-1xc3v61-indicatorContainer:hover{color:hsl(0, 0%, 60%);}',
    '.css-15lsz6c-indicatorContainer{display:-webkit-box;display:-webkit-flex;display:-ms-flexbox;display:flex;-webkit-transition:color 150ms;transition:color 150ms;color:hsl(0, 0%, 40%);padding:8px;box-sizing:border-box;}',
    '.css-15lsz6c-indicatorContainer:hover{color:hsl(0, 0%, 20%);}',
    '.css-tj5bde-Svg{display:inline-block;fill:currentColor;line-height:1;stroke:currentColor;stroke-width:0;}',
    '.css-1l2ev39-loadingIndicator{display:-webkit-box;display:-webkit-flex;display:-ms-flexbox;display:flex;-webkit-transition:color 150ms;transition:color 150ms;-webkit-align-self:center;-ms-flex-item-align:center;align-self:center;font-size:4px;line-height:1;margin-right:4px;text-align:center;vertical-align:middle;color:hsl(0, 0%, 80%);padding:8px;box-sizing:border-box;}',
    '@keyframes animation-stj4i2{0%,80%,100%{opacity:0;}40%{opacity:1;}}',
    '.css-qy2wla{-webkit-animation:animation-stj4i2 1s ease-in-out 0ms infinite;animation:animation-stj4i2 1s ease-in-out 0ms infinite;background-color:currentColor;border-radius:1em;display:inline-block;height:1em;vertical-align:top;width:1em;}',
    '.css-8q0r5g{-webkit-animation:animation-stj4i2 1s ease-in-out 160ms infinite;animation:animation-stj4i2 1s ease-in-out 160ms infinite;background-color:currentColor;border-radius:1em;display:inline-block;margin-left:1em;height:1em;vertical-align:top;width:1em;}',
    '.css-1d3m2u9{-webkit-animation:animation-stj4i2 1s ease-in-out 320ms infinite;animation:animation-stj4i2 1s ease-in-out 320ms infinite;background-color:currentColor;border-radius:1em;display:inline-block;margin-left:1em;height:1em;vertical-align:top;width:1em;}',
    '.css-1nmdiq5-menu{top:100%;position:absolute;width:100%;z-index:1;background-color:hsl(0, 0%, 100%);border-radius:4px;box-shadow:0 0 0 1px hsla(0, 0%, 0%, 0.1),0 4px 11px hsla(0, 0%, 0%, 0.1);margin-bottom:8px;margin-top:8px;box-sizing:border-box;}',
    '.css-1n6sfyn-MenuList{max-height:300px;overflow-y:auto;position:relative;-webkit-overflow-scrolling:touch;padding-bottom:4px;padding-top:4px;box-sizing:border-box;}',
    '.css-10wo9uf-option{cursor:default;display:block;font-size:inherit;width:100%;-webkit-user-select:none;-moz-user-select:none;-ms-user-select:none;user-select:none;-webkit-tap-highlight-color:rgba(0, 0, 0, 0);background-color:transparent;color:inherit;padding:8px 12px;box-sizing:border-box;}',
    '.css-d7l1ni-option{cursor:default;display:block;font-size:inherit;width:100%;-webkit-user-select:none;-moz-user-select:none;-ms-user-select:none;user-select:none;-webkit-tap-highlight-color:rgba(0, 0, 0, 0);background-color:#DEEBFF;color:inherit;padding:8px 12px;box-sizing:border-box;}',
    '.css-tr4s17-option{cursor:default;display:block;font-size:inherit;width:100%;-webkit-user-select:none;-moz-user-select:none;-ms-user-select:none;user-select:none;-webkit-tap-highlight-color:rgba(0, 0, 0, 0);background-color:#2684FF;color:hsl(0, 0%, 100%);padding:8px 12px;box-sizing:border-box;}',
    '.css-1b0x8dw-loadingMessage{text-align:center;color:hsl(0, 0%, 60%);padding:8px 12px;box-sizing:border-box;}',
    '.css-1wlit7h-NoOptionsMessage{text-align:center;color:hsl(0, 0%, 60%);padding:8px 12px;box-sizing:border-box;}',
    '.css-1f43avz-a11yText-A11yText{z-index:9999;border:0;clip:rect(1px, 1px, 1px, 1px);height:1px;width:1px;position:absolute;overflow:hidden;padding:0;white-space:nowrap;}',
  ];
  function injectEmotion() {
    var tag = document.createElement('style');
    tag.setAttribute('data-emotion', 'css');
    tag.setAttribute('data-s', '');
    document.head.appendChild(tag);
    EMOTION_RULES.forEach(function (rule) {
      try { tag.sheet.insertRule(rule, tag.sheet.cssRules.length); } catch (e) { console.warn(e); }
    });
  }

  // ------------------------------------------------------------------ react-select 5 (Select / AsyncSelect)
  var selectInstanceId = 0;
  var CHEVRON = 'M4.516 7.548c0.436-0.446 1.043-0.481 1.576 0l3.908 3.747 3.908-3.747c0.533-0.481 1.141-0.446 1.576 0 0.436 0.445 0.408 1.197 0 1.615-0.406 0.418-4.695 4.502-4.695 4.502-0.217 0.223-0.502 0.335-0.787 0.335s-0.57-0.112-0.789-0.335c0 0-4.287-4.084-4.695-4.502s-0.436-1.17 0-1.615z';
  var GUIDANCE = 'Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu, press Tab to select the option and exit the menu.';
  function defaultFilter(option, input) {
    if (!input) return true;
    var hay = (option.label + ' ' + option.value).toLowerCase();
    return hay.indexOf(input.trim().toLowerCase()) >= 0;
  }
  function Select(p) {
    var idRef = useRef(0);
    if (!idRef.current) idRef.current = ++selectInstanceId;
    var prefix = 'react-select-' + idRef.current;
    var s1 = useState(''); var inputValue = s1[0], setInputValue = s1[1];
    var s2 = useState(false); var menuIsOpen = s2[0], setMenuIsOpen = s2[1];
    var s3 = useState(false); var isFocused = s3[0], setIsFocused = s3[1];
    var s4 = useState(0); var focusedIndex = s4[0], setFocusedIndex = s4[1];
    var s5 = useState(''); var selectionText = s5[0], setSelectionText = s5[1];
    var s6 = useState({ loading: !!(p.loadOptions && p.defaultOptions), defaults: null, input: '', options: [] });
    var async = s6[0], setAsync = s6[1];
    var inputRef = useRef(null);
    var listRef = useRef(null);
    var openAfterFocus = useRef(false);
    var scrollToFocused = useRef(false);
    var timer = useRef(0);
    var cache = useRef({});
    var lastRequest = useRef(0);
    var isAsync = !!p.loadOptions;

    function load(input) {
      var req = ++lastRequest.current;
      if (p.cacheOptions && cache.current[input]) {
        setAsync(function (a) { return assign({}, a, { loading: false, input: input, options: cache.current[input] }); });
        return;
      }
      setAsync(function (a) { return assign({}, a, { loading: true }); });
      clearTimeout(timer.current);
      timer.current = setTimeout(function () {
        p.loadOptions(input).then(function (opts) {
          if (req !== lastRequest.current) return;
          if (p.cacheOptions) cache.current[input] = opts;
          setAsync(function (a) {
            var next = assign({}, a, { loading: false, input: input, options: opts });
            if (!input) next.defaults = opts;
            return next;
          });
        }, function () {
          if (req !== lastRequest.current) return;
          setAsync(function (a) { return assign({}, a, { loading: false, input: input, options: [] }); });
        });
      }, input ? 350 : 0);
    }
    useEffect(function () {
      if (isAsync && p.defaultOptions) load('');
      return function () { clearTimeout(timer.current); };
    }, []);

    var base = isAsync ? (inputValue ? (async.input === inputValue && !async.loading ? async.options : []) : async.defaults || []) : p.options || [];
    var options = base.filter(function (o) { return defaultFilter(o, inputValue); });
    var isLoading = isAsync && async.loading;
    var fIndex = Math.min(focusedIndex, options.length - 1);
    var focusedOption = menuIsOpen && fIndex >= 0 ? options[fIndex] : null;
    var value = p.value || null;

    useEffect(function () {
      if (!scrollToFocused.current || !listRef.current) return;
      scrollToFocused.current = false;
      var el = listRef.current.querySelector('[id="' + prefix + '-option-' + fIndex + '"]');
      if (!el) return;
      var list = listRef.current;
      if (el.offsetTop + el.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = el.offsetTop + el.offsetHeight - list.clientHeight;
      else if (el.offsetTop < list.scrollTop) list.scrollTop = el.offsetTop;
    });

    function indexOfValue() {
      if (!value) return 0;
      for (var i = 0; i < options.length; i++) if (options[i].value === value.value) return i;
      return 0;
    }
    function openMenu() {
      setFocusedIndex(indexOfValue());
      setMenuIsOpen(true);
    }
    function closeMenu() {
      setMenuIsOpen(false);
      setInputValue('');
    }
    function selectOption(opt) {
      setSelectionText('option ' + opt.label + ', selected.');
      setInputValue('');
      setMenuIsOpen(false);
      if (p.onChange) p.onChange(opt, { action: 'select-option', option: opt, name: p.name });
    }
    function onControlMouseDown(e) {
      if (p.isDisabled || e.button !== 0) return;
      var tag = e.target.tagName;
      if (!isFocused) {
        openAfterFocus.current = true;
        if (inputRef.current) inputRef.current.focus();
      } else if (!menuIsOpen) openMenu();
      else if (tag !== 'INPUT' && tag !== 'TEXTAREA') closeMenu();
      if (tag !== 'INPUT' && tag !== 'TEXTAREA') e.preventDefault();
    }
    function onInputChange(e) {
      var v = e.target.value;
      setInputValue(v);
      setFocusedIndex(0);
      setMenuIsOpen(true);
      setSelectionText('');
      if (isAsync) {
        if (!v) {
          lastRequest.current++;
          clearTimeout(timer.current);
          setAsync(function (a) { return assign({}, a, { loading: !a.defaults }); });
          if (!async.defaults) load('');
        } else load(v);
      }
    }
    function onKeyDown(e) {
      if (p.isDisabled) return;
      switch (e.key) {
        case 'ArrowDown':
          if (!menuIsOpen) openMenu();
          else setFocusedIndex(fIndex + 1 >= options.length ? 0 : fIndex + 1);
          scrollToFocused.current = true;
          break;
        case 'ArrowUp':
          if (!menuIsOpen) openMenu();
          else setFocusedIndex(fIndex - 1 < 0 ? options.length - 1 : fIndex - 1);
          scrollToFocused.current = true;
          break;
        case 'Home':
          if (!menuIsOpen) return;
          setFocusedIndex(0);
          scrollToFocused.current = true;
          break;
        case 'End':
          if (!menuIsOpen) return;
          setFocusedIndex(options.length - 1);
          scrollToFocused.current = true;
          break;
        case 'Enter':
          if (e.keyCode === 229) return;
          if (menuIsOpen) {
            if (!focusedOption) return;
            selectOption(focusedOption);
            break;
          }
          return;
        case 'Tab':
          if (e.shiftKey || !menuIsOpen || !focusedOption) return;
          selectOption(focusedOption);
          return;
        case 'Escape':
          if (menuIsOpen) {
            closeMenu();
            break;
          }
          return;
        case ' ':
          if (inputValue) return;
          if (!menuIsOpen) {
            openMenu();
            break;
          }
          if (!focusedOption) return;
          selectOption(focusedOption);
          break;
        default:
          return;
      }
      e.preventDefault();
    }
    var a11y = null;
    if (isFocused) {
      var parts = [];
      if (selectionText) parts.push(h('span', { id: 'aria-selection', key: 's' }, selectionText));
      if (menuIsOpen && focusedOption) {
        parts.push(h('span', { id: 'aria-focused', key: 'f' }, 'option ' + focusedOption.label + ' focused, ' + (fIndex + 1) + ' of ' + options.length + '.'));
      }
      if (menuIsOpen) parts.push(h('span', { id: 'aria-results', key: 'r' }, isLoading ? 'Loading...' : options.length + ' result' + (options.length === 1 ? '' : 's') + ' available.'));
      parts.push(h('span', { id: 'aria-guidance', key: 'g' }, menuIsOpen ? GUIDANCE : 'Select is focused ,type to refine list, press Down to open the menu, '));
      a11y = parts;
    }
    var controlClass = p.isInvalid && !isFocused ? 'css-1r8b1ff-control' : isFocused ? 'css-t3ipsp-control' : 'css-13cymwt-control';
    var menu = null;
    if (menuIsOpen) {
      var body;
      if (isLoading && !options.length) body = h('div', { className: 'css-1b0x8dw-loadingMessage' }, 'Loading...');
      else if (!options.length) body = h('div', { className: 'css-1wlit7h-NoOptionsMessage' }, 'No options');
      else {
        body = options.map(function (o, i) {
          var selected = !!value && value.value === o.value;
          return h('div', {
            key: 'o' + o.value,
            className: selected ? 'css-tr4s17-option' : i === fIndex ? 'css-d7l1ni-option' : 'css-10wo9uf-option',
            'aria-disabled': 'false',
            id: prefix + '-option-' + i,
            tabindex: '-1',
            role: 'option',
            'aria-selected': selected ? 'true' : 'false',
            onClick: function () { selectOption(o); },
            onMouseMove: function () { if (fIndex !== i) setFocusedIndex(i); },
            onMouseOver: function () { if (fIndex !== i) setFocusedIndex(i); },
          }, o.label);
        });
      }
      menu = h('div', { id: prefix + '-listbox', className: 'css-1nmdiq5-menu', onMouseDown: function (e) { if (e.button === 0) { e.stopPropagation(); e.preventDefault(); } } },
        h('div', { className: 'css-1n6sfyn-MenuList', role: 'listbox', 'aria-multiselectable': 'false', ref: listRef }, body));
    }
    return h('div', { className: cx('css-b62m3t-container', p.className) },
      h('span', { id: prefix + '-live-region', className: 'css-1f43avz-a11yText-A11yText' }),
      h('span', { 'aria-live': 'polite', 'aria-atomic': 'false', 'aria-relevant': 'additions text', role: 'log', className: 'css-1f43avz-a11yText-A11yText' }, a11y),
      h('div', { className: controlClass, onMouseDown: onControlMouseDown },
        h('div', { className: 'css-hlgwow' },
          value ? null : h('div', { className: 'css-1jqq78o-placeholder', id: prefix + '-placeholder' }, p.placeholder || 'Select...'),
          value ? h('div', { className: 'css-1dimb5e-singleValue' }, value.label) : null,
          h('div', { className: 'css-19bb58m', 'data-value': inputValue },
            h('input', {
              className: '',
              autocapitalize: 'none',
              autocomplete: 'off',
              autocorrect: 'off',
              id: prefix + '-input',
              spellcheck: 'false',
              tabindex: '0',
              type: 'text',
              'aria-autocomplete': 'list',
              'aria-expanded': menuIsOpen ? 'true' : 'false',
              'aria-haspopup': 'true',
              'aria-controls': menuIsOpen ? prefix + '-listbox' : null,
              'aria-owns': menuIsOpen ? prefix + '-listbox' : null,
              'aria-activedescendant': focusedOption ? prefix + '-option-' + fIndex : null,
              'aria-invalid': p.isInvalid ? 'true' : null,
              role: 'combobox',
              'aria-describedby': value ? null : prefix + '-placeholder',
              value: inputValue,
              ref: inputRef,
              style: { color: 'inherit', background: '0px center', opacity: 1, width: '100%', gridArea: '1 / 2', font: 'inherit', minWidth: '2px', border: '0px', margin: '0px', outline: '0px', padding: '0px' },
              onChange: onInputChange,
              onKeyDown: onKeyDown,
              onFocus: function () {
                setIsFocused(true);
                if (openAfterFocus.current || p.openMenuOnFocus) openMenu();
                openAfterFocus.current = false;
              },
              onBlur: function () {
                setIsFocused(false);
                setMenuIsOpen(false);
                setInputValue('');
                if (p.onBlur) p.onBlur({ target: { name: p.name } });
              },
            }))),
        h('div', { className: 'css-1wy0on6' },
          isLoading ? h('div', { className: 'css-1l2ev39-loadingIndicator', 'aria-hidden': 'true' },
            h('span', { className: 'css-qy2wla' }), h('span', { className: 'css-8q0r5g' }), h('span', { className: 'css-1d3m2u9' })) : null,
          h('span', { className: 'css-1u9des2-indicatorSeparator' }),
          h('div', { className: isFocused ? 'css-15lsz6c-indicatorContainer' : 'css-1xc3v61-indicatorContainer', 'aria-hidden': 'true' },
            h('svg', { height: '20', width: '20', viewBox: '0 0 20 20', 'aria-hidden': 'true', focusable: 'false', className: 'css-tj5bde-Svg' }, h('path', { d: CHEVRON }))))),
      menu,
      p.name ? h('input', { name: p.name, type: 'hidden', value: value ? value.value : '' }) : null);
  }
`,
  `
  // ------------------------------------------------------------------ react-otp-input 2
  function OtpInput(p) {
    var n = p.numInputs || 6;
    var a = useState(p.shouldAutoFocus ? 0 : -1);
    var active = a[0], setActive = a[1];
    var refs = useRef([]);
    var otp = (p.value ? String(p.value) : '').split('');
    useEffect(function () {
      if (p.shouldAutoFocus && refs.current[0]) refs.current[0].focus();
    }, []);
    function isValid(v) {
      var typeOk = p.isInputNum ? !isNaN(parseInt(v, 10)) : typeof v === 'string';
      return typeOk && v.trim().length === 1;
    }
    function emit(arr) { p.onChange(arr.join('')); }
    function focusInput(i) {
      var idx = Math.max(Math.min(n - 1, i), 0);
      setActive(idx);
      var el = refs.current[idx];
      if (el) {
        el.focus();
        el.select();
      }
    }
    function changeAt(i, v) {
      var arr = otp.slice();
      arr[i] = v[0];
      emit(arr);
    }
    var boxes = [];
    for (var i = 0; i < n; i++) {
      (function (i) {
        boxes.push(h('div', { key: i, style: { display: 'flex', alignItems: 'center' } },
          h('input', {
            'aria-label': (i === 0 ? 'Please enter verification code. ' : '') + (p.isInputNum ? 'Digit' : 'Character') + ' ' + (i + 1),
            autocomplete: 'off',
            style: assign({ width: '1em', textAlign: 'center' }, p.inputStyle, active === i ? p.focusStyle : null, p.hasErrored ? p.errorStyle : null),
            className: p.inputClassName,
            type: p.isInputNum ? 'tel' : 'text',
            maxlength: '1',
            ref: function (el) { refs.current[i] = el; },
            disabled: p.isDisabled,
            value: otp[i] || '',
            onFocus: function (e) {
              setActive(i);
              e.target.select();
            },
            onBlur: function () { setActive(-1); },
            onChange: function (e) {
              var v = e.target.value;
              if (isValid(v)) {
                changeAt(i, v);
                focusInput(i + 1);
              } else schedule();
            },
            onKeyDown: function (e) {
              if (e.key === 'Backspace') {
                e.preventDefault();
                changeAt(i, '');
                focusInput(i - 1);
              } else if (e.key === 'Delete') {
                e.preventDefault();
                changeAt(i, '');
              } else if (e.key === 'ArrowLeft') {
                e.preventDefault();
                focusInput(i - 1);
              } else if (e.key === 'ArrowRight') {
                e.preventDefault();
                focusInput(i + 1);
              } else if (e.key === ' ' || e.key === 'Spacebar') e.preventDefault();
            },
            onPaste: function (e) {
              e.preventDefault();
              var data = (e.clipboardData || window.clipboardData).getData('text/plain').slice(0, n - i).split('');
              if (p.isInputNum && data.some(function (c) { return isNaN(Number(c)); })) return;
              var arr = otp.slice();
              var next = i;
              for (var pos = 0; pos < n; ++pos) {
                if (pos >= i && data.length > 0) {
                  arr[pos] = data.shift();
                  next++;
                }
              }
              focusInput(next);
              emit(arr);
            },
          }),
          i < n - 1 ? p.separator : null));
      })(i);
    }
    return h('div', { style: assign({ display: 'flex' }, p.containerStyle), className: p.containerClassName }, boxes);
  }
  var OTP_BOX = { width: '2.75rem', height: '2.75rem', margin: '0 .35rem', fontSize: '1.25rem', borderRadius: '.375rem', border: '1px solid #ced4da' };
  var OTP_ERROR = { border: '1px solid #dc3545' };

  // ------------------------------------------------------------------ formik (the parts used)
  function useFormik(cfg) {
    var v = useState(cfg.initialValues); var values = v[0], setValues = v[1];
    var er = useState({}); var errors = er[0], setErrors = er[1];
    var t = useState({}); var touched = t[0], setTouched = t[1];
    var s = useState(false); var isSubmitting = s[0], setSubmitting = s[1];
    var ref = useRef(null);
    ref.current = { values: values, cfg: cfg };
    function validate(vals) { return cfg.validate ? cfg.validate(vals) || {} : {}; }
    var f = {
      values: values,
      errors: errors,
      touched: touched,
      isSubmitting: isSubmitting,
      setFieldValue: function (name, value, shouldValidate) {
        var next = assign({}, ref.current.values);
        next[name] = value;
        ref.current.values = next;
        setValues(next);
        if (shouldValidate !== false) setErrors(validate(next));
      },
      setFieldTouched: function (name) {
        setTouched(function (prev) { var n = assign({}, prev); n[name] = true; return n; });
        setErrors(validate(ref.current.values));
      },
      setFieldError: function (name, message) {
        setErrors(function (prev) { var n = assign({}, prev); n[name] = message; return n; });
      },
      handleChange: function (e) { f.setFieldValue(e.target.name, e.target.value); },
      handleBlur: function (e) { f.setFieldTouched(e.target.name); },
      resetForm: function () {
        ref.current.values = cfg.initialValues;
        setValues(cfg.initialValues);
        setErrors({});
        setTouched({});
      },
      handleSubmit: function (e) {
        if (e && e.preventDefault) e.preventDefault();
        var all = {};
        Object.keys(cfg.initialValues).forEach(function (k) { all[k] = true; });
        setTouched(all);
        var errs = validate(ref.current.values);
        setErrors(errs);
        if (Object.keys(errs).length) return;
        setSubmitting(true);
        Promise.resolve(cfg.onSubmit(ref.current.values, f)).then(
          function () { setSubmitting(false); },
          function () { setSubmitting(false); }
        );
      },
      fieldError: function (name) { return touched[name] && errors[name] ? errors[name] : null; },
    };
    return f;
  }

  // ------------------------------------------------------------------ app: layout
  function Icon(p) {
    return h('svg', { xmlns: SVGNS, width: p.size || 16, height: p.size || 16, fill: 'currentColor', viewBox: '0 0 16 16', className: p.className, 'aria-hidden': 'true' }, h('path', { d: p.d }));
  }
  var ICON_REFRESH = 'M8 3a5 5 0 1 0 4.546 2.914.5.5 0 0 1 .908-.417A6 6 0 1 1 8 2v1zm0-2.434V4.434a.25.25 0 0 0 .41.192l2.36-1.966a.25.25 0 0 0 0-.384L8.41.31A.25.25 0 0 0 8 .566z';
  var ICON_USER = 'M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm2-3a2 2 0 1 1-4 0 2 2 0 0 1 4 0zm4 8c0 1-1 1-1 1H3s-1 0-1-1 1-4 6-4 6 3 6 4zm-1-.004c-.001-.246-.154-.986-.832-1.664C11.516 10.68 10.289 10 8 10c-2.29 0-3.516.68-4.168 1.332-.678.678-.83 1.418-.832 1.664h10z';
  function Brand() {
    return h(Link, { to: '/', className: 'navbar-brand' },
      h('span', { className: 'brand-logo' }, 'e'),
      h('span', null, 'e-Invoice System', h('small', null, 'Goods and Services Tax, Government of India')));
  }
  function PublicNavbar() {
    var path = router.path;
    return h('nav', { className: 'app-navbar navbar navbar-expand-lg navbar-dark bg-primary' },
      h('div', { className: 'container' },
        h(Brand, null),
        h('button', { 'aria-controls': 'public-navbar-nav', type: 'button', 'aria-label': 'Toggle navigation', className: 'navbar-toggler collapsed' }, h('span', { className: 'navbar-toggler-icon' })),
        h('div', { className: 'navbar-collapse collapse', id: 'public-navbar-nav' },
          h('div', { className: 'me-auto navbar-nav' },
            h(NavLink, { to: '/', active: path === '/' }, 'Home'),
            h(NavLink, { to: '/help', active: path === '/help' }, 'Help'),
            h(NavLink, { to: '/contact-us', active: path === '/contact-us' }, 'Contact Us')),
          h('div', { className: 'navbar-nav' },
            auth.status === 'authenticated'
              ? h(NavLink, { to: '/dashboard' }, 'Dashboard')
              : h(NavLink, { to: '/login', active: path === '/login' }, 'Login')))));
  }
  function logout(e) {
    if (e) e.preventDefault();
    http.post('/auth/logout').then(function () {
      auth.status = 'anonymous';
      auth.user = null;
      toast.info('You have been logged out successfully');
      navigate('/login');
    }, function () {});
  }
  function PrivateNavbar() {
    var path = router.path;
    var user = auth.user || {};
    return h('nav', { className: 'app-navbar navbar navbar-expand-lg navbar-dark bg-primary' },
      h('div', { className: 'container-fluid' },
        h(Brand, null),
        h('button', { 'aria-controls': 'main-navbar-nav', type: 'button', 'aria-label': 'Toggle navigation', className: 'navbar-toggler collapsed' }, h('span', { className: 'navbar-toggler-icon' })),
        h('div', { className: 'navbar-collapse collapse', id: 'main-navbar-nav' },
          h('div', { className: 'me-auto navbar-nav' },
            h(NavLink, { to: '/dashboard', active: path === '/dashboard' }, 'Dashboard'),
            h(NavDropdown, { id: 'nav-dropdown-einvoice', title: 'e-Invoice', active: path.indexOf('/einvoice/') === 0 },
              h(DropdownItem, { to: '/einvoice/generate' }, 'Generate IRN'),
              h(DropdownItem, { to: '/einvoice/bulk-upload' }, 'Bulk Upload'),
              h(DropdownItem, { to: '/einvoice/cancel' }, 'Cancel IRN'),
              h(DropdownItem, { to: '/einvoice/print' }, 'Print e-Invoice')),
            h(NavDropdown, { id: 'nav-dropdown-api-registration', title: 'API Registration', active: path.indexOf('/api-registration/') === 0 },
              h(DropdownHeader, null, 'User Credentials'),
              h(DropdownItem, { to: '/api-registration/create-user' }, 'Create API User'),
              h(DropdownItem, { to: '/api-registration/change-password' }, 'Change API Password'),
              h(DropdownItem, { to: '/api-registration/freeze-user' }, 'Freeze API User'),
              h(DropdownDivider, null),
              h(DropdownItem, { to: '/api-registration/ip-whitelisting' }, 'IP Whitelisting')),
            h(NavDropdown, { id: 'nav-dropdown-mis', title: 'MIS Reports', active: path.indexOf('/mis/') === 0 },
              h(DropdownItem, { to: '/mis/irn-details' }, 'IRN Details'),
              h(DropdownItem, { to: '/mis/summary' }, 'Summary Report')),
            h(NavDropdown, { id: 'nav-dropdown-users', title: 'User Management', active: path.indexOf('/user-management/') === 0 },
              h(DropdownItem, { to: '/user-management/create-sub-user' }, 'Create Sub User'),
              h(DropdownItem, { to: '/user-management/freeze-sub-user' }, 'Freeze Sub User'))),
          h('div', { className: 'navbar-nav' },
            h(NavDropdown, { id: 'nav-dropdown-user', title: [h(Icon, { key: 'i', d: ICON_USER, className: 'me-1' }), user.username || 'User'], align: 'end' },
              h(DropdownHeader, null, user.gstin || ''),
              h(DropdownItem, { to: '/profile' }, 'Profile'),
              h(DropdownItem, { to: '/change-password' }, 'Change Password'),
              h(DropdownDivider, null),
              h('a', { 'data-rr-ui-dropdown-item': '', className: 'dropdown-item', role: 'button', tabindex: '0', href: '#', onClick: logout }, 'Logout'))))));
  }
  var SIDEBAR = [
    ['/dashboard', 'Dash Board'],
    ['/einvoice/generate', 'Generate IRN'],
    ['/einvoice/bulk-upload', 'Bulk Upload'],
    ['/einvoice/cancel', 'Cancel IRN'],
    ['/einvoice/print', 'Print e-Invoice'],
    ['/mis/irn-details', 'MIS Reports'],
    ['/user-management/create-sub-user', 'User Management'],
    ['/profile', 'My Profile'],
  ];
  function PrivateLayout(p) {
    return h('div', { className: 'App' },
      h(PrivateNavbar, null),
      h('div', { className: 'container-fluid app-body' },
        h('div', { className: 'row' },
          h('div', { className: 'col-md-2 px-0' },
            h('div', { className: 'sidebar' },
              h('div', { className: 'flex-column nav nav-pills px-2' },
                SIDEBAR.map(function (item) {
                  return h(NavLink, { key: item[0], to: item[0], active: router.path === item[0] }, item[1]);
                })))),
          h('div', { className: 'col-md-10 py-3' }, p.children))),
      h('footer', { className: 'app-footer' }, 'Site owned by Goods and Services Tax Network. Designed and developed by National Informatics Centre. Version 1.03.42'));
  }
`,
  `
  // ------------------------------------------------------------------ app: public pages
  function useTitle(title) {
    useEffect(function () { document.title = title + ' | e-Invoice System'; }, [title]);
  }
  function PublicPage(p) {
    return h('div', { className: 'App' },
      h(PublicNavbar, null),
      h('div', { className: 'app-body' }, p.children),
      h('footer', { className: 'app-footer' }, 'Site owned by Goods and Services Tax Network. Designed and developed by National Informatics Centre. Version 1.03.42'));
  }
  function HomePage() {
    useTitle('Home');
    var u = useState(null);
    var updates = u[0], setUpdates = u[1];
    useEffect(function () {
      http.get('/public/updates').then(function (r) { setUpdates(r.data); }, function () { setUpdates([]); });
    }, []);
    return h(PublicPage, null,
      h('div', { className: 'hero' },
        h('div', { className: 'container' },
          h('h1', null, 'e-Invoice System'),
          h('p', { className: 'mb-0' }, 'Register your B2B invoices on the Invoice Registration Portal (IRP), generate the IRN and signed QR code, and manage API access for your ERP or GSP.'))),
      h('div', { className: 'container mb-4' },
        h('div', { className: 'row g-3' },
          h('div', { className: 'col-md-4' },
            h(Card, { header: 'About e-Invoice', className: 'h-100' },
              h('p', { className: 'card-text' }, 'e-Invoicing is mandatory for registered persons whose aggregate turnover exceeds the notified limit. Invoices are reported to the IRP and an Invoice Reference Number is issued.'))),
          h('div', { className: 'col-md-4' },
            h(Card, { header: 'Latest Updates', className: 'h-100' },
              updates == null ? h(Spinner, { size: 'sm' }) :
                h('ul', { className: 'mb-0' }, updates.map(function (x, i) {
                  return h('li', { key: i }, h('span', { className: 'text-muted small me-1' }, x.date), x.text);
                })))),
          h('div', { className: 'col-md-4' },
            h(Card, { header: 'Taxpayers', className: 'h-100' },
              h('p', { className: 'card-text' }, 'Use the Login link at the top right with your e-Invoice credentials. Two-factor authentication is required for every login.'),
              h(Link, { to: '/login', className: 'btn btn-primary' }, 'Go to Login'))))));
  }
  function InfoPage(p) {
    useTitle(p.title);
    return h(PublicPage, null,
      h('div', { className: 'container py-4' },
        h(Card, { header: p.title }, h('p', { className: 'card-text' }, p.text))));
  }

  function LoginPage() {
    useTitle('Login');
    var s = useState('credentials'); var step = s[0], setStep = s[1];
    var c = useState(Date.now()); var captchaKey = c[0], setCaptchaKey = c[1];
    var m = useState(''); var mobile = m[0], setMobile = m[1];
    var o = useState(''); var otp = o[0], setOtp = o[1];
    var oe = useState(''); var otpError = oe[0], setOtpError = oe[1];
    var v = useState(false); var verifying = v[0], setVerifying = v[1];
    var r = useState(0); var resendIn = r[0], setResendIn = r[1];
    var from = (router.state && router.state.from) || '/dashboard';
    useEffect(function () {
      if (resendIn <= 0) return undefined;
      var t = setTimeout(function () { setResendIn(resendIn - 1); }, 1000);
      return function () { clearTimeout(t); };
    }, [resendIn]);
    var f = useFormik({
      initialValues: { username: '', password: '', captcha: '' },
      validate: function (x) {
        var e = {};
        if (!x.username.trim()) e.username = 'Username is required';
        if (!x.password) e.password = 'Password is required';
        if (!x.captcha.trim()) e.captcha = 'Please enter the captcha';
        return e;
      },
      onSubmit: function (x, helpers) {
        return http.post('/auth/login', { username: x.username.trim(), password: x.password, captcha: x.captcha.trim() }).then(function (res) {
          setMobile(res.data.maskedMobile);
          setOtp('');
          setOtpError('');
          setResendIn(30);
          setStep('otp');
        }, function (err) {
          var msg = errorText(err);
          var data = err.response && err.response.data;
          toast.error(msg);
          helpers.setFieldValue('captcha', '', false);
          setCaptchaKey(Date.now());
          if (data && data.field) helpers.setFieldError(data.field, msg);
        });
      },
    });
    if (auth.status === 'authenticated') return h(Navigate, { to: from, replace: true });
    function verify(e) {
      e.preventDefault();
      if (otp.length < 6) {
        setOtpError('Please enter the 6 digit OTP');
        return;
      }
      setVerifying(true);
      http.post('/auth/login/otp', { otp: otp }).then(function (res) {
        setVerifying(false);
        auth.status = 'authenticated';
        auth.user = res.data.user;
        navigate(from, { replace: true });
      }, function (err) {
        setVerifying(false);
        var msg = errorText(err);
        toast.error(msg);
        setOtp('');
        if (err.response && err.response.data && err.response.data.code === 'LOGIN_RESTART') {
          setStep('credentials');
          f.resetForm();
          setCaptchaKey(Date.now());
          return;
        }
        setOtpError(msg);
      });
    }
    function resend(e) {
      e.preventDefault();
      http.post('/auth/login/otp/resend').then(function () {
        toast.success('OTP has been resent to your registered mobile number');
        setResendIn(30);
      }, function (err) { toast.error(errorText(err)); });
    }
    function field(label, name, type, placeholder, extra) {
      var err = f.fieldError(name);
      return h('div', { className: 'mb-3' },
        h('label', { className: 'form-label' }, label),
        extra || null,
        h('input', {
          name: name,
          placeholder: placeholder,
          type: type,
          autocomplete: name === 'captcha' ? 'off' : name === 'password' ? 'current-password' : 'username',
          className: cx('form-control', err && 'is-invalid'),
          value: f.values[name],
          onChange: f.handleChange,
          onBlur: f.handleBlur,
        }),
        err ? h('div', { className: 'invalid-feedback' }, err) : null);
    }
    var body;
    if (step === 'credentials') {
      body = h('form', { novalidate: true, onSubmit: f.handleSubmit },
        field('Username', 'username', 'text', 'Enter Username'),
        field('Password', 'password', 'password', 'Enter Password'),
        field('Captcha', 'captcha', 'text', 'Enter the characters shown above',
          h('div', { className: 'captcha-box' },
            h('img', { src: '/api/auth/captcha?t=' + captchaKey, alt: 'captcha' }),
            h(Button, { variant: 'outline-secondary', size: 'sm', title: 'Refresh Captcha', onClick: function () { setCaptchaKey(Date.now()); f.setFieldValue('captcha', '', false); } },
              h(Icon, { d: ICON_REFRESH })))),
        h(Button, { type: 'submit', variant: 'primary', className: 'w-100', disabled: f.isSubmitting },
          f.isSubmitting ? [h(Spinner, { key: 's', size: 'sm', className: 'me-2' }), 'Please wait...'] : 'Login'),
        h('div', { className: 'd-flex justify-content-between mt-3 small' },
          h(Link, { to: '/help' }, 'Forgot Username?'),
          h(Link, { to: '/help' }, 'Forgot Password?')));
    } else {
      body = h('form', { novalidate: true, onSubmit: verify },
        h('p', { className: 'text-muted' }, 'An OTP has been sent to your registered mobile number ' + mobile + '. Enter it below to complete the login. You may also use the OTP from the Sandes or NIC-GST-Shield app.'),
        h('label', { className: 'form-label' }, 'Enter OTP'),
        h(OtpInput, {
          value: otp,
          onChange: function (x) { setOtp(x); setOtpError(''); },
          numInputs: 6,
          separator: h('span', null, '-'),
          isInputNum: true,
          shouldAutoFocus: true,
          inputStyle: OTP_BOX,
          hasErrored: !!otpError,
          errorStyle: OTP_ERROR,
          containerClassName: 'otp-container',
        }),
        otpError ? h('div', { className: 'invalid-feedback d-block' }, otpError) : null,
        h(Button, { type: 'submit', variant: 'primary', className: 'w-100 mt-3', disabled: verifying },
          verifying ? [h(Spinner, { key: 's', size: 'sm', className: 'me-2' }), 'Verifying...'] : 'Verify OTP'),
        h('div', { className: 'd-flex justify-content-between mt-3 small' },
          resendIn > 0 ? h('span', { className: 'text-muted' }, 'Resend OTP in ' + resendIn + 's') :
            h('a', { href: '#', onClick: resend }, 'Resend OTP'),
          h('a', { href: '#', onClick: function (e) { e.preventDefault(); setStep('credentials'); f.resetForm(); setCaptchaKey(Date.now()); } }, 'Back to Login')));
    }
    return h(PublicPage, null,
      h('div', { className: 'container login-wrapper' },
        h('div', { className: 'card login-card shadow-sm' },
          h('div', { className: 'card-header' }, h('h5', { className: 'mb-0' }, step === 'credentials' ? 'Login' : 'Two-Factor Authentication')),
          h('div', { className: 'card-body' }, body))));
  }

  // ------------------------------------------------------------------ app: dashboard
  var FY_OPTIONS = [{ value: '2024-25', label: '2024-25' }, { value: '2023-24', label: '2023-24' }, { value: '2022-23', label: '2022-23' }];
  var PERIOD_OPTIONS = ['April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'January', 'February', 'March'].map(function (x) { return { value: x, label: x }; });
  function DashboardPage() {
    useTitle('Dash Board');
    var d = useState(null); var data = d[0], setData = d[1];
    var pc = useState(null); var popups = pc[0], setPopups = pc[1];
    var sc = useState(false); var showContact = sc[0], setShowContact = sc[1];
    var sn = useState(false); var showNotice = sn[0], setShowNotice = sn[1];
    var fy = useState(FY_OPTIONS[0]); var year = fy[0], setYear = fy[1];
    var pr = useState(null); var period = pr[0], setPeriod = pr[1];
    var ct = useState({ name: '', mobile: '', email: '' }); var contact = ct[0], setContact = ct[1];
    var up = useState(false); var updating = up[0], setUpdating = up[1];
    useEffect(function () {
      http.get('/dashboard/summary').then(function (r) {
        setData(r.data);
        if (r.data.popups) {
          setPopups(r.data.popups);
          setContact(r.data.popups.technicalContact);
          setShowContact(true);
        }
      }, function (err) { if (!isSessionLoss(err)) toast.error(errorText(err)); });
    }, []);
    function updateContact() {
      setUpdating(true);
      http.put('/profile/technical-contact', contact).then(function (r) {
        setUpdating(false);
        toast.success(r.data.message);
      }, function (err) {
        setUpdating(false);
        if (!isSessionLoss(err)) toast.error(errorText(err));
      });
    }
    function contactField(label, name) {
      return h('div', { className: 'mb-3' },
        h('label', { className: 'form-label' }, label),
        h('input', { name: name, type: 'text', className: 'form-control', value: contact[name], onChange: function (e) { var n = assign({}, contact); n[name] = e.target.value; setContact(n); } }));
    }
    var user = auth.user || {};
    if (!data) return h('div', { className: 'loading-screen' }, h(Spinner, null), h('span', { className: 'ms-2' }, 'Loading...'));
    function stat(label, value) {
      return h('div', { className: 'col' }, h('div', { className: 'stat-value' }, String(value)), h('div', { className: 'stat-label' }, label));
    }
    return h('div', null,
      h('div', { className: 'd-flex justify-content-between align-items-center mb-3' },
        h('h4', { className: 'page-title mb-0' }, 'Dash Board'),
        h('span', { className: 'text-muted small' }, 'Last login: ' + (user.lastLogin || ''))),
      h('p', null, 'Welcome, ', h('span', { className: 'fw-semibold' }, user.legalName || ''), ' (GSTIN: ' + (user.gstin || '') + ')'),
      h('div', { className: 'row g-3 mb-3' },
        h('div', { className: 'col-md-3' },
          h('label', { className: 'form-label' }, 'Financial Year'),
          h(Select, { options: FY_OPTIONS, value: year, onChange: setYear, placeholder: 'Select...' })),
        h('div', { className: 'col-md-3' },
          h('label', { className: 'form-label' }, 'Return Period'),
          h(Select, { options: PERIOD_OPTIONS, value: period, onChange: setPeriod, placeholder: 'All months' }))),
      h('div', { className: 'row g-3' },
        h('div', { className: 'col-md-6' },
          h(Card, { header: 'Generations', className: 'stat-card' },
            h('div', { className: 'row text-center' }, stat('Today', data.generations.today), stat('This Month', data.generations.month), stat('This Year', data.generations.year)))),
        h('div', { className: 'col-md-6' },
          h(Card, { header: 'Cancelled', className: 'stat-card' },
            h('div', { className: 'row text-center' }, stat('Today', data.cancelled.today), stat('This Month', data.cancelled.month), stat('This Year', data.cancelled.year))))),
      popups ? h(Modal, {
        show: showContact,
        onHide: function () { setShowContact(false); },
        backdrop: 'static',
        keyboard: false,
        centered: true,
        'aria-labelledby': 'tech-contact-title',
        onExited: function () { if (popups.notice) setShowNotice(true); },
      },
        h(ModalHeader, { title: 'Contacts of Technical Person', titleId: 'tech-contact-title', onHide: function () { setShowContact(false); } }),
        h('div', { className: 'modal-body' },
          h('p', { className: 'small text-muted' }, 'Please verify the details of the technical person of your organisation. e-Invoice system notices and API alerts are sent to this contact.'),
          contactField('Name', 'name'),
          contactField('Mobile Number', 'mobile'),
          contactField('E-mail ID', 'email')),
        h('div', { className: 'modal-footer' },
          h(Button, { variant: 'primary', onClick: updateContact, disabled: updating }, updating ? 'Updating...' : 'Update'),
          h(Button, { variant: 'danger', onClick: function () { setShowContact(false); } }, 'Exit'))) : null,
      popups && popups.notice ? h(Modal, {
        show: showNotice,
        onHide: function () { setShowNotice(false); },
        centered: true,
        'aria-labelledby': 'notice-title',
      },
        h(ModalHeader, { title: popups.notice.title, titleId: 'notice-title', onHide: function () { setShowNotice(false); } }),
        h('div', { className: 'modal-body' }, h('p', { className: 'mb-0' }, popups.notice.text)),
        h('div', { className: 'modal-footer' },
          h(Button, { variant: 'secondary', onClick: function () { setShowNotice(false); } }, 'Close'))) : null);
  }
`,
  `
  // ------------------------------------------------------------------ app: API registration
  var REG_TYPES = [
    { id: 'reg-type-direct', value: 'DIRECT', label: 'Directly' },
    { id: 'reg-type-gsp', value: 'GSP', label: 'Through GSP' },
    { id: 'reg-type-erp', value: 'ERP', label: 'Through ERP' },
    { id: 'reg-type-other', value: 'OTHER', label: 'Through Client-Id of other' },
  ];
  var PASSWORD_RULE = 'Password must be 8 to 15 characters long and contain at least one uppercase letter, one lowercase letter, one number and one special character';
  function loadGsps(input) {
    return http.get('/masters/gsps?search=' + encodeURIComponent(input)).then(function (r) {
      return r.data.map(function (g) { return { value: g.gspId, label: g.gspName }; });
    }, function (err) {
      if (!isSessionLoss(err)) toast.error(errorText(err));
      return [];
    });
  }
  function validateRegistration(v) {
    var e = {};
    if (!v.regType) e.regType = 'Please select the registration type';
    if (v.regType !== 'GSP') return e;
    if (!v.gsp) e.gsp = 'Please select your GSP';
    var u = v.username.trim();
    if (!u) e.username = 'Username is required';
    else if (/^api_/i.test(u)) e.username = 'Enter the username without the API_ prefix; it is added automatically';
    else if (!/^[A-Za-z0-9_.-]{3,30}$/.test(u)) e.username = 'Username must be 3 to 30 characters: letters, numbers, _ . or -';
    if (!v.password) e.password = 'Password is required';
    else if (v.password.length < 8 || v.password.length > 15 || !/[A-Z]/.test(v.password) || !/[a-z]/.test(v.password) || !/[0-9]/.test(v.password) || !/[^A-Za-z0-9]/.test(v.password)) e.password = PASSWORD_RULE;
    if (!v.confirmPassword) e.confirmPassword = 'Please re-enter the password';
    else if (v.confirmPassword !== v.password) e.confirmPassword = 'Passwords do not match';
    return e;
  }
  function RegisteredTable(p) {
    if (!p.rows) return null;
    return h(Card, { header: 'GSPs registered for GSTIN ' + p.gstin, className: 'mt-3' },
      p.rows.length ? h('div', { className: 'table-responsive' },
        h('table', { className: 'table table-striped table-bordered table-sm mb-0' },
          h('thead', null, h('tr', null, h('th', null, 'Sl. No.'), h('th', null, 'GSP Name'), h('th', null, 'API User Name'), h('th', null, 'Registered On'), h('th', null, 'Status'))),
          h('tbody', null, p.rows.map(function (r, i) {
            return h('tr', { key: i }, h('td', null, String(i + 1)), h('td', null, r.gspName), h('td', null, r.userName), h('td', null, r.createdOn), h('td', null, h('span', { className: 'badge bg-success', style: { backgroundColor: '#198754' } }, r.status)));
          })))) : h('p', { className: 'mb-0 text-muted' }, 'No records found.'));
  }
  function CreateApiUserPage() {
    useTitle('Create API User');
    var ph = useState('sending'); var phase = ph[0], setPhase = ph[1];
    var mb = useState(''); var mobile = mb[0], setMobile = mb[1];
    var o = useState(''); var otp = o[0], setOtp = o[1];
    var oe = useState(''); var otpError = oe[0], setOtpError = oe[1];
    var vf = useState(false); var verifying = vf[0], setVerifying = vf[1];
    var rs = useState(0); var resendIn = rs[0], setResendIn = rs[1];
    var rg = useState(null); var registered = rg[0], setRegistered = rg[1];
    var al = useState(''); var alert = al[0], setAlert = al[1];
    var cf = useState(false); var confirm = cf[0], setConfirm = cf[1];
    var sb = useState(false); var submitting = sb[0], setSubmitting = sb[1];
    var rsu = useState(null); var result = rsu[0], setResult = rsu[1];
    var user = auth.user || {};
    function sendOtp() {
      setPhase('sending');
      setOtp('');
      setOtpError('');
      http.post('/api-registration/otp/send').then(function (r) {
        setMobile(r.data.maskedMobile);
        setResendIn(30);
        setPhase('otp');
        toast.success(r.data.message);
      }, function (err) {
        if (isSessionLoss(err)) return;
        toast.error(errorText(err));
        setPhase('failed');
      });
    }
    function loadRegistered() {
      http.get('/api-registration/users').then(function (r) { setRegistered(r.data); }, function () {});
    }
    useEffect(function () { sendOtp(); }, []);
    useEffect(function () {
      if (resendIn <= 0) return undefined;
      var t = setTimeout(function () { setResendIn(resendIn - 1); }, 1000);
      return function () { clearTimeout(t); };
    }, [resendIn]);
    var f = useFormik({
      initialValues: { regType: '', gsp: null, username: '', password: '', confirmPassword: '' },
      validate: validateRegistration,
      onSubmit: function () {
        setAlert('');
        setConfirm(true);
      },
    });
    function verify(e) {
      e.preventDefault();
      setVerifying(true);
      http.post('/api-registration/otp/verify', { otp: otp }).then(function () {
        setVerifying(false);
        toast.success('OTP verified successfully');
        setPhase('form');
        loadRegistered();
      }, function (err) {
        setVerifying(false);
        if (isSessionLoss(err)) return;
        var msg = errorText(err);
        toast.error(msg);
        setOtpError(msg);
        setOtp('');
      });
    }
    function doSubmit() {
      var v = f.values;
      setSubmitting(true);
      http.post('/api-registration/users', {
        gstin: user.gstin,
        regType: v.regType,
        gspId: v.gsp && v.gsp.value,
        gspName: v.gsp && v.gsp.label,
        userName: 'API_' + v.username.trim(),
        password: v.password,
        confirmPassword: v.confirmPassword,
      }).then(function (r) {
        setSubmitting(false);
        setConfirm(false);
        setResult(r.data);
        setPhase('done');
        f.resetForm();
        toast.success('API user created successfully');
        loadRegistered();
      }, function (err) {
        setSubmitting(false);
        setConfirm(false);
        if (isSessionLoss(err)) return;
        var msg = errorText(err);
        var data = err.response && err.response.data;
        toast.error(msg);
        setAlert(msg);
        if (data && data.field === 'username') f.setFieldError('username', msg);
      });
    }
    var header = h('div', null,
      h('ol', { className: 'breadcrumb' },
        h('li', { className: 'breadcrumb-item' }, h(Link, { to: '/dashboard' }, 'Home')),
        h('li', { className: 'breadcrumb-item' }, 'API Registration'),
        h('li', { className: 'breadcrumb-item active', 'aria-current': 'page' }, 'Create API User')),
      h('h4', { className: 'page-title mb-3' }, 'Create API User'));
    var content;
    if (phase === 'sending') {
      content = h(Card, { header: 'API Registration' },
        h('div', { className: 'd-flex align-items-center gap-2 text-muted' }, h(Spinner, { size: 'sm' }), h('span', null, 'Sending OTP to your registered mobile number...')));
    } else if (phase === 'failed') {
      content = h(Card, { header: 'API Registration' },
        h(Alert, { variant: 'danger' }, 'Could not send the OTP. Please try again.'),
        h(Button, { variant: 'primary', onClick: sendOtp }, 'Resend OTP'));
    } else if (phase === 'otp') {
      content = h(Card, { header: 'API Registration' },
        h('form', { novalidate: true, onSubmit: verify },
          h(Alert, { variant: 'info' }, 'An OTP has been sent to your registered mobile number ' + mobile + '. The OTP is valid for 10 minutes.'),
          h('label', { className: 'form-label' }, 'Enter OTP', h('span', { className: 'text-danger' }, ' *')),
          h(OtpInput, {
            value: otp,
            onChange: function (x) { setOtp(x); setOtpError(''); },
            numInputs: 6,
            separator: h('span', null, '-'),
            isInputNum: true,
            shouldAutoFocus: true,
            inputStyle: OTP_BOX,
            hasErrored: !!otpError,
            errorStyle: OTP_ERROR,
            containerClassName: 'otp-container',
          }),
          otpError ? h('div', { className: 'invalid-feedback d-block' }, otpError) : null,
          h('div', { className: 'd-flex align-items-center gap-3 mt-3' },
            h(Button, { type: 'submit', variant: 'primary', disabled: otp.length !== 6 || verifying },
              verifying ? [h(Spinner, { key: 's', size: 'sm', className: 'me-2' }), 'Verifying...'] : 'Verify OTP'),
            resendIn > 0 ? h('span', { className: 'text-muted small' }, 'Resend OTP in ' + resendIn + 's') :
              h(Button, { variant: 'link', onClick: sendOtp }, 'Resend OTP'))));
    } else if (phase === 'done') {
      content = h('div', null,
        h(Alert, { variant: 'success' },
          h('div', { className: 'alert-heading h4' }, 'Success'),
          h('p', null, result ? result.message : ''),
          h('hr', null),
          h('p', { className: 'mb-0' }, 'Please note the API username and password. You will need them when your GSP calls the Authentication API.')),
        h(Link, { to: '/dashboard', className: 'btn btn-primary' }, 'Go to Dashboard'),
        h(RegisteredTable, { rows: registered, gstin: user.gstin }));
    } else {
      var v = f.values;
      var regErr = f.fieldError('regType');
      var gspErr = f.fieldError('gsp');
      var userErr = f.fieldError('username');
      var pwErr = f.fieldError('password');
      var cpErr = f.fieldError('confirmPassword');
      var extra = null;
      if (v.regType === 'DIRECT') extra = h(Alert, { variant: 'warning', className: 'mt-3' }, 'Direct API access is available only to taxpayers whose aggregate turnover is above the notified limit. Please register through a GSP.');
      else if (v.regType === 'ERP' || v.regType === 'OTHER') extra = h(Alert, { variant: 'info', className: 'mt-3' }, 'This option is not enabled for your GSTIN.');
      content = h('div', null,
        alert ? h(Alert, { variant: 'danger', onClose: function () { setAlert(''); } }, alert) : null,
        h(Card, { header: 'API Registration' },
          h('form', { novalidate: true, onSubmit: f.handleSubmit },
            h('div', { className: 'row mb-3' },
              h('div', { className: 'col-md-4' },
                h('label', { className: 'form-label' }, 'GSTIN'),
                h('input', { readonly: true, type: 'text', className: 'form-control-plaintext fw-bold', value: user.gstin || '' })),
              h('div', { className: 'col-md-8' },
                h('label', { className: 'form-label' }, 'Legal Name'),
                h('input', { readonly: true, type: 'text', className: 'form-control-plaintext', value: user.legalName || '' }))),
            h('div', { className: 'mb-3' },
              h('label', { className: 'form-label d-block' }, 'Do you wish to Register your GSTIN for', h('span', { className: 'text-danger' }, ' *')),
              REG_TYPES.map(function (t) {
                return h(FormCheck, {
                  key: t.id,
                  inline: true,
                  type: 'radio',
                  id: t.id,
                  name: 'regType',
                  label: t.label,
                  value: t.value,
                  checked: v.regType === t.value,
                  isInvalid: !!regErr,
                  onChange: function () { f.setFieldValue('regType', t.value); },
                });
              }),
              regErr ? h('div', { className: 'invalid-feedback d-block' }, regErr) : null,
              extra),
            v.regType === 'GSP' ? h('div', null,
              h('div', { className: 'form-section-title' }, 'GSP Details'),
              h('div', { className: 'row' },
                h('div', { className: 'col-md-6 mb-3' },
                  h('label', { className: 'form-label' }, 'Select your GSP', h('span', { className: 'text-danger' }, ' *')),
                  h(Select, {
                    cacheOptions: true,
                    defaultOptions: true,
                    loadOptions: loadGsps,
                    name: 'gsp',
                    placeholder: 'Select your GSP',
                    value: v.gsp,
                    isInvalid: !!gspErr,
                    onChange: function (opt) { f.setFieldValue('gsp', opt); },
                    onBlur: function () { f.setFieldTouched('gsp'); },
                  }),
                  gspErr ? h('div', { className: 'invalid-feedback d-block' }, gspErr) : null),
                h('div', { className: 'col-md-6 mb-3' },
                  h('label', { className: 'form-label' }, 'Username', h('span', { className: 'text-danger' }, ' *')),
                  h('div', { className: 'input-group has-validation' },
                    h('span', { className: 'input-group-text' }, 'API_'),
                    h('input', { name: 'username', placeholder: 'Enter username', type: 'text', autocomplete: 'off', className: cx('form-control', userErr && 'is-invalid'), value: v.username, onChange: f.handleChange, onBlur: f.handleBlur }),
                    userErr ? h('div', { className: 'invalid-feedback' }, userErr) : null),
                  h('div', { className: 'form-text' }, 'Your API username will be API_ followed by what you type.'))),
              h('div', { className: 'row' },
                h('div', { className: 'col-md-6 mb-3' },
                  h('label', { className: 'form-label' }, 'Password', h('span', { className: 'text-danger' }, ' *')),
                  h('input', { name: 'password', placeholder: 'Enter password', type: 'password', autocomplete: 'new-password', className: cx('form-control', pwErr && 'is-invalid'), value: v.password, onChange: f.handleChange, onBlur: f.handleBlur }),
                  pwErr ? h('div', { className: 'invalid-feedback' }, pwErr) : h('div', { className: 'form-text' }, '8 to 15 characters with upper case, lower case, number and special character.')),
                h('div', { className: 'col-md-6 mb-3' },
                  h('label', { className: 'form-label' }, 'Re-enter Password', h('span', { className: 'text-danger' }, ' *')),
                  h('input', { name: 'confirmPassword', placeholder: 'Re-enter password', type: 'password', autocomplete: 'new-password', className: cx('form-control', cpErr && 'is-invalid'), value: v.confirmPassword, onChange: f.handleChange, onBlur: f.handleBlur }),
                  cpErr ? h('div', { className: 'invalid-feedback' }, cpErr) : null))) : null,
            h('div', { className: 'd-flex gap-2 mt-2' },
              h(Button, { type: 'submit', variant: 'primary', disabled: v.regType !== '' && v.regType !== 'GSP' }, 'Submit'),
              h(Button, { variant: 'secondary', onClick: function () { navigate('/dashboard'); } }, 'Exit')))),
        h(RegisteredTable, { rows: registered, gstin: user.gstin }),
        h(Modal, { show: confirm, onHide: function () { if (!submitting) setConfirm(false); }, backdrop: 'static', centered: true, 'aria-labelledby': 'confirm-title' },
          h(ModalHeader, { title: 'Confirm', titleId: 'confirm-title', onHide: function () { if (!submitting) setConfirm(false); } }),
          h('div', { className: 'modal-body' },
            h('p', null, 'You are about to create the API user ', h('strong', null, 'API_' + v.username.trim()), ' for ', h('strong', null, v.gsp ? v.gsp.label : ''), '.'),
            h('p', { className: 'mb-0' }, 'Do you want to continue?')),
          h('div', { className: 'modal-footer' },
            h(Button, { variant: 'secondary', disabled: submitting, onClick: function () { setConfirm(false); } }, 'No'),
            h(Button, { variant: 'primary', disabled: submitting, onClick: doSubmit },
              submitting ? [h(Spinner, { key: 's', size: 'sm', className: 'me-2' }), 'Submitting...'] : 'Yes, Submit'))));
    }
    return h('div', null, header, content);
  }
`,
  String.raw`
  // ------------------------------------------------------------------ app: routes
  var PLACEHOLDERS = {
    '/einvoice/generate': 'Generate IRN',
    '/einvoice/bulk-upload': 'Bulk Upload',
    '/einvoice/cancel': 'Cancel IRN',
    '/einvoice/print': 'Print e-Invoice',
    '/api-registration/change-password': 'Change API Password',
    '/api-registration/freeze-user': 'Freeze API User',
    '/api-registration/ip-whitelisting': 'IP Whitelisting',
    '/mis/irn-details': 'IRN Details',
    '/mis/summary': 'Summary Report',
    '/user-management/create-sub-user': 'Create Sub User',
    '/user-management/freeze-sub-user': 'Freeze Sub User',
    '/profile': 'My Profile',
    '/change-password': 'Change Password',
  };
  function PlaceholderPage() {
    var title = PLACEHOLDERS[router.path];
    useTitle(title);
    return h('div', null,
      h('h4', { className: 'page-title mb-3' }, title),
      h(Card, { header: title }, h('p', { className: 'mb-0 text-muted' }, 'No records found.')));
  }
  function NotFoundPage() {
    useTitle('Page Not Found');
    return h(PublicPage, null,
      h('div', { className: 'container py-4' },
        h(Card, { header: 'Page Not Found' },
          h('p', null, 'The page you are looking for does not exist.'),
          h(Link, { to: '/', className: 'btn btn-primary' }, 'Go to Home'))));
  }
  function App() {
    var path = router.path.replace(/\/+$/, '') || '/';
    if (auth.status === 'loading') {
      return h('div', { className: 'loading-screen' }, h(Spinner, null));
    }
    if (path === '/') return h(HomePage, { key: path });
    if (path === '/login') return h(LoginPage, { key: path });
    if (path === '/help') return h(InfoPage, { key: path, title: 'Help', text: 'For assistance with the e-Invoice System, refer to the user manuals and FAQs, or raise a ticket on the GST self-service portal.' });
    if (path === '/contact-us') return h(InfoPage, { key: path, title: 'Contact Us', text: 'GST Helpdesk: 1800-103-4786. e-Invoice support: support.einv.api@gov.in' });
    var page = path === '/dashboard' ? DashboardPage : path === '/api-registration/create-user' ? CreateApiUserPage : PLACEHOLDERS[path] ? PlaceholderPage : null;
    if (!page) return h(NotFoundPage, { key: '404' });
    if (auth.status !== 'authenticated') return h(Navigate, { key: 'redirect:' + path, to: '/login', replace: true, state: { from: path } });
    return h(PrivateLayout, { key: 'private' }, h(page, { key: path }));
  }

  // ------------------------------------------------------------------ index.js
  injectEmotion();
  var root = createRoot(document.getElementById('root'));
  root.render([App, ToastContainer]);
  http.get('/auth/me').then(function (r) {
    auth.status = r.data && r.data.authenticated ? 'authenticated' : 'anonymous';
    auth.user = (r.data && r.data.user) || null;
    schedule();
  }, function () {
    auth.status = 'anonymous';
    schedule();
  });
})();
//# sourceMappingURL=main.js.map
`,
];
