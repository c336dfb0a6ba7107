/**
 * Rendition r23-blueprint: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and shared/portal/guide.md), drawn as a Blueprint 5 (Palantir)
 * desktop-style React app would draw it: `bp5-` classes, portalled overlays, popovers, a toaster
 * and JSON calls made with fetch, all reproduced by a small hand-written runtime in this file.
 *
 * Choices made where the docs are silent:
 * - URLs: `/` (home), `/login`, `/dashboard`, `/api-registration/create-api-user`, `/app/<module>` for
 *   the other menu leaves. Client-side routing with history.pushState; the server answers every page URL
 *   with the same shell (`/login` with a logged-in session redirects to `/dashboard`). JSON endpoints
 *   (POST bodies only, nothing typed goes into a URL): `GET /api/captcha?r=<nonce>` (SVG picture),
 *   `POST /api/auth/login`, `POST /api/auth/otp`, `POST /api/auth/otp/resend`, `POST /api/auth/logout`,
 *   `GET /api/session`, `POST /api/contact`, `POST /api/api-user/otp/send`, `POST /api/api-user/otp/verify`,
 *   `GET /api/api-user/registrations`, `POST /api/api-user/register`.
 * - Home: `nav.bp5-navbar` with the brand "e-Invoice System", minimal buttons "Home" and "Help" (a toast
 *   with the help-desk number) and, on the right, "Login" (log-in icon, minimal primary), which routes to
 *   `/login`. The page itself is a hero card, "Latest updates" and "Help desk" cards.
 * - Login: a `div.bp5-card` titled "Login" with form groups "Username", "Password" (lock icon, eye button
 *   "Show password"/"Hide password") and "Captcha" (each label carries `span.bp5-text-muted` "(required)");
 *   the captcha is an `img` (alt "Captcha", 5 tilted letters over noise, new noise on each load) with a
 *   minimal refresh button (aria-label "Refresh captcha") and an input with placeholder "Enter the
 *   characters shown"; the submit button is "Login". Empty fields get danger helper texts and are not
 *   posted. The captcha is checked first (case-insensitive): "Invalid Captcha. Please enter the characters
 *   shown in the image." (danger callout + helper text); then the credentials: "Invalid Login Credentials.
 *   Please check your username and password." Each failure clears the captcha and draws a new picture.
 * - Login OTP: the same card turns into "Verify OTP": a primary callout "Two-factor authentication" naming
 *   the masked mobile XXXXXX4821, the form group "Enter OTP" with an InputGroup whose left icon is a key
 *   (placeholder "6-digit OTP"), buttons "Verify OTP", "Back" and "Resend OTP". Anything but 6 digits is
 *   refused in the page; a wrong OTP: "Invalid OTP. Please enter the OTP sent to your registered mobile
 *   number." Success routes to `/dashboard`.
 * - Post-login popup: a Blueprint Dialog "Contacts of Technical Person" (Overlay2 portalled to body, the
 *   backdrop its own element, start/end focus traps, focus kept inside, 300 ms enter/exit CSS transitions)
 *   with prefilled Name / Mobile / E-mail inputs, footer buttons "Exit" (danger) and "Update" (primary,
 *   toast "Technical contact details updated."), and the × close button (aria-label "Close"). Esc and a
 *   backdrop click close it too. It is shown once per login, on the first page loaded after it.
 * - Dashboard: h3 "Dash Board" under breadcrumbs, cards "Generations", "Cancelled" and "E-way Bills", and a
 *   "Recent activity" section holding a non-ideal state. Pages load behind a Spinner non-ideal state.
 * - Menu: the logged-in navbar has "Dashboard", then Popover dropdowns "e-Invoice", "MIS Reports",
 *   "API Registration", "User Management", and on the right the user name and "Logout". "API Registration"
 *   opens `ul.bp5-menu[role=menu]` with the submenu "User Credentials" (opens on hover after 150 ms, on
 *   focus, or with ArrowRight/Enter, as an inline `bp5-submenu` popover to the right) holding "Create API
 *   User", "Change API Password" and "Freeze API User", then "IP Whitelisting". Clicking outside or Esc
 *   closes the dropdown. Leaves other than "Create API User" open an empty `/app/<module>` page.
 * - API OTP: opening "Create API User" sends the OTP at once (spinner "Sending OTP to your registered
 *   mobile number…", then the toast "OTP has been sent to your registered mobile number XXXXXX4821."); the
 *   card "API Registration" asks "Enter OTP" (left icon mobile-phone, placeholder "Enter OTP") with
 *   "Verify OTP", "Resend OTP" (disabled for a 30 s countdown) and "Exit". Wrong OTP: "Invalid OTP. Please
 *   enter the OTP sent to your registered mobile number."; after 10 minutes: "OTP has expired. Click
 *   Resend OTP to get a new OTP." Success: the toast "OTP verified successfully." and the form.
 * - Registration form: GSTIN (disabled input), RadioGroup "Do you wish to Register your GSTIN for" with
 *   "Directly", "Through GSP", "Through ERP", "Through Client-Id of other" (inline Blueprint radios); only
 *   "Through GSP" shows the fields, the others show a warning callout saying the GSTIN is not eligible.
 *   "Select your GSP" is a @blueprintjs/select Select: button "Select a GSP…" with a caret, a portalled
 *   popover with the filter "Filter..." and a `ul.bp5-menu[role=listbox]` of 24 GSP names (arrow keys +
 *   Enter, or click; "No results." when the filter matches nothing). "Username" has a fixed `API_` tag
 *   before the input (4-15 letters or digits typed), "Password" and "Re-enter Password" (8-15 characters
 *   with upper, lower, digit and special character; "Passwords do not match."). Buttons "Submit" (primary)
 *   and "Exit" (back to the dashboard). Below: a Section "GSPs registered for GSTIN …" with an HTML table
 *   (#, GSP Name, API Username, Created On, Status "Active").
 * - Submit: after checks in the page, a Blueprint Alert "Register API user API_x for <GSP>? Note the user
 *   name and password: you will need them for the Authentication API." with "Yes, Register" (primary, a
 *   spinner while posting) and "Cancel" (no Esc, no backdrop close). Verdicts come as an inline callout
 *   and a toast (5 s, paused on hover): "API user created" / "API user API_x has been created for GSTIN …
 *   through …. Note the user name and password: you need them for the Authentication API." (the form is
 *   cleared and the table refreshed); "Already registered" / "GSTIN … is already registered with …
 *   Select a different GSP."; "User name not available" / "User name API_x is already taken. Choose a
 *   different user name." A seeded older registration (TERA SOFTWARE LIMITED, API_unnatitera) is kept
 *   apart from `state.users`.
 * - Sessions: cookie `EINV_SESSION` (HttpOnly), 30 minutes idle, renewed at login. A page GET without a
 *   logged-in session redirects (302) to `/login?expired=1`, which shows the warning callout "Your session
 *   has expired. Please log in again."; an API call answers 401 `{ code: 'SESSION_EXPIRED' }`, and the page
 *   shows a danger toast with that text and routes to `/login?expired=1`.
 * - expireOnce: the first POST to `/api/api-user/otp/send` ('api-otp-send', i.e. opening Create API User
 *   or Resend OTP), `/api/api-user/otp/verify` ('api-otp-verify') or `/api/api-user/register` ('submit')
 *   deletes the session first, records the stage in `state.expired`, and answers like any lost session.
 *   Once per server.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type BlueprintR23Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface BlueprintR23Options {
  expireOnce?: BlueprintR23Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface BlueprintR23State {
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

export interface BlueprintR23Rendition {
  url: string;
  close(): Promise<void>;
  state: BlueprintR23State;
}

export const BLUEPRINT_R23_LOGIN: { username: string; password: string } = {
  username: 'unnatifab27',
  password: 'Unnati@2025',
};

const GSP_NAMES: readonly string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'Masters India Private Limited',
  'Mastek Limited',
  'PricewaterhouseCoopers Private Limited',
  'Reliance Corporate IT Park Limited',
  'Sify Technologies Limited',
  'Spice Digital Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'WeP Digital Services Limited',
  'Wipro Limited',
  'Botree Software International Private Limited',
];

const TAXPAYER = {
  legalName: 'UNNATI FABRICS',
  tradeName: 'Unnati Fabrics',
  stateName: 'Maharashtra',
  mobile: 'XXXXXX4821',
  contact: { name: 'Rahul Deshmukh', mobile: '9820014821', email: 'rahul.d@unnatifabrics.in' },
};

const SESSION_COOKIE = 'EINV_SESSION';
const IDLE_MS = 30 * 60 * 1000;
const OTP_VALID_MS = 10 * 60 * 1000;
const EXPIRED_MESSAGE = 'Your session has expired. Please log in again.';
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USERNAME_RULE = /^[A-Za-z0-9]{4,15}$/;

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'auth';
  lastSeen: number;
  popupPending: boolean;
  apiOtpAt: number;
  apiOtpVerified: boolean;
}

interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  createdOn: string;
}

type Json = Record<string, unknown>;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function formatDate(d: Date): string {
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The captcha as an SVG picture: tilted letters over dots and curves, new noise on every request. */
function captchaSvg(text: string): string {
  const w = 150;
  const hgt = 46;
  const colors = ['#215db0', '#935610', '#1c6e42', '#ac2f33', '#5f6b7c', '#634dbf'];
  const pick = (): string => colors[randomInt(colors.length)] ?? '#5f6b7c';
  const out: string[] = [`<rect width="${w}" height="${hgt}" rx="3" fill="#edf1f6"/>`];
  for (let i = 0; i < 45; i++) {
    out.push(
      `<circle cx="${randomInt(w)}" cy="${randomInt(hgt)}" r="${(randomInt(10, 22) / 10).toFixed(1)}" fill="${pick()}" opacity="0.45"/>`,
    );
  }
  for (let i = 0; i < 3; i++) {
    out.push(
      `<path d="M${randomInt(0, 20)} ${randomInt(8, 40)} Q${randomInt(40, 110)} ${randomInt(-10, 56)} ${randomInt(130, 150)} ${randomInt(8, 40)}" stroke="${pick()}" stroke-width="1.4" fill="none" opacity="0.7"/>`,
    );
  }
  const chars = [...text];
  chars.forEach((ch, i) => {
    const x = 16 + i * (118 / Math.max(chars.length, 1)) + randomInt(-3, 4);
    const y = 31 + randomInt(-4, 5);
    const rot = randomInt(-24, 25);
    const size = randomInt(23, 29);
    out.push(
      `<text x="${x}" y="${y}" transform="rotate(${rot} ${x} ${y - 8})" font-family="Georgia, 'Times New Roman', serif" font-weight="700" font-size="${size}" fill="${pick()}">${escapeXml(ch)}</text>`,
    );
  });
  out.push(
    `<path d="M4 ${randomInt(18, 30)} C40 ${randomInt(0, 46)} 100 ${randomInt(0, 46)} 146 ${randomInt(16, 32)}" stroke="#404854" stroke-width="1.2" fill="none" opacity="0.6"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${hgt}" viewBox="0 0 ${w} ${hgt}">${out.join('')}</svg>`;
}

function parseCookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 65536) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function str(body: Json, key: string): string {
  const v = body[key];
  return typeof v === 'string' ? v : '';
}

function shell(): string {
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>e-Invoice System</title>',
    `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(LOGO_SVG)}">`,
    `<style>${CSS}</style></head>`,
    `<script>window.EINV_LOGO=${JSON.stringify(LOGO_SVG)};</script>`,
    '<body><div id="root"></div>',
    '<noscript>This application needs JavaScript.</noscript>',
    `<script>${CLIENT_JS}</script></body></html>`,
  ].join('');
}

export async function startBlueprintR23Rendition(
  options: BlueprintR23Options = {},
): Promise<BlueprintR23Rendition> {
  const state: BlueprintR23State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const seeded: Registration[] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: 'API_unnatitera',
      createdOn: '18/09/2023 11:42',
    },
  ];
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();
  let expireUsed = false;

  const registrations = (): Registration[] =>
    [
      ...seeded,
      ...state.users.map((u) => ({
        gstin: u.gstin,
        gsp: u.gsp,
        username: u.username,
        createdOn: u.createdOn,
      })),
    ]
      .filter((r) => r.gstin === state.gstin)
      .map((r) => ({ ...r }));

  const newSession = (): Session => {
    const s: Session = {
      id: randomBytes(18).toString('hex'),
      stage: 'anon',
      lastSeen: Date.now(),
      popupPending: false,
      apiOtpAt: 0,
      apiOtpVerified: false,
    };
    sessions.set(s.id, s);
    return s;
  };

  const getSession = (req: IncomingMessage): Session | undefined => {
    const id = parseCookies(req)[SESSION_COOKIE];
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

  const cookieFor = (s: Session): string => `${SESSION_COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Lax`;
  const clearCookie = `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;

  const send = (
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    extra: Record<string, string> = {},
  ): void => {
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...extra,
    });
    res.end(body);
  };
  const json = (res: ServerResponse, status: number, body: Json, extra: Record<string, string> = {}): void =>
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), extra);
  const expiredJson = (res: ServerResponse): void =>
    json(res, 401, { code: 'SESSION_EXPIRED', message: EXPIRED_MESSAGE }, { 'Set-Cookie': clearCookie });

  /** expireOnce: the first request of the stage loses the session, once per server. */
  const maybeExpire = (stage: BlueprintR23Expiry, req: IncomingMessage): boolean => {
    if (options.expireOnce !== stage || expireUsed) return false;
    expireUsed = true;
    const id = parseCookies(req)[SESSION_COOKIE];
    if (id) sessions.delete(id);
    state.expired.push(stage);
    return true;
  };

  const isProtectedPage = (p: string): boolean =>
    p === '/dashboard' || p.startsWith('/api-registration/') || p.startsWith('/app/');

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';

    if (method === 'GET' && path === '/favicon.ico') {
      send(res, 200, 'image/svg+xml', LOGO_SVG);
      return;
    }
    if (method === 'GET' && path === '/api/captcha') {
      send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
      return;
    }

    if (!path.startsWith('/api/')) {
      if (method !== 'GET' && method !== 'HEAD') {
        send(res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed');
        return;
      }
      let s = getSession(req);
      if (isProtectedPage(path) && s?.stage !== 'auth') {
        send(res, 302, 'text/plain; charset=utf-8', 'Found', { Location: '/login?expired=1' });
        return;
      }
      if (path === '/login' && s?.stage === 'auth') {
        send(res, 302, 'text/plain; charset=utf-8', 'Found', { Location: '/dashboard' });
        return;
      }
      const extra: Record<string, string> = {};
      if (!s) {
        s = newSession();
        extra['Set-Cookie'] = cookieFor(s);
      }
      const known = path === '/' || path === '/login' || isProtectedPage(path);
      send(res, known ? 200 : 404, 'text/html; charset=utf-8', shell(), extra);
      return;
    }

    // ---- JSON API ----
    let body: Json = {};
    if (method === 'POST') {
      const raw = await readBody(req);
      try {
        const parsed: unknown = raw ? JSON.parse(raw) : {};
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Json;
      } catch {
        json(res, 400, { code: 'BAD_REQUEST', message: 'The request could not be read.' });
        return;
      }
    }
    const route = `${method} ${path}`;

    if (route === 'POST /api/auth/login') {
      let s = getSession(req) ?? newSession();
      const username = str(body, 'username').trim();
      const password = str(body, 'password');
      const captcha = str(body, 'captcha').trim();
      if (!username || !password || !captcha) {
        json(res, 400, { code: 'VALIDATION', message: 'Enter the username, password and captcha.' });
        return;
      }
      if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        json(
          res,
          400,
          {
            code: 'INVALID_CAPTCHA',
            field: 'captcha',
            message: 'Invalid Captcha. Please enter the characters shown in the image.',
          },
          { 'Set-Cookie': cookieFor(s) },
        );
        return;
      }
      if (
        username.toLowerCase() !== BLUEPRINT_R23_LOGIN.username.toLowerCase() ||
        password !== BLUEPRINT_R23_LOGIN.password
      ) {
        state.refusals.push('login');
        json(
          res,
          400,
          {
            code: 'INVALID_CREDENTIALS',
            field: 'credentials',
            message: 'Invalid Login Credentials. Please check your username and password.',
          },
          { 'Set-Cookie': cookieFor(s) },
        );
        return;
      }
      sessions.delete(s.id);
      s = newSession();
      s.stage = 'otp';
      json(res, 200, { ok: true, mobile: TAXPAYER.mobile }, { 'Set-Cookie': cookieFor(s) });
      return;
    }

    if (route === 'POST /api/auth/logout') {
      const s = getSession(req);
      if (s) sessions.delete(s.id);
      json(res, 200, { ok: true }, { 'Set-Cookie': clearCookie });
      return;
    }

    const s = getSession(req);

    if (route === 'POST /api/auth/otp' || route === 'POST /api/auth/otp/resend') {
      if (s?.stage !== 'otp') {
        expiredJson(res);
        return;
      }
      if (route === 'POST /api/auth/otp/resend') {
        json(res, 200, { ok: true, mobile: TAXPAYER.mobile });
        return;
      }
      if (str(body, 'otp').trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        json(res, 400, {
          code: 'INVALID_OTP',
          message: 'Invalid OTP. Please enter the OTP sent to your registered mobile number.',
        });
        return;
      }
      s.stage = 'auth';
      s.popupPending = true;
      json(res, 200, { ok: true, next: '/dashboard' });
      return;
    }

    const stage: BlueprintR23Expiry | undefined =
      route === 'POST /api/api-user/otp/send'
        ? 'api-otp-send'
        : route === 'POST /api/api-user/otp/verify'
          ? 'api-otp-verify'
          : route === 'POST /api/api-user/register'
            ? 'submit'
            : undefined;
    if (stage && maybeExpire(stage, req)) {
      expiredJson(res);
      return;
    }

    if (s?.stage !== 'auth') {
      expiredJson(res);
      return;
    }

    if (route === 'GET /api/session') {
      const popup = s.popupPending;
      s.popupPending = false;
      json(res, 200, {
        username: BLUEPRINT_R23_LOGIN.username,
        gstin: state.gstin,
        legalName: TAXPAYER.legalName,
        tradeName: TAXPAYER.tradeName,
        stateName: TAXPAYER.stateName,
        mobile: TAXPAYER.mobile,
        contactPopup: popup,
        contact: TAXPAYER.contact,
      });
      return;
    }

    if (route === 'POST /api/contact') {
      json(res, 200, { ok: true, message: 'Technical contact details updated.' });
      return;
    }

    if (route === 'POST /api/api-user/otp/send') {
      s.apiOtpAt = Date.now();
      s.apiOtpVerified = false;
      json(res, 200, { ok: true, mobile: TAXPAYER.mobile, validitySeconds: OTP_VALID_MS / 1000 });
      return;
    }

    if (route === 'POST /api/api-user/otp/verify') {
      if (!s.apiOtpAt) {
        json(res, 400, { code: 'OTP_NOT_SENT', message: 'No OTP has been sent yet. Click Resend OTP.' });
        return;
      }
      if (Date.now() - s.apiOtpAt > OTP_VALID_MS) {
        state.refusals.push('api-otp');
        json(res, 400, {
          code: 'OTP_EXPIRED',
          message: 'OTP has expired. Click Resend OTP to get a new OTP.',
        });
        return;
      }
      if (str(body, 'otp').trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        json(res, 400, {
          code: 'INVALID_OTP',
          message: 'Invalid OTP. Please enter the OTP sent to your registered mobile number.',
        });
        return;
      }
      s.apiOtpVerified = true;
      json(res, 200, { ok: true, gstin: state.gstin, registrations: registrations(), gsps: GSP_NAMES });
      return;
    }

    if (route === 'GET /api/api-user/registrations') {
      if (!s.apiOtpVerified) {
        json(res, 403, { code: 'OTP_REQUIRED', message: 'Verify the OTP first.' });
        return;
      }
      json(res, 200, { gstin: state.gstin, registrations: registrations() });
      return;
    }

    if (route === 'POST /api/api-user/register') {
      if (!s.apiOtpVerified) {
        json(res, 403, {
          code: 'OTP_REQUIRED',
          message: 'Verify the OTP sent to your registered mobile number first.',
        });
        return;
      }
      const mode = str(body, 'mode');
      const gsp = str(body, 'gsp');
      const typed = str(body, 'username').trim();
      const password = str(body, 'password');
      const confirm = str(body, 'confirmPassword');
      const fieldErrors: Record<string, string> = {};
      if (mode !== 'GSP') {
        json(res, 400, {
          code: 'MODE_NOT_ALLOWED',
          message: 'Only registration through a GSP is available for this GSTIN.',
        });
        return;
      }
      const gspName = GSP_NAMES.find((g) => g === gsp);
      if (!gspName) fieldErrors.gsp = 'Select your GSP.';
      if (!USERNAME_RULE.test(typed)) fieldErrors.username = 'Enter 4 to 15 letters or digits after API_.';
      if (!PASSWORD_RULE.test(password)) {
        fieldErrors.password =
          'Password must be 8 to 15 characters with an upper-case letter, a lower-case letter, a digit and a special character.';
      }
      if (password !== confirm) fieldErrors.confirmPassword = 'Passwords do not match.';
      if (!gspName || Object.keys(fieldErrors).length > 0) {
        json(res, 400, { code: 'VALIDATION', message: 'Correct the highlighted fields.', fieldErrors });
        return;
      }
      const username = `API_${typed}`;
      const all = registrations();
      const dup = all.find((r) => r.gsp.toLowerCase() === gspName.toLowerCase());
      if (dup) {
        state.refusals.push('duplicate');
        json(res, 409, {
          code: 'ALREADY_REGISTERED',
          field: 'gsp',
          message: `GSTIN ${state.gstin} is already registered with ${dup.gsp}. Select a different GSP.`,
        });
        return;
      }
      const takenBy = [...seeded, ...state.users].find(
        (r) => r.username.toLowerCase() === username.toLowerCase(),
      );
      if (takenBy) {
        state.refusals.push('username-taken');
        json(res, 409, {
          code: 'USERNAME_TAKEN',
          field: 'username',
          message: `User name ${username} is already taken. Choose a different user name.`,
        });
        return;
      }
      const createdOn = formatDate(new Date());
      state.users.push({ gstin: state.gstin, gsp: gspName, username, password, createdOn });
      json(res, 200, {
        ok: true,
        username,
        gsp: gspName,
        message: `API user ${username} has been created for GSTIN ${state.gstin} through ${gspName}. Note the user name and password: you need them for the Authentication API.`,
        registrations: registrations(),
      });
      return;
    }

    json(res, 404, { code: 'NOT_FOUND', message: 'Not found.' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent)
        json(res, 500, { code: 'SERVER_ERROR', message: 'Something went wrong. Try again.' });
      else res.end();
    });
  });
  server.on('connection', (sock: Socket) => {
    sockets.add(sock);
    sock.on('close', () => sockets.delete(sock));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const sock of sockets) sock.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}

const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32"><rect width="32" height="32" rx="6" fill="#2d72d2"/><path d="M9 7h10l5 5v13H9z" fill="#fff"/><path d="M19 7v5h5" fill="#cfe0f7"/><path d="M12 16h9M12 19h9M12 22h6" stroke="#2d72d2" stroke-width="1.6"/><circle cx="23" cy="24" r="4.5" fill="#238551"/><path d="M20.8 24l1.5 1.5 2.9-3" stroke="#fff" stroke-width="1.4" fill="none"/></svg>';

/** Blueprint 5 styles, hand-written: the subset of @blueprintjs/core and @blueprintjs/select the app uses. */
const CSS = `
*,*::before,*::after{box-sizing:border-box}
html,body{margin:0;min-height:100%}
body{font-family:-apple-system,"BlinkMacSystemFont","Segoe UI","Roboto","Oxygen","Ubuntu","Cantarell","Open Sans","Helvetica Neue","blueprint-icons-16",sans-serif;font-size:14px;font-weight:400;letter-spacing:0;line-height:1.28581;text-transform:none;color:#1c2127;background:#f6f7f9;-webkit-font-smoothing:antialiased}
body.bp5-overlay-open{overflow:hidden}
:focus{outline:2px solid rgba(33,93,176,.752);outline-offset:2px;-moz-outline-radius:6px}
:focus:not(:focus-visible){outline:none}
a{color:#215db0;text-decoration:none}a:hover{color:#215db0;cursor:pointer;text-decoration:underline}
p{margin:0 0 10px}
.bp5-heading{color:#1c2127;font-weight:600;margin:0 0 10px;padding:0}
h1.bp5-heading{font-size:36px;line-height:40px}h2.bp5-heading{font-size:28px;line-height:32px}h3.bp5-heading{font-size:22px;line-height:25px}h4.bp5-heading{font-size:18px;line-height:21px}h5.bp5-heading{font-size:16px;line-height:19px}h6.bp5-heading{font-size:14px;line-height:16px}
.bp5-text-muted{color:#5f6b7c}.bp5-text-small{font-size:12px}.bp5-text-large{font-size:16px}
.bp5-text-overflow-ellipsis{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;word-wrap:normal}
.bp5-running-text{line-height:1.5}
.bp5-monospace-text{font-family:monospace;text-transform:none}
.bp5-fill{flex:1 1 auto}
.bp5-icon{display:inline-block;flex:0 0 auto;vertical-align:text-bottom}
.bp5-icon:not(:empty)::before{content:""!important;content:unset!important}
.bp5-icon>svg{display:block}.bp5-icon>svg:not([fill]){fill:currentcolor}
.bp5-icon.bp5-intent-primary{color:#215db0}.bp5-icon.bp5-intent-success{color:#1c6e42}.bp5-icon.bp5-intent-warning{color:#935610}.bp5-icon.bp5-intent-danger{color:#ac2f33}
.bp5-navbar{background-color:#fff;box-shadow:0 0 0 1px rgba(17,20,24,.1),0 1px 1px rgba(17,20,24,.2);height:50px;padding:0 15px;position:relative;width:100%;z-index:10}
.bp5-navbar.bp5-fixed-top{left:0;position:fixed;right:0;top:0}
.bp5-navbar-heading{font-size:16px;margin-right:15px;display:flex;align-items:center;gap:8px;font-weight:600}
.bp5-navbar-group{align-items:center;display:flex;height:50px}
.bp5-navbar-group.bp5-align-left{float:left}.bp5-navbar-group.bp5-align-right{float:right}
.bp5-navbar-divider{border-left:1px solid rgba(17,20,24,.15);height:20px;margin:0 10px}
.bp5-button{align-items:center;border:none;border-radius:2px;cursor:pointer;display:inline-flex;flex-direction:row;font-size:14px;font-family:inherit;justify-content:center;min-height:30px;min-width:30px;padding:5px 10px;text-align:left;vertical-align:middle;line-height:inherit;background-color:#f6f7f9;box-shadow:inset 0 0 0 1px rgba(17,20,24,.2),0 1px 2px rgba(17,20,24,.1);color:#1c2127;transition:background-color .1s cubic-bezier(.4,1,.75,.9)}
.bp5-button>*{flex-grow:0;flex-shrink:0;margin-right:7px}.bp5-button>:last-child{margin-right:0}
.bp5-button>.bp5-fill{flex-grow:1;flex-shrink:1}
.bp5-button:empty::before,.bp5-button>:last-child{margin-right:0}
.bp5-button .bp5-icon{color:#5f6b7c}
.bp5-button:hover{background-color:#edeff2;box-shadow:inset 0 0 0 1px rgba(17,20,24,.2),0 1px 2px rgba(17,20,24,.2)}
.bp5-button:active,.bp5-button.bp5-active{background-color:#dce0e5;box-shadow:inset 0 0 0 1px rgba(17,20,24,.2),0 1px 2px rgba(17,20,24,.2)}
.bp5-button:disabled,.bp5-button.bp5-disabled{background-color:rgba(211,216,222,.5);box-shadow:none;color:rgba(95,107,124,.6);cursor:not-allowed;outline:none}
.bp5-button:disabled .bp5-icon,.bp5-button.bp5-disabled .bp5-icon{color:rgba(95,107,124,.6)}
.bp5-button.bp5-intent-primary{background-color:#2d72d2;color:#fff;box-shadow:inset 0 0 0 1px rgba(17,20,24,.2),0 1px 2px rgba(17,20,24,.1)}
.bp5-button.bp5-intent-primary:hover{background-color:#215db0}.bp5-button.bp5-intent-primary:active,.bp5-button.bp5-intent-primary.bp5-active{background-color:#184a90}
.bp5-button.bp5-intent-primary:disabled,.bp5-button.bp5-intent-primary.bp5-disabled{background-color:rgba(45,114,210,.5);color:rgba(255,255,255,.6);box-shadow:none}
.bp5-button.bp5-intent-danger{background-color:#cd4246;color:#fff}.bp5-button.bp5-intent-danger:hover{background-color:#ac2f33}.bp5-button.bp5-intent-danger:active{background-color:#8e292c}
.bp5-button.bp5-intent-success{background-color:#238551;color:#fff}.bp5-button.bp5-intent-success:hover{background-color:#1c6e42}
.bp5-button[class*=bp5-intent-] .bp5-icon{color:inherit}
.bp5-button.bp5-minimal{background:none;box-shadow:none}
.bp5-button.bp5-minimal:hover{background:rgba(143,153,168,.15);box-shadow:none;color:#1c2127;text-decoration:none}
.bp5-button.bp5-minimal:active,.bp5-button.bp5-minimal.bp5-active{background:rgba(143,153,168,.3);box-shadow:none}
.bp5-button.bp5-minimal:disabled,.bp5-button.bp5-minimal.bp5-disabled{background:none;color:rgba(95,107,124,.6)}
.bp5-button.bp5-minimal.bp5-intent-primary{color:#215db0}.bp5-button.bp5-minimal.bp5-intent-primary:hover{background:rgba(45,114,210,.15);color:#215db0}.bp5-button.bp5-minimal.bp5-intent-primary:active,.bp5-button.bp5-minimal.bp5-intent-primary.bp5-active{background:rgba(45,114,210,.3)}
.bp5-button.bp5-minimal.bp5-intent-danger{color:#ac2f33}.bp5-button.bp5-minimal.bp5-intent-danger:hover{background:rgba(205,66,70,.15)}
.bp5-button.bp5-fill{display:flex;width:100%}
.bp5-button.bp5-small{min-height:24px;min-width:24px;padding:0 7px}
.bp5-button.bp5-large{font-size:16px;min-height:40px;min-width:40px;padding:5px 15px}
.bp5-button.bp5-align-left{justify-content:flex-start}.bp5-button.bp5-align-left .bp5-button-text{flex-grow:1;overflow:hidden;text-overflow:ellipsis}
.bp5-button.bp5-loading{position:relative}.bp5-button.bp5-loading>:not(.bp5-button-spinner){visibility:hidden}
.bp5-button .bp5-button-spinner{position:absolute;margin:0}
.bp5-button-text{white-space:nowrap}
.bp5-button-group{display:inline-flex}.bp5-button-group .bp5-button{flex:0 0 auto;position:relative;z-index:4}
.bp5-button-group.bp5-minimal .bp5-button{background:none;box-shadow:none}
.bp5-input{appearance:none;background:#fff;border:none;border-radius:2px;box-shadow:0 0 0 0 rgba(45,114,210,0),0 0 0 0 rgba(45,114,210,0),inset 0 0 0 1px rgba(17,20,24,.2),inset 0 1px 1px rgba(17,20,24,.3);color:#1c2127;font-family:inherit;font-size:14px;font-weight:400;height:30px;line-height:30px;outline:none;padding:0 10px;transition:box-shadow .1s cubic-bezier(.4,1,.75,.9);vertical-align:middle}
.bp5-input::placeholder{color:#5f6b7c;opacity:1}
.bp5-input:focus{box-shadow:inset 0 0 0 1px #2d72d2,0 0 0 2px rgba(45,114,210,.3),inset 0 1px 1px rgba(17,20,24,.2)}
.bp5-input:disabled,.bp5-input.bp5-disabled{background:rgba(211,216,222,.5);box-shadow:none;color:rgba(95,107,124,.6);cursor:not-allowed;resize:none}
.bp5-input.bp5-intent-danger,.bp5-input-group.bp5-intent-danger .bp5-input{box-shadow:0 0 0 0 rgba(205,66,70,0),0 0 0 0 rgba(205,66,70,0),inset 0 0 0 1px #cd4246,inset 0 0 0 1px rgba(17,20,24,.2),inset 0 1px 1px rgba(17,20,24,.3)}
.bp5-input.bp5-intent-danger:focus,.bp5-input-group.bp5-intent-danger .bp5-input:focus{box-shadow:inset 0 0 0 1px #cd4246,0 0 0 2px rgba(205,66,70,.3),inset 0 1px 1px rgba(17,20,24,.2)}
.bp5-input-group{display:block;position:relative}
.bp5-input-group .bp5-input{position:relative;width:100%}
.bp5-input-group>.bp5-icon,.bp5-input-group .bp5-input-left-container>.bp5-icon{color:#5f6b7c;margin:7px;pointer-events:none;position:absolute;top:0;left:0;z-index:1}
.bp5-input-group .bp5-input:not(:first-child){padding-left:30px}
.bp5-input-group .bp5-input:not(:last-child){padding-right:40px}
.bp5-input-group .bp5-input-left-container{position:absolute;left:0;top:0;bottom:0;display:flex;align-items:center;padding-left:5px;z-index:1}
.bp5-input-group .bp5-input-action{position:absolute;right:0;top:0;z-index:1}
.bp5-input-group .bp5-input-action>.bp5-button,.bp5-input-group .bp5-input-action>.bp5-tag{margin:3px}
.bp5-input-group .bp5-input-action>.bp5-button{min-height:24px;min-width:24px;padding:0 7px}
.bp5-input-group.bp5-intent-danger>.bp5-icon{color:#ac2f33}
.bp5-tag{align-items:center;background-color:#5f6b7c;border:none;border-radius:2px;box-shadow:none;color:#fff;display:inline-flex;flex-direction:row;font-size:12px;line-height:16px;max-width:100%;min-height:20px;min-width:20px;padding:2px 6px;position:relative}
.bp5-tag.bp5-minimal{background-color:rgba(143,153,168,.15);color:#1c2127}
.bp5-tag.bp5-intent-success{background:#238551}.bp5-tag.bp5-minimal.bp5-intent-success{background:rgba(35,133,81,.15);color:#1c6e42}
.bp5-tag.bp5-minimal.bp5-intent-primary{background:rgba(45,114,210,.15);color:#215db0}
.bp5-label{display:block;margin-bottom:15px;margin-top:0}
.bp5-form-group{display:flex;flex-direction:column;margin:0 0 15px}
.bp5-form-group label.bp5-label{margin-bottom:5px}
.bp5-form-group .bp5-form-content{display:block}
.bp5-form-group .bp5-form-helper-text{color:#5f6b7c;font-size:12px;margin-top:5px}
.bp5-form-group.bp5-intent-danger .bp5-form-helper-text{color:#ac2f33}
.bp5-form-group.bp5-intent-success .bp5-form-helper-text{color:#1c6e42}
.bp5-form-group.bp5-inline{align-items:flex-start;flex-direction:row}
.bp5-form-group.bp5-inline label.bp5-label{line-height:30px;margin:0 10px 0 0}
.bp5-form-group.bp5-disabled .bp5-label,.bp5-form-group.bp5-disabled .bp5-text-muted{color:rgba(95,107,124,.6)!important}
.bp5-control{cursor:pointer;display:block;margin-bottom:10px;min-height:20px;padding-left:26px;position:relative;text-transform:none}
.bp5-control input{left:0;opacity:0;position:absolute;top:0;z-index:-1}
.bp5-control .bp5-control-indicator{background-clip:padding-box;background-color:transparent;border:none;box-shadow:inset 0 0 0 1px #738091;cursor:pointer;display:inline-block;font-size:16px;height:1em;margin-left:-26px;margin-right:10px;margin-top:-3px;position:relative;user-select:none;vertical-align:middle;width:1em}
.bp5-control .bp5-control-indicator::before{content:"";display:block;height:1em;width:1em}
.bp5-control:hover .bp5-control-indicator{background-color:rgba(143,153,168,.15)}
.bp5-control input:not(:disabled):active~.bp5-control-indicator{background:rgba(143,153,168,.3);box-shadow:inset 0 0 0 1px #5f6b7c}
.bp5-control input:checked~.bp5-control-indicator{background-color:#2d72d2;box-shadow:inset 0 0 0 1px #2d72d2;color:#fff}
.bp5-control:hover input:checked~.bp5-control-indicator{background-color:#215db0;box-shadow:inset 0 0 0 1px #215db0}
.bp5-control input:focus-visible~.bp5-control-indicator{outline:2px solid rgba(33,93,176,.752);outline-offset:2px}
.bp5-control.bp5-radio .bp5-control-indicator{border-radius:50%}
.bp5-control.bp5-radio input:checked~.bp5-control-indicator::before{background-image:radial-gradient(#fff,#fff 28%,transparent 32%)}
.bp5-control.bp5-inline{display:inline-block;margin-right:20px}
.bp5-radio-group .bp5-label{margin-bottom:8px}
.bp5-card{background-color:#fff;border-radius:4px;box-shadow:0 0 0 1px rgba(17,20,24,.15);padding:20px;transition:transform .2s cubic-bezier(.4,1,.75,.9),box-shadow .2s cubic-bezier(.4,1,.75,.9)}
.bp5-card.bp5-elevation-1,.bp5-elevation-1{box-shadow:0 0 0 1px rgba(17,20,24,.1),0 1px 1px rgba(17,20,24,.2)}
.bp5-card.bp5-elevation-2,.bp5-elevation-2{box-shadow:0 0 0 1px rgba(17,20,24,.1),0 1px 1px rgba(17,20,24,.2),0 2px 6px rgba(17,20,24,.2)}
.bp5-callout{background-color:rgba(143,153,168,.15);border-radius:2px;font-size:14px;line-height:1.5;padding:10px 12px 9px;position:relative;width:100%}
.bp5-callout.bp5-callout-icon{padding-left:40px}
.bp5-callout>.bp5-icon:first-child{color:#5f6b7c;left:13px;position:absolute;top:12px}
.bp5-callout .bp5-heading{line-height:20px;margin-bottom:5px;margin-top:0}
.bp5-callout .bp5-heading:last-child{margin-bottom:0}
.bp5-callout.bp5-intent-primary{background-color:rgba(45,114,210,.1)}.bp5-callout.bp5-intent-primary>.bp5-icon:first-child,.bp5-callout.bp5-intent-primary .bp5-heading{color:#215db0}
.bp5-callout.bp5-intent-success{background-color:rgba(35,133,81,.1)}.bp5-callout.bp5-intent-success>.bp5-icon:first-child,.bp5-callout.bp5-intent-success .bp5-heading{color:#1c6e42}
.bp5-callout.bp5-intent-warning{background-color:rgba(200,118,25,.1)}.bp5-callout.bp5-intent-warning>.bp5-icon:first-child,.bp5-callout.bp5-intent-warning .bp5-heading{color:#935610}
.bp5-callout.bp5-intent-danger{background-color:rgba(205,66,70,.1)}.bp5-callout.bp5-intent-danger>.bp5-icon:first-child,.bp5-callout.bp5-intent-danger .bp5-heading{color:#ac2f33}
.bp5-callout+.bp5-callout,.bp5-callout+form,.bp5-callout+.bp5-form-group{margin-top:15px}
.bp5-menu{background:#fff;border-radius:2px;color:#1c2127;list-style:none;margin:0;min-width:180px;padding:5px;text-align:left}
.bp5-menu>li{position:relative}
.bp5-menu-divider{border-top:1px solid rgba(17,20,24,.15);display:block;margin:5px}
.bp5-menu-item{align-items:flex-start;border-radius:2px;color:inherit;display:flex;flex-direction:row;line-height:20px;padding:5px 7px;text-decoration:none;user-select:none;cursor:pointer}
.bp5-menu-item>*{flex-grow:0;flex-shrink:0;margin-right:7px}.bp5-menu-item>:last-child{margin-right:0}
.bp5-menu-item>.bp5-fill{flex-grow:1;flex-shrink:1}
.bp5-menu-item::before{margin-right:7px}
.bp5-menu-item .bp5-icon{color:#5f6b7c;margin-top:2px}
.bp5-menu-item .bp5-menu-item-label{color:#5f6b7c}
.bp5-menu-item:hover,.bp5-submenu .bp5-popover-target.bp5-popover-open>.bp5-menu-item{background-color:rgba(143,153,168,.15);color:inherit;text-decoration:none}
.bp5-menu-item:active,.bp5-menu-item.bp5-active{background-color:rgba(143,153,168,.3)}
.bp5-menu-item.bp5-selected{background-color:rgba(45,114,210,.1);color:#215db0}.bp5-menu-item.bp5-selected .bp5-icon{color:#215db0}
.bp5-menu-item.bp5-selected.bp5-active{background-color:rgba(45,114,210,.2)}
.bp5-menu-item.bp5-disabled{background-color:inherit!important;color:rgba(95,107,124,.6)!important;cursor:not-allowed!important;outline:none!important}
.bp5-menu-item:focus-visible{outline:2px solid rgba(33,93,176,.752);outline-offset:-2px}
.bp5-menu-header{border-top:1px solid rgba(17,20,24,.15);display:block;margin:5px;cursor:default;padding-left:2px}
.bp5-menu-header:first-of-type{border-top:none}
.bp5-menu-header>h6{color:#1c2127;font-weight:600;line-height:17px;margin:0;padding:10px 7px 0 1px}
.bp5-submenu>.bp5-popover-target{display:block}
.bp5-submenu .bp5-submenu-icon{margin-top:2px}
.bp5-overlay{bottom:0;left:0;position:static;right:0;top:0;z-index:20}
.bp5-overlay:not(.bp5-overlay-open){pointer-events:none}
.bp5-overlay.bp5-overlay-container{overflow:hidden;position:fixed}
.bp5-overlay.bp5-overlay-scroll-container{overflow:auto;position:fixed}
.bp5-overlay.bp5-overlay-inline{display:inline;overflow:visible}
.bp5-overlay-content{position:fixed;z-index:20}
.bp5-overlay-inline .bp5-overlay-content,.bp5-overlay-scroll-container .bp5-overlay-content{position:absolute}
.bp5-overlay-backdrop{bottom:0;left:0;position:fixed;right:0;top:0;opacity:1;background-color:rgba(17,20,24,.7);overflow:auto;user-select:none;z-index:20}
.bp5-overlay-backdrop:focus{outline:none}
.bp5-overlay-backdrop.bp5-overlay-enter{opacity:0}
.bp5-overlay-backdrop.bp5-overlay-enter-active{opacity:1;transition:opacity .2s cubic-bezier(.4,1,.75,.9)}
.bp5-overlay-backdrop.bp5-overlay-exit{opacity:1}
.bp5-overlay-backdrop.bp5-overlay-exit-active{opacity:0;transition:opacity .2s cubic-bezier(.4,1,.75,.9)}
.bp5-overlay-start-focus-trap,.bp5-overlay-end-focus-trap{position:fixed;width:0;height:0;overflow:hidden;outline:none}
.bp5-portal{left:0;position:absolute;right:0;top:0}
.bp5-dialog-container{align-items:center;display:flex;justify-content:center;min-height:100%;pointer-events:none;user-select:none;width:100%}
.bp5-dialog-container:focus{outline:none}
.bp5-dialog-container.bp5-overlay-enter>.bp5-dialog{opacity:0;transform:scale(.5)}
.bp5-dialog-container.bp5-overlay-enter-active>.bp5-dialog{opacity:1;transform:scale(1);transition-delay:0;transition-duration:.3s;transition-property:opacity,transform;transition-timing-function:cubic-bezier(.54,1.12,.38,1.11)}
.bp5-dialog-container.bp5-overlay-exit>.bp5-dialog{opacity:1;transform:scale(1)}
.bp5-dialog-container.bp5-overlay-exit-active>.bp5-dialog{opacity:0;transform:scale(.5);transition-delay:0;transition-duration:.3s;transition-property:opacity,transform;transition-timing-function:cubic-bezier(.4,1,.75,.9)}
.bp5-dialog{background:#f6f7f9;border-radius:4px;box-shadow:0 0 0 1px rgba(17,20,24,.1),0 4px 8px rgba(17,20,24,.2),0 18px 46px 6px rgba(17,20,24,.2);display:flex;flex-direction:column;margin:30px 0;padding-bottom:20px;pointer-events:all;user-select:text;width:500px}
.bp5-dialog:focus{outline:0}
.bp5-dialog-header{align-items:center;background:#fff;border-radius:4px 4px 0 0;box-shadow:0 1px 0 rgba(17,20,24,.15);display:flex;flex:0 0 auto;min-height:40px;padding-left:20px;padding-right:5px;z-index:0}
.bp5-dialog-header .bp5-icon-large,.bp5-dialog-header>.bp5-icon{color:#5f6b7c;flex:0 0 auto;margin-right:7px}
.bp5-dialog-header .bp5-heading{flex:1 1 auto;line-height:inherit;margin:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;word-wrap:normal}
.bp5-dialog-body{flex:1 1 auto;line-height:18px;margin:20px}
.bp5-dialog-footer{flex:0 0 auto;margin:0 20px}
.bp5-dialog-footer-actions{display:flex;justify-content:flex-end}
.bp5-dialog-footer-actions .bp5-button{margin-left:10px}
.bp5-alert{max-width:400px;padding:20px}
.bp5-alert-body{display:flex}
.bp5-alert-body .bp5-icon{font-size:40px;margin-right:20px;margin-top:0}
.bp5-alert-contents{word-break:break-word}
.bp5-alert-footer{display:flex;flex-direction:row-reverse;margin-top:10px}
.bp5-alert-footer .bp5-button{margin-left:10px}
.bp5-popover{border-radius:4px;box-shadow:0 0 0 1px rgba(17,20,24,.1),0 2px 4px rgba(17,20,24,.2),0 8px 24px rgba(17,20,24,.2);transform:scale(1);display:inline-block;z-index:20}
.bp5-popover .bp5-popover-content{background:#fff;color:inherit;border-radius:4px;position:relative}
.bp5-popover-transition-container{display:flex;opacity:1;position:absolute;z-index:20}
.bp5-popover-transition-container:focus{outline:none}
.bp5-popover-enter>.bp5-popover{opacity:0;transform:scale(.3)}
.bp5-popover-enter-active>.bp5-popover{opacity:1;transform:scale(1);transition-delay:0;transition-duration:.3s;transition-property:opacity,transform;transition-timing-function:cubic-bezier(.54,1.12,.38,1.11)}
.bp5-popover-exit>.bp5-popover{opacity:1;transform:scale(1)}
.bp5-popover-exit-active>.bp5-popover{opacity:0;transform:scale(.3);transition-delay:0;transition-duration:.3s;transition-property:opacity,transform;transition-timing-function:cubic-bezier(.54,1.12,.38,1.11)}
.bp5-popover-enter>.bp5-popover.bp5-minimal,.bp5-popover-exit-active>.bp5-popover.bp5-minimal{transform:scale(1)}
.bp5-popover-enter-active>.bp5-popover.bp5-minimal,.bp5-popover-exit-active>.bp5-popover.bp5-minimal{transition-duration:.1s;transition-timing-function:cubic-bezier(.4,1,.75,.9)}
.bp5-popover.bp5-submenu{animation:bp5-submenu-in .1s cubic-bezier(.4,1,.75,.9)}
@keyframes bp5-submenu-in{from{opacity:0}to{opacity:1}}
.bp5-popover-target{display:inline-block}
.bp5-select-popover .bp5-popover-content{padding:5px}
.bp5-select-popover .bp5-input-group{margin-bottom:0}
.bp5-select-popover .bp5-menu{max-height:300px;max-width:400px;overflow:auto;padding:0}
.bp5-select-popover .bp5-menu:not(:first-child){padding-top:5px}
.bp5-toast-container{align-items:center;display:flex!important;flex-direction:column;left:0;overflow:hidden;padding:0 20px 20px;pointer-events:none;right:0;z-index:40}
.bp5-toast-container.bp5-toast-container-in-portal{position:fixed}
.bp5-toast-container.bp5-toast-container-top{top:0}
.bp5-toast{align-items:flex-start;background-color:#fff;border-radius:2px;box-shadow:0 0 0 1px rgba(17,20,24,.1),0 2px 4px rgba(17,20,24,.2),0 8px 24px rgba(17,20,24,.2);display:flex;margin:20px 0 0;max-width:500px;min-width:300px;pointer-events:all;position:relative!important}
.bp5-toast.bp5-toast-enter{transform:translateY(-40px)}
.bp5-toast.bp5-toast-enter-active{transform:translateY(0);transition-delay:0;transition-duration:.3s;transition-property:transform;transition-timing-function:cubic-bezier(.54,1.12,.38,1.11)}
.bp5-toast.bp5-toast-exit{opacity:1;filter:blur(0)}
.bp5-toast.bp5-toast-exit-active{opacity:0;filter:blur(10px);transition-delay:0;transition-duration:.3s;transition-property:opacity,filter;transition-timing-function:cubic-bezier(.4,1,.75,.9)}
.bp5-toast>.bp5-icon{color:#5f6b7c;margin:12px 0 12px 12px}
.bp5-toast .bp5-toast-message{flex:1 1 auto;padding:11px;word-break:break-word}
.bp5-toast .bp5-button-group{flex:0 0 auto;padding:5px 5px 5px 0}
.bp5-toast .bp5-button-group .bp5-button{min-height:30px}
.bp5-toast.bp5-intent-primary{background-color:#2d72d2;color:#fff}
.bp5-toast.bp5-intent-success{background-color:#238551;color:#fff}
.bp5-toast.bp5-intent-warning{background-color:#fbb360;color:#1c2127}
.bp5-toast.bp5-intent-danger{background-color:#cd4246;color:#fff}
.bp5-toast[class*=bp5-intent-]:not(.bp5-intent-warning)>.bp5-icon,.bp5-toast[class*=bp5-intent-]:not(.bp5-intent-warning) .bp5-button .bp5-icon{color:#fff}
.bp5-toast[class*=bp5-intent-] .bp5-button:hover{background:rgba(255,255,255,.15)!important}
.bp5-spinner{align-items:center;display:flex;justify-content:center;overflow:visible;vertical-align:middle}
.bp5-spinner svg{display:block}
.bp5-spinner path{fill-opacity:0}
.bp5-spinner .bp5-spinner-head{stroke:rgba(95,107,124,.8);stroke-linecap:round;transform-origin:center;transition:stroke-dashoffset .2s cubic-bezier(.4,1,.75,.9)}
.bp5-spinner .bp5-spinner-track{stroke:rgba(95,107,124,.2)}
.bp5-button .bp5-spinner .bp5-spinner-head,.bp5-spinner.bp5-intent-primary .bp5-spinner-head{stroke:currentcolor}
.bp5-spinner.bp5-intent-primary .bp5-spinner-head{stroke:#2d72d2}
.bp5-spinner-animation{animation:pt-spinner-animation .5s linear infinite}
@keyframes pt-spinner-animation{from{transform:rotate(0)}to{transform:rotate(1turn)}}
.bp5-non-ideal-state{align-items:center;display:flex;flex-direction:column;height:100%;justify-content:center;text-align:center;width:100%;color:#5f6b7c;padding:30px 0}
.bp5-non-ideal-state>*{margin-bottom:16px}.bp5-non-ideal-state>:last-child{margin-bottom:0}
.bp5-non-ideal-state-visual{color:rgba(95,107,124,.6)}
.bp5-non-ideal-state-text{max-width:400px}
.bp5-non-ideal-state .bp5-heading{color:#5f6b7c;line-height:20px;margin-bottom:10px}
table.bp5-html-table{border-spacing:0;font-size:14px;width:100%}
table.bp5-html-table th,table.bp5-html-table td{padding:11px;text-align:left;vertical-align:top}
table.bp5-html-table th{color:#1c2127;font-weight:600}
table.bp5-html-table tbody tr td{box-shadow:inset 0 1px 0 0 rgba(17,20,24,.15)}
table.bp5-html-table.bp5-compact th,table.bp5-html-table.bp5-compact td{padding-bottom:6px;padding-top:6px}
table.bp5-html-table.bp5-html-table-striped tbody tr:nth-child(odd) td{background:rgba(143,153,168,.15)}
.bp5-breadcrumbs{align-items:center;cursor:default;display:flex;flex-wrap:wrap;height:30px;list-style:none;margin:0 0 10px;padding:0}
.bp5-breadcrumbs>li{align-items:center;display:flex}
.bp5-breadcrumbs>li::after{background:url("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3e%3cpath fill-rule='evenodd' clip-rule='evenodd' d='M10.71 7.29l-4-4a1.003 1.003 0 00-1.42 1.42L8.59 8 5.3 11.29c-.19.18-.3.43-.3.71a1.003 1.003 0 001.71.71l4-4c.18-.18.29-.43.29-.71 0-.28-.11-.53-.29-.71z' fill='%235f6b7c'/%3e%3c/svg%3e");content:"";display:block;height:16px;margin:0 5px;width:16px}
.bp5-breadcrumbs>li:last-of-type::after{display:none}
.bp5-breadcrumb{align-items:center;display:inline-flex;font-size:16px;color:#5f6b7c}
.bp5-breadcrumb-current{color:inherit;font-weight:600}
.bp5-section{background:#fff;border-radius:4px;box-shadow:0 0 0 1px rgba(17,20,24,.15);overflow:hidden;width:100%}
.bp5-section+.bp5-section,.bp5-card+.bp5-section{margin-top:20px}
.bp5-section-header{align-items:center;border-bottom:1px solid rgba(17,20,24,.15);display:flex;gap:20px;justify-content:space-between;min-height:50px;padding:0 20px;position:relative;width:100%}
.bp5-section-header-left{align-items:center;display:flex;gap:10px;padding:10px 0}
.bp5-section-header-title{margin-bottom:0}
.bp5-section-header-sub-title{margin-top:2px}
.bp5-section-card{padding:20px}
.bp5-section-card.bp5-padded{padding:20px}
.bp5-divider{border-bottom:1px solid rgba(17,20,24,.15);border-right:1px solid rgba(17,20,24,.15);margin:10px 0}
.app-main{margin:0 auto;max-width:1180px;padding:70px 20px 40px}
.app-brand-logo{display:block}
.app-login-wrap{display:flex;justify-content:center;padding-top:30px}
.app-login-card{width:400px}
.app-captcha-row{display:flex;align-items:center;gap:8px;margin-bottom:10px}
.app-captcha-img{border-radius:3px;box-shadow:0 0 0 1px rgba(17,20,24,.15);display:block;height:46px;width:150px;background:#edf1f6}
.app-row{display:flex;gap:20px;flex-wrap:wrap}
.app-row>.bp5-card{flex:1 1 240px}
.app-stat{font-size:32px;font-weight:600;line-height:40px;color:#1c2127}
.app-page-header{align-items:flex-end;display:flex;justify-content:space-between;margin-bottom:15px}
.app-form-actions{display:flex;gap:10px;margin-top:5px}
.app-form-grid{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));column-gap:20px}
.app-otp-actions{display:flex;gap:10px;align-items:center}
.app-hero{display:flex;gap:30px;align-items:flex-start}
.app-hero>.bp5-card{flex:2 1 0}
.app-hero>.app-side{flex:1 1 0;display:flex;flex-direction:column;gap:20px}
.app-news li{margin-bottom:8px}
.app-footer{color:#5f6b7c;font-size:12px;text-align:center;padding:20px 0 30px}
.app-select-target{display:block;max-width:460px}
.bp5-form-group.bp5-intent-danger .app-select-target .bp5-button{box-shadow:inset 0 0 0 1px #cd4246,0 1px 2px rgba(17,20,24,.1)}
.bp5-select-popover .bp5-menu{max-width:460px}
.app-user-chip{display:flex;align-items:center;gap:6px;color:#5f6b7c;margin-right:6px}
`;

/**
 * The browser side: a tiny React-like runtime (virtual nodes patched in place so inputs keep focus),
 * Blueprint's Overlay2 / Popover / Dialog / Alert / Select / OverlayToaster behaviour, and the pages.
 * Written without template literals so it can live inside String.raw.
 */
const CLIENT_JS = String.raw`
(function () {
  'use strict';

  // ------------------------------------------------------------------ virtual DOM
  function flat(x, out) {
    if (x === undefined || x === null || x === false || x === true) { out.push(null); return; }
    if (Array.isArray(x)) { for (var i = 0; i < x.length; i++) flat(x[i], out); return; }
    if (typeof x === 'object') out.push(x); else out.push(String(x));
  }
  function h(t, p) {
    var c = [];
    for (var i = 2; i < arguments.length; i++) flat(arguments[i], c);
    return { t: t, p: p || {}, c: c };
  }
  function cx() {
    var out = [];
    for (var i = 0; i < arguments.length; i++) if (arguments[i]) out.push(arguments[i]);
    return out.join(' ');
  }
  function dispatch(e) {
    var f = this.__l && this.__l[e.type];
    if (f) f(e);
  }
  function setProp(el, k, nv, ov) {
    if (k === 'key') return;
    if (k === 'ref') { if (nv) nv(el); return; }
    if (k === 'html') { if (nv !== ov) el.innerHTML = nv == null ? '' : nv; return; }
    if (k.length > 2 && k[0] === 'o' && k[1] === 'n') {
      var ev = k.slice(2).toLowerCase();
      el.__l = el.__l || {};
      if (!(ev in el.__l)) el.addEventListener(ev, dispatch);
      el.__l[ev] = nv || null;
      return;
    }
    if (k === 'value') { var v = nv == null ? '' : String(nv); if (el.value !== v) el.value = v; return; }
    if (k === 'checked') { el.checked = !!nv; return; }
    if (k === 'className') k = 'class';
    if (nv == null || nv === false) el.removeAttribute(k);
    else el.setAttribute(k, nv === true ? '' : String(nv));
  }
  function create(v) {
    if (v === null) return document.createComment('');
    if (typeof v === 'string') return document.createTextNode(v);
    var el = document.createElement(v.t);
    for (var k in v.p) setProp(el, k, v.p[k], undefined);
    if (v.p.html == null) for (var i = 0; i < v.c.length; i++) el.appendChild(create(v.c[i]));
    return el;
  }
  function patch(parent, el, ov, nv) {
    if (nv === undefined) { if (el) parent.removeChild(el); return; }
    if (ov === undefined || !el) { parent.appendChild(create(nv)); return; }
    if (ov === null || nv === null || typeof ov === 'string' || typeof nv === 'string') {
      if (ov === null && nv === null) return;
      if (typeof ov === 'string' && typeof nv === 'string') { if (ov !== nv) el.nodeValue = nv; return; }
      parent.replaceChild(create(nv), el);
      return;
    }
    if (ov.t !== nv.t || ov.p.key !== nv.p.key || (ov.p.html == null) !== (nv.p.html == null)) {
      parent.replaceChild(create(nv), el);
      return;
    }
    var k;
    for (k in ov.p) if (!(k in nv.p)) setProp(el, k, null, ov.p[k]);
    for (k in nv.p) if (k === 'value' || k === 'checked' || k === 'ref' || nv.p[k] !== ov.p[k]) setProp(el, k, nv.p[k], ov.p[k]);
    if (nv.p.html != null) return;
    var kids = Array.prototype.slice.call(el.childNodes);
    var n = Math.max(ov.c.length, nv.c.length);
    for (var i = 0; i < n; i++) patch(el, kids[i], ov.c[i], nv.c[i]);
  }
  function mount(container, oldV, nv) {
    if (oldV === undefined) container.appendChild(create(nv));
    else patch(container, container.firstChild, oldV, nv);
    return nv;
  }

  // ------------------------------------------------------------------ icons (@blueprintjs/icons, 16px grid)
  var ICONS = {
    'small-cross': 'M9.41 8l3.29-3.29a1 1 0 00-1.42-1.42L8 6.59 4.71 3.29a1 1 0 00-1.42 1.42L6.59 8l-3.3 3.29a1 1 0 101.42 1.42L8 9.41l3.29 3.3a1 1 0 001.42-1.42L9.41 8z',
    'cross': 'M9.41 8l5.29-5.29a1 1 0 00-1.42-1.42L8 6.59 2.71 1.29A1 1 0 001.29 2.71L6.59 8l-5.3 5.29a1 1 0 101.42 1.42L8 9.41l5.29 5.3a1 1 0 001.42-1.42L9.41 8z',
    'caret-down': 'M12 6.5c0-.28-.22-.5-.5-.5h-7a.495.495 0 00-.37.83l3.5 4c.09.1.22.17.37.17s.28-.07.37-.17l3.5-4c.08-.09.13-.2.13-.33z',
    'caret-right': 'M11 8c0-.15-.07-.28-.17-.37l-4-3.5A.495.495 0 006 4.5v7a.495.495 0 00.83.37l4-3.5c.1-.09.17-.22.17-.37z',
    'chevron-right': 'M10.71 7.29l-4-4a1 1 0 00-1.42 1.42L8.59 8 5.3 11.29a1 1 0 101.42 1.42l4-4A1 1 0 0011 8a1 1 0 00-.29-.71z',
    'arrow-left': 'M13 7H5.41l2.3-2.29a1 1 0 00-1.42-1.42l-4 4a1 1 0 000 1.42l4 4a1 1 0 001.42-1.42L5.41 9H13a1 1 0 000-2z',
    'tick': 'M14 3c-.28 0-.53.11-.71.29L6 10.59l-3.29-3.3a1 1 0 00-1.42 1.42l4 4c.18.18.43.29.71.29s.53-.11.71-.29l8-8A1 1 0 0014 3z',
    'tick-circle': 'M8 0a8 8 0 100 16A8 8 0 008 0zm4.21 5.71l-5 5a1 1 0 01-1.42 0l-2.5-2.5a1 1 0 011.42-1.42L6.5 8.59l4.29-4.3a1 1 0 011.42 1.42z',
    'search': 'M15.55 13.43l-2.67-2.68a6.94 6.94 0 001.11-3.76c0-3.87-3.13-7-7-7S0 3.13 0 7s3.13 7 7 7c1.39 0 2.68-.42 3.76-1.11l2.68 2.67a1.5 1.5 0 102.11-2.13zM7 12c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5z',
    'refresh': 'M14 1a1 1 0 00-1 1v1.56A7 7 0 001 8a1 1 0 002 0 5 5 0 019.03-2.97H10a1 1 0 000 2h4a1 1 0 001-1V2a1 1 0 00-1-1zm0 6a1 1 0 00-1 1 5 5 0 01-9.03 2.97H6a1 1 0 000-2H2a1 1 0 00-1 1v4a1 1 0 002 0v-1.56A7 7 0 0015 8a1 1 0 00-1-1z',
    'lock': 'M12 7V5a4 4 0 00-8 0v2H3v9h10V7h-1zM6 5a2 2 0 014 0v2H6V5zm3 7.73V14H7v-1.27a1.5 1.5 0 112 0z',
    'user': 'M8 0a4 4 0 110 8 4 4 0 010-8zM1 15c0-3.04 3.13-5.5 7-5.5s7 2.46 7 5.5v1H1v-1z',
    'key': 'M11 0a5 5 0 00-4.9 6.02L0 12.1V16h4v-2h2v-2h2l1-1.1A5 5 0 1011 0zm1 5.5A1.5 1.5 0 1112 2.5a1.5 1.5 0 010 3z',
    'home': 'M8 1l8 7h-2v7h-4v-5H6v5H2V8H0l8-7z',
    'help': 'M8 0a8 8 0 100 16A8 8 0 008 0zm1 13H7v-2h2v2zm1.41-5.25C9.83 8.25 9 8.71 9 10H7c0-1.95 1.09-2.73 1.74-3.28.41-.35.76-.6.76-1.22 0-.69-.56-1.25-1.5-1.25S6.5 4.81 6.5 5.5h-2C4.5 3.57 6.07 2.5 8 2.5s3.5 1.07 3.5 2.75c0 1.31-.51 1.98-1.09 2.5z',
    'log-in': 'M11 8L7 4v3H0v2h7v3l4-4zm3-8H8v2h6v12H8v2h6a2 2 0 002-2V2a2 2 0 00-2-2z',
    'log-out': 'M16 8l-4-4v3H5v2h7v3l4-4zM8 14H2V2h6V0H2a2 2 0 00-2 2v12a2 2 0 002 2h6v-2z',
    'info-sign': 'M8 0a8 8 0 100 16A8 8 0 008 0zm1 13H7V7h2v6zM8 5.5A1.25 1.25 0 118 3a1.25 1.25 0 010 2.5z',
    'warning-sign': 'M15.84 13.5L8.87.6a1 1 0 00-1.74 0L.16 13.5A1 1 0 001 15h14a1 1 0 00.84-1.5zM9 13H7v-2h2v2zm0-3H7V5h2v5z',
    'error': 'M8 0a8 8 0 100 16A8 8 0 008 0zm1 13H7v-2h2v2zm0-3H7V3h2v7z',
    'mobile-phone': 'M11 0H5a2 2 0 00-2 2v12a2 2 0 002 2h6a2 2 0 002-2V2a2 2 0 00-2-2zM8 15a1 1 0 110-2 1 1 0 010 2zm3-3H5V2h6v10z',
    'eye-open': 'M8 3C3.6 3 .8 6.7.1 7.6a.7.7 0 000 .8C.8 9.3 3.6 13 8 13s7.2-3.7 7.9-4.6a.7.7 0 000-.8C15.2 6.7 12.4 3 8 3zm0 8a3 3 0 110-6 3 3 0 010 6zm0-4.5a1.5 1.5 0 100 3 1.5 1.5 0 000-3z',
    'eye-off': 'M2.71 1.29a1 1 0 00-1.42 1.42l12 12a1 1 0 001.42-1.42l-12-12zM8 3c-1 0-1.96.2-2.8.55l1.62 1.62A3 3 0 0110.83 9.2l2.2 2.2c1.32-1 2.33-2.3 2.87-3a.7.7 0 000-.8C15.2 6.7 12.4 3 8 3zM.1 7.6a.7.7 0 000 .8C.8 9.3 3.6 13 8 13c1 0 1.96-.2 2.8-.55L9.18 10.83A3 3 0 015.17 6.8L2.97 4.6C1.65 5.6.64 6.9.1 7.6z',
    'dashboard': 'M2 2h5v6H2V2zm7 0h5v4H9V2zM2 10h5v4H2v-4zm7-2h5v6H9V8z',
    'document': 'M9 0H3a1 1 0 00-1 1v14a1 1 0 001 1h10a1 1 0 001-1V5L9 0zm3 14H4V2h4v4h4v8z',
    'chart': 'M1 14h14v2H1v-2zm1-5h3v4H2V9zm4.5-4h3v8h-3V5zM11 2h3v11h-3V2z',
    'people': 'M5.5 1a2.5 2.5 0 110 5 2.5 2.5 0 010-5zm6 1a2 2 0 110 4 2 2 0 010-4zM0 13c0-2.49 2.46-4.5 5.5-4.5S11 10.51 11 13v1H0v-1zm12 1v-1c0-1.3-.5-2.5-1.4-3.4.3-.06.6-.1.9-.1 2.49 0 4.5 1.57 4.5 3.5v1H12z',
    'shield': 'M8 0L1 3v5c0 4.2 3 7.1 7 8 4-.9 7-3.8 7-8V3L8 0zm0 2.2l5 2.14V8c0 3.1-2.1 5.3-5 6V2.2z',
    'add': 'M8 0a8 8 0 100 16A8 8 0 008 0zm4 9H9v3H7V9H4V7h3V4h2v3h3v2z',
    'upload': 'M8 0L3 5h3v6h4V5h3L8 0zM1 12v3a1 1 0 001 1h12a1 1 0 001-1v-3h-2v2H3v-2H1z',
    'disable': 'M8 0a8 8 0 100 16A8 8 0 008 0zM2 8a6 6 0 019.47-4.89l-8.36 8.36A5.97 5.97 0 012 8zm6 6a5.97 5.97 0 01-3.47-1.11l8.36-8.36A6 6 0 018 14z',
    'print': 'M4 0h8v4H4V0zM1 5h14a1 1 0 011 1v6h-3v4H3v-4H0V6a1 1 0 011-1zm4 6v3h6v-3H5z',
    'th': 'M1 2h14a1 1 0 011 1v10a1 1 0 01-1 1H1a1 1 0 01-1-1V3a1 1 0 011-1zm1 2v2h4V4H2zm6 0v2h6V4H8zM2 8v2h4V8H2zm6 0v2h6V8H8zm-6 4v0h4v0H2z',
    'office': 'M15 5h-3V1a1 1 0 00-1-1H1a1 1 0 00-1 1v15h5v-3h2v3h9V6a1 1 0 00-1-1zM5 10H2V8h3v2zm0-4H2V4h3v2zm5 4H7V8h3v2zm0-4H7V4h3v2zm4 8h-2v-2h2v2zm0-4h-2V8h2v2z',
    'envelope': 'M0 4.01v8.99a1 1 0 001 1h14a1 1 0 001-1V4L8 9 0 4.01zM15 2H1l7 4.5L15 2z',
    'phone': 'M15.9 12.5l-3-2.3a1 1 0 00-1.3.1l-1.4 1.4A9.7 9.7 0 014.3 5.8l1.4-1.4a1 1 0 00.1-1.3L3.5.1A1 1 0 002 0C1 .5 0 1.5 0 3c0 7.2 5.8 13 13 13 1.5 0 2.5-1 3-2a1 1 0 00-.1-1.5z',
    'confirm': 'M8.5 9.5a.5.5 0 01-.35-.15L6 7.2a1 1 0 00-1.42 1.42l2.86 2.86a1 1 0 001.42 0l6-6A1 1 0 0013.44 4L8.85 9.35a.5.5 0 01-.35.15zM14 8a6 6 0 11-3.1-5.25l1.47-1.47A8 8 0 1016 8h-2z',
    'notifications': 'M8 16a2 2 0 002-2H6a2 2 0 002 2zm6-5c-.55 0-1-.45-1-1V6a5 5 0 00-4-4.9V0H7v1.1A5 5 0 003 6v4c0 .55-.45 1-1 1s-1 .45-1 1 .45 1 1 1h12c.55 0 1-.45 1-1s-.45-1-1-1z',
    'blank': ''
  };
  function svgIcon(name, size) {
    var s = size || 16;
    var d = ICONS[name];
    return '<svg data-icon="' + name + '" height="' + s + '" role="img" viewBox="0 0 16 16" width="' + s + '">' +
      (d ? '<path d="' + d + '" fill-rule="evenodd"></path>' : '') + '</svg>';
  }
  function Icon(name, o) {
    o = o || {};
    return h('span', {
      'aria-hidden': 'true',
      className: cx('bp5-icon', 'bp5-icon-' + name, o.intent && 'bp5-intent-' + o.intent, o.className),
      icon: name,
      html: svgIcon(name, o.size)
    });
  }

  // ------------------------------------------------------------------ core components
  function Spinner(size, intent) {
    var s = size || 50;
    var sw = Math.min(16, 400 / s).toFixed(2);
    var d = 'M 50,50 m 0,-45 a 45,45 0 1 1 0,90 a 45,45 0 1 1 0,-90';
    return h('div', { className: cx('bp5-spinner', intent && 'bp5-intent-' + intent), role: 'progressbar' },
      h('div', {
        className: 'bp5-spinner-animation',
        html: '<svg width="' + s + '" height="' + s + '" stroke-width="' + sw + '" viewBox="-3 -3 106 106">' +
          '<path class="bp5-spinner-track" d="' + d + '"></path>' +
          '<path class="bp5-spinner-head" d="' + d + '" pathLength="280" stroke-dasharray="280 280" stroke-dashoffset="210"></path></svg>'
      }));
  }
  function Button(o) {
    var busy = !!o.loading;
    var p = {
      type: o.type || 'button',
      className: cx('bp5-button', o.minimal && 'bp5-minimal', o.fill && 'bp5-fill', o.small && 'bp5-small',
        o.large && 'bp5-large', o.alignLeft && 'bp5-align-left', o.intent && 'bp5-intent-' + o.intent,
        o.active && 'bp5-active', (o.disabled || busy) && 'bp5-disabled', busy && 'bp5-loading', o.className),
      disabled: o.disabled || busy ? true : null,
      onClick: o.onClick || null,
      onKeyDown: o.onKeyDown || null
    };
    if (o.attrs) for (var k in o.attrs) p[k] = o.attrs[k];
    return h('button', p,
      busy ? h('span', { className: 'bp5-button-spinner' }, Spinner(20)) : null,
      o.icon ? Icon(o.icon, { size: o.iconSize }) : null,
      o.text != null ? h('span', { className: 'bp5-button-text' }, o.text) : null,
      o.rightIcon ? Icon(o.rightIcon) : null);
  }
  function InputGroup(o) {
    var p = {
      type: o.type || 'text',
      className: 'bp5-input',
      id: o.id || null,
      value: o.value,
      placeholder: o.placeholder || null,
      disabled: o.disabled ? true : null,
      autocomplete: o.autoComplete || 'off',
      'aria-invalid': o.intent === 'danger' ? 'true' : null,
      onInput: o.onInput || null,
      onKeyDown: o.onKeyDown || null
    };
    if (o.attrs) for (var k in o.attrs) p[k] = o.attrs[k];
    return h('div', { className: cx('bp5-input-group', o.intent && 'bp5-intent-' + o.intent, o.disabled && 'bp5-disabled', o.className) },
      o.leftElement ? h('span', { className: 'bp5-input-left-container' }, o.leftElement) : o.leftIcon ? Icon(o.leftIcon) : null,
      h('input', p),
      o.rightElement ? h('span', { className: 'bp5-input-action' }, o.rightElement) : null);
  }
  function FormGroup(o, content) {
    return h('div', { className: cx('bp5-form-group', o.intent && 'bp5-intent-' + o.intent, o.inline && 'bp5-inline', o.disabled && 'bp5-disabled', o.className) },
      o.label ? h('label', { className: 'bp5-label', for: o.labelFor || null }, o.label, ' ',
        o.labelInfo ? h('span', { className: 'bp5-text-muted' }, o.labelInfo) : null) : null,
      h('div', { className: 'bp5-form-content' }, content,
        o.helper ? h('div', { className: 'bp5-form-helper-text' }, o.helper) : null));
  }
  function Callout(o, body) {
    return h('div', { className: cx('bp5-callout', o.intent && 'bp5-intent-' + o.intent, o.icon && 'bp5-callout-icon', o.className), role: o.role || null },
      o.icon ? Icon(o.icon, { size: 20 }) : null,
      o.title ? h('h5', { className: 'bp5-heading' }, o.title) : null,
      body);
  }
  function RadioGroup(o) {
    return h('div', { className: 'bp5-radio-group', role: 'radiogroup', 'aria-labelledby': o.name + '-label' },
      o.label ? h('label', { className: 'bp5-label', id: o.name + '-label' }, o.label) : null,
      o.options.map(function (op) {
        return h('label', { className: cx('bp5-control', 'bp5-radio', o.inline && 'bp5-inline') },
          h('input', { type: 'radio', name: o.name, value: op.value, checked: o.selected === op.value, onChange: function () { o.onChange(op.value); } }),
          h('span', { className: 'bp5-control-indicator' }),
          op.label);
      }));
  }
  function NonIdealState(o) {
    return h('div', { className: 'bp5-non-ideal-state' },
      h('div', { className: 'bp5-non-ideal-state-visual' }, o.visual || Icon(o.icon || 'search', { size: 48 })),
      h('div', { className: 'bp5-non-ideal-state-text' },
        o.title ? h('h4', { className: 'bp5-heading' }, o.title) : null,
        o.description ? h('div', null, o.description) : null),
      o.action || null);
  }
  function Breadcrumbs(items) {
    return h('ul', { className: 'bp5-breadcrumbs' }, items.map(function (t, i) {
      var last = i === items.length - 1;
      return h('li', null, h('span', { className: cx('bp5-breadcrumb', last && 'bp5-breadcrumb-current'), 'aria-current': last ? 'page' : null }, t));
    }));
  }
  function Section(title, sub, icon, body) {
    return h('div', { className: 'bp5-section bp5-compact' },
      h('div', { className: 'bp5-section-header' },
        h('div', { className: 'bp5-section-header-left' }, icon ? Icon(icon) : null,
          h('div', null, h('h6', { className: 'bp5-heading bp5-section-header-title' }, title),
            sub ? h('div', { className: 'bp5-text-muted bp5-text-small bp5-section-header-sub-title' }, sub) : null))),
      h('div', { className: 'bp5-card bp5-section-card' }, body));
  }
  function tc(name, phase) {
    if (phase === 'enter') return name + '-enter';
    if (phase === 'enter-active') return name + '-enter ' + name + '-enter-active';
    if (phase === 'enter-done') return name + '-enter-done';
    if (phase === 'exit') return name + '-exit';
    if (phase === 'exit-active') return name + '-exit ' + name + '-exit-active';
    return '';
  }
  function isExit(phase) { return phase === 'exit' || phase === 'exit-active'; }
  function raf2(fn) { requestAnimationFrame(function () { requestAnimationFrame(fn); }); }

  // ------------------------------------------------------------------ Overlay2: portals, transitions, focus
  var OV = {};
  var stack = [];
  var TARGETS = {};
  function draw(r) { r.v = mount(r.portal, r.v, r.build(r.phase)); }
  function tabbables(root) {
    return Array.prototype.filter.call(
      root.querySelectorAll('button:not([disabled]), input:not([disabled]), a[tabindex="0"], [tabindex="0"]'),
      function (el) { return !/focus-trap|bp5-overlay-backdrop|bp5-dialog-container/.test(el.className) && el.type !== 'hidden'; });
  }
  function focusInside(r) {
    var f = r.portal.querySelector('[autofocus]') || (r.o.focusSel && r.portal.querySelector(r.o.focusSel));
    if (f) f.focus({ preventScroll: true });
  }
  function updateBody() {
    var modal = stack.some(function (k) { return OV[k] && OV[k].o.modal; });
    document.body.classList.toggle('bp5-overlay-open', modal);
  }
  function syncOverlay(key, open, build, o) {
    var r = OV[key];
    if (open) {
      if (r && !r.closing) { r.build = build; r.o = o; draw(r); return; }
      if (r) { clearTimeout(r.t); r.portal.remove(); }
      r = OV[key] = { key: key, portal: document.createElement('div'), v: undefined, phase: 'enter', build: build, o: o, closing: false, prev: document.activeElement, t: 0 };
      r.portal.className = 'bp5-portal';
      document.body.appendChild(r.portal);
      draw(r);
      stack.push(key);
      updateBody();
      focusInside(r);
      raf2(function () {
        if (OV[key] !== r || r.closing) return;
        r.phase = 'enter-active';
        draw(r);
        r.t = setTimeout(function () {
          if (OV[key] !== r || r.closing) return;
          r.phase = 'enter-done';
          draw(r);
        }, o.duration);
      });
    } else if (r && !r.closing) {
      r.closing = true;
      clearTimeout(r.t);
      stack.splice(stack.indexOf(key), 1);
      updateBody();
      var hadFocus = r.portal.contains(document.activeElement) || document.activeElement === document.body;
      r.phase = 'exit';
      draw(r);
      if (hadFocus && r.prev && r.prev !== document.body && document.contains(r.prev)) r.prev.focus({ preventScroll: true });
      raf2(function () {
        if (OV[key] !== r) return;
        r.phase = 'exit-active';
        draw(r);
        r.t = setTimeout(function () {
          r.portal.remove();
          if (OV[key] === r) delete OV[key];
        }, o.duration);
      });
    }
  }
  function trap(key, which) {
    var r = OV[key];
    if (!r) return;
    var box = r.portal.querySelector('.bp5-dialog');
    var list = box ? tabbables(box) : [];
    if (!list.length) return;
    (which === 'start' ? list[list.length - 1] : list[0]).focus();
  }
  function PopoverFrame(phase, targetKey, cls, content, matchWidth) {
    var t = TARGETS[targetKey];
    var rect = t ? t.getBoundingClientRect() : { left: 0, bottom: 0, width: 0 };
    var style = 'position:absolute;left:' + Math.round(rect.left + window.scrollX) + 'px;top:' +
      Math.round(rect.bottom + window.scrollY + 2) + 'px;transform-origin:top left';
    var popStyle = matchWidth ? 'min-width:' + Math.max(Math.round(rect.width), 300) + 'px' : null;
    return h('div', { className: cx('bp5-overlay', !isExit(phase) && 'bp5-overlay-open') },
      h('div', { className: cx('bp5-popover-transition-container', 'bp5-overlay-content', tc('bp5-popover', phase)), style: style, tabindex: '-1' },
        h('div', { className: cx('bp5-popover', cls), style: popStyle },
          h('div', { className: 'bp5-popover-content' }, content))));
  }
  function DialogFrame(phase, key, outsideClose, dialog) {
    var t = tc('bp5-overlay', phase);
    return h('div', { className: cx('bp5-overlay', !isExit(phase) && 'bp5-overlay-open', 'bp5-overlay-scroll-container') },
      h('div', { className: 'bp5-overlay-start-focus-trap', tabindex: '0', onFocus: function () { trap(key, 'start'); } }),
      h('div', { className: cx('bp5-overlay-backdrop', t), tabindex: '0', onMouseDown: outsideClose || null }),
      h('div', { className: cx('bp5-dialog-container', 'bp5-overlay-content', t), tabindex: '0' }, dialog),
      h('div', { className: 'bp5-overlay-end-focus-trap', tabindex: '0', onFocus: function () { trap(key, 'end'); } }));
  }
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape' || !stack.length) return;
    var r = OV[stack[stack.length - 1]];
    if (r && r.o.onEsc) { e.preventDefault(); r.o.onEsc(); }
  });
  document.addEventListener('mousedown', function (e) {
    var t = e.target;
    stack.slice().forEach(function (k) {
      var r = OV[k];
      if (!r || r.closing || !r.o.onOutside) return;
      if (r.portal.contains(t)) return;
      var tg = TARGETS[r.o.target];
      if (tg && tg.contains(t)) return;
      r.o.onOutside();
    });
  }, true);
  document.addEventListener('focusin', function (e) {
    var t = e.target;
    for (var i = stack.length - 1; i >= 0; i--) {
      var r = OV[stack[i]];
      if (!r) continue;
      if (r.portal.contains(t)) return;
      if (r.o.modal) {
        if (toasterHost.contains(t)) return;
        var c = r.portal.querySelector('.bp5-dialog-container');
        if (c) c.focus({ preventScroll: true });
        return;
      }
    }
  });

  // ------------------------------------------------------------------ OverlayToaster
  var toasterHost = document.createElement('div');
  document.body.appendChild(toasterHost);
  var toasterV;
  var toastSeq = 0;
  function toast(t) {
    var item = { id: ++toastSeq, intent: t.intent, icon: t.icon, message: t.message, phase: 'enter', timer: 0 };
    S.toasts.unshift(item);
    startToastTimer(item);
    rerender();
    raf2(function () {
      if (item.phase !== 'enter') return;
      item.phase = 'enter-active';
      rerender();
      setTimeout(function () { if (item.phase === 'enter-active') { item.phase = 'enter-done'; rerender(); } }, 300);
    });
  }
  function startToastTimer(item) {
    clearTimeout(item.timer);
    item.timer = setTimeout(function () { dismissToast(item.id); }, 5000);
  }
  function dismissToast(id) {
    var item = S.toasts.filter(function (x) { return x.id === id; })[0];
    if (!item || isExit(item.phase)) return;
    clearTimeout(item.timer);
    item.phase = 'exit';
    rerender();
    raf2(function () {
      item.phase = 'exit-active';
      rerender();
      setTimeout(function () {
        S.toasts = S.toasts.filter(function (x) { return x.id !== id; });
        rerender();
      }, 300);
    });
  }
  function ToasterView() {
    return h('div', {
      className: cx('bp5-overlay', S.toasts.length && 'bp5-overlay-open', 'bp5-toast-container', 'bp5-toast-container-top', 'bp5-toast-container-in-portal'),
      'aria-live': 'polite'
    }, S.toasts.map(function (it) {
      return h('div', {
        key: 't' + it.id,
        className: cx('bp5-toast', it.intent && 'bp5-intent-' + it.intent, 'bp5-overlay-content', tc('bp5-toast', it.phase)),
        tabindex: '0',
        role: 'alert',
        onMouseEnter: function () { clearTimeout(it.timer); },
        onMouseLeave: function () { if (!isExit(it.phase)) startToastTimer(it); }
      },
        it.icon ? Icon(it.icon) : null,
        h('span', { className: 'bp5-toast-message' }, it.message),
        h('div', { className: 'bp5-button-group bp5-minimal' },
          Button({ icon: 'cross', attrs: { 'aria-label': 'Close' }, onClick: function () { dismissToast(it.id); } })));
    }));
  }

  // ------------------------------------------------------------------ state, scheduling, requests
  var API_PATH = '/api-registration/create-api-user';
  var PW_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
  var USER_RULE = /^[A-Za-z0-9]{4,15}$/;
  var S = {
    path: location.pathname,
    boot: null,
    bootError: null,
    navMenu: null,
    submenu: null,
    focusId: null,
    contactOpen: false,
    contact: { name: '', mobile: '', email: '', busy: false },
    login: null,
    api: null,
    sel: { open: false, query: '', active: 0 },
    toasts: []
  };
  function freshLogin() {
    return { stage: 'credentials', username: '', password: '', captcha: '', showPw: false, errors: {}, callout: null,
      busy: false, expired: false, capN: Date.now(), otp: '', otpError: null, mobile: '' };
  }
  function freshApi() {
    return { phase: 'sending', mobile: '', otp: '', otpError: null, busy: false, resending: false, resendIn: 0, gsps: [], gstin: '', regs: [],
      mode: '', gsp: '', username: '', password: '', confirm: '', showPw: false, errors: {}, verdict: null,
      confirmOpen: false, confirmText: null, submitting: false };
  }
  S.login = freshLogin();
  S.api = freshApi();

  var rootEl = document.getElementById('root');
  var mainV;
  var scheduled = false;
  var afterRender = [];
  function rerender() {
    if (scheduled) return;
    scheduled = true;
    Promise.resolve().then(flush);
  }
  function flush() {
    scheduled = false;
    mainV = mount(rootEl, mainV, App());
    syncOverlays();
    toasterV = mount(toasterHost, toasterV, ToasterView());
    var jobs = afterRender.splice(0);
    jobs.forEach(function (f) { f(); });
    if (S.focusId) {
      var f = document.getElementById(S.focusId);
      S.focusId = null;
      if (f) f.focus();
    }
  }

  var expiring = false;
  function api(method, url, body) {
    var headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    if (body) headers['Content-Type'] = 'application/json';
    return fetch(url, { method: method, credentials: 'same-origin', cache: 'no-store', headers: headers, body: body ? JSON.stringify(body) : undefined })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (d) {
          if (r.status === 401 && d.code === 'SESSION_EXPIRED') { sessionExpired(d.message); return null; }
          return { ok: r.ok, status: r.status, data: d };
        });
      }, function () {
        toast({ intent: 'danger', icon: 'error', message: 'Unable to reach the server. Check your connection and try again.' });
        return null;
      });
  }
  function sessionExpired(message) {
    if (expiring) return;
    expiring = true;
    setTimeout(function () { expiring = false; }, 1000);
    S.boot = null;
    S.contactOpen = false;
    S.navMenu = null;
    S.submenu = null;
    S.sel.open = false;
    S.api.confirmOpen = false;
    S.api.submitting = false;
    toast({ intent: 'danger', icon: 'error', message: message || 'Your session has expired. Please log in again.' });
    navigate('/login?expired=1');
  }

  // ------------------------------------------------------------------ routing
  function isProtected(p) { return p === '/dashboard' || p.indexOf('/api-registration/') === 0 || p.indexOf('/app/') === 0; }
  function navigate(path) {
    history.pushState(null, '', path);
    route();
  }
  var countdown = 0;
  function stopCountdown() { clearInterval(countdown); countdown = 0; }
  function route() {
    S.path = location.pathname;
    S.navMenu = null;
    S.submenu = null;
    S.sel.open = false;
    stopCountdown();
    if (S.path === '/login') {
      S.login = freshLogin();
      S.login.expired = new URLSearchParams(location.search).get('expired') === '1';
      S.focusId = 'login-username';
    }
    if (isProtected(S.path)) {
      if (!S.boot) loadBoot(); else enterRoute();
    }
    window.scrollTo(0, 0);
    rerender();
  }
  window.addEventListener('popstate', route);
  function loadBoot() {
    var path = S.path;
    S.bootError = null;
    api('GET', '/api/session').then(function (res) {
      if (!res) return;
      if (!res.ok) { S.bootError = (res.data && res.data.message) || 'Could not load your profile.'; rerender(); return; }
      S.boot = res.data;
      var c = res.data.contact || {};
      S.contact = { name: c.name || '', mobile: c.mobile || '', email: c.email || '', busy: false };
      if (res.data.contactPopup) S.contactOpen = true;
      if (S.path === path) enterRoute();
      rerender();
    });
  }
  function enterRoute() {
    if (S.path === API_PATH) sendApiOtp(false);
  }

  // ------------------------------------------------------------------ navbar and menus
  function slug(t) { return t.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''); }
  var MENUS = [
    { key: 'einv', text: 'e-Invoice', icon: 'document', items: [
      { text: 'Generate', icon: 'add' }, { text: 'Bulk Upload', icon: 'upload' }, { text: 'Cancel', icon: 'disable' },
      { text: 'Print', icon: 'print' }, { text: 'Generate E-way Bill by IRN', icon: 'document' }] },
    { key: 'mis', text: 'MIS Reports', icon: 'chart', items: [
      { text: 'IRN Details by Document', icon: 'search' }, { text: 'Generated IRNs', icon: 'th' }, { text: 'Cancelled IRNs', icon: 'th' }] },
    { key: 'api', text: 'API Registration', icon: 'key', items: [
      { text: 'User Credentials', icon: 'user', children: [
        { text: 'Create API User', icon: 'add', path: API_PATH },
        { text: 'Change API Password', icon: 'lock' },
        { text: 'Freeze API User', icon: 'disable' }] },
      { text: 'IP Whitelisting', icon: 'shield' }] },
    { key: 'users', text: 'User Management', icon: 'people', items: [
      { text: 'Create Sub-user', icon: 'add' }, { text: 'Update Sub-user', icon: 'user' }, { text: 'Freeze Sub-user', icon: 'disable' }] }
  ];
  var subTimer = 0;
  function subOpen(key, now) {
    clearTimeout(subTimer);
    if (now) { S.submenu = key; rerender(); return; }
    subTimer = setTimeout(function () { S.submenu = key; rerender(); }, 150);
  }
  function subClose(key) {
    clearTimeout(subTimer);
    subTimer = setTimeout(function () { if (S.submenu === key) { S.submenu = null; rerender(); } }, 0);
  }
  function pick(it) {
    S.navMenu = null;
    S.submenu = null;
    navigate(it.path || '/app/' + slug(it.text));
  }
  function onEnter(fn) {
    return function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); fn(); } };
  }
  function MenuList(items, parentKey) {
    return h('ul', { className: 'bp5-menu', role: 'menu' }, items.map(function (it, i) {
      var key = parentKey + '.' + i;
      if (!it.children) {
        return h('li', { role: 'none' },
          h('a', { className: 'bp5-menu-item bp5-popover-dismiss', role: 'menuitem', tabindex: '0',
            onClick: function () { pick(it); }, onKeyDown: onEnter(function () { pick(it); }) },
            it.icon ? Icon(it.icon) : null,
            h('div', { className: 'bp5-text-overflow-ellipsis bp5-fill' }, it.text)));
      }
      var open = S.submenu === key;
      return h('li', { className: 'bp5-submenu', role: 'none',
        onMouseEnter: function () { subOpen(key, false); },
        onMouseLeave: function () { subClose(key); },
        onFocusOut: function (e) { if (!e.currentTarget.contains(e.relatedTarget)) subClose(key); } },
        h('span', { className: cx('bp5-popover-target', open && 'bp5-popover-open') },
          h('a', { className: 'bp5-menu-item', role: 'menuitem', tabindex: '0', 'aria-haspopup': 'true', 'aria-expanded': open ? 'true' : 'false',
            onFocus: function () { subOpen(key, false); },
            onKeyDown: function (e) {
              if (e.key === 'ArrowRight' || e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                subOpen(key, true);
                afterRender.push(function () {
                  var first = document.querySelector('.bp5-submenu .bp5-popover.bp5-submenu .bp5-menu-item');
                  if (first) first.focus();
                });
              }
            } },
            it.icon ? Icon(it.icon) : null,
            h('div', { className: 'bp5-text-overflow-ellipsis bp5-fill' }, it.text),
            Icon('caret-right', { className: 'bp5-submenu-icon' }))),
        open ? h('div', { className: 'bp5-overlay bp5-overlay-open bp5-overlay-inline' },
          h('div', { className: 'bp5-popover-transition-container bp5-overlay-content bp5-popover-enter-done', style: 'left:100%;top:-5px' },
            h('div', { className: 'bp5-popover bp5-minimal bp5-submenu' },
              h('div', { className: 'bp5-popover-content' }, MenuList(it.children, key))))) : null);
    }));
  }
  function closeNav() { S.navMenu = null; S.submenu = null; rerender(); }
  function NavDropdown(m) {
    var open = S.navMenu === m.key;
    return h('span', { className: cx('bp5-popover-target', open && 'bp5-popover-open'), ref: function (el) { TARGETS['nav-' + m.key] = el; } },
      Button({ minimal: true, icon: m.icon, text: m.text, rightIcon: 'caret-down', active: open,
        attrs: { 'aria-haspopup': 'menu', 'aria-expanded': open ? 'true' : 'false' },
        onClick: function () { S.navMenu = open ? null : m.key; S.submenu = null; rerender(); } }));
  }
  function Navbar(app) {
    var left = [
      h('div', { className: 'bp5-navbar-heading' },
        h('span', { className: 'app-brand-logo', 'aria-hidden': 'true', html: window.EINV_LOGO.replace('width="32" height="32"', 'width="24" height="24"') }),
        'e-Invoice System'),
      h('span', { className: 'bp5-navbar-divider' })
    ];
    var right;
    if (app) {
      left.push(Button({ minimal: true, icon: 'dashboard', text: 'Dashboard', active: S.path === '/dashboard', onClick: function () { navigate('/dashboard'); } }));
      MENUS.forEach(function (m) { left.push(NavDropdown(m)); });
      right = [
        S.boot ? h('span', { className: 'app-user-chip' }, Icon('user'), S.boot.username) : null,
        Button({ minimal: true, icon: 'log-out', text: 'Logout', onClick: logout })
      ];
    } else {
      left.push(Button({ minimal: true, icon: 'home', text: 'Home', active: S.path === '/', onClick: function () { navigate('/'); } }));
      left.push(Button({ minimal: true, icon: 'help', text: 'Help', onClick: function () {
        toast({ intent: 'primary', icon: 'info-sign', message: 'e-Invoice help desk: 1800-1200-232 (toll free), 9 AM to 9 PM.' });
      } }));
      right = [Button({ minimal: true, intent: 'primary', icon: 'log-in', text: 'Login', active: S.path === '/login', onClick: function () { navigate('/login'); } })];
    }
    return h('nav', { className: 'bp5-navbar bp5-fixed-top' },
      h('div', { className: 'bp5-navbar-group bp5-align-left' }, left),
      h('div', { className: 'bp5-navbar-group bp5-align-right' }, right));
  }
  function logout() {
    api('POST', '/api/auth/logout', {}).then(function () {
      S.boot = null;
      toast({ intent: 'success', icon: 'tick', message: 'You have been logged out.' });
      navigate('/');
    });
  }

  // ------------------------------------------------------------------ home and login
  function HomePage() {
    return h('div', { className: 'app-hero' },
      h('div', { className: 'bp5-card bp5-elevation-1' },
        h('h2', { className: 'bp5-heading' }, 'e-Invoice System'),
        h('p', { className: 'bp5-text-large bp5-text-muted bp5-running-text' },
          'Invoice Registration Portal for reporting B2B invoices under GST and obtaining the Invoice Reference Number (IRN) and signed QR code.'),
        Callout({ intent: 'primary', icon: 'info-sign', title: 'Two-factor authentication is mandatory' },
          'From 1 April 2025, after the user name, password and captcha, login asks for an OTP sent to the registered mobile number, the Sandes app or the NIC-GST-Shield app.'),
        h('div', { className: 'bp5-running-text', style: 'margin-top:15px' },
          h('p', null, 'Taxpayers can generate IRNs on this portal, in bulk with the offline tool, or through the API of a GST Suvidha Provider (GSP) or their ERP.'),
          h('p', null, 'To let a GSP report invoices for your GSTIN, log in and create an API user under API Registration.'))),
      h('div', { className: 'app-side' },
        h('div', { className: 'bp5-card bp5-elevation-1' },
          h('h5', { className: 'bp5-heading' }, 'Latest updates'),
          h('ul', { className: 'app-news bp5-running-text' },
            h('li', null, 'Two-factor authentication for all taxpayers from 1 April 2025.'),
            h('li', null, 'Invoices older than 30 days cannot be reported by taxpayers with AATO of 10 crore and above.'),
            h('li', null, 'NIC-GST-Shield app available for time-based OTPs.'))),
        h('div', { className: 'bp5-card bp5-elevation-1' },
          h('h5', { className: 'bp5-heading' }, 'Help desk'),
          h('div', { className: 'bp5-text-muted' }, Icon('phone'), ' 1800-1200-232 (toll free)'),
          h('div', { className: 'bp5-text-muted', style: 'margin-top:6px' }, Icon('envelope'), ' support.einvoice@gov.in'))));
  }
  function clearErr(obj, key) { if (obj.errors[key]) delete obj.errors[key]; }
  function LoginForm(L) {
    var e = L.errors;
    return h('form', { onSubmit: submitLogin, novalidate: true, autocomplete: 'off' },
      h('h4', { className: 'bp5-heading' }, 'Login'),
      h('p', { className: 'bp5-text-muted' }, 'Log in with your e-Invoice / GST portal user name.'),
      L.expired ? Callout({ intent: 'warning', icon: 'warning-sign' }, 'Your session has expired. Please log in again.') : null,
      L.callout ? Callout({ intent: 'danger', icon: 'error', role: 'alert' }, L.callout) : null,
      FormGroup({ label: 'Username', labelFor: 'login-username', labelInfo: '(required)', intent: e.username ? 'danger' : null, helper: e.username, className: 'app-first' },
        InputGroup({ id: 'login-username', leftIcon: 'user', placeholder: 'Enter Username', value: L.username, autoComplete: 'username',
          intent: e.username ? 'danger' : null,
          onInput: function (ev) { L.username = ev.target.value; clearErr(L, 'username'); rerender(); } })),
      FormGroup({ label: 'Password', labelFor: 'login-password', labelInfo: '(required)', intent: e.password ? 'danger' : null, helper: e.password },
        InputGroup({ id: 'login-password', type: L.showPw ? 'text' : 'password', leftIcon: 'lock', placeholder: 'Enter Password', value: L.password,
          autoComplete: 'current-password', intent: e.password ? 'danger' : null,
          onInput: function (ev) { L.password = ev.target.value; clearErr(L, 'password'); rerender(); },
          rightElement: Button({ minimal: true, icon: L.showPw ? 'eye-off' : 'eye-open', attrs: { 'aria-label': L.showPw ? 'Hide password' : 'Show password' },
            onClick: function () { L.showPw = !L.showPw; rerender(); } }) })),
      FormGroup({ label: 'Captcha', labelFor: 'login-captcha', labelInfo: '(required)', intent: e.captcha ? 'danger' : null, helper: e.captcha },
        [h('div', { className: 'app-captcha-row' },
          h('img', { className: 'app-captcha-img', src: '/api/captcha?r=' + L.capN, alt: 'Captcha', width: '150', height: '46' }),
          Button({ minimal: true, icon: 'refresh', attrs: { 'aria-label': 'Refresh captcha', title: 'Refresh captcha' },
            onClick: function () { L.capN = Date.now(); rerender(); } })),
        InputGroup({ id: 'login-captcha', placeholder: 'Enter the characters shown', value: L.captcha, intent: e.captcha ? 'danger' : null,
          attrs: { maxlength: '6', spellcheck: 'false', autocapitalize: 'off' },
          onInput: function (ev) { L.captcha = ev.target.value; clearErr(L, 'captcha'); rerender(); } })]),
      Button({ type: 'submit', text: 'Login', intent: 'primary', fill: true, loading: L.busy }));
  }
  function submitLogin(ev) {
    ev.preventDefault();
    var L = S.login;
    if (L.busy) return;
    var errs = {};
    if (!L.username.trim()) errs.username = 'Username is required.';
    if (!L.password) errs.password = 'Password is required.';
    if (!L.captcha.trim()) errs.captcha = 'Enter the characters shown in the image.';
    L.errors = errs;
    L.callout = null;
    if (Object.keys(errs).length) { rerender(); return; }
    L.busy = true;
    rerender();
    api('POST', '/api/auth/login', { username: L.username.trim(), password: L.password, captcha: L.captcha.trim() }).then(function (res) {
      L.busy = false;
      if (!res) { rerender(); return; }
      if (res.ok) {
        L.stage = 'otp';
        L.mobile = res.data.mobile;
        L.otp = '';
        L.otpError = null;
        L.callout = null;
        L.expired = false;
        S.focusId = 'login-otp';
      } else {
        var d = res.data || {};
        L.callout = d.message || 'Login failed.';
        if (d.field === 'captcha') { L.errors = { captcha: d.message }; S.focusId = 'login-captcha'; }
        if (d.field === 'credentials') { L.password = ''; S.focusId = 'login-password'; }
        L.captcha = '';
        L.capN = Date.now();
      }
      rerender();
    });
  }
  function LoginOtp(L) {
    return h('form', { onSubmit: submitLoginOtp, novalidate: true, autocomplete: 'off' },
      h('h4', { className: 'bp5-heading' }, 'Verify OTP'),
      Callout({ intent: 'primary', icon: 'mobile-phone', title: 'Two-factor authentication' },
        'An OTP has been sent to your registered mobile number ' + L.mobile + '. You can also use the code shown in the Sandes app or the NIC-GST-Shield app.'),
      FormGroup({ label: 'Enter OTP', labelFor: 'login-otp', labelInfo: '(required)', intent: L.otpError ? 'danger' : null, helper: L.otpError || 'The OTP has 6 digits.' },
        InputGroup({ id: 'login-otp', leftIcon: 'key', placeholder: '6-digit OTP', value: L.otp, intent: L.otpError ? 'danger' : null,
          attrs: { inputmode: 'numeric', maxlength: '6', autocomplete: 'one-time-code' },
          onInput: function (ev) { L.otp = ev.target.value; L.otpError = null; rerender(); } })),
      Button({ type: 'submit', text: 'Verify OTP', intent: 'primary', fill: true, loading: L.busy }),
      h('div', { className: 'app-otp-actions', style: 'margin-top:10px;justify-content:space-between' },
        Button({ minimal: true, small: true, icon: 'arrow-left', text: 'Back', onClick: function () { S.login = freshLogin(); S.focusId = 'login-username'; rerender(); } }),
        Button({ minimal: true, small: true, intent: 'primary', icon: 'refresh', text: 'Resend OTP', onClick: resendLoginOtp })));
  }
  function submitLoginOtp(ev) {
    ev.preventDefault();
    var L = S.login;
    if (L.busy) return;
    var v = L.otp.trim();
    if (!v) { L.otpError = 'Enter the OTP.'; rerender(); return; }
    if (!/^\d{6}$/.test(v)) { L.otpError = 'The OTP must be 6 digits.'; rerender(); return; }
    L.busy = true;
    rerender();
    api('POST', '/api/auth/otp', { otp: v }).then(function (res) {
      L.busy = false;
      if (!res) { rerender(); return; }
      if (res.ok) {
        S.boot = null;
        navigate('/dashboard');
        return;
      }
      L.otpError = (res.data && res.data.message) || 'OTP verification failed.';
      L.otp = '';
      S.focusId = 'login-otp';
      rerender();
    });
  }
  function resendLoginOtp() {
    api('POST', '/api/auth/otp/resend', {}).then(function (res) {
      if (res && res.ok) toast({ intent: 'primary', icon: 'mobile-phone', message: 'A new OTP has been sent to ' + res.data.mobile + '.' });
    });
  }
  function LoginPage() {
    var L = S.login;
    return h('div', { className: 'app-login-wrap' },
      h('div', { className: 'bp5-card bp5-elevation-2 app-login-card' }, L.stage === 'otp' ? LoginOtp(L) : LoginForm(L)));
  }

  // ------------------------------------------------------------------ dashboard, contact dialog, other modules
  function StatCard(title, value, note, icon) {
    return h('div', { className: 'bp5-card bp5-elevation-1' },
      h('h5', { className: 'bp5-heading' }, Icon(icon), ' ', title),
      h('div', { className: 'app-stat' }, value),
      h('div', { className: 'bp5-text-muted' }, note));
  }
  function PageHeader(title) {
    var b = S.boot;
    return h('div', { className: 'app-page-header' },
      h('div', null,
        h('h3', { className: 'bp5-heading' }, title),
        h('div', { className: 'bp5-text-muted' }, b.legalName + ' \u00b7 GSTIN ' + b.gstin + ' \u00b7 ' + b.stateName)),
      h('span', { className: 'bp5-tag bp5-minimal bp5-intent-primary' }, new Date().toLocaleDateString('en-IN', { day: '2-digit', month: 'short', year: 'numeric' })));
  }
  function Dashboard() {
    return [
      Breadcrumbs(['Home', 'Dash Board']),
      PageHeader('Dash Board'),
      h('div', { className: 'app-row' },
        StatCard('Generations', '0', 'IRNs generated today', 'tick-circle'),
        StatCard('Cancelled', '0', 'IRNs cancelled today', 'disable'),
        StatCard('E-way Bills', '0', 'E-way bills generated by IRN today', 'document')),
      h('div', { style: 'height:20px' }),
      Section('Recent activity', 'Last 7 days', 'th',
        NonIdealState({ icon: 'document', title: 'No invoices reported yet', description: 'Invoices reported for this GSTIN will be listed here.' }))
    ];
  }
  function ModulePage() {
    var name = S.path.replace('/app/', '').replace(/-/g, ' ');
    name = name.charAt(0).toUpperCase() + name.slice(1);
    return [
      Breadcrumbs(['Home', name]),
      PageHeader(name),
      h('div', { className: 'bp5-card bp5-elevation-1' },
        NonIdealState({ icon: 'search', title: 'Nothing to show', description: 'There are no records for this GSTIN yet.',
          action: Button({ text: 'Back to Dash Board', icon: 'arrow-left', onClick: function () { navigate('/dashboard'); } }) }))
    ];
  }
  function closeContact() { S.contactOpen = false; rerender(); }
  function updateContact() {
    S.contact.busy = true;
    rerender();
    api('POST', '/api/contact', { name: S.contact.name, mobile: S.contact.mobile, email: S.contact.email }).then(function (res) {
      S.contact.busy = false;
      if (res && res.ok) {
        toast({ intent: 'success', icon: 'tick', message: res.data.message || 'Technical contact details updated.' });
        S.contactOpen = false;
      }
      rerender();
    });
  }
  function ContactDialog(phase) {
    var c = S.contact;
    function field(label, id, key, icon, type) {
      return FormGroup({ label: label, labelFor: id },
        InputGroup({ id: id, leftIcon: icon, type: type || 'text', value: c[key], onInput: function (ev) { c[key] = ev.target.value; rerender(); } }));
    }
    return DialogFrame(phase, 'contact', closeContact,
      h('div', { className: 'bp5-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'title-bp5-dialog-header-contact' },
        h('div', { className: 'bp5-dialog-header' },
          Icon('people'),
          h('h6', { className: 'bp5-heading', id: 'title-bp5-dialog-header-contact' }, 'Contacts of Technical Person'),
          Button({ minimal: true, icon: 'small-cross', iconSize: 20, className: 'bp5-dialog-close-button', attrs: { 'aria-label': 'Close' }, onClick: closeContact })),
        h('div', { className: 'bp5-dialog-body' },
          h('p', null, 'Please confirm the technical person of your organisation whom NIC may contact about e-invoice API integration and changes.'),
          field('Name', 'tech-name', 'name', 'user'),
          field('Mobile', 'tech-mobile', 'mobile', 'phone', 'tel'),
          field('E-mail', 'tech-email', 'email', 'envelope', 'email')),
        h('div', { className: 'bp5-dialog-footer' },
          h('div', { className: 'bp5-dialog-footer-actions' },
            Button({ text: 'Exit', intent: 'danger', onClick: closeContact }),
            Button({ text: 'Update', intent: 'primary', loading: c.busy, onClick: updateContact })))));
  }

  // ------------------------------------------------------------------ Create API User: OTP
  function startCountdown(n) {
    stopCountdown();
    S.api.resendIn = n;
    countdown = setInterval(function () {
      S.api.resendIn = Math.max(0, S.api.resendIn - 1);
      if (!S.api.resendIn) stopCountdown();
      rerender();
    }, 1000);
  }
  function sendApiOtp(resend) {
    var A;
    if (!resend) { S.api = freshApi(); A = S.api; } else { A = S.api; A.resending = true; }
    rerender();
    api('POST', '/api/api-user/otp/send', { resend: !!resend }).then(function (res) {
      A.resending = false;
      if (S.api !== A || S.path !== API_PATH) return;
      if (!res) {
        if (A.phase === 'sending') { A.phase = 'otp'; A.otpError = 'The OTP could not be sent. Click Resend OTP.'; }
        rerender();
        return;
      }
      A.phase = 'otp';
      if (res.ok) {
        A.mobile = res.data.mobile;
        A.otp = '';
        A.otpError = null;
        startCountdown(30);
        toast({ intent: 'primary', icon: 'mobile-phone', message: (resend ? 'A new OTP has been sent' : 'OTP has been sent') + ' to your registered mobile number ' + res.data.mobile + '.' });
        S.focusId = 'api-otp';
      } else {
        A.otpError = (res.data && res.data.message) || 'The OTP could not be sent.';
      }
      rerender();
    });
  }
  function verifyApiOtp(ev) {
    ev.preventDefault();
    var A = S.api;
    if (A.busy) return;
    var v = A.otp.trim();
    if (!v) { A.otpError = 'Enter the OTP.'; rerender(); return; }
    if (!/^\d{6}$/.test(v)) { A.otpError = 'The OTP must be 6 digits.'; rerender(); return; }
    A.busy = true;
    rerender();
    api('POST', '/api/api-user/otp/verify', { otp: v }).then(function (res) {
      A.busy = false;
      if (!res || S.api !== A) { rerender(); return; }
      if (res.ok) {
        stopCountdown();
        A.phase = 'form';
        A.gstin = res.data.gstin;
        A.regs = res.data.registrations || [];
        A.gsps = res.data.gsps || [];
        toast({ intent: 'success', icon: 'tick', message: 'OTP verified successfully.' });
      } else {
        A.otpError = (res.data && res.data.message) || 'OTP verification failed.';
        A.otp = '';
        S.focusId = 'api-otp';
      }
      rerender();
    });
  }
  function ApiOtpCard(A) {
    return h('div', { className: 'bp5-card bp5-elevation-1', style: 'max-width:560px' },
      h('h5', { className: 'bp5-heading' }, 'API Registration'),
      A.mobile ? Callout({ intent: 'primary', icon: 'mobile-phone' },
        'An OTP has been sent to your registered mobile number ' + A.mobile + '. It is valid for 10 minutes.') : null,
      h('form', { onSubmit: verifyApiOtp, novalidate: true, autocomplete: 'off', style: 'margin-top:15px' },
        FormGroup({ label: 'Enter OTP', labelFor: 'api-otp', labelInfo: '(required)', intent: A.otpError ? 'danger' : null, helper: A.otpError },
          InputGroup({ id: 'api-otp', leftIcon: 'mobile-phone', placeholder: 'Enter OTP', value: A.otp, intent: A.otpError ? 'danger' : null,
            attrs: { inputmode: 'numeric', maxlength: '6', autocomplete: 'one-time-code', style: 'max-width:260px' },
            onInput: function (ev) { A.otp = ev.target.value; A.otpError = null; rerender(); } })),
        h('div', { className: 'app-otp-actions' },
          Button({ type: 'submit', text: 'Verify OTP', intent: 'primary', loading: A.busy }),
          Button({ minimal: true, intent: 'primary', icon: 'refresh', text: A.resendIn > 0 ? 'Resend OTP (' + A.resendIn + 's)' : 'Resend OTP',
            disabled: A.resendIn > 0 || A.busy || A.resending, onClick: function () { sendApiOtp(true); } }),
          Button({ minimal: true, text: 'Exit', onClick: function () { navigate('/dashboard'); } }))));
  }

  // ------------------------------------------------------------------ Create API User: Select (GSP)
  function gspList() {
    var q = S.sel.query.trim().toLowerCase();
    var all = S.api.gsps || [];
    return q ? all.filter(function (g) { return g.toLowerCase().indexOf(q) >= 0; }) : all.slice();
  }
  function openSelect() {
    var list = gspList();
    var i = list.indexOf(S.api.gsp);
    S.sel.open = true;
    S.sel.active = i >= 0 ? i : 0;
    afterRender.push(scrollActive);
    rerender();
  }
  function closeSelect(focusButton) {
    S.sel.open = false;
    rerender();
    if (focusButton) afterRender.push(function () { var b = TARGETS.gsp && TARGETS.gsp.querySelector('button'); if (b) b.focus(); });
  }
  function chooseGsp(g) {
    S.api.gsp = g;
    clearErr(S.api, 'gsp');
    closeSelect(true);
  }
  function scrollActive() {
    var a = document.querySelector('.bp5-select-popover .bp5-menu-item.bp5-active');
    if (a) a.scrollIntoView({ block: 'nearest' });
  }
  function selectKeys(e) {
    var list = gspList();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!list.length) return;
      var n = S.sel.active + (e.key === 'ArrowDown' ? 1 : -1);
      S.sel.active = (n + list.length) % list.length;
      afterRender.push(scrollActive);
      rerender();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      var g = list[S.sel.active];
      if (g) chooseGsp(g);
    }
  }
  function SelectContent() {
    var list = gspList();
    var A = S.api;
    return [
      InputGroup({ leftIcon: 'search', placeholder: 'Filter...', value: S.sel.query,
        attrs: { autofocus: true, 'aria-autocomplete': 'list', 'aria-controls': 'listbox-gsp' },
        onInput: function (ev) { S.sel.query = ev.target.value; S.sel.active = 0; rerender(); },
        onKeyDown: selectKeys }),
      h('ul', { className: 'bp5-menu', role: 'listbox', id: 'listbox-gsp' },
        list.length ? list.map(function (g, i) {
          var selected = g === A.gsp;
          return h('li', { role: 'none' },
            h('a', { className: cx('bp5-menu-item', i === S.sel.active && 'bp5-active', selected && 'bp5-selected', 'bp5-popover-dismiss'),
              role: 'option', tabindex: '0', 'aria-selected': selected ? 'true' : 'false',
              onClick: function () { chooseGsp(g); }, onKeyDown: onEnter(function () { chooseGsp(g); }) },
              Icon(selected ? 'tick' : 'blank'),
              h('div', { className: 'bp5-text-overflow-ellipsis bp5-fill' }, g)));
        }) : h('li', { role: 'none' },
          h('a', { className: 'bp5-menu-item bp5-disabled', role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' },
            h('div', { className: 'bp5-text-overflow-ellipsis bp5-fill' }, 'No results.'))))
    ];
  }
  function GspSelect(A) {
    var open = S.sel.open;
    return h('div', { className: cx('bp5-popover-target', open && 'bp5-popover-open', 'app-select-target'), role: 'combobox',
      'aria-haspopup': 'listbox', 'aria-expanded': open ? 'true' : 'false', 'aria-controls': 'listbox-gsp',
      ref: function (el) { TARGETS.gsp = el; } },
      Button({ text: A.gsp || 'Select a GSP\u2026', rightIcon: 'caret-down', fill: true, alignLeft: true, active: open,
        onClick: function () { if (S.sel.open) closeSelect(false); else openSelect(); },
        onKeyDown: function (e) { if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !S.sel.open) { e.preventDefault(); openSelect(); } } }));
  }

  // ------------------------------------------------------------------ Create API User: the form
  var MODE_NOTES = {
    DIRECT: 'Direct API access needs a Client ID and Client Secret and is given only to taxpayers whose aggregate turnover is above the notified threshold. This GSTIN is not eligible.',
    ERP: 'Registration through ERP needs the Client ID of an ERP already whitelisted by NIC for your PAN. No such ERP is linked to this GSTIN.',
    OTHER: 'Registration through the Client-Id of another GSTIN needs a GSTIN of the same PAN with direct API access. None is linked to this PAN.'
  };
  function setField(key) {
    return function (ev) { S.api[key] = ev.target.value; clearErr(S.api, key); rerender(); };
  }
  function GspFields(A) {
    var e = A.errors;
    var eye = function () {
      return Button({ minimal: true, icon: A.showPw ? 'eye-off' : 'eye-open', attrs: { 'aria-label': A.showPw ? 'Hide password' : 'Show password' },
        onClick: function () { A.showPw = !A.showPw; rerender(); } });
    };
    return [
      FormGroup({ label: 'Select your GSP', labelInfo: '(required)', intent: e.gsp ? 'danger' : null, helper: e.gsp }, GspSelect(A)),
      FormGroup({ label: 'Username', labelFor: 'api-username', labelInfo: '(required)', intent: e.username ? 'danger' : null,
        helper: e.username || 'Type 4 to 15 letters or digits. Your API user name will be API_ followed by them.' },
        InputGroup({ id: 'api-username', leftElement: h('span', { className: 'bp5-tag bp5-minimal' }, 'API_'), value: A.username,
          placeholder: 'user name', intent: e.username ? 'danger' : null, attrs: { style: 'padding-left:50px', maxlength: '15', spellcheck: 'false' },
          onInput: setField('username') })),
      h('div', { className: 'app-form-grid' },
        FormGroup({ label: 'Password', labelFor: 'api-password', labelInfo: '(required)', intent: e.password ? 'danger' : null,
          helper: e.password || '8 to 15 characters with an upper-case letter, a lower-case letter, a digit and a special character.' },
          InputGroup({ id: 'api-password', type: A.showPw ? 'text' : 'password', leftIcon: 'lock', value: A.password, autoComplete: 'new-password',
            intent: e.password ? 'danger' : null, attrs: { maxlength: '15' }, onInput: setField('password'), rightElement: eye() })),
        FormGroup({ label: 'Re-enter Password', labelFor: 'api-confirm', labelInfo: '(required)', intent: e.confirm ? 'danger' : null, helper: e.confirm },
          InputGroup({ id: 'api-confirm', type: A.showPw ? 'text' : 'password', leftIcon: 'lock', value: A.confirm, autoComplete: 'new-password',
            intent: e.confirm ? 'danger' : null, attrs: { maxlength: '15' }, onInput: setField('confirm') })))
    ];
  }
  function askConfirm(ev) {
    ev.preventDefault();
    var A = S.api;
    var errs = {};
    var u = A.username.trim();
    if (!A.mode) errs.mode = 'Select how you wish to register your GSTIN.';
    else if (A.mode !== 'GSP') errs.mode = 'This option is not available for this GSTIN.';
    else {
      if (!A.gsp) errs.gsp = 'Select your GSP.';
      if (!u) errs.username = 'Enter the user name.';
      else if (!USER_RULE.test(u)) errs.username = 'Enter 4 to 15 letters or digits after API_.';
      if (!A.password) errs.password = 'Enter the password.';
      else if (!PW_RULE.test(A.password)) errs.password = 'Password must be 8 to 15 characters with an upper-case letter, a lower-case letter, a digit and a special character.';
      if (!A.confirm) errs.confirm = 'Re-enter the password.';
      else if (A.confirm !== A.password) errs.confirm = 'Passwords do not match.';
    }
    A.errors = errs;
    if (Object.keys(errs).length) { rerender(); return; }
    A.confirmText = { user: 'API_' + u, gsp: A.gsp };
    A.confirmOpen = true;
    rerender();
  }
  function doRegister() {
    var A = S.api;
    if (A.submitting) return;
    A.submitting = true;
    rerender();
    api('POST', '/api/api-user/register', { mode: 'GSP', gsp: A.gsp, username: A.username.trim(), password: A.password, confirmPassword: A.confirm })
      .then(function (res) {
        A.submitting = false;
        A.confirmOpen = false;
        if (!res || S.api !== A) { rerender(); return; }
        var d = res.data || {};
        if (res.ok) {
          A.regs = d.registrations || A.regs;
          A.verdict = { intent: 'success', icon: 'tick-circle', title: 'API user created', text: d.message };
          A.username = '';
          A.password = '';
          A.confirm = '';
          A.gsp = '';
          toast({ intent: 'success', icon: 'tick', message: d.message });
        } else {
          var title = 'Registration failed';
          if (d.code === 'ALREADY_REGISTERED') { A.errors = { gsp: d.message }; title = 'Already registered'; }
          else if (d.code === 'USERNAME_TAKEN') { A.errors = { username: d.message }; title = 'User name not available'; }
          else if (d.fieldErrors) {
            var fe = d.fieldErrors;
            A.errors = { gsp: fe.gsp, username: fe.username, password: fe.password, confirm: fe.confirmPassword };
            Object.keys(A.errors).forEach(function (k) { if (!A.errors[k]) delete A.errors[k]; });
          }
          A.verdict = { intent: 'danger', icon: 'error', title: title, text: d.message || 'The API user could not be created.' };
          toast({ intent: 'danger', icon: 'warning-sign', message: d.message || 'The API user could not be created.' });
        }
        afterRender.push(function () {
          var c = document.querySelector('.app-verdict');
          if (c) c.scrollIntoView({ block: 'nearest' });
        });
        rerender();
      });
  }
  function ConfirmAlert(phase) {
    var A = S.api;
    var t = A.confirmText || { user: '', gsp: '' };
    return DialogFrame(phase, 'confirm', null,
      h('div', { className: 'bp5-dialog bp5-alert', role: 'alertdialog', 'aria-modal': 'true', 'aria-describedby': 'bp5-alert-contents-register' },
        h('div', { className: 'bp5-alert-body' },
          Icon('help', { size: 40, intent: 'primary' }),
          h('div', { className: 'bp5-alert-contents', id: 'bp5-alert-contents-register' },
            h('p', null, 'Register API user ', h('strong', null, t.user), ' for ', h('strong', null, t.gsp), '?'),
            h('p', null, 'Note the user name and password: you will need them for the Authentication API.'))),
        h('div', { className: 'bp5-alert-footer' },
          Button({ text: 'Yes, Register', intent: 'primary', loading: A.submitting, onClick: doRegister }),
          Button({ text: 'Cancel', disabled: A.submitting, onClick: function () { A.confirmOpen = false; rerender(); } }))));
  }
  function RegistrationCard(A) {
    var e = A.errors;
    return h('div', { className: 'bp5-card bp5-elevation-1', style: 'max-width:760px' },
      h('h5', { className: 'bp5-heading' }, 'API Registration'),
      A.verdict ? Callout({ intent: A.verdict.intent, icon: A.verdict.icon, title: A.verdict.title, role: 'alert', className: 'app-verdict' }, A.verdict.text) : null,
      h('form', { onSubmit: askConfirm, novalidate: true, autocomplete: 'off', style: 'margin-top:15px' },
        FormGroup({ label: 'GSTIN', labelFor: 'api-gstin' },
          InputGroup({ id: 'api-gstin', leftIcon: 'office', value: A.gstin, disabled: true, attrs: { style: 'max-width:260px' } })),
        FormGroup({ intent: e.mode ? 'danger' : null, helper: e.mode },
          RadioGroup({ label: 'Do you wish to Register your GSTIN for', name: 'reg-mode', selected: A.mode, inline: true,
            options: [
              { value: 'DIRECT', label: 'Directly' },
              { value: 'GSP', label: 'Through GSP' },
              { value: 'ERP', label: 'Through ERP' },
              { value: 'OTHER', label: 'Through Client-Id of other' }],
            onChange: function (v) { A.mode = v; clearErr(A, 'mode'); rerender(); } })),
        A.mode === 'GSP' ? GspFields(A) : null,
        A.mode && A.mode !== 'GSP' ? Callout({ intent: 'warning', icon: 'warning-sign', className: 'app-mode-note' }, MODE_NOTES[A.mode]) : null,
        h('div', { className: 'app-form-actions', style: 'margin-top:15px' },
          Button({ type: 'submit', text: 'Submit', intent: 'primary' }),
          Button({ text: 'Exit', onClick: function () { navigate('/dashboard'); } }))));
  }
  function RegisteredSection(A) {
    return Section('GSPs registered for GSTIN ' + A.gstin, A.regs.length + (A.regs.length === 1 ? ' registration' : ' registrations'), 'th',
      A.regs.length ? h('table', { className: 'bp5-html-table bp5-html-table-striped bp5-compact' },
        h('thead', null, h('tr', null, ['#', 'GSP Name', 'API Username', 'Created On', 'Status'].map(function (c) { return h('th', null, c); }))),
        h('tbody', null, A.regs.map(function (r, i) {
          return h('tr', { key: r.gsp + r.username },
            h('td', null, String(i + 1)),
            h('td', null, r.gsp),
            h('td', null, h('span', { className: 'bp5-monospace-text' }, r.username)),
            h('td', null, r.createdOn),
            h('td', null, h('span', { className: 'bp5-tag bp5-minimal bp5-intent-success' }, 'Active')));
        }))) : NonIdealState({ icon: 'th', title: 'No GSP registered yet' }));
  }
  function CreateApiUser() {
    var A = S.api;
    var body;
    if (A.phase === 'sending') {
      body = h('div', { className: 'bp5-card bp5-elevation-1', style: 'max-width:560px' },
        NonIdealState({ visual: Spinner(50), title: 'Sending OTP to your registered mobile number\u2026' }));
    } else if (A.phase === 'otp') body = ApiOtpCard(A);
    else body = [RegistrationCard(A), h('div', { style: 'height:20px' }), RegisteredSection(A)];
    return [Breadcrumbs(['API Registration', 'User Credentials', 'Create API User']), PageHeader('Create API User'), body];
  }

  // ------------------------------------------------------------------ app shell
  function Loading() {
    if (S.bootError) return NonIdealState({ icon: 'error', title: 'Something went wrong', description: S.bootError });
    return NonIdealState({ visual: Spinner(50), title: 'Loading\u2026' });
  }
  function App() {
    var p = S.path;
    var app = isProtected(p);
    var body;
    if (p === '/') body = HomePage();
    else if (p === '/login') body = LoginPage();
    else if (app && !S.boot) body = Loading();
    else if (p === '/dashboard') body = Dashboard();
    else if (p === API_PATH) body = CreateApiUser();
    else if (app) body = ModulePage();
    else body = NonIdealState({ icon: 'search', title: 'Page not found', description: 'The page you asked for does not exist.',
      action: Button({ text: 'Go to Home', icon: 'home', onClick: function () { navigate('/'); } }) });
    return h('div', { className: 'app-shell' },
      Navbar(app),
      h('main', { className: 'app-main' }, body),
      h('footer', { className: 'app-footer' }, 'Site designed and developed by National Informatics Centre. Contents provided by Goods and Services Tax Network.'));
  }
  function syncOverlays() {
    MENUS.forEach(function (m) {
      syncOverlay('menu-' + m.key, S.navMenu === m.key && isProtected(S.path), function (phase) {
        return PopoverFrame(phase, 'nav-' + m.key, 'bp5-minimal', MenuList(m.items, m.key));
      }, { duration: 300, onEsc: closeNav, onOutside: closeNav, target: 'nav-' + m.key, focusSel: '.bp5-popover-transition-container' });
    });
    syncOverlay('gsp-select', S.sel.open && S.path === API_PATH && S.api.phase === 'form', function (phase) {
      return PopoverFrame(phase, 'gsp', 'bp5-minimal bp5-select-popover', SelectContent(), true);
    }, { duration: 300, onEsc: function () { closeSelect(true); }, onOutside: function () { closeSelect(false); }, target: 'gsp' });
    syncOverlay('contact', S.contactOpen && isProtected(S.path), ContactDialog,
      { duration: 300, modal: true, onEsc: closeContact, focusSel: '.bp5-dialog-container' });
    syncOverlay('confirm', S.api.confirmOpen && S.path === API_PATH, ConfirmAlert,
      { duration: 300, modal: true, focusSel: '.bp5-dialog-container' });
  }
  window.addEventListener('resize', rerender);

  route();
})();
`;
