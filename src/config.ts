/**
 * Configuration: flags over environment over env file, parsed once by one zod schema, with
 * every problem reported together before any browser starts. Empty strings count as unset.
 * Secrets (portal and API passwords) come only from the environment, the env file or a hidden
 * prompt: never from flags, which end up in shell history and process lists.
 */
import { readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import { ConfigError } from './errors.js';
import { gstinProblem } from './gstin.js';
import { describeFileError } from './input-files.js';
import { defaultPortalMapFile } from './learned-entries.js';
import { DEFAULT_PASSWORD_RULE, type PasswordRule, parsePasswordRule, passwordProblem } from './password.js';

export const DEFAULT_PORTAL_URL = 'https://einvoice1.gst.gov.in';
export const DEFAULT_GSP = 'DEFMACRO SOFTWARE PRIVATE LIMITED';
export const API_USERNAME_PREFIX = 'API_';

export type Env = Record<string, string | undefined>;

/** What the command line gave; anything left undefined falls back to the environment. */
export interface Flags {
  gstin?: string;
  portalUrl?: string;
  gsp?: string;
  apiUsername?: string;
  portalUsername?: string;
  dryRun?: boolean;
  headless?: boolean;
  headed?: boolean;
  out?: string;
  envFile?: string;
  timeoutMs?: string;
  captchaAttempts?: string;
  otpAttempts?: string;
  passwordRule?: string;
  labels?: string;
  portalMap?: string;
  teachTimeoutMs?: string;
}

export interface Secrets {
  portalUsername?: string;
  portalPassword?: string;
  apiPassword?: string;
}

/** Settings shared by every GSTIN of a run. */
export interface RunSettings {
  portalUrl: string;
  dryRun: boolean;
  headless: boolean;
  /** A window was asked for explicitly (--headed): where there is no display, that stops the run. */
  headed?: boolean;
  outDir: string;
  timeoutMs: number;
  captchaAttempts: number;
  otpAttempts: number;
  passwordRule: PasswordRule;
  browserPath?: string;
  labelsFile?: string;
  /**
   * Portal-map overrides (texts and ids of any element), read after the labels file, and where
   * what an operator shows the bot is written (default `einv-gsp.portal.json` beside the env
   * file). It may not exist yet.
   */
  portalMapFile?: string;
  /** How long an operator has to show the bot an element it cannot find (default 5 minutes). */
  teachTimeoutMs?: number;
}

/** One registration: which GSTIN, which GSP, which API user. */
export interface Target {
  gstin: string;
  gsp: string;
  /** The part the operator types after the portal's fixed `API_` prefix. */
  apiUsernameSuffix: string;
  portalUsername?: string;
  mobileHolder?: string;
}

export interface RegisterConfig {
  settings: RunSettings;
  target: Target;
  secrets: Secrets;
}

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === ''
    ? undefined
    : typeof value === 'string'
      ? value.trim()
      : value;

const text = () => z.preprocess(blankToUndefined, z.string().optional());
const count = (name: string, fallback: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: `${name} must be a whole number` })
      .int(`${name} must be a whole number`)
      .min(1, `${name} must be at least 1`)
      .max(max, `${name} must be at most ${max}`)
      .default(fallback),
  );
const flag = z.preprocess((value) => {
  const v = blankToUndefined(value);
  if (typeof v === 'string') return !['0', 'false', 'no', 'off'].includes(v.toLowerCase());
  return v;
}, z.boolean().default(false));

export const gstinSchema = z
  .string({ error: 'is required' })
  .transform((value) => value.trim().toUpperCase())
  .superRefine((value, ctx) => {
    const problem = gstinProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `${value}: ${problem}` });
  });

/** The suffix after `API_`: the portal's own limits are unpublished, this is the safe subset. */
export const apiUsernameSchema = z.string({ error: 'is required' }).superRefine((value, ctx) => {
  if (value.toUpperCase().startsWith(API_USERNAME_PREFIX)) {
    ctx.addIssue({
      code: 'custom',
      message: `give only the part after the portal's fixed prefix ${API_USERNAME_PREFIX} (e.g. ${value.slice(4) || 'acme01'})`,
    });
  } else if (!/^[A-Za-z0-9_]{4,16}$/.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be 4 to 16 letters, digits or underscores' });
  }
});

/**
 * Used exactly as given, path and query kept: a bookmark of a login page is opened as it is, so
 * the page's relative form action posts where the portal meant (a `/` appended sent it elsewhere).
 */
export const portalUrlSchema = z.preprocess(
  blankToUndefined,
  z
    .string()
    .default(DEFAULT_PORTAL_URL)
    .superRefine((value, ctx) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: `${value} is not a URL` });
        return;
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        ctx.addIssue({ code: 'custom', message: 'must be an http(s) URL' });
      } else if (url.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
        // Credentials never travel in clear text; plain http is for the local mock portal only.
        ctx.addIssue({ code: 'custom', message: 'must be https (plain http only for a local mock portal)' });
      }
    }),
);

const passwordRuleSchema = z.preprocess(
  blankToUndefined,
  z
    .string()
    .optional()
    .transform((spec, ctx): PasswordRule => {
      if (spec === undefined) return DEFAULT_PASSWORD_RULE;
      const rule = parsePasswordRule(spec);
      if (typeof rule === 'string') {
        ctx.addIssue({ code: 'custom', message: rule });
        return z.NEVER;
      }
      return rule;
    }),
);

const settingsFields = z.object({
  portalUrl: portalUrlSchema,
  dryRun: flag,
  headless: flag,
  headed: flag,
  outDir: z.preprocess(blankToUndefined, z.string().default('runs')),
  timeoutMs: count('timeout', 30_000, 600_000),
  captchaAttempts: count('captcha attempts', 3, 10),
  otpAttempts: count('OTP attempts', 3, 10),
  passwordRule: passwordRuleSchema,
  browserPath: text(),
  labelsFile: text(),
  portalMapFile: text(),
  teachTimeoutMs: count('teach timeout', 300_000, 3_600_000),
});

export const settingsSchema = settingsFields.refine(
  (settings) => !(settings.headed === true && settings.headless === true),
  {
    path: ['headed'],
    message: 'asks for a browser window and --headless (EINV_HEADLESS) for none: give one of them',
    // Said together with any other problem of the settings, not once they are fixed.
    when: () => true,
  },
);

const registerSchema = z.object({
  settings: settingsSchema,
  target: z.object({
    gstin: z.preprocess(blankToUndefined, gstinSchema),
    gsp: z.preprocess(blankToUndefined, z.string().default(DEFAULT_GSP)),
    apiUsernameSuffix: z.preprocess(blankToUndefined, apiUsernameSchema),
    portalUsername: text(),
  }),
  secrets: z.object({ portalPassword: text(), apiPassword: text() }),
});

/** Where each field comes from, to name it the way the operator can fix it. */
const FIELD_NAMES: Record<string, string> = {
  'target.gstin': 'GSTIN (--gstin or EINV_GSTIN)',
  'target.gsp': 'GSP (--gsp or EINV_GSP)',
  'target.apiUsernameSuffix': 'API username (--api-username or EINV_API_USERNAME)',
  'target.portalUsername': 'portal username (--portal-username or EINV_PORTAL_USERNAME)',
  'settings.portalUrl': 'portal URL (--portal-url or EINV_PORTAL_URL)',
  'settings.headed': '--headed (EINV_HEADED)',
  'settings.timeoutMs': 'timeout (--timeout-ms or EINV_TIMEOUT_MS)',
  'settings.captchaAttempts': 'captcha attempts (--captcha-attempts or EINV_CAPTCHA_ATTEMPTS)',
  'settings.otpAttempts': 'OTP attempts (--otp-attempts or EINV_OTP_ATTEMPTS)',
  'settings.teachTimeoutMs': 'teach timeout (--teach-timeout-ms or EINV_TEACH_TIMEOUT_MS)',
  'settings.passwordRule': 'password rule (--password-rule or EINV_PASSWORD_RULE)',
};

export function describeIssues(error: z.ZodError, names: Record<string, string> = FIELD_NAMES): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.join('.');
    return `${names[path] ?? path}: ${issue.message}`;
  });
}

/** Reads the env file (when given or when `.env` exists) under the process environment. */
export function loadEnv(envFile: string | undefined, processEnv: Env = process.env): Env {
  const path = envFile ?? '.env';
  let fileEnv: Env = {};
  try {
    fileEnv = parseDotenv(readFileSync(path));
  } catch (error) {
    if (envFile !== undefined) {
      throw new ConfigError([`env file ${envFile}: ${describeFileError(error)}`]);
    }
  }
  return { ...fileEnv, ...withoutBlanks(processEnv) };
}

function withoutBlanks(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
}

export function settingsInput(flags: Flags, env: Env) {
  return {
    portalUrl: flags.portalUrl ?? env.EINV_PORTAL_URL,
    dryRun: flags.dryRun || env.EINV_DRY_RUN,
    headless: flags.headless || env.EINV_HEADLESS,
    headed: flags.headed || env.EINV_HEADED,
    outDir: flags.out ?? env.EINV_OUT_DIR,
    timeoutMs: flags.timeoutMs ?? env.EINV_TIMEOUT_MS,
    captchaAttempts: flags.captchaAttempts ?? env.EINV_CAPTCHA_ATTEMPTS,
    otpAttempts: flags.otpAttempts ?? env.EINV_OTP_ATTEMPTS,
    passwordRule: flags.passwordRule ?? env.EINV_PASSWORD_RULE,
    browserPath: env.EINV_BROWSER_PATH,
    labelsFile: flags.labels ?? env.EINV_LABELS_FILE,
    portalMapFile: flags.portalMap ?? env.EINV_PORTAL_MAP ?? defaultPortalMapFile(flags.envFile),
    teachTimeoutMs: flags.teachTimeoutMs ?? env.EINV_TEACH_TIMEOUT_MS,
  };
}

/**
 * Parses everything `register` needs and reports every problem at once. Secrets may still be
 * missing when they can be asked for (`canAsk`: a terminal); otherwise a missing one is a problem too.
 */
export function parseRegisterConfig(flags: Flags, env: Env, canAsk = false): RegisterConfig {
  const result = registerSchema.safeParse({
    settings: settingsInput(flags, env),
    target: {
      gstin: flags.gstin ?? env.EINV_GSTIN,
      gsp: flags.gsp ?? env.EINV_GSP,
      apiUsernameSuffix: flags.apiUsername ?? env.EINV_API_USERNAME,
      portalUsername: flags.portalUsername ?? env.EINV_PORTAL_USERNAME,
    },
    secrets: { portalPassword: env.EINV_PORTAL_PASSWORD, apiPassword: env.EINV_API_PASSWORD },
  });
  const problems = result.success ? [] : describeIssues(result.error);
  const rule = result.success
    ? result.data.settings.passwordRule
    : ruleOrDefault(flags.passwordRule ?? env.EINV_PASSWORD_RULE);
  const apiPassword = blankToUndefined(env.EINV_API_PASSWORD);
  if (typeof apiPassword === 'string') {
    const problem = passwordProblem(apiPassword, rule);
    if (problem) problems.push(`API password (EINV_API_PASSWORD): ${problem}`);
  }
  if (!canAsk) {
    const missing = missingSecrets(
      {
        portalUsername: blankToUndefined(flags.portalUsername ?? env.EINV_PORTAL_USERNAME) as
          | string
          | undefined,
      },
      {
        portalPassword: blankToUndefined(env.EINV_PORTAL_PASSWORD) as string | undefined,
        apiPassword: blankToUndefined(env.EINV_API_PASSWORD) as string | undefined,
      },
    );
    if (missing.length > 0) {
      problems.push(
        `missing ${missing.join(', ')}: set them in the environment or the env file (no terminal to ask on)`,
      );
    }
  }
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  return result.data;
}

function ruleOrDefault(spec: string | undefined): PasswordRule {
  const rule = spec ? parsePasswordRule(spec) : DEFAULT_PASSWORD_RULE;
  return typeof rule === 'string' ? DEFAULT_PASSWORD_RULE : rule;
}

/** The secrets a registration cannot go without; names the env variables that are missing. */
export function missingSecrets(target: Pick<Target, 'portalUsername'>, secrets: Secrets): string[] {
  const missing: string[] = [];
  if (!target.portalUsername) missing.push('EINV_PORTAL_USERNAME');
  if (!secrets.portalPassword) missing.push('EINV_PORTAL_PASSWORD');
  if (!secrets.apiPassword) missing.push('EINV_API_PASSWORD');
  return missing;
}
