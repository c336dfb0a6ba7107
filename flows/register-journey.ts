/**
 * Register one GSTIN's API user through a GSP, in the order of the portal guide:
 * log in (captcha, then the login OTP), close the popups after login, open
 * API Registration → User Credentials → Create API User, enter the API OTP, choose
 * "Through GSP", pick the GSP, type the username and password, Submit.
 *
 * The flow owns the dry-run decision and says what each answer of the portal means for its step;
 * portal-answers.ts waits for those answers and names what went wrong, the step runner keeps the
 * evidence, the page objects act on their screen.
 */
import { rm } from 'node:fs/promises';
import type { Page } from 'playwright';
import type { RunSettings, Target } from '../src/config.js';
import { API_USERNAME_PREFIX } from '../src/config.js';
import { cancellationOf, isEinvError, OutcomeUnknown, PortalChanged, PortalRefused } from '../src/errors.js';
import type { RunFolder } from '../src/evidence.js';
import { closestGspNames, matchGsp, sameGsp } from '../src/gsp-names.js';
import type { Human } from '../src/human.js';
import type { Logger } from '../src/log.js';
import { isBrowserPage } from '../src/masked-screenshot.js';
import type { OtpPanel } from '../src/pages/otp-panel.js';
import { Portal } from '../src/pages/portal.js';
import type { RegisteredGsp } from '../src/pages/registered-gsp-table.js';
import type { Screen } from '../src/pages/screens.js';
import { settle } from '../src/pages/settled.js';
import { pageIdentity, pageName, type Teacher } from '../src/pages/teacher.js';
import { plural } from '../src/plural.js';
import { type PortalMap, WAY_ON_GOALS, type WayOnGoal } from '../src/portal-map.js';
import { writePrivateFile } from '../src/private-files.js';
import type { RunStatus } from '../src/report-data.js';
import type { SecretValues } from '../src/secret-values.js';
import { STEPS } from '../src/steps.js';
import type { Terminal } from '../src/terminal.js';
import { type Answer, PortalAnswers } from './portal-answers.js';
import {
  loginRefusal,
  OTP_REFUSED,
  otpVerdict,
  saysOtpAccepted,
  saysSessionEnded,
  submitVerdict,
} from './portal-verdicts.js';
import { type StepName, StepRunner } from './step-runner.js';

export { STEPS, type StepName, stepCount } from './step-runner.js';

/** Pages the map does not know, one after another, that a step goes through by their ways on. */
const MAX_WAYS_ON = 3;

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
  map: PortalMap;
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
  /** Handed to the page objects: an operator may show them what they cannot find (see teacher.ts). */
  teacher?: Teacher;
}

export interface RegisterOutcome {
  status: Extract<RunStatus, 'registered' | 'already-registered' | 'dry-run'>;
  apiUsername: string;
  gspShownAs?: string;
  /** The username already registered for this GSP, when the portal shows one. */
  existingUsername?: string;
}

export class RegisterFlow {
  private readonly portal: Portal;
  private readonly answers: PortalAnswers;
  private readonly steps: StepRunner;
  private readonly timeout: number;

  constructor(private readonly ctx: RegisterContext) {
    const { page } = ctx;
    this.timeout = ctx.settings.timeoutMs;
    page.setDefaultTimeout(this.timeout);
    page.setDefaultNavigationTimeout(this.timeout);
    this.portal = new Portal(page, ctx.map, this.timeout, ctx.log, ctx.teacher);
    this.answers = new PortalAnswers({
      page,
      portal: this.portal,
      timeout: this.timeout,
      log: ctx.log,
      secrets: ctx.secrets,
      portalUrl: ctx.settings.portalUrl,
      signal: ctx.signal,
      currentStep: () => this.currentStep,
    });
    this.steps = new StepRunner({
      page,
      run: ctx.run,
      log: ctx.log,
      terminal: ctx.terminal,
      secrets: ctx.secrets,
      dryRun: ctx.settings.dryRun,
      masks: () => this.portal.secretFields(),
      // A step ends on the screen its last wait found; a failure is looked at again.
      screen: (fresh) => {
        const { screens } = this.portal;
        return !fresh && screens.lastSeen ? Promise.resolve(screens.lastSeen) : screens.current();
      },
      diagnose: (step, error) => this.answers.diagnose(step, error),
      afterStep: ctx.afterStep,
    });
  }

  get currentStep(): StepName {
    return this.steps.current;
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
    await this.step('openPortal', () => this.openPortal());
    await this.step('signIn', () => this.signIn());
    await this.step('twoFactor', () => this.answerOtp(this.portal.loginOtp, 'login', 'dashboard'));
    await this.step('dashboard', () => this.dashboard());
    await this.step('openCreateApiUser', () => this.openCreateApiUser());
    await this.step('apiOtp', () => this.answerOtp(this.portal.apiOtp, 'API registration', 'registration'));
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
    // The command says how a dry run ended, once: the flow only stops before Submit.
    if (settings.dryRun) {
      return { status: 'dry-run', apiUsername: this.apiUsername, gspShownAs };
    }
    const status = await this.step('submit', () => this.submit());
    return { status, apiUsername: this.apiUsername, gspShownAs };
  }

  private step<T>(name: StepName, action: () => Promise<T>): Promise<T> {
    this.answers.stepStarted();
    return this.steps.run(name, async () => {
      this.throwIfCancelled();
      return action();
    });
  }

  private throwIfCancelled(): void {
    if (this.ctx.signal?.aborted) throw cancellationOf(this.ctx.signal);
  }

  /** Each of these replaces the page: an unknown page is named as soon as it has loaded, not after a timeout. */
  private async openPortal(): Promise<void> {
    let answer = await this.answers.after(
      () => this.portal.login.open(this.ctx.settings.portalUrl),
      ['login'],
    );
    // A welcome page before the home page: its way on leads to the login.
    if (answer.screen === 'unknown' && answer.alerts.length === 0)
      answer = await this.wayOn(answer, 'login', ['login']);
    if (answer.screen !== 'login') throw this.answers.unexpected(answer);
  }

  /**
   * `question` names what is asked (`captcha`, `login OTP`...), never the answer: the two log
   * lines time the operator's part of a run apart from the bot's (npm run bench reads them).
   */
  private async ask(message: string, question: string, optional = false): Promise<string> {
    this.ctx.log.info({ question }, 'question asked');
    // Not hidden: single-use answers, shown as typed so a typo is seen before Enter.
    const answer = await this.ctx.human.ask({ message, optional });
    this.ctx.log.info({ question }, 'answer received');
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
    const { login } = this.portal;
    for (let attempt = 1; ; attempt++) {
      await login.revealForm();
      const captcha = await this.readCaptcha(captchaFile, attempt);
      await login.fillForm({
        username: credentials.portalUsername,
        password: credentials.portalPassword,
        captcha,
      });
      await this.steps.photographNow('form-filled', 'the form as filled, before Login was clicked');
      let answer = await this.answers.after(() => login.submit(), ['otp', 'dashboard']);
      if (answer.screen === 'unknown' && answer.alerts.length === 0 && answer.errors.length === 0)
        answer = await this.wayOn(answer, 'dashboard', ['otp', 'dashboard']);
      if (answer.screen === 'otp' || answer.screen === 'dashboard') return;
      if (answer.failedCalls.length > 0) throw this.answers.callsFailed(answer);
      const refusal = answer.alerts[0]?.text ?? answer.errors[0];
      if (!refusal) {
        if (answer.screen === 'login')
          throw new PortalChanged('After Login the portal showed the login form again without saying why.');
        throw this.answers.unexpected(answer);
      }
      if (saysSessionEnded(refusal)) throw this.answers.sessionExpired();
      const reason = loginRefusal(refusal);
      log.info({ attempt, reason }, 'login refused');
      if (reason === 'blocked') {
        throw new PortalRefused(
          `The portal blocked the account: "${refusal}"`,
          'Wait for the block to end (or ask the GSTIN holder to unlock it), then run again.',
          refusal,
        );
      }
      if (reason === 'credentials') {
        // Never retried: a few wrong passwords lock the account.
        throw new PortalRefused(
          `The portal refused the username or password: "${refusal}". Not retried, because repeated failures lock the account.`,
          'Check EINV_PORTAL_USERNAME and EINV_PORTAL_PASSWORD with the GSTIN holder before running again.',
          refusal,
        );
      }
      if (attempt >= settings.captchaAttempts) {
        throw new PortalRefused(
          `The captcha was refused ${plural(attempt, 'time')}: "${refusal}".`,
          'Run again and type the characters exactly as the picture shows; raise --captcha-attempts if needed.',
          refusal,
        );
      }
      terminal.warn(`The portal refused the captcha ("${refusal}"); a new one is shown.`);
    }
  }

  /**
   * Shows the captcha and asks for it. Enter alone, or `r`, asks the portal for a new picture
   * (one too hard to read) and shows that: no attempt is spent, since nothing was sent.
   */
  private async readCaptcha(captchaFile: string, attempt: number): Promise<string> {
    const { settings, terminal, log } = this.ctx;
    const { login } = this.portal;
    for (let picture = await login.captchaPicture(); ; picture = await login.newCaptchaPicture()) {
      writePrivateFile(captchaFile, picture);
      terminal.picture(picture, `Captcha image: ${captchaFile}`);
      const answer = await this.ask(
        `Captcha (attempt ${attempt} of ${settings.captchaAttempts}; Enter alone or r for a new picture; also saved at ${captchaFile})`,
        'captcha',
        true,
      );
      if (answer !== '' && answer.toLowerCase() !== 'r') return answer;
      log.info({ attempt }, 'new captcha asked for');
    }
  }

  /**
   * Asks for an OTP and has the portal check it, until it leads to `next`. The screen is read
   * first: back at the login page is an expired session, whatever an alert said.
   */
  private async answerOtp(panel: OtpPanel, purpose: string, next: Screen): Promise<void> {
    const { settings, human, terminal, log, target } = this.ctx;
    if ((await this.answers.expectScreen(['otp', next])) === next) return;
    const requested = await panel.request();
    if (requested) {
      const how = requested.bySms
        ? 'by SMS'
        : `with "${requested.control}" (no SMS choice shown: the portal's own channel)`;
      const said = `Requested the ${purpose} OTP ${how}: the portal sends it only when asked.`;
      terminal.info(said);
      log.info({ purpose, bySms: requested.bySms }, 'OTP requested');
      this.steps.note(said);
    }
    await panel.waitUntilShown();
    const holder = target.mobileHolder ? ` (${target.mobileHolder}'s phone)` : '';
    let resent = false;
    let refused = 0;
    for (;;) {
      const otp = await this.ask(`${purpose} OTP sent to the registered mobile${holder}`, `${purpose} OTP`);
      let answer = await this.answers.after(() => panel.verify(otp), [next]);
      // An advisory between the OTP and the next screen: its way on leads there.
      if (
        answer.screen === 'unknown' &&
        answer.navigated &&
        answer.alerts.length === 0 &&
        answer.errors.length === 0
      )
        answer = await this.wayOn(answer, next === 'dashboard' ? 'dashboard' : 'registration', [next]);
      if (answer.screen === next) return;
      if (
        this.answers.sessionEnded(answer) ||
        answer.screen === 'error-page' ||
        answer.failedCalls.length > 0
      )
        throw this.answers.unexpected(answer);
      const texts = [...answer.alerts.map((alert) => alert.text), ...answer.errors];
      // The OTP taken ("OTP verified successfully") and nothing refusing it: the next screen is
      // on its way (a page that goes on after a moment), and is waited for.
      if (texts.some(saysOtpAccepted) && !texts.some((text) => OTP_REFUSED.test(text))) {
        if ((await this.portal.screens.goneOnTo([next], this.timeout)) === next) return;
      }
      const refusal = texts.find((text) => otpVerdict(text) !== 'notice' && !saysOtpAccepted(text));
      // Words that refuse nothing by themselves ("Welcome, you have logged in", a toast drawn as
      // the next page comes) are no refusal while that page is coming: it is looked at once the
      // page is still.
      if (refusal && !OTP_REFUSED.test(refusal) && otpVerdict(refusal) === 'wrong' && !answer.alerts.length) {
        if ((await this.screenOnceStill().catch(() => 'unknown')) === next) return;
      }
      if (!refusal) {
        if (answer.screen !== 'otp') throw this.answers.unexpected(answer);
        throw new PortalChanged(
          `After "Verify OTP" the portal still shows the ${purpose} OTP page without saying why.`,
        );
      }
      const verdict = otpVerdict(refusal);
      refused += 1;
      log.info({ purpose, refused, verdict }, 'OTP refused');
      if (verdict === 'expired' || refused >= settings.otpAttempts) {
        const what = `The portal refused the ${purpose} OTP ${plural(refused, 'time')}: "${refusal}".`;
        if (resent || !(await human.confirm(`${what} Send a new OTP with "Resend OTP"?`, true))) {
          throw new PortalRefused(
            `${what}${resent ? ' A new OTP was already sent once.' : ''}`,
            'Check with the mobile holder which OTP is the latest (an OTP is valid for a short time), then run again.',
            refusal,
          );
        }
        const again = await this.answers.after(() => panel.resend(), []);
        if (this.answers.sessionEnded(again) || again.screen === 'error-page' || again.screen === 'unknown')
          throw this.answers.unexpected(again);
        await panel.waitUntilShown();
        terminal.info(`A new ${purpose} OTP was requested.`);
        resent = true;
        refused = 0;
        continue;
      }
      terminal.warn(`The portal refused the ${purpose} OTP ("${refusal}"); asking again.`);
      await panel.waitUntilShown();
    }
  }

  /**
   * A page the map does not know where the step expected `goal` (issue 18 §3): once it has
   * settled and is still none the bot knows, so that nothing the step needs is on it, it is left
   * by its way on (learned for that page, or clicked by the operator in a headed run, see
   * teacher.ts), a few pages in a row at most. Without a way on the run stops (exit 4) naming
   * the step and the page. Returns the portal's answer to the last way on taken.
   */
  private async wayOn(answer: Answer, goal: WayOnGoal, expected: readonly Screen[]): Promise<Answer> {
    const { page, teacher } = this.ctx;
    // The browser's own error page, or the portal's answer with an error status, is no page to go on from.
    const failed = () => isBrowserPage(page.url()) || (this.answers.lastDocumentStatus ?? 200) >= 400;
    let now = answer;
    for (let pages = 0; pages < MAX_WAYS_ON && now.screen === 'unknown' && !failed(); pages++) {
      const screen = await this.screenOnceStill();
      if (screen !== 'unknown') return { ...now, screen };
      const shown = await pageIdentity(page);
      const titled = [
        shown.title ? `titled "${shown.title}"` : '',
        shown.heading ? `with the heading "${shown.heading}"` : '',
      ]
        .filter(Boolean)
        .join(' ');
      const problem = new PortalChanged(
        `During "${STEPS[this.currentStep]}" the portal showed a page the portal map does not know${titled ? `, ${titled}` : ''} (${shown.path}), and ${WAY_ON_GOALS[goal]} is not on it.`,
        `Look at the screenshot in the run folder: if a click on ${pageName(shown)} takes you on (a "Continue", a link), the bot can be shown it once.`,
      );
      if (!teacher) throw problem;
      const control = await teacher.wayOn({ toward: goal, page: shown, problem });
      now = await this.answers.after(async () => {
        await this.portal.finder.markPage();
        await control.click();
      }, expected);
    }
    return now;
  }

  private async dashboard(): Promise<void> {
    const { target, log } = this.ctx;
    const { dashboard, popups } = this.portal;
    // Popups come after login, sometimes late, sometimes several: closed whenever one stands in the way.
    await popups.closeWhenShown();
    await this.answers.expectScreen(['dashboard']);
    await popups.closeAll();
    const sessionGstin = await dashboard.sessionGstin();
    log.info({ sessionGstin }, 'logged in');
    if (sessionGstin && sessionGstin !== target.gstin) {
      throw new PortalRefused(
        `This portal login belongs to GSTIN ${sessionGstin}, not ${target.gstin}. Stopped before any OTP was requested.`,
        `Use the portal username of ${target.gstin}, or correct the GSTIN.`,
      );
    }
    if (!sessionGstin) log.warn('the dashboard shows no GSTIN; could not confirm the account');
  }

  /** The screen showing once the page is still (a page still drawing, or still on its way). */
  private async screenOnceStill(): Promise<Screen> {
    await settle(this.ctx.page, this.portal.finder.activity, this.timeout).catch(() => undefined);
    return this.portal.screens.current();
  }

  private async openCreateApiUser(): Promise<void> {
    let answer = await this.answers.after(() => this.portal.dashboard.openCreateApiUser(), ['otp']);
    // A page that fetches its panel once it has loaded (htmx's `hx-trigger="load"`) shows only
    // its menu at first: it is read again once it is still.
    if (
      answer.screen !== 'otp' &&
      answer.navigated &&
      answer.alerts.length === 0 &&
      answer.errors.length === 0
    ) {
      answer = { ...answer, screen: await this.screenOnceStill().catch(() => answer.screen) };
    }
    if (
      answer.screen === 'unknown' &&
      answer.navigated &&
      answer.alerts.length === 0 &&
      answer.errors.length === 0
    )
      answer = await this.wayOn(answer, 'otp', ['otp']);
    if (answer.screen !== 'otp') throw this.answers.unexpected(answer);
  }

  private async chooseThroughGsp(): Promise<{ username?: string } | undefined> {
    const { target, log } = this.ctx;
    const { registration, registeredGsps } = this.portal;
    await registration.waitUntilShown();
    const registered = await registeredGsps.rows();
    log.info({ registered: registered.map((row) => row.gsp) }, 'GSPs registered for this GSTIN');
    const existing = registered.find((row) => sameGsp(row.gsp, target.gsp));
    if (existing) return { username: existing.username };
    await registration.chooseThroughGsp();
    return undefined;
  }

  private async fillCredentials(): Promise<string> {
    const { target, credentials, log } = this.ctx;
    const { registration } = this.portal;
    const offered = await registration.gspNames(target.gsp);
    const shown = matchGsp(target.gsp, offered);
    if (!shown) {
      const closest = closestGspNames(target.gsp, offered);
      throw new PortalRefused(
        `The portal does not offer "${target.gsp}" in "Select your GSP". Closest names offered: ${closest.map((n) => `"${n}"`).join(', ')}.`,
        'Set --gsp (EINV_GSP) to the name exactly as the portal shows it.',
      );
    }
    if (shown !== target.gsp) log.info({ wanted: target.gsp, shown }, 'GSP matched in normal form');
    await registration.chooseGsp(shown);
    if (!(await registration.prefixShown()))
      log.warn('the fixed API_ prefix is not shown beside the username');
    await registration.fillCredentials(target.apiUsernameSuffix, credentials.apiPassword);
    return shown;
  }

  private async submit(): Promise<'registered' | 'already-registered'> {
    const { target, log } = this.ctx;
    const unknown = (why: string) =>
      new OutcomeUnknown(
        `Submit was sent but ${why}; the API user may or may not have been created.`,
        `Run the same command again: it reads the registered-GSP table first and says it is already registered if the user exists. Or log in and open API Registration → ${this.ctx.map.dashboard.elements.userCredentials?.texts[0]} → Create API User to look.`,
      );
    let answer: Answer;
    try {
      // The page may ask before it sends: its confirm() and its Yes/No are this step's to answer.
      let answered: string | undefined;
      answer = await this.answers.after(
        async () => {
          answered = await this.portal.registration.submit();
        },
        [],
        { confirms: 'accept' },
      );
      if (answered !== undefined)
        log.info({ answer: answered }, "answered the portal's question about Submit");
    } catch (error) {
      if (isEinvError(error) && error.kind === 'timeout')
        throw unknown(`the portal did not answer within ${this.timeout} ms`);
      if (isEinvError(error) && error.kind === 'server-error')
        throw unknown(
          `the portal answered with a server error (HTTP ${this.answers.lastDocumentStatus ?? 500})`,
        );
      throw error;
    }
    const { lastFailure, lastDocumentStatus } = this.answers;
    if (lastFailure) throw unknown(`the connection failed before the portal answered (${lastFailure})`);
    if (lastDocumentStatus !== undefined && lastDocumentStatus >= 500)
      throw unknown(`the portal answered with a server error (HTTP ${lastDocumentStatus})`);
    if (answer.screen === 'login') throw unknown('the portal went back to its login page');
    if (answer.failedCalls.length > 0)
      throw unknown(`the page's request to the portal got no answer (${answer.failedCalls.join('; ')})`);
    const texts = [...answer.alerts.map((alert) => alert.text), ...answer.errors];
    for (const text of texts) log.info({ alert: text }, 'portal answer after Submit');
    // The table decides before any text: the GSP's row with our username is the user, whatever
    // the portal said about it (a wording the map does not know, or a session that ended).
    const ended = texts.find(saysSessionEnded);
    const verdicts = texts
      .filter((text) => text !== ended)
      .map((text) => ({ text, kind: submitVerdict(text) }));
    const refusal = verdicts.find((v) => v.kind !== 'success');
    // A refusal the map knows leaves no row to wait for; anything else may be drawn late.
    const known = refusal && refusal.kind !== 'other' && refusal.kind !== 'already-registered';
    const rows = ended || known ? await this.portal.registeredGsps.rows() : await this.rowsOnceShown();
    const mine = rows.find((row) => sameGsp(row.gsp, target.gsp));
    const ours = !mine?.username || mine.username.toUpperCase() === this.apiUsername.toUpperCase();
    if (mine && ours) return 'registered';
    if (mine && (!refusal || refusal.kind === 'already-registered')) return 'already-registered';
    if (ended) throw unknown(`the portal then said "${ended}"`);
    if (refusal?.kind === 'already-registered') return 'already-registered';
    if (refusal?.kind === 'username-taken') {
      throw new PortalRefused(
        `The portal refused the username ${this.apiUsername}: "${refusal.text}"`,
        'Choose another --api-username (EINV_API_USERNAME) and run again.',
        refusal.text,
      );
    }
    if (refusal?.kind === 'password') {
      throw new PortalRefused(
        `The portal refused the API password: "${refusal.text}"`,
        'Choose an API password that meets the rule the portal states, set EINV_API_PASSWORD (and --password-rule to match), and run again.',
        refusal.text,
      );
    }
    // A text the bot cannot read is never taken for a refusal: with no row, nobody knows.
    if (refusal)
      throw unknown(
        `the portal answered "${refusal.text}", which the bot does not know, and the registered table shows no row for ${target.gsp}`,
      );
    throw unknown('no confirmation was read (no alert and no row for the GSP in the registered table)');
  }

  /**
   * The registered-GSP table's rows once the GSP's row shows: a table redrawn in place after
   * the confirmation (AJAX) may lag the alert, so the row is waited for, for as long as the
   * portal is given to answer. A full page already shows it.
   */
  private async rowsOnceShown(): Promise<RegisteredGsp[]> {
    const { target } = this.ctx;
    const { registeredGsps } = this.portal;
    const rows = await registeredGsps.rows();
    if (rows.some((row) => sameGsp(row.gsp, target.gsp))) return rows;
    await registeredGsps
      .locator('result.registeredTable')
      .first()
      .locator('tr', { hasText: this.ctx.target.gsp.slice(0, 12) })
      .first()
      .waitFor({ state: 'attached', timeout: this.timeout })
      .catch(() => undefined);
    return registeredGsps.rows();
  }
}
