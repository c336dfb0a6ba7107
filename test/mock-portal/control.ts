/**
 * Input checks for the test-only control endpoint (`POST /__mock/reset`, `POST /__mock/faults`),
 * which people also drive by hand with curl: a typo in a fault should be a 400 naming it, not
 * a fault that silently never fires. JSON has no `undefined`, so `null` switches a fault off.
 */

import { DEFAULT_FAULTS, JUMP_STAGES, type JumpStage } from './state.js';
import {
  DIALECTS,
  type Dialect,
  type Faults,
  type FixedAnswers,
  INTERSTITIALS,
  type MockConfig,
  STAGES,
  type Stage,
} from './types.js';
import { checkForms, type Variant } from './variants.js';

export class ControlError extends Error {}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectObject(value: unknown, what: string): Json {
  if (!isObject(value)) throw new ControlError(`${what} must be a JSON object`);
  return value;
}

function stage(value: unknown, key: string): Stage | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && (STAGES as readonly string[]).includes(value)) return value as Stage;
  throw new ControlError(`faults.${key} must be one of ${STAGES.join(', ')} (or null)`);
}

function oneOf<T extends string>(value: unknown, key: string, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new ControlError(`faults.${key} must be one of ${allowed.join(', ')}`);
}

type FaultParser = (value: unknown, key: string) => Partial<Faults>;

const FAULTS: Record<keyof Faults, FaultParser> = {
  slowMs: (value, key) => {
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return { slowMs: value };
    throw new ControlError(`faults.${key} must be a number of milliseconds`);
  },
  popup: (value, key) => ({ popup: oneOf(value, key, ['always', 'never', 'late'] as const) }),
  menuLabel: (value, key) => {
    if (typeof value === 'string' && value.trim() !== '') return { menuLabel: value };
    throw new ControlError(`faults.${key} must be a non-empty string`);
  },
  throughGspLabel: (value, key) => {
    if (typeof value === 'string' && value.trim() !== '') return { throughGspLabel: value };
    throw new ControlError(`faults.${key} must be a non-empty string`);
  },
  popupWithoutClose: (value, key) => {
    if (typeof value === 'boolean') return { popupWithoutClose: value };
    throw new ControlError(`faults.${key} must be true or false`);
  },
  expireSessionAt: (value, key) => ({ expireSessionAt: stage(value, key) }),
  expireSessionNotice: (value, key) =>
    value === null || value === undefined
      ? { expireSessionNotice: undefined }
      : { expireSessionNotice: oneOf(value, key, ['alert'] as const) },
  serverErrorAt: (value, key) => ({ serverErrorAt: stage(value, key) }),
  maintenanceAt: (value, key) => ({ maintenanceAt: stage(value, key) }),
  refusePassword: (value, key) => {
    if (typeof value === 'boolean') return { refusePassword: value };
    throw new ControlError(`faults.${key} must be true or false`);
  },
  submitMessage: (value, key) => {
    if (value === null || value === undefined) return { submitMessage: undefined };
    if (typeof value === 'string' && value.trim() !== '') return { submitMessage: value };
    throw new ControlError(`faults.${key} must be a non-empty string (or null)`);
  },
  afterSubmit: (value, key) =>
    value === null || value === undefined
      ? { afterSubmit: undefined }
      : { afterSubmit: oneOf(value, key, ['drop', '5xx'] as const) },
  interstitial: (value, key) =>
    value === null || value === undefined
      ? { interstitial: undefined }
      : { interstitial: oneOf(value, key, INTERSTITIALS) },
};

/**
 * The faults to change. `null` switches any fault off: back to the portal as it is without
 * faults (`slowMs` 0, the popup always shown, the usual labels), as the README says.
 */
export function parseFaults(input: unknown): Partial<Faults> {
  const changes: Partial<Faults> = {};
  for (const [key, value] of Object.entries(expectObject(input, 'faults'))) {
    const parse = FAULTS[key as keyof Faults] as FaultParser | undefined;
    if (!parse) throw new ControlError(`unknown fault "${key}"; known: ${Object.keys(FAULTS).join(', ')}`);
    Object.assign(
      changes,
      value === null ? { [key]: DEFAULT_FAULTS[key as keyof Faults] } : parse(value, key),
    );
  }
  return changes;
}

function positiveInteger(value: unknown, key: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (Number.isInteger(value) && (value as number) > 0) return value as number;
  throw new ControlError(`${key} must be a positive integer`);
}

function list<T>(value: unknown, key: string): T[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value as T[];
  throw new ControlError(`${key} must be an array`);
}

const CONFIG_KEYS = [
  'accounts',
  'apiUsers',
  'gsps',
  'fixed',
  'faults',
  'lockAfterFailures',
  'otpMaxAttempts',
  'dialect',
  'scrambleIds',
  'variant',
];

/** The reset body. Accounts, API users and fixed answers are taken as given: this is a test tool. */
export function parseConfig(input: unknown): MockConfig {
  const body = expectObject(input ?? {}, 'the reset body');
  const unknown = Object.keys(body).filter((key) => !CONFIG_KEYS.includes(key));
  if (unknown.length > 0) {
    throw new ControlError(`unknown reset key(s) ${unknown.join(', ')}; known: ${CONFIG_KEYS.join(', ')}`);
  }
  const config: MockConfig = {
    accounts: list(body.accounts, 'accounts'),
    apiUsers: list(body.apiUsers, 'apiUsers'),
    gsps: list(body.gsps, 'gsps'),
    fixed: fixedAnswers(body.fixed),
    faults: body.faults === undefined || body.faults === null ? undefined : parseFaults(body.faults),
    lockAfterFailures: positiveInteger(body.lockAfterFailures, 'lockAfterFailures'),
    otpMaxAttempts: positiveInteger(body.otpMaxAttempts, 'otpMaxAttempts'),
    dialect: dialect(body.dialect),
    scrambleIds: flag(body.scrambleIds, 'scrambleIds'),
    variant: variant(body.variant),
  };
  return config;
}

/** A seed (a whole number from 0), or `{ part: form }` naming known parts and forms. */
export function variant(value: unknown): Variant | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 0 && value <= 0xffffffff) return value;
    throw new ControlError(`variant ${value} is not a seed (a whole number from 0)`);
  }
  try {
    return checkForms(expectObject(value, 'variant'));
  } catch (error) {
    if (error instanceof ControlError) throw error;
    throw new ControlError(`variant: ${(error as Error).message}`);
  }
}

export function dialect(value: unknown): Dialect | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && (DIALECTS as readonly string[]).includes(value)) return value as Dialect;
  throw new ControlError(`unknown dialect ${JSON.stringify(value)}; known: ${DIALECTS.join(', ')}`);
}

function flag(value: unknown, key: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  throw new ControlError(`${key} must be true or false`);
}

function fixedAnswers(value: unknown): FixedAnswers | undefined {
  if (value === undefined || value === null) return undefined;
  const fixed: FixedAnswers = {};
  for (const [key, answer] of Object.entries(expectObject(value, 'fixed'))) {
    if (key !== 'captcha' && key !== 'loginOtp' && key !== 'apiOtp') {
      throw new ControlError(`unknown fixed answer "${key}"; known: captcha, loginOtp, apiOtp`);
    }
    if (typeof answer !== 'string' || answer === '') throw new ControlError(`fixed.${key} must be a string`);
    fixed[key] = answer;
  }
  return fixed;
}

/** The query of `GET /__mock/jump`: `to`, where the session starts, and optionally whose (`username`). */
export function parseJump(query: URLSearchParams): { stage: JumpStage; username?: string } {
  const to = query.get('to') ?? '';
  if (!(JUMP_STAGES as readonly string[]).includes(to)) {
    throw new ControlError(`jump: to must be one of ${JUMP_STAGES.join(', ')}`);
  }
  return { stage: to as JumpStage, username: query.get('username') ?? undefined };
}
