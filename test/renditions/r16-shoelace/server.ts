/**
 * Rendition r16-shoelace: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2023-2024 portal built from Shoelace 2 web
 * components (Lit-based custom elements with open shadow roots) and vanilla JavaScript with fetch. No
 * library files: a small runtime in the page script defines `sl-button`, `sl-icon`, `sl-icon-button`,
 * `sl-input`, `sl-checkbox`, `sl-radio-group`/`sl-radio`, `sl-select`/`sl-option` (over an `sl-popup`),
 * `sl-dialog`, `sl-alert` (with `toast()` into a body-level `div.sl-toast-stack`), `sl-card`, `sl-spinner`
 * and `sl-tree`/`sl-tree-item`, each drawing the shadow DOM Shoelace 2 renders (its class names, `part`
 * attributes, slots, Lit's comment markers, host roles and `data-*` validity attributes) and its
 * Web Animations (dialog zoom 250 ms, select 100 ms, tree expand, toast zoom).
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - Documents: `/` home page (header sl-button "Login" → `/login`); `/login` (login, then the 2FA step in
 *   the same card); `/app`, one SPA with hash routes (`#/dashboard`,
 *   `#/api-registration/user-credentials/create-api-user`, placeholders for the other leaves). All
 *   actions are fetch() calls with JSON bodies under `/api/`, carrying an `X-CSRF-Token` header.
 * - Login: sl-inputs "Username", "Password" (password-toggle), a captcha picture `img#captcha_image`
 *   (`/get-captcha-image`, SVG, fresh noise each time; compared case-insensitively) with a refresh
 *   sl-icon-button, sl-input "Enter Captcha", sl-button type=submit "Login". Captcha checked first, then
 *   credentials (username case-insensitive). Refusals: a danger toast plus the field's help text turned
 *   red (`data-user-invalid`): "Invalid Captcha. Please enter the characters shown in the image." /
 *   "Invalid Login Credentials. Please check your username and password."; the captcha is redrawn.
 * - 2FA: "Two-Factor Authentication" with sl-input "Enter OTP" (6 digits) and sl-button "Verify OTP",
 *   "Resend OTP" after 30 s. Wrong: "Invalid OTP. Please enter the correct OTP sent to your registered
 *   mobile number." (toast + help text). Right: to `/app#/dashboard`.
 * - After login: the sl-dialog "Contacts of Technical Person" (name, mobile, e-mail as sl-inputs, an
 *   sl-checkbox "Do not show this again in this session", footer sl-buttons "Update" and "Close", header
 *   × close-button) opens once per session after `GET /api/profile` answers. A click on its overlay is
 *   refused (the panel pulses); Escape, × and Close close it. Dashboard heading "Dash Board", cards
 *   "Generations" and "Cancelled".
 * - Menu: an `sl-tree selection="leaf"` in the left sidebar: Dash Board; e-Invoice (Generate IRN, Bulk
 *   Upload, Cancel IRN, Print e-Invoice); API Registration (User Credentials → Create API User, View API
 *   Users; IP Whitelisting; Freeze API User; Change API Password); MIS Reports; User Management. A click on
 *   a group or its chevron expands it (children hidden until then, height animation); a leaf click selects
 *   it and routes. Other leaves show "No records found.".
 * - API OTP: sl-card "API Registration" with an sl-button "Send OTP" (`POST .../otp/send`), then
 *   "OTP has been sent to your registered mobile number XXXXXX4821. It is valid for 10 minutes.", an
 *   `sl-input type=password password-toggle` "Enter OTP", sl-button "Verify OTP" and a text sl-button
 *   "Resend OTP" (30 s countdown). Wrong: danger toast + red help text "Invalid OTP. Please enter the
 *   valid OTP sent to your registered mobile number."; the box is emptied; retries unlimited.
 * - Form: sl-radio-group "Do you wish to Register your GSTIN for" (Directly, Through GSP, Through ERP,
 *   Through Client-Id of other; none chosen at first). Only "Through GSP" shows the fields; the others show
 *   an info sl-alert and disable Submit. sl-select "Select your GSP" (24 sl-options, values `gsp-1`..,
 *   DEFMACRO is `gsp-17`), filled from `GET .../gsps`. sl-input "Username" with a prefix slot "API_"
 *   (4 to 30 letters, digits, '_', '.' or '-' typed; a typed leading "API_" is dropped). "Password" and
 *   "Re-enter Password": 8 to 15 characters with upper, lower, digit and special character. Submit checks
 *   the fields (red help texts), then the sl-dialog "Confirm" ("Do you want to create the API user API_x
 *   for <GSP>?") with "Cancel" and "Yes, create". "Exit" goes to the dashboard.
 * - After the POST: refusals as danger toasts + an inline danger sl-alert: "Your GSTIN is already
 *   registered with <GSP>." (duplicate: a Tera Software Limited registration is on file, or any made here)
 *   and "Username API_x is already taken. Please choose another username." (username-taken: API_admin,
 *   API_test, API_demo and any on file). Success: an `sl-alert variant=success open` "API user API_x has
 *   been created successfully for <GSP>." and a plain table "GSPs registered for GSTIN <gstin>"
 *   (Sl. No., GSP Name, API Username, Created On, Status), the form hidden.
 * - Sessions: cookie `EINV_SID` (HttpOnly, SameSite=Lax) naming server-side state. `/app` without a live
 *   session is a 302 to `/login` (`/login?expired=1` when the cookie names a session that is gone). A fetch
 *   without one gets 401 JSON; the page shows a warning toast "Session expired. Please log in again." and
 *   after 1.2 s goes to `/login?expired=1`, which shows the same text in a warning sl-alert.
 * - expireOnce: the first request of that stage (otp/send, otp/verify, or the users POST) that comes with
 *   a live session deletes it first and answers 401 like any lost session.
 * - Shoelace quirks kept on purpose: sl-input hosts reflect `value` as an attribute (passwords and OTPs
 *   included); dialog footer buttons are light-DOM children slotted into the panel, so they are not DOM
 *   descendants of `[role=dialog]`; toasts sit fixed top-right over the header, last 3 s and pause while
 *   the pointer is over them; a "Send OTP" text match also hits "Resend OTP" once that is shown.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type ShoelaceR16Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface ShoelaceR16Options {
  expireOnce?: ShoelaceR16Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface ShoelaceR16State {
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

export interface ShoelaceR16Rendition {
  url: string;
  close(): Promise<void>;
  state: ShoelaceR16State;
}

export const SHOELACE_R16_LOGIN: { username: string; password: string } = {
  username: 'einvsl27',
  password: 'Lace@Nic2024',
};

/** The GSP list as the portal's API returns it; option values are `gsp-<n>` (1-based). */
const GSPS: readonly string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'BVM IT Consulting Services India Private Limited',
  'Cygnet Infotech Private Ltd',
  'Chartered Information Systems Private Limited',
  'Computer Age Management Services Limited',
  'CSC e-Governance Services India Limited',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'Masters India Private Limited',
  'Mastek Limited',
  'NSDL e-Governance Infrastructure Limited',
  'Protean eGov Technologies Limited',
  'Reliance Corporate IT Park Limited',
  'SAG Infotech Private Limited',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Tally ( India) Private Ltd',
  'Taxilla IT Solutions Private Limited',
  'Tera Software Limited',
  'TCS e-Invoice Services (Tata Consultancy Services Limited)',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
];

const TAKEN_USERNAMES = ['API_admin', 'API_test', 'API_demo', 'API_einvoice'];
/** A registration made before this rendition started: shown in the table, never in `state.users`. */
const EARLIER = {
  gsp: 'Tera Software Limited',
  username: 'API_terasync27',
  createdOn: '2023-08-14T10:22:00.000Z',
};
const MOBILE = 'XXXXXX4821';
const SESSION_LOST = 'Session expired. Please log in again.';

interface Session {
  id: string;
  csrf: string;
  stage: 'otp' | 'auth';
  username: string;
  techContactPending: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
}

type Json = Record<string, unknown>;

export async function startShoelaceR16Rendition(
  options: ShoelaceR16Options = {},
): Promise<ShoelaceR16Rendition> {
  const state: ShoelaceR16State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  let expiryDue: ShoelaceR16Expiry | undefined = options.expireOnce;
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();

  const sidOf = (req: IncomingMessage): string | undefined => {
    const cookie = req.headers.cookie ?? '';
    const match = /(?:^|;\s*)EINV_SID=([A-Za-z0-9_-]+)/.exec(cookie);
    return match?.[1];
  };
  const sessionOf = (req: IncomingMessage): Session | undefined => {
    const sid = sidOf(req);
    return sid ? sessions.get(sid) : undefined;
  };
  const newSession = (res: ServerResponse, username: string): Session => {
    const old = [...sessions.values()].find((s) => s.username === username);
    if (old) sessions.delete(old.id);
    const session: Session = {
      id: randomBytes(18).toString('base64url'),
      csrf: randomBytes(16).toString('hex'),
      stage: 'otp',
      username,
      techContactPending: true,
      apiOtpSent: false,
      apiOtpVerified: false,
    };
    sessions.set(session.id, session);
    res.setHeader('Set-Cookie', `EINV_SID=${session.id}; Path=/; HttpOnly; SameSite=Lax`);
    return session;
  };
  /** The stage's first request finds its session gone (once per rendition). */
  const expires = (stage: ShoelaceR16Expiry, session: Session): boolean => {
    if (expiryDue !== stage) return false;
    expiryDue = undefined;
    sessions.delete(session.id);
    state.expired.push(stage);
    return true;
  };

  const send = (res: ServerResponse, status: number, type: string, body: string): void => {
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
  };
  const json = (res: ServerResponse, status: number, body: Json): void =>
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
  const lost = (res: ServerResponse): void =>
    json(res, 401, { ok: false, error: 'SESSION_EXPIRED', message: SESSION_LOST });
  const redirect = (res: ServerResponse, location: string): void => {
    res.writeHead(302, { Location: location, 'Cache-Control': 'no-store' });
    res.end();
  };
  const readJson = (req: IncomingMessage): Promise<Json> =>
    new Promise((resolve) => {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        raw += chunk;
        if (raw.length > 65536) req.destroy();
      });
      req.on('end', () => {
        try {
          const parsed: unknown = JSON.parse(raw || '{}');
          resolve(parsed && typeof parsed === 'object' ? (parsed as Json) : {});
        } catch {
          resolve({});
        }
      });
      req.on('error', () => resolve({}));
    });
  const str = (body: Json, key: string): string => {
    const value = body[key];
    return typeof value === 'string' ? value : '';
  };
  /** A signed-in fetch: live session past 2FA, with the page's CSRF token. */
  const authed = (req: IncomingMessage, res: ServerResponse): Session | undefined => {
    const session = sessionOf(req);
    if (session?.stage !== 'auth') {
      lost(res);
      return undefined;
    }
    if (req.headers['x-csrf-token'] !== session.csrf) {
      json(res, 400, {
        ok: false,
        error: 'BAD_REQUEST',
        message: 'The request could not be verified. Please reload the page.',
      });
      return undefined;
    }
    return session;
  };
  const registered = (): Json[] =>
    [EARLIER, ...state.users].map((user, index) => ({
      slNo: index + 1,
      gsp: user.gsp,
      username: user.username,
      createdOn: user.createdOn,
      status: 'Active',
    }));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (method === 'GET' && path === '/') return send(res, 200, 'text/html; charset=utf-8', homePage());
    if (method === 'GET' && path === '/login') {
      const session = sessionOf(req);
      if (session?.stage === 'auth' && url.searchParams.get('expired') !== '1')
        return redirect(res, '/app#/dashboard');
      return send(res, 200, 'text/html; charset=utf-8', loginPage(url.searchParams.get('expired') === '1'));
    }
    if (method === 'GET' && path === '/get-captcha-image') {
      return send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
    }
    if (method === 'GET' && path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (method === 'GET' && (path === '/app' || path === '/app/')) {
      const session = sessionOf(req);
      if (session?.stage !== 'auth') return redirect(res, sidOf(req) ? '/login?expired=1' : '/login');
      return send(res, 200, 'text/html; charset=utf-8', appPage(session.csrf, state.gstin));
    }
    if (method === 'POST' && path === '/api/auth/login') {
      const body = await readJson(req);
      if (str(body, 'captcha').trim().toUpperCase() !== state.captcha.toUpperCase()) {
        state.refusals.push('captcha');
        return json(res, 422, {
          ok: false,
          field: 'captcha',
          message: 'Invalid Captcha. Please enter the characters shown in the image.',
        });
      }
      const username = str(body, 'username').trim();
      if (
        username.toLowerCase() !== SHOELACE_R16_LOGIN.username.toLowerCase() ||
        str(body, 'password') !== SHOELACE_R16_LOGIN.password
      ) {
        state.refusals.push('login');
        return json(res, 422, {
          ok: false,
          field: 'password',
          message: 'Invalid Login Credentials. Please check your username and password.',
        });
      }
      newSession(res, SHOELACE_R16_LOGIN.username);
      return json(res, 200, { ok: true, next: 'otp', mobile: MOBILE });
    }
    if (method === 'POST' && path === '/api/auth/resend-otp') {
      const session = sessionOf(req);
      if (!session) return lost(res);
      return json(res, 200, { ok: true, mobile: MOBILE });
    }
    if (method === 'POST' && path === '/api/auth/verify-otp') {
      const body = await readJson(req);
      const session = sessionOf(req);
      if (session?.stage !== 'otp') return lost(res);
      if (str(body, 'otp').trim() !== state.loginOtp) {
        state.refusals.push('login-otp');
        return json(res, 422, {
          ok: false,
          field: 'otp',
          message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
        });
      }
      session.stage = 'auth';
      return json(res, 200, { ok: true, redirect: '/app#/dashboard' });
    }
    if (method === 'POST' && path === '/api/auth/logout') {
      const session = sessionOf(req);
      if (session) sessions.delete(session.id);
      res.setHeader('Set-Cookie', 'EINV_SID=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0');
      return json(res, 200, { ok: true, redirect: '/login' });
    }
    if (path.startsWith('/api/')) return handleApi(req, res, path, method);
    send(res, 404, 'text/html; charset=utf-8', notFoundPage());
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, method: string) {
    const session = authed(req, res);
    if (!session) return;
    if (method === 'GET' && path === '/api/profile') {
      const showTechContact = session.techContactPending;
      session.techContactPending = false;
      return json(res, 200, {
        ok: true,
        gstin: state.gstin,
        legalName: 'UNICORN FABRICS LLP',
        username: session.username,
        showTechContact,
        technicalContact: {
          name: 'Rahul Deshpande',
          mobile: '9820012345',
          email: 'it.support@unicornfabrics.in',
        },
        counts: { generated: 1284, cancelled: 17 },
      });
    }
    if (method === 'POST' && path === '/api/profile/technical-contact') {
      await readJson(req);
      return json(res, 200, { ok: true, message: 'Technical contact details updated successfully.' });
    }
    if (method === 'POST' && path === '/api/api-registration/otp/send') {
      if (expires('api-otp-send', session)) return lost(res);
      session.apiOtpSent = true;
      session.apiOtpVerified = false;
      return json(res, 200, { ok: true, mobile: MOBILE, validityMinutes: 10, resendAfterSeconds: 30 });
    }
    if (method === 'POST' && path === '/api/api-registration/otp/verify') {
      const body = await readJson(req);
      if (expires('api-otp-verify', session)) return lost(res);
      if (!session.apiOtpSent) {
        return json(res, 409, {
          ok: false,
          field: 'otp',
          message: 'Please click Send OTP to receive an OTP first.',
        });
      }
      if (str(body, 'otp').trim() !== state.apiOtp) {
        state.refusals.push('api-otp');
        return json(res, 422, {
          ok: false,
          field: 'otp',
          message: 'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
        });
      }
      session.apiOtpVerified = true;
      return json(res, 200, { ok: true, message: 'OTP verified successfully.' });
    }
    if (method === 'GET' && path === '/api/api-registration/gsps') {
      return json(res, 200, { ok: true, items: GSPS.map((name, i) => ({ value: `gsp-${i + 1}`, name })) });
    }
    if (method === 'POST' && path === '/api/api-registration/users') {
      const body = await readJson(req);
      if (expires('submit', session)) return lost(res);
      return createUser(res, session, body);
    }
    json(res, 404, { ok: false, error: 'NOT_FOUND', message: 'The requested resource was not found.' });
  }

  function createUser(res: ServerResponse, session: Session, body: Json) {
    if (!session.apiOtpVerified) {
      return json(res, 409, { ok: false, message: 'Please verify the OTP before creating an API user.' });
    }
    if (str(body, 'mode') !== 'gsp') {
      return json(res, 422, {
        ok: false,
        message: 'This registration option is not enabled for your GSTIN.',
      });
    }
    const index = /^gsp-(\d+)$/.exec(str(body, 'gsp'))?.[1];
    const gsp = index ? GSPS[Number(index) - 1] : undefined;
    if (!gsp) return json(res, 422, { ok: false, field: 'gsp', message: 'Please select your GSP.' });
    const typed = str(body, 'username').trim().replace(/^API_/i, '');
    if (!/^[A-Za-z0-9_.-]{4,30}$/.test(typed)) {
      return json(res, 422, {
        ok: false,
        field: 'username',
        message: 'Username must be 4 to 30 characters: letters, digits, underscore, dot or hyphen.',
      });
    }
    const password = str(body, 'password');
    if (!PASSWORD_RULE.test(password)) {
      return json(res, 422, { ok: false, field: 'password', message: PASSWORD_HELP });
    }
    if (password !== str(body, 'confirmPassword')) {
      return json(res, 422, {
        ok: false,
        field: 'confirmPassword',
        message: 'Password and Re-enter Password do not match.',
      });
    }
    const username = `API_${typed}`;
    if (EARLIER.gsp === gsp || state.users.some((user) => user.gsp === gsp)) {
      state.refusals.push('duplicate');
      return json(res, 409, {
        ok: false,
        error: 'DUPLICATE',
        message: `Your GSTIN is already registered with ${gsp}.`,
      });
    }
    const taken = [...TAKEN_USERNAMES, EARLIER.username, ...state.users.map((user) => user.username)];
    if (taken.some((name) => name.toLowerCase() === username.toLowerCase())) {
      state.refusals.push('username-taken');
      return json(res, 409, {
        ok: false,
        error: 'USERNAME_TAKEN',
        field: 'username',
        message: `Username ${username} is already taken. Please choose another username.`,
      });
    }
    state.users.push({ gstin: state.gstin, gsp, username, password, createdOn: new Date().toISOString() });
    session.apiOtpVerified = false;
    json(res, 200, {
      ok: true,
      username,
      gsp,
      message: `API user ${username} has been created successfully for ${gsp}.`,
      registered: registered(),
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) json(res, 500, { ok: false, message: 'Something went wrong. Please try again.' });
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

const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const PASSWORD_HELP =
  'Password must be 8 to 15 characters with at least one upper-case letter, one lower-case letter, one digit and one special character.';

// ---------------------------------------------------------------------------------------------------
// The Shoelace 2 light theme (a subset of its design tokens) and the global rules its CSS ships with.
// ---------------------------------------------------------------------------------------------------
const THEME_CSS = `
:root, :host, .sl-theme-light {
  color-scheme: light;
  --sl-color-gray-50: hsl(0 0% 97.5%); --sl-color-gray-100: hsl(240 4.8% 95.9%);
  --sl-color-gray-200: hsl(240 5.9% 90%); --sl-color-gray-300: hsl(240 4.9% 83.9%);
  --sl-color-gray-400: hsl(240 5% 64.9%); --sl-color-gray-500: hsl(240 3.8% 46.1%);
  --sl-color-gray-600: hsl(240 5.2% 33.9%); --sl-color-gray-700: hsl(240 5.3% 26.1%);
  --sl-color-gray-800: hsl(240 3.7% 15.9%); --sl-color-gray-900: hsl(240 5.9% 10%);
  --sl-color-gray-950: hsl(240 7.3% 8%);
  --sl-color-primary-50: hsl(204 100% 97.1%); --sl-color-primary-100: hsl(204 93.8% 93.7%);
  --sl-color-primary-200: hsl(200.6 94.4% 86.1%); --sl-color-primary-300: hsl(199.4 95.5% 73.9%);
  --sl-color-primary-400: hsl(198.4 93.2% 59.6%); --sl-color-primary-500: hsl(198.6 88.7% 48.4%);
  --sl-color-primary-600: hsl(199.3 100% 41.4%); --sl-color-primary-700: hsl(200.4 98% 39.4%);
  --sl-color-primary-800: hsl(201.3 96.3% 32.2%); --sl-color-primary-900: hsl(201 90% 27.5%);
  --sl-color-success-50: hsl(138.5 76.5% 96.7%); --sl-color-success-100: hsl(140.6 84.2% 92.5%);
  --sl-color-success-600: hsl(142.1 76.2% 36.3%); --sl-color-success-700: hsl(142.4 71.8% 29.2%);
  --sl-color-warning-50: hsl(48 100% 96.1%); --sl-color-warning-100: hsl(48 96.5% 88.8%);
  --sl-color-warning-600: hsl(32.1 94.6% 43.7%); --sl-color-warning-700: hsl(26 90.5% 37.1%);
  --sl-color-danger-50: hsl(0 85.7% 97.3%); --sl-color-danger-100: hsl(0 93.3% 94.1%);
  --sl-color-danger-500: hsl(0 84.2% 60.2%); --sl-color-danger-600: hsl(0 72.2% 50.6%);
  --sl-color-danger-700: hsl(0 73.7% 41.8%);
  --sl-color-neutral-0: hsl(0 0% 100%); --sl-color-neutral-50: var(--sl-color-gray-50);
  --sl-color-neutral-100: var(--sl-color-gray-100); --sl-color-neutral-200: var(--sl-color-gray-200);
  --sl-color-neutral-300: var(--sl-color-gray-300); --sl-color-neutral-400: var(--sl-color-gray-400);
  --sl-color-neutral-500: var(--sl-color-gray-500); --sl-color-neutral-600: var(--sl-color-gray-600);
  --sl-color-neutral-700: var(--sl-color-gray-700); --sl-color-neutral-800: var(--sl-color-gray-800);
  --sl-color-neutral-900: var(--sl-color-gray-900); --sl-color-neutral-1000: hsl(0 0% 0%);
  --sl-border-radius-small: 0.1875rem; --sl-border-radius-medium: 0.25rem; --sl-border-radius-large: 0.5rem;
  --sl-border-radius-x-large: 1rem; --sl-border-radius-circle: 50%; --sl-border-radius-pill: 9999px;
  --sl-shadow-x-small: 0 1px 2px hsl(240 3.8% 46.1% / 6%); --sl-shadow-small: 0 1px 2px hsl(240 3.8% 46.1% / 12%);
  --sl-shadow-medium: 0 2px 4px hsl(240 3.8% 46.1% / 12%); --sl-shadow-large: 0 2px 8px hsl(240 3.8% 46.1% / 12%);
  --sl-shadow-x-large: 0 4px 16px hsl(240 3.8% 46.1% / 12%);
  --sl-spacing-3x-small: 0.125rem; --sl-spacing-2x-small: 0.25rem; --sl-spacing-x-small: 0.5rem;
  --sl-spacing-small: 0.75rem; --sl-spacing-medium: 1rem; --sl-spacing-large: 1.25rem;
  --sl-spacing-x-large: 1.75rem; --sl-spacing-2x-large: 2.25rem; --sl-spacing-3x-large: 3rem;
  --sl-transition-x-slow: 1000ms; --sl-transition-slow: 500ms; --sl-transition-medium: 250ms;
  --sl-transition-fast: 150ms; --sl-transition-x-fast: 50ms;
  --sl-font-mono: SFMono-Regular, Consolas, 'Liberation Mono', Menlo, monospace;
  --sl-font-sans: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif,
    'Apple Color Emoji', 'Segoe UI Emoji', 'Segoe UI Symbol';
  --sl-font-size-2x-small: 0.625rem; --sl-font-size-x-small: 0.75rem; --sl-font-size-small: 0.875rem;
  --sl-font-size-medium: 1rem; --sl-font-size-large: 1.25rem; --sl-font-size-x-large: 1.5rem;
  --sl-font-size-2x-large: 2.25rem;
  --sl-font-weight-light: 300; --sl-font-weight-normal: 400; --sl-font-weight-semibold: 500;
  --sl-font-weight-bold: 700; --sl-letter-spacing-normal: normal;
  --sl-line-height-denser: 1; --sl-line-height-dense: 1.4; --sl-line-height-normal: 1.8;
  --sl-focus-ring-color: var(--sl-color-primary-600); --sl-focus-ring-style: solid; --sl-focus-ring-width: 3px;
  --sl-focus-ring: var(--sl-focus-ring-style) var(--sl-focus-ring-width) var(--sl-focus-ring-color);
  --sl-focus-ring-offset: 1px;
  --sl-button-font-size-small: var(--sl-font-size-x-small); --sl-button-font-size-medium: var(--sl-font-size-small);
  --sl-input-height-small: 1.875rem; --sl-input-height-medium: 2.5rem; --sl-input-height-large: 3.125rem;
  --sl-input-background-color: var(--sl-color-neutral-0); --sl-input-background-color-hover: var(--sl-input-background-color);
  --sl-input-background-color-focus: var(--sl-input-background-color); --sl-input-background-color-disabled: var(--sl-color-neutral-100);
  --sl-input-border-color: var(--sl-color-neutral-300); --sl-input-border-color-hover: var(--sl-color-neutral-400);
  --sl-input-border-color-focus: var(--sl-color-primary-500); --sl-input-border-color-disabled: var(--sl-color-neutral-300);
  --sl-input-border-width: 1px; --sl-input-required-content: '*'; --sl-input-required-content-offset: -2px;
  --sl-input-required-content-color: var(--sl-input-label-color);
  --sl-input-border-radius-small: var(--sl-border-radius-medium); --sl-input-border-radius-medium: var(--sl-border-radius-medium);
  --sl-input-font-family: var(--sl-font-sans); --sl-input-font-weight: var(--sl-font-weight-normal);
  --sl-input-font-size-small: var(--sl-font-size-small); --sl-input-font-size-medium: var(--sl-font-size-medium);
  --sl-input-letter-spacing: var(--sl-letter-spacing-normal);
  --sl-input-color: var(--sl-color-neutral-700); --sl-input-color-hover: var(--sl-color-neutral-700);
  --sl-input-placeholder-color: var(--sl-color-neutral-500);
  --sl-input-icon-color: var(--sl-color-neutral-500); --sl-input-icon-color-hover: var(--sl-color-neutral-600);
  --sl-input-focus-ring-color: hsl(198.6 88.7% 48.4% / 40%); --sl-input-focus-ring-offset: 0;
  --sl-input-spacing-small: var(--sl-spacing-small); --sl-input-spacing-medium: var(--sl-spacing-medium);
  --sl-input-label-font-size-small: var(--sl-font-size-small); --sl-input-label-font-size-medium: var(--sl-font-size-medium);
  --sl-input-label-color: inherit;
  --sl-input-help-text-font-size-small: var(--sl-font-size-x-small);
  --sl-input-help-text-font-size-medium: var(--sl-font-size-small);
  --sl-input-help-text-color: var(--sl-color-neutral-500);
  --sl-toggle-size-small: 0.875rem; --sl-toggle-size-medium: 1.125rem;
  --sl-overlay-background-color: hsl(240 3.8% 46.1% / 33%);
  --sl-panel-background-color: var(--sl-color-neutral-0); --sl-panel-border-color: var(--sl-color-neutral-200);
  --sl-panel-border-width: 1px;
  --sl-z-index-drawer: 700; --sl-z-index-dialog: 800; --sl-z-index-dropdown: 900; --sl-z-index-toast: 950;
  --sl-z-index-tooltip: 1000;
}
.sl-scroll-lock { scrollbar-gutter: stable !important; overflow: hidden !important; }
.sl-toast-stack { position: fixed; top: 0; inset-inline-end: 0; z-index: var(--sl-z-index-toast); width: 28rem;
  max-width: 100%; max-height: 100%; overflow: auto; }
.sl-toast-stack sl-alert { margin: var(--sl-spacing-medium); }
.sl-toast-stack sl-alert::part(base) { box-shadow: var(--sl-shadow-large); }
:not(:defined) { visibility: hidden; }
`;

const FORM_CONTROL_CSS = `
.form-control .form-control__label { display: none; }
.form-control .form-control__help-text { display: none; }
.form-control--has-label .form-control__label { display: inline-block; color: var(--sl-input-label-color);
  margin-bottom: var(--sl-spacing-3x-small); }
.form-control--has-label.form-control--medium .form-control__label { font-size: var(--sl-input-label-font-size-medium); }
:host([required]) .form-control--has-label .form-control__label::after { content: var(--sl-input-required-content);
  margin-inline-start: var(--sl-input-required-content-offset); color: var(--sl-input-required-content-color); }
.form-control--has-help-text .form-control__help-text { display: block; color: var(--sl-input-help-text-color);
  margin-top: var(--sl-spacing-3x-small); }
.form-control--has-help-text.form-control--medium .form-control__help-text { font-size: var(--sl-input-help-text-font-size-medium); }
.form-control--has-help-text.form-control--radio-group .form-control__help-text { margin-top: var(--sl-spacing-2x-small); }
`;

/** Each component's styles, adopted into its shadow root as a constructed sheet (as Lit does). */
const COMPONENT_CSS: Record<string, string> = {
  base: ':host { box-sizing: border-box; } :host *, :host *::before, :host *::after { box-sizing: inherit; } [hidden] { display: none !important; }',
  'sl-icon':
    ':host { display: inline-block; width: 1em; height: 1em; box-sizing: content-box !important; } svg { display: block; height: 100%; width: 100%; }',
  'sl-spinner': `:host { --track-width: 2px; --track-color: rgb(128 128 128 / 25%); --indicator-color: var(--sl-color-primary-600);
  --speed: 2s; display: inline-flex; width: 1em; height: 1em; flex: none; }
.spinner { flex: 1 1 auto; height: 100%; width: 100%; }
.spinner__track, .spinner__indicator { fill: none; stroke-width: var(--track-width); r: calc(0.5em - var(--track-width) / 2);
  cx: 0.5em; cy: 0.5em; transform-origin: 50% 50%; }
.spinner__track { stroke: var(--track-color); transform-origin: 0% 0%; }
.spinner__indicator { stroke: var(--indicator-color); stroke-linecap: round; stroke-dasharray: 150% 75%;
  animation: spin var(--speed) linear infinite; }
@keyframes spin { 0% { transform: rotate(0deg); stroke-dasharray: 0.05em, 3em; }
  50% { transform: rotate(450deg); stroke-dasharray: 1.375em, 1.375em; }
  100% { transform: rotate(1080deg); stroke-dasharray: 0.05em, 3em; } }`,
  'sl-button': `:host { display: inline-block; position: relative; width: auto; cursor: pointer; }
.button { display: inline-flex; align-items: stretch; justify-content: center; width: 100%; border-style: solid;
  border-width: var(--sl-input-border-width); font-family: var(--sl-input-font-family); font-weight: var(--sl-font-weight-semibold);
  text-decoration: none; user-select: none; -webkit-user-select: none; white-space: nowrap; vertical-align: middle; padding: 0;
  transition: var(--sl-transition-x-fast) background-color, var(--sl-transition-x-fast) color, var(--sl-transition-x-fast) border,
  var(--sl-transition-x-fast) box-shadow; cursor: inherit; }
.button::-moz-focus-inner { border: 0; }
.button:focus { outline: none; }
.button:focus-visible { outline: var(--sl-focus-ring); outline-offset: var(--sl-focus-ring-offset); }
.button--disabled { opacity: 0.5; cursor: not-allowed; }
.button--disabled * { pointer-events: none; }
.button__prefix, .button__suffix { flex: 0 0 auto; display: flex; align-items: center; pointer-events: none; }
.button__label { display: inline-block; }
.button__label::slotted(sl-icon) { vertical-align: -2px; }
.button--standard.button--default { background-color: var(--sl-color-neutral-0); border-color: var(--sl-input-border-color); color: var(--sl-color-neutral-700); }
.button--standard.button--default:hover:not(.button--disabled) { background-color: var(--sl-color-primary-50); border-color: var(--sl-color-primary-300); color: var(--sl-color-primary-700); }
.button--standard.button--default:active:not(.button--disabled) { background-color: var(--sl-color-primary-100); border-color: var(--sl-color-primary-400); color: var(--sl-color-primary-700); }
.button--standard.button--primary { background-color: var(--sl-color-primary-600); border-color: var(--sl-color-primary-600); color: var(--sl-color-neutral-0); }
.button--standard.button--primary:hover:not(.button--disabled) { background-color: var(--sl-color-primary-500); border-color: var(--sl-color-primary-500); }
.button--standard.button--primary:active:not(.button--disabled) { background-color: var(--sl-color-primary-600); border-color: var(--sl-color-primary-600); }
.button--standard.button--success { background-color: var(--sl-color-success-600); border-color: var(--sl-color-success-600); color: var(--sl-color-neutral-0); }
.button--standard.button--danger { background-color: var(--sl-color-danger-600); border-color: var(--sl-color-danger-600); color: var(--sl-color-neutral-0); }
.button--standard.button--danger:hover:not(.button--disabled) { background-color: var(--sl-color-danger-500); border-color: var(--sl-color-danger-500); }
.button--standard.button--neutral { background-color: var(--sl-color-neutral-600); border-color: var(--sl-color-neutral-600); color: var(--sl-color-neutral-0); }
.button--text { background-color: transparent; border-color: transparent; color: var(--sl-color-primary-600); }
.button--text:hover:not(.button--disabled) { background-color: transparent; border-color: transparent; color: var(--sl-color-primary-500); }
.button--small { height: auto; min-height: var(--sl-input-height-small); font-size: var(--sl-button-font-size-small);
  line-height: calc(var(--sl-input-height-small) - var(--sl-input-border-width) * 2); border-radius: var(--sl-input-border-radius-small); }
.button--medium { height: auto; min-height: var(--sl-input-height-medium); font-size: var(--sl-button-font-size-medium);
  line-height: calc(var(--sl-input-height-medium) - var(--sl-input-border-width) * 2); border-radius: var(--sl-input-border-radius-medium); }
.button--has-label.button--small .button__label { padding: 0 var(--sl-spacing-small); }
.button--has-label.button--medium .button__label { padding: 0 var(--sl-spacing-medium); }
.button--has-prefix.button--medium { padding-inline-start: var(--sl-spacing-small); }
.button--has-prefix.button--medium .button__label { padding-inline-start: var(--sl-spacing-x-small); }
.button--has-prefix.button--small { padding-inline-start: var(--sl-spacing-x-small); }
.button--loading { position: relative; cursor: wait; }
.button--loading .button__prefix, .button--loading .button__label, .button--loading .button__suffix { visibility: hidden; }
.button--loading sl-spinner { --indicator-color: currentColor; position: absolute; font-size: 1em; height: 1em; width: 1em;
  top: calc(50% - 0.5em); left: calc(50% - 0.5em); }`,
  'sl-icon-button': `:host { display: inline-block; color: var(--sl-color-neutral-600); }
.icon-button { flex: 0 0 auto; display: flex; align-items: center; background: none; border: none;
  border-radius: var(--sl-border-radius-medium); font-size: inherit; color: inherit; padding: var(--sl-spacing-x-small);
  cursor: pointer; transition: var(--sl-transition-x-fast) color; -webkit-appearance: none; }
.icon-button:hover:not(.icon-button--disabled), .icon-button:focus-visible:not(.icon-button--disabled) { color: var(--sl-color-primary-600); }
.icon-button:active:not(.icon-button--disabled) { color: var(--sl-color-primary-700); }
.icon-button:focus { outline: none; }
.icon-button--disabled { opacity: 0.5; cursor: not-allowed; }
.icon-button:focus-visible { outline: var(--sl-focus-ring); outline-offset: var(--sl-focus-ring-offset); }
.icon-button__icon { pointer-events: none; }`,
};

Object.assign(COMPONENT_CSS, {
  'sl-input': `${FORM_CONTROL_CSS}
:host { display: block; }
.input { flex: 1 1 auto; display: inline-flex; align-items: stretch; justify-content: start; position: relative; width: 100%;
  font-family: var(--sl-input-font-family); font-weight: var(--sl-input-font-weight); letter-spacing: var(--sl-input-letter-spacing);
  vertical-align: middle; overflow: hidden; cursor: text; transition: var(--sl-transition-fast) color,
  var(--sl-transition-fast) border, var(--sl-transition-fast) box-shadow, var(--sl-transition-fast) background-color; }
.input--standard { background-color: var(--sl-input-background-color); border: solid var(--sl-input-border-width) var(--sl-input-border-color); }
.input--standard:hover:not(.input--disabled) { background-color: var(--sl-input-background-color-hover); border-color: var(--sl-input-border-color-hover); }
.input--standard.input--focused:not(.input--disabled) { background-color: var(--sl-input-background-color-focus);
  border-color: var(--sl-input-border-color-focus); box-shadow: 0 0 0 var(--sl-focus-ring-width) var(--sl-input-focus-ring-color); }
.input--standard.input--disabled { background-color: var(--sl-input-background-color-disabled); border-color: var(--sl-input-border-color-disabled);
  opacity: 0.5; cursor: not-allowed; }
.input__control { flex: 1 1 auto; font-family: inherit; font-size: inherit; font-weight: inherit; min-width: 0; height: 100%;
  color: var(--sl-input-color); border: none; background: inherit; box-shadow: none; padding: 0; margin: 0; cursor: inherit; -webkit-appearance: none; }
.input__control::-ms-reveal { display: none; }
.input__control::placeholder { color: var(--sl-input-placeholder-color); user-select: none; -webkit-user-select: none; }
.input__control:focus { outline: none; }
.input__prefix, .input__suffix { display: inline-flex; flex: 0 0 auto; align-items: center; cursor: default; }
.input__prefix ::slotted(sl-icon), .input__suffix ::slotted(sl-icon) { color: var(--sl-input-icon-color); }
.input--medium { border-radius: var(--sl-input-border-radius-medium); font-size: var(--sl-input-font-size-medium); height: var(--sl-input-height-medium); }
.input--medium .input__control { height: calc(var(--sl-input-height-medium) - var(--sl-input-border-width) * 2); padding: 0 var(--sl-input-spacing-medium); }
.input--medium .input__clear, .input--medium .input__password-toggle { width: calc(1em + var(--sl-input-spacing-medium) * 2); }
.input--medium .input__prefix ::slotted(*) { margin-inline-start: var(--sl-input-spacing-medium); }
.input--medium .input__suffix ::slotted(*) { margin-inline-end: var(--sl-input-spacing-medium); }
.input__clear, .input__password-toggle { display: inline-flex; align-items: center; justify-content: center; font-size: inherit;
  color: var(--sl-input-icon-color); border: none; background: none; padding: 0; transition: var(--sl-transition-fast) color; cursor: pointer; }
.input__password-toggle:hover { color: var(--sl-input-icon-color-hover); }
.input__password-toggle:focus { outline: none; }`,
  'sl-checkbox': `${FORM_CONTROL_CSS}
:host { display: inline-block; }
.checkbox { position: relative; display: inline-flex; align-items: flex-start; font-family: var(--sl-input-font-family);
  font-weight: var(--sl-input-font-weight); color: var(--sl-input-label-color); vertical-align: middle; cursor: pointer; }
.checkbox--medium { --toggle-size: var(--sl-toggle-size-medium); font-size: var(--sl-input-font-size-medium); }
.checkbox__control { flex: 0 0 auto; position: relative; display: inline-flex; align-items: center; justify-content: center;
  width: var(--toggle-size); height: var(--toggle-size); border: solid var(--sl-input-border-width) var(--sl-input-border-color);
  border-radius: 2px; background-color: var(--sl-input-background-color); color: var(--sl-color-neutral-0);
  transition: var(--sl-transition-fast) border-color, var(--sl-transition-fast) background-color, var(--sl-transition-fast) color,
  var(--sl-transition-fast) box-shadow; }
.checkbox__input { position: absolute; opacity: 0; padding: 0; margin: 0; pointer-events: none; }
.checkbox__checked-icon { display: inline-flex; width: var(--toggle-size); height: var(--toggle-size); }
.checkbox:not(.checkbox--checked):not(.checkbox--disabled) .checkbox__control:hover { border-color: var(--sl-input-border-color-hover); }
.checkbox.checkbox--focused:not(.checkbox--disabled) .checkbox__control { outline: var(--sl-focus-ring); outline-offset: var(--sl-focus-ring-offset); }
.checkbox--checked .checkbox__control { border-color: var(--sl-color-primary-600); background-color: var(--sl-color-primary-600); }
.checkbox__label { display: inline-block; color: var(--sl-input-label-color); line-height: var(--toggle-size);
  margin-inline-start: 0.5em; user-select: none; -webkit-user-select: none; }`,
  'sl-radio': `:host { display: block; }
:host(:focus-visible) { outline: 0px; }
.radio { display: inline-flex; align-items: top; font-family: var(--sl-input-font-family); font-size: var(--sl-input-font-size-medium);
  font-weight: var(--sl-input-font-weight); color: var(--sl-input-label-color); vertical-align: middle; cursor: pointer; }
.radio--medium { --toggle-size: var(--sl-toggle-size-medium); font-size: var(--sl-input-font-size-medium); }
.radio__checked-icon { display: inline-flex; width: var(--toggle-size); height: var(--toggle-size); }
.radio__control { flex: 0 0 auto; position: relative; display: inline-flex; align-items: center; justify-content: center;
  width: var(--toggle-size); height: var(--toggle-size); border: solid var(--sl-input-border-width) var(--sl-input-border-color);
  border-radius: 50%; background-color: var(--sl-input-background-color); color: transparent;
  transition: var(--sl-transition-fast) border-color, var(--sl-transition-fast) background-color, var(--sl-transition-fast) color,
  var(--sl-transition-fast) box-shadow; }
.radio:not(.radio--checked):not(.radio--disabled) .radio__control:hover { border-color: var(--sl-input-border-color-hover); }
.radio--checked .radio__control { color: var(--sl-color-neutral-0); border-color: var(--sl-color-primary-600); background-color: var(--sl-color-primary-600); }
.radio--disabled { opacity: 0.5; cursor: not-allowed; }
:host(:focus-visible) .radio__control { outline: var(--sl-focus-ring); outline-offset: var(--sl-focus-ring-offset); }
.radio__label { display: inline-block; color: var(--sl-input-label-color); line-height: var(--toggle-size);
  margin-inline-start: 0.5em; user-select: none; -webkit-user-select: none; }`,
  'sl-radio-group': `${FORM_CONTROL_CSS}
:host { display: block; }
.form-control { position: relative; border: none; padding: 0; margin: 0; }
.form-control__label { padding: 0; }
.visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; clip: rect(0 0 0 0) !important;
  clip-path: inset(50%) !important; border: none !important; overflow: hidden !important; white-space: nowrap !important; padding: 0 !important; }`,
  'sl-popup': `:host { --arrow-color: var(--sl-color-neutral-1000); --arrow-size: 6px; display: contents; }
.popup { position: absolute; isolation: isolate; max-width: var(--auto-size-available-width, none);
  max-height: var(--auto-size-available-height, none); }
.popup--fixed { position: fixed; }
.popup:not(.popup--active) { display: none; }`,
  'sl-select': `${FORM_CONTROL_CSS}
:host { display: block; }
.select { flex: 1 1 auto; display: inline-flex; width: 100%; position: relative; vertical-align: middle; }
.select::part(popup) { z-index: var(--sl-z-index-dropdown); }
.select[data-current-placement^='top']::part(popup) { transform-origin: bottom; }
.select[data-current-placement^='bottom']::part(popup) { transform-origin: top; }
.select__combobox { flex: 1; display: flex; width: 100%; min-width: 0; position: relative; align-items: center; justify-content: start;
  font-family: var(--sl-input-font-family); font-weight: var(--sl-input-font-weight); letter-spacing: var(--sl-input-letter-spacing);
  vertical-align: middle; overflow: hidden; cursor: pointer; transition: var(--sl-transition-fast) color,
  var(--sl-transition-fast) border, var(--sl-transition-fast) box-shadow, var(--sl-transition-fast) background-color; }
.select__display-input { position: relative; width: 100%; font: inherit; border: none; background: none; color: var(--sl-input-color);
  cursor: inherit; overflow: hidden; padding: 0; margin: 0; -webkit-appearance: none; }
.select__display-input::placeholder { color: var(--sl-input-placeholder-color); }
.select__display-input:focus { outline: none; }
.select__value-input { position: absolute; top: 0; left: 0; width: 100%; height: 100%; padding: 0; margin: 0; opacity: 0; z-index: -1; }
.select--standard .select__combobox { background-color: var(--sl-input-background-color); border: solid var(--sl-input-border-width) var(--sl-input-border-color); }
.select--standard:not(.select--disabled):hover .select__combobox { border-color: var(--sl-input-border-color-hover); }
.select--standard:not(.select--disabled).select--open .select__combobox,
.select--standard:not(.select--disabled).select--focused .select__combobox { background-color: var(--sl-input-background-color-focus);
  border-color: var(--sl-input-border-color-focus); box-shadow: 0 0 0 var(--sl-focus-ring-width) var(--sl-input-focus-ring-color); }
.select--medium .select__combobox { border-radius: var(--sl-input-border-radius-medium); font-size: var(--sl-input-font-size-medium);
  min-height: var(--sl-input-height-medium); padding-block: 0; padding-inline: var(--sl-input-spacing-medium); }
.select__expand-icon { flex: 0 0 auto; display: flex; align-items: center; transition: var(--sl-transition-medium) rotate ease;
  rotate: 0; margin-inline-start: var(--sl-spacing-small); }
.select--open .select__expand-icon { rotate: -180deg; }
.select__listbox { display: block; position: relative; font-family: var(--sl-font-sans); font-size: var(--sl-font-size-medium);
  font-weight: var(--sl-font-weight-normal); box-shadow: var(--sl-shadow-large); background: var(--sl-panel-background-color);
  border: solid var(--sl-panel-border-width) var(--sl-panel-border-color); border-radius: var(--sl-border-radius-medium);
  padding-block: var(--sl-spacing-x-small); padding-inline: 0; overflow: auto; overscroll-behavior: none;
  max-width: var(--auto-size-available-width); max-height: var(--auto-size-available-height); }`,
  'sl-option': `:host { display: block; user-select: none; -webkit-user-select: none; }
:host(:focus) { outline: none; }
.option { position: relative; display: flex; align-items: center; font-family: var(--sl-font-sans); font-size: var(--sl-font-size-medium);
  font-weight: var(--sl-font-weight-normal); line-height: var(--sl-line-height-normal); letter-spacing: var(--sl-letter-spacing-normal);
  color: var(--sl-color-neutral-700); padding: var(--sl-spacing-x-small) var(--sl-spacing-medium) var(--sl-spacing-x-small) var(--sl-spacing-x-small);
  transition: var(--sl-transition-fast) fill; cursor: pointer; }
.option--hover:not(.option--current):not(.option--disabled) { background-color: var(--sl-color-neutral-100); color: var(--sl-color-neutral-1000); }
.option--current, .option--current.option--disabled { background-color: var(--sl-color-primary-600); color: var(--sl-color-neutral-0); opacity: 1; }
.option--disabled { outline: none; opacity: 0.5; cursor: not-allowed; }
.option__label { flex: 1 1 auto; display: inline-block; line-height: var(--sl-line-height-dense); }
.option .option__check { flex: 0 0 auto; display: flex; align-items: center; justify-content: center; visibility: hidden;
  padding-inline-end: var(--sl-spacing-2x-small); }
.option--selected .option__check { visibility: visible; }
.option__prefix, .option__suffix { flex: 0 0 auto; display: flex; align-items: center; }`,
  'sl-dialog': `:host { --width: 31rem; --header-spacing: var(--sl-spacing-large); --body-spacing: var(--sl-spacing-large);
  --footer-spacing: var(--sl-spacing-large); display: contents; }
.dialog { display: flex; align-items: center; justify-content: center; position: fixed; top: 0; right: 0; bottom: 0; left: 0;
  z-index: var(--sl-z-index-dialog); }
.dialog__panel { display: flex; flex-direction: column; z-index: 2; width: var(--width); max-width: calc(100% - var(--sl-spacing-2x-large));
  max-height: calc(100% - var(--sl-spacing-2x-large)); background-color: var(--sl-panel-background-color);
  border-radius: var(--sl-border-radius-medium); box-shadow: var(--sl-shadow-x-large); }
.dialog__panel:focus { outline: none; }
@media screen and (max-width: 420px) { .dialog__panel { max-height: 80vh; } }
.dialog--open .dialog__panel { display: flex; opacity: 1; }
.dialog__header { flex: 0 0 auto; display: flex; }
.dialog__title { flex: 1 1 auto; font: inherit; font-size: var(--sl-font-size-large); line-height: var(--sl-line-height-dense);
  padding: var(--header-spacing); margin: 0; }
.dialog__header-actions { flex-shrink: 0; display: flex; flex-wrap: wrap; justify-content: end; gap: var(--sl-spacing-2x-small);
  padding: 0 var(--header-spacing); }
.dialog__header-actions sl-icon-button, .dialog__header-actions ::slotted(sl-icon-button) { flex: 0 0 auto; display: flex;
  align-items: center; font-size: var(--sl-font-size-medium); }
.dialog__body { flex: 1 1 auto; display: block; padding: var(--body-spacing); overflow: auto; -webkit-overflow-scrolling: touch; }
.dialog__footer { flex: 0 0 auto; text-align: right; padding: var(--footer-spacing); }
.dialog__footer ::slotted(sl-button:not(:first-of-type)) { margin-inline-start: var(--sl-spacing-x-small); }
.dialog:not(.dialog--has-footer) .dialog__footer { display: none; }
.dialog__overlay { position: fixed; top: 0; right: 0; bottom: 0; left: 0; background-color: var(--sl-overlay-background-color); }`,
  'sl-alert': `:host { display: contents; margin: 0; }
.alert { position: relative; display: flex; align-items: stretch; background-color: var(--sl-panel-background-color);
  border: solid var(--sl-panel-border-width) var(--sl-panel-border-color); border-top-width: calc(var(--sl-panel-border-width) * 3);
  border-radius: var(--sl-border-radius-medium); font-family: var(--sl-font-sans); font-size: var(--sl-font-size-small);
  font-weight: var(--sl-font-weight-normal); line-height: 1.6; color: var(--sl-color-neutral-700); margin: inherit; overflow: hidden; }
.alert:not(.alert--has-icon) .alert__icon, .alert:not(.alert--closable) .alert__close-button { display: none; }
.alert__icon { flex: 0 0 auto; display: flex; align-items: center; font-size: var(--sl-font-size-large); padding-inline-start: var(--sl-spacing-large); }
.alert--has-countdown { border-bottom: none; }
.alert--primary { border-top-color: var(--sl-color-primary-600); } .alert--primary .alert__icon { color: var(--sl-color-primary-600); }
.alert--success { border-top-color: var(--sl-color-success-600); } .alert--success .alert__icon { color: var(--sl-color-success-600); }
.alert--neutral { border-top-color: var(--sl-color-neutral-600); } .alert--neutral .alert__icon { color: var(--sl-color-neutral-600); }
.alert--warning { border-top-color: var(--sl-color-warning-600); } .alert--warning .alert__icon { color: var(--sl-color-warning-600); }
.alert--danger { border-top-color: var(--sl-color-danger-600); } .alert--danger .alert__icon { color: var(--sl-color-danger-600); }
.alert__message { flex: 1 1 auto; display: block; padding: var(--sl-spacing-large); overflow: hidden; }
.alert__close-button { flex: 0 0 auto; display: flex; align-items: center; font-size: var(--sl-font-size-medium);
  padding-inline-end: var(--sl-spacing-medium); }`,
  'sl-card': `:host { --border-color: var(--sl-color-neutral-200); --border-radius: var(--sl-border-radius-medium); --border-width: 1px;
  --padding: var(--sl-spacing-large); display: inline-block; }
.card { display: flex; flex-direction: column; background-color: var(--sl-panel-background-color); box-shadow: var(--sl-shadow-x-small);
  border: solid var(--border-width) var(--border-color); border-radius: var(--border-radius); }
.card__header { display: block; border-bottom: solid var(--border-width) var(--border-color); padding: calc(var(--padding) / 2) var(--padding); }
.card:not(.card--has-header) .card__header { display: none; }
.card__body { display: block; padding: var(--padding); }
.card--has-footer .card__footer { display: block; border-top: solid var(--border-width) var(--border-color); padding: var(--padding); }
.card:not(.card--has-footer) .card__footer { display: none; }`,
  'sl-tree': `:host { --indent-size: var(--sl-spacing-medium); --indent-guide-color: var(--sl-color-neutral-200); --indent-guide-offset: 0;
  --indent-guide-style: solid; --indent-guide-width: 0; display: block; isolation: isolate; min-width: 0; }`,
  'sl-tree-item': `:host { display: block; outline: 0; z-index: 0; }
:host(:focus) { outline: none; }
slot:not([name])::slotted(sl-icon) { margin-inline-end: var(--sl-spacing-x-small); }
.tree-item { position: relative; display: flex; align-items: stretch; flex-direction: column; color: var(--sl-color-neutral-700);
  cursor: pointer; user-select: none; -webkit-user-select: none; }
.tree-item__expand-button, .tree-item__label { font-family: var(--sl-font-sans); font-size: var(--sl-font-size-medium);
  font-weight: var(--sl-font-weight-normal); line-height: var(--sl-line-height-dense); letter-spacing: var(--sl-letter-spacing-normal); }
.tree-item__indentation { display: block; width: 1em; flex-shrink: 0; }
.tree-item__expand-button { display: flex; align-items: center; justify-content: center; box-sizing: content-box;
  color: var(--sl-color-neutral-500); padding: var(--sl-spacing-x-small); width: 1rem; height: 1rem; flex-shrink: 0; cursor: pointer; }
.tree-item__expand-button { transition: var(--sl-transition-medium) rotate ease; }
.tree-item--expanded .tree-item__expand-button { rotate: 90deg; }
.tree-item--expanded slot[name='expand-icon'], .tree-item:not(.tree-item--expanded) slot[name='collapse-icon'] { display: none; }
.tree-item:not(.tree-item--has-expand-button) .tree-item__expand-icon-slot { display: none; }
.tree-item__expand-button--visible { cursor: pointer; }
.tree-item__item { display: flex; align-items: center; border-inline-start: solid 3px transparent; }
.tree-item--disabled .tree-item__item { opacity: 0.5; outline: none; cursor: not-allowed; }
:host(:focus-visible) .tree-item__item { outline: var(--sl-focus-ring); outline-offset: var(--sl-focus-ring-offset); z-index: 2; }
:host(:not([aria-disabled='true'])) .tree-item--selected .tree-item__item { background-color: var(--sl-color-neutral-100);
  border-inline-start-color: var(--sl-color-primary-600); }
:host(:not([aria-disabled='true'])) .tree-item__expand-button { color: var(--sl-color-neutral-600); }
.tree-item__label { display: flex; align-items: center; transition: var(--sl-transition-fast) color; }
.tree-item__children { display: block; font-size: calc(1em + var(--indent-size, var(--sl-spacing-medium))); position: relative; }
.tree-item__children::before { content: ''; position: absolute; top: var(--indent-guide-offset); bottom: var(--indent-guide-offset);
  left: calc(1em - (var(--indent-guide-width) / 2) - 1px); border-inline-end: var(--indent-guide-width) var(--indent-guide-style)
  var(--indent-guide-color); z-index: 1; }`,
});

// ---------------------------------------------------------------------------------------------------
// The component runtime: Shoelace 2 custom elements, hand-written (no library files, no network).
// ---------------------------------------------------------------------------------------------------
const RUNTIME_JS = String.raw`/* Shoelace 2 (subset), hand-built for this portal: same tags, shadow DOM, parts, events. */
const LIT = 'lit$' + String(Math.random()).slice(9) + '$';
const M = '<!--?' + LIT + '-->';
const E = '<!---->';
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function esc(value) {
  return String(value === null || value === undefined ? '' : value).replace(/[&<>"']/g, function (c) {
    return ENTITIES[c];
  });
}
function classMap(map) {
  return Object.keys(map)
    .filter(function (key) { return map[key]; })
    .join(' ');
}
const sheetCache = new Map();
function sheetFor(tag) {
  let sheet = sheetCache.get(tag);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(SL_STYLES.base + '\n' + (SL_STYLES[tag] || ''));
    sheetCache.set(tag, sheet);
  }
  return sheet;
}
function waitForEvent(el, name) {
  return new Promise(function (resolve) {
    function done(event) {
      if (event.target === el) {
        el.removeEventListener(name, done);
        resolve();
      }
    }
    el.addEventListener(name, done);
  });
}
function animateTo(el, animation) {
  return new Promise(function (resolve) {
    if (!el || !el.animate) return resolve();
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const options = Object.assign({}, animation.options, { duration: reduce ? 0 : animation.options.duration });
    const running = el.animate(animation.keyframes, options);
    running.addEventListener('cancel', resolve, { once: true });
    running.addEventListener('finish', resolve, { once: true });
  });
}
function stopAnimations(el) {
  return Promise.all(
    el.getAnimations().map(function (animation) {
      return new Promise(function (resolve) {
        animation.cancel();
        requestAnimationFrame(resolve);
      });
    }),
  );
}
const EASE_TREE = 'cubic-bezier(0.4, 0.0, 0.2, 1)';
const ANIMATIONS = {
  'dialog.show': { keyframes: [{ opacity: 0, scale: 0.8 }, { opacity: 1, scale: 1 }], options: { duration: 250, easing: 'ease' } },
  'dialog.hide': { keyframes: [{ opacity: 1, scale: 1 }, { opacity: 0, scale: 0.8 }], options: { duration: 250, easing: 'ease' } },
  'dialog.denyClose': { keyframes: [{ scale: 1 }, { scale: 1.02 }, { scale: 1 }], options: { duration: 250 } },
  'dialog.overlay.show': { keyframes: [{ opacity: 0 }, { opacity: 1 }], options: { duration: 250 } },
  'dialog.overlay.hide': { keyframes: [{ opacity: 1 }, { opacity: 0 }], options: { duration: 250 } },
  'alert.show': { keyframes: [{ opacity: 0, scale: 0.8 }, { opacity: 1, scale: 1 }], options: { duration: 250, easing: 'ease' } },
  'alert.hide': { keyframes: [{ opacity: 1, scale: 1 }, { opacity: 0, scale: 0.8 }], options: { duration: 250, easing: 'ease' } },
  'select.show': { keyframes: [{ opacity: 0, scale: 0.9 }, { opacity: 1, scale: 1 }], options: { duration: 100, easing: 'ease' } },
  'select.hide': { keyframes: [{ opacity: 1, scale: 1 }, { opacity: 0, scale: 0.9 }], options: { duration: 100, easing: 'ease' } },
};
function treeAnimation(expand, height) {
  const closed = { height: '0', opacity: '0', overflow: 'hidden' };
  const opened = { height: height + 'px', opacity: '1', overflow: 'hidden' };
  return { keyframes: expand ? [closed, opened] : [opened, closed], options: { duration: 250, easing: EASE_TREE } };
}

const ICONS = {
  'x-lg': '<path d="M2.146 2.854a.5.5 0 1 1 .708-.708L8 7.293l5.146-5.147a.5.5 0 0 1 .708.708L8.707 8l5.147 5.146a.5.5 0 0 1-.708.708L8 8.707l-5.146 5.147a.5.5 0 0 1-.708-.708L7.293 8z"></path>',
  eye: '<path d="M16 8s-3-5.5-8-5.5S0 8 0 8s3 5.5 8 5.5S16 8 16 8M1.173 8a13 13 0 0 1 1.66-2.043C4.12 4.668 5.88 3.5 8 3.5s3.879 1.168 5.168 2.457A13 13 0 0 1 14.828 8q-.086.13-.195.288c-.335.48-.83 1.12-1.465 1.755C11.879 11.332 10.119 12.5 8 12.5s-3.879-1.168-5.168-2.457A13 13 0 0 1 1.172 8z"></path><path d="M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5M4.5 8a3.5 3.5 0 1 1 7 0 3.5 3.5 0 0 1-7 0"></path>',
  'eye-slash': '<path d="M13.359 11.238C15.06 9.72 16 8 16 8s-3-5.5-8-5.5a7 7 0 0 0-2.79.588l.77.771A6 6 0 0 1 8 3.5c2.12 0 3.879 1.168 5.168 2.457A13 13 0 0 1 14.828 8q-.086.13-.195.288c-.335.48-.83 1.12-1.465 1.755q-.247.248-.517.486z"></path><path d="M11.297 9.176a3.5 3.5 0 0 0-4.474-4.474l.823.823a2.5 2.5 0 0 1 2.829 2.829zm-2.943 1.299.822.822a3.5 3.5 0 0 1-4.474-4.474l.823.823a2.5 2.5 0 0 0 2.829 2.829"></path><path d="M3.35 5.47q-.27.24-.518.487A13 13 0 0 0 1.172 8l.195.288c.335.48.83 1.12 1.465 1.755C4.121 11.332 5.881 12.5 8 12.5c.716 0 1.39-.133 2.02-.36l.77.772A7 7 0 0 1 8 13.5C3 13.5 0 8 0 8s.939-1.721 2.641-3.238l.708.709zm10.296 8.884-12-12 .708-.708 12 12z"></path>',
  'chevron-right': '<path fill-rule="evenodd" d="M4.646 1.646a.5.5 0 0 1 .708 0l6 6a.5.5 0 0 1 0 .708l-6 6a.5.5 0 0 1-.708-.708L10.293 8 4.646 2.354a.5.5 0 0 1 0-.708"></path>',
  'chevron-down': '<path fill-rule="evenodd" d="M1.646 4.646a.5.5 0 0 1 .708 0L8 10.293l5.646-5.647a.5.5 0 0 1 .708.708l-6 6a.5.5 0 0 1-.708 0l-6-6a.5.5 0 0 1 0-.708"></path>',
  check: '<polyline points="3.5 8.5 6.5 11.5 12.5 4.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></polyline>',
  radio: '<circle cx="8" cy="8" r="3.42857143"></circle>',
  'info-circle': '<path d="M8 15A7 7 0 1 1 8 1a7 7 0 0 1 0 14m0 1A8 8 0 1 0 8 0a8 8 0 0 0 0 16"></path><path d="m8.93 6.588-2.29.287-.082.38.45.083c.294.07.352.176.288.469l-.738 3.468c-.194.897.105 1.319.808 1.319.545 0 1.178-.252 1.465-.598l.088-.416c-.2.176-.492.246-.686.246-.275 0-.375-.193-.304-.533zM9 4.5a1 1 0 1 1-2 0 1 1 0 0 1 2 0"></path>',
  'check2-circle': '<path d="M2.5 8a5.5 5.5 0 0 1 8.25-4.764.5.5 0 0 0 .5-.866A6.5 6.5 0 1 0 14.5 8a.5.5 0 0 0-1 0 5.5 5.5 0 1 1-11 0"></path><path d="M15.354 3.354a.5.5 0 0 0-.708-.708L8 9.293 5.354 6.646a.5.5 0 1 0-.708.708l3 3a.5.5 0 0 0 .708 0z"></path>',
  'exclamation-triangle': '<path d="M7.938 2.016A.13.13 0 0 1 8.002 2a.13.13 0 0 1 .063.016.15.15 0 0 1 .054.057l6.857 11.667c.036.06.035.124.002.183a.2.2 0 0 1-.054.06.1.1 0 0 1-.066.017H1.146a.1.1 0 0 1-.066-.017.2.2 0 0 1-.054-.06.18.18 0 0 1 .002-.183L7.884 2.073a.15.15 0 0 1 .054-.057m1.044-.45a1.13 1.13 0 0 0-1.96 0L.165 13.233c-.457.778.091 1.767.98 1.767h13.713c.889 0 1.438-.99.98-1.767z"></path><path d="M7.002 12a1 1 0 1 1 2 0 1 1 0 0 1-2 0M7.1 5.995a.905.905 0 1 1 1.8 0l-.35 3.507a.552.552 0 0 1-1.1 0z"></path>',
  'exclamation-octagon': '<path d="M4.54.146A.5.5 0 0 1 4.893 0h6.214a.5.5 0 0 1 .353.146l4.394 4.394a.5.5 0 0 1 .146.353v6.214a.5.5 0 0 1-.146.353l-4.394 4.394a.5.5 0 0 1-.353.146H4.893a.5.5 0 0 1-.353-.146L.146 11.46A.5.5 0 0 1 0 11.107V4.893a.5.5 0 0 1 .146-.353zM5.1 1 1 5.1v5.8L5.1 15h5.8l4.1-4.1V5.1L10.9 1z"></path><path d="M7.002 11a1 1 0 1 1 2 0 1 1 0 0 1-2 0M7.1 4.995a.905.905 0 1 1 1.8 0l-.35 3.507a.552.552 0 0 1-1.1 0z"></path>',
  'arrow-clockwise': '<path fill-rule="evenodd" d="M8 3a5 5 0 1 0 4.546 2.914.5.5 0 0 1 .908-.417A6 6 0 1 1 8 2z"></path><path d="M8 4.466V.534a.25.25 0 0 1 .41-.192l2.36 1.966c.12.1.12.284 0 .384L8.41 4.658A.25.25 0 0 1 8 4.466"></path>',
  house: '<path d="M8.707 1.5a1 1 0 0 0-1.414 0L.646 8.146a.5.5 0 0 0 .708.708L2 8.207V13.5A1.5 1.5 0 0 0 3.5 15h9a1.5 1.5 0 0 0 1.5-1.5V8.207l.646.647a.5.5 0 0 0 .708-.708L13 5.793V2.5a.5.5 0 0 0-.5-.5h-1a.5.5 0 0 0-.5.5v1.293zM13 7.207V13.5a.5.5 0 0 1-.5.5h-9a.5.5 0 0 1-.5-.5V7.207l5-5z"></path>',
  'file-earmark-text': '<path d="M5.5 7a.5.5 0 0 0 0 1h5a.5.5 0 0 0 0-1zM5 9.5a.5.5 0 0 1 .5-.5h5a.5.5 0 0 1 0 1h-5a.5.5 0 0 1-.5-.5m0 2a.5.5 0 0 1 .5-.5h2a.5.5 0 0 1 0 1h-2a.5.5 0 0 1-.5-.5"></path><path d="M9.5 0H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2V4.5zm0 1v2A1.5 1.5 0 0 0 11 4.5h2V14a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V2a1 1 0 0 1 1-1z"></path>',
  key: '<path d="M0 8a4 4 0 0 1 7.465-2H14a.5.5 0 0 1 .354.146l1.5 1.5a.5.5 0 0 1 0 .708l-1.5 1.5a.5.5 0 0 1-.708 0L13 9.207l-.646.647a.5.5 0 0 1-.708 0L11 9.207l-.646.647a.5.5 0 0 1-.708 0L9 9.207l-.646.647A.5.5 0 0 1 8 10h-.535A4 4 0 0 1 0 8m4-3a3 3 0 1 0 2.712 4.285A.5.5 0 0 1 7.163 9h.63l.853-.854a.5.5 0 0 1 .708 0l.646.647.646-.647a.5.5 0 0 1 .708 0l.646.647.646-.647a.5.5 0 0 1 .708 0l.646.647.793-.793-1-1h-6.63a.5.5 0 0 1-.451-.285A3 3 0 0 0 4 5"></path><path d="M4 8a1 1 0 1 1-2 0 1 1 0 0 1 2 0"></path>',
  'bar-chart': '<path d="M4 11H2v3h2zm5-4H7v7h2zm5-5v12h-2V2zm-2-1a1 1 0 0 0-1 1v12a1 1 0 0 0 1 1h2a1 1 0 0 0 1-1V2a1 1 0 0 0-1-1zM6 7a1 1 0 0 1 1-1h2a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1zm-5 4a1 1 0 0 1 1-1h2a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1z"></path>',
  people: '<path d="M15 14s1 0 1-1-1-4-5-4-5 3-5 4 1 1 1 1zm-7.978-1L7 12.996c.001-.264.167-1.03.76-1.72C8.312 10.629 9.282 10 11 10c1.717 0 2.687.63 3.24 1.276.593.69.758 1.457.76 1.72l-.008.002-.014.002zM11 7a2 2 0 1 0 0-4 2 2 0 0 0 0 4m3-2a3 3 0 1 1-6 0 3 3 0 0 1 6 0M6.936 9.28a6 6 0 0 0-1.23-.247A7 7 0 0 0 5 9c-4 0-5 3-5 4q0 1 1 1h4.216A2.24 2.24 0 0 1 5 13c0-1.01.377-2.042 1.09-2.904.243-.294.526-.569.846-.816M4.92 10A5.5 5.5 0 0 0 4 13H1c0-.26.164-1.03.76-1.724.545-.636 1.492-1.256 3.16-1.275ZM1.5 5.5a3 3 0 1 1 6 0 3 3 0 0 1-6 0m3-2a2 2 0 1 0 0 4 2 2 0 0 0 0-4"></path>',
  'box-arrow-right': '<path fill-rule="evenodd" d="M10 12.5a.5.5 0 0 1-.5.5h-8a.5.5 0 0 1-.5-.5v-9a.5.5 0 0 1 .5-.5h8a.5.5 0 0 1 .5.5v2a.5.5 0 0 0 1 0v-2A1.5 1.5 0 0 0 9.5 2h-8A1.5 1.5 0 0 0 0 3.5v9A1.5 1.5 0 0 0 1.5 14h8a1.5 1.5 0 0 0 1.5-1.5v-2a.5.5 0 0 0-1 0z"></path><path fill-rule="evenodd" d="M15.854 8.354a.5.5 0 0 0 0-.708l-3-3a.5.5 0 0 0-.708.708L14.293 7.5H5.5a.5.5 0 0 0 0 1h8.793l-2.147 2.146a.5.5 0 0 0 .708.708z"></path>',
  'person-circle': '<path d="M11 6a3 3 0 1 1-6 0 3 3 0 0 1 6 0"></path><path fill-rule="evenodd" d="M0 8a8 8 0 1 1 16 0A8 8 0 0 1 0 8m8-7a7 7 0 0 0-5.468 11.37C3.242 11.226 4.805 10 8 10s4.757 1.225 5.468 2.37A7 7 0 0 0 8 1"></path>',
  'shield-lock': '<path d="M5.338 1.59a61 61 0 0 0-2.837.856.48.48 0 0 0-.328.39c-.554 4.157.726 7.19 2.253 9.188a10.7 10.7 0 0 0 2.287 2.233c.346.244.652.42.893.533q.18.085.293.118a1 1 0 0 0 .101.025 1 1 0 0 0 .1-.025q.114-.034.294-.118c.24-.113.547-.29.893-.533a10.7 10.7 0 0 0 2.287-2.233c1.527-1.997 2.807-5.031 2.253-9.188a.48.48 0 0 0-.328-.39c-.651-.213-1.75-.56-2.837-.855C9.552 1.29 8.531 1.067 8 1.067c-.53 0-1.552.223-2.662.524zM5.072.56C6.157.265 7.31 0 8 0s1.843.265 2.928.56c1.11.3 2.229.655 2.887.87a1.54 1.54 0 0 1 1.044 1.262c.596 4.477-.787 7.795-2.465 9.99a11.8 11.8 0 0 1-2.517 2.453 7 7 0 0 1-1.048.625c-.28.132-.581.24-.829.24s-.548-.108-.829-.24a7 7 0 0 1-1.048-.625 11.8 11.8 0 0 1-2.517-2.453C1.928 10.487.545 7.169 1.141 2.692A1.54 1.54 0 0 1 2.185 1.43 63 63 0 0 1 5.072.56"></path><path d="M9.5 6.5a1.5 1.5 0 0 1-1 1.415l.385 1.99a.5.5 0 0 1-.491.595h-.788a.5.5 0 0 1-.49-.595l.384-1.99a1.5 1.5 0 1 1 2-1.415"></path>',
};
ICONS['x-circle-fill'] = '<path d="M16 8A8 8 0 1 1 0 8a8 8 0 0 1 16 0M5.354 4.646a.5.5 0 1 0-.708.708L7.293 8l-2.647 2.646a.5.5 0 0 0 .708.708L8 8.707l2.647 2.647a.5.5 0 0 0 .708-.708L8.707 8l2.647-2.646a.5.5 0 0 0-.708-.708L8 7.293z"></path>';

/** Property accessors: [attribute, type, default, reflect]. Unreflected ones live in __state. */
function defineProps(cls, spec) {
  const observed = [];
  Object.keys(spec).forEach(function (prop) {
    const attr = spec[prop][0];
    const type = spec[prop][1];
    const fallback = spec[prop][2];
    const reflect = spec[prop][3] !== false;
    if (reflect) observed.push(attr);
    Object.defineProperty(cls.prototype, prop, {
      configurable: true,
      get: function () {
        if (!reflect) return prop in this.__state ? this.__state[prop] : fallback;
        if (type === 'bool') return this.hasAttribute(attr);
        const raw = this.getAttribute(attr);
        if (raw === null) return fallback;
        return type === 'number' ? Number(raw) : raw;
      },
      set: function (value) {
        if (!reflect) {
          const old = this[prop];
          this.__state[prop] = value;
          if (old !== value && this.__rendered) {
            this.changed(prop, old, value);
            this.update();
          }
          return;
        }
        if (type === 'bool') this.toggleAttribute(attr, !!value);
        else if (value === null || value === undefined) this.removeAttribute(attr);
        else this.setAttribute(attr, String(value));
      },
    });
  });
  Object.defineProperty(cls, 'observedAttributes', { get: function () { return observed; } });
}

class ShoelaceElement extends HTMLElement {
  constructor() {
    super();
    this.__state = {};
    this.__rendered = false;
  }
  connectedCallback() {
    if (!this.__rendered) {
      const root = this.attachShadow({ mode: 'open', delegatesFocus: !!this.constructor.delegatesFocus });
      root.adoptedStyleSheets = [sheetFor(this.localName)];
      root.innerHTML = this.template();
      this.__rendered = true;
      this.firstUpdated();
    }
    this.update();
    this.connected();
  }
  disconnectedCallback() {
    this.disconnected();
  }
  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.__rendered || oldValue === newValue) return;
    this.changed(name, oldValue, newValue);
    this.update();
  }
  template() { return ''; }
  firstUpdated() {}
  connected() {}
  disconnected() {}
  changed() {}
  update() {}
  part(selector) {
    return this.shadowRoot.querySelector(selector);
  }
  emit(name, options) {
    const event = new CustomEvent(
      name,
      Object.assign({ bubbles: true, cancelable: false, composed: true, detail: {} }, options || {}),
    );
    this.dispatchEvent(event);
    return event;
  }
  hasSlotted(name) {
    return Array.from(this.childNodes).some(function (node) {
      if (node.nodeType === Node.TEXT_NODE) return !name && node.textContent.trim() !== '';
      if (node.nodeType !== Node.ELEMENT_NODE) return false;
      return name ? node.getAttribute('slot') === name : !node.hasAttribute('slot');
    });
  }
  setSlotText(slot, text) {
    if (slot && slot.__text !== text) {
      slot.__text = text;
      slot.innerHTML = M + esc(text);
    }
  }
}

class SlIcon extends ShoelaceElement {
  update() {
    const name = this.name;
    const body = ICONS[name];
    if (this.__drawn !== name) {
      this.__drawn = name;
      this.shadowRoot.innerHTML = body
        ? '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="currentColor" class="bi bi-' +
          esc(name) + '" viewBox="0 0 16 16" part="svg">' + body + '</svg>'
        : '';
    }
    if (this.label) {
      this.setAttribute('role', 'img');
      this.setAttribute('aria-label', this.label);
      this.removeAttribute('aria-hidden');
    } else {
      this.removeAttribute('role');
      this.removeAttribute('aria-label');
      this.setAttribute('aria-hidden', 'true');
    }
  }
}
defineProps(SlIcon, { name: ['name', 'string', ''], label: ['label', 'string', ''], library: ['library', 'string', 'default'] });

class SlSpinner extends ShoelaceElement {
  template() {
    return '<svg part="base" class="spinner" role="progressbar" aria-label="Loading"><circle class="spinner__track"></circle><circle class="spinner__indicator"></circle></svg>';
  }
}
defineProps(SlSpinner, {});

class SlButton extends ShoelaceElement {
  template() {
    return '<button part="base" class="button" type="button" title="" aria-disabled="false" tabindex="0">' +
      '<slot name="prefix" part="prefix" class="button__prefix"></slot>' +
      '<slot part="label" class="button__label"></slot>' +
      '<slot name="suffix" part="suffix" class="button__suffix"></slot>' + E + E + '</button>';
  }
  firstUpdated() {
    const self = this;
    this.button = this.part('.button');
    this.button.addEventListener('click', function (event) {
      if (self.disabled || self.loading) {
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      if (self.type === 'submit' || self.type === 'reset') {
        const form = self.closest('form');
        if (form) {
          if (self.type === 'submit') form.requestSubmit();
          else form.reset();
        }
      }
    });
    this.button.addEventListener('focus', function () {
      self.__state.focused = true;
      self.update();
      self.emit('sl-focus');
    });
    this.button.addEventListener('blur', function () {
      self.__state.focused = false;
      self.update();
      self.emit('sl-blur');
    });
    this.shadowRoot.addEventListener('slotchange', function () { self.update(); });
  }
  update() {
    const b = this.button;
    b.className = classMap({
      button: true,
      ['button--' + this.variant]: true,
      ['button--' + this.size]: true,
      'button--caret': this.caret,
      'button--disabled': this.disabled,
      'button--focused': !!this.__state.focused,
      'button--loading': this.loading,
      'button--standard': !this.outline,
      'button--outline': this.outline,
      'button--pill': this.pill,
      'button--rtl': false,
      'button--has-label': this.hasSlotted(''),
      'button--has-prefix': this.hasSlotted('prefix'),
      'button--has-suffix': this.hasSlotted('suffix'),
    });
    b.disabled = this.disabled;
    b.type = this.type === 'submit' ? 'submit' : this.type === 'reset' ? 'reset' : 'button';
    b.setAttribute('aria-disabled', this.disabled ? 'true' : 'false');
    b.setAttribute('tabindex', this.disabled ? '-1' : '0');
    let spinner = this.part('sl-spinner');
    if (this.loading && !spinner) {
      spinner = document.createElement('sl-spinner');
      spinner.setAttribute('part', 'spinner');
      b.appendChild(spinner);
    } else if (!this.loading && spinner) {
      spinner.remove();
    }
  }
  focus(options) { this.button.focus(options); }
  blur() { this.button.blur(); }
  click() { this.button.click(); }
}
defineProps(SlButton, {
  variant: ['variant', 'string', 'default'],
  size: ['size', 'string', 'medium'],
  caret: ['caret', 'bool', false],
  disabled: ['disabled', 'bool', false],
  loading: ['loading', 'bool', false],
  outline: ['outline', 'bool', false],
  pill: ['pill', 'bool', false],
  type: ['type', 'string', 'button'],
  name: ['name', 'string', ''],
  value: ['value', 'string', ''],
});

class SlIconButton extends ShoelaceElement {
  template() {
    return '<button part="base" class="icon-button" type="button" aria-disabled="false" tabindex="0">' +
      '<sl-icon class="icon-button__icon" library="system" aria-hidden="true"></sl-icon></button>';
  }
  firstUpdated() {
    const self = this;
    this.button = this.part('.icon-button');
    this.button.addEventListener('click', function (event) {
      if (self.disabled) {
        event.preventDefault();
        event.stopPropagation();
      }
    });
    this.button.addEventListener('focus', function () { self.emit('sl-focus'); });
    this.button.addEventListener('blur', function () { self.emit('sl-blur'); });
  }
  update() {
    this.button.className = classMap({ 'icon-button': true, 'icon-button--disabled': this.disabled });
    this.button.disabled = this.disabled;
    this.button.setAttribute('aria-disabled', this.disabled ? 'true' : 'false');
    if (this.label) this.button.setAttribute('aria-label', this.label);
    else this.button.removeAttribute('aria-label');
    const icon = this.part('sl-icon');
    icon.setAttribute('name', this.name);
    icon.setAttribute('library', this.library);
  }
  focus(options) { this.button.focus(options); }
  blur() { this.button.blur(); }
  click() { this.button.click(); }
}
defineProps(SlIconButton, {
  name: ['name', 'string', ''],
  library: ['library', 'string', 'default'],
  label: ['label', 'string', ''],
  disabled: ['disabled', 'bool', false],
});

/** What every form control shares: validity flags mirrored onto the host as data-* attributes. */
function syncValidity(host, control) {
  const required = !!host.required;
  const valid = control.checkValidity();
  const interacted = !!host.__state.interacted;
  host.toggleAttribute('data-required', required);
  host.toggleAttribute('data-optional', !required);
  host.toggleAttribute('data-invalid', !valid);
  host.toggleAttribute('data-valid', valid);
  host.toggleAttribute('data-user-invalid', !valid && interacted);
  host.toggleAttribute('data-user-valid', valid && interacted);
}
function submitClosestForm(host) {
  const form = host.closest('form');
  if (form) form.requestSubmit();
}

class SlInput extends ShoelaceElement {
  static get delegatesFocus() { return true; }
  template() {
    return '<div part="form-control" class="form-control form-control--medium">' +
      '<label part="form-control-label" class="form-control__label" for="input" aria-hidden="true">' +
      '<slot name="label"></slot></label>' +
      '<div part="form-control-input" class="form-control-input">' +
      '<div part="base" class="input input--medium input--standard">' +
      '<span part="prefix" class="input__prefix"><slot name="prefix"></slot></span>' +
      '<input part="input" id="input" class="input__control" type="text" title="" aria-describedby="help-text" tabindex="0">' +
      E + E +
      '<span part="suffix" class="input__suffix"><slot name="suffix"></slot></span>' +
      '</div></div>' +
      '<div part="form-control-help-text" id="help-text" class="form-control__help-text" aria-hidden="true">' +
      '<slot name="help-text"></slot></div></div>';
  }
  firstUpdated() {
    const self = this;
    this.input = this.part('.input__control');
    this.input.value = this.value;
    this.input.addEventListener('input', function () {
      self.__state.interacted = true;
      self.value = self.input.value;
      self.emit('sl-input');
    });
    this.input.addEventListener('change', function () {
      self.value = self.input.value;
      self.emit('sl-change');
    });
    this.input.addEventListener('focus', function () {
      self.__state.focused = true;
      self.update();
      self.emit('sl-focus');
    });
    this.input.addEventListener('blur', function () {
      self.__state.focused = false;
      self.__state.interacted = self.__state.interacted || self.value !== '';
      self.update();
      self.emit('sl-blur');
    });
    this.input.addEventListener('invalid', function (event) {
      event.preventDefault();
      self.emit('sl-invalid', { bubbles: false, composed: false, cancelable: true });
    });
    this.input.addEventListener('keydown', function (event) {
      const modifier = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
      if (event.key === 'Enter' && !modifier) {
        setTimeout(function () {
          if (!event.defaultPrevented && !event.isComposing) submitClosestForm(self);
        });
      }
    });
    this.shadowRoot.addEventListener('click', function (event) {
      const toggle = event.target.closest && event.target.closest('.input__password-toggle');
      if (toggle) {
        self.passwordVisible = !self.passwordVisible;
        self.input.focus();
      }
    });
    this.part('.input').addEventListener('mousedown', function (event) {
      if (event.target === self.part('.input')) {
        event.preventDefault();
        self.input.focus();
      }
    });
  }
  changed(name) {
    if (name === 'value' && this.input.value !== this.value) this.input.value = this.value;
  }
  update() {
    const hasLabel = !!this.label || this.hasSlotted('label');
    const hasHelp = !!this.helpText || this.hasSlotted('help-text');
    this.part('.form-control').className = classMap({
      'form-control': true,
      'form-control--medium': true,
      'form-control--has-label': hasLabel,
      'form-control--has-help-text': hasHelp,
    });
    this.part('.form-control__label').setAttribute('aria-hidden', hasLabel ? 'false' : 'true');
    this.part('.form-control__help-text').setAttribute('aria-hidden', hasHelp ? 'false' : 'true');
    this.setSlotText(this.part('slot[name="label"]'), this.label);
    this.setSlotText(this.part('slot[name="help-text"]'), this.helpText);
    this.part('.input').className = classMap({
      input: true,
      'input--medium': true,
      'input--standard': true,
      'input--focused': !!this.__state.focused,
      'input--disabled': this.disabled,
      'input--empty': !this.value,
      'input--no-spin-buttons': false,
    });
    const input = this.input;
    const isPassword = this.type === 'password';
    input.type = isPassword && this.passwordVisible ? 'text' : this.type;
    const attrs = {
      name: this.name, placeholder: this.placeholder, maxlength: this.getAttribute('maxlength'),
      minlength: this.getAttribute('minlength'), pattern: this.getAttribute('pattern'),
      autocomplete: this.getAttribute('autocomplete'), inputmode: this.getAttribute('inputmode'),
      spellcheck: this.getAttribute('spellcheck'), enterkeyhint: this.getAttribute('enterkeyhint'),
    };
    Object.keys(attrs).forEach(function (key) {
      const value = attrs[key];
      if (value === null || value === undefined || value === '') input.removeAttribute(key);
      else if (input.getAttribute(key) !== value) input.setAttribute(key, value);
    });
    input.disabled = this.disabled;
    input.readOnly = this.readonly;
    input.required = this.required;
    const wantToggle = this.passwordToggle && isPassword && !this.disabled;
    const toggleState = wantToggle ? (this.passwordVisible ? 'hide' : 'show') : '';
    if (this.__toggleState !== toggleState) {
      this.__toggleState = toggleState;
      if (this.__toggle) this.__toggle.remove();
      this.__toggle = null;
      if (wantToggle) {
        const holder = document.createElement('div');
        holder.innerHTML =
          '<button part="password-toggle-button" class="input__password-toggle" type="button" aria-label="' +
          (this.passwordVisible ? 'Hide password' : 'Show password') + '" tabindex="-1">' +
          (this.passwordVisible
            ? '<slot name="hide-password-icon"><sl-icon name="eye" library="system"></sl-icon></slot>'
            : '<slot name="show-password-icon"><sl-icon name="eye-slash" library="system"></sl-icon></slot>') +
          '</button>';
        this.__toggle = holder.firstElementChild;
        this.part('.input__suffix').before(this.__toggle);
      }
    }
    syncValidity(this, input);
  }
  focus(options) { this.input.focus(options); }
  blur() { this.input.blur(); }
  select() { this.input.select(); }
  get validity() { return this.input.validity; }
  get validationMessage() { return this.input.validationMessage; }
  checkValidity() { return this.input.checkValidity(); }
  reportValidity() {
    this.__state.interacted = true;
    this.update();
    return this.input.reportValidity();
  }
  setCustomValidity(message) {
    this.input.setCustomValidity(message);
    if (message) this.__state.interacted = true;
    this.update();
  }
}
defineProps(SlInput, {
  type: ['type', 'string', 'text'],
  name: ['name', 'string', ''],
  value: ['value', 'string', ''],
  size: ['size', 'string', 'medium'],
  label: ['label', 'string', ''],
  helpText: ['help-text', 'string', ''],
  placeholder: ['placeholder', 'string', ''],
  clearable: ['clearable', 'bool', false],
  disabled: ['disabled', 'bool', false],
  readonly: ['readonly', 'bool', false],
  required: ['required', 'bool', false],
  passwordToggle: ['password-toggle', 'bool', false],
  passwordVisible: ['password-visible', 'bool', false],
  maxlength: ['maxlength', 'string', null],
  minlength: ['minlength', 'string', null],
  pattern: ['pattern', 'string', null],
  autocomplete: ['autocomplete', 'string', null],
  inputmode: ['inputmode', 'string', null],
  spellcheck: ['spellcheck', 'string', null],
  enterkeyhint: ['enterkeyhint', 'string', null],
});

class SlCheckbox extends ShoelaceElement {
  template() {
    return '<div class="form-control form-control--small form-control--has-help-text">' +
      '<label part="base" class="checkbox checkbox--medium">' +
      '<input class="checkbox__input" type="checkbox" title="" aria-checked="false" aria-describedby="help-text">' +
      '<span part="control" class="checkbox__control"></span>' +
      '<div part="label" class="checkbox__label"><slot></slot></div></label>' +
      '<div aria-hidden="true" class="form-control__help-text" id="help-text" part="form-control-help-text">' +
      '<slot name="help-text"></slot></div></div>';
  }
  firstUpdated() {
    const self = this;
    this.input = this.part('.checkbox__input');
    this.input.addEventListener('click', function () {
      self.checked = !self.checked;
      self.__state.interacted = true;
      self.emit('sl-change');
    });
    this.input.addEventListener('input', function () { self.emit('sl-input'); });
    this.input.addEventListener('focus', function () {
      self.__state.focused = true;
      self.update();
      self.emit('sl-focus');
    });
    this.input.addEventListener('blur', function () {
      self.__state.focused = false;
      self.update();
      self.emit('sl-blur');
    });
  }
  update() {
    const hasHelp = !!this.helpText;
    this.part('.form-control').className = classMap({
      'form-control': true, 'form-control--small': true, 'form-control--has-help-text': hasHelp,
    });
    this.part('.checkbox').className = classMap({
      checkbox: true,
      'checkbox--checked': this.checked,
      'checkbox--disabled': this.disabled,
      'checkbox--focused': !!this.__state.focused,
      'checkbox--indeterminate': false,
      'checkbox--medium': true,
    });
    this.input.checked = this.checked;
    this.input.disabled = this.disabled;
    this.input.required = this.required;
    this.input.name = this.name;
    this.input.value = this.value || 'on';
    this.input.setAttribute('aria-checked', this.checked ? 'true' : 'false');
    this.setSlotText(this.part('slot[name="help-text"]'), this.helpText);
    const control = this.part('.checkbox__control');
    control.setAttribute('part', this.checked ? 'control control--checked' : 'control');
    if (this.checked && !control.firstElementChild) {
      control.innerHTML = '<sl-icon part="checked-icon" class="checkbox__checked-icon" library="system" name="check"></sl-icon>';
    } else if (!this.checked) {
      control.innerHTML = E;
    }
    syncValidity(this, this.input);
  }
  focus(options) { this.input.focus(options); }
  click() { this.input.click(); }
}
defineProps(SlCheckbox, {
  name: ['name', 'string', ''],
  value: ['value', 'string', ''],
  checked: ['checked', 'bool', false],
  disabled: ['disabled', 'bool', false],
  required: ['required', 'bool', false],
  helpText: ['help-text', 'string', ''],
});

class SlRadio extends ShoelaceElement {
  template() {
    return '<span part="base" class="radio radio--medium"><span part="control" class="radio__control">' + E +
      '</span><slot part="label" class="radio__label"></slot></span>';
  }
  firstUpdated() {
    const self = this;
    this.addEventListener('click', function () {
      if (!self.disabled) self.checked = true;
    });
    this.addEventListener('focus', function () {
      self.__state.focused = true;
      self.update();
      self.emit('sl-focus');
    });
    this.addEventListener('blur', function () {
      self.__state.focused = false;
      self.update();
      self.emit('sl-blur');
    });
  }
  connected() {
    this.setAttribute('role', 'radio');
    if (!this.hasAttribute('tabindex')) this.setAttribute('tabindex', '-1');
  }
  update() {
    this.part('.radio').className = classMap({
      radio: true,
      'radio--checked': this.checked,
      'radio--disabled': this.disabled,
      'radio--focused': !!this.__state.focused,
      'radio--medium': true,
    });
    const control = this.part('.radio__control');
    control.setAttribute('part', this.checked ? 'control control--checked' : 'control');
    const icon = control.querySelector('sl-icon');
    if (this.checked && !icon) {
      control.insertAdjacentHTML('beforeend', '<sl-icon part="checked-icon" class="radio__checked-icon" library="system" name="radio"></sl-icon>');
    } else if (!this.checked && icon) {
      icon.remove();
    }
    this.setAttribute('aria-checked', this.checked ? 'true' : 'false');
    this.setAttribute('aria-disabled', this.disabled ? 'true' : 'false');
  }
}
defineProps(SlRadio, {
  value: ['value', 'string', ''],
  size: ['size', 'string', 'medium'],
  disabled: ['disabled', 'bool', false],
  checked: ['checked', 'bool', false, false],
});

class SlRadioGroup extends ShoelaceElement {
  template() {
    return '<fieldset part="form-control" class="form-control form-control--medium form-control--radio-group" role="radiogroup" aria-labelledby="label" aria-describedby="help-text" aria-errormessage="error-message">' +
      '<label part="form-control-label" id="label" class="form-control__label" aria-hidden="true"><slot name="label"></slot></label>' +
      '<div part="form-control-input" class="form-control-input"><div class="visually-hidden">' +
      '<div id="error-message" aria-live="assertive"></div><label class="radio-group__validation">' +
      '<input type="text" class="radio-group__validation-input" tabindex="-1" hidden></label></div>' +
      '<slot></slot></div>' +
      '<div part="form-control-help-text" id="help-text" class="form-control__help-text" aria-hidden="true"><slot name="help-text"></slot></div></fieldset>';
  }
  firstUpdated() {
    const self = this;
    const slot = this.part('slot:not([name])');
    slot.addEventListener('slotchange', function () { self.syncRadios(); });
    slot.addEventListener('click', function (event) {
      const target = event.target.closest && event.target.closest('sl-radio');
      if (!target || target.disabled) return;
      self.choose(target, false);
    });
    slot.addEventListener('keydown', function (event) { self.handleKeyDown(event); });
    this.part('.form-control__label').addEventListener('click', function () {
      const radios = self.getAllRadios();
      const target = radios.find(function (radio) { return radio.checked; }) || radios[0];
      if (target) target.focus();
    });
  }
  getAllRadios() {
    return Array.from(this.querySelectorAll('sl-radio'));
  }
  choose(target, focus) {
    const old = this.value;
    this.value = target.value;
    this.syncRadios();
    if (focus) target.focus();
    if (this.value !== old) {
      this.emit('sl-change');
      this.emit('sl-input');
    }
  }
  handleKeyDown(event) {
    if (['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', ' '].indexOf(event.key) === -1) return;
    const radios = this.getAllRadios().filter(function (radio) { return !radio.disabled; });
    const checked = radios.find(function (radio) { return radio.checked; }) || radios[0];
    const step = event.key === ' ' ? 0 : ['ArrowUp', 'ArrowLeft'].indexOf(event.key) > -1 ? -1 : 1;
    let index = radios.indexOf(checked) + step;
    if (index < 0) index = radios.length - 1;
    if (index > radios.length - 1) index = 0;
    if (radios[index]) this.choose(radios[index], true);
    event.preventDefault();
  }
  syncRadios() {
    const value = this.value;
    const radios = this.getAllRadios();
    radios.forEach(function (radio) {
      radio.checked = radio.value === value;
      radio.setAttribute('tabindex', radio.checked ? '0' : '-1');
    });
    if (!radios.some(function (radio) { return radio.checked; }) && radios[0]) radios[0].setAttribute('tabindex', '0');
  }
  changed(name) {
    if (name === 'value') this.syncRadios();
  }
  update() {
    const hasLabel = !!this.label;
    const hasHelp = !!this.helpText;
    this.part('.form-control').className = classMap({
      'form-control': true,
      'form-control--medium': true,
      'form-control--radio-group': true,
      'form-control--has-label': hasLabel,
      'form-control--has-help-text': hasHelp,
    });
    this.part('.form-control__label').setAttribute('aria-hidden', hasLabel ? 'false' : 'true');
    this.part('.form-control__help-text').setAttribute('aria-hidden', hasHelp ? 'false' : 'true');
    this.setSlotText(this.part('slot[name="label"]'), this.label);
    this.setSlotText(this.part('slot[name="help-text"]'), this.helpText);
    const input = this.part('.radio-group__validation-input');
    input.required = this.required;
    input.value = this.value;
    syncValidity(this, input);
  }
  setCustomValidity(message) {
    this.part('.radio-group__validation-input').setCustomValidity(message);
    this.part('#error-message').textContent = message;
    if (message) this.__state.interacted = true;
    this.update();
  }
  checkValidity() { return this.part('.radio-group__validation-input').checkValidity(); }
}
defineProps(SlRadioGroup, {
  label: ['label', 'string', ''],
  helpText: ['help-text', 'string', ''],
  name: ['name', 'string', 'option'],
  value: ['value', 'string', ''],
  size: ['size', 'string', 'medium'],
  required: ['required', 'bool', false],
});

class SlPopup extends ShoelaceElement {
  template() {
    return '<slot name="anchor"></slot><span part="hover-bridge" class="popup-hover-bridge"></span>' +
      '<div part="popup" class="popup"><slot></slot>' + E + '</div>';
  }
  firstUpdated() {
    const self = this;
    this.popup = this.part('.popup');
    this.__reposition = function () { self.reposition(); };
  }
  update() {
    this.popup.className = classMap({
      popup: true,
      'popup--active': this.active,
      'popup--fixed': this.strategy === 'fixed',
      'popup--has-arrow': false,
    });
    if (this.active) this.start();
    else this.stop();
  }
  disconnected() { this.stop(); }
  getAnchor() { return this.querySelector(':scope > [slot="anchor"]'); }
  start() {
    if (!this.__running) {
      this.__running = true;
      window.addEventListener('scroll', this.__reposition, { capture: true, passive: true });
      window.addEventListener('resize', this.__reposition);
      const anchor = this.getAnchor();
      if (anchor && window.ResizeObserver) {
        this.__observer = new ResizeObserver(this.__reposition);
        this.__observer.observe(anchor);
      }
    }
    this.reposition();
  }
  stop() {
    if (!this.__running) return;
    this.__running = false;
    window.removeEventListener('scroll', this.__reposition, { capture: true });
    window.removeEventListener('resize', this.__reposition);
    if (this.__observer) this.__observer.disconnect();
    this.__observer = null;
    this.removeAttribute('data-current-placement');
  }
  reposition() {
    const anchor = this.getAnchor();
    if (!this.active || !anchor) return;
    const rect = anchor.getBoundingClientRect();
    const popup = this.popup;
    const distance = this.distance || 0;
    const padding = this.autoSizePadding || 0;
    if (this.sync === 'width' || this.sync === 'both') popup.style.width = rect.width + 'px';
    const content = this.querySelector(':scope > :not([slot])');
    const natural = content ? content.scrollHeight : popup.scrollHeight;
    const below = window.innerHeight - rect.bottom - distance - padding;
    const above = rect.top - distance - padding;
    let placement = this.placement.indexOf('top') === 0 ? 'top' : 'bottom';
    if (this.flip) {
      if (placement === 'bottom' && natural > below && above > below) placement = 'top';
      else if (placement === 'top' && natural > above && below > above) placement = 'bottom';
    }
    const available = Math.max(0, placement === 'bottom' ? below : above);
    if (this.autoSize === 'vertical' || this.autoSize === 'both') {
      popup.style.setProperty('--auto-size-available-height', available + 'px');
    }
    const height = Math.min(natural, this.autoSize ? available : natural);
    let x = rect.left + (this.skidding || 0);
    const y = placement === 'bottom' ? rect.bottom + distance : rect.top - distance - height;
    if (this.shift) x = Math.max(0, Math.min(x, window.innerWidth - popup.offsetWidth));
    let offsetX = 0;
    let offsetY = 0;
    if (this.strategy !== 'fixed') {
      const parent = popup.offsetParent;
      if (parent && parent !== document.body) {
        const parentRect = parent.getBoundingClientRect();
        offsetX = parentRect.left - parent.scrollLeft;
        offsetY = parentRect.top - parent.scrollTop;
      } else {
        offsetX = -window.scrollX;
        offsetY = -window.scrollY;
      }
    }
    popup.style.left = x - offsetX + 'px';
    popup.style.top = y - offsetY + 'px';
    this.setAttribute('data-current-placement', placement);
  }
}
defineProps(SlPopup, {
  active: ['active', 'bool', false],
  placement: ['placement', 'string', 'top'],
  strategy: ['strategy', 'string', 'absolute'],
  distance: ['distance', 'number', 0],
  skidding: ['skidding', 'number', 0],
  flip: ['flip', 'bool', false],
  shift: ['shift', 'bool', false],
  sync: ['sync', 'string', ''],
  autoSize: ['auto-size', 'string', ''],
  autoSizePadding: ['auto-size-padding', 'number', 0],
});

class SlOption extends ShoelaceElement {
  template() {
    return '<div part="base" class="option">' +
      '<sl-icon part="checked-icon" class="option__check" name="check" library="system" aria-hidden="true"></sl-icon>' +
      '<slot part="prefix" name="prefix" class="option__prefix"></slot>' +
      '<slot part="label" class="option__label"></slot>' +
      '<slot part="suffix" name="suffix" class="option__suffix"></slot></div>';
  }
  firstUpdated() {
    const self = this;
    this.addEventListener('mouseenter', function () { self.hasHover = true; });
    this.addEventListener('mouseleave', function () { self.hasHover = false; });
    this.part('slot:not([name])').addEventListener('slotchange', function () {
      const select = self.closest('sl-select');
      if (select && select.__rendered) select.syncSelection();
    });
  }
  connected() {
    this.setAttribute('role', 'option');
    this.setAttribute('aria-selected', 'false');
  }
  update() {
    this.part('.option').className = classMap({
      option: true,
      'option--current': this.current,
      'option--disabled': this.disabled,
      'option--selected': this.selected,
      'option--hover': this.hasHover,
    });
    this.setAttribute('aria-selected', this.selected ? 'true' : 'false');
    this.setAttribute('aria-disabled', this.disabled ? 'true' : 'false');
  }
  getTextLabel() {
    let label = '';
    this.childNodes.forEach(function (node) {
      if (node.nodeType === Node.ELEMENT_NODE && !node.hasAttribute('slot')) label += node.textContent;
      if (node.nodeType === Node.TEXT_NODE) label += node.textContent;
    });
    return label.trim();
  }
}
defineProps(SlOption, {
  value: ['value', 'string', ''],
  disabled: ['disabled', 'bool', false],
  current: ['current', 'bool', false, false],
  selected: ['selected', 'bool', false, false],
  hasHover: ['has-hover', 'bool', false, false],
});

class SlSelect extends ShoelaceElement {
  static get delegatesFocus() { return true; }
  template() {
    return '<div part="form-control" class="form-control form-control--medium">' +
      '<label id="label" part="form-control-label" class="form-control__label" aria-hidden="true"><slot name="label"></slot></label>' +
      '<div part="form-control-input" class="form-control-input">' +
      '<sl-popup class="select select--standard select--medium" placement="bottom" strategy="absolute" flip shift sync="width" auto-size="vertical" auto-size-padding="10">' +
      '<div part="combobox" class="select__combobox" slot="anchor">' +
      '<slot part="prefix" name="prefix" class="select__prefix"></slot>' +
      '<input part="display-input" class="select__display-input" type="text" autocomplete="off" spellcheck="false" autocapitalize="off" readonly aria-controls="listbox" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="label" aria-disabled="false" aria-describedby="help-text" role="combobox" tabindex="0">' +
      E + '<input class="select__value-input" type="text" tabindex="-1" aria-hidden="true">' + E +
      '<slot name="suffix" part="suffix" class="select__suffix"></slot>' +
      '<slot name="expand-icon" part="expand-icon" class="select__expand-icon"><sl-icon library="system" name="chevron-down"></sl-icon></slot>' +
      '</div>' +
      '<div id="listbox" role="listbox" aria-expanded="false" aria-multiselectable="false" aria-labelledby="label" part="listbox" class="select__listbox" tabindex="-1"><slot></slot></div>' +
      '</sl-popup></div>' +
      '<div part="form-control-help-text" id="help-text" class="form-control__help-text" aria-hidden="true"><slot name="help-text"></slot></div></div>';
  }
  firstUpdated() {
    const self = this;
    this.popup = this.part('sl-popup');
    this.combobox = this.part('.select__combobox');
    this.displayInput = this.part('.select__display-input');
    this.valueInput = this.part('.select__value-input');
    this.listbox = this.part('.select__listbox');
    this.listbox.hidden = true;
    this.typeToSelect = '';
    this.__onDocMouseDown = function (event) {
      if (event.composedPath().indexOf(self) === -1) self.hide();
    };
    this.__onDocKeyDown = function (event) {
      if (event.key === 'Escape' && self.open) {
        event.preventDefault();
        event.stopPropagation();
        self.hide();
        self.displayInput.focus({ preventScroll: true });
      }
    };
    this.combobox.addEventListener('mousedown', function (event) {
      const onIconButton = event.composedPath().some(function (el) {
        return el instanceof Element && el.tagName.toLowerCase() === 'sl-icon-button';
      });
      if (self.disabled || onIconButton) return;
      event.preventDefault();
      self.displayInput.focus({ preventScroll: true });
      self.open = !self.open;
    });
    this.combobox.addEventListener('keydown', function (event) { self.handleKeyDown(event); });
    this.displayInput.addEventListener('focus', function () {
      self.__state.focused = true;
      self.update();
      self.emit('sl-focus');
    });
    this.displayInput.addEventListener('blur', function () {
      self.__state.focused = false;
      self.update();
      self.emit('sl-blur');
    });
    this.listbox.addEventListener('mouseup', function (event) {
      const option = event.target.closest && event.target.closest('sl-option');
      if (!option || option.disabled) return;
      const old = self.value;
      self.setSelectedOption(option);
      if (self.value !== old) {
        self.__state.interacted = true;
        self.emit('sl-input');
        self.emit('sl-change');
      }
      self.hide();
      self.displayInput.focus({ preventScroll: true });
    });
    this.part('slot:not([name])').addEventListener('slotchange', function () { self.syncSelection(); });
    this.part('.form-control__label').addEventListener('click', function () { self.displayInput.focus(); });
  }
  getAllOptions() { return Array.from(this.querySelectorAll('sl-option')); }
  getSelectedOption() {
    const value = this.value;
    return this.getAllOptions().find(function (option) { return value !== '' && option.value === value; });
  }
  setSelectedOption(option) {
    this.getAllOptions().forEach(function (el) { el.selected = el === option; });
    this.value = option ? option.value : '';
  }
  setCurrentOption(option) {
    this.getAllOptions().forEach(function (el) {
      el.current = el === option;
      el.tabIndex = el === option ? 0 : -1;
    });
    this.currentOption = option || null;
    if (option && this.open) {
      const top = option.offsetTop - this.listbox.offsetTop;
      const list = this.listbox;
      if (top < list.scrollTop) list.scrollTop = top;
      else if (top + option.offsetHeight > list.scrollTop + list.clientHeight) {
        list.scrollTop = top + option.offsetHeight - list.clientHeight;
      }
    }
  }
  syncSelection() {
    const selected = this.getSelectedOption();
    this.getAllOptions().forEach(function (el) { el.selected = el === selected; });
    this.displayInput.value = selected ? selected.getTextLabel() : '';
    this.valueInput.value = this.value;
    this.update();
  }
  handleKeyDown(event) {
    const options = this.getAllOptions().filter(function (option) { return !option.disabled; });
    if (event.key === 'Tab') {
      if (this.open) this.hide();
      return;
    }
    if (event.key === 'Enter' || (event.key === ' ' && this.typeToSelect === '')) {
      event.preventDefault();
      if (!this.open) {
        this.show();
        return;
      }
      if (this.currentOption && !this.currentOption.disabled) {
        const old = this.value;
        this.setSelectedOption(this.currentOption);
        if (this.value !== old) {
          this.__state.interacted = true;
          this.emit('sl-input');
          this.emit('sl-change');
        }
        this.hide();
        this.displayInput.focus({ preventScroll: true });
      }
      return;
    }
    if (['ArrowUp', 'ArrowDown', 'Home', 'End'].indexOf(event.key) > -1) {
      event.preventDefault();
      if (!this.open) {
        this.show();
        return;
      }
      let index = options.indexOf(this.currentOption);
      if (event.key === 'ArrowDown') index = Math.min(options.length - 1, index + 1);
      if (event.key === 'ArrowUp') index = Math.max(0, index - 1);
      if (event.key === 'Home') index = 0;
      if (event.key === 'End') index = options.length - 1;
      this.setCurrentOption(options[index]);
      return;
    }
    if (event.key.length === 1 && !event.metaKey && !event.ctrlKey && !event.altKey) {
      const self = this;
      clearTimeout(this.typeToSelectTimeout);
      this.typeToSelectTimeout = setTimeout(function () { self.typeToSelect = ''; }, 1000);
      this.typeToSelect += event.key.toLowerCase();
      if (!this.open) this.show();
      const match = options.find(function (option) {
        return option.getTextLabel().toLowerCase().indexOf(self.typeToSelect) === 0;
      });
      if (match) this.setCurrentOption(match);
    }
  }
  changed(name) {
    if (name === 'value') this.syncSelection();
    if (name === 'open') this.handleOpenChange();
  }
  handleOpenChange() {
    const self = this;
    const panel = this.popup.part('.popup');
    if (this.open && !this.disabled) {
      this.setCurrentOption(this.getSelectedOption() || this.getAllOptions()[0]);
      this.emit('sl-show');
      document.addEventListener('mousedown', this.__onDocMouseDown);
      document.addEventListener('keydown', this.__onDocKeyDown);
      this.listbox.hidden = false;
      this.popup.active = true;
      requestAnimationFrame(function () { self.setCurrentOption(self.currentOption); });
      animateTo(panel, ANIMATIONS['select.show']).then(function () { self.emit('sl-after-show'); });
    } else {
      this.emit('sl-hide');
      document.removeEventListener('mousedown', this.__onDocMouseDown);
      document.removeEventListener('keydown', this.__onDocKeyDown);
      animateTo(panel, ANIMATIONS['select.hide']).then(function () {
        if (self.open) return;
        self.listbox.hidden = true;
        self.popup.active = false;
        self.emit('sl-after-hide');
      });
    }
  }
  update() {
    const hasLabel = !!this.label;
    const hasHelp = !!this.helpText;
    this.part('.form-control').className = classMap({
      'form-control': true,
      'form-control--medium': true,
      'form-control--has-label': hasLabel,
      'form-control--has-help-text': hasHelp,
    });
    this.part('.form-control__label').setAttribute('aria-hidden', hasLabel ? 'false' : 'true');
    this.part('.form-control__help-text').setAttribute('aria-hidden', hasHelp ? 'false' : 'true');
    this.setSlotText(this.part('slot[name="label"]'), this.label);
    this.setSlotText(this.part('slot[name="help-text"]'), this.helpText);
    this.popup.className = classMap({
      select: true,
      'select--standard': true,
      'select--filled': false,
      'select--pill': false,
      'select--open': this.open,
      'select--disabled': this.disabled,
      'select--multiple': false,
      'select--focused': !!this.__state.focused,
      'select--placeholder-visible': this.displayInput.value === '',
      'select--top': this.placement === 'top',
      'select--bottom': this.placement !== 'top',
      'select--medium': true,
    });
    this.popup.setAttribute('strategy', this.hoist ? 'fixed' : 'absolute');
    if (this.placeholder) this.displayInput.setAttribute('placeholder', this.placeholder);
    this.displayInput.disabled = this.disabled;
    this.displayInput.setAttribute('aria-expanded', this.open ? 'true' : 'false');
    this.displayInput.setAttribute('aria-disabled', this.disabled ? 'true' : 'false');
    this.listbox.setAttribute('aria-expanded', this.open ? 'true' : 'false');
    this.valueInput.required = this.required;
    this.valueInput.disabled = this.disabled;
    this.valueInput.value = this.value;
    syncValidity(this, this.valueInput);
  }
  show() {
    if (!this.open && !this.disabled) this.open = true;
  }
  hide() {
    if (this.open) this.open = false;
  }
  focus(options) { this.displayInput.focus(options); }
  blur() { this.displayInput.blur(); }
  checkValidity() { return this.valueInput.checkValidity(); }
  setCustomValidity(message) {
    this.valueInput.setCustomValidity(message);
    if (message) this.__state.interacted = true;
    this.update();
  }
}
defineProps(SlSelect, {
  name: ['name', 'string', ''],
  value: ['value', 'string', ''],
  size: ['size', 'string', 'medium'],
  placeholder: ['placeholder', 'string', ''],
  disabled: ['disabled', 'bool', false],
  required: ['required', 'bool', false],
  open: ['open', 'bool', false],
  hoist: ['hoist', 'bool', false],
  label: ['label', 'string', ''],
  helpText: ['help-text', 'string', ''],
  placement: ['placement', 'string', 'bottom'],
});

const openModals = [];
function lockBodyScrolling(owner) {
  openModals.push(owner);
  document.documentElement.classList.add('sl-scroll-lock');
}
function unlockBodyScrolling(owner) {
  const index = openModals.indexOf(owner);
  if (index > -1) openModals.splice(index, 1);
  if (openModals.length === 0) document.documentElement.classList.remove('sl-scroll-lock');
}

class SlDialog extends ShoelaceElement {
  template() {
    return '<div part="base" class="dialog">' +
      '<div part="overlay" class="dialog__overlay" tabindex="-1"></div>' +
      '<div part="panel" class="dialog__panel" role="dialog" aria-modal="true" aria-hidden="true" aria-labelledby="title" tabindex="-1">' +
      E + '<header part="header" class="dialog__header">' +
      '<h2 part="title" class="dialog__title" id="title"><slot name="label"></slot></h2>' +
      '<div part="header-actions" class="dialog__header-actions"><slot name="header-actions"></slot>' +
      '<sl-icon-button part="close-button" exportparts="base:close-button__base" class="dialog__close" name="x-lg" label="Close" library="system"></sl-icon-button>' +
      '</div></header>' +
      '<div part="body" class="dialog__body" tabindex="-1"><slot></slot></div>' +
      '<footer part="footer" class="dialog__footer"><slot name="footer"></slot></footer></div></div>';
  }
  firstUpdated() {
    const self = this;
    this.dialog = this.part('.dialog');
    this.overlay = this.part('.dialog__overlay');
    this.panel = this.part('.dialog__panel');
    this.dialog.hidden = !this.open;
    this.overlay.addEventListener('click', function () { self.requestClose('overlay'); });
    this.part('.dialog__close').addEventListener('click', function () { self.requestClose('close-button'); });
    this.__onKeyDown = function (event) {
      if (event.key === 'Escape' && self.open && openModals[openModals.length - 1] === self) {
        event.stopPropagation();
        self.requestClose('keyboard');
      }
    };
    this.__onFocusIn = function (event) {
      if (self.open && openModals[openModals.length - 1] === self && event.composedPath().indexOf(self) === -1) {
        self.panel.focus({ preventScroll: true });
      }
    };
    if (this.open) {
      this.addOpenListeners();
      lockBodyScrolling(this);
    }
  }
  addOpenListeners() {
    document.addEventListener('keydown', this.__onKeyDown);
    document.addEventListener('focusin', this.__onFocusIn);
  }
  removeOpenListeners() {
    document.removeEventListener('keydown', this.__onKeyDown);
    document.removeEventListener('focusin', this.__onFocusIn);
  }
  requestClose(source) {
    const event = this.emit('sl-request-close', { cancelable: true, detail: { source: source } });
    if (event.defaultPrevented) {
      animateTo(this.panel, ANIMATIONS['dialog.denyClose']);
      return;
    }
    this.hide();
  }
  changed(name) {
    if (name === 'open') this.handleOpenChange();
  }
  async handleOpenChange() {
    const self = this;
    if (this.open) {
      this.emit('sl-show');
      this.addOpenListeners();
      this.originalTrigger = document.activeElement;
      lockBodyScrolling(this);
      await Promise.all([stopAnimations(this.dialog), stopAnimations(this.overlay), stopAnimations(this.panel)]);
      this.dialog.hidden = false;
      requestAnimationFrame(function () {
        const initial = self.emit('sl-initial-focus', { cancelable: true });
        if (!initial.defaultPrevented) {
          const target = self.querySelector('[autofocus]');
          if (target) target.focus({ preventScroll: true });
          else self.panel.focus({ preventScroll: true });
        }
      });
      await Promise.all([
        animateTo(this.panel, ANIMATIONS['dialog.show']),
        animateTo(this.overlay, ANIMATIONS['dialog.overlay.show']),
      ]);
      this.emit('sl-after-show');
    } else {
      if (this.contains(document.activeElement)) document.activeElement.blur();
      this.emit('sl-hide');
      this.removeOpenListeners();
      await Promise.all([stopAnimations(this.dialog), stopAnimations(this.overlay), stopAnimations(this.panel)]);
      await Promise.all([
        animateTo(this.overlay, ANIMATIONS['dialog.overlay.hide']).then(function () { self.overlay.hidden = true; }),
        animateTo(this.panel, ANIMATIONS['dialog.hide']).then(function () { self.panel.hidden = true; }),
      ]);
      if (this.open) return;
      this.dialog.hidden = true;
      this.overlay.hidden = false;
      this.panel.hidden = false;
      unlockBodyScrolling(this);
      const trigger = this.originalTrigger;
      if (trigger && typeof trigger.focus === 'function' && trigger.isConnected) setTimeout(function () { trigger.focus(); });
      this.emit('sl-after-hide');
    }
  }
  update() {
    this.dialog.className = classMap({
      dialog: true,
      'dialog--open': this.open,
      'dialog--has-footer': this.hasSlotted('footer'),
    });
    this.panel.setAttribute('aria-hidden', this.open ? 'false' : 'true');
    this.setSlotText(this.part('slot[name="label"]'), this.label || '\uFEFF');
  }
  show() {
    if (this.open) return Promise.resolve();
    this.open = true;
    return waitForEvent(this, 'sl-after-show');
  }
  hide() {
    if (!this.open) return Promise.resolve();
    this.open = false;
    return waitForEvent(this, 'sl-after-hide');
  }
}
defineProps(SlDialog, {
  open: ['open', 'bool', false],
  label: ['label', 'string', ''],
});

const toastStack = Object.assign(document.createElement('div'), { className: 'sl-toast-stack' });

class SlAlert extends ShoelaceElement {
  template() {
    return '<div part="base" class="alert" role="alert" aria-hidden="true">' +
      '<div part="icon" class="alert__icon"><slot name="icon"></slot></div>' +
      '<div part="message" class="alert__message" aria-live="polite"><slot></slot></div>' +
      E + '<sl-icon-button part="close-button" exportparts="base:close-button__base" class="alert__close-button" name="x-lg" library="system" label="Close"></sl-icon-button>' +
      E + '</div>';
  }
  firstUpdated() {
    const self = this;
    this.base = this.part('.alert');
    this.base.hidden = !this.open;
    this.base.addEventListener('mousemove', function () { self.restartAutoHide(); });
    this.part('.alert__close-button').addEventListener('click', function () { self.hide(); });
    if (this.open) this.restartAutoHide();
  }
  restartAutoHide() {
    const self = this;
    clearTimeout(this.autoHideTimeout);
    if (this.open && this.duration < Infinity) {
      this.autoHideTimeout = setTimeout(function () { self.hide(); }, this.duration);
    }
  }
  changed(name) {
    if (name === 'open') this.handleOpenChange();
    if (name === 'duration') this.restartAutoHide();
  }
  async handleOpenChange() {
    if (this.open) {
      this.emit('sl-show');
      if (this.duration < Infinity) this.restartAutoHide();
      await stopAnimations(this.base);
      this.base.hidden = false;
      await animateTo(this.base, ANIMATIONS['alert.show']);
      this.emit('sl-after-show');
    } else {
      this.emit('sl-hide');
      clearTimeout(this.autoHideTimeout);
      await stopAnimations(this.base);
      await animateTo(this.base, ANIMATIONS['alert.hide']);
      if (this.open) return;
      this.base.hidden = true;
      this.emit('sl-after-hide');
    }
  }
  update() {
    this.base.className = classMap({
      alert: true,
      'alert--open': this.open,
      'alert--closable': this.closable,
      'alert--has-countdown': false,
      'alert--has-icon': this.hasSlotted('icon'),
      ['alert--' + this.variant]: true,
    });
    this.base.setAttribute('aria-hidden', this.open ? 'false' : 'true');
  }
  show() {
    if (this.open) return Promise.resolve();
    this.open = true;
    return waitForEvent(this, 'sl-after-show');
  }
  hide() {
    if (!this.open) return Promise.resolve();
    this.open = false;
    return waitForEvent(this, 'sl-after-hide');
  }
  toast() {
    const self = this;
    return new Promise(function (resolve) {
      if (toastStack.parentElement === null) document.body.append(toastStack);
      toastStack.appendChild(self);
      requestAnimationFrame(function () {
        self.clientWidth;
        self.show();
      });
      self.addEventListener('sl-after-hide', function () {
        toastStack.removeChild(self);
        resolve();
        if (toastStack.querySelector('sl-alert') === null) toastStack.remove();
      }, { once: true });
    });
  }
}
defineProps(SlAlert, {
  open: ['open', 'bool', false],
  closable: ['closable', 'bool', false],
  variant: ['variant', 'string', 'primary'],
  duration: ['duration', 'number', Infinity],
});

class SlCard extends ShoelaceElement {
  template() {
    return '<div part="base" class="card">' +
      '<slot name="image" part="image" class="card__image"></slot>' +
      '<slot name="header" part="header" class="card__header"></slot>' +
      '<slot part="body" class="card__body"></slot>' +
      '<slot name="footer" part="footer" class="card__footer"></slot></div>';
  }
  firstUpdated() {
    const self = this;
    this.shadowRoot.addEventListener('slotchange', function () { self.update(); });
  }
  update() {
    this.part('.card').className = classMap({
      card: true,
      'card--has-footer': this.hasSlotted('footer'),
      'card--has-image': this.hasSlotted('image'),
      'card--has-header': this.hasSlotted('header'),
    });
  }
}
defineProps(SlCard, {});

class SlTreeItem extends ShoelaceElement {
  template() {
    return '<div part="base" class="tree-item">' +
      '<div class="tree-item__item" part="item">' +
      '<div class="tree-item__indentation" part="indentation"></div>' +
      '<div part="expand-button" class="tree-item__expand-button" aria-hidden="true">' + E +
      '<slot class="tree-item__expand-icon-slot" name="expand-icon"><sl-icon library="system" name="chevron-right"></sl-icon></slot>' +
      '<slot class="tree-item__expand-icon-slot" name="collapse-icon"><sl-icon library="system" name="chevron-right"></sl-icon></slot>' +
      '</div>' + E +
      '<slot class="tree-item__label" part="label"></slot></div>' +
      '<div class="tree-item__children" part="children" role="group"><slot name="children"></slot></div></div>';
  }
  firstUpdated() {
    const self = this;
    this.childrenContainer = this.part('.tree-item__children');
    this.childrenContainer.hidden = !this.expanded;
    this.part('slot[name="children"]').addEventListener('slotchange', function () { self.update(); });
  }
  connected() {
    this.setAttribute('role', 'treeitem');
    if (!this.hasAttribute('tabindex')) this.setAttribute('tabindex', '-1');
    if (this.parentElement && this.parentElement.localName === 'sl-tree-item') this.slot = 'children';
  }
  getChildrenItems() {
    return Array.from(this.children).filter(function (el) { return el.localName === 'sl-tree-item'; });
  }
  get isLeaf() { return this.getChildrenItems().length === 0 && !this.lazy; }
  changed(name) {
    if (name === 'expanded') this.handleExpandedChange();
  }
  async handleExpandedChange() {
    const container = this.childrenContainer;
    if (this.expanded) {
      this.emit('sl-expand');
      await stopAnimations(container);
      container.hidden = false;
      await animateTo(container, treeAnimation(true, container.scrollHeight));
      container.style.height = 'auto';
      this.emit('sl-after-expand');
    } else {
      this.emit('sl-collapse');
      await stopAnimations(container);
      await animateTo(container, treeAnimation(false, container.scrollHeight));
      if (!this.expanded) container.hidden = true;
      this.emit('sl-after-collapse');
    }
  }
  update() {
    const leaf = this.isLeaf;
    this.part('.tree-item').className = classMap({
      'tree-item': true,
      'tree-item--expanded': this.expanded,
      'tree-item--selected': this.selected,
      'tree-item--disabled': this.disabled,
      'tree-item--leaf': leaf,
      'tree-item--has-expand-button': !leaf,
      'tree-item--rtl': false,
    });
    this.part('.tree-item__item').setAttribute('part', 'item' + (this.disabled ? ' item--disabled' : '') +
      (this.expanded ? ' item--expanded' : '') + (this.selected ? ' item--selected' : ''));
    this.part('.tree-item__expand-button').className = classMap({
      'tree-item__expand-button': true,
      'tree-item__expand-button--visible': !leaf,
    });
    if (leaf) this.removeAttribute('aria-expanded');
    else this.setAttribute('aria-expanded', this.expanded ? 'true' : 'false');
    this.setAttribute('aria-selected', this.selected ? 'true' : 'false');
    this.setAttribute('aria-disabled', this.disabled ? 'true' : 'false');
  }
}
defineProps(SlTreeItem, {
  expanded: ['expanded', 'bool', false],
  selected: ['selected', 'bool', false],
  disabled: ['disabled', 'bool', false],
  lazy: ['lazy', 'bool', false],
});

class SlTree extends ShoelaceElement {
  template() {
    return '<div part="base" class="tree"><slot></slot>' +
      '<span hidden aria-hidden="true"><slot name="expand-icon"></slot></span>' +
      '<span hidden aria-hidden="true"><slot name="collapse-icon"></slot></span></div>';
  }
  firstUpdated() {
    const self = this;
    const base = this.part('.tree');
    base.addEventListener('mousedown', function (event) { self.clickTarget = event.target; });
    base.addEventListener('click', function (event) {
      const target = event.target;
      const item = target.closest && target.closest('sl-tree-item');
      const onExpandButton = event.composedPath().some(function (el) {
        return el && el.classList && el.classList.contains('tree-item__expand-button');
      });
      if (!item || item.disabled || target !== self.clickTarget) return;
      if (onExpandButton) item.expanded = !item.expanded;
      else self.selectItem(item);
      self.focusItem(item);
    });
    base.addEventListener('keydown', function (event) { self.handleKeyDown(event); });
    this.addEventListener('focusin', function (event) {
      if (event.target === self) {
        const items = self.getFocusableItems();
        const chosen = items.find(function (el) { return el.selected; }) || items[0];
        if (chosen) self.focusItem(chosen);
      }
    });
  }
  connected() {
    this.setAttribute('role', 'tree');
    this.setAttribute('aria-multiselectable', this.selection === 'multiple' ? 'true' : 'false');
    if (!this.hasAttribute('tabindex')) this.setAttribute('tabindex', '0');
  }
  getAllTreeItems() { return Array.from(this.querySelectorAll('sl-tree-item')); }
  getFocusableItems() {
    return this.getAllTreeItems().filter(function (item) {
      let parent = item.parentElement;
      while (parent && parent.localName === 'sl-tree-item') {
        if (!parent.expanded) return false;
        parent = parent.parentElement;
      }
      return !item.disabled;
    });
  }
  focusItem(item) {
    this.getAllTreeItems().forEach(function (el) { el.tabIndex = el === item ? 0 : -1; });
    this.tabIndex = -1;
    if (item) item.focus({ preventScroll: true });
  }
  selectItem(item) {
    const before = this.getAllTreeItems().filter(function (el) { return el.selected; });
    if (this.selection === 'leaf' && !item.isLeaf) {
      item.expanded = !item.expanded;
      return;
    }
    this.getAllTreeItems().forEach(function (el) { el.selected = el === item; });
    const after = this.getAllTreeItems().filter(function (el) { return el.selected; });
    if (before.length !== after.length || after.some(function (el) { return before.indexOf(el) === -1; })) {
      this.emit('sl-selection-change', { detail: { selection: after } });
    }
  }
  handleKeyDown(event) {
    const keys = ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End', 'Enter', ' '];
    if (keys.indexOf(event.key) === -1) return;
    const items = this.getFocusableItems();
    const active = event.target.closest && event.target.closest('sl-tree-item');
    const index = items.indexOf(active);
    event.preventDefault();
    if (event.key === 'ArrowDown' && items[index + 1]) this.focusItem(items[index + 1]);
    else if (event.key === 'ArrowUp' && index > 0) this.focusItem(items[index - 1]);
    else if (event.key === 'Home') this.focusItem(items[0]);
    else if (event.key === 'End') this.focusItem(items[items.length - 1]);
    else if (event.key === 'ArrowRight' && active && !active.isLeaf) {
      if (!active.expanded) active.expanded = true;
      else this.focusItem(active.getChildrenItems()[0]);
    } else if (event.key === 'ArrowLeft' && active) {
      if (active.expanded && !active.isLeaf) active.expanded = false;
      else if (active.parentElement && active.parentElement.localName === 'sl-tree-item') this.focusItem(active.parentElement);
    } else if ((event.key === 'Enter' || event.key === ' ') && active) {
      this.selectItem(active);
    }
  }
}
defineProps(SlTree, { selection: ['selection', 'string', 'single'] });

[
  ['sl-icon', SlIcon], ['sl-spinner', SlSpinner], ['sl-button', SlButton], ['sl-icon-button', SlIconButton],
  ['sl-input', SlInput], ['sl-checkbox', SlCheckbox], ['sl-radio', SlRadio], ['sl-radio-group', SlRadioGroup],
  ['sl-popup', SlPopup], ['sl-option', SlOption], ['sl-select', SlSelect], ['sl-dialog', SlDialog],
  ['sl-alert', SlAlert], ['sl-card', SlCard], ['sl-tree-item', SlTreeItem], ['sl-tree', SlTree],
].forEach(function (entry) {
  if (!customElements.get(entry[0])) customElements.define(entry[0], entry[1]);
});
`;

/** The runtime with each component's styles, as one classic script. */
function runtimeScript(): string {
  return `(() => {\n'use strict';\nconst SL_STYLES = ${JSON.stringify(COMPONENT_CSS)};\n${RUNTIME_JS}\n})();`;
}

// ---------------------------------------------------------------------------------------------------
// The portal's own styles (what the project's stylesheet adds around the components).
// ---------------------------------------------------------------------------------------------------
const PORTAL_CSS = `
[hidden] { display: none !important; }
html, body { margin: 0; }
body { font-family: var(--sl-font-sans); font-size: var(--sl-font-size-medium); color: var(--sl-color-neutral-800);
  background: #f3f5f9; -webkit-font-smoothing: antialiased; }
a { color: var(--sl-color-primary-700); }
.gov-strip { background: #0b2545; color: #cdd9ea; font-size: 0.75rem; padding: 0.3rem 1.5rem; display: flex;
  justify-content: space-between; }
.site-header { background: #ffffff; border-bottom: 3px solid #f7931e; display: flex; align-items: center;
  justify-content: space-between; padding: 0.6rem 1.5rem; }
.brand { display: flex; align-items: center; gap: 0.75rem; text-decoration: none; color: inherit; }
.brand__logo { width: 44px; height: 44px; border-radius: 50%; background: linear-gradient(135deg, #12365f, #1e6fb8);
  color: #fff; display: grid; place-items: center; font-weight: 700; font-size: 1.35rem; letter-spacing: -1px; }
.brand__title { font-size: 1.3rem; font-weight: 700; color: #12365f; line-height: 1.2; }
.brand__sub { font-size: 0.75rem; color: var(--sl-color-neutral-500); }
.site-nav { display: flex; align-items: center; gap: 1.25rem; font-size: 0.9rem; }
.site-nav a { text-decoration: none; color: var(--sl-color-neutral-700); }
.site-nav a:hover { color: var(--sl-color-primary-700); }
.hero { background: linear-gradient(120deg, #12365f 0%, #1e5d9c 60%, #2b7bc4 100%); color: #fff; padding: 3rem 1.5rem; }
.hero h1 { margin: 0 0 0.5rem; font-size: 2rem; font-weight: 600; }
.hero p { margin: 0; max-width: 46rem; color: #dbe7f5; line-height: 1.6; }
.home-grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1.25rem; padding: 1.5rem; max-width: 1180px; margin: 0 auto; }
.home-grid sl-card { width: 100%; }
.home-grid h3 { margin: 0; font-size: 1rem; color: #12365f; }
.home-grid ul { margin: 0; padding-left: 1.1rem; line-height: 1.7; font-size: 0.9rem; }
.site-footer { text-align: center; font-size: 0.75rem; color: var(--sl-color-neutral-500); padding: 1.5rem; }
.login-wrap { min-height: calc(100vh - 140px); display: grid; place-items: center; padding: 2rem 1rem; }
.login-card { width: 26rem; max-width: 100%; }
.login-card h2 { margin: 0; font-size: 1.15rem; color: #12365f; font-weight: 600; }
.login-card form { display: grid; gap: 1rem; }
.login-card .lead { margin: 0; font-size: 0.875rem; color: var(--sl-color-neutral-600); line-height: 1.5; }
.captcha-row { display: flex; align-items: center; gap: 0.5rem; }
.captcha-row img { border: 1px solid var(--sl-color-neutral-300); border-radius: var(--sl-border-radius-medium); background: #fff; }
.captcha-row sl-icon-button { font-size: 1.25rem; }
.login-card sl-button[type='submit'], .login-card .full { width: 100%; }
.login-links { display: flex; justify-content: space-between; font-size: 0.8rem; }
.otp-meta { display: flex; justify-content: space-between; align-items: center; font-size: 0.8rem; color: var(--sl-color-neutral-500); }
[data-user-invalid]::part(base), sl-select[data-user-invalid]::part(combobox) { border-color: var(--sl-color-danger-600); }
[data-user-invalid]::part(form-control-label), [data-user-invalid]::part(form-control-help-text) { color: var(--sl-color-danger-700); }
sl-input:focus-within[data-user-invalid]::part(base) { border-color: var(--sl-color-danger-600);
  box-shadow: 0 0 0 var(--sl-focus-ring-width) hsl(0 93.3% 94.1%); }
.app-header { height: 60px; background: #12365f; color: #fff; display: flex; align-items: center; justify-content: space-between;
  padding: 0 1.25rem; position: sticky; top: 0; z-index: 20; }
.app-header .brand__title { color: #fff; font-size: 1.15rem; }
.app-header .brand__sub { color: #b8c9e0; }
.app-header .brand__logo { width: 36px; height: 36px; font-size: 1.1rem; background: #f7931e; }
.header-user { display: flex; align-items: center; gap: 0.75rem; font-size: 0.85rem; }
.header-user > sl-icon { font-size: 1.4rem; }
.gstin-chip { background: rgba(255, 255, 255, 0.12); border-radius: 999px; padding: 0.2rem 0.7rem; font-family: var(--sl-font-mono); font-size: 0.8rem; }
.app-shell { display: grid; grid-template-columns: 270px 1fr; min-height: calc(100vh - 60px); }
.app-sidebar { background: #fff; border-right: 1px solid var(--sl-color-neutral-200); padding: 0.75rem 0; }
.app-sidebar .menu-caption { font-size: 0.7rem; letter-spacing: 0.08em; text-transform: uppercase; color: var(--sl-color-neutral-500);
  padding: 0.25rem 1.25rem 0.5rem; }
.app-sidebar sl-tree { --indent-size: 0.6rem; }
.app-sidebar sl-tree-item::part(label) { font-size: 0.92rem; padding: 0.35rem 0.5rem 0.35rem 0; }
.app-sidebar sl-tree-item::part(item) { padding-inline-start: 0.5rem; }
.app-main { padding: 1.5rem 2rem 3rem; min-width: 0; }
.crumbs { font-size: 0.8rem; color: var(--sl-color-neutral-500); margin-bottom: 0.35rem; }
.page-title { font-size: 1.5rem; font-weight: 600; margin: 0 0 1.25rem; color: #12365f; }
.stat-grid { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 1.25rem; max-width: 980px; }
.stat-grid sl-card { width: 100%; }
.stat-value { font-size: 2rem; font-weight: 700; color: #12365f; }
.stat-label { font-size: 0.85rem; color: var(--sl-color-neutral-500); }
sl-card.panel { width: 100%; max-width: 800px; }
sl-card.panel [slot='header'] { display: flex; align-items: center; gap: 0.5rem; font-weight: 600; color: #12365f; }
.stack { display: grid; gap: 1.25rem; }
.row { display: flex; gap: 0.75rem; align-items: flex-end; flex-wrap: wrap; }
.row sl-input { flex: 1 1 16rem; }
.muted { color: var(--sl-color-neutral-600); font-size: 0.9rem; line-height: 1.55; margin: 0; }
.actions { display: flex; gap: 0.75rem; margin-top: 0.5rem; }
sl-radio-group::part(form-control-input) { display: flex; flex-wrap: wrap; gap: 0.6rem 1.75rem; margin-top: 0.35rem; }
sl-radio-group::part(form-control-label) { font-weight: 600; }
.api-prefix { font-family: var(--sl-font-mono); font-size: 0.9rem; color: var(--sl-color-neutral-700); background: var(--sl-color-neutral-100);
  border: 1px solid var(--sl-color-neutral-200); border-radius: var(--sl-border-radius-small); padding: 0.1rem 0.4rem; }
.two-col { display: grid; grid-template-columns: 1fr 1fr; gap: 1.25rem; }
table.reg-table { width: 100%; border-collapse: collapse; font-size: 0.875rem; background: #fff; }
table.reg-table th, table.reg-table td { text-align: left; padding: 0.55rem 0.75rem; border-bottom: 1px solid var(--sl-color-neutral-200); }
table.reg-table thead th { background: var(--sl-color-neutral-50); color: var(--sl-color-neutral-600); font-weight: 600;
  border-bottom: 2px solid var(--sl-color-neutral-200); }
.section-title { font-size: 1rem; font-weight: 600; color: #12365f; margin: 0.5rem 0 0; }
.tc-grid { display: grid; gap: 1rem; margin: 1rem 0; }
.empty { color: var(--sl-color-neutral-500); font-size: 0.9rem; padding: 1rem 0; text-align: center; }
`;

const esc = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** One document: theme, portal styles, the component runtime, then the page's own script. */
function documentHtml(title: string, body: string, script: string, data: Json = {}): string {
  const pageData = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en" class="sl-theme-light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${THEME_CSS}${PORTAL_CSS}</style>
</head>
<body>
${body}
<script type="application/json" id="page-data">${pageData}</script>
<script>${runtimeScript()}</script>
<script>${script}</script>
</body>
</html>`;
}

const GOV_STRIP = `<div class="gov-strip"><span>Government of India · Goods and Services Tax</span><span>Helpdesk: 1800-103-4786</span></div>`;
const BRAND = `<a class="brand" href="/"><span class="brand__logo">e</span><span><div class="brand__title">e-Invoice System</div>
<div class="brand__sub">Invoice Registration Portal · NIC</div></span></a>`;
const FOOTER = `<footer class="site-footer">Site designed, developed and hosted by National Informatics Centre. Best viewed in the latest
versions of Chrome, Edge and Firefox.</footer>`;

function homePage(): string {
  const body = `${GOV_STRIP}
<header class="site-header">${BRAND}
<nav class="site-nav"><a href="/">Home</a><a href="/#help">Help</a><a href="/#tools">Tools</a><a href="/#contact">Contact Us</a>
<sl-button variant="primary" id="btnLogin" class="homepageloginbtn">Login</sl-button></nav>
</header>
<section class="hero"><h1>e-Invoice System</h1>
<p>Register your B2B invoices with the Invoice Registration Portal and obtain the IRN and signed QR code. Taxpayers can
generate e-invoices through the portal, through the API with their GSP or ERP, or with the offline tools.</p></section>
<div class="home-grid">
<sl-card><div slot="header"><h3>Latest Updates</h3></div><ul>
<li>Two-factor authentication is mandatory for login from 1 April 2025.</li>
<li>Time limit for reporting invoices to the IRP for taxpayers with AATO of ₹10 crore and above.</li>
<li>New GSPs added to the API registration list.</li></ul></sl-card>
<sl-card id="help"><div slot="header"><h3>Help</h3></div><ul><li>User manual: e-Invoice portal</li>
<li>API registration through a GSP</li><li>FAQs on IRN generation</li></ul></sl-card>
<sl-card id="contact"><div slot="header"><h3>Contact Us</h3></div><ul><li>Helpdesk: 1800-103-4786</li>
<li>support.einv.api@gov.in</li><li>Grievance: self-service portal</li></ul></sl-card>
</div>
${FOOTER}`;
  return documentHtml('e-Invoice System', body, HOME_JS);
}

function loginPage(expired: boolean): string {
  const body = `${GOV_STRIP}
<header class="site-header">${BRAND}<nav class="site-nav"><a href="/">Home</a><a href="/#help">Help</a></nav></header>
<div class="login-wrap">
<sl-card class="login-card">
<div slot="header"><h2 id="loginTitle">Login</h2></div>
<div id="loginStep">
<form id="loginForm" novalidate autocomplete="off">
${expired ? `<sl-alert variant="warning" open id="expiredAlert"><sl-icon slot="icon" name="exclamation-triangle"></sl-icon>${esc(SESSION_LOST)}</sl-alert>` : ''}
<sl-input id="txtUserName" name="username" label="Username" autocomplete="username" maxlength="15" required></sl-input>
<sl-input id="txt_password" name="password" type="password" label="Password" password-toggle autocomplete="current-password" required></sl-input>
<div class="captcha-row">
<img id="captcha_image" src="/get-captcha-image?r=0" width="150" height="50" alt="Captcha image">
<sl-icon-button id="btnRefreshCaptcha" name="arrow-clockwise" label="Refresh captcha"></sl-icon-button>
</div>
<sl-input id="CaptchaCode" name="captcha" label="Enter Captcha" maxlength="5" autocomplete="off" required
  help-text="Enter the characters shown in the image."></sl-input>
<sl-button type="submit" variant="primary" id="btnLoginSubmit" class="btnlogin">Login</sl-button>
<div class="login-links"><a href="#forgot-username">Forgot Username</a><a href="#forgot-password">Forgot Password</a></div>
</form>
</div>
<div id="otpStep" hidden>
<form id="otpForm" novalidate autocomplete="off">
<p class="lead" id="otpLead">Two-Factor Authentication</p>
<sl-input id="txtOtp" name="otp" label="Enter OTP" maxlength="6" inputmode="numeric" autocomplete="one-time-code" required
  help-text="Enter the 6-digit OTP received by SMS, or from the Sandes / NIC-GST-Shield app."></sl-input>
<sl-button type="submit" variant="primary" id="btnVerifyOTP">Verify OTP</sl-button>
<div class="otp-meta"><span id="otpTimer"></span><sl-button variant="text" size="small" id="btnResendOtp" disabled>Resend OTP</sl-button></div>
</form>
</div>
</sl-card>
</div>
${FOOTER}`;
  return documentHtml('Login | e-Invoice System', body, LOGIN_JS, { sessionLost: SESSION_LOST });
}

function notFoundPage(): string {
  return documentHtml(
    'Page not found | e-Invoice System',
    `${GOV_STRIP}<header class="site-header">${BRAND}</header><div class="login-wrap"><sl-card class="login-card">
<div slot="header"><h2>Page not found</h2></div><p class="lead">The page you are looking for does not exist.</p>
<p><a href="/">Go to the home page</a></p></sl-card></div>`,
    '',
  );
}

function captchaSvg(text: string): string {
  const colors = ['#12365f', '#7a1f1f', '#1f5e2e', '#5b2a86', '#8a4b08'];
  const noise: string[] = [];
  for (let i = 0; i < 7; i++) {
    const [x1, y1, x2, y2] = [randomInt(0, 150), randomInt(0, 50), randomInt(0, 150), randomInt(0, 50)];
    noise.push(
      `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${colors[i % 5]}" stroke-opacity="0.45" stroke-width="1.2"/>`,
    );
  }
  for (let i = 0; i < 40; i++) {
    noise.push(
      `<circle cx="${randomInt(0, 150)}" cy="${randomInt(0, 50)}" r="1" fill="#6b7280" fill-opacity="0.5"/>`,
    );
  }
  const glyphs = [...text].map((ch, i) => {
    const x = 16 + i * 26 + randomInt(-3, 4);
    const y = 34 + randomInt(-5, 6);
    const rotate = randomInt(-22, 23);
    return `<text x="${x}" y="${y}" transform="rotate(${rotate} ${x} ${y})" font-family="DejaVu Sans Mono, Courier New, monospace" font-size="28" font-weight="700" fill="${colors[i % 5]}">${esc(ch)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0 0 150 50"><rect width="150" height="50" fill="#f1f4f8"/><path d="M0 ${randomInt(15, 35)} Q 75 ${randomInt(0, 50)} 150 ${randomInt(15, 35)}" stroke="#12365f" stroke-width="1.5" fill="none" opacity="0.5"/>${noise.join('')}${glyphs.join('')}</svg>`;
}

function appPage(csrf: string, gstin: string): string {
  const leaf = (route: string, label: string): string =>
    `<sl-tree-item data-route="${route}">${label}</sl-tree-item>`;
  const body = `<header class="app-header">
<a class="brand" href="/app#/dashboard"><span class="brand__logo">e</span><span><div class="brand__title">e-Invoice System</div>
<div class="brand__sub">Invoice Registration Portal</div></span></a>
<div class="header-user"><sl-icon name="person-circle"></sl-icon><span id="hdrName">${esc(SHOELACE_R16_LOGIN.username)}</span>
<span class="gstin-chip">GSTIN: ${esc(gstin)}</span>
<sl-button size="small" id="btnLogout"><sl-icon slot="prefix" name="box-arrow-right"></sl-icon>Logout</sl-button></div>
</header>
<div class="app-shell">
<nav class="app-sidebar" aria-label="Main menu">
<div class="menu-caption">Menu</div>
<sl-tree selection="leaf" id="mainMenu">
<sl-tree-item data-route="#/dashboard"><sl-icon name="house"></sl-icon>Dash Board</sl-tree-item>
<sl-tree-item><sl-icon name="file-earmark-text"></sl-icon>e-Invoice
${leaf('#/e-invoice/generate-irn', 'Generate IRN')}
${leaf('#/e-invoice/bulk-upload', 'Bulk Upload')}
${leaf('#/e-invoice/cancel-irn', 'Cancel IRN')}
${leaf('#/e-invoice/print', 'Print e-Invoice')}
</sl-tree-item>
<sl-tree-item><sl-icon name="key"></sl-icon>API Registration
<sl-tree-item>User Credentials
${leaf('#/api-registration/user-credentials/create-api-user', 'Create API User')}
${leaf('#/api-registration/user-credentials/view-api-users', 'View API Users')}
</sl-tree-item>
${leaf('#/api-registration/ip-whitelisting', 'IP Whitelisting')}
${leaf('#/api-registration/freeze-api-user', 'Freeze API User')}
${leaf('#/api-registration/change-api-password', 'Change API Password')}
</sl-tree-item>
<sl-tree-item><sl-icon name="bar-chart"></sl-icon>MIS Reports
${leaf('#/mis/irn-details', 'IRN Details')}
${leaf('#/mis/generated-irns', 'Generated IRNs')}
${leaf('#/mis/cancelled-irns', 'Cancelled IRNs')}
</sl-tree-item>
<sl-tree-item><sl-icon name="people"></sl-icon>User Management
${leaf('#/users/create-sub-user', 'Create Sub-User')}
${leaf('#/users/update-sub-user', 'Update Sub-User')}
</sl-tree-item>
</sl-tree>
</nav>
<main id="view" class="app-main"></main>
</div>
<sl-dialog id="dlgTechContact" label="Contacts of Technical Person" style="--width: 36rem">
<p class="muted">Please confirm the contact details of the technical person of your organisation. NIC uses them to reach you
about API integration and system changes.</p>
<div class="tc-grid">
<sl-input id="tcName" label="Name of the Technical Person"></sl-input>
<sl-input id="tcMobile" label="Mobile Number" maxlength="10" inputmode="numeric"></sl-input>
<sl-input id="tcEmail" label="E-mail ID" type="email"></sl-input>
</div>
<sl-checkbox id="tcDontShow">Do not show this again in this session</sl-checkbox>
<sl-button slot="footer" variant="primary" id="btnTcUpdate">Update</sl-button>
<sl-button slot="footer" id="btnTcClose">Close</sl-button>
</sl-dialog>
<sl-dialog id="dlgConfirm" label="Confirm">
<p id="confirmText" class="muted"></p>
<sl-button slot="footer" id="btnConfirmCancel">Cancel</sl-button>
<sl-button slot="footer" variant="primary" id="btnConfirmYes">Yes, create</sl-button>
</sl-dialog>`;
  return documentHtml('Dash Board | e-Invoice System', body, APP_JS, {
    csrf,
    gstin,
    sessionLost: SESSION_LOST,
    passwordHelp: PASSWORD_HELP,
  });
}

// ---------------------------------------------------------------------------------------------------
// Page scripts (vanilla JavaScript with fetch).
// ---------------------------------------------------------------------------------------------------
const HOME_JS = `
document.getElementById('btnLogin').addEventListener('click', () => {
  window.location.href = '/login';
});
`;

const COMMON_JS = `
const PAGE = JSON.parse(document.getElementById('page-data').textContent || '{}');
function escapeHtml(value) {
  const div = document.createElement('div');
  div.textContent = value === undefined || value === null ? '' : String(value);
  return div.innerHTML;
}
/** The toast helper from the Shoelace docs: an sl-alert made on the fly and moved into the toast stack. */
function notify(message, variant, icon, duration) {
  const alert = Object.assign(document.createElement('sl-alert'), {
    variant: variant || 'primary',
    closable: true,
    duration: duration || 3000,
    innerHTML: '<sl-icon name="' + (icon || 'info-circle') + '" slot="icon"></sl-icon>' + escapeHtml(message),
  });
  document.body.append(alert);
  return alert.toast();
}
const defaultHelp = new Map();
function setError(field, message) {
  if (!defaultHelp.has(field)) defaultHelp.set(field, field.helpText || '');
  field.setCustomValidity(message);
  field.helpText = message;
}
function clearError(field) {
  if (!defaultHelp.has(field)) return;
  field.setCustomValidity('');
  field.helpText = defaultHelp.get(field);
  defaultHelp.delete(field);
}
`;

const LOGIN_SCRIPT = String.raw`
async function post(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    body: JSON.stringify(body || {}),
  });
  let data = {};
  try {
    data = await response.json();
  } catch (error) {
    data = {};
  }
  return { status: response.status, ok: response.ok && data.ok !== false, data: data };
}
const loginForm = document.getElementById('loginForm');
const userName = document.getElementById('txtUserName');
const password = document.getElementById('txt_password');
const captcha = document.getElementById('CaptchaCode');
const captchaImage = document.getElementById('captcha_image');
const loginButton = document.getElementById('btnLoginSubmit');
const otpForm = document.getElementById('otpForm');
const otp = document.getElementById('txtOtp');
const verifyButton = document.getElementById('btnVerifyOTP');
const resendButton = document.getElementById('btnResendOtp');
const otpTimer = document.getElementById('otpTimer');
let timerHandle = 0;

function refreshCaptcha() {
  captchaImage.src = '/get-captcha-image?r=' + Date.now();
}
refreshCaptcha();
document.getElementById('btnRefreshCaptcha').addEventListener('click', () => {
  refreshCaptcha();
  captcha.value = '';
  captcha.focus();
});
[userName, password, captcha, otp].forEach((field) => {
  field.addEventListener('sl-input', () => clearError(field));
});

function unreachable(button) {
  button.loading = false;
  notify('Unable to reach the server. Please check your connection and try again.', 'danger', 'exclamation-octagon');
}

loginForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (loginButton.loading) return;
  let firstInvalid = null;
  [
    [userName, 'Please enter Username.'],
    [password, 'Please enter Password.'],
    [captcha, 'Please enter the Captcha.'],
  ].forEach((pair) => {
    if (!pair[0].value.trim()) {
      setError(pair[0], pair[1]);
      firstInvalid = firstInvalid || pair[0];
    }
  });
  if (firstInvalid) {
    firstInvalid.focus();
    return;
  }
  loginButton.loading = true;
  let result;
  try {
    result = await post('/api/auth/login', {
      username: userName.value.trim(),
      password: password.value,
      captcha: captcha.value.trim(),
    });
  } catch (error) {
    unreachable(loginButton);
    return;
  }
  loginButton.loading = false;
  if (result.ok) {
    startOtpStep(result.data.mobile);
    return;
  }
  const message = result.data.message || 'Login failed. Please try again.';
  notify(message, 'danger', 'exclamation-octagon');
  captcha.value = '';
  refreshCaptcha();
  const field = result.data.field === 'captcha' ? captcha : password;
  setError(field, message);
  field.focus();
});

function startOtpStep(mobile) {
  const expired = document.getElementById('expiredAlert');
  if (expired) expired.hide();
  document.getElementById('loginStep').hidden = true;
  document.getElementById('otpStep').hidden = false;
  document.getElementById('loginTitle').textContent = 'Two-Factor Authentication';
  document.getElementById('otpLead').textContent =
    'An OTP has been sent to your registered mobile number ' + mobile + '. Enter it below to complete the login.';
  startResendTimer();
  setTimeout(() => otp.focus(), 60);
}

function startResendTimer() {
  let left = 30;
  resendButton.disabled = true;
  clearInterval(timerHandle);
  const tick = () => {
    otpTimer.textContent = left > 0 ? 'You can resend the OTP in ' + left + ' s' : '';
    if (left <= 0) {
      clearInterval(timerHandle);
      resendButton.disabled = false;
    }
    left -= 1;
  };
  tick();
  timerHandle = setInterval(tick, 1000);
}

function loginSessionLost() {
  notify(PAGE.sessionLost, 'warning', 'exclamation-triangle');
  setTimeout(() => {
    window.location.href = '/login?expired=1';
  }, 1200);
}

resendButton.addEventListener('click', async () => {
  resendButton.loading = true;
  let result;
  try {
    result = await post('/api/auth/resend-otp');
  } catch (error) {
    unreachable(resendButton);
    return;
  }
  resendButton.loading = false;
  if (result.status === 401) {
    loginSessionLost();
    return;
  }
  notify('A new OTP has been sent to your registered mobile number.', 'success', 'check2-circle');
  startResendTimer();
});

otpForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (verifyButton.loading) return;
  const value = otp.value.trim();
  if (!/^\d{6}$/.test(value)) {
    setError(otp, value ? 'OTP must be 6 digits.' : 'Please enter the OTP.');
    otp.focus();
    return;
  }
  verifyButton.loading = true;
  let result;
  try {
    result = await post('/api/auth/verify-otp', { otp: value });
  } catch (error) {
    unreachable(verifyButton);
    return;
  }
  if (result.ok) {
    window.location.href = result.data.redirect || '/app#/dashboard';
    return;
  }
  verifyButton.loading = false;
  if (result.status === 401) {
    loginSessionLost();
    return;
  }
  const message = result.data.message || 'OTP verification failed. Please try again.';
  notify(message, 'danger', 'exclamation-octagon');
  otp.value = '';
  setError(otp, message);
  otp.focus();
});
`;

const APP_SCRIPT = String.raw`
const view = document.getElementById('view');
const menu = document.getElementById('mainMenu');
const dlgTech = document.getElementById('dlgTechContact');
const dlgConfirm = document.getElementById('dlgConfirm');
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USERNAME_RULE = /^[A-Za-z0-9_.-]{4,30}$/;
let profile = null;
let sessionGone = false;
let pendingConfirm = null;
let cleanups = [];

function sessionLost() {
  if (sessionGone) return;
  sessionGone = true;
  notify(PAGE.sessionLost, 'warning', 'exclamation-triangle');
  setTimeout(() => {
    window.location.href = '/login?expired=1';
  }, 1200);
}

/** Every call the SPA makes: JSON, the CSRF header, and 401 meaning the session is gone. */
async function api(method, url, body) {
  if (sessionGone) return null;
  let response;
  try {
    response = await fetch(url, {
      method: method,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': PAGE.csrf },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    notify('Unable to reach the server. Please check your connection and try again.', 'danger', 'exclamation-octagon');
    return null;
  }
  let data = {};
  try {
    data = await response.json();
  } catch (error) {
    data = {};
  }
  if (response.status === 401) {
    sessionLost();
    return null;
  }
  return { ok: response.ok && data.ok !== false, status: response.status, data: data };
}

function labelOf(item) {
  return Array.from(item.childNodes)
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .trim();
}
function trail(item) {
  const names = [];
  let parent = item ? item.parentElement : null;
  while (parent && parent.localName === 'sl-tree-item') {
    names.unshift(labelOf(parent));
    parent = parent.parentElement;
  }
  return names.length ? names.join(' / ') : 'Home';
}

const ROUTES = {
  '#/dashboard': renderDashboard,
  '#/api-registration/user-credentials/create-api-user': renderCreateApiUser,
};

function route() {
  cleanups.forEach((fn) => fn());
  cleanups = [];
  const hash = window.location.hash || '#/dashboard';
  const item = Array.from(menu.querySelectorAll('sl-tree-item[data-route]')).find((el) => el.dataset.route === hash);
  if (!item) {
    window.location.hash = '#/dashboard';
    return;
  }
  menu.querySelectorAll('sl-tree-item').forEach((el) => {
    el.selected = el === item;
  });
  let parent = item.parentElement;
  while (parent && parent.localName === 'sl-tree-item') {
    parent.expanded = true;
    parent = parent.parentElement;
  }
  const render = ROUTES[hash] || renderPlaceholder;
  render(item);
  document.title = labelOf(item) + ' | e-Invoice System';
  window.scrollTo(0, 0);
}

menu.addEventListener('sl-selection-change', (event) => {
  const item = event.detail.selection[0];
  if (item && item.dataset.route && window.location.hash !== item.dataset.route) window.location.hash = item.dataset.route;
});
window.addEventListener('hashchange', route);

function statCard(label, value, note) {
  return '<sl-card><div class="stat-label">' + escapeHtml(label) + '</div><div class="stat-value">' + escapeHtml(value) +
    '</div><div class="stat-label">' + escapeHtml(note) + '</div></sl-card>';
}
function renderDashboard() {
  const counts = profile ? profile.counts : null;
  view.innerHTML = [
    '<div class="crumbs">Home</div>',
    '<h1 class="page-title">Dash Board</h1>',
    '<div class="stat-grid">',
    statCard('Generations', counts ? counts.generated : '…', 'IRNs generated this month'),
    statCard('Cancelled', counts ? counts.cancelled : '…', 'IRNs cancelled this month'),
    statCard('Pending', '0', 'Invoices awaiting IRN'),
    '</div>',
    '<sl-card class="panel" style="margin-top: 1.25rem"><div slot="header"><sl-icon name="info-circle"></sl-icon>Notices</div>',
    '<ul class="muted"><li>Two-factor authentication is mandatory for all users from 1 April 2025.</li>',
    '<li>API users are created per GSTIN and per GSP under API Registration.</li>',
    '<li>Invoices older than 30 days cannot be reported by taxpayers with AATO of ₹10 crore and above.</li></ul></sl-card>',
  ].join('');
}

function renderPlaceholder(item) {
  view.innerHTML = '<div class="crumbs">' + escapeHtml(trail(item)) + '</div><h1 class="page-title">' +
    escapeHtml(labelOf(item)) + '</h1><sl-card class="panel"><div class="empty">No records found.</div></sl-card>';
}

function modeNote(mode) {
  const texts = {
    direct: 'Direct API integration is available only to taxpayers with the notified aggregate turnover who have applied for it. It is not enabled for your GSTIN. Choose Through GSP to register with your GST Suvidha Provider.',
    erp: 'Integration through ERP is not enabled for your GSTIN. Please contact the helpdesk to enable it.',
    other: 'Registration using the Client-Id of another GSTIN with the same PAN is not enabled for your GSTIN.',
  };
  return '<sl-alert variant="primary" open><sl-icon slot="icon" name="info-circle"></sl-icon>' + escapeHtml(texts[mode]) + '</sl-alert>';
}

function formatDate(iso) {
  const date = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return pad(date.getDate()) + '/' + pad(date.getMonth() + 1) + '/' + date.getFullYear() + ' ' + pad(date.getHours()) + ':' + pad(date.getMinutes());
}

function renderCreateApiUser(item) {
  view.innerHTML = [
    '<div class="crumbs">' + escapeHtml(trail(item)) + '</div>',
    '<h1 class="page-title">Create API User</h1>',
    '<sl-card class="panel">',
    '<div slot="header"><sl-icon name="shield-lock"></sl-icon>API Registration</div>',
    '<div id="otpSection" class="stack">',
    '<p class="muted">To create API credentials for GSTIN <strong>' + escapeHtml(PAGE.gstin) +
      '</strong>, an OTP will be sent to the mobile number registered with GST.</p>',
    '<div id="sendRow"><sl-button variant="primary" id="btnSendOtp">Send OTP</sl-button></div>',
    '<div id="otpEntry" class="stack" hidden>',
    '<sl-alert variant="primary" open><sl-icon slot="icon" name="info-circle"></sl-icon><span id="otpSentText"></span></sl-alert>',
    '<div class="row"><sl-input type="password" password-toggle id="txtApiOtp" label="Enter OTP" maxlength="6" inputmode="numeric" autocomplete="one-time-code" help-text="Enter the 6-digit OTP sent by SMS."></sl-input>',
    '<sl-button variant="primary" id="btnVerifyApiOtp">Verify OTP</sl-button></div>',
    '<div class="otp-meta"><span id="apiOtpTimer"></span><sl-button variant="text" size="small" id="btnResendApiOtp" disabled>Resend OTP</sl-button></div>',
    '</div></div>',
    '<div id="regSection" class="stack" hidden>',
    '<sl-radio-group id="rdoRegMode" name="regMode" label="Do you wish to Register your GSTIN for">',
    '<sl-radio value="direct">Directly</sl-radio><sl-radio value="gsp">Through GSP</sl-radio>',
    '<sl-radio value="erp">Through ERP</sl-radio><sl-radio value="other">Through Client-Id of other</sl-radio>',
    '</sl-radio-group>',
    '<div id="modeNote" hidden></div>',
    '<div id="gspFields" class="stack" hidden>',
    '<sl-select id="ddlGsp" label="Select your GSP" placeholder="-- Select GSP --" hoist required></sl-select>',
    '<sl-input id="txtApiUserName" label="Username" autocomplete="off" required help-text="4 to 30 characters: letters, digits, underscore, dot or hyphen. The prefix API_ is added for you."><span slot="prefix" class="api-prefix">API_</span></sl-input>',
    '<div class="two-col"><sl-input id="txtApiPassword" type="password" password-toggle label="Password" autocomplete="new-password" required help-text="' + escapeHtml(PAGE.passwordHelp) + '"></sl-input>',
    '<sl-input id="txtApiPassword2" type="password" password-toggle label="Re-enter Password" autocomplete="new-password" required></sl-input></div>',
    '</div>',
    '<div id="submitError"></div>',
    '<div class="actions"><sl-button variant="primary" id="btnSubmitApiUser" disabled>Submit</sl-button><sl-button id="btnExitApiUser">Exit</sl-button></div>',
    '</div>',
    '<div id="doneSection" class="stack" hidden></div>',
    '</sl-card>',
  ].join('');

  const $ = (id) => document.getElementById(id);
  const otp = $('txtApiOtp');
  const sendButton = $('btnSendOtp');
  const verifyButton = $('btnVerifyApiOtp');
  const resendButton = $('btnResendApiOtp');
  const mode = $('rdoRegMode');
  const gsp = $('ddlGsp');
  const username = $('txtApiUserName');
  const password = $('txtApiPassword');
  const password2 = $('txtApiPassword2');
  const submit = $('btnSubmitApiUser');
  let timer = 0;
  cleanups.push(() => clearInterval(timer));
  [otp, username, password, password2].forEach((field) => field.addEventListener('sl-input', () => clearError(field)));
  gsp.addEventListener('sl-change', () => clearError(gsp));

  function startTimer(seconds) {
    let left = seconds;
    resendButton.disabled = true;
    clearInterval(timer);
    const tick = () => {
      $('apiOtpTimer').textContent = left > 0 ? 'You can resend the OTP in ' + left + ' s' : '';
      if (left <= 0) {
        clearInterval(timer);
        resendButton.disabled = false;
      }
      left -= 1;
    };
    tick();
    timer = setInterval(tick, 1000);
  }

  async function sendOtp(again) {
    const button = again ? resendButton : sendButton;
    if (button.loading) return;
    button.loading = true;
    const result = await api('POST', '/api/api-registration/otp/send');
    button.loading = false;
    if (!result) return;
    if (!result.ok) {
      notify(result.data.message || 'Unable to send the OTP. Please try again.', 'danger', 'exclamation-octagon');
      return;
    }
    $('sendRow').hidden = true;
    $('otpEntry').hidden = false;
    $('otpSentText').textContent = 'OTP has been sent to your registered mobile number ' + result.data.mobile +
      '. It is valid for ' + result.data.validityMinutes + ' minutes.';
    otp.value = '';
    clearError(otp);
    startTimer(result.data.resendAfterSeconds || 30);
    notify(again ? 'A new OTP has been sent to your registered mobile number.' : 'OTP sent successfully.', 'success', 'check2-circle');
    setTimeout(() => otp.focus(), 60);
  }
  sendButton.addEventListener('click', () => sendOtp(false));
  resendButton.addEventListener('click', () => sendOtp(true));

  async function verifyOtp() {
    if (verifyButton.loading) return;
    const value = otp.value.trim();
    if (!/^\d{6}$/.test(value)) {
      setError(otp, value ? 'OTP must be 6 digits.' : 'Please enter the OTP.');
      otp.focus();
      return;
    }
    verifyButton.loading = true;
    const result = await api('POST', '/api/api-registration/otp/verify', { otp: value });
    verifyButton.loading = false;
    if (!result) return;
    if (!result.ok) {
      const message = result.data.message || 'OTP verification failed. Please try again.';
      notify(message, 'danger', 'exclamation-octagon');
      otp.value = '';
      setError(otp, message);
      otp.focus();
      return;
    }
    clearInterval(timer);
    $('otpSection').hidden = true;
    $('regSection').hidden = false;
    notify(result.data.message || 'OTP verified successfully.', 'success', 'check2-circle');
    loadGsps();
  }
  verifyButton.addEventListener('click', verifyOtp);
  otp.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') verifyOtp();
  });

  async function loadGsps() {
    const result = await api('GET', '/api/api-registration/gsps');
    if (!result || !result.ok) return;
    gsp.innerHTML = result.data.items
      .map((entry) => '<sl-option value="' + escapeHtml(entry.value) + '">' + escapeHtml(entry.name) + '</sl-option>')
      .join('');
  }

  mode.addEventListener('sl-change', () => {
    const through = mode.value === 'gsp';
    $('gspFields').hidden = !through;
    $('modeNote').hidden = through;
    $('modeNote').innerHTML = through ? '' : modeNote(mode.value);
    submit.disabled = !through;
  });

  submit.addEventListener('click', () => {
    $('submitError').innerHTML = '';
    const invalid = [];
    const typed = username.value.trim().replace(/^API_/i, '');
    if (!gsp.value) invalid.push([gsp, 'Please select your GSP.']);
    if (!USERNAME_RULE.test(typed)) {
      invalid.push([username, typed ? 'Username must be 4 to 30 characters: letters, digits, underscore, dot or hyphen.' : 'Please enter Username.']);
    }
    if (!PASSWORD_RULE.test(password.value)) invalid.push([password, password.value ? PAGE.passwordHelp : 'Please enter Password.']);
    if (password2.value !== password.value || !password2.value) {
      invalid.push([password2, password2.value ? 'Password and Re-enter Password do not match.' : 'Please re-enter the Password.']);
    }
    if (invalid.length) {
      invalid.forEach((pair) => setError(pair[0], pair[1]));
      notify('Please correct the highlighted fields.', 'danger', 'exclamation-octagon');
      invalid[0][0].focus();
      return;
    }
    const option = Array.from(gsp.querySelectorAll('sl-option')).find((el) => el.value === gsp.value);
    const gspName = option ? option.getTextLabel() : gsp.value;
    $('confirmText').innerHTML = 'Do you want to create the API user <strong>API_' + escapeHtml(typed) + '</strong> for <strong>' +
      escapeHtml(gspName) + '</strong>?<br><br>Note down the username and password now: the password cannot be viewed later.';
    pendingConfirm = () => createUser(typed);
    dlgConfirm.show();
  });
  $('btnExitApiUser').addEventListener('click', () => {
    window.location.hash = '#/dashboard';
  });

  async function createUser(typed) {
    submit.loading = true;
    const result = await api('POST', '/api/api-registration/users', {
      mode: 'gsp',
      gsp: gsp.value,
      username: typed,
      password: password.value,
      confirmPassword: password2.value,
    });
    submit.loading = false;
    if (!result) return;
    if (result.ok) {
      showDone(result.data);
      return;
    }
    const message = result.data.message || 'Unable to create the API user. Please try again.';
    notify(message, 'danger', 'exclamation-octagon');
    $('submitError').innerHTML = '<sl-alert variant="danger" open closable><sl-icon slot="icon" name="exclamation-octagon"></sl-icon>' +
      escapeHtml(message) + '</sl-alert>';
    const fields = { username: username, password: password, confirmPassword: password2, gsp: gsp };
    if (fields[result.data.field]) setError(fields[result.data.field], message);
  }

  function showDone(data) {
    $('regSection').hidden = true;
    const rows = data.registered
      .map((row) => '<tr><td>' + row.slNo + '</td><td>' + escapeHtml(row.gsp) + '</td><td>' + escapeHtml(row.username) +
        '</td><td>' + escapeHtml(formatDate(row.createdOn)) + '</td><td>' + escapeHtml(row.status) + '</td></tr>')
      .join('');
    const done = $('doneSection');
    done.innerHTML = [
      '<sl-alert variant="success" open id="successAlert"><sl-icon slot="icon" name="check2-circle"></sl-icon>',
      '<strong>API user created</strong><br>' + escapeHtml(data.message) + '</sl-alert>',
      '<h3 class="section-title">GSPs registered for GSTIN ' + escapeHtml(PAGE.gstin) + '</h3>',
      '<table class="reg-table"><thead><tr><th>Sl. No.</th><th>GSP Name</th><th>API Username</th><th>Created On</th><th>Status</th></tr></thead>',
      '<tbody>' + rows + '</tbody></table>',
      '<div class="actions"><sl-button id="btnBackToDashboard">Back to Dash Board</sl-button></div>',
    ].join('');
    done.hidden = false;
    $('btnBackToDashboard').addEventListener('click', () => {
      window.location.hash = '#/dashboard';
    });
    notify('API user created successfully.', 'success', 'check2-circle');
  }
}

document.getElementById('btnConfirmCancel').addEventListener('click', () => {
  pendingConfirm = null;
  dlgConfirm.hide();
});
document.getElementById('btnConfirmYes').addEventListener('click', () => {
  const action = pendingConfirm;
  pendingConfirm = null;
  dlgConfirm.hide();
  if (action) action();
});
dlgConfirm.addEventListener('sl-after-hide', (event) => {
  if (event.target === dlgConfirm) pendingConfirm = null;
});

dlgTech.addEventListener('sl-request-close', (event) => {
  if (event.target === dlgTech && event.detail.source === 'overlay') event.preventDefault();
});
document.getElementById('btnTcClose').addEventListener('click', () => dlgTech.hide());
document.getElementById('btnTcUpdate').addEventListener('click', async () => {
  const button = document.getElementById('btnTcUpdate');
  const mobile = document.getElementById('tcMobile');
  const email = document.getElementById('tcEmail');
  if (!/^[6-9]\d{9}$/.test(mobile.value.trim())) {
    setError(mobile, 'Please enter a valid 10-digit mobile number.');
    return;
  }
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.value.trim())) {
    setError(email, 'Please enter a valid e-mail ID.');
    return;
  }
  button.loading = true;
  const result = await api('POST', '/api/profile/technical-contact', {
    name: document.getElementById('tcName').value,
    mobile: mobile.value,
    email: email.value,
  });
  button.loading = false;
  if (result && result.ok) {
    notify(result.data.message, 'success', 'check2-circle');
    dlgTech.hide();
  }
});
['tcName', 'tcMobile', 'tcEmail'].forEach((id) => {
  const field = document.getElementById(id);
  field.addEventListener('sl-input', () => clearError(field));
});

document.getElementById('btnLogout').addEventListener('click', async () => {
  await api('POST', '/api/auth/logout');
  window.location.href = '/login';
});

async function boot() {
  if (!window.location.hash) history.replaceState(null, '', '#/dashboard');
  route();
  const result = await api('GET', '/api/profile');
  if (!result || !result.ok) return;
  profile = result.data;
  document.getElementById('hdrName').textContent = profile.legalName;
  if ((window.location.hash || '#/dashboard') === '#/dashboard') renderDashboard();
  if (profile.showTechContact) {
    document.getElementById('tcName').value = profile.technicalContact.name;
    document.getElementById('tcMobile').value = profile.technicalContact.mobile;
    document.getElementById('tcEmail').value = profile.technicalContact.email;
    setTimeout(() => dlgTech.show(), 350);
  }
}
boot();
`;

const LOGIN_JS = `${COMMON_JS}\n${LOGIN_SCRIPT}`;
const APP_JS = `${COMMON_JS}\n${APP_SCRIPT}`;
