/**
 * What a run and a batch leave on record, as data: the shapes of report.json and batch.json. The
 * run folder (evidence.ts) and the batch folder (batch/folder.ts) write them, report-html.ts
 * shows them, the batch's words for them are in batch/record.ts. Types only, so every one of
 * those can read them without importing another.
 */
import type { LearnedRecord, WayOnRecord } from './learned-entries.js';

export type RunStatus =
  | 'running'
  | 'registered'
  | 'already-registered'
  | 'dry-run'
  | 'failed'
  | 'unknown'
  | 'cancelled';

export interface StepRecord {
  name: string;
  title: string;
  /** `cancelled`: the operator (or a hung-up terminal) stopped the run during this step. */
  status: 'ok' | 'failed' | 'cancelled';
  screenshot?: string;
  /** The screen the screenshot shows, in the operator's words ("the login OTP page"). */
  shows?: string;
  /**
   * A picture taken during the step rather than at its end, saying when: the sign-in form as
   * filled, before Login replaced it.
   */
  earlier?: EarlierPicture;
  startedAt: string;
  durationMs: number;
  note?: string;
}

export interface EarlierPicture {
  screenshot: string;
  /** When it was taken, in the reader's words: "the form as filled, before Login was clicked". */
  when: string;
  shows?: string;
}

export interface ReportError {
  step: string;
  kind: string;
  message: string;
  remedy?: string;
  portalText?: string;
}

export interface Report {
  tool: { name: 'einv-gsp'; version: string };
  gstin: string;
  gsp: string;
  gspShownAs?: string;
  apiUsername: string;
  portalUrl: string;
  dryRun: boolean;
  status: RunStatus;
  startedAt: string;
  finishedAt?: string;
  durationMs?: number;
  steps: StepRecord[];
  error?: ReportError;
  next?: string;
  /**
   * Where the operator finds the API password to hand to the GSP, when einv-gsp made it (a
   * batch's generated passwords file); never the password itself.
   */
  apiPasswordAt?: string;
  /** Portal-map entries an operator showed the bot (this run or earlier), and any dropped. */
  learned?: LearnedRecord[];
  /** Ways on past pages the portal map does not know, that an operator showed (this run or earlier). */
  waysOn?: WayOnRecord[];
}

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
