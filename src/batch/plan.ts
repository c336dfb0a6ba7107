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
import { type BatchRow, readBatchCsv } from './csv.js';

export interface PlannedRow {
  line: number;
  target: Target & { portalUsername: string };
  portalPassword?: string;
  apiPassword?: string;
}

export interface BatchPlan {
  settings: RunSettings;
  rows: PlannedRow[];
}

export interface PlanOptions {
  /** A person at a terminal will be asked for missing passwords at the start. */
  canAsk: boolean;
  /** API passwords are generated, so none is needed from the environment. */
  generateApiPasswords: boolean;
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

export function planBatch(rows: BatchRow[], flags: Flags, env: Env, options: PlanOptions): BatchPlan {
  const problems: string[] = [];
  const settingsResult = z
    .object({ settings: settingsSchema })
    .safeParse({ settings: settingsInput(flags, env) });
  if (!settingsResult.success) problems.push(...describeIssues(settingsResult.error));
  const rule = settingsResult.success ? settingsResult.data.settings.passwordRule : undefined;

  const seenGstins = new Map<string, number>();
  const seenUsernames = new Map<string, number>();
  const missingSecrets: string[] = [];
  const planned: PlannedRow[] = [];
  for (const row of rows) {
    const at = `line ${row.line}`;
    const gstin = gstinSchema.safeParse(row.gstin);
    if (!gstin.success) problems.push(`${at}: GSTIN ${gstin.error.issues[0]?.message ?? 'is not valid'}`);
    const username = apiUsernameSchema.safeParse(row.apiUsername);
    if (!username.success)
      problems.push(`${at}: api_username ${username.error.issues[0]?.message ?? 'is not valid'}`);
    if (!row.portalUsername) problems.push(`${at}: portal_username is empty`);

    const firstGstin = seenGstins.get(row.gstin);
    if (firstGstin !== undefined) problems.push(`${at}: GSTIN ${row.gstin} repeats line ${firstGstin}`);
    else seenGstins.set(row.gstin, row.line);
    const key = row.apiUsername.toUpperCase();
    const firstUsername = seenUsernames.get(key);
    if (row.apiUsername && firstUsername !== undefined) {
      problems.push(`${at}: API username API_${row.apiUsername} repeats line ${firstUsername}`);
    } else seenUsernames.set(key, row.line);

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
    if (weak) problems.push(`${at}: API password for ${row.gstin} ${weak}`);

    planned.push({
      line: row.line,
      target: {
        gstin: row.gstin,
        gsp: row.gsp ?? flags.gsp ?? envValue(env, 'EINV_GSP') ?? DEFAULT_GSP,
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
  return { settings: settingsResult.data.settings, rows: planned };
}

/**
 * The batch file read and checked: what `check --file` and `batch` both do before anything else.
 * A file that cannot be read or parsed is listed with the settings' problems, not instead of them.
 */
export function checkBatchFile(file: string, flags: Flags, env: Env, options: PlanOptions): BatchPlan {
  let rows: BatchRow[] | undefined;
  const problems: string[] = [];
  try {
    rows = readBatchCsv(file);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  try {
    const plan = planBatch(rows ?? [], flags, env, options);
    if (rows) return plan;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  throw new ConfigError(problems);
}
