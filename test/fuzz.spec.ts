/**
 * `npm test` runs the fuzzer on seeds 1 to 30 (every form is handled; three tests of ten): the
 * command, headless, a registration (one wrong API OTP first) on each seed's portal, and on seeds
 * 1 to 10 a dry run first and a registration whose session the portal loses before Submit, against one
 * mock reset between runs. Here the command runs in the worker's command host and its browser
 * (test/in-process.ts: the CLI's own `main()`, without starting Node and Chromium 50 times);
 * `npm run fuzz`, and the last test here, run the real command. A failure names the seed, its forms and its run folders, so
 * `npm run mock -- --variant part=form,...` draws the same portal by hand.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describeFailure, EXPIRY_STAGES, expiryStageOf, FUZZ_SECRETS, fuzz } from '../scripts/fuzz.js';
import { expect, test } from './fixtures.js';
import { inProcessRunner } from './in-process.js';
import { describeForms, formNames, formsOfSeed } from './mock-portal/variants.js';

test.use({ extraSecrets: FUZZ_SECRETS });
test.describe.configure({ mode: 'parallel' });

test('seeds 1 to 10 lose the session in every form of expiry, at every stage, and on the AJAX markup', () => {
  const seeds = Array.from({ length: 10 }, (_, index) => index + 1);
  const drawn = seeds.map((seed) => ({
    ...formsOfSeed(seed, { onlyHandled: true }),
    stage: expiryStageOf(seed),
  }));
  expect(new Set(drawn.map((forms) => forms.sessionExpiry))).toEqual(new Set(formNames('sessionExpiry')));
  expect(new Set(drawn.map((forms) => forms.stage))).toEqual(new Set(EXPIRY_STAGES));
  // On the AJAX markup these seeds meet a redirect and a lost session told on the login page; every
  // form's AJAX answer is run end to end in test/generated-verdicts.spec.ts and verdicts.spec.ts.
  const onAjax = drawn.filter((forms) => forms.markup === 'bootstrap' && forms.stage !== 'api-otp');
  expect(new Set(onAjax.map((forms) => forms.sessionExpiry))).toEqual(
    new Set(['redirect', 'login-page-message']),
  );
});

// Seeds 1 to 30 in three tests of ten, so the suite's workers share them. Seeds 1 to 10 also
// lose the session before Submit (every form of expiry at every stage, as the first test shows);
// past them that third run would only repeat it. Past them the dry run is left out too: it walks
// the registration's own steps up to Submit on the same forms, and the registration walks them
// all again (a wrong API OTP more); what a dry run does at its end is the same on every form.
for (const start of [1, 11, 21]) {
  const first = start === 1;
  test(`seeds ${start} to ${start + 9} of the generated portal: ${first ? 'a dry run, a registration and a lost session each' : 'a registration each'}`, async ({
    commandHost,
  }, testInfo) => {
    test.setTimeout(15 * 60_000);
    const { results, passed } = await fuzz({
      start,
      seeds: 10,
      onlyHandled: true,
      out: testInfo.outputPath('fuzz'),
      runner: inProcessRunner(commandHost),
      sessionLoss: first,
      dryRun: first,
    });
    const failures = results.filter((result) => result.problems.length > 0).map(describeFailure);
    expect(failures, `passed ${passed} of ${results.length}`).toEqual([]);
  });
}

// Seeds that failed once beyond 30, each for the cause it found (README "When the portal looks
// different"): 64, a late popup taking the click on a navbar group; 123458, a "Session Expired"
// message dialog over the registration form, read as a missing "Through GSP" (exit 4, not 3).
test('seeds that failed once beyond 30 pass', async ({ commandHost }, testInfo) => {
  test.setTimeout(10 * 60_000);
  const results = [];
  for (const start of [64, 123458]) {
    const run = await fuzz({
      start,
      seeds: 1,
      onlyHandled: true,
      out: testInfo.outputPath(`fuzz-${start}`),
      runner: inProcessRunner(commandHost),
    });
    results.push(...run.results);
  }
  expect(results.filter((result) => result.problems.length > 0).map(describeFailure)).toEqual([]);
});

// biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their first argument
test('npm run fuzz names a failing seed, its forms and its run folders', async ({}, testInfo) => {
  test.setTimeout(3 * 60_000);
  // Every form is handled now, so the portal is made to fail: a server error on the registration page.
  const seed = 1;
  const forms = formsOfSeed(seed);
  const out = testInfo.outputPath('fuzz');
  const child = spawn(
    process.execPath,
    [
      'dist/scripts/fuzz.js',
      '--seeds',
      '1',
      '--start',
      String(seed),
      '--fault',
      'serverErrorAt=register',
      '--out',
      out,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  expect(code).toBe(1);
  expect(stdout).toContain(`seed ${seed} FAILED: ${describeForms(forms)}\n`);
  expect(stdout).toMatch(/ {2}dry run: exit \d+ \(/);
  expect(stdout).toMatch(/ {2}registration: exit \d+ \(/);
  const folders = [...stdout.matchAll(/ {2}run folder: (\S+)/g)].map((match) => match[1] ?? '');
  expect(folders).toHaveLength(3);
  for (const folder of folders) expect(existsSync(join(folder, 'report.json'))).toBe(true);
  expect(stdout).toMatch(/\npassed 0 of 1( \(.*\))?\n$/);
});
