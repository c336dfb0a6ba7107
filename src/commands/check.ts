/**
 * `einv-gsp check`: the pre-flight check that `register` and `batch` run first, on its own.
 * Every problem at once, no browser, no OTP spent: exit 0 when all is well, 2 otherwise.
 */
import { checkBatchFile } from '../batch/plan.js';
import { API_USERNAME_PREFIX, loadEnv, missingSecrets, parseRegisterConfig } from '../config.js';
import { ConfigError, EXIT } from '../errors.js';
import type { CommandContext } from './context.js';
import { BATCH_OPTIONS, parseCommandArgs, RUN_OPTIONS, RUN_OPTIONS_HELP, runFlags } from './options.js';

export const HELP = `einv-gsp check: check the input of a registration or a batch, without starting a browser

Usage:
  einv-gsp check --gstin <GSTIN> --api-username <suffix> [options]   (what register would run)
  einv-gsp check --file <gstins.csv> [--generate-api-passwords] [options]   (what batch would run)

Checks GSTIN format and check character, duplicate GSTINs and API usernames in a file, the
username suffix, the API password rule, missing passwords, the GSP name and the portal URL.
Exit 0 when all is well, 2 with every problem listed otherwise.

${RUN_OPTIONS_HELP}`;

const CHECK_OPTIONS = { ...RUN_OPTIONS, ...BATCH_OPTIONS } as const;

export async function run(args: string[], ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const values = parseCommandArgs(args, CHECK_OPTIONS);
  const flags = runFlags(values);
  const env = loadEnv(flags.envFile, io.env);
  const canAsk = io.stdin.isTTY === true;
  if (values.file) {
    const perRow = (['gstin', 'api-username', 'portal-username'] as const).filter(
      (name) => values[name] !== undefined,
    );
    if (perRow.length)
      throw new ConfigError(
        perRow.map((name) => `--${name} is a column of the batch file, not a flag, with --file`),
      );
    const generate = values['generate-api-passwords'] === true;
    const plan = checkBatchFile(values.file, flags, env, { canAsk, generateApiPasswords: generate });
    io.print(`${values.file}: ${plan.rows.length} GSTIN(s), all good.`);
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
  if (values['generate-api-passwords'])
    throw new ConfigError(['--generate-api-passwords is for a batch: give --file <csv> too']);
  const config = parseRegisterConfig(flags, env, canAsk);
  const { target, settings } = config;
  io.print(
    `All good: ${target.gstin}, ${API_USERNAME_PREFIX}${target.apiUsernameSuffix} through ${target.gsp} on ${settings.portalUrl}${settings.dryRun ? ' (dry run)' : ''}.`,
  );
  const missing = missingSecrets(target, config.secrets);
  if (missing.length) io.print(`Asked at the start: ${missing.join(', ')}.`);
  return EXIT.ok;
}
