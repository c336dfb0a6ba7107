/**
 * The command, headless, against a rendition of the portal (test/renditions/r*), as the rendition
 * specs run it: the login and answers of that rendition, a clean environment, the run folder under
 * `out`, and what the report says. It runs in the worker's command host and its browser
 * (test/in-process.ts: the CLI's `main()` with the same arguments, environment and answers, without
 * starting Node and Chromium for each run); what the process does around `main()` is the real
 * command's specs' to check (renditions.spec.ts among them). The spec's own `test`
 * (test/fixtures.ts) then searches every file the run wrote for the answers given here
 * (`extraSecrets`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportError, RunStatus } from '../../src/report-data.js';
import type { CommandHost } from '../in-process.js';

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
  /** The time given to the portal to answer each step (`--timeout-ms`), 8 s unless said. */
  timeoutMs?: number;
  /** The worker's command host, whose browser the run makes a context of its own in. */
  host: CommandHost;
}

/** Every value of a rendition's run that must reach no file the run writes. */
export function secretsOf(login: RenditionLogin, apiPassword: string, ...more: string[]): string[] {
  return [login.password, login.captcha, login.loginOtp, login.apiOtp, apiPassword, ...more];
}

export async function runOnRendition(command: RenditionCommand): Promise<RenditionRun> {
  const { url, login, out } = command;
  mkdirSync(out, { recursive: true, mode: 0o700 });
  const args = [
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
    String(command.timeoutMs ?? 8000),
    ...(command.extra ?? []),
  ];
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    ...(process.env.EINV_BROWSER_PATH ? { EINV_BROWSER_PATH: process.env.EINV_BROWSER_PATH } : {}),
    EINV_PORTAL_USERNAME: login.username,
    EINV_PORTAL_PASSWORD: login.password,
    EINV_API_PASSWORD: command.apiPassword,
  };
  const stdin = command.answers.map((answer) => `${answer}\n`).join('');
  // No .env or portal map of the checkout may be read: an empty env file in `out` is named (the
  // portal map is looked for beside it), as the command run in a folder of its own reads none.
  const envFile = join(out, '.env');
  writeFileSync(envFile, '', { mode: 0o600 });
  const { code, stderr } = await command.host.run({
    args: [...args, '--env-file', envFile],
    env,
    stdin,
  });
  const folders = readdirSync(out).filter((name) => existsSync(join(out, name, 'report.json')));
  const folder = folders.length === 1 ? join(out, folders[0] as string) : out;
  const file = join(folder, 'report.json');
  const report = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { status?: RunStatus; error?: ReportError })
    : {};
  return { code, status: report.status, error: report.error, stderr, folder };
}

/**
 * What a failed expectation prints: how the run ended, where its folder is, and the run log from
 * the last step's start on (the bot's trail of acts there: CI keeps no run folder to look into).
 */
export function told(run: RenditionRun): string {
  const logFile = join(run.folder, 'run.log');
  const lines = existsSync(logFile) ? readFileSync(logFile, 'utf8').trimEnd().split('\n') : [];
  const lastStep = lines.findLastIndex((line) => line.includes('"msg":"step started"'));
  const trail = lines.slice(Math.max(0, lastStep)).join('\n');
  return `${run.stderr}\n${JSON.stringify(run.error)}\n${run.folder}\n${trail}`;
}
