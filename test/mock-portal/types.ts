/** The mock portal's data, configuration, fault switches and recorded state (test-only). */
import type { Forms, Variant } from './variants.js';

/** A portal login: one per GSTIN, as on the real portal. */
export interface Account {
  username: string;
  password: string;
  gstin: string;
  tradeName: string;
  /** The registered mobile number; only its last four digits are ever shown. */
  mobile: string;
  blocked?: boolean;
}

export interface ApiUser {
  gstin: string;
  /** The GSP's name as the dropdown shows it. */
  gsp: string;
  /** The full name, with the portal's `API_` prefix. */
  username: string;
  /** Kept so tests can check what the bot chose; this mock is test-only. */
  password: string;
  createdAt: string;
}

/** The page request of each step of the journey, where faults can be switched on. */
export type Stage =
  | 'home'
  | 'login'
  | 'login-otp'
  | 'main-menu'
  | 'api-otp'
  | 'api-otp-verify'
  | 'register'
  | 'submit';

export const STAGES: readonly Stage[] = [
  'home',
  'login',
  'login-otp',
  'main-menu',
  'api-otp',
  'api-otp-verify',
  'register',
  'submit',
];

export interface Faults {
  /** Delay every HTML page response by this many milliseconds. */
  slowMs: number;
  /** The technical-contact popup: shown at once, ~1.5 s after load, or not at all. */
  popup: 'always' | 'never' | 'late';
  /** The middle menu item ("User Credentials" on most guides, "Client Credentials" on some). */
  menuLabel: string;
  /** The "Through GSP" radio's text, as a portal release might rename it ("Through GSP partner"). */
  throughGspLabel: string;
  /**
   * The technical-contact popup's only way out reads "Proceed": no Exit, Close, ×, `.close` or
   * `data-dismiss` for the bot to recognise (a person still closes it with that button).
   */
  popupWithoutClose: boolean;
  /** The session is destroyed when this stage's request arrives, which goes to `/` (fires once). */
  expireSessionAt?: Stage;
  /**
   * How a lost session (this fault's, a stale form token, a page needing a login) is announced
   * before the page goes to `/`: `alert`, a session-expired alert first, as the session-expiry
   * form `alert-then-redirect` does, whatever form was drawn; without it, as the form says.
   */
  expireSessionNotice?: 'alert';
  /** This stage answers 500 with an IIS error page (fires once). */
  serverErrorAt?: Stage;
  /** This stage answers an "Under Maintenance" page (fires once). */
  maintenanceAt?: Stage;
  /** The register POST refuses every password with the policy alert. */
  refusePassword: boolean;
  /**
   * Every answer to Submit, created or refused, says this instead of the mock's own text (a
   * wording the bot's map does not know).
   */
  submitMessage?: string;
  /** The register POST creates the user, then drops the connection or answers 500. */
  afterSubmit?: 'drop' | '5xx';
  /**
   * A plain page the portal map does not know, standing between two steps and holding nothing
   * the next step needs, only a way on (issue 18 §3): `advisory`, an "Advisory" page after the
   * login OTP whose "Proceed to Dashboard" button leads to the main menu; `landing`, a welcome
   * page at the portal's address whose link "Continue to the e-Invoice System" leads to the home
   * page with its Login. Headless it cannot be passed without being taught.
   */
  interstitial?: Interstitial;
}

export const INTERSTITIALS = ['advisory', 'landing'] as const;
export type Interstitial = (typeof INTERSTITIALS)[number];

export interface FixedAnswers {
  captcha?: string;
  loginOtp?: string;
  apiOtp?: string;
}

/**
 * The markup the same portal is drawn in: `accessible` (the default, the first recording),
 * `legacy-table` (ASP.NET WebForms: layout tables, text beside fields, full-page posts) and
 * `bootstrap` (Bootstrap modals and accordion, AJAX for the API registration steps).
 */
export type Dialect = 'accessible' | 'legacy-table' | 'bootstrap';

export const DIALECTS: readonly Dialect[] = ['accessible', 'legacy-table', 'bootstrap'];

export interface MockConfig {
  /** Without it, the demo accounts. */
  accounts?: Account[];
  apiUsers?: ApiUser[];
  /** Without it, the recorded GSP list. */
  gsps?: string[];
  /** Answers that stay the same, so tests and demos can type them; otherwise random. */
  fixed?: FixedAnswers;
  faults?: Partial<Faults>;
  /** Consecutive wrong passwords that block an account (default 3). */
  lockAfterFailures?: number;
  /** Wrong tries that kill an OTP until it is resent (default 3). */
  otpMaxAttempts?: number;
  /** The markup; without it, the one the mock was started with (`accessible` by default). */
  dialect?: Dialect;
  /**
   * Every id, `name` and class not seen on the real portal becomes a random token per page
   * load; without it, as the mock was started (off by default).
   */
  scrambleIds?: boolean;
  /**
   * The portal generator (`variants.ts`): a seed drawing one form per part, or the forms of some
   * parts by name (the others from the dialect's preset); without it, the dialect's preset, or
   * as the mock was started.
   */
  variant?: Variant;
}

export type MockEventType =
  | 'captcha-issued'
  | 'login-failed'
  | 'account-blocked'
  | 'login-ok'
  | 'otp-sent'
  | 'otp-wrong'
  | 'otp-expired'
  | 'otp-verified'
  | 'session-expired'
  | 'server-error'
  | 'maintenance'
  | 'submit'
  | 'user-created'
  | 'submit-refused';

/** What happened, in order. Never carries a secret: no password, captcha text or OTP. */
export interface MockEvent {
  at: string;
  type: MockEventType;
  detail?: Record<string, string>;
}

export interface MockState {
  accounts: Account[];
  apiUsers: ApiUser[];
  events: MockEvent[];
  /** POSTs that reached the register endpoint, whatever became of them. */
  submits: number;
  /** Captcha images served. */
  captchaImages: number;
  /** The last captcha and OTPs issued (to any session). */
  last: FixedAnswers;
  faults: Faults;
  fixed: FixedAnswers;
  dialect: Dialect;
  scrambleIds: boolean;
  /** The form of each part the pages are drawn in (`variants.ts`). */
  forms: Forms;
  /** The seed the forms were drawn with, if a seed chose them. */
  seed?: number;
}
