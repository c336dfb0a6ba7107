/**
 * Rendition r14-ng-select: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2019-2024 Angular 12-16 single-page app
 * would draw it with ng-bootstrap (NgbModal, NgbDropdown), ng-select, ngx-toastr and ng-otp-input. No
 * real Angular: a small hand-written runtime in the served `main.<hash>.js` stamps the DOM those
 * libraries produce: `app-root[ng-version]`, component hosts (`app-layout`, `app-sidebar`,
 * `app-create-api-user`, ...) with `_nghost-utq-cN` / `_ngcontent-utq-cN` attributes and emulated
 * scoped `<style>` tags in <head>, `<!---->` anchors after `*ngIf` blocks (`ng-star-inserted`),
 * reactive-form classes (`ng-untouched ng-pristine ng-invalid` → `ng-touched ng-dirty ng-valid`,
 * `ng-submitted` on the form). Every line of markup, style and script is here; no icon font (the
 * `i.fa` icons are drawn in CSS), no network.
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - Path routes with pushState (`<base href="/">`): `/` (home, a "Login" button `#btnLogin`),
 *   `/login`, `/login/verify-otp`, `/dashboard` (heading "Dash Board"),
 *   `/api-registration/user-credentials/create-api-user`, and placeholder pages for the other menu
 *   leaves. The server answers index.html for every such path; `/api/...` is a JSON API (XHR, as
 *   Angular's HttpClient) with a cookie session (`EINV_SID`, HttpOnly) and Angular's XSRF pair
 *   (`XSRF-TOKEN` cookie → `X-XSRF-TOKEN` header on every signed-in POST).
 * - Login: card "Login to e-Invoice System", Username, Password, a captcha picture
 *   (`GET /api/auth/captcha?t=...`, an SVG image, fresh noise each time, compared
 *   case-insensitively) with a refresh button, "Enter Captcha", button "Login". Captcha checked
 *   first, then the username (case-insensitive) and password. Refusals are ngx-toastr errors (3 s,
 *   progress bar): "Invalid Captcha. Please enter the characters shown in the image." / "Invalid
 *   Login Credentials. Please check your username and password."; the captcha is redrawn and its box
 *   emptied. Empty fields show the inline `div.text-danger > small` errors only.
 * - 2FA: `app-two-factor`, one box "Enter OTP" (6 digits) and "Verify OTP"; "Resend OTP" after 30 s.
 *   Wrong: toastr error "Invalid OTP. Please enter the correct OTP sent to your registered mobile
 *   number." and the box emptied.
 * - After login: 500 ms after the dashboard renders, NgbModal "Contacts of Technical Person" (name,
 *   mobile, e-mail; header `button.btn-close`, footer "Exit"; static backdrop, no Escape); once it is
 *   closed, a second NgbModal (`app-notice-modal`, size lg) "Important Advisory" with "Close" (this one
 *   also closes on Escape or a backdrop click). Once a session. Both fade in/out (150-300 ms), each
 *   header × is `button.btn-close[aria-label=Close]` next to a footer button also named "Close".
 * - Menu (`app-sidebar`): Dash Board; e-Invoice; e-Way Bill; MIS Reports; API Registration (User
 *   Credentials → Create API User, View API Users; Client Credentials; IP Whitelisting; Freeze API
 *   User; Change API Password); User Management. Groups toggle on click, `ul.sub-menu` animated in
 *   300 ms ([@slideInOut]); a closed one stays in the DOM at `height: 0px; overflow: hidden` (its links
 *   pass a visibility check but cannot be clicked). Opening a top-level group closes the other ones.
 *   `routerLinkActive` marks the current leaf `.active`; the ☰ button slides the sidebar away.
 * - Create API User: card "API Registration"; "Get OTP" sends the OTP (`POST .../otp/send`); then
 *   "Enter OTP" as ng-otp-input (6 `input.otp-input[type=tel]`), verified by itself at the 6th digit
 *   (`POST .../otp/verify`, a spinner "Verifying OTP..."; no Verify button). Wrong: toastr "Invalid
 *   OTP. Please enter the valid OTP." and the boxes emptied. The boxes take one digit each
 *   (maxlength=1: a fill() of the first box keeps one digit); typing moves along, a paste spreads.
 * - Then "Do you wish to Register your GSTIN for" as two `input.btn-check` radios + label buttons
 *   ("Directly", "Through GSP"; neither chosen). "Directly" only shows an alert that direct access is
 *   for large taxpayers and leaves Submit disabled. "Through GSP": ng-select "Select your GSP"
 *   (appendTo body, virtual scroll over 40 GSPs, DEFMACRO is number 18), "Username" with an `API_`
 *   `input-group-text` prefix (3-30 letters, digits, `_ . -`), "Password" and "Re-enter Password"
 *   (8-20 characters with upper, lower, digit, special), buttons "Submit" and "Exit".
 * - Submit opens NgbModal `app-confirm-dialog` "Are you sure?" (Cancel / Submit). Refusals as toastr
 *   errors: "GSTIN ... is already registered with <GSP>." (duplicate: Tera Software Limited is on file
 *   from before) and "Username API_x is already taken. Please choose another username."
 *   (API_admin, API_test, API_demo or any on file). Success: toastr success "API user created
 *   successfully" and the form replaced by a card "API User Created" listing the user and every GSP
 *   registered for the GSTIN.
 * - Sessions: a 401 from any signed-in call goes through the HttpInterceptor: toastr error "Session
 *   expired" ("Your session has expired. Please login again.") and a router navigation to
 *   `/login?returnUrl=...` (no page load), where an `ngb-alert` repeats it. A reload of a private route
 *   without a session is sent to `/login` by the AuthGuard (quietly). After a new login the router goes
 *   back to the returnUrl, not to the dashboard.
 * - expireOnce: the first request of that stage (otp/send, otp/verify, or the Submit POST) deletes
 *   the server session first and answers 401 as any lost session does.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type NgSelectR14Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface NgSelectR14Options {
  expireOnce?: NgSelectR14Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface NgSelectR14State {
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

export interface NgSelectR14Rendition {
  url: string;
  close(): Promise<void>;
  state: NgSelectR14State;
}

export const NG_SELECT_R14_LOGIN: { username: string; password: string } = {
  username: 'mhtaxpayer27',
  password: 'Einv#Portal2023',
};

interface Session {
  id: string;
  xsrf: string;
  stage: 'anon' | 'otp' | 'auth';
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  noticesShown: boolean;
}

/** The GSP list in the portal's own order (by GSP id, not by name). */
const GSPS: string[] = [
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
  'Alankit Limited',
  'Bodhtree Consulting Limited',
  'Excellon Software Private Limited',
  'Karvy Data Management Services Limited',
  'Mastek Limited',
  'Seshaasai Business Forms Private Limited',
  'Sify Technologies Limited',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Spice Digital Limited',
  'Botree Software International Private Limited',
  'Cloud Nine Infosystems Private Limited',
  'Zoho Corporation Private Limited',
  'Taxilla Solutions Private Limited',
  'Suvidha Infoserve Private Limited',
  'EY GSP Services LLP',
  'Wipro Limited',
  'Tata Consultancy Services Limited',
  'Hexagon Taxnet Private Limited',
  'KDK Softwares (India) Private Limited',
  'Marg ERP Limited',
  'Relyon Softech Limited',
  'SAG Infotech Private Limited',
  'Gen GST Solutions Private Limited',
  'Avalara Technologies Private Limited',
  'Kiran Compusoft Private Limited',
  'Nucleus Taxtech Private Limited',
  'Primus Software Solutions LLP',
  'Quadrant eTax Services Private Limited',
  'Unisys Infosolutions Private Limited',
  'Yashus Taxnet Private Limited',
];

const TAKEN_USERNAMES = ['API_admin', 'API_test', 'API_demo', 'API_einvoice'];
const USERNAME_RULE = /^[A-Za-z0-9_.-]{3,30}$/;
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,20}$/;
const MOBILE = 'XXXXXX4821';
const ASSET_HASH = {
  main: 'b7d4e2a9c1f06358',
  runtime: '8e1f2c0b7a6d5e43',
  polyfills: '5a0f7c2d9e1b3a64',
  styles: '3c2a9b7e1f0d4c86',
};

function stamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

function cookiesOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at).trim()] = decodeURIComponent(part.slice(at + 1).trim());
  }
  return out;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** The captcha picture: the characters drawn as SVG glyphs, each tilted, over fresh noise. */
function captchaSvg(text: string): string {
  const rnd = (min: number, max: number) => min + Math.random() * (max - min);
  const parts: string[] = [];
  for (let i = 0; i < 7; i++) {
    const colour = `rgb(${Math.round(rnd(90, 200))},${Math.round(rnd(90, 200))},${Math.round(rnd(90, 200))})`;
    parts.push(
      `<path d="M${rnd(0, 40).toFixed(1)} ${rnd(5, 45).toFixed(1)} Q ${rnd(40, 110).toFixed(1)} ${rnd(0, 50).toFixed(1)} ${rnd(110, 160).toFixed(1)} ${rnd(5, 45).toFixed(1)}" stroke="${colour}" stroke-width="${rnd(0.8, 2).toFixed(1)}" fill="none"/>`,
    );
  }
  for (let i = 0; i < 40; i++) {
    parts.push(
      `<circle cx="${rnd(0, 160).toFixed(1)}" cy="${rnd(0, 50).toFixed(1)}" r="${rnd(0.5, 1.6).toFixed(1)}" fill="#8a8f98"/>`,
    );
  }
  const glyphs = [...text]
    .map((ch, i) => {
      const x = 18 + i * 27 + rnd(-3, 3);
      const y = 34 + rnd(-5, 5);
      const colour = ['#1f3b73', '#7a1f3d', '#1d5e3a', '#5b3a8a', '#8a4b12'][i % 5];
      return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rnd(-22, 22).toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="Georgia, 'DejaVu Serif', serif" font-size="${Math.round(rnd(25, 31))}" font-weight="bold" fill="${colour}">${ch}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="50" viewBox="0 0 160 50"><rect width="160" height="50" fill="#eef2f7"/>${parts.slice(0, 20).join('')}${glyphs}${parts.slice(20).join('')}</svg>`;
}

export async function startNgSelectR14Rendition(
  options: NgSelectR14Options = {},
): Promise<NgSelectR14Rendition> {
  const state: NgSelectR14State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  let expireOnce = options.expireOnce;
  const sessions = new Map<string, Session>();
  /** Registrations on file from before this run: not in state.users. */
  const onFile = [
    {
      gstin: state.gstin,
      gsp: 'Tera Software Limited',
      username: 'API_tera27erp',
      createdOn: '14/08/2021 11:42:07',
    },
  ];

  function newSession(res: ServerResponse): Session {
    const session: Session = {
      id: randomBytes(18).toString('hex'),
      xsrf: randomBytes(16).toString('hex'),
      stage: 'anon',
      apiOtpSent: false,
      apiOtpVerified: false,
      noticesShown: false,
    };
    sessions.set(session.id, session);
    res.setHeader('Set-Cookie', [
      `EINV_SID=${session.id}; Path=/; HttpOnly; SameSite=Lax`,
      `XSRF-TOKEN=${session.xsrf}; Path=/; SameSite=Lax`,
    ]);
    return session;
  }

  function sessionOf(req: IncomingMessage): Session | undefined {
    const id = cookiesOf(req).EINV_SID;
    return id ? sessions.get(id) : undefined;
  }

  function send(
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    extra: Record<string, string> = {},
  ) {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
    res.end(body);
  }

  function json(res: ServerResponse, status: number, body: unknown) {
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
  }

  function unauthorized(res: ServerResponse) {
    json(res, 401, {
      status: 401,
      error: 'Unauthorized',
      message: 'Session expired or invalid. Please login again.',
    });
  }

  /** The first request of the stage named by expireOnce finds its session gone. */
  function expiresHere(req: IncomingMessage, stage: NgSelectR14Expiry): boolean {
    if (expireOnce !== stage) return false;
    expireOnce = undefined;
    const session = sessionOf(req);
    if (session) sessions.delete(session.id);
    state.expired.push(stage);
    return true;
  }

  /** A signed-in session whose XSRF header matches, or the answer already sent. */
  function signedIn(req: IncomingMessage, res: ServerResponse, post: boolean): Session | undefined {
    const session = sessionOf(req);
    if (session?.stage !== 'auth') {
      unauthorized(res);
      return undefined;
    }
    if (post && req.headers['x-xsrf-token'] !== session.xsrf) {
      json(res, 403, { status: 403, message: 'Invalid request. Please refresh the page and try again.' });
      return undefined;
    }
    return session;
  }

  function profile() {
    return {
      userName: NG_SELECT_R14_LOGIN.username,
      gstin: state.gstin,
      legalName: 'UNITED FABRICS AND TRADERS',
      tradeName: 'UNITED FABRICS',
      stateName: 'MAHARASHTRA',
      mobile: MOBILE,
    };
  }

  function registered() {
    return [
      ...onFile,
      ...state.users.map(({ gstin, gsp, username, createdOn }) => ({ gstin, gsp, username, createdOn })),
    ]
      .filter((entry) => entry.gstin === state.gstin)
      .map((entry, i) => ({ slNo: i + 1, ...entry, status: 'Active' }));
  }

  async function api(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    const route = `${method} ${path}`;
    if (route === 'GET /api/auth/captcha') {
      if (!sessionOf(req)) newSession(res);
      send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
      return;
    }
    if (route === 'GET /api/auth/me') {
      const session = sessionOf(req);
      if (session?.stage !== 'auth') return unauthorized(res);
      return json(res, 200, profile());
    }
    if (route === 'POST /api/auth/login') {
      const body = await readJson(req);
      const session = sessionOf(req) ?? newSession(res);
      if (str(body.captcha).trim().toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        return json(res, 400, {
          code: 'INVALID_CAPTCHA',
          message: 'Invalid Captcha. Please enter the characters shown in the image.',
        });
      }
      if (
        str(body.userName).trim().toLowerCase() !== NG_SELECT_R14_LOGIN.username.toLowerCase() ||
        str(body.password) !== NG_SELECT_R14_LOGIN.password
      ) {
        state.refusals.push('login');
        return json(res, 400, {
          code: 'INVALID_CREDENTIALS',
          message: 'Invalid Login Credentials. Please check your username and password.',
        });
      }
      session.stage = 'otp';
      return json(res, 200, { otpRequired: true, mobile: MOBILE, message: `OTP has been sent to ${MOBILE}` });
    }
    if (route === 'POST /api/auth/resend-otp') {
      const session = sessionOf(req);
      if (session?.stage !== 'otp') return unauthorized(res);
      return json(res, 200, { mobile: MOBILE, message: `OTP has been re-sent to ${MOBILE}` });
    }
    if (route === 'POST /api/auth/verify-otp') {
      const session = sessionOf(req);
      if (session?.stage !== 'otp') return unauthorized(res);
      const body = await readJson(req);
      if (str(body.otp).trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        return json(res, 400, {
          code: 'INVALID_OTP',
          message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
        });
      }
      session.stage = 'auth';
      return json(res, 200, profile());
    }
    if (route === 'POST /api/auth/logout') {
      const session = sessionOf(req);
      if (session) sessions.delete(session.id);
      return json(res, 200, { message: 'Logged out' });
    }
    if (route === 'POST /api/api-registration/otp/send' && expiresHere(req, 'api-otp-send'))
      return unauthorized(res);
    if (route === 'POST /api/api-registration/otp/verify' && expiresHere(req, 'api-otp-verify')) {
      return unauthorized(res);
    }
    if (route === 'POST /api/api-registration/users' && expiresHere(req, 'submit')) return unauthorized(res);

    const session = signedIn(req, res, method !== 'GET');
    if (!session) return;
    switch (route) {
      case 'GET /api/dashboard/summary':
        return json(res, 200, {
          generations: { today: 12, month: 348, year: 4127 },
          cancelled: { today: 0, month: 6, year: 41 },
          lastLogin: '12/03/2024 17:05:44',
        });
      case 'GET /api/dashboard/notices': {
        if (session.noticesShown) return json(res, 200, { technicalContact: null, advisory: null });
        session.noticesShown = true;
        return json(res, 200, {
          technicalContact: {
            name: 'Rahul Deshmukh',
            mobile: '98XXXXXX21',
            email: 'ra****@unitedfabrics.in',
          },
          advisory: {
            title: 'Important Advisory',
            text: 'Taxpayers with AATO of Rs. 100 crore and above shall not report invoices older than 30 days on the IRP. Two-factor authentication is mandatory for all users of the e-Invoice System.',
          },
        });
      }
      case 'GET /api/api-registration/gsps':
        return json(
          res,
          200,
          GSPS.map((name, i) => ({ gspId: `GSP${String(101 + i * 3).padStart(4, '0')}`, gspName: name })),
        );
      case 'GET /api/api-registration/registered':
        return json(res, 200, registered());
      case 'POST /api/api-registration/otp/send':
        session.apiOtpSent = true;
        session.apiOtpVerified = false;
        return json(res, 200, {
          mobile: MOBILE,
          validity: 10,
          message: `OTP sent to your registered mobile number ${MOBILE}`,
        });
      case 'POST /api/api-registration/otp/verify': {
        const body = await readJson(req);
        await new Promise((resolve) => setTimeout(resolve, 250));
        if (!session.apiOtpSent)
          return json(res, 400, { code: 'OTP_NOT_SENT', message: 'Please click Get OTP first.' });
        if (str(body.otp).trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          return json(res, 400, { code: 'INVALID_OTP', message: 'Invalid OTP. Please enter the valid OTP.' });
        }
        session.apiOtpVerified = true;
        return json(res, 200, { verified: true, message: 'OTP verified successfully' });
      }
      case 'POST /api/api-registration/users':
        return createUser(session, await readJson(req), res);
      default:
        return json(res, 404, { status: 404, message: 'Not Found' });
    }
  }

  function createUser(session: Session, body: Record<string, unknown>, res: ServerResponse) {
    if (!session.apiOtpVerified) {
      return json(res, 400, {
        code: 'OTP_NOT_VERIFIED',
        message: 'Please verify the OTP before creating the API user.',
      });
    }
    if (str(body.registrationType) !== 'GSP') {
      return json(res, 400, {
        code: 'NOT_ALLOWED',
        message: 'Direct registration is not enabled for this GSTIN.',
      });
    }
    const gspIndex = GSPS.findIndex(
      (_, i) => `GSP${String(101 + i * 3).padStart(4, '0')}` === str(body.gspId),
    );
    const gsp = GSPS[gspIndex];
    const typed = str(body.userName).trim();
    const password = str(body.password);
    if (gsp === undefined) return json(res, 400, { code: 'INVALID_GSP', message: 'Please select your GSP.' });
    if (!USERNAME_RULE.test(typed)) {
      return json(res, 400, { code: 'INVALID_USERNAME', message: 'Username is not valid.' });
    }
    if (!PASSWORD_RULE.test(password) || password !== str(body.confirmPassword)) {
      return json(res, 400, {
        code: 'INVALID_PASSWORD',
        message: 'Password does not meet the password policy.',
      });
    }
    const username = `API_${typed}`;
    if (registered().some((entry) => entry.gsp === gsp)) {
      state.refusals.push('duplicate');
      return json(res, 409, {
        code: 'DUPLICATE',
        message: `GSTIN ${state.gstin} is already registered with ${gsp}.`,
      });
    }
    const taken = [
      ...TAKEN_USERNAMES,
      ...onFile.map((u) => u.username),
      ...state.users.map((u) => u.username),
    ];
    if (taken.some((name) => name.toLowerCase() === username.toLowerCase())) {
      state.refusals.push('username-taken');
      return json(res, 409, {
        code: 'USERNAME_TAKEN',
        message: `Username ${username} is already taken. Please choose another username.`,
      });
    }
    const user = { gstin: state.gstin, gsp, username, password, createdOn: stamp(new Date()) };
    state.users.push(user);
    session.apiOtpVerified = false;
    session.apiOtpSent = false;
    return json(res, 201, {
      message: `API user ${username} has been created successfully for ${gsp}.`,
      user: { gstin: user.gstin, gsp, username, createdOn: user.createdOn },
      registered: registered(),
    });
  }

  function serveStatic(req: IncomingMessage, res: ServerResponse, path: string) {
    if (path === `/main.${ASSET_HASH.main}.js`)
      return send(res, 200, 'text/javascript; charset=utf-8', mainJs());
    if (path === `/runtime.${ASSET_HASH.runtime}.js`)
      return send(res, 200, 'text/javascript; charset=utf-8', RUNTIME_JS);
    if (path === `/polyfills.${ASSET_HASH.polyfills}.js`) {
      return send(res, 200, 'text/javascript; charset=utf-8', POLYFILLS_JS);
    }
    if (path === `/styles.${ASSET_HASH.styles}.css`)
      return send(res, 200, 'text/css; charset=utf-8', STYLES_CSS);
    if (path === '/favicon.ico') return send(res, 200, 'image/svg+xml', FAVICON_SVG);
    if (/\.[a-z0-9]+$/i.test(path)) return send(res, 404, 'text/plain; charset=utf-8', 'Not Found');
    if (!sessionOf(req)) newSession(res);
    return send(res, 200, 'text/html; charset=utf-8', indexHtml());
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const done = path.startsWith('/api/')
      ? api(req, res, path)
      : Promise.resolve(serveStatic(req, res, path));
    done.catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { status: 500, message: String(error) });
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
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }),
  };
}

function indexHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>e-Invoice System</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
<link rel="stylesheet" href="styles.${ASSET_HASH.styles}.css"></head>
<body>
  <app-root></app-root>
<script src="runtime.${ASSET_HASH.runtime}.js" type="module"></script><script src="polyfills.${ASSET_HASH.polyfills}.js" type="module"></script><script src="main.${ASSET_HASH.main}.js" type="module"></script>

</body>
</html>
`;
}

const RUNTIME_JS =
  '(()=>{"use strict";var e,r={},n={};function o(e){var t=n[e];if(void 0!==t)return t.exports;var u=n[e]={exports:{}};return r[e](u,u.exports,o),u.exports}o.m=r})();\n';
const POLYFILLS_JS =
  '/* zone.js: patched by the portal runtime */\n(()=>{"use strict";window.Zone=window.Zone||{__symbol__:function(n){return"__zone_symbol__"+n}}})();\n';
const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#0b3d91"/><text x="8" y="11.5" font-size="9" text-anchor="middle" fill="#fff">e</text></svg>';

/** styles.css: the Bootstrap 5 parts the app uses, ng-select's default theme, ngx-toastr's toastr.css. */
const STYLES_CSS = String.raw`@charset "UTF-8";
:root{--bs-blue:#0d6efd;--bs-primary:#0d6efd;--bs-danger:#dc3545;--bs-body-font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif}
*,::after,::before{box-sizing:border-box}
body{margin:0;font-family:var(--bs-body-font-family);font-size:.875rem;font-weight:400;line-height:1.5;color:#212529;background-color:#f1f4f9;-webkit-text-size-adjust:100%}
h1,h2,h3,h4,h5,h6{margin-top:0;margin-bottom:.5rem;font-weight:500;line-height:1.2}
h4{font-size:1.3rem}h5{font-size:1.1rem}h6{font-size:.95rem}
p{margin-top:0;margin-bottom:1rem}
a{color:#0d6efd;text-decoration:underline}a:hover{color:#0a58ca}
small{font-size:.875em}
label{display:inline-block}
button,input,select{margin:0;font-family:inherit;font-size:inherit;line-height:inherit}
button{text-transform:none;cursor:pointer}button:disabled{cursor:default}
img,svg{vertical-align:middle}
table{caption-side:bottom;border-collapse:collapse}
ul{padding-left:2rem;margin-top:0;margin-bottom:1rem}
.container-fluid{width:100%;padding-right:.75rem;padding-left:.75rem;margin-right:auto;margin-left:auto}
.row{display:flex;flex-wrap:wrap;margin-right:-.75rem;margin-left:-.75rem}
.row>*{flex-shrink:0;width:100%;max-width:100%;padding-right:.75rem;padding-left:.75rem}
.col{flex:1 0 0%}.col-md-3{flex:0 0 auto;width:25%}.col-md-4{flex:0 0 auto;width:33.333%}.col-md-5{flex:0 0 auto;width:41.666%}.col-md-6{flex:0 0 auto;width:50%}.col-md-8{flex:0 0 auto;width:66.666%}.col-md-12{flex:0 0 auto;width:100%}
.offset-md-3{margin-left:25%}
.d-block{display:block!important}.d-flex{display:flex!important}.d-none{display:none!important}.d-inline-block{display:inline-block!important}
.align-items-center{align-items:center!important}.justify-content-between{justify-content:space-between!important}.justify-content-center{justify-content:center!important}.justify-content-end{justify-content:flex-end!important}
.flex-column{flex-direction:column!important}.gap-2{gap:.5rem!important}.ms-auto{margin-left:auto!important}.me-1{margin-right:.25rem!important}.me-2{margin-right:.5rem!important}.ms-2{margin-left:.5rem!important}
.mb-0{margin-bottom:0!important}.mb-1{margin-bottom:.25rem!important}.mb-2{margin-bottom:.5rem!important}.mb-3{margin-bottom:1rem!important}.mb-4{margin-bottom:1.5rem!important}.mt-2{margin-top:.5rem!important}.mt-3{margin-top:1rem!important}.mt-4{margin-top:1.5rem!important}.my-4{margin-top:1.5rem!important;margin-bottom:1.5rem!important}
.p-3{padding:1rem!important}.py-2{padding-top:.5rem!important;padding-bottom:.5rem!important}.px-3{padding-left:1rem!important;padding-right:1rem!important}
.w-100{width:100%!important}.text-center{text-align:center!important}.text-end{text-align:right!important}.text-muted{color:#6c757d!important}.text-danger{color:#dc3545!important}.text-success{color:#198754!important}.text-primary{color:#0d6efd!important}.text-white{color:#fff!important}.fw-bold{font-weight:700!important}.small{font-size:.875em}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;padding:0!important;margin:-1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important;white-space:nowrap!important;border:0!important}
.bg-primary{background-color:#0b3d91!important}.bg-light{background-color:#f8f9fa!important}
.shadow-sm{box-shadow:0 .125rem .25rem rgba(0,0,0,.075)!important}
.card{position:relative;display:flex;flex-direction:column;min-width:0;word-wrap:break-word;background-color:#fff;background-clip:border-box;border:1px solid rgba(0,0,0,.125);border-radius:.375rem}
.card-header{padding:.6rem 1rem;margin-bottom:0;background-color:rgba(0,0,0,.03);border-bottom:1px solid rgba(0,0,0,.125)}
.card-header:first-child{border-radius:calc(.375rem - 1px) calc(.375rem - 1px) 0 0}
.card-body{flex:1 1 auto;padding:1rem}.card-title{margin-bottom:.5rem}
.card-footer{padding:.6rem 1rem;background-color:rgba(0,0,0,.03);border-top:1px solid rgba(0,0,0,.125)}
.btn{display:inline-block;font-weight:400;line-height:1.5;color:#212529;text-align:center;text-decoration:none;vertical-align:middle;cursor:pointer;user-select:none;background-color:transparent;border:1px solid transparent;padding:.375rem .75rem;font-size:.875rem;border-radius:.375rem;transition:color .15s ease-in-out,background-color .15s ease-in-out,border-color .15s ease-in-out,box-shadow .15s ease-in-out}
.btn:disabled,.btn.disabled{pointer-events:none;opacity:.65}
.btn-sm{padding:.25rem .5rem;font-size:.8rem;border-radius:.25rem}
.btn-block{display:block;width:100%}
.btn-primary{color:#fff;background-color:#0d6efd;border-color:#0d6efd}.btn-primary:hover{background-color:#0b5ed7;border-color:#0a58ca}
.btn-danger{color:#fff;background-color:#dc3545;border-color:#dc3545}.btn-danger:hover{background-color:#bb2d3b}
.btn-secondary{color:#fff;background-color:#6c757d;border-color:#6c757d}
.btn-warning{color:#000;background-color:#ffc107;border-color:#ffc107}
.btn-light{color:#000;background-color:#f8f9fa;border-color:#f8f9fa}
.btn-link{color:#0d6efd;text-decoration:underline;border:0}
.btn-outline-primary{color:#0d6efd;border-color:#0d6efd}.btn-outline-primary:hover{color:#fff;background-color:#0d6efd}
.btn-outline-secondary{color:#6c757d;border-color:#6c757d}.btn-outline-secondary:hover{color:#fff;background-color:#6c757d}
.btn-outline-dark{color:#212529;border-color:#212529}.btn-outline-dark:hover{color:#fff;background-color:#212529}
.btn-check{position:absolute;clip:rect(0,0,0,0);pointer-events:none}
.btn-check:checked+.btn-outline-primary{color:#fff;background-color:#0d6efd;border-color:#0d6efd}
.btn-check:focus-visible+.btn{box-shadow:0 0 0 .25rem rgba(13,110,253,.5)}
.btn-group{position:relative;display:inline-flex;vertical-align:middle}
.btn-group>.btn{position:relative;flex:1 1 auto}
.btn-group>.btn:not(:last-child){border-top-right-radius:0;border-bottom-right-radius:0}
.btn-group>.btn:nth-child(n+3){margin-left:-1px;border-top-left-radius:0;border-bottom-left-radius:0}
.btn-close{box-sizing:content-box;width:1em;height:1em;padding:.25em;color:#000;border:0;border-radius:.375rem;opacity:.5;background:transparent url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='%23000'%3e%3cpath d='M.293.293a1 1 0 0 1 1.414 0L8 6.586 14.293.293a1 1 0 1 1 1.414 1.414L9.414 8l6.293 6.293a1 1 0 0 1-1.414 1.414L8 9.414l-6.293 6.293a1 1 0 0 1-1.414-1.414L6.586 8 .293 1.707a1 1 0 0 1 0-1.414z'/%3e%3c/svg%3e") center/1em auto no-repeat}
.btn-close:hover{opacity:.75}
.form-label{margin-bottom:.4rem;font-weight:500}
.form-control{display:block;width:100%;padding:.375rem .75rem;font-size:.875rem;font-weight:400;line-height:1.5;color:#212529;background-color:#fff;background-clip:padding-box;border:1px solid #ced4da;appearance:none;border-radius:.375rem;transition:border-color .15s ease-in-out,box-shadow .15s ease-in-out}
.form-control:focus{color:#212529;background-color:#fff;border-color:#86b7fe;outline:0;box-shadow:0 0 0 .25rem rgba(13,110,253,.25)}
.form-control:disabled{background-color:#e9ecef;opacity:1}
.form-control.ng-touched.ng-invalid{border-color:#dc3545}
.input-group{position:relative;display:flex;flex-wrap:wrap;align-items:stretch;width:100%}
.input-group>.form-control{position:relative;flex:1 1 auto;width:1%;min-width:0}
.input-group-text{display:flex;align-items:center;padding:.375rem .75rem;font-size:.875rem;font-weight:600;line-height:1.5;color:#212529;text-align:center;white-space:nowrap;background-color:#e9ecef;border:1px solid #ced4da;border-radius:.375rem}
.input-group>:not(:first-child){margin-left:-1px;border-top-left-radius:0;border-bottom-left-radius:0}
.input-group>:not(:last-child){border-top-right-radius:0;border-bottom-right-radius:0}
.alert{position:relative;padding:.75rem 1rem;margin-bottom:1rem;border:1px solid transparent;border-radius:.375rem}
.alert-warning{color:#664d03;background-color:#fff3cd;border-color:#ffecb5}.alert-info{color:#055160;background-color:#cff4fc;border-color:#b6effb}.alert-success{color:#0f5132;background-color:#d1e7dd;border-color:#badbcc}.alert-danger{color:#842029;background-color:#f8d7da;border-color:#f5c2c7}
ngb-alert{display:block}.alert-dismissible{padding-right:3rem}.alert-dismissible .btn-close{position:absolute;top:0;right:0;z-index:2;padding:.95rem 1rem}
.table{width:100%;margin-bottom:1rem;color:#212529;vertical-align:top;border-color:#dee2e6}
.table>:not(caption)>*>*{padding:.45rem .5rem;border-bottom:1px solid #dee2e6}
.table-bordered>:not(caption)>*>*{border:1px solid #dee2e6}
.table thead th{background:#e9eef6;font-weight:600}
.badge{display:inline-block;padding:.35em .65em;font-size:.75em;font-weight:700;line-height:1;color:#fff;text-align:center;white-space:nowrap;border-radius:.375rem}.bg-success{background-color:#198754!important}
.breadcrumb{display:flex;flex-wrap:wrap;padding:0;margin-bottom:1rem;list-style:none;font-size:.8rem}
.breadcrumb-item+.breadcrumb-item{padding-left:.5rem}.breadcrumb-item+.breadcrumb-item::before{float:left;padding-right:.5rem;color:#6c757d;content:"/"}
.breadcrumb-item.active{color:#6c757d}
.spinner-border{display:inline-block;width:2rem;height:2rem;vertical-align:-.125em;border:.25em solid currentcolor;border-right-color:transparent;border-radius:50%;animation:.75s linear infinite spinner-border}
.spinner-border-sm{width:1rem;height:1rem;border-width:.2em}
@keyframes spinner-border{to{transform:rotate(360deg)}}
.dropdown{position:relative}
.dropdown-toggle::after{display:inline-block;margin-left:.255em;vertical-align:.255em;content:"";border-top:.3em solid;border-right:.3em solid transparent;border-bottom:0;border-left:.3em solid transparent}
.dropdown-menu{position:absolute;z-index:1000;display:none;min-width:10rem;padding:.5rem 0;margin:0;font-size:.875rem;color:#212529;text-align:left;list-style:none;background-color:#fff;background-clip:padding-box;border:1px solid rgba(0,0,0,.175);border-radius:.375rem}
.dropdown-menu.show{display:block}
.dropdown-item{display:block;width:100%;padding:.3rem 1rem;clear:both;font-weight:400;color:#212529;text-align:inherit;white-space:nowrap;background-color:transparent;border:0;text-decoration:none}.dropdown-item:hover{background-color:#e9ecef}
.dropdown-divider{height:0;margin:.5rem 0;overflow:hidden;border-top:1px solid rgba(0,0,0,.175)}
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
.modal-header{display:flex;flex-shrink:0;align-items:center;justify-content:space-between;padding:1rem;border-bottom:1px solid #dee2e6;border-top-left-radius:calc(.5rem - 1px);border-top-right-radius:calc(.5rem - 1px)}
.modal-header .btn-close{padding:.5rem;margin:-.5rem -.5rem -.5rem auto}
.modal-title{margin-bottom:0;line-height:1.5}
.modal-body{position:relative;flex:1 1 auto;padding:1rem}
.modal-footer{display:flex;flex-wrap:wrap;flex-shrink:0;align-items:center;justify-content:flex-end;padding:.75rem;border-top:1px solid #dee2e6;gap:.5rem}
@media (min-width:576px){.modal-dialog{max-width:500px;margin:1.75rem auto}.modal-dialog-centered{min-height:calc(100% - 3.5rem)}}
@media (min-width:992px){.modal-lg{max-width:800px}}
.fade{transition:opacity .15s linear}.fade:not(.show){opacity:0}
.fa{display:inline-block;font-style:normal;width:1em;height:1em;position:relative;vertical-align:-.125em}
.fa-angle-down::before{content:"";position:absolute;left:.22em;top:.12em;width:.45em;height:.45em;border-right:2px solid currentColor;border-bottom:2px solid currentColor;transform:rotate(45deg)}
.fa-bars::before{content:"";position:absolute;left:0;top:.15em;width:1em;height:.7em;border-top:2px solid currentColor;border-bottom:2px solid currentColor}
.fa-bars::after{content:"";position:absolute;left:0;top:.47em;width:1em;border-top:2px solid currentColor}
.fa-refresh::before{content:"";position:absolute;left:.1em;top:.1em;width:.8em;height:.8em;border:2px solid currentColor;border-top-color:transparent;border-radius:50%}
.fa-circle-o::before{content:"";position:absolute;left:.3em;top:.3em;width:.4em;height:.4em;border:1px solid currentColor;border-radius:50%}
.fa-home::before,.fa-file-text::before,.fa-truck::before,.fa-bar-chart::before,.fa-key::before,.fa-users::before,.fa-user::before{content:"";position:absolute;left:.15em;top:.15em;width:.7em;height:.7em;border:2px solid currentColor;border-radius:2px}
.fa-check-circle::before{content:"";position:absolute;inset:0;border:2px solid currentColor;border-radius:50%}
/* ng-select: themes/default.theme.css */
.ng-select{position:relative;display:block;box-sizing:border-box}
.ng-select div,.ng-select input,.ng-select span{box-sizing:border-box}
.ng-select [hidden]{display:none}
.ng-select.ng-select-searchable .ng-select-container .ng-value-container .ng-input{opacity:1}
.ng-select.ng-select-opened .ng-select-container{z-index:1001}
.ng-select.ng-select-disabled .ng-select-container .ng-value-container .ng-placeholder,.ng-select.ng-select-disabled .ng-select-container .ng-value-container .ng-value{user-select:none;cursor:default}
.ng-select .ng-has-value .ng-placeholder{display:none}
.ng-select .ng-select-container{cursor:default;display:flex;outline:none;overflow:hidden;position:relative;width:100%}
.ng-select .ng-select-container .ng-value-container{display:flex;flex:1}
.ng-select .ng-select-container .ng-value-container .ng-input{opacity:0}
.ng-select .ng-select-container .ng-value-container .ng-input>input{box-sizing:content-box;background:none transparent;border:0 none;box-shadow:none;outline:none;padding:0;cursor:default;width:100%}
.ng-select.ng-select-single .ng-select-container .ng-value-container .ng-value{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.ng-select.ng-select-single .ng-select-container .ng-value-container .ng-input{position:absolute;left:0;width:100%}
.ng-select .ng-clear-wrapper{cursor:pointer;position:relative;width:17px;user-select:none}
.ng-select .ng-clear-wrapper .ng-clear{display:inline-block;font-size:18px;line-height:1;pointer-events:none}
.ng-select .ng-spinner-loader{border-radius:50%;width:17px;height:17px;margin-right:5px;font-size:10px;position:relative;text-indent:-9999em;border-top:2px solid rgba(66,66,66,.2);border-right:2px solid rgba(66,66,66,.2);border-bottom:2px solid rgba(66,66,66,.2);border-left:2px solid #424242;transform:translateZ(0);animation:load8 .8s infinite linear}
@keyframes load8{0%{transform:rotate(0deg)}100%{transform:rotate(360deg)}}
.ng-select .ng-arrow-wrapper{cursor:pointer;position:relative;text-align:center;user-select:none}
.ng-select .ng-arrow-wrapper .ng-arrow{pointer-events:none;display:inline-block;height:0;width:0;position:relative}
.ng-dropdown-panel{box-sizing:border-box;position:absolute;opacity:0;width:100%;z-index:1050;-webkit-overflow-scrolling:touch}
.ng-dropdown-panel .ng-dropdown-panel-items{display:block;height:auto;box-sizing:border-box;max-height:240px;overflow-y:auto}
.ng-dropdown-panel .ng-dropdown-panel-items .ng-option{box-sizing:border-box;cursor:pointer;display:block}
.ng-dropdown-panel .ng-dropdown-panel-items .ng-option .ng-option-label:empty:before{content:"\200b"}
.ng-dropdown-panel .ng-dropdown-panel-items .ng-option .highlighted{font-weight:bold;text-decoration:underline}
.ng-dropdown-panel .ng-dropdown-panel-items .ng-option.disabled{cursor:default}
.ng-dropdown-panel .scroll-host{overflow:hidden;overflow-y:auto;position:relative;display:block;-webkit-overflow-scrolling:touch}
.ng-dropdown-panel .scrollable-content{top:0;left:0;width:100%;height:100%;position:absolute}
.ng-dropdown-panel .total-padding{width:1px;opacity:0}
.ng-select.ng-select-opened>.ng-select-container{background:#fff;border-color:#b3b3b3 #ccc #d9d9d9}
.ng-select.ng-select-opened>.ng-select-container:hover{box-shadow:none}
.ng-select.ng-select-opened>.ng-select-container .ng-arrow{top:-2px;border-color:transparent transparent #999;border-width:0 5px 5px}
.ng-select.ng-select-opened>.ng-select-container .ng-arrow:hover{border-color:transparent transparent #333}
.ng-select.ng-select-opened.ng-select-bottom>.ng-select-container{border-bottom-right-radius:0;border-bottom-left-radius:0}
.ng-select.ng-select-opened.ng-select-top>.ng-select-container{border-top-right-radius:0;border-top-left-radius:0}
.ng-select.ng-select-focused:not(.ng-select-opened)>.ng-select-container{border-color:#007eff;box-shadow:inset 0 1px 1px rgba(0,0,0,.075),0 0 0 3px rgba(0,126,255,.1)}
.ng-select.ng-touched.ng-invalid>.ng-select-container{border-color:#dc3545}
.ng-select .ng-select-container{color:#333;background-color:#fff;border-radius:4px;border:1px solid #ccc;min-height:36px;align-items:center}
.ng-select .ng-select-container:hover{box-shadow:0 1px 0 rgba(0,0,0,.06)}
.ng-select .ng-select-container .ng-value-container{align-items:center;padding-left:10px}
.ng-select .ng-select-container .ng-value-container .ng-placeholder{color:#999}
.ng-select.ng-select-single .ng-select-container{height:36px}
.ng-select.ng-select-single .ng-select-container .ng-value-container .ng-input{top:5px;left:0;padding-left:10px;padding-right:50px}
.ng-select .ng-clear-wrapper{color:#999}.ng-select .ng-clear-wrapper:hover .ng-clear{color:#d0021b}
.ng-select .ng-spinner-zone{padding:5px 5px 0 0}
.ng-select .ng-arrow-wrapper{width:25px;padding-right:5px}
.ng-select .ng-arrow-wrapper:hover .ng-arrow{border-top-color:#666}
.ng-select .ng-arrow-wrapper .ng-arrow{border-color:#999 transparent transparent;border-style:solid;border-width:5px 5px 2.5px}
.ng-dropdown-panel{background-color:#fff;border:1px solid #ccc;box-shadow:0 1px 0 rgba(0,0,0,.06);left:0}
.ng-dropdown-panel.ng-select-bottom{top:100%;border-bottom-right-radius:4px;border-bottom-left-radius:4px;border-top-color:#e6e6e6;margin-top:-1px}
.ng-dropdown-panel.ng-select-bottom .ng-dropdown-panel-items .ng-option:last-child{border-bottom-right-radius:4px;border-bottom-left-radius:4px}
.ng-dropdown-panel.ng-select-top{bottom:100%;border-top-right-radius:4px;border-top-left-radius:4px;border-bottom-color:#e6e6e6;margin-bottom:-1px}
.ng-dropdown-panel .ng-dropdown-panel-items .ng-option{background-color:#fff;color:rgba(0,0,0,.87);padding:8px 10px}
.ng-dropdown-panel .ng-dropdown-panel-items .ng-option.ng-option-selected,.ng-dropdown-panel .ng-dropdown-panel-items .ng-option.ng-option-selected.ng-option-marked{color:#333;background-color:#ebf5ff}
.ng-dropdown-panel .ng-dropdown-panel-items .ng-option.ng-option-selected .ng-option-label{font-weight:600}
.ng-dropdown-panel .ng-dropdown-panel-items .ng-option.ng-option-marked{background-color:#f5faff;color:#333}
.ng-dropdown-panel .ng-dropdown-panel-items .ng-option.ng-option-disabled{color:#ccc}
/* ngx-toastr: toastr.css */
.toast-title{font-weight:bold}
.toast-message{word-wrap:break-word}
.toast-message a,.toast-message label{color:#fff}
.toast-close-button{position:relative;right:-.3em;top:-.3em;float:right;font-size:20px;font-weight:bold;color:#fff;text-shadow:0 1px 0 #fff;opacity:.8}
.toast-top-right{top:12px;right:12px}
.toast-container{pointer-events:none;position:fixed;z-index:999999}
.toast-container *{box-sizing:border-box}
.toast-container .ngx-toastr{position:relative;overflow:hidden;margin:0 0 6px;padding:15px 15px 15px 50px;width:300px;border-radius:3px;background-position:15px center;background-repeat:no-repeat;background-size:24px;box-shadow:0 0 12px #999;color:#fff}
.toast-container .ngx-toastr:hover{box-shadow:0 0 12px #000;opacity:1;cursor:pointer}
.ngx-toastr{background-color:#030303;pointer-events:auto}
.toast-error{background-color:#bd362f;background-image:url("data:image/svg+xml;charset=utf8,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 512 512' width='512' height='512'%3E%3Ccircle cx='256' cy='256' r='230' fill='none' stroke='rgb(255,255,255)' stroke-width='44'/%3E%3Cpath d='M176 176l160 160M336 176L176 336' stroke='rgb(255,255,255)' stroke-width='44'/%3E%3C/svg%3E")}
.toast-success{background-color:#51a351;background-image:url("data:image/svg+xml;charset=utf8,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 512 512' width='512' height='512'%3E%3Cpath fill='none' stroke='rgb(255,255,255)' stroke-width='60' d='M100 270l100 100 210-230'/%3E%3C/svg%3E")}
.toast-info{background-color:#2f96b4}.toast-warning{background-color:#f89406}
.toast-progress{position:absolute;left:0;bottom:0;height:4px;background-color:#000;opacity:.4}
`;

/** The runtime's core: component hosts and scoped styles, *ngIf blocks, reactive forms, router, HttpClient. */
const JS_CORE = String.raw`
var APP_ID = 'utq';
var compSeq = 11;
var compTypes = {};
var live = [];
function compType(name) {
  var t = compTypes[name];
  if (!t) {
    var n = compSeq;
    compSeq += 1 + (name.length % 3);
    t = compTypes[name] = { host: '_nghost-' + APP_ID + '-c' + n, content: '_ngcontent-' + APP_ID + '-c' + n, scoped: !!STYLES[name] };
    if (STYLES[name]) {
      var st = document.createElement('style');
      st.textContent = STYLES[name].split('[_h]').join('[' + t.host + ']').split('[_c]').join('[' + t.content + ']');
      document.head.appendChild(st);
    }
  }
  return t;
}
function esc(v) {
  return String(v == null ? '' : v).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
  });
}
function lookup(obj, path) {
  return path.split('.').reduce(function (o, k) { return o == null ? undefined : o[k]; }, obj);
}
function interpText(text, ctx, vars) {
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, function (_, k) {
    var v = vars ? lookup(vars, k) : undefined;
    v = v === undefined ? lookup(ctx, k) : v;
    return v == null ? '' : String(v);
  });
}
/** {{ }} in text nodes and attributes, outside the <template> blocks (they are filled when shown). */
function interpNodes(root, ctx, vars) {
  var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  var n;
  while ((n = walker.nextNode())) if (n.nodeValue.indexOf('{{') >= 0) n.nodeValue = interpText(n.nodeValue, ctx, vars);
}
function parse(html) {
  var tpl = document.createElement('template');
  tpl.innerHTML = html.trim().replace(/>\s*\n\s*</g, '><');
  return tpl.content;
}
function tick() {
  live.slice().forEach(function (ctx) {
    if (ctx.$dead) return;
    if (ctx.form) syncForm(ctx.form, ctx.$host);
    if (ctx.update) ctx.update();
  });
}
function callHandler(ctx, expr, ev) {
  var m = /^(\w+)\((.*)\)$/.exec(expr.trim());
  if (!m || typeof ctx[m[1]] !== 'function') return;
  var args = m[2] ? m[2].split(',').map(function (a) {
    a = a.trim();
    if (a === '$event') return ev;
    if (/^'.*'$/.test(a)) return a.slice(1, -1);
    if (a === 'true' || a === 'false') return a === 'true';
    return isNaN(+a) ? lookup(ctx, a) : +a;
  }) : [];
  ctx[m[1]].apply(ctx, args);
}
function bindEvent(el, name, expr, ctx) {
  var type = name === 'ngsubmit' ? 'submit' : name;
  el.addEventListener(type, function (ev) {
    if (type === 'submit') ev.preventDefault();
    callHandler(ctx, expr, ev);
    tick();
  });
}
function process(root, ctx, vars) {
  interpNodes(root, ctx, vars);
  var els = root.querySelectorAll('*');
  for (var i = 0; i < els.length; i++) {
    var el = els[i];
    if (el.tagName === 'TEMPLATE' && el.hasAttribute('data-if')) {
      var anchor = document.createComment('');
      el.parentNode.replaceChild(anchor, el);
      ctx.$ifs[el.getAttribute('data-if')] = { anchor: anchor, html: el.innerHTML, nodes: [], key: null };
      continue;
    }
    if (ctx.$type.scoped) el.setAttribute(ctx.$type.content, '');
    if (el.tagName === 'FORM' && ctx.form) bindForm(el, ctx);
    var attrs = Array.prototype.slice.call(el.attributes);
    for (var j = 0; j < attrs.length; j++) {
      var n = attrs[j].name;
      if (attrs[j].value.indexOf('{{') >= 0) el.setAttribute(n, interpText(attrs[j].value, ctx, vars));
      if (n.charAt(0) === '(') { bindEvent(el, n.slice(1, -1), attrs[j].value, ctx); el.removeAttribute(n); }
      else if (n.charAt(0) === '#') { ctx.$refs[n.slice(1)] = el; el.removeAttribute(n); }
    }
    if (el.hasAttribute('formcontrolname') && ctx.form && /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) bindControl(el, ctx);
    if (el.hasAttribute('routerlink')) bindRouterLink(el);
  }
}
/** Creates (or fills) a component host and renders its template into it. */
function mount(name, host, ctx, parent) {
  var t = compType(name);
  ctx = ctx || {};
  host = host || document.createElement(name);
  if (t.scoped) host.setAttribute(t.host, '');
  if (parent && parent.$type.scoped && !host.hasAttribute(parent.$type.content)) host.setAttribute(parent.$type.content, '');
  ctx.$name = name; ctx.$host = host; ctx.$type = t; ctx.$refs = {}; ctx.$ifs = {}; ctx.$children = []; ctx.$timers = [];
  if (ctx.create) ctx.create();
  var frag = parse(TEMPLATES[name] || '');
  process(frag, ctx);
  host.appendChild(frag);
  live.push(ctx);
  if (parent) parent.$children.push(ctx);
  if (ctx.onInit) ctx.onInit();
  if (ctx.form) syncForm(ctx.form, ctx.$host);
  if (ctx.update) ctx.update();
  return ctx;
}
function destroy(ctx) {
  if (!ctx || ctx.$dead) return;
  ctx.$dead = true;
  ctx.$children.forEach(destroy);
  ctx.$timers.forEach(function (t) { clearTimeout(t); clearInterval(t); });
  if (ctx.onDestroy) ctx.onDestroy();
  var i = live.indexOf(ctx);
  if (i >= 0) live.splice(i, 1);
  if (ctx.$host.parentNode) ctx.$host.parentNode.removeChild(ctx.$host);
}
function later(ctx, fn, ms) {
  var t = setTimeout(function () { if (!ctx.$dead) { fn(); tick(); } }, ms);
  ctx.$timers.push(t);
  return t;
}
/** *ngIf: the block's nodes go before its <!----> anchor, each top element with .ng-star-inserted. */
function setIf(ctx, name, show, vars) {
  var b = ctx.$ifs[name];
  if (!b) return false;
  var key = show ? JSON.stringify(vars || null) : null;
  if (show && b.nodes.length && b.key === key) return false;
  b.nodes.forEach(function (n) {
    ctx.$children.slice().forEach(function (c) { if (n.contains && n.contains(c.$host)) destroy(c); });
    if (n.parentNode) n.parentNode.removeChild(n);
  });
  b.nodes = [];
  b.key = key;
  if (!show) return false;
  var frag = parse(b.html);
  process(frag, ctx, vars);
  Array.prototype.slice.call(frag.childNodes).forEach(function (n) {
    if (n.nodeType === 1) n.classList.add('ng-star-inserted');
    b.nodes.push(n);
  });
  b.anchor.parentNode.insertBefore(frag, b.anchor);
  return true;
}
function shown(ctx, name) { var b = ctx.$ifs[name]; return !!(b && b.nodes.length); }
function toggleClass(el, cls, on) { if (el) el.classList[on ? 'add' : 'remove'](cls); }

// ---- @angular/forms (reactive) ----
var Validators = {
  required: function (c) { return c.value == null || c.value === '' ? { required: true } : null; },
  pattern: function (re) { return function (c) { return c.value && !re.test(c.value) ? { pattern: true } : null; }; },
  minLength: function (n) { return function (c) { return c.value && c.value.length < n ? { minlength: { requiredLength: n } } : null; }; },
};
function FormControl(value, validators) {
  this.value = value; this.validators = validators || []; this.touched = false; this.dirty = false;
  this.disabled = false; this.errors = null; this.els = []; this.listeners = [];
  this.validate();
}
FormControl.prototype.validate = function () {
  var errs = null, self = this;
  this.validators.forEach(function (v) { var r = v(self); if (r) errs = Object.assign(errs || {}, r); });
  this.errors = errs;
};
FormControl.prototype.invalid = function () { return !this.disabled && !!this.errors; };
FormControl.prototype.setValue = function (v, fromView) {
  this.value = v;
  if (fromView) this.dirty = true;
  this.validate();
  var self = this;
  if (!fromView) this.els.forEach(function (el) { writeView(el, self.value); });
  this.listeners.forEach(function (f) { f(v); });
};
FormControl.prototype.reset = function (v) { this.touched = false; this.dirty = false; this.setValue(v === undefined ? '' : v); };
FormControl.prototype.valueChanges = function (f) { this.listeners.push(f); };
FormControl.prototype.setDisabled = function (d) { this.disabled = d; this.els.forEach(function (el) { el.disabled = d; }); };
function FormGroup(controls) {
  this.controls = controls; this.submitted = false; this.els = [];
  for (var k in controls) controls[k].name = k;
}
FormGroup.prototype.each = function (f) { for (var k in this.controls) f(this.controls[k], k); };
FormGroup.prototype.invalid = function () { var bad = false; this.each(function (c) { if (c.invalid()) bad = true; }); return bad; };
FormGroup.prototype.markAllAsTouched = function () { this.each(function (c) { c.touched = true; }); };
FormGroup.prototype.value = function () { var v = {}; this.each(function (c, k) { if (!c.disabled) v[k] = c.value; }); return v; };
function writeView(el, v) {
  if (el.type === 'radio') el.checked = el.value === v;
  else if ('value' in el && el.tagName !== 'NG-SELECT') el.value = v == null ? '' : v;
}
function statusClasses(el, touched, dirty, invalid) {
  toggleClass(el, 'ng-untouched', !touched); toggleClass(el, 'ng-touched', touched);
  toggleClass(el, 'ng-pristine', !dirty); toggleClass(el, 'ng-dirty', dirty);
  toggleClass(el, 'ng-valid', !invalid); toggleClass(el, 'ng-invalid', invalid);
}
function syncForm(form, host) {
  var touched = false, dirty = false;
  form.each(function (c) {
    c.els = c.els.filter(function (el) { return host.contains(el); });
    c.els.forEach(function (el) { statusClasses(el, c.touched, c.dirty, c.invalid()); });
    if (c.touched) touched = true;
    if (c.dirty) dirty = true;
  });
  form.els.forEach(function (el) { statusClasses(el, touched, dirty, form.invalid()); toggleClass(el, 'ng-submitted', form.submitted); });
}
function bindForm(el, ctx) {
  el.setAttribute('novalidate', '');
  ctx.form.els.push(el);
  el.addEventListener('submit', function (ev) { ev.preventDefault(); ctx.form.submitted = true; });
}
function bindControl(el, ctx) {
  var c = ctx.form.controls[el.getAttribute('formcontrolname')];
  if (!c) return;
  c.els.push(el);
  writeView(el, c.value);
  if (c.disabled) el.disabled = true;
  statusClasses(el, c.touched, c.dirty, c.invalid());
  if (el.type === 'radio') {
    el.addEventListener('change', function () { if (el.checked) { c.setValue(el.value, true); tick(); } });
  } else {
    el.addEventListener('input', function () { c.setValue(el.value, true); tick(); });
  }
  el.addEventListener('blur', function () { c.touched = true; tick(); });
}
/** The first message of a control that is touched and invalid (a submit marks them all touched). */
function errorOf(form, name, messages) {
  var c = form.controls[name];
  if (!c || !c.invalid() || !c.touched) return null;
  for (var k in messages) if (c.errors[k]) return messages[k];
  return null;
}
`;

/** @angular/router (path routes, pushState, guards, router-outlet) and HttpClient with its interceptors. */
const JS_ROUTER = String.raw`
var Auth = { user: null };
var Router = { routes: [], navId: 0, top: null, inner: null, state: {} };
function bindRouterLink(el) {
  var to = el.getAttribute('routerlink');
  if (el.tagName === 'A') el.setAttribute('href', to);
  else if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
  el.addEventListener('click', function (ev) {
    if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
    ev.preventDefault();
    Router.navigate(to);
  });
}
function matchRoute(path) {
  for (var i = 0; i < Router.routes.length; i++) if (Router.routes[i].path === path) return Router.routes[i];
  return null;
}
function ensureAuth() {
  if (Auth.user) return Promise.resolve(true);
  return http('GET', '/api/auth/me', undefined, { silent: true }).then(function (u) { Auth.user = u; return true; }, function () { return false; });
}
Router.url = function () { return location.pathname + location.search; };
Router.query = function (k) { return new URLSearchParams(location.search).get(k); };
Router.navigate = function (url, extras) {
  extras = extras || {};
  var u = new URL(url, location.origin);
  var path = u.pathname.replace(/^\/+|\/+$/g, '');
  var route = matchRoute(path);
  if (!route) return Router.navigate('/', { replaceUrl: true });
  if (route.redirectTo) return Router.navigate(route.redirectTo, { replaceUrl: true });
  var id = ++Router.navId;
  var guard = route.layout ? ensureAuth() : Promise.resolve(true);
  return guard.then(function (ok) {
    if (id !== Router.navId) return false;
    if (!ok) return Router.navigate('/login?returnUrl=' + encodeURIComponent(u.pathname), { replaceUrl: true });
    if (route.guestOnly && Auth.user) return Router.navigate('/dashboard', { replaceUrl: true });
    var full = u.pathname + u.search;
    Router.state = extras.state || {};
    if (!extras.fromPop) {
      if (extras.replaceUrl) history.replaceState({ navigationId: id, state: Router.state }, '', full);
      else if (full !== Router.url() || !history.state) history.pushState({ navigationId: id, state: Router.state }, '', full);
    }
    activate(route);
    document.title = (route.title ? route.title + ' | ' : '') + 'e-Invoice System';
    tick();
    return true;
  });
};
function activate(route) {
  var outlet = AppRoot.$refs.outlet;
  if (route.layout) {
    if (!Router.top || Router.top.$name !== 'app-layout') {
      destroy(Router.top);
      Router.inner = null;
      Router.top = mount('app-layout', null, Components['app-layout'](), AppRoot);
      outlet.parentNode.insertBefore(Router.top.$host, outlet.nextSibling);
    }
    destroy(Router.inner);
    var inOutlet = Router.top.$refs.outlet;
    Router.inner = mount(route.component, null, Components[route.component](route), Router.top);
    inOutlet.parentNode.insertBefore(Router.inner.$host, inOutlet.nextSibling);
    if (Router.inner.afterViewInit) Router.inner.afterViewInit();
  } else {
    destroy(Router.inner);
    Router.inner = null;
    destroy(Router.top);
    Router.top = mount(route.component, null, Components[route.component](route), AppRoot);
    outlet.parentNode.insertBefore(Router.top.$host, outlet.nextSibling);
    if (Router.top.afterViewInit) Router.top.afterViewInit();
  }
  window.scrollTo(0, 0);
}
window.addEventListener('popstate', function () { Router.navigate(Router.url(), { fromPop: true }); });

// ---- HttpClient (XHR) + HttpXsrfInterceptor + the app's ErrorInterceptor ----
function cookie(name) {
  var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
  return m ? decodeURIComponent(m[1]) : null;
}
function http(method, url, body, opts) {
  return new Promise(function (resolve, reject) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.setRequestHeader('Accept', 'application/json, text/plain, */*');
    if (body !== undefined) xhr.setRequestHeader('Content-Type', 'application/json');
    var token = cookie('XSRF-TOKEN');
    if (token && method !== 'GET' && method !== 'HEAD') xhr.setRequestHeader('X-XSRF-TOKEN', token);
    xhr.onload = function () {
      var data = null;
      try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data);
      else {
        var err = { status: xhr.status, error: data || {}, message: (data && data.message) || xhr.statusText };
        intercept(err, opts || {});
        reject(err);
      }
      setTimeout(tick);
    };
    xhr.onerror = function () {
      toastr.error('Unable to reach the server. Please check your internet connection.', 'Network error');
      reject({ status: 0, error: {}, message: 'Network error' });
      setTimeout(tick);
    };
    xhr.send(body !== undefined ? JSON.stringify(body) : null);
  });
}
function intercept(err, opts) {
  if (err.status === 401 && !opts.silent) {
    var wasSignedIn = !!Auth.user;
    Auth.user = null;
    if (wasSignedIn) {
      toastr.error('Your session has expired. Please login again.', 'Session expired');
      NgbModal.dismissAll();
      Router.navigate('/login?returnUrl=' + encodeURIComponent(location.pathname), { state: { sessionExpired: true } });
    }
  } else if (err.status >= 500) {
    toastr.error('Something went wrong. Please try again after some time.', 'Error');
  } else if (err.status === 403) {
    toastr.error(err.message, 'Error');
  }
}
`;

/** ngx-toastr, ng-bootstrap (NgbModal, NgbDropdown) and the [@slideInOut] animation. */
const JS_OVERLAYS = `
var toastr = {
  host: null,
  options: { timeOut: 3000, extendedTimeOut: 1000, progressBar: true, tapToDismiss: true, easeTime: 300 },
  container: function () {
    if (this.host && this.host.isConnected) return this.host;
    var overlay = document.createElement('div');
    overlay.className = 'overlay-container';
    overlay.setAttribute('aria-live', 'polite');
    var c = document.createElement('div');
    c.id = 'toast-container';
    c.className = 'toast-top-right toast-container';
    overlay.appendChild(c);
    document.body.appendChild(overlay);
    this.host = c;
    return c;
  },
  show: function (type, message, title) {
    var o = this.options;
    var t = document.createElement('div');
    t.setAttribute('toast-component', '');
    t.className = 'ngx-toastr toast-' + type + ' ng-trigger ng-trigger-flyInOut';
    t.style.opacity = '0';
    t.innerHTML = '<!---->' +
      (title ? '<div class="toast-title ng-star-inserted" aria-label="' + esc(title) + '"> ' + esc(title) + ' <!----></div>' : '') + '<!---->' +
      '<div role="alert" class="toast-message ng-star-inserted" aria-label="' + esc(message) + '"> ' + esc(message) + ' </div><!----><!---->' +
      '<div class="ng-star-inserted"><div class="toast-progress" style="width: 100%;"></div></div><!---->';
    var c = this.container();
    c.insertBefore(t, c.firstChild);
    t.animate([{ opacity: 0 }, { opacity: 1 }], { duration: o.easeTime, easing: 'ease-in' }).onfinish = function () { if (!removed) t.style.opacity = '1'; };
    var bar = t.querySelector('.toast-progress');
    var timer = null, interval = null, hideTime = 0, span = 0, removed = false;
    function run(ms) {
      clearTimeout(timer); clearInterval(interval);
      span = ms; hideTime = Date.now() + ms;
      timer = setTimeout(remove, ms);
      interval = setInterval(function () {
        var left = Math.max(0, hideTime - Date.now());
        bar.style.width = ((left / span) * 100) + '%';
      }, 10);
    }
    function remove() {
      if (removed) return;
      removed = true;
      clearTimeout(timer); clearInterval(interval);
      t.style.opacity = '1';
      t.animate([{ opacity: 1 }, { opacity: 0 }], { duration: o.easeTime, easing: 'ease-in' }).onfinish = function () {
        t.style.opacity = '0';
        if (t.parentNode) t.parentNode.removeChild(t);
      };
    }
    t.addEventListener('mouseenter', function () { clearTimeout(timer); clearInterval(interval); bar.style.width = '0%'; });
    t.addEventListener('mouseleave', function () { if (!removed) run(o.extendedTimeOut); });
    t.addEventListener('click', function () { if (o.tapToDismiss) remove(); });
    run(o.timeOut);
  },
  error: function (m, t) { this.show('error', m, t); },
  success: function (m, t) { this.show('success', m, t); },
  info: function (m, t) { this.show('info', m, t); },
  warning: function (m, t) { this.show('warning', m, t); },
};

var NgbModal = {
  stack: [],
  open: function (name, ctx, options) {
    options = options || {};
    var backdrop = document.createElement('ngb-modal-backdrop');
    backdrop.className = 'modal-backdrop fade';
    backdrop.setAttribute('style', 'z-index: 1055;');
    var win = document.createElement('ngb-modal-window');
    win.setAttribute('role', 'dialog');
    win.setAttribute('tabindex', '-1');
    win.setAttribute('aria-modal', 'true');
    if (options.ariaLabelledBy) win.setAttribute('aria-labelledby', options.ariaLabelledBy);
    win.className = 'modal fade d-block' + (options.windowClass ? ' ' + options.windowClass : '');
    var dialog = document.createElement('div');
    dialog.setAttribute('role', 'document');
    dialog.className = 'modal-dialog' + (options.size ? ' modal-' + options.size : '') + (options.centered ? ' modal-dialog-centered' : '');
    var content = document.createElement('div');
    content.className = 'modal-content';
    dialog.appendChild(content);
    win.appendChild(dialog);
    var previous = document.activeElement;
    var resolveFn, rejectFn, closed = false;
    var ref = {
      componentInstance: ctx,
      result: new Promise(function (res, rej) { resolveFn = res; rejectFn = rej; }),
      close: function (result) { finish(function () { resolveFn(result); }); },
      dismiss: function (reason) { finish(function () { rejectFn(reason); }); },
    };
    ref.result.catch(function () { return null; });
    ctx.activeModal = ref;
    mount(name, null, ctx, null);
    content.appendChild(ctx.$host);
    if (!this.stack.length) {
      var sbw = window.innerWidth - document.documentElement.clientWidth;
      document.body.classList.add('modal-open');
      document.body.style.overflow = 'hidden';
      if (sbw > 0) document.body.style.paddingRight = sbw + 'px';
    }
    document.body.appendChild(backdrop);
    document.body.appendChild(win);
    this.stack.push(ref);
    void win.offsetHeight;
    backdrop.classList.add('show');
    win.classList.add('show');
    var auto = win.querySelector('[ngbautofocus]');
    (auto || win).focus({ preventScroll: true });
    function bump() {
      win.classList.add('modal-static');
      setTimeout(function () { win.classList.remove('modal-static'); }, 300);
    }
    var downOnWindow = false;
    win.addEventListener('mousedown', function (ev) { downOnWindow = ev.target === win; });
    win.addEventListener('mouseup', function (ev) {
      if (downOnWindow && ev.target === win) {
        if (options.backdrop === 'static') bump();
        else ref.dismiss(0);
      }
      downOnWindow = false;
    });
    win.addEventListener('keydown', function (ev) {
      if (ev.key !== 'Escape' || NgbModal.stack[NgbModal.stack.length - 1] !== ref) return;
      ev.preventDefault();
      if (options.keyboard === false) { if (options.backdrop === 'static') bump(); }
      else ref.dismiss(1);
    });
    function finish(settle) {
      if (closed) return;
      closed = true;
      var i = NgbModal.stack.indexOf(ref);
      if (i >= 0) NgbModal.stack.splice(i, 1);
      backdrop.classList.remove('show');
      win.classList.remove('show');
      settle();
      setTimeout(function () {
        destroy(ctx);
        if (backdrop.parentNode) backdrop.parentNode.removeChild(backdrop);
        if (win.parentNode) win.parentNode.removeChild(win);
        if (!NgbModal.stack.length) {
          document.body.classList.remove('modal-open');
          document.body.style.overflow = '';
          document.body.style.paddingRight = '';
          if (!document.body.getAttribute('style')) document.body.removeAttribute('style');
        }
        if (previous && previous.isConnected && previous.focus) previous.focus({ preventScroll: true });
        tick();
      }, 300);
    }
    return ref;
  },
  dismissAll: function () { this.stack.slice().forEach(function (r) { r.dismiss('Navigation'); }); },
  hasOpenModals: function () { return this.stack.length > 0; },
};
document.addEventListener('focusin', function (ev) {
  var top = NgbModal.stack.length && document.querySelectorAll('ngb-modal-window');
  if (!top || !top.length) return;
  var win = top[top.length - 1];
  if (!win.contains(ev.target) && !(ev.target.closest && ev.target.closest('.overlay-container'))) win.focus({ preventScroll: true });
});

/** ngbDropdown: the toggle flips .show on the container and the menu; a click elsewhere closes it. */
function ngbDropdown(container) {
  var toggle = container.querySelector('[ngbdropdowntoggle]');
  var menu = container.querySelector('[ngbdropdownmenu]');
  function set(open) {
    toggleClass(container, 'show', open);
    toggleClass(menu, 'show', open);
    toggle.setAttribute('aria-expanded', String(open));
    if (open) {
      menu.setAttribute('data-popper-placement', 'bottom-end');
      menu.setAttribute('style', 'position: absolute; inset: 100% 0px auto auto; margin-top: 2px;');
    } else {
      menu.removeAttribute('data-popper-placement');
      menu.removeAttribute('style');
    }
  }
  toggle.setAttribute('aria-expanded', 'false');
  toggle.addEventListener('click', function () { set(!menu.classList.contains('show')); });
  document.addEventListener('click', function (ev) { if (!toggle.contains(ev.target)) set(false); });
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') set(false); });
}

/** [@slideInOut]: 'in' (height *) <=> 'out' (height 0px, overflow hidden), 300ms ease-in-out. */
function slideInOut(el, open) {
  if (el._anim) el._anim.cancel();
  var from = el.getBoundingClientRect().height;
  el.classList.add('ng-animating');
  var to;
  if (open) {
    el.style.height = '';
    el.style.overflow = '';
    to = el.scrollHeight;
  } else {
    el.style.height = '0px';
    el.style.overflow = 'hidden';
    to = 0;
  }
  var anim = el.animate([{ height: from + 'px', overflow: 'hidden' }, { height: to + 'px', overflow: 'hidden' }], { duration: 300, easing: 'ease-in-out' });
  el._anim = anim;
  anim.onfinish = function () { el._anim = null; el.classList.remove('ng-animating'); };
}
`;

/** @ng-select/ng-select (single, searchable, clearable, appendTo body, virtual scroll) and ng-otp-input. */
const JS_WIDGETS = String.raw`
function newId() {
  return 'a' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'.replace(/x/g, function () { return ((Math.random() * 16) | 0).toString(16); });
}
function stripSpecial(s) { return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
function NgSelect(host, parent, opts) {
  var ctx = {
    placeholder: opts.placeholder, items: opts.items || [], loading: !!opts.loading, isOpen: false, focused: false,
    term: '', marked: -1, filtered: [], selected: null, dropdownId: newId(), itemHeight: 0, panel: null, position: 'bottom',
  };
  var control = opts.control;
  var bufferAmount = 4;
  function label(item) { return item[opts.bindLabel]; }
  function value(item) { return opts.bindValue ? item[opts.bindValue] : item; }
  ctx.onInit = function () {
    ['ng-select', 'ng-select-single', 'ng-select-searchable', 'ng-select-clearable'].forEach(function (c) { host.classList.add(c); });
    var input = ctx.$refs.input;
    input.setAttribute('autocomplete', ctx.dropdownId);
    if (control) { control.els.push(host); if (control.value != null && control.value !== '') ctx.selected = ctx.items.filter(function (i) { return value(i) === control.value; })[0] || null; }
    ctx.$refs.container.addEventListener('mousedown', function (ev) {
      var target = ev.target;
      if (target.classList.contains('ng-clear-wrapper') || target.classList.contains('ng-clear')) { ev.preventDefault(); clear(); return; }
      if (target !== input) ev.preventDefault();
      if (target.classList.contains('ng-arrow-wrapper') || target.classList.contains('ng-arrow')) {
        if (ctx.isOpen) close(); else open();
        input.focus();
        tick();
        return;
      }
      if (!ctx.focused) input.focus();
      open();
      tick();
    });
    input.addEventListener('focus', function () { ctx.focused = true; tick(); });
    input.addEventListener('blur', function () {
      ctx.focused = false;
      if (!ctx.isOpen && control) control.touched = true;
      tick();
    });
    input.addEventListener('input', function () {
      ctx.term = input.value;
      filter();
      if (!ctx.isOpen) open(); else { ctx.marked = ctx.filtered.length ? 0 : -1; if (ctx.scroll) ctx.scroll.scrollTop = 0; renderOptions(); }
      tick();
    });
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        ev.preventDefault();
        if (!ctx.isOpen) { open(); tick(); return; }
        var n = ctx.filtered.length;
        if (!n) return;
        ctx.marked = ev.key === 'ArrowDown' ? (ctx.marked + 1) % n : (ctx.marked - 1 + n) % n;
        scrollToMarked();
        renderOptions();
      } else if (ev.key === 'Enter') {
        ev.preventDefault();
        if (ctx.isOpen && ctx.filtered[ctx.marked]) select(ctx.filtered[ctx.marked]);
        else if (!ctx.isOpen) open();
      } else if (ev.key === 'Escape') {
        if (ctx.isOpen) { ev.preventDefault(); close(); }
      } else if (ev.key === 'Tab') {
        if (ctx.isOpen) close();
      } else if (ev.key === 'Backspace') {
        if (!ctx.term && ctx.selected) clear();
      }
      tick();
    });
  };
  ctx.update = function () {
    toggleClass(host, 'ng-select-opened', ctx.isOpen);
    toggleClass(host, 'ng-select-focused', ctx.focused);
    toggleClass(host, 'ng-select-bottom', ctx.isOpen && ctx.position === 'bottom');
    toggleClass(host, 'ng-select-top', ctx.isOpen && ctx.position === 'top');
    toggleClass(ctx.$refs.container, 'ng-has-value', !!ctx.selected);
    setIf(ctx, 'value', !!ctx.selected, { label: ctx.selected ? label(ctx.selected) : '' });
    setIf(ctx, 'loading', ctx.loading);
    setIf(ctx, 'clear', !!ctx.selected && !ctx.loading);
    ctx.$refs.input.setAttribute('aria-expanded', String(ctx.isOpen));
    if (ctx.isOpen) ctx.$refs.input.setAttribute('aria-controls', ctx.dropdownId);
    else ctx.$refs.input.removeAttribute('aria-controls');
  };
  ctx.onDestroy = function () { removePanel(); };
  ctx.setItems = function (items) {
    ctx.items = items;
    ctx.loading = false;
    if (ctx.isOpen) { filter(); ctx.marked = ctx.filtered.length ? 0 : -1; renderOptions(); }
  };
  function filter() {
    var term = stripSpecial(ctx.term);
    ctx.filtered = ctx.items.filter(function (i) { return !term || stripSpecial(label(i)).indexOf(term) > -1; });
  }
  function outside(ev) {
    if (host.contains(ev.target) || (ctx.panel && ctx.panel.contains(ev.target))) return;
    close();
    tick();
  }
  function open() {
    if (ctx.isOpen) return;
    ctx.isOpen = true;
    filter();
    var sel = ctx.selected ? ctx.filtered.indexOf(ctx.selected) : -1;
    ctx.marked = sel >= 0 ? sel : (ctx.filtered.length ? 0 : -1);
    var panel = document.createElement('ng-dropdown-panel');
    panel.setAttribute('role', 'listbox');
    panel.setAttribute('aria-label', 'Options list');
    panel.id = ctx.dropdownId;
    panel.className = 'ng-dropdown-panel ng-star-inserted';
    panel.innerHTML = '<!----><div class="ng-dropdown-panel-items scroll-host"><div class="total-padding"></div><div class="scrollable-content"></div></div><!---->';
    ctx.panel = panel;
    ctx.scroll = panel.querySelector('.scroll-host');
    ctx.padding = panel.querySelector('.total-padding');
    ctx.content = panel.querySelector('.scrollable-content');
    panel.addEventListener('mousedown', function (ev) { if (ev.target.tagName !== 'INPUT') ev.preventDefault(); });
    ctx.scroll.addEventListener('scroll', function () { renderOptions(); });
    document.body.appendChild(panel);
    renderOptions();
    placePanel();
    if (ctx.marked > 0) { scrollToMarked(); renderOptions(); }
    panel.style.opacity = '1';
    document.addEventListener('mousedown', outside, true);
    window.addEventListener('resize', placePanel);
  }
  function placePanel() {
    var panel = ctx.panel;
    if (!panel) return;
    var select = host.getBoundingClientRect();
    var parent = document.body.getBoundingClientRect();
    var offsetTop = select.top + window.pageYOffset;
    var dropdownHeight = panel.getBoundingClientRect().height;
    ctx.position = offsetTop + select.height + dropdownHeight > window.pageYOffset + document.documentElement.clientHeight ? 'top' : 'bottom';
    toggleClass(panel, 'ng-select-bottom', ctx.position === 'bottom');
    toggleClass(panel, 'ng-select-top', ctx.position === 'top');
    panel.style.left = (select.left - parent.left) + 'px';
    panel.style.width = select.width + 'px';
    panel.style.minWidth = select.width + 'px';
    if (ctx.position === 'top') {
      panel.style.bottom = (parent.bottom - select.bottom + select.height) + 'px';
      panel.style.top = 'auto';
    } else {
      panel.style.top = (select.top - parent.top + select.height) + 'px';
      panel.style.bottom = 'auto';
    }
  }
  function removePanel() {
    document.removeEventListener('mousedown', outside, true);
    window.removeEventListener('resize', placePanel);
    if (ctx.panel && ctx.panel.parentNode) ctx.panel.parentNode.removeChild(ctx.panel);
    ctx.panel = null;
  }
  function close() {
    if (!ctx.isOpen) return;
    ctx.isOpen = false;
    ctx.term = '';
    ctx.$refs.input.value = '';
    ctx.$refs.input.removeAttribute('aria-activedescendant');
    removePanel();
    if (control) control.touched = true;
  }
  function select(item) {
    ctx.selected = item;
    if (control) control.setValue(value(item), true);
    close();
    if (opts.onChange) opts.onChange(item);
    tick();
  }
  function clear() {
    ctx.selected = null;
    if (control) control.setValue(null, true);
    ctx.$refs.input.focus();
    if (opts.onChange) opts.onChange(null);
    tick();
  }
  function scrollToMarked() {
    var h = ctx.itemHeight || 37;
    var top = ctx.marked * h, sc = ctx.scroll;
    if (top < sc.scrollTop) sc.scrollTop = top;
    else if (top + h > sc.scrollTop + sc.clientHeight) sc.scrollTop = top + h - sc.clientHeight;
  }
  function optionEl(item, index) {
    var d = document.createElement('div');
    var isSel = item === ctx.selected;
    d.className = 'ng-option ng-star-inserted' + (isSel ? ' ng-option-selected' : '') + (index === ctx.marked ? ' ng-option-marked' : '');
    d.setAttribute('role', 'option');
    d.setAttribute('aria-selected', String(isSel));
    d.id = ctx.dropdownId + '-' + index;
    d.innerHTML = '<!----><span class="ng-option-label ng-star-inserted"></span><!---->';
    d.querySelector('.ng-option-label').textContent = label(item);
    d.addEventListener('mouseover', function () {
      if (ctx.marked === index) return;
      ctx.marked = index;
      Array.prototype.forEach.call(ctx.content.children, function (o) { toggleClass(o, 'ng-option-marked', o === d); });
    });
    d.addEventListener('click', function () { select(item); });
    return d;
  }
  function renderOptions() {
    if (!ctx.panel) return;
    var list = ctx.filtered, content = ctx.content;
    content.innerHTML = '';
    if (!list.length) {
      ctx.padding.style.height = '0px';
      content.style.transform = '';
      content.classList.remove('scrollable-content');
      var empty = document.createElement('div');
      empty.className = 'ng-option ng-option-disabled ng-star-inserted';
      empty.textContent = ctx.loading ? 'Loading...' : 'No items found';
      content.appendChild(empty);
      return;
    }
    content.classList.add('scrollable-content');
    if (!ctx.itemHeight) {
      content.appendChild(optionEl(list[0], 0));
      ctx.itemHeight = content.firstChild.offsetHeight || 37;
      content.innerHTML = '';
    }
    var h = ctx.itemHeight, sc = ctx.scroll;
    ctx.padding.style.height = (h * list.length) + 'px';
    var panelHeight = sc.clientHeight || 240;
    var first = Math.floor(sc.scrollTop / h);
    var start = Math.max(0, first - bufferAmount);
    var end = Math.min(list.length, first + Math.ceil(panelHeight / h) + bufferAmount);
    content.style.transform = 'translateY(' + (start * h) + 'px)';
    for (var i = start; i < end; i++) content.appendChild(optionEl(list[i], i));
    if (ctx.marked >= 0) ctx.$refs.input.setAttribute('aria-activedescendant', ctx.dropdownId + '-' + ctx.marked);
  }
  mount('ng-select', host, ctx, parent);
  return ctx;
}

function NgOtpInput(host, parent, config, onChange) {
  var ctx = { key: Math.random().toString(36).substring(2) + new Date().getTime().toString(36), boxes: [], disabled: false };
  ctx.onInit = function () {
    var wrap = ctx.$refs.wrapper;
    for (var i = 0; i < config.length; i++) {
      var inp = document.createElement('input');
      inp.setAttribute(ctx.$type.content, '');
      inp.setAttribute('pattern', '\\d*');
      inp.setAttribute('type', config.allowNumbersOnly ? 'tel' : 'text');
      inp.setAttribute('maxlength', '1');
      inp.setAttribute('autocomplete', 'one-time-code');
      inp.className = 'otp-input ng-untouched ng-pristine ng-valid';
      inp.id = 'otp_' + i + '_' + ctx.key;
      wrap.appendChild(inp);
      ctx.boxes.push(inp);
      wire(inp, i);
    }
  };
  function current() { return ctx.boxes.map(function (b) { return b.value; }).join(''); }
  var last = '';
  function emit() {
    var v = current();
    if (v !== last) { last = v; onChange(v); }
  }
  function focusBox(i) {
    var b = ctx.boxes[i];
    if (b) { b.focus(); b.select(); }
  }
  function spread(from, text) {
    var chars = text.replace(config.allowNumbersOnly ? /\D/g : /\s/g, '').split('');
    var i = from;
    chars.forEach(function (ch) { if (i < ctx.boxes.length) { ctx.boxes[i].value = ch; markDirty(ctx.boxes[i]); i++; } });
    focusBox(Math.min(i, ctx.boxes.length - 1));
  }
  function markDirty(b) { b.classList.remove('ng-pristine'); b.classList.add('ng-dirty'); }
  function wire(inp, i) {
    inp.addEventListener('input', function () {
      var v = inp.value;
      markDirty(inp);
      if (v.length > 1) { inp.value = ''; spread(i, v); }
      else if (v && config.allowNumbersOnly && !/^\d$/.test(v)) inp.value = '';
      else if (v) focusBox(i + 1);
      emit();
    });
    inp.addEventListener('keydown', function (ev) {
      if (config.allowNumbersOnly && ev.key.length === 1 && !/\d/.test(ev.key) && !ev.ctrlKey && !ev.metaKey) ev.preventDefault();
    });
    inp.addEventListener('keyup', function (ev) {
      if (ev.key === 'Backspace' || ev.key === 'ArrowLeft') { if (i > 0 && (ev.key === 'ArrowLeft' || !inp.value)) focusBox(i - 1); emit(); }
      else if (ev.key === 'ArrowRight') focusBox(i + 1);
    });
    inp.addEventListener('paste', function (ev) {
      ev.preventDefault();
      var text = (ev.clipboardData || window.clipboardData).getData('text');
      spread(0, text);
      emit();
    });
    inp.addEventListener('blur', function () { inp.classList.remove('ng-untouched'); inp.classList.add('ng-touched'); });
  }
  ctx.setValue = function (v) {
    ctx.boxes.forEach(function (b, i) { b.value = (v || '').charAt(i); });
    last = current();
  };
  ctx.setDisabled = function (d) { ctx.boxes.forEach(function (b) { b.disabled = d; }); };
  ctx.focus = function () { focusBox(0); };
  mount('ng-otp-input', host, ctx, parent);
  return ctx;
}
`;

interface MenuItem {
  key?: string;
  label: string;
  icon?: string;
  path?: string;
  children?: MenuItem[];
}

const CREATE_API_USER_PATH = '/api-registration/user-credentials/create-api-user';
const MENU: MenuItem[] = [
  { label: 'Dash Board', icon: 'fa-home', path: '/dashboard' },
  {
    key: 'einv',
    label: 'e-Invoice',
    icon: 'fa-file-text',
    children: [
      { label: 'Generate IRN', path: '/e-invoice/generate-irn' },
      { label: 'Bulk Upload', path: '/e-invoice/bulk-upload' },
      { label: 'Cancel IRN', path: '/e-invoice/cancel-irn' },
      { label: 'Print e-Invoice', path: '/e-invoice/print' },
    ],
  },
  {
    key: 'ewb',
    label: 'e-Way Bill',
    icon: 'fa-truck',
    children: [
      { label: 'Generate EWB by IRN', path: '/e-way-bill/generate-by-irn' },
      { label: 'Cancel EWB', path: '/e-way-bill/cancel' },
    ],
  },
  {
    key: 'mis',
    label: 'MIS Reports',
    icon: 'fa-bar-chart',
    children: [
      { label: 'IRN Details Report', path: '/mis/irn-details' },
      { label: 'Cancelled IRN Report', path: '/mis/cancelled-irn' },
      { label: 'Summary Report', path: '/mis/summary' },
    ],
  },
  {
    key: 'api',
    label: 'API Registration',
    icon: 'fa-key',
    children: [
      {
        key: 'cred',
        label: 'User Credentials',
        children: [
          { label: 'Create API User', path: CREATE_API_USER_PATH },
          { label: 'View API Users', path: '/api-registration/user-credentials/view-api-users' },
        ],
      },
      { label: 'Client Credentials', path: '/api-registration/client-credentials' },
      { label: 'IP Whitelisting', path: '/api-registration/ip-whitelisting' },
      { label: 'Freeze API User', path: '/api-registration/freeze-api-user' },
      { label: 'Change API Password', path: '/api-registration/change-api-password' },
    ],
  },
  {
    key: 'um',
    label: 'User Management',
    icon: 'fa-users',
    children: [
      { label: 'Create Sub User', path: '/user-management/create-sub-user' },
      { label: 'Update Sub User', path: '/user-management/update-sub-user' },
      { label: 'Freeze Sub User', path: '/user-management/freeze-sub-user' },
    ],
  },
];

/** The sidebar's nested list; groups carry #refs the runtime strips (as Angular's template refs leave no trace). */
function menuHtml(items: MenuItem[], depth: number): string {
  return items
    .map((item) => {
      const icon = `<i class="fa ${item.icon ?? 'fa-circle-o'}"></i>`;
      if (item.children && item.key) {
        return `<li class="nav-item has-sub" #li_${item.key}><a class="nav-link" href="javascript:void(0)" (click)="toggle('${item.key}')">${icon}<span class="menu-text">${item.label}</span><i class="fa fa-angle-down" #chev_${item.key}></i></a><ul class="sub-menu ng-trigger ng-trigger-slideInOut" #sub_${item.key}>${menuHtml(item.children, depth + 1)}</ul></li>`;
      }
      return `<li class="nav-item"><a class="nav-link" routerlink="${item.path}" routerlinkactive="active">${icon}<span class="menu-text">${item.label}</span></a></li>`;
    })
    .join('');
}

function leaves(
  items: MenuItem[],
  groups: string[] = [],
): { path: string; label: string; groups: string[] }[] {
  return items.flatMap((item) =>
    item.children
      ? leaves(item.children, [...groups, item.key ?? ''])
      : [{ path: item.path ?? '', label: item.label, groups }],
  );
}

const BRAND = `<span class="emblem"></span><div><div class="brand-title">e-Invoice System</div><div class="brand-sub">Goods and Services Tax Network &middot; Government of India</div></div>`;
const FIELD_ERROR = (name: string) =>
  `<template data-if="e_${name}"><div class="text-danger"><small>{{msg}}</small></div></template>`;
const SPINNER = (name: string) =>
  `<template data-if="${name}"><span class="spinner-border spinner-border-sm me-1" role="status" aria-hidden="true"></span></template>`;

/** The components' templates, as written in their .html files (static attributes stay in the DOM, lower-cased). */
const TEMPLATES: Record<string, string> = {
  'app-root': '<router-outlet #outlet></router-outlet>',
  'app-home': `
<header class="home-header">
  <div class="top-strip"><div class="container-fluid d-flex justify-content-between"><span>Government of India</span><span><a href="javascript:void(0)">Skip to main content</a> | <a href="javascript:void(0)">Screen Reader Access</a></span></div></div>
  <div class="container-fluid d-flex align-items-center justify-content-between head-main">
    <div class="brand d-flex align-items-center">${BRAND}</div>
    <div class="d-flex align-items-center gap-2">
      <nav class="home-nav"><a routerlink="/">Home</a><a href="javascript:void(0)">Search</a><a href="javascript:void(0)">Help</a><a href="javascript:void(0)">Contact Us</a></nav>
      <button type="button" id="btnLogin" class="btn btn-warning homepageloginbtn" routerlink="/login">Login</button>
    </div>
  </div>
</header>
<section class="hero"><div class="container-fluid"><h2>Invoice Registration Portal (IRP)</h2><p>Generate the Invoice Reference Number (IRN) for your B2B invoices, and manage API access for your ERP and GSP.</p></div></section>
<div class="container-fluid my-4">
  <div class="row">
    <div class="col-md-4"><div class="card h-card"><div class="card-header"><h6 class="mb-0">Latest Updates</h6></div><div class="card-body"><ul class="news">
      <li>Two-factor authentication is mandatory for all users from 1st April 2025.</li>
      <li>Time limit for reporting e-invoices on the IRP for taxpayers with AATO of Rs. 10 crore and above.</li>
      <li>New version of the e-Invoice API (1.04) released on the sandbox.</li>
    </ul></div></div></div>
    <div class="col-md-4"><div class="card h-card"><div class="card-header"><h6 class="mb-0">API Access</h6></div><div class="card-body"><p>Taxpayers can access the e-Invoice APIs directly, or through a GST Suvidha Provider (GSP), after creating API user credentials under API Registration.</p></div></div></div>
    <div class="col-md-4"><div class="card h-card"><div class="card-header"><h6 class="mb-0">Help Desk</h6></div><div class="card-body"><p>Contact the GST helpdesk on 1800-103-4786 or raise a ticket at the self-service portal.</p></div></div></div>
  </div>
</div>
<footer class="home-footer">Site designed, developed and hosted by National Informatics Centre. Contents owned by Goods and Services Tax Network.</footer>`,
  'app-login': `
<div class="login-page">
  <div class="login-head d-flex align-items-center">${BRAND}<a class="ms-auto home-link" routerlink="/">Home</a></div>
  <div class="card login-card shadow-sm">
    <div class="card-header"><h5 class="mb-0">Login to e-Invoice System</h5></div>
    <div class="card-body">
      <template data-if="expired"><ngb-alert role="alert" class="alert alert-warning alert-dismissible fade show">Your session has expired. Please login again.<button type="button" aria-label="Close" class="btn-close" (click)="closeAlert()"></button></ngb-alert></template>
      <form autocomplete="off" (ngsubmit)="onSubmit()">
        <div class="mb-3">
          <label for="userName" class="form-label">Username <span class="text-danger">*</span></label>
          <input type="text" id="userName" formcontrolname="userName" class="form-control" placeholder="Enter Username" maxlength="15">
          ${FIELD_ERROR('userName')}
        </div>
        <div class="mb-3">
          <label for="password" class="form-label">Password <span class="text-danger">*</span></label>
          <input type="password" id="password" formcontrolname="password" class="form-control" placeholder="Enter Password">
          ${FIELD_ERROR('password')}
        </div>
        <div class="mb-2 d-flex align-items-center gap-2">
          <img #captchaimg class="captcha-img" alt="Captcha" width="160" height="50">
          <button type="button" class="btn btn-light btn-sm refresh" title="Refresh Captcha" (click)="refreshCaptcha()"><i class="fa fa-refresh"></i></button>
        </div>
        <div class="mb-3">
          <label for="captcha" class="form-label">Enter Captcha <span class="text-danger">*</span></label>
          <input type="text" id="captcha" formcontrolname="captcha" class="form-control" placeholder="Enter the characters shown in the image" maxlength="6" autocomplete="off">
          ${FIELD_ERROR('captcha')}
        </div>
        <button type="submit" #loginbtn class="btn btn-primary btn-block btnlogin">${SPINNER('busy')} Login </button>
        <div class="d-flex justify-content-between mt-3 small"><a href="javascript:void(0)">Forgot Username?</a><a href="javascript:void(0)">Forgot Password?</a></div>
      </form>
    </div>
  </div>
</div>`,
  'app-two-factor': `
<div class="login-page">
  <div class="login-head d-flex align-items-center">${BRAND}<a class="ms-auto home-link" routerlink="/">Home</a></div>
  <div class="card login-card shadow-sm">
    <div class="card-header"><h5 class="mb-0">Two-Factor Authentication</h5></div>
    <div class="card-body">
      <p class="text-muted">An OTP has been sent to your registered mobile number <b>{{mobile}}</b>. You may also use the OTP shown in the Sandes or NIC-GST-Shield app.</p>
      <form autocomplete="off" (ngsubmit)="onVerify()">
        <div class="mb-3">
          <label for="otp" class="form-label">Enter OTP <span class="text-danger">*</span></label>
          <input type="text" id="otp" formcontrolname="otp" inputmode="numeric" maxlength="6" class="form-control otp-box" placeholder="6 digit OTP" autocomplete="one-time-code">
          ${FIELD_ERROR('otp')}
        </div>
        <button type="submit" #verifybtn class="btn btn-primary btn-block">${SPINNER('busy')} Verify OTP </button>
      </form>
      <div class="d-flex justify-content-between mt-3 small">
        <template data-if="wait"><span class="text-muted">Resend OTP in {{seconds}}s</span></template>
        <template data-if="resend"><a href="javascript:void(0)" (click)="resend()">Resend OTP</a></template>
        <a routerlink="/login">Back to Login</a>
      </div>
    </div>
  </div>
</div>`,
  'app-layout': `
<app-header #header></app-header>
<div class="wrapper" #wrapper>
  <app-sidebar #sidebar></app-sidebar>
  <div class="content-wrapper">
    <main class="main-content"><router-outlet #outlet></router-outlet></main>
    <footer class="app-footer">&copy; 2024 e-Invoice System. Designed and developed by National Informatics Centre.</footer>
  </div>
</div>`,
  'app-header': `
<nav class="navbar fixed-top d-flex align-items-center">
  <button type="button" class="btn sidebar-toggler" aria-label="Toggle navigation" (click)="toggleSidebar()"><i class="fa fa-bars"></i></button>
  <a class="navbar-brand d-flex align-items-center" routerlink="/dashboard"><span class="emblem sm"></span><span>e-Invoice System</span></a>
  <div class="ms-auto d-flex align-items-center gap-2">
    <span class="gstin-chip">GSTIN: {{gstin}}</span>
    <div ngbdropdown class="dropdown" #dd>
      <button type="button" ngbdropdowntoggle id="userMenu" class="btn btn-link user-toggle dropdown-toggle"><i class="fa fa-user"></i> {{userName}}</button>
      <div ngbdropdownmenu aria-labelledby="userMenu" class="dropdown-menu dropdown-menu-end">
        <button ngbdropdownitem type="button" class="dropdown-item" tabindex="0">My Profile</button>
        <button ngbdropdownitem type="button" class="dropdown-item" tabindex="0">Change Password</button>
        <div class="dropdown-divider"></div>
        <button ngbdropdownitem type="button" class="dropdown-item" tabindex="0" (click)="logout()">Logout</button>
      </div>
    </div>
  </div>
</nav>`,
  'app-sidebar': `
<aside class="sidebar">
  <div class="user-panel"><div class="small text-muted">Welcome</div><div class="fw-bold">{{tradeName}}</div><div class="small">{{gstin}}</div></div>
  <ul class="nav flex-column">${menuHtml(MENU, 0)}</ul>
</aside>`,
  'app-dashboard': `
<div class="page-head d-flex justify-content-between align-items-center">
  <h4 class="page-title mb-0">Dash Board</h4>
  <ol class="breadcrumb mb-0"><li class="breadcrumb-item"><a routerlink="/dashboard">Home</a></li><li class="breadcrumb-item active" aria-current="page">Dash Board</li></ol>
</div>
<div class="row mt-3">
  <template data-if="stats">
    <div class="col-md-4"><div class="card stat-card gen"><div class="card-body"><h6 class="card-title">Generations</h6><div class="stat">{{g.today}}</div><div class="small text-muted">Today &middot; {{g.month}} this month &middot; {{g.year}} this year</div></div></div></div>
    <div class="col-md-4"><div class="card stat-card can"><div class="card-body"><h6 class="card-title">Cancelled</h6><div class="stat">{{c.today}}</div><div class="small text-muted">Today &middot; {{c.month}} this month &middot; {{c.year}} this year</div></div></div></div>
    <div class="col-md-4"><div class="card stat-card last"><div class="card-body"><h6 class="card-title">Last Login</h6><div class="stat small-stat">{{lastLogin}}</div><div class="small text-muted">{{tradeName}}</div></div></div></div>
  </template>
  <template data-if="loadingStats"><div class="col-md-12 text-center text-muted py-2"><span class="spinner-border spinner-border-sm me-1"></span> Loading...</div></template>
</div>
<div class="card mt-3"><div class="card-header"><h6 class="mb-0">Quick Links</h6></div><div class="card-body d-flex gap-2">
  <a class="btn btn-outline-primary btn-sm" routerlink="/e-invoice/generate-irn">Generate IRN</a>
  <a class="btn btn-outline-primary btn-sm" routerlink="/e-invoice/bulk-upload">Bulk Upload</a>
  <a class="btn btn-outline-primary btn-sm" routerlink="/e-invoice/cancel-irn">Cancel IRN</a>
  <a class="btn btn-outline-primary btn-sm" routerlink="/mis/irn-details">MIS Reports</a>
</div></div>`,
  'app-placeholder': `
<div class="page-head d-flex justify-content-between align-items-center">
  <h4 class="page-title mb-0">{{title}}</h4>
  <ol class="breadcrumb mb-0"><li class="breadcrumb-item"><a routerlink="/dashboard">Home</a></li><li class="breadcrumb-item active" aria-current="page">{{title}}</li></ol>
</div>
<div class="card mt-3"><div class="card-body text-muted">No records found.</div></div>`,
  'ng-select': `
<div class="ng-select-container" #container>
  <div class="ng-value-container">
    <div class="ng-placeholder">{{placeholder}}</div>
    <template data-if="value"><div class="ng-value"><span class="ng-value-label">{{label}}</span></div></template>
    <div class="ng-input"><input #input aria-autocomplete="list" type="text" autocorrect="off" autocapitalize="off" role="combobox" aria-expanded="false" aria-haspopup="listbox"></div>
  </div>
  <template data-if="loading"><span class="ng-spinner-zone"><span class="ng-spinner-loader"></span></span></template>
  <template data-if="clear"><span class="ng-clear-wrapper" title="Clear all"><span aria-hidden="true" class="ng-clear">&times;</span></span></template>
  <span class="ng-arrow-wrapper"><span class="ng-arrow"></span></span>
</div>`,
  'ng-otp-input': '<div class="ng-otp-input-wrapper wrapper" id="c_{{key}}" #wrapper></div>',
  'app-tech-contact-modal': `
<div class="modal-header"><h4 class="modal-title" id="modal-basic-title">Contacts of Technical Person</h4><button type="button" class="btn-close" aria-label="Close" (click)="dismiss()"></button></div>
<div class="modal-body">
  <p class="small text-muted">Please verify the details of the technical contact person for GSTIN {{gstin}}. API related communication is sent to this person.</p>
  <table class="table table-bordered mb-0"><tbody><tr><th>Name</th><td>{{c.name}}</td></tr><tr><th>Mobile</th><td>{{c.mobile}}</td></tr><tr><th>E-mail</th><td>{{c.email}}</td></tr></tbody></table>
</div>
<div class="modal-footer"><button type="button" class="btn btn-outline-dark" (click)="close()">Exit</button></div>`,
  'app-notice-modal': `
<div class="modal-header"><h4 class="modal-title" id="notice-title">{{title}}</h4><button type="button" class="btn-close" aria-label="Close" (click)="dismiss()"></button></div>
<div class="modal-body"><p class="mb-0">{{text}}</p></div>
<div class="modal-footer"><button type="button" class="btn btn-outline-dark" (click)="close()">Close</button></div>`,
  'app-confirm-dialog': `
<div class="modal-header"><h4 class="modal-title" id="confirm-title">Are you sure?</h4><button type="button" class="btn-close" aria-label="Close" (click)="dismiss()"></button></div>
<div class="modal-body"><p>Do you want to create the API user <b>{{username}}</b> for <b>{{gsp}}</b>?</p><p class="small text-muted mb-0">Please note down the username and password; the password cannot be viewed later.</p></div>
<div class="modal-footer"><button type="button" class="btn btn-outline-secondary" (click)="dismiss()">Cancel</button><button type="button" class="btn btn-primary" ngbautofocus (click)="close()">Submit</button></div>`,
};

TEMPLATES['app-create-api-user'] = `
<div class="page-head d-flex justify-content-between align-items-center">
  <h4 class="page-title mb-0">Create API User</h4>
  <ol class="breadcrumb mb-0"><li class="breadcrumb-item"><a routerlink="/dashboard">Home</a></li><li class="breadcrumb-item">API Registration</li><li class="breadcrumb-item">User Credentials</li><li class="breadcrumb-item active" aria-current="page">Create API User</li></ol>
</div>
<div class="card mt-3">
  <div class="card-header"><h6 class="mb-0">API Registration</h6></div>
  <div class="card-body">
    <template data-if="otpStep">
      <div class="otp-step">
        <p class="mb-1">GSTIN: <b>{{gstin}}</b></p>
        <p class="text-muted">To create an API user, verify yourself with the OTP sent to the mobile number registered for this GSTIN.</p>
        <template data-if="getOtp"><button type="button" class="btn btn-primary" (click)="getOtp()">Get OTP</button></template>
        <template data-if="sending"><button type="button" class="btn btn-primary" disabled><span class="spinner-border spinner-border-sm me-1" role="status" aria-hidden="true"></span> Sending OTP... </button></template>
        <template data-if="otpEntry">
          <div class="otp-entry">
            <div class="alert alert-info py-2">OTP has been sent to your registered mobile number {{mobile}}. It is valid for 10 minutes.</div>
            <label class="form-label d-block">Enter OTP <span class="text-danger">*</span></label>
            <ng-otp-input #otp></ng-otp-input>
            <template data-if="verifying"><div class="d-flex align-items-center gap-2 mt-2 text-primary"><div class="spinner-border spinner-border-sm" role="status"><span class="visually-hidden">Loading...</span></div><span>Verifying OTP...</span></div></template>
            <div class="mt-2 small">
              <template data-if="wait"><span class="text-muted">Resend OTP in {{seconds}} seconds</span></template>
              <template data-if="resend"><a href="javascript:void(0)" (click)="getOtp()">Resend OTP</a></template>
            </div>
          </div>
        </template>
      </div>
    </template>
    <template data-if="formStep">
      <form autocomplete="off" class="reg-form" (ngsubmit)="onSubmit()">
        <div class="verified mb-3 text-success"><i class="fa fa-check-circle"></i> OTP verified for GSTIN {{gstin}}</div>
        <div class="mb-3">
          <label class="form-label d-block">Do you wish to Register your GSTIN for <span class="text-danger">*</span></label>
          <div class="btn-group" role="group" aria-label="Registration type">
            <input type="radio" class="btn-check" name="registrationType" id="regDirect" value="DIRECT" formcontrolname="registrationType" autocomplete="off">
            <label class="btn btn-outline-primary" for="regDirect">Directly</label>
            <input type="radio" class="btn-check" name="registrationType" id="regGsp" value="GSP" formcontrolname="registrationType" autocomplete="off">
            <label class="btn btn-outline-primary" for="regGsp">Through GSP</label>
          </div>
          ${FIELD_ERROR('registrationType')}
        </div>
        <template data-if="direct"><div class="alert alert-warning">Direct API access is available only to taxpayers whose aggregate annual turnover is above Rs. 1000 crore. Your GSTIN is not eligible for direct registration; please register through a GSP.</div></template>
        <template data-if="gspFields">
          <div class="gsp-fields">
            <div class="row"><div class="col-md-6 mb-3">
              <label class="form-label">Select your GSP <span class="text-danger">*</span></label>
              <ng-select #gspselect formcontrolname="gspId" placeholder="Select your GSP" bindlabel="gspName" bindvalue="gspId" appendto="body" class="gsp-select"></ng-select>
              ${FIELD_ERROR('gspId')}
            </div></div>
            <div class="row"><div class="col-md-6 mb-3">
              <label for="apiUserName" class="form-label">Username <span class="text-danger">*</span></label>
              <div class="input-group"><span class="input-group-text">API_</span><input type="text" id="apiUserName" formcontrolname="userName" class="form-control" placeholder="Enter Username" maxlength="30" autocomplete="off"></div>
              ${FIELD_ERROR('userName')}
            </div></div>
            <div class="row">
              <div class="col-md-6 mb-3">
                <label for="apiPassword" class="form-label">Password <span class="text-danger">*</span></label>
                <input type="password" id="apiPassword" formcontrolname="password" class="form-control" placeholder="Enter Password" maxlength="20" autocomplete="new-password">
                ${FIELD_ERROR('password')}
              </div>
              <div class="col-md-6 mb-3">
                <label for="apiConfirmPassword" class="form-label">Re-enter Password <span class="text-danger">*</span></label>
                <input type="password" id="apiConfirmPassword" formcontrolname="confirmPassword" class="form-control" placeholder="Re-enter Password" maxlength="20" autocomplete="new-password">
                ${FIELD_ERROR('confirmPassword')}
              </div>
            </div>
            <p class="small text-muted">Password must be 8 to 20 characters long and contain at least one upper case letter, one lower case letter, one digit and one special character.</p>
          </div>
        </template>
        <div class="d-flex gap-2">
          <button type="submit" #submitbtn class="btn btn-primary">${SPINNER('submitting')} Submit </button>
          <button type="button" class="btn btn-danger" (click)="exit()">Exit</button>
        </div>
      </form>
    </template>
    <template data-if="done">
      <div class="success-card">
        <div class="alert alert-success"><i class="fa fa-check-circle"></i> {{message}}</div>
        <div class="card mb-3"><div class="card-header"><h6 class="mb-0">API User Created</h6></div><div class="card-body">
          <table class="table table-bordered mb-0"><tbody>
            <tr><th>GSTIN</th><td>{{user.gstin}}</td></tr>
            <tr><th>GSP Name</th><td>{{user.gsp}}</td></tr>
            <tr><th>API Username</th><td>{{user.username}}</td></tr>
            <tr><th>Created On</th><td>{{user.createdOn}}</td></tr>
          </tbody></table>
        </div></div>
        <h6>GSPs registered for GSTIN {{user.gstin}}</h6>
        <table class="table table-bordered"><thead><tr><th>#</th><th>GSP Name</th><th>API Username</th><th>Registered On</th><th>Status</th></tr></thead><tbody #regbody></tbody></table>
        <a class="btn btn-outline-primary" routerlink="/dashboard">Back to Dash Board</a>
      </div>
    </template>
  </div>
</div>`;

/** Component styles, compiled as Angular's emulated encapsulation does: [_h] is the host attribute, [_c] the content one. */
const COMPONENT_STYLES: Record<string, string> = {
  'app-root': '[_h]{display:block;min-height:100vh}',
  'app-home': `[_h]{display:block}
.home-header[_c]{background:#fff;border-bottom:3px solid #f7941d}.top-strip[_c]{background:#0b3d91;color:#fff;font-size:.75rem;padding:2px 0}.top-strip[_c] a[_c]{color:#fff;text-decoration:none}
.head-main[_c]{padding:.6rem .75rem}.home-nav[_c] a[_c]{margin:0 .6rem;color:#0b3d91;text-decoration:none;font-weight:500}
.hero[_c]{background:linear-gradient(90deg,#0b3d91,#1f6fb2);color:#fff;padding:2.2rem 0}.hero[_c] h2[_c]{font-weight:600}
.h-card[_c]{height:100%}.news[_c]{padding-left:1.1rem;margin:0}.news[_c] li[_c]{margin-bottom:.4rem}
.home-footer[_c]{background:#1d2939;color:#cfd6e0;text-align:center;font-size:.75rem;padding:.8rem}
.emblem[_c]{width:42px;height:42px;border-radius:50%;background:radial-gradient(circle,#f7941d 0 30%,#0b3d91 31% 100%);margin-right:.6rem;display:inline-block}
.brand-title[_c]{font-size:1.25rem;font-weight:700;color:#0b3d91}.brand-sub[_c]{font-size:.75rem;color:#6c757d}`,
  'app-login': `[_h]{display:block}
.login-page[_c]{min-height:100vh;background:linear-gradient(160deg,#e8eef8,#f6f8fb)}
.login-head[_c]{background:#fff;padding:.6rem 1.5rem;border-bottom:3px solid #f7941d}.home-link[_c]{text-decoration:none;font-weight:500}
.emblem[_c]{width:42px;height:42px;border-radius:50%;background:radial-gradient(circle,#f7941d 0 30%,#0b3d91 31% 100%);margin-right:.6rem;display:inline-block}
.brand-title[_c]{font-size:1.25rem;font-weight:700;color:#0b3d91}.brand-sub[_c]{font-size:.75rem;color:#6c757d}
.login-card[_c]{width:420px;margin:2.5rem auto}.captcha-img[_c]{border:1px solid #ced4da;border-radius:4px;background:#eef2f7}`,
  'app-two-factor': `[_h]{display:block}
.login-page[_c]{min-height:100vh;background:linear-gradient(160deg,#e8eef8,#f6f8fb)}
.login-head[_c]{background:#fff;padding:.6rem 1.5rem;border-bottom:3px solid #f7941d}.home-link[_c]{text-decoration:none;font-weight:500}
.emblem[_c]{width:42px;height:42px;border-radius:50%;background:radial-gradient(circle,#f7941d 0 30%,#0b3d91 31% 100%);margin-right:.6rem;display:inline-block}
.brand-title[_c]{font-size:1.25rem;font-weight:700;color:#0b3d91}.brand-sub[_c]{font-size:.75rem;color:#6c757d}
.login-card[_c]{width:420px;margin:2.5rem auto}.otp-box[_c]{letter-spacing:.5em;font-size:1.1rem;text-align:center}`,
  'app-layout': `[_h]{display:block}
.wrapper[_c]{display:flex;padding-top:52px;min-height:100vh}.content-wrapper[_c]{flex:1;min-width:0;display:flex;flex-direction:column;margin-left:250px;transition:margin-left .3s ease}
.wrapper.sidebar-collapsed[_c] .content-wrapper[_c]{margin-left:0}.wrapper.sidebar-collapsed[_c] app-sidebar[_c]{transform:translateX(-100%)}.main-content[_c]{flex:1;padding:1rem 1.25rem}
.app-footer[_c]{font-size:.75rem;color:#6c757d;text-align:center;padding:.6rem;border-top:1px solid #dee2e6;background:#fff}`,
  'app-header': `[_h]{display:block}
.navbar[_c]{position:fixed;top:0;left:0;right:0;z-index:1030;height:52px;padding:0 1rem;background:#0b3d91;color:#fff;box-shadow:0 2px 4px rgba(0,0,0,.15)}
.sidebar-toggler[_c]{color:#fff;font-size:1.2rem;padding:.25rem .5rem;margin-right:.5rem}.navbar-brand[_c]{color:#fff;text-decoration:none;font-weight:600;font-size:1.1rem}
.emblem.sm[_c]{width:28px;height:28px;border-radius:50%;background:radial-gradient(circle,#f7941d 0 30%,#fff 31% 100%);margin-right:.5rem;display:inline-block}
.gstin-chip[_c]{background:rgba(255,255,255,.15);border-radius:12px;padding:.15rem .7rem;font-size:.8rem}.user-toggle[_c]{color:#fff;text-decoration:none}`,
  'app-sidebar': `[_h]{display:block;position:fixed;top:52px;bottom:0;left:0;width:250px;z-index:1020;transition:transform .3s ease}
.sidebar[_c]{height:100%;overflow-y:auto;background:#1d2939;color:#cfd6e0}.user-panel[_c]{padding:.8rem 1rem;border-bottom:1px solid rgba(255,255,255,.08)}
.nav[_c]{list-style:none;padding:0;margin:0}.sub-menu[_c]{list-style:none;padding:0 0 0 .9rem;margin:0;background:rgba(0,0,0,.12)}
.nav-link[_c]{display:flex;align-items:center;gap:.55rem;padding:.55rem 1rem;color:#cfd6e0;text-decoration:none;cursor:pointer}
.nav-link[_c]:hover{background:rgba(255,255,255,.06);color:#fff}.nav-link.active[_c]{background:#f7941d;color:#fff}
.menu-text[_c]{flex:1}.fa-angle-down[_c]{transition:transform .3s ease}.fa-angle-down.rotate[_c]{transform:rotate(180deg)}`,
  'app-dashboard': `[_h]{display:block}.page-title[_c]{color:#0b3d91;font-weight:600}
.stat-card[_c]{border-left:4px solid #0d6efd}.stat-card.can[_c]{border-left-color:#dc3545}.stat-card.last[_c]{border-left-color:#f7941d}
.stat[_c]{font-size:1.9rem;font-weight:700;color:#1d2939}.small-stat[_c]{font-size:1.05rem;padding:.55rem 0}`,
  'app-placeholder': '[_h]{display:block}.page-title[_c]{color:#0b3d91;font-weight:600}',
  'app-create-api-user': `[_h]{display:block}.page-title[_c]{color:#0b3d91;font-weight:600}
.otp-entry[_c]{max-width:520px}.reg-form[_c]{max-width:860px}.btn-group[_c] .btn[_c]{min-width:140px}
.gsp-select[_c]{max-width:100%}.success-card[_c]{max-width:860px}`,
  'ng-otp-input': `.otp-input[_c]{width:50px;height:50px;border-radius:4px;border:solid 1px #c5c5c5;text-align:center;font-size:32px}
.ng-otp-input-wrapper[_c] .otp-input[_c]:not(:last-child){margin-right:8px}
.otp-input[_c]:focus{outline:0;border-color:#86b7fe;box-shadow:0 0 0 .2rem rgba(13,110,253,.25)}.otp-input[_c]:disabled{background:#e9ecef}
@media screen and (max-width:767px){.otp-input[_c]{width:40px;font-size:24px;height:40px}}`,
  'app-tech-contact-modal': '[_h]{display:block}th[_c]{width:30%;background:#f4f6fa}',
  'app-notice-modal': '[_h]{display:block}',
  'app-confirm-dialog': '[_h]{display:block}',
};

/** The app's own components, its routes and the bootstrap (platformBrowser().bootstrapModule(AppModule)). */
const JS_APP = String.raw`
var Components = {};
var AppRoot = null;
function fieldErrors(ctx, messages) {
  for (var f in messages) {
    var m = errorOf(ctx.form, f, messages[f]);
    setIf(ctx, 'e_' + f, !!m, { msg: m });
  }
}
function countdown(ctx, seconds) {
  ctx.seconds = seconds;
  if (ctx.countdownTimer) clearInterval(ctx.countdownTimer);
  ctx.countdownTimer = setInterval(function () {
    if (ctx.$dead) return clearInterval(ctx.countdownTimer);
    ctx.seconds -= 1;
    if (ctx.seconds <= 0) clearInterval(ctx.countdownTimer);
    tick();
  }, 1000);
  ctx.$timers.push(ctx.countdownTimer);
}

Components['app-home'] = function () { return {}; };

Components['app-login'] = function () {
  var ctx = {
    busy: false,
    expiredNotice: !!Router.state.sessionExpired,
    form: new FormGroup({
      userName: new FormControl('', [Validators.required]),
      password: new FormControl('', [Validators.required]),
      captcha: new FormControl('', [Validators.required]),
    }),
  };
  var MSG = {
    userName: { required: 'Username is required' },
    password: { required: 'Password is required' },
    captcha: { required: 'Captcha is required' },
  };
  ctx.onInit = function () { ctx.refreshCaptcha(); };
  ctx.refreshCaptcha = function () { ctx.$refs.captchaimg.src = '/api/auth/captcha?t=' + Date.now(); };
  ctx.closeAlert = function () { ctx.expiredNotice = false; };
  ctx.update = function () {
    setIf(ctx, 'expired', ctx.expiredNotice);
    fieldErrors(ctx, MSG);
    setIf(ctx, 'busy', ctx.busy);
    ctx.$refs.loginbtn.disabled = ctx.busy;
  };
  ctx.onSubmit = function () {
    if (ctx.form.invalid()) { ctx.form.markAllAsTouched(); return; }
    var v = ctx.form.value();
    ctx.busy = true;
    http('POST', '/api/auth/login', { userName: v.userName.trim(), password: v.password, captcha: v.captcha.trim() }).then(function (res) {
      ctx.busy = false;
      sessionStorage.setItem('einv.mobile', res.mobile);
      toastr.success(res.message, 'OTP Sent');
      var ret = Router.query('returnUrl');
      Router.navigate('/login/verify-otp' + (ret ? '?returnUrl=' + encodeURIComponent(ret) : ''));
    }, function (err) {
      ctx.busy = false;
      toastr.error(err.message, 'Login Failed');
      ctx.form.controls.captcha.reset('');
      ctx.refreshCaptcha();
    });
  };
  return ctx;
};

Components['app-two-factor'] = function () {
  var ctx = {
    busy: false, seconds: 0,
    mobile: sessionStorage.getItem('einv.mobile') || 'XXXXXXXXXX',
    form: new FormGroup({ otp: new FormControl('', [Validators.required, Validators.pattern(/^\d{6}$/)]) }),
  };
  var MSG = { otp: { required: 'OTP is required', pattern: 'OTP must be a 6 digit number' } };
  ctx.onInit = function () { countdown(ctx, 30); };
  ctx.update = function () {
    fieldErrors(ctx, MSG);
    setIf(ctx, 'busy', ctx.busy);
    ctx.$refs.verifybtn.disabled = ctx.busy;
    setIf(ctx, 'wait', ctx.seconds > 0, { seconds: ctx.seconds });
    setIf(ctx, 'resend', ctx.seconds <= 0);
  };
  function lost() {
    toastr.error('Your login attempt has timed out. Please login again.', 'Error');
    Router.navigate('/login');
  }
  ctx.resend = function () {
    http('POST', '/api/auth/resend-otp', {}).then(function (res) { toastr.success(res.message, 'OTP Sent'); countdown(ctx, 30); }, function (err) { if (err.status === 401) lost(); });
  };
  ctx.onVerify = function () {
    if (ctx.form.invalid()) { ctx.form.markAllAsTouched(); return; }
    ctx.busy = true;
    http('POST', '/api/auth/verify-otp', { otp: ctx.form.value().otp.trim() }).then(function (user) {
      Auth.user = user;
      sessionStorage.removeItem('einv.mobile');
      var ret = Router.query('returnUrl');
      Router.navigate(ret && ret.charAt(0) === '/' && ret.indexOf('/login') !== 0 ? ret : '/dashboard', { replaceUrl: true });
    }, function (err) {
      ctx.busy = false;
      if (err.status === 401) return lost();
      toastr.error(err.message, 'Error');
      ctx.form.controls.otp.reset('');
    });
  };
  return ctx;
};

Components['app-layout'] = function () {
  var ctx = { collapsed: false };
  ctx.onInit = function () {
    mount('app-header', ctx.$refs.header, Components['app-header'](ctx), ctx);
    mount('app-sidebar', ctx.$refs.sidebar, Components['app-sidebar'](), ctx);
  };
  ctx.update = function () { toggleClass(ctx.$refs.wrapper, 'sidebar-collapsed', ctx.collapsed); };
  return ctx;
};

Components['app-header'] = function (layout) {
  var ctx = { gstin: Auth.user.gstin, userName: Auth.user.userName };
  ctx.onInit = function () { ngbDropdown(ctx.$refs.dd); };
  ctx.toggleSidebar = function () { layout.collapsed = !layout.collapsed; };
  ctx.logout = function () {
    http('POST', '/api/auth/logout', {}).then(function () {
      Auth.user = null;
      toastr.success('You have been logged out successfully.', 'Logout');
      Router.navigate('/login');
    }, function () { return null; });
  };
  return ctx;
};

Components['app-sidebar'] = function () {
  var ctx = { open: {}, tradeName: Auth.user.tradeName, gstin: Auth.user.gstin };
  function groupsOf(path) {
    for (var i = 0; i < LEAVES.length; i++) if (LEAVES[i].path === path) return LEAVES[i].groups;
    return [];
  }
  function subs() { return Object.keys(ctx.$refs).filter(function (k) { return k.indexOf('sub_') === 0; }).map(function (k) { return k.slice(4); }); }
  ctx.onInit = function () {
    var current = groupsOf(location.pathname);
    subs().forEach(function (key) {
      ctx.open[key] = current.indexOf(key) >= 0;
      var el = ctx.$refs['sub_' + key];
      if (!ctx.open[key]) { el.style.height = '0px'; el.style.overflow = 'hidden'; }
    });
  };
  ctx.toggle = function (key) {
    var opening = !ctx.open[key];
    if (opening && TOP_GROUPS.indexOf(key) >= 0) {
      TOP_GROUPS.forEach(function (other) {
        if (other !== key && ctx.open[other]) { ctx.open[other] = false; slideInOut(ctx.$refs['sub_' + other], false); }
      });
    }
    ctx.open[key] = opening;
    slideInOut(ctx.$refs['sub_' + key], opening);
  };
  ctx.update = function () {
    subs().forEach(function (key) {
      toggleClass(ctx.$refs['chev_' + key], 'rotate', !!ctx.open[key]);
      toggleClass(ctx.$refs['li_' + key], 'menu-open', !!ctx.open[key]);
    });
    Array.prototype.forEach.call(ctx.$host.querySelectorAll('a[routerlink]'), function (a) {
      toggleClass(a, 'active', a.getAttribute('routerlink') === location.pathname);
    });
  };
  return ctx;
};

Components['app-dashboard'] = function () {
  var u = Auth.user || {};
  var ctx = { tradeName: u.tradeName, stats: null };
  ctx.onInit = function () {
    var rendered = Date.now();
    http('GET', '/api/dashboard/summary').then(function (s) { ctx.stats = s; }, function () { return null; });
    http('GET', '/api/dashboard/notices').then(function (n) {
      later(ctx, function () { openNotices(n); }, Math.max(0, 500 - (Date.now() - rendered)));
    }, function () { return null; });
  };
  ctx.update = function () {
    setIf(ctx, 'loadingStats', !ctx.stats);
    if (ctx.stats) setIf(ctx, 'stats', true, { g: ctx.stats.generations, c: ctx.stats.cancelled, lastLogin: ctx.stats.lastLogin });
  };
  function openNotices(n) {
    function advisory() {
      if (!n.advisory) return;
      setTimeout(function () {
        if (!Auth.user) return;
        NgbModal.open('app-notice-modal', Components['app-notice-modal'](n.advisory), { ariaLabelledBy: 'notice-title', size: 'lg' });
      }, 300);
    }
    if (!n.technicalContact) return advisory();
    var ref = NgbModal.open('app-tech-contact-modal', Components['app-tech-contact-modal']({ c: n.technicalContact, gstin: u.gstin }), {
      ariaLabelledBy: 'modal-basic-title', backdrop: 'static', keyboard: false, centered: true,
    });
    ref.result.then(advisory, function (reason) { if (reason !== 'Navigation') advisory(); });
  }
  return ctx;
};

function modalComponent(data) {
  var ctx = Object.assign({}, data);
  ctx.close = function () { ctx.activeModal.close('Close click'); };
  ctx.dismiss = function () { ctx.activeModal.dismiss('Cross click'); };
  return ctx;
}
Components['app-tech-contact-modal'] = modalComponent;
Components['app-notice-modal'] = modalComponent;
Components['app-confirm-dialog'] = modalComponent;

Components['app-placeholder'] = function (route) { return { title: route.title }; };
`;

/** app-create-api-user: Get OTP → ng-otp-input (verified at the 6th digit) → the registration form → confirm → done. */
const JS_CREATE_API_USER = String.raw`
Components['app-create-api-user'] = function () {
  var u = Auth.user || {};
  var ctx = {
    gstin: u.gstin, mobile: u.mobile, step: 'otp', sending: false, otpSent: false, verifying: false, seconds: 0,
    submitting: false, gsps: null, result: null, otp: null, gspSelect: null,
  };
  var PASSWORD = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,20}$/;
  var f = ctx.form = new FormGroup({
    registrationType: new FormControl(null, [Validators.required]),
    gspId: new FormControl(null, [Validators.required]),
    userName: new FormControl('', [Validators.required, Validators.pattern(/^[A-Za-z0-9_.-]{3,30}$/)]),
    password: new FormControl('', [Validators.required, Validators.pattern(PASSWORD)]),
    confirmPassword: new FormControl('', [Validators.required, function (c) {
      return c.value && c.value !== f.controls.password.value ? { mustMatch: true } : null;
    }]),
  });
  var GSP_FIELDS = ['gspId', 'userName', 'password', 'confirmPassword'];
  GSP_FIELDS.forEach(function (k) { f.controls[k].disabled = true; });
  f.controls.password.valueChanges(function () { f.controls.confirmPassword.validate(); });
  f.controls.registrationType.valueChanges(function (type) {
    GSP_FIELDS.forEach(function (k) { f.controls[k].disabled = type !== 'GSP'; });
  });
  var MSG = {
    registrationType: { required: 'Please select the registration type' },
    gspId: { required: 'Please select your GSP' },
    userName: { required: 'Username is required', pattern: 'Username must be 3 to 30 characters: letters, digits, _ . or -' },
    password: { required: 'Password is required', pattern: 'Password does not meet the password policy' },
    confirmPassword: { required: 'Please re-enter the password', mustMatch: 'Passwords do not match' },
  };

  ctx.getOtp = function () {
    if (ctx.sending) return;
    ctx.sending = true;
    http('POST', '/api/api-registration/otp/send', {}).then(function (res) {
      ctx.sending = false;
      ctx.otpSent = true;
      ctx.mobile = res.mobile;
      countdown(ctx, 30);
      toastr.success(res.message, 'OTP Sent');
      if (ctx.otp) { ctx.otp.setValue(''); ctx.otp.setDisabled(false); ctx.otp.focus(); }
    }, function (err) {
      ctx.sending = false;
      if (err.status !== 401) toastr.error(err.message || 'Unable to send OTP. Please try again.', 'Error');
    });
  };
  ctx.onOtpChange = function (value) {
    if (value.length === 6 && !ctx.verifying) verify(value);
    tick();
  };
  function verify(value) {
    ctx.verifying = true;
    ctx.otp.setDisabled(true);
    http('POST', '/api/api-registration/otp/verify', { otp: value }).then(function (res) {
      ctx.verifying = false;
      ctx.step = 'form';
      toastr.success(res.message, 'Success');
    }, function (err) {
      ctx.verifying = false;
      if (err.status === 401 || ctx.$dead) return;
      ctx.otp.setDisabled(false);
      ctx.otp.setValue('');
      ctx.otp.focus();
      toastr.error(err.message, 'Error');
    });
  }
  function loadGsps() {
    http('GET', '/api/api-registration/gsps').then(function (list) {
      ctx.gsps = list;
      if (ctx.gspSelect && !ctx.gspSelect.$dead) ctx.gspSelect.setItems(list);
    }, function () { return null; });
  }
  ctx.exit = function () { Router.navigate('/dashboard'); };
  ctx.onSubmit = function () {
    var type = f.controls.registrationType.value;
    if (type === 'DIRECT' || ctx.submitting) return;
    if (f.invalid()) { f.markAllAsTouched(); return; }
    var v = f.value();
    var gsp = (ctx.gsps || []).filter(function (g) { return g.gspId === v.gspId; })[0];
    var ref = NgbModal.open('app-confirm-dialog', Components['app-confirm-dialog']({ username: 'API_' + v.userName, gsp: gsp ? gsp.gspName : '' }), {
      ariaLabelledBy: 'confirm-title', backdrop: 'static', centered: true,
    });
    ref.result.then(function () { create(v); }, function () { return null; });
  };
  function create(v) {
    ctx.submitting = true;
    tick();
    http('POST', '/api/api-registration/users', {
      registrationType: 'GSP', gspId: v.gspId, userName: v.userName, password: v.password, confirmPassword: v.confirmPassword,
    }).then(function (res) {
      ctx.submitting = false;
      ctx.result = res;
      ctx.step = 'done';
      toastr.success('API user created successfully', 'Success');
    }, function (err) {
      ctx.submitting = false;
      if (err.status === 401) return;
      toastr.error(err.message, 'Error');
    });
  }
  ctx.update = function () {
    setIf(ctx, 'otpStep', ctx.step === 'otp');
    if (ctx.step === 'otp') {
      setIf(ctx, 'getOtp', !ctx.otpSent && !ctx.sending);
      setIf(ctx, 'sending', ctx.sending);
      if (setIf(ctx, 'otpEntry', ctx.otpSent, { mobile: ctx.mobile })) {
        ctx.otp = NgOtpInput(ctx.$refs.otp, ctx, { length: 6, allowNumbersOnly: true }, ctx.onOtpChange);
        ctx.otp.focus();
      }
      if (ctx.otpSent) {
        setIf(ctx, 'verifying', ctx.verifying);
        setIf(ctx, 'wait', ctx.seconds > 0 && !ctx.sending, { seconds: ctx.seconds });
        setIf(ctx, 'resend', ctx.seconds <= 0 && !ctx.verifying && !ctx.sending);
      }
    }
    setIf(ctx, 'formStep', ctx.step === 'form');
    if (ctx.step === 'form') {
      var type = f.controls.registrationType.value;
      setIf(ctx, 'direct', type === 'DIRECT');
      if (setIf(ctx, 'gspFields', type === 'GSP')) {
        ctx.gspSelect = NgSelect(ctx.$refs.gspselect, ctx, {
          control: f.controls.gspId, items: ctx.gsps || [], loading: !ctx.gsps, bindLabel: 'gspName', bindValue: 'gspId', placeholder: 'Select your GSP',
        });
        if (!ctx.gsps) loadGsps();
      }
      fieldErrors(ctx, MSG);
      setIf(ctx, 'submitting', ctx.submitting);
      ctx.$refs.submitbtn.disabled = type === 'DIRECT' || ctx.submitting;
    }
    if (setIf(ctx, 'done', ctx.step === 'done', ctx.result)) {
      var body = ctx.$refs.regbody;
      ctx.result.registered.forEach(function (r) {
        var tr = document.createElement('tr');
        [r.slNo, r.gsp, r.username, r.createdOn, r.status].forEach(function (cell, i) {
          var td = document.createElement('td');
          if (i === 4) { var b = document.createElement('span'); b.className = 'badge bg-success'; b.textContent = cell; b.setAttribute(ctx.$type.content, ''); td.appendChild(b); }
          else td.textContent = cell;
          td.setAttribute(ctx.$type.content, '');
          tr.appendChild(td);
        });
        tr.setAttribute(ctx.$type.content, '');
        tr.classList.add('ng-star-inserted');
        body.appendChild(tr);
      });
    }
  };
  return ctx;
};

// ---- routes and bootstrap ----
Router.routes = [
  { path: '', component: 'app-home', title: 'Home' },
  { path: 'login', component: 'app-login', title: 'Login', guestOnly: true },
  { path: 'login/verify-otp', component: 'app-two-factor', title: 'Verify OTP' },
  { path: 'home', redirectTo: '/' },
  { path: 'dashboard', component: 'app-dashboard', layout: true, title: 'Dash Board' },
  { path: CREATE_PATH.slice(1), component: 'app-create-api-user', layout: true, title: 'Create API User' },
].concat(LEAVES.filter(function (l) { return l.path !== '/dashboard' && l.path !== CREATE_PATH; }).map(function (l) {
  return { path: l.path.slice(1), component: 'app-placeholder', layout: true, title: l.label };
}));
var rootHost = document.querySelector('app-root');
rootHost.setAttribute('ng-version', '15.2.9');
AppRoot = mount('app-root', rootHost, {}, null);
Router.navigate(Router.url(), { replaceUrl: true });
`;

function mainJs(): string {
  const leavesJson = JSON.stringify(leaves(MENU));
  const topGroups = JSON.stringify(MENU.filter((item) => item.key).map((item) => item.key));
  return [
    '"use strict";',
    '(function () {',
    `var TEMPLATES = ${JSON.stringify(TEMPLATES)};`,
    `var STYLES = ${JSON.stringify(COMPONENT_STYLES)};`,
    `var LEAVES = ${leavesJson};`,
    `var TOP_GROUPS = ${topGroups};`,
    `var CREATE_PATH = ${JSON.stringify(CREATE_API_USER_PATH)};`,
    JS_CORE,
    JS_ROUTER,
    JS_OVERLAYS,
    JS_WIDGETS,
    JS_APP,
    JS_CREATE_API_USER,
    '})();',
    '',
  ].join('\n');
}
