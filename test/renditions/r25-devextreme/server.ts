/**
 * Rendition r25-devextreme: the E-Invoice portal (einvoice1.gst.gov.in) written blind from the public
 * facts only (the shared portal notes and the ClearTax guide), drawn as an ASP.NET Core intranet built on
 * DevExtreme 23 (jQuery widgets, Generic Light theme) would draw it. No npm package: a small hand-written
 * runtime reproduces the DevExtreme DOM (dx-* class names, DIV buttons with role=button, overlays
 * appended to the viewport, pop/fade animations, dx-state-* classes, dxValidator messages) and an
 * XMLHttpRequest-based `$.ajax` posting JSON.
 *
 * Choices made where the docs are silent:
 * - URLs: `GET /` (home), `GET /Account/Login` (home with the login popup opened; with `ReturnUrl` it
 *   also says the session expired), `GET /Home/MainMenu` (the one-page app, hash views `#/dashboard`,
 *   `#/api-registration/create-api-user` and a placeholder view for every other menu leaf). JSON POSTs:
 *   `/Account/RefreshCaptcha`, `/Account/Login`, `/Account/VerifyOtp`, `/Account/ResendOtp`,
 *   `/Account/Logout`, `/ApiRegistration/SendOtp`, `/ApiRegistration/VerifyOtp`,
 *   `/ApiRegistration/CreateApiUser`. Every POST carries the `RequestVerificationToken` header
 *   (a per-session `CfDJ8...` token written in the page); typed values only travel in POST bodies.
 * - Home: a `dx-toolbar` header (logo, "e-Invoice System", text button "Home", contained default
 *   button "Login"). "Login" opens a dxPopup titled "Login" holding a dxForm: "User Name", "Password",
 *   "Captcha" (an SVG picture drawn from a 5x7 dot font with noise, plus a refresh icon dxButton with
 *   hint "Refresh Captcha"), "Enter Captcha", and a full-width dxButton "Login". The captcha text never
 *   changes during a server's life (refresh redraws the noise), compared case-insensitively.
 * - Login refusals (captcha checked first) are error toasts: "Invalid Captcha. Please enter the
 *   characters shown in the image." / "Invalid Login Credentials. Please check your User Name and
 *   Password."; the captcha box (and, for wrong credentials, the password box) is cleared and the
 *   picture redrawn.
 * - Login OTP: the same popup turns into "Verify OTP": text about the OTP sent to ******4321, a masked
 *   dxTextBox "Enter OTP" (mask 000000, mask char "_"), buttons "Verify OTP" and "Resend OTP". A wrong
 *   OTP: toast "Invalid OTP. Please enter the correct OTP sent to your registered mobile number.", the
 *   box is cleared. Success goes to `/Home/MainMenu`.
 * - After login (once per login): a dxPopup "Contacts of Technical Person" (text and read-only Name,
 *   Mobile, E-mail boxes) with a dxButton "OK" in its bottom toolbar and a title close button.
 * - Main page: header toolbar (menu icon button toggling the dxDrawer, "e-Invoice System", the GSTIN,
 *   the user, "Logout"); a dxDrawer (shrink mode, opened) holding a dxTreeView: "Dashboard",
 *   "e-Invoice" (Generate IRN, Cancel IRN, Print e-Invoice), "Bulk Upload" (Bulk Generation, Bulk
 *   Cancellation), "MIS Reports" (e-Invoice Report, Summary Report), "API Registration" ("User
 *   Credentials" > "Create API User", "Change API Password", "Freeze API User"; "IP Whitelisting"),
 *   "User Management" (Create Sub-User, Freeze Sub-User). Child nodes render on first expand; the item
 *   click expands and collapses (400 ms height animation). The dashboard is headed "Dash Board" with
 *   "Generations" and "Cancelled" cards.
 * - Create API User: a card "API Registration" / "Create API User"; opening the view POSTs SendOtp at
 *   once (no separate "Send OTP" click) and shows a success toast "OTP has been sent to your registered
 *   mobile number ******4321."; "Resend OTP" posts it again. "Enter OTP" is a masked dxTextBox,
 *   button "Verify OTP". Wrong OTP: error toast "Invalid OTP. Please enter the correct OTP." and the
 *   box is cleared.
 * - Registration form (dxForm, labels left with a colon and " *"): "GSTIN" (text), "Do you wish to
 *   Register your GSTIN for" dxRadioGroup (Directly, Through GSP, Through ERP, Through Client-Id of
 *   other; none chosen). The GSP fields only show for "Through GSP"; the other modes show a note and are
 *   refused. "Select your GSP" dxSelectBox (searchEnabled, 24 GSPs), "User Name" dxTextBox with a
 *   "API_" text button before the input (6-15 letters or digits), "Password" and "Re-enter Password"
 *   (8-15 chars, upper, lower, digit, special). Buttons "Submit" and "Exit" (back to the dashboard).
 * - Submit: client validation first (messages under the focused editor, red border and "!" badge),
 *   then DevExpress.ui.dialog.confirm titled "Confirm", "Do you want to register the API user API_x for
 *   the GSP <GSP>?", with "Yes"/"No"; Yes posts. Verdicts are toasts
 *   (displayTime 3000): success "API user API_x has been created successfully for <GSP>."; duplicate
 *   "Your GSTIN <gstin> is already registered with the GSP <GSP>."; taken name "The user name API_x is
 *   already taken. Please choose a different user name.". Below the form a dxDataGrid "GSPs registered
 *   for your GSTIN" (S.No., GSP Name, User Name, Created On) lists the seeded TERA SOFTWARE LIMITED
 *   registration and the new ones.
 * - A dxLoadPanel "Loading..." covers the page during every AJAX call.
 * - Sessions: cookie `.AspNetCore.Session`. A page GET without a live (logged-in) session answers 302
 *   to `/Account/Login?ReturnUrl=%2FHome%2FMainMenu`, which opens the login popup saying "Your session
 *   has expired. Please login again."; an AJAX POST without one answers 401 JSON, the page shows a
 *   warning toast with the same text and goes to that login URL 1.5 s later.
 * - expireOnce: the first SendOtp/Resend (`api-otp-send`), API VerifyOtp (`api-otp-verify`) or
 *   CreateApiUser (`submit`) request deletes the session first and answers like a lost session; once
 *   per server.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type DevextremeR25Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface DevextremeR25Options {
  expireOnce?: DevextremeR25Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface DevextremeR25State {
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
export interface DevextremeR25Rendition {
  url: string;
  close(): Promise<void>;
  state: DevextremeR25State;
}
export const DEVEXTREME_R25_LOGIN: { username: string; password: string } = {
  username: 'sahyadriauto27',
  password: 'Sahy@dri#2024',
};

const GSP_NAMES: readonly string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Avalara Technologies Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Botree Software International Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'KFin Technologies Limited',
  'Mastek Limited',
  'Masters India Private Limited',
  'Protean eGov Technologies Limited',
  'Reliance Corporate IT Park Limited',
  'Seshaasai Business Forms Private Limited',
  'Sify Technologies Limited',
  'Tally ( India) Private Ltd',
  'Tata Consultancy Services Limited',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
];

const LEGAL_NAME = 'SAHYADRI AUTO COMPONENTS';
const MOBILE_MASK = '******4321';
const COOKIE = '.AspNetCore.Session';
const LOGIN_URL_EXPIRED = '/Account/Login?ReturnUrl=%2FHome%2FMainMenu';
const EXPIRED_TEXT = 'Your session has expired. Please login again.';
const USERNAME_RULE = /^[A-Za-z0-9]{6,15}$/;
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'auth';
  token: string;
  noticePending: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
}

interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  createdOn: string;
}

/* ------------------------------------------------------------------ captcha picture (5x7 dot font) */

const FONT: Record<string, number[]> = {
  '0': [0x3e, 0x51, 0x49, 0x45, 0x3e],
  '1': [0x00, 0x42, 0x7f, 0x40, 0x00],
  '2': [0x42, 0x61, 0x51, 0x49, 0x46],
  '3': [0x21, 0x41, 0x45, 0x4b, 0x31],
  '4': [0x18, 0x14, 0x12, 0x7f, 0x10],
  '5': [0x27, 0x45, 0x45, 0x45, 0x39],
  '6': [0x3c, 0x4a, 0x49, 0x49, 0x30],
  '7': [0x01, 0x71, 0x09, 0x05, 0x03],
  '8': [0x36, 0x49, 0x49, 0x49, 0x36],
  '9': [0x06, 0x49, 0x49, 0x29, 0x1e],
  A: [0x7e, 0x11, 0x11, 0x11, 0x7e],
  B: [0x7f, 0x49, 0x49, 0x49, 0x36],
  C: [0x3e, 0x41, 0x41, 0x41, 0x22],
  D: [0x7f, 0x41, 0x41, 0x22, 0x1c],
  E: [0x7f, 0x49, 0x49, 0x49, 0x41],
  F: [0x7f, 0x09, 0x09, 0x01, 0x01],
  G: [0x3e, 0x41, 0x41, 0x51, 0x32],
  H: [0x7f, 0x08, 0x08, 0x08, 0x7f],
  I: [0x00, 0x41, 0x7f, 0x41, 0x00],
  J: [0x20, 0x40, 0x41, 0x3f, 0x01],
  K: [0x7f, 0x08, 0x14, 0x22, 0x41],
  L: [0x7f, 0x40, 0x40, 0x40, 0x40],
  M: [0x7f, 0x02, 0x04, 0x02, 0x7f],
  N: [0x7f, 0x04, 0x08, 0x10, 0x7f],
  O: [0x3e, 0x41, 0x41, 0x41, 0x3e],
  P: [0x7f, 0x09, 0x09, 0x09, 0x06],
  Q: [0x3e, 0x41, 0x51, 0x21, 0x5e],
  R: [0x7f, 0x09, 0x19, 0x29, 0x46],
  S: [0x46, 0x49, 0x49, 0x49, 0x31],
  T: [0x01, 0x01, 0x7f, 0x01, 0x01],
  U: [0x3f, 0x40, 0x40, 0x40, 0x3f],
  V: [0x1f, 0x20, 0x40, 0x20, 0x1f],
  W: [0x7f, 0x20, 0x18, 0x20, 0x7f],
  X: [0x63, 0x14, 0x08, 0x14, 0x63],
  Y: [0x03, 0x04, 0x78, 0x04, 0x03],
  Z: [0x61, 0x51, 0x49, 0x45, 0x43],
};

function rnd(min: number, max: number): number {
  return min + Math.random() * (max - min);
}

function captchaImage(text: string): string {
  const w = 170;
  const h = 54;
  const colours = ['#1b3a6b', '#6b1b3a', '#2f5d1e', '#5a3d0c', '#3b2a6e', '#0f4f57'];
  const parts: string[] = [`<rect width="${w}" height="${h}" fill="#eef0e6"/>`];
  for (let i = 0; i < 70; i++) {
    parts.push(
      `<circle cx="${rnd(0, w).toFixed(1)}" cy="${rnd(0, h).toFixed(1)}" r="${rnd(0.5, 1.8).toFixed(1)}" fill="${colours[i % colours.length]}" opacity="${rnd(0.2, 0.6).toFixed(2)}"/>`,
    );
  }
  for (let i = 0; i < 5; i++) {
    parts.push(
      `<path d="M${rnd(0, 20).toFixed(1)} ${rnd(5, h - 5).toFixed(1)} Q${rnd(40, 130).toFixed(1)} ${rnd(-10, h + 10).toFixed(1)} ${rnd(150, w).toFixed(1)} ${rnd(5, h - 5).toFixed(1)}" stroke="${colours[(i + 2) % colours.length]}" stroke-width="${rnd(0.6, 1.6).toFixed(1)}" fill="none" opacity="0.55"/>`,
    );
  }
  const chars = text.toUpperCase().split('');
  const step = (w - 20) / Math.max(chars.length, 1);
  chars.forEach((ch, i) => {
    const cols = FONT[ch];
    if (!cols) return;
    const cell = rnd(3.9, 4.6);
    const x0 = 12 + i * step + rnd(-2, 3);
    const y0 = rnd(6, 14);
    const angle = rnd(-16, 16).toFixed(1);
    const colour = colours[Math.floor(rnd(0, colours.length))] ?? '#1b3a6b';
    const cx = (x0 + 2.5 * cell).toFixed(1);
    const cy = (y0 + 3.5 * cell).toFixed(1);
    const dots: string[] = [];
    cols.forEach((bits, c) => {
      for (let r = 0; r < 7; r++) {
        if ((bits >> r) & 1) {
          dots.push(
            `<rect x="${(x0 + c * cell + rnd(-0.4, 0.4)).toFixed(1)}" y="${(y0 + r * cell + rnd(-0.4, 0.4)).toFixed(1)}" width="${(cell + 0.5).toFixed(1)}" height="${(cell + 0.5).toFixed(1)}"/>`,
          );
        }
      }
    });
    parts.push(`<g fill="${colour}" transform="rotate(${angle} ${cx} ${cy})">${dots.join('')}</g>`);
  });
  for (let i = 0; i < 2; i++) {
    parts.push(
      `<line x1="${rnd(0, 30).toFixed(1)}" y1="${rnd(10, h - 10).toFixed(1)}" x2="${rnd(140, w).toFixed(1)}" y2="${rnd(10, h - 10).toFixed(1)}" stroke="#555" stroke-width="1.1" opacity="0.7"/>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${parts.join('')}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/* ------------------------------------------------------------------ http helpers */

function parseCookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
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
      if (size < 65536) chunks.push(c);
    });
    req.on('end', () => {
      try {
        const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        resolve(parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {});
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

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-cache, no-store',
    'Content-Length': Buffer.byteLength(data),
  });
  res.end(data);
}

function sendHtml(
  res: ServerResponse,
  status: number,
  html: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-cache, no-store',
    'Content-Length': Buffer.byteLength(html),
    ...headers,
  });
  res.end(html);
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/* ------------------------------------------------------------------ the server */

export async function startDevextremeR25Rendition(
  options: DevextremeR25Options = {},
): Promise<DevextremeR25Rendition> {
  const state: DevextremeR25State = {
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
      username: 'API_sahyadri21',
      createdOn: '2021-08-14T10:22:31.000Z',
    },
  ];
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();
  let expiryUsed = false;

  const registrations = (): Registration[] => [
    ...seeded.filter((r) => r.gstin === state.gstin),
    ...state.users
      .filter((u) => u.gstin === state.gstin)
      .map((u) => ({ gstin: u.gstin, gsp: u.gsp, username: u.username, createdOn: u.createdOn })),
  ];
  const registrationRows = () =>
    registrations().map((r, i) => ({
      sno: i + 1,
      gsp: r.gsp,
      username: r.username,
      createdOn: formatDate(r.createdOn),
    }));

  const newSession = (res: ServerResponse): Session => {
    const s: Session = {
      id: randomBytes(16).toString('hex'),
      stage: 'anon',
      token: `CfDJ8${randomBytes(48).toString('base64url')}`,
      noticePending: false,
      apiOtpSent: false,
      apiOtpVerified: false,
    };
    sessions.set(s.id, s);
    res.setHeader('Set-Cookie', `${COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Lax`);
    return s;
  };

  const lost = (res: ServerResponse): void => {
    sendJson(res, 401, { sessionExpired: true, message: EXPIRED_TEXT, redirectUrl: LOGIN_URL_EXPIRED });
  };

  const expireHere = (stage: DevextremeR25Expiry, session: Session, res: ServerResponse): boolean => {
    if (options.expireOnce !== stage || expiryUsed) return false;
    expiryUsed = true;
    sessions.delete(session.id);
    state.expired.push(stage);
    lost(res);
    return true;
  };

  const pageConfig = (session: Session, extra: Record<string, unknown>) => ({
    token: session.token,
    gstin: state.gstin,
    ...extra,
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const sid = parseCookies(req)[COOKIE];
    let session = sid ? sessions.get(sid) : undefined;

    if (req.method === 'GET' || req.method === 'HEAD') {
      if (path === '/' || path === '/Home/Index' || path === '/Account/Login') {
        if (!session) session = newSession(res);
        const expired = path === '/Account/Login' && url.searchParams.has('ReturnUrl');
        const cfg = pageConfig(session, {
          captchaImage: captchaImage(state.captcha),
          openLogin: path === '/Account/Login',
          expired,
        });
        sendHtml(res, 200, homePage(cfg));
        return;
      }
      if (path === '/Home/MainMenu') {
        if (session?.stage !== 'auth') {
          res.writeHead(302, { Location: LOGIN_URL_EXPIRED, 'Cache-Control': 'no-store' });
          res.end();
          return;
        }
        const cfg = pageConfig(session, {
          userName: DEVEXTREME_R25_LOGIN.username,
          legalName: LEGAL_NAME,
          showNotice: session.noticePending,
          gsps: GSP_NAMES,
          mobile: MOBILE_MASK,
        });
        session.noticePending = false;
        sendHtml(res, 200, mainPage(cfg));
        return;
      }
      if (path === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      sendHtml(res, 404, notFoundPage());
      return;
    }

    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'GET, POST' });
      res.end();
      return;
    }

    const body = await readBody(req);
    await new Promise((r) => setTimeout(r, 180));
    if (!session) {
      lost(res);
      return;
    }
    if (req.headers.requestverificationtoken !== session.token) {
      sendJson(res, 400, { success: false, message: 'Bad Request' });
      return;
    }

    switch (path) {
      case '/Account/RefreshCaptcha':
        sendJson(res, 200, { image: captchaImage(state.captcha) });
        return;
      case '/Account/Login': {
        const captcha = str(body.captcha).trim();
        if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
          state.refusals.push('captcha');
          sendJson(res, 200, {
            success: false,
            field: 'captcha',
            message: 'Invalid Captcha. Please enter the characters shown in the image.',
          });
          return;
        }
        if (
          str(body.userName).trim().toLowerCase() !== DEVEXTREME_R25_LOGIN.username.toLowerCase() ||
          str(body.password) !== DEVEXTREME_R25_LOGIN.password
        ) {
          state.refusals.push('login');
          sendJson(res, 200, {
            success: false,
            field: 'login',
            message: 'Invalid Login Credentials. Please check your User Name and Password.',
          });
          return;
        }
        session.stage = 'otp';
        session.apiOtpSent = false;
        session.apiOtpVerified = false;
        sendJson(res, 200, {
          success: true,
          message: `OTP has been sent to your registered mobile number ${MOBILE_MASK} and to the Sandes app.`,
        });
        return;
      }
      case '/Account/ResendOtp':
        if (session.stage !== 'otp') {
          lost(res);
          return;
        }
        sendJson(res, 200, {
          success: true,
          message: `OTP has been resent to your registered mobile number ${MOBILE_MASK}.`,
        });
        return;
      case '/Account/VerifyOtp': {
        if (session.stage !== 'otp') {
          lost(res);
          return;
        }
        if (str(body.otp).trim() !== state.loginOtp) {
          state.refusals.push('login-otp');
          sendJson(res, 200, {
            success: false,
            message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
          });
          return;
        }
        session.stage = 'auth';
        session.noticePending = true;
        sendJson(res, 200, { success: true, redirectUrl: '/Home/MainMenu' });
        return;
      }
      case '/Account/Logout':
        sessions.delete(session.id);
        sendJson(res, 200, { success: true, redirectUrl: '/' });
        return;
    }

    if (session.stage !== 'auth') {
      lost(res);
      return;
    }

    switch (path) {
      case '/ApiRegistration/SendOtp':
        if (expireHere('api-otp-send', session, res)) return;
        session.apiOtpSent = true;
        session.apiOtpVerified = false;
        sendJson(res, 200, {
          success: true,
          message: `OTP has been sent to your registered mobile number ${MOBILE_MASK}.`,
        });
        return;
      case '/ApiRegistration/VerifyOtp':
        if (expireHere('api-otp-verify', session, res)) return;
        if (!session.apiOtpSent) {
          sendJson(res, 200, { success: false, message: 'Please generate the OTP first.' });
          return;
        }
        if (str(body.otp).trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          sendJson(res, 200, { success: false, message: 'Invalid OTP. Please enter the correct OTP.' });
          return;
        }
        session.apiOtpVerified = true;
        sendJson(res, 200, { success: true, gstin: state.gstin, registrations: registrationRows() });
        return;
      case '/ApiRegistration/CreateApiUser': {
        if (expireHere('submit', session, res)) return;
        if (!session.apiOtpVerified) {
          sendJson(res, 200, { success: false, message: 'Please verify the OTP before registering.' });
          return;
        }
        const mode = str(body.mode);
        const gsp = str(body.gsp);
        const typed = str(body.userName).trim();
        const password = str(body.password);
        if (mode !== 'Through GSP') {
          sendJson(res, 200, {
            success: false,
            message: 'Registration in this mode is not enabled for your GSTIN.',
          });
          return;
        }
        if (!GSP_NAMES.includes(gsp)) {
          sendJson(res, 200, { success: false, message: 'Please select your GSP.' });
          return;
        }
        if (!USERNAME_RULE.test(typed)) {
          sendJson(res, 200, {
            success: false,
            message: 'User Name must be 6 to 15 letters or digits.',
          });
          return;
        }
        if (!PASSWORD_RULE.test(password) || password !== str(body.confirmPassword)) {
          sendJson(res, 200, {
            success: false,
            message:
              'Password must be 8 to 15 characters with an upper case letter, a lower case letter, a digit and a special character, and both entries must match.',
          });
          return;
        }
        const username = `API_${typed}`;
        if (registrations().some((r) => r.gsp.toLowerCase() === gsp.toLowerCase())) {
          state.refusals.push('duplicate');
          sendJson(res, 200, {
            success: false,
            message: `Your GSTIN ${state.gstin} is already registered with the GSP ${gsp}.`,
          });
          return;
        }
        const taken = [...seeded, ...state.users].some(
          (r) => r.username.toLowerCase() === username.toLowerCase(),
        );
        if (taken) {
          state.refusals.push('username-taken');
          sendJson(res, 200, {
            success: false,
            message: `The user name ${username} is already taken. Please choose a different user name.`,
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
        sendJson(res, 200, {
          success: true,
          message: `API user ${username} has been created successfully for ${gsp}.`,
          registrations: registrationRows(),
        });
        return;
      }
    }
    sendJson(res, 404, { success: false, message: 'Not Found' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { success: false, message: 'Internal Server Error' });
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

/* ------------------------------------------------------------------ pages */

function scriptJson(v: unknown): string {
  return JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function shell(title: string, body: string, cfg: unknown, pageScript: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${title}</title>
<style>${CSS}</style>
</head>
<body class="dx-viewport">
${body}
<script>window.__pageConfig = ${scriptJson(cfg)}; window.__logo = ${scriptJson(LOGO)};</script>
<script>${RUNTIME}</script>
<script>${pageScript}</script>
</body>
</html>`;
}

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="34" height="34" viewBox="0 0 34 34" aria-hidden="true"><circle cx="17" cy="17" r="16" fill="#f5a623"/><circle cx="17" cy="17" r="12" fill="#fff"/><circle cx="17" cy="17" r="9" fill="#1f4e8c"/><path d="M13 12h8v2h-6v2h5v2h-5v2h6v2h-8z" fill="#fff"/></svg>`;

function homePage(cfg: Record<string, unknown>): string {
  const body = `<input name="__RequestVerificationToken" type="hidden" value="${String(cfg.token)}">
<div class="app-header"><div id="headerToolbar"></div></div>
<div class="home-banner">
  <div class="home-banner-inner">
    <h1>e-Invoice System</h1>
    <p>Invoice Registration Portal for generation of Invoice Reference Number (IRN) by GST taxpayers.</p>
  </div>
</div>
<div class="home-cards">
  <div class="dx-card home-card"><h3>e-Invoice Schema</h3><p>The notified e-invoice schema (INV-01) and the master codes used in it.</p></div>
  <div class="dx-card home-card"><h3>Two Factor Authentication</h3><p>From 1 April 2025 an OTP is required on every login, sent by SMS or the Sandes app, or taken from the NIC-GST-Shield app.</p></div>
  <div class="dx-card home-card"><h3>API Access</h3><p>Taxpayers can create API users for their GSP after login, under API Registration.</p></div>
</div>
<div class="home-footer">Site is designed, developed and hosted by National Informatics Centre.</div>
<div id="loginPopup"></div>`;
  return shell('e-Invoice System', body, cfg, HOME_SCRIPT);
}

function mainPage(cfg: Record<string, unknown>): string {
  const body = `<input name="__RequestVerificationToken" type="hidden" value="${String(cfg.token)}">
<div class="app-layout">
  <div class="app-header"><div id="headerToolbar"></div></div>
  <div id="drawer" class="app-drawer">
    <div class="nav-panel"><div id="navigation"></div></div>
    <div class="app-content"><div id="view" class="content-block"></div></div>
  </div>
</div>
<div id="noticePopup"></div>`;
  return shell('Dash Board - e-Invoice System', body, cfg, MAIN_SCRIPT);
}

function notFoundPage(): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not Found</title></head><body style="font-family:'Helvetica Neue','Segoe UI',helvetica,verdana,sans-serif;padding:40px;color:#333"><h2>404 - Page not found</h2><p><a href="/">e-Invoice System home</a></p></body></html>`;
}

/* ------------------------------------------------------------------ Generic Light theme (subset) */

function icon(name: string, d: string): string {
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'><path d='${d}'/></svg>`;
  const url = `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
  return `.dx-icon-${name}{-webkit-mask-image:${url};mask-image:${url}}`;
}

const ICONS = [
  icon(
    'close',
    'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
  ),
  icon(
    'refresh',
    'M17.65 6.35A7.96 7.96 0 0 0 12 4a8 8 0 1 0 7.73 10h-2.08A6 6 0 1 1 12 6c1.66 0 3.14.69 4.22 1.78L13 11h7V4z',
  ),
  icon('menu', 'M3 18h18v-2H3zm0-5h18v-2H3zm0-7v2h18V6z'),
  icon('home', 'M10 20v-6h4v6h5v-8h3L12 3 2 12h3v8z'),
  icon(
    'doc',
    'M14 2H6c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V8zm2 16H8v-2h8zm0-4H8v-2h8zm-3-5V3.5L18.5 9z',
  ),
  icon('upload', 'M9 16h6v-6h4l-7-7-7 7h4zm-4 2h14v2H5z'),
  icon('chart', 'M5 9.2h3V19H5zM10.6 5h2.8v14h-2.8zm5.6 8H19v6h-2.8z'),
  icon('key', 'M12.65 10A6 6 0 1 0 7 18a6 6 0 0 0 5.65-4H17v4h4v-4h2v-4zM7 14a2 2 0 1 1 0-4 2 2 0 0 1 0 4z'),
  icon(
    'group',
    'M16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm-8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm0 2c-2.33 0-7 1.17-7 3.5V19h14v-2.5c0-2.33-4.67-3.5-7-3.5zm8 0c-.29 0-.62.02-.97.05 1.16.84 1.97 1.97 1.97 3.45V19h6v-2.5c0-2.33-4.67-3.5-7-3.5z',
  ),
  icon(
    'runner',
    'M17 7l-1.41 1.41L18.17 11H8v2h10.17l-2.58 2.58L17 17l5-5zM4 5h8V3H4a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h8v-2H4z',
  ),
].join('\n');

const CHEVRON_DOWN = `url("data:image/svg+xml,${encodeURIComponent("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'><path d='M7.41 8.59 12 13.17l4.59-4.58L18 10l-6 6-6-6z'/></svg>")}")`;
const CHEVRON_RIGHT = `url("data:image/svg+xml,${encodeURIComponent("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'><path d='M8.59 16.59 13.17 12 8.59 7.41 10 6l6 6-6 6z'/></svg>")}")`;
const TOAST_ALERT = `url("data:image/svg+xml,${encodeURIComponent("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'><path d='M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-2h2zm0-4h-2V7h2z'/></svg>")}")`;
const TOAST_OK = `url("data:image/svg+xml,${encodeURIComponent("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'><path d='M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-2 15-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8z'/></svg>")}")`;

const CSS = `
html,body{margin:0;padding:0;height:100%}
.dx-viewport,.dx-widget{font-family:"Helvetica Neue","Segoe UI",helvetica,verdana,sans-serif;font-size:14px;line-height:1.2858;color:#333}
.dx-widget,.dx-widget *,.dx-widget ::before,.dx-widget ::after{box-sizing:border-box}
.dx-viewport{background:#f2f2f2}
.dx-state-invisible{display:none!important}
.dx-state-disabled.dx-widget,.dx-state-disabled .dx-widget{opacity:.4;cursor:default}
.dx-state-disabled{pointer-events:none}
.dx-icon{display:inline-block;width:18px;height:18px;background-color:currentColor;vertical-align:middle;-webkit-mask-repeat:no-repeat;mask-repeat:no-repeat;-webkit-mask-position:center;mask-position:center;-webkit-mask-size:18px 18px;mask-size:18px 18px}
${ICONS}
.dx-button{display:inline-block;cursor:pointer;text-align:center;vertical-align:middle;max-width:100%;user-select:none;-webkit-user-select:none;outline:0;position:relative;border-radius:4px;border:1px solid transparent;-webkit-tap-highlight-color:transparent}
.dx-button-content{padding:7px 18px 8px;height:100%;overflow:hidden;text-overflow:ellipsis;line-height:0;white-space:nowrap}
.dx-button-text{display:inline-block;line-height:normal;vertical-align:middle}
.dx-button-has-icon .dx-button-content{padding:7px}
.dx-button-has-icon.dx-button-has-text .dx-button-content{padding:7px 18px 8px 14px}
.dx-button-has-icon.dx-button-has-text .dx-icon{margin-right:9px}
.dx-button-mode-contained{background:#fff;border-color:#ddd;color:#333}
.dx-button-mode-contained.dx-state-hover{background:#e6e6e6;border-color:#bebebe}
.dx-button-mode-contained.dx-state-focused{background:#e6e6e6;border-color:#9d9d9d}
.dx-button-mode-contained.dx-state-active{background:#d4d4d4;border-color:#9d9d9d;color:#333}
.dx-button-mode-contained.dx-button-default{background:#337ab7;border-color:transparent;color:#fff}
.dx-button-mode-contained.dx-button-default.dx-state-hover{background:#2d6da3}
.dx-button-mode-contained.dx-button-default.dx-state-focused{background:#285f8f}
.dx-button-mode-contained.dx-button-default.dx-state-active{background:#204d74}
.dx-button-mode-contained.dx-button-success{background:#5cb85c;border-color:transparent;color:#fff}
.dx-button-mode-contained.dx-button-success.dx-state-hover{background:#4cae4c}
.dx-button-mode-contained.dx-button-success.dx-state-focused{background:#449d44}
.dx-button-mode-contained.dx-button-danger{background:#d9534f;border-color:transparent;color:#fff}
.dx-button-mode-text{background:transparent;border-color:transparent;color:#333}
.dx-button-mode-text.dx-state-hover{background:rgba(0,0,0,.08)}
.dx-button-mode-text.dx-state-focused{background:rgba(0,0,0,.12)}
.dx-button-mode-text.dx-state-active{background:rgba(0,0,0,.2)}
.dx-button-mode-text.dx-button-default{color:#337ab7}
.dx-button-mode-outlined{background:transparent;border-color:#ddd;color:#333}
.dx-button-mode-outlined.dx-state-hover{background:rgba(0,0,0,.08)}
.dx-button-mode-outlined.dx-state-focused{border-color:#9d9d9d}
.dx-texteditor{display:block;position:relative;border-radius:4px;transition:border-color .2s ease}
.dx-editor-outlined{background:#fff;border:1px solid #ddd}
.dx-texteditor.dx-state-hover{border-color:rgba(51,122,183,.4)}
.dx-texteditor.dx-state-focused,.dx-texteditor.dx-state-active{border-color:#337ab7}
.dx-texteditor.dx-state-readonly{border-style:dashed}
.dx-texteditor.dx-invalid{border-color:rgba(217,83,79,.4)}
.dx-texteditor.dx-invalid.dx-state-focused{border-color:#d9534f}
.dx-texteditor-container{display:flex;width:100%;height:100%;position:relative}
.dx-texteditor-input-container{display:flex;flex-grow:1;position:relative;min-width:0}
.dx-texteditor-input{-webkit-appearance:none;appearance:none;width:100%;height:100%;margin:0;border:0;outline:0;background:transparent;color:#333;font:inherit;padding:7px 9px 8px;min-height:34px;line-height:1.2858;box-shadow:none;border-radius:0}
.dx-texteditor-input::-ms-reveal{display:none}
.dx-placeholder{position:absolute;top:0;left:0;max-width:100%;width:auto;height:100%;text-align:left;cursor:text;pointer-events:none;color:#999;font-size:14px}
.dx-placeholder::before{content:attr(data-dx_placeholder);position:absolute;top:0;left:0;display:inline-block;padding:7px 9px 8px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.dx-texteditor-buttons-container{display:flex;flex-grow:0;flex-shrink:0;align-items:center;width:fit-content}
.dx-texteditor-buttons-container:empty{display:none}
.dx-texteditor-buttons-container .dx-button{margin:2px;border-radius:3px}
.dx-texteditor-buttons-container .dx-prefix-button{margin:0;border-radius:3px 0 0 3px;border-right:1px solid #ddd;background:#f5f5f5;cursor:default}
.dx-texteditor-buttons-container .dx-prefix-button .dx-button-content{padding:7px 8px 8px 10px}
.dx-show-invalid-badge.dx-invalid .dx-texteditor-input-container::after{content:"!";position:absolute;top:50%;right:6px;margin-top:-9px;width:18px;height:18px;border-radius:50%;background:#d9534f;color:#fff;font-weight:700;font-size:13px;line-height:18px;text-align:center;pointer-events:none}
.dx-show-invalid-badge.dx-invalid .dx-texteditor-input{padding-right:30px}
.dx-invalid-message{position:absolute;left:0;top:100%;z-index:999;width:100%;height:0;visibility:visible}
.dx-invalid-message>.dx-overlay-content{display:none;position:absolute;top:0;left:0;max-width:100%;padding:9px 17px 9px;background:#d9534f;color:#fff;font-size:.85em;line-height:normal;white-space:normal;word-wrap:break-word;border-radius:0 0 4px 4px}
.dx-invalid-message-always>.dx-overlay-content,.dx-invalid.dx-state-focused>.dx-invalid-message-auto>.dx-overlay-content,.dx-radiogroup.dx-invalid.dx-state-focused .dx-invalid-message-auto>.dx-overlay-content{display:block}
.dx-radiogroup{outline:0;position:relative}
.dx-radiogroup-horizontal{display:flex;flex-wrap:wrap;gap:6px 0}
.dx-radiogroup-horizontal .dx-radiobutton{margin-right:22px}
.dx-radiogroup-vertical .dx-radiobutton{margin-bottom:8px}
.dx-radiobutton{display:table;cursor:pointer;line-height:24px;-webkit-user-select:none;user-select:none}
.dx-radiobutton-icon{display:table-cell;width:24px;height:24px;vertical-align:middle;position:relative}
.dx-radiobutton-icon::before{content:"";display:block;width:22px;height:22px;border:1px solid #ddd;border-radius:11px;background:#fff}
.dx-radiobutton.dx-state-hover .dx-radiobutton-icon::before{border-color:#337ab7}
.dx-radiogroup.dx-state-focused .dx-radiobutton.dx-state-focused .dx-radiobutton-icon::before{border-color:#337ab7;box-shadow:0 0 0 1px #337ab7 inset}
.dx-radiogroup.dx-invalid .dx-radiobutton-icon::before{border-color:rgba(217,83,79,.6)}
.dx-radiobutton-icon-dot{display:none;position:absolute;top:6px;left:6px;width:10px;height:10px;border-radius:5px;background:#337ab7}
.dx-radiobutton-icon-checked .dx-radiobutton-icon-dot{display:block}
.dx-radiobutton .dx-item-content{display:table-cell;padding-left:7px;vertical-align:middle}
.dx-dropdowneditor-button{width:34px;min-width:34px;height:100%;border:0!important;border-radius:0!important;margin:0!important;background:transparent}
.dx-dropdowneditor-button .dx-button-content{padding:0;display:flex;align-items:center;justify-content:center;height:100%;min-height:34px}
.dx-dropdowneditor-icon{width:18px;height:18px;background-color:#333;-webkit-mask:${CHEVRON_DOWN} no-repeat center/18px 18px;mask:${CHEVRON_DOWN} no-repeat center/18px 18px}
.dx-dropdowneditor.dx-state-hover .dx-dropdowneditor-button,.dx-dropdowneditor-active .dx-dropdowneditor-button{background:#e6e6e6}
.dx-dropdowneditor-field-clickable .dx-texteditor-input{cursor:pointer}
.dx-selectbox .dx-texteditor-input{text-overflow:ellipsis}
.dx-overlay-wrapper{position:fixed;top:0;left:0;width:100%;height:100%;z-index:1500;font-family:"Helvetica Neue","Segoe UI",helvetica,verdana,sans-serif;font-size:14px;color:#333;line-height:1.2858}
.dx-overlay-wrapper *,.dx-overlay-wrapper{box-sizing:border-box}
.dx-overlay-shader{background-color:rgba(0,0,0,.4)}
.dx-overlay-wrapper:not(.dx-overlay-shader){pointer-events:none}
.dx-overlay-wrapper:not(.dx-overlay-shader)>.dx-overlay-content{pointer-events:auto}
.dx-overlay-content{position:absolute;z-index:1000;outline:0;overflow:hidden}
.dx-popup-normal{background:#fff;border:1px solid #ddd;border-radius:6px;box-shadow:0 5px 15px rgba(0,0,0,.5);display:flex;flex-direction:column;max-height:calc(100vh - 20px)}
.dx-popup-title.dx-toolbar{position:relative;padding:6px 20px;min-height:52px;border-bottom:1px solid #ddd;background:transparent;flex:none}
.dx-popup-title .dx-toolbar-label{font-size:20px;font-weight:500}
.dx-popup-title .dx-closebutton{width:26px;height:26px;margin-right:-8px}
.dx-popup-title .dx-closebutton .dx-button-content{padding:3px}
.dx-popup-content{padding:20px;overflow:auto;flex:1 1 auto}
.dx-popup-bottom.dx-toolbar{padding:0 20px 20px;background:transparent;flex:none}
.dx-popup-bottom .dx-button{min-width:100px}
.dx-dialog-message{padding:0 0 4px;max-width:520px;line-height:1.5}
.dx-dialog-button{margin:0 4px}
.dx-dropdowneditor-overlay .dx-overlay-content{border-radius:0 0 4px 4px;box-shadow:0 1px 3px rgba(0,0,0,.2);border:1px solid #ddd}
.dx-dropdowneditor-overlay .dx-popup-content{padding:0;overflow:hidden;height:100%}
.dx-scrollable{position:relative;display:block;height:100%;min-height:0}
.dx-scrollable-wrapper{position:relative;width:100%;height:100%}
.dx-scrollable-container{width:100%;height:100%;overflow:auto;position:relative}
.dx-list{outline:0;background:#fff}
.dx-list-item{cursor:pointer;border-top:1px solid transparent;position:static}
.dx-list-item:first-of-type{border-top:none}
.dx-list-item-content{padding:10px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.dx-list-item.dx-state-hover{background:#f5f5f5;color:#333}
.dx-list-item.dx-list-item-selected{background:#e6e6e6;color:#333}
.dx-list-item.dx-state-focused{background:#337ab7;color:#fff}
.dx-empty-message{padding:10px;color:#999;text-align:center}
.dx-toolbar{width:100%;background:#fff;color:#333;position:relative}
.dx-toolbar-items-container{display:flex;align-items:center;width:100%;height:100%;min-height:inherit}
.dx-toolbar-before,.dx-toolbar-after,.dx-toolbar-center{display:flex;align-items:center;gap:8px}
.dx-toolbar-center{flex:1 1 auto;justify-content:center}
.dx-toolbar-before{flex:0 1 auto}
.dx-toolbar-after{flex:0 0 auto;margin-left:auto}
.dx-toolbar-label{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.dx-toolbar-item{padding:0 2px}
.dx-toast-wrapper .dx-overlay-content{left:50%;bottom:20px;transform:translateX(-50%)}
.dx-toast-content{display:flex;align-items:center;padding:10px 16px 10px 10px;min-width:300px;max-width:560px;border-radius:4px;box-shadow:0 1px 3px rgba(0,0,0,.3);color:#fff;font-size:14px}
.dx-toast-icon{flex:none;width:35px;height:35px;margin-right:10px;background-color:#fff;-webkit-mask:${TOAST_ALERT} no-repeat center/30px 30px;mask:${TOAST_ALERT} no-repeat center/30px 30px}
.dx-toast-success .dx-toast-icon{-webkit-mask-image:${TOAST_OK};mask-image:${TOAST_OK}}
.dx-toast-message{white-space:pre-line;line-height:1.4}
.dx-toast-info{background:#337ab7}
.dx-toast-warning{background:#f0ad4e}
.dx-toast-error{background:#d9534f}
.dx-toast-success{background:#5cb85c}
.dx-loadpanel-wrapper.dx-overlay-shader{background-color:rgba(255,255,255,.35)}
.dx-loadpanel-content{left:50%;top:50%;margin:-45px 0 0 -111px;width:222px;height:90px;background:#fff;border:1px solid #ddd;border-radius:4px;box-shadow:0 1px 3px rgba(0,0,0,.2);text-align:center}
.dx-loadpanel-content-wrapper{display:flex;flex-direction:column;align-items:center;justify-content:center;height:100%}
.dx-loadindicator{width:32px;height:32px}
.dx-loadindicator-icon{width:32px;height:32px;border-radius:50%;border:3px solid #ddd;border-top-color:#337ab7;animation:dx-spin 1s linear infinite}
.dx-loadpanel-message{margin-top:8px;font-size:14px;color:#333}
@keyframes dx-spin{to{transform:rotate(360deg)}}
.dx-form{position:relative}
.dx-layout-manager .dx-box-item{display:block}
.dx-field-item{display:flex;padding:0 0 16px}
.dx-field-item.dx-label-h-align{flex-direction:row;align-items:flex-start}
.dx-field-item.dx-label-v-align{flex-direction:column}
.dx-field-item-label{display:block;cursor:default}
.dx-field-item-label-location-left{flex:0 0 auto;width:var(--dx-form-label-width,180px);padding:9px 12px 0 0}
.dx-field-item-label-location-top{padding:0 0 6px}
.dx-field-item-label-text{color:#767676}
.dx-field-item-required-mark{color:#d9534f}
.dx-field-item-content{flex:1 1 auto;min-width:0;position:relative}
.dx-field-item-help-text{margin-top:6px;color:#999;font-size:12px;line-height:1.4}
.dx-treeview{outline:0;height:100%}
.dx-treeview-node-container{list-style:none;margin:0;padding:0;overflow:hidden}
.dx-treeview-node-container .dx-treeview-node-container{display:none}
.dx-treeview-node-container.dx-treeview-node-container-opened{display:block}
.dx-treeview-node{position:relative;list-style:none;padding-left:0}
.dx-treeview-node .dx-treeview-node{padding-left:22px}
.dx-treeview-item{display:block;cursor:pointer;padding:8px 30px 8px 12px;min-height:36px;line-height:20px;-webkit-user-select:none;user-select:none}
.dx-treeview-item .dx-icon{margin-right:10px;color:#555}
.dx-treeview-item.dx-state-hover{background:#e6e6e6}
.dx-treeview.dx-state-focused .dx-treeview-node.dx-state-focused>.dx-treeview-item{background:#337ab7;color:#fff}
.dx-treeview.dx-state-focused .dx-treeview-node.dx-state-focused>.dx-treeview-item .dx-icon{color:#fff}
.dx-treeview-item.dx-state-selected{color:#337ab7;font-weight:600}
.dx-treeview-toggle-item-visibility{position:absolute;right:6px;top:9px;width:18px;height:18px;cursor:pointer;background-color:#555;-webkit-mask:${CHEVRON_RIGHT} no-repeat center/18px 18px;mask:${CHEVRON_RIGHT} no-repeat center/18px 18px;transition:transform .2s;z-index:1}
.dx-treeview-toggle-item-visibility-opened{transform:rotate(90deg)}
.dx-drawer{height:100%;position:relative;overflow:hidden}
.dx-drawer-wrapper{display:flex;height:100%;width:100%}
.dx-drawer-panel-content{flex:none;overflow:hidden;background:#fafafa;border-right:1px solid #ddd;transition:width .4s ease}
.dx-drawer-panel-content>.nav-inner{width:260px;height:100%;overflow:auto;padding:8px 0}
.dx-drawer-content{flex:1 1 auto;overflow:auto;min-width:0}
.dx-datagrid{background:#fff;border:1px solid #ddd}
.dx-datagrid-table{width:100%;border-collapse:collapse;table-layout:fixed}
.dx-datagrid-headers .dx-header-row>td{color:#959595;font-weight:400;padding:8px 7px;border-bottom:1px solid #ddd;text-align:left}
.dx-datagrid-rowsview .dx-row>td{padding:8px 7px;border-top:1px solid #ddd;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.dx-datagrid-rowsview .dx-row:first-child>td{border-top:none}
.dx-datagrid .dx-column-lines>td+td{border-left:1px solid #ddd}
.dx-datagrid-nodata{padding:20px;text-align:center;color:#999}
.dx-card{background:#fff;border-radius:4px;box-shadow:0 1px 3px rgba(0,0,0,.12),0 1px 2px rgba(0,0,0,.24)}
.app-header{background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.15);position:relative;z-index:10}
.app-header .dx-toolbar{min-height:56px;padding:0 16px}
.app-brand{display:flex;align-items:center;gap:10px;font-size:18px;font-weight:600;color:#1f4e8c}
.app-brand small{display:block;font-size:11px;font-weight:400;color:#777}
.home-banner{background:linear-gradient(135deg,#1f4e8c,#337ab7);color:#fff;padding:54px 24px}
.home-banner-inner{max-width:960px;margin:0 auto}
.home-banner h1{margin:0 0 12px;font-weight:400;font-size:34px}
.home-banner p{margin:0;font-size:16px;opacity:.9}
.home-cards{max-width:960px;margin:24px auto;display:grid;grid-template-columns:repeat(3,1fr);gap:20px;padding:0 24px}
.home-card{padding:16px 20px}
.home-card h3{margin:0 0 8px;font-weight:500;color:#1f4e8c}
.home-card p{margin:0;color:#555;line-height:1.5}
.home-footer{text-align:center;color:#888;font-size:12px;padding:24px}
.login-alert{background:#fcf8e3;border:1px solid #faebcc;color:#8a6d3b;border-radius:4px;padding:10px 12px;margin-bottom:16px}
.captcha-box{display:flex;align-items:center;gap:8px}
.captcha-box img{border:1px solid #ddd;border-radius:4px;display:block}
.otp-info{margin:0 0 16px;line-height:1.5;color:#555}
.app-layout{display:flex;flex-direction:column;height:100%}
.app-drawer{flex:1 1 auto;min-height:0}
.content-block{padding:20px 30px 40px}
.content-title{font-size:26px;font-weight:400;margin:0 0 18px;color:#333}
.card-subtitle{font-size:18px;margin:0 0 18px;padding-bottom:10px;border-bottom:1px solid #eee;color:#1f4e8c}
.responsive-paddings{padding:20px 24px}
.dashboard-cards{display:grid;grid-template-columns:repeat(4,1fr);gap:20px}
.dash-card{padding:18px 20px}
.dash-card .dash-caption{color:#767676;margin-bottom:8px}
.dash-card .dash-value{font-size:28px;color:#1f4e8c}
.form-buttons{display:flex;gap:10px;padding-left:var(--dx-form-label-width,180px);margin-top:4px}
.reg-section{margin-top:26px}
.reg-section h3{font-size:16px;font-weight:500;margin:0 0 10px;color:#333}
.mode-note{color:#8a6d3b;background:#fcf8e3;border:1px solid #faebcc;border-radius:4px;padding:10px 12px;line-height:1.5}
.header-text{color:#555;font-size:13px;padding:0 8px}
.notice-text{margin:0 0 16px;line-height:1.5;color:#555}
.form-static{padding-top:9px;font-weight:600}
.dx-field-item.no-label-indent{padding-left:var(--dx-form-label-width,180px)}
`;

/* ------------------------------------------------------------------ DevExtreme-like runtime (client) */

const RUNTIME = String.raw`(function (w, d) {
'use strict';
var zIndex = 1500;
function guid() {
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
    var r = Math.random() * 16 | 0; return (c === 'x' ? r : (r & 3 | 8)).toString(16);
  });
}
function el(tag, cls, attrs, parent) {
  var e = d.createElement(tag);
  if (cls) e.className = cls;
  if (attrs) { for (var k in attrs) { if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, String(attrs[k])); } }
  if (parent) parent.appendChild(e);
  return e;
}
function addCls(e, cls) { cls.split(' ').forEach(function (c) { if (c) e.classList.add(c); }); }
function tc(e, c, on) { e.classList.toggle(c, !!on); }
function setText(e, t) { e.textContent = t; return e; }
function host(h) { if (typeof h === 'string') h = d.querySelector(h); return h || el('div'); }
function viewport() { return d.querySelector('.dx-viewport') || d.body; }
function nextZ() { zIndex += 1; return zIndex; }
function states(e, focusTarget) {
  e.addEventListener('mouseenter', function () { e.classList.add('dx-state-hover'); });
  e.addEventListener('mouseleave', function () { e.classList.remove('dx-state-hover'); e.classList.remove('dx-state-active'); });
  e.addEventListener('pointerdown', function () { e.classList.add('dx-state-active'); });
  d.addEventListener('pointerup', function () { e.classList.remove('dx-state-active'); });
  var t = focusTarget || e;
  t.addEventListener('focus', function () { e.classList.add('dx-state-focused'); });
  t.addEventListener('blur', function () { e.classList.remove('dx-state-focused'); });
}
function animate(e, from, to, duration, done) {
  var k;
  e.style.transition = 'none';
  for (k in from) e.style[k] = from[k];
  void e.offsetHeight;
  e.style.transition = 'opacity ' + duration + 'ms ease, transform ' + duration + 'ms ease, max-height ' + duration + 'ms ease';
  for (k in to) e.style[k] = to[k];
  var finished = false;
  function end() { if (finished) return; finished = true; e.style.transition = ''; if (done) done(); }
  e.addEventListener('transitionend', end, { once: true });
  setTimeout(end, duration + 80);
}

/* ---------------- dxButton */
function Button(h, o) {
  o = o || {};
  var e = host(h);
  var type = o.type || 'normal', mode = o.stylingMode || 'contained';
  addCls(e, 'dx-widget dx-button dx-button-mode-' + mode + ' dx-button-' + type + (o.text ? ' dx-button-has-text' : '') + (o.icon ? ' dx-button-has-icon' : '') + (o.cssClass ? ' ' + o.cssClass : ''));
  e.setAttribute('role', 'button');
  e.setAttribute('aria-label', o.ariaLabel || o.text || o.icon || '');
  if (o.elementAttr) { for (var k in o.elementAttr) e.setAttribute(k, o.elementAttr[k]); }
  if (o.focusStateEnabled !== false) e.tabIndex = 0;
  if (o.hint) e.title = o.hint;
  if (o.width) e.style.width = typeof o.width === 'number' ? o.width + 'px' : o.width;
  var c = el('div', 'dx-button-content', null, e);
  if (o.icon) el('i', 'dx-icon dx-icon-' + o.icon, null, c);
  var textEl = o.text ? setText(el('span', 'dx-button-text', null, c), o.text) : null;
  states(e);
  var self = { element: e, disabled: false };
  function fire(ev) { if (self.disabled) return; if (o.onClick) o.onClick({ component: self, element: e, event: ev }); }
  e.addEventListener('click', fire);
  e.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); fire(ev); }
  });
  self.option = function (name, v) {
    if (name === 'disabled') {
      self.disabled = !!v; tc(e, 'dx-state-disabled', v); e.setAttribute('aria-disabled', String(!!v));
      if (v) e.removeAttribute('tabindex'); else if (o.focusStateEnabled !== false) e.tabIndex = 0;
    }
    if (name === 'text' && textEl) { setText(textEl, v); e.setAttribute('aria-label', v); }
  };
  if (o.disabled) self.option('disabled', true);
  self.focus = function () { e.focus(); };
  return self;
}

/* ---------------- validation engine */
var groups = {};
function Validator(editor, rules, group) {
  var v = { editor: editor, rules: rules || [], isValid: true, active: true };
  var msgEl = null, msgContent = null;
  var target = editor.element;
  function show(message) {
    v.isValid = false;
    addCls(target, 'dx-invalid');
    if (editor.input) { target.classList.add('dx-show-invalid-badge'); editor.input.setAttribute('aria-invalid', 'true'); }
    else target.setAttribute('aria-invalid', 'true');
    if (!msgEl) {
      msgEl = el('div', 'dx-overlay dx-widget dx-invalid-message dx-invalid-message-auto');
      msgContent = el('div', 'dx-overlay-content dx-invalid-message-content', { id: 'dx-' + guid(), role: 'alert' }, msgEl);
    }
    setText(msgContent, message);
    target.appendChild(msgEl);
    (editor.input || target).setAttribute('aria-describedby', msgContent.id);
  }
  function hide() {
    v.isValid = true;
    target.classList.remove('dx-invalid');
    target.classList.remove('dx-show-invalid-badge');
    (editor.input || target).removeAttribute('aria-invalid');
    (editor.input || target).removeAttribute('aria-describedby');
    if (msgEl && msgEl.parentNode) msgEl.parentNode.removeChild(msgEl);
  }
  v.validate = function () {
    if (!v.active) { hide(); return { isValid: true }; }
    var value = editor.option('value');
    for (var i = 0; i < v.rules.length; i++) {
      var r = v.rules[i], ok = true;
      var s = value === null || value === undefined ? '' : String(value);
      if (r.type === 'required') ok = s.trim() !== '';
      else if (s === '') ok = true;
      else if (r.type === 'pattern') ok = r.pattern.test(s);
      else if (r.type === 'stringLength') ok = s.length >= (r.min || 0) && s.length <= (r.max || 1e9);
      else if (r.type === 'compare') ok = s === r.comparisonTarget();
      else if (r.type === 'custom') ok = r.validationCallback({ value: value });
      if (!ok) { show(r.message); return { isValid: false, brokenRule: { message: r.message, validator: v } }; }
    }
    hide();
    return { isValid: true };
  };
  v.reset = function () { hide(); };
  v.focus = function () { editor.focus(); };
  editor.validator = v;
  editor.onChange(function () { v.validate(); });
  groups[group] = groups[group] || [];
  groups[group].push(v);
  return v;
}
var validationEngine = {
  validateGroup: function (g) {
    var res = { isValid: true, brokenRules: [], validators: groups[g] || [] };
    (groups[g] || []).forEach(function (v) {
      var r = v.validate();
      if (!r.isValid) { res.isValid = false; res.brokenRules.push(r.brokenRule); }
    });
    return res;
  },
  resetGroup: function (g) { (groups[g] || []).forEach(function (v) { v.reset(); }); },
  removeGroup: function (g) { delete groups[g]; }
};

/* ---------------- dxTextBox (with mask support) */
function TextBox(h, o) {
  o = o || {};
  var e = host(h);
  addCls(e, 'dx-textbox dx-texteditor dx-editor-outlined dx-widget' + (o.before ? ' dx-texteditor-with-before-buttons' : ''));
  var cont = el('div', 'dx-texteditor-container', null, e);
  if (o.before) {
    var bc = el('div', 'dx-texteditor-buttons-container', null, cont);
    Button(el('div', null, null, bc), o.before);
  }
  var ic = el('div', 'dx-texteditor-input-container', null, cont);
  var inp = el('input', 'dx-texteditor-input', {
    autocomplete: o.mode === 'password' ? 'new-password' : 'off', type: o.mode === 'password' ? 'password' : 'text',
    spellcheck: 'false', id: o.inputId, name: o.name, maxlength: o.maxLength, inputmode: o.mask ? 'numeric' : null,
    'aria-required': o.required ? 'true' : null
  }, ic);
  var ph = el('div', 'dx-placeholder', { 'data-dx_placeholder': o.placeholder || '' }, ic);
  var ac = el('div', 'dx-texteditor-buttons-container', null, cont);
  el('div', null, null, ac);
  var changeHandlers = [];
  var self = { element: e, input: inp };
  if (o.width) e.style.maxWidth = typeof o.width === 'number' ? o.width + 'px' : o.width;
  if (o.readOnly) { inp.readOnly = true; e.classList.add('dx-state-readonly'); inp.setAttribute('aria-readonly', 'true'); }
  function refreshEmpty() { var empty = inp.value === ''; tc(e, 'dx-texteditor-empty', empty); tc(ph, 'dx-state-invisible', !empty); }
  var digits = '';
  var len = o.mask ? o.mask.length : 0;
  var maskChar = o.maskChar || '_';
  function renderMask(caret) {
    var pad = ''; for (var i = digits.length; i < len; i++) pad += maskChar;
    inp.value = digits + pad;
    refreshEmpty();
    if (caret !== undefined && d.activeElement === inp) inp.setSelectionRange(caret, caret);
  }
  function raw() { return o.mask ? digits : inp.value; }
  function changed() { changeHandlers.forEach(function (f) { f(); }); if (o.onValueChanged) o.onValueChanged({ value: raw(), component: self }); }
  if (o.mask) {
    renderMask();
    inp.addEventListener('beforeinput', function (ev) {
      ev.preventDefault();
      var s = Math.min(inp.selectionStart || 0, digits.length), en = Math.min(inp.selectionEnd || 0, digits.length);
      var t = ev.inputType || '';
      if (t.indexOf('insert') === 0) {
        var data = ev.data !== null && ev.data !== undefined ? ev.data : (ev.dataTransfer ? ev.dataTransfer.getData('text') : '');
        var add = (data || '').replace(/[^0-9]/g, '');
        if (!add) return;
        digits = (digits.slice(0, s) + add + digits.slice(en)).slice(0, len);
        renderMask(Math.min(s + add.length, len));
      } else if (t === 'deleteContentBackward') {
        if (s === en && s > 0) s -= 1;
        digits = digits.slice(0, s) + digits.slice(en); renderMask(s);
      } else if (t.indexOf('delete') === 0) {
        if (s === en) en += 1;
        digits = digits.slice(0, s) + digits.slice(en); renderMask(s);
      }
      dirty = true;
      if (!e.classList.contains('dx-invalid')) return;
      changed();
    });
    inp.addEventListener('input', function () {
      var shown = inp.value;
      var expect = digits; for (var i = digits.length; i < len; i++) expect += maskChar;
      if (shown !== expect) { digits = shown.replace(/[^0-9]/g, '').slice(0, len); renderMask(digits.length); dirty = true; }
    });
    inp.addEventListener('focus', function () {
      if (digits === '') setTimeout(function () { if (d.activeElement === inp && digits === '') inp.setSelectionRange(0, 0); }, 0);
    });
  } else {
    if (o.value) inp.value = o.value;
    refreshEmpty();
    inp.addEventListener('input', function () { refreshEmpty(); dirty = true; if (e.classList.contains('dx-invalid')) changed(); });
  }
  var dirty = false;
  inp.addEventListener('change', function () { changed(); });
  inp.addEventListener('blur', function () { if (dirty) { dirty = false; if (o.mask) changed(); } });
  inp.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' && o.onEnterKey) { changed(); o.onEnterKey({ component: self, event: ev }); } });
  states(e, inp);
  self.onChange = function (f) { changeHandlers.push(f); };
  self.option = function (name, v) {
    if (name === 'value') {
      if (arguments.length < 2) return raw();
      if (o.mask) { digits = String(v || '').replace(/[^0-9]/g, '').slice(0, len); renderMask(); }
      else { inp.value = v || ''; refreshEmpty(); }
    }
    return undefined;
  };
  self.reset = function () { self.option('value', ''); if (self.validator) self.validator.reset(); };
  self.focus = function () { inp.focus(); };
  return self;
}

/* ---------------- dxRadioGroup */
function RadioGroup(h, o) {
  var e = host(h);
  addCls(e, 'dx-radiogroup dx-widget dx-collection dx-radiogroup-' + (o.layout || 'vertical'));
  e.setAttribute('role', 'radiogroup');
  e.tabIndex = 0;
  if (o.ariaLabel) e.setAttribute('aria-label', o.ariaLabel);
  var value = null, focused = -1, changeHandlers = [], buttons = [];
  var self = { element: e };
  (o.items || []).forEach(function (it, i) {
    var text = typeof it === 'string' ? it : it.text;
    var rb = el('div', 'dx-item dx-radiobutton dx-collection-item', { role: 'radio', 'aria-checked': 'false', id: 'dx-' + guid() }, e);
    var icon = el('div', 'dx-radiobutton-icon', null, rb);
    el('div', 'dx-radiobutton-icon-dot', null, icon);
    setText(el('div', 'dx-item-content', null, rb), text);
    rb.addEventListener('mouseenter', function () { rb.classList.add('dx-state-hover'); });
    rb.addEventListener('mouseleave', function () { rb.classList.remove('dx-state-hover'); });
    rb.addEventListener('click', function () { setFocused(i); select(i); });
    buttons.push({ el: rb, icon: icon, value: text });
  });
  function setFocused(i) {
    buttons.forEach(function (b, j) { tc(b.el, 'dx-state-focused', j === i); });
    focused = i;
    if (buttons[i]) e.setAttribute('aria-activedescendant', buttons[i].el.id);
  }
  function select(i) {
    var b = buttons[i]; if (!b || b.value === value) return;
    value = b.value;
    buttons.forEach(function (x, j) {
      tc(x.el, 'dx-radiobutton-checked', j === i); tc(x.el, 'dx-item-selected', j === i);
      tc(x.icon, 'dx-radiobutton-icon-checked', j === i); x.el.setAttribute('aria-checked', String(j === i));
    });
    changeHandlers.forEach(function (f) { f(); });
    if (o.onValueChanged) o.onValueChanged({ value: value, component: self });
  }
  e.addEventListener('focus', function () { e.classList.add('dx-state-focused'); if (focused < 0) setFocused(Math.max(0, buttons.findIndex(function (b) { return b.value === value; }))); });
  e.addEventListener('blur', function () { e.classList.remove('dx-state-focused'); });
  e.addEventListener('keydown', function (ev) {
    var n = buttons.length; if (!n) return;
    if (ev.key === 'ArrowRight' || ev.key === 'ArrowDown') { ev.preventDefault(); setFocused((focused + 1) % n); select(focused); }
    else if (ev.key === 'ArrowLeft' || ev.key === 'ArrowUp') { ev.preventDefault(); setFocused((focused - 1 + n) % n); select(focused); }
    else if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(focused < 0 ? 0 : focused); }
  });
  self.onChange = function (f) { changeHandlers.push(f); };
  self.option = function (name, v) {
    if (name !== 'value') return undefined;
    if (arguments.length < 2) return value;
    if (v === null) {
      value = null;
      buttons.forEach(function (x) { x.el.classList.remove('dx-radiobutton-checked', 'dx-item-selected'); x.icon.classList.remove('dx-radiobutton-icon-checked'); x.el.setAttribute('aria-checked', 'false'); });
    } else select(buttons.findIndex(function (b) { return b.value === v; }));
    return undefined;
  };
  self.reset = function () { self.option('value', null); if (self.validator) self.validator.reset(); };
  self.focus = function () { e.focus(); };
  return self;
}

/* ---------------- dxSelectBox (searchEnabled) */
function SelectBox(h, o) {
  var e = host(h);
  addCls(e, 'dx-selectbox dx-textbox dx-texteditor dx-editor-outlined dx-widget dx-dropdowneditor dx-dropdowneditor-button-visible dx-dropdowneditor-field-clickable dx-texteditor-empty');
  var wrap = el('div', 'dx-dropdowneditor-input-wrapper dx-selectbox-container', null, e);
  var cont = el('div', 'dx-texteditor-container', null, wrap);
  var ic = el('div', 'dx-texteditor-input-container', null, cont);
  var listId = 'dx-' + guid();
  var inp = el('input', 'dx-texteditor-input', {
    autocomplete: 'off', type: 'text', spellcheck: 'false', role: 'combobox', id: o.inputId,
    'aria-autocomplete': 'list', 'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-controls': listId
  }, ic);
  if (!o.searchEnabled) inp.readOnly = true;
  var ph = el('div', 'dx-placeholder', { 'data-dx_placeholder': o.placeholder || 'Select...' }, ic);
  var bc = el('div', 'dx-texteditor-buttons-container', null, cont);
  var db = el('div', 'dx-widget dx-button dx-button-mode-contained dx-button-normal dx-dropdowneditor-button', { role: 'button', 'aria-label': 'Select' }, bc);
  el('div', 'dx-dropdowneditor-icon', null, el('div', 'dx-button-content', null, db));
  var hidden = el('input', null, { type: 'hidden', name: o.name || '', value: '' }, e);
  var items = (o.items || []).slice();
  var value = null, opened = false, filtered = items, focusedIdx = -1, timer = 0;
  var wrapper = null, content = null, svc = null, scroller = null, rows = [];
  var changeHandlers = [];
  var self = { element: e, input: inp };
  if (o.width) e.style.maxWidth = o.width + 'px';
  states(e, inp);

  function refreshEmpty() { var empty = inp.value === ''; tc(e, 'dx-texteditor-empty', empty); tc(ph, 'dx-state-invisible', !empty); }
  function renderPopup() {
    wrapper = el('div', 'dx-overlay-wrapper dx-dropdowneditor-overlay dx-popup-wrapper dx-dropdownlist-popup-wrapper dx-selectbox-popup-wrapper');
    content = el('div', 'dx-overlay-content dx-popup-normal dx-resizable dx-popup-inherit-height', null, wrapper);
    var pc = el('div', 'dx-popup-content', null, content);
    var list = el('div', 'dx-list dx-widget dx-collection dx-list-select-decorator-enabled', { role: 'listbox', id: listId, 'aria-label': 'Items' }, pc);
    var sc = el('div', 'dx-scrollable dx-scrollview dx-visibility-change-handler dx-scrollable-vertical dx-scrollable-native dx-scrollable-native-generic', null, list);
    var sw = el('div', 'dx-scrollable-wrapper', null, sc);
    scroller = el('div', 'dx-scrollable-container', null, sw);
    var scc = el('div', 'dx-scrollable-content', null, scroller);
    svc = el('div', 'dx-scrollview-content', null, scc);
    content.addEventListener('mousedown', function (ev) { ev.preventDefault(); });
  }
  function renderList() {
    svc.innerHTML = '';
    rows = [];
    if (!filtered.length) { setText(el('div', 'dx-empty-message', null, svc), 'No data to display'); return; }
    filtered.forEach(function (text, i) {
      var it = el('div', 'dx-item dx-list-item' + (text === value ? ' dx-list-item-selected' : ''), { role: 'option', id: 'dx-' + guid(), 'aria-selected': String(text === value) }, svc);
      setText(el('div', 'dx-item-content dx-list-item-content', null, it), text);
      it.addEventListener('mouseenter', function () { it.classList.add('dx-state-hover'); });
      it.addEventListener('mouseleave', function () { it.classList.remove('dx-state-hover'); });
      it.addEventListener('click', function () { choose(text); close(); });
      rows.push(it);
    });
    setFocus(focusedIdx);
  }
  function setFocus(i) {
    focusedIdx = i;
    rows.forEach(function (r, j) { tc(r, 'dx-state-focused', j === i); });
    if (rows[i]) {
      inp.setAttribute('aria-activedescendant', rows[i].id);
      var r = rows[i], top = r.offsetTop, bottom = top + r.offsetHeight;
      if (top < scroller.scrollTop) scroller.scrollTop = top;
      else if (bottom > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = bottom - scroller.clientHeight;
    } else inp.removeAttribute('aria-activedescendant');
  }
  function position() {
    if (!content) return;
    var r = e.getBoundingClientRect();
    var below = w.innerHeight - r.bottom - 10, above = r.top - 10;
    var maxH = Math.min(320, Math.max(below, above));
    content.style.width = r.width + 'px';
    content.style.left = r.left + 'px';
    content.style.maxHeight = maxH + 'px';
    content.style.height = Math.min(maxH, Math.max(filtered.length, 1) * 37 + 2) + 'px';
    var h = parseFloat(content.style.height);
    content.style.top = (below >= h || below >= above ? r.bottom - 1 : r.top - h + 1) + 'px';
  }
  function open() {
    if (opened) return;
    if (!wrapper) renderPopup();
    opened = true;
    wrapper.style.zIndex = nextZ();
    viewport().appendChild(wrapper);
    e.classList.add('dx-dropdowneditor-active', 'dx-state-active');
    inp.setAttribute('aria-expanded', 'true');
    if (focusedIdx < 0) focusedIdx = filtered.indexOf(value);
    renderList();
    position();
    setFocus(focusedIdx);
    animate(content, { opacity: '0' }, { opacity: '1' }, 150);
  }
  function close() {
    if (!opened) return;
    opened = false;
    e.classList.remove('dx-dropdowneditor-active', 'dx-state-active');
    inp.setAttribute('aria-expanded', 'false');
    inp.removeAttribute('aria-activedescendant');
    var wr = wrapper;
    animate(content, { opacity: '1' }, { opacity: '0' }, 200, function () { if (!opened && wr.parentNode) wr.parentNode.removeChild(wr); });
  }
  function restoreText() {
    clearTimeout(timer);
    inp.value = value || '';
    filtered = items; focusedIdx = -1;
    refreshEmpty();
  }
  function choose(text) {
    clearTimeout(timer);
    var prev = value;
    value = text;
    hidden.value = text;
    inp.value = text;
    filtered = items; focusedIdx = -1;
    refreshEmpty();
    if (prev !== value) {
      changeHandlers.forEach(function (f) { f(); });
      if (o.onValueChanged) o.onValueChanged({ value: value, previousValue: prev, component: self });
    }
  }
  function search() {
    var q = inp.value.toLowerCase();
    filtered = items.filter(function (t) { return t.toLowerCase().indexOf(q) >= 0; });
    focusedIdx = filtered.length ? 0 : -1;
    if (!opened) open(); else { renderList(); position(); }
    if (scroller) scroller.scrollTop = 0;
  }
  inp.addEventListener('click', function () { if (!opened) open(); else if (!o.searchEnabled) close(); });
  db.addEventListener('mousedown', function (ev) { ev.preventDefault(); });
  db.addEventListener('click', function () { if (opened) close(); else { inp.focus(); open(); } });
  inp.addEventListener('input', function () {
    refreshEmpty();
    clearTimeout(timer);
    timer = setTimeout(search, o.searchTimeout === undefined ? 500 : o.searchTimeout);
  });
  inp.addEventListener('keydown', function (ev) {
    var n = filtered.length;
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      if (ev.altKey || !opened) { open(); if (focusedIdx < 0 && n) setFocus(0); return; }
      if (n) setFocus(Math.min(n - 1, focusedIdx + 1));
    } else if (ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (opened && n) setFocus(Math.max(0, focusedIdx - 1));
    } else if (ev.key === 'Enter') {
      if (opened) {
        ev.preventDefault();
        clearTimeout(timer);
        if (inp.value !== (value || '') && timer) { /* pending search */ }
        if (filtered[focusedIdx] !== undefined) choose(filtered[focusedIdx]); else restoreText();
        close();
      }
    } else if (ev.key === 'Escape') {
      if (opened) { ev.preventDefault(); close(); restoreText(); }
    } else if (ev.key === 'Tab') {
      if (opened) close();
      restoreText();
    }
  });
  inp.addEventListener('blur', function () {
    setTimeout(function () { if (d.activeElement !== inp) { close(); restoreText(); } }, 0);
  });
  d.addEventListener('pointerdown', function (ev) {
    if (!opened) return;
    if (e.contains(ev.target) || (content && content.contains(ev.target))) return;
    close(); restoreText();
  }, true);
  w.addEventListener('scroll', function (ev) {
    if (!opened) return;
    if (content && content.contains(ev.target)) return;
    close(); restoreText();
  }, true);
  w.addEventListener('resize', function () { if (opened) position(); });
  self.onChange = function (f) { changeHandlers.push(f); };
  self.option = function (name, v) {
    if (name === 'value') {
      if (arguments.length < 2) return value;
      if (v === null) { value = null; hidden.value = ''; inp.value = ''; refreshEmpty(); } else choose(v);
    }
    if (name === 'opened') return opened;
    return undefined;
  };
  self.open = open;
  self.close = close;
  self.reset = function () { self.option('value', null); if (self.validator) self.validator.reset(); };
  self.focus = function () { inp.focus(); };
  return self;
}

/* ---------------- dxToolbar */
function Toolbar(h, o) {
  var e = host(h);
  addCls(e, 'dx-toolbar dx-widget dx-visibility-change-handler dx-collection');
  e.setAttribute('role', 'toolbar');
  var ic = el('div', 'dx-toolbar-items-container', null, e);
  var sections = {
    before: el('div', 'dx-toolbar-before', null, ic),
    center: el('div', 'dx-toolbar-center', null, ic),
    after: el('div', 'dx-toolbar-after', null, ic)
  };
  var made = {};
  (o.items || []).forEach(function (it, i) {
    var isLabel = it.text !== undefined && !it.widget;
    var item = el('div', 'dx-item dx-toolbar-item' + (isLabel ? ' dx-toolbar-label' : it.widget ? ' dx-toolbar-button' : ''), null, sections[it.location || 'before']);
    var c = el('div', 'dx-item-content dx-toolbar-item-content', null, item);
    if (isLabel) { var t = el('div', null, it.labelId ? { id: it.labelId } : null, c); setText(t, it.text); made[i] = t; }
    else if (it.widget === 'dxButton') made[i] = Button(el('div', null, null, c), it.options);
    else if (it.template) it.template(c);
  });
  return { element: e, items: made };
}

/* ---------------- dxPopup */
function Popup(h, o) {
  var e = host(h);
  addCls(e, 'dx-popup dx-widget dx-visibility-change-handler');
  var wrapper = null, content = null, pc = null, titleText = null, visible = false, lastFocus = null;
  var titleId = 'dx-' + guid();
  var self = { element: e };
  function render() {
    wrapper = el('div', 'dx-overlay-wrapper dx-popup-wrapper' + (o.wrapperClass ? ' ' + o.wrapperClass : '') + (o.shading === false ? '' : ' dx-overlay-shader'));
    content = el('div', 'dx-overlay-content dx-popup-normal dx-resizable' + (o.height === 'auto' || !o.height ? ' dx-popup-flex-height' : '') + (o.contentClass ? ' ' + o.contentClass : ''), { role: 'dialog', tabindex: '0', 'aria-labelledby': titleId }, wrapper);
    if (o.width) content.style.width = typeof o.width === 'number' ? o.width + 'px' : o.width;
    if (o.showTitle !== false) {
      var items = [{ location: 'before', text: o.title || '', labelId: titleId }];
      if (o.showCloseButton !== false) items.push({ location: 'after', widget: 'dxButton', options: { icon: 'close', stylingMode: 'text', cssClass: 'dx-closebutton', ariaLabel: 'close', onClick: function () { self.hide(); } } });
      var tb = Toolbar(el('div', 'dx-popup-title' + (o.showCloseButton !== false ? ' dx-has-close-button' : ''), null, content), { items: items });
      titleText = tb.items[0];
    }
    pc = el('div', 'dx-popup-content', null, content);
    if (o.contentTemplate) o.contentTemplate(pc, self);
    if (o.toolbarItems && o.toolbarItems.length) Toolbar(el('div', 'dx-popup-bottom', null, content), { items: o.toolbarItems });
    content.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape' && o.closeOnEscape !== false) { ev.stopPropagation(); self.hide(); }
      if (ev.key === 'Tab') trapTab(ev);
    });
    w.addEventListener('resize', function () { if (visible) position(); });
  }
  function focusables() {
    return Array.prototype.filter.call(content.querySelectorAll('[tabindex]:not([tabindex="-1"]),input:not([type=hidden]):not([disabled])'), function (x) {
      return x !== content && x.offsetParent !== null;
    });
  }
  function trapTab(ev) {
    var f = focusables(); if (!f.length) return;
    var first = f[0], last = f[f.length - 1];
    if (ev.shiftKey && (d.activeElement === first || d.activeElement === content)) { ev.preventDefault(); last.focus(); }
    else if (!ev.shiftKey && d.activeElement === last) { ev.preventDefault(); first.focus(); }
  }
  function position() {
    var cw = content.offsetWidth, ch = content.offsetHeight;
    content.style.left = Math.max(0, Math.round((w.innerWidth - cw) / 2)) + 'px';
    content.style.top = Math.max(0, Math.round((w.innerHeight - ch) / 2)) + 'px';
  }
  self.content = function () { if (!wrapper) render(); return pc; };
  self.show = function () {
    if (visible) return Promise.resolve();
    if (!wrapper) render();
    visible = true;
    lastFocus = d.activeElement;
    wrapper.style.zIndex = nextZ();
    viewport().appendChild(wrapper);
    position();
    if (o.onShowing) o.onShowing({ component: self });
    return new Promise(function (resolve) {
      animate(content, { opacity: '0', transform: 'scale(0.55)' }, { opacity: '1', transform: 'scale(1)' }, 300, function () {
        content.style.transform = '';
        if (!visible) return resolve();
        if (!content.contains(d.activeElement)) content.focus();
        if (o.onShown) o.onShown({ component: self });
        resolve();
      });
    });
  };
  self.hide = function () {
    if (!visible) return Promise.resolve();
    visible = false;
    if (o.onHiding) o.onHiding({ component: self });
    return new Promise(function (resolve) {
      animate(content, { opacity: '1', transform: 'scale(1)' }, { opacity: '0', transform: 'scale(0.55)' }, 300, function () {
        if (wrapper.parentNode) wrapper.parentNode.removeChild(wrapper);
        content.style.transform = ''; content.style.opacity = '';
        if (o.onHidden) o.onHidden({ component: self });
        if (lastFocus && lastFocus.focus && d.contains(lastFocus)) lastFocus.focus();
        resolve();
      });
    });
  };
  self.option = function (name, v) {
    if (name === 'title') { o.title = v; if (titleText) setText(titleText, v); }
    if (name === 'visible') return visible;
    return undefined;
  };
  self.repaint = function () { if (visible) position(); };
  return self;
}

/* ---------------- notify (dxToast) */
function notify(message, type, displayTime) {
  var opts = typeof message === 'object' ? message : { message: message, type: type, displayTime: displayTime };
  var t = opts.type || 'info';
  var wrapper = el('div', 'dx-overlay-wrapper dx-toast-wrapper');
  wrapper.style.zIndex = nextZ() + 9000;
  var content = el('div', 'dx-overlay-content dx-toast-' + t + ' dx-toast-content dx-resizable', null, wrapper);
  el('div', 'dx-toast-icon', null, content);
  setText(el('div', 'dx-toast-message', { role: 'alert' }, content), opts.message);
  viewport().appendChild(wrapper);
  animate(content, { opacity: '0' }, { opacity: '1' }, 400, function () {
    setTimeout(function () {
      animate(content, { opacity: '1' }, { opacity: '0' }, 400, function () { if (wrapper.parentNode) wrapper.parentNode.removeChild(wrapper); });
    }, opts.displayTime || 2000);
  });
}

/* ---------------- dialog.confirm / dialog.alert */
function customDialog(messageHtml, title, buttons) {
  return new Promise(function (resolve) {
    var done = false, popup;
    function finish(v) { if (done) return; done = true; popup.hide().then(function () { resolve(v); }); }
    popup = Popup(el('div', null, null, viewport()), {
      title: title, showCloseButton: false, width: 'auto', wrapperClass: 'dx-dialog dx-dialog-root dx-dialog-wrapper', contentClass: 'dx-dialog-content',
      contentTemplate: function (pc) { var m = el('div', 'dx-dialog-message', null, pc); m.innerHTML = messageHtml; },
      toolbarItems: buttons.map(function (b) {
        return { location: 'center', widget: 'dxButton', options: { text: b.text, type: b.type || 'normal', cssClass: 'dx-dialog-button', onClick: function () { finish(b.result); } } };
      }),
      onShown: function (ev) { var f = d.querySelector('.dx-dialog-root .dx-dialog-button'); if (f) f.focus(); },
      onHiding: function () { if (!done) { done = true; resolve(undefined); } }
    });
    popup.show();
  });
}
var dialog = {
  confirm: function (messageHtml, title) {
    return customDialog(messageHtml, title || 'Confirm changes', [{ text: 'Yes', result: true }, { text: 'No', result: false }]).then(function (r) { return !!r; });
  },
  alert: function (messageHtml, title) { return customDialog(messageHtml, title || 'Alert', [{ text: 'OK', result: true }]); }
};

/* ---------------- dxLoadPanel */
var loadPanel = (function () {
  var wrapper = null, content = null, count = 0;
  return {
    show: function () {
      count += 1;
      if (count > 1) return;
      if (!wrapper) {
        wrapper = el('div', 'dx-overlay-wrapper dx-loadpanel-wrapper dx-overlay-shader');
        content = el('div', 'dx-overlay-content dx-resizable dx-loadpanel-content', { role: 'alert', 'aria-label': 'Loading...' }, wrapper);
        var cw = el('div', 'dx-loadpanel-content-wrapper', null, content);
        var ind = el('div', 'dx-loadpanel-indicator dx-loadindicator dx-widget', null, cw);
        el('div', 'dx-loadindicator-icon', null, el('div', 'dx-loadindicator-content', null, el('div', 'dx-loadindicator-wrapper', null, ind)));
        setText(el('div', 'dx-loadpanel-message', null, cw), 'Loading...');
      }
      wrapper.style.zIndex = nextZ() + 5000;
      viewport().appendChild(wrapper);
      animate(content, { opacity: '0' }, { opacity: '1' }, 100);
    },
    hide: function () {
      count = Math.max(0, count - 1);
      if (count === 0 && wrapper && wrapper.parentNode) wrapper.parentNode.removeChild(wrapper);
    }
  };
})();

/* ---------------- dxForm */
var editorFactories = { dxTextBox: TextBox, dxRadioGroup: RadioGroup, dxSelectBox: SelectBox };
function Form(h, o) {
  var e = host(h);
  addCls(e, 'dx-form dx-widget' + (o.labelLocation === 'top' ? ' dx-form-labels-top' : ''));
  if (o.labelWidth) e.style.setProperty('--dx-form-label-width', o.labelWidth + 'px');
  var lm = el('div', 'dx-layout-manager dx-widget', null, e);
  var rb = el('div', 'dx-responsivebox-screen-lg dx-responsivebox dx-widget dx-visibility-change-handler dx-collection', null, lm);
  var box = el('div', 'dx-box-flex dx-box dx-widget dx-collection', null, rb);
  var top = o.labelLocation === 'top';
  var group = o.validationGroup || ('form-' + guid());
  var entries = [];
  var self = { element: e, validationGroup: group };
  (o.items || []).forEach(function (it) {
    var key = it.dataField || it.name;
    var boxItem = el('div', 'dx-item dx-box-item');
    var ic = el('div', 'dx-item-content dx-box-item-content', null, boxItem);
    var required = (it.validationRules || []).some(function (r) { return r.type === 'required'; });
    var fi = el('div', 'dx-field-item dx-col-0 dx-flex-layout ' + (top ? 'dx-label-v-align' : 'dx-label-h-align') + (required ? ' dx-field-item-required' : ' dx-field-item-optional') + (it.cssClass ? ' ' + it.cssClass : ''), null, ic);
    var inputId = 'dx_dx-' + guid() + '_' + key;
    if (it.label !== false) {
      var lab = el('label', 'dx-field-item-label dx-field-item-label-location-' + (top ? 'top' : 'left'), { for: inputId }, fi);
      var lc = el('span', 'dx-field-item-label-content', null, lab);
      setText(el('span', 'dx-field-item-label-text', null, lc), (it.label || key) + ':');
      if (required) setText(el('span', 'dx-field-item-required-mark', null, lc), '\u00a0*');
    }
    var content = el('div', 'dx-field-item-content dx-field-item-content-location-' + (top ? 'bottom' : 'right'), null, fi);
    var editor = null;
    if (it.editorType) {
      var opts = Object.assign({ inputId: inputId, required: required }, it.editorOptions || {});
      editor = editorFactories[it.editorType](el('div', null, null, content), opts);
      if (it.validationRules) Validator(editor, it.validationRules, group);
    } else if (it.template) it.template(content);
    if (it.helpText) setText(el('div', 'dx-field-item-help-text', null, content), it.helpText);
    var entry = { key: key, boxItem: boxItem, editor: editor, visible: it.visible !== false };
    if (editor && editor.validator) editor.validator.active = entry.visible;
    entries.push(entry);
  });
  function layout() {
    entries.forEach(function (en) {
      if (en.visible) box.appendChild(en.boxItem);
      else if (en.boxItem.parentNode) en.boxItem.parentNode.removeChild(en.boxItem);
    });
  }
  layout();
  self.getEditor = function (k) { var en = entries.find(function (x) { return x.key === k; }); return en ? en.editor : null; };
  self.itemOption = function (k, name, v) {
    var en = entries.find(function (x) { return x.key === k; }); if (!en || name !== 'visible') return;
    en.visible = !!v;
    if (en.editor && en.editor.validator) { en.editor.validator.active = en.visible; if (!en.visible) en.editor.validator.reset(); }
    layout();
  };
  self.validate = function () { return validationEngine.validateGroup(group); };
  self.resetValues = function () { entries.forEach(function (en) { if (en.editor) en.editor.reset(); }); };
  self.option = function (name) {
    if (name === 'formData') { var data = {}; entries.forEach(function (en) { if (en.editor) data[en.key] = en.editor.option('value'); }); return data; }
    return undefined;
  };
  return self;
}

/* ---------------- dxTreeView */
function TreeView(h, o) {
  var e = host(h);
  addCls(e, 'dx-treeview dx-widget dx-collection dx-treeview-without-checkbox');
  e.setAttribute('role', 'tree');
  e.tabIndex = 0;
  var sc = el('div', 'dx-scrollable dx-scrollview dx-visibility-change-handler dx-scrollable-vertical dx-scrollable-native dx-scrollable-native-generic', null, e);
  var svc = el('div', 'dx-scrollview-content', null, el('div', 'dx-scrollable-content', null, el('div', 'dx-scrollable-container', null, el('div', 'dx-scrollable-wrapper', null, sc))));
  var nodes = [];
  var focusedNode = null;
  var self = { element: e };
  function renderNodes(items, level, parent) {
    var ul = el('ul', 'dx-treeview-node-container' + (level > 1 ? ' dx-treeview-node-container-opened' : ''), level > 1 ? { role: 'group' } : null, parent);
    items.forEach(function (it) { renderNode(it, level, ul); });
    return ul;
  }
  function renderNode(it, level, ul) {
    var kids = it.items && it.items.length;
    var li = el('li', 'dx-treeview-node' + (kids ? '' : ' dx-treeview-node-is-leaf') + ' dx-treeview-item-without-checkbox', {
      'data-item-id': it.id, role: 'treeitem', 'aria-label': it.text, 'aria-level': level, 'aria-expanded': kids ? 'false' : null, 'aria-selected': 'false', id: 'dx-' + guid()
    }, ul);
    var node = { data: it, li: li, level: level, expanded: false, sub: null, toggle: null, item: null, parent: ul };
    if (kids) {
      node.toggle = el('div', 'dx-treeview-toggle-item-visibility', null, li);
      node.toggle.addEventListener('click', function (ev) { ev.stopPropagation(); setFocused(node); toggle(node); });
    }
    node.item = el('div', 'dx-item dx-treeview-item', null, li);
    var c = el('div', 'dx-item-content dx-treeview-item-content', null, node.item);
    if (it.icon) el('i', 'dx-icon dx-icon-' + it.icon, null, c);
    setText(el('span', null, null, c), it.text);
    node.item.addEventListener('mouseenter', function () { node.item.classList.add('dx-state-hover'); });
    node.item.addEventListener('mouseleave', function () { node.item.classList.remove('dx-state-hover'); });
    node.item.addEventListener('click', function (ev) { setFocused(node); itemClick(node, ev); });
    nodes.push(node);
  }
  function itemClick(node, ev) {
    if (node.data.items && node.data.items.length) toggle(node);
    if (o.onItemClick) o.onItemClick({ itemData: node.data, itemElement: node.item, event: ev, component: self });
  }
  function toggle(node, expand) {
    var want = expand === undefined ? !node.expanded : expand;
    if (want === node.expanded) return;
    node.expanded = want;
    node.li.setAttribute('aria-expanded', String(want));
    tc(node.toggle, 'dx-treeview-toggle-item-visibility-opened', want);
    if (want && !node.sub) { node.sub = renderNodes(node.data.items, node.level + 1, node.li); node.sub.classList.remove('dx-treeview-node-container-opened'); }
    var sub = node.sub;
    if (want) {
      sub.classList.add('dx-treeview-node-container-opened');
      var hgt = sub.scrollHeight;
      animate(sub, { maxHeight: '0px' }, { maxHeight: hgt + 'px' }, 400, function () { sub.style.maxHeight = ''; });
    } else {
      animate(sub, { maxHeight: sub.scrollHeight + 'px' }, { maxHeight: '0px' }, 400, function () {
        if (!node.expanded) sub.classList.remove('dx-treeview-node-container-opened');
        sub.style.maxHeight = '';
      });
    }
  }
  function visibleNodes() { return nodes.filter(function (n) { return n.li.offsetParent !== null; }).sort(function (a, b) { return a.li.compareDocumentPosition(b.li) & 4 ? -1 : 1; }); }
  function setFocused(node) {
    if (focusedNode) focusedNode.li.classList.remove('dx-state-focused');
    focusedNode = node;
    if (node) { node.li.classList.add('dx-state-focused'); e.setAttribute('aria-activedescendant', node.li.id); }
  }
  e.addEventListener('focus', function () { e.classList.add('dx-state-focused'); if (!focusedNode) setFocused(visibleNodes()[0]); });
  e.addEventListener('blur', function () { e.classList.remove('dx-state-focused'); });
  e.addEventListener('keydown', function (ev) {
    var list = visibleNodes(), i = list.indexOf(focusedNode);
    if (ev.key === 'ArrowDown') { ev.preventDefault(); setFocused(list[Math.min(list.length - 1, i + 1)]); }
    else if (ev.key === 'ArrowUp') { ev.preventDefault(); setFocused(list[Math.max(0, i - 1)]); }
    else if (ev.key === 'ArrowRight' && focusedNode && focusedNode.toggle) { ev.preventDefault(); toggle(focusedNode, true); }
    else if (ev.key === 'ArrowLeft' && focusedNode && focusedNode.toggle) { ev.preventDefault(); toggle(focusedNode, false); }
    else if ((ev.key === 'Enter' || ev.key === ' ') && focusedNode) { ev.preventDefault(); itemClick(focusedNode, ev); }
  });
  renderNodes(o.items || [], 1, svc);
  self.selectItem = function (id) {
    nodes.forEach(function (n) {
      var on = n.data.id === id;
      tc(n.item, 'dx-state-selected', on); n.li.setAttribute('aria-selected', String(on));
    });
  };
  return self;
}

/* ---------------- dxDataGrid (read-only list) */
function DataGrid(h, o) {
  var e = host(h);
  addCls(e, 'dx-widget dx-visibility-change-handler');
  var grid = el('div', 'dx-datagrid dx-gridbase-container', { role: 'grid', 'aria-label': o.ariaLabel || 'Data grid', 'aria-colcount': o.columns.length }, e);
  var headers = el('div', 'dx-datagrid-headers dx-datagrid-nowrap', { role: 'presentation' }, grid);
  var ht = el('table', 'dx-datagrid-table dx-datagrid-table-fixed', { role: 'presentation' }, el('div', 'dx-datagrid-content', null, headers));
  var colgroup = el('colgroup', null, null, ht);
  o.columns.forEach(function (c) { var col = el('col', null, null, colgroup); if (c.width) col.style.width = c.width + 'px'; });
  var hr = el('tr', 'dx-row dx-column-lines dx-header-row', { role: 'row' }, el('tbody', null, null, ht));
  o.columns.forEach(function (c, i) { setText(el('div', 'dx-datagrid-text-content', null, el('td', null, { role: 'columnheader', 'aria-colindex': i + 1 }, hr)), c.caption); });
  var rowsview = el('div', 'dx-datagrid-rowsview dx-datagrid-nowrap', { role: 'presentation' }, grid);
  function render(rows) {
    rowsview.innerHTML = '';
    grid.setAttribute('aria-rowcount', rows.length + 1);
    if (!rows.length) { setText(el('span', 'dx-datagrid-nodata', null, rowsview), o.noDataText || 'No data'); return; }
    var t = el('table', 'dx-datagrid-table dx-datagrid-table-fixed', { role: 'presentation' }, el('div', 'dx-datagrid-content', null, rowsview));
    var cg = el('colgroup', null, null, t);
    o.columns.forEach(function (c) { var col = el('col', null, null, cg); if (c.width) col.style.width = c.width + 'px'; });
    var tb = el('tbody', null, null, t);
    rows.forEach(function (r, ri) {
      var tr = el('tr', 'dx-row dx-data-row dx-column-lines', { role: 'row', 'aria-rowindex': ri + 2 }, tb);
      o.columns.forEach(function (c, i) { setText(el('td', null, { role: 'gridcell', 'aria-colindex': i + 1 }, tr), String(r[c.dataField] === undefined ? '' : r[c.dataField])); });
    });
  }
  render(o.dataSource || []);
  return { element: e, option: function (name, v) { if (name === 'dataSource') render(v || []); } };
}

/* ---------------- dxDrawer */
function Drawer(h, o) {
  var e = host(h);
  var panel = e.querySelector(o.panelSelector), contentEl = e.querySelector(o.contentSelector);
  addCls(e, 'dx-drawer dx-drawer-left dx-drawer-shrink dx-widget dx-visibility-change-handler' + (o.opened ? ' dx-drawer-opened' : ''));
  var wrapper = el('div', 'dx-drawer-wrapper', null, e);
  var pc = el('div', 'dx-drawer-panel-content', null, wrapper);
  var cc = el('div', 'dx-drawer-content', null, wrapper);
  addCls(panel, 'nav-inner');
  pc.appendChild(panel); cc.appendChild(contentEl);
  var opened = !!o.opened;
  pc.style.width = opened ? o.width + 'px' : '0px';
  return {
    element: e,
    toggle: function () { opened = !opened; tc(e, 'dx-drawer-opened', opened); pc.style.width = opened ? o.width + 'px' : '0px'; },
    option: function (name) { return name === 'opened' ? opened : undefined; }
  };
}

/* ---------------- $ and $.ajax */
function $(sel) { return typeof sel === 'string' ? d.querySelector(sel) : sel; }
$.ajax = function (opt) {
  return new Promise(function (resolve, reject) {
    var x = new XMLHttpRequest();
    x.open(opt.type || 'GET', opt.url, true);
    x.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    x.setRequestHeader('Accept', 'application/json, text/javascript, */*; q=0.01');
    if (opt.contentType) x.setRequestHeader('Content-Type', opt.contentType);
    if (opt.headers) { for (var k in opt.headers) x.setRequestHeader(k, opt.headers[k]); }
    x.onload = function () {
      var json = null;
      try { json = JSON.parse(x.responseText); } catch (err) { json = null; }
      if (x.status >= 200 && x.status < 300) resolve(json);
      else reject({ status: x.status, statusText: x.statusText, responseJSON: json });
    };
    x.onerror = function () { reject({ status: 0, statusText: 'error', responseJSON: null }); };
    x.send(opt.data);
  });
};

/* ---------------- app helpers */
var sessionGone = false;
function antiForgery() { var i = d.querySelector('input[name="__RequestVerificationToken"]'); return i ? i.value : ''; }
function post(url, data) {
  if (sessionGone) return new Promise(function () {});
  loadPanel.show();
  return $.ajax({
    url: url, type: 'POST', data: JSON.stringify(data || {}), contentType: 'application/json; charset=utf-8',
    dataType: 'json', headers: { RequestVerificationToken: antiForgery() }
  }).then(function (res) { loadPanel.hide(); return res; }, function (err) {
    loadPanel.hide();
    if (err.status === 401) {
      sessionGone = true;
      var j = err.responseJSON || {};
      notify(j.message || 'Your session has expired. Please login again.', 'warning', 3000);
      setTimeout(function () { w.location.href = j.redirectUrl || '/Account/Login?ReturnUrl=%2FHome%2FMainMenu'; }, 1500);
      return new Promise(function () {});
    }
    notify((err.responseJSON && err.responseJSON.message) || 'An error occurred while processing your request. Please try again.', 'error', 3000);
    throw err;
  });
}

w.$ = $;
w.DevExpress = {
  ui: { notify: notify, dialog: dialog, dxButton: Button, dxTextBox: TextBox, dxRadioGroup: RadioGroup, dxSelectBox: SelectBox, dxPopup: Popup, dxToolbar: Toolbar, dxForm: Form, dxTreeView: TreeView, dxDataGrid: DataGrid, dxDrawer: Drawer, dxLoadPanel: loadPanel },
  validationEngine: validationEngine,
  version: '23.2.5'
};
w.App = { post: post, el: el, setText: setText, guid: guid };
})(window, document);
`;

/* ------------------------------------------------------------------ page scripts (client) */

const HOME_SCRIPT = `(function () {
'use strict';
var cfg = window.__pageConfig, DX = DevExpress.ui, el = App.el, setText = App.setText;
var step = 'login', loginForm = null, otpForm = null, captchaImg = null;

DX.dxToolbar('#headerToolbar', { items: [
  { location: 'before', template: function (c) { var b = el('div', 'app-brand', null, c); b.innerHTML = window.__logo + '<div>e-Invoice System<small>Goods and Services Tax</small></div>'; } },
  { location: 'after', widget: 'dxButton', options: { text: 'Home', stylingMode: 'text', onClick: function () { window.location.href = '/'; } } },
  { location: 'after', widget: 'dxButton', options: { text: 'Login', type: 'default', elementAttr: { id: 'btnLogin' }, onClick: function () { popup.show(); } } }
] });

var popup = DX.dxPopup('#loginPopup', {
  title: 'Login', width: 440, height: 'auto', showCloseButton: true,
  contentTemplate: function (pc) { renderLogin(pc); },
  onShown: function (e) {
    var active = document.activeElement;
    if (active && active.classList.contains('dx-texteditor-input')) return;
    var ed = step === 'login' ? loginForm.getEditor('userName') : otpForm.getEditor('otp');
    if (ed) ed.focus();
  }
});

function renderLogin(pc) {
  pc.innerHTML = '';
  step = 'login';
  DevExpress.validationEngine.removeGroup('login');
  if (cfg.expired) setText(el('div', 'login-alert', { role: 'alert' }, pc), 'Your session has expired. Please login again.');
  loginForm = DX.dxForm(el('div', null, null, pc), { labelLocation: 'top', validationGroup: 'login', items: [
    { dataField: 'userName', label: 'User Name', editorType: 'dxTextBox', editorOptions: { placeholder: 'Enter User Name', maxLength: 15, name: 'UserLogin.UserName' },
      validationRules: [{ type: 'required', message: 'User Name is required' }] },
    { dataField: 'password', label: 'Password', editorType: 'dxTextBox', editorOptions: { mode: 'password', placeholder: 'Enter Password', name: 'UserLogin.Password' },
      validationRules: [{ type: 'required', message: 'Password is required' }] },
    { name: 'captchaImage', label: 'Captcha', template: function (c) {
      var box = el('div', 'captcha-box', null, c);
      captchaImg = el('img', null, { src: cfg.captchaImage, alt: 'Captcha', width: 170, height: 54 }, box);
      DX.dxButton(el('div', null, null, box), { icon: 'refresh', stylingMode: 'outlined', hint: 'Refresh Captcha', onClick: refreshCaptcha });
    } },
    { dataField: 'captcha', label: 'Enter Captcha', editorType: 'dxTextBox', editorOptions: { placeholder: 'Enter the characters shown in the image', maxLength: 5, name: 'CaptchaCode', onEnterKey: doLogin },
      validationRules: [{ type: 'required', message: 'Captcha is required' }] }
  ] });
  DX.dxButton(el('div', null, null, pc), { text: 'Login', type: 'default', width: '100%', onClick: doLogin });
}

function refreshCaptcha() {
  return App.post('/Account/RefreshCaptcha').then(function (res) { if (captchaImg && res && res.image) captchaImg.src = res.image; });
}

function doLogin() {
  var r = loginForm.validate();
  if (!r.isValid) { r.brokenRules[0].validator.focus(); return; }
  var data = loginForm.option('formData');
  App.post('/Account/Login', { userName: data.userName, password: data.password, captcha: data.captcha }).then(function (res) {
    if (res.success) { renderOtp(res.message); return; }
    DX.notify(res.message, 'error', 3000);
    var cap = loginForm.getEditor('captcha'), pwd = loginForm.getEditor('password');
    cap.option('value', '');
    if (res.field === 'login') pwd.option('value', '');
    refreshCaptcha().then(function () { (res.field === 'login' ? pwd : cap).focus(); });
  });
}

function renderOtp(message) {
  var pc = popup.content();
  pc.innerHTML = '';
  step = 'otp';
  popup.option('title', 'Verify OTP');
  DevExpress.validationEngine.removeGroup('loginOtp');
  var info = setText(el('div', 'otp-info', null, pc), message);
  otpForm = DX.dxForm(el('div', null, null, pc), { labelLocation: 'top', validationGroup: 'loginOtp', items: [
    { dataField: 'otp', label: 'Enter OTP', editorType: 'dxTextBox', editorOptions: { mask: '000000', maskChar: '_', name: 'otp', onEnterKey: verifyOtp },
      validationRules: [{ type: 'required', message: 'OTP is required' }, { type: 'pattern', pattern: /^[0-9]{6}$/, message: 'Enter the 6 digit OTP' }] }
  ] });
  var row = el('div', 'form-buttons', { style: 'padding-left:0' }, pc);
  DX.dxButton(el('div', null, null, row), { text: 'Verify OTP', type: 'default', onClick: verifyOtp });
  DX.dxButton(el('div', null, null, row), { text: 'Resend OTP', type: 'default', stylingMode: 'text', onClick: function () {
    App.post('/Account/ResendOtp').then(function (res) { setText(info, res.message); DX.notify(res.message, 'info', 3000); });
  } });
  popup.repaint();
  otpForm.getEditor('otp').focus();
}

function verifyOtp() {
  var r = otpForm.validate();
  if (!r.isValid) { r.brokenRules[0].validator.focus(); return; }
  App.post('/Account/VerifyOtp', { otp: otpForm.getEditor('otp').option('value') }).then(function (res) {
    if (res.success) { window.location.href = res.redirectUrl; return; }
    DX.notify(res.message, 'error', 3000);
    var ed = otpForm.getEditor('otp');
    ed.option('value', '');
    ed.validator.reset();
    ed.focus();
  });
}

if (cfg.expired) DX.notify('Your session has expired. Please login again.', 'warning', 3000);
if (cfg.openLogin) popup.show();
})();
`;

const MAIN_SCRIPT = String.raw`(function () {
'use strict';
var cfg = window.__pageConfig, DX = DevExpress.ui, el = App.el, setText = App.setText;
var drawer = null, viewSeq = 0;
var viewEl = document.getElementById('view');
function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }

DX.dxToolbar('#headerToolbar', { items: [
  { location: 'before', widget: 'dxButton', options: { icon: 'menu', stylingMode: 'text', ariaLabel: 'menu', onClick: function () { drawer.toggle(); } } },
  { location: 'before', template: function (c) { var b = el('div', 'app-brand', null, c); b.innerHTML = window.__logo + '<div>e-Invoice System<small>Goods and Services Tax</small></div>'; } },
  { location: 'after', template: function (c) { setText(el('div', 'header-text', null, c), 'GSTIN: ' + cfg.gstin); } },
  { location: 'after', template: function (c) { setText(el('div', 'header-text', null, c), cfg.userName + ' | ' + cfg.legalName); } },
  { location: 'after', widget: 'dxButton', options: { text: 'Logout', icon: 'runner', stylingMode: 'outlined', onClick: function () {
    App.post('/Account/Logout').then(function (res) { window.location.href = res.redirectUrl || '/'; });
  } } }
] });

var menu = [
  { id: 'dashboard', text: 'Dashboard', icon: 'home', path: 'dashboard' },
  { id: 'einvoice', text: 'e-Invoice', icon: 'doc', items: [
    { id: 'generate', text: 'Generate IRN', path: 'einvoice/generate' },
    { id: 'cancel', text: 'Cancel IRN', path: 'einvoice/cancel' },
    { id: 'print', text: 'Print e-Invoice', path: 'einvoice/print' }] },
  { id: 'bulk', text: 'Bulk Upload', icon: 'upload', items: [
    { id: 'bulkgen', text: 'Bulk Generation', path: 'bulk/generation' },
    { id: 'bulkcancel', text: 'Bulk Cancellation', path: 'bulk/cancellation' }] },
  { id: 'mis', text: 'MIS Reports', icon: 'chart', items: [
    { id: 'misreport', text: 'e-Invoice Report', path: 'mis/einvoice-report' },
    { id: 'missummary', text: 'Summary Report', path: 'mis/summary-report' }] },
  { id: 'apireg', text: 'API Registration', icon: 'key', items: [
    { id: 'usercred', text: 'User Credentials', items: [
      { id: 'createapiuser', text: 'Create API User', path: 'api-registration/create-api-user' },
      { id: 'changeapipwd', text: 'Change API Password', path: 'api-registration/change-api-password' },
      { id: 'freezeapiuser', text: 'Freeze API User', path: 'api-registration/freeze-api-user' }] },
    { id: 'ipwhitelist', text: 'IP Whitelisting', path: 'api-registration/ip-whitelisting' }] },
  { id: 'usermgmt', text: 'User Management', icon: 'group', items: [
    { id: 'createsub', text: 'Create Sub-User', path: 'user-management/create-sub-user' },
    { id: 'freezesub', text: 'Freeze Sub-User', path: 'user-management/freeze-sub-user' }] }
];

var tree = DX.dxTreeView('#navigation', { items: menu, onItemClick: function (e) {
  if (!e.itemData.path) return;
  var target = '#/' + e.itemData.path;
  if (window.location.hash === target) route(); else window.location.hash = target;
} });
drawer = DX.dxDrawer('#drawer', { opened: true, width: 260, panelSelector: '.nav-panel', contentSelector: '.app-content' });

function findByPath(items, p) {
  for (var i = 0; i < items.length; i++) {
    if (items[i].path === p) return items[i];
    if (items[i].items) { var f = findByPath(items[i].items, p); if (f) return f; }
  }
  return null;
}

function route() {
  var p = (window.location.hash || '').replace(/^#\/?/, '') || 'dashboard';
  viewSeq += 1;
  viewEl.innerHTML = '';
  var node = findByPath(menu, p);
  tree.selectItem(node ? node.id : null);
  if (p === 'dashboard') renderDashboard();
  else if (p === 'api-registration/create-api-user') renderCreateApiUser(viewSeq);
  else renderPlaceholder(node ? node.text : 'Page not found');
}

function renderDashboard() {
  document.title = 'Dash Board - e-Invoice System';
  setText(el('h2', 'content-title', null, viewEl), 'Dash Board');
  var cards = el('div', 'dashboard-cards', null, viewEl);
  [['Generations', '1,284'], ['Cancelled', '37'], ['GSTIN', cfg.gstin], ['Legal Name', cfg.legalName]].forEach(function (c) {
    var card = el('div', 'dx-card dash-card', null, cards);
    setText(el('div', 'dash-caption', null, card), c[0]);
    setText(el('div', 'dash-value', null, card), c[1]);
  });
}

function renderPlaceholder(title) {
  document.title = title + ' - e-Invoice System';
  setText(el('h2', 'content-title', null, viewEl), title);
  setText(el('div', 'dx-card responsive-paddings', null, viewEl), 'No data to display.');
}

function renderCreateApiUser(seq) {
  document.title = 'Create API User - e-Invoice System';
  setText(el('h2', 'content-title', null, viewEl), 'API Registration');
  var card = el('div', 'dx-card responsive-paddings', null, viewEl);
  setText(el('div', 'card-subtitle', null, card), 'Create API User');
  var info = setText(el('div', 'otp-info', null, card), 'Sending OTP to your registered mobile number ' + cfg.mobile + '...');
  DevExpress.validationEngine.removeGroup('apiOtp');
  var form = DX.dxForm(el('div', null, null, card), { labelLocation: 'left', labelWidth: 200, validationGroup: 'apiOtp', items: [
    { name: 'gstin', label: 'GSTIN', template: function (c) { setText(el('div', 'form-static', null, c), cfg.gstin); } },
    { dataField: 'otp', label: 'Enter OTP', editorType: 'dxTextBox', editorOptions: { mask: '000000', maskChar: '_', width: 260, onEnterKey: verify },
      validationRules: [{ type: 'required', message: 'OTP is required' }, { type: 'pattern', pattern: /^[0-9]{6}$/, message: 'Enter the 6 digit OTP' }] }
  ] });
  var row = el('div', 'form-buttons', { style: '--dx-form-label-width:200px' }, card);
  DX.dxButton(el('div', null, null, row), { text: 'Verify OTP', type: 'default', onClick: verify });
  DX.dxButton(el('div', null, null, row), { text: 'Resend OTP', type: 'default', stylingMode: 'text', onClick: send });
  function send() {
    App.post('/ApiRegistration/SendOtp').then(function (res) {
      if (seq !== viewSeq) return;
      setText(info, res.message + ' Enter the OTP below and click Verify OTP.');
      DX.notify(res.message, 'success', 3000);
    });
  }
  function verify() {
    var r = form.validate();
    if (!r.isValid) { r.brokenRules[0].validator.focus(); return; }
    App.post('/ApiRegistration/VerifyOtp', { otp: form.getEditor('otp').option('value') }).then(function (res) {
      if (seq !== viewSeq) return;
      if (!res.success) {
        DX.notify(res.message, 'error', 3000);
        var ed = form.getEditor('otp');
        ed.option('value', '');
        ed.validator.reset();
        ed.focus();
        return;
      }
      renderRegistration(card, res, seq);
    });
  }
  send();
}

var MODES = ['Directly', 'Through GSP', 'Through ERP', 'Through Client-Id of other'];
var NOTES = {
  'Directly': 'Direct API access with your own Client Id and Client Secret is given only to taxpayers whose aggregate turnover is above the notified limit. Your GSTIN is not eligible for this option.',
  'Through ERP': 'Registration through ERP is not enabled for your GSTIN.',
  'Through Client-Id of other': 'Registration through the Client-Id of another taxpayer is not enabled for your GSTIN.'
};

function renderRegistration(card, res, seq) {
  card.innerHTML = '';
  setText(el('div', 'card-subtitle', null, card), 'Create API User');
  DevExpress.validationEngine.removeGroup('apiReg');
  var note = null, form = null;
  var gspFields = ['gsp', 'userName', 'password', 'confirmPassword'];
  function modeChanged(e) {
    var viaGsp = e.value === 'Through GSP';
    gspFields.forEach(function (f) { form.itemOption(f, 'visible', viaGsp); });
    form.itemOption('modeNote', 'visible', !viaGsp && !!e.value);
    if (note) setText(note, NOTES[e.value] || '');
  }
  form = DX.dxForm(el('div', null, null, card), { labelLocation: 'left', labelWidth: 290, validationGroup: 'apiReg', items: [
    { name: 'gstin', label: 'GSTIN', template: function (c) { setText(el('div', 'form-static', null, c), res.gstin || cfg.gstin); } },
    { dataField: 'mode', label: 'Do you wish to Register your GSTIN for', editorType: 'dxRadioGroup',
      editorOptions: { items: MODES, layout: 'horizontal', onValueChanged: modeChanged },
      validationRules: [{ type: 'required', message: 'Please select how you wish to register your GSTIN' }] },
    { name: 'modeNote', label: false, visible: false, cssClass: 'no-label-indent', template: function (c) { note = el('div', 'mode-note', { role: 'note' }, c); } },
    { dataField: 'gsp', label: 'Select your GSP', visible: false, editorType: 'dxSelectBox',
      editorOptions: { items: cfg.gsps, searchEnabled: true, placeholder: 'Select...', name: 'gsp', width: 420 },
      validationRules: [{ type: 'required', message: 'Please select your GSP' }] },
    { dataField: 'userName', label: 'User Name', visible: false, editorType: 'dxTextBox',
      editorOptions: { before: { text: 'API_', stylingMode: 'text', focusStateEnabled: false, cssClass: 'dx-prefix-button' }, placeholder: 'Enter user name', maxLength: 15, width: 420 },
      helpText: '6 to 15 letters or digits. Your API user name will be API_ followed by what you type here.',
      validationRules: [{ type: 'required', message: 'User Name is required' }, { type: 'pattern', pattern: /^[A-Za-z0-9]{6,15}$/, message: 'User Name must be 6 to 15 letters or digits' }] },
    { dataField: 'password', label: 'Password', visible: false, editorType: 'dxTextBox',
      editorOptions: { mode: 'password', placeholder: 'Enter password', maxLength: 15, width: 420 },
      helpText: '8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
      validationRules: [{ type: 'required', message: 'Password is required' },
        { type: 'pattern', pattern: /^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,15}$/, message: 'Password does not meet the password policy' }] },
    { dataField: 'confirmPassword', label: 'Re-enter Password', visible: false, editorType: 'dxTextBox',
      editorOptions: { mode: 'password', placeholder: 'Re-enter password', maxLength: 15, width: 420 },
      validationRules: [{ type: 'required', message: 'Re-enter Password is required' },
        { type: 'compare', comparisonTarget: function () { return form.getEditor('password').option('value'); }, message: 'Password and Re-enter Password do not match' }] }
  ] });
  var row = el('div', 'form-buttons', { style: '--dx-form-label-width:290px' }, card);
  DX.dxButton(el('div', null, null, row), { text: 'Submit', type: 'default', onClick: submit });
  DX.dxButton(el('div', null, null, row), { text: 'Exit', onClick: function () { window.location.hash = '#/dashboard'; } });
  var sec = el('div', 'reg-section', null, card);
  setText(el('h3', null, null, sec), 'GSPs registered for your GSTIN');
  var grid = DX.dxDataGrid(el('div', null, null, sec), {
    ariaLabel: 'GSPs registered for your GSTIN', noDataText: 'No GSP registered for your GSTIN',
    columns: [{ dataField: 'sno', caption: 'S.No.', width: 70 }, { dataField: 'gsp', caption: 'GSP Name' },
      { dataField: 'username', caption: 'User Name', width: 220 }, { dataField: 'createdOn', caption: 'Created On', width: 170 }],
    dataSource: res.registrations || []
  });

  function submit() {
    var r = form.validate();
    if (!r.isValid) { r.brokenRules[0].validator.focus(); return; }
    var data = form.option('formData');
    if (data.mode !== 'Through GSP') { DX.notify(NOTES[data.mode] || 'Please select how you wish to register your GSTIN', 'error', 3000); return; }
    var uname = 'API_' + data.userName;
    DX.dialog.confirm('Do you want to register the API user <b>' + esc(uname) + '</b> for the GSP <b>' + esc(data.gsp) + '</b>?', 'Confirm').then(function (ok) {
      if (!ok) return;
      App.post('/ApiRegistration/CreateApiUser', {
        mode: data.mode, gsp: data.gsp, userName: data.userName, password: data.password, confirmPassword: data.confirmPassword
      }).then(function (res2) {
        if (seq !== viewSeq) return;
        if (!res2.success) { DX.notify(res2.message, 'error', 3000); return; }
        DX.notify(res2.message, 'success', 3000);
        grid.option('dataSource', res2.registrations);
        gspFields.forEach(function (f) { form.getEditor(f).reset(); });
      });
    });
  }
}

window.addEventListener('hashchange', route);
route();

if (cfg.showNotice) {
  var notice = DX.dxPopup('#noticePopup', {
    title: 'Contacts of Technical Person', width: 560, height: 'auto', showCloseButton: true,
    contentTemplate: function (pc) {
      setText(el('p', 'notice-text', null, pc), 'Please keep the details of the technical person of your organisation up to date. NIC will contact this person for issues in API integration and e-invoice generation.');
      DX.dxForm(el('div', null, null, pc), { labelLocation: 'left', labelWidth: 110, items: [
        { dataField: 'techName', label: 'Name', editorType: 'dxTextBox', editorOptions: { value: 'Prakash Kulkarni', readOnly: true } },
        { dataField: 'techMobile', label: 'Mobile', editorType: 'dxTextBox', editorOptions: { value: '98******21', readOnly: true } },
        { dataField: 'techEmail', label: 'E-mail', editorType: 'dxTextBox', editorOptions: { value: 'it.support@sahyadriauto.in', readOnly: true } }
      ] });
    },
    toolbarItems: [{ location: 'after', widget: 'dxButton', options: { text: 'OK', type: 'default', onClick: function () { notice.hide(); } } }]
  });
  setTimeout(function () { notice.show(); }, 300);
}
})();
`;
