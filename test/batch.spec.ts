/**
 * Many GSTINs: `einv-gsp batch` and `einv-gsp check --file`, through the command (or, for the
 * questions asked at a terminal, the real batch flow) against the mock portal's three demo
 * logins. A run whose checks are its outcome, its folders and the lines it printed runs in the
 * test's process (test/in-process.ts); the real command runs where a check is on all it wrote to
 * the terminal (no stderr at all, no password anywhere on it), on Ctrl-C and what it leaves
 * running, and for `check`, which prints and starts no browser. What an operator would check: the exit code, batch.json, each row's run folder, the
 * users the portal now has, report.html as a browser shows it, and a second run that resumes.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { runBatch } from '../flows/batch-journey.js';
import { registerWith } from '../flows/register-gstin.js';
import { BatchFolder } from '../src/batch/folder.js';
import { checkBatchFile } from '../src/batch/plan.js';
import { EXIT } from '../src/errors.js';
import { LineHuman } from '../src/human.js';
import type { BatchRecord } from '../src/report-data.js';
import { SecretValues } from '../src/secret-values.js';
import { LineTerminal } from '../src/terminal.js';
import {
  ANSWERS,
  type CommandRun,
  expect,
  findSecrets,
  HAPPY_ANSWERS,
  processesLeftBy,
  readReport,
  SECRETS,
  test,
} from './fixtures.js';

const GSP = 'DEFMACRO SOFTWARE PRIVATE LIMITED';

/** The mock's demo logins: one per GSTIN, as on the real portal. */
const ROWS = [
  {
    gstin: '27AABCE1234F1Z5',
    login: 'demo_user',
    password: 'Demo@Pass1',
    suffix: 'acme_mh',
    holder: 'Priya',
  },
  { gstin: '29AABCE1234F1Z1', login: 'demo_ka', password: 'Demo@Pass2', suffix: 'acme_ka', holder: 'Ravi' },
  { gstin: '33AABCE1234F1ZC', login: 'demo_tn', password: 'Demo@Pass3', suffix: 'acme_tn', holder: 'Anbu' },
] as const;
const API_PASSWORD = 'Batch@Api123';

/** Each row's portal password under its own name; one shared API password. */
const ENV = {
  ...Object.fromEntries(ROWS.map((row) => [`EINV_PORTAL_PASSWORD_${row.gstin}`, row.password])),
  EINV_API_PASSWORD: API_PASSWORD,
};

test.use({ extraSecrets: [ROWS[1].password, ROWS[2].password, API_PASSWORD] });

/** A batch file as a spreadsheet exports it: byte-order mark, CRLF, quotes, stray spaces, blank lines. */
function writeBatchFile(path: string, rows: readonly (typeof ROWS)[number][]): string {
  const lines = rows.map((row) => ` ${row.gstin} ,${row.login},"${row.suffix}",${row.holder}`);
  writeFileSync(
    path,
    `\uFEFFGSTIN,Portal_Username,api_username,mobile_holder\r\n${lines.join('\r\n')}\r\n\r\n`,
  );
  return path;
}

const answers = (...perRow: string[][]) => `${perRow.flat().join('\n')}\n`;

type BatchRun = Awaited<ReturnType<CommandRun>>;

function batchDir(run: BatchRun): string {
  return join(run.outDir, 'batch-gstins');
}

function readBatch(run: BatchRun): BatchRecord {
  return JSON.parse(readFileSync(join(batchDir(run), 'batch.json'), 'utf8')) as BatchRecord;
}

test.describe('a batch of three GSTINs', () => {
  test.use({
    mockConfig: {
      apiUsers: [
        {
          gstin: ROWS[0].gstin,
          gsp: GSP,
          username: 'API_first1',
          password: 'First@Pass1',
          createdAt: '2026-01-05',
        },
      ],
    },
  });

  test('ends with the right outcome per row, one user per GSTIN, a report, and a second run that skips them', async ({
    mock,
    runCli,
    runInProcess,
    page,
  }, testInfo) => {
    const file = writeBatchFile(testInfo.outputPath('gstins.csv'), ROWS);
    const args = ['batch', '--file', file, '--headless', '--portal-url', mock.url];
    const first = await runCli({
      args,
      env: ENV,
      // Row 2's first captcha answer is wrong: it is asked again with a fresh picture.
      stdin: answers(HAPPY_ANSWERS, ['WRONG1', ...HAPPY_ANSWERS], HAPPY_ANSWERS),
    });

    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    for (const row of ROWS) expect(first.stdout).toContain(`${row.holder} must be ready with the phone`);
    expect(first.stdout).toMatch(/GSTIN 1 of 3: 27AABCE1234F1Z5[\s\S]*GSTIN 2 of 3[\s\S]*GSTIN 3 of 3/);
    // The file asked for API_acme_mh; the portal has API_first1: the GSP must be given that one.
    expect(first.stdout).toContain('27AABCE1234F1Z5: already registered as API_first1, not API_acme_mh\n');
    expect(first.stdout).toMatch(
      /27AABCE1234F1Z5\s+already registered as API_first1, not API_acme_mh\s+API_first1/,
    );
    expect(first.stdout).toMatch(/29AABCE1234F1Z1\s+registered\s+API_acme_ka\s+\d+\.\d s/);

    const batch = readBatch(first);
    expect(batch.status).toBe('finished');
    expect(batch.rows.map((row) => [row.gstin, row.status, row.apiUsername, row.askedApiUsername])).toEqual([
      [ROWS[0].gstin, 'already-registered', 'API_first1', 'API_acme_mh'],
      [ROWS[1].gstin, 'registered', 'API_acme_ka', undefined],
      [ROWS[2].gstin, 'registered', 'API_acme_tn', undefined],
    ]);
    for (const row of batch.rows) {
      expect(row.runDir).toBeTruthy();
      expect(readReport(join(batchDir(first), row.runDir as string)).status).toBe(row.status);
    }
    expect(statSync(join(batchDir(first), 'batch.json')).mode & 0o077).toBe(0);

    const users = mock.state().apiUsers;
    expect(users.map((user) => [user.gstin, user.username]).sort()).toEqual([
      [ROWS[0].gstin, 'API_first1'],
      [ROWS[1].gstin, 'API_acme_ka'],
      [ROWS[2].gstin, 'API_acme_tn'],
    ]);
    expect(users.filter((user) => user.username !== 'API_first1').map((user) => user.password)).toEqual([
      API_PASSWORD,
      API_PASSWORD,
    ]);
    expect(mock.state().submits).toBe(2);

    // The batch's report, as the operator opens it from disk.
    await page.goto(pathToFileURL(join(batchDir(first), 'report.html')).href);
    // Titled by the file's name, not by where it happens to lie.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Batch gstins.csv');
    await expect(page.locator(`[data-gstin="${ROWS[0].gstin}"]`)).toContainText(
      'already registered as API_first1, not API_acme_mh',
    );
    for (const row of batch.rows) {
      const line = page.locator(`[data-gstin="${row.gstin}"]`);
      await expect(line).toContainText(row.apiUsername);
      // Run folders carry the local offset (`+0530`), which the link spells %2B.
      const href = await line.getByRole('link').getAttribute('href');
      expect(decodeURIComponent(href ?? '')).toBe(`${row.runDir}/report.html`);
    }

    const imagesBefore = mock.state().captchaImages;
    const second = await runInProcess({ args, env: ENV, stdin: '' });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('resuming an earlier run of this batch');
    expect(second.stdout.match(/in an earlier run; left alone/g)).toHaveLength(3);
    expect(second.stdout).toContain(
      `${ROWS[0].gstin} already registered as API_first1, not API_acme_mh in an earlier run; left alone.`,
    );
    expect(mock.state().captchaImages).toBe(imagesBefore);
    expect(mock.state().submits).toBe(2);
    expect(findSecrets(first.outDir, [...SECRETS, ...ROWS.map((row) => row.password), API_PASSWORD])).toEqual(
      [],
    );
  });
});

test.describe('a row that failed', () => {
  test.use({ mockConfig: { faults: { serverErrorAt: 'register' } } });

  test('is retried by the next run, and only it', async ({ mock, runCli, runInProcess, page }, testInfo) => {
    const file = writeBatchFile(testInfo.outputPath('gstins.csv'), ROWS.slice(0, 2));
    const args = ['batch', '--file', file, '--headless', '--portal-url', mock.url];
    const first = await runCli({ args, env: ENV, stdin: answers(HAPPY_ANSWERS, HAPPY_ANSWERS) });
    expect(first.code).toBe(EXIT.changed);
    expect(readBatch(first).rows.map((row) => [row.status, row.exitCode, row.error?.step])).toEqual([
      ['failed', EXIT.changed, 'apiOtp'],
      ['registered', EXIT.ok, undefined],
    ]);
    expect(first.stdout).toContain('Run the same command again');
    // The step as the operator reads it, never its id in the code, on the terminal and in the report.
    expect(first.stdout).toContain(`${ROWS[0].gstin}: FAILED at "API registration OTP": `);
    expect(first.stdout + first.stderr).not.toContain('apiOtp');
    await page.goto(pathToFileURL(join(batchDir(first), 'report.html')).href);
    const failed = page.locator(`[data-gstin="${ROWS[0].gstin}"]`);
    await expect(failed).toContainText('API registration OTP');
    expect(await page.locator('body').textContent()).not.toContain('apiOtp');

    const second = await runInProcess({ args, env: ENV, stdin: answers(HAPPY_ANSWERS) });
    expect(second.code).toBe(0);
    const rows = readBatch(second).rows;
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ['registered', 2],
      ['registered', 1],
    ]);
    expect(
      mock
        .state()
        .apiUsers.map((user) => user.gstin)
        .sort(),
    ).toEqual([ROWS[0].gstin, ROWS[1].gstin]);
  });
});

test.describe('Submits that went unanswered', () => {
  test.use({ mockConfig: { faults: { afterSubmit: 'drop' } } });

  test('are never sent twice: the next run finds the users already registered', async ({
    mock,
    runCli,
    runInProcess,
  }, testInfo) => {
    const file = writeBatchFile(testInfo.outputPath('gstins.csv'), ROWS.slice(0, 2));
    const args = ['batch', '--file', file, '--headless', '--portal-url', mock.url];
    const first = await runInProcess({ args, env: ENV, stdin: answers(HAPPY_ANSWERS, HAPPY_ANSWERS) });
    expect(first.code).toBe(EXIT.unknown);
    expect(readBatch(first).rows.map((row) => row.status)).toEqual(['unknown', 'unknown']);
    // Chromium itself re-sends a POST whose connection dropped: count what the bot sends from here.
    const submitsBefore = mock.state().submits;

    const second = await runCli({ args, env: ENV, stdin: answers(HAPPY_ANSWERS, HAPPY_ANSWERS) });
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(readBatch(second).rows.map((row) => row.status)).toEqual([
      'already-registered',
      'already-registered',
    ]);
    expect(mock.state().submits).toBe(submitsBefore);
    expect(mock.state().events.filter((event) => event.type === 'user-created')).toHaveLength(2);
  });
});

test('generated API passwords meet the rule, reach the portal, and are kept only in credentials.csv', async ({
  mock,
  runCli,
}, testInfo) => {
  const file = writeBatchFile(testInfo.outputPath('gstins.csv'), ROWS.slice(1, 3));
  const run = await runCli({
    args: ['batch', '--file', file, '--headless', '--portal-url', mock.url, '--generate-api-passwords'],
    env: { ...ENV, EINV_API_PASSWORD: '' },
    stdin: answers(HAPPY_ANSWERS, HAPPY_ANSWERS),
  });
  expect(run.code).toBe(0);
  const credentials = join(batchDir(run), 'credentials.csv');
  expect(statSync(credentials).mode & 0o077).toBe(0);
  const lines = readFileSync(credentials, 'utf8').trim().split('\n');
  expect(lines[0]).toBe('gstin,gsp,api_username,api_password');
  const generated = lines.slice(1).map((line) => line.split(','));
  expect(generated.map(([gstin, , username]) => [gstin, username])).toEqual([
    [ROWS[1].gstin, 'API_acme_ka'],
    [ROWS[2].gstin, 'API_acme_tn'],
  ]);
  const passwords = generated.map((fields) => fields[3] as string);
  for (const password of passwords)
    expect(password).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,15}$/);
  expect(new Set(passwords).size).toBe(2);
  expect(
    mock
      .state()
      .apiUsers.map((user) => user.password)
      .sort(),
  ).toEqual([...passwords].sort());
  expect(run.stdout).toContain(credentials);
  for (const password of passwords) expect(run.stdout + run.stderr).not.toContain(password);
  const elsewhere = findSecrets(run.outDir, passwords).filter((leak) => !leak.startsWith(`${credentials}:`));
  expect(elsewhere).toEqual([]);
});

test('Ctrl-C in the middle of a batch stops it cleanly, and the next run carries on from there', async ({
  mock,
  runCli,
  runInProcess,
  page,
}, testInfo) => {
  const file = writeBatchFile(testInfo.outputPath('gstins.csv'), ROWS);
  const args = ['batch', '--file', file, '--headless', '--portal-url', mock.url];
  const stopped = await runCli({
    args,
    env: ENV,
    stdin: answers(HAPPY_ANSWERS, [ANSWERS.captcha]),
    keepStdinOpen: true,
    interruptWhen: /GSTIN 2 of 3[\s\S]*\? login OTP/,
  });
  expect(stopped.code).toBe(EXIT.cancelled);
  const batch = readBatch(stopped);
  expect(batch.status).toBe('stopped');
  expect(batch.rows.map((row) => row.status)).toEqual(['registered', 'cancelled', 'pending']);
  expect(stopped.stdout).toMatch(/Batch stopped/);
  // A row not tried has one name, on the terminal and in the report.
  expect(stopped.stdout).toMatch(new RegExp(`${ROWS[2].gstin}\\s+not run yet\\s+API_acme_tn`));
  await page.goto(pathToFileURL(join(batchDir(stopped), 'report.html')).href);
  await expect(page.locator(`[data-gstin="${ROWS[2].gstin}"] .badge`)).toHaveText('not run yet');
  await expect(
    page.getByRole('list', { name: 'Rows by status' }).locator('[data-status="pending"] .badge'),
  ).toHaveText('not run yet');
  // Its browser is closed: nothing it started outlives it (other tests' browsers do not count).
  await expect.poll(() => processesLeftBy(stopped), { timeout: 15_000 }).toEqual([]);

  const resumed = await runInProcess({ args, env: ENV, stdin: answers(HAPPY_ANSWERS, HAPPY_ANSWERS) });
  expect(resumed.code).toBe(0);
  expect(readBatch(resumed).rows.map((row) => row.status)).toEqual([
    'registered',
    'registered',
    'registered',
  ]);
  expect(mock.state().submits).toBe(3);
});

test('at a terminal the operator can skip a GSTIN and stop the batch', async ({
  mock,
  browser,
}, testInfo) => {
  const file = writeBatchFile(testInfo.outputPath('gstins.csv'), ROWS);
  const plan = checkBatchFile(file, { portalUrl: mock.url, headless: true }, ENV, {
    canAsk: false,
    generateApiPasswords: false,
  });
  const folder = new BatchFolder(
    testInfo.outputPath('runs'),
    file,
    { tool: { name: 'einv-gsp', version: 'test' }, portalUrl: mock.url, dryRun: false },
    plan.rows,
  );
  const lines: string[] = [];
  const print = (line: string) => lines.push(line);
  // A person at a terminal: skip the first GSTIN, run the second, stop before the third.
  const human = new LineHuman(
    Readable.from([answers(['s', 'g', ...HAPPY_ANSWERS, 'q'])]),
    print,
    undefined,
    true,
  );
  const secrets = new SecretValues();
  const terminal = new LineTerminal(print);
  const settings = { ...plan.settings, outDir: folder.dir, timeoutMs: 10_000 };
  const outcome = await runBatch({
    folder,
    rows: plan.rows,
    dryRun: false,
    human,
    terminal,
    runRow: async (row) => {
      const result = await registerWith(
        browser,
        {
          settings,
          target: row.target,
          secrets: { portalPassword: row.portalPassword as string, apiPassword: row.apiPassword as string },
        },
        { human, terminal, secrets, version: 'test' },
      );
      return { status: result.status, exitCode: result.error?.exitCode ?? 0, runDir: result.runDir };
    },
  });
  human.close();
  expect(lines.filter((line) => line.startsWith('? Ready?'))).toHaveLength(3);
  expect(outcome.stopped).toBe(true);
  expect(outcome.exitCode).toBe(EXIT.cancelled);
  expect(outcome.rows.map((row) => row.status)).toEqual(['skipped', 'registered', 'pending']);
  expect(mock.state().apiUsers.map((user) => user.gstin)).toEqual([ROWS[1].gstin]);
  expect(existsSync(join(folder.dir, 'batch.json'))).toBe(true);
});

test('check names a bad GSTIN and a duplicate row together, and starts no browser', async ({
  runCli,
}, testInfo) => {
  const file = testInfo.outputPath('gstins.csv');
  writeFileSync(
    file,
    'gstin,portal_username,api_username\n27AABCE1234F1Z6,demo_user,acme01\n29AABCE1234F1Z1,demo_ka,acme02\n29AABCE1234F1Z1,demo_ka,acme03\n',
  );
  const run = await runCli({ args: ['check', '--file', file], env: ENV });
  expect(run.code).toBe(EXIT.config);
  expect(run.stderr).toContain('gstins.csv:2: gstin: 27AABCE1234F1Z6: check character is 6 but should be 5');
  expect(run.stderr).toContain('gstins.csv:4: gstin: 29AABCE1234F1Z1 repeats line 3');
  expect(run.stdout).toBe('');
  // Nothing was run: no run folder, no browser.
  expect(existsSync(run.outDir)).toBe(false);

  const batch = await runCli({ args: ['batch', '--file', file, '--headless'], env: ENV });
  expect(batch.code).toBe(EXIT.config);
  expect(batch.stderr).toContain('repeats line 3');
  expect(existsSync(batch.outDir)).toBe(false);
});

test('check passes a good file and lists what each row will do', async ({ runCli }, testInfo) => {
  const file = writeBatchFile(testInfo.outputPath('gstins.csv'), ROWS);
  const run = await runCli({ args: ['check', '--file', file], env: ENV });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('gstins.csv: 3 GSTINs, all good.');
  expect(run.stderr).toBe('');
  expect(run.stdout).toMatch(/line 3: 29AABCE1234F1Z1\s+API_acme_ka\s+DEFMACRO SOFTWARE PRIVATE LIMITED/);
  expect(existsSync(run.outDir)).toBe(false);
});

test('check names every problem of a file with a password column, each as file:line: column: problem, as the README shows', async ({
  runCli,
}, testInfo) => {
  const dir = testInfo.outputPath('user');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'gstins.csv'),
    [
      'gstin,portal_username,api_username,api_password',
      '27AABCE1234F1Z6,demo_user,acme01,x',
      '29AABCE1234F1Z1,demo_ka,acme02,y,extra',
      '33AABCE1234F1ZC,demo_tn,acme03,z',
      '33AABCE1234F1ZC,demo_tn2,acme04,w',
      '',
    ].join('\n'),
  );
  // Run where the file is, named as a user names it, so the lines read as in the README.
  const run = await runCli({
    args: ['check', '--file', join(dir, 'gstins.csv')],
    env: ENV,
  });
  expect(run.code).toBe(EXIT.config);
  const lines = run.stderr
    .split('\n')
    .filter((line) => line.startsWith('  '))
    .map((line) => line.trim().replace(`${dir}/`, ''));
  for (const line of lines) expect(line).toMatch(/^gstins\.csv:\d+: [a-z_]+: \S/);
  const readme = readFileSync('README.md', 'utf8');
  const shown = /Cannot start:\n((?: {2}gstins\.csv:.*\n)+)/.exec(readme)?.[1] ?? '';
  expect(lines).toEqual(
    shown
      .trimEnd()
      .split('\n')
      .map((line) => line.trim()),
  );
  expect(lines).toHaveLength(4);
});

test('check without a file checks what register would run', async ({ runCli }) => {
  const good = await runCli({
    args: ['check', '--gstin', ROWS[0].gstin, '--api-username', 'acme01'],
    env: {
      EINV_PORTAL_USERNAME: 'demo_user',
      EINV_PORTAL_PASSWORD: 'Demo@Pass1',
      EINV_API_PASSWORD: API_PASSWORD,
    },
  });
  expect(good.code).toBe(0);
  expect(good.stdout).toMatch(/All good: 27AABCE1234F1Z5, API_acme01 through DEFMACRO/);
  const bad = await runCli({
    args: ['check', '--gstin', '27AABCE1234F1Z6', '--api-username', 'API_acme01'],
    env: {},
  });
  expect(bad.code).toBe(EXIT.config);
  expect(bad.stderr).toMatch(/check character/);
  expect(bad.stderr).toMatch(/only the part after/);
  expect(bad.stderr).toMatch(/missing EINV_PORTAL_USERNAME, EINV_PORTAL_PASSWORD, EINV_API_PASSWORD/);
});

test('check warns of a row whose GSP the portal is not known to list, at its line, and passes the file', async ({
  runCli,
}, testInfo) => {
  const file = testInfo.outputPath('gstins.csv');
  writeFileSync(
    file,
    `gstin,portal_username,api_username,gsp\n${ROWS[0].gstin},${ROWS[0].login},${ROWS[0].suffix},Masters Indai Pvt Ltd\n${ROWS[1].gstin},${ROWS[1].login},${ROWS[1].suffix},\n`,
  );
  const run = await runCli({ args: ['check', '--file', file], env: ENV });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('2 GSTINs, all good.');
  expect(run.stderr.trimEnd().split('\n')).toEqual([
    expect.stringMatching(
      /^Warning: .*gstins\.csv:2: gsp: "Masters Indai Pvt Ltd" is not among the GSPs the portal is known to list; the closest is "Masters India Private Limited"\./,
    ),
  ]);
});
