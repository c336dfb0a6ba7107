/**
 * A portal the machine cannot reach (a closed port, a name that does not resolve, a failing
 * proxy, a TLS failure, a server that never answers), through the real command: each failure has
 * its own words, kind and exit code, and what a person reads (the terminal, report.json,
 * report.html, batch.json) is clean text, while run.log keeps Playwright's detail.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import type { BatchRecord } from '../src/report-data.js';
import {
  type CliRun,
  DEMO,
  DEMO_ENV,
  DEMO_TARGET,
  expect,
  HAPPY_ANSWERS,
  onlyRunDir,
  readReport,
  test,
} from './fixtures.js';

const ESC = '\x1b';

/** A port nothing listens on: bound, then closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Text a person reads: no escape codes, none of Playwright's call log. */
function expectClean(text: string, where: string): void {
  expect(text, where).not.toContain(ESC);
  expect(text, where).not.toMatch(/Call log|waiting for|navigating to|╔/);
}

/** The run failed at opening the portal as unreachable, exit 4, and said so cleanly everywhere. */
function expectUnreachable(run: CliRun, code: RegExp): ReturnType<typeof readReport> {
  expect(run.code).toBe(4);
  const runDir = onlyRunDir(run.outDir);
  const report = readReport(runDir);
  expect(report.status).toBe('failed');
  expect(report.error).toMatchObject({ step: 'openPortal', kind: 'unreachable' });
  expect(report.error?.message).toMatch(code);
  expect(report.error?.message).toMatch(/^Could not reach the portal during "Open the portal": /);
  expect(report.next).toMatch(/VPN/);
  expect(`${report.error?.message} ${report.next}`).not.toMatch(/portal changed|report it/i);
  expect(report.steps.at(-1)?.screenshot).toBeTruthy();
  expect(run.stderr).toContain(`Failed at "Open the portal": ${report.error?.message}`);
  expect(run.stderr).toContain(`Next: ${report.next}`);
  expectClean(run.stdout + run.stderr, 'the terminal');
  expectClean(readFileSync(join(runDir, 'report.json'), 'utf8'), 'report.json');
  expectClean(readFileSync(join(runDir, 'report.html'), 'utf8'), 'report.html');
  // run.log keeps what Playwright said, call log and all, without its colour codes.
  const log = readFileSync(join(runDir, 'run.log'), 'utf8');
  expect(log).toContain('Call log:');
  expect(log).not.toContain(ESC);
  expect(log).not.toContain('\\u001b');
  return report;
}

test('a closed port: unreachable (connection refused), exit 4, the network remedy', async ({ runCli }) => {
  const port = await closedPort();
  const run = await runCli({
    args: ['register', '--headless', '--portal-url', `http://127.0.0.1:${port}`, ...DEMO_TARGET],
    env: DEMO_ENV,
  });
  const report = expectUnreachable(
    run,
    /connection to 127\.0\.0\.1:\d+ was refused \(net::ERR_CONNECTION_REFUSED\)/,
  );
  expect(report.next).toMatch(/HTTPS_PROXY/);
});

test('a name that does not resolve: unreachable (DNS), exit 4', async ({ runCli }) => {
  // https: the configuration refuses plain http to anything but a local mock.
  const run = await runCli({
    args: ['register', '--headless', '--portal-url', 'https://einv-nohost.invalid', ...DEMO_TARGET],
    env: DEMO_ENV,
  });
  const report = expectUnreachable(run, /the name einv-nohost\.invalid could not be resolved \(DNS\)/);
  expect(report.next).toMatch(/DNS resolves einv-nohost\.invalid/);
});

test('a failing proxy is named as such; the local mock never goes through it', async ({ mock, runCli }) => {
  const proxy = `http://someone:proxy-pass@127.0.0.1:${await closedPort()}`;
  const run = await runCli({
    args: ['register', '--headless', '--portal-url', 'https://einv-nohost.invalid', ...DEMO_TARGET],
    env: { ...DEMO_ENV, HTTPS_PROXY: proxy },
  });
  const report = expectUnreachable(
    run,
    /the proxy http:\/\/127\.0\.0\.1:\d+ failed \(net::ERR_PROXY_CONNECTION_FAILED\)/,
  );
  expect(report.next).toMatch(/Check the proxy in HTTPS_PROXY/);
  expect(run.stdout + run.stderr + JSON.stringify(report)).not.toContain('proxy-pass');

  const local = await runCli({
    args: ['register', '--headless', '--dry-run', '--portal-url', mock.url, ...DEMO_TARGET],
    env: { ...DEMO_ENV, HTTPS_PROXY: proxy },
    stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
  });
  expect(local.code).toBe(0);
});

test('https to a server that speaks plain http: a TLS failure, exit 4', async ({ mock, runCli }) => {
  const run = await runCli({
    args: ['register', '--headless', '--portal-url', mock.url.replace('http:', 'https:'), ...DEMO_TARGET],
    env: DEMO_ENV,
  });
  const report = expectUnreachable(run, /secure connection \(TLS\) to 127\.0\.0\.1 could not be set up/);
  expect(report.next).toMatch(/https address/);
});

test('a batch against a closed port: each row unreachable, exit 4, batch.json clean', async ({
  runCli,
}, testInfo) => {
  const file = testInfo.outputPath('gstins.csv');
  writeFileSync(file, `gstin,portal_username,api_username\n${DEMO.gstin},${DEMO.portalUsername},acme01\n`);
  const run = await runCli({
    args: ['batch', '--file', file, '--headless', '--portal-url', `http://127.0.0.1:${await closedPort()}`],
    env: DEMO_ENV,
  });
  expect(run.code).toBe(4);
  const batchDir = join(run.outDir, 'batch-gstins');
  const batchJson = readFileSync(join(batchDir, 'batch.json'), 'utf8');
  const batch = JSON.parse(batchJson) as BatchRecord;
  expect(batch.rows[0]).toMatchObject({ status: 'failed', exitCode: 4, error: { kind: 'unreachable' } });
  expect(batch.rows[0]?.next).toMatch(/VPN/);
  expectClean(batchJson, 'batch.json');
  expectClean(readFileSync(join(batchDir, 'report.html'), 'utf8'), "the batch's report.html");
  expectClean(run.stdout + run.stderr, 'the terminal');
});

test.describe('a portal that accepts the connection and never answers', () => {
  let server: Server;
  const sockets = new Set<Socket>();
  test.beforeEach(async () => {
    server = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  test.afterEach(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  // A load left pending holds every later look at the page (a screenshot, an evaluate) until its own
  // timeout, or for ever: after a wait runs out, stop it first (stopLoading in src/browser.ts).
  test('fails at the timeout with its picture: the pending load does not hold the run', async ({
    runCli,
  }) => {
    const { port } = server.address() as { port: number };
    const run = await runCli({
      args: [
        'register',
        '--headless',
        '--timeout-ms',
        '3000',
        '--portal-url',
        `http://127.0.0.1:${port}`,
        ...DEMO_TARGET,
      ],
      env: DEMO_ENV,
    });
    expect(run.code).toBe(4);
    const runDir = onlyRunDir(run.outDir);
    const report = readReport(runDir);
    expect(report.error).toMatchObject({ step: 'openPortal', kind: 'timeout' });
    expect(report.error?.message).toMatch(/3000 ms during "Open the portal"/);
    // The failure's picture used to wait out its own 10 s timeout behind the pending load, and fail.
    expect(report.steps.at(-1)?.screenshot).toBe('01-openPortal-failed.png');
    expectClean(run.stdout + run.stderr, 'the terminal');
  });
});
