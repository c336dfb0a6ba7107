/** The mock portal's data, configuration and fault switches (test-only). */

export interface Account {
  username: string;
  password: string;
  gstin: string;
  tradeName: string;
  mobile: string;
  blocked?: boolean;
}

export interface ApiUser {
  gstin: string;
  gsp: string;
  /** The full name, with the portal's `API_` prefix. */
  username: string;
  password: string;
  createdAt: string;
}

export type Stage =
  | 'home'
  | 'login'
  | 'login-otp'
  | 'main-menu'
  | 'api-otp'
  | 'api-otp-verify'
  | 'register'
  | 'submit';

export interface Faults {
  /** Delay every HTML page response by this many milliseconds. */
  slowMs: number;
  /** The technical-contact popup: shown at once, ~1.5 s after load, or not at all. */
  popup: 'always' | 'never' | 'late';
  /** The middle menu item ("User Credentials" on most guides, "Client Credentials" on some). */
  menuLabel: string;
  /** The session is destroyed when this stage's request arrives (fires once). */
  expireSessionAt?: Stage;
  /** This stage answers 500 (fires once). */
  serverErrorAt?: Stage;
  /** This stage answers an "Under Maintenance" page (fires once). */
  maintenanceAt?: Stage;
  /** The register POST refuses every password with the policy alert. */
  refusePassword: boolean;
  /** The register POST creates the user, then drops the connection or answers 500. */
  afterSubmit?: 'drop' | '5xx';
}

export interface MockConfig {
  accounts?: Account[];
  apiUsers?: ApiUser[];
  gsps?: string[];
  fixed?: { captcha?: string; loginOtp?: string; apiOtp?: string };
  faults?: Partial<Faults>;
  lockAfterFailures?: number;
  otpMaxAttempts?: number;
}

export interface MockEvent {
  at: string;
  type:
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
  detail?: Record<string, string>;
}

export interface MockState {
  accounts: Account[];
  apiUsers: ApiUser[];
  events: MockEvent[];
  submits: number;
  captchaImages: number;
  last: { captcha?: string; loginOtp?: string; apiOtp?: string };
  faults: Faults;
  fixed: NonNullable<MockConfig['fixed']>;
}
