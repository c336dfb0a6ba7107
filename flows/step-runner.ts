/**
 * Runs the journey's steps: each one named, timed, logged at start and end, photographed (secret
 * fields masked) with the screen it shows, and, when it fails, diagnosed into an outcome the
 * operator can act on and tagged with the step. The flow says what a step does; this says how
 * every step is run and kept as evidence.
 */
import type { Page } from 'playwright';
import type { EinvError } from '../src/errors.js';
import type { RunFolder } from '../src/evidence.js';
import type { Logger } from '../src/log.js';
import { isBrowserPage, type Masks } from '../src/masked-screenshot.js';
import { SCREEN_NAMES, type Screen } from '../src/pages/screens.js';
import type { EarlierPicture, StepRecord } from '../src/report-data.js';
import type { SecretValues } from '../src/secret-values.js';
import { STEPS, type StepName, stepCount } from '../src/steps.js';
import type { Terminal } from '../src/terminal.js';

export { STEPS, type StepName, stepCount };

export interface StepRunnerContext {
  page: Page;
  run: RunFolder;
  log: Logger;
  terminal: Terminal;
  secrets: SecretValues;
  dryRun: boolean;
  /** The secret fields to mask, found through the portal map. */
  masks: () => Masks;
  /** The screen showing, for each picture's caption: the last one seen, or looked at again (`fresh`). */
  screen: (fresh: boolean) => Promise<Screen>;
  /** Turns whatever a step threw into an outcome, given the step. */
  diagnose: (step: StepName, error: unknown) => Promise<EinvError>;
  /** Called after each step with the page as it stands; its own failures never change the outcome. */
  afterStep?: (step: StepName, page: Page, status: 'ok' | 'failed') => Promise<void>;
}

interface Picture {
  file?: string;
  shows?: string;
}

export class StepRunner {
  private index = 0;
  private currentStep: StepName = 'openPortal';
  /** A picture the running step took before its end (the sign-in form before it is sent). */
  private earlier: EarlierPicture | undefined;
  /** What the running step did that the operator should know (the OTP asked for by SMS). */
  private stepNote: string | undefined;

  constructor(private readonly ctx: StepRunnerContext) {}

  get current(): StepName {
    return this.currentStep;
  }

  async run<T>(name: StepName, action: () => Promise<T>): Promise<T> {
    const { log, terminal, dryRun } = this.ctx;
    const title = STEPS[name];
    this.index += 1;
    this.currentStep = name;
    this.earlier = undefined;
    this.stepNote = undefined;
    terminal.stepStarted(this.index, stepCount(dryRun), title);
    log.info({ step: name }, 'step started');
    const startedAt = new Date();
    try {
      const value = await action();
      const durationMs = Date.now() - startedAt.getTime();
      const picture = await this.picture(name);
      await this.afterStep(name, 'ok');
      this.record(name, 'ok', picture, startedAt, durationMs);
      log.info({ step: name, durationMs }, 'step finished');
      terminal.stepFinished(title, durationMs, true);
      return value;
    } catch (error) {
      const failure = await this.ctx.diagnose(name, error);
      failure.step ??= name;
      const durationMs = Date.now() - startedAt.getTime();
      // Stopped by the operator is not a failure, in the report nor in the picture's name.
      const status = failure.kind === 'cancelled' ? 'cancelled' : 'failed';
      const picture =
        status === 'cancelled' && this.ctx.page.isClosed()
          ? {}
          : await this.picture(`${name}-${status}`, true, failure);
      await this.afterStep(name, 'failed');
      this.record(name, status, picture, startedAt, durationMs);
      log.warn(
        { step: name, durationMs, kind: failure.kind, message: this.ctx.secrets.scrub(failure.message) },
        `step ${status}`,
      );
      terminal.stepFinished(title, durationMs, false, status === 'cancelled');
      throw failure;
    }
  }

  /** Says in the report, under the running step, what it did beside its title (one note a step). */
  note(text: string): void {
    this.stepNote = text;
  }

  /**
   * Takes a picture of the running step now, besides the one at its end, saying when: the
   * sign-in form as filled is gone once Login has replaced it with the OTP page. `tag` ends its
   * file name (`02-signIn-form-filled.png`); a later call in the same step replaces it.
   */
  async photographNow(tag: string, when: string): Promise<void> {
    const { file, shows } = await this.picture(`${this.currentStep}-${tag}`);
    this.earlier = file ? { screenshot: file, when, ...(shows ? { shows } : {}) } : undefined;
  }

  /**
   * The page now, secret fields masked, captioned with the screen it shows. After a failure
   * with the browser's own page showing (a failed load), the picture says what the run says.
   */
  private async picture(name: string, fresh = false, failure?: EinvError): Promise<Picture> {
    const { page, run, secrets } = this.ctx;
    if (page.isClosed()) return {};
    const url = page.url();
    const failedLoad =
      failure && isBrowserPage(url)
        ? [
            `The browser shows ${url === 'about:blank' ? 'a blank page' : 'its own error page'}, not the portal.`,
            secrets.scrub(failure.message),
            'This picture is drawn by einv-gsp in its place: Chromium does not always draw its own page after a failed load.',
          ]
        : undefined;
    if (failedLoad) {
      const file = await run.screenshot(page, name, {}, failedLoad);
      return { file, shows: "the browser's own page, as einv-gsp draws it" };
    }
    const screen = await this.ctx.screen(fresh).catch(() => undefined);
    let file = await run.screenshot(page, name, this.ctx.masks());
    if (!file && !page.isClosed()) {
      // A page being replaced at that moment is photographed once it has loaded.
      await page.waitForLoadState('load', { timeout: 5_000 }).catch(() => undefined);
      file = await run.screenshot(page, name, this.ctx.masks());
    }
    return { file, ...(screen ? { shows: SCREEN_NAMES[screen] } : {}) };
  }

  private record(
    name: StepName,
    status: StepRecord['status'],
    picture: Picture,
    startedAt: Date,
    durationMs: number,
  ) {
    this.ctx.run.addStep({
      name,
      title: STEPS[name],
      status,
      screenshot: picture.file,
      ...(picture.shows ? { shows: picture.shows } : {}),
      ...(this.earlier ? { earlier: this.earlier } : {}),
      ...(this.stepNote ? { note: this.stepNote } : {}),
      startedAt: startedAt.toISOString(),
      durationMs,
    });
  }

  private async afterStep(name: StepName, status: 'ok' | 'failed'): Promise<void> {
    if (!this.ctx.afterStep || this.ctx.page.isClosed()) return;
    try {
      await this.ctx.afterStep(name, this.ctx.page, status);
    } catch (error) {
      this.ctx.log.warn({ step: name, err: String(error) }, 'after-step hook failed');
    }
  }
}
