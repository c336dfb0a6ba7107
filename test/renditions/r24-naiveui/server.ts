/**
 * Rendition r24-naiveui: the E-Invoice portal (einvoice1.gst.gov.in) written blind from the
 * public facts only (the known-facts page and the ClearTax guide), drawn as a Naive UI 2
 * (Vue 3) admin single-page app would draw it: an `n-config-provider` root, an `n-layout`
 * with an `n-layout-sider` holding an `n-menu`, `n-card`/`n-form`/`n-input` forms, `n-modal`
 * and `dialog` overlays teleported to `<body>`, `message` toasts, `n-alert`s and `n-spin`,
 * all produced by a small hand-written Vue-like runtime (reactive store, virtual DOM patcher,
 * `<Transition>` class sequencing, teleports, focus trap) and `fetch` JSON calls.
 *
 * Choices made where the docs are silent:
 * - URLs (history-mode router; the server answers every non-API GET with the same SPA shell):
 *   `/` landing page, `/login` (login and the 2FA OTP step), `/dashboard`,
 *   `/api-registration/user-credentials/create-api-user` (API OTP, then the registration form),
 *   other menu leaves under `/einvoice/...`, `/mis/...`, `/api-registration/...`,
 *   `/user-management/...` draw a small "not available" `n-result`; unknown paths a 404 `n-result`.
 *   JSON API under `/api/...`: `GET /api/auth/key` (salt), `GET /api/auth/captcha?t=…` (SVG),
 *   `POST /api/auth/login`, `POST /api/auth/otp/verify`, `POST /api/auth/otp/resend`,
 *   `GET /api/user/info`, `POST /api/user/contacts/close`, `POST /api/auth/logout`,
 *   `POST /api/api-registration/otp/send`, `POST /api/api-registration/otp/verify`,
 *   `GET /api/api-registration/options`, `POST /api/api-registration/register`.
 *   Answers are `{ code, message, data }` (HTTP 200 with `code` 200 or 400; 401 for a lost session).
 * - Landing page: header title "e-Invoice System" and an `n-button` "Login" (routes to `/login`).
 * - Login card "Login to e-Invoice System": form items "User Name", "Password" (eye toggle,
 *   show-password-on click), "Captcha" (input + SVG picture with noise from `/api/auth/captcha`,
 *   an `n-button` "Refresh" and a click on the picture redraw it), `n-button` "Login".
 *   The password is sent as sha256(sha256(password) + salt) in the POST body.
 *   Refusals: "Invalid Captcha. Please enter the characters shown in the image." and
 *   "Invalid Login Credentials. Please check your user name and password." (message toast +
 *   `n-alert` in the card); the captcha is redrawn and cleared after any refusal, the password
 *   too after a credentials refusal. Enter in a field submits; empty fields get rule feedback
 *   ("Please enter user name", "Please enter password", "Please enter the captcha").
 * - 2FA step on the same card, titled "Two-Factor Authentication": `n-alert` "An OTP has been sent
 *   to your registered mobile number ******7890 …", form item "Enter OTP" as `n-input-otp`
 *   (six boxes, digits only; typing advances, paste spreads, Backspace clears and goes back,
 *   Enter verifies), `n-button` "Verify OTP", text buttons "Resend OTP" and "Back to Login".
 *   Wrong code: "Invalid OTP. Please enter the correct OTP sent to your mobile." (boxes cleared).
 * - After login: message "Login successful", then the `redirect` page if any, else `/dashboard`
 *   with an `h2.n-h2` "Dash Board" and cards "Generations", "Cancelled", "Total Value",
 *   "Bulk Uploads"; an `n-modal` preset card "Contacts of Technical Person" (name / mobile /
 *   e-mail in `n-descriptions`, footer `n-button`s
 *   "Update" (disabled) and "Exit"; the header close is a `div.n-base-close` (role none,
 *   aria-label "close"); Exit, ×, Esc and a mask click close it), shown after each login (on
 *   whichever page the login lands) until closed. Modals trap Tab and focus their first control.
 * - Menu (`n-menu` in the sider, no links, no roles on entries, submenus expand on click with
 *   `fade-in-height-expand-transition`): Dashboard; e-Invoice › Generate IRN, Cancel IRN,
 *   Get IRN Details, Bulk Upload; MIS Reports › IRN Details Report, Summary Report;
 *   API Registration › User Credentials › Create API User, Change API Password, Freeze API User;
 *   API Registration › IP Whitelisting; User Management › Create Sub-User, Update Sub-User.
 *   The header shows an `n-breadcrumb`, the GSTIN, the user name and a "Logout" text button.
 * - Create API User: card "API Registration"; the OTP is sent automatically when the page opens
 *   (message "OTP has been sent to your registered mobile number."), `n-alert` with the masked
 *   mobile, "Enter OTP" as `n-input-otp`, "Verify OTP", "Resend OTP" (30 s countdown).
 *   Wrong code: "Invalid OTP. Please enter the OTP sent to your registered mobile number."
 *   (boxes cleared). Verified: message "OTP verified successfully." and the form below.
 * - Registration form (label-placement left): "Do you wish to Register your GSTIN for" radio group
 *   "Directly" / "Through GSP" / "Through ERP" / "Through Client-Id of other" (none preselected;
 *   the non-GSP options show an `n-alert` and no fields); "Select your GSP" as a filterable
 *   `n-select` ("Please Select", menu teleported to body, virtual list, 24 GSPs);
 *   "Username" as an `n-input-group` with the label `API_` before the box (4-12 letters or digits);
 *   "Password" and "Re-enter Password" (8-15 chars with upper, lower, digit and special);
 *   `n-button`s "Submit" and "Exit" (Exit goes to the dashboard). Rule feedback shows under fields.
 * - Submit opens `dialog.warning` "Confirm" ("Do you want to create the API user API_x for GSP?")
 *   with "Cancel" / "Confirm" (× and Esc cancel). Verdicts: message toast (3 s) plus an `n-alert`
 *   titled "Registration successful" / "Registration failed" at the top of the card:
 *   "API user API_x has been created successfully for GSP. Note the user name and password…",
 *   "GSTIN … is already registered with GSP. Only one API user can be created per GSP." and
 *   "User name API_x is already taken. Please choose a different user name." The card
 *   "GSPs registered for this GSTIN" (`n-data-table`: Sl. No., GSP Name, API User Name, Created On,
 *   Status) lists the seeded TERA SOFTWARE LIMITED registration (user `API_terauf27`, kept apart
 *   from `state.users`) plus those made while the server runs. After a success the GSP, user name and
 *   password fields are cleared (the mode stays "Through GSP").
 * - Sessions: cookie `EINV_SESSION` (HttpOnly). A page GET without a live session loads the
 *   shell, whose router guard asks `/api/user/info`, gets 401 and replaces the URL with
 *   `/login?redirect=…`, showing the `n-alert` "Your session has expired or you are not logged in.
 *   Please log in again.". An AJAX call without a live session gets HTTP 401
 *   `{ code: 401, message: "Your session has expired. Please log in again." }`; the client shows
 *   that text as an error message toast and as the `n-alert` on the login card, and replaces the
 *   URL with `/login?redirect=…` (after the next login the user lands back on that page).
 * - expireOnce: the first request of the stage made with a live session ('api-otp-send': the
 *   automatic send or a resend; 'api-otp-verify'; 'submit': the register call after Confirm)
 *   deletes the session, is recorded in `state.expired` and is answered as any lost session.
 *   Only once per server.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type NaiveuiR24Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface NaiveuiR24Options {
  expireOnce?: NaiveuiR24Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface NaiveuiR24State {
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
export interface NaiveuiR24Rendition {
  url: string;
  close(): Promise<void>;
  state: NaiveuiR24State;
}

export const NAIVEUI_R24_LOGIN: { username: string; password: string } = {
  username: 'uttamfoods27',
  password: 'Einv#2025Mh',
};

const GSP_NAMES: readonly string[] = [
  'ADAEQUARE INFO PRIVATE LIMITED',
  'ALANKIT LIMITED',
  'BOTREE SOFTWARE INTERNATIONAL PRIVATE LIMITED',
  'BVM IT CONSULTING SERVICES INDIA PRIVATE LIMITED',
  'CHARTERED INFORMATION SYSTEMS PRIVATE LIMITED',
  'CYGNET INFOTECH PRIVATE LIMITED',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'DELOITTE TOUCHE TOHMATSU INDIA LLP',
  'ERNST AND YOUNG LLP',
  'EXCELLON SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'MASTERS INDIA PRIVATE LIMITED',
  'PROTEAN EGOV TECHNOLOGIES LIMITED',
  'RELIANCE CORPORATE IT PARK LIMITED',
  'SIFY TECHNOLOGIES LIMITED',
  'SOFTWARE TECHNOLOGY PARKS OF INDIA',
  'TALLY (INDIA) PRIVATE LIMITED',
  'TATA CONSULTANCY SERVICES LIMITED',
  'TERA SOFTWARE LIMITED',
  'VAY NETWORK SERVICES PRIVATE LIMITED',
  'WEBTEL ELECTROSOFT PRIVATE LIMITED',
  'WIPRO LIMITED',
  'ZOHO CORPORATION PRIVATE LIMITED',
];

const COOKIE = 'EINV_SESSION';
const MOBILE_MASK = '******7890';
const EXPIRED_MSG = 'Your session has expired. Please log in again.';
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USERNAME_RULE = /^[A-Za-z0-9]{4,12}$/;

interface Session {
  id: string;
  stage: 'otp' | 'in';
  contactsPending: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
}

interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

type Json = Record<string, unknown>;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function nowStamp(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

function readBody(req: IncomingMessage): Promise<Json> {
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
        const parsed: unknown = text ? JSON.parse(text) : {};
        resolve(parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Json) : {});
      } catch {
        resolve({});
      }
    });
    req.on('error', () => resolve({}));
  });
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function sendJson(res: ServerResponse, status: number, body: Json, cookie?: string): void {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  };
  if (cookie) headers['Set-Cookie'] = cookie;
  res.writeHead(status, headers);
  res.end(JSON.stringify(body));
}

function escXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A captcha picture: letters jittered and rotated over noise lines and dots. */
function captchaSvg(text: string): string {
  const w = 150;
  const h = 46;
  const parts: string[] = [];
  parts.push(`<rect width="${w}" height="${h}" fill="#eef3f1"/>`);
  for (let i = 0; i < 28; i++) {
    parts.push(
      `<circle cx="${randomInt(w)}" cy="${randomInt(h)}" r="${1 + randomInt(2)}" fill="rgb(${100 + randomInt(120)},${100 + randomInt(120)},${100 + randomInt(120)})" opacity="0.7"/>`,
    );
  }
  const chars = text.split('');
  const step = (w - 20) / Math.max(chars.length, 1);
  chars.forEach((ch, i) => {
    const x = 14 + i * step + randomInt(6);
    const y = 31 + randomInt(9) - 4;
    const rot = randomInt(50) - 25;
    const col = `rgb(${20 + randomInt(90)},${30 + randomInt(80)},${40 + randomInt(90)})`;
    parts.push(
      `<text x="${x}" y="${y}" transform="rotate(${rot} ${x + 8} ${y - 10})" font-family="Georgia, 'Times New Roman', serif" font-size="${25 + randomInt(6)}" font-weight="bold" fill="${col}">${escXml(ch)}</text>`,
    );
  });
  for (let i = 0; i < 6; i++) {
    const y1 = randomInt(h);
    const y2 = randomInt(h);
    parts.push(
      `<path d="M0 ${y1} C ${randomInt(w)} ${randomInt(h)}, ${randomInt(w)} ${randomInt(h)}, ${w} ${y2}" stroke="rgb(${60 + randomInt(140)},${60 + randomInt(140)},${60 + randomInt(140)})" stroke-width="${1 + randomInt(2)}" fill="none"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${parts.join('')}</svg>`;
}

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#18a058"/><path d="M9 8h14v3H12v4h9v3h-9v4h11v3H9z" fill="#fff"/></svg>`;

export async function startNaiveuiR24Rendition(
  options: NaiveuiR24Options = {},
): Promise<NaiveuiR24Rendition> {
  const state: NaiveuiR24State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** The older registration made before this server ran (kept out of state.users). */
  const seeded: Registration[] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: 'API_terauf27',
      password: 'Tera@Seed21',
      createdOn: '2023-08-14 16:22:05',
    },
  ];
  const salt = randomBytes(16).toString('hex');
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();
  let expiryUsed = false;

  const registeredFor = (gstin: string): Json[] =>
    [...seeded, ...state.users]
      .filter((r) => r.gstin === gstin)
      .map((r) => ({ gsp: r.gsp, username: r.username, createdOn: r.createdOn, status: 'Active' }));

  const expire = (stage: NaiveuiR24Expiry, sess: Session): boolean => {
    if (options.expireOnce !== stage || expiryUsed) return false;
    expiryUsed = true;
    sessions.delete(sess.id);
    state.expired.push(stage);
    return true;
  };

  const lost = (res: ServerResponse): void => {
    sendJson(
      res,
      401,
      { code: 401, message: EXPIRED_MSG },
      `${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`,
    );
  };
  const ok = (res: ServerResponse, data: Json = {}, message = 'ok', cookie?: string): void => {
    sendJson(res, 200, { code: 200, message, data }, cookie);
  };
  const refuse = (res: ServerResponse, message: string, data: Json = {}): void => {
    sendJson(res, 200, { code: 400, message, data });
  };

  async function api(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    sess: Session | undefined,
  ): Promise<void> {
    const method = req.method ?? 'GET';
    const inSession = sess && sess.stage === 'in' ? sess : undefined;
    if (method === 'GET' && path === '/api/auth/key') return ok(res, { key: salt });
    if (method === 'GET' && path === '/api/auth/captcha') {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' });
      res.end(captchaSvg(state.captcha));
      return;
    }
    if (method === 'POST' && path === '/api/auth/login') {
      const body = await readBody(req);
      if (str(body.captcha).trim().toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        return refuse(res, 'Invalid Captcha. Please enter the characters shown in the image.', {
          field: 'captcha',
        });
      }
      const expected = sha256(sha256(NAIVEUI_R24_LOGIN.password) + salt);
      if (str(body.userName).trim() !== NAIVEUI_R24_LOGIN.username || str(body.passwordHash) !== expected) {
        state.refusals.push('login');
        return refuse(res, 'Invalid Login Credentials. Please check your user name and password.', {
          field: 'login',
        });
      }
      if (sess) sessions.delete(sess.id);
      const id = randomBytes(24).toString('base64url');
      sessions.set(id, {
        id,
        stage: 'otp',
        contactsPending: false,
        apiOtpSent: false,
        apiOtpVerified: false,
      });
      return ok(
        res,
        { otpRequired: true, mobile: MOBILE_MASK },
        'OTP sent',
        `${COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`,
      );
    }
    if (method === 'POST' && path === '/api/auth/otp/verify') {
      const body = await readBody(req);
      if (sess?.stage !== 'otp') return lost(res);
      if (str(body.otp).trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        return refuse(res, 'Invalid OTP. Please enter the correct OTP sent to your mobile.');
      }
      sess.stage = 'in';
      sess.contactsPending = true;
      return ok(res, {}, 'Login successful');
    }
    if (method === 'POST' && path === '/api/auth/otp/resend') {
      if (sess?.stage !== 'otp') return lost(res);
      return ok(res, { mobile: MOBILE_MASK }, 'OTP has been resent to your registered mobile number.');
    }
    if (method === 'POST' && path === '/api/auth/logout') {
      if (sess) sessions.delete(sess.id);
      return ok(res, {}, 'Logged out', `${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
    }
    if (method === 'GET' && path === '/api/user/info') {
      if (!inSession) return lost(res);
      return ok(res, {
        userName: NAIVEUI_R24_LOGIN.username,
        gstin: state.gstin,
        tradeName: 'UTTAM FOODS',
        legalName: 'UTTAM FOODS AND BEVERAGES',
        showContacts: inSession.contactsPending,
        contact: { name: 'Rahul Deshmukh', mobile: '98XXXXXX90', email: 'r.deshmukh@uttamfoods.example' },
      });
    }
    if (method === 'POST' && path === '/api/user/contacts/close') {
      if (!inSession) return lost(res);
      inSession.contactsPending = false;
      return ok(res);
    }
    if (method === 'POST' && path === '/api/api-registration/otp/send') {
      if (!inSession) return lost(res);
      if (expire('api-otp-send', inSession)) return lost(res);
      inSession.apiOtpSent = true;
      inSession.apiOtpVerified = false;
      return ok(res, { mobile: MOBILE_MASK }, 'OTP has been sent to your registered mobile number.');
    }
    if (method === 'POST' && path === '/api/api-registration/otp/verify') {
      const body = await readBody(req);
      if (!inSession) return lost(res);
      if (expire('api-otp-verify', inSession)) return lost(res);
      if (!inSession.apiOtpSent) return refuse(res, 'Please request an OTP first.');
      if (str(body.otp).trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        return refuse(res, 'Invalid OTP. Please enter the OTP sent to your registered mobile number.');
      }
      inSession.apiOtpVerified = true;
      return ok(res, {}, 'OTP verified successfully.');
    }
    if (method === 'GET' && path === '/api/api-registration/options') {
      if (!inSession) return lost(res);
      if (!inSession.apiOtpVerified) return refuse(res, 'Please verify the OTP first.');
      return ok(res, { gstin: state.gstin, gsps: GSP_NAMES, registered: registeredFor(state.gstin) });
    }
    if (method === 'POST' && path === '/api/api-registration/register') {
      const body = await readBody(req);
      if (!inSession) return lost(res);
      if (expire('submit', inSession)) return lost(res);
      if (!inSession.apiOtpVerified) return refuse(res, 'Please verify the OTP first.');
      const mode = str(body.mode);
      const gsp = str(body.gsp);
      const suffix = str(body.userName).trim();
      const password = str(body.password);
      if (mode !== 'gsp') return refuse(res, 'Please choose "Through GSP" to register through a GSP.');
      if (!GSP_NAMES.includes(gsp)) return refuse(res, 'Please select your GSP.');
      if (!USERNAME_RULE.test(suffix))
        return refuse(res, 'User name must be 4 to 12 letters or digits after API_.');
      if (!PASSWORD_RULE.test(password))
        return refuse(
          res,
          'Password must be 8 to 15 characters with upper case, lower case, digit and special character.',
        );
      if (password !== str(body.confirmPassword))
        return refuse(res, 'Password and Re-enter Password do not match.');
      const all = [...seeded, ...state.users];
      if (all.some((r) => r.gstin === state.gstin && r.gsp === gsp)) {
        state.refusals.push('duplicate');
        return refuse(
          res,
          `GSTIN ${state.gstin} is already registered with ${gsp}. Only one API user can be created per GSP.`,
          { kind: 'duplicate', registered: registeredFor(state.gstin) },
        );
      }
      const username = `API_${suffix}`;
      if (all.some((r) => r.username.toLowerCase() === username.toLowerCase())) {
        state.refusals.push('username-taken');
        return refuse(res, `User name ${username} is already taken. Please choose a different user name.`, {
          kind: 'username-taken',
          registered: registeredFor(state.gstin),
        });
      }
      state.users.push({ gstin: state.gstin, gsp, username, password, createdOn: nowStamp() });
      return ok(
        res,
        { username, gsp, registered: registeredFor(state.gstin) },
        `API user ${username} has been created successfully for ${gsp}.`,
      );
    }
    sendJson(res, 404, { code: 404, message: 'Not Found' });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const sid = readCookie(req, COOKIE);
    const sess = sid ? sessions.get(sid) : undefined;
    if (path.startsWith('/api/')) return api(req, res, path, sess);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { 'Content-Type': 'text/plain' });
      res.end('Method Not Allowed');
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml' });
      res.end(FAVICON);
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : shellHtml());
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { code: 500, message: 'Internal Server Error' });
      else res.end();
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
  const addr = server.address();
  const port = addr && typeof addr === 'object' ? addr.port : 0;
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

let shellCache: string | undefined;
function shellHtml(): string {
  if (shellCache) return shellCache;
  const styles = CSS_PARTS.map(([id, css]) => `<style cssr-id="${id}">${css}</style>`).join('\n');
  shellCache = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>e-Invoice System</title>
<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(FAVICON)}">
<meta name="naive-ui-style">
${styles}
</head>
<body>
<div id="app"><div class="first-loading-wrp"><div class="loading-wrp"><span class="dot dot-spin"><i></i><i></i><i></i><i></i></span></div><div class="title">e-Invoice System</div></div></div>
<script>${CLIENT_JS}</script>
</body>
</html>`;
  return shellCache;
}

/* ------------------------------------------------------------------------------------------
 * Styles, injected as css-render does: one `<style cssr-id>` per component.
 * ---------------------------------------------------------------------------------------- */
const CSS_PARTS: [string, string][] = [
  [
    'n-global',
    `body{margin:0;font-size:14px;font-family:v-sans,system-ui,-apple-system,BlinkMacSystemFont,"Segoe UI",sans-serif,"Apple Color Emoji","Segoe UI Emoji";line-height:1.6;-webkit-text-size-adjust:100%;-webkit-tap-highlight-color:transparent;background-color:#f5f7f9;color:rgb(51,54,57)}
input::-ms-clear,input::-ms-reveal{display:none}
.first-loading-wrp{display:flex;justify-content:center;align-items:center;flex-direction:column;min-height:420px;height:100vh}
.first-loading-wrp .title{font-size:22px;color:rgba(0,0,0,.72);margin-top:18px}
.first-loading-wrp .dot{position:relative;display:inline-block;width:32px;height:32px;font-size:32px;animation:antRotate 1.2s infinite linear}
.first-loading-wrp .dot i{position:absolute;display:block;width:14px;height:14px;background-color:#18a058;border-radius:100%;opacity:.3;transform:scale(.75);transform-origin:50% 50%;animation:antSpinMove 1s infinite linear alternate}
.first-loading-wrp .dot i:nth-child(1){top:0;left:0}.first-loading-wrp .dot i:nth-child(2){top:0;right:0;animation-delay:.4s}
.first-loading-wrp .dot i:nth-child(3){right:0;bottom:0;animation-delay:.8s}.first-loading-wrp .dot i:nth-child(4){bottom:0;left:0;animation-delay:1.2s}
@keyframes antRotate{to{transform:rotate(405deg)}}@keyframes antSpinMove{to{opacity:1}}
.fade-in-transition-enter-active,.fade-in-transition-leave-active{transition:opacity .2s cubic-bezier(.4,0,.2,1)}
.fade-in-transition-enter-from,.fade-in-transition-leave-to{opacity:0}
.fade-in-scale-up-transition-leave-active{transform-origin:inherit;transition:opacity .2s cubic-bezier(.4,0,1,1),transform .2s cubic-bezier(.4,0,1,1)}
.fade-in-scale-up-transition-enter-active{transform-origin:inherit;transition:opacity .2s cubic-bezier(0,0,.2,1),transform .2s cubic-bezier(0,0,.2,1)}
.fade-in-scale-up-transition-enter-from,.fade-in-scale-up-transition-leave-to{opacity:0;transform:scale(.9)}
.fade-in-scale-up-transition-leave-from,.fade-in-scale-up-transition-enter-to{opacity:1;transform:scale(1)}
.fade-in-height-expand-transition-leave-from,.fade-in-height-expand-transition-enter-to{opacity:1}
.fade-in-height-expand-transition-leave-to,.fade-in-height-expand-transition-enter-from{opacity:0;margin-top:0!important;margin-bottom:0!important;padding-top:0!important;padding-bottom:0!important}
.fade-in-height-expand-transition-leave-active{overflow:hidden;transition:max-height .2s cubic-bezier(.4,0,.2,1) 0s,opacity .2s cubic-bezier(0,0,.2,1) 0s,margin-top .2s cubic-bezier(.4,0,.2,1) 0s,margin-bottom .2s cubic-bezier(.4,0,.2,1) 0s,padding-top .2s cubic-bezier(.4,0,.2,1) 0s,padding-bottom .2s cubic-bezier(.4,0,.2,1) 0s}
.fade-in-height-expand-transition-enter-active{overflow:hidden;transition:max-height .2s cubic-bezier(.4,0,.2,1),opacity .2s cubic-bezier(.4,0,1,1),margin-top .2s cubic-bezier(.4,0,.2,1),margin-bottom .2s cubic-bezier(.4,0,.2,1),padding-top .2s cubic-bezier(.4,0,.2,1),padding-bottom .2s cubic-bezier(.4,0,.2,1)}
.fade-down-transition-enter-active,.fade-down-transition-leave-active{transition:opacity .3s cubic-bezier(.4,0,.2,1),transform .3s cubic-bezier(.4,0,.2,1)}
.fade-down-transition-enter-from,.fade-down-transition-leave-to{opacity:0;transform:translateY(-4px)}
.zoom-fade-enter-active{transition:transform .3s,opacity .35s ease-out}.zoom-fade-enter-from{transform:scale(.97);opacity:0}
.n-base-icon{height:1em;width:1em;line-height:1em;text-align:center;display:inline-block;position:relative;fill:currentColor}
.n-base-icon svg{height:1em;width:1em}
.n-icon{height:1em;width:1em;line-height:1em;text-align:center;display:inline-block;position:relative;fill:currentColor}
.n-icon svg{height:1em;width:1em}
.n-base-close{position:relative;display:flex;align-items:center;justify-content:center;cursor:pointer;background-color:transparent;color:var(--n-close-icon-color);border-radius:var(--n-close-border-radius);height:var(--n-close-size);width:var(--n-close-size);font-size:var(--n-close-icon-size);outline:none;border:none;padding:0;margin:0;transition:color .3s var(--n-bezier),background-color .3s var(--n-bezier)}
.n-base-close:hover{color:var(--n-close-icon-color-hover);background-color:var(--n-close-color-hover)}
.n-base-close:focus-visible{background-color:var(--n-close-color-hover)}
.n-base-close--absolute{height:var(--n-close-icon-size);width:var(--n-close-icon-size)}
.n-base-loading{position:relative;line-height:0;width:1em;height:1em}
.n-base-loading svg{animation:n-rotate 1.6s linear infinite}
.n-base-loading circle{fill:none;stroke:currentColor;stroke-width:2.5;stroke-linecap:round;stroke-dasharray:45 100;animation:n-dash 1.4s ease-in-out infinite}
@keyframes n-rotate{to{transform:rotate(360deg)}}@keyframes n-dash{0%{stroke-dasharray:1 150;stroke-dashoffset:0}50%{stroke-dasharray:90 150;stroke-dashoffset:-35}to{stroke-dasharray:90 150;stroke-dashoffset:-124}}
.n-h2{font-size:22px;font-weight:500;margin:0 0 12px;color:rgb(31,34,37);transition:color .3s}
.n-text{color:var(--n-text-color)}.n-text--depth-3{color:rgb(118,124,130)}
.n-divider{display:flex;width:100%;box-sizing:border-box;margin:16px 0;height:1px;background-color:rgb(239,239,245)}`,
  ],
  [
    'n-layout',
    `.n-layout{color:var(--n-text-color);background-color:var(--n-color);box-sizing:border-box;position:relative;z-index:auto;flex:auto;overflow:hidden;transition:box-shadow .3s var(--n-bezier),background-color .3s var(--n-bezier),color .3s var(--n-bezier)}
.n-layout .n-layout-scroll-container{overflow-x:hidden;box-sizing:border-box;height:100%}
.n-layout--static-positioned{height:100vh}
.n-layout--has-sider>.n-layout-scroll-container{display:flex;flex-wrap:nowrap;width:100%;flex-direction:row}
.n-layout-sider{flex-shrink:0;box-sizing:border-box;position:relative;z-index:1;color:var(--n-text-color);transition:color .3s var(--n-bezier),border-color .3s var(--n-bezier),min-width .3s var(--n-bezier),max-width .3s var(--n-bezier),transform .3s var(--n-bezier),background-color .3s var(--n-bezier);background-color:var(--n-color);display:flex;justify-content:flex-end;box-shadow:2px 0 8px 0 rgba(29,35,41,.05)}
.n-layout-sider .n-layout-sider-scroll-container{flex-grow:1;flex-shrink:0;box-sizing:border-box;height:100%;opacity:1;transition:opacity .3s var(--n-bezier);min-width:100%;overflow-y:auto}
.n-layout-sider--bordered{border-right:1px solid var(--n-border-color)}
.n-layout-header{box-sizing:border-box;width:100%;background-color:var(--n-color);color:var(--n-text-color);transition:color .3s var(--n-bezier),background-color .3s var(--n-bezier),box-shadow .3s var(--n-bezier),border-color .3s var(--n-bezier)}
.n-layout-header--bordered{border-bottom:solid 1px var(--n-border-color)}
.n-layout-content{box-sizing:border-box}
.layout-header{display:flex;justify-content:space-between;align-items:center;padding:0 16px;height:64px;box-shadow:0 1px 4px rgba(0,21,41,.08)}
.layout-header-left{display:flex;align-items:center;gap:14px}
.layout-header-right{display:flex;align-items:center;gap:14px}
.layout-header .gstin-tag{font-family:v-mono,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;padding:2px 8px;border-radius:3px;background:rgba(24,160,88,.1);color:#18a058}
.layout-header .user-name{display:flex;align-items:center;gap:8px;color:rgb(51,54,57)}
.layout-header .n-avatar{display:inline-flex;align-items:center;justify-content:center;width:28px;height:28px;border-radius:50%;background:#18a058;color:#fff;font-size:13px}
.layout-content-main{margin:10px;position:relative;min-height:calc(100vh - 84px)}
.logo{display:flex;align-items:center;justify-content:center;height:64px;line-height:64px;overflow:hidden;white-space:nowrap;gap:8px;font-weight:600;font-size:16px;color:#18a058;border-bottom:1px solid rgb(239,239,245)}
.logo svg{width:30px;height:30px}
.portal-header{display:flex;align-items:center;justify-content:space-between;padding:0 40px;height:64px}
.portal-header .brand{display:flex;align-items:center;gap:10px;font-size:18px;font-weight:600;color:#18a058}
.portal-header .brand svg{width:34px;height:34px}
.portal-hero{max-width:1080px;margin:28px auto;padding:0 20px}
.portal-grid{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:16px;margin-top:16px}
.portal-footer{text-align:center;color:rgb(118,124,130);font-size:12px;padding:24px 0}
.view-account{display:flex;flex-direction:column;min-height:100vh;overflow:auto;background:linear-gradient(135deg,#eef6f1 0%,#f5f7f9 55%,#e8f1fb 100%)}
.view-account-container{flex:1;padding:48px 12px;max-width:460px;min-width:320px;margin:0 auto;width:100%;box-sizing:border-box}
.view-account-top{padding:8px 0 24px;text-align:center}
.view-account-top-logo{display:flex;justify-content:center;align-items:center;gap:10px;font-size:22px;font-weight:600;color:#18a058}
.view-account-top-logo svg{width:40px;height:40px}
.view-account-top-desc{font-size:14px;color:#808695;margin-top:6px}
.captcha-row{display:flex;align-items:center;gap:8px;width:100%}
.captcha-row .n-input{flex:1}
.captcha-img{height:34px;width:112px;border-radius:3px;border:1px solid rgb(224,224,230);cursor:pointer;object-fit:cover}
.stat-grid{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:16px}
.stat-value{font-size:28px;font-weight:500;color:rgb(31,34,37)}
.stat-label{color:rgb(118,124,130);font-size:13px}
.page-card+.page-card{margin-top:12px}
.otp-actions{display:flex;align-items:center;gap:12px;margin-top:4px}
.form-actions{display:flex;gap:12px;justify-content:flex-start}`,
  ],
  [
    'n-menu',
    `.n-menu{background-color:var(--n-color);color:var(--n-item-text-color);overflow:hidden;transition:background-color .3s var(--n-bezier);box-sizing:border-box;font-size:var(--n-font-size);padding-bottom:6px}
.n-menu .n-menu-item{height:var(--n-item-height);margin-top:6px;position:relative}
.n-menu .n-menu-item-content{box-sizing:border-box;line-height:1.75;height:100%;display:grid;grid-template-areas:"icon content arrow";grid-template-columns:auto 1fr auto;align-items:center;cursor:pointer;position:relative;padding-right:18px;transition:background-color .3s var(--n-bezier),padding-left .3s var(--n-bezier),border-color .3s var(--n-bezier)}
.n-menu .n-menu-item-content::before{z-index:auto;content:"";background-color:transparent;position:absolute;left:8px;right:8px;top:0;bottom:0;pointer-events:none;border-radius:var(--n-border-radius);transition:background-color .3s var(--n-bezier)}
.n-menu .n-menu-item-content:not(.n-menu-item-content--disabled):hover::before{background-color:var(--n-item-color-hover)}
.n-menu .n-menu-item-content--selected::before{background-color:var(--n-item-color-active)}
.n-menu .n-menu-item-content--selected .n-menu-item-content-header,.n-menu .n-menu-item-content--selected .n-menu-item-content__icon{color:var(--n-item-text-color-active)}
.n-menu .n-menu-item-content--child-active .n-menu-item-content-header,.n-menu .n-menu-item-content--child-active .n-menu-item-content__icon,.n-menu .n-menu-item-content--child-active .n-menu-item-content__arrow{color:var(--n-item-text-color-child-active)}
.n-menu .n-menu-item-content:hover .n-menu-item-content-header{color:var(--n-item-text-color-hover)}
.n-menu .n-menu-item-content__icon{grid-area:icon;position:relative;z-index:1;color:var(--n-item-icon-color);transition:color .3s var(--n-bezier),font-size .3s var(--n-bezier),margin-right .3s var(--n-bezier);box-sizing:content-box;display:inline-flex;align-items:center;justify-content:center}
.n-menu .n-menu-item-content__arrow{grid-area:arrow;position:relative;z-index:1;font-size:16px;color:var(--n-arrow-color);transform:rotate(180deg);opacity:1;transition:color .3s var(--n-bezier),transform .2s var(--n-bezier),opacity .2s var(--n-bezier)}
.n-menu .n-menu-item-content--collapsed .n-menu-item-content__arrow{transform:rotate(0)}
.n-menu .n-menu-item-content-header{grid-area:content;position:relative;z-index:1;transition:color .3s var(--n-bezier),opacity .3s var(--n-bezier);opacity:1;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;color:var(--n-item-text-color)}
.n-menu .n-submenu{cursor:pointer;position:relative;margin-top:6px}
.n-menu .n-submenu>.n-menu-item-content{height:var(--n-item-height)}
.n-menu .n-submenu-children{overflow:hidden;padding:0}
.n-menu .n-submenu-children .n-submenu,.n-menu .n-submenu-children .n-menu-item{margin-top:6px}`,
  ],
  [
    'n-card',
    `.n-card{font-size:var(--n-font-size);line-height:var(--n-line-height);display:flex;flex-direction:column;width:100%;box-sizing:border-box;position:relative;border-radius:var(--n-border-radius);background-color:var(--n-color);color:var(--n-text-color);word-break:break-word;transition:color .3s var(--n-bezier),background-color .3s var(--n-bezier),box-shadow .3s var(--n-bezier),border-color .3s var(--n-bezier)}
.n-card.n-card--bordered{border:1px solid var(--n-border-color)}
.n-card .n-card-header{box-sizing:border-box;display:flex;align-items:center;font-size:var(--n-title-font-size);padding:var(--n-padding-top) var(--n-padding-left) var(--n-padding-bottom) var(--n-padding-left)}
.n-card .n-card-header__main{font-weight:var(--n-title-font-weight);transition:color .3s var(--n-bezier);flex:1;min-width:0;color:var(--n-title-text-color)}
.n-card .n-card-header__extra{display:flex;align-items:center;font-size:var(--n-font-size);font-weight:400;transition:color .3s var(--n-bezier);color:var(--n-text-color)}
.n-card .n-card-header__close{margin:0 0 0 8px;transition:background-color .3s var(--n-bezier),color .3s var(--n-bezier)}
.n-card .n-card__content,.n-card .n-card__footer{box-sizing:border-box;padding:0 var(--n-padding-left) var(--n-padding-bottom) var(--n-padding-left);font-size:var(--n-font-size)}
.n-card .n-card__content:first-child,.n-card .n-card__footer:first-child{padding-top:var(--n-padding-bottom)}
.n-card .n-card__action{background-color:var(--n-action-color);padding:var(--n-padding-bottom) var(--n-padding-left);border-bottom-left-radius:var(--n-border-radius);border-bottom-right-radius:var(--n-border-radius)}
.n-card>.n-card-header+.n-card__content{padding-top:0}`,
  ],
  [
    'n-form',
    `.n-form-item{display:grid;line-height:var(--n-line-height)}
.n-form-item .n-form-item-label{grid-area:label;align-items:center;line-height:1.25;text-align:var(--n-label-text-align);font-size:var(--n-label-font-size);min-height:var(--n-label-height);padding:var(--n-label-padding);color:var(--n-label-text-color);transition:color .3s var(--n-bezier);box-sizing:border-box;font-weight:var(--n-label-font-weight)}
.n-form-item .n-form-item-label .n-form-item-label__asterisk{white-space:nowrap;user-select:none;-webkit-user-select:none;color:var(--n-asterisk-color);transition:color .3s var(--n-bezier)}
.n-form-item .n-form-item-blank{box-sizing:border-box;display:flex;align-items:center;position:relative;grid-area:blank;min-height:var(--n-blank-height)}
.n-form-item.n-form-item--top-labelled{grid-template-areas:"label" "blank" "feedback";grid-template-rows:minmax(var(--n-label-height),auto) 1fr;grid-template-columns:minmax(0,100%)}
.n-form-item.n-form-item--top-labelled .n-form-item-label{display:flex;align-items:flex-end;justify-content:var(--n-label-text-align)}
.n-form-item.n-form-item--left-labelled{grid-template-areas:"label blank" "label feedback";grid-template-columns:auto minmax(0,1fr);grid-template-rows:auto 1fr;align-items:flex-start}
.n-form-item.n-form-item--left-labelled .n-form-item-label{display:grid;grid-template-columns:1fr auto;min-height:var(--n-blank-height);height:auto;box-sizing:border-box;flex-shrink:0;flex-grow:0}
.n-form-item.n-form-item--left-labelled .n-form-item-label .n-form-item-label__text{align-self:center}
.n-form-item .n-form-item-feedback-wrapper{grid-area:feedback;box-sizing:border-box;min-height:var(--n-feedback-height);font-size:var(--n-feedback-font-size);line-height:1.25;transform-origin:top left}
.n-form-item .n-form-item-feedback-wrapper:not(:empty){padding:var(--n-feedback-padding)}
.n-form-item .n-form-item-feedback-wrapper .n-form-item-feedback{transition:color .3s var(--n-bezier);color:var(--n-feedback-text-color)}
.n-form-item .n-form-item-feedback-wrapper .n-form-item-feedback--error{color:var(--n-feedback-text-color-error)}
.n-form-item .n-form-item-feedback-wrapper .n-form-item-feedback__line{display:block}`,
  ],
  [
    'n-input',
    `.n-input{max-width:100%;cursor:text;line-height:1.5;z-index:auto;outline:none;box-sizing:border-box;position:relative;display:inline-flex;border-radius:var(--n-border-radius);background-color:var(--n-color);transition:background-color .3s var(--n-bezier);font-size:var(--n-font-size);--n-padding-vertical:calc((var(--n-height) - 1.5 * var(--n-font-size)) / 2);width:100%;text-align:start}
.n-input .n-input__input,.n-input .n-input__textarea{overflow:hidden;flex-grow:1;position:relative}
.n-input .n-input__input-el,.n-input .n-input__placeholder{box-sizing:border-box;font-size:inherit;line-height:1.5;font-family:inherit;border:none;outline:none;background-color:#0000;text-align:inherit;transition:-webkit-text-fill-color .3s var(--n-bezier),caret-color .3s var(--n-bezier),color .3s var(--n-bezier),text-decoration-color .3s var(--n-bezier)}
.n-input .n-input__input-el{-webkit-appearance:none;scrollbar-width:none;width:100%;min-width:0;text-decoration-color:var(--n-text-decoration-color);color:var(--n-text-color);caret-color:var(--n-caret-color);background-color:transparent;padding:0;height:var(--n-height);line-height:var(--n-height);display:block}
.n-input .n-input__input-el::placeholder{color:#0000}
.n-input .n-input__placeholder{top:0;left:0;right:0;bottom:0;position:absolute;pointer-events:none;color:var(--n-placeholder-color);overflow:hidden;text-overflow:ellipsis;display:flex;align-items:center;white-space:nowrap}
.n-input .n-input__placeholder span{width:100%;display:inline-block}
.n-input .n-input-wrapper{overflow:hidden;display:inline-flex;flex-grow:1;position:relative;padding-left:var(--n-padding-left);padding-right:var(--n-padding-right)}
.n-input .n-input__prefix,.n-input .n-input__suffix{display:flex;align-items:center;flex-wrap:nowrap;flex-shrink:0;line-height:var(--n-height);white-space:nowrap;color:var(--n-icon-color)}
.n-input .n-input__prefix{margin-right:4px}.n-input .n-input__suffix{margin-left:4px}
.n-input .n-input__eye{display:flex;align-items:center;justify-content:center;font-size:16px;cursor:pointer;color:var(--n-icon-color);transition:color .3s var(--n-bezier)}
.n-input .n-input__eye:hover{color:var(--n-icon-color-hover)}
.n-input .n-input__border,.n-input .n-input__state-border{position:absolute;left:0;right:0;top:0;bottom:0;pointer-events:none;border-radius:inherit;border:var(--n-border);transition:box-shadow .3s var(--n-bezier),border-color .3s var(--n-bezier)}
.n-input .n-input__state-border{border-color:#0000;z-index:1}
.n-input:not(.n-input--disabled):hover .n-input__state-border{border:var(--n-border-hover)}
.n-input:not(.n-input--disabled).n-input--focus{background-color:var(--n-color-focus)}
.n-input:not(.n-input--disabled).n-input--focus .n-input__state-border{border:var(--n-border-focus);box-shadow:var(--n-box-shadow-focus)}
.n-input.n-input--error-status .n-input__input-el{caret-color:var(--n-caret-color-error)}
.n-input.n-input--error-status .n-input__state-border{border:var(--n-border-error)}
.n-input.n-input--error-status:not(.n-input--disabled):hover .n-input__state-border{border:var(--n-border-hover-error)}
.n-input.n-input--error-status:not(.n-input--disabled).n-input--focus .n-input__state-border{box-shadow:var(--n-box-shadow-focus-error);border:var(--n-border-focus-error)}
.n-input-group{display:inline-flex;width:100%;flex-wrap:nowrap;vertical-align:bottom}
.n-input-group>.n-input:not(:first-child){border-top-left-radius:0!important;border-bottom-left-radius:0!important}
.n-input-group>.n-input:not(:first-child) .n-input__border,.n-input-group>.n-input:not(:first-child) .n-input__state-border{border-top-left-radius:0!important;border-bottom-left-radius:0!important}
.n-input-group-label{position:relative;user-select:none;-webkit-user-select:none;box-sizing:border-box;padding:0 12px;display:inline-flex;flex-shrink:0;align-items:center;white-space:nowrap;height:34px;line-height:34px;font-size:14px;background-color:rgb(250,250,252);color:rgb(51,54,57);border-radius:3px 0 0 3px}
.n-input-group-label .n-input-group-label__border{position:absolute;left:0;right:0;top:0;bottom:0;border-radius:inherit;border:1px solid rgb(224,224,230);border-right:none}
.n-input-otp{display:flex;align-items:center;gap:var(--n-gap)}
.n-input-otp .n-input{width:var(--n-input-width);text-align:center}
.n-input-otp .n-input .n-input-wrapper{padding:0}
.n-input-otp .n-input .n-input__input-el{text-align:center}`,
  ],
  [
    'n-button',
    `.n-button{margin:0;font-weight:var(--n-font-weight);line-height:1;font-family:inherit;padding:var(--n-padding);height:var(--n-height);font-size:var(--n-font-size);border-radius:var(--n-border-radius);color:var(--n-text-color);background-color:var(--n-color);width:var(--n-width);white-space:nowrap;outline:none;position:relative;z-index:auto;border:none;display:inline-flex;flex-wrap:nowrap;flex-shrink:0;align-items:center;justify-content:center;user-select:none;-webkit-user-select:none;text-align:center;cursor:pointer;text-decoration:none;transition:color .3s var(--n-bezier),background-color .3s var(--n-bezier),opacity .3s var(--n-bezier),border-color .3s var(--n-bezier)}
.n-button .n-button__border,.n-button .n-button__state-border{position:absolute;left:0;top:0;right:0;bottom:0;border-radius:inherit;transition:border-color .3s var(--n-bezier);pointer-events:none}
.n-button .n-button__border{border:var(--n-border)}.n-button .n-button__state-border{border:var(--n-border);border-color:#0000;z-index:1}
.n-button .n-base-wave{pointer-events:none;top:0;right:0;bottom:0;left:0;animation-iteration-count:1;animation-duration:var(--n-ripple-duration);animation-timing-function:var(--n-bezier-ease-out),var(--n-bezier-ease-out);position:absolute;border-radius:inherit}
.n-button .n-base-wave.n-base-wave--active{z-index:1;animation-name:button-wave-spread,button-wave-opacity}
@keyframes button-wave-spread{from{box-shadow:0 0 .5px 0 var(--n-ripple-color)}to{box-shadow:0 0 .5px 4.5px var(--n-ripple-color)}}
@keyframes button-wave-opacity{from{opacity:.6}to{opacity:0}}
.n-button:not(.n-button--disabled):hover{background-color:var(--n-color-hover);color:var(--n-text-color-hover)}
.n-button:not(.n-button--disabled):hover .n-button__state-border{border:var(--n-border-hover)}
.n-button:not(.n-button--disabled):focus-visible{background-color:var(--n-color-focus);color:var(--n-text-color-focus)}
.n-button:not(.n-button--disabled):focus-visible .n-button__state-border{border:var(--n-border-focus)}
.n-button:not(.n-button--disabled):active{background-color:var(--n-color-pressed);color:var(--n-text-color-pressed)}
.n-button:not(.n-button--disabled):active .n-button__state-border{border:var(--n-border-pressed)}
.n-button.n-button--disabled{cursor:not-allowed;opacity:var(--n-opacity-disabled)}
.n-button .n-button__icon{margin:var(--n-icon-margin);margin-left:0;height:var(--n-icon-size);width:var(--n-icon-size);max-width:var(--n-icon-size);font-size:var(--n-icon-size);position:relative;flex-shrink:0;display:flex;align-items:center;justify-content:center}
.n-button .n-button__content{display:flex;align-items:center;flex-wrap:nowrap;min-width:0}
.n-button.n-button--block{display:flex;width:100%}
.n-button.n-button--text{padding:0;height:auto;background:none!important}
.n-button.n-button--text .n-button__border,.n-button.n-button--text .n-button__state-border{display:none}`,
  ],
  [
    'n-radio',
    `.n-radio{line-height:var(--n-label-line-height);outline:none;position:relative;user-select:none;-webkit-user-select:none;display:inline-flex;align-items:flex-start;flex-wrap:nowrap;font-size:var(--n-font-size);word-break:break-word;margin-right:18px;cursor:pointer}
.n-radio .n-radio__dot-wrapper{position:relative;flex-shrink:0;flex-grow:0;width:var(--n-radio-size)}
.n-radio .n-radio__dot{position:absolute;top:50%;left:0;transform:translateY(-50%);height:var(--n-radio-size);width:var(--n-radio-size);background:var(--n-color);box-shadow:var(--n-box-shadow);border-radius:50%;transition:background-color .3s var(--n-bezier),box-shadow .3s var(--n-bezier)}
.n-radio .n-radio__dot::before{content:"";opacity:0;position:absolute;left:4px;top:4px;height:calc(100% - 8px);width:calc(100% - 8px);border-radius:50%;transform:scale(.8);background:var(--n-dot-color-active);transition:opacity .3s var(--n-bezier),background-color .3s var(--n-bezier),transform .3s var(--n-bezier)}
.n-radio .n-radio__dot.n-radio__dot--checked{box-shadow:var(--n-box-shadow-active)}
.n-radio .n-radio__dot.n-radio__dot--checked::before{opacity:1;transform:scale(1)}
.n-radio .n-radio__label{color:var(--n-text-color);padding:var(--n-label-padding);font-weight:var(--n-label-font-weight);display:inline-block;transition:color .3s var(--n-bezier)}
.n-radio .n-radio-input{position:absolute;border:0;width:0;height:0;opacity:0;margin:0}
.n-radio:hover .n-radio__dot{box-shadow:var(--n-box-shadow-hover)}
.n-radio.n-radio--focus:not(:active) .n-radio__dot{box-shadow:var(--n-box-shadow-focus)}
.n-radio-group{display:inline-block;font-size:var(--n-font-size)}`,
  ],
  [
    'n-select',
    `.n-select{z-index:auto;outline:none;width:100%;position:relative;font-weight:var(--n-font-weight)}
.n-base-selection{--n-padding-single:var(--n-padding-single-top) var(--n-padding-single-right) var(--n-padding-single-bottom) var(--n-padding-single-left);position:relative;z-index:auto;box-shadow:none;width:100%;max-width:100%;display:inline-block;vertical-align:bottom;border-radius:var(--n-border-radius);min-height:var(--n-height);line-height:1.5;font-size:var(--n-font-size);cursor:pointer}
.n-base-selection .n-base-selection__border,.n-base-selection .n-base-selection__state-border{content:"";position:absolute;left:0;top:0;bottom:0;right:0;pointer-events:none;border:var(--n-border);border-radius:inherit;transition:box-shadow .3s var(--n-bezier),border-color .3s var(--n-bezier)}
.n-base-selection .n-base-selection__state-border{z-index:1;border-color:#0000}
.n-base-selection .n-base-suffix{cursor:pointer;position:absolute;top:50%;transform:translateY(-50%);right:10px}
.n-base-selection .n-base-suffix .n-base-suffix__arrow{font-size:var(--n-arrow-size);color:var(--n-arrow-color);transition:color .3s var(--n-bezier)}
.n-base-selection .n-base-selection-overlay{display:flex;align-items:center;white-space:nowrap;pointer-events:none;position:absolute;top:0;right:0;bottom:0;left:0;padding:var(--n-padding-single)}
.n-base-selection .n-base-selection-overlay__wrapper{flex-basis:0;flex-grow:1;overflow:hidden;text-overflow:ellipsis}
.n-base-selection .n-base-selection-placeholder{color:var(--n-placeholder-color)}
.n-base-selection .n-base-selection-label{height:var(--n-height);display:inline-flex;width:100%;vertical-align:bottom;cursor:pointer;outline:none;z-index:auto;box-sizing:border-box;position:relative;transition:background-color .3s var(--n-bezier);border-radius:inherit;background-color:var(--n-color);align-items:center}
.n-base-selection .n-base-selection-label .n-base-selection-input{font-size:inherit;line-height:inherit;outline:none;cursor:pointer;box-sizing:border-box;border:none;width:100%;padding:var(--n-padding-single);background-color:#0000;color:var(--n-text-color);transition:color .3s var(--n-bezier);caret-color:var(--n-caret-color);font-family:inherit}
.n-base-selection .n-base-selection-label .n-base-selection-label__render-label{color:var(--n-text-color)}
.n-base-selection:not(.n-base-selection--disabled):hover .n-base-selection__state-border{box-shadow:var(--n-box-shadow-hover);border:var(--n-border-hover)}
.n-base-selection:not(.n-base-selection--disabled).n-base-selection--focus .n-base-selection__state-border{box-shadow:var(--n-box-shadow-focus);border:var(--n-border-focus)}
.n-base-selection:not(.n-base-selection--disabled).n-base-selection--active .n-base-selection__state-border{box-shadow:var(--n-box-shadow-active);border:var(--n-border-active)}
.n-base-selection:not(.n-base-selection--disabled).n-base-selection--active .n-base-selection-label{background-color:var(--n-color-active)}
.n-base-selection.n-base-selection--error-status .n-base-selection__state-border{border:var(--n-border-error)}
.n-base-selection.n-base-selection--error-status.n-base-selection--active .n-base-selection__state-border{box-shadow:var(--n-box-shadow-active-error);border:var(--n-border-active-error)}
.v-binder-follower-container{position:absolute;left:0;right:0;top:0;height:0;pointer-events:none;z-index:auto}
.v-binder-follower-content{position:absolute;z-index:auto}
.v-binder-follower-content>*{pointer-events:all}
.n-base-select-menu{line-height:1.5;outline:none;z-index:0;position:relative;border-radius:var(--n-border-radius);transition:background-color .3s var(--n-bezier),box-shadow .3s var(--n-bezier);background-color:var(--n-color);margin:4px 0;box-shadow:var(--n-box-shadow);overflow:hidden;transform-origin:inherit}
.n-base-select-menu .v-vl{max-height:var(--n-height);overflow:auto;scrollbar-width:thin}
.n-base-select-menu .v-vl-items{display:block;box-sizing:content-box}
.n-base-select-menu .n-base-select-option{cursor:pointer;position:relative;padding:var(--n-option-padding);transition:color .3s var(--n-bezier),opacity .3s var(--n-bezier);box-sizing:border-box;color:var(--n-option-text-color);display:flex;align-items:center;font-size:var(--n-option-font-size);height:var(--n-option-height);line-height:var(--n-option-height);white-space:nowrap}
.n-base-select-menu .n-base-select-option .n-base-select-option__content{z-index:1;white-space:nowrap;text-overflow:ellipsis;overflow:hidden}
.n-base-select-menu .n-base-select-option::before{content:"";position:absolute;left:4px;right:4px;top:0;bottom:0;border-radius:var(--n-border-radius);transition:background-color .3s var(--n-bezier)}
.n-base-select-menu .n-base-select-option.n-base-select-option--pending::before{background-color:var(--n-option-color-pending)}
.n-base-select-menu .n-base-select-option.n-base-select-option--selected{color:var(--n-option-text-color-active)}
.n-base-select-menu .n-base-select-option.n-base-select-option--selected::before{background-color:var(--n-option-color-active)}
.n-base-select-menu .n-base-select-menu__empty{display:flex;padding:12px 32px;flex:1;justify-content:center;color:rgb(194,194,194)}`,
  ],
  [
    'n-modal',
    `.n-modal-container{position:fixed;left:0;top:0;height:0;width:0;display:flex}
.n-modal-mask{position:fixed;left:0;right:0;top:0;bottom:0;background-color:rgba(0,0,0,.4)}
.n-modal-body-wrapper{position:fixed;left:0;right:0;top:0;bottom:0;overflow:visible}
.n-modal-body-wrapper .n-scrollbar{height:100%;position:relative;z-index:auto;overflow:hidden}
.n-modal-body-wrapper .n-scrollbar-container{width:100%;height:100%;overflow:auto;scrollbar-width:none}
.n-modal-body-wrapper .n-modal-scroll-content{min-height:100%;display:flex;position:relative}
.n-modal{position:relative;align-self:center;color:var(--n-text-color);margin:auto;box-shadow:var(--n-box-shadow)}
.n-card.n-modal{width:600px;max-width:calc(100vw - 32px)}
.n-dialog{--n-icon-margin:var(--n-icon-margin-top) var(--n-icon-margin-right) var(--n-icon-margin-bottom) var(--n-icon-margin-left);word-break:break-word;line-height:var(--n-line-height);position:relative;background:var(--n-color);color:var(--n-text-color);box-sizing:border-box;margin:auto;border-radius:var(--n-border-radius);padding:var(--n-padding);transition:border-color .3s var(--n-bezier),background-color .3s var(--n-bezier),color .3s var(--n-bezier)}
.n-dialog.n-modal{width:446px;max-width:calc(100vw - 32px);box-shadow:0 6px 16px -9px rgba(0,0,0,.08),0 9px 28px 0 rgba(0,0,0,.05),0 12px 48px 16px rgba(0,0,0,.03)}
.n-dialog .n-dialog__icon{color:var(--n-icon-color);font-size:var(--n-icon-size);margin:var(--n-icon-margin);display:flex}
.n-dialog .n-dialog__close{position:absolute;right:var(--n-close-margin-right);top:var(--n-close-margin-top);margin:0}
.n-dialog .n-dialog__content{font-size:var(--n-font-size);margin:var(--n-content-margin);position:relative;word-break:break-word}
.n-dialog .n-dialog__action{display:flex;justify-content:flex-end;gap:var(--n-action-space)}
.n-dialog .n-dialog__title{transition:color .3s var(--n-bezier);display:flex;align-items:center;font-size:var(--n-title-font-size);font-weight:var(--n-title-font-weight);color:var(--n-title-text-color)}
.n-card-header__close.n-base-close--absolute{position:relative}
.n-descriptions{font-size:14px}
.n-descriptions .n-descriptions-table-wrapper{border-radius:3px;overflow:hidden;border:1px solid rgb(239,239,245)}
.n-descriptions .n-descriptions-table{width:100%;border-collapse:separate;border-spacing:0}
.n-descriptions .n-descriptions-table-header{font-weight:500;text-align:left;padding:7px 14px;background-color:rgb(250,250,252);border-bottom:1px solid rgb(239,239,245);border-right:1px solid rgb(239,239,245);width:170px;color:rgb(31,34,37)}
.n-descriptions .n-descriptions-table-content{padding:7px 14px;border-bottom:1px solid rgb(239,239,245);color:rgb(51,54,57)}
.n-descriptions .n-descriptions-table-row:last-child>*{border-bottom:none}`,
  ],
  [
    'n-message',
    `.n-message-container{z-index:6000;position:fixed;height:0;overflow:visible;display:flex;flex-direction:column;align-items:center}
.n-message-container.n-message-container--top{top:12px;left:0;right:0}
.n-message-wrapper{margin:var(--n-margin);z-index:0;transform-origin:top center;display:flex}
.n-message{box-sizing:border-box;display:flex;align-items:center;transition:color .3s var(--n-bezier),box-shadow .3s var(--n-bezier),background-color .3s var(--n-bezier),opacity .3s var(--n-bezier),transform .3s var(--n-bezier),margin-bottom .3s var(--n-bezier);padding:var(--n-padding);border-radius:var(--n-border-radius);flex-wrap:nowrap;overflow:hidden;max-width:var(--n-max-width);color:var(--n-text-color);background-color:var(--n-color);box-shadow:var(--n-box-shadow)}
.n-message .n-message__content{display:inline-block;line-height:var(--n-line-height);font-size:var(--n-font-size)}
.n-message .n-message__icon{position:relative;margin:var(--n-icon-margin);height:var(--n-icon-size);width:var(--n-icon-size);font-size:var(--n-icon-size);flex-shrink:0;display:flex}
.n-message .n-message__icon.n-message__icon--success-type{color:var(--n-icon-color-success)}
.n-message .n-message__icon.n-message__icon--error-type{color:var(--n-icon-color-error)}
.n-message .n-message__icon.n-message__icon--warning-type{color:var(--n-icon-color-warning)}
.n-message .n-message__icon.n-message__icon--info-type{color:var(--n-icon-color-info)}
.n-icon-slot{height:1em;width:1em;display:inline-block;line-height:0}`,
  ],
  [
    'n-alert',
    `.n-alert{line-height:var(--n-line-height);border-radius:var(--n-border-radius);position:relative;transition:background-color .3s var(--n-bezier);background-color:var(--n-color);text-align:start;word-break:break-word;margin-bottom:16px}
.n-alert .n-alert__border{border-radius:inherit;position:absolute;left:0;right:0;top:0;bottom:0;transition:border-color .3s var(--n-bezier);border:var(--n-border);pointer-events:none}
.n-alert .n-alert__icon{display:flex;align-items:center;justify-content:center;color:var(--n-icon-color);position:absolute;left:0;top:0;align-items:center;justify-content:center;display:flex;width:var(--n-icon-size);height:var(--n-icon-size);font-size:var(--n-icon-size);margin:var(--n-icon-margin)}
.n-alert .n-alert-body{border-radius:var(--n-border-radius);transition:border-color .3s var(--n-bezier);padding:var(--n-padding);padding-left:calc(var(--n-icon-margin-left) + var(--n-icon-size) + var(--n-icon-margin-right))}
.n-alert .n-alert-body .n-alert-body__title{transition:color .3s var(--n-bezier);font-size:16px;line-height:19px;font-weight:var(--n-title-font-weight);color:var(--n-title-text-color)}
.n-alert .n-alert-body .n-alert-body__title+.n-alert-body__content{margin-top:9px}
.n-alert .n-alert-body .n-alert-body__content{transition:color .3s var(--n-bezier);font-size:var(--n-font-size);color:var(--n-content-text-color)}
.n-spin-container{position:relative}
.n-spin-container .n-spin-body{z-index:1;position:absolute;top:50%;left:50%;transform:translateX(-50%) translateY(-50%)}
.n-spin-content{opacity:1;transition:opacity .3s var(--n-bezier);pointer-events:all}
.n-spin-content.n-spin-content--spinning{user-select:none;-webkit-user-select:none;pointer-events:none;opacity:var(--n-opacity-spinning)}
.n-spin-body{display:inline-flex;align-items:center;justify-content:center;flex-direction:column}
.n-spin{display:inline-flex;height:var(--n-size);width:var(--n-size);font-size:var(--n-size);color:var(--n-color)}
.n-result{color:var(--n-text-color);line-height:var(--n-line-height);font-size:var(--n-font-size);padding:40px 0;text-align:center}
.n-result .n-result-header__title{margin-top:16px;font-weight:var(--n-title-font-weight);font-size:var(--n-title-font-size);color:var(--n-title-text-color)}
.n-result .n-result-header__description{margin-top:4px;font-size:var(--n-font-size)}
.n-result .n-result-icon{font-size:64px;color:var(--n-icon-color)}
.n-breadcrumb{white-space:nowrap;cursor:default;line-height:var(--n-item-line-height)}
.n-breadcrumb ul{list-style:none;padding:0;margin:0}
.n-breadcrumb .n-breadcrumb-item{font-size:var(--n-font-size);transition:color .3s var(--n-bezier);display:inline-flex;align-items:center}
.n-breadcrumb .n-breadcrumb-item .n-breadcrumb-item__link{border-radius:var(--n-item-border-radius);color:var(--n-item-text-color);padding:0 4px;margin:0 -4px}
.n-breadcrumb .n-breadcrumb-item .n-breadcrumb-item__separator{margin:0 8px;color:var(--n-separator-color)}
.n-breadcrumb .n-breadcrumb-item:last-child .n-breadcrumb-item__link{font-weight:var(--n-font-weight-active);color:var(--n-item-text-color-active)}
.n-breadcrumb .n-breadcrumb-item:last-child .n-breadcrumb-item__separator{display:none}
.n-data-table{width:100%;font-size:14px;position:relative;line-height:1.6;color:rgb(51,54,57)}
.n-data-table .n-data-table-wrapper{border-radius:3px;overflow:hidden;border:1px solid rgb(239,239,245)}
.n-data-table .n-data-table-table{width:100%;border-collapse:separate;border-spacing:0;table-layout:fixed}
.n-data-table .n-data-table-th{padding:12px;text-align:left;font-weight:500;background-color:rgb(250,250,252);border-bottom:1px solid rgb(239,239,245);color:rgb(31,34,37)}
.n-data-table .n-data-table-td{padding:12px;border-bottom:1px solid rgb(239,239,245);background-color:#fff}
.n-data-table .n-data-table-tr:last-child .n-data-table-td{border-bottom:none}
.n-data-table .n-data-table-tr:hover .n-data-table-td{background-color:rgb(247,247,250)}
.n-data-table .n-data-table-empty{padding:22px;text-align:center;color:rgb(194,194,194)}
.n-tag{display:inline-flex;align-items:center;height:22px;padding:0 7px;border-radius:2px;font-size:12px;color:#18a058;background-color:rgba(24,160,88,.1);border:1px solid rgba(24,160,88,.3)}`,
  ],
];

/* ------------------------------------------------------------------------------------------
 * Client, part 1: a small Vue-like runtime (reactive store, virtual DOM, transitions,
 * teleports) and the Naive UI components this app uses.
 * ---------------------------------------------------------------------------------------- */
const CLIENT_RUNTIME = String.raw`(function () {
'use strict';
var doc = document;
var BZ = '--n-bezier: cubic-bezier(.4, 0, .2, 1); --n-bezier-ease-out: cubic-bezier(0, 0, .2, 1); ';
var I = {
  close: '<svg viewBox="0 0 12 12" version="1.1" xmlns="http://www.w3.org/2000/svg" aria-hidden="true"><g stroke="none" stroke-width="1" fill="none" fill-rule="evenodd"><g fill="currentColor" fill-rule="nonzero"><path d="M2.15 2.15a.5.5 0 0 1 .7 0L6 5.29l3.15-3.14a.5.5 0 1 1 .7.7L6.71 6l3.14 3.15a.5.5 0 0 1-.7.7L6 6.71 2.85 9.85a.5.5 0 0 1-.7-.7L5.29 6 2.15 2.85a.5.5 0 0 1 0-.7z"></path></g></g></svg>',
  chevronFilled: '<svg viewBox="0 0 16 16" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M3.20041 5.73966C3.48226 5.43613 3.95681 5.41856 4.26034 5.70041L8 9.22652L11.7397 5.70041C12.0432 5.41856 12.5177 5.43613 12.7996 5.73966C13.0815 6.0432 13.0639 6.51775 12.7603 6.7996L8.51034 10.7996C8.22258 11.0668 7.77743 11.0668 7.48967 10.7996L3.23966 6.7996C2.93613 6.51775 2.91856 6.0432 3.20041 5.73966Z" fill="currentColor"></path></svg>',
  chevron: '<svg viewBox="0 0 16 16" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M3.14645 5.64645C3.34171 5.45118 3.65829 5.45118 3.85355 5.64645L8 9.79289L12.1464 5.64645C12.3417 5.45118 12.6583 5.45118 12.8536 5.64645C13.0488 5.84171 13.0488 6.15829 12.8536 6.35355L8.35355 10.8536C8.15829 11.0488 7.84171 11.0488 7.64645 10.8536L3.14645 6.35355C2.95118 6.15829 2.95118 5.84171 3.14645 5.64645Z" fill="currentColor"></path></svg>',
  eye: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M255.66 112c-77.94 0-157.89 45.11-220.83 135.33a16 16 0 0 0-.27 17.77C82.92 340.8 161.8 400 255.66 400c92.84 0 173.34-59.38 221.79-135.25a16.14 16.14 0 0 0 0-17.47C428.89 172.28 347.8 112 255.66 112z" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="32"></path><circle cx="256" cy="256" r="80" fill="none" stroke="currentColor" stroke-miterlimit="10" stroke-width="32"></circle></svg>',
  eyeOff: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M432 448a15.92 15.92 0 0 1-11.31-4.69l-352-352a16 16 0 0 1 22.62-22.62l352 352A16 16 0 0 1 432 448z" fill="currentColor"></path><path d="M255.66 384c-41.49 0-81.5-12.28-118.92-36.5c-34.07-22-64.74-53.51-88.7-91v-.08c19.94-28.57 41.78-52.73 65.24-72.21a2 2 0 0 0 .14-2.94L93.5 161.38a2 2 0 0 0-2.71-.12c-24.92 21-48.05 46.76-69.08 76.92a31.92 31.92 0 0 0-.64 35.54c26.41 41.33 60.4 76.14 98.28 100.65C162 402 207.9 416 255.66 416a239.13 239.13 0 0 0 75.8-12.58a2 2 0 0 0 .77-3.31l-21.58-21.58a4 4 0 0 0-3.83-1a204.8 204.8 0 0 1-51.16 6.47z" fill="currentColor"></path><path d="M490.84 238.6c-26.46-40.92-60.79-75.68-99.27-100.53C349 110.55 302 96 255.66 96a227.34 227.34 0 0 0-74.89 12.83a2 2 0 0 0-.75 3.31l21.55 21.55a4 4 0 0 0 3.88 1a192.82 192.82 0 0 1 50.21-6.69c40.69 0 80.58 12.43 118.55 37c34.71 22.4 65.74 53.88 89.76 91a.13.13 0 0 1 0 .16a310.72 310.72 0 0 1-64.12 72.73a2 2 0 0 0-.15 2.95l19.9 19.89a2 2 0 0 0 2.7.13a343.49 343.49 0 0 0 68.64-78.48a32.2 32.2 0 0 0-.1-34.78z" fill="currentColor"></path></svg>',
  success: '<svg viewBox="0 0 48 48" version="1.1" xmlns="http://www.w3.org/2000/svg"><g stroke="none" stroke-width="1" fill-rule="evenodd"><g fill-rule="nonzero"><path d="M24,4 C35.045695,4 44,12.954305 44,24 C44,35.045695 35.045695,44 24,44 C12.954305,44 4,35.045695 4,24 C4,12.954305 12.954305,4 24,4 Z M32.6338835,17.6161165 C32.1782718,17.1605048 31.4584514,17.1301307 30.9676119,17.5249942 L30.8661165,17.6161165 L20.75,27.732233 L17.1338835,24.1161165 C16.6457281,23.6279612 15.8542719,23.6279612 15.3661165,24.1161165 C14.9105048,24.5717282 14.8801307,25.2915486 15.2749942,25.7823881 L15.3661165,25.8838835 L19.8661165,30.3838835 C20.3217282,30.8394952 21.0415486,30.8698693 21.5323881,30.4750058 L21.6338835,30.3838835 L32.6338835,19.3838835 C33.1220388,18.8957281 33.1220388,18.1042719 32.6338835,17.6161165 Z"></path></g></g></svg>',
  error: '<svg viewBox="0 0 48 48" version="1.1" xmlns="http://www.w3.org/2000/svg"><g stroke="none" stroke-width="1" fill-rule="evenodd"><g fill-rule="nonzero"><path d="M24,4 C35.045695,4 44,12.954305 44,24 C44,35.045695 35.045695,44 24,44 C12.954305,44 4,35.045695 4,24 C4,12.954305 12.954305,4 24,4 Z M17.8838835,16.1161165 L17.7823881,16.0249942 C17.3266086,15.6583353 16.6733914,15.6583353 16.2176119,16.0249942 L16.1161165,16.1161165 L16.0249942,16.2176119 C15.6583353,16.6733914 15.6583353,17.3266086 16.0249942,17.7823881 L16.1161165,17.8838835 L22.233,24 L16.1161165,30.1161165 L16.0249942,30.2176119 C15.6583353,30.6733914 15.6583353,31.3266086 16.0249942,31.7823881 L16.1161165,31.8838835 L16.2176119,31.9750058 C16.6733914,32.3416647 17.3266086,32.3416647 17.7823881,31.9750058 L17.8838835,31.8838835 L24,25.767 L30.1161165,31.8838835 L30.2176119,31.9750058 C30.6733914,32.3416647 31.3266086,32.3416647 31.7823881,31.9750058 L31.8838835,31.8838835 L31.9750058,31.7823881 C32.3416647,31.3266086 32.3416647,30.6733914 31.9750058,30.2176119 L31.8838835,30.1161165 L25.767,24 L31.8838835,17.8838835 L31.9750058,17.7823881 C32.3416647,17.3266086 32.3416647,16.6733914 31.9750058,16.2176119 L31.8838835,16.1161165 L31.7823881,16.0249942 C31.3266086,15.6583353 30.6733914,15.6583353 30.2176119,16.0249942 L30.1161165,16.1161165 L24,22.233 L17.8838835,16.1161165 L17.7823881,16.0249942 L17.8838835,16.1161165 Z"></path></g></g></svg>',
  warning: '<svg viewBox="0 0 24 24" version="1.1" xmlns="http://www.w3.org/2000/svg"><g stroke="none" stroke-width="1" fill-rule="evenodd"><g fill-rule="nonzero"><path d="M12,2 C17.523,2 22,6.478 22,12 C22,17.522 17.523,22 12,22 C6.477,22 2,17.522 2,12 C2,6.478 6.477,2 12,2 Z M12.0018002,15.0037242 C11.450254,15.0037242 11.0031376,15.4508407 11.0031376,16.0023869 C11.0031376,16.553933 11.450254,17.0010495 12.0018002,17.0010495 C12.5533463,17.0010495 13.0004628,16.553933 13.0004628,16.0023869 C13.0004628,15.4508407 12.5533463,15.0037242 12.0018002,15.0037242 Z M11.99964,7 C11.4868042,7.00018474 11.0642719,7.38637706 11.0066858,7.8837365 L11,8.00036004 L11.0018003,13.0012393 L11.00857,13.117858 C11.0665141,13.6151758 11.4893244,14.0010638 12.0021602,14.0008793 C12.514996,14.0006946 12.9375283,13.6145023 12.9951144,13.1171428 L13.0018002,13.0005193 L13,7.99964009 L12.9932303,7.8830214 C12.9352861,7.38570354 12.5124758,6.99981552 11.99964,7 Z"></path></g></g></svg>',
  info: '<svg viewBox="0 0 28 28" version="1.1" xmlns="http://www.w3.org/2000/svg"><g stroke="none" stroke-width="1" fill-rule="evenodd"><g fill-rule="nonzero"><path d="M14,2 C20.6274,2 26,7.37258 26,14 C26,20.6274 20.6274,26 14,26 C7.37258,26 2,20.6274 2,14 C2,7.37258 7.37258,2 14,2 Z M14,11 C13.4477,11 13,11.4477 13,12 L13,12 L13,20 C13,20.5523 13.4477,21 14,21 C14.5523,21 15,20.5523 15,20 L15,20 L15,12 C15,11.4477 14.5523,11 14,11 Z M14,6.75 C13.3096,6.75 12.75,7.30964 12.75,8 C12.75,8.69036 13.3096,9.25 14,9.25 C14.6904,9.25 15.25,8.69036 15.25,8 C15.25,7.30964 14.6904,6.75 14,6.75 Z"></path></g></g></svg>',
  refresh: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M320 146s24.36-12-64-12a160 160 0 1 0 160 160" fill="none" stroke="currentColor" stroke-linecap="round" stroke-miterlimit="10" stroke-width="32"></path><path fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="32" d="M256 58l80 80l-80 80"></path></svg>',
  loading: '<svg class="n-base-loading__icon" viewBox="0 0 100 100" xmlns="http://www.w3.org/2000/svg"><g><circle class="n-base-loading__circle" fill="none" stroke="currentColor" stroke-width="6" stroke-linecap="round" cx="50" cy="50" r="44" style="stroke-dasharray: 120 200"></circle></g></svg>',
  logo: '<svg viewBox="0 0 48 48" xmlns="http://www.w3.org/2000/svg"><rect x="4" y="4" width="40" height="40" rx="9" fill="#18a058"></rect><path d="M15 13h18v4H19.5v5H31v4H19.5v5H33v4H15z" fill="#fff"></path></svg>',
  grid: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect x="48" y="48" width="176" height="176" rx="20" fill="none" stroke="currentColor" stroke-width="32"></rect><rect x="288" y="48" width="176" height="176" rx="20" fill="none" stroke="currentColor" stroke-width="32"></rect><rect x="48" y="288" width="176" height="176" rx="20" fill="none" stroke="currentColor" stroke-width="32"></rect><rect x="288" y="288" width="176" height="176" rx="20" fill="none" stroke="currentColor" stroke-width="32"></rect></svg>',
  doc: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M416 221.25V416a48 48 0 0 1-48 48H144a48 48 0 0 1-48-48V96a48 48 0 0 1 48-48h98.75a32 32 0 0 1 22.62 9.37l141.26 141.26a32 32 0 0 1 9.37 22.62z" fill="none" stroke="currentColor" stroke-width="32"></path><path d="M256 56v120a32 32 0 0 0 32 32h120M176 288h160M176 368h160" fill="none" stroke="currentColor" stroke-linecap="round" stroke-width="32"></path></svg>',
  chart: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="32" d="M32 32v432a16 16 0 0 0 16 16h432"></path><rect x="96" y="224" width="80" height="192" rx="20" fill="none" stroke="currentColor" stroke-width="32"></rect><rect x="240" y="176" width="80" height="240" rx="20" fill="none" stroke="currentColor" stroke-width="32"></rect><rect x="383.64" y="112" width="80" height="304" rx="20" fill="none" stroke="currentColor" stroke-width="32"></rect></svg>',
  key: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M218.1 167.17c0 13 0 25.6 4.1 37.4c-43.1 50.6-156.9 184.3-167.5 194.5a20.17 20.17 0 0 0-6.7 15c0 8.5 5.2 16.7 9.6 21.3c6.6 6.9 34.8 33 40 28c15.4-15 18.5-19 24.8-25.2c9.5-9.3-1-28.3 2.3-36s6.8-9.2 12.5-10.4s15.8 2.9 23.7 3c8.3.1 12.8-3.4 19-9.2c5-4.6 8.6-8.9 8.7-15.6c.2-9-12.8-20.9-3.1-30.4s23.7 6.2 34 5s22.8-15.5 24.1-21.6s-11.7-21.8-9.7-30.7c.7-3 6.8-10 11.4-11s25 6.9 29.6 5.9c5.6-1.2 12.1-7.1 17.4-10.4c15.5 6.7 29.6 9.4 47.7 9.4c68.5 0 124-53.4 124-119.2S408.5 48 340 48s-121.9 53.37-121.9 119.17zM400 144a32 32 0 1 1-32-32a32 32 0 0 1 32 32z" fill="none" stroke="currentColor" stroke-linejoin="round" stroke-width="32"></path></svg>',
  people: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M402 168c-2.93 40.67-33.1 72-66 72s-63.12-31.32-66-72c-3-42.31 26.37-72 66-72s69 30.46 66 72z" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="32"></path><path d="M336 304c-65.17 0-127.84 32.37-143.54 95.41c-2.08 8.34 3.15 16.59 11.72 16.59h263.65c8.57 0 13.77-8.25 11.72-16.59C463.85 335.36 401.18 304 336 304z" fill="none" stroke="currentColor" stroke-miterlimit="10" stroke-width="32"></path><path d="M200 185.94c-2.34 32.48-26.72 58.06-53 58.06s-50.7-25.57-53-58.06C91.61 152.15 115.34 128 147 128s55.39 24.77 53 57.94z" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="32"></path></svg>'
};

/* ---------- reactivity ---------- */
var toProxy = new WeakMap();
var toRaw = new WeakMap();
var pending = false;
var postFlush = [];
var enterQueue = [];
function raw(v) { return (v && typeof v === 'object' && toRaw.has(v)) ? toRaw.get(v) : v; }
function reactive(o) {
  if (!o || typeof o !== 'object' || o instanceof Node) return o;
  if (toRaw.has(o)) return o;
  var p = toProxy.get(o);
  if (p) return p;
  p = new Proxy(o, {
    get: function (t, k) { var v = t[k]; return (v && typeof v === 'object' && !(v instanceof Node)) ? reactive(v) : v; },
    set: function (t, k, v) { v = raw(v); if (t[k] !== v || (Array.isArray(t) && k === 'length')) { t[k] = v; schedule(); } return true; },
    deleteProperty: function (t, k) { delete t[k]; schedule(); return true; }
  });
  toProxy.set(o, p); toRaw.set(p, o);
  return p;
}
function schedule() { if (!pending) { pending = true; Promise.resolve().then(flush); } }
function nextTick(fn) { postFlush.push(fn); schedule(); }

/* ---------- virtual DOM ---------- */
function h(t, p, c) { var ch = []; flat(c, ch); p = p || {}; return { t: t, p: p, c: ch, k: p.key, el: null }; }
function flat(c, out) {
  if (c === true || c === undefined) return;
  if (c === null || c === false) { out.push({ t: '#c', p: {}, c: [], k: undefined, el: null }); return; }
  if (Array.isArray(c)) { for (var i = 0; i < c.length; i++) flat(c[i], out); return; }
  if (typeof c === 'object') { out.push(c); return; }
  out.push({ t: '#text', text: String(c), p: {}, c: [], k: undefined, el: null });
}
function teleport(key, children) { var ch = []; flat(children, ch); return { t: '#tp', p: {}, c: ch, k: key, el: null }; }
function cls(v) {
  if (!v) return '';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(cls).filter(Boolean).join(' ');
  var out = []; for (var k in v) if (v[k]) out.push(k); return out.join(' ');
}
function styleObj(v) {
  if (!v) return {};
  if (typeof v !== 'string') return v;
  var o = {};
  v.split(';').forEach(function (d) { var i = d.indexOf(':'); if (i > 0) o[d.slice(0, i).trim()] = d.slice(i + 1).trim(); });
  return o;
}
function setClass(el, c) {
  var full = c + (el.__tc && el.__tc.length ? ' ' + el.__tc.join(' ') : '');
  if (el.getAttribute('class') !== full) el.setAttribute('class', full);
}
function setStyle(el, ov, nv) {
  var o = styleObj(ov), n = styleObj(nv), k;
  for (k in o) if (!(k in n)) el.style.removeProperty(k);
  for (k in n) if (n[k] !== o[k] || el.style.getPropertyValue(k) === '') el.style.setProperty(k, n[k]);
}
function setEvt(el, name, fn) {
  var m = el.__ev || (el.__ev = {});
  if (fn && !(name in m)) el.addEventListener(name, function (e) { var f = el.__ev[name]; if (f) f(e); });
  m[name] = fn || null;
}
var RESERVED = { key: 1, ref: 1, transition: 1, html: 1, onMounted: 1, onUnmounted: 1 };
function patchProps(el, op, np) {
  var k, v;
  for (k in op) {
    if (RESERVED[k] || k in np) continue;
    if (k.slice(0, 2) === 'on') setEvt(el, k.slice(2).toLowerCase(), null);
    else if (k === 'class') setClass(el, '');
    else if (k === 'style') setStyle(el, op.style, null);
    else if (k !== 'value' && k !== 'checked') el.removeAttribute(k);
  }
  for (k in np) {
    if (RESERVED[k]) continue;
    v = np[k];
    if (k.slice(0, 2) === 'on') { setEvt(el, k.slice(2).toLowerCase(), v); continue; }
    if (k === 'class') { setClass(el, cls(v)); continue; }
    if (k === 'style') { setStyle(el, op.style, v); continue; }
    if (k === 'value') { var sv = v == null ? '' : String(v); if (el.value !== sv) el.value = sv; continue; }
    if (k === 'checked') { if (el.checked !== !!v) el.checked = !!v; continue; }
    if (k in op && op[k] === v) continue;
    if (v == null || v === false) el.removeAttribute(k); else el.setAttribute(k, v === true ? '' : String(v));
  }
  if (np.html != null && np.html !== op.html) el.innerHTML = np.html;
}
var refs = {};
function mount(v, parent, anchor) {
  var i;
  if (v.t === '#text') { v.el = doc.createTextNode(v.text); parent.insertBefore(v.el, anchor); return; }
  if (v.t === '#c') { v.el = doc.createComment(''); parent.insertBefore(v.el, anchor); return; }
  if (v.t === '#tp') {
    v.el = doc.createComment('teleport start'); parent.insertBefore(v.el, anchor);
    for (i = 0; i < v.c.length; i++) mount(v.c[i], doc.body, null);
    return;
  }
  var el = v.el = doc.createElement(v.t);
  patchProps(el, {}, v.p);
  if (v.p.html == null) for (i = 0; i < v.c.length; i++) mount(v.c[i], el, null);
  if (v.p.transition) { addT(el, v.p.transition.name + '-enter-from'); addT(el, v.p.transition.name + '-enter-active'); enterQueue.push({ el: el, t: v.p.transition }); }
  parent.insertBefore(el, anchor);
  if (v.p.ref) refs[v.p.ref] = el;
  if (v.p.onMounted) postFlush.push(function () { v.p.onMounted(el); });
}
function patch(o, n, parent) {
  if (o.t !== n.t || o.k !== n.k) { mount(n, parent, o.el); unmount(o); return; }
  n.el = o.el;
  if (n.t === '#text') { if (o.text !== n.text) n.el.nodeValue = n.text; return; }
  if (n.t === '#c') return;
  if (n.t === '#tp') { patchChildren(o.c, n.c, doc.body, true); return; }
  patchProps(n.el, o.p, n.p);
  if (n.p.ref) refs[n.p.ref] = n.el;
  if (n.p.html == null) patchChildren(o.c, n.c, n.el, false);
}
function nextLive(node) { var s = node.nextSibling; while (s && s.__leaving) s = s.nextSibling; return s; }
function patchChildren(oc, nc, parent, isTp) {
  var used = [], match = [], keyed = {}, i, j, u = 0;
  for (i = 0; i < oc.length; i++) if (oc[i].k != null) keyed[oc[i].k] = i;
  for (j = 0; j < nc.length; j++) {
    var n = nc[j], idx = -1;
    if (n.k != null) { var oi = keyed[n.k]; if (oi != null && !used[oi] && oc[oi].t === n.t) idx = oi; }
    else {
      while (u < oc.length && (oc[u].k != null || used[u])) u++;
      for (var q = u; q < oc.length; q++) {
        if (oc[q].k == null && !used[q] && oc[q].t === n.t) { idx = q; u = q + 1; break; }
      }
    }
    match.push(idx); if (idx >= 0) used[idx] = true;
  }
  for (i = 0; i < oc.length; i++) if (!used[i]) unmount(oc[i]);
  if (isTp) {
    for (j = 0; j < nc.length; j++) { if (match[j] >= 0) patch(oc[match[j]], nc[j], parent); else mount(nc[j], parent, null); }
    return;
  }
  var anchor = null;
  for (j = nc.length - 1; j >= 0; j--) {
    var nv = nc[j];
    if (match[j] >= 0) { patch(oc[match[j]], nv, parent); if (nextLive(nv.el) !== anchor && nv.el.parentNode === parent) parent.insertBefore(nv.el, anchor); }
    else mount(nv, parent, anchor);
    anchor = nv.el;
  }
}
function cleanup(v) {
  if (v.t === '#text' || v.t === '#c') return;
  if (v.t === '#tp') { v.c.forEach(unmount); return; }
  if (v.p.onUnmounted) v.p.onUnmounted(v.el);
  if (v.p.ref && refs[v.p.ref] === v.el) delete refs[v.p.ref];
  v.c.forEach(cleanup);
}
function removeEl(el) { if (el && el.parentNode) el.parentNode.removeChild(el); }
function unmount(v) {
  cleanup(v);
  if (v.t === '#tp') { removeEl(v.el); return; }
  if (v.t !== '#text' && v.t !== '#c' && v.p.transition && v.p.transition.leave !== false) leave(v.el, v.p.transition); else removeEl(v.el);
}

/* ---------- <Transition> ---------- */
function addT(el, c) { (el.__tc || (el.__tc = [])).push(c); el.classList.add(c); }
function remT(el, c) { if (el.__tc) { var i = el.__tc.indexOf(c); if (i >= 0) el.__tc.splice(i, 1); } el.classList.remove(c); }
function nextFrame(fn) { requestAnimationFrame(function () { requestAnimationFrame(fn); }); }
function ms(durs, delays) {
  var a = durs.split(','), b = delays.split(','), m = 0;
  for (var i = 0; i < a.length; i++) { var t = (parseFloat(a[i]) + parseFloat(b[i % b.length] || '0')) * 1000; if (t > m) m = t; }
  return m || 0;
}
function whenEnded(el, cb) {
  var cs = getComputedStyle(el);
  var d = Math.max(ms(cs.transitionDuration, cs.transitionDelay), ms(cs.animationDuration, cs.animationDelay));
  setTimeout(cb, d ? d + 20 : 0);
}
function runEnter(el, t) {
  var name = t.name;
  if (t.onEnter) t.onEnter(el);
  nextFrame(function () {
    if (el.__leaving) return;
    remT(el, name + '-enter-from'); addT(el, name + '-enter-to');
    whenEnded(el, function () {
      if (el.__leaving) return;
      remT(el, name + '-enter-active'); remT(el, name + '-enter-to');
      if (t.onAfterEnter) t.onAfterEnter(el);
    });
  });
}
function leave(el, t) {
  var name = t.name;
  el.__leaving = true;
  remT(el, name + '-enter-from'); remT(el, name + '-enter-active'); remT(el, name + '-enter-to');
  if (t.onBeforeLeave) t.onBeforeLeave(el);
  addT(el, name + '-leave-from'); addT(el, name + '-leave-active');
  if (t.onLeave) t.onLeave(el);
  nextFrame(function () {
    remT(el, name + '-leave-from'); addT(el, name + '-leave-to');
    whenEnded(el, function () { removeEl(el); if (t.onAfterLeave) t.onAfterLeave(el); });
  });
}
var FADE_T = { name: 'fade-in-transition' };
var SCALE_T = { name: 'fade-in-scale-up-transition' };
var FEEDBACK_T = { name: 'fade-down-transition' };
function heightT(extra) {
  var t = {
    name: 'fade-in-height-expand-transition',
    onEnter: function (el) { var hh = el.offsetHeight; el.style.maxHeight = '0'; void el.offsetWidth; el.style.maxHeight = hh + 'px'; void el.offsetWidth; },
    onAfterEnter: function (el) { el.style.maxHeight = ''; },
    onBeforeLeave: function (el) { el.style.maxHeight = el.offsetHeight + 'px'; void el.offsetWidth; },
    onLeave: function (el) { el.style.maxHeight = '0'; void el.offsetWidth; }
  };
  if (extra) for (var k in extra) t[k] = extra[k];
  return t;
}
var HEIGHT_T = heightT();

/* ---------- the render loop ---------- */
var appEl = null, vroot = null, App = null;
function flush() {
  pending = false;
  var n;
  try { n = h('div', { class: 'n-config-provider' }, [App()]); } catch (e) { console.error(e); return; }
  if (!vroot) { appEl.innerHTML = ''; mount(n, appEl, null); } else patch(vroot, n, appEl);
  vroot = n;
  var eq = enterQueue; enterQueue = [];
  eq.forEach(function (x) { runEnter(x.el, x.t); });
  doc.documentElement.style.overflow = anyModalOpen() ? 'hidden' : '';
  var pf = postFlush; postFlush = [];
  pf.forEach(function (f) { try { f(); } catch (e) { console.error(e); } });
}

/* ---------- theme variables (set inline per component, as Naive UI does) ---------- */
var V = {
  input: BZ + '--n-count-text-color: rgb(118, 124, 130); --n-color: rgba(255, 255, 255, 1); --n-font-size: 14px; --n-border-radius: 3px; --n-height: 34px; --n-padding-left: 12px; --n-padding-right: 12px; --n-text-color: rgb(51, 54, 57); --n-caret-color: #18a058; --n-text-decoration-color: rgb(51, 54, 57); --n-border: 1px solid rgb(224, 224, 230); --n-border-disabled: 1px solid rgb(224, 224, 230); --n-border-hover: 1px solid #36ad6a; --n-border-focus: 1px solid #36ad6a; --n-placeholder-color: rgba(194, 194, 194, 1); --n-box-shadow-focus: 0 0 0 2px rgba(24, 160, 88, 0.2); --n-color-focus: rgba(255, 255, 255, 1); --n-icon-color: rgba(194, 194, 194, 1); --n-icon-color-hover: rgba(146, 146, 146, 1); --n-border-error: 1px solid #d03050; --n-border-hover-error: 1px solid #de576d; --n-border-focus-error: 1px solid #de576d; --n-box-shadow-focus-error: 0 0 0 2px rgba(208, 48, 80, 0.2); --n-caret-color-error: #d03050;',
  otpInput: BZ + '--n-count-text-color: rgb(118, 124, 130); --n-color: rgba(255, 255, 255, 1); --n-font-size: 14px; --n-border-radius: 3px; --n-height: 34px; --n-padding-left: 0; --n-padding-right: 0; --n-text-color: rgb(51, 54, 57); --n-caret-color: #18a058; --n-text-decoration-color: rgb(51, 54, 57); --n-border: 1px solid rgb(224, 224, 230); --n-border-hover: 1px solid #36ad6a; --n-border-focus: 1px solid #36ad6a; --n-placeholder-color: rgba(194, 194, 194, 1); --n-box-shadow-focus: 0 0 0 2px rgba(24, 160, 88, 0.2); --n-color-focus: rgba(255, 255, 255, 1); --n-icon-color: rgba(194, 194, 194, 1); --n-border-error: 1px solid #d03050; --n-border-hover-error: 1px solid #de576d; --n-border-focus-error: 1px solid #de576d; --n-box-shadow-focus-error: 0 0 0 2px rgba(208, 48, 80, 0.2); --n-caret-color-error: #d03050;',
  card: BZ + '--n-border-radius: 3px; --n-color: #fff; --n-color-modal: #fff; --n-color-embedded: rgb(250, 250, 252); --n-text-color: rgb(51, 54, 57); --n-line-height: 1.6; --n-action-color: rgb(250, 250, 252); --n-title-text-color: rgb(31, 34, 37); --n-title-font-weight: 500; --n-close-icon-color: rgba(102, 102, 102, 1); --n-close-icon-color-hover: rgba(102, 102, 102, 1); --n-close-icon-color-pressed: rgba(102, 102, 102, 1); --n-close-color-hover: rgba(0, 0, 0, .09); --n-close-color-pressed: rgba(0, 0, 0, .13); --n-border-color: rgb(239, 239, 245); --n-box-shadow: 0 1px 2px -2px rgba(0, 0, 0, .08), 0 3px 6px 0 rgba(0, 0, 0, .06), 0 5px 12px 4px rgba(0, 0, 0, .04); --n-padding-top: 19px; --n-padding-bottom: 20px; --n-padding-left: 24px; --n-font-size: 14px; --n-title-font-size: 18px; --n-close-size: 22px; --n-close-icon-size: 18px; --n-close-border-radius: 3px;',
  form: BZ + '--n-line-height: 1.6; --n-blank-height: 34px; --n-feedback-padding: 4px 0 0 2px; --n-feedback-font-size: 14px; --n-feedback-height: 24px; --n-label-font-size: 14px; --n-label-height: 26px; --n-label-padding: 0 0 6px 2px; --n-label-font-weight: 400; --n-label-text-align: left; --n-asterisk-color: rgba(208, 48, 80, 1); --n-label-text-color: rgb(31, 34, 37); --n-feedback-text-color: rgb(118, 124, 130); --n-feedback-text-color-error: rgba(208, 48, 80, 1); --n-feedback-text-color-warning: rgba(240, 160, 32, 1);',
  formLeft: BZ + '--n-line-height: 1.6; --n-blank-height: 34px; --n-feedback-padding: 4px 0 0 2px; --n-feedback-font-size: 14px; --n-feedback-height: 24px; --n-label-font-size: 14px; --n-label-height: 34px; --n-label-padding: 0 12px 0 0; --n-label-font-weight: 400; --n-label-text-align: right; --n-asterisk-color: rgba(208, 48, 80, 1); --n-label-text-color: rgb(31, 34, 37); --n-feedback-text-color: rgb(118, 124, 130); --n-feedback-text-color-error: rgba(208, 48, 80, 1); --n-feedback-text-color-warning: rgba(240, 160, 32, 1);',
  radio: BZ + '--n-box-shadow: inset 0 0 0 1px rgb(224, 224, 230); --n-box-shadow-active: inset 0 0 0 1px #18a058; --n-box-shadow-disabled: inset 0 0 0 1px rgb(224, 224, 230); --n-box-shadow-focus: inset 0 0 0 1px #18a058, 0 0 0 2px rgba(24, 160, 88, 0.2); --n-box-shadow-hover: inset 0 0 0 1px #18a058; --n-color: #0000; --n-color-disabled: rgb(250, 250, 252); --n-color-active: #0000; --n-dot-color-active: #18a058; --n-dot-color-disabled: rgb(224, 224, 230); --n-font-size: 14px; --n-radio-size: 16px; --n-text-color: rgb(51, 54, 57); --n-text-color-disabled: rgba(194, 194, 194, 1); --n-label-padding: 0 8px; --n-label-line-height: 1.6; --n-label-font-weight: 400;',
  selection: BZ + '--n-border: 1px solid rgb(224, 224, 230); --n-border-active: 1px solid #18a058; --n-border-focus: 1px solid #36ad6a; --n-border-hover: 1px solid #36ad6a; --n-border-radius: 3px; --n-box-shadow-active: 0 0 0 2px rgba(24, 160, 88, 0.2); --n-box-shadow-focus: 0 0 0 2px rgba(24, 160, 88, 0.2); --n-box-shadow-hover: none; --n-caret-color: #18a058; --n-color: rgba(255, 255, 255, 1); --n-color-active: rgba(255, 255, 255, 1); --n-color-disabled: rgb(250, 250, 252); --n-font-size: 14px; --n-height: 34px; --n-padding-single-top: 0; --n-padding-single-right: 26px; --n-padding-single-bottom: 0; --n-padding-single-left: 12px; --n-placeholder-color: rgba(194, 194, 194, 1); --n-text-color: rgb(51, 54, 57); --n-arrow-color: rgba(194, 194, 194, 1); --n-arrow-size: 16px; --n-border-error: 1px solid #d03050; --n-border-active-error: 1px solid #de576d; --n-border-focus-error: 1px solid #de576d; --n-box-shadow-active-error: 0 0 0 2px rgba(208, 48, 80, 0.2);',
  selectMenu: BZ + '--n-height: 273px; --n-padding: 4px 0; --n-option-height: 34px; --n-option-font-size: 14px; --n-option-padding: 0 12px; --n-color: #fff; --n-border-radius: 3px; --n-box-shadow: 0 3px 6px -4px rgba(0, 0, 0, .12), 0 6px 16px 0 rgba(0, 0, 0, .08), 0 9px 28px 8px rgba(0, 0, 0, .05); --n-option-text-color: rgb(51, 54, 57); --n-option-text-color-active: #18a058; --n-option-color-pending: rgb(243, 243, 245); --n-option-color-active: rgba(24, 160, 88, 0.1); --n-option-color-active-pending: rgba(24, 160, 88, 0.15);',
  menu: BZ + '--n-font-size: 14px; --n-border-color-horizontal: #0000; --n-border-radius: 3px; --n-item-height: 42px; --n-color: #fff; --n-group-text-color: rgb(118, 124, 130); --n-item-text-color: rgb(51, 54, 57); --n-item-text-color-hover: rgb(51, 54, 57); --n-item-text-color-active: #18a058; --n-item-text-color-child-active: #18a058; --n-item-color-hover: rgb(243, 243, 245); --n-item-color-active: rgba(24, 160, 88, 0.1); --n-item-color-active-hover: rgba(24, 160, 88, 0.1); --n-item-icon-color: rgb(31, 34, 37); --n-item-icon-color-active: #18a058; --n-arrow-color: rgb(51, 54, 57); --n-arrow-color-child-active: #18a058;',
  message: BZ + '--n-margin: 0 0 8px 0; --n-padding: 10px 20px; --n-max-width: 720px; --n-font-size: 14px; --n-icon-margin: 0 10px 0 0; --n-icon-size: 20px; --n-close-icon-size: 16px; --n-close-size: 20px; --n-line-height: 1.6; --n-border-radius: 3px; --n-text-color: rgb(51, 54, 57); --n-color: #fff; --n-box-shadow: 0 3px 6px -4px rgba(0, 0, 0, .12), 0 6px 16px 0 rgba(0, 0, 0, .08), 0 9px 28px 8px rgba(0, 0, 0, .05); --n-icon-color-success: #18a058; --n-icon-color-error: #d03050; --n-icon-color-warning: #f0a020; --n-icon-color-info: #2080f0; --n-icon-color-loading: #18a058;',
  dialog: BZ + '--n-font-size: 14px; --n-icon-color: #f0a020; --n-close-margin-top: 16px; --n-close-margin-right: 16px; --n-close-size: 22px; --n-close-icon-size: 18px; --n-close-border-radius: 3px; --n-close-color-hover: rgba(0, 0, 0, .09); --n-close-color-pressed: rgba(0, 0, 0, .13); --n-close-icon-color: rgba(102, 102, 102, 1); --n-close-icon-color-hover: rgba(102, 102, 102, 1); --n-color: #fff; --n-text-color: rgb(51, 54, 57); --n-border-radius: 3px; --n-padding: 16px 28px 20px 28px; --n-title-font-size: 18px; --n-title-font-weight: 500; --n-title-text-color: rgb(31, 34, 37); --n-icon-size: 28px; --n-icon-margin-top: 0; --n-icon-margin-right: 12px; --n-icon-margin-bottom: 0; --n-icon-margin-left: 0; --n-content-margin: 8px 0 16px 0; --n-action-space: 12px; --n-line-height: 1.6;',
  modal: BZ + '--n-box-shadow: 0 6px 16px -9px rgba(0, 0, 0, .08), 0 9px 28px 0 rgba(0, 0, 0, .05), 0 12px 48px 16px rgba(0, 0, 0, .03); --n-color: #fff; --n-text-color: rgb(51, 54, 57);',
  spin: BZ + '--n-opacity-spinning: 0.5; --n-size: 34px; --n-color: #18a058; --n-text-color: rgb(51, 54, 57);',
  layout: BZ + '--n-color: #f5f7f9; --n-text-color: rgb(51, 54, 57);',
  sider: BZ + '--n-color: #fff; --n-text-color: rgb(51, 54, 57); --n-border-color: rgb(239, 239, 245); --n-toggle-button-color: #fff;',
  header: BZ + '--n-color: #fff; --n-text-color: rgb(51, 54, 57); --n-border-color: rgb(239, 239, 245);',
  breadcrumb: BZ + '--n-font-size: 14px; --n-font-weight-active: 400; --n-item-line-height: 1.25; --n-item-text-color: rgb(118, 124, 130); --n-item-text-color-active: rgb(51, 54, 57); --n-separator-color: rgb(118, 124, 130); --n-item-border-radius: 3px;',
  result: BZ + '--n-font-size: 14px; --n-title-font-size: 26px; --n-title-font-weight: 500; --n-line-height: 1.6; --n-text-color: rgb(118, 124, 130); --n-title-text-color: rgb(31, 34, 37); --n-icon-color: #2080f0;'
};
var BTN = {
  default: { c: '#0000', ch: '#0000', cp: '#0000', t: 'rgb(51, 54, 57)', th: '#36ad6a', tp: '#0c7a43', b: '1px solid rgb(224, 224, 230)', bh: '1px solid #36ad6a', bp: '1px solid #0c7a43', r: '#18a058' },
  primary: { c: '#18a058', ch: '#36ad6a', cp: '#0c7a43', t: '#FFF', th: '#FFF', tp: '#FFF', b: '1px solid #18a058', bh: '1px solid #36ad6a', bp: '1px solid #0c7a43', r: '#18a058' },
  error: { c: '#d03050', ch: '#de576d', cp: '#ab1f3f', t: '#FFF', th: '#FFF', tp: '#FFF', b: '1px solid #d03050', bh: '1px solid #de576d', bp: '1px solid #ab1f3f', r: '#d03050' },
  warning: { c: '#f0a020', ch: '#fcb040', cp: '#c97c10', t: '#FFF', th: '#FFF', tp: '#FFF', b: '1px solid #f0a020', bh: '1px solid #fcb040', bp: '1px solid #c97c10', r: '#f0a020' }
};
var SIZE = { small: ['28px', '0 14px', '14px'], medium: ['34px', '0 14px', '14px'], large: ['40px', '0 18px', '15px'] };
function btnVars(type, o) {
  var c = BTN[type] || BTN.default, s = SIZE[o.size || 'medium'];
  var text = o.text ? (type === 'default' ? 'rgb(51, 54, 57)' : c.c) : null;
  return BZ + '--n-ripple-duration: .6s; --n-opacity-disabled: 0.5; --n-wave-opacity: 0.6; --n-font-weight: 400; ' +
    '--n-color: ' + (o.text || o.ghost ? '#0000' : c.c) + '; --n-color-hover: ' + (o.text || o.ghost ? '#0000' : c.ch) + '; --n-color-pressed: ' + (o.text || o.ghost ? '#0000' : c.cp) + '; --n-color-focus: ' + (o.text || o.ghost ? '#0000' : c.ch) + '; --n-color-disabled: ' + (o.text || o.ghost ? '#0000' : c.c) + '; ' +
    '--n-ripple-color: ' + c.r + '; --n-text-color: ' + (text || (o.ghost ? 'rgb(51, 54, 57)' : c.t)) + '; --n-text-color-hover: ' + (o.text || o.ghost ? '#36ad6a' : c.th) + '; --n-text-color-pressed: ' + (o.text || o.ghost ? '#0c7a43' : c.tp) + '; --n-text-color-focus: ' + (o.text || o.ghost ? '#36ad6a' : c.th) + '; --n-text-color-disabled: ' + (text || c.t) + '; ' +
    '--n-border: ' + (o.text ? 'none' : (o.ghost ? BTN.default.b : c.b)) + '; --n-border-hover: ' + (o.text ? 'none' : c.bh) + '; --n-border-pressed: ' + (o.text ? 'none' : c.bp) + '; --n-border-focus: ' + (o.text ? 'none' : c.bh) + '; --n-border-disabled: ' + (o.text ? 'none' : c.b) + '; ' +
    '--n-width: initial; --n-height: ' + s[0] + '; --n-font-size: ' + s[2] + '; --n-padding: ' + (o.text ? 'initial' : s[1]) + '; --n-icon-size: 18px; --n-icon-margin: 6px; --n-border-radius: 3px;';
}
var ALERT = {
  info: ['rgba(238, 245, 254, 1)', 'rgba(32, 128, 240, 0.25)', '#2080f0'],
  success: ['rgba(237, 247, 242, 1)', 'rgba(24, 160, 88, 0.25)', '#18a058'],
  warning: ['rgba(254, 247, 237, 1)', 'rgba(240, 160, 32, 0.25)', '#f0a020'],
  error: ['rgba(251, 238, 241, 1)', 'rgba(208, 48, 80, 0.23)', '#d03050']
};

/* ---------- components ---------- */
function icon(svg, extraClass) { return h('i', { class: ['n-base-icon', extraClass], html: svg }); }
function nButton(o, content) {
  var type = o.type || 'default';
  return h('button', {
    key: o.key,
    class: ['n-button', 'n-button--' + type + '-type', 'n-button--' + (o.size || 'medium') + '-type', o.block && 'n-button--block', o.text && 'n-button--text', o.ghost && 'n-button--ghost', o.disabled && 'n-button--disabled'],
    tabindex: o.disabled ? '-1' : '0', type: 'button', disabled: !!o.disabled, style: btnVars(type, o),
    onClick: function (e) {
      var w = e.currentTarget.querySelector('.n-base-wave');
      if (w) { w.classList.remove('n-base-wave--active'); void w.offsetWidth; w.classList.add('n-base-wave--active'); }
      if (o.onClick) o.onClick(e);
    }
  }, [
    o.icon ? h('div', { class: 'n-button__icon' }, [h('div', { class: 'n-icon-slot', role: 'none' }, [icon(o.icon)])]) : null,
    h('span', { class: 'n-button__content' }, content),
    o.text ? null : h('div', { 'aria-hidden': 'true', class: 'n-base-wave' }),
    o.text ? null : h('div', { 'aria-hidden': 'true', class: 'n-button__border' }),
    o.text ? null : h('div', { 'aria-hidden': 'true', class: 'n-button__state-border' })
  ]);
}
function closeButton(extra, onClick) {
  return h('div', {
    tabindex: '0', 'aria-label': 'close', role: 'none', class: ['n-base-close', 'n-base-close--absolute', extra],
    onClick: function () { onClick(); },
    onKeydown: function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onClick(); } }
  }, [icon(I.close)]);
}
function nInput(o) {
  var focused = S.focus === o.key;
  var isPw = o.type === 'password';
  var refName = o.ref || o.key;
  return h('div', {
    key: o.key,
    class: ['n-input', 'n-input--resizable', 'n-input--stateful', focused && 'n-input--focus', o.status && 'n-input--' + o.status + '-status'],
    style: o.otp ? V.otpInput : V.input,
    onMousedown: function (e) {
      if (e.target.tagName !== 'INPUT') { e.preventDefault(); var el = refs[refName]; if (el && doc.activeElement !== el) el.focus(); }
    }
  }, [
    h('div', { class: 'n-input-wrapper' }, [
      o.prefix != null ? h('div', { class: 'n-input__prefix' }, o.prefix) : null,
      h('div', { class: 'n-input__input' }, [
        h('input', {
          ref: refName, type: isPw && !o.pwVisible ? 'password' : 'text', class: 'n-input__input-el', tabindex: '0',
          value: o.value, autocomplete: o.autocomplete || 'off', maxlength: o.maxlength, inputmode: o.inputmode,
          onInput: function (e) { o.onInput(e.target.value, e); },
          onFocus: function () { S.focus = o.key; },
          onBlur: function () { if (S.focus === o.key) S.focus = ''; if (o.onBlur) o.onBlur(); },
          onKeydown: o.onKeydown, onPaste: o.onPaste
        }),
        !o.value && o.placeholder ? h('div', { class: 'n-input__placeholder' }, [h('span', {}, o.placeholder)]) : null
      ]),
      isPw ? h('div', { class: 'n-input__suffix' }, [
        h('i', {
          class: 'n-base-icon n-input__eye', html: o.pwVisible ? I.eye : I.eyeOff,
          onMousedown: function (e) { e.preventDefault(); },
          onClick: function () { if (o.onTogglePw) o.onTogglePw(); }
        })
      ]) : null
    ]),
    h('div', { class: 'n-input__border' }),
    h('div', { class: 'n-input__state-border' })
  ]);
}
function otpFocus(key, i) { var el = refs[key + i]; if (el) { el.focus(); el.select(); } }
function inputOtp(key, vals, status, onEnter, onChange) {
  var len = vals.length;
  return h('div', { class: 'n-input-otp', style: '--n-gap: 8px; --n-input-width: 36px;' }, vals.map(function (v, i) {
    return nInput({
      key: key + i, value: v, status: status, placeholder: '', otp: true, inputmode: 'numeric',
      onInput: function (value, e) {
        var cur = vals[i] || '';
        var diff = value.replace(cur, '');
        var ch = diff[diff.length - 1] || value[value.length - 1] || '';
        if (ch && !/^[0-9]$/.test(ch)) { e.target.value = cur; return; }
        vals[i] = ch;
        if (onChange) onChange();
        if (ch && i < len - 1) otpFocus(key, i + 1);
      },
      onKeydown: function (e) {
        var code = e.code || e.key;
        if (code === 'Backspace' || e.key === 'Backspace') { e.preventDefault(); vals[i] = ''; if (onChange) onChange(); if (i > 0) otpFocus(key, i - 1); }
        else if (e.key === 'ArrowLeft') { e.preventDefault(); if (i > 0) otpFocus(key, i - 1); }
        else if (e.key === 'ArrowRight') { e.preventDefault(); if (i < len - 1) otpFocus(key, i + 1); }
        else if (e.key === 'Enter' && onEnter) { e.preventDefault(); onEnter(); }
      },
      onPaste: function (e) {
        e.preventDefault();
        var text = (e.clipboardData && e.clipboardData.getData('text')) || '';
        var start = i, applied = false;
        for (var j = 0; j < text.length; j++) {
          if (!/^[0-9]$/.test(text[j])) continue;
          applied = true; vals[start] = text[j]; start++;
          if (start >= len) break;
        }
        if (applied && onChange) onChange();
        if (applied && start < len) otpFocus(key, start);
      }
    });
  }));
}
function formItem(o, blank) {
  var left = !!o.left;
  var fb = o.feedback;
  return h('div', {
    key: o.key,
    class: ['n-form-item', 'n-form-item--medium-size', left ? 'n-form-item--left-labelled' : 'n-form-item--top-labelled', o.noFeedback && 'n-form-item--no-label'],
    style: left ? V.formLeft : V.form
  }, [
    o.label != null ? h('label', { class: 'n-form-item-label', style: left ? 'width: ' + (o.labelWidth || 280) + 'px;' : undefined }, [
      h('span', { class: 'n-form-item-label__text' }, o.label),
      o.required ? h('span', { class: 'n-form-item-label__asterisk' }, '\u00a0*') : null
    ]) : null,
    h('div', { class: ['n-form-item-blank', fb && 'n-form-item-blank--error'] }, blank),
    o.noFeedback ? null : h('div', { class: 'n-form-item-feedback-wrapper' }, [
      fb ? h('div', { key: 'e:' + fb, class: 'n-form-item-feedback n-form-item-feedback--error', transition: FEEDBACK_T }, [h('div', { class: 'n-form-item-feedback__line' }, fb)])
        : o.hint ? h('div', { key: 'h', class: 'n-form-item-feedback' }, [h('div', { class: 'n-form-item-feedback__line' }, o.hint)]) : null
    ])
  ]);
}
function radioGroup(name, options, value, onChange) {
  return h('div', { class: 'n-radio-group' }, options.map(function (opt) {
    var checked = value === opt.value;
    return h('label', { key: opt.value, class: ['n-radio', checked && 'n-radio--checked', S.focus === name + opt.value && 'n-radio--focus'], style: V.radio }, [
      h('div', { class: 'n-radio__dot-wrapper' }, ['\u00a0', h('div', { class: ['n-radio__dot', checked && 'n-radio__dot--checked'] })]),
      h('input', {
        type: 'radio', class: 'n-radio-input', value: opt.value, name: name, checked: checked,
        onChange: function () { onChange(opt.value); },
        onFocus: function () { S.focus = name + opt.value; },
        onBlur: function () { if (S.focus === name + opt.value) S.focus = ''; }
      }),
      h('div', { class: 'n-radio__label' }, opt.label)
    ]);
  }));
}
function nCard(o, content, footer) {
  return h('div', {
    key: o.key,
    class: ['n-card', o.bordered !== false && 'n-card--bordered', o.size && 'n-card--' + o.size + '-size', o.cls],
    style: V.card + (o.style || ''), role: o.role, 'aria-modal': o.ariaModal, tabindex: o.tabindex,
    transition: o.transition, onMounted: o.onMounted
  }, [
    o.title != null || o.closable ? h('div', { class: 'n-card-header' }, [
      h('div', { class: 'n-card-header__main', role: 'heading' }, o.title),
      o.extra != null ? h('div', { class: 'n-card-header__extra' }, o.extra) : null,
      o.closable ? closeButton('n-card-header__close', o.onClose) : null
    ]) : null,
    h('div', { class: 'n-card__content', role: 'none' }, content),
    footer ? h('div', { class: 'n-card__footer', role: 'none' }, footer) : null
  ]);
}
function nAlert(type, title, content, key) {
  var c = ALERT[type] || ALERT.info;
  return h('div', {
    key: key, class: ['n-alert', 'n-alert--show-icon'], role: 'alert',
    style: BZ + '--n-color: ' + c[0] + '; --n-close-icon-size: 16px; --n-close-border-radius: 3px; --n-close-color-hover: rgba(0, 0, 0, .09); --n-close-icon-color: rgba(102, 102, 102, 1); --n-icon-size: 24px; --n-icon-margin: 11px 8px 0 12px; --n-icon-margin-left: 12px; --n-icon-margin-right: 8px; --n-padding: 13px; --n-title-font-weight: 500; --n-line-height: 1.6; --n-border-radius: 3px; --n-border: 1px solid ' + c[1] + '; --n-title-text-color: rgb(31, 34, 37); --n-content-text-color: rgb(51, 54, 57); --n-font-size: 14px; --n-icon-color: ' + c[2] + ';'
  }, [
    h('div', { class: 'n-alert__border' }),
    h('div', { class: 'n-alert__icon', 'aria-hidden': 'true' }, [icon(I[type] || I.info)]),
    h('div', { class: 'n-alert-body' }, [
      title ? h('div', { class: 'n-alert-body__title' }, title) : null,
      h('div', { class: 'n-alert-body__content' }, content)
    ])
  ]);
}
function nSpin(spinning, children) {
  return h('div', { class: 'n-spin-container', style: V.spin }, [
    h('div', { class: ['n-spin-content', spinning && 'n-spin-content--spinning'] }, children),
    spinning ? h('div', { key: 'spin', class: 'n-spin-body', transition: FADE_T }, [
      h('div', { class: 'n-base-loading n-spin', role: 'img', 'aria-label': 'loading', html: I.loading })
    ]) : null
  ]);
}
function nForm(children) {
  return h('form', { class: 'n-form', onSubmit: function (e) { e.preventDefault(); } }, children);
}
function nResult(title, desc, extra) {
  return h('div', { class: 'n-result n-result--medium-size', style: V.result }, [
    h('div', { class: 'n-result-icon' }, [icon(I.info)]),
    h('div', { class: 'n-result-header' }, [h('div', { class: 'n-result-header__title' }, title), h('div', { class: 'n-result-header__description' }, desc)]),
    extra ? h('div', { class: 'n-result-footer', style: 'margin-top: 24px;' }, extra) : null
  ]);
}
function dataTable(cols, rows, rowKey) {
  return h('div', { class: 'n-data-table n-data-table--bordered n-data-table--single-line' }, [
    h('div', { class: 'n-data-table-wrapper' }, [
      h('div', { class: 'n-data-table-base-table' }, [
        h('table', { class: 'n-data-table-table' }, [
          h('colgroup', {}, cols.map(function (c) { return h('col', { key: c.key, style: c.width ? 'width: ' + c.width + ';' : undefined }); })),
          h('thead', { class: 'n-data-table-thead' }, [h('tr', { class: 'n-data-table-tr' }, cols.map(function (c) {
            return h('th', { key: c.key, class: 'n-data-table-th', 'data-col-key': c.key }, [h('div', { class: 'n-data-table-th__title-wrapper' }, [h('div', { class: 'n-data-table-th__title' }, c.title)])]);
          }))]),
          h('tbody', { class: 'n-data-table-tbody' }, rows.length ? rows.map(function (r, i) {
            return h('tr', { key: rowKey(r), class: 'n-data-table-tr' }, cols.map(function (c) {
              return h('td', { key: c.key, class: 'n-data-table-td', 'data-col-key': c.key }, c.render ? c.render(r, i) : r[c.key]);
            }));
          }) : [h('tr', { key: '__empty', class: 'n-data-table-tr' }, [h('td', { class: 'n-data-table-td n-data-table-empty', colspan: String(cols.length) }, 'No Data')])])
        ])
      ])
    ])
  ]);
}

/* ---------- n-modal (teleported container, separate mask, focus trap) ---------- */
var modalStack = [];
function anyModalOpen() { return modalStack.length > 0; }
function focusables(root) {
  return Array.prototype.filter.call(root.querySelectorAll('button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"]), a[href]'), function (el) { return el.offsetParent !== null || el === doc.activeElement; });
}
function renderModal(key, m, makeBody, close, maskClosable) {
  if (!m.mounted) return null;
  var body = m.show ? makeBody({
    key: key + '-body',
    transition: { name: 'fade-in-scale-up-transition', onAfterLeave: function () { m.displayed = false; } },
    onMounted: function (el) {
      m.prevFocus = doc.activeElement;
      var list = focusables(el);
      if (list.length) list[0].focus(); else { el.setAttribute('tabindex', '-1'); el.focus(); }
    }
  }) : null;
  return teleport(key, [h('div', { key: key + '-container', role: 'none', class: 'n-modal-container', style: V.modal + ' z-index: ' + (m.z || 2001) + ';' }, [
    m.show ? h('div', { key: 'mask', 'aria-hidden': 'true', class: 'n-modal-mask', transition: FADE_T }) : null,
    (m.show || m.displayed) ? h('div', { key: 'wrapper', role: 'none', class: 'n-modal-body-wrapper' }, [
      h('div', { class: 'n-scrollbar', role: 'none' }, [
        h('div', { class: 'n-scrollbar-container' }, [
          h('div', {
            class: 'n-scrollbar-content n-modal-scroll-content',
            onMousedown: function (e) { e.currentTarget.__down = e.target === e.currentTarget; },
            onClick: function (e) { if (e.target === e.currentTarget && e.currentTarget.__down && maskClosable) close(); }
          }, [body])
        ]),
        h('div', { class: 'n-scrollbar-rail n-scrollbar-rail--vertical', 'aria-hidden': 'true' })
      ])
    ]) : null
  ])]);
}
function openModal(m, close) {
  m.mounted = true; m.show = true; m.displayed = true; m.z = 2001 + modalStack.length;
  modalStack.push({ m: m, close: close });
}
function closeModal(m) {
  if (!m.show) return;
  m.show = false;
  for (var i = modalStack.length - 1; i >= 0; i--) if (raw(modalStack[i].m) === raw(m)) modalStack.splice(i, 1);
  var prev = m.prevFocus;
  if (prev && prev.isConnected) setTimeout(function () { try { prev.focus(); } catch (e) { /* ignore */ } }, 0);
}
doc.addEventListener('keydown', function (e) {
  var top = modalStack[modalStack.length - 1];
  if (!top) return;
  if (e.key === 'Escape') { e.preventDefault(); top.close(); return; }
  if (e.key === 'Tab') {
    var cards = doc.querySelectorAll('.n-modal-container .n-modal');
    var card = cards[cards.length - 1];
    if (!card) return;
    var list = focusables(card);
    if (!list.length) { e.preventDefault(); return; }
    var first = list[0], last = list[list.length - 1];
    if (!card.contains(doc.activeElement)) { e.preventDefault(); first.focus(); }
    else if (e.shiftKey && doc.activeElement === first) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && doc.activeElement === last) { e.preventDefault(); first.focus(); }
  }
}, true);

/* ---------- message & dialog providers ---------- */
var msgSeq = 0;
function message(type, content, duration) {
  var id = ++msgSeq;
  S.messages.push({ id: id, type: type, content: content, show: true });
  setTimeout(function () { for (var i = 0; i < S.messages.length; i++) if (S.messages[i].id === id) S.messages[i].show = false; }, duration || 3000);
}
function renderMessages() {
  if (!S.messages.length) return null;
  return teleport('n-message-provider', [h('div', { key: 'message-container', class: 'n-message-container n-message-container--top' }, S.messages.filter(function (m) { return m.show; }).map(function (m) {
    return h('div', {
      key: 'msg-' + m.id, class: 'n-message-wrapper', style: V.message,
      transition: heightT({ onAfterLeave: function () { var i = S.messages.findIndex(function (x) { return x.id === m.id; }); if (i >= 0) S.messages.splice(i, 1); } })
    }, [
      h('div', { class: ['n-message', 'n-message--' + m.type + '-type'] }, [
        h('div', { class: ['n-message__icon', 'n-message__icon--' + m.type + '-type'] }, [h('div', { class: 'n-icon-slot', role: 'none' }, [icon(I[m.type] || I.info)])]),
        h('div', { class: 'n-message__content' }, m.content)
      ])
    ]);
  }))]);
}
var dialogSeq = 0;
function dialogWarning(o) {
  var d = reactive({ id: ++dialogSeq, title: o.title, content: o.content, positiveText: o.positiveText, negativeText: o.negativeText, show: false, displayed: false, mounted: false });
  d.onPositiveClick = o.onPositiveClick;
  S.dialogs.push(d);
  var dd = S.dialogs[S.dialogs.length - 1];
  openModal(dd, function () { closeModal(dd); });
  return dd;
}
function renderDialogs() {
  return S.dialogs.map(function (d) {
    var close = function () { closeModal(d); };
    return renderModal('n-dialog-' + d.id, d, function (bp) {
      bp.transition.onAfterLeave = function () { d.displayed = false; var i = S.dialogs.findIndex(function (x) { return x.id === d.id; }); if (i >= 0) S.dialogs.splice(i, 1); };
      return h('div', { key: bp.key, class: 'n-dialog n-dialog--icon-left n-modal', role: 'dialog', 'aria-modal': 'true', style: V.dialog, transition: bp.transition, onMounted: bp.onMounted }, [
        closeButton('n-dialog__close', close),
        h('div', { class: 'n-dialog__title' }, [icon(I.warning, 'n-dialog__icon'), d.title]),
        h('div', { class: 'n-dialog__content' }, d.content),
        h('div', { class: 'n-dialog__action' }, [
          nButton({ ghost: true, size: 'small', onClick: close }, d.negativeText),
          nButton({ type: 'warning', size: 'small', onClick: function () { var f = d.onPositiveClick; closeModal(d); if (f) f(); } }, d.positiveText)
        ])
      ]);
    }, close, true);
  });
}
`;

/* ------------------------------------------------------------------------------------------
 * Client, part 2: store, router, request layer and the pages.
 * ---------------------------------------------------------------------------------------- */
const CLIENT_PAGES = String.raw`
/* ---------- store ---------- */
function emptyOtp() { return ['', '', '', '', '', '']; }
function freshLogin() { return { step: 'form', userName: '', password: '', captcha: '', pwVisible: false, errors: {}, loading: false, capT: Date.now(), otp: emptyOtp(), mobile: '', alert: '' }; }
function freshApi() {
  return {
    step: 'otp', sent: false, mobile: '', otp: emptyOtp(), otpError: '', countdown: 0, loading: false,
    gstin: '', gsps: [], registered: [], mode: '', gsp: null, userName: '', password: '', confirm: '', pv1: false, pv2: false,
    errors: {}, alert: null, alertSeq: 0,
    sel: { opened: false, show: false, pattern: '', pending: 0, scrollTop: 0, x: 0, y: 0, w: 0 }
  };
}
var S = reactive({
  path: location.pathname, query: location.search, user: null, notice: '', focus: '',
  messages: [], dialogs: [], expanded: [],
  login: freshLogin(), api: freshApi(),
  contacts: { show: false, displayed: false, mounted: false }
});
var EXPIRED = 'Your session has expired. Please log in again.';
var NOT_LOGGED = 'Your session has expired or you are not logged in. Please log in again.';

/* ---------- menu & routes ---------- */
var CREATE_PATH = '/api-registration/user-credentials/create-api-user';
var MENU = [
  { key: 'dashboard', label: 'Dashboard', icon: I.grid, path: '/dashboard' },
  { key: 'e-invoice', label: 'e-Invoice', icon: I.doc, children: [
    { key: 'generate-irn', label: 'Generate IRN', path: '/einvoice/generate' },
    { key: 'cancel-irn', label: 'Cancel IRN', path: '/einvoice/cancel' },
    { key: 'get-irn', label: 'Get IRN Details', path: '/einvoice/irn-details' },
    { key: 'bulk-upload', label: 'Bulk Upload', path: '/einvoice/bulk-upload' }
  ] },
  { key: 'mis-reports', label: 'MIS Reports', icon: I.chart, children: [
    { key: 'irn-report', label: 'IRN Details Report', path: '/mis/irn-details' },
    { key: 'summary-report', label: 'Summary Report', path: '/mis/summary' }
  ] },
  { key: 'api-registration', label: 'API Registration', icon: I.key, children: [
    { key: 'user-credentials', label: 'User Credentials', children: [
      { key: 'create-api-user', label: 'Create API User', path: CREATE_PATH },
      { key: 'change-api-password', label: 'Change API Password', path: '/api-registration/user-credentials/change-password' },
      { key: 'freeze-api-user', label: 'Freeze API User', path: '/api-registration/user-credentials/freeze' }
    ] },
    { key: 'ip-whitelisting', label: 'IP Whitelisting', path: '/api-registration/ip-whitelisting' }
  ] },
  { key: 'user-management', label: 'User Management', icon: I.people, children: [
    { key: 'create-sub-user', label: 'Create Sub-User', path: '/user-management/create' },
    { key: 'update-sub-user', label: 'Update Sub-User', path: '/user-management/update' }
  ] }
];
var ROUTE_INFO = {};
(function walk(list, parents, crumbs) {
  list.forEach(function (it) {
    if (it.children) walk(it.children, parents.concat([it.key]), crumbs.concat([it.label]));
    else ROUTE_INFO[it.path] = { key: it.key, label: it.label, parents: parents, crumbs: crumbs.concat([it.label]) };
  });
})(MENU, [], []);
var PUBLIC = { '/': 1, '/login': 1 };

/* ---------- request layer (axios-like interceptors on fetch) ---------- */
function request(method, url, body, opts) {
  opts = opts || {};
  var init = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json, text/plain, */*' } };
  if (body !== undefined) { init.headers['Content-Type'] = 'application/json;charset=UTF-8'; init.body = JSON.stringify(body); }
  return fetch(url, init).then(function (res) {
    return res.json().catch(function () { return { code: res.status, message: 'Request failed with status code ' + res.status }; }).then(function (data) {
      if (res.status === 401 || data.code === 401) {
        if (!opts.silent401) { message('error', data.message || EXPIRED); toLogin(S.path, EXPIRED); }
        var err = new Error('401'); err.expired = true; throw err;
      }
      return data;
    });
  }, function (e) { message('error', 'Network Error'); throw e; });
}
function sha256hex(s) {
  return crypto.subtle.digest('SHA-256', new TextEncoder().encode(s)).then(function (b) {
    return Array.prototype.map.call(new Uint8Array(b), function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
  });
}

/* ---------- router (history mode) ---------- */
function go(to, mode) {
  var u = new URL(to, location.origin);
  var path = u.pathname, search = u.search;
  if (path === '/login' && S.user) { path = '/dashboard'; search = ''; mode = 'replace'; }
  if (mode !== 'replace' && mode !== 'pop' && path === S.path && search === S.query) return;
  var proceed = function () {
    if (mode === 'replace' || mode === true) history.replaceState(null, '', path + search);
    else if (mode !== 'pop') history.pushState(null, '', path + search);
    commit(path, search);
  };
  if (!PUBLIC[path] && !S.user) {
    loadUser().then(function (ok) { if (ok) proceed(); else toLogin(path, NOT_LOGGED); });
    return;
  }
  proceed();
}
function commit(path, search) {
  S.path = path; S.query = search || '';
  var info = ROUTE_INFO[path];
  if (info) info.parents.forEach(function (k) { if (S.expanded.indexOf(k) < 0) S.expanded.push(k); });
  doc.title = (info ? info.label : path === '/login' ? 'Login' : path === '/' ? 'Home' : 'Not Found') + ' - e-Invoice System';
  S.api.sel.show = false;
  if (path === CREATE_PATH) enterCreateApiUser();
  var sc = doc.querySelector('.layout-main-scroll');
  if (sc) sc.scrollTop = 0;
}
function toLogin(from, notice) {
  modalStack.slice().forEach(function (x) { closeModal(x.m); });
  S.user = null; S.notice = notice; S.login = freshLogin();
  S.contacts = { show: false, displayed: false, mounted: false };
  S.api.sel.show = false;
  var q = from && from !== '/login' && from !== '/' ? '?redirect=' + encodeURIComponent(from) : '';
  history.replaceState(null, '', '/login' + q);
  commit('/login', q);
}
window.addEventListener('popstate', function () { go(location.pathname + location.search, 'pop'); });
function loadUser() {
  return request('GET', '/api/user/info', undefined, { silent401: true }).then(function (d) {
    if (d.code !== 200) return false;
    S.user = d.data;
    if (d.data.showContacts && !S.contacts.show) openModal(S.contacts, closeContacts);
    return true;
  }).catch(function () { return false; });
}
function logout() {
  request('POST', '/api/auth/logout', {}).then(function () {
    modalStack.slice().forEach(function (x) { closeModal(x.m); });
    S.user = null; S.notice = ''; S.login = freshLogin();
    S.contacts = { show: false, displayed: false, mounted: false };
    go('/login', 'replace');
    message('success', 'Logged out successfully');
  }).catch(function () { /* handled by the interceptor */ });
}

/* ---------- form rules ---------- */
var PW_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}$/;
var LOGIN_RULES = {
  userName: function (v) { return v.trim() ? '' : 'Please enter user name'; },
  password: function (v) { return v ? '' : 'Please enter password'; },
  captcha: function (v) { return v.trim() ? '' : 'Please enter the captcha'; }
};
var REG_RULES = {
  mode: function (v) { return v ? '' : 'Please choose an option'; },
  gsp: function (v) { return v ? '' : 'Please select your GSP'; },
  userName: function (v) { v = v.trim(); return !v ? 'Please enter the user name' : /^[A-Za-z0-9]{4,12}$/.test(v) ? '' : 'User name must be 4 to 12 letters or digits'; },
  password: function (v) { return !v ? 'Please enter the password' : PW_RULE.test(v) ? '' : 'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character'; },
  confirm: function (v, m) { return !v ? 'Please re-enter the password' : v === m.password ? '' : 'The two passwords do not match'; }
};
function validate(model, rules, name) {
  var f = rules[name]; if (!f) return true;
  var v = model[name]; var msg = f(v == null ? '' : v, model);
  if ((model.errors[name] || '') !== msg) model.errors[name] = msg;
  return !msg;
}
function validateAll(model, rules, names) {
  var ok = true;
  (names || Object.keys(rules)).forEach(function (k) { if (!validate(model, rules, k)) ok = false; });
  return ok;
}
function field(model, rules, name, o) {
  var p = {
    value: model[name], status: model.errors[name] ? 'error' : undefined,
    onInput: function (v) { model[name] = v; validate(model, rules, name); if (o.after) o.after(); },
    onBlur: function () { validate(model, rules, name); }
  };
  for (var k in o) if (k !== 'after') p[k] = o[k];
  return nInput(p);
}

/* ---------- landing page ---------- */
function HomePage() {
  return h('div', { key: 'home', class: 'n-layout n-layout--static-positioned', style: V.layout }, [
    h('div', { class: 'n-layout-scroll-container', style: 'overflow-y: auto;' }, [
      h('div', { class: 'n-layout-header n-layout-header--static-positioned n-layout-header--bordered', style: V.header }, [
        h('div', { class: 'portal-header' }, [
          h('div', { class: 'brand' }, [h('span', { html: I.logo, style: 'display: inline-flex;' }), h('span', {}, 'e-Invoice System')]),
          h('div', {}, [nButton({ type: 'primary', onClick: function () { go('/login'); } }, 'Login')])
        ])
      ]),
      h('div', { class: 'n-layout-content', style: V.layout }, [
        h('div', { class: 'portal-hero' }, [
          nCard({ key: 'welcome', title: 'Welcome to the e-Invoice System' }, [
            h('p', { style: 'margin: 0;' }, 'Taxpayers report their B2B invoices to the Invoice Registration Portal (IRP) and obtain the Invoice Reference Number (IRN), the signed invoice and the signed QR code. Log in with your e-Invoice credentials to generate IRNs, view reports and manage API access for your GSP or ERP.')
          ]),
          h('div', { class: 'portal-grid' }, [
            nCard({ key: 'c1', title: 'Generate IRN', size: 'small' }, ['Enter invoice details on the portal or upload them in bulk to obtain the IRN and signed QR code.']),
            nCard({ key: 'c2', title: 'Bulk Generation Tools', size: 'small' }, ['Prepare the JSON for many invoices offline with the bulk generation tool and upload it after login.']),
            nCard({ key: 'c3', title: 'API Access', size: 'small' }, ['Taxpayers create API users for their GSP under API Registration after login; an OTP goes to the registered mobile.'])
          ]),
          nCard({ key: 'updates', title: 'Latest Updates', style: ' margin-top: 16px;' }, [
            h('ul', { style: 'margin: 0; padding-left: 18px;' }, [
              h('li', { key: 'u1' }, 'Two-factor authentication is mandatory for all users from 1 April 2025 (SMS, Sandes app or NIC-GST-Shield app).'),
              h('li', { key: 'u2' }, 'Invoices older than 30 days cannot be reported to the IRP by taxpayers with AATO of \u20b910 crore and above.'),
              h('li', { key: 'u3' }, 'API users for a GSP are created per GSTIN under API Registration \u203a User Credentials.')
            ])
          ])
        ]),
        h('div', { class: 'portal-footer' }, 'Site owned by Goods and Services Tax Network. Designed and developed by National Informatics Centre.')
      ])
    ])
  ]);
}

/* ---------- login page ---------- */
function refreshCaptcha() { S.login.capT = Date.now(); S.login.captcha = ''; }
function LoginPage() {
  var L = S.login, otpStep = L.step === 'otp';
  return h('div', { key: 'login', class: 'view-account' }, [
    h('div', { class: 'view-account-container' }, [
      h('div', { class: 'view-account-top' }, [
        h('div', { class: 'view-account-top-logo' }, [h('span', { html: I.logo, style: 'display: inline-flex;' }), h('span', {}, 'e-Invoice System')]),
        h('div', { class: 'view-account-top-desc' }, 'Invoice Registration Portal \u00b7 Goods and Services Tax')
      ]),
      nCard({ key: otpStep ? 'otp-card' : 'login-card', title: otpStep ? 'Two-Factor Authentication' : 'Login to e-Invoice System' }, [
        nSpin(L.loading, otpStep ? loginOtpForm(L) : loginForm(L))
      ])
    ])
  ]);
}
function loginForm(L) {
  var enter = function (e) { if (e.key === 'Enter') { e.preventDefault(); submitLogin(); } };
  return [
    S.notice ? nAlert('warning', null, S.notice, 'notice') : null,
    L.alert ? nAlert('error', null, L.alert, 'login-alert') : null,
    nForm([
      formItem({ key: 'fi-user', label: 'User Name', required: true, feedback: L.errors.userName }, [
        field(L, LOGIN_RULES, 'userName', { key: 'login-user', placeholder: 'Enter user name', autocomplete: 'username', onKeydown: enter })
      ]),
      formItem({ key: 'fi-pass', label: 'Password', required: true, feedback: L.errors.password }, [
        field(L, LOGIN_RULES, 'password', { key: 'login-pass', type: 'password', pwVisible: L.pwVisible, onTogglePw: function () { L.pwVisible = !L.pwVisible; }, placeholder: 'Enter password', autocomplete: 'current-password', onKeydown: enter })
      ]),
      formItem({ key: 'fi-captcha', label: 'Captcha', required: true, feedback: L.errors.captcha }, [
        h('div', { class: 'captcha-row' }, [
          field(L, LOGIN_RULES, 'captcha', { key: 'login-captcha', placeholder: 'Enter the characters shown', onKeydown: enter }),
          h('img', { class: 'captcha-img', src: '/api/auth/captcha?t=' + L.capT, alt: 'captcha', title: 'Click to refresh', onClick: refreshCaptcha }),
          nButton({ icon: I.refresh, onClick: refreshCaptcha }, 'Refresh')
        ])
      ]),
      h('div', { style: 'margin-top: 4px;' }, [nButton({ type: 'primary', size: 'large', block: true, onClick: submitLogin }, 'Login')]),
      h('div', { style: 'display: flex; justify-content: space-between; margin-top: 14px;' }, [
        nButton({ text: true, type: 'primary', onClick: function () { message('info', 'Use "Forgot Password" on the GST common portal to reset your password.'); } }, 'Forgot Password?'),
        nButton({ text: true, type: 'primary', onClick: function () { go('/'); } }, 'Back to Home')
      ])
    ])
  ];
}
function submitLogin() {
  var L = S.login;
  if (L.loading) return;
  if (!validateAll(L, LOGIN_RULES)) return;
  L.loading = true; L.alert = '';
  request('GET', '/api/auth/key').then(function (k) {
    return sha256hex(L.password).then(function (h1) { return sha256hex(h1 + k.data.key); });
  }).then(function (hash) {
    return request('POST', '/api/auth/login', { userName: L.userName.trim(), passwordHash: hash, captcha: L.captcha.trim() });
  }).then(function (d) {
    L.loading = false;
    if (d.code === 200) {
      L.step = 'otp'; L.mobile = d.data.mobile; L.otp = emptyOtp(); L.errors = {}; S.notice = '';
      message('success', 'OTP has been sent to your registered mobile number.');
      nextTick(function () { otpFocus('lotp-', 0); });
    } else {
      message('error', d.message);
      L.alert = d.message; L.errors = {}; L.captcha = ''; L.capT = Date.now();
      if (d.data && d.data.field === 'login') L.password = '';
    }
  }).catch(function () { L.loading = false; });
}
function loginOtpForm(L) {
  return [
    nAlert('info', null, 'An OTP has been sent to your registered mobile number ' + L.mobile + ' and to the Sandes app. You may also enter the code shown in the NIC-GST-Shield app.', 'otp-info'),
    nForm([
      formItem({ key: 'fi-lotp', label: 'Enter OTP', required: true, feedback: L.errors.otp }, [
        inputOtp('lotp-', L.otp, L.errors.otp ? 'error' : undefined, verifyLoginOtp, function () { if (L.errors.otp) L.errors.otp = ''; })
      ]),
      h('div', { style: 'margin-top: 4px;' }, [nButton({ type: 'primary', size: 'large', block: true, onClick: verifyLoginOtp }, 'Verify OTP')]),
      h('div', { style: 'display: flex; justify-content: space-between; margin-top: 14px;' }, [
        nButton({ text: true, type: 'primary', onClick: resendLoginOtp }, 'Resend OTP'),
        nButton({ text: true, onClick: function () { S.login = freshLogin(); } }, 'Back to Login')
      ])
    ])
  ];
}
function resendLoginOtp() {
  var L = S.login; if (L.loading) return;
  L.loading = true;
  request('POST', '/api/auth/otp/resend', {}).then(function (d) {
    L.loading = false;
    message(d.code === 200 ? 'success' : 'error', d.message);
    L.otp = emptyOtp(); nextTick(function () { otpFocus('lotp-', 0); });
  }).catch(function () { L.loading = false; });
}
function verifyLoginOtp() {
  var L = S.login; if (L.loading) return;
  var code = L.otp.join('');
  if (code.length < 6) { L.errors.otp = 'Please enter the 6-digit OTP'; return; }
  L.loading = true;
  request('POST', '/api/auth/otp/verify', { otp: code }).then(function (d) {
    if (d.code !== 200) {
      L.loading = false; message('error', d.message); L.errors.otp = d.message; L.otp = emptyOtp();
      nextTick(function () { otpFocus('lotp-', 0); });
      return undefined;
    }
    return loadUser().then(function (ok) {
      L.loading = false;
      if (!ok) { toLogin('', EXPIRED); return; }
      message('success', 'Login successful');
      var r = new URLSearchParams(S.query).get('redirect');
      S.login = freshLogin();
      go(r && r.charAt(0) === '/' && r.indexOf('//') !== 0 && r !== '/login' ? r : '/dashboard', 'replace');
    });
  }).catch(function () { L.loading = false; });
}

/* ---------- layout ---------- */
function toggleMenu(key) { var i = S.expanded.indexOf(key); if (i >= 0) S.expanded.splice(i, 1); else S.expanded.push(key); }
function Menu() {
  var info = ROUTE_INFO[S.path];
  var active = info ? info.key : '', activePath = info ? info.parents : [];
  function items(list, level) {
    return list.map(function (it) {
      var pl = 'padding-left: ' + (24 + level * 24) + 'px;';
      var ic = it.icon ? h('div', { class: 'n-menu-item-content__icon', role: 'none', style: 'width: 20px; height: 20px; font-size: 20px; margin-right: 8px;' }, [h('i', { class: 'n-icon', role: 'img', html: it.icon })]) : null;
      if (it.children) {
        var open = S.expanded.indexOf(it.key) >= 0;
        return h('div', { key: it.key, class: 'n-submenu' }, [
          h('div', { role: 'none', class: ['n-menu-item-content', !open && 'n-menu-item-content--collapsed', activePath.indexOf(it.key) >= 0 && 'n-menu-item-content--child-active'], style: pl, onClick: function () { toggleMenu(it.key); } }, [
            ic,
            h('div', { class: 'n-menu-item-content-header', role: 'none' }, it.label),
            h('i', { class: 'n-base-icon n-menu-item-content__arrow', 'aria-hidden': 'true', html: I.chevronFilled })
          ]),
          open ? h('div', { key: 'children', class: 'n-submenu-children', transition: HEIGHT_T }, items(it.children, level + 1)) : null
        ]);
      }
      return h('div', { key: it.key, class: 'n-menu-item' }, [
        h('div', { role: 'none', class: ['n-menu-item-content', active === it.key && 'n-menu-item-content--selected'], style: pl, onClick: function () { go(it.path); } }, [
          ic,
          h('div', { class: 'n-menu-item-content-header', role: 'none' }, it.label)
        ])
      ]);
    });
  }
  return h('div', { role: 'menu', class: 'n-menu n-menu--vertical', style: V.menu }, items(MENU, 0));
}
function breadcrumb(crumbs) {
  return h('nav', { class: 'n-breadcrumb', 'aria-label': 'Breadcrumb', style: V.breadcrumb }, [
    h('ul', {}, crumbs.map(function (c, i) {
      return h('li', { key: i + c, class: ['n-breadcrumb-item', i === crumbs.length - 1 && 'n-breadcrumb-item--current'] }, [
        h('span', { class: 'n-breadcrumb-item__link' }, c),
        h('span', { class: 'n-breadcrumb-item__separator', 'aria-hidden': 'true' }, '/')
      ]);
    }))
  ]);
}
function Layout(content) {
  var info = ROUTE_INFO[S.path], u = S.user;
  return h('div', { key: 'layout', class: 'n-layout n-layout--static-positioned n-layout--has-sider', style: V.layout }, [
    h('div', { class: 'n-layout-scroll-container' }, [
      h('aside', { class: 'n-layout-sider n-layout-sider--static-positioned n-layout-sider--left-placement n-layout-sider--bordered n-layout-sider--show-content', style: V.sider + ' max-width: 240px; width: 240px;' }, [
        h('div', { class: 'n-layout-sider-scroll-container', style: 'min-width: 240px; width: 240px;' }, [
          h('div', { class: 'logo' }, [h('span', { html: I.logo, style: 'display: inline-flex;' }), h('span', {}, 'e-Invoice System')]),
          Menu()
        ])
      ]),
      h('div', { class: 'n-layout', style: V.layout + ' height: 100vh;' }, [
        h('div', { class: 'n-layout-scroll-container layout-main-scroll', style: 'overflow-y: auto;' }, [
          h('div', { class: 'n-layout-header n-layout-header--static-positioned', style: V.header }, [
            h('div', { class: 'layout-header' }, [
              h('div', { class: 'layout-header-left' }, [breadcrumb(info ? info.crumbs : [])]),
              h('div', { class: 'layout-header-right' }, [
                h('span', { class: 'gstin-tag' }, 'GSTIN: ' + u.gstin),
                h('div', { class: 'user-name' }, [h('span', { class: 'n-avatar n-avatar--round-shape' }, u.userName.slice(0, 1).toUpperCase()), h('span', {}, u.userName)]),
                nButton({ text: true, type: 'primary', onClick: logout }, 'Logout')
              ])
            ])
          ]),
          h('div', { class: 'n-layout-content', style: V.layout }, [
            h('div', { class: 'n-layout-scroll-container' }, [
              h('div', { class: 'layout-content-main' }, [h('div', { key: S.path, class: 'main-view', transition: { name: 'zoom-fade', leave: false } }, content)])
            ])
          ])
        ])
      ])
    ]),
    renderContacts()
  ]);
}
function closeContacts() {
  closeModal(S.contacts);
  request('POST', '/api/user/contacts/close', {}).then(function () { if (S.user) S.user.showContacts = false; }).catch(function () { /* interceptor */ });
}
function renderContacts() {
  var c = S.user.contact;
  return renderModal('contacts-modal', S.contacts, function (bp) {
    return nCard({
      key: bp.key, cls: 'n-modal', role: 'dialog', ariaModal: 'true', title: 'Contacts of Technical Person', closable: true, onClose: closeContacts,
      transition: bp.transition, onMounted: bp.onMounted, style: ' width: 640px;'
    }, [
      nAlert('info', null, 'Please keep the details of your technical contact person up to date. Notices about API access and system changes are sent to this contact.', 'contacts-info'),
      h('div', { class: 'n-descriptions n-descriptions--left-label-placement n-descriptions--bordered n-descriptions--medium-size' }, [
        h('div', { class: 'n-descriptions-table-wrapper' }, [
          h('table', { class: 'n-descriptions-table' }, [h('tbody', {}, [['Name', c.name], ['Mobile Number', c.mobile], ['E-mail ID', c.email]].map(function (r) {
            return h('tr', { key: r[0], class: 'n-descriptions-table-row' }, [
              h('th', { class: 'n-descriptions-table-header' }, r[0]),
              h('td', { class: 'n-descriptions-table-content' }, [h('span', { class: 'n-descriptions-table-content__content' }, r[1])])
            ]);
          }))])
        ])
      ])
    ], [h('div', { style: 'display: flex; justify-content: flex-end; gap: 12px;' }, [
      nButton({ disabled: true }, 'Update'),
      nButton({ type: 'error', onClick: closeContacts }, 'Exit')
    ])]);
  }, closeContacts, true);
}

/* ---------- pages inside the layout ---------- */
function DashboardPage() {
  var u = S.user;
  var stats = [['Generations', '1,284', 'IRNs generated this month'], ['Cancelled', '17', 'IRNs cancelled this month'], ['Total Value', '\u20b9 4.62 Cr', 'Taxable value this month'], ['Bulk Uploads', '9', 'Files processed this month']];
  return [
    nCard({ key: 'dash-head', bordered: false }, [
      h('h2', { class: 'n-h n-h2' }, 'Dash Board'),
      h('div', { class: 'n-text n-text--depth-3' }, 'Welcome, ' + u.tradeName + ' (' + u.legalName + ') \u00b7 GSTIN ' + u.gstin)
    ]),
    h('div', { key: 'dash-stats', class: 'stat-grid', style: 'margin-top: 12px;' }, stats.map(function (s) {
      return nCard({ key: s[0], title: s[0], size: 'small' }, [h('div', { class: 'stat-value' }, s[1]), h('div', { class: 'stat-label' }, s[2])]);
    }))
  ];
}
function PlaceholderPage(info) {
  return [nCard({ key: 'ph-' + info.key, title: info.label }, [
    nResult('Service not available', 'This service is not available for your GSTIN at the moment.', [nButton({ type: 'primary', onClick: function () { go('/dashboard'); } }, 'Back to Dashboard')])
  ])];
}
function NotFoundPage() {
  return [nCard({ key: 'nf', title: '404' }, [nResult('Page not found', 'The page you are looking for does not exist.', [nButton({ type: 'primary', onClick: function () { go('/dashboard'); } }, 'Back to Dashboard')])])];
}

/* ---------- Create API User ---------- */
var countdownTimer = null;
function enterCreateApiUser() {
  if (countdownTimer) clearInterval(countdownTimer);
  S.api = freshApi();
  sendApiOtp();
}
function startCountdown(A) {
  if (countdownTimer) clearInterval(countdownTimer);
  A.countdown = 30;
  countdownTimer = setInterval(function () { if (A.countdown > 0) A.countdown = A.countdown - 1; else clearInterval(countdownTimer); }, 1000);
}
function sendApiOtp() {
  var A = S.api; if (A.loading) return;
  A.loading = true;
  request('POST', '/api/api-registration/otp/send', {}).then(function (d) {
    A.loading = false;
    if (d.code !== 200) { message('error', d.message); return; }
    A.sent = true; A.mobile = d.data.mobile; A.otp = emptyOtp(); A.otpError = '';
    message('success', d.message);
    startCountdown(A);
    nextTick(function () { otpFocus('aotp-', 0); });
  }).catch(function () { A.loading = false; });
}
function verifyApiOtp() {
  var A = S.api; if (A.loading) return;
  var code = A.otp.join('');
  if (code.length < 6) { A.otpError = 'Please enter the 6-digit OTP'; return; }
  A.loading = true;
  request('POST', '/api/api-registration/otp/verify', { otp: code }).then(function (d) {
    if (d.code !== 200) {
      A.loading = false; message('error', d.message); A.otpError = d.message; A.otp = emptyOtp();
      nextTick(function () { otpFocus('aotp-', 0); });
      return undefined;
    }
    message('success', d.message);
    return request('GET', '/api/api-registration/options').then(function (o) {
      A.loading = false;
      if (o.code !== 200) { message('error', o.message); return; }
      if (countdownTimer) clearInterval(countdownTimer);
      A.gstin = o.data.gstin; A.gsps = o.data.gsps; A.registered = o.data.registered; A.step = 'form';
    });
  }).catch(function () { A.loading = false; });
}
var MODES = [
  { value: 'direct', label: 'Directly' },
  { value: 'gsp', label: 'Through GSP' },
  { value: 'erp', label: 'Through ERP' },
  { value: 'other', label: 'Through Client-Id of other' }
];
var MODE_NOTE = {
  direct: 'Direct API access with your own Client ID and Client Secret is available only to taxpayers whose aggregate turnover exceeds the notified threshold. Your GSTIN is not eligible for direct registration.',
  erp: 'Registration through an ERP is not enabled for your GSTIN. Please register through your GSP.',
  other: 'No Client-Id has been shared with your GSTIN by another taxpayer.'
};
var PW_HINT = '8 to 15 characters with upper case, lower case, digit and special character';
var LABEL_W = 280;
function CreateApiUserPage() {
  var A = S.api;
  if (A.step === 'otp') {
    return [nCard({ key: 'api-otp-card', title: 'API Registration', extra: 'GSTIN: ' + S.user.gstin }, [nSpin(A.loading, [
      A.sent ? nAlert('info', null, 'An OTP has been sent to your registered mobile number ' + A.mobile + '. The OTP is valid for 10 minutes.', 'api-otp-sent')
        : nAlert('info', null, 'Sending OTP to your registered mobile number\u2026', 'api-otp-sending'),
      nForm([
        formItem({ key: 'fi-aotp', label: 'Enter OTP', required: true, feedback: A.otpError }, [
          inputOtp('aotp-', A.otp, A.otpError ? 'error' : undefined, verifyApiOtp, function () { if (A.otpError) A.otpError = ''; })
        ]),
        h('div', { class: 'otp-actions' }, [
          nButton({ type: 'primary', onClick: verifyApiOtp }, 'Verify OTP'),
          nButton({ text: true, type: 'primary', disabled: A.countdown > 0, onClick: sendApiOtp }, A.countdown > 0 ? 'Resend OTP (' + A.countdown + 's)' : 'Resend OTP')
        ])
      ])
    ])])];
  }
  var isGsp = A.mode === 'gsp';
  return [
    nCard({ key: 'api-reg-card', title: 'API Registration', extra: 'GSTIN: ' + A.gstin }, [nSpin(A.loading, [
      A.alert ? nAlert(A.alert.type, A.alert.title, A.alert.content, 'reg-alert-' + A.alertSeq) : null,
      nForm([
        formItem({ key: 'fi-mode', left: true, labelWidth: LABEL_W, label: 'Do you wish to Register your GSTIN for', required: true, feedback: A.errors.mode }, [
          radioGroup('api-reg-mode', MODES, A.mode, function (v) { A.mode = v; A.errors = {}; })
        ]),
        isGsp ? formItem({ key: 'fi-gsp', left: true, labelWidth: LABEL_W, label: 'Select your GSP', required: true, feedback: A.errors.gsp }, [gspSelect(A)]) : null,
        isGsp ? formItem({ key: 'fi-uname', left: true, labelWidth: LABEL_W, label: 'Username', required: true, feedback: A.errors.userName }, [
          h('div', { class: 'n-input-group' }, [
            h('div', { class: 'n-input-group-label' }, ['API_', h('div', { class: 'n-input-group-label__border' })]),
            field(A, REG_RULES, 'userName', { key: 'reg-user', placeholder: 'Enter user name' })
          ])
        ]) : null,
        isGsp ? formItem({ key: 'fi-pw', left: true, labelWidth: LABEL_W, label: 'Password', required: true, feedback: A.errors.password, hint: PW_HINT }, [
          field(A, REG_RULES, 'password', { key: 'reg-pass', type: 'password', pwVisible: A.pv1, onTogglePw: function () { A.pv1 = !A.pv1; }, placeholder: 'Enter password', autocomplete: 'new-password', after: function () { if (A.confirm) validate(A, REG_RULES, 'confirm'); } })
        ]) : null,
        isGsp ? formItem({ key: 'fi-pw2', left: true, labelWidth: LABEL_W, label: 'Re-enter Password', required: true, feedback: A.errors.confirm }, [
          field(A, REG_RULES, 'confirm', { key: 'reg-pass2', type: 'password', pwVisible: A.pv2, onTogglePw: function () { A.pv2 = !A.pv2; }, placeholder: 'Re-enter password', autocomplete: 'new-password' })
        ]) : null,
        !isGsp && A.mode ? h('div', { key: 'mode-note', style: 'margin-left: ' + LABEL_W + 'px;' }, [nAlert(A.mode === 'direct' ? 'warning' : 'info', null, MODE_NOTE[A.mode], 'mode-' + A.mode)]) : null,
        h('div', { key: 'actions', class: 'form-actions', style: 'margin-left: ' + LABEL_W + 'px; margin-top: 8px;' }, [
          nButton({ type: 'primary', onClick: submitReg }, 'Submit'),
          nButton({ onClick: function () { go('/dashboard'); } }, 'Exit')
        ])
      ])
    ])]),
    nCard({ key: 'reg-list-card', cls: 'page-card', title: 'GSPs registered for this GSTIN' }, [
      dataTable([
        { key: 'sl', title: 'Sl. No.', width: '80px', render: function (r, i) { return String(i + 1); } },
        { key: 'gsp', title: 'GSP Name' },
        { key: 'username', title: 'API User Name' },
        { key: 'createdOn', title: 'Created On', width: '190px' },
        { key: 'status', title: 'Status', width: '110px', render: function (r) { return h('div', { class: 'n-tag n-tag--success-type' }, [h('span', { class: 'n-tag__content' }, r.status)]); } }
      ], A.registered, function (r) { return r.gsp + '|' + r.username; })
    ])
  ];
}
function gspFiltered(A) {
  var p = A.sel.pattern.trim().toLowerCase();
  return p ? A.gsps.filter(function (g) { return g.toLowerCase().indexOf(p) >= 0; }) : A.gsps.slice();
}
function placeGsp() {
  var sel = S.api.sel, el = refs['gsp-selection'];
  if (!el) return;
  var r = el.getBoundingClientRect();
  sel.x = Math.round(r.left + window.scrollX); sel.y = Math.round(r.bottom + window.scrollY); sel.w = Math.round(r.width);
}
function openGsp() {
  var A = S.api, sel = A.sel;
  placeGsp();
  sel.opened = true; sel.show = true; sel.pattern = ''; sel.scrollTop = 0;
  var i = A.gsp ? gspFiltered(A).indexOf(A.gsp) : 0;
  sel.pending = i < 0 ? 0 : i;
  nextTick(function () {
    var inp = refs['gsp-input'];
    if (inp && doc.activeElement !== inp) inp.focus();
    scrollPendingIntoView();
  });
}
function closeGsp() { var sel = S.api.sel; if (!sel.show) return; sel.show = false; sel.pattern = ''; }
function pickGsp(A, g) { A.gsp = g; A.errors.gsp = ''; closeGsp(); }
function scrollPendingIntoView() {
  var sel = S.api.sel, vl = refs['gsp-vl'];
  if (!vl) return;
  var top = sel.pending * 34 + 4, bottom = top + 34;
  if (top < vl.scrollTop) vl.scrollTop = top - 4;
  else if (bottom > vl.scrollTop + vl.clientHeight) vl.scrollTop = bottom - vl.clientHeight + 4;
  sel.scrollTop = vl.scrollTop;
}
function gspKeydown(e) {
  var A = S.api, sel = A.sel, opts = gspFiltered(A);
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    if (!sel.show) { openGsp(); return; }
    if (!opts.length) return;
    sel.pending = e.key === 'ArrowDown' ? Math.min(opts.length - 1, sel.pending + 1) : Math.max(0, sel.pending - 1);
    nextTick(scrollPendingIntoView);
  } else if (e.key === 'Enter') {
    e.preventDefault();
    if (!sel.show) openGsp(); else if (opts[sel.pending]) pickGsp(A, opts[sel.pending]);
  } else if (e.key === 'Escape') {
    if (sel.show) { e.preventDefault(); e.stopPropagation(); closeGsp(); }
  } else if (e.key === 'Tab') closeGsp();
}
function gspSelect(A) {
  var sel = A.sel, active = sel.show, hasPattern = !!sel.pattern;
  var showPlaceholder = active ? !hasPattern : !A.gsp;
  var showLabel = active ? false : !!A.gsp;
  return h('div', { class: 'n-select' }, [
    h('div', {
      ref: 'gsp-selection',
      class: ['n-base-selection', A.errors.gsp && 'n-base-selection--error-status', active && 'n-base-selection--active', (A.gsp || (active && hasPattern)) && 'n-base-selection--selected', S.focus === 'gsp' && 'n-base-selection--focus'],
      style: V.selection,
      onClick: function (e) { if (!sel.show) openGsp(); else if (e.target.tagName !== 'INPUT') closeGsp(); },
      onMousedown: function (e) { if (e.target.tagName !== 'INPUT') { e.preventDefault(); var inp = refs['gsp-input']; if (inp && doc.activeElement !== inp) inp.focus(); } },
      onKeydown: gspKeydown
    }, [
      h('div', { class: 'n-base-selection-label' }, [
        h('input', {
          ref: 'gsp-input', class: 'n-base-selection-input', value: active ? sel.pattern : '', placeholder: '', autocomplete: 'off',
          onFocus: function () { S.focus = 'gsp'; },
          onBlur: function () { if (S.focus === 'gsp') S.focus = ''; closeGsp(); validate(A, REG_RULES, 'gsp'); },
          onInput: function (e) {
            sel.pattern = e.target.value; sel.pending = 0; sel.scrollTop = 0;
            if (!sel.show) { placeGsp(); sel.opened = true; sel.show = true; }
            nextTick(function () { var vl = refs['gsp-vl']; if (vl) vl.scrollTop = 0; });
          }
        }),
        showLabel ? h('div', { key: 'input', class: 'n-base-selection-label__render-label n-base-selection-overlay' }, [h('div', { class: 'n-base-selection-overlay__wrapper' }, A.gsp)]) : null,
        showPlaceholder ? h('div', { key: 'placeholder', class: 'n-base-selection-placeholder n-base-selection-overlay' }, [h('div', { class: 'n-base-selection-overlay__wrapper' }, active && A.gsp ? A.gsp : 'Please Select')]) : null,
        h('div', { class: 'n-base-suffix' }, [h('div', { class: 'n-base-suffix__arrow' }, [icon(I.chevron)])])
      ]),
      h('div', { class: 'n-base-selection__border' }),
      h('div', { class: 'n-base-selection__state-border' })
    ]),
    sel.opened ? gspMenu(A) : null
  ]);
}
function gspMenu(A) {
  var sel = A.sel, opts = gspFiltered(A);
  var ITEM = 34, VIEW = 273;
  var start = Math.max(0, Math.floor(sel.scrollTop / ITEM) - 1);
  var end = Math.min(opts.length, start + Math.ceil(VIEW / ITEM) + 2);
  return teleport('gsp-follower', [h('div', { key: 'gsp-follower-container', class: 'v-binder-follower-container' }, [
    h('div', { class: 'v-binder-follower-content', 'v-placement': 'bottom-start', style: '--v-target-width: ' + sel.w + 'px; --v-offset-left: 0px; --v-offset-top: 0px; transform: translateX(' + sel.x + 'px) translateY(' + sel.y + 'px); transform-origin: top left; z-index: 2000;' }, [
      sel.show ? h('div', { key: 'gsp-menu', ref: 'gsp-menu', class: 'n-base-select-menu n-select-menu', tabindex: '0', style: V.selectMenu + ' width: var(--v-target-width);', transition: SCALE_T, onMousedown: function (e) { e.preventDefault(); } }, [
        opts.length ? h('div', { key: 'vl', ref: 'gsp-vl', class: 'v-vl n-virtual-list', onScroll: function (e) { sel.scrollTop = e.target.scrollTop; } }, [
          h('div', { class: 'v-vl-items', style: 'box-sizing: content-box; height: ' + (opts.length * ITEM) + 'px; padding-top: 4px; padding-bottom: 4px;' }, [
            h('div', { class: 'v-vl-visible-items', style: 'transform: translateY(' + (start * ITEM) + 'px);' }, opts.slice(start, end).map(function (g, k) {
              var idx = start + k;
              return h('div', {
                key: g,
                class: ['n-base-select-option', 'n-base-select-option--show-checkmark', A.gsp === g && 'n-base-select-option--selected', sel.pending === idx && 'n-base-select-option--pending'],
                onMouseenter: function () { sel.pending = idx; },
                onMousemove: function () { if (sel.pending !== idx) sel.pending = idx; },
                onClick: function () { pickGsp(A, g); }
              }, [h('div', { class: 'n-base-select-option__content' }, g)]);
            }))
          ])
        ]) : h('div', { key: 'empty', class: 'n-base-select-menu__empty' }, [h('div', { class: 'n-empty' }, [h('div', { class: 'n-empty__description' }, 'No Data')])])
      ]) : null
    ])
  ])]);
}
doc.addEventListener('mousedown', function (e) {
  var sel = S.api.sel; if (!sel.show) return;
  var a = refs['gsp-selection'], m = refs['gsp-menu'];
  if ((a && a.contains(e.target)) || (m && m.contains(e.target))) return;
  closeGsp();
}, true);
window.addEventListener('resize', function () { if (S.api.sel.show) placeGsp(); });
doc.addEventListener('scroll', function () { if (S.api.sel.show) placeGsp(); }, true);
function submitReg() {
  var A = S.api; if (A.loading) return;
  if (!validateAll(A, REG_RULES, ['mode'])) return;
  if (A.mode !== 'gsp') { message('warning', MODE_NOTE[A.mode]); return; }
  if (!validateAll(A, REG_RULES, ['gsp', 'userName', 'password', 'confirm'])) return;
  var uname = 'API_' + A.userName.trim();
  dialogWarning({
    title: 'Confirm',
    content: 'Do you want to create the API user ' + uname + ' for ' + A.gsp + '?',
    positiveText: 'Confirm', negativeText: 'Cancel',
    onPositiveClick: doRegister
  });
}
function doRegister() {
  var A = S.api; if (A.loading) return;
  A.loading = true;
  request('POST', '/api/api-registration/register', { mode: A.mode, gsp: A.gsp, userName: A.userName.trim(), password: A.password, confirmPassword: A.confirm }).then(function (d) {
    A.loading = false;
    if (d.data && d.data.registered) A.registered = d.data.registered;
    A.alertSeq = A.alertSeq + 1;
    if (d.code === 200) {
      message('success', d.message);
      A.alert = { type: 'success', title: 'Registration successful', content: d.message + ' Note the user name and password: you will need them to use the e-Invoice APIs through your GSP.' };
      A.gsp = null; A.userName = ''; A.password = ''; A.confirm = ''; A.errors = {};
    } else {
      message('error', d.message);
      A.alert = { type: 'error', title: 'Registration failed', content: d.message };
    }
    var sc = doc.querySelector('.layout-main-scroll'); if (sc) sc.scrollTop = 0;
  }).catch(function () { A.loading = false; });
}

/* ---------- root component & boot ---------- */
App = function () {
  var path = S.path, page;
  if (path === '/') page = HomePage();
  else if (path === '/login') page = LoginPage();
  else if (!S.user) page = h('div', { key: 'boot', class: 'first-loading-wrp' }, [h('div', { class: 'n-base-loading', style: 'font-size: 34px; color: #18a058;', html: I.loading })]);
  else {
    var info = ROUTE_INFO[path];
    var content = path === '/dashboard' ? DashboardPage() : path === CREATE_PATH ? CreateApiUserPage() : info ? PlaceholderPage(info) : NotFoundPage();
    page = Layout(content);
  }
  return h('div', { class: 'app-root' }, [page, renderMessages(), renderDialogs()]);
};
appEl = doc.getElementById('app');
schedule();
go(location.pathname + location.search, 'replace');
})();
`;

const CLIENT_JS = CLIENT_RUNTIME + CLIENT_PAGES;
