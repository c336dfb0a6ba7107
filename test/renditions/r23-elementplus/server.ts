/**
 * Rendition r23-elementplus: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as an Element Plus 2 (Vue 3) admin
 * app would draw it: a single-page app whose page is built and re-rendered by a small
 * hand-written runtime reproducing Element Plus's DOM (el-container / el-aside / el-header /
 * el-main, el-menu, el-card, el-form, el-input, el-radio, el-select, el-dialog, ElMessageBox,
 * ElMessage, v-loading, el-table), its transitions and focus handling, and an axios-style
 * JSON client with a response interceptor.
 *
 * Choices made where the docs are silent:
 * - URLs (history-mode router; every page GET answers the same shell): `/` (public home),
 *   `/login`, `/login/otp`, `/dashboard`,
 *   `/api-registration/user-credentials/create-api-user` (Create API User), plus placeholder
 *   pages for the other menu leaves. JSON API, all POST with JSON bodies:
 *   `/api/auth/captcha`, `/api/auth/login`, `/api/auth/otp/resend`, `/api/auth/otp/verify`,
 *   `/api/auth/logout`, `/api/user/info`, `/api/api-user/otp/send`, `/api/api-user/otp/verify`,
 *   `/api/api-user/gsps`, `/api/api-user/registered`, `/api/api-user/create`. Answers are
 *   `{ code, message, data }`; code 200 is success, 500 a refusal, 401 (HTTP 401) a lost session.
 * - Home: an `el-header` top bar "e-Invoice System" with nav text and an `el-button--primary`
 *   "Login"; cards "What's New", "e-Invoice at a glance", "Useful Links".
 * - Login: an `el-card` titled "Login to e-Invoice System", `el-form` label-position top, items
 *   "Username" (placeholder "Enter Username"), "Password" (show-password eye, placeholder
 *   "Enter Password"), "Captcha" (placeholder "Enter Captcha", maxlength 5) with the captcha
 *   picture (SVG with noise lines and dots, a data URI from `/api/auth/captcha`; clicking it or
 *   the circle button "Refresh Captcha" draws it again, same text, new noise) and a full-width
 *   "Login" button. Required-field errors: "Please enter the username", "Please enter the
 *   password", "Please enter the captcha". Captcha is checked first, case-insensitively.
 *   Refusals are `ElMessage` errors: "Invalid Captcha. Please enter the characters shown in
 *   the image." / "Invalid Login Credentials. Please check your username and password."; the
 *   captcha is redrawn and its box cleared. Username compared case-insensitively.
 * - 2FA: `/login/otp`, an `el-card` "Two-Factor Authentication" with an `el-alert` naming the
 *   masked mobile, item "Enter OTP" (`el-input` maxlength 6, show-word-limit `0 / 6`), buttons
 *   "Verify OTP", "Resend OTP" (disabled during a 30 s countdown shown as "Resend OTP (30s)")
 *   and the link button "Back to Login". Wrong OTP: `ElMessage` error "Invalid OTP. Please enter
 *   the correct OTP sent to your registered mobile number." and the box is cleared. Success
 *   shows `ElMessage` "Login successful" and goes to `?redirect=` (a known page) or `/dashboard`.
 * - Popup after every login: an `el-dialog` "Contacts of Technical Person" (el-descriptions:
 *   Name, Mobile Number, E-mail ID) with the × header button and a footer `el-button--danger`
 *   "Exit"; Esc and a click on the dimmed overlay also close it. As in Element Plus 2.3+, the
 *   `role=dialog aria-modal` sit on `div.el-overlay-dialog`, not on `div.el-dialog`.
 * - Layout: `section.el-container` with a fixed dark `aside.el-aside` (logo + `ul.el-menu`
 *   role=menubar) and a vertical container: `header.el-header` (breadcrumb, GSTIN `el-tag`, user
 *   `el-dropdown` click-trigger with "Dash Board" and "Logout"; Logout shows "You have been
 *   logged out." and goes to `/login`), `main.el-main`, `footer.el-footer`.
 *   Page switches use a `fade-transform` out-in transition.
 * - Menu: "Dash Board"; "e-Invoice" (Generate IRN, Cancel IRN, Bulk Upload); "API Registration"
 *   (sub-menu "User Credentials" holding "Create API User", "Change API Password", "Freeze API
 *   User"; then "IP Whitelisting"); "MIS Reports" (IRN Details, Summary Report); "User
 *   Management" (Create Sub User, Update Contact Details). Sub-menus toggle on a title click with
 *   a 0.3 s height transition; the active route's parents open on load. Leaves other than Dash
 *   Board and Create API User show an `el-empty` "This service is not available in this demo."
 * - Dashboard: page title "Dash Board", stat cards "Generations", "Cancelled", "e-Way Bills",
 *   "Bulk Uploads", and "Taxpayer Details".
 * - Create API User: an `el-card` "API Registration"; opening it sends the API OTP at once
 *   (v-loading mask on the card), toasts "OTP has been sent to your registered mobile number
 *   XXXXXX4321." and shows an `el-alert` "An OTP has been sent to your registered mobile number
 *   XXXXXX4321." Item "Enter OTP" (maxlength 6, show-word-limit), buttons "Verify OTP", "Resend
 *   OTP" (30 s countdown) and "Exit". Wrong OTP: `ElMessage` error "Invalid OTP. Please enter the
 *   correct OTP." (box cleared, retry allowed); right OTP: "OTP verified successfully." and the
 *   OTP panel is replaced by the registration form (with GSTIN / Legal Name above it).
 * - Registration form (after the OTP): item "Do you wish to Register your GSTIN for" with an
 *   `el-radio-group` "Directly", "Through GSP", "Through ERP", "Through Client-Id of other" (none
 *   chosen at first). Only "Through GSP" shows the rest; the others show an `el-alert` warning
 *   that the option is not available for this GSTIN. Items "Select your GSP" (`el-select`
 *   filterable, placeholder "Select" drawn over a readonly-until-focused `input.el-select__input`
 *   role=combobox; dropdown teleported to `div#el-popper-container-N` in body and kept there
 *   hidden when closed; 22 GSP names, items role=option, `is-hovering` / `is-selected`; typing
 *   filters, "No matching data" when nothing fits), "Username" (`el-input` with prepend "API_", placeholder
 *   "Enter username", 4-15 letters or digits), "Password" and "Re-enter Password" (show-password,
 *   8-15 characters with upper, lower, digit and special character; the rule is shown under the
 *   field; "The two passwords do not match"), buttons "Submit" and "Exit" (Exit goes to the
 *   dashboard). Field errors appear in `div.el-form-item__error` under the field (blur for
 *   inputs, change for radio and select, and all on Submit).
 * - Submit: form validation, then `ElMessageBox.confirm` titled "Confirm" ("Do you want to create
 *   API user API_x through GSP for GSTIN ...?", buttons "Cancel"/"OK"), then the call with a
 *   v-loading mask. Cancel, × or Esc just closes it. Verdict: `ElMessage` success "API user API_x
 *   has been created successfully for <GSP>."; the GSP, username and passwords are cleared (the
 *   radio stays); the `el-table` "GSPs registered for GSTIN <gstin>" (shown under the form once
 *   the OTP is verified; columns
 *   Sl. No., GSP Name, API Username, Created On, Status) reloads. Refusals as `ElMessage`
 *   errors: "GSTIN <gstin> is already registered with <GSP>. Only one API user is allowed per
 *   GSP." and "Username API_x is already taken. Please choose a different username."
 *   A seeded registration with TERA SOFTWARE LIMITED (API_unityfoods, kept apart from
 *   state.users) is listed and refused as a duplicate; a few usernames of other GSTINs are taken.
 * - Messages: `ElMessage` toasts fixed at the top, role=alert, fading after 3 s (hover pauses).
 * - Sessions: cookie `EINV_SID` (HttpOnly). A page GET of a protected page without a logged-in
 *   session is redirected (302) to `/login?redirect=<path>`, with `&expired=1` when the cookie
 *   named a session that no longer exists; the login page then shows an `ElMessage` warning
 *   "Your session has expired. Please log in again." An API call without a live session answers
 *   HTTP 401; the interceptor shows `ElMessageBox.alert` "Your session has expired. Please log in
 *   again." titled "Session Expired" (no ×, no Esc) with the button "Re-Login", then routes to
 *   `/login?redirect=<current page>`; after the login and its OTP the user lands on that page
 *   again (Create API User then sends a fresh API OTP).
 * - expireOnce: the first request of the stage made with a live session ('api-otp-send': an API
 *   OTP send or resend; 'api-otp-verify': the API OTP check; 'submit': the Create call) deletes
 *   the session, pushes the stage to `expired` and answers 401 like any lost session. Once per
 *   server.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type ElementPlusR23Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface ElementPlusR23Options {
  expireOnce?: ElementPlusR23Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface ElementPlusR23State {
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
export interface ElementPlusR23Rendition {
  url: string;
  close(): Promise<void>;
  state: ElementPlusR23State;
}

export const ELEMENTPLUS_R23_LOGIN: { username: string; password: string } = {
  username: 'unityfoods27',
  password: 'Unity@Gst2025',
};

const GSP_NAMES: readonly string[] = [
  'Adaequare Info Private Limited',
  'ALANKIT LIMITED',
  'BHARTI AIRTEL LIMITED',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'CSC E-GOVERNANCE SERVICES INDIA LIMITED',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'E-MUDHRA LIMITED',
  'ERNST AND YOUNG LLP',
  'EXCELLON SOFTWARE PRIVATE LIMITED',
  'IRIS BUSINESS SERVICES LIMITED',
  'KARVY DATA MANAGEMENT SERVICES LIMITED',
  'Masters India Private Limited',
  'RELIANCE CORPORATE IT PARK LIMITED',
  'SIFY TECHNOLOGIES LIMITED',
  'Tally ( India) Private Ltd',
  'TATA CONSULTANCY SERVICES LIMITED',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'WIPRO LIMITED',
];

const MOBILE_MASKED = 'XXXXXX4321';
const PROFILE = {
  legalName: 'UNITY FOODS AND BEVERAGES',
  tradeName: 'UNITY FOODS',
  state: 'Maharashtra',
  techName: 'Rajesh Kulkarni',
  techMobile: '98XXXXXX21',
  techEmail: 'it.support@unityfoods.in',
};
/** Usernames held by other GSTINs (kept apart from state.users). */
const FOREIGN_USERNAMES: readonly string[] = ['API_admin', 'API_test', 'API_einvoice', 'API_demo123'];

interface Session {
  stage: 'anon' | 'otp' | 'in';
  username: string;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
}

interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  createdOn: string;
}

const SESSION_COOKIE = 'EINV_SID';
const PUBLIC_PAGES = new Set(['/', '/login']);
const LAYOUT_PAGES = new Set([
  '/dashboard',
  '/einvoice/generate',
  '/einvoice/cancel',
  '/einvoice/bulk-upload',
  '/api-registration/user-credentials/create-api-user',
  '/api-registration/user-credentials/change-api-password',
  '/api-registration/user-credentials/freeze-api-user',
  '/api-registration/ip-whitelisting',
  '/mis/irn-details',
  '/mis/summary',
  '/user-management/create-sub-user',
  '/user-management/contact-details',
]);

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function nowStamp(): string {
  const d = new Date();
  return `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}/${d.getFullYear()} ${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
}

function captchaDataUri(text: string): string {
  const w = 130;
  const h = 44;
  const colours = ['#5b6b8c', '#8a5a44', '#3f7f6f', '#7a4f93', '#a0623a', '#45679a'];
  let s = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`;
  s += `<rect width="${w}" height="${h}" fill="#eef3fb"/>`;
  for (let i = 0; i < 6; i++) {
    s += `<path d="M${randomInt(0, 30)} ${randomInt(4, 40)} Q${randomInt(30, 100)} ${randomInt(0, 44)} ${randomInt(100, 130)} ${randomInt(4, 40)}" stroke="${colours[randomInt(0, colours.length)]}" stroke-width="1" fill="none" opacity="0.55"/>`;
  }
  for (let i = 0; i < 45; i++) {
    s += `<circle cx="${randomInt(0, w)}" cy="${randomInt(0, h)}" r="${randomInt(1, 3) / 2}" fill="${colours[randomInt(0, colours.length)]}"/>`;
  }
  const chars = text.split('');
  chars.forEach((ch, i) => {
    const x = 14 + i * 23 + randomInt(-3, 4);
    const y = 31 + randomInt(-4, 5);
    const rot = randomInt(-25, 26);
    s += `<text x="${x}" y="${y}" transform="rotate(${rot} ${x} ${y - 9})" font-family="Verdana, Arial, sans-serif" font-size="${randomInt(22, 28)}" font-weight="bold" fill="${colours[randomInt(0, colours.length)]}">${ch}</text>`;
  });
  s += `<line x1="0" y1="${randomInt(10, 34)}" x2="${w}" y2="${randomInt(10, 34)}" stroke="#6b7a99" stroke-width="1" opacity="0.6"/>`;
  s += '</svg>';
  return `data:image/svg+xml;base64,${Buffer.from(s).toString('base64')}`;
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= 65536) chunks.push(c);
    });
    req.on('end', () => {
      try {
        const v: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        resolve(v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
      } catch {
        resolve({});
      }
    });
    req.on('error', () => resolve({}));
  });
}

function str(body: Record<string, unknown>, key: string): string {
  const v = body[key];
  return typeof v === 'string' ? v : '';
}

function passwordOk(p: string): boolean {
  return (
    p.length >= 8 &&
    p.length <= 15 &&
    /[A-Z]/.test(p) &&
    /[a-z]/.test(p) &&
    /\d/.test(p) &&
    /[^A-Za-z0-9]/.test(p)
  );
}

export async function startElementPlusR23Rendition(
  options: ElementPlusR23Options = {},
): Promise<ElementPlusR23Rendition> {
  const state: ElementPlusR23State = {
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
      username: 'API_unityfoods',
      createdOn: '14/08/2021 11:32:05',
    },
  ];
  const sessions = new Map<string, Session>();
  let expiryFired = false;

  const registrationsFor = (gstin: string): Registration[] => [
    ...seeded.filter((r) => r.gstin === gstin),
    ...state.users
      .filter((u) => u.gstin === gstin)
      .map((u) => ({ gstin: u.gstin, gsp: u.gsp, username: u.username, createdOn: u.createdOn })),
  ];

  const json = (res: ServerResponse, status: number, body: unknown, cookie?: string): void => {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json;charset=UTF-8',
      'Cache-Control': 'no-store',
    };
    if (cookie) headers['Set-Cookie'] = cookie;
    res.writeHead(status, headers);
    res.end(JSON.stringify(body));
  };
  const ok = (res: ServerResponse, data: unknown, message = 'success', cookie?: string): void =>
    json(res, 200, { code: 200, message, data }, cookie);
  const refuse = (res: ServerResponse, message: string, data: unknown = null): void =>
    json(res, 200, { code: 500, message, data });
  const lost = (res: ServerResponse): void =>
    json(res, 401, { code: 401, message: 'Your session has expired. Please log in again.', data: null });

  const newSession = (): { id: string; s: Session; cookie: string } => {
    const id = randomBytes(18).toString('hex');
    const s: Session = { stage: 'anon', username: '', apiOtpSent: false, apiOtpVerified: false };
    sessions.set(id, s);
    return { id, s, cookie: `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax` };
  };

  /** expireOnce: true when this request was the one that ended the session. */
  const expireHere = (stage: ElementPlusR23Expiry, sid: string | undefined): boolean => {
    if (options.expireOnce !== stage || expiryFired || !sid) return false;
    expiryFired = true;
    sessions.delete(sid);
    state.expired.push(stage);
    return true;
  };

  const handleApi = async (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    sid: string | undefined,
    sess: Session | undefined,
  ): Promise<void> => {
    const body = await readBody(req);
    const live = sess?.stage === 'in' ? sess : undefined;
    switch (path) {
      case '/api/auth/captcha': {
        if (sess) {
          ok(res, { img: captchaDataUri(state.captcha), captchaEnabled: true });
        } else {
          const n = newSession();
          ok(res, { img: captchaDataUri(state.captcha), captchaEnabled: true }, 'success', n.cookie);
        }
        return;
      }
      case '/api/auth/login': {
        const code = str(body, 'code').trim();
        if (!sess || code.toUpperCase() !== state.captcha.toUpperCase()) {
          state.refusals.push('captcha');
          refuse(res, 'Invalid Captcha. Please enter the characters shown in the image.');
          return;
        }
        const username = str(body, 'username').trim();
        const password = str(body, 'password');
        if (
          username.toLowerCase() !== ELEMENTPLUS_R23_LOGIN.username.toLowerCase() ||
          password !== ELEMENTPLUS_R23_LOGIN.password
        ) {
          state.refusals.push('login');
          refuse(res, 'Invalid Login Credentials. Please check your username and password.');
          return;
        }
        sess.stage = 'otp';
        sess.username = ELEMENTPLUS_R23_LOGIN.username;
        sess.apiOtpSent = false;
        sess.apiOtpVerified = false;
        ok(
          res,
          { next: 'otp', mobile: MOBILE_MASKED },
          'OTP has been sent to your registered mobile number.',
        );
        return;
      }
      case '/api/auth/otp/resend': {
        if (sess?.stage !== 'otp') return lost(res);
        ok(
          res,
          { mobile: MOBILE_MASKED },
          `OTP has been resent to your registered mobile number ${MOBILE_MASKED}.`,
        );
        return;
      }
      case '/api/auth/otp/verify': {
        if (sess?.stage !== 'otp') return lost(res);
        if (str(body, 'otp').trim() !== state.loginOtp) {
          state.refusals.push('login-otp');
          refuse(res, 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.');
          return;
        }
        sess.stage = 'in';
        ok(res, { token: randomBytes(12).toString('hex') }, 'Login successful');
        return;
      }
      case '/api/auth/logout': {
        if (sid) sessions.delete(sid);
        ok(res, null, 'Logged out');
        return;
      }
      case '/api/user/info': {
        if (!live) return lost(res);
        ok(res, {
          username: live.username,
          gstin: state.gstin,
          mobile: MOBILE_MASKED,
          ...PROFILE,
        });
        return;
      }
      case '/api/api-user/otp/send': {
        if (live && expireHere('api-otp-send', sid)) return lost(res);
        if (!live) return lost(res);
        live.apiOtpSent = true;
        ok(
          res,
          { mobile: MOBILE_MASKED, validity: 10 },
          `OTP has been sent to your registered mobile number ${MOBILE_MASKED}.`,
        );
        return;
      }
      case '/api/api-user/otp/verify': {
        if (live && expireHere('api-otp-verify', sid)) return lost(res);
        if (!live) return lost(res);
        if (!live.apiOtpSent) {
          refuse(res, 'Please request an OTP first.');
          return;
        }
        if (str(body, 'otp').trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          refuse(res, 'Invalid OTP. Please enter the correct OTP.');
          return;
        }
        live.apiOtpVerified = true;
        ok(res, { verified: true }, 'OTP verified successfully.');
        return;
      }
      case '/api/api-user/gsps': {
        if (!live) return lost(res);
        ok(
          res,
          GSP_NAMES.map((name, i) => ({ gspId: `GSP${pad2(i + 1)}`, gspName: name })),
        );
        return;
      }
      case '/api/api-user/registered': {
        if (!live) return lost(res);
        ok(
          res,
          registrationsFor(state.gstin).map((r) => ({
            gspName: r.gsp,
            apiUsername: r.username,
            createdOn: r.createdOn,
            status: 'Active',
          })),
        );
        return;
      }
      case '/api/api-user/create': {
        if (live && expireHere('submit', sid)) return lost(res);
        if (!live) return lost(res);
        if (!live.apiOtpVerified) {
          refuse(res, 'Please verify the OTP before creating an API user.');
          return;
        }
        const mode = str(body, 'mode');
        const gsp = str(body, 'gspName');
        const typed = str(body, 'username').trim();
        const password = str(body, 'password');
        const rePassword = str(body, 'rePassword');
        if (mode !== 'GSP') {
          refuse(res, 'This option is not available for your GSTIN. Please choose Through GSP.');
          return;
        }
        if (!GSP_NAMES.includes(gsp)) {
          refuse(res, 'Please select your GSP.');
          return;
        }
        if (!/^[A-Za-z0-9]{4,15}$/.test(typed)) {
          refuse(res, 'Username must be 4 to 15 letters or digits.');
          return;
        }
        if (!passwordOk(password)) {
          refuse(
            res,
            'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
          );
          return;
        }
        if (password !== rePassword) {
          refuse(res, 'Password and Re-enter Password do not match.');
          return;
        }
        const username = `API_${typed}`;
        if (registrationsFor(state.gstin).some((r) => r.gsp === gsp)) {
          state.refusals.push('duplicate');
          refuse(
            res,
            `GSTIN ${state.gstin} is already registered with ${gsp}. Only one API user is allowed per GSP.`,
          );
          return;
        }
        const taken = [
          ...FOREIGN_USERNAMES,
          ...seeded.map((r) => r.username),
          ...state.users.map((u) => u.username),
        ];
        if (taken.some((u) => u.toLowerCase() === username.toLowerCase())) {
          state.refusals.push('username-taken');
          refuse(res, `Username ${username} is already taken. Please choose a different username.`);
          return;
        }
        const createdOn = nowStamp();
        state.users.push({ gstin: state.gstin, gsp, username, password, createdOn });
        ok(
          res,
          { apiUsername: username, gspName: gsp, createdOn },
          `API user ${username} has been created successfully for ${gsp}.`,
        );
        return;
      }
      default:
        json(res, 404, { code: 404, message: 'Not Found', data: null });
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    const sid = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    const sess = sid ? sessions.get(sid) : undefined;
    if (path.startsWith('/api/')) {
      if (req.method !== 'POST') {
        json(res, 405, { code: 405, message: 'Method Not Allowed', data: null });
        return;
      }
      await handleApi(req, res, path, sid, sess);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { 'Content-Type': 'text/plain' });
      res.end('Method Not Allowed');
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=3600' });
      res.end(FAVICON_SVG);
      return;
    }
    const redirect = (to: string): void => {
      res.writeHead(302, { Location: to, 'Cache-Control': 'no-store' });
      res.end();
    };
    const stale = Boolean(sid) && !sess;
    let cookie: string | undefined;
    if (PUBLIC_PAGES.has(path)) {
      if (path === '/login' && sess?.stage === 'in') return redirect('/dashboard');
      if (!sess) cookie = newSession().cookie;
    } else if (path === '/login/otp') {
      if (sess?.stage === 'in') return redirect('/dashboard');
      if (sess?.stage !== 'otp') return redirect(stale ? '/login?expired=1' : '/login');
    } else if (LAYOUT_PAGES.has(path)) {
      if (sess?.stage !== 'in')
        return redirect(`/login?redirect=${encodeURIComponent(path)}${stale ? '&expired=1' : ''}`);
    } else {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(shellHtml());
      return;
    }
    const headers: Record<string, string> = {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    };
    if (cookie) headers['Set-Cookie'] = cookie;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : shellHtml());
  };

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Internal Server Error');
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
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

function shellHtml(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/favicon.ico">
<title>e-Invoice System</title>
<style>${CSS}</style>
</head>
<body>
<noscript><strong>We're sorry but e-Invoice System doesn't work properly without JavaScript enabled. Please enable it to continue.</strong></noscript>
<div id="app"></div>
<script>${CLIENT_JS}</script>
</body>
</html>`;
}

const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#1f4e8c"/><path d="M18 14h20l10 10v26H18z" fill="#fff"/><path d="M38 14v10h10" fill="#c9d8ee"/><path d="M24 32h18M24 38h18M24 44h12" stroke="#1f4e8c" stroke-width="3"/></svg>';

/** Element Plus 2 theme-chalk, the subset this app uses, plus the admin layout's own styles. */
const CSS = `
:root{--el-color-white:#fff;--el-color-black:#000;--el-color-primary:#409eff;--el-color-primary-light-3:#79bbff;--el-color-primary-light-5:#a0cfff;--el-color-primary-light-7:#c6e2ff;--el-color-primary-light-8:#d9ecff;--el-color-primary-light-9:#ecf5ff;--el-color-primary-dark-2:#337ecc;--el-color-success:#67c23a;--el-color-success-light-5:#b3e19d;--el-color-success-light-8:#e1f3d8;--el-color-success-light-9:#f0f9eb;--el-color-warning:#e6a23c;--el-color-warning-light-5:#f3d19e;--el-color-warning-light-8:#faecd8;--el-color-warning-light-9:#fdf6ec;--el-color-danger:#f56c6c;--el-color-danger-light-3:#f89898;--el-color-danger-light-5:#fab6b6;--el-color-danger-light-8:#fde2e2;--el-color-danger-light-9:#fef0f0;--el-color-danger-dark-2:#c45656;--el-color-error:#f56c6c;--el-color-info:#909399;--el-color-info-light-5:#c8c9cc;--el-color-info-light-8:#e9e9eb;--el-color-info-light-9:#f4f4f5;--el-bg-color:#fff;--el-bg-color-page:#f2f3f5;--el-bg-color-overlay:#fff;--el-text-color-primary:#303133;--el-text-color-regular:#606266;--el-text-color-secondary:#909399;--el-text-color-placeholder:#a8abb2;--el-text-color-disabled:#c0c4cc;--el-border-color:#dcdfe6;--el-border-color-light:#e4e7ed;--el-border-color-lighter:#ebeef5;--el-border-color-extra-light:#f2f6fc;--el-border-color-hover:#c0c4cc;--el-fill-color-light:#f5f7fa;--el-fill-color-lighter:#fafafa;--el-fill-color-blank:#fff;--el-mask-color:rgba(255,255,255,.9);--el-overlay-color-lighter:rgba(0,0,0,.5);--el-border-radius-base:4px;--el-border-radius-small:2px;--el-box-shadow-light:0px 0px 12px rgba(0,0,0,.12);--el-box-shadow:0px 12px 32px 4px rgba(0,0,0,.04),0px 8px 20px rgba(0,0,0,.08);--el-font-size-base:14px;--el-font-size-small:13px;--el-font-size-large:18px;--el-font-size-extra-small:12px;--el-transition-duration:.3s;--el-transition-duration-fast:.2s;--el-transition-box-shadow:box-shadow var(--el-transition-duration-fast) cubic-bezier(.645,.045,.355,1);--el-component-size:32px;--el-component-size-large:40px;--el-font-family:'Helvetica Neue',Helvetica,'PingFang SC','Hiragino Sans GB','Microsoft YaHei',Arial,sans-serif}
html,body{margin:0;padding:0;height:100%}
body{font-family:var(--el-font-family);font-size:14px;color:var(--el-text-color-primary);background:var(--el-bg-color-page);-webkit-font-smoothing:antialiased}
*,*:before,*:after{box-sizing:border-box}
#app{min-height:100%}
a{color:var(--el-color-primary);text-decoration:none}
.el-popup-parent--hidden{overflow:hidden}
.el-icon{--color:inherit;height:1em;width:1em;line-height:1em;display:inline-flex;justify-content:center;align-items:center;position:relative;fill:currentColor;color:var(--color);font-size:inherit}
.el-icon svg{height:1em;width:1em}
.el-icon.is-loading{animation:rotating 2s linear infinite}
@keyframes rotating{0%{transform:rotate(0)}to{transform:rotate(360deg)}}
.el-container{display:flex;flex-direction:row;flex:1;flex-basis:auto;box-sizing:border-box;min-width:0}
.el-container.is-vertical{flex-direction:column}
.el-header{--el-header-padding:0 20px;--el-header-height:60px;padding:var(--el-header-padding);box-sizing:border-box;flex-shrink:0;height:var(--el-header-height)}
.el-aside{overflow:auto;box-sizing:border-box;flex-shrink:0;width:var(--el-aside-width,300px)}
.el-main{--el-main-padding:20px;display:block;flex:1;flex-basis:auto;overflow:auto;box-sizing:border-box;padding:var(--el-main-padding)}
.el-footer{--el-footer-padding:0 20px;--el-footer-height:60px;padding:var(--el-footer-padding);box-sizing:border-box;flex-shrink:0;height:var(--el-footer-height)}
.el-button{display:inline-flex;justify-content:center;align-items:center;line-height:1;height:32px;white-space:nowrap;cursor:pointer;color:var(--el-button-text-color,var(--el-text-color-regular));text-align:center;box-sizing:border-box;outline:0;transition:.1s;font-weight:500;user-select:none;vertical-align:middle;-webkit-appearance:none;background-color:var(--el-button-bg-color,var(--el-fill-color-blank));border:1px solid var(--el-button-border-color,var(--el-border-color));border-radius:var(--el-border-radius-base);padding:8px 15px;font-size:var(--el-font-size-base);font-family:inherit}
.el-button+.el-button{margin-left:12px}
.el-button:hover,.el-button:focus-visible{color:var(--el-button-hover-text-color,var(--el-color-primary));border-color:var(--el-button-hover-border-color,var(--el-color-primary-light-7));background-color:var(--el-button-hover-bg-color,var(--el-color-primary-light-9));outline:0}
.el-button:active{color:var(--el-button-active-text-color,var(--el-color-primary));border-color:var(--el-button-active-border-color,var(--el-color-primary));background-color:var(--el-button-active-bg-color,var(--el-color-primary-light-9))}
.el-button>span{display:inline-flex;align-items:center}
.el-button [class*=el-icon]+span{margin-left:6px}
.el-button.is-disabled,.el-button.is-disabled:hover{color:var(--el-button-disabled-text-color,var(--el-text-color-placeholder));cursor:not-allowed;background-color:var(--el-button-disabled-bg-color,var(--el-fill-color-blank));border-color:var(--el-button-disabled-border-color,var(--el-border-color-light))}
.el-button.is-loading{position:relative;pointer-events:none}
.el-button.is-loading:before{z-index:1;pointer-events:none;content:"";position:absolute;left:-1px;top:-1px;right:-1px;bottom:-1px;border-radius:inherit;background-color:var(--el-mask-color-extra-light,rgba(255,255,255,.3))}
.el-button.is-circle{width:32px;border-radius:50%;padding:8px}
.el-button--large{height:40px;padding:12px 19px;font-size:var(--el-font-size-base)}
.el-button--small{height:24px;padding:5px 11px;font-size:12px;border-radius:3px}
.el-button--primary{--el-button-text-color:#fff;--el-button-bg-color:var(--el-color-primary);--el-button-border-color:var(--el-color-primary);--el-button-hover-text-color:#fff;--el-button-hover-bg-color:var(--el-color-primary-light-3);--el-button-hover-border-color:var(--el-color-primary-light-3);--el-button-active-bg-color:var(--el-color-primary-dark-2);--el-button-active-border-color:var(--el-color-primary-dark-2);--el-button-active-text-color:#fff;--el-button-disabled-text-color:#fff;--el-button-disabled-bg-color:var(--el-color-primary-light-5);--el-button-disabled-border-color:var(--el-color-primary-light-5)}
.el-button--danger{--el-button-text-color:#fff;--el-button-bg-color:var(--el-color-danger);--el-button-border-color:var(--el-color-danger);--el-button-hover-text-color:#fff;--el-button-hover-bg-color:var(--el-color-danger-light-3);--el-button-hover-border-color:var(--el-color-danger-light-3);--el-button-active-bg-color:var(--el-color-danger-dark-2);--el-button-active-border-color:var(--el-color-danger-dark-2);--el-button-active-text-color:#fff;--el-button-disabled-text-color:#fff;--el-button-disabled-bg-color:var(--el-color-danger-light-5);--el-button-disabled-border-color:var(--el-color-danger-light-5)}
.el-button.is-link{border-color:transparent;color:var(--el-button-text-color,var(--el-color-primary));background:transparent;padding:2px;height:auto}
.el-button.is-link:hover{color:var(--el-color-primary-light-3);background:transparent;border-color:transparent}
.el-button.is-link.is-disabled{color:var(--el-color-primary-light-5);background:transparent;border-color:transparent}
.el-link{display:inline-flex;align-items:center;cursor:pointer;font-size:14px;font-weight:500;color:var(--el-color-primary)}
.el-link:hover{color:var(--el-color-primary-light-3)}
.el-input{--el-input-height:32px;position:relative;font-size:14px;display:inline-flex;width:100%;line-height:32px;box-sizing:border-box;vertical-align:middle}
.el-input--large{--el-input-height:40px;font-size:14px;line-height:40px}
.el-input__wrapper{display:inline-flex;flex-grow:1;align-items:center;justify-content:center;padding:1px 11px;background-color:var(--el-fill-color-blank);background-image:none;border-radius:var(--el-border-radius-base);cursor:text;transition:var(--el-transition-box-shadow);transform:translateZ(0);box-shadow:0 0 0 1px var(--el-border-color) inset}
.el-input__wrapper:hover{box-shadow:0 0 0 1px var(--el-border-color-hover) inset}
.el-input__wrapper.is-focus{box-shadow:0 0 0 1px var(--el-color-primary) inset}
.el-input__inner{--el-input-inner-height:calc(var(--el-input-height) - 2px);width:100%;flex-grow:1;-webkit-appearance:none;color:var(--el-text-color-regular);font-size:inherit;height:var(--el-input-inner-height);line-height:var(--el-input-inner-height);padding:0;outline:0;border:none;background:none;box-sizing:border-box;font-family:inherit}
.el-input__inner::placeholder{color:var(--el-text-color-placeholder)}
.el-input__inner::-ms-reveal{display:none}
.el-input__prefix,.el-input__suffix{display:inline-flex;white-space:nowrap;flex-shrink:0;flex-wrap:nowrap;height:100%;text-align:center;color:var(--el-text-color-placeholder);transition:all var(--el-transition-duration);pointer-events:none}
.el-input__prefix-inner,.el-input__suffix-inner{pointer-events:all;display:inline-flex;align-items:center;justify-content:center}
.el-input__prefix-inner>:last-child{margin-right:8px}
.el-input__suffix-inner>:first-child{margin-left:8px}
.el-input__icon{height:inherit;line-height:inherit;display:flex;justify-content:center;align-items:center;transition:all var(--el-transition-duration);margin-left:8px}
.el-input__password{cursor:pointer;color:var(--el-text-color-placeholder)}
.el-input__password:hover{color:var(--el-text-color-regular)}
.el-input__count{height:100%;display:inline-flex;align-items:center;color:var(--el-text-color-secondary);font-size:12px}
.el-input__count-inner{background:var(--el-fill-color-blank);line-height:initial;display:inline-block;padding-left:8px}
.el-input-group{display:inline-flex;width:100%;align-items:stretch}
.el-input-group__prepend{background-color:var(--el-fill-color-light);color:var(--el-color-info);position:relative;display:inline-flex;align-items:center;justify-content:center;min-height:100%;border-radius:var(--el-border-radius-base);padding:0 20px;white-space:nowrap;box-shadow:1px 0 0 0 var(--el-border-color) inset,0 1px 0 0 var(--el-border-color) inset,0 -1px 0 0 var(--el-border-color) inset;border-right:0;border-top-right-radius:0;border-bottom-right-radius:0}
.el-input-group--prepend>.el-input__wrapper{border-top-left-radius:0;border-bottom-left-radius:0}
.el-form{--el-form-label-font-size:var(--el-font-size-base)}
.el-form-item{display:flex;--font-size:14px;margin-bottom:18px}
.el-form-item__label{display:inline-flex;justify-content:flex-end;align-items:flex-start;flex:0 0 auto;font-size:var(--el-form-label-font-size);color:var(--el-text-color-regular);height:32px;line-height:32px;padding:0 12px 0 0;box-sizing:border-box}
.el-form--label-top .el-form-item{display:block}
.el-form--label-top .el-form-item .el-form-item__label{display:block;height:auto;text-align:left;margin-bottom:8px;line-height:22px}
.el-form-item__content{display:flex;flex-wrap:wrap;align-items:center;flex:1;line-height:32px;position:relative;font-size:var(--font-size);min-width:0}
.el-form-item__error{color:var(--el-color-danger);font-size:12px;line-height:1;padding-top:2px;position:absolute;top:100%;left:0}
.el-form-item.is-required:not(.is-no-asterisk).asterisk-left>.el-form-item__label:before{content:"*";color:var(--el-color-danger);margin-right:4px}
.el-form-item.is-error .el-input__wrapper,.el-form-item.is-error .el-select__wrapper,.el-form-item.is-error .el-input__wrapper:hover,.el-form-item.is-error .el-input__wrapper.is-focus{box-shadow:0 0 0 1px var(--el-color-danger) inset}
.el-card{--el-card-border-color:var(--el-border-color-light);--el-card-padding:20px;border-radius:4px;border:1px solid var(--el-card-border-color);background-color:var(--el-bg-color-overlay);overflow:hidden;color:var(--el-text-color-primary);transition:var(--el-transition-duration)}
.el-card.is-always-shadow,.el-card.is-hover-shadow:hover{box-shadow:var(--el-box-shadow-light)}
.el-card__header{padding:calc(var(--el-card-padding) - 2px) var(--el-card-padding);border-bottom:1px solid var(--el-card-border-color);box-sizing:border-box}
.el-card__body{padding:var(--el-card-padding)}
.el-radio-group{display:inline-flex;align-items:center;flex-wrap:wrap;font-size:0}
.el-radio{color:var(--el-text-color-regular);font-weight:500;position:relative;cursor:pointer;display:inline-flex;align-items:center;white-space:nowrap;outline:0;font-size:14px;user-select:none;margin-right:32px;height:32px}
.el-radio.is-checked .el-radio__label{color:var(--el-color-primary)}
.el-radio__input{white-space:nowrap;cursor:pointer;outline:0;display:inline-flex;position:relative;vertical-align:middle}
.el-radio__inner{border:1px solid var(--el-border-color);border-radius:100%;width:14px;height:14px;background-color:var(--el-fill-color-blank);position:relative;cursor:pointer;display:inline-block;box-sizing:border-box}
.el-radio__inner:hover{border-color:var(--el-color-primary)}
.el-radio__inner:after{width:4px;height:4px;border-radius:100%;background-color:#fff;content:"";position:absolute;left:50%;top:50%;transform:translate(-50%,-50%) scale(0);transition:transform .15s ease-in}
.el-radio__input.is-checked .el-radio__inner{border-color:var(--el-color-primary);background:var(--el-color-primary)}
.el-radio__input.is-checked .el-radio__inner:after{transform:translate(-50%,-50%) scale(1)}
.el-radio.is-focus .el-radio__inner{border-color:var(--el-color-primary)}
.el-radio__original{opacity:0;outline:0;position:absolute;z-index:-1;top:0;left:0;right:0;bottom:0;margin:0}
.el-radio__label{font-size:14px;padding-left:8px}
.el-select{--el-select-input-focus-border-color:var(--el-color-primary);display:inline-block;position:relative;vertical-align:middle;width:100%}
.el-select__wrapper{display:flex;align-items:center;position:relative;box-sizing:border-box;cursor:pointer;text-align:left;font-size:14px;padding:4px 12px;gap:6px;min-height:32px;line-height:24px;border-radius:var(--el-border-radius-base);background-color:var(--el-fill-color-blank);transition:var(--el-transition-duration);box-shadow:0 0 0 1px var(--el-border-color) inset}
.el-select__wrapper:hover{box-shadow:0 0 0 1px var(--el-border-color-hover) inset}
.el-select__wrapper.is-focused{box-shadow:0 0 0 1px var(--el-color-primary) inset}
.el-select__wrapper.is-filterable{cursor:text}
.el-select__selection{position:relative;display:flex;flex-wrap:wrap;align-items:center;flex:1;min-width:0;gap:6px}
.el-select__selected-item{display:flex;flex-wrap:wrap;user-select:none}
.el-select__placeholder{position:absolute;display:block;top:50%;transform:translateY(-50%);width:100%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;color:var(--el-input-text-color,var(--el-text-color-regular))}
.el-select__placeholder.is-transparent{user-select:none;color:var(--el-text-color-placeholder)}
.el-select__input-wrapper{max-width:100%}
.el-select__input-wrapper.is-hidden{position:absolute;opacity:0}
.el-select__input{border:none;outline:0;padding:0;color:var(--el-select-multiple-input-color,var(--el-text-color-regular));font-size:inherit;font-family:inherit;appearance:none;height:24px;max-width:100%;background-color:transparent;width:100%}
.el-select__input-calculator{position:absolute;left:0;top:0;max-width:100%;visibility:hidden;white-space:pre;overflow:hidden}
.el-select__suffix{display:flex;align-items:center;flex-shrink:0;gap:6px;color:var(--el-input-icon-color,var(--el-text-color-placeholder))}
.el-select__caret{color:var(--el-select-input-color,var(--el-text-color-placeholder));font-size:14px;transition:transform var(--el-transition-duration);transform:rotate(0);cursor:pointer}
.el-select__caret.is-reverse{transform:rotate(180deg)}
.el-popper{position:absolute;border-radius:4px;padding:5px 11px;z-index:2000;font-size:12px;line-height:20px;min-width:10px;overflow-wrap:break-word;word-break:normal;visibility:visible}
.el-popper.is-pure{padding:0}
.el-popper.is-light{color:var(--el-text-color-primary);background:var(--el-bg-color-overlay);border:1px solid var(--el-border-color-light);box-shadow:var(--el-box-shadow-light)}
.el-popper__arrow{position:absolute;width:10px;height:10px;z-index:-1}
.el-popper__arrow:before{position:absolute;width:10px;height:10px;z-index:-1;content:" ";transform:rotate(45deg);background:var(--el-bg-color-overlay);border:1px solid var(--el-border-color-light);box-sizing:border-box}
.el-popper[data-popper-placement^=bottom]>.el-popper__arrow{top:-5px;left:24px}
.el-popper[data-popper-placement^=bottom]>.el-popper__arrow:before{border-bottom-color:transparent!important;border-right-color:transparent!important;border-top-left-radius:2px}
.el-popper[data-popper-placement^=top]>.el-popper__arrow{bottom:-5px;left:24px}
.el-popper[data-popper-placement^=top]>.el-popper__arrow:before{border-top-color:transparent!important;border-left-color:transparent!important;border-bottom-right-radius:2px}
.el-select-dropdown{z-index:calc(var(--el-index-top,1000) + 1);border-radius:var(--el-border-radius-base);box-sizing:border-box}
.el-select-dropdown__wrap{max-height:274px;overflow:auto}
.el-select-dropdown__list{list-style:none;padding:6px 0;margin:0;box-sizing:border-box}
.el-select-dropdown__item{font-size:14px;padding:0 32px 0 20px;position:relative;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;color:var(--el-text-color-regular);height:34px;line-height:34px;box-sizing:border-box;cursor:pointer}
.el-select-dropdown__item.is-hovering{background-color:var(--el-fill-color-light)}
.el-select-dropdown__item.is-selected{color:var(--el-color-primary);font-weight:700}
.el-select-dropdown__empty{padding:10px 0;margin:0;text-align:center;color:var(--el-text-color-secondary);font-size:14px}
.el-scrollbar{overflow:hidden;position:relative;height:100%}
.el-scrollbar__wrap{overflow:auto;height:100%}
.el-zoom-in-top-enter-active,.el-zoom-in-top-leave-active{opacity:1;transform:scaleY(1);transition:transform .3s cubic-bezier(.23,1,.32,1),opacity .3s cubic-bezier(.23,1,.32,1);transform-origin:center top}
.el-zoom-in-top-enter-active[data-popper-placement^=top],.el-zoom-in-top-leave-active[data-popper-placement^=top]{transform-origin:center bottom}
.el-zoom-in-top-enter-from,.el-zoom-in-top-leave-to{opacity:0;transform:scaleY(0)}
.el-overlay{position:fixed;top:0;right:0;bottom:0;left:0;z-index:2000;height:100%;background-color:var(--el-overlay-color-lighter);overflow:auto}
.el-overlay-dialog{position:fixed;top:0;right:0;bottom:0;left:0;overflow:auto}
.el-dialog{--el-dialog-width:50%;--el-dialog-margin-top:15vh;--el-dialog-padding-primary:16px;position:relative;margin:var(--el-dialog-margin-top) auto 50px;background:var(--el-bg-color);border-radius:4px;box-shadow:var(--el-box-shadow);box-sizing:border-box;padding:var(--el-dialog-padding-primary);width:var(--el-dialog-width);overflow-wrap:break-word;outline:0}
.el-dialog__header{padding-bottom:var(--el-dialog-padding-primary)}
.el-dialog__header.show-close{padding-right:calc(var(--el-dialog-padding-primary) + 16px)}
.el-dialog__headerbtn{position:absolute;top:0;right:0;padding:0;width:48px;height:48px;background:0 0;border:none;outline:0;cursor:pointer;font-size:16px}
.el-dialog__headerbtn .el-dialog__close{color:var(--el-color-info);font-size:inherit}
.el-dialog__headerbtn:hover .el-dialog__close,.el-dialog__headerbtn:focus .el-dialog__close{color:var(--el-color-primary)}
.el-dialog__title{line-height:24px;font-size:var(--el-font-size-large);color:var(--el-text-color-primary)}
.el-dialog__body{color:var(--el-text-color-regular);font-size:14px}
.el-dialog__footer{padding-top:var(--el-dialog-padding-primary);text-align:right;box-sizing:border-box}
.dialog-fade-enter-active{animation:modal-fade-in var(--el-transition-duration)}
.dialog-fade-enter-active .el-overlay-dialog{animation:dialog-fade-in var(--el-transition-duration)}
.dialog-fade-leave-active{animation:modal-fade-out var(--el-transition-duration)}
.dialog-fade-leave-active .el-overlay-dialog{animation:dialog-fade-out var(--el-transition-duration)}
@keyframes dialog-fade-in{0%{transform:translate3d(0,-20px,0);opacity:0}to{transform:translateZ(0);opacity:1}}
@keyframes dialog-fade-out{0%{transform:translateZ(0);opacity:1}to{transform:translate3d(0,-20px,0);opacity:0}}
@keyframes modal-fade-in{0%{opacity:0}to{opacity:1}}
@keyframes modal-fade-out{0%{opacity:1}to{opacity:0}}
.el-overlay.is-message-box .el-overlay-message-box{text-align:center;position:fixed;top:0;right:0;bottom:0;left:0;padding:16px;overflow:auto}
.el-overlay.is-message-box .el-overlay-message-box:after{content:"";display:inline-block;height:100%;width:0;vertical-align:middle}
.el-message-box{--el-messagebox-width:420px;display:inline-block;position:relative;max-width:var(--el-messagebox-width);width:100%;padding:12px;vertical-align:middle;background-color:var(--el-bg-color);border-radius:4px;font-size:var(--el-font-size-large);box-shadow:var(--el-box-shadow-light);text-align:left;overflow:hidden;backface-visibility:hidden;box-sizing:border-box;overflow-wrap:break-word;outline:0}
.el-message-box__header{padding-bottom:10px}
.el-message-box__header.show-close{padding-right:calc(12px + 16px)}
.el-message-box__title{font-size:18px;line-height:24px;color:var(--el-text-color-primary)}
.el-message-box__headerbtn{position:absolute;top:0;right:0;padding:0;width:40px;height:40px;border:none;outline:0;background:0 0;font-size:16px;cursor:pointer}
.el-message-box__headerbtn .el-message-box__close{color:var(--el-color-info);font-size:inherit}
.el-message-box__headerbtn:hover .el-message-box__close{color:var(--el-color-primary)}
.el-message-box__content{color:var(--el-text-color-regular);font-size:14px}
.el-message-box__container{display:flex;align-items:center;gap:12px}
.el-message-box__status{font-size:24px}
.el-message-box-icon--warning{--el-messagebox-color:var(--el-color-warning);color:var(--el-messagebox-color)}
.el-message-box-icon--error{color:var(--el-color-error)}
.el-message-box-icon--success{color:var(--el-color-success)}
.el-message-box-icon--info{color:var(--el-color-info)}
.el-message-box__message{margin:0}
.el-message-box__message p{margin:0;line-height:24px}
.el-message-box__btns{display:flex;flex-wrap:wrap;justify-content:flex-end;align-items:center;padding-top:12px}
.fade-in-linear-enter-active .el-overlay-message-box{animation:msgbox-fade-in var(--el-transition-duration)}
.fade-in-linear-leave-active .el-overlay-message-box{animation:msgbox-fade-in var(--el-transition-duration) reverse}
.fade-in-linear-enter-active,.fade-in-linear-leave-active{transition:opacity var(--el-transition-duration) linear}
.fade-in-linear-enter-from,.fade-in-linear-leave-to{opacity:0}
@keyframes msgbox-fade-in{0%{transform:translate3d(0,-20px,0);opacity:0}to{transform:translateZ(0);opacity:1}}
.el-message{--el-message-bg-color:var(--el-color-info-light-9);--el-message-border-color:var(--el-border-color-lighter);--el-message-padding:11px 15px;--el-message-text-color:var(--el-color-info);width:fit-content;max-width:calc(100% - 32px);box-sizing:border-box;border-radius:var(--el-border-radius-base);border:1px solid var(--el-message-border-color);position:fixed;left:50%;top:20px;transform:translate(-50%);background-color:var(--el-message-bg-color);transition:opacity var(--el-transition-duration),transform .4s,top .4s;padding:var(--el-message-padding);display:flex;align-items:center;gap:8px}
.el-message--success{--el-message-bg-color:var(--el-color-success-light-9);--el-message-border-color:var(--el-color-success-light-8);--el-message-text-color:var(--el-color-success)}
.el-message--warning{--el-message-bg-color:var(--el-color-warning-light-9);--el-message-border-color:var(--el-color-warning-light-8);--el-message-text-color:var(--el-color-warning)}
.el-message--error{--el-message-bg-color:var(--el-color-danger-light-9);--el-message-border-color:var(--el-color-danger-light-8);--el-message-text-color:var(--el-color-danger)}
.el-message__icon{font-size:16px;color:var(--el-message-text-color)}
.el-message__content{color:var(--el-message-text-color);font-size:14px;line-height:1;margin:0;padding:0;overflow-wrap:break-word}
.el-message-fade-enter-from,.el-message-fade-leave-to{opacity:0;transform:translate(-50%,-100%)}
.el-loading-parent--relative{position:relative!important}
.el-loading-parent--hidden{overflow:hidden!important}
.el-loading-mask{position:absolute;z-index:2000;background-color:var(--el-mask-color);margin:0;top:0;right:0;bottom:0;left:0;transition:opacity var(--el-transition-duration)}
.el-loading-mask.is-fullscreen{position:fixed}
.el-loading-spinner{top:50%;margin-top:-21px;width:100%;text-align:center;position:absolute}
.el-loading-spinner .circular{display:inline;height:42px;width:42px;animation:loading-rotate 2s linear infinite}
.el-loading-spinner .path{animation:loading-dash 1.5s ease-in-out infinite;stroke-dasharray:90,150;stroke-dashoffset:0;stroke-width:2;stroke:var(--el-color-primary);stroke-linecap:round}
.el-loading-spinner .el-loading-text{color:var(--el-color-primary);margin:3px 0;font-size:14px}
.el-loading-fade-enter-from,.el-loading-fade-leave-to{opacity:0}
@keyframes loading-rotate{to{transform:rotate(360deg)}}
@keyframes loading-dash{0%{stroke-dasharray:1,200;stroke-dashoffset:0}50%{stroke-dasharray:90,150;stroke-dashoffset:-40px}to{stroke-dasharray:90,150;stroke-dashoffset:-120px}}
.el-menu{--el-menu-active-color:var(--el-color-primary);--el-menu-text-color:var(--el-text-color-primary);--el-menu-hover-text-color:var(--el-color-primary);--el-menu-bg-color:var(--el-fill-color-blank);--el-menu-hover-bg-color:var(--el-color-primary-light-9);--el-menu-item-height:56px;--el-menu-sub-item-height:calc(var(--el-menu-item-height) - 6px);--el-menu-horizontal-sub-item-height:36px;--el-menu-item-font-size:var(--el-font-size-base);--el-menu-item-hover-fill:var(--el-color-primary-light-9);--el-menu-border-color:var(--el-border-color);--el-menu-base-level-padding:20px;--el-menu-level-padding:20px;--el-menu-icon-width:24px;border-right:solid 1px var(--el-menu-border-color);list-style:none;position:relative;margin:0;padding-left:0;background-color:var(--el-menu-bg-color);box-sizing:border-box}
.el-menu--inline{border-right:none}
.el-menu-item,.el-sub-menu__title{display:flex;align-items:center;height:var(--el-menu-item-height);line-height:var(--el-menu-item-height);font-size:var(--el-menu-item-font-size);color:var(--el-menu-text-color);padding:0 var(--el-menu-base-level-padding);padding-left:calc(var(--el-menu-base-level-padding) + var(--el-menu-level) * var(--el-menu-level-padding));list-style:none;cursor:pointer;position:relative;transition:border-color var(--el-transition-duration),background-color var(--el-transition-duration),color var(--el-transition-duration);box-sizing:border-box;white-space:nowrap}
.el-menu-item:hover,.el-menu-item:focus,.el-sub-menu__title:hover{outline:0;background-color:var(--el-menu-hover-bg-color)}
.el-menu-item.is-active{color:var(--el-menu-active-color)}
.el-menu-item [class^=el-icon],.el-sub-menu__title [class^=el-icon]{margin-right:5px;width:var(--el-menu-icon-width);text-align:center;font-size:18px;vertical-align:middle}
.el-sub-menu{list-style:none;margin:0;padding-left:0}
.el-sub-menu .el-menu{border:none}
.el-sub-menu .el-menu-item{height:var(--el-menu-sub-item-height);line-height:var(--el-menu-sub-item-height)}
.el-sub-menu__icon-arrow{position:absolute;top:50%;right:var(--el-menu-base-level-padding);margin-top:-6px;transition:transform var(--el-transition-duration);font-size:12px;margin-right:0;width:inherit}
.el-sub-menu.is-opened>.el-sub-menu__title .el-sub-menu__icon-arrow{transform:rotate(180deg)}
.el-sub-menu.is-active>.el-sub-menu__title{color:var(--el-menu-active-color,inherit)}
.collapse-transition{transition:var(--el-transition-duration) height ease-in-out,var(--el-transition-duration) padding-top ease-in-out,var(--el-transition-duration) padding-bottom ease-in-out;overflow:hidden}
.el-alert{--el-alert-padding:8px 16px;--el-alert-border-radius-base:var(--el-border-radius-base);--el-alert-title-font-size:14px;--el-alert-description-font-size:14px;--el-alert-icon-size:16px;--el-alert-icon-large-size:28px;padding:var(--el-alert-padding);margin:0;box-sizing:border-box;border-radius:var(--el-alert-border-radius-base);position:relative;background-color:var(--el-color-white);overflow:hidden;opacity:1;display:flex;align-items:center;transition:opacity var(--el-transition-duration-fast)}
.el-alert--info.is-light{background-color:var(--el-color-info-light-9);color:var(--el-color-info)}
.el-alert--warning.is-light{background-color:var(--el-color-warning-light-9);color:var(--el-color-warning)}
.el-alert--success.is-light{background-color:var(--el-color-success-light-9);color:var(--el-color-success)}
.el-alert__icon{font-size:var(--el-alert-icon-size);width:var(--el-alert-icon-size);margin-right:8px}
.el-alert__content{display:flex;flex-direction:column;gap:4px}
.el-alert__title{font-size:var(--el-alert-title-font-size);line-height:24px}
.el-alert__title.with-description{font-weight:700}
.el-alert__description{font-size:var(--el-alert-description-font-size);margin:0}
.el-tag{--el-tag-font-size:12px;--el-tag-border-radius:4px;background-color:var(--el-color-primary-light-9);border:1px solid var(--el-color-primary-light-8);color:var(--el-color-primary);display:inline-flex;justify-content:center;align-items:center;vertical-align:middle;height:24px;padding:0 9px;font-size:var(--el-tag-font-size);line-height:1;border-radius:var(--el-tag-border-radius);box-sizing:border-box;white-space:nowrap}
.el-tag--success{background-color:var(--el-color-success-light-9);border-color:var(--el-color-success-light-8);color:var(--el-color-success)}
.el-tag__content{display:inline-flex}
.el-breadcrumb{font-size:14px;line-height:1}
.el-breadcrumb:after,.el-breadcrumb:before{display:table;content:""}
.el-breadcrumb__separator{margin:0 9px;font-weight:700;color:var(--el-text-color-placeholder)}
.el-breadcrumb__item{float:left;display:inline-flex;align-items:center}
.el-breadcrumb__inner{color:var(--el-text-color-regular)}
.el-breadcrumb__item:last-child .el-breadcrumb__inner{font-weight:400;color:var(--el-text-color-regular);cursor:text}
.el-breadcrumb__item:last-child .el-breadcrumb__separator{display:none}
.el-dropdown{display:inline-flex;position:relative;color:var(--el-text-color-regular);font-size:14px;line-height:1;vertical-align:top}
.el-dropdown-menu{position:relative;top:0;left:0;z-index:2001;padding:5px 0;margin:0;background-color:var(--el-bg-color-overlay);border:none;border-radius:4px;box-shadow:none;list-style:none}
.el-dropdown-menu__item{display:flex;align-items:center;white-space:nowrap;list-style:none;line-height:22px;padding:5px 16px;margin:0;font-size:14px;color:var(--el-text-color-regular);cursor:pointer;outline:0}
.el-dropdown-menu__item:not(.is-disabled):hover,.el-dropdown-menu__item:not(.is-disabled):focus{background-color:var(--el-color-primary-light-9);color:var(--el-color-primary)}
.el-dropdown-menu__item--divided{margin:6px 0;border-top:1px solid var(--el-border-color-lighter)}
.el-descriptions{font-size:14px;color:var(--el-text-color-primary)}
.el-descriptions__body table{border-collapse:collapse;width:100%;table-layout:auto}
.el-descriptions__cell{text-align:left;padding:8px 11px;font-size:14px;line-height:23px;border:1px solid var(--el-border-color-lighter)}
.el-descriptions__label.is-bordered-label{font-weight:700;color:var(--el-text-color-regular);background:var(--el-fill-color-light);width:160px}
.el-table{position:relative;overflow:hidden;box-sizing:border-box;width:100%;max-width:100%;background-color:var(--el-fill-color-blank);font-size:14px;color:var(--el-text-color-regular)}
.el-table__inner-wrapper{position:relative;display:flex;flex-direction:column}
.el-table table{border-collapse:separate;border-spacing:0;table-layout:fixed;width:100%}
.el-table--border{border:1px solid var(--el-border-color-lighter)}
.el-table th.el-table__cell{background-color:var(--el-fill-color-light);color:var(--el-text-color-secondary);font-weight:600;text-align:left}
.el-table .el-table__cell{padding:8px 0;min-width:0;box-sizing:border-box;text-overflow:ellipsis;vertical-align:middle;position:relative;text-align:left;border-bottom:1px solid var(--el-border-color-lighter)}
.el-table--border .el-table__cell{border-right:1px solid var(--el-border-color-lighter)}
.el-table .cell{box-sizing:border-box;overflow:hidden;text-overflow:ellipsis;white-space:normal;overflow-wrap:break-word;line-height:23px;padding:0 12px}
.el-table__body tr.el-table__row:hover>td.el-table__cell{background-color:var(--el-fill-color-light)}
.el-table__empty-block{min-height:60px;text-align:center;width:100%;display:flex;justify-content:center;align-items:center}
.el-table__empty-text{line-height:60px;color:var(--el-text-color-secondary)}
.el-empty{display:flex;justify-content:center;align-items:center;flex-direction:column;text-align:center;padding:40px 0}
.el-empty__image{width:160px}
.el-empty__description{margin-top:20px}
.el-empty__description p{margin:0;font-size:14px;color:var(--el-text-color-secondary)}
.el-row{display:flex;flex-wrap:wrap;position:relative;box-sizing:border-box}
.el-col{box-sizing:border-box}
.el-col-24{max-width:100%;flex:0 0 100%}
.el-col-12{max-width:50%;flex:0 0 50%}
.el-col-8{max-width:33.3333%;flex:0 0 33.3333%}
.el-col-6{max-width:25%;flex:0 0 25%}
.el-col-16{max-width:66.6667%;flex:0 0 66.6667%}
.el-statistic__head{font-weight:400;font-size:12px;color:var(--el-text-color-regular);line-height:20px;margin-bottom:4px}
.el-statistic__content{font-weight:400;font-size:20px;color:var(--el-text-color-primary)}
.fade-transform-leave-active,.fade-transform-enter-active{transition:all .3s}
.fade-transform-enter-from{opacity:0;transform:translateX(-30px)}
.fade-transform-leave-to{opacity:0;transform:translateX(30px)}
/* admin layout */
.layout-container{min-height:100vh}
.sidebar-container{position:fixed;top:0;bottom:0;left:0;z-index:1001;background-color:#304156;overflow:hidden;transition:width .28s}
.sidebar-container .el-scrollbar{height:calc(100% - 50px)}
.sidebar-container .el-menu{border:none;width:100%!important;--el-menu-bg-color:#304156;--el-menu-text-color:#bfcbd9;--el-menu-active-color:#409eff;--el-menu-hover-bg-color:#263445}
.sidebar-container .el-menu--inline{--el-menu-bg-color:#1f2d3d;--el-menu-hover-bg-color:#001528}
.sidebar-logo-container{position:relative;height:50px;line-height:50px;background:#2b2f3a;text-align:center;overflow:hidden}
.sidebar-logo-link{display:inline-flex;align-items:center;height:100%;color:#fff}
.sidebar-logo{width:28px;height:28px;margin-right:10px}
.sidebar-title{display:inline-block;margin:0;color:#fff;font-weight:600;line-height:50px;font-size:15px;vertical-align:middle}
.main-container{margin-left:220px;min-height:100vh;position:relative}
.navbar{display:flex;align-items:center;justify-content:space-between;background:#fff;box-shadow:0 1px 4px rgba(0,21,41,.08);position:sticky;top:0;z-index:9}
.navbar .right-menu{display:flex;align-items:center;gap:16px}
.avatar-wrapper{display:flex;align-items:center;gap:8px;cursor:pointer;outline:0}
.avatar-wrapper .user-avatar{width:32px;height:32px;border-radius:50%;background:#409eff;color:#fff;display:inline-flex;align-items:center;justify-content:center;font-weight:600}
.app-main{min-height:calc(100vh - 110px);position:relative}
.app-footer{display:flex;align-items:center;justify-content:center;color:var(--el-text-color-secondary);font-size:12px;background:#fff;border-top:1px solid var(--el-border-color-lighter)}
.page-title{margin:0 0 16px;font-size:20px;font-weight:600;color:var(--el-text-color-primary)}
.card-header{display:flex;align-items:center;justify-content:space-between;font-weight:600}
.stat-card .el-card__body{display:flex;align-items:center;gap:16px}
.stat-card .stat-icon{width:48px;height:48px;border-radius:8px;display:flex;align-items:center;justify-content:center;font-size:26px;color:#fff}
.form-tip{font-size:12px;line-height:18px;color:var(--el-text-color-secondary);margin-top:4px;width:100%}
.home-header{display:flex;align-items:center;justify-content:space-between;background:#1f4e8c;color:#fff}
.home-header .brand{display:flex;align-items:center;gap:12px;font-size:20px;font-weight:600}
.home-header .brand small{display:block;font-size:12px;font-weight:400;opacity:.8}
.home-nav{display:flex;align-items:center;gap:24px;font-size:14px}
.home-nav span{cursor:pointer;opacity:.9}
.home-banner{background:linear-gradient(120deg,#1f4e8c,#3a7bd5);color:#fff;padding:48px 40px;border-radius:6px;margin-bottom:20px}
.home-banner h1{margin:0 0 12px;font-size:30px}
.home-banner p{margin:0;font-size:15px;opacity:.9;max-width:760px;line-height:1.6}
.news-list{margin:0;padding-left:18px;line-height:28px;color:var(--el-text-color-regular)}
.login-page{min-height:100vh;display:flex;flex-direction:column;align-items:center;justify-content:center;background:linear-gradient(160deg,#1f4e8c 0%,#2d5f9e 45%,#eef2f8 45%)}
.login-title{color:#fff;text-align:center;margin-bottom:20px}
.login-title h2{margin:0;font-size:26px}
.login-title p{margin:6px 0 0;opacity:.85}
.login-card{width:420px}
.captcha-row{display:flex;align-items:center;gap:10px;width:100%}
.captcha-row .el-input{flex:1}
.captcha-img{height:40px;width:130px;border:1px solid var(--el-border-color);border-radius:4px;cursor:pointer;display:block}
.login-links{display:flex;justify-content:space-between;margin-top:12px}
.otp-actions{display:flex;align-items:center;flex-wrap:wrap;gap:0}
`;

/**
 * The browser side: a small runtime standing in for Vue 3 + Element Plus 2 (components build
 * their DOM with h(), keep their own state and patch it; overlays teleport to body), then the
 * app itself (router, store, axios-like client, pages). Plain ES2017, no template literals.
 */
const CLIENT_RUNTIME = `
(function () {
'use strict';
var PREFIX = Math.floor(Math.random() * 10000);
var seq = 0;
function uid() { seq += 1; return 'el-id-' + PREFIX + '-' + seq; }
var zIndex = 2000;
function nextZ() { zIndex += 1; return zIndex; }

var ICONS = {
  close: 'M764.288 214.592 512 466.88 259.712 214.592a31.936 31.936 0 0 0-45.12 45.12L466.752 512 214.528 764.224a31.936 31.936 0 1 0 45.12 45.184L512 557.184l252.288 252.288a31.936 31.936 0 0 0 45.12-45.12L557.12 512.064l252.288-252.352a31.936 31.936 0 1 0-45.12-45.184z',
  arrowDown: 'M831.872 340.864 512 652.672 192.128 340.864a30.592 30.592 0 0 0-42.752 0 29.12 29.12 0 0 0 0 41.6L489.664 714.24a32 32 0 0 0 44.672 0l340.288-331.712a29.12 29.12 0 0 0 0-41.728 30.592 30.592 0 0 0-42.752 0z',
  view: 'M512 160c320 0 512 352 512 352S832 864 512 864 0 512 0 512s192-352 512-352zm0 64c-225.28 0-384.128 208.064-436.8 288 52.608 79.872 211.456 288 436.8 288 225.28 0 384.128-208.064 436.8-288-52.608-79.872-211.456-288-436.8-288zm0 64a224 224 0 1 1 0 448 224 224 0 0 1 0-448zm0 64a160.192 160.192 0 0 0-160 160c0 88.192 71.744 160 160 160s160-71.808 160-160-71.744-160-160-160z',
  hide: 'M512 160c320 0 512 352 512 352S832 864 512 864 0 512 0 512s192-352 512-352zm0 64c-225.28 0-384.128 208.064-436.8 288 52.608 79.872 211.456 288 436.8 288 225.28 0 384.128-208.064 436.8-288-52.608-79.872-211.456-288-436.8-288zm0 64a224 224 0 1 1 0 448 224 224 0 0 1 0-448zM150.6 828.1l677.5-677.5 45.3 45.3-677.5 677.5z',
  success: 'M512 64a448 448 0 1 1 0 896 448 448 0 0 1 0-896zm-55.808 536.384-99.52-99.584a38.4 38.4 0 1 0-54.336 54.336l126.72 126.72a38.272 38.272 0 0 0 54.336 0l262.4-262.464a38.4 38.4 0 1 0-54.272-54.336L456.192 600.384z',
  error: 'M512 64a448 448 0 1 1 0 896 448 448 0 0 1 0-896zm0 393.664L407.936 353.6a38.4 38.4 0 1 0-54.336 54.336L457.664 512 353.6 616.064a38.4 38.4 0 1 0 54.336 54.336L512 566.336 616.064 670.4a38.4 38.4 0 1 0 54.336-54.336L566.336 512 670.4 407.936a38.4 38.4 0 1 0-54.336-54.336L512 457.664z',
  warning: 'M512 64a448 448 0 1 1 0 896 448 448 0 0 1 0-896zm0 192a58.432 58.432 0 0 0-58.24 63.744l23.36 256.384a35.072 35.072 0 0 0 69.76 0l23.296-256.384A58.432 58.432 0 0 0 512 256zm0 512a51.2 51.2 0 1 0 0-102.4 51.2 51.2 0 0 0 0 102.4z',
  info: 'M512 64a448 448 0 1 1 0 896.064A448 448 0 0 1 512 64zm67.2 275.072c33.28 0 60.288-23.104 60.288-57.344s-27.072-57.344-60.288-57.344c-33.28 0-60.16 23.104-60.16 57.344s26.88 57.344 60.16 57.344zM590.912 699.2c0-6.848 2.368-24.64 1.024-34.752l-52.608 60.544c-10.88 11.456-24.512 19.392-30.912 17.28a12.992 12.992 0 0 1-8.256-14.72l87.68-276.992c7.168-35.136-12.544-67.2-54.336-71.296-44.096 0-108.992 44.736-148.48 101.504 0 6.784-1.28 23.68.064 33.792l52.544-60.608c10.88-11.328 23.552-19.328 29.952-17.152a12.8 12.8 0 0 1 7.808 16.128L388.48 728.576c-10.048 32.256 8.96 63.872 55.04 71.04 67.84 0 107.904-43.648 147.456-100.416z',
  loading: 'M512 64a32 32 0 0 1 32 32v192a32 32 0 0 1-64 0V96a32 32 0 0 1 32-32zm0 640a32 32 0 0 1 32 32v192a32 32 0 1 1-64 0V736a32 32 0 0 1 32-32zm448-192a32 32 0 0 1-32 32H736a32 32 0 1 1 0-64h192a32 32 0 0 1 32 32zm-640 0a32 32 0 0 1-32 32H96a32 32 0 0 1 0-64h192a32 32 0 0 1 32 32zM195.2 195.2a32 32 0 0 1 45.248 0L376.32 331.008a32 32 0 0 1-45.248 45.248L195.2 240.448a32 32 0 0 1 0-45.248zm452.544 452.544a32 32 0 0 1 45.248 0L828.8 783.552a32 32 0 0 1-45.248 45.248L647.744 692.992a32 32 0 0 1 0-45.248zM828.8 195.264a32 32 0 0 1 0 45.184L692.992 376.32a32 32 0 0 1-45.248-45.248l135.808-135.808a32 32 0 0 1 45.248 0zm-452.544 452.48a32 32 0 0 1 0 45.248L240.448 828.8a32 32 0 0 1-45.248-45.248l135.808-135.808a32 32 0 0 1 45.248 0z',
  refresh: 'M771.776 794.88A384 384 0 0 1 128 512h64a320 320 0 0 0 555.712 216.448H654.72a32 32 0 1 1 0-64h149.056a32 32 0 0 1 32 32v148.928a32 32 0 1 1-64 0v-50.56zM276.288 295.616h92.992a32 32 0 0 1 0 64H220.16a32 32 0 0 1-32-32V178.56a32 32 0 0 1 64 0v50.56A384 384 0 0 1 896.128 512h-64a320 320 0 0 0-555.776-216.384z',
  user: 'M512 512a192 192 0 1 0 0-384 192 192 0 0 0 0 384zm0 64a256 256 0 1 1 0-512 256 256 0 0 1 0 512zm320 320v-96a96 96 0 0 0-96-96H288a96 96 0 0 0-96 96v96a32 32 0 1 1-64 0v-96a160 160 0 0 1 160-160h448a160 160 0 0 1 160 160v96a32 32 0 1 1-64 0z',
  lock: 'M224 448a32 32 0 0 0-32 32v384a32 32 0 0 0 32 32h576a32 32 0 0 0 32-32V480a32 32 0 0 0-32-32H224zm0-64h576a96 96 0 0 1 96 96v384a96 96 0 0 1-96 96H224a96 96 0 0 1-96-96V480a96 96 0 0 1 96-96zm288 224a64 64 0 0 1 64 64v64a64 64 0 1 1-128 0v-64a64 64 0 0 1 64-64zm0-512a192 192 0 0 1 192 192v128h-64V288a128 128 0 0 0-256 0v96h-64V288a192 192 0 0 1 192-192z',
  key: 'M448 456.064V96a32 32 0 0 1 32-32.064L672 64a32 32 0 0 1 0 64H512v128h160a32 32 0 0 1 0 64H512v128a256 256 0 1 1-64 8.064zM512 896a192 192 0 1 0 0-384 192 192 0 0 0 0 384z',
  odometer: 'M512 896a384 384 0 1 0 0-768 384 384 0 0 0 0 768zm0 64a448 448 0 1 1 0-896 448 448 0 0 1 0 896zM192 512a320 320 0 1 1 640 0h-64a256 256 0 1 0-512 0h-64zm378.816-165.888a32 32 0 0 1 13.952 43.136l-64 121.6a64 64 0 1 1-56.768-29.504l64-121.536a32 32 0 0 1 42.816-13.696z',
  document: 'M832 384H576V128H192v768h640V384zm-26.496-64L640 154.496V320h165.504zM160 64h480l256 256v608a32 32 0 0 1-32 32H160a32 32 0 0 1-32-32V96a32 32 0 0 1 32-32zm160 448h384v64H320v-64zm0-192h160v64H320v-64zm0 384h384v64H320v-64z',
  connection: 'M640 384v64H448a128 128 0 0 0-128 128v128a128 128 0 0 0 128 128h320a128 128 0 0 0 128-128V576a128 128 0 0 0-64-110.848V394.88c74.56 26.368 128 97.472 128 181.056v128a192 192 0 0 1-192 192H448a192 192 0 0 1-192-192V576a192 192 0 0 1 192-192h192zM384 640v-64h192a128 128 0 0 0 128-128V320a128 128 0 0 0-128-128H256a128 128 0 0 0-128 128v128a128 128 0 0 0 64 110.848v70.272A192.064 192.064 0 0 1 64 448V320a192 192 0 0 1 192-192h320a192 192 0 0 1 192 192v128a192 192 0 0 1-192 192H384z',
  dataLine: 'M359.168 768H160a32 32 0 0 1-32-32V192H64a32 32 0 0 1 0-64h896a32 32 0 1 1 0 64h-64v544a32 32 0 0 1-32 32H665.216l110.848 192h-73.856L591.36 768H433.024L322.176 960H248.32l110.848-192zM832 192H192v512h640V192zM342.656 534.656a32 32 0 1 1-45.312-45.312L444.992 341.76l125.44 94.08L679.04 300.032a32 32 0 1 1 49.92 39.936L581.632 524.224 451.008 426.24 342.656 534.592z',
  userFilled: 'M288 320a224 224 0 1 0 448 0 224 224 0 1 0-448 0zm544 608H160a32 32 0 0 1-32-32v-96a160 160 0 0 1 160-160h448a160 160 0 0 1 160 160v96a32 32 0 0 1-32 32z',
  tickets: 'M192 128v768h640V128H192zm-32-64h704a32 32 0 0 1 32 32v832a32 32 0 0 1-32 32H160a32 32 0 0 1-32-32V96a32 32 0 0 1 32-32zm160 448h384v64H320v-64zm0-192h192v64H320v-64zm0 384h384v64H320v-64z',
  circleClose: 'm466.752 512-90.496-90.496a32 32 0 0 1 45.248-45.248L512 466.752l90.496-90.496a32 32 0 1 1 45.248 45.248L557.248 512l90.496 90.496a32 32 0 1 1-45.248 45.248L512 557.248l-90.496 90.496a32 32 0 0 1-45.248-45.248L466.752 512zM512 896a384 384 0 1 0 0-768 384 384 0 0 0 0 768zm0 64a448 448 0 1 1 0-896 448 448 0 0 1 0 896z',
  upload: 'M160 832h704a32 32 0 1 1 0 64H160a32 32 0 1 1 0-64zm384-578.304V704h-64V247.296L237.248 490.048 192 444.8 512 124.8l320 320-45.248 45.248L544 253.696z'
};
var STATUS = { success: 'success', error: 'error', warning: 'warning', info: 'info' };
function svgHtml(name) { return '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024"><path fill="currentColor" d="' + ICONS[name] + '"></path></svg>'; }

function cls(v) {
  if (!v) return '';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(cls).filter(Boolean).join(' ');
  var out = [];
  for (var k in v) if (v[k]) out.push(k);
  return out.join(' ');
}
function append(el, c) {
  if (c == null || c === false) return;
  if (Array.isArray(c)) { c.forEach(function (x) { append(el, x); }); return; }
  el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
}
function h(tag, props) {
  var el = document.createElement(tag);
  if (props) {
    for (var k in props) {
      var v = props[k];
      if (v == null || v === false) continue;
      if (k === 'class') { var c = cls(v); if (c) el.className = c; }
      else if (k === 'html') el.innerHTML = v;
      else if (k.slice(0, 2) === 'on' && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
  return el;
}
function icon(name, extra) { return h('i', { class: 'el-icon' + (extra ? ' ' + extra : ''), html: svgHtml(name) }); }
function emitter(obj) {
  var ls = {};
  obj.on = function (ev, fn) { (ls[ev] = ls[ev] || []).push(fn); return obj; };
  obj.emit = function (ev, a) { (ls[ev] || []).forEach(function (fn) { fn(a); }); };
  return obj;
}

/* Vue <transition>: name-enter-from/-active/-to, name-leave-from/-active/-to */
function nextFrame(cb) { requestAnimationFrame(function () { requestAnimationFrame(cb); }); }
function runTransition(el, name, dir, ms, done) {
  ['enter', 'leave'].forEach(function (d) { el.classList.remove(name + '-' + d + '-from', name + '-' + d + '-active', name + '-' + d + '-to'); });
  var token = {};
  el.__tr = token;
  el.classList.add(name + '-' + dir + '-from', name + '-' + dir + '-active');
  nextFrame(function () {
    if (el.__tr !== token) return;
    el.classList.remove(name + '-' + dir + '-from');
    el.classList.add(name + '-' + dir + '-to');
    setTimeout(function () {
      if (el.__tr !== token) return;
      el.__tr = null;
      el.classList.remove(name + '-' + dir + '-active', name + '-' + dir + '-to');
      if (done) done();
    }, ms);
  });
}
/* el-collapse-transition */
function collapse(el, show) {
  var token = {};
  el.__col = token;
  el.classList.add('collapse-transition');
  if (show) {
    el.style.display = '';
    el.style.height = 'auto';
    var target = el.scrollHeight;
    el.style.overflow = 'hidden';
    el.style.height = '0px';
    void el.offsetHeight;
    el.style.height = target + 'px';
  } else {
    el.style.overflow = 'hidden';
    el.style.height = el.scrollHeight + 'px';
    void el.offsetHeight;
    el.style.height = '0px';
  }
  setTimeout(function () {
    if (el.__col !== token) return;
    el.classList.remove('collapse-transition');
    el.style.height = '';
    el.style.overflow = '';
    if (!show) el.style.display = 'none';
  }, 300);
}

/* scopes: what a component instance has to undo when it unmounts */
function newScope() {
  var s = { alive: true, cleanups: [], mounted: [] };
  s.onUnmount = function (fn) { s.cleanups.push(fn); };
  s.onMounted = function (fn) { s.mounted.push(fn); };
  return s;
}
function mountScope(s) { var m = s.mounted; s.mounted = []; m.forEach(function (fn) { fn(); }); }
function destroyScope(s) {
  if (!s || !s.alive) return;
  s.alive = false;
  s.cleanups.forEach(function (fn) { try { fn(); } catch (e) { /* ignore */ } });
  s.cleanups = [];
}

var popperContainer = null;
function teleportTarget() {
  if (!popperContainer || !popperContainer.isConnected) {
    popperContainer = h('div', { id: 'el-popper-container-' + PREFIX });
    document.body.appendChild(popperContainer);
  }
  return popperContainer;
}

var locks = 0;
function lockScroll() { locks += 1; document.body.classList.add('el-popup-parent--hidden'); }
function unlockScroll() { locks = Math.max(0, locks - 1); if (!locks) document.body.classList.remove('el-popup-parent--hidden'); }

/* el-focus-trap: Tab loops inside the top-most overlay, Escape asks it to close */
var overlayStack = [];
function focusables(root) {
  return Array.prototype.filter.call(root.querySelectorAll('button,[href],input,select,textarea,[tabindex]:not([tabindex="-1"])'), function (e) {
    return !e.disabled && e.offsetParent !== null;
  });
}
document.addEventListener('keydown', function (e) {
  var top = overlayStack[overlayStack.length - 1];
  if (!top) return;
  if (e.key === 'Escape') {
    if (top.onEsc) { e.preventDefault(); top.onEsc(); }
  } else if (e.key === 'Tab') {
    var f = focusables(top.root);
    if (!f.length) { e.preventDefault(); return; }
    var first = f[0];
    var last = f[f.length - 1];
    var inside = top.root.contains(document.activeElement);
    if (e.shiftKey && (!inside || document.activeElement === first || document.activeElement === top.root)) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && (!inside || document.activeElement === last)) { e.preventDefault(); first.focus(); }
  }
});

/* ElMessage */
var messages = [];
function placeMessages() {
  var top = 16;
  messages.forEach(function (m) { m.el.style.top = top + 'px'; top += m.el.offsetHeight + 16; });
}
function ElMessage(opts) {
  if (typeof opts === 'string') opts = { message: opts };
  var type = opts.type || 'info';
  var el = h('div', { id: uid(), class: 'el-message el-message--' + type, role: 'alert' },
    icon(STATUS[type], 'el-message__icon el-message-icon--' + type),
    h('p', { class: 'el-message__content' }, opts.message));
  el.style.zIndex = String(nextZ());
  var inst = { el: el };
  var timer = null;
  var closed = false;
  messages.push(inst);
  document.body.appendChild(el);
  placeMessages();
  runTransition(el, 'el-message-fade', 'enter', 300);
  function start() { var d = opts.duration == null ? 3000 : opts.duration; if (d > 0) timer = setTimeout(close, d); }
  function clear() { clearTimeout(timer); }
  function close() {
    if (closed) return;
    closed = true;
    clear();
    var i = messages.indexOf(inst);
    if (i >= 0) messages.splice(i, 1);
    placeMessages();
    runTransition(el, 'el-message-fade', 'leave', 300, function () { el.remove(); });
  }
  el.addEventListener('mouseenter', clear);
  el.addEventListener('mouseleave', start);
  start();
  return { close: close };
}
['success', 'warning', 'info', 'error'].forEach(function (t) {
  ElMessage[t] = function (m) { return ElMessage({ type: t, message: m }); };
});

/* el-button */
function elButton(text, o) {
  o = o || {};
  var label = text != null ? h('span', null, text) : null;
  var ic = o.icon ? icon(o.icon) : null;
  var b = h('button', {
    'aria-disabled': o.disabled ? 'true' : 'false', type: 'button', disabled: !!o.disabled,
    class: ['el-button', o.type && 'el-button--' + o.type, o.size && 'el-button--' + o.size, o.link && 'is-link', o.circle && 'is-circle', o.disabled && 'is-disabled'],
    'aria-label': o.ariaLabel, title: o.title, style: o.style
  }, ic, label);
  if (o.onClick) b.addEventListener('click', o.onClick);
  var spinner = null;
  b.setLoading = function (on) {
    b.classList.toggle('is-loading', !!on);
    b.disabled = !!on || !!o.disabled;
    b.setAttribute('aria-disabled', b.disabled ? 'true' : 'false');
    if (on && !spinner) { spinner = icon('loading', 'is-loading'); b.insertBefore(spinner, b.firstChild); if (ic) ic.style.display = 'none'; }
    if (!on && spinner) { spinner.remove(); spinner = null; if (ic) ic.style.display = ''; }
  };
  b.setDisabled = function (on) {
    o.disabled = !!on;
    b.disabled = !!on;
    b.classList.toggle('is-disabled', !!on);
    b.setAttribute('aria-disabled', on ? 'true' : 'false');
  };
  b.setText = function (t) { if (label) label.textContent = t; };
  return b;
}

/* ElMessageBox */
function messageBox(o) {
  return new Promise(function (resolve, reject) {
    var contentId = uid();
    var prevFocus = document.activeElement;
    var confirmBtn = elButton(o.confirmButtonText || 'OK', { type: 'primary' });
    var cancelBtn = o.showCancelButton ? elButton(o.cancelButtonText || 'Cancel') : null;
    var closeBtn = o.showClose === false ? null : h('button', { type: 'button', class: 'el-message-box__headerbtn', 'aria-label': 'Close this dialog' }, icon('close', 'el-message-box__close'));
    var box = h('div', { class: 'el-message-box', tabindex: '-1' },
      h('div', { class: ['el-message-box__header', closeBtn && 'show-close'] }, h('div', { class: 'el-message-box__title' }, h('span', null, o.title)), closeBtn),
      h('div', { class: 'el-message-box__content' }, h('div', { class: 'el-message-box__container' },
        o.type ? icon(STATUS[o.type], 'el-message-box__status el-message-box-icon--' + o.type) : null,
        h('div', { id: contentId, class: 'el-message-box__message' }, h('p', null, o.message)))),
      h('div', { class: 'el-message-box__btns' }, cancelBtn, confirmBtn));
    var wrap = h('div', { role: 'dialog', 'aria-label': o.title, 'aria-modal': 'true', 'aria-describedby': contentId, class: 'el-overlay-message-box' }, box);
    var overlay = h('div', { class: 'el-overlay is-message-box', style: 'z-index: ' + nextZ() + ';' }, wrap);
    var done = false;
    var entry = { root: box, onEsc: o.closeOnPressEscape ? function () { act('cancel'); } : null };
    function act(action) {
      if (done) return;
      done = true;
      var i = overlayStack.indexOf(entry);
      if (i >= 0) overlayStack.splice(i, 1);
      runTransition(overlay, 'fade-in-linear', 'leave', 300, function () {
        overlay.remove();
        unlockScroll();
      });
      if (prevFocus && prevFocus.isConnected && prevFocus.focus) prevFocus.focus();
      if (action === 'confirm') resolve(action); else reject(action);
    }
    confirmBtn.addEventListener('click', function () { act('confirm'); });
    if (cancelBtn) cancelBtn.addEventListener('click', function () { act('cancel'); });
    if (closeBtn) closeBtn.addEventListener('click', function () { act('cancel'); });
    var downSelf = false;
    wrap.addEventListener('mousedown', function (e) { downSelf = e.target === wrap; });
    wrap.addEventListener('mouseup', function (e) { if (downSelf && e.target === wrap && o.closeOnClickModal) act('cancel'); downSelf = false; });
    document.body.appendChild(overlay);
    lockScroll();
    overlayStack.push(entry);
    runTransition(overlay, 'fade-in-linear', 'enter', 300);
    setTimeout(function () { if (!done) confirmBtn.focus(); }, 0);
  });
}
var ElMessageBox = {
  confirm: function (message, title, o) {
    o = o || {};
    return messageBox({ message: message, title: title || 'Confirm', type: o.type, confirmButtonText: o.confirmButtonText, cancelButtonText: o.cancelButtonText, showCancelButton: true, closeOnClickModal: true, closeOnPressEscape: true });
  },
  alert: function (message, title, o) {
    o = o || {};
    return messageBox({ message: message, title: title || 'Alert', type: o.type, confirmButtonText: o.confirmButtonText, showCancelButton: false, closeOnClickModal: false, closeOnPressEscape: false, showClose: o.showClose });
  }
};

/* el-dialog (append-to-body); after closing it stays in body hidden, as v-show leaves it */
function openDialog(o) {
  var bodyId = uid();
  var closeBtn = h('button', { 'aria-label': 'Close this dialog', class: 'el-dialog__headerbtn', type: 'button' }, icon('close', 'el-dialog__close'));
  var dialog = h('div', { class: 'el-dialog', tabindex: '-1', style: '--el-dialog-width: ' + (o.width || '50%') + ';' },
    h('header', { class: 'el-dialog__header show-close' }, h('span', { role: 'heading', 'aria-level': '2', class: 'el-dialog__title' }, o.title), closeBtn),
    h('div', { id: bodyId, class: 'el-dialog__body' }, o.body),
    o.footer ? h('footer', { class: 'el-dialog__footer' }, o.footer) : null);
  var wrap = h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-label': o.title, 'aria-describedby': bodyId, class: 'el-overlay-dialog' }, dialog);
  var overlay = h('div', { class: 'el-overlay', style: 'z-index: ' + nextZ() + ';' }, wrap);
  var prevFocus = document.activeElement;
  var closed = false;
  var entry = { root: dialog, onEsc: function () { close(); } };
  function close() {
    if (closed) return;
    closed = true;
    var i = overlayStack.indexOf(entry);
    if (i >= 0) overlayStack.splice(i, 1);
    runTransition(overlay, 'dialog-fade', 'leave', 300, function () {
      overlay.style.display = 'none';
      unlockScroll();
      if (o.onClosed) o.onClosed();
    });
    if (prevFocus && prevFocus.isConnected && prevFocus.focus) prevFocus.focus();
  }
  var downSelf = false;
  wrap.addEventListener('mousedown', function (e) { downSelf = e.target === wrap; });
  wrap.addEventListener('mouseup', function (e) { if (downSelf && e.target === wrap && o.closeOnClickModal !== false) close(); downSelf = false; });
  closeBtn.addEventListener('click', close);
  document.body.appendChild(overlay);
  lockScroll();
  overlayStack.push(entry);
  runTransition(overlay, 'dialog-fade', 'enter', 300);
  setTimeout(function () { if (!closed) dialog.focus(); }, 0);
  return { close: close, el: overlay, destroy: function () { if (!closed) { closed = true; var i = overlayStack.indexOf(entry); if (i >= 0) overlayStack.splice(i, 1); unlockScroll(); } overlay.remove(); } };
}

/* v-loading */
function vLoading(target, on, text) {
  if (on) {
    if (target.__mask) return;
    target.classList.add('el-loading-parent--relative');
    var mask = h('div', { class: 'el-loading-mask' }, h('div', { class: 'el-loading-spinner', html: '<svg class="circular" viewBox="0 0 50 50"><circle class="path" cx="25" cy="25" r="20" fill="none"></circle></svg>' }, text ? h('p', { class: 'el-loading-text' }, text) : null));
    target.__mask = mask;
    target.appendChild(mask);
    runTransition(mask, 'el-loading-fade', 'enter', 300);
  } else {
    var m = target.__mask;
    if (!m) return;
    target.__mask = null;
    runTransition(m, 'el-loading-fade', 'leave', 300, function () {
      m.remove();
      if (!target.__mask) target.classList.remove('el-loading-parent--relative');
    });
  }
}

/* el-input */
function elInput(o) {
  o = o || {};
  var self = emitter({ id: o.id || uid() });
  var st = { focused: false, hovering: false, pwdVisible: false };
  var input = h('input', {
    class: 'el-input__inner', id: self.id, type: o.type === 'password' ? 'password' : 'text', autocomplete: o.autocomplete || 'off',
    tabindex: '0', placeholder: o.placeholder, maxlength: o.maxlength, name: o.name, inputmode: o.inputmode
  });
  var prefix = o.prefixIcon ? h('span', { class: 'el-input__prefix' }, h('span', { class: 'el-input__prefix-inner' }, icon(o.prefixIcon, 'el-input__icon'))) : null;
  var pwdIcon = null;
  if (o.showPassword) {
    pwdIcon = icon('hide', 'el-input__icon el-input__password');
    pwdIcon.addEventListener('mousedown', function (e) { e.preventDefault(); });
    pwdIcon.addEventListener('click', function () {
      st.pwdVisible = !st.pwdVisible;
      input.type = st.pwdVisible ? 'text' : 'password';
      pwdIcon.innerHTML = svgHtml(st.pwdVisible ? 'view' : 'hide');
      input.focus();
    });
  }
  var countInner = o.showWordLimit && o.maxlength && !o.showPassword ? h('span', { class: 'el-input__count-inner' }, '0 / ' + o.maxlength) : null;
  var count = countInner ? h('span', { class: 'el-input__count' }, countInner) : null;
  var suffixInner = h('span', { class: 'el-input__suffix-inner' });
  var suffix = pwdIcon || count ? h('span', { class: 'el-input__suffix' }, suffixInner) : null;
  var wrapper = h('div', { class: 'el-input__wrapper' }, prefix, input, suffix);
  var prepend = o.prepend ? h('div', { class: 'el-input-group__prepend' }, o.prepend) : null;
  self.el = h('div', { class: ['el-input', o.size && 'el-input--' + o.size, prepend && 'el-input-group el-input-group--prepend', prefix && 'el-input--prefix', suffix && 'el-input--suffix'], style: o.style }, prepend, wrapper);
  self.input = input;
  function renderSuffix() {
    if (!suffix) return;
    suffixInner.textContent = '';
    if (pwdIcon && input.value && (st.focused || st.hovering)) suffixInner.appendChild(pwdIcon);
    if (countInner) { countInner.textContent = input.value.length + ' / ' + o.maxlength; suffixInner.appendChild(count); }
  }
  renderSuffix();
  self.el.addEventListener('mouseenter', function () { st.hovering = true; renderSuffix(); });
  self.el.addEventListener('mouseleave', function () { st.hovering = false; renderSuffix(); });
  wrapper.addEventListener('mousedown', function (e) { if (e.target === wrapper) { e.preventDefault(); input.focus(); } });
  input.addEventListener('focus', function () { st.focused = true; wrapper.classList.add('is-focus'); renderSuffix(); self.emit('focus'); });
  input.addEventListener('blur', function () { st.focused = false; wrapper.classList.remove('is-focus'); renderSuffix(); self.emit('blur'); });
  input.addEventListener('input', function () { renderSuffix(); self.emit('input', input.value); });
  input.addEventListener('change', function () { self.emit('change', input.value); });
  input.addEventListener('keyup', function (e) { if (e.key === 'Enter') self.emit('enter'); });
  self.value = function () { return input.value; };
  self.setValue = function (v) { input.value = v; renderSuffix(); };
  self.focus = function () { input.focus(); };
  return self;
}

/* el-radio-group > el-radio */
function elRadioGroup(options) {
  var self = emitter({ id: uid(), value: '' });
  var name = uid();
  self.el = h('div', { id: self.id, class: 'el-radio-group', role: 'radiogroup' });
  var radios = options.map(function (op) {
    var input = h('input', { class: 'el-radio__original', value: op.value, name: name, type: 'radio' });
    var span = h('span', { class: 'el-radio__input' }, input, h('span', { class: 'el-radio__inner' }));
    var lab = h('label', { class: 'el-radio' }, span, h('span', { class: 'el-radio__label' }, op.label));
    input.addEventListener('change', function () { if (input.checked) set(op.value, true); });
    input.addEventListener('focus', function () { lab.classList.add('is-focus'); });
    input.addEventListener('blur', function () { lab.classList.remove('is-focus'); });
    self.el.appendChild(lab);
    return { op: op, input: input, lab: lab, span: span };
  });
  function set(v, user) {
    self.value = v;
    radios.forEach(function (r) {
      var on = r.op.value === v;
      r.input.checked = on;
      r.lab.classList.toggle('is-checked', on);
      r.span.classList.toggle('is-checked', on);
    });
    if (user) self.emit('change', v);
  }
  self.setValue = function (v) { set(v, false); };
  self.labelledBy = function (id) { self.el.setAttribute('aria-labelledby', id); };
  return self;
}
`;

const CLIENT_WIDGETS = `
/* el-select (filterable): the dropdown is teleported to body and kept there (persistent) */
function elSelect(o) {
  var self = emitter({ id: uid(), value: '', label: '' });
  var scope = o.scope;
  var listId = uid();
  var st = { visible: false, hover: -1, query: '', options: [], items: [] };
  var input = h('input', {
    id: self.id, type: 'text', class: 'el-select__input is-default', autocomplete: 'off', tabindex: '0', role: 'combobox', readonly: true,
    spellcheck: 'false', 'aria-activedescendant': '', 'aria-controls': listId, 'aria-expanded': 'false', 'aria-autocomplete': 'none', 'aria-haspopup': 'listbox'
  });
  var calc = h('span', { 'aria-hidden': 'true', class: 'el-select__input-calculator' });
  var phSpan = h('span', null, o.placeholder || 'Select');
  var placeholder = h('div', { class: 'el-select__selected-item el-select__placeholder is-transparent' }, phSpan);
  var caret = icon('arrowDown', 'el-select__caret el-select__icon');
  var wrapper = h('div', { class: 'el-select__wrapper is-filterable' },
    h('div', { class: 'el-select__selection' }, h('div', { class: 'el-select__selected-item el-select__input-wrapper' }, input, calc), placeholder),
    h('div', { class: 'el-select__suffix' }, caret));
  self.el = h('div', { class: 'el-select el-select--default', style: o.style }, wrapper);
  var list = h('ul', { id: listId, class: 'el-scrollbar__view el-select-dropdown__list', role: 'listbox', 'aria-orientation': 'vertical' });
  var wrap = h('div', { class: 'el-scrollbar__wrap el-scrollbar__wrap--hidden-default el-select-dropdown__wrap' }, list);
  var scrollbar = h('div', { class: 'el-scrollbar' }, wrap);
  var empty = h('div', { class: 'el-select-dropdown__empty', style: 'display: none;' }, h('span', null, 'No data'));
  var popper = h('div', { id: uid(), class: 'el-popper is-pure is-light el-tooltip el-select__popper', tabindex: '-1', 'aria-hidden': 'true', 'data-popper-placement': 'bottom-start', style: 'z-index: 2001; position: absolute; display: none;' },
    h('div', { class: 'el-select-dropdown' }, scrollbar, empty),
    h('span', { class: 'el-popper__arrow', 'data-popper-arrow': '' }));
  popper.addEventListener('mousedown', function (e) { e.preventDefault(); });
  teleportTarget().appendChild(popper);

  self.setOptions = function (opts) {
    st.options = opts;
    list.textContent = '';
    st.items = opts.map(function (op, i) {
      var li = h('li', { id: uid(), class: 'el-select-dropdown__item', role: 'option', 'aria-selected': 'false' }, h('span', null, op.label));
      li.addEventListener('mousemove', function () { if (st.hover !== i) { st.hover = i; paintHover(false); } });
      li.addEventListener('click', function (e) { e.stopPropagation(); choose(i); });
      list.appendChild(li);
      return li;
    });
    paintSelected();
    filter();
  };
  function visibleIdx() { var out = []; st.items.forEach(function (li, i) { if (li.style.display !== 'none') out.push(i); }); return out; }
  function filter() {
    var q = st.query.toLowerCase();
    var n = 0;
    st.items.forEach(function (li, i) {
      var show = !q || st.options[i].label.toLowerCase().indexOf(q) >= 0;
      li.style.display = show ? '' : 'none';
      if (show) n += 1;
    });
    scrollbar.style.display = n ? '' : 'none';
    list.classList.toggle('is-empty', !n);
    empty.style.display = n ? 'none' : '';
    empty.firstChild.textContent = st.options.length ? 'No matching data' : 'No data';
    if (st.hover >= 0 && st.items[st.hover] && st.items[st.hover].style.display === 'none') st.hover = -1;
    if (q && st.hover < 0) { var v = visibleIdx(); st.hover = v.length ? v[0] : -1; }
    paintHover(true);
    if (st.visible) position();
  }
  function paintHover(scroll) {
    st.items.forEach(function (li, i) { li.classList.toggle('is-hovering', i === st.hover); });
    var li = st.items[st.hover];
    input.setAttribute('aria-activedescendant', li ? li.id : '');
    if (li && scroll) {
      var top = li.offsetTop;
      if (top < wrap.scrollTop) wrap.scrollTop = top - 6;
      else if (top + li.offsetHeight > wrap.scrollTop + wrap.clientHeight) wrap.scrollTop = top + li.offsetHeight - wrap.clientHeight + 6;
    }
  }
  function paintSelected() {
    st.items.forEach(function (li, i) {
      var on = st.options[i].value === self.value;
      li.classList.toggle('is-selected', on);
      li.setAttribute('aria-selected', on ? 'true' : 'false');
    });
  }
  function paintPlaceholder() {
    phSpan.textContent = self.label || o.placeholder || 'Select';
    placeholder.style.display = st.query ? 'none' : '';
    placeholder.classList.toggle('is-transparent', !self.value || (st.visible && !st.query));
  }
  function position() {
    var r = wrapper.getBoundingClientRect();
    popper.style.minWidth = r.width + 'px';
    var ph = popper.offsetHeight;
    var up = window.innerHeight - r.bottom < ph + 12 && r.top > ph + 12;
    popper.setAttribute('data-popper-placement', up ? 'top-start' : 'bottom-start');
    popper.style.left = (r.left + window.pageXOffset) + 'px';
    popper.style.top = ((up ? r.top - ph - 12 : r.bottom + 12) + window.pageYOffset) + 'px';
  }
  function open() {
    if (st.visible) return;
    st.visible = true;
    popper.style.display = '';
    popper.style.zIndex = String(nextZ());
    popper.setAttribute('aria-hidden', 'false');
    input.setAttribute('aria-expanded', 'true');
    caret.classList.add('is-reverse');
    var sel = st.options.map(function (x) { return x.value; }).indexOf(self.value);
    st.hover = sel;
    filter();
    paintPlaceholder();
    position();
    runTransition(popper, 'el-zoom-in-top', 'enter', 300);
    if (sel >= 0) { var li = st.items[sel]; wrap.scrollTop = Math.max(0, li.offsetTop - 6); }
  }
  function close() {
    if (!st.visible) return;
    st.visible = false;
    st.query = '';
    input.value = '';
    calc.textContent = '';
    input.setAttribute('aria-expanded', 'false');
    caret.classList.remove('is-reverse');
    paintPlaceholder();
    runTransition(popper, 'el-zoom-in-top', 'leave', 300, function () {
      popper.style.display = 'none';
      popper.setAttribute('aria-hidden', 'true');
      filter();
    });
  }
  function choose(i) {
    var op = st.options[i];
    if (!op) return;
    var changed = op.value !== self.value;
    self.value = op.value;
    self.label = op.label;
    paintSelected();
    close();
    input.focus();
    if (changed) self.emit('change', op.value);
  }
  wrapper.addEventListener('mousedown', function (e) { if (e.target !== input) e.preventDefault(); });
  self.el.addEventListener('click', function (e) {
    e.stopPropagation();
    if (st.visible) close(); else open();
    input.focus();
  });
  input.addEventListener('focus', function () { input.removeAttribute('readonly'); wrapper.classList.add('is-focused'); });
  input.addEventListener('blur', function () {
    input.setAttribute('readonly', '');
    wrapper.classList.remove('is-focused');
    close();
    self.emit('blur');
  });
  input.addEventListener('input', function () {
    st.query = input.value;
    calc.textContent = input.value;
    if (!st.visible) open();
    st.hover = -1;
    filter();
    paintPlaceholder();
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      e.stopPropagation();
      if (!st.visible) { open(); return; }
      var v = visibleIdx();
      if (!v.length) return;
      var at = v.indexOf(st.hover);
      at = e.key === 'ArrowDown' ? (at + 1) % v.length : (at <= 0 ? v.length - 1 : at - 1);
      st.hover = v[at];
      paintHover(true);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (st.visible && st.hover >= 0) choose(st.hover); else if (!st.visible) open();
    } else if (e.key === 'Escape') {
      if (st.visible) { e.preventDefault(); e.stopPropagation(); close(); }
    } else if (e.key === 'Tab') {
      close();
    }
  });
  function outside(e) { if (st.visible && !self.el.contains(e.target) && !popper.contains(e.target)) close(); }
  function reflow() { if (st.visible) position(); }
  document.addEventListener('mousedown', outside, true);
  window.addEventListener('resize', reflow);
  window.addEventListener('scroll', reflow, true);
  scope.onUnmount(function () {
    document.removeEventListener('mousedown', outside, true);
    window.removeEventListener('resize', reflow);
    window.removeEventListener('scroll', reflow, true);
    popper.remove();
  });
  self.reset = function () { self.value = ''; self.label = ''; paintSelected(); paintPlaceholder(); };
  return self;
}

/* el-form / el-form-item with async-validator-like rules */
function createForm(o) {
  var form = emitter({ fields: [] });
  form.el = h('form', { class: ['el-form', 'el-form--default', 'el-form--label-' + (o.labelPosition || 'right')], autocomplete: 'off' });
  form.el.addEventListener('submit', function (e) { e.preventDefault(); });
  form.item = function (it) {
    var labelId = uid();
    var rules = it.rules || [];
    var content = h('div', { class: 'el-form-item__content' }, it.control, it.extra);
    var required = rules.some(function (r) { return r.required; });
    var label = it.label ? h('label', { id: labelId, for: it.labelFor, class: 'el-form-item__label', style: o.labelWidth && o.labelPosition !== 'top' ? 'width: ' + o.labelWidth + ';' : null }, it.label) : null;
    var el = h('div', { class: ['el-form-item', required && 'is-required', 'asterisk-left', o.labelPosition === 'top' && 'el-form-item--label-top', 'el-form-item--default'] }, label, content);
    if (!label && o.labelWidth && o.labelPosition !== 'top') content.style.marginLeft = o.labelWidth;
    var errEl = null;
    var f = { el: el, labelId: labelId };
    function setError(msg) {
      el.classList.toggle('is-error', !!msg);
      el.classList.toggle('is-success', !msg);
      if (msg) {
        if (!errEl) { errEl = h('div', { class: 'el-form-item__error' }); content.appendChild(errEl); runTransition(errEl, 'el-zoom-in-top', 'enter', 300); }
        errEl.textContent = msg;
      } else if (errEl) { errEl.remove(); errEl = null; }
    }
    f.validate = function (trigger) {
      var active = rules.filter(function (r) { return !trigger || !r.trigger || r.trigger === trigger; });
      if (!active.length) return true;
      var v = it.getValue();
      var msg = '';
      for (var i = 0; i < active.length && !msg; i++) {
        var r = active[i];
        if (r.required && (v == null || String(v).trim() === '')) msg = r.message;
        else if (r.validator && v != null && String(v) !== '') msg = r.validator(v) || '';
      }
      setError(msg);
      return !msg;
    };
    f.clear = function () { setError(''); el.classList.remove('is-success'); };
    form.el.appendChild(el);
    if (it.comp) {
      if (it.comp.labelledBy) it.comp.labelledBy(labelId);
      it.comp.on('blur', function () { f.validate('blur'); });
      it.comp.on('change', function () { f.validate('change'); });
    }
    form.fields.push(f);
    return f;
  };
  form.validate = function () {
    var ok = true;
    form.fields.forEach(function (f) { if (f.el.isConnected && !f.validate()) ok = false; });
    return ok;
  };
  form.clearValidate = function () { form.fields.forEach(function (f) { f.clear(); }); };
  return form;
}

function elCard(header, o) {
  o = o || {};
  var body = h('div', { class: 'el-card__body', style: o.bodyStyle });
  var el = h('div', { class: ['el-card', 'is-' + (o.shadow || 'always') + '-shadow', o.class] }, header ? h('div', { class: 'el-card__header' }, header) : null, body);
  return { el: el, body: body };
}
function elAlert(type, title, desc) {
  var t = h('span', { class: ['el-alert__title', desc && 'with-description'] }, title);
  var d = h('p', { class: 'el-alert__description', style: desc ? null : 'display: none;' }, desc || '');
  var el = h('div', { class: 'el-alert el-alert--' + type + ' is-light', role: 'alert' }, icon(STATUS[type], 'el-alert__icon' + (desc ? ' is-big' : '')), h('div', { class: 'el-alert__content' }, t, d));
  el.set = function (title2, desc2) {
    t.textContent = title2;
    t.classList.toggle('with-description', !!desc2);
    d.textContent = desc2 || '';
    d.style.display = desc2 ? '' : 'none';
  };
  return el;
}
function elTag(text, type) { return h('span', { class: 'el-tag' + (type ? ' el-tag--' + type : '') + ' el-tag--light' }, h('span', { class: 'el-tag__content' }, text)); }
function elDescriptions(rows, title) {
  return h('div', { class: 'el-descriptions' },
    title ? h('div', { class: 'el-descriptions__header' }, h('div', { class: 'el-descriptions__title' }, title)) : null,
    h('div', { class: 'el-descriptions__body' }, h('table', { class: 'el-descriptions__table is-bordered' }, h('tbody', null, rows.map(function (r) {
      return h('tr', null, h('td', { class: 'el-descriptions__cell el-descriptions__label is-bordered-label' }, r[0]), h('td', { class: 'el-descriptions__cell el-descriptions__content' }, r[1]));
    })))));
}
function elEmpty(text) {
  return h('div', { class: 'el-empty' },
    h('div', { class: 'el-empty__image', html: '<svg viewBox="0 0 79 86" xmlns="http://www.w3.org/2000/svg"><ellipse cx="39.5" cy="78" rx="32" ry="6" fill="#dce3ee"/><path d="M14 18h40l11 11v45H14z" fill="#f2f6fc" stroke="#c0c9d6"/><path d="M54 18v11h11" fill="#e4ebf5" stroke="#c0c9d6"/><path d="M22 40h34M22 50h34M22 60h22" stroke="#c0c9d6" stroke-width="3"/></svg>' }),
    h('div', { class: 'el-empty__description' }, h('p', null, text || 'No Data')));
}
var tableSeq = 0;
function elTable(columns) {
  tableSeq += 1;
  var tid = tableSeq;
  function colgroup() { return h('colgroup', null, columns.map(function (c, i) { return h('col', { name: 'el-table_' + tid + '_column_' + (i + 1), width: c.width }); })); }
  var tbody = h('tbody');
  var emptyBlock = h('div', { class: 'el-table__empty-block', style: 'width: 100%;' }, h('span', { class: 'el-table__empty-text' }, 'No Data'));
  var el = h('div', { class: 'el-table el-table--fit el-table--border el-table--enable-row-hover el-table--enable-row-transition el-table--default' },
    h('div', { class: 'el-table__inner-wrapper' },
      h('div', { class: 'el-table__header-wrapper' }, h('table', { class: 'el-table__header', border: '0', cellpadding: '0', cellspacing: '0', style: 'width: 100%;' }, colgroup(),
        h('thead', null, h('tr', null, columns.map(function (c, i) { return h('th', { class: 'el-table_' + tid + '_column_' + (i + 1) + ' is-leaf el-table__cell', colspan: '1', rowspan: '1' }, h('div', { class: 'cell' }, c.label)); }))))),
      h('div', { class: 'el-table__body-wrapper' }, h('div', { class: 'el-scrollbar' }, h('div', { class: 'el-scrollbar__wrap el-scrollbar__wrap--hidden-default' }, h('div', { class: 'el-scrollbar__view', style: 'display: block; vertical-align: middle;' },
        h('table', { class: 'el-table__body', cellspacing: '0', cellpadding: '0', border: '0', style: 'table-layout: fixed; width: 100%;' }, colgroup(), tbody), emptyBlock))))));
  el.setData = function (rows) {
    tbody.textContent = '';
    rows.forEach(function (row, ri) {
      tbody.appendChild(h('tr', { class: 'el-table__row' }, columns.map(function (c, i) {
        var v = c.render ? c.render(row, ri) : row[c.prop];
        return h('td', { class: 'el-table_' + tid + '_column_' + (i + 1) + ' el-table__cell', rowspan: '1', colspan: '1' }, h('div', { class: 'cell' }, v));
      })));
    });
    emptyBlock.style.display = rows.length ? 'none' : '';
  };
  return el;
}

/* el-dropdown (trigger click), menu teleported on first open */
function elDropdown(triggerContent, items, scope) {
  var menuId = uid();
  var trig = h('div', { id: uid(), class: 'el-tooltip__trigger avatar-wrapper', tabindex: '0', role: 'button', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': menuId }, triggerContent);
  var el = h('div', { class: 'el-dropdown avatar-container' }, trig);
  var popper = null;
  var visible = false;
  function build() {
    var ul = h('ul', { id: menuId, class: 'el-dropdown-menu', role: 'menu', tabindex: '-1', 'aria-labelledby': trig.id });
    items.forEach(function (it) {
      ul.appendChild(h('li', {
        class: ['el-dropdown-menu__item', it.divided && 'el-dropdown-menu__item--divided'], role: 'menuitem', tabindex: '-1', 'aria-disabled': 'false',
        onClick: function () { hide(); it.onClick(); },
        onKeydown: function (e) { if (e.key === 'Enter') { hide(); it.onClick(); } }
      }, it.label));
    });
    popper = h('div', { id: uid(), class: 'el-popper is-light el-dropdown__popper', role: 'tooltip', 'aria-hidden': 'true', 'data-popper-placement': 'bottom-end', style: 'position: absolute; display: none;' },
      h('div', { class: 'el-scrollbar' }, h('div', { class: 'el-scrollbar__wrap el-dropdown__list' }, h('div', { class: 'el-scrollbar__view' }, ul))),
      h('span', { class: 'el-popper__arrow', style: 'left: auto; right: 20px;' }));
    teleportTarget().appendChild(popper);
  }
  function show() {
    if (!popper) build();
    visible = true;
    trig.setAttribute('aria-expanded', 'true');
    popper.style.display = '';
    popper.style.zIndex = String(nextZ());
    popper.setAttribute('aria-hidden', 'false');
    var r = trig.getBoundingClientRect();
    popper.style.top = (r.bottom + 12 + window.pageYOffset) + 'px';
    popper.style.left = Math.max(8, r.right - popper.offsetWidth + window.pageXOffset) + 'px';
    runTransition(popper, 'el-zoom-in-top', 'enter', 300);
  }
  function hide() {
    if (!visible) return;
    visible = false;
    trig.setAttribute('aria-expanded', 'false');
    runTransition(popper, 'el-zoom-in-top', 'leave', 300, function () { popper.style.display = 'none'; popper.setAttribute('aria-hidden', 'true'); });
  }
  trig.addEventListener('click', function () { if (visible) hide(); else show(); });
  trig.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); if (visible) hide(); else show(); } });
  function outside(e) { if (visible && !el.contains(e.target) && !popper.contains(e.target)) hide(); }
  document.addEventListener('mousedown', outside, true);
  scope.onUnmount(function () { document.removeEventListener('mousedown', outside, true); if (popper) popper.remove(); });
  return el;
}
`;

const CLIENT_APP = String.raw`
/* ---------- axios-like request with interceptors ---------- */
var relogin = false;
function onSessionLost(message) {
  if (relogin) return;
  relogin = true;
  ElMessageBox.alert(message || 'Your session has expired. Please log in again.', 'Session Expired', { confirmButtonText: 'Re-Login', type: 'warning', showClose: false })
    .then(goLogin, goLogin);
  function goLogin() {
    relogin = false;
    store.user = null;
    var path = currentPath();
    var route = ROUTES[path];
    router.push(route && route.layout ? '/login?redirect=' + encodeURIComponent(path) : '/login');
  }
}
function request(url, data) {
  return new Promise(function (resolve, reject) {
    var xhr = new XMLHttpRequest();
    xhr.open('POST', url, true);
    xhr.timeout = 20000;
    xhr.setRequestHeader('Accept', 'application/json, text/plain, */*');
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.onload = function () {
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (xhr.status === 401 || (body && body.code === 401)) {
        onSessionLost(body && body.message);
        reject(new Error('session'));
        return;
      }
      if (xhr.status < 200 || xhr.status >= 300 || !body) {
        ElMessage.error('Request failed with status code ' + xhr.status);
        reject(new Error('http ' + xhr.status));
        return;
      }
      if (body.code !== 200) {
        ElMessage.error(body.message || 'Error');
        reject(new Error(body.message));
        return;
      }
      resolve(body);
    };
    xhr.onerror = function () { ElMessage.error('Network Error'); reject(new Error('network')); };
    xhr.ontimeout = function () { ElMessage.error('timeout of 20000ms exceeded'); reject(new Error('timeout')); };
    xhr.send(JSON.stringify(data || {}));
  });
}
var api = {
  captcha: function () { return request('/api/auth/captcha'); },
  login: function (d) { return request('/api/auth/login', d); },
  loginOtpResend: function () { return request('/api/auth/otp/resend'); },
  loginOtpVerify: function (otp) { return request('/api/auth/otp/verify', { otp: otp }); },
  logout: function () { return request('/api/auth/logout'); },
  userInfo: function () { return request('/api/user/info'); },
  apiOtpSend: function () { return request('/api/api-user/otp/send'); },
  apiOtpVerify: function (otp) { return request('/api/api-user/otp/verify', { otp: otp }); },
  gspList: function () { return request('/api/api-user/gsps'); },
  registered: function () { return request('/api/api-user/registered'); },
  createApiUser: function (d) { return request('/api/api-user/create', d); }
};
function noop() { /* handled by the interceptor */ }

/* ---------- store, router ---------- */
var store = { user: null, pendingPopup: false, otpMobile: '' };
var LOGO = 'data:image/svg+xml;utf8,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#1f4e8c"/><path d="M18 14h20l10 10v26H18z" fill="#fff"/><path d="M38 14v10h10" fill="#c9d8ee"/><path d="M24 32h18M24 38h18M24 44h12" stroke="#1f4e8c" stroke-width="3"/></svg>');
var MENU = [
  { index: '/dashboard', title: 'Dash Board', icon: 'odometer' },
  { index: 'einvoice', title: 'e-Invoice', icon: 'document', children: [
    { index: '/einvoice/generate', title: 'Generate IRN' },
    { index: '/einvoice/cancel', title: 'Cancel IRN' },
    { index: '/einvoice/bulk-upload', title: 'Bulk Upload' }] },
  { index: 'api-registration', title: 'API Registration', icon: 'connection', children: [
    { index: 'user-credentials', title: 'User Credentials', children: [
      { index: '/api-registration/user-credentials/create-api-user', title: 'Create API User' },
      { index: '/api-registration/user-credentials/change-api-password', title: 'Change API Password' },
      { index: '/api-registration/user-credentials/freeze-api-user', title: 'Freeze API User' }] },
    { index: '/api-registration/ip-whitelisting', title: 'IP Whitelisting' }] },
  { index: 'mis', title: 'MIS Reports', icon: 'dataLine', children: [
    { index: '/mis/irn-details', title: 'IRN Details' },
    { index: '/mis/summary', title: 'Summary Report' }] },
  { index: 'user-management', title: 'User Management', icon: 'userFilled', children: [
    { index: '/user-management/create-sub-user', title: 'Create Sub User' },
    { index: '/user-management/contact-details', title: 'Update Contact Details' }] }
];
var ROUTES = {
  '/': { title: 'Home', render: renderHome },
  '/login': { title: 'Login', render: renderLogin },
  '/login/otp': { title: 'Verify OTP', render: renderLoginOtp },
  '/dashboard': { title: 'Dash Board', layout: true, render: renderDashboard }
};
(function addMenuRoutes(items, trail) {
  items.forEach(function (m) {
    var t = trail.concat([m.title]);
    if (m.children) addMenuRoutes(m.children, t);
    else if (!ROUTES[m.index]) ROUTES[m.index] = { title: m.title, layout: true, crumbs: t, render: renderPlaceholder };
  });
})(MENU, []);
ROUTES['/api-registration/user-credentials/create-api-user'].render = renderCreateApiUser;
ROUTES['/dashboard'].crumbs = ['Dash Board'];

function currentPath() { var p = location.pathname.replace(/\/+$/, ''); return p || '/'; }
function query() {
  var out = {};
  location.search.replace(/^\?/, '').split('&').forEach(function (kv) {
    if (!kv) return;
    var i = kv.indexOf('=');
    var k = decodeURIComponent(i < 0 ? kv : kv.slice(0, i));
    out[k] = i < 0 ? '' : decodeURIComponent(kv.slice(i + 1).replace(/\+/g, ' '));
  });
  return out;
}
var router = {
  push: function (to) { history.pushState(null, '', to); resolveRoute(); },
  replace: function (to) { history.replaceState(null, '', to); resolveRoute(); }
};
window.addEventListener('popstate', function () { resolveRoute(); });

var appEl = document.getElementById('app');
var layout = null;
var pageScope = null;
var navSeq = 0;

function resolveRoute() {
  navSeq += 1;
  var nav = navSeq;
  var path = currentPath();
  var route = ROUTES[path];
  if (!route) {
    teardownLayout();
    mountPublic({ title: '404', render: renderNotFound });
    return;
  }
  document.title = route.title + ' - e-Invoice System';
  if (!route.layout) {
    teardownLayout();
    mountPublic(route);
    return;
  }
  if (!store.user) {
    api.userInfo().then(function (res) {
      if (nav !== navSeq) return;
      store.user = res.data;
      resolveRoute();
    }, noop);
    return;
  }
  if (!layout) layout = buildLayout();
  layout.show(path, route);
}
function mountPublic(route) {
  destroyScope(pageScope);
  var scope = newScope();
  pageScope = scope;
  appEl.textContent = '';
  appEl.appendChild(route.render(scope));
  window.scrollTo(0, 0);
  mountScope(scope);
}
function teardownLayout() {
  if (!layout) return;
  destroyScope(pageScope);
  pageScope = null;
  destroyScope(layout.scope);
  layout = null;
  appEl.textContent = '';
}

/* ---------- layout: el-container / el-aside + el-menu / el-header / el-main ---------- */
function buildMenu(scope) {
  var items = {};
  var subs = {};
  function build(list, level, parents) {
    var ul = h('ul', { role: level ? 'menu' : 'menubar', class: ['el-menu', level ? 'el-menu--inline' : 'el-menu--vertical'], style: '--el-menu-level: ' + level + ';' });
    list.forEach(function (m) {
      var ic = level === 0 && m.icon ? icon(m.icon) : null;
      if (m.children) {
        var sub = { opened: false, parents: parents };
        var title = h('div', { class: 'el-sub-menu__title' }, ic, h('span', null, m.title), icon('arrowDown', 'el-sub-menu__icon-arrow'));
        var inner = build(m.children, level + 1, parents.concat([m.index]));
        inner.style.display = 'none';
        var li = h('li', { class: 'el-sub-menu', role: 'menuitem', 'aria-haspopup': 'true', 'aria-expanded': 'false' }, title, inner);
        sub.li = li;
        sub.ul = inner;
        sub.set = function (open, animate) {
          if (sub.opened === open) return;
          sub.opened = open;
          li.classList.toggle('is-opened', open);
          li.setAttribute('aria-expanded', open ? 'true' : 'false');
          if (animate) collapse(inner, open); else inner.style.display = open ? '' : 'none';
        };
        title.addEventListener('click', function () { sub.set(!sub.opened, true); });
        subs[m.index] = sub;
        ul.appendChild(li);
      } else {
        var item = h('li', { class: 'el-menu-item', role: 'menuitem', tabindex: '-1' }, ic, h('span', null, m.title));
        item.addEventListener('click', function () {
          if (currentPath() !== m.index) router.push(m.index);
        });
        items[m.index] = { li: item, parents: parents };
        ul.appendChild(item);
      }
    });
    return ul;
  }
  var el = build(MENU, 0, []);
  return {
    el: el,
    setActive: function (path, openParents) {
      Object.keys(items).forEach(function (k) { items[k].li.classList.toggle('is-active', k === path); });
      var act = items[path] ? items[path].parents : [];
      Object.keys(subs).forEach(function (k) { subs[k].li.classList.toggle('is-active', act.indexOf(k) >= 0); });
      if (openParents) act.forEach(function (k) { subs[k].set(true, false); });
    }
  };
}
function buildLayout() {
  var scope = newScope();
  var menu = buildMenu(scope);
  var breadcrumb = h('div', { class: 'el-breadcrumb', 'aria-label': 'Breadcrumb', role: 'navigation' });
  var u = store.user;
  var userMenu = elDropdown([h('span', { class: 'user-avatar' }, u.username.slice(0, 1).toUpperCase()), h('span', { class: 'user-name' }, u.username), icon('arrowDown')], [
    { label: 'Dash Board', onClick: function () { router.push('/dashboard'); } },
    { label: 'Logout', divided: true, onClick: logout }
  ], scope);
  var main = h('main', { class: 'el-main app-main' });
  var root = h('section', { class: 'el-container layout-container' },
    h('aside', { class: 'el-aside sidebar-container', style: '--el-aside-width: 220px; width: 220px;' },
      h('div', { class: 'sidebar-logo-container' }, h('a', { class: 'sidebar-logo-link', href: '/dashboard', onClick: function (e) { e.preventDefault(); router.push('/dashboard'); } },
        h('img', { class: 'sidebar-logo', src: LOGO, alt: '' }), h('h1', { class: 'sidebar-title' }, 'e-Invoice System'))),
      h('div', { class: 'el-scrollbar' }, h('div', { class: 'el-scrollbar__wrap el-scrollbar__wrap--hidden-default' }, h('div', { class: 'el-scrollbar__view' }, menu.el)))),
    h('section', { class: 'el-container is-vertical main-container' },
      h('header', { class: 'el-header navbar', style: '--el-header-height: 50px;' }, breadcrumb,
        h('div', { class: 'right-menu' }, elTag('GSTIN: ' + u.gstin), userMenu)),
      main,
      h('footer', { class: 'el-footer app-footer', style: '--el-footer-height: 40px;' }, 'e-Invoice System · Designed, developed and hosted by National Informatics Centre, Ministry of Electronics & IT, Government of India')));
  appEl.textContent = '';
  appEl.appendChild(root);
  var first = true;
  var current = null;
  var token = null;
  var L = { scope: scope };
  L.show = function (path, route) {
    menu.setActive(path, first);
    first = false;
    breadcrumb.textContent = '';
    ['Home'].concat(route.crumbs || [route.title]).forEach(function (c, i, all) {
      var inner = h('span', { class: 'el-breadcrumb__inner' + (i === 0 ? ' is-link' : ''), role: i === 0 ? 'link' : null }, c);
      if (i === 0) inner.addEventListener('click', function () { router.push('/dashboard'); });
      breadcrumb.appendChild(h('span', { class: 'el-breadcrumb__item', 'aria-current': i === all.length - 1 ? 'page' : null }, inner, h('span', { class: 'el-breadcrumb__separator', role: 'presentation' }, '/')));
    });
    destroyScope(pageScope);
    var ps = newScope();
    pageScope = ps;
    var el = route.render(ps);
    var old = current;
    current = el;
    var tk = {};
    token = tk;
    function insert() {
      if (token !== tk || !ps.alive) return;
      main.appendChild(el);
      window.scrollTo(0, 0);
      runTransition(el, 'fade-transform', 'enter', 300);
      mountScope(ps);
      if (store.pendingPopup) { store.pendingPopup = false; openTechContact(scope); }
    }
    if (old && old.parentNode) runTransition(old, 'fade-transform', 'leave', 300, function () { old.remove(); insert(); });
    else insert();
  };
  return L;
}
function logout() {
  api.logout().then(function () {
    store.user = null;
    ElMessage.success('You have been logged out.');
    router.push('/login');
  }, noop);
}
function openTechContact(scope) {
  var u = store.user;
  var dlg = null;
  var exit = elButton('Exit', { type: 'danger', onClick: function () { dlg.close(); } });
  dlg = openDialog({
    title: 'Contacts of Technical Person',
    width: '560px',
    body: h('div', null,
      h('p', { style: 'margin: 0 0 12px; line-height: 22px;' }, 'The following person is registered as the technical contact for GSTIN ' + u.gstin + '. Please keep these details up to date under User Management.'),
      elDescriptions([['Name', u.techName], ['Mobile Number', u.techMobile], ['E-mail ID', u.techEmail]])),
    footer: h('span', { class: 'dialog-footer' }, exit)
  });
  scope.onUnmount(function () { dlg.destroy(); });
}

/* ---------- pages ---------- */
function renderHome(scope) {
  var login = elButton('Login', { type: 'primary', onClick: function () { router.push('/login'); } });
  function card(title, body) { var c = elCard(h('div', { class: 'card-header' }, h('span', null, title)), { shadow: 'hover' }); append(c.body, body); return c.el; }
  return h('div', { class: 'home-page' },
    h('header', { class: 'el-header home-header', style: '--el-header-height: 64px;' },
      h('div', { class: 'brand' }, h('img', { src: LOGO, alt: 'e-Invoice System', width: '40', height: '40' }),
        h('div', null, 'e-Invoice System', h('small', null, 'Invoice Registration Portal (IRP) · Goods and Services Tax'))),
      h('div', { class: 'home-nav' }, h('span', null, 'Home'), h('span', null, 'Help'), h('span', null, 'Contact Us'), login)),
    h('main', { class: 'el-main', style: 'max-width: 1200px; margin: 0 auto;' },
      h('div', { class: 'home-banner' }, h('h1', null, 'Welcome to the e-Invoice System'),
        h('p', null, 'Report your B2B invoices to the Invoice Registration Portal and receive the IRN and signed QR code. Taxpayers can also register API users for their GSP or ERP here.')),
      h('div', { class: 'el-row', style: 'margin-left: -10px; margin-right: -10px;' },
        [['What\'s New', h('ul', { class: 'news-list' },
          h('li', null, 'Two-factor authentication is mandatory for all users from 1st April 2025.'),
          h('li', null, 'OTP can be received by SMS, on the Sandes app or through the NIC-GST-Shield app.'),
          h('li', null, 'Invoices must be reported within 30 days of the invoice date for AATO of Rs. 10 Cr and above.'))],
        ['e-Invoice at a glance', elDescriptions([['IRNs generated today', '1,84,32,117'], ['Registered taxpayers', '5,12,906'], ['GSPs', '22']])],
        ['Useful Links', h('ul', { class: 'news-list' }, h('li', null, 'e-Invoice schema and FAQs'), h('li', null, 'API sandbox for developers'), h('li', null, 'List of GSPs'))]]
          .map(function (c) { return h('div', { class: 'el-col el-col-8', style: 'padding: 0 10px;' }, card(c[0], c[1])); }))),
    h('footer', { class: 'el-footer app-footer' }, 'Site is designed, developed and hosted by National Informatics Centre. Contents provided by Goods and Services Tax Network.'));
}

function renderLogin(scope) {
  var q = query();
  var form = createForm({ labelPosition: 'top' });
  var user = elInput({ placeholder: 'Enter Username', prefixIcon: 'user', size: 'large', autocomplete: 'username', name: 'username' });
  var pwd = elInput({ type: 'password', showPassword: true, placeholder: 'Enter Password', prefixIcon: 'lock', size: 'large', autocomplete: 'current-password', name: 'password' });
  var cap = elInput({ placeholder: 'Enter Captcha', prefixIcon: 'key', size: 'large', maxlength: 5, name: 'captcha' });
  var img = h('img', { class: 'captcha-img', alt: 'Captcha', title: 'Click to refresh' });
  var refresh = elButton(null, { circle: true, icon: 'refresh', ariaLabel: 'Refresh Captcha', title: 'Refresh Captcha' });
  var btn = elButton('Login', { type: 'primary', size: 'large', style: 'width: 100%;' });
  function getCode() { api.captcha().then(function (res) { if (scope.alive) img.src = res.data.img; }, noop); }
  img.addEventListener('click', getCode);
  refresh.addEventListener('click', getCode);
  form.item({ label: 'Username', labelFor: user.id, control: user.el, comp: user, getValue: user.value, rules: [{ required: true, message: 'Please enter the username', trigger: 'blur' }] });
  form.item({ label: 'Password', labelFor: pwd.id, control: pwd.el, comp: pwd, getValue: pwd.value, rules: [{ required: true, message: 'Please enter the password', trigger: 'blur' }] });
  form.item({ label: 'Captcha', labelFor: cap.id, control: h('div', { class: 'captcha-row' }, cap.el, img, refresh), comp: cap, getValue: cap.value, rules: [{ required: true, message: 'Please enter the captcha', trigger: 'blur' }] });
  form.el.appendChild(h('div', { class: 'el-form-item el-form-item--default', style: 'margin-bottom: 0;' }, h('div', { class: 'el-form-item__content' }, btn)));
  var redirect = q.redirect && ROUTES[q.redirect] && ROUTES[q.redirect].layout ? q.redirect : '';
  function submit() {
    if (!form.validate()) return;
    btn.setLoading(true);
    api.login({ username: user.value().trim(), password: pwd.value(), code: cap.value().trim() }).then(function (res) {
      btn.setLoading(false);
      store.otpMobile = res.data.mobile;
      router.push('/login/otp' + (redirect ? '?redirect=' + encodeURIComponent(redirect) : ''));
    }, function () {
      btn.setLoading(false);
      if (!scope.alive) return;
      cap.setValue('');
      getCode();
    });
  }
  btn.addEventListener('click', submit);
  pwd.on('enter', submit);
  cap.on('enter', submit);
  scope.onMounted(function () {
    getCode();
    if (q.expired) ElMessage.warning('Your session has expired. Please log in again.');
  });
  var card = elCard(h('div', { class: 'card-header' }, h('span', null, 'Login to e-Invoice System')), { class: 'login-card' });
  card.body.appendChild(form.el);
  card.body.appendChild(h('div', { class: 'login-links' },
    h('a', { class: 'el-link el-link--primary', href: '/', onClick: function (e) { e.preventDefault(); router.push('/'); } }, h('span', { class: 'el-link__inner' }, 'Back to Home')),
    h('span', { class: 'el-link el-link--primary', onClick: function () { ElMessage.info('Please use the Forgot Password option of the GST common portal.'); } }, h('span', { class: 'el-link__inner' }, 'Forgot Password?'))));
  return h('div', { class: 'login-page' }, h('div', { class: 'login-title' }, h('h2', null, 'e-Invoice System'), h('p', null, 'Invoice Registration Portal')), card.el);
}

function countdown(btn, label, scope) {
  var left = 30;
  var timer = null;
  function tick() {
    if (!scope.alive) { clearInterval(timer); return; }
    if (left <= 0) { clearInterval(timer); timer = null; btn.setText(label); btn.setDisabled(false); return; }
    btn.setText(label + ' (' + left + 's)');
    left -= 1;
  }
  btn.setDisabled(true);
  tick();
  timer = setInterval(tick, 1000);
  scope.onUnmount(function () { clearInterval(timer); });
}

function renderLoginOtp(scope) {
  var q = query();
  var redirect = q.redirect && ROUTES[q.redirect] && ROUTES[q.redirect].layout ? q.redirect : '';
  var form = createForm({ labelPosition: 'top' });
  var otp = elInput({ placeholder: 'Enter OTP', maxlength: 6, showWordLimit: true, size: 'large', inputmode: 'numeric', autocomplete: 'one-time-code', name: 'otp' });
  var verify = elButton('Verify OTP', { type: 'primary', size: 'large' });
  var resend = elButton('Resend OTP', { size: 'large' });
  var back = elButton('Back to Login', { link: true, type: 'primary' });
  form.item({ label: 'Enter OTP', labelFor: otp.id, control: otp.el, comp: otp, getValue: otp.value, rules: [
    { required: true, message: 'Please enter the OTP', trigger: 'blur' },
    { validator: function (v) { return /^\d{6}$/.test(v) ? '' : 'The OTP must be 6 digits'; }, trigger: 'blur' }] });
  form.item({ control: h('div', { class: 'otp-actions' }, verify, resend) });
  function submit() {
    if (!form.validate()) return;
    verify.setLoading(true);
    api.loginOtpVerify(otp.value().trim()).then(function () {
      verify.setLoading(false);
      store.user = null;
      store.pendingPopup = true;
      ElMessage.success('Login successful');
      router.push(redirect || '/dashboard');
    }, function () {
      verify.setLoading(false);
      if (!scope.alive) return;
      otp.setValue('');
      otp.focus();
    });
  }
  verify.addEventListener('click', submit);
  otp.on('enter', submit);
  resend.addEventListener('click', function () {
    api.loginOtpResend().then(function (res) { if (!scope.alive) return; ElMessage.success(res.message); countdown(resend, 'Resend OTP', scope); }, noop);
  });
  back.addEventListener('click', function () { router.push('/login'); });
  scope.onMounted(function () { countdown(resend, 'Resend OTP', scope); otp.focus(); });
  var card = elCard(h('div', { class: 'card-header' }, h('span', null, 'Two-Factor Authentication')), { class: 'login-card' });
  card.body.appendChild(elAlert('info', 'An OTP has been sent to your registered mobile number' + (store.otpMobile ? ' ' + store.otpMobile : '') + '.',
    'Enter the OTP received by SMS or on the Sandes app, or the code shown in the NIC-GST-Shield app.'));
  card.body.appendChild(h('div', { style: 'height: 16px;' }));
  card.body.appendChild(form.el);
  card.body.appendChild(h('div', { class: 'login-links' }, back));
  return h('div', { class: 'login-page' }, h('div', { class: 'login-title' }, h('h2', null, 'e-Invoice System'), h('p', null, 'Invoice Registration Portal')), card.el);
}

function renderDashboard(scope) {
  var u = store.user;
  var stats = [['Generations', '1,248', 'This month', '#409eff', 'tickets'], ['Cancelled', '17', 'This month', '#f56c6c', 'circleClose'], ['e-Way Bills', '312', 'Generated with IRN', '#67c23a', 'document'], ['Bulk Uploads', '9', 'Files this month', '#e6a23c', 'upload']];
  return h('div', { class: 'app-container dashboard-container' },
    h('h2', { class: 'page-title' }, 'Dash Board'),
    h('div', { class: 'el-row', style: 'margin-left: -10px; margin-right: -10px;' }, stats.map(function (s) {
      var c = elCard(null, { shadow: 'hover', class: 'stat-card' });
      append(c.body, [h('div', { class: 'stat-icon', style: 'background: ' + s[3] + ';' }, icon(s[4])),
        h('div', { class: 'el-statistic' }, h('div', { class: 'el-statistic__head' }, s[0]), h('div', { class: 'el-statistic__content' }, h('span', { class: 'el-statistic__number' }, s[1])), h('div', { class: 'el-statistic__head' }, s[2]))]);
      return h('div', { class: 'el-col el-col-6', style: 'padding: 0 10px 20px;' }, c.el);
    })),
    (function () {
      var c = elCard(h('div', { class: 'card-header' }, h('span', null, 'Taxpayer Details')));
      c.body.appendChild(elDescriptions([['GSTIN', u.gstin], ['Legal Name', u.legalName], ['Trade Name', u.tradeName], ['State', u.state], ['Registered Mobile', u.mobile]]));
      return c.el;
    })());
}

function renderPlaceholder(scope) {
  var route = ROUTES[currentPath()];
  var c = elCard(h('div', { class: 'card-header' }, h('span', null, route.title)));
  c.body.appendChild(elEmpty('This service is not available in this demo.'));
  return h('div', { class: 'app-container' }, c.el);
}
function renderNotFound(scope) {
  var c = elCard(null, { class: 'login-card' });
  append(c.body, h('div', { style: 'padding: 20px; text-align: center;' },
    h('h2', null, '404'), h('p', null, 'Sorry, the page you visited does not exist.'),
    elButton('Back to Home', { type: 'primary', onClick: function () { router.push('/'); } })));
  return h('div', { class: 'login-page' }, c.el);
}

function passwordRule(v) {
  return v.length >= 8 && v.length <= 15 && /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v) && /[^A-Za-z0-9]/.test(v)
    ? '' : 'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character';
}

function renderCreateApiUser(scope) {
  var u = store.user;
  var card = elCard(h('div', { class: 'card-header' }, h('span', null, 'API Registration'), elTag('Create API User')));
  /* step 1: the OTP sent to the registered mobile */
  var otpAlert = elAlert('info', 'Sending OTP to your registered mobile number...');
  var otpForm = createForm({ labelWidth: '140px' });
  var otp = elInput({ placeholder: 'Enter OTP', maxlength: 6, showWordLimit: true, inputmode: 'numeric', autocomplete: 'one-time-code', style: 'width: 260px;' });
  var verify = elButton('Verify OTP', { type: 'primary' });
  var resend = elButton('Resend OTP', { disabled: true });
  var exit1 = elButton('Exit', { onClick: function () { router.push('/dashboard'); } });
  otpForm.item({ label: 'Enter OTP', labelFor: otp.id, control: otp.el, comp: otp, getValue: otp.value, rules: [
    { required: true, message: 'Please enter the OTP', trigger: 'blur' },
    { validator: function (v) { return /^\d{6}$/.test(v) ? '' : 'The OTP must be 6 digits'; }, trigger: 'blur' }] });
  otpForm.item({ control: h('div', { class: 'otp-actions' }, verify, resend, exit1) });
  var otpStep = h('div', { class: 'otp-step' }, otpAlert, h('div', { style: 'height: 20px;' }), otpForm.el);
  function sendOtp() {
    resend.setDisabled(true);
    vLoading(card.el, true);
    api.apiOtpSend().then(function (res) {
      vLoading(card.el, false);
      if (!scope.alive) return;
      otpAlert.set('An OTP has been sent to your registered mobile number ' + res.data.mobile + '.', 'The OTP is valid for ' + res.data.validity + ' minutes. Enter it below and click Verify OTP.');
      ElMessage.success(res.message);
      countdown(resend, 'Resend OTP', scope);
      otp.focus();
    }, function () {
      vLoading(card.el, false);
      if (scope.alive) resend.setDisabled(false);
    });
  }
  resend.addEventListener('click', sendOtp);
  function verifyOtp() {
    if (!otpForm.validate()) return;
    verify.setLoading(true);
    api.apiOtpVerify(otp.value().trim()).then(function (res) {
      verify.setLoading(false);
      if (!scope.alive) return;
      ElMessage.success(res.message);
      showRegistration();
    }, function () {
      verify.setLoading(false);
      if (!scope.alive) return;
      otp.setValue('');
      otp.focus();
    });
  }
  verify.addEventListener('click', verifyOtp);
  otp.on('enter', verifyOtp);

  /* step 2: the registration form */
  var regForm = createForm({ labelWidth: '300px' });
  var mode = elRadioGroup([
    { label: 'Directly', value: 'DIRECT' }, { label: 'Through GSP', value: 'GSP' },
    { label: 'Through ERP', value: 'ERP' }, { label: 'Through Client-Id of other', value: 'OTHER' }]);
  var gsp = elSelect({ placeholder: 'Select', scope: scope, style: 'width: 420px;' });
  var uname = elInput({ prepend: 'API_', placeholder: 'Enter username', maxlength: 15, style: 'width: 420px;' });
  var p1 = elInput({ type: 'password', showPassword: true, placeholder: 'Enter password', maxlength: 15, autocomplete: 'new-password', style: 'width: 420px;' });
  var p2 = elInput({ type: 'password', showPassword: true, placeholder: 'Re-enter password', maxlength: 15, autocomplete: 'new-password', style: 'width: 420px;' });
  var submitBtn = elButton('Submit', { type: 'primary' });
  var exit2 = elButton('Exit', { onClick: function () { router.push('/dashboard'); } });
  regForm.item({ label: 'Do you wish to Register your GSTIN for', labelFor: mode.id, control: mode.el, comp: mode, getValue: function () { return mode.value; },
    rules: [{ required: true, message: 'Please select how you wish to register', trigger: 'change' }] });
  var gspBlock = h('div', { class: 'gsp-block' });
  var otherAlert = h('div', { class: 'el-form-item' }, h('div', { class: 'el-form-item__content', style: 'margin-left: 300px;' },
    elAlert('warning', 'This option is not available for your GSTIN.', 'Direct API access and ERP or Client-Id sharing are allowed only for notified taxpayers. Please choose Through GSP.')));
  function moveItem(f) { gspBlock.appendChild(f.el); }
  moveItem(regForm.item({ label: 'Select your GSP', labelFor: gsp.id, control: gsp.el, comp: gsp, getValue: function () { return gsp.value; },
    rules: [{ required: true, message: 'Please select your GSP', trigger: 'change' }] }));
  moveItem(regForm.item({ label: 'Username', labelFor: uname.id, control: uname.el, comp: uname, getValue: uname.value,
    extra: h('div', { class: 'form-tip' }, 'The prefix API_ is added to the username. 4 to 15 letters or digits.'),
    rules: [{ required: true, message: 'Please enter the username', trigger: 'blur' },
      { validator: function (v) { return /^[A-Za-z0-9]{4,15}$/.test(v.trim()) ? '' : 'Username must be 4 to 15 letters or digits'; }, trigger: 'blur' }] }));
  moveItem(regForm.item({ label: 'Password', labelFor: p1.id, control: p1.el, comp: p1, getValue: p1.value,
    extra: h('div', { class: 'form-tip' }, '8 to 15 characters, with at least one upper case letter, one lower case letter, one digit and one special character.'),
    rules: [{ required: true, message: 'Please enter the password', trigger: 'blur' }, { validator: passwordRule, trigger: 'blur' }] }));
  moveItem(regForm.item({ label: 'Re-enter Password', labelFor: p2.id, control: p2.el, comp: p2, getValue: p2.value,
    rules: [{ required: true, message: 'Please re-enter the password', trigger: 'blur' },
      { validator: function (v) { return v === p1.value() ? '' : 'The two passwords do not match'; }, trigger: 'blur' }] }));
  var slot = document.createComment('v-if');
  regForm.el.appendChild(slot);
  regForm.item({ control: h('div', null, submitBtn, exit2) });
  mode.on('change', function (v) {
    var next = v === 'GSP' ? gspBlock : otherAlert;
    var prev = v === 'GSP' ? otherAlert : gspBlock;
    if (prev.parentNode) prev.remove();
    if (!next.parentNode) slot.parentNode.insertBefore(next, slot);
  });

  var tableCard = elCard(h('div', { class: 'card-header' }, h('span', null, 'GSPs registered for GSTIN ' + u.gstin)));
  var table = elTable([
    { label: 'Sl. No.', width: '80', render: function (r, i) { return String(i + 1); } },
    { label: 'GSP Name', prop: 'gspName' },
    { label: 'API Username', prop: 'apiUsername' },
    { label: 'Created On', prop: 'createdOn', width: '190' },
    { label: 'Status', width: '110', render: function (r) { return elTag(r.status, 'success'); } }]);
  tableCard.body.appendChild(table);
  function loadRegistered() {
    vLoading(tableCard.el, true);
    api.registered().then(function (res) { vLoading(tableCard.el, false); if (scope.alive) table.setData(res.data); }, function () { vLoading(tableCard.el, false); });
  }
  function showRegistration() {
    otpStep.remove();
    card.body.appendChild(h('div', { style: 'margin-bottom: 18px;' }, elDescriptions([['GSTIN', u.gstin], ['Legal Name', u.legalName]])));
    card.body.appendChild(regForm.el);
    root.appendChild(h('div', { style: 'height: 20px;' }));
    root.appendChild(tableCard.el);
    vLoading(card.el, true);
    api.gspList().then(function (res) {
      vLoading(card.el, false);
      if (scope.alive) gsp.setOptions(res.data.map(function (g) { return { label: g.gspName, value: g.gspName }; }));
    }, function () { vLoading(card.el, false); });
    loadRegistered();
  }
  function submit() {
    if (!regForm.validate()) return;
    if (mode.value !== 'GSP') { ElMessage.warning('This option is not available for your GSTIN. Please choose Through GSP.'); return; }
    var full = 'API_' + uname.value().trim();
    ElMessageBox.confirm('Do you want to create API user ' + full + ' through ' + gsp.value + ' for GSTIN ' + u.gstin + '?', 'Confirm', { confirmButtonText: 'OK', cancelButtonText: 'Cancel', type: 'warning' })
      .then(function () {
        vLoading(card.el, true);
        submitBtn.setLoading(true);
        return api.createApiUser({ mode: mode.value, gspName: gsp.value, username: uname.value().trim(), password: p1.value(), rePassword: p2.value() }).then(function (res) {
          vLoading(card.el, false);
          submitBtn.setLoading(false);
          if (!scope.alive) return;
          ElMessage.success(res.message);
          gsp.reset();
          uname.setValue('');
          p1.setValue('');
          p2.setValue('');
          regForm.clearValidate();
          loadRegistered();
        }, function () {
          vLoading(card.el, false);
          submitBtn.setLoading(false);
        });
      }, noop);
  }
  submitBtn.addEventListener('click', submit);
  scope.onMounted(sendOtp);
  card.body.appendChild(otpStep);
  var root = h('div', { class: 'app-container' }, card.el);
  return root;
}

resolveRoute();
})();
`;

const CLIENT_JS = CLIENT_RUNTIME + CLIENT_WIDGETS + CLIENT_APP;
