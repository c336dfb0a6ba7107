/** `einv-gsp register`: one GSTIN, end to end. */

import type { ReadyConfig, RunIO, RunResult } from '../../flows/register-gstin.js';
import { API_USERNAME_PREFIX, missingSecrets, parseRegisterConfig, type RegisterConfig } from '../config.js';
import { ConfigError, EXIT } from '../errors.js';
import { unknownGspWarning } from '../gsp-names.js';
import type { Human } from '../human.js';
import type { Recorder, RecorderOptions } from '../recording/recorder.js';
import { stepTitle } from '../steps.js';
import { askNewApiPassword, beforeThePortal } from './ask-secrets.js';
import { useWindowIfAny } from './browser-window.js';
import type { CommandContext } from './context.js';
import {
  parseCommandArgs,
  RECORD_OPTIONS,
  RECORD_OPTIONS_HELP,
  RUN_OPTIONS,
  RUN_OPTIONS_HELP,
  runFlags,
} from './options.js';
import { preflight } from './preflight.js';

export const HELP = `einv-gsp register: register one GSTIN's API user through a GSP

Usage:
  einv-gsp register --gstin <GSTIN> --api-username <suffix> [options]

${RUN_OPTIONS_HELP}

${RECORD_OPTIONS_HELP}`;

export async function run(args: string[], ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const values = parseCommandArgs(args, { ...RUN_OPTIONS, ...RECORD_OPTIONS }, 'register');
  const flags = runFlags(values);
  const { checked: config } = await preflight({
    flags,
    io,
    keepIdentifiers: values['keep-identifiers'],
    record: values.record,
    check: (env) => parseRegisterConfig(flags, env, io.stdin.isTTY === true),
  });
  const gspWarning = unknownGspWarning(config.target.gsp, 'GSP (--gsp or EINV_GSP)');
  if (gspWarning) io.printError(`Warning: ${gspWarning}`);
  useWindowIfAny(config.settings, io, 'register');
  const human = await ctx.human();
  const ready = await beforeThePortal(
    () => completeSecrets(config, human, io.print),
    'no run folder was made',
  );
  // Chromium starts first: the run's own modules (the flow, the page objects, the logger) load
  // while it does, instead of before (the start-up profile: ~100 ms of loading, then the launch).
  // A browser the caller gave is used as it is and left running.
  const shared = ctx.browser;
  const launching = shared
    ? undefined
    : (await import('../browser.js')).launchBrowser({
        explicitPath: ready.settings.browserPath,
        headless: ready.settings.headless,
      });
  // A failed launch is reported by register(), which awaits it; until then it must not go unhandled.
  launching?.catch(() => undefined);
  let recorder: Recorder | undefined;
  let progress: ReturnType<typeof import('../progress.js').progressFor>;
  let flow: typeof import('../../flows/register-gstin.js');
  try {
    const [run, { progressFor }] = await Promise.all([
      import('../../flows/register-gstin.js'),
      import('../progress.js'),
    ]);
    flow = run;
    recorder = values.record
      ? await startRecorder(values.record, values['keep-identifiers'] === true, ready, ctx)
      : undefined;
    progress = progressFor(human, process.stdout, io.print, (text) => ctx.secrets.scrub(text), io.env);
  } catch (error) {
    // Stopped before the run took the browser (a --record folder refused): close it here.
    await launching?.then((browser) => browser.close()).catch(() => undefined);
    throw error;
  }
  const { terminal, human: asker } = progress;
  let result: RunResult | undefined;
  try {
    const runIO: RunIO = {
      human: asker,
      terminal,
      secrets: ctx.secrets,
      signal: ctx.signal,
      version: ctx.version,
      onPage: recorder?.attach,
      afterStep: recorder?.afterStep,
    };
    result = shared
      ? await flow.registerWith(shared, ready, runIO)
      : await flow.register(ready, runIO, launching);
  } finally {
    terminal.close();
    // Whatever happened, the recording says how the run ended (a bug in einv-gsp included).
    await recorder?.finish(result?.status ?? 'failed', result ? result.error : { kind: 'internal' });
  }
  printOutcome(result, io);
  if (recorder) io.print(`Recording: ${recorder.dir} (scrubbed; see recording.json)`);
  return result.error ? result.error.exitCode : EXIT.ok;
}

async function startRecorder(
  dir: string,
  keepIdentifiers: boolean,
  config: ReadyConfig,
  ctx: CommandContext,
): Promise<Recorder> {
  const { Recorder } = await import('../recording/recorder.js');
  const { target, settings } = config;
  const options: RecorderOptions = {
    dir,
    portalUrl: settings.portalUrl,
    version: ctx.version,
    gsp: target.gsp,
    dryRun: settings.dryRun,
    secrets: ctx.secrets,
    keepIdentifiers,
    identifiers: {
      gstin: target.gstin,
      portalUsername: target.portalUsername,
      apiUsernameSuffix: target.apiUsernameSuffix,
      apiUsername: `${API_USERNAME_PREFIX}${target.apiUsernameSuffix}`,
    },
  };
  try {
    return new Recorder(options);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError([`--record ${dir}: ${(error as Error).message}`]);
  }
}

/** Fills in missing secrets by asking on a terminal; without one, names what is missing. */
export async function completeSecrets(
  config: RegisterConfig,
  human: Human,
  print: (line: string) => void,
): Promise<ReadyConfig> {
  const missing = missingSecrets(config.target, config.secrets);
  if (missing.length === 0) return config as ReadyConfig;
  const target = { ...config.target };
  const secrets = { ...config.secrets };
  target.portalUsername ??= await human.ask({ message: `Portal username for ${target.gstin}` });
  secrets.portalPassword ??= await human.ask({
    message: `Portal password for ${target.portalUsername}`,
    hidden: true,
  });
  secrets.apiPassword ??= await askNewApiPassword(
    human,
    `API_${target.apiUsernameSuffix}`,
    config.settings.passwordRule,
    print,
  );
  return { ...config, target, secrets } as ReadyConfig;
}

export function printOutcome(result: RunResult, io: CommandContext['io']): void {
  const { report } = result;
  const lines: Record<string, string> = {
    registered: `Registered: API user ${report.apiUsername} for ${report.gsp} on GSTIN ${report.gstin}. Note the username and the password you set.`,
    'already-registered': `Already registered: GSTIN ${report.gstin} already has an API user for ${report.gsp}${report.apiUsername ? ` (${report.apiUsername})` : ''}. Nothing was submitted.`,
    'dry-run': `Dry run complete: every step up to the filled form; Submit was not clicked. API username would be ${report.apiUsername}.`,
    unknown: `Outcome unknown for ${report.gstin}: ${report.error?.message ?? ''}`,
    cancelled: `Cancelled at "${stepTitle(report.error?.step)}". Nothing was submitted.`,
    failed: `Failed at "${stepTitle(report.error?.step)}": ${report.error?.message ?? ''}`,
  };
  const print = result.status === 'failed' || result.status === 'unknown' ? io.printError : io.print;
  print(lines[result.status] ?? `Status: ${result.status}`);
  if (report.next && result.status !== 'cancelled') print(`Next: ${report.next}`);
  io.print(`API username: ${report.apiUsername}`);
  io.print(`Run folder: ${result.runDir}`);
}
