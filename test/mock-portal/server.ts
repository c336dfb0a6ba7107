/**
 * The recorded mock of the E-Invoice System portal over real HTTP (`node:http`, no framework).
 * A route table turns each request into calls on the state machine (`state.ts`) and its
 * answers into the pages of the chosen markup dialect (`pages.ts`, `legacy-table-pages.ts`,
 * `bootstrap-pages.ts`), scrambled on the way out when `scrambleIds` is on (`scramble.ts`);
 * `/__mock/*` is the test-only control endpoint.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { captchaSvg } from './captcha.js';
import { ControlError, parseConfig, parseFaults, parseJump } from './control.js';
import { GSP_SEARCH_ROUTE, TYPEAHEAD_ITEMS } from './gsp-picker-forms.js';
import { ADVISORY_PATH, advisoryPage, ENTER_PATH, landingPage } from './interstitial-pages.js';
import { LOGIN_PATH } from './login-entry-forms.js';
import { type DialectPages, escapeHtml, formatDate, type PageMessage, type RegisterForm } from './pages.js';
import { IdScrambler } from './scramble.js';
import { EXPIRED_DIALOG_PATH, EXPIRED_LOGIN_QUERY } from './session-expiry-forms.js';
import {
  ALERTS,
  type JumpStage,
  maskMobile,
  type Notices,
  type OtpPurpose,
  PortalState,
  type Session,
  type SessionWithAccount,
  type StageFault,
} from './state.js';
import { SUBMIT_EVENT_TARGET } from './submit-forms.js';
import type { ApiUser, Faults, MockConfig, MockState, Stage } from './types.js';
import { PARTS, pagesOf, sessionExpiryOf } from './variants.js';

export type { Account, ApiUser, Dialect, Faults, MockConfig, MockEvent, MockState, Stage } from './types.js';
export { DIALECTS } from './types.js';
export type { Forms, Variant } from './variants.js';

export interface MockOptions extends MockConfig {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** 127.0.0.1 by default: the login page's crypto.subtle needs a secure context, which localhost is. */
  host?: string;
  /** Without it, the mock prints each OTP it "sends", as the phone would show it, and each captcha. */
  quiet?: boolean;
}

export interface MockPortal {
  /** e.g. http://127.0.0.1:4455, without a trailing slash. */
  url: string;
  port: number;
  state(): MockState;
  reset(config?: MockConfig): void;
  setFaults(faults: Partial<Faults>): void;
  /** Stops listening and cuts open keep-alive connections, so no test waits on a browser's socket. */
  close(): Promise<void>;
}

const SESSION_COOKIE = 'ASP.NET_SessionId';
const MAX_BODY_BYTES = 1 << 20;

/** One request being answered. */
interface Exchange {
  res: ServerResponse;
  session: Session;
  form: URLSearchParams;
  /** The request's query string. */
  query: URLSearchParams;
  /** The markup of the pages answered, and the names its forms post. */
  pages: DialectPages;
  /** A script's request (fetch): answered in JSON, and a lost session as 401, not a redirect. */
  ajax: boolean;
  /** Sends a page of the portal (scrambled when `scrambleIds` is on). */
  page(html: string, status?: number): void;
}

interface Route {
  /** The step of the journey the request belongs to, as events name it. */
  stage: Stage;
  /** The stage's page request itself: its one-off faults fire here. */
  stageRequest?: boolean;
  /** Pages and AJAX answers are delayed by `slowMs`; the captcha image is not. */
  kind: 'page' | 'ajax' | 'image';
  /** Counted in `submits` as it arrives, whatever becomes of it. */
  countsAsSubmit?: boolean;
  handle(exchange: Exchange): void;
}

export async function startMockPortal(options: MockOptions = {}): Promise<MockPortal> {
  const state = new PortalState(options, options.quiet ? undefined : printNotices);
  const scrambler = new IdScrambler();
  const routes = portalRoutes(state);

  const dispatch = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://mock.invalid');
    if (pathname.startsWith('/__mock/')) return control(state, req, res, pathname, searchParams);
    const markup = state.currentMarkup();
    const pages = pagesOf(markup.forms);
    if (req.method === 'GET' && pathname.endsWith('.css')) {
      const css = pages.stylesheet(pathname);
      if (css !== undefined) return send(res, 200, 'text/css; charset=utf-8', css);
    }
    const route = routes.get(`${req.method} ${pathname}`);
    if (!route) return sendHtml(res, pages.notFound(), 404);

    const session = sessionOf(state, req, res);
    let form = new URLSearchParams(req.method === 'POST' ? await readBody(req) : '');
    if (markup.scrambleIds) form = scrambler.unscramble(session, form);
    // A postback (a list's AutoPostBack) redraws the form; it submits nothing.
    if (route.countsAsSubmit && !isPostBack(form)) state.countSubmit();
    const x: Exchange = {
      res,
      session,
      form,
      query: searchParams,
      pages,
      ajax: route.kind === 'ajax',
      page: (html, status = 200) => {
        // An UpdatePanel's partial postback keeps the ids of the page whose panel it redraws.
        const samePage = form.get('__ASYNCPOST') === 'true';
        const body = markup.scrambleIds
          ? scrambler.scramble(html, session, (href) => pages.stylesheet(href), { samePage })
          : html;
        sendHtml(res, body, status);
      },
    };
    const { slowMs } = state.currentFaults();
    if (route.kind !== 'image' && slowMs > 0) await sleep(slowMs);
    const fault = route.stageRequest ? state.takeStageFault(route.stage, session) : undefined;
    if (fault) return answerFault(x, fault, state);
    if (req.method === 'POST' && form.get('__RequestVerificationToken') !== session.token) {
      // A missing or stale anti-forgery token (a form from an older session): back to the start.
      state.sessionExpired(route.stage);
      return sessionLost(x, state);
    }
    route.handle(x);
  };

  const server = createServer((req, res) => {
    dispatch(req, res).catch((error: unknown) => {
      process.stderr.write(`mock portal: ${req.method} ${req.url}: ${String(error)}\n`);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'mock portal error');
      else res.destroy();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${urlHost(host)}:${port}`,
    port,
    state: () => state.snapshot(),
    reset: (config) => state.reset(config),
    setFaults: (faults) => state.setFaults(faults),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The mock's terminal plays the phone (and the eyes) of the person trying it by hand. */
const printNotices: Notices = {
  sms: (sms) => {
    const purpose = sms.purpose === 'login' ? 'login' : 'API registration';
    process.stdout.write(`SMS to ${sms.to}: OTP for ${purpose} is ${sms.otp}\n`);
  },
  captcha: (text) => {
    process.stdout.write(`Captcha shown on the login page: ${text}\n`);
  },
};

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Where a page is sent next: a 302 for a page request; for a script's request, a 401 with
 * `{"redirect": ...}` (to `/`) or the same JSON as 200 (anywhere else), which the page follows.
 */
function sendAway(x: Exchange, location: string): void {
  if (x.ajax) sendJson(x.res, location === '/' ? 401 : 200, { redirect: location });
  else redirect(x.res, location);
}

/**
 * A lost session goes back to `/`, as the session-expiry form in effect answers it
 * (`sessionExpiryOf`): a redirect, or a page that says so first (as a portal's "session
 * expired" page does); a script's request gets the 401, with the message in its JSON for a
 * form that says so, which the page alerts before it goes.
 */
function sessionLost(x: Exchange, state: PortalState): void {
  const expiry = sessionExpiryOf(state.currentMarkup().forms, state.currentFaults());
  const text = ALERTS.sessionExpired;
  if (x.ajax) {
    sendJson(x.res, 401, expiry.ajax(text));
    return;
  }
  const answer = expiry.page(text);
  if ('html' in answer) x.page(answer.html, answer.status);
  else redirect(x.res, answer.redirect);
}

/**
 * A post that a list's AutoPostBack made (`__doPostBack` names the list), not the form's button
 * (nor the Submit LinkButton of the submit form `full-page-post`, which names itself).
 */
function isPostBack(form: URLSearchParams): boolean {
  const target = form.get('__EVENTTARGET') ?? '';
  return target !== '' && target !== SUBMIT_EVENT_TARGET;
}

/** The GSPs registered for a GSTIN, as the AJAX answers list them. */
function registeredJson(users: readonly ApiUser[]) {
  return users.map((user, index) => ({
    slNo: index + 1,
    gspName: user.gsp,
    userName: user.username,
    createdOn: formatDate(user.createdAt),
  }));
}

const error = (text: string): PageMessage => ({ text, kind: 'error' });
const notice = (text: string): PageMessage => ({ text, kind: 'notice' });

// The portal's routes

function portalRoutes(state: PortalState): Map<string, Route> {
  /** A request that needs a session further along than it has: as if it had timed out. */
  const expired = (x: Exchange, stage: Stage): undefined => {
    state.sessionExpired(stage);
    sessionLost(x, state);
    return undefined;
  };
  const loggedIn = (x: Exchange, stage: Stage): SessionWithAccount | undefined =>
    state.isLoggedIn(x.session) ? x.session : expired(x, stage);
  const awaitingLoginOtp = (x: Exchange): SessionWithAccount | undefined =>
    state.isAwaitingLoginOtp(x.session) ? x.session : expired(x, 'login-otp');

  const home = (x: Exchange, alert?: string) => {
    const html = x.pages.home({ token: x.session.token, salt: state.issueSalt(x.session), alert });
    // The session-expiry form `login-page-message` sends a lost session here, to be told why.
    const told = x.query.has(EXPIRED_LOGIN_QUERY);
    const notice = `<p style="color:#c62828;font-weight:600;text-align:center">${escapeHtml(ALERTS.sessionExpired)}</p>`;
    x.page(told ? html.replace(/<body[^>]*>/, (body) => `${body}${notice}`) : html);
  };
  /** The login form: on the home page, or on a page of its own, as the login entry's form has it. */
  const loginForm = (x: Exchange, alert?: string) => {
    if (!x.pages.loginEntry.ownPage) return home(x, alert);
    x.page(x.pages.login({ token: x.session.token, salt: state.issueSalt(x.session), alert }));
  };
  const twoFactor = (x: Exchange, session: SessionWithAccount, message?: PageMessage) =>
    x.page(
      x.pages.twoFactor({ token: session.token, maskedMobile: maskMobile(session.account.mobile), message }),
    );
  const apiOtp = (x: Exchange, session: SessionWithAccount, message?: PageMessage) =>
    x.page(
      x.pages.apiOtp({
        token: session.token,
        gstin: session.account.gstin,
        message,
        throughGspLabel: state.currentFaults().throughGspLabel,
        otpSent: session.otp.api !== undefined,
      }),
    );
  const register = (x: Exchange, session: SessionWithAccount, message?: PageMessage, kept?: RegisterForm) => {
    const { gstin } = session.account;
    const page = x.pages.register({
      token: session.token,
      gstin,
      gsps: state.gspList(),
      registered: state.registeredFor(gstin),
      throughGspLabel: state.currentFaults().throughGspLabel,
      kept,
      message,
    });
    x.page(page);
  };
  const otpAnswered = (
    x: Exchange,
    session: SessionWithAccount,
    purpose: OtpPurpose,
    next: string,
    again: (message: PageMessage) => void,
  ) => {
    const field = purpose === 'login' ? x.pages.fields.loginOtp : x.pages.fields.apiOtp;
    const verdict = state.verifyOtp(session, purpose, x.form.get(field) ?? '');
    if (verdict.ok) redirect(x.res, next);
    else again(error(verdict.alert));
  };
  /** The register form's fields, by the names of the dialect's form. */
  const submitted = (x: Exchange) => {
    const { fields } = x.pages;
    const kept: RegisterForm = {
      gspId: x.form.get(fields.gspId) ?? '',
      suffix: x.form.get(fields.suffix) ?? '',
    };
    const form = {
      ...kept,
      password: x.form.get(fields.password) ?? '',
      confirmPassword: x.form.get(fields.confirmPassword) ?? '',
    };
    return { kept, form };
  };

  const table: Record<string, Route> = {
    'GET /': {
      stage: 'home',
      stageRequest: true,
      kind: 'page',
      handle: (x) => {
        const welcome = state.currentFaults().interstitial === 'landing' && !x.session.passedInterstitial;
        if (welcome) x.page(landingPage());
        else home(x);
      },
    },

    [`GET ${ENTER_PATH}`]: {
      stage: 'home',
      kind: 'page',
      handle: (x) => {
        x.session.passedInterstitial = true;
        redirect(x.res, '/');
      },
    },

    'GET /get-captcha-image': {
      stage: 'home',
      kind: 'image',
      handle: (x) => send(x.res, 200, 'image/svg+xml', captchaSvg(state.issueCaptcha(x.session))),
    },

    // The session-expiry form `dialog-then-home` sends a script's lost session to its dialog.
    [`GET ${EXPIRED_DIALOG_PATH}`]: {
      stage: 'home',
      kind: 'page',
      handle: (x) => {
        const answer = PARTS.sessionExpiry['dialog-then-home'].render.page(ALERTS.sessionExpired);
        if ('html' in answer) x.page(answer.html);
      },
    },

    [`GET ${LOGIN_PATH}`]: {
      stage: 'home',
      kind: 'page',
      handle: (x) => (x.pages.loginEntry.ownPage ? loginForm(x) : redirect(x.res, '/')),
    },

    [`POST ${LOGIN_PATH}`]: {
      stage: 'login',
      stageRequest: true,
      kind: 'page',
      handle: (x) => {
        const verdict = state.login(x.session, {
          username: x.form.get('UserLogin.UserName') ?? '',
          passwordHash: x.form.get('UserLogin.Password') ?? '',
          captcha: x.form.get('CaptchaCode') ?? '',
        });
        if (verdict.ok) redirect(x.res, '/Home/TwoFactor');
        else loginForm(x, verdict.alert);
      },
    },

    'GET /Home/TwoFactor': {
      stage: 'login-otp',
      kind: 'page',
      handle: (x) => {
        // Back to the OTP page once logged in (the browser's Back button): on to the menu.
        if (state.isLoggedIn(x.session)) return redirect(x.res, '/Home/MainMenu');
        const session = awaitingLoginOtp(x);
        if (session) twoFactor(x, session);
      },
    },

    'POST /Home/VerifyLoginOtp': {
      stage: 'login-otp',
      stageRequest: true,
      kind: 'page',
      handle: (x) => {
        const session = awaitingLoginOtp(x);
        if (session) {
          otpAnswered(x, session, 'login', '/Home/MainMenu', (message) => twoFactor(x, session, message));
        }
      },
    },

    'POST /Home/ResendLoginOtp': {
      stage: 'login-otp',
      kind: 'page',
      handle: (x) => {
        const session = awaitingLoginOtp(x);
        if (!session) return;
        state.sendOtp(session, 'login');
        twoFactor(x, session, notice(ALERTS.otpResent));
      },
    },

    'GET /Home/MainMenu': {
      stage: 'main-menu',
      stageRequest: true,
      kind: 'page',
      handle: (x) => {
        const session = loggedIn(x, 'main-menu');
        if (!session) return;
        // The advisory stands before the menu until it is acknowledged, whatever leads here.
        if (state.currentFaults().interstitial === 'advisory' && !session.passedInterstitial)
          return redirect(x.res, ADVISORY_PATH);
        const { menuLabel, popup, popupWithoutClose } = state.currentFaults();
        const { gstin, tradeName } = session.account;
        x.page(x.pages.mainMenu({ gstin, tradeName, menuLabel, popup, popupWithoutClose }));
      },
    },

    [`GET ${ADVISORY_PATH}`]: {
      stage: 'main-menu',
      kind: 'page',
      handle: (x) => {
        if (loggedIn(x, 'main-menu')) x.page(advisoryPage(x.session.token));
      },
    },

    [`POST ${ADVISORY_PATH}`]: {
      stage: 'main-menu',
      kind: 'page',
      handle: (x) => {
        const session = loggedIn(x, 'main-menu');
        if (!session) return;
        session.passedInterstitial = true;
        redirect(x.res, '/Home/MainMenu');
      },
    },

    'GET /Home/NotAvailable': {
      stage: 'main-menu',
      kind: 'page',
      handle: (x) => {
        if (!loggedIn(x, 'main-menu')) return;
        x.page(x.pages.message('Not Available', 'This option is not available in the recorded mock.'));
      },
    },

    'GET /Home/Logout': {
      stage: 'main-menu',
      kind: 'page',
      handle: (x) => {
        state.endSession(x.session);
        redirect(x.res, '/');
      },
    },

    'GET /ApiRegistration/CreateApiUser': {
      stage: 'api-otp',
      stageRequest: true,
      kind: 'page',
      handle: (x) => {
        const session = loggedIn(x, 'api-otp');
        if (!session) return;
        // Opening the page is what sends the OTP, every time, unless the page has "Send OTP".
        if (PARTS.otp[state.currentMarkup().forms.otp].render.sendFirst) session.otp.api = undefined;
        else state.sendOtp(session, 'api');
        apiOtp(x, session);
      },
    },

    'POST /ApiRegistration/VerifyOtp': {
      stage: 'api-otp-verify',
      stageRequest: true,
      kind: 'page',
      handle: (x) => {
        const session = loggedIn(x, 'api-otp-verify');
        if (session) {
          otpAnswered(x, session, 'api', '/ApiRegistration/Register', (message) =>
            apiOtp(x, session, message),
          );
        }
      },
    },

    'POST /ApiRegistration/ResendOtp': {
      stage: 'api-otp',
      kind: 'page',
      handle: (x) => {
        const session = loggedIn(x, 'api-otp');
        if (!session) return;
        state.sendOtp(session, 'api');
        apiOtp(x, session, notice(ALERTS.otpResent));
      },
    },

    'GET /ApiRegistration/Register': {
      stage: 'register',
      stageRequest: true,
      kind: 'page',
      handle: (x) => {
        const session = loggedIn(x, 'register');
        if (!session) return;
        if (!session.apiVerified) return redirect(x.res, '/Home/MainMenu');
        register(x, session);
      },
    },

    'POST /ApiRegistration/Register': {
      stage: 'submit',
      stageRequest: true,
      kind: 'page',
      countsAsSubmit: true,
      handle: (x) => {
        const session = loggedIn(x, 'submit');
        if (!session) return;
        if (!session.apiVerified) return void expired(x, 'submit');
        const { kept, form } = submitted(x);
        // Every answer to a post draws the form again as it was sent: WebForms' ViewState keeps
        // what was chosen and typed (the mode, the GSP, the username, never a password; see
        // gsp-picker-forms.ts), as an MVC action returning View(model) does. Drawn at "--Select--"
        // with the GSP section hidden, a creation's message beside Submit was hidden with it
        // (fuzz seed 1005: legacy-table, `registrationType` `select`, `submit` `update-panel`).
        if (isPostBack(x.form)) return register(x, session, undefined, kept);
        const outcome = state.submitApiUser(session, form);
        const { submitMessage } = state.currentFaults();
        if (outcome.kind === 'refused')
          return register(x, session, error(submitMessage ?? outcome.alert), kept);
        // The user exists now, whatever the answer: the lost answer is the point of these faults.
        if (outcome.lost === 'drop') return void x.res.socket?.destroy();
        if (outcome.lost === '5xx') return sendHtml(x.res, x.pages.serverError(), 500);
        register(x, session, notice(submitMessage ?? ALERTS.created), kept);
      },
    },

    // The same steps as AJAX endpoints (the bootstrap dialect's "Create API User" page). Their
    // answers are JSON {success, message, ...}; a refusal is a 200 with success false.

    'POST /ApiRegistration/ValidateApiOtp': {
      stage: 'api-otp-verify',
      stageRequest: true,
      kind: 'ajax',
      handle: (x) => {
        const session = loggedIn(x, 'api-otp-verify');
        if (!session) return;
        const verdict = state.verifyOtp(session, 'api', x.form.get(x.pages.fields.apiOtp) ?? '');
        sendJson(x.res, 200, verdict.ok ? { success: true } : { success: false, message: verdict.alert });
      },
    },

    'POST /ApiRegistration/ResendApiOtp': {
      stage: 'api-otp',
      kind: 'ajax',
      handle: (x) => {
        const session = loggedIn(x, 'api-otp');
        if (!session) return;
        state.sendOtp(session, 'api');
        sendJson(x.res, 200, { success: true, message: ALERTS.otpResent });
      },
    },

    // "Send OTP" of the OTP form `send-first`, by script in every dialect, with the channel chosen.
    'POST /ApiRegistration/SendApiOtp': {
      stage: 'api-otp',
      kind: 'ajax',
      handle: (x) => {
        const session = loggedIn(x, 'api-otp');
        if (!session) return;
        state.sendOtp(session, 'api', x.form.get('Channel') ?? 'none');
        sendJson(x.res, 200, { success: true });
      },
    },

    // A typeahead's question: the GSPs whose name holds what was typed, a few at most.
    [`POST ${GSP_SEARCH_ROUTE}`]: {
      stage: 'register',
      kind: 'ajax',
      handle: (x) => {
        const session = loggedIn(x, 'register');
        if (!session) return;
        const query = (x.form.get('q') ?? '').trim().toLowerCase();
        const found = query ? state.gspList().filter((gsp) => gsp.name.toLowerCase().includes(query)) : [];
        sendJson(
          x.res,
          200,
          found.slice(0, TYPEAHEAD_ITEMS).map((gsp) => ({ value: gsp.id, text: gsp.name })),
        );
      },
    },

    'GET /ApiRegistration/GetApiUserDetails': {
      stage: 'register',
      stageRequest: true,
      kind: 'ajax',
      handle: (x) => {
        const session = loggedIn(x, 'register');
        if (!session) return;
        if (!session.apiVerified) return sendAway(x, '/Home/MainMenu');
        sendJson(x.res, 200, {
          gsps: state.gspList().map((gsp) => ({ value: gsp.id, text: gsp.name })),
          registered: registeredJson(state.registeredFor(session.account.gstin)),
        });
      },
    },

    'POST /ApiRegistration/SaveApiUser': {
      stage: 'submit',
      stageRequest: true,
      kind: 'ajax',
      countsAsSubmit: true,
      handle: (x) => {
        const session = loggedIn(x, 'submit');
        if (!session) return;
        if (!session.apiVerified) return void expired(x, 'submit');
        const outcome = state.submitApiUser(session, submitted(x).form);
        const { submitMessage } = state.currentFaults();
        if (outcome.kind === 'refused')
          return sendJson(x.res, 200, { success: false, message: submitMessage ?? outcome.alert });
        if (outcome.lost === 'drop') return void x.res.socket?.destroy();
        if (outcome.lost === '5xx') return sendHtml(x.res, x.pages.serverError(), 500);
        sendJson(x.res, 200, {
          success: true,
          message: submitMessage ?? ALERTS.created,
          registered: registeredJson(state.registeredFor(session.account.gstin)),
        });
      },
    },
  };
  return new Map(Object.entries(table));
}

/**
 * A page request meets the fault's page. A script's request meets what IIS would answer it:
 * 401 for the lost session (the page goes to `/`), the IIS error page with 500, and for
 * maintenance a 503 with the maintenance page (as `app_offline.htm` does), which the page
 * script reports as an error.
 */
function answerFault(x: Exchange, fault: StageFault, state: PortalState): void {
  if (fault === 'expire-session') sessionLost(x, state);
  else if (fault === 'server-error') sendHtml(x.res, x.pages.serverError(), 500);
  else if (x.ajax) sendHtml(x.res, x.pages.maintenance(), 503);
  else x.page(x.pages.maintenance());
}

// The control endpoint

/** The page a session started by `/__mock/jump` opens at each stage. */
const JUMP_PAGES: Record<JumpStage, string> = {
  'login-otp': '/Home/TwoFactor',
  'main-menu': '/Home/MainMenu',
  'api-otp': '/ApiRegistration/CreateApiUser',
  register: '/ApiRegistration/Register',
};

async function control(
  state: PortalState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
) {
  const endpoint = `${req.method} ${path}`;
  try {
    if (endpoint === 'GET /__mock/state') return sendJson(res, 200, state.snapshot());
    // A GET, so that a browser can be sent there: it comes back with the session's cookie and a
    // redirect to the stage's page, which the portal then draws as for any session.
    if (endpoint === 'GET /__mock/jump') {
      const { stage, username } = parseJump(query);
      const session = state.jumpTo(stage, username);
      if (!session)
        throw new ControlError(
          `jump: no account ${username === undefined ? 'at all' : JSON.stringify(username)}`,
        );
      res.setHeader('Set-Cookie', sessionCookie(session));
      return redirect(res, JUMP_PAGES[stage]);
    }
    if (endpoint === 'POST /__mock/reset') {
      state.reset(parseConfig(await readJson(req)));
      return sendJson(res, 200, state.snapshot());
    }
    if (endpoint === 'POST /__mock/faults') {
      state.setFaults(parseFaults(await readJson(req)));
      return sendJson(res, 200, state.snapshot());
    }
    sendJson(res, 404, { error: `no control endpoint ${endpoint}; try GET /__mock/state` });
  } catch (error) {
    if (!(error instanceof ControlError)) throw error;
    sendJson(res, 400, { error: error.message });
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req);
  if (body.trim() === '') return {};
  try {
    return JSON.parse(body);
  } catch {
    throw new ControlError('the body is not JSON');
  }
}

// HTTP plumbing

/** The session named by the cookie, or a new one (and its cookie) when there is none or it ended. */
function sessionOf(state: PortalState, req: IncomingMessage, res: ServerResponse): Session {
  const existing = state.findSession(cookie(req, SESSION_COOKIE));
  if (existing) return existing;
  const session = state.openSession();
  res.setHeader('Set-Cookie', sessionCookie(session));
  return session;
}

function sessionCookie(session: Session): string {
  return `${SESSION_COOKIE}=${session.id}; path=/; HttpOnly; SameSite=Lax`;
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendHtml(res: ServerResponse, body: string, status = 200): void {
  send(res, status, 'text/html; charset=utf-8', body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store' });
  res.end();
}
