/**
 * The real command, spawned headless against a rendition of the portal (test/renditions/r*), as
 * the rendition specs run it: the login and answers of that rendition, a clean environment, the
 * run folder under `out`, and what the report says. The spec's own `test` (test/fixtures.ts)
 * then searches every file the run wrote for the answers given here (`extraSecrets`).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportError, RunStatus } from '../../src/report-data.js';

const ROOT = join(import.meta.dirname ?? __dirname, '..', '..');

/** Who logs in to a rendition, and the answers it expects. */
export interface RenditionLogin {
  gstin: string;
  username: string;
  password: string;
  captcha: string;
  loginOtp: string;
  apiOtp: string;
}

export interface RenditionRun {
  code: number | null;
  status?: RunStatus;
  error?: ReportError;
  stderr: string;
  /** The run folder, or `out` when the run left none (or several). */
  folder: string;
}

export interface RenditionCommand {
  url: string;
  login: RenditionLogin;
  apiUsername: string;
  apiPassword: string;
  /** The folder the run folder goes under (a test's output path). */
  out: string;
  /** The answers piped, one a line, in the order asked. */
  answers: string[];
  extra?: string[];
}

/** Every value of a rendition's run that must reach no file the run writes. */
export function secretsOf(login: RenditionLogin, apiPassword: string, ...more: string[]): string[] {
  return [login.password, login.captcha, login.loginOtp, login.apiOtp, apiPassword, ...more];
}

export function runOnRendition(command: RenditionCommand): Promise<RenditionRun> {
  const { url, login, out } = command;
  mkdirSync(out, { recursive: true, mode: 0o700 });
  const args = [
    join(ROOT, 'bin', 'einv-gsp.js'),
    'register',
    '--headless',
    '--portal-url',
    url,
    '--gstin',
    login.gstin,
    '--api-username',
    command.apiUsername,
    '--out',
    out,
    '--timeout-ms',
    '8000',
    ...(command.extra ?? []),
  ];
  return new Promise<RenditionRun>((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: out,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        ...(process.env.EINV_BROWSER_PATH ? { EINV_BROWSER_PATH: process.env.EINV_BROWSER_PATH } : {}),
        EINV_PORTAL_USERNAME: login.username,
        EINV_PORTAL_PASSWORD: login.password,
        EINV_API_PASSWORD: command.apiPassword,
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
        ? (JSON.parse(readFileSync(file, 'utf8')) as { status?: RunStatus; error?: ReportError })
        : {};
      done({ code, status: report.status, error: report.error, stderr, folder });
    });
    child.stdin.end(command.answers.map((answer) => `${answer}\n`).join(''));
  });
}

/** What a failed expectation prints: how the run ended, and where its folder is. */
export function told(run: RenditionRun): string {
  return `${run.stderr}\n${JSON.stringify(run.error)}\n${run.folder}`;
}
