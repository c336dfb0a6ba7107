/**
 * The batch folder: `<out>/batch-<file name>/`, the same for every run of the same batch file,
 * so that running the command again resumes it. It holds each row's run folders, `batch.json`
 * (every row's outcome, rewritten as each row ends), `report.html`, and with generated API
 * passwords `credentials.csv` (owner-only, written before any row runs, so a crash after a
 * Submit never loses the password the portal now holds).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { API_USERNAME_PREFIX } from '../config.js';
import { makePrivateDir, writePrivateFile } from '../private-files.js';
import type { BatchRecord, BatchRowRecord, RowStatus } from '../report-data.js';
import { writeBatchReport } from '../report-html.js';
import type { PlannedRow } from './plan.js';

/** Rows that a later run of the batch leaves alone. */
export function isFinished(status: RowStatus, dryRun: boolean): boolean {
  return status === 'registered' || status === 'already-registered' || (dryRun && status === 'dry-run');
}

/** `<out>/batch-<file name>/`: the same for every run of the same file, so a run resumes. */
export function batchFolderPath(outDir: string, file: string): string {
  const stem = basename(file, extname(file)).replace(/[^A-Za-z0-9._-]+/g, '_') || 'batch';
  return resolve(outDir, `batch-${stem}`);
}

const rowKey = (gstin: string, gsp: string) => `${gstin}|${gsp.trim().toUpperCase()}`;

export class BatchFolder {
  readonly dir: string;
  readonly record: BatchRecord;
  /** Whether an earlier run of this batch left a batch.json here. */
  readonly resumed: boolean;

  constructor(
    outDir: string,
    file: string,
    init: Pick<BatchRecord, 'tool' | 'portalUrl' | 'dryRun'>,
    rows: readonly PlannedRow[],
  ) {
    this.dir = batchFolderPath(outDir, file);
    makePrivateDir(this.dir);
    const earlier = this.load();
    this.resumed = earlier !== undefined;
    const before = new Map((earlier?.rows ?? []).map((row) => [rowKey(row.gstin, row.gsp), row]));
    this.record = {
      ...init,
      file,
      startedAt: new Date().toISOString(),
      status: 'running',
      // The file decides the rows and their order; what earlier runs learnt of each row stays.
      rows: rows.map(({ line, target }) => {
        const known = before.get(rowKey(target.gstin, target.gsp));
        // Written in this order first, so batch.json reads line, GSTIN, GSP, username, status.
        const fresh = {
          line,
          gstin: target.gstin,
          gsp: target.gsp,
          apiUsername: '',
          status: 'pending' as const,
          attempts: 0,
        };
        const finished = known !== undefined && isFinished(known.status, init.dryRun);
        return {
          ...fresh,
          ...known,
          line,
          // A finished row keeps the username the portal showed; any other takes the file's.
          apiUsername: finished ? known.apiUsername : `${API_USERNAME_PREFIX}${target.apiUsernameSuffix}`,
          askedApiUsername: finished ? known.askedApiUsername : undefined,
          mobileHolder: target.mobileHolder,
        };
      }),
    };
    this.save();
  }

  private load(): BatchRecord | undefined {
    const path = join(this.dir, 'batch.json');
    if (!existsSync(path)) return undefined;
    return JSON.parse(readFileSync(path, 'utf8')) as BatchRecord;
  }

  row(index: number): BatchRowRecord {
    const row = this.record.rows[index];
    if (!row) throw new Error(`no batch row ${index}`);
    return row;
  }

  /** The rows a run of this batch still has to try, by index: every one not finished. */
  unfinished(): number[] {
    return this.record.rows.flatMap((row, index) =>
      isFinished(row.status, this.record.dryRun) ? [] : [index],
    );
  }

  /** A change to a row under way: batch.json only (report.html shows rows that ended). */
  update(index: number, change: Partial<BatchRowRecord>): void {
    Object.assign(this.row(index), change);
    this.writeRecord();
  }

  /** A row's outcome: batch.json, and report.html drawn again. */
  endRow(index: number, outcome: Partial<BatchRowRecord>): void {
    Object.assign(this.row(index), outcome);
    this.save();
  }

  /** A path inside the batch folder as batch.json keeps it. */
  relative(path: string): string {
    return relative(this.dir, path);
  }

  finish(status: BatchRecord['status']): void {
    Object.assign(this.record, { status, finishedAt: new Date().toISOString() });
    this.save();
  }

  private writeRecord(): void {
    writePrivateFile(join(this.dir, 'batch.json'), `${JSON.stringify(this.record, null, 2)}\n`);
  }

  /** batch.json and report.html; the page reads every row's report, so only when something ended. */
  save(): void {
    this.writeRecord();
    try {
      writeBatchReport(this.dir, this.record);
    } catch {
      // The HTML page is a view of batch.json; failing to draw it must never stop a batch.
    }
  }

  get credentialsFile(): string {
    return join(this.dir, 'credentials.csv');
  }

  /**
   * The API password of every row, generated where no earlier run of this batch made one, and
   * all of them written to credentials.csv before any row runs. Rows of earlier runs that the
   * file no longer lists stay in the file.
   */
  apiPasswords(rows: readonly PlannedRow[], generate: () => string): Map<string, string> {
    const earlier = existsSync(this.credentialsFile)
      ? (parse(readFileSync(this.credentialsFile), { columns: true, bom: true }) as CredentialsRow[])
      : [];
    const byGstin = new Map(earlier.map((row) => [row.gstin, row]));
    for (const { target } of rows) {
      const known = byGstin.get(target.gstin);
      byGstin.set(target.gstin, {
        gstin: target.gstin,
        gsp: target.gsp,
        api_username:
          this.record.rows.find((row) => row.gstin === target.gstin)?.apiUsername ??
          `${API_USERNAME_PREFIX}${target.apiUsernameSuffix}`,
        api_password: known?.api_password || generate(),
      });
    }
    const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    const lines = [...byGstin.values()].map((row) =>
      [row.gstin, row.gsp, row.api_username, row.api_password].map(quote).join(','),
    );
    writePrivateFile(this.credentialsFile, `gstin,gsp,api_username,api_password\n${lines.join('\n')}\n`);
    return new Map([...byGstin].map(([gstin, row]) => [gstin, row.api_password]));
  }
}

interface CredentialsRow {
  gstin: string;
  gsp: string;
  api_username: string;
  api_password: string;
}
