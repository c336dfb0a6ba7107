/**
 * The command line: picks the command, maps outcomes to the documented exit codes in one
 * place, and turns Ctrl-C, SIGTERM and a hang-up (SIGHUP) into a clean stop. Commands and
 * Playwright are imported only when needed, so bad input is reported without loading a
 * browser library.
 */
import { closeSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isatty } from 'node:tty';
import { fileURLToPath } from 'node:url';
import type { CliIO, Command, CommandContext } from './commands/context.js';
import { closestName } from './did-you-mean.js';
import { Cancelled, ConfigError, EXIT, isEinvError } from './errors.js';
import type { Human } from './human.js';
import { describeFileError, isFileSystemRefusal } from './input-files.js';
import { SecretValues } from './secret-values.js';

export type { CliIO };

const COMMANDS: Record<string, () => Promise<Command>> = {
  register: () => import('./commands/register.js'),
  batch: () => import('./commands/batch.js'),
  check: () => import('./commands/check.js'),
  drift: () => import('./commands/drift.js'),
};

const HELP = `einv-gsp: register e-invoice API users through a GSP on the E-Invoice System portal

Usage:
  einv-gsp register --gstin <GSTIN> --api-username <suffix> [options]
  einv-gsp batch --file <gstins.csv> [options]
  einv-gsp check (--gstin <GSTIN> --api-username <suffix> | --file <gstins.csv>) [options]
  einv-gsp drift <recording-dir> [--portal-map <file.json>] [--json]
  einv-gsp help <command>      (or einv-gsp <command> --help) a command's options
  einv-gsp version             (or --version, -v) the version of einv-gsp

Commands:
  register   register one GSTIN's API user through a GSP (--record <dir> keeps the pages, scrubbed)
  batch      register the GSTINs of a CSV file, one after the other, resumable
  check      check the input of register or batch without starting a browser
  drift      check a recording against what the bot's page objects rely on

Exit codes: 0 registered, already registered or dry run complete; 2 bad input; 3 the portal
refused; 4 the portal was not as expected; 5 outcome unknown; 130 cancelled; 129 the terminal
hung up (cancelled).`;

const HELP_WORDS = ['help', '--help', '-h'];
const VERSION_WORDS = ['version', '--version', '-v'];

function unknownCommand(name: string): string {
  if (name.startsWith('-')) {
    return `give a command first, e.g. einv-gsp register ${name} ... (commands: ${Object.keys(COMMANDS).join(', ')})`;
  }
  const close = closestName(name, [...Object.keys(COMMANDS), 'help', 'version']);
  return `unknown command "${name}"${close ? `: did you mean "${close}"?` : ` (commands: ${Object.keys(COMMANDS).join(', ')})`} (see einv-gsp --help)`;
}

export function version(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', 'package.json'), join(here, '..', '..', 'package.json')]) {
    if (existsSync(candidate))
      return (JSON.parse(readFileSync(candidate, 'utf8')) as { version: string }).version;
  }
  return '0.0.0';
}

/**
 * After a hang-up the terminal is gone: showing a line on it fails (EIO). The streams' 'error'
 * events are ignored (`surviveHangUp`); a write that throws at once is dropped here. Either way
 * the run goes on to close the browser and write its report, which is where the record is.
 */
function quiet(write: (line: string) => void): (line: string) => void {
  return (line) => {
    try {
      write(line);
    } catch {
      // The terminal went away mid-run: see above.
    }
  };
}

/**
 * Node restores the terminal's settings of standard input, output and error as the process
 * exits, and aborts (SIGABRT, the exit code lost) when the terminal is gone and that fails with
 * EIO; a descriptor that is closed by then it leaves alone. So one that was a terminal and is
 * none now (hung up: `isatty` fails on it) is closed, at 'exit', when no more output can come.
 * A terminal still there (`kill -HUP` alone) is left open: closing it early would let the other
 * side see it gone and hang up again while the process ends.
 */
function closeHungUpTerminal(): void {
  for (const [fd, stream] of [
    [0, process.stdin],
    [1, process.stdout],
    [2, process.stderr],
  ] as const) {
    if (!stream.isTTY || isatty(fd)) continue;
    try {
      closeSync(fd);
    } catch {
      // Closed already.
    }
  }
}

/**
 * For the process the bin runs, once: an 'error' event of a gone terminal that nobody heard would
 * end the process before its browser is closed and its report written, and a hung-up terminal
 * left open makes Node abort as it exits (see above), whichever way the hang-up was noticed.
 */
export function surviveHangUp(): void {
  for (const stream of [process.stdin, process.stdout, process.stderr]) stream.on('error', () => undefined);
  process.on('exit', closeHungUpTerminal);
}

/** `shared`: a running browser for `register` to use and leave running (see CommandContext.browser). */
export async function main(given: CliIO, shared: Pick<CommandContext, 'browser'> = {}): Promise<number> {
  const io: CliIO = { ...given, print: quiet(given.print), printError: quiet(given.printError) };
  const secrets = new SecretValues();
  const abort = new AbortController();
  let interrupted = 0;
  let hungUp = false;
  const onInterrupt = () => {
    interrupted += 1;
    if (interrupted > 1) process.exit(hungUp ? EXIT.hungUp : EXIT.cancelled);
    if (abort.signal.aborted) return;
    io.printError('\nStopping: closing the browser and writing the report (Ctrl-C again to quit at once).');
    abort.abort();
  };
  // A dropped SSH session or a closed window ends the run as Ctrl-C does, with its own exit code.
  // The kernel may send SIGHUP more than once (to the session leader, then to the foreground
  // group when the terminal closes): a second one is no request to quit at once, the cleanup
  // goes on.
  const onHangUp = () => {
    hungUp = true;
    if (abort.signal.aborted) return;
    io.printError('\nThe terminal hung up: closing the browser and writing the report.');
    abort.abort(new Cancelled('The terminal hung up (a dropped SSH session or a closed terminal window).'));
  };
  /** A run that ended cancelled because the terminal hung up says so by its exit code. */
  const exitCode = (code: number) => (hungUp && code === EXIT.cancelled ? EXIT.hungUp : code);
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onInterrupt);
  process.on('SIGHUP', onHangUp);
  // The hang-up can show first as the terminal's input ending (or failing) before the signal is
  // handled; a terminal that is no terminal any more is the same hang-up, not an operator's answer.
  const onInputGone = () => {
    if (io.stdin.isTTY && !isatty(0)) onHangUp();
  };
  io.stdin.on('end', onInputGone);
  io.stdin.on('error', onInputGone);
  let human: Human | undefined;
  const ctx: CommandContext = {
    ...shared,
    io,
    secrets,
    signal: abort.signal,
    version: version(),
    human: async () => {
      if (!human) {
        const { humanFor } = await import('./human.js');
        human = humanFor(io.stdin, io.print, abort.signal);
      }
      return human;
    },
  };
  try {
    // `npx einv-gsp -- register ...` hands the `--` on; it ends npx's options, not ours.
    const [name, ...args] = io.argv[0] === '--' ? io.argv.slice(1) : io.argv;
    if (name === undefined) {
      io.print(HELP);
      return EXIT.config;
    }
    if (VERSION_WORDS.includes(name)) {
      io.print(ctx.version);
      return EXIT.ok;
    }
    // `help register` as `register --help`; `help` alone, or `help --help`, the overview.
    const topic = HELP_WORDS.includes(name) && !args[0]?.startsWith('-') ? args[0] : undefined;
    if (HELP_WORDS.includes(name) && topic === undefined) {
      io.print(HELP);
      return EXIT.ok;
    }
    const commandName = topic ?? name;
    const load = COMMANDS[commandName];
    if (!load) throw new ConfigError([unknownCommand(commandName)]);
    const command = await load();
    if (topic !== undefined || args.includes('--help') || args.includes('-h')) {
      io.print(command.HELP);
      return EXIT.ok;
    }
    return exitCode(await command.run(args, ctx));
  } catch (error) {
    if (isEinvError(error)) {
      const heading = error instanceof ConfigError ? 'Cannot start:' : `${error.name}:`;
      io.printError(`${heading}\n${secrets.scrub(error.message).replace(/^/gm, '  ')}`);
      if (error.remedy) io.printError(error.remedy);
      return exitCode(error instanceof Cancelled ? EXIT.cancelled : error.exitCode);
    }
    if (isFileSystemRefusal(error)) {
      // A folder or file that cannot be written (disk full, made read-only since the check):
      // the machine's state, not a bug, so one line and no stack.
      io.printError(`Cannot go on: ${secrets.scrub(error.path)}: ${describeFileError(error)}`);
      io.printError('Free the disk or fix the permissions, then run the same command again.');
      return EXIT.config;
    }
    io.printError(secrets.scrub(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    io.printError('This is a bug in einv-gsp: please report it with the run folder attached.');
    return EXIT.internal;
  } finally {
    human?.close();
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
    // After a hang-up it stays: the terminal's last SIGHUP may come as the process ends (when
    // closing its side of the terminal lets the other side see it gone) and must not kill it then.
    if (!hungUp) process.off('SIGHUP', onHangUp);
    io.stdin.off('end', onInputGone);
    io.stdin.off('error', onInputGone);
  }
}
