/**
 * Issue 18: the real command, headless, against one more rendition of the portal written from the
 * public facts only (test/renditions/r4-kendo: an ASP.NET MVC site drawn with jQuery UI and Kendo
 * UI widgets): a dry run (nothing submitted) and a registration with one wrong API OTP first.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startR4KendoRendition } from './renditions/r4-kendo/server.js';

const API_PASSWORD = 'Rend@Pass34';
const WRONG_API_OTP = '999999';
const ROOT = join(import.meta.dirname ?? __dirname, '..');

/** What a test needs of a rendition: its address, who logs in, and what it recorded. */
interface Started {
  url: string;
  close(): Promise<void>;
  login: { username: string; password: string };
  state: {
    gstin: string;
    captcha: string;
    loginOtp: string;
    apiOtp: string;
    users: { gstin: string; gsp: string; username: string; password: string }[];
    refusals: string[];
  };
}

interface Run {
  code: number | null;
  status?: string;
  error?: unknown;
  stderr: string;
  folder: string;
}

function runCommand(portal: Started, out: string, extra: string[], answers: string[]): Promise<Run> {
  mkdirSync(out, { recursive: true, mode: 0o700 });
  const args = [
    join(ROOT, 'bin', 'einv-gsp.js'),
    'register',
    '--headless',
    '--portal-url',
    portal.url,
    '--gstin',
    portal.state.gstin,
    '--api-username',
    'kendo4',
    '--out',
    out,
    '--timeout-ms',
    '8000',
    ...extra,
  ];
  return new Promise<Run>((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: out,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        EINV_PORTAL_USERNAME: portal.login.username,
        EINV_PORTAL_PASSWORD: portal.login.password,
        EINV_API_PASSWORD: API_PASSWORD,
      },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const folders = readdirSync(out).filter((name) => existsSync(join(out, name, 'report.json')));
      const folder = folders.length === 1 ? join(out, folders[0] as string) : out;
      const file = join(folder, 'report.json');
      const report = existsSync(file)
        ? (JSON.parse(readFileSync(file, 'utf8')) as { status?: string; error?: unknown })
        : {};
      done({ code, status: report.status, error: report.error, stderr, folder });
    });
    child.stdin.end(answers.map((answer) => `${answer}\n`).join(''));
  });
}

const LOGIN = { username: 'kendouser1', password: 'Ken@Pass12' };

/** A fresh rendition for each run: one run's session and state stay out of the next's. */
async function start(options: Parameters<typeof startR4KendoRendition>[0] = {}): Promise<Started> {
  return { ...(await startR4KendoRendition(options)), login: LOGIN };
}

const told = (run: Run) => `${run.stderr}\n${JSON.stringify(run.error)}\n${run.folder}`;

test('r4-kendo: a dry run submits nothing, a registration after one wrong API OTP creates the user', async () => {
  const info = test.info();
  test.setTimeout(120_000);
  const first = await start();
  try {
    const { state } = first;
    const dry = await runCommand(
      first,
      info.outputPath('dry-run'),
      ['--dry-run'],
      [state.captcha, state.loginOtp, state.apiOtp],
    );
    expect(dry.status, told(dry)).toBe('dry-run');
    expect(dry.code).toBe(0);
    expect(state.users).toEqual([]);
  } finally {
    await first.close();
  }
  const portal = await start();
  try {
    const { state } = portal;
    const run = await runCommand(
      portal,
      info.outputPath('register'),
      [],
      [state.captcha, state.loginOtp, WRONG_API_OTP, state.apiOtp],
    );
    expect(run.code, told(run)).toBe(0);
    expect(run.status).toBe('registered');
    expect(state.refusals).toEqual(['api-otp']);
    expect(
      state.users.map(({ gstin, gsp, username, password }) => ({ gstin, gsp, username, password })),
    ).toEqual([
      {
        gstin: state.gstin,
        gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED',
        username: 'API_kendo4',
        password: API_PASSWORD,
      },
    ]);
  } finally {
    await portal.close();
  }
});

test('r4-kendo: the notice drawn at once with only its title-bar close is closed, and the menu walked past its overlay', async () => {
  test.setTimeout(60_000);
  // jQuery UI without a `buttons` option: "Close" only in the title and a text pushed off screen.
  const portal = await start({ noticeDelayMs: 0, noticeExit: false });
  try {
    const { state } = portal;
    const dry = await runCommand(
      portal,
      test.info().outputPath('dry-run'),
      ['--dry-run'],
      [state.captcha, state.loginOtp, state.apiOtp],
    );
    expect(dry.status, told(dry)).toBe('dry-run');
    expect(readFileSync(join(dry.folder, 'run.log'), 'utf8')).toContain('Contacts of Technical Person');
  } finally {
    await portal.close();
  }
});

test('r4-kendo: a session that times out as the API OTP is posted ends exit 3 naming the session; nothing submitted', async () => {
  test.setTimeout(60_000);
  const portal = await start({ expireOn: 'api-otp' });
  try {
    const { state } = portal;
    const run = await runCommand(
      portal,
      test.info().outputPath('register'),
      [],
      [state.captcha, state.loginOtp, state.apiOtp],
    );
    expect(run.code, told(run)).toBe(3);
    expect(run.stderr).toMatch(/session expired during "API registration OTP"/);
    expect(state.users).toEqual([]);
  } finally {
    await portal.close();
  }
});
