/**
 * Rendition r20-antd: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a React 18 + Ant Design 4 single-page
 * app built with Create React App would draw it: one HTML shell (`<div id="root">`) loading a hashed
 * `/static/js/main.*.js` and `/static/css/main.*.css`, a hand-written runtime that produces antd 4.24
 * DOM (class names, portals at the end of body, rc-motion classes, ARIA), react-router style
 * history.pushState routing, and a JSON API called with fetch (axios-style XSRF header).
 *
 * Choices made where the docs are silent:
 * - URLs: SPA routes `/` (home), `/login` (login and its 2FA step), `/dashboard`,
 *   `/api-registration/create-api-user`, an empty Card page for every other menu leaf and a 404
 *   Result for unknown routes; any extension-less path serves the shell (CRA fallback). API:
 *   `GET /api/session`, `GET /api/auth/captcha` (SVG), `POST /api/auth/login`,
 *   `POST /api/auth/otp/verify`, `POST /api/auth/otp/resend`, `POST /api/auth/logout`,
 *   `GET /api/dashboard`, `POST /api/api-registration/otp/send`,
 *   `POST /api/api-registration/otp/verify`, `GET /api/api-registration/gsp-list`,
 *   `GET /api/api-registration/registrations`, `POST /api/api-registration/register`. Everything
 *   typed travels in JSON POST bodies, never in a URL.
 * - Home: gov strip, header with emblem, "e-Invoice System", a horizontal ant-menu (Home, Search,
 *   Help, Contact Us; the last three only toast) and an `ant-btn-primary` "Login" (login icon) that
 *   routes to /login.
 * - Login: ANTD_R20_LOGIN is unitedtraders / Unit@2025. Card "Login" with vertical Form.Items
 *   "Username", "Password" (Input.Password, eye toggle), "Captcha" (input "Enter captcha", an SVG
 *   picture with noise lines and dots, an icon-only reload button titled "Refresh captcha"), a
 *   block "Login" submit button, links "Forgot Username?" / "Forgot Password?" (toasts). The
 *   captcha is checked first, case-insensitively. Wrong captcha: red explain "Invalid Captcha.
 *   Please enter the characters shown in the image." under Captcha plus a message.error toast, new
 *   picture, field cleared. Wrong name/password: red Alert "Invalid Login Credentials. Please check
 *   your username and password." in the card (new picture, captcha cleared). No lockout; every
 *   refusal can be retried.
 * - 2FA: the same card becomes "OTP Verification" with an info Alert (SMS / Sandes /
 *   NIC-GST-Shield), Form.Item "Enter OTP" (6 digits), block "Verify OTP", link buttons
 *   "Resend OTP" (30 s countdown) and "Back to Login". Wrong OTP: explain and toast "Invalid OTP.
 *   Please enter the correct OTP." Success: toast "Login successful", route /dashboard.
 * - Popups: on the first dashboard load of each session an antd Modal "Contacts of Technical
 *   Person" (Descriptions: name, designation, mobile, e-mail; footer "Update" primary and "Exit"
 *   danger; the x close; Esc closes; a mask click does not). Once closed it stays in the DOM with
 *   display:none as rc-dialog leaves it, and a notification "Advisory" (top right, 6 s) about 2FA
 *   follows. Later dashboard visits in the same session show neither.
 * - Dashboard: breadcrumb Home / Dashboard, h4 "Dash Board", Cards "Generations" and "Cancelled"
 *   (Today / This Month statistics), Card "Profile". Header: trade name, GSTIN tag, user, "Logout".
 * - Menu: dark Layout.Sider (256 px) with an inline ant-menu: Dashboard; e-Invoice (Generate,
 *   Cancel, Print, Bulk Upload); e-Way Bill (Generate by IRN, Cancel EWB); MIS Reports (IRN
 *   Details, Generated IRN Report, Cancelled IRN Report); API Registration (User Credentials
 *   (Create API User, Change API Password), IP Whitelisting, Freeze API User); User Management
 *   (Create Sub User, Freeze Sub User, Update Profile). Submenus open on click, are rendered on
 *   first open and animate with ant-motion-collapse; leaves are `<a href>` links routed client-side.
 * - API OTP: Create API User shows Card "API Registration" with Steps "OTP Verification /
 *   Registration Details / Completed" and at once POSTs the OTP send (Spin "Sending OTP..."), then
 *   toast "OTP has been sent to your registered mobile number ******3210", an info Alert,
 *   Form.Item "Enter OTP" (extra "The OTP is valid for 10 minutes."), "Verify OTP" primary and a
 *   "Resend OTP" link button (30 s countdown). Wrong OTP: explain and toast "Invalid OTP. Please
 *   enter the correct OTP sent to your registered mobile number." A failed send shows an error
 *   Alert with a "Send OTP" retry button. Success: toast "OTP verified successfully.".
 * - Registration form (vertical): Descriptions GSTIN / Legal Name / Registered Mobile; "Do you wish
 *   to Register your GSTIN for" as a solid button-style Radio.Group "Directly", "Through GSP",
 *   "Through ERP", "Through Client-Id of other" (0x0 radio inputs inside labels). Only "Through GSP"
 *   reveals "Select your GSP" (showSearch ant-select, placeholder "Select GSP", 25 GSP names; the
 *   dropdown is a portal at the end of body with rc-virtual-list: 32 px rows in 256 px, only the
 *   visible rows drawn, scrolled by wheel, keys or typing), "Username" (addonBefore "API_", 4 to 15
 *   letters or digits), "Password" and "Re-enter Password" (Input.Password; 8 to 15 chars with
 *   upper, lower, digit and special; mismatch "The two passwords that you entered do not match!").
 *   The other modes show an explanatory Alert and the server refuses them. Buttons "Submit"
 *   (primary) and "Exit" (to the dashboard). Below: Divider "GSPs registered for GSTIN <gstin>" and
 *   a bordered Table (Sl. No., GSP Name, API User Name, Created On, Status).
 * - Submit: client validation (red explain texts) and then Modal.confirm "Do you want to submit the
 *   API registration?" listing GSTIN, GSP and API_ username, buttons "Cancel" / "OK" (OK shows a
 *   loading icon while the POST runs).
 * - Verdicts: success gives toast "API user API_<name> created successfully.", all Steps done, a
 *   Result "API User created successfully" (subtitle naming user, GSTIN and GSP; buttons "Go to
 *   Dashboard" / "Register another GSP") and the registered-GSP table. Same GSTIN and GSP gives
 *   Modal.error "Already Registered" ("GSTIN <gstin> is already registered with the GSP <gsp>.
 *   Please select another GSP."); a taken name gives Modal.error "Username Not Available" plus an
 *   explain under Username; other refusals give Modal.error "Registration Failed". Seeded: TERA
 *   SOFTWARE LIMITED with API_tera01 (2021).
 * - Sessions: server-side Map behind a signed HttpOnly `connect.sid` cookie, 30 min idle; a
 *   double-submit `XSRF-TOKEN` cookie (set with the shell) must come back as `X-XSRF-TOKEN` on POSTs
 *   (else 403). Login creates a pre-2FA session; OTP success replaces it. An /api call without a
 *   live session answers 401 JSON {code: 'SESSION_EXPIRED'}; the client then closes confirm
 *   modals, toasts "Your session has expired. Please login again." and replaces the route with
 *   /login, whose card shows a warning Alert with the same text. A page GET of a protected route
 *   without a live session serves the shell, whose boot call to /api/session finds none and
 *   replaces the route with /login showing that Alert.
 * - expireOnce: the first request of the stage ('api-otp-send': the OTP send POST, resends
 *   included; 'api-otp-verify': the OTP check POST; 'submit': the register POST after the confirm)
 *   deletes the session, pushes the stage to state.expired and answers the 401 above. Once per
 *   server.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type AntdR20Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface AntdR20Options {
  expireOnce?: AntdR20Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface AntdR20State {
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

export interface AntdR20Rendition {
  url: string;
  close(): Promise<void>;
  state: AntdR20State;
}

export const ANTD_R20_LOGIN: { username: string; password: string } = {
  username: 'unitedtraders',
  password: 'Unit@2025',
};

const JS_PATH = '/static/js/main.7c1e4b2a.js';
const CSS_PATH = '/static/css/main.3f9d0c61.css';
const SESSION_COOKIE = 'connect.sid';
const XSRF_COOKIE = 'XSRF-TOKEN';
const IDLE_MS = 30 * 60 * 1000;
const MOBILE_MASKED = '******3210';

const GSP_NAMES: readonly string[] = [
  'ADAEQUARE INFO PRIVATE LIMITED',
  'ALANKIT LIMITED',
  'AVALARA TECHNOLOGIES PRIVATE LIMITED',
  'BODHTREE CONSULTING LIMITED',
  'BOTREE SOFTWARE INTERNATIONAL PRIVATE LIMITED',
  'BVM IT CONSULTING SERVICES INDIA PRIVATE LIMITED',
  'CHARTERED INFORMATION SYSTEMS PRIVATE LIMITED',
  'COMPUTER AGE MANAGEMENT SERVICES LIMITED',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'ERNST & YOUNG LLP',
  'EXCELLON SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'MASTERS INDIA PRIVATE LIMITED',
  'RELIANCE CORPORATE IT PARK LIMITED',
  'SESHAASAI BUSINESS FORMS PRIVATE LIMITED',
  'SIFY TECHNOLOGIES LIMITED',
  'Tally ( India) Private Ltd',
  'TATA CONSULTANCY SERVICES LIMITED',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'WEP SOLUTIONS LIMITED',
  'WIPRO LIMITED',
];

interface Session {
  id: string;
  stage: 'login-otp' | 'auth';
  lastSeen: number;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  contactShown: boolean;
}

type Json = Record<string, unknown>;

const SHELL = `<!doctype html><html lang="en"><head><meta charset="utf-8"/><link rel="icon" href="/favicon.ico"/><meta name="viewport" content="width=device-width,initial-scale=1"/><meta name="theme-color" content="#001529"/><meta name="description" content="e-Invoice System - Goods and Services Tax"/><link rel="manifest" href="/manifest.json"/><title>e-Invoice System</title><script defer="defer" src="${JS_PATH}"></script><link href="${CSS_PATH}" rel="stylesheet"></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>`;

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#001529"/><text x="16" y="21" text-anchor="middle" font-family="Arial" font-weight="bold" font-size="13" fill="#fff">e</text></svg>`;

const MANIFEST = JSON.stringify({
  short_name: 'e-Invoice',
  name: 'e-Invoice System',
  icons: [{ src: 'favicon.ico', sizes: '64x64 32x32 24x24 16x16', type: 'image/x-icon' }],
  start_url: '.',
  display: 'standalone',
  theme_color: '#001529',
  background_color: '#ffffff',
});

function escXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function captchaSvg(text: string): string {
  const rnd = (a: number, b: number): number => a + Math.random() * (b - a);
  const f = (n: number): string => n.toFixed(1);
  const colors = ['#1f3b73', '#7a1f1f', '#225522', '#4b2a6b', '#6b4b12', '#0f5c5c'];
  const pick = (): string => colors[Math.floor(Math.random() * colors.length)] ?? '#333';
  const parts: string[] = [
    '<svg xmlns="http://www.w3.org/2000/svg" width="130" height="42" viewBox="0 0 130 42">',
    '<rect width="130" height="42" fill="#eef3f8"/>',
  ];
  for (let i = 0; i < 7; i++) {
    parts.push(
      `<path d="M${f(rnd(0, 30))} ${f(rnd(0, 42))} Q ${f(rnd(30, 100))} ${f(rnd(0, 42))} ${f(rnd(100, 130))} ${f(rnd(0, 42))}" stroke="${pick()}" stroke-width="${f(rnd(0.6, 1.6))}" fill="none" opacity="0.65"/>`,
    );
  }
  const chars = [...text];
  const step = chars.length > 0 ? 110 / chars.length : 22;
  chars.forEach((ch, i) => {
    const x = 12 + i * step + rnd(-2, 2);
    const y = 29 + rnd(-4, 4);
    parts.push(
      `<text x="${f(x)}" y="${f(y)}" font-family="Georgia, 'Courier New', monospace" font-size="${f(rnd(22, 27))}" font-weight="bold" fill="${pick()}" transform="rotate(${f(rnd(-24, 24))} ${f(x + 7)} ${f(y - 8)})">${escXml(ch)}</text>`,
    );
  });
  for (let i = 0; i < 45; i++) {
    parts.push(
      `<circle cx="${f(rnd(0, 130))}" cy="${f(rnd(0, 42))}" r="${f(rnd(0.4, 1.3))}" fill="${pick()}" opacity="0.7"/>`,
    );
  }
  for (let i = 0; i < 2; i++) {
    parts.push(
      `<line x1="0" y1="${f(rnd(8, 34))}" x2="130" y2="${f(rnd(8, 34))}" stroke="${pick()}" stroke-width="1.2" opacity="0.55"/>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const k = part.slice(0, i).trim();
    const v = part.slice(i + 1).trim();
    try {
      out[k] = decodeURIComponent(v);
    } catch {
      out[k] = v;
    }
  }
  return out;
}

async function readJson(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += b.length;
    if (size <= 65536) chunks.push(b);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
  } catch {
    return {};
  }
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USERNAME_RULE = /^[A-Za-z0-9]{4,15}$/;

export async function startAntdR20Rendition(options: AntdR20Options = {}): Promise<AntdR20Rendition> {
  const state: AntdR20State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** The older registration on file (not one made here: `state.users` holds those). */
  const seeded: AntdR20State['users'] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: 'API_tera01',
      password: 'Tera@2021x',
      createdOn: '2021-02-15T06:12:41.000Z',
    },
  ];
  const onFile = () => [...seeded, ...state.users];

  const sessions = new Map<string, Session>();
  const secret = randomBytes(32);
  let expiryFired = false;

  const sign = (id: string): string =>
    `s:${id}.${createHmac('sha256', secret).update(id).digest('base64').replace(/=+$/, '')}`;
  const unsign = (raw: string | undefined): string | null => {
    if (!raw?.startsWith('s:')) return null;
    const dot = raw.lastIndexOf('.');
    if (dot < 2) return null;
    const id = raw.slice(2, dot);
    const expected = Buffer.from(sign(id));
    const got = Buffer.from(raw);
    return expected.length === got.length && timingSafeEqual(expected, got) ? id : null;
  };
  const sessionCookie = (id: string): string =>
    `${SESSION_COOKIE}=${encodeURIComponent(sign(id))}; Path=/; HttpOnly; SameSite=Lax`;

  const profile = (): Json => ({
    username: ANTD_R20_LOGIN.username,
    gstin: state.gstin,
    legalName: 'UNITED TRADERS',
    tradeName: 'M/S UNITED TRADERS',
    stateName: 'Maharashtra',
    mobile: MOBILE_MASKED,
    email: 'ac******@unitedtraders.in',
  });

  const registrations = (): Json[] =>
    onFile()
      .filter((u) => u.gstin === state.gstin)
      .map((u, i) => ({
        key: i + 1,
        gsp: u.gsp,
        username: u.username,
        createdOn: u.createdOn,
        status: 'Active',
      }));

  const baseHeaders = (): Record<string, string> => ({
    'X-Powered-By': 'Express',
    'Cache-Control': 'no-store',
  });

  const json = (
    res: ServerResponse,
    status: number,
    body: unknown,
    extra: Record<string, string | string[]> = {},
  ): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      ...baseHeaders(),
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(text)),
      ...extra,
    });
    res.end(text);
  };

  const sendText = (
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    extra: Record<string, string | string[]> = {},
  ): void => {
    res.writeHead(status, {
      ...baseHeaders(),
      'Content-Type': type,
      'Content-Length': String(Buffer.byteLength(body)),
      ...extra,
    });
    res.end(body);
  };

  const newSession = (stage: Session['stage']): Session => {
    const s: Session = {
      id: randomBytes(18).toString('base64url'),
      stage,
      lastSeen: Date.now(),
      apiOtpSent: false,
      apiOtpVerified: false,
      contactShown: false,
    };
    sessions.set(s.id, s);
    return s;
  };

  async function api(req: IncomingMessage, res: ServerResponse, method: string, path: string): Promise<void> {
    const cookies = parseCookies(req.headers.cookie);
    const sid = unsign(cookies[SESSION_COOKIE]);
    let session: Session | null = sid ? (sessions.get(sid) ?? null) : null;
    if (session && Date.now() - session.lastSeen > IDLE_MS) {
      sessions.delete(session.id);
      session = null;
    }
    if (session) session.lastSeen = Date.now();
    const body = method === 'POST' ? await readJson(req) : {};

    const lost = (): void =>
      json(res, 401, {
        status: 401,
        error: 'Unauthorized',
        code: 'SESSION_EXPIRED',
        message: 'Your session has expired. Please login again.',
      });
    const expireHere = (stage: AntdR20Expiry): boolean => {
      if (options.expireOnce !== stage || expiryFired) return false;
      expiryFired = true;
      if (session) sessions.delete(session.id);
      session = null;
      state.expired.push(stage);
      lost();
      return true;
    };

    if (method === 'POST') {
      const header = req.headers['x-xsrf-token'];
      const token = Array.isArray(header) ? header[0] : header;
      const cookie = cookies[XSRF_COOKIE];
      if (!cookie || !token || token !== cookie) {
        json(res, 403, {
          status: 403,
          code: 'CSRF',
          message: 'Your request could not be verified. Please reload the page and try again.',
        });
        return;
      }
    }

    const route = `${method} ${path}`;
    switch (route) {
      case 'GET /api/session': {
        if (!session) {
          json(res, 200, { authenticated: false, stage: 'anonymous' });
        } else if (session.stage === 'login-otp') {
          json(res, 200, { authenticated: false, stage: 'login-otp', mobile: MOBILE_MASKED });
        } else {
          json(res, 200, { authenticated: true, stage: 'auth', user: profile() });
        }
        return;
      }
      case 'GET /api/auth/captcha': {
        sendText(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
        return;
      }
      case 'POST /api/auth/login': {
        const username = str(body.username).trim();
        const password = str(body.password);
        const captcha = str(body.captcha).trim();
        if (!username || !password || !captcha) {
          json(res, 400, { code: 'VALIDATION', message: 'Please enter username, password and captcha.' });
          return;
        }
        if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
          state.refusals.push('captcha');
          json(res, 400, {
            code: 'INVALID_CAPTCHA',
            message: 'Invalid Captcha. Please enter the characters shown in the image.',
          });
          return;
        }
        if (
          username.toLowerCase() !== ANTD_R20_LOGIN.username.toLowerCase() ||
          password !== ANTD_R20_LOGIN.password
        ) {
          state.refusals.push('login');
          json(res, 400, {
            code: 'INVALID_CREDENTIALS',
            message: 'Invalid Login Credentials. Please check your username and password.',
          });
          return;
        }
        if (session) sessions.delete(session.id);
        const s = newSession('login-otp');
        json(
          res,
          200,
          {
            status: 'OTP_REQUIRED',
            mobile: MOBILE_MASKED,
            message: `OTP has been sent to your registered mobile number ${MOBILE_MASKED}`,
          },
          { 'Set-Cookie': sessionCookie(s.id) },
        );
        return;
      }
      case 'POST /api/auth/otp/resend': {
        if (session?.stage !== 'login-otp') return lost();
        json(res, 200, { message: `OTP has been resent to your registered mobile number ${MOBILE_MASKED}` });
        return;
      }
      case 'POST /api/auth/otp/verify': {
        if (session?.stage !== 'login-otp') return lost();
        const otp = str(body.otp).trim();
        if (otp !== state.loginOtp) {
          state.refusals.push('login-otp');
          json(res, 400, { code: 'INVALID_OTP', message: 'Invalid OTP. Please enter the correct OTP.' });
          return;
        }
        sessions.delete(session.id);
        const s = newSession('auth');
        json(res, 200, { status: 'SUCCESS', user: profile() }, { 'Set-Cookie': sessionCookie(s.id) });
        return;
      }
      case 'POST /api/auth/logout': {
        if (session) sessions.delete(session.id);
        json(
          res,
          200,
          { message: 'You have been logged out successfully.' },
          {
            'Set-Cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Expires=Thu, 01 Jan 1970 00:00:00 GMT`,
          },
        );
        return;
      }
      default:
        break;
    }

    const knownProtected = [
      'GET /api/dashboard',
      'POST /api/api-registration/otp/send',
      'POST /api/api-registration/otp/verify',
      'GET /api/api-registration/gsp-list',
      'GET /api/api-registration/registrations',
      'POST /api/api-registration/register',
    ];
    if (!knownProtected.includes(route)) {
      json(res, 404, { status: 404, error: 'Not Found', message: `Cannot ${method} ${path}` });
      return;
    }

    if (route === 'POST /api/api-registration/otp/send' && expireHere('api-otp-send')) return;
    if (route === 'POST /api/api-registration/otp/verify' && expireHere('api-otp-verify')) return;
    if (route === 'POST /api/api-registration/register' && expireHere('submit')) return;
    if (session?.stage !== 'auth') return lost();
    const s = session;

    switch (route) {
      case 'GET /api/dashboard': {
        const show = !s.contactShown;
        s.contactShown = true;
        json(res, 200, {
          gstin: state.gstin,
          legalName: 'UNITED TRADERS',
          generations: { today: 128, month: 2914 },
          cancelled: { today: 3, month: 41 },
          lastLogin: '12/06/2025 10:41:07 AM',
          showTechnicalContact: show,
          technicalContact: {
            name: 'Rahul Deshmukh',
            designation: 'IT Manager',
            mobile: '98******21',
            email: 'ra***@unitedtraders.in',
          },
        });
        return;
      }
      case 'POST /api/api-registration/otp/send': {
        s.apiOtpSent = true;
        s.apiOtpVerified = false;
        json(res, 200, {
          mobile: MOBILE_MASKED,
          validity: 600,
          message: `OTP has been sent to your registered mobile number ${MOBILE_MASKED}`,
        });
        return;
      }
      case 'POST /api/api-registration/otp/verify': {
        if (!s.apiOtpSent) {
          json(res, 400, { code: 'OTP_NOT_SENT', message: 'Please request an OTP first.' });
          return;
        }
        const otp = str(body.otp).trim();
        if (otp !== state.apiOtp) {
          state.refusals.push('api-otp');
          json(res, 400, {
            code: 'INVALID_OTP',
            message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
          });
          return;
        }
        s.apiOtpVerified = true;
        json(res, 200, { message: 'OTP verified successfully.' });
        return;
      }
      case 'GET /api/api-registration/gsp-list': {
        json(res, 200, { gsps: GSP_NAMES.map((name) => ({ value: name, label: name })) });
        return;
      }
      case 'GET /api/api-registration/registrations': {
        json(res, 200, { gstin: state.gstin, registrations: registrations() });
        return;
      }
      case 'POST /api/api-registration/register': {
        if (!s.apiOtpVerified) {
          json(res, 403, {
            code: 'OTP_REQUIRED',
            message: 'OTP verification is required before creating an API user. Please verify the OTP again.',
          });
          return;
        }
        const mode = str(body.mode);
        const gsp = str(body.gsp).trim();
        const typed = str(body.username).trim();
        const password = str(body.password);
        const confirm = str(body.confirmPassword);
        if (mode !== 'GSP') {
          json(res, 422, {
            code: 'MODE_NOT_ALLOWED',
            message:
              mode === 'DIRECT'
                ? `Direct API access is not enabled for GSTIN ${state.gstin} as its aggregate turnover does not exceed the notified limit. Please register through a GSP.`
                : `This option is not available for GSTIN ${state.gstin}. Please register through a GSP.`,
          });
          return;
        }
        if (!GSP_NAMES.includes(gsp)) {
          json(res, 400, { code: 'VALIDATION', message: 'Please select a valid GSP from the list.' });
          return;
        }
        if (!USERNAME_RULE.test(typed)) {
          json(res, 400, { code: 'VALIDATION', message: 'Username must be 4 to 15 letters or digits.' });
          return;
        }
        if (!PASSWORD_RULE.test(password)) {
          json(res, 400, {
            code: 'VALIDATION',
            message:
              'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
          });
          return;
        }
        if (password !== confirm) {
          json(res, 400, { code: 'VALIDATION', message: 'Password and Re-enter Password do not match.' });
          return;
        }
        const username = `API_${typed}`;
        if (onFile().some((u) => u.gstin === state.gstin && u.gsp.toLowerCase() === gsp.toLowerCase())) {
          state.refusals.push('duplicate');
          json(res, 409, {
            code: 'ALREADY_REGISTERED',
            message: `GSTIN ${state.gstin} is already registered with the GSP ${gsp}. Please select another GSP.`,
          });
          return;
        }
        if (onFile().some((u) => u.username.toLowerCase() === username.toLowerCase())) {
          state.refusals.push('username-taken');
          json(res, 409, {
            code: 'USERNAME_EXISTS',
            message: `The username ${username} is already in use. Please choose a different username.`,
          });
          return;
        }
        const user = { gstin: state.gstin, gsp, username, password, createdOn: new Date().toISOString() };
        state.users.push(user);
        json(res, 201, {
          message: `API user ${username} created successfully.`,
          user: { gstin: user.gstin, gsp: user.gsp, username: user.username, createdOn: user.createdOn },
          registrations: registrations(),
        });
        return;
      }
      default:
        lost();
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (path.startsWith('/api/')) {
      await api(req, res, method, path);
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      sendText(
        res,
        404,
        'text/html; charset=utf-8',
        `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Error</title></head><body><pre>Cannot ${escXml(method)} ${escXml(path)}</pre></body></html>`,
      );
      return;
    }
    if (path === JS_PATH) {
      sendText(res, 200, 'application/javascript; charset=UTF-8', CLIENT_JS, {
        'Cache-Control': 'public, max-age=31536000, immutable',
      });
      return;
    }
    if (path === CSS_PATH) {
      sendText(res, 200, 'text/css; charset=UTF-8', CLIENT_CSS, {
        'Cache-Control': 'public, max-age=31536000, immutable',
      });
      return;
    }
    if (path === '/favicon.ico') {
      sendText(res, 200, 'image/svg+xml', FAVICON);
      return;
    }
    if (path === '/manifest.json') {
      sendText(res, 200, 'application/json; charset=UTF-8', MANIFEST);
      return;
    }
    if (path === '/robots.txt') {
      sendText(
        res,
        200,
        'text/plain; charset=UTF-8',
        '# https://www.robotstxt.org/robotstxt.html\nUser-agent: *\nDisallow:\n',
      );
      return;
    }
    if (/\.[A-Za-z0-9]+$/.test(path)) {
      sendText(
        res,
        404,
        'text/html; charset=utf-8',
        `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Error</title></head><body><pre>Cannot GET ${escXml(path)}</pre></body></html>`,
      );
      return;
    }
    const cookies = parseCookies(req.headers.cookie);
    const extra: Record<string, string | string[]> = { 'Cache-Control': 'no-cache' };
    if (!cookies[XSRF_COOKIE])
      extra['Set-Cookie'] = `${XSRF_COOKIE}=${randomBytes(16).toString('hex')}; Path=/; SameSite=Lax`;
    sendText(res, 200, 'text/html; charset=utf-8', SHELL, extra);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ status: 500, message: 'Internal Server Error' }));
      } else {
        res.end();
      }
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// The compiled CSS bundle (antd 4 "antd/dist/antd.css" subset + App.css), as CRA would emit it.
// ---------------------------------------------------------------------------------------------
const CLIENT_CSS = String.raw`/*! antd v4.24.8 | MIT License (subset) */
html,body{width:100%;height:100%}
input::-ms-clear,input::-ms-reveal{display:none}
*,*::before,*::after{box-sizing:border-box}
html{font-family:sans-serif;line-height:1.15;-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%;-ms-overflow-style:scrollbar;-webkit-tap-highlight-color:rgba(0,0,0,0)}
body{margin:0;color:rgba(0,0,0,.85);font-size:14px;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Noto Sans',sans-serif,'Apple Color Emoji','Segoe UI Emoji','Segoe UI Symbol','Noto Color Emoji';font-variant:tabular-nums;line-height:1.5715;background-color:#fff;font-feature-settings:'tnum'}
[tabindex='-1']:focus{outline:none!important}
hr{box-sizing:content-box;height:0;overflow:visible}
h1,h2,h3,h4,h5,h6{margin-top:0;margin-bottom:.5em;color:rgba(0,0,0,.85);font-weight:500}
p{margin-top:0;margin-bottom:1em}
ol,ul,dl{margin-top:0;margin-bottom:1em}
b,strong{font-weight:bolder}
a{color:#1890ff;text-decoration:none;background-color:transparent;outline:none;cursor:pointer;transition:color .3s;-webkit-text-decoration-skip:objects}
a:hover{color:#40a9ff}
a:active{color:#096dd9}
a:active,a:hover{text-decoration:none;outline:0}
a:focus{text-decoration:none;outline:0}
img{vertical-align:middle;border-style:none}
svg:not(:root){overflow:hidden}
table{border-collapse:collapse}
th{text-align:inherit}
input,button,select,optgroup,textarea{margin:0;color:inherit;font-size:inherit;font-family:inherit;line-height:inherit}
button,input{overflow:visible}
button,select{text-transform:none}
button,html [type='button'],[type='reset'],[type='submit']{-webkit-appearance:button}
input[type='search']{-webkit-appearance:none}
::selection{color:#fff;background:#1890ff}
.anticon{display:inline-block;color:inherit;font-style:normal;line-height:0;text-align:center;text-transform:none;vertical-align:-.125em;text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased;-moz-osx-font-smoothing:grayscale}
.anticon>*{line-height:1}
.anticon svg{display:inline-block}
.anticon::before{display:none}
.anticon[tabindex]{cursor:pointer}
.anticon-spin,.anticon-spin::before{display:inline-block;animation:loadingCircle 1s infinite linear}
@keyframes loadingCircle{100%{transform:rotate(360deg)}}
[ant-click-animating-true],[ant-click-animating-without-extra-node='true']{position:relative}
[ant-click-animating-without-extra-node='true']::after{position:absolute;top:0;right:0;bottom:0;left:0;display:block;border-radius:inherit;box-shadow:0 0 0 0 #1890ff;opacity:.2;animation:fadeEffect 2s cubic-bezier(.08,.82,.17,1),waveEffect .4s cubic-bezier(.08,.82,.17,1);animation-fill-mode:forwards;content:'';pointer-events:none}
@keyframes waveEffect{100%{box-shadow:0 0 0 #1890ff;box-shadow:0 0 0 6px #1890ff}}
@keyframes fadeEffect{100%{opacity:0}}
.ant-fade-enter,.ant-fade-appear{animation-duration:.2s;animation-fill-mode:both;animation-play-state:paused}
.ant-fade-leave{animation-duration:.2s;animation-fill-mode:both;animation-play-state:paused}
.ant-fade-enter.ant-fade-enter-active,.ant-fade-appear.ant-fade-appear-active{animation-name:antFadeIn;animation-play-state:running}
.ant-fade-leave.ant-fade-leave-active{animation-name:antFadeOut;animation-play-state:running;pointer-events:none}
.ant-fade-enter,.ant-fade-appear{opacity:0;animation-timing-function:linear}
.ant-fade-leave{animation-timing-function:linear}
@keyframes antFadeIn{0%{opacity:0}100%{opacity:1}}
@keyframes antFadeOut{0%{opacity:1}100%{opacity:0}}
.ant-move-up-enter,.ant-move-up-appear{animation-duration:.2s;animation-fill-mode:both;animation-play-state:paused}
.ant-move-up-leave{animation-duration:.2s;animation-fill-mode:both;animation-play-state:paused}
.ant-move-up-enter.ant-move-up-enter-active,.ant-move-up-appear.ant-move-up-appear-active{animation-name:antMoveUpIn;animation-play-state:running}
.ant-move-up-leave.ant-move-up-leave-active{animation-name:antMoveUpOut;animation-play-state:running;pointer-events:none}
.ant-move-up-enter,.ant-move-up-appear{opacity:0;animation-timing-function:cubic-bezier(.08,.82,.17,1)}
.ant-move-up-leave{animation-timing-function:cubic-bezier(.6,.04,.98,.34)}
@keyframes antMoveUpIn{0%{transform:translateY(-100%);transform-origin:0 0;opacity:0}100%{transform:translateY(0%);transform-origin:0 0;opacity:1}}
@keyframes antMoveUpOut{0%{transform:translateY(0%);transform-origin:0 0;opacity:1}100%{transform:translateY(-100%);transform-origin:0 0;opacity:0}}
.ant-slide-up-enter,.ant-slide-up-appear,.ant-slide-down-enter,.ant-slide-down-appear{animation-duration:.2s;animation-fill-mode:both;animation-play-state:paused;transform:scale(0);transform-origin:0% 0%;opacity:0;animation-timing-function:cubic-bezier(.23,1,.32,1)}
.ant-slide-up-leave,.ant-slide-down-leave{animation-duration:.2s;animation-fill-mode:both;animation-play-state:paused;animation-timing-function:cubic-bezier(.755,.05,.855,.06)}
.ant-slide-up-enter.ant-slide-up-enter-active,.ant-slide-up-appear.ant-slide-up-appear-active{animation-name:antSlideUpIn;animation-play-state:running}
.ant-slide-up-leave.ant-slide-up-leave-active{animation-name:antSlideUpOut;animation-play-state:running;pointer-events:none}
.ant-slide-down-enter.ant-slide-down-enter-active,.ant-slide-down-appear.ant-slide-down-appear-active{animation-name:antSlideDownIn;animation-play-state:running}
.ant-slide-down-leave.ant-slide-down-leave-active{animation-name:antSlideDownOut;animation-play-state:running;pointer-events:none}
@keyframes antSlideUpIn{0%{transform:scaleY(.8);transform-origin:0% 0%;opacity:0}100%{transform:scaleY(1);transform-origin:0% 0%;opacity:1}}
@keyframes antSlideUpOut{0%{transform:scaleY(1);transform-origin:0% 0%;opacity:1}100%{transform:scaleY(.8);transform-origin:0% 0%;opacity:0}}
@keyframes antSlideDownIn{0%{transform:scaleY(.8);transform-origin:100% 100%;opacity:0}100%{transform:scaleY(1);transform-origin:100% 100%;opacity:1}}
@keyframes antSlideDownOut{0%{transform:scaleY(1);transform-origin:100% 100%;opacity:1}100%{transform:scaleY(.8);transform-origin:100% 100%;opacity:0}}
.ant-zoom-enter,.ant-zoom-appear{animation-duration:.2s;animation-fill-mode:both;animation-play-state:paused}
.ant-zoom-leave{animation-duration:.2s;animation-fill-mode:both;animation-play-state:paused}
.ant-zoom-enter.ant-zoom-enter-active,.ant-zoom-appear.ant-zoom-appear-active{animation-name:antZoomIn;animation-play-state:running}
.ant-zoom-leave.ant-zoom-leave-active{animation-name:antZoomOut;animation-play-state:running;pointer-events:none}
.ant-zoom-enter,.ant-zoom-appear{transform:scale(0);opacity:0;animation-timing-function:cubic-bezier(.08,.82,.17,1)}
.ant-zoom-enter-prepare,.ant-zoom-appear-prepare{transform:none}
.ant-zoom-leave{animation-timing-function:cubic-bezier(.78,.14,.15,.86)}
@keyframes antZoomIn{0%{transform:scale(.2);opacity:0}100%{transform:scale(1);opacity:1}}
@keyframes antZoomOut{0%{transform:scale(1)}100%{transform:scale(.2);opacity:0}}
.ant-motion-collapse-legacy{overflow:hidden}
.ant-motion-collapse{overflow:hidden}
.ant-motion-collapse-enter-active,.ant-motion-collapse-appear-active,.ant-motion-collapse-leave-active{transition:height .2s cubic-bezier(.645,.045,.355,1),opacity .2s cubic-bezier(.645,.045,.355,1)!important}
/* layout */
.ant-layout{display:flex;flex:auto;flex-direction:column;min-height:0;background:#f0f2f5}
.ant-layout,.ant-layout *{box-sizing:border-box}
.ant-layout.ant-layout-has-sider{flex-direction:row}
.ant-layout.ant-layout-has-sider>.ant-layout,.ant-layout.ant-layout-has-sider>.ant-layout-content{width:0}
.ant-layout-header,.ant-layout-footer{flex:0 0 auto}
.ant-layout-header{height:64px;padding:0 50px;color:rgba(0,0,0,.85);line-height:64px;background:#001529}
.ant-layout-footer{padding:24px 50px;color:rgba(0,0,0,.85);font-size:14px;background:#f0f2f5}
.ant-layout-content{flex:auto;min-height:0}
.ant-layout-sider{position:relative;min-width:0;background:#001529;transition:all .2s}
.ant-layout-sider-children{height:100%;margin-top:-.1px;padding-top:.1px}
.ant-row{display:flex;flex-flow:row wrap;min-width:0}
.ant-row::before,.ant-row::after{display:flex}
.ant-col{position:relative;max-width:100%;min-height:1px}
.ant-col-24{display:block;flex:0 0 100%;max-width:100%}
.ant-col-16{display:block;flex:0 0 66.66666667%;max-width:66.66666667%}
.ant-col-14{display:block;flex:0 0 58.33333333%;max-width:58.33333333%}
.ant-col-12{display:block;flex:0 0 50%;max-width:50%}
.ant-col-10{display:block;flex:0 0 41.66666667%;max-width:41.66666667%}
.ant-col-8{display:block;flex:0 0 33.33333333%;max-width:33.33333333%}
.ant-col-6{display:block;flex:0 0 25%;max-width:25%}
.ant-space{display:inline-flex}
.ant-space-vertical{flex-direction:column}
.ant-space-align-center{align-items:center}
.ant-space-item:empty{display:none}
/* button */
.ant-btn{line-height:1.5715;position:relative;display:inline-block;font-weight:400;white-space:nowrap;text-align:center;background-image:none;border:1px solid transparent;box-shadow:0 2px 0 rgba(0,0,0,.015);cursor:pointer;transition:all .3s cubic-bezier(.645,.045,.355,1);user-select:none;touch-action:manipulation;height:32px;padding:4px 15px;font-size:14px;border-radius:2px;color:rgba(0,0,0,.85);border-color:#d9d9d9;background:#fff}
.ant-btn>.anticon{line-height:1}
.ant-btn,.ant-btn:active,.ant-btn:focus{outline:0}
.ant-btn:not([disabled]):hover{text-decoration:none}
.ant-btn:not([disabled]):active{outline:0;box-shadow:none}
.ant-btn[disabled]{cursor:not-allowed}
.ant-btn[disabled]>*{pointer-events:none}
.ant-btn-lg{height:40px;padding:6.4px 15px;font-size:16px;border-radius:2px}
.ant-btn>span{display:inline-block}
.ant-btn:hover,.ant-btn:focus{color:#40a9ff;border-color:#40a9ff;background:#fff}
.ant-btn:active{color:#096dd9;border-color:#096dd9;background:#fff}
.ant-btn[disabled],.ant-btn[disabled]:hover,.ant-btn[disabled]:focus,.ant-btn[disabled]:active{color:rgba(0,0,0,.25);border-color:#d9d9d9;background:#f5f5f5;text-shadow:none;box-shadow:none}
.ant-btn-primary{color:#fff;border-color:#1890ff;background:#1890ff;text-shadow:0 -1px 0 rgba(0,0,0,.12);box-shadow:0 2px 0 rgba(0,0,0,.045)}
.ant-btn-primary:hover,.ant-btn-primary:focus{color:#fff;border-color:#40a9ff;background:#40a9ff}
.ant-btn-primary:active{color:#fff;border-color:#096dd9;background:#096dd9}
.ant-btn-primary[disabled],.ant-btn-primary[disabled]:hover{color:rgba(0,0,0,.25);border-color:#d9d9d9;background:#f5f5f5;text-shadow:none;box-shadow:none}
.ant-btn-dangerous{color:#ff4d4f;border-color:#ff4d4f;background:#fff}
.ant-btn-dangerous:hover,.ant-btn-dangerous:focus{color:#ff7875;border-color:#ff7875;background:#fff}
.ant-btn-dangerous:active{color:#d9363e;border-color:#d9363e;background:#fff}
.ant-btn-primary.ant-btn-dangerous{color:#fff;border-color:#ff4d4f;background:#ff4d4f}
.ant-btn-primary.ant-btn-dangerous:hover,.ant-btn-primary.ant-btn-dangerous:focus{color:#fff;border-color:#ff7875;background:#ff7875}
.ant-btn-link{color:#1890ff;border-color:transparent;background:transparent;box-shadow:none}
.ant-btn-link:hover,.ant-btn-link:focus{color:#40a9ff;border-color:transparent;background:transparent}
.ant-btn-link:active{color:#096dd9;border-color:transparent;background:transparent}
.ant-btn-link[disabled],.ant-btn-link[disabled]:hover,.ant-btn-link[disabled]:focus{color:rgba(0,0,0,.25);border-color:transparent;background:transparent}
.ant-btn-text{color:rgba(0,0,0,.85);border-color:transparent;background:transparent;box-shadow:none}
.ant-btn-text:hover,.ant-btn-text:focus{color:rgba(0,0,0,.85);background:rgba(0,0,0,.018);border-color:transparent}
.ant-btn-text:active{color:rgba(0,0,0,.85);background:rgba(0,0,0,.028);border-color:transparent}
.ant-btn-icon-only{width:32px;height:32px;padding:2.4px 0;font-size:16px;border-radius:2px;vertical-align:-3px}
.ant-btn-icon-only>*{font-size:16px}
.ant-btn::before{position:absolute;top:-1px;right:-1px;bottom:-1px;left:-1px;z-index:1;display:none;background:#fff;border-radius:inherit;opacity:.35;transition:opacity .2s;content:'';pointer-events:none}
.ant-btn .anticon{transition:margin-left .3s cubic-bezier(.645,.045,.355,1)}
.ant-btn>.anticon+span,.ant-btn>span+.anticon{margin-left:8px}
.ant-btn.ant-btn-loading{position:relative;cursor:default}
.ant-btn.ant-btn-loading:not([disabled]){pointer-events:none}
.ant-btn.ant-btn-loading::before{display:block}
.ant-btn>.ant-btn-loading-icon{transition:width .3s cubic-bezier(.645,.045,.355,1),opacity .3s cubic-bezier(.645,.045,.355,1)}
.ant-btn>.ant-btn-loading-icon .anticon{padding-right:8px;animation:none}
.ant-btn>.ant-btn-loading-icon .anticon svg{animation:loadingCircle 1s infinite linear}
.ant-btn-block{width:100%}
.ant-btn:empty{display:inline-block;width:0;visibility:hidden;content:'\a0'}
a.ant-btn{padding-top:.01px!important;line-height:30px}
/* input */
.ant-input-affix-wrapper{position:relative;display:inline-block;width:100%;min-width:0;padding:4px 11px;color:rgba(0,0,0,.85);font-size:14px;line-height:1.5715;background-color:#fff;background-image:none;border:1px solid #d9d9d9;border-radius:2px;transition:all .3s;display:inline-flex}
.ant-input-affix-wrapper:hover{border-color:#40a9ff;border-right-width:1px}
.ant-input-affix-wrapper:focus,.ant-input-affix-wrapper-focused{border-color:#40a9ff;box-shadow:0 0 0 2px rgba(24,144,255,.2);border-right-width:1px;outline:0}
.ant-input-affix-wrapper-lg{padding:6.5px 11px;font-size:16px}
.ant-input-affix-wrapper>input.ant-input{padding:0;border:none;outline:none}
.ant-input-affix-wrapper>input.ant-input:focus{box-shadow:none!important}
.ant-input-affix-wrapper::before{width:0;visibility:hidden;content:'\a0'}
.ant-input-prefix,.ant-input-suffix{display:flex;flex:none;align-items:center}
.ant-input-prefix>*:not(:last-child),.ant-input-suffix>*:not(:last-child){margin-right:8px}
.ant-input-suffix{margin-left:4px}
.ant-input-prefix{margin-right:4px}
.ant-input-prefix .anticon{color:rgba(0,0,0,.25)}
.ant-input{box-sizing:border-box;margin:0;font-variant:tabular-nums;list-style:none;font-feature-settings:'tnum';position:relative;display:inline-block;width:100%;min-width:0;padding:4px 11px;color:rgba(0,0,0,.85);font-size:14px;line-height:1.5715;background-color:#fff;background-image:none;border:1px solid #d9d9d9;border-radius:2px;transition:all .3s}
.ant-input::placeholder{color:#bfbfbf;user-select:none}
.ant-input:placeholder-shown{text-overflow:ellipsis}
.ant-input:hover{border-color:#40a9ff;border-right-width:1px}
.ant-input:focus,.ant-input-focused{border-color:#40a9ff;box-shadow:0 0 0 2px rgba(24,144,255,.2);border-right-width:1px;outline:0}
.ant-input[disabled]{color:rgba(0,0,0,.25);background-color:#f5f5f5;border-color:#d9d9d9;box-shadow:none;cursor:not-allowed;opacity:1}
.ant-input-lg{padding:6.5px 11px;font-size:16px}
.ant-input-status-error:not(.ant-input-disabled):not(.ant-input-borderless).ant-input,.ant-input-status-error:not(.ant-input-disabled):not(.ant-input-borderless).ant-input:hover{background:#fff;border-color:#ff4d4f}
.ant-input-status-error:not(.ant-input-disabled):not(.ant-input-borderless).ant-input:focus{border-color:#ff7875;box-shadow:0 0 0 2px rgba(255,77,79,.2);border-right-width:1px;outline:0}
.ant-input-affix-wrapper-status-error:not(.ant-input-affix-wrapper-disabled),.ant-input-affix-wrapper-status-error:not(.ant-input-affix-wrapper-disabled):hover{background:#fff;border-color:#ff4d4f}
.ant-input-affix-wrapper-status-error.ant-input-affix-wrapper-focused{border-color:#ff7875;box-shadow:0 0 0 2px rgba(255,77,79,.2)}
.ant-input-group-wrapper-status-error .ant-input-group-addon{color:#ff4d4f;border-color:#ff4d4f}
.ant-input-group{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;list-style:none;position:relative;display:table;width:100%;border-collapse:separate;border-spacing:0}
.ant-input-group-addon,.ant-input-group>.ant-input{display:table-cell}
.ant-input-group-addon:not(:first-child):not(:last-child),.ant-input-group>.ant-input:not(:first-child):not(:last-child){border-radius:0}
.ant-input-group-addon{width:1px;white-space:nowrap;vertical-align:middle;position:relative;padding:0 11px;color:rgba(0,0,0,.85);font-weight:400;font-size:14px;text-align:center;background-color:#fafafa;border:1px solid #d9d9d9;border-radius:2px;transition:all .3s}
.ant-input-group>.ant-input{float:left;width:100%;margin-bottom:0;text-align:inherit}
.ant-input-group>.ant-input:focus,.ant-input-group>.ant-input:hover{z-index:1;border-right-width:1px}
.ant-input-group-addon:first-child{border-right:0;border-top-right-radius:0;border-bottom-right-radius:0}
.ant-input-group>.ant-input:last-child{border-top-left-radius:0;border-bottom-left-radius:0}
.ant-input-group-wrapper{display:inline-block;width:100%;text-align:start;vertical-align:top}
.ant-input-password-icon.anticon{color:rgba(0,0,0,.45);cursor:pointer;transition:all .3s}
.ant-input-password-icon.anticon:hover{color:rgba(0,0,0,.85)}
/* form */
.ant-form{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;font-variant:tabular-nums;line-height:1.5715;list-style:none;font-feature-settings:'tnum'}
.ant-form-item{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;line-height:1.5715;list-style:none;margin-bottom:24px;vertical-align:top}
.ant-form-item-with-help{margin-bottom:0;transition:none}
.ant-form-item-hidden{display:none}
.ant-form-item-label{display:inline-block;flex-grow:0;overflow:hidden;white-space:nowrap;text-align:right;vertical-align:middle}
.ant-form-item-label>label{position:relative;display:inline-flex;align-items:center;max-width:100%;height:32px;color:rgba(0,0,0,.85);font-size:14px}
.ant-form-item-label>label.ant-form-item-required:not(.ant-form-item-required-mark-optional)::before{display:inline-block;margin-right:4px;color:#ff4d4f;font-size:14px;font-family:SimSun,sans-serif;line-height:1;content:'*'}
.ant-form-item-label>label::after{content:':';position:relative;top:-.5px;margin:0 8px 0 2px}
.ant-form-item-control{display:flex;flex-direction:column;flex-grow:1}
.ant-form-item-control:first-child:not([class^='ant-col-']):not([class*=' ant-col-']){width:100%}
.ant-form-item-control-input{position:relative;display:flex;align-items:center;min-height:32px}
.ant-form-item-control-input-content{flex:auto;max-width:100%}
.ant-form-item-explain,.ant-form-item-extra{clear:both;color:rgba(0,0,0,.45);font-size:14px;line-height:1.5715;transition:color .3s cubic-bezier(.215,.61,.355,1)}
.ant-form-item-explain-connected{width:100%}
.ant-form-item-extra{min-height:24px}
.ant-form-item-explain-error{color:#ff4d4f}
.ant-form-vertical .ant-form-item-row{flex-direction:column}
.ant-form-vertical .ant-form-item-label>label{height:auto}
.ant-form-vertical .ant-form-item .ant-form-item-control{width:100%}
.ant-form-vertical .ant-form-item-label{padding:0 0 8px;line-height:1.5715;white-space:initial;text-align:left}
.ant-form-vertical .ant-form-item-label>label{margin:0}
.ant-form-vertical .ant-form-item-label>label::after{display:none}
.ant-form-item-has-error .ant-select:not(.ant-select-disabled):not(.ant-select-customize-input) .ant-select-selector{background-color:#fff;border-color:#ff4d4f!important}
.ant-form-item-has-error .ant-radio-button-wrapper{border-color:#ff4d4f}
/* select */
.ant-select-single .ant-select-selector{display:flex}
.ant-select-single .ant-select-selector .ant-select-selection-search{position:absolute;top:0;right:11px;bottom:0;left:11px}
.ant-select-single .ant-select-selector .ant-select-selection-search-input{width:100%}
.ant-select-single .ant-select-selector .ant-select-selection-item,.ant-select-single .ant-select-selector .ant-select-selection-placeholder{padding:0;line-height:30px;transition:all .3s,visibility 0s}
.ant-select-single .ant-select-selector .ant-select-selection-item{position:relative;user-select:none}
.ant-select-single .ant-select-selector .ant-select-selection-placeholder{transition:none;pointer-events:none}
.ant-select-single .ant-select-selector::after,.ant-select-single .ant-select-selector .ant-select-selection-item::after,.ant-select-single .ant-select-selector .ant-select-selection-placeholder::after{display:inline-block;width:0;visibility:hidden;content:'\a0'}
.ant-select-single.ant-select-show-arrow .ant-select-selection-search{right:25px}
.ant-select-single.ant-select-show-arrow .ant-select-selection-item,.ant-select-single.ant-select-show-arrow .ant-select-selection-placeholder{padding-right:18px}
.ant-select-single.ant-select-open .ant-select-selection-item{color:#bfbfbf}
.ant-select-single:not(.ant-select-customize-input) .ant-select-selector{width:100%;height:32px;padding:0 11px}
.ant-select-single:not(.ant-select-customize-input) .ant-select-selector .ant-select-selection-search-input{height:30px}
.ant-select-single:not(.ant-select-customize-input) .ant-select-selector::after{line-height:30px}
.ant-select{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;font-variant:tabular-nums;line-height:1.5715;list-style:none;font-feature-settings:'tnum';position:relative;display:inline-block;cursor:pointer}
.ant-select:not(.ant-select-customize-input) .ant-select-selector{position:relative;background-color:#fff;border:1px solid #d9d9d9;border-radius:2px;transition:all .3s cubic-bezier(.645,.045,.355,1)}
.ant-select:not(.ant-select-customize-input) .ant-select-selector input{cursor:pointer}
.ant-select-show-search.ant-select:not(.ant-select-customize-input) .ant-select-selector{cursor:text}
.ant-select-show-search.ant-select:not(.ant-select-customize-input) .ant-select-selector input{cursor:auto}
.ant-select-focused:not(.ant-select-disabled).ant-select:not(.ant-select-customize-input) .ant-select-selector{border-color:#40a9ff;box-shadow:0 0 0 2px rgba(24,144,255,.2);border-right-width:1px;outline:0}
.ant-select:not(.ant-select-customize-input) .ant-select-selector .ant-select-selection-search-input{margin:0;padding:0;background:transparent;border:none;outline:none;appearance:none}
.ant-select:not(.ant-select-customize-input) .ant-select-selector .ant-select-selection-search-input::-webkit-search-cancel-button{display:none;-webkit-appearance:none}
.ant-select:not(.ant-select-disabled):hover .ant-select-selector{border-color:#40a9ff;border-right-width:1px}
.ant-select-status-error.ant-select:not(.ant-select-disabled):not(.ant-select-customize-input) .ant-select-selector{background-color:#fff;border-color:#ff4d4f!important}
.ant-select-selection-item{flex:1;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.ant-select-selection-placeholder{flex:1;overflow:hidden;color:#bfbfbf;white-space:nowrap;text-overflow:ellipsis;pointer-events:none}
.ant-select-arrow{display:inline-flex;color:inherit;font-style:normal;line-height:0;text-transform:none;vertical-align:-.125em;text-rendering:optimizeLegibility;position:absolute;top:50%;right:11px;display:flex;align-items:center;height:12px;margin-top:-6px;color:rgba(0,0,0,.25);font-size:12px;line-height:1;text-align:center;pointer-events:none}
.ant-select-arrow>*{line-height:1}
.ant-select-arrow svg{display:inline-block}
.ant-select-arrow .anticon{vertical-align:top;transition:transform .3s}
.ant-select-arrow .anticon>svg{vertical-align:top}
.ant-select-dropdown{margin:0;padding:0;color:rgba(0,0,0,.85);font-variant:initial;line-height:1.5715;list-style:none;font-feature-settings:'tnum';position:absolute;top:-9999px;left:-9999px;z-index:1050;box-sizing:border-box;padding:4px 0;overflow:hidden;font-size:14px;background-color:#fff;border-radius:2px;outline:none;box-shadow:0 3px 6px -4px rgba(0,0,0,.12),0 6px 16px 0 rgba(0,0,0,.08),0 9px 28px 8px rgba(0,0,0,.05)}
.ant-select-dropdown-hidden{display:none}
.ant-select-dropdown-empty{color:rgba(0,0,0,.25)}
.ant-select-item-empty{position:relative;display:block;min-height:32px;padding:5px 12px;color:rgba(0,0,0,.85);font-weight:400;font-size:14px;line-height:22px;color:rgba(0,0,0,.25)}
.ant-select-item{position:relative;display:block;min-height:32px;padding:5px 12px;color:rgba(0,0,0,.85);font-weight:400;font-size:14px;line-height:22px;cursor:pointer;transition:background .3s ease}
.ant-select-item-option{display:flex}
.ant-select-item-option-content{flex:auto;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.ant-select-item-option-state{flex:none}
.ant-select-item-option-active:not(.ant-select-item-option-disabled){background-color:#f5f5f5}
.ant-select-item-option-selected:not(.ant-select-item-option-disabled){color:rgba(0,0,0,.85);font-weight:600;background-color:#e6f7ff}
.rc-virtual-list-holder{overflow-anchor:none}
/* radio */
.ant-radio-group{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;font-variant:tabular-nums;line-height:1.5715;list-style:none;font-feature-settings:'tnum';display:inline-block;font-size:0}
.ant-radio-button-wrapper{position:relative;display:inline-block;height:32px;margin:0;padding:0 15px;color:rgba(0,0,0,.85);font-size:14px;line-height:30px;background:#fff;border:1px solid #d9d9d9;border-top-width:1.02px;border-left-width:0;cursor:pointer;transition:color .3s,background .3s,border-color .3s,box-shadow .3s}
.ant-radio-button-wrapper a{color:rgba(0,0,0,.85)}
.ant-radio-button-wrapper>.ant-radio-button{position:absolute;top:0;left:0;z-index:-1;width:100%;height:100%}
.ant-radio-button-wrapper:not(:first-child)::before{position:absolute;top:-1px;left:-1px;display:block;box-sizing:content-box;width:1px;height:100%;padding:1px 0;background-color:#d9d9d9;transition:background-color .3s;content:''}
.ant-radio-button-wrapper:first-child{border-left:1px solid #d9d9d9;border-radius:2px 0 0 2px}
.ant-radio-button-wrapper:last-child{border-radius:0 2px 2px 0}
.ant-radio-button-wrapper:hover{position:relative;color:#1890ff}
.ant-radio-button-wrapper:focus-within{box-shadow:0 0 0 3px rgba(24,144,255,.12)}
.ant-radio-button-wrapper .ant-radio-inner,.ant-radio-button-wrapper input[type='checkbox'],.ant-radio-button-wrapper input[type='radio']{width:0;height:0;opacity:0;pointer-events:none}
.ant-radio-button-wrapper-checked:not(.ant-radio-button-wrapper-disabled){z-index:1;color:#1890ff;background:#fff;border-color:#1890ff}
.ant-radio-button-wrapper-checked:not(.ant-radio-button-wrapper-disabled)::before{background-color:#1890ff}
.ant-radio-button-wrapper-checked:not(.ant-radio-button-wrapper-disabled):first-child{border-color:#1890ff}
.ant-radio-group-solid .ant-radio-button-wrapper-checked:not(.ant-radio-button-wrapper-disabled){color:#fff;background:#1890ff;border-color:#1890ff}
.ant-radio-group-solid .ant-radio-button-wrapper-checked:not(.ant-radio-button-wrapper-disabled):hover{color:#fff;background:#40a9ff;border-color:#40a9ff}
/* menu */
.ant-menu{box-sizing:border-box;margin:0;padding:0;font-variant:tabular-nums;line-height:1.5715;font-feature-settings:'tnum';margin-bottom:0;padding-left:0;color:rgba(0,0,0,.85);font-size:14px;line-height:0;text-align:left;list-style:none;background:#fff;outline:none;box-shadow:0 3px 6px -4px rgba(0,0,0,.12),0 6px 16px 0 rgba(0,0,0,.08),0 9px 28px 8px rgba(0,0,0,.05);transition:background .3s,width .3s cubic-bezier(.2,0,0,1) 0s}
.ant-menu::before{display:table;content:''}
.ant-menu::after{display:table;clear:both;content:''}
.ant-menu.ant-menu-root:focus-visible{box-shadow:0 0 0 2px #bae7ff}
.ant-menu ul,.ant-menu ol{margin:0;padding:0;list-style:none}
.ant-menu-overflow{display:flex}
.ant-menu-overflow-item{flex:none}
.ant-menu-hidden,.ant-menu-submenu-hidden{display:none}
.ant-menu-title-content{transition:color .3s}
.ant-menu-item a{color:rgba(0,0,0,.85)}
.ant-menu-item a:hover{color:#1890ff}
.ant-menu-item a::before{position:absolute;top:0;right:0;bottom:0;left:0;background-color:transparent;content:''}
.ant-menu-item,.ant-menu-submenu{border-radius:0}
.ant-menu-submenu,.ant-menu-submenu-inline{transition:border-color .3s cubic-bezier(.645,.045,.355,1),background .3s cubic-bezier(.645,.045,.355,1),padding .15s cubic-bezier(.645,.045,.355,1)}
.ant-menu-item:active,.ant-menu-submenu-title:active{background:#e6f7ff}
.ant-menu-item,.ant-menu-submenu-title{position:relative;display:block;margin:0;padding:0 20px;white-space:nowrap;cursor:pointer;transition:border-color .3s,background .3s,padding .3s cubic-bezier(.645,.045,.355,1)}
.ant-menu-item .ant-menu-item-icon,.ant-menu-submenu-title .ant-menu-item-icon,.ant-menu-item .anticon,.ant-menu-submenu-title .anticon{min-width:14px;font-size:14px;transition:font-size .15s cubic-bezier(.215,.61,.355,1),margin .3s cubic-bezier(.645,.045,.355,1),color .3s}
.ant-menu-item .ant-menu-item-icon+span,.ant-menu-submenu-title .ant-menu-item-icon+span,.ant-menu-item .anticon+span,.ant-menu-submenu-title .anticon+span{margin-left:10px;opacity:1;transition:opacity .3s cubic-bezier(.645,.045,.355,1),margin .3s,color .3s}
.ant-menu-submenu-arrow{position:absolute;top:50%;right:16px;width:10px;color:rgba(0,0,0,.85);transform:translateY(-50%);transition:transform .3s cubic-bezier(.645,.045,.355,1)}
.ant-menu-submenu-arrow::before,.ant-menu-submenu-arrow::after{position:absolute;width:6px;height:1.5px;background-color:currentcolor;border-radius:2px;transition:background .3s cubic-bezier(.645,.045,.355,1),transform .3s cubic-bezier(.645,.045,.355,1),top .3s cubic-bezier(.645,.045,.355,1),color .3s cubic-bezier(.645,.045,.355,1);content:''}
.ant-menu-submenu-arrow::before{transform:rotate(45deg) translateY(-2.5px)}
.ant-menu-submenu-arrow::after{transform:rotate(-45deg) translateY(2.5px)}
.ant-menu-submenu-inline .ant-menu-submenu-arrow::before{transform:rotate(-45deg) translateX(2.5px)}
.ant-menu-submenu-inline .ant-menu-submenu-arrow::after{transform:rotate(45deg) translateX(-2.5px)}
.ant-menu-submenu-open.ant-menu-submenu-inline>.ant-menu-submenu-title>.ant-menu-submenu-arrow{transform:translateY(-2px)}
.ant-menu-submenu-open.ant-menu-submenu-inline>.ant-menu-submenu-title>.ant-menu-submenu-arrow::after{transform:rotate(-45deg) translateX(-2.5px)}
.ant-menu-submenu-open.ant-menu-submenu-inline>.ant-menu-submenu-title>.ant-menu-submenu-arrow::before{transform:rotate(45deg) translateX(2.5px)}
.ant-menu-inline,.ant-menu-vertical{border-right:1px solid #f0f0f0}
.ant-menu-inline .ant-menu-item,.ant-menu-inline .ant-menu-submenu-title{position:relative;height:40px;margin-top:4px;margin-bottom:4px;padding:0 16px;overflow:hidden;line-height:40px;text-overflow:ellipsis}
.ant-menu-inline .ant-menu-submenu{padding-bottom:.02px}
.ant-menu-inline .ant-menu-item:not(:last-child){margin-bottom:8px}
.ant-menu-inline>.ant-menu-item,.ant-menu-inline>.ant-menu-submenu>.ant-menu-submenu-title{height:40px;line-height:40px}
.ant-menu-inline{width:100%}
.ant-menu-inline .ant-menu-item,.ant-menu-inline .ant-menu-submenu-title{width:calc(100% + 1px)}
.ant-menu-inline .ant-menu-submenu-title{padding-right:34px}
.ant-menu-sub.ant-menu-inline{padding:0;background:#fafafa;border:0;border-radius:0;box-shadow:none}
.ant-menu-sub.ant-menu-inline>.ant-menu-item,.ant-menu-sub.ant-menu-inline>.ant-menu-submenu>.ant-menu-submenu-title{height:40px;line-height:40px;list-style-position:inside;list-style-type:disc}
.ant-menu-horizontal{line-height:46px;border:0;border-bottom:1px solid #f0f0f0;box-shadow:none}
.ant-menu-horizontal>.ant-menu-item,.ant-menu-horizontal>.ant-menu-submenu{position:relative;top:1px;display:inline-block;vertical-align:bottom;padding:0 20px}
.ant-menu-horizontal>.ant-menu-item:hover,.ant-menu-horizontal>.ant-menu-item-active,.ant-menu-horizontal>.ant-menu-item-selected{color:#1890ff}
.ant-menu-horizontal>.ant-menu-item::after{position:absolute;right:20px;bottom:0;left:20px;border-bottom:2px solid transparent;transition:border-color .3s cubic-bezier(.645,.045,.355,1);content:''}
.ant-menu-horizontal>.ant-menu-item:hover::after,.ant-menu-horizontal>.ant-menu-item-active::after,.ant-menu-horizontal>.ant-menu-item-selected::after{border-bottom:2px solid #1890ff}
.ant-menu-horizontal>.ant-menu-item a{color:rgba(0,0,0,.85)}
.ant-menu-horizontal::after{display:block;clear:both;height:0;content:'\20'}
.ant-menu-dark .ant-menu-sub,.ant-menu.ant-menu-dark,.ant-menu.ant-menu-dark .ant-menu-sub{color:rgba(255,255,255,.65);background:#001529}
.ant-menu.ant-menu-dark .ant-menu-submenu-title .ant-menu-submenu-arrow,.ant-menu.ant-menu-dark .ant-menu-sub .ant-menu-submenu-title .ant-menu-submenu-arrow{opacity:.45;transition:all .3s}
.ant-menu.ant-menu-dark .ant-menu-submenu-title .ant-menu-submenu-arrow::after,.ant-menu.ant-menu-dark .ant-menu-submenu-title .ant-menu-submenu-arrow::before{background:#fff}
.ant-menu-dark.ant-menu-submenu-popup{background:transparent}
.ant-menu-dark .ant-menu-inline.ant-menu-sub{background:#000c17}
.ant-menu-dark.ant-menu-inline,.ant-menu-dark.ant-menu-vertical{border-right:0}
.ant-menu-dark.ant-menu-inline .ant-menu-item,.ant-menu-dark.ant-menu-vertical .ant-menu-item{left:0;margin-left:0;border-right:0}
.ant-menu-dark.ant-menu-inline .ant-menu-item::after{border-right:0}
.ant-menu-dark.ant-menu-inline .ant-menu-item,.ant-menu-dark.ant-menu-inline .ant-menu-submenu-title{width:100%}
.ant-menu-dark .ant-menu-item,.ant-menu-dark .ant-menu-item-group-title,.ant-menu-dark .ant-menu-item>a,.ant-menu-dark .ant-menu-item>span>a{color:rgba(255,255,255,.65)}
.ant-menu-dark .ant-menu-item:hover,.ant-menu-dark .ant-menu-item-active,.ant-menu-dark .ant-menu-submenu-active,.ant-menu-dark .ant-menu-submenu-open,.ant-menu-dark .ant-menu-submenu-selected,.ant-menu-dark .ant-menu-submenu-title:hover{color:#fff;background-color:transparent}
.ant-menu-dark .ant-menu-item:hover>a,.ant-menu-dark .ant-menu-item-active>a,.ant-menu-dark .ant-menu-item:hover>span>a,.ant-menu-dark .ant-menu-item-active>span>a,.ant-menu-dark .ant-menu-submenu-title:hover>a{color:#fff}
.ant-menu-dark .ant-menu-item:hover>.ant-menu-submenu-title>.ant-menu-submenu-arrow,.ant-menu-dark .ant-menu-submenu-active>.ant-menu-submenu-title>.ant-menu-submenu-arrow,.ant-menu-dark .ant-menu-submenu-open>.ant-menu-submenu-title>.ant-menu-submenu-arrow,.ant-menu-dark .ant-menu-submenu-title:hover>.ant-menu-submenu-arrow{opacity:1}
.ant-menu-dark .ant-menu-item:hover{background-color:transparent}
.ant-menu-dark.ant-menu-dark:not(.ant-menu-horizontal) .ant-menu-item-selected{background-color:#1890ff}
.ant-menu-dark .ant-menu-item-selected{color:#fff;border-right:0}
.ant-menu-dark .ant-menu-item-selected::after{border-right:0}
.ant-menu-dark .ant-menu-item-selected>a,.ant-menu-dark .ant-menu-item-selected>span>a,.ant-menu-dark .ant-menu-item-selected>a:hover,.ant-menu-dark .ant-menu-item-selected>span>a:hover{color:#fff}
.ant-menu-dark .ant-menu-item-selected .ant-menu-item-icon,.ant-menu-dark .ant-menu-item-selected .anticon{color:#fff}
.ant-menu-dark .ant-menu-submenu-selected{color:#fff}
/* card */
.ant-card{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;font-variant:tabular-nums;line-height:1.5715;list-style:none;font-feature-settings:'tnum';position:relative;background:#fff;border-radius:2px}
.ant-card-bordered{border:1px solid #f0f0f0}
.ant-card-head{min-height:48px;margin-bottom:-1px;padding:0 24px;color:rgba(0,0,0,.85);font-weight:500;font-size:16px;background:transparent;border-bottom:1px solid #f0f0f0;border-radius:2px 2px 0 0}
.ant-card-head::before{display:table;content:''}
.ant-card-head::after{display:table;clear:both;content:''}
.ant-card-head-wrapper{display:flex;align-items:center}
.ant-card-head-title{display:inline-block;flex:1;padding:16px 0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.ant-card-extra{margin-left:auto;padding:16px 0;color:rgba(0,0,0,.85);font-weight:400;font-size:14px}
.ant-card-body{padding:24px}
.ant-card-body::before{display:table;content:''}
.ant-card-body::after{display:table;clear:both;content:''}
.ant-card-small>.ant-card-head{min-height:38px;padding:0 12px;font-size:14px}
.ant-card-small>.ant-card-head>.ant-card-head-wrapper>.ant-card-head-title{padding:8px 0}
.ant-card-small>.ant-card-body{padding:12px}
/* alert */
.ant-alert{box-sizing:border-box;margin:0;color:rgba(0,0,0,.85);font-size:14px;font-variant:tabular-nums;line-height:1.5715;list-style:none;font-feature-settings:'tnum';position:relative;display:flex;align-items:center;padding:8px 15px;word-wrap:break-word;border-radius:2px}
.ant-alert-content{flex:1;min-width:0}
.ant-alert-icon{margin-right:8px}
.ant-alert-description{display:none;font-size:14px;line-height:22px}
.ant-alert-success{background-color:#f6ffed;border:1px solid #b7eb8f}
.ant-alert-success .ant-alert-icon{color:#52c41a}
.ant-alert-info{background-color:#e6f7ff;border:1px solid #91d5ff}
.ant-alert-info .ant-alert-icon{color:#1890ff}
.ant-alert-warning{background-color:#fffbe6;border:1px solid #ffe58f}
.ant-alert-warning .ant-alert-icon{color:#faad14}
.ant-alert-error{background-color:#fff2f0;border:1px solid #ffccc7}
.ant-alert-error .ant-alert-icon{color:#ff4d4f}
.ant-alert-with-description{align-items:flex-start;padding:15px 15px 15px 24px}
.ant-alert-with-description .ant-alert-icon{margin-right:15px;font-size:24px}
.ant-alert-with-description .ant-alert-message{display:block;margin-bottom:4px;color:rgba(0,0,0,.85);font-size:16px}
.ant-alert-message{color:rgba(0,0,0,.85)}
.ant-alert-with-description .ant-alert-description{display:block}
/* steps */
.ant-steps{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;font-variant:tabular-nums;line-height:1.5715;list-style:none;font-feature-settings:'tnum';display:flex;width:100%;font-size:0;text-align:initial}
.ant-steps-item{position:relative;display:inline-block;flex:1;overflow:hidden;vertical-align:top}
.ant-steps-item-container{outline:none}
.ant-steps-item:last-child{flex:none}
.ant-steps-item:last-child>.ant-steps-item-container>.ant-steps-item-tail,.ant-steps-item:last-child>.ant-steps-item-container>.ant-steps-item-content>.ant-steps-item-title::after{display:none}
.ant-steps-item-icon,.ant-steps-item-content{display:inline-block;vertical-align:top}
.ant-steps-item-icon{width:32px;height:32px;margin:0 8px 0 0;font-size:16px;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Noto Sans',sans-serif;line-height:32px;text-align:center;border:1px solid rgba(0,0,0,.25);border-radius:32px;transition:background-color .3s,border-color .3s}
.ant-steps-item-icon .ant-steps-icon{position:relative;top:-.5px;color:#1890ff;line-height:1}
.ant-steps-item-tail{position:absolute;top:12px;left:0;width:100%;padding:0 10px}
.ant-steps-item-tail::after{display:inline-block;width:100%;height:1px;background:#f0f0f0;border-radius:1px;transition:background .3s;content:''}
.ant-steps-item-title{position:relative;display:inline-block;padding-right:16px;color:rgba(0,0,0,.85);font-size:16px;line-height:32px}
.ant-steps-item-title::after{position:absolute;top:16px;left:100%;display:block;width:9999px;height:1px;background:#f0f0f0;content:''}
.ant-steps-item-wait .ant-steps-item-icon{background-color:#fff;border-color:rgba(0,0,0,.25)}
.ant-steps-item-wait .ant-steps-item-icon>.ant-steps-icon{color:rgba(0,0,0,.25)}
.ant-steps-item-wait>.ant-steps-item-container>.ant-steps-item-content>.ant-steps-item-title{color:rgba(0,0,0,.45)}
.ant-steps-item-wait>.ant-steps-item-container>.ant-steps-item-content>.ant-steps-item-title::after{background-color:#f0f0f0}
.ant-steps-item-process .ant-steps-item-icon{background-color:#fff;border-color:#1890ff}
.ant-steps-item-process>.ant-steps-item-container>.ant-steps-item-icon{background:#1890ff}
.ant-steps-item-process>.ant-steps-item-container>.ant-steps-item-icon .ant-steps-icon{color:#fff}
.ant-steps-item-process>.ant-steps-item-container>.ant-steps-item-content>.ant-steps-item-title{color:rgba(0,0,0,.85);font-weight:500}
.ant-steps-item-process>.ant-steps-item-container>.ant-steps-item-content>.ant-steps-item-title::after{background-color:#f0f0f0}
.ant-steps-item-finish .ant-steps-item-icon{background-color:#fff;border-color:#1890ff}
.ant-steps-item-finish .ant-steps-item-icon>.ant-steps-icon{color:#1890ff}
.ant-steps-item-finish>.ant-steps-item-container>.ant-steps-item-content>.ant-steps-item-title{color:rgba(0,0,0,.85)}
.ant-steps-item-finish>.ant-steps-item-container>.ant-steps-item-content>.ant-steps-item-title::after{background-color:#1890ff}
.ant-steps-horizontal:not(.ant-steps-label-vertical) .ant-steps-item{padding-left:16px;white-space:nowrap}
.ant-steps-horizontal:not(.ant-steps-label-vertical) .ant-steps-item:first-child{padding-left:0}
.ant-steps-horizontal:not(.ant-steps-label-vertical) .ant-steps-item:last-child .ant-steps-item-title{padding-right:0}
.ant-steps-horizontal:not(.ant-steps-label-vertical) .ant-steps-item-tail{display:none}
/* table */
.ant-table-wrapper{clear:both;max-width:100%}
.ant-table-wrapper::before{display:table;content:''}
.ant-table-wrapper::after{display:table;clear:both;content:''}
.ant-table{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-variant:tabular-nums;line-height:1.5715;list-style:none;font-feature-settings:'tnum';position:relative;font-size:14px;background:#fff;border-radius:2px}
.ant-table table{width:100%;text-align:left;border-radius:2px 2px 0 0;border-collapse:separate;border-spacing:0}
.ant-table-thead>tr>th,.ant-table-tbody>tr>td{position:relative;padding:16px 16px;overflow-wrap:break-word}
.ant-table-thead>tr>th{position:relative;color:rgba(0,0,0,.85);font-weight:500;text-align:left;background:#fafafa;border-bottom:1px solid #f0f0f0;transition:background .3s ease}
.ant-table-thead>tr>th:not(:last-child):not(.ant-table-selection-column):not(.ant-table-row-expand-icon-cell):not([colspan])::before{position:absolute;top:50%;right:0;width:1px;height:1.6em;background-color:rgba(0,0,0,.06);transform:translateY(-50%);transition:background-color .3s;content:''}
.ant-table-tbody>tr>td{border-bottom:1px solid #f0f0f0;transition:background .3s}
.ant-table-tbody>tr.ant-table-row:hover>td{background:#fafafa}
.ant-table-tbody>tr.ant-table-placeholder:hover>td{background:#fff}
.ant-table.ant-table-small .ant-table-thead>tr>th,.ant-table.ant-table-small .ant-table-tbody>tr>td{padding:8px 8px}
.ant-table.ant-table-bordered>.ant-table-container{border-left:1px solid #f0f0f0}
.ant-table.ant-table-bordered>.ant-table-container>.ant-table-content>table{border-top:1px solid #f0f0f0}
.ant-table.ant-table-bordered>.ant-table-container>.ant-table-content>table>thead>tr>th,.ant-table.ant-table-bordered>.ant-table-container>.ant-table-content>table>tbody>tr>td{border-right:1px solid #f0f0f0}
.ant-table.ant-table-bordered>.ant-table-container>.ant-table-content>table>thead>tr>th::before{background-color:transparent!important}
.ant-table-cell{word-break:break-word}
/* descriptions */
.ant-descriptions-header{display:flex;align-items:center;margin-bottom:20px}
.ant-descriptions-title{flex:auto;overflow:hidden;color:rgba(0,0,0,.85);font-weight:bold;font-size:16px;line-height:1.5715;white-space:nowrap;text-overflow:ellipsis}
.ant-descriptions-view{width:100%;border-radius:2px}
.ant-descriptions-view table{width:100%;table-layout:fixed}
.ant-descriptions-row>th,.ant-descriptions-row>td{padding-bottom:16px}
.ant-descriptions-row:last-child{border-bottom:none}
.ant-descriptions-item-label{color:rgba(0,0,0,.85);font-weight:normal;font-size:14px;line-height:1.5715;text-align:start}
.ant-descriptions-item-content{display:table-cell;flex:1;color:rgba(0,0,0,.85);font-size:14px;line-height:1.5715;word-break:break-word;overflow-wrap:break-word}
.ant-descriptions-bordered .ant-descriptions-view{border:1px solid #f0f0f0}
.ant-descriptions-bordered .ant-descriptions-view>table{table-layout:auto;border-collapse:collapse}
.ant-descriptions-bordered .ant-descriptions-item-label,.ant-descriptions-bordered .ant-descriptions-item-content{padding:16px 24px;border-right:1px solid #f0f0f0}
.ant-descriptions-bordered .ant-descriptions-item-label:last-child,.ant-descriptions-bordered .ant-descriptions-item-content:last-child{border-right:none}
.ant-descriptions-bordered .ant-descriptions-item-label{background-color:#fafafa}
.ant-descriptions-bordered .ant-descriptions-row{border-bottom:1px solid #f0f0f0}
.ant-descriptions-bordered .ant-descriptions-row:last-child{border-bottom:none}
.ant-descriptions-bordered.ant-descriptions-small .ant-descriptions-item-label,.ant-descriptions-bordered.ant-descriptions-small .ant-descriptions-item-content{padding:8px 16px}
/* divider */
.ant-divider{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;font-variant:tabular-nums;line-height:1.5715;list-style:none;font-feature-settings:'tnum';border-top:1px solid rgba(0,0,0,.06)}
.ant-divider-horizontal{display:flex;clear:both;width:100%;min-width:100%;margin:24px 0}
.ant-divider-horizontal.ant-divider-with-text{display:flex;align-items:center;margin:16px 0;color:rgba(0,0,0,.85);font-weight:500;font-size:16px;white-space:nowrap;text-align:center;border-top:0;border-top-color:rgba(0,0,0,.06)}
.ant-divider-horizontal.ant-divider-with-text::before,.ant-divider-horizontal.ant-divider-with-text::after{position:relative;width:50%;border-top:1px solid transparent;border-top-color:inherit;border-bottom:0;transform:translateY(50%);content:''}
.ant-divider-horizontal.ant-divider-with-text-left::before{width:5%}
.ant-divider-horizontal.ant-divider-with-text-left::after{width:95%}
.ant-divider-inner-text{display:inline-block;padding:0 1em}
/* result */
.ant-result{padding:48px 32px}
.ant-result-success .ant-result-icon>.anticon{color:#52c41a}
.ant-result-error .ant-result-icon>.anticon{color:#ff4d4f}
.ant-result-info .ant-result-icon>.anticon{color:#1890ff}
.ant-result-warning .ant-result-icon>.anticon{color:#faad14}
.ant-result-icon{margin-bottom:24px;text-align:center}
.ant-result-icon>.anticon{font-size:72px}
.ant-result-title{color:rgba(0,0,0,.85);font-size:24px;line-height:1.8;text-align:center}
.ant-result-subtitle{color:rgba(0,0,0,.45);font-size:14px;line-height:1.6;text-align:center}
.ant-result-extra{margin:24px 0 0 0;text-align:center}
.ant-result-extra>*{margin-right:8px}
.ant-result-extra>*:last-child{margin-right:0}
/* breadcrumb */
.ant-breadcrumb{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-variant:tabular-nums;line-height:1.5715;list-style:none;font-feature-settings:'tnum';color:rgba(0,0,0,.45);font-size:14px}
.ant-breadcrumb .anticon{font-size:14px}
.ant-breadcrumb ol{display:flex;flex-wrap:wrap;margin:0;padding:0;list-style:none}
.ant-breadcrumb a{color:rgba(0,0,0,.45);transition:color .3s}
.ant-breadcrumb a:hover{color:#40a9ff}
.ant-breadcrumb li:last-child{color:rgba(0,0,0,.85)}
.ant-breadcrumb li:last-child a{color:rgba(0,0,0,.85)}
.ant-breadcrumb-separator{margin:0 8px;color:rgba(0,0,0,.45)}
/* statistic, tag, avatar, typography */
.ant-statistic{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;font-variant:tabular-nums;line-height:1.5715;list-style:none;font-feature-settings:'tnum'}
.ant-statistic-title{margin-bottom:4px;color:rgba(0,0,0,.45);font-size:14px}
.ant-statistic-content{color:rgba(0,0,0,.85);font-size:24px;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Noto Sans',sans-serif}
.ant-statistic-content-value{display:inline-block;direction:ltr}
.ant-statistic-content-prefix{margin-right:4px}
.ant-tag{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;font-variant:tabular-nums;line-height:1.5715;list-style:none;font-feature-settings:'tnum';display:inline-block;height:auto;margin-right:8px;padding:0 7px;font-size:12px;line-height:20px;white-space:nowrap;background:#fafafa;border:1px solid #d9d9d9;border-radius:2px;opacity:1;transition:all .3s}
.ant-tag-blue{color:#096dd9;background:#e6f7ff;border-color:#91d5ff}
.ant-tag-green{color:#389e0d;background:#f6ffed;border-color:#b7eb8f}
.ant-tag-success{color:#52c41a;background:#f6ffed;border-color:#b7eb8f}
.ant-avatar{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;font-variant:tabular-nums;line-height:1.5715;list-style:none;font-feature-settings:'tnum';position:relative;display:inline-block;overflow:hidden;color:#fff;white-space:nowrap;text-align:center;vertical-align:middle;background:#ccc;width:32px;height:32px;line-height:32px;border-radius:50%}
.ant-avatar.ant-avatar-icon{font-size:18px}
.ant-avatar.ant-avatar-icon>.anticon{margin:0}
.ant-avatar-sm{width:24px;height:24px;line-height:24px;border-radius:50%}
.ant-avatar-sm.ant-avatar-icon{font-size:14px}
.ant-typography{color:rgba(0,0,0,.85);overflow-wrap:break-word}
.ant-typography.ant-typography-secondary{color:rgba(0,0,0,.45)}
div.ant-typography,.ant-typography p{margin-bottom:1em}
h1.ant-typography{margin-bottom:.5em;color:rgba(0,0,0,.85);font-weight:600;font-size:38px;line-height:1.23}
h2.ant-typography{margin-bottom:.5em;color:rgba(0,0,0,.85);font-weight:600;font-size:30px;line-height:1.35}
h3.ant-typography{margin-bottom:.5em;color:rgba(0,0,0,.85);font-weight:600;font-size:24px;line-height:1.35}
h4.ant-typography{margin-bottom:.5em;color:rgba(0,0,0,.85);font-weight:600;font-size:20px;line-height:1.4}
h5.ant-typography{margin-bottom:.5em;color:rgba(0,0,0,.85);font-weight:600;font-size:16px;line-height:1.5}
.ant-typography strong{font-weight:600}
/* spin */
.ant-spin{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;font-variant:tabular-nums;line-height:1.5715;list-style:none;font-feature-settings:'tnum';position:absolute;display:none;color:#1890ff;text-align:center;vertical-align:middle;opacity:0;transition:transform .3s cubic-bezier(.78,.14,.15,.86)}
.ant-spin-spinning{position:static;display:inline-block;opacity:1}
.ant-spin-nested-loading{position:relative}
.ant-spin-nested-loading>div>.ant-spin{position:absolute;top:0;left:0;z-index:4;display:block;width:100%;height:100%;max-height:400px}
.ant-spin-nested-loading>div>.ant-spin .ant-spin-dot{position:absolute;top:50%;left:50%;margin:-10px}
.ant-spin-nested-loading>div>.ant-spin .ant-spin-text{position:absolute;top:50%;width:100%;padding-top:5px;text-shadow:0 1px 2px #fff}
.ant-spin-nested-loading>div>.ant-spin.ant-spin-show-text .ant-spin-dot{margin-top:-20px}
.ant-spin-nested-loading>div>.ant-spin-lg .ant-spin-dot{margin:-16px}
.ant-spin-container{position:relative;transition:opacity .3s}
.ant-spin-container::after{position:absolute;top:0;right:0;bottom:0;left:0;z-index:10;display:none;width:100%;height:100%;background:#fff;opacity:0;transition:all .3s;content:'';pointer-events:none}
.ant-spin-blur{clear:both;opacity:.5;user-select:none;pointer-events:none}
.ant-spin-blur::after{opacity:.4;pointer-events:auto}
.ant-spin-dot{position:relative;display:inline-block;font-size:20px;width:1em;height:1em}
.ant-spin-dot-item{position:absolute;display:block;width:9px;height:9px;background-color:#1890ff;border-radius:100%;transform:scale(.75);transform-origin:50% 50%;opacity:.3;animation:antSpinMove 1s infinite linear alternate}
.ant-spin-dot-item:nth-child(1){top:0;left:0}
.ant-spin-dot-item:nth-child(2){top:0;right:0;animation-delay:.4s}
.ant-spin-dot-item:nth-child(3){right:0;bottom:0;animation-delay:.8s}
.ant-spin-dot-item:nth-child(4){bottom:0;left:0;animation-delay:1.2s}
.ant-spin-dot-spin{transform:rotate(45deg);animation:antRotate 1.2s infinite linear}
.ant-spin-lg .ant-spin-dot{font-size:32px}
.ant-spin-lg .ant-spin-dot i{width:14px;height:14px}
@keyframes antSpinMove{to{opacity:1}}
@keyframes antRotate{to{transform:rotate(405deg)}}
/* modal */
.ant-modal-root{}
.ant-modal-mask{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1000;height:100%;background-color:rgba(0,0,0,.45)}
.ant-modal-mask-hidden{display:none}
.ant-modal-wrap{position:fixed;top:0;right:0;bottom:0;left:0;overflow:auto;outline:0;z-index:1000}
.ant-modal{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;font-variant:tabular-nums;line-height:1.5715;list-style:none;font-feature-settings:'tnum';pointer-events:none;position:relative;top:100px;width:auto;max-width:calc(100vw - 32px);margin:0 auto;padding-bottom:24px}
.ant-modal.ant-zoom-enter,.ant-modal.ant-zoom-appear{transform:none;opacity:0;animation-duration:.3s;user-select:none}
.ant-modal-title{margin:0;color:rgba(0,0,0,.85);font-weight:500;font-size:16px;line-height:22px;word-wrap:break-word}
.ant-modal-content{position:relative;background-color:#fff;background-clip:padding-box;border:0;border-radius:2px;box-shadow:0 3px 6px -4px rgba(0,0,0,.12),0 6px 16px 0 rgba(0,0,0,.08),0 9px 28px 8px rgba(0,0,0,.05);pointer-events:auto}
.ant-modal-close{position:absolute;top:0;right:0;z-index:10;padding:0;color:rgba(0,0,0,.45);font-weight:700;line-height:1;text-decoration:none;background:transparent;border:0;outline:0;cursor:pointer;transition:color .3s}
.ant-modal-close-x{display:block;width:56px;height:56px;font-size:16px;font-style:normal;line-height:56px;text-align:center;text-transform:none;text-rendering:auto}
.ant-modal-close:focus,.ant-modal-close:hover{color:rgba(0,0,0,.75);text-decoration:none}
.ant-modal-header{padding:16px 24px;color:rgba(0,0,0,.85);background:#fff;border-bottom:1px solid #f0f0f0;border-radius:2px 2px 0 0}
.ant-modal-body{padding:24px;font-size:14px;line-height:1.5715;word-wrap:break-word}
.ant-modal-footer{padding:10px 16px;text-align:right;background:transparent;border-top:1px solid #f0f0f0;border-radius:0 0 2px 2px}
.ant-modal-footer .ant-btn+.ant-btn:not(.ant-dropdown-trigger){margin-bottom:0;margin-left:8px}
.ant-modal-open{overflow:hidden}
.ant-modal-confirm .ant-modal-header{display:none}
.ant-modal-confirm .ant-modal-body{padding:32px 32px 24px}
.ant-modal-confirm-body-wrapper::before{display:table;content:''}
.ant-modal-confirm-body-wrapper::after{display:table;clear:both;content:''}
.ant-modal-confirm-body .ant-modal-confirm-title{display:block;overflow:hidden;color:rgba(0,0,0,.85);font-weight:500;font-size:16px;line-height:1.4}
.ant-modal-confirm-body .ant-modal-confirm-content{margin-top:8px;color:rgba(0,0,0,.85);font-size:14px}
.ant-modal-confirm-body>.anticon{float:left;margin-right:16px;font-size:22px}
.ant-modal-confirm-body>.anticon+.ant-modal-confirm-title+.ant-modal-confirm-content{margin-left:38px}
.ant-modal-confirm .ant-modal-confirm-btns{float:right;margin-top:24px}
.ant-modal-confirm .ant-modal-confirm-btns .ant-btn+.ant-btn{margin-bottom:0;margin-left:8px}
.ant-modal-confirm-error .ant-modal-confirm-body>.anticon{color:#ff4d4f}
.ant-modal-confirm-warning .ant-modal-confirm-body>.anticon,.ant-modal-confirm-confirm .ant-modal-confirm-body>.anticon{color:#faad14}
.ant-modal-confirm-info .ant-modal-confirm-body>.anticon{color:#1890ff}
.ant-modal-confirm-success .ant-modal-confirm-body>.anticon{color:#52c41a}
.ant-scrolling-effect{}
/* message */
.ant-message{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;font-variant:tabular-nums;line-height:1.5715;list-style:none;font-feature-settings:'tnum';position:fixed;top:8px;left:0;z-index:1010;width:100%;pointer-events:none}
.ant-message-notice{padding:8px;text-align:center}
.ant-message-notice-content{display:inline-block;padding:10px 16px;background:#fff;border-radius:2px;box-shadow:0 3px 6px -4px rgba(0,0,0,.12),0 6px 16px 0 rgba(0,0,0,.08),0 9px 28px 8px rgba(0,0,0,.05);pointer-events:all}
.ant-message-success .anticon{color:#52c41a}
.ant-message-error .anticon{color:#ff4d4f}
.ant-message-warning .anticon{color:#faad14}
.ant-message-info .anticon,.ant-message-loading .anticon{color:#1890ff}
.ant-message .anticon{position:relative;top:1px;margin-right:8px;font-size:16px}
.ant-message-notice.ant-move-up-leave.ant-move-up-leave-active{animation-name:MessageMoveOut;animation-duration:.3s}
@keyframes MessageMoveOut{0%{max-height:150px;padding:8px;opacity:1}100%{max-height:0;padding:0;opacity:0}}
/* notification */
.ant-notification{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;font-variant:tabular-nums;line-height:1.5715;list-style:none;font-feature-settings:'tnum';position:fixed;z-index:1010;margin-right:24px}
.ant-notification-notice{position:relative;width:384px;max-width:calc(100vw - 24px*2);margin-bottom:16px;margin-left:auto;padding:16px 24px;overflow:hidden;line-height:1.5715;word-wrap:break-word;background:#fff;border-radius:2px;box-shadow:0 3px 6px -4px rgba(0,0,0,.12),0 6px 16px 0 rgba(0,0,0,.08),0 9px 28px 8px rgba(0,0,0,.05)}
.ant-notification-notice-message{margin-bottom:8px;color:rgba(0,0,0,.85);font-size:16px;line-height:24px}
.ant-notification-notice-description{font-size:14px}
.ant-notification-notice-closable .ant-notification-notice-message{padding-right:24px}
.ant-notification-notice-with-icon .ant-notification-notice-message{margin-bottom:4px;margin-left:48px;font-size:16px}
.ant-notification-notice-with-icon .ant-notification-notice-description{margin-left:48px;font-size:14px}
.ant-notification-notice-icon{position:absolute;margin-left:4px;font-size:24px;line-height:24px}
.anticon.ant-notification-notice-icon-info{color:#1890ff}
.anticon.ant-notification-notice-icon-success{color:#52c41a}
.anticon.ant-notification-notice-icon-warning{color:#faad14}
.anticon.ant-notification-notice-icon-error{color:#ff4d4f}
.ant-notification-notice-close{position:absolute;top:16px;right:22px;color:rgba(0,0,0,.45);outline:none}
.ant-notification-notice-close:hover{color:rgba(0,0,0,.67)}
.ant-notification-fade-enter,.ant-notification-fade-appear{animation-duration:.24s;animation-timing-function:cubic-bezier(.645,.045,.355,1);animation-fill-mode:both;opacity:0;animation-play-state:paused}
.ant-notification-fade-leave{animation-timing-function:cubic-bezier(.645,.045,.355,1);animation-fill-mode:both;animation-duration:.2s;animation-play-state:paused}
.ant-notification-fade-enter.ant-notification-fade-enter-active,.ant-notification-fade-appear.ant-notification-fade-appear-active{animation-name:NotificationFadeIn;animation-play-state:running}
.ant-notification-fade-leave.ant-notification-fade-leave-active{animation-name:NotificationFadeOut;animation-play-state:running}
@keyframes NotificationFadeIn{0%{left:384px;opacity:0}100%{left:0;opacity:1}}
@keyframes NotificationFadeOut{0%{max-height:150px;margin-bottom:16px}100%{max-height:0;margin-bottom:0;padding-top:0;padding-bottom:0}}
/* empty, list */
.ant-empty{margin:0 8px;font-size:14px;line-height:1.5715;text-align:center}
.ant-empty-image{height:100px;margin-bottom:8px}
.ant-empty-image svg{height:100%;margin:auto}
.ant-empty-description{margin:0}
.ant-empty-normal{margin:32px 0;color:rgba(0,0,0,.25)}
.ant-empty-normal .ant-empty-image{height:40px}
.ant-empty-small{margin:8px 0;color:rgba(0,0,0,.25)}
.ant-empty-small .ant-empty-image{height:35px}
.ant-empty-img-simple-ellipse{fill:#f5f5f5}
.ant-empty-img-simple-g{stroke:#d9d9d9}
.ant-empty-img-simple-path{fill:#fafafa}
.ant-list{box-sizing:border-box;margin:0;padding:0;color:rgba(0,0,0,.85);font-size:14px;line-height:1.5715;list-style:none;position:relative}
.ant-list-items{margin:0;padding:0;list-style:none}
.ant-list-item{display:flex;align-items:center;justify-content:space-between;padding:12px 0;color:rgba(0,0,0,.85)}
.ant-list-split .ant-list-item{border-bottom:1px solid #f0f0f0}
.ant-list-split .ant-list-item:last-child{border-bottom:none}
/* ---- App.css ---- */
#root{min-height:100%}
.boot-loading{display:flex;align-items:center;justify-content:center;height:100vh}
.gov-strip{display:flex;justify-content:space-between;align-items:center;height:30px;padding:0 50px;background:#1b2a47;color:rgba(255,255,255,.85);font-size:12px}
.public-header.ant-layout-header{display:flex;align-items:center;background:#fff;box-shadow:0 1px 4px rgba(0,21,41,.08);padding:0 50px;height:72px;line-height:72px}
.brand{display:flex;align-items:center;color:rgba(0,0,0,.85);margin-right:32px}
.brand:hover{color:rgba(0,0,0,.85)}
.brand-logo{display:inline-flex;width:44px;height:44px;margin-right:12px}
.brand-text{display:flex;flex-direction:column;line-height:1.2}
.brand-title{font-size:20px;font-weight:600;color:#0b3c7d}
.brand-sub{font-size:12px;color:rgba(0,0,0,.45)}
.public-header .ant-menu-horizontal{flex:1;border-bottom:0;line-height:70px;background:transparent}
.public-header-actions{margin-left:auto;display:flex;align-items:center}
.public-header-actions .ant-btn+.ant-btn{margin-left:8px}
.home-hero{padding:56px 50px;background:linear-gradient(135deg,#0b3c7d 0%,#1890ff 100%);color:#fff}
.home-hero h1{color:#fff;font-size:32px;font-weight:600;margin-bottom:8px}
.home-hero p{color:rgba(255,255,255,.85);font-size:16px;max-width:720px}
.home-content{padding:24px 50px}
.home-content .ant-card{height:100%}
.public-footer.ant-layout-footer{text-align:center;color:rgba(0,0,0,.45);font-size:13px}
.login-wrapper{display:flex;justify-content:center;padding:48px 16px}
.login-card{width:420px;max-width:100%;box-shadow:0 1px 2px -2px rgba(0,0,0,.16),0 3px 6px 0 rgba(0,0,0,.12),0 5px 12px 4px rgba(0,0,0,.09)}
.login-card .login-title{text-align:center;margin-bottom:4px}
.login-card .login-subtitle{text-align:center;margin-bottom:20px}
.login-card .ant-alert{margin-bottom:16px}
.captcha-box{display:flex;align-items:center;height:32px}
.captcha-box img{height:34px;width:108px;border:1px solid #d9d9d9;border-radius:2px;margin-right:8px;background:#eef3f8}
.login-links{display:flex;justify-content:space-between}
.sider-logo{display:flex;align-items:center;height:64px;padding:0 20px;color:#fff;font-size:17px;font-weight:600;white-space:nowrap;overflow:hidden;background:#002140}
.sider-logo svg{width:30px;height:30px;margin-right:10px;flex:none}
.app-sider.ant-layout-sider{position:sticky;top:0;height:100vh;overflow:auto}
.app-header.ant-layout-header{display:flex;align-items:center;justify-content:space-between;background:#fff;padding:0 24px;box-shadow:0 1px 4px rgba(0,21,41,.08);position:relative;z-index:1}
.app-header-title{font-size:16px;font-weight:500;color:rgba(0,0,0,.85)}
.app-header-right{display:flex;align-items:center}
.app-user{display:inline-flex;align-items:center;margin:0 12px;color:rgba(0,0,0,.85)}
.app-user .ant-avatar{margin-right:8px;background:#1890ff}
.app-content.ant-layout-content{margin:16px 24px 0;min-height:280px}
.app-content .ant-breadcrumb{margin-bottom:16px}
.app-footer.ant-layout-footer{text-align:center;color:rgba(0,0,0,.45);font-size:13px;padding:16px 50px}
.page-title{margin-bottom:16px}
.stat-row{display:flex;gap:24px}
.stat-row .ant-statistic{flex:1}
.reg-form{max-width:600px;margin-top:24px}
.otp-form{max-width:380px;margin-top:24px}
.steps-host{margin-bottom:24px;max-width:760px}`;

// ---------------------------------------------------------------------------------------------
// The compiled JS bundle: a hand-written stand-in for React 18 + react-router + antd 4 that
// produces the same DOM (class names, portals, motion classes, ARIA) as the real libraries.
// ---------------------------------------------------------------------------------------------
const CLIENT_JS = String.raw`/*! For license information please see main.7c1e4b2a.js.LICENSE.txt */
(function () {
  'use strict';
  var doc = document;
  var rootEl = doc.getElementById('root');

  /* ------------------------------------------------------------------ element factory */
  function add(parent, child) {
    if (child === null || child === undefined || child === false || child === true) return;
    if (Array.isArray(child)) {
      for (var i = 0; i < child.length; i++) add(parent, child[i]);
      return;
    }
    if (typeof child === 'object' && child.nodeType) {
      parent.appendChild(child);
      return;
    }
    if (typeof child === 'object' && child.el) {
      parent.appendChild(child.el);
      return;
    }
    parent.appendChild(doc.createTextNode(String(child)));
  }
  function h(tag, props) {
    var el = doc.createElement(tag);
    if (props) {
      for (var k in props) {
        if (!Object.prototype.hasOwnProperty.call(props, k)) continue;
        var v = props[k];
        if (v === null || v === undefined || v === false) continue;
        if (k === 'className') el.className = v;
        else if (k === 'style') el.setAttribute('style', v);
        else if (k === 'ref') v(el);
        else if (k === 'html') el.innerHTML = v;
        else if (k.indexOf('on') === 0 && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
        else if (k === 'value') el.value = v;
        else if (v === true) el.setAttribute(k, '');
        else el.setAttribute(k, String(v));
      }
    }
    for (var i = 2; i < arguments.length; i++) add(el, arguments[i]);
    return el;
  }
  function cx() {
    var out = [];
    for (var i = 0; i < arguments.length; i++) {
      var a = arguments[i];
      if (!a) continue;
      if (typeof a === 'string') out.push(a);
      else if (typeof a === 'object') for (var k in a) if (a[k]) out.push(k);
    }
    return out.join(' ');
  }
  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
  }
  function detach(el) {
    if (el && el.parentNode) el.parentNode.removeChild(el);
  }
  function raf(fn) {
    return window.requestAnimationFrame(fn);
  }

  /* ------------------------------------------------------------------ @ant-design/icons */
  var ICONS = {
    loading: 'M988 548c-19.9 0-36-16.1-36-36 0-59.4-11.6-117-34.6-171.3a440.45 440.45 0 00-94.3-139.9 437.71 437.71 0 00-139.9-94.3C629 83.6 571.4 72 512 72c-19.9 0-36-16.1-36-36s16.1-36 36-36c69.1 0 136.2 13.5 199.3 40.3C772.3 66 827 103 874 150c47 47 83.9 101.8 109.7 162.7 26.7 63.1 40.2 130.2 40.2 199.3.1 19.9-16 36-35.9 36z',
    down: 'M884 256h-75c-5.1 0-9.9 2.5-12.9 6.6L512 654.2 227.9 262.6c-3-4.1-7.8-6.6-12.9-6.6h-75c-6.5 0-10.3 7.4-6.5 12.7l352.6 486.1c12.8 17.6 39 17.6 51.7 0l352.6-486.1c3.9-5.3.1-12.7-6.4-12.7z',
    search: 'M909.6 854.5L649.9 594.8C690.2 542.7 712 479 712 412c0-80.2-31.3-155.4-87.9-212.1-56.6-56.7-132-87.9-212.1-87.9s-155.5 31.3-212.1 87.9C143.2 256.5 112 331.8 112 412c0 80.1 31.3 155.5 87.9 212.1C256.5 680.8 331.8 712 412 712c67 0 130.6-21.8 182.7-62l259.7 259.6a8.2 8.2 0 0011.6 0l43.6-43.5a8.2 8.2 0 000-11.6zM570.4 570.4C528 612.7 471.8 636 412 636s-116-23.3-158.4-65.6C211.3 528 188 471.8 188 412s23.3-116.1 65.6-158.4C296 211.3 352.2 188 412 188s116.1 23.2 158.4 65.6S636 352.2 636 412s-23.3 116.1-65.6 158.4z',
    close: 'M563.8 512l262.5-312.9c4.4-5.2.7-13.1-6.1-13.1h-79.8c-4.7 0-9.2 2.1-12.3 5.7L511.6 449.8 295.1 191.7c-3-3.6-7.5-5.7-12.3-5.7H203c-6.8 0-10.5 7.9-6.1 13.1L459.4 512 196.9 824.9A7.95 7.95 0 00203 838h79.8c4.7 0 9.2-2.1 12.3-5.7l216.5-258.1 216.5 258.1c3 3.6 7.5 5.7 12.3 5.7h79.8c6.8 0 10.5-7.9 6.1-13.1L563.8 512z',
    check: 'M912 190h-69.9c-9.8 0-19.1 4.5-25.1 12.2L404.7 724.5 207 474a32 32 0 00-25.1-12.2H112c-6.7 0-10.4 7.7-6.3 12.9l273.9 347c12.8 16.2 37.4 16.2 50.3 0l488.4-618.9c4.1-5.1.4-12.8-6.3-12.8z',
    'check-circle': 'M512 64C264.6 64 64 264.6 64 512s200.6 448 448 448 448-200.6 448-448S759.4 64 512 64zm193.5 301.7l-210.6 292a31.8 31.8 0 01-51.7 0L318.5 484.9c-3.8-5.3 0-12.7 6.5-12.7h46.9c10.2 0 19.9 4.9 25.9 13.3l71.2 98.8 157.2-218c6-8.3 15.6-13.3 25.9-13.3H699c6.5 0 10.3 7.4 6.5 12.7z',
    'close-circle': 'M512 64C264.6 64 64 264.6 64 512s200.6 448 448 448 448-200.6 448-448S759.4 64 512 64zm165.4 618.2l-66-.3L512 563.4l-99.3 118.4-66.1.3c-4.4 0-8-3.5-8-8 0-1.9.7-3.7 1.9-5.2l130.1-155L340.5 359a8.32 8.32 0 01-1.9-5.2c0-4.4 3.6-8 8-8l66.1.3L512 464.6l99.3-118.4 66-.3c4.4 0 8 3.5 8 8 0 1.9-.7 3.7-1.9 5.2L553.5 514l130 155c1.2 1.5 1.9 3.3 1.9 5.2 0 4.4-3.6 8-8 8z',
    'exclamation-circle': 'M512 64C264.6 64 64 264.6 64 512s200.6 448 448 448 448-200.6 448-448S759.4 64 512 64zm-32 232c0-4.4 3.6-8 8-8h48c4.4 0 8 3.6 8 8v272c0 4.4-3.6 8-8 8h-48c-4.4 0-8-3.6-8-8V296zm32 440a48.01 48.01 0 010-96 48.01 48.01 0 010 96z',
    'info-circle': 'M512 64C264.6 64 64 264.6 64 512s200.6 448 448 448 448-200.6 448-448S759.4 64 512 64zm32 664c0 4.4-3.6 8-8 8h-48c-4.4 0-8-3.6-8-8V456c0-4.4 3.6-8 8-8h48c4.4 0 8 3.6 8 8v272zm-32-344a48.01 48.01 0 010-96 48.01 48.01 0 010 96z',
    user: 'M858.5 763.6a374 374 0 00-80.6-119.5 375.63 375.63 0 00-119.5-80.6c-.4-.2-.8-.3-1.2-.5C719.5 518 760 444.7 760 362c0-137-111-248-248-248S264 225 264 362c0 82.7 40.5 156 102.8 201.1-.4.2-.8.3-1.2.5-44.8 18.9-85 46-119.5 80.6a375.63 375.63 0 00-80.6 119.5A371.7 371.7 0 00136 901.8a8 8 0 008 8.2h60c4.4 0 7.9-3.5 8-7.8 2-77.2 33-149.5 87.8-204.3 56.7-56.7 132-87.9 212.2-87.9s155.5 31.2 212.2 87.9C779 752.7 810 825 812 902.2c.1 4.4 3.6 7.8 8 7.8h60a8 8 0 008-8.2c-1-47.8-10.9-94.3-29.5-138.2zM512 534c-45.9 0-89.1-17.9-121.6-50.4S340 407.9 340 362c0-45.9 17.9-89.1 50.4-121.6S466.1 190 512 190s89.1 17.9 121.6 50.4S684 316.1 684 362c0 45.9-17.9 89.1-50.4 121.6S557.9 534 512 534z',
    lock: 'M832 464h-68V240c0-70.7-57.3-128-128-128H388c-70.7 0-128 57.3-128 128v224h-68c-17.7 0-32 14.3-32 32v384c0 17.7 14.3 32 32 32h640c17.7 0 32-14.3 32-32V496c0-17.7-14.3-32-32-32zM332 240c0-30.9 25.1-56 56-56h248c30.9 0 56 25.1 56 56v224H332V240zm460 600H232V536h560v304zM484 701v53c0 4.4 3.6 8 8 8h40c4.4 0 8-3.6 8-8v-53a48.01 48.01 0 10-56 0z',
    eye: 'M942.2 486.2C847.4 286.5 704.1 186 512 186c-192.2 0-335.4 100.5-430.2 300.3a60.3 60.3 0 000 51.5C176.6 737.5 319.9 838 512 838c192.2 0 335.4-100.5 430.2-300.3 7.7-16.2 7.7-35 0-51.5zM512 766c-161.3 0-279.4-81.8-362.7-254C232.6 339.8 350.7 258 512 258c161.3 0 279.4 81.8 362.7 254C791.5 684.2 673.4 766 512 766zm-4-430c-97.2 0-176 78.8-176 176s78.8 176 176 176 176-78.8 176-176-78.8-176-176-176zm0 288c-61.9 0-112-50.1-112-112s50.1-112 112-112 112 50.1 112 112-50.1 112-112 112z',
    'eye-invisible': 'M942.2 486.2Q889.47 375.11 816.7 305l-50.88 50.88C807.31 395.53 843.45 447.4 874.7 512 791.5 684.2 673.4 766 512 766q-72.67 0-133.87-22.38L323 798.75Q408 838 512 838q288.3 0 430.2-300.3a60.29 60.29 0 000-51.5zm-63.57-320.64L836 122.88a8 8 0 00-11.32 0L715.31 232.2Q624.86 186 512 186q-288.3 0-430.2 300.3a60.3 60.3 0 000 51.5q56.69 119.4 136.5 191.41L112.48 835a8 8 0 000 11.31L155.17 889a8 8 0 0011.31 0l712.15-712.12a8 8 0 000-11.32zM149.3 512C232.6 339.8 350.7 258 512 258c54.54 0 104.13 9.36 149.12 28.39l-70.3 70.3a176 176 0 00-238.13 238.13l-83.42 83.42C223.1 637.49 183.3 582.28 149.3 512zm246.7 0a112.11 112.11 0 01146.2-106.69L401.31 546.2A112 112 0 01396 512z M508 624c-3.46 0-6.87-.16-10.25-.47l-52.82 52.82a176.09 176.09 0 00227.42-227.42l-52.82 52.82c.31 3.38.47 6.79.47 10.25a111.94 111.94 0 01-112 112z',
    reload: 'M909.1 209.3l-56.4 44.1C775.8 155.1 656.2 92 521.9 92 290 92 102.3 279.5 102 511.5 101.7 743.7 289.8 932 521.9 932c181.3 0 335.8-115 394.6-276.1 1.5-4.2-.7-8.9-4.9-10.3l-56.7-19.5a8 8 0 00-10.1 4.8c-1.8 5-3.8 10-5.9 14.9-17.3 41-42.1 77.8-73.7 109.4A344.77 344.77 0 01655.9 829c-42.3 17.9-87.4 27-133.8 27-46.5 0-91.5-9.1-133.8-27A341.5 341.5 0 01279 755.2a342.16 342.16 0 01-73.7-109.4c-17.9-42.4-27-87.4-27-133.9s9.1-91.5 27-133.9c17.3-41 42.1-77.8 73.7-109.4 31.6-31.6 68.4-56.4 109.3-73.8 42.3-17.9 87.4-27 133.8-27 46.5 0 91.5 9.1 133.8 27a341.5 341.5 0 01109.3 73.8c9.9 9.9 19.2 20.4 27.8 31.4l-60.2 47a8 8 0 003 14.1l175.6 43c5 1.2 9.9-2.6 9.9-7.7l.8-180.9c-.1-6.6-7.8-10.3-13-6.2z',
    dashboard: 'M924.8 385.6a446.7 446.7 0 00-96-142.4 446.7 446.7 0 00-142.4-96C631.1 123.8 572.5 112 512 112s-119.1 11.8-174.4 35.2a446.7 446.7 0 00-142.4 96 446.7 446.7 0 00-96 142.4C75.8 440.9 64 499.5 64 560c0 132.7 58.3 257.7 159.9 343.1l1.7 1.4c5.8 4.8 13.1 7.5 20.6 7.5h531.7c7.5 0 14.8-2.7 20.6-7.5l1.7-1.4C901.7 817.7 960 692.7 960 560c0-60.5-11.9-119.1-35.2-174.4zM761.4 836H262.6A371.12 371.12 0 01140 560c0-99.4 38.7-192.8 109-263 70.3-70.3 163.7-109 263-109 99.4 0 192.8 38.7 263 109 70.3 70.3 109 163.7 109 263 0 105.6-44.5 205.5-122.6 276zM623.5 421.5a8.03 8.03 0 00-11.3 0L527.7 506c-18.7-5-39.4-.2-54.1 14.5a55.95 55.95 0 000 79.2 55.95 55.95 0 0079.2 0 55.87 55.87 0 0014.5-54.1l84.5-84.5c3.1-3.1 3.1-8.2 0-11.3l-28.3-28.3z',
    'file-text': 'M854.6 288.6L639.4 73.4c-6-6-14.1-9.4-22.6-9.4H192c-17.7 0-32 14.3-32 32v832c0 17.7 14.3 32 32 32h640c17.7 0 32-14.3 32-32V311.3c0-8.5-3.4-16.7-9.4-22.7zM790.2 326H602V137.8L790.2 326zm1.8 562H232V136h302v216a42 42 0 0042 42h216v494zM504 618H320c-4.4 0-8 3.6-8 8v48c0 4.4 3.6 8 8 8h184c4.4 0 8-3.6 8-8v-48c0-4.4-3.6-8-8-8zM312 490v48c0 4.4 3.6 8 8 8h384c4.4 0 8-3.6 8-8v-48c0-4.4-3.6-8-8-8H320c-4.4 0-8 3.6-8 8z',
    'bar-chart': 'M888 792H200V168c0-4.4-3.6-8-8-8h-56c-4.4 0-8 3.6-8 8v688c0 4.4 3.6 8 8 8h752c4.4 0 8-3.6 8-8v-56c0-4.4-3.6-8-8-8zm-600-80h56c4.4 0 8-3.6 8-8V560c0-4.4-3.6-8-8-8h-56c-4.4 0-8 3.6-8 8v144c0 4.4 3.6 8 8 8zm152 0h56c4.4 0 8-3.6 8-8V384c0-4.4-3.6-8-8-8h-56c-4.4 0-8 3.6-8 8v320c0 4.4 3.6 8 8 8zm152 0h56c4.4 0 8-3.6 8-8V462c0-4.4-3.6-8-8-8h-56c-4.4 0-8 3.6-8 8v242c0 4.4 3.6 8 8 8zm152 0h56c4.4 0 8-3.6 8-8V304c0-4.4-3.6-8-8-8h-56c-4.4 0-8 3.6-8 8v400c0 4.4 3.6 8 8 8z',
    api: 'M917.7 148.8l-42.4-42.4c-1.6-1.6-3.6-2.3-5.7-2.3s-4.1.8-5.7 2.3l-76.1 76.1a199.27 199.27 0 00-112.1-34.3c-51.2 0-102.4 19.5-141.5 58.6L432.3 308.7a8.03 8.03 0 000 11.3L704 591.7c1.6 1.6 3.6 2.3 5.7 2.3 2 0 4.1-.8 5.7-2.3l101.9-101.9c68.9-69 77-175.7 24.3-253.5l76.1-76.1c3.1-3.2 3.1-8.3 0-11.4zM578.9 546.7a8.03 8.03 0 00-11.3 0L501 613.3 410.7 523l66.7-66.7c3.1-3.1 3.1-8.2 0-11.3L441 408.6a8.03 8.03 0 00-11.3 0L363 475.3l-43-43a7.85 7.85 0 00-5.7-2.3c-2 0-4.1.8-5.7 2.3L206.8 534.2c-68.9 69-77 175.7-24.3 253.5l-76.1 76.1a8.03 8.03 0 000 11.3l42.4 42.4c1.6 1.6 3.6 2.3 5.7 2.3s4.1-.8 5.7-2.3l76.1-76.1c33.7 22.9 72.9 34.3 112.1 34.3 51.2 0 102.4-19.5 141.5-58.6l101.9-101.9c3.1-3.1 3.1-8.2 0-11.3l-43-43 66.7-66.7c3.1-3.1 3.1-8.2 0-11.3l-36.6-36.2z',
    team: 'M512 144a144 144 0 110 288 144 144 0 010-288zm-256 96a104 104 0 110 208 104 104 0 010-208zm512 0a104 104 0 110 208 104 104 0 010-208zM512 480c160 0 288 104 288 232v120H224V712c0-128 128-232 288-232zM96 832V712c0-80 56-148 136-172-40 44-64 104-64 172v120zm832 0h-72V712c0-68-24-128-64-172 80 24 136 92 136 172z',
    car: 'M192 512l80-224c8-24 32-40 56-40h368c24 0 48 16 56 40l80 224h40c18 0 32 14 32 32v224c0 18-14 32-32 32h-64v64c0 18-14 32-32 32h-48c-18 0-32-14-32-32v-64H328v64c0 18-14 32-32 32h-48c-18 0-32-14-32-32v-64h-64c-18 0-32-14-32-32V544c0-18 14-32 32-32zm84 0h472l-64-184H340zm-12 80a48 48 0 100 96 48 48 0 000-96zm496 0a48 48 0 100 96 48 48 0 000-96z',
    logout: 'M868 732h-70.3c-4.8 0-9.3 2.1-12.3 5.8-7 8.5-14.5 16.7-22.4 24.5a353.84 353.84 0 01-112.7 75.9A352.8 352.8 0 01512.4 866c-47.9 0-94.3-9.4-137.9-27.8a353.84 353.84 0 01-112.7-75.9 353.28 353.28 0 01-76-112.5C167.3 606.2 158 559.9 158 512s9.4-94.2 27.8-137.8c17.8-42.1 43.4-80 76-112.5s70.5-58.1 112.7-75.9c43.6-18.4 90-27.8 137.9-27.8 47.9 0 94.3 9.3 137.9 27.8 42.2 17.8 80.1 43.4 112.7 75.9 7.9 7.9 15.3 16.1 22.4 24.5 3 3.7 7.6 5.8 12.3 5.8H868c6.3 0 10.2-7 6.7-12.3C798 160.5 663.8 81.6 511.3 82 271.7 82.6 79.6 277.1 82 516.4 84.4 751.9 276.2 942 512.4 942c152.1 0 285.7-78.8 362.3-197.7 3.4-5.3-.4-12.3-6.7-12.3zm88.9-226.3L815 393.7c-5.3-4.2-13-.4-13 6.3v76H488c-4.4 0-8 3.6-8 8v56c0 4.4 3.6 8 8 8h314v76c0 6.7 7.8 10.5 13 6.3l141.9-112a8 8 0 000-12.6z',
    login: 'M521.7 82c-152.5-.4-286.7 78.5-363.4 197.7-3.4 5.3.4 12.3 6.7 12.3h70.3c4.8 0 9.3-2.1 12.3-5.8 7-8.5 14.5-16.7 22.4-24.5 32.6-32.5 70.5-58.1 112.7-75.9 43.6-18.4 90-27.8 137.9-27.8 47.9 0 94.3 9.3 137.9 27.8 42.2 17.8 80.1 43.4 112.7 75.9 32.6 32.5 58.1 70.4 76 112.5C865.7 417.8 875 464.1 875 512c0 47.9-9.4 94.2-27.8 137.8-17.8 42.1-43.4 80-76 112.5s-70.5 58.1-112.7 75.9A352.8 352.8 0 01520.6 866c-47.9 0-94.3-9.4-137.9-27.8A353.84 353.84 0 01270 762.3c-7.9-7.9-15.3-16.1-22.4-24.5-3-3.7-7.6-5.8-12.3-5.8H165c-6.3 0-10.2 7-6.7 12.3C234.9 863.2 368.5 942 520.6 942c236.2 0 428-190.1 430.4-425.6C953.4 277.1 761.3 82.6 521.7 82zM395.02 624v-76h-314c-4.4 0-8-3.6-8-8v-56c0-4.4 3.6-8 8-8h314v-76c0-6.7 7.8-10.5 13-6.3l141.9 112a8 8 0 010 12.6l-141.9 112c-5.2 4.1-13 .4-13-6.3z',
    home: 'M946.5 505L560.1 118.8l-25.9-25.9a31.5 31.5 0 00-44.4 0L77.5 505a63.9 63.9 0 00-18.8 46c.4 35.2 29.7 63.3 64.9 63.3h42.5V940h691.8V614.3h43.4c17.1 0 33.2-6.7 45.3-18.8a63.6 63.6 0 0018.7-45.3c0-17-6.7-33.1-18.8-45.2zM568 868H456V664h112v204zm217.9-325.7V868H632V640c0-22.1-17.9-40-40-40H432c-22.1 0-40 17.9-40 40v228H238.1V542.3h-96l370-369.7 23.1 23.1L882 542.3h-96.1z',
    mobile: 'M744 62H280c-35.3 0-64 28.7-64 64v768c0 35.3 28.7 64 64 64h464c35.3 0 64-28.7 64-64V128c0-35.3-28.7-64-64-64zm-8 824H288V134h448v752zM472 784a40 40 0 1080 0 40 40 0 10-80 0z',
    safety: 'M866.9 169.9L527.1 54.1C523 52.7 517.5 52 512 52s-11 .7-15.1 2.1L157.1 169.9c-8.3 2.8-15.1 12.4-15.1 21.2v482.4c0 8.8 5.7 20.4 12.6 25.9L499.3 968c3.5 2.7 8 4.1 12.6 4.1s9.2-1.4 12.6-4.1l344.7-268.6c6.9-5.4 12.6-17 12.6-25.9V191.1c.2-8.8-6.6-18.3-14.9-21.2zM694.5 340.7L481.9 633.4a16.1 16.1 0 01-26 0l-126.4-174c-3.8-5.3 0-12.7 6.5-12.7h55.2c5.1 0 10 2.5 13 6.6l64.7 89 150.9-207.8c3-4.1 7.8-6.6 13-6.6H688c6.5.1 10.3 7.5 6.5 12.8z'
  };
  var ICON_VIEWBOX = { loading: '0 0 1024 1024' };
  function iconMarkup(name) {
    return '<svg viewBox="' + (ICON_VIEWBOX[name] || '64 64 896 896') + '" focusable="false" data-icon="' + name + '" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="' + (ICONS[name] || '') + '"></path></svg>';
  }
  function Icon(name, extra, props) {
    var span = h('span', Object.assign({ role: 'img', 'aria-label': name, className: cx('anticon', 'anticon-' + name, extra, name === 'loading' && 'anticon-spin') }, props || {}));
    span.innerHTML = iconMarkup(name);
    return span;
  }
  function setIcon(span, name) {
    var old = span.getAttribute('aria-label');
    span.classList.remove('anticon-' + old);
    span.classList.add('anticon-' + name);
    span.setAttribute('aria-label', name);
    span.innerHTML = iconMarkup(name);
  }
  function emblem() {
    var spokes = '';
    for (var i = 0; i < 24; i++) {
      var a = (Math.PI * 2 * i) / 24;
      spokes += '<line x1="20" y1="20" x2="' + (20 + Math.cos(a) * 13).toFixed(2) + '" y2="' + (20 + Math.sin(a) * 13).toFixed(2) + '"/>';
    }
    return '<svg viewBox="0 0 40 40" width="100%" height="100%" aria-hidden="true"><circle cx="20" cy="20" r="18" fill="#fff" stroke="#0b3c7d" stroke-width="2"/><circle cx="20" cy="20" r="13.5" fill="none" stroke="#0b3c7d" stroke-width="1.4"/><g stroke="#0b3c7d" stroke-width="0.8">' + spokes + '</g><circle cx="20" cy="20" r="2.6" fill="#0b3c7d"/></svg>';
  }

  /* ------------------------------------------------------------------ rc-motion */
  function motion(el, name, type, done) {
    var base = name + '-' + type;
    var finished = false;
    var token = (el.__motion || 0) + 1;
    el.__motion = token;
    el.classList.add(base, base + '-start');
    function finish(e) {
      if (e && e.target !== el) return;
      if (finished) return;
      finished = true;
      el.removeEventListener('animationend', finish);
      clearTimeout(timer);
      if (el.__motion === token && done) done();
      el.classList.remove(base, base + '-start', base + '-active');
    }
    var timer = setTimeout(finish, 450);
    el.addEventListener('animationend', finish);
    raf(function () {
      raf(function () {
        if (finished) return;
        el.classList.remove(base + '-start');
        el.classList.add(base + '-active');
      });
    });
  }
  function wave(btn) {
    if (btn.classList.contains('ant-btn-link') || btn.classList.contains('ant-btn-text')) return;
    btn.removeAttribute('ant-click-animating-without-extra-node');
    void btn.offsetWidth;
    btn.setAttribute('ant-click-animating-without-extra-node', 'true');
    clearTimeout(btn.__wave);
    btn.__wave = setTimeout(function () {
      btn.setAttribute('ant-click-animating-without-extra-node', 'false');
    }, 420);
  }

  /* ------------------------------------------------------------------ axios-like client */
  var sessionExpiredHandler = null;
  function getCookie(name) {
    var parts = doc.cookie ? doc.cookie.split('; ') : [];
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf('=');
      if (parts[i].slice(0, eq) === name) return decodeURIComponent(parts[i].slice(eq + 1));
    }
    return null;
  }
  function request(method, url, body, opts) {
    opts = opts || {};
    var headers = { Accept: 'application/json, text/plain, */*' };
    var xsrf = getCookie('XSRF-TOKEN');
    if (xsrf) headers['X-XSRF-TOKEN'] = xsrf;
    var init = { method: method, headers: headers, credentials: 'same-origin' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(url, init).then(
      function (res) {
        return res.text().then(function (text) {
          var data = null;
          try {
            data = text ? JSON.parse(text) : null;
          } catch (e) {
            data = { message: text };
          }
          if (res.status === 401 && !opts.skipAuthRedirect) {
            if (sessionExpiredHandler) sessionExpiredHandler(data);
            var ex = new Error('Session expired');
            ex.expired = true;
            throw ex;
          }
          if (!res.ok) {
            var err = new Error((data && data.message) || 'Request failed with status code ' + res.status);
            err.status = res.status;
            err.data = data || {};
            throw err;
          }
          return data;
        });
      },
      function () {
        var err = new Error('Network Error. Please check your internet connection.');
        err.network = true;
        err.data = {};
        throw err;
      }
    );
  }

  /* ------------------------------------------------------------------ message */
  var messageList = null;
  function messageOpen(type, content, duration) {
    if (!messageList) {
      messageList = h('div');
      doc.body.appendChild(h('div', null, h('div', { className: 'ant-message' }, messageList)));
    }
    var iconName = { success: 'check-circle', error: 'close-circle', info: 'info-circle', warning: 'exclamation-circle', loading: 'loading' }[type];
    var notice = h('div', { className: 'ant-message-notice' },
      h('div', { className: 'ant-message-notice-content' },
        h('div', { className: 'ant-message-custom-content ant-message-' + type }, Icon(iconName), h('span', null, content))));
    messageList.appendChild(notice);
    motion(notice, 'ant-move-up', 'appear');
    var closed = false;
    var timer = setTimeout(close, (duration === undefined ? 3 : duration) * 1000);
    function close() {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      motion(notice, 'ant-move-up', 'leave', function () {
        detach(notice);
      });
    }
    return close;
  }
  var message = {
    success: function (c, d) { return messageOpen('success', c, d); },
    error: function (c, d) { return messageOpen('error', c, d); },
    info: function (c, d) { return messageOpen('info', c, d); },
    warning: function (c, d) { return messageOpen('warning', c, d); },
    loading: function (c, d) { return messageOpen('loading', c, d); }
  };

  /* ------------------------------------------------------------------ notification */
  var notificationList = null;
  function notify(type, title, description, duration) {
    if (!notificationList) {
      notificationList = h('div');
      doc.body.appendChild(h('div', null, h('div', { className: 'ant-notification ant-notification-topRight', style: 'right: 0px; top: 24px; bottom: auto;' }, notificationList)));
    }
    var iconName = { success: 'check-circle', error: 'close-circle', info: 'info-circle', warning: 'exclamation-circle' }[type];
    var closeBtn = h('a', { tabindex: '0', className: 'ant-notification-notice-close' }, h('span', { className: 'ant-notification-notice-close-x' }, Icon('close', 'ant-notification-close-icon')));
    var notice = h('div', { className: 'ant-notification-notice ant-notification-notice-closable' },
      h('div', { className: 'ant-notification-notice-content' },
        h('div', { className: 'ant-notification-notice-with-icon', role: 'alert' },
          Icon(iconName, 'ant-notification-notice-icon ant-notification-notice-icon-' + type),
          h('div', { className: 'ant-notification-notice-message' }, title),
          h('div', { className: 'ant-notification-notice-description' }, description))),
      closeBtn);
    notificationList.appendChild(notice);
    motion(notice, 'ant-notification-fade', 'appear');
    var closed = false;
    var timer = null;
    function arm() {
      timer = setTimeout(close, (duration === undefined ? 4.5 : duration) * 1000);
    }
    function close() {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      motion(notice, 'ant-notification-fade', 'leave', function () {
        detach(notice);
      });
    }
    notice.addEventListener('mouseenter', function () { clearTimeout(timer); });
    notice.addEventListener('mouseleave', arm);
    closeBtn.addEventListener('click', close);
    arm();
    return close;
  }

  /* ------------------------------------------------------------------ rc-dialog / Modal */
  var dialogSeq = 0;
  var openDialogs = [];
  var confirmDialogs = [];
  function syncScrollLock() {
    var body = doc.body;
    if (openDialogs.length) {
      if (!body.classList.contains('ant-scrolling-effect')) {
        var sw = window.innerWidth - doc.documentElement.clientWidth;
        body.classList.add('ant-scrolling-effect');
        body.style.overflow = 'hidden';
        if (sw > 0) body.style.width = 'calc(100% - ' + sw + 'px)';
      }
    } else if (body.classList.contains('ant-scrolling-effect')) {
      body.classList.remove('ant-scrolling-effect');
      body.style.overflow = '';
      body.style.width = '';
    }
  }
  function Dialog(o) {
    var m = { visible: false, destroyed: false };
    var titleId = 'rcDialogTitle' + dialogSeq++;
    var container = h('div');
    var mask = h('div', { className: 'ant-modal-mask' });
    var sentinelStyle = 'width: 0px; height: 0px; overflow: hidden; outline: none;';
    var sentinelStart = h('div', { tabindex: '0', 'aria-hidden': 'true', style: sentinelStyle });
    var sentinelEnd = h('div', { tabindex: '0', 'aria-hidden': 'true', style: sentinelStyle });
    var content = h('div', { className: 'ant-modal-content' });
    if (o.closable !== false) {
      content.appendChild(h('button', { type: 'button', 'aria-label': 'Close', className: 'ant-modal-close', onClick: function () { m.cancel(); } },
        h('span', { className: 'ant-modal-close-x' }, Icon('close', 'ant-modal-close-icon'))));
    }
    if (o.title) content.appendChild(h('div', { className: 'ant-modal-header' }, h('div', { className: 'ant-modal-title', id: titleId }, o.title)));
    content.appendChild(h('div', { className: 'ant-modal-body' }, o.body));
    if (o.footer) content.appendChild(h('div', { className: 'ant-modal-footer' }, o.footer));
    var dialog = h('div', { role: 'dialog', 'aria-labelledby': o.title ? titleId : null, 'aria-modal': 'true', className: cx('ant-modal', o.className), style: 'width: ' + (o.width || 520) + 'px;' }, sentinelStart, content, sentinelEnd);
    var wrap = h('div', { tabindex: '-1', className: cx('ant-modal-wrap', o.wrapClassName), style: 'display: none;' }, dialog);
    container.appendChild(h('div', { className: 'ant-modal-root' }, mask, wrap));
    var downOnWrap = false;
    wrap.addEventListener('mousedown', function (e) { downOnWrap = e.target === wrap; });
    wrap.addEventListener('click', function (e) {
      if (e.target === wrap && downOnWrap && o.maskClosable !== false) m.cancel();
    });
    wrap.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && o.keyboard !== false) {
        e.stopPropagation();
        m.cancel();
        return;
      }
      if (e.key === 'Tab') {
        if (!e.shiftKey && doc.activeElement === sentinelEnd) {
          sentinelStart.focus();
        } else if (e.shiftKey && doc.activeElement === sentinelStart) {
          sentinelEnd.focus();
        }
      }
    });
    m.open = function () {
      if (m.visible || m.destroyed) return;
      m.visible = true;
      if (!container.parentNode) doc.body.appendChild(container);
      m.lastFocus = doc.activeElement;
      wrap.style.display = '';
      mask.classList.remove('ant-modal-mask-hidden');
      openDialogs.push(m);
      syncScrollLock();
      motion(mask, 'ant-fade', 'appear');
      motion(dialog, 'ant-zoom', 'appear');
      var target = o.autoFocus ? o.autoFocus() : sentinelStart;
      if (target) target.focus();
    };
    m.close = function (after) {
      if (!m.visible) return;
      m.visible = false;
      var idx = openDialogs.indexOf(m);
      if (idx >= 0) openDialogs.splice(idx, 1);
      motion(mask, 'ant-fade', 'leave', function () { mask.classList.add('ant-modal-mask-hidden'); });
      motion(dialog, 'ant-zoom', 'leave', function () {
        wrap.style.display = 'none';
        syncScrollLock();
        if (o.destroyOnClose) m.destroy();
        if (m.lastFocus && m.lastFocus.focus && doc.body.contains(m.lastFocus)) m.lastFocus.focus();
        if (o.afterClose) o.afterClose();
        if (after) after();
      });
    };
    m.cancel = function () {
      if (o.onCancel) o.onCancel(m);
      else m.close();
    };
    m.destroy = function () {
      m.destroyed = true;
      var idx = openDialogs.indexOf(m);
      if (idx >= 0) openDialogs.splice(idx, 1);
      detach(container);
      syncScrollLock();
    };
    m.el = dialog;
    return m;
  }
  function confirmDialog(type, cfg) {
    var iconName = { confirm: 'exclamation-circle', warning: 'exclamation-circle', error: 'close-circle', success: 'check-circle', info: 'info-circle' }[type];
    var busy = false;
    var m = null;
    var okBtn = Button({ type: 'primary', text: cfg.okText || 'OK', onClick: onOk });
    var cancelBtn = type === 'confirm' ? Button({ text: cfg.cancelText || 'Cancel', onClick: onCancel }) : null;
    function onOk() {
      if (busy) return;
      var ret = cfg.onOk ? cfg.onOk() : null;
      if (ret && typeof ret.then === 'function') {
        busy = true;
        okBtn.setLoading(true);
        ret.then(function () {
          busy = false;
          m.close();
        }, function () {
          busy = false;
          okBtn.setLoading(false);
        });
      } else {
        m.close();
      }
    }
    function onCancel() {
      if (busy) return;
      if (type === 'confirm') {
        if (cfg.onCancel) cfg.onCancel();
        m.close();
      } else {
        onOk();
      }
    }
    var body = h('div', { className: 'ant-modal-confirm-body-wrapper' },
      h('div', { className: 'ant-modal-confirm-body' },
        Icon(iconName),
        h('span', { className: 'ant-modal-confirm-title' }, cfg.title),
        h('div', { className: 'ant-modal-confirm-content' }, cfg.content)),
      h('div', { className: 'ant-modal-confirm-btns' }, cancelBtn, okBtn));
    m = Dialog({
      body: body,
      footer: null,
      closable: false,
      maskClosable: false,
      width: 416,
      className: 'ant-modal-confirm ant-modal-confirm-' + type,
      destroyOnClose: true,
      autoFocus: function () { return okBtn; },
      onCancel: onCancel,
      afterClose: function () {
        var i = confirmDialogs.indexOf(m);
        if (i >= 0) confirmDialogs.splice(i, 1);
        if (cfg.afterClose) cfg.afterClose();
      }
    });
    confirmDialogs.push(m);
    m.open();
    return m;
  }
  var Modal = {
    confirm: function (cfg) { return confirmDialog('confirm', cfg); },
    error: function (cfg) { return confirmDialog('error', cfg); },
    success: function (cfg) { return confirmDialog('success', cfg); },
    info: function (cfg) { return confirmDialog('info', cfg); },
    warning: function (cfg) { return confirmDialog('warning', cfg); },
    destroyAll: function () {
      confirmDialogs.slice().forEach(function (d) { d.close(); });
    }
  };

  /* ------------------------------------------------------------------ Button */
  function Button(o) {
    var btn = h('button', {
      type: o.htmlType || 'button',
      className: cx('ant-btn', 'ant-btn-' + (o.type || 'default'), {
        'ant-btn-block': o.block,
        'ant-btn-dangerous': o.danger,
        'ant-btn-lg': o.size === 'large',
        'ant-btn-sm': o.size === 'small',
        'ant-btn-icon-only': o.icon && (o.text === undefined || o.text === null)
      }, o.className),
      title: o.title,
      disabled: o.disabled,
      id: o.id
    });
    var iconEl = o.icon ? Icon(o.icon) : null;
    var textEl = o.text !== undefined && o.text !== null ? h('span', null, o.text) : null;
    if (iconEl) btn.appendChild(iconEl);
    if (textEl) btn.appendChild(textEl);
    var loading = false;
    var loadingEl = null;
    btn.addEventListener('click', function (e) {
      if (loading) {
        e.preventDefault();
        return;
      }
      wave(btn);
      if (o.onClick) o.onClick(e);
    });
    btn.setLoading = function (v) {
      if (loading === !!v) return;
      loading = !!v;
      btn.classList.toggle('ant-btn-loading', loading);
      if (loading) {
        loadingEl = h('span', { className: 'ant-btn-loading-icon' }, Icon('loading'));
        if (iconEl) iconEl.style.display = 'none';
        btn.insertBefore(loadingEl, btn.firstChild);
      } else {
        detach(loadingEl);
        loadingEl = null;
        if (iconEl) iconEl.style.display = '';
      }
    };
    btn.setText = function (t) {
      if (textEl) textEl.textContent = t;
    };
    btn.setDisabled = function (v) {
      btn.disabled = !!v;
    };
    return btn;
  }

  /* ------------------------------------------------------------------ Input / Input.Password */
  function Input(o) {
    var input = h('input', {
      id: o.id,
      type: o.type || 'text',
      className: cx('ant-input', o.size === 'large' && 'ant-input-lg'),
      placeholder: o.placeholder,
      maxlength: o.maxLength,
      autocomplete: o.autoComplete,
      disabled: o.disabled,
      value: o.value || ''
    });
    var wrapper = null;
    var el = input;
    if (o.prefix || o.suffix) {
      wrapper = h('span', { className: cx('ant-input-affix-wrapper', o.size === 'large' && 'ant-input-affix-wrapper-lg', o.wrapperClass) },
        o.prefix ? h('span', { className: 'ant-input-prefix' }, o.prefix) : null,
        input,
        o.suffix ? h('span', { className: 'ant-input-suffix' }, o.suffix) : null);
      input.addEventListener('focus', function () { wrapper.classList.add('ant-input-affix-wrapper-focused'); });
      input.addEventListener('blur', function () { wrapper.classList.remove('ant-input-affix-wrapper-focused'); });
      wrapper.addEventListener('mouseup', function (e) {
        if (e.target === wrapper) input.focus();
      });
      el = wrapper;
    }
    var group = null;
    if (o.addonBefore) {
      group = h('span', { className: 'ant-input-group-wrapper' },
        h('span', { className: 'ant-input-wrapper ant-input-group' }, h('span', { className: 'ant-input-group-addon' }, o.addonBefore), el));
      el = group;
    }
    var listeners = [];
    input.addEventListener('input', function () {
      for (var i = 0; i < listeners.length; i++) listeners[i](input.value);
    });
    return {
      el: el,
      input: input,
      get: function () { return input.value; },
      set: function (v) { input.value = v === null || v === undefined ? '' : v; },
      focus: function () { input.focus(); },
      onChange: function (fn) { listeners.push(fn); },
      status: function (err, helpId) {
        if (wrapper) {
          wrapper.classList.toggle('ant-input-affix-wrapper-status-error', err);
        } else {
          input.classList.toggle('ant-input-status-error', err);
        }
        if (group) group.classList.toggle('ant-input-group-wrapper-status-error', err);
        if (err) {
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', helpId);
        } else {
          input.removeAttribute('aria-invalid');
          input.removeAttribute('aria-describedby');
        }
      }
    };
  }
  function Password(o) {
    var eye = Icon('eye-invisible', 'ant-input-password-icon', { tabindex: '-1' });
    var ctl = Input(Object.assign({}, o, { type: 'password', suffix: eye, wrapperClass: 'ant-input-password' }));
    ctl.input.setAttribute('action', 'click');
    var shown = false;
    eye.addEventListener('mousedown', function (e) { e.preventDefault(); });
    eye.addEventListener('mouseup', function (e) { e.preventDefault(); });
    eye.addEventListener('click', function () {
      shown = !shown;
      ctl.input.type = shown ? 'text' : 'password';
      setIcon(eye, shown ? 'eye' : 'eye-invisible');
    });
    return ctl;
  }

  /* ------------------------------------------------------------------ rc-select + rc-virtual-list */
  var selectSeq = 0;
  var openSelects = [];
  function Select(o) {
    var id = o.id || 'rc_select_' + selectSeq;
    selectSeq++;
    var listId = id + '_list';
    var ITEM_H = 32;
    var LIST_H = 256;
    var options = o.options || [];
    var value = null;
    var open = false;
    var search = '';
    var filtered = options;
    var activeIndex = 0;
    var scrollTop = 0;
    var loading = !!o.loading;
    var listeners = [];

    var input = h('input', {
      type: 'search',
      autocomplete: 'off',
      className: 'ant-select-selection-search-input',
      role: 'combobox',
      'aria-haspopup': 'listbox',
      'aria-owns': listId,
      'aria-autocomplete': 'list',
      'aria-controls': listId,
      'aria-expanded': 'false',
      id: id,
      value: ''
    });
    if (!o.showSearch) {
      input.setAttribute('readonly', '');
      input.setAttribute('unselectable', 'on');
      input.setAttribute('style', 'opacity: 0;');
    }
    var searchSpan = h('span', { className: 'ant-select-selection-search' }, input);
    var placeholderEl = h('span', { className: 'ant-select-selection-placeholder' }, o.placeholder || '');
    var itemEl = null;
    var selector = h('div', { className: 'ant-select-selector' }, searchSpan, placeholderEl);
    var arrowIcon = Icon(loading ? 'loading' : 'down', 'ant-select-suffix');
    var arrow = h('span', { className: 'ant-select-arrow', unselectable: 'on', 'aria-hidden': 'true', style: 'user-select: none;' }, arrowIcon);
    var root = h('div', { className: cx('ant-select', 'ant-select-single', 'ant-select-show-arrow', o.showSearch && 'ant-select-show-search', o.className), style: o.style }, selector, arrow);

    var portal = null;
    var dropdown = null;
    var a11y = null;
    var vlist = null;
    var holder = null;
    var filler = null;
    var inner = null;
    var scrollbar = null;
    var thumb = null;
    var emptyEl = null;
    var barTimer = null;
    var placement = 'bottomLeft';

    function label(v) {
      for (var i = 0; i < options.length; i++) if (options[i].value === v) return options[i].label;
      return v;
    }
    function refreshSelector() {
      var hasText = !!search;
      if (value !== null && value !== undefined) {
        if (placeholderEl.parentNode) detach(placeholderEl);
        if (!itemEl) {
          itemEl = h('span', { className: 'ant-select-selection-item' });
          selector.appendChild(itemEl);
        }
        itemEl.textContent = label(value);
        itemEl.setAttribute('title', label(value));
        if (hasText) itemEl.setAttribute('style', 'visibility: hidden;');
        else itemEl.removeAttribute('style');
      } else {
        if (itemEl) {
          detach(itemEl);
          itemEl = null;
        }
        if (hasText) detach(placeholderEl);
        else if (!placeholderEl.parentNode) selector.appendChild(placeholderEl);
      }
    }
    function applyFilter() {
      var q = search.trim().toLowerCase();
      filtered = q ? options.filter(function (op) { return String(op.label).toLowerCase().indexOf(q) >= 0; }) : options;
    }
    function ensureDropdown() {
      if (portal) return;
      a11y = h('div', { role: 'listbox', id: listId, style: 'height: 0px; width: 0px; overflow: hidden;' });
      inner = h('div', { className: 'rc-virtual-list-holder-inner', style: 'display: flex; flex-direction: column;' });
      filler = h('div', null, inner);
      holder = h('div', { className: 'rc-virtual-list-holder', style: 'max-height: ' + LIST_H + 'px; overflow-y: auto; overflow-anchor: none;' }, filler);
      thumb = h('div', { className: 'rc-virtual-list-scrollbar-thumb', style: 'width: 100%; height: 128px; top: 0px; left: 0px; position: absolute; background: rgba(0, 0, 0, 0.5); border-radius: 99px; cursor: pointer; user-select: none;' });
      scrollbar = h('div', { className: 'rc-virtual-list-scrollbar', style: 'width: 8px; top: 0px; bottom: 0px; right: 0px; position: absolute; display: none;' }, thumb);
      vlist = h('div', { className: 'rc-virtual-list', style: 'position: relative;' }, holder, scrollbar);
      emptyEl = h('div', { className: 'ant-select-item-empty', id: listId + '_empty' }, Empty(true));
      dropdown = h('div', { className: 'ant-select-dropdown ant-select-dropdown-placement-bottomLeft ant-select-dropdown-hidden', style: 'min-width: 0px; left: -1000vw; top: -1000vh;' }, h('div', null, a11y, vlist));
      portal = h('div', { style: 'position: absolute; top: 0px; left: 0px; width: 100%;' }, h('div', null, dropdown));
      doc.body.appendChild(portal);
      dropdown.addEventListener('mousedown', function (e) { e.preventDefault(); });
      holder.addEventListener('wheel', function (e) {
        if (!isVirtual()) return;
        var d = e.deltaY;
        if (e.deltaMode === 1) d *= ITEM_H;
        var max = maxScroll();
        if ((d < 0 && scrollTop <= 0) || (d > 0 && scrollTop >= max)) return;
        e.preventDefault();
        scrollTo(scrollTop + d);
      }, { passive: false });
      holder.addEventListener('scroll', function () {
        if (Math.abs(holder.scrollTop - scrollTop) > 1) scrollTo(holder.scrollTop);
      });
      thumb.addEventListener('mousedown', function (e) {
        e.preventDefault();
        e.stopPropagation();
        var startY = e.pageY;
        var startTop = scrollTop;
        thumb.classList.add('rc-virtual-list-scrollbar-thumb-moving');
        function move(ev) {
          var ratio = (maxScroll() || 1) / (LIST_H - thumbSize());
          scrollTo(startTop + (ev.pageY - startY) * ratio);
        }
        function up() {
          thumb.classList.remove('rc-virtual-list-scrollbar-thumb-moving');
          window.removeEventListener('mousemove', move);
          window.removeEventListener('mouseup', up);
        }
        window.addEventListener('mousemove', move);
        window.addEventListener('mouseup', up);
      });
    }
    function isVirtual() {
      return filtered.length * ITEM_H > LIST_H;
    }
    function maxScroll() {
      return Math.max(0, filtered.length * ITEM_H - LIST_H);
    }
    function thumbSize() {
      var total = filtered.length * ITEM_H || 1;
      return Math.max((LIST_H / total) * LIST_H, 20);
    }
    function scrollTo(t) {
      scrollTop = Math.max(0, Math.min(maxScroll(), t));
      renderList();
      showBar();
    }
    function showBar() {
      if (!isVirtual()) return;
      scrollbar.style.display = '';
      scrollbar.classList.add('rc-virtual-list-scrollbar-show');
      clearTimeout(barTimer);
      barTimer = setTimeout(function () {
        scrollbar.style.display = 'none';
        scrollbar.classList.remove('rc-virtual-list-scrollbar-show');
      }, 2000);
    }
    function renderA11y() {
      clear(a11y);
      for (var i = activeIndex - 1; i <= activeIndex + 1; i++) {
        var op = filtered[i];
        if (!op) continue;
        a11y.appendChild(h('div', { 'aria-label': op.label, role: 'option', id: listId + '_' + i, 'aria-selected': String(op.value === value) }, op.value));
      }
      if (filtered[activeIndex]) input.setAttribute('aria-activedescendant', listId + '_' + activeIndex);
      else input.removeAttribute('aria-activedescendant');
    }
    function renderList() {
      if (!portal) return;
      var n = filtered.length;
      var listParent = vlist.parentNode || emptyEl.parentNode;
      if (!n) {
        if (vlist.parentNode) listParent.replaceChild(emptyEl, vlist);
        dropdown.classList.add('ant-select-dropdown-empty');
        renderA11y();
        return;
      }
      if (emptyEl.parentNode) listParent.replaceChild(vlist, emptyEl);
      dropdown.classList.remove('ant-select-dropdown-empty');
      var virtual = isVirtual();
      scrollTop = Math.max(0, Math.min(maxScroll(), scrollTop));
      var start = 0;
      var end = n - 1;
      if (virtual) {
        start = Math.floor(scrollTop / ITEM_H);
        end = Math.min(n - 1, Math.ceil((scrollTop + LIST_H) / ITEM_H));
        holder.setAttribute('style', 'max-height: ' + LIST_H + 'px; overflow-y: hidden; overflow-anchor: none;');
        filler.setAttribute('style', 'height: ' + n * ITEM_H + 'px; position: relative; overflow: hidden;');
        inner.setAttribute('style', 'transform: translateY(' + start * ITEM_H + 'px); position: absolute; left: 0px; right: 0px; top: 0px; display: flex; flex-direction: column;');
        var ts = thumbSize();
        var max = maxScroll();
        thumb.style.height = ts + 'px';
        thumb.style.top = (max ? (scrollTop / max) * (LIST_H - ts) : 0) + 'px';
      } else {
        holder.setAttribute('style', 'max-height: ' + LIST_H + 'px; overflow-y: auto; overflow-anchor: none;');
        filler.removeAttribute('style');
        inner.setAttribute('style', 'display: flex; flex-direction: column;');
        scrollbar.style.display = 'none';
      }
      var wanted = [];
      for (var i = start; i <= end; i++) wanted.push(optionEl(i));
      var kids = Array.prototype.slice.call(inner.children);
      kids.forEach(function (k) { if (wanted.indexOf(k) < 0) inner.removeChild(k); });
      wanted.forEach(function (w, idx) { if (inner.children[idx] !== w) inner.insertBefore(w, inner.children[idx] || null); });
      holder.scrollTop = scrollTop;
      renderA11y();
    }
    var nodeCache = {};
    function indexOfValue(v) {
      for (var k = 0; k < filtered.length; k++) if (filtered[k].value === v) return k;
      return -1;
    }
    function optionEl(i) {
      var op = filtered[i];
      var selected = op.value === value;
      var el = nodeCache[op.value];
      if (!el) {
        el = h('div', { title: op.label }, h('div', { className: 'ant-select-item-option-content' }, op.label),
          h('span', { className: 'ant-select-item-option-state', unselectable: 'on', 'aria-hidden': 'true', style: 'user-select: none;' }));
        el.__value = op.value;
        el.addEventListener('mousemove', function () {
          var idx = indexOfValue(el.__value);
          if (idx < 0 || activeIndex === idx) return;
          activeIndex = idx;
          var kids = inner.children;
          for (var k = 0; k < kids.length; k++) kids[k].classList.toggle('ant-select-item-option-active', kids[k] === el);
          renderA11y();
        });
        el.addEventListener('click', function () {
          var idx = indexOfValue(el.__value);
          if (idx >= 0) choose(idx);
        });
        nodeCache[op.value] = el;
      }
      el.setAttribute('aria-selected', String(selected));
      el.className = cx('ant-select-item', 'ant-select-item-option', { 'ant-select-item-option-active': i === activeIndex, 'ant-select-item-option-selected': selected });
      return el;
    }
    function ensureVisible(i) {
      if (i * ITEM_H < scrollTop) scrollTop = i * ITEM_H;
      else if ((i + 1) * ITEM_H > scrollTop + LIST_H) scrollTop = (i + 1) * ITEM_H - LIST_H;
    }
    function position() {
      if (!open || !dropdown) return;
      var r = root.getBoundingClientRect();
      var ddH = dropdown.offsetHeight;
      var top = r.bottom + 4;
      var next = 'bottomLeft';
      if (top + ddH > window.innerHeight && r.top - 4 - ddH > 0) {
        top = r.top - 4 - ddH;
        next = 'topLeft';
      }
      if (next !== placement) {
        dropdown.classList.remove('ant-select-dropdown-placement-' + placement);
        dropdown.classList.add('ant-select-dropdown-placement-' + next);
        placement = next;
      }
      dropdown.style.minWidth = r.width + 'px';
      dropdown.style.width = r.width + 'px';
      dropdown.style.left = r.left + window.scrollX + 'px';
      dropdown.style.top = top + window.scrollY + 'px';
    }
    function onWindowChange() {
      position();
    }
    function openDropdown() {
      if (open) return;
      open = true;
      ensureDropdown();
      openSelects.push(api);
      root.classList.add('ant-select-open');
      input.setAttribute('aria-expanded', 'true');
      if (o.showSearch) setIcon(arrowIcon, loading ? 'loading' : 'search');
      applyFilter();
      var selIdx = -1;
      for (var i = 0; i < filtered.length; i++) if (filtered[i].value === value) selIdx = i;
      activeIndex = selIdx >= 0 ? selIdx : 0;
      if (selIdx >= 0) ensureVisible(selIdx);
      dropdown.classList.remove('ant-select-dropdown-hidden');
      renderList();
      position();
      holder.scrollTop = scrollTop;
      motion(dropdown, placement === 'topLeft' ? 'ant-slide-down' : 'ant-slide-up', 'enter');
      window.addEventListener('resize', onWindowChange);
      window.addEventListener('scroll', onWindowChange, true);
    }
    function closeDropdown() {
      if (!open) return;
      open = false;
      var idx = openSelects.indexOf(api);
      if (idx >= 0) openSelects.splice(idx, 1);
      root.classList.remove('ant-select-open');
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      if (o.showSearch) setIcon(arrowIcon, loading ? 'loading' : 'down');
      search = '';
      input.value = '';
      refreshSelector();
      window.removeEventListener('resize', onWindowChange);
      window.removeEventListener('scroll', onWindowChange, true);
      motion(dropdown, placement === 'topLeft' ? 'ant-slide-down' : 'ant-slide-up', 'leave', function () {
        dropdown.classList.add('ant-select-dropdown-hidden');
      });
    }
    function choose(i) {
      var op = filtered[i];
      if (!op) return;
      var changed = op.value !== value;
      value = op.value;
      closeDropdown();
      refreshSelector();
      if (changed) for (var k = 0; k < listeners.length; k++) listeners[k](value);
    }
    function move(delta) {
      if (!filtered.length) return;
      activeIndex = (activeIndex + delta + filtered.length) % filtered.length;
      ensureVisible(activeIndex);
      renderList();
    }
    root.addEventListener('mousedown', function (e) {
      var onInput = e.target === input;
      if (!onInput) e.preventDefault();
      if (doc.activeElement !== input) input.focus();
      if (!open) openDropdown();
      else if (!o.showSearch || !onInput) closeDropdown();
    });
    input.addEventListener('focus', function () {
      root.classList.add('ant-select-focused');
    });
    input.addEventListener('blur', function () {
      root.classList.remove('ant-select-focused');
      closeDropdown();
    });
    input.addEventListener('input', function () {
      if (!o.showSearch) return;
      search = input.value;
      if (!open) openDropdown();
      applyFilter();
      activeIndex = 0;
      scrollTop = 0;
      refreshSelector();
      renderList();
      position();
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (!open) openDropdown();
        else move(e.key === 'ArrowDown' ? 1 : -1);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        if (open) choose(activeIndex);
        else openDropdown();
      } else if (e.key === 'Escape') {
        if (open) {
          e.stopPropagation();
          closeDropdown();
        }
      } else if (e.key === 'Tab') {
        closeDropdown();
      }
    });
    var api = {
      el: root,
      input: input,
      get: function () { return value; },
      set: function (v) {
        value = v === undefined ? null : v;
        refreshSelector();
      },
      focus: function () { input.focus(); },
      onChange: function (fn) { listeners.push(fn); },
      close: closeDropdown,
      destroy: function () {
        closeDropdown();
        detach(portal);
      },
      setOptions: function (list) {
        options = list || [];
        nodeCache = {};
        if (inner) clear(inner);
        applyFilter();
        refreshSelector();
        if (open) {
          renderList();
          position();
        }
      },
      setLoading: function (v) {
        loading = !!v;
        setIcon(arrowIcon, loading ? 'loading' : open && o.showSearch ? 'search' : 'down');
        arrowIcon.classList.toggle('anticon-spin', loading);
      },
      status: function (err) {
        root.classList.toggle('ant-select-status-error', err);
      }
    };
    return api;
  }
  function closeAllSelects() {
    openSelects.slice().forEach(function (s) { s.close(); });
  }

  /* ------------------------------------------------------------------ Radio.Group (button style) */
  function RadioGroup(o) {
    var value = null;
    var listeners = [];
    var group = h('div', { className: cx('ant-radio-group', 'ant-radio-group-' + (o.buttonStyle || 'outline')), id: o.id });
    var items = o.options.map(function (op) {
      var input = h('input', { type: 'radio', className: 'ant-radio-button-input', value: op.value });
      var dot = h('span', { className: 'ant-radio-button' }, input, h('span', { className: 'ant-radio-button-inner' }));
      var wrapper = h('label', { className: 'ant-radio-button-wrapper' }, dot, h('span', null, op.label));
      input.addEventListener('change', function () {
        if (input.checked) setValue(op.value, true);
      });
      group.appendChild(wrapper);
      return { op: op, input: input, dot: dot, wrapper: wrapper };
    });
    function setValue(v, fire) {
      value = v;
      items.forEach(function (it) {
        var on = it.op.value === v;
        it.input.checked = on;
        it.wrapper.classList.toggle('ant-radio-button-wrapper-checked', on);
        it.dot.classList.toggle('ant-radio-button-checked', on);
      });
      if (fire) for (var i = 0; i < listeners.length; i++) listeners[i](v);
    }
    return {
      el: group,
      get: function () { return value; },
      set: function (v) { setValue(v === undefined ? null : v, false); },
      focus: function () { if (items[0]) items[0].input.focus(); },
      onChange: function (fn) { listeners.push(fn); },
      status: function () {}
    };
  }

  /* ------------------------------------------------------------------ rc-field-form */
  function runRules(rules, v, values) {
    var errs = [];
    var empty = v === null || v === undefined || (typeof v === 'string' && v.length === 0);
    for (var i = 0; i < rules.length; i++) {
      var r = rules[i];
      if (r.required) {
        if (empty || (r.whitespace && typeof v === 'string' && !v.trim())) errs.push(r.message);
        continue;
      }
      if (empty) continue;
      if (r.pattern && !r.pattern.test(String(v))) errs.push(r.message);
      if (r.validator) {
        var msg = r.validator(v, values);
        if (msg) errs.push(msg);
      }
    }
    return errs;
  }
  function createForm(name, layout) {
    var form = { name: name, fields: {}, store: {} };
    form.el = h('form', { id: name, className: 'ant-form ant-form-' + (layout || 'horizontal') });
    form.el.addEventListener('submit', function (e) {
      e.preventDefault();
      if (form.onSubmit) form.onSubmit();
    });
    form.item = function (o) {
      var fid = name + '_' + o.name;
      var ctl = o.control;
      var labelEl = o.label ? h('label', { for: o.noFor ? null : fid, className: o.required ? 'ant-form-item-required' : null, title: o.label }, o.label) : null;
      var extraEl = o.extra ? h('div', { className: 'ant-form-item-extra' }, o.extra) : null;
      var controlCol = h('div', { className: 'ant-col ant-form-item-control' },
        h('div', { className: 'ant-form-item-control-input' }, h('div', { className: 'ant-form-item-control-input-content' }, ctl.el)),
        extraEl);
      var itemEl = h('div', { className: 'ant-form-item' },
        h('div', { className: 'ant-row ant-form-item-row' }, labelEl ? h('div', { className: 'ant-col ant-form-item-label' }, labelEl) : null, controlCol));
      var field = { name: o.name, id: fid, itemEl: itemEl, controlCol: controlCol, extraEl: extraEl, ctl: ctl, rules: o.rules || [], deps: o.dependencies || [], touched: false, explain: null };
      form.fields[o.name] = field;
      if (form.store[o.name] !== undefined) ctl.set(form.store[o.name]);
      ctl.onChange(function (v) {
        form.store[o.name] = v;
        field.touched = true;
        form.validateField(o.name);
        for (var k in form.fields) {
          var other = form.fields[k];
          if (other.deps.indexOf(o.name) >= 0 && other.touched) form.validateField(k);
        }
        if (o.onChange) o.onChange(v);
      });
      return itemEl;
    };
    form.plainItem = function (children) {
      return h('div', { className: 'ant-form-item' },
        h('div', { className: 'ant-row ant-form-item-row' },
          h('div', { className: 'ant-col ant-form-item-control' },
            h('div', { className: 'ant-form-item-control-input' }, h('div', { className: 'ant-form-item-control-input-content' }, children)))));
    };
    form.remove = function (n) {
      delete form.fields[n];
    };
    form.setErrors = function (n, errs) {
      var f = form.fields[n];
      if (!f) return;
      var has = errs.length > 0;
      f.itemEl.classList.toggle('ant-form-item-has-error', has);
      f.itemEl.classList.toggle('ant-form-item-with-help', has);
      f.ctl.status(has, f.id + '_help');
      if (f.explain) {
        detach(f.explain);
        f.explain = null;
      }
      if (has) {
        f.explain = h('div', { style: 'display: flex; flex-wrap: nowrap;' },
          h('div', { id: f.id + '_help', className: 'ant-form-item-explain ant-form-item-explain-connected', role: 'alert' },
            errs.map(function (m) { return h('div', { className: 'ant-form-item-explain-error' }, m); })),
          h('div', { style: 'width: 0px; height: 24px;' }));
        f.controlCol.insertBefore(f.explain, f.extraEl);
      }
    };
    form.validateField = function (n) {
      var f = form.fields[n];
      if (!f) return true;
      var errs = runRules(f.rules, f.ctl.get(), form.values());
      form.setErrors(n, errs);
      return errs.length === 0;
    };
    form.validate = function () {
      var ok = true;
      for (var k in form.fields) {
        form.fields[k].touched = true;
        if (!form.validateField(k)) ok = false;
      }
      return ok;
    };
    form.values = function () {
      var out = {};
      for (var k in form.fields) out[k] = form.fields[k].ctl.get();
      return out;
    };
    form.setValue = function (n, v) {
      form.store[n] = v;
      if (form.fields[n]) form.fields[n].ctl.set(v);
    };
    return form;
  }

  /* ------------------------------------------------------------------ small display components */
  function Empty(small) {
    return h('div', { className: cx('ant-empty', small ? 'ant-empty-small' : 'ant-empty-normal') },
      h('div', { className: 'ant-empty-image', html: '<svg class="ant-empty-img-simple" width="64" height="41" viewBox="0 0 64 41" xmlns="http://www.w3.org/2000/svg"><g transform="translate(0 1)" fill="none" fill-rule="evenodd"><ellipse class="ant-empty-img-simple-ellipse" cx="32" cy="33" rx="32" ry="7"></ellipse><g class="ant-empty-img-simple-g" fill-rule="nonzero"><path d="M55 12.76L44.854 1.258C44.367.474 43.656 0 42.907 0H21.093c-.749 0-1.46.474-1.947 1.257L9 12.761V22h46v-9.24z"></path><path d="M41.613 15.931c0-1.605.994-2.93 2.227-2.931H55v18.137C55 33.26 53.68 35 52.05 35h-40.1C10.32 35 9 33.259 9 31.137V13h11.16c1.233 0 2.227 1.323 2.227 2.928v.022c0 1.605 1.005 2.901 2.237 2.901h14.752c1.232 0 2.237-1.308 2.237-2.913v-.007z" class="ant-empty-img-simple-path"></path></g></g></svg>' }),
      h('div', { className: 'ant-empty-description' }, 'No data'));
  }
  function Alert(type, msg, description) {
    var iconName = { success: 'check-circle', info: 'info-circle', warning: 'exclamation-circle', error: 'close-circle' }[type];
    return h('div', { 'data-show': 'true', className: cx('ant-alert', 'ant-alert-' + type, description && 'ant-alert-with-description'), role: 'alert' },
      Icon(iconName, 'ant-alert-icon'),
      h('div', { className: 'ant-alert-content' },
        h('div', { className: 'ant-alert-message' }, msg),
        description ? h('div', { className: 'ant-alert-description' }, description) : null));
  }
  function Card(title, children, o) {
    o = o || {};
    return h('div', { className: cx('ant-card', 'ant-card-bordered', o.small && 'ant-card-small', o.className) },
      title ? h('div', { className: 'ant-card-head' }, h('div', { className: 'ant-card-head-wrapper' }, h('div', { className: 'ant-card-head-title' }, title), o.extra ? h('div', { className: 'ant-card-extra' }, o.extra) : null)) : null,
      h('div', { className: 'ant-card-body' }, children));
  }
  function Space(children, gap) {
    return h('div', { className: 'ant-space ant-space-horizontal ant-space-align-center', style: 'gap: ' + (gap || 8) + 'px;' },
      children.filter(Boolean).map(function (c) { return h('div', { className: 'ant-space-item' }, c); }));
  }
  function Steps(titles, current, done) {
    return h('div', { className: 'ant-steps ant-steps-horizontal ant-steps-label-horizontal' },
      titles.map(function (t, i) {
        var status = i < current || (done && i === current) ? 'finish' : i === current ? 'process' : 'wait';
        return h('div', { className: cx('ant-steps-item', 'ant-steps-item-' + status, i === current && 'ant-steps-item-active') },
          h('div', { className: 'ant-steps-item-container' },
            h('div', { className: 'ant-steps-item-tail' }),
            h('div', { className: 'ant-steps-item-icon' }, status === 'finish' ? h('span', { className: 'ant-steps-icon' }, Icon('check', 'ant-steps-finish-icon')) : h('span', { className: 'ant-steps-icon' }, String(i + 1))),
            h('div', { className: 'ant-steps-item-content' }, h('div', { className: 'ant-steps-item-title' }, t))));
      }));
  }
  function Descriptions(rows, o) {
    o = o || {};
    var cols = o.column || 1;
    var trs = [];
    for (var i = 0; i < rows.length; i += cols) {
      var cells = [];
      for (var j = i; j < i + cols && j < rows.length; j++) {
        cells.push(h('th', { className: 'ant-descriptions-item-label', colspan: '1' }, rows[j][0]));
        cells.push(h('td', { className: 'ant-descriptions-item-content', colspan: '1' }, rows[j][1]));
      }
      trs.push(h('tr', { className: 'ant-descriptions-row' }, cells));
    }
    return h('div', { className: cx('ant-descriptions', 'ant-descriptions-bordered', o.small && 'ant-descriptions-small') },
      o.title ? h('div', { className: 'ant-descriptions-header' }, h('div', { className: 'ant-descriptions-title' }, o.title)) : null,
      h('div', { className: 'ant-descriptions-view' }, h('table', null, h('tbody', null, trs))));
  }
  function Divider(text) {
    return h('div', { className: 'ant-divider ant-divider-horizontal ant-divider-with-text ant-divider-with-text-left', role: 'separator' }, h('span', { className: 'ant-divider-inner-text' }, text));
  }
  function Table(columns, rows, o) {
    o = o || {};
    var thead = h('thead', { className: 'ant-table-thead' }, h('tr', null, columns.map(function (c) { return h('th', { className: 'ant-table-cell' }, c.title); })));
    var body;
    if (!rows.length) {
      body = h('tbody', { className: 'ant-table-tbody' }, h('tr', { className: 'ant-table-placeholder' }, h('td', { colspan: String(columns.length), className: 'ant-table-cell' }, Empty(false))));
    } else {
      body = h('tbody', { className: 'ant-table-tbody' }, rows.map(function (r, i) {
        return h('tr', { 'data-row-key': String(r.key !== undefined ? r.key : i), className: 'ant-table-row ant-table-row-level-0' },
          columns.map(function (c) { return h('td', { className: 'ant-table-cell' }, c.render ? c.render(r[c.dataIndex], r, i) : r[c.dataIndex]); }));
      }));
    }
    return h('div', { className: 'ant-table-wrapper' },
      h('div', { className: 'ant-spin-nested-loading' },
        h('div', { className: 'ant-spin-container' },
          h('div', { className: cx('ant-table', o.bordered && 'ant-table-bordered', o.size === 'small' && 'ant-table-small') },
            h('div', { className: 'ant-table-container' },
              h('div', { className: 'ant-table-content' },
                h('table', { style: 'table-layout: auto;' }, h('colgroup'), thead, body)))))));
  }
  function SpinDots(large) {
    return h('span', { className: 'ant-spin-dot ant-spin-dot-spin' },
      h('i', { className: 'ant-spin-dot-item' }), h('i', { className: 'ant-spin-dot-item' }), h('i', { className: 'ant-spin-dot-item' }), h('i', { className: 'ant-spin-dot-item' }));
  }
  function Spin(tip, large) {
    return h('div', { className: cx('ant-spin', 'ant-spin-spinning', large && 'ant-spin-lg', tip && 'ant-spin-show-text') }, SpinDots(large), tip ? h('div', { className: 'ant-spin-text' }, tip) : null);
  }
  function SpinBlock(tip, minHeight) {
    return h('div', { className: 'ant-spin-nested-loading' },
      h('div', null, Spin(tip)),
      h('div', { className: 'ant-spin-container ant-spin-blur' }, h('div', { style: 'height: ' + (minHeight || 160) + 'px;' })));
  }
  function Result(status, title, subTitle, extra) {
    var iconName = { success: 'check-circle', error: 'close-circle', info: 'info-circle', warning: 'exclamation-circle' }[status] || 'info-circle';
    return h('div', { className: 'ant-result ant-result-' + status },
      h('div', { className: 'ant-result-icon' }, Icon(iconName)),
      h('div', { className: 'ant-result-title' }, title),
      subTitle ? h('div', { className: 'ant-result-subtitle' }, subTitle) : null,
      extra ? h('div', { className: 'ant-result-extra' }, extra) : null);
  }
  function Link(to, text, cls) {
    var a = h('a', { href: to, className: cls }, text);
    a.addEventListener('click', function (e) {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      navigate(to);
    });
    return a;
  }
  function Breadcrumb(items) {
    return h('nav', { className: 'ant-breadcrumb' },
      h('ol', null, items.map(function (it, i) {
        var last = i === items.length - 1;
        var inner = it.href && !last ? h('span', { className: 'ant-breadcrumb-link' }, Link(it.href, it.label)) : h('span', { className: 'ant-breadcrumb-link' }, it.label || it);
        return h('li', null, inner, last ? null : h('span', { className: 'ant-breadcrumb-separator' }, '/'));
      })));
  }
  function Title(level, text, cls) {
    return h('h' + level, { className: cx('ant-typography', cls) }, text);
  }
  function Statistic(title, value) {
    var str = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return h('div', { className: 'ant-statistic' },
      h('div', { className: 'ant-statistic-title' }, title),
      h('div', { className: 'ant-statistic-content' }, h('span', { className: 'ant-statistic-content-value' }, h('span', { className: 'ant-statistic-content-value-int' }, str))));
  }
  function pad2(n) {
    return (n < 10 ? '0' : '') + n;
  }
  function formatDate(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) return iso;
    var hr = d.getHours();
    var ampm = hr >= 12 ? 'PM' : 'AM';
    var h12 = hr % 12 || 12;
    return pad2(d.getDate()) + '/' + pad2(d.getMonth() + 1) + '/' + d.getFullYear() + ' ' + pad2(h12) + ':' + pad2(d.getMinutes()) + ' ' + ampm;
  }
  function countdown(btn, label, seconds, onTick) {
    var left = seconds;
    btn.setDisabled(true);
    btn.setText(label + ' (' + left + 's)');
    var t = setInterval(function () {
      left -= 1;
      if (left <= 0) {
        clearInterval(t);
        btn.setDisabled(false);
        btn.setText(label);
      } else {
        btn.setText(label + ' (' + left + 's)');
      }
      if (onTick) onTick(left);
    }, 1000);
    return function () { clearInterval(t); };
  }

  /* ------------------------------------------------------------------ horizontal menu (public pages) */
  function HorizontalMenu(items, selectedKey) {
    var ul = h('ul', { className: 'ant-menu ant-menu-root ant-menu-horizontal ant-menu-light ant-menu-overflow', role: 'menu', tabindex: '0', 'data-menu-list': 'true' });
    items.forEach(function (it, i) {
      var li = h('li', { className: cx('ant-menu-overflow-item', 'ant-menu-item', 'ant-menu-item-only-child', it.key === selectedKey && 'ant-menu-item-selected'), style: 'opacity: 1; order: ' + i + ';', role: 'menuitem', tabindex: '-1' },
        h('span', { className: 'ant-menu-title-content' }, it.label));
      li.addEventListener('mouseenter', function () { li.classList.add('ant-menu-item-active'); });
      li.addEventListener('mouseleave', function () { li.classList.remove('ant-menu-item-active'); });
      li.addEventListener('click', it.onClick);
      ul.appendChild(li);
    });
    ul.appendChild(h('li', { className: 'ant-menu-overflow-item ant-menu-overflow-item-rest ant-menu-submenu ant-menu-submenu-horizontal', 'aria-hidden': 'true', role: 'none', style: 'opacity: 0; height: 0px; overflow-y: hidden; order: 2147483647; pointer-events: none; position: absolute;' },
      h('div', { role: 'menuitem', className: 'ant-menu-submenu-title', tabindex: '-1' }, h('span', { role: 'img', 'aria-label': 'ellipsis', className: 'anticon anticon-ellipsis' }))));
    return ul;
  }

  /* ------------------------------------------------------------------ inline menu (sider) */
  var MENU = [
    { key: '/dashboard', label: 'Dashboard', icon: 'dashboard' },
    { key: 'einvoice', label: 'e-Invoice', icon: 'file-text', children: [
      { key: '/einvoice/generate', label: 'Generate' },
      { key: '/einvoice/cancel', label: 'Cancel' },
      { key: '/einvoice/print', label: 'Print' },
      { key: '/einvoice/bulk-upload', label: 'Bulk Upload' }
    ] },
    { key: 'ewaybill', label: 'e-Way Bill', icon: 'car', children: [
      { key: '/ewaybill/generate-by-irn', label: 'Generate by IRN' },
      { key: '/ewaybill/cancel', label: 'Cancel EWB' }
    ] },
    { key: 'mis', label: 'MIS Reports', icon: 'bar-chart', children: [
      { key: '/mis/irn-details', label: 'IRN Details' },
      { key: '/mis/generated-report', label: 'Generated IRN Report' },
      { key: '/mis/cancelled-report', label: 'Cancelled IRN Report' }
    ] },
    { key: 'api-registration', label: 'API Registration', icon: 'api', children: [
      { key: 'user-credentials', label: 'User Credentials', children: [
        { key: '/api-registration/create-api-user', label: 'Create API User' },
        { key: '/api-registration/change-api-password', label: 'Change API Password' }
      ] },
      { key: '/api-registration/ip-whitelisting', label: 'IP Whitelisting' },
      { key: '/api-registration/freeze-api-user', label: 'Freeze API User' }
    ] },
    { key: 'user-management', label: 'User Management', icon: 'team', children: [
      { key: '/user-management/create-sub-user', label: 'Create Sub User' },
      { key: '/user-management/freeze-sub-user', label: 'Freeze Sub User' },
      { key: '/user-management/update-profile', label: 'Update Profile' }
    ] }
  ];
  function findLeaf(items, key, parents) {
    for (var i = 0; i < items.length; i++) {
      var it = items[i];
      if (it.children) {
        var r = findLeaf(it.children, key, parents.concat([it]));
        if (r) return r;
      } else if (it.key === key) {
        return { item: it, parents: parents };
      }
    }
    return null;
  }
  function InlineMenu(items) {
    var uuid = 'rc-menu-uuid-' + String(10000 + Math.floor(Math.random() * 89999));
    var root = h('ul', { className: 'ant-menu ant-menu-root ant-menu-inline ant-menu-dark', role: 'menu', tabindex: '0', 'data-menu-list': 'true' });
    var leaves = {};
    var subs = {};
    var selectedKey = null;
    function hover(el, cls) {
      el.addEventListener('mouseenter', function () { el.classList.add(cls); });
      el.addEventListener('mouseleave', function () { el.classList.remove(cls); });
    }
    function build(list, ul, level, parents) {
      list.forEach(function (it) {
        var pad = 'padding-left: ' + 24 * level + 'px;';
        if (it.children) {
          var title = h('div', { role: 'menuitem', className: 'ant-menu-submenu-title', tabindex: '-1', 'aria-expanded': 'false', 'aria-haspopup': 'true', 'data-menu-id': uuid + '-' + it.key, 'aria-controls': uuid + '-' + it.key + '-popup', style: pad },
            it.icon ? Icon(it.icon, 'ant-menu-item-icon') : null,
            h('span', { className: 'ant-menu-title-content' }, it.label),
            h('i', { className: 'ant-menu-submenu-arrow' }));
          var li = h('li', { className: 'ant-menu-submenu ant-menu-submenu-inline', role: 'none' }, title);
          var sub = { it: it, li: li, title: title, ul: null, open: false, level: level, parents: parents };
          subs[it.key] = sub;
          title.addEventListener('click', function () { setOpen(sub, !sub.open, true); });
          title.addEventListener('mouseenter', function () { li.classList.add('ant-menu-submenu-active'); });
          title.addEventListener('mouseleave', function () { li.classList.remove('ant-menu-submenu-active'); });
          ul.appendChild(li);
        } else {
          var a = h('a', { href: it.key }, it.label);
          var item = h('li', { className: cx('ant-menu-item', !it.icon && 'ant-menu-item-only-child'), role: 'menuitem', tabindex: '-1', 'data-menu-id': uuid + '-' + it.key, style: pad },
            it.icon ? Icon(it.icon, 'ant-menu-item-icon') : null,
            h('span', { className: 'ant-menu-title-content' }, a));
          item.addEventListener('click', function (e) {
            if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
            e.preventDefault();
            navigate(it.key);
          });
          hover(item, 'ant-menu-item-active');
          leaves[it.key] = { li: item, parents: parents };
          ul.appendChild(item);
        }
      });
    }
    function collapse(ul, open) {
      var tok = (ul.__tok || 0) + 1;
      ul.__tok = tok;
      var phase = open ? 'enter' : 'leave';
      ['enter', 'leave'].forEach(function (p) {
        ul.classList.remove('ant-motion-collapse-' + p, 'ant-motion-collapse-' + p + '-start', 'ant-motion-collapse-' + p + '-active');
      });
      ul.classList.remove('ant-menu-hidden');
      var from = open ? 0 : ul.offsetHeight;
      ul.classList.add('ant-motion-collapse', 'ant-motion-collapse-' + phase, 'ant-motion-collapse-' + phase + '-start');
      ul.style.height = from + 'px';
      ul.style.opacity = open ? '0' : '1';
      void ul.offsetHeight;
      raf(function () {
        if (ul.__tok !== tok) return;
        ul.classList.remove('ant-motion-collapse-' + phase + '-start');
        ul.classList.add('ant-motion-collapse-' + phase + '-active');
        ul.style.height = (open ? ul.scrollHeight : 0) + 'px';
        ul.style.opacity = open ? '1' : '0';
        var done = false;
        function fin(e) {
          if (e && (e.target !== ul || e.propertyName !== 'height')) return;
          if (done) return;
          done = true;
          ul.removeEventListener('transitionend', fin);
          if (ul.__tok !== tok) return;
          ul.classList.remove('ant-motion-collapse', 'ant-motion-collapse-' + phase, 'ant-motion-collapse-' + phase + '-active');
          ul.style.height = '';
          ul.style.opacity = '';
          if (!open) ul.classList.add('ant-menu-hidden');
        }
        ul.addEventListener('transitionend', fin);
        setTimeout(fin, 360);
      });
    }
    function setOpen(sub, open, animate) {
      if (sub.open === open) return;
      sub.open = open;
      sub.li.classList.toggle('ant-menu-submenu-open', open);
      sub.title.setAttribute('aria-expanded', String(open));
      if (open && !sub.ul) {
        sub.ul = h('ul', { className: 'ant-menu ant-menu-sub ant-menu-inline', role: 'menu', id: uuid + '-' + sub.it.key + '-popup', 'data-menu-list': 'true' });
        build(sub.it.children, sub.ul, sub.level + 1, sub.parents.concat([sub.it.key]));
        sub.li.appendChild(sub.ul);
        mark();
      }
      if (!sub.ul) return;
      if (animate) collapse(sub.ul, open);
      else sub.ul.classList.toggle('ant-menu-hidden', !open);
    }
    function mark() {
      var k;
      for (k in leaves) leaves[k].li.classList.toggle('ant-menu-item-selected', k === selectedKey);
      var found = findLeaf(items, selectedKey, []);
      var chain = found ? found.parents.map(function (p) { return p.key; }) : [];
      for (k in subs) subs[k].li.classList.toggle('ant-menu-submenu-selected', chain.indexOf(k) >= 0);
    }
    build(items, root, 1, []);
    return {
      el: root,
      select: function (key, openAncestors) {
        selectedKey = key;
        if (openAncestors) {
          var found = findLeaf(items, key, []);
          if (found) found.parents.forEach(function (p) { if (subs[p.key]) setOpen(subs[p.key], true, false); });
        }
        mark();
      }
    };
  }

  /* ------------------------------------------------------------------ app state + router */
  var auth = null;
  var current = null;
  var appShell = null;
  var expiring = false;

  function navigate(path, opts) {
    opts = opts || {};
    if (opts.replace) window.history.replaceState(opts.state || null, '', path);
    else window.history.pushState(opts.state || null, '', path);
    render();
  }
  window.addEventListener('popstate', function () { render(); });

  var lastExpiry = 0;
  sessionExpiredHandler = function () {
    if (expiring || Date.now() - lastExpiry < 1500) return;
    expiring = true;
    lastExpiry = Date.now();
    auth = { authenticated: false, stage: 'anonymous' };
    Modal.destroyAll();
    closeAllSelects();
    message.error('Your session has expired. Please login again.');
    navigate('/login', { replace: true, state: { expired: true } });
    setTimeout(function () { expiring = false; }, 0);
  };

  function unmountCurrent() {
    if (current && current.destroy) current.destroy();
    current = null;
  }
  function mountPublic(factory) {
    unmountCurrent();
    if (appShell) {
      appShell = null;
    }
    clear(rootEl);
    current = factory();
    rootEl.appendChild(current.el);
    doc.title = current.title ? current.title + ' | e-Invoice System' : 'e-Invoice System';
    window.scrollTo(0, 0);
  }
  function mountApp(path, factory) {
    unmountCurrent();
    if (!appShell) {
      clear(rootEl);
      appShell = AppShell();
      rootEl.appendChild(appShell.el);
      appShell.menu.select(path, true);
    } else {
      appShell.menu.select(path, false);
    }
    current = factory();
    appShell.setContent(current.el);
    doc.title = current.title + ' | e-Invoice System';
    window.scrollTo(0, 0);
  }
  function render() {
    var path = window.location.pathname.replace(/\/+$/, '') || '/';
    closeAllSelects();
    if (auth === null) {
      clear(rootEl);
      rootEl.appendChild(h('div', { className: 'boot-loading' }, Spin(null, true)));
      request('GET', '/api/session', undefined, { skipAuthRedirect: true }).then(function (d) {
        auth = d || { authenticated: false };
        render();
      }, function () {
        auth = { authenticated: false, stage: 'anonymous' };
        render();
      });
      return;
    }
    if (path === '/') {
      mountPublic(HomePage);
      return;
    }
    if (path === '/login') {
      if (auth.authenticated) {
        navigate('/dashboard', { replace: true });
        return;
      }
      mountPublic(LoginPage);
      return;
    }
    if (!auth.authenticated) {
      navigate('/login', { replace: true, state: { expired: true } });
      return;
    }
    if (path === '/dashboard') {
      mountApp(path, DashboardPage);
      return;
    }
    if (path === '/api-registration/create-api-user') {
      mountApp(path, CreateApiUserPage);
      return;
    }
    var found = findLeaf(MENU, path, []);
    if (found) {
      mountApp(path, function () { return PlaceholderPage(found); });
      return;
    }
    mountApp(path, NotFoundPage);
  }

  /* ------------------------------------------------------------------ public chrome */
  function GovStrip() {
    return h('div', { className: 'gov-strip' }, h('span', null, 'Government of India'), h('span', null, 'Goods and Services Tax Network'));
  }
  function Brand() {
    var a = Link('/', null, 'brand');
    a.appendChild(h('span', { className: 'brand-logo', html: emblem() }));
    a.appendChild(h('span', { className: 'brand-text' }, h('span', { className: 'brand-title' }, 'e-Invoice System'), h('span', { className: 'brand-sub' }, 'Goods and Services Tax')));
    return a;
  }
  function PublicHeader(selected, withLogin) {
    var info = function (text) { return function () { message.info(text); }; };
    var menu = HorizontalMenu([
      { key: 'home', label: 'Home', onClick: function () { navigate('/'); } },
      { key: 'search', label: 'Search', onClick: info('Search by GSTIN / IRN is available after login.') },
      { key: 'help', label: 'Help', onClick: info('User manuals are available on the e-Invoice help portal.') },
      { key: 'contact', label: 'Contact Us', onClick: info('Helpdesk: 1800 103 4786 (Toll Free)') }
    ], selected);
    var actions = h('div', { className: 'public-header-actions' });
    if (withLogin) {
      actions.appendChild(Button({ type: 'primary', icon: 'login', text: 'Login', onClick: function () { navigate('/login'); } }));
    }
    return h('header', { className: 'ant-layout-header public-header' }, Brand(), menu, actions);
  }
  function PublicFooter() {
    return h('footer', { className: 'ant-layout-footer public-footer' },
      h('div', null, 'Site is designed, developed and hosted by National Informatics Centre (NIC), Ministry of Electronics & Information Technology, Government of India.'),
      h('div', null, 'Contents provided by Goods and Services Tax Network. \u00a9 2025 e-Invoice System.'));
  }

  /* ------------------------------------------------------------------ Home */
  function HomePage() {
    var updates = [
      ['Two-factor authentication mandatory for all taxpayers', '01/04/2025'],
      ['Time limit for reporting invoices on IRP for taxpayers with AATO of Rs. 10 Cr and above', '01/04/2025'],
      ['New e-Invoice portals (einvoice2 to einvoice6) for IRN generation', '12/11/2024'],
      ['Bulk generation tool updated to version 1.8', '05/09/2024']
    ];
    var list = h('div', { className: 'ant-list ant-list-split' },
      h('ul', { className: 'ant-list-items' }, updates.map(function (u) {
        return h('li', { className: 'ant-list-item' }, h('span', null, u[0]), h('span', { className: 'ant-typography ant-typography-secondary' }, u[1]));
      })));
    var el = h('section', { className: 'ant-layout', style: 'min-height: 100vh;' },
      GovStrip(),
      PublicHeader('home', true),
      h('main', { className: 'ant-layout-content' },
        h('div', { className: 'home-hero' },
          h('h1', null, 'Welcome to e-Invoice System'),
          h('p', null, 'Report B2B invoices to the Invoice Registration Portal and obtain the Invoice Reference Number (IRN) with a signed QR code. Taxpayers, GSPs and ERP providers can register for API access after logging in.')),
        h('div', { className: 'home-content' },
          h('div', { className: 'ant-row', style: 'margin-left: -12px; margin-right: -12px; row-gap: 24px;' },
            h('div', { className: 'ant-col ant-col-12', style: 'padding-left: 12px; padding-right: 12px;' }, Card('Latest Updates', list)),
            h('div', { className: 'ant-col ant-col-6', style: 'padding-left: 12px; padding-right: 12px;' }, Card('e-Invoice Statistics', [Statistic('IRNs generated (yesterday)', 9824311), h('div', { style: 'height: 16px;' }), Statistic('Taxpayers generating IRN', 412877)])),
            h('div', { className: 'ant-col ant-col-6', style: 'padding-left: 12px; padding-right: 12px;' }, Card('Registration', [h('p', null, 'Taxpayers registered on the GST portal can register on the e-Invoice System with their GSTIN and registered mobile number.'), Button({ text: 'e-Invoice Registration', onClick: function () { message.info('Please use your GST portal credentials. Registration is completed through OTP on the registered mobile number.'); } })]))))),
      PublicFooter());
    return { el: el, title: 'Home' };
  }

  /* ------------------------------------------------------------------ Login (+ 2FA) */
  function LoginPage() {
    var alive = true;
    var timers = [];
    var hist = window.history.state || {};
    var cardBody = h('div', { className: 'ant-card-body' });
    var card = h('div', { className: 'ant-card ant-card-bordered login-card' }, cardBody);
    var el = h('section', { className: 'ant-layout', style: 'min-height: 100vh;' },
      GovStrip(),
      PublicHeader(null, false),
      h('main', { className: 'ant-layout-content' }, h('div', { className: 'login-wrapper' }, card)),
      PublicFooter());

    function captchaUrl() {
      return '/api/auth/captcha?_=' + Date.now();
    }
    function renderLogin() {
      timers.forEach(function (t) { t(); });
      timers = [];
      clear(cardBody);
      cardBody.appendChild(Title(3, 'Login', 'login-title'));
      cardBody.appendChild(h('div', { className: 'ant-typography ant-typography-secondary login-subtitle' }, 'Sign in to the e-Invoice System'));
      if (hist.expired) cardBody.appendChild(Alert('warning', 'Your session has expired. Please login again.'));
      var errorHost = h('div');
      cardBody.appendChild(errorHost);
      var form = createForm('login', 'vertical');
      var username = Input({ id: 'login_username', placeholder: 'Username', prefix: Icon('user'), size: 'large' });
      var password = Password({ id: 'login_password', placeholder: 'Password', prefix: Icon('lock'), size: 'large' });
      var captchaInput = Input({ id: 'login_captcha', placeholder: 'Enter captcha', maxLength: 6, size: 'large' });
      var img = h('img', { src: captchaUrl(), alt: 'captcha', draggable: 'false' });
      var refresh = Button({ icon: 'reload', title: 'Refresh captcha', onClick: function () { img.src = captchaUrl(); } });
      var captchaCtl = {
        el: h('div', { className: 'ant-row', style: 'margin-left: -4px; margin-right: -4px; row-gap: 0px; align-items: center;' },
          h('div', { className: 'ant-col ant-col-12', style: 'padding-left: 4px; padding-right: 4px;' }, captchaInput.el),
          h('div', { className: 'ant-col ant-col-12', style: 'padding-left: 4px; padding-right: 4px;' }, h('div', { className: 'captcha-box' }, img, refresh))),
        get: captchaInput.get,
        set: captchaInput.set,
        focus: captchaInput.focus,
        onChange: captchaInput.onChange,
        status: captchaInput.status
      };
      var loginBtn = Button({ type: 'primary', htmlType: 'submit', block: true, size: 'large', text: 'Login' });
      form.el.appendChild(form.item({ name: 'username', label: 'Username', required: true, control: username, rules: [{ required: true, whitespace: true, message: 'Please enter your username' }] }));
      form.el.appendChild(form.item({ name: 'password', label: 'Password', required: true, control: password, rules: [{ required: true, message: 'Please enter your password' }] }));
      form.el.appendChild(form.item({ name: 'captcha', label: 'Captcha', required: true, control: captchaCtl, rules: [{ required: true, whitespace: true, message: 'Please enter the captcha' }] }));
      form.el.appendChild(form.plainItem(loginBtn));
      form.el.appendChild(h('div', { className: 'login-links' },
        h('a', { href: '#', onClick: function (e) { e.preventDefault(); message.info('Please use "Forgot Username" on the GST common portal.'); } }, 'Forgot Username?'),
        h('a', { href: '#', onClick: function (e) { e.preventDefault(); message.info('An OTP will be sent to your registered mobile number to reset the password.'); } }, 'Forgot Password?')));
      cardBody.appendChild(form.el);
      form.onSubmit = function () {
        if (!form.validate()) return;
        var v = form.values();
        clear(errorHost);
        loginBtn.setLoading(true);
        request('POST', '/api/auth/login', { username: v.username.trim(), password: v.password, captcha: v.captcha.trim() }).then(function (d) {
          if (!alive) return;
          loginBtn.setLoading(false);
          message.success(d.message);
          renderOtp(d.mobile);
        }, function (err) {
          if (!alive || err.expired) return;
          loginBtn.setLoading(false);
          img.src = captchaUrl();
          form.setValue('captcha', '');
          var code = err.data && err.data.code;
          if (code === 'INVALID_CAPTCHA') {
            form.setErrors('captcha', [err.message]);
            message.error(err.message);
            captchaInput.focus();
          } else if (code === 'INVALID_CREDENTIALS') {
            errorHost.appendChild(Alert('error', err.message));
          } else {
            message.error(err.message);
          }
        });
      };
    }
    function renderOtp(mobile) {
      timers.forEach(function (t) { t(); });
      timers = [];
      clear(cardBody);
      cardBody.appendChild(Title(3, 'OTP Verification', 'login-title'));
      cardBody.appendChild(h('div', { className: 'ant-typography ant-typography-secondary login-subtitle' }, 'Two-factor authentication'));
      cardBody.appendChild(Alert('info', 'An OTP has been sent to your registered mobile number ' + (mobile || '') + ' by SMS and on the Sandes app. You may also use the OTP shown in the NIC-GST-Shield app.'));
      var form = createForm('loginOtp', 'vertical');
      var otp = Input({ id: 'loginOtp_otp', placeholder: 'Enter OTP', prefix: Icon('safety'), maxLength: 6, size: 'large', autoComplete: 'one-time-code' });
      var verifyBtn = Button({ type: 'primary', htmlType: 'submit', block: true, size: 'large', text: 'Verify OTP' });
      var resendBtn = Button({ type: 'link', text: 'Resend OTP', onClick: resend });
      var backBtn = Button({ type: 'link', text: 'Back to Login', onClick: back });
      form.el.appendChild(form.item({ name: 'otp', label: 'Enter OTP', required: true, control: otp, rules: [{ required: true, message: 'Please enter the OTP' }, { pattern: /^\d{6}$/, message: 'OTP must be a 6 digit number' }] }));
      form.el.appendChild(form.plainItem(verifyBtn));
      form.el.appendChild(h('div', { className: 'login-links' }, resendBtn, backBtn));
      cardBody.appendChild(form.el);
      timers.push(countdown(resendBtn, 'Resend OTP', 30));
      function resend() {
        resendBtn.setLoading(true);
        request('POST', '/api/auth/otp/resend', {}).then(function (d) {
          if (!alive) return;
          resendBtn.setLoading(false);
          message.success(d.message);
          timers.push(countdown(resendBtn, 'Resend OTP', 30));
        }, function (err) {
          if (!alive || err.expired) return;
          resendBtn.setLoading(false);
          message.error(err.message);
        });
      }
      function back() {
        request('POST', '/api/auth/logout', {}).then(function () {}, function () {});
        auth = { authenticated: false, stage: 'anonymous' };
        hist = {};
        renderLogin();
      }
      form.onSubmit = function () {
        if (!form.validate()) return;
        verifyBtn.setLoading(true);
        request('POST', '/api/auth/otp/verify', { otp: form.values().otp.trim() }).then(function (d) {
          if (!alive) return;
          verifyBtn.setLoading(false);
          auth = { authenticated: true, stage: 'auth', user: d.user };
          message.success('Login successful');
          navigate('/dashboard');
        }, function (err) {
          if (!alive || err.expired) return;
          verifyBtn.setLoading(false);
          form.setErrors('otp', [err.message]);
          message.error(err.message);
        });
      };
    }
    if (auth && auth.stage === 'login-otp') renderOtp(auth.mobile);
    else renderLogin();
    return {
      el: el,
      title: 'Login',
      destroy: function () {
        alive = false;
        timers.forEach(function (t) { t(); });
      }
    };
  }

  /* ------------------------------------------------------------------ authenticated shell */
  function AppShell() {
    var user = (auth && auth.user) || {};
    var menu = InlineMenu(MENU);
    var logo = h('div', { className: 'sider-logo', html: emblem() });
    logo.appendChild(h('span', null, 'e-Invoice System'));
    var sider = h('aside', { className: 'ant-layout-sider ant-layout-sider-dark app-sider', style: 'flex: 0 0 256px; max-width: 256px; min-width: 256px; width: 256px;' },
      h('div', { className: 'ant-layout-sider-children' }, logo, menu.el));
    var logoutBtn = Button({ type: 'text', icon: 'logout', text: 'Logout', onClick: function () {
      logoutBtn.setLoading(true);
      request('POST', '/api/auth/logout', {}).then(function () {}, function () {}).then(function () {
        auth = { authenticated: false, stage: 'anonymous' };
        message.success('You have been logged out successfully.');
        navigate('/');
      });
    } });
    var header = h('header', { className: 'ant-layout-header app-header' },
      h('div', { className: 'app-header-title' }, user.tradeName || 'e-Invoice System'),
      h('div', { className: 'app-header-right' },
        h('span', { className: 'ant-tag ant-tag-blue' }, 'GSTIN: ' + (user.gstin || '')),
        h('span', { className: 'app-user' }, h('span', { className: 'ant-avatar ant-avatar-sm ant-avatar-circle ant-avatar-icon' }, Icon('user')), h('span', null, user.username || '')),
        logoutBtn));
    var content = h('main', { className: 'ant-layout-content app-content' });
    var footer = h('footer', { className: 'ant-layout-footer app-footer' }, 'e-Invoice System \u00a9 2025 | Designed & Developed by National Informatics Centre');
    var el = h('section', { className: 'ant-layout ant-layout-has-sider', style: 'min-height: 100vh;' },
      sider,
      h('section', { className: 'ant-layout' }, header, content, footer));
    return {
      el: el,
      menu: menu,
      setContent: function (node) {
        clear(content);
        content.appendChild(node);
      }
    };
  }

  /* ------------------------------------------------------------------ Dashboard */
  function DashboardPage() {
    var alive = true;
    var contactModal = null;
    var body = h('div', null, SpinBlock(null, 220));
    var el = h('div', null,
      Breadcrumb([{ label: 'Home', href: '/dashboard' }, { label: 'Dashboard' }]),
      Title(4, 'Dash Board', 'page-title'),
      body);
    request('GET', '/api/dashboard').then(function (d) {
      if (!alive) return;
      clear(body);
      body.appendChild(h('div', { className: 'ant-row', style: 'margin-left: -8px; margin-right: -8px; row-gap: 16px;' },
        h('div', { className: 'ant-col ant-col-12', style: 'padding-left: 8px; padding-right: 8px;' },
          Card('Generations', h('div', { className: 'stat-row' }, Statistic('Today', d.generations.today), Statistic('This Month', d.generations.month)))),
        h('div', { className: 'ant-col ant-col-12', style: 'padding-left: 8px; padding-right: 8px;' },
          Card('Cancelled', h('div', { className: 'stat-row' }, Statistic('Today', d.cancelled.today), Statistic('This Month', d.cancelled.month)))),
        h('div', { className: 'ant-col ant-col-24', style: 'padding-left: 8px; padding-right: 8px;' },
          Card('Profile', Descriptions([
            ['GSTIN', d.gstin],
            ['Legal Name', d.legalName],
            ['Registered Mobile', (auth.user && auth.user.mobile) || ''],
            ['Last Login', d.lastLogin]
          ], { column: 2, small: true })))));
      var advisory = function () {
        if (!alive) return;
        notify('info', 'Advisory', 'Two-factor authentication is mandatory for login to the e-Invoice System with effect from 01/04/2025.', 6);
      };
      if (d.showTechnicalContact) {
        var c = d.technicalContact;
        var exitBtn = Button({ danger: true, text: 'Exit', onClick: function () { contactModal.close(); } });
        var updateBtn = Button({ type: 'primary', text: 'Update', onClick: function () {
          contactModal.close();
          navigate('/user-management/update-profile');
        } });
        contactModal = Dialog({
          title: 'Contacts of Technical Person',
          width: 560,
          maskClosable: false,
          body: [
            h('p', null, 'Please verify the details of the technical person of your organisation. NIC uses these contacts for communication regarding e-Invoice API integration.'),
            Descriptions([['Name', c.name], ['Designation', c.designation], ['Mobile Number', c.mobile], ['Email ID', c.email]], { column: 1, small: true })
          ],
          footer: [updateBtn, exitBtn],
          afterClose: advisory
        });
        contactModal.open();
      }
    }, function (err) {
      if (!alive || err.expired) return;
      clear(body);
      body.appendChild(Alert('error', err.message));
    });
    return {
      el: el,
      title: 'Dashboard',
      destroy: function () {
        alive = false;
        if (contactModal) contactModal.destroy();
      }
    };
  }

  /* ------------------------------------------------------------------ API Registration > User Credentials > Create API User */
  function CreateApiUserPage() {
    var alive = true;
    var cleanups = [];
    var user = (auth && auth.user) || {};
    var stepsHost = h('div', { className: 'steps-host' });
    var bodyHost = h('div');
    var el = h('div', null,
      Breadcrumb([{ label: 'Home', href: '/dashboard' }, { label: 'API Registration' }, { label: 'User Credentials' }, { label: 'Create API User' }]),
      Card('API Registration', [stepsHost, bodyHost]));
    var gspOptions = null;
    var gspWaiters = [];
    var STEP_TITLES = ['OTP Verification', 'Registration Details', 'Completed'];
    function setStep(i, done) {
      clear(stepsHost);
      stepsHost.appendChild(Steps(STEP_TITLES, i, done));
    }
    function runCleanups() {
      cleanups.forEach(function (f) { f(); });
      cleanups = [];
    }

    function sendOtp() {
      runCleanups();
      setStep(0);
      clear(bodyHost);
      bodyHost.appendChild(SpinBlock('Sending OTP...'));
      request('POST', '/api/api-registration/otp/send', {}).then(function (d) {
        if (!alive) return;
        message.success(d.message);
        renderOtp(d);
      }, function (err) {
        if (!alive || err.expired) return;
        clear(bodyHost);
        bodyHost.appendChild(Alert('error', 'Unable to send OTP', err.message));
        bodyHost.appendChild(h('div', { style: 'margin-top: 16px;' }, Button({ type: 'primary', text: 'Send OTP', onClick: sendOtp })));
      });
    }

    function renderOtp(info) {
      runCleanups();
      clear(bodyHost);
      bodyHost.appendChild(Alert('info', 'OTP has been sent to your registered mobile number ' + info.mobile + '. Enter the OTP below and click Verify OTP.'));
      var form = createForm('apiOtp', 'vertical');
      form.el.classList.add('otp-form');
      var otp = Input({ id: 'apiOtp_otp', placeholder: 'Enter OTP', maxLength: 6, autoComplete: 'one-time-code' });
      var verifyBtn = Button({ type: 'primary', htmlType: 'submit', text: 'Verify OTP' });
      var resendBtn = Button({ type: 'link', text: 'Resend OTP', onClick: resend });
      form.el.appendChild(form.item({ name: 'otp', label: 'Enter OTP', required: true, control: otp, extra: 'The OTP is valid for 10 minutes.', rules: [{ required: true, message: 'Please enter the OTP' }, { pattern: /^\d{6}$/, message: 'OTP must be a 6 digit number' }] }));
      form.el.appendChild(form.plainItem(Space([verifyBtn, resendBtn])));
      bodyHost.appendChild(form.el);
      cleanups.push(countdown(resendBtn, 'Resend OTP', 30));
      function resend() {
        resendBtn.setLoading(true);
        request('POST', '/api/api-registration/otp/send', {}).then(function (d) {
          if (!alive) return;
          resendBtn.setLoading(false);
          message.success(d.message);
          cleanups.push(countdown(resendBtn, 'Resend OTP', 30));
        }, function (err) {
          if (!alive || err.expired) return;
          resendBtn.setLoading(false);
          message.error(err.message);
        });
      }
      form.onSubmit = function () {
        if (!form.validate()) return;
        verifyBtn.setLoading(true);
        request('POST', '/api/api-registration/otp/verify', { otp: form.values().otp.trim() }).then(function (d) {
          if (!alive) return;
          verifyBtn.setLoading(false);
          message.success(d.message);
          renderRegistration();
        }, function (err) {
          if (!alive || err.expired) return;
          verifyBtn.setLoading(false);
          form.setErrors('otp', [err.message]);
          message.error(err.message);
        });
      };
    }

    function loadGsps(cb) {
      if (gspOptions) {
        cb(gspOptions);
        return;
      }
      gspWaiters.push(cb);
      if (gspWaiters.length > 1) return;
      request('GET', '/api/api-registration/gsp-list').then(function (d) {
        if (!alive) return;
        gspOptions = d.gsps;
        var w = gspWaiters;
        gspWaiters = [];
        w.forEach(function (f) { f(gspOptions); });
      }, function (err) {
        gspWaiters = [];
        if (!alive || err.expired) return;
        message.error(err.message);
      });
    }

    function registrationsTable(host, rows) {
      clear(host);
      host.appendChild(Table([
        { title: 'Sl. No.', dataIndex: 'key', render: function (v, r, i) { return String(i + 1); } },
        { title: 'GSP Name', dataIndex: 'gsp' },
        { title: 'API User Name', dataIndex: 'username' },
        { title: 'Created On', dataIndex: 'createdOn', render: function (v) { return formatDate(v); } },
        { title: 'Status', dataIndex: 'status', render: function (v) { return h('span', { className: 'ant-tag ant-tag-green' }, v); } }
      ], rows, { bordered: true, size: 'small' }));
    }
    function loadRegistrations(host) {
      clear(host);
      host.appendChild(SpinBlock(null, 80));
      request('GET', '/api/api-registration/registrations').then(function (d) {
        if (!alive) return;
        registrationsTable(host, d.registrations);
      }, function (err) {
        if (!alive || err.expired) return;
        clear(host);
        host.appendChild(Alert('error', err.message));
      });
    }

    function renderRegistration() {
      runCleanups();
      setStep(1);
      clear(bodyHost);
      bodyHost.appendChild(Descriptions([['GSTIN', user.gstin], ['Legal Name', user.legalName], ['Registered Mobile', user.mobile]], { column: 3, small: true }));
      var form = createForm('register', 'vertical');
      form.el.classList.add('reg-form');
      var mode = RadioGroup({
        id: 'register_mode',
        buttonStyle: 'solid',
        options: [
          { value: 'DIRECT', label: 'Directly' },
          { value: 'GSP', label: 'Through GSP' },
          { value: 'ERP', label: 'Through ERP' },
          { value: 'OTHER', label: 'Through Client-Id of other' }
        ]
      });
      var dynamicHost = h('div');
      var gspSelect = null;
      form.el.appendChild(form.item({ name: 'mode', label: 'Do you wish to Register your GSTIN for', required: true, control: mode, rules: [{ required: true, message: 'Please select an option' }], onChange: renderMode }));
      form.el.appendChild(dynamicHost);
      var submitBtn = Button({ type: 'primary', htmlType: 'submit', text: 'Submit' });
      var exitBtn = Button({ text: 'Exit', onClick: function () { navigate('/dashboard'); } });
      form.el.appendChild(form.plainItem(Space([submitBtn, exitBtn])));
      bodyHost.appendChild(form.el);
      bodyHost.appendChild(Divider('GSPs registered for GSTIN ' + user.gstin));
      var tableHost = h('div');
      bodyHost.appendChild(tableHost);
      loadRegistrations(tableHost);

      function renderMode(m) {
        ['gsp', 'username', 'password', 'confirm'].forEach(function (n) { form.remove(n); });
        if (gspSelect) {
          gspSelect.destroy();
          gspSelect = null;
        }
        clear(dynamicHost);
        if (m === 'GSP') {
          gspSelect = Select({ id: 'register_gsp', placeholder: 'Select GSP', showSearch: true, loading: !gspOptions, options: gspOptions || [], style: 'width: 100%;' });
          loadGsps(function (list) {
            if (!gspSelect) return;
            gspSelect.setLoading(false);
            gspSelect.setOptions(list);
          });
          var uname = Input({ id: 'register_username', placeholder: 'Enter username', addonBefore: 'API_', maxLength: 15 });
          var pwd = Password({ id: 'register_password', placeholder: 'Enter password', maxLength: 15, autoComplete: 'new-password' });
          var pwd2 = Password({ id: 'register_confirm', placeholder: 'Re-enter password', maxLength: 15, autoComplete: 'new-password' });
          dynamicHost.appendChild(form.item({ name: 'gsp', label: 'Select your GSP', required: true, control: gspSelect, rules: [{ required: true, message: 'Please select your GSP' }] }));
          dynamicHost.appendChild(form.item({ name: 'username', label: 'Username', required: true, control: uname, extra: 'Enter 4 to 15 letters or digits. The prefix API_ is added automatically.', rules: [{ required: true, whitespace: true, message: 'Please enter the username' }, { pattern: /^[A-Za-z0-9]{4,15}$/, message: 'Username must be 4 to 15 letters or digits' }] }));
          dynamicHost.appendChild(form.item({ name: 'password', label: 'Password', required: true, control: pwd, extra: '8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.', rules: [{ required: true, message: 'Please enter the password' }, { pattern: /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/, message: 'Password does not meet the password policy' }] }));
          dynamicHost.appendChild(form.item({ name: 'confirm', label: 'Re-enter Password', required: true, control: pwd2, dependencies: ['password'], rules: [{ required: true, message: 'Please re-enter the password' }, { validator: function (v, all) { return v === all.password ? null : 'The two passwords that you entered do not match!'; } }] }));
        } else if (m === 'DIRECT') {
          dynamicHost.appendChild(h('div', { style: 'margin-bottom: 24px;' }, Alert('warning', 'Direct API access', 'Direct integration with the IRP is allowed only for taxpayers whose aggregate annual turnover exceeds the limit notified by GSTN. All other taxpayers must register through a GSP.')));
        } else if (m === 'ERP') {
          dynamicHost.appendChild(h('div', { style: 'margin-bottom: 24px;' }, Alert('info', 'Through ERP', 'Use this option only if your ERP provider has been whitelisted by NIC for direct access to the e-Invoice APIs.')));
        } else if (m === 'OTHER') {
          dynamicHost.appendChild(h('div', { style: 'margin-bottom: 24px;' }, Alert('info', 'Through Client-Id of other', 'Use this option to access the APIs with the Client-Id of another GSTIN of the same PAN that is already registered for direct access.')));
        }
      }
      cleanups.push(function () {
        if (gspSelect) gspSelect.destroy();
      });

      form.onSubmit = function () {
        if (!form.validate()) {
          message.error('Please correct the errors in the form.');
          return;
        }
        var v = form.values();
        var finalName = v.username ? 'API_' + v.username.trim() : '';
        var details = v.mode === 'GSP'
          ? h('div', null,
            h('p', { style: 'margin-bottom: 8px;' }, 'An API user will be created with the following details:'),
            h('div', null, 'GSTIN: ', h('strong', null, user.gstin)),
            h('div', null, 'GSP: ', h('strong', null, v.gsp)),
            h('div', null, 'Username: ', h('strong', null, finalName)))
          : h('div', null, 'Submit the API registration for GSTIN ' + user.gstin + '?');
        Modal.confirm({
          title: 'Do you want to submit the API registration?',
          content: details,
          okText: 'OK',
          cancelText: 'Cancel',
          onOk: function () {
            submitBtn.setLoading(true);
            return request('POST', '/api/api-registration/register', {
              mode: v.mode,
              gsp: v.gsp || '',
              username: v.username ? v.username.trim() : '',
              password: v.password || '',
              confirmPassword: v.confirm || ''
            }).then(function (d) {
              if (!alive) return;
              submitBtn.setLoading(false);
              message.success(d.message);
              renderDone(d);
            }, function (err) {
              if (!alive || err.expired) return;
              submitBtn.setLoading(false);
              var code = err.data && err.data.code;
              if (code === 'USERNAME_EXISTS') form.setErrors('username', [err.message]);
              var title = code === 'ALREADY_REGISTERED' ? 'Already Registered' : code === 'USERNAME_EXISTS' ? 'Username Not Available' : 'Registration Failed';
              setTimeout(function () {
                if (!alive) return;
                Modal.error({
                  title: title,
                  content: err.message,
                  onOk: code === 'OTP_REQUIRED' ? function () { sendOtp(); } : undefined
                });
              }, 0);
            });
          }
        });
      };
    }

    function renderDone(d) {
      runCleanups();
      setStep(2, true);
      clear(bodyHost);
      var u = d.user;
      bodyHost.appendChild(Result('success', 'API User created successfully',
        'API user ' + u.username + ' has been created for GSTIN ' + u.gstin + ' through ' + u.gsp + '. Note the username and password; you will need them for the Authentication API.',
        [Button({ type: 'primary', text: 'Go to Dashboard', onClick: function () { navigate('/dashboard'); } }),
          Button({ text: 'Register another GSP', onClick: renderRegistration })]));
      bodyHost.appendChild(Divider('GSPs registered for GSTIN ' + u.gstin));
      var tableHost = h('div');
      bodyHost.appendChild(tableHost);
      registrationsTable(tableHost, d.registrations);
    }

    sendOtp();
    return {
      el: el,
      title: 'Create API User',
      destroy: function () {
        alive = false;
        runCleanups();
      }
    };
  }

  /* ------------------------------------------------------------------ other pages */
  function PlaceholderPage(found) {
    var trail = [{ label: 'Home', href: '/dashboard' }].concat(found.parents.map(function (p) { return { label: p.label }; }), [{ label: found.item.label }]);
    return {
      el: h('div', null, Breadcrumb(trail), Card(found.item.label, Empty(false))),
      title: found.item.label
    };
  }
  function NotFoundPage() {
    return {
      el: h('div', null, Result('warning', '404', 'Sorry, the page you visited does not exist.', [Button({ type: 'primary', text: 'Back Home', onClick: function () { navigate('/dashboard'); } })])),
      title: 'Page Not Found'
    };
  }

  render();
})();`;
