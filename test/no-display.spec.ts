/**
 * The machine an operator really has: often a server reached over SSH, with no display. The real
 * command, run as a child process without DISPLAY (the CLI runs of the fixtures pass only PATH,
 * HOME and what a test gives), against the mock portal.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ANSWERS,
  type CliRun,
  DEMO,
  DEMO_ENV,
  DEMO_TARGET,
  expect,
  HAPPY_ANSWERS,
  onlyRunDir,
  processesLeftBy,
  readReport,
  test,
} from './fixtures.js';

const ESC = '\x1b';

function expectStoppedBeforeAnyBrowser(run: CliRun): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(existsSync(run.outDir)).toBe(false);
  expect(processesLeftBy(run)).toEqual([]);
  expect(run.stderr).not.toContain(ESC);
  expect(run.stderr).not.toMatch(/XServer|This is a bug/);
}

test('without a display, register runs without a window, says so in one line, and registers', async ({
  mock,
  runCli,
}) => {
  const run = await runCli({
    args: ['register', '--portal-url', mock.url, ...DEMO_TARGET],
    env: DEMO_ENV,
    stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
  });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout.split('\n')[0]).toBe(
    'No display here (DISPLAY and WAYLAND_DISPLAY are unset): the browser runs without a window, as with --headless.',
  );
  expect(run.stdout).toMatch(/Registered: API user API_acme01/);
  expect(run.stdout).not.toContain(ESC);
  expect(readReport(onlyRunDir(run.outDir)).status).toBe('registered');
});

test('--headed without a display stops before any browser, with the remedy, exit 2', async ({
  mock,
  runCli,
}) => {
  const register = await runCli({
    args: ['register', '--headed', '--portal-url', mock.url, ...DEMO_TARGET],
    env: DEMO_ENV,
  });
  expectStoppedBeforeAnyBrowser(register);
  expect(register.stderr).toMatch(/^Cannot start:/);
  expect(register.stderr).toMatch(/there is no display here/);
  expect(register.stderr).toMatch(/run with --headless/);
  expect(register.stderr).toContain('xvfb-run -a einv-gsp register …');

  // The same from the environment, and for a batch.
  const batch = await runCli({
    args: ['batch', '--file', batchFile(), '--portal-url', mock.url],
    env: { ...DEMO_ENV, EINV_HEADED: '1' },
  });
  expectStoppedBeforeAnyBrowser(batch);
  expect(batch.stderr).toContain('xvfb-run -a einv-gsp batch …');
  expect(mock.state().captchaImages).toBe(0);
});

test('--headed with --headless is a configuration error, exit 2', async ({ runCli }) => {
  const run = await runCli({ args: ['register', '--headed', '--headless', ...DEMO_TARGET], env: DEMO_ENV });
  expectStoppedBeforeAnyBrowser(run);
  expect(run.stderr).toContain('--headed (EINV_HEADED): asks for a browser window and --headless');
});

const hasScript = spawnSync('script', ['--version']).status === 0;

test('on a terminal without a display, the captcha is drawn in the terminal itself', async ({
  mock,
}, testInfo) => {
  test.skip(!hasScript, 'needs util-linux script(1) for a pseudo-terminal');
  // The answers are secrets: kept outside the test's folder (which is searched for them), and removed.
  const answersDir = mkdtempSync(join(tmpdir(), 'einv-answers-'));
  const answers = join(answersDir, 'answers.txt');
  writeFileSync(answers, `${HAPPY_ANSWERS.join('\n')}\n`, { mode: 0o600 });
  const out = testInfo.outputPath('runs');
  // Standard output is a terminal (script's), standard input the answers: an operator over SSH
  // whose answers a test types.
  const command = [
    'node',
    '--',
    'bin/einv-gsp.js',
    'register',
    '--dry-run',
    '--portal-url',
    mock.url,
    ...DEMO_TARGET,
    '--out',
    out,
  ]
    .map(quote)
    .join(' ');
  const output = await new Promise<{ code: number | null; text: string }>((resolve, reject) => {
    const child = spawn('script', ['-qec', `${command} < ${quote(answers)}`, '/dev/null'], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        TERM: 'xterm-256color',
        ...(process.env.EINV_BROWSER_PATH ? { EINV_BROWSER_PATH: process.env.EINV_BROWSER_PATH } : {}),
        ...DEMO_ENV,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, text }));
  }).finally(() => rmSync(answersDir, { recursive: true, force: true }));
  expect(output.code, output.text).toBe(0);
  const afterCaption = output.text.split(/Captcha image: \S+captcha\.png\r?\n/)[1] ?? '';
  // The picture comes right under its caption: rows of half-blocks in 24-bit colour.
  const rows = afterCaption.split(/\r?\n/).filter((row) => row.includes('▀'));
  expect(rows.length).toBeGreaterThanOrEqual(5);
  expect(afterCaption.startsWith(`${ESC}[38;2;`)).toBe(true);
  expect(readReport(onlyRunDir(out)).status).toBe('dry-run');
  // Shown, never kept: the captcha's picture is gone from the run folder once signed in.
  expect(existsSync(`${onlyRunDir(out)}/captcha.png`)).toBe(false);
  expect(output.text).not.toContain(ANSWERS.captcha);
});

function quote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

function batchFile(): string {
  const path = test.info().outputPath('gstins.csv');
  writeFileSync(path, `gstin,portal_username,api_username\n${DEMO.gstin},${DEMO.portalUsername},acme01\n`);
  return path;
}
