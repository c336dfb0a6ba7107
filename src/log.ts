/**
 * The run's JSON-lines log (pino), written to the run folder. Secrets are redacted by path,
 * not by hoping nobody logs them; the code also never passes a secret value to the logger.
 */
import { type Logger, pino } from 'pino';
import type { SecretValues } from './secret-values.js';

export const REDACT_PATHS = [
  'password',
  'portalPassword',
  'apiPassword',
  'otp',
  'captcha',
  'secrets',
  '*.password',
  '*.portalPassword',
  '*.apiPassword',
  '*.otp',
  '*.captcha',
  '*.secrets',
  'answer',
  '*.answer',
];

export type { Logger };

/** The run's logger, and the closing of its file once the run is over (a batch runs many). */
export interface RunLogger {
  log: Logger;
  close(): void;
}

export function createRunLogger(
  file: string,
  bindings: Record<string, unknown>,
  secrets: SecretValues,
): RunLogger {
  const destination = pino.destination({ dest: file, sync: true, mkdir: true, mode: 0o600 });
  const log = pino(
    {
      level: 'debug',
      base: bindings,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      // Last line of defence: a secret value that slipped into any message is cut from the line.
      hooks: { streamWrite: (line) => secrets.scrubJson(line) },
    },
    destination,
  );
  // Every line is written as it is logged (sync), so closing only gives the descriptor back.
  return { log, close: () => destination.end() };
}

/** For code paths that run without a run folder (tests of single pages). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
