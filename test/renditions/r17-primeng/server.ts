/**
 * Rendition r17-primeng: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2021-2024 Angular 17 single-page application
 * on PrimeNG (Lara light blue theme, PrimeFlex grid, Sakai-style layout) would draw it, as many NIC and
 * state-government Angular portals are built. There is no real Angular: a small hand-written runtime in
 * the served `main-*.js` reproduces the DOM Angular and PrimeNG produce (`<app-root ng-version>`,
 * `_nghost-ng-c…` / `_ngcontent-ng-c…` on app-component elements only, PrimeNG internals without them,
 * `ng-star-inserted`, `ng-untouched ng-pristine ng-invalid` form classes), path routing with
 * history.pushState, and the widgets' behaviour and animations. Icons (PrimeIcons class names) are CSS
 * masks of small hand-drawn SVGs; no library files, no fonts, no network.
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - Every page URL serves the same `index.html` (an empty `<app-root>` until `main-*.js` boots). Routes:
 *   `/` (landing page, header button "Login"), `/login`, `/login/otp-verification`, `/dashboard`
 *   (heading "Dash Board"), `/api-registration/user-credentials/create-api-user`, and placeholder pages
 *   for the other menu leaves. JSON endpoints live under `/api/`. A route guard asks
 *   `GET /api/auth/session` on every navigation to a signed-in route and sends a stranger to `/login`.
 * - Login: a p-card "Login" with Username (`input#username`), Password (p-password with the eye toggle,
 *   no strength meter) and a captcha picture (`GET /api/auth/captcha`, an SVG image of the configured
 *   characters with fresh noise each time; compared case-insensitively) with a refresh icon button.
 *   The captcha is checked first, then the username (case-insensitive) and password. A refusal is a
 *   HTTP 400 that the page shows as an error toast and inline: "Invalid Captcha. Please enter the
 *   characters shown in the image." under the captcha field (box emptied, picture redrawn), or "Invalid
 *   Login Credentials. Please check your Username and Password." as a p-messages error above the form
 *   (password emptied, captcha redrawn). Empty fields get `small.p-error` "… is required." (no refusal).
 * - 2FA: p-card "Two Factor Authentication" with one plain "Enter OTP" input (`input#loginOtp`, 6 digits,
 *   digits only), p-button "Verify OTP", a "Resend OTP" link button after a 30 s countdown. Wrong OTP:
 *   error toast + `small.p-error` "Invalid OTP. Please enter the correct OTP sent to your registered
 *   mobile number."; the box is emptied; retries unlimited.
 * - After login: on the first dashboard of a session the dashboard asks
 *   `GET /api/profile/technical-contact` and opens the p-dialog "Contacts of Technical Person" (appended
 *   to body, modal mask, name/mobile/e-mail, footer button "Close", header × without text or label).
 *   Escape closes it; a click on the mask does nothing. Dashboard cards "Generations", "Cancelled",
 *   "e-Invoices this month", "API Users".
 * - Menu: a PrimeNG 15-style p-panelMenu in the left sidebar: Dash Board (a header link); e-Invoice;
 *   API Registration (User Credentials → Create API User, View API Users; IP Whitelisting; Freeze API
 *   User; Change API Password); MIS Reports; User Management. Headers and nested items animate their
 *   height over 400 ms; closed content stays in the DOM at height 0 with overflow hidden. Several panels
 *   may be open at once. The active leaf gets `p-menuitem-link-active`.
 * - API OTP: the page "Create API User" has a breadcrumb and a p-panel "API Registration" with the GSTIN
 *   and a p-button "Send OTP" (`POST /api/api-registration/otp/send`, p-blockUI with a p-progressSpinner
 *   over the panel while it runs). Then a p-messages info "OTP has been sent to your registered mobile
 *   number XXXXXX4821. It is valid for 10 minutes.", the label "Enter OTP", a p-inputOtp of six boxes
 *   (focus advances on input, Backspace goes back, a paste or a longer value spreads over the boxes),
 *   p-button "Verify OTP" and a "Resend OTP" link (30 s countdown). Wrong OTP: an error toast "Invalid OTP.
 *   Please enter the valid OTP sent to your registered mobile number." and the same text as
 *   `small.p-error`; the boxes are emptied; retries unlimited. Verified: a success toast and the form.
 * - Registration form: "Do you wish to Register your GSTIN for" with p-radioButtons Directly / Through GSP
 *   / Through ERP / Through Client-Id of other (none chosen at first; anything but Through GSP shows a
 *   warning p-message and no fields). Through GSP shows "Select your GSP" (p-dropdown with filter, 24
 *   names, "contains" matching, panel appended to body, arrows change the choice directly as PrimeNG 15
 *   does), "Username" as a p-inputGroup with the addon `API_` (3 to 25 letters, digits, '_', '.', '-'
 *   typed; a typed leading "API_" is not doubled), "Password" (p-password with the Weak/Medium/Strong
 *   panel appended to body while focused) and "Re-enter Password" (p-password, no meter): 8 to 15
 *   characters with upper, lower, digit and special character. Buttons "Submit" and "Exit" (to the
 *   dashboard). Submit validates (inline `small.p-error`, red `ng-invalid ng-dirty` borders) then opens
 *   p-confirmDialog "Confirmation" ("Do you want to create API user API_x for <GSP>?", Yes / No).
 * - Yes: `POST /api/api-registration/api-users` under a p-blockUI. Refusals (HTTP 409) as an error toast
 *   and a p-messages error above the form: "GSTIN <gstin> is already registered with <GSP>." (duplicate:
 *   Tera Software Limited is on file from before, or any user made here) and "Username API_x already
 *   exists. Please choose a different username." (username-taken: API_admin, API_test, API_terasoft or any
 *   on file, case-insensitively). Success: a p-messages success "API user API_x has been created
 *   successfully for <GSP>. Please note the username and password for use with the Authentication
 *   API.", a success toast, the form replaced by a "Create another API user" button, and the p-panel
 *   "GSPs registered for GSTIN <gstin>" (a p-table: Sr. No., GSP Name, API Username, Created On, Status),
 *   shown since the OTP was verified, gains the row.
 * - Sessions: cookie `EINVSESSION` (HttpOnly, SameSite=Lax) naming server-side state, 20 minutes idle, plus
 *   Angular's double-submit `XSRF-TOKEN` cookie echoed as `X-XSRF-TOKEN` on every POST. A signed-in call
 *   without a live session answers 401 JSON; the page's HttpInterceptor shows an error toast "Session
 *   expired. Please login again." and routes to `/login?expired=true`, where a p-messages warning says
 *   "Your session has expired. Please login again.".
 * - expireOnce: the first request of that stage (otp/send, otp/verify, or the api-users POST) deletes the
 *   server session first, so it answers 401 as any lost session does.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type PrimengR17Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface PrimengR17Options {
  expireOnce?: PrimengR17Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface PrimengR17State {
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

export interface PrimengR17Rendition {
  url: string;
  close(): Promise<void>;
  state: PrimengR17State;
}

export const PRIMENG_R17_LOGIN: { username: string; password: string } = {
  username: 'mhtaxpayer17',
  password: 'Lara@Prime17',
};

/** The GSPs of "Select your GSP", in the order the portal lists them. */
const GSPS: { id: string; name: string }[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Bharti Airtel Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Excellon Software Private Limited',
  'EY GDS Solutions Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'Masters India Private Limited',
  'Mastek Limited',
  'Seshaasai Business Forms Private Limited',
  'Sify Technologies Limited',
  'Spice Digital Limited',
  'Tally ( India) Private Ltd',
  'Taxilla Technologies Private Limited',
  'Tata Consultancy Services Limited',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
  'Zoho Corporation Private Limited',
].map((name, index) => ({ id: `GSP${String(index + 101).padStart(4, '0')}`, name }));

/** A registration on file before this server started (not in `state.users`). */
const EARLIER = {
  gsp: 'Tera Software Limited',
  username: 'API_terasoft',
  createdOn: '2022-03-14T11:20:05.000Z',
};
const RESERVED_USERNAMES = ['API_admin', 'API_test', 'API_terasoft'];

const SESSION_COOKIE = 'EINVSESSION';
const XSRF_COOKIE = 'XSRF-TOKEN';
const IDLE_MS = 20 * 60 * 1000;
const MOBILE = 'XXXXXX4821';
const ASSETS = {
  main: '/main-K4QX7N2D.js',
  polyfills: '/polyfills-RX3NFO5G.js',
  styles: '/styles-7KD3WZQA.css',
};

interface Session {
  id: string;
  stage: 'anonymous' | 'otp' | 'signed-in';
  userName: string;
  lastSeen: number;
  contactShown: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
}

type Json = Record<string, unknown>;

const API_PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const API_USERNAME_RULE = /^[A-Za-z0-9_.-]{3,25}$/;

function cookiesOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at).trim()] = decodeURIComponent(part.slice(at + 1).trim());
  }
  return out;
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Json = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...(headers as Record<string, string | string[]>),
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown, cookies: string[] = []): void {
  send(
    res,
    status,
    'application/json; charset=utf-8',
    JSON.stringify(body),
    cookies.length ? { 'Set-Cookie': cookies } : {},
  );
}

async function readJson(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 65536) break;
    chunks.push(chunk as Buffer);
  }
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Json) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The captcha picture: the characters drawn with a little rotation, noise lines and dots, fresh each time. */
function captchaSvg(chars: string): string {
  const w = 150;
  const h = 48;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<rect width="${w}" height="${h}" fill="#eef2f7"/>`,
  ];
  const colors = ['#1e3a8a', '#7c2d12', '#14532d', '#581c87', '#0f172a', '#9f1239'];
  for (let i = 0; i < 6; i++) {
    parts.push(
      `<line x1="${randomInt(0, w)}" y1="${randomInt(0, h)}" x2="${randomInt(0, w)}" y2="${randomInt(0, h)}" stroke="${colors[randomInt(0, colors.length)]}" stroke-opacity="0.45" stroke-width="${randomInt(1, 3)}"/>`,
    );
  }
  for (let i = 0; i < 40; i++) {
    parts.push(`<circle cx="${randomInt(0, w)}" cy="${randomInt(0, h)}" r="1" fill="#64748b"/>`);
  }
  const step = (w - 20) / Math.max(chars.length, 1);
  [...chars].forEach((ch, i) => {
    const x = 14 + i * step + randomInt(0, 6);
    const y = 33 + randomInt(-4, 5);
    const rotate = randomInt(-22, 23);
    const color = colors[randomInt(0, colors.length)];
    parts.push(
      `<text x="${x}" y="${y}" transform="rotate(${rotate} ${x} ${y})" font-family="Courier New, monospace" font-size="${randomInt(24, 30)}" font-weight="bold" fill="${color}">${ch.replace(/[<&>]/g, '')}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

const INDEX_HTML = `<!doctype html>
<html lang="en" data-critters-container>
<head>
  <meta charset="utf-8">
  <title>e-Invoice System</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/svg+xml" href="favicon.ico">
  <link rel="stylesheet" href="${ASSETS.styles.slice(1)}">
</head>
<body>
  <app-root></app-root>
  <noscript>Please enable JavaScript to continue using this application.</noscript>
  <script src="${ASSETS.polyfills.slice(1)}" type="module"></script>
  <script src="${ASSETS.main.slice(1)}" type="module"></script>
</body>
</html>
`;

const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4ed8"/><text x="16" y="22" font-size="14" font-family="Arial" font-weight="bold" fill="#fff" text-anchor="middle">eI</text></svg>';

const POLYFILLS_JS =
  '/* zone.js 0.14.4 (stub) */\nwindow.Zone = window.Zone || { __symbol__: function (n) { return "__zone_symbol__" + n; } };\n';

export async function startPrimengR17Rendition(
  options: PrimengR17Options = {},
): Promise<PrimengR17Rendition> {
  const state: PrimengR17State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  let expireArmed: PrimengR17Expiry | undefined = options.expireOnce;

  const sessionCookie = (id: string) => `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`;

  function sessionOf(req: IncomingMessage): Session | undefined {
    const id = cookiesOf(req)[SESSION_COOKIE];
    const session = id ? sessions.get(id) : undefined;
    if (!session) return undefined;
    if (Date.now() - session.lastSeen > IDLE_MS) {
      sessions.delete(session.id);
      return undefined;
    }
    session.lastSeen = Date.now();
    return session;
  }

  function newSession(): Session {
    const session: Session = {
      id: randomBytes(18).toString('hex'),
      stage: 'anonymous',
      userName: '',
      lastSeen: Date.now(),
      contactShown: false,
      apiOtpSent: false,
      apiOtpVerified: false,
    };
    sessions.set(session.id, session);
    return session;
  }

  const unauthorized = (res: ServerResponse) =>
    sendJson(res, 401, {
      status: 401,
      error: 'Unauthorized',
      message: 'Session expired. Please login again.',
    });

  /** The armed stage's first request: the session is gone before anything else is looked at. */
  function expiresHere(stage: PrimengR17Expiry, req: IncomingMessage): boolean {
    if (expireArmed !== stage) return false;
    expireArmed = undefined;
    const id = cookiesOf(req)[SESSION_COOKIE];
    if (id) sessions.delete(id);
    state.expired.push(stage);
    return true;
  }

  function registeredRows(): Json[] {
    const rows = [
      { gsp: EARLIER.gsp, username: EARLIER.username, createdOn: EARLIER.createdOn },
      ...state.users.filter((u) => u.gstin === state.gstin),
    ];
    return rows.map((row, index) => ({
      srNo: index + 1,
      gspName: row.gsp,
      apiUserName: row.username,
      createdOn: row.createdOn,
      status: 'Active',
    }));
  }

  async function api(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    if (method === 'POST') {
      const cookie = cookiesOf(req)[XSRF_COOKIE];
      if (!cookie || req.headers['x-xsrf-token'] !== cookie) {
        sendJson(res, 403, {
          status: 403,
          error: 'Forbidden',
          message: 'Invalid CSRF token. Please reload the page.',
        });
        return;
      }
    }
    let session = sessionOf(req);

    if (method === 'GET' && path === '/api/auth/captcha') {
      const cookies: string[] = [];
      if (!session) {
        session = newSession();
        cookies.push(sessionCookie(session.id));
      }
      send(
        res,
        200,
        'image/svg+xml',
        captchaSvg(state.captcha),
        cookies.length ? { 'Set-Cookie': cookies } : {},
      );
      return;
    }
    if (method === 'GET' && path === '/api/auth/session') {
      sendJson(res, 200, {
        authenticated: session?.stage === 'signed-in',
        otpPending: session?.stage === 'otp',
        userName: session && session.stage !== 'anonymous' ? session.userName : null,
        gstin: session?.stage === 'signed-in' ? state.gstin : null,
        legalName: session?.stage === 'signed-in' ? 'UNITED FOODS AND BEVERAGES' : null,
        mobile: session && session.stage !== 'anonymous' ? MOBILE : null,
      });
      return;
    }
    if (method === 'POST' && path === '/api/auth/login') {
      const body = await readJson(req);
      const cookies: string[] = [];
      if (!session) {
        session = newSession();
        cookies.push(sessionCookie(session.id));
      }
      if (text(body.captcha).trim().toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        sendJson(
          res,
          400,
          {
            status: 400,
            errorCode: 'EINV_1002',
            field: 'captcha',
            message: 'Invalid Captcha. Please enter the characters shown in the image.',
          },
          cookies,
        );
        return;
      }
      const userName = text(body.username).trim();
      if (
        userName.toLowerCase() !== PRIMENG_R17_LOGIN.username.toLowerCase() ||
        text(body.password) !== PRIMENG_R17_LOGIN.password
      ) {
        state.refusals.push('login');
        sendJson(
          res,
          400,
          {
            status: 400,
            errorCode: 'EINV_1001',
            field: 'credentials',
            message: 'Invalid Login Credentials. Please check your Username and Password.',
          },
          cookies,
        );
        return;
      }
      session.stage = 'otp';
      session.userName = PRIMENG_R17_LOGIN.username;
      sendJson(
        res,
        200,
        {
          status: 'OTP_SENT',
          mobile: MOBILE,
          message: `OTP has been sent to your registered mobile number ${MOBILE}.`,
        },
        cookies,
      );
      return;
    }
    if (method === 'POST' && (path === '/api/auth/otp/verify' || path === '/api/auth/otp/resend')) {
      if (!session || session.stage === 'anonymous') return unauthorized(res);
      if (path.endsWith('/resend')) {
        sendJson(res, 200, {
          status: 'OTP_SENT',
          message: `OTP has been resent to your registered mobile number ${MOBILE}.`,
        });
        return;
      }
      const body = await readJson(req);
      if (session.stage === 'otp' && text(body.otp).trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        sendJson(res, 400, {
          status: 400,
          errorCode: 'EINV_1010',
          message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
        });
        return;
      }
      session.stage = 'signed-in';
      sendJson(res, 200, { status: 'SUCCESS', userName: session.userName, gstin: state.gstin });
      return;
    }
    if (method === 'POST' && path === '/api/auth/logout') {
      if (session) sessions.delete(session.id);
      sendJson(res, 200, { status: 'LOGGED_OUT' });
      return;
    }

    // Everything below needs a signed-in session (after the armed expiry, which comes first).
    const stage: PrimengR17Expiry | undefined =
      method === 'POST' && path === '/api/api-registration/otp/send'
        ? 'api-otp-send'
        : method === 'POST' && path === '/api/api-registration/otp/verify'
          ? 'api-otp-verify'
          : method === 'POST' && path === '/api/api-registration/api-users'
            ? 'submit'
            : undefined;
    if (stage && expiresHere(stage, req)) return unauthorized(res);
    if (session?.stage !== 'signed-in') return unauthorized(res);

    if (method === 'GET' && path === '/api/dashboard/summary') {
      sendJson(res, 200, {
        generations: 1284,
        cancelled: 37,
        thisMonth: 212,
        apiUsers: registeredRows().length,
      });
      return;
    }
    if (method === 'GET' && path === '/api/profile/technical-contact') {
      const show = !session.contactShown;
      session.contactShown = true;
      sendJson(res, 200, {
        show,
        name: 'RAJESH KULKARNI',
        mobile: '98XXXXXX21',
        email: 'ra****@unitedfoods.in',
        designation: 'IT Manager',
      });
      return;
    }
    if (method === 'GET' && path === '/api/api-registration/gsps') {
      sendJson(
        res,
        200,
        GSPS.map((g) => ({ gspId: g.id, gspName: g.name })),
      );
      return;
    }
    if (method === 'GET' && path === '/api/api-registration/registered') {
      sendJson(res, 200, { gstin: state.gstin, rows: registeredRows() });
      return;
    }
    if (stage === 'api-otp-send') {
      await new Promise((resolve) => setTimeout(resolve, 350));
      session.apiOtpSent = true;
      session.apiOtpVerified = false;
      sendJson(res, 200, {
        status: 'OTP_SENT',
        mobile: MOBILE,
        validityMinutes: 10,
        message: `OTP has been sent to your registered mobile number ${MOBILE}. It is valid for 10 minutes.`,
      });
      return;
    }
    if (stage === 'api-otp-verify') {
      const body = await readJson(req);
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (!session.apiOtpSent) {
        sendJson(res, 400, {
          status: 400,
          errorCode: 'EINV_2003',
          message: 'Please generate the OTP first.',
        });
        return;
      }
      if (text(body.otp).trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        sendJson(res, 400, {
          status: 400,
          errorCode: 'EINV_2001',
          message: 'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
        });
        return;
      }
      session.apiOtpVerified = true;
      sendJson(res, 200, { status: 'VERIFIED', message: 'OTP verified successfully.' });
      return;
    }
    if (stage === 'submit') {
      const body = await readJson(req);
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (!session.apiOtpVerified) {
        sendJson(res, 400, {
          status: 400,
          errorCode: 'EINV_2004',
          message: 'OTP verification is required before creating an API user.',
        });
        return;
      }
      const gsp = GSPS.find((g) => g.id === text(body.gspId));
      const typed = text(body.userName).trim().replace(/^API_/i, '');
      const password = text(body.password);
      if (
        text(body.registrationType) !== 'GSP' ||
        !gsp ||
        !API_USERNAME_RULE.test(typed) ||
        !API_PASSWORD_RULE.test(password) ||
        password !== text(body.confirmPassword)
      ) {
        sendJson(res, 400, {
          status: 400,
          errorCode: 'EINV_2005',
          message: 'Invalid request. Please check the details entered.',
        });
        return;
      }
      const username = `API_${typed}`;
      if (
        gsp.name === EARLIER.gsp ||
        state.users.some((u) => u.gstin === state.gstin && u.gsp === gsp.name)
      ) {
        state.refusals.push('duplicate');
        sendJson(res, 409, {
          status: 409,
          errorCode: 'EINV_2011',
          message: `GSTIN ${state.gstin} is already registered with ${gsp.name}.`,
        });
        return;
      }
      const taken = [...RESERVED_USERNAMES, ...state.users.map((u) => u.username)];
      if (taken.some((name) => name.toLowerCase() === username.toLowerCase())) {
        state.refusals.push('username-taken');
        sendJson(res, 409, {
          status: 409,
          errorCode: 'EINV_2012',
          message: `Username ${username} already exists. Please choose a different username.`,
        });
        return;
      }
      const createdOn = new Date().toISOString();
      state.users.push({ gstin: state.gstin, gsp: gsp.name, username, password, createdOn });
      session.apiOtpVerified = false;
      session.apiOtpSent = false;
      sendJson(res, 201, {
        status: 'CREATED',
        apiUserName: username,
        gspName: gsp.name,
        message: `API user ${username} has been created successfully for ${gsp.name}. Please note the username and password for use with the Authentication API.`,
        rows: registeredRows(),
      });
      return;
    }
    sendJson(res, 404, { status: 404, error: 'Not Found', message: 'Not Found' });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith('/api/')) return api(req, res, path);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain', 'Method Not Allowed');
    if (path === ASSETS.styles) return send(res, 200, 'text/css; charset=utf-8', STYLES_CSS);
    if (path === ASSETS.main) return send(res, 200, 'text/javascript; charset=utf-8', MAIN_JS);
    if (path === ASSETS.polyfills) return send(res, 200, 'text/javascript; charset=utf-8', POLYFILLS_JS);
    if (path === '/favicon.ico') return send(res, 200, 'image/svg+xml', FAVICON);
    if (/\.[A-Za-z0-9]+$/.test(path)) return send(res, 404, 'text/plain', 'Not Found');
    const cookies = cookiesOf(req);
    const setCookies = cookies[XSRF_COOKIE]
      ? []
      : [`${XSRF_COOKIE}=${randomBytes(16).toString('hex')}; Path=/; SameSite=Lax`];
    send(
      res,
      200,
      'text/html; charset=utf-8',
      INDEX_HTML,
      setCookies.length ? { 'Set-Cookie': setCookies } : {},
    );
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { status: 500, message: String(error) });
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
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      }),
  };
}

/** PrimeIcons class names, drawn as CSS masks of small hand-made SVGs (no icon font). */
const ICONS: Record<string, string> = {
  'chevron-right': "<path d='M9 6l6 6-6 6'/>",
  'chevron-down': "<path d='M6 9l6 6 6-6'/>",
  'chevron-left': "<path d='M15 6l-6 6 6 6'/>",
  'angle-right': "<path d='M10 8l4 4-4 4'/>",
  'angle-down': "<path d='M8 10l4 4 4-4'/>",
  times: "<path d='M6 6l12 12M18 6L6 18'/>",
  check: "<path d='M5 12.5l4.5 4.5L19 7'/>",
  plus: "<path d='M12 5v14M5 12h14'/>",
  'times-circle': "<circle cx='12' cy='12' r='9'/><path d='M9 9l6 6M15 9l-6 6'/>",
  'check-circle': "<circle cx='12' cy='12' r='9'/><path d='M8 12.5l2.8 2.8L16.5 9.5'/>",
  'info-circle': "<circle cx='12' cy='12' r='9'/><path d='M12 11v6M12 7.6v.2'/>",
  'exclamation-triangle': "<path d='M12 3.5L2.5 20h19z'/><path d='M12 10v4.5M12 17.3v.2'/>",
  'question-circle':
    "<circle cx='12' cy='12' r='9'/><path d='M9.6 9.3a2.5 2.5 0 1 1 3.3 2.4c-.8.3-.9.9-.9 1.8M12 16.8v.2'/>",
  eye: "<path d='M2 12s3.6-6.5 10-6.5S22 12 22 12s-3.6 6.5-10 6.5S2 12 2 12z'/><circle cx='12' cy='12' r='3'/>",
  'eye-slash':
    "<path d='M2 12s3.6-6.5 10-6.5S22 12 22 12s-3.6 6.5-10 6.5S2 12 2 12z'/><circle cx='12' cy='12' r='3'/><path d='M4 4l16 16'/>",
  search: "<circle cx='11' cy='11' r='6.5'/><path d='M16 16l4.5 4.5'/>",
  refresh: "<path d='M20 12a8 8 0 1 1-2.4-5.7'/><path d='M20 4v5h-5'/>",
  spinner: "<path d='M12 3a9 9 0 1 0 9 9'/>",
  'sign-out': "<path d='M9 4H5v16h4M15 8l4 4-4 4M19 12H9'/>",
  'sign-in': "<path d='M14 4h5v16h-5M9 8l4 4-4 4M13 12H3'/>",
  home: "<path d='M3 11l9-8 9 8'/><path d='M5.5 9.5V20h13V9.5'/>",
  user: "<circle cx='12' cy='8' r='4'/><path d='M4 21c0-4 3.6-7 8-7s8 3 8 7'/>",
  users:
    "<circle cx='9' cy='8' r='3.5'/><path d='M2.5 20c0-3.5 2.9-6 6.5-6s6.5 2.5 6.5 6'/><circle cx='17' cy='9' r='2.5'/><path d='M16.5 14c2.8 0 5 2 5 5'/>",
  file: "<path d='M6 3h8.5L19 7.5V21H6z'/><path d='M14 3v5h5'/>",
  'file-edit': "<path d='M6 3h8.5L19 7.5V11M6 3v18h6'/><path d='M14 3v5h5M15 20l5-5-2-2-5 5v2z'/>",
  'chart-bar': "<path d='M5 20V11M12 20V4M19 20v-7M3 20h18'/>",
  key: "<circle cx='8' cy='15' r='4'/><path d='M11 12l8.5-8.5M16 7l3 3'/>",
  send: "<path d='M3 11L21 3l-8 18-2.2-7.8z'/><path d='M10.8 13.2L21 3'/>",
  shield: "<path d='M12 3l8 3v6c0 5-3.6 8-8 9-4.4-1-8-4-8-9V6z'/>",
  lock: "<rect x='5' y='11' width='14' height='10' rx='2'/><path d='M8 11V7.5a4 4 0 0 1 8 0V11'/>",
  mobile: "<rect x='7' y='2.5' width='10' height='19' rx='2'/><path d='M11 18h2'/>",
  envelope: "<rect x='3' y='5' width='18' height='14' rx='2'/><path d='M3.5 6.5l8.5 6.5 8.5-6.5'/>",
  'th-large':
    "<rect x='4' y='4' width='7' height='7'/><rect x='13' y='4' width='7' height='7'/><rect x='4' y='13' width='7' height='7'/><rect x='13' y='13' width='7' height='7'/>",
  bell: "<path d='M6 16.5V11a6 6 0 0 1 12 0v5.5l2 1.5H4z'/><path d='M10 20.5h4'/>",
  bars: "<path d='M4 6h16M4 12h16M4 18h16'/>",
  ban: "<circle cx='12' cy='12' r='9'/><path d='M5.6 5.6l12.8 12.8'/>",
  list: "<path d='M9 6h11M9 12h11M9 18h11M4.5 6h.5M4.5 12h.5M4.5 18h.5'/>",
  print: "<path d='M7 9V3h10v6M7 17H4v-8h16v8h-3'/><path d='M7 14h10v7H7z'/>",
  upload: "<path d='M12 16V4M7 9l5-5 5 5M4 16v4h16v-4'/>",
  cog: "<circle cx='12' cy='12' r='3'/><path d='M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1'/>",
  'id-card':
    "<rect x='3' y='5' width='18' height='14' rx='2'/><circle cx='9' cy='11' r='2'/><path d='M6 16c.5-1.5 1.6-2.2 3-2.2s2.5.7 3 2.2M14.5 10h4M14.5 13.5h3'/>",
  globe:
    "<circle cx='12' cy='12' r='9'/><path d='M3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3z'/>",
};

function iconCss(): string {
  return Object.entries(ICONS)
    .map(([name, body]) => {
      const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='black' stroke-width='2' stroke-linecap='round' stroke-linejoin='round'>${body}</svg>`;
      return `.pi-${name}{--pi:url("data:image/svg+xml,${encodeURIComponent(svg)}")}`;
    })
    .join('\n');
}

/** styles-*.css: primeicons (masks), primeng.min.css structure, the Lara light blue theme, PrimeFlex, layout. */
const STYLES_BASE = `
:root{--font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji";
--surface-ground:#eff3f8;--surface-card:#ffffff;--surface-border:#dfe7ef;--text-color:#4b5563;--text-color-secondary:#6b7280;
--primary-color:#3B82F6;--primary-color-text:#ffffff;--maskbg:rgba(0,0,0,0.4);--highlight-bg:#EFF6FF;--highlight-text-color:#1D4ED8;
--focus-ring:0 0 0 0.2rem #BFDBFE;--border-radius:6px;}
*{box-sizing:border-box}
html{font-size:14px;height:100%}
body{margin:0;padding:0;min-height:100%;font-family:var(--font-family);font-weight:400;color:var(--text-color);background:var(--surface-ground);-webkit-font-smoothing:antialiased}
a{text-decoration:none;color:var(--primary-color)}
h1,h2,h3,h4,h5,h6{margin:1.5rem 0 1rem 0;font-family:inherit;font-weight:500;line-height:1.2;color:#1e293b}
h1:first-child,h2:first-child,h3:first-child,h4:first-child{margin-top:0}
.p-overflow-hidden{overflow:hidden}
.p-component,.p-component *{box-sizing:border-box}
.p-component{font-family:var(--font-family);font-size:1rem;font-weight:normal}
.p-hidden-accessible{border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px}
.p-hidden-accessible input,.p-hidden-accessible select{transform:scale(0)}
.p-link{text-align:left;background-color:transparent;margin:0;padding:0;border:0;cursor:pointer;user-select:none;font-size:1rem;font-family:var(--font-family);border-radius:6px}
.p-link:focus{outline:0 none;outline-offset:0;box-shadow:var(--focus-ring)}
.p-disabled,.p-disabled *{cursor:default !important;pointer-events:none;user-select:none}
.p-component:disabled,.p-disabled{opacity:.6}
.p-error{color:#e24c4c}
.p-text-secondary{color:#6b7280}
.p-component-overlay{background-color:var(--maskbg);transition-duration:.2s}
@keyframes p-component-overlay-enter-animation{from{background-color:transparent}to{background-color:var(--maskbg)}}
@keyframes p-component-overlay-leave-animation{from{background-color:var(--maskbg)}to{background-color:transparent}}
.p-component-overlay-enter{animation:p-component-overlay-enter-animation 150ms forwards}
.p-component-overlay-leave{animation:p-component-overlay-leave-animation 150ms forwards}
.pi{font-family:'primeicons';speak:none;font-style:normal;font-weight:normal;font-variant:normal;text-transform:none;line-height:1;display:inline-block;width:1em;height:1em;flex-shrink:0}
.pi:before{content:"";display:block;width:1em;height:1em;background-color:currentColor;-webkit-mask:var(--pi) center/contain no-repeat;mask:var(--pi) center/contain no-repeat}
.pi-fw{width:1.28571429em;text-align:center}
.pi-spin{animation:fa-spin 2s infinite linear}
@keyframes fa-spin{0%{transform:rotate(0deg)}100%{transform:rotate(359deg)}}
.p-inputtext{font-family:var(--font-family);font-size:1rem;color:#4b5563;background:#ffffff;padding:.75rem .75rem;border:1px solid #d1d5db;transition:background-color .2s,color .2s,border-color .2s,box-shadow .2s;appearance:none;border-radius:6px;margin:0}
.p-inputtext:enabled:hover{border-color:#3B82F6}
.p-inputtext:enabled:focus{outline:0 none;outline-offset:0;box-shadow:var(--focus-ring);border-color:#3B82F6}
.p-inputtext.ng-dirty.ng-invalid{border-color:#e24c4c}
.p-inputtext::placeholder{color:#6b7280}
.p-inputtext:disabled,.p-inputtext[readonly].p-readonly{background:#f3f4f6;opacity:1;color:#6b7280}
.p-fluid .p-inputtext{width:100%}
.p-inputwrapper-filled{}
.p-button{margin:0;display:inline-flex;cursor:pointer;user-select:none;align-items:center;vertical-align:bottom;text-align:center;overflow:hidden;position:relative;color:#ffffff;background:#3B82F6;border:1px solid #3B82F6;padding:.75rem 1.25rem;font-size:1rem;font-family:var(--font-family);transition:background-color .2s,color .2s,border-color .2s,box-shadow .2s;border-radius:6px}
.p-button-label{flex:1 1 auto;font-weight:700;transition:all .2s}
.p-button:enabled:hover{background:#2563eb;color:#ffffff;border-color:#2563eb}
.p-button:enabled:active{background:#1D4ED8;border-color:#1D4ED8}
.p-button:focus{outline:0 none;outline-offset:0;box-shadow:var(--focus-ring)}
.p-button:disabled{cursor:default;opacity:.6}
.p-button .p-button-icon-left{margin-right:.5rem}
.p-button .p-button-icon-right{margin-left:.5rem;order:1}
.p-button-icon-only{justify-content:center;width:3rem;padding:.75rem 0}
.p-button-icon-only .p-button-label{visibility:hidden;width:0;flex:0 0 auto}
.p-button-icon-only .p-button-icon-left{margin:0}
.p-button.p-button-rounded{border-radius:2rem}
.p-button-loading-icon{margin-right:.5rem}
.p-button.p-button-text{background-color:transparent;color:#3B82F6;border-color:transparent}
.p-button.p-button-text:enabled:hover{background:rgba(59,130,246,.04);color:#3B82F6;border-color:transparent}
.p-button.p-button-outlined{background-color:transparent;color:#3B82F6;border:1px solid}
.p-button.p-button-outlined:enabled:hover{background:rgba(59,130,246,.04);color:#3B82F6}
.p-button.p-button-secondary{color:#ffffff;background:#64748B;border:1px solid #64748B}
.p-button.p-button-secondary:enabled:hover{background:#475569;border-color:#475569}
.p-button.p-button-secondary.p-button-outlined{background:transparent;color:#64748B;border:1px solid}
.p-button.p-button-secondary.p-button-outlined:enabled:hover{background:rgba(100,116,139,.04);color:#64748B}
.p-button.p-button-secondary.p-button-text{background:transparent;color:#64748B;border-color:transparent}
.p-button.p-button-danger{color:#fff;background:#EF4444;border:1px solid #EF4444}
.p-button.p-button-success{color:#fff;background:#22C55E;border:1px solid #22C55E}
.p-button.p-button-link{color:#1D4ED8;background:transparent;border:transparent}
.p-button.p-button-link:enabled:hover{background:transparent;color:#1D4ED8;border-color:transparent}
.p-button.p-button-link:enabled:hover .p-button-label{text-decoration:underline}
.p-button.p-button-sm{font-size:.875rem;padding:.65625rem 1.09375rem}
.p-fluid .p-button{width:100%}
.p-fluid .p-button-icon-only{width:3rem}
p-button.w-full .p-button,.p-button.w-full{width:100%;justify-content:center}
`;

const STYLES_WIDGETS = `
.p-card{background:#ffffff;color:#4b5563;box-shadow:0 2px 1px -1px rgba(0,0,0,.2),0 1px 1px 0 rgba(0,0,0,.14),0 1px 3px 0 rgba(0,0,0,.12);border-radius:6px}
.p-card .p-card-body{padding:1.25rem}
.p-card .p-card-title{font-size:1.5rem;font-weight:700;margin-bottom:.5rem;color:#374151}
.p-card .p-card-subtitle{font-weight:400;margin-bottom:.5rem;color:#6b7280}
.p-card .p-card-content{padding:1.25rem 0}
.p-panel .p-panel-header{border:1px solid #e5e7eb;padding:1.25rem;background:#f9fafb;color:#374151;border-top-right-radius:6px;border-top-left-radius:6px;display:flex;align-items:center;justify-content:space-between}
.p-panel .p-panel-header .p-panel-title{font-weight:700;line-height:1}
.p-panel .p-panel-content{padding:1.25rem;border:1px solid #e5e7eb;background:#ffffff;color:#4b5563;border-bottom-right-radius:6px;border-bottom-left-radius:6px;border-top:0 none}
.p-blockui-container{position:relative}
.p-blockui{position:absolute;top:0;left:0;width:100%;height:100%;background-color:transparent;transition-property:background-color;display:flex;align-items:center;justify-content:center}
.p-blockui.p-component-overlay{position:absolute}
.p-blockui-document.p-component-overlay{position:fixed}
.p-progress-spinner{position:relative;margin:0 auto;width:100px;height:100px;display:inline-block}
.p-progress-spinner::before{content:"";display:block;padding-top:100%}
.p-progress-spinner-svg{animation:p-progress-spinner-rotate 2s linear infinite;height:100%;transform-origin:center center;width:100%;position:absolute;top:0;bottom:0;left:0;right:0;margin:auto}
.p-progress-spinner-circle{stroke-dasharray:89,200;stroke-dashoffset:0;stroke:#d62d20;animation:p-progress-spinner-dash 1.5s ease-in-out infinite,p-progress-spinner-color 6s ease-in-out infinite;stroke-linecap:round}
@keyframes p-progress-spinner-rotate{100%{transform:rotate(360deg)}}
@keyframes p-progress-spinner-dash{0%{stroke-dasharray:1,200;stroke-dashoffset:0}50%{stroke-dasharray:89,200;stroke-dashoffset:-35px}100%{stroke-dasharray:89,200;stroke-dashoffset:-124px}}
@keyframes p-progress-spinner-color{100%,0%{stroke:#d62d20}40%{stroke:#0057e7}66%{stroke:#008744}80%,90%{stroke:#ffa700}}
.p-password{position:relative;display:inline-flex}
.p-fluid .p-password{display:flex}
.p-fluid .p-password input{width:100%}
.p-password-panel{position:absolute;top:0;left:0;padding:1.25rem;background:#ffffff;color:#4b5563;border:0 none;box-shadow:0 1px 3px rgba(0,0,0,.3);border-radius:6px}
.p-password-panel .p-password-meter{margin-bottom:.75rem;background:#e5e7eb;height:10px}
.p-password-strength{height:100%;width:0;transition:width 1s ease-in-out}
.p-password-panel .p-password-meter .p-password-strength.weak{background:#ea5455}
.p-password-panel .p-password-meter .p-password-strength.medium{background:#ff9f42}
.p-password-panel .p-password-meter .p-password-strength.strong{background:#29c76f}
.p-input-icon-right{position:relative;display:inline-block}
.p-input-icon-right > i{position:absolute;top:50%;margin-top:-.5rem;right:.75rem;color:#6b7280;cursor:pointer}
.p-input-icon-right > .p-inputtext{padding-right:2.5rem}
.p-fluid .p-input-icon-right{display:block;width:100%}
.p-fluid .p-password.p-input-icon-right{display:flex}
p-password.ng-dirty.ng-invalid > .p-password > .p-inputtext{border-color:#e24c4c}
.p-inputgroup{display:flex;align-items:stretch;width:100%}
.p-inputgroup-addon{display:flex;align-items:center;justify-content:center;background:#f3f4f6;color:#6b7280;border-top:1px solid #d1d5db;border-left:1px solid #d1d5db;border-bottom:1px solid #d1d5db;padding:.75rem .75rem;min-width:3rem;font-weight:600}
.p-inputgroup-addon:first-child{border-top-left-radius:6px;border-bottom-left-radius:6px}
.p-inputgroup > .p-inputtext{flex:1 1 auto;width:1%;border-radius:0;border-top-right-radius:6px;border-bottom-right-radius:6px}
.p-radiobutton{display:inline-flex;cursor:pointer;user-select:none;vertical-align:bottom;position:relative;width:22px;height:22px}
.p-radiobutton .p-radiobutton-box{display:flex;justify-content:center;align-items:center;border:2px solid #d1d5db;background:#ffffff;width:22px;height:22px;color:#4b5563;border-radius:50%;transition:background-color .2s,color .2s,border-color .2s,box-shadow .2s}
.p-radiobutton .p-radiobutton-box:not(.p-disabled):not(.p-highlight):hover{border-color:#3B82F6}
.p-radiobutton .p-radiobutton-box.p-focus{outline:0 none;box-shadow:var(--focus-ring);border-color:#3B82F6}
.p-radiobutton .p-radiobutton-box .p-radiobutton-icon{width:12px;height:12px;transition-duration:.2s;background-color:#ffffff;backface-visibility:hidden;transform:translateZ(0) scale(.1);border-radius:50%;visibility:hidden}
.p-radiobutton .p-radiobutton-box.p-highlight{border-color:#3B82F6;background:#3B82F6}
.p-radiobutton .p-radiobutton-box.p-highlight .p-radiobutton-icon{transform:translateZ(0) scale(1,1);visibility:visible}
.p-radiobutton-label{margin-left:.5rem;line-height:1;cursor:pointer}
.field-radiobutton{margin-bottom:0;display:flex;align-items:center}
.p-dropdown{display:inline-flex;cursor:pointer;position:relative;user-select:none;background:#ffffff;border:1px solid #d1d5db;transition:background-color .2s,color .2s,border-color .2s,box-shadow .2s;border-radius:6px}
.p-dropdown:not(.p-disabled):hover{border-color:#3B82F6}
.p-dropdown:not(.p-disabled).p-focus{outline:0 none;box-shadow:var(--focus-ring);border-color:#3B82F6}
.p-dropdown .p-dropdown-label{display:block;white-space:nowrap;overflow:hidden;flex:1 1 auto;width:1%;text-overflow:ellipsis;cursor:pointer;background:transparent;border:0 none}
.p-dropdown .p-dropdown-label.p-placeholder{color:#6b7280}
.p-dropdown .p-dropdown-label:enabled:focus,.p-dropdown .p-dropdown-label:focus{outline:0 none;box-shadow:none}
.p-dropdown .p-dropdown-trigger{display:flex;align-items:center;justify-content:center;flex-shrink:0;background:transparent;color:#6b7280;width:3rem;border-top-right-radius:6px;border-bottom-right-radius:6px}
.p-fluid .p-dropdown{display:flex}
.p-fluid .p-dropdown .p-dropdown-label{width:1%}
p-dropdown.ng-dirty.ng-invalid > .p-dropdown{border-color:#e24c4c}
.p-dropdown-panel{position:absolute;top:0;left:0;background:#ffffff;color:#4b5563;border:0 none;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.3)}
.p-overlay{position:absolute;top:0;left:0}
.p-overlay .p-dropdown-panel{position:static}
.p-dropdown-panel .p-dropdown-header{padding:.75rem 1.25rem;border-bottom:1px solid #e5e7eb;color:#374151;background:#f9fafb;margin:0;border-top-right-radius:6px;border-top-left-radius:6px}
.p-dropdown-panel .p-dropdown-header .p-dropdown-filter-container{position:relative}
.p-dropdown-panel .p-dropdown-header .p-dropdown-filter{padding-right:1.75rem;margin-right:-1.75rem;width:100%}
.p-dropdown-panel .p-dropdown-header .p-dropdown-filter-icon{position:absolute;top:50%;margin-top:-.5rem;right:.75rem;color:#6b7280}
.p-dropdown-items-wrapper{overflow:auto}
.p-dropdown-panel .p-dropdown-items{margin:0;padding:.75rem 0;list-style-type:none}
.p-dropdown-panel .p-dropdown-items .p-dropdown-item{cursor:pointer;font-weight:normal;white-space:nowrap;position:relative;overflow:hidden;margin:0;padding:.75rem 1.25rem;border:0 none;color:#4b5563;background:transparent;transition:box-shadow .2s;border-radius:0}
.p-dropdown-panel .p-dropdown-items .p-dropdown-item.p-highlight{color:#1D4ED8;background:#EFF6FF}
.p-dropdown-panel .p-dropdown-items .p-dropdown-item:not(.p-highlight):not(.p-disabled):hover{color:#4b5563;background:#f3f4f6}
.p-dropdown-panel .p-dropdown-items .p-dropdown-empty-message{padding:.75rem 1.25rem;color:#4b5563;background:transparent}
.p-inputotp{display:flex;align-items:center;gap:.5rem}
.p-inputotp-input{text-align:center;width:2.75rem;font-size:1.15rem;font-weight:600}
p-inputotp.ng-dirty.ng-invalid .p-inputotp-input{border-color:#e24c4c}
.p-dialog-mask{position:fixed;top:0;left:0;width:100%;height:100%;display:flex;justify-content:center;align-items:center;pointer-events:none}
.p-dialog-mask.p-component-overlay{pointer-events:auto}
.p-dialog{display:flex;flex-direction:column;pointer-events:auto;transform:scale(1);position:relative;max-height:90%;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.3);border:0 none}
.p-dialog-content{overflow-y:auto;flex-grow:1}
.p-dialog-header{display:flex;align-items:center;justify-content:space-between;flex-shrink:0}
.p-dialog-footer{flex-shrink:0}
.p-dialog .p-dialog-header-icons{display:flex;align-items:center}
.p-dialog .p-dialog-header-icon{display:flex;align-items:center;justify-content:center;overflow:hidden;position:relative}
.p-dialog .p-dialog-header{border-bottom:0 none;background:#ffffff;color:#374151;padding:1.5rem;border-top-right-radius:6px;border-top-left-radius:6px}
.p-dialog .p-dialog-header .p-dialog-title{font-weight:700;font-size:1.25rem}
.p-dialog .p-dialog-header .p-dialog-header-icon{width:2rem;height:2rem;color:#6b7280;border:0 none;background:transparent;border-radius:50%;transition:background-color .2s,color .2s,box-shadow .2s;margin-right:.5rem}
.p-dialog .p-dialog-header .p-dialog-header-icon:enabled:hover{color:#374151;border-color:transparent;background:#f3f4f6}
.p-dialog .p-dialog-header .p-dialog-header-icon:last-child{margin-right:0}
.p-dialog .p-dialog-content{background:#ffffff;color:#4b5563;padding:0 1.5rem 2rem 1.5rem}
.p-dialog .p-dialog-footer{border-top:0 none;background:#ffffff;color:#4b5563;padding:0 1.5rem 1.5rem 1.5rem;text-align:right;border-bottom-right-radius:6px;border-bottom-left-radius:6px}
.p-dialog .p-dialog-footer button{margin:0 .5rem 0 0;width:auto}
.p-dialog .p-dialog-footer button:last-child{margin-right:0}
.p-dialog.p-confirm-dialog .p-dialog-content{display:flex;align-items:center}
.p-dialog.p-confirm-dialog .p-confirm-dialog-icon{font-size:2rem;color:#f59e0b}
.p-dialog.p-confirm-dialog .p-confirm-dialog-message{margin-left:1rem;line-height:1.5}
.p-toast{position:fixed;width:25rem}
.p-toast-top-right{top:20px;right:20px}
.p-toast-message{overflow:hidden}
.p-toast .p-toast-message{margin:0 0 1rem 0;box-shadow:0 1px 3px rgba(0,0,0,.1);border-radius:6px}
.p-toast .p-toast-message .p-toast-message-content{padding:1rem;border-width:0 0 0 6px;display:flex;align-items:flex-start}
.p-toast .p-toast-message .p-toast-message-content .p-toast-message-text{margin:0 0 0 1rem;flex:1 1 auto}
.p-toast .p-toast-message .p-toast-message-content .p-toast-message-icon{font-size:2rem}
.p-toast .p-toast-message .p-toast-message-content .p-toast-summary{font-weight:700}
.p-toast .p-toast-message .p-toast-message-content .p-toast-detail{margin:.5rem 0 0 0}
.p-toast .p-toast-message .p-toast-icon-close{width:2rem;height:2rem;border-radius:50%;background:transparent;transition:background-color .2s,color .2s,box-shadow .2s;display:flex;align-items:center;justify-content:center;overflow:hidden;position:relative;color:inherit}
.p-toast .p-toast-message .p-toast-icon-close:hover{background:rgba(255,255,255,.5)}
.p-toast .p-toast-message.p-toast-message-info{background:rgba(219,234,254,.7);border:solid #3b82f6;border-width:0 0 0 6px;color:#3b82f6}
.p-toast .p-toast-message.p-toast-message-success{background:rgba(228,248,240,.7);border:solid #1ea97c;border-width:0 0 0 6px;color:#1ea97c}
.p-toast .p-toast-message.p-toast-message-warn{background:rgba(255,242,226,.7);border:solid #cc8925;border-width:0 0 0 6px;color:#cc8925}
.p-toast .p-toast-message.p-toast-message-error{background:rgba(255,231,230,.7);border:solid #ff5757;border-width:0 0 0 6px;color:#ff5757}
.p-toast .p-toast-message{backdrop-filter:blur(10px)}
.p-message{margin:1rem 0;border-radius:6px}
.p-message .p-message-wrapper{padding:1.25rem 1.75rem;display:flex;align-items:center}
.p-message .p-message-icon{font-size:1.5rem;margin-right:.5rem}
.p-message .p-message-summary{font-weight:700}
.p-message .p-message-detail{margin-left:.5rem;line-height:1.4}
.p-message .p-message-close{width:2rem;height:2rem;border-radius:50%;background:transparent;display:flex;align-items:center;justify-content:center;margin-left:auto;color:inherit}
.p-message.p-message-info{background:rgba(219,234,254,.7);border:solid #3b82f6;border-width:0 0 0 6px;color:#3b82f6}
.p-message.p-message-success{background:rgba(228,248,240,.7);border:solid #1ea97c;border-width:0 0 0 6px;color:#1ea97c}
.p-message.p-message-warn{background:rgba(255,242,226,.7);border:solid #cc8925;border-width:0 0 0 6px;color:#cc8925}
.p-message.p-message-error{background:rgba(255,231,230,.7);border:solid #ff5757;border-width:0 0 0 6px;color:#ff5757}
.p-inline-message{padding:.75rem .75rem;margin:0;border-radius:6px;display:inline-flex;align-items:center;vertical-align:top}
.p-inline-message .p-inline-message-icon{font-size:1rem;margin-right:.5rem}
.p-inline-message.p-inline-message-warn{background:rgba(255,242,226,.7);border:solid #cc8925;border-width:0;color:#cc8925}
.p-inline-message.p-inline-message-info{background:rgba(219,234,254,.7);border:solid #3b82f6;border-width:0;color:#3b82f6}
.p-panelmenu .p-panelmenu-header-link{display:flex;align-items:center;user-select:none;cursor:pointer;position:relative;text-decoration:none}
.p-panelmenu .p-panelmenu-header-link:focus{z-index:1}
.p-panelmenu .p-submenu-list{margin:0;padding:0;list-style:none}
.p-panelmenu .p-menuitem-link{display:flex;align-items:center;user-select:none;cursor:pointer;text-decoration:none;position:relative;overflow:hidden}
.p-panelmenu .p-menuitem-text{line-height:1}
.p-panelmenu .p-panelmenu-panel{margin-bottom:4px}
.p-panelmenu .p-panelmenu-header > a{padding:1.25rem;border:1px solid #e5e7eb;color:#374151;background:#f9fafb;font-weight:700;border-radius:6px;transition:box-shadow .2s}
.p-panelmenu .p-panelmenu-header > a .p-panelmenu-icon{margin-right:.5rem}
.p-panelmenu .p-panelmenu-header > a .p-menuitem-icon{margin-right:.5rem}
.p-panelmenu .p-panelmenu-header > a:focus{outline:0 none;outline-offset:0;box-shadow:inset var(--focus-ring)}
.p-panelmenu .p-panelmenu-header:not(.p-highlight):not(.p-disabled) > a:hover{background:#f3f4f6;border-color:#e5e7eb;color:#374151}
.p-panelmenu .p-panelmenu-header.p-highlight{margin-bottom:0}
.p-panelmenu .p-panelmenu-header.p-highlight > a{background:#f9fafb;border-color:#e5e7eb;color:#374151;border-bottom-right-radius:0;border-bottom-left-radius:0}
.p-panelmenu .p-panelmenu-header.p-menuitem-active > a{color:#1D4ED8;background:#EFF6FF}
.p-panelmenu .p-panelmenu-content{padding:.25rem 0;border:1px solid #e5e7eb;background:#ffffff;color:#4b5563;border-top:0;border-bottom-right-radius:6px;border-bottom-left-radius:6px}
.p-panelmenu .p-panelmenu-content .p-menuitem .p-menuitem-link{padding:.75rem 1.25rem;color:#4b5563;border-radius:0;transition:box-shadow .2s}
.p-panelmenu .p-panelmenu-content .p-menuitem .p-menuitem-link .p-menuitem-text{color:#4b5563}
.p-panelmenu .p-panelmenu-content .p-menuitem .p-menuitem-link .p-menuitem-icon{color:#6b7280;margin-right:.5rem}
.p-panelmenu .p-panelmenu-content .p-menuitem .p-menuitem-link .p-panelmenu-icon{color:#6b7280;margin-right:.5rem}
.p-panelmenu .p-panelmenu-content .p-menuitem .p-menuitem-link:not(.p-disabled):hover{background:#f3f4f6}
.p-panelmenu .p-panelmenu-content .p-menuitem .p-menuitem-link:focus{outline:0 none;outline-offset:0;box-shadow:inset var(--focus-ring)}
.p-panelmenu .p-panelmenu-content .p-menuitem .p-menuitem-link.p-menuitem-link-active{background:#EFF6FF}
.p-panelmenu .p-panelmenu-content .p-menuitem .p-menuitem-link.p-menuitem-link-active .p-menuitem-text{color:#1D4ED8;font-weight:600}
.p-panelmenu .p-panelmenu-content .p-submenu-list:not(.p-panelmenu-root-submenu){padding:0 0 0 1rem}
.p-breadcrumb{background:#ffffff;border:1px solid #e5e7eb;border-radius:6px;padding:1rem}
.p-breadcrumb ul{margin:0;padding:0;list-style-type:none;display:flex;align-items:center;flex-wrap:wrap}
.p-breadcrumb .p-menuitem-link{text-decoration:none;display:flex;align-items:center;transition:box-shadow .2s;border-radius:6px}
.p-breadcrumb ul li .p-menuitem-link .p-menuitem-text{color:#4b5563}
.p-breadcrumb ul li .p-menuitem-link .p-menuitem-icon{color:#6b7280}
.p-breadcrumb ul li.p-menuitem-separator{margin:0 .5rem 0 .5rem;color:#4b5563;display:flex}
.p-breadcrumb ul li:last-child .p-menuitem-text{color:#1e293b;font-weight:600}
.p-datatable{position:relative}
.p-datatable-wrapper{overflow:auto}
.p-datatable-table{border-spacing:0;width:100%}
.p-datatable .p-datatable-thead > tr > th{text-align:left;padding:1rem 1rem;border:1px solid #e5e7eb;border-width:0 0 1px 0;font-weight:700;color:#374151;background:#f9fafb;transition:box-shadow .2s}
.p-datatable .p-datatable-tbody > tr{background:#ffffff;color:#4b5563;transition:box-shadow .2s}
.p-datatable .p-datatable-tbody > tr > td{text-align:left;border:1px solid #e5e7eb;border-width:0 0 1px 0;padding:1rem 1rem}
.p-datatable.p-datatable-striped .p-datatable-tbody > tr:nth-child(even){background:#f8f8fa}
.p-datatable.p-datatable-gridlines .p-datatable-thead > tr > th,.p-datatable.p-datatable-gridlines .p-datatable-tbody > tr > td{border-width:1px}
.p-tag{display:inline-flex;align-items:center;justify-content:center;background:#3B82F6;color:#ffffff;font-size:.75rem;font-weight:700;padding:.25rem .4rem;border-radius:6px}
.p-tag.p-tag-success{background-color:#22C55E;color:#ffffff}
.p-tag.p-tag-warning{background-color:#F59E0B;color:#ffffff}
.p-divider.p-divider-horizontal{display:flex;width:100%;position:relative;align-items:center;margin:1.25rem 0;padding:0 1.25rem}
.p-divider.p-divider-horizontal:before{position:absolute;left:0;top:50%;content:"";width:100%;border-top:1px solid #e5e7eb}
.p-avatar{display:inline-flex;align-items:center;justify-content:center;width:2rem;height:2rem;font-size:1rem;background-color:#dbeafe;color:#1d4ed8;border-radius:50%;font-weight:700}
`;

const STYLES_LAYOUT = String.raw`
.grid{display:flex;flex-wrap:wrap;margin-right:-.5rem;margin-left:-.5rem;margin-top:-.5rem}
.grid > .col,.grid > [class*=col]{box-sizing:border-box}
.formgrid.grid{margin-top:0}
.col-12{flex:0 0 auto;padding:.5rem;width:100%}
.col-6{flex:0 0 auto;padding:.5rem;width:50%}
.col-3{flex:0 0 auto;padding:.5rem;width:25%}
@media screen and (min-width:768px){.md\:col-6{flex:0 0 auto;padding:.5rem;width:50%}.md\:col-4{flex:0 0 auto;padding:.5rem;width:33.3333%}}
@media screen and (min-width:992px){.lg\:col-3{flex:0 0 auto;padding:.5rem;width:25%}.lg\:col-8{flex:0 0 auto;padding:.5rem;width:66.6667%}.lg\:col-4{flex:0 0 auto;padding:.5rem;width:33.3333%}}
.field{margin-bottom:1rem}
.field > label{display:inline-block;margin-bottom:.5rem;font-weight:600;color:#374151}
.field > small{display:block;margin-top:.35rem}
.formgrid .field{}
.flex{display:flex}.inline-flex{display:inline-flex}.block{display:block}.hidden{display:none}
.flex-wrap{flex-wrap:wrap}.flex-column{flex-direction:column}
.align-items-center{align-items:center}.justify-content-between{justify-content:space-between}.justify-content-center{justify-content:center}.justify-content-end{justify-content:flex-end}
.gap-2{gap:.5rem}.gap-3{gap:1rem}.gap-4{gap:1.5rem}
.m-0{margin:0}.mb-0{margin-bottom:0}.mb-1{margin-bottom:.25rem}.mb-2{margin-bottom:.5rem}.mb-3{margin-bottom:1rem}.mb-4{margin-bottom:1.5rem}.mt-2{margin-top:.5rem}.mt-3{margin-top:1rem}.mt-4{margin-top:1.5rem}.ml-2{margin-left:.5rem}.mr-2{margin-right:.5rem}
.p-0{padding:0}.p-3{padding:1rem}
.text-center{text-align:center}.text-right{text-align:right}.font-bold{font-weight:700}.font-medium{font-weight:500}.text-sm{font-size:.875rem}.text-xl{font-size:1.25rem}.text-2xl{font-size:1.5rem}.text-3xl{font-size:1.75rem}
.text-900{color:#111827}.text-700{color:#374151}.text-500{color:#6b7280}.text-red-500{color:#ef4444}.text-primary{color:#3B82F6}
.w-full{width:100%}.line-height-3{line-height:1.5}
.surface-card{background:#fff}.border-round{border-radius:6px}.shadow-2{box-shadow:0 3px 5px rgba(0,0,0,.02),0 0 2px rgba(0,0,0,.05),0 1px 4px rgba(0,0,0,.08)}
.layout-topbar{position:fixed;height:4.5rem;z-index:997;left:0;top:0;width:100%;padding:0 2rem;background-color:#fff;transition:left .2s;display:flex;align-items:center;box-shadow:0 3px 5px rgba(0,0,0,.02),0 0 2px rgba(0,0,0,.05),0 1px 4px rgba(0,0,0,.08)}
.layout-topbar .layout-topbar-logo{display:flex;align-items:center;color:#1e293b;font-size:1.35rem;font-weight:600;width:280px;border-radius:12px;gap:.75rem}
.layout-topbar .layout-topbar-logo small{display:block;font-size:.75rem;font-weight:400;color:#6b7280}
.layout-topbar .layout-topbar-menu{margin:0 0 0 auto;padding:0;list-style:none;display:flex;align-items:center;gap:1rem}
.layout-topbar .gstin-chip{background:#EFF6FF;color:#1D4ED8;border-radius:16px;padding:.4rem .9rem;font-weight:600;font-size:.9rem}
.layout-sidebar{position:fixed;width:280px;height:calc(100vh - 7rem);z-index:999;overflow-y:auto;user-select:none;top:5.5rem;left:1.5rem;background-color:#fff;border-radius:12px;padding:1rem;box-shadow:0 3px 5px rgba(0,0,0,.02),0 0 2px rgba(0,0,0,.05),0 1px 4px rgba(0,0,0,.08)}
.layout-main-container{display:flex;flex-direction:column;min-height:100vh;justify-content:space-between;padding:6rem 1.5rem 1rem 1.5rem;margin-left:305px}
.layout-main{flex:1 1 auto}
.layout-footer{padding-top:1rem;display:flex;justify-content:center;color:#6b7280;font-size:.85rem;border-top:1px solid #dfe7ef;margin-top:1.5rem;text-align:center}
.page-title{font-size:1.5rem;font-weight:600;color:#1e293b;margin:0 0 1rem 0}
.stat-card .stat-value{font-size:1.75rem;font-weight:700;color:#1e293b}
.stat-card .stat-icon{width:2.75rem;height:2.75rem;border-radius:10px;display:flex;align-items:center;justify-content:center;font-size:1.35rem}
.home-header{background:#fff;display:flex;align-items:center;padding:.75rem 2rem;box-shadow:0 1px 4px rgba(0,0,0,.08);position:sticky;top:0;z-index:10}
.home-header .brand{display:flex;align-items:center;gap:.75rem}
.home-header .brand-title{font-size:1.35rem;font-weight:700;color:#1e3a8a}
.home-header .brand-sub{font-size:.8rem;color:#6b7280}
.home-header .home-nav{margin-left:auto;display:flex;gap:1.5rem;margin-right:1.5rem}
.home-header .home-nav a{color:#374151;font-weight:500}
.gov-strip{background:#1e3a8a;color:#dbeafe;font-size:.8rem;padding:.3rem 2rem;display:flex;justify-content:space-between}
.hero{background:linear-gradient(120deg,#1d4ed8,#0ea5e9);color:#fff;padding:3rem 2rem}
.hero h1{color:#fff;font-size:2rem;margin:0 0 .75rem 0}
.hero p{max-width:46rem;line-height:1.6;margin:0;color:#e0f2fe}
.home-body{padding:2rem}
.updates li{margin-bottom:.75rem;line-height:1.5}
.login-wrapper{min-height:100vh;display:flex;align-items:center;justify-content:center;padding:2rem;background:linear-gradient(160deg,#eff6ff 0%,#eff3f8 60%)}
.login-box{width:100%;max-width:440px}
.login-box .login-brand{display:flex;align-items:center;gap:.75rem;justify-content:center;margin-bottom:1.25rem}
.login-box .login-brand .t{font-size:1.4rem;font-weight:700;color:#1e3a8a}
.captcha-row{display:flex;align-items:center;gap:.5rem;margin-bottom:.5rem}
.captcha-row img{border:1px solid #d1d5db;border-radius:6px;height:48px;width:150px}
.otp-hint{line-height:1.5;margin:0 0 1rem 0}
.reg-type{display:flex;flex-wrap:wrap;gap:1.25rem 2rem;margin:.5rem 0 1rem 0}
.api-hint{font-size:.85rem}
`;

const STYLES_CSS = `${STYLES_BASE}\n${iconCss()}\n${STYLES_WIDGETS}${STYLES_LAYOUT}`;

/** main-*.js, part 1: helpers, the HttpClient with its interceptor, toasts, dialogs, buttons. */
const JS_CORE = `
var NG = {
  app: 'ng-c3470924491', home: 'ng-c1918461037', login: 'ng-c2417883905', otp: 'ng-c905132754',
  layout: 'ng-c1306447421', topbar: 'ng-c4023399551', sidebar: 'ng-c2188311203', dash: 'ng-c3830616742',
  create: 'ng-c1474263080', page: 'ng-c2634079117', footer: 'ng-c709912344'
};
var idSeq = 0;
function pnId() { idSeq += 1; return 'pn_id_' + idSeq; }
var tnsSeq = 0;
function tns() { tnsSeq += 1; return 'ng-tns-c' + (1185300000 + tnsSeq * 7919) + '-' + tnsSeq; }
var zIndexes = { modal: 1100, overlay: 1000 };
var zCounter = 0;
function zi(kind) { zCounter += 2; return String(zIndexes[kind] + zCounter - 1); }
function esc(s) {
  return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
  });
}
/** An app component's template: every element gets the component's _ngcontent attribute. */
function build(cid, html) {
  var t = document.createElement('template');
  t.innerHTML = html;
  var all = t.content.querySelectorAll('*');
  for (var i = 0; i < all.length; i++) all[i].setAttribute('_ngcontent-' + cid, '');
  return t.content;
}
/** A PrimeNG internal (ViewEncapsulation.None): no attributes added. */
function el(html) {
  var t = document.createElement('template');
  t.innerHTML = html.trim();
  return t.content.firstElementChild;
}
function hostEl(tag, cid, cls) {
  var h = document.createElement(tag);
  h.setAttribute('_nghost-' + cid, '');
  if (cls) h.className = cls;
  return h;
}
function q(r, s) { return r.querySelector(s); }
function qa(r, s) { return Array.prototype.slice.call(r.querySelectorAll(s)); }
function wait(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }
function frame() { return new Promise(function (r) { requestAnimationFrame(function () { requestAnimationFrame(r); }); }); }
function getCookie(name) {
  var parts = document.cookie ? document.cookie.split(';') : [];
  for (var i = 0; i < parts.length; i++) {
    var p = parts[i].trim();
    if (p.indexOf(name + '=') === 0) return decodeURIComponent(p.slice(name.length + 1));
  }
  return null;
}
function fmtDate(iso) {
  var d = new Date(iso);
  function two(n) { return (n < 10 ? '0' : '') + n; }
  return two(d.getDate()) + '/' + two(d.getMonth() + 1) + '/' + d.getFullYear() + ' ' + two(d.getHours()) + ':' + two(d.getMinutes());
}

/* ---------------- HttpClient + AuthInterceptor ---------------- */
var authState = { authenticated: false, otpPending: false, userName: null, gstin: null, legalName: null, mobile: null };
var expiring = false;
function HttpErrorResponse(status, body, url) {
  this.name = 'HttpErrorResponse';
  this.status = status;
  this.error = body;
  this.url = url;
  this.message = (body && body.message) || ('Http failure response for ' + url + ': ' + status);
}
function http(method, url, body) {
  var headers = { Accept: 'application/json, text/plain, */*' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    var token = getCookie('XSRF-TOKEN');
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  return fetch(url, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined, credentials: 'same-origin' })
    .then(function (res) {
      return res.text().then(function (t) {
        var data = null;
        try { data = t ? JSON.parse(t) : null; } catch (e) { data = t; }
        if (res.ok) return data;
        var err = new HttpErrorResponse(res.status, data, url);
        if (res.status === 401 && url.indexOf('/api/auth/login') !== 0) sessionExpired();
        throw err;
      });
    }, function () {
      toast.add({ severity: 'error', summary: 'Error', detail: 'Unable to connect to the server. Please try again later.' });
      throw new HttpErrorResponse(0, null, url);
    });
}
function sessionExpired() {
  if (expiring) return;
  expiring = true;
  authState = { authenticated: false, otpPending: false, userName: null, gstin: null, legalName: null, mobile: null };
  toast.add({ severity: 'error', summary: 'Error', detail: 'Session expired. Please login again.' });
  router.navigate('/login?expired=true').then(function () { expiring = false; }, function () { expiring = false; });
}
function refreshSession() {
  return http('GET', '/api/auth/session').then(function (s) { authState = s; return s; }, function () { return authState; });
}
/** What a failed call shows, unless the interceptor already handled a lost session. */
function showHttpError(err, summary) {
  if (!err || err.status === 401 || err.status === 0) return;
  toast.add({ severity: 'error', summary: summary || 'Error', detail: err.message });
}

/* ---------------- MessageService / p-toast ---------------- */
var toast = {
  container: null,
  add: function (m) {
    if (!this.container) return;
    var t = tns();
    var icons = { info: 'pi-info-circle', success: 'pi-check', warn: 'pi-exclamation-triangle', error: 'pi-times-circle' };
    var item = el('<p-toastitem class="p-element ' + t + ' ng-star-inserted"><div role="alert" aria-live="assertive" aria-atomic="true" class="p-toast-message-' + m.severity + ' ' + t + ' p-toast-message ng-trigger ng-trigger-messageState" style="transform: translateY(100%); opacity: 0;"><div class="p-toast-message-content ' + t + '"><span class="p-toast-message-icon pi ' + icons[m.severity] + ' ' + t + ' ng-star-inserted"></span><div class="p-toast-message-text ' + t + ' ng-star-inserted"><div class="p-toast-summary ' + t + '">' + esc(m.summary) + '</div><div class="p-toast-detail ' + t + '">' + esc(m.detail) + '</div></div><button type="button" pripple="" class="p-ripple p-element p-toast-icon-close p-link ' + t + ' ng-star-inserted"><span class="pi pi-times p-toast-icon-close-icon ' + t + '"></span></button></div></div></p-toastitem>');
    var msg = item.firstElementChild;
    this.container.appendChild(item);
    var timer = null;
    var life = m.life || 3000;
    function leave() {
      if (!item.isConnected || item.dataset.leaving) return;
      item.dataset.leaving = '1';
      msg.style.height = msg.offsetHeight + 'px';
      msg.style.transition = 'all 250ms ease-in';
      requestAnimationFrame(function () {
        msg.style.height = '0px';
        msg.style.opacity = '0';
        msg.style.transform = 'translateY(-100%)';
        msg.style.marginBottom = '0px';
      });
      setTimeout(function () { item.remove(); }, 260);
    }
    function arm() { clearTimeout(timer); if (!m.sticky) timer = setTimeout(leave, life); }
    frame().then(function () {
      msg.style.transition = 'transform 300ms ease-out, opacity 300ms ease-out';
      msg.style.transform = 'translateY(0px)';
      msg.style.opacity = '1';
      setTimeout(function () { if (!item.dataset.leaving) msg.removeAttribute('style'); }, 320);
    });
    arm();
    msg.addEventListener('mouseenter', function () { clearTimeout(timer); });
    msg.addEventListener('mouseleave', arm);
    q(msg, '.p-toast-icon-close').addEventListener('click', function () { clearTimeout(timer); leave(); });
  }
};

/* ---------------- pButton / p-button ---------------- */
function buttonInner(label, icon, loading) {
  var html = '';
  if (loading) html += '<span class="p-button-loading-icon pi-spin pi pi-spinner ng-star-inserted"></span>';
  else if (icon) html += '<span class="p-button-icon p-button-icon-left ' + icon + ' ng-star-inserted" aria-hidden="true"></span>';
  html += '<span class="p-button-label ng-star-inserted">' + (label ? esc(label) : '&nbsp;') + '</span>';
  return html;
}
/** Upgrades the template's button[pbutton] and p-button hosts as the directive / component render them. */
function upgradeButtons(root) {
  qa(root, 'button[pbutton]').forEach(function (b) {
    var label = b.getAttribute('label') || '';
    var icon = b.getAttribute('icon') || '';
    b.classList.add('p-element', 'p-ripple', 'p-button', 'p-component');
    if (!label) b.classList.add('p-button-icon-only');
    var inner = document.createElement('template');
    inner.innerHTML = buttonInner(label, icon, false);
    b.appendChild(inner.content);
  });
  qa(root, 'p-button').forEach(function (h) {
    if (h.firstElementChild) return;
    h.classList.add('p-element');
    var label = h.getAttribute('label') || '';
    var icon = h.getAttribute('icon') || '';
    var b = el('<button pripple="" class="p-element p-ripple p-button p-component ' + (h.getAttribute('styleclass') || '') + (label ? '' : ' p-button-icon-only') + '" type="' + (h.getAttribute('type') || 'button') + '">' + buttonInner(label, icon, false) + '</button>');
    h.appendChild(b);
  });
}
function setLoading(pButtonHost, loading) {
  var b = pButtonHost.querySelector('button');
  var label = pButtonHost.getAttribute('label') || '';
  var icon = pButtonHost.getAttribute('icon') || '';
  b.innerHTML = buttonInner(label, icon, loading);
  b.disabled = !!loading;
  b.classList.toggle('p-button-loading', !!loading);
  b.classList.toggle('p-disabled', !!loading);
}
`;

/** main-*.js, part 2: p-dialog / p-confirmDialog, p-blockUI, FormControl, the Router. */
const JS_CORE2 = String.raw`
/* ---------------- p-dialog ---------------- */
var openDialogs = [];
function openDialog(o) {
  var t = tns();
  var id = pnId();
  var mask = el('<div class="p-dialog-mask p-component-overlay p-component-overlay-enter p-dialog-mask-scrollblocker ' + t + ' ng-star-inserted"></div>');
  mask.style.zIndex = zi('modal');
  var dialog = el('<div role="' + (o.role || 'dialog') + '" class="p-dialog p-component ' + (o.className || '') + ' ' + t + ' ng-trigger ng-trigger-animation ng-star-inserted" aria-labelledby="' + id + '-label" aria-modal="true"></div>');
  dialog.style.width = o.width || '50vw';
  dialog.style.transform = 'scale(0.7)';
  dialog.style.opacity = '0';
  dialog.appendChild(el('<div class="p-dialog-header ' + t + ' ng-star-inserted"><span class="p-dialog-title ' + t + ' ng-star-inserted" id="' + id + '-label">' + esc(o.header) + '</span><div class="p-dialog-header-icons ' + t + '"><button type="button" tabindex="-1" pripple="" class="p-dialog-header-icon p-dialog-header-close p-link p-ripple p-element ' + t + ' ng-star-inserted"><span class="p-dialog-header-close-icon pi pi-times ' + t + ' ng-star-inserted"></span></button></div></div>'));
  var content = el('<div class="p-dialog-content ' + t + '"></div>');
  if (o.content) content.appendChild(o.content);
  dialog.appendChild(content);
  var footer = null;
  if (o.footer) {
    footer = el('<div class="p-dialog-footer ' + t + ' ng-star-inserted"></div>');
    footer.appendChild(o.footer);
    dialog.appendChild(footer);
  }
  if (o.resizable !== false) dialog.appendChild(el('<div class="p-resizable-handle ' + t + ' ng-star-inserted" style="z-index: 90;"></div>'));
  mask.appendChild(dialog);
  (o.container || document.body).appendChild(mask);
  document.body.classList.add('p-overflow-hidden');
  var api = { mask: mask, dialog: dialog, content: content, footer: footer, closed: false, close: close, closeOnEscape: o.closeOnEscape !== false, escape: o.onEscape || null };
  openDialogs.push(api);
  frame().then(function () {
    dialog.style.transition = 'transform 150ms cubic-bezier(0, 0, 0.2, 1), opacity 150ms cubic-bezier(0, 0, 0.2, 1)';
    dialog.style.transform = 'none';
    dialog.style.opacity = '1';
    setTimeout(function () {
      if (api.closed) return;
      dialog.style.transition = '';
      dialog.style.transform = '';
      dialog.style.opacity = '';
      var focusable = o.focus ? o.focus() : q(dialog, '[autofocus]');
      if (focusable) focusable.focus();
    }, 160);
  });
  q(dialog, '.p-dialog-header-close').addEventListener('click', function () { close('close'); });
  function close(reason) {
    if (api.closed) return;
    api.closed = true;
    openDialogs.splice(openDialogs.indexOf(api), 1);
    mask.classList.remove('p-component-overlay-enter');
    mask.classList.add('p-component-overlay-leave');
    dialog.style.transition = 'transform 150ms cubic-bezier(0, 0, 0.2, 1), opacity 150ms cubic-bezier(0, 0, 0.2, 1)';
    dialog.style.transform = 'scale(0.7)';
    dialog.style.opacity = '0';
    setTimeout(function () {
      mask.remove();
      if (!openDialogs.length) document.body.classList.remove('p-overflow-hidden');
    }, 150);
    if (o.onHide) o.onHide(reason);
  }
  return api;
}
document.addEventListener('keydown', function (ev) {
  if (ev.key !== 'Escape' || !openDialogs.length) return;
  var top = openDialogs[openDialogs.length - 1];
  if (!top.closeOnEscape) return;
  if (top.escape) top.escape(); else top.close('escape');
});
function closeAllDialogs() {
  openDialogs.slice().forEach(function (d) { d.close('destroy'); });
}

/* ---------------- ConfirmationService / p-confirmDialog ---------------- */
var confirmHost = null;
function confirm(o) {
  var body = document.createDocumentFragment();
  body.appendChild(el('<i class="p-confirm-dialog-icon pi ' + (o.icon || 'pi-exclamation-triangle') + ' ng-star-inserted"></i>'));
  body.appendChild(el('<span class="p-confirm-dialog-message ng-star-inserted">' + o.messageHtml + '</span>'));
  var buttons = document.createDocumentFragment();
  var reject = el('<button type="button" pripple="" pbutton="" class="p-element p-ripple p-confirm-dialog-reject p-button-text p-button p-component ng-star-inserted" label="' + (o.rejectLabel || 'No') + '">' + buttonInner(o.rejectLabel || 'No', 'pi pi-times') + '</button>');
  var accept = el('<button type="button" pripple="" pbutton="" class="p-element p-ripple p-confirm-dialog-accept p-button p-component ng-star-inserted" label="' + (o.acceptLabel || 'Yes') + '">' + buttonInner(o.acceptLabel || 'Yes', 'pi pi-check') + '</button>');
  buttons.appendChild(reject);
  buttons.appendChild(accept);
  var done = false;
  var d = openDialog({
    header: o.header || 'Confirmation', content: body, footer: buttons, width: '450px', role: 'alertdialog',
    className: 'p-confirm-dialog', container: confirmHost, resizable: false,
    focus: function () { return accept; },
    onHide: function () { if (!done) { done = true; if (o.reject) o.reject(); } }
  });
  reject.addEventListener('click', function () { if (done) return; done = true; d.close('reject'); if (o.reject) o.reject(); });
  accept.addEventListener('click', function () { if (done) return; done = true; d.close('accept'); if (o.accept) o.accept(); });
  return d;
}

/* ---------------- p-blockUI + p-progressSpinner ---------------- */
function blockUI(target, cid) {
  target.classList.add('p-blockui-container');
  var mask = el('<div class="p-blockui p-component-overlay p-component-overlay-enter ng-star-inserted"></div>');
  mask.style.zIndex = zi('modal');
  var spinnerHost = hostEl('p-progressspinner', cid);
  spinnerHost.removeAttribute('_nghost-' + cid);
  spinnerHost.setAttribute('_ngcontent-' + cid, '');
  spinnerHost.className = 'p-element';
  spinnerHost.setAttribute('strokewidth', '4');
  spinnerHost.setAttribute('animationduration', '.8s');
  spinnerHost.appendChild(el('<div role="progressbar" aria-busy="true" class="p-progress-spinner" style="width: 50px; height: 50px;"><svg viewBox="25 25 50 50" class="p-progress-spinner-svg" style="animation-duration: .8s;"><circle cx="50" cy="50" r="20" stroke-miterlimit="10" class="p-progress-spinner-circle" fill="none" stroke-width="4"></circle></svg></div>'));
  mask.appendChild(spinnerHost);
  target.appendChild(mask);
  return function unblock() {
    mask.classList.remove('p-component-overlay-enter');
    mask.classList.add('p-component-overlay-leave');
    setTimeout(function () { mask.remove(); target.classList.remove('p-blockui-container'); }, 150);
  };
}

/* ---------------- Reactive forms (FormControl classes, *ngIf'd small.p-error) ---------------- */
function FormControl(o) {
  this.host = o.host;            // element carrying ng-* classes
  this.field = o.field;          // div.field where small.p-error goes
  this.cid = o.cid;
  this.value = '';
  this.touched = false;
  this.dirty = false;
  this.validators = o.validators || [];
  this.serverError = null;
  this.submitted = false;
  this.refresh();
}
FormControl.prototype.error = function () {
  if (this.serverError) return this.serverError;
  for (var i = 0; i < this.validators.length; i++) {
    var e = this.validators[i](this.value);
    if (e) return e;
  }
  return null;
};
FormControl.prototype.setValue = function (v, byUser) {
  this.value = v == null ? '' : String(v);
  if (byUser) { this.dirty = true; this.serverError = null; }
  this.refresh();
};
FormControl.prototype.markTouched = function () { this.touched = true; this.refresh(); };
FormControl.prototype.markAllDirty = function () { this.touched = true; this.dirty = true; this.refresh(); };
FormControl.prototype.reset = function () { this.value = ''; this.touched = false; this.dirty = false; this.serverError = null; this.refresh(); };
FormControl.prototype.refresh = function () {
  var err = this.error();
  var h = this.host;
  h.classList.toggle('ng-touched', this.touched);
  h.classList.toggle('ng-untouched', !this.touched);
  h.classList.toggle('ng-dirty', this.dirty);
  h.classList.toggle('ng-pristine', !this.dirty);
  h.classList.toggle('ng-invalid', !!err);
  h.classList.toggle('ng-valid', !err);
  if (!this.field) return;
  var small = q(this.field, 'small.p-error');
  var show = err && (this.dirty || this.touched);
  if (show) {
    if (!small) {
      small = build(this.cid, '<small class="p-error block ng-star-inserted"></small>').firstElementChild;
      this.field.appendChild(small);
    }
    small.textContent = err;
  } else if (small) {
    small.remove();
  }
};
function required(label) { return function (v) { return v.trim() ? null : label + ' is required.'; }; }

/* ---------------- Router (PathLocationStrategy) ---------------- */
var ROUTES = [];
var current = null;   // { route, comp }
var layoutComp = null;
var navSeq = 0;
var router = {
  navigate: function (url, replace) {
    if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
    return resolveRoute();
  }
};
window.addEventListener('popstate', function () { resolveRoute(); });
document.addEventListener('click', function (ev) {
  var a = ev.target && ev.target.closest ? ev.target.closest('a[routerlink]') : null;
  if (!a || ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
  ev.preventDefault();
  router.navigate(a.getAttribute('routerlink'));
});
function routeOf(path) {
  for (var i = 0; i < ROUTES.length; i++) if (ROUTES[i].path === path) return ROUTES[i];
  return null;
}
function resolveRoute() {
  var seq = ++navSeq;
  var path = location.pathname.replace(/\/+$/, '') || '/';
  var route = routeOf(path);
  if (!route) return router.navigate('/', true);
  var guard = route.path === '/' ? Promise.resolve(authState) : refreshSession();
  return guard.then(function () {
    if (seq !== navSeq) return;
    if (route.auth && !authState.authenticated) return router.navigate('/login', true);
    if (route.otp && !authState.otpPending) return router.navigate(authState.authenticated ? '/dashboard' : '/login', true);
    if (route.guest && authState.authenticated) return router.navigate('/dashboard', true);
    activate(route);
  });
}
var appRoot = null;
var outlet = null;
function activate(route) {
  closeAllDialogs();
  if (current && current.comp && current.comp.destroy) current.comp.destroy();
  if (current && current.comp && current.comp.host) current.comp.host.remove();
  current = null;
  if (route.layout) {
    if (!layoutComp) {
      layoutComp = Layout();
      outlet.after(layoutComp.host);
    }
    var comp = route.comp(route);
    layoutComp.show(route, comp);
    current = { route: route, comp: comp };
  } else {
    if (layoutComp) { layoutComp.destroy(); layoutComp.host.remove(); layoutComp = null; }
    var c = route.comp(route);
    outlet.after(c.host);
    current = { route: route, comp: c };
  }
  document.title = route.title + ' | e-Invoice System';
  window.scrollTo(0, 0);
}
`;

/** main-*.js, part 3: the PrimeNG widgets (p-panelMenu, p-dropdown, p-password, p-radioButton, p-inputOtp). */
const JS_WIDGETS = `
/* ---------------- height animation shared by p-panelMenu ([@rootItem], [@submenu]) ---------------- */
function toggleHeight(box, expand) {
  clearTimeout(box._anim);
  box.style.transition = '';
  box.style.overflow = 'hidden';
  var from = box.offsetHeight;
  var to;
  if (expand) {
    box.style.height = 'auto';
    to = box.scrollHeight;
  } else {
    to = 0;
  }
  box.style.height = from + 'px';
  void box.offsetHeight;
  box.style.transition = 'height 400ms cubic-bezier(0.86, 0, 0.07, 1)';
  box.style.height = to + 'px';
  box._anim = setTimeout(function () {
    box.style.transition = '';
    if (expand) { box.style.height = ''; box.style.overflow = ''; }
    else { box.style.height = '0px'; box.style.overflow = 'hidden'; }
  }, 410);
}

/* ---------------- p-panelMenu (PrimeNG 15 markup) ---------------- */
function PanelMenu(host, model) {
  host.classList.add('p-element');
  var menuId = pnId();
  var root = el('<div class="p-panelmenu p-component"></div>');
  var links = [];
  function subHtml(item, root, expanded, prefix) {
    var html = '<p-panelmenusub class="p-element"><ul role="tree" class="p-submenu-list' + (root ? ' p-panelmenu-root-submenu' : '') + ' ng-trigger ng-trigger-submenu"' + (expanded ? '' : ' style="height: 0px; overflow: hidden;"') + '>';
    item.items.forEach(function (child, i) {
      var cid = prefix + '_' + i;
      child._id = cid;
      html += '<li role="treeitem" class="p-menuitem ng-star-inserted"' + (child.items ? ' aria-expanded="false"' : '') + ' data-pm="' + cid + '">';
      if (child.routerLink) {
        html += '<a routerlinkactive="p-menuitem-link-active" class="p-menuitem-link ng-star-inserted" tabindex="0" routerlink="' + child.routerLink + '" href="' + child.routerLink + '" data-pm-link="' + cid + '">';
      } else {
        html += '<a class="p-menuitem-link ng-star-inserted" tabindex="0" data-pm-link="' + cid + '">';
      }
      if (child.items) html += '<span class="p-panelmenu-icon pi pi-fw pi-angle-right ng-star-inserted"></span>';
      if (child.icon) html += '<span class="p-menuitem-icon pi pi-fw ' + child.icon + ' ng-star-inserted"></span>';
      html += '<span class="p-menuitem-text ng-star-inserted">' + esc(child.label) + '</span></a>';
      if (child.items) html += subHtml(child, false, false, cid);
      html += '</li>';
    });
    return html + '</ul></p-panelmenusub>';
  }
  model.forEach(function (item, i) {
    var pid = menuId + '_' + i;
    item._id = pid;
    var html = '<div class="p-panelmenu-panel ng-star-inserted"><div class="p-component p-panelmenu-header p-element ng-star-inserted">';
    if (item.routerLink) {
      html += '<a routerlinkactive="p-menuitem-active" class="p-panelmenu-header-link ng-star-inserted" tabindex="0" role="button" routerlink="' + item.routerLink + '" href="' + item.routerLink + '" id="' + pid + '_header" data-pm-link="' + pid + '">';
    } else {
      html += '<a class="p-panelmenu-header-link ng-star-inserted" tabindex="0" role="button" aria-expanded="false" id="' + pid + '_header" aria-controls="' + pid + '_content" data-pm-link="' + pid + '">';
    }
    if (item.items) html += '<span class="p-panelmenu-icon pi pi-chevron-right ng-star-inserted"></span>';
    if (item.icon) html += '<span class="p-menuitem-icon pi ' + item.icon + ' ng-star-inserted"></span>';
    html += '<span class="p-menuitem-text ng-star-inserted">' + esc(item.label) + '</span></a></div>';
    if (item.items) {
      html += '<div role="region" class="p-toggleable-content ng-trigger ng-trigger-rootItem ng-star-inserted" id="' + pid + '_content" aria-labelledby="' + pid + '_header" style="height: 0px; overflow: hidden;"><div class="p-panelmenu-content">' + subHtml(item, true, true, pid) + '</div></div>';
    }
    html += '</div>';
    root.appendChild(el(html));
  });
  host.appendChild(root);
  var byId = {};
  (function index(items) {
    items.forEach(function (it) { byId[it._id] = it; if (it.items) index(it.items); });
  })(model);
  function setExpanded(item, expanded, animate) {
    item.expanded = expanded;
    var a = q(root, '[data-pm-link="' + item._id + '"]');
    var isRoot = a.classList.contains('p-panelmenu-header-link');
    if (a.hasAttribute('aria-expanded') || isRoot) a.setAttribute('aria-expanded', String(expanded));
    var icon = q(a, '.p-panelmenu-icon');
    if (icon) {
      icon.classList.toggle(isRoot ? 'pi-chevron-right' : 'pi-angle-right', !expanded);
      icon.classList.toggle(isRoot ? 'pi-chevron-down' : 'pi-angle-down', expanded);
    }
    var box;
    if (isRoot) {
      a.parentElement.classList.toggle('p-highlight', expanded);
      box = document.getElementById(item._id + '_content');
    } else {
      var li = a.parentElement;
      li.setAttribute('aria-expanded', String(expanded));
      box = q(li, ':scope > p-panelmenusub > ul');
    }
    if (animate) toggleHeight(box, expanded);
    else { box.style.height = expanded ? '' : '0px'; box.style.overflow = expanded ? '' : 'hidden'; }
  }
  root.addEventListener('click', function (ev) {
    var a = ev.target.closest('[data-pm-link]');
    if (!a || !root.contains(a)) return;
    var item = byId[a.getAttribute('data-pm-link')];
    if (!item) return;
    if (!item.routerLink) ev.preventDefault();
    if (item.items) setExpanded(item, !item.expanded, true);
  });
  root.addEventListener('keydown', function (ev) {
    if (ev.key !== 'Enter' && ev.key !== ' ') return;
    var a = ev.target.closest('[data-pm-link]');
    if (!a) return;
    ev.preventDefault();
    a.click();
  });
  return {
    setActive: function (path) {
      qa(root, '[routerlink]').forEach(function (a) {
        var active = a.getAttribute('routerlink') === path;
        a.classList.toggle(a.classList.contains('p-panelmenu-header-link') ? 'p-menuitem-active' : 'p-menuitem-link-active', active);
        if (a.classList.contains('p-panelmenu-header-link')) a.parentElement.classList.toggle('p-menuitem-active', active);
      });
    },
    expandTo: function (path) {
      (function walk(items, chain) {
        items.forEach(function (it) {
          if (it.routerLink === path) chain.forEach(function (p) { if (!p.expanded) setExpanded(p, true, false); });
          if (it.items) walk(it.items, chain.concat([it]));
        });
      })(model, []);
    }
  };
}

/* ---------------- p-overlay placement (DomHandler.absolutePosition) ---------------- */
function placeOverlay(overlay, target) {
  var r = target.getBoundingClientRect();
  var h = overlay.offsetHeight;
  var vh = window.innerHeight;
  var top;
  if (r.bottom + h > vh && r.top - h > 0) {
    top = r.top + window.scrollY - h;
    overlay.style.transformOrigin = 'bottom';
  } else {
    top = r.bottom + window.scrollY;
    overlay.style.transformOrigin = 'top';
  }
  overlay.style.top = top + 'px';
  overlay.style.left = (r.left + window.scrollX) + 'px';
  overlay.style.minWidth = r.width + 'px';
}
`;

const JS_WIDGETS2 = `
/* ---------------- p-dropdown (filter, appendTo body via p-overlay) ---------------- */
function Dropdown(host, o) {
  host.classList.add('p-element', 'p-inputwrapper');
  var listId = pnId() + '_list';
  var root = el('<div class="p-dropdown p-component"><div class="p-hidden-accessible"><input type="text" readonly aria-haspopup="listbox" role="combobox" aria-expanded="false" aria-label="' + esc(o.placeholder) + '" tabindex="0"' + (o.inputId ? ' id="' + o.inputId + '"' : '') + '></div><span class="p-dropdown-label p-inputtext p-placeholder ng-star-inserted" tabindex="-1">' + esc(o.placeholder) + '</span><div role="button" aria-label="dropdown trigger" aria-haspopup="listbox" class="p-dropdown-trigger"><span class="p-dropdown-trigger-icon pi pi-chevron-down"></span></div></div>');
  host.appendChild(root);
  var input = q(root, 'input');
  var label = q(root, '.p-dropdown-label');
  var options = o.options || [];
  var selected = null;
  var overlay = null;
  var filterValue = '';
  var disabled = false;
  function visibleOptions() {
    var f = filterValue.trim().toLowerCase();
    return f ? options.filter(function (op) { return op.label.toLowerCase().indexOf(f) >= 0; }) : options;
  }
  function select(op, focusInput) {
    selected = op;
    label.textContent = op ? op.label : o.placeholder;
    label.classList.toggle('p-placeholder', !op);
    host.classList.toggle('p-inputwrapper-filled', !!op);
    if (overlay) renderItems();
    if (focusInput) input.focus();
    if (o.onChange) o.onChange(op ? op.value : '');
  }
  function renderItems() {
    var ul = q(overlay, 'ul.p-dropdown-items');
    var vis = visibleOptions();
    var html = '';
    vis.forEach(function (op, i) {
      var sel = selected && selected.value === op.value;
      html += '<p-dropdownitem class="p-element ng-star-inserted"><li role="option" pripple="" class="p-ripple p-element p-dropdown-item' + (sel ? ' p-highlight' : '') + '" aria-label="' + esc(op.label) + '" aria-selected="' + sel + '" id="' + listId + '_' + i + '" data-value="' + esc(op.value) + '"><span class="ng-star-inserted">' + esc(op.label) + '</span></li></p-dropdownitem>';
    });
    if (!vis.length) html = '<li class="p-dropdown-empty-message ng-star-inserted">' + (filterValue ? 'No results found' : 'No available options') + '</li>';
    ul.innerHTML = html;
  }
  function outside(ev) {
    if (!overlay) return;
    if (root.contains(ev.target) || overlay.contains(ev.target)) return;
    hide();
  }
  function onScroll() { hide(); }
  function show() {
    if (overlay || disabled) return;
    var t = tns();
    overlay = el('<div class="p-overlay p-component ' + t + ' ng-star-inserted"><div class="p-overlay-content ' + t + ' ng-trigger ng-trigger-overlayContentAnimation"><div class="p-dropdown-panel p-component ng-star-inserted">' +
      (o.filter ? '<div class="p-dropdown-header ng-star-inserted"><div class="p-dropdown-filter-container ng-star-inserted"><input type="text" autocomplete="off" class="p-dropdown-filter p-inputtext p-component" role="searchbox" aria-owns="' + listId + '"' + (o.filterPlaceholder ? ' placeholder="' + esc(o.filterPlaceholder) + '"' : '') + '><span class="p-dropdown-filter-icon pi pi-search ng-star-inserted"></span></div></div>' : '') +
      '<div class="p-dropdown-items-wrapper" style="max-height: 200px;"><ul role="listbox" class="p-dropdown-items" id="' + listId + '"></ul></div></div></div></div>');
    overlay.style.position = 'absolute';
    overlay.style.zIndex = zi('overlay');
    document.body.appendChild(overlay);
    renderItems();
    placeOverlay(overlay, root);
    var content = overlay.firstElementChild;
    content.style.transform = 'scaleY(0.8)';
    content.style.opacity = '0';
    void content.offsetHeight;
    content.style.transition = 'transform 120ms cubic-bezier(0, 0, 0.2, 1), opacity 120ms cubic-bezier(0, 0, 0.2, 1)';
    content.style.transform = 'none';
    content.style.opacity = '1';
    setTimeout(function () { if (overlay && overlay.firstElementChild === content) { content.style.transition = ''; content.style.transform = ''; content.style.opacity = ''; } }, 130);
    input.setAttribute('aria-expanded', 'true');
    input.setAttribute('aria-controls', listId);
    root.classList.add('p-dropdown-open');
    host.classList.add('p-inputwrapper-focus');
    var highlighted = q(overlay, '.p-highlight');
    if (highlighted) highlighted.scrollIntoView({ block: 'nearest' });
    overlay.addEventListener('click', function (ev) {
      var li = ev.target.closest('li.p-dropdown-item');
      if (!li) return;
      var v = li.getAttribute('data-value');
      select(options.filter(function (op) { return String(op.value) === v; })[0] || null, true);
      hide();
    });
    var filter = q(overlay, '.p-dropdown-filter');
    if (filter) {
      filter.value = filterValue;
      filter.addEventListener('input', function () { filterValue = filter.value; renderItems(); });
      filter.addEventListener('keydown', function (ev) {
        if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') { ev.preventDefault(); step(ev.key === 'ArrowDown' ? 1 : -1); }
        else if (ev.key === 'Enter') { ev.preventDefault(); hide(); input.focus(); }
        else if (ev.key === 'Escape') { ev.preventDefault(); hide(); input.focus(); }
        else if (ev.key === 'Tab') hide();
      });
      setTimeout(function () { filter.focus(); }, 0);
    }
    setTimeout(function () { document.addEventListener('click', outside); }, 0);
    window.addEventListener('scroll', onScroll);
    window.addEventListener('resize', onScroll);
  }
  function hide() {
    if (!overlay) return;
    var ov = overlay;
    overlay = null;
    document.removeEventListener('click', outside);
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('resize', onScroll);
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-controls');
    root.classList.remove('p-dropdown-open');
    var content = ov.firstElementChild;
    content.style.transition = 'opacity 100ms linear';
    content.style.opacity = '0';
    setTimeout(function () { ov.remove(); }, 100);
    if (o.onHide) o.onHide();
  }
  /** PrimeNG 15: the arrow keys change the value directly, over the (filtered) options. */
  function step(dir) {
    var vis = visibleOptions();
    if (!vis.length) return;
    var idx = -1;
    for (var i = 0; i < vis.length; i++) if (selected && vis[i].value === selected.value) idx = i;
    var next = vis[Math.min(vis.length - 1, Math.max(0, idx + dir))];
    if (idx === -1) next = vis[0];
    select(next, false);
    if (overlay) { var h = q(overlay, '.p-highlight'); if (h) h.scrollIntoView({ block: 'nearest' }); }
  }
  root.addEventListener('click', function (ev) {
    if (disabled) return;
    if (overlay) { hide(); input.focus(); return; }
    input.focus();
    show();
  });
  input.addEventListener('focus', function () { root.classList.add('p-focus'); host.classList.add('p-inputwrapper-focus'); });
  input.addEventListener('blur', function () {
    root.classList.remove('p-focus');
    host.classList.remove('p-inputwrapper-focus');
    if (!overlay && o.onTouched) o.onTouched();
  });
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'ArrowDown' && ev.altKey) { ev.preventDefault(); show(); }
    else if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') { ev.preventDefault(); step(ev.key === 'ArrowDown' ? 1 : -1); }
    else if (ev.key === ' ' || ev.key === 'Enter') { ev.preventDefault(); if (overlay) hide(); else show(); }
    else if (ev.key === 'Escape' || ev.key === 'Tab') hide();
  });
  return {
    value: function () { return selected ? selected.value : ''; },
    label: function () { return selected ? selected.label : ''; },
    setOptions: function (ops) { options = ops; if (overlay) renderItems(); },
    setDisabled: function (d) { disabled = d; root.classList.toggle('p-disabled', d); if (d) hide(); },
    reset: function () { selected = null; label.textContent = o.placeholder; label.classList.add('p-placeholder'); host.classList.remove('p-inputwrapper-filled'); filterValue = ''; },
    destroy: function () { if (overlay) { overlay.remove(); overlay = null; } document.removeEventListener('click', outside); window.removeEventListener('scroll', onScroll); window.removeEventListener('resize', onScroll); }
  };
}

/* ---------------- p-password (toggleMask; strength panel appended to body) ---------------- */
function Password(host, o) {
  host.classList.add('p-element', 'p-inputwrapper');
  var root = el('<div class="p-password p-component p-inputwrapper p-input-icon-right"><input pinputtext type="password" class="p-password-input p-inputtext p-component p-element"' + (o.inputId ? ' id="' + o.inputId + '"' : '') + ' autocomplete="' + (o.autocomplete || 'off') + '"' + (o.placeholder ? ' placeholder="' + esc(o.placeholder) + '"' : '') + (o.maxlength ? ' maxlength="' + o.maxlength + '"' : '') + '>' + (o.toggleMask ? '<i class="pi pi-eye ng-star-inserted"></i>' : '') + '</div>');
  host.appendChild(root);
  var input = q(root, 'input');
  var eye = q(root, 'i');
  var panel = null;
  if (eye) eye.addEventListener('click', function () {
    var show = input.type === 'password';
    input.type = show ? 'text' : 'password';
    eye.className = 'pi ' + (show ? 'pi-eye-slash' : 'pi-eye') + ' ng-star-inserted';
  });
  function strength(v) {
    if (!v) return null;
    if (/^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.{8,})/.test(v)) return { cls: 'strong', width: '100%', label: 'Strong' };
    if (/^(((?=.*[a-z])(?=.*[A-Z]))|((?=.*[a-z])(?=.*[0-9]))|((?=.*[A-Z])(?=.*[0-9])))(?=.{6,})/.test(v)) return { cls: 'medium', width: '66.66%', label: 'Medium' };
    return { cls: 'weak', width: '33.33%', label: 'Weak' };
  }
  function updatePanel() {
    if (!panel) return;
    var s = strength(input.value);
    var bar = q(panel, '.p-password-meter > div');
    bar.className = 'p-password-strength' + (s ? ' ' + s.cls : '');
    bar.style.width = s ? s.width : '';
    q(panel, '.p-password-info').textContent = s ? s.label : 'Enter a password';
  }
  function showPanel() {
    if (panel) return;
    panel = el('<div class="p-password-panel p-component ng-trigger ng-trigger-overlayAnimation ng-star-inserted"><div class="p-password-meter"><div class="p-password-strength"></div></div><div class="p-password-info">Enter a password</div></div>');
    panel.style.zIndex = zi('overlay');
    document.body.appendChild(panel);
    updatePanel();
    placeOverlay(panel, root);
    panel.style.transform = 'scaleY(0.8)';
    panel.style.opacity = '0';
    void panel.offsetHeight;
    panel.style.transition = 'transform 120ms cubic-bezier(0, 0, 0.2, 1), opacity 120ms cubic-bezier(0, 0, 0.2, 1)';
    panel.style.transform = 'none';
    panel.style.opacity = '1';
    panel.addEventListener('mousedown', function (ev) { ev.preventDefault(); });
  }
  function hidePanel() {
    if (!panel) return;
    var p = panel;
    panel = null;
    p.style.transition = 'opacity 100ms linear';
    p.style.opacity = '0';
    setTimeout(function () { p.remove(); }, 100);
  }
  input.addEventListener('focus', function () { host.classList.add('p-inputwrapper-focus'); if (o.feedback) showPanel(); });
  input.addEventListener('blur', function () { host.classList.remove('p-inputwrapper-focus'); hidePanel(); if (o.onTouched) o.onTouched(); });
  input.addEventListener('input', function () {
    host.classList.toggle('p-inputwrapper-filled', !!input.value);
    updatePanel();
    if (o.onInput) o.onInput(input.value);
  });
  return {
    input: input,
    value: function () { return input.value; },
    clear: function () { input.value = ''; host.classList.remove('p-inputwrapper-filled'); updatePanel(); },
    destroy: function () { if (panel) { panel.remove(); panel = null; } }
  };
}

/* ---------------- p-radioButton ---------------- */
function RadioButton(host, o) {
  host.classList.add('p-element');
  var root = el('<div class="p-radiobutton p-component"><div class="p-hidden-accessible"><input type="radio" id="' + o.inputId + '" name="' + o.name + '" value="' + esc(o.value) + '" aria-checked="false" tabindex="0"></div><div role="radio" class="p-radiobutton-box" aria-checked="false"><div class="p-radiobutton-icon"></div></div></div>');
  var lab = el('<label class="p-radiobutton-label ng-star-inserted" for="' + o.inputId + '">' + esc(o.label) + '</label>');
  host.appendChild(root);
  host.appendChild(lab);
  var input = q(root, 'input');
  var box = q(root, '.p-radiobutton-box');
  function choose() { if (!input.checked) input.checked = true; o.onSelect(o.value); input.focus(); }
  box.addEventListener('click', choose);
  input.addEventListener('change', function () { if (input.checked) o.onSelect(o.value); });
  input.addEventListener('focus', function () { box.classList.add('p-focus'); });
  input.addEventListener('blur', function () { box.classList.remove('p-focus'); if (o.onTouched) o.onTouched(); });
  return {
    value: o.value,
    setChecked: function (c) {
      input.checked = c;
      input.setAttribute('aria-checked', String(c));
      box.setAttribute('aria-checked', String(c));
      box.classList.toggle('p-highlight', c);
      root.classList.toggle('p-radiobutton-checked', c);
      lab.classList.toggle('p-radiobutton-label-active', c);
    }
  };
}

/* ---------------- p-inputOtp (PrimeNG 17) ---------------- */
function InputOtp(host, o) {
  host.classList.add('p-element', 'p-inputwrapper');
  var length = o.length || 6;
  var tokens = [];
  var html = '<div class="p-inputotp p-component">';
  for (var i = 0; i < length; i++) {
    tokens.push('');
    html += '<input type="text" pinputtext="" class="p-inputtext p-component p-element p-inputotp-input ng-star-inserted" maxlength="1" inputmode="numeric" autocomplete="one-time-code">';
  }
  var root = el(html + '</div>');
  host.appendChild(root);
  var inputs = qa(root, 'input');
  function changed() {
    host.classList.toggle('p-inputwrapper-filled', tokens.join('').length > 0);
    if (o.onChange) o.onChange(tokens.join(''));
  }
  function spread(text, from) {
    var chars = text.split('').filter(function (c) { return !o.integerOnly || /[0-9]/.test(c); });
    var at = from;
    for (var k = 0; k < chars.length && at < length; k++, at++) { tokens[at] = chars[k]; inputs[at].value = chars[k]; }
    inputs[Math.min(at, length - 1)].focus();
    changed();
  }
  inputs.forEach(function (inp, idx) {
    inp.addEventListener('input', function (ev) {
      var v = inp.value;
      if (v.length > 1) { spread(v, idx); return; }
      if (o.integerOnly && v && !/[0-9]/.test(v)) { inp.value = tokens[idx]; return; }
      tokens[idx] = v;
      changed();
      if (ev.inputType === 'deleteContentBackward') { if (idx > 0) inputs[idx - 1].focus(); }
      else if (v && idx < length - 1) inputs[idx + 1].focus();
    });
    inp.addEventListener('keydown', function (ev) {
      if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
      if (ev.key === 'ArrowLeft') { ev.preventDefault(); if (idx > 0) inputs[idx - 1].focus(); }
      else if (ev.key === 'ArrowRight') { ev.preventDefault(); if (idx < length - 1) inputs[idx + 1].focus(); }
      else if (ev.key === 'Backspace' && !inp.value) { ev.preventDefault(); if (idx > 0) inputs[idx - 1].focus(); }
      else if (o.integerOnly && ev.key.length === 1 && !/[0-9]/.test(ev.key)) ev.preventDefault();
    });
    inp.addEventListener('focus', function () { inp.select(); host.classList.add('p-inputwrapper-focus'); });
    inp.addEventListener('blur', function () { host.classList.remove('p-inputwrapper-focus'); if (o.onTouched) o.onTouched(); });
    inp.addEventListener('paste', function (ev) {
      ev.preventDefault();
      var data = (ev.clipboardData || window.clipboardData).getData('text') || '';
      spread(data.trim().slice(0, length), 0);
    });
  });
  return {
    value: function () { return tokens.join(''); },
    clear: function () { for (var k = 0; k < length; k++) { tokens[k] = ''; inputs[k].value = ''; } changed(); },
    focus: function () { inputs[0].focus(); },
    setDisabled: function (d) { inputs.forEach(function (inp) { inp.disabled = d; }); }
  };
}
`;

/** main-*.js, part 4: shared bits, the landing page, login, and the login OTP. */
const JS_PAGES = `
var LOGO = '<svg class="logo" width="40" height="40" viewBox="0 0 40 40" aria-hidden="true"><circle cx="20" cy="20" r="18" fill="#1e3a8a"></circle><circle cx="20" cy="20" r="13.5" fill="none" stroke="#fbbf24" stroke-width="2"></circle><text x="20" y="24.5" text-anchor="middle" font-size="11" font-weight="700" fill="#fff" font-family="Arial">GST</text></svg>';
var CREATE_API_USER = '/api-registration/user-credentials/create-api-user';
var MENU = [
  { label: 'Dash Board', icon: 'pi-home', routerLink: '/dashboard' },
  { label: 'e-Invoice', icon: 'pi-file', items: [
    { label: 'Generate IRN', icon: 'pi-file-edit', routerLink: '/einvoice/generate-irn' },
    { label: 'Bulk Upload', icon: 'pi-upload', routerLink: '/einvoice/bulk-upload' },
    { label: 'Cancel IRN', icon: 'pi-ban', routerLink: '/einvoice/cancel-irn' },
    { label: 'Print e-Invoice', icon: 'pi-print', routerLink: '/einvoice/print' }
  ] },
  { label: 'API Registration', icon: 'pi-key', items: [
    { label: 'User Credentials', icon: 'pi-id-card', items: [
      { label: 'Create API User', icon: 'pi-plus', routerLink: CREATE_API_USER },
      { label: 'View API Users', icon: 'pi-list', routerLink: '/api-registration/user-credentials/view-api-users' }
    ] },
    { label: 'IP Whitelisting', icon: 'pi-shield', routerLink: '/api-registration/ip-whitelisting' },
    { label: 'Freeze API User', icon: 'pi-lock', routerLink: '/api-registration/freeze-api-user' },
    { label: 'Change API Password', icon: 'pi-key', routerLink: '/api-registration/change-api-password' }
  ] },
  { label: 'MIS Reports', icon: 'pi-chart-bar', items: [
    { label: 'IRN Details', icon: 'pi-list', routerLink: '/mis/irn-details' },
    { label: 'Summary Report', icon: 'pi-chart-bar', routerLink: '/mis/summary-report' },
    { label: 'Cancelled IRN Report', icon: 'pi-ban', routerLink: '/mis/cancelled-irn' }
  ] },
  { label: 'User Management', icon: 'pi-users', items: [
    { label: 'Create Sub-User', icon: 'pi-user', routerLink: '/user-management/create-sub-user' },
    { label: 'Update Profile', icon: 'pi-id-card', routerLink: '/user-management/update-profile' },
    { label: 'Change Password', icon: 'pi-lock', routerLink: '/user-management/change-password' }
  ] }
];
var MSG_ICONS = { info: 'pi-info-circle', success: 'pi-check', warn: 'pi-exclamation-triangle', error: 'pi-times-circle' };
/** p-messages: replaces what the container shows. */
function showMessages(container, cid, severity, detail, summary, closable) {
  container.innerHTML = '';
  var h = el('<p-messages class="p-element"><div role="alert" class="p-messages p-component"><div class="p-message p-message-' + severity + ' ng-trigger ng-trigger-messageAnimation ng-star-inserted"><div class="p-message-wrapper"><span class="p-message-icon pi ' + MSG_ICONS[severity] + ' ng-star-inserted"></span>' + (summary ? '<span class="p-message-summary ng-star-inserted">' + esc(summary) + '</span>' : '') + '<span class="p-message-detail ng-star-inserted">' + esc(detail) + '</span>' + (closable === false ? '' : '<button type="button" pripple="" class="p-message-close p-link p-ripple p-element ng-star-inserted"><i class="p-message-close-icon pi pi-times"></i></button>') + '</div></div></div></p-messages>');
  h.setAttribute('_ngcontent-' + cid, '');
  container.appendChild(h);
  var close = q(h, '.p-message-close');
  if (close) close.addEventListener('click', function () { h.remove(); });
  return h;
}
function inlineMessage(cid, severity, text) {
  var h = el('<p-message class="p-element"><div aria-live="polite" class="p-inline-message p-component p-inline-message-' + severity + ' ng-star-inserted"><span class="p-inline-message-icon pi ' + MSG_ICONS[severity] + ' ng-star-inserted"></span><span class="p-inline-message-text ng-star-inserted">' + esc(text) + '</span></div></p-message>');
  h.setAttribute('_ngcontent-' + cid, '');
  return h;
}
function countdown(span, pButtonHost, seconds) {
  var left = seconds;
  var b = pButtonHost.querySelector('button');
  b.disabled = true;
  span.textContent = 'Resend OTP in ' + left + ' s';
  var timer = setInterval(function () {
    left -= 1;
    if (left <= 0) { clearInterval(timer); span.textContent = ''; b.disabled = false; return; }
    span.textContent = 'Resend OTP in ' + left + ' s';
  }, 1000);
  return function () { clearInterval(timer); };
}
function digitsOnly(input) {
  input.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key.length === 1 && !/[0-9]/.test(ev.key)) ev.preventDefault();
  });
}

/* ---------------- app-home ---------------- */
function HomePage() {
  var cid = NG.home;
  var host = hostEl('app-home', cid);
  host.appendChild(build(cid,
    '<div class="gov-strip"><span>Government of India | Goods and Services Tax Network</span><span>Skip to main content &nbsp;|&nbsp; A- &nbsp;A&nbsp; A+</span></div>' +
    '<header class="home-header"><div class="brand">' + LOGO + '<div><div class="brand-title">e-Invoice System</div><div class="brand-sub">Invoice Registration Portal (IRP)</div></div></div>' +
    '<nav class="home-nav"><a routerlink="/" href="/">Home</a><a>e-Invoice</a><a>Downloads</a><a>Help</a><a>Contact Us</a></nav>' +
    '<button pbutton type="button" label="Login" icon="pi pi-sign-in" class="home-login"></button></header>' +
    '<section class="hero"><h1>Welcome to e-Invoice System</h1><p>Register your B2B invoices, obtain the Invoice Reference Number (IRN) and the signed QR code, and manage API access for your ERP or GST Suvidha Provider (GSP).</p></section>' +
    '<div class="home-body"><div class="grid"><div class="col-12 lg:col-8"><p-card class="p-element"><div class="p-card p-component"><div class="p-card-body"><div class="p-card-title">Latest Updates</div><div class="p-card-content"><ul class="updates">' +
    '<li><b>01-04-2025:</b> Two-factor authentication (OTP) is mandatory for login to the e-Invoice portal.</li>' +
    '<li><b>15-01-2025:</b> Taxpayers may register separate API users for each GSP through API Registration.</li>' +
    '<li><b>01-11-2024:</b> Time limit of 30 days for reporting invoices to IRP for taxpayers with AATO of Rs. 10 Crore and above.</li>' +
    '</ul></div></div></div></p-card></div><div class="col-12 lg:col-4"><p-card class="p-element"><div class="p-card p-component"><div class="p-card-body"><div class="p-card-title">Help Desk</div><div class="p-card-content line-height-3">Toll free: 1800-XXX-XXXX<br>Working hours: 9:00 AM to 8:00 PM<br>Self-service portal for grievances</div></div></div></p-card></div></div></div>'));
  upgradeButtons(host);
  q(host, '.home-login').addEventListener('click', function () { router.navigate('/login'); });
  return { host: host };
}

/* ---------------- app-login ---------------- */
function LoginPage() {
  var cid = NG.login;
  var host = hostEl('app-login', cid);
  host.appendChild(build(cid,
    '<div class="login-wrapper"><div class="login-box"><div class="login-brand">' + LOGO + '<span class="t">e-Invoice System</span></div>' +
    '<p-card class="p-element"><div class="p-card p-component"><div class="p-card-body"><div class="p-card-title">Login</div><div class="p-card-subtitle">Sign in with your e-Invoice portal credentials</div><div class="p-card-content">' +
    '<div class="msgs"></div>' +
    '<form novalidate class="p-fluid ng-untouched ng-pristine ng-invalid">' +
    '<div class="field f-user"><label for="username">Username <span class="text-red-500">*</span></label><input pinputtext id="username" formcontrolname="username" type="text" autocomplete="username" maxlength="15" placeholder="Enter Username" class="p-inputtext p-component p-element"></div>' +
    '<div class="field f-pass"><label for="password">Password <span class="text-red-500">*</span></label><p-password formcontrolname="password" inputid="password"></p-password></div>' +
    '<div class="field f-captcha"><label for="captcha">Captcha <span class="text-red-500">*</span></label><div class="captcha-row"><img alt="Captcha" class="captcha-img"><button pbutton type="button" icon="pi pi-refresh" class="p-button-rounded p-button-text refresh-captcha" ptooltip="Refresh Captcha" aria-label="Refresh Captcha"></button></div><input pinputtext id="captcha" formcontrolname="captcha" type="text" autocomplete="off" maxlength="6" placeholder="Enter the characters shown above" class="p-inputtext p-component p-element"></div>' +
    '<p-button type="submit" label="Login" icon="pi pi-sign-in" styleclass="w-full" class="w-full login-submit"></p-button>' +
    '</form><div class="flex justify-content-between mt-3"><a class="text-sm">Forgot Username?</a><a class="text-sm">Forgot Password?</a></div>' +
    '</div></div></div></p-card><div class="text-center text-sm mt-3"><a routerlink="/" href="/">Back to Home</a></div></div></div>'));
  upgradeButtons(host);
  var msgs = q(host, '.msgs');
  if (/[?&]expired=true/.test(location.search)) showMessages(msgs, cid, 'warn', 'Your session has expired. Please login again.', 'Session Expired', false);
  var form = q(host, 'form');
  var userInput = q(host, '#username');
  var captchaInput = q(host, '#captcha');
  var pwHost = q(host, 'p-password');
  var img = q(host, '.captcha-img');
  var submitHost = q(host, 'p-button.login-submit');
  var userCtl = new FormControl({ host: userInput, field: q(host, '.f-user'), cid: cid, validators: [required('Username')] });
  var pwCtl = new FormControl({ host: pwHost, field: q(host, '.f-pass'), cid: cid, validators: [required('Password')] });
  var captchaCtl = new FormControl({ host: captchaInput, field: q(host, '.f-captcha'), cid: cid, validators: [required('Captcha')] });
  var pw = Password(pwHost, {
    inputId: 'password', toggleMask: true, feedback: false, autocomplete: 'current-password', placeholder: 'Enter Password', maxlength: 20,
    onInput: function (v) { pwCtl.setValue(v, true); }, onTouched: function () { pwCtl.markTouched(); }
  });
  q(pwHost, 'input').setAttribute('_ngcontent-' + cid, '');
  function refreshCaptcha() { img.src = '/api/auth/captcha?rnd=' + Date.now(); }
  refreshCaptcha();
  q(host, '.refresh-captcha').addEventListener('click', function () { refreshCaptcha(); captchaInput.value = ''; captchaCtl.reset(); });
  userInput.addEventListener('input', function () { userCtl.setValue(userInput.value, true); });
  userInput.addEventListener('blur', function () { userCtl.markTouched(); });
  captchaInput.addEventListener('input', function () { captchaCtl.setValue(captchaInput.value, true); });
  captchaInput.addEventListener('blur', function () { captchaCtl.markTouched(); });
  var busy = false;
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    if (busy) return;
    [userCtl, pwCtl, captchaCtl].forEach(function (c) { c.markAllDirty(); });
    form.classList.remove('ng-untouched', 'ng-pristine');
    form.classList.add('ng-touched', 'ng-dirty');
    if (userCtl.error() || pwCtl.error() || captchaCtl.error()) return;
    busy = true;
    setLoading(submitHost, true);
    http('POST', '/api/auth/login', { username: userInput.value.trim(), password: pw.value(), captcha: captchaInput.value.trim() })
      .then(function (res) {
        authState.otpPending = true;
        authState.mobile = res.mobile;
        toast.add({ severity: 'success', summary: 'OTP Sent', detail: res.message });
        return router.navigate('/login/otp-verification');
      })
      .catch(function (err) {
        busy = false;
        setLoading(submitHost, false);
        if (!err || err.status !== 400) { showHttpError(err); return; }
        toast.add({ severity: 'error', summary: 'Login Failed', detail: err.message });
        refreshCaptcha();
        captchaInput.value = '';
        captchaCtl.reset();
        if (err.error && err.error.field === 'captcha') {
          captchaCtl.serverError = err.message;
          captchaCtl.markAllDirty();
          captchaInput.focus();
        } else {
          msgs.innerHTML = '';
          showMessages(msgs, cid, 'error', err.message, null, true);
          pw.clear();
          pwCtl.reset();
        }
      });
  });
  return { host: host, destroy: function () { pw.destroy(); } };
}

/* ---------------- app-otp-verification (2FA) ---------------- */
function OtpPage() {
  var cid = NG.otp;
  var host = hostEl('app-otp-verification', cid);
  host.appendChild(build(cid,
    '<div class="login-wrapper"><div class="login-box"><div class="login-brand">' + LOGO + '<span class="t">e-Invoice System</span></div>' +
    '<p-card class="p-element"><div class="p-card p-component"><div class="p-card-body"><div class="p-card-title">Two Factor Authentication</div><div class="p-card-content">' +
    '<p class="otp-hint">An OTP has been sent to your registered mobile number <b>' + esc(authState.mobile || 'XXXXXX4821') + '</b>. You may also use the OTP shown in the Sandes or NIC-GST-Shield app.</p>' +
    '<form novalidate class="p-fluid ng-untouched ng-pristine ng-invalid"><div class="field f-otp"><label for="loginOtp">Enter OTP <span class="text-red-500">*</span></label><input pinputtext id="loginOtp" formcontrolname="otp" type="text" inputmode="numeric" maxlength="6" autocomplete="one-time-code" placeholder="Enter 6 digit OTP" class="p-inputtext p-component p-element"></div>' +
    '<p-button type="submit" label="Verify OTP" icon="pi pi-check" styleclass="w-full" class="w-full verify"></p-button></form>' +
    '<div class="flex justify-content-between align-items-center mt-3"><div class="flex align-items-center gap-2"><p-button label="Resend OTP" styleclass="p-button-link p-button-sm" class="resend"></p-button><span class="resend-timer text-sm text-500"></span></div><a routerlink="/login" href="/login" class="text-sm">Back to Login</a></div>' +
    '</div></div></div></p-card></div></div>'));
  upgradeButtons(host);
  var input = q(host, '#loginOtp');
  var form = q(host, 'form');
  var verifyHost = q(host, 'p-button.verify');
  var resendHost = q(host, 'p-button.resend');
  var ctl = new FormControl({ host: input, field: q(host, '.f-otp'), cid: cid, validators: [required('OTP'), function (v) { return /^[0-9]{6}$/.test(v.trim()) ? null : 'OTP must be a 6 digit number.'; }] });
  digitsOnly(input);
  input.addEventListener('input', function () { ctl.setValue(input.value, true); });
  input.addEventListener('blur', function () { ctl.markTouched(); });
  var stopTimer = countdown(q(host, '.resend-timer'), resendHost, 30);
  resendHost.querySelector('button').addEventListener('click', function () {
    http('POST', '/api/auth/otp/resend', {}).then(function (res) {
      toast.add({ severity: 'info', summary: 'OTP Sent', detail: res.message });
      stopTimer();
      stopTimer = countdown(q(host, '.resend-timer'), resendHost, 30);
    }, showHttpError);
  });
  var busy = false;
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    if (busy) return;
    ctl.markAllDirty();
    if (ctl.error()) return;
    busy = true;
    setLoading(verifyHost, true);
    http('POST', '/api/auth/otp/verify', { otp: input.value.trim() })
      .then(function () {
        authState.authenticated = true;
        authState.otpPending = false;
        return router.navigate('/dashboard');
      })
      .catch(function (err) {
        busy = false;
        setLoading(verifyHost, false);
        if (!err || err.status !== 400) { showHttpError(err); return; }
        toast.add({ severity: 'error', summary: 'Verification Failed', detail: err.message });
        input.value = '';
        ctl.reset();
        ctl.serverError = err.message;
        ctl.markAllDirty();
        input.focus();
      });
  });
  setTimeout(function () { input.focus(); }, 0);
  return { host: host, destroy: function () { stopTimer(); } };
}
`;

/** main-*.js, part 5: the signed-in layout (topbar, p-panelMenu sidebar), dashboard, placeholder pages. */
const JS_LAYOUT = `
/* ---------------- app-layout ---------------- */
function Layout() {
  var cid = NG.layout;
  var host = hostEl('app-layout', cid);
  host.appendChild(build(cid, '<div class="layout-wrapper layout-static"><app-topbar></app-topbar><div class="layout-sidebar"><app-sidebar></app-sidebar></div><div class="layout-main-container"><div class="layout-main"><router-outlet></router-outlet></div><app-footer></app-footer></div><div class="layout-mask"></div></div>'));
  var topbar = q(host, 'app-topbar');
  topbar.setAttribute('_nghost-' + NG.topbar, '');
  var initials = (authState.legalName || 'U').split(' ').slice(0, 2).map(function (w) { return w.charAt(0); }).join('');
  topbar.appendChild(build(NG.topbar,
    '<div class="layout-topbar"><a class="layout-topbar-logo" routerlink="/dashboard" href="/dashboard">' + LOGO + '<span>e-Invoice System<small>Invoice Registration Portal</small></span></a>' +
    '<div class="layout-topbar-menu"><span class="gstin-chip">GSTIN: ' + esc(authState.gstin || '') + '</span><span class="text-700 font-medium">' + esc(authState.legalName || '') + '</span>' +
    '<p-avatar shape="circle" class="p-element"><div class="p-avatar p-component p-avatar-circle"><span class="p-avatar-text ng-star-inserted">' + esc(initials) + '</span></div></p-avatar>' +
    '<span class="text-500">' + esc(authState.userName || '') + '</span>' +
    '<button pbutton type="button" label="Logout" icon="pi pi-sign-out" class="p-button-text p-button-secondary logout"></button></div></div>'));
  upgradeButtons(topbar);
  var sidebar = q(host, 'app-sidebar');
  sidebar.setAttribute('_nghost-' + NG.sidebar, '');
  sidebar.appendChild(build(NG.sidebar, '<app-menu><p-panelmenu styleclass="layout-menu" class="menu"></p-panelmenu></app-menu>'));
  var menu = PanelMenu(q(sidebar, 'p-panelmenu'), MENU);
  var footer = q(host, 'app-footer');
  footer.setAttribute('_nghost-' + NG.footer, '');
  footer.appendChild(build(NG.footer, '<div class="layout-footer">Site is designed, developed and hosted by National Informatics Centre (NIC), Ministry of Electronics &amp; IT, Government of India. Contents owned and maintained by GSTN. Version 1.03</div>'));
  var childOutlet = q(host, '.layout-main router-outlet');
  q(topbar, '.logout').addEventListener('click', function () {
    http('POST', '/api/auth/logout', {}).then(function () {
      authState = { authenticated: false, otpPending: false, userName: null, gstin: null, legalName: null, mobile: null };
      toast.add({ severity: 'info', summary: 'Logged out', detail: 'You have been logged out successfully.' });
      router.navigate('/login');
    }, showHttpError);
  });
  var first = true;
  return {
    host: host,
    show: function (route, comp) {
      childOutlet.after(comp.host);
      if (first) { menu.expandTo(route.path); first = false; }
      menu.setActive(route.path);
    },
    destroy: function () {}
  };
}

/* ---------------- app-dashboard ---------------- */
function DashboardPage() {
  var cid = NG.dash;
  var host = hostEl('app-dashboard', cid);
  function stat(label, key, note, icon, bg, fg) {
    return '<div class="col-12 md:col-6 lg:col-3"><p-card class="p-element"><div class="p-card p-component stat-card"><div class="p-card-body"><div class="flex justify-content-between mb-3"><div><span class="block text-500 font-medium mb-3">' + label + '</span><div class="stat-value" data-k="' + key + '">&ndash;</div></div><div class="stat-icon" style="background:' + bg + ';color:' + fg + '"><i class="pi ' + icon + '"></i></div></div><span class="text-sm text-500">' + note + '</span></div></div></p-card></div>';
  }
  host.appendChild(build(cid,
    '<h2 class="page-title">Dash Board</h2>' +
    '<div class="grid">' +
    stat('Generations', 'generations', 'IRNs generated in 2024-25', 'pi-file', '#dbeafe', '#2563eb') +
    stat('Cancelled', 'cancelled', 'IRNs cancelled in 2024-25', 'pi-ban', '#fee2e2', '#dc2626') +
    stat('e-Invoices this month', 'thisMonth', 'Across all modes', 'pi-chart-bar', '#dcfce7', '#16a34a') +
    stat('API Users', 'apiUsers', 'Active API users for this GSTIN', 'pi-users', '#fef3c7', '#d97706') +
    '</div>' +
    '<div class="grid mt-3"><div class="col-12 lg:col-8"><p-card class="p-element"><div class="p-card p-component"><div class="p-card-body"><div class="p-card-title text-xl">Announcements</div><div class="p-card-content"><ul class="updates">' +
    '<li>Two-factor authentication is mandatory for all users from 01-04-2025.</li>' +
    '<li>API users are created per GSP. Use <b>API Registration</b> in the menu to create or manage them.</li>' +
    '<li>Please keep the contact details of your technical person up to date.</li>' +
    '</ul></div></div></div></p-card></div><div class="col-12 lg:col-4"><p-card class="p-element"><div class="p-card p-component"><div class="p-card-body"><div class="p-card-title text-xl">Last Login</div><div class="p-card-content line-height-3" data-k="last"></div></div></div></p-card></div></div>' +
    '<p-dialog header="Contacts of Technical Person" appendto="body" class="p-element"></p-dialog>'));
  q(host, '[data-k="last"]').textContent = fmtDate(new Date(Date.now() - 86400000 * 2).toISOString()) + ' from 10.x.x.x';
  var dialog = null;
  var alive = true;
  http('GET', '/api/dashboard/summary').then(function (s) {
    if (!alive) return;
    Object.keys(s).forEach(function (k) { var c = q(host, '[data-k="' + k + '"]'); if (c) c.textContent = Number(s[k]).toLocaleString('en-IN'); });
    return http('GET', '/api/profile/technical-contact');
  }).then(function (c) {
    if (!alive || !c || !c.show) return;
    var content = build(cid,
      '<p class="mt-0 mb-3 line-height-3">The following person is registered as the technical contact for GSTIN <b>' + esc(authState.gstin) + '</b>. NIC uses these details for communication about e-Invoice API integration. Please keep them up to date under User Management.</p>' +
      '<div class="grid">' +
      '<div class="col-6 text-500">Name</div><div class="col-6 font-medium text-900">' + esc(c.name) + '</div>' +
      '<div class="col-6 text-500">Designation</div><div class="col-6 font-medium text-900">' + esc(c.designation) + '</div>' +
      '<div class="col-6 text-500">Mobile Number</div><div class="col-6 font-medium text-900">' + esc(c.mobile) + '</div>' +
      '<div class="col-6 text-500">E-mail ID</div><div class="col-6 font-medium text-900">' + esc(c.email) + '</div></div>');
    var footer = build(cid, '<button pbutton type="button" label="Close" icon="pi pi-times" class="p-button-secondary close-contacts"></button>');
    upgradeButtons(footer);
    setTimeout(function () {
      if (!alive) return;
      dialog = openDialog({ header: 'Contacts of Technical Person', content: content, footer: footer, width: '42rem' });
      q(dialog.footer, '.close-contacts').addEventListener('click', function () { dialog.close('close'); });
    }, 300);
  }).catch(showHttpError);
  return { host: host, destroy: function () { alive = false; if (dialog) dialog.close('destroy'); } };
}

/* ---------------- placeholder pages for the other menu leaves ---------------- */
function PlaceholderPage(route) {
  var cid = NG.page;
  var host = hostEl('app-page', cid);
  host.appendChild(build(cid, '<h2 class="page-title">' + esc(route.title) + '</h2><p-card class="p-element"><div class="p-card p-component"><div class="p-card-body"><div class="p-card-content">' +
    '<p-table class="p-element"><div class="p-datatable p-component"><div class="p-datatable-wrapper"><table role="table" class="p-datatable-table"><thead class="p-datatable-thead"><tr><th>Sr. No.</th><th>Details</th><th>Date</th></tr></thead><tbody class="p-element p-datatable-tbody"><tr><td colspan="3">No records found.</td></tr></tbody></table></div></div></p-table></div></div></div></p-card>'));
  return { host: host };
}
`;

/** main-*.js, part 6: Create API User (API OTP, registration form, confirmation, result, table). */
const JS_CREATE = `
function CreateApiUserPage() {
  var cid = NG.create;
  var host = hostEl('app-create-api-user', cid);
  var sep = '<li class="p-menuitem-separator ng-star-inserted"><span class="pi pi-chevron-right"></span></li>';
  function crumb(label) { return '<li class="p-menuitem ng-star-inserted"><a class="p-menuitem-link ng-star-inserted"><span class="p-menuitem-text ng-star-inserted">' + label + '</span></a></li>'; }
  host.appendChild(build(cid,
    '<p-breadcrumb class="p-element"><nav class="p-breadcrumb p-component" aria-label="Breadcrumb"><ul><li class="p-breadcrumb-home ng-star-inserted"><a class="p-menuitem-link ng-star-inserted" routerlink="/dashboard" href="/dashboard"><span class="p-menuitem-icon pi pi-home ng-star-inserted"></span></a></li>' +
    sep + crumb('API Registration') + sep + crumb('User Credentials') + sep + crumb('Create API User') + '</ul></nav></p-breadcrumb>' +
    '<h2 class="page-title mt-3">Create API User</h2>' +
    '<p-panel header="API Registration" class="p-element reg-panel"><div class="p-panel p-component"><div class="p-panel-header ng-star-inserted"><span class="p-panel-title ng-star-inserted">API Registration</span></div><div role="region" class="p-toggleable-content"><div class="p-panel-content"><div class="panel-body"></div></div></div></div></p-panel>' +
    '<div class="registered mt-4"></div>' +
    '<p-blockui class="p-element"></p-blockui>'));
  var panel = q(host, '.reg-panel > .p-panel');
  var body = q(host, '.panel-body');
  var registered = q(host, '.registered');
  var st = { phase: 'send', otpMessage: '', busy: false, gsps: [], regType: '', result: null };
  var cleanups = [];
  var alive = true;
  function cleanup() { cleanups.splice(0).forEach(function (f) { f(); }); }
  function busyCall(pButtonHost, promise) {
    st.busy = true;
    if (pButtonHost) setLoading(pButtonHost, true);
    var unblock = blockUI(panel, cid);
    return promise.then(function (v) {
      st.busy = false; unblock(); if (pButtonHost && pButtonHost.isConnected) setLoading(pButtonHost, false); return v;
    }, function (e) {
      st.busy = false; unblock(); if (pButtonHost && pButtonHost.isConnected) setLoading(pButtonHost, false); throw e;
    });
  }
  function render() {
    cleanup();
    body.innerHTML = '';
    if (st.phase === 'send') renderSend();
    else if (st.phase === 'otp') renderOtp();
    else if (st.phase === 'form') renderForm();
    else renderDone();
  }

  function renderSend() {
    body.appendChild(build(cid,
      '<p class="mt-0 line-height-3">To create API user credentials, an OTP will be sent to the mobile number registered for this GSTIN on the e-Invoice portal.</p>' +
      '<div class="formgrid grid p-fluid"><div class="field col-12 md:col-6"><label for="gstin">GSTIN</label><input pinputtext id="gstin" type="text" readonly class="p-inputtext p-component p-element p-readonly" value="' + esc(authState.gstin) + '"></div></div>' +
      '<p-button label="Send OTP" icon="pi pi-send" class="send-otp"></p-button>'));
    upgradeButtons(body);
    var sendHost = q(body, '.send-otp');
    sendHost.querySelector('button').addEventListener('click', function () {
      if (st.busy) return;
      busyCall(sendHost, http('POST', '/api/api-registration/otp/send', {})).then(function (res) {
        if (!alive) return;
        st.otpMessage = res.message;
        st.phase = 'otp';
        render();
        toast.add({ severity: 'success', summary: 'OTP Sent', detail: 'OTP sent to your registered mobile number ' + res.mobile + '.' });
      }).catch(showHttpError);
    });
  }

  function renderOtp() {
    var msgs = document.createElement('div');
    body.appendChild(msgs);
    showMessages(msgs, cid, 'info', st.otpMessage, null, false);
    body.appendChild(build(cid,
      '<div class="field f-apiotp mt-3"><label class="block">Enter OTP <span class="text-red-500">*</span></label><p-inputotp integeronly="true" class="api-otp"></p-inputotp></div>' +
      '<div class="flex align-items-center gap-3 flex-wrap"><p-button label="Verify OTP" icon="pi pi-check" class="verify-otp"></p-button><p-button label="Resend OTP" styleclass="p-button-link" class="resend-otp"></p-button><span class="resend-timer text-sm text-500"></span></div>'));
    upgradeButtons(body);
    var otpHost = q(body, 'p-inputotp');
    var ctl = new FormControl({ host: otpHost, field: q(body, '.f-apiotp'), cid: cid, validators: [function (v) { return v.length === 6 ? null : 'Please enter the 6 digit OTP.'; }] });
    var otp = InputOtp(otpHost, { length: 6, integerOnly: true, onChange: function (v) { ctl.setValue(v, true); } });
    var verifyHost = q(body, '.verify-otp');
    var resendHost = q(body, '.resend-otp');
    var stop = countdown(q(body, '.resend-timer'), resendHost, 30);
    cleanups.push(function () { stop(); });
    resendHost.querySelector('button').addEventListener('click', function () {
      if (st.busy) return;
      busyCall(null, http('POST', '/api/api-registration/otp/send', {})).then(function (res) {
        if (!alive) return;
        st.otpMessage = res.message;
        render();
        toast.add({ severity: 'info', summary: 'OTP Sent', detail: 'A new OTP has been sent to ' + res.mobile + '.' });
      }).catch(showHttpError);
    });
    verifyHost.querySelector('button').addEventListener('click', function () {
      if (st.busy) return;
      ctl.markAllDirty();
      if (ctl.error()) return;
      busyCall(verifyHost, http('POST', '/api/api-registration/otp/verify', { otp: otp.value() }).then(function () {
        return Promise.all([http('GET', '/api/api-registration/gsps'), http('GET', '/api/api-registration/registered')]);
      })).then(function (r) {
        if (!alive) return;
        st.gsps = r[0];
        renderRegistered(r[1]);
        st.phase = 'form';
        render();
        toast.add({ severity: 'success', summary: 'Verified', detail: 'OTP verified successfully.' });
      }).catch(function (err) {
        if (!alive || !err || err.status !== 400) { showHttpError(err); return; }
        toast.add({ severity: 'error', summary: 'Error', detail: err.message });
        otp.clear();
        ctl.reset();
        ctl.serverError = err.message;
        ctl.markAllDirty();
        otp.focus();
      });
    });
    setTimeout(function () { if (alive) otp.focus(); }, 0);
  }

  function renderRegistered(data) {
    var rows = data.rows.map(function (r) {
      return '<tr class="ng-star-inserted"><td>' + r.srNo + '</td><td>' + esc(r.gspName) + '</td><td>' + esc(r.apiUserName) + '</td><td>' + esc(fmtDate(r.createdOn)) + '</td><td><p-tag severity="success" class="p-element"><span class="p-tag p-component p-tag-success"><span class="p-tag-value">' + esc(r.status) + '</span></span></p-tag></td></tr>';
    }).join('');
    registered.innerHTML = '';
    registered.appendChild(build(cid,
      '<p-panel class="p-element"><div class="p-panel p-component"><div class="p-panel-header ng-star-inserted"><span class="p-panel-title ng-star-inserted">GSPs registered for GSTIN ' + esc(data.gstin) + '</span></div><div role="region" class="p-toggleable-content"><div class="p-panel-content">' +
      '<p-table styleclass="p-datatable-gridlines" class="p-element"><div class="p-datatable p-component p-datatable-gridlines"><div class="p-datatable-wrapper"><table role="table" class="p-datatable-table"><thead class="p-datatable-thead"><tr class="ng-star-inserted"><th>Sr. No.</th><th>GSP Name</th><th>API Username</th><th>Created On</th><th>Status</th></tr></thead><tbody class="p-element p-datatable-tbody">' + rows + '</tbody></table></div></div></p-table>' +
      '</div></div></div></p-panel>'));
  }

  function renderForm() {
    var types = [
      { value: 'DIRECT', id: 'regDirect', label: 'Directly' },
      { value: 'GSP', id: 'regGsp', label: 'Through GSP' },
      { value: 'ERP', id: 'regErp', label: 'Through ERP' },
      { value: 'OTHER', id: 'regOther', label: 'Through Client-Id of other' }
    ];
    body.appendChild(build(cid,
      '<div class="msgs"></div>' +
      '<form novalidate class="ng-untouched ng-pristine ng-invalid"><div class="field f-type"><label class="block">Do you wish to Register your GSTIN for <span class="text-red-500">*</span></label><div class="reg-type">' +
      types.map(function (t) { return '<div class="field-radiobutton"><p-radiobutton name="registrationType" value="' + t.value + '" inputid="' + t.id + '" formcontrolname="registrationType"></p-radiobutton></div>'; }).join('') +
      '</div></div><div class="type-body"></div>' +
      '<div class="flex gap-2 mt-3"><p-button type="submit" label="Submit" icon="pi pi-check" class="submit"></p-button><p-button label="Exit" icon="pi pi-times" styleclass="p-button-secondary p-button-outlined" class="exit"></p-button></div></form>'));
    upgradeButtons(body);
    var msgs = q(body, '.msgs');
    var form = q(body, 'form');
    var typeBody = q(body, '.type-body');
    var typeCtl = new FormControl({ host: q(body, '.reg-type'), field: q(body, '.f-type'), cid: cid, validators: [function (v) { return v ? null : 'Please select the registration type.'; }] });
    var radios = qa(body, 'p-radiobutton').map(function (h, i) {
      return RadioButton(h, { name: 'registrationType', value: types[i].value, inputId: types[i].id, label: types[i].label, onSelect: choose });
    });
    var f = null;
    function choose(v) {
      if (st.regType === v) return;
      st.regType = v;
      radios.forEach(function (r) { r.setChecked(r.value === v); });
      typeCtl.setValue(v, true);
      if (f) f.destroy();
      f = null;
      typeBody.innerHTML = '';
      if (v === 'GSP') f = gspFields(typeBody);
      else {
        var text = v === 'DIRECT'
          ? 'Direct API access is allowed only for taxpayers above the notified turnover limit. This GSTIN is not eligible; please register Through GSP.'
          : 'This registration mode is not enabled for your GSTIN. Please register Through GSP.';
        typeBody.appendChild(inlineMessage(cid, 'warn', text));
      }
    }
    cleanups.push(function () { if (f) f.destroy(); });
    q(body, '.exit button').addEventListener('click', function () { router.navigate('/dashboard'); });
    var submitHost = q(body, '.submit');
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      if (st.busy) return;
      form.classList.remove('ng-untouched', 'ng-pristine');
      form.classList.add('ng-touched', 'ng-dirty');
      typeCtl.markAllDirty();
      if (!st.regType) return;
      if (st.regType !== 'GSP' || !f) {
        toast.add({ severity: 'warn', summary: 'Warning', detail: 'Please select Through GSP to create an API user.' });
        return;
      }
      if (!f.validate()) return;
      var d = f.data();
      confirm({
        header: 'Confirmation',
        messageHtml: 'Do you want to create API user <b>API_' + esc(d.userName) + '</b> for <b>' + esc(d.gspName) + '</b>?',
        accept: function () {
          busyCall(submitHost, http('POST', '/api/api-registration/api-users', {
            gstin: authState.gstin, registrationType: 'GSP', gspId: d.gspId, userName: d.userName, password: d.password, confirmPassword: d.confirmPassword
          })).then(function (res) {
            if (!alive) return;
            st.result = res;
            st.phase = 'done';
            render();
            renderRegistered({ gstin: authState.gstin, rows: res.rows });
            toast.add({ severity: 'success', summary: 'Success', detail: 'API user created successfully.' });
          }).catch(function (err) {
            if (!alive || !err || (err.status !== 400 && err.status !== 409)) { showHttpError(err); return; }
            toast.add({ severity: 'error', summary: 'Error', detail: err.message });
            showMessages(msgs, cid, 'error', err.message, null, true);
            if (err.error && err.error.errorCode === 'EINV_2012') f.usernameTaken(err.message);
          });
        }
      });
    });
  }

  function gspFields(container) {
    container.appendChild(build(cid,
      '<div class="formgrid grid p-fluid">' +
      '<div class="field col-12 md:col-6 f-gsp"><label for="gsp">Select your GSP <span class="text-red-500">*</span></label><p-dropdown inputid="gsp" optionlabel="gspName" optionvalue="gspId" placeholder="Select your GSP" formcontrolname="gspId" class="gsp"></p-dropdown></div>' +
      '<div class="field col-12 md:col-6 f-user"><label for="apiUserName">Username <span class="text-red-500">*</span></label><div class="p-inputgroup"><span class="p-inputgroup-addon">API_</span><input pinputtext id="apiUserName" formcontrolname="userName" type="text" maxlength="25" autocomplete="off" placeholder="Enter Username" class="p-inputtext p-component p-element"></div><small class="api-hint text-500 block mt-1">The API username will be API_ followed by what you enter (3 to 25 letters, digits, _ . -).</small></div>' +
      '<div class="field col-12 md:col-6 f-pass"><label for="apiPassword">Password <span class="text-red-500">*</span></label><p-password inputid="apiPassword" formcontrolname="password"></p-password><small class="api-hint text-500 block mt-1">8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.</small></div>' +
      '<div class="field col-12 md:col-6 f-pass2"><label for="apiConfirmPassword">Re-enter Password <span class="text-red-500">*</span></label><p-password inputid="apiConfirmPassword" formcontrolname="confirmPassword"></p-password></div>' +
      '</div>'));
    var ddHost = q(container, 'p-dropdown');
    var userInput = q(container, '#apiUserName');
    var pwHosts = qa(container, 'p-password');
    function strip(v) { return v.trim().replace(/^API_/i, ''); }
    var gspCtl = new FormControl({ host: ddHost, field: q(container, '.f-gsp'), cid: cid, validators: [function (v) { return v ? null : 'Please select your GSP.'; }] });
    var userCtl = new FormControl({ host: userInput, field: q(container, '.f-user'), cid: cid, validators: [required('Username'), function (v) { return /^[A-Za-z0-9_.-]{3,25}$/.test(strip(v)) ? null : 'Username must be 3 to 25 characters: letters, digits, _ . or -.'; }] });
    var pwCtl = new FormControl({ host: pwHosts[0], field: q(container, '.f-pass'), cid: cid, validators: [required('Password'), function (v) { return /^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}$/.test(v) ? null : 'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.'; }] });
    var pw2Ctl = new FormControl({ host: pwHosts[1], field: q(container, '.f-pass2'), cid: cid, validators: [required('Re-enter Password'), function (v) { return v === pwCtl.value ? null : 'Password and Re-enter Password do not match.'; }] });
    var dd = Dropdown(ddHost, {
      inputId: 'gsp', placeholder: 'Select your GSP', filter: true, filterPlaceholder: 'Search GSP',
      options: st.gsps.map(function (g) { return { label: g.gspName, value: g.gspId }; }),
      onChange: function (v) { gspCtl.setValue(v, true); }, onTouched: function () { gspCtl.markTouched(); }
    });
    userInput.addEventListener('input', function () { userCtl.setValue(userInput.value, true); });
    userInput.addEventListener('blur', function () { userCtl.markTouched(); });
    var pw = Password(pwHosts[0], {
      inputId: 'apiPassword', toggleMask: true, feedback: true, autocomplete: 'new-password', placeholder: 'Enter Password', maxlength: 15,
      onInput: function (v) { pwCtl.setValue(v, true); if (pw2Ctl.dirty) pw2Ctl.refresh(); }, onTouched: function () { pwCtl.markTouched(); }
    });
    var pw2 = Password(pwHosts[1], {
      inputId: 'apiConfirmPassword', toggleMask: true, feedback: false, autocomplete: 'new-password', placeholder: 'Re-enter Password', maxlength: 15,
      onInput: function (v) { pw2Ctl.setValue(v, true); }, onTouched: function () { pw2Ctl.markTouched(); }
    });
    var ctls = [gspCtl, userCtl, pwCtl, pw2Ctl];
    return {
      validate: function () {
        ctls.forEach(function (c) { c.markAllDirty(); });
        return ctls.every(function (c) { return !c.error(); });
      },
      data: function () {
        return { gspId: dd.value(), gspName: dd.label(), userName: strip(userInput.value), password: pw.value(), confirmPassword: pw2.value() };
      },
      usernameTaken: function (msg) { userCtl.serverError = msg; userCtl.markAllDirty(); },
      destroy: function () { dd.destroy(); pw.destroy(); pw2.destroy(); }
    };
  }

  function renderDone() {
    var msgs = document.createElement('div');
    body.appendChild(msgs);
    showMessages(msgs, cid, 'success', st.result.message, null, false);
    body.appendChild(build(cid,
      '<div class="grid mt-2 mb-3" style="max-width:40rem"><div class="col-6 text-500">GSTIN</div><div class="col-6 font-medium text-900">' + esc(authState.gstin) + '</div>' +
      '<div class="col-6 text-500">GSP Name</div><div class="col-6 font-medium text-900">' + esc(st.result.gspName) + '</div>' +
      '<div class="col-6 text-500">API Username</div><div class="col-6 font-medium text-900">' + esc(st.result.apiUserName) + '</div></div>' +
      '<p-button label="Create Another API User" icon="pi pi-plus" styleclass="p-button-outlined" class="again"></p-button>'));
    upgradeButtons(body);
    q(body, '.again button').addEventListener('click', function () { st.phase = 'send'; st.regType = ''; render(); });
  }

  render();
  return { host: host, destroy: function () { alive = false; cleanup(); } };
}
`;

/** main-*.js, part 7: routes and bootstrap (platformBrowser().bootstrapModule(AppModule)). */
const JS_BOOT = `
function bootstrap() {
  appRoot = document.querySelector('app-root');
  appRoot.setAttribute('_nghost-' + NG.app, '');
  appRoot.setAttribute('ng-version', '17.3.12');
  appRoot.appendChild(build(NG.app, '<p-toast position="top-right" class="p-element"></p-toast><p-confirmdialog icon="pi pi-exclamation-triangle" class="p-element"></p-confirmdialog><router-outlet></router-outlet>'));
  var container = el('<div class="p-toast p-component p-toast-top-right"></div>');
  container.style.zIndex = zi('modal');
  q(appRoot, 'p-toast').appendChild(container);
  toast.container = container;
  confirmHost = q(appRoot, 'p-confirmdialog');
  outlet = q(appRoot, 'router-outlet');
  ROUTES = [
    { path: '/', comp: HomePage, title: 'Home' },
    { path: '/login', comp: LoginPage, title: 'Login', guest: true },
    { path: '/login/otp-verification', comp: OtpPage, title: 'OTP Verification', otp: true },
    { path: '/dashboard', comp: DashboardPage, title: 'Dash Board', auth: true, layout: true },
    { path: CREATE_API_USER, comp: CreateApiUserPage, title: 'Create API User', auth: true, layout: true }
  ];
  (function leaves(items) {
    items.forEach(function (it) {
      if (it.items) leaves(it.items);
      else if (!routeOf(it.routerLink)) ROUTES.push({ path: it.routerLink, comp: PlaceholderPage, title: it.label, auth: true, layout: true });
    });
  })(MENU);
  resolveRoute();
}
bootstrap();
`;

const MAIN_JS = `(function () {\n'use strict';\n${JS_CORE}${JS_CORE2}${JS_WIDGETS}${JS_WIDGETS2}${JS_PAGES}${JS_LAYOUT}${JS_CREATE}${JS_BOOT}})();\n`;
