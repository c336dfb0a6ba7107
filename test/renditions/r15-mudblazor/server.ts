/**
 * Rendition r15-mudblazor: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2022-2024 Blazor WebAssembly app styled
 * with MudBlazor 6 would draw it, talking to an ASP.NET Core JSON API. There is no real Blazor: the
 * shell is a static `index.html` (`div#app` with the template's loading circle, `#blazor-error-ui`),
 * and a hand-written runtime served as `/_framework/blazor.webassembly.js` renders MudBlazor's DOM
 * (its class names, ids like `mudinput-<guid>`, providers, animations) and routes with pushState.
 * Every line of markup, style and script is written here; no library files, no fonts, no network.
 *
 * Choices made where the docs are silent:
 * - URLs: `/` is the public home (appbar button "Login"); `/login`; `/login/two-factor`; `/dashboard`
 *   (heading "Dash Board"); Create API User at `/api-registration/user-credentials/create-api-user`.
 *   Every unknown path without a dot gets `index.html` (MapFallbackToFile); JSON lives under `/api/`.
 * - Login: a MudPaper "Login" with Username, Password (eye adornment), the captcha as an SVG `<img>`
 *   from `/api/account/captcha` (the configured characters, fresh noise every time, compared
 *   case-insensitively) with a refresh icon button, "Enter Captcha", and a full-width "Login".
 *   Captcha first, then the credentials. Wrong captcha: the captcha field turns red with "Invalid
 *   Captcha. Please enter the characters shown in the image." and an error snackbar; wrong login: a
 *   `mud-alert-text-error` "Invalid Login Credentials. Please check your username and password." in
 *   the card plus a snackbar. The captcha box is emptied and the picture redrawn after any failure.
 * - 2FA: "Two-Factor Authentication", one field "Enter OTP" and "Verify OTP"; wrong: field error
 *   "Invalid OTP. Please enter the correct OTP sent to your registered mobile number." + snackbar.
 * - After login: the dashboard fetches `/api/dashboard/summary`; on the first visit of a session two
 *   MudDialogs are shown at once (DialogService.Show twice): "Contacts of Technical Person" (name,
 *   mobile, e-mail; "Update" and "Exit", the × close; backdrop click disabled) and, on top of it,
 *   "Advisory" (a notice about 2FA, an "OK" text button and the ×; backdrop click closes it).
 * - Menu: MudNavMenu in a clipped MudDrawer: Dash Board; e-Invoice (group); API Registration (group:
 *   User Credentials (nested group: Create API User, View API Users), IP Whitelisting, Freeze API
 *   User, Change API Password); MIS Reports (group); User Management. Groups start collapsed and keep
 *   their state while the layout lives. Other leaves are placeholder pages with an empty MudTable.
 * - API OTP: the page shows a MudPaper "API Registration" with "Send OTP"; its answer shows an info
 *   alert with the masked mobile, the MudTextField "Enter OTP" (password type, eye adornment),
 *   "Verify" and a "Resend OTP" link after 30 s. Wrong: field error + error snackbar "Invalid OTP.
 *   Please enter the valid OTP sent to your registered mobile number.". Snackbars prevent duplicates
 *   (MudBlazor's default): the same text while one is showing is not shown again. While a request
 *   runs, Login/Verify OTP/Send OTP/Verify/Submit are disabled and read "Processing" beside a spinner
 *   (the MudBlazor docs' pattern); their own text sits in a `p.mud-typography-body1` in the label.
 *   Once verified, the OTP panel turns into a success alert and the GSP list is fetched before the
 *   registration form and the table appear.
 * - Registration: "Do you wish to Register your GSTIN for" MudRadioGroup: Directly, Through GSP, Through
 *   ERP, Through Client-Id of other. Only "Through GSP" shows the fields; the others show an info alert.
 *   "Select your GSP" is a MudSelect whose popover (26 names, scrolling list, 300 px) covers the field
 *   from its top and is pushed up when it would leave the window (overflow-flip), with a transparent
 *   MudOverlay inside the select; "Username" has the start adornment text `API_` (a typed leading
 *   `API_` is not doubled);
 *   "Password", "Re-enter Password" (8-15 characters, upper, lower, digit, special). These fields bind
 *   on `change` (MudBlazor's default, not Immediate); the login ones are Immediate. "Submit" (disabled
 *   until "Through GSP") validates, then a MudMessageBox "Confirm" / "Create the API user API_x for
 *   <GSP>?" / "Cancel" "Yes" (no ×; Escape or the scrim cancel). "Exit" (outlined) goes to the
 *   dashboard. The login page has two "Login" buttons: the appbar's and the form's submit.
 * - Refusals after Submit come as a MudMessageBox "Alert" with "OK": "GSTIN <g> is already registered
 *   with <GSP>." (duplicate; Tera Software Limited is on file before, plus any made here) and
 *   "Username API_x is already taken. Please choose a different username." (username-taken).
 * - Success: `mud-alert-filled-success` "API user API_x has been created successfully for <GSP>.",
 *   a success snackbar, the form hidden, and the MudTable "GSPs registered for GSTIN <g>" gains a row.
 * - Sessions: cookie `.AspNetCore.Session` naming server-side state. The API answers 401 (a
 *   ProblemDetails body) to any signed-in call without a live session; the client's handler shows the
 *   snackbar "Your session has expired", forgets the user and pushState-navigates to `/login`, where a
 *   `mud-alert-text-warning` says "Session expired, please log in again". Protected pages loaded
 *   without a session redirect to `/login?returnUrl=...` (no message).
 * - expireOnce: the first request of that stage (`POST /api/api-registration/otp/send`, `.../otp/verify`
 *   or `POST /api/api-registration/users`) deletes the server session first and answers that 401.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type MudblazorR15Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface MudblazorR15Options {
  expireOnce?: MudblazorR15Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface MudblazorR15State {
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

export interface MudblazorR15Rendition {
  url: string;
  close(): Promise<void>;
  state: MudblazorR15State;
}

export const MUDBLAZOR_R15_LOGIN: { username: string; password: string } = {
  username: 'wasmtaxpayer27',
  password: 'Mud#Blazor6x',
};

const GSPS: string[] = [
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
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
  'Botree Software International Pvt Ltd',
  'Excellon Software Pvt. Ltd.',
  'KDK Softwares (India) Private Limited',
  'Karvy Data Management Services Limited',
  'Mastek Limited',
  'Relyon Softech Limited',
  'SAG Infotech Private Limited',
  'Spice Digital Limited',
  'Wipro Limited',
  'Ernst & Young LLP',
  'Deloitte Touche Tohmatsu India LLP',
  'GSTN Suvidha Kendra Services Pvt Ltd',
  'Quadrant E-Invoicing Solutions Pvt. Ltd.',
  'Sify Technologies Limited',
].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));

const TAKEN_USERNAMES = ['API_admin', 'API_test', 'API_demo', 'API_einvoice', 'API_gstuser'];
const MASKED_MOBILE = 'XXXXXX4821';
const COOKIE = '.AspNetCore.Session';

interface Session {
  id: string;
  stage: 'anonymous' | 'two-factor' | 'signed-in';
  noticesShown: boolean;
  apiOtpSentAt: number;
  apiOtpVerified: boolean;
}

interface Answer {
  status: number;
  body?: unknown;
  type?: string;
  text?: string;
  headers?: Record<string, string>;
}

function traceId(): string {
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-00`;
}

function problem(status: number, title: string, errors?: Record<string, string[]>): Answer {
  const type =
    status === 401
      ? 'https://tools.ietf.org/html/rfc7235#section-3.1'
      : status === 404
        ? 'https://tools.ietf.org/html/rfc7231#section-6.5.4'
        : 'https://tools.ietf.org/html/rfc7231#section-6.5.1';
  return {
    status,
    type: 'application/problem+json; charset=utf-8',
    body: { type, title, status, traceId: traceId(), ...(errors ? { errors } : {}) },
  };
}

function validation(errors: Record<string, string[]>): Answer {
  return problem(400, 'One or more validation errors occurred.', errors);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > 65536) break;
    chunks.push(buffer);
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

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The captcha picture: the characters, each turned and shifted, over fresh noise every time. */
function captchaSvg(text: string): string {
  const rnd = (min: number, max: number) => min + Math.random() * (max - min);
  const parts: string[] = [];
  parts.push('<rect width="160" height="50" fill="#eef1f6"/>');
  for (let i = 0; i < 6; i++) {
    parts.push(
      `<path d="M${rnd(0, 40).toFixed(1)} ${rnd(5, 45).toFixed(1)} Q${rnd(40, 120).toFixed(1)} ${rnd(0, 50).toFixed(1)} ${rnd(120, 160).toFixed(1)} ${rnd(5, 45).toFixed(1)}" stroke="hsl(${Math.floor(rnd(0, 360))},45%,55%)" stroke-width="${rnd(0.8, 1.8).toFixed(1)}" fill="none"/>`,
    );
  }
  for (let i = 0; i < 40; i++) {
    parts.push(
      `<circle cx="${rnd(0, 160).toFixed(1)}" cy="${rnd(0, 50).toFixed(1)}" r="${rnd(0.5, 1.6).toFixed(1)}" fill="hsl(${Math.floor(rnd(0, 360))},40%,50%)"/>`,
    );
  }
  const chars = [...text];
  chars.forEach((ch, i) => {
    const x = 18 + i * (125 / Math.max(chars.length, 1)) + rnd(-3, 3);
    const y = 34 + rnd(-5, 5);
    parts.push(
      `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rnd(-22, 22).toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="Georgia, 'Times New Roman', serif" font-size="${Math.floor(rnd(24, 30))}" font-weight="bold" fill="hsl(${Math.floor(rnd(200, 280))},55%,${Math.floor(rnd(22, 38))}%)">${escapeXml(ch)}</text>`,
    );
  });
  for (let i = 0; i < 2; i++) {
    parts.push(
      `<line x1="0" y1="${rnd(10, 40).toFixed(1)}" x2="160" y2="${rnd(10, 40).toFixed(1)}" stroke="#5b5f97" stroke-width="1.2" opacity="0.7"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="50" viewBox="0 0 160 50">${parts.join('')}</svg>`;
}

export async function startMudblazorR15Rendition(
  options: MudblazorR15Options = {},
): Promise<MudblazorR15Rendition> {
  const state: MudblazorR15State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  let expiryPending: MudblazorR15Expiry | undefined = options.expireOnce;
  /** Registrations on file before this run (shown in the table, refused as duplicates). */
  const onFile = [
    {
      gsp: 'Tera Software Limited',
      username: 'API_27aapfu_tera',
      createdOn: '2023-08-14T11:32:05',
      status: 'Active',
    },
  ];

  function registrations() {
    return [
      ...onFile,
      ...state.users.map((u) => ({
        gsp: u.gsp,
        username: u.username,
        createdOn: u.createdOn,
        status: 'Active',
      })),
    ];
  }

  function newSession(): Session {
    const session: Session = {
      id: randomBytes(24).toString('base64url'),
      stage: 'anonymous',
      noticesShown: false,
      apiOtpSentAt: 0,
      apiOtpVerified: false,
    };
    sessions.set(session.id, session);
    return session;
  }

  /** The stage's first request finds its session gone. */
  function expiresNow(stage: MudblazorR15Expiry, session: Session | undefined): boolean {
    if (expiryPending !== stage) return false;
    expiryPending = undefined;
    if (session) sessions.delete(session.id);
    state.expired.push(stage);
    return true;
  }

  async function api(req: IncomingMessage, path: string, found: Session | undefined): Promise<Answer> {
    const method = req.method ?? 'GET';
    const signedIn = found?.stage === 'signed-in' ? found : undefined;
    const unauthorized = () => ({
      ...problem(401, 'Unauthorized'),
      headers: { 'WWW-Authenticate': 'Cookie' },
    });
    await sleep(60);
    if (method === 'GET' && path === '/api/account/me') {
      return {
        status: 200,
        body: {
          isAuthenticated: !!signedIn,
          userName: signedIn ? MUDBLAZOR_R15_LOGIN.username : null,
          gstin: signedIn ? state.gstin : null,
          legalName: signedIn ? 'UNIVERSAL TRADERS PRIVATE LIMITED' : null,
          twoFactorPending: found?.stage === 'two-factor',
          maskedMobile: found?.stage === 'two-factor' ? MASKED_MOBILE : null,
        },
      };
    }
    if (method === 'POST' && path === '/api/account/login') {
      const body = await readJson(req);
      const session = found ?? newSession();
      session.stage = 'anonymous';
      if (str(body.captchaCode).trim().toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        return {
          ...validation({
            CaptchaCode: ['Invalid Captcha. Please enter the characters shown in the image.'],
          }),
          headers: { 'Set-Cookie': `${COOKIE}=${session.id}; path=/; samesite=strict; httponly` },
        };
      }
      const user = str(body.userName).trim().toLowerCase();
      if (
        user !== MUDBLAZOR_R15_LOGIN.username.toLowerCase() ||
        str(body.password) !== MUDBLAZOR_R15_LOGIN.password
      ) {
        state.refusals.push('login');
        return {
          ...validation({ '': ['Invalid Login Credentials. Please check your username and password.'] }),
          headers: { 'Set-Cookie': `${COOKIE}=${session.id}; path=/; samesite=strict; httponly` },
        };
      }
      sessions.delete(session.id);
      const fresh = newSession();
      fresh.stage = 'two-factor';
      return {
        status: 200,
        body: { succeeded: true, requiresTwoFactor: true, maskedMobile: MASKED_MOBILE },
        headers: { 'Set-Cookie': `${COOKIE}=${fresh.id}; path=/; samesite=strict; httponly` },
      };
    }
    if (method === 'POST' && path === '/api/account/login-2fa') {
      const body = await readJson(req);
      if (found?.stage !== 'two-factor')
        return problem(400, 'Your login has timed out. Please log in again.');
      if (str(body.code).trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        return validation({
          Code: ['Invalid OTP. Please enter the correct OTP sent to your registered mobile number.'],
        });
      }
      found.stage = 'signed-in';
      return {
        status: 200,
        body: { succeeded: true, userName: MUDBLAZOR_R15_LOGIN.username, gstin: state.gstin },
      };
    }
    if (method === 'POST' && path === '/api/account/resend-otp') {
      if (found?.stage !== 'two-factor')
        return problem(400, 'Your login has timed out. Please log in again.');
      return { status: 200, body: { maskedMobile: MASKED_MOBILE } };
    }
    if (method === 'POST' && path === '/api/account/logout') {
      if (found) sessions.delete(found.id);
      return {
        status: 204,
        headers: { 'Set-Cookie': `${COOKIE}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT` },
      };
    }
    // Everything below needs a signed-in session, except the expiring stages, which lose it first.
    if (method === 'POST' && path === '/api/api-registration/otp/send') {
      if (expiresNow('api-otp-send', found) || !signedIn) return unauthorized();
      await sleep(500);
      signedIn.apiOtpSentAt = Date.now();
      signedIn.apiOtpVerified = false;
      return {
        status: 200,
        body: { maskedMobile: MASKED_MOBILE, validForMinutes: 10, resendAfterSeconds: 30 },
      };
    }
    if (method === 'POST' && path === '/api/api-registration/otp/verify') {
      const body = await readJson(req);
      if (expiresNow('api-otp-verify', found) || !signedIn) return unauthorized();
      if (!signedIn.apiOtpSentAt) return validation({ Otp: ['Please click Send OTP first.'] });
      if (Date.now() - signedIn.apiOtpSentAt > 10 * 60_000) {
        return validation({ Otp: ['OTP has expired. Please click Resend OTP to get a new OTP.'] });
      }
      if (str(body.otp).trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        return validation({
          Otp: ['Invalid OTP. Please enter the valid OTP sent to your registered mobile number.'],
        });
      }
      signedIn.apiOtpVerified = true;
      return { status: 200, body: { verified: true } };
    }
    if (method === 'POST' && path === '/api/api-registration/users') {
      const body = await readJson(req);
      if (expiresNow('submit', found) || !signedIn) return unauthorized();
      return register(signedIn, body);
    }
    if (!signedIn) return unauthorized();
    if (method === 'GET' && path === '/api/dashboard/summary') {
      const showNotices = !signedIn.noticesShown;
      signedIn.noticesShown = true;
      return {
        status: 200,
        body: {
          gstin: state.gstin,
          legalName: 'UNIVERSAL TRADERS PRIVATE LIMITED',
          generations: { today: 12, month: 418, year: 5261 },
          cancelled: { today: 0, month: 3, year: 27 },
          showNotices,
          technicalContact: {
            name: 'Rahul Deshmukh',
            mobile: '98XXXXX210',
            email: 'it.support@universaltraders.in',
          },
        },
      };
    }
    if (method === 'GET' && path === '/api/api-registration/gsps') {
      return { status: 200, body: GSPS.map((name, i) => ({ id: 101 + i, name })) };
    }
    if (method === 'GET' && path === '/api/api-registration/users') {
      return {
        status: 200,
        body: registrations().map((r, i) => ({ slNo: i + 1, gstin: state.gstin, ...r })),
      };
    }
    if (method === 'POST' && path === '/api/account/technical-contact') {
      return { status: 200, body: { saved: true } };
    }
    return problem(404, 'Not Found');
  }

  function register(session: Session, body: Record<string, unknown>): Answer {
    if (!session.apiOtpVerified)
      return validation({ Otp: ['Please verify the OTP sent to your registered mobile.'] });
    if (str(body.registrationType) !== 'GSP') {
      return validation({ RegistrationType: ['This option is not enabled for your GSTIN.'] });
    }
    const gsp = GSPS.find((_, i) => 101 + i === Number(body.gspId));
    const errors: Record<string, string[]> = {};
    if (!gsp) errors.GspId = ['Please select your GSP.'];
    let typed = str(body.userName).trim();
    if (typed.toUpperCase().startsWith('API_')) typed = typed.slice(4);
    if (!/^[A-Za-z0-9._-]{3,30}$/.test(typed)) {
      errors.UserName = ['Username must be 3 to 30 letters, digits, dot, hyphen or underscore.'];
    }
    const password = str(body.password);
    if (!/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/.test(password)) {
      errors.Password = [
        'Password must be 8 to 15 characters with upper case, lower case, digit and special character.',
      ];
    }
    if (str(body.confirmPassword) !== password) errors.ConfirmPassword = ['Passwords do not match.'];
    if (Object.keys(errors).length > 0 || !gsp) return validation(errors);
    const username = `API_${typed}`;
    if (registrations().some((r) => r.gsp === gsp)) {
      state.refusals.push('duplicate');
      return problem(409, `GSTIN ${state.gstin} is already registered with ${gsp}.`);
    }
    const taken = [...TAKEN_USERNAMES, ...registrations().map((r) => r.username)];
    if (taken.some((t) => t.toLowerCase() === username.toLowerCase())) {
      state.refusals.push('username-taken');
      return problem(409, `Username ${username} is already taken. Please choose a different username.`);
    }
    const createdOn = new Date().toISOString().slice(0, 19);
    state.users.push({ gstin: state.gstin, gsp, username, password, createdOn });
    session.apiOtpVerified = false;
    session.apiOtpSentAt = 0;
    return {
      status: 201,
      body: {
        userName: username,
        gspName: gsp,
        createdOn,
        message: `API user ${username} has been created successfully for ${gsp}.`,
      },
      headers: { Location: `/api/api-registration/users/${encodeURIComponent(username)}` },
    };
  }

  function send(res: ServerResponse, answer: Answer): void {
    const headers: Record<string, string> = {
      Server: 'Kestrel',
      Date: new Date().toUTCString(),
      ...(answer.headers ?? {}),
    };
    if (answer.text !== undefined) {
      headers['Content-Type'] = answer.type ?? 'text/plain; charset=utf-8';
      res.writeHead(answer.status, headers);
      res.end(answer.text);
    } else if (answer.body !== undefined) {
      headers['Content-Type'] = answer.type ?? 'application/json; charset=utf-8';
      res.writeHead(answer.status, headers);
      res.end(JSON.stringify(answer.body));
    } else {
      res.writeHead(answer.status, headers);
      res.end();
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const sid = cookieOf(req, COOKIE);
    const found = sid ? sessions.get(sid) : undefined;
    if (path.startsWith('/api/')) {
      if (req.method === 'GET' && path === '/api/account/captcha') {
        const session = found ?? newSession();
        const headers: Record<string, string> = { 'Cache-Control': 'no-store, no-cache' };
        if (!found) headers['Set-Cookie'] = `${COOKIE}=${session.id}; path=/; samesite=strict; httponly`;
        send(res, { status: 200, type: 'image/svg+xml', text: captchaSvg(state.captcha), headers });
        return;
      }
      send(res, await api(req, path, found));
      return;
    }
    const file = STATIC_FILES[path];
    if (file) {
      send(res, {
        status: 200,
        type: file.type,
        text: file.text(),
        headers: { 'Cache-Control': 'no-cache' },
      });
      return;
    }
    if (req.method === 'GET' && !/\.[a-z0-9]+$/i.test(path)) {
      send(res, {
        status: 200,
        type: 'text/html; charset=utf-8',
        text: INDEX_HTML,
        headers: { 'Cache-Control': 'no-cache' },
      });
      return;
    }
    send(res, { status: 404 });
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, problem(500, 'An error occurred while processing your request.'));
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

const INDEX_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
    <title>e-Invoice System</title>
    <base href="/" />
    <link href="_content/MudBlazor/MudBlazor.min.css" rel="stylesheet" />
    <link href="css/app.css" rel="stylesheet" />
    <link href="EInvoice.Portal.Client.styles.css" rel="stylesheet" />
</head>

<body>
    <div id="app">
        <svg class="loading-progress">
            <circle r="40%" cx="50%" cy="50%" />
            <circle r="40%" cx="50%" cy="50%" />
        </svg>
        <div class="loading-progress-text"></div>
    </div>

    <div id="blazor-error-ui">
        An unhandled error has occurred.
        <a href="" class="reload">Reload</a>
        <a class="dismiss">🗙</a>
    </div>
    <script src="_framework/blazor.webassembly.js"></script>
    <script src="_content/MudBlazor/MudBlazor.min.js"></script>
</body>

</html>
`;

const STATIC_FILES: Record<string, { type: string; text: () => string }> = {
  '/_content/MudBlazor/MudBlazor.min.css': { type: 'text/css; charset=utf-8', text: () => MUD_CSS },
  '/css/app.css': { type: 'text/css; charset=utf-8', text: () => APP_CSS },
  '/EInvoice.Portal.Client.styles.css': { type: 'text/css; charset=utf-8', text: () => SCOPED_CSS },
  '/_content/MudBlazor/MudBlazor.min.js': { type: 'text/javascript; charset=utf-8', text: () => MUD_JS },
  '/_framework/blazor.webassembly.js': { type: 'text/javascript; charset=utf-8', text: () => APP_JS },
  '/favicon.ico': { type: 'image/svg+xml', text: () => FAVICON },
};

const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#594AE2"/><path d="M4 4h8v2H6v1h5v2H6v1h6v2H4z" fill="#fff"/></svg>';

/** What MudThemeProvider writes into its `<style>`: the default MudBlazor 6 light palette. */
const THEME_VARS = `:root{--mud-palette-black:rgba(39,44,52,1);--mud-palette-white:rgba(255,255,255,1);--mud-palette-primary:rgba(89,74,226,1);--mud-palette-primary-rgb:89,74,226;--mud-palette-primary-text:rgba(255,255,255,1);--mud-palette-primary-darken:rgb(62,44,221);--mud-palette-primary-lighten:rgb(118,106,231);--mud-palette-primary-hover:rgba(89,74,226,0.058823529411764705);--mud-palette-secondary:rgba(255,64,129,1);--mud-palette-secondary-text:rgba(255,255,255,1);--mud-palette-tertiary:rgba(30,200,165,1);--mud-palette-info:rgba(33,150,243,1);--mud-palette-info-text:rgba(255,255,255,1);--mud-palette-info-darken:rgb(12,128,223);--mud-palette-success:rgba(0,200,83,1);--mud-palette-success-text:rgba(255,255,255,1);--mud-palette-success-darken:rgb(0,163,68);--mud-palette-warning:rgba(255,152,0,1);--mud-palette-warning-text:rgba(255,255,255,1);--mud-palette-warning-darken:rgb(214,129,0);--mud-palette-error:rgba(244,67,54,1);--mud-palette-error-text:rgba(255,255,255,1);--mud-palette-error-darken:rgb(242,28,13);--mud-palette-error-hover:rgba(244,67,54,0.058823529411764705);--mud-palette-dark:rgba(66,66,66,1);--mud-palette-text-primary:rgba(66,66,66,1);--mud-palette-text-secondary:rgba(0,0,0,0.5372549019607843);--mud-palette-text-disabled:rgba(0,0,0,0.3764705882352941);--mud-palette-action-default:rgba(0,0,0,0.5372549019607843);--mud-palette-action-default-hover:rgba(0,0,0,0.058823529411764705);--mud-palette-action-disabled:rgba(0,0,0,0.25882352941176473);--mud-palette-action-disabled-background:rgba(0,0,0,0.11764705882352941);--mud-palette-surface:rgba(255,255,255,1);--mud-palette-background:rgba(255,255,255,1);--mud-palette-background-grey:rgba(245,245,245,1);--mud-palette-drawer-background:rgba(255,255,255,1);--mud-palette-drawer-text:rgba(66,66,66,1);--mud-palette-drawer-icon:rgba(97,97,97,1);--mud-palette-appbar-background:rgba(89,74,226,1);--mud-palette-appbar-text:rgba(255,255,255,1);--mud-palette-lines-default:rgba(0,0,0,0.11764705882352941);--mud-palette-lines-inputs:rgba(189,189,189,1);--mud-palette-table-lines:rgba(224,224,224,1);--mud-palette-table-hover:rgba(0,0,0,0.0392156862745098);--mud-palette-divider:rgba(224,224,224,1);--mud-palette-overlay-dark:rgba(33,33,33,0.4980392156862745);--mud-palette-overlay-light:rgba(255,255,255,0.4980392156862745);--mud-elevation-0:none;--mud-elevation-1:0px 2px 1px -1px rgba(0,0,0,0.2),0px 1px 1px 0px rgba(0,0,0,0.14),0px 1px 3px 0px rgba(0,0,0,0.12);--mud-elevation-2:0px 3px 1px -2px rgba(0,0,0,0.2),0px 2px 2px 0px rgba(0,0,0,0.14),0px 1px 5px 0px rgba(0,0,0,0.12);--mud-elevation-4:0px 2px 4px -1px rgba(0,0,0,0.2),0px 4px 5px 0px rgba(0,0,0,0.14),0px 1px 10px 0px rgba(0,0,0,0.12);--mud-elevation-6:0px 3px 5px -1px rgba(0,0,0,0.2),0px 6px 10px 0px rgba(0,0,0,0.14),0px 1px 18px 0px rgba(0,0,0,0.12);--mud-elevation-8:0px 5px 5px -3px rgba(0,0,0,0.2),0px 8px 10px 1px rgba(0,0,0,0.14),0px 3px 14px 2px rgba(0,0,0,0.12);--mud-elevation-24:0px 11px 15px -7px rgba(0,0,0,0.2),0px 24px 38px 3px rgba(0,0,0,0.14),0px 9px 46px 8px rgba(0,0,0,0.12);--mud-default-borderradius:4px;--mud-drawer-width-left:240px;--mud-drawer-width-mini-left:56px;--mud-appbar-height:64px;--mud-typography-default-family:'Roboto','Helvetica','Arial','sans-serif';--mud-typography-default-size:.875rem;--mud-zindex-drawer:1100;--mud-zindex-appbar:1300;--mud-zindex-dialog:1400;--mud-zindex-popover:1200;--mud-zindex-snackbar:1500;--mud-zindex-tooltip:1600;}`;

const MUD_CSS = `
*,*::before,*::after{box-sizing:border-box}
html,body{margin:0;padding:0;height:100%}
body{font-family:var(--mud-typography-default-family);font-size:var(--mud-typography-default-size);line-height:1.43;letter-spacing:.01071em;color:var(--mud-palette-text-primary);background-color:var(--mud-palette-background);-webkit-font-smoothing:antialiased}
a{color:var(--mud-palette-primary)}
.mud-typography{margin:0}
.mud-typography-h4{font-size:2.125rem;font-weight:400;line-height:1.235;letter-spacing:.00735em}
.mud-typography-h5{font-size:1.5rem;font-weight:400;line-height:1.334}
.mud-typography-h6{font-size:1.25rem;font-weight:500;line-height:1.6;letter-spacing:.0075em}
.mud-typography-subtitle1{font-size:1rem;font-weight:400;line-height:1.75;letter-spacing:.00938em}
.mud-typography-subtitle2{font-size:.875rem;font-weight:500;line-height:1.57;letter-spacing:.00714em}
.mud-typography-body1{font-size:1rem;font-weight:400;line-height:1.5;letter-spacing:.00938em}
.mud-typography-body2{font-size:.875rem;font-weight:400;line-height:1.43;letter-spacing:.01071em}
.mud-typography-caption{font-size:.75rem;font-weight:400;line-height:1.66;letter-spacing:.03333em}
.mud-typography-gutterbottom{margin-bottom:.35em}
.mud-typography-align-center{text-align:center}
.mud-primary-text{color:var(--mud-palette-primary)!important}
.mud-secondary-text{color:var(--mud-palette-text-secondary)!important}
.mud-error-text{color:var(--mud-palette-error)!important}
.mud-success-text{color:var(--mud-palette-success)!important}
.mud-link{cursor:pointer;text-decoration:none}
.mud-link.mud-link-underline-hover:hover{text-decoration:underline}
.mud-link.mud-link-disabled{color:var(--mud-palette-text-disabled)!important;cursor:default;pointer-events:none}
.mud-svg-icon{fill:currentColor;width:1em;height:1em;display:inline-block;transition:fill 200ms cubic-bezier(.4,0,.2,1) 0ms;flex-shrink:0;user-select:none}
.mud-icon-size-small{font-size:1.25rem}.mud-icon-size-medium{font-size:1.5rem}.mud-icon-size-large{font-size:2.1875rem}
.mud-icon-default{color:var(--mud-palette-action-default)}
.mud-paper{color:var(--mud-palette-text-primary);background-color:var(--mud-palette-surface);border-radius:var(--mud-default-borderradius);transition:box-shadow 300ms cubic-bezier(.4,0,.2,1) 0ms}
.mud-paper-outlined{border:1px solid var(--mud-palette-lines-default)}
.mud-elevation-0{box-shadow:var(--mud-elevation-0)}.mud-elevation-1{box-shadow:var(--mud-elevation-1)}.mud-elevation-2{box-shadow:var(--mud-elevation-2)}.mud-elevation-4{box-shadow:var(--mud-elevation-4)}.mud-elevation-6{box-shadow:var(--mud-elevation-6)}.mud-elevation-8{box-shadow:var(--mud-elevation-8)}.mud-elevation-24{box-shadow:var(--mud-elevation-24)}
.mud-ripple{position:relative;overflow:hidden}
.mud-ripple:after{content:"";display:block;position:absolute;width:100%;height:100%;top:0;left:0;pointer-events:none;background-image:radial-gradient(circle,#000 10%,transparent 10.01%);background-repeat:no-repeat;background-position:50%;transform:scale(10,10);opacity:0;transition:transform .3s,opacity 1s}
.mud-ripple:active:after{transform:scale(0,0);opacity:.1;transition:0s}
.mud-button-root{color:inherit;border:0;cursor:pointer;margin:0;display:inline-flex;outline:0;padding:0;position:relative;align-items:center;user-select:none;border-radius:0;vertical-align:middle;-moz-appearance:none;justify-content:center;text-decoration:none;background-color:transparent;-webkit-appearance:none;-webkit-tap-highlight-color:transparent;font-family:inherit}
.mud-button-root:disabled,.mud-button-root.mud-disabled{cursor:default;pointer-events:none;color:var(--mud-palette-action-disabled)!important}
.mud-button{padding:6px 16px;font-size:.875rem;min-width:64px;box-sizing:border-box;transition:background-color 250ms cubic-bezier(.4,0,.2,1) 0ms,box-shadow 250ms cubic-bezier(.4,0,.2,1) 0ms,border 250ms cubic-bezier(.4,0,.2,1) 0ms;font-weight:500;line-height:1.75;border-radius:var(--mud-default-borderradius);letter-spacing:.02857em;text-transform:uppercase}
.mud-button-label{width:100%;display:inherit;align-items:inherit;justify-content:inherit}
.mud-button-text{padding:6px 8px}
.mud-button-text:hover{background-color:var(--mud-palette-action-default-hover)}
.mud-button-text-primary{color:var(--mud-palette-primary)}
.mud-button-text-primary:hover{background-color:var(--mud-palette-primary-hover)}
.mud-button-text-error{color:var(--mud-palette-error)}
.mud-button-text-inherit{color:inherit}
.mud-button-outlined{padding:5px 15px;border:1px solid rgba(0,0,0,.23)}
.mud-button-outlined-primary{color:var(--mud-palette-primary);border:1px solid rgba(var(--mud-palette-primary-rgb),.5)}
.mud-button-outlined-primary:hover{background-color:var(--mud-palette-primary-hover);border-color:var(--mud-palette-primary)}
.mud-button-filled{color:var(--mud-palette-text-primary);box-shadow:var(--mud-elevation-2);background-color:#e0e0e0}
.mud-button-filled:hover{box-shadow:var(--mud-elevation-4)}
.mud-button-filled-primary{color:var(--mud-palette-primary-text);background-color:var(--mud-palette-primary)}
.mud-button-filled-primary:hover{background-color:var(--mud-palette-primary-darken)}
.mud-button-filled-error{color:var(--mud-palette-error-text);background-color:var(--mud-palette-error)}
.mud-button-filled-error:hover{background-color:var(--mud-palette-error-darken)}
.mud-button-filled:disabled,.mud-button-filled.mud-disabled{box-shadow:none;background-color:var(--mud-palette-action-disabled-background)!important}
.mud-button-filled-size-large{padding:8px 22px;font-size:.9375rem}
.mud-button-icon-start{display:inherit;margin-left:-4px;margin-right:8px}
.mud-width-full{width:100%}
.mud-icon-button{flex:0 0 auto;padding:12px;overflow:visible;font-size:1.5rem;text-align:center;transition:background-color 150ms cubic-bezier(.4,0,.2,1) 0ms;border-radius:50%;color:var(--mud-palette-action-default)}
.mud-icon-button:hover{background-color:var(--mud-palette-action-default-hover)}
.mud-icon-button-label{width:100%;display:flex;align-items:inherit;justify-content:inherit}
.mud-icon-button-edge-start{margin-left:-12px}.mud-icon-button-edge-end{margin-right:-12px}
.mud-icon-button-size-small{padding:3px;font-size:1.125rem}
.mud-inherit-text{color:inherit}
.mud-progress-circular{display:inline-block;color:var(--mud-palette-primary);width:20px;height:20px}
.mud-progress-circular.mud-default-text{color:inherit}
.mud-progress-circular-indeterminate{animation:mud-progress-circular-keyframes-circular-rotate 1.4s linear infinite}
.mud-progress-circular-svg{display:block}
.mud-progress-circular-circle{stroke:currentColor;stroke-dasharray:80px,200px;stroke-dashoffset:0;animation:mud-progress-circular-keyframes-circular-dash 1.4s ease-in-out infinite}
@keyframes mud-progress-circular-keyframes-circular-rotate{0%{transform-origin:50% 50%}100%{transform:rotate(360deg)}}
@keyframes mud-progress-circular-keyframes-circular-dash{0%{stroke-dasharray:1px,200px;stroke-dashoffset:0}50%{stroke-dasharray:100px,200px;stroke-dashoffset:-15px}100%{stroke-dasharray:100px,200px;stroke-dashoffset:-125px}}
.mud-progress-linear{position:relative;overflow:hidden;height:4px;background-color:rgba(var(--mud-palette-primary-rgb),.25)}
.mud-progress-linear-bar{position:absolute;top:0;left:0;bottom:0;width:40%;background-color:var(--mud-palette-primary);animation:mud-progress-linear-indeterminate 1.6s ease-in-out infinite}
@keyframes mud-progress-linear-indeterminate{0%{left:-40%}100%{left:100%}}
.mud-layout{height:100%;width:100%;position:relative}
.mud-appbar{width:100%;display:flex;z-index:var(--mud-zindex-appbar);position:relative;box-sizing:border-box;flex-shrink:0;flex-direction:column;color:var(--mud-palette-appbar-text);background-color:var(--mud-palette-appbar-background);transition:margin 225ms cubic-bezier(0,0,.2,1) 0ms,width 225ms cubic-bezier(0,0,.2,1) 0ms}
.mud-appbar.mud-appbar-fixed-top{position:fixed;top:0;right:0;left:0}
.mud-toolbar{display:flex;position:relative;align-items:center;height:var(--mud-appbar-height)}
.mud-toolbar-gutters{padding-left:24px;padding-right:24px}
.mud-toolbar-appbar .mud-button-text-inherit{color:inherit}
.mud-toolbar-appbar .mud-icon-button{color:inherit}
.mud-drawer{display:flex;flex-direction:column;position:fixed;top:0;bottom:0;left:0;width:var(--mud-drawer-width,var(--mud-drawer-width-left));z-index:var(--mud-zindex-drawer);overflow-y:auto;color:var(--mud-palette-drawer-text);background-color:var(--mud-palette-drawer-background);border-radius:0;transition:transform 225ms cubic-bezier(0,0,.2,1) 0ms,visibility 225ms}
.mud-drawer.mud-drawer-clipped-always{top:var(--mud-appbar-height);height:calc(100% - var(--mud-appbar-height))}
.mud-drawer.mud-drawer--closed{transform:translateX(-100%);visibility:hidden}
.mud-drawer.mud-drawer--open{transform:none;visibility:visible}
.mud-drawer-content{height:100%;display:flex;flex-direction:column;flex:1 1 auto}
.mud-drawer-header{display:flex;min-height:var(--mud-appbar-height);padding:12px 24px;align-items:center}
.mud-main-content{margin:0;flex:1 1 auto;padding-top:var(--mud-appbar-height);transition:margin 225ms cubic-bezier(0,0,.2,1) 0ms}
.mud-layout.mud-drawer-open-responsive-md-left .mud-main-content{margin-left:var(--mud-drawer-width-left)}
.mud-container{width:100%;display:block;box-sizing:border-box;margin-left:auto;margin-right:auto;padding-left:16px;padding-right:16px}
.mud-container-maxwidth-lg{max-width:1280px}.mud-container-maxwidth-sm{max-width:600px}.mud-container-maxwidth-xs{max-width:444px}
.mud-navmenu{margin:0;position:relative;list-style:none;overscroll-behavior-y:contain}
.mud-nav-item{width:100%;display:flex;justify-content:flex-start;text-decoration:none}
.mud-nav-link{width:100%;font-weight:400;padding:8px 16px 8px 16px;color:inherit;line-height:1.75;display:inline-flex;align-items:flex-start;text-transform:inherit;letter-spacing:inherit;justify-content:flex-start;transition:padding 150ms cubic-bezier(.4,0,.2,1) 0ms;text-decoration:none;font-size:var(--mud-typography-default-size);font-family:inherit;background:none;border:0;cursor:pointer;text-align:left}
.mud-nav-link:hover:not(.mud-nav-link-disabled){cursor:pointer;text-decoration:none;background-color:var(--mud-palette-action-default-hover)}
.mud-nav-link.active:not(.mud-nav-link-disabled){font-weight:500!important;color:var(--mud-palette-primary);background-color:var(--mud-palette-primary-hover)}
.mud-nav-link .mud-nav-link-icon{font-size:1.5rem;color:var(--mud-palette-drawer-icon);transition:.3s cubic-bezier(.25,.8,.5,1),visibility 0s}
.mud-nav-link .mud-nav-link-icon.mud-nav-link-icon-default{color:var(--mud-palette-drawer-icon)}
.mud-nav-link .mud-nav-link-text{width:100%;text-align:start;margin-left:12px;margin-inline-start:12px;letter-spacing:0}
.mud-nav-link .mud-nav-link-expand-icon{transition:.3s cubic-bezier(.25,.8,.5,1),visibility 0s;color:var(--mud-palette-drawer-icon)}
.mud-nav-link .mud-nav-link-expand-icon.mud-transform{transform:rotate(-180deg)}
.mud-navmenu .mud-navmenu .mud-nav-link{padding-left:36px}
.mud-navmenu .mud-navmenu .mud-navmenu .mud-nav-link{padding-left:56px}
.mud-nav-group{width:100%;display:block;justify-content:flex-start}
.mud-collapse-container{height:0;overflow:hidden;transition:height 300ms ease-in-out}
.mud-collapse-container.mud-collapse-entered{height:auto;overflow:initial}
.mud-collapse-wrapper{display:flex}.mud-collapse-wrapper-inner{width:100%}
.mud-divider{margin:0;flex-shrink:0;border-color:var(--mud-palette-divider);border-width:1px;border-style:solid none none none}
.mud-input-control{border:0;margin:0;padding:0;display:flex;flex:1 1 auto;max-width:100%;min-width:0;position:relative;flex-direction:column;vertical-align:top}
.mud-input-control>.mud-input-control-input-container{position:relative;display:flex;flex-direction:column}
.mud-input-control.mud-input-text-with-label{margin-top:6px}
.mud-input{position:relative;color:var(--mud-palette-text-primary);cursor:text;display:inline-flex;font-size:1rem;box-sizing:border-box;align-items:center;line-height:1.1876em;letter-spacing:.00938em}
.mud-input.mud-input-outlined{border-radius:var(--mud-default-borderradius);background-color:transparent}
.mud-input-slot{font:inherit;color:currentColor;width:100%;border:0;height:1.1876em;margin:0;display:block;padding:6px 0 7px;min-width:0;background:none;box-sizing:content-box;letter-spacing:inherit;-webkit-tap-highlight-color:transparent;outline:0;position:relative;z-index:0}
.mud-input.mud-input-outlined .mud-input-slot{padding:18.5px 14px}
.mud-input.mud-input-outlined.mud-input-adorned-start{padding-left:14px}
.mud-input.mud-input-outlined.mud-input-adorned-start .mud-input-slot{padding-left:0}
.mud-input.mud-input-outlined.mud-input-adorned-end{padding-right:14px}
.mud-input.mud-input-outlined.mud-input-adorned-end .mud-input-slot{padding-right:0}
.mud-input-outlined-border{position:absolute;inset:-5px 0 0 0;margin:0;padding:0 8px;pointer-events:none;border:1px solid var(--mud-palette-lines-inputs);border-radius:inherit;overflow:hidden;min-width:0;text-align:left;transition:border-color 200ms cubic-bezier(0,0,.2,1) 0ms}
.mud-input-outlined-border legend{float:unset;width:auto;overflow:hidden;display:block;padding:0;height:11px;font-size:.75em;visibility:hidden;max-width:.01px;transition:max-width 50ms cubic-bezier(0,0,.2,1) 0ms;white-space:nowrap}
.mud-input-outlined-border legend span{padding-left:5px;padding-right:5px;display:inline-block}
.mud-input.mud-shrink .mud-input-outlined-border legend,.mud-input:focus-within .mud-input-outlined-border legend{max-width:100%;transition:max-width 100ms cubic-bezier(0,0,.2,1) 50ms}
.mud-input.mud-input-outlined:hover .mud-input-outlined-border{border-color:var(--mud-palette-text-primary)}
.mud-input.mud-input-outlined:focus-within .mud-input-outlined-border{border-width:2px;border-color:var(--mud-palette-primary)}
.mud-input.mud-input-error .mud-input-outlined-border{border-color:var(--mud-palette-error)!important}
.mud-input.mud-disabled{color:var(--mud-palette-text-disabled);cursor:default}
.mud-input-label{display:block;transform-origin:top left;color:var(--mud-palette-text-secondary);padding:0;font-size:1rem;font-weight:400;line-height:1;letter-spacing:.00938em;position:absolute;top:0;left:0;pointer-events:none;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:calc(100% - 28px);background:transparent}
.mud-input-label-animated{transition:color 200ms cubic-bezier(0,0,.2,1) 0ms,transform 200ms cubic-bezier(0,0,.2,1) 0ms}
.mud-input-label-outlined{transform:translate(14px,20px) scale(1);z-index:1}
.mud-input.mud-shrink~label.mud-input-label-outlined,.mud-input:focus-within~label.mud-input-label-outlined{transform:translate(14px,-6px) scale(.75);max-width:calc(133% - 28px)}
.mud-input:focus-within~label.mud-input-label{color:var(--mud-palette-primary)}
.mud-input-helper-text{color:var(--mud-palette-text-secondary);margin:3px 14px 0;font-size:.75rem;text-align:left;font-weight:400;line-height:1.66;letter-spacing:.03333em}
.mud-input-helper-text .mud-input-helper-text{margin:0;color:inherit}
.mud-input-helper-text.mud-input-error{color:var(--mud-palette-error)}
.mud-input-adornment{height:.01em;display:flex;max-height:2em;align-items:center;white-space:nowrap}
.mud-input-adornment-start{margin-right:2px}
.mud-input-adornment-end{margin-left:8px}
.mud-input-adornment-start p{color:var(--mud-palette-text-primary);font-weight:500}
.mud-input-adornment .mud-icon-button{padding:6px}
.mud-select{display:flex;flex-grow:1;position:relative}
.mud-select .mud-select-input{cursor:pointer}
.mud-select div.mud-input-slot.mud-select-input{overflow:hidden;white-space:nowrap;text-overflow:ellipsis;user-select:none;min-height:1.1876em}
.mud-select .mud-input-adornment-end .mud-svg-icon{color:var(--mud-palette-action-default);transition:transform 200ms}
.mud-select .mud-input.mud-select-open .mud-input-adornment-end .mud-svg-icon{transform:rotate(180deg)}
.mud-popover{position:absolute;z-index:calc(var(--mud-zindex-popover) + 1);opacity:0;outline:0;overflow-x:hidden;overflow-y:auto;max-height:300px;transform:scale(.96);transform-origin:top left;transition:opacity 251ms cubic-bezier(.4,0,.2,1) 0ms,transform 167ms cubic-bezier(.4,0,.2,1) 0ms;pointer-events:none;visibility:hidden}
.mud-popover.mud-popover-open{opacity:1;transform:none;pointer-events:auto;visibility:visible}
.mud-list{margin:0;padding:0;position:relative;list-style:none}
.mud-list.mud-list-padding{padding-top:8px;padding-bottom:8px}
.mud-list-item{width:100%;display:flex;position:relative;box-sizing:border-box;text-align:start;align-items:center;padding:8px 16px;justify-content:flex-start;text-decoration:none;outline:none;min-height:48px}
.mud-list-item.mud-list-item-clickable{cursor:pointer;user-select:none}
.mud-list-item.mud-list-item-clickable:hover{background-color:var(--mud-palette-action-default-hover)}
.mud-list-item.mud-selected-item{color:var(--mud-palette-primary);background-color:var(--mud-palette-primary-hover)}
.mud-list-item.mud-list-item-active-kb{background-color:var(--mud-palette-action-default-hover)}
.mud-list-item-text{flex:1 1 auto;min-width:0;margin-top:4px;margin-bottom:4px}
.mud-overlay{top:0;left:0;right:0;bottom:0;margin:0!important;align-items:center;justify-content:center;border-radius:inherit;display:flex;position:fixed;transition:.3s cubic-bezier(.25,.8,.5,1),z-index 1ms;z-index:5}
.mud-overlay .mud-overlay-scrim{top:0;left:0;right:0;bottom:0;border-radius:inherit;position:absolute;height:100%;width:100%;border-color:transparent;background-color:transparent;animation:mud-animation-fadein 150ms}
.mud-overlay .mud-overlay-scrim.mud-overlay-dark{background-color:var(--mud-palette-overlay-dark)}
.mud-overlay.mud-overlay-popover{z-index:var(--mud-zindex-popover)}
@keyframes mud-animation-fadein{0%{opacity:0}100%{opacity:1}}
.mud-dialog-container{display:flex;position:fixed;top:0;left:0;width:100%;height:100%;z-index:var(--mud-zindex-dialog)}
.mud-dialog-container.mud-dialog-center{align-items:center;justify-content:center}
.mud-dialog-container .mud-overlay-dialog{z-index:calc(var(--mud-zindex-dialog) + 1)}
.mud-dialog{display:flex;z-index:calc(var(--mud-zindex-dialog) + 2);flex-direction:column;color:var(--mud-palette-text-primary);background-color:var(--mud-palette-surface);border-radius:var(--mud-default-borderradius);box-shadow:var(--mud-elevation-24);max-height:calc(100vh - var(--mud-appbar-height));overflow-y:auto;position:relative;outline:none;min-width:320px}
.mud-dialog-center .mud-dialog{animation:mud-open-dialog-center .1s cubic-bezier(.39,.575,.565,1) both}
@keyframes mud-open-dialog-center{0%{opacity:0}1%{transform:scale(.5);opacity:0}100%{transform:scale(1);opacity:1}}
.mud-dialog .mud-dialog-title{z-index:1;flex:0 0 auto;margin:0;padding:16px 24px;position:relative}
.mud-dialog .mud-dialog-title .mud-button-close{top:8px;right:8px;position:absolute}
.mud-dialog .mud-dialog-content{position:relative;flex:1 1 auto;overflow:auto;padding:8px 24px;margin:8px 0;-webkit-overflow-scrolling:touch}
.mud-dialog .mud-dialog-actions{flex:0 0 auto;display:flex;padding:8px;align-items:center;justify-content:flex-end}
.mud-dialog .mud-dialog-actions>:not(:first-child){margin-left:8px}
.mud-dialog-width-xs{max-width:444px!important}.mud-dialog-width-sm{max-width:600px!important}.mud-dialog-width-md{max-width:960px!important}
.mud-dialog-width-full{width:calc(100% - 64px)}
#mud-snackbar-container{position:fixed;z-index:var(--mud-zindex-snackbar);pointer-events:none;display:flex;flex-direction:column;max-width:calc(100% - 48px)}
.mud-snackbar-location-top-right{top:24px;right:24px;align-items:flex-end}
.mud-snackbar{display:flex;flex-grow:initial;padding:6px 16px;align-items:center;justify-content:space-between;pointer-events:auto;border-radius:var(--mud-default-borderradius);min-width:288px;max-width:500px;margin-bottom:16px;font-size:.875rem;line-height:1.43;letter-spacing:.01071em;font-weight:400;box-shadow:var(--mud-elevation-6);overflow:hidden;transition:opacity 500ms ease-in 0ms}
.mud-snackbar .mud-snackbar-icon{display:flex;opacity:.9;padding:7px 0;font-size:22px;margin-right:12px}
.mud-snackbar .mud-snackbar-content-message{padding:8px 0;flex:1 1 auto}
.mud-snackbar .mud-snackbar-content-action{display:flex;align-items:center;margin-left:auto;padding-left:16px;margin-right:-8px}
.mud-snackbar .mud-snackbar-content-action .mud-icon-button{color:inherit}
.mud-alert{display:flex;padding:6px 16px;border-radius:var(--mud-default-borderradius);background-color:transparent;transition:box-shadow 300ms cubic-bezier(.4,0,.2,1) 0ms}
.mud-alert.mud-dense{padding:0 12px}
.mud-alert-position{flex:1;display:flex}
.mud-alert-icon{display:flex;opacity:.9;padding:7px 0;font-size:22px;margin-right:12px;margin-inline-end:12px}
.mud-alert-message{padding:9px 0}
.mud-alert-text-success{color:rgb(0,100,42);background-color:rgba(0,200,83,.08)}.mud-alert-text-success .mud-alert-icon{color:var(--mud-palette-success)}
.mud-alert-text-info{color:rgb(13,60,97);background-color:rgba(33,150,243,.08)}.mud-alert-text-info .mud-alert-icon{color:var(--mud-palette-info)}
.mud-alert-text-warning{color:rgb(102,60,0);background-color:rgba(255,152,0,.1)}.mud-alert-text-warning .mud-alert-icon{color:var(--mud-palette-warning)}
.mud-alert-text-error{color:rgb(97,26,21);background-color:rgba(244,67,54,.08)}.mud-alert-text-error .mud-alert-icon{color:var(--mud-palette-error)}
.mud-alert-filled-success{color:var(--mud-palette-success-text);font-weight:500;background-color:var(--mud-palette-success)}
.mud-alert-filled-info{color:var(--mud-palette-info-text);font-weight:500;background-color:var(--mud-palette-info)}
.mud-alert-filled-warning{color:var(--mud-palette-warning-text);font-weight:500;background-color:var(--mud-palette-warning)}
.mud-alert-filled-error{color:var(--mud-palette-error-text);font-weight:500;background-color:var(--mud-palette-error)}
.mud-alert-filled-normal{color:#fff;font-weight:500;background-color:rgb(50,50,50)}
.mud-radio-group{display:flex;flex-wrap:wrap;align-items:center}
.mud-radio{cursor:pointer;display:inline-flex;align-items:center;vertical-align:middle;-webkit-tap-highlight-color:transparent;margin-right:16px;margin-left:-9px}
.mud-radio>.mud-icon-button{padding:9px;position:relative}
.mud-radio>.mud-icon-button>svg:last-of-type{position:absolute;left:9px;top:9px;transform:scale(0);transition:transform 150ms cubic-bezier(.4,0,1,1) 0ms}
.mud-radio>.mud-icon-button.mud-checked{color:var(--mud-palette-primary)}
.mud-radio>.mud-icon-button.mud-checked>svg:last-of-type{transform:scale(1);transition:transform 150ms cubic-bezier(0,0,.2,1) 0ms}
.mud-radio-input{top:0;left:0;width:100%;cursor:inherit;height:100%;margin:0;opacity:0;padding:0;z-index:1;position:absolute}
.mud-table{color:var(--mud-palette-text-primary);background-color:var(--mud-palette-surface);border-radius:var(--mud-default-borderradius);position:relative}
.mud-table-container{width:100%;overflow-y:auto}
.mud-table-root{width:100%;border-spacing:0}
.mud-table-toolbar{display:flex;align-items:center;min-height:64px;padding-left:16px;padding-right:8px}
.mud-table-cell{display:table-cell;padding:16px;font-size:.875rem;text-align:start;font-weight:400;line-height:1.43;border-bottom:1px solid var(--mud-palette-table-lines);letter-spacing:.01071em;vertical-align:inherit}
.mud-table-head .mud-table-cell{color:var(--mud-palette-text-primary);font-weight:500;line-height:1.5rem}
.mud-table-dense .mud-table-cell{padding:6px 24px 6px 16px}
.mud-table-hover .mud-table-body .mud-table-row:hover{background-color:var(--mud-palette-table-hover)}
.mud-card{display:flex;flex-direction:column}
.mud-card-header{display:flex;padding:16px;align-items:center}
.mud-card-header .mud-card-header-content{flex:1 1 auto}
.mud-card-content{flex-grow:1;padding:16px}
.mud-card-actions{display:flex;padding:8px;align-items:center}
.mud-grid{width:calc(100% + 24px);margin:-12px;display:flex;flex-wrap:wrap;box-sizing:border-box}
.mud-grid-spacing-xs-3>.mud-grid-item{padding:12px}
.mud-grid-item{margin:0;box-sizing:border-box}
.mud-grid-item-xs-12{flex-grow:0;max-width:100%;flex-basis:100%}
@media (min-width:600px){.mud-grid-item-sm-6{flex-grow:0;max-width:50%;flex-basis:50%}}
@media (min-width:960px){.mud-grid-item-md-3{flex-grow:0;max-width:25%;flex-basis:25%}.mud-grid-item-md-4{flex-grow:0;max-width:33.333333%;flex-basis:33.333333%}.mud-grid-item-md-6{flex-grow:0;max-width:50%;flex-basis:50%}.mud-grid-item-md-8{flex-grow:0;max-width:66.666667%;flex-basis:66.666667%}}
.mud-breadcrumbs{display:flex;flex-wrap:wrap;align-items:center;list-style:none;margin:0;padding:16px 0}
.mud-breadcrumb-separator{display:flex;user-select:none;margin:0 8px;color:var(--mud-palette-text-secondary)}
.mud-breadcrumb-item>a{display:flex;align-items:center;color:var(--mud-palette-primary);text-decoration:none}
.mud-breadcrumb-item.mud-disabled>a{color:var(--mud-palette-text-disabled);pointer-events:none}
.mud-chip{display:inline-flex;align-items:center;height:24px;padding:0 8px;border-radius:16px;font-size:.8125rem;margin:4px;background-color:#e0e0e0;color:var(--mud-palette-text-primary)}
.mud-chip.mud-chip-color-success{background-color:var(--mud-palette-success);color:#fff}
.mud-toolbar-appbar .mud-chip{background-color:rgba(255,255,255,.16);color:inherit}
.mud-spacer{flex-grow:1}
.d-flex{display:flex!important}.d-block{display:block!important}.d-none{display:none!important}.d-inline-flex{display:inline-flex!important}
.flex-column{flex-direction:column!important}.flex-row{flex-direction:row!important}.flex-wrap{flex-wrap:wrap!important}.flex-grow-1{flex-grow:1!important}.flex-shrink-0{flex-shrink:0!important}
.align-center{align-items:center!important}.align-start{align-items:flex-start!important}.justify-center{justify-content:center!important}.justify-end{justify-content:flex-end!important}.justify-space-between{justify-content:space-between!important}
.gap-1{gap:4px!important}.gap-2{gap:8px!important}.gap-3{gap:12px!important}.gap-4{gap:16px!important}
.ma-0{margin:0!important}.mx-auto{margin-left:auto!important;margin-right:auto!important}.my-4{margin-top:16px!important;margin-bottom:16px!important}.my-8{margin-top:32px!important;margin-bottom:32px!important}
.mt-1{margin-top:4px!important}.mt-2{margin-top:8px!important}.mt-3{margin-top:12px!important}.mt-4{margin-top:16px!important}.mt-6{margin-top:24px!important}.mt-8{margin-top:32px!important}
.mb-1{margin-bottom:4px!important}.mb-2{margin-bottom:8px!important}.mb-3{margin-bottom:12px!important}.mb-4{margin-bottom:16px!important}.mb-6{margin-bottom:24px!important}
.ml-2{margin-left:8px!important}.ml-3{margin-left:12px!important}.ml-auto{margin-left:auto!important}.mr-2{margin-right:8px!important}.mr-3{margin-right:12px!important}
.pa-0{padding:0!important}.pa-2{padding:8px!important}.pa-4{padding:16px!important}.pa-6{padding:24px!important}.pa-8{padding:32px!important}.px-4{padding-left:16px!important;padding-right:16px!important}.py-2{padding-top:8px!important;padding-bottom:8px!important}.py-4{padding-top:16px!important;padding-bottom:16px!important}.pt-4{padding-top:16px!important}.pb-4{padding-bottom:16px!important}
`;

const APP_CSS = `
html, body { font-family: 'Roboto', 'Helvetica', 'Arial', sans-serif; }
#blazor-error-ui { background: lightyellow; bottom: 0; box-shadow: 0 -1px 2px rgba(0, 0, 0, 0.2); display: none; left: 0; padding: 0.6rem 1.25rem 0.7rem 1.25rem; position: fixed; width: 100%; z-index: 1000; }
#blazor-error-ui .dismiss { cursor: pointer; position: absolute; right: 0.75rem; top: 0.5rem; }
.loading-progress { position: relative; display: block; width: 8rem; height: 8rem; margin: 20vh auto 1rem auto; }
.loading-progress circle { fill: none; stroke: #e0e0e0; stroke-width: 0.6rem; transform-origin: 50% 50%; transform: rotate(-90deg); }
.loading-progress circle:last-child { stroke: #1b6ec2; stroke-dasharray: calc(3.141 * var(--blazor-load-percentage, 0%) * 0.8), 500%; transition: stroke-dasharray 0.05s ease-in-out; }
.loading-progress-text { position: absolute; text-align: center; font-weight: bold; inset: calc(20vh + 3.25rem) 0 auto 0.2rem; }
.loading-progress-text:after { content: var(--blazor-load-percentage-text, "Loading"); }
.app-title { font-weight: 500; letter-spacing: .02em; }
.captcha-img { border: 1px solid var(--mud-palette-lines-inputs); border-radius: 4px; display: block; }
`;

/** The scoped CSS Blazor bundles as <Project>.styles.css (component-scoped attributes b-xxxxxxxxxx). */
const SCOPED_CSS = `
.home-hero[b-3k9c2x7f1q] { background: linear-gradient(120deg, rgba(89,74,226,.09), rgba(30,200,165,.09)); }
.stat-number[b-8d0qzt4m2v] { font-size: 2rem; font-weight: 500; color: var(--mud-palette-primary); }
.login-paper[b-5r1n7w0hke] { max-width: 440px; margin: 48px auto; }
.form-paper[b-q2v6l9ys3a] { max-width: 760px; }
`;

/** The hand-written stand-in for MudBlazor's components: it builds the DOM their .razor files render. */
const MUD_JS = `/* MudBlazor 6.11.2 (component DOM, hand-written) */
(function () {
  'use strict';
  var SVGNS = 'http://www.w3.org/2000/svg';
  var I = {
    menu: 'M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z',
    close: 'M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
    expand: 'M16.59 8.59L12 13.17 7.41 8.59 6 10l6 6 6-6z',
    arrowDrop: 'M7 10l5 5 5-5z',
    visibility: 'M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5zM12 17c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5zm0-8c-1.66 0-3 1.34-3 3s1.34 3 3 3 3-1.34 3-3-1.34-3-3-3z',
    visibilityOff: 'M12 7c2.76 0 5 2.24 5 5 0 .65-.13 1.26-.36 1.83l2.92 2.92c1.51-1.26 2.7-2.89 3.43-4.75-1.73-4.39-6-7.5-11-7.5-1.4 0-2.74.25-3.98.7l2.16 2.16C10.74 7.13 11.35 7 12 7zM2 4.27l2.28 2.28.46.46C3.08 8.3 1.78 10.02 1 12c1.73 4.39 6 7.5 11 7.5 1.55 0 3.03-.3 4.38-.84l.42.42L19.73 22 21 20.73 3.27 3 2 4.27zM7.53 9.8l1.55 1.55c-.05.21-.08.43-.08.65 0 1.66 1.34 3 3 3 .22 0 .44-.03.65-.08l1.55 1.55c-.67.33-1.41.53-2.2.53-2.76 0-5-2.24-5-5 0-.79.2-1.53.53-2.2zm4.31-.78l3.15 3.15.02-.16c0-1.66-1.34-3-3-3l-.17.01z',
    refresh: 'M17.65 6.35C16.2 4.9 14.21 4 12 4c-4.42 0-7.99 3.58-7.99 8s3.57 8 7.99 8c3.73 0 6.84-2.55 7.73-6h-2.08c-.82 2.33-3.04 4-5.65 4-3.31 0-6-2.69-6-6s2.69-6 6-6c1.66 0 3.14.69 4.22 1.78L13 11h7V4l-2.35 2.35z',
    dashboard: 'M3 13h8V3H3v10zm0 8h8v-6H3v6zm10 0h8V11h-8v10zm0-18v6h8V3h-8z',
    receipt: 'M18 17H6v-2h12v2zm0-4H6v-2h12v2zm0-4H6V7h12v2zM3 22l1.5-1.5L6 22l1.5-1.5L9 22l1.5-1.5L12 22l1.5-1.5L15 22l1.5-1.5L18 22l1.5-1.5L21 22V2l-1.5 1.5L18 2l-1.5 1.5L15 2l-1.5 1.5L12 2l-1.5 1.5L9 2 7.5 3.5 6 2 4.5 3.5 3 2v20z',
    api: 'M14 12l-2 2-2-2 2-2 2 2zm-2-6l2.12 2.12 2.5-2.5L12 1 7.38 5.62l2.5 2.5L12 6zm-6 6l2.12-2.12-2.5-2.5L1 12l4.62 4.62 2.5-2.5L6 12zm12 0l-2.12 2.12 2.5 2.5L23 12l-4.62-4.62-2.5 2.5L18 12zm-6 6l-2.12-2.12-2.5 2.5L12 23l4.62-4.62-2.5-2.5L12 18z',
    report: 'M19 3H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zM9 17H7v-7h2v7zm4 0h-2V7h2v10zm4 0h-2v-4h2v4z',
    people: 'M16 11c1.66 0 2.99-1.34 2.99-3S17.66 5 16 5c-1.66 0-3 1.34-3 3s1.34 3 3 3zm-8 0c1.66 0 2.99-1.34 2.99-3S9.66 5 8 5C6.34 5 5 6.34 5 8s1.34 3 3 3zm0 2c-2.33 0-7 1.17-7 3.5V19h14v-2.5c0-2.33-4.67-3.5-7-3.5zm8 0c-.29 0-.62.02-.97.05 1.16.84 1.97 1.97 1.97 3.45V19h6v-2.5c0-2.33-4.67-3.5-7-3.5z',
    radioOff: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8z',
    radioOn: 'M12 7c-2.76 0-5 2.24-5 5s2.24 5 5 5 5-2.24 5-5-2.24-5-5-5z',
    error: 'M11 15h2v2h-2zm0-8h2v6h-2zm.99-5C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8z',
    success: 'M16.59 7.58L10 14.17l-3.59-3.58L5 12l5 5 8-8zM12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8z',
    warning: 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z',
    info: 'M11,9H13V7H11M12,20C7.59,20 4,16.41 4,12C4,7.59 7.59,4 12,4C16.41,4 20,7.59 20,12C20,16.41 16.41,20 12,20M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10,10 0 0,0 12,2M11,17H13V11H11V17Z',
    logout: 'M17 7l-1.41 1.41L18.17 11H8v2h10.17l-2.58 2.58L17 17l5-5zM4 5h8V3H4c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h8v-2H4V5z',
    login: 'M11 7L9.6 8.4l2.6 2.6H2v2h10.2l-2.6 2.6L11 17l5-5-5-5zm9 12h-8v2h8c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2h-8v2h8v14z',
    account: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 3c1.66 0 3 1.34 3 3s-1.34 3-3 3-3-1.34-3-3 1.34-3 3-3zm0 14.2c-2.5 0-4.71-1.28-6-3.22.03-1.99 4-3.08 6-3.08 1.99 0 5.97 1.09 6 3.08-1.29 1.94-3.5 3.22-6 3.22z',
    help: 'M11 18h2v-2h-2v2zm1-16C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zm0-14c-2.21 0-4 1.79-4 4h2c0-1.1.9-2 2-2s2 .9 2 2c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5 0-2.21-1.79-4-4-4z'
  };

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
      var r = (Math.random() * 16) | 0;
      return (c === 'x' ? r : (r & 3) | 8).toString(16);
    });
  }

  function append(el, kids) {
    if (kids == null || kids === false) return el;
    if (!Array.isArray(kids)) kids = [kids];
    kids.forEach(function (c) {
      if (c == null || c === false) return;
      if (Array.isArray(c)) { append(el, c); return; }
      el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    });
    return el;
  }

  function h(tag, attrs, kids) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v == null || v === false) return;
        if (k === 'class') el.className = v;
        else if (k.slice(0, 2) === 'on' && typeof v === 'function') el.addEventListener(k.slice(2), v);
        else el.setAttribute(k, v === true ? '' : String(v));
      });
    }
    return append(el, kids);
  }

  function icon(path, cls, size) {
    var svg = document.createElementNS(SVGNS, 'svg');
    svg.setAttribute('class', 'mud-icon-root mud-svg-icon ' + (cls || 'mud-inherit-text') + ' mud-icon-size-' + (size || 'medium'));
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    var p0 = document.createElementNS(SVGNS, 'path');
    p0.setAttribute('d', 'M0 0h24v24H0z');
    p0.setAttribute('fill', 'none');
    var p1 = document.createElementNS(SVGNS, 'path');
    p1.setAttribute('d', path);
    svg.appendChild(p0);
    svg.appendChild(p1);
    return svg;
  }

  function typo(tag, kind, text, cls) {
    return h(tag, { class: 'mud-typography mud-typography-' + kind + (cls ? ' ' + cls : '') }, text);
  }

  function paper(kids, cls, elevation) {
    return h('div', { class: 'mud-paper mud-elevation-' + (elevation == null ? 1 : elevation) + (cls ? ' ' + cls : '') }, kids);
  }

  function progress(size) {
    var svg = document.createElementNS(SVGNS, 'svg');
    svg.setAttribute('class', 'mud-progress-circular-svg');
    svg.setAttribute('viewBox', '22 22 44 44');
    var c = document.createElementNS(SVGNS, 'circle');
    c.setAttribute('class', 'mud-progress-circular-circle mud-progress-indeterminate');
    c.setAttribute('cx', '44'); c.setAttribute('cy', '44'); c.setAttribute('r', '20');
    c.setAttribute('fill', 'none'); c.setAttribute('stroke-width', '3.6');
    svg.appendChild(c);
    return h('div', { class: 'mud-progress-circular mud-default-text mud-progress-circular-indeterminate mud-progress-' + (size || 'small'), role: 'progressbar', style: 'height:20px;width:20px;' }, svg);
  }

  /** MudButton; processing() swaps its label for the docs' spinner + "Processing" pattern. */
  function button(text, o) {
    o = o || {};
    var v = o.variant || 'filled', c = o.color || 'primary', size = o.size || 'medium';
    var label = h('span', { class: 'mud-button-label' });
    var b = h('button', {
      type: o.type || 'button',
      class: 'mud-button-root mud-button mud-button-' + v + ' mud-button-' + v + '-' + c + ' mud-button-' + v + '-size-' + size + ' mud-ripple' + (o.full ? ' mud-width-full' : '') + (o.cls ? ' ' + o.cls : ''),
      tabindex: '0'
    }, label);
    function fill(t) {
      label.textContent = '';
      if (o.startIcon) append(label, h('span', { class: 'mud-button-icon-start mud-button-icon-size-medium' }, icon(o.startIcon, 'mud-inherit-text', 'medium')));
      append(label, o.textAsTypography ? typo('p', 'body1', t) : t);
    }
    fill(text);
    b.setText = fill;
    b.processing = function (on) {
      b.disabled = !!on;
      if (on) { label.textContent = ''; append(label, [progress('small'), typo('p', 'body1', 'Processing', 'ml-2')]); }
      else fill(text);
    };
    if (o.onClick) b.addEventListener('click', o.onClick);
    return b;
  }

  function iconButton(path, ariaLabel, o) {
    o = o || {};
    var b = h('button', {
      type: 'button', 'aria-label': ariaLabel, tabindex: o.tabindex || '0',
      class: 'mud-button-root mud-icon-button mud-ripple mud-ripple-icon' + (o.cls ? ' ' + o.cls : '')
    }, h('span', { class: 'mud-icon-button-label' }, icon(path, o.iconCls || 'mud-inherit-text', o.size || 'medium')));
    if (o.onClick) b.addEventListener('click', o.onClick);
    return b;
  }

  function outline(labelText) {
    return h('fieldset', { class: 'mud-input-outlined-border', 'aria-hidden': 'true' }, h('legend', null, h('span', null, labelText)));
  }

  /** The helper/error line MudInputControl draws under a field, and the red label. */
  function fieldChrome(root, box, label, input, helperText) {
    var helper = null, error = null;
    function draw() {
      if (helper) helper.remove();
      helper = null;
      var text = error || helperText;
      box.classList.toggle('mud-input-error', !!error);
      label.classList.toggle('mud-error-text', !!error);
      if (input) input.setAttribute('aria-invalid', error ? 'true' : 'false');
      if (!text) return;
      helper = h('div', { class: 'mud-input-helper-text' + (error ? ' mud-input-error' : '') },
        h('div', { class: 'd-flex' }, h('p', { class: 'mud-input-helper-text' }, text)));
      root.appendChild(helper);
    }
    draw();
    return {
      setError: function (msg) { error = msg || null; draw(); },
      getError: function () { return error; }
    };
  }

  /**
   * MudTextField, Variant.Outlined: the input, the label after it (floating over the box), the
   * fieldset notch. The bound value follows 'change' (MudBlazor's default), or 'input' if immediate.
   */
  function textField(o) {
    var id = 'mudinput-' + uuid();
    var value = o.value || '';
    var adorned = (o.adornStart ? ' mud-input-adorned-start' : '') + (o.toggle ? ' mud-input-adorned-end' : '');
    var input = h('input', {
      class: 'mud-input-slot mud-input-root mud-input-root-outlined' + adorned.replace(/mud-input-adorned/g, 'mud-input-root-adorned'),
      type: o.type || 'text', id: id, inputmode: o.inputMode || 'text', maxlength: String(o.maxLength || 524288),
      'aria-invalid': 'false', autocomplete: o.autocomplete || 'off', spellcheck: 'false'
    });
    input.value = value;
    var box = h('div', { class: 'mud-input mud-input-outlined' + adorned + (o.adornStart ? ' mud-shrink' : '') });
    if (o.adornStart) box.appendChild(h('div', { class: 'mud-input-adornment mud-input-adornment-start mud-text' }, typo('p', 'body1', o.adornStart)));
    box.appendChild(input);
    if (o.toggle) {
      var shown = false;
      var eye = iconButton(I.visibilityOff, o.toggleLabel || 'Show password', {
        cls: 'mud-input-adornment-icon-button mud-icon-button-edge-end', iconCls: 'mud-icon-default mud-input-adornment-icon',
        onClick: function () {
          shown = !shown;
          input.type = shown ? 'text' : 'password';
          eye.querySelector('path:last-child').setAttribute('d', shown ? I.visibility : I.visibilityOff);
        }
      });
      box.appendChild(h('div', { class: 'mud-input-adornment mud-input-adornment-end' }, eye));
    }
    box.appendChild(outline(o.label));
    var label = h('label', { class: 'mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-inputcontrol', for: id }, o.label);
    var root = h('div', { class: 'mud-input-control mud-input-text-with-label' + (o.required ? ' mud-input-required' : '') + (o.cls ? ' ' + o.cls : '') },
      h('div', { class: 'mud-input-control-input-container' }, [box, label]));
    var chrome = fieldChrome(root, box, label, input, o.helper);
    function shrink() { box.classList.toggle('mud-shrink', !!input.value || !!o.adornStart); }
    function commit() {
      value = input.value;
      if (chrome.getError() && o.validate) chrome.setError(o.validate(value));
      if (o.onChange) o.onChange(value);
    }
    input.addEventListener('input', function () { shrink(); if (o.immediate) commit(); });
    input.addEventListener('change', commit);
    if (o.onEnter) input.addEventListener('keydown', function (e) { if (e.key === 'Enter') { commit(); o.onEnter(); } });
    shrink();
    return {
      root: root, input: input,
      get value() { return value; },
      set: function (v) { input.value = v; value = v; shrink(); },
      setError: chrome.setError,
      validate: function () { var err = o.validate ? o.validate(value) : null; chrome.setError(err); return !err; },
      disable: function (on) { input.disabled = !!on; box.classList.toggle('mud-disabled', !!on); },
      focus: function () { input.focus(); }
    };
  }

  var providers = { dialog: null, snackbar: null, popover: null };

  /** MudSelect<T>: a div showing the text over a display:none input, the list in a MudPopover. */
  function select(o) {
    var id = 'mudinput-' + uuid();
    var guid = uuid();
    var items = o.items || [];
    var selected = null, open = false, active = -1, overlay = null, list = null;
    var display = h('div', { class: 'mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-adorned-end mud-select-input', tabindex: '0' });
    var hidden = h('input', { class: 'mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-adorned-end mud-select-input', type: 'text', id: id, readonly: true, tabindex: '-1', style: 'display:none', 'aria-invalid': 'false', value: '' });
    var arrow = icon(I.arrowDrop, 'mud-icon-default mud-input-adornment-icon');
    var box = h('div', { class: 'mud-input mud-input-outlined mud-input-adorned-end mud-select-input' },
      [display, hidden, h('div', { class: 'mud-input-adornment mud-input-adornment-end mud-select-input' }, arrow), outline(o.label)]);
    var label = h('label', { class: 'mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-inputcontrol', for: id }, o.label);
    var control = h('div', { class: 'mud-input-control mud-input-text-with-label' + (o.required ? ' mud-input-required' : '') },
      h('div', { class: 'mud-input-control-input-container' }, [box, label]));
    var anchor = h('div', { id: 'popover-' + guid, class: 'mud-popover-cascading-value' });
    var root = h('div', { class: 'mud-select' + (o.cls ? ' ' + o.cls : '') }, [control, anchor]);
    var chrome = fieldChrome(control, box, label, null, o.helper);
    var pop = h('div', {
      id: 'popovercontent-' + guid, 'data-ticks': '0',
      class: 'mud-popover mud-popover-top-left mud-popover-anchor-top-left mud-popover-overflow-flip-onopen mud-popover-relative-width mud-paper mud-elevation-8',
      style: 'transition-duration:251ms;transition-delay:0ms;'
    });
    function place() {
      if (!open) return;
      var r = box.getBoundingClientRect();
      pop.style.width = r.width + 'px';
      var top = r.top, vh = window.innerHeight, ph = pop.offsetHeight;
      if (top + ph > vh - 8) top = Math.max(8, vh - 8 - ph);
      pop.style.left = (r.left + window.scrollX) + 'px';
      pop.style.top = (top + window.scrollY) + 'px';
    }
    function markActive() {
      if (!list) return;
      Array.prototype.forEach.call(list.children, function (el, i) { el.classList.toggle('mud-list-item-active-kb', i === active); });
      var el = list.children[active];
      if (el) el.scrollIntoView({ block: 'nearest' });
    }
    function openIt() {
      if (open || o.disabled) return;
      open = true;
      if (!pop.parentNode) providers.popover.appendChild(pop);
      overlay = h('div', { class: 'mud-overlay', style: '' });
      overlay.addEventListener('click', function () { closeIt(); });
      root.appendChild(overlay);
      pop.textContent = '';
      list = h('div', { class: 'mud-list mud-list-padding' });
      items.forEach(function (it, i) {
        var isSel = selected && selected.value === it.value;
        var row = h('div', { tabindex: '-1', class: 'mud-list-item mud-list-item-gutters mud-list-item-clickable mud-ripple' + (isSel ? ' mud-selected-item mud-primary-text mud-primary-hover' : '') },
          h('div', { class: 'mud-list-item-text' }, typo('p', 'body1', it.text)));
        row.addEventListener('click', function () { choose(i); });
        list.appendChild(row);
      });
      pop.appendChild(list);
      pop.setAttribute('data-ticks', String(Date.now()));
      active = selected ? items.indexOf(selected) : -1;
      place();
      if (active >= 0) list.children[active].scrollIntoView({ block: 'nearest' });
      requestAnimationFrame(function () { if (open) pop.classList.add('mud-popover-open'); });
      box.classList.add('mud-select-open');
    }
    function closeIt() {
      if (!open) return;
      open = false;
      if (overlay) overlay.remove();
      overlay = null;
      pop.classList.remove('mud-popover-open');
      box.classList.remove('mud-select-open');
      setTimeout(function () { if (!open) pop.textContent = ''; list = null; }, 260);
      display.focus();
    }
    function choose(i) {
      var it = items[i];
      if (!it) return;
      selected = it;
      display.textContent = it.text;
      hidden.value = it.text;
      box.classList.add('mud-shrink');
      closeIt();
      if (chrome.getError()) chrome.setError(null);
      if (o.onChange) o.onChange(it.value, it);
    }
    box.addEventListener('click', function () { if (open) closeIt(); else openIt(); });
    display.addEventListener('keydown', function (e) {
      if (!open && (e.key === 'Enter' || e.key === ' ' || e.key === 'ArrowDown')) { e.preventDefault(); openIt(); return; }
      if (!open) return;
      if (e.key === 'Escape' || e.key === 'Tab') { closeIt(); return; }
      if (e.key === 'ArrowDown') { e.preventDefault(); active = Math.min(items.length - 1, active + 1); markActive(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); active = Math.max(0, active - 1); markActive(); }
      if (e.key === 'Enter' && active >= 0) { e.preventDefault(); choose(active); }
    });
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return {
      root: root,
      get value() { return selected ? selected.value : null; },
      get text() { return selected ? selected.text : ''; },
      setItems: function (list2) { items = list2; if (open) { closeIt(); openIt(); } },
      setError: chrome.setError,
      validate: function () { var err = o.validate ? o.validate(selected ? selected.value : null) : null; chrome.setError(err); return !err; },
      dispose: function () { closeIt(); pop.remove(); window.removeEventListener('scroll', place, true); window.removeEventListener('resize', place); }
    };
  }

  /** MudRadioGroup of MudRadio: the real radio input sits, transparent, over the two circle icons. */
  function radioGroup(o) {
    var name = 'radiogroup-' + uuid();
    var value = null;
    var group = h('div', { role: 'radiogroup', class: 'mud-radio-group' + (o.cls ? ' ' + o.cls : ''), id: 'mudradiogroup-' + uuid().slice(0, 8) });
    var spans = [];
    o.items.forEach(function (it) {
      var input = h('input', { tabindex: '-1', type: 'radio', class: 'mud-radio-input', name: name, value: it.value, 'aria-checked': 'false' });
      var span = h('span', { tabindex: '0', class: 'mud-button-root mud-icon-button mud-default-text hover:mud-default-hover mud-ripple mud-ripple-radio' },
        [input, icon(I.radioOff, 'mud-inherit-text'), icon(I.radioOn, 'mud-inherit-text')]);
      spans.push({ span: span, input: input, value: it.value });
      var label = h('label', { class: 'mud-radio mud-radio-content-placement-end' }, [span, typo('p', 'body1', it.text)]);
      input.addEventListener('change', function () { if (input.checked) pick(it.value); });
      span.addEventListener('keydown', function (e) {
        if (e.key === ' ' || e.key === 'Enter') { e.preventDefault(); input.checked = true; pick(it.value); }
      });
      group.appendChild(label);
    });
    function pick(v) {
      value = v;
      spans.forEach(function (s) {
        var on = s.value === v;
        s.input.checked = on;
        s.input.setAttribute('aria-checked', on ? 'true' : 'false');
        s.span.className = 'mud-button-root mud-icon-button mud-ripple mud-ripple-radio ' + (on ? 'mud-checked mud-primary-text hover:mud-primary-hover' : 'mud-default-text hover:mud-default-hover');
      });
      if (o.onChange) o.onChange(v);
    }
    var root = h('div', { class: 'mud-input-control mud-input-control-boolean-input' }, h('div', { class: 'mud-input-control-input-container' }, group));
    return { root: root, get value() { return value; } };
  }

  /** MudCollapse: height animated from 0 to the wrapper's height, then 'auto' once entered. */
  function collapse(content, expanded) {
    var inner = h('div', { class: 'mud-collapse-wrapper-inner' }, content);
    var wrapper = h('div', { class: 'mud-collapse-wrapper' }, inner);
    var el = h('div', { class: 'mud-collapse-container' + (expanded ? ' mud-collapse-entered' : ''), style: expanded ? '' : 'height:0px;', 'aria-hidden': expanded ? 'false' : 'true' }, wrapper);
    var timer = null;
    el.setExpanded = function (on) {
      clearTimeout(timer);
      var full = wrapper.scrollHeight;
      var ms = Math.round(Math.min(Math.max(full * 1.6, 160), 420));
      el.style.transitionDuration = ms + 'ms';
      if (on) {
        el.classList.remove('mud-collapse-exiting', 'mud-collapse-entered');
        el.classList.add('mud-collapse-entering');
        el.setAttribute('aria-hidden', 'false');
        el.style.height = el.offsetHeight + 'px';
        void el.offsetHeight;
        el.style.height = full + 'px';
        timer = setTimeout(function () { el.classList.remove('mud-collapse-entering'); el.classList.add('mud-collapse-entered'); el.style.height = ''; }, ms);
      } else {
        el.style.height = el.offsetHeight + 'px';
        el.classList.remove('mud-collapse-entered', 'mud-collapse-entering');
        el.classList.add('mud-collapse-exiting');
        void el.offsetHeight;
        el.style.height = '0px';
        el.setAttribute('aria-hidden', 'true');
        timer = setTimeout(function () { el.classList.remove('mud-collapse-exiting'); }, ms);
      }
    };
    return el;
  }

  var dialogs = [];
  /**
   * DialogService.Show: a mud-dialog-container per dialog in the provider, its own overlay (scrim)
   * first, then the dialog. Resolves with the result given by an action, or null when cancelled.
   */
  function showDialog(o) {
    return new Promise(function (resolve) {
      var titleId = '_' + uuid().replace(/-/g, '').slice(0, 10);
      var done = false;
      var overlay = h('div', { class: 'mud-overlay mud-overlay-dialog', style: '' }, h('div', { class: 'mud-overlay-scrim mud-overlay-dark' }));
      var title = h('div', { class: 'mud-dialog-title', id: titleId }, typo('h6', 'h6', o.title));
      if (o.closeButton) {
        title.appendChild(iconButton(I.close, 'Close dialog', { cls: 'mud-button-close', size: 'medium', onClick: function () { close(null); } }));
      }
      var content = h('div', { class: 'mud-dialog-content' }, o.content);
      var actions = h('div', { class: 'mud-dialog-actions' });
      (o.actions || []).forEach(function (a) {
        actions.appendChild(button(a.text, { variant: a.variant || 'text', color: a.color || 'default', onClick: function () {
          if (a.onClick && a.onClick() === false) return;
          close(a.result === undefined ? a.text : a.result);
        } }));
      });
      var dialog = h('div', {
        role: 'dialog', tabindex: '-1', 'aria-modal': 'true', 'aria-labelledby': titleId,
        class: 'mud-dialog mud-dialog-width-' + (o.maxWidth || 'sm') + (o.fullWidth ? ' mud-dialog-width-full' : '') + (o.cls ? ' ' + o.cls : '')
      }, [title, content, actions]);
      var container = h('div', { class: 'mud-dialog-container mud-dialog-center', id: 'dialog-' + uuid().slice(0, 8) }, [overlay, dialog]);
      overlay.addEventListener('click', function () { if (!o.disableBackdropClick) close(null); });
      function onKey(e) {
        if (e.key === 'Escape' && dialogs[dialogs.length - 1] === container && o.closeOnEscapeKey) close(null);
      }
      function close(result) {
        if (done) return;
        done = true;
        document.removeEventListener('keydown', onKey);
        container.remove();
        dialogs.splice(dialogs.indexOf(container), 1);
        resolve(result);
      }
      document.addEventListener('keydown', onKey);
      providers.dialog.appendChild(container);
      dialogs.push(container);
      setTimeout(function () { try { dialog.focus({ preventScroll: true }); } catch (e) { /* ignore */ } }, 0);
    });
  }

  /** DialogService.ShowMessageBox: title, a message, a text "yes" and optional "cancel" button. */
  function messageBox(title, message, yesText, cancelText) {
    var actions = [];
    if (cancelText) actions.push({ text: cancelText, color: 'default', result: false });
    actions.push({ text: yesText || 'OK', color: 'primary', result: true });
    return showDialog({ title: title, content: typo('div', 'body1', message), actions: actions, closeOnEscapeKey: true, maxWidth: 'sm' })
      .then(function (r) { return r === true; });
  }

  var severityIcon = { success: I.success, error: I.error, warning: I.warning, info: I.info, normal: I.info };
  /** ISnackbar.Add: PreventDuplicates, 3 s visible after a 500 ms fade-in, hover holds it. */
  function snackbar(message, severity) {
    var c = providers.snackbar;
    if (!c) return;
    var dup = Array.prototype.some.call(c.children, function (el) { return el.mudMessage === message && !el.mudHiding; });
    if (dup) return;
    var sev = severity || 'normal';
    var el = h('div', { class: 'mud-snackbar mud-alert-filled-' + sev, style: 'opacity:0;' }, [
      h('div', { class: 'mud-snackbar-icon' }, icon(severityIcon[sev] || I.info, 'mud-inherit-text', 'medium')),
      h('div', { class: 'mud-snackbar-content-message' }, message),
      h('div', { class: 'mud-snackbar-content-action' }, iconButton(I.close, 'Close', { size: 'small', cls: 'mud-icon-button-size-small', onClick: function () { hide(0); } }))
    ]);
    el.mudMessage = message;
    c.appendChild(el);
    void el.offsetHeight;
    el.style.opacity = '1';
    var timer = setTimeout(function () { hide(500); }, 3500);
    el.addEventListener('mouseenter', function () { clearTimeout(timer); });
    el.addEventListener('mouseleave', function () { clearTimeout(timer); timer = setTimeout(function () { hide(500); }, 3000); });
    function hide(ms) {
      clearTimeout(timer);
      el.mudHiding = true;
      el.style.opacity = '0';
      setTimeout(function () { el.remove(); }, ms);
    }
  }

  /** MudAlert. */
  function alert(text, severity, variant, o) {
    o = o || {};
    return h('div', { role: 'alert', class: 'mud-alert mud-alert-' + (variant || 'text') + '-' + severity + ' mud-elevation-0' + (o.dense ? ' mud-dense' : '') + (o.cls ? ' ' + o.cls : '') },
      h('div', { class: 'mud-alert-position justify-sm-start' }, [
        h('div', { class: 'mud-alert-icon mud-alert-icon-left' }, icon(severityIcon[severity] || I.info, 'mud-inherit-text', 'medium')),
        h('div', { class: 'mud-alert-message' }, text)
      ]));
  }

  /** MudTable with a toolbar title, HeaderContent, RowTemplate (data-label cells) and NoRecordsContent. */
  function table(o) {
    var head = h('thead', { class: 'mud-table-head' }, h('tr', { class: 'mud-table-row' }, o.columns.map(function (c) { return h('th', { scope: 'col', class: 'mud-table-cell' }, c); })));
    var body = h('tbody', { class: 'mud-table-body' });
    var el = h('div', { class: 'mud-table mud-xs-table mud-table-dense mud-table-hover mud-elevation-1 mud-paper' + (o.cls ? ' ' + o.cls : '') }, [
      o.title ? h('div', { class: 'mud-toolbar mud-toolbar-gutters mud-table-toolbar' }, typo('h6', 'h6', o.title)) : null,
      h('div', { class: 'mud-table-container' }, h('table', { class: 'mud-table-root' }, [head, body]))
    ]);
    el.setRows = function (rows) {
      body.textContent = '';
      if (!rows.length) {
        body.appendChild(h('tr', { class: 'mud-table-row' }, h('th', { colspan: String(o.columns.length), class: 'mud-table-empty-row' }, h('div', { class: 'my-3' }, o.empty || 'No matching records found'))));
        return;
      }
      rows.forEach(function (r) {
        body.appendChild(h('tr', { class: 'mud-table-row' }, r.map(function (v, i) { return h('td', { 'data-label': o.columns[i], class: 'mud-table-cell' }, v); })));
      });
    };
    el.setRows(o.rows || []);
    return el;
  }

  function breadcrumbs(items) {
    var ul = h('ul', { class: 'mud-breadcrumbs mud-typography-body1' });
    items.forEach(function (it, i) {
      if (i > 0) ul.appendChild(h('li', { class: 'mud-breadcrumb-separator' }, h('span', null, '/')));
      ul.appendChild(h('li', { class: 'mud-breadcrumb-item' + (it.href ? '' : ' mud-disabled') }, h('a', { href: it.href || '#', tabindex: it.href ? '0' : '-1' }, it.text)));
    });
    return ul;
  }

  window.MudR = {
    I: I, h: h, append: append, icon: icon, typo: typo, paper: paper, progress: progress, uuid: uuid,
    button: button, iconButton: iconButton, textField: textField, select: select, radioGroup: radioGroup,
    collapse: collapse, showDialog: showDialog, messageBox: messageBox, snackbar: snackbar, alert: alert,
    table: table, breadcrumbs: breadcrumbs, providers: providers,
    closeAllDialogs: function () { dialogs.slice().forEach(function (d) { d.remove(); }); dialogs.length = 0; }
  };
})();
`;

/**
 * The stand-in for blazor.webassembly.js plus the compiled EInvoice.Portal.Client: boots (the loading
 * circle), asks the API who is signed in, renders App.razor's providers and layouts, routes with
 * pushState and intercepts link clicks as NavigationManager does.
 */
const APP_JS_SHELL = String.raw`/* blazor.webassembly.js (stand-in) + EInvoice.Portal.Client */
(function () {
  'use strict';
  var THEME_CSS = __THEME__;
  var M, h, typo;
  var app = { auth: { isAuthenticated: false }, sessionExpired: false, layoutKind: null, host: null, main: null, dispose: null, navLinks: [], pending2fa: null };

  function showErrorUi(err) {
    if (err && err.unauthorized) return;
    if (window.console) console.error('crit: Microsoft.AspNetCore.Components.WebAssembly.Rendering.WebAssemblyRenderer[100]', err);
    var ui = document.getElementById('blazor-error-ui');
    if (ui) ui.style.display = 'block';
  }
  window.addEventListener('error', function (e) { showErrorUi(e.error || e.message); });

  /** HttpClient with the app's DelegatingHandler: a 401 from the API means the session is gone. */
  function api(method, url, body) {
    var init = { method: method, headers: { Accept: 'application/json' }, credentials: 'same-origin' };
    if (body !== undefined) { init.headers['Content-Type'] = 'application/json; charset=utf-8'; init.body = JSON.stringify(body); }
    return fetch(url, init).then(function (res) {
      if (res.status === 401 && url.indexOf('/api/account/') !== 0) {
        onUnauthorized();
        var err = new Error('Response status code does not indicate success: 401 (Unauthorized).');
        err.unauthorized = true;
        throw err;
      }
      return res.text().then(function (t) {
        var data = null;
        try { data = t ? JSON.parse(t) : null; } catch (e) { data = null; }
        return { status: res.status, ok: res.ok, data: data };
      });
    });
  }

  function onUnauthorized() {
    app.auth = { isAuthenticated: false };
    app.sessionExpired = true;
    M.snackbar('Your session has expired', 'error');
    navigate('/login');
  }

  function firstError(data, key) {
    if (!data) return null;
    if (data.errors) {
      if (key !== undefined) return data.errors[key] ? data.errors[key][0] : null;
      var keys = Object.keys(data.errors);
      if (keys.length) return data.errors[keys[0]][0];
    }
    return key === undefined ? data.title || null : null;
  }

  // ---------------------------------------------------------------- routing (NavigationManager)
  var routes = [];
  function navigate(path, replace) {
    if (replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    route();
  }
  window.addEventListener('popstate', function () { route(); });
  document.addEventListener('click', function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    var a = e.target && e.target.closest ? e.target.closest('a[href]') : null;
    if (!a || a.target) return;
    var href = a.getAttribute('href');
    if (href === '#' || href === '') { e.preventDefault(); return; }
    var url = new URL(a.href, location.href);
    if (url.origin !== location.origin) return;
    e.preventDefault();
    if (url.pathname + url.search !== location.pathname + location.search) navigate(url.pathname + url.search);
  });
  function query(name) { return new URLSearchParams(location.search).get(name); }

  function route() {
    var path = location.pathname.replace(/\/+$/, '') || '/';
    var r = routes.filter(function (x) { return x.path === path; })[0] || { path: path, title: 'Not found', layout: app.auth.isAuthenticated ? 'main' : 'public', anon: true, page: NotFoundPage };
    if (!r.anon && !app.auth.isAuthenticated) { navigate('/login?returnUrl=' + encodeURIComponent(location.pathname), true); return; }
    if (r.signedOutOnly && app.auth.isAuthenticated) { navigate('/dashboard', true); return; }
    if (app.dispose) { try { app.dispose(); } catch (e) { /* ignore */ } app.dispose = null; }
    ensureLayout(r.layout);
    app.main.textContent = '';
    document.title = r.title + ' - e-Invoice System';
    app.navLinks.forEach(function (l) { l.el.classList.toggle('active', l.href === path); });
    window.scrollTo(0, 0);
    try { app.dispose = r.page(app.main) || null; } catch (err) { showErrorUi(err); }
  }

  // ---------------------------------------------------------------- App.razor and the layouts
  function mount(root) {
    root.textContent = '';
    root.removeAttribute('style');
    var dialogProvider = h('div', { class: 'mud-dialog-provider' });
    var snack = h('div', { id: 'mud-snackbar-container', class: 'mud-snackbar-location-top-right' });
    app.host = h('div', { class: 'app-layout-host', style: 'display:contents' });
    var popover = h('div', { class: 'mud-popover-provider' });
    M.append(root, [h('style', null, THEME_CSS), dialogProvider, snack, app.host, popover]);
    M.providers.dialog = dialogProvider;
    M.providers.snackbar = snack;
    M.providers.popover = popover;
  }

  function ensureLayout(kind) {
    if (app.layoutKind === kind) return;
    M.closeAllDialogs();
    M.providers.popover.textContent = '';
    app.layoutKind = kind;
    app.host.textContent = '';
    app.navLinks = [];
    app.host.appendChild(kind === 'main' ? mainLayout() : publicLayout());
  }

  function brand() {
    return h('div', { class: 'd-flex align-center' }, [
      M.icon(M.I.receipt, 'mud-inherit-text', 'medium'),
      typo('h6', 'h6', 'e-Invoice System', 'ml-3 app-title')
    ]);
  }

  function publicLayout() {
    var login = M.button('Login', { variant: 'text', color: 'inherit', startIcon: M.I.login, onClick: function () { navigate('/login'); } });
    var help = M.button('Help', { variant: 'text', color: 'inherit', onClick: function () { navigate('/help'); } });
    var appbar = h('header', { class: 'mud-appbar mud-appbar-fixed-top mud-elevation-4' },
      h('div', { class: 'mud-toolbar mud-toolbar-gutters mud-toolbar-appbar' }, [brand(), h('div', { class: 'mud-spacer' }), help, login]));
    app.main = h('div', { class: 'mud-container mud-container-maxwidth-lg mt-4 pb-4' });
    var footer = h('div', { class: 'mud-container mud-container-maxwidth-lg py-4' },
      typo('p', 'caption', 'Site is designed, developed and hosted by National Informatics Centre. Contents provided by Goods and Services Tax Network.', 'mud-secondary-text mud-typography-align-center'));
    return h('div', { class: 'mud-layout' }, [appbar, h('div', { class: 'mud-main-content' }, [app.main, footer])]);
  }

  var NAV = [
    { text: 'Dash Board', href: '/dashboard', icon: 'dashboard' },
    { text: 'e-Invoice', icon: 'receipt', items: [
      { text: 'Generate IRN', href: '/e-invoice/generate-irn' }, { text: 'Bulk Upload', href: '/e-invoice/bulk-upload' },
      { text: 'Cancel IRN', href: '/e-invoice/cancel-irn' }, { text: 'Print e-Invoice', href: '/e-invoice/print' }] },
    { text: 'API Registration', icon: 'api', items: [
      { text: 'User Credentials', items: [
        { text: 'Create API User', href: '/api-registration/user-credentials/create-api-user' },
        { text: 'View API Users', href: '/api-registration/user-credentials/view-api-users' }] },
      { text: 'IP Whitelisting', href: '/api-registration/ip-whitelisting' },
      { text: 'Freeze API User', href: '/api-registration/freeze-api-user' },
      { text: 'Change API Password', href: '/api-registration/change-api-password' }] },
    { text: 'MIS Reports', icon: 'report', items: [
      { text: 'IRN Details', href: '/mis-reports/irn-details' }, { text: 'Summary Report', href: '/mis-reports/summary' }] },
    { text: 'User Management', href: '/user-management', icon: 'people' }
  ];

  function navItems(list) {
    return list.map(function (it) {
      var ico = it.icon ? M.icon(M.I[it.icon], 'mud-icon-default mud-nav-link-icon mud-nav-link-icon-default') : null;
      if (!it.items) {
        var a = h('a', { href: it.href, class: 'mud-nav-link mud-ripple', tabindex: '0' }, [ico, h('div', { class: 'mud-nav-link-text' }, it.text)]);
        app.navLinks.push({ el: a, href: it.href });
        return h('div', { class: 'mud-nav-item mud-ripple' }, a);
      }
      var id = 'navgroup-' + M.uuid().slice(0, 8);
      var expanded = false;
      var chevron = M.icon(M.I.expand, 'mud-icon-default mud-nav-link-expand-icon');
      var btn = h('button', { type: 'button', tabindex: '0', class: 'mud-nav-link mud-ripple', 'aria-controls': id, 'aria-expanded': 'false' },
        [ico, h('div', { class: 'mud-nav-link-text' }, it.text), chevron]);
      var sub = h('nav', { class: 'mud-navmenu mud-navmenu-default mud-navmenu-margin-none' }, navItems(it.items));
      var col = M.collapse(sub, false);
      col.id = id;
      col.classList.add('mud-navgroup-collapse');
      btn.addEventListener('click', function () {
        expanded = !expanded;
        btn.setAttribute('aria-expanded', expanded ? 'true' : 'false');
        chevron.classList.toggle('mud-transform', expanded);
        col.setExpanded(expanded);
      });
      return h('div', { class: 'mud-nav-group' }, [btn, col]);
    });
  }

  function mainLayout() {
    var layout;
    var drawer;
    var burger = M.iconButton(M.I.menu, null, { cls: 'mud-icon-button-edge-start', onClick: function () {
      var open = drawer.classList.contains('mud-drawer--open');
      drawer.classList.toggle('mud-drawer--open', !open);
      drawer.classList.toggle('mud-drawer--closed', open);
      layout.classList.toggle('mud-drawer-open-responsive-md-left', !open);
    } });
    burger.classList.add('mud-inherit-text');
    var logout = M.button('Logout', { variant: 'text', color: 'inherit', startIcon: M.I.logout, onClick: function () { navigate('/logout'); } });
    var who = h('div', { class: 'd-flex align-center gap-2 mr-3' }, [
      h('span', { class: 'mud-chip mud-chip-filled mud-chip-size-small' }, h('span', { class: 'mud-chip-content' }, 'GSTIN: ' + (app.auth.gstin || ''))),
      M.icon(M.I.account, 'mud-inherit-text', 'medium'),
      typo('p', 'body2', app.auth.userName || '')
    ]);
    var appbar = h('header', { class: 'mud-appbar mud-appbar-fixed-top mud-elevation-4' },
      h('div', { class: 'mud-toolbar mud-toolbar-gutters mud-toolbar-appbar' }, [burger, typo('h6', 'h6', 'e-Invoice System', 'ml-3 app-title'), h('div', { class: 'mud-spacer' }), who, logout]));
    var nav = h('nav', { class: 'mud-navmenu mud-navmenu-default mud-navmenu-margin-none' }, navItems(NAV));
    drawer = h('aside', { class: 'mud-drawer mud-drawer-fixed mud-drawer-pos-left mud-drawer--open mud-drawer-md mud-drawer-clipped-always mud-elevation-2', style: '--mud-drawer-width: var(--mud-drawer-width-left);' },
      h('div', { class: 'mud-drawer-content' }, [
        h('div', { class: 'mud-drawer-header mud-drawer-header-dense' }, typo('p', 'subtitle2', 'MENU', 'mud-secondary-text')),
        nav
      ]));
    app.main = h('div', { class: 'mud-container mud-container-maxwidth-lg mt-4 pb-4' });
    layout = h('div', { class: 'mud-layout mud-drawer-open-responsive-md-left' }, [appbar, drawer, h('div', { class: 'mud-main-content' }, app.main)]);
    return layout;
  }

  function boot() {
    M = window.MudR;
    if (!M) { setTimeout(boot, 10); return; }
    h = M.h;
    typo = M.typo;
    var root = document.getElementById('app');
    var pct = 0;
    var timer = setInterval(function () {
      pct = Math.min(100, pct + 20);
      root.style.setProperty('--blazor-load-percentage', pct + '%');
      root.style.setProperty('--blazor-load-percentage-text', '"' + pct + '%"');
      if (pct < 100) return;
      clearInterval(timer);
      api('GET', '/api/account/me').then(function (r) {
        app.auth = r.data || { isAuthenticated: false };
        mount(root);
        route();
      }).catch(showErrorUi);
    }, 40);
  }

  // ---------------------------------------------------------------- pages: public
  function card(title, kids, cls) {
    return M.paper([
      h('div', { class: 'mud-card-header' }, h('div', { class: 'mud-card-header-content' }, typo('h6', 'h6', title))),
      h('div', { class: 'mud-card-content' }, kids)
    ], 'mud-card' + (cls ? ' ' + cls : ''));
  }
  /** Blazor's CSS isolation: the component's elements carry its scope attribute. */
  function scoped(el, scope) { el.setAttribute(scope, ''); return el; }
  function gridItem(kids, cls) { return h('div', { class: 'mud-grid-item mud-grid-item-xs-12 ' + cls }, kids); }

  function HomePage(main) {
    M.append(main, [
      scoped(M.paper([
        typo('h4', 'h4', 'e-Invoice System', 'mud-typography-gutterbottom'),
        typo('p', 'body1', 'Generate the Invoice Reference Number (IRN) for your B2B invoices, export invoices and debit/credit notes, in bulk, through the API or through your GST Suvidha Provider.'),
        typo('p', 'body2', 'Use the Login button at the top of the page to sign in with your e-Invoice credentials.', 'mt-3 mud-secondary-text')
      ], 'pa-8 mb-6 home-hero', 0), 'b-3k9c2x7f1q'),
      h('div', { class: 'mud-grid mud-grid-spacing-xs-3' }, [
        gridItem(card('e-Invoice', typo('p', 'body2', 'Taxpayers above the notified turnover must report B2B invoices to the Invoice Registration Portal and print the signed QR code on the invoice.')), 'mud-grid-item-md-4'),
        gridItem(card('API Access', typo('p', 'body2', 'Create API users to generate e-invoices directly from your ERP or through a GSP. An OTP to your registered mobile number is required.')), 'mud-grid-item-md-4'),
        gridItem(card('Two-Factor Authentication', typo('p', 'body2', 'From 1st April 2025 every login needs an OTP sent by SMS or Sandes, or generated in the NIC-GST-Shield app.')), 'mud-grid-item-md-4')
      ])
    ]);
  }

  function HelpPage(main) {
    M.append(main, [typo('h5', 'h5', 'Help', 'mb-4'), M.paper([
      typo('p', 'body1', 'For help with login, registration and API access, see the user manuals and FAQs published by NIC, or write to support.einvoice@gov.in.')
    ], 'pa-6')]);
  }

  function NotFoundPage(main) {
    M.append(main, [typo('h5', 'h5', 'Not found', 'mb-2'), typo('p', 'body1', "Sorry, there's nothing at this address.")]);
  }

  function captchaUrl() { return '/api/account/captcha?v=' + Date.now() + Math.floor(Math.random() * 1000); }

  function LoginPage(main) {
    var required = function (msg) { return function (v) { return v && v.trim() ? null : msg; }; };
    var user = M.textField({ label: 'Username', immediate: true, autocomplete: 'username', required: true, validate: required('Username is required') });
    var pass = M.textField({ label: 'Password', type: 'password', toggle: true, immediate: true, autocomplete: 'current-password', required: true, validate: required('Password is required') });
    var code = M.textField({ label: 'Enter Captcha', immediate: true, maxLength: 6, required: true, validate: required('Please enter the captcha') });
    var img = h('img', { class: 'captcha-img', src: captchaUrl(), alt: 'Captcha', width: '160', height: '50' });
    var refresh = M.iconButton(M.I.refresh, 'Refresh captcha', { iconCls: 'mud-icon-default', onClick: function () { img.src = captchaUrl(); } });
    var errorHost = h('div');
    var submit = M.button('Login', { type: 'submit', full: true, size: 'large', cls: 'mt-6' });
    var notices = [];
    if (app.sessionExpired) notices.push(M.alert('Session expired, please log in again', 'warning', 'text', { cls: 'mb-4' }));
    else if (query('loggedOut')) notices.push(M.alert('You have been logged out successfully.', 'info', 'text', { cls: 'mb-4' }));
    app.sessionExpired = false;
    var form = h('form', { novalidate: true, autocomplete: 'off' }, [
      notices, errorHost,
      h('div', { class: 'd-flex flex-column gap-4' }, [user.root, pass.root,
        h('div', { class: 'd-flex align-center gap-2 mt-1' }, [img, refresh]),
        code.root]),
      submit,
      h('div', { class: 'd-flex justify-space-between mt-4' }, [
        h('a', { href: '#', class: 'mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body2' }, 'Forgot Username'),
        h('a', { href: '#', class: 'mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body2' }, 'Forgot Password')
      ])
    ]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      errorHost.textContent = '';
      var ok = [user.validate(), pass.validate(), code.validate()].every(Boolean);
      if (!ok) return;
      submit.processing(true);
      api('POST', '/api/account/login', { userName: user.value, password: pass.value, captchaCode: code.value }).then(function (r) {
        submit.processing(false);
        if (r.ok) {
          app.pending2fa = { maskedMobile: r.data.maskedMobile };
          var ret = query('returnUrl');
          navigate('/login/two-factor' + (ret ? '?returnUrl=' + encodeURIComponent(ret) : ''));
          return;
        }
        var captchaErr = firstError(r.data, 'CaptchaCode');
        var msg = captchaErr || firstError(r.data) || 'Login failed. Please try again.';
        if (captchaErr) code.setError(captchaErr);
        else errorHost.appendChild(M.alert(msg, 'error', 'text', { cls: 'mb-4' }));
        M.snackbar(msg, 'error');
        code.set('');
        img.src = captchaUrl();
      }).catch(function (err) { submit.processing(false); showErrorUi(err); });
    });
    main.appendChild(scoped(M.paper([
      typo('h5', 'h5', 'Login', 'mb-1'),
      typo('p', 'body2', 'Login with your e-Invoice System credentials.', 'mud-secondary-text mb-4'),
      form
    ], 'pa-8 login-paper', 4), 'b-5r1n7w0hke'));
    setTimeout(function () { user.focus(); }, 0);
  }

  function TwoFactorPage(main) {
    if (!app.pending2fa && !app.auth.twoFactorPending) { navigate('/login', true); return; }
    var masked = (app.pending2fa && app.pending2fa.maskedMobile) || app.auth.maskedMobile || 'your registered mobile number';
    var otp = M.textField({ label: 'Enter OTP', immediate: true, inputMode: 'numeric', maxLength: 6, autocomplete: 'one-time-code', required: true,
      validate: function (v) { return v && v.trim() ? null : 'Please enter the OTP'; } });
    var submit = M.button('Verify OTP', { type: 'submit', full: true, size: 'large', cls: 'mt-6' });
    var left = 30, timer = null;
    var resend = h('a', { href: '#', class: 'mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body2' });
    function tick() {
      if (left > 0) { resend.textContent = 'Resend OTP in ' + left + ' s'; resend.classList.add('mud-link-disabled'); left--; timer = setTimeout(tick, 1000); }
      else { resend.textContent = 'Resend OTP'; resend.classList.remove('mud-link-disabled'); }
    }
    tick();
    resend.addEventListener('click', function () {
      if (resend.classList.contains('mud-link-disabled')) return;
      api('POST', '/api/account/resend-otp').then(function (r) {
        if (r.ok) { M.snackbar('OTP has been resent to ' + masked + '.', 'success'); left = 30; tick(); }
        else { M.snackbar(firstError(r.data) || 'Could not resend the OTP.', 'error'); navigate('/login'); }
      }).catch(showErrorUi);
    });
    var form = h('form', { novalidate: true, autocomplete: 'off' }, [
      M.alert('An OTP has been sent to your registered mobile number ' + masked + '. You may also use the OTP shown in the NIC-GST-Shield app.', 'info', 'text', { cls: 'mb-6' }),
      otp.root, submit,
      h('div', { class: 'd-flex justify-space-between mt-4' }, [resend,
        h('a', { href: '/login', class: 'mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body2' }, 'Back to Login')])
    ]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!otp.validate()) return;
      submit.processing(true);
      api('POST', '/api/account/login-2fa', { code: otp.value }).then(function (r) {
        if (r.ok) {
          return api('GET', '/api/account/me').then(function (me) {
            submit.processing(false);
            app.auth = me.data;
            app.pending2fa = null;
            navigate(query('returnUrl') || '/dashboard');
          });
        }
        submit.processing(false);
        var codeErr = firstError(r.data, 'Code');
        if (codeErr) { otp.setError(codeErr); otp.set(''); M.snackbar(codeErr, 'error'); return; }
        M.snackbar(firstError(r.data) || 'Your login has timed out. Please log in again.', 'error');
        app.pending2fa = null;
        navigate('/login');
      }).catch(function (err) { submit.processing(false); showErrorUi(err); });
    });
    main.appendChild(scoped(M.paper([
      typo('h5', 'h5', 'Two-Factor Authentication', 'mb-1'),
      typo('p', 'body2', 'Verify your identity to continue.', 'mud-secondary-text mb-4'),
      form
    ], 'pa-8 login-paper', 4), 'b-5r1n7w0hke'));
    setTimeout(function () { otp.focus(); }, 0);
    return function () { clearTimeout(timer); };
  }

  function LogoutPage(main) {
    main.appendChild(h('div', { class: 'mud-progress-linear mud-progress-linear-color-primary', role: 'progressbar' }, h('div', { class: 'mud-progress-linear-bar' })));
    api('POST', '/api/account/logout').then(function () {
      app.auth = { isAuthenticated: false };
      navigate('/login?loggedOut=true', true);
    }).catch(showErrorUi);
  }

  // ---------------------------------------------------------------- pages: signed in
  function loadingBar() {
    return h('div', { class: 'mud-progress-linear mud-progress-linear-color-primary mud-progress-indeterminate', role: 'progressbar' }, h('div', { class: 'mud-progress-linear-bar' }));
  }

  function statCard(title, s) {
    return card(title, h('div', { class: 'd-flex justify-space-between' }, [['Today', s.today], ['This Month', s.month], ['This Year', s.year]].map(function (x) {
      return h('div', null, [typo('p', 'caption', x[0], 'mud-secondary-text'), scoped(h('div', { class: 'stat-number' }, String(x[1])), 'b-8d0qzt4m2v')]);
    })));
  }

  function showNotices(contact) {
    var name = M.textField({ label: 'Name', value: contact.name });
    var mobile = M.textField({ label: 'Mobile Number', value: contact.mobile, inputMode: 'tel' });
    var email = M.textField({ label: 'Email', value: contact.email, inputMode: 'email' });
    M.showDialog({
      title: 'Contacts of Technical Person', closeButton: true, disableBackdropClick: true, fullWidth: true, maxWidth: 'sm',
      content: [
        typo('p', 'body2', 'Please confirm the technical contact person for your GSTIN. NIC uses these details to reach you about API access and e-invoice issues.', 'mb-4'),
        h('div', { class: 'd-flex flex-column gap-4' }, [name.root, mobile.root, email.root])
      ],
      actions: [
        { text: 'Update', variant: 'text', color: 'primary', onClick: function () {
          api('POST', '/api/account/technical-contact', { name: name.value, mobile: mobile.value, email: email.value })
            .then(function () { M.snackbar('Contact details updated successfully.', 'success'); }).catch(showErrorUi);
        } },
        { text: 'Exit', variant: 'filled', color: 'error' }
      ]
    });
    M.showDialog({
      title: 'Advisory', closeButton: true, closeOnEscapeKey: true, maxWidth: 'sm',
      content: [
        typo('p', 'body1', 'Two-Factor Authentication (2FA) is mandatory for all taxpayers from 1st April 2025.', 'mb-2'),
        typo('p', 'body2', 'Keep your registered mobile number up to date. OTPs for login and for API registration are sent to it; you can also install the NIC-GST-Shield app.')
      ],
      actions: [{ text: 'OK', variant: 'text', color: 'primary' }]
    });
  }

  function DashboardPage(main) {
    var alive = true;
    var body = h('div', null, loadingBar());
    M.append(main, [typo('h5', 'h5', 'Dash Board', 'mb-1'), typo('p', 'body2', 'Welcome, ' + (app.auth.legalName || app.auth.userName || ''), 'mud-secondary-text mb-4'), body]);
    api('GET', '/api/dashboard/summary').then(function (r) {
      if (!alive || !r.ok) return;
      var s = r.data;
      body.textContent = '';
      body.appendChild(h('div', { class: 'mud-grid mud-grid-spacing-xs-3' }, [
        gridItem(statCard('Generations', s.generations), 'mud-grid-item-md-6'),
        gridItem(statCard('Cancelled', s.cancelled), 'mud-grid-item-md-6'),
        gridItem(card('Quick Links', h('div', { class: 'd-flex flex-wrap gap-4' }, [
          h('a', { href: '/e-invoice/generate-irn', class: 'mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body1' }, 'Generate IRN'),
          h('a', { href: '/e-invoice/bulk-upload', class: 'mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body1' }, 'Bulk Upload'),
          h('a', { href: '/mis-reports/irn-details', class: 'mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body1' }, 'MIS Reports')
        ])), '')
      ]));
      if (s.showNotices) setTimeout(function () { if (alive) showNotices(s.technicalContact); }, 250);
    }).catch(showErrorUi);
    return function () { alive = false; };
  }

  function PlaceholderPage(title, crumbs) {
    return function (main) {
      M.append(main, [M.breadcrumbs(crumbs.map(function (c) { return { text: c }; }).concat([{ text: title }])), typo('h5', 'h5', title, 'mb-4'),
        M.table({ columns: ['Sl. No.', 'Details', 'Date', 'Status'], rows: [], empty: 'No records found.' })]);
    };
  }

  function registeredTable() {
    var t = M.table({ title: 'GSPs registered for GSTIN ' + (app.auth.gstin || ''), columns: ['Sl. No.', 'GSP Name', 'API Username', 'Registered On', 'Status'], empty: 'No GSP is registered for this GSTIN.' });
    t.reload = function () {
      return api('GET', '/api/api-registration/users').then(function (r) {
        if (!r.ok) return;
        t.setRows(r.data.map(function (u) {
          return [String(u.slNo), u.gsp, u.username, u.createdOn.replace('T', ' '), h('span', { class: 'mud-chip mud-chip-filled mud-chip-size-small mud-chip-color-success' }, h('span', { class: 'mud-chip-content' }, u.status))];
        }));
      });
    };
    return t;
  }

  function ViewApiUsersPage(main) {
    var t = registeredTable();
    M.append(main, [M.breadcrumbs([{ text: 'API Registration' }, { text: 'User Credentials' }, { text: 'View API Users' }]), typo('h5', 'h5', 'View API Users', 'mb-4'), t]);
    t.reload().catch(showErrorUi);
  }

  function CreateApiUserPage(main) {
    var alive = true, timer = null, gspSelect = null, gspItems = [];
    var gstin = app.auth.gstin || '';
    var otpBody = h('div');
    var otpPaper = scoped(M.paper([typo('h6', 'h6', 'API Registration', 'mb-2'), otpBody], 'pa-6 mb-6 form-paper'), 'b-q2v6l9ys3a');
    var formHost = h('div');
    var resultHost = h('div');
    var table = registeredTable();
    var tableHost = h('div');
    M.append(main, [
      M.breadcrumbs([{ text: 'API Registration' }, { text: 'User Credentials' }, { text: 'Create API User' }]),
      typo('h5', 'h5', 'Create API User', 'mb-4'),
      otpPaper, formHost, resultHost, tableHost
    ]);

    // Step 1: the OTP to the registered mobile.
    var send = M.button('Send OTP', { textAsTypography: true });
    otpBody.appendChild(typo('p', 'body2', 'To create an API user, an OTP will be sent to the mobile number registered for GSTIN ' + gstin + '.', 'mb-4'));
    otpBody.appendChild(send);
    function sendOtp(btn) {
      btn.processing(true);
      return api('POST', '/api/api-registration/otp/send').then(function (r) {
        btn.processing(false);
        if (!alive) return;
        if (!r.ok) { M.snackbar(firstError(r.data) || 'Could not send the OTP. Please try again.', 'error'); return; }
        M.snackbar('OTP sent to your registered mobile number.', 'success');
        showOtpEntry(r.data);
      }).catch(function (err) { btn.processing(false); showErrorUi(err); });
    }
    send.addEventListener('click', function () { sendOtp(send); });

    function showOtpEntry(info) {
      otpBody.textContent = '';
      var otp = M.textField({ label: 'Enter OTP', type: 'password', toggle: true, toggleLabel: 'Show OTP', inputMode: 'numeric', maxLength: 6, immediate: true,
        autocomplete: 'one-time-code', required: true, validate: function (v) { return v && v.trim() ? null : 'Please enter the OTP'; } });
      var verify = M.button('Verify', { textAsTypography: true });
      var left = info.resendAfterSeconds || 30;
      var resend = h('a', { href: '#', class: 'mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body2' });
      function tick() {
        if (!alive) return;
        if (left > 0) { resend.textContent = 'Resend OTP in ' + left + ' s'; resend.classList.add('mud-link-disabled'); left--; timer = setTimeout(tick, 1000); }
        else { resend.textContent = 'Resend OTP'; resend.classList.remove('mud-link-disabled'); }
      }
      tick();
      resend.addEventListener('click', function () {
        if (resend.classList.contains('mud-link-disabled')) return;
        var fake = { processing: function () {} };
        sendOtp(fake);
      });
      verify.addEventListener('click', function () {
        if (!otp.validate()) return;
        verify.processing(true);
        api('POST', '/api/api-registration/otp/verify', { otp: otp.value }).then(function (r) {
          verify.processing(false);
          if (!alive) return;
          if (r.ok) { onVerified(); return; }
          var msg = firstError(r.data, 'Otp') || firstError(r.data) || 'OTP verification failed.';
          otp.setError(msg);
          otp.set('');
          M.snackbar(msg, 'error');
        }).catch(function (err) { verify.processing(false); showErrorUi(err); });
      });
      M.append(otpBody, [
        M.alert('An OTP has been sent to your registered mobile number ' + info.maskedMobile + '. It is valid for ' + (info.validForMinutes || 10) + ' minutes.', 'info', 'text', { cls: 'mb-6', dense: true }),
        h('div', { class: 'd-flex align-start gap-4' }, [h('div', { style: 'width:280px' }, otp.root), h('div', { class: 'mt-2' }, verify)]),
        h('div', { class: 'mt-2' }, resend)
      ]);
      setTimeout(function () { otp.focus(); }, 0);
    }

    function onVerified() {
      clearTimeout(timer);
      otpBody.textContent = '';
      otpBody.appendChild(M.alert('Mobile number verified. You can now register your GSTIN for API access.', 'success', 'text', { dense: true }));
      M.snackbar('OTP verified successfully.', 'success');
      var bar = loadingBar();
      formHost.appendChild(bar);
      api('GET', '/api/api-registration/gsps').then(function (r) {
        bar.remove();
        if (!alive || !r.ok) return;
        gspItems = r.data.map(function (g) { return { value: g.id, text: g.name }; });
        showForm();
        tableHost.appendChild(table);
        return table.reload();
      }).catch(showErrorUi);
    }

    // Step 2: the registration form.
    function showForm() {
      var details = h('div', { class: 'mt-4' });
      var fields = null;
      var submit = M.button('Submit', { textAsTypography: true });
      var exit = M.button('Exit', { variant: 'outlined', color: 'primary', onClick: function () { navigate('/dashboard'); } });
      submit.disabled = true;
      var radios = M.radioGroup({
        cls: 'mt-1',
        items: [
          { value: 'Direct', text: 'Directly' }, { value: 'GSP', text: 'Through GSP' },
          { value: 'ERP', text: 'Through ERP' }, { value: 'Other', text: 'Through Client-Id of other' }
        ],
        onChange: function (v) {
          details.textContent = '';
          if (gspSelect) { gspSelect.dispose(); gspSelect = null; }
          fields = null;
          submit.disabled = v !== 'GSP';
          if (v === 'GSP') { fields = gspFields(); details.appendChild(fields.root); return; }
          var text = v === 'Direct'
            ? 'Direct API access (your own Client ID and Client Secret) is available only to taxpayers whose aggregate turnover exceeds the notified limit. This option is not enabled for your GSTIN.'
            : v === 'ERP' ? 'Registration through ERP is not enabled for your GSTIN. Please contact your ERP provider.'
              : 'Registration through the Client-Id of another taxpayer is not enabled for your GSTIN.';
          details.appendChild(M.alert(text, 'info', 'text'));
        }
      });
      var paper = scoped(M.paper([
        typo('h6', 'h6', 'Registration Details', 'mb-2'),
        typo('p', 'body1', 'Do you wish to Register your GSTIN for'),
        radios.root, details,
        h('div', { class: 'd-flex gap-4 mt-6' }, [submit, exit])
      ], 'pa-6 mb-6 form-paper'), 'b-q2v6l9ys3a');
      formHost.appendChild(paper);
      submit.addEventListener('click', function () {
        if (!fields) return;
        var ok = [gspSelect.validate(), fields.user.validate(), fields.pass.validate(), fields.confirm.validate()].every(Boolean);
        if (!ok) return;
        var typed = fields.user.value.trim();
        var apiUser = /^API_/i.test(typed) ? 'API_' + typed.slice(4) : 'API_' + typed;
        M.messageBox('Confirm', 'Create the API user ' + apiUser + ' for ' + gspSelect.text + '?', 'Yes', 'Cancel').then(function (yes) {
          if (!yes || !alive) return;
          submit.processing(true);
          api('POST', '/api/api-registration/users', {
            registrationType: 'GSP', gspId: gspSelect.value, userName: typed, password: fields.pass.value, confirmPassword: fields.confirm.value
          }).then(function (r) {
            submit.processing(false);
            if (!alive) return;
            if (r.status === 201) {
              if (gspSelect) { gspSelect.dispose(); gspSelect = null; }
              formHost.textContent = '';
              resultHost.appendChild(M.alert(r.data.message, 'success', 'filled', { cls: 'mb-6' }));
              M.snackbar('API user created successfully.', 'success');
              table.reload().catch(showErrorUi);
              return;
            }
            if (r.status === 409) { M.messageBox('Alert', firstError(r.data), 'OK'); return; }
            var e = (r.data && r.data.errors) || {};
            if (e.GspId) gspSelect.setError(e.GspId[0]);
            if (e.UserName) fields.user.setError(e.UserName[0]);
            if (e.Password) fields.pass.setError(e.Password[0]);
            if (e.ConfirmPassword) fields.confirm.setError(e.ConfirmPassword[0]);
            if (e.Otp || e.RegistrationType) M.snackbar((e.Otp || e.RegistrationType)[0], 'error');
          }).catch(function (err) { submit.processing(false); showErrorUi(err); });
        });
      });
    }

    function gspFields() {
      gspSelect = M.select({ label: 'Select your GSP', required: true, items: gspItems, validate: function (v) { return v ? null : 'Please select your GSP'; } });
      var rule = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
      var user = M.textField({ label: 'Username', adornStart: 'API_', required: true, maxLength: 30, helper: '3 to 30 letters, digits, dot, hyphen or underscore',
        validate: function (v) { var t = (v || '').trim().replace(/^API_/i, ''); return !t ? 'Username is required' : /^[A-Za-z0-9._-]{3,30}$/.test(t) ? null : 'Username must be 3 to 30 letters, digits, dot, hyphen or underscore'; } });
      var pass = M.textField({ label: 'Password', type: 'password', toggle: true, required: true, autocomplete: 'new-password',
        helper: '8 to 15 characters with upper case, lower case, digit and special character',
        validate: function (v) { return !v ? 'Password is required' : rule.test(v) ? null : 'Password must be 8 to 15 characters with upper case, lower case, digit and special character'; } });
      var confirm = M.textField({ label: 'Re-enter Password', type: 'password', toggle: true, required: true, autocomplete: 'new-password',
        validate: function (v) { return !v ? 'Please re-enter the password' : v === pass.value ? null : 'Passwords do not match'; } });
      var root = h('div', { class: 'mud-grid mud-grid-spacing-xs-3 mt-2' }, [
        gridItem(gspSelect.root, 'mud-grid-item-md-8'),
        gridItem(user.root, 'mud-grid-item-md-8'),
        gridItem(pass.root, 'mud-grid-item-sm-6'),
        gridItem(confirm.root, 'mud-grid-item-sm-6')
      ]);
      return { root: root, user: user, pass: pass, confirm: confirm };
    }

    return function () { alive = false; clearTimeout(timer); if (gspSelect) gspSelect.dispose(); };
  }

  routes = [
    { path: '/', title: 'Home', layout: 'public', anon: true, signedOutOnly: true, page: HomePage },
    { path: '/help', title: 'Help', layout: 'public', anon: true, page: HelpPage },
    { path: '/login', title: 'Login', layout: 'public', anon: true, signedOutOnly: true, page: LoginPage },
    { path: '/login/two-factor', title: 'Two-Factor Authentication', layout: 'public', anon: true, signedOutOnly: true, page: TwoFactorPage },
    { path: '/logout', title: 'Logout', layout: 'public', anon: true, page: LogoutPage },
    { path: '/dashboard', title: 'Dash Board', layout: 'main', page: DashboardPage },
    { path: '/api-registration/user-credentials/create-api-user', title: 'Create API User', layout: 'main', page: CreateApiUserPage },
    { path: '/api-registration/user-credentials/view-api-users', title: 'View API Users', layout: 'main', page: ViewApiUsersPage }
  ];
  [
    ['/e-invoice/generate-irn', 'Generate IRN', 'e-Invoice'], ['/e-invoice/bulk-upload', 'Bulk Upload', 'e-Invoice'],
    ['/e-invoice/cancel-irn', 'Cancel IRN', 'e-Invoice'], ['/e-invoice/print', 'Print e-Invoice', 'e-Invoice'],
    ['/api-registration/ip-whitelisting', 'IP Whitelisting', 'API Registration'],
    ['/api-registration/freeze-api-user', 'Freeze API User', 'API Registration'],
    ['/api-registration/change-api-password', 'Change API Password', 'API Registration'],
    ['/mis-reports/irn-details', 'IRN Details', 'MIS Reports'], ['/mis-reports/summary', 'Summary Report', 'MIS Reports'],
    ['/user-management', 'User Management', 'Home']
  ].forEach(function (p) { routes.push({ path: p[0], title: p[1], layout: 'main', page: PlaceholderPage(p[1], [p[2]]) }); });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
})();
`;

const APP_JS = APP_JS_SHELL.replace('__THEME__', () => JSON.stringify(THEME_VARS));
