import { expect, test } from '@playwright/test';
import { decodeBatchFile, detectSeparator, parseBatchCsv } from '../../src/batch/csv.js';
import { planBatch } from '../../src/batch/plan.js';
import { problems } from './config-problems.js';

const ROW = { line: 2, gstin: '27AABCE1234F1Z5', portalUsername: 'demo_user', apiUsername: 'acme01' };

/** The same two lines as each spreadsheet writes them. */
const LINES = ['gstin,portal_username,api_username', '27AABCE1234F1Z5,demo_user,acme01'];

test.describe('the batch file as spreadsheets export it', () => {
  const separated = {
    'semicolons (Excel where the decimal mark is a comma)': ';',
    'tabs (Excel "Unicode Text", Google Sheets TSV)': '\t',
  };
  for (const [name, separator] of Object.entries(separated)) {
    test(`reads values separated by ${name}`, () => {
      const text = `${LINES.map((line) => line.replaceAll(',', separator)).join('\r\n')}\r\n`;
      expect(parseBatchCsv(text)).toEqual([ROW]);
    });
  }

  test('keeps commas inside values of a semicolon file, and semicolons inside quotes', () => {
    const [row] = parseBatchCsv(
      'gstin;portal_username;api_username;gsp;mobile_holder\n27AABCE1234F1Z5;demo_user;acme01;"A; B Ltd";Priya, Mumbai\n',
    );
    expect(row).toMatchObject({ gsp: 'A; B Ltd', mobileHolder: 'Priya, Mumbai' });
  });

  const encodings: Array<[string, Buffer]> = [
    ['UTF-16 LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(LINES)])],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16le(LINES).swap16()])],
    [
      'UTF-8 with a byte-order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text(LINES))]),
    ],
    ['UTF-8 without one', Buffer.from(text(LINES))],
  ];
  for (const [name, bytes] of encodings) {
    test(`decodes ${name}`, () => {
      expect(parseBatchCsv(decodeBatchFile(bytes))).toEqual([ROW]);
    });
  }

  test('keeps a name in another script through UTF-16', () => {
    const lines = [`${LINES[0]},mobile_holder`, `${LINES[1]},प्रिया`];
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(lines)]);
    expect(parseBatchCsv(decodeBatchFile(bytes))[0]?.mobileHolder).toBe('प्रिया');
  });

  test('refuses UTF-16 without a byte-order mark, saying how to save the file', () => {
    expect(problems(() => decodeBatchFile(utf16le(LINES), 'g.csv'))).toEqual([
      'g.csv: looks like UTF-16 without a byte-order mark; save it from the spreadsheet as "CSV UTF-8"',
    ]);
  });

  const headers: Array<[string, string]> = [
    ['gstin,portal_username,api_username', ','],
    ['gstin;portal_username;api_username', ';'],
    ['gstin\tportal_username\tapi_username', '\t'],
    ['"gstin; the state\'s",portal_username,api_username', ','],
    ['gstin', ','],
    ['\n\ngstin;portal_username', ';'],
  ];
  for (const [header, separator] of headers) {
    test(`takes ${JSON.stringify(separator)} as the separator of ${JSON.stringify(header)}`, () => {
      expect(detectSeparator(header)).toBe(separator);
    });
  }
});

test.describe('problems in the batch file, in its own terms', () => {
  test('a line with more values than the header', () => {
    expect(
      problems(() =>
        parseBatchCsv(
          'gstin,portal_username,api_username\n27AABCE1234F1Z5,demo_user,acme01\n29AABCE1234F1Z1,demo,ka,acme02\n',
          'g.csv',
        ),
      ),
    ).toEqual(['g.csv:3: line: 4 values, the header has 3 (a value holding , must be in quotes)']);
  });

  test('every short or long line at once, and not the empty padding spreadsheets add', () => {
    expect(
      problems(() =>
        parseBatchCsv(
          [
            'gstin;portal_username;api_username;;',
            '27AABCE1234F1Z5;demo_user;acme01;;',
            '29AABCE1234F1Z1;acme02',
            ';;;;',
            '33AABCE1234F1ZC;a;b;c',
          ].join('\n'),
          'g.csv',
        ),
      ),
    ).toEqual([
      'g.csv:3: line: 2 values, the header has 3',
      'g.csv:5: line: 4 values, the header has 3 (a value holding ; must be in quotes)',
    ]);
  });

  test('a quote never closed names the line it opens on', () => {
    expect(
      problems(() =>
        parseBatchCsv(
          'gstin,portal_username,api_username,mobile_holder\n27AABCE1234F1Z5,demo_user,acme01,"Priya\n29AABCE1234F1Z1,demo,acme02,Ravi\n',
          'g.csv',
        ),
      ),
    ).toEqual(['g.csv:2: line: a value opens a quote (") that is never closed']);
  });

  test('a stray quote in the middle of a value', () => {
    expect(
      problems(() =>
        parseBatchCsv(
          'gstin,portal_username,api_username,mobile_holder\n27AABCE1234F1Z5,demo_user,acme01,Priya "P"\n29AABCE1234F1Z1,demo,acme02,Ravi\n',
          'g.csv',
        ),
      ),
    ).toEqual([expect.stringMatching(/^g\.csv:2: line: a quote \("\) in the middle of a value/)]);
  });

  test('a row spread over lines by a quoted line break starts on its first line', () => {
    const rows = parseBatchCsv(
      'gstin,portal_username,api_username,mobile_holder\n27AABCE1234F1Z5,demo_user,acme01,"Priya\nMumbai office"\n\n29AABCE1234F1Z1,demo,acme02,Ravi\n',
    );
    expect(rows.map((row) => row.line)).toEqual([2, 5]);
  });

  test('a header with an unknown separator says so', () => {
    expect(problems(() => parseBatchCsv('gstin|portal_username|api_username\na|b|c\n', 'g.csv'))).toEqual([
      'g.csv:1: gstin: missing column',
      'g.csv:1: portal_username: missing column',
      'g.csv:1: api_username: missing column',
      'g.csv:1: gstin|portal_username|api_username: unknown column (values separated by something other than , ; or a tab?)',
    ]);
  });

  test('a column named twice', () => {
    expect(
      problems(() => parseBatchCsv('gstin,portal_username,api_username,gstin\na,b,c,d\n', 'g.csv')),
    ).toEqual(['g.csv:1: gstin: column named twice']);
  });
});

test('missing passwords are named only for GSTINs not already refused', () => {
  const rows = parseBatchCsv(
    'gstin,portal_username,api_username\n27AABCE1234F1Z5,a,acme01\n27AABCE1234F1Z6,b,acme02\nnot-a-gstin,c,acme03\n',
  );
  const found = problems(() => planBatch(rows, {}, {}, { canAsk: false, generateApiPasswords: false }));
  expect(found.filter((problem) => problem.startsWith('missing'))).toEqual([
    expect.stringMatching(
      /^missing EINV_PORTAL_PASSWORD_27AABCE1234F1Z5, EINV_API_PASSWORD_27AABCE1234F1Z5 \(/,
    ),
  ]);
  expect(found.join('\n')).not.toMatch(/PASSWORD_27AABCE1234F1Z6|PASSWORD_NOT-A-GSTIN/);
});

function text(lines: readonly string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}

function utf16le(lines: readonly string[]): Buffer {
  return Buffer.from(text(lines), 'utf16le');
}
