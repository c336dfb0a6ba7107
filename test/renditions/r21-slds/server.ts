/**
 * Rendition r21-slds: the E-Invoice portal written blind from the public facts only
 * (shared/portal/einvoice1.md and shared/portal/guide.md), drawn as a Salesforce Experience
 * Cloud site built from Lightning Web Components with Salesforce Lightning Design System
 * (SLDS 2) markup would draw it. A small hand-written runtime in the page plays LWC: custom
 * element hosts (`c-…`, `lightning-input`, `lightning-button`, `lightning-radio-group`,
 * `lightning-spinner`) rendered in light DOM, the page built by script after load from a
 * boot JSON, server calls as Aura `ApexAction.execute` POSTs.
 *
 * Choices made where the docs are silent:
 * - URLs: home `/`; login `/s/login/`; dashboard `/s/main-menu`; Create API User
 *   `/s/api-registration/create-api-user`; other menu leaves are placeholder pages under `/s/…`;
 *   logout `GET /secur/logout.jsp`; captcha picture `GET /s/sfsites/c/captcha?_=<time>` (SVG
 *   with noise lines and dots, same text each time, fresh noise); every server call is
 *   `POST /s/sfsites/aura?r=N&aura.ApexAction.execute=1` with a form body (`message`,
 *   `aura.context`, `aura.pageURI`, `aura.token`) naming an `EInvoicePortalController` method.
 *   Nothing typed goes into a URL. Navigation between signed-in pages is client-side
 *   (`history.pushState`); login success is a full page load of `/s/main-menu`.
 * - Home: site header (logo, "e-Invoice System", "Goods and Services Tax, Government of India")
 *   with a brand button "Login" that opens `/s/login/`; a welcome card and a "Latest Updates" card.
 * - Login card "Login to e-Invoice System": `lightning-input`s "Username", "Password", the
 *   captcha picture (alt "Captcha") with an icon button "Refresh Captcha", "Enter Captcha", and a
 *   stretched brand button "Login" (Enter in a field also logs in). The captcha is checked first
 *   (case-insensitive): error toast "Invalid Captcha. Please enter the characters shown in the
 *   image." (refusal 'captcha'); then the credentials: error toast "Invalid Login Credentials.
 *   Please check your username and password." (refusal 'login'). Both refresh the picture and
 *   clear the captcha (the password too for a bad login). Empty required fields show LWC's
 *   "Complete this field." under the field, no server call. No lockout.
 * - 2FA: the same page turns into a card "Two-Factor Authentication" ("An OTP has been sent to
 *   your registered mobile number ******4821 …"), field "Enter OTP", buttons "Verify OTP",
 *   "Resend OTP", "Back to Login". Wrong OTP: error toast "Invalid OTP. Please enter the correct
 *   OTP sent to your registered mobile number." (refusal 'login-otp'), field cleared.
 * - After login the dashboard ("Dash Board" page header, cards "Generations" and "Cancelled",
 *   "Taxpayer Details") asks the server for the technical contact and opens an SLDS modal
 *   "Contacts of Technical Person" (name, mobile, e-mail table; × "Close" and a destructive
 *   "Exit" button; Escape closes it) once per login.
 * - Menu: left `nav.slds-nav-vertical`, section "Menu": "Dash Board" link, then expandable
 *   groups (overflow buttons with `aria-expanded`, chevron icon, list toggled `slds-hide`/
 *   `slds-show`): "e-Invoice" (Generate IRN, Cancel IRN, Bulk Upload); "API Registration"
 *   (group "User Credentials" (Create API User, Change API Password), IP Whitelisting, Freeze
 *   API User); "MIS Reports" (IRN Details, Summary Report); "User Management" (Create Sub User,
 *   Update Sub User). Groups start collapsed except those holding the current page. The header
 *   shows the GSTIN, the user name and a neutral "Logout" button.
 * - Create API User: opening the page sends the OTP by itself (Apex `sendApiOtp`); card
 *   "API Registration" with the sent-message, field "Enter OTP", buttons "Verify OTP" and
 *   "Resend OTP" (success toast "OTP Sent" each time). Wrong OTP: error toast "Invalid OTP.
 *   Please enter the correct OTP." (refusal 'api-otp'), field cleared, retry allowed. No OTP expiry.
 * - Registration form (same card): read-only "GSTIN"; `lightning-radio-group` "Do you wish to
 *   Register your GSTIN for" with "Directly", "Through GSP", "Through ERP", "Through Client-Id
 *   of other" (none preselected). The three others show a scoped notification saying the mode
 *   is not available and Submit refuses them with an error toast. "Through GSP" shows an SLDS
 *   autocomplete combobox "Select your GSP" (placeholder "Search GSP...", filtered as you type,
 *   arrows/Enter/Escape, "No matches found"), "Username" with the fixed addon `API_`
 *   (4-16 letters, digits or underscore after it), "Password" with the rule text below it, and
 *   "Re-enter Password" (8-15 characters with upper, lower, digit and special). Buttons "Submit"
 *   (brand) and "Exit" (neutral, back to the dashboard).
 * - Submit checks the fields in the page, then a modal "Confirm Registration" ("Do you want to
 *   create API user API_x for GSTIN … through …?") with "Cancel" and "OK". Refusals are error
 *   toasts: already registered with that GSP ("GSTIN … is already registered with …") →
 *   'duplicate'; user name already used (any GSTIN, case-insensitive) → 'username-taken'.
 *   Success: a success toast and, in the card, a success scoped notification "API user API_x
 *   has been created successfully for GSTIN … through …." and a table "GSPs registered for
 *   GSTIN …" (Sl. No., GSP Name, API User Name, Created On, Status) that includes the seeded
 *   TERA SOFTWARE LIMITED registration (API_terasoft, kept apart from `state.users`).
 * - Toasts: `div.slds-notify_container` appended to body, `div.slds-notify.slds-notify_toast`
 *   with `slds-theme_error` / `slds-theme_success`, title and message, a × "Close"; each removes
 *   itself after 5 seconds. A fixed `lightning-spinner` (`slds-spinner_container`) covers the page
 *   during every server call (the server answers after about 150 ms).
 * - Modals: `section.slds-modal[role=dialog]` plus a sibling `div.slds-backdrop`, both appended
 *   to body, faded in by adding `slds-fade-in-open` / `slds-backdrop_open` a frame later and
 *   removed 200 ms after closing; focus goes to the first control (the × "Close"), Tab is
 *   trapped, focus returns to the opener.
 * - Sessions: cookie `sid` (HttpOnly), made on the first page GET; 30 minutes idle. A page GET
 *   under `/s/` (other than login) without a signed-in session answers 302 to
 *   `/s/login/?ec=302`, where a warning alert says "Your session has expired. Please log in
 *   again." (`/s/login/` of a signed-in session answers 302 to the dashboard.) An Aura call without a live session (or with a wrong `aura.token`) answers Aura's
 *   `*\/{"event":{"descriptor":"markup://aura:invalidSession"…}}/*ERROR*\/`; the page then
 *   reloads itself, so the server redirects to that login page.
 * - expireOnce: the first `sendApiOtp` (opening the page or "Resend OTP"), `verifyApiOtp` or
 *   `registerApiUser` call of a signed-in session, as chosen, deletes the session, records the
 *   stage in `state.expired` and answers as any lost session does. Once per server.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type SldsR21Expiry = 'api-otp-send' | 'api-otp-verify' | 'submit';
export interface SldsR21Options {
  expireOnce?: SldsR21Expiry;
  gstin?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}
export interface SldsR21State {
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
export interface SldsR21Rendition {
  url: string;
  close(): Promise<void>;
  state: SldsR21State;
}

export const SLDS_R21_LOGIN: { username: string; password: string } = {
  username: 'unifastmh27',
  password: 'Fasten@2025',
};

const GSP_NAMES: readonly string[] = [
  'Adaequare Info Private Limited',
  'ALANKIT LIMITED',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'COMPUTER AGE MANAGEMENT SERVICES LIMITED',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'DELOITTE TOUCHE TOHMATSU INDIA LLP',
  'E-CONNECT SOLUTIONS PRIVATE LIMITED',
  'ERNST & YOUNG LLP',
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
  'WEP SOLUTIONS LIMITED',
  'WIPRO LIMITED',
];

const MASKED_MOBILE = '******4821';
const IDLE_MS = 30 * 60 * 1000;
const LATENCY_MS = 150;
const TAXPAYER = {
  legalName: 'UNIVERSAL FASTENERS',
  tradeName: 'M/S UNIVERSAL FASTENERS',
  state: 'Maharashtra',
};
const TECH_CONTACT = {
  name: 'Prakash Deshmukh',
  mobile: '9823045617',
  email: 'it.helpdesk@universalfasteners.in',
};
const PASSWORD_RULE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;
const USERNAME_RULE = /^[A-Za-z0-9_]{4,16}$/;

const STAGE_OF: Record<string, SldsR21Expiry | undefined> = {
  sendApiOtp: 'api-otp-send',
  verifyApiOtp: 'api-otp-verify',
  registerApiUser: 'submit',
};

interface Session {
  id: string;
  token: string;
  authenticated: boolean;
  loginStage: 'credentials' | 'otp';
  showContacts: boolean;
  apiOtpSent: boolean;
  apiOtpVerified: boolean;
  lastSeen: number;
}

type ActionResult = { kind: 'ok'; value: unknown } | { kind: 'error'; message: string } | { kind: 'invalid' };

const INVALID: ActionResult = { kind: 'invalid' };
const ok = (value: unknown): ActionResult => ({ kind: 'ok', value });
const fail = (message: string): ActionResult => ({ kind: 'error', message });

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
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
      if (size > 256 * 1024) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function nowStamp(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

function captchaSvg(text: string): string {
  const w = 150;
  const h = 50;
  const colors = ['#1d3f72', '#7a1f3d', '#245c2a', '#5a3a0e', '#3b2b73'];
  const parts: string[] = [`<rect width="${w}" height="${h}" fill="#eef1f6"/>`];
  for (let i = 0; i < 7; i++) {
    parts.push(
      `<line x1="${randomInt(0, w)}" y1="${randomInt(0, h)}" x2="${randomInt(0, w)}" y2="${randomInt(0, h)}" stroke="${colors[randomInt(0, colors.length)]}" stroke-opacity="0.55" stroke-width="${randomInt(1, 3)}"/>`,
    );
  }
  const chars = [...text];
  const step = chars.length > 1 ? 112 / (chars.length - 1) : 0;
  chars.forEach((ch, i) => {
    const x = 18 + i * step + randomInt(-3, 4);
    const y = 34 + randomInt(-4, 5);
    const r = randomInt(-25, 26);
    parts.push(
      `<text x="${x}" y="${y}" transform="rotate(${r} ${x} ${y})" fill="${colors[randomInt(0, colors.length)]}" font-family="Courier New, monospace" font-weight="bold" font-size="${randomInt(26, 33)}" text-anchor="middle">${esc(ch)}</text>`,
    );
  });
  for (let i = 0; i < 45; i++) {
    parts.push(
      `<circle cx="${randomInt(0, w)}" cy="${randomInt(0, h)}" r="${(randomInt(6, 19) / 10).toFixed(1)}" fill="${colors[randomInt(0, colors.length)]}" fill-opacity="0.6"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${parts.join('')}</svg>`;
}

export async function startSldsR21Rendition(options: SldsR21Options = {}): Promise<SldsR21Rendition> {
  const state: SldsR21State = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: options.captcha ?? 'K7Q2M',
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  /** Registrations made before this server started: shown and refused as duplicates, never in state.users. */
  const seeded: { gstin: string; gsp: string; username: string; createdOn: string }[] = [
    {
      gstin: state.gstin,
      gsp: 'TERA SOFTWARE LIMITED',
      username: 'API_terasoft',
      createdOn: '14/08/2023 11:42:07',
    },
  ];
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();
  let expiryUsed = false;

  function liveSession(req: IncomingMessage): Session | undefined {
    const sid = parseCookies(req).sid;
    if (!sid) return undefined;
    const s = sessions.get(sid);
    if (!s) return undefined;
    if (Date.now() - s.lastSeen > IDLE_MS) {
      sessions.delete(sid);
      return undefined;
    }
    s.lastSeen = Date.now();
    return s;
  }

  function newSession(res: ServerResponse): Session {
    const s: Session = {
      id: randomBytes(24).toString('base64url'),
      token: randomBytes(18).toString('base64url'),
      authenticated: false,
      loginStage: 'credentials',
      showContacts: false,
      apiOtpSent: false,
      apiOtpVerified: false,
      lastSeen: Date.now(),
    };
    sessions.set(s.id, s);
    res.setHeader('Set-Cookie', `sid=${s.id}; Path=/; HttpOnly; SameSite=Lax`);
    return s;
  }

  function registrations(): { gsp: string; username: string; createdOn: string; status: string }[] {
    return [...seeded, ...state.users]
      .filter((r) => r.gstin === state.gstin)
      .map((r) => ({ gsp: r.gsp, username: r.username, createdOn: r.createdOn, status: 'Active' }));
  }

  function runAction(method: string, p: Record<string, unknown>, s: Session | undefined): ActionResult {
    const str = (k: string): string => {
      const v = p[k];
      return typeof v === 'string' ? v : '';
    };
    const stage = STAGE_OF[method];
    if (stage && options.expireOnce === stage && !expiryUsed && s?.authenticated) {
      expiryUsed = true;
      sessions.delete(s.id);
      state.expired.push(stage);
      return INVALID;
    }
    if (!s) return INVALID;
    switch (method) {
      case 'login': {
        if (s.authenticated) return ok({ redirectUrl: '/s/main-menu' });
        if (str('captcha').trim().toUpperCase() !== state.captcha.toUpperCase()) {
          state.refusals.push('captcha');
          return fail('Invalid Captcha. Please enter the characters shown in the image.');
        }
        if (
          str('username').trim().toLowerCase() !== SLDS_R21_LOGIN.username.toLowerCase() ||
          str('password') !== SLDS_R21_LOGIN.password
        ) {
          state.refusals.push('login');
          return fail('Invalid Login Credentials. Please check your username and password.');
        }
        s.loginStage = 'otp';
        return ok({ maskedMobile: MASKED_MOBILE });
      }
      case 'resendLoginOtp':
        if (s.loginStage !== 'otp') return fail('Your login attempt has timed out. Please log in again.');
        return ok({ message: `OTP has been sent again to your registered mobile number ${MASKED_MOBILE}.` });
      case 'cancelLogin':
        s.loginStage = 'credentials';
        return ok({});
      case 'verifyLoginOtp': {
        if (s.loginStage !== 'otp') return fail('Your login attempt has timed out. Please log in again.');
        if (str('otp').trim() !== state.loginOtp) {
          state.refusals.push('login-otp');
          return fail('Invalid OTP. Please enter the correct OTP sent to your registered mobile number.');
        }
        s.loginStage = 'credentials';
        s.authenticated = true;
        s.showContacts = true;
        return ok({ redirectUrl: '/s/main-menu' });
      }
    }
    if (!s.authenticated) return INVALID;
    switch (method) {
      case 'getTechnicalContacts': {
        const show = s.showContacts;
        s.showContacts = false;
        return ok({ show, contacts: [TECH_CONTACT] });
      }
      case 'sendApiOtp':
        s.apiOtpSent = true;
        s.apiOtpVerified = false;
        return ok({
          message: `OTP has been sent to your registered mobile number ${MASKED_MOBILE}. It is valid for 10 minutes.`,
        });
      case 'verifyApiOtp':
        if (!s.apiOtpSent) return fail('Please generate the OTP first by clicking Resend OTP.');
        if (str('otp').trim() !== state.apiOtp) {
          state.refusals.push('api-otp');
          return fail('Invalid OTP. Please enter the correct OTP.');
        }
        s.apiOtpSent = false;
        s.apiOtpVerified = true;
        return ok({ gstin: state.gstin, gsps: GSP_NAMES });
      case 'registerApiUser': {
        if (!s.apiOtpVerified)
          return fail('Please verify the OTP sent to your registered mobile number first.');
        if (str('mode') !== 'GSP')
          return fail('Registration through this mode is not enabled for your GSTIN.');
        const gsp = GSP_NAMES.find((g) => g === str('gsp'));
        if (!gsp) return fail('Please select your GSP from the list.');
        const typed = str('userName').trim();
        if (!USERNAME_RULE.test(typed))
          return fail('User name must have 4 to 16 letters, digits or underscores after API_.');
        const password = str('password');
        if (!PASSWORD_RULE.test(password))
          return fail(
            'Password must be 8 to 15 characters long and contain an upper case letter, a lower case letter, a digit and a special character.',
          );
        if (password !== str('confirmPassword')) return fail('Password and Re-enter Password do not match.');
        const all = [...seeded, ...state.users];
        if (all.some((r) => r.gstin === state.gstin && r.gsp === gsp)) {
          state.refusals.push('duplicate');
          return fail(
            `GSTIN ${state.gstin} is already registered with ${gsp}. A GSP can be registered only once for a GSTIN.`,
          );
        }
        const username = `API_${typed}`;
        if (all.some((r) => r.username.toLowerCase() === username.toLowerCase())) {
          state.refusals.push('username-taken');
          return fail(`User name ${username} is already taken. Please choose a different user name.`);
        }
        state.users.push({ gstin: state.gstin, gsp, username, password, createdOn: nowStamp() });
        s.apiOtpVerified = false;
        return ok({
          gstin: state.gstin,
          username,
          gsp,
          message: `API user ${username} has been created successfully for GSTIN ${state.gstin} through ${gsp}.`,
          registrations: registrations(),
        });
      }
      default:
        return fail(`Unknown action ${method}.`);
    }
  }

  function shell(res: ServerResponse, path: string, s: Session): void {
    const boot = {
      path,
      token: s.token,
      fwuid: 'r21SldsEinv',
      authenticated: s.authenticated,
      loginStage: s.loginStage,
      maskedMobile: MASKED_MOBILE,
      user: s.authenticated ? { username: SLDS_R21_LOGIN.username, gstin: state.gstin, ...TAXPAYER } : null,
    };
    const json = JSON.stringify(boot).replace(/</g, '\\u003c');
    const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>e-Invoice System</title><link rel="icon" href="data:,"><style>${CSS}</style></head>
<body class="slds-scope"><script type="application/json" id="site-boot">${json}</script>
<c-einvoice-app></c-einvoice-app>
<noscript><p>Please enable JavaScript to use the e-Invoice System.</p></noscript>
<script>${CLIENT}</script></body></html>`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (req.method === 'POST' && path === '/s/sfsites/aura') {
      const form = new URLSearchParams(await readBody(req));
      let actions: { id?: unknown; params?: { method?: unknown; params?: unknown } }[] = [];
      try {
        const msg = JSON.parse(form.get('message') ?? '{}') as { actions?: typeof actions };
        actions = Array.isArray(msg.actions) ? msg.actions : [];
      } catch {
        actions = [];
      }
      let s = liveSession(req);
      if (s && form.get('aura.token') !== s.token) s = undefined;
      const results = actions.slice(0, 5).map((a) => {
        const method = typeof a.params?.method === 'string' ? a.params.method : '';
        const params = a.params?.params;
        const r = runAction(
          method,
          params && typeof params === 'object' ? (params as Record<string, unknown>) : {},
          s,
        );
        return { id: typeof a.id === 'string' ? a.id : '0;a', r };
      });
      await new Promise((resolve) => setTimeout(resolve, LATENCY_MS));
      if (results.length === 0 || results.some((x) => x.r.kind === 'invalid')) {
        res.writeHead(200, {
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': 'no-store',
        });
        res.end(
          `*/${JSON.stringify({ event: { descriptor: 'markup://aura:invalidSession', attributes: { values: { newToken: null } } }, exceptionEvent: true })}/*ERROR*/`,
        );
        return;
      }
      const body = {
        actions: results.map(({ id, r }) =>
          r.kind === 'ok'
            ? { id, state: 'SUCCESS', returnValue: { returnValue: r.value, cacheable: false }, error: [] }
            : {
                id,
                state: 'ERROR',
                returnValue: null,
                error: [
                  {
                    exceptionType: 'System.AuraHandledException',
                    isUserDefinedException: false,
                    message: r.kind === 'error' ? r.message : '',
                    stackTrace: '',
                  },
                ],
              },
        ),
        context: {
          mode: 'PROD',
          app: 'siteforce:communityApp',
          fwuid: 'r21SldsEinv',
          loaded: {},
          globalValueProviders: [],
        },
        perfSummary: { version: 'core', request: LATENCY_MS, actions: {} },
      };
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(body));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, POST' });
      res.end();
      return;
    }
    if (path === '/s/sfsites/c/captcha') {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' });
      res.end(captchaSvg(state.captcha));
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (path === '/secur/logout.jsp') {
      const s = liveSession(req);
      if (s) sessions.delete(s.id);
      res.writeHead(302, { Location: '/', 'Set-Cookie': 'sid=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0' });
      res.end();
      return;
    }
    if (path === '/' || path === '/s/login' || path === '/s/login/') {
      const s = liveSession(req) ?? newSession(res);
      if (path !== '/' && s.authenticated) {
        res.writeHead(302, { Location: '/s/main-menu' });
        res.end();
        return;
      }
      shell(res, path === '/' ? '/' : '/s/login/', s);
      return;
    }
    if (path === '/s' || path.startsWith('/s/')) {
      const s = liveSession(req);
      if (!s?.authenticated) {
        res.writeHead(302, { Location: '/s/login/?ec=302', 'Cache-Control': 'no-store' });
        res.end();
        return;
      }
      shell(res, path, s);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!DOCTYPE html><title>Page Not Found</title><h1>Page Not Found</h1><p><a href="/">Home</a></p>');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Internal Server Error');
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
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/* ------------------------------------------------------------------------------------------
 * SLDS 2 subset, hand-written (Cosmos look: pill buttons, rounded cards, accent #066afe).
 * ---------------------------------------------------------------------------------------- */
const CSS = String.raw`
*,*::before,*::after{box-sizing:border-box}
html{font-family:"Salesforce Sans",-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;line-height:1.5;color:#181818;-webkit-tap-highlight-color:transparent}
body{margin:0;font-size:.8125rem;background:#f3f3f3;min-height:100vh}
h1,h2,h3,p,ul,ol,fieldset,legend,table{margin:0;padding:0}
h1,h2,h3{font-size:inherit;font-weight:inherit}
fieldset{border:0;min-width:0}ul,ol{list-style:none}
a{color:#0b5cab;text-decoration:none}a:hover,a:focus{text-decoration:underline;color:#014486}
button,input{font:inherit;color:inherit}
.slds-assistive-text{position:absolute!important;margin:-1px!important;border:0!important;padding:0!important;width:1px!important;height:1px!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;white-space:nowrap!important}
.slds-hide{display:none!important}.slds-show{display:block}
.slds-grid{display:flex}.slds-wrap{flex-wrap:wrap}.slds-col{flex:1 1 auto}.slds-no-flex{flex:none}.slds-grow{flex-grow:1}
.slds-grid_vertical-align-center{align-items:center}.slds-grid_align-spread{justify-content:space-between}.slds-grid_align-center{justify-content:center}
.slds-has-flexi-truncate{flex:1 1 0%;min-width:0}
.slds-gutters{margin-left:-.75rem;margin-right:-.75rem}.slds-gutters>.slds-col{padding-left:.75rem;padding-right:.75rem}
.slds-size_1-of-1{width:100%}.slds-size_1-of-2{width:50%}.slds-size_1-of-3{width:33.3333%}
.slds-m-top_x-small{margin-top:.5rem}.slds-m-top_small{margin-top:.75rem}.slds-m-top_medium{margin-top:1rem}.slds-m-top_large{margin-top:1.5rem}
.slds-m-bottom_x-small{margin-bottom:.5rem}.slds-m-bottom_small{margin-bottom:.75rem}.slds-m-bottom_medium{margin-bottom:1rem}
.slds-m-right_small{margin-right:.75rem}.slds-m-left_x-small{margin-left:.5rem}.slds-m-right_x-small{margin-right:.5rem}
.slds-p-around_medium{padding:1rem}.slds-p-around_large{padding:1.5rem}
.slds-text-heading_large{font-size:1.75rem;line-height:1.25}.slds-text-heading_medium{font-size:1.25rem;line-height:1.25}
.slds-text-heading_small{font-size:1rem;line-height:1.25}.slds-text-title_caps{font-size:.75rem;text-transform:uppercase;letter-spacing:.0625rem;color:#444}
.slds-text-color_weak{color:#5c5c5c}.slds-text-color_error{color:#ea001e}.slds-text-body_small{font-size:.75rem}.slds-text-align_center{text-align:center}
.slds-truncate{max-width:100%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.slds-hyphenate{overflow-wrap:break-word;hyphens:auto}
.slds-align-top{align-self:flex-start}
.slds-icon_container{display:inline-block;line-height:1;border-radius:.25rem}
.slds-icon{width:2rem;height:2rem;fill:#fff}.slds-icon_small{width:1.5rem;height:1.5rem}.slds-icon_x-small{width:1rem;height:1rem;line-height:1}
.slds-icon-text-default{fill:#747474}.slds-current-color .slds-icon{fill:currentColor}
.slds-icon-standard-home{background:#ff538a}.slds-icon-standard-custom{background:#066afe}.slds-icon-standard-user{background:#7f8de1}
.slds-button{position:relative;display:inline-flex;align-items:center;justify-content:center;padding:0 1rem;min-height:2rem;line-height:1.875rem;border:1px solid transparent;border-radius:1rem;background:none;color:#0250d9;cursor:pointer;white-space:nowrap;user-select:none;text-decoration:none;transition:border .15s linear,background-color .15s linear,box-shadow .1s linear}
.slds-button:focus{outline:0;box-shadow:0 0 0 2px #fff,0 0 0 4px #0250d9}
.slds-button:disabled{cursor:default;color:#aeaeae}
.slds-button_neutral{background:#fff;border-color:#c9c9c9}.slds-button_neutral:hover{background:#f3f3f3}
.slds-button_brand{background:#066afe;border-color:#066afe;color:#fff}.slds-button_brand:hover{background:#0250d9;border-color:#0250d9}
.slds-button_destructive{background:#ba0517;border-color:#ba0517;color:#fff}.slds-button_destructive:hover{background:#8e030f;border-color:#8e030f}
.slds-button_brand:disabled,.slds-button_neutral:disabled{background:#e5e5e5;border-color:#e5e5e5;color:#939393}
.slds-button_stretch{width:100%}
.slds-button_reset{padding:0;border:0;border-radius:0;background:none;color:inherit;line-height:inherit;min-height:0;justify-content:flex-start;text-align:left}
.slds-button_icon{padding:0;width:2rem;height:2rem;line-height:1;border-radius:50%;color:#747474}
.slds-button_icon-border-filled{border-color:#c9c9c9;background:#fff}.slds-button_icon-border-filled:hover{background:#f3f3f3}
.slds-button_icon-inverse{color:#fff}
.slds-button__icon{width:.875rem;height:.875rem;fill:currentColor}.slds-button__icon_large{width:1.25rem;height:1.25rem}.slds-button__icon_left{margin-right:.5rem}
lightning-button+lightning-button{margin-left:.5rem}
.slds-form-element{position:relative;min-width:0}
.slds-form-element__label{display:inline-block;color:#2e2e2e;font-size:.75rem;padding-right:.5rem;padding-top:.25rem;margin-bottom:.125rem}
.slds-form-element__legend{float:left;font-weight:400}
.slds-form-element__control{clear:left;position:relative}
.slds-required{color:#ba0517;margin:0 .125rem;text-decoration:none;border:0;cursor:help}
.slds-input{width:100%;display:inline-block;padding:0 1rem 0 .75rem;min-height:calc(1.875rem + 2px);line-height:1.875rem;border:1px solid #939393;border-radius:.5rem;background:#fff;color:#181818;transition:border .1s linear,background-color .1s linear}
.slds-input:focus{outline:0;border-color:#066afe;box-shadow:0 0 0 1px #066afe}
.slds-input::placeholder{color:#747474}
.slds-form-element__help{display:block;font-size:.75rem;margin-top:.25rem}
.slds-has-error .slds-input{border-color:#ea001e;box-shadow:#ea001e 0 0 0 1px inset}
.slds-has-error .slds-form-element__help{color:#ea001e}
.slds-form-element_readonly{border-bottom:1px solid #e5e5e5;margin-bottom:0}
.slds-form-element__static{display:block;font-size:.875rem;padding:.125rem 0 .25rem;color:#181818}
.slds-input-has-fixed-addon{display:flex;align-items:center}
.slds-form-element__addon{display:inline-flex;align-items:center;margin:0 .5rem 0 0;font-weight:700;color:#181818}
.slds-input-has-icon{position:relative}.slds-input-has-icon .slds-input__icon{position:absolute;top:50%;margin-top:-.5rem;z-index:2;line-height:1;pointer-events:none}
.slds-input-has-icon_right .slds-input__icon_right{right:.75rem}.slds-input-has-icon_right .slds-input{padding-right:2rem}
.slds-radio{display:inline-block}
fieldset .slds-form-element__control .slds-radio{display:block;margin:.25rem 0}
.slds-radio [type=radio]{width:1px;height:1px;border:0;clip:rect(0 0 0 0);margin:-1px;overflow:hidden;padding:0;position:absolute}
.slds-radio .slds-radio__label{display:inline-flex;align-items:center;cursor:pointer}
.slds-radio .slds-radio_faux{width:1rem;height:1rem;display:inline-block;position:relative;border:1px solid #939393;border-radius:50%;background:#fff;margin-right:.5rem;transition:border .1s linear,background-color .1s linear}
.slds-radio .slds-form-element__label{display:inline;font-size:.8125rem;padding:0;margin:0;color:#181818}
.slds-radio [type=radio]:checked+.slds-radio__label .slds-radio_faux{border-color:#066afe;background:#fff}
.slds-radio [type=radio]:checked+.slds-radio__label .slds-radio_faux::after{content:"";width:.5rem;height:.5rem;position:absolute;top:50%;left:50%;transform:translate3d(-50%,-50%,0);border-radius:50%;background:#066afe}
.slds-radio [type=radio]:focus+.slds-radio__label .slds-radio_faux{border-color:#066afe;box-shadow:0 0 0 1px #066afe}
.slds-has-error .slds-radio .slds-radio_faux{border:2px solid #ea001e}
.slds-combobox_container{position:relative}
.slds-dropdown-trigger{position:relative;display:inline-block}.slds-combobox.slds-dropdown-trigger{display:block}
.slds-dropdown{position:absolute;z-index:7000;left:0;top:100%;min-width:6rem;max-width:20rem;margin-top:.125rem;padding:.25rem 0;border:1px solid #e5e5e5;border-radius:.5rem;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.16);color:#181818;font-size:.8125rem}
.slds-dropdown_fluid{min-width:100%;max-width:100%;width:100%}
.slds-dropdown_length-with-icon-7{max-height:calc((1.5rem + 1rem) * 7);overflow-y:auto;-webkit-overflow-scrolling:touch}
.slds-dropdown-trigger_click .slds-dropdown{display:none;visibility:hidden;opacity:0}
.slds-dropdown-trigger_click.slds-is-open .slds-dropdown{display:block;visibility:visible;opacity:1}
.slds-listbox__option{display:flex;align-items:center;padding:.5rem .75rem;cursor:pointer;width:100%}
.slds-listbox__option:hover,.slds-listbox__option.slds-has-focus{background:#f3f3f3}
.slds-listbox__option[aria-disabled=true]{cursor:default;color:#747474;background:none}
.slds-listbox__option-icon{width:1.5rem;display:inline-flex;align-items:center;justify-content:center;color:#0250d9}
.slds-media{display:flex;align-items:flex-start}.slds-media_center{align-items:center}.slds-media__figure{flex-shrink:0;margin-right:.75rem}.slds-media__body{flex:1;min-width:0}.slds-media_small .slds-media__figure{margin-right:.25rem}
.slds-card{position:relative;background:#fff;border:1px solid #e5e5e5;border-radius:1rem;box-shadow:0 2px 4px rgba(0,0,0,.08)}
.slds-card+.slds-card{margin-top:1rem}
.slds-card__header{display:flex;align-items:center;padding:1rem 1rem 0;margin:0 0 .75rem}
.slds-card__header-title{font-size:1rem;font-weight:700;line-height:1.25}
.slds-card__body{margin-bottom:1rem}.slds-card__body_inner{padding:0 1rem}
.slds-card__footer{padding:.75rem 1rem;border-top:1px solid #e5e5e5;text-align:center}
.slds-page-header{padding:.75rem 1rem;border:1px solid #e5e5e5;border-radius:1rem;background:#fff;box-shadow:0 2px 4px rgba(0,0,0,.08);margin-bottom:1rem}
.slds-page-header__title{font-size:1.125rem;font-weight:700;line-height:1.25;display:block}
.slds-page-header__name-meta{font-size:.75rem;color:#5c5c5c}
.slds-breadcrumb{display:flex;flex-wrap:wrap;font-size:.75rem}.slds-breadcrumb__item+.slds-breadcrumb__item::before{content:"\203A";margin:0 .375rem;color:#747474}
.slds-table{width:100%;border-collapse:separate;border-spacing:0;background:#fff;font-size:.8125rem}
.slds-table th,.slds-table td{padding:.375rem .5rem;text-align:left;white-space:nowrap}
.slds-table thead th{background:#f3f3f3;color:#444;font-weight:700;border-bottom:1px solid #e5e5e5}
.slds-table_bordered{border-top:1px solid #e5e5e5;border-bottom:1px solid #e5e5e5}
.slds-table_bordered tbody td,.slds-table_bordered tbody th{border-top:1px solid #e5e5e5}
.slds-table_cell-buffer tr>th:first-child,.slds-table_cell-buffer tr>td:first-child{padding-left:1rem}
.slds-nav-vertical{position:relative}
.slds-nav-vertical__title{padding:.5rem 1rem;font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.0625rem;color:#5c5c5c}
.slds-nav-vertical__item{position:relative;display:block}
.slds-nav-vertical__item.slds-is-active>.slds-nav-vertical__action{background:#eef4ff;font-weight:700;box-shadow:inset 4px 0 0 #066afe;color:#0250d9}
.slds-nav-vertical__action{display:flex;align-items:center;width:100%;padding:.375rem 1rem;color:#181818;font-size:.8125rem;line-height:1.5;border-radius:0 1rem 1rem 0;text-decoration:none}
.slds-nav-vertical__action:hover,.slds-nav-vertical__action:focus{background:#f3f3f3;text-decoration:none;color:#181818}
.slds-nav-vertical__action:focus{outline:0;box-shadow:inset 0 0 0 2px #066afe}
.slds-nav-vertical__action_overflow{color:#181818}
.slds-nav-vertical__action-text{flex:1}
.slds-nav-vertical .nav-depth-1>.slds-nav-vertical__action{padding-left:2.25rem}
.slds-nav-vertical .nav-depth-2>.slds-nav-vertical__action{padding-left:3.5rem}
.slds-notify_container{position:fixed;width:100%;left:0;top:0;z-index:10000;display:flex;flex-direction:column;align-items:center;padding:.5rem;pointer-events:none}
.slds-notify_toast{display:inline-flex;align-items:center;position:relative;margin:.5rem;padding:.75rem 3rem .75rem 1.5rem;min-width:30rem;max-width:40rem;border-radius:.5rem;text-align:left;color:#fff;background:#747474;pointer-events:auto;animation:slds-toast-in .2s ease-out}
.slds-notify_toast .slds-notify__content{flex:1}
.slds-notify_toast .slds-notify__content p{margin-top:.125rem}
.slds-notify__close{position:absolute;right:.5rem;top:50%;margin-top:-1rem}
.slds-notify_alert{position:relative;display:flex;justify-content:center;align-items:center;padding:.5rem 2rem;text-align:center;width:100%;color:#fff;border-radius:.5rem}
.slds-theme_alert-texture{background-image:linear-gradient(45deg,rgba(0,0,0,.025) 25%,transparent 25%,transparent 50%,rgba(0,0,0,.025) 50%,rgba(0,0,0,.025) 75%,transparent 75%,transparent);background-size:64px 64px}
.slds-theme_error{background-color:#ba0517;color:#fff}.slds-theme_success{background-color:#2e844a;color:#fff}
.slds-theme_warning{background-color:#fe9339;color:#181818}.slds-theme_warning .slds-icon{fill:#181818}.slds-theme_info{background-color:#747474;color:#fff}
.slds-scoped-notification{padding:.75rem;border-radius:.5rem}.slds-scoped-notification_light{background:#f3f3f3;color:#181818}
@keyframes slds-toast-in{from{opacity:0;transform:translateY(-.75rem)}to{opacity:1;transform:none}}
.slds-modal{position:fixed;top:0;right:0;bottom:0;left:0;display:flex;z-index:9001;opacity:0;visibility:hidden;transition:opacity .1s linear,visibility .1s linear}
.slds-modal:focus{outline:0}
.slds-modal__container{position:relative;display:flex;flex-direction:column;justify-content:center;margin:0 auto;padding:3rem 0;width:50%;max-width:40rem;min-width:20rem;height:100%;transform:translate3d(0,-1rem,0);transition:transform .1s linear}
.slds-fade-in-open{opacity:1;visibility:visible}.slds-fade-in-open .slds-modal__container{transform:none}
.slds-modal__header{position:relative;flex-shrink:0;padding:1rem 3rem;border-top-left-radius:1rem;border-top-right-radius:1rem;border-bottom:1px solid #e5e5e5;background:#fff;text-align:center}
.slds-modal__title{font-size:1.25rem;font-weight:400;line-height:1.25}
.slds-modal__close{position:absolute;top:-2.5rem;right:-.5rem}
.slds-modal__content{padding:1rem;background:#fff;overflow:auto}
.slds-modal__footer{flex-shrink:0;padding:.75rem 1rem;border-top:1px solid #e5e5e5;border-bottom-left-radius:1rem;border-bottom-right-radius:1rem;background:#f3f3f3;text-align:right}
.slds-backdrop{position:fixed;top:0;right:0;bottom:0;left:0;z-index:9000;background:rgba(8,7,7,.6);opacity:0;visibility:hidden;transition:opacity .4s linear,visibility .4s linear}
.slds-backdrop_open{opacity:1;visibility:visible;transition:opacity .4s linear}
.slds-spinner_container{position:absolute;top:0;right:0;bottom:0;left:0;z-index:9050;background-color:rgba(255,255,255,.75);visibility:visible;opacity:1;transition:opacity .2s ease,visibility 0s}
.slds-spinner_container.slds-is-fixed{position:fixed}
.slds-spinner{position:absolute;top:50%;left:50%;z-index:9051;width:2rem;height:2rem;margin:-1rem 0 0 -1rem;animation:slds-spin 1s linear infinite}
.slds-spinner__dot-a,.slds-spinner__dot-b{position:absolute;top:0;left:0;width:100%;height:100%}
.slds-spinner__dot-b{transform:rotate(90deg)}
.slds-spinner::before,.slds-spinner::after,.slds-spinner__dot-a::before,.slds-spinner__dot-a::after,.slds-spinner__dot-b::before,.slds-spinner__dot-b::after{content:"";position:absolute;width:.5rem;height:.5rem;border-radius:50%;background:#066afe}
.slds-spinner::before{top:.25rem;left:.25rem;opacity:.9}.slds-spinner::after{bottom:.25rem;right:.25rem;opacity:.35}
.slds-spinner__dot-a::before{top:0;left:.75rem;opacity:1}.slds-spinner__dot-a::after{bottom:0;left:.75rem;opacity:.5}
.slds-spinner__dot-b::before{top:0;left:.75rem;opacity:.75}.slds-spinner__dot-b::after{bottom:0;left:.75rem;opacity:.25}
@keyframes slds-spin{to{transform:rotate(360deg)}}
.comm-header{background:#fff;border-bottom:3px solid #066afe;box-shadow:0 2px 4px rgba(0,0,0,.06)}
.comm-header__inner{max-width:80rem;margin:0 auto;padding:.5rem 1.5rem;min-height:4rem}
.comm-brand{color:#032d60;gap:.75rem}.comm-brand:hover{text-decoration:none;color:#032d60}
.comm-brand__title{display:block;font-size:1.25rem;font-weight:700;line-height:1.2}
.comm-brand__sub{display:block;font-size:.75rem;color:#5c5c5c}
.comm-user{margin-right:1rem;text-align:right;font-size:.75rem;color:#444;line-height:1.3}
.comm-body{max-width:80rem;margin:0 auto;padding:1.5rem;min-height:calc(100vh - 9rem)}
.comm-sidebar{width:16rem;margin-right:1.5rem}
.comm-sidebar .slds-card{padding:.5rem 0}
.comm-content{min-width:0}
.comm-footer{background:#032d60;color:#fff;text-align:center;font-size:.75rem;padding:1rem}
.comm-login{max-width:26rem;margin:1rem auto}
.comm-hero{background:linear-gradient(120deg,#032d60,#066afe);color:#fff;border-radius:1rem;padding:2.5rem 2rem;margin-bottom:1rem}
.comm-hero p{max-width:44rem;margin-top:.5rem;font-size:.9375rem}
.form-stack>*+*{display:block;margin-top:.75rem}
.comm-captcha{display:flex;align-items:center;gap:.5rem}
.comm-captcha img{border:1px solid #c9c9c9;border-radius:.5rem;width:150px;height:50px;display:block}
.comm-stat{font-size:1.75rem;font-weight:700;color:#032d60}
.reg-form{max-width:36rem}
`;

/* ------------------------------------------------------------------------------------------
 * Page script: a miniature LWC-like runtime and the site's components. Written without
 * backticks or template placeholders because it sits inside String.raw.
 * ---------------------------------------------------------------------------------------- */
const CLIENT = String.raw`
(function () {
  'use strict';
  var BOOT = JSON.parse(document.getElementById('site-boot').textContent);
  var SITE = 'e-Invoice System';
  var PWD_HINT = 'Password must be 8 to 15 characters long and contain at least one upper case letter, one lower case letter, one digit and one special character.';
  var uid = 0;
  function nextId(prefix) { uid += 1; return prefix + '-' + (uid * 3 + 9); }
  var SVG_TAGS = { svg: 1, path: 1, g: 1, circle: 1, text: 1 };

  function h(tag, props, kids) {
    var el = SVG_TAGS[tag] ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (k) {
        var v = props[k];
        if (v === undefined || v === null || v === false) return;
        if (k.slice(0, 2) === 'on' && typeof v === 'function') el.addEventListener(k.slice(2), v);
        else if (k === 'text') el.textContent = v;
        else if (k === 'value') el.value = v;
        else el.setAttribute(k, v === true ? '' : String(v));
      });
    }
    append(el, kids);
    return el;
  }
  function append(el, kids) {
    if (kids === undefined || kids === null || kids === false) return;
    if (!Array.isArray(kids)) kids = [kids];
    kids.forEach(function (c) {
      if (c === undefined || c === null || c === false) return;
      if (Array.isArray(c)) append(el, c);
      else el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
  }
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }

  var ICONS = {
    close: 'M5.3 4 4 5.3 10.7 12 4 18.7 5.3 20 12 13.3 18.7 20 20 18.7 13.3 12 20 5.3 18.7 4 12 10.7z',
    chevronright: 'M8.6 4 7.2 5.4 13.8 12l-6.6 6.6L8.6 20l8-8z',
    chevrondown: 'M4 8.6 5.4 7.2 12 13.8l6.6-6.6L20 8.6l-8 8z',
    search: 'M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z',
    check: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
    refresh: 'M17.7 6.3A8 8 0 1 0 20 12h-2a6 6 0 1 1-1.8-4.2L13 11h7V4z',
    error: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm4.3 12.9-1.4 1.4-2.9-2.9-2.9 2.9-1.4-1.4 2.9-2.9-2.9-2.9 1.4-1.4 2.9 2.9 2.9-2.9 1.4 1.4-2.9 2.9z',
    success: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1.5 14.5-4-4 1.4-1.4 2.6 2.6 5.6-5.6 1.4 1.4z',
    warning: 'M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z',
    info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-6h2zm0-8h-2V7h2z',
    home: 'M12 3 2 12h3v8h5v-6h4v6h5v-8h3z',
    user: 'M12 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10zm0 2c-3.3 0-10 1.7-10 5v3h20v-3c0-3.3-6.7-5-10-5z',
    custom: 'M4 4h7v7H4zm9 0h7v7h-7zM4 13h7v7H4zm9 0h7v7h-7z'
  };
  function icon(name, cls) {
    return h('svg', { class: cls, viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false', 'data-key': name }, h('path', { d: ICONS[name] }));
  }

  /* ---------------- component runtime ---------------- */
  class LightningElement extends HTMLElement {
    __ensure() {
      if (this.__rendered) return;
      this.__rendered = true;
      if (!this.cfg) this.cfg = {};
      append(this, this.render());
    }
    connectedCallback() {
      this.__ensure();
      if (this.connected && !this.__conn) { this.__conn = true; this.connected(); }
    }
    render() { return null; }
  }
  function create(tag, cfg) {
    var el = document.createElement(tag);
    el.cfg = cfg || {};
    el.__ensure();
    return el;
  }
  function define(tag, cls) { if (!customElements.get(tag)) customElements.define(tag, cls); }

  /* ---------------- Aura / Apex transport ---------------- */
  var actionSeq = 0;
  var spinnerCount = 0;
  var spinnerHost = null;
  function showSpinner() {
    spinnerCount += 1;
    if (spinnerHost) return;
    spinnerHost = h('lightning-spinner', { 'alternative-text': 'Loading', size: 'medium', variant: 'brand' },
      h('div', { class: 'slds-spinner_container slds-is-fixed' },
        h('div', { class: 'slds-spinner slds-spinner_medium slds-spinner_brand', role: 'status' }, [
          h('span', { class: 'slds-assistive-text', text: 'Loading' }),
          h('div', { class: 'slds-spinner__dot-a' }),
          h('div', { class: 'slds-spinner__dot-b' })
        ])));
    document.body.appendChild(spinnerHost);
  }
  function hideSpinner() {
    spinnerCount = Math.max(0, spinnerCount - 1);
    if (spinnerCount === 0 && spinnerHost) { spinnerHost.remove(); spinnerHost = null; }
  }
  function callApex(method, params) {
    actionSeq += 1;
    var message = { actions: [{ id: actionSeq + ';a', descriptor: 'aura://ApexActionController/ACTION$execute', callingDescriptor: 'UNKNOWN',
      params: { namespace: '', classname: 'EInvoicePortalController', method: method, params: params || {}, cacheable: false, isContinuation: false } }] };
    var context = { mode: 'PROD', fwuid: BOOT.fwuid, app: 'siteforce:communityApp', loaded: {}, dn: [], globals: {}, uad: true };
    var body = 'message=' + encodeURIComponent(JSON.stringify(message)) +
      '&aura.context=' + encodeURIComponent(JSON.stringify(context)) +
      '&aura.pageURI=' + encodeURIComponent(location.pathname) +
      '&aura.token=' + encodeURIComponent(BOOT.token);
    showSpinner();
    return fetch('/s/sfsites/aura?r=' + actionSeq + '&aura.ApexAction.execute=1', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' }, body: body
    }).then(function (r) { return r.text(); }, function () {
      hideSpinner();
      throw { status: 0, body: { message: 'Unable to reach the server. Check your connection and try again.' } };
    }).then(function (text) {
      hideSpinner();
      if (text.indexOf('*/') === 0) {
        var ev = {};
        try { ev = JSON.parse(text.slice(2, text.lastIndexOf('/*ERROR*/'))); } catch (e) { ev = {}; }
        if (ev.event && /invalidSession/.test(ev.event.descriptor)) {
          showSpinner();
          location.reload();
          return new Promise(function () {});
        }
        throw { status: 500, body: { message: 'An unexpected error has occurred.' } };
      }
      var res = JSON.parse(text);
      var action = res.actions[0];
      if (action.state === 'SUCCESS') return action.returnValue.returnValue;
      var err = action.error && action.error[0];
      throw { status: 500, body: { message: (err && err.message) || 'An unexpected error has occurred.' } };
    });
  }
  function errorMessage(e) { return (e && e.body && e.body.message) || 'An unexpected error has occurred.'; }

  /* ---------------- toasts (ShowToastEvent) ---------------- */
  var toastContainer = null;
  function showToast(variant, title, message) {
    if (!toastContainer || !toastContainer.isConnected) {
      toastContainer = h('div', { class: 'slds-notify_container' });
      document.body.appendChild(toastContainer);
    }
    var timer = 0;
    var toast = h('div', { class: 'slds-notify slds-notify_toast slds-theme_' + variant, role: 'status' }, [
      h('span', { class: 'slds-assistive-text', text: variant }),
      h('span', { class: 'slds-icon_container slds-icon-utility-' + variant + ' slds-m-right_small slds-no-flex slds-align-top', title: title },
        icon(variant, 'slds-icon slds-icon_small')),
      h('div', { class: 'slds-notify__content' }, [
        h('h2', { class: 'slds-text-heading_small', text: title }),
        message ? h('p', { text: message }) : null
      ]),
      h('div', { class: 'slds-notify__close' },
        h('button', { class: 'slds-button slds-button_icon slds-button_icon-inverse', title: 'Close', type: 'button', onclick: function () { dismiss(); } }, [
          icon('close', 'slds-button__icon slds-button__icon_large'),
          h('span', { class: 'slds-assistive-text', text: 'Close' })
        ]))
    ]);
    function dismiss() {
      clearTimeout(timer);
      toast.remove();
      if (toastContainer && !toastContainer.children.length) { toastContainer.remove(); toastContainer = null; }
    }
    toastContainer.appendChild(toast);
    timer = setTimeout(dismiss, 5000);
  }

  /* ---------------- modal (LightningModal-like) ---------------- */
  var FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';
  function openModal(cfg) {
    return new Promise(function (resolve) {
      var headingId = nextId('modal-heading');
      var contentId = nextId('modal-content');
      var opener = document.activeElement;
      var closed = false;
      function close(value) {
        if (closed) return;
        closed = true;
        document.removeEventListener('keydown', onKey, true);
        section.classList.remove('slds-fade-in-open');
        backdrop.classList.remove('slds-backdrop_open');
        setTimeout(function () {
          section.remove();
          backdrop.remove();
          if (opener && opener.isConnected && opener.focus) opener.focus();
          resolve(value);
        }, 200);
      }
      function onKey(e) {
        if (e.key === 'Escape') { e.preventDefault(); close(cfg.dismissValue); return; }
        if (e.key !== 'Tab') return;
        var items = Array.prototype.slice.call(section.querySelectorAll(FOCUSABLE));
        if (!items.length) return;
        var first = items[0];
        var last = items[items.length - 1];
        if (e.shiftKey && (document.activeElement === first || !section.contains(document.activeElement))) { e.preventDefault(); last.focus(); }
        else if (!e.shiftKey && (document.activeElement === last || !section.contains(document.activeElement))) { e.preventDefault(); first.focus(); }
      }
      var footer = (cfg.buttons || []).map(function (b) {
        return create('lightning-button', { label: b.label, variant: b.variant, onclick: function () { close(b.value); } });
      });
      var section = h('section', { role: 'dialog', tabindex: '-1', 'aria-modal': 'true', 'aria-labelledby': headingId, 'aria-describedby': contentId, class: 'slds-modal' + (cfg.size ? ' slds-modal_' + cfg.size : '') },
        h('div', { class: 'slds-modal__container' }, [
          h('header', { class: 'slds-modal__header' }, [
            h('button', { class: 'slds-button slds-button_icon slds-modal__close slds-button_icon-inverse', title: 'Close', type: 'button', onclick: function () { close(cfg.dismissValue); } }, [
              icon('close', 'slds-button__icon slds-button__icon_large'),
              h('span', { class: 'slds-assistive-text', text: 'Close' })
            ]),
            h('h2', { id: headingId, class: 'slds-modal__title slds-hyphenate', text: cfg.title })
          ]),
          h('div', { class: 'slds-modal__content slds-p-around_medium', id: contentId }, cfg.body),
          footer.length ? h('footer', { class: 'slds-modal__footer' }, footer) : null
        ]));
      var backdrop = h('div', { class: 'slds-backdrop', role: 'presentation' });
      document.body.appendChild(section);
      document.body.appendChild(backdrop);
      document.addEventListener('keydown', onKey, true);
      void section.offsetWidth;
      requestAnimationFrame(function () {
        section.classList.add('slds-fade-in-open');
        backdrop.classList.add('slds-backdrop_open');
        var first = section.querySelector(FOCUSABLE);
        if (first) first.focus(); else section.focus();
      });
    });
  }

  /* ---------------- base components ---------------- */
  function setFieldError(host, fe, anchor, inputs, message) {
    if (!host.__help) {
      host.__helpId = nextId('help-message');
      host.__help = h('div', { class: 'slds-form-element__help', id: host.__helpId, 'aria-live': 'assertive' });
    }
    if (message) {
      host.__help.textContent = message;
      fe.classList.add('slds-has-error');
      if (!host.__help.isConnected) anchor.parentNode.insertBefore(host.__help, anchor.nextSibling);
      inputs.forEach(function (i) { i.setAttribute('aria-invalid', 'true'); i.setAttribute('aria-describedby', host.__helpId); });
    } else {
      fe.classList.remove('slds-has-error');
      host.__help.remove();
      inputs.forEach(function (i) { i.removeAttribute('aria-invalid'); i.removeAttribute('aria-describedby'); });
    }
  }
  function requiredMark(required) { return required ? h('abbr', { class: 'slds-required', title: 'required', text: '*' }) : null; }

  class LightningButton extends LightningElement {
    render() {
      var c = this.cfg;
      this.btn = h('button', { class: 'slds-button slds-button_' + (c.variant || 'neutral') + (c.stretch ? ' slds-button_stretch' : ''), type: 'button', title: c.title, onclick: c.onclick }, c.label);
      return this.btn;
    }
    focus() { this.btn.focus(); }
  }
  function button(label, variant, onclick, extra) {
    var cfg = { label: label, variant: variant, onclick: onclick };
    if (extra) Object.keys(extra).forEach(function (k) { cfg[k] = extra[k]; });
    return create('lightning-button', cfg);
  }

  class LightningInput extends LightningElement {
    render() {
      var c = this.cfg;
      var self = this;
      var id = nextId('input');
      this.input = h('input', { type: c.type || 'text', id: id, class: 'slds-input', name: c.name, required: !!c.required, maxlength: c.maxlength,
        autocomplete: c.autocomplete || 'off', inputmode: c.inputmode, placeholder: c.placeholder,
        oninput: function () { self.touched = true; if (self.fe.classList.contains('slds-has-error')) self.reportValidity(); },
        onblur: function () { if (self.touched) self.reportValidity(); },
        onkeydown: function (e) { if (e.key === 'Enter' && c.onenter) { e.preventDefault(); c.onenter(); } } });
      var control = c.addon
        ? h('div', { class: 'slds-form-element__control slds-input-has-fixed-addon' }, [h('span', { class: 'slds-form-element__addon', text: c.addon }), this.input])
        : h('div', { class: 'slds-form-element__control slds-grow' }, this.input);
      this.control = control;
      this.fe = h('div', { class: 'slds-form-element' }, [
        h('label', { class: 'slds-form-element__label slds-no-flex', for: id }, [requiredMark(c.required), c.label]),
        control
      ]);
      return this.fe;
    }
    get value() { return this.input.value; }
    set value(v) { this.input.value = v; }
    focus() { this.input.focus(); }
    reportValidity() {
      var v = this.input.value;
      var msg = '';
      if (this.cfg.required && !v.trim()) msg = 'Complete this field.';
      else if (this.cfg.validate) msg = this.cfg.validate(v) || '';
      setFieldError(this, this.fe, this.control, [this.input], msg);
      return !msg;
    }
    clearError() { setFieldError(this, this.fe, this.control, [this.input], ''); this.touched = false; }
  }

  class LightningRadioGroup extends LightningElement {
    render() {
      var c = this.cfg;
      var self = this;
      var name = nextId('radiogroup');
      this.value = '';
      this.inputs = [];
      this.control = h('div', { class: 'slds-form-element__control' });
      c.options.forEach(function (o) {
        var id = nextId('radio');
        var input = h('input', { type: 'radio', id: id, name: name, value: o.value, required: !!c.required,
          onchange: function () { self.value = o.value; self.reportValidity(); if (c.onchange) c.onchange(o.value); } });
        self.inputs.push(input);
        self.control.appendChild(h('span', { class: 'slds-radio' }, [input,
          h('label', { class: 'slds-radio__label', for: id }, [h('span', { class: 'slds-radio_faux' }), h('span', { class: 'slds-form-element__label', text: o.label })])]));
      });
      this.fe = h('fieldset', { class: 'slds-form-element' }, [
        h('legend', { class: 'slds-form-element__legend slds-form-element__label' }, [requiredMark(c.required), c.label]),
        this.control
      ]);
      return this.fe;
    }
    reportValidity() {
      var msg = this.cfg.required && !this.value ? 'Complete this field.' : '';
      setFieldError(this, this.fe, this.control, this.inputs, msg);
      return !msg;
    }
  }

  class GspCombobox extends LightningElement {
    render() {
      var c = this.cfg;
      var self = this;
      var inputId = nextId('combobox-id');
      this.listId = nextId('listbox-id');
      this.selected = '';
      this.active = -1;
      this.filtered = c.options.slice();
      this.input = h('input', { type: 'text', class: 'slds-input slds-combobox__input', id: inputId, role: 'combobox', 'aria-autocomplete': 'list',
        'aria-controls': this.listId, 'aria-expanded': 'false', 'aria-haspopup': 'listbox', autocomplete: 'off', placeholder: c.placeholder, required: !!c.required,
        onfocus: function () { self.open(); },
        onclick: function () { self.open(); },
        oninput: function () { self.selected = ''; self.filter(); self.open(); },
        onkeydown: function (e) { self.onKey(e); },
        onblur: function () { self.onBlur(); } });
      this.list = h('ul', { class: 'slds-listbox slds-listbox_vertical', role: 'presentation' });
      this.dropdown = h('div', { id: this.listId, class: 'slds-dropdown slds-dropdown_length-with-icon-7 slds-dropdown_fluid', role: 'listbox', 'aria-label': c.label,
        onmousedown: function (e) { e.preventDefault(); } }, this.list);
      this.box = h('div', { class: 'slds-combobox slds-dropdown-trigger slds-dropdown-trigger_click', 'aria-expanded': 'false', 'aria-haspopup': 'listbox' }, [
        h('div', { class: 'slds-combobox__form-element slds-input-has-icon slds-input-has-icon_right', role: 'none' }, [
          this.input,
          h('span', { class: 'slds-icon_container slds-icon-utility-search slds-input__icon slds-input__icon_right' }, icon('search', 'slds-icon slds-icon_x-small slds-icon-text-default'))
        ]),
        this.dropdown
      ]);
      this.control = h('div', { class: 'slds-form-element__control' }, h('div', { class: 'slds-combobox_container' }, this.box));
      this.fe = h('div', { class: 'slds-form-element' }, [
        h('label', { class: 'slds-form-element__label', for: inputId }, [requiredMark(c.required), c.label]),
        this.control
      ]);
      this.renderOptions();
      return this.fe;
    }
    get value() { return this.selected; }
    renderOptions() {
      var self = this;
      clear(this.list);
      this.optionEls = [];
      if (!this.filtered.length) {
        this.list.appendChild(h('li', { role: 'presentation', class: 'slds-listbox__item' },
          h('div', { class: 'slds-media slds-listbox__option slds-listbox__option_plain slds-media_small', role: 'option', 'aria-disabled': 'true' },
            h('span', { class: 'slds-media__body' }, h('span', { class: 'slds-truncate', text: 'No matches found' })))));
        return;
      }
      this.filtered.forEach(function (name, i) {
        var selected = name === self.selected;
        var opt = h('div', { id: self.listId + '-option-' + i, class: 'slds-media slds-listbox__option slds-listbox__option_plain slds-media_small' + (selected ? ' slds-is-selected' : ''),
          role: 'option', 'aria-selected': selected ? 'true' : 'false', onclick: function () { self.choose(name); } }, [
          h('span', { class: 'slds-media__figure slds-listbox__option-icon' },
            selected ? h('span', { class: 'slds-icon_container slds-icon-utility-check slds-current-color' }, icon('check', 'slds-icon slds-icon_x-small')) : null),
          h('span', { class: 'slds-media__body' }, h('span', { class: 'slds-truncate', title: name, text: name }))
        ]);
        self.optionEls.push(opt);
        self.list.appendChild(h('li', { role: 'presentation', class: 'slds-listbox__item' }, opt));
      });
    }
    setExpanded(open) {
      this.box.classList.toggle('slds-is-open', open);
      this.box.setAttribute('aria-expanded', open ? 'true' : 'false');
      this.input.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (!open) { this.setActive(-1); }
    }
    open() { if (!this.box.classList.contains('slds-is-open')) this.setExpanded(true); }
    filter() {
      var q = this.input.value.trim().toLowerCase();
      this.filtered = this.cfg.options.filter(function (n) { return n.toLowerCase().indexOf(q) >= 0; });
      this.active = -1;
      this.renderOptions();
    }
    setActive(i) {
      if (this.optionEls[this.active]) this.optionEls[this.active].classList.remove('slds-has-focus');
      this.active = i;
      var el = this.optionEls[i];
      if (el) {
        el.classList.add('slds-has-focus');
        this.input.setAttribute('aria-activedescendant', el.id);
        el.scrollIntoView({ block: 'nearest' });
      } else {
        this.input.removeAttribute('aria-activedescendant');
      }
    }
    onKey(e) {
      var n = this.optionEls.length;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        this.open();
        if (!n) return;
        var next = e.key === 'ArrowDown' ? (this.active + 1) % n : (this.active <= 0 ? n - 1 : this.active - 1);
        this.setActive(next);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        if (this.active >= 0 && this.filtered[this.active]) this.choose(this.filtered[this.active]);
        else if (this.filtered.length === 1) this.choose(this.filtered[0]);
      } else if (e.key === 'Escape') {
        if (this.box.classList.contains('slds-is-open')) { e.preventDefault(); e.stopPropagation(); this.setExpanded(false); }
      }
    }
    onBlur() {
      this.setExpanded(false);
      if (!this.selected) {
        var typed = this.input.value.trim().toLowerCase();
        var exact = this.cfg.options.filter(function (n) { return n.toLowerCase() === typed; })[0];
        if (exact) this.choose(exact);
      }
    }
    choose(name) {
      this.selected = name;
      this.input.value = name;
      this.filtered = this.cfg.options.slice();
      this.renderOptions();
      this.setExpanded(false);
      this.reportValidity();
    }
    reportValidity() {
      var msg = '';
      if (!this.selected) msg = this.input.value.trim() ? 'Select a GSP from the list.' : 'Complete this field.';
      setFieldError(this, this.fe, this.control, [this.input], msg);
      return !msg;
    }
  }

  /* ---------------- shared pieces ---------------- */
  function card(title, body, iconName) {
    return h('article', { class: 'slds-card' }, [
      h('div', { class: 'slds-card__header slds-grid' },
        h('header', { class: 'slds-media slds-media_center slds-has-flexi-truncate' }, [
          iconName ? h('div', { class: 'slds-media__figure' }, h('span', { class: 'slds-icon_container slds-icon-standard-' + iconName, title: title }, icon(iconName === 'custom' ? 'custom' : iconName, 'slds-icon slds-icon_small'))) : null,
          h('div', { class: 'slds-media__body' }, h('h2', { class: 'slds-card__header-title' }, h('span', { class: 'slds-truncate', title: title, text: title })))
        ])),
      h('div', { class: 'slds-card__body slds-card__body_inner' }, body)
    ]);
  }
  function pageHeader(title, meta, crumbs) {
    return h('div', { class: 'slds-page-header' }, h('div', { class: 'slds-page-header__row' }, h('div', { class: 'slds-page-header__col-title' },
      h('div', { class: 'slds-media' }, [
        h('div', { class: 'slds-media__figure' }, h('span', { class: 'slds-icon_container slds-icon-standard-home', title: title }, icon('home', 'slds-icon slds-icon_small'))),
        h('div', { class: 'slds-media__body' }, [
          crumbs ? h('nav', { role: 'navigation', 'aria-label': 'Breadcrumbs' }, h('ol', { class: 'slds-breadcrumb slds-list_horizontal slds-wrap' },
            crumbs.map(function (c) { return h('li', { class: 'slds-breadcrumb__item', text: c }); }))) : null,
          h('div', { class: 'slds-page-header__name' }, h('div', { class: 'slds-page-header__name-title' },
            h('h1', {}, h('span', { class: 'slds-page-header__title slds-truncate', title: title, text: title })))),
          meta ? h('p', { class: 'slds-page-header__name-meta', text: meta }) : null
        ])
      ]))));
  }
  function dataTable(label, columns, rows) {
    return h('table', { class: 'slds-table slds-table_cell-buffer slds-table_bordered', 'aria-label': label }, [
      h('thead', {}, h('tr', { class: 'slds-line-height_reset' }, columns.map(function (c) {
        return h('th', { scope: 'col' }, h('div', { class: 'slds-truncate', title: c, text: c }));
      }))),
      h('tbody', {}, rows.map(function (r) {
        return h('tr', { class: 'slds-hint-parent' }, r.map(function (v, i) {
          return h(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row', 'data-label': columns[i] } : { 'data-label': columns[i] }, h('div', { class: 'slds-truncate', title: v, text: v }));
        }));
      }))
    ]);
  }
  function scopedNotification(variant, text) {
    var light = variant === 'info';
    return h('div', { class: 'slds-scoped-notification slds-media slds-media_center ' + (light ? 'slds-scoped-notification_light' : 'slds-theme_' + variant), role: 'status' }, [
      h('div', { class: 'slds-media__figure' }, h('span', { class: 'slds-icon_container slds-icon-utility-' + variant + (light ? '' : ' slds-current-color'), title: variant },
        icon(variant, 'slds-icon slds-icon_small' + (light ? ' slds-icon-text-default' : '')))),
      h('div', { class: 'slds-media__body' }, h('p', { text: text }))
    ]);
  }
  function logo() {
    return h('svg', { viewBox: '0 0 48 48', width: '44', height: '44', 'aria-hidden': 'true' }, [
      h('circle', { cx: '24', cy: '24', r: '22', fill: '#032d60' }),
      h('circle', { cx: '24', cy: '24', r: '17', fill: 'none', stroke: '#f5a623', 'stroke-width': '2' }),
      h('text', { x: '24', y: '30', 'text-anchor': 'middle', 'font-size': '16', 'font-weight': '700', fill: '#fff', 'font-family': 'Arial, sans-serif', text: 'e' })
    ]);
  }
  function linkTo(path) {
    return function (e) {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      navigate(path);
    };
  }
  function siteHeader(kind) {
    var right;
    if (kind === 'auth') {
      right = h('div', { class: 'slds-grid slds-grid_vertical-align-center' }, [
        h('div', { class: 'comm-user' }, [h('div', { text: BOOT.user.legalName }), h('div', { text: 'GSTIN: ' + BOOT.user.gstin + ' | User: ' + BOOT.user.username })]),
        button('Logout', 'neutral', function () { location.assign('/secur/logout.jsp'); })
      ]);
    } else if (kind === 'home') {
      right = button('Login', 'brand', function () { navigate('/s/login/'); });
    } else {
      right = h('a', { href: '/', onclick: linkTo('/'), text: 'Home' });
    }
    return h('header', { class: 'comm-header' }, h('div', { class: 'comm-header__inner slds-grid slds-grid_vertical-align-center slds-grid_align-spread' }, [
      h('a', { class: 'comm-brand slds-grid slds-grid_vertical-align-center', href: kind === 'auth' ? '/s/main-menu' : '/', onclick: linkTo(kind === 'auth' ? '/s/main-menu' : '/') }, [
        logo(),
        h('div', {}, [h('span', { class: 'comm-brand__title', text: SITE }), h('span', { class: 'comm-brand__sub', text: 'Goods and Services Tax, Government of India' })])
      ]),
      right
    ]));
  }
  function siteFooter() {
    return h('footer', { class: 'comm-footer', text: 'e-Invoice System. Designed and developed by National Informatics Centre. Best viewed in the latest browsers.' });
  }

  /* ---------------- routes and menu ---------------- */
  var PAGES = {
    '/': { tag: 'c-home-page', pub: true, title: 'Home' },
    '/s/login/': { tag: 'c-login-page', pub: true, title: 'Login' },
    '/s/main-menu': { tag: 'c-dashboard', title: 'Dash Board' },
    '/s/api-registration/create-api-user': { tag: 'c-create-api-user', title: 'Create API User' },
    '/s/api-registration/change-api-password': { tag: 'c-placeholder-page', title: 'Change API Password' },
    '/s/api-registration/ip-whitelisting': { tag: 'c-placeholder-page', title: 'IP Whitelisting' },
    '/s/api-registration/freeze-api-user': { tag: 'c-placeholder-page', title: 'Freeze API User' },
    '/s/e-invoice/generate-irn': { tag: 'c-placeholder-page', title: 'Generate IRN' },
    '/s/e-invoice/cancel-irn': { tag: 'c-placeholder-page', title: 'Cancel IRN' },
    '/s/e-invoice/bulk-upload': { tag: 'c-placeholder-page', title: 'Bulk Upload' },
    '/s/mis-reports/irn-details': { tag: 'c-placeholder-page', title: 'IRN Details' },
    '/s/mis-reports/summary-report': { tag: 'c-placeholder-page', title: 'Summary Report' },
    '/s/user-management/create-sub-user': { tag: 'c-placeholder-page', title: 'Create Sub User' },
    '/s/user-management/update-sub-user': { tag: 'c-placeholder-page', title: 'Update Sub User' }
  };
  function leaf(path) { return { label: PAGES[path].title, href: path }; }
  var MENU = [
    { label: 'Dash Board', href: '/s/main-menu' },
    { label: 'e-Invoice', items: [leaf('/s/e-invoice/generate-irn'), leaf('/s/e-invoice/cancel-irn'), leaf('/s/e-invoice/bulk-upload')] },
    { label: 'API Registration', items: [
      { label: 'User Credentials', items: [leaf('/s/api-registration/create-api-user'), leaf('/s/api-registration/change-api-password')] },
      leaf('/s/api-registration/ip-whitelisting'),
      leaf('/s/api-registration/freeze-api-user')
    ] },
    { label: 'MIS Reports', items: [leaf('/s/mis-reports/irn-details'), leaf('/s/mis-reports/summary-report')] },
    { label: 'User Management', items: [leaf('/s/user-management/create-sub-user'), leaf('/s/user-management/update-sub-user')] }
  ];
  function normPath(p) { return p === '/s/login' ? '/s/login/' : p; }
  var app = null;
  function navigate(path) {
    var target = normPath(path);
    var page = PAGES[target];
    if (!BOOT.authenticated && !(page && page.pub)) { location.assign(target); return; }
    if (location.pathname !== target || location.search) history.pushState({}, '', target);
    app.route();
  }

  class SiteNav extends LightningElement {
    render() {
      var self = this;
      this.groups = [];
      this.leaves = [];
      function build(items, depth, parents) {
        return items.map(function (it) {
          var li = h('li', { class: 'slds-nav-vertical__item nav-depth-' + depth });
          if (it.items) {
            var listId = nextId('nav-overflow');
            var ic = h('span', {});
            var btn = h('button', { class: 'slds-button slds-button_reset slds-nav-vertical__action slds-nav-vertical__action_overflow', type: 'button',
              'aria-controls': listId, 'aria-expanded': 'false' }, [ic, h('span', { class: 'slds-nav-vertical__action-text', text: it.label })]);
            var ul = h('ul', { id: listId, class: 'slds-hide' });
            var group = { btn: btn, ul: ul, ic: ic };
            group.set = function (open) {
              btn.setAttribute('aria-expanded', open ? 'true' : 'false');
              ul.className = open ? 'slds-show' : 'slds-hide';
              clear(ic);
              ic.appendChild(icon(open ? 'chevrondown' : 'chevronright', 'slds-button__icon slds-button__icon_left'));
            };
            group.set(false);
            btn.addEventListener('click', function () { group.set(btn.getAttribute('aria-expanded') !== 'true'); });
            self.groups.push(group);
            append(ul, build(it.items, depth + 1, parents.concat([group])));
            append(li, [btn, ul]);
          } else {
            var a = h('a', { href: it.href, class: 'slds-nav-vertical__action', onclick: linkTo(it.href) }, it.label);
            self.leaves.push({ li: li, a: a, href: it.href, parents: parents });
            li.appendChild(a);
          }
          return li;
        });
      }
      var list = h('ul', { 'aria-describedby': 'nav-title-menu' }, build(MENU, 0, []));
      return h('div', { class: 'slds-card' }, h('nav', { class: 'slds-nav-vertical', 'aria-label': 'Main menu' },
        h('div', { class: 'slds-nav-vertical__section' }, [h('h2', { id: 'nav-title-menu', class: 'slds-nav-vertical__title', text: 'Menu' }), list])));
    }
    setActive(path) {
      this.leaves.forEach(function (l) {
        var on = l.href === path;
        l.li.classList.toggle('slds-is-active', on);
        if (on) { l.a.setAttribute('aria-current', 'page'); l.parents.forEach(function (g) { g.set(true); }); }
        else l.a.removeAttribute('aria-current');
      });
    }
  }

  class EinvoiceApp extends LightningElement {
    connected() {
      app = this;
      var self = this;
      window.addEventListener('popstate', function () { self.route(); });
      this.route();
    }
    route() {
      var path = normPath(location.pathname);
      var page = PAGES[path];
      if (!(page && page.pub) && !BOOT.authenticated) { location.assign(path); return; }
      document.title = (page ? page.title : 'Page Not Found') + ' | ' + SITE;
      if (page && page.pub) {
        clear(this);
        this.layout = '';
        append(this, [siteHeader(path === '/' ? 'home' : 'login'), h('main', { class: 'comm-body' }, create(page.tag, {})), siteFooter()]);
        return;
      }
      if (this.layout !== 'auth') {
        clear(this);
        this.layout = 'auth';
        this.nav = create('c-site-nav', {});
        this.main = h('main', { class: 'comm-content slds-col' });
        append(this, [siteHeader('auth'), h('div', { class: 'comm-body slds-grid' }, [h('aside', { class: 'comm-sidebar slds-no-flex' }, this.nav), this.main]), siteFooter()]);
      }
      this.nav.setActive(path);
      clear(this.main);
      this.main.appendChild(page ? create(page.tag, { title: page.title }) : card('Page Not Found', h('p', { text: 'The page you requested is not available.' })));
      window.scrollTo(0, 0);
    }
  }

  /* ---------------- pages ---------------- */
  class HomePage extends LightningElement {
    render() {
      var news = [
        'Two-factor authentication is mandatory for all users of the e-Invoice System from 1st April 2025.',
        'Taxpayers can register their GSP for API access under API Registration > User Credentials > Create API User.',
        'OTPs are sent by SMS, the Sandes app or the NIC-GST-Shield app to the registered mobile number.'
      ];
      return [
        h('div', { class: 'comm-hero' }, [
          h('h1', { class: 'slds-text-heading_large', text: 'Welcome to the e-Invoice System' }),
          h('p', { text: 'Generate Invoice Reference Numbers, manage API access and view reports for your GSTIN.' })
        ]),
        card('Latest Updates', h('ul', {}, news.map(function (n) { return h('li', { class: 'slds-m-bottom_x-small', text: n }); })), 'custom')
      ];
    }
  }

  class LoginPage extends LightningElement {
    render() {
      this.wrap = h('div', { class: 'comm-login' });
      if (BOOT.loginStage === 'otp') this.showOtp(BOOT.maskedMobile); else this.showCredentials();
      return this.wrap;
    }
    showCredentials() {
      var self = this;
      clear(this.wrap);
      var submit = function () { self.login(); };
      this.username = create('lightning-input', { label: 'Username', name: 'username', required: true, autocomplete: 'username', maxlength: 15, onenter: submit });
      this.password = create('lightning-input', { label: 'Password', name: 'password', type: 'password', required: true, autocomplete: 'current-password', onenter: submit });
      this.captcha = create('lightning-input', { label: 'Enter Captcha', name: 'captcha', required: true, maxlength: 6, onenter: submit });
      this.captchaImg = h('img', { alt: 'Captcha', width: '150', height: '50' });
      this.refreshCaptcha();
      var expired = new URLSearchParams(location.search).get('ec') === '302';
      append(this.wrap, [
        expired ? h('div', { class: 'slds-notify slds-notify_alert slds-theme_alert-texture slds-theme_warning slds-m-bottom_medium', role: 'alert' }, [
          h('span', { class: 'slds-assistive-text', text: 'warning' }),
          h('span', { class: 'slds-icon_container slds-icon-utility-warning slds-m-right_x-small' }, icon('warning', 'slds-icon slds-icon_x-small')),
          h('h2', { text: 'Your session has expired. Please log in again.' })
        ]) : null,
        card('Login to e-Invoice System', h('div', { class: 'form-stack' }, [
          this.username,
          this.password,
          h('div', { class: 'comm-captcha' }, [
            this.captchaImg,
            h('button', { class: 'slds-button slds-button_icon slds-button_icon-border-filled', type: 'button', title: 'Refresh Captcha', onclick: function () { self.refreshCaptcha(); } }, [
              icon('refresh', 'slds-button__icon'),
              h('span', { class: 'slds-assistive-text', text: 'Refresh Captcha' })
            ])
          ]),
          this.captcha,
          h('div', { class: 'slds-m-top_medium' }, button('Login', 'brand', submit, { stretch: true }))
        ]), 'user')
      ]);
    }
    refreshCaptcha() { this.captchaImg.src = '/s/sfsites/c/captcha?_=' + Date.now(); }
    login() {
      var self = this;
      var valid = [this.username, this.password, this.captcha].map(function (f) { return f.reportValidity(); }).every(Boolean);
      if (!valid) return;
      callApex('login', { username: this.username.value.trim(), password: this.password.value, captcha: this.captcha.value.trim() }).then(function (r) {
        if (r.redirectUrl) { location.assign(r.redirectUrl); return; }
        self.showOtp(r.maskedMobile);
      }, function (e) {
        var msg = errorMessage(e);
        showToast('error', 'Error', msg);
        if (/Credentials/.test(msg)) self.password.value = '';
        self.captcha.value = '';
        self.refreshCaptcha();
        (/Credentials/.test(msg) ? self.password : self.captcha).focus();
      });
    }
    showOtp(masked) {
      var self = this;
      clear(this.wrap);
      var verify = function () { self.verifyOtp(); };
      this.otp = create('lightning-input', { label: 'Enter OTP', name: 'otp', required: true, maxlength: 6, inputmode: 'numeric', autocomplete: 'one-time-code', onenter: verify });
      append(this.wrap, card('Two-Factor Authentication', h('div', { class: 'form-stack' }, [
        h('p', { text: 'An OTP has been sent to your registered mobile number ' + masked + ' by SMS and the Sandes app. You can also enter the code shown in the NIC-GST-Shield app.' }),
        this.otp,
        h('div', { class: 'slds-m-top_medium' }, [
          button('Verify OTP', 'brand', verify),
          button('Resend OTP', 'neutral', function () {
            callApex('resendLoginOtp', {}).then(function (r) { showToast('success', 'OTP Sent', r.message); }, function (e) { showToast('error', 'Error', errorMessage(e)); });
          }),
          button('Back to Login', 'neutral', function () { callApex('cancelLogin', {}).then(function () { self.showCredentials(); }); })
        ])
      ]), 'user'));
    }
    verifyOtp() {
      var self = this;
      if (!this.otp.reportValidity()) return;
      callApex('verifyLoginOtp', { otp: this.otp.value.trim() }).then(function (r) {
        showSpinner();
        location.assign(r.redirectUrl);
      }, function (e) {
        var msg = errorMessage(e);
        showToast('error', 'Error', msg);
        if (/timed out/.test(msg)) { self.showCredentials(); return; }
        self.otp.value = '';
        self.otp.focus();
      });
    }
  }

  class Dashboard extends LightningElement {
    render() {
      var u = BOOT.user;
      function stat(title, rows) {
        return h('div', { class: 'slds-col slds-size_1-of-2' }, card(title, h('div', { class: 'slds-grid' }, rows.map(function (r) {
          return h('div', { class: 'slds-col' }, [h('div', { class: 'slds-text-title_caps', text: r[0] }), h('div', { class: 'comm-stat', text: r[1] })]);
        })), 'custom'));
      }
      return [
        pageHeader('Dash Board', 'Welcome, ' + u.legalName),
        h('div', { class: 'slds-grid slds-gutters slds-wrap slds-m-bottom_medium' }, [
          stat('Generations', [['Today', '0'], ['This Month', '0'], ['This Year', '0']]),
          stat('Cancelled', [['Today', '0'], ['This Month', '0'], ['This Year', '0']])
        ]),
        card('Taxpayer Details', dataTable('Taxpayer Details', ['GSTIN', 'Legal Name', 'Trade Name', 'State'], [[u.gstin, u.legalName, u.tradeName, u.state]]), 'user')
      ];
    }
    connected() {
      callApex('getTechnicalContacts', {}).then(function (r) {
        if (!r.show) return;
        openModal({
          title: 'Contacts of Technical Person',
          body: [
            h('p', { class: 'slds-m-bottom_small', text: 'Please verify the details of the technical person of your organisation. NIC uses these details for communication about e-invoice API access.' }),
            dataTable('Contacts of Technical Person', ['Name', 'Mobile Number', 'E-mail ID'], r.contacts.map(function (c) { return [c.name, c.mobile, c.email]; }))
          ],
          buttons: [{ label: 'Exit', variant: 'destructive', value: 'exit' }],
          dismissValue: 'close'
        });
      }, function () {});
    }
  }

  class PlaceholderPage extends LightningElement {
    render() {
      return [pageHeader(this.cfg.title), card(this.cfg.title, h('p', { class: 'slds-text-color_weak', text: 'No records to display.' }))];
    }
  }

  var MODE_NOTES = {
    DIRECT: 'Direct API access is available only to taxpayers whose aggregate annual turnover is above the threshold notified by GSTN. Your GSTIN is not eligible for direct registration.',
    ERP: 'Registration through ERP is available only to taxpayers whose aggregate annual turnover is above the threshold notified by GSTN. Please choose Through GSP.',
    OTHER: 'Your GSTIN is not linked to the Client-Id of any other taxpayer. Please choose Through GSP.'
  };

  class CreateApiUser extends LightningElement {
    render() {
      this.body = h('div', {});
      return [
        pageHeader('Create API User', null, ['API Registration', 'User Credentials']),
        card('API Registration', this.body, 'custom')
      ];
    }
    connected() {
      append(this.body, h('p', { class: 'slds-text-color_weak', text: 'Sending OTP to your registered mobile number...' }));
      this.sendOtp();
    }
    sendOtp() {
      var self = this;
      callApex('sendApiOtp', {}).then(function (r) {
        if (!self.otp) self.showOtp(r.message); else self.otpText.textContent = r.message;
        showToast('success', 'OTP Sent', r.message);
      }, function (e) { showToast('error', 'Error', errorMessage(e)); });
    }
    showOtp(message) {
      var self = this;
      clear(this.body);
      var verify = function () { self.verifyOtp(); };
      this.otpText = h('p', { text: message });
      this.otp = create('lightning-input', { label: 'Enter OTP', name: 'apiOtp', required: true, maxlength: 6, inputmode: 'numeric', autocomplete: 'one-time-code', onenter: verify });
      append(this.body, h('div', { class: 'form-stack reg-form' }, [
        this.otpText,
        this.otp,
        h('div', { class: 'slds-m-top_medium' }, [button('Verify OTP', 'brand', verify), button('Resend OTP', 'neutral', function () { self.sendOtp(); })])
      ]));
    }
    verifyOtp() {
      var self = this;
      if (!this.otp.reportValidity()) return;
      callApex('verifyApiOtp', { otp: this.otp.value.trim() }).then(function (r) { self.showForm(r); }, function (e) {
        showToast('error', 'Error', errorMessage(e));
        self.otp.value = '';
        self.otp.focus();
      });
    }
    showForm(r) {
      var self = this;
      clear(this.body);
      this.gstin = r.gstin;
      this.mode = create('lightning-radio-group', { label: 'Do you wish to Register your GSTIN for', required: true,
        options: [{ label: 'Directly', value: 'DIRECT' }, { label: 'Through GSP', value: 'GSP' }, { label: 'Through ERP', value: 'ERP' }, { label: 'Through Client-Id of other', value: 'OTHER' }],
        onchange: function (v) { self.modeChanged(v); } });
      this.note = h('div', { class: 'slds-hide' });
      this.gsp = create('c-gsp-combobox', { label: 'Select your GSP', required: true, placeholder: 'Search GSP...', options: r.gsps });
      this.user = create('lightning-input', { label: 'Username', name: 'apiUserName', required: true, addon: 'API_', maxlength: 16,
        validate: function (v) { return /^[A-Za-z0-9_]{4,16}$/.test(v.trim()) ? '' : 'Enter 4 to 16 letters, digits or underscores after API_.'; } });
      this.pwd = create('lightning-input', { label: 'Password', name: 'apiPassword', type: 'password', required: true, maxlength: 15, autocomplete: 'new-password',
        validate: function (v) { return /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/.test(v) ? '' : PWD_HINT; } });
      this.pwd2 = create('lightning-input', { label: 'Re-enter Password', name: 'apiPasswordConfirm', type: 'password', required: true, maxlength: 15, autocomplete: 'new-password',
        validate: function (v) { return v === self.pwd.value ? '' : 'Passwords do not match.'; } });
      this.gspSection = h('div', { class: 'form-stack slds-hide' }, [
        this.gsp, this.user, this.pwd,
        h('p', { class: 'slds-text-body_small slds-text-color_weak', text: PWD_HINT }),
        this.pwd2
      ]);
      append(this.body, [
        h('div', { class: 'form-stack reg-form' }, [
          h('div', { class: 'slds-form-element slds-form-element_readonly' }, [
            h('span', { class: 'slds-form-element__label', text: 'GSTIN' }),
            h('div', { class: 'slds-form-element__control' }, h('div', { class: 'slds-form-element__static', text: r.gstin }))
          ]),
          this.mode,
          this.note,
          this.gspSection
        ]),
        h('div', { class: 'slds-m-top_large' }, [
          button('Submit', 'brand', function () { self.submit(); }),
          button('Exit', 'neutral', function () { navigate('/s/main-menu'); })
        ])
      ]);
    }
    modeChanged(v) {
      clear(this.note);
      if (v === 'GSP') {
        this.note.className = 'slds-hide';
        this.gspSection.className = 'form-stack';
      } else {
        this.gspSection.className = 'form-stack slds-hide';
        this.note.className = '';
        this.note.appendChild(scopedNotification('info', MODE_NOTES[v]));
      }
    }
    submit() {
      var self = this;
      if (!this.mode.reportValidity()) return;
      if (this.mode.value !== 'GSP') { showToast('error', 'Error', MODE_NOTES[this.mode.value]); return; }
      var valid = [this.gsp, this.user, this.pwd, this.pwd2].map(function (f) { return f.reportValidity(); }).every(Boolean);
      if (!valid) return;
      var name = 'API_' + this.user.value.trim();
      openModal({
        title: 'Confirm Registration',
        body: h('p', { text: 'Do you want to create API user ' + name + ' for GSTIN ' + this.gstin + ' through ' + this.gsp.value + '?' }),
        buttons: [{ label: 'Cancel', variant: 'neutral', value: false }, { label: 'OK', variant: 'brand', value: true }],
        dismissValue: false
      }).then(function (yes) { if (yes) self.register(); });
    }
    register() {
      var self = this;
      callApex('registerApiUser', { mode: 'GSP', gsp: this.gsp.value, userName: this.user.value.trim(), password: this.pwd.value, confirmPassword: this.pwd2.value })
        .then(function (r) { self.showDone(r); }, function (e) { showToast('error', 'Error', errorMessage(e)); });
    }
    showDone(r) {
      clear(this.body);
      showToast('success', 'Success', r.message);
      append(this.body, [
        scopedNotification('success', r.message),
        h('h3', { class: 'slds-text-heading_small slds-m-top_large slds-m-bottom_small', text: 'GSPs registered for GSTIN ' + r.gstin }),
        dataTable('GSPs registered for GSTIN ' + r.gstin, ['Sl. No.', 'GSP Name', 'API User Name', 'Created On', 'Status'],
          r.registrations.map(function (x, i) { return [String(i + 1), x.gsp, x.username, x.createdOn, x.status]; })),
        h('div', { class: 'slds-m-top_large' }, button('Exit', 'neutral', function () { navigate('/s/main-menu'); }))
      ]);
    }
  }

  define('lightning-button', LightningButton);
  define('lightning-input', LightningInput);
  define('lightning-radio-group', LightningRadioGroup);
  define('c-gsp-combobox', GspCombobox);
  define('c-site-nav', SiteNav);
  define('c-home-page', HomePage);
  define('c-login-page', LoginPage);
  define('c-dashboard', Dashboard);
  define('c-placeholder-page', PlaceholderPage);
  define('c-create-api-user', CreateApiUser);
  define('c-einvoice-app', EinvoiceApp);
})();
`;
