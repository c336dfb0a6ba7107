import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli.js';
import { loadLabels } from '../src/labels.js';
import { checkDrift, type DriftReport, similarity } from '../src/recording/drift.js';
import { DEMO, expect, HAPPY_ANSWERS, test } from './fixtures.js';

const RECORDINGS = fileURLToPath(new URL('./recordings', import.meta.url));
/** Every recording kept under test/recordings/: the bot must find what it needs on all of them. */
const recordings = readdirSync(RECORDINGS)
  .filter((name) => existsSync(join(RECORDINGS, name, 'recording.json')))
  .sort();
const MOCK_RECORDING = join(
  RECORDINGS,
  recordings.filter((name) => name.startsWith('mock-')).at(-1) ?? 'missing',
);

/** What a report holds besides "found" and optional absences: one line per step and locator. */
function problems(report: DriftReport): string[] {
  return report.steps.flatMap((step) =>
    step.checks
      .filter((check) => check.verdict !== 'found' && check.verdict !== 'absent')
      .map((check) => `${step.step} ${check.pageObject}.${check.field} ${check.verdict}`),
  );
}

/** A copy of the mock's recording with its pages edited, as if the portal had changed. */
function doctored(dir: string, edit: (html: string, file: string) => string): string {
  cpSync(MOCK_RECORDING, dir, { recursive: true });
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.html'))) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    writeFileSync(path, edit(before, file));
  }
  return dir;
}

/** The real command line, in process: exit code and what it printed. */
async function drift(...argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await main({
    argv: ['drift', ...argv],
    env: process.env.EINV_BROWSER_PATH ? { EINV_BROWSER_PATH: process.env.EINV_BROWSER_PATH } : {},
    stdin: process.stdin,
    print: (line) => lines.push(line),
    printError: (line) => lines.push(line),
  });
  return { code, out: lines.join('\n') };
}

const labels = loadLabels(undefined);

test.describe('drift: the recordings against the page objects', () => {
  for (const name of recordings) {
    test(`finds everything the bot needs on the pages of ${name}`, async ({ browser }) => {
      const report = await checkDrift(join(RECORDINGS, name), { browser, labels });
      expect(problems(report).filter((line) => line.endsWith(' missing'))).toEqual([]);
      expect(report.missing).toBe(0);
    });
  }

  test('checks every step of the recorded mock, menus collapsed or not', async ({ browser }) => {
    const report = await checkDrift(MOCK_RECORDING, { browser, labels });

    expect(report.steps.map((step) => step.step)).toEqual([
      'openPortal',
      'signIn',
      'twoFactor',
      'dashboard',
      'openCreateApiUser',
      'apiOtp',
      'throughGsp',
      'fillCredentials',
      'submit',
    ]);
    for (const step of report.steps) expect(step.checks.length, step.step).toBeGreaterThan(0);
    const menu = report.steps.find((step) => step.step === 'twoFactor')?.checks ?? [];
    expect(menu.find((check) => check.field === 'userCredentials')).toMatchObject({
      verdict: 'found',
      matched: 'link "User Credentials"',
      hidden: true,
    });
  });

  test('finds everything on the mock’s current pages, through the command line', async ({
    mock,
    runCli,
  }, testInfo) => {
    const dir = testInfo.outputPath('fresh');
    const recorded = await runCli({
      args: [
        'register',
        '--headless',
        '--portal-url',
        mock.url,
        '--gstin',
        DEMO.gstin,
        '--api-username',
        DEMO.apiUsernameSuffix,
        '--record',
        dir,
      ],
      env: {
        EINV_PORTAL_USERNAME: DEMO.portalUsername,
        EINV_PORTAL_PASSWORD: DEMO.portalPassword,
        EINV_API_PASSWORD: DEMO.apiPassword,
      },
      stdin: `${HAPPY_ANSWERS.join('\n')}\n`,
    });
    expect(recorded.code).toBe(0);

    const { code, out } = await drift(dir);
    expect(out).toMatch(/Nothing the bot needs is missing/);
    expect(out).toMatch(/^ {3}MainMenuPage\.createApiUser +found +link "Create API User"/m);
    expect(code).toBe(0);
  });
});

test.describe('drift: a doctored recording', () => {
  let baseline: string[] = [];
  test.beforeAll(async ({ browser }) => {
    baseline = problems(await checkDrift(MOCK_RECORDING, { browser, labels }));
  });

  test('a renamed "Create API User" is missing, with the labels override that fixes it', async ({
    browser,
  }, testInfo) => {
    const dir = doctored(testInfo.outputPath('rec'), (html) =>
      html.replace('>Create API User</a>', '>Create New API User</a>'),
    );

    const report = await checkDrift(dir, { browser, labels });

    expect(problems(report).filter((line) => !baseline.includes(line))).toEqual([
      'twoFactor MainMenuPage.createApiUser missing',
      'dashboard MainMenuPage.createApiUser missing',
    ]);
    expect(baseline.filter((line) => !problems(report).includes(line))).toEqual([]);
    expect(report.fixes).toEqual({ menuCreateApiUser: 'Create New API User' });
    const { code, out } = await drift(dir);
    expect(code).toBe(4);
    expect(out).toMatch(
      /MainMenuPage\.createApiUser +MISSING .*labels override \{"menuCreateApiUser":"Create New API User"\}/,
    );
    expect(out).toContain('{"menuCreateApiUser":"Create New API User"}');

    const labelsFile = testInfo.outputPath('labels.json');
    writeFileSync(labelsFile, JSON.stringify(report.fixes));
    const fixed = await drift(dir, '--labels', labelsFile);
    expect(fixed.out).toMatch(/Nothing the bot needs is missing/);
    expect(fixed.code).toBe(0);
  });

  test('a renamed "User Credentials" is missing, with the labels override that fixes it', async ({
    browser,
  }, testInfo) => {
    const dir = doctored(testInfo.outputPath('rec'), (html) =>
      html.replace('>User Credentials</a>', '>API User Credentials</a>'),
    );

    const report = await checkDrift(dir, { browser, labels });

    expect(problems(report).filter((line) => !baseline.includes(line))).toEqual([
      'twoFactor MainMenuPage.userCredentials missing',
      'dashboard MainMenuPage.userCredentials missing',
    ]);
    expect(report.fixes).toEqual({ menuUserCredentials: 'API User Credentials' });
    const check = report.steps[2]?.checks.find((c) => c.field === 'userCredentials');
    expect(check).toMatchObject({ label: 'menuUserCredentials', required: true });
    expect(check?.note).toContain('"User Credentials" or "Client Credentials"');
  });

  test('a removed "Through GSP" radio is missing, named by its labels key, with no guess', async ({
    browser,
  }, testInfo) => {
    const dir = doctored(testInfo.outputPath('rec'), (html) =>
      html.replace(/<label><input[^>]*id="rbGSP"[^>]*>\s*Through GSP<\/label>/, ''),
    );

    const report = await checkDrift(dir, { browser, labels });

    expect(problems(report).filter((line) => !baseline.includes(line))).toEqual([
      'apiOtp RegistrationModePage.throughGsp missing',
      'throughGsp RegistrationModePage.throughGsp missing',
    ]);
    // "Through ERP" is still on the page: it must never be offered as the new "Through GSP".
    expect(report.fixes).toEqual({});
    const check = report.steps.find((s) => s.step === 'apiOtp')?.checks[0];
    expect(check?.note).toMatch(/no radio reading "Through GSP" \(labels key throughGsp/);
  });

  test('a renamed button still found by its id is changed, and the override is its new text', async ({
    browser,
  }, testInfo) => {
    const dir = doctored(testInfo.outputPath('rec'), (html, file) =>
      file.includes('openCreateApiUser')
        ? html.replace('>Verify OTP</button>', '>Validate OTP</button>')
        : html,
    );

    const report = await checkDrift(dir, { browser, labels });

    expect(problems(report).filter((line) => !baseline.includes(line))).toEqual([
      'openCreateApiUser ApiOtpPage.verifyButton changed',
    ]);
    expect(report.missing).toBe(0);
    expect(report.fixes).toEqual({ apiOtpVerify: 'Validate OTP' });
  });

  test('a radio turned into another kind of element is changed', async ({ browser }, testInfo) => {
    const dir = doctored(testInfo.outputPath('rec'), (html) =>
      html.replace(/(<input[^>]*)type="radio"([^>]*id="rbGSP")/, '$1type="checkbox"$2'),
    );

    const report = await checkDrift(dir, { browser, labels });

    expect(problems(report).filter((line) => !baseline.includes(line))).toEqual([
      'apiOtp RegistrationModePage.throughGsp changed',
      'throughGsp RegistrationModePage.throughGsp changed',
    ]);
    const check = report.steps.find((s) => s.step === 'apiOtp')?.checks[0];
    expect(check?.note).toMatch(/expected a radio, the page has <input type=checkbox> "Through GSP" #rbGSP/);
  });

  test('a folder without recording.json is bad input', async () => {
    const { code, out } = await drift(test.info().outputPath('not-a-recording'));
    expect(code).toBe(2);
    expect(out).toMatch(/is not a recording/);
  });
});

test.describe('how close a text on the page is to a label', () => {
  const cases: [string, string, boolean][] = [
    ['User Credentials', 'API User Credentials', true],
    ['Create API User', 'Create New API User', true],
    ['User Credentials', 'User Credential', true],
    ['Dash Board', 'Dashboard', true],
    ['Through GSP', 'Through ERP', false],
    ['Through GSP', 'Directly', false],
    ['User Credentials', 'Create API User', false],
    ['Verify OTP', 'Resend OTP', false],
  ];
  for (const [label, shown, close] of cases) {
    test(`"${shown}" ${close ? 'may be' : 'is not'} a renamed "${label}"`, () => {
      expect(similarity(label, shown) > 0).toBe(close);
    });
  }
});
