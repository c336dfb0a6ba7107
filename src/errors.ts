/**
 * The outcomes a run can end in besides success, each with the exit code the README documents
 * and a remedy the operator can act on. The CLI maps these to exit codes in one place.
 */
export type ErrorKind =
  | 'config'
  | 'refused'
  | 'changed'
  | 'timeout'
  | 'server-error'
  | 'unreachable'
  | 'session-expired'
  | 'unknown-outcome'
  | 'cancelled'
  | 'internal';

/** Each kind as a person reads it in a report; report.json and batch.json keep the key. */
const ERROR_KIND_WORDS: Record<ErrorKind, string> = {
  config: 'a problem with the input or the settings',
  refused: 'the portal refused',
  changed: 'the portal was not as expected',
  timeout: 'the portal did not answer in time',
  'server-error': 'a server error at the portal',
  unreachable: 'the portal could not be reached',
  'session-expired': 'the portal session expired',
  'unknown-outcome': 'outcome unknown',
  cancelled: 'cancelled',
  internal: 'a bug in einv-gsp',
};

/** A failure's kind in words; a kind this version does not know (another version's report) as is. */
export function errorKindWords(kind: string): string {
  return ERROR_KIND_WORDS[kind as ErrorKind] ?? kind;
}

export const EXIT = {
  ok: 0,
  config: 2,
  refused: 3,
  changed: 4,
  unknown: 5,
  internal: 1,
  cancelled: 130,
  /** Cancelled because the terminal hung up (a dropped SSH session, a closed window): 128 + SIGHUP. */
  hungUp: 129,
} as const;

export abstract class EinvError extends Error {
  abstract readonly exitCode: number;
  abstract readonly kind: ErrorKind;
  /** The step the run was at, filled in by the flow when the error passes through it. */
  step?: string;
  constructor(
    message: string,
    readonly remedy?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input or configuration: raised before any browser starts. */
export class ConfigError extends EinvError {
  readonly exitCode = EXIT.config;
  readonly kind = 'config' as const;
  constructor(readonly problems: string[]) {
    super(problems.join('\n'), 'Fix the values above and run again.');
  }
}

/** The portal said no: wrong credentials, attempts used up, username taken, GSP not offered. */
export class PortalRefused extends EinvError {
  readonly exitCode = EXIT.refused;
  readonly kind: ErrorKind;
  constructor(
    message: string,
    remedy?: string,
    readonly portalText?: string,
    kind: 'refused' | 'session-expired' = 'refused',
  ) {
    super(message, remedy);
    this.kind = kind;
  }
}

/** The portal was not as the page objects expect: an element missing, an unexpected page, a 5xx. */
export class PortalChanged extends EinvError {
  readonly exitCode = EXIT.changed;
  readonly kind: ErrorKind;
  constructor(message: string, remedy?: string, kind: 'changed' | 'timeout' | 'server-error' = 'changed') {
    super(
      message,
      remedy ??
        'Look at the screenshot in the run folder; if the portal changed, report it with the run folder attached.',
    );
    this.kind = kind;
  }
}

/**
 * The portal could not be reached at all: no network, a name that does not resolve, a refused
 * connection, a certificate the browser does not trust, a proxy that fails. Nothing about the
 * portal itself is known, so this is never read as "the portal changed". Exit 4, as for a portal
 * that was not as expected: in both cases the run could not do its work and nothing was refused.
 */
export class PortalUnreachable extends EinvError {
  readonly exitCode = EXIT.changed;
  readonly kind = 'unreachable' as const;
}

/** Submit was sent but no confirmation was read: the user may or may not exist now. */
export class OutcomeUnknown extends EinvError {
  readonly exitCode = EXIT.unknown;
  readonly kind = 'unknown-outcome' as const;
}

/** The operator stopped the run (Ctrl-C, a cancelled prompt, end of input). */
export class Cancelled extends EinvError {
  readonly exitCode = EXIT.cancelled;
  readonly kind = 'cancelled' as const;
  constructor(
    message = 'Cancelled by the operator.',
    remedy = 'Run the same command again when ready; nothing was submitted unless the report says so.',
  ) {
    super(message, remedy);
  }
}

/**
 * The cancellation a run was stopped with: what the CLI aborted the run's signal with (a hang-up
 * says so), else the operator's. A copy, so each step it passes through tags its own.
 */
export function cancellationOf(signal: AbortSignal | undefined): Cancelled {
  const reason: unknown = signal?.reason;
  return reason instanceof Cancelled ? new Cancelled(reason.message, reason.remedy) : new Cancelled();
}

export function isEinvError(error: unknown): error is EinvError {
  return error instanceof EinvError;
}

/**
 * A bug in einv-gsp, not news about the portal: a `TypeError` (or another programming error)
 * in the bot's own code, also one raised by the bot's code running in the page, which
 * Playwright hands back as "locator.evaluate: TypeError: …". Exit 1; the stack goes to run.log.
 * Told "the portal was not as expected", an operator would look at the portal, not report it.
 */
export class InternalError extends EinvError {
  readonly exitCode = EXIT.internal;
  readonly kind = 'internal' as const;
  constructor(readonly bug: Error) {
    super(
      `A bug in einv-gsp: ${bug.message.split('\n')[0]}`,
      'Please report it with the run folder attached (its run.log holds the stack).',
    );
    this.stack = bug.stack;
  }
}

const PROGRAMMING_ERRORS = ['TypeError', 'ReferenceError', 'RangeError', 'SyntaxError'];
/** Playwright's wrapping of an error thrown by the bot's code in the page: "<method>: TypeError: …". */
const FROM_THE_PAGE = new RegExp(`^[\\w.]+: (${PROGRAMMING_ERRORS.join('|')}): `);

/** The error as an `InternalError` when it is a bug in einv-gsp (see there); undefined otherwise. */
export function internalError(error: unknown): InternalError | undefined {
  if (error instanceof InternalError) return error;
  if (!(error instanceof Error) || isEinvError(error)) return undefined;
  if (PROGRAMMING_ERRORS.includes(error.name) || FROM_THE_PAGE.test(error.message))
    return new InternalError(error);
  return undefined;
}
