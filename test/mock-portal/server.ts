/**
 * The recorded mock of the E-Invoice System portal over real HTTP (`node:http`, no framework).
 * A route table turns each request into calls on the state machine (`state.ts`) and its
 * answers into the recorded pages (`pages.ts`); `/__mock/*` is the test-only control endpoint.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { captchaSvg } from './captcha.js';
import { ControlError, parseConfig, parseFaults } from './control.js';
import { Pages, type RegisterForm } from './pages.js';
import {
  ALERTS,
  maskMobile,
  type OtpPurpose,
  type Phone,
  PortalState,
  type Session,
  type SessionWithAccount,
  type StageFault,
} from './state.js';
import type { Faults, MockConfig, MockState, Stage } from './types.js';

export type { Account, ApiUser, Faults, MockConfig, MockEvent, MockState, Stage } from './types.js';

export interface MockOptions extends MockConfig {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** 127.0.0.1 by default: the login page's crypto.subtle needs a secure context, which localhost is. */
  host?: string;
  /** Without it, the mock prints each OTP it "sends", as the phone would show it. */
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
}

interface Route {
  /** The step of the journey the request belongs to, as events name it. */
  stage: Stage;
  /** The stage's page request itself: its one-off faults fire here. */
  stageRequest?: boolean;
  /** Pages are delayed by `slowMs`; the captcha image is not. */
  kind: 'page' | 'image';
  /** Counted in `submits` as it arrives, whatever becomes of it. */
  countsAsSubmit?: boolean;
  handle(exchange: Exchange): void;
}

export async function startMockPortal(options: MockOptions = {}): Promise<MockPortal> {
  const state = new PortalState(options, options.quiet ? undefined : printSms);
  const pages = new Pages();
  const routes = portalRoutes(state, pages);

  const dispatch = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { pathname } = new URL(req.url ?? '/', 'http://mock.invalid');
    if (pathname.startsWith('/__mock/')) return control(state, req, res, pathname);
    if (req.method === 'GET' && pathname === '/static/portal.css') {
      return send(res, 200, 'text/css; charset=utf-8', pages.stylesheet());
    }
    const route = routes.get(`${req.method} ${pathname}`);
    if (!route) return sendHtml(res, pages.notFound(), 404);

    const session = sessionOf(state, req, res);
    if (route.countsAsSubmit) state.countSubmit();
    const form = new URLSearchParams(req.method === 'POST' ? await readBody(req) : '');
    const { slowMs } = state.currentFaults();
    if (route.kind === 'page' && slowMs > 0) await sleep(slowMs);
    const fault = route.stageRequest ? state.takeStageFault(route.stage, session) : undefined;
    if (fault) return answerFault(pages, res, fault);
    if (req.method === 'POST' && form.get('__RequestVerificationToken') !== session.token) {
      // A missing or stale anti-forgery token (a form from an older session): back to the start.
      state.sessionExpired(route.stage);
      return redirect(res, '/');
    }
    route.handle({ res, session, form });
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

/** The mock's terminal plays the phone of the person trying it by hand. */
const printSms: Phone = (sms) => {
  const purpose = sms.purpose === 'login' ? 'login' : 'API registration';
  process.stdout.write(`SMS to ${sms.to}: OTP for ${purpose} is ${sms.otp}\n`);
};

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

// The portal's routes

function portalRoutes(state: PortalState, pages: Pages): Map<string, Route> {
  /** A request that needs a session further along than it has: as if it had timed out. */
  const expired = (x: Exchange, stage: Stage): undefined => {
    state.sessionExpired(stage);
    redirect(x.res, '/');
    return undefined;
  };
  const loggedIn = (x: Exchange, stage: Stage): SessionWithAccount | undefined =>
    state.isLoggedIn(x.session) ? x.session : expired(x, stage);
  const awaitingLoginOtp = (x: Exchange): SessionWithAccount | undefined =>
    state.isAwaitingLoginOtp(x.session) ? x.session : expired(x, 'login-otp');

  const home = (x: Exchange, alert?: string) =>
    sendHtml(x.res, pages.home({ token: x.session.token, salt: state.issueSalt(x.session), alert }));
  const twoFactor = (x: Exchange, session: SessionWithAccount, alert?: string) =>
    sendHtml(
      x.res,
      pages.twoFactor({ token: session.token, maskedMobile: maskMobile(session.account.mobile), alert }),
    );
  const apiOtp = (x: Exchange, session: SessionWithAccount, alert?: string) =>
    sendHtml(x.res, pages.apiOtp({ token: session.token, gstin: session.account.gstin, alert }));
  const register = (x: Exchange, session: SessionWithAccount, alert?: string, kept?: RegisterForm) => {
    const { gstin } = session.account;
    const page = pages.register({
      token: session.token,
      gstin,
      gsps: state.gspList(),
      registered: state.registeredFor(gstin),
      kept,
      alert,
    });
    sendHtml(x.res, page);
  };
  const otpAnswered = (
    x: Exchange,
    session: SessionWithAccount,
    purpose: OtpPurpose,
    next: string,
    again: (alert: string) => void,
  ) => {
    const verdict = state.verifyOtp(session, purpose, x.form.get('Otp') ?? '');
    if (verdict.ok) redirect(x.res, next);
    else again(verdict.alert);
  };

  const table: Record<string, Route> = {
    'GET /': { stage: 'home', stageRequest: true, kind: 'page', handle: (x) => home(x) },

    'GET /get-captcha-image': {
      stage: 'home',
      kind: 'image',
      handle: (x) => send(x.res, 200, 'image/svg+xml', captchaSvg(state.issueCaptcha(x.session))),
    },

    'POST /Home/Login': {
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
        else home(x, verdict.alert);
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
          otpAnswered(x, session, 'login', '/Home/MainMenu', (alert) => twoFactor(x, session, alert));
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
        twoFactor(x, session, ALERTS.otpResent);
      },
    },

    'GET /Home/MainMenu': {
      stage: 'main-menu',
      stageRequest: true,
      kind: 'page',
      handle: (x) => {
        const session = loggedIn(x, 'main-menu');
        if (!session) return;
        const { menuLabel, popup } = state.currentFaults();
        const { gstin, tradeName } = session.account;
        sendHtml(x.res, pages.mainMenu({ gstin, tradeName, menuLabel, popup }));
      },
    },

    'GET /Home/NotAvailable': {
      stage: 'main-menu',
      kind: 'page',
      handle: (x) => {
        if (!loggedIn(x, 'main-menu')) return;
        sendHtml(x.res, pages.message('Not Available', 'This option is not available in the recorded mock.'));
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
        // Opening the page is what sends the OTP, every time.
        state.sendOtp(session, 'api');
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
          otpAnswered(x, session, 'api', '/ApiRegistration/Register', (alert) => apiOtp(x, session, alert));
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
        apiOtp(x, session, ALERTS.otpResent);
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
        const kept = { gspId: x.form.get('GspId') ?? '', suffix: x.form.get('UserName') ?? '' };
        const outcome = state.submitApiUser(session, {
          ...kept,
          password: x.form.get('Password') ?? '',
          confirmPassword: x.form.get('ConfirmPassword') ?? '',
        });
        if (outcome.kind === 'refused') return register(x, session, outcome.alert, kept);
        // The user exists now, whatever the answer: the lost answer is the point of these faults.
        if (outcome.lost === 'drop') return void x.res.socket?.destroy();
        if (outcome.lost === '5xx') return sendHtml(x.res, pages.serverError(), 500);
        register(x, session, ALERTS.created);
      },
    },
  };
  return new Map(Object.entries(table));
}

function answerFault(pages: Pages, res: ServerResponse, fault: StageFault): void {
  if (fault === 'expire-session') redirect(res, '/');
  else if (fault === 'server-error') sendHtml(res, pages.serverError(), 500);
  else sendHtml(res, pages.maintenance());
}

// The control endpoint

async function control(state: PortalState, req: IncomingMessage, res: ServerResponse, path: string) {
  const endpoint = `${req.method} ${path}`;
  try {
    if (endpoint === 'GET /__mock/state') return sendJson(res, 200, state.snapshot());
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
  res.setHeader('Set-Cookie', `${SESSION_COOKIE}=${session.id}; path=/; HttpOnly; SameSite=Lax`);
  return session;
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
