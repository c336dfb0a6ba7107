/**
 * `npm run bench:ab -- --base <dir>`: the same registration run by this checkout's bot and by
 * another built checkout's (`git worktree add <dir> <commit>`, then `npm ci` or a link to this
 * node_modules, and `npm run build` there), alternately, against one mock portal on loopback.
 * Prints each side's median and spread and the ratio, then where the time went, side by side: the
 * median of each part of a run (start-up, each step with its picture apart, the end) read from
 * the run logs; also the median of the ratios of the runs made one after the other, which a
 * machine whose load drifts over the bench disturbs less. Nothing is asserted.
 *
 * Options: --runs N (default 9), --dialect <name> (default accessible; the base must be able to
 * read it), --dry-run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startMockPortal } from '../test/mock-portal/server.js';
import type { Dialect } from '../test/mock-portal/types.js';

const HERE = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ANSWERS = { captcha: 'BENCH', loginOtp: '112233', apiOtp: '445566' };

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    runs: { type: 'string', default: '9' },
    dialect: { type: 'string', default: 'accessible' },
    'dry-run': { type: 'boolean', default: false },
  },
});
if (!values.base) {
  process.stderr.write(
    'usage: npm run bench:ab -- --base <built checkout> [--runs 9] [--dialect accessible]\n',
  );
  process.exit(2);
}

interface Run {
  ms: number;
  code: number;
  /** Epoch milliseconds of the spawn and of the exit, to place the run log's lines. */
  spawnedAt: number;
  exitedAt: number;
}

function runOnce(root: string, url: string, out: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const spawnedAt = Date.now();
    const child = spawn(
      process.execPath,
      [
        join(root, 'bin', 'einv-gsp.js'),
        'register',
        '--headless',
        '--portal-url',
        url,
        '--gstin',
        '27AABCE1234F1Z5',
        '--api-username',
        'bench01',
        '--out',
        out,
        ...(values['dry-run'] ? ['--dry-run'] : []),
      ],
      {
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          ...(process.env.EINV_BROWSER_PATH ? { EINV_BROWSER_PATH: process.env.EINV_BROWSER_PATH } : {}),
          EINV_PORTAL_USERNAME: 'demo_user',
          EINV_PORTAL_PASSWORD: 'Demo@Pass1',
          EINV_API_PASSWORD: 'Bench@Pass1',
        },
        stdio: ['pipe', 'ignore', 'ignore'],
      },
    );
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        code: code ?? -1,
        spawnedAt,
        exitedAt: Date.now(),
      }),
    );
    child.stdin.end(`${ANSWERS.captcha}\n${ANSWERS.loginOtp}\n${ANSWERS.apiOtp}\n`);
  });
}

/**
 * A run's parts, in ms, from its run.log: `start-up` (spawn to the first step), each step's own
 * time (its `durationMs`), and what follows that up to the next step's start (its picture and
 * the report.json written); after the last step, up to the exit (report.html, closing the browser).
 */
function partsOf(run: Run, out: string): Map<string, number> {
  const parts = new Map<string, number>();
  const [folder] = readdirSync(out);
  if (!folder) return parts;
  const lines = readFileSync(join(out, folder, 'run.log'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { time: number; msg: string; step?: string; durationMs?: number });
  let last = run.spawnedAt;
  // Up to the first step, then what follows each step's own time up to the next one's start.
  let gap = 'start-up';
  for (const line of lines) {
    if (line.msg === 'step started' && line.step) {
      parts.set(gap, (parts.get(gap) ?? 0) + line.time - last);
      last = line.time;
    } else if (line.msg === 'step finished' && line.step && line.durationMs !== undefined) {
      parts.set(line.step, line.durationMs);
      // The step's own time ends here; its picture and whatever follows it are the gap.
      last += line.durationMs;
      gap = `${line.step}: picture and after`;
    }
  }
  parts.set(gap, (parts.get(gap) ?? 0) + run.exitedAt - last);
  return parts;
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

async function main(): Promise<void> {
  const runs = Number(values.runs);
  const mock = await startMockPortal({
    quiet: true,
    fixed: ANSWERS,
    dialect: values.dialect as Dialect,
  });
  const out = mkdtempSync(join(tmpdir(), 'einv-ab-'));
  const sides = { this: HERE, base: values.base as string };
  const times: Record<keyof typeof sides, number[]> = { this: [], base: [] };
  const parts: Record<keyof typeof sides, Map<string, number>[]> = { this: [], base: [] };
  try {
    for (let i = 0; i < runs; i++) {
      // Alternate which side goes first, so a warming machine favours neither.
      const order: (keyof typeof sides)[] = i % 2 === 0 ? ['this', 'base'] : ['base', 'this'];
      for (const side of order) {
        mock.reset({ fixed: ANSWERS, dialect: values.dialect as Dialect });
        const runOut = join(out, `${side}-${i}`);
        const run = await runOnce(sides[side], mock.url, runOut);
        if (run.code !== 0) throw new Error(`${side} run ${i} exited ${run.code}`);
        times[side].push(run.ms);
        parts[side].push(partsOf(run, runOut));
      }
    }
  } finally {
    await mock.close();
    rmSync(out, { recursive: true, force: true });
  }
  const a = summary(times.this);
  const b = summary(times.base);
  const line = (name: string, s: ReturnType<typeof summary>) =>
    `${name.padEnd(6)} median ${s.median.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})`;
  process.stdout.write(
    `${[
      `A/B on the ${values.dialect} dialect, ${runs} alternating runs each${values['dry-run'] ? ', dry run' : ''}:`,
      line('this', a),
      line('base', b),
      `this/base: ${(a.median / b.median).toFixed(3)}`,
      // Each run against the other side's run next to it: a machine that slows or speeds up
      // over the minutes of a bench moves both alike, and the median of the pairs stays.
      `this/base, median of the pairs run together: ${summary(times.this.map((ms, i) => ms / (times.base[i] ?? ms))).median.toFixed(3)}`,
      `raw this: ${times.this.map((ms) => ms.toFixed(0)).join(' ')}`,
      `raw base: ${times.base.map((ms) => ms.toFixed(0)).join(' ')}`,
      '',
      'median ms of each part, this / base / difference:',
      ...sideBySide(parts),
    ].join('\n')}\n`,
  );
}

/** One line a part, in the order this side's runs have them, with each side's median. */
function sideBySide(parts: Record<'this' | 'base', Map<string, number>[]>): string[] {
  const names = [...new Set([...parts.this, ...parts.base].flatMap((run) => [...run.keys()]))];
  const median = (runs: Map<string, number>[], name: string) => {
    const values = runs.map((run) => run.get(name)).filter((value) => value !== undefined);
    return values.length ? summary(values).median : undefined;
  };
  const shown = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(0)).padStart(6);
  return names.map((name) => {
    const a = median(parts.this, name);
    const b = median(parts.base, name);
    const diff = a !== undefined && b !== undefined ? a - b : undefined;
    return `${name.padEnd(44)} ${shown(a)} ${shown(b)} ${shown(diff)}`;
  });
}

await main();
