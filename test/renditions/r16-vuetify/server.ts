/**
 * Rendition r16-vuetify: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2023-2024 Vue 3 single-page application
 * built with Vite on Vuetify 3 (Material Design 3) would draw it, talking to a JSON API. No Vue and no
 * Vuetify files: a small hand-written runtime in the page script builds the DOM Vuetify 3 renders
 * (v-application / v-layout, v-app-bar, v-navigation-drawer with v-list-group accordions, outlined
 * v-text-field with floating + notched labels, v-radio-group, v-autocomplete with a virtual-scrolled
 * menu, v-otp-input, v-dialog, v-snackbar, v-alert, v-table), its transitions and its overlay container.
 * Icons are `i.mdi.mdi-*` elements drawn by CSS masks (no icon font, no network).
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - One HTML shell for every non-API path (Vite build: `/assets/index-<hash>.js` module + css, an empty
 *   `div#app` that the script mounts, `data-v-app`). Client routes: `/` (home, header button "Login"),
 *   `/login`, `/login/otp`, `/dashboard` ("Dash Board"), Create API User at
 *   `/api-registration/user-credentials/create-api-user`, placeholder pages for the other menu leaves,
 *   `/profile`. Navigation is history.pushState; views fade in (route transition).
 * - JSON API under `/api/`; axios-style wrapper: an `XSRF-TOKEN` cookie echoed as `X-XSRF-TOKEN`; any 401
 *   makes the interceptor show an error snackbar "Session expired. Please login again." and push the
 *   router to `/login?reason=expired`, where a tonal warning v-alert "Session Expired" says "Your session has
 *   expired. Please login again to continue.".
 * - Login card: Username, Password (eye icon), a captcha picture (`<img>` of `/api/auth/captcha?t=…`, an
 *   SVG with noise; never text in the DOM) with a refresh icon button, "Enter Captcha", "Login". Wrong
 *   captcha: field message "Invalid Captcha. Please enter the characters shown in the image." (captcha
 *   emptied, picture redrawn). Wrong username/password: error snackbar "Invalid Login Credentials. Please
 *   check your username and password." (password and captcha emptied). Captcha case-insensitive.
 * - 2FA (`/login/otp`): card "Two-Factor Authentication", text field "Enter OTP", "Verify OTP", a "Resend
 *   OTP" countdown. Wrong: field message "Invalid OTP. Please enter the correct OTP sent to your registered
 *   mobile number." The session id is rotated on success.
 * - Dashboard: heading "Dash Board", cards Generations / Cancelled / Bulk Uploads / API Users. 600 ms after
 *   `GET /api/dashboard` answers (first dashboard of a session only), a persistent v-dialog "Contacts of
 *   Technical Person" (Name, Mobile Number, E-mail ID fields; a × icon button "Close", "Update", "Exit");
 *   when it closes, a second one "Update your contact details" ("Later", "Update Now" → /profile).
 *   Persistent dialogs bounce on a scrim click or Escape.
 * - Menu (permanent drawer at >= 1280 px wide, temporary behind the app-bar ☰ below that): Dash Board;
 *   e-Invoice; API Registration → User Credentials (nested group) → Create API User / View API Users, IP
 *   Whitelisting, Freeze API User, Change API Password; MIS Reports; User Management. Groups start closed,
 *   expand with the 300 ms expand transition, chevron down/up.
 * - Create API User: card "API Registration" with "Send OTP" (POST /api/api-registration/otp/send). Then a
 *   six-box v-otp-input under "Enter OTP", "Verify" (enabled when six digits are in) and "Resend OTP" after
 *   30 s. Wrong OTP: error snackbar "Invalid OTP. Please enter the valid OTP sent to your registered mobile
 *   number.", boxes red and emptied. Verified: the form.
 * - Form: radio group "Do you wish to Register your GSTIN for" Directly / Through GSP / Through ERP /
 *   Through Client-Id of other (only Through GSP shows the fields; the others show an info alert and
 *   disable Submit). "Select your GSP": v-autocomplete over 28 GSPs in the portal's id order (DEFMACRO is
 *   16th, so not in the DOM until the list is scrolled or filtered); typing filters by "contains" and splits
 *   the title into mask spans. "Username" with prefix `API_` (shown once the field is active), 3 to 30 of
 *   letters, digits, '.', '_', '-', and a typed "API_" is refused by a field rule. "Password" / "Re-enter
 *   Password": 8 to 15 characters, upper, lower, digit, special. "Submit" and "Exit" (→ dashboard).
 * - Submit opens the dialog "Confirm" ("Do you want to create the API user API_x with <GSP>? …", "Cancel" /
 *   "Confirm"). Refusals: duplicate (a registration with Tera Software Limited is on file; or any made here)
 *   as a field message on the GSP picker plus an error snackbar; username taken (API_admin, API_test,
 *   API_demo, API_einvoice, API_tera27apf or any made here, case-insensitively) as a field message on
 *   Username plus an error snackbar. Success: tonal success v-alert "API User Created" and a v-table "GSPs
 *   registered for GSTIN …" (Sl. No., GSP Name, API Username, Created On, Status), a success snackbar.
 * - Sessions: cookie `EINVSESSION` (HttpOnly), server-side, 20 minutes idle. expireOnce deletes the session
 *   on the first request of that stage (otp/send, otp/verify, POST users), which then answers 401.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type VuetifyR16Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface VuetifyR16Options {
  expireOnce?: VuetifyR16Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface VuetifyR16State {
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

export interface VuetifyR16Rendition {
  url: string;
  close(): Promise<void>;
  state: VuetifyR16State;
}

export const VUETIFY_R16_LOGIN: { username: string; password: string } = {
  username: 'udayfab27',
  password: 'Vue3#Einv2024',
};

const MOBILE = 'XXXXXX4821';
const TRADE_NAME = 'UDAY FABRICATORS';
const ASSET_JS = '/assets/index-5b3e1f7a.js';
const ASSET_CSS = '/assets/index-c2d94e08.css';
const COOKIE = 'EINVSESSION';
const IDLE_MS = 20 * 60 * 1000;
const API_OTP_VALID_MS = 10 * 60 * 1000;

/** The GSPs in the portal's own (id) order, not sorted: DEFMACRO is the 16th. */
const GSPS: readonly string[] = [
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
  'Avalara Technologies Private Limited',
  'CSC e-Governance Services India Limited',
  'Excellon Software Private Limited',
  'Karvy Data Management Services Limited',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Botree Software International Private Limited',
  'Mastek Limited',
  'Reliance Corporate IT Park Limited',
  'Sify Technologies Limited',
  'Taxilla IT Solutions Private Limited',
  'Wipro Limited',
  'Ernst & Young LLP',
  'Kirusa Software Private Limited',
  'Ramco Systems Limited',
  'SAP India Private Limited',
  'Relyon Softech Limited',
  'Computer Age Management Services Limited',
];

const SEEDED = [
  { gsp: 'Tera Software Limited', username: 'API_tera27apf', createdOn: '2022-08-14T10:42:00.000Z' },
];
const RESERVED = ['API_admin', 'API_test', 'API_demo', 'API_einvoice'];
const USERNAME_RE = /^[A-Za-z0-9._-]{3,30}$/;

function passwordOk(p: string): boolean {
  return (
    p.length >= 8 &&
    p.length <= 15 &&
    /[A-Z]/.test(p) &&
    /[a-z]/.test(p) &&
    /[0-9]/.test(p) &&
    /[^A-Za-z0-9]/.test(p)
  );
}

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'auth';
  noticesShown: boolean;
  apiOtpSentAt: number;
  apiOtpVerified: boolean;
  lastSeen: number;
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    out[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return out;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size < 64 * 1024) chunks.push(c);
    });
    req.on('end', () => {
      try {
        const v: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        resolve(v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
      } catch {
        resolve({});
      }
    });
    req.on('error', () => resolve({}));
  });
}

/** The captcha as an SVG picture: letters rotated and shifted, noise lines and dots, fresh each time. */
function captchaSvg(text: string): string {
  const rnd = (a: number, b: number) => a + Math.random() * (b - a);
  const colours = ['#1a3c6e', '#6b1f4f', '#23562b', '#7a3b0c', '#3b2f7a'];
  let out =
    '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="48" viewBox="0 0 150 48">' +
    '<rect width="150" height="48" fill="#eef2f7"/>';
  for (let i = 0; i < 5; i++) {
    out += `<path d="M${rnd(0, 30).toFixed(1)} ${rnd(5, 43).toFixed(1)} Q ${rnd(50, 100).toFixed(1)} ${rnd(0, 48).toFixed(1)} ${rnd(120, 150).toFixed(1)} ${rnd(5, 43).toFixed(1)}" stroke="${colours[i % 5]}" stroke-opacity="0.45" stroke-width="${rnd(1, 2).toFixed(1)}" fill="none"/>`;
  }
  [...text].forEach((ch, i) => {
    const x = 16 + i * 26 + rnd(-3, 3);
    const y = 33 + rnd(-4, 4);
    const rot = rnd(-22, 22).toFixed(0);
    out += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rot} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="Courier New, monospace" font-weight="bold" font-size="${rnd(26, 31).toFixed(0)}" fill="${colours[(i + 2) % 5]}">${ch.replace(/[<>&"]/g, '')}</text>`;
  });
  for (let i = 0; i < 45; i++) {
    out += `<circle cx="${rnd(0, 150).toFixed(1)}" cy="${rnd(0, 48).toFixed(1)}" r="${rnd(0.5, 1.4).toFixed(1)}" fill="${colours[i % 5]}" fill-opacity="0.6"/>`;
  }
  return `${out}</svg>`;
}

const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#fff"/>' +
  '<circle cx="32" cy="32" r="26" fill="none" stroke="#0b3d91" stroke-width="4"/>' +
  '<path d="M20 18h18l8 8v20H20z" fill="#0b3d91"/><path d="M38 18v8h8" fill="#5c8fd6"/>' +
  '<path d="M25 32h16M25 37h16M25 42h10" stroke="#fff" stroke-width="2.5"/></svg>';

function indexHtml(): string {
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>e-Invoice System</title>
    <script type="module" crossorigin src="${ASSET_JS}"></script>
    <link rel="stylesheet" crossorigin href="${ASSET_CSS}">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;
}

export async function startVuetifyR16Rendition(
  options: VuetifyR16Options = {},
): Promise<VuetifyR16Rendition> {
  const state: VuetifyR16State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  let pendingExpiry: VuetifyR16Expiry | undefined = options.expireOnce;
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let technicalContact = { name: 'Rahul Deshmukh', mobile: '9823XXXX10', email: 'it.support@udayfab.in' };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  function createSession(): Session {
    const s: Session = {
      id: randomBytes(18).toString('base64url'),
      stage: 'anon',
      noticesShown: false,
      apiOtpSentAt: 0,
      apiOtpVerified: false,
      lastSeen: Date.now(),
    };
    sessions.set(s.id, s);
    return s;
  }

  function liveSession(sid: string | undefined): Session | undefined {
    if (!sid) return undefined;
    const s = sessions.get(sid);
    if (!s) return undefined;
    if (Date.now() - s.lastSeen > IDLE_MS) {
      sessions.delete(sid);
      return undefined;
    }
    s.lastSeen = Date.now();
    return s;
  }

  function registrations() {
    return [
      ...SEEDED.map((r) => ({ ...r, status: 'Active' })),
      ...state.users.map((u) => ({
        gsp: u.gsp,
        username: u.username,
        createdOn: u.createdOn,
        status: 'Active',
      })),
    ];
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const cookies = parseCookies(req.headers.cookie);
    const setCookies: string[] = [];
    let session = liveSession(cookies[COOKIE]);

    const reply = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      const h: Record<string, string | string[]> = {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        ...headers,
      };
      if (setCookies.length) h['Set-Cookie'] = setCookies;
      res.writeHead(status, h);
      res.end(body);
    };
    const json = (status: number, data: unknown) => reply(status, 'application/json', JSON.stringify(data));
    const setSessionCookie = (s: Session) =>
      setCookies.push(`${COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Lax`);
    const ensureSession = (): Session => {
      if (!session) {
        session = createSession();
        setSessionCookie(session);
      }
      return session;
    };

    if (method === 'GET' && path === ASSET_JS)
      return reply(200, 'text/javascript; charset=utf-8', CLIENT_JS, { 'Cache-Control': 'no-cache' });
    if (method === 'GET' && path === ASSET_CSS)
      return reply(200, 'text/css; charset=utf-8', CLIENT_CSS, { 'Cache-Control': 'no-cache' });
    if (
      method === 'GET' &&
      (path === '/favicon.svg' || path === '/favicon.ico' || path === '/assets/logo.svg')
    )
      return reply(200, 'image/svg+xml', LOGO_SVG, { 'Cache-Control': 'max-age=3600' });
    if (method === 'GET' && path.startsWith('/assets/')) return reply(404, 'text/plain', 'Not Found');

    if (!path.startsWith('/api/')) {
      if (method !== 'GET' && method !== 'HEAD') return reply(405, 'text/plain', 'Method Not Allowed');
      ensureSession();
      if (!cookies['XSRF-TOKEN'])
        setCookies.push(`XSRF-TOKEN=${randomBytes(16).toString('hex')}; Path=/; SameSite=Lax`);
      return reply(200, 'text/html; charset=utf-8', indexHtml());
    }

    // ---- JSON API ----
    const body = method === 'POST' ? await readJson(req) : {};
    if (method === 'POST') {
      const token = req.headers['x-xsrf-token'];
      if (!cookies['XSRF-TOKEN'] || token !== cookies['XSRF-TOKEN'])
        return json(403, {
          status: 403,
          error: 'Forbidden',
          message: 'Invalid CSRF token. Please reload the page.',
        });
    }
    const unauthorized = () =>
      json(401, {
        status: 401,
        error: 'Unauthorized',
        code: 'SESSION_EXPIRED',
        message: 'Your session has expired. Please login again.',
      });
    const authed = (): Session | undefined => (session && session.stage === 'auth' ? session : undefined);
    /** The expireOnce stage: its first request finds the session deleted. */
    const expire = (stage: VuetifyR16Expiry): boolean => {
      if (pendingExpiry !== stage || !session) return false;
      pendingExpiry = undefined;
      sessions.delete(session.id);
      session = undefined;
      state.expired.push(stage);
      return true;
    };
    const userInfo = () => ({
      username: VUETIFY_R16_LOGIN.username,
      gstin: state.gstin,
      tradeName: TRADE_NAME,
      mobile: MOBILE,
    });

    switch (`${method} ${path}`) {
      case 'GET /api/auth/me': {
        const s = authed();
        return json(
          200,
          s
            ? { authenticated: true, user: userInfo() }
            : { authenticated: false, pendingOtp: session?.stage === 'otp', mobile: MOBILE },
        );
      }
      case 'GET /api/auth/captcha': {
        ensureSession();
        return reply(200, 'image/svg+xml', captchaSvg(state.captcha), {
          'Cache-Control': 'no-store, max-age=0',
        });
      }
      case 'POST /api/auth/login': {
        const s = ensureSession();
        await sleep(350);
        const username = str(body.username).trim();
        const password = str(body.password);
        const captcha = str(body.captcha).trim();
        if (!username || !password || !captcha)
          return json(400, {
            status: 400,
            code: 'VALIDATION',
            message: 'Username, password and captcha are required.',
          });
        if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
          state.refusals.push('captcha');
          return json(400, {
            status: 400,
            code: 'INVALID_CAPTCHA',
            field: 'captcha',
            message: 'Invalid Captcha. Please enter the characters shown in the image.',
          });
        }
        if (
          username.toLowerCase() !== VUETIFY_R16_LOGIN.username.toLowerCase() ||
          password !== VUETIFY_R16_LOGIN.password
        ) {
          state.refusals.push('login');
          return json(400, {
            status: 400,
            code: 'INVALID_CREDENTIALS',
            message: 'Invalid Login Credentials. Please check your username and password.',
          });
        }
        s.stage = 'otp';
        return json(200, {
          otpRequired: true,
          mobile: MOBILE,
          message: `An OTP has been sent to your registered mobile number ${MOBILE}.`,
        });
      }
      case 'POST /api/auth/otp/verify': {
        if (session?.stage !== 'otp') return unauthorized();
        await sleep(300);
        const otp = str(body.otp).replace(/\s/g, '');
        if (otp !== state.loginOtp) {
          state.refusals.push('login-otp');
          return json(400, {
            status: 400,
            code: 'INVALID_OTP',
            field: 'otp',
            message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
          });
        }
        // A new session id once signed in (no fixation).
        sessions.delete(session.id);
        session.id = randomBytes(18).toString('base64url');
        session.stage = 'auth';
        sessions.set(session.id, session);
        setSessionCookie(session);
        return json(200, { authenticated: true, user: userInfo() });
      }
      case 'POST /api/auth/otp/resend': {
        if (session?.stage !== 'otp') return unauthorized();
        await sleep(250);
        return json(200, { message: `OTP has been re-sent to your registered mobile number ${MOBILE}.` });
      }
      case 'POST /api/auth/logout': {
        if (session) sessions.delete(session.id);
        setCookies.push(`${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
        return json(200, { message: 'Logged out' });
      }
      case 'GET /api/dashboard': {
        const s = authed();
        if (!s) return unauthorized();
        await sleep(280);
        const notices = s.noticesShown ? [] : ['technical-contact', 'update-contact'];
        s.noticesShown = true;
        return json(200, {
          gstin: state.gstin,
          tradeName: TRADE_NAME,
          stats: { generations: 1284, cancelled: 37, bulkUploads: 12, apiUsers: registrations().length },
          technicalContact,
          contactVerifiedOn: '12-03-2021',
          notices,
        });
      }
      case 'POST /api/profile/technical-contact': {
        if (!authed()) return unauthorized();
        await sleep(250);
        technicalContact = {
          name: str(body.name) || technicalContact.name,
          mobile: str(body.mobile) || technicalContact.mobile,
          email: str(body.email) || technicalContact.email,
        };
        return json(200, { message: 'Technical contact details updated successfully.' });
      }
      case 'POST /api/api-registration/otp/send': {
        const s = authed();
        if (!s) return unauthorized();
        if (expire('api-otp-send')) return unauthorized();
        await sleep(400);
        s.apiOtpSentAt = Date.now();
        s.apiOtpVerified = false;
        return json(200, {
          mobile: MOBILE,
          validitySeconds: 600,
          resendAfterSeconds: 30,
          message: `OTP has been sent to your registered mobile number ${MOBILE}.`,
        });
      }
      case 'POST /api/api-registration/otp/verify': {
        const s = authed();
        if (!s) return unauthorized();
        if (expire('api-otp-verify')) return unauthorized();
        await sleep(300);
        if (!s.apiOtpSentAt)
          return json(400, {
            status: 400,
            code: 'OTP_NOT_SENT',
            message: 'Please click Send OTP to receive an OTP first.',
          });
        if (Date.now() - s.apiOtpSentAt > API_OTP_VALID_MS)
          return json(400, {
            status: 400,
            code: 'OTP_EXPIRED',
            message: 'OTP has expired. Please click Resend OTP to get a new OTP.',
          });
        if (str(body.otp).replace(/\s/g, '') !== state.apiOtp) {
          state.refusals.push('api-otp');
          return json(400, {
            status: 400,
            code: 'INVALID_OTP',
            message: 'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
          });
        }
        s.apiOtpVerified = true;
        return json(200, { verified: true, message: 'OTP verified successfully.' });
      }
      case 'GET /api/api-registration/gsps': {
        if (!authed()) return unauthorized();
        await sleep(200);
        return json(200, {
          items: GSPS.map((name, i) => ({ gspId: `GSP${String(101 + i)}`, gspName: name })),
        });
      }
      case 'GET /api/api-registration/users': {
        if (!authed()) return unauthorized();
        await sleep(200);
        return json(200, { gstin: state.gstin, items: registrations() });
      }
      case 'POST /api/api-registration/users': {
        const s = authed();
        if (!s) return unauthorized();
        if (expire('submit')) return unauthorized();
        await sleep(450);
        if (!s.apiOtpVerified)
          return json(403, {
            status: 403,
            code: 'OTP_NOT_VERIFIED',
            message: 'Please verify the OTP before creating an API user.',
          });
        if (str(body.mode) !== 'GSP')
          return json(422, {
            status: 422,
            code: 'VALIDATION',
            field: 'mode',
            message: 'This option is not enabled for your GSTIN.',
          });
        const gsp = GSPS[Number(str(body.gspId).replace(/^GSP/, '')) - 101];
        if (!gsp)
          return json(422, {
            status: 422,
            code: 'VALIDATION',
            field: 'gsp',
            message: 'Please select your GSP.',
          });
        const typed = str(body.username).trim();
        if (!USERNAME_RE.test(typed) || /^api_/i.test(typed))
          return json(422, {
            status: 422,
            code: 'VALIDATION',
            field: 'username',
            message: 'Invalid username.',
          });
        const password = str(body.password);
        if (!passwordOk(password))
          return json(422, {
            status: 422,
            code: 'VALIDATION',
            field: 'password',
            message: 'Password does not meet the policy.',
          });
        if (password !== str(body.confirmPassword))
          return json(422, {
            status: 422,
            code: 'VALIDATION',
            field: 'confirmPassword',
            message: 'Passwords do not match.',
          });
        const username = `API_${typed}`;
        if (registrations().some((r) => r.gsp === gsp)) {
          state.refusals.push('duplicate');
          return json(409, {
            status: 409,
            code: 'ALREADY_REGISTERED',
            field: 'gsp',
            message: `GSTIN ${state.gstin} is already registered with ${gsp}.`,
          });
        }
        const taken = [...RESERVED, ...registrations().map((r) => r.username)];
        if (taken.some((t) => t.toLowerCase() === username.toLowerCase())) {
          state.refusals.push('username-taken');
          return json(409, {
            status: 409,
            code: 'USERNAME_TAKEN',
            field: 'username',
            message: `Username ${username} is already taken. Please choose a different username.`,
          });
        }
        const createdOn = new Date().toISOString();
        state.users.push({ gstin: state.gstin, gsp, username, password, createdOn });
        s.apiOtpVerified = false;
        return json(201, {
          message: `API user ${username} has been created successfully for ${gsp}.`,
          user: { username, gsp, createdOn },
          gstin: state.gstin,
          items: registrations(),
        });
      }
      default:
        return json(404, { status: 404, error: 'Not Found', message: `No handler for ${method} ${path}` });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end('{"status":500,"message":"Internal Server Error"}');
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
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections?.();
      }),
  };
}

/** Material Design Icons used here, drawn with CSS masks on `i.mdi.mdi-<name>` (no icon font). */
const MDI: Record<string, string> = {
  menu: 'M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z',
  'chevron-down': 'M7.41,8.58L12,13.17L16.59,8.58L18,10L12,16L6,10L7.41,8.58Z',
  'chevron-up': 'M7.41,15.41L12,10.83L16.59,15.41L18,14L12,8L6,14L7.41,15.41Z',
  'chevron-right': 'M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z',
  'menu-down': 'M7,10L12,15L17,10H7Z',
  'radiobox-blank':
    'M12,20A8,8 0 0,1 4,12A8,8 0 0,1 12,4A8,8 0 0,1 20,12A8,8 0 0,1 12,20M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10,10 0 0,0 12,2Z',
  'radiobox-marked':
    'M12,20A8,8 0 0,1 4,12A8,8 0 0,1 12,4A8,8 0 0,1 20,12A8,8 0 0,1 12,20M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10,10 0 0,0 12,2M12,7A5,5 0 0,0 7,12A5,5 0 0,0 12,17A5,5 0 0,0 17,12A5,5 0 0,0 12,7Z',
  close:
    'M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z',
  eye: 'M12,9A3,3 0 0,0 9,12A3,3 0 0,0 12,15A3,3 0 0,0 15,12A3,3 0 0,0 12,9M12,17A5,5 0 0,1 7,12A5,5 0 0,1 12,7A5,5 0 0,1 17,12A5,5 0 0,1 12,17M12,4.5C7,4.5 2.73,7.61 1,12C2.73,16.39 7,19.5 12,19.5C17,19.5 21.27,16.39 23,12C21.27,7.61 17,4.5 12,4.5Z',
  'eye-off':
    'M11.83,9L15,12.16C15,12.11 15,12.05 15,12A3,3 0 0,0 12,9C11.94,9 11.89,9 11.83,9M7.53,9.8L9.08,11.35C9.03,11.56 9,11.77 9,12A3,3 0 0,0 12,15C12.22,15 12.44,14.97 12.65,14.92L14.2,16.47C13.53,16.8 12.79,17 12,17A5,5 0 0,1 7,12C7,11.21 7.2,10.47 7.53,9.8M2,4.27L4.28,6.55L4.73,7C3.08,8.3 1.78,10 1,12C2.73,16.39 7,19.5 12,19.5C13.55,19.5 15.03,19.2 16.38,18.66L16.81,19.08L19.73,22L21,20.73L3.27,3M12,7A5,5 0 0,1 17,12C17,12.64 16.87,13.26 16.64,13.82L19.57,16.75C21.07,15.5 22.27,13.86 23,12C21.27,7.61 17,4.5 12,4.5C10.6,4.5 9.26,4.75 8,5.2L10.17,7.35C10.74,7.13 11.35,7 12,7Z',
  refresh:
    'M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z',
  'view-dashboard': 'M13,3V9H21V3M13,21H21V11H13M3,21H11V15H3M3,13H11V3H3V13Z',
  'file-document':
    'M13,9H18.5L13,3.5V9M6,2H14L20,8V20A2,2 0 0,1 18,22H6C4.89,22 4,21.1 4,20V4C4,2.89 4.89,2 6,2M15,18V16H6V18H15M18,14V12H6V14H18Z',
  api: 'M7 7H5A2 2 0 0 0 3 9V17H5V13H7V17H9V9A2 2 0 0 0 7 7M7 11H5V9H7M14 7H10V17H12V13H14A2 2 0 0 0 16 11V9A2 2 0 0 0 14 7M14 11H12V9H14M20 9V15H21V17H17V15H18V9H17V7H21V9Z',
  'chart-bar': 'M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z',
  'account-group':
    'M12,5.5A3.5,3.5 0 0,1 15.5,9A3.5,3.5 0 0,1 12,12.5A3.5,3.5 0 0,1 8.5,9A3.5,3.5 0 0,1 12,5.5M5,8C5.56,8 6.08,8.15 6.53,8.42C6.38,9.85 6.8,11.27 7.66,12.38C7.16,13.34 6.16,14 5,14A3,3 0 0,1 2,11A3,3 0 0,1 5,8M19,8A3,3 0 0,1 22,11A3,3 0 0,1 19,14C17.84,14 16.84,13.34 16.34,12.38C17.2,11.27 17.62,9.85 17.47,8.42C17.92,8.15 18.44,8 19,8M5.5,18.25C5.5,16.18 8.41,14.5 12,14.5C15.59,14.5 18.5,16.18 18.5,18.25V20H5.5V18.25M0,20V18.5C0,17.11 1.89,15.94 4.45,15.6C3.86,16.28 3.5,17.22 3.5,18.25V20H0M24,20H20.5V18.25C20.5,17.22 20.14,16.28 19.55,15.6C22.11,15.94 24,17.11 24,18.5V20Z',
  'account-circle':
    'M12,19.2C9.5,19.2 7.29,17.92 6,16C6.03,14 10,12.9 12,12.9C14,12.9 17.97,14 18,16C16.71,17.92 14.5,19.2 12,19.2M12,5A3,3 0 0,1 15,8A3,3 0 0,1 12,11A3,3 0 0,1 9,8A3,3 0 0,1 12,5M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12C22,6.47 17.5,2 12,2Z',
  logout:
    'M16,17V14H9V10H16V7L21,12L16,17M14,2A2,2 0 0,1 16,4V6H14V4H5V20H14V18H16V20A2,2 0 0,1 14,22H5A2,2 0 0,1 3,20V4A2,2 0 0,1 5,2H14Z',
  'check-circle':
    'M12 2C6.5 2 2 6.5 2 12S6.5 22 12 22 22 17.5 22 12 17.5 2 12 2M10 17L5 12L6.41 10.59L10 14.17L17.59 6.58L19 8L10 17Z',
  'alert-circle':
    'M13,13H11V7H13M13,17H11V15H13M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10,10 0 0,0 12,2Z',
  alert: 'M13 14H11V9H13M13 18H11V16H13M1 21H23L12 2L1 21Z',
  information:
    'M13,9H11V7H13M13,17H11V11H13M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10,10 0 0,0 12,2Z',
  cellphone:
    'M17,19H7V5H17M17,1H7C5.89,1 5,1.89 5,3V21A2,2 0 0,0 7,22H17A2,2 0 0,0 19,21V3C19,1.89 18.1,1 17,1Z',
  'shield-lock':
    'M12,1L3,5V11C3,16.55 6.84,21.74 12,23C17.16,21.74 21,16.55 21,11V5L12,1M12,7C13.4,7 14.8,8.1 14.8,9.5V11C15.4,11 16,11.6 16,12.3V15.8C16,16.4 15.4,17 14.7,17H9.2C8.6,17 8,16.4 8,15.7V12.2C8,11.6 8.6,11 9.2,11V9.5C9.2,8.1 10.6,7 12,7M12,8.2C11.2,8.2 10.5,8.7 10.5,9.5V11H13.5V9.5C13.5,8.7 12.8,8.2 12,8.2Z',
  home: 'M10,20V14H14V20H19V12H22L12,3L2,12H5V20H10Z',
  account:
    'M12,4A4,4 0 0,1 16,8A4,4 0 0,1 12,12A4,4 0 0,1 8,8A4,4 0 0,1 12,4M12,14C16.42,14 20,15.79 20,18V20H4V18C4,15.79 7.58,14 12,14Z',
  lock: 'M12,17A2,2 0 0,0 14,15C14,13.89 13.1,13 12,13A2,2 0 0,0 10,15A2,2 0 0,0 12,17M18,8A2,2 0 0,1 20,10V20A2,2 0 0,1 18,22H6A2,2 0 0,1 4,20V10C4,8.89 4.9,8 6,8H7V6A5,5 0 0,1 12,1A5,5 0 0,1 17,6V8H18M12,3A3,3 0 0,0 9,6V8H15V6A3,3 0 0,0 12,3Z',
};

const ICON_CSS = Object.entries(MDI)
  .map(([name, d]) => {
    const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'><path d='${d}'/></svg>`;
    return `.mdi-${name}{--mdi-glyph:url("data:image/svg+xml,${encodeURIComponent(svg)}")}`;
  })
  .join('\n');

const BASE_CSS = `

*,::before,::after{background-repeat:no-repeat;box-sizing:inherit}
::before,::after{text-decoration:inherit;vertical-align:inherit}
*{padding:0;margin:0}
html{box-sizing:border-box;overflow-y:scroll;-webkit-text-size-adjust:100%;tab-size:4;-webkit-tap-highlight-color:transparent}
body{font-family:Roboto,"Segoe UI",Helvetica,Arial,sans-serif;line-height:1.5}
button,input,select,textarea{font:inherit;color:inherit;background-color:transparent;border-style:none}
button{overflow:visible;text-transform:none}
a{color:inherit}
ul{list-style:none}
hr{overflow:visible;height:0}
.v-theme--light{color-scheme:normal;--v-theme-background:255,255,255;--v-theme-background-overlay-multiplier:1;--v-theme-surface:255,255,255;--v-theme-surface-overlay-multiplier:1;--v-theme-surface-bright:255,255,255;--v-theme-surface-light:238,238,238;--v-theme-surface-variant:66,66,66;--v-theme-on-surface-variant:238,238,238;--v-theme-primary:24,103,192;--v-theme-primary-darken-1:31,85,146;--v-theme-secondary:72,169,166;--v-theme-error:176,0,32;--v-theme-info:33,150,243;--v-theme-success:76,175,80;--v-theme-warning:251,140,0;--v-theme-on-background:0,0,0;--v-theme-on-surface:0,0,0;--v-theme-on-primary:255,255,255;--v-theme-on-secondary:255,255,255;--v-theme-on-error:255,255,255;--v-theme-on-info:255,255,255;--v-theme-on-success:255,255,255;--v-theme-on-warning:255,255,255;--v-border-color:0,0,0;--v-border-opacity:.12;--v-high-emphasis-opacity:.87;--v-medium-emphasis-opacity:.6;--v-disabled-opacity:.38;--v-idle-opacity:.04;--v-hover-opacity:.04;--v-focus-opacity:.12;--v-selected-opacity:.08;--v-activated-opacity:.12;--v-pressed-opacity:.12;--v-dragged-opacity:.08;--v-theme-kbd:33,37,41;--v-theme-on-kbd:255,255,255;--v-theme-code:245,245,245;--v-theme-on-code:0,0,0;--v-theme-overlay-multiplier:1}
.bg-primary{background-color:rgb(var(--v-theme-primary))!important;color:rgb(var(--v-theme-on-primary))!important}
.bg-success{background-color:rgb(var(--v-theme-success))!important;color:rgb(var(--v-theme-on-success))!important}
.bg-error{background-color:rgb(var(--v-theme-error))!important;color:rgb(var(--v-theme-on-error))!important}
.bg-info{background-color:rgb(var(--v-theme-info))!important;color:rgb(var(--v-theme-on-info))!important}
.bg-surface-light{background-color:rgb(var(--v-theme-surface-light))!important}
.text-primary{color:rgb(var(--v-theme-primary))!important}
.text-success{color:rgb(var(--v-theme-success))!important}
.text-error{color:rgb(var(--v-theme-error))!important}
.text-warning{color:rgb(var(--v-theme-warning))!important}
.text-info{color:rgb(var(--v-theme-info))!important}
.text-medium-emphasis{color:rgba(var(--v-theme-on-background),var(--v-medium-emphasis-opacity))!important}
.text-h4{font-size:2.125rem!important;font-weight:400;line-height:2.5rem;letter-spacing:.0073529412em!important}
.text-h5{font-size:1.5rem!important;font-weight:400;line-height:2rem;letter-spacing:normal!important}
.text-h6{font-size:1.25rem!important;font-weight:500;line-height:2rem;letter-spacing:.0125em!important}
.text-subtitle-1{font-size:1rem!important;font-weight:400;line-height:1.75rem;letter-spacing:.009375em!important}
.text-subtitle-2{font-size:.875rem!important;font-weight:500;line-height:1.375rem;letter-spacing:.0071428571em!important}
.text-body-2{font-size:.875rem!important;font-weight:400;line-height:1.25rem;letter-spacing:.0178571429em!important}
.text-caption{font-size:.75rem!important;font-weight:400;line-height:1.25rem;letter-spacing:.0333333333em!important}
.text-overline{font-size:.75rem!important;font-weight:500;line-height:2rem;letter-spacing:.1666666667em!important;text-transform:uppercase!important}
.font-weight-bold{font-weight:700!important}.font-weight-medium{font-weight:500!important}
.text-center{text-align:center!important}.text-right{text-align:right!important}.text-left{text-align:left!important}
.d-flex{display:flex!important}.d-block{display:block!important}.flex-column{flex-direction:column!important}.flex-wrap{flex-wrap:wrap!important}
.align-center{align-items:center!important}.justify-center{justify-content:center!important}.justify-end{justify-content:flex-end!important}.justify-space-between{justify-content:space-between!important}
.flex-grow-1{flex-grow:1!important}.fill-height{height:100%}.w-100{width:100%!important}.gap-2{gap:8px}
.ma-0{margin:0!important}.mt-1{margin-top:4px!important}.mt-2{margin-top:8px!important}.mt-4{margin-top:16px!important}.mt-6{margin-top:24px!important}.mb-1{margin-bottom:4px!important}.mb-2{margin-bottom:8px!important}.mb-4{margin-bottom:16px!important}.mb-6{margin-bottom:24px!important}.me-2{margin-inline-end:8px!important}.ms-2{margin-inline-start:8px!important}.ms-4{margin-inline-start:16px!important}.mx-auto{margin-left:auto!important;margin-right:auto!important}
.pa-0{padding:0!important}.pa-4{padding:16px!important}.pa-6{padding:24px!important}.px-4{padding-left:16px!important;padding-right:16px!important}.py-2{padding-top:8px!important;padding-bottom:8px!important}.pt-0{padding-top:0!important}.pb-0{padding-bottom:0!important}
.rounded-0{border-radius:0!important}.rounded-lg{border-radius:8px!important}
.elevation-2{box-shadow:0 3px 1px -2px rgba(0,0,0,.2),0 2px 2px 0 rgba(0,0,0,.14),0 1px 5px 0 rgba(0,0,0,.12)!important}
.v-application{display:flex;background:rgb(var(--v-theme-background));color:rgba(var(--v-theme-on-background),var(--v-high-emphasis-opacity))}
.v-application__wrap{backface-visibility:hidden;display:flex;flex-direction:column;flex:1 1 auto;max-width:100%;min-height:100vh;min-height:100dvh;position:relative}
.v-layout{--v-scrollbar-offset:0px;display:flex;flex:1 1 auto}
.v-layout--full-height{--v-scrollbar-offset:inherit;height:100%}
.v-locale--is-ltr{direction:ltr}
.v-main{flex:1 0 auto;max-width:100%;transition:.2s cubic-bezier(.4,0,.2,1);padding-left:var(--v-layout-left);padding-right:var(--v-layout-right);padding-top:var(--v-layout-top);padding-bottom:var(--v-layout-bottom);display:flex;flex-direction:column}
.v-container{width:100%;padding:16px;margin-right:auto;margin-left:auto}
@media (min-width:960px){.v-container{max-width:900px}}
@media (min-width:1280px){.v-container{max-width:1200px}}
.v-container--fluid{max-width:100%!important}
.v-row{display:flex;flex-wrap:wrap;flex:1 1 auto;margin:-12px}
.v-row+.v-row{margin-top:12px}
.v-row--dense{margin:-4px}.v-row--dense>.v-col,.v-row--dense>[class*=v-col-]{padding:4px}
.v-col,[class*=v-col-]{width:100%;padding:12px}
.v-col{flex-basis:0;flex-grow:1;max-width:100%}
.v-col-12{flex:0 0 100%;max-width:100%}
@media (min-width:600px){.v-col-sm-6{flex:0 0 50%;max-width:50%}.v-col-sm-8{flex:0 0 66.6666666667%;max-width:66.6666666667%}}
@media (min-width:960px){.v-col-md-3{flex:0 0 25%;max-width:25%}.v-col-md-4{flex:0 0 33.3333333333%;max-width:33.3333333333%}.v-col-md-5{flex:0 0 41.6666666667%;max-width:41.6666666667%}.v-col-md-6{flex:0 0 50%;max-width:50%}.v-col-md-8{flex:0 0 66.6666666667%;max-width:66.6666666667%}}
.v-spacer{flex-grow:1!important}
.v-divider{display:block;flex:1 1 100%;height:0;max-height:0;opacity:var(--v-border-opacity);transition:inherit;border-style:solid;border-width:thin 0 0 0;border-color:rgba(var(--v-border-color),1)}
.v-icon{--v-icon-size-multiplier:1;align-items:center;display:inline-flex;font-feature-settings:"liga";height:1em;justify-content:center;letter-spacing:normal;line-height:1;position:relative;text-indent:0;user-select:none;vertical-align:middle;width:1em;min-width:1em}
.v-icon--size-default{font-size:calc(var(--v-icon-size-multiplier)*1.5em)}
.v-icon--size-small{font-size:calc(var(--v-icon-size-multiplier)*1.25em)}
.v-icon--size-large{font-size:calc(var(--v-icon-size-multiplier)*1.75em)}
.v-icon--size-x-large{font-size:calc(var(--v-icon-size-multiplier)*2em)}
.v-icon--clickable{cursor:pointer}
.v-icon--start{margin-inline-start:-4px;margin-inline-end:8px}
.mdi::before{content:"";display:inline-block;width:1em;height:1em;background-color:currentColor;-webkit-mask:var(--mdi-glyph) no-repeat center/contain;mask:var(--mdi-glyph) no-repeat center/contain}
.v-btn{align-items:center;border-radius:4px;display:inline-grid;grid-template-areas:"prepend content append";grid-template-columns:max-content auto max-content;font-weight:500;justify-content:center;letter-spacing:.0892857143em;line-height:normal;max-width:100%;outline:none;position:relative;text-decoration:none;text-indent:.0892857143em;text-transform:uppercase;transition-property:box-shadow,transform,opacity,background;transition-duration:.28s;transition-timing-function:cubic-bezier(.4,0,.2,1);user-select:none;vertical-align:middle;flex-shrink:0;border-color:rgba(var(--v-border-color),var(--v-border-opacity));border-style:solid;border-width:0;cursor:pointer;font-size:.875rem;height:36px;min-width:64px;padding:0 16px;overflow:hidden}
.v-btn--size-small{--v-btn-height:28px;font-size:.75rem;height:28px;min-width:50px;padding:0 12px}
.v-btn--size-large{--v-btn-height:44px;font-size:1rem;height:44px;min-width:78px;padding:0 20px}
.v-btn--block{display:flex;flex:1 0 auto;min-width:100%}
.v-btn--variant-elevated,.v-btn--variant-flat{background:rgb(var(--v-theme-surface));color:rgba(var(--v-theme-on-surface),var(--v-high-emphasis-opacity))}
.v-btn--variant-elevated{box-shadow:0 3px 1px -2px rgba(0,0,0,.2),0 2px 2px 0 rgba(0,0,0,.14),0 1px 5px 0 rgba(0,0,0,.12)}
.v-btn--variant-elevated:hover{box-shadow:0 2px 4px -1px rgba(0,0,0,.2),0 4px 5px 0 rgba(0,0,0,.14),0 1px 10px 0 rgba(0,0,0,.12)}
.v-btn--variant-text,.v-btn--variant-tonal,.v-btn--variant-outlined{background:transparent;color:inherit}
.v-btn--variant-outlined{border:thin solid currentColor}
.v-btn__overlay,.v-btn__underlay{position:absolute;top:0;left:0;width:100%;height:100%;pointer-events:none;border-radius:inherit}
.v-btn__overlay{background-color:currentColor;opacity:0;transition:opacity .2s ease-in-out}
.v-btn--variant-tonal .v-btn__underlay{background:currentColor;opacity:var(--v-activated-opacity)}
.v-btn:hover>.v-btn__overlay{opacity:calc(var(--v-hover-opacity)*var(--v-theme-overlay-multiplier))}
.v-btn:focus-visible>.v-btn__overlay{opacity:calc(var(--v-focus-opacity)*var(--v-theme-overlay-multiplier))}
.v-btn--disabled{pointer-events:none;opacity:.26}
.v-btn--disabled.v-btn--variant-elevated{box-shadow:none;background:rgba(var(--v-theme-on-surface),.12)!important;color:rgba(var(--v-theme-on-surface),.87)!important}
.v-btn__content,.v-btn__prepend,.v-btn__append{align-items:center;display:flex;transition:transform,opacity .2s cubic-bezier(.4,0,.2,1)}
.v-btn__content{grid-area:content;justify-content:center;white-space:nowrap}
.v-btn__prepend{grid-area:prepend;margin-inline:calc(var(--v-btn-height,36px)/-9) calc(var(--v-btn-height,36px)/4.5)}
.v-btn__loader{align-items:center;display:flex;height:100%;justify-content:center;left:0;position:absolute;top:0;width:100%}
.v-btn--loading{pointer-events:none}
.v-btn--loading .v-btn__content,.v-btn--loading .v-btn__prepend{opacity:0}
.v-btn--icon{border-radius:50%;min-width:0;padding:0;width:48px;height:48px}
.v-btn--icon.v-btn--density-comfortable{width:40px;height:40px}
.v-btn--icon .v-icon{--v-icon-size-multiplier:1}
.v-ripple__container{color:inherit;border-radius:inherit;position:absolute;width:100%;height:100%;left:0;top:0;overflow:hidden;z-index:0;pointer-events:none;contain:strict}
.v-ripple__animation{color:inherit;position:absolute;top:0;left:0;border-radius:50%;background:currentColor;opacity:0;pointer-events:none;overflow:hidden;will-change:transform,opacity}
.v-ripple__animation--enter{transition:none;opacity:0}
.v-ripple__animation--in{transition:transform .25s cubic-bezier(0,0,.2,1),opacity .1s cubic-bezier(0,0,.2,1);opacity:calc(.25*var(--v-theme-overlay-multiplier))}
.v-ripple__animation--out{transition:opacity .3s cubic-bezier(0,0,.2,1);opacity:0}
.v-progress-circular{align-items:center;display:inline-flex;justify-content:center;position:relative;vertical-align:middle}
.v-progress-circular>svg{width:100%;height:100%;margin:auto;position:absolute;top:0;bottom:0;left:0;right:0;z-index:0}
.v-progress-circular__underlay{color:rgba(var(--v-border-color),var(--v-border-opacity));stroke:currentColor;z-index:1}
.v-progress-circular__overlay{stroke:currentColor;transition:all .2s ease-in-out,stroke-width 0s;z-index:2}
.v-progress-circular--indeterminate>svg{animation:progress-circular-rotate 1.4s linear infinite;transform-origin:center center;transition:all .2s ease-in-out}
.v-progress-circular--indeterminate .v-progress-circular__overlay{animation:progress-circular-dash 1.4s ease-in-out infinite,progress-circular-rotate 1.4s linear infinite;stroke-dasharray:25,200;stroke-dashoffset:0;stroke-linecap:round;transform-origin:center center;transform:rotate(-90deg)}
@keyframes progress-circular-dash{0%{stroke-dasharray:1,200;stroke-dashoffset:0}50%{stroke-dasharray:100,200;stroke-dashoffset:-15px}100%{stroke-dasharray:100,200;stroke-dashoffset:-124px}}
@keyframes progress-circular-rotate{100%{transform:rotate(270deg)}}
.v-progress-linear{background:transparent;overflow:hidden;position:relative;transition:.2s cubic-bezier(.4,0,.2,1);width:100%;color:rgb(var(--v-theme-primary))}
.v-progress-linear__background{background:currentColor;bottom:0;left:0;opacity:var(--v-border-opacity);position:absolute;top:0;width:100%}
.v-progress-linear__indeterminate .long,.v-progress-linear__indeterminate .short{animation-play-state:running;animation-duration:2.2s;animation-iteration-count:infinite;bottom:0;height:inherit;left:0;position:absolute;right:auto;top:0;width:auto;background:currentColor}
.v-progress-linear__indeterminate .long{animation-name:indeterminate-ltr}
.v-progress-linear__indeterminate .short{animation-name:indeterminate-short-ltr}
@keyframes indeterminate-ltr{0%{left:-90%;right:100%}60%{left:-90%;right:100%}100%{left:100%;right:-35%}}
@keyframes indeterminate-short-ltr{0%{left:-200%;right:100%}60%{left:107%;right:-8%}100%{left:107%;right:-8%}}
.v-toolbar{align-items:flex-start;display:flex;flex:none;flex-direction:column;justify-content:space-between;max-width:100%;overflow:hidden;position:relative;transition:.2s cubic-bezier(.4,0,.2,1);transition-property:height,width,transform,max-width,left,right,top,bottom,box-shadow;width:100%;background:rgb(var(--v-theme-surface-light));color:rgba(var(--v-theme-on-surface),var(--v-high-emphasis-opacity))}
.v-toolbar__content{align-items:center;display:flex;flex:0 0 auto;position:relative;transition:inherit;width:100%}
.v-toolbar__prepend{align-items:center;align-self:stretch;display:flex;margin-inline:4px auto}
.v-toolbar__append{align-items:center;align-self:stretch;display:flex;margin-inline:auto 8px;gap:4px}
.v-toolbar-title{align-self:center;font-size:1.25rem;font-weight:400;letter-spacing:0;line-height:1.75rem;text-transform:none;flex:0 1 auto;margin-inline-start:16px;min-width:0}
.v-toolbar-title__placeholder{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;display:flex;align-items:center;gap:12px}
.v-toolbar-title__placeholder img{height:40px;width:40px}
.v-toolbar-title small{display:block;font-size:.75rem;line-height:1rem;opacity:.85}
.v-app-bar{display:flex}
.v-app-bar.v-toolbar{background:rgb(var(--v-theme-primary));color:rgb(var(--v-theme-on-primary))}
.v-app-bar:not(.v-toolbar--flat){box-shadow:0 2px 4px -1px rgba(0,0,0,.2),0 4px 5px 0 rgba(0,0,0,.14),0 1px 10px 0 rgba(0,0,0,.12)}
.v-chip{align-items:center;display:inline-flex;font-weight:400;max-width:100%;min-width:0;overflow:hidden;position:relative;text-decoration:none;white-space:nowrap;vertical-align:middle;border-radius:4px;font-size:.8125rem;height:26px;padding:0 10px}
.v-chip__underlay{position:absolute;inset:0;border-radius:inherit;background:currentColor;opacity:var(--v-activated-opacity);pointer-events:none}
.v-chip__content{align-items:center;display:inline-flex}
.v-breadcrumbs{display:flex;align-items:center;line-height:1.375rem;padding:4px 0 12px;font-size:.875rem}
.v-breadcrumbs-item{align-items:center;display:inline-flex;padding:0 4px;vertical-align:middle}
.v-breadcrumbs-item--disabled{opacity:var(--v-disabled-opacity);pointer-events:none}
.v-breadcrumbs-item--link{color:inherit;text-decoration:none}
.v-breadcrumbs-item--link:hover{text-decoration:underline}
.v-breadcrumbs-divider{display:inline-block;padding:0 8px;vertical-align:middle}
.v-footer{align-items:center;display:flex;flex:1 1 auto;padding:8px 16px;position:relative;transition:.2s cubic-bezier(.4,0,.2,1);flex-wrap:wrap;background:rgb(var(--v-theme-surface-light));color:rgba(var(--v-theme-on-surface),var(--v-medium-emphasis-opacity));font-size:.75rem;max-height:48px;justify-content:center;margin-top:auto}
`;

const WIDGET_CSS = `
.v-list{overflow:auto;padding:8px 0;position:relative;outline:none;background:rgba(var(--v-theme-surface));color:rgba(var(--v-theme-on-surface),var(--v-high-emphasis-opacity));border-radius:0}
.v-list--nav{padding-inline:8px}
.v-list-item{align-items:center;display:grid;flex:none;grid-template-areas:"prepend content append";grid-template-columns:max-content 1fr auto;outline:none;max-width:100%;padding:4px 16px;position:relative;text-decoration:none;color:inherit;border-radius:0;min-height:48px;cursor:default}
.v-list-item--link{cursor:pointer;user-select:none}
.v-list--nav .v-list-item{border-radius:4px;padding-inline:8px;min-height:40px;margin-bottom:4px}
.v-list-item__overlay,.v-list-item__underlay{position:absolute;top:0;left:0;width:100%;height:100%;pointer-events:none;border-radius:inherit}
.v-list-item__overlay{background-color:currentColor;opacity:0;transition:opacity .2s ease-in-out}
.v-list-item--link:hover>.v-list-item__overlay{opacity:calc(var(--v-hover-opacity)*var(--v-theme-overlay-multiplier))}
.v-list-item:focus-visible>.v-list-item__overlay{opacity:calc(var(--v-focus-opacity)*var(--v-theme-overlay-multiplier))}
.v-list-item--active>.v-list-item__overlay{opacity:calc(var(--v-activated-opacity)*var(--v-theme-overlay-multiplier))}
.v-list-item--active:hover>.v-list-item__overlay{opacity:calc((var(--v-activated-opacity) + var(--v-hover-opacity))*var(--v-theme-overlay-multiplier))}
.v-list-item__prepend{align-items:center;align-self:center;display:flex;grid-area:prepend}
.v-list-item__prepend>.v-icon{opacity:var(--v-medium-emphasis-opacity)}
.v-list-item--active .v-list-item__prepend>.v-icon{opacity:1}
.v-list-item__append{align-items:center;align-self:center;display:flex;grid-area:append}
.v-list-item__append>.v-icon{opacity:var(--v-medium-emphasis-opacity)}
.v-list-item__spacer{width:32px}
.v-list--nav .v-list-item__spacer{width:16px}
.v-list-item__append .v-list-item__spacer{width:0}
.v-list-item__content{align-self:center;grid-area:content;overflow:hidden;min-width:40px}
.v-list-item-title{hyphens:auto;overflow-wrap:normal;overflow:hidden;padding:0;white-space:nowrap;text-overflow:ellipsis;word-break:normal;word-wrap:break-word;font-size:1rem;font-weight:400;letter-spacing:.009375em;line-height:1.5rem;text-transform:none}
.v-list--nav .v-list-item-title{font-size:.8125rem;font-weight:500;letter-spacing:normal;line-height:1rem}
.v-list-item-subtitle{display:block;font-size:.875rem;opacity:var(--v-medium-emphasis-opacity);line-height:1.25rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.v-list-subheader{align-items:center;display:flex;font-size:.875rem;font-weight:400;min-height:40px;padding-inline:16px 8px;color:rgba(var(--v-theme-on-surface),var(--v-medium-emphasis-opacity))}
.v-list-group__items .v-list-item{padding-inline-start:48px!important}
.v-list-group__items .v-list-group__items .v-list-item{padding-inline-start:64px!important}
.v-list-group__header.v-list-item--active:not(:focus-visible)>.v-list-item__overlay{opacity:0}
.expand-transition-enter-active,.expand-transition-leave-active{transition:height .3s cubic-bezier(.25,.8,.5,1)!important}
.v-navigation-drawer{-webkit-overflow-scrolling:touch;background:rgb(var(--v-theme-surface));display:flex;flex-direction:column;height:100%;max-height:100%;pointer-events:auto;transition-duration:.2s;transition-property:box-shadow,transform,visibility,width,height,left,right,top,bottom;transition-timing-function:cubic-bezier(.4,0,.2,1);position:fixed;border-color:rgba(var(--v-border-color),var(--v-border-opacity));border-style:solid;border-width:0;color:rgba(var(--v-theme-on-surface),var(--v-high-emphasis-opacity))}
.v-navigation-drawer--left{left:0;right:auto;border-right-width:thin}
.v-navigation-drawer--temporary{box-shadow:0 8px 10px -5px rgba(0,0,0,.2),0 16px 24px 2px rgba(0,0,0,.14),0 6px 30px 5px rgba(0,0,0,.12)}
.v-navigation-drawer__content{flex:0 1 auto;height:100%;max-width:100%;overflow-x:hidden;overflow-y:auto}
.v-navigation-drawer__scrim{position:fixed;top:0;left:0;width:100%;height:100%;background:black;opacity:.2;transition:opacity .2s cubic-bezier(.4,0,.2,1);z-index:1}
.v-navigation-drawer__append{flex:none;overflow:hidden}
.v-input{display:grid;flex:1 1 auto;font-size:1rem;font-weight:400;line-height:1.5}
.v-input--horizontal{grid-template-areas:"prepend control append" "a messages b";grid-template-columns:max-content minmax(0,1fr) max-content;grid-template-rows:auto auto}
.v-input__control{display:flex;grid-area:control}
.v-input__details{align-items:flex-end;display:flex;font-size:.75rem;font-weight:400;grid-area:messages;letter-spacing:.0333333333em;line-height:normal;min-height:22px;padding-top:6px;overflow:hidden;justify-content:space-between;padding-inline:16px}
.v-input--density-compact .v-input__details{min-height:0}
.v-messages{flex:1 1 auto;font-size:12px;min-height:14px;min-width:1px;opacity:var(--v-medium-emphasis-opacity);position:relative}
.v-messages__message{line-height:12px;word-break:break-word;overflow-wrap:break-word;word-wrap:break-word;hyphens:auto;transition-duration:.15s}
.v-input--error .v-input__details .v-messages{color:rgb(var(--v-theme-error));opacity:1}
.v-counter{color:rgba(var(--v-theme-on-surface),var(--v-medium-emphasis-opacity));flex:0 1 auto;font-size:12px;transition-duration:.15s;padding-inline-start:8px}
.v-field{display:grid;grid-template-areas:"prepend-inner field clear append-inner";grid-template-columns:min-content minmax(0,1fr) min-content min-content;font-size:16px;letter-spacing:.009375em;max-width:100%;border-radius:4px;contain:layout;flex:1 0;grid-area:control;position:relative;--v-field-padding-start:16px;--v-field-padding-end:16px;--v-field-padding-top:8px;--v-field-padding-bottom:4px;--v-field-input-padding-top:16px;--v-field-input-padding-bottom:16px;color:rgba(var(--v-theme-on-surface),var(--v-high-emphasis-opacity))}
.v-field__overlay{border-radius:inherit;pointer-events:none;position:absolute;top:0;left:0;width:100%;height:100%}
.v-field__loader{bottom:0;left:0;position:absolute;right:0;width:100%;border-top-left-radius:0;border-top-right-radius:0;border-bottom-left-radius:inherit;border-bottom-right-radius:inherit;overflow:hidden}
.v-field__field{flex:1 0;grid-area:field;position:relative;align-items:flex-start;display:flex}
.v-field__input{align-items:center;color:inherit;column-gap:2px;display:flex;flex-wrap:wrap;letter-spacing:.009375em;opacity:var(--v-high-emphasis-opacity);min-height:56px;padding-inline:var(--v-field-padding-start) var(--v-field-padding-end);padding-top:var(--v-field-input-padding-top);padding-bottom:var(--v-field-input-padding-bottom);position:relative;width:100%;outline:none;border:none;background:transparent}
input.v-field__input{font:inherit}
.v-field__input input{letter-spacing:inherit;border:none;outline:none;background:transparent;font:inherit;color:inherit}
.v-field__input::placeholder,.v-field__input input::placeholder{color:currentColor;opacity:var(--v-disabled-opacity)}
.v-field__prepend-inner,.v-field__append-inner,.v-field__clearable{align-items:center;display:flex;padding-top:0}
.v-field__append-inner{grid-area:append-inner;padding-inline-end:12px}
.v-field__append-inner>.v-icon{opacity:var(--v-medium-emphasis-opacity)}
.v-field--focused .v-field__append-inner>.v-icon{opacity:1}
.v-label{align-items:center;color:inherit;display:inline-flex;font-size:1rem;letter-spacing:.009375em;min-width:0;opacity:var(--v-medium-emphasis-opacity);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.v-label--clickable{cursor:pointer}
.v-label.v-field-label{contain:layout paint;margin-inline-start:var(--v-field-padding-start);margin-inline-end:var(--v-field-padding-end);max-width:calc(100% - var(--v-field-padding-start) - var(--v-field-padding-end));pointer-events:none;position:absolute;top:50%;transform:translateY(-50%);transform-origin:left center;transition:.15s cubic-bezier(.4,0,.2,1);transition-property:opacity,transform;z-index:1}
.v-label.v-field-label--floating{--v-field-label-scale:.75em;font-size:var(--v-field-label-scale);visibility:hidden;max-width:100%}
.v-field--active .v-label.v-field-label{visibility:hidden}
.v-field--active .v-label.v-field-label--floating{visibility:visible}
.v-field__outline{--v-field-border-width:1px;--v-field-border-opacity:.38;align-items:stretch;contain:layout;display:flex;height:100%;left:0;pointer-events:none;position:absolute;right:0;width:100%;top:0;bottom:0}
.v-field--variant-outlined:hover .v-field__outline{--v-field-border-opacity:var(--v-high-emphasis-opacity)}
.v-field--focused .v-field__outline{--v-field-border-width:2px;--v-field-border-opacity:1}
.v-field__outline__start{flex:0 0 12px;border-style:solid;border-color:currentColor;border-width:var(--v-field-border-width) 0 var(--v-field-border-width) var(--v-field-border-width);border-radius:4px 0 0 4px;opacity:var(--v-field-border-opacity)}
.v-field__outline__notch{flex:none;position:relative;max-width:calc(100% - 12px)}
.v-field__outline__notch::before,.v-field__outline__notch::after{content:"";position:absolute;left:0;width:100%;height:0;border-top:var(--v-field-border-width) solid currentColor;opacity:var(--v-field-border-opacity);pointer-events:none}
.v-field__outline__notch::before{top:0}
.v-field__outline__notch::after{bottom:0}
.v-field--active .v-field__outline__notch::before{opacity:0}
.v-field__outline__end{flex:1;border-style:solid;border-color:currentColor;border-width:var(--v-field-border-width) var(--v-field-border-width) var(--v-field-border-width) 0;border-radius:0 4px 4px 0;opacity:var(--v-field-border-opacity)}
.v-field__outline__notch .v-label.v-field-label--floating{position:relative;top:0;transform:translateY(-50%);margin:0 4px;transform-origin:center;line-height:1}
.v-field--focused,.v-field--focused .v-field-label--floating{color:rgb(var(--v-theme-primary))}
.v-field--focused .v-label{opacity:1}
.v-field--error:not(.v-field--disabled) .v-label.v-field-label,.v-field--error:not(.v-field--disabled) .v-field__outline{color:rgb(var(--v-theme-error));opacity:1}
.v-field--error:not(.v-field--disabled) .v-field__outline{--v-field-border-opacity:1}
.v-field--disabled{opacity:var(--v-disabled-opacity);pointer-events:none}
.v-text-field input.v-field__input{width:100%}
.v-text-field__prefix,.v-text-field__suffix{align-items:center;color:rgba(var(--v-theme-on-surface),var(--v-medium-emphasis-opacity));cursor:default;display:flex;opacity:0;transition:inherit;white-space:nowrap;min-height:56px;padding-top:var(--v-field-input-padding-top);padding-bottom:var(--v-field-input-padding-bottom)}
.v-field--active .v-text-field__prefix,.v-field--active .v-text-field__suffix{opacity:1}
.v-text-field__prefix{padding-inline-start:var(--v-field-padding-start)}
.v-text-field--prefixed .v-text-field__prefix~.v-field__input{padding-inline-start:2px}
.v-autocomplete .v-field .v-field__input{cursor:text;flex-wrap:nowrap}
.v-autocomplete .v-field .v-field__input>input{align-self:stretch;flex:1 1;min-width:64px;padding:0;position:absolute;left:var(--v-field-padding-start);right:0;top:0;bottom:0;width:calc(100% - var(--v-field-padding-start))}
.v-autocomplete .v-field{cursor:text}
.v-autocomplete__selection{display:inline-flex;align-items:center;height:1.5rem;letter-spacing:inherit;line-height:inherit;max-width:calc(100% - 4px);overflow:hidden}
.v-autocomplete__selection-text{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.v-autocomplete--single .v-field--dirty:not(.v-field--focused) input{opacity:0}
.v-autocomplete--single .v-field--focused .v-autocomplete__selection{opacity:0}
.v-autocomplete__menu-icon{margin-inline-start:4px;transition:.2s cubic-bezier(.4,0,.2,1)}
.v-autocomplete--active-menu .v-autocomplete__menu-icon{opacity:var(--v-high-emphasis-opacity);transform:rotate(180deg)}
.v-autocomplete__mask{background:rgb(var(--v-theme-surface-light))}
.v-autocomplete__content{overflow:hidden;box-shadow:0 2px 4px -1px rgba(0,0,0,.2),0 4px 5px 0 rgba(0,0,0,.14),0 1px 10px 0 rgba(0,0,0,.12);border-radius:4px}
.v-virtual-scroll__spacer{pointer-events:none}
.v-selection-control{align-items:center;contain:layout;display:flex;flex:1 0;grid-area:control;position:relative;user-select:none}
.v-selection-control .v-label{white-space:normal;word-break:break-word;height:100%;opacity:var(--v-high-emphasis-opacity)}
.v-selection-control--density-default{--v-selection-control-size:40px}
.v-selection-control__wrapper{width:var(--v-selection-control-size);height:var(--v-selection-control-size);display:inline-flex;align-items:center;position:relative;justify-content:center;flex:none}
.v-selection-control__input{width:var(--v-selection-control-size);height:var(--v-selection-control-size);align-items:center;display:flex;flex:none;justify-content:center;position:relative;border-radius:50%}
.v-selection-control__input input{cursor:pointer;position:absolute;left:0;top:0;width:100%;height:100%;opacity:0}
.v-selection-control__input::before{content:"";border-radius:100%;background-color:currentColor;opacity:0;pointer-events:none;position:absolute;top:0;left:0;width:100%;height:100%}
.v-selection-control__input:hover::before{opacity:calc(var(--v-hover-opacity)*var(--v-theme-overlay-multiplier))}
.v-selection-control__input>.v-icon{opacity:var(--v-medium-emphasis-opacity)}
.v-selection-control--dirty .v-selection-control__input>.v-icon{opacity:1}
.v-selection-control--focus-visible .v-selection-control__input::before{opacity:calc(var(--v-focus-opacity)*var(--v-theme-overlay-multiplier))}
.v-selection-control-group{grid-area:control;display:flex;flex-direction:column}
.v-selection-control-group--inline{flex-direction:row;flex-wrap:wrap}
.v-selection-control-group--inline .v-selection-control{flex:0 0 auto;margin-inline-end:16px}
.v-radio-group>.v-input__control{flex-direction:column}
.v-radio-group>.v-input__control>.v-label{margin-inline-start:16px}
.v-radio-group>.v-input__control>.v-label+.v-selection-control-group{padding-inline-start:6px;margin-top:8px}
.v-input--error .v-selection-control .v-label,.v-input--error .v-selection-control__input>.v-icon,.v-radio-group.v-input--error>.v-input__control>.v-label{color:rgb(var(--v-theme-error));opacity:1}
.v-otp-input{border-radius:4px;align-items:center;display:flex;justify-content:center;padding:.5rem 0;position:relative}
.v-otp-input .v-field{height:100%}
.v-otp-input__content{align-items:center;display:flex;gap:.5rem;height:64px;padding:.5rem;justify-content:center;max-width:320px;position:relative;border-radius:inherit}
.v-otp-input__field{color:inherit;font-size:1.25rem;height:100%;outline:none;text-align:center;width:100%;border:0;background:transparent;-moz-appearance:textfield;appearance:textfield}
.v-otp-input__field::-webkit-outer-spin-button,.v-otp-input__field::-webkit-inner-spin-button{-webkit-appearance:none;margin:0}
.v-otp-input .v-field__field{height:100%}
.v-card{display:block;overflow:hidden;overflow-wrap:break-word;position:relative;padding:0;text-decoration:none;transition-duration:.28s;transition-property:box-shadow,opacity,background;transition-timing-function:cubic-bezier(.4,0,.2,1);z-index:0;border-radius:4px;background:rgb(var(--v-theme-surface));color:rgba(var(--v-theme-on-surface),var(--v-high-emphasis-opacity))}
.v-card--variant-elevated{box-shadow:0 2px 1px -1px rgba(0,0,0,.2),0 1px 1px 0 rgba(0,0,0,.14),0 1px 3px 0 rgba(0,0,0,.12)}
.v-card--variant-outlined{border:thin solid rgba(var(--v-border-color),var(--v-border-opacity))}
.v-card-item{align-items:center;display:grid;flex:none;grid-template-areas:"prepend content append";grid-template-columns:max-content auto max-content;padding:.625rem 1rem}
.v-card-item__prepend{grid-area:prepend;padding-inline-end:.5rem;display:flex}
.v-card-item__content{align-self:center;grid-area:content;overflow:hidden}
.v-card-title{display:block;flex:none;font-size:1.25rem;font-weight:500;hyphens:auto;letter-spacing:.0125em;min-width:0;overflow-wrap:normal;overflow:hidden;padding:.5rem 1rem;text-overflow:ellipsis;text-transform:none;white-space:nowrap;word-break:normal;word-wrap:break-word}
.v-card-item .v-card-title{padding:0}
.v-card-subtitle{display:block;flex:none;font-size:.875rem;font-weight:400;letter-spacing:.0178571429em;opacity:var(--v-medium-emphasis-opacity);overflow:hidden;padding:0 1rem;text-overflow:ellipsis;white-space:nowrap}
.v-card-item .v-card-subtitle{padding:0}
.v-card-text{flex:1 1 auto;font-size:.875rem;font-weight:400;letter-spacing:.0178571429em;padding:1rem;text-transform:none}
.v-card-title+.v-card-text,.v-card-item+.v-card-text{padding-top:0}
.v-card-actions{align-items:center;display:flex;flex:none;min-height:52px;padding:.5rem;gap:.5rem}
.v-img{position:relative;overflow:hidden;display:flex;flex:1 0 auto;max-width:100%}
.v-responsive__sizer{flex:1 0 0px;transition:padding-bottom .2s cubic-bezier(.4,0,.2,1);pointer-events:none}
.v-img__img{position:absolute;top:0;left:0;width:100%;height:100%;z-index:-1}
.v-img__img--contain{object-fit:contain}
.captcha-box{border:thin solid rgba(var(--v-border-color),var(--v-border-opacity));border-radius:4px;background:#eef2f7}
`;

const OVERLAY_CSS = `
.v-img{z-index:0}
.v-overlay-container{contain:layout;left:0;pointer-events:none;position:absolute;top:0;display:contents}
.v-overlay-scroll-blocked{padding-inline-end:var(--v-scrollbar-offset)}
html.v-overlay-scroll-blocked{position:fixed;top:var(--v-body-scroll-y);left:var(--v-body-scroll-x);width:100%;height:100%}
.v-overlay{border-radius:inherit;display:flex;left:0;pointer-events:none;position:fixed;top:0;bottom:0;right:0}
.v-overlay__content{outline:none;position:absolute;pointer-events:auto;contain:layout}
.v-overlay__scrim{pointer-events:auto;background:rgb(var(--v-theme-on-surface));border-radius:inherit;bottom:0;left:0;opacity:.32;position:fixed;right:0;top:0}
.v-dialog{align-items:center;justify-content:center;margin:auto}
.v-dialog>.v-overlay__content{max-height:calc(100% - 48px);width:calc(100% - 48px);max-width:calc(100% - 48px);margin:24px;display:flex;flex-direction:column;position:relative}
.v-dialog>.v-overlay__content>.v-card{display:flex;flex-direction:column;overflow-y:auto;box-shadow:0 11px 15px -7px rgba(0,0,0,.2),0 24px 38px 3px rgba(0,0,0,.14),0 9px 46px 8px rgba(0,0,0,.12)}
.v-dialog>.v-overlay__content>.v-card>.v-card-title{padding:16px 24px 10px;font-size:1.25rem}
.v-dialog>.v-overlay__content>.v-card>.v-card-text{font-size:1rem;letter-spacing:.03125em;line-height:1.5rem;padding:16px 24px 10px}
.v-dialog>.v-overlay__content>.v-card>.v-card-title+.v-card-text{padding-top:0}
.v-dialog>.v-overlay__content>.v-card>.v-card-actions{padding:8px 16px 12px}
.v-menu>.v-overlay__content{display:flex;flex-direction:column;border-radius:4px}
.v-menu>.v-overlay__content>.v-list,.v-menu>.v-overlay__content>.v-card{background:rgb(var(--v-theme-surface));border-radius:inherit;overflow:auto;height:100%;box-shadow:0 5px 5px -3px rgba(0,0,0,.2),0 8px 10px 1px rgba(0,0,0,.14),0 3px 14px 2px rgba(0,0,0,.12)}
.v-snackbar{justify-content:center;z-index:10000;margin:8px;margin-inline-end:calc(8px + var(--v-scrollbar-offset,0px));padding:var(--v-layout-top,0) var(--v-layout-right,0) var(--v-layout-bottom,0) var(--v-layout-left,0)}
.v-snackbar:not(.v-snackbar--centered):not(.v-snackbar--top){align-items:flex-end}
.v-snackbar__wrapper{align-items:center;display:flex;max-width:672px;min-height:48px;min-width:344px;overflow:hidden;padding:0;border-radius:4px;position:relative;background:rgb(var(--v-theme-surface-variant));color:rgb(var(--v-theme-on-surface-variant));box-shadow:0 3px 5px -1px rgba(0,0,0,.2),0 6px 10px 0 rgba(0,0,0,.14),0 1px 18px 0 rgba(0,0,0,.12)}
.v-snackbar__content{flex-grow:1;font-size:.875rem;font-weight:400;letter-spacing:.0178571429em;line-height:1.425;margin-right:auto;padding:14px 16px;text-align:initial}
.v-snackbar__actions{align-items:center;align-self:center;display:flex;margin-inline-end:8px}
.v-snackbar__actions>.v-btn{padding:0 8px;min-width:auto}
.v-snackbar-transition-enter-active,.v-snackbar-transition-leave-active{transition-property:opacity,transform}
.v-snackbar-transition-enter-active{transition-duration:.15s;transition-timing-function:cubic-bezier(0,0,.2,1)}
.v-snackbar-transition-leave-active{transition-duration:.075s;transition-timing-function:cubic-bezier(.4,0,1,1)}
.v-snackbar-transition-enter-from{transform:scale(.8)}
.v-snackbar-transition-enter-from,.v-snackbar-transition-leave-to{opacity:0}
.fade-transition-enter-active,.fade-transition-leave-active{transition:.2s cubic-bezier(.4,0,.2,1)!important}
.fade-transition-leave-active{transition-duration:.15s!important}
.fade-transition-enter-from,.fade-transition-leave-to{opacity:0!important}
.dialog-transition-enter-active{transition:.225s cubic-bezier(0,0,.2,1)!important}
.dialog-transition-leave-active{transition:.125s cubic-bezier(.4,0,1,1)!important}
.dialog-transition-enter-from,.dialog-transition-leave-to{opacity:0;transform:scale(.9)}
.v-menu>.dialog-transition-enter-from,.v-menu>.dialog-transition-leave-to{transform:scaleY(.9);transform-origin:top center}
.slide-y-transition-enter-active{transition:.3s cubic-bezier(.25,.8,.5,1)!important}
.slide-y-transition-enter-from{opacity:0;transform:translateY(-15px)}
.v-alert{display:grid;flex:1 1;grid-template-areas:"prepend content append close" ". content . .";grid-template-columns:max-content auto max-content max-content;position:relative;padding:16px;overflow:hidden;--v-border-color:currentColor;border-radius:4px}
.v-alert--variant-tonal{background:transparent}
.v-alert__underlay{position:absolute;top:0;left:0;width:100%;height:100%;pointer-events:none;border-radius:inherit}
.v-alert--variant-tonal .v-alert__underlay{background:currentColor;opacity:var(--v-activated-opacity)}
.v-alert__prepend{align-self:flex-start;display:flex;align-items:center;grid-area:prepend;margin-inline-end:16px}
.v-alert__content{align-self:center;grid-area:content;overflow:hidden;color:rgba(var(--v-theme-on-surface),var(--v-high-emphasis-opacity))}
.v-alert--variant-tonal .v-alert__content{color:inherit}
.v-alert-title{align-self:center;display:flex;font-size:1.25rem;font-weight:500;hyphens:auto;letter-spacing:.0125em;line-height:1.75rem;overflow-wrap:normal;text-transform:none;word-break:normal;word-wrap:break-word}
.v-alert__close{flex:0 1 auto;grid-area:close;margin-inline-start:16px}
.v-alert__close .v-btn{width:28px;height:28px}
.v-alert--density-compact{padding:10px 16px}
.v-table{background:rgb(var(--v-theme-surface));color:rgba(var(--v-theme-on-surface),var(--v-high-emphasis-opacity));font-size:.875rem;transition-duration:.28s;transition-property:box-shadow,opacity,background,height;transition-timing-function:cubic-bezier(.4,0,.2,1)}
.v-table__wrapper{border-radius:inherit;overflow:auto}
.v-table>.v-table__wrapper>table{width:100%;border-spacing:0}
.v-table>.v-table__wrapper>table>thead>tr>th{font-weight:500;user-select:none;text-align:start;height:56px;padding:0 16px;border-bottom:thin solid rgba(var(--v-border-color),var(--v-border-opacity));color:rgba(var(--v-theme-on-surface),var(--v-high-emphasis-opacity))}
.v-table>.v-table__wrapper>table>tbody>tr>td{height:52px;padding:0 16px;border-bottom:thin solid rgba(var(--v-border-color),var(--v-border-opacity))}
.v-table>.v-table__wrapper>table>tbody>tr:last-child>td{border-bottom:0}
.v-table--density-compact>.v-table__wrapper>table>tbody>tr>td{height:40px}
.v-table--density-compact>.v-table__wrapper>table>thead>tr>th{height:40px}
.v-window{overflow:hidden}
.route-enter-active{transition:opacity .2s ease}
.route-enter-from{opacity:0}
.stat-card .text-h4{color:rgb(var(--v-theme-primary))}
.hero{background:linear-gradient(120deg,rgb(24,103,192),rgb(11,61,145));color:#fff}
.hero .v-card-title,.hero .v-card-text{color:#fff}
`;

const CLIENT_CSS = `${BASE_CSS}${WIDGET_CSS}${OVERLAY_CSS}${ICON_CSS}\n`;

/** The page script, part 1: a tiny runtime that renders the DOM Vuetify 3 renders. */
const JS_RUNTIME = String.raw`
var uidCounter = 0;
function getUid() { return uidCounter++; }
function cx(list) { return list.filter(Boolean).join(' '); }
function add(el, children) {
  if (children === undefined) return;
  if (!Array.isArray(children)) children = [children];
  for (var i = 0; i < children.length; i++) {
    var c = children[i];
    if (c === undefined) continue;
    if (c === null || c === false) el.appendChild(document.createComment(''));
    else if (Array.isArray(c)) add(el, c);
    else if (typeof c === 'string' || typeof c === 'number') el.appendChild(document.createTextNode(String(c)));
    else el.appendChild(c);
  }
}
function h(tag, props, children) {
  var el = document.createElement(tag);
  if (props) for (var k in props) {
    var v = props[k];
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = Array.isArray(v) ? cx(v) : v;
    else if (k === 'style') el.setAttribute('style', v);
    else if (k === 'value') el.value = v;
    else if (k.length > 2 && k[0] === 'o' && k[1] === 'n' && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  add(el, children);
  return el;
}
function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }
function toggle(el, cls, on) { el.classList.toggle(cls, !!on); }
function icon(name, extra) {
  return h('i', { class: 'mdi-' + name + ' mdi v-icon notranslate v-theme--light v-icon--size-default' + (extra ? ' ' + extra : ''), 'aria-hidden': 'true' });
}
function setIcon(el, name) { el.className = el.className.replace(/mdi-[a-z-]+ mdi /, 'mdi-' + name + ' mdi '); }
function nextFrame(cb) { requestAnimationFrame(function () { requestAnimationFrame(cb); }); }
function durationOf(el) {
  var cs = getComputedStyle(el);
  var ds = cs.transitionDuration.split(','), dl = cs.transitionDelay.split(',');
  var max = 0;
  for (var i = 0; i < ds.length; i++) {
    var t = (parseFloat(ds[i]) || 0) + (parseFloat(dl[i % dl.length]) || 0);
    if (t > max) max = t;
  }
  return max * 1000;
}
/** Vue's <Transition>: name-enter-from/active/to, then name-leave-from/active/to. */
function transition(el, name, dir, done) {
  var from = name + '-' + dir + '-from', active = name + '-' + dir + '-active', to = name + '-' + dir + '-to';
  if (el._tcancel) el._tcancel();
  var over = false, timer = 0;
  function cleanup() { over = true; clearTimeout(timer); el.classList.remove(from, active, to); el._tcancel = null; }
  el._tcancel = cleanup;
  el.classList.add(from, active);
  nextFrame(function () {
    if (over) return;
    el.classList.remove(from);
    el.classList.add(to);
    timer = setTimeout(function () { cleanup(); if (done) done(); }, durationOf(el) + 5);
  });
}
function ripple(el) {
  el.addEventListener('mousedown', function (ev) {
    if (ev.button !== 0) return;
    var rect = el.getBoundingClientRect();
    var size = Math.sqrt(rect.width * rect.width + rect.height * rect.height) * 2;
    var x = ev.clientX - rect.left - size / 2, y = ev.clientY - rect.top - size / 2;
    var anim = h('span', { class: 'v-ripple__animation v-ripple__animation--enter v-ripple__animation--visible', style: 'width: ' + size + 'px; height: ' + size + 'px; transform: translate(' + x + 'px, ' + y + 'px) scale3d(0.1, 0.1, 0.1);' });
    var container = h('span', { class: 'v-ripple__container' }, anim);
    el.appendChild(container);
    void anim.offsetWidth;
    anim.classList.remove('v-ripple__animation--enter');
    anim.classList.add('v-ripple__animation--in');
    anim.style.transform = 'translate(' + x + 'px, ' + y + 'px) scale3d(1, 1, 1)';
    function release() {
      window.removeEventListener('mouseup', release);
      setTimeout(function () {
        anim.classList.remove('v-ripple__animation--in');
        anim.classList.add('v-ripple__animation--out');
        setTimeout(function () { container.remove(); }, 300);
      }, 100);
    }
    window.addEventListener('mouseup', release);
  });
}
function progressCircular(size) {
  var svg = '<svg style="transform: rotate(calc(-90deg));" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 43.80952380952381 43.80952380952381"><circle class="v-progress-circular__underlay" fill="transparent" cx="50%" cy="50%" r="20" stroke-width="3.8095238095238093" stroke-dasharray="125.66370614359172" stroke-dashoffset="0"></circle><circle class="v-progress-circular__overlay" fill="transparent" cx="50%" cy="50%" r="20" stroke-width="3.8095238095238093" stroke-dasharray="125.66370614359172" stroke-dashoffset="125.66370614359172px"></circle></svg>';
  var el = h('div', { class: 'v-progress-circular v-progress-circular--indeterminate v-progress-circular--visible v-theme--light v-progress-circular--size-default', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', style: 'width: ' + size + 'px; height: ' + size + 'px;' });
  el.innerHTML = svg;
  return el;
}
function progressLinear(active) {
  return h('div', { class: 'v-progress-linear v-theme--light v-locale--is-ltr' + (active ? ' v-progress-linear--active' : ''), role: 'progressbar', 'aria-hidden': active ? 'false' : 'true', 'aria-valuemin': '0', 'aria-valuemax': '100', style: 'top: 0px; height: ' + (active ? 4 : 0) + 'px; --v-progress-linear-height: 4px;' },
    active ? [h('div', { class: 'v-progress-linear__background' }), h('div', { class: 'v-progress-linear__indeterminate' }, [h('div', { class: 'v-progress-linear__indeterminate long' }), h('div', { class: 'v-progress-linear__indeterminate short' })])] : null);
}

/** <v-btn>. */
function btn(o) {
  var variant = o.variant || 'elevated';
  var iconOnly = o.icon && !o.text;
  var colour = o.color ? (variant === 'elevated' || variant === 'flat' ? 'bg-' + o.color : 'text-' + o.color) : '';
  var content = h('span', { class: 'v-btn__content', 'data-no-activator': '' }, iconOnly ? icon(o.icon) : o.text);
  var el = h('button', {
    type: o.type || 'button',
    class: cx(['v-btn', variant === 'elevated' && 'v-btn--elevated', iconOnly && 'v-btn--icon', o.block && 'v-btn--block', 'v-theme--light', colour, 'v-btn--density-' + (o.density || 'default'), o.rounded && 'v-btn--rounded', 'v-btn--size-' + (o.size || 'default'), 'v-btn--variant-' + variant, o.class]),
    'aria-label': o.ariaLabel,
  }, [h('span', { class: 'v-btn__overlay' }), h('span', { class: 'v-btn__underlay' }), o.prependIcon ? h('span', { class: 'v-btn__prepend' }, icon(o.prependIcon)) : undefined, content]);
  var api = {
    el: el, loading: false, disabled: false,
    setText: function (t) { content.textContent = t; },
    setDisabled: function (v) {
      api.disabled = !!v;
      el.disabled = !!v;
      toggle(el, 'v-btn--disabled', v);
    },
    setLoading: function (v) {
      if (api.loading === !!v) return;
      api.loading = !!v;
      toggle(el, 'v-btn--loading', v);
      if (v) el.insertBefore(h('span', { class: 'v-btn__loader' }, progressCircular(23)), content.nextSibling);
      else { var l = el.querySelector('.v-btn__loader'); if (l) l.remove(); }
    },
  };
  if (o.onClick) el.addEventListener('click', function (ev) { if (api.loading || api.disabled) return; o.onClick(ev); });
  ripple(el);
  if (o.disabled) api.setDisabled(true);
  return api;
}

/** <v-text-field variant="outlined">, with the floating label and its notched copy. */
function textField(o) {
  var id = 'input-' + getUid();
  var msgId = id + '-messages';
  var st = { focused: false, errors: [], external: null, validated: false, active: false, shown: false };
  var type = o.type || 'text';
  var input = h('input', { size: '1', type: type, id: id, 'aria-describedby': msgId, class: 'v-field__input', autocomplete: o.autocomplete || 'off', maxlength: o.maxlength, inputmode: o.inputmode, name: o.name, readonly: o.readonly, value: o.value || '' });
  var label = h('label', { class: 'v-label v-field-label', for: id }, o.label);
  var floating = h('label', { class: 'v-label v-field-label v-field-label--floating', 'aria-hidden': 'true', for: id }, o.label);
  var prefix = o.prefix ? h('span', { class: 'v-text-field__prefix' }, h('span', { class: 'v-text-field__prefix__text' }, o.prefix)) : undefined;
  var eye, appendInner;
  if (type === 'password') {
    eye = h('i', { class: 'mdi-eye-off mdi v-icon notranslate v-theme--light v-icon--size-default v-icon--clickable', role: 'button', 'aria-hidden': 'false', 'aria-label': o.label + ' appended action', tabindex: '-1' });
    eye.addEventListener('mousedown', function (ev) { ev.preventDefault(); });
    eye.addEventListener('click', function () {
      st.shown = !st.shown;
      input.type = st.shown ? 'text' : 'password';
      setIcon(eye, st.shown ? 'eye' : 'eye-off');
    });
    appendInner = h('div', { class: 'v-field__append-inner' }, eye);
  } else if (o.appendIcon) {
    appendInner = h('div', { class: 'v-field__append-inner' }, icon(o.appendIcon));
  }
  var field = h('div', { class: cx(['v-field', 'v-field--center-affix', appendInner && 'v-field--appended', prefix && 'v-field--prefixed', 'v-field--variant-outlined', 'v-theme--light', 'v-locale--is-ltr']) }, [
    h('div', { class: 'v-field__overlay' }),
    h('div', { class: 'v-field__loader' }, progressLinear(false)),
    h('div', { class: 'v-field__field', 'data-no-activator': '' }, [label, prefix, input]),
    appendInner,
    h('div', { class: 'v-field__outline' }, [h('div', { class: 'v-field__outline__start' }), h('div', { class: 'v-field__outline__notch' }, floating), h('div', { class: 'v-field__outline__end' })]),
  ]);
  var messages = h('div', { class: 'v-messages', role: 'alert', 'aria-live': 'polite', id: msgId });
  var counter = o.counter ? h('div', { class: 'v-counter' }) : undefined;
  var root = h('div', { class: cx(['v-input', 'v-input--horizontal', 'v-input--center-affix', 'v-input--density-' + (o.density || 'default'), 'v-theme--light', 'v-locale--is-ltr', 'v-text-field', prefix && 'v-text-field--prefixed', o.class]) }, [
    h('div', { class: 'v-input__control' }, field),
    h('div', { class: 'v-input__details' }, [messages, counter]),
  ]);
  field.addEventListener('mousedown', function (ev) {
    if (ev.target !== input && !(eye && eye.contains(ev.target))) { ev.preventDefault(); input.focus(); }
  });
  input.addEventListener('focus', function () { st.focused = true; update(); });
  input.addEventListener('blur', function () { st.focused = false; update(); });
  input.addEventListener('input', function () {
    st.external = null;
    validate();
    if (o.onInput) o.onInput(input.value);
  });
  function animateLabel(active) {
    if (!root.isConnected) return;
    var r1 = floating.getBoundingClientRect(), r2 = label.getBoundingClientRect();
    if (!r1.width || !r2.width) return;
    var dx = r2.left - r1.left, dy = r2.top + r2.height / 2 - (r1.top + r1.height / 2);
    var frames = [
      { transform: 'translate(' + dx + 'px, ' + dy + 'px) translateY(-50%) scale(1.3333)', transformOrigin: 'left center' },
      { transform: 'translateY(-50%)', transformOrigin: 'left center' },
    ];
    if (!active) frames.reverse();
    floating.style.visibility = 'visible';
    label.style.visibility = 'hidden';
    var a = floating.animate(frames, { duration: 150, easing: 'cubic-bezier(0.4, 0, 0.2, 1)' });
    a.onfinish = a.oncancel = function () { floating.style.removeProperty('visibility'); label.style.removeProperty('visibility'); };
  }
  var lastMsgs = null;
  function update(init) {
    var dirty = input.value !== '';
    var active = st.focused || dirty;
    var errs = st.external || (st.validated ? st.errors : []);
    var error = errs.length > 0;
    toggle(field, 'v-field--active', active);
    toggle(field, 'v-field--focused', st.focused);
    toggle(field, 'v-field--dirty', dirty);
    toggle(field, 'v-field--error', error);
    toggle(root, 'v-input--focused', st.focused);
    toggle(root, 'v-input--dirty', dirty);
    toggle(root, 'v-input--error', error);
    if (!init && active !== st.active) animateLabel(active);
    st.active = active;
    var msgs = error ? errs : o.hint && (st.focused || o.persistentHint) ? [o.hint] : [];
    var key = msgs.join('\n');
    if (key !== lastMsgs) {
      lastMsgs = key;
      clear(messages);
      msgs.forEach(function (m) {
        var mm = h('div', { class: 'v-messages__message' }, m);
        messages.appendChild(mm);
        if (!init) transition(mm, 'slide-y-transition', 'enter');
      });
    }
    if (counter) counter.textContent = input.value.length + '/' + o.counter;
  }
  function validate() {
    st.validated = true;
    st.errors = [];
    var rules = o.rules || [];
    for (var i = 0; i < rules.length; i++) {
      var r = rules[i](input.value);
      if (r !== true) { st.errors.push(r); break; }
    }
    update();
    return st.errors.length === 0 && !st.external;
  }
  update(true);
  return {
    el: root, input: input, field: field,
    value: function () { return input.value; },
    setValue: function (v) { input.value = v; update(); },
    validate: validate,
    setErrors: function (list) { st.external = list && list.length ? list : null; update(); },
    reset: function () { input.value = ''; st.validated = false; st.errors = []; st.external = null; update(); },
    focus: function () { input.focus(); },
  };
}
`;

/** The page script, part 2: overlays (teleported to .v-overlay-container), dialogs, snackbars, menus. */
const JS_OVERLAYS = `
var dialogStack = [];
function overlayContainer() {
  var c = document.querySelector('body > .v-overlay-container');
  if (!c) { c = h('div', { class: 'v-overlay-container' }); document.body.appendChild(c); }
  return c;
}
function blockScroll() {
  var html = document.documentElement;
  if (html.classList.contains('v-overlay-scroll-blocked')) return;
  html._scroll = [window.scrollX, window.scrollY];
  html.style.setProperty('--v-body-scroll-x', -window.scrollX + 'px');
  html.style.setProperty('--v-body-scroll-y', -window.scrollY + 'px');
  html.style.setProperty('--v-scrollbar-offset', window.innerWidth - html.offsetWidth + 'px');
  html.classList.add('v-overlay-scroll-blocked');
}
function unblockScroll() {
  var html = document.documentElement;
  if (!html.classList.contains('v-overlay-scroll-blocked')) return;
  var s = html._scroll || [0, 0];
  html.classList.remove('v-overlay-scroll-blocked');
  html.style.removeProperty('--v-body-scroll-x');
  html.style.removeProperty('--v-body-scroll-y');
  html.style.removeProperty('--v-scrollbar-offset');
  window.scrollTo(s[0], s[1]);
}
var FOCUSABLE = 'button:not([disabled]),[href],input:not([type="hidden"]):not([disabled]),select:not([disabled]),textarea:not([disabled]),[tabindex]:not([tabindex="-1"]):not([disabled])';
document.addEventListener('focusin', function (ev) {
  var top = dialogStack[dialogStack.length - 1];
  if (!top || top.content.contains(ev.target)) return;
  if (ev.target.closest && ev.target.closest('.v-snackbar, .v-menu')) return;
  var first = top.content.querySelector(FOCUSABLE);
  (first || top.content).focus({ preventScroll: true });
});
document.addEventListener('keydown', function (ev) {
  if (ev.key !== 'Escape') return;
  var top = dialogStack[dialogStack.length - 1];
  if (top && !document.querySelector('.v-menu.v-overlay--active')) top.escape();
});

/** <v-dialog> with a <v-card>: scrim and content fade/scale in; persistent ones bounce on outside clicks. */
function dialog(o) {
  var z = 2400 + dialogStack.length * 10;
  var titleEl = h('div', { class: 'v-card-title' + (o.closeIcon ? ' d-flex align-center' : '') }, o.closeIcon ? [h('span', { class: 'text-h6' }, o.title), h('div', { class: 'v-spacer' }), btn({ icon: 'close', variant: 'text', density: 'comfortable', ariaLabel: 'Close', onClick: function () { api.close('close'); } }).el] : o.title);
  var actions = h('div', { class: 'v-card-actions' }, [h('div', { class: 'v-spacer' })]);
  var card = h('div', { class: 'v-card v-theme--light v-card--density-default v-card--variant-elevated' }, [titleEl, o.divider ? h('hr', { class: 'v-divider v-theme--light', 'aria-orientation': 'horizontal', role: 'separator' }) : undefined, h('div', { class: 'v-card-text' }, o.body), actions]);
  var scrim = h('div', { class: 'v-overlay__scrim' });
  var content = h('div', { class: 'v-overlay__content', style: 'width: ' + (o.width || 500) + 'px;', role: 'dialog', 'aria-modal': 'true', tabindex: '-1', 'aria-labelledby': undefined }, card);
  var root = h('div', { class: 'v-overlay v-overlay--active v-theme--light v-locale--is-ltr v-dialog' + (o.scrollable ? ' v-dialog--scrollable' : ''), style: 'z-index: ' + z + ';' }, [scrim, content]);
  var prevFocus = document.activeElement;
  var closed = false;
  function bounce() {
    content.animate([{ transformOrigin: 'center' }, { transform: 'scale(1.03)' }, { transformOrigin: 'center' }], { duration: 150, easing: 'cubic-bezier(0.4, 0, 0.2, 1)' });
  }
  var api = {
    el: root, content: content, card: card, actions: actions,
    escape: function () { if (o.persistent) bounce(); else api.close('escape'); },
    close: function (reason) {
      if (closed) return;
      closed = true;
      var i = dialogStack.indexOf(api);
      if (i >= 0) dialogStack.splice(i, 1);
      root.classList.remove('v-overlay--active');
      transition(scrim, 'fade-transition', 'leave');
      transition(content, 'dialog-transition', 'leave');
      setTimeout(function () { root.remove(); }, 160);
      if (!dialogStack.length) unblockScroll();
      if (prevFocus && prevFocus.isConnected && prevFocus.focus) prevFocus.focus({ preventScroll: true });
      if (o.onClose) o.onClose(reason);
    },
    destroy: function () {
      if (closed) return;
      closed = true;
      var i = dialogStack.indexOf(api);
      if (i >= 0) dialogStack.splice(i, 1);
      root.remove();
      if (!dialogStack.length) unblockScroll();
    },
  };
  (o.actions || []).forEach(function (a) {
    actions.appendChild(btn({ text: a.text, variant: a.variant || 'text', color: a.color, onClick: function () { a.onClick(api); } }).el);
  });
  scrim.addEventListener('click', function () { if (o.persistent) bounce(); else api.close('outside'); });
  dialogStack.push(api);
  overlayContainer().appendChild(root);
  blockScroll();
  transition(scrim, 'fade-transition', 'enter');
  transition(content, 'dialog-transition', 'enter');
  requestAnimationFrame(function () { if (!closed) content.focus({ preventScroll: true }); });
  return api;
}

/** The app's single <v-snackbar> (4 s, paused while the pointer is over it). */
var activeSnack = null;
function snackbar(text, color, timeout) {
  if (activeSnack) activeSnack.destroy();
  var wrapper, root, timer = 0, closed = false;
  var s = {
    close: function () {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      root.classList.remove('v-overlay--active', 'v-snackbar--active');
      transition(wrapper, 'v-snackbar-transition', 'leave', function () { root.remove(); });
      if (activeSnack === s) activeSnack = null;
    },
    destroy: function () { closed = true; clearTimeout(timer); root.remove(); if (activeSnack === s) activeSnack = null; },
  };
  var closeBtn = btn({ text: 'Close', variant: 'text', onClick: function () { s.close(); } });
  wrapper = h('div', { class: 'v-overlay__content v-snackbar__wrapper v-theme--light bg-' + (color || 'surface-variant') + ' v-snackbar--variant-elevated', style: '' }, [
    h('span', { class: 'v-snackbar__underlay' }),
    h('div', { class: 'v-snackbar__content', role: 'status', 'aria-live': 'polite' }, text),
    h('div', { class: 'v-snackbar__actions' }, closeBtn.el),
  ]);
  root = h('div', { class: 'v-overlay v-overlay--active v-theme--light v-locale--is-ltr v-snackbar v-snackbar--active', style: 'z-index: 10000;' }, wrapper);
  function arm() { clearTimeout(timer); timer = setTimeout(s.close, timeout || 4000); }
  wrapper.addEventListener('pointerenter', function () { clearTimeout(timer); });
  wrapper.addEventListener('pointerleave', arm);
  overlayContainer().appendChild(root);
  transition(wrapper, 'v-snackbar-transition', 'enter');
  arm();
  activeSnack = s;
  return s;
}

/** A <v-menu> connected to an activator: no scrim, closes on a click outside, Escape, or its owner. */
function connectedMenu(o) {
  var id = 'v-menu-' + getUid();
  var content = h('div', { class: 'v-overlay__content' + (o.contentClass ? ' ' + o.contentClass : ''), id: id, style: '' }, o.child);
  var root = h('div', { class: 'v-overlay v-overlay--active v-theme--light v-locale--is-ltr v-menu', style: 'z-index: 2000;' }, content);
  var closed = false;
  function position() {
    if (closed || !o.activator.isConnected) return;
    var r = o.activator.getBoundingClientRect();
    var vh = window.innerHeight, maxH = o.maxHeight || 310;
    var below = vh - r.bottom - 12, above = r.top - 12;
    content.style.left = (o.alignRight ? Math.max(12, r.right - (o.width || r.width)) : r.left) + 'px';
    content.style.minWidth = (o.width || r.width) + 'px';
    if (below >= Math.min(maxH, 160) || below >= above) {
      content.style.top = r.bottom + (o.offset || 0) + 'px';
      content.style.bottom = '';
      content.style.maxHeight = Math.min(maxH, below) + 'px';
      content.style.setProperty('--v-overlay-anchor-origin', 'bottom left');
      content.style.transformOrigin = 'left top';
    } else {
      content.style.top = '';
      content.style.bottom = vh - r.top + 'px';
      content.style.maxHeight = Math.min(maxH, above) + 'px';
      content.style.setProperty('--v-overlay-anchor-origin', 'top left');
      content.style.transformOrigin = 'left bottom';
    }
  }
  function onDown(ev) {
    var t = ev.target;
    if (content.contains(t) || o.activator.contains(t) || (o.include && o.include.contains(t))) return;
    api.close('outside');
  }
  function onKey(ev) { if (ev.key === 'Escape') { ev.stopPropagation(); api.close('escape'); } }
  var api = {
    el: root, content: content, id: id, position: position,
    close: function (reason) {
      if (closed) return;
      closed = true;
      document.removeEventListener('mousedown', onDown, true);
      document.removeEventListener('keydown', onKey, true);
      window.removeEventListener('scroll', position, true);
      window.removeEventListener('resize', position);
      root.classList.remove('v-overlay--active');
      transition(content, 'dialog-transition', 'leave', function () { root.remove(); });
      if (o.onClose) o.onClose(reason);
    },
    destroy: function () { if (!closed) { api.close('destroy'); } root.remove(); },
    isOpen: function () { return !closed; },
  };
  overlayContainer().appendChild(root);
  position();
  transition(content, 'dialog-transition', 'enter');
  document.addEventListener('mousedown', onDown, true);
  document.addEventListener('keydown', onKey, true);
  window.addEventListener('scroll', position, true);
  window.addEventListener('resize', position);
  return api;
}

function alertBox(type, title, text, o) {
  o = o || {};
  var icons = { success: 'check-circle', error: 'alert-circle', warning: 'alert', info: 'information' };
  var el = h('div', { class: 'v-alert v-theme--light v-alert--density-' + (o.density || 'default') + ' v-alert--variant-tonal text-' + type + (o.class ? ' ' + o.class : ''), role: 'alert' }, [
    h('span', { class: 'v-alert__underlay' }),
    h('div', { class: 'v-alert__prepend' }, icon(icons[type])),
    h('div', { class: 'v-alert__content' }, [title ? h('div', { class: 'v-alert-title' }, title) : undefined, text]),
    o.closable ? h('div', { class: 'v-alert__close' }, btn({ icon: 'close', variant: 'text', size: 'small', ariaLabel: 'Close', onClick: function () { el.remove(); } }).el) : undefined,
  ]);
  return el;
}
function table(headers, rows) {
  return h('div', { class: 'v-table v-theme--light v-table--density-default' }, h('div', { class: 'v-table__wrapper' }, h('table', null, [
    h('thead', null, h('tr', null, headers.map(function (t) { return h('th', { class: 'text-left' }, t); }))),
    h('tbody', null, rows.map(function (r) { return h('tr', null, r.map(function (c) { return h('td', null, c); })); })),
  ])));
}
function card(o) {
  return h('div', { class: 'v-card v-theme--light v-card--density-default v-card--variant-' + (o.variant || 'elevated') + (o.class ? ' ' + o.class : '') }, [
    h('div', { class: 'v-card__loader' }, progressLinear(false)),
    o.title ? h('div', { class: 'v-card-item' }, [o.icon ? h('div', { class: 'v-card-item__prepend' }, icon(o.icon, 'text-primary')) : undefined, h('div', { class: 'v-card-item__content' }, [h('div', { class: 'v-card-title' }, o.title), o.subtitle ? h('div', { class: 'v-card-subtitle' }, o.subtitle) : undefined])]) : undefined,
    o.text !== undefined ? h('div', { class: 'v-card-text' }, o.text) : undefined,
    o.actions ? h('div', { class: 'v-card-actions' }, o.actions) : undefined,
  ]);
}
function listItem(o) {
  return h(o.href ? 'a' : 'div', { class: 'v-list-item v-theme--light v-list-item--density-default v-list-item--one-line v-list-item--variant-text' + (o.link ? ' v-list-item--link' : ''), href: o.href, tabindex: o.link ? '-2' : undefined, role: o.role }, [
    h('span', { class: 'v-list-item__overlay' }), h('span', { class: 'v-list-item__underlay' }),
    o.icon ? h('div', { class: 'v-list-item__prepend' }, [icon(o.icon), h('div', { class: 'v-list-item__spacer' })]) : undefined,
    h('div', { class: 'v-list-item__content', 'data-no-activator': '' }, [h('div', { class: 'v-list-item-title' }, o.title), o.subtitle ? h('div', { class: 'v-list-item-subtitle' }, o.subtitle) : undefined]),
  ]);
}
`;

/** The page script, part 3: selection controls, the autocomplete and the OTP input. */
const JS_INPUTS = `
/** <v-radio-group inline> of <v-radio>: opaque-less native radios over mdi icons. */
function radioGroup(o) {
  var id = 'radio-group-' + getUid();
  var msgId = id + '-messages';
  var value = null, errors = null;
  var controls = [];
  var group = h('div', { class: 'v-selection-control-group' + (o.inline ? ' v-selection-control-group--inline' : ''), id: id, 'aria-describedby': msgId, 'aria-labelledby': id, role: 'radiogroup' });
  o.options.forEach(function (opt) {
    var rid = 'radio-' + getUid();
    var ic = icon('radiobox-blank');
    var input = h('input', { id: rid, 'aria-disabled': 'false', type: 'radio', value: opt.value, name: id });
    var inputWrap = h('div', { class: 'v-selection-control__input' }, [ic, input]);
    ripple(inputWrap);
    var wrapper = h('div', { class: 'v-selection-control__wrapper' }, inputWrap);
    var control = h('div', { class: 'v-selection-control v-selection-control--density-default v-radio' }, [wrapper, h('label', { class: 'v-label v-label--clickable', for: rid }, opt.label)]);
    input.addEventListener('change', function () { if (input.checked) set(opt.value, true); });
    input.addEventListener('focus', function () {
      control.classList.add('v-selection-control--focused');
      if (input.matches(':focus-visible')) control.classList.add('v-selection-control--focus-visible');
    });
    input.addEventListener('blur', function () { control.classList.remove('v-selection-control--focused', 'v-selection-control--focus-visible'); });
    controls.push({ value: opt.value, input: input, icon: ic, control: control, wrapper: wrapper });
    group.appendChild(control);
  });
  var messages = h('div', { class: 'v-messages', role: 'alert', 'aria-live': 'polite', id: msgId });
  var root = h('div', { class: 'v-input v-input--horizontal v-input--density-default v-theme--light v-locale--is-ltr v-radio-group' }, [
    h('div', { class: 'v-input__control' }, [h('label', { class: 'v-label', id: id }, o.label), group]),
    h('div', { class: 'v-input__details' }, messages),
  ]);
  function set(v, user) {
    value = v;
    controls.forEach(function (c) {
      var on = c.value === v;
      c.input.checked = on;
      toggle(c.control, 'v-selection-control--dirty', on);
      toggle(c.wrapper, 'text-primary', on);
      setIcon(c.icon, on ? 'radiobox-marked' : 'radiobox-blank');
    });
    if (user) setErrors(null);
    if (user && o.onChange) o.onChange(v);
  }
  function setErrors(list) {
    errors = list && list.length ? list : null;
    toggle(root, 'v-input--error', errors);
    clear(messages);
    (errors || []).forEach(function (m) { var mm = h('div', { class: 'v-messages__message' }, m); messages.appendChild(mm); transition(mm, 'slide-y-transition', 'enter'); });
  }
  return { el: root, value: function () { return value; }, set: set, setErrors: setErrors };
}

/** <v-autocomplete variant="outlined">: a combobox input, a teleported virtual-scrolled <v-list> menu. */
function autocomplete(o) {
  var id = 'input-' + getUid();
  var msgId = id + '-messages';
  var items = [];
  var selected = null, search = '', pristine = true, focused = false, menu = null, external = null;
  var ITEM_H = 48, WINDOW = 12;
  var input = h('input', { size: '1', role: 'combobox', type: 'text', id: id, 'aria-describedby': msgId, 'aria-expanded': 'false', 'aria-haspopup': 'listbox', autocomplete: 'off', value: '' });
  var selectionHost = h('div', { class: 'v-field__input', 'data-no-activator': '' }, [input]);
  var label = h('label', { class: 'v-label v-field-label', for: id }, o.label);
  var floating = h('label', { class: 'v-label v-field-label v-field-label--floating', 'aria-hidden': 'true', for: id }, o.label);
  var menuIcon = icon('menu-down', 'v-autocomplete__menu-icon');
  var field = h('div', { class: 'v-field v-field--appended v-field--center-affix v-field--variant-outlined v-theme--light v-locale--is-ltr' }, [
    h('div', { class: 'v-field__overlay' }),
    h('div', { class: 'v-field__loader' }, progressLinear(false)),
    h('div', { class: 'v-field__field', 'data-no-activator': '' }, [label, selectionHost]),
    h('div', { class: 'v-field__append-inner' }, menuIcon),
    h('div', { class: 'v-field__outline' }, [h('div', { class: 'v-field__outline__start' }), h('div', { class: 'v-field__outline__notch' }, floating), h('div', { class: 'v-field__outline__end' })]),
  ]);
  var messages = h('div', { class: 'v-messages', role: 'alert', 'aria-live': 'polite', id: msgId });
  var root = h('div', { class: 'v-input v-input--horizontal v-input--center-affix v-input--density-default v-theme--light v-locale--is-ltr v-text-field v-autocomplete v-autocomplete--single' }, [
    h('div', { class: 'v-input__control' }, field),
    h('div', { class: 'v-input__details' }, messages),
  ]);
  var list = h('div', { class: 'v-list v-theme--light v-list--density-default v-list--one-line', tabindex: '-1', role: 'listbox', 'aria-live': 'polite' });
  list.addEventListener('mousedown', function (ev) { ev.preventDefault(); });
  list.addEventListener('scroll', function () { requestAnimationFrame(function () { renderList(); }); }, { passive: true });
  var rendering = false;
  list.addEventListener('focusout', function (ev) {
    var to = ev.relatedTarget;
    if (rendering || !focused || (to && (list.contains(to) || to === input))) return;
    focused = false;
    search = '';
    input.value = '';
    pristine = true;
    closeMenu();
    sync();
  });

  function filtered() {
    if (pristine || !search) return items;
    var q = search.toLocaleLowerCase();
    return items.filter(function (it) { return it.title.toLocaleLowerCase().indexOf(q) !== -1; });
  }
  function highlight(title) {
    if (pristine || !search) return title;
    var i = title.toLocaleLowerCase().indexOf(search.toLocaleLowerCase());
    if (i < 0) return title;
    return [h('span', { class: 'v-autocomplete__unmask' }, title.slice(0, i)), h('span', { class: 'v-autocomplete__mask' }, title.slice(i, i + search.length)), h('span', { class: 'v-autocomplete__unmask' }, title.slice(i + search.length))];
  }
  function option(it) {
    var on = selected && selected.value === it.value;
    var el = h('div', { class: 'v-list-item v-list-item--link v-theme--light v-list-item--density-default v-list-item--one-line rounded-0 v-list-item--variant-text' + (on ? ' v-list-item--active text-primary' : ''), tabindex: '-2', role: 'option', 'aria-selected': on ? 'true' : 'false' }, [
      h('span', { class: 'v-list-item__overlay' }), h('span', { class: 'v-list-item__underlay' }),
      h('div', { class: 'v-list-item__content', 'data-no-activator': '' }, h('div', { class: 'v-list-item-title' }, highlight(it.title))),
    ]);
    el._item = it;
    el.addEventListener('click', function () { select(it); });
    el.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(it); }
      else if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') { ev.preventDefault(); moveFocus(el, ev.key === 'ArrowDown' ? 1 : -1); }
      else if (ev.key === 'Tab') { closeMenu(); }
      else if (ev.key.length === 1) { input.focus(); }
    });
    ripple(el);
    return el;
  }
  function moveFocus(from, dir) {
    var opts = Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
    var i = opts.indexOf(from) + dir;
    if (i >= 0 && i < opts.length) { opts[i].focus(); return; }
    if (dir > 0 && i >= opts.length) { list.scrollTop += ITEM_H; renderList(); opts = list.querySelectorAll('[role="option"]'); if (opts[opts.length - 1]) opts[opts.length - 1].focus(); }
    if (dir < 0 && i < 0 && list.scrollTop > 0) { list.scrollTop -= ITEM_H; renderList(); opts = list.querySelectorAll('[role="option"]'); if (opts[0]) opts[0].focus(); }
  }
  var rendered = '';
  function renderList(force) {
    if (!menu) return;
    var all = filtered();
    if (!all.length) {
      if (rendered === 'none' && !force) return;
      rendered = 'none';
      clear(list);
      list.appendChild(h('div', { class: 'v-list-item v-theme--light v-list-item--density-default v-list-item--one-line v-list-item--variant-text' }, [h('span', { class: 'v-list-item__overlay' }), h('span', { class: 'v-list-item__underlay' }), h('div', { class: 'v-list-item__content', 'data-no-activator': '' }, h('div', { class: 'v-list-item-title' }, 'No data available'))]));
      return;
    }
    var first = Math.max(0, Math.floor(Math.max(0, list.scrollTop - 8) / ITEM_H) - 2);
    var last = Math.min(all.length, first + WINDOW);
    first = Math.max(0, Math.min(first, last - WINDOW));
    var key = first + ':' + last + ':' + all.length + ':' + (pristine ? '' : search) + ':' + (selected ? selected.value : '');
    if (key === rendered && !force) return;
    rendered = key;
    var keepFocus = document.activeElement && list.contains(document.activeElement) ? document.activeElement._item : null;
    var top = list.scrollTop;
    rendering = true;
    clear(list);
    list.appendChild(h('div', { class: 'v-virtual-scroll__spacer', style: 'padding-top: ' + first * ITEM_H + 'px;' }));
    for (var i = first; i < last; i++) list.appendChild(option(all[i]));
    list.appendChild(h('div', { class: 'v-virtual-scroll__spacer', style: 'padding-bottom: ' + (all.length - last) * ITEM_H + 'px;' }));
    list.scrollTop = top;
    if (keepFocus) { var again = Array.prototype.find.call(list.children, function (c) { return c._item === keepFocus; }); if (again) again.focus({ preventScroll: true }); }
    rendering = false;
  }
  function openMenu() {
    if (menu) return;
    rendered = '';
    menu = connectedMenu({ activator: field, include: root, child: list, contentClass: 'v-autocomplete__content', maxHeight: 310, onClose: function () { menu = null; sync(); } });
    input.setAttribute('aria-controls', menu.id);
    list.scrollTop = 0;
    renderList(true);
    if (selected) {
      var idx = filtered().indexOf(selected);
      if (idx > 3) { list.scrollTop = idx * ITEM_H - 2 * ITEM_H; renderList(true); }
    }
    sync();
  }
  function closeMenu() { if (menu) menu.close('owner'); }
  function select(it) {
    selected = it;
    search = it.title;
    pristine = true;
    input.value = focused ? it.title : '';
    external = null;
    closeMenu();
    if (document.activeElement !== input) input.focus();
    sync();
    if (o.onChange) o.onChange(it);
  }
  function sync(init) {
    var dirty = !!selected;
    var active = focused || dirty || input.value !== '';
    toggle(field, 'v-field--active', active);
    toggle(field, 'v-field--focused', focused);
    toggle(field, 'v-field--dirty', dirty);
    toggle(field, 'v-field--error', external);
    toggle(root, 'v-input--focused', focused);
    toggle(root, 'v-input--dirty', dirty);
    toggle(root, 'v-input--error', external);
    toggle(root, 'v-autocomplete--active-menu', menu);
    input.setAttribute('aria-expanded', menu ? 'true' : 'false');
    if (!init && active !== root._active) animateFloat(active);
    root._active = active;
    var old = selectionHost.querySelector('.v-autocomplete__selection');
    if (old) old.remove();
    if (selected) selectionHost.insertBefore(h('div', { class: 'v-autocomplete__selection' }, h('span', { class: 'v-autocomplete__selection-text' }, selected.title)), input);
    clear(messages);
    (external || []).forEach(function (m) { messages.appendChild(h('div', { class: 'v-messages__message' }, m)); });
  }
  function animateFloat(active) {
    if (!root.isConnected) return;
    var r1 = floating.getBoundingClientRect(), r2 = label.getBoundingClientRect();
    if (!r1.width || !r2.width) return;
    var dx = r2.left - r1.left, dy = r2.top + r2.height / 2 - (r1.top + r1.height / 2);
    var frames = [{ transform: 'translate(' + dx + 'px, ' + dy + 'px) translateY(-50%) scale(1.3333)', transformOrigin: 'left center' }, { transform: 'translateY(-50%)', transformOrigin: 'left center' }];
    if (!active) frames.reverse();
    floating.style.visibility = 'visible';
    label.style.visibility = 'hidden';
    var a = floating.animate(frames, { duration: 150, easing: 'cubic-bezier(0.4, 0, 0.2, 1)' });
    a.onfinish = a.oncancel = function () { floating.style.removeProperty('visibility'); label.style.removeProperty('visibility'); };
  }
  field.addEventListener('mousedown', function (ev) {
    if (ev.target === menuIcon) {
      ev.preventDefault();
      if (menu) closeMenu(); else { input.focus(); openMenu(); }
      return;
    }
    if (ev.target !== input) { ev.preventDefault(); input.focus(); }
    openMenu();
  });
  input.addEventListener('focus', function () {
    focused = true;
    search = selected ? selected.title : '';
    input.value = search;
    pristine = true;
    sync();
  });
  input.addEventListener('blur', function (ev) {
    if (menu && ev.relatedTarget && menu.content.contains(ev.relatedTarget)) return;
    focused = false;
    search = '';
    input.value = '';
    pristine = true;
    closeMenu();
    sync();
  });
  input.addEventListener('input', function () {
    search = input.value;
    pristine = !search;
    if (search) openMenu();
    if (menu) { list.scrollTop = 0; renderList(true); }
    sync();
  });
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      if (!menu) openMenu();
      var first = list.querySelector('[role="option"]');
      if (first) first.focus();
    } else if (ev.key === 'Escape') {
      if (menu) { ev.preventDefault(); closeMenu(); }
    } else if (ev.key === 'Tab') {
      closeMenu();
    }
  });
  sync(true);
  return {
    el: root, input: input,
    setItems: function (list2) { items = list2; if (menu) renderList(true); },
    setLoading: function (v) {
      var loader = field.querySelector('.v-field__loader');
      clear(loader);
      loader.appendChild(progressLinear(v));
      if (v) { var bar = loader.firstChild; bar.style.height = '2px'; }
    },
    value: function () { return selected; },
    setErrors: function (list2) { external = list2 && list2.length ? list2 : null; sync(); },
    destroy: function () { if (menu) { menu.destroy(); menu = null; } },
  };
}

/** <v-otp-input length="6" type="number">: six outlined fields, focus moves on input. */
function otpInput(o) {
  var length = o.length || 6;
  var vals = [];
  var inputs = [], fields = [];
  var error = false;
  var hidden = h('input', { class: 'v-otp-input-input', type: 'hidden', value: '' });
  var content = h('div', { class: 'v-otp-input__content', style: 'max-width: 320px;' });
  for (var i = 0; i < length; i++) (function (i) {
    vals.push('');
    var input = h('input', { 'aria-label': 'Please enter OTP character ' + (i + 1), autocomplete: 'one-time-code', class: 'v-otp-input__field', inputmode: 'numeric', min: '0', maxlength: '1', placeholder: '', type: 'number', value: '' });
    var field = h('div', { class: 'v-field v-field--no-label v-field--variant-outlined v-theme--light v-locale--is-ltr' }, [
      h('div', { class: 'v-field__overlay' }),
      h('div', { class: 'v-field__field', 'data-no-activator': '' }, input),
      h('div', { class: 'v-field__outline' }, [h('div', { class: 'v-field__outline__start' }), h('div', { class: 'v-field__outline__end' })]),
    ]);
    input.addEventListener('focus', function () {
      fields.forEach(function (f, j) { toggle(f, 'v-field--focused', j === i); });
      try { input.select(); } catch (e) {}
    });
    input.addEventListener('blur', function () { toggle(field, 'v-field--focused', false); });
    input.addEventListener('input', function () {
      var digits = (input.value || '').replace(/[^0-9]/g, '');
      if (error) setError(false);
      if (!digits) { vals[i] = ''; render(); changed(); return; }
      var j = i;
      for (var k = 0; k < digits.length && j < length; k++, j++) vals[j] = digits[k];
      render();
      changed();
      var next = Math.min(j, length - 1);
      if (next !== i || digits.length > 1) inputs[next].focus();
    });
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'Backspace' && !input.value && i > 0) { ev.preventDefault(); vals[i - 1] = ''; render(); changed(); inputs[i - 1].focus(); }
      else if (ev.key === 'ArrowLeft' && i > 0) { ev.preventDefault(); inputs[i - 1].focus(); }
      else if (ev.key === 'ArrowRight' && i < length - 1) { ev.preventDefault(); inputs[i + 1].focus(); }
      else if (ev.key === 'e' || ev.key === '+' || ev.key === '-' || ev.key === '.') ev.preventDefault();
    });
    input.addEventListener('paste', function (ev) {
      ev.preventDefault();
      var text = ((ev.clipboardData && ev.clipboardData.getData('text')) || '').replace(/[^0-9]/g, '');
      for (var k = 0, j = i; k < text.length && j < length; k++, j++) vals[j] = text[k];
      render();
      changed();
      inputs[Math.min(i + text.length, length - 1)].focus();
    });
    inputs.push(input);
    fields.push(field);
    content.appendChild(field);
  })(i);
  content.appendChild(hidden);
  var root = h('div', { class: 'v-otp-input' }, content);
  function render() { inputs.forEach(function (inp, j) { if (inp.value !== vals[j]) inp.value = vals[j]; }); hidden.value = vals.join(''); }
  function changed() { if (o.onChange) o.onChange(vals.join('')); }
  function setError(v) { error = !!v; fields.forEach(function (f) { toggle(f, 'v-field--error', error); }); }
  return {
    el: root,
    value: function () { return vals.join(''); },
    clear: function () { for (var j = 0; j < length; j++) vals[j] = ''; render(); changed(); },
    focus: function () { inputs[0].focus(); },
    setError: setError,
    setDisabled: function (v) { inputs.forEach(function (inp) { inp.disabled = !!v; }); fields.forEach(function (f) { toggle(f, 'v-field--disabled', v); }); },
  };
}
`;

/** The page script, part 4: the http client (axios-like), the router and the application shell. */
const JS_APP = String.raw`
var app = { auth: false, user: null, pendingOtp: null };
function cookie(name) {
  var parts = document.cookie.split('; ');
  for (var i = 0; i < parts.length; i++) { var eq = parts[i].indexOf('='); if (parts[i].slice(0, eq) === name) return decodeURIComponent(parts[i].slice(eq + 1)); }
  return '';
}
function api(method, url, body) {
  var headers = { Accept: 'application/json, text/plain, */*' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = cookie('XSRF-TOKEN');
  return fetch(url, { method: method, headers: headers, body: body !== undefined ? JSON.stringify(body) : undefined, credentials: 'same-origin' })
    .then(function (res) {
      return res.text().then(function (t) {
        var data = null;
        try { data = t ? JSON.parse(t) : null; } catch (e) { data = null; }
        if (res.ok) return data;
        var err = new Error((data && data.message) || 'Request failed with status code ' + res.status);
        err.response = { status: res.status, data: data || {} };
        throw err;
      });
    })
    .catch(function (err) {
      if (err.response && err.response.status === 401) { err.handled = true; sessionLost(); }
      else if (!err.response) { err.handled = true; snackbar('Network Error', 'error'); }
      throw err;
    });
}
/** The response interceptor's answer to a 401. */
function sessionLost() {
  app.auth = false;
  app.user = null;
  app.pendingOtp = null;
  snackbar('Session expired. Please login again.', 'error');
  router.push('/login?reason=expired');
}
function req(msg) { return function (v) { return !!String(v || '').trim() || msg; }; }
function fmtDate(iso) {
  var d = new Date(iso);
  function p(n) { return (n < 10 ? '0' : '') + n; }
  return p(d.getDate()) + '-' + p(d.getMonth() + 1) + '-' + d.getFullYear() + ' ' + p(d.getHours()) + ':' + p(d.getMinutes());
}
function link(to, children, cls) {
  var a = h('a', { href: to, class: cls }, children);
  a.addEventListener('click', function (ev) {
    if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
    ev.preventDefault();
    router.push(to);
  });
  return a;
}
function breadcrumbs(items) {
  var ul = h('ul', { class: 'v-breadcrumbs v-breadcrumbs--density-default' });
  items.forEach(function (it, i) {
    if (i) ul.appendChild(h('li', { class: 'v-breadcrumbs-divider', 'aria-hidden': 'true' }, '/'));
    ul.appendChild(h('li', { class: 'v-breadcrumbs-item' + (it.to ? ' v-breadcrumbs-item--link' : ' v-breadcrumbs-item--disabled') }, it.to ? link(it.to, it.title, 'v-breadcrumbs-item--link') : it.title));
  });
  return ul;
}
function countdown(ctx, b, secs, label) {
  var left = secs;
  b.setDisabled(true);
  b.setText(label + ' (' + left + 's)');
  var t = setInterval(function () {
    left--;
    if (left <= 0) { clearInterval(t); b.setText(label); b.setDisabled(false); }
    else b.setText(label + ' (' + left + 's)');
  }, 1000);
  ctx.onUnmount(function () { clearInterval(t); });
}

var routes = {};
var currentCtx = null;
var router = {
  push: function (url, replace) {
    if (replace) history.replaceState({}, '', url);
    else if (location.pathname + location.search !== url) history.pushState({}, '', url);
    resolveRoute();
  },
};
window.addEventListener('popstate', function () { resolveRoute(); });
function resolveRoute() {
  var path = location.pathname.replace(/\/+$/, '') || '/';
  var def = routes[path] || routes['*'];
  if (def.auth && !app.auth) return router.push('/login', true);
  if (def.guest && app.auth) return router.push('/dashboard', true);
  if (def.otp && !app.pendingOtp) return router.push('/login', true);
  if (currentCtx) currentCtx.unmount();
  var fns = [];
  var ctx = { alive: true, onUnmount: function (f) { fns.push(f); }, unmount: function () { ctx.alive = false; fns.forEach(function (f) { try { f(); } catch (e) { /* ignore */ } }); } };
  currentCtx = ctx;
  layout.ensure();
  var el = def.view(ctx, new URLSearchParams(location.search));
  layout.setView(el);
  layout.markActive(path);
  document.title = def.title + ' | e-Invoice System';
  window.scrollTo(0, 0);
}

var MENU = [
  { title: 'Dash Board', icon: 'view-dashboard', to: '/dashboard' },
  { title: 'e-Invoice', icon: 'file-document', children: [
    { title: 'Generate IRN', to: '/e-invoice/generate-irn' }, { title: 'Bulk Upload', to: '/e-invoice/bulk-upload' },
    { title: 'Cancel IRN', to: '/e-invoice/cancel-irn' }, { title: 'Print e-Invoice', to: '/e-invoice/print' }] },
  { title: 'API Registration', icon: 'api', children: [
    { title: 'User Credentials', children: [
      { title: 'Create API User', to: '/api-registration/user-credentials/create-api-user' },
      { title: 'View API Users', to: '/api-registration/user-credentials/view-api-users' }] },
    { title: 'IP Whitelisting', to: '/api-registration/ip-whitelisting' },
    { title: 'Freeze API User', to: '/api-registration/freeze-api-user' },
    { title: 'Change API Password', to: '/api-registration/change-api-password' }] },
  { title: 'MIS Reports', icon: 'chart-bar', children: [
    { title: 'IRN Details', to: '/mis-reports/irn-details' }, { title: 'Cancelled IRNs', to: '/mis-reports/cancelled-irns' }] },
  { title: 'User Management', icon: 'account-group', children: [
    { title: 'Create Sub-User', to: '/user-management/create-sub-user' }, { title: 'Update Sub-User', to: '/user-management/update-sub-user' }] },
];

/** <v-list-group>: the header toggles, the items expand with the expand transition (300 ms). */
function expand(el, open) {
  if (el._expandCancel) el._expandCancel();
  var cls = open ? 'expand-transition-enter-active' : 'expand-transition-leave-active';
  var timer = 0;
  if (open) {
    el.style.display = '';
    var target = el.scrollHeight;
    el.style.overflow = 'hidden';
    el.style.height = '0px';
    void el.offsetHeight;
    el.classList.add(cls);
    requestAnimationFrame(function () { el.style.height = target + 'px'; });
  } else {
    el.style.overflow = 'hidden';
    el.style.height = el.offsetHeight + 'px';
    void el.offsetHeight;
    el.classList.add(cls);
    requestAnimationFrame(function () { el.style.height = '0px'; });
  }
  function done() { el.classList.remove(cls); el.style.removeProperty('height'); el.style.removeProperty('overflow'); if (!open) el.style.display = 'none'; el._expandCancel = null; }
  timer = setTimeout(done, 300);
  el._expandCancel = function () { clearTimeout(timer); el.classList.remove(cls); el.style.removeProperty('height'); el.style.removeProperty('overflow'); el._expandCancel = null; };
}
function navNodes(items, leaves, depth) {
  return items.map(function (it) {
    var prepend = it.icon ? h('div', { class: 'v-list-item__prepend' }, [icon(it.icon), h('div', { class: 'v-list-item__spacer' })]) : undefined;
    var content = h('div', { class: 'v-list-item__content', 'data-no-activator': '' }, h('div', { class: 'v-list-item-title' }, it.title));
    var base = 'v-list-item v-list-item--link v-theme--light v-list-item--density-default v-list-item--one-line v-list-item--rounded v-list-item--variant-text';
    if (!it.children) {
      var a = link(it.to, [h('span', { class: 'v-list-item__overlay' }), h('span', { class: 'v-list-item__underlay' }), prepend, content], base);
      a.setAttribute('tabindex', '-2');
      a.addEventListener('click', function () { if (layout.mobile) layout.setDrawer(false); });
      ripple(a);
      leaves.push({ to: it.to, el: a });
      return a;
    }
    var gid = 'v-list-group--id-' + it.title.replace(/\s+/g, '-') + '-' + getUid();
    var chevron = icon('chevron-down');
    var header = h('div', { class: base + ' v-list-group__header', tabindex: '-2', 'aria-expanded': 'false', id: gid }, [
      h('span', { class: 'v-list-item__overlay' }), h('span', { class: 'v-list-item__underlay' }), prepend, content,
      h('div', { class: 'v-list-item__append' }, [chevron, h('div', { class: 'v-list-item__spacer' })]),
    ]);
    var itemsEl = h('div', { class: 'v-list-group__items', role: 'group', 'aria-labelledby': gid, style: 'display: none;' }, navNodes(it.children, leaves, depth + 1));
    var group = h('div', { class: 'v-list-group' + (depth === 0 ? ' v-list-group--prepend' : '') }, [header, itemsEl]);
    var open = false;
    function set(v) {
      open = v;
      toggle(group, 'v-list-group--open', v);
      header.setAttribute('aria-expanded', String(v));
      setIcon(chevron, v ? 'chevron-up' : 'chevron-down');
      expand(itemsEl, v);
    }
    header.addEventListener('click', function () { set(!open); });
    header.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); set(!open); } });
    ripple(header);
    return group;
  });
}

var layout = {
  mode: null, main: null, view: null, nav: null, scrim: null, leaves: [], mobile: false, drawerOpen: true,
  ensure: function () {
    var mode = app.auth ? 'app' : 'public';
    if (mode === layout.mode) return;
    layout.mode = mode;
    layout.leaves = [];
    layout.view = null;
    var appEl = document.getElementById('app');
    clear(appEl);
    var wrap = h('div', { class: 'v-application__wrap' });
    appEl.appendChild(h('div', { class: 'v-application v-theme--light v-layout v-layout--full-height v-locale--is-ltr' }, wrap));
    var prepend, append;
    if (mode === 'app') {
      prepend = h('div', { class: 'v-toolbar__prepend' }, btn({ icon: 'menu', variant: 'text', class: 'v-app-bar-nav-icon', ariaLabel: 'Toggle navigation', onClick: function () { layout.setDrawer(!layout.drawerOpen); } }).el);
      var um = null;
      var ul = h('div', { class: 'v-list v-theme--light v-list--density-default v-list--one-line', tabindex: '0' });
      [['Profile', 'account', function () { router.push('/profile'); }], ['Change Password', 'lock', function () { snackbar('Change Password is available from the Profile page.', 'info'); }], ['Logout', 'logout', logout]].forEach(function (m) {
        var li = listItem({ title: m[0], icon: m[1], link: true });
        li.addEventListener('click', function () { if (um) um.close(); m[2](); });
        ul.appendChild(li);
      });
      var userBtn = btn({ text: (app.user && app.user.username) || 'User', variant: 'text', prependIcon: 'account-circle', onClick: function () {
        if (um && um.isOpen()) { um.close(); return; }
        um = connectedMenu({ activator: userBtn.el, child: ul, width: 220, alignRight: true, onClose: function () { um = null; } });
      } });
      append = h('div', { class: 'v-toolbar__append' }, [
        h('span', { class: 'v-chip v-theme--light v-chip--density-default v-chip--size-default v-chip--variant-tonal v-chip--label' }, [h('span', { class: 'v-chip__underlay' }), h('div', { class: 'v-chip__content' }, 'GSTIN: ' + ((app.user && app.user.gstin) || ''))]),
        userBtn.el,
      ]);
    } else {
      append = h('div', { class: 'v-toolbar__append' }, [
        btn({ text: 'Home', variant: 'text', onClick: function () { router.push('/'); } }).el,
        btn({ text: 'Help', variant: 'text', onClick: function () { snackbar('Help desk: 1800-103-4786 (e-Invoice).', 'info'); } }).el,
        btn({ text: 'Login', variant: 'elevated', prependIcon: 'lock', class: 'text-primary', onClick: function () { router.push('/login'); } }).el,
      ]);
    }
    wrap.appendChild(h('header', { class: 'v-toolbar v-toolbar--density-default bg-primary v-theme--light v-locale--is-ltr v-app-bar', style: 'top: 0px; z-index: 1006; transform: translateY(0%); position: fixed; left: 0px; width: calc(100% - 0px);' },
      h('div', { class: 'v-toolbar__content', style: 'height: 64px;' }, [
        prepend,
        h('div', { class: 'v-toolbar-title' }, h('div', { class: 'v-toolbar-title__placeholder' }, [h('img', { src: '/assets/logo.svg', alt: 'NIC' }), h('div', null, ['e-Invoice System', h('small', null, 'Goods and Services Tax Network')])])),
        h('div', { class: 'v-spacer' }),
        append,
      ])));
    layout.main = h('main', { class: 'v-main', style: '--v-layout-left: 0px; --v-layout-right: 0px; --v-layout-top: 64px; --v-layout-bottom: 0px;' }, [
      h('footer', { class: 'v-footer v-theme--light' }, 'Site designed, developed and hosted by National Informatics Centre. Contents provided by the Goods and Services Tax Network.'),
    ]);
    layout.nav = null;
    if (mode === 'app') {
      var list = h('div', { class: 'v-list v-list--nav v-theme--light v-list--density-default v-list--one-line', tabindex: '0' }, navNodes(MENU, layout.leaves, 0));
      layout.nav = h('nav', { class: 'v-navigation-drawer v-navigation-drawer--left v-navigation-drawer--active v-theme--light', style: 'left: 0px; z-index: 1004; transform: translateX(0%); position: fixed; height: calc(100% - 64px); top: 64px; bottom: 0px; width: 256px;' }, [
        h('div', { class: 'v-navigation-drawer__content' }, list),
      ]);
      wrap.appendChild(layout.nav);
      layout.mobile = window.innerWidth < 1280;
      layout.drawerOpen = !layout.mobile;
    }
    wrap.appendChild(layout.main);
    layout.applyDrawer();
  },
  applyDrawer: function () {
    if (!layout.nav) return;
    var open = layout.drawerOpen, temp = layout.mobile;
    layout.nav.className = cx(['v-navigation-drawer', 'v-navigation-drawer--left', open && 'v-navigation-drawer--active', temp && 'v-navigation-drawer--temporary', 'v-theme--light']);
    layout.nav.style.transform = open ? 'translateX(0%)' : 'translateX(-110%)';
    layout.nav.style.zIndex = temp ? '1007' : '1004';
    layout.main.style.setProperty('--v-layout-left', !temp && open ? '256px' : '0px');
    if (temp && open && !layout.scrim) {
      layout.scrim = h('div', { class: 'v-navigation-drawer__scrim', style: 'z-index: 1006;' });
      layout.scrim.addEventListener('click', function () { layout.setDrawer(false); });
      layout.nav.after(layout.scrim);
      transition(layout.scrim, 'fade-transition', 'enter');
    } else if (!(temp && open) && layout.scrim) {
      layout.scrim.remove();
      layout.scrim = null;
    }
  },
  setDrawer: function (v) { layout.drawerOpen = v; layout.applyDrawer(); },
  setView: function (el) {
    if (layout.view) layout.view.remove();
    layout.view = el;
    layout.main.insertBefore(el, layout.main.firstChild);
    transition(el, 'route', 'enter');
  },
  markActive: function (path) {
    layout.leaves.forEach(function (l) {
      var on = l.to === path;
      toggle(l.el, 'v-list-item--active', on);
      toggle(l.el, 'text-primary', on);
      if (on) l.el.setAttribute('aria-current', 'page'); else l.el.removeAttribute('aria-current');
    });
  },
};
window.addEventListener('resize', function () {
  if (!layout.nav) return;
  var m = window.innerWidth < 1280;
  if (m === layout.mobile) return;
  layout.mobile = m;
  layout.drawerOpen = !m;
  layout.applyDrawer();
});
function logout() {
  api('POST', '/api/auth/logout', {}).catch(function () { return null; }).then(function () {
    app.auth = false;
    app.user = null;
    router.push('/login?reason=logout');
  });
}
`;

/** The page script, part 5: the views (home, login, 2FA, dashboard and its dialogs). */
const JS_VIEWS_A = `
function homeView() {
  var updates = [
    ['01-04-2025', 'Two-factor authentication (2FA) is mandatory for all taxpayers on the e-Invoice portal.'],
    ['15-02-2025', 'Time limit of 30 days for reporting invoices applies to taxpayers with AATO of Rs. 10 crore and above.'],
    ['10-01-2025', 'New version of the Bulk Generation Tool released.'],
  ];
  return h('div', { class: 'v-container' }, [
    h('div', { class: 'v-row' }, [
      h('div', { class: 'v-col-12 v-col-md-8' }, card({ class: 'hero', title: 'Welcome to the e-Invoice System', subtitle: 'Invoice Registration Portal (IRP) operated by NIC', text: [
        h('p', { class: 'mb-2' }, 'Register your B2B invoices and get the Invoice Reference Number (IRN) and signed QR code. The e-Invoice System supports generation of IRN through the web, the API, offline tools and GSPs.'),
        h('p', null, 'Taxpayers use the API Registration menu after login to create API users for their GSP or ERP.'),
      ] })),
      h('div', { class: 'v-col-12 v-col-md-4' }, card({ title: 'Latest Updates', icon: 'information', text: h('div', { class: 'v-list v-theme--light v-list--density-default v-list--two-line pa-0' }, updates.map(function (u) { return listItem({ title: u[1], subtitle: u[0] }); })) })),
    ]),
    h('div', { class: 'v-row' }, [
      ['Generate IRN', 'Report invoices to the IRP one at a time or in bulk.', 'file-document'],
      ['API Access', 'Integrate your ERP through a GSP or directly.', 'api'],
      ['MIS Reports', 'Track generated and cancelled e-Invoices.', 'chart-bar'],
    ].map(function (c) { return h('div', { class: 'v-col-12 v-col-md-4' }, card({ title: c[0], icon: c[2], text: c[1] })); })),
  ]);
}

function centred(child) {
  return h('div', { class: 'v-container fill-height' }, h('div', { class: 'v-row justify-center' }, h('div', { class: 'v-col-12 v-col-sm-8 v-col-md-5' }, child)));
}

function loginView(ctx, q) {
  var reason = q.get('reason');
  var notice = reason === 'expired'
    ? alertBox('warning', 'Session Expired', 'Your session has expired. Please login again to continue.', { class: 'mb-6' })
    : reason === 'logout' ? alertBox('info', null, 'You have been logged out successfully.', { class: 'mb-6', closable: true }) : undefined;
  var user = textField({ label: 'Username', autocomplete: 'username', rules: [req('Username is required')] });
  var pass = textField({ label: 'Password', type: 'password', autocomplete: 'current-password', rules: [req('Password is required')] });
  var img = h('img', { class: 'v-img__img v-img__img--contain', src: '/api/auth/captcha?t=' + Date.now(), alt: 'Captcha', draggable: 'false' });
  var imgBox = h('div', { class: 'v-responsive v-img captcha-box', style: 'height: 48px; width: 150px; max-width: 150px;' }, [h('div', { class: 'v-responsive__sizer', style: 'padding-bottom: 32%;' }), img]);
  function newCaptcha() { img.src = '/api/auth/captcha?t=' + Date.now(); }
  var cap = textField({ label: 'Enter Captcha', maxlength: '6', autocomplete: 'off', rules: [req('Captcha is required')] });
  var refresh = btn({ icon: 'refresh', variant: 'text', ariaLabel: 'Refresh captcha', onClick: function () { newCaptcha(); cap.reset(); } });
  var loginBtn = btn({ text: 'Login', type: 'submit', color: 'primary', block: true, size: 'large' });
  var form = h('form', { class: 'v-form', novalidate: '' }, [
    user.el, pass.el,
    h('div', { class: 'd-flex align-center mb-4' }, [imgBox, refresh.el, h('div', { class: 'text-caption text-medium-emphasis ms-2' }, 'Enter the characters shown in the image.')]),
    cap.el, loginBtn.el,
  ]);
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    if (loginBtn.loading) return;
    var ok = [user.validate(), pass.validate(), cap.validate()].every(Boolean);
    if (!ok) return;
    loginBtn.setLoading(true);
    api('POST', '/api/auth/login', { username: user.value().trim(), password: pass.value(), captcha: cap.value().trim() }).then(function (r) {
      if (!ctx.alive) return;
      app.pendingOtp = { mobile: r.mobile };
      router.push('/login/otp');
    }).catch(function (err) {
      if (!ctx.alive) return;
      loginBtn.setLoading(false);
      if (err.handled) return;
      var d = err.response.data || {};
      newCaptcha();
      cap.reset();
      if (d.code === 'INVALID_CAPTCHA') { cap.setErrors([d.message]); cap.focus(); }
      else if (d.code === 'INVALID_CREDENTIALS') { pass.reset(); snackbar(d.message, 'error'); pass.focus(); }
      else snackbar(d.message || err.message, 'error');
    });
  });
  var forgot = btn({ text: 'Forgot Password?', variant: 'text', color: 'primary', size: 'small', onClick: function () { snackbar('Please use "Forgot Password" on the GST common portal or contact the help desk.', 'info'); } });
  return centred(h('div', { class: 'v-card v-theme--light v-card--density-default v-card--variant-elevated pa-4' }, [
    h('div', { class: 'v-card-item' }, [h('div', { class: 'v-card-item__prepend' }, icon('account-circle', 'v-icon--size-x-large text-primary')), h('div', { class: 'v-card-item__content' }, [h('div', { class: 'v-card-title' }, 'Login'), h('div', { class: 'v-card-subtitle' }, 'e-Invoice System')])]),
    h('div', { class: 'v-card-text' }, [notice, form]),
    h('div', { class: 'v-card-actions justify-center' }, forgot.el),
  ]));
}

function loginOtpView(ctx) {
  var mobile = (app.pendingOtp && app.pendingOtp.mobile) || 'your registered mobile number';
  var otp = textField({ label: 'Enter OTP', inputmode: 'numeric', maxlength: '6', autocomplete: 'one-time-code', counter: 6, rules: [req('OTP is required'), function (v) { return /^[0-9]{6}$/.test(v) || 'OTP must be 6 digits'; }] });
  var verify = btn({ text: 'Verify OTP', type: 'submit', color: 'primary', block: true, size: 'large' });
  var resend = btn({ text: 'Resend OTP', variant: 'text', color: 'primary', onClick: function () {
    api('POST', '/api/auth/otp/resend', {}).then(function (r) { if (!ctx.alive) return; snackbar(r.message, 'success'); countdown(ctx, resend, 30, 'Resend OTP'); }).catch(function (err) { if (!err.handled) snackbar(err.message, 'error'); });
  } });
  countdown(ctx, resend, 30, 'Resend OTP');
  var back = btn({ text: 'Back to Login', variant: 'text', onClick: function () { app.pendingOtp = null; router.push('/login'); } });
  var form = h('form', { class: 'v-form', novalidate: '' }, [otp.el, verify.el]);
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    if (verify.loading || !otp.validate()) return;
    verify.setLoading(true);
    api('POST', '/api/auth/otp/verify', { otp: otp.value().trim() }).then(function (r) {
      if (!ctx.alive) return;
      app.auth = true;
      app.user = r.user;
      app.pendingOtp = null;
      router.push('/dashboard');
    }).catch(function (err) {
      if (!ctx.alive) return;
      verify.setLoading(false);
      if (err.handled) return;
      otp.reset();
      otp.setErrors([(err.response.data && err.response.data.message) || err.message]);
      otp.focus();
    });
  });
  setTimeout(function () { if (ctx.alive) otp.focus(); }, 250);
  return centred(h('div', { class: 'v-card v-theme--light v-card--density-default v-card--variant-elevated pa-4' }, [
    h('div', { class: 'v-card-item' }, [h('div', { class: 'v-card-item__prepend' }, icon('shield-lock', 'v-icon--size-x-large text-primary')), h('div', { class: 'v-card-item__content' }, [h('div', { class: 'v-card-title' }, 'Two-Factor Authentication'), h('div', { class: 'v-card-subtitle' }, 'Verify OTP')])]),
    h('div', { class: 'v-card-text' }, [
      h('p', { class: 'mb-4' }, 'An OTP has been sent to your registered mobile number ' + mobile + '. You can also use the OTP shown in the Sandes app or the NIC-GST-Shield app.'),
      form,
    ]),
    h('div', { class: 'v-card-actions justify-space-between' }, [back.el, resend.el]),
  ]));
}

function dashboardView(ctx) {
  var loader = progressLinear(true);
  var greet = h('div', { class: 'text-body-2 text-medium-emphasis' }, '');
  var stats = h('div', { class: 'v-row' });
  var el = h('div', { class: 'v-container v-container--fluid' }, [
    breadcrumbs([{ title: 'Home' }, { title: 'Dash Board' }]),
    h('div', { class: 'mb-4' }, [h('h1', { class: 'text-h5' }, 'Dash Board'), greet]),
    loader,
    stats,
    h('div', { class: 'v-row' }, [
      h('div', { class: 'v-col-12 v-col-md-8' }, card({ title: 'Recent e-Invoices', text: table(['IRN Date', 'Document No.', 'Recipient GSTIN', 'Status'], [
        ['24-05-2025', 'UF/25-26/0412', '29AAACJ4323N1ZC', 'Generated'], ['24-05-2025', 'UF/25-26/0411', '27AAACR5055K1Z7', 'Generated'], ['23-05-2025', 'UF/25-26/0409', '24AAACB2894G1ZT', 'Cancelled'],
      ]) })),
      h('div', { class: 'v-col-12 v-col-md-4' }, card({ title: 'Notices', icon: 'information', text: h('div', { class: 'v-list v-theme--light v-list--density-default pa-0' }, [
        listItem({ title: 'API users: one per GSP', subtitle: 'Create from API Registration' }), listItem({ title: '2FA is mandatory', subtitle: 'Since 01-04-2025' }),
      ]) })),
    ]),
  ]);
  api('GET', '/api/dashboard').then(function (d) {
    if (!ctx.alive) return;
    loader.remove();
    greet.textContent = d.tradeName + ' (GSTIN: ' + d.gstin + ')';
    [['Generations', d.stats.generations, 'e-Invoices (IRNs) generated this month'], ['Cancelled', d.stats.cancelled, 'IRNs cancelled this month'], ['Bulk Uploads', d.stats.bulkUploads, 'Files uploaded this month'], ['API Users', d.stats.apiUsers, 'Active API users for this GSTIN']].forEach(function (s) {
      stats.appendChild(h('div', { class: 'v-col-12 v-col-sm-6 v-col-md-3' }, card({ class: 'stat-card', text: [h('div', { class: 'text-overline' }, s[0]), h('div', { class: 'text-h4' }, Number(s[1]).toLocaleString('en-IN')), h('div', { class: 'text-caption text-medium-emphasis' }, s[2])] })));
    });
    if (d.notices.indexOf('technical-contact') >= 0) {
      var t = setTimeout(function () { if (ctx.alive) contactDialog(ctx, d); }, 600);
      ctx.onUnmount(function () { clearTimeout(t); });
    }
  }).catch(function (err) {
    if (!ctx.alive) return;
    loader.remove();
    if (!err.handled) snackbar(err.message, 'error');
  });
  return el;
}

function contactDialog(ctx, d) {
  var c = d.technicalContact;
  var name = textField({ label: 'Name', value: c.name, rules: [req('Name is required')] });
  var mobile = textField({ label: 'Mobile Number', value: c.mobile, inputmode: 'numeric', rules: [req('Mobile number is required')] });
  var email = textField({ label: 'E-mail ID', value: c.email, rules: [req('E-mail ID is required')] });
  var dlg = dialog({
    title: 'Contacts of Technical Person', closeIcon: true, persistent: true, width: 560, divider: true,
    body: [h('p', { class: 'mb-4 text-body-2' }, 'Please verify the details of the technical person who handles e-Invoice API integration for GSTIN ' + d.gstin + '. Technical communications from NIC are sent to this contact.'), name.el, mobile.el, email.el],
    actions: [
      { text: 'Exit', onClick: function (a) { a.close('exit'); } },
      { text: 'Update', variant: 'elevated', color: 'primary', onClick: function (a) {
        if (![name.validate(), mobile.validate(), email.validate()].every(Boolean)) return;
        api('POST', '/api/profile/technical-contact', { name: name.value(), mobile: mobile.value(), email: email.value() }).then(function (r) {
          if (!ctx.alive) return;
          snackbar(r.message, 'success');
          a.close('update');
        }).catch(function (err) { if (!err.handled) snackbar(err.message, 'error'); });
      } },
    ],
    onClose: function () {
      if (!ctx.alive) return;
      var t = setTimeout(function () { if (ctx.alive) updateContactDialog(ctx, d); }, 300);
      ctx.onUnmount(function () { clearTimeout(t); });
    },
  });
  ctx.onUnmount(function () { dlg.destroy(); });
}

function updateContactDialog(ctx, d) {
  var dlg = dialog({
    title: 'Update your contact details', persistent: true, width: 480,
    body: [h('p', null, 'Your registered mobile number and e-mail ID were last verified on ' + d.contactVerifiedOn + '. OTPs for login and API registration are sent to the registered mobile number: please keep your contact details up to date.')],
    actions: [
      { text: 'Later', onClick: function (a) { a.close('later'); } },
      { text: 'Update Now', variant: 'elevated', color: 'primary', onClick: function (a) { a.close('update'); router.push('/profile'); } },
    ],
  });
  ctx.onUnmount(function () { dlg.destroy(); });
}
`;

/** The page script, part 6: Create API User, the other pages, the routes and the start. */
const JS_VIEWS_B = `
var PASSWORD_POLICY = 'Password must be 8 to 15 characters with at least one upper-case letter, one lower-case letter, one digit and one special character.';
function passwordOk(p) { return p.length >= 8 && p.length <= 15 && /[A-Z]/.test(p) && /[a-z]/.test(p) && /[0-9]/.test(p) && /[^A-Za-z0-9]/.test(p); }
var MODE_INFO = {
  DIRECT: 'Direct API access is available only to taxpayers with an aggregate annual turnover above Rs. 500 crore. It is not enabled for this GSTIN.',
  ERP: 'Registration through ERP is not enabled for this GSTIN. Please contact your ERP provider or register through a GSP.',
  OTHER: 'No taxpayer has shared a Client-Id with this GSTIN. The other taxpayer must first add your GSTIN under API Registration.',
};
function col6(el) { return h('div', { class: 'v-col-12 v-col-md-6' }, el); }

function createApiUserView(ctx) {
  var body = h('div', { class: 'v-card-text' });
  var el = h('div', { class: 'v-container v-container--fluid' }, [
    breadcrumbs([{ title: 'Home', to: '/dashboard' }, { title: 'API Registration' }, { title: 'User Credentials' }, { title: 'Create API User' }]),
    h('h1', { class: 'text-h5 mb-4' }, 'Create API User'),
    h('div', { class: 'v-card v-theme--light v-card--density-default v-card--variant-elevated' }, [
      h('div', { class: 'v-card__loader' }, progressLinear(false)),
      h('div', { class: 'v-card-item' }, [h('div', { class: 'v-card-item__prepend' }, icon('api', 'text-primary')), h('div', { class: 'v-card-item__content' }, [h('div', { class: 'v-card-title' }, 'API Registration'), h('div', { class: 'v-card-subtitle' }, 'User Credentials / Create API User')])]),
      h('hr', { class: 'v-divider v-theme--light', 'aria-orientation': 'horizontal', role: 'separator' }),
      body,
    ]),
  ]);
  var mobile = (app.user && app.user.mobile) || '';
  stepRequest();
  return el;

  function stepRequest() {
    clear(body);
    var send = btn({ text: 'Send OTP', color: 'primary', prependIcon: 'cellphone', onClick: function () {
      send.setLoading(true);
      api('POST', '/api/api-registration/otp/send', {}).then(function (r) {
        if (!ctx.alive) return;
        snackbar(r.message, 'success');
        stepOtp(r);
      }).catch(function (err) {
        if (!ctx.alive) return;
        send.setLoading(false);
        if (!err.handled) snackbar(err.message, 'error');
      });
    } });
    add(body, [
      h('p', { class: 'mb-4 text-body-2' }, 'To create an API user, verify your identity with an OTP sent to your registered mobile number ' + mobile + '.'),
      send.el,
    ]);
  }

  function stepOtp(r) {
    clear(body);
    var verify = btn({ text: 'Verify', color: 'primary', disabled: true, onClick: doVerify });
    var otp = otpInput({ length: 6, onChange: function (v) { verify.setDisabled(!/^[0-9]{6}$/.test(v)); } });
    var resend = btn({ text: 'Resend OTP', variant: 'text', color: 'primary', onClick: function () {
      resend.setLoading(true);
      api('POST', '/api/api-registration/otp/send', {}).then(function (r2) {
        if (!ctx.alive) return;
        resend.setLoading(false);
        snackbar(r2.message, 'success');
        otp.clear();
        otp.focus();
        countdown(ctx, resend, r2.resendAfterSeconds, 'Resend OTP');
      }).catch(function (err) { if (!ctx.alive) return; resend.setLoading(false); if (!err.handled) snackbar(err.message, 'error'); });
    } });
    countdown(ctx, resend, r.resendAfterSeconds, 'Resend OTP');
    add(body, [
      h('p', { class: 'mb-2 text-body-2' }, 'An OTP has been sent to your registered mobile number ' + r.mobile + '. It is valid for 10 minutes.'),
      h('div', { class: 'text-subtitle-2 mt-4' }, 'Enter OTP'),
      h('div', { class: 'd-flex', style: 'max-width: 360px;' }, otp.el),
      h('div', { class: 'd-flex align-center gap-2 mt-2' }, [verify.el, resend.el]),
    ]);
    setTimeout(function () { if (ctx.alive) otp.focus(); }, 100);
    function doVerify() {
      var v = otp.value();
      if (!/^[0-9]{6}$/.test(v)) return;
      verify.setLoading(true);
      otp.setDisabled(true);
      api('POST', '/api/api-registration/otp/verify', { otp: v }).then(function (res) {
        if (!ctx.alive) return;
        snackbar(res.message, 'success');
        stepForm();
      }).catch(function (err) {
        if (!ctx.alive) return;
        verify.setLoading(false);
        otp.setDisabled(false);
        if (err.handled) return;
        snackbar(err.message, 'error');
        otp.clear();
        otp.setError(true);
        otp.focus();
      });
    }
  }

  function stepForm() {
    clear(body);
    var gspSection, infoHost = h('div');
    var mode = radioGroup({ label: 'Do you wish to Register your GSTIN for', inline: true, options: [
      { value: 'DIRECT', label: 'Directly' }, { value: 'GSP', label: 'Through GSP' }, { value: 'ERP', label: 'Through ERP' }, { value: 'OTHER', label: 'Through Client-Id of other' },
    ], onChange: function (v) {
      clear(infoHost);
      var show = v === 'GSP';
      if (show !== (gspSection.style.display !== 'none')) expand(gspSection, show);
      submit.setDisabled(!show);
      if (!show) infoHost.appendChild(alertBox('info', null, MODE_INFO[v], { class: 'mt-4' }));
    } });
    var gsp = autocomplete({ label: 'Select your GSP' });
    ctx.onUnmount(gsp.destroy);
    var user = textField({ label: 'Username', prefix: 'API_', hint: 'The prefix API_ is added to the name you type. 3 to 30 characters.', rules: [
      req('Username is required'),
      function (v) { return !/^api_/i.test(v.trim()) || 'Do not type the API_ prefix: it is added automatically.'; },
      function (v) { return /^[A-Za-z0-9._-]{3,30}$/.test(v.trim()) || 'Username must be 3 to 30 characters: letters, digits, ".", "_" or "-".'; },
    ] });
    var pw = textField({ label: 'Password', type: 'password', autocomplete: 'new-password', rules: [req('Password is required'), function (v) { return passwordOk(v) || PASSWORD_POLICY; }] });
    var pw2 = textField({ label: 'Re-enter Password', type: 'password', autocomplete: 'new-password', rules: [req('Please re-enter the password'), function (v) { return v === pw.value() || 'Passwords do not match'; }] });
    gspSection = h('div', { class: 'mt-4', style: 'display: none;' }, h('div', { class: 'v-row' }, [col6(gsp.el), col6(user.el), col6(pw.el), col6(pw2.el)]));
    var submit = btn({ text: 'Submit', type: 'submit', color: 'primary' });
    var exit = btn({ text: 'Exit', variant: 'outlined', onClick: function () { router.push('/dashboard'); } });
    var form = h('form', { class: 'v-form', novalidate: '' }, [
      alertBox('info', null, 'OTP verified. Choose how you wish to register your GSTIN for API access.', { class: 'mb-6', density: 'compact', closable: true }),
      mode.el, infoHost, gspSection,
      h('div', { class: 'd-flex gap-2 mt-6' }, [submit.el, exit.el]),
    ]);
    form.addEventListener('submit', function (ev) { ev.preventDefault(); onSubmit(); });
    add(body, form);
    gsp.setLoading(true);
    api('GET', '/api/api-registration/gsps').then(function (r) {
      if (!ctx.alive) return;
      gsp.setLoading(false);
      gsp.setItems(r.items.map(function (g) { return { value: g.gspId, title: g.gspName }; }));
    }).catch(function (err) { if (ctx.alive && !err.handled) snackbar(err.message, 'error'); });

    function onSubmit() {
      if (submit.loading) return;
      if (mode.value() !== 'GSP') { if (!mode.value()) mode.setErrors(['Please select an option']); return; }
      var g = gsp.value();
      var ok = true;
      if (!g) { gsp.setErrors(['Please select your GSP']); ok = false; }
      ok = user.validate() && ok;
      ok = pw.validate() && ok;
      ok = pw2.validate() && ok;
      if (!ok) return;
      var typed = user.value().trim();
      var dlg = dialog({
        title: 'Confirm', width: 480,
        body: [
          h('p', null, ['Do you want to create the API user ', h('strong', null, 'API_' + typed), ' with ', h('strong', null, g.title), '?']),
          h('p', { class: 'mt-2 text-body-2 text-medium-emphasis' }, 'Note down the username and password: you will need them to generate the authentication token.'),
        ],
        actions: [
          { text: 'Cancel', onClick: function (a) { a.close('cancel'); } },
          { text: 'Confirm', variant: 'elevated', color: 'primary', onClick: function (a) { a.close('confirm'); create(g, typed); } },
        ],
      });
      ctx.onUnmount(function () { dlg.destroy(); });
    }
    function create(g, typed) {
      submit.setLoading(true);
      api('POST', '/api/api-registration/users', { mode: 'GSP', gspId: g.value, username: typed, password: pw.value(), confirmPassword: pw2.value() }).then(function (r) {
        if (!ctx.alive) return;
        snackbar('API user created successfully.', 'success');
        stepDone(r);
      }).catch(function (err) {
        if (!ctx.alive) return;
        submit.setLoading(false);
        if (err.handled) return;
        var d = err.response.data || {};
        if (d.field === 'username') user.setErrors([d.message]);
        else if (d.field === 'gsp') gsp.setErrors([d.message]);
        else if (d.field === 'password') pw.setErrors([d.message]);
        else if (d.field === 'confirmPassword') pw2.setErrors([d.message]);
        snackbar(d.message || err.message, 'error');
      });
    }
  }

  function stepDone(r) {
    clear(body);
    add(body, [
      alertBox('success', 'API User Created', r.message + ' Note down the username and password: they are needed to generate the authentication token through the API.', { class: 'mb-6' }),
      h('div', { class: 'text-h6 mb-2' }, 'GSPs registered for GSTIN ' + r.gstin),
      table(['Sl. No.', 'GSP Name', 'API Username', 'Created On', 'Status'], r.items.map(function (it, i) { return [String(i + 1), it.gsp, it.username, fmtDate(it.createdOn), it.status]; })),
      h('div', { class: 'd-flex gap-2 mt-6' }, btn({ text: 'Back to Dash Board', color: 'primary', onClick: function () { router.push('/dashboard'); } }).el),
    ]);
  }
}

function viewApiUsersView(ctx) {
  var host = h('div', { class: 'v-card-text' }, progressLinear(true));
  api('GET', '/api/api-registration/users').then(function (r) {
    if (!ctx.alive) return;
    clear(host);
    host.appendChild(table(['Sl. No.', 'GSP Name', 'API Username', 'Created On', 'Status'], r.items.map(function (it, i) { return [String(i + 1), it.gsp, it.username, fmtDate(it.createdOn), it.status]; })));
  }).catch(function (err) { if (ctx.alive && !err.handled) snackbar(err.message, 'error'); });
  return h('div', { class: 'v-container v-container--fluid' }, [
    breadcrumbs([{ title: 'Home', to: '/dashboard' }, { title: 'API Registration' }, { title: 'User Credentials' }, { title: 'View API Users' }]),
    h('h1', { class: 'text-h5 mb-4' }, 'View API Users'),
    h('div', { class: 'v-card v-theme--light v-card--density-default v-card--variant-elevated' }, host),
  ]);
}

function placeholder(title, group) {
  return function () {
    return h('div', { class: 'v-container v-container--fluid' }, [
      breadcrumbs([{ title: 'Home', to: '/dashboard' }, { title: group }, { title: title }]),
      h('h1', { class: 'text-h5 mb-4' }, title),
      card({ title: title, text: alertBox('info', null, 'No records found.', { density: 'compact' }) }),
    ]);
  };
}

function profileView() {
  var mobile = textField({ label: 'Registered Mobile Number', value: 'XXXXXX4821', readonly: true });
  var email = textField({ label: 'Registered E-mail ID', value: 'accounts@udayfab.in', readonly: true });
  return h('div', { class: 'v-container v-container--fluid' }, [
    breadcrumbs([{ title: 'Home', to: '/dashboard' }, { title: 'Profile' }]),
    h('h1', { class: 'text-h5 mb-4' }, 'Update Profile'),
    card({ title: 'Contact details', text: [alertBox('info', null, 'Contact details are updated on the GST common portal and synchronised here within 24 hours.', { class: 'mb-6', density: 'compact' }), h('div', { class: 'v-row' }, [col6(mobile.el), col6(email.el)])] }),
  ]);
}

function notFoundView() {
  return h('div', { class: 'v-container' }, card({ title: 'Page not found', text: ['The page you requested does not exist. ', link('/', 'Go to the home page')] }));
}

routes['/'] = { view: homeView, title: 'Home', guest: true };
routes['/login'] = { view: loginView, title: 'Login', guest: true };
routes['/login/otp'] = { view: loginOtpView, title: 'Verify OTP', otp: true };
routes['/dashboard'] = { view: dashboardView, title: 'Dash Board', auth: true };
routes['/profile'] = { view: profileView, title: 'Profile', auth: true };
routes['/api-registration/user-credentials/create-api-user'] = { view: createApiUserView, title: 'Create API User', auth: true };
routes['/api-registration/user-credentials/view-api-users'] = { view: viewApiUsersView, title: 'View API Users', auth: true };
(function addPlaceholders(items, group) {
  items.forEach(function (it) {
    if (it.children) addPlaceholders(it.children, it.title);
    else if (!routes[it.to]) routes[it.to] = { view: placeholder(it.title, group), title: it.title, auth: true };
  });
})(MENU, '');
routes['*'] = { view: notFoundView, title: 'Page not found' };

api('GET', '/api/auth/me').then(function (r) {
  app.auth = !!r.authenticated;
  app.user = r.user || null;
  if (r.pendingOtp) app.pendingOtp = { mobile: r.mobile };
}).catch(function () { return null; }).then(function () {
  document.getElementById('app').setAttribute('data-v-app', '');
  resolveRoute();
});
`;

const CLIENT_JS = `${JS_RUNTIME}${JS_OVERLAYS}${JS_INPUTS}${JS_APP}${JS_VIEWS_A}${JS_VIEWS_B}`;
