/**
 * Reading the portal's answers for the register journey: what an action made the portal say
 * (its alerts, the screen now showing, new error texts, calls that failed), which screen shows
 * when one is expected, and, when a step fails, what the failure means for the operator (an
 * expired session, a server in trouble, an unreachable portal, an overlay, a changed portal).
 *
 * The journey says what each step does and what each answer means for it; this module knows how
 * an answer is waited for and read, and how a failure is named. It keeps no evidence and makes no
 * dry-run decision (see register-journey.ts and step-runner.ts).
 */
import type { Page } from 'playwright';
import { browserProxy, stopLoading } from '../src/browser.js';
import {
  cancellationOf,
  type EinvError,
  internalError,
  isEinvError,
  PortalChanged,
  PortalRefused,
} from '../src/errors.js';
import { cleanMessage, unreachable, withoutEscapes } from '../src/failure-text.js';
import type { Logger } from '../src/log.js';
import type { Portal } from '../src/pages/portal.js';
import { type PortalAlert, PortalWatch, type ShownNow } from '../src/pages/portal-watch.js';
import { type PortalAnswer, SCREEN_NAMES, type Screen } from '../src/pages/screens.js';
import { PageActivity, settle } from '../src/pages/settled.js';
import type { SecretValues } from '../src/secret-values.js';
import { STEPS, type StepName } from '../src/steps.js';
import { saysSessionEnded } from './portal-verdicts.js';

/** What the portal said after an action: its alerts, the screen now showing, and how the wait ended. */
export interface Answer {
  alerts: PortalAlert[];
  screen: Screen;
  /** Error texts that appeared on the page (the portal's verdict when it is not an alert). */
  errors: string[];
  navigated: boolean;
  title?: string;
  heading?: string;
  /** The page's own calls (AJAX) that failed or got a server error while the portal answered. */
  failedCalls: string[];
}

export interface PortalAnswersContext {
  page: Page;
  /** The page objects and the screen watch of the run's page. */
  portal: Portal;
  /** How long the portal is given to answer, in ms (`--timeout-ms`). */
  timeout: number;
  log: Logger;
  secrets: SecretValues;
  /** Named when the portal cannot be reached. */
  portalUrl: string;
  /** The run's: once aborted, every failure is the cancellation. */
  signal?: AbortSignal;
  /** The step running now, named in what a failure says. */
  currentStep: () => StepName;
}

/** The portal's answers on one page, read for the journey's steps. */
export class PortalAnswers {
  private readonly portal: Portal;
  private readonly watch: PortalWatch;
  private readonly activity: PageActivity;
  private readonly timeout: number;
  private serverErrorMark = 0;
  private stepAlertMark = 0;
  private stepShownMark = 0;

  constructor(private readonly ctx: PortalAnswersContext) {
    this.portal = ctx.portal;
    this.timeout = ctx.timeout;
    this.watch = new PortalWatch(ctx.page);
    this.activity = new PageActivity(ctx.page);
  }

  private get currentStep(): StepName {
    return this.ctx.currentStep();
  }

  /** Called as each step starts: a server error or an alert before it is not the step's. */
  stepStarted(): void {
    this.serverErrorMark = this.watch.serverErrorMark();
    this.stepAlertMark = this.watch.mark();
    this.stepShownMark = this.watch.shownMark();
  }

  /** The main document's last failed load (a dropped connection), if any. */
  get lastFailure(): string | undefined {
    return this.watch.lastFailure;
  }

  /** The HTTP status of the main document's last response, if any. */
  get lastDocumentStatus(): number | undefined {
    return this.watch.lastDocument?.status;
  }

  /** Turns whatever went wrong into one of the outcomes the operator can act on. */
  async diagnose(step: StepName, error: unknown): Promise<EinvError> {
    const tagged = (failure: EinvError) => {
      failure.step ??= step;
      return failure;
    };
    if (this.ctx.signal?.aborted)
      return tagged(
        isEinvError(error) && error.kind === 'cancelled' ? error : cancellationOf(this.ctx.signal),
      );
    const { page, log, secrets, portalUrl } = this.ctx;
    const bug = internalError(error);
    if (bug) {
      log.error({ step, err: secrets.scrub(withoutEscapes(bug.stack ?? bug.message)) }, 'a bug in einv-gsp');
      return tagged(bug);
    }
    // After a wait that ran out, what the page still loads is abandoned: a pending load would hold
    // the checks below and the failure's screenshot until their own timeouts (a portal that never
    // answers kept a run 10 s past its failure). A page the flow judged is left as it is.
    if (!isEinvError(error) || error.kind === 'timeout') await stopLoading(page);
    // Playwright's own words (call log included) are for run.log; people read `cleanMessage`.
    log.info({ step, detail: secrets.scrub(withoutEscapes(String(error))) }, 'what the step ran into');
    // Not reaching the portal at all is said first, and never as news about the portal.
    const network = unreachable([error, this.watch.lastFailure], {
      step: STEPS[step],
      portalUrl,
      proxy: browserProxy()?.server,
    });
    const missed = !isEinvError(error) || error.kind === 'changed' || error.kind === 'timeout';
    if (network && missed) return tagged(network);
    // Judged on the page as it ended up: what a step missed or waited for in vain after the
    // session ended (back at the login page, or an alert saying so) is the expired session.
    // Submit is left to its own verdict: there nobody knows until the table is read.
    if (missed && !['openPortal', 'signIn', 'submit'].includes(step) && (await this.sessionEndedDuring()))
      return tagged(this.sessionExpired(step));
    if (isEinvError(error)) return tagged(error);
    const doc = this.watch.lastDocument;
    if (doc && doc.status >= 500) return tagged(this.serverError(doc.status));
    const detail = secrets.scrub(cleanMessage(error));
    // Playwright retries a click that something else would receive until the timeout: that is
    // an overlay, said as such, never a slow portal. Named by its tag alone: the text Playwright
    // shows inside it may be a value the portal displays (a phone number in a popup).
    const covering =
      /(<[^>]+>)[^<]*(?:<\/\w+>)?(?: from <[^>]+>…<\/\w+> subtree)? intercepts pointer events/.exec(
        String(error),
      );
    if (covering) {
      return tagged(
        new PortalChanged(
          `${covering[1]} covers what the bot had to click during "${STEPS[step]}", and it did not go away.`,
          'Look at the screenshot in the run folder: a popup or overlay the bot could not close stands in the way. Report it with the run folder attached.',
        ),
      );
    }
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

  private serverError(status: number): PortalChanged {
    return new PortalChanged(
      `The portal answered with a server error (HTTP ${status}) during "${STEPS[this.currentStep]}".`,
      'The portal is having trouble: try again later. The screenshot in the run folder shows the page.',
      'server-error',
    );
  }

  /**
   * Whether an alert or a message the page drew since the step began (a toast, a coloured line)
   * said the session ended, or a message dialog showing now says so ("Session Expired" over the
   * page, before it goes home), or the login page shows now.
   */
  private async sessionEndedDuring(): Promise<boolean> {
    if (this.watch.since(this.stepAlertMark).some((alert) => saysSessionEnded(alert.text))) return true;
    if (this.watch.shownSince(this.stepShownMark).some((shown) => saysSessionEnded(shown.text))) return true;
    try {
      if (saysSessionEnded(await this.portal.popups.topText())) return true;
      return (await this.portal.screens.current()) === 'login';
    } catch {
      return false;
    }
  }

  /** The expired session, named with its step (the one running now unless said). */
  sessionExpired(step: StepName = this.currentStep): PortalRefused {
    return new PortalRefused(
      `The portal session expired during "${STEPS[step]}": the portal went back to its login page.`,
      'Run the same command again and have the OTPs ready; nothing was submitted.',
      undefined,
      'session-expired',
    );
  }

  /**
   * Performs an action that makes the portal answer, then waits until the answer is in: one of
   * the `expected` screens shows, the page was replaced by another (and has loaded), an error
   * text appeared, an alert came, or the load failed. A `confirm()` never ends the wait: it is
   * the page asking, not the portal answering; it is accepted only for an action that raises it
   * on purpose (`confirms: 'accept'`, Submit), and dismissed otherwise. The verdicts drawn before
   * the action are read by its first look, which marks the page (see `ScreenWatch.answerTo`); an
   * action that looks at nothing first (`page.goto`) has none, and no drawn verdict ends its wait.
   */
  async after(
    action: () => Promise<void>,
    expected: readonly Screen[],
    { confirms = 'dismiss' }: { confirms?: 'accept' | 'dismiss' } = {},
  ): Promise<Answer> {
    this.watch.acceptConfirms = confirms === 'accept';
    try {
      return await this.answerAfter(action, expected);
    } finally {
      this.watch.acceptConfirms = false;
    }
  }

  private async answerAfter(action: () => Promise<void>, expected: readonly Screen[]): Promise<Answer> {
    const { page } = this.ctx;
    await this.watch.watchShown();
    const shownMark = this.watch.shownMark();
    let shownBefore: ShownNow | undefined;
    let marked: (before: ShownNow | undefined) => void = () => undefined;
    const before = new Promise<ShownNow | undefined>((resolve) => {
      marked = resolve;
    });
    const acted = async () => {
      await action();
      shownBefore = this.portal.screens.lastMark?.verdictsBefore;
      marked(shownBefore);
    };
    const mark = this.watch.mark();
    const documents = this.watch.documentMark();
    const callMark = this.watch.failedCalls.length;
    const failedCalls = () => this.watch.failedCalls.slice(callMark);
    this.watch.forgetDocuments();
    const never = new Promise<never>(() => undefined);
    const alerted = this.watch.nextAlert(mark).then(() => 'alert' as const);
    // A verdict drawn in place (a red text, a toast, a message dialog) ends the wait; one on a
    // new page is read when the screen wait judges that page, once it has loaded.
    const shown = before.then((drawn) =>
      drawn ? this.watch.nextShown(shownMark, drawn.doc).then(() => 'shown' as const) : never,
    );
    const failed = page
      .waitForEvent('requestfailed', {
        predicate: (r) => r.isNavigationRequest() && r.frame() === page.mainFrame(),
        timeout: this.timeout,
      })
      .then(
        () => 'failed' as const,
        () => never,
      );
    const serverError = this.watch.nextServerError(this.serverErrorMark).then(() => 'server-error' as const);
    let result: PortalAnswer | 'alert' | 'failed' | 'server-error' | 'shown';
    try {
      result = await this.portal.screens.answerTo(acted, expected, this.timeout, [
        alerted,
        failed,
        serverError,
        shown,
      ]);
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'TimeoutError' || page.isClosed()) throw error;
      // A load still pending would hold the look at the page (and the failure's screenshot) too.
      await stopLoading(page);
      const screen = await this.portal.screens.current().catch(() => 'unknown' as const);
      throw new PortalChanged(
        `The portal did not answer within ${this.timeout} ms during "${STEPS[this.currentStep]}": it still shows ${SCREEN_NAMES[screen]}${expected.length > 0 ? `, not ${expected.map((s) => SCREEN_NAMES[s]).join(' or ')}` : ''}.`,
        'The portal was slow or did not show what was expected. Look at the screenshot; raise --timeout-ms (EINV_TIMEOUT_MS) if the portal is just slow.',
        'timeout',
      );
    }
    if (result === 'server-error') throw this.serverError(this.watch.lastDocument?.status ?? 500);
    let answer: Answer;
    if (result === 'failed')
      answer = {
        alerts: this.watch.since(mark),
        screen: 'unknown',
        errors: [],
        navigated: true,
        failedCalls: failedCalls(),
      };
    else if (result === 'alert' || result === 'shown') {
      // A verdict drawn in place may come just before the rest of the answer (a form revealed):
      // the page is judged once it has settled.
      if (result === 'shown') await settle(page, this.activity, this.timeout).catch(() => undefined);
      const { screen, errors, navigated } = await this.pageAfterAlert(documents);
      answer = { alerts: this.watch.since(mark), screen, errors, navigated, failedCalls: failedCalls() };
    } else
      answer = {
        alerts: this.watch.since(mark),
        screen: result.screen,
        errors: result.errors,
        navigated: result.why === 'navigated',
        title: result.title,
        heading: result.heading,
        failedCalls: failedCalls(),
      };
    return this.withDrawnVerdicts(answer, expected, shownMark, shownBefore?.texts);
  }

  /** The verdicts the last answer's page drew, for a refusal shown again to count as new. */
  private lastDrawn: string[] = [];

  /**
   * The answer with the verdicts the page drew since the action (red or amber text without a
   * class, a toast already gone, a message dialog) among its error texts: only those that were
   * not drawn before it (a red note always under the form is no verdict), unless the last answer
   * drew them too (the same refusal, shown again). A message dialog is read, then closed. With
   * nothing seen before the action (a page opened by its address), what it drew is no answer to
   * repeat: the page's own coloured words (a header in amber) would else be taken, page after
   * page, for the same refusal shown again.
   */
  private async withDrawnVerdicts(
    answer: Answer,
    expected: readonly Screen[],
    shownMark: number,
    before: string[] | undefined,
  ): Promise<Answer> {
    const drawn = this.watch.shownSince(shownMark);
    const fresh = drawn
      .map((shown) => shown.text)
      .filter((text, index, all) => all.indexOf(text) === index)
      .filter((text) => !before?.includes(text) || this.lastDrawn.includes(text));
    this.lastDrawn = before === undefined ? [] : fresh;
    const extra = fresh.filter(
      (text) => !answer.errors.some((error) => error === text || text.includes(error)),
    );
    // Closed only when it is the answer: a popup over the screen the step expected is the next step's.
    const dialog = drawn.some((shown) => shown.floating && fresh.includes(shown.text));
    if (dialog && !expected.includes(answer.screen))
      await this.portal.popups.closeAll().catch((error: unknown) => {
        this.ctx.log.info({ detail: String(error) }, 'the message dialog did not close');
      });
    if (extra.length > 0) this.ctx.log.info({ verdicts: extra.length }, 'verdicts drawn on the page');
    // Once the page has drawn words since the action, words it showed before and did not draw
    // again are not its answer: the earlier refusal's toast still showing above "OTP verified
    // successfully" (with nothing drawn anew, a refusal still showing is the same refusal again).
    const drawnTexts = drawn.map((shown) => shown.text);
    const stale = (text: string) =>
      drawnTexts.length > 0 && before?.includes(text) === true && !drawnTexts.includes(text);
    const errors = [...answer.errors.filter((text) => !stale(text)), ...extra];
    return errors.length === answer.errors.length && extra.length === 0 ? answer : { ...answer, errors };
  }

  /**
   * The page as an alert leaves it, for the verdict is the page's, not the alert's: the alert is
   * accepted first (the page's script goes on only then, to redraw the page or to leave it:
   * "session expired", then home), a page asked for since is waited for until it has loaded,
   * and looked at; a page left during the look is waited for and looked at again.
   */
  private async pageAfterAlert(
    documents: number,
  ): Promise<{ screen: Screen; errors: string[]; navigated: boolean }> {
    const deadline = AbortSignal.timeout(this.timeout);
    const expired = new Promise<void>((resolve) => deadline.addEventListener('abort', () => resolve()));
    await this.watch.alertsAccepted();
    let seen: { screen: Screen; errors: string[] } = { screen: 'unknown', errors: [] };
    for (let looks = 0; looks < 3 && !deadline.aborted; looks++) {
      await Promise.race([this.watch.loadedSince(documents), expired]);
      const before = this.watch.documentMark();
      seen = await this.portal.screens
        .glanceAfterAction()
        .catch(() => ({ screen: 'unknown' as const, errors: [] }));
      if (!this.watch.leftSince(before)) break;
    }
    return { ...seen, navigated: this.watch.leftSince(documents) };
  }

  /**
   * Whether the portal's answer says the session ended: back at the login page, or a text
   * saying the session expired or timed out (which may come before the page goes there, or
   * instead of it).
   */
  sessionEnded(answer: Answer): boolean {
    if (answer.screen === 'login') return true;
    return [...answer.alerts.map((alert) => alert.text), ...answer.errors].some(saysSessionEnded);
  }

  /**
   * A screen the step did not expect, named as such: an error or maintenance page, a page the
   * map does not know (with its title and heading), or the login page (an expired session).
   */
  unexpected(answer: Answer): EinvError {
    const doc = this.watch.lastDocument;
    if (doc && doc.status >= 500) return this.serverError(doc.status);
    if (this.sessionEnded(answer)) return this.sessionExpired(this.currentStep);
    if (answer.failedCalls.length > 0) return this.callsFailed(answer);
    const title = answer.title ? ` titled "${answer.title}"` : '';
    const heading = answer.heading ? ` with the heading "${answer.heading}"` : '';
    if (answer.screen === 'error-page') {
      return new PortalChanged(
        `The portal showed an error or maintenance page${title}${heading} during "${STEPS[this.currentStep]}".`,
        'The portal is having trouble: try again later. The screenshot in the run folder shows the page.',
        'server-error',
      );
    }
    return new PortalChanged(
      `The portal showed ${SCREEN_NAMES[answer.screen]}${title}${heading} during "${STEPS[this.currentStep]}".`,
    );
  }

  /** The page asked the portal in place (AJAX) and got no answer: whatever the page says, the portal did not answer. */
  callsFailed(answer: Answer): PortalChanged {
    return new PortalChanged(
      `The portal did not answer the page's request during "${STEPS[this.currentStep]}" (${answer.failedCalls.join('; ')}).`,
      'The portal is having trouble, or the connection dropped: try again later. The screenshot in the run folder shows the page.',
      'server-error',
    );
  }

  /** Waits for one of the screens; the login page instead (after sign-in) is an expired session. */
  async expectScreen(expected: readonly Screen[]): Promise<Screen> {
    const serverError = this.watch.nextServerError(this.serverErrorMark).then(() => 'server-error' as const);
    const stop: Screen[] = ['error-page'];
    if (!expected.includes('login')) stop.push('login');
    let result: PortalAnswer | 'server-error';
    try {
      result = await this.portal.screens.until([...expected, ...stop], this.timeout, [serverError]);
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'TimeoutError' || this.ctx.page.isClosed()) throw error;
      await stopLoading(this.ctx.page);
      const screen = await this.portal.screens.current().catch(() => 'unknown' as const);
      throw this.unexpected({ alerts: [], screen, errors: [], navigated: false, failedCalls: [] });
    }
    if (result === 'server-error') throw this.serverError(this.watch.lastDocument?.status ?? 500);
    if (!expected.includes(result.screen))
      throw this.unexpected({ ...result, alerts: [], navigated: false, failedCalls: [] });
    return result.screen;
  }
}
