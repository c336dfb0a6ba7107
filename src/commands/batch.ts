/** `einv-gsp batch --file <csv>`: many GSTINs, one browser, resumable. */
import type { Browser } from 'playwright';
import { type BatchOutcome, type RowResult, runBatch, summaryTable } from '../../flows/batch-journey.js';
import type { ReadyConfig } from '../../flows/register-gstin.js';
import { BatchFolder, batchFolderPath } from '../batch/folder.js';
import { generatePassword } from '../batch/passwords.js';
import { type BatchPlan, checkBatchFile, type PlannedRow } from '../batch/plan.js';
import type { RunSettings } from '../config.js';
import { EXIT } from '../errors.js';
import { batchGspWarnings } from '../gsp-names.js';
import type { Human } from '../human.js';
import { askNewApiPassword, beforeThePortal } from './ask-secrets.js';
import { useWindowIfAny } from './browser-window.js';
import type { CommandContext } from './context.js';
import { BATCH_OPTIONS, BATCH_OPTIONS_HELP, parseCommandArgs, runFlags } from './options.js';
import { preflight } from './preflight.js';

export const HELP = `einv-gsp batch: register the API users of many GSTINs, one after the other

Usage:
  einv-gsp batch --file <gstins.csv> [options]

The file (UTF-8, as a spreadsheet exports it) has a header row and the columns, in any order:
  gstin, portal_username, api_username (the part after API_), and optionally gsp and
  mobile_holder (the person who must be ready with the phone for that row's OTPs).
It holds no passwords: they come from EINV_PORTAL_PASSWORD_<GSTIN> and EINV_API_PASSWORD_<GSTIN>,
else EINV_PORTAL_PASSWORD / EINV_API_PASSWORD, else they are asked once, hidden, at the start.

Runs go to <out>/batch-<file name>/: each row's run folder, batch.json with every row's outcome,
and report.html. Running the same command again leaves finished rows alone and retries the rest.

${BATCH_OPTIONS_HELP}`;

export async function run(args: string[], ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const values = parseCommandArgs(args, BATCH_OPTIONS, 'batch');
  const flags = runFlags(values);
  const file = values.file ?? '';
  const generate = values['generate-api-passwords'] === true;
  const { checked: plan } = await preflight({
    flags,
    io,
    known: file ? [] : ['--file <csv> is required (see einv-gsp batch --help)'],
    outFolder: (out) => batchFolderPath(out, file),
    check: (env) =>
      file
        ? checkBatchFile(file, flags, env, {
            canAsk: io.stdin.isTTY === true,
            generateApiPasswords: generate,
          })
        : undefined,
  });
  if (!plan) throw new Error('a batch without a file passed the pre-flight check');
  for (const warning of batchGspWarnings(file, plan.defaultGsp, plan.rows))
    io.printError(`Warning: ${warning}`);
  useWindowIfAny(plan.settings, io, 'batch');
  const folder = new BatchFolder(
    plan.settings.outDir,
    file,
    {
      tool: { name: 'einv-gsp', version: ctx.version },
      portalUrl: plan.settings.portalUrl,
      dryRun: plan.settings.dryRun,
    },
    plan.rows,
  );
  io.print(`Batch folder: ${folder.dir}${folder.resumed ? ' (resuming an earlier run of this batch)' : ''}`);
  const todo = folder.unfinished().map((index) => plan.rows[index] as PlannedRow);
  const human = await ctx.human();
  if (generate) {
    const passwords = folder.apiPasswords(plan.rows, () => generatePassword(plan.settings.passwordRule));
    for (const row of plan.rows) row.apiPassword = passwords.get(row.target.gstin);
  }
  try {
    await beforeThePortal(() => askMissingSecrets(todo, plan, human, io.print), 'no GSTIN was run');
  } catch (error) {
    // Cancelled (or hung up) at a password: batch.json says the batch stopped, not that it runs.
    folder.finish('stopped');
    throw error;
  }
  for (const row of plan.rows) {
    ctx.secrets.add(row.portalPassword);
    ctx.secrets.add(row.apiPassword);
  }

  const [{ progressFor }, { launchBrowser }, { registerWith }] = await Promise.all([
    import('../progress.js'),
    import('../browser.js'),
    import('../../flows/register-gstin.js'),
  ]);
  const { terminal, human: asker } = progressFor(
    human,
    process.stdout,
    io.print,
    (text) => ctx.secrets.scrub(text),
    io.env,
  );
  let browser: Browser | undefined;
  const closeOnAbort = () => void browser?.close().catch(() => undefined);
  ctx.signal.addEventListener('abort', closeOnAbort, { once: true });
  // One browser for the whole batch, started when the first row needs it; a fresh one only if
  // it went away (crashed or was closed) between rows. A browser the caller gave is used for
  // every row as it is and left running (each row's run has a context of its own in it).
  const browserForRow = async () => {
    if (ctx.browser) return ctx.browser;
    if (!browser?.isConnected()) {
      browser = await launchBrowser({
        explicitPath: plan.settings.browserPath,
        headless: plan.settings.headless,
      });
    }
    return browser;
  };
  const settings: RunSettings = { ...plan.settings, outDir: folder.dir };
  const runRow = async (row: PlannedRow): Promise<RowResult> => {
    const result = await registerWith(await browserForRow(), readyConfig(row, settings), {
      human: asker,
      terminal,
      secrets: ctx.secrets,
      signal: ctx.signal,
      version: ctx.version,
      ...(generate ? { apiPasswordAt: folder.credentialsFile } : {}),
    });
    const { report } = result;
    return {
      status: result.status,
      exitCode: result.error?.exitCode ?? EXIT.ok,
      runDir: result.runDir,
      durationMs: report.durationMs,
      apiUsername: report.apiUsername,
      error: report.error,
      next: report.next,
    };
  };

  let outcome: BatchOutcome;
  try {
    outcome = await runBatch({
      folder,
      rows: plan.rows,
      dryRun: plan.settings.dryRun,
      human: asker,
      terminal,
      signal: ctx.signal,
      runRow,
    });
  } finally {
    terminal.close();
    ctx.signal.removeEventListener('abort', closeOnAbort);
    await browser?.close().catch(() => undefined);
  }
  printSummary(outcome, folder, generate, io);
  return outcome.exitCode;
}

function readyConfig(row: PlannedRow, settings: RunSettings): ReadyConfig {
  if (!row.portalPassword || !row.apiPassword) throw new Error(`row ${row.line} has no passwords`);
  return {
    settings,
    target: row.target,
    secrets: { portalPassword: row.portalPassword, apiPassword: row.apiPassword },
  };
}

/** On a terminal, the passwords the environment lacks, once each, hidden, before any row runs. */
async function askMissingSecrets(
  rows: readonly PlannedRow[],
  plan: BatchPlan,
  human: Human,
  print: (line: string) => void,
): Promise<void> {
  for (const row of rows) {
    const { gstin, portalUsername, apiUsernameSuffix } = row.target;
    row.portalPassword ??= await human.ask({
      message: `Portal password for ${portalUsername} (GSTIN ${gstin})`,
      hidden: true,
    });
    row.apiPassword ??= await askNewApiPassword(
      human,
      `API_${apiUsernameSuffix} (GSTIN ${gstin})`,
      plan.settings.passwordRule,
      print,
    );
  }
}

function printSummary(
  outcome: BatchOutcome,
  folder: BatchFolder,
  generated: boolean,
  io: CommandContext['io'],
) {
  io.print('');
  io.print(outcome.stopped ? 'Batch stopped before every GSTIN was tried:' : 'Batch finished:');
  for (const line of summaryTable(outcome.rows)) io.print(`  ${line}`);
  io.print('');
  if (generated) {
    io.print(
      `API passwords: ${folder.credentialsFile} (generated; readable by you only; copy them to the GSP, then keep the file safe or delete it)`,
    );
  }
  io.print(`Batch folder: ${folder.dir} (batch.json, report.html)`);
  if (outcome.exitCode !== EXIT.ok)
    io.print(
      'Run the same command again to retry every GSTIN not registered yet; finished ones are left alone.',
    );
}
