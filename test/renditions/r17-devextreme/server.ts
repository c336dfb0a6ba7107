/**
 * Rendition r17-devextreme: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2019-2024 ASP.NET Core MVC portal built on
 * DevExtreme 21-23 (jQuery widgets, generic.light theme) would draw it. The pages are Razor-style: the
 * server writes empty `<div id>` hosts followed by the inline scripts DevExtreme.AspNet.Mvc emits
 * (`DevExpress.utils.readyCallbacks.add((function($){$("#id").dxTextBox({...})}).bind(this, jQuery))`),
 * and a small hand-written runtime (`/lib/devextreme/js/dx.all.js`, a mini jQuery + the widgets) draws the
 * DOM DevExtreme draws: `div.dx-widget` everywhere, DIV buttons, text boxes whose ids sit on the host div
 * (not on the input), a dxTreeView menu in a dxDrawer, dxPopup / dialog / toast / load panel overlays
 * appended to `body.dx-viewport`, dxValidator + dxValidationSummary, a dxRadioGroup without inputs, a
 * searchable dxSelectBox whose list is a popup appended to body, and a dxDataGrid. No library files, no
 * icon font (icons are CSS), no network.
 *
 * Choices made where the docs are silent:
 * - URLs: `/` is a landing page with a header dxButton "Login" (`#btnLogin`) going to `/Account/Login`.
 *   The login is a real `<form method="post">` (ASP.NET Core Identity style): fields `UserLogin.UserName`,
 *   `UserLogin.Password`, `CaptchaCode` and `__RequestVerificationToken`; the captcha is an SVG from
 *   `/get-captcha-image` (`img#captcha_image`, fresh noise each load, compared case-insensitively) with a
 *   refresh icon button. Captcha is checked first, then the credentials (username case-insensitive).
 *   Refusals re-render the page with a red `div.validation-summary-errors` ("Invalid Captcha. Please enter
 *   the characters shown in the image." / "Invalid Login Credentials. Please check your User Name and
 *   Password."). The 2FA step is `/Account/LoginWith2fa` (`#txtOtp` host, "Verify OTP"); a wrong OTP is
 *   "Invalid OTP. Please enter the correct OTP sent to your registered mobile number.".
 * - Signed in: `/Home/MainMenu` ("Dash Board", cards "Generations" / "Cancelled" filled by
 *   `GET /api/Dashboard/Summary`), then, on the first dashboard of a session, the dxPopup "Contacts of
 *   Technical Person" (name, mobile, e-mail read-only; bottom "OK", title close ×) fades in over 300 ms.
 * - Menu: dxTreeView (expandEvent click, 300 ms slide, children drawn on first expand): Dash Board;
 *   e-Invoice; API Registration → User Credentials → Create API User / View API Users, IP Whitelisting,
 *   Freeze API User, Change API Password; MIS Reports; User Management. Leaves other than Dash Board and
 *   Create API User are placeholder pages with an empty grid. Create API User is
 *   `/ApiRegistration/CreateApiUser`.
 * - API OTP: panel "API Registration", button "Send OTP" (`POST /api/ApiRegistration/SendOtp`), then a
 *   password-mode dxTextBox "Enter OTP" (aria-label "OTP") and "Verify OTP"
 *   (`POST /api/ApiRegistration/VerifyOtp`). Wrong: error toast "Invalid OTP. Please enter the correct
 *   OTP." (3 s) and the editor marked invalid; retries unlimited.
 * - Form: "Do you wish to Register your GSTIN for" dxRadioGroup (Directly, Through GSP, Through ERP,
 *   Through Client-Id of other; none chosen at first). Only Through GSP shows "Select your GSP" (searchable
 *   dxSelectBox, 24 names, hidden input `GspId`), "User Name" (an `API_` text button before the input),
 *   "Password", "Re-enter Password"; the others show a note and disable Submit. Rules: user name 3-20
 *   letters, digits or `_`; password 8-15 with upper, lower, digit and special. "Submit" validates (red
 *   borders + dxValidationSummary) then asks `DevExpress.ui.dialog.confirm('Are you sure you want to
 *   create the API user?')` Yes / No; "Exit" goes to the dashboard.
 * - After Submit: duplicate (GSTIN already registered with that GSP: a display-only TERA SOFTWARE row or
 *   any user made here) and username-taken (API_admin, API_test, API_demo or any made here) come back as
 *   `dialog.alert`s. Success: green toast "API user created successfully.", a persistent success text, the
 *   form hidden and the dxDataGrid "GSPs registered for GSTIN ..." refreshed.
 * - Sessions: cookie `.AspNetCore.Session` naming server-side state. A page GET without a signed-in session
 *   is a 302 to `/Account/Login?ReturnUrl=...`. AJAX calls carry the `RequestVerificationToken` header;
 *   without a live session they get 401, which `$.ajaxSetup({statusCode:{401}})` in site.js turns into
 *   `dialog.alert('Your session has expired. Please login again.', 'Session Expired')`; its OK goes to
 *   `/Account/Login?ReturnUrl=...&expired=1`, which shows a red `div.validation-summary-errors`
 *   "Session expired.". Every API call is shown under a shaded dxLoadPanel and answers after ~150 ms.
 * - expireOnce: the first request of that stage (SendOtp, VerifyOtp, or CreateApiUser) deletes the server
 *   session first, so it answers 401 like any lost session.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type DevextremeR17Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface DevextremeR17Options {
  expireOnce?: DevextremeR17Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface DevextremeR17State {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: { gstin: string; gsp: string; username: string; password: string; createdOn: string }[];
  refusals: string[];
  expired: string[];
}
export interface DevextremeR17Rendition {
  url: string;
  close(): Promise<void>;
  state: DevextremeR17State;
}
export const DEVEXTREME_R17_LOGIN: { username: string; password: string } = {
  username: 'dxtaxpayer27',
  password: 'Portal@Dx2024',
};

const GSPS: string[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'BVM IT Consulting Services India Private Limited',
  'Botree Software International Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'KPMG Global Services Private Limited',
  'Karvy Data Management Services Limited',
  'Masters India Private Limited',
  'Mastek Limited',
  'Reliance Corporate IT Park Limited',
  'SAG Infotech Private Limited',
  'Sify Technologies Limited',
  'TATA CONSULTANCY SERVICES LIMITED',
  'Tally ( India) Private Ltd',
  'Taxilla IT Solutions Private Limited',
  'TERA SOFTWARE LIMITED',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
];
const GSP_ITEMS = GSPS.map((name, i) => ({ GspId: `GSP${String(i + 101).padStart(4, '0')}`, GspName: name }));
const TAKEN_USERNAMES = ['API_admin', 'API_test', 'API_demo'];
const EARLIER = {
  gsp: 'TERA SOFTWARE LIMITED',
  username: 'API_tera27',
  createdOn: '2021-08-12T11:42:10.000Z',
};
const MOBILE_MASKED = 'XXXXXX7310';
const LEGAL_NAME = 'UNIVERSAL FABRICATORS LLP';
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USERNAME_RULE = /^[A-Za-z0-9_]{3,20}$/;

interface Session {
  id: string;
  token: string;
  stage: 'anon' | '2fa' | 'auth';
  userName: string;
  returnUrl: string;
  techContactPending: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
}

interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  session: Session | undefined;
  body: Record<string, string>;
  json: Record<string, unknown>;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function token(): string {
  return `CfDJ8${randomBytes(48).toString('base64url')}`;
}

function cookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function localReturnUrl(value: string | null | undefined): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '';
}

export async function startDevextremeR17Rendition(
  options: DevextremeR17Options = {},
): Promise<DevextremeR17Rendition> {
  const state: DevextremeR17State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  let pendingExpiry: DevextremeR17Expiry | undefined = options.expireOnce;
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();

  function newSession(res: ServerResponse): Session {
    const session: Session = {
      id: randomBytes(24).toString('hex'),
      token: token(),
      stage: 'anon',
      userName: '',
      returnUrl: '',
      techContactPending: false,
      apiOtpSent: false,
      apiOtpVerified: false,
    };
    sessions.set(session.id, session);
    res.setHeader('Set-Cookie', [
      `.AspNetCore.Session=${session.id}; path=/; samesite=lax; httponly`,
      `.AspNetCore.Antiforgery.kX9wQ2rT=${token().slice(0, 60)}; path=/; samesite=strict; httponly`,
    ]);
    return session;
  }

  function send(ctx: Ctx, status: number, type: string, body: string, headers: Record<string, string> = {}) {
    ctx.res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-cache, no-store',
      'X-Frame-Options': 'SAMEORIGIN',
      ...headers,
    });
    ctx.res.end(body);
  }
  const html = (ctx: Ctx, body: string, status = 200) => send(ctx, status, 'text/html; charset=utf-8', body);
  const json = (ctx: Ctx, status: number, body: unknown) =>
    send(ctx, status, 'application/json; charset=utf-8', JSON.stringify(body));
  const redirect = (ctx: Ctx, location: string) => {
    ctx.res.writeHead(302, { Location: location, 'Cache-Control': 'no-cache' });
    ctx.res.end();
  };

  /** The stage's first request finds its session gone: deleted here, answered 401 by the caller. */
  function expireIfDue(ctx: Ctx, stage: DevextremeR17Expiry): boolean {
    if (pendingExpiry !== stage) return false;
    pendingExpiry = undefined;
    if (ctx.session) sessions.delete(ctx.session.id);
    ctx.session = undefined;
    state.expired.push(stage);
    return true;
  }

  function apiGuard(ctx: Ctx, stage?: DevextremeR17Expiry): Session | undefined {
    if (stage && expireIfDue(ctx, stage)) {
      send(ctx, 401, 'text/plain', '');
      return undefined;
    }
    const session = ctx.session;
    if (session?.stage !== 'auth') {
      send(ctx, 401, 'text/plain', '');
      return undefined;
    }
    if (ctx.req.headers.requestverificationtoken !== session.token) {
      json(ctx, 400, { message: 'The antiforgery token could not be validated.' });
      return undefined;
    }
    return session;
  }

  function pageGuard(ctx: Ctx): Session | undefined {
    const session = ctx.session;
    if (session?.stage !== 'auth') {
      redirect(ctx, `/Account/Login?ReturnUrl=${encodeURIComponent(ctx.url.pathname)}`);
      return undefined;
    }
    return session;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const sid = cookies(req)['.AspNetCore.Session'];
    const ctx: Ctx = { req, res, url, session: sid ? sessions.get(sid) : undefined, body: {}, json: {} };
    if (req.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks).toString('utf8');
      if ((req.headers['content-type'] ?? '').includes('application/json')) {
        try {
          ctx.json = (JSON.parse(raw || '{}') ?? {}) as Record<string, unknown>;
        } catch {
          ctx.json = {};
        }
      } else {
        ctx.body = Object.fromEntries(new URLSearchParams(raw));
      }
    }
    const route = `${req.method} ${url.pathname.toLowerCase()}`;
    switch (route) {
      case 'GET /lib/devextreme/css/dx.light.css':
        return send(ctx, 200, 'text/css; charset=utf-8', DX_CSS, { 'Cache-Control': 'max-age=600' });
      case 'GET /css/site.css':
        return send(ctx, 200, 'text/css; charset=utf-8', SITE_CSS, { 'Cache-Control': 'max-age=600' });
      case 'GET /lib/devextreme/js/dx.all.js':
        return send(ctx, 200, 'text/javascript; charset=utf-8', DX_RUNTIME, {
          'Cache-Control': 'max-age=600',
        });
      case 'GET /js/site.js':
        return send(ctx, 200, 'text/javascript; charset=utf-8', SITE_JS, { 'Cache-Control': 'max-age=600' });
      case 'GET /':
      case 'GET /home/index':
        return html(ctx, homePage(ctx.session?.stage === 'auth'));
      case 'GET /get-captcha-image':
        return send(ctx, 200, 'image/svg+xml', captchaSvg(state.captcha));
      case 'GET /account/login':
        return getLogin(ctx);
      case 'POST /account/login':
        return postLogin(ctx);
      case 'GET /account/loginwith2fa':
        return getTwoFactor(ctx);
      case 'POST /account/loginwith2fa':
        return postTwoFactor(ctx);
      case 'GET /account/logout':
      case 'POST /account/logout':
        if (ctx.session) sessions.delete(ctx.session.id);
        return redirect(ctx, '/Account/Login');
      case 'GET /home/mainmenu': {
        const session = pageGuard(ctx);
        if (session) html(ctx, dashboardPage(session, state));
        return;
      }
      case 'GET /apiregistration/createapiuser': {
        const session = pageGuard(ctx);
        if (session) html(ctx, createApiUserPage(session, state));
        return;
      }
      default:
        break;
    }
    if (req.method === 'GET' && PLACEHOLDERS[url.pathname.toLowerCase()]) {
      const session = pageGuard(ctx);
      if (session) html(ctx, placeholderPage(session, state, url.pathname));
      return;
    }
    if (url.pathname.toLowerCase().startsWith('/api/')) return api(ctx, route);
    html(ctx, notFoundPage(), 404);
  }

  function getLogin(ctx: Ctx) {
    const returnUrl = localReturnUrl(ctx.url.searchParams.get('ReturnUrl'));
    const expired = ctx.url.searchParams.get('expired') === '1';
    if (ctx.session?.stage === 'auth' && !expired) return redirect(ctx, returnUrl || '/Home/MainMenu');
    let session = ctx.session;
    if (!session || expired) {
      if (session) sessions.delete(session.id);
      session = newSession(ctx.res);
    }
    session.stage = 'anon';
    html(ctx, loginPage(session, { returnUrl, errors: expired ? ['Session expired.'] : [], userName: '' }));
  }

  function postLogin(ctx: Ctx) {
    const returnUrl = localReturnUrl(ctx.url.searchParams.get('ReturnUrl') ?? ctx.body.ReturnUrl);
    const session = ctx.session;
    if (!session) {
      const fresh = newSession(ctx.res);
      return html(
        ctx,
        loginPage(fresh, {
          returnUrl,
          errors: ['Your session has timed out. Please login again.'],
          userName: '',
        }),
      );
    }
    if (ctx.body.__RequestVerificationToken !== session.token) return html(ctx, badRequestPage(), 400);
    const userName = (ctx.body['UserLogin.UserName'] ?? '').trim();
    const password = ctx.body['UserLogin.Password'] ?? '';
    const captcha = (ctx.body.CaptchaCode ?? '').trim();
    const render = (errors: string[]) => html(ctx, loginPage(session, { returnUrl, errors, userName }));
    const missing: string[] = [];
    if (!userName) missing.push('The User Name field is required.');
    if (!password) missing.push('The Password field is required.');
    if (!captcha) missing.push('The Captcha field is required.');
    if (missing.length > 0) return render(missing);
    if (captcha.toUpperCase() !== state.captcha.toUpperCase()) {
      state.refusals.push('captcha');
      return render(['Invalid Captcha. Please enter the characters shown in the image.']);
    }
    if (
      userName.toLowerCase() !== DEVEXTREME_R17_LOGIN.username.toLowerCase() ||
      password !== DEVEXTREME_R17_LOGIN.password
    ) {
      state.refusals.push('login');
      return render(['Invalid Login Credentials. Please check your User Name and Password.']);
    }
    session.stage = '2fa';
    session.userName = DEVEXTREME_R17_LOGIN.username;
    session.returnUrl = returnUrl;
    redirect(ctx, '/Account/LoginWith2fa');
  }

  function getTwoFactor(ctx: Ctx) {
    const session = ctx.session;
    if (session?.stage !== '2fa') return redirect(ctx, '/Account/Login');
    html(ctx, twoFactorPage(session, []));
  }

  function postTwoFactor(ctx: Ctx) {
    const session = ctx.session;
    if (session?.stage !== '2fa') return redirect(ctx, '/Account/Login');
    if (ctx.body.__RequestVerificationToken !== session.token) return html(ctx, badRequestPage(), 400);
    const code = (ctx.body.TwoFactorCode ?? '').trim();
    if (!code) return html(ctx, twoFactorPage(session, ['The OTP field is required.']));
    if (code !== state.loginOtp) {
      state.refusals.push('login-otp');
      return html(
        ctx,
        twoFactorPage(session, [
          'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
        ]),
      );
    }
    session.stage = 'auth';
    session.techContactPending = true;
    redirect(ctx, session.returnUrl || '/Home/MainMenu');
  }

  function registrations() {
    const rows = [
      { gstin: state.gstin, gsp: EARLIER.gsp, username: EARLIER.username, createdOn: EARLIER.createdOn },
      ...state.users.filter((user) => user.gstin === state.gstin),
    ];
    return rows.map((row, i) => ({
      SNo: i + 1,
      GspName: row.gsp,
      ApiUserName: row.username,
      CreatedOn: formatDate(row.createdOn),
      Status: 'Active',
    }));
  }

  async function api(ctx: Ctx, route: string): Promise<void> {
    const body = ctx.json;
    switch (route) {
      case 'GET /api/dashboard/summary': {
        const session = apiGuard(ctx);
        if (!session) return;
        await delay(250);
        json(ctx, 200, {
          gstin: state.gstin,
          legalName: LEGAL_NAME,
          generations: 1287,
          cancelled: 14,
          lastLogin: formatDate(new Date(Date.now() - 86_400_000 * 3).toISOString()),
          showTechContact: session.techContactPending,
          techContact: { name: 'Rahul Deshmukh', mobile: 'XXXXXX4421', email: 'ra****@universalfab.in' },
        });
        return;
      }
      case 'POST /api/dashboard/acknowledgecontact': {
        const session = apiGuard(ctx);
        if (!session) return;
        session.techContactPending = false;
        json(ctx, 200, { success: true });
        return;
      }
      case 'POST /api/apiregistration/sendotp': {
        const session = apiGuard(ctx, 'api-otp-send');
        if (!session) return;
        await delay(150);
        session.apiOtpSent = true;
        session.apiOtpVerified = false;
        json(ctx, 200, {
          success: true,
          mobile: MOBILE_MASKED,
          message: `OTP has been sent to your registered mobile number ${MOBILE_MASKED}.`,
        });
        return;
      }
      case 'POST /api/apiregistration/verifyotp': {
        const session = apiGuard(ctx, 'api-otp-verify');
        if (!session) return;
        await delay(150);
        if (!session.apiOtpSent) return json(ctx, 400, { message: 'Please click Send OTP to get the OTP.' });
        const otp = String(body.Otp ?? '').trim();
        if (otp !== state.apiOtp) {
          state.refusals.push('api-otp');
          return json(ctx, 400, { message: 'Invalid OTP. Please enter the correct OTP.' });
        }
        session.apiOtpVerified = true;
        json(ctx, 200, {
          success: true,
          message: 'OTP verified successfully.',
          registrations: registrations(),
        });
        return;
      }
      case 'GET /api/apiregistration/registeredgsps': {
        if (!apiGuard(ctx)) return;
        json(ctx, 200, registrations());
        return;
      }
      case 'POST /api/apiregistration/createapiuser': {
        const session = apiGuard(ctx, 'submit');
        if (!session) return;
        await delay(150);
        if (!session.apiOtpVerified) return json(ctx, 400, { message: 'Please verify the OTP first.' });
        if (body.RegistrationType !== 'GSP')
          return json(ctx, 400, { message: 'This registration type is not enabled for your GSTIN.' });
        const gsp = GSP_ITEMS.find((item) => item.GspId === body.GspId);
        if (!gsp) return json(ctx, 400, { message: 'Select your GSP is required.' });
        const typed = String(body.UserName ?? '').trim();
        const password = String(body.Password ?? '');
        if (!USERNAME_RULE.test(typed))
          return json(ctx, 400, { message: 'User Name must be 3 to 20 letters, digits or underscores.' });
        if (!PASSWORD_RULE.test(password)) return json(ctx, 400, { message: PASSWORD_MESSAGE });
        if (password !== String(body.ConfirmPassword ?? ''))
          return json(ctx, 400, { message: 'Password and Re-enter Password do not match.' });
        const username = `API_${typed}`;
        const registered =
          gsp.GspName === EARLIER.gsp ||
          state.users.some((user) => user.gstin === state.gstin && user.gsp === gsp.GspName);
        if (registered) {
          state.refusals.push('duplicate');
          return json(ctx, 409, {
            title: 'Already Registered',
            message: `GSTIN ${state.gstin} is already registered with ${gsp.GspName}. Use Change API Password to change the password of its API user.`,
          });
        }
        const taken = [...TAKEN_USERNAMES, EARLIER.username, ...state.users.map((user) => user.username)];
        if (taken.some((name) => name.toLowerCase() === username.toLowerCase())) {
          state.refusals.push('username-taken');
          return json(ctx, 409, {
            title: 'User Name Not Available',
            message: `The User Name ${username} is already in use. Please choose a different User Name.`,
          });
        }
        state.users.push({
          gstin: state.gstin,
          gsp: gsp.GspName,
          username,
          password,
          createdOn: new Date().toISOString(),
        });
        json(ctx, 200, {
          success: true,
          userName: username,
          gspName: gsp.GspName,
          message: `API user ${username} has been created successfully for ${gsp.GspName}.`,
          registrations: registrations(),
        });
        return;
      }
      default:
        json(ctx, 404, { message: 'Not Found' });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('An unhandled exception occurred while processing the request.');
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
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      }),
  };
}

const PASSWORD_MESSAGE =
  'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.';

function formatDate(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function captchaSvg(text: string): string {
  const rnd = (min: number, max: number) => min + Math.random() * (max - min);
  const colors = ['#1d3f72', '#6b1f1f', '#1f5e2e', '#4b2a6b', '#7a4b00'];
  let noise = '';
  for (let i = 0; i < 7; i++)
    noise += `<path d="M${rnd(0, 40).toFixed(1)} ${rnd(0, 50).toFixed(1)} Q${rnd(40, 110).toFixed(1)} ${rnd(0, 50).toFixed(1)} ${rnd(110, 160).toFixed(1)} ${rnd(0, 50).toFixed(1)}" stroke="${colors[i % colors.length]}" stroke-opacity="0.45" fill="none" stroke-width="${rnd(0.8, 1.8).toFixed(1)}"/>`;
  for (let i = 0; i < 40; i++)
    noise += `<circle cx="${rnd(0, 160).toFixed(1)}" cy="${rnd(0, 50).toFixed(1)}" r="${rnd(0.5, 1.6).toFixed(1)}" fill="#555" fill-opacity="0.5"/>`;
  const glyphs = [...text]
    .map((ch, i) => {
      const x = 18 + i * 27 + rnd(-3, 3);
      const y = 34 + rnd(-4, 4);
      const rot = rnd(-22, 22).toFixed(1);
      return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${rot} ${x.toFixed(1)} ${y.toFixed(1)})" font-family="Georgia, serif" font-size="${rnd(24, 29).toFixed(0)}" font-weight="bold" fill="${colors[i % colors.length]}">${esc(ch)}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="50" viewBox="0 0 160 50"><rect width="160" height="50" fill="#eef3f8"/>${noise}${glyphs}</svg>`;
}

/* ---------------------------------------------------------------------------------------------------
 * dx.all.js: a hand-written stand-in for jQuery + DevExtreme 22.2 (generic.light). No backticks and no
 * dollar-brace sequences in these strings: they are raw template literals.
 * ------------------------------------------------------------------------------------------------- */
const DX_CORE = `/*! DevExtreme (dx.all.js) Version: 22.2.6 | (c) Developer Express Inc. (stand-in) */
(function (window, document) {
  'use strict';
  var DevExpress = (window.DevExpress = { ui: {}, utils: {}, fx: {}, data: {}, version: '22.2.6' });
  var uidCounter = 0;
  var zCounter = 1500;
  function guid() {
    uidCounter++;
    return 'dx-' + Math.random().toString(16).slice(2, 10) + '-' + (4096 + uidCounter).toString(16) + '-' + Math.random().toString(16).slice(2, 6);
  }
  function assign(target) {
    for (var i = 1; i < arguments.length; i++) {
      var source = arguments[i];
      if (source) for (var k in source) target[k] = source[k];
    }
    return target;
  }
  function h(tag, cls, attrs) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    if (attrs) for (var k in attrs) if (attrs[k] != null) el.setAttribute(k, attrs[k]);
    for (var i = 3; i < arguments.length; i++) {
      var child = arguments[i];
      if (child == null || child === false) continue;
      el.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
    return el;
  }
  function toggleClass(el, cls, on) { el.classList.toggle(cls, !!on); }
  function viewport() { return document.querySelector('.dx-viewport') || document.body; }
  function px(v) { return typeof v === 'number' ? v + 'px' : v; }
  function fade(el, from, to, ms, done) {
    el.style.transition = 'none';
    el.style.opacity = String(from);
    void el.offsetWidth;
    el.style.transition = 'opacity ' + ms + 'ms linear';
    el.style.opacity = String(to);
    setTimeout(function () {
      el.style.transition = '';
      if (done) done();
    }, ms);
  }
  DevExpress.fx = { fade: fade };

  /* ready callbacks (what DevExtreme.AspNet.Mvc's inline scripts use) */
  var readyList = [];
  var isReady = document.readyState !== 'loading';
  DevExpress.utils.readyCallbacks = {
    add: function (fn) { if (isReady) fn(); else readyList.push(fn); },
  };
  document.addEventListener('DOMContentLoaded', function () {
    isReady = true;
    while (readyList.length) {
      var fn = readyList.shift();
      try { fn(); } catch (e) { console.error(e); }
    }
  });

  /* jQuery.Deferred, enough of it */
  function Deferred() {
    var state = null, args = [], callbacks = [];
    function run(cb) { if (cb.type === state || cb.type === 'always') cb.fn.apply(null, args); }
    function settle(s, a) {
      if (state) return;
      state = s;
      args = Array.prototype.slice.call(a);
      callbacks.splice(0).forEach(run);
    }
    function add(type, fn) { var cb = { type: type, fn: fn }; if (state) run(cb); else callbacks.push(cb); }
    var promise = {
      done: function (fn) { add('done', fn); return promise; },
      fail: function (fn) { add('fail', fn); return promise; },
      always: function (fn) { add('always', fn); return promise; },
      state: function () { return state === 'done' ? 'resolved' : state === 'fail' ? 'rejected' : 'pending'; },
      then: function (ok, ko) {
        return new Promise(function (resolve, reject) {
          add('done', function (v) { resolve(v); });
          add('fail', function (v) { reject(v); });
        }).then(ok, ko);
      },
    };
    return {
      resolve: function () { settle('done', arguments); return this; },
      reject: function () { settle('fail', arguments); return this; },
      promise: function () { return promise; },
    };
  }

  /* jQuery, enough of it */
  function Q(nodes) {
    this.length = 0;
    for (var i = 0; i < nodes.length; i++) if (nodes[i]) this[this.length++] = nodes[i];
  }
  function jQuery(selector) {
    if (typeof selector === 'function') { DevExpress.utils.readyCallbacks.add(selector); return new Q([document]); }
    if (selector instanceof Q) return selector;
    if (typeof selector === 'string') {
      var s = selector.trim();
      if (s.charAt(0) === '<') {
        var t = document.createElement('template');
        t.innerHTML = s;
        return new Q(Array.prototype.slice.call(t.content.childNodes));
      }
      return new Q(Array.prototype.slice.call(document.querySelectorAll(s)));
    }
    if (selector && (selector.nodeType || selector === window)) return new Q([selector]);
    return new Q([]);
  }
  jQuery.fn = Q.prototype;
  Q.prototype.each = function (fn) { for (var i = 0; i < this.length; i++) fn.call(this[i], i, this[i]); return this; };
  Q.prototype.get = function (i) { return this[i || 0]; };
  Q.prototype.show = function () { return this.each(function () { this.style.display = ''; }); };
  Q.prototype.hide = function () { return this.each(function () { this.style.display = 'none'; }); };
  Q.prototype.toggle = function (on) { return this.each(function () { this.style.display = on ? '' : 'none'; }); };
  Q.prototype.is = function (sel) { return !!this[0] && (sel === ':visible' ? this[0].offsetParent !== null : this[0].matches(sel)); };
  Q.prototype.text = function (t) {
    if (t === undefined) return this[0] ? this[0].textContent : '';
    return this.each(function () { this.textContent = t; });
  };
  Q.prototype.html = function (t) {
    if (t === undefined) return this[0] ? this[0].innerHTML : '';
    return this.each(function () { this.innerHTML = t; });
  };
  Q.prototype.val = function (v) {
    if (v === undefined) return this[0] ? this[0].value : undefined;
    return this.each(function () { this.value = v; });
  };
  Q.prototype.attr = function (n, v) {
    if (v === undefined) return this[0] ? this[0].getAttribute(n) : undefined;
    return this.each(function () { this.setAttribute(n, v); });
  };
  Q.prototype.addClass = function (c) { return this.each(function () { this.classList.add.apply(this.classList, c.split(' ')); }); };
  Q.prototype.removeClass = function (c) { return this.each(function () { this.classList.remove.apply(this.classList, c.split(' ')); }); };
  Q.prototype.toggleClass = function (c, on) { return this.each(function () { this.classList.toggle(c, on); }); };
  Q.prototype.on = function (ev, fn) { return this.each(function () { var el = this; ev.split(' ').forEach(function (e) { el.addEventListener(e, fn); }); }); };
  Q.prototype.find = function (sel) {
    var out = [];
    this.each(function () { out = out.concat(Array.prototype.slice.call(this.querySelectorAll(sel))); });
    return new Q(out);
  };
  Q.prototype.append = function (child) {
    return this.each(function () { var el = this; jQuery(child).each(function () { el.appendChild(this); }); });
  };
  Q.prototype.empty = function () { return this.each(function () { this.innerHTML = ''; }); };
  jQuery.extend = assign;
  jQuery.Deferred = Deferred;
  jQuery.ajaxSettings = { headers: {}, statusCode: {} };
  jQuery.ajaxSetup = function (o) {
    if (o.headers) assign(jQuery.ajaxSettings.headers, o.headers);
    if (o.statusCode) assign(jQuery.ajaxSettings.statusCode, o.statusCode);
  };
  jQuery.ajax = function (o) {
    var d = Deferred();
    var headers = assign({ 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json, text/javascript, */*; q=0.01' }, jQuery.ajaxSettings.headers, o.headers);
    if (o.contentType) headers['Content-Type'] = o.contentType;
    var method = (o.type || o.method || 'GET').toUpperCase();
    fetch(o.url, { method: method, headers: headers, body: method === 'GET' ? undefined : o.data, credentials: 'same-origin' }).then(
      function (r) {
        return r.text().then(function (text) {
          var xhr = { status: r.status, statusText: r.statusText, responseText: text, responseJSON: undefined };
          try { xhr.responseJSON = text ? JSON.parse(text) : undefined; } catch (e) { xhr.responseJSON = undefined; }
          var handler = (o.statusCode && o.statusCode[r.status]) || jQuery.ajaxSettings.statusCode[r.status];
          if (handler) handler(xhr);
          if (r.ok) d.resolve(xhr.responseJSON, 'success', xhr);
          else d.reject(xhr, 'error', r.statusText);
        });
      },
      function (err) { d.reject({ status: 0, statusText: 'error', responseText: '' }, 'error', String(err)); },
    );
    return d.promise();
  };
  jQuery.getJSON = function (url) { return jQuery.ajax({ url: url }); };
  window.jQuery = window.$ = jQuery;

  /* components */
  function registerComponent(name, Ctor) {
    Ctor.NAME = name;
    DevExpress.ui[name] = Ctor;
    Ctor.getInstance = function (el) {
      el = el && el.nodeType ? el : el && el[0];
      return el && el.__dx ? el.__dx[name] : undefined;
    };
    Q.prototype[name] = function (opts) {
      var args = Array.prototype.slice.call(arguments, 1);
      var result = this;
      this.each(function () {
        var inst = this.__dx && this.__dx[name];
        if (opts === 'instance') { result = inst; return; }
        if (typeof opts === 'string') { result = inst[opts].apply(inst, args); return; }
        if (inst) inst.option(opts || {});
        else new Ctor(this, opts || {});
      });
      return result;
    };
  }
  function hoverStates(el, widget) {
    el.addEventListener('mouseenter', function () { if (!widget.opts.disabled && widget.opts.hoverStateEnabled !== false) el.classList.add('dx-state-hover'); });
    el.addEventListener('mouseleave', function () { el.classList.remove('dx-state-hover', 'dx-state-active'); });
    el.addEventListener('pointerdown', function () { if (!widget.opts.disabled && widget.opts.activeStateEnabled !== false) el.classList.add('dx-state-active'); });
    document.addEventListener('pointerup', function () { el.classList.remove('dx-state-active'); });
  }
  function focusStates(root, target, widget) {
    target.addEventListener('focus', function () {
      if (widget.opts.focusStateEnabled !== false) root.classList.add('dx-state-focused');
      widget._action('onFocusIn', {});
    });
    target.addEventListener('blur', function () {
      root.classList.remove('dx-state-focused');
      widget._action('onFocusOut', {});
    });
  }

  class Widget {
    constructor(el, opts) {
      this.el = el;
      this._validators = [];
      this.opts = assign({}, this._defaults(), opts);
      (el.__dx = el.__dx || {})[this.constructor.NAME] = this;
      this._userClass = el.className;
      this._init();
      this._render();
      this._action('onInitialized', {});
      this._action('onContentReady', {});
    }
    _defaults() {
      return { disabled: false, visible: true, elementAttr: {}, width: undefined, hoverStateEnabled: true, focusStateEnabled: true, activeStateEnabled: true };
    }
    _init() {}
    _render() {}
    element() { return this.el; }
    option(name, value) {
      if (typeof name === 'string' && arguments.length < 2) return this.opts[name];
      var changes = {};
      if (typeof name === 'string') changes[name] = value;
      else changes = name || {};
      for (var k in changes) {
        var prev = this.opts[k];
        this.opts[k] = changes[k];
        this._optionChanged(k, changes[k], prev);
      }
    }
    _optionChanged() { this._render(); }
    _action(name, e) {
      var fn = this.opts[name];
      if (typeof fn === 'function') return fn(assign({ component: this, element: this.el }, e));
    }
    _applyCommon(classes) {
      var el = this.el, o = this.opts;
      var keep = ['dx-state-focused', 'dx-state-hover', 'dx-state-active', 'dx-dropdowneditor-active'].filter(function (c) { return el.classList.contains(c); });
      el.className = [this._userClass, o.elementAttr && o.elementAttr.class]
        .concat(classes, ['dx-widget', o.disabled ? 'dx-state-disabled' : '', o.visible === false ? 'dx-state-invisible' : ''], keep)
        .filter(Boolean)
        .join(' ');
      if (o.elementAttr) for (var k in o.elementAttr) if (k !== 'class') el.setAttribute(k, o.elementAttr[k]);
      if (o.width !== undefined) el.style.width = px(o.width);
      if (o.disabled) el.setAttribute('aria-disabled', 'true');
      else el.removeAttribute('aria-disabled');
    }
    dispose() { if (this.el.__dx) delete this.el.__dx[this.constructor.NAME]; }
  }
`;

const DX_EDITORS = String.raw`
  /* dxButton */
  class Button extends Widget {
    _defaults() {
      return assign(super._defaults(), { text: '', icon: '', type: 'normal', stylingMode: 'contained', useSubmitBehavior: false, validationGroup: undefined, hint: undefined, tabIndex: 0 });
    }
    _init() {
      var self = this, el = this.el;
      hoverStates(el, this);
      focusStates(el, el, this);
      el.addEventListener('click', function (ev) {
        if (self.opts.disabled) { ev.preventDefault(); return; }
        if (ev.target === self._submitInput) return;
        self._click(ev);
      });
      el.addEventListener('keydown', function (ev) {
        if (self.opts.disabled) return;
        if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); self._click(ev); }
      });
    }
    _click(ev) {
      var group = validationEngine.getGroupConfig(this.opts.validationGroup);
      this._action('onClick', { event: ev, validationGroup: group });
      if (this.opts.useSubmitBehavior && this._submitInput) this._submitInput.click();
    }
    _render() {
      var o = this.opts, el = this.el, self = this;
      this._applyCommon(['dx-button', 'dx-button-mode-' + o.stylingMode, 'dx-button-' + o.type, o.text ? 'dx-button-has-text' : '', o.icon ? 'dx-button-has-icon' : '']);
      el.setAttribute('role', 'button');
      if (o.disabled || o.focusStateEnabled === false) el.removeAttribute('tabindex');
      else el.setAttribute('tabindex', String(o.tabIndex));
      el.setAttribute('aria-label', o.text || o.icon || '');
      if (o.hint) el.setAttribute('title', o.hint);
      el.innerHTML = '';
      var content = h('div', 'dx-button-content');
      if (o.icon) content.appendChild(h('i', 'dx-icon dx-icon-' + o.icon));
      if (o.text) content.appendChild(h('span', 'dx-button-text', null, o.text));
      this._submitInput = null;
      if (o.useSubmitBehavior) {
        this._submitInput = h('input', 'dx-button-submit-input', { type: 'submit', tabindex: '-1' });
        this._submitInput.addEventListener('click', function (ev) {
          var result = validationEngine.validateGroup(self.opts.validationGroup);
          if (!result.isValid) ev.preventDefault();
        });
        content.appendChild(this._submitInput);
      }
      el.appendChild(content);
    }
    focus() { this.el.focus(); }
  }
  registerComponent('dxButton', Button);

  /* dxTextBox */
  class TextBox extends Widget {
    _defaults() {
      return assign(super._defaults(), { value: '', mode: 'text', placeholder: '', name: '', inputAttr: {}, readOnly: false, maxLength: null, buttons: null, valueChangeEvent: 'change', isValid: true, validationError: null, stylingMode: 'outlined', tabIndex: 0 });
    }
    _init() {
      var self = this, o = this.opts, el = this.el;
      this._isEditor = true;
      el.innerHTML = '';
      this._input = h('input', 'dx-texteditor-input', { autocomplete: 'off', type: o.mode === 'password' ? 'password' : 'text', spellcheck: 'false', tabindex: String(o.tabIndex) });
      this._placeholder = h('div', 'dx-placeholder');
      var container = h('div', 'dx-texteditor-container');
      var before = this._renderButtons('before');
      if (before) container.appendChild(before);
      container.appendChild(h('div', 'dx-texteditor-input-container', null, this._input, this._placeholder));
      container.appendChild(this._renderButtons('after') || h('div', 'dx-texteditor-buttons-container'));
      el.appendChild(container);
      this._input.value = o.value == null ? '' : String(o.value);
      var input = this._input;
      function events() { return String(self.opts.valueChangeEvent || 'change').split(/\s+/); }
      input.addEventListener('input', function (ev) {
        self._refreshEmpty();
        self._action('onInput', { event: ev });
        if (events().indexOf('input') >= 0) self._setValue(input.value, ev);
      });
      input.addEventListener('change', function (ev) {
        if (events().indexOf('change') >= 0) self._setValue(input.value, ev);
        self._action('onChange', { event: ev });
      });
      input.addEventListener('keyup', function (ev) {
        if (events().indexOf('keyup') >= 0) self._setValue(input.value, ev);
        self._action('onKeyUp', { event: ev });
        if (ev.key === 'Enter') self._action('onEnterKey', { event: ev });
      });
      input.addEventListener('keydown', function (ev) { self._action('onKeyDown', { event: ev }); });
      focusStates(el, input, this);
      hoverStates(el, this);
    }
    _renderButtons(location) {
      var list = (this.opts.buttons || []).filter(function (b) { return (b.location || 'after') === location; });
      if (!list.length) return null;
      var box = h('div', 'dx-texteditor-buttons-container');
      list.forEach(function (b) {
        var node = h('div');
        box.appendChild(node);
        new Button(node, assign({ stylingMode: 'text' }, b.options));
      });
      return box;
    }
    _setValue(v, ev) {
      var prev = this.opts.value;
      if (prev === v) return;
      this.opts.value = v;
      this._refreshEmpty();
      this._action('onValueChanged', { value: v, previousValue: prev, event: ev });
      this._validators.forEach(function (validator) { validator.validate(); });
    }
    _optionChanged(name, value, prev) {
      if (name === 'value') {
        this._input.value = value == null ? '' : String(value);
        this._refreshEmpty();
        if (prev !== value) this._action('onValueChanged', { value: value, previousValue: prev });
        return;
      }
      if (name === 'isValid' || name === 'validationError') return this._renderValidationState();
      this._render();
    }
    _render() {
      var o = this.opts, input = this._input;
      this._applyCommon(['dx-show-invalid-badge', 'dx-textbox', 'dx-texteditor', 'dx-editor-' + o.stylingMode, o.readOnly ? 'dx-state-readonly' : '', (o.buttons || []).some(function (b) { return b.location === 'before'; }) ? 'dx-texteditor-with-before-buttons' : '']);
      input.type = o.mode === 'password' ? 'password' : 'text';
      if (o.name) input.setAttribute('name', o.name);
      for (var k in o.inputAttr || {}) input.setAttribute(k, o.inputAttr[k]);
      if (o.maxLength) input.setAttribute('maxlength', String(o.maxLength));
      input.readOnly = !!o.readOnly;
      input.disabled = !!o.disabled;
      if (o.readOnly) input.setAttribute('aria-readonly', 'true');
      this._placeholder.setAttribute('data-dx_placeholder', o.placeholder || '');
      this._refreshEmpty();
      this._renderValidationState();
    }
    _refreshEmpty() {
      var empty = this._input.value === '';
      toggleClass(this.el, 'dx-texteditor-empty', empty);
      toggleClass(this._placeholder, 'dx-state-invisible', !empty || !this.opts.placeholder);
    }
    _renderValidationState() { renderValidationState(this, this._input); }
    focus() { this._input.focus(); }
    blur() { this._input.blur(); }
    reset() { this.option({ value: '', isValid: true, validationError: null }); }
  }
  function renderValidationState(widget, input) {
    var o = widget.opts, el = widget.el, invalid = o.isValid === false;
    toggleClass(el, 'dx-invalid', invalid);
    if (input) input.setAttribute('aria-invalid', invalid ? 'true' : 'false');
    if (widget._message) { widget._message.remove(); widget._message = null; if (input) input.removeAttribute('aria-describedby'); }
    if (invalid && o.validationError && o.validationError.message) {
      var id = guid();
      widget._message = h('div', 'dx-overlay-wrapper dx-invalid-message dx-invalid-message-auto', null, h('div', 'dx-overlay-content', { id: id }, o.validationError.message));
      el.appendChild(widget._message);
      if (input) input.setAttribute('aria-describedby', id);
    }
  }
  registerComponent('dxTextBox', TextBox);

  /* validation */
  var groups = {};
  function groupOf(name) {
    name = name || '__default';
    if (!groups[name]) {
      groups[name] = {
        name: name, validators: [], summaries: [],
        validate: function () { return validationEngine.validateGroup(name); },
        reset: function () { return validationEngine.resetGroup(name); },
      };
    }
    return groups[name];
  }
  var validationEngine = (DevExpress.validationEngine = {
    validateGroup: function (name) {
      var g = groupOf(name);
      var result = { isValid: true, brokenRules: [], validators: g.validators.slice(), status: 'valid' };
      g.validators.forEach(function (v) {
        var r = v.validate();
        if (!r.isValid) { result.isValid = false; result.brokenRules.push(r.brokenRule); }
      });
      result.brokenRule = result.brokenRules[0];
      result.status = result.isValid ? 'valid' : 'invalid';
      g.summaries.forEach(function (s) { s._refresh(true); });
      return result;
    },
    resetGroup: function (name) {
      var g = groupOf(name);
      g.validators.forEach(function (v) { v.reset(); });
      g.summaries.forEach(function (s) { s._refresh(true); });
    },
    getGroupConfig: function (name) { return groupOf(name); },
  });
  function isEmptyValue(v) { return v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && !v.length); }
  function checkRule(rule, value) {
    switch (rule.type) {
      case 'required': return !isEmptyValue(value);
      case 'pattern':
        if (isEmptyValue(value)) return true;
        return (typeof rule.pattern === 'string' ? new RegExp(rule.pattern) : rule.pattern).test(String(value));
      case 'stringLength': {
        if (isEmptyValue(value) && rule.ignoreEmptyValue !== false) return true;
        var len = String(value == null ? '' : value).length;
        return (rule.min == null || len >= rule.min) && (rule.max == null || len <= rule.max);
      }
      case 'compare':
        if (isEmptyValue(value) && rule.ignoreEmptyValue) return true;
        return value === rule.comparisonTarget();
      case 'custom': return !!rule.validationCallback({ value: value, rule: rule });
      default: return true;
    }
  }
  var defaultMessages = {
    required: ['{0} is required', 'Required'],
    pattern: ['{0} does not match pattern', 'Value does not match pattern'],
    compare: ["'{0}' does not match", 'Values do not match'],
    stringLength: ['The length of {0} is not correct', 'The length of the value is not correct'],
    custom: ['{0} is invalid', 'Value is invalid'],
  };
  function ruleMessage(rule, name) {
    if (rule.message) return rule.message;
    var m = defaultMessages[rule.type] || defaultMessages.custom;
    return name ? m[0].replace('{0}', name) : m[1];
  }
  class Validator extends Widget {
    _defaults() { return { validationRules: [], validationGroup: undefined, name: '' }; }
    _init() {
      this._group = groupOf(this.opts.validationGroup);
      this._group.validators.push(this);
      this._broken = null;
      var editor = this._editor();
      if (editor) editor._validators.push(this);
    }
    _render() { this.el.classList.add('dx-validator'); }
    _editor() {
      var all = this.el.__dx || {};
      for (var k in all) if (all[k] !== this && all[k]._isEditor) return all[k];
      return undefined;
    }
    validate() {
      var editor = this._editor(), value = editor ? editor.option('value') : undefined;
      var rules = this.opts.validationRules || [], broken = null;
      for (var i = 0; i < rules.length && !broken; i++) {
        if (!checkRule(rules[i], value)) broken = { type: rules[i].type, message: ruleMessage(rules[i], this.opts.name), validator: this };
      }
      this._broken = broken;
      if (editor) editor.option({ isValid: !broken, validationError: broken ? { message: broken.message } : null });
      this._group.summaries.forEach(function (s) { s._refresh(false); });
      return { isValid: !broken, brokenRule: broken, validator: this, value: value };
    }
    reset() {
      this._broken = null;
      var editor = this._editor();
      if (editor) editor.option({ isValid: true, validationError: null });
    }
    focus() { var editor = this._editor(); if (editor) editor.focus(); }
  }
  registerComponent('dxValidator', Validator);
  class ValidationSummary extends Widget {
    _defaults() { return assign(super._defaults(), { validationGroup: undefined }); }
    _init() { this._items = []; groupOf(this.opts.validationGroup).summaries.push(this); }
    _refresh(full) {
      if (full) this._items = groupOf(this.opts.validationGroup).validators.filter(function (v) { return v._broken; });
      else this._items = this._items.filter(function (v) { return v._broken; });
      this._render();
    }
    _render() {
      var el = this.el;
      this._applyCommon(['dx-validationsummary', 'dx-collection']);
      el.innerHTML = '';
      this._items.forEach(function (v) {
        var item = h('div', 'dx-item dx-validationsummary-item', null, h('div', 'dx-item-content dx-validationsummary-item-content', null, v._broken.message));
        item.addEventListener('click', function () { v.focus(); });
        el.appendChild(item);
      });
    }
  }
  registerComponent('dxValidationSummary', ValidationSummary);

  /* dxScrollable (simulated strategy: overflow hidden, wheel and scrollTop) */
  function makeScrollable(extraClass) {
    var content = h('div', 'dx-scrollview-content');
    var container = h('div', 'dx-scrollable-container', { tabindex: '-1' }, h('div', 'dx-scrollable-content', null, content));
    var thumb = h('div', 'dx-scrollable-scroll dx-state-invisible', null, h('div', 'dx-scrollable-scroll-content'));
    var bar = h('div', 'dx-scrollable-scrollbar dx-widget dx-scrollbar-vertical dx-scrollbar-hoverable', null, thumb);
    var root = h('div', 'dx-scrollable dx-scrollview dx-visibility-change-handler dx-scrollable-vertical dx-scrollable-simulated dx-widget' + (extraClass ? ' ' + extraClass : ''), null, h('div', 'dx-scrollable-wrapper', null, container, bar));
    function update() {
      var ch = container.clientHeight, sh = container.scrollHeight;
      if (sh <= ch + 1) { thumb.classList.add('dx-state-invisible'); return; }
      thumb.classList.remove('dx-state-invisible');
      var th = Math.max(15, (ch * ch) / sh);
      thumb.style.height = th + 'px';
      thumb.style.transform = 'translate(0px, ' + (container.scrollTop / (sh - ch)) * (ch - th) + 'px)';
    }
    container.addEventListener('scroll', update);
    container.addEventListener('wheel', function (ev) {
      if (container.scrollHeight > container.clientHeight + 1) { container.scrollTop += ev.deltaY; ev.preventDefault(); }
    }, { passive: false });
    return { root: root, container: container, content: content, update: update };
  }
`;

const DX_COLLECTIONS = `
  function getter(expr) {
    if (typeof expr === 'function') return expr;
    if (!expr || expr === 'this') return function (item) { return item; };
    return function (item) { return item == null ? item : item[expr]; };
  }

  /* dxSelectBox (searchEnabled) with its dxPopup + dxList appended to the viewport */
  class SelectBox extends Widget {
    _defaults() {
      return assign(super._defaults(), { dataSource: [], items: null, value: null, displayExpr: 'this', valueExpr: 'this', searchEnabled: false, searchMode: 'contains', searchTimeout: 500, placeholder: 'Select...', name: '', inputAttr: {}, isValid: true, validationError: null, noDataText: 'No data to display', stylingMode: 'outlined', readOnly: false });
    }
    _init() {
      var self = this, el = this.el;
      this._isEditor = true;
      this._opened = false;
      this._searchText = null;
      this._listId = guid();
      this._hidden = h('input', null, { type: 'hidden', value: '' });
      this._input = h('input', 'dx-texteditor-input', { autocomplete: 'off', type: 'text', spellcheck: 'false', tabindex: '0', role: 'combobox', 'aria-autocomplete': 'list', 'aria-haspopup': 'listbox', 'aria-expanded': 'false' });
      this._placeholder = h('div', 'dx-placeholder');
      this._button = h('div', 'dx-widget dx-button dx-button-mode-contained dx-button-normal dx-dropdowneditor-button', { role: 'button', 'aria-label': 'Select' }, h('div', 'dx-button-content', null, h('div', 'dx-dropdowneditor-icon')));
      el.innerHTML = '';
      el.appendChild(h('div', 'dx-dropdowneditor-input-wrapper dx-selectbox-container', null, this._hidden,
        h('div', 'dx-texteditor-container', null, h('div', 'dx-texteditor-input-container', null, this._input, this._placeholder), h('div', 'dx-texteditor-buttons-container', null, this._button))));
      focusStates(el, this._input, this);
      hoverStates(el, this);
      var input = this._input;
      input.addEventListener('click', function () { if (!self._opened) self._open(); });
      this._button.addEventListener('mousedown', function (ev) { ev.preventDefault(); });
      this._button.addEventListener('click', function () {
        if (self.opts.disabled || self.opts.readOnly) return;
        input.focus();
        if (self._opened) self._close(); else self._open();
      });
      input.addEventListener('input', function () {
        self._refreshEmpty();
        clearTimeout(self._timer);
        self._timer = setTimeout(function () {
          self._searchText = input.value;
          if (!self._opened) self._open();
          else self._renderList();
          if (self._shown.length) self._focusItem(0);
        }, self.opts.searchTimeout);
      });
      input.addEventListener('keydown', function (ev) {
        if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
          ev.preventDefault();
          if (!self._opened) { self._open(); return; }
          var next = self._focused + (ev.key === 'ArrowDown' ? 1 : -1);
          self._focusItem(Math.max(0, Math.min(self._shown.length - 1, next)));
        } else if (ev.key === 'Enter') {
          if (self._opened) {
            ev.preventDefault();
            if (self._focused >= 0 && self._shown[self._focused] !== undefined) self._select(self._shown[self._focused], ev);
            else self._close();
          }
        } else if (ev.key === 'Escape') {
          if (self._opened) { ev.preventDefault(); self._close(); }
        } else if (ev.key === 'Tab') {
          if (self._opened) self._close();
        }
      });
      input.addEventListener('blur', function () {
        setTimeout(function () {
          if (document.activeElement === input) return;
          self._close();
          self._restoreText();
        }, 0);
      });
      this._outside = function (ev) {
        if (!self._opened) return;
        if (self.el.contains(ev.target) || (self._wrapper && self._wrapper.contains(ev.target))) return;
        self._close();
        self._restoreText();
      };
      this._onScroll = function (ev) {
        if (!self._opened) return;
        if (self._wrapper && ev.target !== document && self._wrapper.contains(ev.target)) return;
        self._close();
      };
    }
    _items() { return this.opts.items || this.opts.dataSource || []; }
    _display(item) { var v = getter(this.opts.displayExpr)(item); return v == null ? '' : String(v); }
    _valueOf(item) { return getter(this.opts.valueExpr)(item); }
    _selectedItem() {
      var self = this;
      return this._items().filter(function (item) { return self._valueOf(item) === self.opts.value; })[0];
    }
    _filtered() {
      var self = this, term = (this._searchText || '').toLowerCase();
      if (!this.opts.searchEnabled || !term) return this._items();
      return this._items().filter(function (item) {
        var text = self._display(item).toLowerCase();
        return self.opts.searchMode === 'startswith' ? text.indexOf(term) === 0 : text.indexOf(term) >= 0;
      });
    }
    _createPopup() {
      var self = this;
      this._scroll = makeScrollable();
      this._list = h('div', 'dx-list dx-widget dx-visibility-change-handler dx-collection', { id: this._listId, role: 'listbox', 'aria-label': 'Items' }, this._scroll.root);
      this._content = h('div', 'dx-overlay-content dx-popup-normal dx-resizable dx-popup-inherit-height', { tabindex: '-1' }, h('div', 'dx-popup-content', null, this._list));
      this._wrapper = h('div', 'dx-overlay-wrapper dx-dropdowneditor-overlay dx-popup-wrapper dx-dropdownlist-popup-wrapper dx-selectbox-popup-wrapper', null, this._content);
      this._content.addEventListener('mousedown', function (ev) { ev.preventDefault(); });
      this._popupEl = h('div', 'dx-popup dx-widget dx-visibility-change-handler dx-dropdowneditor-overlay dx-state-invisible');
      this.el.appendChild(this._popupEl);
      void self;
    }
    _open() {
      if (this._opened || this.opts.disabled || this.opts.readOnly) return;
      if (!this._wrapper) this._createPopup();
      this._opened = true;
      this._wrapper.style.zIndex = String(++zCounter);
      viewport().appendChild(this._wrapper);
      this._popupEl.classList.remove('dx-state-invisible');
      this._renderList();
      this._position();
      this.el.classList.add('dx-dropdowneditor-active');
      this._input.setAttribute('aria-expanded', 'true');
      this._input.setAttribute('aria-owns', this._listId);
      this._input.setAttribute('aria-controls', this._listId);
      document.addEventListener('pointerdown', this._outside, true);
      document.addEventListener('scroll', this._onScroll, true);
      window.addEventListener('resize', this._onScroll);
      var selected = this._list.querySelector('.dx-list-item-selected');
      if (selected) {
        this._scroll.container.scrollTop = selected.offsetTop - 40;
        this._focused = this._shown.indexOf(this._selectedItem());
      }
      this._scroll.update();
      this._action('onOpened', {});
    }
    _close() {
      if (!this._opened) return;
      this._opened = false;
      this._wrapper.remove();
      this._popupEl.classList.add('dx-state-invisible');
      this.el.classList.remove('dx-dropdowneditor-active');
      this._input.setAttribute('aria-expanded', 'false');
      this._input.removeAttribute('aria-owns');
      this._input.removeAttribute('aria-activedescendant');
      document.removeEventListener('pointerdown', this._outside, true);
      document.removeEventListener('scroll', this._onScroll, true);
      window.removeEventListener('resize', this._onScroll);
      this._action('onClosed', {});
    }
    _position() {
      var rect = this.el.getBoundingClientRect();
      var itemsHeight = Math.max(1, this._shown.length) * 34 + 2;
      var below = window.innerHeight - rect.bottom - 8, above = rect.top - 8;
      var flip = below < Math.min(itemsHeight, 170) && above > below;
      var height = Math.min(itemsHeight, flip ? above : below);
      this._content.style.width = rect.width + 'px';
      this._content.style.height = height + 'px';
      var top = flip ? rect.top - height : rect.bottom - 1;
      this._content.style.transform = 'translate(' + Math.round(rect.left) + 'px, ' + Math.round(top) + 'px)';
      this._wrapper.classList.toggle('dx-dropdowneditor-overlay-flipped', flip);
    }
    _renderList() {
      var self = this, content = this._scroll.content;
      content.innerHTML = '';
      this._shown = this._filtered();
      this._focused = -1;
      if (!this._shown.length) {
        content.appendChild(h('div', 'dx-empty-message', null, this.opts.noDataText));
      }
      this._shown.forEach(function (item, i) {
        var selected = self.opts.value != null && self._valueOf(item) === self.opts.value;
        var node = h('div', 'dx-item dx-list-item' + (selected ? ' dx-list-item-selected' : ''), { role: 'option', 'aria-selected': selected ? 'true' : 'false', id: self._listId + '-' + i },
          h('div', 'dx-item-content dx-list-item-content', null, self._display(item)));
        node.addEventListener('mouseenter', function () { node.classList.add('dx-state-hover'); });
        node.addEventListener('mouseleave', function () { node.classList.remove('dx-state-hover'); });
        node.addEventListener('click', function (ev) { self._select(item, ev); });
        content.appendChild(node);
      });
      if (this._opened && this._wrapper.isConnected) this._position();
      this._scroll.update();
    }
    _focusItem(index) {
      var nodes = this._scroll.content.querySelectorAll('.dx-list-item');
      nodes.forEach(function (n) { n.classList.remove('dx-state-focused'); });
      this._focused = index;
      var node = nodes[index];
      if (!node) return;
      node.classList.add('dx-state-focused');
      this._input.setAttribute('aria-activedescendant', node.id);
      var c = this._scroll.container;
      if (node.offsetTop < c.scrollTop) c.scrollTop = node.offsetTop;
      else if (node.offsetTop + node.offsetHeight > c.scrollTop + c.clientHeight) c.scrollTop = node.offsetTop + node.offsetHeight - c.clientHeight;
    }
    _select(item, ev) {
      var prev = this.opts.value, value = this._valueOf(item);
      this.opts.value = value;
      this._searchText = null;
      this._close();
      this._restoreText();
      if (prev !== value) {
        this._action('onValueChanged', { value: value, previousValue: prev, event: ev });
        this._action('onSelectionChanged', { selectedItem: item });
        this._validators.forEach(function (validator) { validator.validate(); });
      }
    }
    _restoreText() {
      clearTimeout(this._timer);
      this._searchText = null;
      var item = this._selectedItem();
      this._input.value = item === undefined ? '' : this._display(item);
      this._hidden.value = this.opts.value == null ? '' : String(this.opts.value);
      this._refreshEmpty();
    }
    _refreshEmpty() {
      var empty = this._input.value === '';
      toggleClass(this.el, 'dx-texteditor-empty', empty);
      toggleClass(this._placeholder, 'dx-state-invisible', !empty);
    }
    _optionChanged(name, value, prev) {
      if (name === 'isValid' || name === 'validationError') return renderValidationState(this, this._input);
      if (name === 'value') {
        this._restoreText();
        if (prev !== value) this._action('onValueChanged', { value: value, previousValue: prev });
        return;
      }
      this._render();
    }
    _render() {
      var o = this.opts;
      this._applyCommon(['dx-show-invalid-badge', 'dx-selectbox', 'dx-textbox', 'dx-texteditor', 'dx-dropdowneditor-button-visible', 'dx-editor-' + o.stylingMode, 'dx-dropdowneditor', 'dx-dropdowneditor-field-clickable']);
      if (o.name) this._hidden.setAttribute('name', o.name);
      for (var k in o.inputAttr || {}) this._input.setAttribute(k, o.inputAttr[k]);
      if (!o.searchEnabled) this._input.setAttribute('readonly', '');
      else this._input.removeAttribute('readonly');
      this._placeholder.setAttribute('data-dx_placeholder', o.placeholder || '');
      this._restoreText();
      renderValidationState(this, this._input);
    }
    focus() { this._input.focus(); }
    open() { this._open(); }
    close() { this._close(); }
    reset() { this.option({ value: null, isValid: true, validationError: null }); }
  }
  registerComponent('dxSelectBox', SelectBox);

  /* dxRadioGroup: items are divs, no input at all */
  class RadioGroup extends Widget {
    _defaults() {
      return assign(super._defaults(), { items: [], value: null, valueExpr: 'this', displayExpr: 'this', layout: 'vertical', isValid: true, validationError: null, name: '' });
    }
    _init() {
      var self = this;
      this._isEditor = true;
      this._focused = -1;
      focusStates(this.el, this.el, this);
      this.el.addEventListener('keydown', function (ev) {
        var items = self.opts.items, index = self._indexOf(self.opts.value);
        if (['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft'].indexOf(ev.key) >= 0) {
          ev.preventDefault();
          var step = ev.key === 'ArrowDown' || ev.key === 'ArrowRight' ? 1 : -1;
          var next = index < 0 ? 0 : (index + step + items.length) % items.length;
          self._choose(items[next], ev);
        } else if ((ev.key === ' ' || ev.key === 'Enter') && index < 0 && items.length) {
          ev.preventDefault();
          self._choose(items[0], ev);
        }
      });
    }
    _indexOf(value) {
      var get = getter(this.opts.valueExpr);
      for (var i = 0; i < this.opts.items.length; i++) if (get(this.opts.items[i]) === value) return i;
      return -1;
    }
    _choose(item, ev) {
      var prev = this.opts.value, value = getter(this.opts.valueExpr)(item);
      if (prev === value) return;
      this.opts.value = value;
      this._render();
      this._action('onValueChanged', { value: value, previousValue: prev, event: ev });
      this._validators.forEach(function (validator) { validator.validate(); });
    }
    _optionChanged(name, value, prev) {
      this._render();
      if (name === 'value' && prev !== value) this._action('onValueChanged', { value: value, previousValue: prev });
    }
    _render() {
      var self = this, o = this.opts, el = this.el;
      this._applyCommon(['dx-radiogroup', 'dx-radiogroup-' + o.layout, 'dx-show-invalid-badge']);
      el.setAttribute('role', 'radiogroup');
      el.setAttribute('tabindex', '0');
      el.innerHTML = '';
      var collection = h('div', 'dx-collection');
      o.items.forEach(function (item) {
        var checked = o.value != null && getter(o.valueExpr)(item) === o.value;
        var node = h('div', 'dx-item dx-radiobutton' + (checked ? ' dx-radiobutton-checked dx-item-selected' : ''), { role: 'radio', 'aria-checked': checked ? 'true' : 'false' },
          h('div', 'dx-radiobutton-icon' + (checked ? ' dx-radiobutton-icon-checked' : ''), null, h('div', 'dx-radiobutton-icon-dot')),
          h('div', 'dx-item-content', null, String(getter(o.displayExpr)(item))));
        node.addEventListener('click', function (ev) { el.focus(); self._choose(item, ev); });
        collection.appendChild(node);
      });
      el.appendChild(collection);
      renderValidationState(this, null);
    }
    focus() { this.el.focus(); }
  }
  registerComponent('dxRadioGroup', RadioGroup);
`;

const DX_VIEWS = `
  /* dxTreeView: children drawn on first expand, a 300 ms height slide */
  class TreeView extends Widget {
    _defaults() {
      return assign(super._defaults(), { items: [], expandEvent: 'dblclick', selectByClick: false, animationEnabled: true, focusStateEnabled: false });
    }
    _init() {
      this._scroll = makeScrollable();
      this.el.innerHTML = '';
      this.el.appendChild(this._scroll.root);
      var root = this._renderNodes(this.opts.items, 1);
      root.classList.add('dx-treeview-node-container-opened');
      this._scroll.content.appendChild(root);
    }
    _render() {
      this._applyCommon(['dx-treeview']);
      this.el.setAttribute('role', 'tree');
    }
    _optionChanged() {}
    _renderNodes(items, level) {
      var self = this, ul = h('ul', 'dx-treeview-node-container', level > 1 ? { role: 'group' } : null);
      items.forEach(function (item) {
        var hasChildren = !!(item.items && item.items.length);
        var li = h('li', 'dx-treeview-node' + (hasChildren ? '' : ' dx-treeview-node-is-leaf') + (item.selected ? ' dx-state-selected' : ''), {
          'data-item-id': item.id, 'aria-label': item.text, role: 'treeitem', 'aria-level': String(level),
          'aria-selected': item.selected ? 'true' : 'false', 'aria-expanded': hasChildren ? 'false' : null,
        });
        var itemEl = h('div', 'dx-item dx-treeview-item', null, h('div', 'dx-item-content dx-treeview-item-content', null, item.icon ? h('i', 'dx-icon dx-icon-' + item.icon) : null, h('span', null, null, item.text)));
        li.appendChild(itemEl);
        li.__data = item;
        li.__level = level;
        itemEl.addEventListener('mouseenter', function () { itemEl.classList.add('dx-state-hover'); });
        itemEl.addEventListener('mouseleave', function () { itemEl.classList.remove('dx-state-hover'); });
        itemEl.addEventListener('click', function (ev) {
          var expanded = li.getAttribute('aria-expanded') === 'true';
          self._action('onItemClick', { itemData: item, itemElement: itemEl, event: ev, node: { key: item.id, text: item.text, itemData: item, expanded: expanded } });
          if (hasChildren && self.opts.expandEvent === 'click') self._toggle(li, !expanded);
          if (!hasChildren && self.opts.selectByClick) self._select(li);
        });
        if (hasChildren) {
          var arrow = h('div', 'dx-treeview-toggle-item-visibility');
          arrow.addEventListener('click', function (ev) {
            ev.stopPropagation();
            self._toggle(li, li.getAttribute('aria-expanded') !== 'true');
          });
          li.appendChild(arrow);
        }
        ul.appendChild(li);
        if (hasChildren && item.expanded) self._toggle(li, true, true);
      });
      return ul;
    }
    _toggle(li, expand, instant) {
      var self = this, item = li.__data, ul = li.__children;
      var arrow = li.querySelector(':scope > .dx-treeview-toggle-item-visibility');
      li.setAttribute('aria-expanded', expand ? 'true' : 'false');
      if (arrow) toggleClass(arrow, 'dx-treeview-toggle-item-visibility-opened', expand);
      item.expanded = expand;
      if (expand && !ul) {
        ul = li.__children = this._renderNodes(item.items, li.__level + 1);
        li.appendChild(ul);
      }
      if (!ul) return;
      var token = (li.__anim = (li.__anim || 0) + 1);
      if (instant || !this.opts.animationEnabled) {
        toggleClass(ul, 'dx-treeview-node-container-opened', expand);
        return;
      }
      ul.classList.add('dx-treeview-node-container-opened');
      ul.style.overflow = 'hidden';
      ul.style.transition = 'none';
      var full = ul.scrollHeight;
      ul.style.height = (expand ? 0 : full) + 'px';
      void ul.offsetHeight;
      ul.style.transition = 'height 300ms ease-in-out';
      ul.style.height = (expand ? full : 0) + 'px';
      setTimeout(function () {
        if (li.__anim !== token) return;
        ul.style.transition = '';
        ul.style.height = '';
        ul.style.overflow = '';
        if (!expand) ul.classList.remove('dx-treeview-node-container-opened');
        self._scroll.update();
        self._action(expand ? 'onItemExpanded' : 'onItemCollapsed', { itemData: item });
      }, 300);
    }
    _select(li) {
      this.el.querySelectorAll('.dx-treeview-node.dx-state-selected').forEach(function (n) {
        n.classList.remove('dx-state-selected');
        n.setAttribute('aria-selected', 'false');
      });
      li.classList.add('dx-state-selected');
      li.setAttribute('aria-selected', 'true');
    }
    _node(key) { return this.el.querySelector('li[data-item-id="' + key + '"]'); }
    expandItem(key) { var li = this._node(key); if (li) this._toggle(li, true); }
    collapseItem(key) { var li = this._node(key); if (li) this._toggle(li, false); }
    selectItem(key) { var li = this._node(key); if (li) this._select(li); }
  }
  registerComponent('dxTreeView', TreeView);

  /* dxDataGrid: headers and rows in two tables */
  class DataGrid extends Widget {
    _defaults() {
      return assign(super._defaults(), { dataSource: [], columns: [], showBorders: false, showRowLines: false, showColumnLines: true, rowAlternationEnabled: false, noDataText: 'No data' });
    }
    _columns() {
      return this.opts.columns.map(function (c) {
        if (typeof c === 'string') c = { dataField: c };
        return assign({ caption: c.dataField ? c.dataField.replace(/([a-z])([A-Z])/g, '$1 $2') : '', alignment: c.dataType === 'number' ? 'right' : 'left' }, c);
      });
    }
    _render() {
      var o = this.opts, el = this.el, cols = this._columns(), rows = o.dataSource || [];
      this._applyCommon(['dx-visibility-change-handler']);
      el.setAttribute('role', 'presentation');
      el.innerHTML = '';
      function colgroup() {
        var g = h('colgroup');
        cols.forEach(function (c) { g.appendChild(h('col', null, c.width ? { style: 'width: ' + px(c.width) + ';' } : null)); });
        return g;
      }
      var ids = cols.map(function () { return guid(); });
      var headRow = h('tr', 'dx-row dx-column-lines dx-header-row', { role: 'row' });
      cols.forEach(function (c, i) {
        headRow.appendChild(h('td', 'dx-datagrid-action dx-cell-focus-disabled', { role: 'columnheader', id: ids[i], 'aria-colindex': String(i + 1), 'aria-selected': 'false', 'aria-sort': 'none', style: 'text-align: ' + c.alignment + ';' },
          h('div', 'dx-datagrid-text-content dx-text-content-alignment-' + c.alignment, { role: 'presentation' }, c.caption)));
      });
      var headers = h('div', 'dx-datagrid-headers dx-datagrid-nowrap', { role: 'presentation' },
        h('div', 'dx-datagrid-content dx-datagrid-scroll-container', { role: 'presentation' },
          h('table', 'dx-datagrid-table dx-datagrid-table-fixed', { role: 'presentation' }, colgroup(), h('tbody', null, { role: 'presentation' }, headRow))));
      var body = h('tbody', null, { role: 'presentation' });
      rows.forEach(function (row, r) {
        var tr = h('tr', 'dx-row dx-data-row' + (o.showRowLines ? ' dx-row-lines' : '') + (o.showColumnLines ? ' dx-column-lines' : '') + (o.rowAlternationEnabled && r % 2 ? ' dx-row-alt' : ''), { role: 'row', 'aria-rowindex': String(r + 1), 'aria-selected': 'false' });
        cols.forEach(function (c, i) {
          var v = c.dataField ? row[c.dataField] : '';
          tr.appendChild(h('td', null, { role: 'gridcell', 'aria-colindex': String(i + 1), 'aria-describedby': ids[i], style: 'text-align: ' + c.alignment + ';' }, v == null ? '' : String(v)));
        });
        body.appendChild(tr);
      });
      var free = h('tr', 'dx-row dx-freespace-row dx-column-lines', { role: 'presentation' });
      cols.forEach(function () { free.appendChild(h('td', null, { style: 'text-align: left;' })); });
      body.appendChild(free);
      var scroll = makeScrollable('dx-datagrid-rowsview dx-datagrid-nowrap' + (rows.length ? '' : ' dx-empty'));
      scroll.root.setAttribute('role', 'presentation');
      scroll.content.appendChild(h('div', 'dx-datagrid-content', { role: 'presentation' }, h('table', 'dx-datagrid-table dx-datagrid-table-fixed', { role: 'presentation' }, colgroup(), body)));
      if (!rows.length) scroll.root.appendChild(h('span', 'dx-datagrid-nodata', null, o.noDataText));
      el.appendChild(h('div', 'dx-datagrid dx-gridbase-container' + (o.showBorders ? ' dx-datagrid-borders' : ''), { role: 'grid', 'aria-label': 'Data grid', 'aria-rowcount': String(rows.length), 'aria-colcount': String(cols.length) }, headers, scroll.root));
    }
    refresh() { this._render(); }
  }
  registerComponent('dxDataGrid', DataGrid);
`;

const DX_OVERLAYS = `
  /* dxPopup: the wrapper (the shader) is appended to the viewport, separate from the content */
  class Popup extends Widget {
    _defaults() {
      return assign(super._defaults(), {
        title: '', showTitle: true, showCloseButton: true, width: 'auto', height: 'auto', maxWidth: null, shading: true, shadingColor: '',
        visible: false, toolbarItems: [], contentTemplate: null, hideOnOutsideClick: false, wrapperAttr: {}, contentClass: '', isDialog: false,
        animation: { show: { type: 'fade', duration: 300, from: 0, to: 1 }, hide: { type: 'fade', duration: 300, from: 1, to: 0 } },
      });
    }
    _init() {
      this._visible = false;
      this._template = document.createDocumentFragment();
      while (this.el.firstChild) this._template.appendChild(this.el.firstChild);
    }
    _render() {
      this._applyCommon(['dx-popup', 'dx-overlay', 'dx-visibility-change-handler', this._visible ? '' : 'dx-state-invisible']);
      this.el.style.width = '';
      if (this.opts.visible && !this._visible) this.show();
      else if (!this.opts.visible && this._visible) this.hide();
    }
    _build() {
      var self = this, o = this.opts, titleId = guid();
      var content = h('div', 'dx-overlay-content dx-popup-normal dx-resizable' + (o.height === 'auto' ? ' dx-popup-flex-height' : ''), { role: 'dialog', tabindex: '0', 'aria-labelledby': o.showTitle ? titleId : null });
      if (o.showTitle) {
        var before = h('div', 'dx-toolbar-before', null, h('div', 'dx-item dx-toolbar-item dx-toolbar-label', null, h('div', 'dx-item-content dx-toolbar-item-content', null, h('div', null, { id: titleId }, o.title))));
        var after = h('div', 'dx-toolbar-after');
        if (o.showCloseButton) {
          var closeEl = h('div', 'dx-closebutton');
          after.appendChild(h('div', 'dx-item dx-toolbar-item dx-toolbar-button', null, h('div', 'dx-item-content dx-toolbar-item-content', null, closeEl)));
          new Button(closeEl, { icon: 'close', stylingMode: 'text', onClick: function () { self.hide(); } });
        }
        content.appendChild(h('div', 'dx-toolbar dx-widget dx-visibility-change-handler dx-collection dx-popup-title' + (o.showCloseButton ? ' dx-has-close-button' : ''), { role: 'toolbar' },
          h('div', 'dx-toolbar-items-container', null, before, h('div', 'dx-toolbar-center'), after)));
      }
      var body = h('div', 'dx-popup-content' + (o.contentClass ? ' ' + o.contentClass : ''));
      if (typeof o.contentTemplate === 'function') o.contentTemplate(body);
      else body.appendChild(this._template);
      content.appendChild(body);
      var bottom = (o.toolbarItems || []).filter(function (item) { return item.toolbar === 'bottom'; });
      if (bottom.length) {
        var slots = { before: h('div', 'dx-toolbar-before'), center: h('div', 'dx-toolbar-center'), after: h('div', 'dx-toolbar-after') };
        bottom.forEach(function (item) {
          var node = h('div');
          slots[item.location || 'center'].appendChild(h('div', 'dx-item dx-toolbar-item dx-toolbar-button', null, h('div', 'dx-item-content dx-toolbar-item-content', null, node)));
          new Button(node, item.options || {});
        });
        content.appendChild(h('div', 'dx-toolbar dx-widget dx-visibility-change-handler dx-collection dx-popup-bottom', { role: 'toolbar' },
          h('div', 'dx-toolbar-items-container', null, slots.before, slots.center, slots.after)));
      }
      this._wrapper = h('div', 'dx-overlay-wrapper dx-popup-wrapper' + (o.shading ? ' dx-overlay-shader' : '') + (o.wrapperAttr && o.wrapperAttr.class ? ' ' + o.wrapperAttr.class : ''), null, content);
      if (o.shading && o.shadingColor) this._wrapper.style.backgroundColor = o.shadingColor;
      this._content = content;
      content.addEventListener('keydown', function (ev) {
        if (ev.key === 'Escape' && !o.isDialog) self.hide();
        if (ev.key === 'Tab') {
          var focusables = Array.prototype.slice.call(content.querySelectorAll('[tabindex="0"], input:not([type=hidden]):not([readonly])'));
          if (!focusables.length) return;
          var first = focusables[0], last = focusables[focusables.length - 1];
          if (ev.shiftKey && document.activeElement === first) { ev.preventDefault(); last.focus(); }
          else if (!ev.shiftKey && document.activeElement === last) { ev.preventDefault(); first.focus(); }
        }
      });
      this._wrapper.addEventListener('pointerdown', function (ev) { if (ev.target === self._wrapper && o.hideOnOutsideClick) self.hide(); });
      this._onResize = function () { self._position(); };
    }
    _position() {
      var c = this._content, o = this.opts;
      this._wrapper.style.width = window.innerWidth + 'px';
      this._wrapper.style.height = window.innerHeight + 'px';
      c.style.width = o.width === 'auto' ? '' : px(o.width);
      if (o.maxWidth) c.style.maxWidth = px(o.maxWidth);
      c.style.height = o.height === 'auto' ? '' : px(o.height);
      var left = Math.max(0, (window.innerWidth - c.offsetWidth) / 2), top = Math.max(0, (window.innerHeight - c.offsetHeight) / 2);
      c.style.transform = 'translate(' + Math.round(left) + 'px, ' + Math.round(top) + 'px)';
    }
    show() {
      var d = Deferred(), self = this, o = this.opts;
      if (this._visible) return d.resolve().promise();
      this._visible = true;
      o.visible = true;
      if (!this._wrapper) this._build();
      this._wrapper.style.zIndex = String(++zCounter);
      this._wrapper.style.opacity = '0';
      viewport().appendChild(this._wrapper);
      this.el.classList.remove('dx-state-invisible');
      this._action('onShowing', {});
      this._position();
      window.addEventListener('resize', this._onResize);
      var duration = (o.animation && o.animation.show && o.animation.show.duration) || 0;
      fade(this._wrapper, 0, 1, duration, function () {
        self._wrapper.style.opacity = '';
        var target = o.isDialog ? self._content.querySelector('.dx-popup-bottom .dx-button') : self._content;
        if (target) target.focus();
        self._action('onShown', {});
        d.resolve();
      });
      return d.promise();
    }
    hide() {
      var d = Deferred(), self = this, o = this.opts;
      if (!this._visible) return d.resolve().promise();
      this._visible = false;
      o.visible = false;
      this._action('onHiding', {});
      window.removeEventListener('resize', this._onResize);
      var duration = (o.animation && o.animation.hide && o.animation.hide.duration) || 0;
      fade(this._wrapper, 1, 0, duration, function () {
        self._wrapper.remove();
        self._wrapper.style.opacity = '';
        self.el.classList.add('dx-state-invisible');
        self._action('onHidden', {});
        d.resolve();
      });
      return d.promise();
    }
    toggle(on) { return on ? this.show() : this.hide(); }
    content() { return this._content ? this._content.querySelector('.dx-popup-content') : null; }
  }
  registerComponent('dxPopup', Popup);

  /* DevExpress.ui.dialog */
  function customDialog(options) {
    var d = Deferred(), popup, closed = false;
    var host = h('div', 'dx-dialog');
    viewport().appendChild(host);
    function close(result) {
      if (closed) return;
      closed = true;
      popup.hide().done(function () { host.remove(); d.resolve(result); });
    }
    var buttons = (options.buttons || [{ text: 'OK' }]).map(function (b) {
      return {
        toolbar: 'bottom', location: 'center', widget: 'dxButton',
        options: assign({}, b, { elementAttr: { class: 'dx-dialog-button' }, onClick: function (e) { close(b.onClick ? b.onClick(e) : undefined); } }),
      };
    });
    popup = new Popup(host, {
      title: options.title || '', showTitle: options.showTitle !== false, showCloseButton: false, isDialog: true, maxWidth: 480,
      wrapperAttr: { class: 'dx-dialog-wrapper dx-dialog-root' }, contentClass: 'dx-dialog-content', toolbarItems: buttons,
      animation: { show: { type: 'fade', duration: 300 }, hide: { type: 'fade', duration: 200 } },
      contentTemplate: function (c) {
        var message = h('div', 'dx-dialog-message');
        message.innerHTML = options.messageHtml || '';
        c.appendChild(message);
      },
    });
    return { show: function () { popup.show(); return d.promise(); }, hide: close };
  }
  DevExpress.ui.dialog = {
    custom: customDialog,
    alert: function (messageHtml, title) { return customDialog({ messageHtml: messageHtml, title: title, buttons: [{ text: 'OK' }] }).show(); },
    confirm: function (messageHtml, title) {
      return customDialog({ messageHtml: messageHtml, title: title, buttons: [{ text: 'Yes', onClick: function () { return true; } }, { text: 'No', onClick: function () { return false; } }] }).show();
    },
  };

  /* DevExpress.ui.notify: a dxToast, bottom centre */
  DevExpress.ui.notify = function (message, type, displayTime) {
    var o = typeof message === 'object' ? assign({}, message) : { message: message, type: type, displayTime: displayTime };
    var kind = o.type || 'info', time = o.displayTime || 2000;
    var host = h('div', 'dx-toast dx-widget dx-visibility-change-handler dx-overlay dx-state-invisible');
    viewport().appendChild(host);
    var content = h('div', 'dx-overlay-content dx-toast-' + kind + ' dx-toast-content', null, h('div', 'dx-toast-icon'), h('div', 'dx-toast-message', { role: 'alert' }, o.message));
    var wrapper = h('div', 'dx-overlay-wrapper dx-toast-wrapper', { style: 'z-index: ' + ++zCounter + ';' }, content);
    viewport().appendChild(wrapper);
    var left = Math.max(0, (window.innerWidth - content.offsetWidth) / 2), top = window.innerHeight - content.offsetHeight - 20;
    content.style.transform = 'translate(' + Math.round(left) + 'px, ' + Math.round(top) + 'px)';
    fade(content, 0, 1, 400, function () {
      setTimeout(function () { fade(content, 1, 0, 400, function () { wrapper.remove(); host.remove(); }); }, time);
    });
  };

  /* dxLoadPanel */
  class LoadPanel extends Widget {
    _defaults() {
      return assign(super._defaults(), { message: 'Loading...', shading: false, shadingColor: '', showIndicator: true, showPane: true, visible: false, width: 222, height: 90 });
    }
    _init() { this._visible = false; }
    _render() {
      this._applyCommon(['dx-loadpanel', 'dx-overlay', 'dx-visibility-change-handler', 'dx-state-invisible']);
      this.el.style.width = '';
      if (this.opts.visible && !this._visible) this.show();
      else if (!this.opts.visible && this._visible) this.hide();
    }
    show() {
      if (this._visible) return;
      this._visible = true;
      this.opts.visible = true;
      var o = this.opts, icon = h('div', 'dx-loadindicator-icon');
      for (var i = 7; i >= 0; i--) icon.appendChild(h('div', 'dx-loadindicator-segment dx-loadindicator-segment' + i, null, h('div', 'dx-loadindicator-segment-inner')));
      var indicator = h('div', 'dx-loadpanel-indicator dx-loadindicator dx-widget', null, h('div', 'dx-loadindicator-wrapper', null, h('div', 'dx-loadindicator-content', null, icon)));
      var content = h('div', 'dx-overlay-content dx-loadpanel-content' + (o.showPane ? '' : ' dx-loadpanel-pane-hidden'), { role: 'alert', 'aria-label': o.message },
        h('div', 'dx-loadpanel-content-wrapper', null, o.showIndicator ? indicator : null, o.message ? h('div', 'dx-loadpanel-message', null, o.message) : null));
      this._wrapper = h('div', 'dx-overlay-wrapper dx-loadpanel-wrapper' + (o.shading ? ' dx-overlay-shader' : ''), { style: 'z-index: ' + ++zCounter + ';' }, content);
      if (o.shading && o.shadingColor) this._wrapper.style.backgroundColor = o.shadingColor;
      viewport().appendChild(this._wrapper);
      content.style.width = px(o.width);
      content.style.height = px(o.height);
      content.style.transform = 'translate(' + Math.round((window.innerWidth - o.width) / 2) + 'px, ' + Math.round((window.innerHeight - o.height) / 2) + 'px)';
      this._action('onShown', {});
    }
    hide() {
      if (!this._visible) return;
      this._visible = false;
      this.opts.visible = false;
      if (this._wrapper) this._wrapper.remove();
      this._wrapper = null;
      this._action('onHidden', {});
    }
  }
  registerComponent('dxLoadPanel', LoadPanel);
})(window, document);
`;

const DX_RUNTIME = DX_CORE + DX_EDITORS + DX_COLLECTIONS + DX_VIEWS + DX_OVERLAYS;

/* ---------------------------------------------------------------------------------------------------
 * dx.light.css: the generic.light theme, the parts these pages use (icons drawn with CSS, no font).
 * ------------------------------------------------------------------------------------------------- */
const DX_CSS = String.raw`/*! DevExtreme (dx.light.css) Version: 22.2.6 (stand-in) */
.dx-widget { font-family: "Helvetica Neue", "Segoe UI", helvetica, verdana, sans-serif; line-height: 1.2857; color: #333; font-weight: 400; font-size: 14px; -webkit-user-drag: none; box-sizing: border-box; }
.dx-widget *, .dx-widget *::before, .dx-widget *::after, .dx-overlay-wrapper *, .dx-overlay-wrapper *::before { box-sizing: border-box; }
.dx-widget input, .dx-widget textarea { font-family: inherit; font-size: 1em; line-height: inherit; }
.dx-state-invisible { display: none !important; }
.dx-state-disabled.dx-widget, .dx-state-disabled .dx-widget { opacity: .4; cursor: default; }
/* button */
.dx-button { display: inline-block; cursor: pointer; text-align: center; vertical-align: middle; user-select: none; outline: 0; border-radius: 4px; border: 1px solid transparent; position: relative; max-width: 100%; }
.dx-button .dx-button-content { display: flex; align-items: center; justify-content: center; height: 100%; max-height: 100%; line-height: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.dx-button-has-text .dx-button-content { padding: 7px 18px 8px; }
.dx-button-has-icon .dx-button-content { padding: 7px; }
.dx-button-has-icon.dx-button-has-text .dx-button-content { padding: 7px 18px 8px 14px; }
.dx-button-text { display: inline-block; line-height: 18px; vertical-align: middle; }
.dx-button-submit-input { padding: 0; margin: 0; border: 0; height: 0; width: 0; font-size: 0; opacity: 0; position: absolute; }
.dx-button-mode-contained.dx-button-normal { background-color: #fff; border-color: #ddd; color: #333; }
.dx-button-mode-contained.dx-button-normal.dx-state-hover { background-color: #f5f5f5; border-color: #cdcdcd; }
.dx-button-mode-contained.dx-button-normal.dx-state-focused { background-color: #ebebeb; border-color: #adadad; }
.dx-button-mode-contained.dx-button-normal.dx-state-active { background-color: #d4d4d4; border-color: #adadad; }
.dx-button-mode-contained.dx-button-default { background-color: #337ab7; border-color: transparent; color: #fff; }
.dx-button-mode-contained.dx-button-default.dx-state-hover { background-color: #2e6da4; }
.dx-button-mode-contained.dx-button-default.dx-state-focused { background-color: #2a6496; }
.dx-button-mode-contained.dx-button-default.dx-state-active { background-color: #245682; }
.dx-button-mode-contained.dx-button-success { background-color: #5cb85c; color: #fff; }
.dx-button-mode-contained.dx-button-danger { background-color: #d9534f; color: #fff; }
.dx-button-mode-text { background-color: transparent; border-color: transparent; color: #333; }
.dx-button-mode-text.dx-button-default { color: #337ab7; }
.dx-button-mode-text.dx-state-hover { background-color: rgba(0, 0, 0, .04); }
.dx-button-mode-text.dx-state-focused { background-color: rgba(0, 0, 0, .08); }
.dx-button-mode-outlined { background-color: transparent; border-color: #ddd; }
.dx-icon { display: inline-block; width: 18px; height: 18px; line-height: 18px; font-size: 18px; text-align: center; position: relative; vertical-align: middle; font-style: normal; }
.dx-button-has-icon.dx-button-has-text .dx-icon { margin-right: 9px; }
.dx-icon-close::before { content: '\00d7'; font-size: 24px; line-height: 17px; font-family: Arial, sans-serif; }
.dx-icon-refresh::before { content: ''; position: absolute; left: 2px; top: 2px; width: 14px; height: 14px; border: 2px solid currentColor; border-top-color: transparent; border-radius: 50%; }
.dx-icon-refresh::after { content: ''; position: absolute; right: 1px; top: 1px; border: 4px solid transparent; border-left-color: currentColor; transform: rotate(-45deg); }
.dx-icon-menu::before { content: ''; position: absolute; left: 2px; top: 3px; width: 14px; height: 2px; background: currentColor; box-shadow: 0 5px 0 currentColor, 0 10px 0 currentColor; }
.dx-icon-home::before, .dx-icon-doc::before, .dx-icon-key::before, .dx-icon-chart::before, .dx-icon-user::before, .dx-icon-runner::before { content: ''; position: absolute; left: 3px; top: 3px; width: 12px; height: 12px; border: 2px solid currentColor; border-radius: 2px; }
.dx-icon-home::before { border-radius: 2px 2px 0 0; }
.dx-icon-user::before { border-radius: 50%; }
.dx-icon-key::before { border-radius: 50% 50% 2px 50%; }
/* text editors */
.dx-texteditor { display: block; position: relative; }
.dx-texteditor.dx-editor-outlined { background-color: #fff; border: 1px solid #ddd; border-radius: 4px; }
.dx-texteditor.dx-editor-outlined.dx-state-hover { border-color: rgba(51, 122, 183, .4); }
.dx-texteditor.dx-editor-outlined.dx-state-focused { border-color: #337ab7; }
.dx-texteditor.dx-state-readonly { border-style: dashed; }
.dx-texteditor-container { display: flex; width: 100%; height: 100%; position: relative; overflow: hidden; }
.dx-texteditor-input-container { display: flex; flex-grow: 1; position: relative; width: 100%; }
.dx-texteditor-input { appearance: none; width: 100%; height: 100%; min-height: 34px; padding: 7px 9px 8px; margin: 0; border: 0; border-radius: 0; background-color: transparent; color: #333; outline: 0; user-select: auto; box-sizing: border-box; }
.dx-texteditor-buttons-container { display: flex; align-items: center; flex-grow: 0; flex-shrink: 0; width: auto; }
.dx-texteditor-buttons-container:empty { display: none; }
.dx-texteditor-buttons-container .dx-button { margin: 0 2px; }
.dx-texteditor-with-before-buttons .dx-texteditor-buttons-container:first-child .dx-button-has-text .dx-button-content { padding: 7px 0 8px 9px; }
.dx-placeholder { position: absolute; top: 0; left: 0; max-width: 100%; width: auto; height: 100%; text-align: left; cursor: text; pointer-events: none; color: #999; font-size: 14px; }
.dx-placeholder::before { display: block; content: attr(data-dx_placeholder); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; padding: 8px 9px 8px; }
.dx-invalid.dx-texteditor.dx-editor-outlined, .dx-invalid.dx-radiogroup { border-color: rgba(217, 83, 79, .4); }
.dx-invalid.dx-texteditor.dx-editor-outlined.dx-state-focused { border-color: #d9534f; }
.dx-invalid.dx-show-invalid-badge.dx-texteditor .dx-texteditor-input-container::after { content: '!'; pointer-events: none; position: absolute; top: 50%; right: 4px; margin-top: -9px; width: 18px; height: 18px; border-radius: 50%; background-color: #d9534f; color: #fff; text-align: center; line-height: 19px; font-weight: 500; font-size: 13px; }
.dx-invalid-message { position: absolute; top: 100%; left: 0; z-index: 1010; width: auto; height: auto; pointer-events: none; }
.dx-invalid-message > .dx-overlay-content { display: none; position: relative; margin-top: 2px; padding: 6px 10px 7px; max-width: 480px; border-radius: 4px; background-color: #d9534f; color: #fff; font-size: 12px; line-height: normal; white-space: normal; }
.dx-invalid.dx-state-focused .dx-invalid-message-auto > .dx-overlay-content { display: block; }
/* dropdown editors */
.dx-dropdowneditor-input-wrapper { width: 100%; }
.dx-dropdowneditor-button { width: 34px; height: 100%; margin: 0 !important; border: 0 !important; border-radius: 0 !important; background: transparent !important; cursor: pointer; }
.dx-dropdowneditor-icon { position: relative; width: 100%; height: 100%; min-height: 32px; }
.dx-dropdowneditor-icon::before { content: ''; position: absolute; left: 50%; top: 50%; margin: -2px 0 0 -5px; border: 5px solid transparent; border-top-color: #333; }
.dx-dropdowneditor-active .dx-dropdowneditor-icon::before { margin-top: -7px; border-top-color: transparent; border-bottom-color: #333; }
.dx-dropdowneditor-field-clickable .dx-texteditor-input { cursor: pointer; }
.dx-dropdowneditor-overlay .dx-popup-content { padding: 0; height: 100%; }
.dx-dropdowneditor-overlay > .dx-overlay-content { border-radius: 0 0 4px 4px; box-shadow: 0 1px 3px rgba(0, 0, 0, .2); }
.dx-dropdowneditor-overlay-flipped > .dx-overlay-content { border-radius: 4px 4px 0 0; }
/* list */
.dx-list { height: 100%; }
.dx-list-item { position: relative; display: block; cursor: pointer; border-top: 1px solid transparent; color: #333; }
.dx-list-item-content { padding: 8px 10px; line-height: 17px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.dx-list-item.dx-state-hover { background-color: #f5f5f5; }
.dx-list-item.dx-list-item-selected { background-color: #e6e6e6; }
.dx-list-item.dx-state-focused { background-color: #337ab7; color: #fff; }
.dx-empty-message { padding: 10px; color: #999; line-height: 17px; }
/* scrollable */
.dx-scrollable { display: block; position: relative; height: 100%; min-height: 0; outline: 0; }
.dx-scrollable-wrapper { position: relative; width: 100%; height: 100%; }
.dx-scrollable-container { position: relative; width: 100%; height: 100%; overflow: hidden; outline: 0; }
.dx-scrollable-scrollbar { position: absolute; top: 0; right: 0; width: 8px; height: 100%; pointer-events: none; }
.dx-scrollable-scroll { width: 8px; padding: 2px; }
.dx-scrollable-scroll-content { width: 100%; height: 100%; border-radius: 2px; background-color: rgba(191, 191, 191, .7); }
/* radio group */
.dx-radiogroup { outline: 0; display: block; }
.dx-radiogroup .dx-collection { display: flex; flex-direction: column; gap: 8px; }
.dx-radiogroup-horizontal .dx-collection { flex-direction: row; flex-wrap: wrap; gap: 8px 22px; }
.dx-radiobutton { display: flex; align-items: center; cursor: pointer; line-height: 22px; user-select: none; }
.dx-radiobutton-icon { position: relative; width: 22px; height: 22px; flex: 0 0 22px; }
.dx-radiobutton-icon::before { content: ''; display: block; width: 22px; height: 22px; border: 1px solid #ddd; background-color: #fff; border-radius: 11px; box-sizing: border-box; }
.dx-radiobutton:hover .dx-radiobutton-icon::before { border-color: rgba(51, 122, 183, .4); }
.dx-radiogroup.dx-state-focused .dx-radiobutton-checked .dx-radiobutton-icon::before { border-color: #337ab7; }
.dx-radiobutton-icon-dot { display: none; position: absolute; top: 6px; left: 6px; width: 10px; height: 10px; border-radius: 5px; background-color: #337ab7; }
.dx-radiobutton-icon-checked .dx-radiobutton-icon-dot { display: block; }
.dx-radiobutton .dx-item-content { padding-left: 7px; }
/* validation summary */
.dx-validationsummary-item { cursor: pointer; color: #d9534f; }
.dx-validationsummary-item-content { border-bottom: 1px dashed; display: inline-block; line-height: normal; margin: 2px 0; }
/* fields */
.dx-fieldset { margin: 20px 0; padding: 0; }
.dx-fieldset-header { margin: 0 0 16px; font-size: 18px; }
.dx-field { position: relative; display: flex; align-items: center; padding: .4em 0; color: #333; }
.dx-field-label { flex: 0 0 40%; padding: 8px 15px 9px 0; cursor: default; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.dx-field-value { flex: 0 0 60%; position: relative; }
.dx-field-value-static { flex: 0 0 60%; padding: 8px 0 9px; white-space: normal; }
/* overlays */
.dx-overlay-wrapper { position: fixed; top: 0; left: 0; width: 100%; height: 100%; z-index: 1000; pointer-events: none; font-family: "Helvetica Neue", "Segoe UI", helvetica, verdana, sans-serif; font-size: 14px; line-height: 1.2857; color: #333; }
.dx-overlay-shader { background-color: rgba(0, 0, 0, .5); pointer-events: auto; }
.dx-overlay-content { position: absolute; top: 0; left: 0; z-index: 1000; outline: 0; overflow: hidden; pointer-events: auto; }
.dx-invalid-message.dx-overlay-wrapper { position: absolute; top: 100%; width: auto; height: auto; }
.dx-invalid-message.dx-overlay-wrapper > .dx-overlay-content { position: relative; overflow: visible; }
.dx-popup-wrapper > .dx-overlay-content { display: flex; flex-direction: column; border: 1px solid #ddd; background: #fff; border-radius: 4px; box-shadow: 0 1px 4px rgba(0, 0, 0, .15); }
.dx-popup-content { padding: 20px; flex: 1 1 auto; overflow: auto; }
.dx-toolbar { background-color: #fff; color: #333; width: 100%; position: relative; }
.dx-toolbar-items-container { display: flex; align-items: center; min-height: 36px; }
.dx-toolbar-before { display: flex; align-items: center; flex: 0 1 auto; min-width: 0; }
.dx-toolbar-center { display: flex; align-items: center; justify-content: center; flex: 1 1 auto; }
.dx-toolbar-after { display: flex; align-items: center; flex: 0 0 auto; margin-left: auto; }
.dx-toolbar-item { padding: 0 5px 0 0; }
.dx-toolbar-after .dx-toolbar-item { padding: 0 0 0 5px; }
.dx-toolbar-label .dx-toolbar-item-content > div { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-size: 20px; font-weight: 500; }
.dx-popup-title.dx-toolbar { padding: 6px 20px; border-bottom: 1px solid #ddd; background: transparent; min-height: 58px; display: flex; align-items: center; }
.dx-popup-title .dx-closebutton { width: 23px; height: 23px; }
.dx-popup-title .dx-closebutton .dx-button-content { padding: 2px; }
.dx-popup-bottom.dx-toolbar { padding: 14px 20px; background: transparent; border-top: 1px solid #eee; }
.dx-popup-bottom .dx-button { min-width: 100px; }
.dx-dialog-wrapper > .dx-overlay-content { min-width: 320px; }
.dx-dialog-message { padding: 0; max-width: 440px; line-height: 1.45; }
.dx-dialog-content { padding: 20px 20px 24px; }
/* toast */
.dx-toast-content { display: inline-flex; align-items: center; min-width: 250px; max-width: 420px; padding: 10px 16px 10px 12px; border-radius: 4px; color: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, .2); pointer-events: auto; }
.dx-toast-info { background-color: #337ab7; }
.dx-toast-success { background-color: #5cb85c; }
.dx-toast-warning { background-color: #f0ad4e; }
.dx-toast-error { background-color: #d9534f; }
.dx-toast-icon { position: relative; flex: 0 0 24px; width: 24px; height: 24px; border: 2px solid #fff; border-radius: 50%; margin-right: 12px; }
.dx-toast-error .dx-toast-icon::before { content: '\00d7'; position: absolute; left: 0; right: 0; top: -2px; text-align: center; font: bold 19px/22px Arial, sans-serif; }
.dx-toast-success .dx-toast-icon::before { content: ''; position: absolute; left: 6px; top: 2px; width: 6px; height: 11px; border: solid #fff; border-width: 0 2px 2px 0; transform: rotate(45deg); }
.dx-toast-info .dx-toast-icon::before, .dx-toast-warning .dx-toast-icon::before { content: 'i'; position: absolute; left: 0; right: 0; text-align: center; font: bold 14px/20px Georgia, serif; }
.dx-toast-message { line-height: 18px; }
/* load panel */
.dx-loadpanel-content { border: 1px solid #ddd; background: #fff; border-radius: 4px; box-shadow: 0 1px 3px rgba(0, 0, 0, .2); text-align: center; }
.dx-loadpanel-content-wrapper { display: flex; flex-direction: column; align-items: center; justify-content: center; height: 100%; padding: 10px; }
.dx-loadpanel-message { margin-top: 8px; color: #333; }
.dx-loadindicator { width: 32px; height: 32px; }
.dx-loadindicator-icon { position: relative; width: 32px; height: 32px; animation: dx-loadindicator-spin 1s steps(8) infinite; }
.dx-loadindicator-segment { position: absolute; left: 14px; top: 0; width: 4px; height: 32px; }
.dx-loadindicator-segment-inner { width: 4px; height: 9px; border-radius: 2px; background: #337ab7; }
.dx-loadindicator-segment0 { transform: rotate(0deg); opacity: 1; } .dx-loadindicator-segment1 { transform: rotate(45deg); opacity: .9; }
.dx-loadindicator-segment2 { transform: rotate(90deg); opacity: .8; } .dx-loadindicator-segment3 { transform: rotate(135deg); opacity: .7; }
.dx-loadindicator-segment4 { transform: rotate(180deg); opacity: .55; } .dx-loadindicator-segment5 { transform: rotate(225deg); opacity: .4; }
.dx-loadindicator-segment6 { transform: rotate(270deg); opacity: .3; } .dx-loadindicator-segment7 { transform: rotate(315deg); opacity: .2; }
@keyframes dx-loadindicator-spin { to { transform: rotate(360deg); } }
/* tree view */
.dx-treeview { height: 100%; }
.dx-treeview-node-container { list-style: none; margin: 0; padding: 0; display: none; }
.dx-treeview-node-container-opened { display: block; }
.dx-treeview-node { list-style: none; position: relative; padding-left: 21px; white-space: nowrap; }
.dx-treeview-item { display: block; cursor: pointer; padding: 7px 8px; min-height: 34px; border-radius: 3px; }
.dx-treeview-item-content { display: flex; align-items: center; overflow: hidden; text-overflow: ellipsis; }
.dx-treeview-item-content .dx-icon { margin-right: 10px; flex: 0 0 18px; }
.dx-treeview-item.dx-state-hover { background-color: #f5f5f5; }
.dx-treeview-node.dx-state-selected > .dx-treeview-item { background-color: rgba(51, 122, 183, .12); color: #23527c; font-weight: 500; }
.dx-treeview-toggle-item-visibility { position: absolute; left: 0; top: 0; width: 21px; height: 34px; cursor: pointer; }
.dx-treeview-toggle-item-visibility::before { content: ''; position: absolute; left: 7px; top: 12px; border: 5px solid transparent; border-left-color: #555; transition: transform .3s; transform-origin: 2px 5px; }
.dx-treeview-toggle-item-visibility-opened::before { transform: rotate(90deg); }
/* data grid */
.dx-datagrid { color: #333; background-color: #fff; line-height: inherit; }
.dx-datagrid-table { width: 100%; border-collapse: collapse; border-spacing: 0; table-layout: fixed; margin: 0; }
.dx-datagrid-table td { padding: 7px; vertical-align: top; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.dx-datagrid-headers { color: #959595; font-weight: normal; border-bottom: 1px solid #ddd; }
.dx-datagrid-borders > .dx-datagrid-headers { border: 1px solid #ddd; border-bottom-color: #ddd; }
.dx-datagrid-borders > .dx-datagrid-rowsview { border: 1px solid #ddd; border-top: 0; }
.dx-datagrid .dx-column-lines > td { border-left: 1px solid #ddd; border-right: 1px solid #ddd; }
.dx-datagrid .dx-column-lines > td:first-child { border-left: 0; }
.dx-datagrid .dx-column-lines > td:last-child { border-right: 0; }
.dx-datagrid .dx-row-lines > td { border-bottom: 1px solid #ddd; }
.dx-datagrid-rowsview .dx-data-row.dx-row-alt > td { background-color: #f5f5f5; }
.dx-datagrid-rowsview .dx-freespace-row > td { padding: 0; border-bottom: 0; }
.dx-datagrid-rowsview.dx-empty { height: 90px; }
.dx-datagrid-nodata { position: absolute; top: 50%; left: 50%; transform: translate(-50%, -50%); color: #999; font-size: 17px; white-space: nowrap; }
.dx-datagrid-text-content { overflow: hidden; text-overflow: ellipsis; }
/* drawer */
.dx-drawer { height: 100%; width: 100%; }
.dx-drawer-wrapper { display: flex; height: 100%; }
.dx-drawer-panel-content { flex: 0 0 auto; width: 250px; overflow: hidden; transition: width .4s ease; background-color: #fff; }
.dx-drawer:not(.dx-drawer-opened) .dx-drawer-panel-content { width: 0; }
.dx-drawer-content { flex: 1 1 auto; min-width: 0; position: relative; }
/* card */
.dx-card { background-color: #fff; border-radius: 2px; box-shadow: 0 1px 3px rgba(0, 0, 0, .24); }
.dx-theme-text-color { color: #333; }
.dx-theme-accent-as-text-color { color: #337ab7 !important; }
`;

/* ---------------------------------------------------------------------------------------------------
 * site.css and site.js: the application's own files in wwwroot.
 * ------------------------------------------------------------------------------------------------- */
const SITE_CSS = `html, body { height: 100%; margin: 0; }
body { background-color: #f2f2f2; font-family: "Helvetica Neue", "Segoe UI", helvetica, verdana, sans-serif; font-size: 14px; color: #333; }
a { color: #337ab7; text-decoration: none; }
a:hover { text-decoration: underline; }
.app-layout { display: flex; flex-direction: column; height: 100%; }
.header-component { flex: 0 0 auto; position: relative; z-index: 2; box-shadow: 0 1px 4px rgba(0, 0, 0, .2); }
.header-toolbar { padding: 0 16px 0 8px; }
.header-toolbar .dx-toolbar-items-container { height: 56px; }
.header-title { display: flex; align-items: center; gap: 10px; padding-left: 6px; }
.header-logo { width: 34px; height: 34px; border-radius: 50%; background: #1f4e79; color: #fff; font: bold 12px/34px Arial, sans-serif; text-align: center; }
.header-name { font-size: 18px; font-weight: 500; color: #1f4e79; }
.header-sub { font-size: 12px; color: #777; }
.user-info { text-align: right; line-height: 1.3; padding-right: 10px; font-size: 13px; }
.user-info .user-gstin { color: #777; font-size: 12px; }
#layout-drawer { flex: 1 1 auto; min-height: 0; }
.menu-container { height: 100%; width: 250px; padding: 8px 6px 0 4px; border-right: 1px solid #ddd; box-sizing: border-box; background: #fff; overflow-y: auto; }
.layout-body { height: 100%; overflow-y: auto; }
.layout-footer { margin: 40px 40px 20px; padding-top: 12px; border-top: 1px solid #ddd; color: #888; font-size: 12px; }
.content-block { margin: 20px 40px 0; }
h2.content-block { font-size: 26px; font-weight: 400; margin-top: 22px; margin-bottom: 6px; }
.breadcrumb { color: #888; font-size: 13px; margin-top: 0; }
.responsive-paddings { padding: 20px 24px; }
.panel-header { font-size: 18px; font-weight: 500; padding-bottom: 12px; margin-bottom: 10px; border-bottom: 1px solid #eee; }
.panel-text { margin: 6px 0 4px; line-height: 1.5; }
.form-narrow { max-width: 720px; }
.button-row { display: flex; gap: 10px; margin-top: 14px; }
.button-row .dx-button { min-width: 110px; }
.hint-text { color: #777; font-size: 12px; line-height: 1.5; margin: 4px 0 0 40%; }
.reg-prompt { font-weight: 500; margin: 16px 0 10px; }
.reg-note { margin: 14px 0 0; padding: 10px 14px; border-left: 3px solid #f0ad4e; background: #fcf8e3; color: #8a6d3b; }
.otp-info { margin: 14px 0 0; color: #31708f; }
.otp-verified { margin: 0 0 4px; padding: 8px 12px; background: #dff0d8; color: #3c763d; border-radius: 3px; }
.success-text { padding: 14px 16px; background: #dff0d8; color: #3c763d; border: 1px solid #d6e9c6; border-radius: 4px; line-height: 1.5; }
.required-mark { color: #d9534f; padding-left: 2px; }
.api-summary { margin-top: 10px; }
.dash-cards { display: flex; gap: 20px; flex-wrap: wrap; }
.dash-card { flex: 1 1 220px; padding: 18px 20px; }
.dash-card-title { color: #888; text-transform: uppercase; font-size: 12px; letter-spacing: .05em; }
.dash-card-value { font-size: 34px; font-weight: 300; margin-top: 6px; color: #1f4e79; }
.dash-card-sub { color: #999; font-size: 12px; margin-top: 4px; }
.dash-card.profile .dash-card-value { font-size: 16px; font-weight: 500; }
.tech-intro { margin: 0 0 6px; line-height: 1.5; }
.tech-note { color: #777; font-size: 12px; margin-top: 8px; }
.tech-popup .dx-fieldset { margin: 10px 0; }
/* public pages */
.public-header { background: #1f4e79; color: #fff; }
.public-header-inner { display: flex; align-items: center; gap: 16px; height: 64px; padding: 0 32px; }
.public-header .header-logo { background: #fff; color: #1f4e79; }
.public-title { font-size: 20px; font-weight: 500; }
.public-title small { display: block; font-size: 12px; font-weight: 400; opacity: .8; }
.public-nav { margin-left: auto; display: flex; align-items: center; gap: 22px; }
.public-nav a { color: #fff; }
.hero { padding: 46px 32px; background: linear-gradient(135deg, #e9f1f8, #fff); }
.hero h1 { font-weight: 400; font-size: 30px; margin: 0 0 10px; color: #1f4e79; }
.hero p { max-width: 760px; line-height: 1.6; color: #555; }
.home-cards { display: flex; gap: 20px; padding: 24px 32px; }
.home-cards .dx-card { flex: 1; padding: 18px 20px; line-height: 1.5; }
.home-cards h3 { margin: 0 0 8px; font-weight: 500; color: #1f4e79; }
.single-card { display: flex; justify-content: center; padding: 36px 16px; }
.single-card > .dx-card { width: 470px; padding: 30px 34px 26px; }
.single-card .card-title { font-size: 24px; font-weight: 400; margin-bottom: 4px; }
.single-card .card-description { color: #777; margin-bottom: 10px; line-height: 1.5; }
.single-card .dx-fieldset { margin: 14px 0 18px; }
.single-card .dx-field-label { flex-basis: 32%; }
.single-card .dx-field-value, .single-card .dx-field-value-static { flex-basis: 68%; }
.captcha-row { display: flex; align-items: center; gap: 8px; }
#captcha_image { border: 1px solid #ddd; border-radius: 3px; height: 46px; }
.card-links { display: flex; justify-content: space-between; margin-top: 16px; font-size: 13px; }
.validation-summary-errors { color: #d9534f; margin: 8px 0 4px; }
.validation-summary-errors ul { margin: 0; padding-left: 18px; }
.validation-summary-valid { display: none; }
.text-danger { color: #d9534f; }
.login-summary { margin-top: 10px; }
`;

const SITE_JS = `(function () {
  'use strict';
  var loadCount = 0;
  var expired = false;
  window.app = {
    token: function () {
      var input = document.querySelector('#__AjaxAntiForgeryForm input[name="__RequestVerificationToken"]');
      return input ? input.value : '';
    },
    loading: function (on) {
      loadCount = Math.max(0, loadCount + (on ? 1 : -1));
      var panel = $('#loadPanel').dxLoadPanel('instance');
      if (!panel) return;
      if (loadCount > 0) panel.show();
      else panel.hide();
    },
    api: function (url, data) {
      app.loading(true);
      return $.ajax({
        url: url,
        type: data === undefined ? 'GET' : 'POST',
        contentType: 'application/json; charset=utf-8',
        data: data === undefined ? undefined : JSON.stringify(data),
      }).always(function () { app.loading(false); });
    },
    apiError: function (xhr, fallback) {
      if (!xhr || xhr.status === 401) return;
      var message = (xhr.responseJSON && xhr.responseJSON.message) || fallback || 'An error occurred while processing your request. Please try again.';
      DevExpress.ui.notify({ message: message, type: 'error', displayTime: 3000 });
    },
    sessionExpired: function () {
      if (expired) return;
      expired = true;
      DevExpress.ui.dialog.alert('Your session has expired. Please login again.', 'Session Expired').done(function () {
        window.location.href = '/Account/Login?ReturnUrl=' + encodeURIComponent(window.location.pathname) + '&expired=1';
      });
    },
    navigate: function (e) {
      if (e.itemData && e.itemData.path) window.location.href = e.itemData.path;
    },
    toggleMenu: function () {
      document.getElementById('layout-drawer').classList.toggle('dx-drawer-opened');
    },
    logout: function () { window.location.href = '/Account/Logout'; },
    goLogin: function () { window.location.href = '/Account/Login'; },
    goDashboard: function () { window.location.href = '/Home/MainMenu'; },
  };
  $(function () {
    $.ajaxSetup({
      headers: { RequestVerificationToken: app.token() },
      statusCode: { 401: function () { app.sessionExpired(); } },
    });
  });
})();
`;

/* ---------------------------------------------------------------------------------------------------
 * Razor-ish helpers: what DevExtreme.AspNet.Mvc writes for @(Html.DevExtreme().X().ID("id")...)
 * ------------------------------------------------------------------------------------------------- */
/** A reference to a page function, written raw into the widget options (like `.OnClick("name")`). */
function fn(name: string): string {
  return `@@fn:${name}@@`;
}

function serialize(value: unknown): string {
  return JSON.stringify(value)
    .replace(/"@@fn:([A-Za-z0-9_.$]+)@@"/g, '$1')
    .replace(/</g, '\\u003c');
}

function dx(
  id: string,
  widget: string,
  options: Record<string, unknown>,
  validator?: Record<string, unknown>,
  hostClass = '',
): string {
  const chain = validator ? `.dxValidator(${serialize(validator)})` : '';
  const cls = hostClass ? ` class="${hostClass}"` : '';
  return `<div id="${id}"${cls}></div>
<script>DevExpress.utils.readyCallbacks.add((function($){$("#${id}").${widget}(${serialize(options)})${chain};}).bind(this, jQuery));</script>`;
}

function field(label: string, content: string, required = false): string {
  const mark = required ? '<span class="required-mark">*</span>' : '';
  return `<div class="dx-field"><div class="dx-field-label">${esc(label)}${mark}</div><div class="dx-field-value">${content}</div></div>`;
}

function staticField(label: string, value: string): string {
  return `<div class="dx-field"><div class="dx-field-label">${esc(label)}</div><div class="dx-field-value-static">${esc(value)}</div></div>`;
}

function validationSummary(errors: string[]): string {
  if (errors.length === 0)
    return '<div class="text-danger validation-summary-valid" data-valmsg-summary="true"><ul><li style="display:none"></li></ul></div>';
  return `<div class="text-danger validation-summary-errors" data-valmsg-summary="true"><ul>${errors
    .map((error) => `<li>${esc(error)}</li>`)
    .join('')}</ul></div>`;
}

function antiforgery(session: Session): string {
  return `<input name="__RequestVerificationToken" type="hidden" value="${esc(session.token)}">`;
}

function shell(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(title)} - e-Invoice System</title>
<link rel="stylesheet" href="/lib/devextreme/css/dx.light.css">
<link rel="stylesheet" href="/css/site.css">
<script src="/lib/devextreme/js/dx.all.js"></script>
<script src="/js/site.js"></script>
</head>
<body class="dx-viewport">
${body}
</body>
</html>`;
}

function publicHeader(): string {
  return `<header class="public-header"><div class="public-header-inner">
<div class="header-logo">GST</div>
<div class="public-title">e-Invoice System<small>Goods and Services Tax &middot; Government of India</small></div>
<nav class="public-nav"><a href="/">Home</a><a href="#">Help</a><a href="#">Search</a><a href="#">Contact Us</a>
${dx('btnLogin', 'dxButton', { text: 'Login', type: 'normal', stylingMode: 'contained', onClick: fn('app.goLogin') }, undefined, 'homepageloginbtn')}
</nav></div></header>`;
}

function homePage(signedIn: boolean): string {
  return shell(
    'Home',
    `${publicHeader()}
<section class="hero"><h1>e-Invoice System</h1>
<p>Generate the Invoice Reference Number (IRN) for your B2B invoices, export invoices and credit or debit notes, register API
users for your GSP or ERP, and view MIS reports. ${signedIn ? 'You are signed in: use the Login button to go back to your Dash Board.' : 'Click Login to sign in with your e-Invoice portal credentials.'}</p></section>
<div class="home-cards">
<div class="dx-card"><h3>Announcements</h3>Two-factor authentication is mandatory for every login from 1st April 2025. The OTP is sent by SMS and
the Sandes app, or generated by the NIC-GST-Shield app.</div>
<div class="dx-card"><h3>API access</h3>Taxpayers using a GSP can create an API user under API Registration &rarr; User Credentials &rarr;
Create API User. An OTP is sent to the registered mobile number.</div>
<div class="dx-card"><h3>Help desk</h3>For queries contact the e-Invoice helpdesk through the Grievance Redressal Portal for GST.</div>
</div>`,
  );
}

function loginPage(
  session: Session,
  view: { returnUrl: string; errors: string[]; userName: string },
): string {
  const action = `/Account/Login${view.returnUrl ? `?ReturnUrl=${encodeURIComponent(view.returnUrl)}` : ''}`;
  return shell(
    'Login',
    `${publicHeader()}
<div class="single-card"><div class="dx-card">
<div class="card-title">Login</div>
<div class="card-description">Sign in to the e-Invoice System with your portal User Name and Password.</div>
${validationSummary(view.errors)}
<form method="post" action="${esc(action)}" id="loginForm" novalidate>
${antiforgery(session)}
<input type="hidden" name="ReturnUrl" value="${esc(view.returnUrl)}">
<div class="dx-fieldset">
${field(
  'User Name',
  dx(
    'txtUserName',
    'dxTextBox',
    {
      name: 'UserLogin.UserName',
      value: view.userName,
      placeholder: 'Enter User Name',
      maxLength: 15,
      inputAttr: { 'aria-label': 'User Name' },
    },
    { validationGroup: 'login', validationRules: [{ type: 'required', message: 'User Name is required' }] },
  ),
)}
${field(
  'Password',
  dx(
    'txt_password',
    'dxTextBox',
    {
      name: 'UserLogin.Password',
      mode: 'password',
      placeholder: 'Enter Password',
      inputAttr: { 'aria-label': 'Password' },
    },
    { validationGroup: 'login', validationRules: [{ type: 'required', message: 'Password is required' }] },
  ),
)}
<div class="dx-field"><div class="dx-field-label"></div><div class="dx-field-value captcha-row">
<img id="captcha_image" src="/get-captcha-image?v=${Date.now()}" alt="Captcha Image" width="160" height="50">
${dx('btnRefreshCaptcha', 'dxButton', { icon: 'refresh', stylingMode: 'text', hint: 'Refresh Captcha', onClick: fn('refreshCaptcha') })}
</div></div>
${field(
  'Captcha',
  dx(
    'CaptchaCode',
    'dxTextBox',
    {
      name: 'CaptchaCode',
      placeholder: 'Enter the characters shown',
      maxLength: 6,
      inputAttr: { 'aria-label': 'Captcha' },
    },
    { validationGroup: 'login', validationRules: [{ type: 'required', message: 'Captcha is required' }] },
  ),
)}
</div>
${dx('btnSignIn', 'dxButton', { text: 'Login', type: 'default', stylingMode: 'contained', useSubmitBehavior: true, validationGroup: 'login', width: '100%' }, undefined, 'btnlogin')}
${dx('loginSummary', 'dxValidationSummary', { validationGroup: 'login' }, undefined, 'login-summary')}
</form>
<div class="card-links"><a href="#">Forgot Username?</a><a href="#">Forgot Password?</a><a href="#">New Registration</a></div>
</div></div>
<script>
function refreshCaptcha() { document.getElementById('captcha_image').src = '/get-captcha-image?v=' + Date.now(); }
</script>`,
  );
}

function twoFactorPage(session: Session, errors: string[]): string {
  return shell(
    'Two-Factor Authentication',
    `${publicHeader()}
<div class="single-card"><div class="dx-card">
<div class="card-title">Two-Factor Authentication</div>
<div class="card-description">An OTP has been sent to your registered mobile number ${MOBILE_MASKED} by SMS and on the Sandes app.
You can also enter the OTP shown in the NIC-GST-Shield app.</div>
${validationSummary(errors)}
<form method="post" action="/Account/LoginWith2fa" id="otpForm" novalidate>
${antiforgery(session)}
<div class="dx-fieldset">
${field(
  'Enter OTP',
  dx(
    'txtOtp',
    'dxTextBox',
    { name: 'TwoFactorCode', placeholder: 'Enter OTP', maxLength: 6, inputAttr: { 'aria-label': 'OTP' } },
    {
      validationGroup: 'otp',
      validationRules: [
        { type: 'required', message: 'OTP is required' },
        { type: 'pattern', pattern: '^\\d{6}$', message: 'OTP must be 6 digits' },
      ],
    },
  ),
)}
</div>
${dx('btnVerifyOTP', 'dxButton', { text: 'Verify OTP', type: 'default', stylingMode: 'contained', useSubmitBehavior: true, validationGroup: 'otp', width: '100%' })}
${dx('otpSummary', 'dxValidationSummary', { validationGroup: 'otp' }, undefined, 'login-summary')}
</form>
<div class="card-links"><a href="/Account/Login">Back to Login</a><span>OTP valid for 10 minutes</span></div>
</div></div>`,
  );
}

function badRequestPage(): string {
  return shell('Bad Request', '<div class="content-block"><h2>Bad Request</h2><p>HTTP ERROR 400</p></div>');
}

function notFoundPage(): string {
  return shell(
    'Not Found',
    `${publicHeader()}<div class="content-block"><h2>Page not found</h2><p>The page you requested does not exist. <a href="/">Home</a></p></div>`,
  );
}

/* ---------------------------------------------------------------------------------------------------
 * Signed-in pages: _Layout.cshtml (header toolbar, dxDrawer with the dxTreeView menu) and the views.
 * ------------------------------------------------------------------------------------------------- */
interface MenuItem {
  id: string;
  text: string;
  icon?: string;
  path?: string;
  items?: MenuItem[];
  expanded?: boolean;
  selected?: boolean;
}

const MENU: MenuItem[] = [
  { id: 'dashboard', text: 'Dash Board', icon: 'home', path: '/Home/MainMenu' },
  {
    id: 'einvoice',
    text: 'e-Invoice',
    icon: 'doc',
    items: [
      { id: 'generate', text: 'Generate IRN', path: '/EInvoice/Generate' },
      { id: 'bulkupload', text: 'Bulk Upload', path: '/Invoice/BulkUpload' },
      { id: 'cancelirn', text: 'Cancel IRN', path: '/EInvoice/Cancel' },
      { id: 'print', text: 'Print e-Invoice', path: '/EInvoice/Print' },
    ],
  },
  {
    id: 'apiregistration',
    text: 'API Registration',
    icon: 'key',
    items: [
      {
        id: 'usercredentials',
        text: 'User Credentials',
        items: [
          { id: 'createapiuser', text: 'Create API User', path: '/ApiRegistration/CreateApiUser' },
          { id: 'viewapiusers', text: 'View API Users', path: '/ApiRegistration/ViewApiUsers' },
        ],
      },
      { id: 'ipwhitelisting', text: 'IP Whitelisting', path: '/ApiRegistration/IpWhitelisting' },
      { id: 'freezeapiuser', text: 'Freeze API User', path: '/ApiRegistration/FreezeApiUser' },
      { id: 'changeapipassword', text: 'Change API Password', path: '/ApiRegistration/ChangeApiPassword' },
    ],
  },
  {
    id: 'misreports',
    text: 'MIS Reports',
    icon: 'chart',
    items: [
      { id: 'misdetails', text: 'e-Invoice Details', path: '/MisRpt' },
      { id: 'missummary', text: 'Summary Report', path: '/MisRpt/Summary' },
    ],
  },
  {
    id: 'usermanagement',
    text: 'User Management',
    icon: 'user',
    items: [
      { id: 'createsubuser', text: 'Create Sub User', path: '/UserManagement/CreateSubUser' },
      { id: 'technicalcontact', text: 'Technical Contact', path: '/UserManagement/TechnicalContact' },
      { id: 'changepassword', text: 'Change Password', path: '/UserManagement/ChangePassword' },
    ],
  },
];

const PLACEHOLDERS: Record<string, string> = {};
(function collect(items: MenuItem[]) {
  for (const item of items) {
    if (item.items) collect(item.items);
    else if (item.path && item.id !== 'dashboard' && item.id !== 'createapiuser')
      PLACEHOLDERS[item.path.toLowerCase()] = item.text;
  }
})(MENU);

/** The menu as the layout hands it to the tree: the current page's ancestors expanded, its leaf selected. */
function menuFor(path: string): MenuItem[] {
  const lower = path.toLowerCase();
  const walk = (items: MenuItem[]): [MenuItem[], boolean] => {
    let found = false;
    const out = items.map((item) => {
      if (item.items) {
        const [children, inside] = walk(item.items);
        found ||= inside;
        return { ...item, items: children, expanded: inside };
      }
      const hit = item.path?.toLowerCase() === lower;
      found ||= hit;
      return { ...item, selected: hit };
    });
    return [out, found];
  };
  return walk(MENU)[0];
}

function layout(
  session: Session,
  state: DevextremeR17State,
  title: string,
  path: string,
  content: string,
): string {
  return shell(
    title,
    `<div class="app-layout">
<header class="header-component"><div class="dx-toolbar dx-widget dx-visibility-change-handler dx-collection header-toolbar" role="toolbar"><div class="dx-toolbar-items-container">
<div class="dx-toolbar-before">
<div class="dx-item dx-toolbar-item dx-toolbar-button menu-button"><div class="dx-item-content dx-toolbar-item-content">${dx('btnMenu', 'dxButton', { icon: 'menu', stylingMode: 'text', hint: 'Menu', onClick: fn('app.toggleMenu') })}</div></div>
<div class="dx-item dx-toolbar-item dx-toolbar-label"><div class="dx-item-content dx-toolbar-item-content"><div class="header-title"><div class="header-logo">GST</div><div><div class="header-name">e-Invoice System</div><div class="header-sub">Goods and Services Tax</div></div></div></div></div>
</div>
<div class="dx-toolbar-center"></div>
<div class="dx-toolbar-after">
<div class="dx-item dx-toolbar-item"><div class="dx-item-content dx-toolbar-item-content"><div class="user-info"><div>${esc(session.userName)}</div><div class="user-gstin">${esc(state.gstin)}</div></div></div></div>
<div class="dx-item dx-toolbar-item dx-toolbar-button"><div class="dx-item-content dx-toolbar-item-content">${dx('btnLogout', 'dxButton', { text: 'Logout', icon: 'runner', stylingMode: 'outlined', onClick: fn('app.logout') })}</div></div>
</div>
</div></div></header>
<div id="layout-drawer" class="dx-drawer dx-drawer-left dx-drawer-shrink dx-drawer-opened dx-widget dx-visibility-change-handler"><div class="dx-drawer-wrapper">
<div class="dx-drawer-panel-content"><div class="menu-container">
${dx('navTree', 'dxTreeView', { items: menuFor(path), expandEvent: 'click', selectByClick: true, animationEnabled: true, width: '100%', onItemClick: fn('app.navigate') }, undefined, 'panel-list')}
</div></div>
<div class="dx-drawer-content"><div class="layout-body">
${content}
<footer class="layout-footer">e-Invoice System &middot; Designed and developed by National Informatics Centre &middot; Best viewed in the latest Chrome, Edge and Firefox</footer>
</div></div>
</div></div>
</div>
<form id="__AjaxAntiForgeryForm" action="#" method="post">${antiforgery(session)}</form>
${dx('loadPanel', 'dxLoadPanel', { shading: true, shadingColor: 'rgba(0,0,0,0.4)', message: 'Loading...', showIndicator: true, showPane: true, visible: false })}`,
  );
}

function dashboardPage(session: Session, state: DevextremeR17State): string {
  return layout(
    session,
    state,
    'Dash Board',
    '/Home/MainMenu',
    `<h2 class="content-block">Dash Board</h2>
<div class="content-block"><div class="dash-cards">
<div class="dx-card dash-card"><div class="dash-card-title">Generations</div><div class="dash-card-value" id="cardGenerations">&ndash;</div><div class="dash-card-sub">IRNs generated this month</div></div>
<div class="dx-card dash-card"><div class="dash-card-title">Cancelled</div><div class="dash-card-value" id="cardCancelled">&ndash;</div><div class="dash-card-sub">IRNs cancelled this month</div></div>
<div class="dx-card dash-card profile"><div class="dash-card-title">GSTIN</div><div class="dash-card-value" id="cardGstin">&ndash;</div><div class="dash-card-sub" id="cardLegalName"></div></div>
</div></div>
<div class="content-block"><div class="dx-card responsive-paddings"><div class="panel-header">Last login</div><div id="lastLogin">&ndash;</div></div></div>
<div id="popupTechContact"></div>
<script>
$(function () {
  app.api('/api/Dashboard/Summary')
    .done(function (data) {
      $('#cardGenerations').text(String(data.generations));
      $('#cardCancelled').text(String(data.cancelled));
      $('#cardGstin').text(data.gstin);
      $('#cardLegalName').text(data.legalName);
      $('#lastLogin').text(data.lastLogin);
      if (data.showTechContact) showTechContact(data.techContact, data.gstin);
    })
    .fail(function (xhr) { app.apiError(xhr); });
});
function showTechContact(contact, gstin) {
  var popup = $('#popupTechContact').dxPopup({
    title: 'Contacts of Technical Person',
    width: 560,
    showCloseButton: true,
    wrapperAttr: { class: 'tech-popup' },
    contentTemplate: function (container) {
      var intro = document.createElement('p');
      intro.className = 'tech-intro';
      intro.textContent = 'The following person is registered as the technical contact for GSTIN ' + gstin + '. Alerts about e-Invoice APIs are sent to this contact.';
      container.appendChild(intro);
      var set = document.createElement('div');
      set.className = 'dx-fieldset';
      [['Name', contact.name], ['Mobile', contact.mobile], ['E-mail', contact.email]].forEach(function (row) {
        set.insertAdjacentHTML('beforeend', '<div class="dx-field"><div class="dx-field-label"></div><div class="dx-field-value-static"></div></div>');
        set.lastChild.firstChild.textContent = row[0];
        set.lastChild.lastChild.textContent = row[1];
      });
      container.appendChild(set);
      var note = document.createElement('div');
      note.className = 'tech-note';
      note.textContent = 'To change these details go to User Management > Technical Contact.';
      container.appendChild(note);
    },
    toolbarItems: [{ toolbar: 'bottom', location: 'after', widget: 'dxButton', options: { text: 'OK', type: 'default', stylingMode: 'contained', onClick: function () { popup.hide(); } } }],
    onHidden: function () { $.ajax({ url: '/api/Dashboard/AcknowledgeContact', type: 'POST', contentType: 'application/json; charset=utf-8', data: '{}' }); },
  }).dxPopup('instance');
  popup.show();
}
</script>`,
  );
}

function placeholderPage(session: Session, state: DevextremeR17State, path: string): string {
  const title = PLACEHOLDERS[path.toLowerCase()] ?? 'e-Invoice';
  return layout(
    session,
    state,
    title,
    path,
    `<h2 class="content-block">${esc(title)}</h2>
<div class="content-block"><div class="dx-card responsive-paddings">
${dx('gridPlaceholder', 'dxDataGrid', {
  dataSource: [],
  columns: [
    { dataField: 'SNo', caption: 'S.No.', width: 70 },
    { dataField: 'Description', caption: 'Description' },
    { dataField: 'Date', caption: 'Date', width: 160 },
  ],
  showBorders: true,
  noDataText: 'No data',
})}
</div></div>`,
  );
}

function createApiUserPage(session: Session, state: DevextremeR17State): string {
  const registrationTypes = [
    { id: 'DIRECT', text: 'Directly' },
    { id: 'GSP', text: 'Through GSP' },
    { id: 'ERP', text: 'Through ERP' },
    { id: 'CLIENTID', text: 'Through Client-Id of other' },
  ];
  const content = `<h2 class="content-block">Create API User</h2>
<div class="content-block breadcrumb">API Registration &rsaquo; User Credentials &rsaquo; Create API User</div>
<div class="content-block"><div class="dx-card responsive-paddings form-narrow">
<div class="panel-header">API Registration</div>
<div id="otpPanel">
<p class="panel-text">To create an API user, an OTP will be sent to the mobile number registered for your GSTIN.</p>
<div class="dx-fieldset">
${staticField('GSTIN', state.gstin)}
${staticField('Registered Mobile', MOBILE_MASKED)}
</div>
${dx('btnSendOtp', 'dxButton', { text: 'Send OTP', type: 'default', stylingMode: 'contained', onClick: fn('sendOtp') })}
<div id="otpEntry" style="display:none">
<div class="otp-info" id="otpInfo"></div>
<div class="dx-fieldset">
${field(
  'Enter OTP',
  dx(
    'txtApiOtp',
    'dxTextBox',
    { mode: 'password', placeholder: 'Enter OTP', maxLength: 6, inputAttr: { 'aria-label': 'OTP' } },
    {
      validationGroup: 'apiOtp',
      validationRules: [
        { type: 'required', message: 'OTP is required' },
        { type: 'pattern', pattern: '^\\d{6}$', message: 'OTP must be 6 digits' },
      ],
    },
  ),
  true,
)}
</div>
<div class="button-row">
${dx('btnVerifyOtp', 'dxButton', { text: 'Verify OTP', type: 'default', stylingMode: 'contained', validationGroup: 'apiOtp', onClick: fn('verifyOtp') })}
${dx('btnResendOtp', 'dxButton', { text: 'Resend OTP', type: 'default', stylingMode: 'text', onClick: fn('sendOtp') })}
</div>
</div>
</div>
<div id="regPanel" style="display:none">
<div class="otp-verified">OTP verified successfully. Choose how the GSTIN will use the e-Invoice APIs.</div>
<div class="reg-prompt">Do you wish to Register your GSTIN for</div>
${dx(
  'rgRegistrationType',
  'dxRadioGroup',
  {
    items: registrationTypes,
    valueExpr: 'id',
    displayExpr: 'text',
    layout: 'horizontal',
    value: null,
    elementAttr: { 'aria-label': 'Do you wish to Register your GSTIN for' },
    onValueChanged: fn('onRegistrationTypeChanged'),
  },
  {
    validationGroup: 'apiUser',
    validationRules: [{ type: 'required', message: 'Select how you wish to register your GSTIN' }],
  },
)}
<div id="gspFields" style="display:none">
<div class="dx-fieldset">
${field(
  'Select your GSP',
  dx(
    'sbGsp',
    'dxSelectBox',
    {
      dataSource: GSP_ITEMS,
      valueExpr: 'GspId',
      displayExpr: 'GspName',
      searchEnabled: true,
      searchMode: 'contains',
      name: 'GspId',
      placeholder: 'Select...',
      inputAttr: { 'aria-label': 'Select your GSP' },
    },
    {
      validationGroup: 'apiUser',
      validationRules: [{ type: 'required', message: 'Select your GSP is required' }],
    },
  ),
  true,
)}
${field(
  'User Name',
  dx(
    'txtApiUserName',
    'dxTextBox',
    {
      name: 'UserName',
      maxLength: 20,
      placeholder: 'Enter User Name',
      inputAttr: { 'aria-label': 'User Name' },
      buttons: [
        {
          name: 'prefix',
          location: 'before',
          options: {
            text: 'API_',
            stylingMode: 'text',
            focusStateEnabled: false,
            hoverStateEnabled: false,
            activeStateEnabled: false,
            elementAttr: { class: 'api-prefix' },
          },
        },
      ],
    },
    {
      validationGroup: 'apiUser',
      validationRules: [
        { type: 'required', message: 'User Name is required' },
        {
          type: 'pattern',
          pattern: USERNAME_RULE.source,
          message: 'User Name must be 3 to 20 letters, digits or underscores (typed after API_)',
        },
      ],
    },
  ),
  true,
)}
${field(
  'Password',
  dx(
    'txtApiPassword',
    'dxTextBox',
    {
      name: 'Password',
      mode: 'password',
      maxLength: 15,
      placeholder: 'Enter Password',
      inputAttr: { 'aria-label': 'Password' },
    },
    {
      validationGroup: 'apiUser',
      validationRules: [
        { type: 'required', message: 'Password is required' },
        { type: 'pattern', pattern: PASSWORD_RULE.source, message: PASSWORD_MESSAGE },
      ],
    },
  ),
  true,
)}
${field(
  'Re-enter Password',
  dx(
    'txtApiConfirmPassword',
    'dxTextBox',
    {
      name: 'ConfirmPassword',
      mode: 'password',
      maxLength: 15,
      placeholder: 'Re-enter Password',
      inputAttr: { 'aria-label': 'Re-enter Password' },
    },
    {
      validationGroup: 'apiUser',
      validationRules: [
        { type: 'required', message: 'Re-enter Password is required' },
        {
          type: 'compare',
          comparisonTarget: fn('getApiPassword'),
          message: 'Password and Re-enter Password do not match',
        },
      ],
    },
  ),
  true,
)}
</div>
<div class="hint-text">The API user name is API_ followed by what you type. ${esc(PASSWORD_MESSAGE)}</div>
</div>
<div id="otherNote" class="reg-note" style="display:none"></div>
<div class="button-row">
${dx('btnSubmit', 'dxButton', { text: 'Submit', type: 'default', stylingMode: 'contained', validationGroup: 'apiUser', disabled: true, onClick: fn('submitApiUser') })}
${dx('btnExit', 'dxButton', { text: 'Exit', type: 'normal', stylingMode: 'contained', onClick: fn('app.goDashboard') })}
</div>
${dx('apiUserSummary', 'dxValidationSummary', { validationGroup: 'apiUser' }, undefined, 'api-summary')}
</div>
<div id="successPanel" style="display:none"><div class="success-text" id="successText"></div>
<div class="button-row">${dx('btnDone', 'dxButton', { text: 'Go to Dash Board', type: 'normal', stylingMode: 'contained', onClick: fn('app.goDashboard') })}</div></div>
</div></div>
<div class="content-block" id="gridPanel" style="display:none"><div class="dx-card responsive-paddings">
<div class="panel-header">GSPs registered for GSTIN ${esc(state.gstin)}</div>
${dx('gridRegistered', 'dxDataGrid', {
  dataSource: [],
  keyExpr: 'SNo',
  columns: [
    { dataField: 'SNo', caption: 'S.No.', width: 70, dataType: 'number' },
    { dataField: 'GspName', caption: 'GSP Name' },
    { dataField: 'ApiUserName', caption: 'API User Name', width: 200 },
    { dataField: 'CreatedOn', caption: 'Created On', width: 150 },
    { dataField: 'Status', caption: 'Status', width: 90 },
  ],
  showBorders: true,
  showRowLines: true,
  noDataText: 'No GSP is registered for this GSTIN',
})}
</div></div>
<script>
var notes = {
  DIRECT: 'Direct registration is available only to taxpayers whose aggregate turnover exceeds the notified limit. It is not enabled for your GSTIN.',
  ERP: 'Registration through ERP is not enabled for your GSTIN. Please contact your ERP provider.',
  CLIENTID: 'Registration through the Client-Id of another taxpayer is not enabled for your GSTIN.',
};
function getApiPassword() { return $('#txtApiPassword').dxTextBox('instance').option('value'); }
function showGrid(rows) {
  $('#gridRegistered').dxDataGrid('instance').option('dataSource', rows);
  $('#gridPanel').show();
}
function sendOtp() {
  app.api('/api/ApiRegistration/SendOtp', {})
    .done(function (result) {
      DevExpress.ui.notify({ message: result.message, type: 'success', displayTime: 3000 });
      $('#otpInfo').text('An OTP has been sent to your registered mobile number ' + result.mobile + '. It is valid for 10 minutes.');
      $('#btnSendOtp').hide();
      $('#otpEntry').show();
      $('#txtApiOtp').dxTextBox('instance').focus();
    })
    .fail(function (xhr) { app.apiError(xhr); });
}
function verifyOtp(e) {
  if (!e.validationGroup.validate().isValid) return;
  var box = $('#txtApiOtp').dxTextBox('instance');
  app.api('/api/ApiRegistration/VerifyOtp', { Otp: box.option('value') })
    .done(function (result) {
      DevExpress.ui.notify({ message: result.message, type: 'success', displayTime: 3000 });
      $('#otpPanel').hide();
      $('#regPanel').show();
      showGrid(result.registrations);
    })
    .fail(function (xhr) {
      if (xhr.status === 401) return;
      var message = (xhr.responseJSON && xhr.responseJSON.message) || 'OTP could not be verified.';
      box.option({ value: '', isValid: false, validationError: { message: message } });
      app.apiError(xhr);
    });
}
function onRegistrationTypeChanged(e) {
  var gsp = e.value === 'GSP';
  $('#gspFields').toggle(gsp);
  $('#otherNote').toggle(!gsp && !!e.value).text(notes[e.value] || '');
  $('#btnSubmit').dxButton('instance').option('disabled', !gsp);
}
function submitApiUser(e) {
  if (!e.validationGroup.validate().isValid) return;
  DevExpress.ui.dialog.confirm('Are you sure you want to create the API user?', 'Confirm').done(function (yes) {
    if (!yes) return;
    var data = {
      RegistrationType: $('#rgRegistrationType').dxRadioGroup('instance').option('value'),
      GspId: $('#sbGsp').dxSelectBox('instance').option('value'),
      UserName: $('#txtApiUserName').dxTextBox('instance').option('value'),
      Password: $('#txtApiPassword').dxTextBox('instance').option('value'),
      ConfirmPassword: $('#txtApiConfirmPassword').dxTextBox('instance').option('value'),
    };
    app.api('/api/ApiRegistration/CreateApiUser', data)
      .done(function (result) {
        DevExpress.ui.notify({ message: 'API user created successfully.', type: 'success', displayTime: 3000 });
        $('#regPanel').hide();
        $('#successText').text(result.message + ' Note the User Name and Password: you need them to generate the authentication token of the e-Invoice APIs.');
        $('#successPanel').show();
        showGrid(result.registrations);
      })
      .fail(function (xhr) {
        if (xhr.status === 401) return;
        if (xhr.status === 409 && xhr.responseJSON) {
          var div = document.createElement('div');
          div.textContent = xhr.responseJSON.message;
          DevExpress.ui.dialog.alert(div.innerHTML, xhr.responseJSON.title || 'e-Invoice System');
          return;
        }
        app.apiError(xhr);
      });
  });
}
</script>`;
  return layout(session, state, 'Create API User', '/ApiRegistration/CreateApiUser', content);
}
