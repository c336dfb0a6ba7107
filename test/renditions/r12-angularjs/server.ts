/**
 * Rendition r12-angularjs: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2015-2019 AngularJS 1.x single-page app
 * (angular-route with `#!` hash routes, ngAnimate, angular-ui-bootstrap 2.x with the Bootstrap 3 look,
 * ui-select 0.19 with its bootstrap theme, angular-loading-bar) that talks to a JSON API. Nothing of
 * AngularJS itself is shipped: a small hand-written runtime in `/scripts/app.min.js` compiles the view
 * templates (kept in a `$templateCache` map, as grunt-angular-templates bundled them) into the DOM that
 * AngularJS leaves: `ng-scope`/`ng-isolate-scope`/`ng-binding` classes, `<!-- ngIf: ... -->` and
 * `<!-- ngRepeat: ... -->` comments, `ng-hide` for ng-show/ng-hide, ngModel state classes
 * (`ng-pristine ng-untouched ng-empty ng-invalid ng-invalid-required` ...), form classes, `disabled`
 * from ng-disabled, ng-view enter/leave animation classes (both views are in the DOM for ~250 ms).
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - One page `/` (the shell; JSON under `/api/`, assets under `/content` and `/scripts`). Hash routes
 *   `#!/home`, `#!/login`, `#!/dashboard`, `#!/api/create`, `#!/page/<name>` (placeholder pages); any
 *   other hash goes to `#!/home`. Signed-in routes without a session go to `#!/login`.
 * - Home: a Bootstrap 3 inverse navbar ("e-Invoice System", "Home", and a "Login" link on the right, an
 *   `li` hidden with `ng-hide` once signed in), a jumbotron and "Latest Updates".
 * - Login (`#!/login`): panel "Login" with Username, Password, Captcha (an SVG picture from
 *   `/api/captcha/image?v=<stamp>`, refresh button) and "Login" (`button.btnlogin`, disabled until the
 *   form is valid). The server checks the captcha (case-insensitive) first, then the credentials.
 *   Refusals are `div[uib-alert].alert.alert-danger` with a close ×: "Invalid Captcha. Please enter the
 *   characters shown in the image." / "Invalid Login Credentials. Please check your Username and
 *   Password."; the captcha box (and the password, on bad credentials) is emptied and the picture redrawn.
 * - 2FA in the same route: panel "Two Factor Authentication", "Enter OTP" (`#txtOtp`), "Verify OTP"
 *   (`#btnVerifyOTP`), "Resend OTP" after 30 s. Wrong: "Invalid OTP. Please enter the correct OTP sent to
 *   your registered mobile number." (uib-alert). Retries unlimited.
 * - After login, on the dashboard ("Dash Board", cards Generations / Cancelled / Bulk Uploads / API
 *   Users): the $uibModal "Contacts of Technical Person" (static backdrop, no Escape; Name, Mobile
 *   Number, Email Id; "Update", "Exit", header ×), then, once it is closed and `/api/notices` answered,
 *   a second $uibModal "Important Advisory" ("Close", ×, Escape, backdrop click). Once per login.
 *   Modals are `div.modal.fade[uib-modal-window][role=dialog] > .modal-dialog > .modal-content` with
 *   ONE shared `div.modal-backdrop.fade[uib-modal-backdrop]`, both appended to body, `in` added a frame
 *   later (150/300 ms transitions), `body.modal-open`, and ui-bootstrap 2.x's `aria-hidden="true"` +
 *   `data-bootstrap-modal-aria-hidden-count` on every other child of body while open. The result
 *   promise settles at once; the window is removed 300 ms later.
 * - Menu: navbar items "Dash Board", uib-dropdowns "e-Invoice", "API Registration", "MIS Reports",
 *   "User Management", and the GSTIN dropdown (My Profile, Change Password, Logout). "API Registration"
 *   holds `li.dropdown-submenu` "User Credentials" (opens on hover by CSS, and toggles `open` on click
 *   without closing the dropdown) with "Create API User" (`#!/api/create`) and "View API Users";
 *   then "IP Whitelisting", "Freeze API User", "Change API Password". A click anywhere else closes it.
 * - Create API User: breadcrumb, panel "API Registration"; a "Get OTP" button (POST
 *   `/api/apireg/otp/send`), then "OTP has been sent to your registered mobile number XXXXXX4521.",
 *   "Enter OTP" (`#txtApiOtp`), "Verify OTP", "Resend OTP" after 30 s. Wrong: uib-alert danger "Wrong OTP.
 *   Please enter the correct OTP sent to your registered mobile number." (the box is emptied). Right:
 *   success alert "OTP verified successfully.", the form, and the table "GSPs registered for GSTIN ..."
 *   (one earlier registration with Tera Software Limited is on file).
 * - Form (form-horizontal): "Do you wish to Register your GSTIN for" with `label.radio-inline > input
 *   [type=radio][ng-model]` Directly / Through GSP / Through ERP / Through Client-Id of other (none
 *   chosen at first; the others show an alert-info and keep Submit disabled). Through GSP shows "Select
 *   your GSP" (label without `for`) as a ui-select (24 names, "contains" filter with highlight, arrows,
 *   Enter/Tab, click; the list flips up when there is no room below), "Username" with an `API_`
 *   input-group-addon (3 to 30 letters, digits, `_ . -`; a typed leading `API_` is not doubled),
 *   "Password" (8 to 15 with upper, lower, digit, special) and "Re-enter Password" (must match). Red
 *   `help-block`s and `has-error` under invalid touched fields. "Submit" (disabled until valid) opens the
 *   $uibModal "Confirm" ("API user <b>API_x</b> will be created for <b>GSP</b> ... Do you want to
 *   continue?" with "Yes" / "No"); "Exit" goes to the dashboard.
 * - After Yes: POST `/api/apireg/users`. Success: alert-success "API user API_x has been created
 *   successfully for <GSP>.", the form replaced by a note and "Back to Dash Board", the table gains the
 *   row. Refusals (alert-danger): "GSTIN <g> is already registered with <GSP>. ..." (duplicate) and
 *   "Username API_x already exists. Please choose a different username." (username-taken: API_admin,
 *   API_test, API_demo, API_einvoice, API_tera27 or any created here, case-insensitively).
 * - Sessions: cookie `EINVSESSIONID` (HttpOnly) naming server-side state, 20 minutes idle, renewed at
 *   login; `XSRF-TOKEN` cookie echoed by the runtime as `X-XSRF-TOKEN` on every request (403 otherwise).
 *   Any signed-in API call without a live session answers 401 JSON; the $http interceptor opens the
 *   $uibModal "Session Expired" ("Your session has expired, please login again.", "OK", static) and OK
 *   routes to `#!/login`, where an alert-warning repeats "Your session has expired. Please login again."
 * - expireOnce: the first request of that stage (otp/send, otp/verify or the users POST) deletes the
 *   server session and answers that 401.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type NgR12Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface NgR12Options {
  expireOnce?: NgR12Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface NgR12State {
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

export interface NgR12Rendition {
  url: string;
  close(): Promise<void>;
  state: NgR12State;
}

export const NG_R12_LOGIN: { username: string; password: string } = {
  username: 'ufpmaha27',
  password: 'Ufp@Einv2019',
};

const MOBILE = 'XXXXXX4521';
const TRADE_NAME = 'UNITED FOOD PRODUCTS';
const SESSION_COOKIE = 'EINVSESSIONID';
const XSRF_COOKIE = 'XSRF-TOKEN';
const IDLE_MS = 20 * 60 * 1000;
const USERNAME_RE = /^[A-Za-z0-9_.-]{3,30}$/;
const PASSWORD_RE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}$/;
const RESERVED_USERNAMES = ['API_ADMIN', 'API_TEST', 'API_DEMO', 'API_EINVOICE'];
const EARLIER = { gsp: 'Tera Software Limited', username: 'API_tera27', createdOn: '14/10/2020 11:42:10' };

const GSP_NAMES = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Ltd',
  'Masters India Private Limited',
  'Mastek Limited',
  'Relyon Softech Ltd',
  'SAG Infotech Private Limited',
  'Seshaasai Business Forms Private Limited',
  'Spice Digital Limited',
  'Tally ( India) Private Ltd',
  'TaxPro GSP Services Private Limited',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wep Solutions Limited',
  'Botree Software International Private Limited',
  'EY GDS GSP (Ernst & Young LLP)',
  'Reliance Corporate IT Park Limited',
].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));

const GSPS = GSP_NAMES.map((gspName, i) => ({ gspId: 101 + i * 3, gspName }));

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'in';
  seen: number;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  contact: { name: string; mobile: string; email: string };
}

function token(bytes = 18): string {
  return randomBytes(bytes).toString('hex');
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i <= 0) continue;
    try {
      out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
    }
  }
  return out;
}

function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

function stamp(date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > 1_000_000) break;
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function captchaSvg(text: string): string {
  const rnd = (a: number, b: number) => a + Math.random() * (b - a);
  const f = (n: number) => n.toFixed(1);
  const colors = ['#1d3f72', '#7a1f1f', '#1f5f2a', '#4b2a7a', '#6b4a10', '#0f5e66'];
  const pick = () => colors[Math.floor(Math.random() * colors.length)] ?? '#333';
  const parts: string[] = [];
  for (let i = 0; i < 40; i++) {
    parts.push(
      `<circle cx="${f(rnd(0, 150))}" cy="${f(rnd(0, 50))}" r="${f(rnd(0.6, 1.8))}" fill="${pick()}" opacity="0.45"/>`,
    );
  }
  const curve = () =>
    `<path d="M${f(rnd(0, 15))} ${f(rnd(8, 42))} C ${f(rnd(30, 60))} ${f(rnd(0, 50))}, ${f(rnd(80, 115))} ${f(rnd(0, 50))}, ${f(rnd(135, 150))} ${f(rnd(8, 42))}" stroke="${pick()}" stroke-width="${f(rnd(0.8, 1.8))}" fill="none" opacity="0.7"/>`;
  for (let i = 0; i < 3; i++) parts.push(curve());
  const chars = text.split('');
  const step = 128 / Math.max(chars.length, 1);
  chars.forEach((ch, i) => {
    const x = 12 + i * step + rnd(-2, 3);
    const y = rnd(31, 39);
    const safe = ch.replace(/[<>&"']/g, '');
    parts.push(
      `<text x="${f(x)}" y="${f(y)}" font-family="Georgia, 'Times New Roman', serif" font-size="${f(rnd(24, 30))}" font-weight="bold" fill="${pick()}" transform="rotate(${f(rnd(-22, 22))} ${f(x + 8)} ${f(y - 9)})">${safe}</text>`,
    );
  });
  for (let i = 0; i < 3; i++) parts.push(curve());
  return `<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0 0 150 50"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f2f6fb"/><stop offset="1" stop-color="#dde7f1"/></linearGradient></defs><rect width="150" height="50" fill="url(#g)"/>${parts.join('')}</svg>`;
}

export async function startNgR12Rendition(options: NgR12Options = {}): Promise<NgR12Rendition> {
  const state: NgR12State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  let pendingExpiry: NgR12Expiry | undefined = options.expireOnce;
  const stageOf: Record<string, NgR12Expiry> = {
    '/api/apireg/otp/send': 'api-otp-send',
    '/api/apireg/otp/verify': 'api-otp-verify',
    '/api/apireg/users': 'submit',
  };

  const userOf = () => ({
    gstin: state.gstin,
    tradeName: TRADE_NAME,
    userName: NG_R12_LOGIN.username,
    lastLogin: stamp(new Date(Date.now() - 3 * 86_400_000)),
  });
  const registrations = () => [
    { gsp: EARLIER.gsp, username: EARLIER.username, createdOn: EARLIER.createdOn, status: 'Active' },
    ...state.users
      .filter((u) => u.gstin === state.gstin)
      .map((u) => ({ gsp: u.gsp, username: u.username, createdOn: u.createdOn, status: 'Active' })),
  ];

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const cookies = parseCookies(req.headers.cookie);
    const setCookies: string[] = [];
    const now = Date.now();
    for (const [id, s] of sessions) if (now - s.seen > IDLE_MS) sessions.delete(id);
    const sid = cookies[SESSION_COOKIE];
    let session = sid ? sessions.get(sid) : undefined;
    if (session) session.seen = now;

    const newSession = (): Session => {
      const s: Session = {
        id: token(),
        stage: 'anon',
        seen: Date.now(),
        apiOtpSent: false,
        apiOtpVerified: false,
        contact: { name: 'Rajesh Kulkarni', mobile: '9876504521', email: 'it.support@unitedfoodproducts.in' },
      };
      sessions.set(s.id, s);
      setCookies.push(`${SESSION_COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Lax`);
      session = s;
      return s;
    };
    const send = (status: number, type: string, body: string | Buffer) => {
      const headers: Record<string, string | string[]> = {
        'Content-Type': type,
        'Cache-Control': 'no-store, no-cache, must-revalidate',
        'X-Content-Type-Options': 'nosniff',
      };
      if (setCookies.length) headers['Set-Cookie'] = setCookies;
      res.writeHead(status, headers);
      res.end(body);
    };
    const json = (status: number, body: unknown) =>
      send(status, 'application/json; charset=utf-8', JSON.stringify(body));
    const lost = () =>
      json(401, {
        status: 401,
        errorCode: 'SESSION_EXPIRED',
        message: 'Your session has expired. Please login again.',
      });

    if (method === 'GET' && !path.startsWith('/api/')) {
      if (path === '/' || path === '/index.html') {
        if (!cookies[XSRF_COOKIE]) setCookies.push(`${XSRF_COOKIE}=${token(16)}; Path=/; SameSite=Lax`);
        if (!session) newSession();
        return send(200, 'text/html; charset=utf-8', INDEX_HTML);
      }
      if (path === '/content/css/bootstrap.min.css')
        return send(200, 'text/css; charset=utf-8', BOOTSTRAP_CSS);
      if (path === '/content/css/select.min.css') return send(200, 'text/css; charset=utf-8', SELECT_CSS);
      if (path === '/content/css/site.css') return send(200, 'text/css; charset=utf-8', SITE_CSS);
      if (path === '/scripts/app.min.js') return send(200, 'application/javascript; charset=utf-8', APP_JS);
      if (path === '/favicon.ico') return send(204, 'image/x-icon', '');
      return send(404, 'text/plain; charset=utf-8', 'Not Found');
    }

    if (!path.startsWith('/api/')) return send(405, 'text/plain; charset=utf-8', 'Method Not Allowed');

    const body = method === 'POST' ? await readJson(req) : {};
    if (method === 'POST') {
      const header = req.headers['x-xsrf-token'];
      if (!cookies[XSRF_COOKIE] || header !== cookies[XSRF_COOKIE]) {
        return json(403, {
          status: 403,
          message: 'The request could not be validated. Please reload the page.',
        });
      }
    }
    if (path !== '/api/captcha/image' && path !== '/api/session') await delay(method === 'POST' ? 140 : 70);

    if (method === 'GET' && path === '/api/captcha/image') {
      if (!session) newSession();
      return send(200, 'image/svg+xml', captchaSvg(state.captcha));
    }
    if (method === 'GET' && path === '/api/session') {
      return json(
        200,
        session?.stage === 'in' ? { authenticated: true, user: userOf() } : { authenticated: false },
      );
    }
    if (method === 'POST' && path === '/api/auth/login') {
      const s = session ?? newSession();
      const userName = str(body.userName).trim();
      const password = str(body.password);
      const code = str(body.captchaCode).trim();
      if (!userName || !password || !code) {
        return json(400, {
          status: 0,
          errorCode: 'VALIDATION',
          message: 'Please enter Username, Password and Captcha.',
        });
      }
      if (code.toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        return json(400, {
          status: 0,
          errorCode: 'INVALID_CAPTCHA',
          message: 'Invalid Captcha. Please enter the characters shown in the image.',
        });
      }
      if (
        userName.toLowerCase() !== NG_R12_LOGIN.username.toLowerCase() ||
        password !== NG_R12_LOGIN.password
      ) {
        state.refusals.push('login');
        return json(400, {
          status: 0,
          errorCode: 'INVALID_CREDENTIALS',
          message: 'Invalid Login Credentials. Please check your Username and Password.',
        });
      }
      s.stage = 'otp';
      return json(200, {
        status: 1,
        otpRequired: true,
        mobile: MOBILE,
        message: `An OTP has been sent to your registered mobile number ${MOBILE}. You may also use the OTP shown in the Sandes or NIC-GST-Shield app.`,
      });
    }
    if (method === 'POST' && path === '/api/auth/otp/resend') {
      if (session?.stage !== 'otp') return lost();
      return json(200, {
        status: 1,
        message: `OTP has been resent to your registered mobile number ${MOBILE}.`,
      });
    }
    if (method === 'POST' && path === '/api/auth/otp/verify') {
      if (session?.stage !== 'otp') return lost();
      if (str(body.otp).trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        return json(400, {
          status: 0,
          errorCode: 'INVALID_OTP',
          message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
        });
      }
      sessions.delete(session.id);
      const s = newSession();
      s.stage = 'in';
      return json(200, { status: 1, user: userOf() });
    }
    if (method === 'POST' && path === '/api/auth/logout') {
      if (session) sessions.delete(session.id);
      setCookies.push(`${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
      return json(200, { status: 1 });
    }

    const stage = method === 'POST' ? stageOf[path] : undefined;
    if (stage && pendingExpiry === stage) {
      pendingExpiry = undefined;
      if (session) sessions.delete(session.id);
      state.expired.push(stage);
      return lost();
    }
    if (session?.stage !== 'in') return lost();
    const s = session;

    if (method === 'GET' && path === '/api/dashboard') {
      return json(200, {
        gstin: state.gstin,
        tradeName: TRADE_NAME,
        lastLogin: userOf().lastLogin,
        generations: 342,
        cancelled: 7,
        bulkUploads: 12,
        apiUsers: registrations().length,
        recent: [
          ['UFP/24-25/1187', '27AACCM4181H1ZX'],
          ['UFP/24-25/1186', '29AABCT1332L1ZU'],
          ['UFP/24-25/1185', '27AAACR5055K1Z7'],
          ['UFP/24-25/1184', '24AAACG2115R1ZO'],
          ['UFP/24-25/1183', '27AADCB2230M1Z2'],
        ].map(([docNo, buyer], i) => ({
          docNo,
          docDate: stamp(new Date(Date.now() - i * 86_400_000)).slice(0, 10),
          buyer,
          irn: `${token(8)}…${token(4)}`,
          status: i === 3 ? 'Cancelled' : 'Active',
        })),
      });
    }
    if (method === 'GET' && path === '/api/profile/technical-contact') return json(200, { ...s.contact });
    if (method === 'POST' && path === '/api/profile/technical-contact') {
      const name = str(body.name).trim();
      const mobile = str(body.mobile).trim();
      const email = str(body.email).trim();
      if (!name || !/^[6-9][0-9]{9}$/.test(mobile) || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
        return json(400, { status: 0, message: 'Please enter a valid name, mobile number and e-mail id.' });
      }
      s.contact = { name, mobile, email };
      return json(200, {
        status: 1,
        message: 'Contact details of the technical person updated successfully.',
      });
    }
    if (method === 'GET' && path === '/api/notices') {
      return json(200, {
        notices: [
          {
            date: '01-04-2025',
            text: 'Two-Factor Authentication (2FA) is mandatory for all taxpayers. The OTP can be received by SMS, on the Sandes app or on the NIC-GST-Shield app.',
          },
          {
            date: '01-04-2025',
            text: 'Taxpayers with AATO of Rs. 10 Cr and above cannot report invoices older than 30 days on the IRP.',
          },
          {
            date: '15-02-2025',
            text: 'A separate API user is needed for each GSP. Use API Registration > User Credentials > Create API User.',
          },
        ],
      });
    }
    if (method === 'GET' && path === '/api/apireg/gsps') return json(200, { gsps: GSPS });
    if (method === 'GET' && path === '/api/apireg/registrations') {
      return json(200, { registrations: registrations() });
    }
    if (method === 'POST' && path === '/api/apireg/otp/send') {
      s.apiOtpSent = true;
      s.apiOtpVerified = false;
      return json(200, {
        status: 1,
        mobile: MOBILE,
        message: `OTP has been sent to your registered mobile number ${MOBILE}.`,
      });
    }
    if (method === 'POST' && path === '/api/apireg/otp/verify') {
      if (!s.apiOtpSent) return json(400, { status: 0, message: 'Please click Get OTP first.' });
      if (str(body.otp).trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        return json(400, {
          status: 0,
          errorCode: 'WRONG_OTP',
          message: 'Wrong OTP. Please enter the correct OTP sent to your registered mobile number.',
        });
      }
      s.apiOtpVerified = true;
      return json(200, { status: 1, message: 'OTP verified successfully.' });
    }
    if (method === 'POST' && path === '/api/apireg/users') {
      if (!s.apiOtpVerified) {
        return json(400, { status: 0, message: 'Please verify the OTP before creating the API user.' });
      }
      if (str(body.registrationType) !== 'GSP') {
        return json(400, { status: 0, message: 'This registration type is not enabled for your GSTIN.' });
      }
      const gsp = GSPS.find((g) => String(g.gspId) === str(body.gspId));
      if (!gsp) return json(400, { status: 0, message: 'Please select your GSP.' });
      const typed = str(body.userName).trim().replace(/^API_/i, '');
      if (!USERNAME_RE.test(typed)) {
        return json(400, {
          status: 0,
          message:
            'Username should be 3 to 30 characters long and may contain letters, digits, underscore (_), dot (.) and hyphen (-).',
        });
      }
      const password = str(body.password);
      if (!PASSWORD_RE.test(password)) {
        return json(400, {
          status: 0,
          message:
            'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
        });
      }
      if (password !== str(body.confirmPassword)) {
        return json(400, { status: 0, message: 'Password and Re-enter Password do not match.' });
      }
      const username = `API_${typed}`;
      const regs = registrations();
      if (regs.some((r) => r.gsp === gsp.gspName)) {
        state.refusals.push('duplicate');
        return json(409, {
          status: 0,
          errorCode: 'ALREADY_REGISTERED',
          message: `GSTIN ${state.gstin} is already registered with ${gsp.gspName}. Only one API user can be created for a GSP.`,
        });
      }
      const upper = username.toUpperCase();
      if (
        RESERVED_USERNAMES.includes(upper) ||
        upper === EARLIER.username.toUpperCase() ||
        state.users.some((u) => u.username.toUpperCase() === upper)
      ) {
        state.refusals.push('username-taken');
        return json(409, {
          status: 0,
          errorCode: 'USERNAME_EXISTS',
          message: `Username ${username} already exists. Please choose a different username.`,
        });
      }
      state.users.push({ gstin: state.gstin, gsp: gsp.gspName, username, password, createdOn: stamp() });
      s.apiOtpVerified = false;
      s.apiOtpSent = false;
      return json(200, {
        status: 1,
        message: `API user ${username} has been created successfully for ${gsp.gspName}.`,
        registrations: registrations(),
      });
    }
    return json(404, { status: 404, message: 'Not Found' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ status: 500, message: 'An error occurred while processing your request.' }));
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
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }),
  };
}

// ---------------------------------------------------------------------------------------------------
// Styles: a Bootstrap 3.3.7 subset, ui-select 0.19.8's select.css (bootstrap theme), angular-loading-bar
// and the site's own sheet. Written by hand; no font files (glyphicons are small unicode stand-ins).
// ---------------------------------------------------------------------------------------------------

function gridCss(): string {
  const cols = Array.from({ length: 12 }, (_, i) => i + 1);
  const pct = (n: number) => `${Number(((n / 12) * 100).toFixed(8))}%`;
  const out: string[] = [];
  out.push(
    `${['xs', 'sm', 'md', 'lg']
      .flatMap((s) => cols.map((n) => `.col-${s}-${n}`))
      .join(',')}{position:relative;min-height:1px;padding-right:15px;padding-left:15px}`,
  );
  const sizes = (prefix: string) =>
    [
      `${cols.map((n) => `.col-${prefix}-${n}`).join(',')}{float:left}`,
      ...cols.map((n) => `.col-${prefix}-${n}{width:${pct(n)}}`),
      `.col-${prefix}-offset-0{margin-left:0}`,
      ...cols.map((n) => `.col-${prefix}-offset-${n}{margin-left:${pct(n)}}`),
    ].join('');
  out.push(sizes('xs'));
  out.push(`@media (min-width:768px){${sizes('sm')}}`);
  out.push(`@media (min-width:992px){${sizes('md')}}`);
  out.push(`@media (min-width:1200px){${sizes('lg')}}`);
  return out.join('\n');
}

const BOOTSTRAP_CSS = `/*!
 * Bootstrap v3.3.7 (http://getbootstrap.com)
 * Copyright 2011-2016 Twitter, Inc.
 * Licensed under MIT (https://github.com/twbs/bootstrap/blob/master/LICENSE)
 */${`
html{font-family:sans-serif;-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%}body{margin:0}
article,aside,footer,header,nav,section{display:block}
a{background-color:transparent}b,strong{font-weight:700}small{font-size:80%}img{border:0;vertical-align:middle}
button,input,select,textarea{margin:0;font:inherit;color:inherit}button{overflow:visible}button,select{text-transform:none}
button,html input[type=button],input[type=reset],input[type=submit]{-webkit-appearance:button;cursor:pointer}
button[disabled],html input[disabled]{cursor:default}input{line-height:normal}
input[type=search]{-webkit-box-sizing:border-box;box-sizing:border-box;-webkit-appearance:none}
table{border-spacing:0;border-collapse:collapse}td,th{padding:0}
*{-webkit-box-sizing:border-box;box-sizing:border-box}:after,:before{-webkit-box-sizing:border-box;box-sizing:border-box}
html{font-size:10px;-webkit-tap-highlight-color:rgba(0,0,0,0)}
body{font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;font-size:14px;line-height:1.42857143;color:#333;background-color:#fff}
button,input,select,textarea{font-family:inherit;font-size:inherit;line-height:inherit}
a{color:#337ab7;text-decoration:none}a:focus,a:hover{color:#23527c;text-decoration:underline}a:focus{outline:5px auto -webkit-focus-ring-color;outline-offset:-2px}
hr{margin-top:20px;margin-bottom:20px;border:0;border-top:1px solid #eee}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
h1,h2,h3,h4,h5,h6{font-family:inherit;font-weight:500;line-height:1.1;color:inherit}
h1 small,h2 small,h3 small,h4 small{font-weight:400;line-height:1;color:#777}
h1,h2,h3{margin-top:20px;margin-bottom:10px}h1 small,h2 small,h3 small{font-size:65%}
h4,h5,h6{margin-top:10px;margin-bottom:10px}h4 small{font-size:75%}
h1{font-size:36px}h2{font-size:30px}h3{font-size:24px}h4{font-size:18px}h5{font-size:14px}h6{font-size:12px}
p{margin:0 0 10px}.lead{margin-bottom:20px;font-size:16px;font-weight:300;line-height:1.4}@media (min-width:768px){.lead{font-size:21px}}
.small,small{font-size:85%}
.text-left{text-align:left}.text-right{text-align:right}.text-center{text-align:center}
.text-muted{color:#777}.text-primary{color:#337ab7}.text-success{color:#3c763d}.text-info{color:#31708f}.text-warning{color:#8a6d3b}.text-danger{color:#a94442}
.page-header{padding-bottom:9px;margin:40px 0 20px;border-bottom:1px solid #eee}
ol,ul{margin-top:0;margin-bottom:10px}ol ol,ol ul,ul ol,ul ul{margin-bottom:0}
.list-unstyled{padding-left:0;list-style:none}
.container{padding-right:15px;padding-left:15px;margin-right:auto;margin-left:auto}
@media (min-width:768px){.container{width:750px}}@media (min-width:992px){.container{width:970px}}@media (min-width:1200px){.container{width:1170px}}
.container-fluid{padding-right:15px;padding-left:15px;margin-right:auto;margin-left:auto}
.row{margin-right:-15px;margin-left:-15px}
`}${gridCss()}${String.raw`
table{background-color:transparent}caption{padding-top:8px;padding-bottom:8px;color:#777;text-align:left}th{text-align:left}
.table{width:100%;max-width:100%;margin-bottom:20px}
.table>tbody>tr>td,.table>tbody>tr>th,.table>tfoot>tr>td,.table>tfoot>tr>th,.table>thead>tr>td,.table>thead>tr>th{padding:8px;line-height:1.42857143;vertical-align:top;border-top:1px solid #ddd}
.table>thead>tr>th{vertical-align:bottom;border-bottom:2px solid #ddd}
.table>caption+thead>tr:first-child>th,.table>thead:first-child>tr:first-child>th{border-top:0}
.table-condensed>tbody>tr>td,.table-condensed>tbody>tr>th,.table-condensed>thead>tr>td,.table-condensed>thead>tr>th{padding:5px}
.table-bordered{border:1px solid #ddd}.table-bordered>tbody>tr>td,.table-bordered>tbody>tr>th,.table-bordered>thead>tr>td,.table-bordered>thead>tr>th{border:1px solid #ddd}
.table-bordered>thead>tr>td,.table-bordered>thead>tr>th{border-bottom-width:2px}
.table-striped>tbody>tr:nth-of-type(odd){background-color:#f9f9f9}
.table-hover>tbody>tr:hover{background-color:#f5f5f5}
fieldset{min-width:0;padding:0;margin:0;border:0}
label{display:inline-block;max-width:100%;margin-bottom:5px;font-weight:700}
input[type=checkbox],input[type=radio]{margin:4px 0 0;margin-top:1px;line-height:normal}
.form-control{display:block;width:100%;height:34px;padding:6px 12px;font-size:14px;line-height:1.42857143;color:#555;background-color:#fff;background-image:none;border:1px solid #ccc;border-radius:4px;-webkit-box-shadow:inset 0 1px 1px rgba(0,0,0,.075);box-shadow:inset 0 1px 1px rgba(0,0,0,.075);-webkit-transition:border-color ease-in-out .15s,-webkit-box-shadow ease-in-out .15s;transition:border-color ease-in-out .15s,box-shadow ease-in-out .15s}
.form-control:focus{border-color:#66afe9;outline:0;-webkit-box-shadow:inset 0 1px 1px rgba(0,0,0,.075),0 0 8px rgba(102,175,233,.6);box-shadow:inset 0 1px 1px rgba(0,0,0,.075),0 0 8px rgba(102,175,233,.6)}
.form-control::-webkit-input-placeholder{color:#999}.form-control::placeholder{color:#999;opacity:1}
.form-control[disabled],.form-control[readonly],fieldset[disabled] .form-control{background-color:#eee;opacity:1}
.form-control[disabled]{cursor:not-allowed}
input[type=search]{-webkit-appearance:none}
.form-group{margin-bottom:15px}
.checkbox,.radio{position:relative;display:block;margin-top:10px;margin-bottom:10px}
.checkbox-inline,.radio-inline{position:relative;display:inline-block;padding-left:20px;margin-bottom:0;font-weight:400;vertical-align:middle;cursor:pointer}
.checkbox-inline input[type=checkbox],.radio-inline input[type=radio]{position:absolute;margin-left:-20px}
.checkbox-inline+.checkbox-inline,.radio-inline+.radio-inline{margin-top:0;margin-left:10px}
.help-block{display:block;margin-top:5px;margin-bottom:10px;color:#737373}
.has-error .checkbox,.has-error .checkbox-inline,.has-error .control-label,.has-error .help-block,.has-error .radio,.has-error .radio-inline,.has-error.checkbox label,.has-error.radio label{color:#a94442}
.has-error .form-control{border-color:#a94442;-webkit-box-shadow:inset 0 1px 1px rgba(0,0,0,.075);box-shadow:inset 0 1px 1px rgba(0,0,0,.075)}
.has-error .form-control:focus{border-color:#843534;-webkit-box-shadow:inset 0 1px 1px rgba(0,0,0,.075),0 0 6px #ce8483;box-shadow:inset 0 1px 1px rgba(0,0,0,.075),0 0 6px #ce8483}
.has-error .input-group-addon{color:#a94442;background-color:#f2dede;border-color:#a94442}
.has-success .control-label,.has-success .help-block{color:#3c763d}.has-success .form-control{border-color:#3c763d}
@media (min-width:768px){.form-inline .form-group{display:inline-block;margin-bottom:0;vertical-align:middle}.form-inline .form-control{display:inline-block;width:auto;vertical-align:middle}.form-inline .control-label{margin-bottom:0;vertical-align:middle}.form-inline .input-group{display:inline-table;vertical-align:middle}}
.form-horizontal .checkbox,.form-horizontal .checkbox-inline,.form-horizontal .radio,.form-horizontal .radio-inline{padding-top:7px;margin-top:0;margin-bottom:0}
.form-horizontal .form-group{margin-right:-15px;margin-left:-15px}
@media (min-width:768px){.form-horizontal .control-label{padding-top:7px;margin-bottom:0;text-align:right}}
.btn{display:inline-block;padding:6px 12px;margin-bottom:0;font-size:14px;font-weight:400;line-height:1.42857143;text-align:center;white-space:nowrap;vertical-align:middle;-ms-touch-action:manipulation;touch-action:manipulation;cursor:pointer;-webkit-user-select:none;-moz-user-select:none;-ms-user-select:none;user-select:none;background-image:none;border:1px solid transparent;border-radius:4px}
.btn.active.focus,.btn.active:focus,.btn.focus,.btn:active.focus,.btn:active:focus,.btn:focus{outline:5px auto -webkit-focus-ring-color;outline-offset:-2px}
.btn.focus,.btn:focus,.btn:hover{color:#333;text-decoration:none}
.btn.active,.btn:active{background-image:none;outline:0;-webkit-box-shadow:inset 0 3px 5px rgba(0,0,0,.125);box-shadow:inset 0 3px 5px rgba(0,0,0,.125)}
.btn.disabled,.btn[disabled],fieldset[disabled] .btn{cursor:not-allowed;filter:alpha(opacity=65);-webkit-box-shadow:none;box-shadow:none;opacity:.65}
.btn-default{color:#333;background-color:#fff;border-color:#ccc}
.btn-default.focus,.btn-default:focus{color:#333;background-color:#e6e6e6;border-color:#8c8c8c}
.btn-default:hover{color:#333;background-color:#e6e6e6;border-color:#adadad}
.btn-default.active,.btn-default:active,.open>.dropdown-toggle.btn-default{color:#333;background-color:#e6e6e6;border-color:#adadad}
.btn-default.disabled:hover,.btn-default[disabled]:hover{background-color:#fff;border-color:#ccc}
.btn-primary{color:#fff;background-color:#337ab7;border-color:#2e6da4}
.btn-primary.focus,.btn-primary:focus{color:#fff;background-color:#286090;border-color:#122b40}
.btn-primary:hover{color:#fff;background-color:#286090;border-color:#204d74}
.btn-primary.active,.btn-primary:active{color:#fff;background-color:#286090;border-color:#204d74}
.btn-primary.disabled:focus,.btn-primary.disabled:hover,.btn-primary[disabled]:focus,.btn-primary[disabled]:hover{background-color:#337ab7;border-color:#2e6da4}
.btn-success{color:#fff;background-color:#5cb85c;border-color:#4cae4c}.btn-success:focus,.btn-success:hover{color:#fff;background-color:#449d44;border-color:#398439}
.btn-info{color:#fff;background-color:#5bc0de;border-color:#46b8da}.btn-info:focus,.btn-info:hover{color:#fff;background-color:#31b0d5;border-color:#269abc}
.btn-warning{color:#fff;background-color:#f0ad4e;border-color:#eea236}.btn-warning:focus,.btn-warning:hover{color:#fff;background-color:#ec971f;border-color:#d58512}
.btn-danger{color:#fff;background-color:#d9534f;border-color:#d43f3a}.btn-danger:focus,.btn-danger:hover{color:#fff;background-color:#c9302c;border-color:#ac2925}
.btn-link{font-weight:400;color:#337ab7;border-radius:0}
.btn-link,.btn-link.active,.btn-link:active,.btn-link[disabled]{background-color:transparent;-webkit-box-shadow:none;box-shadow:none}
.btn-link,.btn-link:active,.btn-link:focus,.btn-link:hover{border-color:transparent}
.btn-link:focus,.btn-link:hover{color:#23527c;text-decoration:underline;background-color:transparent}
.btn-lg{padding:10px 16px;font-size:18px;line-height:1.3333333;border-radius:6px}
.btn-sm{padding:5px 10px;font-size:12px;line-height:1.5;border-radius:3px}
.btn-xs{padding:1px 5px;font-size:12px;line-height:1.5;border-radius:3px}
.btn-block{display:block;width:100%}.btn-block+.btn-block{margin-top:5px}
.fade{opacity:0;-webkit-transition:opacity .15s linear;transition:opacity .15s linear}.fade.in{opacity:1}
.collapse{display:none}.collapse.in{display:block}
.collapsing{position:relative;height:0;overflow:hidden;-webkit-transition-timing-function:ease;transition-timing-function:ease;-webkit-transition-duration:.35s;transition-duration:.35s;-webkit-transition-property:height,visibility;transition-property:height,visibility}
.caret{display:inline-block;width:0;height:0;margin-left:2px;vertical-align:middle;border-top:4px dashed;border-right:4px solid transparent;border-left:4px solid transparent}
.dropdown,.dropup{position:relative}.dropdown-toggle:focus{outline:0}
.dropdown-menu{position:absolute;top:100%;left:0;z-index:1000;display:none;float:left;min-width:160px;padding:5px 0;margin:2px 0 0;font-size:14px;text-align:left;list-style:none;background-color:#fff;-webkit-background-clip:padding-box;background-clip:padding-box;border:1px solid #ccc;border:1px solid rgba(0,0,0,.15);border-radius:4px;-webkit-box-shadow:0 6px 12px rgba(0,0,0,.175);box-shadow:0 6px 12px rgba(0,0,0,.175)}
.dropdown-menu .divider{height:1px;margin:9px 0;overflow:hidden;background-color:#e5e5e5}
.dropdown-menu>li>a{display:block;padding:3px 20px;clear:both;font-weight:400;line-height:1.42857143;color:#333;white-space:nowrap}
.dropdown-menu>li>a:focus,.dropdown-menu>li>a:hover{color:#262626;text-decoration:none;background-color:#f5f5f5}
.dropdown-menu>.active>a,.dropdown-menu>.active>a:focus,.dropdown-menu>.active>a:hover{color:#fff;text-decoration:none;background-color:#337ab7;outline:0}
.open>.dropdown-menu{display:block}.open>a{outline:0}
.dropdown-header{display:block;padding:3px 20px;font-size:12px;line-height:1.42857143;color:#777;white-space:nowrap}
.input-group{position:relative;display:table;border-collapse:separate}
.input-group .form-control{position:relative;z-index:2;float:left;width:100%;margin-bottom:0}
.input-group .form-control,.input-group-addon,.input-group-btn{display:table-cell}
.input-group-addon,.input-group-btn{width:1%;white-space:nowrap;vertical-align:middle}
.input-group-addon{padding:6px 12px;font-size:14px;font-weight:400;line-height:1;color:#555;text-align:center;background-color:#eee;border:1px solid #ccc;border-radius:4px}
.input-group .form-control:first-child,.input-group-addon:first-child{border-top-right-radius:0;border-bottom-right-radius:0}
.input-group-addon:first-child{border-right:0}
.input-group .form-control:last-child,.input-group-addon:last-child{border-top-left-radius:0;border-bottom-left-radius:0}
.nav{padding-left:0;margin-bottom:0;list-style:none}.nav>li{position:relative;display:block}
.nav>li>a{position:relative;display:block;padding:10px 15px}.nav>li>a:focus,.nav>li>a:hover{text-decoration:none;background-color:#eee}
.nav .open>a,.nav .open>a:focus,.nav .open>a:hover{background-color:#eee;border-color:#337ab7}
.navbar{position:relative;min-height:50px;margin-bottom:20px;border:1px solid transparent}
@media (min-width:768px){.navbar{border-radius:4px}.navbar-header{float:left}}
.navbar-collapse{padding-right:15px;padding-left:15px;overflow-x:visible;-webkit-overflow-scrolling:touch;border-top:1px solid transparent;-webkit-box-shadow:inset 0 1px 0 rgba(255,255,255,.1);box-shadow:inset 0 1px 0 rgba(255,255,255,.1)}
@media (min-width:768px){.navbar-collapse{width:auto;border-top:0;-webkit-box-shadow:none;box-shadow:none}.navbar-collapse.collapse{display:block!important;height:auto!important;padding-bottom:0;overflow:visible!important}}
.container>.navbar-collapse,.container>.navbar-header{margin-right:-15px;margin-left:-15px}
@media (min-width:768px){.container>.navbar-collapse,.container>.navbar-header{margin-right:0;margin-left:0}}
.navbar-static-top{z-index:1000;border-width:0 0 1px}@media (min-width:768px){.navbar-static-top{border-radius:0}}
.navbar-brand{float:left;height:50px;padding:15px 15px;font-size:18px;line-height:20px}.navbar-brand:focus,.navbar-brand:hover{text-decoration:none}
@media (min-width:768px){.navbar>.container .navbar-brand{margin-left:-15px}}
.navbar-toggle{position:relative;float:right;padding:9px 10px;margin-top:8px;margin-right:15px;margin-bottom:8px;background-color:transparent;background-image:none;border:1px solid transparent;border-radius:4px}
.navbar-toggle .icon-bar{display:block;width:22px;height:2px;border-radius:1px}.navbar-toggle .icon-bar+.icon-bar{margin-top:4px}
@media (min-width:768px){.navbar-toggle{display:none}}
.navbar-nav{margin:7.5px -15px}.navbar-nav>li>a{padding-top:10px;padding-bottom:10px;line-height:20px}
@media (min-width:768px){.navbar-nav{float:left;margin:0}.navbar-nav>li{float:left}.navbar-nav>li>a{padding-top:15px;padding-bottom:15px}}
.navbar-nav>li>.dropdown-menu{margin-top:0;border-top-left-radius:0;border-top-right-radius:0}
@media (min-width:768px){.navbar-left{float:left!important}.navbar-right{float:right!important;margin-right:-15px}.navbar-right~.navbar-right{margin-right:0}}
.navbar-inverse{background-color:#222;border-color:#080808}
.navbar-inverse .navbar-brand{color:#9d9d9d}.navbar-inverse .navbar-brand:focus,.navbar-inverse .navbar-brand:hover{color:#fff;background-color:transparent}
.navbar-inverse .navbar-nav>li>a{color:#9d9d9d}.navbar-inverse .navbar-nav>li>a:focus,.navbar-inverse .navbar-nav>li>a:hover{color:#fff;background-color:transparent}
.navbar-inverse .navbar-nav>.active>a,.navbar-inverse .navbar-nav>.active>a:focus,.navbar-inverse .navbar-nav>.active>a:hover{color:#fff;background-color:#080808}
.navbar-inverse .navbar-nav>.open>a,.navbar-inverse .navbar-nav>.open>a:focus,.navbar-inverse .navbar-nav>.open>a:hover{color:#fff;background-color:#080808}
.navbar-inverse .navbar-toggle{border-color:#333}.navbar-inverse .navbar-toggle .icon-bar{background-color:#fff}
.breadcrumb{padding:8px 15px;margin-bottom:20px;list-style:none;background-color:#f5f5f5;border-radius:4px}
.breadcrumb>li{display:inline-block}.breadcrumb>li+li:before{padding:0 5px;color:#ccc;content:"/\00a0"}.breadcrumb>.active{color:#777}
.label{display:inline;padding:.2em .6em .3em;font-size:75%;font-weight:700;line-height:1;color:#fff;text-align:center;white-space:nowrap;vertical-align:baseline;border-radius:.25em}
.label-default{background-color:#777}.label-primary{background-color:#337ab7}.label-success{background-color:#5cb85c}.label-info{background-color:#5bc0de}.label-warning{background-color:#f0ad4e}.label-danger{background-color:#d9534f}
.badge{display:inline-block;min-width:10px;padding:3px 7px;font-size:12px;font-weight:700;line-height:1;color:#fff;text-align:center;white-space:nowrap;vertical-align:middle;background-color:#777;border-radius:10px}
.jumbotron{padding-top:30px;padding-bottom:30px;margin-bottom:30px;color:inherit;background-color:#eee}
.jumbotron h1{color:inherit}.jumbotron p{margin-bottom:15px;font-size:21px;font-weight:200}
.container .jumbotron{padding-right:15px;padding-left:15px;border-radius:6px}
@media screen and (min-width:768px){.jumbotron{padding-top:48px;padding-bottom:48px}.container .jumbotron{padding-right:60px;padding-left:60px}.jumbotron h1{font-size:63px}}
.alert{padding:15px;margin-bottom:20px;border:1px solid transparent;border-radius:4px}
.alert h4{margin-top:0;color:inherit}.alert>p,.alert>ul{margin-bottom:0}
.alert-dismissable,.alert-dismissible{padding-right:35px}
.alert-dismissable .close,.alert-dismissible .close{position:relative;top:-2px;right:-21px;color:inherit}
.alert-success{color:#3c763d;background-color:#dff0d8;border-color:#d6e9c6}
.alert-info{color:#31708f;background-color:#d9edf7;border-color:#bce8f1}
.alert-warning{color:#8a6d3b;background-color:#fcf8e3;border-color:#faebcc}
.alert-danger{color:#a94442;background-color:#f2dede;border-color:#ebccd1}
.list-group{padding-left:0;margin-bottom:20px}
.list-group-item{position:relative;display:block;padding:10px 15px;margin-bottom:-1px;background-color:#fff;border:1px solid #ddd}
.list-group-item:first-child{border-top-left-radius:4px;border-top-right-radius:4px}.list-group-item:last-child{margin-bottom:0;border-bottom-right-radius:4px;border-bottom-left-radius:4px}
a.list-group-item{color:#555}a.list-group-item:focus,a.list-group-item:hover{color:#555;text-decoration:none;background-color:#f5f5f5}
.panel{margin-bottom:20px;background-color:#fff;border:1px solid transparent;border-radius:4px;-webkit-box-shadow:0 1px 1px rgba(0,0,0,.05);box-shadow:0 1px 1px rgba(0,0,0,.05)}
.panel-body{padding:15px}
.panel-heading{padding:10px 15px;border-bottom:1px solid transparent;border-top-left-radius:3px;border-top-right-radius:3px}
.panel-title{margin-top:0;margin-bottom:0;font-size:16px;color:inherit}
.panel-footer{padding:10px 15px;background-color:#f5f5f5;border-top:1px solid #ddd;border-bottom-right-radius:3px;border-bottom-left-radius:3px}
.panel>.list-group{margin-bottom:0}.panel>.list-group .list-group-item{border-width:1px 0;border-radius:0}
.panel>.panel-heading+.list-group .list-group-item:first-child{border-top-width:0}
.panel>.table{margin-bottom:0}.panel>.panel-heading+.table,.panel>.table+.panel-body{border-top:1px solid #ddd}
.panel>.table-bordered{border:0}.panel>.table-bordered>tbody>tr>td:first-child,.panel>.table-bordered>thead>tr>th:first-child{border-left:0}.panel>.table-bordered>tbody>tr>td:last-child,.panel>.table-bordered>thead>tr>th:last-child{border-right:0}
.panel-default{border-color:#ddd}.panel-default>.panel-heading{color:#333;background-color:#f5f5f5;border-color:#ddd}
.panel-primary{border-color:#337ab7}.panel-primary>.panel-heading{color:#fff;background-color:#337ab7;border-color:#337ab7}
.panel-success{border-color:#d6e9c6}.panel-success>.panel-heading{color:#3c763d;background-color:#dff0d8;border-color:#d6e9c6}
.panel-info{border-color:#bce8f1}.panel-info>.panel-heading{color:#31708f;background-color:#d9edf7;border-color:#bce8f1}
.panel-danger{border-color:#ebccd1}.panel-danger>.panel-heading{color:#a94442;background-color:#f2dede;border-color:#ebccd1}
.well{min-height:20px;padding:19px;margin-bottom:20px;background-color:#f5f5f5;border:1px solid #e3e3e3;border-radius:4px}
.close{float:right;font-size:21px;font-weight:700;line-height:1;color:#000;text-shadow:0 1px 0 #fff;filter:alpha(opacity=20);opacity:.2}
.close:focus,.close:hover{color:#000;text-decoration:none;cursor:pointer;filter:alpha(opacity=50);opacity:.5}
button.close{-webkit-appearance:none;padding:0;cursor:pointer;background:0 0;border:0}
.modal-open{overflow:hidden}
.modal{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1050;display:none;overflow:hidden;-webkit-overflow-scrolling:touch;outline:0}
.modal.fade .modal-dialog{-webkit-transition:-webkit-transform .3s ease-out;transition:transform .3s ease-out;-webkit-transform:translate(0,-25%);transform:translate(0,-25%)}
.modal.in .modal-dialog{-webkit-transform:translate(0,0);transform:translate(0,0)}
.modal-open .modal{overflow-x:hidden;overflow-y:auto}
.modal-dialog{position:relative;width:auto;margin:10px}
.modal-content{position:relative;background-color:#fff;-webkit-background-clip:padding-box;background-clip:padding-box;border:1px solid #999;border:1px solid rgba(0,0,0,.2);border-radius:6px;outline:0;-webkit-box-shadow:0 3px 9px rgba(0,0,0,.5);box-shadow:0 3px 9px rgba(0,0,0,.5)}
.modal-backdrop{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1040;background-color:#000}
.modal-backdrop.fade{filter:alpha(opacity=0);opacity:0}.modal-backdrop.in{filter:alpha(opacity=50);opacity:.5}
.modal-header{padding:15px;border-bottom:1px solid #e5e5e5}.modal-header .close{margin-top:-2px}
.modal-title{margin:0;line-height:1.42857143}
.modal-body{position:relative;padding:15px}
.modal-footer{padding:15px;text-align:right;border-top:1px solid #e5e5e5}.modal-footer .btn+.btn{margin-bottom:0;margin-left:5px}
@media (min-width:768px){.modal-dialog{width:600px;margin:30px auto}.modal-content{-webkit-box-shadow:0 5px 15px rgba(0,0,0,.5);box-shadow:0 5px 15px rgba(0,0,0,.5)}.modal-sm{width:300px}}
@media (min-width:992px){.modal-lg{width:900px}}
.clearfix:after,.clearfix:before,.container-fluid:after,.container-fluid:before,.container:after,.container:before,.form-horizontal .form-group:after,.form-horizontal .form-group:before,.modal-footer:after,.modal-footer:before,.modal-header:after,.modal-header:before,.nav:after,.nav:before,.navbar-collapse:after,.navbar-collapse:before,.navbar-header:after,.navbar-header:before,.navbar:after,.navbar:before,.panel-body:after,.panel-body:before,.row:after,.row:before{display:table;content:" "}
.clearfix:after,.container-fluid:after,.container:after,.form-horizontal .form-group:after,.modal-footer:after,.modal-header:after,.nav:after,.navbar-collapse:after,.navbar-header:after,.navbar:after,.panel-body:after,.row:after{clear:both}
.center-block{display:block;margin-right:auto;margin-left:auto}.pull-right{float:right!important}.pull-left{float:left!important}
.hide{display:none!important}.show{display:block!important}.hidden{display:none!important}
.glyphicon{position:relative;top:1px;display:inline-block;font-family:"Segoe UI Symbol","DejaVu Sans",sans-serif;font-style:normal;font-weight:400;line-height:1;-webkit-font-smoothing:antialiased}
.glyphicon-refresh:before{content:"\21bb"}.glyphicon-lock:before{content:"\1f512";font-size:.85em}.glyphicon-log-in:before{content:"\2192"}
.glyphicon-user:before{content:"\25cf"}.glyphicon-ok:before{content:"\2713"}.glyphicon-remove:before{content:"\2715"}
.glyphicon-home:before{content:"\2302"}.glyphicon-time:before{content:"\25f7"}.glyphicon-info-sign:before{content:"\24d8"}
`}`;

const SELECT_CSS = `/*!
 * ui-select
 * http://github.com/angular-ui/ui-select
 * Version: 0.19.8 - 2017-04-18T05:43:43.673Z
 * License: MIT
 */${`
.ui-select-highlight{font-weight:700}
.ui-select-offscreen{clip:rect(0 0 0 0)!important;width:1px!important;height:1px!important;border:0!important;margin:0!important;padding:0!important;overflow:hidden!important;position:absolute!important;outline:0!important;left:0;top:0}
.ui-select-choices-row:hover{background-color:#f5f5f5}
.ng-dirty.ng-invalid>a.select2-choice{border-color:#D44950}
.ui-select-container[theme=bootstrap].direction-up .ui-select-dropdown{box-shadow:0 -4px 8px rgba(0,0,0,.25)}
.ui-select-bootstrap .ui-select-toggle{position:relative}
.ui-select-bootstrap .ui-select-toggle>.caret{position:absolute;height:10px;top:50%;right:10px;margin-top:-2px}
.input-group>.ui-select-bootstrap.dropdown{position:static}
.input-group>.ui-select-bootstrap>input.ui-select-search.form-control{border-radius:4px;border-top-right-radius:0;border-bottom-right-radius:0}
.ui-select-bootstrap .ui-select-search-hidden{opacity:0;height:0;min-height:0;padding:0;margin:0;border:0}
.ui-select-bootstrap>.ui-select-match>.btn{text-align:left!important}
.ui-select-bootstrap>.ui-select-match>.caret{position:absolute;top:45%;right:15px}
.ui-select-bootstrap>.ui-select-choices,.ui-select-bootstrap>.ui-select-no-choice{width:100%;height:auto;max-height:200px;overflow-x:hidden;margin-top:-1px}
body>.ui-select-bootstrap.open{z-index:1000}
.ui-select-bootstrap .ui-select-choices-row>span{cursor:pointer;display:block;padding:3px 20px;clear:both;font-weight:400;line-height:1.42857143;color:#333;white-space:nowrap}
.ui-select-bootstrap .ui-select-choices-row>span:focus,.ui-select-bootstrap .ui-select-choices-row>span:hover{text-decoration:none;color:#262626;background-color:#f5f5f5}
.ui-select-bootstrap .ui-select-choices-row.active>span{color:#fff;text-decoration:none;outline:0;background-color:#428bca}
.ui-select-bootstrap .ui-select-choices-row.active.disabled>span,.ui-select-bootstrap .ui-select-choices-row.disabled>span{color:#777;cursor:not-allowed;background-color:#fff}
.ui-select-match.ng-hide-add,.ui-select-search.ng-hide-add{display:none!important}
.ui-select-bootstrap.ng-dirty.ng-invalid>button.btn.ui-select-match{border-color:#D44950}
.ui-select-container[theme=bootstrap].direction-up .ui-select-dropdown{box-shadow:0 -4px 8px rgba(0,0,0,.25)}
.ui-select-bootstrap .ui-select-match-text{width:100%;padding-right:1em}
.ui-select-bootstrap .ui-select-match-text span{display:inline-block;width:100%;overflow:hidden}
.ui-select-bootstrap .ui-select-toggle>a.btn{position:absolute;height:10px;right:10px;margin-top:-2px}
.ui-select-refreshing.glyphicon{position:absolute;right:0;padding:8px 27px}
.btn-default-focus{color:#333;background-color:#EBEBEB;border-color:#ADADAD;text-decoration:none;outline:-webkit-focus-ring-color auto 5px;outline-offset:-2px;box-shadow:inset 0 1px 1px rgba(0,0,0,.075),0 0 8px rgba(102,175,233,.6)}
.ui-select-bootstrap .ui-select-search{width:100%}
`}`;

const SITE_CSS = `/* angular-loading-bar v0.9.0 */
#loading-bar,#loading-bar-spinner{pointer-events:none;-webkit-pointer-events:none;-webkit-transition:350ms linear all;transition:350ms linear all}
#loading-bar-spinner.ng-enter,#loading-bar-spinner.ng-leave.ng-leave-active,#loading-bar.ng-enter,#loading-bar.ng-leave.ng-leave-active{opacity:0}
#loading-bar-spinner.ng-enter.ng-enter-active,#loading-bar-spinner.ng-leave,#loading-bar.ng-enter.ng-enter-active,#loading-bar.ng-leave{opacity:1}
#loading-bar .bar{-webkit-transition:width 350ms;transition:width 350ms;background:#f39c12;position:fixed;z-index:10002;top:0;left:0;width:100%;height:2px;border-bottom-right-radius:1px;border-top-right-radius:1px}
#loading-bar .peg{position:absolute;width:70px;right:0;top:0;height:2px;opacity:.45;box-shadow:#f39c12 1px 0 6px 1px;border-radius:100%}
#loading-bar-spinner{display:block;position:fixed;z-index:10002;top:10px;left:10px}
#loading-bar-spinner .spinner-icon{width:14px;height:14px;border:solid 2px transparent;border-top-color:#f39c12;border-left-color:#f39c12;border-radius:50%;-webkit-animation:loading-bar-spinner 400ms linear infinite;animation:loading-bar-spinner 400ms linear infinite}
@-webkit-keyframes loading-bar-spinner{0%{-webkit-transform:rotate(0)}100%{-webkit-transform:rotate(360deg)}}
@keyframes loading-bar-spinner{0%{transform:rotate(0)}100%{transform:rotate(360deg)}}

/* e-Invoice System */
body{background:#eef2f6}
.site-header{background:#fff;border-bottom:3px solid #f39c12}
.site-header .container{display:flex;align-items:center;height:66px}
.site-header .emblem{width:46px;height:46px;border-radius:50%;background:#1f4e79;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:13px;letter-spacing:.5px;margin-right:12px;border:3px solid #f6c35b}
.site-header .brand-title{font-size:21px;font-weight:600;color:#1f4e79;line-height:1.2}
.site-header .brand-sub{font-size:12px;color:#6b7785}
.site-header .header-right{margin-left:auto;text-align:right;font-size:12px;color:#6b7785}
.site-header .header-right strong{color:#1f4e79}
.einv-navbar.navbar-inverse{background-color:#1f4e79;border-color:#173b5c;margin-bottom:20px}
.einv-navbar.navbar-inverse .navbar-brand{color:#fff;font-weight:600}
.einv-navbar.navbar-inverse .navbar-nav>li>a{color:#dce6f1}
.einv-navbar.navbar-inverse .navbar-nav>li>a:focus,.einv-navbar.navbar-inverse .navbar-nav>li>a:hover{color:#fff;background-color:#255d91}
.einv-navbar.navbar-inverse .navbar-nav>.active>a,.einv-navbar.navbar-inverse .navbar-nav>.active>a:focus,.einv-navbar.navbar-inverse .navbar-nav>.active>a:hover,.einv-navbar.navbar-inverse .navbar-nav>.open>a,.einv-navbar.navbar-inverse .navbar-nav>.open>a:focus,.einv-navbar.navbar-inverse .navbar-nav>.open>a:hover{color:#fff;background-color:#173b5c}
.dropdown-submenu{position:relative}
.dropdown-submenu>.dropdown-menu{top:0;left:100%;margin-top:-6px;margin-left:-1px;border-radius:0 6px 6px 6px}
.dropdown-submenu:hover>.dropdown-menu,.dropdown-submenu.open>.dropdown-menu{display:block}
.dropdown-submenu>a:after{display:block;content:" ";float:right;width:0;height:0;border-color:transparent;border-style:solid;border-width:5px 0 5px 5px;border-left-color:#ccc;margin-top:5px;margin-right:-10px}
.dropdown-submenu:hover>a,.dropdown-submenu.open>a{color:#262626;background-color:#f5f5f5}
.main-container{position:relative;min-height:460px;padding-bottom:30px}
.view-frame.ng-enter,.view-frame.ng-leave{-webkit-transition:opacity .25s linear;transition:opacity .25s linear}
.view-frame.ng-enter{opacity:0}.view-frame.ng-enter.ng-enter-active{opacity:1}
.view-frame.ng-leave{opacity:1;position:absolute;top:0;left:15px;right:15px}.view-frame.ng-leave.ng-leave-active{opacity:0}
.home-hero{background:#fff;border:1px solid #dde3ea;border-radius:4px}
.container .jumbotron.home-hero{padding:30px 40px}
.home-hero h1{font-size:40px;color:#1f4e79;margin-top:0}
.home-hero .lead{font-size:18px}
.hero-stat{background:#f5f8fb;border:1px solid #e1e8ef;border-radius:4px;padding:10px 14px;margin-bottom:10px}
.hero-stat-value{display:block;font-size:24px;color:#1f4e79;font-weight:600}
.hero-stat-label{font-size:12px;color:#6b7785}
.panel-login{margin-top:10px}
.panel-login .panel-heading{background:#1f4e79;color:#fff;border-color:#1f4e79}
.captcha-wrap{margin-bottom:8px}
.captcha-image{border:1px solid #ccc;border-radius:3px;margin-right:8px}
.btn-captcha-refresh{margin-top:10px}
.login-links{margin:12px 0 0;font-size:13px}
.otp-info{font-size:13px}
.otp-actions{margin-top:12px;font-size:13px}
.dash-header{margin-top:0}
.dash-card .panel-body{min-height:88px}
.dash-count{font-size:32px;font-weight:300;color:#1f4e79;line-height:1.1}
.irn-cell{font-family:Menlo,Consolas,monospace;font-size:12px}
.api-otp-form .form-group{margin-right:8px}
.api-otp-form .resend-otp{margin-left:10px}
.api-otp-form .help-block{margin-bottom:0}
.api-user-form .radio-inline{margin-right:6px}
.form-actions{margin-top:20px;margin-bottom:0}
.form-actions .btn{min-width:90px}
.advisory-list{padding-left:18px}.advisory-list li{margin-bottom:8px}
.site-footer{background:#1f2d3d;color:#aab7c4;font-size:12px;padding:16px 0 8px}
.site-footer p{margin-bottom:6px}
`;

// ---------------------------------------------------------------------------------------------------
// The shell page and the view templates (bundled into app.min.js as $templateCache entries).
// ---------------------------------------------------------------------------------------------------

const INDEX_HTML = `<!DOCTYPE html>
<html lang="en" ng-app="einvoiceApp" ng-strict-di="">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="fragment" content="!">
  <title>e-Invoice System</title>
  <link rel="stylesheet" href="content/css/bootstrap.min.css">
  <link rel="stylesheet" href="content/css/select.min.css">
  <link rel="stylesheet" href="content/css/site.css">
</head>
<body ng-controller="AppController as app">
  <header class="site-header">
    <div class="container">
      <div class="emblem" aria-hidden="true">IRP</div>
      <div>
        <div class="brand-title">e-Invoice System</div>
        <div class="brand-sub">Invoice Registration Portal &middot; Goods and Services Tax</div>
      </div>
      <div class="header-right">
        <div>Helpdesk: <strong>1800 103 4786</strong></div>
        <div>support.einv.api@gov.in</div>
      </div>
    </div>
  </header>
  <nav class="navbar navbar-inverse navbar-static-top einv-navbar" role="navigation">
    <div class="container">
      <div class="navbar-header">
        <button type="button" class="navbar-toggle" ng-click="app.navCollapsed = !app.navCollapsed">
          <span class="sr-only">Toggle navigation</span>
          <span class="icon-bar"></span>
          <span class="icon-bar"></span>
          <span class="icon-bar"></span>
        </button>
        <a class="navbar-brand" href="#!/home">e-Invoice System</a>
      </div>
      <div class="collapse navbar-collapse" uib-collapse="app.navCollapsed">
        <ul class="nav navbar-nav" ng-if="!app.user">
          <li ng-class="{active: app.isActive('/home')}"><a href="#!/home">Home</a></li>
        </ul>
        <ul class="nav navbar-nav main-menu" ng-if="app.user">
          <li ng-class="{active: app.isActive('/dashboard')}"><a href="#!/dashboard">Dash Board</a></li>
          <li class="dropdown" uib-dropdown="">
            <a href="" class="dropdown-toggle" uib-dropdown-toggle="" aria-haspopup="true" aria-expanded="false">e-Invoice <span class="caret"></span></a>
            <ul class="dropdown-menu" uib-dropdown-menu="" role="menu">
              <li role="menuitem"><a href="#!/page/generate-irn">Generate IRN</a></li>
              <li role="menuitem"><a href="#!/page/bulk-upload">Bulk Upload</a></li>
              <li role="menuitem"><a href="#!/page/cancel-irn">Cancel IRN</a></li>
              <li role="menuitem"><a href="#!/page/print-e-invoice">Print e-Invoice</a></li>
            </ul>
          </li>
          <li class="dropdown" uib-dropdown="" on-toggle="app.onMenuToggle(open)" ng-class="{active: app.isActive('/api/create')}">
            <a href="" class="dropdown-toggle" uib-dropdown-toggle="" aria-haspopup="true" aria-expanded="false">API Registration <span class="caret"></span></a>
            <ul class="dropdown-menu" uib-dropdown-menu="" role="menu">
              <li class="dropdown-submenu" ng-class="{open: app.menu.userCredentials}">
                <a href="" tabindex="-1" ng-click="app.toggleSubmenu($event, 'userCredentials')">User Credentials</a>
                <ul class="dropdown-menu">
                  <li role="menuitem"><a href="#!/api/create">Create API User</a></li>
                  <li role="menuitem"><a href="#!/page/view-api-users">View API Users</a></li>
                </ul>
              </li>
              <li role="menuitem"><a href="#!/page/ip-whitelisting">IP Whitelisting</a></li>
              <li role="menuitem"><a href="#!/page/freeze-api-user">Freeze API User</a></li>
              <li role="menuitem"><a href="#!/page/change-api-password">Change API Password</a></li>
            </ul>
          </li>
          <li class="dropdown" uib-dropdown="">
            <a href="" class="dropdown-toggle" uib-dropdown-toggle="" aria-haspopup="true" aria-expanded="false">MIS Reports <span class="caret"></span></a>
            <ul class="dropdown-menu" uib-dropdown-menu="" role="menu">
              <li role="menuitem"><a href="#!/page/irn-details">IRN Details</a></li>
              <li role="menuitem"><a href="#!/page/summary-report">Summary Report</a></li>
              <li role="menuitem"><a href="#!/page/cancelled-irn-report">Cancelled IRN Report</a></li>
            </ul>
          </li>
          <li class="dropdown" uib-dropdown="">
            <a href="" class="dropdown-toggle" uib-dropdown-toggle="" aria-haspopup="true" aria-expanded="false">User Management <span class="caret"></span></a>
            <ul class="dropdown-menu" uib-dropdown-menu="" role="menu">
              <li role="menuitem"><a href="#!/page/create-sub-user">Create Sub User</a></li>
              <li role="menuitem"><a href="#!/page/update-sub-user">Update Sub User</a></li>
            </ul>
          </li>
        </ul>
        <ul class="nav navbar-nav navbar-right">
          <li ng-hide="app.user" ng-class="{active: app.isActive('/login')}"><a href="#!/login" id="lnkLogin"><span class="glyphicon glyphicon-log-in" aria-hidden="true"></span> Login</a></li>
        </ul>
        <ul class="nav navbar-nav navbar-right user-menu" ng-if="app.user">
          <li class="dropdown" uib-dropdown="">
            <a href="" class="dropdown-toggle" uib-dropdown-toggle="" aria-haspopup="true" aria-expanded="false"><span class="glyphicon glyphicon-user" aria-hidden="true"></span> {{app.user.gstin}} <span class="caret"></span></a>
            <ul class="dropdown-menu" uib-dropdown-menu="" role="menu">
              <li class="dropdown-header">{{app.user.tradeName}}</li>
              <li role="menuitem"><a href="#!/page/my-profile">My Profile</a></li>
              <li role="menuitem"><a href="#!/page/change-password">Change Password</a></li>
              <li class="divider"></li>
              <li role="menuitem"><a href="" ng-click="app.logout()">Logout</a></li>
            </ul>
          </li>
        </ul>
      </div>
    </div>
  </nav>
  <div class="container main-container">
    <!-- ngView:  --><div ng-view="" class="view-frame"></div>
  </div>
  <footer class="site-footer">
    <div class="container">
      <p>Site is designed, developed and hosted by National Informatics Centre (NIC), Ministry of Electronics &amp; Information Technology, Government of India. Contents on this website are owned by GST Council.</p>
      <p>Best viewed in Chrome 60+, Firefox 55+ and IE 11 at 1280 x 768 resolution. Version 1.03</p>
    </div>
  </footer>
  <script src="scripts/app.min.js"></script>
</body>
</html>
`;

const ALERTS = `<div uib-alert="" ng-repeat="alert in vm.alerts" class="alert" ng-class="'alert-' + (alert.type || 'warning')" type="{{alert.type}}" close="vm.closeAlert($index)" role="alert"><button ng-show="closeable" type="button" class="close" ng-click="close({$event: $event})"><span aria-hidden="true">&times;</span><span class="sr-only">Close</span></button><div ng-transclude=""><span class="ng-scope">{{alert.msg}}</span></div></div>`;

const VIEWS: Record<string, string> = {
  'views/home.html': `<div class="home-page">
  <div class="jumbotron home-hero">
    <div class="row">
      <div class="col-md-8">
        <h1>e-Invoice System</h1>
        <p class="lead">Report your B2B invoices to the Invoice Registration Portal (IRP) and get the Invoice Reference Number (IRN) and the signed QR code.</p>
        <p class="text-muted">Taxpayers can generate e-invoices on this portal, through the APIs of their GSP, or directly from their ERP systems.</p>
      </div>
      <div class="col-md-4">
        <div class="hero-stat" ng-repeat="stat in vm.stats"><span class="hero-stat-value">{{stat.value}}</span><span class="hero-stat-label">{{stat.label}}</span></div>
      </div>
    </div>
  </div>
  <div class="row">
    <div class="col-md-8">
      <div class="panel panel-default">
        <div class="panel-heading"><h3 class="panel-title">Latest Updates</h3></div>
        <div class="list-group">
          <a href="" class="list-group-item" ng-repeat="update in vm.updates"><span class="label label-info">{{update.date}}</span> {{update.title}}</a>
        </div>
      </div>
    </div>
    <div class="col-md-4">
      <div class="panel panel-default">
        <div class="panel-heading"><h3 class="panel-title">Help</h3></div>
        <div class="list-group">
          <a href="" class="list-group-item">User Manual</a>
          <a href="" class="list-group-item">FAQs</a>
          <a href="" class="list-group-item">API Documentation</a>
          <a href="" class="list-group-item">e-Invoice Schema</a>
        </div>
      </div>
    </div>
  </div>
</div>`,

  'views/login.html': `<div class="row login-page">
  <div class="col-md-4 col-md-offset-4 col-sm-6 col-sm-offset-3">
    <div class="panel panel-default panel-login" ng-if="vm.step === 'credentials'">
      <div class="panel-heading"><h3 class="panel-title">Login</h3></div>
      <div class="panel-body">
        ${ALERTS}
        <form name="vm.loginForm" role="form" novalidate="" autocomplete="off" ng-submit="vm.login()">
          <div class="form-group" ng-class="{'has-error': vm.loginForm.username.$touched && vm.loginForm.username.$invalid}">
            <label for="txtUserName" class="control-label">Username</label>
            <input type="text" class="form-control" id="txtUserName" name="username" placeholder="Enter Username" ng-model="vm.credentials.userName" required="" maxlength="15" autocomplete="off">
            <span class="help-block" ng-show="vm.loginForm.username.$touched && vm.loginForm.username.$error.required">Please enter Username.</span>
          </div>
          <div class="form-group" ng-class="{'has-error': vm.loginForm.password.$touched && vm.loginForm.password.$invalid}">
            <label for="txtPassword" class="control-label">Password</label>
            <input type="password" class="form-control" id="txtPassword" name="password" placeholder="Enter Password" ng-model="vm.credentials.password" required="" autocomplete="off">
            <span class="help-block" ng-show="vm.loginForm.password.$touched && vm.loginForm.password.$error.required">Please enter Password.</span>
          </div>
          <div class="form-group" ng-class="{'has-error': vm.loginForm.captcha.$touched && vm.loginForm.captcha.$invalid}">
            <label for="txtCaptcha" class="control-label">Captcha</label>
            <div class="captcha-wrap clearfix">
              <img id="imgCaptcha" class="captcha-image pull-left" ng-src="api/captcha/image?v={{vm.captchaStamp}}" alt="Captcha image" width="150" height="50">
              <button type="button" class="btn btn-default btn-sm btn-captcha-refresh" title="Refresh Captcha" aria-label="Refresh Captcha" ng-click="vm.refreshCaptcha()"><span class="glyphicon glyphicon-refresh" aria-hidden="true"></span></button>
            </div>
            <input type="text" class="form-control" id="txtCaptcha" name="captcha" placeholder="Enter the characters shown above" ng-model="vm.credentials.captcha" required="" maxlength="6" autocomplete="off">
            <span class="help-block" ng-show="vm.loginForm.captcha.$touched && vm.loginForm.captcha.$error.required">Please enter the Captcha.</span>
          </div>
          <button type="submit" class="btn btn-primary btn-block btnlogin" ng-disabled="vm.loginForm.$invalid || vm.busy"><span ng-hide="vm.busy">Login</span><span ng-show="vm.busy">Please wait...</span></button>
          <p class="login-links text-center"><a href="">Forgot Username</a> &middot; <a href="">Forgot Password</a></p>
        </form>
      </div>
    </div>
    <div class="panel panel-default panel-login" ng-if="vm.step === 'otp'">
      <div class="panel-heading"><h3 class="panel-title">Two Factor Authentication</h3></div>
      <div class="panel-body">
        ${ALERTS}
        <p class="otp-info text-info">{{vm.otpMessage}}</p>
        <form name="vm.otpForm" role="form" novalidate="" autocomplete="off" ng-submit="vm.verifyOtp()">
          <div class="form-group" ng-class="{'has-error': vm.otpForm.otp.$touched && vm.otpForm.otp.$invalid}">
            <label for="txtOtp" class="control-label">Enter OTP</label>
            <input type="text" class="form-control" id="txtOtp" name="otp" placeholder="Enter OTP" ng-model="vm.otp" required="" ng-pattern="/^[0-9]{6}$/" maxlength="6" autocomplete="off" inputmode="numeric">
            <span class="help-block" ng-show="vm.otpForm.otp.$touched && vm.otpForm.otp.$error.required">Please enter the OTP.</span>
            <span class="help-block" ng-show="vm.otpForm.otp.$touched && vm.otpForm.otp.$error.pattern">OTP should be a 6 digit number.</span>
          </div>
          <button type="submit" class="btn btn-primary btn-block" id="btnVerifyOTP" ng-disabled="vm.otpForm.$invalid || vm.busy">Verify OTP</button>
          <div class="otp-actions clearfix">
            <a href="" class="pull-left" ng-click="vm.backToLogin()">&laquo; Back to Login</a>
            <span class="pull-right"><a href="" ng-show="vm.resendIn === 0" ng-click="vm.resendOtp()">Resend OTP</a><span class="text-muted" ng-show="vm.resendIn > 0">Resend OTP in {{vm.resendIn}} s</span></span>
          </div>
        </form>
      </div>
    </div>
  </div>
</div>`,

  'views/dashboard.html': `<div class="dashboard-page">
  ${ALERTS}
  <div class="page-header dash-header">
    <h3>Dash Board <small>{{vm.data.tradeName}}</small></h3>
    <p class="text-muted">GSTIN: <strong>{{app.user.gstin}}</strong> &middot; Last login: {{vm.data.lastLogin}}</p>
  </div>
  <div class="row dash-cards">
    <div class="col-sm-3"><div class="panel panel-primary dash-card"><div class="panel-heading"><h3 class="panel-title">Generations</h3></div><div class="panel-body"><div class="dash-count">{{vm.data.generations}}</div><div class="text-muted">IRNs generated this month</div></div></div></div>
    <div class="col-sm-3"><div class="panel panel-danger dash-card"><div class="panel-heading"><h3 class="panel-title">Cancelled</h3></div><div class="panel-body"><div class="dash-count">{{vm.data.cancelled}}</div><div class="text-muted">IRNs cancelled this month</div></div></div></div>
    <div class="col-sm-3"><div class="panel panel-info dash-card"><div class="panel-heading"><h3 class="panel-title">Bulk Uploads</h3></div><div class="panel-body"><div class="dash-count">{{vm.data.bulkUploads}}</div><div class="text-muted">files uploaded this month</div></div></div></div>
    <div class="col-sm-3"><div class="panel panel-success dash-card"><div class="panel-heading"><h3 class="panel-title">API Users</h3></div><div class="panel-body"><div class="dash-count">{{vm.data.apiUsers}}</div><div class="text-muted">active API users</div></div></div></div>
  </div>
  <div class="panel panel-default">
    <div class="panel-heading"><h3 class="panel-title">Recently generated IRNs</h3></div>
    <table class="table table-striped table-condensed">
      <thead><tr><th>Document No.</th><th>Document Date</th><th>Recipient GSTIN</th><th>IRN</th><th>Status</th></tr></thead>
      <tbody><tr ng-repeat="irn in vm.data.recent"><td>{{irn.docNo}}</td><td>{{irn.docDate}}</td><td>{{irn.buyer}}</td><td class="irn-cell">{{irn.irn}}</td><td><span class="label" ng-class="irn.status === 'Active' ? 'label-success' : 'label-default'">{{irn.status}}</span></td></tr></tbody>
    </table>
  </div>
</div>`,

  'views/api-create.html': `<div class="api-registration-page">
  <ol class="breadcrumb"><li><a href="#!/dashboard">Dash Board</a></li><li>API Registration</li><li>User Credentials</li><li class="active">Create API User</li></ol>
  <div class="panel panel-primary">
    <div class="panel-heading"><h3 class="panel-title">API Registration</h3></div>
    <div class="panel-body">
      ${ALERTS}
      <div class="api-otp-section" ng-if="!vm.otpVerified">
        <p>Creating an API user needs verification with an OTP sent to the mobile number registered for GSTIN <strong>{{vm.gstin}}</strong>.</p>
        <div class="form-group" ng-hide="vm.otpSent">
          <button type="button" id="btnGetOtp" class="btn btn-primary" ng-click="vm.sendOtp(false)" ng-disabled="vm.busy">Get OTP</button>
        </div>
        <form name="vm.otpForm" class="form-inline api-otp-form" novalidate="" autocomplete="off" ng-if="vm.otpSent" ng-submit="vm.verifyOtp()">
          <p class="text-success"><span class="glyphicon glyphicon-ok" aria-hidden="true"></span> {{vm.otpMessage}}</p>
          <div class="form-group" ng-class="{'has-error': vm.otpForm.otp.$touched && vm.otpForm.otp.$invalid}">
            <label for="txtApiOtp" class="control-label">Enter OTP</label>
            <input type="text" id="txtApiOtp" name="otp" class="form-control" ng-model="vm.otp" required="" ng-pattern="/^[0-9]{6}$/" maxlength="6" placeholder="6 digit OTP" autocomplete="off" inputmode="numeric">
          </div>
          <button type="submit" class="btn btn-primary" id="btnVerifyApiOtp" ng-disabled="vm.otpForm.$invalid || vm.busy">Verify OTP</button>
          <span class="resend-otp"><a href="" ng-show="vm.resendIn === 0" ng-click="vm.sendOtp(true)">Resend OTP</a><span class="text-muted" ng-show="vm.resendIn > 0">Resend OTP in {{vm.resendIn}} s</span></span>
          <p class="help-block">The OTP is valid for 10 minutes.</p>
        </form>
      </div>
      <form name="vm.regForm" class="form-horizontal api-user-form" novalidate="" autocomplete="off" ng-if="vm.otpVerified && !vm.created">
        <div class="form-group">
          <label class="col-sm-3 control-label">Do you wish to Register your GSTIN for</label>
          <div class="col-sm-9">
            <label class="radio-inline"><input type="radio" name="regType" ng-model="vm.reg.type" value="DIRECT" required=""> Directly</label>
            <label class="radio-inline"><input type="radio" name="regType" ng-model="vm.reg.type" value="GSP" required=""> Through GSP</label>
            <label class="radio-inline"><input type="radio" name="regType" ng-model="vm.reg.type" value="ERP" required=""> Through ERP</label>
            <label class="radio-inline"><input type="radio" name="regType" ng-model="vm.reg.type" value="OTHER" required=""> Through Client-Id of other</label>
          </div>
        </div>
        <div class="form-group reg-type-note" ng-if="vm.reg.type && vm.reg.type !== 'GSP'">
          <div class="col-sm-offset-3 col-sm-7"><div class="alert alert-info">{{vm.typeNote()}}</div></div>
        </div>
        <div class="gsp-fields" ng-if="vm.reg.type === 'GSP'">
          <div class="form-group" ng-class="{'has-error': vm.regForm.gsp.$touched && vm.regForm.gsp.$invalid}">
            <label class="col-sm-3 control-label">Select your GSP</label>
            <div class="col-sm-6">
              <ui-select ng-model="vm.reg.gsp" name="gsp" theme="bootstrap" required="" title="Select your GSP">
                <ui-select-match placeholder="Select your GSP">{{$select.selected.gspName}}</ui-select-match>
                <ui-select-choices repeat="gsp in vm.gsps | filter: {gspName: $select.search}"><span ng-bind-html="gsp.gspName | highlight: $select.search"></span></ui-select-choices>
              </ui-select>
              <span class="help-block" ng-show="vm.regForm.gsp.$touched && vm.regForm.gsp.$error.required">Please select your GSP.</span>
            </div>
          </div>
          <div class="form-group" ng-class="{'has-error': (vm.regForm.userName.$touched || vm.regForm.userName.$dirty) && vm.regForm.userName.$invalid}">
            <label for="txtApiUserName" class="col-sm-3 control-label">Username</label>
            <div class="col-sm-6">
              <div class="input-group"><span class="input-group-addon">API_</span><input type="text" id="txtApiUserName" name="userName" class="form-control" ng-model="vm.reg.userName" required="" ng-pattern="/^[A-Za-z0-9_.-]{3,30}$/" maxlength="34" placeholder="Username" autocomplete="off"></div>
              <span class="help-block" ng-show="vm.regForm.userName.$touched && vm.regForm.userName.$error.required">Please enter Username.</span>
              <span class="help-block" ng-show="vm.regForm.userName.$error.pattern">Username should be 3 to 30 characters long and may contain letters, digits, underscore (_), dot (.) and hyphen (-).</span>
              <span class="help-block" ng-show="vm.regForm.userName.$valid">Your API username will be <strong>{{vm.apiUserName()}}</strong></span>
            </div>
          </div>
          <div class="form-group" ng-class="{'has-error': vm.regForm.password.$touched && vm.regForm.password.$invalid}">
            <label for="txtApiPassword" class="col-sm-3 control-label">Password</label>
            <div class="col-sm-6">
              <input type="password" id="txtApiPassword" name="password" class="form-control" ng-model="vm.reg.password" required="" ng-pattern="/^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}$/" placeholder="Password" autocomplete="new-password">
              <span class="help-block">8 to 15 characters, with at least one upper case letter, one lower case letter, one digit and one special character.</span>
            </div>
          </div>
          <div class="form-group" ng-class="{'has-error': vm.regForm.confirmPassword.$touched && vm.regForm.confirmPassword.$invalid}">
            <label for="txtApiConfirmPassword" class="col-sm-3 control-label">Re-enter Password</label>
            <div class="col-sm-6">
              <input type="password" id="txtApiConfirmPassword" name="confirmPassword" class="form-control" ng-model="vm.reg.confirmPassword" required="" compare-to="vm.reg.password" placeholder="Re-enter Password" autocomplete="new-password">
              <span class="help-block" ng-show="vm.regForm.confirmPassword.$touched && vm.regForm.confirmPassword.$error.required">Please re-enter the Password.</span>
              <span class="help-block" ng-show="vm.regForm.confirmPassword.$touched && vm.regForm.confirmPassword.$error.compareTo">Password and Re-enter Password do not match.</span>
            </div>
          </div>
        </div>
        <div class="form-group form-actions">
          <div class="col-sm-offset-3 col-sm-9">
            <button type="button" class="btn btn-primary" id="btnSubmit" ng-click="vm.submit()" ng-disabled="vm.regForm.$invalid || vm.reg.type !== 'GSP' || vm.busy">Submit</button>
            <button type="button" class="btn btn-danger" id="btnExit" ng-click="vm.exit()">Exit</button>
          </div>
        </div>
      </form>
      <div class="api-user-created" ng-if="vm.created">
        <p>Please note the API username and password: your GSP needs them for the Authentication API.</p>
        <a href="#!/dashboard" class="btn btn-default">Back to Dash Board</a>
      </div>
    </div>
  </div>
  <div class="panel panel-default" ng-if="vm.registrations.length > 0">
    <div class="panel-heading"><h3 class="panel-title">GSPs registered for GSTIN {{vm.gstin}}</h3></div>
    <table class="table table-bordered table-condensed table-striped">
      <thead><tr><th>Sl. No.</th><th>GSP Name</th><th>API Username</th><th>Created On</th><th>Status</th></tr></thead>
      <tbody><tr ng-repeat="r in vm.registrations"><td>{{$index + 1}}</td><td>{{r.gsp}}</td><td>{{r.username}}</td><td>{{r.createdOn}}</td><td><span class="label label-success">{{r.status}}</span></td></tr></tbody>
    </table>
  </div>
</div>`,

  'views/page.html': `<div class="generic-page">
  <ol class="breadcrumb"><li><a href="#!/dashboard">Dash Board</a></li><li class="active">{{vm.title}}</li></ol>
  <div class="panel panel-default">
    <div class="panel-heading"><h3 class="panel-title">{{vm.title}}</h3></div>
    <div class="panel-body"><p class="text-muted">No records found.</p></div>
  </div>
</div>`,

  'views/modals/technical-contact.html': String.raw`<div class="modal-header">
  <button type="button" class="close" aria-label="Close" ng-click="$dismiss('cancel')"><span aria-hidden="true">&times;</span></button>
  <h4 class="modal-title" id="modal-title">Contacts of Technical Person</h4>
</div>
<div class="modal-body" id="modal-body">
  <p>Please verify the details of the technical person of your organisation. Communications on API access, system changes and outages of the e-Invoice System are sent to this contact.</p>
  ${ALERTS}
  <form name="vm.contactForm" class="form-horizontal" novalidate="" autocomplete="off">
    <div class="form-group" ng-class="{'has-error': vm.contactForm.name.$dirty && vm.contactForm.name.$invalid}">
      <label for="txtTechName" class="col-sm-4 control-label">Name</label>
      <div class="col-sm-7"><input type="text" id="txtTechName" name="name" class="form-control" ng-model="vm.contact.name" required="" maxlength="60"></div>
    </div>
    <div class="form-group" ng-class="{'has-error': vm.contactForm.mobile.$dirty && vm.contactForm.mobile.$invalid}">
      <label for="txtTechMobile" class="col-sm-4 control-label">Mobile Number</label>
      <div class="col-sm-7"><input type="text" id="txtTechMobile" name="mobile" class="form-control" ng-model="vm.contact.mobile" required="" ng-pattern="/^[6-9][0-9]{9}$/" maxlength="10"></div>
    </div>
    <div class="form-group" ng-class="{'has-error': vm.contactForm.email.$dirty && vm.contactForm.email.$invalid}">
      <label for="txtTechEmail" class="col-sm-4 control-label">Email Id</label>
      <div class="col-sm-7"><input type="text" id="txtTechEmail" name="email" class="form-control" ng-model="vm.contact.email" required="" ng-pattern="/^[^@\s]+@[^@\s]+\.[^@\s]+$/" maxlength="80"></div>
    </div>
  </form>
</div>
<div class="modal-footer">
  <button type="button" class="btn btn-primary" ng-click="vm.update()" ng-disabled="vm.contactForm.$invalid || vm.busy">Update</button>
  <button type="button" class="btn btn-danger" ng-click="$dismiss('exit')">Exit</button>
</div>`,

  'views/modals/advisory.html': `<div class="modal-header">
  <button type="button" class="close" aria-label="Close" ng-click="$dismiss('cancel')"><span aria-hidden="true">&times;</span></button>
  <h4 class="modal-title" id="modal-title">Important Advisory</h4>
</div>
<div class="modal-body" id="modal-body">
  <ul class="advisory-list"><li ng-repeat="notice in vm.notices"><strong>{{notice.date}}</strong> &ndash; {{notice.text}}</li></ul>
</div>
<div class="modal-footer">
  <button type="button" class="btn btn-default" ng-click="$close('read')">Close</button>
</div>`,

  'views/modals/confirm.html': `<div class="modal-header">
  <h4 class="modal-title" id="modal-title">Confirm</h4>
</div>
<div class="modal-body" id="modal-body">
  <p>API user <strong>{{vm.userName}}</strong> will be created for <strong>{{vm.gspName}}</strong> (GSTIN {{vm.gstin}}).</p>
  <p>Do you want to continue?</p>
</div>
<div class="modal-footer">
  <button type="button" class="btn btn-primary" ng-click="$close(true)">Yes</button>
  <button type="button" class="btn btn-default" ng-click="$dismiss('no')">No</button>
</div>`,

  'views/modals/session-expired.html': `<div class="modal-header">
  <h4 class="modal-title" id="modal-title">Session Expired</h4>
</div>
<div class="modal-body" id="modal-body">
  <p>Your session has expired, please login again.</p>
</div>
<div class="modal-footer">
  <button type="button" class="btn btn-primary" ng-click="$close('ok')">OK</button>
</div>`,
};

// ---------------------------------------------------------------------------------------------------
// The client runtime: a tiny stand-in for AngularJS 1.6 + ngRoute + ngAnimate + ui-bootstrap 2.5 +
// ui-select 0.19 + angular-loading-bar, then the app's own controllers. ES5, as the bundle was.
// ---------------------------------------------------------------------------------------------------

const RUNTIME_JS = String.raw`(function (window, document) {
  'use strict';

  var $templateCache = window.__templateCache || {};
  var KEY = { TAB: 9, ENTER: 13, ESC: 27, SPACE: 32, UP: 38, DOWN: 40, BACKSPACE: 8 };
  var NG_HIDE = 'ng-hide';
  var ARIA_COUNT = 'data-bootstrap-modal-aria-hidden-count';

  /* ------------------------------------------------------------------ helpers */
  function qs(root, sel) { return root.querySelector(sel); }
  function qsa(root, sel) { return Array.prototype.slice.call(root.querySelectorAll(sel)); }
  function esc(v) {
    return String(v === undefined || v === null ? '' : v)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }
  function toggleClass(node, name, on) { if (on) node.classList.add(name); else node.classList.remove(name); }
  function kebab(s) { return s.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); }); }
  function build(html) {
    var t = document.createElement('template');
    t.innerHTML = html.trim();
    return t.content.firstElementChild;
  }
  function insertAfter(node, ref) { ref.parentNode.insertBefore(node, ref.nextSibling); }
  function removeNode(node) { if (node && node.parentNode) node.parentNode.removeChild(node); }
  function readCookie(name) {
    var parts = document.cookie ? document.cookie.split('; ') : [];
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf('=');
      if (parts[i].slice(0, eq) === name) return decodeURIComponent(parts[i].slice(eq + 1));
    }
    return null;
  }
  function focusLater(sel) {
    setTimeout(function () { var n = document.querySelector(sel); if (n) n.focus(); }, 30);
  }
  function log(e) { if (window.console && console.error) console.error(e); }

  /* ------------------------------------------------------------------ $parse */
  var exprCache = {};
  var NO_LOCALS = {};
  function getFn(expr, statement) {
    var key = (statement ? 's:' : 'e:') + expr;
    var fn = exprCache[key];
    if (!fn) {
      fn = new Function('s', 'l', 'with (s) { with (l) { ' + (statement ? expr + ';' : 'return (' + expr + ');') + ' } }');
      exprCache[key] = fn;
    }
    return fn;
  }
  function evaluate(expr, scope, locals) {
    try { return getFn(expr, false)(scope, locals || NO_LOCALS); } catch (e) { return undefined; }
  }
  function execute(expr, scope, locals) {
    try { return getFn(expr, true)(scope, locals || NO_LOCALS); } catch (e) { log(e); return undefined; }
  }
  function interpolate(text, scope) {
    return text.replace(/\{\{([\s\S]+?)\}\}/g, function (m, e) {
      var v = evaluate(e.trim(), scope);
      return v === undefined || v === null ? '' : String(v);
    });
  }

  /* ------------------------------------------------------------------ $rootScope */
  var scopeId = 0;
  function Scope() {}
  function createScope(parent, isolate) {
    var s = parent && !isolate ? Object.create(parent) : Object.create(Scope.prototype);
    s.$id = ++scopeId;
    s.$parent = parent || null;
    s.$$watchers = [];
    s.$$children = [];
    s.$$destroyListeners = [];
    s.$$destroyed = false;
    if (parent) parent.$$children.push(s);
    return s;
  }
  Scope.prototype.$new = function (isolate) { return createScope(this, isolate); };
  Scope.prototype.$watch = function (fn) { this.$$watchers.push(fn); };
  Scope.prototype.$eval = function (expr, locals) { return evaluate(expr, this, locals); };
  Scope.prototype.$on = function (name, fn) { if (name === '$destroy') this.$$destroyListeners.push(fn); };
  Scope.prototype.$$assign = function (expr, value) {
    if (expr.indexOf('.') < 0 && expr.indexOf('[') < 0) { this[expr] = value; return; }
    execute(expr + ' = $$value', this, { $$value: value });
  };
  Scope.prototype.$digest = function () {
    if (this.$$destroyed) return;
    var w = this.$$watchers.slice();
    for (var i = 0; i < w.length; i++) {
      if (this.$$destroyed) return;
      try { w[i](); } catch (e) { log(e); }
    }
    var c = this.$$children.slice();
    for (var j = 0; j < c.length; j++) c[j].$digest();
  };
  Scope.prototype.$destroy = function () {
    if (this.$$destroyed) return;
    this.$$destroyed = true;
    this.$$children.slice().forEach(function (c) { c.$destroy(); });
    this.$$destroyListeners.forEach(function (fn) { try { fn(); } catch (e) { log(e); } });
    if (this.$parent) {
      var i = this.$parent.$$children.indexOf(this);
      if (i >= 0) this.$parent.$$children.splice(i, 1);
    }
    this.$$watchers = [];
  };
  var $rootScope = createScope(null);
  var digesting = false;
  function $apply() {
    if (digesting) { setTimeout($apply, 0); return; }
    digesting = true;
    try { $rootScope.$digest(); $rootScope.$digest(); } finally { digesting = false; }
  }

  /* ------------------------------------------------------------------ ngModel / form */
  function NgModelController(node, scope, expr, form) {
    var self = this;
    this.$$node = node; this.$$scope = scope; this.$$expr = expr; this.$$form = form || null;
    this.$name = node.getAttribute('name') || '';
    this.$viewValue = ''; this.$modelValue = undefined;
    this.$pristine = true; this.$dirty = false; this.$untouched = true; this.$touched = false;
    this.$valid = true; this.$invalid = false; this.$error = {}; this.$$state = {}; this.$$parsed = false;
    this.$validators = {};
    this.$render = function () {};
    this.$$format = function (m) { return m === undefined || m === null ? '' : m; };
    this.$$parse = function (v) { return v; };
    if (this.$$form) this.$$form.$addControl(this);
    scope.$on('$destroy', function () { if (self.$$form) self.$$form.$removeControl(self); });
    scope.$watch(function () { self.$$modelWatch(); });
  }
  var NMC = NgModelController.prototype;
  NMC.$isEmpty = function (v) { return v === undefined || v === '' || v === null || v !== v; };
  NMC.$$modelWatch = function () {
    var m = this.$$scope.$eval(this.$$expr);
    if (m !== this.$modelValue && !(m !== m && this.$modelValue !== this.$modelValue)) {
      this.$modelValue = m;
      this.$viewValue = this.$$format(m);
      this.$render();
      this.$$runValidators();
    }
  };
  NMC.$$runValidators = function () {
    var state = {}, ok = true, v = this.$viewValue;
    for (var k in this.$validators) {
      var good = true;
      try { good = !!this.$validators[k](v); } catch (e) { good = false; }
      state[k] = good;
      if (!good) ok = false;
    }
    this.$$state = state;
    this.$error = {};
    for (var key in state) if (!state[key]) this.$error[key] = true;
    this.$valid = ok; this.$invalid = !ok;
    this.$$classes();
    if (this.$$form) this.$$form.$$update();
  };
  NMC.$validate = function () {
    this.$$runValidators();
    if (this.$$parsed) {
      var m = this.$valid ? this.$$parse(this.$viewValue) : undefined;
      if (m !== this.$modelValue) { this.$modelValue = m; this.$$scope.$$assign(this.$$expr, m); }
    }
  };
  NMC.$setViewValue = function (v) {
    this.$viewValue = v;
    if (this.$pristine) {
      this.$pristine = false; this.$dirty = true;
      if (this.$$form) this.$$form.$setDirty();
    }
    this.$$parsed = true;
    this.$$runValidators();
    var m = this.$valid ? this.$$parse(v) : undefined;
    this.$modelValue = m;
    this.$$scope.$$assign(this.$$expr, m);
  };
  NMC.$setTouched = function () { this.$touched = true; this.$untouched = false; this.$$classes(); };
  NMC.$setUntouched = function () { this.$touched = false; this.$untouched = true; this.$$classes(); };
  NMC.$setPristine = function () { this.$pristine = true; this.$dirty = false; this.$$classes(); };
  NMC.$$classes = function () {
    var n = this.$$node;
    toggleClass(n, 'ng-pristine', this.$pristine); toggleClass(n, 'ng-dirty', this.$dirty);
    toggleClass(n, 'ng-untouched', this.$untouched); toggleClass(n, 'ng-touched', this.$touched);
    var empty = this.$isEmpty(this.$viewValue);
    toggleClass(n, 'ng-empty', empty); toggleClass(n, 'ng-not-empty', !empty);
    if (this.$$parsed) n.classList.add('ng-valid-parse');
    toggleClass(n, 'ng-valid', this.$valid); toggleClass(n, 'ng-invalid', this.$invalid);
    for (var k in this.$$state) {
      toggleClass(n, 'ng-valid-' + kebab(k), this.$$state[k]);
      toggleClass(n, 'ng-invalid-' + kebab(k), !this.$$state[k]);
    }
  };

  function NgFormController(node, name) {
    this.$$node = node; this.$name = name || ''; this.$$controls = []; this.$$keys = {};
    this.$dirty = false; this.$pristine = true; this.$valid = true; this.$invalid = false;
    this.$submitted = false; this.$error = {};
    node.__ngForm = this;
    this.$$update();
  }
  var NFC = NgFormController.prototype;
  NFC.$addControl = function (c) { this.$$controls.push(c); if (c.$name) this[c.$name] = c; };
  NFC.$removeControl = function (c) {
    var i = this.$$controls.indexOf(c);
    if (i >= 0) this.$$controls.splice(i, 1);
    if (c.$name && this[c.$name] === c) {
      delete this[c.$name];
      for (var j = this.$$controls.length - 1; j >= 0; j--) if (this.$$controls[j].$name === c.$name) { this[c.$name] = this.$$controls[j]; break; }
    }
    this.$$update();
  };
  NFC.$$update = function () {
    var err = {}, seen = {}, self = this;
    this.$$controls.forEach(function (c) {
      for (var k in c.$$state) {
        seen[k] = true;
        if (!c.$$state[k]) (err[k] = err[k] || []).push(c);
      }
    });
    this.$error = err;
    this.$invalid = Object.keys(err).length > 0; this.$valid = !this.$invalid;
    var n = this.$$node;
    toggleClass(n, 'ng-pristine', this.$pristine); toggleClass(n, 'ng-dirty', this.$dirty);
    toggleClass(n, 'ng-valid', this.$valid); toggleClass(n, 'ng-invalid', this.$invalid);
    toggleClass(n, 'ng-submitted', this.$submitted);
    Object.keys(this.$$keys).concat(Object.keys(seen)).forEach(function (k) {
      var known = !!seen[k];
      toggleClass(n, 'ng-valid-' + kebab(k), known && !err[k]);
      toggleClass(n, 'ng-invalid-' + kebab(k), known && !!err[k]);
    });
    this.$$keys = seen;
    void self;
  };
  NFC.$setDirty = function () { this.$dirty = true; this.$pristine = false; this.$$update(); };
  NFC.$setSubmitted = function () { this.$submitted = true; this.$$update(); };
  NFC.$setPristine = function () {
    this.$dirty = false; this.$pristine = true; this.$submitted = false;
    this.$$controls.forEach(function (c) { c.$setPristine(); });
    this.$$update();
  };
  NFC.$setUntouched = function () { this.$$controls.forEach(function (c) { c.$setUntouched(); }); };

  function closestForm(node) {
    var f = node.closest ? node.closest('form') : null;
    return f && f.__ngForm ? f.__ngForm : null;
  }

  /* ------------------------------------------------------------------ $compile */
  function compile(node, scope, skip) {
    if (node.nodeType === 3) {
      if (node.nodeValue.indexOf('{{') >= 0) textInterpolation(node, scope);
      return;
    }
    if (node.nodeType !== 1) return;
    if (skip !== 'repeat' && skip !== true && node.hasAttribute('ng-repeat')) { ngRepeat(node, scope); return; }
    if (skip !== true && node.hasAttribute('ng-if')) { ngIf(node, scope); return; }
    var tag = node.tagName.toLowerCase();
    if (tag === 'ui-select') { uiSelect(node, scope); return; }
    if (tag === 'form') ngForm(node, scope);
    Array.prototype.slice.call(node.attributes).forEach(function (attr) {
      if (attr.value.indexOf('{{') >= 0 && attr.name.indexOf('ng-') !== 0) attrInterpolation(node, attr.name, attr.value, scope);
    });
    if (node.hasAttribute('ng-model')) ngModel(node, scope);
    if (node.hasAttribute('ng-show')) ngShowHide(node, scope, node.getAttribute('ng-show'), false);
    if (node.hasAttribute('ng-hide')) ngShowHide(node, scope, node.getAttribute('ng-hide'), true);
    if (node.hasAttribute('ng-class')) ngClass(node, scope);
    if (node.hasAttribute('ng-disabled')) ngDisabled(node, scope);
    if (node.hasAttribute('ng-src')) ngSrc(node, scope);
    if (node.hasAttribute('ng-click')) ngClick(node, scope);
    if (node.hasAttribute('uib-dropdown')) uibDropdown(node, scope);
    if (node.hasAttribute('uib-dropdown-toggle')) uibDropdownToggle(node, scope);
    if (node.hasAttribute('uib-collapse')) uibCollapse(node, scope);
    if (node.hasAttribute('uib-alert')) { uibAlert(node, scope); return; }
    var kids = Array.prototype.slice.call(node.childNodes);
    for (var i = 0; i < kids.length; i++) compile(kids[i], scope);
  }

  function textInterpolation(node, scope) {
    var tpl = node.nodeValue;
    if (node.parentNode && node.parentNode.classList) node.parentNode.classList.add('ng-binding');
    scope.$watch(function () {
      var v = interpolate(tpl, scope);
      if (node.nodeValue !== v) node.nodeValue = v;
    });
  }
  function attrInterpolation(node, name, tpl, scope) {
    scope.$watch(function () {
      var v = interpolate(tpl, scope);
      if (node.getAttribute(name) !== v) node.setAttribute(name, v);
    });
  }
  function ngShowHide(node, scope, expr, hide) {
    scope.$watch(function () {
      var v = !!scope.$eval(expr);
      toggleClass(node, NG_HIDE, hide ? v : !v);
    });
  }
  function ngClass(node, scope) {
    var expr = node.getAttribute('ng-class'), prev = [];
    scope.$watch(function () {
      var v = scope.$eval(expr), next = [];
      if (typeof v === 'string') next = v.split(/\s+/).filter(Boolean);
      else if (Array.isArray(v)) next = v.filter(Boolean);
      else if (v && typeof v === 'object') Object.keys(v).forEach(function (k) { if (v[k]) next = next.concat(k.split(/\s+/)); });
      prev.forEach(function (c) { if (next.indexOf(c) < 0) node.classList.remove(c); });
      next.forEach(function (c) { node.classList.add(c); });
      prev = next;
    });
  }
  function ngDisabled(node, scope) {
    var expr = node.getAttribute('ng-disabled');
    scope.$watch(function () {
      if (scope.$eval(expr)) { if (!node.hasAttribute('disabled')) node.setAttribute('disabled', 'disabled'); }
      else if (node.hasAttribute('disabled')) node.removeAttribute('disabled');
    });
  }
  function ngSrc(node, scope) {
    var tpl = node.getAttribute('ng-src');
    scope.$watch(function () {
      var v = interpolate(tpl, scope);
      if (v && node.getAttribute('src') !== v) node.setAttribute('src', v);
    });
  }
  function ngClick(node, scope) {
    var expr = node.getAttribute('ng-click');
    node.addEventListener('click', function (e) {
      execute(expr, scope, { $event: e });
      $apply();
    });
  }
  function ngForm(node, scope) {
    var name = node.getAttribute('name');
    var form = new NgFormController(node, name);
    if (name) scope.$$assign(name, form);
    var submitExpr = node.getAttribute('ng-submit');
    node.addEventListener('submit', function (e) {
      e.preventDefault();
      form.$setSubmitted();
      if (submitExpr) execute(submitExpr, scope, { $event: e });
      $apply();
    });
  }
  function ngIf(node, scope) {
    var expr = node.getAttribute('ng-if');
    var anchor = document.createComment(' ngIf: ' + expr + ' ');
    node.parentNode.replaceChild(anchor, node);
    var block = null, child = null;
    scope.$watch(function () {
      var v = !!scope.$eval(expr);
      if (v && !block) {
        child = scope.$new();
        block = node.cloneNode(true);
        block.classList.add('ng-scope');
        insertAfter(block, anchor);
        compile(block, child, true);
      } else if (!v && block) {
        child.$destroy();
        removeNode(block);
        block = null; child = null;
      }
    });
  }
  function ngRepeat(node, scope) {
    var expr = node.getAttribute('ng-repeat');
    var m = /^\s*([\w$]+)\s+in\s+(.+?)\s*$/.exec(expr);
    var itemName = m ? m[1] : 'item', listExpr = m ? m[2] : '[]';
    var start = document.createComment(' ngRepeat: ' + expr + ' ');
    node.parentNode.replaceChild(start, node);
    var blocks = [], last = null;
    scope.$watch(function () {
      var list = scope.$eval(listExpr) || [];
      if (last && list.length === last.length && list.every(function (x, i) { return x === last[i]; })) return;
      last = list.slice();
      blocks.forEach(function (b) { b.scope.$destroy(); b.nodes.forEach(removeNode); });
      blocks = [];
      var ref = start;
      list.forEach(function (item, i) {
        var s = scope.$new();
        s[itemName] = item; s.$index = i; s.$first = i === 0; s.$last = i === list.length - 1;
        var clone = node.cloneNode(true);
        clone.classList.add('ng-scope');
        var end = document.createComment(' end ngRepeat: ' + expr + ' ');
        insertAfter(clone, ref); insertAfter(end, clone); ref = end;
        blocks.push({ scope: s, nodes: [clone, end] });
        compile(clone, s, 'repeat');
      });
    });
  }

  function ngModel(node, scope) {
    var expr = node.getAttribute('ng-model');
    var form = closestForm(node);
    var type = (node.getAttribute('type') || 'text').toLowerCase();
    var ctrl = new NgModelController(node, scope, expr, form);
    if (type === 'radio') {
      ctrl.$render = function () { node.checked = ctrl.$viewValue === node.value; };
      if (node.hasAttribute('required')) ctrl.$validators.required = function (v) { return !ctrl.$isEmpty(v); };
      node.addEventListener('click', function () {
        if (node.checked && ctrl.$viewValue !== node.value) { ctrl.$setViewValue(node.value); $apply(); }
      });
      node.addEventListener('blur', function () { if (ctrl.$untouched) { ctrl.$setTouched(); $apply(); } });
      ctrl.$viewValue = undefined;
      ctrl.$$runValidators();
      return;
    }
    ctrl.$$format = function (m) { return m === undefined || m === null ? '' : String(m); };
    ctrl.$render = function () {
      var v = ctrl.$isEmpty(ctrl.$viewValue) ? '' : ctrl.$viewValue;
      if (node.value !== v) node.value = v;
    };
    if (node.hasAttribute('required')) ctrl.$validators.required = function (v) { return !ctrl.$isEmpty(v); };
    var pattern = node.getAttribute('ng-pattern');
    if (pattern) {
      var re = scope.$eval(pattern);
      if (typeof re === 'string') re = new RegExp('^' + re + '$');
      ctrl.$validators.pattern = function (v) { return ctrl.$isEmpty(v) || re.test(v); };
    }
    var minl = node.getAttribute('ng-minlength');
    if (minl) ctrl.$validators.minlength = function (v) { return ctrl.$isEmpty(v) || String(v).length >= parseInt(minl, 10); };
    var maxl = node.getAttribute('ng-maxlength') || node.getAttribute('maxlength');
    if (maxl) ctrl.$validators.maxlength = function (v) { return ctrl.$isEmpty(v) || String(v).length <= parseInt(maxl, 10); };
    var cmp = node.getAttribute('compare-to');
    if (cmp) {
      ctrl.$validators.compareTo = function (v) { return ctrl.$isEmpty(v) || v === scope.$eval(cmp); };
      var lastOther;
      scope.$watch(function () {
        var o = scope.$eval(cmp);
        if (o !== lastOther) { lastOther = o; ctrl.$validate(); }
      });
    }
    var trim = type !== 'password' && node.getAttribute('ng-trim') !== 'false';
    var onInput = function () {
      var v = trim ? node.value.trim() : node.value;
      if (v !== ctrl.$viewValue || (ctrl.$pristine && v !== '')) { ctrl.$setViewValue(v); $apply(); }
    };
    node.addEventListener('input', onInput);
    node.addEventListener('change', onInput);
    node.addEventListener('blur', function () { if (ctrl.$untouched) { ctrl.$setTouched(); $apply(); } });
    ctrl.$viewValue = '';
    ctrl.$$runValidators();
  }

  /* ------------------------------------------------------------------ $http + interceptors + loading bar */
  var loadingBar = {
    pending: 0, started: false, timer: null, incTimer: null, doneTimer: null, status: 0, bar: null, spinner: null,
    start: function () {
      var self = this;
      if (this.pending++ > 0) return;
      clearTimeout(this.doneTimer);
      if (this.started) return;
      this.timer = setTimeout(function () { self.show(); }, 100);
    },
    show: function () {
      var self = this;
      this.started = true;
      removeNode(this.bar); removeNode(this.spinner);
      this.spinner = build('<div id="loading-bar-spinner"><div class="spinner-icon"></div></div>');
      this.bar = build('<div id="loading-bar"><div class="bar"><div class="peg"></div></div></div>');
      document.body.appendChild(this.spinner);
      document.body.appendChild(this.bar);
      this.set(0.02);
      this.incTimer = setInterval(function () { self.set(self.status + (1 - self.status) * 0.15); }, 250);
    },
    set: function (n) { this.status = n; if (this.bar) this.bar.firstChild.style.width = (n * 100) + '%'; },
    done: function () {
      var self = this;
      if (--this.pending > 0) return;
      this.pending = 0;
      clearTimeout(this.timer);
      if (!this.started) return;
      clearInterval(this.incTimer);
      this.set(1);
      this.doneTimer = setTimeout(function () {
        removeNode(self.bar); removeNode(self.spinner);
        self.bar = null; self.spinner = null; self.started = false; self.status = 0;
      }, 500);
    }
  };

  function $http(method, url, data, config) {
    config = config || {};
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url, true);
      xhr.setRequestHeader('Accept', 'application/json, text/plain, */*');
      if (data !== undefined) xhr.setRequestHeader('Content-Type', 'application/json;charset=utf-8');
      var token = readCookie('XSRF-TOKEN');
      if (token) xhr.setRequestHeader('X-XSRF-TOKEN', token);
      loadingBar.start();
      function done(status) {
        loadingBar.done();
        var text = xhr.responseText, body = text;
        try { body = text ? JSON.parse(text) : null; } catch (e) { body = text; }
        var response = { status: status, data: body, config: { method: method, url: url } };
        if (status >= 200 && status < 300) { resolve(response); return; }
        if (status === 401 && !config.ignoreAuthModule) authInterceptor(response);
        reject(response);
      }
      xhr.onload = function () { done(xhr.status); };
      xhr.onerror = function () { done(-1); };
      xhr.send(data === undefined ? null : JSON.stringify(data));
    });
  }

  var sessionModalOpen = false;
  function authInterceptor() {
    if (sessionModalOpen) return;
    sessionModalOpen = true;
    closeOpenDropdown();
    dismissAll('session expired');
    openModal({ templateUrl: 'views/modals/session-expired.html', backdrop: 'static', keyboard: false, size: 'sm', windowClass: 'session-expired-modal' })
      .result.then(function () {
        sessionModalOpen = false;
        app.user = null;
        app.flash = { type: 'warning', msg: 'Your session has expired. Please login again.' };
        go('/login');
        $apply();
      }, function () { sessionModalOpen = false; });
  }

  /* ------------------------------------------------------------------ $uibModal */
  var openedWindows = [];
  var backdropEl = null;
  function applyAriaHidden(el) {
    if (!el || el.tagName === 'BODY' || !el.parentNode) return;
    Array.prototype.forEach.call(el.parentNode.children, function (sibling) {
      if (sibling === el) return;
      var hidden = sibling.getAttribute('aria-hidden') === 'true';
      var count = parseInt(sibling.getAttribute(ARIA_COUNT), 10);
      if (!count) count = hidden ? 1 : 0;
      sibling.setAttribute(ARIA_COUNT, count + 1);
      sibling.setAttribute('aria-hidden', 'true');
    });
    applyAriaHidden(el.parentNode);
  }
  function unhideBackgroundElements() {
    qsa(document, '[' + ARIA_COUNT + ']').forEach(function (el) {
      var count = parseInt(el.getAttribute(ARIA_COUNT), 10) - 1;
      el.setAttribute(ARIA_COUNT, count);
      if (!count) { el.removeAttribute(ARIA_COUNT); el.removeAttribute('aria-hidden'); }
    });
  }
  function openModal(o) {
    var parentScope = o.scope || $rootScope;
    var modalScope = parentScope.$new();
    var entry = { closed: false, opts: o };
    var result = new Promise(function (res, rej) { entry.resolve = res; entry.reject = rej; });
    result.catch(function () {});
    var instance = {
      result: result,
      close: function (v) { closeModal(entry, true, v); },
      dismiss: function (r) { closeModal(entry, false, r); }
    };
    entry.instance = instance;
    modalScope.$close = instance.close;
    modalScope.$dismiss = instance.dismiss;
    if (o.controller) modalScope.vm = o.controller(modalScope, instance);
    var index = openedWindows.length;
    entry.opener = document.activeElement;
    var hasBackdrop = o.backdrop !== false;
    if (hasBackdrop && !backdropEl) {
      backdropEl = build('<div uib-modal-backdrop="modal-backdrop" class="modal-backdrop fade ng-scope" uib-modal-animation-class="fade" modal-in-class="in" ng-style="{\'z-index\': 1040 + (index &amp;&amp; 1 || 0) + index*10}" style="z-index: 1040;"></div>');
      document.body.appendChild(backdropEl);
      var b = backdropEl;
      requestAnimationFrame(function () { requestAnimationFrame(function () { b.classList.add('in'); }); });
    }
    if (backdropEl) backdropEl.style.zIndex = String(1040 + (index && 1 || 0) + index * 10);
    var win = build('<div uib-modal-window="modal-window" class="modal fade ng-scope ng-isolate-scope' + (o.windowClass ? ' ' + o.windowClass : '') +
      '" role="dialog" aria-labelledby="modal-title" aria-describedby="modal-body" size="' + esc(o.size || '') + '" index="' + index +
      '" animate="animate" ng-style="{\'z-index\': 1050 + $$topModalIndex*10, display: \'block\'}" tabindex="-1" uib-modal-animation-class="fade" modal-in-class="in" modal-animation="true" style="z-index: ' +
      (1050 + index * 10) + '; display: block;"><div class="modal-dialog' + (o.size ? ' modal-' + o.size : '') + '"><div class="modal-content" uib-modal-transclude=""></div></div></div>');
    var content = qs(win, '.modal-content');
    content.innerHTML = $templateCache[o.templateUrl] || '';
    Array.prototype.forEach.call(content.children, function (c) { c.classList.add('ng-scope'); });
    entry.win = win; entry.scope = modalScope;
    document.body.appendChild(win);
    Array.prototype.slice.call(content.childNodes).forEach(function (c) { compile(c, modalScope); });
    if (hasBackdrop && o.backdrop !== 'static') {
      win.addEventListener('click', function (e) { if (e.target === win) { instance.dismiss('backdrop click'); $apply(); } });
    }
    openedWindows.push(entry);
    document.body.classList.add('modal-open');
    applyAriaHidden(win);
    $apply();
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        if (entry.closed) return;
        win.classList.add('in');
        var auto = qs(win, '[autofocus]');
        (auto || win).focus();
      });
    });
    return instance;
  }
  function closeModal(entry, ok, value) {
    if (entry.closed) return;
    entry.closed = true;
    unhideBackgroundElements();
    if (ok) entry.resolve(value); else entry.reject(value);
    var i = openedWindows.indexOf(entry);
    if (i >= 0) openedWindows.splice(i, 1);
    var win = entry.win;
    win.classList.remove('in');
    setTimeout(function () {
      entry.scope.$destroy();
      removeNode(win);
      if (!openedWindows.length) document.body.classList.remove('modal-open');
    }, 300);
    var keepBackdrop = openedWindows.some(function (w) { return w.opts.backdrop !== false; });
    if (!keepBackdrop && backdropEl) {
      var b = backdropEl;
      backdropEl = null;
      b.classList.remove('in');
      setTimeout(function () { removeNode(b); }, 150);
    } else if (backdropEl) {
      var top = openedWindows.length - 1;
      backdropEl.style.zIndex = String(1040 + (top && 1 || 0) + top * 10);
    }
    var target = entry.opener && document.body.contains(entry.opener) ? entry.opener : document.body;
    if (target && target.focus) target.focus();
  }
  function dismissAll(reason) {
    openedWindows.slice().reverse().forEach(function (e) { closeModal(e, false, reason); });
  }
  function focusables(root) {
    return qsa(root, 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])')
      .filter(function (n) { return n.offsetWidth || n.offsetHeight || n.getClientRects().length; });
  }
  document.addEventListener('keydown', function (e) {
    var top = openedWindows[openedWindows.length - 1];
    if (!top) return;
    var k = e.which || e.keyCode;
    if (k === KEY.ESC) {
      if (top.opts.keyboard !== false && !e.defaultPrevented) { e.preventDefault(); top.instance.dismiss('escape key press'); $apply(); }
    } else if (k === KEY.TAB) {
      var list = focusables(top.win);
      if (!list.length) return;
      var first = list[0], last = list[list.length - 1];
      if (e.shiftKey && (document.activeElement === first || document.activeElement === top.win)) { e.preventDefault(); last.focus(); }
      else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
    }
  });

  /* ------------------------------------------------------------------ uib-dropdown, uib-collapse, uib-alert */
  var openDropdown = null;
  function uibDropdown(node, scope) {
    var ctrl = {
      node: node,
      isOpen: false,
      setOpen: function (open) {
        if (ctrl.isOpen === open) return;
        ctrl.isOpen = open;
        toggleClass(node, 'open', open);
        var t = qs(node, '[uib-dropdown-toggle]');
        if (t) t.setAttribute('aria-expanded', open ? 'true' : 'false');
        if (open) { if (openDropdown && openDropdown !== ctrl) openDropdown.setOpen(false); openDropdown = ctrl; }
        else if (openDropdown === ctrl) openDropdown = null;
        var onToggle = node.getAttribute('on-toggle');
        if (onToggle) execute(onToggle, scope, { open: open });
      }
    };
    node.__uibDropdown = ctrl;
    scope.$on('$destroy', function () { if (openDropdown === ctrl) openDropdown = null; });
  }
  function uibDropdownToggle(node) {
    node.addEventListener('click', function (e) {
      e.preventDefault();
      var holder = node.closest('[uib-dropdown]');
      var ctrl = holder && holder.__uibDropdown;
      if (!ctrl || node.hasAttribute('disabled')) return;
      ctrl.setOpen(!ctrl.isOpen);
      $apply();
    });
  }
  function closeOpenDropdown() { if (openDropdown) openDropdown.setOpen(false); }
  document.addEventListener('click', function (e) {
    if (!openDropdown) return;
    var t = qs(openDropdown.node, '[uib-dropdown-toggle]');
    if (t && t.contains(e.target)) return;
    openDropdown.setOpen(false);
    $apply();
  });
  document.addEventListener('keydown', function (e) {
    if ((e.which || e.keyCode) === KEY.ESC && openDropdown && !openedWindows.length) {
      var t = qs(openDropdown.node, '[uib-dropdown-toggle]');
      openDropdown.setOpen(false);
      if (t) t.focus();
      $apply();
    }
  });
  function uibCollapse(node, scope) {
    var expr = node.getAttribute('uib-collapse');
    scope.$watch(function () {
      var collapsed = !!scope.$eval(expr);
      toggleClass(node, 'in', !collapsed);
      node.setAttribute('aria-expanded', collapsed ? 'false' : 'true');
    });
  }
  function uibAlert(node, scope) {
    var iso = scope.$new(true);
    var closeExpr = node.getAttribute('close');
    iso.closeable = !!closeExpr;
    iso.type = node.getAttribute('type');
    iso.close = function (locals) { if (closeExpr) execute(closeExpr, scope, locals); };
    node.classList.add('ng-isolate-scope');
    if (closeExpr) node.classList.add('alert-dismissible');
    Array.prototype.slice.call(node.childNodes).forEach(function (c) {
      if (c.nodeType === 1 && c.hasAttribute('ng-transclude')) compile(c, scope);
      else compile(c, iso);
    });
  }

  /* ------------------------------------------------------------------ ui-select (bootstrap theme) */
  var uiSelectCount = 0;
  function highlight(text, query) {
    text = String(text);
    if (!query) return esc(text);
    var lower = text.toLowerCase(), q = query.toLowerCase(), out = '', pos = 0, i;
    while ((i = lower.indexOf(q, pos)) >= 0) {
      out += esc(text.slice(pos, i)) + '<span class="ui-select-highlight">' + esc(text.slice(i, i + q.length)) + '</span>';
      pos = i + q.length;
    }
    return out + esc(text.slice(pos));
  }
  function uiSelect(node, scope) {
    var id = uiSelectCount++;
    var modelExpr = node.getAttribute('ng-model');
    var name = node.getAttribute('name') || '';
    var required = node.hasAttribute('required');
    var matchEl = qs(node, 'ui-select-match');
    var placeholder = matchEl ? matchEl.getAttribute('placeholder') || '' : '';
    var lm = /\$select\.selected\.([\w$]+)/.exec(matchEl ? matchEl.textContent : '');
    var labelProp = lm ? lm[1] : 'name';
    var choicesEl = qs(node, 'ui-select-choices');
    var rm = /^\s*([\w$]+)\s+in\s+([^|]+?)\s*(\|.*)?$/.exec(choicesEl ? choicesEl.getAttribute('repeat') : '');
    var itemName = rm ? rm[1] : 'item', listExpr = rm ? rm[2] : '[]';
    var rowRepeat = itemName + ' in $select.items';
    var ph = esc(placeholder);
    var container = build(
      '<div class="ui-select-container ui-select-bootstrap dropdown" ng-class="{open: $select.open}" ng-model="' + esc(modelExpr) + '" name="' + esc(name) + '" theme="bootstrap"' + (required ? ' required=""' : '') + ' title="' + esc(node.getAttribute('title') || '') + '">' +
        '<div class="ui-select-match" ng-hide="$select.open &amp;&amp; $select.searchEnabled" ng-disabled="$select.disabled" ng-class="{\'btn-default-focus\':$select.focus}" placeholder="' + ph + '">' +
          '<span tabindex="-1" class="btn btn-default form-control ui-select-toggle" aria-label="Select box activate" ng-disabled="$select.disabled" ng-click="$select.activate()" style="outline: 0;">' +
            '<span ng-show="$select.isEmpty()" class="ui-select-placeholder text-muted ng-binding">' + ph + '</span>' +
            '<span ng-hide="$select.isEmpty()" class="ui-select-match-text pull-left ng-hide" ng-class="{\'ui-select-allow-clear\': $select.allowClear &amp;&amp; !$select.isEmpty()}" ng-transclude=""></span>' +
            '<i class="caret pull-right" ng-click="$select.toggle($event)"></i>' +
            '<a ng-show="$select.allowClear &amp;&amp; !$select.isEmpty() &amp;&amp; ($select.disabled !== true)" aria-label="Select box clear" style="margin-right: 10px" ng-click="$select.clear($event)" class="btn btn-xs btn-link pull-right ng-hide"><i class="glyphicon glyphicon-remove" aria-hidden="true"></i></a>' +
          '</span>' +
        '</div>' +
        '<span ng-show="$select.open &amp;&amp; $select.refreshing &amp;&amp; $select.spinnerEnabled" class="ui-select-refreshing ng-hide glyphicon glyphicon-refresh ui-select-spin"></span>' +
        '<input type="search" autocomplete="off" tabindex="-1" aria-expanded="false" aria-label="Select box" aria-owns="ui-select-choices-' + id + '" class="form-control ui-select-search ng-pristine ng-untouched ng-valid ng-empty ng-hide" ng-class="{ \'ui-select-search-hidden\' : !$select.searchEnabled }" placeholder="' + ph + '" ng-model="$select.search" ng-show="$select.open">' +
        '<ul class="ui-select-choices ui-select-choices-content ui-select-dropdown dropdown-menu ng-hide" ng-show="$select.open &amp;&amp; $select.items.length &gt; 0" role="listbox" style="opacity: 0;"><!-- ngRepeat: $group in $select.groups --></ul>' +
        '<ui-select-single></ui-select-single>' +
        '<input ng-disabled="$select.disabled" class="ui-select-focusser ui-select-offscreen ng-scope" type="text" id="focusser-' + id + '" aria-label="Select box focus" aria-haspopup="true" role="button">' +
      '</div>');
    node.parentNode.replaceChild(container, node);

    var match = qs(container, '.ui-select-match');
    var toggle = qs(container, '.ui-select-toggle');
    var placeholderEl = qs(container, '.ui-select-placeholder');
    var matchText = qs(container, '.ui-select-match-text');
    var caret = qs(container, '.caret');
    var search = qs(container, 'input.ui-select-search');
    var ul = qs(container, 'ul.ui-select-choices');
    var groupAnchor = ul.firstChild;
    var focusser = qs(container, 'input.ui-select-focusser');
    var $select = { open: false, search: '', items: [], activeIndex: 0, selected: null, focus: false };
    var groupNodes = [];

    var ctrl = new NgModelController(container, scope, modelExpr, closestForm(container));
    ctrl.$isEmpty = function (v) { return !v; };
    ctrl.$$format = function (m) { return m || null; };
    ctrl.$render = function () { $select.selected = ctrl.$viewValue || null; renderMatch(); };
    if (required) ctrl.$validators.required = function (v) { return !!v; };
    ctrl.$viewValue = null;
    ctrl.$$runValidators();

    function all() { var l = scope.$eval(listExpr); return Array.isArray(l) ? l : []; }
    function filtered() {
      var q = $select.search.toLowerCase();
      return all().filter(function (it) { return !q || String(it[labelProp]).toLowerCase().indexOf(q) >= 0; });
    }
    function renderMatch() {
      var empty = !$select.selected;
      toggleClass(placeholderEl, NG_HIDE, !empty);
      toggleClass(matchText, NG_HIDE, empty);
      matchText.innerHTML = empty ? '' : '<span class="ng-binding ng-scope">' + esc($select.selected[labelProp]) + '</span>';
    }
    function renderChoices() {
      groupNodes.forEach(removeNode);
      groupNodes = [];
      $select.items = filtered();
      if ($select.items.length) {
        var li = build('<li class="ui-select-choices-group ng-scope" id="ui-select-choices-' + id + '" ng-repeat="$group in $select.groups"><div ng-show="$select.isGrouped &amp;&amp; $index &gt; 0" class="divider ng-hide"></div><div ng-show="$select.isGrouped" class="ui-select-choices-group-label dropdown-header ng-binding ng-hide" ng-bind="$group.name"></div></li>');
        li.appendChild(document.createComment(' ngRepeat: ' + rowRepeat + ' '));
        $select.items.forEach(function (item, i) {
          li.appendChild(document.createComment(' ngIf: $select.open '));
          if ($select.open) {
            var row = build('<div id="ui-select-choices-row-' + id + '-' + i + '" class="ui-select-choices-row ng-scope' + (i === $select.activeIndex ? ' active' : '') +
              '" ng-class="{active: $select.isActive(this), disabled: $select.isDisabled(this)}" role="option" ng-repeat="' + esc(rowRepeat) + '" ng-if="$select.open" ng-click="$select.select(' + itemName + ',$select.skipFocusser,$event)">' +
              '<span class="ui-select-choices-row-inner" uis-transclude-append=""><span ng-bind-html="' + itemName + '.' + labelProp + ' | highlight: $select.search" class="ng-binding ng-scope">' + highlight(item[labelProp], $select.search) + '</span></span></div>');
            row.addEventListener('mouseenter', function () { setActive(i, false); });
            row.addEventListener('click', function () { select(item, false); $apply(); });
            li.appendChild(row);
          }
          li.appendChild(document.createComment(' end ngRepeat: ' + rowRepeat + ' '));
        });
        var end = document.createComment(' end ngRepeat: $group in $select.groups ');
        insertAfter(li, groupAnchor);
        insertAfter(end, li);
        groupNodes = [li, end];
      }
      toggleClass(ul, NG_HIDE, !($select.open && $select.items.length > 0));
      if ($select.open && $select.items[$select.activeIndex]) search.setAttribute('aria-activedescendant', 'ui-select-choices-row-' + id + '-' + $select.activeIndex);
      else search.removeAttribute('aria-activedescendant');
    }
    function setActive(i, scroll) {
      $select.activeIndex = i;
      qsa(ul, '.ui-select-choices-row').forEach(function (r, j) { toggleClass(r, 'active', j === i); });
      search.setAttribute('aria-activedescendant', 'ui-select-choices-row-' + id + '-' + i);
      if (scroll) ensureHighlightVisible();
    }
    function ensureHighlightVisible() {
      var row = qsa(ul, '.ui-select-choices-row')[$select.activeIndex];
      if (!row) return;
      var posY = row.offsetTop + row.clientHeight - ul.scrollTop;
      var height = ul.offsetHeight;
      if (posY > height) ul.scrollTop += posY - height;
      else if (posY < row.clientHeight) ul.scrollTop -= row.clientHeight - posY;
    }
    function positionDropdown() {
      if (!$select.open) return;
      var rect = container.getBoundingClientRect();
      var h = ul.offsetHeight;
      if (rect.top + rect.height + h > document.documentElement.clientHeight) {
        ul.style.position = 'absolute';
        ul.style.top = (h * -1) + 'px';
        container.classList.add('direction-up');
      } else {
        ul.style.position = ''; ul.style.top = '';
        container.classList.remove('direction-up');
      }
      ul.style.opacity = '1';
    }
    function searchClasses() {
      var empty = !search.value;
      toggleClass(search, 'ng-empty', empty); toggleClass(search, 'ng-not-empty', !empty);
    }
    function activate(initSearch) {
      if ($select.open) return;
      $select.open = true;
      $select.search = initSearch || '';
      search.value = $select.search;
      searchClasses();
      var list = filtered();
      $select.activeIndex = 0;
      if ($select.selected && !initSearch) {
        var idx = list.indexOf($select.selected);
        if (idx >= 0) $select.activeIndex = idx;
      }
      container.classList.add('open');
      toggleClass(match, NG_HIDE, true);
      toggleClass(search, NG_HIDE, false);
      search.setAttribute('aria-expanded', 'true');
      ul.style.opacity = '0';
      renderChoices();
      setTimeout(function () {
        if (!$select.open) return;
        search.focus();
        positionDropdown();
        ensureHighlightVisible();
      }, 0);
    }
    function close(skipFocusser) {
      if (!$select.open) return;
      ctrl.$setTouched();
      $select.open = false;
      $select.search = '';
      search.value = '';
      searchClasses();
      container.classList.remove('open');
      container.classList.remove('direction-up');
      toggleClass(match, NG_HIDE, false);
      toggleClass(search, NG_HIDE, true);
      search.setAttribute('aria-expanded', 'false');
      ul.style.opacity = '0'; ul.style.position = ''; ul.style.top = '';
      renderChoices();
      if (!skipFocusser) focusser.focus();
    }
    function select(item, skipFocusser) {
      if (!item) return;
      $select.selected = item;
      ctrl.$setViewValue(item);
      renderMatch();
      close(skipFocusser);
    }

    toggle.addEventListener('click', function () { activate(); $apply(); });
    caret.addEventListener('click', function (e) {
      if ($select.open) { close(); e.preventDefault(); e.stopPropagation(); } else activate();
      $apply();
    });
    search.addEventListener('input', function () {
      $select.search = search.value;
      search.classList.remove('ng-pristine'); search.classList.add('ng-dirty');
      searchClasses();
      $select.activeIndex = 0;
      renderChoices();
      positionDropdown();
      ul.scrollTop = 0;
      $apply();
    });
    search.addEventListener('keydown', function (e) {
      var k = e.which || e.keyCode;
      if (k === KEY.DOWN) {
        e.preventDefault();
        if (!$select.open) activate(); else if ($select.activeIndex < $select.items.length - 1) setActive($select.activeIndex + 1, true);
      } else if (k === KEY.UP) {
        e.preventDefault();
        if (!$select.open) activate(); else if ($select.activeIndex > 0) setActive($select.activeIndex - 1, true);
      } else if (k === KEY.ENTER) {
        e.preventDefault();
        if ($select.open && $select.items[$select.activeIndex]) select($select.items[$select.activeIndex], false); else activate();
      } else if (k === KEY.TAB) {
        if ($select.open && $select.items[$select.activeIndex]) select($select.items[$select.activeIndex], true);
      } else if (k === KEY.ESC) {
        e.preventDefault(); e.stopPropagation();
        close(false);
      } else return;
      $apply();
    });
    search.addEventListener('blur', function () { search.classList.remove('ng-untouched'); search.classList.add('ng-touched'); });
    focusser.addEventListener('focus', function () { $select.focus = true; match.classList.add('btn-default-focus'); });
    focusser.addEventListener('blur', function () { $select.focus = false; match.classList.remove('btn-default-focus'); });
    focusser.addEventListener('keydown', function (e) {
      var k = e.which || e.keyCode;
      if (k === KEY.TAB || k === KEY.ESC || e.ctrlKey || e.metaKey || e.altKey) return;
      if (k === KEY.DOWN || k === KEY.UP || k === KEY.ENTER || k === KEY.SPACE) {
        e.preventDefault(); e.stopPropagation();
        activate();
        $apply();
      }
    });
    focusser.addEventListener('input', function () {
      var v = focusser.value;
      focusser.value = '';
      if (v) { activate(v); $apply(); }
    });
    function onDocumentClick(e) {
      if (!$select.open) return;
      if (!container.contains(e.target)) {
        var tag = e.target && e.target.tagName ? e.target.tagName.toLowerCase() : '';
        close(['input', 'button', 'textarea', 'select'].indexOf(tag) >= 0);
        $apply();
      }
    }
    document.addEventListener('click', onDocumentClick);
    scope.$on('$destroy', function () { document.removeEventListener('click', onDocumentClick); });
    scope.$watch(function () {
      var list = all();
      if (list !== $select.lastList) { $select.lastList = list; if ($select.open) renderChoices(); }
    });
    renderMatch();
    renderChoices();
  }

  /* ------------------------------------------------------------------ ngRoute + ngView (+ ngAnimate) */
  var routes = [];
  var viewAnchor = null, currentView = null, currentScope = null;
  function when(path, route) {
    var keys = [];
    var re = new RegExp('^' + path.replace(/:(\w+)/g, function (m, k) { keys.push(k); return '([^/]+)'; }) + '$');
    route.path = path; route.re = re; route.keys = keys;
    routes.push(route);
  }
  function parsePath() {
    var h = window.location.hash || '';
    if (h.indexOf('#!') !== 0) return null;
    var p = h.slice(2).split('?')[0];
    return p || null;
  }
  function matchRoute(path) {
    for (var i = 0; i < routes.length; i++) {
      var m = routes[i].re.exec(path);
      if (m) {
        var params = {};
        routes[i].keys.forEach(function (k, j) { params[k] = decodeURIComponent(m[j + 1]); });
        return { route: routes[i], params: params };
      }
    }
    return null;
  }
  function go(path) {
    if (parsePath() === path) onLocationChange();
    else window.location.hash = '#!' + path;
  }
  function onLocationChange() {
    var path = parsePath();
    var m = path ? matchRoute(path) : null;
    if (!m) { window.location.replace('#!/home'); return; }
    if (m.route.auth && !app.user) { window.location.replace('#!/login'); return; }
    if (m.route.guest && app.user) { window.location.replace('#!/dashboard'); return; }
    app.path = path;
    closeOpenDropdown();
    renderView(m.route, m.params);
  }
  function renderView(route, params) {
    if (currentScope) currentScope.$destroy();
    var scope = $rootScope.$new();
    var node = document.createElement('div');
    node.setAttribute('ng-view', '');
    node.className = 'view-frame ng-scope';
    node.innerHTML = $templateCache[route.templateUrl] || '';
    scope.vm = route.controller(scope, params) || {};
    var old = currentView;
    insertAfter(node, old || viewAnchor);
    compile(node, scope);
    currentView = node; currentScope = scope;
    $apply();
    node.classList.add('ng-animate', 'ng-enter');
    if (old) { old.classList.add('ng-animate', 'ng-leave'); }
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        node.classList.add('ng-enter-active');
        if (old) old.classList.add('ng-leave-active');
      });
    });
    setTimeout(function () {
      node.classList.remove('ng-animate', 'ng-enter', 'ng-enter-active');
      removeNode(old);
    }, 270);
  }

  /* ------------------------------------------------------------------ the app */
  var app = {
    user: null,
    path: '',
    flash: null,
    navCollapsed: true,
    pendingLoginPopups: false,
    menu: { userCredentials: false },
    isActive: function (p) { return app.path === p; },
    toggleSubmenu: function (e, key) { e.preventDefault(); e.stopPropagation(); app.menu[key] = !app.menu[key]; },
    onMenuToggle: function (open) { if (!open) app.menu.userCredentials = false; },
    logout: function () {
      $http('POST', 'api/auth/logout', {}).then(function () { app.user = null; go('/home'); $apply(); }, function () {});
    }
  };
  $rootScope.app = app;

  function HomeController() {
    return {
      stats: [
        { value: '4.2 Cr+', label: 'IRNs generated this month' },
        { value: '1.6 L+', label: 'taxpayers generating e-invoices' }
      ],
      updates: [
        { date: '01-04-2025', title: 'Two-Factor Authentication is mandatory for all taxpayers on the e-Invoice System.' },
        { date: '01-04-2025', title: 'Time limit of 30 days for reporting invoices on the IRP for taxpayers with AATO of Rs. 10 Cr and above.' },
        { date: '15-02-2025', title: 'Create a separate API user for each GSP from API Registration > User Credentials.' },
        { date: '10-01-2025', title: 'Bulk Generation tool (version 1.4) released with the updated schema.' }
      ]
    };
  }

  function LoginController(scope) {
    var timer = null;
    var vm = {
      step: 'credentials', alerts: [], busy: false, captchaStamp: Date.now(),
      credentials: { userName: '', password: '', captcha: '' }, otp: '', otpMessage: '', resendIn: 0
    };
    if (app.flash) { vm.alerts.push(app.flash); app.flash = null; }
    scope.$on('$destroy', function () { clearInterval(timer); });
    function startTimer() {
      clearInterval(timer);
      vm.resendIn = 30;
      timer = setInterval(function () { vm.resendIn = Math.max(0, vm.resendIn - 1); if (!vm.resendIn) clearInterval(timer); $apply(); }, 1000);
    }
    vm.closeAlert = function (i) { vm.alerts.splice(i, 1); };
    vm.refreshCaptcha = function () { vm.captchaStamp = Date.now(); };
    vm.login = function () {
      var f = vm.loginForm;
      if (!f || f.$invalid || vm.busy) return;
      vm.busy = true; vm.alerts = [];
      $http('POST', 'api/auth/login', { userName: vm.credentials.userName, password: vm.credentials.password, captchaCode: vm.credentials.captcha })
        .then(function (r) {
          vm.busy = false; vm.step = 'otp'; vm.otp = ''; vm.otpMessage = r.data.message;
          startTimer(); $apply(); focusLater('#txtOtp');
        }, function (r) {
          vm.busy = false;
          if (r.status === 401) { $apply(); return; }
          var data = r.data || {};
          vm.alerts = [{ type: 'danger', msg: data.message || 'Unable to process your request. Please try again.' }];
          vm.credentials.captcha = '';
          if (data.errorCode === 'INVALID_CREDENTIALS') vm.credentials.password = '';
          vm.refreshCaptcha();
          $apply();
          if (f.captcha) { f.captcha.$setPristine(); f.captcha.$setUntouched(); }
          if (f.password && data.errorCode === 'INVALID_CREDENTIALS') { f.password.$setPristine(); f.password.$setUntouched(); }
          $apply();
          focusLater(data.errorCode === 'INVALID_CREDENTIALS' ? '#txtPassword' : '#txtCaptcha');
        });
    };
    vm.verifyOtp = function () {
      var f = vm.otpForm;
      if (!f || f.$invalid || vm.busy) return;
      vm.busy = true; vm.alerts = [];
      $http('POST', 'api/auth/otp/verify', { otp: vm.otp }).then(function (r) {
        vm.busy = false;
        clearInterval(timer);
        app.user = r.data.user;
        app.pendingLoginPopups = true;
        go('/dashboard');
        $apply();
      }, function (r) {
        vm.busy = false;
        if (r.status === 401) { $apply(); return; }
        vm.alerts = [{ type: 'danger', msg: (r.data && r.data.message) || 'Unable to verify the OTP. Please try again.' }];
        vm.otp = '';
        $apply();
        if (f.otp) { f.otp.$setPristine(); f.otp.$setUntouched(); }
        $apply();
        focusLater('#txtOtp');
      });
    };
    vm.resendOtp = function () {
      vm.alerts = [];
      $http('POST', 'api/auth/otp/resend', {}).then(function (r) {
        vm.alerts = [{ type: 'info', msg: r.data.message }];
        startTimer(); $apply();
      }, function (r) {
        if (r.status !== 401) vm.alerts = [{ type: 'danger', msg: (r.data && r.data.message) || 'Unable to resend the OTP.' }];
        $apply();
      });
    };
    vm.backToLogin = function () {
      clearInterval(timer);
      vm.step = 'credentials'; vm.alerts = [];
      vm.credentials = { userName: '', password: '', captcha: '' };
      vm.refreshCaptcha();
    };
    return vm;
  }

  function DashboardController(scope) {
    var vm = { alerts: [], data: {} };
    vm.closeAlert = function (i) { vm.alerts.splice(i, 1); };
    function showAdvisory() {
      $http('GET', 'api/notices').then(function (r) {
        if (scope.$$destroyed) return;
        openModal({
          templateUrl: 'views/modals/advisory.html',
          windowClass: 'advisory-modal',
          controller: function () { return { notices: r.data.notices || [] }; }
        });
      }, function () {});
    }
    function showTechnicalContact() {
      $http('GET', 'api/profile/technical-contact').then(function (r) {
        if (scope.$$destroyed) return;
        openModal({
          templateUrl: 'views/modals/technical-contact.html',
          backdrop: 'static',
          keyboard: false,
          windowClass: 'technical-contact-modal',
          controller: function (modalScope, instance) {
            var m = { alerts: [], busy: false, contact: { name: r.data.name, mobile: r.data.mobile, email: r.data.email } };
            m.closeAlert = function (i) { m.alerts.splice(i, 1); };
            m.update = function () {
              if (!m.contactForm || m.contactForm.$invalid || m.busy) return;
              m.busy = true;
              $http('POST', 'api/profile/technical-contact', m.contact).then(function (res) {
                m.busy = false;
                vm.alerts = [{ type: 'success', msg: res.data.message }];
                instance.close('updated');
                $apply();
              }, function (res) {
                m.busy = false;
                if (res.status !== 401) m.alerts = [{ type: 'danger', msg: (res.data && res.data.message) || 'Unable to update the details.' }];
                $apply();
              });
            };
            return m;
          }
        }).result.then(showAdvisory, function (reason) { if (reason !== 'session expired') showAdvisory(); });
      }, function () {});
    }
    $http('GET', 'api/dashboard').then(function (r) {
      vm.data = r.data;
      $apply();
      if (app.pendingLoginPopups) {
        app.pendingLoginPopups = false;
        showTechnicalContact();
      }
    }, function () {});
    return vm;
  }

  function ApiCreateController(scope) {
    var timer = null;
    var vm = {
      alerts: [], busy: false, otpSent: false, otpVerified: false, created: false, otp: '', otpMessage: '',
      resendIn: 0, gsps: [], registrations: [], gstin: app.user ? app.user.gstin : '',
      reg: { type: undefined, gsp: undefined, userName: '', password: '', confirmPassword: '' }
    };
    scope.$on('$destroy', function () { clearInterval(timer); });
    function startTimer() {
      clearInterval(timer);
      vm.resendIn = 30;
      timer = setInterval(function () { vm.resendIn = Math.max(0, vm.resendIn - 1); if (!vm.resendIn) clearInterval(timer); $apply(); }, 1000);
    }
    function failed(r, fallback) {
      vm.busy = false;
      if (r.status !== 401) vm.alerts = [{ type: 'danger', msg: (r.data && r.data.message) || fallback }];
      $apply();
    }
    vm.closeAlert = function (i) { vm.alerts.splice(i, 1); };
    vm.sendOtp = function (resend) {
      if (vm.busy) return;
      vm.busy = true; vm.alerts = [];
      $http('POST', 'api/apireg/otp/send', {}).then(function (r) {
        vm.busy = false; vm.otpSent = true; vm.otpMessage = r.data.message; vm.otp = '';
        if (resend) vm.alerts = [{ type: 'info', msg: 'A new OTP has been sent to your registered mobile number.' }];
        startTimer(); $apply(); focusLater('#txtApiOtp');
      }, function (r) { failed(r, 'Unable to send the OTP. Please try again.'); });
    };
    vm.verifyOtp = function () {
      var f = vm.otpForm;
      if (!f || f.$invalid || vm.busy) return;
      vm.busy = true; vm.alerts = [];
      $http('POST', 'api/apireg/otp/verify', { otp: vm.otp }).then(function (r) {
        vm.busy = false; vm.otpVerified = true; clearInterval(timer);
        vm.alerts = [{ type: 'success', msg: r.data.message }];
        $apply();
        loadRegistrations();
      }, function (r) {
        failed(r, 'Unable to verify the OTP. Please try again.');
        if (r.status === 401) return;
        vm.otp = '';
        $apply();
        if (f.otp) { f.otp.$setPristine(); f.otp.$setUntouched(); }
        $apply();
        focusLater('#txtApiOtp');
      });
    };
    function loadRegistrations() {
      $http('GET', 'api/apireg/registrations').then(function (r) { vm.registrations = r.data.registrations || []; $apply(); }, function () {});
    }
    vm.typeNote = function () {
      if (vm.reg.type === 'DIRECT') return 'Direct API access (Client ID and Client Secret) is available only to taxpayers whose aggregate turnover exceeds the notified limit. Your GSTIN is not eligible for direct integration.';
      if (vm.reg.type === 'ERP') return 'Registration through ERP is not enabled for your GSTIN. Please contact your ERP provider.';
      if (vm.reg.type === 'OTHER') return 'To use the Client-Id of another GSTIN, the GSTIN that owns the Client-Id must first add your GSTIN from its own login.';
      return '';
    };
    vm.apiUserName = function () { return 'API_' + String(vm.reg.userName || '').replace(/^API_/i, ''); };
    vm.submit = function () {
      var f = vm.regForm;
      if (!f || f.$invalid || vm.reg.type !== 'GSP' || !vm.reg.gsp || vm.busy) return;
      var details = { userName: vm.apiUserName(), gspName: vm.reg.gsp.gspName, gstin: vm.gstin };
      openModal({ templateUrl: 'views/modals/confirm.html', scope: scope, windowClass: 'confirm-modal', controller: function () { return details; } })
        .result.then(create, function () {});
    };
    function create() {
      vm.busy = true; vm.alerts = [];
      $http('POST', 'api/apireg/users', {
        registrationType: 'GSP',
        gspId: vm.reg.gsp.gspId,
        userName: String(vm.reg.userName).replace(/^API_/i, ''),
        password: vm.reg.password,
        confirmPassword: vm.reg.confirmPassword
      }).then(function (r) {
        vm.busy = false; vm.created = true;
        vm.alerts = [{ type: 'success', msg: r.data.message }];
        vm.registrations = r.data.registrations || vm.registrations;
        $apply();
        window.scrollTo(0, 0);
      }, function (r) {
        failed(r, 'Unable to create the API user. Please try again later.');
        if (r.status !== 401) window.scrollTo(0, 0);
      });
    }
    vm.exit = function () { go('/dashboard'); };
    $http('GET', 'api/apireg/gsps').then(function (r) { vm.gsps = r.data.gsps || []; $apply(); }, function () {});
    return vm;
  }

  function PageController(scope, params) {
    var title = String(params.name || '').split('-').map(function (w) {
      return w === 'irn' || w === 'api' ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1);
    }).join(' ').replace('E Invoice', 'e-Invoice');
    return { title: title };
  }

  when('/home', { templateUrl: 'views/home.html', controller: HomeController });
  when('/login', { templateUrl: 'views/login.html', controller: LoginController, guest: true });
  when('/dashboard', { templateUrl: 'views/dashboard.html', controller: DashboardController, auth: true });
  when('/api/create', { templateUrl: 'views/api-create.html', controller: ApiCreateController, auth: true });
  when('/page/:name', { templateUrl: 'views/page.html', controller: PageController, auth: true });

  /* ------------------------------------------------------------------ bootstrap */
  function prependStyle(css) {
    var style = document.createElement('style');
    style.type = 'text/css';
    style.textContent = css;
    document.head.insertBefore(style, document.head.firstChild);
  }
  function bootstrap() {
    prependStyle('.uib-position-measure{display:block !important;visibility:hidden !important;position:absolute !important;top:-9999px !important;left:-9999px !important;}.uib-position-scrollbar-measure{position:absolute !important;top:-9999px !important;width:50px !important;height:50px !important;overflow:scroll !important;}.uib-position-body-scrollbar-measure{overflow:scroll !important;}');
    prependStyle('@charset "UTF-8";[ng\\:cloak],[ng-cloak],[data-ng-cloak],[x-ng-cloak],.ng-cloak,.x-ng-cloak,.ng-hide:not(.ng-hide-animate){display:none !important;}ng\\:form{display:block;}.ng-animate-shim{visibility:hidden;}.ng-anchor{position:absolute;}');
    document.documentElement.classList.add('ng-scope');
    document.body.classList.add('ng-scope');
    document.addEventListener('click', function (e) {
      var a = e.target && e.target.closest ? e.target.closest('a') : null;
      if (a && !a.getAttribute('href')) e.preventDefault();
    }, true);
    var placeholder = qs(document, '[ng-view]');
    viewAnchor = placeholder.previousSibling;
    while (viewAnchor && viewAnchor.nodeType !== 8) viewAnchor = viewAnchor.previousSibling;
    removeNode(placeholder);
    compile(qs(document, 'nav.navbar'), $rootScope);
    $apply();
    $http('GET', 'api/session', undefined, { ignoreAuthModule: true }).then(function (r) {
      app.user = r.data && r.data.authenticated ? r.data.user : null;
      start();
    }, function () { start(); });
  }
  function start() {
    window.addEventListener('hashchange', onLocationChange);
    onLocationChange();
    $apply();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', bootstrap);
  else bootstrap();
})(window, document);
`;

const APP_JS = `/*! e-Invoice System - app.min.js (angular 1.6.9, angular-route, angular-animate, ui-bootstrap-tpls 2.5.0, ui-select 0.19.8, angular-loading-bar 0.9.0) */
window.__templateCache = ${JSON.stringify(VIEWS)};
${RUNTIME_JS}`;
