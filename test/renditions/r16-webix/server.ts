/**
 * Rendition r16-webix: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2019-2024 Webix 8/9 single-page application
 * (the kind several Indian state departments build for internal portals) draws it: every screen is a
 * JavaScript UI definition turned into Webix's own DOM by a small hand-written runtime in this file
 * (no real Webix, no CDN, no network). Boxes are `div.webix_view[view_id=$layout1]` sized in pixels by
 * the runtime's layout pass (rows stacked as blocks, cols as inline-blocks, margins as padding), controls
 * are `div.webix_view.webix_control.webix_el_<type> > div.webix_el_box` with a fixed 130 px left label,
 * input ids are `webix.uid()` numbers (Date.now()-seeded), overlays are appended to the end of <body>.
 *
 * Choices made where the docs are silent (or where this design differs from the real portal):
 * - URLs: `/` is the home page (toolbar with "Login", `#btnLogin` as its view_id); "Login" slides a
 *   multiview (400 ms) to the login form. `/login` opens on the form (`?expired=1` and `?logout=1` show a
 *   band above it). The 2FA step is a third cell of the same multiview. After the OTP the page goes to
 *   `/main#!/top/dashboard` (a Webix-Jet-like hash); `/logout` ends the session. JSON endpoints under
 *   `/api/`, called with an XHR (`webix.ajax().headers({...}).post`), bodies JSON; answers are 200 with
 *   `{status:'ok'|'error'|'otp', message}` except a lost session (401).
 * - Login: Username, Password, a captcha picture (`/captcha.svg`, the configured characters with fresh
 *   noise each time; compared case-insensitively) with a refresh icon button, "Enter Captcha", "Login".
 *   Empty fields are marked `webix_invalid` plus a toast. Captcha checked first, then the credentials
 *   (username case-insensitive). Refusals are `webix.alert({type:'alert-error'})` modal boxes: "Invalid
 *   Captcha. Please enter the characters shown in the image." / "Invalid Login Credentials. Please check
 *   your Username and Password."; the picture is redrawn and the captcha box emptied.
 * - 2FA: cell "Two-Factor Authentication": text, "Enter OTP", "Verify OTP" (view_id btnVerifyOTP),
 *   "Resend OTP", "Back". Wrong: red toast "Invalid OTP. Please enter the correct OTP sent to your
 *   registered mobile number." and the field marked invalid ("Invalid OTP" under it); retries unlimited.
 * - After login: a `view:'window'` (modal, centred, 560 px) "Contacts of Technical Person" opens once per
 *   session about 300 ms after `GET /api/profile/contact` answers: a close icon (`div.webix_icon.wxi-close`
 *   with role=button and no text) in its head, Name / Mobile / E-mail fields, "Update" (saves, success
 *   toast) and "Exit" (`webix_danger`). Its `div.webix_modal` cover stops every click until closed.
 * - Shell: a dark toolbar (menu icon that hides/shows the sidebar, title, GSTIN and user, "Logout"), a
 *   Webix sidebar (tree): Dash Board; e-Invoice (Generate IRN, Bulk Upload, Cancel IRN, Print e-Invoice);
 *   API Registration (User Credentials (Create API User, View API Users), IP Whitelisting, Freeze API
 *   User, Change API Password); MIS Reports (...); User Management. Branches toggle on click and render
 *   their children only while open. Content is a multiview (slide animation, 400 ms); leaves other than
 *   Dash Board and Create API User show a placeholder "No records found.". Dashboard: a header template
 *   "Dash Board" and cards "Generations", "Cancelled", "Total Value".
 * - Create API User: header "API Registration", a text naming the masked mobile and a "Send OTP" button
 *   (the click sends the OTP: stage api-otp-send). Then "Enter OTP" and "Verify" (plus "Resend OTP", held
 *   back 30 s by a countdown). Wrong OTP: red toast "Invalid OTP. Please enter the valid OTP sent to your
 *   registered mobile number." and the field marked invalid. Verified: the OTP form is hidden, a note
 *   "OTP verified" and the registration form and the table of registered GSPs appear.
 * - Registration form: section "Do you wish to Register your GSTIN for", a `view:'radio'` "Registration
 *   Type" with "Directly" (checked by default: it shows a note and disables Submit) and "Through GSP"
 *   (shows the GSP picker and enables Submit). "Select your GSP" is a `view:'richselect'` over 24 names
 *   (its suggest list moved to the end of <body> when opened, 300 px, all items in the DOM). "Username" is
 *   a label view, a grey "API_" label view and a text box with no label of its own; 3 to 30 letters,
 *   digits, '.', '-', '_'; a typed leading "API_" is not doubled. "Password" / "Re-enter Password": 8 to 15
 *   characters with upper, lower, digit and special character. Client rules mark fields `webix_invalid`.
 *   "Submit" opens `webix.confirm` "Confirm" / "Do you want to create the API user?" (Cancel, OK);
 *   "Exit" returns to the dashboard.
 * - Refusals after Submit as `webix.alert` alert-error: "GSTIN <gstin> is already registered with the
 *   GSP <name>." (duplicate: IRIS BUSINESS SERVICES LIMITED is on file from 2021, or any made here) and
 *   "Username API_x is already taken. Please choose another username." (username-taken: API_admin,
 *   API_test, API_irisgst or any made here, case-insensitively).
 * - Success: `webix.message({type:'success'})` "API user API_x has been created successfully.", the form
 *   hidden, a green note "API user API_x created successfully for <GSP>. Please note the username and
 *   password." and the datatable "GSPs registered for GSTIN <gstin>" (Sl. No, GSP Name, API User Name,
 *   Created On, Status) reloaded.
 * - Sessions: cookie `JSESSIONID` (HttpOnly, SameSite=Lax) naming server-side state, 20 minutes idle.
 *   `/main` without a signed-in session is a 302 to `/login` (`/login?expired=1` when the cookie names a
 *   session that is gone). An XHR without one gets 401; the runtime fires `onAjaxError` and the app shows
 *   `webix.alert({type:'alert-error', title:'Session Expired', text:'Session expired. Please login
 *   again.'})` whose OK sets `location.href='/login?expired=1'`.
 * - expireOnce: the first signed-in request of that stage (`/api/apiotp/send`, `/api/apiotp/verify`,
 *   `/api/apiuser/create`) deletes the session first and answers 401 as any lost session does.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type WebixR16Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface WebixR16Options {
  expireOnce?: WebixR16Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

export interface WebixR16State {
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

export interface WebixR16Rendition {
  url: string;
  close(): Promise<void>;
  state: WebixR16State;
}

export const WEBIX_R16_LOGIN: { username: string; password: string } = {
  username: 'wbxtaxpayer27',
  password: 'Wbx@Portal2024',
};

const GSPS: { id: string; value: string }[] = [
  { id: 'GSP101', value: 'Adaequare Info Private Limited' },
  { id: 'GSP102', value: 'Tera Software Limited' },
  { id: 'GSP103', value: 'Vay Network Services Pvt. Ltd.' },
  { id: 'GSP104', value: 'IRIS BUSINESS SERVICES LIMITED' },
  { id: 'GSP105', value: 'BVM IT Consulting Services India Private Limited' },
  { id: 'GSP106', value: 'Chartered Information Systems Private Limited' },
  { id: 'GSP107', value: 'Masters India Private Limited' },
  { id: 'GSP108', value: 'Cygnet Infotech Private Ltd' },
  { id: 'GSP109', value: 'Alankit Limited' },
  { id: 'GSP110', value: 'Tally ( India) Private Ltd' },
  { id: 'GSP111', value: 'Webtel Electrosoft Private Limited' },
  { id: 'GSP112', value: 'Excellon Software Private Limited' },
  { id: 'GSP113', value: 'Karvy Data Management Services Limited' },
  { id: 'GSP114', value: 'Tata Consultancy Services Limited' },
  { id: 'GSP115', value: 'Ernst & Young LLP' },
  { id: 'GSP116', value: 'DEFMACRO SOFTWARE PRIVATE LIMITED' },
  { id: 'GSP117', value: 'Botree Software International Pvt Ltd' },
  { id: 'GSP118', value: 'SAG Infotech Private Limited' },
  { id: 'GSP119', value: 'Seshaasai Business Forms Pvt Ltd' },
  { id: 'GSP120', value: 'Reliance Corporate IT Park Limited' },
  { id: 'GSP121', value: 'Probity Soft Pvt Ltd' },
  { id: 'GSP122', value: 'Zoho Corporation Private Limited' },
  { id: 'GSP123', value: 'Octa GST Services LLP' },
  { id: 'GSP124', value: 'Suvidha Tax Network Private Limited' },
];

const MOBILE_MASKED = 'XXXXXX7310';
const TAKEN_USERNAMES = ['API_admin', 'API_test'];
const USERNAME_RULE = /^[A-Za-z0-9._-]{3,30}$/;
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const IDLE_MS = 20 * 60_000;

interface Session {
  id: string;
  stage: 'anon' | 'otp' | 'in';
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  contactShown: boolean;
  lastSeen: number;
}

interface Registration {
  gstin: string;
  gsp: string;
  username: string;
  createdOn: string;
  status: string;
}

function stamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 65_536) break;
    chunks.push(chunk as Buffer);
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
  return typeof value === 'string' ? value : '';
}

function captchaSvg(text: string): string {
  const colours = ['#1c4e80', '#7b1e3a', '#2d6a4f', '#5a189a', '#9c4a00'];
  const parts: string[] = [];
  for (let i = 0; i < 7; i++) {
    parts.push(
      `<line x1="${randomInt(0, 150)}" y1="${randomInt(0, 46)}" x2="${randomInt(0, 150)}" y2="${randomInt(0, 46)}" stroke="${colours[i % colours.length]}" stroke-width="1" opacity="0.55"/>`,
    );
  }
  for (let i = 0; i < 40; i++) {
    parts.push(`<circle cx="${randomInt(0, 150)}" cy="${randomInt(0, 46)}" r="1" fill="#6b7a90"/>`);
  }
  [...text].forEach((ch, i) => {
    const x = 18 + i * 26 + randomInt(-3, 4);
    const y = 32 + randomInt(-4, 5);
    const angle = randomInt(-18, 19);
    const colour = colours[(i + randomInt(0, 5)) % colours.length];
    const safe = ch.replace(/[<>&"']/g, '');
    parts.push(
      `<text x="${x}" y="${y}" transform="rotate(${angle} ${x} ${y})" font-family="Georgia, 'Courier New', monospace" font-size="26" font-weight="bold" fill="${colour}">${safe}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="46" viewBox="0 0 150 46"><rect width="150" height="46" fill="#eef3f7"/><path d="M0 30 Q 40 5 75 25 T 150 18" stroke="#9aa8b8" fill="none" stroke-width="2"/>${parts.join('')}</svg>`;
}

function page(title: string, portal: Record<string, unknown>, app: string): string {
  const data = JSON.stringify(portal).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${WEBIX_CSS}${WEBIX_RUNTIME_EXTRA_CSS}${ICON_CSS}</style>
<style>${APP_CSS}</style>
<script>${WEBIX_RUNTIME}</script>
</head>
<body>
<noscript>Please enable JavaScript to use the e-Invoice System.</noscript>
<script>window.PORTAL = ${data};</script>
<script>${app}</script>
</body>
</html>`;
}

export async function startWebixR16Rendition(options: WebixR16Options = {}): Promise<WebixR16Rendition> {
  const state: WebixR16State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const sessions = new Map<string, Session>();
  const registrations: Registration[] = [
    {
      gstin: state.gstin,
      gsp: 'IRIS BUSINESS SERVICES LIMITED',
      username: 'API_irisgst',
      createdOn: '14/08/2021 11:32:07',
      status: 'Active',
    },
  ];
  const contact = { name: 'Rohan Deshpande', mobile: '9822047310', email: 'it.support@unitedfoods.example' };
  let expiryUsed = false;

  function newSession(res: ServerResponse): Session {
    const session: Session = {
      id: randomBytes(16).toString('hex').toUpperCase(),
      stage: 'anon',
      apiOtpSent: false,
      apiOtpVerified: false,
      contactShown: false,
      lastSeen: Date.now(),
    };
    sessions.set(session.id, session);
    res.setHeader('Set-Cookie', `JSESSIONID=${session.id}; Path=/; HttpOnly; SameSite=Lax`);
    return session;
  }

  function send(res: ServerResponse, status: number, type: string, body: string): void {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  }
  function json(res: ServerResponse, body: unknown, status = 200): void {
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
  }
  function redirect(res: ServerResponse, location: string): void {
    res.writeHead(302, { Location: location, 'Cache-Control': 'no-store' });
    res.end();
  }
  function lostSession(res: ServerResponse) {
    json(
      res,
      { status: 'error', code: 'SESSION_EXPIRED', message: 'Session expired. Please login again.' },
      401,
    );
  }
  /** The first signed-in request of the configured stage finds its session deleted. */
  function expiresHere(stage: WebixR16Expiry, session: Session, res: ServerResponse): boolean {
    if (options.expireOnce !== stage || expiryUsed) return false;
    expiryUsed = true;
    sessions.delete(session.id);
    state.expired.push(stage);
    lostSession(res);
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const cookieId = readCookie(req, 'JSESSIONID');
    let session = cookieId ? sessions.get(cookieId) : undefined;
    if (session && Date.now() - session.lastSeen > IDLE_MS) {
      sessions.delete(session.id);
      session = undefined;
    }
    if (session) session.lastSeen = Date.now();
    const lost = Boolean(cookieId) && !session;

    if (method === 'GET') {
      if (path === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
      if (path === '/' || path === '/login') {
        if (session?.stage === 'in') return redirect(res, '/main#!/top/dashboard');
        if (!session) session = newSession(res);
        else session.stage = 'anon';
        const portal = {
          page: path === '/' ? 'home' : 'login',
          expired: url.searchParams.get('expired') === '1',
          logout: url.searchParams.get('logout') === '1',
        };
        return send(res, 200, 'text/html; charset=utf-8', page('e-Invoice System', portal, HOME_APP));
      }
      if (path === '/captcha.svg') {
        if (!session) newSession(res);
        return send(res, 200, 'image/svg+xml', captchaSvg(state.captcha));
      }
      if (path === '/main') {
        if (session?.stage !== 'in') return redirect(res, lost ? '/login?expired=1' : '/login');
        const portal = {
          gstin: state.gstin,
          user: WEBIX_R16_LOGIN.username,
          legalName: 'UNITED FOODS AND BEVERAGES',
          mobile: MOBILE_MASKED,
          gsps: GSPS,
        };
        return send(
          res,
          200,
          'text/html; charset=utf-8',
          page('e-Invoice System | Dash Board', portal, MAIN_APP),
        );
      }
      if (path === '/logout') {
        if (session) sessions.delete(session.id);
        res.setHeader('Set-Cookie', 'JSESSIONID=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0');
        return redirect(res, '/login?logout=1');
      }
    }

    if (path.startsWith('/api/')) {
      const body = method === 'POST' ? await readJson(req) : {};
      if (!session) return lostSession(res);

      if (method === 'POST' && path === '/api/login') {
        if (session.stage === 'in') return json(res, { status: 'ok', redirect: '/main#!/top/dashboard' });
        if (str(body.captcha).trim().toUpperCase() !== state.captcha.toUpperCase()) {
          state.refusals.push('captcha');
          return json(res, {
            status: 'error',
            field: 'captcha',
            message: 'Invalid Captcha. Please enter the characters shown in the image.',
          });
        }
        const okUser = str(body.username).trim().toLowerCase() === WEBIX_R16_LOGIN.username.toLowerCase();
        if (!okUser || str(body.password) !== WEBIX_R16_LOGIN.password) {
          state.refusals.push('login');
          return json(res, {
            status: 'error',
            field: 'credentials',
            message: 'Invalid Login Credentials. Please check your Username and Password.',
          });
        }
        session.stage = 'otp';
        return json(res, { status: 'otp', mobile: MOBILE_MASKED });
      }
      if (method === 'POST' && path === '/api/login/otp') {
        if (session.stage === 'in') return json(res, { status: 'ok', redirect: '/main#!/top/dashboard' });
        if (session.stage !== 'otp') return json(res, { status: 'error', message: 'Please login again.' });
        if (str(body.otp).trim() !== state.loginOtp) {
          state.refusals.push('login-otp');
          return json(res, {
            status: 'error',
            message: 'Invalid OTP. Please enter the correct OTP sent to your registered mobile number.',
          });
        }
        session.stage = 'in';
        return json(res, { status: 'ok', redirect: '/main#!/top/dashboard' });
      }
      if (method === 'POST' && path === '/api/login/resend-otp') {
        if (session.stage !== 'otp') return json(res, { status: 'error', message: 'Please login again.' });
        return json(res, { status: 'ok', message: `OTP has been re-sent to ${MOBILE_MASKED}.` });
      }

      if (session.stage !== 'in') return lostSession(res);

      if (path === '/api/profile/contact') {
        if (method === 'POST') {
          contact.name = str(body.name) || contact.name;
          contact.mobile = str(body.mobile) || contact.mobile;
          contact.email = str(body.email) || contact.email;
          return json(res, { status: 'ok', message: 'Contact details updated successfully.' });
        }
        const show = !session.contactShown;
        session.contactShown = true;
        return json(res, { status: 'ok', show, contact });
      }
      if (method === 'POST' && path === '/api/apiotp/send') {
        if (expiresHere('api-otp-send', session, res)) return;
        session.apiOtpSent = true;
        session.apiOtpVerified = false;
        return json(res, {
          status: 'ok',
          message: `OTP has been sent to your registered mobile number ${MOBILE_MASKED}. It is valid for 10 minutes.`,
        });
      }
      if (method === 'POST' && path === '/api/apiotp/verify') {
        if (expiresHere('api-otp-verify', session, res)) return;
        if (!session.apiOtpSent) {
          return json(res, { status: 'error', message: 'Please click Send OTP to receive the OTP first.' });
        }
        if (str(body.otp).trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          return json(res, {
            status: 'error',
            message: 'Invalid OTP. Please enter the valid OTP sent to your registered mobile number.',
          });
        }
        session.apiOtpVerified = true;
        return json(res, { status: 'ok', message: 'OTP verified successfully.' });
      }
      if (method === 'GET' && path === '/api/apiuser/list') {
        return json(res, { status: 'ok', data: listFor(state.gstin) });
      }
      if (method === 'POST' && path === '/api/apiuser/create') {
        if (expiresHere('submit', session, res)) return;
        return createUser(session, body, res);
      }
      return json(res, { status: 'error', message: 'Not found' }, 404);
    }
    send(res, 404, 'text/html; charset=utf-8', '<h1>404 - Page not found</h1>');
  }

  function listFor(gstin: string) {
    return registrations
      .filter((r) => r.gstin === gstin)
      .map((r, i) => ({
        id: i + 1,
        sno: i + 1,
        gsp: r.gsp,
        username: r.username,
        createdOn: r.createdOn,
        status: r.status,
      }));
  }

  function createUser(session: Session, body: Record<string, unknown>, res: ServerResponse) {
    if (!session.apiOtpVerified) {
      return json(res, { status: 'error', message: 'Please verify the OTP before creating the API user.' });
    }
    if (str(body.regType) !== 'G') {
      return json(res, {
        status: 'error',
        message: 'Direct API access is not enabled for this GSTIN. Please register through a GSP.',
      });
    }
    const gsp = GSPS.find((g) => g.id === str(body.gsp));
    if (!gsp) return json(res, { status: 'error', message: 'Please select your GSP.' });
    let typed = str(body.apiUsername).trim();
    if (/^API_/i.test(typed)) typed = typed.slice(4);
    if (!USERNAME_RULE.test(typed)) {
      return json(res, {
        status: 'error',
        message: "Username must be 3 to 30 characters: letters, digits, '.', '-' or '_'.",
      });
    }
    const password = str(body.password);
    if (!PASSWORD_RULE.test(password)) {
      return json(res, {
        status: 'error',
        message:
          'Password must be 8 to 15 characters with at least one upper case letter, one lower case letter, one digit and one special character.',
      });
    }
    if (password !== str(body.confirmPassword)) {
      return json(res, { status: 'error', message: 'Password and Re-enter Password do not match.' });
    }
    const username = `API_${typed}`;
    if (registrations.some((r) => r.gstin === state.gstin && r.gsp === gsp.value)) {
      state.refusals.push('duplicate');
      return json(res, {
        status: 'error',
        message: `GSTIN ${state.gstin} is already registered with the GSP ${gsp.value}.`,
      });
    }
    const taken = [...TAKEN_USERNAMES, ...registrations.map((r) => r.username)];
    if (taken.some((name) => name.toLowerCase() === username.toLowerCase())) {
      state.refusals.push('username-taken');
      return json(res, {
        status: 'error',
        message: `Username ${username} is already taken. Please choose another username.`,
      });
    }
    const createdOn = stamp(new Date());
    state.users.push({ gstin: state.gstin, gsp: gsp.value, username, password, createdOn });
    registrations.push({ gstin: state.gstin, gsp: gsp.value, username, createdOn, status: 'Active' });
    session.apiOtpVerified = false;
    session.apiOtpSent = false;
    return json(res, {
      status: 'ok',
      message: `API user ${username} has been created successfully.`,
      username,
      gsp: gsp.value,
      data: listFor(state.gstin),
    });
  }

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, { status: 'error', message: String(error) }, 500);
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

/** Icons of the Webix font (wxi-*) and of Material Design Icons (mdi-*), drawn as CSS masks. */
const ICONS: Record<string, string> = {
  'wxi-close':
    'M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
  'wxi-menu-down': 'M7 10l5 5 5-5z',
  'wxi-angle-right': 'M8.59 16.59L13.17 12 8.59 7.41 10 6l6 6-6 6-1.41-1.41z',
  'wxi-angle-down': 'M7.41 8.59L12 13.17l4.59-4.58L18 10l-6 6-6-6 1.41-1.41z',
  'wxi-sync':
    'M12 4V1L8 5l4 4V6c3.31 0 6 2.69 6 6 0 1.01-.25 1.97-.7 2.8l1.46 1.46A7.93 7.93 0 0 0 20 12c0-4.42-3.58-8-8-8zm0 14c-3.31 0-6-2.69-6-6 0-1.01.25-1.97.7-2.8L5.24 7.74A7.93 7.93 0 0 0 4 12c0 4.42 3.58 8 8 8v3l4-4-4-4v3z',
  'wxi-folder': 'M10 4H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V8c0-1.1-.9-2-2-2h-8l-2-2z',
  'wxi-file': 'M6 2c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V8l-6-6H6zm7 7V3.5L18.5 9H13z',
  'wxi-user':
    'M12 12c2.21 0 4-1.79 4-4s-1.79-4-4-4-4 1.79-4 4 1.79 4 4 4zm0 2c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4z',
  'wxi-check': 'M9 16.17L4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z',
  'wxi-alert': 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z',
  'wxi-dots':
    'M6 10a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm6 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm6 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4z',
  'mdi-menu': 'M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z',
  'mdi-view-dashboard': 'M3 13h8V3H3v10zm0 8h8v-6H3v6zm10 0h8V11h-8v10zm0-18v6h8V3h-8z',
  'mdi-file-document':
    'M14 2H6c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V8l-6-6zm2 16H8v-2h8v2zm0-4H8v-2h8v2zm-3-5V3.5L18.5 9H13z',
  'mdi-key':
    'M12.65 10A6 6 0 0 0 7 6c-3.31 0-6 2.69-6 6s2.69 6 6 6a6 6 0 0 0 5.65-4H17v4h4v-4h2v-4H12.65zM7 14c-1.1 0-2-.9-2-2s.9-2 2-2 2 .9 2 2-.9 2-2 2z',
  'mdi-chart-bar':
    'M19 3H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zM9 17H7v-7h2v7zm4 0h-2V7h2v10zm4 0h-2v-4h2v4z',
  'mdi-account-group':
    'M16 11c1.66 0 2.99-1.34 2.99-3S17.66 5 16 5s-3 1.34-3 3 1.34 3 3 3zm-8 0c1.66 0 2.99-1.34 2.99-3S9.66 5 8 5 5 6.34 5 8s1.34 3 3 3zm0 2c-2.33 0-7 1.17-7 3.5V19h14v-2.5C15 14.17 10.33 13 8 13zm8 0c-.29 0-.62.02-.97.05 1.16.84 1.97 1.97 1.97 3.45V19h6v-2.5c0-2.33-4.67-3.5-7-3.5z',
  'mdi-logout':
    'M10.09 15.59L11.5 17l5-5-5-5-1.41 1.41L12.67 11H3v2h9.67l-2.58 2.59zM19 3H5a2 2 0 0 0-2 2v4h2V5h14v14H5v-4H3v4a2 2 0 0 0 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2z',
};

function iconUrl(d: string): string {
  return `url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='${d}'/%3E%3C/svg%3E")`;
}

const ICON_CSS = [
  `:root{--wx-angle-right:${iconUrl(ICONS['wxi-angle-right'] ?? '')};--wx-angle-down:${iconUrl(ICONS['wxi-angle-down'] ?? '')};}`,
  ...Object.entries(ICONS).map(
    ([name, d]) => `.${name}{-webkit-mask-image:${iconUrl(d)};mask-image:${iconUrl(d)};}`,
  ),
].join('\n');

/** The Webix "material" skin, the parts this portal uses. */
const WEBIX_CSS = `
html,body{margin:0;padding:0;height:100%;}
body{font-family:Roboto,"Segoe UI",Arial,Helvetica,sans-serif;font-size:14px;color:#475466;background:#fff;}
body.webix_full_screen{overflow:hidden;}
.webix_view{position:relative;box-sizing:border-box;overflow:hidden;font-family:Roboto,"Segoe UI",Arial,Helvetica,sans-serif;font-size:14px;color:#475466;border:0 solid #dadee0;cursor:default;-webkit-tap-highlight-color:transparent;}
.webix_layout_line{background:transparent;}
.webix_layout_space,.webix_layout_wide{background:#ebedf0;}
.webix_template{box-sizing:border-box;width:100%;height:100%;padding:4px 12px;overflow:hidden;line-height:20px;}
.webix_header>.webix_template{font-size:20px;font-weight:500;line-height:38px;color:#313131;padding:4px 12px;}
.webix_section>.webix_template{font-size:15px;font-weight:500;line-height:36px;color:#1c4e80;border-bottom:1px solid #dadee0;padding:0;}
.webix_spacer{background:transparent;}
.webix_icon,.webix_input_icon,.webix_icon_btn{display:inline-block;width:20px;height:20px;vertical-align:middle;background-color:currentColor;-webkit-mask-repeat:no-repeat;mask-repeat:no-repeat;-webkit-mask-position:center;mask-position:center;-webkit-mask-size:contain;mask-size:contain;}
.webix_el_box{box-sizing:border-box;position:relative;overflow:hidden;}
.webix_inp_label{display:inline-block;box-sizing:border-box;vertical-align:top;padding-right:10px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;color:#475466;font-weight:500;height:38px;}
.webix_required::after{content:" *";color:#ff5c4c;}
.webix_el_text input{box-sizing:border-box;height:38px;border:1px solid #dadee0;border-radius:2px;padding:0 10px;font:inherit;color:#313131;background:#fff;outline:none;vertical-align:top;transition:border-color .2s;}
.webix_el_text input:focus{border-color:#1ca1c1;}
.webix_el_text input::placeholder{color:#94a1b3;}
.webix_el_text input[readonly]{background:#f4f5f9;}
.webix_inp_bottom_label{font-size:12px;line-height:16px;color:#ff5c4c;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;}
.webix_invalid .webix_inp_label{color:#ff5c4c;}
.webix_invalid input,.webix_invalid .webix_inp_static{background:#fff6f6 !important;border-color:#ff8d82 !important;}
.webix_button{display:block;box-sizing:border-box;width:100%;height:38px;border:1px solid transparent;border-radius:2px;font:inherit;font-weight:500;cursor:pointer;outline:none;padding:0 12px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;transition:background .15s,box-shadow .15s;}
.webix_primary .webix_button{background:#1ca1c1;color:#fff;}
.webix_primary .webix_button:hover{background:#1992af;}
.webix_secondary .webix_button{background:#f4f5f9;color:#475466;}
.webix_secondary .webix_button:hover{background:#e5e9ef;}
.webix_danger .webix_button{background:#ff5c4c;color:#fff;}
.webix_danger .webix_button:hover{background:#ff3d2a;}
.webix_transparent .webix_button{background:transparent;color:inherit;}
.webix_transparent .webix_button:hover{background:rgba(255,255,255,.12);}
.webix_button:focus{box-shadow:0 0 0 2px rgba(28,161,193,.35);}
.webix_disabled_view .webix_button{background:#f4f5f9 !important;color:#94a1b3 !important;cursor:not-allowed;}
.webix_disabled_view .webix_inp_label,.webix_disabled_view .webix_label_right{color:#94a1b3;}
.webix_disabled{position:absolute;top:0;left:0;width:100%;height:100%;z-index:2;background:transparent;cursor:not-allowed;}
.webix_el_label .webix_el_box{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;}
.webix_el_icon .webix_el_box{text-align:center;}
.webix_icon_button{width:38px;height:38px;border:0;border-radius:50%;background:transparent;color:inherit;cursor:pointer;padding:0;outline:none;}
.webix_icon_button:hover{background:rgba(0,0,0,.06);}
.webix_el_radio .webix_radio_option{display:inline-flex;align-items:center;height:38px;margin-right:24px;vertical-align:top;cursor:pointer;}
button.webix_inp_radio_border{box-sizing:border-box;width:20px;height:20px;padding:0;margin:0;border:2px solid #94a1b3;border-radius:50%;background:#fff;cursor:pointer;outline:none;flex:none;transition:border-color .15s,box-shadow .15s;}
button.webix_inp_radio_border[aria-checked="true"]{border-color:#1ca1c1;background:#1ca1c1;box-shadow:inset 0 0 0 3px #fff;}
button.webix_inp_radio_border:focus{outline:2px solid rgba(28,161,193,.35);outline-offset:2px;}
.webix_label_right{padding-left:8px;cursor:pointer;color:#313131;}
.webix_inp_static{display:inline-block;box-sizing:border-box;height:38px;line-height:36px;border:1px solid #dadee0;border-radius:2px;padding:0 34px 0 10px;background:#fff;color:#313131;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;vertical-align:top;cursor:pointer;outline:none;}
.webix_inp_static:focus{border-color:#1ca1c1;}
.webix_placeholder{color:#94a1b3;}
.webix_el_box .webix_input_icon{position:absolute;top:9px;color:#94a1b3;cursor:pointer;}
.webix_window:focus,.webix_modal_box:focus{outline:none;}
.webix_window{position:absolute;background:#fff;box-shadow:0 3px 10px rgba(0,0,0,.2),0 1px 3px rgba(0,0,0,.1);border-radius:0;overflow:hidden;}
.webix_win_content{width:100%;height:100%;}
.webix_win_head{border-bottom:1px solid #dadee0;box-sizing:border-box;}
.webix_win_title .webix_el_box{font-size:16px;font-weight:500;color:#313131;}
.webix_win_head .webix_icon.wxi-close{width:22px;height:22px;margin:11px 8px;cursor:pointer;color:#94a1b3;}
.webix_win_head .webix_icon.wxi-close:hover{color:#475466;}
.webix_popup{border:1px solid #dadee0;box-shadow:0 2px 8px rgba(0,0,0,.15);}
.webix_modal{position:fixed;top:0;left:0;width:100%;height:100%;background:#000;opacity:.4;animation:webix_fade_modal .2s;}
@keyframes webix_fade_modal{from{opacity:0}to{opacity:.4}}
.webix_list{background:#fff;overflow-y:auto;overflow-x:hidden;}
.webix_list_item{box-sizing:border-box;padding:0 12px;border-bottom:1px solid #edeff0;line-height:34px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;cursor:pointer;color:#313131;}
.webix_list_item:hover,.webix_list_item.webix_focused{background:#f4f5f9;}
.webix_list_item.webix_selected{background:rgba(28,161,193,.12);color:#1c7f99;}
.webix_modal_box{position:fixed;width:400px;background:#fff;box-shadow:0 3px 10px rgba(0,0,0,.2);border-radius:2px;text-align:center;outline:none;animation:webix_fade_box .15s;font-family:Roboto,"Segoe UI",Arial,sans-serif;}
@keyframes webix_fade_box{from{opacity:0;transform:translateY(-12px)}to{opacity:1;transform:none}}
.webix_popup_title{padding:20px 20px 0;font-size:20px;font-weight:500;color:#313131;}
.webix_popup_text{padding:20px;font-size:15px;line-height:22px;color:#475466;word-wrap:break-word;}
.webix_popup_controls{display:flex;justify-content:center;gap:10px;padding:0 20px 20px;}
.webix_popup_button{box-sizing:border-box;min-width:100px;height:38px;line-height:38px;padding:0 16px;border-radius:2px;background:#f4f5f9;color:#475466;font-weight:500;cursor:pointer;outline:none;user-select:none;}
.webix_popup_button:hover{background:#e5e9ef;}
.webix_popup_button.confirm{background:#1ca1c1;color:#fff;}
.webix_popup_button.confirm:hover{background:#1992af;}
.webix_popup_button:focus{box-shadow:0 0 0 2px rgba(28,161,193,.35);}
.webix_alert-error{border-top:4px solid #ff5c4c;}
.webix_alert-error .webix_popup_title{color:#ff5c4c;}
.webix_alert-error .webix_popup_button.confirm{background:#ff5c4c;}
.webix_alert-warning,.webix_confirm-warning{border-top:4px solid #ffae33;}
.webix_message_area{position:fixed;right:30px;top:30px;width:340px;}
.webix_message{box-sizing:border-box;margin-bottom:12px;padding:12px 16px;border-radius:2px;background:#fff;color:#475466;box-shadow:0 2px 8px rgba(0,0,0,.18);font-size:14px;line-height:20px;cursor:pointer;transition:opacity .4s,transform .4s;animation:webix_msg_in .3s;}
@keyframes webix_msg_in{from{opacity:0;transform:translateX(40px)}to{opacity:1;transform:none}}
.webix_message.webix_info{border-left:4px solid #1ca1c1;}
.webix_message.webix_success{background:#55cd97;color:#fff;}
.webix_message.webix_error{background:#ff5c4c;color:#fff;}
.webix_message.webix_debug{background:#475466;color:#fff;}
.webix_message.hidden{opacity:0;transform:translateX(40px);}
.webix_tree{background:#fff;}
.webix_sidebar{background:#fff;border-right:1px solid #dadee0;overflow-y:auto;}
.webix_tree_item{box-sizing:border-box;height:44px;line-height:44px;padding-right:12px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;cursor:pointer;color:#475466;outline:none;}
.webix_tree_item:hover{background:#f4f5f9;}
.webix_tree_item.webix_selected,.webix_sidebar_selected{background:rgba(28,161,193,.1);color:#1c7f99;box-shadow:inset 3px 0 0 #1ca1c1;}
.webix_tree_open,.webix_tree_close,.webix_tree_none{display:inline-block;width:20px;height:44px;vertical-align:top;background-color:#94a1b3;-webkit-mask-repeat:no-repeat;mask-repeat:no-repeat;-webkit-mask-position:center;mask-position:center;-webkit-mask-size:18px;mask-size:18px;}
.webix_tree_none{background:none;}
.webix_tree_close{-webkit-mask-image:var(--wx-angle-right);mask-image:var(--wx-angle-right);}
.webix_tree_open{-webkit-mask-image:var(--wx-angle-down);mask-image:var(--wx-angle-down);}
.webix_sidebar_dir_icon{margin:0 10px 0 4px;width:18px;height:18px;}
.webix_sidebar .webix_tree_branch_1>.webix_tree_item{font-weight:500;}
.webix_tree_leaves{background:#fafbfc;}
.webix_dtable{background:#fff;border:1px solid #dadee0;}
.webix_ss_header{position:relative;overflow:hidden;background:#f4f5f9;border-bottom:1px solid #dadee0;}
.webix_ss_header table{border-collapse:collapse;table-layout:fixed;}
.webix_ss_header td{padding:0;border-right:1px solid #dadee0;}
.webix_ss_header td:last-child{border-right:0;}
.webix_hcell{box-sizing:border-box;padding:0 12px;line-height:38px;font-weight:500;color:#313131;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;}
.webix_ss_body{position:relative;overflow:hidden;}
.webix_ss_center{position:relative;overflow:auto;}
.webix_ss_center_scroll{position:relative;}
.webix_column{position:absolute;top:0;box-sizing:border-box;border-right:1px solid #edeff0;}
.webix_column.webix_last{border-right:0;}
.webix_cell{box-sizing:border-box;padding:0 12px;height:36px;line-height:36px;border-bottom:1px solid #edeff0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;color:#313131;}
.webix_overlay{position:absolute;left:0;right:0;top:40%;text-align:center;color:#94a1b3;}
.webix_scrollview{overflow-y:auto;overflow-x:hidden;}
.webix_multiview{overflow:hidden;}
.webix_toolbar{background:#fff;border-bottom:1px solid #dadee0;}
.webix_dark{background:#1c4e80;color:#fff;}
.webix_dark .webix_view,.webix_dark .webix_el_box{color:#fff;}
.webix_form{background:#fff;}
`;

/**
 * A small runtime that turns Webix UI definitions into Webix's own DOM: views, layout pass, controls,
 * forms, multiview, scrollview, window, sidebar (tree), datatable, richselect with its suggest popup,
 * modal boxes, messages, ajax. Written in the ES5 style of the library itself.
 */
const WEBIX_RUNTIME = String.raw`
(function () {
  'use strict';
  var seed = Date.now();
  function uid() { seed += 1; return seed; }
  var pull = {};
  var counters = {};
  var roots = [];
  var zIndex = 100;
  var types = {};
  var sbWidth = null;
  var globalEvents = {};

  function extend(t, s) { for (var k in s) { if (Object.prototype.hasOwnProperty.call(s, k)) t[k] = s[k]; } return t; }
  function proto(parent, props) { return extend(Object.create(parent), props); }
  function node(tag, attrs, inner) {
    var n = document.createElement(tag);
    if (attrs) { for (var k in attrs) { if (attrs[k] !== null && attrs[k] !== undefined) n.setAttribute(k, attrs[k]); } }
    if (inner !== undefined) n.innerHTML = inner;
    return n;
  }
  function esc(s) {
    return String(s === null || s === undefined ? '' : s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function strip(s) { var d = document.createElement('div'); d.innerHTML = s || ''; return d.textContent; }
  function addCss(n, c) { if (n && c) c.split(' ').forEach(function (x) { if (x) n.classList.add(x); }); }
  function removeCss(n, c) { if (n && c) c.split(' ').forEach(function (x) { if (x) n.classList.remove(x); }); }
  function clamp(x, a, b) { if (x > b) x = b; if (x < a) x = a; return x; }
  function sum(list) { return list.reduce(function (a, b) { return a + b; }, 0); }
  function scrollbarWidth() {
    if (sbWidth === null) {
      var d = node('div');
      d.style.cssText = 'position:absolute;top:-200px;width:100px;height:100px;overflow:scroll;';
      document.body.appendChild(d);
      sbWidth = d.offsetWidth - d.clientWidth;
      document.body.removeChild(d);
    }
    return sbWidth;
  }
  function measure(html, css) {
    var s = node('span', { 'class': css || '' }, html);
    s.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font-weight:500;font-size:14px;';
    document.body.appendChild(s);
    var w = s.offsetWidth;
    document.body.removeChild(s);
    return w;
  }

  var Events = {
    attachEvent: function (name, fn) {
      var k = name.toLowerCase();
      if (!this._evs) this._evs = {};
      (this._evs[k] = this._evs[k] || []).push(fn);
      return fn;
    },
    callEvent: function (name, args) {
      var list = this._evs && this._evs[name.toLowerCase()];
      var ok = true;
      if (list) { for (var i = 0; i < list.length; i++) { if (list[i].apply(this, args || []) === false) ok = false; } }
      return ok;
    }
  };

  /** Webix's size negotiation: fixed sizes first, the rest shared by gravity up to each max. */
  function distribute(total, specs) {
    var res = specs.map(function (s) { return s.min; });
    var rest = total - sum(res);
    var active = [];
    specs.forEach(function (s, i) { if (s.max > s.min) active.push(i); });
    var guard = 0;
    while (rest > 0.5 && active.length && guard++ < 20) {
      var g = 0;
      active.forEach(function (i) { g += specs[i].g; });
      var next = [];
      var used = 0;
      active.forEach(function (i) {
        var add = rest * specs[i].g / g;
        var cap = specs[i].max - res[i];
        if (add >= cap) { res[i] += cap; used += cap; } else { res[i] += add; used += add; next.push(i); }
      });
      rest -= used;
      if (next.length === active.length) break;
      active = next;
    }
    var out = res.map(Math.floor);
    var diff = total - sum(out);
    for (var i = out.length - 1; i >= 0 && diff >= 1; i--) {
      if (specs[i].max > out[i]) {
        var add = Math.min(diff, Math.floor(specs[i].max - out[i]));
        out[i] += add;
        diff -= add;
      }
    }
    return out;
  }

  var base = extend({
    name: 'view',
    $css: '',
    $init: function () {},
    $fixedW: function () { return 0; },
    $fixedH: function () { return 0; },
    $getSize: function () {
      var c = this.config;
      var w = c.width || this.$fixedW();
      var h = c.height || this.$fixedH();
      return [w || c.minWidth || 0, w || c.maxWidth || 100000, h || c.minHeight || 0, h || c.maxHeight || 100000, c.gravity || 1];
    },
    $setSize: function (w, h) {
      this.$width = w;
      this.$height = h;
      this.$view.style.width = w + 'px';
      this.$view.style.height = h + 'px';
      this.$resize(w, h);
    },
    $resize: function () {},
    show: function () {
      var p = this.$parent;
      if (p && p.name === 'multiview') { p.setValue(this.config.id); return; }
      if (!this.config.hidden) return;
      this.config.hidden = false;
      this.$view.style.display = '';
      resizeAll();
      this.callEvent('onViewShow', []);
    },
    hide: function () {
      if (this.config.hidden) return;
      this.config.hidden = true;
      this.$view.style.display = 'none';
      resizeAll();
    },
    isVisible: function () {
      var v = this;
      while (v) {
        if (v.config.hidden) return false;
        var p = v.$parent;
        if (p && p.name === 'multiview' && p._active !== v.config.id) return false;
        v = p;
      }
      return true;
    },
    disable: function () {
      this.config.disabled = true;
      addCss(this.$view, 'webix_disabled_view');
      this.$view.setAttribute('aria-disabled', 'true');
      if (!this._cover) { this._cover = node('div', { 'class': 'webix_disabled' }); this.$view.appendChild(this._cover); }
      var n = this.getInputNode && this.getInputNode();
      if (n) n.setAttribute('disabled', 'true');
    },
    enable: function () {
      this.config.disabled = false;
      removeCss(this.$view, 'webix_disabled_view');
      this.$view.removeAttribute('aria-disabled');
      if (this._cover) { this._cover.parentNode.removeChild(this._cover); this._cover = null; }
      var n = this.getInputNode && this.getInputNode();
      if (n) n.removeAttribute('disabled');
    },
    isEnabled: function () { return !this.config.disabled; },
    getParentView: function () { return this.$parent || null; },
    getNode: function () { return this.$view; },
    getChildViews: function () { return this._cells || (this._body ? [this._body] : []); },
    getFormView: function () { var v = this.$parent; while (v && v.name !== 'form') v = v.$parent; return v || null; },
    define: function (k, v) { if (typeof k === 'object') extend(this.config, k); else this.config[k] = v; },
    refresh: function () {},
    destructor: function () {
      this.getChildViews().forEach(function (ch) { ch.destructor(); });
      if (this._suggest) this._suggest.destroy();
      delete pull[this.config.id];
      if (this.$view.parentNode) this.$view.parentNode.removeChild(this.$view);
      var i = roots.indexOf(this);
      if (i >= 0) roots.splice(i, 1);
    }
  }, Events);

  var CONTROLS = { text: 1, button: 1, label: 1, icon: 1, radio: 1, richselect: 1 };

  function create(cfg, parent) {
    if (typeof cfg === 'string') cfg = { template: cfg };
    var name = cfg.view || (cfg.rows || cfg.cols ? 'layout' : cfg.cells ? 'multiview' : cfg.template !== undefined ? 'template' : 'spacer');
    var T = types[name];
    if (!T) throw new Error('Unknown view: ' + name);
    var ec = parent ? parent._elcfg : null;
    if (ec && CONTROLS[name]) { for (var k in ec) { if (cfg[k] === undefined) cfg[k] = ec[k]; } }
    var v = Object.create(T);
    v.config = cfg;
    v.$parent = parent || null;
    v._elcfg = cfg.elementsConfig || ec || null;
    if (cfg.id === undefined || cfg.id === null) {
      counters[name] = (counters[name] || 0) + 1;
      cfg.id = '$' + name + counters[name];
    }
    pull[cfg.id] = v;
    v.$view = node('div', { 'class': ('webix_view ' + (T.$css || '') + ' ' + (cfg.css || '')).replace(/\s+/g, ' ').trim(), view_id: cfg.id });
    v.$init(cfg);
    if (cfg.hidden) v.$view.style.display = 'none';
    if (cfg.on) { for (var e in cfg.on) v.attachEvent(e, cfg.on[e]); }
    if (cfg.disabled) v.disable();
    return v;
  }

  function resizeAll() {
    roots.slice().forEach(function (r) {
      if (r._fullscreen) r.$setSize(window.innerWidth, window.innerHeight);
      else if (r.name === 'window' && !r.config.hidden) r._place();
    });
  }

  types.spacer = proto(base, { name: 'spacer', $css: 'webix_spacer' });

  types.layout = proto(base, {
    name: 'layout',
    $css: 'webix_layout_line',
    $defPad: 0,
    $defMargin: 0,
    $init: function (c) {
      var self = this;
      var list = c.rows || c.cols || [];
      this._vertical = !c.cols;
      var pad = this.$defPad;
      var margin = this.$defMargin;
      var up = this.$parent;
      if (this.name === 'layout' && c.type === undefined && up && up._margin !== undefined) margin = up._margin;
      if (c.type === 'space') { pad = 10; margin = 10; addCss(this.$view, 'webix_layout_space'); }
      else if (c.type === 'wide') { margin = 10; addCss(this.$view, 'webix_layout_wide'); }
      else if (c.type === 'clean') addCss(this.$view, 'webix_layout_clean');
      if (c.padding !== undefined) pad = c.padding;
      this._px = c.paddingX !== undefined ? c.paddingX : pad;
      this._py = c.paddingY !== undefined ? c.paddingY : pad;
      this._margin = c.margin !== undefined ? c.margin : margin;
      this._cells = list.map(function (x) { return create(x, self); });
      this._cells.forEach(function (ch) { self.$view.appendChild(ch.$view); });
    },
    _vis: function () { return this._cells.filter(function (x) { return !x.config.hidden; }); },
    $getSize: function () {
      var c = this.config;
      var cells = this._vis();
      var v = this._vertical;
      var minW = 0, maxW = 100000, minH = 0, maxH = 100000, sMin = 0, sMax = 0;
      cells.forEach(function (ch) {
        var s = ch.$getSize();
        if (v) { minW = Math.max(minW, s[0]); maxW = Math.min(maxW, s[1]); sMin += s[2]; sMax += s[3]; }
        else { minH = Math.max(minH, s[2]); maxH = Math.min(maxH, s[3]); sMin += s[0]; sMax += s[1]; }
      });
      var gaps = cells.length > 1 ? this._margin * (cells.length - 1) : 0;
      if (v) { minH = sMin + gaps; maxH = Math.min(100000, sMax + gaps); }
      else { minW = sMin + gaps; maxW = Math.min(100000, sMax + gaps); }
      if (maxW < minW) maxW = minW;
      if (maxH < minH) maxH = minH;
      minW += 2 * this._px; minH += 2 * this._py;
      if (maxW < 100000) maxW += 2 * this._px;
      if (maxH < 100000) maxH += 2 * this._py;
      if (c.width) { minW = maxW = c.width; }
      if (c.height) { minH = maxH = c.height; }
      return [minW, maxW, minH, maxH, c.gravity || 1];
    },
    $resize: function (w, h) {
      var self = this;
      var cells = this._vis();
      if (!cells.length) return;
      var v = this._vertical;
      var iw = w - 2 * this._px;
      var ih = h - 2 * this._py;
      var sizes = cells.map(function (ch) { return ch.$getSize(); });
      var total = (v ? ih : iw) - this._margin * (cells.length - 1);
      var main = distribute(total, sizes.map(function (s) { return v ? { min: s[2], max: s[3], g: s[4] } : { min: s[0], max: s[1], g: s[4] }; }));
      cells.forEach(function (ch, i) {
        var s = sizes[i];
        var st = ch.$view.style;
        if (v) {
          st.display = 'block';
          st.marginTop = (i === 0 ? self._py : self._margin) + 'px';
          st.marginLeft = self._px + 'px';
          ch.$setSize(clamp(iw, s[0], s[1]), main[i]);
        } else {
          st.display = 'inline-block';
          st.verticalAlign = 'top';
          st.marginLeft = (i === 0 ? self._px : self._margin) + 'px';
          st.marginTop = self._py + 'px';
          ch.$setSize(main[i], clamp(ih, s[2], s[3]));
        }
      });
    },
    index: function (view) { return this._cells.indexOf(view); }
  });

  types.toolbar = proto(types.layout, {
    name: 'toolbar',
    $css: 'webix_toolbar webix_layout_toolbar',
    $defPad: 9,
    $defMargin: 8,
    $init: function (c) {
      if (!c.rows && !c.cols) c.cols = c.elements || [];
      this.$view.setAttribute('role', 'toolbar');
      types.layout.$init.call(this, c);
    }
  });

  types.form = proto(types.layout, {
    name: 'form',
    $css: 'webix_form webix_layout_form',
    $defPad: 16,
    $defMargin: 10,
    $init: function (c) {
      if (!c.rows && !c.cols) c.rows = c.elements || [];
      this.$view.setAttribute('role', 'form');
      types.layout.$init.call(this, c);
      var els = {};
      this._controls().forEach(function (ctl) { els[ctl.config.name] = ctl; });
      this.elements = els;
    },
    _controls: function () {
      var out = [];
      (function walk(v) {
        (v._cells || []).forEach(function (ch) {
          if (ch.config.name !== undefined && CONTROLS[ch.name]) out.push(ch); else walk(ch);
        });
        if (v._body) walk(v._body);
      })(this);
      return out;
    },
    getValues: function () {
      var vals = {};
      this._controls().forEach(function (ctl) { vals[ctl.config.name] = ctl.getValue(); });
      return vals;
    },
    setValues: function (obj) {
      this._controls().forEach(function (ctl) { if (obj[ctl.config.name] !== undefined) ctl.setValue(obj[ctl.config.name]); });
    },
    clear: function () { this._controls().forEach(function (ctl) { ctl.setValue(''); ctl._clearInvalid(); }); },
    validate: function () {
      var rules = this.config.rules || {};
      var vals = this.getValues();
      var ok = true;
      this._controls().forEach(function (ctl) {
        var name = ctl.config.name;
        if (!ctl.isVisible()) return;
        var value = vals[name];
        var valid = true;
        if (ctl.config.required && !String(value === undefined || value === null ? '' : value).trim()) valid = false;
        if (valid && rules[name]) valid = !!rules[name](value, vals, name);
        if (valid) ctl._clearInvalid();
        else { ok = false; ctl._setInvalid(ctl.config.invalidMessage); }
      });
      return ok;
    },
    markInvalid: function (name, msg) {
      var ctl = this.elements[name];
      if (ctl) ctl._setInvalid(msg === undefined ? ctl.config.invalidMessage : msg);
    },
    clearValidation: function () { this._controls().forEach(function (ctl) { ctl._clearInvalid(); }); },
    focus: function (name) {
      var ctl = name ? this.elements[name] : this._controls().filter(function (x) { return x.isVisible(); })[0];
      if (ctl) ctl.focus();
    }
  });

  types.multiview = proto(base, {
    name: 'multiview',
    $css: 'webix_multiview',
    $init: function (c) {
      var self = this;
      this._cells = c.cells.map(function (x) { return create(x, self); });
      this._active = c.value || this._cells[0].config.id;
      this._cells.forEach(function (ch) {
        self.$view.appendChild(ch.$view);
        if (ch.config.id !== self._active) ch.$view.style.display = 'none';
      });
    },
    $getSize: function () {
      var c = this.config;
      var s = pull[this._active].$getSize().slice();
      if (c.width) { s[0] = s[1] = c.width; }
      if (c.height) { s[2] = s[3] = c.height; }
      s[4] = c.gravity || 1;
      return s;
    },
    $resize: function (w, h) {
      var a = pull[this._active];
      var s = a.$getSize();
      a.$setSize(clamp(w, s[0], s[1]), clamp(h, s[2], s[3]));
    },
    getValue: function () { return this._active; },
    getActiveId: function () { return this._active; },
    setValue: function (id) {
      var nw = pull[id];
      if (!nw || this._active === id) return;
      if (this._finish) this._finish();
      var old = pull[this._active];
      var self = this;
      this._active = id;
      var st = nw.$view.style;
      var os = old.$view.style;
      st.display = '';
      resizeAll();
      var anim = this.config.animate !== false && this.$width > 0;
      var done = function () {
        self._finish = null;
        [os, st].forEach(function (s) { s.position = ''; s.top = ''; s.left = ''; s.transform = ''; s.transition = ''; });
        if (self._active !== old.config.id) os.display = 'none';
        self.callEvent('onViewChange', [old.config.id, id]);
        nw.callEvent('onViewShow', []);
      };
      if (!anim) { done(); return; }
      var dir = this._cells.indexOf(nw) > this._cells.indexOf(old) ? 1 : -1;
      [os, st].forEach(function (s) { s.position = 'absolute'; s.top = '0px'; s.left = '0px'; });
      st.transform = 'translateX(' + dir * 100 + '%)';
      os.transform = 'translateX(0)';
      void nw.$view.offsetWidth;
      st.transition = os.transition = 'transform 400ms ease-in-out';
      st.transform = 'translateX(0)';
      os.transform = 'translateX(' + -dir * 100 + '%)';
      var timer = setTimeout(done, 420);
      this._finish = function () { clearTimeout(timer); done(); };
    }
  });

  types.scrollview = proto(base, {
    name: 'scrollview',
    $css: 'webix_scrollview',
    $init: function (c) {
      this._cont = node('div', { 'class': 'webix_scroll_cont' });
      this.$view.appendChild(this._cont);
      this._body = create(c.body, this);
      this._cont.appendChild(this._body.$view);
    },
    $resize: function (w, h) {
      var s = this._body.$getSize();
      var bh = Math.max(s[2], Math.min(h, s[3]));
      var bw = bh > h ? w - scrollbarWidth() : w;
      this._body.$setSize(clamp(bw, s[0], s[1]), bh);
    },
    scrollTo: function (x, y) { this.$view.scrollLeft = x; this.$view.scrollTop = y; }
  });

  types.template = proto(base, {
    name: 'template',
    $css: '',
    $init: function (c) {
      if (c.type === 'header') addCss(this.$view, 'webix_header');
      else if (c.type === 'section') addCss(this.$view, 'webix_section');
      else if (c.type === 'clean') addCss(this.$view, 'webix_clean');
      this._tpl = node('div', { 'class': 'webix_template' });
      this.$view.appendChild(this._tpl);
      this.refresh();
    },
    $fixedH: function () { var t = this.config.type; return t === 'header' ? 46 : t === 'section' ? 40 : 0; },
    refresh: function () {
      var c = this.config;
      var d = c.data || {};
      this._tpl.innerHTML = typeof c.template === 'function' ? c.template(d, this)
        : String(c.template === undefined ? '' : c.template).replace(/#(\w+)#/g, function (m, k) { return d[k] === undefined ? '' : d[k]; });
    },
    setHTML: function (h) { this._tpl.innerHTML = h; },
    setValues: function (obj) { this.config.data = obj; this.refresh(); },
    getValues: function () { return this.config.data || {}; }
  });

  var control = proto(base, {
    name: 'control',
    $css: 'webix_control',
    $defValue: '',
    $init: function (c) {
      addCss(this.$view, 'webix_el_' + this.name);
      this._inputId = c.inputId || String(uid());
      if (c.value === undefined) c.value = this.$defValue;
      this._box = node('div', { 'class': 'webix_el_box' });
      this.$view.appendChild(this._box);
      this.$render(this._box);
    },
    $fixedH: function () { var c = this.config; return (c.inputHeight || 38) + (c.bottomPadding || 0); },
    $fixedW: function () {
      var c = this.config;
      if (!c.autowidth) return 0;
      return measure(c.value || c.label || '') + (this.name === 'button' ? 40 : 8);
    },
    $resize: function (w, h) {
      this._box.style.width = w + 'px';
      this._box.style.height = h + 'px';
      this.$size(w, h);
    },
    $render: function () {},
    $size: function () {},
    $setValue: function () {},
    _labelW: function () { var c = this.config; return c.label ? (c.labelWidth !== undefined ? c.labelWidth : 80) : 0; },
    _labelHtml: function (forId) {
      var c = this.config;
      if (!c.label) return '';
      return '<label' + (forId ? ' for="' + forId + '"' : '') + ' style="text-align:' + (c.labelAlign || 'left') + '; line-height:38px; width:' + this._labelW() + 'px;" class="webix_inp_label' + (c.required ? ' webix_required' : '') + '">' + c.label + '</label>';
    },
    getValue: function () { return this.config.value; },
    setValue: function (v) {
      var old = this.config.value;
      this.config.value = v;
      this.$setValue(v);
      if (old !== v) this.callEvent('onChange', [v, old]);
    },
    getInputNode: function () { return this._box ? this._box.querySelector('input,button,.webix_inp_static') : null; },
    focus: function () { var n = this.getInputNode(); if (n) n.focus(); },
    _setInvalid: function (msg) {
      addCss(this.$view, 'webix_invalid');
      var n = this.getInputNode();
      if (n) n.setAttribute('aria-invalid', 'true');
      if (msg && this._box) {
        var b = this._box.querySelector('.webix_inp_bottom_label');
        if (!b) {
          b = node('div', { 'class': 'webix_inp_bottom_label', role: 'alert', 'aria-relevant': 'all' });
          b.style.marginLeft = this._labelW() + 'px';
          this._box.appendChild(b);
        }
        b.textContent = msg;
      }
    },
    _clearInvalid: function () {
      removeCss(this.$view, 'webix_invalid');
      var n = this.getInputNode();
      if (n) n.removeAttribute('aria-invalid');
      var b = this._box && this._box.querySelector('.webix_inp_bottom_label');
      if (b) b.parentNode.removeChild(b);
    }
  });

  types.text = proto(control, {
    name: 'text',
    $render: function (box) {
      var c = this.config;
      var self = this;
      var id = this._inputId;
      var attrs = '';
      if (c.attributes) { for (var k in c.attributes) attrs += ' ' + k + '="' + esc(c.attributes[k]) + '"'; }
      box.innerHTML = this._labelHtml(id) + '<input' + (c.required ? ' aria-required="true"' : '') + ' id="' + id + '" type="' + (c.type || 'text') + '" value="' + esc(c.value) + '"' + (c.placeholder ? ' placeholder="' + esc(c.placeholder) + '"' : '') + (c.readonly ? ' readonly="true"' : '') + attrs + ' style="width:100px; text-align:' + (c.inputAlign || 'left') + ';">';
      var inp = box.querySelector('input');
      this._last = inp.value;
      inp.addEventListener('input', function () { self.config.value = inp.value; self.callEvent('onTimedKeyPress', []); });
      inp.addEventListener('change', function () {
        var old = self._last;
        self._last = inp.value;
        self.config.value = inp.value;
        self.callEvent('onChange', [inp.value, old]);
      });
      inp.addEventListener('keydown', function (e) { if (e.key === 'Enter') self.callEvent('onEnter', [e]); });
    },
    $size: function (w) { this._box.querySelector('input').style.width = (w - this._labelW()) + 'px'; },
    $setValue: function (v) {
      var inp = this._box && this._box.querySelector('input');
      if (inp) { inp.value = v === null || v === undefined ? '' : v; this._last = inp.value; }
    },
    getValue: function () { var inp = this._box && this._box.querySelector('input'); return inp ? inp.value : (this.config.value || ''); }
  });

  types.button = proto(control, {
    name: 'button',
    $init: function (c) {
      control.$init.call(this, c);
      if (!/\bwebix_(primary|secondary|danger|transparent)\b/.test(c.css || '')) addCss(this.$view, 'webix_secondary');
    },
    $render: function (box) {
      var c = this.config;
      var self = this;
      box.innerHTML = '<button type="button" class="webix_button' + (c.icon ? ' webix_img_btn' : '') + '" style="line-height:32px;">' + (c.icon ? '<span class="webix_icon_btn ' + c.icon + '"></span> ' : '') + esc(c.value || c.label || '') + '</button>';
      box.firstChild.addEventListener('click', function (e) {
        if (self.config.disabled) return;
        if (self.config.click) self.config.click.call(self, self.config.id, e);
        self.callEvent('onItemClick', [self.config.id, e]);
      });
    },
    $setValue: function (v) { var b = this._box && this._box.querySelector('button'); if (b) b.textContent = v; },
    getInputNode: function () { return this._box ? this._box.querySelector('button') : null; }
  });

  types.label = proto(control, {
    name: 'label',
    $render: function (box) { box.innerHTML = this.config.label || ''; if (this.config.align) box.style.textAlign = this.config.align; },
    $size: function (w, h) { this._box.style.lineHeight = h + 'px'; },
    setValue: function (v) { this.config.label = v; if (this._box) this._box.innerHTML = v; },
    getValue: function () { return this.config.label; },
    getInputNode: function () { return null; }
  });

  types.icon = proto(control, {
    name: 'icon',
    $fixedW: function () { return 38; },
    $render: function (box) {
      var c = this.config;
      var self = this;
      box.innerHTML = '<button type="button" class="webix_icon_button"' + (c.tooltip ? ' title="' + esc(c.tooltip) + '"' : '') + '><span class="webix_icon ' + c.icon + '"></span></button>';
      box.firstChild.addEventListener('click', function (e) {
        if (self.config.disabled) return;
        if (c.click) c.click.call(self, c.id, e);
        self.callEvent('onItemClick', [c.id, e]);
      });
    },
    $size: function (w, h) { this._box.style.paddingTop = Math.max(0, Math.floor((h - 38) / 2)) + 'px'; },
    getInputNode: function () { return this._box ? this._box.querySelector('button') : null; }
  });

  function options(list) { return (list || []).map(function (o) { return typeof o === 'object' ? o : { id: o, value: o }; }); }

  types.radio = proto(control, {
    name: 'radio',
    $init: function (c) { this._options = options(c.options); control.$init.call(this, c); },
    $render: function (box) {
      var c = this.config;
      var self = this;
      var html = this._labelHtml(null);
      var any = this._options.some(function (o) { return String(o.id) === String(c.value); });
      this._options.forEach(function (o, i) {
        var on = String(o.id) === String(c.value);
        var id = 'x' + uid();
        html += '<div class="webix_radio_option webix_inp_radio_border" role="presentation"><button type="button" class="webix_inp_radio_border webix_radio_' + (on ? '1' : '0') + '" role="radio" aria-checked="' + on + '" tabindex="' + (on || (!any && i === 0) ? '0' : '-1') + '" value="' + esc(o.id) + '" id="' + id + '"></button><label for="' + id + '" class="webix_label_right">' + esc(o.value) + '</label></div>';
      });
      box.innerHTML = html;
      box.setAttribute('role', 'radiogroup');
      if (c.label) box.setAttribute('aria-label', strip(c.label));
      box.addEventListener('click', function (e) {
        var opt = e.target.closest('.webix_radio_option');
        if (!opt || self.config.disabled) return;
        var b = opt.querySelector('button');
        self.setValue(b.value);
        b.focus();
      });
      box.addEventListener('keydown', function (e) {
        var step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
        if (!step) return;
        e.preventDefault();
        var ids = self._options.map(function (o) { return String(o.id); });
        var i = (ids.indexOf(String(self.config.value)) + step + ids.length) % ids.length;
        self.setValue(ids[i]);
        self.getInputNode().focus();
      });
    },
    $setValue: function (v) {
      if (!this._box) return;
      var bs = this._box.querySelectorAll('button.webix_inp_radio_border');
      for (var i = 0; i < bs.length; i++) {
        var on = bs[i].value === String(v);
        bs[i].setAttribute('aria-checked', on ? 'true' : 'false');
        bs[i].className = 'webix_inp_radio_border webix_radio_' + (on ? '1' : '0');
        bs[i].tabIndex = on ? 0 : -1;
      }
    },
    getInputNode: function () {
      return this._box ? this._box.querySelector('button[aria-checked="true"]') || this._box.querySelector('button') : null;
    }
  });

  var openSuggest = null;
  function Suggest(master) {
    counters.suggest = (counters.suggest || 0) + 1;
    counters.list = (counters.list || 0) + 1;
    this.id = '$suggest' + counters.suggest;
    this.listId = '$list' + counters.list;
    this.master = master;
    this.visible = false;
    var self = this;
    var n = this.$view = node('div', { 'class': 'webix_view webix_window webix_popup webix_suggest', view_id: this.id });
    n.style.cssText = 'position:absolute;display:none;';
    var list = this._list = node('div', { 'class': 'webix_view webix_list', view_id: this.listId, role: 'listbox', tabindex: '-1' });
    var cont = node('div', { 'class': 'webix_scroll_cont' });
    cont.innerHTML = master._options.map(function (o) {
      return '<div webix_l_id="' + esc(o.id) + '" class="webix_list_item" style="width:auto; height:34px; overflow:hidden;" role="option" aria-selected="false" tabindex="-1">' + esc(o.value) + '</div>';
    }).join('');
    list.appendChild(cont);
    var content = node('div', { 'class': 'webix_win_content' });
    var body = node('div', { 'class': 'webix_win_body' });
    body.appendChild(list);
    content.appendChild(body);
    n.appendChild(content);
    document.body.appendChild(n);
    list.addEventListener('mousedown', function (e) { e.preventDefault(); });
    list.addEventListener('click', function (e) {
      var it = e.target.closest('.webix_list_item');
      if (!it) return;
      master.setValue(it.getAttribute('webix_l_id'));
      self.hide();
      master.focus();
    });
  }
  Suggest.prototype.items = function () { return Array.prototype.slice.call(this._list.querySelectorAll('.webix_list_item')); };
  Suggest.prototype.show = function () {
    var inp = this.master.getInputNode();
    if (!inp) return;
    if (openSuggest && openSuggest !== this) openSuggest.hide();
    var r = inp.getBoundingClientRect();
    var n = this.$view;
    document.body.appendChild(n);
    var lh = Math.min(300, this.master._options.length * 34);
    this._list.style.height = lh + 'px';
    n.style.width = r.width + 'px';
    n.style.height = (lh + 2) + 'px';
    var top = r.bottom + 1;
    if (r.bottom + lh + 4 > window.innerHeight && r.top - lh - 4 > 0) top = r.top - lh - 3;
    n.style.left = Math.round(r.left) + 'px';
    n.style.top = Math.round(top) + 'px';
    n.style.zIndex = ++zIndex;
    n.style.display = 'block';
    this.visible = true;
    openSuggest = this;
    inp.setAttribute('aria-expanded', 'true');
    this._mark(this.master.config.value);
  };
  Suggest.prototype.hide = function () {
    if (!this.visible) return;
    this.$view.style.display = 'none';
    this.visible = false;
    if (openSuggest === this) openSuggest = null;
    var inp = this.master.getInputNode();
    if (inp) inp.setAttribute('aria-expanded', 'false');
  };
  Suggest.prototype._mark = function (id) {
    var list = this._list;
    this.items().forEach(function (it) {
      var on = it.getAttribute('webix_l_id') === String(id);
      it.classList.toggle('webix_selected', on);
      it.setAttribute('aria-selected', on ? 'true' : 'false');
      if (on) {
        if (it.offsetTop < list.scrollTop) list.scrollTop = it.offsetTop;
        else if (it.offsetTop + 34 > list.scrollTop + list.clientHeight) list.scrollTop = it.offsetTop + 34 - list.clientHeight;
      }
    });
    this._focused = id;
  };
  Suggest.prototype.move = function (step) {
    var ids = this.items().map(function (it) { return it.getAttribute('webix_l_id'); });
    var i = ids.indexOf(String(this._focused));
    i = i < 0 ? (step > 0 ? 0 : ids.length - 1) : clamp(i + step, 0, ids.length - 1);
    this._mark(ids[i]);
  };
  Suggest.prototype.destroy = function () { this.hide(); if (this.$view.parentNode) this.$view.parentNode.removeChild(this.$view); };
  document.addEventListener('mousedown', function (e) {
    if (openSuggest && !openSuggest.$view.contains(e.target) && !openSuggest.master.$view.contains(e.target)) openSuggest.hide();
  }, true);

  types.richselect = proto(control, {
    name: 'richselect',
    $init: function (c) { this._options = options(c.options); control.$init.call(this, c); this._suggest = new Suggest(this); },
    $render: function (box) {
      var c = this.config;
      var self = this;
      box.innerHTML = this._labelHtml(null) + '<div class="webix_inp_static" role="combobox" aria-label="' + esc(strip(c.label)) + '" tabindex="0" aria-autocomplete="list" aria-expanded="false" aria-live="assertive" aria-atomic="true" aria-haspopup="true" style="width:100px; text-align:left;">' + this._text() + '</div><span class="webix_input_icon wxi-menu-down"></span>';
      var st = box.querySelector('.webix_inp_static');
      box.addEventListener('click', function (e) {
        if (self.config.disabled) return;
        if (e.target.closest('.webix_inp_static') || e.target.closest('.webix_input_icon')) {
          if (self._suggest.visible) self._suggest.hide(); else self._suggest.show();
        } else if (e.target.closest('.webix_inp_label')) st.focus();
      });
      st.addEventListener('keydown', function (e) {
        var sg = self._suggest;
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          if (!sg.visible) sg.show(); else sg.move(e.key === 'ArrowDown' ? 1 : -1);
        } else if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          if (sg.visible && sg._focused) { self.setValue(sg._focused); sg.hide(); } else sg.show();
        } else if (e.key === 'Escape' || e.key === 'Tab') sg.hide();
      });
    },
    $size: function (w) {
      this._box.querySelector('.webix_inp_static').style.width = (w - this._labelW()) + 'px';
      this._box.querySelector('.webix_input_icon').style.right = '10px';
    },
    getOption: function (id) { return this._options.filter(function (o) { return String(o.id) === String(id); })[0] || null; },
    getText: function () { var o = this.getOption(this.config.value); return o ? o.value : ''; },
    _text: function () {
      var o = this.getOption(this.config.value);
      return o ? esc(o.value) : '<span class="webix_placeholder">' + esc(this.config.placeholder || '') + '</span>';
    },
    $setValue: function (v) {
      var st = this._box && this._box.querySelector('.webix_inp_static');
      if (st) st.innerHTML = this._text();
      if (this._suggest) this._suggest._mark(v);
    },
    getList: function () { return this._suggest; },
    getInputNode: function () { return this._box ? this._box.querySelector('.webix_inp_static') : null; }
  });

  types.window = proto(base, {
    name: 'window',
    $css: 'webix_window',
    $init: function (c) {
      var self = this;
      var v = this.$view;
      v.setAttribute('role', 'dialog');
      v.setAttribute('tabindex', '0');
      if (c.modal) v.setAttribute('aria-modal', 'true');
      v.style.position = 'absolute';
      v.style.display = 'none';
      c.hidden = true;
      this._cells = [];
      var content = node('div', { 'class': 'webix_win_content' });
      v.appendChild(content);
      if (c.head) {
        var head = c.head;
        if (typeof head === 'string') {
          head = { height: 46, paddingX: 0, cols: [{ view: 'label', label: head, css: 'webix_win_title', height: 46 }] };
          if (c.close) head.cols.push({ view: 'template', width: 46, height: 46, css: 'webix_win_close', template: '<div class="webix_icon wxi-close" role="button" tabindex="0"></div>' });
        }
        this._headEl = node('div', { 'class': 'webix_win_head' });
        content.appendChild(this._headEl);
        this._head = create(head, this);
        this._headEl.appendChild(this._head.$view);
        this._cells.push(this._head);
        this._headEl.addEventListener('click', function (e) { if (e.target.closest('.wxi-close')) self.close(); });
        this._headEl.addEventListener('keydown', function (e) { if (e.key === 'Enter' && e.target.closest('.wxi-close')) self.close(); });
      }
      this._bodyEl = node('div', { 'class': 'webix_win_body' });
      content.appendChild(this._bodyEl);
      this._body = create(c.body || {}, this);
      this._bodyEl.appendChild(this._body.$view);
      this._cells.push(this._body);
      document.body.appendChild(v);
    },
    _place: function () {
      var c = this.config;
      var hh = this._head ? this._head.$getSize()[2] + 1 : 0;
      var bs = this._body.$getSize();
      var w = c.width || Math.max(bs[0], 300);
      var h = c.height || hh + bs[2];
      if (h > window.innerHeight - 20 && !c.height) h = window.innerHeight - 20;
      this.$width = w;
      this.$height = h;
      var st = this.$view.style;
      st.width = w + 'px';
      st.height = h + 'px';
      st.left = (c.left !== undefined ? c.left : Math.max(0, Math.round((window.innerWidth - w) / 2))) + 'px';
      st.top = (c.top !== undefined ? c.top : Math.max(0, Math.round((window.innerHeight - h) / 2))) + 'px';
      if (this._head) { this._headEl.style.height = hh + 'px'; this._head.$setSize(w, hh - 1); }
      this._body.$setSize(w, h - hh);
    },
    show: function () {
      if (!this.config.hidden) return;
      this.config.hidden = false;
      if (this.config.modal) {
        this._modal = node('div', { 'class': 'webix_modal' });
        this._modal.style.zIndex = ++zIndex;
        document.body.appendChild(this._modal);
      }
      this.$view.style.zIndex = ++zIndex;
      this.$view.style.display = 'block';
      this._place();
      this.$view.focus();
      this.callEvent('onShow', []);
    },
    hide: function () {
      if (this.config.hidden) return;
      this.config.hidden = true;
      this.$view.style.display = 'none';
      if (this._modal) { this._modal.parentNode.removeChild(this._modal); this._modal = null; }
      this.callEvent('onHide', []);
    },
    close: function () { this.hide(); this.destructor(); },
    getBody: function () { return this._body; },
    getHead: function () { return this._head; }
  });

  types.sidebar = proto(base, {
    name: 'sidebar',
    $css: 'webix_tree webix_sidebar',
    $fixedW: function () { return 250; },
    $init: function (c) {
      var self = this;
      this._items = {};
      this._parents = {};
      this._sel = null;
      (function walk(list, parent) {
        list.forEach(function (it) { self._items[it.id] = it; self._parents[it.id] = parent; if (it.data) walk(it.data, it.id); });
      })(c.data || [], null);
      this.$view.setAttribute('role', 'tree');
      this.$view.addEventListener('click', function (e) {
        var item = e.target.closest('.webix_tree_item');
        if (item) self._click(item.getAttribute('webix_tm_id'), e);
      });
      this.$view.addEventListener('keydown', function (e) {
        var item = e.target.closest('.webix_tree_item');
        if (!item) return;
        var id = item.getAttribute('webix_tm_id');
        var it = self._items[id];
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); self._click(id, e); }
        else if (e.key === 'ArrowRight' && it.data && !it.open) { e.preventDefault(); self.open(id); }
        else if (e.key === 'ArrowLeft' && it.data && it.open) { e.preventDefault(); self.close(id); }
        else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          var all = Array.prototype.slice.call(self.$view.querySelectorAll('.webix_tree_item'));
          var next = all[clamp(all.indexOf(item) + (e.key === 'ArrowDown' ? 1 : -1), 0, all.length - 1)];
          if (next) next.focus();
        }
      });
      this.render();
    },
    _click: function (id, e) {
      var it = this._items[id];
      if (!it || this.callEvent('onItemClick', [id, e]) === false) return;
      if (it.data && it.data.length) { if (it.open) this.close(id); else this.open(id); }
      else this.select(id);
      var n = this.getItemNode(id);
      if (n) n.focus();
    },
    open: function (id) { var it = this._items[id]; if (!it || !it.data) return; it.open = true; this.render(); this.callEvent('onAfterOpen', [id]); },
    close: function (id) { var it = this._items[id]; if (!it || !it.data) return; it.open = false; this.render(); this.callEvent('onAfterClose', [id]); },
    select: function (id) {
      for (var p = this._parents[id]; p; p = this._parents[p]) this._items[p].open = true;
      var old = this._sel;
      this._sel = id;
      this.render();
      if (old !== id) this.callEvent('onAfterSelect', [id]);
    },
    getSelectedId: function () { return this._sel; },
    getItem: function (id) { return this._items[id]; },
    getItemNode: function (id) { return this.$view.querySelector('.webix_tree_item[webix_tm_id="' + id + '"]'); },
    render: function () {
      var self = this;
      var first = true;
      function branch(items, level) {
        return items.map(function (it) {
          var kids = !!(it.data && it.data.length);
          var open = !!it.open;
          var sel = self._sel === it.id;
          var tab = sel || (!self._sel && first) ? '0' : '-1';
          first = false;
          return '<div class="webix_tree_branch_' + level + '"><div webix_tm_id="' + it.id + '" class="webix_tree_item' + (sel ? ' webix_selected webix_sidebar_selected' : '') + '" role="treeitem" aria-level="' + level + '"' + (kids ? ' aria-expanded="' + open + '"' : '') + ' aria-selected="' + sel + '" tabindex="' + tab + '" style="padding-left:' + (8 + (level - 1) * 18) + 'px;">'
            + '<div class="' + (kids ? (open ? 'webix_tree_open' : 'webix_tree_close') : 'webix_tree_none') + '"></div>'
            + '<span class="webix_icon webix_sidebar_dir_icon ' + (it.icon || (kids ? 'wxi-folder' : 'wxi-file')) + '"></span>'
            + '<span>' + it.value + '</span></div>'
            + (kids && open ? '<div class="webix_tree_leaves" role="group">' + branch(it.data, level + 1) + '</div>' : '')
            + '</div>';
        }).join('');
      }
      this.$view.innerHTML = '<div class="webix_scroll_cont">' + branch(this.config.data || [], 1) + '</div>';
    }
  });

  types.datatable = proto(base, {
    name: 'datatable',
    $css: 'webix_dtable',
    $init: function (c) { this.$view.setAttribute('role', 'grid'); this._data = (c.data || []).slice(); },
    $fixedH: function () { return this.config.autoheight ? 39 + Math.max(1, this._data.length) * 36 + 2 : 0; },
    $resize: function () { this.render(); },
    parse: function (list) { this._data = this._data.concat(list || []); this._changed(); },
    clearAll: function () { this._data = []; this._changed(); },
    add: function (obj) { this._data.push(obj); this._changed(); },
    count: function () { return this._data.length; },
    _changed: function () { if (this.config.autoheight) resizeAll(); this.render(); this.callEvent('onAfterLoad', []); },
    render: function () {
      var c = this.config;
      var w = this.$width;
      var h = this.$height;
      if (!w) return;
      var cols = c.columns;
      var inner = w - 2;
      var fixed = 0;
      var fills = 0;
      cols.forEach(function (col) { if (col.fillspace) fills += col.fillspace === true ? 1 : col.fillspace; else fixed += col.width || 100; });
      var free = Math.max(0, inner - fixed);
      var widths = cols.map(function (col) {
        return col.fillspace ? Math.max(col.minWidth || 80, Math.floor(free * (col.fillspace === true ? 1 : col.fillspace) / fills)) : col.width || 100;
      });
      var total = sum(widths);
      var rows = this._data;
      var bodyH = h - 2 - 39;
      var head = '<div class="webix_ss_header" role="rowgroup" style="height:39px;"><div class="webix_hs_left"></div><div class="webix_hs_center"><table role="presentation" cellspacing="0" cellpadding="0" class="webix_hcolumn" style="width:' + total + 'px;"><tbody><tr class="webix_size_row">'
        + widths.map(function (cw) { return '<td style="width:' + cw + 'px;height:1px;"></td>'; }).join('')
        + '</tr><tr section="header" role="row" aria-rowindex="1">'
        + cols.map(function (col, i) {
          return '<td column="' + i + '" role="columnheader" aria-colindex="' + (i + 1) + '" aria-rowindex="1" class="' + (i === 0 ? 'webix_first' : '') + (i === cols.length - 1 ? ' webix_last' : '') + '" style="height:38px;"><div class="webix_hcell">' + col.header + '</div></td>';
        }).join('')
        + '</tr></tbody></table></div><div class="webix_hs_right"></div></div>';
      var left = 0;
      var columns = cols.map(function (col, ci) {
        var html = '<div class="webix_column' + (ci === 0 ? ' webix_first' : '') + (ci === cols.length - 1 ? ' webix_last' : '') + '" role="presentation" column="' + ci + '" style="width:' + widths[ci] + 'px; left:' + left + 'px; top:0px;">'
          + rows.map(function (row, ri) {
            var val = col.template ? col.template(row, ri) : esc(row[col.id]);
            return '<div class="webix_cell" role="gridcell" aria-rowindex="' + (ri + 2) + '" aria-colindex="' + (ci + 1) + '" aria-selected="false" tabindex="-1">' + val + '</div>';
          }).join('') + '</div>';
        left += widths[ci];
        return html;
      }).join('');
      var body = '<div class="webix_ss_body" style="height:' + bodyH + 'px;"><div class="webix_ss_left" style="width:0px;"></div><div class="webix_ss_center" style="width:' + inner + 'px; height:' + bodyH + 'px;"><div class="webix_ss_center_scroll" role="rowgroup" style="width:' + total + 'px; height:' + rows.length * 36 + 'px;">' + columns + '</div></div><div class="webix_ss_right" style="width:0px;"></div></div>';
      this.$view.setAttribute('aria-rowcount', String(rows.length + 1));
      this.$view.setAttribute('aria-colcount', String(cols.length));
      this.$view.innerHTML = head + body + (rows.length ? '' : '<div class="webix_overlay">' + (c.emptyText || 'No data') + '</div>');
    }
  });

  var boxes = [];
  function modalbox(kind, cfg) {
    if (typeof cfg === 'string') cfg = { text: cfg };
    var isConfirm = kind === 'confirm';
    var type = cfg.type || kind;
    var cover = node('div', { 'class': 'webix_modal' });
    cover.style.zIndex = ++zIndex;
    document.body.appendChild(cover);
    var box = node('div', { 'class': 'webix_modal_box webix_' + type + (cfg.css ? ' ' + cfg.css : ''), role: 'alertdialog', 'aria-modal': 'true', tabindex: '0' });
    var button = function (text, css, result) {
      return '<div role="button" tabindex="0" aria-label="' + esc(text) + '" class="webix_popup_button' + (css ? ' ' + css : '') + '" result="' + result + '"><div>' + esc(text) + '</div></div>';
    };
    box.innerHTML = (cfg.title ? '<div class="webix_popup_title">' + cfg.title + '</div>' : '')
      + '<div class="webix_popup_text"><span>' + (cfg.text || '') + '</span></div>'
      + '<div class="webix_popup_controls">' + (isConfirm ? button(cfg.cancel || 'Cancel', '', 0) : '') + button(cfg.ok || 'OK', 'confirm', 1) + '</div>';
    box.style.zIndex = ++zIndex;
    document.body.appendChild(box);
    box.style.left = Math.round((window.innerWidth - box.offsetWidth) / 2) + 'px';
    box.style.top = Math.max(20, Math.round((window.innerHeight - box.offsetHeight) / 2.4)) + 'px';
    var prev = document.activeElement;
    return new Promise(function (resolve, reject) {
      var entry = {};
      var close = function (result) {
        boxes.splice(boxes.indexOf(entry), 1);
        if (box.parentNode) box.parentNode.removeChild(box);
        if (cover.parentNode) cover.parentNode.removeChild(cover);
        if (prev && prev.focus && document.body.contains(prev)) prev.focus();
        if (cfg.callback) cfg.callback(result);
        if (result || !isConfirm) resolve(result); else reject(result);
      };
      entry.key = function (e) {
        if (e.key === 'Enter') {
          var b = e.target.closest && e.target.closest('.webix_popup_button');
          close(b ? b.getAttribute('result') === '1' : true);
        } else if (e.key === 'Escape') close(!isConfirm);
        else return;
        e.preventDefault();
        e.stopPropagation();
      };
      boxes.push(entry);
      box.addEventListener('click', function (e) {
        var b = e.target.closest('.webix_popup_button');
        if (b) close(b.getAttribute('result') === '1');
      });
      box.focus();
    });
  }
  document.addEventListener('keydown', function (e) { if (boxes.length) boxes[boxes.length - 1].key(e); }, true);

  function message(cfg, type, expire) {
    if (typeof cfg === 'string') cfg = { text: cfg, type: type, expire: expire };
    var area = document.querySelector('.webix_message_area');
    if (!area) {
      area = node('div', { 'class': 'webix_message_area', role: 'log', 'aria-relevant': 'additions' });
      document.body.appendChild(area);
    }
    area.style.zIndex = ++zIndex;
    var id = cfg.id || uid();
    var m = node('div', { 'class': 'webix_message webix_' + (cfg.type || 'info'), role: 'alert', webix_l_id: id }, '<div>' + cfg.text + '</div>');
    area.appendChild(m);
    var gone = false;
    var hide = function () {
      if (gone) return;
      gone = true;
      addCss(m, 'hidden');
      setTimeout(function () { if (m.parentNode) m.parentNode.removeChild(m); }, 400);
    };
    m.addEventListener('click', hide);
    var ms = cfg.expire === undefined ? 3000 : cfg.expire;
    if (ms > 0) setTimeout(hide, ms);
    return id;
  }

  function serialize(obj) {
    return Object.keys(obj).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(obj[k]); }).join('&');
  }
  function ajax() {
    var headers = {};
    function send(method, url, params) {
      return new Promise(function (resolve, reject) {
        var x = new XMLHttpRequest();
        var body = null;
        if (method === 'GET' && params && typeof params === 'object') url += (url.indexOf('?') < 0 ? '?' : '&') + serialize(params);
        if (method === 'POST') {
          if (typeof params === 'string') body = params;
          else if (params) { body = serialize(params); if (!headers['Content-Type']) headers['Content-Type'] = 'application/x-www-form-urlencoded'; }
        }
        x.open(method, url, true);
        x.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
        for (var k in headers) x.setRequestHeader(k, headers[k]);
        x.onreadystatechange = function () {
          if (x.readyState !== 4) return;
          if (x.status >= 200 && x.status < 300) {
            resolve({ text: function () { return x.responseText; }, json: function () { return JSON.parse(x.responseText); } });
          } else {
            webix.callEvent('onAjaxError', [x]);
            reject(x);
          }
        };
        x.send(body);
      });
    }
    var api = {
      headers: function (h) { extend(headers, h); return api; },
      get: function (url, params) { return send('GET', url, params); },
      post: function (url, params) { return send('POST', url, params); }
    };
    return api;
  }

  var ProgressBar = {
    showProgress: function () {
      if (this._progress) return;
      this._progress = node('div', { 'class': 'webix_progress_icon' }, '<div class="webix_progress_state webix_icon wxi-sync webix_spin"></div>');
      this.$view.appendChild(this._progress);
    },
    hideProgress: function () { if (this._progress) { this._progress.parentNode.removeChild(this._progress); this._progress = null; } }
  };

  function ui(cfg, container) {
    var v = create(cfg, null);
    roots.push(v);
    if (v.name === 'window') return v;
    var target = container ? (typeof container === 'string' ? document.getElementById(container) : container) : document.body;
    target.appendChild(v.$view);
    if (!container) { v._fullscreen = true; addCss(document.body, 'webix_full_screen'); }
    resizeAll();
    return v;
  }
  ui.resize = resizeAll;

  var webix = extend({
    version: '8.4.4',
    ui: ui,
    $$: function (id) { return id && id.config ? id : pull[id] || null; },
    uid: uid,
    ajax: ajax,
    message: message,
    alert: function (cfg) { return modalbox('alert', cfg); },
    confirm: function (cfg) { return modalbox('confirm', cfg); },
    modalbox: function (cfg) { return modalbox(cfg.type || 'modalbox', cfg); },
    ready: function (fn) {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn);
      else setTimeout(fn, 1);
    },
    delay: function (fn, self, args, ms) { return setTimeout(function () { fn.apply(self, args || []); }, ms || 1); },
    extend: function (target, mixin) { return extend(target, mixin); },
    ProgressBar: ProgressBar,
    html: { addCss: addCss, removeCss: removeCss, create: node },
    template: { escape: esc },
    rules: {
      isNotEmpty: function (v) { return v === 0 || !!String(v === undefined || v === null ? '' : v).trim(); },
      isNumber: function (v) { return /^\d+$/.test(String(v)); },
      isEmail: function (v) { return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(v)); }
    }
  }, Events);
  webix._evs = globalEvents;
  window.addEventListener('resize', function () { if (openSuggest) openSuggest.hide(); resizeAll(); });
  window.webix = webix;
  window.$$ = webix.$$;
})();
`;

const WEBIX_RUNTIME_EXTRA_CSS = `
.webix_win_close>.webix_template{padding:0;}
.webix_win_title .webix_el_box{padding-left:16px;}
.webix_progress_icon{position:absolute;top:0;left:0;width:100%;height:100%;z-index:5;display:flex;align-items:center;justify-content:center;background:rgba(255,255,255,.55);}
.webix_progress_state{width:32px;height:32px;color:#1ca1c1;}
.webix_spin{animation:webix_spin 1s linear infinite;}
@keyframes webix_spin{from{transform:rotate(0)}to{transform:rotate(360deg)}}
`;

/** The portal's own styles over the skin. */
const APP_CSS = `
.einv_header{background:#1c4e80;border-bottom:3px solid #f7941d;}
.einv_header .webix_el_label .webix_el_box{color:#fff;}
.einv_header .webix_el_box{color:#fff;}
.einv_brand .webix_el_box{line-height:normal !important;padding-top:1px;}
.einv_title{display:block;font-size:19px;line-height:22px;font-weight:500;letter-spacing:.2px;color:#fff;}
.einv_sub{display:block;font-size:11px;line-height:14px;color:#c9d8ea;font-weight:400;}
.einv_title_label .webix_el_box{font-size:18px;}
.einv_emblem>.webix_template{padding:6px 0 0 8px;}
.einv_emblem_mark{width:40px;height:40px;border-radius:50%;background:#fff;color:#1c4e80;font-weight:700;font-size:13px;line-height:40px;text-align:center;}
.einv_footer{background:#23303f;}
.einv_footer>.webix_template{color:#b8c4d2;font-size:12px;line-height:26px;text-align:center;}
.einv_notice{background:#fff;border-left:4px solid #f7941d;}
.einv_notice>.webix_template{line-height:22px;padding:12px 16px;}
.einv_notice h3{margin:0 0 6px;font-size:16px;color:#1c4e80;}
.einv_band>.webix_template{line-height:22px;padding:8px 12px;}
.einv_band_warn{background:#fff4e0;border:1px solid #ffd08a;}
.einv_band_info{background:#e6f6fa;border:1px solid #9fd9e7;}
.einv_band_ok{background:#e8f8ef;border:1px solid #9fe0bd;}
.einv_band_ok>.webix_template{color:#1f7a4c;}
.captcha_box>.webix_template{padding:0;}
.captcha_box img{display:block;border:1px solid #dadee0;border-radius:2px;}
.einv_muted>.webix_template{color:#6b7a90;font-size:13px;line-height:18px;}
.api_prefix .webix_el_box{box-sizing:border-box;background:#f4f5f9;border:1px solid #dadee0;border-right:0;border-radius:2px 0 0 2px;text-align:center;font-weight:500;color:#313131;height:38px !important;line-height:36px !important;}
.einv_req .webix_el_box{font-weight:500;}
.einv_req .webix_el_box::after{content:" *";color:#ff5c4c;}
.einv_card{background:#fff;border-radius:2px;box-shadow:0 1px 3px rgba(0,0,0,.1);}
.einv_card>.webix_template{padding:16px 20px;}
.einv_card .card_title{font-size:14px;color:#6b7a90;text-transform:uppercase;letter-spacing:.5px;}
.einv_card .card_value{font-size:32px;font-weight:500;color:#1c4e80;margin-top:10px;}
.einv_card .card_note{font-size:12px;color:#94a1b3;margin-top:6px;}
.einv_panel{background:#fff;}
.einv_userinfo .webix_el_box{font-size:13px;font-weight:400;text-align:right;}
`;

const HOME_APP = `
webix.ready(function () {
  var P = window.PORTAL;
  var lost = false;
  webix.attachEvent('onAjaxError', function (xhr) {
    if (xhr.status === 401) {
      if (lost) return;
      lost = true;
      webix.alert({ type: 'alert-error', title: 'Session Expired', text: 'Session expired. Please login again.' }).then(function () {
        location.href = '/login?expired=1';
      });
    } else {
      webix.message({ type: 'error', text: 'Unable to reach the server (' + xhr.status + '). Please try again.' });
    }
  });
  function post(url, data) {
    return webix.ajax().headers({ 'Content-Type': 'application/json' }).post(url, JSON.stringify(data || {})).then(function (r) { return r.json(); });
  }

  var notice = P.expired ? { css: 'einv_band einv_band_warn', text: 'Your session has expired. Please login again.' }
    : P.logout ? { css: 'einv_band einv_band_info', text: 'You have been logged out successfully.' } : null;

  var homeInfo = {
    id: 'homeInfo', view: 'scrollview', body: {
      type: 'space', rows: [
        { view: 'template', css: 'einv_notice', height: 120, template: '<h3>Welcome to the e-Invoice System</h3>Taxpayers notified under e-invoicing shall report their B2B invoices to the Invoice Registration Portal (IRP) and obtain the Invoice Reference Number (IRN). Use <b>Login</b> at the top right to sign in with your e-Invoice / e-Way Bill credentials.' },
        { view: 'template', css: 'einv_notice', height: 96, template: '<h3>Two-Factor Authentication</h3>Two-factor authentication is mandatory from 1 April 2025. After your username and password, an OTP is sent to your registered mobile number (SMS, Sandes app or NIC-GST-Shield app).' },
        { view: 'template', css: 'einv_notice', height: 96, template: '<h3>API access through GSP</h3>To integrate your ERP, create API user credentials from <b>API Registration &rarr; User Credentials &rarr; Create API User</b> after login, choosing your GST Suvidha Provider.' },
        {}
      ]
    }
  };

  var loginForm = {
    view: 'form', id: 'loginForm', width: 500, borderless: true,
    elementsConfig: { labelWidth: 130 },
    elements: [
      { view: 'template', type: 'header', template: 'Login' },
      { view: 'template', id: 'loginNotice', css: notice ? notice.css : 'einv_band', height: 40, hidden: !notice, template: notice ? notice.text : '' },
      { view: 'text', id: 'txtUserName', name: 'username', label: 'Username', required: true, placeholder: 'Enter Username', attributes: { autocomplete: 'username', maxlength: 15 } },
      { view: 'text', id: 'txt_password', name: 'password', type: 'password', label: 'Password', required: true, placeholder: 'Enter Password', attributes: { autocomplete: 'current-password' } },
      { height: 48, cols: [
        { view: 'label', label: '', width: 130 },
        { view: 'template', id: 'captcha_image', css: 'captcha_box', width: 152, height: 48, template: function () { return '<img src="/captcha.svg?t=' + Date.now() + '" width="150" height="46" alt="captcha">'; } },
        { view: 'icon', id: 'btnRefreshCaptcha', icon: 'wxi-sync', tooltip: 'Refresh Captcha', height: 48, click: refreshCaptcha },
        {}
      ] },
      { view: 'text', id: 'CaptchaCode', name: 'captcha', label: 'Enter Captcha', required: true, placeholder: 'Enter the characters shown above', attributes: { autocomplete: 'off', maxlength: 6 } },
      { cols: [
        { view: 'button', id: 'btnForgot', value: 'Forgot Password?', css: 'webix_transparent', width: 150, click: function () { webix.message('Please use "Forgot Password" on the e-Way Bill portal to reset your password.'); } },
        {},
        { view: 'button', id: 'btnSubmitLogin', value: 'Login', css: 'webix_primary btnlogin', width: 140, click: doLogin }
      ] }
    ],
    on: { }
  };

  var otpForm = {
    view: 'form', id: 'otpForm', width: 500,
    elementsConfig: { labelWidth: 130 },
    elements: [
      { view: 'template', type: 'header', template: 'Two-Factor Authentication' },
      { view: 'template', id: 'otpInfo', height: 64, data: { mobile: '' }, template: 'An OTP has been sent to your registered mobile number <b>#mobile#</b>. You may also use the OTP shown in the Sandes or NIC-GST-Shield app.' },
      { view: 'text', id: 'txtOtp', name: 'otp', label: 'Enter OTP', required: true, bottomPadding: 18, placeholder: '6 digit OTP', attributes: { maxlength: 6, autocomplete: 'one-time-code', inputmode: 'numeric' },
        on: { onTimedKeyPress: function () { $$('otpForm').clearValidation(); } } },
      { cols: [
        { view: 'button', id: 'btnBackToLogin', value: 'Back', css: 'webix_transparent', width: 90, click: backToLogin },
        {},
        { view: 'button', id: 'btnResendOTP', value: 'Resend OTP', width: 130, click: resendOtp },
        { view: 'button', id: 'btnVerifyOTP', value: 'Verify OTP', css: 'webix_primary', width: 130, click: verifyOtp }
      ] }
    ]
  };

  function centered(id, form) {
    return { id: id, view: 'scrollview', body: { type: 'space', cols: [{}, { rows: [{ height: 30 }, form, {}] }, {}] } };
  }

  webix.ui({
    rows: [
      { view: 'toolbar', id: 'homeHeader', css: 'einv_header', height: 64, paddingY: 13, paddingX: 16, cols: [
        { view: 'template', css: 'einv_emblem', width: 52, height: 38, template: '<div class="einv_emblem_mark">GST</div>' },
        { view: 'label', css: 'einv_brand', label: '<span class="einv_title">e-Invoice System</span><span class="einv_sub">Goods and Services Tax Network &middot; Government of India</span>' },
        { view: 'button', id: 'btnHome', value: 'Home', css: 'webix_transparent', width: 90, click: function () { $$('homeViews').setValue('homeInfo'); } },
        { view: 'button', id: 'btnLogin', value: 'Login', css: 'webix_primary homepageloginbtn', width: 110, click: showLogin }
      ] },
      { view: 'multiview', id: 'homeViews', value: P.page === 'login' ? 'loginCell' : 'homeInfo', cells: [homeInfo, centered('loginCell', loginForm), centered('otpCell', otpForm)] },
      { view: 'template', css: 'einv_footer', height: 30, template: 'Site owned by Goods and Services Tax Network. Designed and developed by National Informatics Centre. &copy; 2024' }
    ]
  });

  $$('txtUserName').attachEvent('onEnter', function () { $$('txt_password').focus(); });
  $$('txt_password').attachEvent('onEnter', function () { $$('CaptchaCode').focus(); });
  $$('CaptchaCode').attachEvent('onEnter', doLogin);
  $$('txtOtp').attachEvent('onEnter', verifyOtp);
  if (P.page === 'login') $$('txtUserName').focus();

  function showLogin() {
    $$('homeViews').setValue('loginCell');
    setTimeout(function () { $$('txtUserName').focus(); }, 450);
  }
  function refreshCaptcha() { $$('captcha_image').refresh(); }
  function backToLogin() {
    $$('otpForm').clear();
    refreshCaptcha();
    $$('homeViews').setValue('loginCell');
  }

  function doLogin() {
    var form = $$('loginForm');
    if (!form.validate()) {
      webix.message({ type: 'error', text: 'Please fill in all the mandatory fields.' });
      return;
    }
    var v = form.getValues();
    webix.extend(form, webix.ProgressBar);
    form.showProgress();
    $$('btnSubmitLogin').disable();
    post('/api/login', { username: v.username, password: v.password, captcha: v.captcha }).then(function (r) {
      form.hideProgress();
      $$('btnSubmitLogin').enable();
      if (r.status === 'otp') {
        $$('otpInfo').setValues({ mobile: r.mobile });
        $$('txt_password').setValue('');
        $$('CaptchaCode').setValue('');
        $$('homeViews').setValue('otpCell');
        webix.message({ type: 'info', text: 'OTP sent to your registered mobile number ' + r.mobile + '.' });
        setTimeout(function () { $$('txtOtp').focus(); }, 450);
        return;
      }
      refreshCaptcha();
      $$('CaptchaCode').setValue('');
      if (r.field === 'credentials') $$('txt_password').setValue('');
      webix.alert({ type: 'alert-error', title: r.field === 'captcha' ? 'Invalid Captcha' : 'Login Failed', text: r.message }).then(function () {
        $$(r.field === 'captcha' ? 'CaptchaCode' : 'txt_password').focus();
      });
    }, function () { form.hideProgress(); $$('btnSubmitLogin').enable(); });
  }

  function verifyOtp() {
    var form = $$('otpForm');
    if (!form.validate()) { form.markInvalid('otp', 'Please enter the OTP'); return; }
    $$('btnVerifyOTP').disable();
    post('/api/login/otp', { otp: form.getValues().otp.trim() }).then(function (r) {
      $$('btnVerifyOTP').enable();
      if (r.status === 'ok') {
        $$('btnVerifyOTP').disable();
        location.href = r.redirect;
        return;
      }
      $$('txtOtp').setValue('');
      form.markInvalid('otp', 'Invalid OTP');
      webix.message({ type: 'error', text: r.message });
    }, function () { $$('btnVerifyOTP').enable(); });
  }

  function resendOtp() {
    post('/api/login/resend-otp', {}).then(function (r) {
      webix.message({ type: r.status === 'ok' ? 'success' : 'error', text: r.message });
    });
  }
});
`;

const MAIN_APP = String.raw`
webix.ready(function () {
  var P = window.PORTAL;
  var lost = false;
  webix.attachEvent('onAjaxError', function (xhr) {
    if (xhr.status === 401) {
      if (lost) return;
      lost = true;
      webix.alert({ type: 'alert-error', title: 'Session Expired', text: 'Session expired. Please login again.' }).then(function () {
        location.href = '/login?expired=1';
      });
    } else {
      webix.message({ type: 'error', text: 'Unable to process the request (' + xhr.status + '). Please try again later.' });
    }
  });
  function post(url, data) {
    return webix.ajax().headers({ 'Content-Type': 'application/json' }).post(url, JSON.stringify(data || {})).then(function (r) { return r.json(); });
  }
  function get(url) { return webix.ajax().get(url).then(function (r) { return r.json(); }); }
  var esc = webix.template.escape;

  var menu = [
    { id: 'dashboard', value: 'Dash Board', icon: 'mdi mdi-view-dashboard' },
    { id: 'einvoice', value: 'e-Invoice', icon: 'mdi mdi-file-document', data: [
      { id: 'generateIrn', value: 'Generate IRN' },
      { id: 'bulkUpload', value: 'Bulk Upload' },
      { id: 'cancelIrn', value: 'Cancel IRN' },
      { id: 'printEinvoice', value: 'Print e-Invoice' }
    ] },
    { id: 'apiRegistration', value: 'API Registration', icon: 'mdi mdi-key', data: [
      { id: 'userCredentials', value: 'User Credentials', data: [
        { id: 'createApiUser', value: 'Create API User' },
        { id: 'viewApiUsers', value: 'View API Users' }
      ] },
      { id: 'ipWhitelisting', value: 'IP Whitelisting' },
      { id: 'freezeApiUser', value: 'Freeze API User' },
      { id: 'changeApiPassword', value: 'Change API Password' }
    ] },
    { id: 'misReports', value: 'MIS Reports', icon: 'mdi mdi-chart-bar', data: [
      { id: 'irnDetails', value: 'IRN Details' },
      { id: 'summaryReport', value: 'Summary Report' }
    ] },
    { id: 'userManagement', value: 'User Management', icon: 'mdi mdi-account-group' }
  ];
  var titles = {};
  (function walk(list) { list.forEach(function (it) { titles[it.id] = it.value; if (it.data) walk(it.data); }); })(menu);

  function card(title, value, note) {
    return { view: 'template', css: 'einv_card', template: '<div class="card_title">' + title + '</div><div class="card_value">' + value + '</div><div class="card_note">' + note + '</div>' };
  }
  var dashboard = {
    id: 'dashboard', view: 'scrollview', body: { type: 'space', rows: [
      { view: 'template', type: 'header', css: 'einv_panel', template: 'Dash Board' },
      { height: 130, cols: [card('Generations', '1,284', 'IRNs generated this month'), card('Cancelled', '17', 'IRNs cancelled this month'), card('Total Value', '&#8377; 4.62 Cr', 'Taxable value this month')] },
      { view: 'template', css: 'einv_notice', height: 100, template: '<h3>Notices</h3>Two-factor authentication is mandatory for all taxpayers from 1 April 2025. Time limit of 30 days for reporting invoices applies to taxpayers with AATO of Rs. 10 Cr and above.' },
      {}
    ] }
  };
  var placeholder = {
    id: 'placeholder', view: 'scrollview', body: { type: 'space', rows: [
      { view: 'template', id: 'placeholderTitle', type: 'header', css: 'einv_panel', template: '' },
      { view: 'template', css: 'einv_panel', height: 80, template: '<div style="padding:16px 4px;color:#94a1b3">No records found.</div>' },
      {}
    ] }
  };

  var regColumns = [
    { id: 'sno', header: 'Sl. No', width: 70 },
    { id: 'gsp', header: 'GSP Name', fillspace: true },
    { id: 'username', header: 'API User Name', width: 200 },
    { id: 'createdOn', header: 'Created On', width: 170 },
    { id: 'status', header: 'Status', width: 100, template: function (row) { return '<span style="color:#1f7a4c;font-weight:500">' + esc(row.status) + '</span>'; } }
  ];

  var createApiUser = {
    id: 'createApiUser', view: 'scrollview', body: { type: 'space', rows: [
      { view: 'template', type: 'header', css: 'einv_panel', template: 'API Registration' },
      { view: 'form', id: 'apiOtpForm', elementsConfig: { labelWidth: 130 }, elements: [
        { view: 'template', id: 'apiOtpIntro', height: 48, template: 'Creating API user credentials needs an OTP sent to your registered mobile number <b>' + P.mobile + '</b>. Click <b>Send OTP</b> to receive it.' },
        { id: 'sendOtpRow', cols: [{ view: 'button', id: 'btnSendOtp', value: 'Send OTP', css: 'webix_primary', width: 140, click: sendApiOtp }, {}] },
        { view: 'text', id: 'txtApiOtp', name: 'otp', label: 'Enter OTP', required: true, hidden: true, bottomPadding: 18, placeholder: '6 digit OTP', attributes: { maxlength: 6, autocomplete: 'off', inputmode: 'numeric' },
          on: { onTimedKeyPress: function () { $$('apiOtpForm').clearValidation(); } } },
        { id: 'apiOtpButtons', hidden: true, cols: [
          { width: 130 },
          { view: 'button', id: 'btnVerifyApiOtp', value: 'Verify', css: 'webix_primary', width: 120, click: verifyApiOtp },
          { view: 'button', id: 'btnResendApiOtp', value: 'Resend OTP', width: 160, click: sendApiOtp },
          {}
        ] }
      ] },
      { view: 'template', id: 'apiOtpDone', hidden: true, css: 'einv_band einv_band_ok', height: 40, template: 'OTP verified. Please fill in the details below to create the API user.' },
      { view: 'form', id: 'regForm', hidden: true, elementsConfig: { labelWidth: 130 }, elements: [
        { view: 'template', type: 'section', template: 'Do you wish to Register your GSTIN for' },
        { view: 'radio', id: 'regType', name: 'regType', label: 'Registration Type', value: 'D', options: [{ id: 'D', value: 'Directly' }, { id: 'G', value: 'Through GSP' }], on: { onChange: regTypeChanged } },
        { view: 'template', id: 'directNote', css: 'einv_band einv_band_info', height: 58, template: 'Direct API access (own Client ID and Client Secret) is available only to taxpayers whose aggregate turnover exceeds the notified limit. This GSTIN is not eligible: please choose <b>Through GSP</b>.' },
        { view: 'richselect', id: 'gspSelect', name: 'gsp', label: 'Select your GSP', required: true, hidden: true, bottomPadding: 18, placeholder: '-- Select GSP --', options: P.gsps, invalidMessage: 'Please select your GSP' },
        { height: 56, margin: 0, cols: [
          { view: 'label', label: 'Username', width: 130, css: 'einv_req' },
          { view: 'label', label: 'API_', width: 46, css: 'api_prefix' },
          { view: 'text', id: 'txtApiUserName', name: 'apiUsername', width: 320, bottomPadding: 18, placeholder: 'Enter Username', attributes: { maxlength: 30, autocomplete: 'off' }, invalidMessage: 'Username: 3 to 30 letters, digits, . - or _' },
          {}
        ] },
        { view: 'text', id: 'txtApiPassword', name: 'password', type: 'password', label: 'Password', required: true, bottomPadding: 18, placeholder: 'Enter Password', attributes: { maxlength: 15, autocomplete: 'new-password' }, invalidMessage: '8-15 characters: upper, lower, digit and special' },
        { view: 'text', id: 'txtApiRePassword', name: 'confirmPassword', type: 'password', label: 'Re-enter Password', required: true, bottomPadding: 18, placeholder: 'Re-enter Password', attributes: { maxlength: 15, autocomplete: 'new-password' }, invalidMessage: 'Passwords do not match' },
        { view: 'template', css: 'einv_muted', height: 40, template: 'Password must be 8 to 15 characters long with at least one upper case letter, one lower case letter, one digit and one special character (e.g. @ # $ %).' },
        { cols: [
          { width: 130 },
          { view: 'button', id: 'btnSubmitApiUser', value: 'Submit', css: 'webix_primary', width: 120, disabled: true, click: submitApiUser },
          { view: 'button', id: 'btnExitApiUser', value: 'Exit', css: 'webix_danger', width: 120, click: exitToDashboard },
          {}
        ] }
      ], rules: {
        apiUsername: function (v) { return /^(API_)?[A-Za-z0-9._-]{3,30}$/i.test(String(v).trim()); },
        password: function (v) { return /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/.test(v); },
        confirmPassword: function (v, all) { return !!v && v === all.password; }
      } },
      { view: 'template', id: 'apiUserDone', hidden: true, css: 'einv_band einv_band_ok', height: 58, template: '' },
      { view: 'template', id: 'regListTitle', type: 'section', css: 'einv_panel', hidden: true, template: 'GSPs registered for GSTIN ' + P.gstin },
      { view: 'datatable', id: 'regList', hidden: true, autoheight: true, columns: regColumns, data: [], emptyText: 'No GSP registered yet' },
      { height: 10 }
    ] }
  };

  webix.ui({
    rows: [
      { view: 'toolbar', id: 'mainHeader', css: 'einv_header', paddingX: 12, cols: [
        { view: 'icon', id: 'menuToggle', icon: 'mdi mdi-menu', click: function () { var s = $$('sidebar'); if (s.isVisible()) s.hide(); else s.show(); } },
        { view: 'label', label: 'e-Invoice System', width: 200, css: 'einv_title_label' },
        {},
        { view: 'label', id: 'userInfo', css: 'einv_userinfo', autowidth: true, label: 'GSTIN: <b>' + P.gstin + '</b> &nbsp;|&nbsp; ' + esc(P.legalName) + ' &nbsp;|&nbsp; ' + esc(P.user) },
        { view: 'button', id: 'btnLogout', value: 'Logout', icon: 'mdi mdi-logout', css: 'webix_transparent', width: 110, click: function () { location.href = '/logout'; } }
      ] },
      { cols: [
        { view: 'sidebar', id: 'sidebar', width: 260, data: menu, on: { onAfterSelect: route } },
        { view: 'multiview', id: 'mainViews', cells: [dashboard, createApiUser, placeholder] }
      ] }
    ]
  });

  function route(id) {
    if (history.replaceState) history.replaceState(null, '', '#!/top/' + id);
    document.title = 'e-Invoice System | ' + (titles[id] || '');
    if (id === 'dashboard' || id === 'createApiUser') { $$('mainViews').setValue(id); return; }
    $$('placeholderTitle').setHTML(titles[id] || '');
    $$('mainViews').setValue('placeholder');
  }
  var start = (location.hash.match(/^#!\/top\/(\w+)/) || [])[1];
  $$('sidebar').select(start && titles[start] ? start : 'dashboard');

  var resendTimer = null;
  function countdown() {
    var left = 30;
    var btn = $$('btnResendApiOtp');
    btn.disable();
    btn.setValue('Resend OTP (' + left + 's)');
    clearInterval(resendTimer);
    resendTimer = setInterval(function () {
      left -= 1;
      if (left <= 0) { clearInterval(resendTimer); btn.setValue('Resend OTP'); btn.enable(); }
      else btn.setValue('Resend OTP (' + left + 's)');
    }, 1000);
  }

  function sendApiOtp() {
    var form = $$('apiOtpForm');
    webix.extend(form, webix.ProgressBar);
    form.showProgress();
    $$('btnSendOtp').disable();
    post('/api/apiotp/send', {}).then(function (r) {
      form.hideProgress();
      if (r.status !== 'ok') { $$('btnSendOtp').enable(); webix.message({ type: 'error', text: r.message }); return; }
      $$('apiOtpIntro').setHTML(esc(r.message));
      $$('sendOtpRow').hide();
      $$('txtApiOtp').show();
      $$('apiOtpButtons').show();
      $$('txtApiOtp').setValue('');
      webix.message({ type: 'success', text: 'OTP sent to your registered mobile number.' });
      countdown();
      $$('txtApiOtp').focus();
    }, function () { form.hideProgress(); $$('btnSendOtp').enable(); });
  }

  function verifyApiOtp() {
    var form = $$('apiOtpForm');
    var otp = String($$('txtApiOtp').getValue()).trim();
    if (!otp) { form.markInvalid('otp', 'Please enter the OTP'); return; }
    if (!/^\d{6}$/.test(otp)) { form.markInvalid('otp', 'OTP must be 6 digits'); return; }
    webix.extend(form, webix.ProgressBar);
    form.showProgress();
    $$('btnVerifyApiOtp').disable();
    post('/api/apiotp/verify', { otp: otp }).then(function (r) {
      form.hideProgress();
      $$('btnVerifyApiOtp').enable();
      if (r.status !== 'ok') {
        $$('txtApiOtp').setValue('');
        form.markInvalid('otp', 'Invalid OTP');
        webix.message({ type: 'error', text: r.message });
        $$('txtApiOtp').focus();
        return;
      }
      clearInterval(resendTimer);
      webix.message({ type: 'success', text: r.message });
      form.hide();
      $$('apiOtpDone').show();
      $$('regForm').show();
      loadRegistrations();
    }, function () { form.hideProgress(); $$('btnVerifyApiOtp').enable(); });
  }

  function loadRegistrations() {
    get('/api/apiuser/list').then(function (r) {
      var table = $$('regList');
      table.clearAll();
      table.parse(r.data || []);
      $$('regListTitle').show();
      table.show();
    });
  }

  function regTypeChanged(value) {
    var gsp = value === 'G';
    $$('regForm').clearValidation();
    if (gsp) { $$('directNote').hide(); $$('gspSelect').show(); $$('btnSubmitApiUser').enable(); }
    else { $$('gspSelect').hide(); $$('directNote').show(); $$('btnSubmitApiUser').disable(); }
  }

  function submitApiUser() {
    var form = $$('regForm');
    if ($$('regType').getValue() !== 'G') {
      webix.alert({ type: 'alert-error', title: 'Error', text: 'Please select Registration Type "Through GSP".' });
      return;
    }
    if (!form.validate()) {
      webix.message({ type: 'error', text: 'Please correct the highlighted fields.' });
      return;
    }
    var v = form.getValues();
    webix.confirm({ title: 'Confirm', text: 'Do you want to create the API user?', ok: 'OK', cancel: 'Cancel' }).then(function () {
      webix.extend(form, webix.ProgressBar);
      form.showProgress();
      $$('btnSubmitApiUser').disable();
      post('/api/apiuser/create', {
        regType: v.regType, gsp: v.gsp, apiUsername: String(v.apiUsername).trim(), password: v.password, confirmPassword: v.confirmPassword
      }).then(function (r) {
        form.hideProgress();
        $$('btnSubmitApiUser').enable();
        if (r.status !== 'ok') {
          webix.alert({ type: 'alert-error', title: 'Error', text: esc(r.message) });
          return;
        }
        webix.message({ type: 'success', text: esc(r.message) });
        form.hide();
        $$('apiOtpDone').hide();
        $$('apiUserDone').setHTML('API user <b>' + esc(r.username) + '</b> created successfully for <b>' + esc(r.gsp) + '</b>. Please note the username and password: they are needed for the Authentication API.');
        $$('apiUserDone').show();
        var table = $$('regList');
        table.clearAll();
        table.parse(r.data || []);
      }, function () { form.hideProgress(); $$('btnSubmitApiUser').enable(); });
    }, function () {});
  }

  function exitToDashboard() { $$('sidebar').select('dashboard'); }

  function showContact(c) {
    var win = webix.ui({
      view: 'window', id: 'techContactWin', modal: true, position: 'center', width: 560, close: true,
      head: 'Contacts of Technical Person',
      body: { view: 'form', id: 'techContactForm', elementsConfig: { labelWidth: 130 }, elements: [
        { view: 'template', height: 64, template: 'Please verify the contact details of the technical person responsible for e-Invoice API integration. NIC will use these details for all communication about API access.' },
        { view: 'text', name: 'name', label: 'Name', value: c.name, required: true },
        { view: 'text', name: 'mobile', label: 'Mobile No.', value: c.mobile, required: true, attributes: { maxlength: 10 } },
        { view: 'text', name: 'email', label: 'E-mail', value: c.email, required: true },
        { cols: [
          {},
          { view: 'button', value: 'Update', css: 'webix_primary', width: 110, click: function () {
            var f = $$('techContactForm');
            if (!f.validate()) return;
            post('/api/profile/contact', f.getValues()).then(function (r) {
              webix.message({ type: r.status === 'ok' ? 'success' : 'error', text: r.message });
              if (r.status === 'ok') win.close();
            });
          } },
          { view: 'button', value: 'Exit', css: 'webix_danger', width: 110, click: function () { win.close(); } }
        ] }
      ] }
    });
    win.show();
  }
  get('/api/profile/contact').then(function (r) {
    if (r.show) setTimeout(function () { showContact(r.contact); }, 300);
  });
});
`;
