import { expect, test } from '@playwright/test';
import { rowExitCode, worstExitCode } from '../../flows/batch-journey.js';
import { parseBatchCsv, readBatchText } from '../../src/batch/csv.js';
import { generatePassword } from '../../src/batch/passwords.js';
import { planBatch } from '../../src/batch/plan.js';
import { DEFAULT_GSP } from '../../src/config.js';
import { EXIT } from '../../src/errors.js';
import {
  DEFAULT_PASSWORD_RULE,
  type PasswordRule,
  parsePasswordRule,
  passwordProblem,
} from '../../src/password.js';
import { problems } from './config-problems.js';

const ENV = { EINV_PORTAL_PASSWORD: 'Portal@Pass1', EINV_API_PASSWORD: 'Api@Pass123' };

test.describe('the batch file', () => {
  const exports = {
    'LF, no byte-order mark': 'gstin,portal_username,api_username\n27AABCE1234F1Z5,demo_user,acme01\n',
    'CRLF with a byte-order mark':
      '\uFEFFgstin,portal_username,api_username\r\n27AABCE1234F1Z5,demo_user,acme01\r\n',
    'quoted fields and stray spaces':
      ' GSTIN , "Portal Username" ,api_username\n "27aabce1234f1z5" , demo_user ,"acme01"\n',
    'blank trailing lines': 'gstin,portal_username,api_username\n27AABCE1234F1Z5,demo_user,acme01\n\n\n,,\n',
    'columns in another order': 'api_username,gstin,portal_username\nacme01,27AABCE1234F1Z5,demo_user\n',
  };
  for (const [name, text] of Object.entries(exports)) {
    test(`reads a spreadsheet export: ${name}`, () => {
      expect(parseBatchCsv(text)).toEqual([
        { line: 2, gstin: '27AABCE1234F1Z5', portalUsername: 'demo_user', apiUsername: 'acme01' },
      ]);
    });
  }

  test('keeps the optional gsp and mobile holder, quoted commas included', () => {
    const [row] = parseBatchCsv(
      'gstin,portal_username,api_username,gsp,mobile_holder\n27AABCE1234F1Z5,demo_user,acme01,"Tally ( India) Private Ltd","Priya, Mumbai office"\n',
    );
    expect(row).toMatchObject({ gsp: 'Tally ( India) Private Ltd', mobileHolder: 'Priya, Mumbai office' });
  });

  test('names the line of a row with too many fields', () => {
    expect(
      problems(() => parseBatchCsv('gstin,portal_username,api_username\na,b,c\nd,e,f,g\n', 'gstins.csv')),
    ).toEqual([expect.stringMatching(/^gstins\.csv:3: line: 4 values, the header has 3/)]);
  });

  test('names a missing column, and refuses a password column', () => {
    expect(problems(() => parseBatchCsv('gstin,api_username,portal_password\nx,y,z\n', 'f.csv'))).toEqual([
      'f.csv:1: portal_username: missing column',
      'f.csv:1: portal_password: unknown column (passwords never go in this file: they come from EINV_PORTAL_PASSWORD_<GSTIN> and EINV_API_PASSWORD_<GSTIN>)',
    ]);
  });

  test('guesses a misspelt column, and lists the columns otherwise', () => {
    expect(problems(() => parseBatchCsv('gstin,portal_user,api_username,notes\nx,y,z,w\n', 'f.csv'))).toEqual(
      [
        'f.csv:1: portal_username: missing column',
        'f.csv:1: portal_user: unknown column (did you mean "portal_username"?)',
        'f.csv:1: notes: unknown column (the columns are gstin, portal_username, api_username, gsp, mobile_holder)',
      ],
    );
  });

  test('reads the rows past a password column, so that their problems are found too', () => {
    const content = readBatchText(
      'gstin,portal_username,api_username,api_password\n27AABCE1234F1Z5,demo_user,acme01,secret\n',
      'f.csv',
    );
    expect(content.problems).toHaveLength(1);
    expect(content.problems.join()).not.toContain('secret');
    expect(content.rows).toEqual([
      { line: 2, gstin: '27AABCE1234F1Z5', portalUsername: 'demo_user', apiUsername: 'acme01' },
    ]);
  });

  test('refuses a file with a header and no rows', () => {
    expect(problems(() => parseBatchCsv('gstin,portal_username,api_username\n\n'))).toEqual([
      'batch file: no rows under the header',
    ]);
  });
});

test.describe('the batch check', () => {
  const rows = parseBatchCsv(
    [
      'gstin,portal_username,api_username,gsp',
      '27AABCE1234F1Z5,demo_user,acme01,',
      '29AABCE1234F1Z1,demo_ka,acme02,Masters India Private Limited',
      '29AABCE1234F1Z1,demo_ka,ACME01,',
      '33AABCE1234F1ZD,,API_x,',
    ].join('\n'),
  );

  test('reports every problem at once, each with its line', () => {
    expect(
      problems(() => planBatch(rows, {}, ENV, { canAsk: false, generateApiPasswords: false, file: 'g.csv' })),
    ).toEqual([
      'g.csv:4: gstin: 29AABCE1234F1Z1 repeats line 3',
      'g.csv:4: api_username: ACME01 repeats acme01 of line 2 (usernames are compared ignoring case)',
      'g.csv:5: gstin: 33AABCE1234F1ZD: check character is D but should be C (a typing mistake?)',
      expect.stringMatching(/^g\.csv:5: api_username: give only the part after/),
      'g.csv:5: portal_username: empty',
    ]);
  });

  test('takes passwords per GSTIN before the shared ones, and the GSP from the row, the flag, then the default', () => {
    const plan = planBatch(
      rows.slice(0, 2),
      { gsp: 'IRIS BUSINESS SERVICES LIMITED' },
      { ...ENV, EINV_PORTAL_PASSWORD_29AABCE1234F1Z1: 'Own@Pass22' },
      { canAsk: false, generateApiPasswords: false },
    );
    expect(plan.rows.map((row) => [row.target.gsp, row.portalPassword, row.apiPassword])).toEqual([
      ['IRIS BUSINESS SERVICES LIMITED', 'Portal@Pass1', 'Api@Pass123'],
      ['Masters India Private Limited', 'Own@Pass22', 'Api@Pass123'],
    ]);
    expect(
      planBatch(rows.slice(0, 1), {}, ENV, { canAsk: false, generateApiPasswords: false }).rows[0]?.target
        .gsp,
    ).toBe(DEFAULT_GSP);
  });

  test('names missing passwords when there is no terminal to ask on, not when there is', () => {
    const options = { generateApiPasswords: false };
    expect(problems(() => planBatch(rows.slice(0, 1), {}, {}, { ...options, canAsk: false }))).toEqual([
      expect.stringMatching(
        /^missing EINV_PORTAL_PASSWORD_27AABCE1234F1Z5, EINV_API_PASSWORD_27AABCE1234F1Z5 /,
      ),
    ]);
    expect(problems(() => planBatch(rows.slice(0, 1), {}, {}, { ...options, canAsk: true }))).toEqual([]);
    expect(
      problems(() =>
        planBatch(
          rows.slice(0, 1),
          {},
          { EINV_PORTAL_PASSWORD: 'x@Y12345' },
          { canAsk: false, generateApiPasswords: true },
        ),
      ),
    ).toEqual([]);
  });

  test('checks each API password against the rule without repeating it', () => {
    const found = problems(() =>
      planBatch(
        rows.slice(0, 1),
        {},
        { ...ENV, EINV_API_PASSWORD: 'weakpass' },
        {
          canAsk: false,
          generateApiPasswords: false,
        },
      ),
    );
    expect(found).toEqual([
      expect.stringMatching(/^batch file:2: API password \(EINV_API_PASSWORD\): needs /),
    ]);
    expect(found.join()).not.toContain('weakpass');
  });
});

test.describe('generated API passwords', () => {
  const rules: Array<[string, PasswordRule]> = [
    ['the default rule', DEFAULT_PASSWORD_RULE],
    ['8-10:ULDS', parsePasswordRule('8-10:ULDS') as PasswordRule],
    ['12-20:LD', parsePasswordRule('12-20:LD') as PasswordRule],
  ];
  for (const [name, rule] of rules) {
    test(`meet ${name} every time, and differ`, () => {
      const passwords = Array.from({ length: 200 }, () => generatePassword(rule));
      for (const password of passwords) expect(passwordProblem(password, rule)).toBeUndefined();
      expect(new Set(passwords).size).toBe(passwords.length);
    });
  }
});

test.describe('the batch exit code', () => {
  test('is 0 only when every row is registered or already registered', () => {
    const codes = (
      statuses: Array<
        [
          (
            | 'registered'
            | 'already-registered'
            | 'dry-run'
            | 'failed'
            | 'unknown'
            | 'cancelled'
            | 'skipped'
            | 'pending'
          ),
          number?,
        ]
      >,
      dryRun = false,
    ) => statuses.map(([status, exitCode]) => rowExitCode({ status, exitCode }, dryRun));
    expect(worstExitCode(codes([['registered'], ['already-registered']]))).toBe(EXIT.ok);
    expect(worstExitCode(codes([['registered'], ['dry-run']]))).toBe(EXIT.cancelled);
    expect(worstExitCode(codes([['dry-run'], ['registered']], true))).toBe(EXIT.ok);
    expect(worstExitCode(codes([['registered'], ['skipped']]))).toBe(EXIT.cancelled);
    expect(worstExitCode(codes([['failed', EXIT.refused], ['pending']]))).toBe(EXIT.refused);
    expect(
      worstExitCode(
        codes([
          ['failed', EXIT.refused],
          ['failed', EXIT.changed],
        ]),
      ),
    ).toBe(EXIT.changed);
    expect(
      worstExitCode(
        codes([
          ['failed', EXIT.changed],
          ['unknown', EXIT.unknown],
        ]),
      ),
    ).toBe(EXIT.unknown);
  });
});
