/**
 * What `check`, `register` and `batch` look at before anything starts, in one place, so that
 * `check` refuses exactly what a run would: the env file, the command's own input (one GSTIN or
 * a batch file), the folders the run will write, and the portal texts it will load. Every
 * problem is gathered and reported at once, as one "Cannot start:" block, exit 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { type Env, type Flags, loadEnv, settingsInput } from '../config.js';
import { ConfigError } from '../errors.js';
import { folderProblem, readableByOthers } from '../input-files.js';
import { checkRecordingDir } from '../recording/recording.js';
import type { CliIO } from './context.js';

/** Problems gathered from several checks, each of which may throw a ConfigError. */
export class Problems {
  readonly list: string[] = [];

  add(problem: string | undefined): void {
    if (problem) this.list.push(problem);
  }

  /** Runs a check and keeps what its ConfigError lists; any other error is a bug and passes. */
  take<T>(check: () => T): T | undefined {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.list.push(...error.problems);
      return undefined;
    }
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new ConfigError(this.list);
  }
}

export interface PreflightInput<T> {
  flags: Flags;
  io: Pick<CliIO, 'env' | 'printError'>;
  /** The command's own check, given the environment: the register config, the batch plan. */
  check: (env: Env) => T;
  /** The folder the run writes under --out, when it is a known one (a batch's), to check it instead. */
  outFolder?: (out: string) => string;
  /** register's --record folder: a new or empty folder that can be written. */
  record?: string;
  keepIdentifiers?: boolean;
  /** Problems already found in the command line itself, listed first. */
  known?: readonly string[];
}

const given = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value);

export async function preflight<T>(input: PreflightInput<T>): Promise<{ env: Env; checked: T }> {
  const { flags, io, check, record } = input;
  const problems = new Problems();
  for (const problem of input.known ?? []) problems.add(problem);
  const fromFile = problems.take(() => loadEnv(flags.envFile, io.env));
  // A named env file that cannot be read is one problem; the rest is still checked, without it.
  const env = fromFile ?? Object.fromEntries(Object.entries(io.env).filter(([, v]) => given(v)));
  if (fromFile) warnIfEnvFileIsOpen(flags.envFile ?? '.env', io.printError);

  const checked = problems.take(() => check(env));

  // Read from the same place the settings are, so an EINV_OUT_DIR is checked as a --out is.
  const settings = settingsInput(flags, env);
  const { outDir } = settings;
  const out = given(outDir) ?? 'runs';
  const outProblem = folderProblem(input.outFolder?.(out) ?? out);
  if (outProblem) {
    const named = flags.out !== undefined ? `--out ${out}` : given(outDir) ? `EINV_OUT_DIR ${out}` : 'runs';
    problems.add(`output folder (${named}): ${outProblem}`);
  }
  if (input.keepIdentifiers && record === undefined)
    problems.add('--keep-identifiers is about a recording: give --record <dir> too');
  if (record !== undefined) {
    const recordProblem = folderProblem(record);
    if (recordProblem) problems.add(`--record ${record}: ${recordProblem}`);
    else problems.take(() => checkRecordingDir(record));
  }
  // The very loader a run calls, so a labels file (or what replaces it) a run would refuse is
  // refused here, before a browser starts, and by `check`.
  const { portalTextsFor } = await import('../learned-entries.js');
  problems.take(() => portalTextsFor(settings));

  problems.throwIfAny();
  return { env, checked: checked as T };
}

const PASSWORD_VARIABLE = /^EINV_(PORTAL|API)_PASSWORD(_|$)/;

/**
 * A warning (not a refusal: the run is the owner's call) when the env file holds a password and
 * its group or everyone else may read it, with the command that fixes it.
 */
function warnIfEnvFileIsOpen(path: string, warn: (line: string) => void): void {
  if (process.platform === 'win32' || !existsSync(path) || !readableByOthers(path)) return;
  let holdsPassword = false;
  try {
    const values = parseDotenv(readFileSync(path));
    holdsPassword = Object.entries(values).some(
      ([name, value]) => PASSWORD_VARIABLE.test(name) && value !== '',
    );
  } catch {
    return;
  }
  if (holdsPassword) {
    warn(
      `Warning: ${path} holds passwords and other users can read it. Make it yours only: chmod 600 ${path}`,
    );
  }
}
