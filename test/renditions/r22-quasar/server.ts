/**
 * Rendition r22-quasar: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and the ClearTax guide), drawn as a Quasar Framework v2
 * (Vue 3) single-page application built with the Quasar CLI (Vite, history router mode,
 * `svg-material-icons` icon set) would draw it. The page is an empty `div#q-app` that a small
 * hand-written component runtime (in this file) fills after load, reproducing Quasar's DOM,
 * classes, transitions, portals and focus handling; the back end is a JSON REST API called
 * with XMLHttpRequest (as axios does) and a server-side session cookie.
 *
 * Choices made where the docs are silent:
 * - URLs (history mode, every page GET answers the same SPA shell): `/` home, `/login`,
 *   `/dashboard`, `/api-registration/user-credentials/create-api-user`, and placeholder pages
 *   for the other menu leaves. Assets: `/assets/index.5c1e9a7b.js`, `/assets/index.2d84f0c3.css`.
 *   API: `GET /api/auth/captcha` (SVG picture with noise), `POST /api/auth/login`,
 *   `POST /api/auth/otp/verify`, `POST /api/auth/otp/resend`, `GET /api/auth/session`,
 *   `POST /api/auth/logout`, `GET /api/dashboard`, `GET|POST /api/technical-contact`,
 *   `POST /api/api-registration/otp/send`, `POST /api/api-registration/otp/verify`,
 *   `GET /api/api-registration/gsps`, `GET /api/api-registration/registrations`,
 *   `POST /api/api-registration/users`. Everything typed travels in JSON POST bodies.
 * - Home: a `q-layout` with a `q-header` toolbar "e-Invoice System", flat buttons "Home" and
 *   "Help" and a white "Login" `q-btn` (a `<button>` that routes to `/login`; hidden on the
 *   login page itself).
 * - Login: a `q-card` headed "Login" with outlined `q-input`s "Username", "Password" (eye
 *   toggle) and "Enter Captcha" beside the captcha picture and a round refresh `q-btn`
 *   (aria-label "Refresh Captcha"); submit `q-btn` "Login". Wrong captcha: Notify "Invalid
 *   Captcha. Please enter the characters shown in the image."; wrong login: Notify "Invalid
 *   Login Credentials. Please check your username and password."; both redraw the captcha
 *   (same text, new noise) and can be retried.
 * - Login 2FA: the same card becomes "Verify OTP" with `q-input` "Enter OTP" and buttons
 *   "Verify OTP", "Resend OTP", "Back to Login". Wrong OTP: Notify "Invalid OTP. Please enter
 *   the correct OTP." Success routes to `/dashboard` (heading "Dash Board", cards
 *   "Generations", "Cancelled", "Bulk Uploads", "API Users").
 * - Popup: after every login a persistent `q-dialog` "Contacts of Technical Person" (Name,
 *   Mobile Number, E-mail inputs, a round × close `q-btn` without label, "Update" and "Exit").
 * - Menu: `q-drawer` (`show-if-above`, bordered, 300px, layout view "lHh Lpr lFf") toggled by
 *   the round flat "Menu" `q-btn`; `q-list` with "Dashboard" and accordion `q-expansion-item`s
 *   (group "menu") "e-Invoice", "MIS Reports", "API Registration" → "User Credentials" →
 *   "Create API User" / "Change API Password" / "Freeze API User", "IP Whitelisting",
 *   "User Management". Headers carry role=button, aria-expanded and Quasar's
 *   'Expand "…"' / 'Collapse "…"' aria-label; the toggle icon rotates; content slides.
 * - Create API User page ("API Registration"): a horizontal `q-stepper` "Verify OTP" →
 *   "Registration Details" → "Status". Opening it sends the API OTP at once (`q-inner-loading`
 *   while it runs); text "An OTP has been sent to your registered mobile number XXXXXX7391…",
 *   `q-input` "Enter OTP", buttons "Verify OTP" and "Resend OTP". Wrong API OTP: Notify
 *   "Invalid OTP. Please enter the correct OTP sent to your registered mobile number."
 * - Registration form: "Do you wish to Register your GSTIN for" with a `q-option-group` of
 *   `q-radio`s "Directly", "Through GSP", "Through ERP", "Through Client-Id of other" (none
 *   chosen at first; the other three show a `q-banner` saying the option is not available and
 *   Submit with them only shows a negative Notify).
 *   "Through GSP" shows `q-select` "Select your GSP *" (use-input filtering, menu portalled
 *   to body, virtual scroll, "No results"), `q-input` "Username *" with prefix "API_"
 *   (stack-label, 4-15 letters or digits), "Password *" and "Re-enter Password *"
 *   (8-15 characters with upper, lower, digit and special), buttons "Submit" and "Exit".
 * - Submit: `$q.dialog` "Confirm" — "Do you want to create the API user API_x for GSP?" with
 *   flat "Cancel" / "OK"; then `$q.loading` "Please wait..." and the POST. Success: Notify and
 *   the "Status" step with a `q-banner` "API user API_x has been created successfully for
 *   GSP." and a `q-table` "GSPs registered for GSTIN …" (Sl. No., GSP Name, User Name,
 *   Created On, Status) plus "Register Another GSP" / "Exit". Duplicate GSP or taken user
 *   name: `$q.dialog` "Alert" with the server message and "OK"; the form stays for retry.
 * - Toasts: `Notify` at the bottom (5 s, grouped with a badge), `bg-negative` / `bg-positive`.
 * - Sessions: cookie `einv.sid` (HttpOnly), idle timeout 20 minutes. A page GET always gets
 *   the shell; the boot code asks `GET /api/auth/session` and the router guard sends a
 *   protected route without session to `/login?expired=1`, whose card shows the banner "Your
 *   session has expired. Please login again." An XHR without live session answers 401 JSON
 *   `{code:'SESSION_EXPIRED'}`; the interceptor closes dialogs and loading, shows a negative
 *   Notify with that text and replaces the route with `/login?expired=1`.
 * - expireOnce: the first request of that stage made with a live session (`otp/send` for
 *   'api-otp-send', `otp/verify` for 'api-otp-verify', `POST users` for 'submit') deletes the
 *   session, records the stage and answers that same 401; once per server.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type QuasarR22Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface QuasarR22Options {
  expireOnce?: QuasarR22Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface QuasarR22State {
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

export interface QuasarR22Rendition {
  url: string;
  close(): Promise<void>;
  state: QuasarR22State;
}

export const QUASAR_R22_LOGIN: { username: string; password: string } = {
  username: 'unitedfab27',
  password: 'Fab@Mum2024',
};

const GSP_NAMES: readonly string[] = [
  'ADAEQUARE INFO PRIVATE LIMITED',
  'Alankit Limited',
  'BODHTREE CONSULTING LIMITED',
  'Botree Software International Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'CHARTERED INFORMATION SYSTEMS PRIVATE LIMITED',
  'COMPUTER AGE MANAGEMENT SERVICES LIMITED',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'DELOITTE TOUCHE TOHMATSU INDIA LLP',
  'E-MUDHRA LIMITED',
  'ERNST & YOUNG LLP',
  'EXCELLON SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'MASTEK LIMITED',
  'Masters India Private Limited',
  'RELIANCE CORPORATE IT PARK LIMITED',
  'SAG INFOTECH PRIVATE LIMITED',
  'SIFY TECHNOLOGIES LIMITED',
  'Tally ( India) Private Ltd',
  'TATA CONSULTANCY SERVICES LIMITED',
  'TAXILLA IT SOLUTIONS PRIVATE LIMITED',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'WEP SOLUTIONS LIMITED',
  'WIPRO LIMITED',
];

const SEEDED_GSP = 'TERA SOFTWARE LIMITED';
const SEEDED_USERNAME = 'API_unitedfab';
const SEEDED_CREATED_ON = '12/09/2023 11:42:17';
const TRADE_NAME = 'UNITED FABTECH INDUSTRIES';
const MOBILE_MASKED = 'XXXXXX7391';
const SESSION_COOKIE = 'einv.sid';
const IDLE_MS = 20 * 60 * 1000;
const JS_PATH = '/assets/index.5c1e9a7b.js';
const CSS_PATH = '/assets/index.2d84f0c3.css';
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USERNAME_RULE = /^[A-Za-z0-9]{4,15}$/;
const EXPIRED_MESSAGE = 'Your session has expired. Please login again.';

interface Session {
  id: string;
  stage: 'otp' | 'auth';
  username: string;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  lastSeen: number;
}

interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  createdOn: string;
}

type Json = Record<string, unknown>;

function istNow(): string {
  const d = new Date(Date.now() + 330 * 60000);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function captchaSvg(text: string): string {
  const w = 160;
  const hgt = 50;
  const out: string[] = [];
  const colour = (lo: number, hi: number): string =>
    `rgb(${randomInt(lo, hi)},${randomInt(lo, hi)},${randomInt(lo, hi)})`;
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${hgt}" viewBox="0 0 ${w} ${hgt}">`);
  out.push(`<rect width="${w}" height="${hgt}" fill="${colour(225, 250)}"/>`);
  for (let i = 0; i < 70; i++) {
    out.push(
      `<circle cx="${randomInt(0, w)}" cy="${randomInt(0, hgt)}" r="${randomInt(1, 3)}" fill="${colour(120, 220)}"/>`,
    );
  }
  for (let i = 0; i < 4; i++) {
    out.push(
      `<line x1="${randomInt(0, 40)}" y1="${randomInt(0, hgt)}" x2="${randomInt(120, w)}" y2="${randomInt(0, hgt)}" stroke="${colour(100, 200)}" stroke-width="1"/>`,
    );
  }
  const chars = [...text];
  const step = (w - 24) / Math.max(chars.length, 1);
  chars.forEach((c, i) => {
    const x = 12 + i * step + randomInt(0, 6);
    const y = 34 + randomInt(-4, 5);
    out.push(
      `<text x="${x}" y="${y}" font-family="Verdana, 'DejaVu Sans', sans-serif" font-size="${randomInt(24, 31)}" font-weight="bold" fill="${colour(20, 110)}" transform="rotate(${randomInt(-25, 26)} ${x} ${y})">${escapeXml(c)}</text>`,
    );
  });
  for (let i = 0; i < 2; i++) {
    out.push(
      `<path d="M0 ${randomInt(10, 40)} C ${randomInt(30, 70)} ${randomInt(0, 50)}, ${randomInt(90, 130)} ${randomInt(0, 50)}, ${w} ${randomInt(10, 40)}" fill="none" stroke="${colour(40, 140)}" stroke-width="1.5"/>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}

function parseCookies(header: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (!header) return map;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    map.set(part.slice(0, i).trim(), decodeURIComponent(part.slice(i + 1).trim()));
  }
  return map;
}

function readJson(req: IncomingMessage): Promise<Json> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= 65536) chunks.push(c);
    });
    req.on('end', () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        const v: unknown = text ? JSON.parse(text) : {};
        resolve(v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
      } catch {
        resolve({});
      }
    });
    req.on('error', () => resolve({}));
  });
}

function str(body: Json, key: string): string {
  const v = body[key];
  return typeof v === 'string' ? v : '';
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

function sendText(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
  head = false,
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(head ? undefined : body);
}

export async function startQuasarR22Rendition(options: QuasarR22Options = {}): Promise<QuasarR22Rendition> {
  const state: QuasarR22State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** The older registration the portal already knows; kept apart from `state.users`. */
  const seeded: Registration[] = [
    {
      gstin: state.gstin,
      gsp: SEEDED_GSP,
      username: SEEDED_USERNAME,
      createdOn: SEEDED_CREATED_ON,
    },
  ];
  const contact = {
    name: 'Rahul Deshmukh',
    mobile: '9820047391',
    email: 'rahul.deshmukh@unitedfabtech.in',
  };
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();
  let expiryUsed = false;

  const sessionOf = (req: IncomingMessage): Session | undefined => {
    const id = parseCookies(req.headers.cookie).get(SESSION_COOKIE);
    if (!id) return undefined;
    const s = sessions.get(id);
    if (!s) return undefined;
    if (Date.now() - s.lastSeen > IDLE_MS) {
      sessions.delete(id);
      return undefined;
    }
    s.lastSeen = Date.now();
    return s;
  };

  const lost = (res: ServerResponse): void => {
    sendJson(res, 401, { status: 'ERROR', code: 'SESSION_EXPIRED', message: EXPIRED_MESSAGE });
  };

  const expireNow = (stage: QuasarR22Expiry, s: Session): boolean => {
    if (options.expireOnce !== stage || expiryUsed) return false;
    expiryUsed = true;
    sessions.delete(s.id);
    state.expired.push(stage);
    return true;
  };

  const registrations = (): Registration[] =>
    [...seeded, ...state.users].filter((r) => r.gstin === state.gstin);

  const registrationRows = (): Json[] =>
    registrations().map((r, i) => ({
      slNo: i + 1,
      gspName: r.gsp,
      userName: r.username,
      createdOn: r.createdOn,
      status: 'Active',
    }));

  const userJson = (s: Session): Json => ({
    username: s.username,
    gstin: state.gstin,
    tradeName: TRADE_NAME,
    stateName: 'Maharashtra',
  });

  const handleApi = async (
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    path: string,
  ): Promise<void> => {
    const body = method === 'POST' ? await readJson(req) : {};
    const sess = sessionOf(req);
    const authed = sess !== undefined && sess.stage === 'auth' ? sess : undefined;

    switch (`${method} ${path}`) {
      case 'GET /api/auth/captcha':
        sendText(res, 200, 'image/svg+xml', captchaSvg(state.captcha), {
          'Cache-Control': 'no-store',
        });
        return;

      case 'POST /api/auth/login': {
        const captcha = str(body, 'captcha').trim();
        if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
          state.refusals.push('captcha');
          sendJson(res, 400, {
            status: 'ERROR',
            code: 'INVALID_CAPTCHA',
            message: 'Invalid Captcha. Please enter the characters shown in the image.',
          });
          return;
        }
        const username = str(body, 'username').trim();
        const password = str(body, 'password');
        if (
          username.toLowerCase() !== QUASAR_R22_LOGIN.username.toLowerCase() ||
          password !== QUASAR_R22_LOGIN.password
        ) {
          state.refusals.push('login');
          sendJson(res, 400, {
            status: 'ERROR',
            code: 'INVALID_CREDENTIALS',
            message: 'Invalid Login Credentials. Please check your username and password.',
          });
          return;
        }
        if (sess) sessions.delete(sess.id);
        const id = randomBytes(24).toString('hex');
        sessions.set(id, {
          id,
          stage: 'otp',
          username: QUASAR_R22_LOGIN.username,
          apiOtpSent: false,
          apiOtpVerified: false,
          lastSeen: Date.now(),
        });
        sendJson(
          res,
          200,
          {
            status: 'OTP_REQUIRED',
            mobile: MOBILE_MASKED,
            message: `OTP has been sent to your registered mobile number ${MOBILE_MASKED}.`,
          },
          { 'Set-Cookie': `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax` },
        );
        return;
      }

      case 'POST /api/auth/otp/resend':
        if (sess?.stage !== 'otp') return lost(res);
        sendJson(res, 200, {
          status: 'OTP_SENT',
          mobile: MOBILE_MASKED,
          message: `OTP has been re-sent to your registered mobile number ${MOBILE_MASKED}.`,
        });
        return;

      case 'POST /api/auth/otp/verify': {
        if (sess?.stage !== 'otp') return lost(res);
        if (str(body, 'otp').trim() !== state.loginOtp) {
          state.refusals.push('login-otp');
          sendJson(res, 400, {
            status: 'ERROR',
            code: 'INVALID_OTP',
            message: 'Invalid OTP. Please enter the correct OTP.',
          });
          return;
        }
        sess.stage = 'auth';
        sendJson(res, 200, { status: 'OK', user: userJson(sess) });
        return;
      }

      case 'GET /api/auth/session':
        if (!authed) return lost(res);
        sendJson(res, 200, { status: 'OK', user: userJson(authed) });
        return;

      case 'POST /api/auth/logout':
        if (sess) sessions.delete(sess.id);
        sendJson(
          res,
          200,
          { status: 'OK', message: 'You have been logged out successfully.' },
          { 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` },
        );
        return;

      case 'GET /api/dashboard':
        if (!authed) return lost(res);
        sendJson(res, 200, {
          generated: 1284,
          cancelled: 17,
          bulkUploads: 36,
          apiUsers: registrations().length,
          period: 'Current month',
        });
        return;

      case 'GET /api/technical-contact':
        if (!authed) return lost(res);
        sendJson(res, 200, { ...contact });
        return;

      case 'POST /api/technical-contact': {
        if (!authed) return lost(res);
        const name = str(body, 'name').trim();
        const mobile = str(body, 'mobile').trim();
        const email = str(body, 'email').trim();
        if (!name || !/^[6-9]\d{9}$/.test(mobile) || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
          sendJson(res, 400, {
            status: 'ERROR',
            message: 'Please enter a valid name, mobile number and e-mail.',
          });
          return;
        }
        contact.name = name;
        contact.mobile = mobile;
        contact.email = email;
        sendJson(res, 200, {
          status: 'OK',
          message: 'Technical contact details updated successfully.',
        });
        return;
      }

      case 'POST /api/api-registration/otp/send':
        if (!authed) return lost(res);
        if (expireNow('api-otp-send', authed)) return lost(res);
        authed.apiOtpSent = true;
        authed.apiOtpVerified = false;
        sendJson(res, 200, {
          status: 'OTP_SENT',
          mobile: MOBILE_MASKED,
          message: `OTP has been sent to your registered mobile number ${MOBILE_MASKED}.`,
        });
        return;

      case 'POST /api/api-registration/otp/verify':
        if (!authed) return lost(res);
        if (expireNow('api-otp-verify', authed)) return lost(res);
        if (!authed.apiOtpSent) {
          sendJson(res, 400, {
            status: 'ERROR',
            code: 'OTP_NOT_GENERATED',
            message: 'OTP has not been generated. Please click Resend OTP.',
          });
          return;
        }
        if (str(body, 'otp').trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          sendJson(res, 400, {
            status: 'ERROR',
            code: 'INVALID_OTP',
            message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
          });
          return;
        }
        authed.apiOtpVerified = true;
        sendJson(res, 200, { status: 'OK', message: 'OTP verified successfully.' });
        return;

      case 'GET /api/api-registration/gsps':
        if (!authed) return lost(res);
        if (!authed.apiOtpVerified) {
          sendJson(res, 403, { status: 'ERROR', message: 'Please verify the OTP to continue.' });
          return;
        }
        sendJson(res, 200, { gstin: state.gstin, gsps: GSP_NAMES });
        return;

      case 'GET /api/api-registration/registrations':
        if (!authed) return lost(res);
        sendJson(res, 200, { gstin: state.gstin, registrations: registrationRows() });
        return;

      case 'POST /api/api-registration/users': {
        if (!authed) return lost(res);
        if (expireNow('submit', authed)) return lost(res);
        if (!authed.apiOtpVerified) {
          sendJson(res, 403, { status: 'ERROR', message: 'Please verify the OTP to continue.' });
          return;
        }
        const refuse = (message: string): void =>
          sendJson(res, 400, { status: 'ERROR', code: 'VALIDATION', message });
        if (str(body, 'registrationType') !== 'GSP') {
          refuse(
            'Registration through this option is not available for your GSTIN. Please register through a GSP.',
          );
          return;
        }
        const gsp = str(body, 'gspName');
        if (!GSP_NAMES.includes(gsp)) {
          refuse('Please select your GSP.');
          return;
        }
        const username = str(body, 'userName').trim();
        if (!username.startsWith('API_') || !USERNAME_RULE.test(username.slice(4))) {
          refuse('Username must be API_ followed by 4 to 15 letters or digits.');
          return;
        }
        const password = str(body, 'password');
        if (!PASSWORD_RULE.test(password)) {
          refuse(
            'Password must be 8 to 15 characters long with at least one upper case letter, one lower case letter, one digit and one special character.',
          );
          return;
        }
        if (password !== str(body, 'confirmPassword')) {
          refuse('Password and Re-enter Password do not match.');
          return;
        }
        if (registrations().some((r) => r.gsp.toLowerCase() === gsp.toLowerCase())) {
          state.refusals.push('duplicate');
          sendJson(res, 409, {
            status: 'ERROR',
            code: 'ALREADY_REGISTERED',
            message: `GSTIN ${state.gstin} is already registered with the GSP ${gsp}. Please select another GSP.`,
          });
          return;
        }
        if ([...seeded, ...state.users].some((r) => r.username.toLowerCase() === username.toLowerCase())) {
          state.refusals.push('username-taken');
          sendJson(res, 409, {
            status: 'ERROR',
            code: 'USERNAME_EXISTS',
            message: `The username ${username} is already in use. Please choose a different username.`,
          });
          return;
        }
        state.users.push({ gstin: state.gstin, gsp, username, password, createdOn: istNow() });
        sendJson(res, 201, {
          status: 'SUCCESS',
          message: `API user ${username} has been created successfully for ${gsp}.`,
          userName: username,
          gspName: gsp,
          gstin: state.gstin,
          registrations: registrationRows(),
        });
        return;
      }

      default:
        sendJson(res, 404, { status: 'ERROR', message: 'Not Found' });
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (path.startsWith('/api/')) {
      await handleApi(req, res, method, path);
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const head = method === 'HEAD';
    const immutable = { 'Cache-Control': 'public, max-age=31536000, immutable' };
    if (path === JS_PATH) {
      sendText(res, 200, 'text/javascript; charset=utf-8', APP_JS, immutable, head);
      return;
    }
    if (path === CSS_PATH) {
      sendText(res, 200, 'text/css; charset=utf-8', APP_CSS, immutable, head);
      return;
    }
    if (path === '/favicon.ico') {
      sendText(res, 200, 'image/svg+xml', EMBLEM_SVG, {}, head);
      return;
    }
    if (path.startsWith('/assets/')) {
      sendText(res, 404, 'text/plain; charset=utf-8', 'Not Found', {}, head);
      return;
    }
    // History-mode SPA fallback: every page answers the same shell.
    sendText(res, 200, 'text/html; charset=utf-8', INDEX_HTML, { 'Cache-Control': 'no-cache' }, head);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { status: 'ERROR', message: 'Internal Server Error' });
      else res.end();
    });
  });
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
  const port = typeof address === 'object' && address !== null ? address.port : 0;

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

/* ------------------------------------------------------------------------------------------
 * Static assets: emblem, shell, stylesheet (Quasar's CSS subset + app styles), application.
 * ---------------------------------------------------------------------------------------- */

const EMBLEM_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#ffffff" stroke="#f39c12" stroke-width="4"/><circle cx="32" cy="32" r="21" fill="none" stroke="#1a4f8b" stroke-width="3"/><path d="M32 13v38M13 32h38M18.6 18.6l26.8 26.8M45.4 18.6 18.6 45.4" stroke="#1a4f8b" stroke-width="2"/><circle cx="32" cy="32" r="6" fill="#1a4f8b"/></svg>';

const EMBLEM_URI = `data:image/svg+xml,${encodeURIComponent(EMBLEM_SVG)}`;

const INDEX_HTML = `<!DOCTYPE html>
<html>
  <head>
    <title>e-Invoice System</title>
    <meta charset="utf-8">
    <meta name="description" content="e-Invoice System - Invoice Registration Portal">
    <meta name="format-detection" content="telephone=no">
    <meta name="msapplication-tap-highlight" content="no">
    <meta name="viewport" content="user-scalable=no, initial-scale=1, maximum-scale=1, minimum-scale=1, width=device-width">
    <link rel="icon" type="image/svg+xml" href="${EMBLEM_URI}">
    <script type="module" crossorigin src="${JS_PATH}"></script>
    <link rel="stylesheet" href="${CSS_PATH}">
  </head>
  <body>
    <div id="q-app"></div>
  </body>
</html>
`;

const SPACING: Record<string, string> = {
  none: '0',
  xs: '4px',
  sm: '8px',
  md: '16px',
  lg: '24px',
  xl: '48px',
};

function spacingCss(): string {
  const out: string[] = [];
  const sides: Record<string, string[]> = {
    a: ['top', 'right', 'bottom', 'left'],
    t: ['top'],
    r: ['right'],
    b: ['bottom'],
    l: ['left'],
    x: ['left', 'right'],
    y: ['top', 'bottom'],
  };
  for (const [kind, prop] of [
    ['p', 'padding'],
    ['m', 'margin'],
  ] as const) {
    for (const [side, list] of Object.entries(sides)) {
      for (const [size, value] of Object.entries(SPACING)) {
        const rules = list.map((s) => `${prop}-${s}:${value}`).join(';');
        out.push(`.q-${kind}${side}-${size}{${rules}}`);
      }
    }
  }
  out.push('.q-mx-auto{margin-left:auto;margin-right:auto}');
  for (const [size, value] of Object.entries(SPACING)) {
    if (size === 'none') continue;
    out.push(
      `.q-gutter-${size},.q-gutter-y-${size}{margin-top:-${value}}.q-gutter-${size},.q-gutter-x-${size}{margin-left:-${value}}`,
      `.q-gutter-${size}>*,.q-gutter-y-${size}>*{margin-top:${value}}.q-gutter-${size}>*,.q-gutter-x-${size}>*{margin-left:${value}}`,
      `.q-col-gutter-${size}{margin-top:-${value};margin-left:-${value}}.q-col-gutter-${size}>*{padding-top:${value};padding-left:${value}}`,
    );
  }
  return out.join('\n');
}

const QUASAR_COLORS: Record<string, string> = {
  primary: 'var(--q-primary)',
  secondary: 'var(--q-secondary)',
  accent: 'var(--q-accent)',
  positive: 'var(--q-positive)',
  negative: 'var(--q-negative)',
  info: 'var(--q-info)',
  warning: 'var(--q-warning)',
  dark: 'var(--q-dark)',
  white: '#fff',
  black: '#000',
  grey: '#9e9e9e',
  'grey-1': '#fafafa',
  'grey-2': '#eee',
  'grey-3': '#e0e0e0',
  'grey-7': '#757575',
  'grey-8': '#616161',
  'grey-9': '#424242',
  'green-1': '#e8f5e9',
  'orange-1': '#fff3e0',
  'blue-1': '#e3f2fd',
  'blue-grey-1': '#eceff1',
};

function colorCss(): string {
  return Object.entries(QUASAR_COLORS)
    .map(([n, v]) => `.text-${n}{color:${v}!important}.bg-${n}{background:${v}!important}`)
    .join('\n');
}

const APP_CSS = `/* Quasar v2.16 (subset) */
:root{--q-primary:#1a4f8b;--q-secondary:#26a69a;--q-accent:#9c27b0;--q-positive:#21ba45;--q-negative:#c10015;--q-info:#31ccec;--q-warning:#f2c037;--q-dark:#1d1d1d;--q-dark-page:#121212}
*,*:after,*:before{box-sizing:inherit;-webkit-tap-highlight-color:transparent}
html,body,#q-app{width:100%;direction:ltr}
html{box-sizing:border-box;-webkit-text-size-adjust:100%;font-size:100%}
body{margin:0;min-width:100px;min-height:100%;font-family:Roboto,-apple-system,"Helvetica Neue",Helvetica,Arial,sans-serif;-webkit-font-smoothing:antialiased;-moz-osx-font-smoothing:grayscale;line-height:1.5;font-size:14px;background:#fff;color:#000}
body.q-body--prevent-scroll{overflow:hidden!important}
button,input{font:inherit;margin:0}
button{overflow:visible;text-transform:none;-webkit-appearance:button}
input[type=search]::-webkit-search-cancel-button{-webkit-appearance:none}
hr{box-sizing:content-box;height:0;overflow:visible}
img{border-style:none}
a{color:inherit}
table{border-collapse:collapse;border-spacing:0}
.row,.column,.flex{display:flex;flex-wrap:wrap}
.row.inline,.column.inline,.flex.inline{display:inline-flex}
.column{flex-direction:column}
.no-wrap{flex-wrap:nowrap}
.justify-start{justify-content:flex-start}.justify-center,.flex-center{justify-content:center}.justify-end{justify-content:flex-end}.justify-between{justify-content:space-between}
.items-start{align-items:flex-start}.items-center,.flex-center{align-items:center}.items-end{align-items:flex-end}.items-stretch{align-items:stretch}
.self-start{align-self:flex-start}.self-center{align-self:center}.self-stretch{align-self:stretch}
.col,.col-auto,.col-grow,.col-12,.col-md-3,.col-md-4,.col-md-6,.col-md-8{max-width:100%}
.row>.col,.column>.col{flex:10000 1 0%}
.col{flex:10000 1 0%}
.col-auto{flex:0 0 auto;width:auto}
.col-grow{flex:1 0 auto}
.row>.col-12{flex:0 0 auto;width:100%}
@media (min-width:1024px){.row>.col-md-3{flex:0 0 auto;width:25%}.row>.col-md-4{flex:0 0 auto;width:33.3333%}.row>.col-md-6{flex:0 0 auto;width:50%}.row>.col-md-8{flex:0 0 auto;width:66.6667%}}
@media (max-width:1023.98px){.row>.col-md-3,.row>.col-md-4,.row>.col-md-6,.row>.col-md-8{flex:0 0 auto;width:100%}}
.q-space{flex-grow:1!important}
.relative-position{position:relative}
.absolute{position:absolute}
.fixed,.fixed-full,.fullscreen,.fixed-top,.fixed-left,.fixed-bottom{position:fixed}
.fixed-full,.fullscreen,.absolute-full{top:0;right:0;bottom:0;left:0}
.absolute-full{position:absolute}
.fixed-top{top:0;left:0;right:0}
.fixed-left{top:0;bottom:0;left:0}
.fullscreen{z-index:6000;border-radius:0!important;max-width:100vw;max-height:100vh}
.z-max{z-index:9998!important}
.hidden{display:none!important}
.block{display:block!important}
.inline{display:inline-block}
.ellipsis{text-overflow:ellipsis;white-space:nowrap;overflow:hidden}
.no-pointer-events,.no-pointer-events--children,.no-pointer-events--children *{pointer-events:none!important}
.all-pointer-events{pointer-events:all!important}
.cursor-pointer{cursor:pointer!important}
.non-selectable{user-select:none!important}
.no-outline:focus{outline:0}
.scroll{overflow:auto}
.fit{width:100%!important;height:100%!important}
.full-width{width:100%!important;margin-left:0!important;margin-right:0!important}
.rotate-180{transform:rotate(180deg)}
.border-radius-inherit{border-radius:inherit}
.text-left{text-align:left}.text-right{text-align:right}.text-center{text-align:center}
.text-weight-medium{font-weight:500}.text-weight-bold{font-weight:700}
.text-h4{font-size:2.125rem;font-weight:400;line-height:2.5rem;letter-spacing:.00735em}
.text-h5{font-size:1.5rem;font-weight:400;line-height:2rem;letter-spacing:normal}
.text-h6{font-size:1.25rem;font-weight:500;line-height:2rem;letter-spacing:.0125em}
.text-subtitle1{font-size:1rem;font-weight:400;line-height:1.75rem;letter-spacing:.00937em}
.text-subtitle2{font-size:.875rem;font-weight:500;line-height:1.375rem;letter-spacing:.00714em}
.text-body1{font-size:1rem;font-weight:400;line-height:1.5rem;letter-spacing:.03125em}
.text-body2{font-size:.875rem;font-weight:400;line-height:1.25rem;letter-spacing:.01786em}
.text-caption{font-size:.75rem;font-weight:400;line-height:1.25rem;letter-spacing:.03333em}
.shadow-1{box-shadow:0 1px 3px rgba(0,0,0,.2),0 1px 1px rgba(0,0,0,.14),0 2px 1px -1px rgba(0,0,0,.12)}
.q-icon{line-height:1;width:1em;height:1em;flex-shrink:0;letter-spacing:normal;text-transform:none;white-space:nowrap;word-wrap:normal;direction:ltr;text-align:center;position:relative;box-sizing:content-box;fill:currentColor;font-size:inherit}
.q-icon>svg,svg.q-icon{fill:currentColor}
.q-icon.on-left{margin-right:12px}.q-icon.on-right{margin-left:12px}
.q-avatar{position:relative;vertical-align:middle;display:inline-block;border-radius:50%;font-size:48px;height:1em;width:1em}
.q-avatar__content{font-size:.5em;line-height:.5em}
.q-avatar__content,.q-avatar img:not(.q-icon){border-radius:inherit;height:inherit;width:inherit}
.q-separator{border:0;background:rgba(0,0,0,.12);margin:0;transition:background .3s,opacity .3s;flex-shrink:0}
.q-separator--horizontal{display:block;height:1px}
.q-focus-helper{outline:0;position:absolute;top:0;left:0;width:100%;height:100%;pointer-events:none;border-radius:inherit;opacity:0;transition:background-color .3s cubic-bezier(.25,.8,.5,1),opacity .4s cubic-bezier(.25,.8,.5,1)}
.q-focus-helper:before,.q-focus-helper:after{content:"";position:absolute;top:0;left:0;width:100%;height:100%;opacity:0;border-radius:inherit;transition:background-color .3s cubic-bezier(.25,.8,.5,1),opacity .6s cubic-bezier(.25,.8,.5,1)}
.q-focus-helper:before{background:#000}.q-focus-helper:after{background:#fff}
.q-focusable:focus>.q-focus-helper,.q-manual-focusable--focused>.q-focus-helper,body.desktop .q-hoverable:hover>.q-focus-helper{background:currentColor;opacity:.15}
.q-focusable:focus>.q-focus-helper:before,.q-manual-focusable--focused>.q-focus-helper:before,body.desktop .q-hoverable:hover>.q-focus-helper:before{opacity:.1}
.q-focusable:focus>.q-focus-helper:after,.q-manual-focusable--focused>.q-focus-helper:after,body.desktop .q-hoverable:hover>.q-focus-helper:after{opacity:.4}
.q-focusable:focus>.q-focus-helper,.q-manual-focusable--focused>.q-focus-helper{opacity:.22}
.q-ripple{position:absolute;top:0;left:0;width:100%;height:100%;color:inherit;border-radius:inherit;z-index:0;pointer-events:none;overflow:hidden;contain:strict}
.q-ripple__inner{position:absolute;top:0;left:0;opacity:0;color:inherit;border-radius:50%;background:currentColor;pointer-events:none;will-change:transform,opacity}
.q-ripple__inner--enter{transition:transform .225s cubic-bezier(.4,0,.2,1),opacity .1s cubic-bezier(.4,0,.2,1)}
.q-ripple__inner--leave{transition:opacity .25s cubic-bezier(.4,0,.2,1)}
.q-btn{display:inline-flex;flex-direction:column;align-items:stretch;position:relative;outline:0;border:0;vertical-align:middle;font-size:14px;line-height:1.715em;text-decoration:none;color:inherit;background:transparent;font-weight:500;text-transform:uppercase;text-align:center;width:auto;height:auto;cursor:default;padding:4px 16px;min-height:2.572em}
.q-btn .q-icon,.q-btn .q-spinner{font-size:1.715em}
.q-btn.disabled{opacity:.7!important}
.q-btn:before{content:"";display:block;position:absolute;left:0;right:0;top:0;bottom:0;border-radius:inherit;box-shadow:0 1px 5px rgba(0,0,0,.2),0 2px 2px rgba(0,0,0,.14),0 3px 1px -2px rgba(0,0,0,.12)}
.q-btn--actionable{cursor:pointer}
.q-btn--actionable.q-btn--standard:before{transition:box-shadow .3s cubic-bezier(.25,.8,.5,1)}
.q-btn--actionable.q-btn--standard:active:before{box-shadow:0 3px 5px -1px rgba(0,0,0,.2),0 5px 8px rgba(0,0,0,.14),0 1px 14px rgba(0,0,0,.12)}
.q-btn--no-uppercase{text-transform:none}
.q-btn--rectangle{border-radius:3px}
.q-btn--outline{background:transparent!important}
.q-btn--outline:before{border:1px solid currentColor}
.q-btn--round{border-radius:50%;padding:0;min-width:3em;min-height:3em}
.q-btn--flat:before,.q-btn--outline:before,.q-btn--unelevated:before{box-shadow:none}
.q-btn--dense{padding:.285em;min-height:2em}
.q-btn--dense.q-btn--round{padding:0;min-height:2.4em;min-width:2.4em}
.q-btn--dense .on-left{margin-right:6px}
.q-btn__content{transition:opacity .3s;z-index:0}
.q-btn__content--hidden{opacity:0;pointer-events:none}
.q-btn__content .on-left{margin-right:12px}.q-btn__content .on-right{margin-left:12px}
.q-btn[disabled],.disabled,[disabled]{cursor:not-allowed!important}
.disabled{opacity:.6!important}
.q-spinner{vertical-align:middle}
.q-spinner-mat{animation:q-spin 2s linear infinite;transform-origin:center center}
.q-spinner-mat .path{stroke-dasharray:1,200;stroke-dashoffset:0;animation:q-mat-dash 1.5s ease-in-out infinite}
@keyframes q-spin{0%{transform:rotate3d(0,0,1,0deg)}25%{transform:rotate3d(0,0,1,90deg)}50%{transform:rotate3d(0,0,1,180deg)}75%{transform:rotate3d(0,0,1,270deg)}to{transform:rotate3d(0,0,1,359deg)}}
@keyframes q-mat-dash{0%{stroke-dasharray:1,200;stroke-dashoffset:0}50%{stroke-dasharray:89,200;stroke-dashoffset:-35px}to{stroke-dasharray:89,200;stroke-dashoffset:-124px}}
.q-card{box-shadow:0 1px 5px rgba(0,0,0,.2),0 2px 2px rgba(0,0,0,.14),0 3px 1px -2px rgba(0,0,0,.12);border-radius:4px;vertical-align:top;background:#fff;position:relative}
.q-card>div:first-child,.q-card>form:first-child{border-top-left-radius:inherit;border-top-right-radius:inherit}
.q-card--bordered{border:1px solid rgba(0,0,0,.12)}
.q-card--flat{box-shadow:none}
.q-card__section{position:relative}
.q-card__section--vert{padding:16px}
.q-card__actions{padding:8px;align-items:center}
.q-card__actions .q-btn--rectangle{padding:0 8px}
.q-card__actions--horiz>.q-btn-item+.q-btn-item{margin-left:8px}
.q-list{position:relative}
.q-list--bordered{border:1px solid rgba(0,0,0,.12)}
.q-item{min-height:48px;padding:8px 16px;color:inherit;transition:color .3s,background-color .3s;position:relative}
.q-item__section--side{color:#757575;align-items:flex-start;padding-right:16px;width:auto;min-width:0;max-width:100%}
.q-item__section--side>.q-icon{font-size:24px}
.q-item__section--avatar{color:inherit;min-width:56px}
.q-item__section--main{width:auto;min-width:0;max-width:100%;flex:10000 1 0%}
.q-item__section--main+.q-item__section--main{margin-left:8px}
.q-item__section--main~.q-item__section--side{align-items:flex-end;padding-right:0;padding-left:16px}
.q-item__label{line-height:1.2em!important;max-width:100%}
.q-item__label--header{color:#757575;padding:16px;font-size:.875rem;line-height:1.25rem;letter-spacing:.01786em}
.q-item__label--caption{font-size:.75rem;line-height:1.25rem;letter-spacing:.03333em;color:rgba(0,0,0,.54)}
.q-item__label+.q-item__label{margin-top:4px}
.q-item--active,.q-item.q-router-link--active{color:var(--q-primary)}
.q-link{outline:0;text-decoration:none}
.q-expansion-item__border{opacity:0}
.q-expansion-item__toggle-icon{position:relative;transition:transform .3s}
.q-expansion-item__toggle-icon--rotated{transform:rotate(180deg)}
.q-expansion-item__content>.q-card{box-shadow:none;border-radius:0}
.q-field{font-size:14px}
.q-field--with-bottom{padding-bottom:20px}
.q-field__marginal{height:56px;color:rgba(0,0,0,.54);font-size:24px}
.q-field__marginal>*+*{margin-left:2px}
.q-field__prepend{padding-right:12px}
.q-field__append{padding-left:12px}
.q-field__append:empty{display:none}
.q-field__inner{text-align:left}
.q-field__bottom{font-size:12px;min-height:20px;line-height:1;color:rgba(0,0,0,.54);padding:8px 12px 0;backface-visibility:hidden}
.q-field__bottom--animated{transform:translateY(100%);position:absolute;left:0;right:0;bottom:0}
.q-field__messages{line-height:1}
.q-field__messages>div{word-break:break-word;overflow-wrap:break-word}
.q-field__control{color:var(--q-primary);height:56px;max-width:100%;outline:none}
.q-field__control:before,.q-field__control:after{content:"";position:absolute;top:0;right:0;bottom:0;left:0;pointer-events:none}
.q-field__control:before{border-radius:inherit}
.q-field__control-container{height:inherit}
.q-field__native,.q-field__prefix,.q-field__suffix,.q-field__input{font-weight:400;line-height:28px;letter-spacing:.00937em;text-decoration:inherit;text-transform:inherit;border:none;border-radius:0;background:none;color:rgba(0,0,0,.87);outline:0;padding:6px 0}
.q-field__native,.q-field__input{width:100%;min-width:0;outline:0!important;user-select:auto}
.q-field__prefix,.q-field__suffix{transition:opacity .36s cubic-bezier(.4,0,.2,1);white-space:nowrap}
.q-field__prefix{padding-right:4px}
.q-field__input{padding:0;height:0;min-height:24px;line-height:24px}
.q-field__label{left:0;top:18px;max-width:100%;color:rgba(0,0,0,.6);font-size:16px;line-height:20px;font-weight:400;letter-spacing:.00937em;text-decoration:inherit;transform-origin:left top;transition:transform .36s cubic-bezier(.4,0,.2,1),max-width .324s cubic-bezier(.4,0,.2,1);backface-visibility:hidden}
.q-field--float .q-field__label{max-width:133%;transform:translateY(-40%) scale(.75);transition:transform .36s cubic-bezier(.4,0,.2,1),max-width .396s cubic-bezier(.4,0,.2,1)}
.q-field--highlighted .q-field__label{color:currentColor}
.q-field--outlined .q-field__control{border-radius:4px;padding:0 12px}
.q-field--outlined .q-field__control:before{border:1px solid rgba(0,0,0,.24);transition:border-color .36s cubic-bezier(.4,0,.2,1)}
.q-field--outlined .q-field__control:hover:before{border-color:#000}
.q-field--outlined .q-field__control:after{height:inherit;border-radius:inherit;border:2px solid transparent;transition:border-color .36s cubic-bezier(.4,0,.2,1)}
.q-field--outlined.q-field--highlighted .q-field__control:hover:before{border-color:transparent}
.q-field--outlined.q-field--highlighted .q-field__control:after{border-color:currentColor;border-width:2px;transform:scale3d(1,1,1)}
.q-field--outlined.q-field--readonly .q-field__control:before{border-style:dashed}
.q-field--labeled .q-field__native,.q-field--labeled .q-field__prefix,.q-field--labeled .q-field__suffix{line-height:24px;padding-top:24px;padding-bottom:8px}
.q-field--labeled:not(.q-field--float) .q-field__prefix,.q-field--labeled:not(.q-field--float) .q-field__suffix{opacity:0}
.q-field--labeled:not(.q-field--float) .q-field__native::placeholder,.q-field--labeled:not(.q-field--float) .q-field__input::placeholder{color:transparent}
.q-field--error .q-field__bottom{color:var(--q-negative)}
.q-field--dense .q-field__control,.q-field--dense .q-field__marginal{height:40px}
.q-field--dense .q-field__label{font-size:14px;top:10px}
.q-field--dense.q-field--labeled .q-field__native,.q-field--dense.q-field--labeled .q-field__prefix{padding-top:14px;padding-bottom:2px}
.q-field--dense.q-field--float .q-field__label{transform:translateY(-30%) scale(.75)}
.q-field--auto-height .q-field__control{height:auto}
.q-field--auto-height .q-field__control,.q-field--auto-height .q-field__native{min-height:56px}
.q-field--auto-height .q-field__native{align-items:center}
.q-field--auto-height.q-field--labeled .q-field__control-container{padding-top:24px}
.q-field--auto-height.q-field--labeled .q-field__native{min-height:24px;padding-top:0;padding-bottom:8px}
.q-select__dropdown-icon{cursor:pointer;transition:transform .28s}
.q-select .q-field__input{width:50px;cursor:text}
.q-select .q-field__native>span{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:100%}
.q-select--with-input .q-field__control{cursor:text}
.q-menu{position:fixed!important;display:inline-block;max-width:95vw;box-shadow:0 1px 5px rgba(0,0,0,.2),0 2px 2px rgba(0,0,0,.14),0 3px 1px -2px rgba(0,0,0,.12);background:#fff;border-radius:4px;overflow-y:auto;overflow-x:hidden;outline:0;max-height:65vh;z-index:6000}
.q-virtual-scroll:focus{outline:0}
.q-virtual-scroll__content{outline:none;contain:content}
.q-virtual-scroll__padding{background:linear-gradient(rgba(255,255,255,0),rgba(255,255,255,0) 20%,rgba(128,128,128,.03) 20%,rgba(128,128,128,.08) 50%,rgba(128,128,128,.03) 80%,rgba(255,255,255,0) 80%,rgba(255,255,255,0));background-size:100% 50px}
.q-radio{vertical-align:middle}
.q-radio__native{width:1px;height:1px}
.q-radio__bg{top:25%;left:25%;width:50%;height:50%;user-select:none}
.q-radio__bg path{fill:currentColor}
.q-radio__check{transform-origin:50% 50%;transform:scale3d(0,0,1);transition:transform .22s cubic-bezier(0,0,.2,1) 0ms}
.q-radio__inner{font-size:40px;width:1em;min-width:1em;height:1em;outline:0;border-radius:50%;color:rgba(0,0,0,.54)}
.q-radio__inner--truthy{color:var(--q-primary)}
.q-radio__inner--truthy .q-radio__check{transform:scale3d(1,1,1)}
.q-radio__inner:before{content:"";position:absolute;top:0;left:0;width:100%;height:100%;border-radius:50%;background:currentColor;opacity:.12;transform:scale3d(0,0,1);transition:transform .22s cubic-bezier(0,0,.2,1)}
.q-radio:focus .q-radio__inner:before,body.desktop .q-radio:not(.disabled) .q-radio__inner:hover:before{transform:scale3d(1,1,1)}
.q-radio__label{padding-right:8px}
.q-option-group--inline>div{display:inline-block}
.q-dialog__title{font-size:1.25rem;font-weight:500;line-height:2rem;letter-spacing:.0125em}
.q-dialog__inner{outline:0}
.q-dialog__inner>div{pointer-events:all;overflow:auto;-webkit-overflow-scrolling:touch;will-change:scroll-position;border-radius:4px;box-shadow:0 2px 4px -1px rgba(0,0,0,.2),0 4px 5px rgba(0,0,0,.14),0 1px 10px rgba(0,0,0,.12)}
.q-dialog__inner--minimized{padding:24px}
.q-dialog__inner--minimized>div{max-height:calc(100vh - 48px)}
.q-dialog__inner--standard>div{max-width:560px}
.q-dialog__backdrop{z-index:-1;pointer-events:all;outline:0;background:rgba(0,0,0,.4)}
.q-dialog-plugin{width:400px}
.q-dialog-plugin>.q-card__section+.q-card__section{padding-top:0}
.q-transition--fade-enter-active,.q-transition--fade-leave-active{transition:opacity var(--q-transition-duration,.3s) ease-out}
.q-transition--fade-enter-from,.q-transition--fade-leave-to{opacity:0}
.q-transition--scale-enter-active,.q-transition--scale-leave-active{transition:opacity var(--q-transition-duration,.3s),transform var(--q-transition-duration,.3s) cubic-bezier(.215,.61,.355,1)}
.q-transition--scale-enter-from,.q-transition--scale-leave-to{opacity:0;transform:scale3d(0,0,1)}
.q-animate--scale{animation:q-scale .15s;animation-timing-function:cubic-bezier(.25,.8,.25,1)}
@keyframes q-scale{0%{transform:scale(1)}50%{transform:scale(1.04)}to{transform:scale(1)}}
.q-notifications__list{z-index:9500;pointer-events:none;left:0;right:0;margin-bottom:10px;position:relative}
.q-notifications__list--center{top:0;bottom:0}
.q-notifications__list--top{top:0}
.q-notifications__list--bottom{bottom:0}
.q-notification{box-shadow:0 1px 5px rgba(0,0,0,.2),0 2px 2px rgba(0,0,0,.14),0 3px 1px -2px rgba(0,0,0,.12);border-radius:4px;pointer-events:all;display:inline-flex;margin:10px 10px 0;transition:transform 1s,opacity 1s;z-index:9500;flex-shrink:0;max-width:95vw;background:#323232;color:#fff;font-size:14px;position:relative}
.q-notification__icon{font-size:24px;flex:0 0 1em;margin-right:16px}
.q-notification__message{padding:8px 0}
.q-notification__badge{animation:q-notif-badge .42s;padding:4px 8px;position:absolute;box-shadow:0 1px 3px rgba(0,0,0,.2),0 1px 1px rgba(0,0,0,.14),0 2px 1px -1px rgba(0,0,0,.12);background-color:var(--q-negative);color:#fff;border-radius:4px;font-size:12px;line-height:12px}
.q-notification__badge--top-right{top:-6px;right:-22px}
.q-notification--standard{padding:0 16px;min-height:48px}
.q-notification--top-enter-from,.q-notification--top-leave-to{opacity:0;transform:translateY(-50px);z-index:9495}
.q-notification--bottom-enter-from,.q-notification--bottom-leave-to{opacity:0;transform:translateY(50px);z-index:9495}
.q-notification--center-enter-from,.q-notification--center-leave-to{opacity:0;transform:scale(1.2);z-index:9495}
.q-notification--top-leave-active,.q-notification--bottom-leave-active,.q-notification--center-leave-active{position:absolute;z-index:9495;margin-left:0;margin-right:0}
@keyframes q-notif-badge{15%{transform:translate3d(-25%,0,0) rotate3d(0,0,1,-5deg)}30%{transform:translate3d(20%,0,0) rotate3d(0,0,1,3deg)}45%{transform:translate3d(-15%,0,0) rotate3d(0,0,1,-3deg)}60%{transform:translate3d(10%,0,0) rotate3d(0,0,1,2deg)}75%{transform:translate3d(-5%,0,0) rotate3d(0,0,1,-1deg)}}
.q-loading{color:#000;position:fixed!important}
.q-loading__backdrop{position:fixed;top:0;right:0;bottom:0;left:0;opacity:.5;z-index:-1;background-color:#000;transition:background-color .28s}
.q-loading__message{margin:40px 20px 0;text-align:center}
.q-inner-loading{background:rgba(255,255,255,.6);z-index:10}
.q-banner{min-height:54px;padding:8px 16px;background:#fff}
.q-banner__avatar{min-width:1px!important}
.q-banner__avatar>.q-icon{font-size:36px}
.q-banner__avatar:not(:empty)+.q-banner__content{padding-left:16px}
.q-banner--dense{min-height:32px;padding:8px}
.q-breadcrumbs__el{color:inherit}
.q-breadcrumbs__separator .q-icon{font-size:1.3em}
.q-breadcrumbs--last .q-breadcrumbs__el{color:rgba(0,0,0,.6)}
.q-stepper{box-shadow:0 1px 5px rgba(0,0,0,.2),0 2px 2px rgba(0,0,0,.14),0 3px 1px -2px rgba(0,0,0,.12);border-radius:4px;background:#fff}
.q-stepper--flat{box-shadow:none}
.q-stepper--bordered{border:1px solid rgba(0,0,0,.12)}
.q-stepper__title{font-size:14px;line-height:18px;letter-spacing:.1px}
.q-stepper__dot{contain:layout;margin-right:8px;font-size:14px;width:24px;min-width:24px;height:24px;border-radius:50%;background:currentColor}
.q-stepper__dot span{color:#fff}
.q-stepper__dot .q-icon{font-size:16px;color:#fff}
.q-stepper__tab{padding:8px 24px;font-size:14px;color:#9e9e9e;flex-direction:row;overflow:hidden}
.q-stepper__tab--active,.q-stepper__tab--done{color:var(--q-primary)}
.q-stepper__tab--active .q-stepper__label,.q-stepper__tab--done .q-stepper__label{text-shadow:0 0 0 currentColor}
.q-stepper__header--border{border-bottom:1px solid rgba(0,0,0,.12)}
.q-stepper__header--standard-labels .q-stepper__tab{min-height:72px;justify-content:center}
.q-stepper__header--standard-labels .q-stepper__tab:first-child{justify-content:flex-start}
.q-stepper__header--standard-labels .q-stepper__tab:last-child{justify-content:flex-end}
.q-stepper--horizontal .q-stepper__line:before,.q-stepper--horizontal .q-stepper__line:after{position:absolute;top:50%;height:1px;width:100vw;background:rgba(0,0,0,.12)}
.q-stepper--horizontal .q-stepper__dot:before{content:"";right:100%;margin-right:8px}
.q-stepper--horizontal .q-stepper__label:after{content:"";left:100%;margin-left:8px}
.q-stepper--horizontal .q-stepper__tab:first-child .q-stepper__dot:before,.q-stepper--horizontal .q-stepper__tab:last-child .q-stepper__label:after{display:none}
.q-stepper--horizontal .q-stepper__step-inner{padding:24px}
.q-table__container{position:relative}
.q-table__card{color:#000;background-color:#fff;border-radius:4px;box-shadow:0 1px 5px rgba(0,0,0,.2),0 2px 2px rgba(0,0,0,.14),0 3px 1px -2px rgba(0,0,0,.12)}
.q-table--flat{box-shadow:none}
.q-table--bordered{border:1px solid rgba(0,0,0,.12)}
.q-table__top{padding:12px 16px}
.q-table__title{font-size:20px;letter-spacing:.005em;font-weight:400}
.q-table__middle{max-width:100%}
.q-table{width:100%;max-width:100%;border-collapse:separate;border-spacing:0}
.q-table thead tr,.q-table tbody td{height:48px}
.q-table th{font-weight:500;font-size:12px;user-select:none}
.q-table th,.q-table td{padding:7px 16px;background-color:inherit}
.q-table thead,.q-table td,.q-table th{border-style:solid;border-width:0;border-color:rgba(0,0,0,.12)}
.q-table tbody td{font-size:13px}
.q-table--horizontal-separator thead th{border-bottom-width:1px}
.q-table--horizontal-separator tbody tr:not(:last-child)>td{border-bottom-width:1px}
.q-table--no-wrap th,.q-table--no-wrap td{white-space:nowrap}
.q-table__bottom{min-height:50px;padding:4px 14px 4px 16px;font-size:12px;border-top:1px solid rgba(0,0,0,.12)}
.q-layout{width:100%;outline:0}
.q-layout__section--marginal{background-color:var(--q-primary);color:#fff}
.q-header{z-index:2000}
.q-header--elevated{box-shadow:0 2px 4px -1px rgba(0,0,0,.2),0 4px 5px rgba(0,0,0,.14),0 1px 10px rgba(0,0,0,.12)}
.q-toolbar{position:relative;padding:0 12px;min-height:50px;width:100%}
.q-toolbar__title{flex:1 1 0%;min-width:1px;max-width:100%;font-size:21px;font-weight:400;letter-spacing:.01em;padding:0 12px}
.q-toolbar__title:first-child{padding-left:0}
.q-drawer{position:absolute;top:0;bottom:0;background:#fff;z-index:1000}
.q-drawer--on-top{z-index:3000}
.q-drawer--left{left:0;transform:translateX(-100%)}
.q-drawer--left.q-drawer--bordered{border-right:1px solid rgba(0,0,0,.12)}
.q-drawer--mobile .q-drawer__content{box-shadow:0 8px 10px -5px rgba(0,0,0,.2),0 16px 24px 2px rgba(0,0,0,.14),0 6px 30px 5px rgba(0,0,0,.12)}
.q-drawer__opener{z-index:2001;height:100%;width:15px;user-select:none}
.q-drawer__backdrop{z-index:2999!important;will-change:background-color;transition:background-color .3s}
.q-drawer__content{overflow-x:hidden}
.q-layout--prevent-focus{visibility:hidden}
.q-drawer{transition:transform .3s cubic-bezier(.25,.8,.5,1),visibility .3s}
body.q-body--layout-animate .q-drawer__backdrop{transition:background-color .12s!important}
body.q-body--layout-animate .q-drawer{transition:transform .12s,width .12s,top .12s,bottom .12s,visibility .12s!important}
body.q-body--layout-animate .q-layout__section--marginal{transition:left .12s,right .12s!important}
body.q-body--layout-animate .q-page-container{transition:padding-top .12s,padding-right .12s,padding-bottom .12s,padding-left .12s!important}
.q-page{position:relative}
.q-layout-padding{padding:1.5rem 2rem}
${spacingCss()}
${colorCss()}
/* app.scss */
.app-brand{height:50px;padding:0 16px;gap:10px;font-weight:500;letter-spacing:.02em}
.app-brand img,.app-logo{width:34px;height:34px}
.captcha-img{display:block;border:1px solid rgba(0,0,0,.12);border-radius:4px;background:#fff}
.home-hero{background:linear-gradient(120deg,#1a4f8b 0%,#2b6cb0 60%,#3d8bd9 100%);color:#fff;border-radius:6px}
.dash-card .dash-count{font-size:2.25rem;line-height:2.75rem;font-weight:300}
.q-drawer .q-item{min-height:44px}
.q-drawer .q-item__section--avatar{min-width:44px}
.public-page{min-height:calc(100vh - 64px);background:#f4f6f9}
.main-page{background:#f4f6f9}
.login-card{width:440px;max-width:92vw}
`;

const APP_JS_SOURCE = String.raw`/* e-invoice-portal 2.4.1 | Quasar v2.16 | Vue 3 */
(function () {
  'use strict';
  var doc = document;
  var BREAKPOINT = 1023;
  var DRAWER_WIDTH = 300;
  var EMBLEM = '__EMBLEM__';
  var PWD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
  var ICONS = {
    menu: 'M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z',
    keyboard_arrow_down: 'M7.41 8.59 12 13.17l4.59-4.58L18 10l-6 6-6-6 1.41-1.41z',
    arrow_drop_down: 'M7 10l5 5 5-5z',
    chevron_right: 'M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z',
    refresh: 'M17.65 6.35C16.2 4.9 14.21 4 12 4c-4.42 0-7.99 3.58-7.99 8s3.57 8 7.99 8c3.73 0 6.84-2.55 7.73-6h-2.08c-.82 2.33-3.04 4-5.65 4-3.31 0-6-2.69-6-6s2.69-6 6-6c1.66 0 3.14.69 4.22 1.78L13 11h7V4l-2.35 2.35z',
    visibility: 'M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5zM12 17c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5zm0-8c-1.66 0-3 1.34-3 3s1.34 3 3 3 3-1.34 3-3-1.34-3-3-3z',
    visibility_off: 'M12 7c2.76 0 5 2.24 5 5 0 .65-.13 1.26-.36 1.83l2.92 2.92c1.51-1.26 2.7-2.89 3.43-4.75-1.73-4.39-6-7.5-11-7.5-1.4 0-2.74.25-3.98.7l2.16 2.16C10.74 7.13 11.35 7 12 7zM2 4.27l2.28 2.28.46.46C3.08 8.3 1.78 10.02 1 12c1.73 4.39 6 7.5 11 7.5 1.55 0 3.03-.3 4.38-.84l.42.42L19.73 22 21 20.73 3.27 3 2 4.27zM7.53 9.8l1.55 1.55c-.05.21-.08.43-.08.65 0 1.66 1.34 3 3 3 .22 0 .44-.03.65-.08l1.55 1.55c-.67.33-1.41.53-2.2.53-2.76 0-5-2.24-5-5 0-.79.2-1.53.53-2.2zm4.31-.78 3.15 3.15.02-.16c0-1.66-1.34-3-3-3l-.17.01z',
    close: 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
    report_problem: 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z',
    warning: 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z',
    done: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2z',
    check: 'M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z',
    info: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z',
    check_circle: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-2 15-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z',
    edit: 'M3 17.25V21h3.75L17.81 9.94l-3.75-3.75L3 17.25zM20.71 7.04c.39-.39.39-1.02 0-1.41l-2.34-2.34a.9959.9959 0 0 0-1.41 0l-1.83 1.83 3.75 3.75 1.83-1.83z',
    dashboard: 'M3 13h8V3H3v10zm0 8h8v-6H3v6zm10 0h8V11h-8v10zm0-18v6h8V3h-8z',
    receipt: 'M18 17H6v-2h12v2zm0-4H6v-2h12v2zm0-4H6V7h12v2zM3 22l1.5-1.5L6 22l1.5-1.5L9 22l1.5-1.5L12 22l1.5-1.5L15 22l1.5-1.5L18 22l1.5-1.5L21 22V2l-1.5 1.5L18 2l-1.5 1.5L15 2l-1.5 1.5L12 2l-1.5 1.5L9 2 7.5 3.5 6 2 4.5 3.5 3 2v20z',
    bar_chart: 'M5 9.2h3V19H5zM10.6 5h2.8v14h-2.8zm5.6 8H19v6h-2.8z',
    vpn_key: 'M12.65 10C11.83 7.67 9.61 6 7 6c-3.31 0-6 2.69-6 6s2.69 6 6 6c2.61 0 4.83-1.67 5.65-4H17v4h4v-4h2v-4H12.65zM7 14c-1.1 0-2-.9-2-2s.9-2 2-2 2 .9 2 2-.9 2-2 2z',
    group: 'M16 11c1.66 0 2.99-1.34 2.99-3S17.66 5 16 5c-1.66 0-3 1.34-3 3s1.34 3 3 3zm-8 0c1.66 0 2.99-1.34 2.99-3S9.66 5 8 5C6.34 5 5 6.34 5 8s1.34 3 3 3zm0 2c-2.33 0-7 1.17-7 3.5V19h14v-2.5c0-2.33-4.67-3.5-7-3.5zm8 0c-.29 0-.62.02-.97.05 1.16.84 1.97 1.97 1.97 3.45V19h6v-2.5c0-2.33-4.67-3.5-7-3.5z',
    logout: 'M17 7l-1.41 1.41L18.17 11H8v2h10.17l-2.58 2.58L17 17l5-5zM4 5h8V3H4c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h8v-2H4V5z',
    home: 'M10 20v-6h4v6h5v-8h3L12 3 2 12h3v8z',
    help: 'M11 18h2v-2h-2v2zm1-16C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zm0-14c-2.21 0-4 1.79-4 4h2c0-1.1.9-2 2-2s2 .9 2 2c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5 0-2.21-1.79-4-4-4z',
    campaign: 'M18 11v2h4v-2h-4zm-2 6.61c.96.71 2.21 1.65 3.2 2.39.4-.53.8-1.07 1.2-1.6-.99-.74-2.24-1.68-3.2-2.4-.4.54-.8 1.08-1.2 1.61zM20.4 5.6c-.4-.53-.8-1.07-1.2-1.6-.99.74-2.24 1.68-3.2 2.4.4.53.8 1.07 1.2 1.6.96-.72 2.21-1.65 3.2-2.4zM4 9c-1.1 0-2 .9-2 2v2c0 1.1.9 2 2 2h1v4h2v-4h1l5 3V6L8 9H4zm11.5 3c0-1.33-.58-2.53-1.5-3.35v6.69c.92-.81 1.5-2.01 1.5-3.34z'
  };
  var RADIO_BG = 'M12,22a10,10 0 0 1 -10,-10a10,10 0 0 1 10,-10a10,10 0 0 1 10,10a10,10 0 0 1 -10,10m0,-22a12,12 0 0 0 -12,12a12,12 0 0 0 12,12a12,12 0 0 0 12,-12a12,12 0 0 0 -12,-12';
  var RADIO_CHECK = 'M12,6a6,6 0 0 0 -6,6a6,6 0 0 0 6,6a6,6 0 0 0 6,-6a6,6 0 0 0 -6,-6';

  /* ---------------- tiny runtime: h(), icons, transitions, ripple ---------------- */
  function h(tag, props, children) {
    var isSvg = tag.indexOf('svg:') === 0;
    var el = isSvg ? doc.createElementNS('http://www.w3.org/2000/svg', tag.slice(4)) : doc.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (k) {
        var v = props[k];
        if (v === undefined || v === null || v === false) return;
        if (k === 'text') el.textContent = v;
        else if (k.indexOf('on') === 0 && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
        else el.setAttribute(k, v === true ? '' : String(v));
      });
    }
    add(el, children);
    return el;
  }
  function add(el, c) {
    if (c === undefined || c === null || c === false) return;
    if (Array.isArray(c)) { c.forEach(function (x) { add(el, x); }); return; }
    if (typeof c === 'string' || typeof c === 'number') { el.appendChild(doc.createTextNode(String(c))); return; }
    el.appendChild(c);
  }
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }
  function icon(name, cls) {
    var svg = h('svg:svg', { class: 'q-icon' + (cls ? ' ' + cls : ''), 'aria-hidden': 'true', role: 'presentation', viewBox: '0 0 24 24' });
    String(ICONS[name] || '').split('|').forEach(function (d) { if (d) svg.appendChild(h('svg:path', { d: d })); });
    return svg;
  }
  function spinner(cls, size) {
    var s = size ? size + 'px' : '1em';
    return h('svg:svg', { class: 'q-spinner q-spinner-mat' + (cls ? ' ' + cls : ''), width: s, height: s, viewBox: '25 25 50 50' }, [
      h('svg:circle', { class: 'path', cx: '50', cy: '50', r: '20', fill: 'none', stroke: 'currentColor', 'stroke-width': '5', 'stroke-miterlimit': '10' })
    ]);
  }
  var uidSeq = 0;
  function uid() {
    uidSeq++;
    var c = window.crypto;
    if (c && typeof c.randomUUID === 'function') return 'f_' + c.randomUUID();
    return 'f_' + Math.random().toString(16).slice(2, 10) + '-' + uidSeq.toString(16);
  }
  function nextFrame(fn) { requestAnimationFrame(function () { requestAnimationFrame(fn); }); }
  function transIn(el, name, ms, done) {
    el.classList.add(name + '-enter-from', name + '-enter-active');
    nextFrame(function () {
      el.classList.remove(name + '-enter-from');
      el.classList.add(name + '-enter-to');
      setTimeout(function () {
        el.classList.remove(name + '-enter-active', name + '-enter-to');
        if (done) done();
      }, ms);
    });
  }
  function transOut(el, name, ms, done) {
    el.classList.remove(name + '-enter-from', name + '-enter-active', name + '-enter-to');
    el.classList.add(name + '-leave-from', name + '-leave-active');
    nextFrame(function () {
      el.classList.remove(name + '-leave-from');
      el.classList.add(name + '-leave-to');
      setTimeout(function () {
        el.classList.remove(name + '-leave-active', name + '-leave-to');
        if (done) done();
      }, ms);
    });
  }
  function slide(el, show) {
    clearTimeout(el.__qslide);
    el.style.transition = '';
    if (show) {
      el.style.display = '';
      var target = el.scrollHeight;
      el.style.overflowY = 'hidden';
      el.style.height = '0px';
      void el.offsetHeight;
      el.style.transition = 'height 300ms';
      el.style.height = target + 'px';
      el.__qslide = setTimeout(function () { el.style.height = ''; el.style.overflowY = ''; el.style.transition = ''; }, 300);
    } else {
      el.style.height = el.scrollHeight + 'px';
      el.style.overflowY = 'hidden';
      void el.offsetHeight;
      el.style.transition = 'height 300ms';
      el.style.height = '0px';
      el.__qslide = setTimeout(function () { el.style.display = 'none'; el.style.height = ''; el.style.overflowY = ''; el.style.transition = ''; }, 300);
    }
  }
  function ripple(el, evt, center) {
    var r = el.getBoundingClientRect();
    var w = r.width, hh = r.height;
    var dia = Math.sqrt(w * w + hh * hh), rad = dia / 2;
    var cx = ((w - dia) / 2) + 'px', cy = ((hh - dia) / 2) + 'px';
    var useCenter = center || !evt || evt.detail === 0 || (evt.clientX === 0 && evt.clientY === 0);
    var x = useCenter ? cx : (evt.clientX - r.left - rad) + 'px';
    var y = useCenter ? cy : (evt.clientY - r.top - rad) + 'px';
    var inner = h('span', { class: 'q-ripple__inner', style: 'height:' + dia + 'px;width:' + dia + 'px;transform:translate3d(' + x + ',' + y + ',0) scale3d(.2,.2,1);opacity:0' });
    var node = h('span', { class: 'q-ripple', dir: 'ltr' }, [inner]);
    el.appendChild(node);
    setTimeout(function () {
      inner.classList.add('q-ripple__inner--enter');
      inner.style.transform = 'translate3d(' + cx + ',' + cy + ',0) scale3d(1,1,1)';
      inner.style.opacity = '0.2';
      setTimeout(function () {
        inner.classList.remove('q-ripple__inner--enter');
        inner.classList.add('q-ripple__inner--leave');
        inner.style.opacity = '0';
        setTimeout(function () { node.remove(); }, 275);
      }, 250);
    }, 50);
  }

  /* ---------------- components ---------------- */
  function QBtn(o) {
    var design = o.flat ? 'flat' : o.outline ? 'outline' : o.unelevated ? 'unelevated' : 'standard';
    var filled = design === 'standard' || design === 'unelevated';
    var colors = o.color ? (filled ? 'bg-' + o.color + ' text-' + (o.textColor || 'white') : 'text-' + o.color) : (o.textColor ? 'text-' + o.textColor : '');
    var base = 'q-btn q-btn-item non-selectable no-outline q-btn--' + design + ' q-btn--' + (o.round ? 'round' : 'rectangle') +
      (colors ? ' ' + colors : '') + (o.noCaps ? ' q-btn--no-uppercase' : '') + (o.dense ? ' q-btn--dense' : '') + (o.cls ? ' ' + o.cls : '');
    var label = o.label ? h('span', { class: 'block', text: o.label }) : null;
    var content = h('span', { class: 'q-btn__content text-center col items-center q-anchor--skip justify-center row' }, [
      o.icon ? icon(o.icon, label ? 'on-left' : '') : null, label, o.iconRight ? icon(o.iconRight, 'on-right') : null
    ]);
    var attrs = { tabindex: '0', type: o.type || 'button', 'aria-label': o.ariaLabel, style: o.style };
    if (o.attrs) Object.keys(o.attrs).forEach(function (k) { attrs[k] = o.attrs[k]; });
    var el = h('button', attrs, [h('span', { class: 'q-focus-helper' }), content]);
    var loading = false, disabled = !!o.disable, spin = null;
    function paint() {
      var actionable = !loading && !disabled;
      el.className = base + (actionable ? ' q-btn--actionable q-focusable q-hoverable' : '') + (disabled ? ' disabled' : '');
      if (actionable) { el.removeAttribute('disabled'); el.removeAttribute('aria-disabled'); el.setAttribute('tabindex', '0'); }
      else { el.setAttribute('disabled', ''); el.setAttribute('aria-disabled', 'true'); el.setAttribute('tabindex', '-1'); }
      content.classList.toggle('q-btn__content--hidden', loading);
      if (loading && !spin) { spin = h('span', { class: 'absolute-full flex flex-center' }, [spinner('')]); el.appendChild(spin); }
      if (!loading && spin) { spin.remove(); spin = null; }
    }
    paint();
    el.addEventListener('click', function (e) {
      if (loading || disabled) { e.preventDefault(); return; }
      ripple(el, e, !!o.round);
      if (o.onClick) o.onClick(e);
    });
    return {
      el: el,
      setLoading: function (v) { loading = !!v; paint(); },
      setDisabled: function (v) { disabled = !!v; paint(); }
    };
  }

  function fieldBottom(hasBottom) {
    var messages = h('div', { class: 'q-field__messages col' });
    var bottom = hasBottom ? h('div', { class: 'q-field__bottom row items-start q-field__bottom--animated' }, [messages]) : null;
    return { bottom: bottom, messages: messages };
  }

  function QInput(o) {
    var id = uid();
    var isPwd = o.type === 'password';
    var input = h('input', {
      class: 'q-field__native q-placeholder', tabindex: '0', 'aria-label': o.label, id: id,
      type: o.type || 'text', maxlength: o.maxlength, autocomplete: o.autocomplete || 'off',
      inputmode: o.inputmode, name: o.name, 'data-autofocus': o.autofocus ? 'true' : null, readonly: o.readonly ? true : null
    });
    if (o.value) input.value = o.value;
    var kids = [];
    if (o.prefix) kids.push(h('div', { class: 'q-field__prefix no-pointer-events row items-center', text: o.prefix }));
    kids.push(input);
    if (o.label) kids.push(h('div', { class: 'q-field__label no-pointer-events absolute ellipsis', text: o.label }));
    var container = h('div', { class: 'q-field__control-container col relative-position row no-wrap q-anchor--skip' }, kids);
    var ctrlKids = [container];
    var appendBox = null;
    if (isPwd && o.toggle) {
      appendBox = h('div', { class: 'q-field__append q-field__marginal row no-wrap items-center' });
      var shown = false;
      var paintEye = function () {
        clear(appendBox);
        var eye = icon(shown ? 'visibility' : 'visibility_off', 'cursor-pointer');
        eye.addEventListener('click', function (e) {
          e.preventDefault();
          shown = !shown;
          input.type = shown ? 'text' : 'password';
          paintEye();
        });
        appendBox.appendChild(eye);
      };
      paintEye();
      ctrlKids.push(appendBox);
    }
    var control = h('div', { class: 'q-field__control relative-position row no-wrap', tabindex: '-1' }, ctrlKids);
    var rules = o.rules || [];
    var hasBottom = rules.length > 0 || !!o.hint;
    var fb = fieldBottom(hasBottom);
    var inner = h('div', { class: 'q-field__inner relative-position col self-stretch' }, [control, fb.bottom]);
    var root = h('label', { for: id }, [inner]);
    var focused = false, error = null, dirty = null;
    function paint() {
      var float = focused || input.value.length > 0 || !!o.stackLabel;
      root.className = 'q-field row no-wrap items-start q-field--outlined q-input' +
        (float ? ' q-field--float' : '') + (o.label ? ' q-field--labeled' : '') + (o.dense ? ' q-field--dense' : '') +
        (focused ? ' q-field--focused' : '') + (error ? ' q-field--error' : '') + (focused || error ? ' q-field--highlighted' : '') +
        (hasBottom ? ' q-field--with-bottom' : '') + (o.readonly ? ' q-field--readonly' : '') + (o.cls ? ' ' + o.cls : '');
      control.className = 'q-field__control relative-position row no-wrap' + (error ? ' text-negative' : (focused ? ' text-primary' : ''));
      if (fb.bottom) {
        clear(fb.messages);
        if (error) fb.messages.appendChild(h('div', { role: 'alert', text: error }));
        else if (o.hint) fb.messages.appendChild(h('div', { text: o.hint }));
      }
      input.setAttribute('aria-invalid', error ? 'true' : 'false');
    }
    function validate() {
      error = null;
      for (var i = 0; i < rules.length; i++) {
        var r = rules[i](input.value);
        if (r !== true) { error = r || 'Invalid value'; break; }
      }
      paint();
      return error === null;
    }
    input.addEventListener('focus', function () { focused = true; if (dirty === null) dirty = false; paint(); });
    input.addEventListener('blur', function () {
      focused = false;
      if (dirty === false) { dirty = true; if (rules.length) { validate(); return; } }
      paint();
    });
    input.addEventListener('input', function () {
      if (dirty === true && rules.length) validate(); else paint();
      if (o.onInput) o.onInput(input.value);
    });
    paint();
    if (o.autofocus) setTimeout(function () { if (doc.contains(input)) input.focus(); }, 0);
    return {
      el: root, input: input,
      value: function () { return input.value; },
      setValue: function (v) { input.value = v; if (dirty === true && rules.length) validate(); else paint(); },
      validate: validate,
      resetValidation: function () { error = null; dirty = null; paint(); },
      focus: function () { input.focus(); }
    };
  }

  var menuSeq = 0;
  function QSelect(o) {
    var id = uid();
    var lb = id + '_lb';
    var all = (o.options || []).slice();
    var opts = all.slice();
    var value = null, open = false, hi = -1, focused = false, error = null, dirty = null;
    var rules = o.rules || [];
    var ITEM = 48;
    var input = h('input', {
      class: 'q-field__input q-placeholder col', tabindex: '0', id: id, type: 'search', autocomplete: 'off',
      role: 'combobox', 'aria-label': o.label, 'aria-readonly': 'false', 'aria-autocomplete': 'list',
      'aria-expanded': 'false', 'aria-controls': lb
    });
    var selSpan = null;
    var nativeBox = h('div', { class: 'q-field__native row items-center' }, [input]);
    var labelEl = h('div', { class: 'q-field__label no-pointer-events absolute ellipsis', text: o.label });
    var container = h('div', { class: 'q-field__control-container col relative-position row no-wrap q-anchor--skip' }, [nativeBox, labelEl]);
    var dd = icon('arrow_drop_down', 'q-select__dropdown-icon');
    var appendBox = h('div', { class: 'q-field__append q-field__marginal row no-wrap items-center q-anchor--skip' }, [dd]);
    var control = h('div', { class: 'q-field__control relative-position row no-wrap', tabindex: '-1' }, [container, appendBox]);
    var hasBottom = rules.length > 0 || !!o.hint;
    var fb = fieldBottom(hasBottom);
    var inner = h('div', { class: 'q-field__inner relative-position col self-stretch' }, [control, fb.bottom]);
    var root = h('label', { for: id }, [inner]);
    var portal = null, menu = null, padBefore = null, padAfter = null, content = null, from = -1, to = -1;

    function paint() {
      var float = focused || value !== null || input.value.length > 0;
      root.className = 'q-field row no-wrap items-start q-field--outlined q-select q-field--auto-height q-select--with-input q-select--without-chips q-select--single' +
        (float ? ' q-field--float' : '') + ' q-field--labeled' + (focused ? ' q-field--focused' : '') + (error ? ' q-field--error' : '') +
        (focused || error ? ' q-field--highlighted' : '') + (hasBottom ? ' q-field--with-bottom' : '');
      control.className = 'q-field__control relative-position row no-wrap' + (error ? ' text-negative' : (focused ? ' text-primary' : ''));
      if (fb.bottom) {
        clear(fb.messages);
        if (error) fb.messages.appendChild(h('div', { role: 'alert', text: error }));
        else if (o.hint) fb.messages.appendChild(h('div', { text: o.hint }));
      }
      dd.classList.toggle('rotate-180', open);
      input.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (open && hi > -1) input.setAttribute('aria-activedescendant', id + '_' + hi); else input.removeAttribute('aria-activedescendant');
    }
    function validate() {
      error = null;
      for (var i = 0; i < rules.length; i++) {
        var r = rules[i](value);
        if (r !== true) { error = r || 'Invalid value'; break; }
      }
      paint();
      return error === null;
    }
    function renderValue() {
      if (selSpan) { selSpan.remove(); selSpan = null; }
      if (value !== null) { selSpan = h('span', { text: value }); nativeBox.insertBefore(selSpan, input); }
    }
    function filter(needle) {
      var n = String(needle || '').toLowerCase();
      opts = n ? all.filter(function (v) { return v.toLowerCase().indexOf(n) > -1; }) : all.slice();
      hi = -1;
      if (menu) { menu.scrollTop = 0; from = -1; renderItems(true); position(); }
    }
    function itemEl(i) {
      var label = opts[i];
      var sel = label === value;
      var it = h('div', {
        class: 'q-item q-item-type row no-wrap q-item--clickable q-link cursor-pointer q-manual-focusable q-hoverable' + (i === hi ? ' q-manual-focusable--focused' : '') + (sel ? ' q-item--active text-primary' : ''),
        role: 'option', id: id + '_' + i, 'aria-selected': sel ? 'true' : 'false', tabindex: '-1'
      }, [
        h('div', { class: 'q-focus-helper', tabindex: '-1' }),
        h('div', { class: 'q-item__section column q-item__section--main justify-center' }, [h('div', { class: 'q-item__label' }, [h('span', { text: label })])])
      ]);
      it.addEventListener('click', function () { pick(i); });
      it.addEventListener('mousemove', function () { if (hi !== i) setHi(i); });
      return it;
    }
    function renderItems(force) {
      if (!menu) return;
      if (!opts.length) {
        padBefore.firstChild.style.height = '0px'; padAfter.firstChild.style.height = '0px';
        clear(content);
        content.appendChild(h('div', { class: 'q-item q-item-type row no-wrap' }, [
          h('div', { class: 'q-item__section column q-item__section--main justify-center text-grey', text: 'No results' })
        ]));
        from = -1;
        return;
      }
      var f = Math.max(0, Math.floor(menu.scrollTop / ITEM) - 10);
      var t = Math.min(opts.length, f + 30);
      if (!force && f === from && t === to) return;
      from = f; to = t;
      padBefore.firstChild.style.height = (f * ITEM) + 'px';
      padAfter.firstChild.style.height = ((opts.length - t) * ITEM) + 'px';
      clear(content);
      for (var i = f; i < t; i++) content.appendChild(itemEl(i));
    }
    function setHi(i) {
      hi = i;
      if (content) {
        Array.prototype.forEach.call(content.children, function (c) {
          c.classList.toggle('q-manual-focusable--focused', c.id === id + '_' + i);
        });
      }
      paint();
    }
    function position() {
      if (!menu) return;
      var r = control.getBoundingClientRect();
      var vh = window.innerHeight;
      menu.style.left = Math.max(0, r.left) + 'px';
      menu.style.minWidth = r.width + 'px';
      var natural = opts.length ? opts.length * ITEM : ITEM;
      var mh = Math.min(natural, vh * 0.65);
      var below = vh - r.bottom, above = r.top;
      if (mh <= below || below >= above) {
        menu.style.top = r.bottom + 'px';
        menu.style.maxHeight = Math.min(vh * 0.65, below) + 'px';
      } else {
        var m = Math.min(mh, above);
        menu.style.top = (r.top - m) + 'px';
        menu.style.maxHeight = m + 'px';
      }
    }
    function outside(e) {
      if (root.contains(e.target) || (menu && menu.contains(e.target))) return;
      hideMenu();
    }
    function showMenu() {
      if (open) return;
      open = true;
      filter(input.value);
      menuSeq++;
      padBefore = h('div', { class: 'q-virtual-scroll__padding' }, [h('div', { style: 'height: 0px' })]);
      content = h('div', { class: 'q-virtual-scroll__content', tabindex: '-1' });
      padAfter = h('div', { class: 'q-virtual-scroll__padding' }, [h('div', { style: 'height: 0px' })]);
      menu = h('div', { class: 'q-menu q-position-engine scroll', id: lb, role: 'listbox', tabindex: '-1', style: '--q-transition-duration: 300ms' }, [padBefore, content, padAfter]);
      portal = h('div', { id: 'q-portal--menu--' + menuSeq }, [menu]);
      menu.addEventListener('mousedown', function (e) { e.preventDefault(); });
      menu.addEventListener('scroll', function () { renderItems(false); }, { passive: true });
      doc.body.appendChild(portal);
      from = -1;
      renderItems(true);
      position();
      transIn(menu, 'q-transition--fade', 300);
      doc.addEventListener('mousedown', outside, true);
      window.addEventListener('resize', position);
      window.addEventListener('scroll', position, true);
      paint();
    }
    function hideMenu() {
      if (!open) return;
      open = false;
      hi = -1;
      var p = portal, m = menu;
      portal = null; menu = null; content = null;
      doc.removeEventListener('mousedown', outside, true);
      window.removeEventListener('resize', position);
      window.removeEventListener('scroll', position, true);
      if (m) transOut(m, 'q-transition--fade', 300, function () { p.remove(); });
      if (input.value) input.value = '';
      opts = all.slice();
      paint();
    }
    function pick(i) {
      value = opts[i];
      renderValue();
      hideMenu();
      input.value = '';
      if (dirty === true && rules.length) validate(); else paint();
      if (o.onChange) o.onChange(value);
    }
    function move(dir) {
      if (!opts.length) return;
      var n = hi < 0 ? (dir > 0 ? 0 : opts.length - 1) : (hi + dir + opts.length) % opts.length;
      if (menu) {
        var top = n * ITEM, vis = menu.clientHeight;
        if (top < menu.scrollTop) menu.scrollTop = top;
        else if (top + ITEM > menu.scrollTop + vis) menu.scrollTop = top + ITEM - vis;
        renderItems(false);
      }
      setHi(n);
    }
    control.addEventListener('mousedown', function (e) {
      if (e.button !== 0) return;
      if (e.target !== input) e.preventDefault();
      var onIcon = appendBox.contains(e.target);
      if (doc.activeElement !== input) input.focus();
      if (open && onIcon) hideMenu();
      else if (!open) showMenu();
    });
    input.addEventListener('focus', function () { focused = true; if (dirty === null) dirty = false; paint(); });
    input.addEventListener('blur', function () {
      focused = false;
      hideMenu();
      if (dirty === false) { dirty = true; if (rules.length) { validate(); return; } }
      paint();
    });
    input.addEventListener('input', function () {
      if (!open) showMenu();
      filter(input.value);
      paint();
    });
    input.addEventListener('keydown', function (e) {
      var k = e.key;
      if (k === 'ArrowDown' || k === 'ArrowUp') {
        e.preventDefault();
        if (!open) { showMenu(); return; }
        move(k === 'ArrowDown' ? 1 : -1);
      } else if (k === 'Enter') {
        if (open) { e.preventDefault(); if (hi > -1) pick(hi); }
      } else if (k === 'Escape') {
        if (open) { e.preventDefault(); e.stopPropagation(); hideMenu(); }
      } else if (k === 'Tab') {
        hideMenu();
      } else if (k === 'Backspace' && input.value === '' && value !== null) {
        value = null;
        renderValue();
        if (dirty === true && rules.length) validate(); else paint();
        if (o.onChange) o.onChange(value);
      }
    });
    paint();
    return {
      el: root, input: input,
      value: function () { return value; },
      validate: validate,
      resetValidation: function () { error = null; dirty = null; paint(); },
      focus: function () { input.focus(); },
      destroy: function () { hideMenu(); }
    };
  }

  function QOptionGroup(o) {
    var value = o.value === undefined ? null : o.value;
    var items = [];
    var root = h('div', { class: 'q-option-group q-gutter-x-sm' + (o.inline ? ' q-option-group--inline' : ''), role: 'radiogroup' });
    o.options.forEach(function (opt) {
      var nativeEl = h('input', { class: 'hidden q-radio__native q-ma-none q-pa-none', type: 'radio', name: o.name, value: opt.value });
      var svg = h('svg:svg', { class: 'q-radio__bg absolute non-selectable', viewBox: '0 0 24 24', 'aria-hidden': 'true' }, [
        h('svg:path', { d: RADIO_BG }), h('svg:path', { class: 'q-radio__check', d: RADIO_CHECK })
      ]);
      var innerEl = h('div', { class: 'q-radio__inner relative-position q-radio__inner--falsy', 'aria-hidden': 'true' }, [nativeEl, svg]);
      var el = h('div', { class: 'q-radio cursor-pointer no-outline row inline no-wrap items-center', tabindex: '0', role: 'radio', 'aria-label': opt.label, 'aria-checked': 'false' }, [
        innerEl, h('div', { class: 'q-radio__label q-anchor--skip', text: opt.label })
      ]);
      el.addEventListener('click', function (e) { e.preventDefault(); set(opt.value); });
      el.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') e.preventDefault(); });
      el.addEventListener('keyup', function (e) { if (e.key === 'Enter' || e.key === ' ') set(opt.value); });
      items.push({ opt: opt, el: el, inner: innerEl, nativeEl: nativeEl });
      root.appendChild(h('div', null, [el]));
    });
    function paint() {
      items.forEach(function (it) {
        var on = it.opt.value === value;
        it.el.setAttribute('aria-checked', on ? 'true' : 'false');
        it.inner.className = 'q-radio__inner relative-position q-radio__inner--' + (on ? 'truthy' : 'falsy');
        it.nativeEl.checked = on;
      });
    }
    function set(v) {
      if (v === value) return;
      value = v;
      paint();
      if (o.onChange) o.onChange(v);
    }
    paint();
    return { el: root, value: function () { return value; }, set: set };
  }

  function QForm(fields, onSubmit, children) {
    var form = h('form', { class: 'q-form' }, children);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      e.stopPropagation();
      var first = null;
      fields().forEach(function (f) { if (!f.validate() && !first) first = f; });
      if (first) { first.focus(); return; }
      onSubmit();
    });
    return form;
  }

  function QBanner(cls, iconName, text, iconCls) {
    return h('div', { class: 'q-banner row items-center ' + cls, role: 'alert' }, [
      iconName ? h('div', { class: 'q-banner__avatar col-auto row items-center self-start' }, [icon(iconName, iconCls)]) : null,
      h('div', { class: 'q-banner__content col text-body2' }, [text])
    ]);
  }

  function QSeparator() { return h('hr', { class: 'q-separator q-separator--horizontal', 'aria-orientation': 'horizontal' }); }

  function QTable(title, columns, rows) {
    var thead = h('thead', null, [h('tr', null, columns.map(function (c) { return h('th', { class: 'text-left', text: c.label }); }))]);
    var tbody = h('tbody', null, rows.map(function (r) {
      return h('tr', null, columns.map(function (c) { return h('td', { class: 'text-left', text: String(r[c.field]) }); }));
    }));
    return h('div', { class: 'q-table__container q-table--horizontal-separator column no-wrap q-table__card q-table--flat q-table--bordered q-table--no-wrap' }, [
      h('div', { class: 'q-table__top relative-position row items-center' }, [h('div', { class: 'q-table__control' }, [h('div', { class: 'q-table__title', text: title })])]),
      h('div', { class: 'q-table__middle q-virtual-scroll q-virtual-scroll--vertical scroll' }, [h('table', { class: 'q-table' }, [thead, tbody])]),
      h('div', { class: 'q-table__bottom row items-center justify-end' }, [h('div', { class: 'q-table__control' }, [h('span', { class: 'q-table__bottom-item', text: '1-' + rows.length + ' of ' + rows.length })])])
    ]);
  }

  function QStepper(titles) {
    var tabs = [];
    var header = h('div', { class: 'q-stepper__header row items-stretch justify-between q-stepper__header--standard-labels q-stepper__header--border' });
    titles.forEach(function (t) {
      var dot = h('span', { class: 'row flex-center' });
      var tab = h('div', { class: 'q-stepper__tab col-grow flex items-center no-wrap relative-position' }, [
        h('div', { class: 'q-stepper__dot row flex-center q-stepper__line relative-position' }, [dot]),
        h('div', { class: 'q-stepper__label q-stepper__line relative-position' }, [h('div', { class: 'q-stepper__title', text: t })])
      ]);
      tabs.push({ tab: tab, dot: dot });
      header.appendChild(tab);
    });
    var stepInner = h('div', { class: 'q-stepper__step-inner' });
    var panel = h('div', { class: 'q-panel scroll', role: 'tabpanel' }, [h('div', { class: 'q-stepper__step' }, [h('div', { class: 'q-stepper__step-content' }, [stepInner])])]);
    var contentEl = h('div', { class: 'q-stepper__content q-panel-parent' }, [panel]);
    var el = h('div', { class: 'q-stepper q-stepper--horizontal q-stepper--bordered relative-position' }, [header, contentEl]);
    function show(i, body, finished) {
      tabs.forEach(function (t, j) {
        var done = j < i || (finished && j === i);
        var active = j === i && !finished;
        t.tab.className = 'q-stepper__tab col-grow flex items-center no-wrap relative-position' + (active ? ' q-stepper__tab--active' : '') + (done ? ' q-stepper__tab--done' : '');
        clear(t.dot);
        if (active) t.dot.appendChild(icon('edit'));
        else if (done) t.dot.appendChild(icon('check'));
        else t.dot.textContent = String(j + 1);
      });
      clear(stepInner);
      stepInner.appendChild(body);
      transIn(panel, 'q-transition--fade', 300);
    }
    return { el: el, show: show };
  }

  function innerLoading(host) {
    var el = null;
    return {
      show: function () {
        if (el) return;
        el = h('div', { class: 'q-inner-loading absolute-full column flex-center', style: '--q-transition-duration: 300ms' }, [spinner('text-primary', 50)]);
        host.appendChild(el);
        transIn(el, 'q-transition--fade', 300);
      },
      hide: function () {
        if (!el) return;
        var e = el;
        el = null;
        transOut(e, 'q-transition--fade', 300, function () { e.remove(); });
      }
    };
  }

  /* ---------------- plugins: Dialog, Notify, Loading ---------------- */
  var dialogSeq = 0;
  var openDialogs = [];
  function QDialog(o) {
    var portal = null, inner = null, backdrop = null, shown = false, prevFocus = null;
    var self = {
      persistent: !!o.persistent,
      show: show,
      hide: hide,
      contains: function (n) { return !!inner && inner.contains(n); },
      focus: focusIn,
      shake: shake
    };
    function focusIn() {
      if (!inner) return;
      var n = inner.querySelector('[autofocus][tabindex], [data-autofocus][tabindex]') ||
        inner.querySelector('[autofocus] [tabindex], [data-autofocus] [tabindex]') ||
        inner.querySelector('[autofocus], [data-autofocus]') || inner;
      n.focus({ preventScroll: true });
    }
    function shake() {
      if (!inner) return;
      inner.classList.remove('q-animate--scale');
      void inner.offsetWidth;
      inner.classList.add('q-animate--scale');
      clearTimeout(inner.__qshake);
      inner.__qshake = setTimeout(function () { if (inner) inner.classList.remove('q-animate--scale'); }, 170);
    }
    function show() {
      if (shown) return;
      shown = true;
      dialogSeq++;
      prevFocus = doc.activeElement;
      backdrop = h('div', { class: 'q-dialog__backdrop fixed-full', 'aria-hidden': 'true', tabindex: '-1', style: '--q-transition-duration: 300ms' });
      inner = h('div', { class: 'q-dialog__inner flex no-pointer-events q-dialog__inner--minimized q-dialog__inner--standard fixed-full flex-center', tabindex: '-1', style: '--q-transition-duration: 300ms' }, [o.content]);
      var root = h('div', { class: 'q-dialog fullscreen no-pointer-events q-dialog--modal', role: 'dialog', 'aria-modal': 'true' }, [backdrop, inner]);
      portal = h('div', { id: 'q-portal--dialog--' + dialogSeq }, [root]);
      backdrop.addEventListener('click', function () { if (self.persistent) shake(); else hide(); });
      doc.body.appendChild(portal);
      doc.body.classList.add('q-body--prevent-scroll');
      openDialogs.push(self);
      transIn(backdrop, 'q-transition--fade', 300);
      transIn(inner, 'q-transition--scale', 300);
      if (doc.activeElement && doc.activeElement.blur) doc.activeElement.blur();
      setTimeout(focusIn, 0);
    }
    function hide() {
      if (!shown) return;
      shown = false;
      var i = openDialogs.indexOf(self);
      if (i > -1) openDialogs.splice(i, 1);
      var p = portal, b = backdrop, n = inner;
      portal = null; inner = null; backdrop = null;
      transOut(b, 'q-transition--fade', 300);
      transOut(n, 'q-transition--scale', 300, function () { p.remove(); });
      if (!openDialogs.length) doc.body.classList.remove('q-body--prevent-scroll');
      if (prevFocus && prevFocus.focus && doc.contains(prevFocus)) prevFocus.focus();
      if (o.onHide) o.onHide();
    }
    return self;
  }
  doc.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape' || !openDialogs.length) return;
    var top = openDialogs[openDialogs.length - 1];
    if (top.persistent) top.shake(); else top.hide();
  });
  doc.addEventListener('focusin', function (e) {
    if (!openDialogs.length) return;
    var top = openDialogs[openDialogs.length - 1];
    if (!top.contains(e.target)) top.focus();
  });
  function closeAllDialogs() { openDialogs.slice().forEach(function (d) { d.hide(); }); }

  var Dialog = {
    create: function (o) {
      var okFns = [], cancelFns = [], dismissFns = [], result = 'cancel';
      var kids = [];
      if (o.title) kids.push(h('div', { class: 'q-card__section q-card__section--vert q-dialog__title', text: o.title }));
      if (o.message) kids.push(h('div', { class: 'q-card__section q-card__section--vert q-dialog__message', text: o.message }));
      var btns = [];
      if (o.cancel) btns.push(QBtn({ label: o.cancel === true ? 'Cancel' : o.cancel, flat: true, color: 'primary', onClick: function () { result = 'cancel'; dlg.hide(); } }).el);
      btns.push(QBtn({ label: o.ok || 'OK', flat: true, color: 'primary', attrs: { 'data-autofocus': 'true' }, onClick: function () {
        result = 'ok';
        dlg.hide();
      } }).el);
      kids.push(h('div', { class: 'q-card__actions justify-end q-card__actions--horiz row' }, btns));
      var card = h('div', { class: 'q-card q-dialog-plugin' }, kids);
      var dlg = QDialog({
        content: card, persistent: !!o.persistent, onHide: function () {
          (result === 'ok' ? okFns : cancelFns).forEach(function (f) { f(); });
          setTimeout(function () { dismissFns.forEach(function (f) { f(); }); }, 300);
        }
      });
      dlg.show();
      var chain = {
        onOk: function (f) { okFns.push(f); return chain; },
        onCancel: function (f) { cancelFns.push(f); return chain; },
        onDismiss: function (f) { dismissFns.push(f); return chain; },
        hide: function () { dlg.hide(); return chain; }
      };
      return chain;
    }
  };

  var Notify = (function () {
    var lists = null;
    var groups = {};
    var TYPES = {
      positive: { icon: 'done', color: 'positive' },
      negative: { icon: 'report_problem', color: 'negative' },
      warning: { icon: 'warning', color: 'warning', textColor: 'dark' },
      info: { icon: 'info', color: 'info' }
    };
    function init() {
      lists = {};
      var root = h('div', { class: 'q-notifications' });
      ['top-left', 'top-right', 'bottom-left', 'bottom-right', 'top', 'bottom', 'left', 'center', 'right'].forEach(function (pos) {
        var vert = pos.indexOf('top') === 0 ? 'top' : (pos.indexOf('bottom') === 0 ? 'bottom' : 'center');
        var align = pos.indexOf('left') > -1 ? 'items-start' : (pos.indexOf('right') > -1 ? 'items-end' : 'items-center');
        var el = h('div', { class: 'q-notifications__list q-notifications__list--' + vert + ' fixed column no-wrap ' + (vert === 'center' ? 'justify-center ' : '') + align });
        lists[pos] = el;
        root.appendChild(el);
      });
      doc.body.appendChild(h('div', { id: 'q-notify' }, [root]));
    }
    function create(o) {
      if (!lists) init();
      var t = TYPES[o.type] || {};
      var color = o.color || t.color || 'grey-9';
      var textColor = o.textColor || t.textColor || 'white';
      var pos = o.position || 'bottom';
      var vert = pos.indexOf('top') === 0 ? 'top' : (pos.indexOf('bottom') === 0 ? 'bottom' : 'center');
      var timeout = o.timeout === undefined ? 5000 : o.timeout;
      var key = pos + '|' + (o.type || '') + '|' + o.message;
      var g = groups[key];
      if (g) {
        g.count++;
        g.badge.textContent = String(g.count);
        g.badge.style.display = '';
        g.badge.style.animation = 'none';
        void g.badge.offsetWidth;
        g.badge.style.animation = '';
        clearTimeout(g.timer);
        if (timeout > 0) g.timer = setTimeout(g.dismiss, timeout);
        return g.dismiss;
      }
      var badge = h('div', { class: 'q-notification__badge q-notification__badge--top-right', style: 'display: none' });
      var iconName = o.icon || t.icon;
      var el = h('div', { class: 'q-notification row items-stretch q-notification--standard bg-' + color + ' text-' + textColor, role: 'alert' }, [
        h('div', { class: 'q-notification__wrapper col relative-position border-radius-inherit row items-center' }, [
          h('div', { class: 'q-notification__content row items-center col' }, [
            iconName ? icon(iconName, 'q-notification__icon col-auto') : null,
            h('div', { class: 'q-notification__message col', text: o.message })
          ])
        ]),
        badge
      ]);
      var rec = { count: 1, badge: badge, timer: null, gone: false, dismiss: null };
      rec.dismiss = function () {
        if (rec.gone) return;
        rec.gone = true;
        clearTimeout(rec.timer);
        if (groups[key] === rec) delete groups[key];
        transOut(el, 'q-notification--' + vert, 1000, function () { el.remove(); });
      };
      groups[key] = rec;
      var list = lists[pos];
      if (vert === 'top') list.insertBefore(el, list.firstChild); else list.appendChild(el);
      transIn(el, 'q-notification--' + vert, 1000);
      if (timeout > 0) rec.timer = setTimeout(rec.dismiss, timeout);
      return rec.dismiss;
    }
    return { create: create };
  })();

  var Loading = (function () {
    var el = null, portalEl = null;
    return {
      show: function (o) {
        if (el) return;
        el = h('div', { class: 'q-loading fullscreen flex flex-center z-max', style: '--q-transition-duration: 300ms' }, [
          h('div', { class: 'q-loading__backdrop' }),
          h('div', { class: 'column items-center' }, [
            spinner('text-white', 80),
            o && o.message ? h('div', { class: 'q-loading__message text-white', text: o.message }) : null
          ])
        ]);
        portalEl = h('div', { id: 'q-loading' }, [el]);
        doc.body.appendChild(portalEl);
        doc.body.classList.add('q-body--loading');
        transIn(el, 'q-transition--fade', 300);
      },
      hide: function () {
        if (!el) return;
        var e = el, p = portalEl;
        el = null; portalEl = null;
        doc.body.classList.remove('q-body--loading');
        transOut(e, 'q-transition--fade', 300, function () { p.remove(); });
      }
    };
  })();

  /* ---------------- http (axios-like over XMLHttpRequest) ---------------- */
  var expiring = false;
  function sessionExpired(message) {
    store.user = null;
    if (expiring) return;
    expiring = true;
    setTimeout(function () { expiring = false; }, 1000);
    Loading.hide();
    closeAllDialogs();
    Notify.create({ type: 'negative', message: message || 'Your session has expired. Please login again.' });
    go('/login?expired=1', true);
  }
  function api(method, url, body, opts) {
    return new Promise(function (resolve, reject) {
      var x = new XMLHttpRequest();
      x.open(method, url, true);
      x.setRequestHeader('Accept', 'application/json, text/plain, */*');
      x.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
      if (body !== undefined) x.setRequestHeader('Content-Type', 'application/json');
      x.onload = function () {
        var data = null;
        try { data = JSON.parse(x.responseText); } catch (e) { data = null; }
        if (x.status >= 200 && x.status < 300) { resolve(data || {}); return; }
        var err = { status: x.status, data: data || {}, handled: false };
        if (x.status === 401 && !(opts && opts.silent401)) { err.handled = true; sessionExpired(err.data.message); }
        reject(err);
      };
      x.onerror = function () {
        Notify.create({ type: 'negative', message: 'Unable to connect to the server. Please try again.' });
        reject({ status: 0, data: {}, handled: true });
      };
      x.send(body !== undefined ? JSON.stringify(body) : null);
    });
  }
  function errMessage(err, fallback) { return (err && err.data && err.data.message) || fallback; }
  function req(msg) { return function (v) { return (v !== null && v !== undefined && String(v).trim().length > 0) || msg; }; }

  /* ---------------- store, router ---------------- */
  var store = { user: null, contactPopup: false };
  var MENU = [
    { label: 'Dashboard', icon: 'dashboard', to: '/dashboard' },
    { label: 'e-Invoice', icon: 'receipt', children: [
      { label: 'Generate', to: '/einvoice/generate' },
      { label: 'Cancel', to: '/einvoice/cancel' },
      { label: 'Print', to: '/einvoice/print' },
      { label: 'Bulk Upload', to: '/einvoice/bulk-upload' }
    ] },
    { label: 'MIS Reports', icon: 'bar_chart', children: [
      { label: 'IRN Details', to: '/mis-reports/irn-details' },
      { label: 'Summary Report', to: '/mis-reports/summary' }
    ] },
    { label: 'API Registration', icon: 'vpn_key', children: [
      { label: 'User Credentials', children: [
        { label: 'Create API User', to: '/api-registration/user-credentials/create-api-user' },
        { label: 'Change API Password', to: '/api-registration/user-credentials/change-api-password' },
        { label: 'Freeze API User', to: '/api-registration/user-credentials/freeze-api-user' }
      ] },
      { label: 'IP Whitelisting', to: '/api-registration/ip-whitelisting' }
    ] },
    { label: 'User Management', icon: 'group', children: [
      { label: 'Create Sub-User', to: '/user-management/create-sub-user' },
      { label: 'Update Sub-User', to: '/user-management/update-sub-user' }
    ] }
  ];
  var ROUTES = {
    '/': { layout: 'public', title: 'Home', page: HomePage },
    '/login': { layout: 'public', title: 'Login', page: LoginPage },
    '/dashboard': { layout: 'main', auth: true, title: 'Dash Board', page: DashboardPage },
    '/api-registration/user-credentials/create-api-user': { layout: 'main', auth: true, title: 'Create API User', page: CreateApiUserPage }
  };
  (function addPlaceholders(items, trail) {
    items.forEach(function (it) {
      var t = trail.concat([it.label]);
      if (it.children) addPlaceholders(it.children, t);
      else if (!ROUTES[it.to]) ROUTES[it.to] = { layout: 'main', auth: true, title: it.label, page: placeholderPage(t) };
    });
  })(MENU, []);

  var app = null;
  var current = { layoutType: null, layout: null, cleanup: null };
  function go(path, replace) {
    if (replace) history.replaceState({}, '', path); else history.pushState({}, '', path);
    render();
  }
  function query() {
    var q = {};
    location.search.replace(/^\?/, '').split('&').forEach(function (p) {
      if (!p) return;
      var i = p.indexOf('=');
      q[decodeURIComponent(i < 0 ? p : p.slice(0, i))] = i < 0 ? '' : decodeURIComponent(p.slice(i + 1));
    });
    return q;
  }
  function render() {
    var path = location.pathname.replace(/\/+$/, '') || '/';
    var route = ROUTES[path];
    if (!route) { go('/', true); return; }
    if (route.auth && !store.user) { go('/login?expired=1', true); return; }
    if (path === '/login' && store.user) { go('/dashboard', true); return; }
    if (current.cleanup) { try { current.cleanup(); } catch (e) { /* ignore */ } current.cleanup = null; }
    closeAllDialogs();
    if (current.layoutType !== route.layout || !current.layout) {
      if (current.layout) current.layout.destroy();
      current.layout = route.layout === 'main' ? MainLayout() : PublicLayout();
      current.layoutType = route.layout;
      clear(app);
      app.appendChild(current.layout.el);
      current.layout.mounted();
    }
    var pageEl = current.layout.page;
    clear(pageEl);
    current.layout.route(path);
    doc.title = route.title + ' | e-Invoice System';
    window.scrollTo(0, 0);
    current.cleanup = route.page(pageEl, query()) || null;
  }

  /* ---------------- layouts ---------------- */
  function brandTitle() {
    return h('div', { class: 'q-toolbar__title ellipsis' }, [
      h('div', { class: 'row items-center no-wrap' }, [
        h('img', { class: 'app-logo q-mr-sm', src: EMBLEM, alt: '' }),
        h('div', null, [h('div', { text: 'e-Invoice System' }), h('div', { class: 'text-caption', style: 'line-height: 1rem; opacity: .85', text: 'Invoice Registration Portal' })])
      ])
    ]);
  }
  function PublicLayout() {
    var homeBtn = QBtn({ flat: true, noCaps: true, label: 'Home', icon: 'home', onClick: function () { go('/'); } });
    var helpBtn = QBtn({ flat: true, noCaps: true, label: 'Help', icon: 'help', onClick: function () {
      Dialog.create({ title: 'Help', message: 'For assistance, contact the e-Invoice helpdesk at 1800-103-4786 or write to support.einvoice1@gst.gov.in.' });
    } });
    var loginBtn = QBtn({ unelevated: true, color: 'white', textColor: 'primary', label: 'Login', cls: 'q-ml-sm', onClick: function () { go('/login'); } });
    var toolbar = h('div', { class: 'q-toolbar row no-wrap items-center', role: 'toolbar', style: 'min-height: 64px' }, [brandTitle(), homeBtn.el, helpBtn.el, loginBtn.el]);
    var header = h('header', { class: 'q-header q-layout__section--marginal fixed-top q-header--elevated' }, [toolbar]);
    var page = h('main', { class: 'q-page public-page' });
    var pc = h('div', { class: 'q-page-container' }, [page]);
    var el = h('div', { class: 'q-layout q-layout--standard', tabindex: '-1' }, [header, pc]);
    function fit() {
      pc.style.paddingTop = header.offsetHeight + 'px';
      el.style.minHeight = window.innerHeight + 'px';
      page.style.minHeight = (window.innerHeight - header.offsetHeight) + 'px';
    }
    window.addEventListener('resize', fit);
    return {
      el: el, page: page,
      mounted: fit,
      route: function (path) { loginBtn.el.style.display = path === '/login' ? 'none' : ''; },
      destroy: function () { window.removeEventListener('resize', fit); }
    };
  }

  function MainLayout() {
    var mobile = window.innerWidth <= BREAKPOINT;
    var open = !mobile;
    var leaves = [];
    var groupMembers = [];
    var animTimer = null;
    var menuBtn = QBtn({ flat: true, dense: true, round: true, icon: 'menu', ariaLabel: 'Menu', onClick: toggle });
    var user = store.user || {};
    var who = h('div', { class: 'text-right q-mr-md', style: 'line-height: 1.2' }, [
      h('div', { class: 'text-subtitle2', text: user.tradeName || '' }),
      h('div', { class: 'text-caption', text: 'GSTIN: ' + (user.gstin || '') })
    ]);
    var logoutBtn = QBtn({ flat: true, noCaps: true, icon: 'logout', label: 'Logout', onClick: logout });
    var header = h('header', { class: 'q-header q-layout__section--marginal fixed-top q-header--elevated' }, [
      h('div', { class: 'q-toolbar row no-wrap items-center', role: 'toolbar' }, [
        menuBtn.el,
        h('div', { class: 'q-toolbar__title ellipsis', text: 'e-Invoice System' }),
        who, logoutBtn.el
      ])
    ]);

    function leaf(item, pad) {
      var a = h('a', { class: 'q-item q-item-type row no-wrap q-item--clickable q-link cursor-pointer q-focusable q-hoverable', href: item.to, tabindex: '0', style: pad ? 'padding-left: ' + pad + 'px' : null }, [
        h('div', { class: 'q-focus-helper', tabindex: '-1' }),
        item.icon ? h('div', { class: 'q-item__section column q-item__section--side justify-center q-item__section--avatar' }, [icon(item.icon)]) : null,
        h('div', { class: 'q-item__section column q-item__section--main justify-center' }, [h('div', { class: 'q-item__label', text: item.label })])
      ]);
      a.addEventListener('click', function (e) {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        go(item.to);
      });
      leaves.push({ el: a, to: item.to });
      return a;
    }
    function expansion(item, pad, childPad, grouped) {
      var cid = uid();
      var isOpen = false;
      var toggleIcon = icon('keyboard_arrow_down', 'q-expansion-item__toggle-icon');
      var head = h('div', {
        class: 'q-item q-item-type row no-wrap q-item--clickable q-link cursor-pointer q-focusable q-hoverable', tabindex: '0',
        role: 'button', 'aria-expanded': 'false', 'aria-controls': cid, 'aria-label': 'Expand "' + item.label + '"',
        style: pad ? 'padding-left: ' + pad + 'px' : null
      }, [
        h('div', { class: 'q-focus-helper', tabindex: '-1' }),
        item.icon ? h('div', { class: 'q-item__section column q-item__section--side justify-center q-item__section--avatar' }, [icon(item.icon)]) : null,
        h('div', { class: 'q-item__section column q-item__section--main justify-center' }, [h('div', { class: 'q-item__label', text: item.label })]),
        h('div', { class: 'q-item__section column q-item__section--side justify-center' }, [toggleIcon])
      ]);
      var body = h('div', { class: 'q-expansion-item__content relative-position', id: cid, style: 'display: none' });
      item.children.forEach(function (c) {
        body.appendChild(c.children ? expansion(c, childPad, childPad + 16, false).el : leaf(c, childPad));
      });
      var root = h('div', { class: 'q-expansion-item q-item-type q-expansion-item--collapsed q-expansion-item--standard' }, [
        h('div', { class: 'q-expansion-item__container relative-position' }, [head, body])
      ]);
      var me = { el: root, set: set };
      function set(v) {
        if (v === isOpen) return;
        isOpen = v;
        root.classList.toggle('q-expansion-item--expanded', v);
        root.classList.toggle('q-expansion-item--collapsed', !v);
        toggleIcon.classList.toggle('q-expansion-item__toggle-icon--rotated', v);
        head.setAttribute('aria-expanded', v ? 'true' : 'false');
        head.setAttribute('aria-label', (v ? 'Collapse "' : 'Expand "') + item.label + '"');
        slide(body, v);
        if (v && grouped) groupMembers.forEach(function (m) { if (m !== me) m.set(false); });
      }
      head.addEventListener('click', function () { set(!isOpen); });
      head.addEventListener('keydown', function (e) { if (e.key === ' ' || e.key === 'Enter') e.preventDefault(); });
      head.addEventListener('keyup', function (e) { if (e.key === 'Enter' || e.key === ' ') set(!isOpen); });
      if (grouped) groupMembers.push(me);
      return me;
    }
    var list = h('div', { class: 'q-list' }, [h('div', { class: 'q-item__label q-item__label--header', text: 'Main Menu' })]);
    MENU.forEach(function (item) { list.appendChild(item.children ? expansion(item, 0, 60, true).el : leaf(item, 0)); });
    var brand = h('div', { class: 'app-brand row items-center no-wrap bg-primary text-white' }, [
      h('img', { src: EMBLEM, alt: '' }), h('div', { text: 'e-Invoice' })
    ]);
    var aside = h('aside', { class: 'q-drawer q-drawer--left q-drawer--bordered q-drawer--standard fixed' }, [
      h('div', { class: 'q-drawer__content fit scroll' }, [brand, QSeparator(), list])
    ]);
    var backdrop = h('div', { class: 'fullscreen q-drawer__backdrop hidden', 'aria-hidden': 'true' });
    backdrop.addEventListener('click', function () { if (mobile && open) toggle(); });
    var drawerContainer = h('div', { class: 'q-drawer-container' }, [
      h('div', { class: 'q-drawer__opener fixed-left', 'aria-hidden': 'true' }), backdrop, aside
    ]);
    var page = h('main', { class: 'q-page q-layout-padding main-page' });
    var pc = h('div', { class: 'q-page-container' }, [page]);
    var el = h('div', { class: 'q-layout q-layout--standard', tabindex: '-1' }, [header, drawerContainer, pc]);

    function paint() {
      var space = open && !mobile;
      aside.className = 'q-drawer q-drawer--left q-drawer--bordered ' + (mobile ? 'q-drawer--mobile q-drawer--on-top' : 'q-drawer--standard') + ' fixed' + (open ? '' : ' q-layout--prevent-focus');
      aside.style.width = DRAWER_WIDTH + 'px';
      aside.style.transform = open ? 'translateX(0px)' : 'translateX(-' + DRAWER_WIDTH + 'px)';
      backdrop.classList.toggle('hidden', !(mobile && open));
      backdrop.style.backgroundColor = mobile && open ? 'rgba(0,0,0,0.4)' : '';
      header.style.left = space ? DRAWER_WIDTH + 'px' : '0px';
      pc.style.paddingLeft = space ? DRAWER_WIDTH + 'px' : '';
      pc.style.paddingTop = header.offsetHeight + 'px';
      el.style.minHeight = window.innerHeight + 'px';
      page.style.minHeight = (window.innerHeight - header.offsetHeight) + 'px';
    }
    function toggle() {
      open = !open;
      doc.body.classList.add('q-body--layout-animate');
      clearTimeout(animTimer);
      animTimer = setTimeout(function () { doc.body.classList.remove('q-body--layout-animate'); }, 150);
      paint();
    }
    function onResize() {
      var m = window.innerWidth <= BREAKPOINT;
      if (m !== mobile) { mobile = m; open = !m; }
      paint();
    }
    function logout() {
      api('POST', '/api/auth/logout', {}).then(function (r) {
        store.user = null;
        Notify.create({ type: 'positive', message: r.message || 'You have been logged out successfully.' });
        go('/');
      }, function () { store.user = null; go('/'); });
    }
    window.addEventListener('resize', onResize);
    return {
      el: el, page: page,
      mounted: function () {
        paint();
        if (store.contactPopup) { store.contactPopup = false; showContactPopup(); }
      },
      route: function (path) {
        leaves.forEach(function (l) {
          var on = l.to === path;
          l.el.classList.toggle('q-router-link--active', on);
          l.el.classList.toggle('q-router-link--exact-active', on);
          l.el.classList.toggle('q-item--active', on);
        });
        if (mobile && open) { open = false; paint(); }
      },
      destroy: function () { window.removeEventListener('resize', onResize); }
    };
  }

  function showContactPopup() {
    api('GET', '/api/technical-contact').then(function (c) {
      var name = QInput({ label: 'Name', value: c.name, dense: true, rules: [req('Please enter the name')] });
      var mobileIn = QInput({ label: 'Mobile Number', value: c.mobile, dense: true, maxlength: 10, inputmode: 'numeric', rules: [function (v) { return /^[6-9]\d{9}$/.test(v) || 'Please enter a valid 10 digit mobile number'; }] });
      var email = QInput({ label: 'E-mail', value: c.email, dense: true, rules: [function (v) { return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v) || 'Please enter a valid e-mail address'; }] });
      var closeBtn = QBtn({ icon: 'close', flat: true, round: true, dense: true, onClick: function () { dlg.hide(); } });
      var updateBtn = QBtn({ label: 'Update', unelevated: true, color: 'primary', type: 'submit' });
      var exitBtn = QBtn({ label: 'Exit', unelevated: true, color: 'negative', onClick: function () { dlg.hide(); } });
      var form = QForm(function () { return [name, mobileIn, email]; }, function () {
        updateBtn.setLoading(true);
        api('POST', '/api/technical-contact', { name: name.value().trim(), mobile: mobileIn.value().trim(), email: email.value().trim() }).then(function (r) {
          Notify.create({ type: 'positive', message: r.message });
          dlg.hide();
        }, function (err) {
          if (!err.handled) Notify.create({ type: 'negative', message: errMessage(err, 'Unable to update the contact details.') });
        }).then(function () { updateBtn.setLoading(false); });
      }, [
        h('div', { class: 'q-card__section q-card__section--vert row items-center q-pb-none' }, [
          h('div', { class: 'text-h6', text: 'Contacts of Technical Person' }), h('div', { class: 'q-space' }), closeBtn.el
        ]),
        h('div', { class: 'q-card__section q-card__section--vert' }, [
          h('div', { class: 'text-body2 text-grey-8 q-mb-md', text: 'Please verify the details of the technical person of your organisation. Communication regarding e-Invoice APIs will be sent to this contact.' }),
          name.el, mobileIn.el, email.el
        ]),
        h('div', { class: 'q-card__actions justify-end q-card__actions--horiz row' }, [updateBtn.el, exitBtn.el])
      ]);
      var card = h('div', { class: 'q-card', style: 'width: 560px; max-width: 90vw' }, [form]);
      var dlg = QDialog({ content: card, persistent: true });
      dlg.show();
    }, function () { /* handled by interceptor */ });
  }

  /* ---------------- pages ---------------- */
  function HomePage(host) {
    var updates = [
      ['01-04-2025', 'Two-factor authentication (2FA) is mandatory for all users of the e-Invoice System.'],
      ['15-02-2025', 'OTP can also be received through the Sandes app and the NIC-GST-Shield app.'],
      ['01-11-2024', 'Time limit of 30 days for reporting e-Invoices applies to taxpayers with AATO of Rs. 10 Cr and above.'],
      ['01-08-2023', 'e-Invoicing is applicable to taxpayers with aggregate turnover above Rs. 5 Cr.']
    ];
    var updatesList = h('div', { class: 'q-list q-list--separator' }, updates.map(function (u) {
      return h('div', { class: 'q-item q-item-type row no-wrap' }, [
        h('div', { class: 'q-item__section column q-item__section--side justify-center q-item__section--avatar text-primary' }, [icon('campaign')]),
        h('div', { class: 'q-item__section column q-item__section--main justify-center' }, [
          h('div', { class: 'q-item__label', text: u[1] }),
          h('div', { class: 'q-item__label q-item__label--caption text-caption', text: u[0] })
        ])
      ]);
    }));
    host.appendChild(h('div', { class: 'q-pa-lg' }, [
      h('div', { class: 'home-hero q-pa-xl q-mb-lg' }, [
        h('div', { class: 'text-h4 q-mb-sm', text: 'e-Invoice System' }),
        h('div', { class: 'text-subtitle1', text: 'Report your B2B invoices to the Invoice Registration Portal (IRP) and obtain the Invoice Reference Number (IRN) and the signed QR code.' })
      ]),
      h('div', { class: 'row q-col-gutter-lg' }, [
        h('div', { class: 'col-12 col-md-8' }, [
          h('div', { class: 'q-card' }, [
            h('div', { class: 'q-card__section q-card__section--vert' }, [h('div', { class: 'text-h6', text: 'Latest Updates' })]),
            QSeparator(), updatesList
          ])
        ]),
        h('div', { class: 'col-12 col-md-4' }, [
          h('div', { class: 'q-card' }, [
            h('div', { class: 'q-card__section q-card__section--vert' }, [
              h('div', { class: 'text-h6 q-mb-sm', text: 'Services' }),
              h('div', { class: 'text-body2 q-mb-xs', text: 'Generation and cancellation of IRN' }),
              h('div', { class: 'text-body2 q-mb-xs', text: 'Bulk upload of invoices' }),
              h('div', { class: 'text-body2 q-mb-xs', text: 'API access for taxpayers and GSPs' }),
              h('div', { class: 'text-body2', text: 'MIS reports' })
            ])
          ])
        ])
      ]),
      h('div', { class: 'text-caption text-grey-7 text-center q-mt-xl', text: 'Designed and developed by National Informatics Centre. Content owned by GST Network.' })
    ]));
  }

  function LoginPage(host, q) {
    var alive = true;
    var wrap = h('div', { class: 'row justify-center q-pa-xl' });
    var card = h('div', { class: 'q-card login-card relative-position' });
    wrap.appendChild(card);
    host.appendChild(wrap);
    function capUrl() { return '/api/auth/captcha?t=' + Date.now(); }
    function cardHead(title, sub) {
      return h('div', { class: 'q-card__section q-card__section--vert bg-primary text-white' }, [
        h('div', { class: 'text-h6', text: title }), h('div', { class: 'text-caption', text: sub })
      ]);
    }
    function credentials(showExpired) {
      clear(card);
      var user = QInput({ label: 'Username', autocomplete: 'username', maxlength: 15, autofocus: true, rules: [req('Please enter the username')] });
      var pwd = QInput({ label: 'Password', type: 'password', toggle: true, autocomplete: 'current-password', rules: [req('Please enter the password')] });
      var capImg = h('img', { class: 'captcha-img', src: capUrl(), alt: 'Captcha', width: '160', height: '50' });
      var refresh = QBtn({ flat: true, round: true, dense: true, icon: 'refresh', color: 'primary', ariaLabel: 'Refresh Captcha', onClick: function () { capImg.src = capUrl(); } });
      var cap = QInput({ label: 'Enter Captcha', maxlength: 5, autocomplete: 'off', rules: [req('Please enter the captcha')] });
      var btn = QBtn({ label: 'Login', type: 'submit', unelevated: true, color: 'primary', cls: 'full-width' });
      var forgot = h('div', { class: 'row justify-between q-mt-sm' }, [
        QBtn({ label: 'Forgot Username', flat: true, noCaps: true, dense: true, color: 'primary', onClick: forgotInfo }).el,
        QBtn({ label: 'Forgot Password', flat: true, noCaps: true, dense: true, color: 'primary', onClick: forgotInfo }).el
      ]);
      var form = QForm(function () { return [user, pwd, cap]; }, function () {
        btn.setLoading(true);
        api('POST', '/api/auth/login', { username: user.value().trim(), password: pwd.value(), captcha: cap.value().trim() }).then(function (r) {
          if (alive) otpStep(r);
        }, function (err) {
          if (err.handled || !alive) return;
          Notify.create({ type: 'negative', message: errMessage(err, 'Login failed. Please try again.') });
          capImg.src = capUrl();
          cap.setValue('');
          cap.resetValidation();
          if (err.data && err.data.code === 'INVALID_CAPTCHA') cap.focus();
          else { pwd.setValue(''); pwd.resetValidation(); pwd.focus(); }
        }).then(function () { btn.setLoading(false); });
      }, [
        user.el, pwd.el,
        h('div', { class: 'row items-center q-gutter-sm q-mb-md' }, [capImg, refresh.el]),
        cap.el, btn.el
      ]);
      add(card, [
        cardHead('Login', 'Login to e-Invoice System'),
        h('div', { class: 'q-card__section q-card__section--vert' }, [
          showExpired ? h('div', { class: 'q-mb-md' }, [QBanner('bg-orange-1 text-dark', 'warning', 'Your session has expired. Please login again.', 'text-warning')]) : null,
          form, forgot
        ])
      ]);
    }
    function forgotInfo() {
      Notify.create({ type: 'info', message: 'Please use the common GST portal to recover your username or password.' });
    }
    function otpStep(r) {
      clear(card);
      var otp = QInput({ label: 'Enter OTP', maxlength: 6, inputmode: 'numeric', autocomplete: 'one-time-code', autofocus: true, rules: [req('Please enter the OTP'), function (v) { return /^\d{6}$/.test(v.trim()) || 'OTP must be 6 digits'; }] });
      var verify = QBtn({ label: 'Verify OTP', type: 'submit', unelevated: true, color: 'primary', cls: 'full-width' });
      var resend = QBtn({ label: 'Resend OTP', flat: true, noCaps: true, color: 'primary', onClick: function () {
        resend.setLoading(true);
        api('POST', '/api/auth/otp/resend', {}).then(function (x) {
          Notify.create({ type: 'positive', message: x.message });
        }, function (err) {
          if (!err.handled) Notify.create({ type: 'negative', message: errMessage(err, 'Unable to send the OTP.') });
        }).then(function () { resend.setLoading(false); });
      } });
      var back = QBtn({ label: 'Back to Login', flat: true, noCaps: true, color: 'grey-8', onClick: function () { credentials(false); } });
      var form = QForm(function () { return [otp]; }, function () {
        verify.setLoading(true);
        api('POST', '/api/auth/otp/verify', { otp: otp.value().trim() }).then(function (x) {
          store.user = x.user;
          store.contactPopup = true;
          go('/dashboard');
        }, function (err) {
          verify.setLoading(false);
          if (err.handled || !alive) return;
          Notify.create({ type: 'negative', message: errMessage(err, 'Invalid OTP.') });
          otp.setValue('');
          otp.resetValidation();
          otp.focus();
        });
      }, [otp.el, verify.el]);
      add(card, [
        cardHead('Verify OTP', 'Two-factor authentication'),
        h('div', { class: 'q-card__section q-card__section--vert' }, [
          h('div', { class: 'text-body2 q-mb-md', text: 'An OTP has been sent to your registered mobile number ' + (r.mobile || '') + '. You may also use the OTP shown in the Sandes app or the NIC-GST-Shield app.' }),
          form,
          h('div', { class: 'row justify-between q-mt-sm' }, [back.el, resend.el])
        ])
      ]);
    }
    credentials(q.expired === '1');
    return function () { alive = false; };
  }

  function pageTitle(text, trail) {
    var crumbs = h('div', { class: 'flex items-center justify-start q-gutter-sm' });
    trail.forEach(function (t, i) {
      if (i) crumbs.appendChild(h('div', { class: 'q-breadcrumbs__separator' }, [icon('chevron_right')]));
      crumbs.appendChild(h('div', { class: 'flex items-center' + (i === trail.length - 1 ? ' q-breadcrumbs--last' : ' text-primary') }, [h('span', { class: 'q-breadcrumbs__el', text: t })]));
    });
    return h('div', { class: 'q-mb-md' }, [
      h('div', { class: 'q-breadcrumbs text-caption q-mb-xs' }, [crumbs]),
      h('div', { class: 'text-h5 text-weight-medium', text: text })
    ]);
  }

  function DashboardPage(host) {
    var alive = true;
    host.appendChild(pageTitle('Dash Board', ['Home', 'Dash Board']));
    var cards = h('div', { class: 'row q-col-gutter-md relative-position', style: 'min-height: 150px' });
    host.appendChild(cards);
    var il = innerLoading(cards);
    il.show();
    api('GET', '/api/dashboard').then(function (d) {
      if (!alive) return;
      [['Generations', d.generated, 'IRNs generated (' + d.period + ')', 'text-primary'],
        ['Cancelled', d.cancelled, 'IRNs cancelled (' + d.period + ')', 'text-negative'],
        ['Bulk Uploads', d.bulkUploads, 'Files uploaded (' + d.period + ')', 'text-secondary'],
        ['API Users', d.apiUsers, 'Active API users for this GSTIN', 'text-accent']].forEach(function (c) {
        cards.appendChild(h('div', { class: 'col-12 col-md-3' }, [
          h('div', { class: 'q-card dash-card' }, [
            h('div', { class: 'q-card__section q-card__section--vert' }, [
              h('div', { class: 'text-subtitle2 text-grey-8', text: c[0] }),
              h('div', { class: 'dash-count ' + c[3], text: String(c[1]) }),
              h('div', { class: 'text-caption text-grey-7', text: c[2] })
            ])
          ])
        ]));
      });
    }, function () { /* interceptor */ }).then(function () { il.hide(); });
    host.appendChild(h('div', { class: 'q-card q-mt-lg' }, [
      h('div', { class: 'q-card__section q-card__section--vert' }, [
        h('div', { class: 'text-h6', text: 'Notices' }),
        h('div', { class: 'text-body2 text-grey-8', text: 'API users for GSPs are managed under API Registration. Keep the credentials of your API users confidential.' })
      ])
    ]));
    return function () { alive = false; };
  }

  function placeholderPage(trail) {
    return function (host) {
      host.appendChild(pageTitle(trail[trail.length - 1], ['Home'].concat(trail)));
      host.appendChild(h('div', { class: 'q-card' }, [
        h('div', { class: 'q-card__section q-card__section--vert' }, [
          QBanner('bg-blue-1 text-dark', 'info', 'This service is temporarily unavailable. Please try again later.', 'text-info')
        ])
      ]));
    };
  }

  function CreateApiUserPage(host) {
    var alive = true;
    var gspSelect = null;
    host.appendChild(pageTitle('API Registration', ['Home', 'API Registration', 'User Credentials', 'Create API User']));
    var stepper = QStepper(['Verify OTP', 'Registration Details', 'Status']);
    host.appendChild(stepper.el);
    var il = innerLoading(stepper.el);

    /* step 1: OTP */
    var info = h('div', { class: 'text-body1 q-mb-md', text: 'Sending OTP to your registered mobile number...' });
    var otp = QInput({ label: 'Enter OTP', maxlength: 6, inputmode: 'numeric', autocomplete: 'one-time-code', rules: [req('Please enter the OTP'), function (v) { return /^\d{6}$/.test(v.trim()) || 'OTP must be 6 digits'; }] });
    var verifyBtn = QBtn({ label: 'Verify OTP', type: 'submit', unelevated: true, color: 'primary' });
    var resendBtn = QBtn({ label: 'Resend OTP', flat: true, color: 'primary', onClick: sendOtp });
    var otpForm = QForm(function () { return [otp]; }, verifyOtp, [otp.el, h('div', { class: 'row q-gutter-sm' }, [verifyBtn.el, resendBtn.el])]);
    var step1 = h('div', null, [
      h('div', { class: 'text-subtitle1 text-weight-medium q-mb-xs', text: 'OTP Verification' }),
      info,
      h('div', { style: 'max-width: 380px' }, [otpForm])
    ]);
    stepper.show(0, step1);
    sendOtp();

    function sendOtp() {
      il.show();
      api('POST', '/api/api-registration/otp/send', {}).then(function (r) {
        if (!alive) return;
        info.textContent = 'An OTP has been sent to your registered mobile number ' + r.mobile + '. Enter the OTP below and click Verify OTP.';
        Notify.create({ type: 'positive', message: r.message });
        otp.focus();
      }, function (err) {
        if (err.handled || !alive) return;
        Notify.create({ type: 'negative', message: errMessage(err, 'Unable to send the OTP. Please try again.') });
      }).then(function () { il.hide(); });
    }
    function verifyOtp() {
      verifyBtn.setLoading(true);
      api('POST', '/api/api-registration/otp/verify', { otp: otp.value().trim() }).then(function (r) {
        if (!alive) return;
        Notify.create({ type: 'positive', message: r.message || 'OTP verified successfully.' });
        loadForm();
      }, function (err) {
        if (err.handled || !alive) return;
        Notify.create({ type: 'negative', message: errMessage(err, 'Invalid OTP.') });
        otp.setValue('');
        otp.resetValidation();
        otp.focus();
      }).then(function () { verifyBtn.setLoading(false); });
    }

    /* step 2: registration form */
    function loadForm() {
      il.show();
      api('GET', '/api/api-registration/gsps').then(function (r) {
        if (!alive) return;
        stepper.show(1, buildForm(r.gsps || []));
      }, function (err) {
        if (err.handled || !alive) return;
        Notify.create({ type: 'negative', message: errMessage(err, 'Unable to load the list of GSPs.') });
      }).then(function () { il.hide(); });
    }
    function buildForm(gsps) {
      if (gspSelect) gspSelect.destroy();
      var notAvailable = {
        DIRECT: 'Direct API integration is available only to taxpayers whose aggregate turnover exceeds the limit notified by GSTN. Your GSTIN is not eligible for direct integration.',
        ERP: 'No ERP is registered for your GSTIN. Please register through a GSP.',
        OTHER: 'No Client-Id has been shared with your GSTIN by another taxpayer.'
      };
      var modeInfo = h('div', { class: 'q-mb-md', style: 'display: none' });
      var gspBlock = h('div', { style: 'display: none' });
      var mode = QOptionGroup({
        name: 'registrationType', inline: true,
        options: [
          { label: 'Directly', value: 'DIRECT' },
          { label: 'Through GSP', value: 'GSP' },
          { label: 'Through ERP', value: 'ERP' },
          { label: 'Through Client-Id of other', value: 'OTHER' }
        ],
        onChange: function (v) {
          gspBlock.style.display = v === 'GSP' ? '' : 'none';
          clear(modeInfo);
          if (notAvailable[v]) { modeInfo.appendChild(QBanner('bg-orange-1 text-dark', 'info', notAvailable[v], 'text-warning')); modeInfo.style.display = ''; }
          else modeInfo.style.display = 'none';
        }
      });
      gspSelect = QSelect({ label: 'Select your GSP *', options: gsps, rules: [function (v) { return !!v || 'Please select your GSP'; }] });
      var uname = QInput({ label: 'Username *', prefix: 'API_', stackLabel: true, maxlength: 15, autocomplete: 'off', hint: '4 to 15 characters, letters and digits only', rules: [req('Please enter the username'), function (v) { return /^[A-Za-z0-9]{4,15}$/.test(v.trim()) || 'Username must be 4 to 15 letters or digits'; }] });
      var pw1 = QInput({ label: 'Password *', type: 'password', toggle: true, maxlength: 15, autocomplete: 'new-password', hint: '8 to 15 characters with upper case, lower case, digit and special character', rules: [req('Please enter the password'), function (v) { return PWD_RULE.test(v) || 'Password must be 8 to 15 characters with at least one upper case letter, lower case letter, digit and special character'; }] });
      var pw2 = QInput({ label: 'Re-enter Password *', type: 'password', toggle: true, maxlength: 15, autocomplete: 'new-password', rules: [req('Please re-enter the password'), function (v) { return v === pw1.value() || 'Passwords do not match'; }] });
      add(gspBlock, [
        h('div', { class: 'row q-col-gutter-md' }, [
          h('div', { class: 'col-12 col-md-6' }, [gspSelect.el]),
          h('div', { class: 'col-12 col-md-6' }, [uname.el]),
          h('div', { class: 'col-12 col-md-6' }, [pw1.el]),
          h('div', { class: 'col-12 col-md-6' }, [pw2.el])
        ])
      ]);
      var submitBtn = QBtn({ label: 'Submit', type: 'submit', unelevated: true, color: 'primary' });
      var exitBtn = QBtn({ label: 'Exit', unelevated: true, color: 'negative', onClick: function () { go('/dashboard'); } });
      var form = QForm(function () { return mode.value() === 'GSP' ? [gspSelect, uname, pw1, pw2] : []; }, function () {
        var m = mode.value();
        if (m !== 'GSP') {
          Notify.create({ type: 'negative', message: m ? 'Registration through this option is not available for your GSTIN. Please register through a GSP.' : 'Please select how you wish to register your GSTIN.' });
          return;
        }
        var username = 'API_' + uname.value().trim();
        var gsp = gspSelect.value();
        Dialog.create({ title: 'Confirm', message: 'Do you want to create the API user ' + username + ' for ' + gsp + '?', cancel: true, persistent: true }).onOk(function () {
          Loading.show({ message: 'Please wait...' });
          api('POST', '/api/api-registration/users', { registrationType: 'GSP', gspName: gsp, userName: username, password: pw1.value(), confirmPassword: pw2.value() }).then(function (r) {
            Loading.hide();
            if (!alive) return;
            Notify.create({ type: 'positive', message: r.message });
            showResult(r);
          }, function (err) {
            Loading.hide();
            if (err.handled || !alive) return;
            if (err.status === 409) Dialog.create({ title: 'Alert', message: errMessage(err, 'Registration failed.') });
            else Notify.create({ type: 'negative', message: errMessage(err, 'Unable to create the API user. Please try again.') });
          });
        });
      }, [
        h('div', { class: 'text-subtitle1 text-weight-medium', text: 'Do you wish to Register your GSTIN for' }),
        h('div', { class: 'q-mb-md' }, [mode.el]),
        modeInfo, gspBlock,
        h('div', { class: 'row q-gutter-sm q-mt-md' }, [submitBtn.el, exitBtn.el])
      ]);
      return form;
    }

    /* step 3: verdict */
    function showResult(r) {
      if (gspSelect) { gspSelect.destroy(); gspSelect = null; }
      var again = QBtn({ label: 'Register Another GSP', flat: true, color: 'primary', onClick: function () { loadForm(); } });
      var exit = QBtn({ label: 'Exit', unelevated: true, color: 'negative', onClick: function () { go('/dashboard'); } });
      var body = h('div', null, [
        QBanner('bg-green-1 text-dark', 'check_circle', r.message, 'text-positive'),
        h('div', { class: 'text-body2 text-grey-8 q-mt-sm q-mb-lg', text: 'Please note the username and password. You will need them to call the e-Invoice APIs through your GSP.' }),
        QTable('GSPs registered for GSTIN ' + r.gstin, [
          { label: 'Sl. No.', field: 'slNo' }, { label: 'GSP Name', field: 'gspName' }, { label: 'User Name', field: 'userName' },
          { label: 'Created On', field: 'createdOn' }, { label: 'Status', field: 'status' }
        ], r.registrations || []),
        h('div', { class: 'row q-gutter-sm q-mt-md' }, [again.el, exit.el])
      ]);
      stepper.show(2, body, true);
    }
    return function () { alive = false; if (gspSelect) gspSelect.destroy(); };
  }

  /* ---------------- boot ---------------- */
  function boot() {
    doc.body.classList.add('desktop', 'no-touch', 'body--light');
    app = doc.getElementById('q-app');
    app.setAttribute('data-v-app', '');
    window.addEventListener('popstate', render);
    api('GET', '/api/auth/session', undefined, { silent401: true }).then(function (r) {
      store.user = r.user;
    }, function () {
      store.user = null;
    }).then(render);
  }
  boot();
})();
`;

const APP_JS = APP_JS_SOURCE.replace('__EMBLEM__', EMBLEM_URI);
