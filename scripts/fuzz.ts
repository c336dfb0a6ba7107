/**
 * `npm run fuzz -- --seeds N [--start S] [--only-handled] [--out DIR]`: the real command against
 * portals drawn by the mock's generator. For each seed the mock draws one form per part
 * (`test/mock-portal/variants.ts`), and `einv-gsp register` runs headless on it three times, with
 * its answers piped as a script would: a dry run (exit 0, status dry-run, nothing submitted), a
 * registration with one wrong API OTP first (exactly one new API user, with the right GSP,
 * username and password), and a registration whose session the portal loses before Submit, at
 * a stage the seed picks (exit 3, the report naming the expired session, nothing submitted).
 * Each failure is printed with its seed, its forms and its run folders, and whether it hit a
 * form the bot is known not to handle yet; then `passed P of N`.
 *
 * One mock serves every seed (reset between runs), so a spec can run many seeds quickly.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_GSP } from '../src/config.js';
import { EXIT } from '../src/errors.js';
import { folderTimestamp } from '../src/local-time.js';
import type { Report, ReportError } from '../src/report-data.js';
import { type MockPortal, startMockPortal } from '../test/mock-portal/server.js';
import { DEMO_ACCOUNTS } from '../test/mock-portal/state.js';
import type { Faults, Stage } from '../test/mock-portal/types.js';
import { describeForms, type Forms, formsOfSeed, unhandledForms } from '../test/mock-portal/variants.js';

/** The mock's fixed answers and the run's secrets: a spec scans its files for every one of them. */
export const FUZZ_ANSWERS = { captcha: 'FZ7Q4', loginOtp: '731946', apiOtp: '528317' } as const;
const ACCOUNT = DEMO_ACCOUNTS[0] as (typeof DEMO_ACCOUNTS)[number];
export const FUZZ_SECRETS = [
  ACCOUNT.password,
  'Fuzz@Pass12',
  FUZZ_ANSWERS.captcha,
  FUZZ_ANSWERS.loginOtp,
  FUZZ_ANSWERS.apiOtp,
];
const API_PASSWORD = 'Fuzz@Pass12';
/** Refused once before the right one, so every seed shows its message form a refusal. */
const WRONG_API_OTP = '111111';
/**
 * Where the third run's session is lost, after login and before Submit: opening the API OTP page,
 * verifying the API OTP (AJAX on the bootstrap markup), opening the registration form (its
 * details fetched by AJAX there). Seed `n` takes the stage at `n mod 3`.
 */
export const EXPIRY_STAGES = ['api-otp', 'api-otp-verify', 'register'] as const satisfies readonly Stage[];
/** A failing run on an unfamiliar form should not cost the default 30 s per screen. */
const TIMEOUT_MS = 10_000;

export interface FuzzOptions {
  start: number;
  seeds: number;
  /** Draw only forms the bot handles (what `npm test` runs). */
  onlyHandled: boolean;
  /** The folder the seeds' run folders go under. */
  out: string;
  /** Each seed's verdict as it comes (the script prints it). */
  onSeed?: (result: SeedResult) => void;
  /** Seeds run at once, each lane on a mock portal of its own (default 1). */
  jobs?: number;
  /** Mock faults on every run (`--fault name=value`): a portal that breaks, to see a failure reported. */
  faults?: Partial<Faults>;
  /** What runs `einv-gsp register` (default: the real command, spawned; a spec may run it in its process). */
  runner?: CommandRunner;
  /**
   * Whether each seed's third run loses its session before Submit (default true). `npm test`
   * leaves it out past seed 10: seeds 1 to 10 already meet every form of expiry at every stage.
   */
  sessionLoss?: boolean;
  /**
   * Whether each seed's first run is a dry run (default true). A dry run walks the registration's
   * own steps up to Submit, on the same forms, so past seed 10 `npm test` leaves it out: the
   * registration after it walks every one of those steps again, and more.
   */
  dryRun?: boolean;
}

/** One `einv-gsp` command: its arguments, whole environment, standard input and working directory. */
export interface Command {
  args: string[];
  env: Record<string, string>;
  stdin: string;
  /** A folder of the run's own, so that no .env or portal map of the checkout is read. */
  cwd: string;
}

/** Runs a command to its end: the code it exits with and what it wrote to standard error. */
export type CommandRunner = (command: Command) => Promise<{ code: number | null; stderr: string }>;

export interface SeedResult {
  seed: number;
  forms: Forms;
  /** What went wrong, one line each; empty when the seed passed. */
  problems: string[];
  /** The run folders of the seed's runs (three, or two without the lost session). */
  runFolders: string[];
  /** The forms drawn that the bot is known not to handle, with the issue that will fix each. */
  unhandled: string[];
}

export interface FuzzResult {
  results: SeedResult[];
  passed: number;
}

export async function fuzz(options: FuzzOptions): Promise<FuzzResult> {
  const seeds = Array.from({ length: options.seeds }, (_, index) => options.start + index);
  const lanes = Math.max(1, Math.min(options.jobs ?? 1, seeds.length));
  const results: SeedResult[] = [];
  const lane = async () => {
    const mock = await startMockPortal({ quiet: true, fixed: FUZZ_ANSWERS });
    try {
      for (let seed = seeds.shift(); seed !== undefined; seed = seeds.shift()) {
        const result = await runSeed(mock, seed, options);
        results.push(result);
        options.onSeed?.(result);
      }
    } finally {
      await mock.close();
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  results.sort((a, b) => a.seed - b.seed);
  return { results, passed: results.filter((result) => result.problems.length === 0).length };
}

async function runSeed(mock: MockPortal, seed: number, options: FuzzOptions): Promise<SeedResult> {
  const runner = options.runner ?? spawnCommand;
  const forms = formsOfSeed(seed, { onlyHandled: options.onlyHandled });
  const problems: string[] = [];
  const runFolders: string[] = [];
  const suffix = `fuzz${seed}`;
  const seedDir = join(options.out, `seed-${seed}`);

  if (options.dryRun !== false) {
    const dry = await dryRunOf(mock, runner, forms, seedDir, suffix, options.faults);
    runFolders.push(dry.runFolder);
    problems.push(...dry.problems);
  }

  mock.reset({ variant: forms, fixed: FUZZ_ANSWERS, faults: { ...options.faults } });
  const run = await runCommand(
    runner,
    mock.url,
    join(seedDir, 'register'),
    suffix,
    [],
    [FUZZ_ANSWERS.captcha, FUZZ_ANSWERS.loginOtp, WRONG_API_OTP, FUZZ_ANSWERS.apiOtp],
  );
  runFolders.push(run.runFolder);
  const users = mock.state().apiUsers;
  if (run.code !== 0) problems.push(`registration: exit ${run.code}${run.said ? ` (${run.said})` : ''}`);
  const right = users.filter(
    (user) =>
      user.gstin === ACCOUNT.gstin &&
      user.gsp === DEFAULT_GSP &&
      user.username === `API_${suffix}` &&
      user.password === API_PASSWORD,
  );
  if (users.length !== 1 || right.length !== 1) {
    problems.push(
      `registration: ${users.length} API user(s), ${right.length} with the right GSP, name and password`,
    );
  }

  if (options.sessionLoss === false)
    return { seed, forms, problems, runFolders, unhandled: unhandledForms(forms) };
  const stage = expiryStageOf(seed);
  mock.reset({ variant: forms, fixed: FUZZ_ANSWERS, faults: { ...options.faults, expireSessionAt: stage } });
  const lost = await runCommand(
    runner,
    mock.url,
    join(seedDir, `session-lost-at-${stage}`),
    suffix,
    [],
    [FUZZ_ANSWERS.captcha, FUZZ_ANSWERS.loginOtp, FUZZ_ANSWERS.apiOtp],
  );
  runFolders.push(lost.runFolder);
  const lostState = mock.state();
  const what = `session lost at ${stage}`;
  if (!lostState.events.some((event) => event.type === 'session-expired' && event.detail?.stage === stage)) {
    problems.push(`${what}: the run never reached ${stage}, so the portal never lost the session`);
  }
  if (lost.code !== EXIT.refused) {
    problems.push(`${what}: exit ${lost.code}, not ${EXIT.refused}${lost.said ? ` (${lost.said})` : ''}`);
  }
  if (lost.error?.kind !== 'session-expired' || !/session/i.test(lost.error.message)) {
    const error = lost.error ? `${lost.error.kind}: ${lost.error.message}` : '(none)';
    problems.push(`${what}: the report's error is ${error}, not the expired session`);
  }
  if (lostState.submits !== 0 || lostState.apiUsers.length !== 0) {
    problems.push(`${what}: ${lostState.submits} submit(s), ${lostState.apiUsers.length} API user(s)`);
  }
  return { seed, forms, problems, runFolders, unhandled: unhandledForms(forms) };
}

/** A dry run on the seed's portal: every step ok, nothing submitted, no user made. */
async function dryRunOf(
  mock: MockPortal,
  runner: CommandRunner,
  forms: Forms,
  seedDir: string,
  suffix: string,
  faults: FuzzOptions['faults'],
): Promise<{ runFolder: string; problems: string[] }> {
  const problems: string[] = [];
  mock.reset({ variant: forms, fixed: FUZZ_ANSWERS, faults: { ...faults } });
  const dry = await runCommand(
    runner,
    mock.url,
    join(seedDir, 'dry-run'),
    suffix,
    ['--dry-run'],
    [FUZZ_ANSWERS.captcha, FUZZ_ANSWERS.loginOtp, FUZZ_ANSWERS.apiOtp],
  );
  const dryState = mock.state();
  if (dry.code !== 0) problems.push(`dry run: exit ${dry.code}${dry.said ? ` (${dry.said})` : ''}`);
  if (dry.status !== 'dry-run') problems.push(`dry run: report status ${dry.status ?? '(no report)'}`);
  const unfinished = dry.steps
    .filter((step) => step.status !== 'ok')
    .map((step) => `${step.name} ${step.status}`);
  if (unfinished.length > 0) problems.push(`dry run: steps not ok: ${unfinished.join(', ')}`);
  if (dryState.submits !== 0 || dryState.apiUsers.length !== 0) {
    problems.push(`dry run: ${dryState.submits} submit(s), ${dryState.apiUsers.length} API user(s)`);
  }
  return { runFolder: dry.runFolder, problems };
}

/** The stage where seed `n`'s third run loses its session. */
export function expiryStageOf(seed: number): Stage {
  return EXPIRY_STAGES[seed % EXPIRY_STAGES.length] as Stage;
}

interface CommandRun {
  code: number | null;
  status?: string;
  /** The report's steps: in a dry run each one ends ok, every value typed read back. */
  steps: { name: string; status: string }[];
  /** The report's error, when the run stopped. */
  error?: ReportError;
  runFolder: string;
  /** The command's first and last lines on stderr: what it told the operator. */
  said: string;
}

/** `einv-gsp register` as an operator's script runs it: answers on standard input, no terminal. */
async function runCommand(
  runner: CommandRunner,
  portalUrl: string,
  out: string,
  suffix: string,
  extra: string[],
  answers: string[],
): Promise<CommandRun> {
  mkdirSync(out, { recursive: true, mode: 0o700 });
  const { code, stderr } = await runner({
    args: [
      'register',
      '--headless',
      '--portal-url',
      portalUrl,
      '--gstin',
      ACCOUNT.gstin,
      '--api-username',
      suffix,
      '--out',
      out,
      '--timeout-ms',
      String(TIMEOUT_MS),
      ...extra,
    ],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...(process.env.EINV_BROWSER_PATH ? { EINV_BROWSER_PATH: process.env.EINV_BROWSER_PATH } : {}),
      EINV_PORTAL_USERNAME: ACCOUNT.username,
      EINV_PORTAL_PASSWORD: ACCOUNT.password,
      EINV_API_PASSWORD: API_PASSWORD,
    },
    stdin: answers.map((answer) => `${answer}\n`).join(''),
    // Its own folder as the working directory: no .env or portal map of the checkout is read.
    cwd: out,
  });
  const folders = readdirSync(out).filter((name) => existsSync(join(out, name, 'report.json')));
  const runFolder = folders.length === 1 ? join(out, folders[0] as string) : out;
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const said = [...new Set([lines[0], lines.at(-1)])].filter(Boolean).join(' … ');
  return { code, ...reportOf(runFolder), runFolder, said };
}

/** The real command, spawned as a script would: `node -- bin/einv-gsp.js ...`. */
export function spawnCommand(command: Command): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--', join(ROOT, 'bin', 'einv-gsp.js'), ...command.args], {
      cwd: command.cwd,
      env: command.env,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr }));
    child.stdin.end(command.stdin);
  });
}

function reportOf(runFolder: string): Pick<CommandRun, 'status' | 'steps' | 'error'> {
  const file = join(runFolder, 'report.json');
  if (!existsSync(file)) return { steps: [] };
  const report = JSON.parse(readFileSync(file, 'utf8')) as Pick<Report, 'status' | 'steps' | 'error'>;
  return { status: report.status, steps: report.steps, error: report.error };
}

/** The checkout's root, from the source (scripts/) or the build (dist/scripts/). */
const ROOT = (() => {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error('einv-gsp: package.json not found above scripts/fuzz');
})();

/** A failed seed as the fuzzer prints it: seed, forms, what went wrong, run folders. */
export function describeFailure(result: SeedResult): string {
  const lines = [
    `seed ${result.seed} FAILED: ${describeForms(result.forms)}`,
    ...result.problems.map((problem) => `  ${problem}`),
    ...(result.unhandled.length > 0
      ? [`  hits a form the bot is known not to handle yet: ${result.unhandled.join('; ')}`]
      : []),
    ...result.runFolders.map((folder) => `  run folder: ${folder}`),
  ];
  return lines.join('\n');
}

/** `name=value` pairs as mock faults, a value read as JSON where it parses (`true`, `3`), else as text. */
function faultsOf(pairs: string[]): Partial<Faults> {
  const faults: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new Error(`--fault takes name=value, not "${pair}"`);
    const text = pair.slice(at + 1);
    let value: unknown = text;
    try {
      value = JSON.parse(text);
    } catch {
      // a plain word: the text itself
    }
    faults[pair.slice(0, at)] = value;
  }
  return faults as Partial<Faults>;
}

const USAGE =
  'Usage: npm run fuzz -- --seeds N [--start S] [--jobs J] [--only-handled] [--fault NAME=VALUE] [--out DIR]';

async function main(): Promise<number> {
  let options: FuzzOptions;
  try {
    const { values } = parseArgs({
      options: {
        seeds: { type: 'string' },
        start: { type: 'string' },
        jobs: { type: 'string' },
        fault: { type: 'string', multiple: true },
        'only-handled': { type: 'boolean' },
        out: { type: 'string' },
      },
      strict: true,
    });
    const count = (text: string | undefined, name: string, fallback: number) => {
      const value = Number(text ?? fallback);
      if (!Number.isInteger(value) || value < 0)
        throw new Error(`--${name} must be a whole number, not "${text}"`);
      return value;
    };
    options = {
      seeds: count(values.seeds, 'seeds', 10),
      start: count(values.start, 'start', 1),
      jobs: Math.max(1, count(values.jobs, 'jobs', 1)),
      faults: faultsOf(values.fault ?? []),
      onlyHandled: values['only-handled'] ?? false,
      out: resolve(values.out ?? join('runs', `fuzz-${folderTimestamp(new Date())}`)),
    };
  } catch (error) {
    process.stderr.write(`fuzz: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const last = options.start + options.seeds - 1;
  process.stdout.write(
    `Fuzzing seeds ${options.start} to ${last}${options.onlyHandled ? ', handled forms only' : ', all forms'}; run folders under ${options.out}\n`,
  );
  const { results, passed } = await fuzz({
    ...options,
    onSeed: (result) => {
      if (result.problems.length === 0) {
        process.stdout.write(`seed ${result.seed} passed: ${describeForms(result.forms)}\n`);
      } else process.stdout.write(`${describeFailure(result)}\n`);
    },
  });
  const failed = results.filter((result) => result.problems.length > 0);
  const known = failed.filter((result) => result.unhandled.length > 0).length;
  const explained =
    known > 0 ? ` (${known} of the ${failed.length} failures hit a known-unhandled form)` : '';
  process.stdout.write(`passed ${passed} of ${results.length}${explained}\n`);
  return failed.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main();
