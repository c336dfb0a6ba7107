/**
 * One registration from start to report: a run folder, its log, a browser context, the flow,
 * and the outcome written down whatever happens (including Ctrl-C). Knows nothing of argv or
 * exit codes; the CLI maps what this returns and throws.
 */
import type { Browser, BrowserContext, Page } from 'playwright';
import { launchBrowser, loadPlaywright } from '../src/browser.js';
import type { RegisterConfig } from '../src/config.js';
import { API_USERNAME_PREFIX } from '../src/config.js';
import { cancellationOf, type EinvError, isEinvError, PortalRefused } from '../src/errors.js';
import { RunFolder } from '../src/evidence.js';
import { cleanMessage, withoutEscapes } from '../src/failure-text.js';
import type { Human } from '../src/human.js';
import { LearnedEntries } from '../src/learned-entries.js';
import { createRunLogger } from '../src/log.js';
import { registerPortalEngine } from '../src/pages/find-element.js';
import { keepInOneWindow } from '../src/pages/one-window.js';
import { openShadowRoots } from '../src/pages/open-shadows.js';
import { Teacher } from '../src/pages/teacher.js';
import type { Report, RunStatus } from '../src/report-data.js';
import type { SecretValues } from '../src/secret-values.js';
import type { Terminal } from '../src/terminal.js';
import { type RegisterContext, RegisterFlow } from './register-journey.js';

export interface RunIO {
  human: Human;
  terminal: Terminal;
  secrets: SecretValues;
  signal?: AbortSignal;
  version: string;
  /** Passed to the flow: called after every step with the page (recordings hang here). */
  afterStep?: RegisterContext['afterStep'];
  /** Called once with the run's page before the portal is opened (a recording listens from here). */
  onPage?: (page: Page) => void | Promise<void>;
  /**
   * Whether an operator may be asked to show the bot an element it cannot find (see
   * pages/teacher.ts). By default only when the browser has a window and the questions go to a
   * person at a terminal; tests that play the operator force it on.
   */
  teach?: boolean;
  /** Where the API password is kept when einv-gsp made it (a batch's generated passwords), for the report. */
  apiPasswordAt?: string;
}

export interface RunResult {
  status: RunStatus;
  report: Report;
  runDir: string;
  error?: EinvError;
}

/** Config with every secret present (asked for or read) and checked. */
export type ReadyConfig = RegisterConfig & {
  target: { portalUsername: string };
  secrets: { portalPassword: string; apiPassword: string };
};

/**
 * `launching`: a browser the caller started launching already (the CLI starts it before loading
 * this module, the flow and the logger, which load while Chromium starts); launched here otherwise.
 */
export async function register(
  config: ReadyConfig,
  io: RunIO,
  launching: Promise<Browser> = launchBrowser({
    explicitPath: config.settings.browserPath,
    headless: config.settings.headless,
  }),
): Promise<RunResult> {
  const browser = await launching;
  const closeOnAbort = () => void browser.close().catch(() => undefined);
  io.signal?.addEventListener('abort', closeOnAbort, { once: true });
  try {
    // The browser is closed next, and its context with it: closing the context first costs a
    // round trip to the browser for nothing (~40 ms at the end of every run).
    return await registerWith(browser, config, io, undefined, { closeContext: false });
  } finally {
    io.signal?.removeEventListener('abort', closeOnAbort);
    await browser.close().catch(() => undefined);
  }
}

/** Why nobody can show this run an element it cannot find; undefined when someone can. */
function whyNoTeaching(settings: RegisterConfig['settings'], io: RunIO): string | undefined {
  if (io.teach === true) return undefined;
  if (io.teach === false) return 'teaching is off for this run';
  if (settings.headless) return 'the browser runs without a window';
  if (!io.human.interactive) return 'no terminal to answer on';
  return undefined;
}

/** Registers one GSTIN in a fresh context of an already running browser (a batch shares one). */
export async function registerWith(
  browser: Browser,
  config: ReadyConfig,
  io: RunIO,
  runDir?: string,
  { closeContext = true }: { closeContext?: boolean } = {},
): Promise<RunResult> {
  const { settings, target, secrets } = config;
  // Read at every row of a batch: what an operator showed on one row serves the next.
  const learnedEntries = new LearnedEntries(settings.portalMapFile, settings.labelsFile);
  const map = learnedEntries.map();
  const apiUsername = `${API_USERNAME_PREFIX}${target.apiUsernameSuffix}`;
  const run = new RunFolder(
    settings.outDir,
    {
      tool: { name: 'einv-gsp', version: io.version },
      gstin: target.gstin,
      gsp: target.gsp,
      apiUsername,
      portalUrl: settings.portalUrl,
      dryRun: settings.dryRun,
      ...(io.apiPasswordAt ? { apiPasswordAt: io.apiPasswordAt } : {}),
    },
    runDir,
  );
  io.secrets.add(secrets.portalPassword);
  io.secrets.add(secrets.apiPassword);
  const { log, close: closeLog } = createRunLogger(run.path('run.log'), { gstin: target.gstin }, io.secrets);
  log.info(
    { portalUrl: settings.portalUrl, gsp: target.gsp, apiUsername, dryRun: settings.dryRun },
    'run started',
  );
  io.terminal.info(`Run folder: ${run.dir}`);

  let context: BrowserContext;
  let page: Page;
  try {
    await registerPortalEngine(loadPlaywright().selectors);
    // bypassCSP: the portal map's in-page checks are sent as source text, which a strict
    // Content-Security-Policy on the portal would otherwise refuse to evaluate.
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: false,
      bypassCSP: true,
    });
    await keepInOneWindow(context);
    await openShadowRoots(context);
    page = await context.newPage();
  } catch (error) {
    // Ctrl-C while the browser was still starting: it was closed under the new page.
    if (!io.signal?.aborted) throw error;
    const cancelled = cancellationOf(io.signal);
    const report = run.finish('cancelled', {
      error: { step: 'openPortal', kind: cancelled.kind, message: cancelled.message },
    });
    log.warn({ status: 'cancelled', step: 'openPortal' }, 'run ended before the portal was opened');
    closeLog();
    return { status: 'cancelled', report, runDir: run.dir, error: cancelled };
  }
  const teacher = new Teacher({
    store: learnedEntries,
    terminal: io.terminal,
    human: io.human,
    cannotAsk: whyNoTeaching(settings, io),
    timeoutMs: settings.teachTimeoutMs,
    signal: io.signal,
    log,
  });
  const learned = () => {
    const records = learnedEntries.records();
    const waysOn = learnedEntries.wayOnRecords();
    return { ...(records.length > 0 ? { learned: records } : {}), ...(waysOn.length > 0 ? { waysOn } : {}) };
  };
  const flow = new RegisterFlow({
    page,
    settings,
    target,
    credentials: {
      portalUsername: target.portalUsername,
      portalPassword: secrets.portalPassword,
      apiPassword: secrets.apiPassword,
    },
    map,
    human: io.human,
    run,
    log,
    terminal: io.terminal,
    secrets: io.secrets,
    signal: io.signal,
    afterStep: io.afterStep,
    teacher,
  });
  try {
    await io.onPage?.(page);
    const outcome = await flow.run();
    const report = run.finish(outcome.status, {
      ...learned(),
      gspShownAs: outcome.gspShownAs,
      ...(outcome.existingUsername ? { apiUsername: outcome.existingUsername } : {}),
    });
    log.info({ status: outcome.status }, 'run finished');
    return { status: outcome.status, report, runDir: run.dir };
  } catch (thrown) {
    const error = isEinvError(thrown) ? thrown : io.signal?.aborted ? cancellationOf(io.signal) : undefined;
    if (!error) {
      // A bug, not a portal outcome: still leave a report, then let the CLI print the stack.
      run.finish('failed', {
        ...learned(),
        error: {
          step: flow.currentStep,
          kind: 'internal',
          message: io.secrets.scrub(cleanMessage(String(thrown))),
        },
      });
      log.error(
        {
          err: io.secrets.scrub(
            withoutEscapes(thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)),
          ),
        },
        'internal error',
      );
      throw thrown;
    }
    const status: RunStatus =
      error.kind === 'cancelled' ? 'cancelled' : error.kind === 'unknown-outcome' ? 'unknown' : 'failed';
    const portalText = error instanceof PortalRefused ? error.portalText : undefined;
    const report = run.finish(status, {
      ...learned(),
      error: {
        step: error.step ?? flow.currentStep,
        kind: error.kind,
        message: io.secrets.scrub(cleanMessage(error)),
        ...(error.remedy ? { remedy: error.remedy } : {}),
        ...(portalText ? { portalText } : {}),
      },
      ...(error.remedy ? { next: error.remedy } : {}),
    });
    log.warn({ status, step: error.step, kind: error.kind }, 'run ended');
    return { status, report, runDir: run.dir, error };
  } finally {
    if (closeContext) await context.close().catch(() => undefined);
    closeLog();
  }
}
