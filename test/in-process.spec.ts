/**
 * The command run in process (test/in-process.ts, in the worker's command host), which the fuzz
 * and generator specs use instead of spawning it: it must answer as the real command does, and
 * leave the host's process and its shared browser as it found them for the next run.
 */
import {
  DEMO,
  DEMO_ENV,
  DEMO_TARGET,
  expect,
  HAPPY_ANSWERS,
  onlyRunDir,
  readReport,
  test,
} from './fixtures.js';

test('bad input: the same exit code and the same words as the real command', async ({
  runCli,
  runInProcess,
}) => {
  const args = ['register', '--headless', '--gstin', 'NOT-A-GSTIN', '--api-username', 'acme01'];
  const real = await runCli({ args, env: DEMO_ENV });
  const here = await runInProcess({ args, env: DEMO_ENV });
  expect(real.code).toBe(2);
  expect({ code: here.code, stdout: here.stdout, stderr: here.stderr }).toEqual({
    code: real.code,
    stdout: real.stdout,
    stderr: real.stderr,
  });
});

test('a registration leaves no signal handler behind, and the shared browser running with no context', async ({
  commandHost,
  mock,
  runInProcess,
}) => {
  const before = await commandHost.inspect();
  const run = await runInProcess({
    args: ['register', '--headless', '--portal-url', mock.url, ...DEMO_TARGET, '--timeout-ms', '10000'],
    env: DEMO_ENV,
    stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
  });
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain(`Registered: API user API_${DEMO.apiUsernameSuffix}`);
  expect(readReport(onlyRunDir(run.outDir)).status).toBe('registered');
  expect(await commandHost.inspect()).toEqual({ ...before, connected: true, contexts: 0 });
});
