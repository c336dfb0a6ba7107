/** What every command gets from the CLI: its input and output, and the run-wide pieces. */
import type { Browser } from 'playwright';
import type { Env } from '../config.js';
import type { Human } from '../human.js';
import type { SecretValues } from '../secret-values.js';

export interface CliIO {
  argv: string[];
  env: Env;
  stdin: NodeJS.ReadStream;
  print: (line: string) => void;
  printError: (line: string) => void;
}

export interface CommandContext {
  io: CliIO;
  secrets: SecretValues;
  signal: AbortSignal;
  version: string;
  /** The person at the terminal, or the lines of standard input; created on first use. */
  human(): Promise<Human>;
  /**
   * A browser already running, which `register`, `batch` (for every row) and `drift` use (in a
   * context of their own) instead of launching one, and leave running: the tests' in-process
   * runs share one per worker (test/in-process.ts). The installed command never has one.
   */
  browser?: Browser;
}

export interface Command {
  HELP: string;
  run(args: string[], ctx: CommandContext): Promise<number>;
}
