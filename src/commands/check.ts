/**
 * `einv-gsp check`: the pre-flight check that `register` and `batch` run first, on its own.
 * Every problem at once, no browser, no OTP spent: exit 0 when all is well, 2 otherwise.
 */
import { checkBatchFile } from '../batch/plan.js';
import { API_USERNAME_PREFIX, missingSecrets, parseRegisterConfig } from '../config.js';
import { EXIT } from '../errors.js';
import { batchGspWarnings, unknownGspWarning } from '../gsp-names.js';
import { plural } from '../plural.js';
import type { CommandContext } from './context.js';
import {
  BATCH_OPTIONS,
  BATCH_OPTIONS_HELP,
  optionLines,
  parseCommandArgs,
  RECORD_OPTIONS,
  RECORD_OPTIONS_HELP,
  RUN_OPTIONS,
  RUN_OPTIONS_HELP,
  runFlags,
} from './options.js';
import { preflight } from './preflight.js';

export const CHECK_OPTIONS = { ...RUN_OPTIONS, ...RECORD_OPTIONS, ...BATCH_OPTIONS } as const;

/**
 * Options that change only how a run goes (the browser window), not what it is given: check
 * accepts them, so that a register or batch command line can be checked as it is, and says
 * it ignores them.
 */
export const IGNORED_BY_CHECK: readonly string[] = ['headless', 'headed'].filter(
  (flag) => flag in CHECK_OPTIONS,
);

const PER_ROW = ['gstin', 'api-username', 'portal-username'] as const;
/** The options of a registration that are not per GSTIN: what check reads from both forms. */
const SHARED = Object.keys(RUN_OPTIONS).filter(
  (flag) => !PER_ROW.includes(flag as never) && !IGNORED_BY_CHECK.includes(flag),
);

export const HELP = `einv-gsp check: check the input of a registration or a batch, without starting a browser

Usage:
  einv-gsp check --gstin <GSTIN> --api-username <suffix> [options]   (what register would run)
  einv-gsp check --file <gstins.csv> [options]                       (what batch would run)

Checks every problem at once: the GSTIN's format and check character, repeated GSTINs and API
usernames in a file, the username suffix, the API passwords against the rule, missing passwords,
the GSP name, the portal URL, the numbers, every file named (env, batch, portal texts), and that
the output (and recording) folders can be written. Exit 0 when all is well, 2 with every problem.
A register or batch command line can be checked as it is, with check in place of its command;
${IGNORED_BY_CHECK.map((flag) => `--${flag}`).join(' and ')} only change${IGNORED_BY_CHECK.length === 1 ? 's' : ''} how a run goes: check accepts and ignores ${IGNORED_BY_CHECK.length === 1 ? 'it' : 'them'}.

One GSTIN, as register takes it:
${optionLines(RUN_OPTIONS_HELP, PER_ROW).join('\n')}
${optionLines(RECORD_OPTIONS_HELP, Object.keys(RECORD_OPTIONS)).join('\n')}

A batch file, as batch takes it:
${optionLines(BATCH_OPTIONS_HELP, ['file', 'generate-api-passwords']).join('\n')}

Both (each also from the environment or the env file):
${optionLines(RUN_OPTIONS_HELP, SHARED).join('\n')}

Secrets, only from the environment or the env file (check never asks for them):
  EINV_PORTAL_PASSWORD, EINV_API_PASSWORD, and for a batch file EINV_PORTAL_PASSWORD_<GSTIN> and
  EINV_API_PASSWORD_<GSTIN>; on a terminal, missing ones are only named: the run asks for them.`;

export async function run(args: string[], ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const values = parseCommandArgs(args, CHECK_OPTIONS, 'check');
  const flags = runFlags(values);
  const canAsk = io.stdin.isTTY === true;
  const file = values.file;
  const generate = values['generate-api-passwords'] === true;
  const known: string[] = [];
  if (file !== undefined) {
    for (const name of PER_ROW) {
      if (values[name] !== undefined)
        known.push(`--${name} is a column of the batch file, not a flag, with --file`);
    }
    if (values.record !== undefined) known.push('--record is for register (one GSTIN), not for a batch file');
  } else if (generate) known.push('--generate-api-passwords is for a batch: give --file <csv> too');

  if (file !== undefined) {
    const { checked: plan } = await preflight({
      flags,
      io,
      known,
      keepIdentifiers: values['keep-identifiers'],
      record: values.record,
      check: (env) => checkBatchFile(file, flags, env, { canAsk, generateApiPasswords: generate }),
    });
    for (const warning of batchGspWarnings(file, plan.defaultGsp, plan.rows))
      io.printError(`Warning: ${warning}`);
    io.print(`${file}: ${plural(plan.rows.length, 'GSTIN')}, all good.`);
    for (const { line, target, portalPassword, apiPassword } of plan.rows) {
      const asked = [
        !portalPassword && 'portal password',
        !generate && !apiPassword && 'API password',
      ].filter(Boolean);
      io.print(
        `  line ${line}: ${target.gstin}  ${API_USERNAME_PREFIX}${target.apiUsernameSuffix}  ${target.gsp}${asked.length ? `  (${asked.join(' and ')} asked at the start)` : ''}`,
      );
    }
    io.print(`Portal: ${plan.settings.portalUrl}${plan.settings.dryRun ? ' (dry run)' : ''}`);
    return EXIT.ok;
  }
  const { checked: config } = await preflight({
    flags,
    io,
    known,
    keepIdentifiers: values['keep-identifiers'],
    record: values.record,
    check: (env) => parseRegisterConfig(flags, env, canAsk),
  });
  const { target, settings } = config;
  const gspWarning = unknownGspWarning(target.gsp, 'GSP (--gsp or EINV_GSP)');
  if (gspWarning) io.printError(`Warning: ${gspWarning}`);
  io.print(
    `All good: ${target.gstin}, ${API_USERNAME_PREFIX}${target.apiUsernameSuffix} through ${target.gsp} on ${settings.portalUrl}${settings.dryRun ? ' (dry run)' : ''}.`,
  );
  const missing = missingSecrets(target, config.secrets);
  if (missing.length) io.print(`Asked at the start: ${missing.join(', ')}.`);
  return EXIT.ok;
}
