/**
 * A batch: the GSTINs of one file, one after the other, with the operator. Before each row the
 * terminal says which GSTIN is next and who must be ready with the phone; on a terminal the
 * operator starts it, skips it, or stops the batch there. Rows an earlier run of the same batch
 * finished are left alone, and every row's outcome is written to the batch folder as it ends,
 * so an interrupted batch picks up where it stopped and nothing is submitted twice.
 *
 * Running one row (browser, run folder, register flow) is the caller's: this flow owns the
 * order, the questions between rows and the batch record.
 */
import type { BatchFolder } from '../src/batch/folder.js';
import { isFinished } from '../src/batch/folder.js';
import type { PlannedRow } from '../src/batch/plan.js';
import { rowOutcome } from '../src/batch/record.js';
import { EXIT, isEinvError } from '../src/errors.js';
import { cleanMessage } from '../src/failure-text.js';
import type { Human } from '../src/human.js';
import type { BatchRowRecord, RunStatus } from '../src/report-data.js';
import { stepTitle } from '../src/steps.js';
import type { Terminal } from '../src/terminal.js';

/** What running one row tells the batch (a subset of `register`'s result). */
export interface RowResult {
  status: RunStatus;
  exitCode: number;
  runDir: string;
  durationMs?: number;
  apiUsername?: string;
  error?: { step: string; kind: string; message: string };
  next?: string;
}

export interface BatchContext {
  folder: BatchFolder;
  rows: readonly PlannedRow[];
  dryRun: boolean;
  human: Human;
  terminal: Terminal;
  signal?: AbortSignal;
  runRow(row: PlannedRow): Promise<RowResult>;
}

export interface BatchOutcome {
  /** 0 only when every row is registered or already registered (or, in a dry run, dry-run). */
  exitCode: number;
  stopped: boolean;
  rows: readonly BatchRowRecord[];
  /** Rows actually run this time. */
  ran: number;
}

/** The worst exit code first: a bug, then an unknown outcome, then the portal changed, refused, cancelled. */
const SEVERITY: readonly number[] = [EXIT.internal, EXIT.unknown, EXIT.changed, EXIT.refused, EXIT.cancelled];

export function rowExitCode(row: Pick<BatchRowRecord, 'status' | 'exitCode'>, dryRun: boolean): number {
  if (isFinished(row.status, dryRun)) return EXIT.ok;
  if (row.status === 'failed' || row.status === 'unknown') return row.exitCode ?? EXIT.changed;
  return EXIT.cancelled;
}

export function worstExitCode(codes: readonly number[]): number {
  for (const code of SEVERITY) if (codes.includes(code)) return code;
  return codes.find((code) => code !== EXIT.ok) ?? EXIT.ok;
}

/** A row's outcome on the terminal: the report's words, a failure's in capitals to stand out. */
function outcomeText(row: BatchRowRecord): string {
  const text = rowOutcome(row);
  return row.status === 'failed' || row.status === 'unknown' ? text.toUpperCase() : text;
}

export async function runBatch(ctx: BatchContext): Promise<BatchOutcome> {
  const { folder, rows, dryRun, human, terminal } = ctx;
  const todo = folder.unfinished();
  for (const [index, row] of rows.entries()) {
    const record = folder.row(index);
    if (!todo.includes(index))
      terminal.info(
        `Line ${row.line}: ${row.target.gstin} ${rowOutcome(record)} in an earlier run; left alone.`,
      );
  }
  let stopped = false;
  let ran = 0;
  for (const [position, index] of todo.entries()) {
    const row = rows[index] as PlannedRow;
    if (ctx.signal?.aborted) {
      stopped = true;
      break;
    }
    announce(terminal, row, position + 1, todo.length, folder.row(index).apiUsername);
    const choice = human.interactive ? await chooseNext(human) : 'go';
    if (choice === 'stop') {
      stopped = true;
      break;
    }
    if (choice === 'skip') {
      folder.endRow(index, { status: 'skipped', finishedAt: new Date().toISOString() });
      terminal.info(`Skipped ${row.target.gstin}; a later run of this batch will offer it again.`);
      continue;
    }
    folder.update(index, { attempts: folder.row(index).attempts + 1 });
    ran += 1;
    let result: RowResult;
    try {
      result = await ctx.runRow(row);
    } catch (error) {
      // A bug in einv-gsp, not a portal outcome: the batch record says where, then it surfaces.
      folder.endRow(index, {
        status: 'failed',
        exitCode: EXIT.internal,
        finishedAt: new Date().toISOString(),
        error: { step: 'unknown', kind: 'internal', message: cleanMessage(String(error)) },
      });
      folder.finish('stopped');
      throw error;
    }
    const asked = folder.row(index).apiUsername;
    folder.endRow(index, {
      status: result.status === 'running' ? 'failed' : result.status,
      exitCode: result.exitCode,
      runDir: folder.relative(result.runDir),
      finishedAt: new Date().toISOString(),
      ...(result.durationMs === undefined ? {} : { durationMs: result.durationMs }),
      ...(result.apiUsername ? { apiUsername: result.apiUsername } : {}),
      askedApiUsername: result.apiUsername && result.apiUsername !== asked ? asked : undefined,
      error: result.error,
      next: result.next,
    });
    terminal.info(
      `  ${row.target.gstin}: ${outcomeText(folder.row(index))}${result.error ? ` at "${stepTitle(result.error.step)}": ${result.error.message}` : ''}`,
    );
    if (result.status === 'cancelled') {
      stopped = true;
      break;
    }
  }
  folder.finish(stopped ? 'stopped' : 'finished');
  const records = folder.record.rows;
  return {
    exitCode: worstExitCode(records.map((record) => rowExitCode(record, dryRun))),
    stopped,
    rows: records,
    ran,
  };
}

function announce(terminal: Terminal, row: PlannedRow, position: number, total: number, apiUsername: string) {
  const { target } = row;
  terminal.info('');
  terminal.info(
    `== GSTIN ${position} of ${total}: ${target.gstin} (line ${row.line}), ${apiUsername} through ${target.gsp}`,
  );
  const who = target.mobileHolder ?? `the holder of ${target.gstin}'s registered mobile`;
  terminal.info(`   ${who} must be ready with the phone: two OTPs will be sent (login, API registration).`);
}

async function chooseNext(human: Human): Promise<'go' | 'skip' | 'stop'> {
  try {
    return await human.choose('Ready?', [
      { value: 'go', title: 'Start this GSTIN', key: 'g' },
      { value: 'skip', title: 'Skip it for now', key: 's' },
      { value: 'stop', title: 'Stop the batch here', key: 'q' },
    ]);
  } catch (error) {
    if (isEinvError(error) && error.kind === 'cancelled') return 'stop';
    throw error;
  }
}

/** The closing table: GSTIN, outcome, API username, time. */
export function summaryTable(rows: readonly BatchRowRecord[]): string[] {
  const cells = rows.map((row) => [
    row.gstin,
    outcomeText(row),
    row.apiUsername,
    row.durationMs === undefined ? '-' : `${(row.durationMs / 1000).toFixed(1)} s`,
  ]);
  const header = ['GSTIN', 'Outcome', 'API username', 'Time'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((cell) => (cell[column] ?? '').length)),
  );
  const line = (cell: string[]) =>
    cell
      .map((value, column) => value.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)];
}
