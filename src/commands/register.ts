/** `einv-gsp register`: one GSTIN, end to end. */
import { loadEnv, missingSecrets, parseRegisterConfig, type RegisterConfig } from '../config.js';
import { EXIT } from '../errors.js';
import type { Human } from '../human.js';
import { describePasswordRule, passwordProblem } from '../password.js';
import type { ReadyConfig, RunResult } from '../register.js';
import type { CommandContext } from './context.js';
import { parseCommandArgs, RUN_OPTIONS, RUN_OPTIONS_HELP, runFlags } from './options.js';

export const HELP = `einv-gsp register: register one GSTIN's API user through a GSP

Usage:
  einv-gsp register --gstin <GSTIN> --api-username <suffix> [options]

${RUN_OPTIONS_HELP}`;

export async function run(args: string[], ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const flags = runFlags(parseCommandArgs(args, RUN_OPTIONS));
  const env = loadEnv(flags.envFile, io.env);
  const config = parseRegisterConfig(flags, env, io.stdin.isTTY === true);
  const human = await ctx.human();
  const ready = await completeSecrets(config, human, io.print);
  const [{ register }, { LineTerminal }] = await Promise.all([
    import('../register.js'),
    import('../terminal.js'),
  ]);
  const terminal = new LineTerminal(io.print, (text) => ctx.secrets.scrub(text));
  const result = await register(ready, {
    human,
    terminal,
    secrets: ctx.secrets,
    signal: ctx.signal,
    version: ctx.version,
  });
  printOutcome(result, io);
  return result.error ? result.error.exitCode : EXIT.ok;
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
  const rule = config.settings.passwordRule;
  while (!secrets.apiPassword) {
    const first = await human.ask({
      message: `New API password for API_${target.apiUsernameSuffix} (${describePasswordRule(rule)})`,
      hidden: true,
    });
    const problem = passwordProblem(first, rule);
    if (problem) {
      print(`  That password ${problem}.`);
      continue;
    }
    const again = await human.ask({ message: 'The same API password again', hidden: true });
    if (again === first) secrets.apiPassword = first;
    else print('  The two did not match; once more.');
  }
  return { ...config, target, secrets } as ReadyConfig;
}

export function printOutcome(result: RunResult, io: CommandContext['io']): void {
  const { report } = result;
  const lines: Record<string, string> = {
    registered: `Registered: API user ${report.apiUsername} for ${report.gsp} on GSTIN ${report.gstin}. Note the username and the password you set.`,
    'already-registered': `Already registered: GSTIN ${report.gstin} already has an API user for ${report.gsp}${report.apiUsername ? ` (${report.apiUsername})` : ''}. Nothing was submitted.`,
    'dry-run': `Dry run complete: every step up to the filled form; Submit was not clicked. API username would be ${report.apiUsername}.`,
    unknown: `Outcome unknown for ${report.gstin}: ${report.error?.message ?? ''}`,
    cancelled: `Cancelled at "${report.error?.step ?? ''}". Nothing was submitted.`,
    failed: `Failed at step "${report.error?.step ?? ''}": ${report.error?.message ?? ''}`,
  };
  const print = result.status === 'failed' || result.status === 'unknown' ? io.printError : io.print;
  print(lines[result.status] ?? `Status: ${result.status}`);
  if (report.next && result.status !== 'cancelled') print(`Next: ${report.next}`);
  io.print(`API username: ${report.apiUsername}`);
  io.print(`Run folder: ${result.runDir}`);
}
