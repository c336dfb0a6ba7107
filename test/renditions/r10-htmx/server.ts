/**
 * Rendition r10-htmx: the E-Invoice portal written blind from the public facts only
 * (/work/shared/portal/einvoice1.md and guide.md), drawn as a 2023-2025 server-rendered site built with
 * htmx and Alpine.js would draw it, styled after the GOV.UK Frontend / India UX4G design systems (their
 * public class names and patterns: cookie banner, skip link, govuk-header, phase banner, error summary
 * "There is a problem" with links to the fields, govuk-error-message, custom-drawn govuk-radios with
 * conditional reveals, govuk-hint, govuk-button, password input with Show/Hide, notification banners,
 * govuk-table, the accessible-autocomplete combobox). The server renders every page; a tiny htmx-like
 * client (hx-get/hx-post, hx-target, hx-swap, hx-trigger with `changed`/`delay:`/`load`/`focus`,
 * hx-confirm through window.confirm, hx-indicator, hx-headers, hx-push-url, the HX-Redirect and HX-Trigger
 * response headers) and a tiny Alpine-like one (x-data, x-show, x-text, x-init, :attr, @event with
 * .outside/.escape/.prevent) are written here too. Every line of markup, style and script is written here;
 * no library files.
 *
 * Choices made where the docs are silent (or where this design system differs from the real portal):
 * - URLs: `/` home, `/login` (the header link "Login" is a govuk-header__link that hx-gets the form into
 *   #main-content and pushes /login), `/login/verify-otp` (the 2FA step, its own page), `/dashboard`
 *   (heading "Dash Board"), Create API User at `/api-registration/user-credentials/create-api-user`.
 *   Every page also works without JavaScript (plain form posts, 303 redirects).
 * - Login: captcha checked first, then username (case-insensitive) and password. Texts start like the real
 *   alerts but are shown GOV.UK-style (error summary + inline error, form swapped by htmx):
 *   "Invalid Captcha. Enter the characters shown in the picture" and "Invalid Login Credentials. Check
 *   your username and password". Empty fields get "Enter your username" etc. (not counted as refusals).
 *   The captcha is an SVG picture of the configured characters, case-insensitive, with a "Get a new
 *   captcha" link (same characters, new noise). No account lock-out. No client-side password hashing.
 * - 2FA: "Two-factor authentication" page, "Enter OTP" field (autocomplete="one-time-code",
 *   inputmode="numeric"), button "Verify OTP"; wrong OTP: "Invalid OTP. Enter the OTP sent to your
 *   registered mobile number" (retry allowed, unlimited); "Resend OTP" answers with a toast.
 * - After login: a native <dialog> "Contacts of Technical Person" (name, mobile, e-mail in a summary
 *   list) opened with showModal() through Alpine's x-init on the first dashboard view of each session
 *   (option techContact, default true); closed by "Exit" (govuk-button--warning) or the × "Close" button.
 *   Dashboard cards "Generations" and "Cancelled".
 * - Menu: a left side navigation (`app-side-navigation`, GOV.UK service-navigation style) whose groups are
 *   <button aria-expanded> toggles driven by Alpine (x-data/x-show/@click), collapsed unless they hold the
 *   current page: Dash Board; e-Invoice; API Registration → User Credentials (label configurable through
 *   credentialsLabel) → Create API User, plus IP Whitelisting, Freeze API User, Change API Password;
 *   MIS Reports; User Management. The header has a mobile "Menu" toggle and a user dropdown (Alpine,
 *   closes on outside click) with Profile / Change Password / Logout.
 * - API OTP: opening Create API User shows a panel "API Registration" whose content is loaded by
 *   `hx-post="/api-registration/otp/send" hx-trigger="load"` (that request sends the OTP), then an
 *   inset "An OTP has been sent to your registered mobile number XXXXXX4821. It is valid for 10 minutes.",
 *   field "Enter OTP", buttons "Verify OTP" and "Resend OTP". Wrong OTP: "Invalid OTP. Check the OTP sent
 *   to your registered mobile number and try again" (unlimited retries); after 10 minutes: "The OTP has
 *   expired. Select Resend OTP to get a new one". A verified OTP lasts until one API user is created.
 * - Registration form: fieldset "Do you wish to Register your GSTIN for" with govuk-radios Directly /
 *   Through GSP / Through ERP / Through Client-Id of other, each revealing a govuk-radios__conditional.
 *   Only "Through GSP" can succeed: the others answer "Your GSTIN is not eligible ...". The GSP
 *   conditional holds "Select your GSP" (an accessible-autocomplete combobox whose listbox is fetched by
 *   `hx-get` on focus and on `input`/`keyup changed delay:500ms`; a hidden `gspCode` input keeps the
 *   chosen code; an exact name typed without choosing is accepted too), "Username" with a fixed `API_`
 *   prefix (4 to 16 letters or digits typed; "API_" typed again is refused with a hint; a `change`
 *   trigger checks availability), "Password" and "Re-enter Password" (8 to 20 characters with an
 *   upper-case letter, a lower-case letter, a digit and a special character). Passwords are not echoed
 *   back when the form is re-rendered with errors. Buttons "Submit" (hx-post with
 *   hx-confirm="Are you sure you want to create this API user?") and "Exit" (back to the dashboard).
 * - Refusals after Submit, as error summaries: "GSTIN <gstin> is already registered with <GSP>. ..."
 *   (duplicate) and "The username API_x is already taken. Choose a different username" (taken: any user
 *   created here, or one of API_admin, API_test, API_demo, API_gstuser, API_einvoice, compared
 *   case-insensitively). Stored usernames carry the prefix (`API_` + what was typed).
 * - Success: the panel is swapped for a govuk-notification-banner--success "API user API_x has been
 *   created" plus a govuk-table "GSPs registered for GSTIN ..." (S.No, GSP Name, API Username,
 *   Registered on, Status), and an HX-Trigger `showToast` event shows a toast.
 * - Sessions: cookie `einv_sid` (HttpOnly, SameSite=Lax) naming server-side state; 20 minutes idle
 *   timeout. A page without a session is redirected (303) to /login; an htmx call gets `HX-Redirect`.
 *   A stale cookie (session gone) leads to `/login?expired=1`, which shows an "Important" notification
 *   banner "Your session has expired. Log in again to continue.". Authenticated posts carry a CSRF token
 *   (hx-headers on <body>, or a hidden `_csrf` field without JavaScript).
 * - expireOnce: the first request of that stage (POST /api-registration/otp/send, .../otp/verify, or the
 *   Submit post) deletes the server session and answers `HX-Redirect: /login?expired=1`.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a session may be made to expire once: the first request of that stage finds the session gone. */
export type R10HtmxExpiry = 'api-otp-send' | 'api-otp-verify' | 'submit';

export interface R10HtmxOptions {
  expireOnce?: R10HtmxExpiry;
  gstin?: string;
  tradeName?: string;
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
  /** Label of the middle menu level ("User Credentials"; some guides say "Client Credentials"). */
  credentialsLabel?: string;
  /** Whether the technical-contact dialog opens on the first dashboard visit of a session (default true). */
  techContact?: boolean;
}

export interface R10HtmxUser {
  gstin: string;
  gsp: string;
  username: string;
  password: string;
  createdOn: string;
}

export interface R10HtmxState {
  gstin: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
  users: R10HtmxUser[];
  /**
   * What the portal refused, in order: 'login', 'captcha', 'login-otp', 'api-otp', 'duplicate'
   * (GSTIN already registered with that GSP), 'username-taken'.
   */
  refusals: string[];
  /** Stages at which the session expired. */
  expired: string[];
}

export interface R10HtmxRendition {
  url: string;
  close(): Promise<void>;
  state: R10HtmxState;
}

const LOGIN = { username: 'einvtaxpayer27', password: 'Gst@Portal#2025' };
const MOBILE = 'XXXXXX4821';
const SESSION_COOKIE = 'einv_sid';
const COOKIE_POLICY = 'einv_cookies_policy';
const IDLE_MS = 20 * 60 * 1000;
const API_OTP_VALID_MS = 10 * 60 * 1000;
const CREATE_PATH = '/api-registration/user-credentials/create-api-user';
const OTP_SEND_PATH = '/api-registration/otp/send';
const OTP_VERIFY_PATH = '/api-registration/otp/verify';
const GSP_OPTIONS_PATH = '/api-registration/gsps';
const USERNAME_CHECK_PATH = '/api-registration/username-check';
const TAKEN_USERNAMES = ['API_admin', 'API_test', 'API_demo', 'API_gstuser', 'API_einvoice'];
const CONFIRM_TEXT = 'Are you sure you want to create this API user?';

interface Gsp {
  code: string;
  name: string;
}

const GSPS: Gsp[] = [
  'Adaequare Info Private Limited',
  'Alankit Limited',
  'Avalara Technologies Private Limited',
  'Botree Software International Private Limited',
  'BVM IT Consulting Services India Private Limited',
  'Chartered Information Systems Private Limited',
  'Cygnet Infotech Private Ltd',
  'DEFMACRO SOFTWARE PRIVATE LIMITED',
  'Deloitte Touche Tohmatsu India LLP',
  'E-Connect Solutions Private Limited',
  'Ernst & Young LLP',
  'Excellon Software Private Limited',
  'IRIS BUSINESS SERVICES LIMITED',
  'Karvy Data Management Services Limited',
  'KDK Softwares (India) Private Limited',
  'Mastek Limited',
  'Masters India Private Limited',
  'Relyon Softech Limited',
  'Seshaasai Business Forms Private Limited',
  'Sify Technologies Limited',
  'Tally ( India) Private Ltd',
  'TATA CONSULTANCY SERVICES LIMITED',
  'Tera Software Limited',
  'Vay Network Services Pvt. Ltd.',
  'Webtel Electrosoft Private Limited',
  'Wipro Limited',
].map((name, i) => ({ code: `GSP${String(101 + i * 7).padStart(4, '0')}`, name }));

interface MenuNode {
  label: string;
  href?: string;
  children?: MenuNode[];
}

function menuTree(credentialsLabel: string): MenuNode[] {
  return [
    { label: 'Dash Board', href: '/dashboard' },
    {
      label: 'e-Invoice',
      children: [
        { label: 'Generate IRN', href: '/e-invoice/generate' },
        { label: 'Bulk Upload', href: '/e-invoice/bulk-upload' },
        { label: 'Cancel IRN', href: '/e-invoice/cancel' },
        { label: 'Print e-Invoice', href: '/e-invoice/print' },
      ],
    },
    {
      label: 'API Registration',
      children: [
        {
          label: credentialsLabel,
          children: [{ label: 'Create API User', href: CREATE_PATH }],
        },
        { label: 'IP Whitelisting', href: '/api-registration/ip-whitelisting' },
        { label: 'Freeze API User', href: '/api-registration/freeze-api-user' },
        { label: 'Change API Password', href: '/api-registration/change-api-password' },
      ],
    },
    {
      label: 'MIS Reports',
      children: [
        { label: 'IRN Details', href: '/mis-reports/irn-details' },
        { label: 'Summary Report', href: '/mis-reports/summary' },
        { label: 'Bulk Downloads', href: '/mis-reports/bulk-downloads' },
      ],
    },
    {
      label: 'User Management',
      children: [
        { label: 'Create Sub-User', href: '/user-management/create-sub-user' },
        { label: 'Manage Sub-Users', href: '/user-management/sub-users' },
        { label: 'Technical Contact', href: '/user-management/technical-contact' },
        { label: 'Change Password', href: '/user-management/change-password' },
      ],
    },
  ];
}

function leaves(nodes: MenuNode[]): MenuNode[] {
  return nodes.flatMap((n) => (n.children ? leaves(n.children) : [n]));
}

function holds(node: MenuNode, href: string): boolean {
  if (node.href === href) return true;
  return (node.children ?? []).some((c) => holds(c, href));
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function esc(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key) out.set(key, decodeURIComponent(value));
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

// ---------------------------------------------------------------------------------------------
// Design-system helpers (GOV.UK Frontend markup written by hand)
// ---------------------------------------------------------------------------------------------

interface FieldError {
  field: string;
  href: string;
  message: string;
}

function errorOf(errors: FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

function errorSummary(errors: FieldError[]): string {
  if (errors.length === 0) return '';
  const items = errors.map((e) => `<li><a href="#${e.href}">${esc(e.message)}</a></li>`).join('');
  return `<div class="govuk-error-summary" data-module="govuk-error-summary" tabindex="-1" data-autofocus>
  <div role="alert">
    <h2 class="govuk-error-summary__title">There is a problem</h2>
    <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">${items}</ul></div>
  </div>
</div>`;
}

function errorMessage(id: string, message: string | undefined): string {
  if (!message) return '';
  return `<p id="${id}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${esc(message)}</p>`;
}

function describedBy(id: string, hint: boolean, error: string | undefined): string {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ` aria-describedby="${ids.join(' ')}"` : '';
}

interface InputSpec {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  type?: string;
  width?: string;
  attrs?: string;
  prefix?: string;
  after?: string;
}

function textInput(s: InputSpec): string {
  const inputClass = `govuk-input${s.width ? ` ${s.width}` : ''}${s.error ? ' govuk-input--error' : ''}`;
  const input = `<input class="${inputClass}" id="${s.id}" name="${s.name}" type="${s.type ?? 'text'}" value="${esc(
    s.value ?? '',
  )}"${describedBy(s.id, Boolean(s.hint), s.error)}${s.attrs ? ` ${s.attrs}` : ''}>`;
  const field = s.prefix
    ? `<div class="govuk-input__wrapper"><div class="govuk-input__prefix" aria-hidden="true">${esc(s.prefix)}</div>${input}</div>`
    : input;
  return `<div class="govuk-form-group${s.error ? ' govuk-form-group--error' : ''}">
  <label class="govuk-label govuk-label--s" for="${s.id}">${esc(s.label)}</label>
  ${s.hint ? `<div id="${s.id}-hint" class="govuk-hint">${esc(s.hint)}</div>` : ''}
  ${errorMessage(s.id, s.error)}
  ${field}
  ${s.after ?? ''}
</div>`;
}

function passwordInput(s: InputSpec & { autocomplete: string }): string {
  return `<div class="govuk-form-group govuk-password-input${s.error ? ' govuk-form-group--error' : ''}" x-data="{ show: false }">
  <label class="govuk-label govuk-label--s" for="${s.id}">${esc(s.label)}</label>
  ${s.hint ? `<div id="${s.id}-hint" class="govuk-hint">${esc(s.hint)}</div>` : ''}
  ${errorMessage(s.id, s.error)}
  <div class="govuk-input__wrapper govuk-password-input__wrapper">
    <input class="govuk-input govuk-password-input__input${s.error ? ' govuk-input--error' : ''}" id="${s.id}" name="${s.name}" type="password" :type="show ? 'text' : 'password'" spellcheck="false" autocapitalize="none" autocomplete="${s.autocomplete}"${describedBy(
      s.id,
      Boolean(s.hint),
      s.error,
    )}>
    <button type="button" class="govuk-button govuk-button--secondary govuk-password-input__toggle" aria-controls="${s.id}" :aria-label="show ? 'Hide password' : 'Show password'" aria-label="Show password" @click="show = !show" x-text="show ? 'Hide' : 'Show'">Show</button>
  </div>
</div>`;
}

function loadingIndicator(id: string): string {
  return `<span id="${id}" class="htmx-indicator app-loading" role="status"><span class="app-spinner" aria-hidden="true"></span>Loading...</span>`;
}

function notificationBanner(
  kind: 'important' | 'success',
  title: string,
  heading: string,
  body = '',
): string {
  const role = kind === 'success' ? 'alert' : 'region';
  const extra = kind === 'success' ? ' govuk-notification-banner--success' : '';
  const id = `banner-title-${randomBytes(3).toString('hex')}`;
  return `<div class="govuk-notification-banner${extra}" role="${role}" aria-labelledby="${id}" data-module="govuk-notification-banner"${
    kind === 'success' ? ' tabindex="-1" data-autofocus' : ''
  }>
  <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="${id}">${esc(title)}</h2></div>
  <div class="govuk-notification-banner__content">
    <p class="govuk-notification-banner__heading">${heading}</p>
    ${body}
  </div>
</div>`;
}

function captchaSvg(text: string): string {
  const rnd = (min: number, max: number) => min + Math.random() * (max - min);
  const colours = ['#1d3557', '#6a040f', '#1b4332', '#5a189a', '#7f4f24', '#003566'];
  const noise: string[] = [];
  for (let i = 0; i < 6; i++) {
    noise.push(
      `<path d="M${rnd(0, 40).toFixed(1)} ${rnd(5, 45).toFixed(1)} Q ${rnd(40, 120).toFixed(1)} ${rnd(0, 50).toFixed(1)} ${rnd(
        120,
        170,
      ).toFixed(
        1,
      )} ${rnd(5, 45).toFixed(1)}" stroke="${colours[i % colours.length]}" stroke-opacity="0.45" stroke-width="${rnd(
        1,
        2,
      ).toFixed(1)}" fill="none"/>`,
    );
  }
  for (let i = 0; i < 40; i++) {
    noise.push(
      `<circle cx="${rnd(0, 170).toFixed(1)}" cy="${rnd(0, 54).toFixed(1)}" r="${rnd(0.5, 1.6).toFixed(1)}" fill="#505a5f" fill-opacity="0.5"/>`,
    );
  }
  const glyphs = [...text].map((ch, i) => {
    const x = 20 + i * 28;
    const y = 36 + rnd(-5, 5);
    return `<text x="${x}" y="${y.toFixed(1)}" transform="rotate(${rnd(-22, 22).toFixed(1)} ${x} ${y.toFixed(
      1,
    )})" font-family="'Courier New', Courier, monospace" font-size="30" font-weight="700" fill="${
      colours[(i * 5) % colours.length]
    }">${esc(ch)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="170" height="54" viewBox="0 0 170 54"><rect width="170" height="54" fill="#f3f2f1"/>${noise
    .slice(0, 3)
    .join('')}${glyphs.join('')}${noise.slice(3).join('')}</svg>`;
}

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

interface Session {
  id: string;
  csrf: string;
  stage: 'anon' | 'otp' | 'in';
  username: string;
  techShown: boolean;
  apiOtpSentAt: number;
  apiVerified: boolean;
  lastSeen: number;
}

interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  path: string;
  method: string;
  htmx: boolean;
  session: Session | undefined;
  staleCookie: boolean;
  cookieChoice: string | undefined;
  setCookies: string[];
}

export async function startR10HtmxRendition(options: R10HtmxOptions = {}): Promise<R10HtmxRendition> {
  const state: R10HtmxState = {
    gstin: options.gstin ?? '27AAPFU0939F1ZV',
    captcha: (options.captcha ?? 'K7Q2M').toUpperCase(),
    loginOtp: options.loginOtp ?? '314159',
    apiOtp: options.apiOtp ?? '271828',
    users: [],
    refusals: [],
    expired: [],
  };
  const tradeName = options.tradeName ?? 'SHREE GANESH AGRO TRADERS';
  const tree = menuTree(options.credentialsLabel ?? 'User Credentials');
  const pages = new Map(leaves(tree).map((leaf) => [leaf.href ?? '', leaf]));
  const sessions = new Map<string, Session>();
  let pendingExpiry = options.expireOnce;

  function newSession(ctx: Ctx): Session {
    const session: Session = {
      id: randomBytes(18).toString('hex'),
      csrf: randomBytes(16).toString('hex'),
      stage: 'anon',
      username: '',
      techShown: false,
      apiOtpSentAt: 0,
      apiVerified: false,
      lastSeen: Date.now(),
    };
    sessions.set(session.id, session);
    ctx.session = session;
    ctx.staleCookie = false;
    ctx.setCookies.push(`${SESSION_COOKIE}=${session.id}; Path=/; HttpOnly; SameSite=Lax`);
    return session;
  }

  // ------------------------------------------------------------------ responses

  function send(
    ctx: Ctx,
    status: number,
    body: string,
    type = 'text/html; charset=utf-8',
    headers: Record<string, string> = {},
  ) {
    const { res } = ctx;
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Vary', 'HX-Request');
    if (ctx.setCookies.length) res.setHeader('Set-Cookie', ctx.setCookies);
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.end(body);
  }

  function redirect(ctx: Ctx, location: string, headers: Record<string, string> = {}) {
    if (ctx.htmx) {
      send(ctx, 200, '', 'text/html; charset=utf-8', { ...headers, 'HX-Redirect': location });
      return;
    }
    if (ctx.setCookies.length) ctx.res.setHeader('Set-Cookie', ctx.setCookies);
    ctx.res.statusCode = 303;
    ctx.res.setHeader('Location', location);
    ctx.res.setHeader('Cache-Control', 'no-store');
    ctx.res.end();
  }

  function toLogin(ctx: Ctx) {
    redirect(ctx, ctx.staleCookie ? '/login?expired=1' : '/login');
  }

  /** The logged-in session, or a redirect to the login page (answered here). */
  function requireLogin(ctx: Ctx): Session | undefined {
    const s = ctx.session;
    if (s && s.stage === 'in') return s;
    toLogin(ctx);
    return undefined;
  }

  function csrfOk(ctx: Ctx, session: Session, body: URLSearchParams): boolean {
    const token = ctx.req.headers['x-csrf-token'] ?? body.get('_csrf') ?? '';
    return token === session.csrf;
  }

  function forbidden(ctx: Ctx) {
    send(
      ctx,
      403,
      page(ctx, {
        title: 'Sorry, there is a problem with the service',
        main: `<h1 class="govuk-heading-l">Sorry, there is a problem with the service</h1><p class="govuk-body">Your request could not be checked. <a class="govuk-link" href="/dashboard">Go to the dashboard</a> and try again.</p>`,
      }),
    );
  }

  /** Deletes the session if this stage is due to expire once; answers with the login redirect. */
  function expireIfDue(ctx: Ctx, session: Session, stage: R10HtmxExpiry): boolean {
    if (pendingExpiry !== stage) return false;
    pendingExpiry = undefined;
    sessions.delete(session.id);
    ctx.session = undefined;
    state.expired.push(stage);
    redirect(ctx, '/login?expired=1');
    return true;
  }

  // ------------------------------------------------------------------ layout

  function cookieBanner(): string {
    return `<div id="cookie-banner" class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on E-Invoice System">
  <form class="govuk-cookie-banner__message govuk-width-container" action="/cookies" method="post" hx-post="/cookies" hx-target="#cookie-banner" hx-swap="outerHTML">
    <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
      <h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on E-Invoice System</h2>
      <div class="govuk-cookie-banner__content">
        <p class="govuk-body">We use some essential cookies to make this service work.</p>
        <p class="govuk-body">We'd also like to use analytics cookies so we can understand how you use the service and make improvements.</p>
      </div>
    </div></div>
    <div class="govuk-button-group">
      <button type="submit" name="cookies" value="accept" class="govuk-button">Accept analytics cookies</button>
      <button type="submit" name="cookies" value="reject" class="govuk-button">Reject analytics cookies</button>
      <a class="govuk-link" href="/cookies">View cookies</a>
    </div>
  </form>
</div>`;
  }

  function cookieConfirmation(choice: string): string {
    const word = choice === 'accept' ? 'accepted' : 'rejected';
    return `<div id="cookie-banner" class="govuk-cookie-banner" role="region" aria-label="Cookies on E-Invoice System" x-data="{ shown: true }" x-show="shown">
  <div class="govuk-cookie-banner__message govuk-width-container" role="alert" tabindex="-1">
    <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="govuk-cookie-banner__content">
      <p class="govuk-body">You've ${word} analytics cookies. You can <a class="govuk-link" href="/cookies">change your cookie settings</a> at any time.</p>
    </div></div></div>
    <div class="govuk-button-group"><button type="button" class="govuk-button" @click="shown = false">Hide cookie message</button></div>
  </div>
</div>`;
  }

  function header(ctx: Ctx): string {
    const s = ctx.session;
    const loggedIn = s?.stage === 'in';
    const account = loggedIn
      ? `<li class="govuk-header__navigation-item app-user-menu" x-data="{ open: false }" @click.outside="open = false" @keydown.escape="open = false">
          <button type="button" class="govuk-header__link app-user-menu__toggle" aria-controls="user-menu" :aria-expanded="open" aria-expanded="false" @click="open = !open">${esc(
            s.username,
          )}<span class="app-caret" aria-hidden="true"></span></button>
          <ul id="user-menu" class="app-user-menu__list" x-show="open" x-cloak>
            <li><a class="govuk-link" href="/user-management/technical-contact">Profile</a></li>
            <li><a class="govuk-link" href="/user-management/change-password">Change Password</a></li>
            <li><a class="govuk-link" href="/logout">Logout</a></li>
          </ul>
        </li>`
      : `<li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/login" hx-get="/login" hx-target="#main-content" hx-swap="innerHTML" hx-push-url="true">Login</a></li>`;
    return `<header class="govuk-header" data-module="govuk-header">
  <div class="app-tricolour" aria-hidden="true"><span></span><span></span><span></span></div>
  <div class="govuk-header__container govuk-width-container">
    <div class="govuk-header__logo">
      <a href="/" class="govuk-header__link govuk-header__link--homepage">
        <svg class="govuk-header__logotype" aria-hidden="true" focusable="false" width="36" height="36" viewBox="0 0 36 36"><circle cx="18" cy="18" r="16" fill="none" stroke="#fff" stroke-width="2"/><circle cx="18" cy="18" r="3" fill="#fff"/>${Array.from(
          { length: 12 },
          (_, i) =>
            `<line x1="18" y1="18" x2="${(18 + 14 * Math.cos((i * Math.PI) / 6)).toFixed(2)}" y2="${(
              18 + 14 * Math.sin((i * Math.PI) / 6)
            ).toFixed(2)}" stroke="#fff" stroke-width="1"/>`,
        ).join('')}</svg>
        <span class="govuk-header__logotype-text">GST</span>
      </a>
    </div>
    <div class="govuk-header__content">
      <a href="${loggedIn ? '/dashboard' : '/'}" class="govuk-header__link govuk-header__service-name">E-Invoice System</a>
      <nav aria-label="Menu" class="govuk-header__navigation" x-data="{ open: false }">
        <button type="button" class="govuk-header__menu-button" aria-controls="navigation" :aria-expanded="open" aria-expanded="false" @click="open = !open">Menu</button>
        <ul id="navigation" class="govuk-header__navigation-list" x-show="open">
          <li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/">Home</a></li>
          <li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/help">Help</a></li>
          <li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/contact">Contact</a></li>
          ${account}
        </ul>
      </nav>
    </div>
  </div>
</header>`;
  }

  function sideNav(current: string): string {
    const render = (nodes: MenuNode[], depth: number): string =>
      nodes
        .map((node) => {
          if (node.href) {
            const here = node.href === current;
            return `<li class="app-side-navigation__item${here ? ' app-side-navigation__item--active' : ''}"><a class="app-side-navigation__link" href="${node.href}"${
              here ? ' aria-current="page"' : ''
            }>${esc(node.label)}</a></li>`;
          }
          const open = holds(node, current);
          const id = `nav-${slug(node.label)}`;
          return `<li class="app-side-navigation__section app-side-navigation__section--level-${depth}" x-data="{ open: ${open} }">
  <button type="button" class="app-side-navigation__toggle" aria-controls="${id}" aria-expanded="${open}" :aria-expanded="open" @click="open = !open">${esc(
    node.label,
  )}</button>
  <ul id="${id}" class="app-side-navigation__list app-side-navigation__list--nested"${open ? '' : ' style="display: none"'} x-show="open">${render(
    node.children ?? [],
    depth + 1,
  )}</ul>
</li>`;
        })
        .join('');
    return `<nav class="app-side-navigation" aria-label="Services menu"><h2 class="govuk-heading-s app-side-navigation__title">Services</h2><ul class="app-side-navigation__list">${render(
      tree,
      0,
    )}</ul></nav>`;
  }

  function page(ctx: Ctx, o: { title: string; main: string; nav?: string; error?: boolean }): string {
    const s = ctx.session;
    const withNav = o.nav !== undefined && s?.stage === 'in';
    const content = withNav
      ? `<div class="govuk-grid-row"><div class="govuk-grid-column-one-quarter">${sideNav(
          o.nav ?? '',
        )}</div><div class="govuk-grid-column-three-quarters">${o.main}</div></div>`
      : o.main;
    return `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>${o.error ? 'Error: ' : ''}${esc(o.title)} – E-Invoice System</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="theme-color" content="#0b0c0c">
  <link rel="stylesheet" href="/assets/app.css">
  <script src="/assets/app.js" defer></script>
</head>
<body class="govuk-template__body" hx-headers='{"X-CSRF-Token": "${s?.csrf ?? ''}"}'>
${ctx.cookieChoice ? '' : cookieBanner()}
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
${header(ctx)}
<div class="govuk-width-container">
  <div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This is a new design of the E-Invoice System – your <a class="govuk-link" href="/contact">feedback</a> will help us to improve it.</span></p></div>
  <main class="govuk-main-wrapper" id="main-content" role="main" tabindex="-1">
${content}
  </main>
</div>
<footer class="govuk-footer">
  <div class="govuk-width-container">
    <div class="govuk-footer__meta">
      <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
        <h2 class="govuk-visually-hidden">Support links</h2>
        <ul class="govuk-footer__inline-list">
          <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help">Help</a></li>
          <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/contact">Contact us</a></li>
          <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/cookies">Cookies</a></li>
          <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/accessibility">Accessibility statement</a></li>
          <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/terms">Terms and conditions</a></li>
        </ul>
        <p class="govuk-footer__licence-description">Designed, developed and hosted by National Informatics Centre, Ministry of Electronics &amp; Information Technology, Government of India.</p>
      </div>
      <div class="govuk-footer__meta-item">© Goods and Services Tax Network</div>
    </div>
  </div>
</footer>
<div id="toast-region" class="app-toast-region" aria-live="polite"></div>
</body>
</html>`;
  }

  // ------------------------------------------------------------------ home, help, static pages

  function homeMain(ctx: Ctx, banner = ''): string {
    const loggedIn = ctx.session?.stage === 'in';
    return `${banner}
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <span class="govuk-caption-xl">Goods and Services Tax</span>
    <h1 class="govuk-heading-xl">E-Invoice System</h1>
    <p class="govuk-body-l">Generate Invoice Reference Numbers (IRN), register API access for your GST Suvidha Provider (GSP) or ERP, and download e-invoice reports.</p>
    <p class="govuk-body">${
      loggedIn
        ? 'You are logged in. <a class="govuk-link" href="/dashboard">Go to your dashboard</a>.'
        : 'Use <strong>Login</strong> at the top of the page with the username and password of your e-invoice account. You need access to your registered mobile number for the one-time passwords.'
    }</p>
    <div class="govuk-inset-text">Two-factor authentication is mandatory for all taxpayers from 1 April 2025. Keep your registered mobile number, the Sandes app or the NIC-GST-Shield app ready.</div>
  </div>
  <div class="govuk-grid-column-one-third">
    <aside class="app-related" role="complementary">
      <h2 class="govuk-heading-s">Latest updates</h2>
      <ul class="govuk-list govuk-list--spaced govuk-body-s">
        <li><a class="govuk-link" href="/help">Two-factor authentication for e-invoice users</a></li>
        <li><a class="govuk-link" href="/help">Registering your GSP for API access</a></li>
        <li><a class="govuk-link" href="/help">Time limit for reporting invoices on IRP</a></li>
      </ul>
    </aside>
  </div>
</div>`;
  }

  function simplePage(ctx: Ctx, title: string, body: string) {
    send(ctx, 200, page(ctx, { title, main: `<h1 class="govuk-heading-l">${esc(title)}</h1>${body}` }));
  }

  function helpBody(): string {
    return `<p class="govuk-body">To create an API user for your GST Suvidha Provider (GSP):</p>
<ol class="govuk-list govuk-list--number govuk-list--spaced">
  <li>Log in to the E-Invoice System.</li>
  <li>In the menu on the left, select API Registration, then User Credentials, then Create API User.</li>
  <li>Enter the OTP sent to your registered mobile number and select Verify OTP.</li>
  <li>Select Through GSP, choose your GSP, then enter a username and password.</li>
  <li>Select Submit. Note the username and password: your GSP needs them.</li>
</ol>`;
  }

  // ------------------------------------------------------------------ login

  interface LoginValues {
    username: string;
    errors: FieldError[];
  }

  function loginForm(v: LoginValues): string {
    const uErr = errorOf(v.errors, 'username');
    const pErr = errorOf(v.errors, 'password');
    const cErr = errorOf(v.errors, 'captcha');
    return `<form id="login-form" action="/login" method="post" novalidate hx-post="/login" hx-target="this" hx-swap="outerHTML" hx-indicator="#login-indicator">
  ${errorSummary(v.errors)}
  ${textInput({
    id: 'username',
    name: 'username',
    label: 'Username',
    error: uErr,
    value: v.username,
    width: 'govuk-!-width-two-thirds',
    attrs: 'autocomplete="username" spellcheck="false" autocapitalize="none"',
  })}
  ${passwordInput({ id: 'password', name: 'password', label: 'Password', error: pErr, autocomplete: 'current-password' })}
  <div class="govuk-form-group${cErr ? ' govuk-form-group--error' : ''}">
    <label class="govuk-label govuk-label--s" for="captcha">Enter the characters shown in the picture</label>
    <div id="captcha-hint" class="govuk-hint">The characters are not case-sensitive.</div>
    <div class="app-captcha">
      ${captchaImage()}
      <a class="govuk-link govuk-body-s app-captcha__refresh" href="/login" hx-get="/captcha/refresh" hx-target="#captcha-image" hx-swap="outerHTML">Get a new captcha</a>
    </div>
    ${errorMessage('captcha', cErr)}
    <input class="govuk-input govuk-input--width-5${cErr ? ' govuk-input--error' : ''}" id="captcha" name="captcha" type="text" autocomplete="off" spellcheck="false" autocapitalize="characters"${describedBy(
      'captcha',
      true,
      cErr,
    )}>
  </div>
  <div class="govuk-button-group">
    <button type="submit" class="govuk-button" data-module="govuk-button">Login</button>
    ${loadingIndicator('login-indicator')}
    <a class="govuk-link" href="/forgot-password">Forgot username or password?</a>
  </div>
</form>`;
  }

  function captchaImage(): string {
    return `<img id="captcha-image" class="app-captcha__image" src="/captcha.svg?r=${randomBytes(4).toString('hex')}" width="170" height="54" alt="Captcha picture">`;
  }

  function loginMain(ctx: Ctx, v: LoginValues): string {
    const expired = ctx.url.searchParams.get('expired') === '1';
    const loggedOut = ctx.url.searchParams.get('loggedout') === '1';
    const banner = expired
      ? notificationBanner('important', 'Important', 'Your session has expired. Log in again to continue.')
      : loggedOut
        ? notificationBanner('important', 'Important', 'You have logged out.')
        : '';
    return `<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    ${banner}
    <h1 class="govuk-heading-l">Log in to the E-Invoice System</h1>
    <p class="govuk-body">Enter the username and password of your e-invoice account. After this we will send a one-time password (OTP) to your registered mobile number.</p>
    ${loginForm(v)}
  </div>
  <div class="govuk-grid-column-one-third">
    <aside class="app-related"><h2 class="govuk-heading-s">New to e-invoicing?</h2><p class="govuk-body-s">If your GSTIN is not yet registered, <a class="govuk-link" href="/help">find out how to register</a>.</p></aside>
  </div>
</div>`;
  }

  async function postLogin(ctx: Ctx) {
    const body = await readBody(ctx.req);
    const session = ctx.session ?? newSession(ctx);
    const username = (body.get('username') ?? '').trim();
    const password = body.get('password') ?? '';
    const captcha = (body.get('captcha') ?? '').trim();
    const errors: FieldError[] = [];
    if (!username) errors.push({ field: 'username', href: 'username', message: 'Enter your username' });
    if (!password) errors.push({ field: 'password', href: 'password', message: 'Enter your password' });
    if (!captcha)
      errors.push({
        field: 'captcha',
        href: 'captcha',
        message: 'Enter the characters shown in the picture',
      });
    if (errors.length === 0 && captcha.toUpperCase() !== state.captcha) {
      state.refusals.push('captcha');
      errors.push({
        field: 'captcha',
        href: 'captcha',
        message: 'Invalid Captcha. Enter the characters shown in the picture',
      });
    }
    if (
      errors.length === 0 &&
      (username.toLowerCase() !== LOGIN.username.toLowerCase() || password !== LOGIN.password)
    ) {
      state.refusals.push('login');
      errors.push({
        field: 'password',
        href: 'username',
        message: 'Invalid Login Credentials. Check your username and password',
      });
    }
    if (errors.length) {
      const values = { username, errors };
      if (ctx.htmx) {
        send(ctx, 200, `<title>Error: Login – E-Invoice System</title>${loginForm(values)}`);
      } else {
        send(ctx, 200, page(ctx, { title: 'Login', main: loginMain(ctx, values), error: true }));
      }
      return;
    }
    session.stage = 'otp';
    session.username = LOGIN.username;
    redirect(ctx, '/login/verify-otp');
  }

  function loginOtpForm(errors: FieldError[]): string {
    const err = errorOf(errors, 'otp');
    return `<form id="login-otp-form" action="/login/verify-otp" method="post" novalidate hx-post="/login/verify-otp" hx-target="this" hx-swap="outerHTML" hx-indicator="#login-otp-indicator">
  ${errorSummary(errors)}
  ${textInput({
    id: 'otp',
    name: 'otp',
    label: 'Enter OTP',
    hint: 'The OTP is 6 digits, like 123456.',
    error: err,
    width: 'govuk-input--width-10',
    attrs: 'inputmode="numeric" autocomplete="one-time-code" spellcheck="false"',
  })}
  <div class="govuk-button-group">
    <button type="submit" class="govuk-button" data-module="govuk-button">Verify OTP</button>
    ${loadingIndicator('login-otp-indicator')}
  </div>
  <details class="govuk-details">
    <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Not received the OTP?</span></summary>
    <div class="govuk-details__text">
      <p class="govuk-body">OTPs can take a few minutes to arrive. You can also use the code shown in the NIC-GST-Shield app.</p>
      <button type="button" class="govuk-button govuk-button--secondary" hx-post="/login/resend-otp" hx-swap="none">Resend OTP</button>
    </div>
  </details>
</form>`;
  }

  function loginOtpMain(errors: FieldError[]): string {
    return `<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
  <a href="/login" class="govuk-back-link">Back</a>
  <span class="govuk-caption-l">Login</span>
  <h1 class="govuk-heading-l">Two-factor authentication</h1>
  <p class="govuk-body">We have sent a one-time password (OTP) to your registered mobile number <strong>${MOBILE}</strong> by SMS and to the Sandes app.</p>
  ${loginOtpForm(errors)}
</div></div>`;
  }

  async function postLoginOtp(ctx: Ctx) {
    const body = await readBody(ctx.req);
    const s = ctx.session;
    if (s?.stage !== 'otp') {
      if (s?.stage === 'in') redirect(ctx, '/dashboard');
      else toLogin(ctx);
      return;
    }
    const otp = (body.get('otp') ?? '').replace(/\s+/g, '');
    const errors: FieldError[] = [];
    if (!otp) errors.push({ field: 'otp', href: 'otp', message: 'Enter the OTP' });
    else if (otp !== state.loginOtp) {
      state.refusals.push('login-otp');
      errors.push({
        field: 'otp',
        href: 'otp',
        message: 'Invalid OTP. Enter the OTP sent to your registered mobile number',
      });
    }
    if (errors.length) {
      if (ctx.htmx)
        send(
          ctx,
          200,
          `<title>Error: Two-factor authentication – E-Invoice System</title>${loginOtpForm(errors)}`,
        );
      else
        send(
          ctx,
          200,
          page(ctx, { title: 'Two-factor authentication', main: loginOtpMain(errors), error: true }),
        );
      return;
    }
    s.stage = 'in';
    s.techShown = false;
    s.apiVerified = false;
    s.apiOtpSentAt = 0;
    redirect(ctx, '/dashboard');
  }

  // ------------------------------------------------------------------ dashboard

  function techDialog(): string {
    return `<dialog id="tech-contact-dialog" class="app-dialog" aria-labelledby="tech-contact-title" x-data x-init="$el.showModal()">
  <form method="dialog" class="app-dialog__inner">
    <div class="app-dialog__header">
      <h2 id="tech-contact-title" class="govuk-heading-m">Contacts of Technical Person</h2>
      <button type="submit" value="close" class="app-dialog__close" aria-label="Close">×</button>
    </div>
    <p class="govuk-body">NIC sends notices about API changes and downtime to the technical person of your GSTIN. Check that these details are up to date.</p>
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Name</dt><dd class="govuk-summary-list__value">Rohan Deshmukh</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Mobile number</dt><dd class="govuk-summary-list__value">98XXXXXX07</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">E-mail</dt><dd class="govuk-summary-list__value">it.support@shreeganesh.example</dd></div>
    </dl>
    <div class="govuk-button-group">
      <button type="submit" value="exit" class="govuk-button govuk-button--warning">Exit</button>
      <a class="govuk-link" href="/user-management/technical-contact">Update contact details</a>
    </div>
  </form>
</dialog>`;
  }

  function dashboard(ctx: Ctx, s: Session) {
    const showDialog = options.techContact !== false && !s.techShown;
    s.techShown = true;
    const mine = state.users.filter((u) => u.gstin === state.gstin);
    const main = `<span class="govuk-caption-l">${esc(state.gstin)} · ${esc(tradeName)}</span>
<h1 class="govuk-heading-l">Dash Board</h1>
<div class="app-card-grid">
  <div class="app-card"><h2 class="app-card__title">Generations</h2><p class="app-card__count">0</p><p class="govuk-body-s">IRNs generated this month</p></div>
  <div class="app-card"><h2 class="app-card__title">Cancelled</h2><p class="app-card__count">0</p><p class="govuk-body-s">IRNs cancelled this month</p></div>
  <div class="app-card"><h2 class="app-card__title">API users</h2><p class="app-card__count">${mine.length}</p><p class="govuk-body-s">Registered for this GSTIN</p></div>
</div>
<div class="govuk-inset-text">To let your GSP call the e-invoice APIs for this GSTIN, go to API Registration in the menu.</div>
${showDialog ? techDialog() : ''}`;
    send(ctx, 200, page(ctx, { title: 'Dash Board', main, nav: '/dashboard' }));
  }

  // ------------------------------------------------------------------ Create API User

  function panel(inner: string): string {
    return `<div id="api-registration-panel" class="app-panel">
  <h2 class="govuk-heading-m app-panel__title">API Registration</h2>
  ${inner}
</div>`;
  }

  function sendingPanel(): string {
    return panel(`<div hx-post="${OTP_SEND_PATH}" hx-trigger="load" hx-target="#api-registration-panel" hx-swap="outerHTML">
  <p class="govuk-body app-loading-line"><span class="app-spinner" aria-hidden="true"></span>Sending an OTP to your registered mobile number...</p>
  <noscript><form action="${OTP_SEND_PATH}" method="post"><button type="submit" class="govuk-button">Send OTP</button></form></noscript>
</div>`);
  }

  function otpPanel(session: Session, errors: FieldError[], resent: boolean): string {
    const err = errorOf(errors, 'otp');
    return panel(`<div class="govuk-inset-text">${
      resent ? 'A new OTP has been sent' : 'An OTP has been sent'
    } to your registered mobile number <strong>${MOBILE}</strong>. It is valid for 10 minutes.</div>
<form id="api-otp-form" action="${OTP_VERIFY_PATH}" method="post" novalidate hx-post="${OTP_VERIFY_PATH}" hx-target="#api-registration-panel" hx-swap="outerHTML" hx-indicator="#api-otp-indicator">
  <input type="hidden" name="_csrf" value="${session.csrf}">
  ${errorSummary(errors)}
  ${textInput({
    id: 'api-otp',
    name: 'otp',
    label: 'Enter OTP',
    hint: 'The OTP is 6 digits.',
    error: err,
    width: 'govuk-input--width-10',
    attrs: 'inputmode="numeric" autocomplete="one-time-code" spellcheck="false"',
  })}
  <div class="govuk-button-group">
    <button type="submit" class="govuk-button" data-module="govuk-button">Verify OTP</button>
    <button type="button" class="govuk-button govuk-button--secondary" hx-post="${OTP_SEND_PATH}" hx-target="#api-registration-panel" hx-swap="outerHTML" hx-indicator="#api-otp-indicator">Resend OTP</button>
    ${loadingIndicator('api-otp-indicator')}
  </div>
</form>`);
  }

  interface RegValues {
    mode: string;
    gspCode: string;
    gspName: string;
    username: string;
    otherGstin: string;
    errors: FieldError[];
  }

  const emptyReg: RegValues = {
    mode: '',
    gspCode: '',
    gspName: '',
    username: '',
    otherGstin: '',
    errors: [],
  };

  function regPanel(session: Session, v: RegValues): string {
    const e = v.errors;
    const modeErr = errorOf(e, 'mode');
    const gspErr = errorOf(e, 'gsp');
    const radio = (value: string, id: string, label: string, hint: string, conditional: string) => {
      const checked = v.mode === value;
      return `<div class="govuk-radios__item">
  <input class="govuk-radios__input" id="${id}" name="mode" type="radio" value="${value}"${checked ? ' checked' : ''} data-aria-controls="conditional-${id}">
  <label class="govuk-label govuk-radios__label" for="${id}">${esc(label)}</label>
  ${hint ? `<div id="${id}-item-hint" class="govuk-hint govuk-radios__hint">${esc(hint)}</div>` : ''}
</div>
<div class="govuk-radios__conditional${checked ? '' : ' govuk-radios__conditional--hidden'}" id="conditional-${id}">${conditional}</div>`;
    };
    const gspConditional = `<div class="govuk-form-group${gspErr ? ' govuk-form-group--error' : ''}" data-module="app-autocomplete">
  <label class="govuk-label govuk-label--s" for="gsp-search">Select your GSP</label>
  <div id="gsp-search-hint" class="govuk-hint">Start typing the name of your GST Suvidha Provider, then choose it from the list.</div>
  ${errorMessage('gsp-search', gspErr)}
  <div class="autocomplete__wrapper">
    <input class="govuk-input autocomplete__input${gspErr ? ' govuk-input--error' : ''}" id="gsp-search" name="gspName" type="text" value="${esc(
      v.gspName,
    )}" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="gsp-listbox" autocomplete="off" spellcheck="false"${describedBy(
      'gsp-search',
      true,
      gspErr,
    )} hx-get="${GSP_OPTIONS_PATH}" hx-trigger="focus, input changed delay:500ms, keyup changed delay:500ms" hx-target="#gsp-listbox" hx-swap="innerHTML" hx-indicator="#gsp-indicator">
    <ul id="gsp-listbox" class="autocomplete__menu autocomplete__menu--hidden" role="listbox" aria-label="GSPs"></ul>
  </div>
  ${loadingIndicator('gsp-indicator')}
  <div class="autocomplete__status govuk-visually-hidden" aria-live="polite"></div>
  <input type="hidden" id="gsp-code" name="gspCode" value="${esc(v.gspCode)}">
</div>
${textInput({
  id: 'username',
  name: 'username',
  label: 'Username',
  hint: '4 to 16 letters or numbers. API_ is added to the start for you.',
  error: errorOf(e, 'username'),
  value: v.username,
  width: 'govuk-input--width-20',
  prefix: 'API_',
  attrs: `autocomplete="off" spellcheck="false" autocapitalize="none" hx-get="${USERNAME_CHECK_PATH}" hx-trigger="change" hx-target="#username-status" hx-swap="outerHTML"`,
  after: '<p id="username-status" class="app-field-status" aria-live="polite"></p>',
})}
${passwordInput({
  id: 'password',
  name: 'password',
  label: 'Password',
  hint: '8 to 20 characters, with at least one capital letter, one small letter, one number and one special character such as @ # $ %.',
  error: errorOf(e, 'password'),
  autocomplete: 'new-password',
})}
${passwordInput({
  id: 'confirm-password',
  name: 'confirmPassword',
  label: 'Re-enter Password',
  error: errorOf(e, 'confirmPassword'),
  autocomplete: 'new-password',
})}`;
    const otherConditional = textInput({
      id: 'other-gstin',
      name: 'otherGstin',
      label: 'GSTIN whose Client-Id you will use',
      error: errorOf(e, 'otherGstin'),
      value: v.otherGstin,
      width: 'govuk-input--width-20',
      attrs: 'autocomplete="off" spellcheck="false" autocapitalize="characters"',
    });
    return panel(`<form id="create-api-user-form" action="${CREATE_PATH}" method="post" novalidate hx-post="${CREATE_PATH}" hx-target="#api-registration-panel" hx-swap="outerHTML" hx-confirm="${CONFIRM_TEXT}" hx-indicator="#create-indicator">
  <input type="hidden" name="_csrf" value="${session.csrf}">
  ${errorSummary(e)}
  <p class="govuk-body">GSTIN: <strong>${esc(state.gstin)}</strong></p>
  <div class="govuk-form-group${modeErr ? ' govuk-form-group--error' : ''}">
    <fieldset class="govuk-fieldset" aria-describedby="mode-hint${modeErr ? ' mode-error' : ''}">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Do you wish to Register your GSTIN for</legend>
      <div id="mode-hint" class="govuk-hint">Select one option.</div>
      ${errorMessage('mode', modeErr)}
      <div class="govuk-radios" data-module="govuk-radios">
        ${radio(
          'direct',
          'mode',
          'Directly',
          'Only for taxpayers above the notified turnover threshold',
          '<p class="govuk-body">A Client ID and Client Secret are generated for your own systems. Direct API access is only for taxpayers whose aggregate turnover is above the notified threshold.</p>',
        )}
        ${radio('gsp', 'mode-2', 'Through GSP', 'Your GST Suvidha Provider calls the APIs for you', gspConditional)}
        ${radio(
          'erp',
          'mode-3',
          'Through ERP',
          '',
          '<p class="govuk-body">Your ERP must already be registered with the e-invoice system by its provider.</p>',
        )}
        ${radio('other', 'mode-4', 'Through Client-Id of other', '', otherConditional)}
      </div>
    </fieldset>
  </div>
  <div class="govuk-button-group">
    <button type="submit" class="govuk-button" data-module="govuk-button">Submit</button>
    <a href="/dashboard" role="button" draggable="false" class="govuk-button govuk-button--secondary">Exit</a>
    ${loadingIndicator('create-indicator')}
  </div>
</form>`);
  }

  function registeredTable(): string {
    const mine = state.users.filter((u) => u.gstin === state.gstin);
    const rows = mine
      .map(
        (u, i) => `<tr class="govuk-table__row">
  <td class="govuk-table__cell govuk-table__cell--numeric">${i + 1}</td>
  <td class="govuk-table__cell">${esc(u.gsp)}</td>
  <td class="govuk-table__cell">${esc(u.username)}</td>
  <td class="govuk-table__cell">${esc(formatDate(u.createdOn))}</td>
  <td class="govuk-table__cell"><strong class="govuk-tag govuk-tag--green">Active</strong></td>
</tr>`,
      )
      .join('');
    return `<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">GSPs registered for GSTIN ${esc(state.gstin)}</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">S.No</th>
    <th scope="col" class="govuk-table__header">GSP Name</th>
    <th scope="col" class="govuk-table__header">API Username</th>
    <th scope="col" class="govuk-table__header">Registered on</th>
    <th scope="col" class="govuk-table__header">Status</th>
  </tr></thead>
  <tbody class="govuk-table__body">${rows || '<tr class="govuk-table__row"><td class="govuk-table__cell" colspan="5">No GSP is registered for this GSTIN.</td></tr>'}</tbody>
</table>`;
  }

  function successPanel(user: R10HtmxUser): string {
    return panel(`${notificationBanner(
      'success',
      'Success',
      `API user <strong>${esc(user.username)}</strong> has been created`,
      `<p class="govuk-body">Your GSTIN ${esc(user.gstin)} is now registered with ${esc(
        user.gsp,
      )}. Note the username and password: your GSP needs them to call the Authentication API.</p>`,
    )}
${registeredTable()}
<div class="govuk-button-group">
  <a href="/dashboard" role="button" draggable="false" class="govuk-button govuk-button--secondary">Exit</a>
  <a class="govuk-link" href="${CREATE_PATH}">Create another API user</a>
</div>`);
  }

  function createPage(ctx: Ctx, panelHtml: string, error = false): string {
    const main = `<span class="govuk-caption-l">API Registration</span>
<h1 class="govuk-heading-l">Create API User</h1>
<p class="govuk-body">Create the username and password that your GSP or ERP uses to call the e-invoice APIs for your GSTIN.</p>
${panelHtml}`;
    return page(ctx, { title: 'Create API User', main, nav: CREATE_PATH, error });
  }

  function sendPanel(ctx: Ctx, panelHtml: string, headers: Record<string, string> = {}, error = false) {
    if (ctx.htmx) send(ctx, 200, panelHtml, 'text/html; charset=utf-8', headers);
    else send(ctx, 200, createPage(ctx, panelHtml, error), 'text/html; charset=utf-8', headers);
  }

  function toast(message: string, level: 'success' | 'info' | 'error' = 'info'): Record<string, string> {
    return { 'HX-Trigger': JSON.stringify({ showToast: { message, level } }) };
  }

  async function postOtpSend(ctx: Ctx) {
    const body = await readBody(ctx.req);
    const s = requireLogin(ctx);
    if (!s) return;
    if (expireIfDue(ctx, s, 'api-otp-send')) return;
    if (!csrfOk(ctx, s, body)) return forbidden(ctx);
    if (s.apiVerified) return sendPanel(ctx, regPanel(s, emptyReg));
    const resent = s.apiOtpSentAt > 0;
    s.apiOtpSentAt = Date.now();
    sendPanel(ctx, otpPanel(s, [], resent), toast(`OTP sent to ${MOBILE}`));
  }

  async function postOtpVerify(ctx: Ctx) {
    const body = await readBody(ctx.req);
    const s = requireLogin(ctx);
    if (!s) return;
    if (expireIfDue(ctx, s, 'api-otp-verify')) return;
    if (!csrfOk(ctx, s, body)) return forbidden(ctx);
    if (s.apiVerified) return sendPanel(ctx, regPanel(s, emptyReg));
    if (!s.apiOtpSentAt) return sendPanel(ctx, sendingPanel());
    const otp = (body.get('otp') ?? '').replace(/\s+/g, '');
    const errors: FieldError[] = [];
    if (!otp) errors.push({ field: 'otp', href: 'api-otp', message: 'Enter the OTP' });
    else if (Date.now() - s.apiOtpSentAt > API_OTP_VALID_MS) {
      errors.push({
        field: 'otp',
        href: 'api-otp',
        message: 'The OTP has expired. Select Resend OTP to get a new one',
      });
    } else if (otp !== state.apiOtp) {
      state.refusals.push('api-otp');
      errors.push({
        field: 'otp',
        href: 'api-otp',
        message: 'Invalid OTP. Check the OTP sent to your registered mobile number and try again',
      });
    }
    if (errors.length) return sendPanel(ctx, otpPanel(s, errors, false), {}, true);
    s.apiVerified = true;
    sendPanel(ctx, regPanel(s, emptyReg), toast('Mobile number verified', 'success'));
  }

  function findGsp(code: string, name: string): Gsp | undefined {
    const byCode = GSPS.find((g) => g.code === code);
    if (byCode) return byCode;
    const norm = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
    const wanted = norm(name);
    return wanted ? GSPS.find((g) => norm(g.name) === wanted) : undefined;
  }

  function usernameTaken(full: string): boolean {
    const lower = full.toLowerCase();
    return (
      TAKEN_USERNAMES.some((u) => u.toLowerCase() === lower) ||
      state.users.some((u) => u.username.toLowerCase() === lower)
    );
  }

  function usernameProblem(typed: string): string | undefined {
    if (!typed) return 'Enter a username';
    if (/^api_/i.test(typed)) return 'Enter the username without API_ at the start: it is added for you';
    if (!/^[A-Za-z0-9]{4,16}$/.test(typed)) return 'Username must be 4 to 16 letters or numbers';
    return undefined;
  }

  async function postCreate(ctx: Ctx) {
    const body = await readBody(ctx.req);
    const s = requireLogin(ctx);
    if (!s) return;
    if (expireIfDue(ctx, s, 'submit')) return;
    if (!csrfOk(ctx, s, body)) return forbidden(ctx);
    if (!s.apiVerified) return sendPanel(ctx, sendingPanel());
    const v: RegValues = {
      mode: body.get('mode') ?? '',
      gspCode: body.get('gspCode') ?? '',
      gspName: (body.get('gspName') ?? '').trim(),
      username: (body.get('username') ?? '').trim(),
      otherGstin: (body.get('otherGstin') ?? '').trim().toUpperCase(),
      errors: [],
    };
    const errors = v.errors;
    const password = body.get('password') ?? '';
    const confirm = body.get('confirmPassword') ?? '';
    let gsp: Gsp | undefined;
    if (!v.mode) {
      errors.push({ field: 'mode', href: 'mode', message: 'Select how you wish to register your GSTIN' });
    } else if (v.mode === 'direct') {
      errors.push({
        field: 'mode',
        href: 'mode',
        message: 'Your GSTIN is not eligible to register directly. Select Through GSP',
      });
    } else if (v.mode === 'erp') {
      errors.push({
        field: 'mode',
        href: 'mode-3',
        message: 'No ERP is registered for your GSTIN. Select Through GSP',
      });
    } else if (v.mode === 'other') {
      if (!v.otherGstin) errors.push({ field: 'otherGstin', href: 'other-gstin', message: 'Enter a GSTIN' });
      else
        errors.push({
          field: 'otherGstin',
          href: 'other-gstin',
          message: `GSTIN ${v.otherGstin} has not shared its Client-Id with your GSTIN`,
        });
    } else {
      gsp = findGsp(v.gspCode, v.gspName);
      if (!gsp) errors.push({ field: 'gsp', href: 'gsp-search', message: 'Select your GSP from the list' });
      else {
        v.gspCode = gsp.code;
        v.gspName = gsp.name;
      }
      const uProblem = usernameProblem(v.username);
      if (uProblem) errors.push({ field: 'username', href: 'username', message: uProblem });
      if (!password) errors.push({ field: 'password', href: 'password', message: 'Enter a password' });
      else if (
        password.length < 8 ||
        password.length > 20 ||
        !/[A-Z]/.test(password) ||
        !/[a-z]/.test(password) ||
        !/[0-9]/.test(password) ||
        !/[^A-Za-z0-9]/.test(password)
      ) {
        errors.push({
          field: 'password',
          href: 'password',
          message:
            'Password must be 8 to 20 characters and include a capital letter, a small letter, a number and a special character',
        });
      }
      if (password && !confirm)
        errors.push({ field: 'confirmPassword', href: 'confirm-password', message: 'Re-enter the password' });
      else if (password && confirm !== password)
        errors.push({
          field: 'confirmPassword',
          href: 'confirm-password',
          message: 'The passwords do not match',
        });
    }
    if (errors.length === 0 && gsp) {
      const gspName = gsp.name;
      if (state.users.some((u) => u.gstin === state.gstin && u.gsp === gspName)) {
        state.refusals.push('duplicate');
        errors.push({
          field: 'gsp',
          href: 'gsp-search',
          message: `GSTIN ${state.gstin} is already registered with ${gspName}. Choose a different GSP`,
        });
      } else if (usernameTaken(`API_${v.username}`)) {
        state.refusals.push('username-taken');
        errors.push({
          field: 'username',
          href: 'username',
          message: `The username API_${v.username} is already taken. Choose a different username`,
        });
      }
    }
    if (errors.length || !gsp) return sendPanel(ctx, regPanel(s, v), {}, true);
    const user: R10HtmxUser = {
      gstin: state.gstin,
      gsp: gsp.name,
      username: `API_${v.username}`,
      password,
      createdOn: new Date().toISOString(),
    };
    state.users.push(user);
    s.apiVerified = false;
    s.apiOtpSentAt = 0;
    sendPanel(ctx, successPanel(user), toast(`API user ${user.username} created`, 'success'));
  }

  function gspOptions(query: string): string {
    const q = query.replace(/\s+/g, ' ').trim().toLowerCase();
    const matches = GSPS.filter((g) => g.name.toLowerCase().includes(q)).sort((a, b) => {
      const sa = a.name.toLowerCase().startsWith(q) ? 0 : 1;
      const sb = b.name.toLowerCase().startsWith(q) ? 0 : 1;
      return sa - sb || a.name.localeCompare(b.name);
    });
    if (matches.length === 0) {
      return '<li class="autocomplete__option autocomplete__option--no-results" role="option" aria-disabled="true" aria-selected="false">No results found</li>';
    }
    return matches
      .map(
        (g, i) =>
          `<li class="autocomplete__option" id="gsp-listbox__option--${i}" role="option" aria-selected="false" tabindex="-1" aria-posinset="${
            i + 1
          }" aria-setsize="${matches.length}" data-value="${g.code}">${esc(g.name)}</li>`,
      )
      .join('');
  }

  function placeholder(ctx: Ctx, leaf: MenuNode) {
    const href = leaf.href ?? '';
    let body = `<p class="govuk-body">There are no records to show for GSTIN ${esc(state.gstin)}.</p>`;
    if (href.startsWith('/api-registration/')) {
      body = `<p class="govuk-body">API users of GSTIN ${esc(state.gstin)}:</p>${registeredTable()}`;
    }
    send(
      ctx,
      200,
      page(ctx, {
        title: leaf.label,
        nav: href,
        main: `<h1 class="govuk-heading-l">${esc(leaf.label)}</h1>${body}`,
      }),
    );
  }

  // ------------------------------------------------------------------ routing

  async function route(ctx: Ctx) {
    const { path, method } = ctx;
    if (method === 'GET' && path === '/assets/app.css') return send(ctx, 200, CSS, 'text/css; charset=utf-8');
    if (method === 'GET' && path === '/assets/app.js')
      return send(ctx, 200, CLIENT_JS, 'text/javascript; charset=utf-8');
    if (method === 'GET' && path === '/captcha.svg')
      return send(ctx, 200, captchaSvg(state.captcha), 'image/svg+xml');
    if (method === 'GET' && path === '/captcha/refresh') return send(ctx, 200, captchaImage());
    if (method === 'GET' && path === '/favicon.ico') return send(ctx, 204, '', 'image/x-icon');

    if (path === '/cookies' && method === 'POST') {
      const body = await readBody(ctx.req);
      const choice = body.get('cookies') === 'accept' ? 'accept' : 'reject';
      ctx.setCookies.push(`${COOKIE_POLICY}=${choice}; Path=/; Max-Age=31536000; SameSite=Lax`);
      ctx.cookieChoice = choice;
      if (ctx.htmx) return send(ctx, 200, cookieConfirmation(choice));
      return redirect(ctx, ctx.req.headers.referer ?? '/');
    }

    if (method === 'GET') {
      switch (path) {
        case '/':
          return send(ctx, 200, page(ctx, { title: 'Home', main: homeMain(ctx) }));
        case '/help':
          return simplePage(ctx, 'Help', helpBody());
        case '/contact':
          return simplePage(
            ctx,
            'Contact',
            '<p class="govuk-body">E-invoice helpdesk: 1800 103 4786 (Monday to Saturday, 9am to 8pm).</p>',
          );
        case '/cookies':
          return simplePage(
            ctx,
            'Cookies',
            '<p class="govuk-body">Essential cookies keep you logged in. Analytics cookies are only set if you accept them.</p>',
          );
        case '/accessibility':
          return simplePage(
            ctx,
            'Accessibility statement',
            '<p class="govuk-body">This service aims to meet WCAG 2.2 AA.</p>',
          );
        case '/terms':
          return simplePage(
            ctx,
            'Terms and conditions',
            '<p class="govuk-body">Use of this service is subject to the GST Act.</p>',
          );
        case '/forgot-password':
          return simplePage(
            ctx,
            'Forgot username or password',
            '<p class="govuk-body">Contact the helpdesk or use the GST common portal to reset your e-invoice password.</p>',
          );
        case '/login': {
          if (ctx.session?.stage === 'in') return redirect(ctx, '/dashboard');
          if (!ctx.session) newSession(ctx);
          const main = loginMain(ctx, { username: '', errors: [] });
          if (ctx.htmx && ctx.req.headers['hx-target'] === 'main-content') {
            return send(ctx, 200, `<title>Login – E-Invoice System</title>${main}`);
          }
          return send(ctx, 200, page(ctx, { title: 'Login', main }));
        }
        case '/login/verify-otp': {
          const s = ctx.session;
          if (s?.stage === 'in') return redirect(ctx, '/dashboard');
          if (s?.stage !== 'otp') return toLogin(ctx);
          return send(ctx, 200, page(ctx, { title: 'Two-factor authentication', main: loginOtpMain([]) }));
        }
        case '/logout': {
          if (ctx.session) sessions.delete(ctx.session.id);
          ctx.session = undefined;
          ctx.setCookies.push(`${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
          return redirect(ctx, '/login?loggedout=1');
        }
        case '/dashboard': {
          const s = requireLogin(ctx);
          if (!s) return;
          return dashboard(ctx, s);
        }
        case CREATE_PATH: {
          const s = requireLogin(ctx);
          if (!s) return;
          return send(ctx, 200, createPage(ctx, s.apiVerified ? regPanel(s, emptyReg) : sendingPanel()));
        }
        case GSP_OPTIONS_PATH: {
          const s = requireLogin(ctx);
          if (!s) return;
          return send(ctx, 200, gspOptions(ctx.url.searchParams.get('gspName') ?? ''));
        }
        case USERNAME_CHECK_PATH: {
          const s = requireLogin(ctx);
          if (!s) return;
          const typed = (ctx.url.searchParams.get('username') ?? '').trim();
          const problem = usernameProblem(typed);
          let status = '<p id="username-status" class="app-field-status" aria-live="polite"></p>';
          if (typed && problem) {
            status = `<p id="username-status" class="app-field-status app-field-status--bad" aria-live="polite">${esc(problem)}</p>`;
          } else if (typed && usernameTaken(`API_${typed}`)) {
            status = `<p id="username-status" class="app-field-status app-field-status--bad" aria-live="polite">API_${esc(typed)} is already taken</p>`;
          } else if (typed) {
            status = `<p id="username-status" class="app-field-status app-field-status--ok" aria-live="polite">API_${esc(typed)} is available</p>`;
          }
          return send(ctx, 200, status);
        }
        default: {
          const leaf = pages.get(path);
          if (leaf) {
            const s = requireLogin(ctx);
            if (!s) return;
            return placeholder(ctx, leaf);
          }
        }
      }
    }

    if (method === 'POST') {
      switch (path) {
        case '/login':
          return postLogin(ctx);
        case '/login/verify-otp':
          return postLoginOtp(ctx);
        case '/login/resend-otp': {
          await readBody(ctx.req);
          if (ctx.session?.stage !== 'otp') return toLogin(ctx);
          return send(
            ctx,
            204,
            '',
            'text/html; charset=utf-8',
            toast(`A new OTP has been sent to ${MOBILE}`),
          );
        }
        case OTP_SEND_PATH:
          return postOtpSend(ctx);
        case OTP_VERIFY_PATH:
          return postOtpVerify(ctx);
        case CREATE_PATH:
          return postCreate(ctx);
      }
    }

    send(
      ctx,
      404,
      page(ctx, {
        title: 'Page not found',
        main: '<h1 class="govuk-heading-l">Page not found</h1><p class="govuk-body">If you typed the web address, check it is correct.</p><p class="govuk-body"><a class="govuk-link" href="/">Go to the home page</a></p>',
      }),
    );
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const cookies = parseCookies(req.headers.cookie);
    const sid = cookies.get(SESSION_COOKIE);
    let session = sid ? sessions.get(sid) : undefined;
    if (session && Date.now() - session.lastSeen > IDLE_MS) {
      sessions.delete(session.id);
      session = undefined;
    }
    if (session) session.lastSeen = Date.now();
    const ctx: Ctx = {
      req,
      res,
      url,
      path: url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname,
      method: req.method ?? 'GET',
      htmx: req.headers['hx-request'] === 'true',
      session,
      staleCookie: Boolean(sid) && !session,
      cookieChoice: cookies.get(COOKIE_POLICY),
      setCookies: [],
    };
    route(ctx).catch((err: unknown) => {
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      }
      res.end(`Internal error: ${err instanceof Error ? err.message : String(err)}`);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Stylesheet: GOV.UK Frontend / UX4G look, written by hand
// ---------------------------------------------------------------------------------------------

const CSS = String.raw`
*, *::before, *::after { box-sizing: border-box; }
html { background: #f3f2f1; -webkit-text-size-adjust: 100%; }
.govuk-template__body { margin: 0; background: #fff; font-family: "Noto Sans", "Helvetica Neue", Arial, sans-serif; color: #0b0c0c; font-size: 19px; line-height: 1.3158; -webkit-font-smoothing: antialiased; }
[x-cloak] { display: none !important; }
.govuk-width-container { max-width: 1020px; margin: 0 15px; }
@media (min-width: 40.0625em) { .govuk-width-container { margin: 0 30px; } }
@media (min-width: 1080px) { .govuk-width-container { margin: 0 auto; } }
.govuk-main-wrapper { display: block; padding-top: 20px; padding-bottom: 40px; }
.govuk-main-wrapper:focus { outline: none; }
.govuk-visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important; }

/* typography */
.govuk-heading-xl { font-size: 48px; line-height: 1.04; font-weight: 700; margin: 0 0 50px; }
.govuk-heading-l { font-size: 36px; line-height: 1.11; font-weight: 700; margin: 0 0 30px; }
.govuk-heading-m { font-size: 24px; line-height: 1.25; font-weight: 700; margin: 0 0 20px; }
.govuk-heading-s { font-size: 19px; font-weight: 700; margin: 0 0 15px; }
.govuk-caption-xl, .govuk-caption-l { display: block; color: #505a5f; margin-bottom: 5px; }
.govuk-caption-xl { font-size: 27px; } .govuk-caption-l { font-size: 24px; }
.govuk-body, .govuk-body-m { margin: 0 0 20px; font-size: 19px; }
.govuk-body-l { font-size: 24px; line-height: 1.25; margin: 0 0 30px; }
.govuk-body-s { font-size: 16px; line-height: 1.25; margin: 0 0 15px; }
.govuk-list { margin: 0 0 20px; padding: 0; list-style: none; }
.govuk-list--number { padding-left: 20px; list-style: decimal; }
.govuk-list--spaced > li { margin-bottom: 10px; }
.govuk-link, .govuk-body a { color: #1d70b8; text-decoration: underline; text-decoration-thickness: max(1px, .0625rem); text-underline-offset: .1578em; }
.govuk-link:hover { color: #003078; text-decoration-thickness: max(3px, .1875rem); }
.govuk-link:visited { color: #4c2c92; }
a:focus, button:focus-visible { outline: 3px solid transparent; color: #0b0c0c !important; background-color: #ffdd00; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }
.govuk-inset-text { padding: 15px; margin: 20px 0 30px; border-left: 10px solid #b1b4b6; }
.govuk-\!-width-two-thirds { width: 100% !important; }
@media (min-width: 40.0625em) { .govuk-\!-width-two-thirds { width: 66.66% !important; } }

/* grid */
.govuk-grid-row { display: flex; flex-wrap: wrap; margin: 0 -15px; }
.govuk-grid-column-two-thirds, .govuk-grid-column-one-third, .govuk-grid-column-one-quarter, .govuk-grid-column-three-quarters { width: 100%; padding: 0 15px; }
@media (min-width: 40.0625em) {
  .govuk-grid-column-two-thirds { width: 66.6666%; } .govuk-grid-column-one-third { width: 33.3333%; }
  .govuk-grid-column-one-quarter { width: 25%; } .govuk-grid-column-three-quarters { width: 75%; }
}

/* skip link, cookie banner, phase banner */
.govuk-skip-link { position: absolute !important; width: 1px !important; height: 1px !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; white-space: nowrap !important; display: block; padding: 10px 15px; font-size: 16px; text-decoration: underline; color: #0b0c0c; }
.govuk-skip-link:focus { position: static !important; width: auto !important; height: auto !important; overflow: visible !important; clip: auto !important; white-space: normal !important; outline: 3px solid #ffdd00; background: #ffdd00; }
.govuk-cookie-banner { padding-top: 20px; border-bottom: 10px solid transparent; background-color: #f3f2f1; }
.govuk-cookie-banner__message { margin-bottom: -10px; }
.govuk-cookie-banner__message:focus { outline: none; }
.govuk-phase-banner { padding: 10px 0; border-bottom: 1px solid #b1b4b6; }
.govuk-phase-banner__content { margin: 0; font-size: 16px; display: table; }
.govuk-phase-banner__content__tag { margin-right: 10px; }
.govuk-tag { display: inline-block; padding: 2px 8px 3px; font-size: 16px; font-weight: 400; color: #0c2d4a; background: #bbd4ea; }
.govuk-tag--green { color: #005a30; background: #cce2d8; }

/* header */
.govuk-header { border-bottom: 10px solid #fff; color: #fff; background: #0b0c0c; font-size: 16px; }
.app-tricolour { display: flex; height: 6px; } .app-tricolour span { flex: 1; }
.app-tricolour span:nth-child(1) { background: #ff9933; } .app-tricolour span:nth-child(2) { background: #fff; } .app-tricolour span:nth-child(3) { background: #138808; }
.govuk-header__container { position: relative; padding-top: 10px; margin-bottom: -10px; border-bottom: 10px solid #1d70b8; display: flex; flex-wrap: wrap; align-items: center; gap: 20px; }
.govuk-header__logo { margin-bottom: 10px; }
.govuk-header__link { color: #fff; text-decoration: none; font-weight: 700; background: none; border: 0; font: inherit; font-weight: 700; cursor: pointer; padding: 0; }
.govuk-header__link:hover { text-decoration: underline; text-decoration-thickness: 3px; text-underline-offset: .1578em; }
.govuk-header__link:focus { color: #0b0c0c; }
.govuk-header__link--homepage { display: inline-flex; align-items: center; gap: 8px; font-size: 30px; line-height: 1; }
.govuk-header__logotype-text { letter-spacing: .02em; }
.govuk-header__content { flex: 1; display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; margin-bottom: 10px; }
.govuk-header__service-name { font-size: 24px; }
.govuk-header__navigation { position: relative; }
.govuk-header__navigation-list { margin: 0; padding: 0; list-style: none; }
.govuk-header__navigation-item { display: inline-block; margin-right: 15px; padding: 5px 0; }
.govuk-header__menu-button { display: none; color: #fff; background: none; border: 0; font: inherit; cursor: pointer; padding: 0; }
.govuk-header__menu-button::after { content: " ▾"; }
@media (max-width: 40em) {
  .govuk-header__menu-button { display: inline-block; }
  .govuk-header__navigation-item { display: block; }
}
@media (min-width: 40.0625em) { .govuk-header__navigation-list { display: block !important; } }
.app-user-menu { position: relative; }
.app-caret::after { content: "▾"; margin-left: 4px; }
.app-user-menu__list { position: absolute; right: 0; top: 100%; z-index: 50; min-width: 200px; margin: 8px 0 0; padding: 10px 15px; list-style: none; background: #fff; border: 1px solid #b1b4b6; box-shadow: 0 4px 10px rgba(0,0,0,.15); }
.app-user-menu__list li { padding: 5px 0; }

/* side navigation */
.app-side-navigation { margin-bottom: 30px; border-top: 4px solid #1d70b8; padding-top: 10px; }
.app-side-navigation__title { color: #505a5f; font-size: 16px; text-transform: uppercase; letter-spacing: .05em; }
.app-side-navigation__list { margin: 0; padding: 0; list-style: none; }
.app-side-navigation__list--nested { padding-left: 12px; border-left: 2px solid #b1b4b6; margin: 2px 0 8px 6px; }
.app-side-navigation__item { padding: 5px 0; font-size: 16px; }
.app-side-navigation__item--active > .app-side-navigation__link { font-weight: 700; color: #0b0c0c; border-left: 4px solid #1d70b8; padding-left: 6px; margin-left: -10px; }
.app-side-navigation__link { color: #1d70b8; }
.app-side-navigation__toggle { display: flex; width: 100%; justify-content: space-between; align-items: center; padding: 6px 0; font: inherit; font-size: 16px; font-weight: 700; text-align: left; color: #0b0c0c; background: none; border: 0; cursor: pointer; }
.app-side-navigation__toggle::after { content: "+"; font-size: 19px; color: #1d70b8; }
.app-side-navigation__toggle[aria-expanded="true"]::after { content: "−"; }

/* forms */
.govuk-form-group { margin-bottom: 30px; }
.govuk-form-group--error { padding-left: 15px; border-left: 5px solid #d4351c; }
.govuk-label { display: block; margin-bottom: 5px; font-size: 19px; }
.govuk-label--s { font-weight: 700; }
.govuk-hint { margin-bottom: 15px; color: #505a5f; font-size: 19px; }
.govuk-error-message { display: block; margin: 0 0 15px; color: #d4351c; font-weight: 700; font-size: 19px; }
.govuk-fieldset { min-width: 0; margin: 0; padding: 0; border: 0; }
.govuk-fieldset__legend { display: table; max-width: 100%; margin-bottom: 10px; padding: 0; white-space: normal; }
.govuk-fieldset__legend--s { font-weight: 700; }
.govuk-input { box-sizing: border-box; width: 100%; height: 2.5rem; margin-top: 0; padding: 5px; border: 2px solid #0b0c0c; border-radius: 0; font: inherit; font-size: 19px; -webkit-appearance: none; appearance: none; }
.govuk-input:focus { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: inset 0 0 0 2px; }
.govuk-input--error { border-color: #d4351c; }
.govuk-input--width-20 { max-width: 41ex; } .govuk-input--width-10 { max-width: 23ex; } .govuk-input--width-5 { max-width: 10.8ex; }
.govuk-input__wrapper { display: flex; }
.govuk-input__prefix { display: inline-flex; align-items: center; min-width: 2.5rem; height: 2.5rem; padding: 5px 8px; border: 2px solid #0b0c0c; border-right: 0; background: #f3f2f1; font-weight: 700; white-space: nowrap; }
.govuk-password-input__wrapper { gap: 0; }
.govuk-password-input__toggle { margin: 0 0 0 5px !important; min-width: 5em; box-shadow: 0 2px 0 #929191; }
.app-field-status { margin: 8px 0 0; font-size: 16px; min-height: 1em; }
.app-field-status--ok { color: #00703c; } .app-field-status--bad { color: #d4351c; font-weight: 700; }

/* radios: custom circles drawn over visually hidden inputs */
.govuk-radios__item { display: flex; flex-wrap: wrap; position: relative; margin-bottom: 10px; }
.govuk-radios__input { position: absolute; z-index: 1; top: -2px; left: -2px; width: 44px; height: 44px; margin: 0; cursor: pointer; opacity: 0; }
.govuk-radios__label { align-self: center; max-width: calc(100% - 74px); margin-bottom: 0; padding: 7px 15px 5px 12px; cursor: pointer; touch-action: manipulation; margin-left: 40px; position: relative; }
.govuk-radios__label::before { content: ""; box-sizing: border-box; position: absolute; top: 0; left: -40px; width: 40px; height: 40px; border: 2px solid currentColor; border-radius: 50%; background: transparent; }
.govuk-radios__label::after { content: ""; position: absolute; top: 10px; left: -30px; width: 0; height: 0; border: 10px solid currentColor; border-radius: 50%; opacity: 0; background: currentColor; }
.govuk-radios__input:checked + .govuk-radios__label::after { opacity: 1; }
.govuk-radios__input:focus + .govuk-radios__label::before { border-width: 4px; outline: 3px solid transparent; box-shadow: 0 0 0 4px #ffdd00; }
.govuk-radios__hint { display: block; width: 100%; padding-left: 52px; margin-bottom: 0; font-size: 16px; }
.govuk-radios__conditional { margin-left: 18px; padding-left: 33px; border-left: 4px solid #b1b4b6; margin-bottom: 15px; padding-top: 5px; }
.js-enabled .govuk-radios__conditional--hidden { display: none; }

/* buttons */
.govuk-button { display: inline-block; position: relative; width: auto; margin: 0 0 32px; padding: 8px 10px 7px; border: 2px solid transparent; border-radius: 0; color: #fff; background-color: #00703c; box-shadow: 0 2px 0 #002d18; text-align: center; vertical-align: top; cursor: pointer; font: inherit; font-size: 19px; line-height: 1.1875; text-decoration: none; -webkit-appearance: none; }
.govuk-button:hover { background-color: #005a30; }
.govuk-button:active { top: 2px; box-shadow: none; }
.govuk-button:focus { outline: none; border-color: #ffdd00; color: #0b0c0c; background-color: #ffdd00 !important; box-shadow: inset 0 0 0 1px #ffdd00, 0 2px 0 #0b0c0c; }
.govuk-button--secondary { color: #0b0c0c; background-color: #f3f2f1; box-shadow: 0 2px 0 #929191; }
.govuk-button--secondary:hover { background-color: #dbdad9; }
.govuk-button--warning { background-color: #d4351c; box-shadow: 0 2px 0 #55150b; }
.govuk-button--warning:hover { background-color: #aa2a16; }
.govuk-button-group { display: flex; flex-wrap: wrap; align-items: center; gap: 0 15px; margin-bottom: 17px; }
.govuk-button-group .govuk-button { margin-bottom: 17px; }
.govuk-button-group .govuk-link { margin-bottom: 17px; }
.govuk-back-link { display: inline-block; position: relative; margin: 0 0 15px; padding-left: 14px; font-size: 16px; color: #0b0c0c; }
.govuk-back-link::before { content: "‹"; position: absolute; left: 0; }

/* loading indicator */
.htmx-indicator { display: none; }
.htmx-request.htmx-indicator, .htmx-request .htmx-indicator { display: inline-flex; }
.app-loading { align-items: center; gap: 8px; margin-bottom: 17px; font-size: 16px; color: #505a5f; }
.app-loading-line { display: flex; align-items: center; gap: 10px; }
.app-spinner { display: inline-block; width: 20px; height: 20px; border: 3px solid #b1b4b6; border-top-color: #1d70b8; border-radius: 50%; animation: app-spin 0.8s linear infinite; }
@keyframes app-spin { to { transform: rotate(360deg); } }

/* error summary, notification banner */
.govuk-error-summary { padding: 15px; margin-bottom: 30px; border: 5px solid #d4351c; }
.govuk-error-summary:focus { outline: 3px solid #ffdd00; outline-offset: 0; }
.govuk-error-summary__title { margin: 0 0 15px; font-size: 24px; font-weight: 700; }
.govuk-error-summary__list { margin: 0; }
.govuk-error-summary__list a { color: #d4351c; font-weight: 700; }
.govuk-notification-banner { margin-bottom: 30px; border: 5px solid #1d70b8; background-color: #1d70b8; }
.govuk-notification-banner:focus { outline: 3px solid #ffdd00; }
.govuk-notification-banner__header { padding: 2px 15px 5px; border-bottom: 1px solid transparent; }
.govuk-notification-banner__title { margin: 0; padding: 0; color: #fff; font-size: 19px; font-weight: 700; }
.govuk-notification-banner__content { padding: 15px; background-color: #fff; }
.govuk-notification-banner__content > * { max-width: 605px; }
.govuk-notification-banner__heading { margin: 0 0 15px; font-size: 24px; font-weight: 700; }
.govuk-notification-banner--success { border-color: #00703c; background-color: #00703c; }

/* captcha */
.app-captcha { display: flex; align-items: center; gap: 15px; margin-bottom: 10px; }
.app-captcha__image { border: 1px solid #b1b4b6; }
.app-captcha__refresh { margin: 0; }

/* autocomplete (accessible-autocomplete look) */
.autocomplete__wrapper { position: relative; max-width: 560px; }
.autocomplete__input { background: #fff; }
.autocomplete__menu { position: absolute; top: 100%; left: 0; z-index: 100; width: 100%; max-height: 342px; overflow-x: hidden; margin: 0; padding: 0; list-style: none; border: 2px solid #0b0c0c; border-top: 0; background: #fff; color: #0b0c0c; }
.autocomplete__menu--hidden { display: none; }
.autocomplete__option { display: block; position: relative; padding: 5px; border-bottom: 1px solid #b1b4b6; cursor: pointer; font-size: 19px; }
.autocomplete__option:hover, .autocomplete__option--focused { border-color: #1d70b8; color: #fff; background: #1d70b8; outline: none; }
.autocomplete__option--no-results { color: #505a5f; background: #f3f2f1; cursor: not-allowed; }

/* tables, summary lists, details */
.govuk-table { width: 100%; margin-bottom: 40px; border-spacing: 0; border-collapse: collapse; font-size: 16px; }
.govuk-table__caption { margin-bottom: 15px; text-align: left; font-weight: 700; }
.govuk-table__caption--m { font-size: 24px; }
.govuk-table__header, .govuk-table__cell { padding: 10px 20px 10px 0; border-bottom: 1px solid #b1b4b6; text-align: left; vertical-align: top; }
.govuk-table__header { font-weight: 700; }
.govuk-table__header--numeric, .govuk-table__cell--numeric { text-align: right; }
.govuk-summary-list { margin: 0 0 20px; font-size: 16px; }
.govuk-summary-list__row { display: flex; border-bottom: 1px solid #b1b4b6; }
.govuk-summary-list__key, .govuk-summary-list__value { margin: 0; padding: 10px 20px 10px 0; }
.govuk-summary-list__key { width: 40%; font-weight: 700; }
.govuk-details { margin-bottom: 20px; font-size: 16px; }
.govuk-details__summary { display: inline-block; color: #1d70b8; cursor: pointer; text-decoration: underline; }
.govuk-details__text { padding: 15px 15px 15px 20px; border-left: 5px solid #b1b4b6; margin-top: 10px; }

/* panels, cards, related, footer */
.app-panel { padding: 20px; border: 1px solid #b1b4b6; border-top: 5px solid #1d70b8; margin-bottom: 30px; }
.app-panel__title { margin-bottom: 15px; }
.app-card-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 20px; margin-bottom: 30px; }
.app-card { padding: 15px 20px; border: 1px solid #b1b4b6; border-top: 5px solid #1d70b8; background: #fff; }
.app-card__title { margin: 0 0 5px; font-size: 19px; }
.app-card__count { margin: 0 0 5px; font-size: 48px; font-weight: 700; }
.app-related { border-top: 2px solid #1d70b8; padding-top: 15px; }
.govuk-footer { padding: 25px 0 15px; border-top: 1px solid #b1b4b6; color: #0b0c0c; background: #f3f2f1; font-size: 16px; }
.govuk-footer__meta { display: flex; flex-wrap: wrap; gap: 20px; align-items: flex-end; }
.govuk-footer__meta-item--grow { flex: 1; }
.govuk-footer__inline-list { margin: 0 0 15px; padding: 0; }
.govuk-footer__inline-list-item { display: inline-block; margin-right: 15px; margin-bottom: 5px; }
.govuk-footer__link { color: #0b0c0c; }

/* dialog: the browser's own top layer and ::backdrop */
dialog.app-dialog { width: min(600px, calc(100% - 30px)); padding: 0; border: 0; border-top: 8px solid #1d70b8; box-shadow: 0 10px 40px rgba(0,0,0,.35); color: #0b0c0c; }
dialog.app-dialog::backdrop { background: rgba(11, 12, 12, .6); }
.app-dialog__inner { padding: 20px 25px 5px; }
.app-dialog__header { display: flex; justify-content: space-between; align-items: flex-start; gap: 20px; }
.app-dialog__close { font-size: 32px; line-height: 1; background: none; border: 0; cursor: pointer; color: #0b0c0c; padding: 0 4px; }

/* toasts */
.app-toast-region { position: fixed; right: 20px; bottom: 20px; z-index: 1000; display: flex; flex-direction: column; gap: 10px; pointer-events: none; }
.app-toast { min-width: 240px; max-width: 360px; padding: 12px 16px; color: #fff; background: #0b0c0c; border-left: 6px solid #1d70b8; box-shadow: 0 4px 12px rgba(0,0,0,.3); font-size: 16px; }
.app-toast--success { border-left-color: #00703c; } .app-toast--error { border-left-color: #d4351c; }
`;

// ---------------------------------------------------------------------------------------------
// Client: a tiny htmx-like and Alpine-like runtime plus the GOV.UK component scripts, written by hand
// ---------------------------------------------------------------------------------------------

const CLIENT_JS = String.raw`
(function () {
  'use strict';
  var doc = document;
  var lastValues = new WeakMap();
  var inflight = new WeakMap();

  function fire(el, name, detail) {
    var target = el && el.isConnected ? el : doc.body;
    target.dispatchEvent(new CustomEvent(name, { bubbles: true, detail: detail || {} }));
  }

  /* ------------------------------------------------------------- htmx-like */
  function verbOf(el) {
    if (el.hasAttribute('hx-get')) return 'get';
    if (el.hasAttribute('hx-post')) return 'post';
    return null;
  }
  function inherited(el, name) {
    var holder = el.closest('[' + name + ']');
    return holder ? { value: holder.getAttribute(name), holder: holder } : null;
  }
  function parseInterval(text) {
    var m = /^(\d+)(ms|s)?$/.exec(text);
    if (!m) return 0;
    return m[2] === 's' ? Number(m[1]) * 1000 : Number(m[1]);
  }
  function parseTriggers(el) {
    var spec = el.getAttribute('hx-trigger');
    if (!spec) {
      if (el.tagName === 'FORM') return [{ event: 'submit' }];
      if (/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) return [{ event: 'change' }];
      return [{ event: 'click' }];
    }
    return spec.split(',').map(function (part) {
      var tokens = part.trim().split(/\s+/);
      var t = { event: tokens[0], changed: false, delay: 0, once: false };
      tokens.slice(1).forEach(function (tok) {
        if (tok === 'changed') t.changed = true;
        else if (tok === 'once') t.once = true;
        else if (tok.indexOf('delay:') === 0) t.delay = parseInterval(tok.slice(6));
      });
      return t;
    });
  }
  function processHx(root) {
    var els = [];
    if (root.nodeType === 1 && verbOf(root)) els.push(root);
    if (root.querySelectorAll) root.querySelectorAll('[hx-get],[hx-post]').forEach(function (e) { els.push(e); });
    els.forEach(function (el) {
      if (el.__hxDone) return;
      el.__hxDone = true;
      if ('value' in el) lastValues.set(el, el.value);
      parseTriggers(el).forEach(function (t) {
        if (t.event === 'load') { setTimeout(function () { issue(el, null); }, 0); return; }
        var timer = null;
        el.addEventListener(t.event, function (evt) {
          if (t.event === 'submit') evt.preventDefault();
          if (t.event === 'click' && (el.tagName === 'A' || el.tagName === 'BUTTON')) evt.preventDefault();
          if (t.changed) {
            if (lastValues.get(el) === el.value) return;
            lastValues.set(el, el.value);
          }
          var submitter = evt.submitter || null;
          if (t.delay) {
            clearTimeout(timer);
            timer = setTimeout(function () { issue(el, submitter); }, t.delay);
          } else {
            issue(el, submitter);
          }
        }, t.once ? { once: true } : false);
      });
    });
  }
  function collectParams(el, verb, submitter) {
    var params = new URLSearchParams();
    var form = el.tagName === 'FORM' ? el : (verb !== 'get' ? el.closest('form') : null);
    if (form) new FormData(form).forEach(function (v, k) { if (typeof v === 'string') params.append(k, v); });
    if (submitter && submitter.name) params.append(submitter.name, submitter.value);
    if (el !== form && el.name && 'value' in el) params.set(el.name, el.value);
    return params;
  }
  function resolveTarget(el) {
    var spec = inherited(el, 'hx-target');
    if (!spec) return el;
    var v = spec.value.trim();
    if (v === 'this') return spec.holder;
    if (v.indexOf('closest ') === 0) return el.closest(v.slice(8));
    if (v.indexOf('find ') === 0) return el.querySelector(v.slice(5));
    return doc.querySelector(v);
  }
  function resolveIndicators(el) {
    var spec = inherited(el, 'hx-indicator');
    if (!spec) return [el];
    return Array.prototype.slice.call(doc.querySelectorAll(spec.value));
  }
  function issue(el, submitter) {
    if (!el.isConnected) return;
    var verb = verbOf(el);
    var url = el.getAttribute('hx-' + verb);
    var question = el.getAttribute('hx-confirm');
    if (question && !window.confirm(question)) return;
    var params = collectParams(el, verb, submitter);
    var target = resolveTarget(el);
    var swapSpec = inherited(el, 'hx-swap');
    var swap = swapSpec ? swapSpec.value.split(/\s+/)[0] : 'innerHTML';
    var indicators = resolveIndicators(el);
    var headers = { 'HX-Request': 'true', 'HX-Current-URL': location.href };
    if (el.id) headers['HX-Trigger'] = el.id;
    if (target && target.id) headers['HX-Target'] = target.id;
    var extra = inherited(el, 'hx-headers');
    if (extra) { try { Object.assign(headers, JSON.parse(extra.value)); } catch (e) { /* ignore */ } }
    var init = { method: verb.toUpperCase(), headers: headers, credentials: 'same-origin' };
    var query = params.toString();
    if (verb === 'get') {
      if (query) url += (url.indexOf('?') >= 0 ? '&' : '?') + query;
    } else {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      init.body = query;
    }
    var previous = inflight.get(el);
    if (previous) previous.abort();
    var ctrl = new AbortController();
    init.signal = ctrl.signal;
    inflight.set(el, ctrl);
    indicators.forEach(function (i) { i.classList.add('htmx-request'); });
    el.setAttribute('aria-busy', 'true');
    fire(el, 'htmx:beforeRequest', { url: url });
    fetch(url, init)
      .then(function (resp) {
        return resp.text().then(function (text) { handleResponse(el, resp, text, target, swap, url); });
      })
      .catch(function (err) {
        if (err && err.name === 'AbortError') return;
        fire(doc.body, 'showToast', { message: 'Something went wrong. Try again.', level: 'error' });
      })
      .then(function () {
        if (inflight.get(el) !== ctrl) return;
        inflight.delete(el);
        indicators.forEach(function (i) { i.classList.remove('htmx-request'); });
        el.removeAttribute('aria-busy');
      });
  }
  function triggerFromHeader(value) {
    var events;
    try { events = JSON.parse(value); } catch (e) { events = null; }
    if (events && typeof events === 'object') {
      Object.keys(events).forEach(function (name) { fire(doc.body, name, events[name]); });
    } else {
      value.split(',').forEach(function (name) { fire(doc.body, name.trim(), {}); });
    }
  }
  function handleResponse(el, resp, text, target, swap, url) {
    var trig = resp.headers.get('HX-Trigger');
    if (trig) triggerFromHeader(trig);
    var redirect = resp.headers.get('HX-Redirect');
    if (redirect) { location.href = redirect; return; }
    if (resp.status === 204) return;
    if (resp.status >= 400) {
      fire(el, 'htmx:responseError', { status: resp.status });
      fire(doc.body, 'showToast', { message: 'Something went wrong (' + resp.status + '). Try again.', level: 'error' });
      return;
    }
    if (swap === 'none' || !target) return;
    var tpl = doc.createElement('template');
    tpl.innerHTML = text;
    var title = tpl.content.querySelector('title');
    if (title) { doc.title = title.textContent; title.remove(); }
    var fresh = [];
    if (swap === 'outerHTML') {
      var nodes = Array.prototype.slice.call(tpl.content.childNodes);
      target.replaceWith.apply(target, nodes);
      fresh = nodes.filter(function (n) { return n.nodeType === 1; });
    } else {
      target.innerHTML = '';
      target.appendChild(tpl.content);
      fresh = [target];
    }
    fresh.forEach(function (n) { init(n); fire(n, 'htmx:afterSwap', { target: n }); });
    var push = el.getAttribute('hx-push-url') || resp.headers.get('HX-Push-Url');
    if (push && push !== 'false') history.pushState({ htmx: true }, '', push === 'true' ? url : push);
    fresh.forEach(function (n) { autofocus(n); });
  }
  window.addEventListener('popstate', function () { location.reload(); });

  /* ------------------------------------------------------------- Alpine-like */
  var bindings = [];
  function compile(expr, statement) {
    return new Function('scope', '$el', '$event', 'with (scope) { ' + (statement ? expr : 'return (' + expr + ');') + ' }');
  }
  function applyBinding(b) {
    var value;
    try { value = b.fn(b.scope, b.el, null); } catch (e) { return; }
    if (b.kind === 'show') b.el.style.display = value ? '' : 'none';
    else if (b.kind === 'text') b.el.textContent = value;
    else if (b.name.indexOf('aria-') === 0) b.el.setAttribute(b.name, String(value));
    else if (b.name === 'type' || b.name === 'value') b.el[b.name] = value;
    else if (value === false || value === null || value === undefined) b.el.removeAttribute(b.name);
    else b.el.setAttribute(b.name, value === true ? '' : String(value));
  }
  function update() {
    bindings = bindings.filter(function (b) { return b.el.isConnected; });
    bindings.forEach(applyBinding);
  }
  function attachHandler(el, scope, name, expr) {
    var parts = name.replace(/^x-on:/, '').replace(/^@/, '').split('.');
    var eventName = parts[0];
    var mods = parts.slice(1);
    var fn = compile(expr, true);
    var has = function (m) { return mods.indexOf(m) >= 0; };
    var on = has('outside') ? doc : has('window') ? window : el;
    on.addEventListener(eventName, function (e) {
      if (!el.isConnected) return;
      if (has('outside') && el.contains(e.target)) return;
      if (has('escape') && e.key !== 'Escape') return;
      if (has('enter') && e.key !== 'Enter') return;
      if (has('prevent')) e.preventDefault();
      if (has('stop')) e.stopPropagation();
      fn(scope, el, e);
      update();
    });
  }
  function initAlpine(root) {
    var all = [];
    if (root.nodeType === 1) all.push(root);
    if (root.querySelectorAll) root.querySelectorAll('*').forEach(function (e) { all.push(e); });
    all.forEach(function (el) {
      if (!el.hasAttribute('x-data') || el.__x) return;
      var parent = el.parentElement ? el.parentElement.closest('[x-data]') : null;
      var base = parent && parent.__x ? parent.__x : {};
      var data = compile(el.getAttribute('x-data') || '{}', false)(base, el, null) || {};
      var scope = Object.create(base);
      Object.keys(data).forEach(function (k) { scope[k] = data[k]; });
      el.__x = scope;
    });
    var inits = [];
    all.forEach(function (el) {
      if (el.__xBound) return;
      var comp = el.closest('[x-data]');
      if (!comp || !comp.__x) return;
      el.__xBound = true;
      var scope = comp.__x;
      Array.prototype.slice.call(el.attributes).forEach(function (a) {
        var n = a.name;
        if (n === 'x-show') bindings.push({ el: el, scope: scope, kind: 'show', fn: compile(a.value, false) });
        else if (n === 'x-text') bindings.push({ el: el, scope: scope, kind: 'text', fn: compile(a.value, false) });
        else if (n.charAt(0) === ':' || n.indexOf('x-bind:') === 0) {
          bindings.push({ el: el, scope: scope, kind: 'attr', name: n.replace(/^x-bind:/, '').replace(/^:/, ''), fn: compile(a.value, false) });
        } else if (n.charAt(0) === '@' || n.indexOf('x-on:') === 0) attachHandler(el, scope, n, a.value);
        else if (n === 'x-init') inits.push({ el: el, scope: scope, fn: compile(a.value, true) });
      });
      if (el.hasAttribute('x-cloak')) el.removeAttribute('x-cloak');
    });
    update();
    inits.forEach(function (i) { i.fn(i.scope, i.el, null); });
    if (inits.length) update();
  }

  /* ------------------------------------------------------------- GOV.UK radios (conditional reveal) */
  function initRadios(root) {
    var groups = [];
    if (root.nodeType === 1 && root.matches('[data-module="govuk-radios"]')) groups.push(root);
    if (root.querySelectorAll) root.querySelectorAll('[data-module="govuk-radios"]').forEach(function (g) { groups.push(g); });
    groups.forEach(function (group) {
      if (group.__radios) return;
      group.__radios = true;
      var inputs = group.querySelectorAll('input[type="radio"]');
      function sync() {
        inputs.forEach(function (input) {
          var id = input.getAttribute('data-aria-controls');
          var panel = id ? doc.getElementById(id) : null;
          if (!panel) return;
          input.setAttribute('aria-controls', id);
          input.setAttribute('aria-expanded', input.checked ? 'true' : 'false');
          panel.classList.toggle('govuk-radios__conditional--hidden', !input.checked);
        });
      }
      group.addEventListener('change', sync);
      sync();
    });
  }

  /* ------------------------------------------------------------- accessible autocomplete */
  function initAutocomplete(root) {
    var wraps = [];
    if (root.nodeType === 1 && root.matches('[data-module="app-autocomplete"]')) wraps.push(root);
    if (root.querySelectorAll) root.querySelectorAll('[data-module="app-autocomplete"]').forEach(function (w) { wraps.push(w); });
    wraps.forEach(function (wrap) {
      if (wrap.__ac) return;
      wrap.__ac = true;
      var input = wrap.querySelector('[role="combobox"]');
      var list = wrap.querySelector('[role="listbox"]');
      var hidden = wrap.querySelector('input[type="hidden"]');
      var status = wrap.querySelector('.autocomplete__status');
      var active = -1;
      function options() { return Array.prototype.slice.call(list.querySelectorAll('[role="option"]:not([aria-disabled="true"])')); }
      function setOpen(open) {
        input.setAttribute('aria-expanded', open ? 'true' : 'false');
        list.classList.toggle('autocomplete__menu--hidden', !open);
        list.classList.toggle('autocomplete__menu--visible', open);
        if (!open) { active = -1; input.removeAttribute('aria-activedescendant'); }
      }
      function highlight(i) {
        var opts = options();
        opts.forEach(function (o, j) {
          o.classList.toggle('autocomplete__option--focused', j === i);
          o.setAttribute('aria-selected', j === i ? 'true' : 'false');
        });
        active = i;
        if (opts[i]) { input.setAttribute('aria-activedescendant', opts[i].id); opts[i].scrollIntoView({ block: 'nearest' }); }
      }
      function choose(opt) {
        input.value = opt.textContent.trim();
        hidden.value = opt.getAttribute('data-value') || '';
        lastValues.set(input, input.value);
        setOpen(false);
        list.innerHTML = '';
        if (status) status.textContent = input.value + ' selected';
        input.focus();
      }
      list.addEventListener('htmx:afterSwap', function () {
        var count = options().length;
        active = -1;
        setOpen(list.children.length > 0 && doc.activeElement === input);
        if (status) status.textContent = count ? count + (count === 1 ? ' result is' : ' results are') + ' available.' : 'No search results.';
      });
      input.addEventListener('input', function () { hidden.value = ''; });
      input.addEventListener('keydown', function (e) {
        var open = input.getAttribute('aria-expanded') === 'true';
        var opts = options();
        if (e.key === 'ArrowDown') {
          e.preventDefault();
          if (open && opts.length) highlight(Math.min(active + 1, opts.length - 1));
        } else if (e.key === 'ArrowUp') {
          e.preventDefault();
          if (open && opts.length) highlight(Math.max(active - 1, 0));
        } else if (e.key === 'Enter') {
          if (open) {
            e.preventDefault();
            if (active >= 0 && opts[active]) choose(opts[active]);
            else if (opts.length === 1) choose(opts[0]);
          }
        } else if (e.key === 'Escape') {
          if (open) { e.preventDefault(); setOpen(false); }
        }
      });
      list.addEventListener('mousedown', function (e) { e.preventDefault(); });
      list.addEventListener('click', function (e) {
        var opt = e.target.closest('[role="option"]');
        if (opt && opt.getAttribute('aria-disabled') !== 'true') choose(opt);
      });
      input.addEventListener('blur', function () {
        setTimeout(function () {
          if (doc.activeElement === input) return;
          if (!hidden.value) {
            var typed = input.value.trim().toLowerCase();
            options().forEach(function (o) {
              if (o.textContent.trim().toLowerCase() === typed) hidden.value = o.getAttribute('data-value') || '';
            });
          }
          setOpen(false);
        }, 150);
      });
    });
  }

  /* ------------------------------------------------------------- error summary, focus, toasts */
  function autofocus(root) {
    var el = root.matches && root.matches('[data-autofocus]') ? root : root.querySelector && root.querySelector('[data-autofocus]');
    if (el) el.focus();
  }
  doc.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('.govuk-error-summary__list a');
    if (!link) return;
    var input = doc.getElementById(link.getAttribute('href').slice(1));
    if (!input) return;
    e.preventDefault();
    var group = input.closest('.govuk-form-group, fieldset');
    var legend = group ? group.querySelector('legend, label') : null;
    (legend || input).scrollIntoView();
    input.focus({ preventScroll: true });
  });
  function init(root) {
    initAlpine(root);
    initRadios(root);
    initAutocomplete(root);
    processHx(root);
  }
  function start() {
    doc.body.classList.add('js-enabled');
    doc.body.addEventListener('showToast', function (e) {
      var detail = e.detail || {};
      var region = doc.getElementById('toast-region');
      if (!region || !detail.message) return;
      var toast = doc.createElement('div');
      toast.className = 'app-toast app-toast--' + (detail.level || 'info');
      toast.setAttribute('role', 'status');
      toast.textContent = detail.message;
      region.appendChild(toast);
      setTimeout(function () { toast.remove(); }, 6000);
    });
    init(doc.body);
    autofocus(doc.body);
  }
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start);
  else start();
})();
`;

export const R10_HTMX_LOGIN = LOGIN;
