/**
 * `npm run mock` (node dist/test/mock-portal/main.js [--port N] [--dialect NAME]
 * [--variant SEED|part=form,...] [--scramble-ids] [--changed] [--interstitial advisory|landing], or MOCK_PORT): the mock portal on its own, for trying the bot by hand and
 * for Playwright's `webServer`. This terminal plays the phone and the eyes: every OTP the mock
 * "sends" and every captcha it draws is printed here.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ControlError, dialect, variant } from './control.js';
import { INTERSTITIAL_TEXTS } from './interstitial-pages.js';
import { startMockPortal } from './server.js';
import { CHANGED_PORTAL, DEMO_ACCOUNTS } from './state.js';
import { DIALECTS, type Dialect, type Faults, INTERSTITIALS, type Interstitial } from './types.js';
import { checkForms, describeForms, presetOf, unhandledForms, type Variant } from './variants.js';

const DEFAULT_PORT = 4455;
const USAGE = `Usage: main.js [--port N] [--dialect ${DIALECTS.join('|')}] [--variant SEED|part=form,...] [--scramble-ids] [--changed] [--interstitial ${INTERSTITIALS.join('|')}]`;
/** How often to look whether whoever started the mock is still there. */
const PARENT_CHECK_MS = 500;

interface Options {
  port: number;
  dialect?: Dialect;
  variant?: Variant;
  scrambleIds: boolean;
  faults?: Partial<Faults>;
}

function optionsFrom(argv: string[], env: NodeJS.ProcessEnv): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      dialect: { type: 'string' },
      variant: { type: 'string' },
      'scramble-ids': { type: 'boolean' },
      changed: { type: 'boolean' },
      interstitial: { type: 'string' },
    },
    strict: true,
  });
  const text = values.port ?? (env.MOCK_PORT || undefined) ?? String(DEFAULT_PORT);
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`the port must be a whole number from 0 to 65535, not "${text}"`);
  }
  return {
    port,
    dialect: argument('--dialect', () => dialect(values.dialect)),
    variant: argument('--variant', () => variantArgument(values.variant)),
    scrambleIds: values['scramble-ids'] ?? false,
    ...(values.changed || values.interstitial
      ? {
          faults: {
            ...(values.changed ? CHANGED_PORTAL : {}),
            ...(values.interstitial
              ? { interstitial: argument('--interstitial', () => interstitial(values.interstitial)) }
              : {}),
          },
        }
      : {}),
  };
}

/** An argument's value; its ControlError named after the argument. */
function argument<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ControlError) throw new Error(`${name}: ${error.message}`);
    throw error;
  }
}

function interstitial(text: string | undefined): Interstitial | undefined {
  if (text === undefined) return undefined;
  if ((INTERSTITIALS as readonly string[]).includes(text)) return text as Interstitial;
  throw new ControlError(`"${text}" is none of ${INTERSTITIALS.join(', ')}`);
}

/** `--variant 7` (a seed) or `--variant popup=panel-dimmer,message=red-text` (forms by name). */
function variantArgument(text: string | undefined): Variant | undefined {
  if (text === undefined) return undefined;
  if (/^\d+$/.test(text)) return variant(Number(text));
  const pairs = text.split(',').map((pair) => pair.split('=').map((word) => word.trim()));
  if (pairs.some((pair) => pair.length !== 2)) {
    throw new ControlError(`"${text}" is neither a seed nor part=form pairs joined by commas`);
  }
  try {
    return checkForms(Object.fromEntries(pairs));
  } catch (error) {
    throw new ControlError((error as Error).message);
  }
}

/**
 * The processes that started this one and whose end should end it too: the parent, and when
 * npm ran it (`npm run mock` runs `sh -c "... && node main.js"`), every process up to npm
 * itself. Killing npm leaves the shell and the mock behind otherwise, still listening.
 */
function starters(): number[] {
  const pids = [process.ppid];
  if (!process.env.npm_lifecycle_event) return pids;
  for (let pid = process.ppid; pid > 1 && !isNpm(pid); ) {
    const parent = parentOf(pid);
    if (parent === undefined || parent <= 1) break;
    pids.push(parent);
    pid = parent;
  }
  return pids;
}

/** A process's state letter and parent, from Linux's /proc; elsewhere unknown. */
function procStat(pid: number): { state: string; parent: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count after the last ')'.
    const [state = '', parent = ''] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state, parent: Number(parent) };
  } catch {
    return undefined;
  }
}

/** `process.ppid` is read once, at start; /proc says whether it has changed since. */
function parentOf(pid: number): number | undefined {
  return procStat(pid)?.parent;
}

function isNpm(pid: number): boolean {
  try {
    // npm renames its process to "npm run mock ..."; before that it is "node .../npm-cli.js".
    return /(^|\/)npm(-cli\.js)?( |\0|$)/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
}

/** Ended, or ended and not yet reaped (a zombie still answers kill 0). */
function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
  return procStat(pid)?.state === 'Z';
}

/**
 * The command that registers the first demo account's API user against this mock, from the clone
 * in another terminal: the portal password and the new API password are asked, hidden, as on the
 * real portal, and this terminal shows the captcha's text and the OTPs to type.
 */
function tryIt(url: string): string[] {
  const [account] = DEMO_ACCOUNTS;
  if (!account) return [];
  return [
    'Try the bot on it, from the clone in another terminal:',
    `  npx einv-gsp register --portal-url ${url} --gstin ${account.gstin} --portal-username ${account.username} --api-username acme01`,
    `  It asks for ${account.username}'s password (${account.password}) and a new API password (e.g. Api@Pass123), then for the captcha and the OTPs this terminal shows.`,
  ];
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = optionsFrom(process.argv.slice(2), process.env);
  } catch (error) {
    const message = (error as Error).message;
    process.stderr.write(`mock portal: ${message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  let mock: Awaited<ReturnType<typeof startMockPortal>>;
  try {
    mock = await startMockPortal(options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    process.stderr.write(
      `mock portal: port ${options.port} is in use (another mock running?); choose another with --port or MOCK_PORT\n`,
    );
    process.exitCode = 2;
    return;
  }
  // Listening for the signals before the banner: whoever starts the mock may stop it as soon as
  // it reads the banner, and a signal before its handler would end the mock with no clean close.
  let stopping = false;
  const stop = (why: string) => {
    if (stopping) return;
    stopping = true;
    clearInterval(watch);
    process.stdout.write(`Mock portal stopping (${why}).\n`);
    // With the server closed nothing is left to wait for, and Node ends with exit code 0.
    void mock.close();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGHUP', () => stop('SIGHUP'));
  const watched = starters();
  const watch = setInterval(() => {
    // An orphan is adopted by init or a subreaper: a new parent means the old one has ended.
    const orphaned = (parentOf(process.pid) ?? process.ppid) !== process.ppid;
    if (orphaned || watched.some(isGone)) stop('the process that started it has ended');
  }, PARENT_CHECK_MS);
  // The check alone must not keep the process alive once the server has closed.
  watch.unref();

  const { forms, seed, dialect: drawn } = mock.state();
  const preset = presetOf(forms);
  const unhandled = unhandledForms(forms);
  const lines = [
    `Mock portal listening on ${mock.url}`,
    `Markup dialect: ${drawn}${options.scrambleIds ? ', ids scrambled' : ''} (--dialect ${DIALECTS.join('|')}, --scramble-ids)`,
    `Forms${seed === undefined ? '' : ` of seed ${seed}`}${preset ? ` (the ${preset} preset)` : ''}: ${describeForms(forms)} (--variant SEED|part=form,...)`,
    ...unhandled.map((form) => `  not handled by the bot yet: ${form}`),
    ...(options.faults?.interstitial
      ? [
          `A page the map does not know (--interstitial ${options.faults.interstitial}): "${INTERSTITIAL_TEXTS[options.faults.interstitial].heading}", passed only by "${INTERSTITIAL_TEXTS[options.faults.interstitial].wayOn}".`,
        ]
      : []),
    ...(options.faults?.menuLabel
      ? [
          `Changed portal (--changed): "${CHANGED_PORTAL.menuLabel}" in the menu, a popup closed only by "Proceed", "${CHANGED_PORTAL.throughGspLabel}" for "Through GSP".`,
        ]
      : []),
    'Demo accounts (username / password / GSTIN), published test values:',
    ...DEMO_ACCOUNTS.map((account) => `  ${account.username} / ${account.password} / ${account.gstin}`),
    ...tryIt(mock.url),
    'Captchas shown and OTPs the portal "sends" are printed below, as the screen and the phone would show them.',
    'Test-only control: GET /__mock/state; POST /__mock/reset, /__mock/faults (JSON). Ctrl-C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
