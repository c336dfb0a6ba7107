/**
 * The batch folder's `batch.json`: every row's outcome, written as each row ends, so that the
 * same command run again knows which rows are finished. Paths are relative to the batch folder.
 */
import type { RunStatus } from '../evidence.js';

/** `pending`: not reached yet; `skipped`: the operator chose to skip it this time. */
export type RowStatus = Exclude<RunStatus, 'running'> | 'pending' | 'skipped';

export interface BatchRowRecord {
  /** The line of the batch file the row is on (the header is line 1). */
  line: number;
  gstin: string;
  gsp: string;
  /**
   * The full API username, with the portal's `API_` prefix: the file's, or once the row is
   * registered, the one the portal shows.
   */
  apiUsername: string;
  /** The username the file asked for, when the portal had another one already registered. */
  askedApiUsername?: string;
  mobileHolder?: string;
  status: RowStatus;
  /** The exit code `register` would have ended this row with. */
  exitCode?: number;
  /** The row's latest run folder, relative to the batch folder. */
  runDir?: string;
  durationMs?: number;
  error?: { step: string; kind: string; message: string };
  next?: string;
  /** How many runs of this row were started, over every run of the batch. */
  attempts: number;
  finishedAt?: string;
}

export interface BatchRecord {
  tool: { name: 'einv-gsp'; version: string };
  /** The batch file as given on the command line. */
  file: string;
  portalUrl: string;
  dryRun: boolean;
  startedAt: string;
  finishedAt?: string;
  /** `stopped`: the operator stopped the batch (or input ended) before every row was tried. */
  status: 'running' | 'finished' | 'stopped';
  rows: BatchRowRecord[];
}

/** A row's status in words: the same on the terminal and in the batch report. */
export const ROW_STATUS_WORDS: Record<RowStatus, string> = {
  registered: 'registered',
  'already-registered': 'already registered',
  'dry-run': 'dry run complete',
  failed: 'failed',
  unknown: 'outcome unknown',
  cancelled: 'cancelled',
  skipped: 'skipped',
  pending: 'not run yet',
};

/**
 * What a row's status leaves unsaid: a GSTIN already registered under another username than the
 * file's (`as API_acme01, not API_acme_mh`), so nobody hands the GSP a username that does not exist.
 */
export function outcomeNote(row: Pick<BatchRowRecord, 'status' | 'apiUsername' | 'askedApiUsername'>) {
  const { status, apiUsername, askedApiUsername } = row;
  if (status !== 'already-registered' || !askedApiUsername) return undefined;
  return askedApiUsername.toUpperCase() === apiUsername.toUpperCase()
    ? undefined
    : `as ${apiUsername}, not ${askedApiUsername}`;
}

/** A row's outcome in words: its status, and what the status leaves unsaid. */
export function rowOutcome(row: Pick<BatchRowRecord, 'status' | 'apiUsername' | 'askedApiUsername'>): string {
  const note = outcomeNote(row);
  return `${ROW_STATUS_WORDS[row.status]}${note ? ` ${note}` : ''}`;
}
