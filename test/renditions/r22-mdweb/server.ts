/**
 * Rendition r22-mdweb: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and shared/portal/guide.md), drawn as a single-page site built
 * with Google Material Web components (@material/web: md-* custom elements rendering into OPEN
 * shadow roots as Lit does) would draw it. The runtime below is hand-written: each md-* element
 * is defined with customElements.define, renders its shadow DOM with Lit-style comment markers,
 * adopts constructable style sheets, and is form-associated through ElementInternals where the
 * real one is.
 *
 * Choices made where the docs are silent:
 * - URLs: shell pages `/`, `/login`, `/dashboard`, `/api-registration/user-credentials/create-api-user`
 *   (other menu leaves are placeholder pages); bundle `/assets/index-r22.js`. JSON calls:
 *   GET `/api/captcha`, GET `/api/session`, POST `/api/auth/login`, `/api/auth/otp`,
 *   `/api/auth/otp/resend`, `/api/auth/logout`, `/api/profile/technical-contact`,
 *   `/api/api-users/otp/send`, `/api/api-users/otp/verify`, `/api/api-users` (Submit).
 *   Everything typed goes in POST JSON bodies, never in URLs.
 * - Home: top app bar with the emblem, "e-Invoice System" and an md-filled-button "Login";
 *   it opens the login card (route `/login`): md-outlined-text-fields "Username", "Password"
 *   (visibility toggle md-icon-button), a captcha picture (SVG data URI with noise lines and dots,
 *   5 characters, case-insensitive) with an md-icon-button "Refresh captcha", the field
 *   "Enter Captcha" and md-filled-button "Login".
 * - Wrong captcha: error-text "Invalid Captcha. Please enter the characters shown in the image."
 *   on the captcha field and a new picture. Wrong user name or password: md-dialog "Login failed"
 *   with "Invalid Login Credentials. Please check your Username and Password." and "OK".
 * - 2FA: the same card turns into "Two-Factor Authentication" with md-filled-text-field
 *   "Enter OTP", md-filled-button "Verify OTP", md-text-buttons "Resend OTP" and "Back".
 *   Wrong OTP: error-text "Invalid OTP. Please enter the correct OTP."
 * - After login (once per session) two md-dialogs appended to body, one after the other:
 *   "Contacts of Technical Person" (name, mobile, e-mail fields; actions "Update" and "Exit";
 *   Escape and scrim clicks are refused) and then "Advisory" (2FA notice, action "Close").
 * - Dashboard: heading "Dash Board", cards "Generations", "Cancelled", "API Users".
 * - Menu: a navigation drawer (md-list / md-list-item) with expanding groups: "Dash Board",
 *   "e-Invoice" (Generate IRN, Cancel IRN, Print e-Invoice, Bulk Upload), "API Registration"
 *   ("User Credentials" > "Create API User"; "IP Whitelisting", "Freeze API User",
 *   "Change API Password"), "MIS Reports", "User Management". Groups are md-list-item
 *   type=button with aria-expanded; leaves are md-list-item type=link, routed by the SPA.
 * - Create API User (panel "API Registration"): opening it sends the API OTP at once
 *   (snackbar "OTP has been sent to your registered mobile number XXXXXX4821."); an
 *   md-outlined-text-field "Enter OTP", md-filled-button "Verify OTP", md-text-button
 *   "Resend OTP" (after a 30 s countdown). Wrong OTP: error-text "Invalid OTP. Please enter
 *   the valid OTP sent to your registered mobile number."
 * - Form: "Do you wish to Register your GSTIN for" with md-radio + <label for> options
 *   "Directly", "Through GSP", "Through ERP", "Through Client-Id of other" (only "Through GSP"
 *   opens the credential fields; the others show a notice and disable Submit);
 *   md-outlined-select "Select your GSP" (22 GSP names, menu as a popover in the select's
 *   shadow root); "Username" with prefix-text "API_" (4-15 letters or digits typed);
 *   "Password" and "Re-enter Password" (8-15 chars, upper, lower, digit, special);
 *   md-filled-button "Submit" and md-outlined-button "Exit".
 * - Submit: md-dialog "Confirm" ("Cancel" / "OK"); verdicts as md-dialogs: "API User Created"
 *   ("API user API_x has been created successfully for GSTIN ... through <GSP>."),
 *   "Already Registered" ("GSTIN ... is already registered through <GSP>. ..."),
 *   "Username Not Available" ("The username API_x is already in use. ..."). The table
 *   "GSPs registered for GSTIN ..." lists the seeded TERA SOFTWARE LIMITED user and new ones.
 * - Checks in the page before a call put error-text on the field ("Please enter the username",
 *   "Please select your GSP", "Password and Re-enter Password do not match", ...); Submit with no
 *   option chosen gives md-dialog "Registration Type". The app bar has GSTIN, user and "Logout".
 * - Calls show an md-linear-progress under the app bar; messages use a fixed snackbar div.
 * - Sessions: cookie `EINV_SESSION`. A page GET without a live session answers 302 to
 *   `/login?expired=1` (banner "Your session has expired. Please login again."). A JSON call
 *   answers 401 {code: "SESSION_EXPIRED"}; the page closes dialogs, shows the same text in the
 *   snackbar and goes to `/login?expired=1` after 1.5 s.
 * - expireOnce: the first send/resend of the API OTP ('api-otp-send'), the first API OTP check
 *   ('api-otp-verify') or the first Submit ('submit') with a live session deletes that session,
 *   is pushed to state.expired and answers as a lost session; once per server.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type MdwebR22Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface MdwebR22Options {
  expireOnce?: MdwebR22Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface MdwebR22State {
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
export interface MdwebR22Rendition {
  url: string;
  close(): Promise<void>;
  state: MdwebR22State;
}
export const MDWEB_R22_LOGIN: { username: string; password: string } = {
  username: 'udaytrade27',
  password: 'Uday#Einv25',
};

const TRADE_NAME = 'UDAY TRADING COMPANY';
const MOBILE = 'XXXXXX4821';
const COOKIE = 'EINV_SESSION';
const EXPIRED_MSG = 'Your session has expired. Please login again.';
/** Names held by API users of other GSTINs. */
const TAKEN_ELSEWHERE = ['API_test', 'API_admin', 'API_einvoice'];
const GSPS = (
  'Adaequare Info Private Limited|Alankit Limited|Bodhtree Consulting Limited|' +
  'Botree Software International Private Limited|BVM IT Consulting Services India Private Limited|' +
  'Chartered Information Systems Private Limited|CSC e-Governance Services India Limited|' +
  'Cygnet Infotech Private Ltd|DEFMACRO SOFTWARE PRIVATE LIMITED|Ernst & Young LLP|' +
  'Excellon Software Private Limited|IRIS BUSINESS SERVICES LIMITED|' +
  'Karvy Data Management Services Limited|Masters India Private Limited|Mastek Limited|' +
  'Reliance Corporate IT Park Limited|Tally ( India) Private Ltd|Tata Consultancy Services Limited|' +
  'TERA SOFTWARE LIMITED|Vay Network Services Pvt. Ltd.|Webtel Electrosoft Private Limited|' +
  'Wep Solutions Limited'
).split('|');
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USERNAME_RULE = /^[A-Za-z0-9]{4,15}$/;

interface Session {
  id: string;
  stage: 'otp' | 'in';
  popups: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  contact: { name: string; mobile: string; email: string };
}
interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}
type Body = Record<string, unknown>;

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function readBody(req: IncomingMessage): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= 65536) chunks.push(c);
    });
    req.on('end', () => {
      try {
        const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        resolve(parsed && typeof parsed === 'object' ? (parsed as Body) : {});
      } catch {
        resolve({});
      }
    });
    req.on('error', () => resolve({}));
  });
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(body);
}

function json(res: ServerResponse, status: number, data: unknown, extra: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(data), extra);
}

function captchaSvg(text: string): string {
  const rnd = (a: number, b: number): number => a + Math.random() * (b - a);
  const colors = ['#1a237e', '#4a148c', '#004d40', '#b71c1c', '#3e2723', '#0d47a1'];
  let out = '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0 0 150 50">';
  out += '<rect width="150" height="50" fill="#eef1f6"/>';
  for (let i = 0; i < 70; i++) {
    out += `<circle cx="${rnd(0, 150).toFixed(1)}" cy="${rnd(0, 50).toFixed(1)}" r="${rnd(0.5, 1.6).toFixed(1)}" fill="${colors[i % colors.length]}" opacity="0.45"/>`;
  }
  for (let i = 0; i < 6; i++) {
    out += `<path d="M${rnd(0, 20).toFixed(1)} ${rnd(5, 45).toFixed(1)} Q${rnd(40, 110).toFixed(1)} ${rnd(-10, 60).toFixed(1)} ${rnd(130, 150).toFixed(1)} ${rnd(5, 45).toFixed(1)}" stroke="${colors[(i + 2) % colors.length]}" stroke-width="${rnd(0.8, 1.8).toFixed(1)}" fill="none" opacity="0.7"/>`;
  }
  [...text].forEach((ch, i) => {
    const x = 18 + i * 25 + rnd(-3, 3);
    const y = 34 + rnd(-5, 5);
    out += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rnd(-22, 22).toFixed(0)} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="Courier New, monospace" font-weight="bold" font-size="${rnd(25, 31).toFixed(0)}" fill="${colors[(i * 3) % colors.length]}">${ch}</text>`;
  });
  out += `<path d="M0 ${rnd(20, 30).toFixed(1)} C50 ${rnd(0, 50).toFixed(1)} 100 ${rnd(0, 50).toFixed(1)} 150 ${rnd(20, 30).toFixed(1)}" stroke="#37474f" stroke-width="1.4" fill="none"/>`;
  return `data:image/svg+xml;base64,${Buffer.from(`${out}</svg>`).toString('base64')}`;
}

export async function startMdwebR22Rendition(options: MdwebR22Options = {}): Promise<MdwebR22Rendition> {
  const state: MdwebR22State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** The older registration the GSTIN already holds; kept apart from state.users. */
  const seeded: Registration[] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: 'API_udaytera',
      password: 'Tera@2023x',
      createdOn: '2023-08-14T10:32:05.000Z',
    },
  ];
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();
  let expiryUsed = false;

  const allUsers = (): Registration[] => [...seeded, ...state.users];
  const registered = () =>
    allUsers()
      .filter((u) => u.gstin === state.gstin)
      .map((u) => ({ gsp: u.gsp, username: u.username, createdOn: u.createdOn, status: 'Active' }));

  const getSession = (req: IncomingMessage): Session | undefined => {
    const cookie = req.headers.cookie ?? '';
    for (const part of cookie.split(';')) {
      const [k, v] = part.trim().split('=');
      if (k === COOKIE && v) return sessions.get(v);
    }
    return undefined;
  };
  const expiredAnswer = (res: ServerResponse): void =>
    json(res, 401, {
      ok: false,
      code: 'SESSION_EXPIRED',
      message: EXPIRED_MSG,
      redirect: '/login?expired=1',
    });
  /** expireOnce: the first request of the stage with a live session loses it. */
  const expireHere = (stage: MdwebR22Expiry, session: Session, res: ServerResponse): boolean => {
    if (options.expireOnce !== stage || expiryUsed) return false;
    expiryUsed = true;
    sessions.delete(session.id);
    state.expired.push(stage);
    expiredAnswer(res);
    return true;
  };
  const refuse = (res: ServerResponse, kind: string, data: Body): void => {
    state.refusals.push(kind);
    json(res, 400, { ok: false, ...data });
  };

  async function api(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    session: Session | undefined,
  ): Promise<void> {
    const method = req.method ?? 'GET';
    if (method === 'GET' && path === '/api/captcha') {
      json(res, 200, { image: captchaSvg(state.captcha), length: state.captcha.length });
      return;
    }
    if (method !== 'POST' && !(method === 'GET' && path === '/api/session')) {
      json(res, 405, { ok: false, message: 'Method not allowed.' });
      return;
    }
    const body = method === 'POST' ? await readBody(req) : {};
    if (path === '/api/auth/login') {
      if (str(body.captcha).trim().toUpperCase() !== state.captcha.toUpperCase()) {
        refuse(res, 'captcha', {
          field: 'captcha',
          message: 'Invalid Captcha. Please enter the characters shown in the image.',
        });
        return;
      }
      if (
        str(body.username).trim() !== MDWEB_R22_LOGIN.username ||
        str(body.password) !== MDWEB_R22_LOGIN.password
      ) {
        refuse(res, 'login', {
          field: 'login',
          message: 'Invalid Login Credentials. Please check your Username and Password.',
        });
        return;
      }
      if (session) sessions.delete(session.id);
      const id = randomBytes(24).toString('hex');
      sessions.set(id, {
        id,
        stage: 'otp',
        popups: true,
        apiOtpSent: false,
        apiOtpVerified: false,
        contact: { name: 'Suresh Patil', mobile: '9822014821', email: 'accounts@udaytrading.in' },
      });
      json(
        res,
        200,
        {
          ok: true,
          next: 'otp',
          mobile: MOBILE,
          message: `OTP has been sent to your registered mobile number ${MOBILE}.`,
        },
        { 'Set-Cookie': `${COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax` },
      );
      return;
    }
    if (path === '/api/auth/logout') {
      if (session) sessions.delete(session.id);
      json(
        res,
        200,
        { ok: true, redirect: '/' },
        { 'Set-Cookie': `${COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax` },
      );
      return;
    }
    if (path === '/api/auth/otp' || path === '/api/auth/otp/resend') {
      if (session?.stage !== 'otp') {
        expiredAnswer(res);
        return;
      }
      if (path.endsWith('/resend')) {
        json(res, 200, {
          ok: true,
          message: `OTP has been re-sent to your registered mobile number ${MOBILE}.`,
        });
        return;
      }
      if (str(body.otp).trim() !== state.loginOtp) {
        refuse(res, 'login-otp', { field: 'otp', message: 'Invalid OTP. Please enter the correct OTP.' });
        return;
      }
      session.stage = 'in';
      json(res, 200, { ok: true, redirect: '/dashboard' });
      return;
    }
    if (session?.stage !== 'in') {
      expiredAnswer(res);
      return;
    }
    switch (path) {
      case '/api/session': {
        const popups = session.popups;
        session.popups = false;
        json(res, 200, {
          ok: true,
          username: MDWEB_R22_LOGIN.username,
          gstin: state.gstin,
          tradeName: TRADE_NAME,
          mobile: MOBILE,
          popups,
          contact: session.contact,
          counts: { generated: 1284, cancelled: 37, apiUsers: registered().length },
        });
        return;
      }
      case '/api/profile/technical-contact': {
        session.contact = { name: str(body.name), mobile: str(body.mobile), email: str(body.email) };
        json(res, 200, { ok: true, message: 'Contact details of the technical person have been updated.' });
        return;
      }
      case '/api/api-users/otp/send': {
        if (expireHere('api-otp-send', session, res)) return;
        session.apiOtpSent = true;
        session.apiOtpVerified = false;
        json(res, 200, {
          ok: true,
          mobile: MOBILE,
          message: `OTP has been sent to your registered mobile number ${MOBILE}.`,
        });
        return;
      }
      case '/api/api-users/otp/verify': {
        if (expireHere('api-otp-verify', session, res)) return;
        if (!session.apiOtpSent) {
          json(res, 400, { ok: false, field: 'otp', message: 'Please request an OTP first.' });
          return;
        }
        if (str(body.otp).trim() !== state.apiOtp) {
          refuse(res, 'api-otp', {
            field: 'otp',
            message: 'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
          });
          return;
        }
        session.apiOtpVerified = true;
        json(res, 200, {
          ok: true,
          gstin: state.gstin,
          tradeName: TRADE_NAME,
          gsps: GSPS,
          registered: registered(),
        });
        return;
      }
      case '/api/api-users': {
        if (expireHere('submit', session, res)) return;
        if (!session.apiOtpVerified) {
          json(res, 403, {
            ok: false,
            title: 'OTP Required',
            message: 'Please verify the OTP before registering.',
          });
          return;
        }
        const mode = str(body.mode);
        const gsp = str(body.gsp);
        const typed = str(body.username).trim();
        const password = str(body.password);
        const bad = (field: string, message: string): void =>
          json(res, 400, { ok: false, field, title: 'Invalid Details', message });
        if (mode !== 'GSP') return bad('mode', 'Registration is allowed only through GSP for this GSTIN.');
        if (!GSPS.includes(gsp)) return bad('gsp', 'Please select your GSP.');
        if (!USERNAME_RULE.test(typed))
          return bad('username', 'Username must be 4 to 15 letters or digits after API_.');
        if (!PASSWORD_RULE.test(password))
          return bad(
            'password',
            'Password must be 8 to 15 characters with an upper case letter, a lower case letter, a digit and a special character.',
          );
        if (password !== str(body.confirmPassword))
          return bad('confirmPassword', 'Password and Re-enter Password do not match.');
        const username = `API_${typed}`;
        if (allUsers().some((u) => u.gstin === state.gstin && u.gsp.toUpperCase() === gsp.toUpperCase())) {
          refuse(res, 'duplicate', {
            field: 'gsp',
            title: 'Already Registered',
            message: `GSTIN ${state.gstin} is already registered through ${gsp}. Please select another GSP.`,
          });
          return;
        }
        const lower = username.toLowerCase();
        if (
          allUsers().some((u) => u.username.toLowerCase() === lower) ||
          TAKEN_ELSEWHERE.some((u) => u.toLowerCase() === lower)
        ) {
          refuse(res, 'username-taken', {
            field: 'username',
            title: 'Username Not Available',
            message: `The username ${username} is already in use. Please choose another username.`,
          });
          return;
        }
        state.users.push({
          gstin: state.gstin,
          gsp,
          username,
          password,
          createdOn: new Date().toISOString(),
        });
        json(res, 200, {
          ok: true,
          title: 'API User Created',
          message: `API user ${username} has been created successfully for GSTIN ${state.gstin} through ${gsp}.`,
          registered: registered(),
        });
        return;
      }
      default:
        json(res, 404, { ok: false, message: 'Not found.' });
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const session = getSession(req);
    if (path.startsWith('/api/')) return api(req, res, path, session);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed');
      return;
    }
    if (path === '/assets/index-r22.js') {
      send(
        res,
        200,
        'text/javascript; charset=utf-8',
        [
          RUNTIME_JS,
          RUNTIME_JS_2,
          `const EMBLEM = ${JSON.stringify(EMBLEM_SVG)};`,
          APP_JS,
          APP_VIEWS_JS,
        ].join('\n'),
      );
      return;
    }
    if (path === '/favicon.ico') {
      send(res, 200, 'image/svg+xml', EMBLEM_SVG);
      return;
    }
    if (path === '/' || path === '/login') {
      send(res, 200, 'text/html; charset=utf-8', SHELL_HTML);
      return;
    }
    if (session?.stage !== 'in') {
      res.writeHead(302, { Location: '/login?expired=1', 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    send(res, 200, 'text/html; charset=utf-8', SHELL_HTML);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal Server Error');
      else res.end();
    });
  });
  server.on('connection', (socket: Socket) => {
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
        for (const s of sockets) s.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}

const EMBLEM_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="40" height="40" aria-hidden="true">' +
  '<circle cx="24" cy="24" r="22" fill="#35618e"/><circle cx="24" cy="24" r="17" fill="none" stroke="#d1e4ff" stroke-width="2"/>' +
  '<path d="M16 13h12l6 6v16H16z" fill="#fff"/><path d="M28 13v6h6" fill="#d1e4ff"/>' +
  '<path d="M19 24h12M19 28h12M19 32h8" stroke="#35618e" stroke-width="2"/></svg>';

const GLOBAL_CSS = `
:root{--md-sys-color-primary:#35618e;--md-sys-color-on-primary:#fff;--md-sys-color-primary-container:#d1e4ff;
--md-sys-color-on-primary-container:#001d36;--md-sys-color-secondary:#535f70;--md-sys-color-secondary-container:#d7e3f7;
--md-sys-color-on-secondary-container:#101c2b;--md-sys-color-surface:#f8f9ff;--md-sys-color-surface-container-lowest:#fff;
--md-sys-color-surface-container-low:#f2f3fa;--md-sys-color-surface-container:#eceef4;--md-sys-color-surface-container-high:#e6e8ee;
--md-sys-color-surface-container-highest:#e0e2e8;--md-sys-color-on-surface:#191c20;--md-sys-color-on-surface-variant:#43474e;
--md-sys-color-outline:#73777f;--md-sys-color-outline-variant:#c3c6cf;--md-sys-color-error:#ba1a1a;--md-sys-color-on-error:#fff;
--md-sys-color-error-container:#ffdad6;--md-sys-color-on-error-container:#410002;--md-sys-color-scrim:#000;
--md-sys-color-inverse-surface:#2e3135;--md-sys-color-inverse-on-surface:#eff0f7;--md-sys-color-inverse-primary:#a0cafd;
--md-ref-typeface-brand:Roboto,"Segoe UI",system-ui,sans-serif;--md-ref-typeface-plain:Roboto,"Segoe UI",system-ui,sans-serif;
color-scheme:light}
*{box-sizing:border-box}
html,body{margin:0;min-height:100%}
body{font:400 14px/20px var(--md-ref-typeface-plain);background:var(--md-sys-color-surface);color:var(--md-sys-color-on-surface);letter-spacing:.25px}
a{color:var(--md-sys-color-primary)}
.top-app-bar{position:fixed;top:0;left:0;right:0;height:64px;display:flex;align-items:center;gap:12px;padding:0 16px;z-index:10;
background:var(--md-sys-color-surface-container);color:var(--md-sys-color-on-surface);box-shadow:0 1px 2px rgba(0,0,0,.18)}
.brand{display:flex;align-items:center;gap:12px;text-decoration:none;color:inherit}
.brand-text{display:flex;flex-direction:column}.brand-title{font:400 22px/28px var(--md-ref-typeface-brand)}
.brand-sub{font-size:12px;line-height:16px;color:var(--md-sys-color-on-surface-variant)}
.spacer{flex:1}
.gstin-chip{display:inline-flex;align-items:center;height:32px;padding:0 12px;border-radius:8px;border:1px solid var(--md-sys-color-outline-variant);font-weight:500}
.user-name{display:inline-flex;align-items:center;gap:6px;color:var(--md-sys-color-on-surface-variant)}
.page-progress{position:fixed;top:64px;left:0;right:0;z-index:11;visibility:hidden}
.page-progress.busy{visibility:visible}
.public-main{padding:96px 24px 48px;max-width:1120px;margin:0 auto}
.hero{display:grid;grid-template-columns:1.3fr 1fr;gap:32px;align-items:start}
.hero h1{font:400 45px/52px var(--md-ref-typeface-brand);margin:8px 0 16px}
.hero p{font-size:16px;line-height:24px;color:var(--md-sys-color-on-surface-variant)}
.tiles{display:grid;grid-template-columns:repeat(2,1fr);gap:16px;margin-top:24px}
.tile{padding:16px;border-radius:12px;background:var(--md-sys-color-surface-container-low);display:flex;gap:12px;align-items:flex-start}
.tile md-icon{color:var(--md-sys-color-primary)}
.tile b{display:block;font-weight:500;margin-bottom:4px}
.card{background:var(--md-sys-color-surface-container-lowest);border-radius:12px;padding:24px;border:1px solid var(--md-sys-color-outline-variant);
--md-outlined-field-label-bg:var(--md-sys-color-surface-container-lowest)}
.card-title{font:400 22px/28px var(--md-ref-typeface-brand);margin:0 0 16px}
.login-card{max-width:420px;margin:0 auto}
.login-card h1{font:400 28px/36px var(--md-ref-typeface-brand);margin:0 0 8px}
.login-card form,.stack{display:flex;flex-direction:column;gap:16px}
.login-card md-outlined-text-field,.login-card md-filled-text-field,.stack md-outlined-text-field,.stack md-outlined-select{width:100%}
.captcha-row{display:flex;align-items:center;gap:8px}
.captcha-img{border-radius:8px;border:1px solid var(--md-sys-color-outline-variant);background:#eef1f6;width:150px;height:50px}
.muted{color:var(--md-sys-color-on-surface-variant)}
.links{display:flex;justify-content:space-between;font-size:13px}
.banner{display:flex;gap:12px;align-items:center;padding:12px 16px;border-radius:8px;background:var(--md-sys-color-error-container);color:var(--md-sys-color-on-error-container)}
.banner.info{background:var(--md-sys-color-primary-container);color:var(--md-sys-color-on-primary-container)}
.row{display:flex;gap:12px;align-items:center;flex-wrap:wrap}
.nav-drawer{position:fixed;top:64px;bottom:0;left:0;width:300px;overflow-y:auto;padding:12px;background:var(--md-sys-color-surface-container-low);
transition:transform .25s cubic-bezier(.2,0,0,1);z-index:5}
body.nav-closed .nav-drawer{transform:translateX(-100%)}
.nav-drawer md-list{--md-list-container-color:transparent;padding:0}
.nav-drawer md-list-item{border-radius:28px;margin:0 0 2px}
.nav-drawer md-list-item[aria-current="page"]{background:var(--md-sys-color-secondary-container);color:var(--md-sys-color-on-secondary-container);font-weight:500}
.nav-drawer .nav-group{overflow:hidden;padding-left:16px}
.nav-drawer .nav-group md-list-item{--md-item-min-height:48px}
.nav-drawer md-icon[slot="end"]{transition:transform .2s}
.nav-drawer md-list-item[aria-expanded="true"]>md-icon[slot="end"]{transform:rotate(180deg)}
.nav-title{font-weight:500;padding:8px 16px 12px;color:var(--md-sys-color-on-surface-variant)}
.app-main{margin-left:300px;padding:88px 32px 48px;transition:margin .25s cubic-bezier(.2,0,0,1);max-width:1340px}
body.nav-closed .app-main{margin-left:0}
.page-title{font:400 32px/40px var(--md-ref-typeface-brand);margin:0 0 4px}
.breadcrumb{color:var(--md-sys-color-on-surface-variant);margin-bottom:24px;font-size:13px}
.stats{display:grid;grid-template-columns:repeat(3,1fr);gap:16px;margin-bottom:24px}
.stat{border-radius:12px;padding:20px;background:var(--md-sys-color-surface-container-low);display:flex;gap:16px;align-items:center}
.stat .num{font:400 32px/40px var(--md-ref-typeface-brand)}
.stat md-icon{--md-icon-size:36px;color:var(--md-sys-color-primary)}
.grid-2{display:grid;grid-template-columns:1fr 1fr;gap:16px 24px}
.kv{display:grid;grid-template-columns:140px 1fr;gap:8px 16px;margin:0 0 20px}.kv dt{color:var(--md-sys-color-on-surface-variant)}.kv dd{margin:0;font-weight:500}
.question{font:500 16px/24px var(--md-ref-typeface-plain);margin:8px 0}
.radio-group{display:flex;flex-wrap:wrap;gap:4px 24px;margin-bottom:16px}
.radio-option{display:inline-flex;align-items:center}
.radio-option label{cursor:pointer;font-size:14px}
.form-actions{display:flex;gap:12px;margin-top:24px}
.data-table{width:100%;border-collapse:collapse;font-size:14px}
.data-table th{text-align:left;font-weight:500;color:var(--md-sys-color-on-surface-variant);border-bottom:1px solid var(--md-sys-color-outline-variant);padding:12px}
.data-table td{padding:12px;border-bottom:1px solid var(--md-sys-color-outline-variant)}
.data-table tr.new td{background:var(--md-sys-color-primary-container)}
.otp-row{display:flex;gap:12px;align-items:flex-start;flex-wrap:wrap}
.otp-row md-outlined-text-field{width:240px}.otp-row md-filled-button,.otp-row md-text-button{margin-top:8px}
.notice{padding:16px;border-radius:8px;background:var(--md-sys-color-surface-container);color:var(--md-sys-color-on-surface-variant);margin:8px 0 16px}
md-dialog{--md-outlined-field-label-bg:var(--md-sys-color-surface-container-high);--md-filled-field-bg:var(--md-sys-color-surface-container-highest)}
md-dialog .dialog-fields{display:flex;flex-direction:column;gap:16px;min-width:400px;padding-top:8px}
md-dialog .dialog-fields md-outlined-text-field{width:100%}
.snackbar{position:fixed;left:50%;bottom:24px;transform:translate(-50%,24px);min-width:288px;max-width:640px;padding:14px 16px;border-radius:4px;
background:var(--md-sys-color-inverse-surface);color:var(--md-sys-color-inverse-on-surface);box-shadow:0 3px 8px rgba(0,0,0,.3);
opacity:0;pointer-events:none;transition:opacity .15s linear,transform .25s cubic-bezier(.2,0,0,1);z-index:20}
.snackbar.open{opacity:1;transform:translate(-50%,0);pointer-events:auto}
footer.site-footer{text-align:center;font-size:12px;color:var(--md-sys-color-on-surface-variant);padding:24px}
md-outlined-text-field:not(:defined),md-outlined-select:not(:defined),md-dialog:not(:defined){visibility:hidden}
`;

const SHELL_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>e-Invoice System</title>
<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(EMBLEM_SVG)}">
<style>${GLOBAL_CSS}</style>
<script type="module" src="/assets/index-r22.js"></script>
</head>
<body>
<md-linear-progress id="page-progress" class="page-progress" indeterminate></md-linear-progress>
<div id="app"></div>
<div id="snackbar" class="snackbar" role="status" aria-live="polite"></div>
<noscript>You need to enable JavaScript to run this app.</noscript>
</body>
</html>`;

/** Hand-written stand-in for @material/web + Lit: shadow DOM, adopted sheets, ElementInternals. */
const RUNTIME_JS = `
const LIT = 'lit$' + String(Math.random()).slice(-9) + '$';
const sheets = new Map();
const sheet = (t) => { let s = sheets.get(t); if (!s) { s = new CSSStyleSheet(); s.replaceSync(t); sheets.set(t, s); } return s; };
const esc = (s) => String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
let keyboardFocus = false;
document.addEventListener('keydown', () => { keyboardFocus = true; }, true);
document.addEventListener('pointerdown', () => { keyboardFocus = false; }, true);
const HOST_CSS = ':host{box-sizing:border-box}*,*::before,*::after{box-sizing:inherit}[hidden]{display:none!important}:host([hidden]){display:none!important}';

class MdElement extends HTMLElement {
  static styles = '';
  static delegatesFocus = false;
  constructor() {
    super();
    const C = this.constructor;
    this.attachShadow({ mode: 'open', delegatesFocus: C.delegatesFocus });
    this.shadowRoot.adoptedStyleSheets = [sheet(HOST_CSS), sheet(C.styles)];
    this.internals = this.attachInternals();
    if (C.role) this.internals.role = C.role;
    this.hasUpdated = false; this.updateComplete = Promise.resolve(true);
  }
  connectedCallback() {
    if (!this.hasUpdated) {
      this.hasUpdated = true;
      this.shadowRoot.innerHTML = '<!--?' + LIT + '-->' + this.render();
      this.firstUpdated();
      this.updated();
    }
    this.requestUpdate();
  }
  attributeChangedCallback() { if (this.hasUpdated) this.requestUpdate(); }
  requestUpdate() {
    if (this._pending) return;
    this._pending = true;
    this.updateComplete = Promise.resolve().then(() => { this._pending = false; this.updated(); return true; });
  }
  render() { return ''; }
  firstUpdated() {} updated() {}
  $(s) { return this.shadowRoot.querySelector(s); }
  has(n) { return this.hasAttribute(n); }
  attr(n, d) { const v = this.getAttribute(n); return v == null ? (d == null ? '' : d) : v; }
  fire(type, composed) { return this.dispatchEvent(new Event(type, { bubbles: true, composed: !!composed, cancelable: true })); }
}
function props(C, list) {
  for (const [name, attr, bool] of list) {
    Object.defineProperty(C.prototype, name, {
      configurable: true,
      get() { return bool ? this.hasAttribute(attr) : this.getAttribute(attr) || ''; },
      set(v) { if (bool) this.toggleAttribute(attr, !!v); else this.setAttribute(attr, v); },
    });
  }
}
function copyAttrs(from, to, names) {
  for (const a of names) { const v = from.getAttribute(a); if (v == null) to.removeAttribute(a); else to.setAttribute(a, v); }
}
function controlOf(el) {
  const p = el.parentElement;
  return (p && p.closest('button,a,li')) || p || el.getRootNode().host;
}

class MdRipple extends MdElement {
  static styles = ':host{display:flex;position:absolute;inset:0;margin:auto;pointer-events:none;border-radius:inherit;overflow:hidden;-webkit-tap-highlight-color:transparent}.surface{position:absolute;inset:0;border-radius:inherit;overflow:hidden}.surface::before,.surface::after{content:"";position:absolute;inset:0;opacity:0}.surface::before{background:var(--md-ripple-hover-color,currentColor);transition:opacity 15ms linear}.surface::after{background:radial-gradient(closest-side,var(--md-ripple-pressed-color,currentColor) max(100% - 70px,65%),transparent 100%);transform:scale(.2);transition:opacity 375ms linear,transform 450ms cubic-bezier(.2,0,0,1)}:host([hovered]) .surface::before{opacity:.08}:host([pressed]) .surface::after{opacity:.12;transform:scale(1.6);transition-duration:105ms,450ms}';
  render() { return '<div class="surface" aria-hidden="true"></div>'; }
  firstUpdated() {
    const c = controlOf(this);
    const up = () => setTimeout(() => this.removeAttribute('pressed'), 150);
    c.addEventListener('pointerenter', () => this.setAttribute('hovered', ''));
    c.addEventListener('pointerleave', () => { this.removeAttribute('hovered'); this.removeAttribute('pressed'); });
    c.addEventListener('pointerdown', () => this.setAttribute('pressed', ''));
    c.addEventListener('pointerup', up); c.addEventListener('pointercancel', up);
  }
}
class MdFocusRing extends MdElement {
  static styles = ':host{position:absolute;inset:-2px;display:none;pointer-events:none;border-radius:inherit;outline:3px solid var(--md-focus-ring-color,var(--md-sys-color-secondary));z-index:1;animation:grow .15s ease-out}:host([inward]){inset:3px;outline-width:2px}:host([visible]){display:flex}@keyframes grow{from{outline-width:8px}}';
  firstUpdated() {
    const c = controlOf(this);
    c.addEventListener('focusin', () => this.toggleAttribute('visible', keyboardFocus));
    c.addEventListener('focusout', () => this.removeAttribute('visible'));
  }
}
class MdElevation extends MdElement {
  static styles = ':host{position:absolute;inset:0;display:flex;pointer-events:none;border-radius:inherit;transition:box-shadow 280ms cubic-bezier(.2,0,0,1);box-shadow:0 calc(1px*var(--md-elevation-level,0)) calc(3px*var(--md-elevation-level,0)) rgba(0,0,0,.2),0 calc(.5px*var(--md-elevation-level,0)) calc(1px*var(--md-elevation-level,0)) rgba(0,0,0,.16)}';
}
class MdDivider extends MdElement {
  static styles = ':host{display:flex;height:1px;width:100%;background:var(--md-divider-color,var(--md-sys-color-outline-variant))}';
}
const ICONS = {
  menu: 'M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z', refresh: 'M17.65 6.35A7.96 7.96 0 0 0 12 4a8 8 0 1 0 7.73 10h-2.08A6 6 0 1 1 12 6c1.66 0 3.14.69 4.22 1.78L13 11h7V4l-2.35 2.35z',
  close: 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z', visibility: 'M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5zM12 17a5 5 0 1 1 0-10 5 5 0 0 1 0 10zm0-8a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
  visibility_off: 'M12 7a5 5 0 0 1 5 5c0 .65-.13 1.26-.36 1.83l2.92 2.92A11.8 11.8 0 0 0 23 12c-1.73-4.39-6-7.5-11-7.5-1.4 0-2.74.25-3.98.7l2.16 2.16C10.74 7.13 11.35 7 12 7zM2 4.27l2.74 2.74A11.8 11.8 0 0 0 1 12c1.73 4.39 6 7.5 11 7.5 1.55 0 3.03-.3 4.38-.84L19.73 22 21 20.73 3.27 3 2 4.27zM7.53 9.8l1.55 1.55A3 3 0 0 0 12.65 15l1.55 1.55A5 5 0 0 1 7.53 9.8z', expand_more: 'M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z',
  dashboard: 'M3 13h8V3H3v10zm0 8h8v-6H3v6zm10 0h8V11h-8v10zm0-18v6h8V3h-8z', description: 'M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8l-6-6zm2 16H8v-2h8v2zm0-4H8v-2h8v2zm-3-5V3.5L18.5 9H13z',
  vpn_key: 'M12.65 10A6 6 0 1 0 12.65 14H17v4h4v-4h2v-4H12.65zM7 14a2 2 0 1 1 0-4 2 2 0 0 1 0 4z', bar_chart: 'M5 9.2h3V19H5zM10.6 5h2.8v14h-2.8zm5.6 8H19v6h-2.8z',
  group: 'M16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm-8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm0 2c-2.33 0-7 1.17-7 3.5V19h14v-2.5C15 14.17 10.33 13 8 13zm8 0c-.29 0-.62.02-.97.05 1.16.84 1.97 1.97 1.97 3.45V19h6v-2.5c0-2.33-4.67-3.5-7-3.5z', logout: 'M17 7l-1.41 1.41L18.17 11H8v2h10.17l-2.58 2.58L17 17l5-5zM4 5h8V3H4a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h8v-2H4V5z',
  login: 'M11 7 9.6 8.4l2.6 2.6H2v2h10.2l-2.6 2.6L11 17l5-5-5-5zm9 12h-8v2h8a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2h-8v2h8v14z', check_circle: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-2 15-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z',
  error: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z', info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z',
  cancel: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm5 13.59L15.59 17 12 13.41 8.41 17 7 15.59 10.59 12 7 8.41 8.41 7 12 10.59 15.59 7 17 8.41 13.41 12 17 15.59z', account_circle: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 3a3 3 0 1 1 0 6 3 3 0 0 1 0-6zm0 14.2a7.2 7.2 0 0 1-6-3.22c.03-1.99 4-3.08 6-3.08s5.97 1.09 6 3.08a7.2 7.2 0 0 1-6 3.22z',
  cloud_upload: 'M19.35 10.04A7.49 7.49 0 0 0 12 4C9.11 4 6.6 5.64 5.35 8.04A6 6 0 0 0 6 20h13a5 5 0 0 0 .35-9.96zM14 13v4h-4v-4H7l5-5 5 5h-3z', sms: 'M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2zM9 11H7V9h2v2zm4 0h-2V9h2v2zm4 0h-2V9h2v2z',
  circle: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16z',
};
class MdIcon extends MdElement {
  static styles = ':host{display:inline-flex;position:relative;width:var(--md-icon-size,24px);height:var(--md-icon-size,24px);flex-shrink:0;color:inherit;vertical-align:middle;font-size:var(--md-icon-size,24px);-webkit-user-select:none;user-select:none}svg{width:100%;height:100%;fill:currentColor}.ligature{position:absolute;inset:0;overflow:hidden;opacity:0;white-space:nowrap;font-size:1px;line-height:1px}';
  connectedCallback() { if (this.getAttribute('aria-hidden') !== 'false') this.setAttribute('aria-hidden', 'true'); super.connectedCallback(); }
  render() { return '<svg viewBox="0 0 24 24"><path></path></svg><span class="ligature"><slot></slot></span>'; }
  firstUpdated() { this.$('slot').addEventListener('slotchange', () => this.requestUpdate()); }
  updated() { this.$('path').setAttribute('d', ICONS[this.textContent.trim()] || ICONS.circle); }
}

const BUTTON_CSS = ':host{display:inline-flex;height:40px;border-radius:20px;cursor:pointer;position:relative;outline:none;vertical-align:top;-webkit-tap-highlight-color:transparent;font:500 14px/20px var(--md-ref-typeface-plain,Roboto,sans-serif);letter-spacing:.1px;min-width:64px}:host([disabled]){cursor:default;pointer-events:none}.button{display:inline-flex;align-items:center;justify-content:center;gap:8px;position:relative;z-index:0;width:100%;height:100%;padding:0 24px;border:none;outline:none;border-radius:inherit;background:transparent;color:var(--_label);font:inherit;letter-spacing:inherit;cursor:inherit;-webkit-appearance:none;white-space:nowrap}.background{position:absolute;inset:0;border-radius:inherit;background:var(--_container,transparent);z-index:-1}.outline{position:absolute;inset:0;border-radius:inherit;border:1px solid var(--md-sys-color-outline);pointer-events:none}.touch{position:absolute;top:50%;height:48px;left:0;right:0;transform:translateY(-50%)}.filled{--_container:var(--md-sys-color-primary);--_label:var(--md-sys-color-on-primary)}.outlined,.text{--_label:var(--md-sys-color-primary)}.text{padding:0 12px}:host([disabled]) .button{--_label:rgba(25,28,32,.38)}:host([disabled]) .filled{--_container:rgba(25,28,32,.12)}:host([disabled]) .outline{border-color:rgba(25,28,32,.12)}md-elevation{--md-elevation-level:0}:host(:hover) md-elevation{--md-elevation-level:1}::slotted([slot=icon]){--md-icon-size:18px;margin-inline-start:-8px}';
const buttonTpl = (kind, deco) => '<button class="button ' + kind + '" id="button"><md-focus-ring part="focus-ring"></md-focus-ring>' + deco + '<div class="background"></div><md-ripple part="ripple"></md-ripple><span class="touch"></span><slot name="icon"></slot><span class="button-label"><slot></slot></span></button>';
class MdButtonBase extends MdElement {
  static formAssociated = true;
  static delegatesFocus = true;
  static styles = BUTTON_CSS;
  static get observedAttributes() { return ['disabled', 'aria-label', 'selected', 'toggle']; }
  firstUpdated() { this.addEventListener('click', (e) => this.activate(e)); }
  get form() { return this.internals.form; }
  updated() {
    const b = this.$('button');
    b.disabled = this.has('disabled');
    copyAttrs(this, b, ['aria-label']);
  }
  activate(e) {
    if (this.has('disabled')) { e.preventDefault(); e.stopImmediatePropagation(); return; }
    const type = this.attr('type', 'submit');
    const form = this.internals.form;
    if (!form || type === 'button') return;
    setTimeout(() => {
      if (e.defaultPrevented) return;
      if (type === 'reset') { form.reset(); return; }
      form.addEventListener('submit', (se) => Object.defineProperty(se, 'submitter', { configurable: true, enumerable: true, get: () => this }), { capture: true, once: true });
      this.internals.setFormValue(this.getAttribute('value'));
      form.requestSubmit();
    });
  }
}
props(MdButtonBase, [['disabled', 'disabled', true], ['type', 'type'], ['value', 'value'], ['selected', 'selected', true]]);
class MdFilledButton extends MdButtonBase { render() { return buttonTpl('filled', '<md-elevation part="elevation"></md-elevation>'); } }
class MdOutlinedButton extends MdButtonBase { render() { return buttonTpl('outlined', '<div class="outline"></div>'); } }
class MdTextButton extends MdButtonBase { render() { return buttonTpl('text', ''); } }
class MdIconButton extends MdButtonBase {
  static styles = ':host{display:inline-flex;width:40px;height:40px;border-radius:20px;position:relative;cursor:pointer;outline:none;vertical-align:middle;color:var(--md-sys-color-on-surface-variant);flex-shrink:0;-webkit-tap-highlight-color:transparent}:host([disabled]){pointer-events:none;opacity:.38}.icon-button{display:flex;align-items:center;justify-content:center;width:100%;height:100%;border:none;border-radius:inherit;background:none;color:inherit;padding:0;cursor:inherit;outline:none;position:relative}.touch{position:absolute;inset:-4px}.icon{display:inline-flex}';
  render() { return '<button class="icon-button" id="button"><md-focus-ring part="focus-ring"></md-focus-ring><md-ripple part="ripple"></md-ripple><span class="icon"><slot></slot></span><span class="touch"></span></button>'; }
  updated() {
    super.updated();
    const b = this.$('button');
    if (this.has('toggle')) b.setAttribute('aria-pressed', String(this.has('selected'))); else b.removeAttribute('aria-pressed');
  }
  activate(e) {
    super.activate(e);
    if (!this.has('disabled') && this.has('toggle')) { this.toggleAttribute('selected'); this.fire('input', true); this.fire('change'); }
  }
}

const FIELD_CSS = ':host{display:inline-flex;min-width:0;width:100%}.field{display:flex;flex:1;flex-direction:column;min-width:0;max-width:100%}.container-overflow{position:relative;border-radius:4px}.filled .container-overflow{background:var(--md-filled-field-bg,var(--md-sys-color-surface-container-highest));border-radius:4px 4px 0 0}.outline{position:absolute;inset:0;border:1px solid var(--md-sys-color-outline);border-radius:4px;pointer-events:none;transition:border-color .15s}.filled .outline{display:none}:host(:hover) .outline{border-color:var(--md-sys-color-on-surface)}:host([focused]) .outline{border:2px solid var(--md-sys-color-primary)}:host([error]) .outline{border-color:var(--md-sys-color-error)}.active-indicator{display:none;position:absolute;left:0;right:0;bottom:0;height:1px;background:var(--md-sys-color-on-surface-variant)}.filled .active-indicator{display:block}:host([focused]) .active-indicator{height:2px;background:var(--md-sys-color-primary)}:host([error]) .active-indicator{background:var(--md-sys-color-error)}.container{position:relative;display:flex;align-items:center;min-height:56px;padding:0 16px}.start,.end{display:flex;align-items:center;color:var(--md-sys-color-on-surface-variant)}.middle{position:relative;flex:1;align-self:stretch;display:flex;align-items:center;min-width:0}.label{position:absolute;left:0;top:50%;transform:translateY(-50%);max-width:100%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-size:16px;line-height:24px;color:var(--md-sys-color-on-surface-variant);pointer-events:none;z-index:1;transition:top .15s cubic-bezier(.2,0,0,1),font-size .15s cubic-bezier(.2,0,0,1),line-height .15s,color .15s}.outlined .label{padding:0 4px;margin-left:-4px;background:var(--md-outlined-field-label-bg,var(--md-sys-color-surface))}:host([populated]) .outlined .label,:host([focused]) .outlined .label{top:0;font-size:12px;line-height:16px}:host([populated]) .filled .label,:host([focused]) .filled .label{top:8px;transform:none;font-size:12px;line-height:16px}:host([focused]) .label{color:var(--md-sys-color-primary)}:host([error]) .label{color:var(--md-sys-color-error)}:host([disabled]){opacity:.38;pointer-events:none}.content{display:flex;flex:1;align-items:center;min-width:0;padding:16px 0;font-size:16px;line-height:24px;color:var(--md-sys-color-on-surface);transition:opacity .15s}.filled .content{padding:24px 0 8px}.filled.no-label .content{padding:16px 0}.field:not(.no-label) .content{opacity:0}:host([populated]) .content,:host([focused]) .content{opacity:1}.supporting-text{display:flex;padding:4px 16px 0;font-size:12px;line-height:16px;letter-spacing:.4px;color:var(--md-sys-color-on-surface-variant)}:host([error]) .supporting-text{color:var(--md-sys-color-error)}slot[name=aria-describedby]{display:none}';
class MdField extends MdElement {
  static styles = FIELD_CSS;
  static get observedAttributes() { return ['label', 'required', 'error', 'error-text', 'supporting-text', 'disabled']; }
  render() { return '<div class="field ' + this.constructor.variant + '"><div class="container-overflow"><div class="outline"></div><div class="container"><div class="start"><slot name="start"></slot></div><div class="middle"><span class="label" aria-hidden="true"></span><div class="content"><slot></slot></div></div><div class="end"><slot name="end"></slot></div></div><div class="active-indicator"></div></div><div class="supporting-text"><span class="supporting-text-start"></span><slot name="aria-describedby"></slot></div></div>'; }
  updated() {
    const label = this.attr('label');
    this.$('.label').textContent = label ? label + (this.has('required') ? '*' : '') : '';
    this.$('.field').classList.toggle('no-label', !label);
    const err = this.has('error') && this.attr('error-text');
    const text = err || this.attr('supporting-text');
    const sup = this.$('.supporting-text');
    this.$('.supporting-text-start').textContent = text;
    sup.hidden = !text;
    if (err) sup.setAttribute('role', 'alert'); else sup.removeAttribute('role');
  }
}
class MdOutlinedField extends MdField { static variant = 'outlined'; }
class MdFilledField extends MdField { static variant = 'filled'; }

const TF_CSS = ':host{display:inline-flex;flex-direction:column;outline:none;text-align:start;-webkit-tap-highlight-color:transparent;min-width:0}.text-field,.field{display:flex;width:100%}.input-wrapper{display:flex;flex:1;min-width:0}input{appearance:none;-webkit-appearance:none;background:none;border:none;outline:none;padding:0;margin:0;width:100%;min-width:0;font:inherit;color:inherit;caret-color:var(--md-sys-color-primary);letter-spacing:inherit}:host([error]) input{caret-color:var(--md-sys-color-error)}.prefix,.suffix{color:var(--md-sys-color-on-surface-variant);white-space:nowrap}.prefix{padding-inline-end:2px}.suffix{padding-inline-start:2px}.prefix:empty,.suffix:empty{display:none}.icon{display:flex;align-items:center}.icon.leading{margin-inline:-4px 12px}.icon.trailing{margin-inline:8px -8px}.icon:not(.has){display:none}';
class MdTextField extends MdElement {
  static formAssociated = true;
  static delegatesFocus = true;
  static styles = TF_CSS;
  static get observedAttributes() { return ['label', 'type', 'required', 'disabled', 'readonly', 'error', 'error-text', 'supporting-text', 'prefix-text', 'suffix-text', 'maxlength', 'minlength', 'placeholder', 'autocomplete', 'inputmode', 'name', 'pattern', 'aria-label']; }
  render() {
    const f = this.constructor.field;
    return '<span class="text-field"><' + f + ' class="field" part="field"><span class="icon leading" slot="start"><slot name="leading-icon"></slot></span><div class="input-wrapper"><span class="prefix"></span><input class="input" id="input" aria-describedby="description"><span class="suffix"></span></div><div id="description" slot="aria-describedby" hidden></div><span class="icon trailing" slot="end"><slot name="trailing-icon"></slot></span></' + f + '></span>';
  }
  firstUpdated() {
    const i = (this.input = this.$('input')); this.field = this.$('.field');
    i.value = this._value != null ? this._value : this.attr('value');
    i.addEventListener('input', () => this.sync());
    i.addEventListener('change', () => this.fire('change'));
    i.addEventListener('focus', () => this.field.setAttribute('focused', ''));
    i.addEventListener('blur', () => this.field.removeAttribute('focused'));
    i.addEventListener('keydown', (e) => { if (e.key === 'Enter' && !e.isComposing && this.internals.form) this.internals.form.requestSubmit(); });
    for (const s of this.shadowRoot.querySelectorAll('.icon slot')) s.addEventListener('slotchange', () => s.parentElement.classList.toggle('has', s.assignedElements().length > 0));
  }
  get value() { return this.input ? this.input.value : this._value != null ? this._value : this.attr('value'); }
  set value(v) { this._value = v == null ? '' : String(v); if (this.input) { this.input.value = this._value; this.sync(); } }
  get form() { return this.internals.form; }
  select() { if (this.input) this.input.select(); }
  focus(o) { if (this.input) this.input.focus(o); else super.focus(o); }
  sync() { this.field.toggleAttribute('populated', this.input.value !== ''); this.internals.setFormValue(this.input.value); }
  updated() {
    const i = this.input;
    i.type = this.attr('type', 'text');
    copyAttrs(this, i, ['maxlength', 'minlength', 'placeholder', 'autocomplete', 'inputmode', 'name', 'pattern']);
    i.required = this.has('required'); i.disabled = this.has('disabled'); i.readOnly = this.has('readonly');
    i.setAttribute('aria-label', this.getAttribute('aria-label') || this.attr('label'));
    i.setAttribute('aria-invalid', String(this.has('error')));
    copyAttrs(this, this.field, ['label', 'required', 'error', 'error-text', 'supporting-text', 'disabled']);
    this.$('.prefix').textContent = this.attr('prefix-text'); this.$('.suffix').textContent = this.attr('suffix-text');
    this.$('#description').textContent = (this.has('error') && this.attr('error-text')) || this.attr('supporting-text');
    this.sync();
  }
}
props(MdTextField, [['label', 'label'], ['type', 'type'], ['error', 'error', true], ['errorText', 'error-text'], ['supportingText', 'supporting-text'], ['required', 'required', true], ['disabled', 'disabled', true], ['prefixText', 'prefix-text']]);
class MdOutlinedTextField extends MdTextField { static field = 'md-outlined-field'; }
class MdFilledTextField extends MdTextField { static field = 'md-filled-field'; }
`;

const RUNTIME_JS_2 = String.raw`
class MdRadio extends MdElement {
  static formAssociated = true;
  static role = 'radio';
  static styles = ':host{display:inline-flex;position:relative;width:20px;height:20px;margin:14px;vertical-align:top;outline:none;cursor:pointer;color:var(--md-sys-color-on-surface-variant);-webkit-tap-highlight-color:transparent;flex-shrink:0}:host([checked]){color:var(--md-sys-color-primary)}:host([disabled]){opacity:.38;pointer-events:none}.icon{position:absolute;inset:0;display:flex}svg{position:absolute;inset:0;width:20px;height:20px;fill:currentColor}.inner{transform-box:fill-box;transform-origin:center;opacity:0;transform:scale(.4);transition:opacity 50ms linear,transform .3s cubic-bezier(.05,.7,.1,1)}:host([checked]) .inner{opacity:1;transform:none}md-ripple,md-focus-ring{inset:-10px;border-radius:50%}input{appearance:none;position:absolute;width:48px;height:48px;top:-14px;left:-14px;margin:0;opacity:0;cursor:inherit;outline:none}';
  static get observedAttributes() { return ['checked', 'disabled', 'value', 'name']; }
  render() { return '<div class="icon"><md-ripple part="ripple"></md-ripple><md-focus-ring part="focus-ring"></md-focus-ring><svg class="icon" viewBox="0 0 20 20"><mask id="cutout"><rect width="100%" height="100%" fill="white"></rect><circle cx="10" cy="10" r="8" fill="black"></circle></mask><circle class="outer circle" cx="10" cy="10" r="10" mask="url(#cutout)"></circle><circle class="inner circle" cx="10" cy="10" r="5"></circle></svg><input id="input" type="radio" tabindex="-1" aria-hidden="true"></div>'; }
  firstUpdated() {
    const ring = this.$('md-focus-ring');
    this.addEventListener('focus', () => ring.toggleAttribute('visible', keyboardFocus)); this.addEventListener('blur', () => ring.removeAttribute('visible'));
    this.addEventListener('click', () => { if (this.has('disabled')) return; this.focus(); if (!this.has('checked')) this.pick(); });
    this.addEventListener('keydown', (e) => {
      const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key];
      if (e.key === ' ') { e.preventDefault(); if (!this.has('checked')) this.pick(); return; }
      if (!step) return;
      e.preventDefault();
      const g = this.group().filter((r) => !r.hasAttribute('disabled'));
      const next = g[(g.indexOf(this) + step + g.length) % g.length];
      next.focus(); next.pick();
    });
  }
  group() { const n = this.getAttribute('name'); return n ? [...this.getRootNode().querySelectorAll('md-radio[name="' + n + '"]')] : [this]; }
  pick() {
    const g = this.group();
    for (const r of g) if (r !== this) r.removeAttribute('checked');
    this.setAttribute('checked', '');
    for (const r of g) r.requestUpdate();
    this.fire('input', true); this.fire('change');
  }
  updated() {
    const c = this.has('checked');
    this.$('input').checked = c;
    this.internals.ariaChecked = String(c); this.internals.ariaDisabled = String(this.has('disabled'));
    this.internals.setFormValue(c ? this.attr('value', 'on') : null);
    const g = this.group();
    this.tabIndex = c || (!g.some((r) => r.hasAttribute('checked')) && g[0] === this) ? 0 : -1;
  }
}
props(MdRadio, [['checked', 'checked', true], ['disabled', 'disabled', true], ['value', 'value'], ['name', 'name']]);

class MdList extends MdElement {
  static role = 'list';
  static styles = ':host{display:block;padding:8px 0;background:var(--md-list-container-color,var(--md-sys-color-surface));outline:none;position:relative}';
  render() { return '<slot></slot>'; }
}
class MdItem extends MdElement {
  static styles = ':host{display:flex;align-items:center;gap:16px;min-height:var(--md-item-min-height,56px);padding:8px 24px 8px 16px;position:relative;width:100%;color:inherit}.text{display:flex;flex:1;flex-direction:column;min-width:0;overflow:hidden}::slotted([slot=container]){position:absolute;inset:0;border-radius:inherit;pointer-events:none}.non-text{display:flex;align-items:center}::slotted([slot=supporting-text]){font-size:14px;line-height:20px;color:var(--md-sys-color-on-surface-variant)}';
  render() { return '<slot name="container"></slot><slot class="non-text" name="start"></slot><div class="text"><slot name="overline"></slot><slot class="default-slot"></slot><slot name="headline"></slot><slot name="supporting-text"></slot></div><slot class="non-text" name="trailing-supporting-text"></slot><slot class="non-text" name="end"></slot>'; }
}
const ITEM_INNER = '<md-item><div slot="container"><md-ripple part="ripple"></md-ripple><md-focus-ring part="focus-ring" inward></md-focus-ring></div><slot name="start" slot="start"></slot><slot name="end" slot="end"></slot>';
class MdListItem extends MdElement {
  static styles = ':host{display:flex;position:relative;outline:none;-webkit-tap-highlight-color:transparent;color:var(--md-sys-color-on-surface);font-size:16px;line-height:24px;border-radius:var(--md-list-item-radius,0)}:host([disabled]){opacity:.38;pointer-events:none}.list-item{display:flex;flex:1;min-width:0;border-radius:inherit;outline:none;border:none;background:none;padding:0;margin:0;font:inherit;color:inherit;text-align:start;text-decoration:none;cursor:pointer;position:relative;list-style:none}li.list-item{cursor:default}::slotted([slot=start]),::slotted([slot=end]){color:var(--md-sys-color-on-surface-variant)}';
  static get observedAttributes() { return ['href', 'target', 'disabled', 'aria-expanded', 'aria-current', 'aria-selected']; }
  render() {
    const t = this.attr('type', 'text');
    const tag = t === 'link' ? 'a' : t === 'button' ? 'button' : 'li';
    return '<' + tag + ' id="item" tabindex="' + (t === 'text' ? -1 : 0) + '" role="listitem" class="list-item">' + ITEM_INNER + '<slot name="headline" slot="headline"></slot><slot slot="headline"></slot><slot name="supporting-text" slot="supporting-text"></slot><slot name="trailing-supporting-text" slot="trailing-supporting-text"></slot></md-item></' + tag + '>';
  }
  updated() {
    const it = this.$('#item');
    copyAttrs(this, it, ['href', 'target', 'aria-expanded', 'aria-current', 'aria-selected']);
    if (it.localName === 'button') it.disabled = this.has('disabled');
  }
}

class MdMenu extends MdElement {
  static styles = ':host{display:contents}.menu{position:fixed;inset:auto;margin:0;padding:0;border:none;border-radius:4px;background:var(--md-menu-container-color,var(--md-sys-color-surface-container));color:var(--md-sys-color-on-surface);min-width:112px;max-width:min(560px,calc(100vw - 16px));overflow:visible}.menu:popover-open{display:flex;flex-direction:column}.items{overflow-y:auto;overscroll-behavior:contain;border-radius:inherit;flex:1;min-height:0}.item-padding{padding:8px 0}md-elevation{--md-elevation-level:2}';
  render() { return '<div class="menu" part="menu" popover="manual"><md-elevation part="elevation"></md-elevation><div class="items"><div class="item-padding"><slot></slot></div></div></div>'; }
  get open() { return this.has('open'); }
  show(anchor) {
    const m = this.$('.menu');
    this.setAttribute('open', '');
    m.style.maxHeight = 'none';
    m.showPopover();
    const r = anchor.getBoundingClientRect();
    m.style.minWidth = r.width + 'px';
    const h = this.$('.item-padding').offsetHeight;
    const below = innerHeight - r.bottom - 16, above = r.top - 16;
    const down = below >= Math.min(h, 240) || below >= above;
    const maxH = Math.max(96, Math.min(h, down ? below : above));
    Object.assign(m.style, { maxHeight: maxH + 'px', top: (down ? r.bottom : r.top - maxH) + 'px', transformOrigin: down ? 'top' : 'bottom' });
    m.style.left = Math.max(8, Math.min(r.left, innerWidth - m.offsetWidth - 8)) + 'px';
    m.animate([{ opacity: 0, transform: 'scaleY(.55)' }, { opacity: 1, transform: 'none' }], { duration: 250, easing: 'cubic-bezier(.2,0,0,1)' }).finished.then(() => this.fire('opened'), () => {});
  }
  close() {
    if (!this.has('open')) return;
    this.removeAttribute('open');
    const m = this.$('.menu');
    m.animate([{ opacity: 1 }, { opacity: 0 }], { duration: 120, easing: 'linear' }).finished.then(() => { if (!this.has('open')) m.hidePopover(); this.fire('closed'); }, () => {});
  }
}
class MdSelectOption extends MdElement {
  static styles = ':host{display:flex;position:relative;outline:none;-webkit-tap-highlight-color:transparent;color:var(--md-sys-color-on-surface);font-size:16px;line-height:24px}:host([disabled]){opacity:.38;pointer-events:none}.list-item{display:flex;flex:1;outline:none;cursor:pointer;list-style:none;position:relative;--md-item-min-height:48px}:host([selected]) .list-item{background:var(--md-sys-color-secondary-container);color:var(--md-sys-color-on-secondary-container)}.default-slot{white-space:nowrap}';
  static get observedAttributes() { return ['selected', 'disabled']; }
  render() { return '<li id="item" tabindex="-1" role="option" aria-selected="false" class="list-item">' + ITEM_INNER + '<div class="default-slot" slot="headline"><slot></slot><slot name="headline"></slot></div><slot name="supporting-text" slot="supporting-text"></slot></md-item></li>'; }
  updated() {
    const li = this.$('#item');
    li.setAttribute('aria-selected', String(this.has('selected')));
    if (this.has('disabled')) li.setAttribute('aria-disabled', 'true'); else li.removeAttribute('aria-disabled');
  }
  get value() { return this.attr('value'); }
  get displayText() { const h = this.querySelector('[slot=headline]'); return (h ? h.textContent : this.textContent).trim(); }
  focus() { const li = this.$('#item'); if (li) li.focus(); }
}
props(MdSelectOption, [['selected', 'selected', true], ['disabled', 'disabled', true]]);

class MdOutlinedSelect extends MdElement {
  static formAssociated = true;
  static delegatesFocus = true;
  static styles = ':host{display:inline-flex;flex-direction:column;min-width:210px;position:relative;outline:none;-webkit-tap-highlight-color:transparent;color:var(--md-sys-color-on-surface)}:host([disabled]){pointer-events:none}.select{display:flex;width:100%;position:relative}.field{width:100%;cursor:pointer;outline:none}.label{flex:1;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;min-height:24px}.icon.trailing{display:flex;align-items:center;padding-inline-start:12px;color:var(--md-sys-color-on-surface-variant)}.icon.leading:not(.has){display:none}svg{width:10px;height:5px;fill:currentColor}svg .up,:host([open]) svg .down{display:none}:host([open]) svg .up{display:inline}';
  static get observedAttributes() { return ['label', 'required', 'disabled', 'error', 'error-text', 'supporting-text']; }
  render() {
    return '<span class="select outlined"><md-outlined-field class="field" part="field" id="field" role="combobox" tabindex="0" aria-haspopup="listbox" aria-controls="listbox" aria-expanded="false" aria-describedby="description"><span class="icon leading" slot="start"><slot name="leading-icon"></slot></span><div class="label"></div><span class="icon trailing" slot="end"><slot name="trailing-icon"><svg height="5" viewBox="7 10 10 5" focusable="false"><polygon class="down" stroke="none" fill-rule="evenodd" points="7 10 12 15 17 10"></polygon><polygon class="up" stroke="none" fill-rule="evenodd" points="7 15 12 10 17 15"></polygon></svg></slot></span><div id="description" slot="aria-describedby" hidden></div></md-outlined-field><md-menu id="listbox" role="listbox" tabindex="-1" part="menu" positioning="popover" anchor="field" stay-open-on-focusout><slot></slot></md-menu></span>';
  }
  firstUpdated() {
    [this.field, this.menu, this.text] = ['#field', 'md-menu', '.label'].map((q) => this.$(q));
    this.field.addEventListener('click', () => (this.has('open') ? this.closeMenu(true) : this.openMenu(false)));
    this.field.addEventListener('focus', () => this.field.setAttribute('focused', ''));
    this.field.addEventListener('blur', () => { if (!this.has('open')) this.field.removeAttribute('focused'); });
    this.addEventListener('click', (e) => {
      const o = e.composedPath().find((n) => n.localName === 'md-select-option');
      if (o && this.has('open') && !o.has('disabled')) { this.choose(o, true); this.closeMenu(true); }
    });
    this.addEventListener('focusin', (e) => { const o = e.composedPath().find((n) => n.localName === 'md-select-option'); if (o) this.active = o; });
    this.addEventListener('keydown', (e) => this.onKey(e));
    document.addEventListener('pointerdown', (e) => { if (this.has('open') && !e.composedPath().includes(this)) this.closeMenu(false); }, true);
    window.addEventListener('resize', () => this.closeMenu(false));
    this.$('slot:not([name])').addEventListener('slotchange', () => this.choose(this.options().find((o) => o.has('selected')) || null, false));
  }
  options() { return [...this.querySelectorAll('md-select-option')]; }
  get value() { const o = this.options().find((x) => x.has('selected')); return o ? o.value : ''; }
  set value(v) { this.choose(this.options().find((o) => o.value === v) || null, false); }
  get selectedIndex() { return this.options().findIndex((o) => o.has('selected')); }
  get displayText() { return this.text ? this.text.textContent : ''; }
  get form() { return this.internals.form; }
  choose(opt, user) {
    for (const o of this.options()) o.toggleAttribute('selected', o === opt);
    if (!this.text) return;
    this.text.textContent = opt ? opt.displayText : '';
    this.field.toggleAttribute('populated', !!opt);
    this.internals.setFormValue(opt ? opt.value : '');
    if (user) { this.fire('input', true); this.fire('change'); }
  }
  openMenu(focusFirst) {
    if (this.has('open') || this.has('disabled')) return;
    this.setAttribute('open', ''); this.field.setAttribute('aria-expanded', 'true'); this.field.setAttribute('focused', '');
    this.fire('opening');
    this.menu.show(this.field);
    const target = this.options().find((o) => o.has('selected')) || (focusFirst ? this.options()[0] : null);
    this.active = target;
    if (target) { target.focus(); target.scrollIntoView({ block: 'nearest' }); }
  }
  closeMenu(refocus) {
    if (!this.has('open')) return;
    this.removeAttribute('open'); this.field.setAttribute('aria-expanded', 'false'); this.menu.close();
    if (refocus) this.field.focus(); else this.field.removeAttribute('focused');
    this.fire('closing');
  }
  onKey(e) {
    const opts = this.options().filter((o) => !o.has('disabled'));
    if (!this.has('open')) {
      if (['ArrowDown', 'ArrowUp', 'Enter', ' '].includes(e.key)) { e.preventDefault(); this.openMenu(true); }
      return;
    }
    const i = opts.indexOf(this.active);
    let next = null;
    if (e.key === 'ArrowDown') next = opts[Math.min(i + 1, opts.length - 1)];
    else if (e.key === 'ArrowUp') next = opts[Math.max(i - 1, 0)];
    else if (e.key === 'Home') next = opts[0];
    else if (e.key === 'End') next = opts[opts.length - 1];
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (this.active && opts.includes(this.active)) { this.choose(this.active, true); this.closeMenu(true); }
      return;
    } else if (e.key === 'Escape') { e.preventDefault(); this.closeMenu(true); return; }
    else if (e.key === 'Tab') { this.closeMenu(false); return; }
    else if (e.key.length === 1 && /\S/.test(e.key)) {
      const k = e.key.toLowerCase();
      next = opts.slice(i + 1).concat(opts.slice(0, i + 1)).find((o) => o.displayText.toLowerCase().startsWith(k)) || null;
    }
    if (next) { e.preventDefault(); this.active = next; next.focus(); next.scrollIntoView({ block: 'nearest' }); }
  }
  updated() {
    const f = this.field;
    copyAttrs(this, f, ['label', 'required', 'error', 'error-text', 'supporting-text', 'disabled']);
    f.setAttribute('aria-label', this.attr('label'));
    f.setAttribute('aria-invalid', String(this.has('error')));
    f.tabIndex = this.has('disabled') ? -1 : 0;
    this.menu.setAttribute('aria-label', this.attr('label'));
    this.$('#description').textContent = (this.has('error') && this.attr('error-text')) || this.attr('supporting-text');
  }
}
props(MdOutlinedSelect, [['label', 'label'], ['error', 'error', true], ['errorText', 'error-text'], ['required', 'required', true], ['disabled', 'disabled', true]]);

class MdDialog extends MdElement {
  static styles = ':host{display:contents}dialog{background:transparent;border:none;padding:0;margin:auto;outline:none;overflow:visible;width:fit-content;max-width:min(560px,calc(100% - 48px));min-width:280px;max-height:min(640px,calc(100% - 48px));color:var(--md-sys-color-on-surface-variant);border-radius:28px;flex-direction:column}dialog[open]{display:flex}dialog::backdrop{background:none}.scrim{display:none;position:fixed;inset:0;background:var(--md-sys-color-scrim);opacity:.32;pointer-events:none;z-index:100}:host([open]) .scrim{display:block;animation:fade .3s linear}@keyframes fade{from{opacity:0}}.container{display:flex;flex-direction:column;background:var(--md-dialog-container-color,var(--md-sys-color-surface-container-high));border-radius:inherit;overflow:hidden;min-height:140px;max-height:inherit;box-shadow:0 6px 18px rgba(0,0,0,.24)}.headline{display:flex;flex-direction:column;padding:24px 24px 0;gap:16px}.icon{display:flex;align-self:center;color:var(--md-sys-color-secondary)}.icon:not(.has){display:none}h2{margin:0;font:400 24px/32px var(--md-ref-typeface-brand,Roboto,sans-serif);color:var(--md-sys-color-on-surface)}.has-icon h2{text-align:center}md-divider{display:none}.scroller{overflow:auto;flex:1}.content{padding:16px 24px 0;font-size:14px;line-height:20px}.actions{display:flex;justify-content:flex-end;gap:8px;padding:24px 24px 20px}';
  static get observedAttributes() { return ['type']; }
  render() { return '<div class="scrim"></div><dialog aria-labelledby="headline" aria-describedby="content"><div class="container"><div class="headline"><div class="icon" aria-hidden="true"><slot name="icon"></slot></div><h2 id="headline"><slot name="headline"></slot></h2><md-divider></md-divider></div><div class="scroller"><div class="content" id="content"><div class="top anchor"></div><slot name="content"></slot><div class="bottom anchor"></div></div></div><div class="actions"><md-divider></md-divider><slot name="actions"></slot></div></div></dialog>'; }
  firstUpdated() {
    const d = (this.dialog = this.$('dialog'));
    this.returnValue = '';
    d.addEventListener('cancel', (e) => { e.preventDefault(); this.cancel(); });
    d.addEventListener('click', (e) => { if (e.target === d) this.cancel(); });
    this.addEventListener('submit', (e) => {
      const f = e.target;
      if (!f || f.method !== 'dialog' || !e.submitter) return;
      this.close(e.submitter.getAttribute('value') || this.returnValue);
    });
    const icon = this.$('slot[name=icon]');
    icon.addEventListener('slotchange', () => {
      const has = icon.assignedElements().length > 0;
      icon.parentElement.classList.toggle('has', has);
      this.$('.headline').classList.toggle('has-icon', has);
    });
  }
  updated() { this.dialog.setAttribute('role', this.attr('type') === 'alert' ? 'alertdialog' : 'dialog'); }
  get open() { return this.has('open'); }
  set open(v) { if (v) this.show(); else this.close(); }
  cancel() { if (this.fire('cancel')) this.close(''); }
  async show() {
    if (this.has('open')) return;
    this.setAttribute('open', '');
    this.fire('open');
    this.dialog.showModal();
    const a = this.$('.container').animate([{ opacity: 0, transform: 'translateY(-48px) scale(.96)' }, { opacity: 1, transform: 'none' }], { duration: 300, easing: 'cubic-bezier(.05,.7,.1,1)' });
    await a.finished.catch(() => {});
    this.fire('opened');
  }
  async close(rv) {
    if (!this.has('open') || this.closing) return;
    if (rv != null) this.returnValue = rv;
    if (!this.fire('close')) return;
    this.closing = true;
    const a = this.$('.container').animate([{ opacity: 1 }, { opacity: 0, transform: 'translateY(-24px)' }], { duration: 150, easing: 'cubic-bezier(.3,0,.8,.15)' });
    this.$('.scrim').animate([{ opacity: 0.32 }, { opacity: 0 }], { duration: 150 });
    await a.finished.catch(() => {});
    this.dialog.close(this.returnValue); this.removeAttribute('open'); this.closing = false; this.fire('closed');
  }
}

class MdLinearProgress extends MdElement {
  static styles = ':host{display:flex;position:relative;height:4px;overflow:hidden;min-width:80px}.progress{position:absolute;inset:0}.inactive-track{position:absolute;inset:0;background:var(--md-sys-color-surface-container-highest)}.bar{position:absolute;inset:0;transform-origin:left center}.bar-inner{position:absolute;inset:0;background:var(--md-sys-color-primary)}.indeterminate .primary-bar{animation:pb 2s linear infinite}.indeterminate .secondary-bar{animation:sb 2s linear infinite}@keyframes pb{0%{transform:translateX(-100%) scaleX(.1)}40%{transform:translateX(10%) scaleX(.5)}70%{transform:translateX(60%) scaleX(.4)}100%{transform:translateX(110%) scaleX(.1)}}@keyframes sb{0%,30%{transform:translateX(-100%) scaleX(.1)}70%{transform:translateX(30%) scaleX(.6)}100%{transform:translateX(110%) scaleX(.2)}}';
  static get observedAttributes() { return ['indeterminate', 'value']; }
  render() { return '<div role="progressbar" class="progress" aria-label="Loading" aria-valuemin="0" aria-valuemax="1"><div class="dots" hidden></div><div class="inactive-track"></div><div class="bar primary-bar"><div class="bar-inner"></div></div><div class="bar secondary-bar"><div class="bar-inner"></div></div></div>'; }
  updated() {
    const p = this.$('.progress');
    p.classList.toggle('indeterminate', this.has('indeterminate'));
    if (this.has('indeterminate')) p.removeAttribute('aria-valuenow'); else p.setAttribute('aria-valuenow', this.attr('value', '0'));
  }
}

const DEFINITIONS = {
  'md-ripple': MdRipple, 'md-focus-ring': MdFocusRing, 'md-elevation': MdElevation, 'md-divider': MdDivider, 'md-icon': MdIcon,
  'md-filled-button': MdFilledButton, 'md-outlined-button': MdOutlinedButton, 'md-text-button': MdTextButton, 'md-icon-button': MdIconButton,
  'md-outlined-field': MdOutlinedField, 'md-filled-field': MdFilledField, 'md-outlined-text-field': MdOutlinedTextField, 'md-filled-text-field': MdFilledTextField,
  'md-radio': MdRadio, 'md-list': MdList, 'md-item': MdItem, 'md-list-item': MdListItem, 'md-menu': MdMenu, 'md-select-option': MdSelectOption,
  'md-outlined-select': MdOutlinedSelect, 'md-dialog': MdDialog, 'md-linear-progress': MdLinearProgress,
};
for (const [name, C] of Object.entries(DEFINITIONS)) if (!customElements.get(name)) customElements.define(name, C);
`;

/** The SPA: router, layouts and views, built after load from JSON calls. */
const APP_JS = String.raw`
const app = document.getElementById('app');
const progress = document.getElementById('page-progress');
const snackEl = document.getElementById('snackbar');
const CREATE = '/api-registration/user-credentials/create-api-user';
const MENU = [
  { label: 'Dash Board', icon: 'dashboard', href: '/dashboard' },
  { label: 'e-Invoice', icon: 'description', children: [
    { label: 'Generate IRN', href: '/einvoice/generate' }, { label: 'Cancel IRN', href: '/einvoice/cancel' },
    { label: 'Print e-Invoice', href: '/einvoice/print' }, { label: 'Bulk Upload', href: '/einvoice/bulk-upload' }] },
  { label: 'API Registration', icon: 'vpn_key', children: [
    { label: 'User Credentials', children: [{ label: 'Create API User', href: CREATE }] },
    { label: 'IP Whitelisting', href: '/api-registration/ip-whitelisting' },
    { label: 'Freeze API User', href: '/api-registration/freeze-api-user' },
    { label: 'Change API Password', href: '/api-registration/change-api-password' }] },
  { label: 'MIS Reports', icon: 'bar_chart', children: [
    { label: 'IRN Summary', href: '/mis/irn-summary' }, { label: 'Cancelled IRNs', href: '/mis/cancelled' }] },
  { label: 'User Management', icon: 'group', children: [
    { label: 'Create Sub-User', href: '/users/create' }, { label: 'Freeze Sub-User', href: '/users/freeze' }] },
];
const MODES = [['DIRECT', 'Directly'], ['GSP', 'Through GSP'], ['ERP', 'Through ERP'], ['OTHER', 'Through Client-Id of other']];
const NOTICES = {
  DIRECT: 'Direct API access with your own Client ID and Client Secret is available only to taxpayers whose aggregate turnover exceeds the notified limit. This GSTIN is not eligible for direct access.',
  ERP: 'Registration through ERP is available only to taxpayers who have direct API access. Please register through a GSP.',
  OTHER: 'No other GSTIN under your PAN has API access enabled, so a Client-Id of another GSTIN cannot be used.',
};
const PWD = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const S = { profile: null, reg: null };
let busy = 0, expiring = false, snackTimer = 0, renderSeq = 0, dialogSeq = 0;
const byId = (id) => document.getElementById(id);

function setBusy(d) { busy += d; progress.classList.toggle('busy', busy > 0); }
function snackbar(msg) {
  snackEl.textContent = msg; snackEl.classList.add('open'); clearTimeout(snackTimer);
  snackTimer = setTimeout(() => snackEl.classList.remove('open'), 4000);
}
async function api(method, url, body) {
  if (expiring) return null;
  setBusy(1);
  try {
    const res = await fetch(url, { method, credentials: 'same-origin', headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, body: body ? JSON.stringify(body) : undefined });
    const data = await res.json().catch(() => ({}));
    if (res.status === 401 && data.code === 'SESSION_EXPIRED') { sessionExpired(data); return null; }
    return { ok: res.ok && data.ok !== false, status: res.status, data };
  } catch (err) {
    snackbar('Unable to reach the server. Please try again.');
    return null;
  } finally { setBusy(-1); }
}
function sessionExpired(d) {
  expiring = true; S.profile = null;
  for (const dl of document.querySelectorAll('md-dialog[open]')) dl.close('expired');
  snackbar(d.message || 'Your session has expired. Please login again.');
  setTimeout(() => location.assign(d.redirect || '/login?expired=1'), 1500);
}
function setErr(f, msg) {
  if (!f) return;
  if (msg) { f.setAttribute('error-text', msg); f.setAttribute('error', ''); } else { f.removeAttribute('error'); f.removeAttribute('error-text'); }
}
function showDialog(o) {
  const id = 'dialog-form-' + ++dialogSeq;
  const d = document.createElement('md-dialog');
  if (o.type) d.setAttribute('type', o.type);
  if (o.id) d.id = o.id;
  d.innerHTML = (o.icon ? '<md-icon slot="icon">' + o.icon + '</md-icon>' : '') + '<div slot="headline">' + esc(o.headline) + '</div><form slot="content" id="' + id + '" method="dialog">' + o.content + '</form><div slot="actions">' +
    o.actions.map((a) => { const t = 'md-' + (a.kind || 'text') + '-button'; return '<' + t + ' form="' + id + '" value="' + a.value + '"' + (a.autofocus ? ' autofocus' : '') + '>' + esc(a.label) + '</' + t + '>'; }).join('') + '</div>';
  if (o.persistent) d.addEventListener('cancel', (e) => e.preventDefault());
  document.body.appendChild(d);
  return new Promise((resolve) => {
    d.addEventListener('closed', () => { resolve(d.returnValue); d.remove(); }, { once: true });
    if (o.onReady) o.onReady(d);
    d.show();
  });
}
const alertDialog = (headline, text, icon) => showDialog({ type: 'alert', headline, icon, content: '<p>' + esc(text) + '</p>', actions: [{ label: 'OK', value: 'ok', autofocus: true }] });
const two = (n) => String(n).padStart(2, '0');
function fmtDate(s) { const d = new Date(s); return two(d.getDate()) + '/' + two(d.getMonth() + 1) + '/' + d.getFullYear() + ' ' + two(d.getHours()) + ':' + two(d.getMinutes()); }
const brand = (href, sub) => '<a class="brand" href="' + href + '">' + EMBLEM + '<span class="brand-text"><span class="brand-title">e-Invoice System</span>' + (sub ? '<span class="brand-sub">Goods and Services Tax · Government of India</span>' : '') + '</span></a>';
const FOOTER = '<footer class="site-footer">Site designed, developed and hosted by National Informatics Centre. Contents owned by Goods and Services Tax Network.</footer>';

function publicPage(title, inner, showLogin) {
  document.title = title;
  app.innerHTML = '<header class="top-app-bar">' + brand('/', true) + '<span class="spacer"></span>' + (showLogin ? '<md-filled-button id="btnLogin" class="homepageloginbtn" type="button"><md-icon slot="icon">login</md-icon>Login</md-filled-button>' : '<md-text-button id="btnHome" type="button">Home</md-text-button>') + '</header><main class="public-main">' + inner + '</main>' + FOOTER;
  const b = byId('btnLogin') || byId('btnHome');
  b.addEventListener('click', () => navigate(showLogin ? '/login' : '/'));
}
const hasPath = (n, path) => n.href === path || (n.children || []).some((c) => hasPath(c, path));
function menuHtml(items, path) {
  return items.map((n) => {
    const icon = n.icon ? '<md-icon slot="start">' + n.icon + '</md-icon>' : '';
    if (n.href) return '<md-list-item type="link" href="' + n.href + '"' + (n.href === path ? ' aria-current="page"' : '') + '>' + icon + '<div slot="headline">' + esc(n.label) + '</div></md-list-item>';
    const open = hasPath(n, path);
    return '<md-list-item type="button" class="nav-toggle" aria-expanded="' + open + '">' + icon + '<div slot="headline">' + esc(n.label) + '</div><md-icon slot="end">expand_more</md-icon></md-list-item><div class="nav-group"' + (open ? '' : ' hidden') + '><md-list>' + menuHtml(n.children, path) + '</md-list></div>';
  }).join('');
}
function findLeaf(items, path, trail) {
  for (const n of items) {
    const t = trail.concat(n.label);
    if (n.href === path) return t;
    const r = n.children && findLeaf(n.children, path, t);
    if (r) return r;
  }
  return null;
}
function appPage(path, title, inner) {
  const p = S.profile;
  document.title = title + ' | e-Invoice System';
  app.innerHTML = '<header class="top-app-bar"><md-icon-button id="nav-toggle" type="button" aria-label="Toggle navigation menu"><md-icon>menu</md-icon></md-icon-button>' + brand('/dashboard', false) + '<span class="spacer"></span><span class="gstin-chip">GSTIN: ' + esc(p.gstin) + '</span><span class="user-name"><md-icon>account_circle</md-icon>' + esc(p.username) + '</span><md-text-button id="btn-logout" type="button"><md-icon slot="icon">logout</md-icon>Logout</md-text-button></header>' +
    '<nav class="nav-drawer" aria-label="Main menu"><div class="nav-title">' + esc(p.tradeName) + '</div><md-list>' + menuHtml(MENU, path) + '</md-list></nav><main class="app-main" id="main">' + inner + FOOTER + '</main>';
  byId('nav-toggle').addEventListener('click', () => document.body.classList.toggle('nav-closed'));
  byId('btn-logout').addEventListener('click', async () => { await api('POST', '/api/auth/logout'); S.profile = null; navigate('/'); });
  app.querySelector('.nav-drawer').addEventListener('click', (e) => {
    const t = e.target.closest('.nav-toggle');
    if (!t) return;
    const g = t.nextElementSibling;
    const open = t.getAttribute('aria-expanded') !== 'true';
    t.setAttribute('aria-expanded', String(open));
    if (open) {
      g.hidden = false;
      g.animate([{ height: '0px', opacity: 0 }, { height: g.scrollHeight + 'px', opacity: 1 }], { duration: 200, easing: 'cubic-bezier(.2,0,0,1)' });
    } else {
      g.animate([{ height: g.scrollHeight + 'px' }, { height: '0px' }], { duration: 150, easing: 'cubic-bezier(.3,0,.8,.15)' }).finished.then(() => { if (t.getAttribute('aria-expanded') === 'false') g.hidden = true; }, () => {});
    }
  });
}
async function requireProfile(seq) {
  const r = await api('GET', '/api/session');
  if (!r || seq !== renderSeq) return false;
  S.profile = r.data;
  return true;
}
async function popups() {
  if (!S.profile || !S.profile.popups) return;
  S.profile.popups = false;
  const c = S.profile.contact;
  let saved = false;
  const field = (name, label, value, extra) => '<md-outlined-text-field name="' + name + '" label="' + label + '" value="' + esc(value) + '"' + (extra || '') + '></md-outlined-text-field>';
  await showDialog({
    id: 'technical-contact-dialog', headline: 'Contacts of Technical Person', persistent: true,
    content: '<p>Please verify the details of the technical person who will be contacted for e-invoice and API related matters.</p><div class="dialog-fields">' + field('name', 'Name', c.name) + field('mobile', 'Mobile Number', c.mobile, ' maxlength="10" inputmode="numeric"') + field('email', 'E-mail Id', c.email, ' type="email"') + '</div>',
    actions: [{ label: 'Exit', value: 'exit' }, { label: 'Update', value: 'update', kind: 'filled' }],
    onReady: (d) => d.addEventListener('close', (e) => {
      if (d.returnValue !== 'update' || saved) return;
      e.preventDefault();
      const v = (n) => d.querySelector('[name=' + n + ']').value;
      api('POST', '/api/profile/technical-contact', { name: v('name'), mobile: v('mobile'), email: v('email') }).then((r) => {
        if (!r) return;
        saved = true;
        snackbar(r.data.message);
        d.close('update');
      });
    }),
  });
  if (expiring) return;
  await showDialog({ headline: 'Advisory', icon: 'info', content: '<p>Two-factor authentication is mandatory for all users of the e-Invoice System from 1st April 2025. Keep your registered mobile number up to date; the OTP can also be received on the Sandes app or generated in the NIC-GST-Shield app.</p>', actions: [{ label: 'Close', value: 'close', autofocus: true }] });
}
`;

const APP_VIEWS_JS = `
function viewHome() {
  const tile = (icon, title, text) => '<div class="tile"><md-icon>' + icon + '</md-icon><div><b>' + title + '</b><span class="muted">' + text + '</span></div></div>';
  publicPage('e-Invoice System', '<section class="hero"><div><div class="muted">Invoice Registration Portal (IRP) · National Informatics Centre</div><h1>e-Invoice System</h1><p>Report your B2B invoices to the IRP, obtain the Invoice Reference Number (IRN) and the signed QR code, and manage API access for your GSP or ERP.</p><div class="tiles">' +
    tile('description', 'Generate IRN', 'Single and bulk generation of e-invoices.') + tile('cloud_upload', 'Bulk Generation Tool', 'Offline utility to prepare and upload JSON.') +
    tile('vpn_key', 'API Access', 'Create API users for your GSP or ERP.') + tile('check_circle', 'Verify Signed Invoice', 'Check the signature of an e-invoice.') +
    '</div></div><section class="card"><h2 class="card-title">Latest Updates</h2><md-list><md-list-item><div slot="headline">2FA mandatory for all taxpayers</div><div slot="supporting-text">From 1st April 2025, login needs an OTP.</div></md-list-item><md-list-item><div slot="headline">Time limit for reporting invoices</div><div slot="supporting-text">Invoices older than 30 days cannot be reported by taxpayers with AATO of 10 crore and above.</div></md-list-item><md-list-item><div slot="headline">New GSPs empanelled</div><div slot="supporting-text">See API Registration after login.</div></md-list-item></md-list></section></section>', true);
}
function viewLogin() {
  publicPage('Login | e-Invoice System', '<section class="card login-card" id="login-card"></section>', false);
  loginStep(byId('login-card'), new URLSearchParams(location.search).get('expired') === '1');
}
function loginStep(card, expired) {
  card.innerHTML = '<h1>Login</h1><p class="muted">Login with the username and password of your e-Invoice System account.</p>' +
    (expired ? '<div class="banner" role="alert"><md-icon>error</md-icon><span>Your session has expired. Please login again.</span></div>' : '') +
    '<form id="login-form" novalidate><md-outlined-text-field id="login-username" label="Username" name="username" autocomplete="username" maxlength="15" required></md-outlined-text-field>' +
    '<md-outlined-text-field id="login-password" label="Password" name="password" type="password" autocomplete="current-password" required><md-icon-button toggle slot="trailing-icon" type="button" id="pwd-toggle" aria-label="Show password"><md-icon>visibility</md-icon></md-icon-button></md-outlined-text-field>' +
    '<div class="captcha-row"><img id="captcha-img" class="captcha-img" alt="Captcha image" width="150" height="50"><md-icon-button type="button" id="captcha-refresh" aria-label="Refresh captcha"><md-icon>refresh</md-icon></md-icon-button></div>' +
    '<md-outlined-text-field id="login-captcha" label="Enter Captcha" name="captcha" autocomplete="off" maxlength="5" required supporting-text="Enter the characters shown in the image"></md-outlined-text-field>' +
    '<md-filled-button type="submit" id="login-submit">Login</md-filled-button><div class="links"><a href="#forgot-username">Forgot Username</a><a href="#forgot-password">Forgot Password</a></div></form>';
  const [u, p, c, btn] = ['login-username', 'login-password', 'login-captcha', 'login-submit'].map(byId);
  const loadCaptcha = async () => { const r = await api('GET', '/api/captcha?ts=' + Date.now()); if (r) byId('captcha-img').src = r.data.image; };
  loadCaptcha();
  byId('captcha-refresh').addEventListener('click', () => { c.value = ''; loadCaptcha(); });
  byId('pwd-toggle').addEventListener('change', (e) => {
    const shown = e.currentTarget.hasAttribute('selected');
    p.setAttribute('type', shown ? 'text' : 'password');
    e.currentTarget.setAttribute('aria-label', shown ? 'Hide password' : 'Show password');
    e.currentTarget.querySelector('md-icon').textContent = shown ? 'visibility_off' : 'visibility';
  });
  for (const a of card.querySelectorAll('.links a')) a.addEventListener('click', (e) => { e.preventDefault(); snackbar('This service is not available at present. Please try again later.'); });
  byId('login-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    for (const f of [u, p, c]) setErr(f, '');
    let bad = false;
    for (const [f, m] of [[u, 'username'], [p, 'password'], [c, 'captcha']]) if (!f.value.trim()) { setErr(f, 'Please enter the ' + m); bad = true; }
    if (bad) return;
    btn.disabled = true;
    const r = await api('POST', '/api/auth/login', { username: u.value.trim(), password: p.value, captcha: c.value.trim() });
    btn.disabled = false;
    if (!r) return;
    if (!r.ok) {
      c.value = ''; loadCaptcha();
      if (r.data.field === 'captcha') { setErr(c, r.data.message); c.focus(); return; }
      p.value = ''; await alertDialog('Login failed', r.data.message, 'error'); p.focus(); return;
    }
    otpStep(card, r.data);
  });
}
function otpStep(card, d) {
  card.innerHTML = '<h1>Two-Factor Authentication</h1><p class="muted">' + esc(d.message) + ' You can also use the OTP received on the Sandes app or the code shown in the NIC-GST-Shield app.</p>' +
    '<form id="otp-form" novalidate><md-filled-text-field id="login-otp" label="Enter OTP" name="otp" inputmode="numeric" maxlength="6" autocomplete="one-time-code" required></md-filled-text-field>' +
    '<md-filled-button type="submit" id="otp-verify">Verify OTP</md-filled-button><div class="row"><md-text-button type="button" id="otp-resend">Resend OTP</md-text-button><md-text-button type="button" id="otp-back">Back</md-text-button></div></form>';
  const [o, btn] = ['login-otp', 'otp-verify'].map(byId);
  o.focus();
  byId('otp-back').addEventListener('click', () => loginStep(card, false));
  byId('otp-resend').addEventListener('click', async () => { const r = await api('POST', '/api/auth/otp/resend'); if (r) snackbar(r.data.message); });
  byId('otp-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    setErr(o, '');
    if (!o.value.trim()) { setErr(o, 'Please enter the OTP'); return; }
    btn.disabled = true;
    const r = await api('POST', '/api/auth/otp', { otp: o.value.trim() });
    btn.disabled = false;
    if (!r) return;
    if (!r.ok) { setErr(o, r.data.message); o.value = ''; o.focus(); return; }
    navigate(r.data.redirect || '/dashboard');
  });
}
async function viewDashboard(seq) {
  if (!(await requireProfile(seq))) return;
  const p = S.profile;
  const stat = (icon, label, n) => '<div class="stat"><md-icon>' + icon + '</md-icon><div><div class="muted">' + label + '</div><div class="num">' + n + '</div></div></div>';
  appPage('/dashboard', 'Dash Board', '<h1 class="page-title">Dash Board</h1><div class="breadcrumb">Welcome, ' + esc(p.tradeName) + ' (' + esc(p.gstin) + ')</div><div class="stats">' +
    stat('description', 'Generations', p.counts.generated) + stat('cancel', 'Cancelled', p.counts.cancelled) + stat('vpn_key', 'API Users', p.counts.apiUsers) +
    '</div><section class="card"><h2 class="card-title">Notices</h2><p class="muted">Use API Registration in the menu to create API users for your GSP. Each GSTIN needs its own API user for each GSP.</p></section>');
  await popups();
}
async function viewPlaceholder(seq, path) {
  if (!(await requireProfile(seq))) return;
  const trail = findLeaf(MENU, path, []);
  const title = trail ? trail[trail.length - 1] : 'Page not found';
  appPage(path, title, '<h1 class="page-title">' + esc(title) + '</h1><div class="breadcrumb">' + esc((trail || ['Home']).join(' › ')) + '</div><section class="card"><p class="muted">' + (trail ? 'This service is not available at present. Please try again later.' : 'The page you requested does not exist.') + '</p></section>');
  await popups();
}
async function viewCreateApiUser(seq) {
  if (!(await requireProfile(seq))) return;
  appPage(CREATE, 'Create API User', '<h1 class="page-title">API Registration</h1><div class="breadcrumb">API Registration › User Credentials › Create API User</div><div id="api-reg"></div>');
  await popups();
  if (seq === renderSeq && !expiring) apiOtpStep(byId('api-reg'), seq);
}
function apiOtpStep(box, seq) {
  box.innerHTML = '<section class="card" id="api-otp-card"><h2 class="card-title">Create API User</h2><p class="muted" id="api-otp-msg">Sending OTP to your registered mobile number…</p>' +
    '<form id="api-otp-form" class="otp-row" novalidate><md-outlined-text-field id="api-otp" label="Enter OTP" name="otp" inputmode="numeric" maxlength="6" autocomplete="one-time-code" required></md-outlined-text-field>' +
    '<md-filled-button type="submit" id="api-otp-verify">Verify OTP</md-filled-button><md-text-button type="button" id="api-otp-resend" disabled>Resend OTP</md-text-button></form></section>';
  const [o, verify, resend] = ['api-otp', 'api-otp-verify', 'api-otp-resend'].map(byId);
  let timer = 0;
  const countdown = () => {
    let n = 30;
    clearInterval(timer); resend.disabled = true; resend.textContent = 'Resend OTP (' + n + 's)';
    timer = setInterval(() => {
      n -= 1;
      if (!resend.isConnected || n <= 0) { clearInterval(timer); resend.textContent = 'Resend OTP'; resend.disabled = false; return; }
      resend.textContent = 'Resend OTP (' + n + 's)';
    }, 1000);
  };
  const send = async () => {
    resend.disabled = true;
    const r = await api('POST', '/api/api-users/otp/send');
    if (!r || seq !== renderSeq) return;
    byId('api-otp-msg').textContent = r.ok ? 'An OTP has been sent to your registered mobile number ' + r.data.mobile + '. Enter it below and click Verify OTP.' : r.data.message;
    if (r.ok) snackbar(r.data.message);
    countdown();
    o.focus();
  };
  resend.addEventListener('click', send);
  byId('api-otp-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    setErr(o, '');
    if (!o.value.trim()) { setErr(o, 'Please enter the OTP'); return; }
    verify.disabled = true;
    const r = await api('POST', '/api/api-users/otp/verify', { otp: o.value.trim() });
    if (!r) return; verify.disabled = false;
    if (!r.ok) { setErr(o, r.data.message); o.value = ''; o.focus(); return; }
    clearInterval(timer); snackbar('OTP verified successfully.');
    regForm(box, r.data);
  });
  send();
}
function regForm(box, d) {
  S.reg = d;
  box.innerHTML = '<section class="card" id="api-reg-form"><h2 class="card-title">Create API User</h2><dl class="kv"><dt>GSTIN</dt><dd>' + esc(d.gstin) + '</dd><dt>Trade Name</dt><dd>' + esc(d.tradeName) + '</dd></dl>' +
    '<div class="question" id="reg-mode-q">Do you wish to Register your GSTIN for</div><div class="radio-group" role="radiogroup" aria-labelledby="reg-mode-q">' +
    MODES.map(([v, l]) => '<span class="radio-option"><md-radio id="reg-mode-' + v.toLowerCase() + '" name="reg-mode" value="' + v + '"></md-radio><label for="reg-mode-' + v.toLowerCase() + '">' + esc(l) + '</label></span>').join('') +
    '</div><div id="mode-panel"></div><div class="form-actions"><md-filled-button type="button" id="reg-submit">Submit</md-filled-button><md-outlined-button type="button" id="reg-exit">Exit</md-outlined-button></div></section>' +
    '<section class="card" style="margin-top:24px"><h2 class="card-title">GSPs registered for GSTIN ' + esc(d.gstin) + '</h2><div id="reg-list"></div></section>';
  renderRegistered(d.registered, '');
  box.querySelector('.radio-group').addEventListener('change', (e) => modePanel(e.target.getAttribute('value')));
  byId('reg-exit').addEventListener('click', () => navigate('/dashboard'));
  byId('reg-submit').addEventListener('click', onSubmit);
}
function renderRegistered(list, fresh) {
  byId('reg-list').innerHTML = list.length ? '<table class="data-table"><thead><tr><th>Sl. No.</th><th>GSP Name</th><th>API User Name</th><th>Created On</th><th>Status</th></tr></thead><tbody>' +
    list.map((u, i) => '<tr' + (u.username === fresh ? ' class="new"' : '') + '><td>' + (i + 1) + '</td><td>' + esc(u.gsp) + '</td><td>' + esc(u.username) + '</td><td>' + fmtDate(u.createdOn) + '</td><td>' + esc(u.status) + '</td></tr>').join('') + '</tbody></table>'
    : '<p class="muted">No GSP is registered for this GSTIN.</p>';
}
function modePanel(mode) {
  const panel = byId('mode-panel');
  byId('reg-submit').disabled = mode !== 'GSP';
  if (mode !== 'GSP') { panel.innerHTML = '<div class="notice" role="note">' + esc(NOTICES[mode]) + '</div>'; return; }
  panel.innerHTML = '<div class="stack" style="max-width:560px"><md-outlined-select id="reg-gsp" label="Select your GSP" required>' +
    S.reg.gsps.map((g) => '<md-select-option value="' + esc(g) + '"><div slot="headline">' + esc(g) + '</div></md-select-option>').join('') + '</md-outlined-select>' +
    '<md-outlined-text-field id="reg-username" label="Username" prefix-text="API_" maxlength="15" autocomplete="off" required supporting-text="4 to 15 letters or digits; API_ is added in front"></md-outlined-text-field>' +
    '<md-outlined-text-field id="reg-password" label="Password" type="password" maxlength="15" autocomplete="new-password" required supporting-text="8 to 15 characters with an upper case letter, a lower case letter, a digit and a special character"></md-outlined-text-field>' +
    '<md-outlined-text-field id="reg-password2" label="Re-enter Password" type="password" maxlength="15" autocomplete="new-password" required></md-outlined-text-field></div>';
}
async function onSubmit() {
  const checked = document.querySelector('md-radio[name="reg-mode"][checked]');
  if (!checked) { await alertDialog('Registration Type', 'Please select how you wish to register your GSTIN.', 'info'); return; }
  if (checked.getAttribute('value') !== 'GSP') return;
  const [sel, u, p1, p2] = ['reg-gsp', 'reg-username', 'reg-password', 'reg-password2'].map(byId);
  for (const f of [sel, u, p1, p2]) setErr(f, '');
  let ok = true;
  const name = u.value.trim();
  if (!sel.value) { setErr(sel, 'Please select your GSP'); ok = false; }
  if (!name) { setErr(u, 'Please enter the username'); ok = false; } else if (!/^[A-Za-z0-9]{4,15}$/.test(name)) { setErr(u, 'Username must be 4 to 15 letters or digits'); ok = false; }
  if (!PWD.test(p1.value)) { setErr(p1, 'Password must be 8 to 15 characters with upper case, lower case, digit and special character'); ok = false; }
  if (!p2.value || p2.value !== p1.value) { setErr(p2, 'Password and Re-enter Password do not match'); ok = false; }
  if (!ok) return;
  const full = 'API_' + name;
  const answer = await showDialog({ type: 'alert', headline: 'Confirm', content: '<p>Do you want to create the API user <b>' + esc(full) + '</b> for GSTIN ' + esc(S.reg.gstin) + ' through <b>' + esc(sel.value) + '</b>?</p>', actions: [{ label: 'Cancel', value: 'cancel' }, { label: 'OK', value: 'ok', kind: 'filled', autofocus: true }] });
  if (answer !== 'ok') return;
  const submit = byId('reg-submit'); submit.disabled = true;
  const r = await api('POST', '/api/api-users', { mode: 'GSP', gsp: sel.value, username: name, password: p1.value, confirmPassword: p2.value });
  if (!r) return; submit.disabled = false;
  if (!r.ok) {
    setErr({ gsp: sel, username: u, password: p1, confirmPassword: p2 }[r.data.field], r.data.message);
    await alertDialog(r.data.title || 'Registration failed', r.data.message, 'error');
    return;
  }
  renderRegistered(r.data.registered, full);
  for (const f of [u, p1, p2]) f.value = '';
  sel.value = '';
  await alertDialog(r.data.title, r.data.message, 'check_circle');
}

function render() {
  const seq = ++renderSeq;
  const path = location.pathname;
  window.scrollTo(0, 0);
  if (path === '/') return viewHome();
  if (path === '/login') return viewLogin();
  if (path === '/dashboard') return viewDashboard(seq);
  if (path === CREATE) return viewCreateApiUser(seq);
  return viewPlaceholder(seq, path);
}
function navigate(path) { history.pushState(null, '', path); render(); }
window.addEventListener('popstate', render);
document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.composedPath().find((n) => n instanceof HTMLAnchorElement && n.href);
  if (!a || a.origin !== location.origin || a.target || a.getAttribute('href').startsWith('#')) return;
  e.preventDefault();
  navigate(a.pathname + a.search);
});
render();
`;
