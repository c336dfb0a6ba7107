/**
 * The command line on first contact, run as a user runs it: the bin by its path (its first
 * line picks Node), through npx, and installed on the PATH, from a folder of the user's own.
 */
import { execFile } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO, expect, findSecrets, test } from './fixtures.js';

const ROOT = resolve('.');
const BIN = join(ROOT, 'bin', 'einv-gsp.js');

/**
 * The passwords of the env files below. They are the user's own files, which the secret scan
 * of the test's folder would rightly find, so they are not the scan's; a run's own files are
 * searched for them where a run writes any.
 */
const ENV_PASSWORDS = { portal: 'Env@Portal1', api: 'Env@Api1234' };

/** A complete register configuration, as an operator's env file holds it. */
const ENV_FILE = [
  `EINV_GSTIN=${DEMO.gstin}`,
  `EINV_API_USERNAME=${DEMO.apiUsernameSuffix}`,
  `EINV_PORTAL_USERNAME=${DEMO.portalUsername}`,
  `EINV_PORTAL_PASSWORD=${ENV_PASSWORDS.portal}`,
  `EINV_API_PASSWORD=${ENV_PASSWORDS.api}`,
  '',
].join('\n');

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end with a bare environment (no EINV_ variables of the test runner's). */
function run(
  file: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = execFile(
      file,
      args,
      {
        cwd: options.cwd ?? ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          ...(process.env.EINV_BROWSER_PATH ? { EINV_BROWSER_PATH: process.env.EINV_BROWSER_PATH } : {}),
          ...options.env,
        },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        if (error && code === null && !error.killed) fail(error);
        else done({ code, stdout, stderr });
      },
    );
    child.stdin?.end();
  });
}

/** A folder of the user's own, outside the clone, holding the given files (env files owner-only). */
function userFolder(name: string, files: Record<string, string> = {}): string {
  const dir = test.info().outputPath(name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(join(dir, file), text, { mode: file.endsWith('.env') ? 0o600 : 0o644 });
  }
  return dir;
}

/** Every line of a "Cannot start:" block, and that nothing else (a stack, a bug report) was printed. */
function cannotStart(ran: Ran): string[] {
  // What the command said goes with a wrong code: a one-off failure is then read, not guessed at.
  expect(ran.code, `exit code; the command said:\n${ran.stderr}${ran.stdout}`).toBe(2);
  expect(ran.stderr).not.toMatch(/^\s+at |This is a bug/m);
  const [heading, ...rest] = ran.stderr.trimEnd().split('\n');
  expect(heading).toBe('Cannot start:');
  expect(rest.at(-1)).toBe('Fix the values above and run again.');
  return rest.slice(0, -1).map((line) => line.trim());
}

test.describe('--env-file reaches einv-gsp, never Node', () => {
  // Node (20 and later) takes `--env-file <file>` anywhere on its own command line, after the
  // script too, and stops with "node: prod.env: not found" (exit 9) before any code runs. The
  // bin's first line ends Node's options with `--`; npx, a Node program itself, needs its own.
  test('the bin run by its path, as a linked or installed command is', async () => {
    const ran = await run(BIN, ['register', '--env-file', 'prod.env', '--help']);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^einv-gsp register:/);
  });

  test('through npx, with -- before the command or after its name', async () => {
    for (const args of [
      ['--', 'einv-gsp', 'register', '--env-file', 'prod.env', '--help'],
      ['einv-gsp', '--', 'register', '--env-file', 'prod.env', '--help'],
    ]) {
      const ran = await run('npx', args, { env: { npm_config_update_notifier: 'false' } });
      expect(ran.stderr, `npx ${args.join(' ')}`).not.toMatch(/not found/);
      expect(ran.code, `npx ${args.join(' ')}`).toBe(0);
      expect(ran.stdout).toMatch(/^einv-gsp register:/);
    }
  });

  test('a real check reads the env file it names, whatever NODE_OPTIONS holds', async () => {
    const dir = userFolder('env-file', { 'prod.env': ENV_FILE });
    for (const NODE_OPTIONS of ['', '--no-warnings --max-old-space-size=256 --enable-source-maps']) {
      const ran = await run(BIN, ['check', '--env-file', 'prod.env'], { cwd: dir, env: { NODE_OPTIONS } });
      expect(ran.stderr).toBe('');
      expect(ran.code).toBe(0);
      expect(ran.stdout).toContain(`All good: ${DEMO.gstin}, API_${DEMO.apiUsernameSuffix} through`);
    }
  });

  test('node -- bin/einv-gsp.js, for whoever names node', async () => {
    const dir = userFolder('node-dash-dash', { 'prod.env': ENV_FILE });
    const ran = await run(process.execPath, ['--', BIN, 'check', '--env-file', 'prod.env'], { cwd: dir });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('All good');
  });
});

test.describe('files and folders are checked before anything starts', () => {
  const browserless = { EINV_BROWSER_PATH: '/nonexistent/chromium' };

  test('check lists a folder under a plain file, a missing env file and a bad GSTIN together', async () => {
    const dir = userFolder('check-paths', { 'a-file': 'x' });
    const ran = await run(
      BIN,
      [
        'check',
        '--gstin',
        '27AABCE1234F1Z6',
        '--api-username',
        'acme01',
        '--env-file',
        'prod.env',
        '--out',
        'a-file/runs',
        '--record',
        'a-file/recording',
      ],
      { cwd: dir },
    );
    const problems = cannotStart(ran);
    const plain = join(dir, 'a-file');
    expect(problems).toEqual(
      expect.arrayContaining([
        'env file prod.env: does not exist (ENOENT)',
        expect.stringMatching(/^GSTIN .*check character is 6 but should be 5/),
        `output folder (--out a-file/runs): ${plain} is a plain file, so no folder can be made under it (ENOTDIR)`,
        `--record a-file/recording: ${plain} is a plain file, so no folder can be made under it (ENOTDIR)`,
      ]),
    );
  });

  test('register refuses them before a browser starts, and makes no folder', async () => {
    const dir = userFolder('register-paths', { 'a-file': 'x', 'prod.env': ENV_FILE });
    const ran = await run(
      BIN,
      ['register', '--headless', '--env-file', 'prod.env', '--out', 'a-file/runs', '--record', 'rec'],
      { cwd: dir, env: { ...browserless, EINV_OUT_DIR: 'ignored' } },
    );
    expect(cannotStart(ran)).toEqual([
      `output folder (--out a-file/runs): ${join(dir, 'a-file')} is a plain file, so no folder can be made under it (ENOTDIR)`,
    ]);
    expect(readdirSync(dir).sort()).toEqual(['a-file', 'prod.env']);
  });

  test('batch lists a missing batch file, a missing env file and a bad --out together', async () => {
    const dir = userFolder('batch-paths', { 'a-file': 'x' });
    const ran = await run(
      BIN,
      ['batch', '--file', 'gstins.csv', '--env-file', 'prod.env', '--out', 'a-file/runs'],
      { cwd: dir, env: browserless },
    );
    expect(cannotStart(ran)).toEqual([
      'env file prod.env: does not exist (ENOENT)',
      'batch file gstins.csv: does not exist (ENOENT)',
      `output folder (--out a-file/runs): ${join(dir, 'a-file')} is a plain file, so no folder can be made under it (ENOTDIR)`,
    ]);
  });

  test('batch checks its own folder under --out, a plain file in the way included', async () => {
    const dir = userFolder('batch-folder', {
      'gstins.csv': `gstin,portal_username,api_username\n${DEMO.gstin},${DEMO.portalUsername},acme01\n`,
      'prod.env': ENV_FILE,
    });
    mkdirSync(join(dir, 'runs'));
    writeFileSync(join(dir, 'runs', 'batch-gstins'), 'not a folder');
    const ran = await run(BIN, ['check', '--file', 'gstins.csv', '--env-file', 'prod.env', '--out', 'runs'], {
      cwd: dir,
    });
    expect(ran.code).toBe(0);
    const batch = await run(
      BIN,
      ['batch', '--file', 'gstins.csv', '--env-file', 'prod.env', '--out', 'runs'],
      {
        cwd: dir,
        env: browserless,
      },
    );
    expect(cannotStart(batch)).toEqual([
      `output folder (--out runs): ${join(dir, 'runs', 'batch-gstins')} is a plain file, not a folder (ENOTDIR)`,
    ]);
  });

  test('a read-only folder (EROFS), even for root', async () => {
    const dir = userFolder('read-only', { 'prod.env': ENV_FILE });
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    // A read-only bind mount in a private mount namespace: root ignores mode bits, not this.
    const script = `mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"`;
    const ran = await run(
      'unshare',
      [
        '-rm',
        'sh',
        '-c',
        script,
        'sh',
        locked,
        BIN,
        'check',
        '--env-file',
        'prod.env',
        '--out',
        'locked/runs',
      ],
      { cwd: dir },
    );
    test.skip(
      /unshare|mount/.test(ran.stderr) && ran.code !== 2,
      `no private mount namespace here: ${ran.stderr}`,
    );
    expect(cannotStart(ran)).toEqual([
      `output folder (--out locked/runs): cannot write in ${locked}: read-only file system (EROFS)`,
    ]);
  });

  test('a folder the user may not write in (EACCES)', async () => {
    const dir = userFolder('not-yours');
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o755 });
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) chmodSync(locked, 0o555);
    // As root, run as nobody: root may write where the mode bits say no.
    const [file, args] = asRoot
      ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '--', BIN]]
      : [BIN, []];
    const ran = await run(
      file,
      [...args, 'check', '--gstin', DEMO.gstin, '--api-username', 'acme01', '--out', 'locked/runs'],
      {
        cwd: dir,
        env: {
          EINV_PORTAL_USERNAME: DEMO.portalUsername,
          EINV_PORTAL_PASSWORD: DEMO.portalPassword,
          EINV_API_PASSWORD: DEMO.apiPassword,
        },
      },
    );
    expect(cannotStart(ran)).toEqual([
      `output folder (--out locked/runs): cannot write in ${locked}: permission denied (EACCES)`,
    ]);
  });
});

test('on a terminal, a bad --out is refused before any question is asked', async () => {
  const dir = userFolder('terminal', { 'a-file': 'x' });
  // On a terminal, missing passwords are asked for: none may be asked for a run that cannot start.
  const command = [
    BIN,
    'register',
    '--gstin',
    DEMO.gstin,
    '--api-username',
    'acme01',
    '--out',
    'a-file/runs',
  ];
  const ran = await run('script', ['-qec', command.join(' '), '/dev/null'], {
    cwd: dir,
    env: { TERM: 'dumb' },
  });
  expect(ran.code).toBe(2);
  expect(ran.stdout).toContain('Cannot start:');
  expect(ran.stdout).toContain('is a plain file, so no folder can be made under it (ENOTDIR)');
  expect(ran.stdout).not.toMatch(/password|username for/i);
});

test.describe('check refuses what register refuses', () => {
  test('a broken labels file: the same line from both, and no browser', async () => {
    const dir = userFolder('labels', {
      'prod.env': ENV_FILE,
      'labels.json': '{"menuUserCredentials": ',
    });
    const args = ['--env-file', 'prod.env', '--labels', 'labels.json', '--headless'];
    const env = { EINV_BROWSER_PATH: '/nonexistent/chromium' };
    const checked = await run(BIN, ['check', ...args], { cwd: dir, env });
    const registered = await run(BIN, ['register', ...args], { cwd: dir, env });
    const problems = cannotStart(checked);
    expect(problems).toEqual([expect.stringContaining('labels.json')]);
    expect(cannotStart(registered)).toEqual(problems);
    expect(existsSync(join(dir, 'runs'))).toBe(false);
  });
});

test.describe('a portal-map file', () => {
  test('with misspelt names: every problem listed with the valid names, from check and register alike', async () => {
    const dir = userFolder('portal-map', {
      'prod.env': ENV_FILE,
      'portal.json': JSON.stringify({
        registraton: { throughGsp: 'Through GSP partner' },
        registration: { throughGSP: { texts: ['Through GSP partner'] }, submit: { text: 'Save' } },
        dashboard: { userCredentials: ['API User Credentials'] },
      }),
    });
    const args = ['--env-file', 'prod.env', '--portal-map', 'portal.json', '--headless'];
    const env = { EINV_BROWSER_PATH: '/nonexistent/chromium' };
    const checked = await run(BIN, ['check', ...args], { cwd: dir, env });
    expect(checked.code).toBe(2);
    const problems = cannotStart(checked);
    expect(problems).toEqual([
      expect.stringMatching(
        /portal map file portal.json: registraton is not a screen of the portal map; valid: home, login, loginOtp, dashboard, popups, apiOtp, registration, result/,
      ),
      expect.stringMatching(
        /registration.throughGSP is not an element of registration; valid: throughGsp, gspSelect,/,
      ),
      expect.stringMatching(/registration.submit.text is not a field; valid: texts, ids, names/),
    ]);
    const registered = await run(BIN, ['register', ...args], { cwd: dir, env });
    expect(cannotStart(registered)).toEqual(problems);
    expect(existsSync(join(dir, 'runs'))).toBe(false);
  });

  test('a labels file that is missing: one line naming it (a portal-map file may not exist yet: taught entries go there)', async () => {
    const dir = userFolder('labels-missing', { 'prod.env': ENV_FILE });
    const ran = await run(BIN, ['check', '--env-file', 'prod.env', '--labels', 'nowhere.json'], { cwd: dir });
    expect(cannotStart(ran)).toEqual([expect.stringMatching(/nowhere.json: no such file/)]);
  });
});

test.describe('first contact', () => {
  test('an unknown command gets a guess, and the usage lists every command, drift included', async () => {
    const ran = await run(BIN, ['regster', '--gstin', DEMO.gstin]);
    expect(cannotStart(ran)).toEqual([
      `unknown command "regster": did you mean "register"? (see einv-gsp --help)`,
    ]);
    const help = await run(BIN, ['--help']);
    expect(help.code).toBe(0);
    const commands = /Commands:\n((?: {2}\S.*\n?)+)/.exec(help.stdout)?.[1] ?? '';
    const named = [...commands.matchAll(/^ {2}(\S+)/gm)].map((match) => match[1]);
    expect(named).toEqual(['register', 'batch', 'check', 'drift']);
    for (const command of named) expect(help.stdout).toMatch(new RegExp(`^ {2}einv-gsp ${command} `, 'm'));
  });

  test('an unknown option gets a guess, a password flag the reason there is none', async () => {
    expect(cannotStart(await run(BIN, ['register', '--api-usrname', 'acme01']))).toEqual([
      'unknown option --api-usrname: did you mean --api-username? (see einv-gsp register --help)',
    ]);
    expect(cannotStart(await run(BIN, ['check', '--api-password', 'Api@Pass123']))[0]).toMatch(
      /^--api-password: passwords are never taken as flags/,
    );
  });

  test('check --help lists only the options check takes', async () => {
    const ran = await run(BIN, ['check', '--help']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).not.toMatch(/^ {2}--headless/m);
    expect(ran.stdout).toMatch(/^ {2}--file <csv>/m);
    expect(ran.stdout).toMatch(
      /--headless(?: and --[a-z-]+)* only changes? how a run goes: check accepts and ignores/,
    );
    expect((await run(BIN, ['check', '--headless', '--env-file', 'x.env'])).stderr).not.toMatch(/headless/);
  });

  test('an env file with passwords that others can read gets a warning naming chmod 600', async () => {
    const dir = userFolder('open-env', { '.env': ENV_FILE });
    chmodSync(join(dir, '.env'), 0o644);
    const open = await run(BIN, ['check'], { cwd: dir });
    expect(open.code).toBe(0);
    expect(open.stderr).toBe(
      'Warning: .env holds passwords and other users can read it. Make it yours only: chmod 600 .env\n',
    );
    chmodSync(join(dir, '.env'), 0o600);
    const closed = await run(BIN, ['check'], { cwd: dir });
    expect(closed.stderr).toBe('');
    writeFileSync(join(dir, 'other.env'), `EINV_GSTIN=${DEMO.gstin}\n`, { mode: 0o644 });
    const noPasswords = await run(BIN, ['check', '--env-file', 'other.env', '--api-username', 'acme01'], {
      cwd: dir,
      env: { EINV_PORTAL_USERNAME: 'u', EINV_PORTAL_PASSWORD: 'x', EINV_API_PASSWORD: DEMO.apiPassword },
    });
    expect(noPasswords.code).toBe(0);
    expect(noPasswords.stderr).toBe('');
  });

  test('the run folder and the report say the local time, with its offset', async () => {
    const dir = userFolder('local-time', { '.env': ENV_FILE });
    // Port 9 refuses at once: the run fails at its first step, after making its folder.
    const ran = await run(
      BIN,
      ['register', '--headless', '--portal-url', 'http://127.0.0.1:9', '--timeout-ms', '5000'],
      { cwd: dir, env: { TZ: 'Asia/Kolkata' } },
    );
    expect(ran.stderr).not.toMatch(/This is a bug/);
    const [folder] = readdirSync(join(dir, 'runs'));
    expect(folder).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d\\+0530_${DEMO.gstin}$`));
    const html = readFileSync(join(dir, 'runs', folder as string, 'report.html'), 'utf8');
    const [, day, hour, minute, second] =
      /^(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)/.exec(folder as string) ?? [];
    expect(html).toContain(`<dt>Started</dt><dd>${day} ${hour}:${minute}:${second} +05:30</dd>`);
    expect(findSecrets(join(dir, 'runs'), Object.values(ENV_PASSWORDS))).toEqual([]);
  });
});

test.describe('the installed command', () => {
  test('works from any folder, reading .env and relative paths there', async () => {
    // Outside the test's folder: the link back to the clone would lead its secret scan in circles.
    const prefix = mkdtempSync(join(tmpdir(), 'einv-global-'));
    // What `npm link` and `npm install -g .` do (a link to the clone); no build, as npm ci did it.
    const install = await run(
      'npm',
      [
        'install',
        '--global',
        '--prefix',
        prefix,
        '--offline',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        ROOT,
      ],
      { env: { npm_config_update_notifier: 'false' } },
    );
    expect(install.code, install.stderr).toBe(0);
    const dir = userFolder('elsewhere', {
      '.env': ENV_FILE.replace(/^EINV_(GSTIN|API_USERNAME)=.*\n/gm, ''),
      'gstins.csv': `gstin;portal_username;api_username\n${DEMO.gstin};${DEMO.portalUsername};acme01\n`,
      'labels.json': '{"menuUserCredentials": "Client Credentials"}',
    });
    const env = { PATH: `${join(prefix, 'bin')}:${process.env.PATH ?? ''}` };
    const version = await run('einv-gsp', ['--version'], { cwd: dir, env });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const ran = await run(
      'einv-gsp',
      ['check', '--file', 'gstins.csv', '--labels', 'labels.json', '--out', 'out'],
      {
        cwd: dir,
        env,
      },
    );
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(`gstins.csv: 1 GSTIN, all good.`);
    // .env was read from here: the passwords came from it, so none is "asked at the start".
    expect(ran.stdout).not.toContain('asked at the start');
    rmSync(prefix, { recursive: true, force: true });
  });
});
