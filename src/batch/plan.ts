/**
 * The pre-flight check of a batch: every row and every setting, every problem at once, before
 * any browser starts or any OTP is spent. Passwords come from EINV_PORTAL_PASSWORD_<GSTIN> and
 * EINV_API_PASSWORD_<GSTIN>, falling back to EINV_PORTAL_PASSWORD / EINV_API_PASSWORD.
 */
import { z } from 'zod';
import {
  apiUsernameSchema,
  DEFAULT_GSP,
  describeIssues,
  type Env,
  type Flags,
  gstinSchema,
  type RunSettings,
  settingsInput,
  settingsSchema,
  type Target,
} from '../config.js';
import { ConfigError } from '../errors.js';
import { passwordProblem } from '../password.js';
import { type BatchFileContent, type BatchRow, problemAt, readBatchFile } from './csv.js';

export interface PlannedRow {
  line: number;
  target: Target & { portalUsername: string };
  portalPassword?: string;
  apiPassword?: string;
}

export interface BatchPlan {
  settings: RunSettings;
  rows: PlannedRow[];
  /** The GSP of rows without one: `--gsp`, else EINV_GSP, else the default. */
  defaultGsp: string;
}

export interface PlanOptions {
  /** A person at a terminal will be asked for missing passwords at the start. */
  canAsk: boolean;
  /** API passwords are generated, so none is needed from the environment. */
  generateApiPasswords: boolean;
  /** The batch file's name as given, to name the place of each problem (`gstins.csv:4: ...`). */
  file?: string;
}

const envValue = (env: Env, name: string) => {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
};

export function portalPasswordFor(env: Env, gstin: string): string | undefined {
  return envValue(env, `EINV_PORTAL_PASSWORD_${gstin}`) ?? envValue(env, 'EINV_PORTAL_PASSWORD');
}

export function apiPasswordFor(env: Env, gstin: string): string | undefined {
  return envValue(env, `EINV_API_PASSWORD_${gstin}`) ?? envValue(env, 'EINV_API_PASSWORD');
}

/** Which variable a row's API password comes from, to name it without showing it. */
function apiPasswordVariable(env: Env, gstin: string): string {
  return envValue(env, `EINV_API_PASSWORD_${gstin}`) ? `EINV_API_PASSWORD_${gstin}` : 'EINV_API_PASSWORD';
}

export function planBatch(rows: BatchRow[], flags: Flags, env: Env, options: PlanOptions): BatchPlan {
  const problems: string[] = [];
  const settingsResult = z
    .object({ settings: settingsSchema })
    .safeParse({ settings: settingsInput(flags, env) });
  if (!settingsResult.success) problems.push(...describeIssues(settingsResult.error));
  const rule = settingsResult.success ? settingsResult.data.settings.passwordRule : undefined;

  const file = options.file ?? 'batch file';
  const defaultGsp = flags.gsp ?? envValue(env, 'EINV_GSP') ?? DEFAULT_GSP;
  const seenGstins = new Map<string, number>();
  const seenUsernames = new Map<string, { line: number; apiUsername: string }>();
  const missingSecrets: string[] = [];
  const planned: PlannedRow[] = [];
  for (const row of rows) {
    const at = (column: string, problem: string) => problems.push(problemAt(file, row.line, column, problem));
    const gstin = gstinSchema.safeParse(row.gstin);
    if (!gstin.success) at('gstin', gstin.error.issues[0]?.message ?? 'is not valid');
    const username = apiUsernameSchema.safeParse(row.apiUsername);
    if (!username.success) at('api_username', username.error.issues[0]?.message ?? 'is not valid');
    if (!row.portalUsername) at('portal_username', 'empty');

    const firstGstin = seenGstins.get(row.gstin);
    if (firstGstin !== undefined) at('gstin', `${row.gstin} repeats line ${firstGstin}`);
    else seenGstins.set(row.gstin, row.line);
    const key = row.apiUsername.toUpperCase();
    const first = seenUsernames.get(key);
    if (row.apiUsername && first !== undefined) {
      // Told apart by case only: said, as the operator may not see why "ACME01" repeats "acme01".
      const repeated =
        first.apiUsername === row.apiUsername
          ? `${row.apiUsername} repeats line ${first.line}`
          : `${row.apiUsername} repeats ${first.apiUsername} of line ${first.line} (usernames are compared ignoring case)`;
      at('api_username', repeated);
    } else seenUsernames.set(key, { line: row.line, apiUsername: row.apiUsername });

    const portalPassword = portalPasswordFor(env, row.gstin);
    const apiPassword = options.generateApiPasswords ? undefined : apiPasswordFor(env, row.gstin);
    // A rejected GSTIN gets no variable named after it: the operator fixes the GSTIN first, and
    // EINV_PORTAL_PASSWORD_27AABCE1234F1Z6 would only ask them to set a password for a typo.
    if (gstin.success) {
      if (!portalPassword) missingSecrets.push(`EINV_PORTAL_PASSWORD_${row.gstin}`);
      if (!options.generateApiPasswords && !apiPassword)
        missingSecrets.push(`EINV_API_PASSWORD_${row.gstin}`);
    }
    const weak = apiPassword && rule && passwordProblem(apiPassword, rule);
    if (weak) at(`API password (${apiPasswordVariable(env, row.gstin)})`, weak);

    planned.push({
      line: row.line,
      target: {
        gstin: row.gstin,
        gsp: row.gsp ?? defaultGsp,
        apiUsernameSuffix: row.apiUsername,
        portalUsername: row.portalUsername,
        ...(row.mobileHolder ? { mobileHolder: row.mobileHolder } : {}),
      },
      portalPassword,
      apiPassword,
    });
  }
  if (options.generateApiPasswords && rule) {
    const classes = [rule.upper, rule.lower, rule.digit, rule.special].filter(Boolean).length;
    if (rule.maxLength < Math.max(classes, 8))
      problems.push('--generate-api-passwords needs a password rule that allows at least 8 characters');
  }
  if (missingSecrets.length && !options.canAsk) {
    problems.push(
      `missing ${[...new Set(missingSecrets)].join(', ')} (or the shared EINV_PORTAL_PASSWORD / EINV_API_PASSWORD; --generate-api-passwords makes API passwords): there is no terminal to ask on`,
    );
  }
  if (problems.length || !settingsResult.success) throw new ConfigError(problems);
  return { settings: settingsResult.data.settings, rows: planned, defaultGsp };
}

/**
 * The batch file read and checked: what `check --file` and `batch` both do before anything else.
 * Every problem at once: the file's own (a password column, a line with a value too many) do
 * not hide its rows' (a GSTIN's check character, a repeated row), nor the settings'; the file's
 * are listed in the order of its lines.
 */
export function checkBatchFile(file: string, flags: Flags, env: Env, options: PlanOptions): BatchPlan {
  const problems: string[] = [];
  let content: BatchFileContent | undefined;
  try {
    content = readBatchFile(file);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  problems.push(...(content?.problems ?? []));
  try {
    const plan = planBatch(content?.rows ?? [], flags, env, { ...options, file });
    if (problems.length === 0) return plan;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  throw new ConfigError(inLineOrder(problems, file));
}

/** The file's problems by line (a stable sort: a line's own order stays), then the others. */
function inLineOrder(problems: readonly string[], file: string): string[] {
  const lineOf = (problem: string) =>
    problem.startsWith(`${file}:`)
      ? Number(/^:(\d+):/.exec(problem.slice(file.length))?.[1] ?? 0)
      : Number.MAX_SAFE_INTEGER;
  return [...problems].sort((a, b) => lineOf(a) - lineOf(b));
}
