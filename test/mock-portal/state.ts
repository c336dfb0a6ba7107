/**
 * The portal's state machine and data, without HTTP: accounts, sessions, captchas, OTPs, the
 * API users created, the fault switches, and the record of what happened. `server.ts` turns
 * requests into calls here and the answers into pages, in whichever markup dialect is chosen
 * (kept here with the rest of the configuration; nothing here knows any markup). Nothing here
 * writes to the console: the one way out is the `notices`, which receive every OTP "sent" and
 * every captcha drawn.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { randomCaptcha } from './captcha.js';
import { DEFAULT_GSPS, type GspOption, gspById, gspOptions } from './gsps.js';
import type {
  Account,
  ApiUser,
  Dialect,
  Faults,
  FixedAnswers,
  MockConfig,
  MockEvent,
  MockEventType,
  MockState,
  Stage,
} from './types.js';
import { type Forms, resolveVariant, type Variant } from './variants.js';

/** Published demo logins: safe to print, and the default whenever no accounts are given. */
export const DEMO_ACCOUNTS: readonly Account[] = [
  {
    username: 'demo_user',
    password: 'Demo@Pass1',
    gstin: '27AABCE1234F1Z5',
    tradeName: 'Demo Traders Maharashtra',
    mobile: '9876501234',
  },
  {
    username: 'demo_ka',
    password: 'Demo@Pass2',
    gstin: '29AABCE1234F1Z1',
    tradeName: 'Demo Traders Karnataka',
    mobile: '9876502345',
  },
  {
    username: 'demo_tn',
    password: 'Demo@Pass3',
    gstin: '33AABCE1234F1ZC',
    tradeName: 'Demo Traders Tamil Nadu',
    mobile: '9876503456',
  },
];

/**
 * A portal release the map has not seen: the middle menu item, the popup's way out and the
 * "Through GSP" radio read differently (`--changed` for the runner), to show the bot by hand.
 */
export const CHANGED_PORTAL: Readonly<Partial<Faults>> = {
  menuLabel: 'API User Credentials',
  popupWithoutClose: true,
  throughGspLabel: 'Through GSP partner',
};

export const DEFAULT_FAULTS: Readonly<Faults> = {
  slowMs: 0,
  popup: 'always',
  menuLabel: 'User Credentials',
  throughGspLabel: 'Through GSP',
  popupWithoutClose: false,
  refusePassword: false,
};

/**
 * Every alert the mock raises. Only the starts of "Invalid Captcha" and "Invalid Login
 * Credentials" are known from the real portal; the blocked text is the e-way bill portal's; the
 * rest are invented, and the bot must not depend on them.
 */
export const ALERTS = {
  captcha: 'Invalid Captcha. Please enter the correct captcha.',
  credentials: 'Invalid Login Credentials. Please check the username and password.',
  blocked: 'Your account has been blocked. Please try again after 5 minutes.',
  otpWrong: 'Invalid OTP. Please enter the valid OTP.',
  otpExpired: 'OTP has expired. Please click on Resend OTP.',
  otpResent: 'OTP has been resent to your registered mobile number.',
  selectGsp: 'Please select GSP',
  passwordsDiffer: 'Password and Re-enter Password should be same',
  alreadyRegistered: 'This GSTIN is already registered with the selected GSP.',
  usernameTaken: 'User Name already exists. Please try with another User Name.',
  usernameInvalid: 'Invalid User Name.',
  passwordPolicy:
    'Password does not meet the password policy. Password should be 8 to 15 characters with at least one upper case, one lower case, one number and one special character.',
  created: 'API User created successfully.',
  /** Raised before a lost session goes to `/` by the session-expiry form `alert-then-redirect`. */
  sessionExpired: 'Your session has expired. Please login again.',
} as const;

export const API_PREFIX = 'API_';
const USERNAME_SUFFIX = /^[A-Za-z0-9_]{4,16}$/;
const PASSWORD_POLICY = /^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/;

const sha256hex = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * What the login page posts instead of the password. The real page computes
 * sha256(sha256(md5(pwd)) + salt); browsers' crypto.subtle has no md5, so the mock drops it.
 */
export function passwordHash(password: string, salt: string): string {
  return sha256hex(sha256hex(password) + salt);
}

export function maskMobile(mobile: string): string {
  return `XXXXXX${mobile.slice(-4)}`;
}

/**
 * Where the test-only `/__mock/jump` can start a session: at the login OTP (past the password, the
 * OTP sent), at the main menu or "Create API User" (logged in), or at the registration form (the
 * API OTP verified too).
 */
export const JUMP_STAGES = ['login-otp', 'main-menu', 'api-otp', 'register'] as const;
export type JumpStage = (typeof JUMP_STAGES)[number];

export type OtpPurpose = 'login' | 'api';

/** An OTP on its way to the registered mobile. */
export interface Sms {
  to: string;
  purpose: OtpPurpose;
  otp: string;
}

interface Otp {
  value: string;
  attempts: number;
  /** Too many wrong tries: refused as expired until resent. */
  dead: boolean;
}

export interface Session {
  readonly id: string;
  /** The anti-forgery token every form of this session carries. */
  readonly token: string;
  captcha?: string;
  salt?: string;
  login: 'anonymous' | 'password-ok' | 'logged-in';
  account?: Account;
  otp: { login?: Otp; api?: Otp };
  apiVerified: boolean;
  /** Past the `interstitial` fault's page: the advisory acknowledged, the welcome page left. */
  passedInterstitial?: boolean;
}

/** A session past the password: it knows whose account, and so which mobile and GSTIN. */
export type SessionWithAccount = Session & { account: Account };

export type Verdict = { ok: true } | { ok: false; alert: string };

export interface LoginForm {
  username: string;
  /** The hash the page computed; the password itself is never posted. */
  passwordHash: string;
  captcha: string;
}

export interface ApiUserForm {
  gspId: string;
  /** What was typed after the fixed `API_` prefix. */
  suffix: string;
  password: string;
  confirmPassword: string;
}

export type SubmitOutcome =
  | { kind: 'created'; user: ApiUser; lost?: 'drop' | '5xx' }
  | { kind: 'refused'; alert: string };

/** What a stage's request meets instead of its page. */
export type StageFault = 'expire-session' | 'server-error' | 'maintenance';

/** What a person trying the mock by hand would read off the phone and the screen. */
export interface Notices {
  /** An OTP "sent" to the registered mobile. */
  sms(sms: Sms): void;
  /** The text of a captcha picture just drawn. */
  captcha(text: string): void;
}

/** The markup the pages are drawn in; the state machine itself is the same for every one. */
export interface Markup {
  dialect: Dialect;
  scrambleIds: boolean;
  /** The form of each part (the dialect's preset unless a variant says otherwise). */
  forms: Forms;
  /** The seed that drew the forms, if one did. */
  seed?: number;
  /** As the config gave it, for a reset without one. */
  variant?: Variant;
}

/** The markup a config asks for, `start` filling in what it leaves out. */
function markupOf(config: MockConfig, start?: Markup): Markup {
  const dialect = config.dialect ?? start?.dialect ?? 'accessible';
  const variant = config.variant ?? (config.dialect === undefined ? start?.variant : undefined);
  const forms = resolveVariant(variant, dialect);
  return {
    // The markup part's forms are the dialects.
    dialect: forms.markup,
    scrambleIds: config.scrambleIds ?? start?.scrambleIds ?? false,
    forms,
    seed: typeof variant === 'number' ? variant : undefined,
    variant,
  };
}

const OK: Verdict = { ok: true };
const refused = (alert: string): Verdict => ({ ok: false, alert });

export class PortalState {
  private accounts: Account[] = [];
  private apiUsers: ApiUser[] = [];
  private gsps: string[] = [];
  private events: MockEvent[] = [];
  private submits = 0;
  private captchaImages = 0;
  private last: FixedAnswers = {};
  private faults: Faults = { ...DEFAULT_FAULTS };
  private fixed: FixedAnswers = {};
  private lockAfterFailures = 3;
  private otpMaxAttempts = 3;
  private markup: Markup;
  /** What a reset without a dialect goes back to: the markup the mock was started with. */
  private readonly startMarkup: Markup;
  private readonly sessions = new Map<string, Session>();
  /** Consecutive wrong passwords per username; a right one clears it. */
  private readonly failures = new Map<string, number>();

  constructor(
    config: MockConfig = {},
    private readonly notices?: Notices,
  ) {
    this.startMarkup = markupOf(config);
    this.markup = { ...this.startMarkup };
    this.reset(config);
  }

  /** Back to a fresh portal: data from the config (demo accounts by default), no sessions. */
  reset(config: MockConfig = {}): void {
    this.accounts = (config.accounts ?? DEMO_ACCOUNTS).map((account) => ({ ...account }));
    this.apiUsers = (config.apiUsers ?? []).map((user) => ({ ...user }));
    this.gsps = [...(config.gsps ?? DEFAULT_GSPS)];
    this.events = [];
    this.submits = 0;
    this.captchaImages = 0;
    this.last = {};
    this.faults = { ...DEFAULT_FAULTS, ...config.faults };
    this.fixed = { ...config.fixed };
    this.lockAfterFailures = config.lockAfterFailures ?? 3;
    this.otpMaxAttempts = config.otpMaxAttempts ?? 3;
    this.markup = markupOf(config, this.startMarkup);
    this.sessions.clear();
    this.failures.clear();
  }

  /** Merges fault switches; a key given as undefined switches that fault off. */
  setFaults(changes: Partial<Faults>): void {
    this.faults = { ...this.faults, ...changes };
  }

  currentFaults(): Readonly<Faults> {
    return this.faults;
  }

  currentMarkup(): Readonly<Markup> {
    return this.markup;
  }

  snapshot(): MockState {
    return structuredClone({
      accounts: this.accounts,
      apiUsers: this.apiUsers,
      events: this.events,
      submits: this.submits,
      captchaImages: this.captchaImages,
      last: this.last,
      faults: this.faults,
      fixed: this.fixed,
      dialect: this.markup.dialect,
      scrambleIds: this.markup.scrambleIds,
      forms: this.markup.forms,
      seed: this.markup.seed,
    });
  }

  // Sessions

  findSession(id: string | undefined): Session | undefined {
    return id === undefined ? undefined : this.sessions.get(id);
  }

  openSession(): Session {
    const session: Session = {
      id: randomBytes(12).toString('hex'),
      token: randomBytes(16).toString('hex'),
      login: 'anonymous',
      otp: {},
      apiVerified: false,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /**
   * A new session already where the journey to `stage` would have left it, for the account named
   * (the first by default): the mock's own checks of what it draws need not log in each time.
   * Nothing is recorded but the login OTP a session at `login-otp` is sent. Undefined when there
   * is no such account.
   */
  jumpTo(stage: JumpStage, username?: string): Session | undefined {
    const account =
      username === undefined
        ? this.accounts[0]
        : this.accounts.find((candidate) => candidate.username.toLowerCase() === username.toLowerCase());
    if (!account) return undefined;
    const session = Object.assign(this.openSession(), { account });
    if (stage === 'login-otp') {
      session.login = 'password-ok';
      this.sendOtp(session, 'login');
      return session;
    }
    session.login = 'logged-in';
    session.apiVerified = stage === 'register';
    return session;
  }

  endSession(session: Session): void {
    this.sessions.delete(session.id);
  }

  isLoggedIn(session: Session): session is SessionWithAccount {
    return session.login === 'logged-in' && session.account !== undefined;
  }

  isAwaitingLoginOtp(session: Session): session is SessionWithAccount {
    return session.login === 'password-ok' && session.account !== undefined;
  }

  /** A request that needed a live session (or a valid form token) and did not have one. */
  sessionExpired(stage: string): void {
    this.record('session-expired', { stage });
  }

  /**
   * The once-only fault switched on for this stage, if any: it is switched off and recorded,
   * and an expiring session is destroyed here.
   */
  takeStageFault(stage: Stage, session: Session): StageFault | undefined {
    if (this.faults.expireSessionAt === stage) {
      this.faults.expireSessionAt = undefined;
      this.endSession(session);
      this.sessionExpired(stage);
      return 'expire-session';
    }
    if (this.faults.serverErrorAt === stage) {
      this.faults.serverErrorAt = undefined;
      this.record('server-error', { stage });
      return 'server-error';
    }
    if (this.faults.maintenanceAt === stage) {
      this.faults.maintenanceAt = undefined;
      this.record('maintenance', { stage });
      return 'maintenance';
    }
    return undefined;
  }

  // Login

  /** A new captcha for the session, replacing the one before (each image is a new text). */
  issueCaptcha(session: Session): string {
    session.captcha = this.fixed.captcha ?? randomCaptcha();
    this.last.captcha = session.captcha;
    this.captchaImages += 1;
    this.record('captcha-issued');
    this.notices?.captcha(session.captcha);
    return session.captcha;
  }

  /** The salt of the login form being rendered; the page hashes the password with it. */
  issueSalt(session: Session): string {
    session.salt = randomBytes(8).toString('hex');
    return session.salt;
  }

  /** Checks captcha, then a blocked account, then the password; success sends the login OTP. */
  login(session: Session, form: LoginForm): Verdict {
    const { captcha, salt } = session;
    // Every attempt uses up the captcha and the salt: a failed login needs a fresh image.
    session.captcha = undefined;
    session.salt = undefined;
    if (!captcha || form.captcha.trim().toUpperCase() !== captcha.toUpperCase()) {
      return this.loginFailed('captcha', ALERTS.captcha);
    }
    const wanted = form.username.trim().toLowerCase();
    const account = this.accounts.find((candidate) => candidate.username.toLowerCase() === wanted);
    if (account?.blocked) return this.loginFailed('blocked', ALERTS.blocked);
    if (!account || !salt || form.passwordHash !== passwordHash(account.password, salt)) {
      return this.wrongPassword(account);
    }
    this.failures.delete(account.username);
    const identified = Object.assign(session, { account, login: 'password-ok' as const, apiVerified: false });
    this.sendOtp(identified, 'login');
    return OK;
  }

  private loginFailed(reason: 'captcha' | 'credentials' | 'blocked', alert: string): Verdict {
    this.record('login-failed', { reason });
    return refused(alert);
  }

  /** The attempt that reaches the limit is already answered with the blocked alert. */
  private wrongPassword(account: Account | undefined): Verdict {
    const verdict = this.loginFailed('credentials', ALERTS.credentials);
    if (!account) return verdict;
    const count = (this.failures.get(account.username) ?? 0) + 1;
    this.failures.set(account.username, count);
    if (count < this.lockAfterFailures) return verdict;
    account.blocked = true;
    this.record('account-blocked', { username: account.username });
    return refused(ALERTS.blocked);
  }

  // OTPs

  /**
   * A new OTP for the purpose (fixed or random), replacing any before it, sent to the phone (or
   * by the channel the page's "Send OTP" chose, recorded in the event).
   */
  sendOtp(session: SessionWithAccount, purpose: OtpPurpose, channel?: string): void {
    const value = (purpose === 'login' ? this.fixed.loginOtp : this.fixed.apiOtp) ?? randomOtp();
    session.otp[purpose] = { value, attempts: 0, dead: false };
    if (purpose === 'api') session.apiVerified = false;
    if (purpose === 'login') this.last.loginOtp = value;
    else this.last.apiOtp = value;
    this.record('otp-sent', { purpose, ...(channel ? { channel } : {}) });
    this.notices?.sms({ to: maskMobile(session.account.mobile), purpose, otp: value });
  }

  /**
   * Right: the OTP is used up and the session moves on (logged in, or cleared to register).
   * Wrong: counted, and the try that reaches the limit kills the OTP until it is resent.
   */
  verifyOtp(session: SessionWithAccount, purpose: OtpPurpose, answer: string): Verdict {
    const otp = session.otp[purpose];
    if (!otp || otp.dead) {
      this.record('otp-expired', { purpose });
      return refused(ALERTS.otpExpired);
    }
    if (answer.trim() !== otp.value) {
      otp.attempts += 1;
      otp.dead = otp.attempts >= this.otpMaxAttempts;
      this.record('otp-wrong', { purpose });
      return refused(ALERTS.otpWrong);
    }
    session.otp[purpose] = undefined;
    this.record('otp-verified', { purpose });
    if (purpose === 'api') {
      session.apiVerified = true;
    } else {
      session.login = 'logged-in';
      this.record('login-ok', { gstin: session.account.gstin });
    }
    return OK;
  }

  // API registration

  gspList(): GspOption[] {
    return gspOptions(this.gsps);
  }

  registeredFor(gstin: string): ApiUser[] {
    return this.apiUsers.filter((user) => user.gstin === gstin);
  }

  /** Counts every POST to the register endpoint, before anything else can turn it away. */
  countSubmit(): void {
    this.submits += 1;
  }

  /** The portal's checks in its order; the first that fails is the answer. */
  submitApiUser(session: SessionWithAccount, form: ApiUserForm): SubmitOutcome {
    const { gstin } = session.account;
    const gsp = gspById(this.gsps, form.gspId);
    const username = `${API_PREFIX}${form.suffix}`;
    this.record('submit', { gstin, gsp: gsp ?? '', username });
    if (!gsp) return this.refuseSubmit('no-gsp', ALERTS.selectGsp);

    const existing = this.apiUsers.find((user) => user.gstin === gstin && user.gsp === gsp);
    // Chromium silently re-sends a POST whose reused keep-alive connection closed without an
    // answer. That retry must meet the same dropped connection, or the drop would never be seen.
    if (existing && existing.username === username && this.faults.afterSubmit === 'drop') {
      return { kind: 'created', user: existing, lost: 'drop' };
    }
    if (existing) return this.refuseSubmit('already-registered', ALERTS.alreadyRegistered);
    const taken = username.toLowerCase();
    if (this.apiUsers.some((user) => user.username.toLowerCase() === taken)) {
      return this.refuseSubmit('username-taken', ALERTS.usernameTaken);
    }
    if (!USERNAME_SUFFIX.test(form.suffix))
      return this.refuseSubmit('username-invalid', ALERTS.usernameInvalid);
    if (form.password !== form.confirmPassword) {
      return this.refuseSubmit('passwords-differ', ALERTS.passwordsDiffer);
    }
    if (this.faults.refusePassword || !PASSWORD_POLICY.test(form.password)) {
      return this.refuseSubmit('password-policy', ALERTS.passwordPolicy);
    }

    const user: ApiUser = {
      gstin,
      gsp,
      username,
      password: form.password,
      createdAt: new Date().toISOString(),
    };
    this.apiUsers.push(user);
    this.record('user-created', { gstin, gsp, username });
    return this.faults.afterSubmit
      ? { kind: 'created', user, lost: this.faults.afterSubmit }
      : { kind: 'created', user };
  }

  private refuseSubmit(reason: string, alert: string): SubmitOutcome {
    this.record('submit-refused', { reason });
    return { kind: 'refused', alert };
  }

  private record(type: MockEventType, detail?: Record<string, string>): void {
    this.events.push({ at: new Date().toISOString(), type, ...(detail ? { detail } : {}) });
  }
}

function randomOtp(): string {
  return String(randomInt(1_000_000)).padStart(6, '0');
}
