import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ANSWERS,
  DEMO,
  DEMO_ENV,
  DEMO_TARGET,
  expect,
  HAPPY_ANSWERS,
  onlyRunDir,
  pngsIn,
  readReport,
  SECRETS,
  test,
} from './fixtures.js';

test.describe('the einv-gsp command', () => {
  test('registers with piped answers and exits 0', async ({ mock, runCli }) => {
    const run = await runCli({
      args: [
        'register',
        '--headless',
        '--portal-url',
        mock.url,
        '--gstin',
        DEMO.gstin,
        '--api-username',
        'acme01',
      ],
      env: DEMO_ENV,
      stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
    });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Registered: API user API_acme01/);
    expect(run.stdout).toMatch(/\[9\/9\] Submit/);
    const runDir = onlyRunDir(run.outDir);
    expect(run.stdout).toContain(`Run folder: ${runDir}`);
    const report = readReport(runDir);
    expect(report.status).toBe('registered');
    // 9 steps, and the sign-in form as filled before Login.
    expect(pngsIn(runDir)).toHaveLength(10);
    expect(mock.state().apiUsers).toEqual([
      expect.objectContaining({ gstin: DEMO.gstin, username: 'API_acme01', password: DEMO.apiPassword }),
    ]);
    expect(statSync(join(runDir, 'report.json')).mode & 0o077).toBe(0);
    for (const secret of SECRETS) expect(run.stdout + run.stderr).not.toContain(secret);
  });

  test('a dry run exits 0 with the screenshots and no submit', async ({ mock, runCli }) => {
    const run = await runCli({
      args: [
        'register',
        '--headless',
        '--dry-run',
        '--portal-url',
        mock.url,
        '--gstin',
        DEMO.gstin,
        '--api-username',
        'acme01',
      ],
      env: DEMO_ENV,
      stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
    });
    expect(run.code).toBe(0);
    expect(readReport(onlyRunDir(run.outDir)).status).toBe('dry-run');
    expect(mock.state().submits).toBe(0);
  });

  test('a wrong GSTIN check character exits 2 before any browser starts', async ({ runCli }) => {
    const started = Date.now();
    const run = await runCli({
      args: [
        'register',
        '--gstin',
        '27AABCE1234F1Z6',
        '--api-username',
        'acme01',
        '--portal-url',
        'http://127.0.0.1:9',
      ],
      env: { ...DEMO_ENV, EINV_BROWSER_PATH: '/nonexistent/chromium' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/GSTIN .*check character is 6 but should be 5/);
    expect(existsSync(run.outDir)).toBe(false);
    test.info().annotations.push({ type: 'elapsed-ms', description: String(Date.now() - started) });
  });

  test('missing secrets without a terminal exit 2, naming each', async ({ runCli }) => {
    const run = await runCli({ args: ['register', '--gstin', DEMO.gstin, '--api-username', 'acme01'] });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing EINV_PORTAL_USERNAME, EINV_PORTAL_PASSWORD, EINV_API_PASSWORD/);
  });

  test('an unknown flag exits 2 and passwords are not taken as flags', async ({ runCli }) => {
    const run = await runCli({ args: ['register', '--api-password', 'Secret@123'] });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--api-password/);
  });

  test('ends as cancelled (130) when stdin ends before an answer', async ({ mock, runCli }) => {
    const run = await runCli({
      args: [
        'register',
        '--headless',
        '--portal-url',
        mock.url,
        '--gstin',
        DEMO.gstin,
        '--api-username',
        'acme01',
      ],
      env: DEMO_ENV,
      stdin: `${ANSWERS.captcha}\n`,
    });
    expect(run.code).toBe(130);
    const report = readReport(onlyRunDir(run.outDir));
    expect(report.status).toBe('cancelled');
    expect(readFileSync(join(onlyRunDir(run.outDir), 'run.log'), 'utf8')).not.toContain(ANSWERS.captcha);
  });
});

/**
 * The bin by itself, with nothing added to its command line (runCli adds --out) and no EINV_
 * variables: for what is said before any run.
 */
function bin(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const ran = spawnSync(process.execPath, ['--', 'bin/einv-gsp.js', ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    encoding: 'utf8',
  });
  return { code: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

test.describe('the command line itself', () => {
  const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

  test('help register and register --help print the register help; help alone the commands', () => {
    const asked = bin('help', 'register');
    const flagged = bin('register', '--help');
    expect(asked.code).toBe(0);
    expect(asked.stdout).toMatch(/^einv-gsp register: /);
    expect(asked.stdout).toMatch(/^ {2}--api-username <suffix>/m);
    expect(asked.stdout).toBe(flagged.stdout);
    expect(bin('help', 'batch').stdout).toMatch(/^einv-gsp batch: /);

    const overview = bin('help');
    expect(overview.code).toBe(0);
    expect(overview.stdout).toMatch(/^ {2}einv-gsp version +\(or --version, -v\)/m);
    expect(overview.stdout).toMatch(/^ {2}einv-gsp help <command>/m);
    expect(overview.stdout).toMatch(/drift <recording-dir> \[--portal-map <file\.json>\]/);
    expect(overview.stdout).not.toContain('--labels');

    const unknown = bin('help', 'regster');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "regster": did you mean "register"?');
  });

  for (const word of ['-v', '--version', 'version']) {
    test(`${word} prints the version`, () => {
      const run = bin(word);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${VERSION}\n`);
      expect(run.stderr).toBe('');
    });
  }

  test('a flag without its value, a value for a switch and a stray word read like the other problems', () => {
    const problems = (...args: string[]) => {
      const run = bin(...args);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(/Option '|argument|positional/);
      return run.stderr.split('\n').filter((line) => line.startsWith('  '));
    };
    expect(problems('register', '--gstin', DEMO.gstin, '--api-username')).toEqual([
      '  --api-username needs a value (see einv-gsp register --help)',
    ]);
    expect(problems('check', '--api-username', '--gstin', DEMO.gstin)).toEqual([
      expect.stringMatching(/^ {2}--api-username needs a value: the next word starts with a dash/),
    ]);
    expect(problems('register', '--dry-run=yes')).toEqual([
      '  --dry-run takes no value: it is on when given (see einv-gsp register --help)',
    ]);
    expect(problems('batch', 'gstins.csv')).toEqual([
      '  unexpected "gstins.csv": batch takes only options (a value with spaces goes in quotes) (see einv-gsp batch --help)',
    ]);
    expect(problems('drift', 'recording', '--portal-map')).toEqual([
      '  --portal-map needs a value (see einv-gsp drift --help)',
    ]);
  });
});

test.describe('a GSP the portal is not known to list', () => {
  test('check warns, naming the closest, and still says all good', async ({ runCli }) => {
    const run = await runCli({
      args: ['check', '--gstin', DEMO.gstin, '--api-username', 'acme01', '--gsp', 'Masters Indai Pvt Ltd'],
      env: DEMO_ENV,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^Warning: GSP \(--gsp or EINV_GSP\): "Masters Indai Pvt Ltd" is not among the GSPs the portal is known to list; the closest is "Masters India Private Limited"\./,
    );
    expect(run.stdout).toMatch(/All good: .* through Masters Indai Pvt Ltd/);

    // Another spelling of a known name is that name: no warning.
    const known = await runCli({
      args: ['check', '--gstin', DEMO.gstin, '--api-username', 'acme01', '--gsp', 'masters india pvt. ltd.'],
      env: DEMO_ENV,
    });
    expect(known.code).toBe(0);
    expect(known.stderr).toBe('');
  });

  test('register warns before the browser starts, and goes on to the portal, which may list it', async ({
    mock,
    runCli,
  }) => {
    // One of the mock's names that no public note quotes.
    const gsp = 'Zoho Corporation Private Limited';
    const run = await runCli({
      args: ['register', '--headless', '--dry-run', '--portal-url', mock.url, ...DEMO_TARGET, '--gsp', gsp],
      env: DEMO_ENV,
      stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^Warning: GSP \\(--gsp or EINV_GSP\\): "${gsp}" is not among`));
    expect(readReport(onlyRunDir(run.outDir)).status).toBe('dry-run');
  });
});

test.describe('the settings a user copies', () => {
  /** The environment variables of the README's table of flags. */
  const readmeSettings = () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('| flag | environment | default |'));
    const rows = table.slice(0, table.indexOf('\n\n')).split('\n');
    return rows.flatMap((row) =>
      [...(row.split('|')[2] ?? '').matchAll(/`(EINV_[A-Z_]+)`/g)].map((m) => m[1]),
    );
  };
  const example = () => readFileSync('.env.example', 'utf8');
  const names = (text: string) => [...text.matchAll(/^#? ?(EINV_[A-Z_]+)=/gm)].map((m) => m[1]);

  test('.env.example has every setting of the README table, less the older labels file', () => {
    const wanted = readmeSettings().filter((name) => name !== 'EINV_LABELS_FILE');
    expect(wanted).toEqual(
      expect.arrayContaining([
        'EINV_PORTAL_MAP',
        'EINV_TEACH_TIMEOUT_MS',
        'EINV_HEADLESS',
        'EINV_HEADED',
        'EINV_DRY_RUN',
      ]),
    );
    expect([...new Set(names(example()))].sort()).toEqual([...new Set(wanted)].sort());
    expect(example()).not.toContain('EINV_LABELS_FILE');
  });

  test('each setting, uncommented as it stands, is one check accepts', async ({ runCli }, testInfo) => {
    const lines = example().split('\n');
    const commented = lines.filter((line) => /^# EINV_[A-Z_]+=/.test(line));
    expect(commented.length).toBeGreaterThan(5);
    for (const line of commented) {
      const file = testInfo.outputPath(`${names(line)[0]}.env`);
      const uncommented = lines.map((each) => (each === line ? each.slice(2) : each)).join('\n');
      writeFileSync(file, uncommented, { mode: 0o600 });
      const run = await runCli({ args: ['check', '--env-file', file], env: DEMO_ENV });
      expect(run.stderr, line).toBe('');
      expect(run.code, line).toBe(0);
    }
  });
});

test('the register command the mock prints registers its demo account', async ({ runCli }) => {
  const mock = spawn(process.execPath, ['dist/test/mock-portal/main.js', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let banner = '';
  mock.stdout.on('data', (chunk: Buffer) => {
    banner += chunk.toString();
  });
  const exited = new Promise((resolve) => mock.on('close', resolve));
  try {
    await expect.poll(() => banner).toMatch(/npx einv-gsp register .*\n/);
    const url = /listening on (\S+)/.exec(banner)?.[1] ?? '';
    const command = /^ {2}npx einv-gsp (register .*)$/m.exec(banner)?.[1] ?? '';
    expect(command).toContain(`--portal-url ${url} `);
    // The README shows the same command, for the default port.
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`npx einv-gsp ${command.replace(url, 'http://127.0.0.1:4455')}\n`);
    const password = /It asks for demo_user's password \((\S+)\)/.exec(banner)?.[1];
    expect(password).toBe(DEMO.portalPassword);

    // The captcha and the OTPs the mock's terminal would show, fixed so they can be piped.
    await fetch(`${url}/__mock/reset`, { method: 'POST', body: JSON.stringify({ fixed: ANSWERS }) });
    const run = await runCli({
      args: command.split(' '),
      env: { EINV_PORTAL_PASSWORD: password ?? '', EINV_API_PASSWORD: DEMO.apiPassword },
      stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
    });
    expect(run.code).toBe(0);
    const state = (await (await fetch(`${url}/__mock/state`)).json()) as {
      apiUsers: { gstin: string; username: string }[];
    };
    expect(state.apiUsers).toEqual([expect.objectContaining({ gstin: DEMO.gstin, username: 'API_acme01' })]);
  } finally {
    mock.kill('SIGTERM');
  }
  await exited;
});
