/**
 * A batch row's outcome and steps in words, the same on the terminal and in the batch report.
 * The shape of `batch.json` itself is in report-data.ts.
 */
import type { BatchRowRecord, RowStatus } from '../report-data.js';

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
