/**
 * The recorded mock of the E-Invoice System portal: the pages kept as HTML files, served by a
 * small state machine over real HTTP. It keeps what happened (captchas, OTPs sent, submits,
 * users created) and exposes it, with fault switches, on a test-only JSON endpoint /__mock/*.
 * Errors are JavaScript alert()s, as on the real portal.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { captchaSvg, randomCaptcha, randomOtp } from './captcha.js';
import { DEMO_ACCOUNTS, GSP_NAMES } from './data.js';
import type { Account, ApiUser, Faults, MockConfig, MockEvent, MockState, Stage } from './types.js';

export type { MockConfig, MockState } from './types.js';

export interface MockPortal {
  url: string;
  port: number;
  state(): MockState;
  reset(config?: MockConfig): void;
  setFaults(faults: Partial<Faults>): void;
  close(): Promise<void>;
}

export interface MockOptions extends MockConfig {
  port?: number;
  host?: string;
  /** Without it, the mock prints each OTP it "sends", as the phone would show it. */
  quiet?: boolean;
}

const DEFAULT_FAULTS: Faults = {
  slowMs: 0,
  popup: 'always',
  menuLabel: 'User Credentials',
  refusePassword: false,
};

const ALERTS = {
  captcha: 'Invalid Captcha. Please enter the correct captcha.',
  credentials: 'Invalid Login Credentials. Please check the username and password.',
  blocked: 'Your account has been blocked. Please try again after 5 minutes.',
  otpWrong: 'Invalid OTP. Please enter the valid OTP.',
  otpExpired: 'OTP has expired. Please click on Resend OTP.',
  otpResent: 'OTP has been resent to your registered mobile number.',
  selectGsp: 'Please select GSP',
  alreadyRegistered: 'This GSTIN is already registered with the selected GSP.',
  usernameTaken: 'User Name already exists. Please try with another User Name.',
  usernameInvalid: 'Invalid User Name.',
  passwordPolicy:
    'Password does not meet the password policy. Password should be 8 to 15 characters with at least one upper case, one lower case, one number and one special character.',
  created: 'API User created successfully.',
} as const;

interface Otp {
  value: string;
  attempts: number;
  dead: boolean;
}

interface Session {
  id: string;
  token: string;
  captcha?: string;
  salt?: string;
  stage: 'anonymous' | 'password-ok' | 'logged-in';
  account?: Account;
  loginOtp?: Otp;
  apiOtp?: Otp;
  apiVerified: boolean;
}

function pagesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, 'pages');
  return existsSync(beside) ? beside : join(here, '..', '..', '..', 'test', 'mock-portal', 'pages');
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** An inline script raising the alert once the page has loaded, as the portal does. */
function alertScript(text: string | undefined): string {
  if (!text) return '';
  return `<script>window.addEventListener('load', () => alert(${JSON.stringify(text).replace(/</g, '\\u003c')}));</script>`;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const PASSWORD_POLICY = /^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;

export async function startMockPortal(options: MockOptions = {}): Promise<MockPortal> {
  const dir = pagesDir();
  const templates = new Map<string, string>();
  const template = (name: string) => {
    let text = templates.get(name);
    if (text === undefined) {
      text = readFileSync(join(dir, name), 'utf8');
      templates.set(name, text);
    }
    return text;
  };
  const render = (name: string, values: Record<string, string>) =>
    template(name)
      .replace(/\{\{\{(\w+)\}\}\}/g, (_, key: string) => values[key] ?? '')
      .replace(/\{\{(\w+)\}\}/g, (_, key: string) => escapeHtml(values[key] ?? ''));

  let accounts: Account[] = [];
  let apiUsers: ApiUser[] = [];
  let gsps: string[] = [];
  let events: MockEvent[] = [];
  let submits = 0;
  let captchaImages = 0;
  let last: MockState['last'] = {};
  let faults: Faults = { ...DEFAULT_FAULTS };
  let fixed: NonNullable<MockConfig['fixed']> = {};
  let lockAfterFailures = 3;
  let otpMaxAttempts = 3;
  let sessions = new Map<string, Session>();
  const failures = new Map<string, number>();

  const reset = (config: MockConfig = {}) => {
    accounts = (config.accounts ?? DEMO_ACCOUNTS).map((account) => ({ ...account }));
    apiUsers = (config.apiUsers ?? []).map((user) => ({ ...user }));
    gsps = [...(config.gsps ?? GSP_NAMES)];
    events = [];
    submits = 0;
    captchaImages = 0;
    last = {};
    faults = { ...DEFAULT_FAULTS, ...config.faults };
    fixed = { ...config.fixed };
    lockAfterFailures = config.lockAfterFailures ?? 3;
    otpMaxAttempts = config.otpMaxAttempts ?? 3;
    sessions = new Map();
    failures.clear();
  };
  reset(options);

  const record = (type: MockEvent['type'], detail?: Record<string, string>) => {
    events.push({ at: new Date().toISOString(), type, ...(detail ? { detail } : {}) });
  };

  const newOtp = (purpose: 'login' | 'api', account: Account): Otp => {
    const value = (purpose === 'login' ? fixed.loginOtp : fixed.apiOtp) ?? randomOtp();
    if (purpose === 'login') last.loginOtp = value;
    else last.apiOtp = value;
    record('otp-sent', { purpose });
    if (!options.quiet) {
      process.stdout.write(
        `SMS to XXXXXX${account.mobile.slice(-4)}: OTP for ${purpose === 'login' ? 'login' : 'API registration'} is ${value}\n`,
      );
    }
    return { value, attempts: 0, dead: false };
  };

  /** Checks an OTP answer: right, wrong (attempts counted), or dead until resent. */
  const checkOtp = (otp: Otp | undefined, answer: string, purpose: string): 'ok' | 'wrong' | 'expired' => {
    if (!otp || otp.dead) {
      record('otp-expired', { purpose });
      return 'expired';
    }
    if (answer.trim() === otp.value) {
      record('otp-verified', { purpose });
      return 'ok';
    }
    otp.attempts += 1;
    if (otp.attempts >= otpMaxAttempts) otp.dead = true;
    record('otp-wrong', { purpose });
    return 'wrong';
  };

  const sessionFor = (req: IncomingMessage, res: ServerResponse): Session => {
    const id = /ASP\.NET_SessionId=([a-f0-9]+)/.exec(req.headers.cookie ?? '')?.[1];
    const existing = id ? sessions.get(id) : undefined;
    if (existing) return existing;
    const session: Session = {
      id: randomBytes(12).toString('hex'),
      token: randomBytes(16).toString('hex'),
      stage: 'anonymous',
      apiVerified: false,
    };
    sessions.set(session.id, session);
    res.setHeader('Set-Cookie', `ASP.NET_SessionId=${session.id}; Path=/; HttpOnly; SameSite=Lax`);
    return session;
  };

  const send = (res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8') => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  };
  const redirect = (res: ServerResponse, location: string) => {
    res.writeHead(302, { Location: location, 'Cache-Control': 'no-store' });
    res.end();
  };
  const json = (res: ServerResponse, value: unknown) =>
    send(res, 200, JSON.stringify(value), 'application/json');

  const readBody = async (req: IncomingMessage): Promise<string> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };

  const home = (session: Session, alert?: string, loginVisible = false) => {
    session.salt = randomBytes(8).toString('hex');
    return render('home.html', {
      token: session.token,
      salt: session.salt,
      captchaNonce: randomBytes(4).toString('hex'),
      loginHidden: loginVisible ? '' : 'hidden',
      alert: alertScript(alert),
    });
  };

  const registerPage = (session: Session, alert?: string, keep?: { gspId?: string; userName?: string }) => {
    const gstin = session.account?.gstin ?? '';
    const mine = apiUsers.filter((user) => user.gstin === gstin);
    const rows = mine.length
      ? mine
          .map(
            (user, i) =>
              `<tr><td>${i + 1}</td><td>${escapeHtml(user.gsp)}</td><td>${escapeHtml(user.username)}</td><td>${escapeHtml(user.createdAt.slice(0, 10))}</td></tr>`,
          )
          .join('')
      : '<tr><td colspan="4">No records found</td></tr>';
    const options = gsps
      .map((name, i) => {
        const id = `G${String(i + 1).padStart(3, '0')}`;
        return `<option value="${id}"${keep?.gspId === id ? ' selected' : ''}>${escapeHtml(name)}</option>`;
      })
      .join('');
    return render('register.html', {
      gstin,
      token: session.token,
      gspOptions: options,
      registeredRows: rows,
      gspChecked: keep ? 'checked' : '',
      gspHidden: keep ? '' : 'hidden',
      userName: keep?.userName ?? '',
      alert: alertScript(alert),
    });
  };

  /** Applies the once-only faults of a stage; true when the response has been sent. */
  const applyFaults = (stage: Stage, session: Session, res: ServerResponse): boolean => {
    if (faults.expireSessionAt === stage) {
      faults.expireSessionAt = undefined;
      sessions.delete(session.id);
      record('session-expired', { stage });
      redirect(res, '/');
      return true;
    }
    if (faults.serverErrorAt === stage) {
      faults.serverErrorAt = undefined;
      record('server-error', { stage });
      serverError(res);
      return true;
    }
    if (faults.maintenanceAt === stage) {
      faults.maintenanceAt = undefined;
      record('maintenance', { stage });
      send(
        res,
        200,
        render('message.html', {
          title: 'Under Maintenance',
          message: 'The system is under maintenance. Please try after some time.',
        }),
      );
      return true;
    }
    return false;
  };

  const loggedIn = (session: Session, stage: Stage, res: ServerResponse): boolean => {
    if (session.stage === 'logged-in' && session.account) return true;
    record('session-expired', { stage });
    redirect(res, '/');
    return false;
  };

  type Handler = (
    req: IncomingMessage,
    res: ServerResponse,
    session: Session,
    form: URLSearchParams,
  ) => void | Promise<void>;
  const routes: Record<string, { stage?: Stage; handler: Handler }> = {
    'GET /': { stage: 'home', handler: (_req, res, session) => send(res, 200, home(session)) },
    'GET /static/portal.css': {
      handler: (_req, res) => send(res, 200, template('portal.css'), 'text/css; charset=utf-8'),
    },
    'GET /get-captcha-image': {
      handler: (_req, res, session) => {
        session.captcha = fixed.captcha ?? randomCaptcha();
        last.captcha = session.captcha;
        captchaImages += 1;
        record('captcha-issued');
        send(res, 200, captchaSvg(session.captcha), 'image/svg+xml');
      },
    },
    'POST /Home/Login': {
      stage: 'login',
      handler: (_req, res, session, form) => {
        const captcha = form.get('CaptchaCode') ?? '';
        const expected = session.captcha;
        session.captcha = undefined;
        if (!expected || captcha.trim().toUpperCase() !== expected.toUpperCase()) {
          record('login-failed', { reason: 'captcha' });
          return send(res, 200, home(session, ALERTS.captcha, true));
        }
        const account = accounts.find(
          (a) => a.username.toLowerCase() === (form.get('UserLogin.UserName') ?? '').toLowerCase(),
        );
        if (account?.blocked) {
          record('login-failed', { reason: 'blocked' });
          return send(res, 200, home(session, ALERTS.blocked, true));
        }
        const hash = form.get('UserLogin.Password') ?? '';
        if (!account || hash !== sha256(sha256(account.password) + (form.get('UserLogin.Salt') ?? ''))) {
          record('login-failed', { reason: 'credentials' });
          if (account) {
            const count = (failures.get(account.username) ?? 0) + 1;
            failures.set(account.username, count);
            if (count >= lockAfterFailures) {
              account.blocked = true;
              record('account-blocked');
              return send(res, 200, home(session, ALERTS.blocked, true));
            }
          }
          return send(res, 200, home(session, ALERTS.credentials, true));
        }
        failures.delete(account.username);
        session.account = account;
        session.stage = 'password-ok';
        session.loginOtp = newOtp('login', account);
        return redirect(res, '/Home/TwoFactor');
      },
    },
    'GET /Home/TwoFactor': {
      handler: (_req, res, session) => {
        if (session.stage !== 'password-ok' || !session.account) return redirect(res, '/');
        send(res, 200, twoFactorPage(session));
      },
    },
    'POST /Home/VerifyLoginOtp': {
      stage: 'login-otp',
      handler: (_req, res, session, form) => {
        if (session.stage !== 'password-ok' || !session.account) return redirect(res, '/');
        const verdict = checkOtp(session.loginOtp, form.get('Otp') ?? '', 'login');
        if (verdict === 'ok') {
          session.stage = 'logged-in';
          record('login-ok');
          return redirect(res, '/Home/MainMenu');
        }
        send(res, 200, twoFactorPage(session, verdict === 'wrong' ? ALERTS.otpWrong : ALERTS.otpExpired));
      },
    },
    'POST /Home/ResendLoginOtp': {
      handler: (_req, res, session) => {
        if (session.stage !== 'password-ok' || !session.account) return redirect(res, '/');
        session.loginOtp = newOtp('login', session.account);
        send(res, 200, twoFactorPage(session, ALERTS.otpResent));
      },
    },
    'GET /Home/MainMenu': {
      stage: 'main-menu',
      handler: (_req, res, session) => {
        if (!loggedIn(session, 'main-menu', res) || !session.account) return;
        send(
          res,
          200,
          render('mainmenu.html', {
            gstin: session.account.gstin,
            tradeName: session.account.tradeName,
            menuLabel: faults.menuLabel,
            popupJson: JSON.stringify(faults.popup),
          }),
        );
      },
    },
    'GET /Home/Logout': {
      handler: (_req, res, session) => {
        sessions.delete(session.id);
        redirect(res, '/');
      },
    },
    'GET /Home/NotAvailable': {
      handler: (_req, res) =>
        send(
          res,
          200,
          render('message.html', { title: 'Not available', message: 'This page is not part of the mock.' }),
        ),
    },
    'GET /ApiRegistration/CreateApiUser': {
      stage: 'api-otp',
      handler: (_req, res, session) => {
        if (!loggedIn(session, 'api-otp', res) || !session.account) return;
        session.apiOtp = newOtp('api', session.account);
        session.apiVerified = false;
        send(res, 200, apiOtpPage(session));
      },
    },
    'POST /ApiRegistration/VerifyOtp': {
      stage: 'api-otp-verify',
      handler: (_req, res, session, form) => {
        if (!loggedIn(session, 'api-otp-verify', res)) return;
        const verdict = checkOtp(session.apiOtp, form.get('Otp') ?? '', 'api');
        if (verdict === 'ok') {
          session.apiVerified = true;
          return redirect(res, '/ApiRegistration/Register');
        }
        send(res, 200, apiOtpPage(session, verdict === 'wrong' ? ALERTS.otpWrong : ALERTS.otpExpired));
      },
    },
    'POST /ApiRegistration/ResendOtp': {
      handler: (_req, res, session) => {
        if (!loggedIn(session, 'api-otp', res) || !session.account) return;
        session.apiOtp = newOtp('api', session.account);
        send(res, 200, apiOtpPage(session, ALERTS.otpResent));
      },
    },
    'GET /ApiRegistration/Register': {
      stage: 'register',
      handler: (_req, res, session) => {
        if (!loggedIn(session, 'register', res)) return;
        if (!session.apiVerified) return redirect(res, '/Home/MainMenu');
        send(res, 200, registerPage(session));
      },
    },
    'POST /ApiRegistration/Register': {
      stage: 'submit',
      handler: (_req, res, session, form) => {
        submits += 1;
        if (!loggedIn(session, 'submit', res) || !session.account) return;
        if (!session.apiVerified) return redirect(res, '/Home/MainMenu');
        const gstin = session.account.gstin;
        const gspId = form.get('GspId') ?? '';
        const suffix = (form.get('UserName') ?? '').trim();
        const username = `API_${suffix}`;
        const password = form.get('Password') ?? '';
        const keep = { gspId, userName: suffix };
        const gsp = gsps[Number(gspId.slice(1)) - 1];
        record('submit', { gstin, gsp: gsp ?? '', username });
        const refuse = (reason: string, text: string) => {
          record('submit-refused', { reason });
          send(res, 200, registerPage(session, text, keep));
        };
        if (!/^G\d{3}$/.test(gspId) || !gsp) return refuse('no-gsp', ALERTS.selectGsp);
        const sameUser = apiUsers.some((u) => u.gstin === gstin && u.gsp === gsp && u.username === username);
        // Chromium re-sends a POST whose reused connection closed without an answer; the
        // retry must meet the same fault, or the drop would never be seen.
        if (sameUser && faults.afterSubmit) return failAfterSubmit(res);
        if (apiUsers.some((user) => user.gstin === gstin && user.gsp === gsp)) {
          return refuse('already-registered', ALERTS.alreadyRegistered);
        }
        if (apiUsers.some((user) => user.username.toLowerCase() === username.toLowerCase())) {
          return refuse('username-taken', ALERTS.usernameTaken);
        }
        if (!/^[A-Za-z0-9_]{4,16}$/.test(suffix)) return refuse('username-invalid', ALERTS.usernameInvalid);
        if (
          faults.refusePassword ||
          !PASSWORD_POLICY.test(password) ||
          password !== form.get('ConfirmPassword')
        ) {
          return refuse('password', ALERTS.passwordPolicy);
        }
        apiUsers.push({ gstin, gsp, username, password, createdAt: new Date().toISOString() });
        record('user-created', { gstin, gsp, username });
        if (faults.afterSubmit) return failAfterSubmit(res);
        send(res, 200, registerPage(session, ALERTS.created));
      },
    },
  };

  function serverError(res: ServerResponse): void {
    send(
      res,
      500,
      render('message.html', {
        title: "Server Error in '/' Application.",
        message: 'Runtime Error: An application error occurred on the server.',
      }),
    );
  }

  /** The user exists now; the answer is lost (dropped connection) or a server error. */
  function failAfterSubmit(res: ServerResponse): void {
    if (faults.afterSubmit === 'drop') res.socket?.destroy();
    else serverError(res);
  }

  function twoFactorPage(session: Session, alert?: string): string {
    return render('twofactor.html', {
      token: session.token,
      mobileEnd: session.account?.mobile.slice(-4) ?? '',
      alert: alertScript(alert),
    });
  }

  function apiOtpPage(session: Session, alert?: string): string {
    return render('apiotp.html', {
      token: session.token,
      gstin: session.account?.gstin ?? '',
      alert: alertScript(alert),
    });
  }

  const state = (): MockState =>
    structuredClone({ accounts, apiUsers, events, submits, captchaImages, last, faults, fixed });

  const control = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (req.method === 'GET' && path === '/__mock/state') return json(res, state());
    const body = req.method === 'POST' ? await readBody(req) : '';
    const input = body ? (JSON.parse(body) as MockConfig & Partial<Faults>) : {};
    if (req.method === 'POST' && path === '/__mock/reset') {
      reset(input);
      return json(res, state());
    }
    if (req.method === 'POST' && path === '/__mock/faults') {
      faults = { ...faults, ...(input as Partial<Faults>) };
      return json(res, state());
    }
    send(res, 404, 'not found', 'text/plain');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://mock');
    if (url.pathname.startsWith('/__mock/')) return control(req, res, url.pathname);
    const route = routes[`${req.method} ${url.pathname}`];
    if (!route)
      return send(
        res,
        404,
        render('message.html', { title: 'Not Found', message: 'The page was not found.' }),
      );
    const session = sessionFor(req, res);
    const form = new URLSearchParams(req.method === 'POST' ? await readBody(req) : '');
    if (req.method === 'POST' && form.get('__RequestVerificationToken') !== session.token) {
      // A missing or stale anti-forgery token: the portal starts over at its home page.
      record('session-expired', { stage: route.stage ?? 'home' });
      return redirect(res, '/');
    }
    if (route.stage && faults.slowMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.slowMs));
    if (route.stage && applyFaults(route.stage, session, res)) return;
    await route.handler(req, res, session, form);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, `mock error: ${String(error)}`, 'text/plain');
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    state,
    reset,
    setFaults: (changes) => {
      faults = { ...faults, ...changes };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
