/**
 * The batch file, as a spreadsheet exports it: UTF-8 with or without a byte-order mark, CRLF
 * or LF, quoted fields, stray spaces, blank lines. Parsed by csv-parse, never by splitting
 * lines; every problem names its line. The file holds no secrets.
 */
import { readFileSync } from 'node:fs';
import { CsvError, parse } from 'csv-parse/sync';
import { ConfigError } from '../errors.js';

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

const blank = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? undefined : value.trim();

export function parseBatchCsv(text: string, file = 'batch file'): BatchRow[] {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  let header: string[] = [];
  try {
    records = parse(text, {
      bom: true,
      columns: (names: string[]) => {
        header = names.map((name) =>
          name
            .trim()
            .toLowerCase()
            .replace(/[\s-]+/g, '_'),
        );
        return header;
      },
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
      info: true,
    }) as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new ConfigError([
        `${file}${line ? ` line ${line}` : ''}: ${error.message.replace(/^Invalid Record Length: /, '')}`,
      ]);
    }
    throw error;
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  const unknown = header.filter(
    (column) => column !== '' && ![...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].includes(column as never),
  );
  const problems: string[] = [];
  if (missing.length) problems.push(`${file} line 1: missing column(s) ${missing.join(', ')}`);
  if (unknown.length)
    problems.push(
      `${file} line 1: unknown column(s) ${unknown.join(', ')} (passwords never go in this file)`,
    );
  if (problems.length) throw new ConfigError(problems);
  if (records.length === 0) throw new ConfigError([`${file}: no rows under the header`]);
  return records.map(({ record, info }) => ({
    line: info.lines,
    gstin: (record.gstin ?? '').trim().toUpperCase(),
    portalUsername: (record.portal_username ?? '').trim(),
    apiUsername: (record.api_username ?? '').trim(),
    gsp: blank(record.gsp),
    mobileHolder: blank(record.mobile_holder),
  }));
}

export function readBatchCsv(path: string): BatchRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError([`batch file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`]);
  }
  return parseBatchCsv(text, path);
}
