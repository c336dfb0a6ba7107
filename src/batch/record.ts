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
  /** The full API username, with the portal's `API_` prefix. */
  apiUsername: string;
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
