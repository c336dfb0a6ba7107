/**
 * The command line: parses argv, checks every input before any browser starts, asks a person
 * only for what only a person knows, and maps outcomes to the documented exit codes in one
 * place. Playwright and the flow are imported only after the input is known to be good.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  type Env,
  type Flags,
  loadEnv,
  missingSecrets,
  parseRegisterConfig,
  type RegisterConfig,
} from './config.js';
import { Cancelled, ConfigError, EXIT, isEinvError } from './errors.js';
import type { Human } from './human.js';
import { describePasswordRule, passwordProblem } from './password.js';
import type { ReadyConfig, RunResult } from './register.js';
import { SecretValues } from './secret-values.js';

const HELP = `einv-gsp: register an e-invoice API user through a GSP on the E-Invoice System portal

Usage:
  einv-gsp register --gstin <GSTIN> --api-username <suffix> [options]

Options (each also from the environment or the env file):
  --gstin <GSTIN>            EINV_GSTIN           the GSTIN to register
  --api-username <suffix>    EINV_API_USERNAME    the part after the portal's fixed API_ prefix
  --portal-username <name>   EINV_PORTAL_USERNAME the GSTIN's portal login
  --gsp <name>               EINV_GSP             default "DEFMACRO SOFTWARE PRIVATE LIMITED"
  --portal-url <url>         EINV_PORTAL_URL      default https://einvoice1.gst.gov.in
  --dry-run                  EINV_DRY_RUN         every step and screenshot, without the final Submit
  --headless                 EINV_HEADLESS        no browser window (default: headed)
  --out <dir>                EINV_OUT_DIR         where run folders go (default runs)
  --env-file <file>                               default .env when present
  --timeout-ms <ms>          EINV_TIMEOUT_MS      the longest wait for the portal (default 30000)
  --captcha-attempts <n>     EINV_CAPTCHA_ATTEMPTS default 3
  --otp-attempts <n>         EINV_OTP_ATTEMPTS    wrong OTPs before offering "Resend OTP" (default 3)
  --password-rule <rule>     EINV_PASSWORD_RULE   API password rule, default 8-15:ULDS
  --labels <file.json>       EINV_LABELS_FILE     override the portal texts the bot looks for

Secrets, only from the environment, the env file, or a hidden prompt on a terminal:
  EINV_PORTAL_PASSWORD, EINV_API_PASSWORD
Browser: EINV_BROWSER_PATH, else Playwright's Chromium, else a system Chromium or Chrome.

Exit codes: 0 registered, already registered or dry run complete; 2 bad input; 3 the portal
refused; 4 the portal was not as expected; 5 outcome unknown; 130 cancelled.`;

const OPTIONS = {
  gstin: { type: 'string' },
  'api-username': { type: 'string' },
  'portal-username': { type: 'string' },
  gsp: { type: 'string' },
  'portal-url': { type: 'string' },
  'dry-run': { type: 'boolean' },
  headless: { type: 'boolean' },
  out: { type: 'string' },
  'env-file': { type: 'string' },
  'timeout-ms': { type: 'string' },
  'captcha-attempts': { type: 'string' },
  'otp-attempts': { type: 'string' },
  'password-rule': { type: 'string' },
  labels: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

export interface CliIO {
  argv: string[];
  env: Env;
  stdin: NodeJS.ReadStream;
  print: (line: string) => void;
  printError: (line: string) => void;
}

export function version(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', 'package.json'), join(here, '..', '..', 'package.json')]) {
    if (existsSync(candidate))
      return (JSON.parse(readFileSync(candidate, 'utf8')) as { version: string }).version;
  }
  return '0.0.0';
}

function parseFlags(args: string[]): {
  command: string | undefined;
  flags: Flags;
  help: boolean;
  version: boolean;
} {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ConfigError([`${(error as Error).message.split('\n')[0]} (see einv-gsp --help)`]);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new ConfigError([`unexpected arguments: ${positionals.slice(1).join(' ')}`]);
  return {
    command: positionals[0],
    help: values.help ?? false,
    version: values.version ?? false,
    flags: {
      gstin: values.gstin,
      apiUsername: values['api-username'],
      portalUsername: values['portal-username'],
      gsp: values.gsp,
      portalUrl: values['portal-url'],
      dryRun: values['dry-run'],
      headless: values.headless,
      out: values.out,
      envFile: values['env-file'],
      timeoutMs: values['timeout-ms'],
      captchaAttempts: values['captcha-attempts'],
      otpAttempts: values['otp-attempts'],
      passwordRule: values['password-rule'],
      labels: values.labels,
    },
  };
}

/** Fills in missing secrets by asking on a terminal; without one, names what is missing. */
async function completeSecrets(
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

function printOutcome(result: RunResult, io: CliIO): void {
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

export async function main(io: CliIO): Promise<number> {
  const secrets = new SecretValues();
  const abort = new AbortController();
  let interrupted = 0;
  const onSigint = () => {
    interrupted += 1;
    if (interrupted > 1) process.exit(EXIT.cancelled);
    io.printError('\nStopping: closing the browser and writing the report (Ctrl-C again to quit at once).');
    abort.abort();
  };
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigint);
  let human: Human | undefined;
  try {
    const { command, flags, help, version: showVersion } = parseFlags(io.argv);
    if (help || command === undefined || command === 'help') {
      io.print(HELP);
      return command === undefined && !help ? EXIT.config : EXIT.ok;
    }
    if (showVersion) {
      io.print(version());
      return EXIT.ok;
    }
    if (command !== 'register') throw new ConfigError([`unknown command "${command}" (see einv-gsp --help)`]);
    const env = loadEnv(flags.envFile, io.env);
    const config = parseRegisterConfig(flags, env, io.stdin.isTTY === true);
    const { humanFor } = await import('./human.js');
    human = humanFor(io.stdin, io.print, abort.signal);
    const ready = await completeSecrets(config, human, io.print);
    const [{ register }, { LineTerminal }] = await Promise.all([
      import('./register.js'),
      import('./terminal.js'),
    ]);
    const terminal = new LineTerminal(io.print, (text) => secrets.scrub(text));
    const result = await register(ready, {
      human,
      terminal,
      secrets,
      signal: abort.signal,
      version: version(),
    });
    printOutcome(result, io);
    return result.error ? result.error.exitCode : EXIT.ok;
  } catch (error) {
    if (isEinvError(error)) {
      const heading = error instanceof ConfigError ? 'Cannot start:' : `${error.name}:`;
      io.printError(`${heading}\n${secrets.scrub(error.message).replace(/^/gm, '  ')}`);
      if (error.remedy) io.printError(error.remedy);
      return error instanceof Cancelled ? EXIT.cancelled : error.exitCode;
    }
    io.printError(secrets.scrub(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    io.printError('This is a bug in einv-gsp: please report it with the run folder attached.');
    return EXIT.internal;
  } finally {
    human?.close();
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
  }
}
