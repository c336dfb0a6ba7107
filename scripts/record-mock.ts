/**
 * `npm run record:mock`: records a whole registration against the bundled mock portal with
 * the same pipeline an ops engineer uses on the real portal (`register --record`), into
 * test/recordings/mock-<dialect>-<date>/, where test/replay.spec.ts replays it (against the
 * mock in the dialect the folder names) and test/drift.spec.ts checks it. Re-run it whenever
 * the mock's pages change: `--dialect <name>` picks the markup (accessible by default; `all`
 * records each one), `--dir <path>` records elsewhere (one dialect only). The demo identifiers
 * are kept (--keep-identifiers): they are the mock's, not a taxpayer's, and the replay needs
 * the GSTIN and the API username on the pages.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DIALECTS, type Dialect, startMockPortal } from '../test/mock-portal/server.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** What the operator types: the mock is told to expect exactly these. */
const ANSWERS = { captcha: 'K7PQ2', loginOtp: '482913', apiOtp: '615204' };
/** The mock's first demo login, and the API user to create (as in test/fixtures.ts DEMO). */
const LOGIN = { gstin: '27AABCE1234F1Z5', username: 'demo_user', password: 'Demo@Pass1' };
const API_USER = { suffix: 'acme01', password: 'Api@Pass123' };

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, dialect: { type: 'string', default: 'accessible' } },
    strict: true,
  });
  const asked = values.dialect ?? 'accessible';
  const dialects = asked === 'all' ? [...DIALECTS] : [asked];
  for (const dialect of dialects) {
    if (!(DIALECTS as readonly string[]).includes(dialect)) {
      process.stderr.write(`unknown dialect "${dialect}"; known: ${DIALECTS.join(', ')}, or all\n`);
      return 2;
    }
  }
  if (values.dir && dialects.length > 1) {
    process.stderr.write('--dir records one dialect: give --dialect too\n');
    return 2;
  }
  const day = new Date().toISOString().slice(0, 10);
  let worst = 0;
  for (const dialect of dialects as Dialect[]) {
    const dir = values.dir ?? join(root, 'test', 'recordings', `mock-${dialect}-${day}`);
    worst = Math.max(worst, await record(dialect, dir));
  }
  return worst;
}

async function record(dialect: Dialect, dir: string): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), 'einv-record-'));
  const mock = await startMockPortal({ quiet: true, fixed: ANSWERS, faults: { popup: 'always' }, dialect });
  try {
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          join(root, 'bin', 'einv-gsp.js'),
          'register',
          '--headless',
          '--portal-url',
          mock.url,
          '--gstin',
          LOGIN.gstin,
          '--api-username',
          API_USER.suffix,
          '--out',
          out,
          '--record',
          dir,
          '--keep-identifiers',
        ],
        {
          cwd: root,
          env: {
            ...process.env,
            EINV_PORTAL_USERNAME: LOGIN.username,
            EINV_PORTAL_PASSWORD: LOGIN.password,
            EINV_API_PASSWORD: API_USER.password,
          },
          stdio: ['pipe', 'inherit', 'inherit'],
        },
      );
      child.on('error', reject);
      child.on('close', (exitCode) => resolve(exitCode ?? 1));
      child.stdin.end(`${ANSWERS.captcha}\n${ANSWERS.loginOtp}\n${ANSWERS.apiOtp}\n`);
    });
    const shown = resolve(dir).startsWith(root) ? relative(root, resolve(dir)) : dir;
    process.stdout.write(
      code === 0
        ? `\nRecorded the ${dialect} mock in ${shown}. Check it with: npx einv-gsp drift ${shown}\n`
        : `\nThe recorded run of the ${dialect} mock failed (exit ${code}); what it reached is in ${shown}.\n`,
    );
    return code;
  } finally {
    await mock.close();
    rmSync(out, { recursive: true, force: true });
  }
}

process.exitCode = await main();
