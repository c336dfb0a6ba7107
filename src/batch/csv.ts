/**
 * The batch file, as a spreadsheet exports it: UTF-8 with or without a byte-order mark, UTF-16
 * with one (Excel's "Unicode Text"), commas, semicolons (Excel where the decimal mark is a
 * comma) or tabs, CRLF or LF, quoted fields, stray spaces, blank lines. Parsed by csv-parse,
 * never by splitting lines; every problem is said in the file's terms (its lines and values,
 * not the parser's records and columns), in one shape, `file:line: column: problem` (`line` for
 * a problem of the whole line), as a compiler names a place in a source file. The file holds no
 * secrets.
 */
import { readFileSync } from 'node:fs';
import { CsvError, parse } from 'csv-parse/sync';
import { closestName } from '../did-you-mean.js';
import { ConfigError } from '../errors.js';
import { describeFileError } from '../input-files.js';
import { plural } from '../plural.js';

export const REQUIRED_COLUMNS = ['gstin', 'portal_username', 'api_username'] as const;
export const OPTIONAL_COLUMNS = ['gsp', 'mobile_holder'] as const;

export interface BatchRow {
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
  gstin: string;
  portalUsername: string;
  apiUsername: string;
  gsp?: string;
  mobileHolder?: string;
}

export type Separator = ',' | ';' | '\t';

const SEPARATOR_NAMES: Record<Separator, string> = { ',': ',', ';': ';', '\t': 'a tab' };

const blank = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? undefined : value.trim();

/**
 * The file's text: a byte-order mark says UTF-16 (little or big endian) or UTF-8; without one
 * it is UTF-8. A UTF-16 file without a mark is refused rather than read as garbage.
 */
export function decodeBatchFile(bytes: Buffer, file = 'batch file'): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const body = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return body.swap16().toString('utf16le');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes.includes(0)) {
    throw new ConfigError([
      `${file}: looks like UTF-16 without a byte-order mark; save it from the spreadsheet as "CSV UTF-8"`,
    ]);
  }
  return bytes.toString('utf8');
}

/** The separator of the header line: whichever of `,` `;` and tab it has most of outside quotes. */
export function detectSeparator(text: string): Separator {
  const header = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
  const counts: Record<Separator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char in counts) counts[char as Separator] += 1;
  }
  // Ties go to the comma: a one-column file, or one that mixes them, is read as plain CSV.
  return (['\t', ';', ','] as const).reduce((best, separator) =>
    counts[separator] >= counts[best] ? separator : best,
  );
}

/** The line on which a quote that is never closed opens, for a message that points at it. */
function unclosedQuoteLine(text: string): number | undefined {
  let line = 1;
  let openedAt: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') openedAt = openedAt === undefined ? line : undefined;
    else if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line += 1;
  }
  return openedAt;
}

/**
 * A problem at a place in the batch file: `gstins.csv:4: gstin: 29AABCE1234F1Z1 repeats line 3`.
 * `subject` is the column at fault, or `line` when the whole line is.
 */
export function problemAt(file: string, line: number | undefined, subject: string, problem: string): string {
  return `${file}:${line ?? '?'}: ${subject}: ${problem}`;
}

/** A csv-parse error as the operator would say it, about their file. */
function describeCsvError(error: CsvError & { lines?: number }, text: string, file: string): string {
  const at = (line: number | undefined, problem: string) => problemAt(file, line, 'line', problem);
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return at(unclosedQuoteLine(text), 'a value opens a quote (") that is never closed');
    case 'INVALID_OPENING_QUOTE':
      return at(
        error.lines,
        'a quote (") in the middle of a value; a value holding a quote must be quoted as a whole, with the quote doubled ("")',
      );
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return at(
        error.lines,
        `text after a quoted value's closing quote ("); a quote inside a quoted value is written twice ("")`,
      );
    default:
      return at(error.lines, error.message.replace(/ at line \d+.*$/, ''));
  }
}

interface Parsed {
  record: string[];
  info: { lines: number };
  raw: string;
}

/**
 * The rows of the file and every problem found in it. Rows are read past a problem of the header
 * (a password column, a column named twice) or of another line, so that the check goes on to
 * every row; only without a required column are no rows read, as each would repeat its absence.
 */
export interface BatchFileContent {
  rows: BatchRow[];
  problems: string[];
}

/** The rows of the file, or a ConfigError listing every problem of it. */
export function parseBatchCsv(text: string, file = 'batch file'): BatchRow[] {
  const { rows, problems } = readBatchText(text, file);
  if (problems.length) throw new ConfigError(problems);
  return rows;
}

export function readBatchText(text: string, file = 'batch file'): BatchFileContent {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const separator = detectSeparator(body);
  const problems: string[] = [];
  let records: Parsed[];
  try {
    records = parse(body, {
      delimiter: separator,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      raw: true,
      // Every malformed line is reported, not just the first.
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        // One stray quote can upset the parser twice on the same line: say it once.
        const problem = error && describeCsvError(error, body, file);
        if (problem && !problems.includes(problem)) problems.push(problem);
      },
    }) as unknown as Parsed[];
  } catch (error) {
    if (error instanceof CsvError) return { rows: [], problems: [describeCsvError(error, body, file)] };
    throw error;
  }
  const [headerRecord, ...rows] = records;
  if (!headerRecord)
    return { rows: [], problems: [...problems, `${file}: empty (a header row and one row per GSTIN)`] };
  const header = headerRecord.record.map((name) =>
    name
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const headerLine = startLine(headerRecord);
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  const unknown = header.filter(
    (column) => column !== '' && ![...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].includes(column as never),
  );
  const repeated = header.filter((column, index) => column !== '' && header.indexOf(column) !== index);
  const atHeader = (column: string, problem: string) => problemAt(file, headerLine, column, problem);
  for (const column of missing) problems.push(atHeader(column, 'missing column'));
  for (const column of unknown)
    problems.push(
      atHeader(
        column,
        `unknown column (${unknownColumnHint(column, missing.length === REQUIRED_COLUMNS.length && separator === ',')})`,
      ),
    );
  for (const column of new Set(repeated)) problems.push(atHeader(column, 'column named twice'));

  // Spreadsheets may pad every row with empty values past the last column; those are not values.
  const named = header.length - [...header].reverse().findIndex((column) => column !== '');
  const result: BatchRow[] = [];
  for (const row of rows) {
    if (row.record.every((value) => value.trim() === '')) continue;
    const values = withoutBlanksPast(row.record, named);
    const line = startLine(row);
    if (values.length !== named) {
      const more = values.length > named;
      problems.push(
        problemAt(
          file,
          line,
          'line',
          `${plural(values.length, 'value')}, the header has ${named}${more ? ` (a value holding ${SEPARATOR_NAMES[separator]} must be in quotes)` : ''}`,
        ),
      );
      continue;
    }
    const record = Object.fromEntries(header.map((column, index) => [column, values[index] ?? '']));
    result.push({
      line,
      gstin: (record.gstin ?? '').trim().toUpperCase(),
      portalUsername: (record.portal_username ?? '').trim(),
      apiUsername: (record.api_username ?? '').trim(),
      gsp: blank(record.gsp),
      mobileHolder: blank(record.mobile_holder),
    });
  }
  if (result.length === 0 && problems.length === 0) problems.push(`${file}: no rows under the header`);
  // Rows without a required column would each say it again: the header's line says it once.
  return { rows: missing.length ? [] : result, problems };
}

const COLUMNS: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

/** Why a column may be unknown: a password, a separator the header does not use, or a slip. */
function unknownColumnHint(column: string, noneKnown: boolean): string {
  if (/pass(word)?|pwd/i.test(column))
    return 'passwords never go in this file: they come from EINV_PORTAL_PASSWORD_<GSTIN> and EINV_API_PASSWORD_<GSTIN>';
  if (noneKnown) return 'values separated by something other than , ; or a tab?';
  const close = closestName(column, COLUMNS);
  return close ? `did you mean "${close}"?` : `the columns are ${COLUMNS.join(', ')}`;
}

/** The values, less empty ones past the header's last column. */
function withoutBlanksPast(values: string[], columns: number): string[] {
  let end = values.length;
  while (end > columns && (values[end - 1] ?? '').trim() === '') end -= 1;
  return values.slice(0, end);
}

/**
 * csv-parse counts the line a record ends on, and its raw text starts with the blank lines
 * skipped before it; a quoted value may span lines.
 */
function startLine({ info, raw }: Parsed): number {
  const own = raw.replace(/^([ \t]*(\r\n|\r|\n))+/, '').replace(/(\r\n|\r|\n)$/, '');
  return info.lines - (own.match(/\r\n|\r|\n/g)?.length ?? 0);
}

/** The batch file read from disk: its rows and every problem, or a ConfigError when it cannot be read. */
export function readBatchFile(path: string): BatchFileContent {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ConfigError([`batch file ${path}: ${describeFileError(error)}`]);
  }
  return readBatchText(decodeBatchFile(bytes, path), path);
}
