/**
 * `npm run bench`: what the bot costs on top of a script doing the same work, on every markup
 * dialect of the mock portal; where a run's time goes between the operator's answers; how a
 * batch scales and what it holds in memory; how fast bad input is refused. Everything runs
 * against the bundled mock portal on loopback; results go to bench/results/latest.json and a table.
 *
 * Three programs run the same registration, alternately, in a rotating order:
 * - bot: `einv-gsp register --headless`, started as the installed command is (node on the bin),
 *   its answers piped; on the accessible dialect also through `npx einv-gsp`, reported apart;
 * - same work: bench/bare.ts --same-work, the bare script plus a masked full-page PNG after each
 *   of the bot's steps at the bot's window size, and the captcha's picture (what the bot keeps);
 * - bare: bench/bare.ts alone, no pictures.
 * Each reports when it asks a question and reaches the outcome (the bot in its run.log, the
 * scripts as `mark` lines); the mock, running in this process, times every request it answers,
 * so each answer-to-next-question interval splits into the portal's own time (a request to it
 * outstanding) and the rest (the browser's and the program's own).
 *
 * BENCH_RUNS (default 9) sets the repetitions; BENCH_DIALECTS (comma-separated) the dialects.
 * `npm run bench -- single npx startup batch dry` runs only those parts (default: all but dry).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Server } from 'node:http';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findBrowser } from '../src/browser.js';
import { gstinCheckCharacter } from '../src/gstin.js';
import { startMockPortal } from '../test/mock-portal/server.js';
import type { Account, Dialect } from '../test/mock-portal/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'bin', 'einv-gsp.js');
const BARE = join(ROOT, 'dist', 'bench', 'bare.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const DIALECT_LIST = (process.env.BENCH_DIALECTS ?? 'accessible,legacy-table,bootstrap')
  .split(',')
  .map((d) => d.trim())
  .filter(Boolean) as Dialect[];
/** `npm run bench -- single startup batch` runs only those parts (default: all but dry). */
const PARTS = new Set(
  process.argv.slice(2).length ? process.argv.slice(2) : ['single', 'npx', 'startup', 'batch'],
);
const ANSWERS = { captcha: 'BENCH', loginOtp: '112233', apiOtp: '445566' };
const PASSWORD = 'Bench@Pass1';
const QUESTIONS = ['captcha', 'login OTP', 'API OTP'] as const;

/** Every request the mock answers, as [start, end] in epoch milliseconds (fractional). */
const portalCalls: Array<[number, number]> = [];
const now = () => performance.timeOrigin + performance.now();
{
  // The mock is an http.Server in this process: each request is timed from its arrival to the
  // last byte of its answer handed to the socket (the portal's own time; loopback adds ~0).
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string, ...args: unknown[]) {
    if (event === 'request') {
      const started = now();
      const res = args[1] as { once(e: string, f: () => void): void };
      res.once('finish', () => portalCalls.push([started, now()]));
    }
    return (emit as (this: Server, event: string, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof emit;
}

interface Sample {
  ms: number;
  startedAt: number;
  stdout: string;
  /** Peak proportional set size (PSS: shared pages counted once over all processes), KiB. */
  peakPssKb: number;
  peakBrowserPssKb: number;
  code: number;
}

/** Runs a process to its end; with `memory`, samples its tree's PSS every 250 ms. */
function timed(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stdin = '',
  options: { memory?: boolean; cwd?: string } = {},
): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const startedAt = Date.now();
    const started = process.hrtime.bigint();
    const child: ChildProcess = spawn(command, args, {
      env,
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    let peakPssKb = 0;
    let peakBrowserPssKb = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const tree = processTree(child.pid);
      peakPssKb = Math.max(peakPssKb, tree.self + tree.children);
      peakBrowserPssKb = Math.max(peakBrowserPssKb, tree.children);
    };
    // Memory sampling only: the bench measures, it does not wait on this timer.
    const sampler = options.memory ? setInterval(sample, 250) : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      if (sampler) clearInterval(sampler);
      resolve({
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        startedAt,
        stdout,
        peakPssKb,
        peakBrowserPssKb,
        code: code ?? -1,
      });
    });
    child.stdin?.end(stdin);
  });
}

function processTree(pid: number): { self: number; children: number } {
  // PSS, not RSS: the browser's processes share most of their pages (the binary, fonts), which
  // summed RSS counts once per process; PSS splits each shared page between its sharers.
  const pss = (p: number) => {
    try {
      return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      return 0;
    }
  };
  const descendants = (p: number): number[] => {
    let kids: number[] = [];
    try {
      kids = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
    } catch {
      kids = [];
    }
    return kids.flatMap((kid) => [kid, ...descendants(kid)]);
  };
  return { self: pss(pid), children: descendants(pid).reduce((sum, kid) => sum + pss(kid), 0) };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Median and spread (min, max) of a series, rounded to the millisecond. */
interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}
function spread(values: number[]): Spread {
  return {
    median: Math.round(median(values)),
    min: Math.round(Math.min(...values)),
    max: Math.round(Math.max(...values)),
    n: values.length,
  };
}

function benchAccounts(count: number): Account[] {
  return Array.from({ length: count }, (_, i) => {
    const state = String((i % 37) + 1).padStart(2, '0');
    const pan = `AABCB${String(1000 + i).padStart(4, '0')}F`;
    const first14 = `${state}${pan}1Z`;
    return {
      username: `bench_${i}`,
      password: PASSWORD,
      gstin: `${first14}${gstinCheckCharacter(first14)}`,
      tradeName: `Bench Traders ${i}`,
      mobile: `98765${String(10000 + i).slice(-5)}`,
    };
  });
}

/** The moments a program asked its questions and reached its outcome (epoch ms). */
interface Moments {
  start: number;
  questions: number[];
  answers: number[];
  outcome: number;
}

/** The bot's moments, from its run.log: written by the flow as it asks and hears. */
function botMoments(runOut: string, start: number): Moments {
  const lines = readFileSync(join(runOut, singleDir(runOut), 'run.log'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { msg: string; time: number });
  const at = (msg: string) => lines.filter((l) => l.msg === msg).map((l) => l.time);
  const outcome = at('run finished')[0];
  if (outcome === undefined) throw new Error(`no "run finished" in ${runOut}`);
  return { start, questions: at('question asked'), answers: at('answer received'), outcome };
}

/** A script's moments, from its `mark` lines; its answers are at hand, so it "hears" as it asks. */
function scriptMoments(stdout: string, start: number): Moments {
  const marks = new Map(
    [...stdout.matchAll(/^mark (\S+) (\d+)$/gm)].map((m) => [m[1] ?? '', Number(m[2])] as const),
  );
  const questions = ['question:captcha', 'question:login-otp', 'question:api-otp'].map(
    (name) => marks.get(name) ?? Number.NaN,
  );
  return { start, questions, answers: questions, outcome: marks.get('outcome') ?? Number.NaN };
}

/** How long a request to the portal was outstanding within [from, to] (overlaps counted once). */
function portalTime(calls: Array<[number, number]>, from: number, to: number): number {
  const clipped = calls
    .map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of clipped) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** Start to the first question, and each answer to the next question (or the outcome), split. */
interface Intervals {
  toCaptcha: number;
  /** One per answer: [total, portal's own, the rest]. */
  afterAnswer: Array<{ total: number; portal: number; own: number }>;
}
function intervals(m: Moments, calls: Array<[number, number]>): Intervals {
  const first = m.questions[0] ?? Number.NaN;
  return {
    toCaptcha: first - m.start,
    afterAnswer: QUESTIONS.map((_, i) => {
      const from = m.answers[i] ?? Number.NaN;
      const to = m.questions[i + 1] ?? m.outcome;
      const total = to - from;
      const portal = portalTime(calls, from, to);
      return { total, portal, own: total - portal };
    }),
  };
}

type Kind = 'bot' | 'sameWork' | 'bare' | 'npx';
const KIND_NAMES: Record<Kind, string> = {
  bot: 'bot (node bin/einv-gsp.js)',
  sameWork: 'same-work script',
  bare: 'bare script',
  npx: 'bot through npx einv-gsp',
};

interface DialectResult {
  runs: number;
  totalMs: Partial<Record<Kind, Spread>>;
  botPerSameWork: number;
  botPerBare: number;
  toCaptchaMs: Partial<Record<Kind, Spread>>;
  botPerSameWorkToCaptcha: number;
  /** Per answer (captcha, login OTP, API OTP): to the next question or the outcome. */
  afterAnswerMs: Array<{
    answer: string;
    bot: { total: Spread; portal: Spread; own: Spread };
    sameWork: { total: Spread; portal: Spread; own: Spread };
  }>;
  stepMedianMs: Record<string, number>;
  betweenStepsMedianMs: number;
}

async function benchDialect(
  mock: Awaited<ReturnType<typeof startMockPortal>>,
  dialect: Dialect,
  account: Account,
  out: string,
  env: NodeJS.ProcessEnv,
  dryRun: boolean,
): Promise<DialectResult> {
  const kinds: Kind[] = ['bot', 'sameWork', 'bare'];
  if (PARTS.has('npx') && dialect === 'accessible' && !dryRun) kinds.push('npx');
  const totals: Record<Kind, number[]> = { bot: [], sameWork: [], bare: [], npx: [] };
  const gaps: Record<Kind, Intervals[]> = { bot: [], sameWork: [], bare: [], npx: [] };
  const stepTimes: Record<string, number[]> = {};
  const betweenSteps: number[] = [];
  const answers = `${ANSWERS.captcha}\n${ANSWERS.loginOtp}\n${ANSWERS.apiOtp}\n`;
  for (let i = 0; i < RUNS; i++) {
    // A rotating order, so that neither a warming machine nor a neighbour's load favours one.
    const order = kinds.map((_, k) => kinds[(k + i) % kinds.length] as Kind);
    for (const kind of order) {
      const script = kind === 'sameWork' || kind === 'bare';
      mock.reset({
        fixed: ANSWERS,
        dialect,
        accounts: [script ? { ...account, username: 'demo_user', password: 'Demo@Pass1' } : account],
        faults: { popup: 'always' },
      });
      const runOut = join(out, `${dialect}-${dryRun}-${kind}-${i}`);
      mkdirSync(runOut, { recursive: true });
      portalCalls.length = 0;
      const botArgs = [
        'register',
        '--headless',
        '--portal-url',
        mock.url,
        '--gstin',
        account.gstin,
        '--api-username',
        'bench01',
        '--out',
        runOut,
        ...(dryRun ? ['--dry-run'] : []),
      ];
      const sample = script
        ? await timed(
            process.execPath,
            [
              BARE,
              mock.url,
              ANSWERS.captcha,
              ANSWERS.loginOtp,
              ANSWERS.apiOtp,
              '--dialect',
              dialect,
              ...(kind === 'sameWork' ? ['--same-work', runOut] : []),
              ...(dryRun ? ['--dry-run'] : []),
            ],
            env,
          )
        : kind === 'npx'
          ? await timed(
              'npx',
              ['einv-gsp', ...botArgs],
              { ...env, EINV_PORTAL_USERNAME: account.username },
              answers,
              {
                cwd: ROOT,
              },
            )
          : await timed(
              process.execPath,
              [CLI, ...botArgs],
              { ...env, EINV_PORTAL_USERNAME: account.username },
              answers,
            );
      if (sample.code !== 0) throw new Error(`${KIND_NAMES[kind]} on ${dialect} exited ${sample.code}`);
      totals[kind].push(sample.ms);
      const calls = [...portalCalls];
      if (script) {
        gaps[kind].push(intervals(scriptMoments(sample.stdout, sample.startedAt), calls));
      } else {
        gaps[kind].push(intervals(botMoments(runOut, sample.startedAt), calls));
        if (kind === 'bot') {
          const report = JSON.parse(readFileSync(join(runOut, singleDir(runOut), 'report.json'), 'utf8')) as {
            steps: Array<{ name: string; startedAt: string; durationMs: number }>;
            finishedAt: string;
          };
          for (const step of report.steps)
            stepTimes[step.name] = [...(stepTimes[step.name] ?? []), step.durationMs];
          betweenSteps.push(timeBetweenSteps(report));
        }
      }
      rmSync(runOut, { recursive: true, force: true });
    }
  }
  const split = (kind: Kind, i: number) => ({
    total: spread(gaps[kind].map((g) => g.afterAnswer[i]?.total ?? Number.NaN)),
    portal: spread(gaps[kind].map((g) => g.afterAnswer[i]?.portal ?? Number.NaN)),
    own: spread(gaps[kind].map((g) => g.afterAnswer[i]?.own ?? Number.NaN)),
  });
  const used = kinds.filter((k) => totals[k].length > 0);
  const m = (kind: Kind) => median(totals[kind]);
  const c = (kind: Kind) => median(gaps[kind].map((g) => g.toCaptcha));
  return {
    runs: RUNS,
    totalMs: Object.fromEntries(used.map((k) => [k, spread(totals[k])])),
    botPerSameWork: Number((m('bot') / m('sameWork')).toFixed(2)),
    botPerBare: Number((m('bot') / m('bare')).toFixed(2)),
    toCaptchaMs: Object.fromEntries(used.map((k) => [k, spread(gaps[k].map((g) => g.toCaptcha))])),
    botPerSameWorkToCaptcha: Number((c('bot') / c('sameWork')).toFixed(2)),
    afterAnswerMs: QUESTIONS.slice(0, 3).map((answer, i) => ({
      answer,
      bot: split('bot', i),
      sameWork: split('sameWork', i),
    })),
    stepMedianMs: Object.fromEntries(
      Object.entries(stepTimes).map(([name, times]) => [name, Math.round(median(times))]),
    ),
    betweenStepsMedianMs: Math.round(median(betweenSteps)),
  };
}

async function main(): Promise<void> {
  const mock = await startMockPortal({ quiet: true, fixed: ANSWERS, faults: { popup: 'always' } });
  const out = mkdtempSync(join(tmpdir(), 'einv-bench-'));
  const env = {
    ...process.env,
    EINV_PORTAL_USERNAME: 'bench_0',
    EINV_PORTAL_PASSWORD: PASSWORD,
    EINV_API_PASSWORD: PASSWORD,
  };
  const [account] = benchAccounts(1);
  if (!account) throw new Error('no bench account');
  const results: Results = {
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      os: `${platform()} ${release()}`,
      node: process.version,
      browser: await browserVersion(),
    },
    runs: RUNS,
    date: new Date().toISOString(),
    loadBefore: loadavg().map((l) => Number(l.toFixed(2))),
  };

  if (PARTS.has('single')) {
    results.dialects = {};
    for (const dialect of DIALECT_LIST)
      results.dialects[dialect] = await benchDialect(mock, dialect, account, out, env, false);
  }
  if (PARTS.has('dry')) results.dryRun = await benchDialect(mock, 'accessible', account, out, env, true);

  const badGstin: number[] = [];
  const badFile: number[] = [];
  const nodeEmpty: number[] = [];
  // A batch file with a wrong check character and a repeated GSTIN, as `check` is shown it.
  const badCsv = join(out, 'bad-batch.csv');
  writeFileSync(
    badCsv,
    'gstin,portal_username,api_username\n27AABCE1234F1Z6,a_user,bench01\n29AABCE1234F1Z1,b_user,bench02\n29AABCE1234F1Z1,b_user,bench03\n',
  );
  for (let i = 0; PARTS.has('startup') && i < Math.max(RUNS, 10); i++) {
    const bad = await timed(
      process.execPath,
      [CLI, 'register', '--gstin', '27AABCE1234F1Z6', '--api-username', 'bench01'],
      env,
    );
    if (bad.code !== 2) throw new Error(`bad GSTIN exited ${bad.code}`);
    badGstin.push(bad.ms);
    const check = await timed(process.execPath, [CLI, 'check', '--file', badCsv], env);
    if (check.code !== 2) throw new Error(`check of a bad batch file exited ${check.code}`);
    badFile.push(check.ms);
    nodeEmpty.push((await timed(process.execPath, ['-e', ''], env)).ms);
  }
  if (PARTS.has('startup'))
    results.badInput = {
      badGstinMedianMs: Math.round(median(badGstin)),
      badBatchFileCheckMedianMs: Math.round(median(badFile)),
      nodeEmptyMedianMs: Math.round(median(nodeEmpty)),
      ratio: Number((median(badGstin) / median(nodeEmpty)).toFixed(2)),
    };

  if (PARTS.has('batch')) results.batch = await benchBatches(mock, out, env);

  results.loadAfter = loadavg().map((l) => Number(l.toFixed(2)));
  await mock.close();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
}

/**
 * What a run spends outside its steps' own time: after each step (its screenshot, the report
 * rewritten, the log line) until the next starts, and after the last until the report is final.
 */
function timeBetweenSteps(report: {
  steps: Array<{ startedAt: string; durationMs: number }>;
  finishedAt: string;
}) {
  const starts = [
    ...report.steps.slice(1).map((step) => Date.parse(step.startedAt)),
    Date.parse(report.finishedAt),
  ];
  return report.steps.reduce(
    (sum, step, i) => sum + ((starts[i] ?? 0) - Date.parse(step.startedAt) - step.durationMs),
    0,
  );
}

/** The Chromium both the bot and the scripts launch, as it names itself. */
async function browserVersion(): Promise<string> {
  const choice = await findBrowser(process.env.EINV_BROWSER_PATH || undefined);
  const { chromium } = await import('playwright');
  const browser = await chromium.launch({ executablePath: choice.executablePath, args: chromiumArgs() });
  try {
    return `Chromium ${browser.version()} (${choice.executablePath ?? "Playwright's own"})`;
  } finally {
    await browser.close();
  }
}

function singleDir(runOut: string): string {
  const dir = readdirSync(runOut).find((name) => /_[0-9A-Z]{15}$/.test(name));
  if (!dir) throw new Error(`no run folder in ${runOut}`);
  return dir;
}

async function benchBatches(
  mock: Awaited<ReturnType<typeof startMockPortal>>,
  out: string,
  env: NodeJS.ProcessEnv,
): Promise<Record<string, BatchResult>> {
  const sizes = [1, 5, 20];
  const batch: Record<string, BatchResult> = {};
  for (const size of sizes) {
    const accounts = benchAccounts(size);
    mock.reset({ fixed: ANSWERS, accounts, faults: { popup: 'always' } });
    const csv = join(out, `batch-${size}.csv`);
    writeFileSync(
      csv,
      `gstin,portal_username,api_username\n${accounts.map((a, i) => `${a.gstin},${a.username},bench${String(i).padStart(3, '0')}`).join('\n')}\n`,
    );
    const answers = accounts
      .map(() => `${ANSWERS.captcha}\n${ANSWERS.loginOtp}\n${ANSWERS.apiOtp}\n`)
      .join('');
    const sample = await timed(
      process.execPath,
      [
        CLI,
        'batch',
        '--file',
        csv,
        '--headless',
        '--portal-url',
        mock.url,
        '--out',
        join(out, `batch-out-${size}`),
      ],
      env,
      answers,
      { memory: true },
    );
    if (sample.code !== 0) throw new Error(`batch of ${size} exited ${sample.code}`);
    batch[String(size)] = {
      totalMs: Math.round(sample.ms),
      perGstinMs: Math.round(sample.ms / size),
      usersCreated: mock.state().apiUsers.length,
      peakPssMiB: Math.round(sample.peakPssKb / 1024),
      peakBrowserPssMiB: Math.round(sample.peakBrowserPssKb / 1024),
    };
  }
  const five = batch['5'];
  const twenty = batch['20'];
  if (five && twenty) {
    for (const b of [five, twenty]) b.marginalPerGstinMs = undefined;
    twenty.marginalPerGstinMs = Math.round((twenty.totalMs - five.totalMs) / 15);
  }
  return batch;
}

interface BatchResult {
  totalMs: number;
  perGstinMs: number;
  /** For 20: the time of rows 6 to 20 each, (total of 20 − total of 5) / 15. */
  marginalPerGstinMs?: number;
  usersCreated: number;
  /** The CLI and every browser process, PSS summed (shared pages counted once). */
  peakPssMiB: number;
  peakBrowserPssMiB: number;
}

interface Results {
  machine: Record<string, string | number | undefined>;
  runs: number;
  date: string;
  loadBefore: number[];
  loadAfter?: number[];
  dialects?: Partial<Record<Dialect, DialectResult>>;
  dryRun?: DialectResult;
  badInput?: {
    badGstinMedianMs: number;
    badBatchFileCheckMedianMs: number;
    nodeEmptyMedianMs: number;
    ratio: number;
  };
  batch?: Record<string, BatchResult>;
}

/** The JSON as written to latest.json, then the same figures as tables for a person. */
function printTable(results: Results): void {
  const { machine, dialects, dryRun, badInput, batch } = results;
  const lines: string[] = [`${JSON.stringify(results, null, 2)}`, ''];
  const row = (cells: Array<string | number>, widths: number[]) =>
    cells
      .map((cell, i) =>
        i === 0 ? String(cell).padEnd(widths[i] ?? 0) : String(cell).padStart(widths[i] ?? 0),
      )
      .join('  ');
  const sp = (s: Spread | undefined) => (s ? `${s.median} (${s.min}–${s.max})` : '-');
  lines.push(
    `Machine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, ${machine.browser}`,
    `Runs: ${results.runs} of each, alternating (medians, min–max, ms), ${results.date}; load average before ${results.loadBefore.join(' ')}, after ${results.loadAfter?.join(' ') ?? '-'}`,
  );
  const all = { ...dialects, ...(dryRun ? { 'accessible, dry run': dryRun } : {}) };
  const names = Object.keys(all);
  if (names.length > 0) {
    const widths = [40, ...names.map(() => 22)];
    const get = (f: (d: DialectResult) => string | number) =>
      names.map((n) => f(all[n as keyof typeof all] as DialectResult));
    lines.push('', row(['whole run', ...names], widths));
    for (const kind of ['bot', 'npx', 'sameWork', 'bare'] as Kind[])
      if (names.some((n) => (all[n as keyof typeof all] as DialectResult).totalMs[kind]))
        lines.push(row([KIND_NAMES[kind], ...get((d) => sp(d.totalMs[kind]))], widths));
    lines.push(row(['bot / same-work (target ≤ 1.10)', ...get((d) => d.botPerSameWork)], widths));
    lines.push(row(['bot / bare', ...get((d) => d.botPerBare)], widths));
    lines.push('', row(['start to the captcha question', ...names], widths));
    for (const kind of ['bot', 'npx', 'sameWork', 'bare'] as Kind[])
      if (names.some((n) => (all[n as keyof typeof all] as DialectResult).toCaptchaMs[kind]))
        lines.push(row([KIND_NAMES[kind], ...get((d) => sp(d.toCaptchaMs[kind]))], widths));
    lines.push(row(['bot / same-work (target ≤ 1.2)', ...get((d) => d.botPerSameWorkToCaptcha)], widths));
    for (let i = 0; i < QUESTIONS.length; i++) {
      const answer = QUESTIONS[i];
      const next = i + 1 < QUESTIONS.length ? `the ${QUESTIONS[i + 1]} question` : 'the outcome';
      lines.push('', row([`${answer} answer to ${next}`, ...names], widths));
      lines.push(
        row(
          [
            "bot's own − same-work's rest",
            ...get((d) => {
              const a = d.afterAnswerMs[i];
              return a ? a.bot.own.median - a.sameWork.own.median : '-';
            }),
          ],
          widths,
        ),
      );
      for (const who of ['bot', 'sameWork'] as const) {
        lines.push(
          row([`${KIND_NAMES[who]}: total`, ...get((d) => sp(d.afterAnswerMs[i]?.[who].total))], widths),
        );
        lines.push(
          row(['  the portal answering', ...get((d) => sp(d.afterAnswerMs[i]?.[who].portal))], widths),
        );
        lines.push(
          row(
            [
              `  ${who === 'bot' ? "the bot's own (target ≤ 150)" : 'the rest'}`,
              ...get((d) => sp(d.afterAnswerMs[i]?.[who].own)),
            ],
            widths,
          ),
        );
      }
    }
    lines.push('', row(["bot's steps (median ms)", ...names], widths));
    const steps = [
      ...new Set(
        names.flatMap((n) => Object.keys((all[n as keyof typeof all] as DialectResult).stepMedianMs)),
      ),
    ];
    for (const step of steps)
      lines.push(row([`  ${step}`, ...get((d) => d.stepMedianMs[step] ?? '-')], widths));
    lines.push(row(['  between steps (pictures, report)', ...get((d) => d.betweenStepsMedianMs)], widths));
  }
  if (batch) {
    const widths = [10, 10, 10, 10, 8, 12, 16];
    lines.push(
      '',
      row(['batch of', 'total', 'per GSTIN', 'marginal', 'created', 'peak PSS', 'of it browser'], widths),
    );
    for (const [size, b] of Object.entries(batch))
      lines.push(
        row(
          [
            size,
            `${b.totalMs} ms`,
            `${b.perGstinMs} ms`,
            b.marginalPerGstinMs === undefined ? '-' : `${b.marginalPerGstinMs} ms`,
            b.usersCreated,
            `${b.peakPssMiB} MiB`,
            `${b.peakBrowserPssMiB} MiB`,
          ],
          widths,
        ),
      );
    lines.push(
      '(peak PSS of the CLI and all its browser processes, shared pages counted once; marginal: rows 6 to 20 each)',
    );
  }
  if (badInput)
    lines.push(
      '',
      `Bad GSTIN to exit: ${badInput.badGstinMedianMs} ms vs node -e '': ${badInput.nodeEmptyMedianMs} ms (${badInput.ratio}×; target < 300 ms and ≤ 3×)`,
      `check --file refusing a bad GSTIN and a repeated row: ${badInput.badBatchFileCheckMedianMs} ms`,
    );
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
