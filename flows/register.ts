/**
 * Register one GSTIN's API user through a GSP, in the order of the portal guide:
 * log in (captcha, then the login OTP), close the technical-contact popup, open
 * API Registration → User Credentials → Create API User, enter the API OTP, choose
 * "Through GSP", pick the GSP, type the username and password, Submit.
 *
 * The flow owns the evidence (a timed, photographed step for each stage) and the dry-run
 * decision; the page objects only act on their screen.
 */
import { rm } from 'node:fs/promises';
import type { Locator, Page } from 'playwright';
import type { RunSettings, Target } from '../src/config.js';
import { API_USERNAME_PREFIX } from '../src/config.js';
import {
  Cancelled,
  type EinvError,
  isEinvError,
  OutcomeUnknown,
  PortalChanged,
  PortalRefused,
} from '../src/errors.js';
import type { RunFolder, RunStatus } from '../src/evidence.js';
import { closestGspNames, matchGsp, sameGsp } from '../src/gsp-names.js';
import type { Human } from '../src/human.js';
import type { Labels } from '../src/labels.js';
import type { Logger } from '../src/log.js';
import { ApiOtpPage } from '../src/pages/api-otp-page.js';
import { GspCredentialsPage } from '../src/pages/gsp-credentials-page.js';
import { LoginPage } from '../src/pages/login-page.js';
import { MainMenuPage } from '../src/pages/main-menu-page.js';
import type { OtpPanel } from '../src/pages/otp-panel.js';
import { type PortalAlert, PortalWatch } from '../src/pages/portal-watch.js';
import { RegistrationModePage } from '../src/pages/registration-mode-page.js';
import { ResultPage } from '../src/pages/result-page.js';
import { TwoFactorPage } from '../src/pages/two-factor-page.js';
import { writePrivateFile } from '../src/private-files.js';
import type { SecretValues } from '../src/secret-values.js';
import type { Terminal } from '../src/terminal.js';

export interface PortalCredentials {
  portalUsername: string;
  portalPassword: string;
  apiPassword: string;
}

export interface RegisterContext {
  page: Page;
  settings: RunSettings;
  target: Target;
  credentials: PortalCredentials;
  labels: Labels;
  human: Human;
  run: RunFolder;
  log: Logger;
  terminal: Terminal;
  secrets: SecretValues;
  signal?: AbortSignal;
  /**
   * Called after each step, finished or failed, with the page as it stands (a recording of
   * the portal hangs here). Its own failures never change the run's outcome.
   */
  afterStep?: (step: StepName, page: Page, status: 'ok' | 'failed') => Promise<void>;
}

export interface RegisterOutcome {
  status: Extract<RunStatus, 'registered' | 'already-registered' | 'dry-run'>;
  apiUsername: string;
  gspShownAs?: string;
  /** The username already registered for this GSP, when the portal shows one. */
  existingUsername?: string;
}

export const STEPS = {
  openPortal: 'Open the portal',
  signIn: 'Sign in (username, password, captcha)',
  twoFactor: 'Second factor (login OTP)',
  dashboard: 'Dashboard (close the technical-contact popup, check the GSTIN)',
  openCreateApiUser: 'Open API Registration → User Credentials → Create API User',
  apiOtp: 'API registration OTP',
  throughGsp: 'Choose "Through GSP" and check the registered GSPs',
  fillCredentials: 'Choose the GSP and fill the username and passwords',
  submit: 'Submit and read the confirmation',
} as const;

export type StepName = keyof typeof STEPS;

export function stepCount(dryRun: boolean): number {
  return Object.keys(STEPS).length - (dryRun ? 1 : 0);
}

/** What to do after an alert on the login page. Texts are known only by their start. */
function loginRefusal(text: string): 'captcha' | 'blocked' | 'credentials' {
  if (/captcha/i.test(text)) return 'captcha';
  if (/block|lock|disabled|suspend/i.test(text)) return 'blocked';
  return 'credentials';
}

/** OTP alert texts are unpublished: only "resent" notices are told apart from refusals. */
function otpAlert(text: string): 'notice' | 'expired' | 'wrong' {
  if (/resent|has been sent/i.test(text) && !/invalid|wrong|incorrect|expired/i.test(text)) return 'notice';
  if (/expire|exceed|attempt|limit/i.test(text)) return 'expired';
  return 'wrong';
}

/** After Submit. Username texts first: "User Name already exists" is not "already registered". */
function submitAlert(
  text: string,
): 'username-taken' | 'already-registered' | 'password' | 'success' | 'other' {
  if (/user\s*-?\s*name/i.test(text) && /exist|taken|already|not available|in use/i.test(text))
    return 'username-taken';
  if (/already/i.test(text)) return 'already-registered';
  if (/password/i.test(text)) return 'password';
  if (/success|created|registered/i.test(text)) return 'success';
  return 'other';
}

export class RegisterFlow {
  private readonly watch: PortalWatch;
  private readonly login: LoginPage;
  private readonly twoFactor: TwoFactorPage;
  private readonly menu: MainMenuPage;
  private readonly apiOtp: ApiOtpPage;
  private readonly mode: RegistrationModePage;
  private readonly form: GspCredentialsPage;
  private readonly result: ResultPage;
  private stepIndex = 0;
  private current: StepName = 'openPortal';
  private serverErrorMark = 0;

  get currentStep(): StepName {
    return this.current;
  }
  private readonly timeout: number;

  constructor(private readonly ctx: RegisterContext) {
    const { page, labels } = ctx;
    this.watch = new PortalWatch(page);
    this.login = new LoginPage(page, labels);
    this.twoFactor = new TwoFactorPage(page, labels);
    this.menu = new MainMenuPage(page, labels);
    this.apiOtp = new ApiOtpPage(page, labels);
    this.mode = new RegistrationModePage(page, labels);
    this.form = new GspCredentialsPage(page, labels);
    this.result = new ResultPage(page);
    this.timeout = ctx.settings.timeoutMs;
    page.setDefaultTimeout(this.timeout);
    page.setDefaultNavigationTimeout(this.timeout);
  }

  get apiUsername(): string {
    return `${API_USERNAME_PREFIX}${this.ctx.target.apiUsernameSuffix}`;
  }

  /**
   * The journey, started again from the login page when the session expires part way (the
   * portal times sessions out while someone fetches an OTP) and a person at a terminal agrees.
   * Starting again is safe after Submit too: the registered-GSP table is read before any Submit.
   */
  async run(): Promise<RegisterOutcome> {
    const { human, terminal } = this.ctx;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.journey();
      } catch (error) {
        const expired = isEinvError(error) && error.kind === 'session-expired';
        if (!expired || !human.interactive || attempt >= 3) throw error;
        if (!(await human.confirm(`${error.message} Log in again and carry on?`, true))) throw error;
        terminal.info('Starting again from the login page.');
      }
    }
  }

  private async journey(): Promise<RegisterOutcome> {
    const { settings } = this.ctx;
    await this.step('openPortal', async () => {
      await this.login.open(settings.portalUrl, this.timeout);
      await this.whichShows({ login: this.login.revealButton.or(this.login.username) });
    });
    await this.step('signIn', () => this.signIn());
    await this.step('twoFactor', () => this.answerOtp(this.twoFactor, 'login', this.menu.heading));
    await this.step('dashboard', () => this.dashboard());
    await this.step('openCreateApiUser', () => this.openCreateApiUser());
    await this.step('apiOtp', () => this.answerOtp(this.apiOtp, 'API registration', this.mode.throughGsp));
    const existing = await this.step('throughGsp', () => this.chooseThroughGsp());
    if (existing) {
      this.ctx.terminal.info(
        `${this.ctx.target.gsp} is already registered for this GSTIN (user ${existing.username ?? 'shown on the portal'}); nothing submitted.`,
      );
      return {
        status: 'already-registered',
        apiUsername: existing.username ?? this.apiUsername,
        existingUsername: existing.username,
      };
    }
    const gspShownAs = await this.step('fillCredentials', () => this.fillCredentials());
    if (settings.dryRun) {
      this.ctx.terminal.info('Dry run: the form is filled; Submit was not clicked.');
      return { status: 'dry-run', apiUsername: this.apiUsername, gspShownAs };
    }
    const status = await this.step('submit', () => this.submit());
    return { status, apiUsername: this.apiUsername, gspShownAs };
  }

  /** Runs one named, timed, photographed step; a failure is diagnosed and tagged with the step. */
  private async step<T>(name: StepName, action: () => Promise<T>): Promise<T> {
    const { run, log, terminal, page, settings } = this.ctx;
    const title = STEPS[name];
    this.stepIndex += 1;
    this.current = name;
    this.serverErrorMark = this.watch.serverErrorMark();
    this.throwIfCancelled();
    terminal.stepStarted(this.stepIndex, stepCount(settings.dryRun), title);
    log.info({ step: name }, 'step started');
    const startedAt = new Date();
    try {
      const value = await action();
      const durationMs = Date.now() - startedAt.getTime();
      const screenshot = await run.screenshot(page, name);
      await this.afterStep(name, 'ok');
      run.addStep({ name, title, status: 'ok', screenshot, startedAt: startedAt.toISOString(), durationMs });
      log.info({ step: name, durationMs }, 'step finished');
      terminal.stepFinished(title, durationMs, true);
      return value;
    } catch (error) {
      const failure = await this.diagnose(name, error);
      const durationMs = Date.now() - startedAt.getTime();
      const screenshot =
        failure.kind === 'cancelled' && page.isClosed()
          ? undefined
          : await run.screenshot(page, `${name}-failed`);
      await this.afterStep(name, 'failed');
      run.addStep({
        name,
        title,
        status: 'failed',
        screenshot,
        startedAt: startedAt.toISOString(),
        durationMs,
      });
      log.warn(
        { step: name, durationMs, kind: failure.kind, message: this.ctx.secrets.scrub(failure.message) },
        'step failed',
      );
      terminal.stepFinished(title, durationMs, false);
      throw failure;
    }
  }

  private async afterStep(name: StepName, status: 'ok' | 'failed'): Promise<void> {
    if (!this.ctx.afterStep || this.ctx.page.isClosed()) return;
    try {
      await this.ctx.afterStep(name, this.ctx.page, status);
    } catch (error) {
      this.ctx.log.warn({ step: name, err: String(error) }, 'after-step hook failed');
    }
  }

  private throwIfCancelled(): void {
    if (this.ctx.signal?.aborted) throw new Cancelled();
  }

  /** Turns whatever went wrong into one of the outcomes the operator can act on. */
  private async diagnose(step: StepName, error: unknown): Promise<EinvError> {
    const tagged = (failure: EinvError) => {
      failure.step ??= step;
      return failure;
    };
    if (this.ctx.signal?.aborted)
      return tagged(isEinvError(error) && error.kind === 'cancelled' ? error : new Cancelled());
    if (isEinvError(error)) return tagged(error);
    const doc = this.watch.lastDocument;
    if (doc && doc.status >= 500) {
      return tagged(
        new PortalChanged(
          `The portal answered with a server error (HTTP ${doc.status}) during "${STEPS[step]}".`,
          'The portal is having trouble: try again later. The screenshot in the run folder shows the page.',
          'server-error',
        ),
      );
    }
    if (step !== 'openPortal' && step !== 'signIn' && (await this.loginShown()))
      return tagged(this.sessionExpired(step));
    const message = error instanceof Error ? error.message : String(error);
    const detail = this.ctx.secrets.scrub(
      message
        .split('\n')
        .filter((line) => !/^\s*-\s*(fill|type|press)/i.test(line))
        .slice(0, 3)
        .join(' ')
        .replace(/\s+/g, ' '),
    );
    if (error instanceof Error && error.name === 'TimeoutError') {
      return tagged(
        new PortalChanged(
          `Timed out after ${this.timeout} ms during "${STEPS[step]}": ${detail}`,
          'The portal was slow or did not show what was expected. Look at the screenshot; raise --timeout-ms (EINV_TIMEOUT_MS) if the portal is just slow.',
          'timeout',
        ),
      );
    }
    return tagged(new PortalChanged(`The portal was not as expected during "${STEPS[step]}": ${detail}`));
  }

  private async loginShown(): Promise<boolean> {
    try {
      return await this.login.username.or(this.login.revealButton).first().isVisible();
    } catch {
      return false;
    }
  }

  private sessionExpired(step: StepName): PortalRefused {
    return new PortalRefused(
      `The portal session expired during "${STEPS[step]}": the portal went back to its login page.`,
      'Run the same command again and have the OTPs ready; nothing was submitted.',
      undefined,
      'session-expired',
    );
  }

  /**
   * Performs an action that makes the portal answer (a form post, usually), then waits until
   * the answer is in: a new page has loaded, or an alert came, or the load failed.
   */
  private async settle(action: () => Promise<void>): Promise<PortalAlert[]> {
    const { page } = this.ctx;
    const mark = this.watch.mark();
    this.watch.forgetDocuments();
    const loaded = page.waitForEvent('load', { timeout: this.timeout }).then(() => undefined);
    const failed = page
      .waitForEvent('requestfailed', { predicate: (r) => r.isNavigationRequest(), timeout: this.timeout })
      .then(() => undefined);
    const alerted = this.watch.nextAlert(mark).then(() => undefined);
    loaded.catch(() => undefined);
    failed.catch(() => undefined);
    await action();
    await Promise.race([loaded, failed, alerted]);
    // An alert raised while the new page loads comes before its load event: let the load finish.
    if (!this.watch.lastFailure)
      await page.waitForLoadState('load', { timeout: this.timeout }).catch(() => undefined);
    return this.watch.since(mark);
  }

  /**
   * Waits for the first of several screens to show; returns its key. A server error page
   * ends the wait at once instead of after the whole timeout.
   */
  private async whichShows<K extends string>(candidates: Record<K, Locator>): Promise<K> {
    const entries = Object.entries(candidates) as [K, Locator][];
    const any = entries.map(([, locator]) => locator).reduce((all, next) => all.or(next));
    const serverError = this.watch.nextServerError(this.serverErrorMark).then((doc) => {
      throw new PortalChanged(
        `The portal answered with a server error (HTTP ${doc.status}) during "${STEPS[this.current]}".`,
        'The portal is having trouble: try again later. The screenshot in the run folder shows the page.',
        'server-error',
      );
    });
    await Promise.race([any.first().waitFor({ state: 'visible', timeout: this.timeout }), serverError]);
    // One candidate: the wait has said which.
    if (entries.length === 1) return entries[0]?.[0] as K;
    for (const [key, locator] of entries) if (await locator.first().isVisible()) return key;
    return entries[0]?.[0] as K;
  }

  private async ask(message: string, hidden: boolean): Promise<string> {
    const answer = await this.ctx.human.ask({ message, hidden });
    this.ctx.secrets.add(answer);
    return answer;
  }

  private async signIn(): Promise<void> {
    const captchaFile = this.ctx.run.path('captcha.png');
    try {
      await this.signInWithCaptcha(captchaFile);
    } finally {
      // The picture is the captcha in clear: it does not outlive the login, whatever the outcome.
      await rm(captchaFile, { force: true });
    }
  }

  private async signInWithCaptcha(captchaFile: string): Promise<void> {
    const { settings, credentials, terminal, log } = this.ctx;
    for (let attempt = 1; ; attempt++) {
      await this.login.revealForm(this.timeout);
      writePrivateFile(captchaFile, await this.login.captchaPicture(this.timeout));
      terminal.info(`Captcha image: ${captchaFile}`);
      const captcha = await this.ask(
        `Captcha (attempt ${attempt} of ${settings.captchaAttempts}; also saved at ${captchaFile})`,
        true,
      );
      const alerts = await this.settle(() =>
        this.login.signIn(
          { username: credentials.portalUsername, password: credentials.portalPassword, captcha },
          this.timeout,
        ),
      );
      const refusal = alerts[0];
      if (!refusal) {
        const shown = await this.whichShows({
          otp: this.twoFactor.field,
          dashboard: this.menu.heading,
          login: this.login.username,
        });
        if (shown === 'login') {
          throw new PortalChanged('After Login the portal showed the login form again without saying why.');
        }
        return;
      }
      const reason = loginRefusal(refusal.text);
      log.info({ attempt, reason }, 'login refused');
      if (reason === 'blocked') {
        throw new PortalRefused(
          `The portal blocked the account: "${refusal.text}"`,
          'Wait for the block to end (or ask the GSTIN holder to unlock it), then run again.',
          refusal.text,
        );
      }
      if (reason === 'credentials') {
        // Never retried: a few wrong passwords lock the account.
        throw new PortalRefused(
          `The portal refused the username or password: "${refusal.text}". Not retried, because repeated failures lock the account.`,
          'Check EINV_PORTAL_USERNAME and EINV_PORTAL_PASSWORD with the GSTIN holder before running again.',
          refusal.text,
        );
      }
      if (attempt >= settings.captchaAttempts) {
        throw new PortalRefused(
          `The captcha was refused ${attempt} times: "${refusal.text}".`,
          'Run again and type the characters exactly as the picture shows; raise --captcha-attempts if needed.',
          refusal.text,
        );
      }
      terminal.warn(`The portal refused the captcha ("${refusal.text}"); a new one is shown.`);
    }
  }

  private async answerOtp(panel: OtpPanel, purpose: string, success: Locator): Promise<void> {
    const { settings, human, terminal, log, target } = this.ctx;
    await this.whichShowsOrExpired({ otp: panel.field });
    const holder = target.mobileHolder ? ` (${target.mobileHolder}'s phone)` : '';
    let resent = false;
    let refused = 0;
    for (;;) {
      const otp = await this.ask(`${purpose} OTP sent to the registered mobile${holder}`, true);
      const alerts = await this.settle(() => panel.verify(otp, this.timeout));
      const verdicts = alerts
        .map((alert) => ({ alert, kind: otpAlert(alert.text) }))
        .filter((v) => v.kind !== 'notice');
      const refusal = verdicts[0];
      if (!refusal) {
        await this.whichShowsOrExpired({ next: success });
        return;
      }
      refused += 1;
      log.info({ purpose, refused, verdict: refusal.kind }, 'OTP refused');
      if (refusal.kind === 'expired' || refused >= settings.otpAttempts) {
        const what = `The portal refused the ${purpose} OTP ${refused} time(s): "${refusal.alert.text}".`;
        if (resent || !(await human.confirm(`${what} Send a new OTP with "Resend OTP"?`, true))) {
          throw new PortalRefused(
            `${what}${resent ? ' A new OTP was already sent once.' : ''}`,
            'Check with the mobile holder which OTP is the latest (an OTP is valid for a short time), then run again.',
            refusal.alert.text,
          );
        }
        await this.settle(() => panel.resend(this.timeout));
        await panel.waitUntilShown(this.timeout);
        terminal.info(`A new ${purpose} OTP was requested.`);
        resent = true;
        refused = 0;
        continue;
      }
      terminal.warn(`The portal refused the ${purpose} OTP ("${refusal.alert.text}"); asking again.`);
      await panel.waitUntilShown(this.timeout);
    }
  }

  /** Like whichShows, but a return to the login page is named as an expired session. */
  private async whichShowsOrExpired<K extends string>(candidates: Record<K, Locator>): Promise<K> {
    const shown = await this.whichShows({
      ...candidates,
      __login: this.login.username.or(this.login.revealButton),
    } as Record<K | '__login', Locator>);
    if (shown === '__login') throw this.sessionExpired(this.current);
    return shown as K;
  }

  private async dashboard(): Promise<void> {
    const { target, log } = this.ctx;
    await this.menu.closeTechnicalContactWhenShown();
    await this.menu.waitUntilShown(this.timeout);
    if (await this.menu.technicalContactPopup.isVisible())
      await this.menu.popupExit.click({ timeout: this.timeout });
    const sessionGstin = await this.menu.sessionGstin();
    log.info({ sessionGstin }, 'logged in');
    if (sessionGstin && sessionGstin !== target.gstin) {
      throw new PortalRefused(
        `This portal login belongs to GSTIN ${sessionGstin}, not ${target.gstin}. Stopped before any OTP was requested.`,
        `Use the portal username of ${target.gstin}, or correct the GSTIN.`,
      );
    }
    if (!sessionGstin) log.warn('the dashboard shows no GSTIN; could not confirm the account');
  }

  private async openCreateApiUser(): Promise<void> {
    await this.menu.openCreateApiUser(this.timeout);
    await this.whichShowsOrExpired({ otp: this.apiOtp.field });
  }

  private async chooseThroughGsp(): Promise<{ username?: string } | undefined> {
    const { target, log } = this.ctx;
    await this.mode.waitUntilShown(this.timeout);
    const registered = await this.result.registeredGsps();
    log.info({ registered: registered.map((row) => row.gsp) }, 'GSPs registered for this GSTIN');
    const existing = registered.find((row) => sameGsp(row.gsp, target.gsp));
    if (existing) return { username: existing.username };
    await this.mode.chooseThroughGsp(this.timeout);
    await this.form.waitUntilShown(this.timeout);
    return undefined;
  }

  private async fillCredentials(): Promise<string> {
    const { target, credentials, log } = this.ctx;
    const offered = await this.form.gspNames();
    const shown = matchGsp(target.gsp, offered);
    if (!shown) {
      const closest = closestGspNames(target.gsp, offered);
      throw new PortalRefused(
        `The portal does not offer "${target.gsp}" in "Select your GSP". Closest names offered: ${closest.map((n) => `"${n}"`).join(', ')}.`,
        'Set --gsp (EINV_GSP) to the name exactly as the portal shows it.',
      );
    }
    if (shown !== target.gsp) log.info({ wanted: target.gsp, shown }, 'GSP matched in normal form');
    await this.form.chooseGsp(shown, this.timeout);
    if (!(await this.form.prefixShown())) log.warn('the fixed API_ prefix is not shown beside the username');
    await this.form.fillCredentials(target.apiUsernameSuffix, credentials.apiPassword, this.timeout);
    return shown;
  }

  private async submit(): Promise<'registered' | 'already-registered'> {
    const { target, log } = this.ctx;
    const alerts = await this.settle(() => this.form.submit(this.timeout));
    const unknown = (why: string) =>
      new OutcomeUnknown(
        `Submit was sent but ${why}; the API user may or may not have been created.`,
        `Run the same command again: it reads the registered-GSP table first and reports "already-registered" if the user exists. Or log in and open API Registration → ${this.ctx.labels.menuUserCredentials[0]} → Create API User to look.`,
      );
    if (this.watch.lastFailure)
      throw unknown(`the connection failed before the portal answered (${this.watch.lastFailure})`);
    const doc = this.watch.lastDocument;
    if (doc && doc.status >= 500)
      throw unknown(`the portal answered with a server error (HTTP ${doc.status})`);
    for (const alert of alerts) log.info({ alert: alert.text }, 'portal alert after Submit');
    const mine = (await this.result.registeredGsps()).find((row) => sameGsp(row.gsp, target.gsp));
    const verdict = alerts.map((alert) => ({ alert, kind: submitAlert(alert.text) }));
    const refusal = verdict.find((v) => v.kind !== 'success');
    if (mine && (!refusal || refusal.kind === 'already-registered')) {
      return mine.username && mine.username.toUpperCase() !== this.apiUsername.toUpperCase()
        ? 'already-registered'
        : 'registered';
    }
    if (refusal?.kind === 'already-registered') return 'already-registered';
    if (refusal?.kind === 'username-taken') {
      throw new PortalRefused(
        `The portal refused the username ${this.apiUsername}: "${refusal.alert.text}"`,
        'Choose another --api-username (EINV_API_USERNAME) and run again.',
        refusal.alert.text,
      );
    }
    if (refusal?.kind === 'password') {
      throw new PortalRefused(
        `The portal refused the API password: "${refusal.alert.text}"`,
        'Choose an API password that meets the rule the portal states, set EINV_API_PASSWORD (and --password-rule to match), and run again.',
        refusal.alert.text,
      );
    }
    if (refusal) {
      throw new PortalRefused(
        `The portal refused the registration: "${refusal.alert.text}"`,
        'Read the portal text above; fix and run again.',
        refusal.alert.text,
      );
    }
    throw unknown('no confirmation was read (no alert and no row for the GSP in the registered table)');
  }
}
