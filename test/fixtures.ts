/**
 * Test fixtures: a private mock portal per test (so faults and recorded state never leak
 * between tests), and helpers that run the real flow or the real CLI against it.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test as base, expect } from '@playwright/test';
import type { Browser } from 'playwright';
import { type ReadyConfig, type RunResult, registerWith } from '../flows/register-gstin.js';
import { launchBrowser } from '../src/browser.js';
import type { RunSettings, Target } from '../src/config.js';
import { DEFAULT_GSP } from '../src/config.js';
import { LineHuman } from '../src/human.js';
import { DEFAULT_PASSWORD_RULE } from '../src/password.js';
import type { Report } from '../src/report-data.js';
import { SecretValues } from '../src/secret-values.js';
import { LineTerminal } from '../src/terminal.js';
import { CommandHost, type InProcessRun } from './in-process.js';
import { type MockPortal, startMockPortal } from './mock-portal/server.js';
import type { MockConfig } from './mock-portal/types.js';

/** The mock's fixed answers: what a person would read off the captcha and the phone. */
export const ANSWERS = { captcha: 'K7PQ2', loginOtp: '482913', apiOtp: '615204' } as const;

export const DEMO = {
  gstin: '27AABCE1234F1Z5',
  portalUsername: 'demo_user',
  portalPassword: 'Demo@Pass1',
  apiUsernameSuffix: 'acme01',
  apiPassword: 'Api@Pass123',
} as const;

/** The demo account's login and the API password, as the environment gives them to the command. */
export const DEMO_ENV = {
  EINV_PORTAL_USERNAME: DEMO.portalUsername,
  EINV_PORTAL_PASSWORD: DEMO.portalPassword,
  EINV_API_PASSWORD: DEMO.apiPassword,
};

/** The demo GSTIN and API username, as the command's arguments. */
export const DEMO_TARGET = ['--gstin', DEMO.gstin, '--api-username', DEMO.apiUsernameSuffix];

/** Every secret a test run handles: none may appear in any file a run writes. */
export const SECRETS = [
  DEMO.portalPassword,
  DEMO.apiPassword,
  ANSWERS.captcha,
  ANSWERS.loginOtp,
  ANSWERS.apiOtp,
] as const;

export const HAPPY_ANSWERS = [ANSWERS.captcha, ANSWERS.loginOtp, ANSWERS.apiOtp];

/** A wrong API OTP, typed once before the right one by the generator's end-to-end cases. */
export const WRONG_API_OTP = '111111';

/** A registration's answers, piped, with one wrong API OTP first. */
export const ONE_WRONG_API_OTP = [ANSWERS.captcha, ANSWERS.loginOtp, WRONG_API_OTP, ANSWERS.apiOtp]
  .map((answer) => `${answer}\n`)
  .join('');

export interface FlowRun {
  result: RunResult;
  lines: string[];
  questions: string[];
  outDir: string;
}

export interface FlowOptions {
  answers: string[];
  /** Play a person at a terminal (offers such as "log in again?" are made). */
  interactive?: boolean;
  settings?: Partial<RunSettings>;
  target?: Partial<Target>;
  portalPassword?: string;
  apiPassword?: string;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outDir: string;
  /** The value of MARK_VARIABLE in this run's environment, which the browser it starts inherits. */
  mark: string;
}

export interface CliOptions {
  args: string[];
  env?: Record<string, string>;
  stdin?: string;
  /** Leave standard input open after `stdin` (a person who has not answered yet). */
  keepStdinOpen?: boolean;
  /** Send SIGINT (Ctrl-C) once the output matches. */
  interruptWhen?: RegExp;
}

/** A run of the command in the test's process (test/in-process.ts), its run folders under `outDir`. */
export interface InProcessCliRun extends InProcessRun {
  outDir: string;
}

export type InProcessCliOptions = Pick<CliOptions, 'args' | 'env' | 'stdin'>;

/**
 * `runCli` or `runInProcess`, for a spec whose cases run the command either way (the same
 * arguments, environment and answers; the exit code, output and run folders to check).
 */
export type CommandRun = (
  options: InProcessCliOptions,
) => Promise<Pick<CliRun, 'code' | 'stdout' | 'stderr' | 'outDir'>>;

interface WorkerFixtures {
  /**
   * The worker's one browser for the command run in process, launched as the command launches
   * its own (src/browser.ts), on first use, and closed when the worker ends.
   */
  cliBrowser: () => Promise<Browser>;
  /**
   * The worker's command host (test/command-host.ts): the command run in process, in a Node
   * process of the worker's own and its one browser, started on first use, ended with the worker.
   */
  commandHost: CommandHost;
}

interface Fixtures {
  /** Extra secret values a test used, added to SECRETS for the scan after the test. */
  extraSecrets: string[];
  secretScan: undefined;
  mockConfig: MockConfig;
  mock: MockPortal;
  runFlow: (options: FlowOptions) => Promise<FlowRun>;
  runCli: (options: CliOptions) => Promise<CliRun>;
  /**
   * `runCli` in process, in the worker's command host and its browser: the same arguments,
   * environment and answers, the same exit code, output and run folders (under the same
   * `cli-runs`), for a spec that checks outcome, report and portal state (test/in-process.ts).
   */
  runInProcess: (options: InProcessCliOptions) => Promise<InProcessCliRun>;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  cliBrowser: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their first argument
    async ({}, use) => {
      let launched: Promise<Browser> | undefined;
      await use(() => {
        launched ??= launchBrowser({
          explicitPath: process.env.EINV_BROWSER_PATH || undefined,
          headless: true,
        });
        return launched;
      });
      await launched?.then((browser) => browser.close()).catch(() => undefined);
    },
    { scope: 'worker' },
  ],
  commandHost: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their first argument
    async ({}, use) => {
      const host = new CommandHost();
      await use(host);
      host.close();
    },
    { scope: 'worker' },
  ],
  extraSecrets: [[], { option: true }],
  /**
   * After every test, every file its runs wrote is searched byte for byte for every secret
   * the test used: a leak fails the test that caused it, whatever it was testing.
   */
  secretScan: [
    async ({ extraSecrets }, use, testInfo) => {
      await use(undefined);
      const leaks = findSecrets(testInfo.outputDir, [...SECRETS, ...extraSecrets]);
      expect(leaks, 'secret values found in files the run wrote').toEqual([]);
    },
    { auto: true },
  ],
  mockConfig: [{}, { option: true }],
  mock: async ({ mockConfig }, use) => {
    const mock = await startMockPortal({
      quiet: true,
      ...mockConfig,
      fixed: {
        captcha: ANSWERS.captcha,
        loginOtp: ANSWERS.loginOtp,
        apiOtp: ANSWERS.apiOtp,
        ...mockConfig.fixed,
      },
    });
    await use(mock);
    await mock.close();
  },
  runFlow: async ({ browser, mock }, use, testInfo) => {
    await use(async (options) => {
      const outDir = testInfo.outputPath('runs');
      const lines: string[] = [];
      const questions: string[] = [];
      const print = (line: string) => {
        lines.push(line);
        if (line.startsWith('? ')) questions.push(line.slice(2));
      };
      const settings: RunSettings = {
        portalUrl: mock.url,
        dryRun: false,
        headless: true,
        outDir,
        timeoutMs: 10_000,
        captchaAttempts: 3,
        otpAttempts: 3,
        passwordRule: DEFAULT_PASSWORD_RULE,
        ...options.settings,
      };
      const config: ReadyConfig = {
        settings,
        target: {
          gstin: DEMO.gstin,
          gsp: DEFAULT_GSP,
          apiUsernameSuffix: DEMO.apiUsernameSuffix,
          portalUsername: DEMO.portalUsername,
          ...options.target,
        } as ReadyConfig['target'],
        secrets: {
          portalPassword: options.portalPassword ?? DEMO.portalPassword,
          apiPassword: options.apiPassword ?? DEMO.apiPassword,
        },
      };
      const secrets = new SecretValues();
      const human = new LineHuman(
        Readable.from([options.answers.map((a) => `${a}\n`).join('')]),
        print,
        undefined,
        options.interactive ?? false,
      );
      const result = await registerWith(browser, config, {
        human,
        terminal: new LineTerminal(print, (text) => secrets.scrub(text)),
        secrets,
        version: 'test',
      });
      human.close();
      return { result, lines, questions, outDir };
    });
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their first argument
  runCli: async ({}, use, testInfo) => {
    await use(
      (options) =>
        new Promise<CliRun>((resolve, reject) => {
          const outDir = testInfo.outputPath('cli-runs');
          const mark = randomUUID();
          // `--` before the script, as the bin's first line has it: Node takes an --env-file
          // anywhere on its command line for its own unless a `--` ends its options first.
          const child = spawn(process.execPath, ['--', 'bin/einv-gsp.js', ...options.args, '--out', outDir], {
            env: {
              PATH: process.env.PATH ?? '',
              HOME: process.env.HOME ?? '',
              ...browserEnv(),
              ...options.env,
              [MARK_VARIABLE]: mark,
            },
            stdio: ['pipe', 'pipe', 'pipe'],
          });
          let stdout = '';
          let stderr = '';
          let interrupted = false;
          child.stdout.on('data', (chunk: Buffer) => {
            stdout += chunk.toString();
            if (options.interruptWhen && !interrupted && options.interruptWhen.test(stdout)) {
              interrupted = true;
              child.kill('SIGINT');
            }
          });
          child.stderr.on('data', (chunk: Buffer) => {
            stderr += chunk.toString();
          });
          child.on('error', reject);
          child.on('close', (code) => {
            child.stdin.destroy();
            resolve({ code, stdout, stderr, outDir, mark });
          });
          if (options.keepStdinOpen) child.stdin.write(options.stdin ?? '');
          else child.stdin.end(options.stdin ?? '');
        }),
    );
  },
  runInProcess: async ({ commandHost }, use, testInfo) => {
    await use(async (options) => {
      const outDir = testInfo.outputPath('cli-runs');
      const env = {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        ...browserEnv(),
        ...options.env,
      };
      const run = await commandHost.run({
        ...options,
        args: [...options.args, '--out', outDir],
        env,
      });
      // The next run shares the browser: every context this one made (a batch's, one a row) is closed.
      expect(
        (await commandHost.inspect()).contexts,
        'contexts the command left open in the shared browser',
      ).toBe(0);
      return { ...run, outDir };
    });
  },
});

/**
 * Files under `dir` that contain any of `secrets`, as `file: n-character secret`. Pictures
 * embedded in a page as base64 are searched as the bytes they decode to, like the PNG files
 * themselves: base64 text is random enough to spell a short secret by chance.
 */
export function findSecrets(dir: string, secrets: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  const leaks: string[] = [];
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = join(dir, name);
    if (!statSync(file).isFile()) continue;
    const parts = searchableParts(readFileSync(file));
    for (const secret of secrets) {
      if (parts.some((part) => holds(part, secret))) leaks.push(`${file}: ${secret.length}-character secret`);
    }
  }
  return leaks;
}

const DIGIT = /^\d+$/;

/**
 * Whether `part` holds `secret`. An OTP's digits inside a longer run of digits (a timestamp, a
 * duration) are no OTP: the log's numbers would otherwise spell one now and then by chance.
 */
function holds(part: Buffer, secret: string): boolean {
  const needle = Buffer.from(secret, 'utf8');
  if (!DIGIT.test(secret)) return part.includes(needle);
  const isDigit = (at: number) =>
    at >= 0 && at < part.length && (part[at] ?? 0) >= 0x30 && (part[at] ?? 0) <= 0x39;
  for (let at = part.indexOf(needle); at !== -1; at = part.indexOf(needle, at + 1)) {
    if (!isDigit(at - 1) && !isDigit(at + needle.length)) return true;
  }
  return false;
}

const DATA_URI = /data:[\w/+.-]+;base64,([A-Za-z0-9+/=]+)/g;

function searchableParts(bytes: Buffer): Buffer[] {
  const text = bytes.toString('utf8');
  if (!text.includes(';base64,')) return [bytes];
  const decoded = [...text.matchAll(DATA_URI)].map((match) => Buffer.from(match[1] ?? '', 'base64'));
  return [Buffer.from(text.replace(DATA_URI, 'data:')), ...decoded];
}

function browserEnv(): Record<string, string> {
  return process.env.EINV_BROWSER_PATH ? { EINV_BROWSER_PATH: process.env.EINV_BROWSER_PATH } : {};
}

export function readReport(runDir: string): Report {
  return JSON.parse(readFileSync(join(runDir, 'report.json'), 'utf8')) as Report;
}

/** The single run folder a CLI run wrote under its --out. */
export function onlyRunDir(outDir: string): string {
  const dirs = readdirSync(outDir);
  expect(dirs).toHaveLength(1);
  return join(outDir, dirs[0] as string);
}

export function pngsIn(runDir: string): string[] {
  return readdirSync(runDir)
    .filter((file) => file.endsWith('.png'))
    .sort();
}

/** Set in each CLI run's environment to a value of its own; the browser it starts inherits it. */
export const MARK_VARIABLE = 'EINV_TEST_RUN_MARK';

/**
 * The processes still alive that a CLI run started: the browser and its crash handlers, which
 * carry the run's mark in their environment (Chromium gives its renderers and zygotes an
 * environment of its own, but they end with the browser). Once the run has exited, anything
 * listed is what it left behind. Only this run's processes: Chromiums of other tests, and their
 * crash handlers (parented to init while they run), come and go without counting. Linux: read
 * from /proc.
 */
export function processesLeftBy(run: Pick<CliRun, 'mark'>): number[] {
  const needle = `${MARK_VARIABLE}=${run.mark}`;
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(needle);
      } catch {
        // Gone meanwhile, or not ours to read.
        return false;
      }
    })
    .map(Number);
}

export { expect };
