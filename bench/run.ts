/**
 * `npm run bench`: what the bot costs on top of a bare Playwright script doing the same clicks,
 * how a batch scales, how fast bad input is refused, and peak memory. Everything runs against
 * the bundled mock portal on loopback; results go to bench/results/latest.json and a table.
 *
 * BENCH_RUNS (default 5) sets the repetitions of each timed run.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findBrowser } from '../src/browser.js';
import { gstinCheckCharacter } from '../src/gstin.js';
import { startMockPortal } from '../test/mock-portal/server.js';
import type { Account } from '../test/mock-portal/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'bin', 'einv-gsp.js');
const BARE = join(ROOT, 'dist', 'bench', 'bare.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** `npm run bench -- single startup batch` runs only those parts (default: all). */
const PARTS = new Set(process.argv.slice(2).length ? process.argv.slice(2) : ['single', 'startup', 'batch']);
const ANSWERS = { captcha: 'BENCH', loginOtp: '112233', apiOtp: '445566' };
const PASSWORD = 'Bench@Pass1';

interface Sample {
  ms: number;
  peakRssKb: number;
  peakBrowserRssKb: number;
  code: number;
}

/** Runs a process to its end, sampling its and its children's resident memory. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv, stdin = ''): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env, stdio: ['pipe', 'ignore', 'inherit'] });
    let peakRssKb = 0;
    let peakBrowserRssKb = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const tree = processTree(child.pid);
      peakRssKb = Math.max(peakRssKb, tree.self);
      peakBrowserRssKb = Math.max(peakBrowserRssKb, tree.children);
    };
    // Memory sampling only: the bench measures, it does not wait on this timer.
    const sampler = setInterval(sample, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        peakRssKb,
        peakBrowserRssKb,
        code: code ?? -1,
      });
    });
    child.stdin.end(stdin);
  });
}

function processTree(pid: number): { self: number; children: number } {
  const rss = (p: number) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
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
  return { self: rss(pid), children: descendants(pid).reduce((sum, kid) => sum + rss(kid), 0) };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

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
  const answers = `${ANSWERS.captcha}\n${ANSWERS.loginOtp}\n${ANSWERS.apiOtp}\n`;
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
  };

  for (const dryRun of PARTS.has('single') ? [false, true] : []) {
    const bot: Sample[] = [];
    const bare: Sample[] = [];
    const stepTimes: Record<string, number[]> = {};
    const betweenSteps: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      mock.reset({ fixed: ANSWERS, accounts: [account], faults: { popup: 'always' } });
      const runOut = join(out, `single-${dryRun}-${i}`);
      const sample = await timed(
        process.execPath,
        [
          CLI,
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
        ],
        { ...env, EINV_PORTAL_USERNAME: account.username },
        answers,
      );
      if (sample.code !== 0) throw new Error(`bot run exited ${sample.code}`);
      bot.push(sample);
      const report = JSON.parse(readFileSync(join(runOut, singleDir(runOut), 'report.json'), 'utf8')) as {
        steps: Array<{ name: string; startedAt: string; durationMs: number }>;
        finishedAt: string;
      };
      for (const step of report.steps)
        stepTimes[step.name] = [...(stepTimes[step.name] ?? []), step.durationMs];
      betweenSteps.push(timeBetweenSteps(report));

      mock.reset({
        fixed: ANSWERS,
        accounts: [{ ...account, username: 'demo_user', password: 'Demo@Pass1' }],
        faults: { popup: 'always' },
      });
      const bareSample = await timed(
        process.execPath,
        [BARE, mock.url, ANSWERS.captcha, ANSWERS.loginOtp, ANSWERS.apiOtp, ...(dryRun ? ['--dry-run'] : [])],
        env,
      );
      if (bareSample.code !== 0) throw new Error(`bare script exited ${bareSample.code}`);
      bare.push(bareSample);
    }
    const botMs = median(bot.map((s) => s.ms));
    const bareMs = median(bare.map((s) => s.ms));
    results[dryRun ? 'dryRun' : 'fullRun'] = {
      botMedianMs: Math.round(botMs),
      bareMedianMs: Math.round(bareMs),
      ratio: Number((botMs / bareMs).toFixed(2)),
      betweenStepsMedianMs: Math.round(median(betweenSteps)),
      stepMedianMs: Object.fromEntries(
        Object.entries(stepTimes).map(([name, times]) => [name, Math.round(median(times))]),
      ),
    };
  }

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

/** The Chromium both the bot and the bare script launch, as it names itself. */
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
  const [dir] = readdirSync(runOut);
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
    );
    if (sample.code !== 0) throw new Error(`batch of ${size} exited ${sample.code}`);
    batch[String(size)] = {
      totalMs: Math.round(sample.ms),
      perGstinMs: Math.round(sample.ms / size),
      usersCreated: mock.state().apiUsers.length,
      peakCliRssMiB: Math.round(sample.peakRssKb / 1024),
      peakBrowserRssMiB: Math.round(sample.peakBrowserRssKb / 1024),
    };
  }
  return batch;
}

interface SingleResult {
  botMedianMs: number;
  bareMedianMs: number;
  ratio: number;
  betweenStepsMedianMs: number;
  stepMedianMs: Record<string, number>;
}

interface BatchResult {
  totalMs: number;
  perGstinMs: number;
  usersCreated: number;
  peakCliRssMiB: number;
  peakBrowserRssMiB: number;
}

interface Results {
  machine: Record<string, string | number | undefined>;
  runs: number;
  date: string;
  fullRun?: SingleResult;
  dryRun?: SingleResult;
  badInput?: {
    badGstinMedianMs: number;
    badBatchFileCheckMedianMs: number;
    nodeEmptyMedianMs: number;
    ratio: number;
  };
  batch?: Record<string, BatchResult>;
}

/** The JSON as written to latest.json, then the same figures as a table for a person. */
function printTable(results: Results): void {
  const { machine, fullRun, dryRun, badInput, batch } = results;
  const lines: string[] = [`${JSON.stringify(results, null, 2)}`, ''];
  const row = (cells: Array<string | number>, widths: number[]) =>
    cells
      .map((cell, i) =>
        i === 0 ? String(cell).padEnd(widths[i] ?? 0) : String(cell).padStart(widths[i] ?? 0),
      )
      .join('  ');
  const ms = (value: number | undefined) => (value === undefined ? '-' : `${value} ms`);
  lines.push(
    `Machine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, ${machine.browser}`,
    `Runs: ${results.runs} of each (medians), ${results.date}`,
  );
  if (fullRun || dryRun) {
    const widths = [34, 12, 12];
    lines.push('', row(['einv-gsp register vs bare script', 'full run', 'dry run'], widths));
    lines.push(row(['bot', ms(fullRun?.botMedianMs), ms(dryRun?.botMedianMs)], widths));
    lines.push(row(['bare Playwright script', ms(fullRun?.bareMedianMs), ms(dryRun?.bareMedianMs)], widths));
    lines.push(row(['ratio (target ≤ 1.2)', fullRun?.ratio ?? '-', dryRun?.ratio ?? '-'], widths));
    lines.push(
      row(
        [
          'between steps (screenshots, report)',
          ms(fullRun?.betweenStepsMedianMs),
          ms(dryRun?.betweenStepsMedianMs),
        ],
        widths,
      ),
    );
    for (const name of Object.keys({ ...dryRun?.stepMedianMs, ...fullRun?.stepMedianMs }))
      lines.push(
        row([`  step ${name}`, ms(fullRun?.stepMedianMs[name]), ms(dryRun?.stepMedianMs[name])], widths),
      );
  }
  if (batch) {
    const widths = [10, 10, 10, 8, 10, 14];
    lines.push('', row(['batch of', 'total', 'per GSTIN', 'created', 'CLI peak', 'browser peak'], widths));
    for (const [size, b] of Object.entries(batch))
      lines.push(
        row(
          [
            size,
            ms(b.totalMs),
            ms(b.perGstinMs),
            b.usersCreated,
            `${b.peakCliRssMiB} MiB`,
            `${b.peakBrowserRssMiB} MiB`,
          ],
          widths,
        ),
      );
    lines.push('(peak resident memory: the CLI process; the browser, all its processes summed)');
  }
  if (badInput)
    lines.push(
      '',
      `Bad GSTIN to exit: ${ms(badInput.badGstinMedianMs)} vs node -e '': ${ms(badInput.nodeEmptyMedianMs)} (${badInput.ratio}×; target < 300 ms and ≤ 3×)`,
      `check --file refusing a bad GSTIN and a repeated row: ${ms(badInput.badBatchFileCheckMedianMs)}`,
    );
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
