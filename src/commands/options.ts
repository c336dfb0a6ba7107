/**
 * The options shared by the commands that run registrations (register, check, batch), parsed
 * the same way everywhere. Passwords are deliberately not among them.
 */
import { parseArgs } from 'node:util';
import type { Flags } from '../config.js';
import { closestName } from '../did-you-mean.js';
import { ConfigError } from '../errors.js';

export const RUN_OPTIONS = {
  gstin: { type: 'string' },
  'api-username': { type: 'string' },
  'portal-username': { type: 'string' },
  gsp: { type: 'string' },
  'portal-url': { type: 'string' },
  'dry-run': { type: 'boolean' },
  headless: { type: 'boolean' },
  headed: { type: 'boolean' },
  out: { type: 'string' },
  'env-file': { type: 'string' },
  'timeout-ms': { type: 'string' },
  'captcha-attempts': { type: 'string' },
  'otp-attempts': { type: 'string' },
  'password-rule': { type: 'string' },
  labels: { type: 'string' },
  'portal-map': { type: 'string' },
  'teach-timeout-ms': { type: 'string' },
} as const;

export const RUN_OPTIONS_HELP = `Options (each also from the environment or the env file):
  --gstin <GSTIN>            EINV_GSTIN           the GSTIN to register
  --api-username <suffix>    EINV_API_USERNAME    the part after the portal's fixed API_ prefix
  --portal-username <name>   EINV_PORTAL_USERNAME the GSTIN's portal login
  --gsp <name>               EINV_GSP             default "DEFMACRO SOFTWARE PRIVATE LIMITED"
  --portal-url <url>         EINV_PORTAL_URL      default https://einvoice1.gst.gov.in
  --dry-run                  EINV_DRY_RUN         every step and screenshot, without the final Submit
  --headless                 EINV_HEADLESS        no browser window (default: a window where there is a display)
  --headed                   EINV_HEADED          a window, or stop (exit 2) where there is no display
  --out <dir>                EINV_OUT_DIR         where run folders go (default runs)
  --env-file <file>                               default .env when present
  --timeout-ms <ms>          EINV_TIMEOUT_MS      the longest wait for the portal (default 30000)
  --captcha-attempts <n>     EINV_CAPTCHA_ATTEMPTS default 3
  --otp-attempts <n>         EINV_OTP_ATTEMPTS    wrong OTPs before offering "Resend OTP" (default 3)
  --password-rule <rule>     EINV_PASSWORD_RULE   API password rule, default 8-15:ULDS
  --portal-map <file.json>   EINV_PORTAL_MAP      texts and ids the bot looks for first, and where what you
                                                  show it is kept (default einv-gsp.portal.json beside the .env)
  --labels <file.json>       EINV_LABELS_FILE     the older form of --portal-map, still read (never written)
  --teach-timeout-ms <ms>    EINV_TEACH_TIMEOUT_MS how long a headed run waits for you to click what it cannot
                                                  find (default 300000: 5 minutes)

Secrets, only from the environment, the env file, or a hidden prompt on a terminal:
  EINV_PORTAL_PASSWORD, EINV_API_PASSWORD
Browser: EINV_BROWSER_PATH, else Playwright's Chromium, else a system Chromium or Chrome.`;

/** `batch` and `check --file` take the GSTINs, logins and usernames from the file, not from flags. */
const { gstin: _gstin, 'api-username': _api, 'portal-username': _portal, ...SHARED_OPTIONS } = RUN_OPTIONS;

export const BATCH_OPTIONS = {
  ...SHARED_OPTIONS,
  file: { type: 'string' },
  'generate-api-passwords': { type: 'boolean' },
} as const;

export const BATCH_OPTIONS_HELP = `Options (each also from the environment or the env file):
  --file <csv>               the batch file (required)
  --generate-api-passwords   make a strong API password per GSTIN; they are written only to the
                             owner-only credentials.csv in the batch folder
  --gsp <name>               EINV_GSP             for rows without a gsp (default DEFMACRO SOFTWARE PRIVATE LIMITED)
  --portal-url <url>         EINV_PORTAL_URL      default https://einvoice1.gst.gov.in
  --dry-run                  EINV_DRY_RUN         every step of every row, without the final Submit
  --headless                 EINV_HEADLESS        no browser window (default: a window where there is a display)
  --headed                   EINV_HEADED          a window, or stop (exit 2) where there is no display
  --out <dir>                EINV_OUT_DIR         where the batch folder goes (default runs)
  --env-file <file>                               default .env when present
  --timeout-ms <ms>          EINV_TIMEOUT_MS      the longest wait for the portal (default 30000)
  --captcha-attempts <n>     EINV_CAPTCHA_ATTEMPTS default 3
  --otp-attempts <n>         EINV_OTP_ATTEMPTS    wrong OTPs before offering "Resend OTP" (default 3)
  --password-rule <rule>     EINV_PASSWORD_RULE   API password rule, default 8-15:ULDS
  --portal-map <file.json>   EINV_PORTAL_MAP      texts and ids the bot looks for first, and where what you
                                                  show it is kept (default einv-gsp.portal.json beside the .env)
  --labels <file.json>       EINV_LABELS_FILE     the older form of --portal-map, still read (never written)
  --teach-timeout-ms <ms>    EINV_TEACH_TIMEOUT_MS how long a headed run waits for you to click what it cannot
                                                  find (default 300000: 5 minutes)`;

/** Only `register` records: a recording follows one GSTIN's run. */
export const RECORD_OPTIONS = {
  record: { type: 'string' },
  'keep-identifiers': { type: 'boolean' },
} as const;

export const RECORD_OPTIONS_HELP = `Recording (for the team that keeps the mock true to the portal):
  --record <dir>             keep every step's page (HTML, ARIA snapshot) and a HAR of the run in
                             <dir>, scrubbed of passwords, OTPs, captchas, cookies, tokens, mobile
                             numbers and e-mail addresses before anything is written
  --keep-identifiers         keep the GSTIN and usernames in the recording (masked otherwise)`;

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** Parses a command's argv strictly: an unknown flag is a configuration error, not a surprise. */
export function parseCommandArgs<O extends OptionSpec>(args: string[], options: O, command?: string) {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: false, strict: true });
    return parsed.values;
  } catch (error) {
    throw new ConfigError([argumentProblem(error as Error, Object.keys(options), command)]);
  }
}

/**
 * node:util's complaint about the command line, in one line, in the words of the other problems
 * (`--api-username needs a value`), with a guess at what was meant. Node's own text is never
 * shown: it speaks of "arguments" and "positionals", and quotes in its own style.
 */
export function argumentProblem(error: Error, known: readonly string[], command?: string): string {
  const help = `(see einv-gsp ${command ? `${command} ` : ''}--help)`;
  const code = (error as NodeJS.ErrnoException).code;
  const named = /'(--?[^' =]+)/.exec(error.message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && named) {
    const name = named.replace(/^--?/, '');
    if (/pass(word)?$/i.test(name) || /^(api|portal)[-_]?pass/i.test(name)) {
      return `${named}: passwords are never taken as flags (they would stay in the shell history); set EINV_PORTAL_PASSWORD / EINV_API_PASSWORD in the environment or the env file, or be asked on a terminal`;
    }
    const close = closestName(name, known);
    return `unknown option ${named}${close ? `: did you mean --${close}?` : ''} ${help}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && named) {
    if (/argument missing/.test(error.message)) return `${named} needs a value ${help}`;
    if (/ambiguous/.test(error.message)) {
      return `${named} needs a value: the next word starts with a dash (a value that does, write ${named}=-value) ${help}`;
    }
    return `${named} takes no value: it is on when given ${help}`;
  }
  const positional = /'([^']*)'/.exec(error.message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && positional !== undefined) {
    return `unexpected "${positional}": ${command ?? 'this command'} takes only options (a value with spaces goes in quotes) ${help}`;
  }
  return `${error.message.split('\n')[0]} ${help}`;
}

export function runFlags(
  values: {
    [K in keyof typeof RUN_OPTIONS]?: (typeof RUN_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string;
  },
): Flags {
  return {
    gstin: values.gstin,
    apiUsername: values['api-username'],
    portalUsername: values['portal-username'],
    gsp: values.gsp,
    portalUrl: values['portal-url'],
    dryRun: values['dry-run'],
    headless: values.headless,
    headed: values.headed,
    out: values.out,
    envFile: values['env-file'],
    timeoutMs: values['timeout-ms'],
    captchaAttempts: values['captcha-attempts'],
    otpAttempts: values['otp-attempts'],
    passwordRule: values['password-rule'],
    labels: values.labels,
    portalMap: values['portal-map'],
    teachTimeoutMs: values['teach-timeout-ms'],
  };
}

/**
 * The entries of an options help text for the given flags, in the order asked, each with its
 * continuation lines: a command that takes only some of the shared options lists only those,
 * with the same words as the commands that take them all.
 */
export function optionLines(help: string, flags: readonly string[]): string[] {
  const entries = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of help.split('\n')) {
    const flag = /^ {2}--([a-z-]+)/.exec(line)?.[1];
    if (flag) {
      current = [line];
      entries.set(flag, current);
    } else if (current && /^ {4,}\S/.test(line)) current.push(line);
    else current = undefined;
  }
  return flags.flatMap((flag) => {
    const entry = entries.get(flag);
    if (!entry) throw new Error(`no help for --${flag}`);
    return entry;
  });
}
