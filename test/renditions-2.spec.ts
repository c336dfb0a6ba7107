/**
 * Issue 18: the real command, headless, against renditions of the portal written from the public
 * facts only (test/renditions/r2-*): a dry run (nothing submitted) and a registration with one
 * wrong API OTP first on each.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startGigwRendition } from './renditions/r2-gigw/server.js';
import { type Rendition, type RenditionAnswers, startSpaRendition } from './renditions/r2-spa/server.js';

const ANSWERS: RenditionAnswers = {
  username: 'taxpayer27',
  password: 'Login@Pass9',
  captcha: 'K7P2Q',
  loginOtp: '402718',
  apiOtp: '615203',
};
const API_PASSWORD = 'Rend@Pass12';
const WRONG_API_OTP = '111111';
const GSTIN = '27AAPFU0939F1ZV';
const ROOT = join(import.meta.dirname ?? __dirname, '..');

interface Run {
  code: number | null;
  status?: string;
  error?: unknown;
  stderr: string;
  folder: string;
}

function runCommand(url: string, out: string, extra: string[], answers: string[]): Promise<Run> {
  mkdirSync(out, { recursive: true, mode: 0o700 });
  const args = [
    join(ROOT, 'bin', 'einv-gsp.js'),
    'register',
    '--headless',
    '--portal-url',
    url,
    '--gstin',
    GSTIN,
    '--api-username',
    'rend2',
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
        EINV_PORTAL_USERNAME: ANSWERS.username,
        EINV_PORTAL_PASSWORD: ANSWERS.password,
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

const RENDITIONS: [string, (answers: RenditionAnswers) => Promise<Rendition>][] = [
  ['r2-spa', startSpaRendition],
  ['r2-gigw', startGigwRendition],
];

for (const [name, start] of RENDITIONS) {
  test(`${name}: a dry run submits nothing, a registration after one wrong API OTP creates the user`, async () => {
    const info = test.info();
    test.setTimeout(120_000);
    const portal = await start(ANSWERS);
    try {
      const dry = await runCommand(
        portal.url,
        info.outputPath('dry-run'),
        ['--dry-run'],
        [ANSWERS.captcha, ANSWERS.loginOtp, ANSWERS.apiOtp],
      );
      expect(dry.status, `${dry.stderr}\n${JSON.stringify(dry.error)}\n${dry.folder}`).toBe('dry-run');
      expect(dry.code).toBe(0);
      expect(portal.state().submits).toBe(0);

      portal.reset();
      const run = await runCommand(
        portal.url,
        info.outputPath('register'),
        [],
        [ANSWERS.captcha, ANSWERS.loginOtp, WRONG_API_OTP, ANSWERS.apiOtp],
      );
      expect(run.code, `${run.stderr}\n${JSON.stringify(run.error)}\n${run.folder}`).toBe(0);
      expect(portal.state().users).toEqual([
        {
          gstin: GSTIN,
          gsp: 'DEFMACRO SOFTWARE PRIVATE LIMITED',
          username: 'API_rend2',
          password: API_PASSWORD,
        },
      ]);
    } finally {
      await portal.close();
    }
  });
}
